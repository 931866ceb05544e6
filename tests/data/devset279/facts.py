"""The two-hundred-and-seventy-ninth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset279/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def jimbaran():
    K, R, T, A = "kompas-oct02", "reuters-oct03", "detik-oct05", "ap-nov10"
    # as-of times of the running tallies: Sunday 2 October 2005 in the morning (the Bali police's first count of 26
    # dead and at least 101 injured), Monday 3 October (the toll revised down to 22 with the three bombers, the
    # injured at 129), Wednesday 5 October (unchanged), 10 November (23 dead in all, more than 100 wounded). The dead
    # and the injured do not fall: 26 -> 22 is a revision.
    SUN, MON, WED, NOV = "2005-10-02", "2005-10-03", "2005-10-05", "2005-11-10"
    names = {
     "bombs": "bombs that went off", "sites": "places attacked", "dead": "people killed in the 2005 bombings",
     "injured": "people injured in the 2005 bombings", "dead2002": "dead in the 2002 bombings",
     "bombers": "suicide bombers", "aus_dead": "Australians killed",
     # dates
     "bomb": "day of the bombings", "asof_sun": "day of the first count", "bomb2002": "the 2002 bombings",
     "asof_mon": "day the toll was revised down", "photos": "day the bombers' photos were released",
     "asof_wed": "day of the count of 22 and 129", "raid": "day of the raid in Batu",
    }
    ms = [
     M(K, "Tiga bom", N, "bombs", 3),
     M(K, "dua lokasi", N, "sites", 2),
     M(K, "Sabtu (1/10/2005)", D, "bomb", "2005-10-01"),
     M(K, "Minggu (2/10/2005)", D, "asof_sun", "2005-10-02"),
     M(K, "26 orang", N, "dead", 26, SUN),
     M(K, "sedikitnya 101 orang", N, "injured", 101, SUN, qual="atleast"),
     M(K, "12 Oktober 2002", D, "bomb2002", "2002-10-12"),
     M(K, "202 orang", N, "dead2002", 202),

     M(R, "down to 22", N, "dead", 22, MON),
     M(R, "Monday", D, "asof_mon", "2005-10-03"),
     M(R, "three suspected suicide bombers", N, "bombers", 3),
     M(R, "Sunday", D, "asof_sun", "2005-10-02"),
     M(R, "26 people", N, "dead", 26, SUN),
     M(R, "129", N, "injured", 129, MON),
     M(R, "Monday", D, "asof_mon", "2005-10-03", occ=2),
     M(R, "Saturday evening", D, "bomb", "2005-10-01"),
     M(R, "four Australians", N, "aus_dead", 4),
     M(R, "202 people", N, "dead2002", 202),
     M(R, "October 2002", D, "bomb2002", "2002-10"),

     M(T, "Rabu (5/10/2005)", D, "photos", "2005-10-05"),
     M(T, "tiga pria", N, "bombers", 3),
     M(T, "Minggu (2/10/2005)", D, "bomb", "2005-10-02", planted=True),
     M(T, "Senin (3/10/2005)", D, "asof_mon", "2005-10-03"),
     M(T, "28 orang", N, "dead", 28, SUN, planted=True),
     M(T, "22 orang", N, "dead", 22, MON),
     M(T, "tiga pelaku", N, "bombers", 3),
     M(T, "Hingga Rabu", D, "asof_wed", "2005-10-05"),
     M(T, "22 orang", N, "dead", 22, WED, occ=2),
     M(T, "129 orang", N, "injured", 129, WED),

     M(A, "Wednesday, Nov. 9", D, "raid", "2005-11-09"),
     M(A, "Oct. 1", D, "bomb", "2005-10-01"),
     M(A, "23 people", N, "dead", 23, NOV),
     M(A, "the three suicide bombers", N, "bombers", 3),
     M(A, "More than 100 people", N, "injured", 100, NOV, qual="morethan"),
     M(A, "26", N, "dead", 26, SUN),
     M(A, "Four Australians", N, "aus_dead", 4),
    ]
    build("jimbaran-bombings-2005", "The second Bali bombings (Saturday 1 October 2005): three suicide bombs at Raja's "
          "restaurant and two seafood cafes on Jimbaran beach; the Bali police's first count of 26 dead and at least 101 "
          "injured on Sunday 2 October, revised down to 22 dead with the three bombers on Monday 3 October (bodies "
          "counted twice), 129 injured; 23 dead in all by November; four Australians among the dead; the raid in Batu "
          "of Wednesday 9 November 2005 in which Azahari bin Husin was killed; the 2002 bombings (202 dead)", False,
          ms, names)


def jakarta_riots():
    R, T, C, A = "reuters-may22", "tempo-may23", "cnn-may27", "ap-jun28"
    # as-of times: Wednesday 22 May 2019 in the morning (the governor's six dead and about 200 injured; the police's
    # 257 arrests that day), Thursday 23 May in the morning (eight dead, 737 injured), Sunday 26 May (447 arrested),
    # the Constitutional Court's ruling of Thursday 27 June (the police's nine dead, the rights commission's 10,
    # 447 suspects). The dead are counted by three sources: the Jakarta governor, the police and the national human
    # rights commission (sources). The election commission's declaration (Tuesday 21 May) and the court's ruling
    # (Thursday 27 June) are two bodies' decisions on different dates.
    WEDAM, WED, THU, SUN26, JUN = "2019-05-22a", "2019-05-22b", "2019-05-23", "2019-05-26", "2019-06-27"
    JKT, POLICE, KOMNAS = "the Jakarta governor", "the police", "the human rights commission"
    names = {
     "dead": "people killed in the riots", "injured": "people injured in the riots",
     "arrested": "people arrested over the riots", "judges": "judges of the Constitutional Court",
     "troops": "police and soldiers deployed for the ruling",
     # dates
     "kpu": "day the election commission declared the result", "asof_wed": "day of the first counts",
     "rally": "day of the rally outside Bawaslu", "asof_thu": "day of the count of eight dead",
     "curbs_start": "day the social media curbs began", "curbs_end": "day the social media curbs were lifted",
     "asof_sun26": "day of the count of 447 arrested", "filed": "day the challenge was filed",
     "ruling": "day of the Constitutional Court's ruling", "inaug": "month of the inauguration",
    }
    ms = [
     M(R, "Six people", N, "dead", 6, WEDAM, src=JKT),
     M(R, "about 200 injured", N, "injured", 200, WEDAM, qual="approx"),
     M(R, "Wednesday", D, "asof_wed", "2019-05-22"),
     M(R, "Tuesday, May 21", D, "kpu", "2019-05-21"),
     M(R, "Tuesday", D, "rally", "2019-05-21", occ=2),
     M(R, "257 people", N, "arrested", 257, WED),

     M(T, "delapan orang", N, "dead", 8, THU, src=JKT),
     M(T, "Kamis (23/5/2019)", D, "asof_thu", "2019-05-23"),
     M(T, "Rabu (22/5/2019)", D, "asof_wed", "2019-05-22"),
     M(T, "enam orang", N, "dead", 6, WEDAM, src=JKT),
     M(T, "737 orang", N, "injured", 737, THU),
     M(T, "Selasa (21/5/2019)", D, "kpu", "2019-05-21"),
     M(T, "257 orang", N, "arrested", 257, WED),
     M(T, "hingga Rabu", D, "asof_wed", "2019-05-22"),
     M(T, "sejak Rabu", D, "curbs_start", "2019-05-22"),

     M(C, "447 orang", N, "arrested", 447, SUN26),
     M(C, "Minggu (26/5/2019)", D, "asof_sun26", "2019-05-26"),
     M(C, "Rabu (22/5/2019)", D, "asof_wed", "2019-05-22"),
     M(C, "275 orang", N, "arrested", 275, WED, planted=True),
     M(C, "Jumat (24/5/2019)", D, "filed", "2019-05-24"),
     M(C, "sejak Rabu", D, "curbs_start", "2019-05-22"),
     M(C, "Sabtu (25/5/2019)", D, "curbs_end", "2019-05-25"),
     M(C, "delapan orang", N, "dead", 8, THU, src=JKT),

     M(A, "Thursday", D, "ruling", "2019-06-27"),
     M(A, "nine judges", N, "judges", 9),
     M(A, "About 47,000 police and soldiers", N, "troops", 47000, qual="approx"),
     M(A, "June 27", D, "ruling", "2019-06-27"),
     M(A, "May 21", D, "kpu", "2019-05-21"),
     M(A, "nine people", N, "dead", 9, JUN, src=POLICE),
     M(A, "10 people", N, "dead", 10, JUN, src=KOMNAS),
     M(A, "447 people", N, "arrested", 447, JUN),
     M(A, "May 25", D, "filed", "2019-05-25", planted=True),
     M(A, "October", D, "inaug", "2019-10"),
    ]
    build("jakarta-riots-2019", "The Jakarta riots after the 2019 presidential result (the election commission's "
          "declaration early on Tuesday 21 May 2019; riots overnight into Wednesday 22 May): the governor's six dead and "
          "about 200 injured on Wednesday, eight dead and 737 injured on Thursday 23 May; the police's 257 arrests on "
          "Wednesday rising to 447 by Sunday 26 May; social media curbs from Wednesday 22 to Saturday 25 May; the "
          "challenge filed at the Constitutional Court on Friday 24 May and rejected unanimously on Thursday 27 June "
          "(about 47,000 police and soldiers deployed); the police's nine dead against the rights commission's 10",
          False, ms, names)


def bali_levy():
    K, R, T, J = "kompas-feb13", "reuters-feb14", "detik-feb15", "jakpost-feb16"
    names = {
     "levy": "the levy (rupiah)", "usd": "the levy (US dollars)", "perda_no": "number of the provincial regulation",
     "law_no": "number of the law on Bali province", "arrivals2023": "foreign arrivals in 2023 (million)",
     "arrivals2019": "foreign arrivals in 2019 (million)",
     # dates
     "start": "day the levy took effect", "perda_year": "year of the provincial regulation",
     "law_year": "year of the law on Bali province", "arr_year": "year of the 5.3 million arrivals",
     "arr2019_year": "year of the 6.3 million arrivals",
    }
    ms = [
     M(K, "Rp 150.000", N, "levy", 150000, cls="rp"),
     M(K, "Rabu (14/2/2024)", D, "start", "2024-02-14"),
     M(K, "Nomor 6", N, "perda_no", 6, cls="regno"),
     M(K, "Tahun 2023", D, "perda_year", "2023"),
     M(K, "Nomor 15", N, "law_no", 15, cls="regno"),
     M(K, "Tahun 2023", D, "law_year", "2023", occ=2),
     M(K, "Sepanjang 2023", D, "arr_year", "2023"),
     M(K, "sekitar 5,3 juta wisatawan", N, "arrivals2023", 5.3, qual="approx", cls="mio"),
     M(K, "2019", D, "arr2019_year", "2019"),
     M(K, "sekitar 6,3 juta wisatawan", N, "arrivals2019", 6.3, qual="approx", cls="mio"),

     M(R, "150,000 rupiah", N, "levy", 150000, cls="rp"),
     M(R, "about $10", N, "usd", 10, qual="approx", cls="usd"),
     M(R, "Wednesday", D, "start", "2024-02-14"),
     M(R, "2023", D, "perda_year", "2023"),
     M(R, "about 5.3 million", N, "arrivals2023", 5.3, qual="approx", cls="mio"),
     M(R, "roughly 6.3 million", N, "arrivals2019", 6.3, qual="approx", cls="mio"),
     M(R, "2019", D, "arr2019_year", "2019"),

     M(T, "Rp 150.000", N, "levy", 150000, cls="rp"),
     M(T, "Rabu (14/2/2024)", D, "start", "2024-02-14"),
     M(T, "sekitar 10 dolar AS", N, "usd", 10, qual="approx", cls="usd"),
     M(T, "Nomor 6", N, "perda_no", 6, cls="regno"),
     M(T, "Tahun 2023", D, "perda_year", "2023"),
     M(T, "Nomor 15", N, "law_no", 15, cls="regno"),
     M(T, "Tahun 2023", D, "law_year", "2023", occ=2),
     M(T, "pada 2023", D, "arr_year", "2023"),
     M(T, "sekitar 5,3 juta orang", N, "arrivals2023", 5.3, qual="approx", cls="mio"),
     M(T, "tahun 2019", D, "arr2019_year", "2019"),
     M(T, "sekitar 6,3 juta orang", N, "arrivals2019", 6.3, qual="approx", cls="mio"),

     M(J, "Feb. 14", D, "start", "2024-02-14"),
     M(J, "Rp 150,000", N, "levy", 150000, cls="rp"),
     M(J, "roughly US$10", N, "usd", 10, qual="approx", cls="usd"),
     M(J, "No. 6/2023", N, "perda_no", 6, cls="regno"),
     M(J, "No. 15/2023", N, "law_no", 15, cls="regno"),
     M(J, "around 5.3 million", N, "arrivals2023", 5.3, qual="approx", cls="mio"),
     M(J, "in 2023", D, "arr_year", "2023"),
     M(J, "6.3 million", N, "arrivals2019", 6.3, cls="mio"),
     M(J, "in 2019", D, "arr2019_year", "2019"),
    ]
    build("bali-tourist-levy-2024", "Bali's levy on foreign tourists (control), in force from Wednesday 14 February "
          "2024: Rp 150,000 (about US$10) per visitor once per entry, under provincial regulation No. 6/2023 and Law No. "
          "15/2023 on Bali province, payable through Love Bali; about 5.3 million foreign arrivals in 2023 against "
          "about 6.3 million in 2019. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    jimbaran()
    jakarta_riots()
    bali_levy()
