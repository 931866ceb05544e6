"""The seventh development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset7/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def sewol():
    Y, K, R, T, H = "yonhap-apr16", "kompas-apr18", "reuters-apr24", "tempo-oct07", "koreaherald-nov12"
    names = {
     "missing": "people missing", "dead": "bodies recovered (confirmed dead)", "total_dead": "dead in all, the missing included",
     "rescued": "people rescued (survivors)", "aboard": "people on board", "students": "Danwon High students on board",
     "teachers": "Danwon High teachers on board", "students_surv": "students who survived",
     "students_dead": "students who died", "miss_students": "students still missing", "miss_teachers": "teachers still missing",
     "tonnage": "the ferry's tonnage", "capacity": "the ferry's passenger capacity", "added": "passengers added to the capacity",
     "length": "the ferry's length (m)", "cargo": "cargo carried (tons)", "cargo_limit": "cargo limit (tons)",
     "vessels": "vessels sent to the search", "aircraft": "aircraft sent to the search", "divers": "divers in the search",
     "cranes": "floating cranes at the site", "age_captain": "the captain's age", "arrested_crew": "crew arrested with the captain",
     "tried_others": "crew on trial beside the captain", "others13": "crew sentenced beside the captain and the engineer",
     "term_captain": "the captain's prison term (years)", "term_engineer": "the chief engineer's prison term (years)",
     "term_min": "shortest term of the other crew", "term_max": "longest term of the other crew",
     "sinkdur": "hours until the ferry was under water", "delay": "hours the departure was late",
     "months6": "months from the sinking to the findings", "months7": "months from the sinking to the end of the search",
     # dates
     "sink": "day the ferry sank", "count16": "day the four dead were counted", "depart": "day the ferry left Incheon",
     "built": "year the ferry was built", "bought": "year Chonghaejin bought the ferry", "count18": "day the 28 dead were counted",
     "divers_in": "day divers first entered the hull", "visit": "day President Park visited the families",
     "count24": "day the 171 dead were counted", "arrest": "day the captain was arrested", "raid": "day prosecutors raided the owner",
     "findings": "day the prosecutors' findings were announced", "trial": "month the trial began",
     "demand": "month of the prosecutors' sentencing demand", "resign": "day the prime minister offered to resign",
     "verdict": "day of the verdict",
    }
    D16 = "2014-04-16T22"
    ms = [
     M(Y, "nearly 300 people", N, "missing", 300, D16, "nearly", fall=True),
     M(Y, "Wednesday", D, "sink", "2014-04-16"),
     M(Y, "6,825", N, "tonnage", 6825, cls="tons"),
     M(Y, "less than two hours", N, "sinkdur", 2, cls="dur"),
     M(Y, "462 people", N, "aboard", 462, "2014-04-16T20", src="the security ministry"),
     M(Y, "325 second-year students", N, "students", 325),
     M(Y, "14 teachers", N, "teachers", 14),
     M(Y, "368 people", N, "rescued", 368, "2014-04-16T13"),
     M(Y, "164", N, "rescued", 164, "2014-04-16T20"),
     M(Y, "Four people", N, "dead", 4, D16),
     M(Y, "Wednesday", D, "count16", "2014-04-16", occ=2),
     M(Y, "294", N, "missing", 294, D16, fall=True),
     M(Y, "Tuesday", D, "depart", "2014-04-15"),
     M(Y, "more than two hours", N, "delay", 2, cls="dur"),
     M(Y, "1994", D, "built", "1994"),
     M(Y, "2012", D, "bought", "2012"),
     M(Y, "921 passengers", N, "capacity", 921),
     M(Y, "About 170 vessels", N, "vessels", 170, qual="approx"),
     M(Y, "29 aircraft", N, "aircraft", 29),

     M(K, "28 orang", N, "dead", 28, "2014-04-18"),
     M(K, "Jumat (18/4/2014)", D, "count18", "2014-04-18"),
     M(K, "475 orang", N, "aboard", 475, "2014-04-18", src="the coast guard"),
     M(K, "268 orang", N, "missing", 268, "2014-04-18", fall=True),
     M(K, "179 orang", N, "rescued", 179, "2014-04-18"),
     M(K, "6.825 ton", N, "tonnage", 6825, cls="tons"),
     M(K, "912 penumpang", N, "capacity", 912, planted=True),
     M(K, "Rabu (16/4/2014)", D, "sink", "2014-04-16"),
     M(K, "Jumat", D, "divers_in", "2014-04-18", occ=2),
     M(K, "325 siswa", N, "students", 325),
     M(K, "Tiga derek apung", N, "cranes", 3),
     M(K, "146 meter", N, "length", 146, cls="len"),
     M(K, "68", N, "age_captain", 68, cls="age"),
     M(K, "Kamis", D, "visit", "2014-04-17"),

     M(R, "171", N, "dead", 171, "2014-04-24"),
     M(R, "Thursday", D, "count24", "2014-04-24"),
     M(R, "131 people", N, "missing", 131, "2014-04-24", fall=True),
     M(R, "476 people", N, "aboard", 476, "2014-04-24", src="the coast guard"),
     M(R, "April 16", D, "sink", "2014-04-16"),
     M(R, "174", N, "rescued", 174, "2014-04-24"),
     M(R, "325 students", N, "students", 325),
     M(R, "75", N, "students_surv", 75),
     M(R, "68", N, "age_captain", 68, cls="age"),
     M(R, "two of his crew", N, "arrested_crew", 2),
     M(R, "Saturday", D, "arrest", "2014-04-19"),
     M(R, "2012", D, "bought", "2012"),
     M(R, "117 passengers", N, "added", 117),
     M(R, "921", N, "capacity", 921),
     M(R, "Wednesday", D, "raid", "2014-04-23"),
     M(R, "More than 200 divers", N, "divers", 200, qual="morethan"),

     M(T, "Senin (6/10/2014)", D, "findings", "2014-10-06"),
     M(T, "2.142 ton", N, "cargo", 2142, cls="tons"),
     M(T, "987 ton", N, "cargo_limit", 987, cls="tons"),
     M(T, "294 jenazah", N, "dead", 294, "2014-10-06"),
     M(T, "10 orang", N, "missing", 10, "2014-10-06", fall=True),
     M(T, "hampir enam bulan", N, "months6", 6, qual="nearly", cls="dur"),
     M(T, "15 April 2014", D, "sink", "2014-04-15", planted=True),
     M(T, "476 orang", N, "aboard", 476, "final"),
     M(T, "172 orang", N, "rescued", 172, "final"),
     M(T, "14 awak lainnya", N, "tried_others", 14),
     M(T, "Juni", D, "trial", "2014-06"),
     M(T, "akhir Oktober", D, "demand", "2014-10"),
     M(T, "27 April", D, "resign", "2014-04-27"),

     M(H, "Tuesday", D, "verdict", "2014-11-11"),
     M(H, "36 years", N, "term_captain", 36, cls="term"),
     M(H, "30", N, "term_engineer", 30, cls="term"),
     M(H, "13 other crew members", N, "others13", 13),
     M(H, "five", N, "term_min", 5, cls="term"),
     M(H, "20 years", N, "term_max", 20, cls="term"),
     M(H, "nearly seven months", N, "months7", 7, qual="nearly", cls="dur"),
     M(H, "April 16", D, "sink", "2014-04-16"),
     M(H, "295 bodies", N, "dead", 295, "final"),
     M(H, "nine people", N, "missing", 9, "final", fall=True),
     M(H, "four students", N, "miss_students", 4),
     M(H, "two teachers", N, "miss_teachers", 2),
     M(H, "304 people", N, "total_dead", 304),
     M(H, "250 students", N, "students_dead", 250),
     M(H, "476 people", N, "aboard", 476, "final"),
     M(H, "172", N, "rescued", 172, "final"),
     M(H, "2,142 tons", N, "cargo", 2142, cls="tons"),
    ]
    build("sewol-2014", "Sinking of the ferry Sewol off Jindo, South Korea (Wednesday 16 April 2014): people on board "
          "counted 462 (the ministry) -> 475 -> 476 (the coast guard), 325 students and 14 teachers; rescued first "
          "given as 368, corrected to 164 the same day, then 179 -> 174 -> 172; the dead rising 4 -> 28 -> 171 -> 294 "
          "-> 295 (304 in all with nine missing); the missing falling 294 -> 268 -> 131 -> 10 -> 9; the ship's 6,825 "
          "tons, 921 passengers' capacity (117 added), 146 m, built 1994, bought 2012; 2,142 tons of cargo against a "
          "987-ton limit; dates of the sinking, the departure the day before, the counts, an arrest, a raid, the "
          "prosecutors' findings in October, the verdict and the end of the search in November", False, ms, names)


def taiwan():
    F, K, T, N_ = "focustaiwan-jan13", "kompas-jan14", "tempo-feb02", "nikkei-may20"
    names = {
     "lai_votes": "votes for Lai", "lai_pct": "Lai's share of the vote", "hou_votes": "votes for Hou",
     "hou_pct": "Hou's share of the vote", "ko_votes": "votes for Ko", "ko_pct": "Ko's share of the vote",
     "margin": "Lai's lead over Hou in votes", "turnout": "turnout in 2024", "turnout2020": "turnout in 2020",
     "voters": "registered voters", "kmt_seats": "KMT seats", "dpp_seats": "DPP seats", "tpp_seats": "TPP seats",
     "indep_seats": "independents' seats", "seats_total": "seats in the legislature", "dpp_2020": "DPP seats in the outgoing legislature",
     "majority": "seats needed for a majority", "tsai_votes": "Tsai's votes in 2020", "tsai_pct": "Tsai's share in 2020",
     "dpp_party": "DPP's party-list share", "kmt_party": "KMT's party-list share", "tpp_party": "TPP's party-list share",
     "han_votes": "Han's votes for speaker (second round)", "you_votes": "You's votes for speaker (second round)",
     "huang_votes": "Huang's votes for speaker (first round)", "bloc": "seats of the KMT bloc with the independents",
     "han_age": "Han's age", "lai_age": "Lai's age", "hsiao_age": "Hsiao's age", "tsai_terms": "Tsai's terms in office",
     "years4": "years since the 2020 election", "months4": "months since the election",
     # dates
     "election": "election day", "y2020": "year of the previous election", "inaug": "inauguration day",
     "speaker": "day the speaker was elected", "y1996": "year of the first direct presidential election",
     "scuffle": "day lawmakers scuffled in the chamber",
    }
    FIN = None
    ms = [
     M(F, "Saturday", D, "election", "2024-01-13"),
     M(F, "four years", N, "years4", 4, cls="dur"),
     M(F, "5,586,019 votes", N, "lai_votes", 5586019, FIN),
     M(F, "40.05 percent", N, "lai_pct", 40.05, cls="pct"),
     M(F, "4,671,021 votes", N, "hou_votes", 4671021),
     M(F, "33.49 percent", N, "hou_pct", 33.49, cls="pct"),
     M(F, "3,690,466 votes", N, "ko_votes", 3690466),
     M(F, "26.46 percent", N, "ko_pct", 26.46, cls="pct"),
     M(F, "more than 900,000 votes", N, "margin", 900000, "2024-01-13T20", "morethan"),
     M(F, "71.86 percent", N, "turnout", 71.86, cls="pct"),
     M(F, "74.9 percent", N, "turnout2020", 74.9, cls="pct"),
     M(F, "2020", D, "y2020", "2020"),
     M(F, "52", N, "kmt_seats", 52),
     M(F, "113 seats", N, "seats_total", 113),
     M(F, "51", N, "dpp_seats", 51),
     M(F, "eight", N, "tpp_seats", 8),
     M(F, "two independents", N, "indep_seats", 2),
     M(F, "61 seats", N, "dpp_2020", 61),
     M(F, "57 seats", N, "majority", 57),
     M(F, "2020", D, "y2020", "2020", occ=2),
     M(F, "8.17 million votes", N, "tsai_votes", 8.17e6),
     M(F, "57.1 percent", N, "tsai_pct", 57.1, cls="pct"),
     M(F, "May 20", D, "inaug", "2024-05-20"),

     M(K, "Sabtu (13/1/2024)", D, "election", "2024-01-13"),
     M(K, "40,05 persen", N, "lai_pct", 40.05, cls="pct"),
     M(K, "5.586.019 suara", N, "lai_votes", 5586019),
     M(K, "sekitar 915.000 suara", N, "margin", 915000, "2024-01-14", "approx"),
     M(K, "33,94 persen", N, "hou_pct", 33.94, cls="pct", planted=True),
     M(K, "26,46 persen", N, "ko_pct", 26.46, cls="pct"),
     M(K, "71,86 persen", N, "turnout", 71.86, cls="pct"),
     M(K, "sekitar 19,5 juta pemilih", N, "voters", 19.5e6, qual="approx"),
     M(K, "52 kursi", N, "kmt_seats", 52),
     M(K, "51 kursi", N, "dpp_seats", 51),
     M(K, "8 kursi", N, "tpp_seats", 8),
     M(K, "113 kursi", N, "seats_total", 113),
     M(K, "57 kursi", N, "majority", 57),
     M(K, "36,16 persen", N, "dpp_party", 36.16, cls="pct"),
     M(K, "34,58 persen", N, "kmt_party", 34.58, cls="pct"),
     M(K, "22,07 persen", N, "tpp_party", 22.07, cls="pct"),
     M(K, "20 Mei 2024", D, "inaug", "2024-05-20"),

     M(T, "Kamis (1/2/2024)", D, "speaker", "2024-02-01"),
     M(T, "54 suara", N, "han_votes", 54),
     M(T, "51 suara", N, "you_votes", 51),
     M(T, "113 suara", N, "seats_total", 113),
     M(T, "8 suara", N, "huang_votes", 8),
     M(T, "Delapan anggota", N, "tpp_seats", 8),
     M(T, "52 kursi", N, "kmt_seats", 52),
     M(T, "dua legislator independen", N, "indep_seats", 2),
     M(T, "54 kursi", N, "bloc", 54),
     M(T, "51 kursi", N, "dpp_seats", 51),
     M(T, "61 kursi", N, "dpp_2020", 61),
     M(T, "66 tahun", N, "han_age", 66, cls="age"),
     M(T, "2020", D, "y2020", "2020"),
     M(T, "40,05 persen", N, "lai_pct", 40.05, cls="pct"),
     M(T, "13 Januari", D, "election", "2024-01-13"),

     M(N_, "Monday", D, "inaug", "2024-05-20"),
     M(N_, "four months", N, "months4", 4, cls="dur"),
     M(N_, "Jan. 13", D, "election", "2024-01-13"),
     M(N_, "40.05%", N, "lai_pct", 40.05, cls="pct"),
     M(N_, "64", N, "lai_age", 64, cls="age"),
     M(N_, "52", N, "hsiao_age", 52, cls="age"),
     M(N_, "5.59 million votes", N, "lai_votes", 5.59e6, qual="approx"),
     M(N_, "4.67 million", N, "hou_votes", 4.67e6, qual="approx"),
     M(N_, "3.69 million", N, "ko_votes", 3.69e6, qual="approx"),
     M(N_, "1996", D, "y1996", "1996"),
     M(N_, "52", N, "kmt_seats", 52, occ=2),
     M(N_, "113 seats", N, "seats_total", 113),
     M(N_, "51", N, "dpp_seats", 51),
     M(N_, "Feb. 2", D, "speaker", "2024-02-02", planted=True),
     M(N_, "two independents", N, "indep_seats", 2),
     M(N_, "Friday", D, "scuffle", "2024-05-17"),
     M(N_, "two", N, "tsai_terms", 2, occ=2),
    ]
    build("taiwan-election-2024", "Taiwan's presidential and legislative elections (Saturday 13 January 2024): Lai "
          "5,586,019 votes (40.05%), Hou 4,671,021 (33.49%), Ko 3,690,466 (26.46%), turnout 71.86% (74.9% in 2020), "
          "Lai's lead more than 900,000 on the night and about 915,000 in the end; seats KMT 52, DPP 51 (61 before), "
          "TPP 8, independents 2 of 113, 57 for a majority; party-list shares; the speaker's election on Thursday 1 "
          "February (Han 54, You 51 in the second round; Huang 8 in the first; the KMT bloc's 54 seats); the "
          "inauguration on Monday 20 May recalling the figures; ages of Lai, Hsiao and Han", False, ms, names)


def ecb():
    R, K, B, F = "reuters-jun06", "kontan-jun07", "bisnis-jun10", "ft-jun12"
    OLD, NEW = "2024-06-11", "2024-06-12"
    names = {
     "cut_bp": "size of the cut (basis points)", "dep": "deposit facility rate", "mro": "main refinancing rate",
     "mlf": "marginal lending rate", "infl24": "inflation projected for 2024", "infl25": "inflation projected for 2025",
     "infl26": "inflation projected for 2026", "core24": "core inflation projected for 2024",
     "core25": "core inflation projected for 2025", "core26": "core inflation projected for 2026",
     "g24": "growth projected for 2024", "g25": "growth projected for 2025", "g26": "growth projected for 2026",
     "infl_may": "euro zone inflation in May 2024", "infl_apr": "euro zone inflation in April 2024",
     "peak": "inflation at its peak", "members": "countries sharing the euro", "hikes": "consecutive increases",
     "hike_total": "increases in total (basis points)", "council": "members of the Governing Council",
     "boc_rate": "the Bank of Canada's new key rate", "years5": "years since the previous cut",
     # dates
     "decision": "day of the decision", "lastcut": "year of the previous cut", "effective": "day the new rates took effect",
     "y2024": "the year 2024 (projections)", "y2025": "the year 2025 (projections)", "y2026": "the year 2026 (projections)",
     "march": "month of the previous projections", "may": "month of the 2.6% inflation", "apr": "month of the 2.4% inflation",
     "peakmonth": "month inflation peaked", "hikestart": "month the increases began",
     "hikeend": "month of the last increase", "boc": "day the Bank of Canada cut", "nextmeet": "the next meeting",
     "nextcut": "month the next cut is expected",
    }
    P = dict(cls="pct")
    R_ = dict(cls="pct", fall=True)
    ms = [
     M(R, "Thursday", D, "decision", "2024-06-06"),
     M(R, "2019", D, "lastcut", "2019"),
     M(R, "25 basis points", N, "cut_bp", 25, cls="bp"),
     M(R, "3.75%", N, "dep", 3.75, NEW, **R_),
     M(R, "4.00%", N, "dep", 4.0, OLD, **R_),
     M(R, "4.25%", N, "mro", 4.25, NEW, **R_),
     M(R, "4.50%", N, "mro", 4.5, OLD, **R_),
     M(R, "4.50%", N, "mlf", 4.5, NEW, occ=2, **R_),
     M(R, "4.75%", N, "mlf", 4.75, OLD, **R_),
     M(R, "June 12", D, "effective", "2024-06-12"),
     M(R, "2.5%", N, "infl24", 2.5, **P),
     M(R, "2.2%", N, "infl25", 2.2, **P),
     M(R, "2025", D, "y2025", "2025"),
     M(R, "1.9%", N, "infl26", 1.9, **P),
     M(R, "2026", D, "y2026", "2026"),
     M(R, "March", D, "march", "2024-03"),
     M(R, "20 countries", N, "members", 20),
     M(R, "0.9%", N, "g24", 0.9, **P),
     M(R, "1.4%", N, "g25", 1.4, **P),
     M(R, "2025", D, "y2025", "2025", occ=2),
     M(R, "1.6%", N, "g26", 1.6, **P),
     M(R, "2026", D, "y2026", "2026", occ=2),
     M(R, "2.6%", N, "infl_may", 2.6, **P),
     M(R, "May", D, "may", "2024-05"),
     M(R, "2.4%", N, "infl_apr", 2.4, **P),
     M(R, "April", D, "apr", "2024-04"),
     M(R, "10.6%", N, "peak", 10.6, **P),
     M(R, "October 2022", D, "peakmonth", "2022-10"),
     M(R, "ten times", N, "hikes", 10),
     M(R, "July 2022", D, "hikestart", "2022-07"),
     M(R, "September 2023", D, "hikeend", "2023-09"),
     M(R, "450 basis points", N, "hike_total", 450, cls="bp"),
     M(R, "26 members", N, "council", 26),
     M(R, "Wednesday", D, "boc", "2024-06-05"),
     M(R, "4.75%", N, "boc_rate", 4.75, occ=2, **P),

     M(K, "25 basis poin", N, "cut_bp", 25, cls="bp"),
     M(K, "Kamis (6/6/2024)", D, "decision", "2024-06-06"),
     M(K, "2019", D, "lastcut", "2019"),
     M(K, "4,00%", N, "dep", 4.0, OLD, **R_),
     M(K, "3,75%", N, "dep", 3.75, NEW, **R_),
     M(K, "4,50%", N, "mro", 4.5, OLD, **R_),
     M(K, "4,25%", N, "mro", 4.25, NEW, **R_),
     M(K, "4,75%", N, "mlf", 4.75, OLD, **R_),
     M(K, "4,50%", N, "mlf", 4.5, NEW, occ=2, **R_),
     M(K, "Rabu (12/6/2024)", D, "effective", "2024-06-12"),
     M(K, "2,5%", N, "infl24", 2.5, **P),
     M(K, "pada 2024", D, "y2024", "2024"),
     M(K, "2,2%", N, "infl25", 2.2, **P),
     M(K, "pada 2025", D, "y2025", "2025"),
     M(K, "1,9%", N, "infl26", 1.9, **P),
     M(K, "pada 2026", D, "y2026", "2026"),
     M(K, "0,9%", N, "g24", 0.9, **P),
     M(K, "1,4%", N, "g25", 1.4, **P),
     M(K, "pada 2025", D, "y2025", "2025", occ=2),
     M(K, "1,6%", N, "g26", 1.6, **P),
     M(K, "pada 2026", D, "y2026", "2026", occ=2),
     M(K, "Mei 2024", D, "may", "2024-05"),
     M(K, "2,6%", N, "infl_may", 2.6, **P),
     M(K, "2,4%", N, "infl_apr", 2.4, **P),
     M(K, "April", D, "apr", "2024-04"),
     M(K, "Juli 2022", D, "hikestart", "2022-07"),
     M(K, "September 2023", D, "hikeend", "2023-09"),
     M(K, "10 kali", N, "hikes", 10),
     M(K, "450 basis poin", N, "hike_total", 450, cls="bp"),
     M(K, "Rabu (5/6/2024)", D, "boc", "2024-06-05"),
     M(K, "4,75%", N, "boc_rate", 4.75, occ=2, **P),

     M(B, "18 Juli 2024", D, "nextmeet", "2024-07-18"),
     M(B, "Kamis (6/6/2024)", D, "decision", "2024-06-06"),
     M(B, "25 basis poin", N, "cut_bp", 25, cls="bp"),
     M(B, "3,75%", N, "dep", 3.75, NEW, **R_),
     M(B, "4,00%", N, "dep", 4.0, OLD, **R_),
     M(B, "September 2023", D, "hikeend", "2023-09"),
     M(B, "4,25%", N, "mro", 4.25, NEW, **R_),
     M(B, "4,50%", N, "mlf", 4.5, NEW, **R_),
     M(B, "12 Juni 2024", D, "effective", "2024-06-12"),
     M(B, "inflasi 2024", D, "y2024", "2024"),
     M(B, "2,5%", N, "infl24", 2.5, **P),
     M(B, "2025", D, "y2025", "2025"),
     M(B, "2,2%", N, "infl25", 2.2, **P),
     M(B, "inflasi 2026", D, "y2026", "2026"),
     M(B, "1,9%", N, "infl26", 1.9, **P),
     M(B, "2,8%", N, "core24", 2.8, **P),
     M(B, "pada 2024", D, "y2024", "2024"),
     M(B, "2,2%", N, "core25", 2.2, occ=2, **P),
     M(B, "pada 2025", D, "y2025", "2025"),
     M(B, "2,0%", N, "core26", 2.0, **P),
     M(B, "pada 2026", D, "y2026", "2026"),
     M(B, "zona euro 2024", D, "y2024", "2024"),
     M(B, "0,9%", N, "g24", 0.9, **P),
     M(B, "1,4%", N, "g25", 1.4, **P),
     M(B, "pada 2025", D, "y2025", "2025", occ=2),
     M(B, "1,6%", N, "g26", 1.6, **P),
     M(B, "pada 2026", D, "y2026", "2026", occ=2),
     M(B, "26 anggota", N, "council", 26),
     M(B, "10,6%", N, "peak", 10.6, **P),
     M(B, "Oktober 2022", D, "peakmonth", "2022-10"),
     M(B, "2,6%", N, "infl_may", 2.6, **P),
     M(B, "Mei 2024", D, "may", "2024-05"),
     M(B, "Juli", D, "nextmeet", "2024-07", occ=2),
     M(B, "September", D, "nextcut", "2024-09", occ=2),

     M(F, "almost five years", N, "years5", 5, qual="nearly", cls="dur"),
     M(F, "Wednesday", D, "effective", "2024-06-12"),
     M(F, "3.75%", N, "dep", 3.75, NEW, **R_),
     M(F, "4%", N, "dep", 4.0, OLD, **R_),
     M(F, "Thursday, June 6", D, "decision", "2024-06-06"),
     M(F, "4.25%", N, "mro", 4.25, NEW, **R_),
     M(F, "4.50%", N, "mlf", 4.5, NEW, **R_),
     M(F, "4%", N, "dep", 4.0, OLD, occ=2, **R_),
     M(F, "September 2023", D, "hikeend", "2023-09"),
     M(F, "ten consecutive increases", N, "hikes", 10),
     M(F, "July 2022", D, "hikestart", "2022-07"),
     M(F, "2.5%", N, "infl24", 2.5, **P),
     M(F, "2024", D, "y2024", "2024"),
     M(F, "2.2%", N, "infl25", 2.2, **P),
     M(F, "2025", D, "y2025", "2025"),
     M(F, "1.9%", N, "infl26", 1.9, **P),
     M(F, "2026", D, "y2026", "2026"),
     M(F, "2.8%", N, "core24", 2.8, **P),
     M(F, "2.2%", N, "core25", 2.2, occ=2, **P),
     M(F, "2.0%", N, "core26", 2.0, **P),
     M(F, "0.9%", N, "g24", 0.9, **P),
     M(F, "1.4%", N, "g25", 1.4, **P),
     M(F, "1.6%", N, "g26", 1.6, **P),
     M(F, "2026", D, "y2026", "2026", occ=2),
     M(F, "2.6%", N, "infl_may", 2.6, **P),
     M(F, "May", D, "may", "2024-05"),
     M(F, "2.4%", N, "infl_apr", 2.4, **P),
     M(F, "26 governors", N, "council", 26),
     M(F, "September", D, "nextcut", "2024-09", occ=2),
     M(F, "July 18", D, "nextmeet", "2024-07-18"),
     M(F, "4.75%", N, "boc_rate", 4.75, **P),
     M(F, "Wednesday, June 5", D, "boc", "2024-06-05"),
    ]
    build("ecb-june-2024", "The European Central Bank's first rate cut since 2019 (control), decided on Thursday 6 June "
          "2024 and in effect on Wednesday 12 June: deposit rate 4.00% -> 3.75%, main refinancing 4.50% -> 4.25%, "
          "marginal lending 4.75% -> 4.50% (25 basis points each); staff projections of inflation 2.5%, 2.2%, 1.9% and "
          "core inflation 2.8%, 2.2%, 2.0% for 2024-2026, growth 0.9%, 1.4%, 1.6%; May's 2.6% against April's 2.4% "
          "and the 10.6% peak of October 2022; ten increases of 450 basis points from July 2022 to September 2023; "
          "the Bank of Canada's cut the day before; the next meeting on 18 July. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    sewol()
    taiwan()
    ecb()
