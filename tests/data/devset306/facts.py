"""The three-hundred-and-sixth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset306/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def emilia():
    K, R, T, A = "kompas-may21", "reuters-may30", "tempo-jun04", "ap-jun20"
    # as-of times of the running tallies: Sunday 20 May 2012 (the first quake's day), Tuesday 29 May before the
    # second quake (the 6,000 homeless of the first), Tuesday afternoon (15 dead) and the end of Tuesday (16 dead, 350
    # injured, 8,000 more homeless), Wednesday 30 May (17), Sunday 3 June (more than 15,000 homeless), 4 June (the
    # mourning day's report), 20 June (20 dead of the second quake, 27 in all). The dead, the injured and the homeless
    # do not fall within these dates.
    MAY20, TUE0, TUEA, TUEB, MAY30 = "2012-05-20", "2012-05-29a", "2012-05-29b", "2012-05-29c", "2012-05-30"
    JUN03, JUN04, JUN20 = "2012-06-03", "2012-06-04", "2012-06-20"
    # The first quake's magnitude: Italy's geophysics institute INGV's 5.9 against the US Geological Survey's 6.0
    # (sources, every mention credited). The second quake's 5.8 is every outlet's.
    INGV, USGS = "INGV", "the US Geological Survey"
    names = {
     "mag1": "the first quake's magnitude", "mag2": "the second quake's magnitude",
     "mag_after": "the 3 June aftershock's magnitude", "depth1": "the first quake's depth (km)",
     "depth2": "the second quake's depth (km)", "dist2": "distance of the second quake from Bologna (km)",
     "dead1": "people killed by the first quake", "dead2": "people killed by the second quake",
     "dead_all": "people killed by both quakes", "injured1": "people injured by the first quake",
     "injured2": "people injured by the second quake", "displaced": "people homeless in the quake zone",
     "displaced_new": "people made homeless by the second quake",
     # dates
     "q1": "day of the first quake", "q2": "day of the second quake", "count_tue": "day of the counts of 15 and 16",
     "asof_wed": "day the toll reached 17", "mourning": "day of national mourning", "parade": "day of the Republic Day parade",
     "asof_jun3": "day of the count of more than 15,000 homeless", "emergency": "day the state of emergency was declared",
     "decree": "day of the reconstruction decree",
    }
    ms = [
     M(K, "Minggu (20/5/2012)", D, "q1", "2012-05-20"),
     M(K, "magnitudo 5,9", N, "mag1", 5.9, src=INGV, cls="mag"),
     M(K, "magnitudo 6,0", N, "mag1", 6.0, src=USGS, cls="mag"),
     M(K, "sekitar 6 km", N, "depth1", 6, qual="approx", cls="km"),
     M(K, "tujuh orang", N, "dead1", 7, MAY20),
     M(K, "Sekitar 50 orang", N, "injured1", 50, MAY20, qual="approx"),
     M(K, "sedikitnya 3.000 warga", N, "displaced", 3000, MAY20, qual="atleast"),

     M(R, "17", N, "dead2", 17, MAY30),
     M(R, "Wednesday", D, "asof_wed", "2012-05-30"),
     M(R, "Tuesday", D, "q2", "2012-05-29"),
     M(R, "magnitude 5.8", N, "mag2", 5.8, cls="mag"),
     M(R, "about 40 km", N, "dist2", 40, qual="approx", cls="km"),
     M(R, "about 10 km", N, "depth2", 10, qual="approx", cls="km"),
     M(R, "May 20", D, "q1", "2012-05-20"),
     M(R, "seven people", N, "dead1", 7, MAY30),
     M(R, "magnitude 6.0", N, "mag1", 6.0, src=USGS, cls="mag"),
     M(R, "15", N, "dead2", 15, TUEA),
     M(R, "Tuesday", D, "count_tue", "2012-05-29", occ=2),
     M(R, "16", N, "dead2", 16, TUEB),
     M(R, "350 people", N, "injured2", 350, TUEB),
     M(R, "8,000 more people", N, "displaced_new", 8000, TUEB),
     M(R, "6,000", N, "displaced", 6000, TUE0),
     M(R, "June 4", D, "mourning", "2012-06-04"),
     M(R, "June 2", D, "parade", "2012-06-02"),

     M(T, "Senin (4/6/2012)", D, "mourning", "2012-06-04"),
     M(T, "bermagnitudo 5,8", N, "mag2", 5.8, cls="mag"),
     M(T, "Senin (28/5/2012)", D, "q2", "2012-05-28", planted=True),
     M(T, "17 orang", N, "dead2", 17, JUN04),
     M(T, "sekitar 350 orang", N, "injured2", 350, JUN04, qual="approx"),
     M(T, "Minggu (20/5/2012)", D, "q1", "2012-05-20"),
     M(T, "bermagnitudo 5,9", N, "mag1", 5.9, src=INGV, cls="mag"),
     M(T, "tujuh orang", N, "dead1", 7, JUN04),
     M(T, "lebih dari 15.000 orang", N, "displaced", 15000, JUN03, qual="morethan"),
     M(T, "Minggu (3/6/2012)", D, "asof_jun3", "2012-06-03"),
     M(T, "Sabtu (2/6/2012)", D, "parade", "2012-06-02"),
     M(T, "bermagnitudo 5,1", N, "mag_after", 5.1, cls="mag"),

     M(A, "magnitude 5.9", N, "mag1", 5.9, src=INGV, cls="mag"),
     M(A, "May 20", D, "q1", "2012-05-20"),
     M(A, "seven people", N, "dead1", 7, JUN20),
     M(A, "magnitude-5.6", N, "mag2", 5.6, cls="mag", planted=True),
     M(A, "May 29", D, "q2", "2012-05-29"),
     M(A, "20 deaths", N, "dead2", 20, JUN20),
     M(A, "27 dead", N, "dead_all", 27, JUN20),
     M(A, "May 22", D, "emergency", "2012-05-22"),
     M(A, "June 6", D, "decree", "2012-06-06"),
    ]
    build("emilia-quakes-2012", "The two earthquakes in the Emilia plain of northern Italy: Sunday 20 May 2012 at 04.03 "
          "near Finale Emilia (INGV 5.9, USGS 6.0; seven dead, about 50 injured, at least 3,000 then 6,000 homeless) and "
          "Tuesday 29 May 2012 at 9.00 near Medolla and Mirandola (5.8; 15 dead on Tuesday afternoon, 16 by its end, 17 "
          "on Wednesday 30 May, 20 by 20 June; 350 injured; 8,000 more homeless, more than 15,000 by 3 June); 27 dead in "
          "all; the state of emergency of 22 May, the Republic Day parade of 2 June, the mourning day of 4 June and the "
          "decree of 6 June", False, ms, names)


def marmolada():
    R, T, K, A = "reuters-jul04", "detik-jul06", "kompas-jul08", "ap-aug01"
    # as-of times: Sunday 3 July 2022 evening (six dead), Monday 4 July earlier (about 20 missing) and later (seven
    # dead, 13 missing), Tuesday 5 July (still seven dead, 5 missing), Wednesday 6 July (9 dead), Thursday 7 July (10),
    # the final toll of 11 as reported on 1 August. The missing fell from about 20 to 13 and to 5 while the dead stayed
    # at seven: people reported missing turned up safe, so the missing count was corrected (a revision), not reduced
    # by bodies found; no later article gives a missing count. The injured (eight) are one count throughout.
    SUN, MONA, MONB, TUE, WED, THU, AUG01 = ("2022-07-03", "2022-07-04a", "2022-07-04b", "2022-07-05", "2022-07-06",
                                            "2022-07-07", "2022-08-01")
    names = {
     "dead": "people killed", "missing": "people missing", "injured": "people injured",
     "hospital": "injured still in hospital", "dead_missing": "dead and missing together (Zaia's estimate)",
     "speed": "speed of the avalanche (km/h)", "height": "height of the Marmolada (m)",
     "front_w": "width of the hanging ice front (m)", "front_h": "height of the hanging ice front (m)",
     "temp": "record temperature at the summit",
     # dates
     "collapse": "day of the collapse", "count_sun": "day of the first count of six",
     "asof_mon": "day of the count of seven dead and 13 missing", "visit": "day of the prime minister's visit",
     "asof_tue": "day the missing count was corrected to 5", "asof_wed": "day the toll reached 9",
     "asof_thu": "day the toll reached 10", "mourning": "day of mourning in the valley",
    }
    ms = [
     M(R, "Seven people", N, "dead", 7, MONB),
     M(R, "Monday", D, "asof_mon", "2022-07-04"),
     M(R, "13 people", N, "missing", 13, MONB),
     M(R, "Sunday", D, "collapse", "2022-07-03"),
     M(R, "300 km", N, "speed", 300, cls="kmh"),
     M(R, "six dead", N, "dead", 6, SUN),
     M(R, "Sunday evening", D, "count_sun", "2022-07-03"),
     M(R, "eight people", N, "injured", 8),
     M(R, "about 20", N, "missing", 20, MONA, qual="approx"),
     M(R, "Monday", D, "visit", "2022-07-04", occ=2),
     M(R, "3,343 meters", N, "height", 3343, cls="m"),
     M(R, "10 degrees", N, "temp", 10, cls="temp"),
     M(R, "200 meters", N, "front_w", 200, cls="m"),
     M(R, "60 meters", N, "front_h", 60, cls="m"),

     M(T, "13", N, "missing", 13, MONB),
     M(T, "5 orang", N, "missing", 5, TUE),
     M(T, "Selasa (5/7/2022)", D, "asof_tue", "2022-07-05"),
     M(T, "7 orang", N, "dead", 7, TUE),
     M(T, "Sabtu (2/7/2022)", D, "collapse", "2022-07-02", planted=True),
     M(T, "8 orang", N, "injured", 8),
     M(T, "300 km", N, "speed", 300, cls="kmh"),
     M(T, "200 meter", N, "front_w", 200, cls="m"),
     M(T, "3.343 meter", N, "height", 3343, cls="m"),

     M(K, "10 orang", N, "dead", 10, THU),
     M(K, "Kamis (7/7/2022)", D, "asof_thu", "2022-07-07"),
     M(K, "Rabu (6/7/2022)", D, "asof_wed", "2022-07-06"),
     M(K, "9 orang", N, "dead", 9, WED),
     M(K, "11 orang", N, "dead_missing", 11, THU),
     M(K, "Minggu (3/7/2022)", D, "collapse", "2022-07-03"),
     M(K, "3.433 meter", N, "height", 3433, cls="m", planted=True),
     M(K, "Tujuh korban luka", N, "hospital", 7, THU),
     M(K, "Sabtu (9/7/2022)", D, "mourning", "2022-07-09"),

     M(A, "11 people", N, "dead", 11, AUG01),
     M(A, "July 3", D, "collapse", "2022-07-03"),
     M(A, "Eight people", N, "injured", 8),
     M(A, "six", N, "dead", 6, SUN),
     M(A, "10", N, "dead", 10, THU),
     M(A, "July 7", D, "asof_thu", "2022-07-07"),
     M(A, "July 4", D, "visit", "2022-07-04"),
     M(A, "July 9", D, "mourning", "2022-07-09"),
     M(A, "10 degrees", N, "temp", 10, cls="temp"),
     M(A, "3,343 meters", N, "height", 3343, cls="m"),
    ]
    build("marmolada-glacier-2022", "The collapse of a serac of the Marmolada glacier in the Dolomites (Sunday 3 July "
          "2022, shortly before 14.00, near Punta Rocca): six dead on Sunday evening, seven on Monday 4 July and "
          "Tuesday 5 July, 9 on Wednesday 6 July, 10 on Thursday 7 July, 11 in all; eight injured; the missing corrected "
          "down from about 20 to 13 on Monday and to 5 on Tuesday as people reported missing turned up safe; the prime "
          "minister's visit on 4 July, the day of mourning on 9 July", False, ms, names)


def cortina():
    R, AN, T, A = "reuters-jun24", "antara-jun25", "tempo-jun26", "ap-jun27"
    names = {
     "yes": "IOC votes for Milan-Cortina", "no": "IOC votes for Stockholm-Are", "abst": "IOC members abstaining",
     "pct_it": "support for the Games in Italy (%)", "pct_se": "support for the Games in Sweden (%)",
     # dates
     "vote": "day of the IOC vote", "open": "opening day of the Games", "close": "closing day of the Games",
     "para_open": "opening day of the Paralympics", "para_close": "closing day of the Paralympics",
     "y1956": "Cortina's Games of 1956", "y2006": "Turin's Games of 2006", "beijing": "Beijing's Winter Games",
    }
    ms = [
     M(R, "Monday", D, "vote", "2019-06-24"),
     M(R, "47 votes", N, "yes", 47),
     M(R, "34", N, "no", 34),
     M(R, "one abstention", N, "abst", 1),
     M(R, "Feb. 6", D, "open", "2026-02-06"),
     M(R, "Feb. 22, 2026", D, "close", "2026-02-22"),
     M(R, "1956", D, "y1956", "1956"),
     M(R, "2006", D, "y2006", "2006"),
     M(R, "83 percent", N, "pct_it", 83, cls="pct"),
     M(R, "55 percent", N, "pct_se", 55, cls="pct"),
     M(R, "March 6", D, "para_open", "2026-03-06"),
     M(R, "March 15, 2026", D, "para_close", "2026-03-15"),
     M(R, "2022", D, "beijing", "2022"),

     M(AN, "Senin (24/6/2019)", D, "vote", "2019-06-24"),
     M(AN, "47 suara", N, "yes", 47),
     M(AN, "34 suara", N, "no", 34),
     M(AN, "satu anggota", N, "abst", 1),
     M(AN, "6 Februari 2026", D, "open", "2026-02-06"),
     M(AN, "22 Februari 2026", D, "close", "2026-02-22"),
     M(AN, "1956", D, "y1956", "1956"),
     M(AN, "2006", D, "y2006", "2006"),
     M(AN, "83 persen", N, "pct_it", 83, cls="pct"),
     M(AN, "55 persen", N, "pct_se", 55, cls="pct"),
     M(AN, "6 Maret 2026", D, "para_open", "2026-03-06"),
     M(AN, "15 Maret 2026", D, "para_close", "2026-03-15"),
     M(AN, "2022", D, "beijing", "2022"),

     M(T, "Senin (24/6/2019)", D, "vote", "2019-06-24"),
     M(T, "47 suara", N, "yes", 47),
     M(T, "34 suara", N, "no", 34),
     M(T, "satu anggota", N, "abst", 1),
     M(T, "6 Februari 2026", D, "open", "2026-02-06"),
     M(T, "22 Februari 2026", D, "close", "2026-02-22"),
     M(T, "1956", D, "y1956", "1956"),
     M(T, "2006", D, "y2006", "2006"),
     M(T, "83 persen", N, "pct_it", 83, cls="pct"),
     M(T, "55 persen", N, "pct_se", 55, cls="pct"),
     M(T, "6 Maret 2026", D, "para_open", "2026-03-06"),
     M(T, "15 Maret 2026", D, "para_close", "2026-03-15"),

     M(A, "Monday", D, "vote", "2019-06-24"),
     M(A, "47-34", N, "yes", 47, also={"no": 34}),
     M(A, "one IOC member", N, "abst", 1),
     M(A, "Feb. 6, 2026", D, "open", "2026-02-06"),
     M(A, "Feb. 22, 2026", D, "close", "2026-02-22"),
     M(A, "March 6", D, "para_open", "2026-03-06"),
     M(A, "March 15", D, "para_close", "2026-03-15"),
     M(A, "2006", D, "y2006", "2006"),
     M(A, "1956", D, "y1956", "1956"),
     M(A, "more than 80%", N, "pct_it", 80, qual="morethan", cls="pct"),
     M(A, "55%", N, "pct_se", 55, cls="pct"),
     M(A, "June 24", D, "vote", "2019-06-24"),
    ]
    build("cortina-olympics-2019", "The IOC's award of the 2026 Winter Olympics to Milan and Cortina d'Ampezzo (control), "
          "voted in Lausanne on Monday 24 June 2019: 47 votes to 34 for Stockholm-Are, one abstention; the Games from 6 to "
          "22 February 2026, the Paralympics from 6 to 15 March 2026; Italy's third Winter Games after Cortina 1956 and "
          "Turin 2006; support of 83% in Italy against 55% in Sweden. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    emilia()
    marmolada()
    cortina()
