"""The eighty-fourth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset84/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def dorian():
    R, DT, A, K, T = "reuters-sep04", "detik-sep05", "ap-sep07", "kompas-sep13", "tempo-oct02"
    # the official tallies: Monday 2 September (the prime minister), Tuesday night 3 September (the prime minister),
    # Wednesday 4 September (the health minister), Thursday 5, Friday night 6 September (the health minister), the
    # police's count still standing on Thursday 12 September, late September (the prime minister at the UN) and
    # Tuesday 1 October (the police)
    MON, TUE, WED, THU, FRI = "2019-09-02", "2019-09-03T21", "2019-09-04", "2019-09-05", "2019-09-06T21"
    WED11, THU12, LATESEP, OCT1 = "2019-09-11", "2019-09-12", "2019-09-27", "2019-10-01"
    # the missing: the government's register (NEMA's 2,500 before any cross-check, lowered to 1,300 once it was
    # checked against the lists of evacuees and shelters, then counted down as people were found) against a
    # volunteer website's list of names families could not reach
    GOV, WEB = "the government's register", "a volunteer website's list"
    names = {
     "dead": "official death toll in the Bahamas", "abaco_dead": "dead on Abaco", "gb_dead": "dead on Grand Bahama",
     "hospital_dead": "injured who died after being flown to New Providence",
     "airlifted": "injured flown to New Providence", "missing": "people listed as missing",
     "winds": "Dorian's sustained winds at landfall (km/h)", "category": "Dorian's category at landfall",
     "category_now": "Dorian's category on Tuesday", "surge": "storm surge forecast (feet)",
     "homes_mh": "share of Marsh Harbour homes damaged", "houses": "houses severely damaged or destroyed (IFRC)",
     "in_need": "people in need of immediate help (UN)", "ferry": "evacuees on the first government ferry",
     "cg_rescued": "people rescued by the U.S. Coast Guard", "evacuated": "people evacuated to New Providence",
     "sheltered": "people in shelters", "shelters": "shelters open", "identified": "Abaco victims identified",
     "bodies_oct1": "bodies recovered on 1 October", "islands": "islands worst hit", "stall": "days Dorian lingered over Grand Bahama",
     # dates
     "landfall": "day of the landfall on Abaco", "gb_landfall": "day Dorian hit Grand Bahama",
     "count5": "day of the count of five dead", "ifrc": "day of the Red Cross estimate",
     "count7": "day of the count of seven dead", "flyover": "day of the prime minister's flight over Abaco",
     "count20": "day of the count of 20 dead", "count43": "day of the count of 43 dead",
     "web_day": "day of the website's count", "ferry_day": "day the first ferry reached Nassau",
     "registry1": "day of the register of 2,500", "registry2": "day of the register of 1,300",
     "address": "day of the prime minister's national address", "count60": "day of the count of 60 dead",
    }
    ms = [
     M(R, "seven", N, "dead", 7, TUE),
     M(R, "Tuesday", D, "count7", "2019-09-03"),
     M(R, "two", N, "hospital_dead", 2, TUE),
     M(R, "25", N, "airlifted", 25, TUE),
     M(R, "Monday", D, "count5", "2019-09-02"),
     M(R, "five deaths", N, "dead", 5, MON, also=(("abaco_dead", 5),)),
     M(R, "21", N, "airlifted", 21, MON),
     M(R, "Sunday", D, "landfall", "2019-09-01"),
     M(R, "Category 5", N, "category", 5, cls="cat"),
     M(R, "185 mph", N, "winds", 295, qual="unit", cls="kmh"),
     M(R, "295 kph", N, "winds", 295, cls="kmh"),
     M(R, "Sunday", D, "gb_landfall", "2019-09-01", occ=2),
     M(R, "18 to 23 feet", N, "surge", 23, cls="ft"),
     M(R, "Tuesday", D, "flyover", "2019-09-03", occ=2),
     M(R, "about 60%", N, "homes_mh", 60, qual="approx", cls="pct"),
     M(R, "Monday", D, "ifrc", "2019-09-02", occ=2),
     M(R, "13,000 houses", N, "houses", 13000),
     M(R, "Category 2", N, "category_now", 2, cls="cat"),

     M(DT, "20 orang", N, "dead", 20, WED),
     M(DT, "Rabu (4/9/2019)", D, "count20", "2019-09-04"),
     M(DT, "17 orang", N, "abaco_dead", 17, WED),
     M(DT, "3 orang", N, "gb_dead", 3, WED),
     M(DT, "Tiga korban", N, "hospital_dead", 3, WED),
     M(DT, "Selasa (3/9)", D, "count7", "2019-09-03"),
     M(DT, "7 orang", N, "dead", 7, TUE),
     M(DT, "Minggu (2/9/2019)", D, "landfall", "2019-09-02", planted=True),
     M(DT, "Kategori 5", N, "category", 5, cls="cat"),
     M(DT, "295 km/jam", N, "winds", 295, cls="kmh"),
     M(DT, "satu setengah hari", N, "stall", 1.5, qual="approx", cls="dur"),
     M(DT, "13.000 rumah", N, "houses", 13000),
     M(DT, "dua pulau", N, "islands", 2),

     M(A, "43", N, "dead", 43, FRI),
     M(A, "Friday", D, "count43", "2019-09-06"),
     M(A, "30", N, "dead", 30, THU),
     M(A, "Thirty-five", N, "abaco_dead", 35, FRI),
     M(A, "eight", N, "gb_dead", 8, FRI),
     M(A, "70,000 people", N, "in_need", 70000, qual="approx"),
     M(A, "more than 6,660 names", N, "missing", 6660, FRI, qual="morethan", src=WEB, fall=True),
     M(A, "Friday", D, "web_day", "2019-09-06", occ=2),
     M(A, "More than 260", N, "ferry", 260, qual="morethan"),
     M(A, "Friday", D, "ferry_day", "2019-09-06", occ=3),
     M(A, "Sunday", D, "landfall", "2019-09-01"),
     M(A, "Category 5", N, "category", 5, cls="cat"),
     M(A, "a day and a half", N, "stall", 1.5, cls="dur"),
     M(A, "20 dead", N, "dead", 20, WED),
     M(A, "Wednesday", D, "count20", "2019-09-04"),
     M(A, "17", N, "abaco_dead", 17, WED),
     M(A, "three", N, "gb_dead", 3, WED),
     M(A, "290 people", N, "cg_rescued", 290),

     M(K, "1.300 orang", N, "missing", 1300, THU12, src=GOV, fall=True),
     M(K, "Kamis (12/9/2019)", D, "registry2", "2019-09-12"),
     M(K, "2.500 orang", N, "missing", 2500, WED11, src=GOV),
     M(K, "Rabu (11/9/2019)", D, "registry1", "2019-09-11"),
     M(K, "2.500 nama", N, "missing", 2500, WED11, src=GOV),
     M(K, "50 orang", N, "dead", 50, THU12),
     M(K, "42 orang", N, "abaco_dead", 42, THU12),
     M(K, "8 orang", N, "gb_dead", 8, THU12),
     M(K, "Rabu malam", D, "address", "2019-09-11"),
     M(K, "sekitar 5.500 orang", N, "evacuated", 5500, WED11, qual="approx"),
     M(K, "hampir 1.800 orang", N, "sheltered", 1800, WED11, qual="nearly"),
     M(K, "sembilan", N, "shelters", 9, WED11),
     M(K, "1 September 2019", D, "landfall", "2019-09-01"),
     M(K, "295 km per jam", N, "winds", 295, cls="kmh"),

     M(T, "60 orang", N, "dead", 60, OCT1),
     M(T, "dua jenazah", N, "bodies_oct1", 2),
     M(T, "Selasa, 1 Oktober 2019", D, "count60", "2019-10-01"),
     M(T, "51 korban", N, "abaco_dead", 51, OCT1),
     M(T, "9", N, "gb_dead", 9, OCT1),
     M(T, "6 korban", N, "identified", 6),
     M(T, "Lebih dari 400 orang", N, "missing", 400, OCT1, qual="morethan", src=GOV, fall=True),
     M(T, "lebih dari 600 orang", N, "missing", 600, LATESEP, qual="morethan", src=GOV, fall=True),
     M(T, "2.500 nama", N, "missing", 2500, WED11, src=GOV),
     M(T, "11 September", D, "registry1", "2019-09-11"),
     M(T, "1.300", N, "missing", 1300, THU12, src=GOV, fall=True),
     M(T, "1 September 2019", D, "landfall", "2019-09-01"),
     M(T, "Kategori 5", N, "category", 5, cls="cat"),
     M(T, "285 km per jam", N, "winds", 285, cls="kmh", planted=True),
    ]
    build("dorian-bahamas-2019", "Hurricane Dorian in the Bahamas: landfall on Abaco (Elbow Cay) as a Category 5 "
          "storm with 185 mph (295 km/h) winds on Sunday 1 September 2019, then Grand Bahama that night, where it "
          "stalled for about a day and a half; the official death toll 5 (Monday 2 September) -> 7 (Tuesday night) -> "
          "20 (Wednesday 4 September: 17 on Abaco, 3 on Grand Bahama) -> 30 (Thursday) -> 43 (Friday night: 35 and 8) "
          "-> 50 (42 and 8, still standing on Thursday 12 September) -> 60 (Tuesday 1 October: 51 and 9); the "
          "government's register of the missing, 2,500 on Wednesday 11 September before any cross-check, lowered to "
          "1,300 on Thursday 12 September after it was checked against the lists of evacuees and shelters, more than "
          "600 in late September and more than 400 on 1 October; a volunteer website's list of more than 6,660 names "
          "on Friday 6 September", False, ms, names)


def belgium():
    R, AN, A, T = "reuters-jun10", "antara-jun13", "ap-feb03-2025", "tempo-feb08-2025"
    # the Chamber's seats: the interior ministry's first projection late on Sunday 9 June, and the final result
    NIGHT, FINAL = "2024-06-09T22", "2024-06-10"
    names = {
     "nva": "N-VA's seats", "mr": "MR's seats", "vb": "Vlaams Belang's seats", "le": "Les Engagés' seats",
     "ptb": "PTB-PVDA's seats", "ps": "the PS's seats", "ovld": "Open VLD's seats", "vooruit": "Vooruit's seats",
     "cdv": "CD&V's seats", "groen": "Groen's seats", "ecolo": "Ecolo's seats", "defi": "DéFI's seats",
     "le_2019": "Les Engagés' seats in 2019", "ovld_2019": "Open VLD's seats in 2019",
     "total": "seats in the Chamber", "majority": "seats needed for a majority", "nva_share": "N-VA's vote share",
     "turnout": "turnout", "record_days": "days of the 2010-2011 government formation",
     "age": "De Wever's age when sworn in", "ministers": "ministers sworn in with De Wever",
     "team": "members of the government", "women": "women in the government",
     "deputies": "deputy prime ministers", "months": "months from the election to the government",
     "ayes": "votes for the government in the confidence vote", "nays": "votes against in the confidence vote",
     "debate_hours": "hours of the confidence debate", "parties": "parties in the coalition",
     # dates
     "election": "day of the election", "resign": "day De Croo's government resigned",
     "informateur": "day De Wever was named informateur", "report": "day of the informateur's first report",
     "deal": "day of the coalition deal", "sworn": "day the government was sworn in",
     "statement": "day of the policy statement", "step1": "month De Wever first offered to give up",
     "step2": "month De Wever offered to give up again", "confidence": "day of the confidence vote",
     "debate_start": "day the confidence debate began", "y2010": "the 2010 election",
     "y2011": "the year the 2010-2011 formation ended",
    }
    ms = [
     M(R, "Sunday", D, "election", "2024-06-09"),
     M(R, "24", N, "nva", 24, NIGHT),
     M(R, "150 seats", N, "total", 150),
     M(R, "22 seats", N, "mr", 22, NIGHT),
     M(R, "20", N, "vb", 20, NIGHT),
     M(R, "15 seats", N, "le", 15, NIGHT),
     M(R, "five", N, "le_2019", 5),
     M(R, "14", N, "ptb", 14, NIGHT),
     M(R, "13", N, "ps", 13, NIGHT),
     M(R, "seven seats", N, "ovld", 7, NIGHT),
     M(R, "12", N, "ovld_2019", 12),
     M(R, "Monday", D, "resign", "2024-06-10"),
     M(R, "12 seats each", N, "vooruit", 12, NIGHT, also=(("cdv", 12),)),
     M(R, "six", N, "groen", 6, NIGHT),
     M(R, "four", N, "ecolo", 4, NIGHT),
     M(R, "at least 76 seats", N, "majority", 76, qual="atleast"),
     M(R, "five-party", N, "parties", 5),

     M(AN, "Rabu (12/6/2024)", D, "informateur", "2024-06-12"),
     M(AN, "Rabu, 19 Juni", D, "report", "2024-06-19"),
     M(AN, "Minggu (9/6/2024)", D, "election", "2024-06-09"),
     M(AN, "24", N, "nva", 24, FINAL),
     M(AN, "150 kursi", N, "total", 150),
     M(AN, "16,7 persen", N, "nva_share", 16.7, cls="pct"),
     M(AN, "20 kursi", N, "vb", 20, FINAL, also=(("mr", 20),)),
     M(AN, "22 kursi", N, "mr", 22, NIGHT),
     M(AN, "Minggu malam", D, "election", "2024-06-09"),
     M(AN, "20 kursi", N, "mr", 20, FINAL, occ=2),
     M(AN, "16 kursi", N, "ps", 16, FINAL),
     M(AN, "15 kursi", N, "ptb", 15, FINAL),
     M(AN, "14 kursi", N, "le", 14, FINAL),
     M(AN, "13 kursi", N, "vooruit", 13, FINAL),
     M(AN, "11 kursi", N, "cdv", 11, FINAL),
     M(AN, "7 kursi", N, "ovld", 7, FINAL),
     M(AN, "6 kursi", N, "groen", 6, FINAL),
     M(AN, "3 kursi", N, "ecolo", 3, FINAL),
     M(AN, "1 kursi", N, "defi", 1, FINAL),
     M(AN, "Senin (10/6/2024)", D, "resign", "2024-06-10"),
     M(AN, "88,45 persen", N, "turnout", 88.45, cls="pct"),
     M(AN, "sedikitnya 76 kursi", N, "majority", 76, qual="atleast"),
     M(AN, "2010", D, "y2010", "2010"),
     M(AN, "541 hari", N, "record_days", 541, cls="dur"),

     M(A, "Monday", D, "sworn", "2025-02-03"),
     M(A, "nearly eight months", N, "months", 8, qual="nearly", cls="dur"),
     M(A, "June 9", D, "election", "2024-06-09"),
     M(A, "54-year-old", N, "age", 54, cls="age"),
     M(A, "14 ministers", N, "ministers", 14),
     M(A, "Friday", D, "deal", "2025-01-31"),
     M(A, "Jan. 31", D, "deal", "2025-01-31"),
     M(A, "five-party", N, "parties", 5),
     M(A, "24", N, "nva", 24, FINAL),
     M(A, "150 seats", N, "total", 150),
     M(A, "13", N, "vooruit", 13, FINAL),
     M(A, "11", N, "cdv", 11, FINAL),
     M(A, "Three", N, "women", 3),
     M(A, "15 members", N, "team", 15),
     M(A, "four", N, "deputies", 4),
     M(A, "August", D, "step1", "2024-08"),
     M(A, "November", D, "step2", "2024-11"),
     M(A, "Tuesday", D, "statement", "2025-02-04"),
     M(A, "541 days", N, "record_days", 541, cls="dur"),
     M(A, "2010", D, "y2010", "2010"),
     M(A, "2011", D, "y2011", "2011"),

     M(T, "7 Februari 2025", D, "confidence", "2025-02-07"),
     M(T, "81 suara", N, "ayes", 81),
     M(T, "66", N, "nays", 66),
     M(T, "lebih dari 40 jam", N, "debate_hours", 40, qual="morethan", cls="dur"),
     M(T, "5 Februari 2025", D, "debate_start", "2025-02-05"),
     M(T, "45 tahun", N, "age", 45, cls="age", planted=True),
     M(T, "Senin, 3 Februari 2025", D, "sworn", "2025-02-03"),
     M(T, "14 menteri", N, "ministers", 14),
     M(T, "31 Januari 2025", D, "deal", "2025-01-31"),
     M(T, "hampir delapan bulan", N, "months", 8, qual="nearly", cls="dur"),
     M(T, "9 Juni 2024", D, "election", "2024-06-09"),
     M(T, "24 kursi", N, "nva", 24, FINAL),
     M(T, "20 kursi", N, "mr", 20, FINAL),
     M(T, "14 kursi", N, "le", 14, FINAL),
     M(T, "13 kursi", N, "vooruit", 13, FINAL),
     M(T, "11 kursi", N, "cdv", 11, FINAL),
     M(T, "150 kursi", N, "total", 150),
    ]
    build("belgium-election-2024", "Belgium's federal election of Sunday 9 June 2024 and the government formed after "
          "it: the interior ministry's first projection that night (N-VA 24 of 150 seats, MR 22, Vlaams Belang 20, "
          "Les Engagés 15, PTB-PVDA 14, PS 13, Vooruit and CD&V 12 each, Open VLD 7, Groen 6, Ecolo 4) against the "
          "final result (N-VA 24 and 16.7%, Vlaams Belang 20, MR 20, PS 16, PTB-PVDA 15, Les Engagés 14, Vooruit 13, "
          "CD&V 11, Open VLD 7, Groen 6, Ecolo 3, DéFI 1; turnout 88.45%); De Croo's government's resignation "
          "accepted on Monday 10 June; De Wever named informateur on Wednesday 12 June; the five-party coalition deal "
          "late on Friday 31 January 2025; De Wever, 54, sworn in with 14 ministers on Monday 3 February 2025; the "
          "Chamber's confidence vote early on Friday 7 February 2025 (81 for, 66 against, no abstentions)",
          False, ms, names)


def stats_sa():
    R, B, BD, K = "reuters-sep03", "bisnis-sep04", "businessday-sep05", "kontan-sep06"
    names = {
     "gdp": "GDP growth in the second quarter (quarter on quarter)", "q1": "GDP growth in the first quarter",
     "poll": "growth forecast in the Reuters poll", "ind_up": "industries that grew",
     "ind_total": "industries measured", "div_up": "manufacturing divisions that grew",
     "div_total": "manufacturing divisions", "fin": "finance, real estate and business services growth",
     "fin_c": "finance's contribution to growth", "elec": "electricity, gas and water growth",
     "trade": "trade, catering and accommodation growth", "trade_c": "trade's contribution to growth",
     "manuf": "manufacturing growth", "manuf_c": "manufacturing's contribution to growth",
     "transport": "transport, storage and communication contraction", "transport_c": "transport's drag on growth",
     "agri": "agriculture, forestry and fishing contraction", "agri_c": "agriculture's drag on growth",
     "hh": "household consumption growth", "hh_c": "household consumption's contribution",
     "exp_gdp": "real GDP growth by expenditure", "exp_q1": "expenditure-side fall in the first quarter",
     # dates
     "release": "day of the release", "y2008": "the year of the last faster electricity growth",
     "y2020": "the pandemic year left aside", "sa_election": "month of South Africa's election",
    }
    ms = [
     M(R, "0.4%", N, "gdp", 0.4, cls="pct"),
     M(R, "Tuesday", D, "release", "2024-09-03"),
     M(R, "0.5%", N, "poll", 0.5, cls="pct"),
     M(R, "Seven", N, "ind_up", 7),
     M(R, "10", N, "ind_total", 10),
     M(R, "1.3%", N, "fin", 1.3, cls="pct"),
     M(R, "0.3 percentage point", N, "fin_c", 0.3, cls="pp"),
     M(R, "3.1%", N, "elec", 3.1, cls="pct"),
     M(R, "2008", D, "y2008", "2008"),
     M(R, "2020", D, "y2020", "2020"),
     M(R, "1.2%", N, "trade", 1.2, cls="pct"),
     M(R, "1.1%", N, "manuf", 1.1, cls="pct"),
     M(R, "0.1 percentage point", N, "trade_c", 0.1, cls="pp", also=(("manuf_c", 0.1),)),
     M(R, "2.2%", N, "transport", 2.2, cls="pct"),
     M(R, "0.2 percentage point", N, "transport_c", 0.2, cls="pp"),
     M(R, "2.1%", N, "agri", 2.1, cls="pct"),
     M(R, "1.4%", N, "hh", 1.4, cls="pct"),
     M(R, "0.9 percentage point", N, "hh_c", 0.9, cls="pp"),
     M(R, "0.5%", N, "exp_gdp", 0.5, cls="pct", occ=2),
     M(R, "0.1%", N, "exp_q1", 0.1, cls="pct"),
     M(R, "May", D, "sa_election", "2024-05"),

     M(B, "0,4%", N, "gdp", 0.4, cls="pct"),
     M(B, "Selasa (3/9/2024)", D, "release", "2024-09-03"),
     M(B, "0,0%", N, "q1", 0.0, cls="pct"),
     M(B, "1,3%", N, "fin", 1.3, cls="pct"),
     M(B, "0,3 poin persentase", N, "fin_c", 0.3, cls="pp"),
     M(B, "3,1%", N, "elec", 3.1, cls="pct"),
     M(B, "tujuh", N, "ind_up", 7),
     M(B, "sepuluh", N, "ind_total", 10),
     M(B, "1,1%", N, "manuf", 1.1, cls="pct"),
     M(B, "enam", N, "div_up", 6),
     M(B, "sepuluh", N, "div_total", 10, occ=2),
     M(B, "1,2%", N, "trade", 1.2, cls="pct"),
     M(B, "0,1 poin persentase", N, "trade_c", 0.1, cls="pp"),
     M(B, "2,2%", N, "transport", 2.2, cls="pct"),
     M(B, "2,1%", N, "agri", 2.1, cls="pct"),
     M(B, "0,1 poin persentase", N, "agri_c", 0.1, cls="pp", occ=2),
     M(B, "1,4%", N, "hh", 1.4, cls="pct"),
     M(B, "0,9 poin persentase", N, "hh_c", 0.9, cls="pp"),
     M(B, "0,5%", N, "exp_gdp", 0.5, cls="pct"),
     M(B, "0,1%", N, "exp_q1", 0.1, cls="pct"),

     M(BD, "0.4%", N, "gdp", 0.4, cls="pct"),
     M(BD, "Tuesday", D, "release", "2024-09-03"),
     M(BD, "0.0%", N, "q1", 0.0, cls="pct"),
     M(BD, "1.3%", N, "fin", 1.3, cls="pct"),
     M(BD, "0.3 of a percentage point", N, "fin_c", 0.3, cls="pp"),
     M(BD, "3.1%", N, "elec", 3.1, cls="pct"),
     M(BD, "2008", D, "y2008", "2008"),
     M(BD, "2020", D, "y2020", "2020"),
     M(BD, "1.1%", N, "manuf", 1.1, cls="pct"),
     M(BD, "six", N, "div_up", 6),
     M(BD, "10", N, "div_total", 10),
     M(BD, "1.2%", N, "trade", 1.2, cls="pct"),
     M(BD, "2.2%", N, "transport", 2.2, cls="pct"),
     M(BD, "0.2 of a percentage point", N, "transport_c", 0.2, cls="pp"),
     M(BD, "2.1%", N, "agri", 2.1, cls="pct"),
     M(BD, "1.4%", N, "hh", 1.4, cls="pct"),
     M(BD, "0.9 of a percentage point", N, "hh_c", 0.9, cls="pp"),
     M(BD, "0.5%", N, "exp_gdp", 0.5, cls="pct"),
     M(BD, "Seven", N, "ind_up", 7),
     M(BD, "10", N, "ind_total", 10, occ=2),

     M(K, "0,4 persen", N, "gdp", 0.4, cls="pct"),
     M(K, "3 September 2024", D, "release", "2024-09-03"),
     M(K, "0,5 persen", N, "poll", 0.5, cls="pct"),
     M(K, "3,1 persen", N, "elec", 3.1, cls="pct"),
     M(K, "2008", D, "y2008", "2008"),
     M(K, "2020", D, "y2020", "2020"),
     M(K, "1,3 persen", N, "fin", 1.3, cls="pct"),
     M(K, "0,3 poin persentase", N, "fin_c", 0.3, cls="pp"),
     M(K, "1,2 persen", N, "trade", 1.2, cls="pct"),
     M(K, "1,1 persen", N, "manuf", 1.1, cls="pct"),
     M(K, "2,2 persen", N, "transport", 2.2, cls="pct"),
     M(K, "0,2 poin persentase", N, "transport_c", 0.2, cls="pp"),
     M(K, "1,4 persen", N, "hh", 1.4, cls="pct"),
     M(K, "Tujuh", N, "ind_up", 7),
     M(K, "sepuluh", N, "ind_total", 10),
     M(K, "0,0 persen", N, "q1", 0.0, cls="pct"),
    ]
    build("stats-sa-gdp-2024", "Statistics South Africa's (Stats SA) release of second-quarter GDP (control) on "
          "Tuesday 3 September 2024: 0.4% quarter on quarter after 0.0% in the first quarter (the Reuters poll's "
          "forecast 0.5%); seven of ten industries grew: finance, real estate and business services 1.3% (0.3 "
          "point), electricity, gas and water 3.1% (the fastest since the third quarter of 2008, 2020 aside), trade "
          "1.2% and manufacturing 1.1% (0.1 point each; six of ten divisions grew), transport -2.2% (-0.2 point), "
          "agriculture -2.1% (-0.1 point); household consumption 1.4% (0.9 point); real GDP by expenditure 0.5% "
          "after -0.1%. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    dorian()
    belgium()
    stats_sa()
