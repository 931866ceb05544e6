"""The seventy-sixth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset76/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def train():
    R, K, A, DT, AN = "reuters-mar12", "kompas-mar13", "ap-mar14", "detik-mar18", "antara-apr05"
    # the tallies: Tuesday 11 March in the evening (about 100 freed), Wednesday 12 March in the morning (about 190
    # freed) and at night (the military's statement: 21 hostages and four soldiers dead, more than 340 freed),
    # Thursday 13 March (25 bodies at Mach; an army official's 28 military dead, 27 of them soldiers among the
    # hostages), Friday 14 March (the spokesman's news conference: 26 hostages, 18 of them soldiers, five more
    # soldiers in the operation, 354 freed)
    TUE, WED_AM, WED, THU, FRI = "2025-03-11T20", "2025-03-12T08", "2025-03-12T20", "2025-03-13", "2025-03-14"
    ARMY, BLA, RAIL = "the military", "the Baloch Liberation Army", "a Balochistan railway official"
    names = {
     "militants": "attackers killed", "hostages_dead": "hostages killed",
     "soldier_hostages": "soldiers and paramilitaries among the hostages killed",
     "military_dead": "military personnel killed (an army official's count)",
     "rail_dead": "railway staff among the dead", "civilians_dead": "civilians among the hostages killed",
     "police_dead": "police officers among the bodies", "op_soldiers": "soldiers killed in the rescue operation",
     "freed": "hostages freed", "passengers": "passengers aboard", "coaches": "coaches of the train",
     "bodies": "bodies taken to Mach", "unidentified": "bodies not yet identified",
     "held": "people the BLA said it held", "attackers": "gunmen taking part (the junior minister)",
     "deadline": "the BLA's deadline", "siege_hours": "length of the siege", "op_days": "length of the operation",
     "distance": "distance of the site from Quetta", "compensation": "compensation per family",
     "suspension": "days the service was suspended", "journey": "length of the journey to Quetta",
     "booked": "passengers booked on the first train after the attack", "facilitators": "suspected helpers arrested",
     # dates
     "attack": "day of the hijacking", "op_end": "day the operation ended",
     "count190_day": "day of the morning count of 190 freed", "bodies_day": "day the bodies were taken to Mach",
     "funeral": "day of the first funerals", "presser": "day of the spokesman's news conference",
     "toll1_day": "day of the military's first toll", "official27_day": "day of the army official's count",
     "comp_day": "day the compensation was announced", "arrest_day": "day the FIA arrested a suspect",
     "resume": "day the service resumed",
    }
    ms = [
     M(R, "33", N, "militants", 33),
     M(R, "Wednesday", D, "op_end", "2025-03-12"),
     M(R, "21", N, "hostages_dead", 21, WED, src=ARMY),
     M(R, "four soldiers", N, "op_soldiers", 4, WED),
     M(R, "440 passengers", N, "passengers", 440),
     M(R, "nine coaches", N, "coaches", 9),
     M(R, "Tuesday", D, "attack", "2025-03-11"),
     M(R, "About 100", N, "freed", 100, TUE, qual="approx"),
     M(R, "214 people", N, "held", 214, src=BLA),
     M(R, "48 hours", N, "deadline", 48, cls="dur"),
     M(R, "50", N, "hostages_dead", 50, WED, src=BLA),
     M(R, "70 to 80", N, "attackers", 80),

     M(K, "25 jenazah", N, "bodies", 25, THU, src=RAIL),
     M(K, "Kamis (13/3/2025)", D, "bodies_day", "2025-03-13"),
     M(K, "19", N, "soldier_hostages", 19, THU, src=RAIL),
     M(K, "satu polisi", N, "police_dead", 1, THU, src=RAIL),
     M(K, "satu petugas kereta api", N, "rail_dead", 1, THU, src=RAIL),
     M(K, "empat jenazah", N, "unidentified", 4, THU),
     M(K, "28 orang", N, "military_dead", 28, THU, src=ARMY),
     M(K, "27", N, "soldier_hostages", 27, THU, src=ARMY),
     M(K, "Rabu (12/3/2025)", D, "op_end", "2025-03-12"),
     M(K, "33", N, "militants", 33),
     M(K, "21", N, "hostages_dead", 21, WED, src=ARMY),
     M(K, "empat tentara", N, "op_soldiers", 4, WED),
     M(K, "lebih dari 340", N, "freed", 340, WED, qual="morethan"),
     M(K, "dua hari", N, "op_days", 2, cls="dur"),
     M(K, "Rabu pagi", D, "count190_day", "2025-03-12"),
     M(K, "sekitar 190", N, "freed", 190, WED_AM, qual="approx"),
     M(K, "Selasa (11/3/2025)", D, "attack", "2025-03-11"),
     M(K, "sekitar 450 penumpang", N, "passengers", 450, qual="approx"),
     M(K, "sembilan gerbong", N, "coaches", 9),
     M(K, "Kamis sore", D, "funeral", "2025-03-13"),

     M(A, "Twenty-six", N, "hostages_dead", 26, FRI, src=ARMY),
     M(A, "18", N, "soldier_hostages", 18, FRI, src=ARMY),
     M(A, "Friday", D, "presser", "2025-03-14"),
     M(A, "three railway employees", N, "rail_dead", 3, FRI, src=ARMY),
     M(A, "five civilians", N, "civilians_dead", 5, FRI, src=ARMY),
     M(A, "Five", N, "op_soldiers", 5, FRI),
     M(A, "354", N, "freed", 354, FRI),
     M(A, "33", N, "militants", 33),
     M(A, "more than 30 hours", N, "siege_hours", 30, qual="morethan", cls="dur"),
     M(A, "Wednesday", D, "toll1_day", "2025-03-12"),
     M(A, "21", N, "hostages_dead", 21, WED, src=ARMY),
     M(A, "four soldiers", N, "op_soldiers", 4, WED),
     M(A, "27", N, "soldier_hostages", 27, THU, src=ARMY),
     M(A, "Thursday", D, "official27_day", "2025-03-13"),
     M(A, "Tuesday", D, "attack", "2025-03-11"),
     M(A, "about 160 kilometers", N, "distance", 160, qual="approx", cls="km"),

     M(DT, "5,2 juta rupee", N, "compensation", 5.2e6, cls="money"),
     M(DT, "Sabtu (15/3/2025)", D, "comp_day", "2025-03-15"),
     M(DT, "26", N, "hostages_dead", 26, FRI, src=ARMY),
     M(DT, "18", N, "soldier_hostages", 18, FRI, src=ARMY),
     M(DT, "Lima tentara", N, "op_soldiers", 5, FRI),
     M(DT, "33", N, "militants", 33),
     M(DT, "345", N, "freed", 345, FRI, planted=True),
     M(DT, "lebih dari 30 jam", N, "siege_hours", 30, qual="morethan", cls="dur"),
     M(DT, "Selasa (11/3/2025)", D, "attack", "2025-03-11"),
     M(DT, "Senin (17/3/2025)", D, "arrest_day", "2025-03-17"),

     M(AN, "16 hari", N, "suspension", 16, cls="dur"),
     M(AN, "Kamis (27/3/2025)", D, "resume", "2025-03-27"),
     M(AN, "280 penumpang", N, "booked", 280),
     M(AN, "sekitar 34 jam", N, "journey", 34, qual="approx", cls="dur"),
     M(AN, "11 Maret 2025", D, "attack", "2025-03-11"),
     M(AN, "440 penumpang", N, "passengers", 440),
     M(AN, "26", N, "hostages_dead", 26, FRI, src=ARMY),
     M(AN, "18", N, "soldier_hostages", 18, FRI, src=ARMY),
     M(AN, "lima tentara", N, "op_soldiers", 5, FRI),
     M(AN, "354", N, "freed", 354, FRI),
     M(AN, "33", N, "militants", 33),
     M(AN, "12 Maret 2025", D, "op_end", "2025-03-12"),
     M(AN, "empat orang", N, "facilitators", 4),
    ]
    build("jaffar-express-2025", "The hijacking of the Jaffar Express (Quetta to Peshawar, 440 passengers in nine "
          "coaches) by the Baloch Liberation Army near the Bolan Pass in Balochistan on Tuesday 11 March 2025: about "
          "100 freed by Tuesday evening, about 190 by Wednesday morning; the operation ended on Wednesday 12 March "
          "with all 33 attackers killed, the military giving 21 hostages and four soldiers dead and more than 340 "
          "freed (the BLA claiming 50 hostages killed); on Thursday 13 March 25 bodies taken to Mach (a railway "
          "official: 19 soldiers among them) and an army official's count of 28 military dead, 27 of them soldiers "
          "among the hostages; on Friday 14 March the spokesman's count of 26 hostages killed (18 soldiers and "
          "paramilitaries, three railway employees, five civilians), five soldiers killed in the operation and 354 "
          "freed; compensation announced on Saturday 15 March; the service resumed on Thursday 27 March after 16 "
          "days", False, ms, names)


def bolivia():
    R, K, A, T, AN = "reuters-aug18", "kompas-aug22", "ap-oct20", "tempo-oct23", "antara-nov10"
    P1, OFF, P2 = ("the TSE's preliminary count of the first round", "the TSE's official count",
                   "the TSE's preliminary count of the runoff (Sirepre)")
    names = {
     "paz_r1": "Paz's share in the first round", "quiroga_r1": "Quiroga's share in the first round",
     "doria_r1": "Doria Medina's share in the first round", "rodriguez_r1": "Rodriguez's share in the first round",
     "reyes_r1": "Reyes Villa's share in the first round", "mas_r1": "the MAS candidate's share in the first round",
     "nullblank_r1": "null and blank ballots in the first round", "p1_counted": "tally sheets counted (first night)",
     "r1_counted": "tally sheets in the official first-round count", "paz_votes_r1": "Paz's votes in the first round",
     "quiroga_votes_r1": "Quiroga's votes in the first round", "threshold": "share needed to win outright",
     "threshold40": "share needed with a ten-point lead", "lead_rule": "lead needed with 40%",
     "mas_years": "years the MAS governed", "mas_deputies": "the MAS's seats in the lower house",
     "registered": "registered voters", "age": "Paz's age", "term": "the president's term",
     "assembly_term": "the legislature's term", "inflation": "annual inflation",
     "p2_counted": "tally sheets counted (runoff night)", "r2_counted": "tally sheets in the official runoff count",
     "paz_r2": "Paz's share in the runoff", "quiroga_r2": "Quiroga's share in the runoff",
     "turnout_r2": "turnout in the runoff (estimate)", "valid_r2": "valid votes in the runoff",
     "blank_r2": "blank votes in the runoff", "null_r2": "null votes in the runoff",
     "ballots_r2": "ballots cast in the runoff", "countries": "countries where Bolivians voted abroad",
     "ministers": "ministers sworn in", "women": "women among the ministers", "ministries": "ministries of Paz's cabinet",
     "arce_ministries": "ministries under Arce", "crisis_years": "years since a crisis this bad",
     "ambassador_gap": "years without ambassadors",
     # dates
     "r1": "day of the first round", "runoff": "day of the runoff", "inauguration": "day of the swearing-in",
     "r1_count_done": "day the official first-round count was completed",
     "certification": "day the TSE was to certify the first round", "r2_count_done": "day the official runoff count was completed",
     "cabinet": "day the cabinet was sworn in", "constitution": "year of the constitution",
     "father_from": "year Jaime Paz Zamora took office", "father_to": "year Jaime Paz Zamora left office",
    }
    ms = [
     M(R, "Sunday", D, "r1", "2025-08-17"),
     M(R, "Oct. 19", D, "runoff", "2025-10-19"),
     M(R, "92%", N, "p1_counted", 92, cls="pct"),
     M(R, "32.1%", N, "paz_r1", 32.1, cls="pct", src=P1),
     M(R, "about 27%", N, "quiroga_r1", 27, qual="approx", cls="pct", src=P1),
     M(R, "about 20%", N, "doria_r1", 20, qual="approx", cls="pct", src=P1),
     M(R, "more than 50%", N, "threshold", 50, qual="morethan", cls="pct"),
     M(R, "at least 40%", N, "threshold40", 40, qual="atleast", cls="pct"),
     M(R, "10 percentage points", N, "lead_rule", 10, cls="pp"),
     M(R, "almost 20 years", N, "mas_years", 20, qual="nearly", cls="dur"),
     M(R, "just over 3%", N, "mas_r1", 3, qual="morethan", cls="pct", src=P1),
     M(R, "about 19%", N, "nullblank_r1", 19, qual="approx", cls="pct", src=P1),
     M(R, "Nearly 8 million", N, "registered", 8e6, qual="nearly"),
     M(R, "57", N, "age", 57, "2025-08-17", cls="age"),
     M(R, "1989", D, "father_from", "1989"),
     M(R, "1993", D, "father_to", "1993"),
     M(R, "Nov. 8", D, "inauguration", "2025-11-08"),
     M(R, "five-year", N, "term", 5, cls="dur"),
     M(R, "nearly 25%", N, "inflation", 25, qual="nearly", cls="pct"),

     M(K, "100 persen", N, "r1_counted", 100, cls="pct"),
     M(K, "Kamis (21/8/2025)", D, "r1_count_done", "2025-08-21"),
     M(K, "32,06 persen", N, "paz_r1", 32.06, cls="pct", src=OFF),
     M(K, "1.717.532 suara", N, "paz_votes_r1", 1717532),
     M(K, "Minggu (18/8/2025)", D, "r1", "2025-08-18", planted=True),
     M(K, "26,70 persen", N, "quiroga_r1", 26.70, cls="pct", src=OFF),
     M(K, "1.430.176 suara", N, "quiroga_votes_r1", 1430176),
     M(K, "19,69 persen", N, "doria_r1", 19.69, cls="pct", src=OFF),
     M(K, "8,51 persen", N, "rodriguez_r1", 8.51, cls="pct", src=OFF),
     M(K, "6,75 persen", N, "reyes_r1", 6.75, cls="pct", src=OFF),
     M(K, "3,17 persen", N, "mas_r1", 3.17, cls="pct", src=OFF),
     M(K, "lebih dari 50 persen", N, "threshold", 50, qual="morethan", cls="pct"),
     M(K, "minimal 40 persen", N, "threshold40", 40, qual="atleast", cls="pct"),
     M(K, "10 poin", N, "lead_rule", 10, cls="pp"),
     M(K, "19 Oktober 2025", D, "runoff", "2025-10-19"),
     M(K, "2009", D, "constitution", "2009"),
     M(K, "Selasa (26/8/2025)", D, "certification", "2025-08-26"),
     M(K, "hampir 20 tahun", N, "mas_years", 20, qual="nearly", cls="dur"),
     M(K, "dua kursi", N, "mas_deputies", 2),

     M(A, "Sunday", D, "runoff", "2025-10-19"),
     M(A, "97.68%", N, "p2_counted", 97.68, cls="pct"),
     M(A, "54.57%", N, "paz_r2", 54.57, cls="pct", src=P2),
     M(A, "45.43%", N, "quiroga_r2", 45.43, cls="pct", src=P2),
     M(A, "85% and 89%", N, "turnout_r2", 87, qual="approx", cls="pct"),
     M(A, "94.56%", N, "valid_r2", 94.56, cls="pct", src=P2),
     M(A, "0.75%", N, "blank_r2", 0.75, cls="pct", src=P2),
     M(A, "4.69%", N, "null_r2", 4.69, cls="pct", src=P2),
     M(A, "2009", D, "constitution", "2009"),
     M(A, "58", N, "age", 58, "2025-10-19", cls="age"),
     M(A, "Nov. 8", D, "inauguration", "2025-11-08"),
     M(A, "Aug. 17", D, "r1", "2025-08-17"),
     M(A, "32.06%", N, "paz_r1", 32.06, cls="pct", src=OFF),
     M(A, "26.70%", N, "quiroga_r1", 26.70, cls="pct", src=OFF),
     M(A, "Around 7.9 million", N, "registered", 7.9e6, qual="approx"),

     M(T, "100 persen", N, "r2_counted", 100, cls="pct"),
     M(T, "Rabu, 22 Oktober 2025", D, "r2_count_done", "2025-10-22"),
     M(T, "54,96 persen", N, "paz_r2", 54.96, cls="pct", src=OFF),
     M(T, "45,04 persen", N, "quiroga_r2", 45.04, cls="pct", src=OFF),
     M(T, "94,57 persen", N, "valid_r2", 94.57, cls="pct", src=OFF),
     M(T, "0,73 persen", N, "blank_r2", 0.73, cls="pct", src=OFF),
     M(T, "4,69 persen", N, "null_r2", 4.69, cls="pct", src=OFF),
     M(T, "6.771.811 suara", N, "ballots_r2", 6771811),
     M(T, "Minggu (19/10/2025)", D, "runoff", "2025-10-19"),
     M(T, "sekitar 54,6 persen", N, "paz_r2", 54.6, qual="approx", cls="pct", src=P2),
     M(T, "sekitar 45,4 persen", N, "quiroga_r2", 45.4, qual="approx", cls="pct", src=P2),
     M(T, "22 negara", N, "countries", 22),
     M(T, "17 Agustus 2025", D, "r1", "2025-08-17"),
     M(T, "lima tahun", N, "assembly_term", 5, cls="dur"),
     M(T, "8 November 2025", D, "inauguration", "2025-11-08"),

     M(AN, "14 menteri", N, "ministers", 14),
     M(AN, "tiga", N, "women", 3),
     M(AN, "Minggu (9/11/2025)", D, "cabinet", "2025-11-09"),
     M(AN, "Sabtu (8/11/2025)", D, "inauguration", "2025-11-08"),
     M(AN, "lima tahun", N, "term", 5, cls="dur"),
     M(AN, "14 kementerian", N, "ministries", 14),
     M(AN, "17 kementerian", N, "arce_ministries", 17),
     M(AN, "40 tahun", N, "crisis_years", 40, cls="dur"),
     M(AN, "19 Oktober 2025", D, "runoff", "2025-10-19"),
     M(AN, "54,69 persen", N, "paz_r2", 54.69, cls="pct", src=OFF, planted=True),
     M(AN, "17 Agustus 2025", D, "r1", "2025-08-17"),
     M(AN, "32,06 persen", N, "paz_r1", 32.06, cls="pct", src=OFF),
     M(AN, "hampir 20 tahun", N, "mas_years", 20, qual="nearly", cls="dur"),
     M(AN, "17 tahun", N, "ambassador_gap", 17, cls="dur"),
    ]
    build("bolivia-election-2025", "Bolivia's general election of 2025: the first round of Sunday 17 August (the "
          "preliminary count at 92%: Paz 32.1%, Quiroga about 27%; the official count completed on Thursday 21 "
          "August: Paz 32.06% or 1,717,532 votes, Quiroga 26.70% or 1,430,176, Doria Medina 19.69%, Rodriguez 8.51%, "
          "Reyes Villa 6.75%, del Castillo (MAS) 3.17%; certification set for Tuesday 26 August); the runoff of "
          "Sunday 19 October (the preliminary count at 97.68%: Paz 54.57%, Quiroga 45.43%; the official count "
          "completed on Wednesday 22 October: Paz 54.96%, Quiroga 45.04%, 6,771,811 ballots); Paz sworn in on "
          "Saturday 8 November and his 14 ministers on Sunday 9 November 2025", False, ms, names)


def gdp():
    C, G, K, P = "cnbcindonesia-nov05", "jakartaglobe-nov06", "kontan-nov07", "thejakartapost-nov08"
    names = {
     "gdp": "GDP growth in the third quarter (year on year)", "q2": "GDP growth in the second quarter",
     "q1": "GDP growth in the first quarter", "ctc": "cumulative growth to the third quarter",
     "ctc_months": "months of the cumulative period", "manuf": "manufacturing growth",
     "manuf_share": "manufacturing's share of GDP", "manuf_share_prev": "manufacturing's share a year earlier",
     "trade_src": "trade's contribution to growth", "info_src": "information and communication's contribution",
     "hh": "household consumption growth", "gov": "government consumption growth",
     "pmtb": "gross fixed capital formation growth", "exports": "export growth", "metals": "basic metals growth",
     "fnb": "food and beverage industry growth", "chem": "chemical and pharmaceutical industry growth",
     "java": "Java's growth", "java_share": "Java's share of GDP", "sulawesi": "Sulawesi's growth",
     "target": "the government's growth target for 2025", "mining": "mining's cumulative contraction",
     "unemp": "open unemployment rate in August 2025", "unemp_prev": "open unemployment rate a year earlier",
     # dates
     "release": "day of the release", "purbaya_day": "day of the finance minister's remarks",
     "target_year": "the target's year", "lfs_month": "month of the labour survey",
    }
    ms = [
     M(C, "5,04%", N, "gdp", 5.04, cls="pct"),
     M(C, "5,12%", N, "q2", 5.12, cls="pct"),
     M(C, "Rabu (5/11/2025)", D, "release", "2025-11-05"),
     M(C, "5,01%", N, "ctc", 5.01, cls="pct"),
     M(C, "5,54%", N, "manuf", 5.54, cls="pct"),
     M(C, "19,15%", N, "manuf_share", 19.15, cls="pct"),
     M(C, "19,02%", N, "manuf_share_prev", 19.02, cls="pct"),
     M(C, "0,72%", N, "trade_src", 0.72, cls="pp"),
     M(C, "0,63%", N, "info_src", 0.63, cls="pp"),
     M(C, "4,89%", N, "hh", 4.89, cls="pct"),
     M(C, "5,49%", N, "gov", 5.49, cls="pct"),
     M(C, "5,04%", N, "pmtb", 5.04, cls="pct", occ=2),
     M(C, "9,91%", N, "exports", 9.91, cls="pct"),

     M(G, "5.04 percent", N, "gdp", 5.04, cls="pct"),
     M(G, "Wednesday", D, "release", "2025-11-05"),
     M(G, "5.12 percent", N, "q2", 5.12, cls="pct"),
     M(G, "nine months", N, "ctc_months", 9, cls="dur"),
     M(G, "5.01 percent", N, "ctc", 5.01, cls="pct"),
     M(G, "5.54 percent", N, "manuf", 5.54, cls="pct"),
     M(G, "19.15 percent", N, "manuf_share", 19.15, cls="pct"),
     M(G, "19.02 percent", N, "manuf_share_prev", 19.02, cls="pct"),
     M(G, "18.62 percent", N, "metals", 18.62, cls="pct"),
     M(G, "6.49 percent", N, "fnb", 6.49, cls="pct"),
     M(G, "4.89 percent", N, "hh", 4.89, cls="pct"),
     M(G, "9.91 percent", N, "exports", 9.91, cls="pct"),
     M(G, "5.49 percent", N, "gov", 5.49, cls="pct"),
     M(G, "5.04 percent", N, "pmtb", 5.04, cls="pct", occ=2),
     M(G, "56.68 percent", N, "java_share", 56.68, cls="pct"),
     M(G, "5.17 percent", N, "java", 5.17, cls="pct"),
     M(G, "5.84 percent", N, "sulawesi", 5.84, cls="pct"),
     M(G, "5.2 percent", N, "target", 5.2, cls="pct"),
     M(G, "2025", D, "target_year", "2025"),

     M(K, "5,04 persen", N, "gdp", 5.04, cls="pct"),
     M(K, "Rabu, 5 November 2025", D, "release", "2025-11-05"),
     M(K, "5,12 persen", N, "q2", 5.12, cls="pct"),
     M(K, "4,87 persen", N, "q1", 4.87, cls="pct"),
     M(K, "5,01 persen", N, "ctc", 5.01, cls="pct"),
     M(K, "5,54 persen", N, "manuf", 5.54, cls="pct"),
     M(K, "18,62 persen", N, "metals", 18.62, cls="pct"),
     M(K, "6,49 persen", N, "fnb", 6.49, cls="pct"),
     M(K, "11,65 persen", N, "chem", 11.65, cls="pct"),
     M(K, "4,89 persen", N, "hh", 4.89, cls="pct"),
     M(K, "9,91 persen", N, "exports", 9.91, cls="pct"),
     M(K, "5,49 persen", N, "gov", 5.49, cls="pct"),
     M(K, "5,84 persen", N, "sulawesi", 5.84, cls="pct"),
     M(K, "5,17 persen", N, "java", 5.17, cls="pct"),
     M(K, "56,68 persen", N, "java_share", 56.68, cls="pct"),
     M(K, "0,43 persen", N, "mining", 0.43, cls="pct"),

     M(P, "Nov. 5", D, "release", "2025-11-05"),
     M(P, "5.04 percent", N, "gdp", 5.04, cls="pct"),
     M(P, "5.12 percent", N, "q2", 5.12, cls="pct"),
     M(P, "5.01 percent", N, "ctc", 5.01, cls="pct"),
     M(P, "4.89 percent", N, "hh", 4.89, cls="pct"),
     M(P, "5.54 percent", N, "manuf", 5.54, cls="pct"),
     M(P, "19.15 percent", N, "manuf_share", 19.15, cls="pct"),
     M(P, "5.04 percent", N, "pmtb", 5.04, cls="pct", occ=2),
     M(P, "5.49 percent", N, "gov", 5.49, cls="pct"),
     M(P, "9.91 percent", N, "exports", 9.91, cls="pct"),
     M(P, "0.72 percentage point", N, "trade_src", 0.72, qual="unit", cls="pp"),
     M(P, "5.84 percent", N, "sulawesi", 5.84, cls="pct"),
     M(P, "Thursday", D, "purbaya_day", "2025-11-06"),
     M(P, "5.2 percent", N, "target", 5.2, cls="pct"),
     M(P, "2025", D, "target_year", "2025"),
     M(P, "4.85 percent", N, "unemp", 4.85, cls="pct"),
     M(P, "August", D, "lfs_month", "2025-08"),
     M(P, "4.91 percent", N, "unemp_prev", 4.91, cls="pct"),
    ]
    build("indonesia-q3-gdp-2025", "Statistics Indonesia's (BPS) release of third-quarter GDP (control) on Wednesday "
          "5 November 2025: 5.04% year on year (5.12% in the second quarter, 4.87% in the first), 5.01% cumulatively; "
          "manufacturing 5.54% (share 19.15% from 19.02%), basic metals 18.62%, food and beverages 6.49%, chemicals "
          "11.65%; trade's contribution 0.72 point, information and communication 0.63; household consumption 4.89%, "
          "government consumption 5.49%, gross fixed capital formation 5.04%, exports 9.91%; Java 5.17% (56.68% of "
          "GDP), Sulawesi 5.84%; mining -0.43% cumulatively; the 2025 target of 5.2%; unemployment 4.85% in August "
          "(4.91% a year earlier). Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    train()
    bolivia()
    gdp()
