"""The two-hundred-and-ninety-third development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset293/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def strike():
    K, R, T, A = "kompas-apr30", "reuters-may5", "detik-may7", "ap-may26"
    # as-of times of the running tallies: Thursday 29 April 2021 (3 dead), Monday 3 May (19), Tuesday 4 May evening
    # (26, the ombudsman's count later corrected), Wednesday 5 May (24: the ombudsman's correction, a revision),
    # Tuesday 25 May (42). Temblores' count of deaths it attributes to the police is another source's (31 -> 37 ->
    # 43). The missing: the ombudsman's 87 reports against the prosecutor's office's unlocated people (379 -> 129),
    # counts that may fall. The police injured: 306 -> more than 1,100. The tax bill's 23.4 trillion pesos does not
    # change with the day of the report.
    APR29, MAY3, MAY4, MAY5, MAY6, MAY25 = ("2021-04-29", "2021-05-03", "2021-05-04", "2021-05-05", "2021-05-06",
                                            "2021-05-25")
    DEF, TEMB, FIS = "the ombudsman's office", "Temblores", "the prosecutor's office"
    names = {
     "dead": "people killed in the protests", "dead_police": "deaths attributed to the police",
     "missing": "people reported missing", "missing_reports": "reports of missing people received",
     "police_inj": "police officers injured", "civ_inj": "civilians injured",
     "revenue": "revenue the tax bill sought (trillion pesos)", "revenue_usd": "revenue the tax bill sought (US$ bn)",
     "gdp": "the tax bill's revenue (% of GDP)",
     # dates
     "start": "day the national strike began", "asof_apr29": "day of the count of three dead",
     "may_day": "day of the May Day march", "withdraw": "day the tax bill was withdrawn",
     "resign": "day the finance minister resigned", "asof_may3": "day of the count of 19",
     "asof_may4": "day of the count of 26", "march_may5": "day of the next march",
     "asof_may5": "day of the corrected count of 24", "talks": "day the talks began",
     "health": "day the health bill was shelved", "asof_may25": "day of the count of 42",
    }
    ms = [
     M(K, "Rabu (28/4/2021)", D, "start", "2021-04-28"),
     M(K, "tiga orang", N, "dead", 3, APR29, src=DEF),
     M(K, "Kamis (29/4/2021)", D, "asof_apr29", "2021-04-29"),
     M(K, "23,4 triliun peso", N, "revenue", 23.4, qual="approx", cls="cop"),
     M(K, "6,3 miliar dollar AS", N, "revenue_usd", 6.3, qual="approx", cls="usd"),
     M(K, "Sabtu (1/5/2021)", D, "may_day", "2021-05-01"),

     M(R, "Monday", D, "resign", "2021-05-03"),
     M(R, "Sunday", D, "withdraw", "2021-05-02"),
     M(R, "26 people", N, "dead", 26, MAY4, src=DEF),
     M(R, "Tuesday evening", D, "asof_may4", "2021-05-04"),
     M(R, "19", N, "dead", 19, MAY3, src=DEF),
     M(R, "Monday", D, "asof_may3", "2021-05-03", occ=2),
     M(R, "31 deaths", N, "dead_police", 31, MAY4, src=TEMB),
     M(R, "87 missing people", N, "missing", 87, MAY4, src=DEF, fall=True),
     M(R, "April 28", D, "start", "2021-04-28"),
     M(R, "306 police officers", N, "police_inj", 306, MAY4),
     M(R, "216 civilians", N, "civ_inj", 216, MAY4),
     M(R, "23.4 trillion pesos", N, "revenue", 23.4, cls="cop"),
     M(R, "$6.3 billion", N, "revenue_usd", 6.3, cls="usd"),
     M(R, "about 2%", N, "gdp", 2, qual="approx", cls="pct"),
     M(R, "Wednesday", D, "march_may5", "2021-05-05"),

     M(T, "24 orang", N, "dead", 24, MAY5, src=DEF),
     M(T, "Rabu (5/5/2021)", D, "asof_may5", "2021-05-05"),
     M(T, "26 orang", N, "dead", 26, MAY4, src=DEF),
     M(T, "37 orang", N, "dead_police", 37, MAY6, src=TEMB),
     M(T, "548 laporan", N, "missing_reports", 548, MAY6),
     M(T, "379 orang", N, "missing", 379, MAY6, src=FIS, fall=True),
     M(T, "Minggu (2/5/2021)", D, "withdraw", "2021-05-02"),
     M(T, "Selasa (4/5/2021)", D, "resign", "2021-05-04", planted=True),
     M(T, "Senin (10/5/2021)", D, "talks", "2021-05-10"),
     M(T, "Rabu (28/4/2021)", D, "start", "2021-04-28"),

     M(A, "Tuesday", D, "asof_may25", "2021-05-25"),
     M(A, "42 people", N, "dead", 42, MAY25, src=DEF),
     M(A, "April 28", D, "start", "2021-04-28"),
     M(A, "43", N, "dead_police", 43, MAY25, src=TEMB),
     M(A, "129 people", N, "missing", 129, MAY25, src=FIS, fall=True),
     M(A, "more than 1,100 police officers", N, "police_inj", 1100, MAY25, qual="morethan"),
     M(A, "May 19", D, "health", "2021-05-19"),
     M(A, "May 2", D, "withdraw", "2021-05-02"),
     M(A, "May 3", D, "resign", "2021-05-03"),
     M(A, "24.3 trillion pesos", N, "revenue", 24.3, cls="cop", planted=True),
     M(A, "May 10", D, "talks", "2021-05-10"),
    ]
    build("colombia-strike-2021", "Colombia's national strike against the tax reform (from Wednesday 28 April 2021): "
          "the bill (23.4 trillion pesos, about $6.3 billion) withdrawn on Sunday 2 May, the finance minister Alberto "
          "Carrasquilla's resignation on Monday 3 May, the health bill shelved by a lower-house committee on 19 May, "
          "talks from 10 May; the ombudsman's toll 3 -> 19 -> 26, corrected down to 24 on 5 May, then 42 on 25 May; "
          "Temblores' count of deaths it attributes to the police 31 -> 37 -> 43; the missing (ombudsman 87, the "
          "prosecutor's office 379 -> 129); police injured 306 -> more than 1,100", False, ms, names)


def alausi():
    A, K, T, R = "ap-mar27", "kompas-mar29", "detik-apr1", "reuters-apr20"
    # as-of times of the running tallies: Monday 27 March 2023 (at least 7 dead, 23 injured, about 500 affected),
    # Tuesday 28 March (16 dead, 67 missing), Friday 31 March (30 dead, 46 missing), Wednesday 19 April (33 dead, 43
    # missing). The missing may fall as people are found. The people affected: the risk management agency's about
    # 500 against the mayor's about 800 (sources). The homes damaged or destroyed (163) are the agency's one count.
    MAR27, MAR28, MAR31, APR19 = "2023-03-27", "2023-03-28", "2023-03-31", "2023-04-19"
    SNGR, MAYOR = "the risk management agency", "the mayor of Alausí"
    names = {
     "dead": "people killed", "injured": "people injured", "missing": "people missing",
     "affected": "people affected", "homes": "homes damaged or destroyed", "km": "distance from the capital (km)",
     "emergency": "days of the state of emergency",
     # dates
     "slide": "night of the landslide", "asof_mar27": "day of the first count", "asof_mar28": "day of the count of 16",
     "visit": "day the president visited", "signs": "month the ground began to move",
     "asof_mar31": "day of the count of 30", "road": "day the highway partly reopened",
     "asof_apr19": "day of the count of 33",
    }
    ms = [
     M(A, "late Sunday", D, "slide", "2023-03-26"),
     M(A, "at least seven people", N, "dead", 7, MAR27, qual="atleast"),
     M(A, "Monday", D, "asof_mar27", "2023-03-27"),
     M(A, "23 people", N, "injured", 23, MAR27),
     M(A, "About 500 people", N, "affected", 500, MAR27, qual="approx", src=SNGR),
     M(A, "163 homes", N, "homes", 163),
     M(A, "roughly 300 kilometers", N, "km", 300, qual="approx", cls="km"),

     M(K, "16 orang", N, "dead", 16, MAR28),
     M(K, "Selasa (28/3/2023)", D, "asof_mar28", "2023-03-28"),
     M(K, "23 orang", N, "injured", 23, MAR28),
     M(K, "67 orang", N, "missing", 67, MAR28, fall=True),
     M(K, "Minggu (26/3/2023)", D, "slide", "2023-03-26"),
     M(K, "sekitar 800 orang", N, "affected", 800, MAR28, qual="approx", src=MAYOR),
     M(K, "sekitar 500 orang", N, "affected", 500, MAR28, qual="approx", src=SNGR),
     M(K, "Senin (27/3/2023)", D, "visit", "2023-03-27"),
     M(K, "Februari 2023", D, "signs", "2023-02"),

     M(T, "30 orang", N, "dead", 30, MAR31),
     M(T, "Jumat (31/3/2023)", D, "asof_mar31", "2023-03-31"),
     M(T, "46 orang", N, "missing", 46, MAR31, fall=True),
     M(T, "Sabtu (25/3/2023)", D, "slide", "2023-03-25", planted=True),
     M(T, "163 rumah", N, "homes", 163),
     M(T, "sekitar 500 orang", N, "affected", 500, MAR31, qual="approx", src=SNGR),
     M(T, "60 hari", N, "emergency", 60, cls="dur"),
     M(T, "Kamis (30/3/2023)", D, "road", "2023-03-30"),

     M(R, "33", N, "dead", 33, APR19),
     M(R, "Wednesday", D, "asof_apr19", "2023-04-19"),
     M(R, "43 people", N, "missing", 43, APR19, fall=True),
     M(R, "March 26", D, "slide", "2023-03-26"),
     M(R, "23 people", N, "injured", 23, APR19),
     M(R, "136 homes", N, "homes", 136, planted=True),
     M(R, "about 800", N, "affected", 800, APR19, qual="approx", src=MAYOR),
     M(R, "March 30", D, "road", "2023-03-30"),
     M(R, "60 days", N, "emergency", 60, cls="dur"),
     M(R, "February", D, "signs", "2023-02"),
    ]
    build("alausi-landslide-2023", "The landslide at Alausí, Chimborazo province, Ecuador (the night of Sunday 26 March "
          "2023): the risk management agency's dead at least 7 on Monday 27 March -> 16 on Tuesday 28 March -> 30 on "
          "Friday 31 March -> 33 on Wednesday 19 April; 23 injured; missing 67 -> 46 -> 43; 163 homes damaged or "
          "destroyed; about 500 people affected by the agency's count against the mayor's about 800; a 60-day state of "
          "emergency; the Pan-American Highway partly reopened on Thursday 30 March", False, ms, names)


def census():
    R, AN, K, A = "reuters-sep21", "antara-sep22", "kompas-sep23", "ap-sep25"
    names = {
     "pop": "Ecuador's population in the 2022 census", "pop2010": "Ecuador's population in the 2010 census",
     "growth": "growth since 2010 (%)", "quito": "Quito's population", "guayaquil": "Guayaquil's population",
     "guayas": "Guayas province's population", "pichincha": "Pichincha province's population",
     "share": "share living in Guayas and Pichincha (%)",
     # dates
     "released": "day the results were presented", "census": "year of the census", "prev": "year of the previous census",
     "planned": "year the census was first planned",
    }
    ms = [
     M(R, "16,938,986", N, "pop", 16938986),
     M(R, "Thursday", D, "released", "2023-09-21"),
     M(R, "2022", D, "census", "2022"),
     M(R, "about 17%", N, "growth", 17, qual="approx", cls="pct"),
     M(R, "14,483,499", N, "pop2010", 14483499),
     M(R, "2010", D, "prev", "2010"),
     M(R, "2,679,722", N, "quito", 2679722),
     M(R, "2,650,288", N, "guayaquil", 2650288),
     M(R, "4,391,923", N, "guayas", 4391923),
     M(R, "3,089,473", N, "pichincha", 3089473),
     M(R, "more than 44%", N, "share", 44, qual="morethan", cls="pct"),
     M(R, "2020", D, "planned", "2020"),

     M(AN, "16.938.986", N, "pop", 16938986),
     M(AN, "2022", D, "census", "2022"),
     M(AN, "Kamis (21/9/2023)", D, "released", "2023-09-21"),
     M(AN, "sekitar 17 persen", N, "growth", 17, qual="approx", cls="pct"),
     M(AN, "14.483.499", N, "pop2010", 14483499),
     M(AN, "2010", D, "prev", "2010"),
     M(AN, "2.679.722", N, "quito", 2679722),
     M(AN, "2.650.288", N, "guayaquil", 2650288),
     M(AN, "4.391.923", N, "guayas", 4391923),
     M(AN, "3.089.473", N, "pichincha", 3089473),
     M(AN, "Lebih dari 44 persen", N, "share", 44, qual="morethan", cls="pct"),
     M(AN, "2020", D, "planned", "2020"),

     M(K, "Kamis (21/9/2023)", D, "released", "2023-09-21"),
     M(K, "16.938.986", N, "pop", 16938986),
     M(K, "2022", D, "census", "2022"),
     M(K, "2010", D, "prev", "2010"),
     M(K, "14.483.499", N, "pop2010", 14483499),
     M(K, "sekitar 17 persen", N, "growth", 17, qual="approx", cls="pct"),
     M(K, "2.679.722", N, "quito", 2679722),
     M(K, "2.650.288", N, "guayaquil", 2650288),
     M(K, "4.391.923", N, "guayas", 4391923),
     M(K, "3.089.473", N, "pichincha", 3089473),
     M(K, "lebih dari 44 persen", N, "share", 44, qual="morethan", cls="pct"),
     M(K, "2020", D, "planned", "2020"),

     M(A, "2022", D, "census", "2022"),
     M(A, "Thursday", D, "released", "2023-09-21"),
     M(A, "2,679,722", N, "quito", 2679722),
     M(A, "2,650,288", N, "guayaquil", 2650288),
     M(A, "16,938,986", N, "pop", 16938986),
     M(A, "about 17 percent", N, "growth", 17, qual="approx", cls="pct"),
     M(A, "14,483,499", N, "pop2010", 14483499),
     M(A, "2010", D, "prev", "2010"),
     M(A, "4,391,923", N, "guayas", 4391923),
     M(A, "3,089,473", N, "pichincha", 3089473),
     M(A, "more than 44 percent", N, "share", 44, qual="morethan", cls="pct"),
     M(A, "2020", D, "planned", "2020"),
    ]
    build("ecuador-census-2023", "Ecuador's statistics institute INEC presents the 2022 census (control), Thursday 21 "
          "September 2023: 16,938,986 inhabitants, about 17% more than the 14,483,499 of 2010; Quito 2,679,722 ahead of "
          "Guayaquil 2,650,288; Guayas province 4,391,923, Pichincha 3,089,473, together more than 44% of the "
          "population; the census first planned for 2020. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    strike()
    alausi()
    census()
