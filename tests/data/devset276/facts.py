"""The two-hundred-and-seventy-sixth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset276/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def melilla():
    R, K, A, T = "reuters-jun24", "kompas-jun25", "ap-jun27", "detik-jul20"
    # as-of times of the running tally of the dead: Friday 24 June 2022 (the Moroccan authorities' first count of
    # five), Saturday 25 June (18), Sunday 26 June (23, and the AMDH's 27), the count repeated on 20 July. The
    # injured (76 migrants, 140 members of the security forces) are the authorities' Friday statement, repeated later
    # as that statement. The dead: the Moroccan authorities against the Moroccan Association for Human Rights
    # (sources, also across days). The number of migrants who tried, the number who got in (the Spanish count), the
    # court's 33 and 11 months, and the dates of the crossing, the Spanish prosecutor's inquiry (Tuesday 28 June) and
    # the Nador court's ruling (Tuesday 19 July) do not change with the day of the report.
    FRI, SAT, SUN, JUL20 = "2022-06-24", "2022-06-25", "2022-06-26", "2022-07-20"
    AUTH, AMDH = "the Moroccan authorities", "the Moroccan Association for Human Rights"
    names = {
     "dead": "migrants killed", "attempt": "migrants who tried to cross", "inj_mig": "migrants injured",
     "inj_sec": "Moroccan security forces injured", "entered": "migrants who got into Melilla",
     "gc_inj": "Guardia Civil officers slightly injured", "died_hosp": "migrants who died in hospital",
     "convicted": "migrants sentenced by the Nador court",
     "sentence": "months of the sentence",
     # dates
     "crossing": "day of the crossing attempt", "relations": "month Rabat and Madrid mended relations",
     "asof_sat": "day the toll stood at 18", "asof_sun": "day the toll stood at 23",
     "verdict": "day of the Nador court's ruling", "probe": "day the Spanish prosecutor opened an inquiry",
    }
    ms = [
     M(R, "Five migrants", N, "dead", 5, FRI, src=AUTH),
     M(R, "Friday", D, "crossing", "2022-06-24"),
     M(R, "about 2,000 migrants", N, "attempt", 2000, qual="approx"),
     M(R, "76 migrants", N, "inj_mig", 76, FRI),
     M(R, "140 members", N, "inj_sec", 140, FRI),
     M(R, "133 migrants", N, "entered", 133),
     M(R, "49 officers", N, "gc_inj", 49, FRI),
     M(R, "March", D, "relations", "2022-03"),

     M(K, "18 orang", N, "dead", 18, SAT, src=AUTH),
     M(K, "Sabtu (25/6/2022)", D, "asof_sat", "2022-06-25"),
     M(K, "13 migran", N, "died_hosp", 13, SAT),
     M(K, "Jumat (24/6/2022)", D, "crossing", "2022-06-24"),
     M(K, "sekitar 2.000 migran", N, "attempt", 2000, qual="approx"),
     M(K, "104 aparat", N, "inj_sec", 104, FRI, planted=True),
     M(K, "76 migran", N, "inj_mig", 76, FRI),
     M(K, "133 migran", N, "entered", 133),

     M(A, "Sunday", D, "asof_sun", "2022-06-26"),
     M(A, "23 migrants", N, "dead", 23, SUN, src=AUTH),
     M(A, "Friday", D, "crossing", "2022-06-24"),
     M(A, "27 migrants", N, "dead", 27, SUN, src=AMDH),
     M(A, "About 2,000 migrants", N, "attempt", 2000, qual="approx"),
     M(A, "133 of them", N, "entered", 133),

     M(T, "Selasa (19/7/2022)", D, "verdict", "2022-07-19"),
     M(T, "11 bulan", N, "sentence", 11, cls="dur"),
     M(T, "33 migran", N, "convicted", 33),
     M(T, "Kamis (23/6/2022)", D, "crossing", "2022-06-23", planted=True),
     M(T, "23 migran", N, "dead", 23, JUL20, src=AUTH),
     M(T, "27 orang", N, "dead", 27, JUL20, src=AMDH),
     M(T, "140 aparat", N, "inj_sec", 140, FRI),
     M(T, "Selasa (28/6/2022)", D, "probe", "2022-06-28"),
    ]
    build("melilla-crossing-2022", "The mass attempt to cross the border fence from Nador province, Morocco, into the "
          "Spanish enclave of Melilla at the Barrio Chino post (Friday 24 June 2022): about 2,000 migrants, 133 got "
          "in; the Moroccan authorities' toll rising 5 (Friday) -> 18 (Saturday 25 June) -> 23 (Sunday 26 June) "
          "against the AMDH's 27; 76 migrants and 140 security forces injured, 49 Guardia Civil officers slightly "
          "hurt; Spain's prosecutor's inquiry (Tuesday 28 June); a Nador court jails 33 migrants for 11 months "
          "(Tuesday 19 July 2022)", False, ms, names)


def toukh():
    R, K, T, A = "reuters-apr18", "kompas-apr19", "tempo-apr21", "ap-may12"
    # as-of times: the health ministry's first statement on Sunday 18 April 2021 (23 dead, 139 injured) and its
    # corrected statement that evening (11 dead, 98 injured): a revision down. Later reports repeat the corrected
    # statement as that statement (the same as-of time), and the first one as the first. The collision of 26 March
    # 2021 (19 dead), the 2002 train fire (more than 360 dead) and the Ramses station fire of February 2019 (at least
    # 20 dead) are other events.
    SUNA, SUNB = "2021-04-18a", "2021-04-18b"
    names = {
     "dead": "people killed in the derailment", "inj": "people injured in the derailment",
     "carriages": "carriages derailed", "dist": "distance of Toukh from Cairo (km)",
     "amb": "ambulances sent", "dead_mar": "dead in the March collision",
     "dead2002": "dead in the 2002 train fire", "dead_ramses": "dead in the Ramses station fire",
     # dates
     "derail": "day of the derailment", "crash_mar": "day of the March collision",
     "fire2002": "the 2002 train fire", "hosp_mon": "day most injured were still in hospital",
     "ramses": "the Ramses station fire", "corrected": "day the ministry corrected its toll",
    }
    ms = [
     M(R, "Sunday", D, "derail", "2021-04-18"),
     M(R, "11", N, "dead", 11, SUNB),
     M(R, "98 people", N, "inj", 98, SUNB),
     M(R, "23 people", N, "dead", 23, SUNA),
     M(R, "139 injured", N, "inj", 139, SUNA),
     M(R, "Four carriages", N, "carriages", 4),
     M(R, "about 40 km", N, "dist", 40, qual="approx", cls="km"),
     M(R, "More than 50 ambulances", N, "amb", 50, SUNB, qual="morethan"),
     M(R, "March 26", D, "crash_mar", "2021-03-26"),
     M(R, "19 people", N, "dead_mar", 19),
     M(R, "February 2002", D, "fire2002", "2002-02"),
     M(R, "more than 360 people", N, "dead2002", 360, qual="morethan"),

     M(K, "11 orang tewas", N, "dead", 11, SUNB),
     M(K, "98 orang terluka", N, "inj", 98, SUNB),
     M(K, "Minggu (18/4/2021)", D, "derail", "2021-04-18"),
     M(K, "23 orang tewas", N, "dead", 23, SUNA),
     M(K, "139 orang terluka", N, "inj", 139, SUNA),
     M(K, "Senin (19/4/2021)", D, "hosp_mon", "2021-04-19"),
     M(K, "empat gerbongnya", N, "carriages", 4),
     M(K, "sekitar 40 kilometer", N, "dist", 40, qual="approx", cls="km"),
     M(K, "26 Maret 2021", D, "crash_mar", "2021-03-26"),
     M(K, "19 orang", N, "dead_mar", 19),

     M(T, "Minggu (18/4/2021)", D, "derail", "2021-04-18"),
     M(T, "11 orang tewas", N, "dead", 11, SUNB),
     M(T, "89 orang terluka", N, "inj", 89, SUNB, planted=True),
     M(T, "23 korban tewas", N, "dead", 23, SUNA),
     M(T, "Minggu malam", D, "corrected", "2021-04-18"),
     M(T, "Empat gerbong", N, "carriages", 4),
     M(T, "sekitar 40 kilometer", N, "dist", 40, qual="approx", cls="km"),
     M(T, "26 Maret 2021", D, "crash_mar", "2021-03-26"),
     M(T, "19 orang", N, "dead_mar", 19),
     M(T, "Februari 2019", D, "ramses", "2019-02"),

     M(A, "April 18", D, "derail", "2021-04-18"),
     M(A, "four carriages", N, "carriages", 4),
     M(A, "11 people", N, "dead", 11, SUNB),
     M(A, "98", N, "inj", 98, SUNB),
     M(A, "23 dead", N, "dead", 23, SUNA),
     M(A, "139 injured", N, "inj", 139, SUNA),
     M(A, "March 26", D, "crash_mar", "2021-03-26"),
     M(A, "19", N, "dead_mar", 19),
     M(A, "2002", D, "fire2002", "2002"),
     M(A, "more than 360 people", N, "dead2002", 360, qual="morethan"),
     M(A, "February 2019", D, "ramses", "2019-02"),
     M(A, "at least 20 people", N, "dead_ramses", 20, qual="atleast"),
    ]
    build("toukh-derailment-2021", "The derailment of a Cairo-to-Mansoura passenger train near Toukh, Qalyubia "
          "province, Egypt (Sunday 18 April 2021): the health ministry's first toll of 23 dead and 139 injured "
          "corrected the same evening to 11 dead and 98 injured; four carriages, about 40 km north of Cairo; the "
          "collision of 26 March 2021 in southern Egypt (19 dead), the 2002 train fire (more than 360 dead) and the "
          "Ramses station fire of February 2019 as other events", False, ms, names)


def election():
    R, K, H, T = "reuters-dec18", "kompas-dec19", "ahram-dec20", "detik-dec21"
    names = {
     "sisi": "Sisi's share of the vote (%)", "votes": "votes for Sisi", "turnout": "turnout (%)",
     "ballots": "voters who cast ballots", "registered": "registered voters", "omar": "Hazem Omar's share (%)",
     "zahran": "Farid Zahran's share (%)", "yamama": "Abdel-Sanad Yamama's share (%)",
     "prev": "Sisi's share in 2018 (%)", "prev_turnout": "turnout in 2018 (%)", "term": "years of the new term",
     "rivals": "Sisi's rivals",
     # dates
     "announced": "day the result was announced", "vote": "the three days of voting", "start": "start of the new term",
     "end": "end of the new term", "prev_year": "year of the previous election", "first": "year Sisi was first elected",
    }
    ms = [
     M(R, "89.6%", N, "sisi", 89.6, cls="pct"),
     M(R, "Monday", D, "announced", "2023-12-18"),
     M(R, "39,702,451 votes", N, "votes", 39702451),
     M(R, "Dec. 10-12", D, "vote", "2023-12-10/12"),
     M(R, "66.8%", N, "turnout", 66.8, cls="pct"),
     M(R, "44,777,668", N, "ballots", 44777668),
     M(R, "about 67 million", N, "registered", 67000000, qual="approx"),
     M(R, "4.5%", N, "omar", 4.5, cls="pct"),
     M(R, "4%", N, "zahran", 4, cls="pct"),
     M(R, "1.9%", N, "yamama", 1.9, cls="pct"),
     M(R, "six-year", N, "term", 6, cls="dur"),
     M(R, "April 2024", D, "start", "2024-04"),
     M(R, "2030", D, "end", "2030"),
     M(R, "2018", D, "prev_year", "2018"),
     M(R, "97%", N, "prev", 97, cls="pct"),
     M(R, "41%", N, "prev_turnout", 41, cls="pct"),

     M(K, "89,6 persen", N, "sisi", 89.6, cls="pct"),
     M(K, "Senin (18/12/2023)", D, "announced", "2023-12-18"),
     M(K, "39.702.451 suara", N, "votes", 39702451),
     M(K, "10-12 Desember 2023", D, "vote", "2023-12-10/12"),
     M(K, "66,8 persen", N, "turnout", 66.8, cls="pct"),
     M(K, "44.777.668", N, "ballots", 44777668),
     M(K, "sekitar 67 juta pemilih", N, "registered", 67000000, qual="approx"),
     M(K, "4,5 persen", N, "omar", 4.5, cls="pct"),
     M(K, "4 persen", N, "zahran", 4, cls="pct"),
     M(K, "1,9 persen", N, "yamama", 1.9, cls="pct"),
     M(K, "enam tahun", N, "term", 6, cls="dur"),
     M(K, "April 2024", D, "start", "2024-04"),
     M(K, "2030", D, "end", "2030"),
     M(K, "2018", D, "prev_year", "2018"),
     M(K, "97 persen", N, "prev", 97, cls="pct"),
     M(K, "41 persen", N, "prev_turnout", 41, cls="pct"),

     M(H, "six-year", N, "term", 6, cls="dur"),
     M(H, "39.7 million votes", N, "votes", 39702451, qual="approx"),
     M(H, "89.6 percent", N, "sisi", 89.6, cls="pct"),
     M(H, "Monday, Dec. 18", D, "announced", "2023-12-18"),
     M(H, "nearly 44.8 million", N, "ballots", 44800000, qual="nearly"),
     M(H, "roughly 67 million", N, "registered", 67000000, qual="approx"),
     M(H, "66.8 percent", N, "turnout", 66.8, cls="pct"),
     M(H, "4.5 percent", N, "omar", 4.5, cls="pct"),
     M(H, "4 percent", N, "zahran", 4, cls="pct"),
     M(H, "1.9 percent", N, "yamama", 1.9, cls="pct"),
     M(H, "April 2024", D, "start", "2024-04"),
     M(H, "2030", D, "end", "2030"),
     M(H, "2018", D, "prev_year", "2018"),
     M(H, "97 percent", N, "prev", 97, cls="pct"),
     M(H, "41 percent", N, "prev_turnout", 41, cls="pct"),
     M(H, "three losing candidates", N, "rivals", 3),

     M(T, "hampir 40 juta suara", N, "votes", 40000000, qual="nearly"),
     M(T, "89,6 persen", N, "sisi", 89.6, cls="pct"),
     M(T, "10-12 Desember 2023", D, "vote", "2023-12-10/12"),
     M(T, "Senin (18/12/2023)", D, "announced", "2023-12-18"),
     M(T, "44,8 juta orang", N, "ballots", 44800000, qual="approx"),
     M(T, "66,8 persen", N, "turnout", 66.8, cls="pct"),
     M(T, "sekitar 67 juta pemilih", N, "registered", 67000000, qual="approx"),
     M(T, "Tiga pesaing", N, "rivals", 3),
     M(T, "4,5 persen", N, "omar", 4.5, cls="pct"),
     M(T, "4 persen", N, "zahran", 4, cls="pct"),
     M(T, "1,9 persen", N, "yamama", 1.9, cls="pct"),
     M(T, "enam tahun", N, "term", 6, cls="dur"),
     M(T, "April 2024", D, "start", "2024-04"),
     M(T, "2030", D, "end", "2030"),
     M(T, "2014", D, "first", "2014"),
     M(T, "2018", D, "prev_year", "2018"),
     M(T, "97 persen", N, "prev", 97, cls="pct"),
    ]
    build("egypt-presidential-2023", "Egypt's National Election Authority declares the presidential result (control), "
          "Monday 18 December 2023, after the vote of 10-12 December: Abdel Fattah al-Sisi 89.6% (39,702,451 votes), "
          "turnout 66.8% (44,777,668 of about 67 million), Hazem Omar 4.5%, Farid Zahran 4%, Abdel-Sanad Yamama "
          "1.9%; a six-year term from April 2024 to 2030; 97% on a 41% turnout in 2018. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    melilla()
    toukh()
    election()
