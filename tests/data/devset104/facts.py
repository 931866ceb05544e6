"""The hundred-and-fourth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset104/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def mangaf():
    R, K, HT, A, T = "reuters-jun12", "kompas-jun13", "hindustantimes-jun14", "antara-jun15", "tempo-jul05"
    # the tallies: Wednesday 12 June (the day of the fire), Thursday 13 June (the bodies identified), Friday 14 June
    # (an injured man dead overnight, the embassy's list, the flight home)
    WED, THU, FRI = "2024-06-12", "2024-06-13", "2024-06-14"
    KUW, MEA = "the Kuwaiti authorities", "India's foreign ministry"
    names = {
     "dead": "people killed in the fire", "injured": "people injured", "workers": "workers living in the building",
     "indian_workers": "Indians living in the building", "storeys": "storeys of the building",
     "indians_dead": "Indians killed", "filipinos": "Filipinos killed", "age_min": "youngest age of most victims",
     "age_max": "oldest age of most victims", "modi_aid": "the prime minister's relief per family (lakh rupees)",
     "kerala_aid": "Kerala's relief per family (lakh rupees)", "yusuffali_aid": "Yusuff Ali's gift per family (lakh rupees)",
     "pillai_aid": "Ravi Pillai's gift per family (lakh rupees)", "kerala_dead": "victims from Kerala",
     "tn_dead": "victims from Tamil Nadu", "bodies_flown": "bodies flown home to India", "states": "Indian states of the dead",
     "indians_hosp": "Indians in hospital",
     # dates
     "fire_day": "day of the fire", "mea_day": "day of India's foreign ministry's statement",
     "identify_day": "day the bodies were identified", "flight_day": "day the bodies were flown home",
    }
    ms = [
     M(R, "six-storey", N, "storeys", 6),
     M(R, "Wednesday", D, "fire_day", "2024-06-12"),
     M(R, "49 people", N, "dead", 49, WED, src=KUW),
     M(R, "50", N, "injured", 50, WED, src=KUW, fall=True),
     M(R, "196 workers", N, "workers", 196),
     M(R, "Wednesday", D, "mea_day", "2024-06-12", occ=2),
     M(R, "around 40 Indians", N, "indians_dead", 40, WED, qual="approx"),
     M(R, "more than 50 people", N, "injured", 50, WED, qual="morethan", src=MEA, fall=True),
     M(R, "20", N, "age_min", 20, cls="age"),
     M(R, "50 years old", N, "age_max", 50, cls="age"),
     M(R, "2 lakh rupees", N, "modi_aid", 2, cls="lakh"),

     M(K, "45 warga India", N, "indians_dead", 45, THU),
     M(K, "3 warga Filipina", N, "filipinos", 3, THU),
     M(K, "Kamis (13/6/2024)", D, "identify_day", "2024-06-13"),
     M(K, "Rabu (12/6/2024)", D, "fire_day", "2024-06-12"),
     M(K, "49 orang", N, "dead", 49, WED, src=KUW),
     M(K, "50 orang", N, "injured", 50, WED, src=KUW, fall=True),
     M(K, "enam lantai", N, "storeys", 6),
     M(K, "169 pekerja asing", N, "workers", 169, planted=True),
     M(K, "24 korban", N, "kerala_dead", 24, THU),
     M(K, "lima korban", N, "tn_dead", 5, THU),
     M(K, "5 lakh rupee", N, "kerala_aid", 5, cls="lakh"),
     M(K, "2 lakh rupee", N, "modi_aid", 2, cls="lakh"),
     M(K, "5 lakh rupee", N, "yusuffali_aid", 5, cls="lakh", occ=2),
     M(K, "2 lakh rupee", N, "pillai_aid", 2, cls="lakh", occ=2),

     M(HT, "45 Indians", N, "bodies_flown", 45),
     M(HT, "Wednesday", D, "fire_day", "2024-06-12"),
     M(HT, "Friday", D, "flight_day", "2024-06-14"),
     M(HT, "12 states", N, "states", 12),
     M(HT, "23", N, "kerala_dead", 23, FRI),
     M(HT, "seven", N, "tn_dead", 7, FRI),
     M(HT, "50", N, "dead", 50, FRI, src=KUW),
     M(HT, "46", N, "indians_dead", 46, FRI),
     M(HT, "Three Filipinos", N, "filipinos", 3, FRI),
     M(HT, "196 foreign workers", N, "workers", 196),
     M(HT, "176", N, "indian_workers", 176),
     M(HT, "33", N, "indians_hosp", 33, FRI, fall=True),

     M(A, "23 pekerja", N, "kerala_dead", 23, FRI),
     M(A, "Jumat (14/6/2024)", D, "flight_day", "2024-06-14"),
     M(A, "45 jenazah", N, "bodies_flown", 45),
     M(A, "24 warga Kerala", N, "kerala_dead", 24, THU),
     M(A, "23 orang", N, "kerala_dead", 23, FRI),
     M(A, "Tujuh jenazah", N, "tn_dead", 7, FRI),
     M(A, "Rabu (12/6/2024)", D, "fire_day", "2024-06-12"),
     M(A, "50 orang", N, "dead", 50, FRI, src=KUW),
     M(A, "46 warga India", N, "indians_dead", 46, FRI),
     M(A, "enam lantai", N, "storeys", 6),
     M(A, "196 pekerja", N, "workers", 196),
     M(A, "176", N, "indian_workers", 176),
     M(A, "33 warga India", N, "indians_hosp", 33, FRI, fall=True),
     M(A, "5 lakh rupee", N, "kerala_aid", 5, cls="lakh"),

     M(T, "13 Juni 2024", D, "fire_day", "2024-06-13", planted=True),
     M(T, "50 orang", N, "dead", 50, FRI, src=KUW),
     M(T, "sekitar 50 orang", N, "injured", 50, WED, qual="approx", src=KUW, fall=True),
     M(T, "46 korban", N, "indians_dead", 46, FRI),
     M(T, "tiga lainnya", N, "filipinos", 3, FRI),
     M(T, "enam lantai", N, "storeys", 6),
     M(T, "196 pekerja asing", N, "workers", 196),
     M(T, "Jenazah 45 warga India", N, "bodies_flown", 45),
     M(T, "14 Juni", D, "flight_day", "2024-06-14"),
     M(T, "23 di antaranya", N, "kerala_dead", 23, FRI),
     M(T, "tujuh", N, "tn_dead", 7, FRI),
     M(T, "2 lakh rupee", N, "modi_aid", 2, cls="lakh"),
    ]
    build("mangaf-fire-2024", "The fire at a workers' building in Mangaf, Kuwait, before dawn on Wednesday 12 June "
          "2024: 49 dead and 50 injured on the day (the Kuwaiti authorities), 50 dead on Friday 14 June after an "
          "injured man died; India's foreign ministry's around 40 Indians dead on Wednesday, 45 Indians and 3 "
          "Filipinos identified on Thursday 13 June, 46 Indians on Friday; 196 workers (176 Indians) in the building, "
          "33 Indians in hospital; 24 victims from Kerala given on Thursday, lowered to 23 on Friday; Tamil Nadu's 5 "
          "then 7; relief of 2 lakh rupees (the prime minister) and 5 lakh (Kerala); the bodies of 45 Indians flown "
          "home on Friday 14 June", False, ms, names)


def algeria():
    R, K, AJ, A, T = "reuters-sep08", "kompas-sep10", "aljazeera-sep14", "antara-sep17", "tempo-oct03"
    # the electoral authority's preliminary results (Sunday 8 September) and the court's final ones (Saturday 14
    # September) are two bodies' figures (sources); the same body's figure is one value
    ANIE, COURT = "the electoral authority ANIE", "the Constitutional Court"
    names = {
     "t_share": "Tebboune's share", "t_votes": "votes for Tebboune", "h_share": "Hassani Cherif's share",
     "h_votes": "votes for Hassani Cherif", "a_share": "Aouchiche's share", "a_votes": "votes for Aouchiche",
     "turnout": "turnout", "turnout5": "turnout at 5 p.m.", "registered": "registered voters",
     "voters": "voters who cast a ballot", "spoiled": "spoiled ballots", "valid": "valid votes",
     "t_age": "Tebboune's age", "h_age": "Hassani Cherif's age", "a_age": "Aouchiche's age",
     "share2019": "Tebboune's share in 2019", "turnout2019": "turnout in 2019", "term": "years of a presidential term",
     "days_after": "days from the court's ruling to the swearing-in",
     # dates
     "election": "day of the election", "anie_turnout_day": "day the provisional turnout was given",
     "turnout5_day": "day of the 5 p.m. turnout", "prelim": "day of the preliminary results",
     "joint_statement": "day of the campaigns' joint statement", "court": "day of the court's final results",
     "sworn": "day Tebboune was sworn in", "first_election": "Tebboune's first election",
     "scheduled": "month the election was first due", "announced": "month the early election was announced",
    }
    ms = [
     M(R, "94.65%", N, "t_share", 94.65, cls="pct", src=ANIE),
     M(R, "Saturday", D, "election", "2024-09-07"),
     M(R, "Sunday", D, "prelim", "2024-09-08"),
     M(R, "78", N, "t_age", 78, cls="age"),
     M(R, "5,329,253 votes", N, "t_votes", 5329253, src=ANIE),
     M(R, "57", N, "h_age", 57, cls="age"),
     M(R, "178,797 votes", N, "h_votes", 178797, src=ANIE),
     M(R, "3.17%", N, "h_share", 3.17, cls="pct", src=ANIE),
     M(R, "41", N, "a_age", 41, cls="age"),
     M(R, "122,146 votes", N, "a_votes", 122146, src=ANIE),
     M(R, "2.16%", N, "a_share", 2.16, cls="pct", src=ANIE),
     M(R, "48.03%", N, "turnout", 48.03, cls="pct", src=ANIE),
     M(R, "Saturday", D, "anie_turnout_day", "2024-09-07", occ=2),
     M(R, "Saturday", D, "turnout5_day", "2024-09-07", occ=3),
     M(R, "about 26%", N, "turnout5", 26, qual="approx", cls="pct"),
     M(R, "More than 24 million", N, "registered", 24000000, qual="morethan"),
     M(R, "December 2019", D, "first_election", "2019-12"),
     M(R, "58%", N, "share2019", 58, cls="pct"),
     M(R, "39.83%", N, "turnout2019", 39.83, cls="pct"),

     M(K, "Minggu (8/9/2024)", D, "joint_statement", "2024-09-08"),
     M(K, "94,65 persen", N, "t_share", 94.65, cls="pct", src=ANIE),
     M(K, "Sabtu (7/9/2024)", D, "election", "2024-09-07"),
     M(K, "3,17 persen", N, "h_share", 3.17, cls="pct", src=ANIE),
     M(K, "2,16 persen", N, "a_share", 2.16, cls="pct", src=ANIE),
     M(K, "48,03 persen", N, "turnout", 48.03, cls="pct", src=ANIE),
     M(K, "Lebih dari 24 juta", N, "registered", 24000000, qual="morethan"),
     M(K, "78 tahun", N, "t_age", 78, cls="age"),

     M(AJ, "Saturday", D, "court", "2024-09-14"),
     M(AJ, "84.30 percent", N, "t_share", 84.30, cls="pct", src=COURT),
     M(AJ, "nearly 95 percent", N, "t_share", 95, qual="nearly", cls="pct", src=ANIE),
     M(AJ, "7,976,291 votes", N, "t_votes", 7976291, src=COURT),
     M(AJ, "904,642 votes", N, "h_votes", 904642, src=COURT),
     M(AJ, "9.56 percent", N, "h_share", 9.56, cls="pct", src=COURT),
     M(AJ, "580,495 votes", N, "a_votes", 580495, src=COURT),
     M(AJ, "6.14 percent", N, "a_share", 6.14, cls="pct", src=COURT),
     M(AJ, "September 7", D, "election", "2024-09-07"),
     M(AJ, "46.10 percent", N, "turnout", 46.10, cls="pct", src=COURT),
     M(AJ, "11,226,065", N, "voters", 11226065),
     M(AJ, "24,351,551", N, "registered", 24351551),
     M(AJ, "1,764,637", N, "spoiled", 1764637),
     M(AJ, "9,461,428", N, "valid", 9461428),
     M(AJ, "Sunday", D, "prelim", "2024-09-08"),
     M(AJ, "94.65 percent", N, "t_share", 94.65, cls="pct", src=ANIE),
     M(AJ, "78", N, "t_age", 78, cls="age"),
     M(AJ, "December 2019", D, "first_election", "2019-12"),

     M(A, "Selasa (17/9/2024)", D, "sworn", "2024-09-17"),
     M(A, "tiga hari", N, "days_after", 3, cls="dur"),
     M(A, "84,03 persen", N, "t_share", 84.03, cls="pct", src=COURT, planted=True),
     M(A, "7 September", D, "election", "2024-09-07"),
     M(A, "46,10 persen", N, "turnout", 46.10, cls="pct", src=COURT),
     M(A, "48,03 persen", N, "turnout", 48.03, cls="pct", src=ANIE),
     M(A, "9,56 persen", N, "h_share", 9.56, cls="pct", src=COURT),
     M(A, "6,14 persen", N, "a_share", 6.14, cls="pct", src=COURT),
     M(A, "lima tahun", N, "term", 5, cls="dur"),
     M(A, "78 tahun", N, "t_age", 78, cls="age"),
     M(A, "Desember 2019", D, "first_election", "2019-12"),
     M(A, "Desember", D, "scheduled", "2024-12", occ=2),
     M(A, "Maret", D, "announced", "2024-03"),

     M(T, "8 September", D, "prelim", "2024-09-08"),
     M(T, "94,65 persen", N, "t_share", 94.65, cls="pct", src=ANIE),
     M(T, "14 September", D, "court", "2024-09-14"),
     M(T, "84,30 persen", N, "t_share", 84.30, cls="pct", src=COURT),
     M(T, "7.976.291 suara", N, "t_votes", 7976291, src=COURT),
     M(T, "3,17 persen", N, "h_share", 3.17, cls="pct", src=ANIE),
     M(T, "9,56 persen", N, "h_share", 9.56, cls="pct", src=COURT),
     M(T, "2,16 persen", N, "a_share", 2.16, cls="pct", src=ANIE),
     M(T, "6,14 persen", N, "a_share", 6.14, cls="pct", src=COURT),
     M(T, "1.764.637", N, "spoiled", 1764637),
     M(T, "46,10 persen", N, "turnout", 46.10, cls="pct", src=COURT),
     M(T, "39,83 persen", N, "turnout2019", 39.83, cls="pct"),
     M(T, "2019", D, "first_election", "2019"),
     M(T, "17 September", D, "sworn", "2024-09-17"),
     M(T, "lima tahun", N, "term", 5, cls="dur"),
    ]
    build("algeria-election-2024", "Algeria's presidential election of Saturday 7 September 2024: the electoral "
          "authority ANIE's preliminary results of Sunday 8 September (Tebboune 5,329,253 votes, 94.65%; Hassani "
          "Cherif 178,797, 3.17%; Aouchiche 122,146, 2.16%; a provisional average turnout of 48.03%) against the "
          "Constitutional Court's final results of Saturday 14 September (Tebboune 7,976,291, 84.30%; Hassani Cherif "
          "904,642, 9.56%; Aouchiche 580,495, 6.14%; turnout 46.10%, 11,226,065 of 24,351,551 registered, 1,764,637 "
          "spoiled ballots); Tebboune sworn in on Tuesday 17 September 2024", False, ms, names)


def saudi():
    R, AN, B, K = "reuters-dec06", "arabnews-dec07", "bisnis-dec08", "kontan-dec09"
    names = {
     "deficit": "the 2024 deficit (billion riyals)", "deficit_usd": "the 2024 deficit in dollars",
     "revenue": "2024 revenue (trillion riyals)", "revenue_usd": "2024 revenue in dollars",
     "spending": "2024 spending (trillion riyals)", "deficit_gdp": "the 2024 deficit as a share of GDP",
     "debt": "public debt in 2024 (trillion riyals)", "debt_gdp": "public debt as a share of GDP in 2024",
     "debt23": "public debt in 2023 (trillion riyals)", "growth": "GDP growth forecast for 2024",
     "growth23": "GDP growth estimated for 2023", "nonoil23": "non-oil growth estimated for 2023",
     "rev23": "2023 revenue (trillion riyals)", "oil23": "2023 oil revenue (billion riyals)",
     "spend23": "2023 spending (trillion riyals)", "def23": "the 2023 deficit (billion riyals)",
     "def23_gdp": "the 2023 deficit as a share of GDP", "military": "military spending in 2024 (billion riyals)",
     "military23": "military spending budgeted for 2023 (billion riyals)",
     # dates
     "approval": "day the budget was approved",
    }
    TN, BN = "sar_tn", "sar_bn"
    ms = [
     M(R, "Wednesday", D, "approval", "2023-12-06"),
     M(R, "79 billion riyals", N, "deficit", 79, cls=BN),
     M(R, "$21.07 billion", N, "deficit_usd", 21.07, cls="usd"),
     M(R, "1.172 trillion riyals", N, "revenue", 1.172, cls=TN),
     M(R, "$312.48 billion", N, "revenue_usd", 312.48, cls="usd"),
     M(R, "1.251 trillion riyals", N, "spending", 1.251, cls=TN),
     M(R, "1.9%", N, "deficit_gdp", 1.9, cls="pct"),
     M(R, "1.103 trillion riyals", N, "debt", 1.103, cls=TN),
     M(R, "25.9%", N, "debt_gdp", 25.9, cls="pct"),
     M(R, "1.024 trillion riyals", N, "debt23", 1.024, cls=TN),
     M(R, "4.4%", N, "growth", 4.4, cls="pct"),
     M(R, "0.03%", N, "growth23", 0.03, cls="pct"),
     M(R, "1.193 trillion riyals", N, "rev23", 1.193, cls=TN),
     M(R, "752 billion riyals", N, "oil23", 752, cls=BN),
     M(R, "1.275 trillion riyals", N, "spend23", 1.275, cls=TN),
     M(R, "82 billion riyals", N, "def23", 82, cls=BN),
     M(R, "2%", N, "def23_gdp", 2, cls="pct"),
     M(R, "269 billion riyals", N, "military", 269, cls=BN),
     M(R, "259 billion riyals", N, "military23", 259, cls=BN),
     M(R, "5.9%", N, "nonoil23", 5.9, cls="pct"),

     M(AN, "Wednesday", D, "approval", "2023-12-06"),
     M(AN, "SR1.251 trillion", N, "spending", 1.251, cls=TN),
     M(AN, "SR1.172 trillion", N, "revenue", 1.172, cls=TN),
     M(AN, "SR79 billion", N, "deficit", 79, cls=BN),
     M(AN, "1.9 percent", N, "deficit_gdp", 1.9, cls="pct"),
     M(AN, "4.4 percent", N, "growth", 4.4, cls="pct"),
     M(AN, "0.03 percent", N, "growth23", 0.03, cls="pct"),
     M(AN, "5.9 percent", N, "nonoil23", 5.9, cls="pct"),
     M(AN, "SR1.103 trillion", N, "debt", 1.103, cls=TN),
     M(AN, "25.9 percent", N, "debt_gdp", 25.9, cls="pct"),
     M(AN, "SR1.024 trillion", N, "debt23", 1.024, cls=TN),
     M(AN, "SR82 billion", N, "def23", 82, cls=BN),
     M(AN, "2 percent", N, "def23_gdp", 2, cls="pct"),
     M(AN, "SR1.193 trillion", N, "rev23", 1.193, cls=TN),
     M(AN, "SR1.275 trillion", N, "spend23", 1.275, cls=TN),
     M(AN, "SR752 billion", N, "oil23", 752, cls=BN),
     M(AN, "SR269 billion", N, "military", 269, cls=BN),
     M(AN, "SR259 billion", N, "military23", 259, cls=BN),

     M(B, "1,251 triliun riyal", N, "spending", 1.251, cls=TN),
     M(B, "1,172 triliun riyal", N, "revenue", 1.172, cls=TN),
     M(B, "Rabu (6/12/2023)", D, "approval", "2023-12-06"),
     M(B, "79 miliar riyal", N, "deficit", 79, cls=BN),
     M(B, "US$21,07 miliar", N, "deficit_usd", 21.07, cls="usd"),
     M(B, "1,9%", N, "deficit_gdp", 1.9, cls="pct"),
     M(B, "4,4%", N, "growth", 4.4, cls="pct"),
     M(B, "0,03%", N, "growth23", 0.03, cls="pct"),
     M(B, "5,9%", N, "nonoil23", 5.9, cls="pct"),
     M(B, "1,103 triliun riyal", N, "debt", 1.103, cls=TN),
     M(B, "25,9%", N, "debt_gdp", 25.9, cls="pct"),
     M(B, "1,024 triliun riyal", N, "debt23", 1.024, cls=TN),
     M(B, "1,193 triliun riyal", N, "rev23", 1.193, cls=TN),
     M(B, "752 miliar riyal", N, "oil23", 752, cls=BN),
     M(B, "1,275 triliun riyal", N, "spend23", 1.275, cls=TN),
     M(B, "82 miliar riyal", N, "def23", 82, cls=BN),
     M(B, "2%", N, "def23_gdp", 2, cls="pct"),
     M(B, "269 miliar riyal", N, "military", 269, cls=BN),
     M(B, "259 miliar riyal", N, "military23", 259, cls=BN),

     M(K, "Rabu, 6 Desember 2023", D, "approval", "2023-12-06"),
     M(K, "79 miliar riyal", N, "deficit", 79, cls=BN),
     M(K, "1,172 triliun riyal", N, "revenue", 1.172, cls=TN),
     M(K, "US$312,48 miliar", N, "revenue_usd", 312.48, cls="usd"),
     M(K, "1,251 triliun riyal", N, "spending", 1.251, cls=TN),
     M(K, "1,9 persen", N, "deficit_gdp", 1.9, cls="pct"),
     M(K, "4,4 persen", N, "growth", 4.4, cls="pct"),
     M(K, "0,03 persen", N, "growth23", 0.03, cls="pct"),
     M(K, "1,103 triliun riyal", N, "debt", 1.103, cls=TN),
     M(K, "25,9 persen", N, "debt_gdp", 25.9, cls="pct"),
     M(K, "82 miliar riyal", N, "def23", 82, cls=BN),
     M(K, "2 persen", N, "def23_gdp", 2, cls="pct"),
     M(K, "1,193 triliun riyal", N, "rev23", 1.193, cls=TN),
     M(K, "1,275 triliun riyal", N, "spend23", 1.275, cls=TN),
     M(K, "269 miliar riyal", N, "military", 269, cls=BN),
     M(K, "259 miliar riyal", N, "military23", 259, cls=BN),
     M(K, "5,9 persen", N, "nonoil23", 5.9, cls="pct"),
    ]
    build("saudi-budget-2024", "Saudi Arabia's 2024 budget (control), approved on Wednesday 6 December 2023: revenue "
          "of 1.172 trillion riyals ($312.48 billion), spending of 1.251 trillion, a deficit of 79 billion riyals "
          "($21.07 billion, 1.9% of GDP); public debt of 1.103 trillion riyals (25.9% of GDP) from 1.024 trillion in "
          "2023; growth of 4.4% forecast for 2024 after 0.03% in 2023 (non-oil 5.9%); the 2023 estimates of revenue "
          "1.193 trillion (752 billion from oil), spending 1.275 trillion and a deficit of 82 billion (2% of GDP); "
          "military spending of 269 billion riyals against 259 billion budgeted for 2023. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    mangaf()
    algeria()
    saudi()
