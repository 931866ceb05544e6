"""The hundred-and-eighty-eighth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset188/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def comayagua():
    R, K, T, A = "reuters-feb15", "kompas-feb16", "detik-feb17", "antara-mar08"
    # as-of times of the toll: Wednesday 15 February 2012 morning (at least 272), Wednesday night (382), Thursday 16
    # February (revised down to 358: 353 bodies at the scene and five dead in hospital), Monday 20 February (361).
    # The toll does not fall: 382 -> 358 and 382 -> 361 are revisions. The inmates held (856), the survivors (about
    # 475) and the burned taken to the capital (about 30) are fixed facts of the night, not running tallies.
    # The inmates held: the prison system's 856 (the figure the reports give unattributed too) against the
    # police's 852 (sources).
    PRIS = "the prison system"
    WED_AM, WED_PM, THU, MON = "2012-02-15a", "2012-02-15b", "2012-02-16", "2012-02-20"
    names = {
     "dead": "people killed", "inmates": "inmates held in the prison", "survivors": "inmates who survived",
     "burned": "inmates with severe burns taken to the capital", "found": "bodies found at the scene",
     "hosp_dead": "victims who died in hospital by Thursday", "later_dead": "inmates who died in hospital after Thursday",
     # dates
     "fire": "night of the fire", "asof_wed": "day of Wednesday's counts", "asof_thu": "day of the revised count",
     "asof_mon": "day of the count of 361", "gather": "day relatives gathered at the gates",
    }
    ms = [
     M(R, "Tuesday", D, "fire", "2012-02-14"),
     M(R, "at least 272 inmates", N, "dead", 272, WED_AM, qual="atleast"),
     M(R, "Wednesday", D, "asof_wed", "2012-02-15"),
     M(R, "856 inmates", N, "inmates", 856, src=PRIS),
     M(R, "Around 475 prisoners", N, "survivors", 475, qual="approx"),
     M(R, "About 30 inmates", N, "burned", 30, qual="approx"),
     M(R, "Wednesday", D, "gather", "2012-02-15", occ=2),

     M(K, "382 orang", N, "dead", 382, WED_PM),
     M(K, "Rabu (15/2/2012)", D, "asof_wed", "2012-02-15"),
     M(K, "sedikitnya 272 narapidana", N, "dead", 272, WED_AM, qual="atleast"),
     M(K, "Senin (13/2/2012)", D, "fire", "2012-02-13", planted=True),
     M(K, "856 narapidana", N, "inmates", 856, src=PRIS),
     M(K, "Sekitar 475 narapidana", N, "survivors", 475, qual="approx"),
     M(K, "Sekitar 30 narapidana", N, "burned", 30, qual="approx"),

     M(T, "358 orang", N, "dead", 358, THU),
     M(T, "Kamis (16/2/2012)", D, "asof_thu", "2012-02-16"),
     M(T, "382 orang", N, "dead", 382, WED_PM),
     M(T, "353 jenazah", N, "found", 353, THU),
     M(T, "lima korban", N, "hosp_dead", 5, THU),
     M(T, "Selasa (14/2/2012)", D, "fire", "2012-02-14"),
     M(T, "856 narapidana", N, "inmates", 856, src=PRIS),
     M(T, "852 narapidana", N, "inmates", 852, src="the police"),
     M(T, "Sekitar 30 narapidana", N, "burned", 30, qual="approx"),

     M(A, "361 orang", N, "dead", 361, MON),
     M(A, "Senin (20/2/2012)", D, "asof_mon", "2012-02-20"),
     M(A, "tiga narapidana", N, "later_dead", 3, MON),
     M(A, "358 orang", N, "dead", 358, THU),
     M(A, "382 orang", N, "dead", 382, WED_PM),
     M(A, "Selasa (14/2/2012)", D, "fire", "2012-02-14"),
     M(A, "856 narapidana", N, "inmates", 856, src=PRIS),
     M(A, "Sekitar 475 narapidana", N, "survivors", 475, qual="approx"),
    ]
    build("comayagua-fire-2012", "The fire at the prison in Comayagua, Honduras (night of Tuesday 14 February 2012; "
          "856 inmates held, about 475 survived, about 30 with severe burns taken to the capital): at least 272 dead on "
          "Wednesday morning, 382 by Wednesday night, revised down to 358 on Thursday 16 February (353 bodies at the "
          "scene, five dead in hospital), 361 by Monday 20 February", False, ms, names)


def costa_rica():
    R, T, K, A = "reuters-feb03", "tempo-mar06", "kompas-apr07", "antara-may08"
    # results do not change with the day of the report: the first round (Sunday 2 February 2014), the runoff (Sunday
    # 6 April 2014) and their shares are different facts of one unit class (percentages); the runner-up's halt to his
    # campaign (Wednesday 5 March 2014) and the swearing-in (Thursday 8 May 2014) are other events.
    names = {
     "solis1": "Solis's first-round share", "araya1": "Araya's first-round share", "villalta": "Villalta's first-round share",
     "guevara": "Guevara's first-round share", "threshold": "share needed to win outright",
     "turnout1": "first-round turnout", "solis2": "Solis's runoff share", "araya2": "Araya's runoff share",
     "turnout2": "runoff turnout", "term": "length of the presidential term",
     # dates
     "round1": "day of the first round", "runoff": "day of the runoff", "halt": "day Araya stopped campaigning",
     "inaug": "day of the swearing-in", "pln": "year the National Liberation Party took office",
     "chinchilla": "year the outgoing president took office", "termend": "year the new term ends",
    }
    P = dict(cls="pct")
    ms = [
     M(R, "Sunday", D, "round1", "2014-02-02"),
     M(R, "30.6%", N, "solis1", 30.6, **P),
     M(R, "29.7%", N, "araya1", 29.7, **P),
     M(R, "17.2%", N, "villalta", 17.2, **P),
     M(R, "11.3%", N, "guevara", 11.3, **P),
     M(R, "40%", N, "threshold", 40, **P),
     M(R, "April 6", D, "runoff", "2014-04-06"),
     M(R, "2006", D, "pln", "2006"),
     M(R, "about 68%", N, "turnout1", 68, qual="approx", **P),

     M(T, "Rabu (5/3/2014)", D, "halt", "2014-03-05"),
     M(T, "Sabtu (1/2/2014)", D, "round1", "2014-02-01", planted=True),
     M(T, "30,6 persen", N, "solis1", 30.6, **P),
     M(T, "29,7 persen", N, "araya1", 29.7, **P),
     M(T, "6 April 2014", D, "runoff", "2014-04-06"),
     M(T, "17,2 persen", N, "villalta", 17.2, **P),
     M(T, "8 Mei 2014", D, "inaug", "2014-05-08"),

     M(K, "Minggu (6/4/2014)", D, "runoff", "2014-04-06"),
     M(K, "77,8 persen", N, "solis2", 77.8, **P),
     M(K, "5 Maret 2014", D, "halt", "2014-03-05"),
     M(K, "22,2 persen", N, "araya2", 22.2, **P),
     M(K, "sekitar 57 persen", N, "turnout2", 57, qual="approx", **P),
     M(K, "sekitar 68 persen", N, "turnout1", 68, qual="approx", **P),
     M(K, "Minggu (2/2/2014)", D, "round1", "2014-02-02"),
     M(K, "30,6 persen", N, "solis1", 30.6, **P),
     M(K, "29,7 persen", N, "araya1", 29.7, **P),
     M(K, "2006", D, "pln", "2006"),
     M(K, "8 Mei 2014", D, "inaug", "2014-05-08"),
     M(K, "empat tahun", N, "term", 4, cls="dur"),

     M(A, "Kamis (8/5/2014)", D, "inaug", "2014-05-08"),
     M(A, "6 April 2014", D, "runoff", "2014-04-06"),
     M(A, "78,7 persen", N, "solis2", 78.7, planted=True, **P),
     M(A, "22,2 persen", N, "araya2", 22.2, **P),
     M(A, "Maret", D, "halt", "2014-03"),
     M(A, "2 Februari 2014", D, "round1", "2014-02-02"),
     M(A, "30,6 persen", N, "solis1", 30.6, **P),
     M(A, "2010", D, "chinchilla", "2010"),
     M(A, "empat tahun", N, "term", 4, cls="dur"),
     M(A, "2018", D, "termend", "2018"),
    ]
    build("costa-rica-runoff-2014", "Costa Rica's presidential election of 2014: the first round of Sunday 2 February "
          "(Solis 30.6%, Araya 29.7%, Villalta 17.2%, Guevara 11.3%; 40% needed to win outright; turnout about 68%), "
          "Araya's halt to his campaign on Wednesday 5 March, the runoff of Sunday 6 April (Solis 77.8%, Araya 22.2%, "
          "turnout about 57%) and the swearing-in on Thursday 8 May 2014 for a four-year term", False, ms, names)


def canal():
    R, B, K, A = "reuters-oct31", "bisnis-nov03", "kontan-nov01", "antara-nov02"
    names = {
     "now": "daily crossings before the cut", "nov3": "daily slots from 3 November", "nov": "daily slots for the rest of November",
     "dec": "daily slots in December", "jan": "daily slots in January", "feb": "daily slots from 1 February 2024",
     "normal": "daily crossings in normal times", "jul": "daily crossings since 30 July", "draft": "maximum draft (feet)",
     "rain": "October's rainfall below normal", "share": "the canal's share of world maritime trade",
     # dates
     "announce": "day of the announcement", "d_nov3": "first day of the 25-slot quota",
     "d_feb1": "first day of the 18-slot quota", "d_jul30": "day the 32-ship limit began",
     "records": "year records began", "m_dec": "month of the 22-slot quota", "m_jan": "month of the 20-slot quota",
    }
    S = dict(cls="ships")
    ms = [
     M(R, "31", N, "now", 31, **S),
     M(R, "18", N, "feb", 18, **S),
     M(R, "Monday", D, "announce", "2023-10-30"),
     M(R, "25", N, "nov3", 25, **S),
     M(R, "Nov. 3", D, "d_nov3", "2023-11-03"),
     M(R, "24", N, "nov", 24, **S),
     M(R, "22", N, "dec", 22, **S),
     M(R, "December", D, "m_dec", "2023-12"),
     M(R, "20", N, "jan", 20, **S),
     M(R, "January", D, "m_jan", "2024-01"),
     M(R, "Feb. 1, 2024", D, "d_feb1", "2024-02-01"),
     M(R, "18 vessels", N, "feb", 18, **S),
     M(R, "1950", D, "records", "1950"),
     M(R, "41%", N, "rain", 41, cls="pct"),
     M(R, "about 36 ships", N, "normal", 36, qual="approx", **S),
     M(R, "32 ships", N, "jul", 32, **S),
     M(R, "July 30", D, "d_jul30", "2023-07-30"),
     M(R, "44 feet", N, "draft", 44, cls="ft"),

     M(B, "31", N, "now", 31, **S),
     M(B, "18", N, "feb", 18, **S),
     M(B, "Senin (30/10/2023)", D, "announce", "2023-10-30"),
     M(B, "25 kapal", N, "nov3", 25, **S),
     M(B, "3 November", D, "d_nov3", "2023-11-03"),
     M(B, "24 kapal", N, "nov", 24, **S),
     M(B, "Desember", D, "m_dec", "2023-12"),
     M(B, "22 kapal", N, "dec", 22, **S),
     M(B, "20 kapal", N, "jan", 20, **S),
     M(B, "Januari 2024", D, "m_jan", "2024-01"),
     M(B, "1 Februari 2024", D, "d_feb1", "2024-02-01"),
     M(B, "18 kapal", N, "feb", 18, **S),
     M(B, "1950", D, "records", "1950"),
     M(B, "41 persen", N, "rain", 41, cls="pct"),
     M(B, "sekitar 36 kapal", N, "normal", 36, qual="approx", **S),
     M(B, "30 Juli", D, "d_jul30", "2023-07-30"),
     M(B, "32 kapal", N, "jul", 32, **S),
     M(B, "44 kaki", N, "draft", 44, cls="ft"),

     M(K, "Senin, 30 Oktober 2023", D, "announce", "2023-10-30"),
     M(K, "31", N, "now", 31, **S),
     M(K, "18", N, "feb", 18, **S),
     M(K, "25 kapal", N, "nov3", 25, **S),
     M(K, "3 November", D, "d_nov3", "2023-11-03"),
     M(K, "24 kapal", N, "nov", 24, **S),
     M(K, "22 kapal", N, "dec", 22, **S),
     M(K, "Desember", D, "m_dec", "2023-12"),
     M(K, "20 kapal", N, "jan", 20, **S),
     M(K, "Januari 2024", D, "m_jan", "2024-01"),
     M(K, "Kuota 18 kapal", N, "feb", 18, **S),
     M(K, "1 Februari 2024", D, "d_feb1", "2024-02-01"),
     M(K, "41 persen", N, "rain", 41, cls="pct"),
     M(K, "1950", D, "records", "1950"),
     M(K, "sekitar 36 kapal", N, "normal", 36, qual="approx", **S),
     M(K, "32 kapal", N, "jul", 32, **S),
     M(K, "30 Juli", D, "d_jul30", "2023-07-30"),
     M(K, "44 kaki", N, "draft", 44, cls="ft"),

     M(A, "31", N, "now", 31, **S),
     M(A, "18", N, "feb", 18, **S),
     M(A, "Senin (30/10/2023)", D, "announce", "2023-10-30"),
     M(A, "25 kapal", N, "nov3", 25, **S),
     M(A, "3 November", D, "d_nov3", "2023-11-03"),
     M(A, "24 kapal", N, "nov", 24, **S),
     M(A, "Desember 2023", D, "m_dec", "2023-12"),
     M(A, "22 kapal", N, "dec", 22, **S),
     M(A, "Januari 2024", D, "m_jan", "2024-01"),
     M(A, "20 kapal", N, "jan", 20, **S),
     M(A, "1 Februari 2024", D, "d_feb1", "2024-02-01"),
     M(A, "18 kapal", N, "feb", 18, **S),
     M(A, "41 persen", N, "rain", 41, cls="pct"),
     M(A, "1950", D, "records", "1950"),
     M(A, "sekitar 36 kapal", N, "normal", 36, qual="approx", **S),
     M(A, "30 Juli", D, "d_jul30", "2023-07-30"),
     M(A, "32 kapal", N, "jul", 32, **S),
     M(A, "44 kaki", N, "draft", 44, cls="ft"),
     M(A, "sekitar 5 persen", N, "share", 5, qual="approx", cls="pct"),
    ]
    build("panama-canal-slots-2023", "The Panama Canal Authority's announcement (control) of Monday 30 October 2023: "
          "daily crossings cut from 31 to 18 in stages (25 from 3 November, 24 for the rest of November, 22 in December, "
          "20 in January 2024, 18 from 1 February 2024); October the driest since records began in 1950, 41% less rain "
          "than normal; about 36 ships a day normally, 32 since 30 July, a maximum draft of 44 feet. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    comayagua()
    costa_rica()
    canal()
