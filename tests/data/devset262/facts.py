"""The two-hundred-and-sixty-second development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset262/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def aqaba():
    K, R, T, A = "kompas-jun28", "reuters-jun29", "detik-jul5", "ap-jul20"
    # as-of times of the running tallies: Monday 27 June 2022 in the first hours (the port officials' 11 dead) and at
    # night (the crisis cell's 12 dead and 251 injured, 123 still in hospital, eight Jordanians and four Asians among
    # the dead), Tuesday 28 June (13 dead, more than 260 injured, 70 patients at one hospital), Monday 4 July (the
    # inquiry's findings, 13 dead, more than 260 injured) and the final count as reported on 20 July (13 dead, 265
    # injured). The dead and the injured do not fall; the patients still in hospital may (they are discharged).
    MON0, MON, TUE, JUL4, FINAL = "2022-06-27a", "2022-06-27b", "2022-06-28", "2022-07-04", "2022-07-20"
    # sources: the government's crisis cell (and the officials' final count) against the health minister's count of
    # people admitted to hospital (332), which is an estimate of the same harm from another body.
    CELL, HM = "the government's crisis cell", "the health minister"
    names = {
     "dead": "people killed", "injured": "people injured", "jordanians": "Jordanians among the dead",
     "asians": "Asian workers among the dead", "hospital": "people still in hospital on Monday night",
     "tank": "the chlorine tank's weight (tonnes)", "more_tanks": "further chlorine tanks waiting to be loaded",
     "cordon": "the cordon around the berth (m)", "islamic": "patients at the Islamic Hospital",
     # dates
     "leak": "day of the leak", "count_mon": "day of the crisis cell's first night count",
     "asof_tue": "day the toll rose to 13", "probe": "day the prosecutor opened the investigation",
     "findings": "day the inquiry's findings were made public",
    }
    ms = [
     M(K, "12 orang", N, "dead", 12, MON, src=CELL),
     M(K, "251 orang", N, "injured", 251, MON, src=CELL),
     M(K, "Senin (27/6/2022)", D, "leak", "2022-06-27"),
     M(K, "11 orang", N, "dead", 11, MON0),
     M(K, "25 ton", N, "tank", 25, cls="ton"),
     M(K, "delapan warga Yordania", N, "jordanians", 8, MON),
     M(K, "empat pekerja", N, "asians", 4, MON),
     M(K, "Senin malam", D, "count_mon", "2022-06-27"),
     M(K, "123 korban", N, "hospital", 123, MON, fall=True),
     M(K, "20 tangki", N, "more_tanks", 20),

     M(R, "13", N, "dead", 13, TUE, src=CELL),
     M(R, "Tuesday", D, "asof_tue", "2022-06-28"),
     M(R, "more than 260 people", N, "injured", 260, TUE, qual="morethan", src=CELL),
     M(R, "12 dead", N, "dead", 12, MON, src=CELL),
     M(R, "251 injured", N, "injured", 251, MON, src=CELL),
     M(R, "Monday night", D, "count_mon", "2022-06-27"),
     M(R, "332 people", N, "injured", 332, TUE, src=HM),
     M(R, "Tuesday", D, "probe", "2022-06-28", occ=2),
     M(R, "25-tonne", N, "tank", 25, cls="ton"),
     M(R, "500 metres", N, "cordon", 500, cls="m"),
     M(R, "70 patients", N, "islamic", 70, TUE, fall=True),

     M(T, "13 orang", N, "dead", 13, JUL4, src=CELL),
     M(T, "Senin (4/7/2022)", D, "findings", "2022-07-04"),
     M(T, "52 ton", N, "tank", 52, cls="ton", planted=True),
     M(T, "Senin (27/6/2022)", D, "leak", "2022-06-27"),
     M(T, "Selasa (28/6/2022)", D, "probe", "2022-06-28"),
     M(T, "lebih dari 260 orang", N, "injured", 260, JUL4, qual="morethan", src=CELL),
     M(T, "332 orang", N, "injured", 332, TUE, src=HM),

     M(A, "June 27", D, "leak", "2022-06-27"),
     M(A, "13 people", N, "dead", 13, FINAL, src=CELL),
     M(A, "265", N, "injured", 265, FINAL, src=CELL),
     M(A, "25-ton", N, "tank", 25, cls="ton"),
     M(A, "132 people", N, "hospital", 132, MON, fall=True, planted=True),
     M(A, "July 4", D, "findings", "2022-07-04"),
     M(A, "June 28", D, "probe", "2022-06-28"),
    ]
    build("aqaba-chlorine-2022", "The chlorine gas leak at the port of Aqaba, Jordan (Monday 27 June 2022): a 25-tonne "
          "tank bound for Djibouti fell from a crane onto the ship Forest 6; the port officials' first 11 dead, the "
          "crisis cell's 12 dead and 251 injured on Monday night (123 still in hospital), 13 dead and more than 260 "
          "injured on Tuesday 28 June, 13 dead and 265 injured in the final count; the health minister's 332 admitted "
          "to hospital; the public prosecutor's investigation opened on Tuesday 28 June and the government inquiry's "
          "findings made public on Monday 4 July 2022", False, ms, names)


def sanaa():
    R, T1, T2, A = "reuters-apr20", "detik-apr21", "tempo-apr25", "ap-may15"
    # the dead: the Houthi officials' first toll of at least 85 in the first hours after the crush (late on Wednesday
    # 19 April 2023) lowered to 78 (a revision: a later as-of time, a lower figure); 78 repeated on later days is an
    # update. The injured: the Houthi-run health ministry's 77 (13 critically) against the AP's at least 73, credited
    # to witnesses and Houthi officials (sources). The organisers detained: two on Thursday 20 April, three by Friday
    # 21 April (a tally that rises).
    EARLY, APR20, APR21, APR25, MAY15 = "2023-04-19", "2023-04-20", "2023-04-21", "2023-04-25", "2023-05-15"
    HEALTH, AP = "the Houthi-run health ministry", "the AP (witnesses and Houthi officials)"
    names = {
     "dead": "people killed", "injured": "people injured", "critical": "injured in a critical condition",
     "cash": "cash each person was to receive (rials)", "usd": "the handout's worth in dollars",
     "detained": "organisers detained", "war": "years of war", "prisoners": "prisoners swapped",
     "swap_days": "days the swap lasted", "in_need": "people in Yemen needing aid", "appeal": "the UN's appeal",
     # dates
     "stampede": "day of the stampede", "said_thu": "day the health ministry gave its count",
     "detained_day": "day two organisers were reported detained", "eid": "day of Eid al-Fitr",
     "swap": "day the prisoner swap began", "truce": "month the truce took effect",
     "truce_end": "month the truce expired",
    }
    ms = [
     M(R, "At least 78 people", N, "dead", 78, APR20, qual="atleast"),
     M(R, "Wednesday", D, "stampede", "2023-04-19"),
     M(R, "Thursday", D, "said_thu", "2023-04-20"),
     M(R, "77 people", N, "injured", 77, APR20, src=HEALTH),
     M(R, "13", N, "critical", 13, APR20, src=HEALTH),
     M(R, "5,000 Yemeni rials", N, "cash", 5000, cls="money"),
     M(R, "about $9", N, "usd", 9, qual="approx", cls="money"),
     M(R, "at least 85 dead", N, "dead", 85, EARLY, qual="atleast"),
     M(R, "78", N, "dead", 78, APR20, occ=2),
     M(R, "two merchants", N, "detained", 2, APR20),
     M(R, "eight years", N, "war", 8, cls="dur"),

     M(T1, "78 orang", N, "dead", 78, APR21),
     M(T1, "Rabu (19/4/2023)", D, "stampede", "2023-04-19"),
     M(T1, "77 orang", N, "injured", 77, APR20, src=HEALTH),
     M(T1, "13 orang", N, "critical", 13, APR20, src=HEALTH),
     M(T1, "sedikitnya 73 orang", N, "injured", 73, APR20, qual="atleast", src=AP),
     M(T1, "5.000 riyal", N, "cash", 5000, cls="money"),
     M(T1, "sekitar 9 dolar AS", N, "usd", 9, qual="approx", cls="money"),
     M(T1, "tiga pedagang", N, "detained", 3, APR21),
     M(T1, "dua orang", N, "detained", 2, APR20),
     M(T1, "Kamis (20/4/2023)", D, "detained_day", "2023-04-20"),
     M(T1, "Jumat (21/4/2023)", D, "eid", "2023-04-21"),
     M(T1, "delapan tahun", N, "war", 8, cls="dur"),

     M(T2, "78 orang", N, "dead", 78, APR25),
     M(T2, "Selasa (18/4/2023)", D, "stampede", "2023-04-18", planted=True),
     M(T2, "sedikitnya 85 orang", N, "dead", 85, EARLY, qual="atleast"),
     M(T2, "13 korban", N, "critical", 13, APR20, src=HEALTH),
     M(T2, "5.000 riyal", N, "cash", 5000, cls="money"),
     M(T2, "Tiga pedagang", N, "detained", 3, APR25),
     M(T2, "hampir 900 tahanan", N, "prisoners", 900, qual="nearly"),
     M(T2, "Jumat (14/4/2023)", D, "swap", "2023-04-14"),
     M(T2, "tiga hari", N, "swap_days", 3, cls="dur"),
     M(T2, "delapan tahun", N, "war", 8, cls="dur"),

     M(A, "78 people", N, "dead", 78, MAY15),
     M(A, "April 19", D, "stampede", "2023-04-19"),
     M(A, "77 people", N, "injured", 77, APR20, src=HEALTH),
     M(A, "31", N, "critical", 31, APR20, src=HEALTH, planted=True),
     M(A, "at least 85 people", N, "dead", 85, EARLY, qual="atleast"),
     M(A, "5,000 rials", N, "cash", 5000, cls="money"),
     M(A, "about $9", N, "usd", 9, qual="approx", cls="money"),
     M(A, "Three merchants", N, "detained", 3, MAY15),
     M(A, "nearly 900 prisoners", N, "prisoners", 900, qual="nearly"),
     M(A, "three days", N, "swap_days", 3, cls="dur"),
     M(A, "April 14", D, "swap", "2023-04-14"),
     M(A, "21.6 million people", N, "in_need", 21600000),
     M(A, "$4.3 billion", N, "appeal", 4.3e9, cls="money"),
     M(A, "April 2022", D, "truce", "2022-04"),
     M(A, "October", D, "truce_end", "2022-10"),
    ]
    build("sanaa-stampede-2023", "The stampede at a Ramadan cash handout in a school in the Old City of Sanaa, Yemen "
          "(late on Wednesday 19 April 2023): the Houthi officials' first toll of at least 85 dead lowered to 78; the "
          "Houthi-run health ministry's 77 injured, 13 critically, against the AP's at least 73; 5,000 rials (about $9) "
          "a person; two organisers detained on Thursday 20 April, three by Friday 21 April; Eid al-Fitr on Friday 21 "
          "April; the prisoner swap of nearly 900 over three days from Friday 14 April 2023", False, ms, names)


def census():
    A, B, C, E = "arabnews-may31", "antara-jun1", "thenational-jun2", "cnbcindonesia-jun3"
    names = {
     "total": "residents of Saudi Arabia", "saudis": "Saudi nationals", "non": "non-Saudi residents",
     "pct_saudis": "share of Saudi nationals (%)", "men": "men",
     "women": "women", "pct_men": "share of men (%)", "pct_women": "share of women (%)",
     "median": "median age (years)", "age30": "age limit of the young Saudis (years)",
     "pct_young": "share of Saudis under 30 (%)", "growth": "growth since 2010 (%)",
     "increase": "increase since 2010 (people)",
     # dates
     "announced": "day the results were announced", "held": "month the census was carried out",
     "base": "year of the previous census", "first": "year of the first census", "planned": "year first planned",
    }
    ms = [
     M(A, "32,175,224", N, "total", 32175224),
     M(A, "Wednesday", D, "announced", "2023-05-31"),
     M(A, "18.8 million", N, "saudis", 18.8e6),
     M(A, "58.4 percent", N, "pct_saudis", 58.4, cls="pct"),
     M(A, "13.4 million", N, "non", 13.4e6),
     M(A, "19.7 million", N, "men", 19.7e6),
     M(A, "61.2 percent", N, "pct_men", 61.2, cls="pct"),
     M(A, "12.5 million", N, "women", 12.5e6),
     M(A, "38.8 percent", N, "pct_women", 38.8, cls="pct"),
     M(A, "29", N, "median", 29, cls="age"),
     M(A, "63 percent", N, "pct_young", 63, cls="pct"),
     M(A, "30", N, "age30", 30, cls="age"),
     M(A, "34.2 percent", N, "growth", 34.2, cls="pct"),
     M(A, "2010", D, "base", "2010"),
     M(A, "8.2 million", N, "increase", 8.2e6),
     M(A, "May 2022", D, "held", "2022-05"),
     M(A, "1974", D, "first", "1974"),
     M(A, "2020", D, "planned", "2020"),

     M(B, "32,2 juta jiwa", N, "total", 32.2e6, qual="approx"),
     M(B, "Rabu (31/5/2023)", D, "announced", "2023-05-31"),
     M(B, "18,8 juta jiwa", N, "saudis", 18.8e6),
     M(B, "58,4 persen", N, "pct_saudis", 58.4, cls="pct"),
     M(B, "13,4 juta jiwa", N, "non", 13.4e6),
     M(B, "29 tahun", N, "median", 29, cls="age"),
     M(B, "63 persen", N, "pct_young", 63, cls="pct"),
     M(B, "30 tahun", N, "age30", 30, cls="age"),
     M(B, "19,7 juta jiwa", N, "men", 19.7e6),
     M(B, "61,2 persen", N, "pct_men", 61.2, cls="pct"),
     M(B, "12,5 juta jiwa", N, "women", 12.5e6),
     M(B, "38,8 persen", N, "pct_women", 38.8, cls="pct"),
     M(B, "2010", D, "base", "2010"),
     M(B, "34,2 persen", N, "growth", 34.2, cls="pct"),
     M(B, "sekitar 8,2 juta jiwa", N, "increase", 8.2e6, qual="approx"),
     M(B, "Mei 2022", D, "held", "2022-05"),
     M(B, "1974", D, "first", "1974"),
     M(B, "2020", D, "planned", "2020"),

     M(C, "May 31", D, "announced", "2023-05-31"),
     M(C, "32.2 million", N, "total", 32.2e6, qual="approx"),
     M(C, "18.8 million", N, "saudis", 18.8e6),
     M(C, "13.4 million", N, "non", 13.4e6),
     M(C, "58.4%", N, "pct_saudis", 58.4, cls="pct"),
     M(C, "29 years", N, "median", 29, cls="age"),
     M(C, "63%", N, "pct_young", 63, cls="pct"),
     M(C, "19.7 million", N, "men", 19.7e6),
     M(C, "12.5 million", N, "women", 12.5e6),
     M(C, "61.2%", N, "pct_men", 61.2, cls="pct"),
     M(C, "38.8%", N, "pct_women", 38.8, cls="pct"),
     M(C, "34.2%", N, "growth", 34.2, cls="pct"),
     M(C, "2010", D, "base", "2010"),
     M(C, "8.2 million", N, "increase", 8.2e6),
     M(C, "May 2022", D, "held", "2022-05"),
     M(C, "1974", D, "first", "1974"),

     M(E, "32.175.224 jiwa", N, "total", 32175224),
     M(E, "Rabu (31/5/2023)", D, "announced", "2023-05-31"),
     M(E, "18,8 juta jiwa", N, "saudis", 18.8e6),
     M(E, "58,4%", N, "pct_saudis", 58.4, cls="pct"),
     M(E, "13,4 juta jiwa", N, "non", 13.4e6),
     M(E, "61,2%", N, "pct_men", 61.2, cls="pct"),
     M(E, "19,7 juta jiwa", N, "men", 19.7e6),
     M(E, "38,8%", N, "pct_women", 38.8, cls="pct"),
     M(E, "12,5 juta jiwa", N, "women", 12.5e6),
     M(E, "29 tahun", N, "median", 29, cls="age"),
     M(E, "63%", N, "pct_young", 63, cls="pct"),
     M(E, "30 tahun", N, "age30", 30, cls="age"),
     M(E, "34,2%", N, "growth", 34.2, cls="pct"),
     M(E, "2010", D, "base", "2010"),
     M(E, "sekitar 8,2 juta jiwa", N, "increase", 8.2e6, qual="approx"),
     M(E, "Mei 2022", D, "held", "2022-05"),
     M(E, "1974", D, "first", "1974"),
     M(E, "2020", D, "planned", "2020"),
    ]
    build("saudi-census-2022", "The first results of Saudi Arabia's 2022 census (control), announced by the General "
          "Authority for Statistics on Wednesday 31 May 2023: 32,175,224 residents (32.2 million), 18.8 million Saudis "
          "(58.4%) and 13.4 million non-Saudis, 19.7 million men (61.2%) and 12.5 million women (38.8%), a "
          "median age of 29, 63% of Saudis under 30, growth of 34.2% (8.2 million) since the 2010 census; carried out in "
          "May 2022, planned for 2020, the first census in 1974. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    aqaba()
    sanaa()
    census()
