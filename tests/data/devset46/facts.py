"""The forty-sixth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset46/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def nice():
    R, T, K, F, G = "reuters-jul15", "detik-jul16", "kompas-jul19", "france24-jul22", "guardian-dec13"
    names = {
     "dead": "death toll of the Nice attack", "injured": "people injured in the attack",
     "critical": "injured in critical condition or intensive care", "children": "children among the dead",
     "route": "distance the truck drove along the promenade (km)", "weight": "the truck's weight (tonnes)",
     "age": "the driver's age", "mourn_days": "days of national mourning", "rent_gap": "days between the rental and the attack",
     "ext_proposed": "extension of the state of emergency Hollande first proposed", "ext_voted": "extension of the state of emergency voted",
     "span": "period of the three mass-casualty attacks", "paris_dead": "dead in the Paris attacks of November 2015",
     "ayes": "National Assembly votes for the extension", "noes": "National Assembly votes against the extension",
     "charged": "suspects charged on 21 July 2016", "defendants": "defendants tried", "main_term": "sentence of Ghraieb and Chafroud",
     "arefa_term": "sentence of Ramzi Arefa", "low_term": "shortest of the other sentences", "high_term": "longest of the other sentences",
     "testimony": "length of the trial's testimony", "others": "other defendants", "berlin_dead": "dead in the Berlin Christmas market attack",
     "berlin_gap": "time between the Nice and Berlin attacks",
     # dates
     "attack": "day of the attack", "briefing": "day of Molins's first briefing", "visit": "day Hollande flew to Nice",
     "mourn_start": "first day of the national mourning", "emerg_end": "day the state of emergency was due to end",
     "paris": "month of the Paris attacks", "search": "day investigators searched the flat", "claim": "day of the IS claim",
     "rental": "day the truck was rented", "ministry": "day of the Indonesian foreign ministry's statement",
     "death85": "day the 85th victim died", "silence": "day of the minute of silence", "assembly": "day of the National Assembly vote",
     "senate": "day of the Senate vote", "charges": "day five suspects were charged", "photos": "year of the fireworks the driver photographed",
     "new_end": "month the extended state of emergency ends", "verdict": "day of the verdict", "trial_open": "day the trial opened",
    }
    ms = [
     M(R, "19-tonne", N, "weight", 19, cls="weight"),
     M(R, "84 people", N, "dead", 84, "2016-07-15"),
     M(R, "202 people", N, "injured", 202, "2016-07-15"),
     M(R, "52", N, "critical", 52, "2016-07-15", fall=True),
     M(R, "about 2 km", N, "route", 2, qual="approx", cls="len"),
     M(R, "31-year-old", N, "age", 31, cls="age"),
     M(R, "10 children", N, "children", 10),
     M(R, "three days", N, "mourn_days", 3, cls="dur"),
     M(R, "three months", N, "ext_proposed", 3, cls="mon"),
     M(R, "18 months", N, "span", 18, cls="mon"),
     M(R, "130 people", N, "paris_dead", 130),
     M(R, "Thursday", D, "attack", "2016-07-14"),
     M(R, "Friday", D, "briefing", "2016-07-15"),
     M(R, "Friday", D, "visit", "2016-07-15", occ=2),
     M(R, "Saturday", D, "mourn_start", "2016-07-16"),
     M(R, "July 26", D, "emerg_end", "2016-07-26"),
     M(R, "November 2015", D, "paris", "2015-11"),
     M(R, "Friday", D, "search", "2016-07-15", occ=3),

     M(T, "Sabtu (16/7/2016)", D, "claim", "2016-07-16"),
     M(T, "Kamis (14/7/2016)", D, "attack", "2016-07-14"),
     M(T, "84 orang", N, "dead", 84, "2016-07-15"),
     M(T, "202 orang", N, "injured", 202, "2016-07-15"),
     M(T, "33 tahun", N, "age", 33, cls="age", planted=True),
     M(T, "19 ton", N, "weight", 19, cls="weight"),
     M(T, "Senin (11/7/2016)", D, "rental", "2016-07-11"),
     M(T, "tiga hari", N, "rent_gap", 3, cls="dur"),
     M(T, "sekitar 2 kilometer", N, "route", 2, qual="approx", cls="len"),
     M(T, "52 korban", N, "critical", 52, "2016-07-15", fall=True),
     M(T, "Jumat", D, "briefing", "2016-07-15"),
     M(T, "tiga hari", N, "mourn_days", 3, cls="dur", occ=2),
     M(T, "Sabtu", D, "mourn_start", "2016-07-16", occ=2),
     M(T, "Sabtu", D, "ministry", "2016-07-16", occ=3),

     M(K, "85 orang", N, "dead", 85, "2016-07-19"),
     M(K, "Selasa (19/7/2016)", D, "death85", "2016-07-19"),
     M(K, "lebih dari 300 orang", N, "injured", 300, "2016-07-19", "morethan"),
     M(K, "29 orang", N, "critical", 29, "2016-07-19", fall=True),
     M(K, "52 korban", N, "critical", 52, "2016-07-15", fall=True),
     M(K, "Jumat", D, "briefing", "2016-07-15"),
     M(K, "Senin (18/7/2016)", D, "silence", "2016-07-18"),
     M(K, "enam bulan", N, "ext_voted", 6, cls="mon"),
     M(K, "November 2015", D, "paris", "2015-11"),
     M(K, "130 orang", N, "paris_dead", 130),
     M(K, "31 tahun", N, "age", 31, cls="age"),

     M(F, "six months", N, "ext_voted", 6, cls="mon"),
     M(F, "January", D, "new_end", "2017-01"),
     M(F, "85 people", N, "dead", 85, "2016-07-19"),
     M(F, "489 votes", N, "ayes", 489),
     M(F, "26", N, "noes", 26),
     M(F, "Wednesday", D, "assembly", "2016-07-20"),
     M(F, "Thursday", D, "senate", "2016-07-21"),
     M(F, "three-month", N, "ext_proposed", 3, cls="mon"),
     M(F, "Thursday", D, "charges", "2016-07-21", occ=2),
     M(F, "five suspects", N, "charged", 5),
     M(F, "31", N, "age", 31, cls="age"),
     M(F, "2015", D, "photos", "2015"),
     M(F, "19-tonne", N, "weight", 19, cls="weight"),
     M(F, "July 11", D, "rental", "2016-07-11"),
     M(F, "More than 300 people", N, "injured", 300, "2016-07-19", "morethan"),
     M(F, "July 14", D, "attack", "2016-07-14"),

     M(G, "eight defendants", N, "defendants", 8),
     M(G, "86 people", N, "dead", 86, "final"),
     M(G, "2016", D, "attack", "2016"),
     M(G, "Tuesday", D, "verdict", "2022-12-13"),
     M(G, "18 years", N, "main_term", 18, cls="years"),
     M(G, "12 years", N, "arefa_term", 12, cls="years"),
     M(G, "five other defendants", N, "others", 5),
     M(G, "two", N, "low_term", 2, cls="years", occ=2),
     M(G, "eight years", N, "high_term", 8, cls="years"),
     M(G, "September 5", D, "trial_open", "2022-09-05"),
     M(G, "three months", N, "testimony", 3, cls="mon"),
     M(G, "31-year-old", N, "age", 31, cls="age"),
     M(G, "19-tonne", N, "weight", 19, cls="weight"),
     M(G, "about 2km", N, "route", 2, qual="approx", cls="len"),
     M(G, "14 July 2016", D, "attack", "2016-07-14"),
     M(G, "More than 400 people", N, "injured", 400, "final", "morethan"),
     M(G, "Five months", N, "berlin_gap", 5, cls="mon"),
     M(G, "12 people", N, "berlin_dead", 12),
    ]
    build("nice-attack-2016", "Nice truck attack on the Promenade des Anglais (Thursday 14 July 2016): the toll "
          "rising over days and final at the trial (84 -> 85 -> 86), the injured (202 -> more than 300 -> more than "
          "400), the critically injured falling (52 -> 29), the driver's age, the 19-tonne truck and its 2 km route, "
          "the state of emergency's extension (three months proposed, six voted, the Assembly and the Senate on "
          "different days), the 2022 trial and its sentences, the Paris (130) and Berlin (12) attacks recalled; dates "
          "of the attack, a briefing, a claim, a rental, a death, a minute of silence, the votes, the charges, the "
          "trial's opening and verdict", False, ms, names)


def spain():
    R, K, A, T, C = "reuters-jul24", "kompas-jul25", "ap-jul29", "tempo-sep30", "cnnindonesia-nov17"
    NIGHT, FINAL = "2023-07-23", "2023-07-28"
    names = {
     "pp": "PP seats in the Congress", "psoe": "PSOE seats in the Congress", "vox": "Vox seats", "sumar": "Sumar seats",
     "junts": "Junts seats", "house": "seats in the Congress", "majority": "seats for an absolute majority",
     "pp_pct": "PP share of the vote", "psoe_pct": "PSOE share of the vote", "short": "seats PP and Vox lack for a majority",
     "proj": "exit-poll projection of PP seats", "psoe19": "PSOE seats in November 2019", "pp19": "PP seats in November 2019",
     "vox19": "Vox seats in November 2019", "senate_pp": "PP seats in the Senate", "senate": "directly elected Senate seats",
     "left": "seats of the PSOE, Sumar and their allies without Junts", "right": "seats of PP, Vox and two small parties",
     "small": "small regional parties on the right", "small_seats": "seats of each small regional party",
     "yes2": "votes for Feijoo in the second investiture vote", "no2": "votes against Feijoo in the second vote",
     "null2": "null votes in the second vote", "yes1": "votes for Feijoo in the first investiture vote",
     "no1": "votes against Feijoo in the first vote", "s_yes": "votes for Sanchez's investiture",
     "s_no": "votes against Sanchez's investiture", "regional": "regional parties backing Sanchez",
     "gap": "time from the election to the investiture",
     # dates
     "election": "election day", "called": "day the election was called", "prev": "month of the previous election",
     "overseas": "day the overseas count was announced", "feijoo_claim": "day Feijoo claimed the first try",
     "first_sitting": "day the new parliament first met", "bid": "year of Catalonia's independence bid",
     "vote2": "day of Feijoo's second vote", "vote1": "day of Feijoo's first vote", "nomination": "day the King nominated Feijoo",
     "deadline": "deadline for an investiture", "rerun": "month of a repeat election", "investiture": "day of Sanchez's investiture",
     "oath": "day Sanchez was sworn in", "amnesty": "day of the amnesty deal with Junts",
    }
    ms = [
     M(R, "Sunday", D, "election", "2023-07-23"),
     M(R, "136", N, "pp", 136, NIGHT),
     M(R, "350", N, "house", 350),
     M(R, "33.1%", N, "pp_pct", 33.1, cls="pct"),
     M(R, "122 seats", N, "psoe", 122, NIGHT),
     M(R, "31.7%", N, "psoe_pct", 31.7, cls="pct"),
     M(R, "33 seats", N, "vox", 33),
     M(R, "seven seats", N, "short", 7),
     M(R, "176", N, "majority", 176),
     M(R, "150 seats", N, "proj", 150, src="Sigma Dos for RTVE"),
     M(R, "31 seats", N, "sumar", 31),
     M(R, "May 29", D, "called", "2023-05-29"),
     M(R, "seven seats", N, "junts", 7, occ=2),
     M(R, "November 2019", D, "prev", "2019-11"),
     M(R, "120 seats", N, "psoe19", 120),
     M(R, "89", N, "pp19", 89),
     M(R, "52", N, "vox19", 52),

     M(K, "Minggu (23/7/2023)", D, "election", "2023-07-23"),
     M(K, "136 kursi", N, "pp", 136, NIGHT),
     M(K, "sekitar 33 persen", N, "pp_pct", 33, qual="approx", cls="pct"),
     M(K, "122 kursi", N, "psoe", 122, NIGHT),
     M(K, "33 kursi", N, "vox", 33),
     M(K, "31 kursi", N, "sumar", 31),
     M(K, "176", N, "majority", 176),
     M(K, "350 kursi", N, "house", 350),
     M(K, "120", N, "senate_pp", 120),
     M(K, "208 kursi", N, "senate", 208),
     M(K, "147 kursi", N, "proj", 147, src="GAD3 for Mediaset"),
     M(K, "Jumat (28/7/2023)", D, "overseas", "2023-07-28"),
     M(K, "Senin (24/7/2023)", D, "feijoo_claim", "2023-07-24"),

     M(A, "Friday", D, "overseas", "2023-07-28"),
     M(A, "137 seats", N, "pp", 137, FINAL),
     M(A, "121", N, "psoe", 121, FINAL),
     M(A, "350-seat", N, "house", 350),
     M(A, "32 seats", N, "sumar", 32, planted=True),
     M(A, "171 seats", N, "left", 171),
     M(A, "33 seats", N, "vox", 33),
     M(A, "two small regional parties", N, "small", 2),
     M(A, "one seat each", N, "small_seats", 1),
     M(A, "172", N, "right", 172),
     M(A, "176 seats", N, "majority", 176),
     M(A, "seven seats", N, "junts", 7),
     M(A, "July 23", D, "election", "2023-07-23"),
     M(A, "2017", D, "bid", "2017"),
     M(A, "Aug. 17", D, "first_sitting", "2023-08-17"),

     M(T, "Jumat (29/9/2023)", D, "vote2", "2023-09-29"),
     M(T, "172 anggota", N, "yes2", 172),
     M(T, "177", N, "no2", 177),
     M(T, "satu suara", N, "null2", 1),
     M(T, "Rabu (27/9/2023)", D, "vote1", "2023-09-27"),
     M(T, "172 suara", N, "yes1", 172),
     M(T, "178 suara", N, "no1", 178),
     M(T, "137 kursi", N, "pp", 137, FINAL),
     M(T, "33 kursi", N, "vox", 33),
     M(T, "dua partai regional", N, "small", 2),
     M(T, "satu kursi", N, "small_seats", 1),
     M(T, "22 Agustus", D, "nomination", "2023-08-22"),
     M(T, "176 anggota", N, "majority", 176),
     M(T, "121 kursi", N, "psoe", 121, FINAL),
     M(T, "27 November", D, "deadline", "2023-11-27"),
     M(T, "Januari 2024", D, "rerun", "2024-01"),

     M(C, "Kamis (16/11/2023)", D, "investiture", "2023-11-16"),
     M(C, "179 suara", N, "s_yes", 179),
     M(C, "171 anggota", N, "s_no", 171),
     M(C, "Jumat (17/11/2023)", D, "oath", "2023-11-17"),
     M(C, "hampir empat bulan", N, "gap", 4, qual="nearly", cls="mon"),
     M(C, "23 Juli", D, "election", "2023-07-23"),
     M(C, "137 kursi", N, "pp", 137, FINAL),
     M(C, "121 kursi", N, "psoe", 121, FINAL),
     M(C, "enam partai regional", N, "regional", 6),
     M(C, "tujuh kursinya", N, "junts", 7),
     M(C, "9 November", D, "amnesty", "2023-11-09"),
     M(C, "27 September", D, "vote1", "2023-09-27"),
     M(C, "173 suara", N, "yes1", 173, planted=True),
    ]
    build("spain-election-2023", "Spain's general election (Sunday 23 July 2023) and the investiture: seats on the "
          "night (PP 136, PSOE 122) and after the overseas count (PP 137, PSOE 121: a seat moved, the PSOE's count "
          "revised down), shares, two pollsters' exit-poll projections, the Senate, the 2019 result recalled, the "
          "blocs' seats against the votes of Feijoo's two failed investiture votes (172 for) and Sanchez's (179 to "
          "171); dates of the election, the call, the overseas count, the first sitting, the nomination, the votes, "
          "the deadline, the amnesty deal, the investiture and the oath on different days", False, ms, names)


def cpi():
    R, K, G, C = "reuters-nov16", "kompas-nov17", "guardian-nov18", "cnbcindonesia-nov19"
    OCT, SEP = "2022-10", "2022-09"
    names = {
     "cpi": "annual CPI inflation", "poll": "economists' forecast of October's CPI", "gas": "annual rise of gas prices",
     "elec": "annual rise of electricity prices", "noepg": "CPI without the Energy Price Guarantee",
     "bill": "cap on a typical household's annual energy bill", "food": "annual food and non-alcoholic drink inflation",
     "core": "core inflation", "monthly": "monthly rise of consumer prices in October", "bankrate": "Bank Rate",
     "peak": "Bank of England's expected inflation peak", "cpih": "annual CPIH inflation", "rpi": "annual RPI inflation",
     "obr22": "OBR forecast of 2022 average inflation", "obr23": "OBR forecast of 2023 average inflation",
     # dates
     "refmonth": "month of the figures (October 2022)", "prevmonth": "the month before (September 2022)",
     "since1981": "month of the last higher rate (October 1981)", "release": "day of the release",
     "epgstart": "day the Energy Price Guarantee began", "since1977": "year of the last higher food inflation",
     "boe": "day the Bank of England raised Bank Rate", "statement": "day of the autumn statement",
     "epg2023": "month the guarantee's higher level begins", "epgend": "month the extended guarantee ends",
     "capset": "month Ofgem's cap was set", "oct21": "October 2021", "y2022": "the year 2022", "y2023": "the year 2023",
     "q4": "last quarter of 2022",
    }
    ms = [
     M(R, "11.1%", N, "cpi", 11.1, OCT, cls="pct"),
     M(R, "October", D, "refmonth", "2022-10"),
     M(R, "10.1%", N, "cpi", 10.1, SEP, cls="pct"),
     M(R, "September", D, "prevmonth", "2022-09"),
     M(R, "October 1981", D, "since1981", "1981-10"),
     M(R, "Wednesday", D, "release", "2022-11-16"),
     M(R, "10.7%", N, "poll", 10.7, cls="pct"),
     M(R, "128.9%", N, "gas", 128.9, cls="pct"),
     M(R, "65.7%", N, "elec", 65.7, cls="pct"),
     M(R, "2,500 pounds", N, "bill", 2500, OCT, cls="money"),
     M(R, "Oct. 1", D, "epgstart", "2022-10-01"),
     M(R, "13.8%", N, "noepg", 13.8, cls="pct"),
     M(R, "16.4%", N, "food", 16.4, OCT, cls="pct"),
     M(R, "October", D, "refmonth", "2022-10", occ=3),
     M(R, "14.6%", N, "food", 14.6, SEP, cls="pct"),
     M(R, "September", D, "prevmonth", "2022-09", occ=2),
     M(R, "1977", D, "since1977", "1977"),
     M(R, "6.5%", N, "core", 6.5, OCT, cls="pct"),
     M(R, "2.0%", N, "monthly", 2.0, OCT, cls="pct"),
     M(R, "1.1%", N, "monthly", 1.1, "2021-10", cls="pct"),
     M(R, "3%", N, "bankrate", 3, cls="pct"),
     M(R, "Nov. 3", D, "boe", "2022-11-03"),
     M(R, "around 11%", N, "peak", 11, qual="approx", cls="pct"),

     M(K, "11,1 persen", N, "cpi", 11.1, OCT, cls="pct"),
     M(K, "Oktober 2022", D, "refmonth", "2022-10"),
     M(K, "10,1 persen", N, "cpi", 10.1, SEP, cls="pct"),
     M(K, "September", D, "prevmonth", "2022-09"),
     M(K, "Oktober 1981", D, "since1981", "1981-10"),
     M(K, "Rabu (16/11/2022)", D, "release", "2022-11-16"),
     M(K, "128,9 persen", N, "gas", 128.9, cls="pct"),
     M(K, "65,7 persen", N, "elec", 65.7, cls="pct"),
     M(K, "16,4 persen", N, "food", 16.4, OCT, cls="pct"),
     M(K, "14,6 persen", N, "food", 14.6, SEP, cls="pct"),
     M(K, "2.500 poundsterling", N, "bill", 2500, OCT, cls="money"),
     M(K, "13,8 persen", N, "noepg", 13.8, cls="pct"),
     M(K, "6,5 persen", N, "core", 6.5, OCT, cls="pct"),
     M(K, "Kamis (17/11/2022)", D, "statement", "2022-11-17"),
     M(K, "3 persen", N, "bankrate", 3, cls="pct"),
     M(K, "3 November", D, "boe", "2022-11-03"),

     M(G, "Thursday", D, "statement", "2022-11-17"),
     M(G, "11.1%", N, "cpi", 11.1, OCT, cls="pct"),
     M(G, "£2,500", N, "bill", 2500, OCT, cls="money"),
     M(G, "£3,000", N, "bill", 3000, "2023-04", cls="money"),
     M(G, "April 2023", D, "epg2023", "2023-04"),
     M(G, "October", D, "epgstart", "2022-10"),
     M(G, "£1,971", N, "bill", 1971, "2022-04", cls="money"),
     M(G, "April", D, "capset", "2022-04", occ=2),
     M(G, "Wednesday", D, "release", "2022-11-16"),
     M(G, "11.1%", N, "cpi", 11.1, OCT, cls="pct", occ=2),
     M(G, "October", D, "refmonth", "2022-10", occ=2),
     M(G, "10.1%", N, "cpi", 10.1, SEP, cls="pct"),
     M(G, "September", D, "prevmonth", "2022-09"),
     M(G, "9.6%", N, "cpih", 9.6, OCT, cls="pct"),
     M(G, "8.8%", N, "cpih", 8.8, SEP, cls="pct"),
     M(G, "14.2%", N, "rpi", 14.2, OCT, cls="pct"),
     M(G, "12.6%", N, "rpi", 12.6, SEP, cls="pct"),
     M(G, "September", D, "prevmonth", "2022-09", occ=2),
     M(G, "9.1%", N, "obr22", 9.1, cls="pct"),
     M(G, "7.4%", N, "obr23", 7.4, cls="pct"),
     M(G, "2023", D, "y2023", "2023", occ=2),
     M(G, "13.8%", N, "noepg", 13.8, cls="pct"),

     M(C, "11,1%", N, "cpi", 11.1, OCT, cls="pct"),
     M(C, "Oktober", D, "refmonth", "2022-10"),
     M(C, "10,1%", N, "cpi", 10.1, SEP, cls="pct"),
     M(C, "Rabu (16/11/2022)", D, "release", "2022-11-16"),
     M(C, "16,4%", N, "food", 16.4, OCT, cls="pct"),
     M(C, "1977", D, "since1977", "1977"),
     M(C, "2,0%", N, "monthly", 2.0, OCT, cls="pct"),
     M(C, "Oktober", D, "refmonth", "2022-10", occ=2),
     M(C, "1,1%", N, "monthly", 1.1, "2021-10", cls="pct"),
     M(C, "Oktober tahun sebelumnya", D, "oct21", "2021-10"),
     M(C, "9,6%", N, "cpih", 9.6, OCT, cls="pct"),
     M(C, "8,8%", N, "cpih", 8.8, SEP, cls="pct"),
     M(C, "September", D, "prevmonth", "2022-09"),
     M(C, "6,5%", N, "core", 6.5, OCT, cls="pct"),
     M(C, "14,2%", N, "rpi", 14.2, OCT, cls="pct"),
     M(C, "12,6%", N, "rpi", 12.6, SEP, cls="pct"),
     M(C, "9,1%", N, "obr22", 9.1, cls="pct"),
     M(C, "2022", D, "y2022", "2022", occ=2),
     M(C, "7,4%", N, "obr23", 7.4, cls="pct"),
     M(C, "2023", D, "y2023", "2023"),
     M(C, "sekitar 11%", N, "peak", 11, qual="approx", cls="pct"),
     M(C, "kuartal terakhir 2022", D, "q4", "2022-Q4"),
     M(C, "April 2024", D, "epgend", "2024-04"),
     M(C, "3.000 poundsterling", N, "bill", 3000, "2023-04", cls="money"),
     M(C, "April 2023", D, "epg2023", "2023-04"),
    ]
    build("uk-cpi-2022", "The UK's consumer price index for October 2022 (control), released by the ONS on "
          "Wednesday 16 November 2022: CPI 11.1% (10.1% in September), the highest since October 1981; gas and "
          "electricity, food 16.4% (14.6%), core 6.5%, monthly 2.0% (1.1% a year before), CPIH 9.6% (8.8%), RPI "
          "14.2% (12.6%), 13.8% without the Energy Price Guarantee (a typical bill capped at £2,500, £1,971 before, "
          "£3,000 from April 2023), Bank Rate 3% since 3 November, the OBR's forecasts the day after; the autumn "
          "statement on its own day. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    nice()
    spain()
    cpi()
