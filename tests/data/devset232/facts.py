"""The two-hundred-and-thirty-second development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset232/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def marawi():
    K, R, T, A = "kompas-jun02", "reuters-jul05", "detik-jul10", "ap-dec14"
    # as-of times of the running tallies: Thursday 1 June 2017 (the armed forces' count of 164), Tuesday 4 July (the
    # military's count on the day of the Supreme Court ruling), Sunday 9 July in the evening (the government's 507),
    # Monday 23 October (the end of combat operations: 920, 165, 47). The militants, the troops, the rescued and the
    # firearms rise; the civilian dead fall once, from 44 on 4 July to 39 on 9 July, when the military found bodies
    # counted twice (a revision), then rise again to 47. The displaced may fall as people go home.
    JUN1, JUL4, JUL9, OCT23 = "2017-06-01", "2017-07-04", "2017-07-09", "2017-10-23"
    # Votes, periods and dates do not change with the day of the report: the Supreme Court's ruling (Tuesday 4 July,
    # 11 of 15 justices), Congress's first extension (Saturday 22 July, 261-18, the day the 60 days ran out) and its
    # second (Wednesday 13 December, 240-27; senators 14-4, House 226-23; 158 needed) are different stages.
    names = {
     "dead_total": "people killed in the Marawi fighting", "militants": "militants killed",
     "govt": "soldiers and police killed", "civilians": "civilians killed",
     "airstrike": "soldiers killed by the misdirected air strike", "rescued": "civilians rescued",
     "firearms": "firearms seized from the militants", "holdouts": "militants still holding out",
     "displaced": "people displaced", "families": "families displaced", "bounty": "US bounty on Hapilon (US$ million)",
     "ml_period": "days of the proclamation", "retaken": "share of the city retaken (%)",
     "sc_yes": "justices voting to uphold", "sc_size": "justices of the Supreme Court",
     "sc_partial": "justices voting to confine the proclamation", "sc_needed": "votes needed to strike it down",
     "cong1_yes": "votes for the first extension", "cong1_no": "votes against the first extension",
     "cong2_yes": "votes for the second extension", "cong2_no": "votes against the second extension",
     "sen2_yes": "senators for the second extension", "sen2_no": "senators against the second extension",
     "house2_yes": "House members for the second extension", "house2_no": "House members against the second extension",
     "needed": "votes needed in the joint session",
     # dates
     "asof_jun1": "day of the count of 164", "airstrike_day": "day of the misdirected air strike",
     "siege": "day the siege began and the proclamation was signed", "sc_ruling": "day of the Supreme Court ruling",
     "asof_jul4": "day of the count of 337 militants", "ml_lapse": "day the 60 days ran out",
     "marcos": "year of the Marcos-era proclamation", "asof_jul9": "day of the count of 507",
     "cong2": "day of the second extension vote", "ext2_start": "first day of the second extension",
     "ext2_end": "last day of the second extension", "cong1": "day of the first extension vote",
     "combat_end": "day combat operations ended", "leaders": "day the siege leaders were killed",
     "constitution": "year of the Constitution",
    }
    V = "votes"
    ms = [
     M(K, "164 orang", N, "dead_total", 164, JUN1),
     M(K, "Kamis (1/6/2017)", D, "asof_jun1", "2017-06-01"),
     M(K, "120 orang", N, "militants", 120, JUN1),
     M(K, "25 orang", N, "govt", 25, JUN1),
     M(K, "19 orang", N, "civilians", 19, JUN1),
     M(K, "Sepuluh tentara", N, "airstrike", 10),
     M(K, "Rabu (31/5/2017)", D, "airstrike_day", "2017-05-31"),
     M(K, "966 warga sipil", N, "rescued", 966, JUN1),
     M(K, "98 pucuk senjata api", N, "firearms", 98, JUN1),
     M(K, "Selasa (23/5/2017)", D, "siege", "2017-05-23"),
     M(K, "5 juta dollar AS", N, "bounty", 5, cls="usd"),
     M(K, "60 hari", N, "ml_period", 60, cls="dur"),
     M(K, "sekitar 90 persen", N, "retaken", 90, qual="approx", cls="pct"),

     M(R, "Tuesday", D, "sc_ruling", "2017-07-04"),
     M(R, "11 of the 15 justices", N, "sc_yes", 11, cls=V, also={"sc_size": 15}),
     M(R, "three", N, "sc_partial", 3, cls=V),
     M(R, "eight votes", N, "sc_needed", 8, cls=V),
     M(R, "May 23", D, "siege", "2017-05-23"),
     M(R, "60 days", N, "ml_period", 60, cls="dur"),
     M(R, "July 22", D, "ml_lapse", "2017-07-22"),
     M(R, "337 militants", N, "militants", 337, JUL4),
     M(R, "44 civilians", N, "civilians", 44, JUL4),
     M(R, "Tuesday", D, "asof_jul4", "2017-07-04", occ=2),
     M(R, "more than 460", N, "dead_total", 460, JUL4, qual="morethan"),
     M(R, "More than 1,700 civilians", N, "rescued", 1700, JUL4, qual="morethan"),
     M(R, "1972", D, "marcos", "1972"),

     M(T, "507 orang", N, "dead_total", 507, JUL9),
     M(T, "Minggu (9/7/2017)", D, "asof_jul9", "2017-07-09"),
     M(T, "379 militan", N, "militants", 379, JUL9),
     M(T, "89 tentara", N, "govt", 89, JUL9),
     M(T, "39 warga sipil", N, "civilians", 39, JUL9),
     M(T, "1.723 warga sipil", N, "rescued", 1723, JUL9),
     M(T, "451 pucuk senjata api", N, "firearms", 451, JUL9),
     M(T, "101.013 keluarga", N, "families", 101013, JUL9, fall=True),
     M(T, "471.224 jiwa", N, "displaced", 471224, JUL9, fall=True),
     M(T, "Selasa (23/5/2017)", D, "siege", "2017-05-23"),
     M(T, "Senin (3/7/2017)", D, "sc_ruling", "2017-07-03", planted=True),
     M(T, "11 dari 15 hakim agung", N, "sc_yes", 11, cls=V, also={"sc_size": 15}),
     M(T, "sekitar 80 militan", N, "holdouts", 80, JUL9, qual="approx", fall=True),
     M(T, "60 hari", N, "ml_period", 60, cls="dur"),
     M(T, "Sabtu (22/7/2017)", D, "ml_lapse", "2017-07-22"),

     M(A, "240-27", N, "cong2_yes", 240, cls=V, also={"cong2_no": 27}),
     M(A, "Wednesday", D, "cong2", "2017-12-13"),
     M(A, "14-4", N, "sen2_yes", 14, cls=V, also={"sen2_no": 4}),
     M(A, "226-23", N, "house2_yes", 226, cls=V, also={"house2_no": 23}),
     M(A, "158 votes", N, "needed", 158, cls=V),
     M(A, "Jan. 1", D, "ext2_start", "2018-01-01"),
     M(A, "Dec. 31, 2018", D, "ext2_end", "2018-12-31"),
     M(A, "May 24", D, "siege", "2017-05-24", planted=True),
     M(A, "July 22", D, "cong1", "2017-07-22"),
     M(A, "261-18", N, "cong1_yes", 261, cls=V, also={"cong1_no": 18}),
     M(A, "July 4", D, "sc_ruling", "2017-07-04"),
     M(A, "Oct. 23", D, "combat_end", "2017-10-23"),
     M(A, "920 militants", N, "militants", 920, OCT23),
     M(A, "165 soldiers and police", N, "govt", 165, OCT23),
     M(A, "47 civilians", N, "civilians", 47, OCT23),
     M(A, "Oct. 16", D, "leaders", "2017-10-16"),
     M(A, "1987", D, "constitution", "1987"),
    ]
    build("marawi-siege-2017", "The siege of Marawi, Mindanao (Tuesday 23 May to Monday 23 October 2017) and the "
          "military rule proclaimed over Mindanao the day it began: the toll rising 164 on Thursday 1 June (120 "
          "militants, 25 troops, 19 civilians) -> more than 460 on Tuesday 4 July (337 militants, 44 civilians) -> 507 "
          "on Sunday 9 July (379, 89, 39: the civilian count revised down from 44 to 39 for bodies counted twice) -> "
          "920 militants, 165 troops and police, 47 civilians at the end; the Supreme Court upholding the proclamation "
          "on Tuesday 4 July (11 of 15 justices), Congress extending it on Saturday 22 July (261-18) and on Wednesday 13 "
          "December 2017 (240-27) through 2018", False, ms, names)


def mangkhut():
    R, K, A, T = "reuters-sep16", "kompas-sep18", "ap-sep22", "tempo-oct08"
    # as-of times of the running tallies: Sunday 16 September 2018 in the police's morning count (30), at the
    # presidential adviser's afternoon briefing (29) and in the police's evening count (49); Monday 17 September
    # (the police's 66 at 15.00, the disaster council's 8 confirmed), Tuesday 18 September (the police's 74, the
    # presidential spokesman's 63), Thursday 20 September (evacuees), Friday 21 September (the police's 88, the
    # council's damage estimate), Friday 28 September (the council's last report), Tuesday 2 October (the Cordillera
    # regional council's 114). The dead, the injured and the damage rise; the missing and the evacuees may fall.
    SUN_AM, SUN_PM, SUN_EV = "2018-09-16a", "2018-09-16b", "2018-09-16c"
    MON, TUE, THU, FRI, SEP28, OCT2 = "2018-09-17", "2018-09-18", "2018-09-20", "2018-09-21", "2018-09-28", "2018-10-02"
    # Different bodies count the dead differently (sources, also across days): the presidential adviser, the
    # national police (reports from its stations), the presidential spokesman, the national disaster council (only
    # deaths confirmed by local officials and doctors) and the Cordillera regional council.
    ADV, PNP, PAL, NDR, REG = ("the presidential adviser", "the national police", "the presidential spokesman",
                               "the national disaster council", "the Cordillera regional council")
    names = {
     "dead": "people killed nationwide", "missing": "people missing nationwide", "injured": "people injured",
     "dead_car": "dead in the Cordillera region", "dead_cv": "dead in the Cagayan Valley",
     "dead_cl": "dead in Central Luzon", "dead_ncr": "dead in metropolitan Manila", "dead_ilocos": "dead in Ilocos",
     "unverified": "deaths still being verified", "affected": "people affected", "families": "families affected",
     "provinces": "provinces affected", "evacuees": "people in evacuation centers",
     "dead_benguet": "dead in Benguet province", "dead_baguio": "dead in Baguio",
     "dead_itogon": "dead in Itogon", "missing_itogon": "missing in Itogon",
     "wind": "sustained winds at landfall (kph)", "gust": "gusts at landfall (kph)", "width": "the storm's width (km)",
     "damage": "damage (billion pesos)", "crops": "crop losses (billion pesos)",
     # dates
     "asof_sun": "day of the first tolls", "landfall": "day of landfall", "asof_mon": "day of the police's count of 66",
     "visit": "day the president visited Benguet", "asof_tue": "day of the counts of 74 and 63",
     "asof_fri": "day of the count of 88", "asof_thu": "day of the evacuee count", "handover": "day the search was handed over",
     "asof_sep28": "day of the disaster council's last report",
    }
    ms = [
     M(R, "at least 29 people", N, "dead", 29, SUN_PM, qual="atleast", src=ADV),
     M(R, "Sunday", D, "asof_sun", "2018-09-16"),
     M(R, "Saturday", D, "landfall", "2018-09-15"),
     M(R, "205 kph", N, "wind", 205, cls="kph"),
     M(R, "285 kph", N, "gust", 285, cls="kph"),
     M(R, "49 people", N, "dead", 49, SUN_EV, src=PNP),
     M(R, "30", N, "dead", 30, SUN_AM, src=PNP),
     M(R, "some 900 km", N, "width", 900, qual="approx", cls="km"),

     M(K, "66 orang", N, "dead", 66, MON, src=PNP),
     M(K, "Senin (17/9/2018)", D, "asof_mon", "2018-09-17"),
     M(K, "52 orang hilang", N, "missing", 52, MON, src=PNP, fall=True),
     M(K, "63 orang luka-luka", N, "injured", 63, MON, src=PNP),
     M(K, "54 korban tewas", N, "dead_car", 54, MON, src=PNP),
     M(K, "delapan kematian", N, "dead", 8, MON, src=NDR),
     M(K, "dua orang hilang", N, "missing", 2, MON, src=NDR, fall=True),
     M(K, "sekitar 50 laporan kematian", N, "unverified", 50, MON, qual="approx", fall=True),
     M(K, "Sabtu (15/9/2018)", D, "landfall", "2018-09-15"),
     M(K, "205 kilometer per jam", N, "wind", 205, cls="kph"),
     M(K, "591.762 orang", N, "affected", 591762, MON, src=NDR),
     M(K, "147.540 keluarga", N, "families", 147540, MON, src=NDR),
     M(K, "31 provinsi", N, "provinces", 31),
     M(K, "Senin", D, "visit", "2018-09-17", occ=2),

     M(A, "88", N, "dead", 88, FRI, src=PNP),
     M(A, "Friday", D, "asof_fri", "2018-09-21"),
     M(A, "64 others", N, "missing", 64, FRI, src=PNP, fall=True),
     M(A, "56", N, "dead", 56, MON, src=PNP, planted=True),
     M(A, "Monday", D, "asof_mon", "2018-09-17"),
     M(A, "74", N, "dead", 74, TUE, src=PNP),
     M(A, "Tuesday", D, "asof_tue", "2018-09-18"),
     M(A, "72", N, "dead_car", 72, FRI, src=PNP),
     M(A, "10 in the Cagayan Valley", N, "dead_cv", 10, FRI),
     M(A, "three in Central Luzon", N, "dead_cl", 3, FRI),
     M(A, "two in metropolitan Manila", N, "dead_ncr", 2, FRI),
     M(A, "one in the Ilocos region", N, "dead_ilocos", 1, FRI),
     M(A, "63", N, "dead", 63, TUE, src=PAL),
     M(A, "Tuesday", D, "asof_tue", "2018-09-18", occ=2),
     M(A, "17.97 billion pesos", N, "damage", 17.97, FRI, src=NDR, cls="php"),
     M(A, "Friday", D, "asof_fri", "2018-09-21", occ=2),
     M(A, "14.33 billion pesos", N, "crops", 14.33, FRI, src=NDR, cls="php"),
     M(A, "Thursday", D, "asof_thu", "2018-09-20"),
     M(A, "12,189 people", N, "evacuees", 12189, THU, fall=True),
     M(A, "Saturday, Sept. 15", D, "landfall", "2018-09-15"),

     M(T, "Selasa (2/10/2018)", D, "handover", "2018-10-02"),
     M(T, "Selasa", D, "handover", "2018-10-02", occ=2),
     M(T, "114 orang", N, "dead_car", 114, OCT2, src=REG),
     M(T, "94 orang", N, "dead_benguet", 94, OCT2, src=REG),
     M(T, "13 orang", N, "dead_baguio", 13, OCT2, src=REG),
     M(T, "89 korban", N, "dead_itogon", 89, OCT2, src=REG),
     M(T, "Delapan orang", N, "missing_itogon", 8, OCT2, src=REG, fall=True),
     M(T, "Sabtu (15/9/2018)", D, "landfall", "2018-09-15"),
     M(T, "250 kilometer per jam", N, "wind", 250, cls="kph", planted=True),
     M(T, "Jumat (28/9/2018)", D, "asof_sep28", "2018-09-28"),
     M(T, "sekitar 33,7 miliar peso", N, "damage", 33.7, SEP28, qual="approx", src=NDR, cls="php"),
     M(T, "26,8 miliar peso", N, "crops", 26.8, SEP28, src=NDR, cls="php"),
     M(T, "2.634.617 orang", N, "affected", 2634617, SEP28, src=NDR),
     M(T, "31 provinsi", N, "provinces", 31),
    ]
    build("mangkhut-luzon-2018", "Typhoon Mangkhut (Ompong) in the northern Philippines, landfall in Baggao, Cagayan, "
          "before dawn on Saturday 15 September 2018 (205 kph, gusts 285 kph): the dead counted by several bodies - "
          "the presidential adviser's at least 29 and the police's 30 -> 49 on Sunday 16 September, the police's 66 on "
          "Monday 17 September against the disaster council's 8 confirmed, the police's 74 and the presidential "
          "spokesman's 63 on Tuesday, the police's 88 on Friday 21 September (72 in the Cordillera); the Cordillera "
          "regional council's 114 on Tuesday 2 October (94 in Benguet, 89 in Itogon); damage 17.97 -> about 33.7 "
          "billion pesos", False, ms, names)


def train():
    R, B, P, A = "reuters-dec19", "bisnis-dec20", "philstar-dec21", "antara-dec22"
    # one signing ceremony (Tuesday 19 December 2017), the same figures everywhere; amounts in billions of pesos
    # (cls php), small peso amounts (cls peso), per-liter taxes (cls perl). The 6 pesos per liter on sweetened drinks
    # and the 6 pesos per liter on diesel in 2020 are different facts (none).
    names = {
     "budget": "the 2018 budget (billion pesos)", "budget2017": "the 2017 budget (billion pesos)",
     "growth": "the budget's increase (%)", "revenue": "revenue the tax law is to raise (billion pesos)",
     "educ": "education's allocation", "dilg": "the interior department's allocation",
     "dnd": "the defence department's allocation", "dswd": "the social welfare department's allocation",
     "exempt": "income exempt from income tax (pesos a year)", "bonus": "tax-free ceiling for year-end bonuses",
     "vat": "sales ceiling for the VAT exemption", "ssb": "tax on sweetened drinks (pesos per liter)",
     "hfcs": "tax on drinks with high-fructose corn syrup", "diesel18": "diesel excise next year",
     "diesel19": "diesel excise in 2019", "diesel20": "diesel excise in 2020", "taxpayers": "taxpayers paying less (%)",
     # dates
     "signed": "day of the signing", "effect": "day the laws take effect", "y2019": "the 2019 step of the excise",
     "y2020": "the 2020 step of the excise", "pay": "day the doubled base pay starts",
    }
    ms = [
     M(R, "Tuesday", D, "signed", "2017-12-19"),
     M(R, "about 130 billion pesos", N, "revenue", 130, qual="approx", cls="php"),
     M(R, "3.767 trillion peso", N, "budget", 3767, cls="php"),
     M(R, "12 percent", N, "growth", 12, cls="pct"),
     M(R, "3.35 trillion pesos", N, "budget2017", 3350, cls="php"),
     M(R, "553.3 billion pesos", N, "educ", 553.3, cls="php"),
     M(R, "250,000 pesos", N, "exempt", 250000, cls="peso"),
     M(R, "90,000 pesos", N, "bonus", 90000, cls="peso"),
     M(R, "6 pesos per liter", N, "ssb", 6, cls="perl"),
     M(R, "12 pesos per liter", N, "hfcs", 12, cls="perl"),
     M(R, "2.50 pesos per liter", N, "diesel18", 2.5, cls="perl"),
     M(R, "4.50 pesos", N, "diesel19", 4.5, cls="perl"),
     M(R, "2019", D, "y2019", "2019"),
     M(R, "6 pesos", N, "diesel20", 6, cls="perl", occ=2),
     M(R, "2020", D, "y2020", "2020"),
     M(R, "3 million pesos", N, "vat", 3000000, cls="peso"),
     M(R, "Jan. 1, 2018", D, "effect", "2018-01-01"),

     M(B, "3,767 triliun peso", N, "budget", 3767, cls="php"),
     M(B, "Selasa (19/12/2017)", D, "signed", "2017-12-19"),
     M(B, "12 persen", N, "growth", 12, cls="pct"),
     M(B, "3,35 triliun peso", N, "budget2017", 3350, cls="php"),
     M(B, "553,3 miliar peso", N, "educ", 553.3, cls="php"),
     M(B, "170,8 miliar peso", N, "dilg", 170.8, cls="php"),
     M(B, "149,7 miliar peso", N, "dnd", 149.7, cls="php"),
     M(B, "sekitar 130 miliar peso", N, "revenue", 130, qual="approx", cls="php"),
     M(B, "250.000 peso", N, "exempt", 250000, cls="peso"),
     M(B, "90.000 peso", N, "bonus", 90000, cls="peso"),
     M(B, "6 peso per liter", N, "ssb", 6, cls="perl"),
     M(B, "12 peso per liter", N, "hfcs", 12, cls="perl"),
     M(B, "3 juta peso", N, "vat", 3000000, cls="peso"),
     M(B, "1 Januari 2018", D, "effect", "2018-01-01"),

     M(P, "P3.767-trillion", N, "budget", 3767, cls="php"),
     M(P, "Tuesday", D, "signed", "2017-12-19"),
     M(P, "about 99 percent", N, "taxpayers", 99, qual="approx", cls="pct"),
     M(P, "some P130 billion", N, "revenue", 130, qual="approx", cls="php"),
     M(P, "P250,000", N, "exempt", 250000, cls="peso"),
     M(P, "P90,000", N, "bonus", 90000, cls="peso"),
     M(P, "P6 per liter", N, "ssb", 6, cls="perl"),
     M(P, "P12 per liter", N, "hfcs", 12, cls="perl"),
     M(P, "P2.50 per liter", N, "diesel18", 2.5, cls="perl"),
     M(P, "P4.50", N, "diesel19", 4.5, cls="perl"),
     M(P, "2019", D, "y2019", "2019"),
     M(P, "P6", N, "diesel20", 6, cls="perl", occ=2),
     M(P, "2020", D, "y2020", "2020"),
     M(P, "12 percent", N, "growth", 12, cls="pct"),
     M(P, "P3.35-trillion", N, "budget2017", 3350, cls="php"),
     M(P, "P553.3 billion", N, "educ", 553.3, cls="php"),
     M(P, "P170.8 billion", N, "dilg", 170.8, cls="php"),
     M(P, "P149.7 billion", N, "dnd", 149.7, cls="php"),
     M(P, "P141.8 billion", N, "dswd", 141.8, cls="php"),
     M(P, "Jan. 1", D, "pay", "2018-01-01"),
     M(P, "Jan. 1, 2018", D, "effect", "2018-01-01"),

     M(A, "Selasa (19/12)", D, "signed", "2017-12-19"),
     M(A, "1 Januari 2018", D, "effect", "2018-01-01"),
     M(A, "3,77 triliun peso", N, "budget", 3770, qual="approx", cls="php"),
     M(A, "sekitar 130 miliar peso", N, "revenue", 130, qual="approx", cls="php"),
     M(A, "sekitar 99 persen", N, "taxpayers", 99, qual="approx", cls="pct"),
     M(A, "250.000 peso", N, "exempt", 250000, cls="peso"),
     M(A, "90.000 peso", N, "bonus", 90000, cls="peso"),
     M(A, "2,50 peso per liter", N, "diesel18", 2.5, cls="perl"),
     M(A, "4,50 peso", N, "diesel19", 4.5, cls="perl"),
     M(A, "2019", D, "y2019", "2019"),
     M(A, "6 peso", N, "diesel20", 6, cls="perl"),
     M(A, "2020", D, "y2020", "2020"),
     M(A, "6 peso per liter", N, "ssb", 6, cls="perl"),
     M(A, "12 peso per liter", N, "hfcs", 12, cls="perl"),
     M(A, "12 persen", N, "growth", 12, cls="pct"),
     M(A, "553,3 miliar peso", N, "educ", 553.3, cls="php"),
     M(A, "141,8 miliar peso", N, "dswd", 141.8, cls="php"),
    ]
    build("train-budget-2017", "The Philippine president signs the tax reform law (TRAIN) and the 2018 budget (control), "
          "Tuesday 19 December 2017: a budget of 3.767 trillion pesos, 12% more than 2017's 3.35 trillion (education "
          "553.3, interior 170.8, defence 149.7, social welfare 141.8 billion pesos); about 130 billion pesos of new "
          "revenue; income up to 250,000 pesos a year and bonuses up to 90,000 pesos tax-free; VAT exemption up to 3 "
          "million pesos of sales; 6 and 12 pesos per liter on sweetened drinks; diesel excise 2.50 -> 4.50 (2019) -> 6 "
          "pesos (2020); in force on 1 January 2018. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    marawi()
    mangkhut()
    train()
