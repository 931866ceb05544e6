"""Labels of the four-hundred-and-sixty-second development set (issue 12), an untouched transfer set, from a table of
facts (never from the checker's output).

Each mention of a figure or date is written down once (``M``) with what it states: the fact, its value, the as-of
time of a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error.
Every cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset462/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def ferry():
    R, K, A, J = "reuters-feb02", "kompas-feb03", "antara-feb06", "national-mar05"
    # as-of times of the running tallies: Thursday 2 February 2012 at 21:00 (238 rescued), Friday 3 February (246
    # rescued, 4 bodies, about 100 missing), Monday 6 February (6 bodies, 98 missing), Monday 5 March (the final list
    # of 237 survivors after names entered twice: a revision; six bodies; 107 missing). The people on board: about
    # 350 by the maritime safety authority against more than 400 by the provincial police (sources). The missing may
    # fall (bodies found, names matched); the rescued and the bodies do not.
    THU, FRI, MON, MAR = "2012-02-02", "2012-02-03", "2012-02-06", "2012-03-05"
    NMSA, POLICE = "the National Maritime Safety Authority", "the Morobe provincial police"
    names = {
     "onboard": "people on board", "survivors": "people rescued alive", "dead": "bodies recovered",
     "bodies_new": "bodies found on Monday", "missing": "people still missing", "capacity": "people the ferry was "
     "licensed to carry", "ships": "merchant ships in the search", "aircraft": "aircraft in the search",
     "waves": "large waves that struck the ferry", "dist": "distance of the sinking off Finschhafen (km)",
     "search_km": "reach of the widened search (km)", "swell": "height of the swell (m)",
     "sink_time": "time the ferry sank (hour)",
     # dates
     "sank": "day the ferry sank", "depart": "day the ferry left Kimbe", "count_fri": "day of the count of 246",
     "count_mon": "day of the count of six bodies", "inquiry": "day the commission of inquiry was set up",
     "hearings": "day the inquiry's hearings opened",
    }
    ms = [
     M(R, "about 350 people", N, "onboard", 350, qual="approx", src=NMSA),
     M(R, "Thursday", D, "sank", "2012-02-02"),
     M(R, "238 survivors", N, "survivors", 238, THU),
     M(R, "about 6 a.m.", N, "sink_time", 6, qual="approx", cls="clock"),
     M(R, "16 km", N, "dist", 16, cls="km"),
     M(R, "238 people", N, "survivors", 238, THU),
     M(R, "Eight merchant ships", N, "ships", 8),
     M(R, "four aircraft", N, "aircraft", 4),
     M(R, "5 metres", N, "swell", 5, cls="m"),

     M(K, "246 orang", N, "survivors", 246, FRI),
     M(K, "Jumat (3/2/2012)", D, "count_fri", "2012-02-03"),
     M(K, "4 jenazah", N, "dead", 4, FRI),
     M(K, "sekitar 100 penumpang", N, "missing", 100, FRI, qual="approx", fall=True),
     M(K, "Kamis (2/2/2012)", D, "sank", "2012-02-02"),
     M(K, "sekitar pukul 06.00", N, "sink_time", 6, qual="approx", cls="clock"),
     M(K, "16 kilometer", N, "dist", 16, cls="km"),
     M(K, "sekitar 350 orang", N, "onboard", 350, qual="approx", src=NMSA),
     M(K, "lebih dari 400 orang", N, "onboard", 400, qual="morethan", src=POLICE),
     M(K, "Rabu (1/2/2012)", D, "depart", "2012-02-01"),
     M(K, "delapan kapal niaga", N, "ships", 8),
     M(K, "empat pesawat", N, "aircraft", 4),

     M(A, "dua jenazah lagi", N, "bodies_new", 2),
     M(A, "6 orang", N, "dead", 6, MON),
     M(A, "Senin (6/2/2012)", D, "count_mon", "2012-02-06"),
     M(A, "264 orang", N, "survivors", 264, FRI, planted=True),
     M(A, "Jumat (3/2/2012)", D, "count_fri", "2012-02-03"),
     M(A, "98 orang", N, "missing", 98, MON, fall=True),
     M(A, "310 orang", N, "capacity", 310),
     M(A, "Kamis (2/2/2012)", D, "sank", "2012-02-02"),
     M(A, "40 kilometer", N, "search_km", 40, cls="km"),

     M(J, "Feb. 2", D, "sank", "2012-02-02"),
     M(J, "237 survivors", N, "survivors", 237, MAR),
     M(J, "246", N, "survivors", 246, FRI),
     M(J, "Feb. 3", D, "count_fri", "2012-02-03"),
     M(J, "six bodies", N, "dead", 6, MAR),
     M(J, "107 people", N, "missing", 107, MAR, fall=True),
     M(J, "Feb. 6", D, "inquiry", "2012-02-06"),
     M(J, "Monday", D, "hearings", "2012-03-05"),
     M(J, "310 people", N, "capacity", 310),
     M(J, "Wednesday, Feb. 1", D, "depart", "2012-02-01"),
     M(J, "three large waves", N, "waves", 3),
     M(J, "about 4 a.m.", N, "sink_time", 4, qual="approx", cls="clock", planted=True),
    ]
    build("rabaul-queen-2012", "The sinking of the ferry Rabaul Queen off Papua New Guinea on Thursday 2 February "
          "2012 at about 6 a.m. local time, some 16 km off Finschhafen in Morobe province, on an overnight crossing "
          "from Kimbe (West New Britain) to Lae: about 350 aboard by the maritime safety authority against more than "
          "400 by the provincial police (sources); the rescued rising from 238 on Thursday night to 246 on Friday 3 "
          "February, revised down to 237 in the final list after names entered twice; the bodies rising from 4 to 6; "
          "the missing about 100, then 98 and 107; a commission of inquiry set up on Monday 6 February, its hearings "
          "opened on Monday 5 March 2012", False, ms, names)


def coup():
    K, A, T, R = "kompas-may20", "antara-jul14", "tempo-jul27", "reuters-feb18"
    # steps on different dates: the storming of parliament (Friday 19 May 2000, a year to the day after the government
    # was sworn in, 19 May 1999), the military takeover (Monday 29 May), the accord (Sunday 9 July), the release of the
    # last 18 hostages after 56 days (Thursday 13 July), the arrest (Wednesday 26 July, the operation ending on Thursday
    # 27 July), the death sentence commuted the same day (Monday 18 February 2002). Tempting pairs of one unit: 56 days
    # held against 13 days between release and arrest and two months of unrest; the 18 last hostages against the more
    # than 30 taken and the more than 300 supporters arrested.
    names = {
     "hostages": "people taken hostage on 19 May", "freed": "last hostages freed", "days_held": "days the last "
     "hostages were held", "gap": "days between the release and the arrest", "months_unrest": "months of unrest",
     "arrested": "supporters arrested with Speight", "seats": "seats won by Chaudhry's party",
     "seats_total": "seats in parliament", "ind_pct": "Indo-Fijians' share of the population (%)",
     "population": "Fiji's population", "coup_time": "time parliament was stormed (hour)",
     "curfew_time": "hour the curfew began",
     # dates
     "coup": "day parliament was stormed", "sworn": "day the Chaudhry government was sworn in",
     "martial": "day the military took power", "accord": "day the accord was signed",
     "release": "day the last hostages were freed", "arrest": "day Speight was arrested",
     "op_end": "day the arrest operation ended", "sentence": "day of the death sentence and its commutation",
    }
    ms = [
     M(K, "Jumat (19/5/2000)", D, "coup", "2000-05-19"),
     M(K, "lebih dari 30 anggota", N, "hostages", 30, qual="morethan"),
     M(K, "sekitar pukul 10.30", N, "coup_time", 10.5, qual="approx", cls="clock"),
     M(K, "19 Mei 1999", D, "sworn", "1999-05-19"),
     M(K, "37", N, "seats", 37, cls="seats"),
     M(K, "71 kursi", N, "seats_total", 71, cls="seats"),
     M(K, "pukul 18.00", N, "curfew_time", 18, cls="clock"),
     M(K, "sekitar 44 persen", N, "ind_pct", 44, qual="approx", cls="pct"),
     M(K, "kurang lebih 800.000 penduduk", N, "population", 800000, qual="approx", cls="pop"),

     M(A, "Kamis (13/7/2000)", D, "release", "2000-07-13"),
     M(A, "18 sandera terakhir", N, "freed", 18),
     M(A, "56 hari", N, "days_held", 56, cls="dur"),
     M(A, "Minggu (9/7/2000)", D, "accord", "2000-07-09"),
     M(A, "Jumat (19/5/2000)", D, "coup", "2000-05-19"),
     M(A, "lebih dari 30 orang", N, "hostages", 30, qual="morethan"),
     M(A, "Senin (29/5/2000)", D, "martial", "2000-05-29"),

     M(T, "Rabu (26/7/2000)", D, "arrest", "2000-07-26"),
     M(T, "Lebih dari 300 pengikutnya", N, "arrested", 300, qual="morethan"),
     M(T, "Kamis", D, "op_end", "2000-07-27"),
     M(T, "18 orang terakhir", N, "freed", 18),
     M(T, "58 hari", N, "days_held", 58, cls="dur", planted=True),
     M(T, "Kamis (13/7/2000)", D, "release", "2000-07-13"),
     M(T, "13 hari", N, "gap", 13, cls="dur"),
     M(T, "dua bulan", N, "months_unrest", 2, cls="dur"),

     M(R, "Monday", D, "sentence", "2002-02-18"),
     M(R, "May 19, 2000", D, "coup", "2000-05-19"),
     M(R, "56 days", N, "days_held", 56, cls="dur"),
     M(R, "last 18 hostages", N, "freed", 18),
     M(R, "July 14, 2000", D, "release", "2000-07-14", planted=True),
     M(R, "July 26, 2000", D, "arrest", "2000-07-26"),
     M(R, "about 44 percent", N, "ind_pct", 44, qual="approx", cls="pct"),
    ]
    build("speight-coup-2000", "The Fiji hostage crisis of 2000: George Speight's gunmen stormed parliament in Suva "
          "on Friday 19 May 2000, a year to the day after Mahendra Chaudhry's government was sworn in, and took more "
          "than 30 hostages; the military took power on Monday 29 May; an accord signed at Muanikau on Sunday 9 "
          "July; the last 18 hostages, Chaudhry among them, freed after 56 days on Thursday 13 July; Speight "
          "arrested on the night of Wednesday 26 July with more than 300 supporters; sentenced to death for "
          "treason on Monday 18 February 2002 "
          "and the sentence commuted to life the same day by President Ratu Josefa Iloilo", False, ms, names)


def falepili():
    A, K, G, T = "abc-nov10", "kompas-nov11", "guardian-nov12", "tempo-nov13"
    names = {
     "places": "Tuvaluans who may settle in Australia each year", "pop": "Tuvalu's population",
     "islands": "Tuvalu's islands", "area": "Tuvalu's land area (sq km)",
     "pct": "share of the population the yearly places equal (%)", "fund": "added coastal adaptation funding (A$ "
     "million)",
     # dates
     "signed": "day the treaty was signed",
    }
    ms = [
     M(A, "up to 280 citizens", N, "places", 280),
     M(A, "Friday", D, "signed", "2023-11-10"),
     M(A, "some 11,200 people", N, "pop", 11200, qual="approx"),
     M(A, "nine low-lying islands", N, "islands", 9),
     M(A, "about 26 square kilometres", N, "area", 26, qual="approx", cls="km2"),
     M(A, "280 places", N, "places", 280),
     M(A, "roughly 2.5 percent", N, "pct", 2.5, qual="approx", cls="pct"),
     M(A, "16.9 million Australian dollars", N, "fund", 16.9, cls="aud"),

     M(K, "Jumat (10/11/2023)", D, "signed", "2023-11-10"),
     M(K, "hingga 280 warga", N, "places", 280),
     M(K, "sekitar 11.200 jiwa", N, "pop", 11200, qual="approx"),
     M(K, "sembilan pulau", N, "islands", 9),
     M(K, "sekitar 26 kilometer persegi", N, "area", 26, qual="approx", cls="km2"),
     M(K, "280 orang per tahun", N, "places", 280),
     M(K, "sekitar 2,5 persen", N, "pct", 2.5, qual="approx", cls="pct"),
     M(K, "16,9 juta dollar Australia", N, "fund", 16.9, cls="aud"),

     M(G, "Friday, Nov. 10", D, "signed", "2023-11-10"),
     M(G, "280 places", N, "places", 280),
     M(G, "about 2.5%", N, "pct", 2.5, qual="approx", cls="pct"),
     M(G, "about 11,200", N, "pop", 11200, qual="approx"),
     M(G, "nine islands", N, "islands", 9),
     M(G, "roughly 26 sq km", N, "area", 26, qual="approx", cls="km2"),
     M(G, "A$16.9 million", N, "fund", 16.9, cls="aud"),
     M(G, "280 places", N, "places", 280, occ=2),

     M(T, "Jumat, 10 November 2023", D, "signed", "2023-11-10"),
     M(T, "280 warga Tuvalu", N, "places", 280),
     M(T, "sekitar 2,5 persen", N, "pct", 2.5, qual="approx", cls="pct"),
     M(T, "kurang lebih 11.200 penduduk", N, "pop", 11200, qual="approx"),
     M(T, "sembilan pulau karang", N, "islands", 9),
     M(T, "sekitar 26 kilometer persegi", N, "area", 26, qual="approx", cls="km2"),
     M(T, "16,9 juta dollar Australia", N, "fund", 16.9, cls="aud"),
    ]
    build("falepili-union-2023", "The Falepili Union treaty signed by Australia's prime minister Anthony Albanese and "
          "Tuvalu's prime minister Kausea Natano on Friday 10 November 2023 at the Pacific Islands Forum leaders' "
          "meeting in the Cook Islands (control): up to 280 Tuvaluans a year may settle in Australia, about 2.5% of a "
          "population of some 11,200 on nine islands of about 26 sq km; an extra A$16.9 million for coastal "
          "adaptation on Funafuti; a security guarantee in return for a say over Tuvalu's security deals. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    ferry()
    coup()
    falepili()
