"""The table of facts of the four-hundred-and-forty-fourth development set (issue 12), an untouched transfer set: three
clusters from Mexico, Indonesian and English mixed.

Each mention of a figure or date is written down once with what it states (``M``): the fact, its value, the as-of time
of a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md): same
fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and every
other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset444/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def blast():
    R, K, T, A = "reuters-dec20", "kompas-dec21", "tempo-dec22", "apnews-jan20"
    # as-of times of the running tallies: Tuesday 20 December 2016 at 19:30 (at least 26 dead, more than 70 injured)
    # and at 23:00 (29 dead, 72 injured), Wednesday 21 December (31 dead by the state health ministry against 32 by
    # federal civil protection: sources; the injured revised down from 72 to 70 after a double listing), the end of
    # December (35) and Thursday 19 January 2017 (42). The dead do not fall.
    TUE19, TUE23, WED, DEC31, JAN19 = "2016-12-20a", "2016-12-20b", "2016-12-21", "2016-12-31", "2017-01-19"
    STATE, FED = "the State of Mexico's health ministry", "federal civil protection"
    names = {
     "dead": "people killed by the blasts", "injured": "people injured", "dead_scene": "people killed at the scene",
     "died_hosp": "people who died on the way to or in hospital on the first day",
     "died_wed": "burn victims who died in hospital on Wednesday", "double": "injured listed twice",
     "critical": "injured in critical condition", "kids": "children flown to Galveston", "stalls": "stalls of the market",
     "dist": "distance of Tultepec from Mexico City (km)", "mourning": "days of mourning",
     # dates
     "blast": "day of the blasts", "count_tue": "day of the count of 29", "count_wed": "day of the count of 31",
     "count_42": "day of the count of 42", "fire2005": "month of the earlier fire at the market",
    }
    ms = [
     M(R, "Tuesday", D, "blast", "2016-12-20"),
     M(R, "at least 26 people", N, "dead", 26, TUE19, qual="atleast"),
     M(R, "more than 70", N, "injured", 70, TUE19, qual="morethan"),
     M(R, "32 km", N, "dist", 32, cls="km"),
     M(R, "at least 26 bodies", N, "dead", 26, TUE19, qual="atleast"),
     M(R, "roughly 300 stalls", N, "stalls", 300, qual="approx", cls="stalls"),
     M(R, "More than 70 people", N, "injured", 70, TUE19, qual="morethan"),
     M(R, "September 2005", D, "fire2005", "2005-09"),

     M(K, "29 orang", N, "dead", 29, TUE23),
     M(K, "Selasa (20/12/2016)", D, "count_tue", "2016-12-20"),
     M(K, "72 orang", N, "injured", 72, TUE23),
     M(K, "26 korban", N, "dead_scene", 26),
     M(K, "tiga lainnya", N, "died_hosp", 3),
     M(K, "sekitar 300 kios", N, "stalls", 300, qual="approx", cls="stalls"),
     M(K, "tiga di antaranya", N, "kids", 3),
     M(K, "32 kilometer", N, "dist", 32, cls="km"),
     M(K, "September 2005", D, "fire2005", "2005-09"),

     M(T, "31 orang", N, "dead", 31, WED, src=STATE),
     M(T, "Rabu (21/12/2016)", D, "count_wed", "2016-12-21"),
     M(T, "Dua korban", N, "died_wed", 2),
     M(T, "32 orang", N, "dead", 32, WED, src=FED),
     M(T, "72", N, "injured", 72, TUE23),
     M(T, "70 orang", N, "injured", 70, WED),
     M(T, "dua nama", N, "double", 2),
     M(T, "Senin (19/12/2016)", D, "blast", "2016-12-19", planted=True),
     M(T, "12 korban", N, "critical", 12),
     M(T, "tiga hari", N, "mourning", 3, cls="dur"),

     M(A, "Dec. 20", D, "blast", "2016-12-20"),
     M(A, "42", N, "dead", 42, JAN19),
     M(A, "Thursday", D, "count_42", "2017-01-19"),
     M(A, "29", N, "dead", 29, TUE23),
     M(A, "35", N, "dead", 35, DEC31),
     M(A, "Dec. 21", D, "count_wed", "2016-12-21"),
     M(A, "31 dead", N, "dead", 31, WED, src=STATE),
     M(A, "at 32", N, "dead", 32, WED, src=FED),
     M(A, "27 injured", N, "injured", 27, TUE23, planted=True),
     M(A, "Three children", N, "kids", 3),
     M(A, "32 km", N, "dist", 32, cls="km"),
    ]
    build("tultepec-blast-2016", "The explosions at the San Pablito fireworks market in Tultepec, State of Mexico, on "
          "Tuesday 20 December 2016 from about 14:50 local time: the toll rising from at least 26 at 19:30 and 29 at "
          "23:00 on the day to 31 on Wednesday 21 December by the state health ministry (32 by federal civil "
          "protection: sources), 35 by the end of December and 42 by Thursday 19 January 2017; the injured counted at "
          "more than 70 and then 72 on the day, revised down to 70 on Wednesday after a double listing; about 300 "
          "stalls destroyed; three burned children flown to Galveston, Texas", False, ms, names)


def reform():
    A, R, K, T = "antara-apr08", "reuters-apr17", "kompas-apr19", "tempo-may03"
    # steps on different dates: the Supreme Court's ruling on the 2021 electricity law (Thursday 7 April 2022), the
    # lower house's rejection of the constitutional reform (Sunday 17 April, 275 for, 223 against), the lower house's
    # lithium vote and the president's remarks (both Monday 18 April), the Senate's lithium vote (Tuesday 19 April),
    # the signing (Wednesday 20 April). Tempting pairs: 7, 8 and 11 justices; 275 and 223 votes against 277 and 500
    # seats; 54% for the state utility against 46% for private producers.
    names = {
     "j_against": "justices who found the law unconstitutional", "j_total": "justices of the Supreme Court",
     "j_needed": "justices' votes needed to strike a law down", "share": "market share guaranteed to the state utility (%)",
     "private": "cap on private producers' share (%)", "seats_gov": "seats of the governing coalition",
     "seats_total": "seats of the lower house", "ayes": "votes for the reform", "noes": "votes against the reform",
     "debate": "hours of debate",
     # dates
     "ruling": "day of the Supreme Court's ruling", "law2021": "month the electricity law was passed",
     "proposal": "month the reform was sent to Congress", "vote": "day of the lower house's vote on the reform",
     "lithium_lower": "day the lower house passed the lithium bill", "remark": "day of the president's remarks",
     "lithium_senate": "day the Senate passed the lithium bill", "signed": "day the lithium law was signed",
    }
    ms = [
     M(A, "Kamis (7/4/2022)", D, "ruling", "2022-04-07"),
     M(A, "Tujuh", N, "j_against", 7, cls="justices"),
     M(A, "11 hakim agung", N, "j_total", 11, cls="justices"),
     M(A, "delapan hakim", N, "j_needed", 8, cls="justices"),
     M(A, "Maret 2021", D, "law2021", "2021-03"),
     M(A, "sedikitnya 54 persen", N, "share", 54, qual="atleast", cls="pct"),
     M(A, "46 persen", N, "private", 46, cls="pct"),
     M(A, "sekitar 277", N, "seats_gov", 277, qual="approx", cls="members"),
     M(A, "500 kursi", N, "seats_total", 500, cls="members"),

     M(R, "Sunday", D, "vote", "2022-04-17"),
     M(R, "275 votes", N, "ayes", 275, cls="members"),
     M(R, "223 against", N, "noes", 223, cls="members"),
     M(R, "about 12 hours", N, "debate", 12, qual="approx", cls="hrs"),
     M(R, "at least 54%", N, "share", 54, qual="atleast", cls="pct"),
     M(R, "46%", N, "private", 46, cls="pct"),
     M(R, "September 2021", D, "proposal", "2021-09"),
     M(R, "April 7", D, "ruling", "2022-04-07"),
     M(R, "seven", N, "j_against", 7, cls="justices"),
     M(R, "11 justices", N, "j_total", 11, cls="justices"),
     M(R, "eight votes", N, "j_needed", 8, cls="justices"),

     M(K, "Senin (18/4/2022)", D, "lithium_lower", "2022-04-18"),
     M(K, "Minggu (17/4/2022)", D, "vote", "2022-04-17"),
     M(K, "275 anggota", N, "ayes", 275, cls="members"),
     M(K, "233 anggota", N, "noes", 233, cls="members", planted=True),
     M(K, "Senin", D, "remark", "2022-04-18", occ=2),
     M(K, "sedikitnya 54 persen", N, "share", 54, qual="atleast", cls="pct"),

     M(T, "Selasa (19/4/2022)", D, "lithium_senate", "2022-04-19"),
     M(T, "Rabu (20/4/2022)", D, "signed", "2022-04-20"),
     M(T, "Senin (18/4/2022)", D, "lithium_lower", "2022-04-18"),
     M(T, "Minggu (17/4/2022)", D, "vote", "2022-04-17"),
     M(T, "275 suara", N, "ayes", 275, cls="members"),
     M(T, "223 menolak", N, "noes", 223, cls="members"),
     M(T, "52 persen", N, "share", 52, cls="pct", planted=True),
     M(T, "7 April", D, "ruling", "2022-04-07"),
     M(T, "tujuh hakim agung", N, "j_against", 7, cls="justices"),
    ]
    build("electricity-reform-2022", "Mexico's electricity reform: the Supreme Court left the 2021 electricity industry "
          "law in place on Thursday 7 April 2022 (seven of 11 justices against it, eight needed); the lower house "
          "rejected the constitutional reform guaranteeing the state utility at least 54% of the market on Sunday 17 "
          "April 2022 (275 for, 223 against, short of two-thirds); the lithium bill passed the lower house on Monday 18 "
          "April (the day of the president's remarks on the defeat) and the Senate on Tuesday 19 April, and was signed "
          "on Wednesday 20 April 2022", False, ms, names)


def fuel():
    R, K, A, J = "reuters-dec27", "kompas-dec28", "antara-dec29", "apnews-jan02"
    names = {
     "magna": "Magna price from 1 January (pesos/l)", "magna_old": "Magna price before (pesos/l)",
     "prem": "Premium price from 1 January (pesos/l)", "prem_old": "Premium price before (pesos/l)",
     "diesel": "diesel price from 1 January (pesos/l)", "diesel_old": "diesel price before (pesos/l)",
     "magna_pct": "Magna rise (%)", "prem_pct": "Premium rise (%)", "diesel_pct": "diesel rise (%)",
     "tank": "extra cost of a 40-litre tank (pesos)",
     # dates
     "announce": "day of the announcement", "effective": "day the new prices took effect",
     "queue": "day the queues at filling stations began", "protest": "day of the road blockades",
    }
    ms = [
     M(R, "Tuesday", D, "announce", "2016-12-27"),
     M(R, "Jan. 1", D, "effective", "2017-01-01"),
     M(R, "14.2 percent", N, "magna_pct", 14.2, cls="pct"),
     M(R, "15.99 pesos", N, "magna", 15.99, cls="peso"),
     M(R, "13.98 pesos", N, "magna_old", 13.98, cls="peso"),
     M(R, "20.1 percent", N, "prem_pct", 20.1, cls="pct"),
     M(R, "17.79 pesos", N, "prem", 17.79, cls="peso"),
     M(R, "16.5 percent", N, "diesel_pct", 16.5, cls="pct"),
     M(R, "17.05 pesos", N, "diesel", 17.05, cls="peso"),
     M(R, "14.81 pesos", N, "prem_old", 14.81, cls="peso"),
     M(R, "14.63 pesos", N, "diesel_old", 14.63, cls="peso"),

     M(K, "Minggu (1/1/2017)", D, "effective", "2017-01-01"),
     M(K, "Selasa (27/12/2016)", D, "announce", "2016-12-27"),
     M(K, "14,2 persen", N, "magna_pct", 14.2, cls="pct"),
     M(K, "13,98 peso", N, "magna_old", 13.98, cls="peso"),
     M(K, "15,99 peso", N, "magna", 15.99, cls="peso"),
     M(K, "14,81 peso", N, "prem_old", 14.81, cls="peso"),
     M(K, "17,79 peso", N, "prem", 17.79, cls="peso"),
     M(K, "20,1 persen", N, "prem_pct", 20.1, cls="pct"),
     M(K, "16,5 persen", N, "diesel_pct", 16.5, cls="pct"),
     M(K, "14,63 peso", N, "diesel_old", 14.63, cls="peso"),
     M(K, "17,05 peso", N, "diesel", 17.05, cls="peso"),

     M(A, "15,99 peso", N, "magna", 15.99, cls="peso"),
     M(A, "Minggu (1/1/2017)", D, "effective", "2017-01-01"),
     M(A, "13,98 peso", N, "magna_old", 13.98, cls="peso"),
     M(A, "sekitar 14 persen", N, "magna_pct", 14, qual="approx", cls="pct"),
     M(A, "Selasa (27/12/2016)", D, "announce", "2016-12-27"),
     M(A, "17,79 peso", N, "prem", 17.79, cls="peso"),
     M(A, "17,05 peso", N, "diesel", 17.05, cls="peso"),
     M(A, "20,1 persen", N, "prem_pct", 20.1, cls="pct"),
     M(A, "16,5 persen", N, "diesel_pct", 16.5, cls="pct"),
     M(A, "Rabu (28/12/2016)", D, "queue", "2016-12-28"),

     M(J, "Sunday, Jan. 1", D, "effective", "2017-01-01"),
     M(J, "Dec. 27", D, "announce", "2016-12-27"),
     M(J, "15.99 pesos", N, "magna", 15.99, cls="peso"),
     M(J, "13.98 pesos", N, "magna_old", 13.98, cls="peso"),
     M(J, "about 14 percent", N, "magna_pct", 14, qual="approx", cls="pct"),
     M(J, "20.1 percent", N, "prem_pct", 20.1, cls="pct"),
     M(J, "17.79 pesos", N, "prem", 17.79, cls="peso"),
     M(J, "16.5 percent", N, "diesel_pct", 16.5, cls="pct"),
     M(J, "17.05 pesos", N, "diesel", 17.05, cls="peso"),
     M(J, "Monday", D, "protest", "2017-01-02"),
     M(J, "about 80 pesos", N, "tank", 80, qual="approx", cls="peso"),
    ]
    build("mexico-fuel-prices-2017", "Mexico's fuel price rise announced by the finance ministry on Tuesday 27 December "
          "2016 and in force from Sunday 1 January 2017 (control): the maximum price of Magna gasoline from 13.98 to "
          "15.99 pesos a litre (14.2%), Premium from 14.81 to 17.79 pesos (20.1%), diesel from 14.63 to 17.05 pesos "
          "(16.5%). Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    blast()
    reform()
    fuel()
