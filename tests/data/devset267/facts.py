"""The two-hundred-and-sixty-seventh development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset267/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def floods():
    R, K, T, A = "reuters-may27", "kompas-may31", "detik-jun01", "ap-jun20"
    # as-of times of the Disaster Management Centre's tallies: Friday 26 May (91), Saturday 27 May (146 dead, 112
    # missing), Monday 29 May (180), Wednesday 31 May (202 dead, 96 missing), Thursday 1 June
    # (corrected down to 194, 99 missing), Tuesday 20 June (213 dead, 79 missing). The missing may fall as bodies are
    # found; the dead do not, so the correction 202 -> 194 is a revision.
    F26, S27, S28, M29, W31, T01, J20 = ("2017-05-26", "2017-05-27", "2017-05-28", "2017-05-29", "2017-05-31",
                                         "2017-06-01", "2017-06-20")
    names = {
     "dead": "people killed", "missing": "people missing", "dead_rat": "dead in Ratnapura district",
     "displaced": "people in shelters", "affected": "people affected", "districts": "districts affected",
     "dead2003": "dead in the 2003 floods", "ships": "Indian navy ships", "hours": "hours of the forecast",
     # dates
     "rain": "day the rains began", "asof_fri": "day of the count of 91", "asof_sun": "day of the count of 164",
     "asof_mon": "day of the count of 180", "asof_wed": "day of the count of 202", "asof_thu": "day of the correction",
     "asof_sat": "day of the count of 146", "y2003": "the 2003 floods", "asof_tue": "day of the latest count",
    }
    ms = [
     M(R, "May 27", D, "asof_sat", "2017-05-27"),
     M(R, "At least 146 people", N, "dead", 146, S27, qual="atleast"),
     M(R, "Saturday", D, "asof_sat", "2017-05-27"),
     M(R, "112 people", N, "missing", 112, S27, fall=True),
     M(R, "91 dead", N, "dead", 91, F26),
     M(R, "Friday, May 26", D, "rain", "2017-05-26"),
     M(R, "58 of the dead", N, "dead_rat", 58, S27),
     M(R, "2003", D, "y2003", "2003"),
     M(R, "about 250 people", N, "dead2003", 250, qual="approx"),
     M(R, "two navy ships", N, "ships", 2),
     M(R, "24 hours", N, "hours", 24, cls="dur"),

     M(K, "202 orang", N, "dead", 202, W31),
     M(K, "Rabu (31/5/2017)", D, "asof_wed", "2017-05-31"),
     M(K, "96 orang", N, "missing", 96, W31, fall=True),
     M(K, "Senin (29/5/2017)", D, "asof_mon", "2017-05-29"),
     M(K, "180 orang", N, "dead", 180, M29),
     M(K, "Jumat (26/5/2017)", D, "rain", "2017-05-26"),
     M(K, "Lebih dari 75.000 orang", N, "displaced", 75000, W31, qual="morethan", fall=True),
     M(K, "2003", D, "y2003", "2003"),
     M(K, "sekitar 250 orang", N, "dead2003", 250, qual="approx"),

     M(T, "194 orang", N, "dead", 194, T01),
     M(T, "Kamis (1/6/2017)", D, "asof_thu", "2017-06-01"),
     M(T, "Rabu (31/5/2017)", D, "asof_wed", "2017-05-31"),
     M(T, "202 orang", N, "dead", 202, W31),
     M(T, "99 orang", N, "missing", 99, T01, fall=True),
     M(T, "Jumat (26/5/2017)", D, "rain", "2017-05-26"),
     M(T, "Lebih dari 600.000 orang", N, "affected", 600000, T01, qual="morethan"),
     M(T, "15 distrik", N, "districts", 15),
     M(T, "79 korban tewas", N, "dead_rat", 79, T01),

     M(A, "Thursday, May 25", D, "rain", "2017-05-25", planted=True),
     M(A, "213 people", N, "dead", 213, J20),
     M(A, "79 people", N, "missing", 79, J20, fall=True),
     M(A, "Tuesday", D, "asof_tue", "2017-06-20"),
     M(A, "89 of the dead", N, "dead_rat", 89, J20),
     M(A, "More than 600,000 people", N, "affected", 600000, J20, qual="morethan"),
     M(A, "15 districts", N, "districts", 15),
     M(A, "2003", D, "y2003", "2003"),
     M(A, "about 250 people", N, "dead2003", 250, qual="approx"),
    ]
    build("srilanka-floods-2017", "Floods and landslides in southern and western Sri Lanka after monsoon rains from "
          "Friday 26 May 2017: the Disaster Management Centre's toll rising 91 (Friday) -> 146 (Saturday 27 May) -> 180 "
          "(Monday 29 May) -> 202 (Wednesday 31 May), corrected down to 194 on Thursday 1 June (names counted "
          "twice), 213 by 20 June; missing 112 -> 96 -> 99 -> 79; Ratnapura district's dead 58 -> 79 -> 89; more than "
          "600,000 affected in 15 districts; the worst since the floods of 2003 (about 250 dead)", False, ms, names)


def rohingya():
    T, R, K, A = "detik-sep06", "reuters-sep12", "kompas-nov24", "ap-dec14"
    # as-of times of the UN refugee agency's count of arrivals in Bangladesh since 25 August 2017: Tuesday 5 September
    # (123,000), Wednesday 6 September (146,000), Sunday 10 September (313,000), Tuesday 12 September (370,000), 23
    # November ("more than 620,000"), mid-December (646,000). The dead: the Myanmar government's "almost 400" against
    # the aid group's estimate of at least 6,700 in the first month (sources).
    S05, S06, S10, S12, N23, D14 = "2017-09-05", "2017-09-06", "2017-09-10", "2017-09-12", "2017-11-23", "2017-12-14"
    MM, MSF = "the Myanmar government", "Doctors Without Borders"
    names = {
     "arrivals": "Rohingya arrived in Bangladesh since 25 August", "posts": "police posts attacked",
     "sec_dead": "security personnel killed in the attacks", "dead": "people killed in the violence",
     "militants": "militants among the dead (government)", "earlier": "Rohingya in Bangladesh before the exodus",
     "acres": "acres for a new camp", "months": "months before repatriation begins", "weeks": "weeks to form the group",
     "children": "children under five killed (aid group)", "age": "age limit of the children",
     "days": "days of the exodus",
     # dates
     "asof_wed": "day of the count of 146,000", "asof_tue": "day of the count of 123,000", "attack": "day of the attacks",
     "asof_sun": "day of the count of 313,000", "zeid": "day of the rights chief's speech", "deal": "day the deal was signed",
     "start": "start of the aid group's period", "end": "end of the aid group's period",
     "hrc": "day of the Human Rights Council's special session", "asof_sep12": "day of the count of 370,000",
    }
    ms = [
     M(T, "146.000 warga Rohingya", N, "arrivals", 146000, S06),
     M(T, "Rabu (6/9/2017)", D, "asof_wed", "2017-09-06"),
     M(T, "123.000 orang", N, "arrivals", 123000, S05),
     M(T, "Selasa (5/9/2017)", D, "asof_tue", "2017-09-05"),
     M(T, "30 pos polisi", N, "posts", 30),
     M(T, "Jumat (25/8/2017)", D, "attack", "2017-08-25"),
     M(T, "12 anggota pasukan keamanan", N, "sec_dead", 12),
     M(T, "hampir 400 orang", N, "dead", 400, qual="nearly", src=MM),
     M(T, "370", N, "militants", 370),
     M(T, "sekitar 400.000 pengungsi", N, "earlier", 400000, qual="approx"),

     M(R, "Sept 12", D, "asof_sep12", "2017-09-12"),
     M(R, "About 370,000", N, "arrivals", 370000, S12, qual="approx"),
     M(R, "Aug. 25", D, "attack", "2017-08-25"),
     M(R, "Tuesday", D, "asof_sep12", "2017-09-12"),
     M(R, "313,000", N, "arrivals", 313000, S10),
     M(R, "Sunday", D, "asof_sun", "2017-09-10"),
     M(R, "about 30 police posts", N, "posts", 30, qual="approx"),
     M(R, "12 members", N, "sec_dead", 12),
     M(R, "almost 400", N, "dead", 400, qual="nearly", src=MM),
     M(R, "Monday", D, "zeid", "2017-09-11"),
     M(R, "2,000 acres", N, "acres", 2000),
     M(R, "some 400,000 Rohingya", N, "earlier", 400000, qual="approx"),

     M(K, "Kamis (23/11/2017)", D, "deal", "2017-11-23"),
     M(K, "dua bulan", N, "months", 2, cls="dur"),
     M(K, "Jumat (25/8/2017)", D, "attack", "2017-08-25"),
     M(K, "lebih dari 620.000 warga Rohingya", N, "arrivals", 620000, N23, qual="morethan"),
     M(K, "30 pos polisi", N, "posts", 30),
     M(K, "21 anggota pasukan keamanan", N, "sec_dead", 21, planted=True),
     M(K, "hampir 400 korban tewas", N, "dead", 400, qual="nearly", src=MM),
     M(K, "tiga minggu", N, "weeks", 3, cls="dur"),

     M(A, "At least 6,700 Rohingya", N, "dead", 6700, qual="atleast", src=MSF),
     M(A, "at least 730 children", N, "children", 730, qual="atleast"),
     M(A, "Aug. 25", D, "start", "2017-08-25"),
     M(A, "Sept. 24", D, "end", "2017-09-24"),
     M(A, "about 400 people", N, "dead", 400, qual="approx", src=MM),
     M(A, "Some 646,000 Rohingya", N, "arrivals", 646000, D14, qual="approx"),
     M(A, "Nov. 22", D, "deal", "2017-11-22", planted=True),
     M(A, "two months", N, "months", 2, cls="dur"),
     M(A, "Dec. 5", D, "hrc", "2017-12-05"),
    ]
    build("rohingya-exodus-2017", "The flight of Rohingya from Myanmar to Bangladesh after the attacks on about 30 police "
          "posts of Friday 25 August 2017 (12 security personnel killed): the UN refugee agency's count of arrivals "
          "123,000 (5 September) -> 146,000 (6 September) -> 313,000 (10 September) -> about 370,000 (12 September) -> "
          "more than 620,000 (23 November) -> some 646,000 (December); the Myanmar government's almost 400 dead against "
          "Doctors Without Borders' at least 6,700 killed from 25 August to 24 September; the UN rights chief's speech "
          "of Monday 11 September; the repatriation deal of Thursday 23 November 2017; the Human Rights Council's "
          "special session of 5 December", False, ms, names)


def budget():
    R, B, K, A = "reuters-jun01", "bisnis-jun02", "kompas-jun03", "nikkei-jun04"
    names = {
     "budget": "the budget (crore taka)", "growth": "growth target", "inflation": "inflation target",
     "revenue": "revenue (crore taka)", "nbr": "revenue from the National Board of Revenue (crore taka)",
     "deficit": "the deficit (crore taka)", "deficit_pct": "the deficit (% of GDP)", "adp": "the development programme (crore taka)",
     "prev": "the outgoing year's budget (crore taka)",
     # dates
     "presented": "day the budget was presented", "fy_start": "start of the fiscal year", "fy_end": "end of the fiscal year",
    }
    TK, PCT = "tk", "pct"
    ms = [
     M(R, "June 1", D, "presented", "2023-06-01"),
     M(R, "Thursday", D, "presented", "2023-06-01"),
     M(R, "761,785 crore taka", N, "budget", 761785, cls=TK, occ=1),
     M(R, "July 1", D, "fy_start", "2023-07-01"),
     M(R, "7.5%", N, "growth", 7.5, cls=PCT),
     M(R, "6%", N, "inflation", 6, cls=PCT),
     M(R, "500,000 crore taka", N, "revenue", 500000, cls=TK),
     M(R, "430,000 crore taka", N, "nbr", 430000, cls=TK),
     M(R, "261,785 crore taka", N, "deficit", 261785, cls=TK),
     M(R, "5.2%", N, "deficit_pct", 5.2, cls=PCT),
     M(R, "263,000 crore taka", N, "adp", 263000, cls=TK),
     M(R, "678,064 crore taka", N, "prev", 678064, cls=TK),

     M(B, "761.785 crore taka", N, "budget", 761785, cls=TK),
     M(B, "Kamis (1/6/2023)", D, "presented", "2023-06-01"),
     M(B, "7,5 persen", N, "growth", 7.5, cls=PCT),
     M(B, "6 persen", N, "inflation", 6, cls=PCT),
     M(B, "500.000 crore taka", N, "revenue", 500000, cls=TK),
     M(B, "430.000 crore taka", N, "nbr", 430000, cls=TK),
     M(B, "261.785 crore taka", N, "deficit", 261785, cls=TK),
     M(B, "5,2 persen", N, "deficit_pct", 5.2, cls=PCT),
     M(B, "263.000 crore taka", N, "adp", 263000, cls=TK),
     M(B, "1 Juli 2023", D, "fy_start", "2023-07-01"),
     M(B, "30 Juni 2024", D, "fy_end", "2024-06-30"),
     M(B, "678.064 crore taka", N, "prev", 678064, cls=TK),

     M(K, "sekitar 7,62 triliun taka", N, "budget", 762000, qual="approx", cls=TK),
     M(K, "1 Juli 2023", D, "fy_start", "2023-07-01"),
     M(K, "Kamis (1/6/2023)", D, "presented", "2023-06-01"),
     M(K, "7,5 persen", N, "growth", 7.5, cls=PCT),
     M(K, "6 persen", N, "inflation", 6, cls=PCT),
     M(K, "500.000 crore taka", N, "revenue", 500000, cls=TK),
     M(K, "261.785 crore taka", N, "deficit", 261785, cls=TK),
     M(K, "5,2 persen", N, "deficit_pct", 5.2, cls=PCT),
     M(K, "430.000 crore taka", N, "nbr", 430000, cls=TK),
     M(K, "263.000 crore taka", N, "adp", 263000, cls=TK),
     M(K, "678.064 crore taka", N, "prev", 678064, cls=TK),

     M(A, "about Tk 7.62 trillion", N, "budget", 762000, qual="approx", cls=TK),
     M(A, "July 1, 2023", D, "fy_start", "2023-07-01"),
     M(A, "7.5%", N, "growth", 7.5, cls=PCT),
     M(A, "June 1", D, "presented", "2023-06-01"),
     M(A, "Thursday", D, "presented", "2023-06-01"),
     M(A, "6%", N, "inflation", 6, cls=PCT),
     M(A, "500,000 crore taka", N, "revenue", 500000, cls=TK),
     M(A, "261,785 crore taka", N, "deficit", 261785, cls=TK),
     M(A, "5.2%", N, "deficit_pct", 5.2, cls=PCT),
     M(A, "430,000 crore taka", N, "nbr", 430000, cls=TK),
     M(A, "263,000 crore taka", N, "adp", 263000, cls=TK),
     M(A, "678,064 crore taka", N, "prev", 678064, cls=TK),
    ]
    build("bangladesh-budget-2023", "Bangladesh's budget for the fiscal year 2023-24 (control), presented in parliament "
          "on Thursday 1 June 2023: 761,785 crore taka (about Tk 7.62 trillion), growth target 7.5%, inflation target "
          "6%, revenue 500,000 crore taka (430,000 from the National Board of Revenue), deficit 261,785 crore taka "
          "(5.2% of GDP), development programme 263,000 crore taka, the outgoing year's 678,064 crore taka; the fiscal "
          "year from 1 July 2023 to 30 June 2024. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    floods()
    rohingya()
    budget()
