"""The sixty-sixth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset66/facts.py``.
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
    R, K, A, T, X = "reuters-jul05", "kompas-jul08", "ap-jul09", "tempo-jul20", "texastribune-sep06"
    # Friday 4 July 2025: the sheriff's 13 around midday, Patrick's missing girls in the afternoon, about 24 that
    # night; Sunday 6 July afternoon 68; Monday 7 July: the camp's dead counted 28 in the morning and 27 from the
    # evening, the county's 84 at 2 p.m.; Tuesday 8 July: 87 in the county, 109 statewide, 161 missing
    F12, F15, F21 = "2025-07-04T12", "2025-07-04T15", "2025-07-04T21"
    SUN, MON08, MON14, MON18, TUE = "2025-07-06T15", "2025-07-07T08", "2025-07-07T14", "2025-07-07T18", "2025-07-08"
    J14, J19, S05 = "2025-07-14", "2025-07-19", "2025-09-05"
    # around midday on the Friday the sheriff's 13 dead and the lieutenant governor's six to 10 bodies: two sources
    SHERIFF, PATRICK = "the Kerr County sheriff", "Lieutenant Governor Dan Patrick"
    names = {
     "dead_kerr": "people killed in Kerr County", "dead_state": "people killed across Texas",
     "adults_kerr": "adults among Kerr County's dead", "children_kerr": "children among Kerr County's dead",
     "mystic_dead": "campers and counselors killed at Camp Mystic", "mystic_missing": "Camp Mystic campers missing",
     "campers": "girls at Camp Mystic", "missing_kerr": "people missing in Kerr County",
     "missing_state": "people missing across Texas", "rise": "the river's rise (feet)", "rise_time": "time the river took to rise",
     "helicopters": "helicopters in the search", "drones": "drones in the search", "personnel": "personnel in the search",
     "sirens": "grants for warning sirens", "since": "time since the floods",
     # dates
     "flood": "day of the floods", "toll13_day": "day the sheriff gave 13 dead", "watch": "day of the flood watch",
     "count68_day": "day of the count of 68", "count84_day": "day of the count of 84", "mystic28_day": "day the camp's dead were counted 28",
     "declaration": "day of the federal disaster declaration", "abbott41_day": "day Abbott gave 41 missing",
     "count109_day": "day of the count of 109", "visit": "day of Trump's visit", "missing3_day": "day the missing were revised to three",
     "abbott97_day": "day Abbott gave 97 missing", "session_start": "day the special session opened",
     "signing": "day the camp safety bills were signed", "session2_end": "day the second special session ended",
     "hearing": "day of the joint hearing in Kerrville",
    }
    ms = [
     M(R, "Friday", D, "flood", "2025-07-04"),
     M(R, "about 24 people", N, "dead_kerr", 24, F21, "approx"),
     M(R, "26 feet", N, "rise", 26, cls="len"),
     M(R, "8 meters", N, "rise", 26, qual="unit", cls="len"),
     M(R, "45 minutes", N, "rise_time", 45, cls="dur"),
     M(R, "Friday", D, "toll13_day", "2025-07-04", occ=2),
     M(R, "13", N, "dead_kerr", 13, F12, src=SHERIFF),
     M(R, "about 23", N, "mystic_missing", 23, F15, "approx", fall=True),
     M(R, "roughly 750 girls", N, "campers", 750, qual="approx"),
     M(R, "14 helicopters", N, "helicopters", 14),
     M(R, "12 drones", N, "drones", 12),
     M(R, "Thursday", D, "watch", "2025-07-03"),

     M(K, "84 orang", N, "dead_kerr", 84, MON14),
     M(K, "Senin (7/7/2025)", D, "count84_day", "2025-07-07"),
     M(K, "56 orang dewasa", N, "adults_kerr", 56, MON14),
     M(K, "28 anak-anak", N, "children_kerr", 28, MON14),
     M(K, "Minggu sore", D, "count68_day", "2025-07-06"),
     M(K, "68 korban", N, "dead_kerr", 68, SUN),
     M(K, "28 anak di bawah umur", N, "children_kerr", 28, SUN),
     M(K, "Jumat (4/7/2025)", D, "flood", "2025-07-04"),
     M(K, "sekitar 8 meter", N, "rise", 26, qual="approx", cls="len"),
     M(K, "45 menit", N, "rise_time", 45, cls="dur"),
     M(K, "Jumat siang", D, "toll13_day", "2025-07-04"),
     M(K, "13 korban", N, "dead_kerr", 13, F12, src=SHERIFF),
     M(K, "enam hingga 10 jenazah", N, "dead_kerr", 10, F12, src=PATRICK),
     M(K, "Senin pagi", D, "mystic28_day", "2025-07-07"),
     M(K, "28 peserta dan pembina", N, "mystic_dead", 28, MON08),
     M(K, "Sepuluh peserta kemah", N, "mystic_missing", 10, MON14, fall=True),
     M(K, "Minggu (6/7/2025)", D, "declaration", "2025-07-06"),
     M(K, "Minggu", D, "abbott41_day", "2025-07-06", occ=3),
     M(K, "41 orang", N, "missing_state", 41, SUN, fall=True),

     M(A, "at least 109", N, "dead_state", 109, TUE, "atleast"),
     M(A, "Tuesday", D, "count109_day", "2025-07-08"),
     M(A, "161 people", N, "missing_kerr", 161, TUE, fall=True),
     M(A, "87 bodies", N, "dead_kerr", 87, TUE),
     M(A, "30 children", N, "children_kerr", 30, TUE),
     M(A, "84", N, "dead_kerr", 84, MON14),
     M(A, "27 campers and counselors", N, "mystic_dead", 27, MON18),
     M(A, "five campers", N, "mystic_missing", 5, TUE, fall=True),
     M(A, "Monday morning", D, "mystic28_day", "2025-07-07"),
     M(A, "26 feet", N, "rise", 26, cls="len"),
     M(A, "45 minutes", N, "rise_time", 45, cls="dur"),
     M(A, "Friday, July 4", D, "flood", "2025-07-04"),
     M(A, "Sunday", D, "declaration", "2025-07-06"),
     M(A, "Friday", D, "visit", "2025-07-11", occ=2),

     M(T, "tiga orang", N, "missing_kerr", 3, J19, fall=True),
     M(T, "Sabtu, 19 Juli 2025", D, "missing3_day", "2025-07-19"),
     M(T, "97 orang", N, "missing_kerr", 97, J14, fall=True),
     M(T, "Senin, 14 Juli 2025", D, "abbott97_day", "2025-07-14"),
     M(T, "lebih dari 160 orang", N, "missing_kerr", 160, TUE, "morethan", fall=True),
     M(T, "101 orang", N, "missing_state", 101, J14, fall=True),
     M(T, "107 orang", N, "dead_kerr", 107, J19),
     M(T, "sedikitnya 135 orang", N, "dead_state", 135, J19, "atleast"),
     M(T, "Jumat (5/7/2025)", D, "flood", "2025-07-05", planted=True),
     M(T, "27 peserta kemah dan pembina", N, "mystic_dead", 27, J19),
     M(T, "lebih dari 1.000 petugas", N, "personnel", 1000, J19, "morethan"),
     M(T, "11 Juli", D, "visit", "2025-07-11"),
     M(T, "Senin (21/7/2025)", D, "session_start", "2025-07-21"),

     M(X, "Friday", D, "signing", "2025-09-05"),
     M(X, "two months", N, "since", 2, cls="dur"),
     M(X, "more than 130 people", N, "dead_state", 130, S05, "morethan"),
     M(X, "27 campers and counselors", N, "mystic_dead", 27, S05),
     M(X, "$50 million", N, "sirens", 50e6, cls="money"),
     M(X, "26 feet", N, "rise", 26, cls="len"),
     M(X, "54 minutes", N, "rise_time", 54, cls="dur", planted=True),
     M(X, "July 4", D, "flood", "2025-07-04"),
     M(X, "Wednesday", D, "session2_end", "2025-09-03"),
     M(X, "July 31", D, "hearing", "2025-07-31"),
    ]
    build("texas-hill-country-floods-2025", "The flash floods on the Guadalupe River in the Texas Hill Country (before "
          "dawn on Friday 4 July 2025): Kerr County's dead 13 -> about 24 on the Friday -> 68 on Sunday 6 July -> 84 on "
          "Monday 7 July -> 87 on Tuesday 8 July -> 107 by Saturday 19 July, at least 109 -> at least 135 across Texas; "
          "the campers and counselors killed at Camp Mystic counted 28 on the Monday morning and lowered to 27; the "
          "missing in Kerr County 161 (Tuesday 8 July) -> 97 (Monday 14 July) -> three (Saturday 19 July), revised as "
          "people were found safe; the river's rise of 26 feet in 45 minutes; the camp safety laws signed on Friday 5 "
          "September 2025", False, ms, names)


def canada():
    R, K, C, T, A = "reuters-apr29", "kompas-may03", "cbc-may11", "tempo-may14", "antara-aug19"
    # seats: the preliminary count (Tuesday 29 April), Terrebonne validated (Thursday 1 May), Milton East validated
    # (Friday 2 May), Terrebonne recounted (Saturday 10 May), the cabinet's day (13 May), the final count after the
    # Terra Nova recount (late May)
    P, V1, V2, R10, C13, FIN = "2025-04-29", "2025-05-01", "2025-05-02", "2025-05-10", "2025-05-13", "2025-05-24"
    names = {
     "lib": "Liberal seats", "cons": "Conservative seats", "bloc": "Bloc Quebecois seats", "ndp": "NDP seats",
     "green": "Green seats", "ndp_prev": "NDP seats before the vote", "status": "seats needed for official party status",
     "gap": "seats the Liberals were short of a majority", "majority": "seats needed for a majority",
     "total": "seats in the House of Commons", "lib_share": "Liberal share of the vote", "cons_share": "Conservative share of the vote",
     "forty": "share both big parties topped", "turnout": "turnout", "ballots": "ballots cast",
     "terre_prelim": "Auguste's lead in Terrebonne on election night", "terre_val": "Sinclair-Desgagne's validated lead in Terrebonne",
     "terre_recount": "Auguste's margin after the Terrebonne recount", "auguste_votes": "Auguste's votes after the recount",
     "sd_votes": "Sinclair-Desgagne's votes after the recount", "milton_prelim": "Gill's lead in Milton East on election night",
     "milton_val": "Tesser Derksen's validated lead in Milton East", "tn_prelim": "the Liberal lead in Terra Nova before the recount",
     "tn_recount": "Rowe's margin after the Terra Nova recount", "windsor_val": "Borrelli's validated lead in Windsor",
     "windsor_recount": "Borrelli's margin after the Windsor recount", "other_recounts": "other ridings with recounts",
     "recount_rule": "margin below which a recount is automatic", "ministers": "cabinet ministers",
     "secretaries": "secretaries of state", "pp_share": "Poilievre's share in the by-election",
     "critchley_share": "Critchley's share in the by-election", "candidates": "candidates in the by-election",
     "kurek_share": "Kurek's share in April",
     # dates
     "vote": "day of the election", "prelim": "day of the preliminary results", "y1930": "1930",
     "carleton_since": "year Poilievre first won Carleton", "leader": "month Carney became Liberal leader",
     "val1": "day Terrebonne was validated", "val2": "day Milton East was validated", "announce": "day Carney announced the dates",
     "cabinet": "day the cabinet was sworn in", "parliament": "day Parliament opened",
     "recount": "day the Terrebonne recount ended", "judge": "day the judge granted the Windsor recount",
     "windsor_start": "day the Windsor recount began", "byelection": "day of the by-election",
     "house_return": "month the House sat again",
    }
    ms = [
     M(R, "Monday", D, "vote", "2025-04-28"),
     M(R, "169", N, "lib", 169, P),
     M(R, "343 seats", N, "total", 343),
     M(R, "three short", N, "gap", 3, P, fall=True),
     M(R, "172", N, "majority", 172),
     M(R, "Tuesday", D, "prelim", "2025-04-29"),
     M(R, "144 seats", N, "cons", 144, P),
     M(R, "22", N, "bloc", 22, P),
     M(R, "7", N, "ndp", 7, P),
     M(R, "43.7%", N, "lib_share", 43.7, P, cls="pct"),
     M(R, "41.3%", N, "cons_share", 41.3, P, cls="pct"),
     M(R, "1930", D, "y1930", "1930"),
     M(R, "40%", N, "forty", 40, cls="pct"),
     M(R, "2004", D, "carleton_since", "2004"),
     M(R, "24 seats", N, "ndp_prev", 24),
     M(R, "12", N, "status", 12),
     M(R, "more than 67%", N, "turnout", 67, P, "morethan", cls="pct"),
     M(R, "more than 19.2 million", N, "ballots", 19.2e6, P, "morethan"),
     M(R, "March", D, "leader", "2025-03"),

     M(K, "28 April 2025", D, "vote", "2025-04-28"),
     M(K, "Kamis (1/5/2025)", D, "val1", "2025-05-01"),
     M(K, "44 suara", N, "terre_val", 44),
     M(K, "35 suara", N, "terre_prelim", 35),
     M(K, "168 kursi", N, "lib", 168, V1),
     M(K, "23 kursi", N, "bloc", 23, V1),
     M(K, "Jumat (2/5/2025)", D, "val2", "2025-05-02"),
     M(K, "29 suara", N, "milton_val", 29),
     M(K, "289 suara", N, "milton_prelim", 289, planted=True),
     M(K, "169 kursi", N, "lib", 169, V2),
     M(K, "143 kursi", N, "cons", 143, V2),
     M(K, "tiga kursi", N, "gap", 3, V2, fall=True),
     M(K, "172 kursi", N, "majority", 172),
     M(K, "0,1 persen", N, "recount_rule", 0.1, cls="pct"),
     M(K, "12 suara", N, "tn_prelim", 12),
     M(K, "Jumat", D, "announce", "2025-05-02", occ=2),
     M(K, "13 Mei", D, "cabinet", "2025-05-13"),
     M(K, "26 Mei", D, "parliament", "2025-05-26"),

     M(C, "one vote", N, "terre_recount", 1),
     M(C, "170 seats", N, "lib", 170, R10),
     M(C, "two short", N, "gap", 2, R10, fall=True),
     M(C, "Saturday", D, "recount", "2025-05-10"),
     M(C, "23,352 votes", N, "auguste_votes", 23352),
     M(C, "23,351", N, "sd_votes", 23351),
     M(C, "44 votes", N, "terre_val", 44),
     M(C, "35", N, "terre_prelim", 35),
     M(C, "22 seats", N, "bloc", 22, R10),
     M(C, "143", N, "cons", 143, R10),
     M(C, "three other ridings", N, "other_recounts", 3),
     M(C, "29 votes", N, "milton_val", 29),
     M(C, "12", N, "tn_prelim", 12),
     M(C, "298-vote", N, "milton_prelim", 298),
     M(C, "Friday", D, "judge", "2025-05-09"),
     M(C, "77 votes", N, "windsor_val", 77),
     M(C, "May 20", D, "windsor_start", "2025-05-20"),
     M(C, "Tuesday, May 13", D, "cabinet", "2025-05-13"),

     M(T, "Selasa, 13 Mei 2025", D, "cabinet", "2025-05-13"),
     M(T, "28 menteri", N, "ministers", 28),
     M(T, "10 sekretaris negara", N, "secretaries", 10),
     M(T, "170", N, "lib", 170, C13),
     M(T, "343", N, "total", 343),
     M(T, "Sabtu (10/5/2025)", D, "recount", "2025-05-10"),
     M(T, "satu suara", N, "terre_recount", 1),
     M(T, "dua kursi", N, "gap", 2, C13, fall=True),
     M(T, "172 kursi", N, "majority", 172),
     M(T, "Senin (28/4/2025)", D, "vote", "2025-04-28"),
     M(T, "43,7 persen", N, "lib_share", 43.7, P, cls="pct"),
     M(T, "26 Mei", D, "parliament", "2025-05-26"),

     M(A, "Senin (18/8/2025)", D, "byelection", "2025-08-18"),
     M(A, "sekitar 80 persen", N, "pp_share", 80, qual="approx", cls="pct"),
     M(A, "sekitar 10 persen", N, "critchley_share", 10, qual="approx", cls="pct"),
     M(A, "214 kandidat", N, "candidates", 214),
     M(A, "82,8 persen", N, "kurek_share", 82.8, cls="pct"),
     M(A, "April", D, "vote", "2025-04"),
     M(A, "2004", D, "carleton_since", "2004"),
     M(A, "Senin (28/4/2025)", D, "vote", "2025-04-28"),
     M(A, "169", N, "lib", 169, FIN),
     M(A, "343", N, "total", 343),
     M(A, "43,8 persen", N, "lib_share", 43.8, FIN, cls="pct"),
     M(A, "144 kursi", N, "cons", 144, FIN),
     M(A, "41,3 persen", N, "cons_share", 41.3, FIN, cls="pct"),
     M(A, "170", N, "lib", 170, R10),
     M(A, "satu suara", N, "terre_recount", 1),
     M(A, "12 suara", N, "tn_recount", 12),
     M(A, "4 suara", N, "windsor_recount", 4),
     M(A, "22 kursi", N, "bloc", 22, FIN),
     M(A, "7 kursi", N, "ndp", 7, FIN),
     M(A, "1 kursi", N, "green", 1, FIN),
     M(A, "September", D, "house_return", "2025-09"),
    ]
    build("canada-federal-election-2025", "Canada's federal election (Monday 28 April 2025): the preliminary count of "
          "Tuesday 29 April (Liberals 169 of 343, three short of 172, Conservatives 144, Bloc 22, NDP 7; 43.7% and "
          "41.3%) against the validation of Thursday 1 May (Terrebonne to the Bloc by 44: Liberals 168, Bloc 23) and "
          "Friday 2 May (Milton East-Halton Hills South to the Liberals by 29 after Gill's 298 on the night: Liberals "
          "169, Conservatives 143), the Terrebonne recount of Saturday 10 May (Auguste by one vote, 23,352 to 23,351: "
          "Liberals 170, Bloc 22), the cabinet of 28 ministers and 10 secretaries of state sworn in on Tuesday 13 May, "
          "the final count after the Terra Nova recount (Liberals 169, Conservatives 144; 43.8% and 41.3%) and "
          "Poilievre's by-election win of Monday 18 August 2025", False, ms, names)


def malaysia():
    S, K, C, N_ = "thestar-feb14", "kontan-feb15", "cnbcindonesia-feb16", "nst-feb17"
    names = {
     "q4": "GDP growth in the fourth quarter", "year": "GDP growth in 2024", "prev_year": "GDP growth in 2023",
     "q3": "GDP growth in the third quarter", "advance": "the advance estimate for the fourth quarter",
     "qoq": "quarter-on-quarter contraction", "construction": "construction growth in the fourth quarter",
     "manufacturing": "manufacturing growth in the fourth quarter", "inflation": "inflation in 2024",
     "inflation_prev": "inflation in 2023", "ca": "current account surplus in 2024", "ca_prev": "current account surplus in 2023",
     "ringgit": "the ringgit's rise against the dollar", "f_low": "bottom of the 2025 forecast range",
     "f_high": "top of the 2025 forecast range", "t_low": "bottom of the 2024 target range",
     "t_high": "top of the 2024 target range",
     # dates
     "release": "day of the release", "growth_year": "the year of the growth figure", "prev_year_d": "the year before",
     "forecast_year": "the year of the forecast", "advance_day": "day of the advance estimate",
    }
    ms = [
     M(S, "5.1%", N, "year", 5.1, cls="pct"),
     M(S, "2024", D, "growth_year", "2024"),
     M(S, "3.6%", N, "prev_year", 3.6, cls="pct"),
     M(S, "2023", D, "prev_year_d", "2023"),
     M(S, "Friday", D, "release", "2025-02-14"),
     M(S, "5.0%", N, "q4", 5.0, cls="pct"),
     M(S, "5.4%", N, "q3", 5.4, cls="pct"),
     M(S, "4.8%", N, "advance", 4.8, cls="pct"),
     M(S, "1.1%", N, "qoq", 1.1, cls="pct"),
     M(S, "20.7%", N, "construction", 20.7, cls="pct"),
     M(S, "4.4%", N, "manufacturing", 4.4, cls="pct"),
     M(S, "1.8%", N, "inflation", 1.8, cls="pct"),
     M(S, "2.5%", N, "inflation_prev", 2.5, cls="pct"),
     M(S, "1.7%", N, "ca", 1.7, cls="pct"),
     M(S, "1.5%", N, "ca_prev", 1.5, cls="pct"),
     M(S, "2.7%", N, "ringgit", 2.7, cls="pct"),
     M(S, "4.5%", N, "f_low", 4.5, cls="pct"),
     M(S, "5.5%", N, "f_high", 5.5, cls="pct"),
     M(S, "2025", D, "forecast_year", "2025"),

     M(K, "5,1%", N, "year", 5.1, cls="pct"),
     M(K, "2024", D, "growth_year", "2024"),
     M(K, "3,6%", N, "prev_year", 3.6, cls="pct"),
     M(K, "2023", D, "prev_year_d", "2023"),
     M(K, "Jumat (14/2/2025)", D, "release", "2025-02-14"),
     M(K, "5,0%", N, "q4", 5.0, cls="pct"),
     M(K, "4,8%", N, "advance", 4.8, cls="pct"),
     M(K, "5,4%", N, "q3", 5.4, cls="pct"),
     M(K, "1,1%", N, "qoq", 1.1, cls="pct"),
     M(K, "20,7%", N, "construction", 20.7, cls="pct"),
     M(K, "4,4%", N, "manufacturing", 4.4, cls="pct"),
     M(K, "1,8%", N, "inflation", 1.8, cls="pct"),
     M(K, "2,5%", N, "inflation_prev", 2.5, cls="pct"),
     M(K, "2,7%", N, "ringgit", 2.7, cls="pct"),
     M(K, "4,5%-5,5%", N, "f_low", 4.5, cls="pct", also=(("f_high", 5.5),)),

     M(C, "5%", N, "q4", 5.0, cls="pct"),
     M(C, "Jumat (14/2/2025)", D, "release", "2025-02-14"),
     M(C, "4,8%", N, "advance", 4.8, cls="pct"),
     M(C, "17 Januari", D, "advance_day", "2025-01-17"),
     M(C, "2024", D, "growth_year", "2024"),
     M(C, "5,1%", N, "year", 5.1, cls="pct"),
     M(C, "3,6%", N, "prev_year", 3.6, cls="pct"),
     M(C, "2023", D, "prev_year_d", "2023"),
     M(C, "20,7%", N, "construction", 20.7, cls="pct"),
     M(C, "4,4%", N, "manufacturing", 4.4, cls="pct"),
     M(C, "1,7%", N, "ca", 1.7, cls="pct"),
     M(C, "2,7%", N, "ringgit", 2.7, cls="pct"),
     M(C, "1,8%", N, "inflation", 1.8, cls="pct"),
     M(C, "4,5%-5,5%", N, "f_low", 4.5, cls="pct", also=(("f_high", 5.5),)),
     M(C, "2025", D, "forecast_year", "2025", occ=2),

     M(N_, "5.1 per cent", N, "year", 5.1, cls="pct"),
     M(N_, "4.8 to 5.3 per cent", N, "t_low", 4.8, cls="pct", also=(("t_high", 5.3),)),
     M(N_, "Feb 14", D, "release", "2025-02-14"),
     M(N_, "5.0 per cent", N, "q4", 5.0, cls="pct"),
     M(N_, "5.4 per cent", N, "q3", 5.4, cls="pct"),
     M(N_, "3.6 per cent", N, "prev_year", 3.6, cls="pct"),
     M(N_, "2023", D, "prev_year_d", "2023"),
     M(N_, "1.7 per cent", N, "ca", 1.7, cls="pct"),
     M(N_, "1.5 per cent", N, "ca_prev", 1.5, cls="pct"),
     M(N_, "1.8 per cent", N, "inflation", 1.8, cls="pct"),
     M(N_, "2.5 per cent", N, "inflation_prev", 2.5, cls="pct"),
     M(N_, "4.5 to 5.5 per cent", N, "f_low", 4.5, cls="pct", also=(("f_high", 5.5),)),
     M(N_, "1.1 per cent", N, "qoq", 1.1, cls="pct"),
    ]
    build("malaysia-q4-gdp-2024", "Malaysia's fourth-quarter and full-year 2024 GDP (control), released by Bank Negara "
          "Malaysia and the Department of Statistics Malaysia on Friday 14 February 2025: the fourth quarter 5.0% "
          "year-on-year (third quarter 5.4%, advance estimate of 17 January 4.8%), a 1.1% quarter-on-quarter "
          "contraction seasonally adjusted, construction 20.7%, manufacturing 4.4%; 2024 5.1% against 3.6% in 2023, "
          "within the 4.8-5.3% target; inflation 1.8% (2.5%), current account surplus 1.7% of GDP (1.5%), the ringgit "
          "up 2.7% against the dollar; 4.5-5.5% forecast for 2025. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    floods()
    canada()
    malaysia()
