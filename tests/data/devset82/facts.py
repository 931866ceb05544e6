"""The eighty-second development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset82/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def freddy():
    R, K, A, T, F = "reuters-mar14", "kompas-mar15", "ap-mar16", "tempo-mar21", "afp-jul02-2024"
    # Malawi's disaster department's tallies: Monday 13 March (evening), Tuesday 14 March (afternoon), Wednesday
    # 15 March, Thursday 16 March, Friday 17 March (night), Monday 20 March, and the final count (April 2023); the
    # record duration of Cyclone John as cited in March 2023 and as re-analysed by the WMO's committee (2 July 2024)
    MON, TUE, WED, THU, FRI, MON20, FINAL = ("2023-03-13", "2023-03-14", "2023-03-15", "2023-03-16", "2023-03-17",
                                            "2023-03-20", "2023-04")
    MARCH, WMO24 = "2023-03", "2024-07-02"
    DODMA, POLICE = "Malawi's disaster management department (DoDMA)", "the southern region police"
    names = {
     "dead": "people killed in Malawi", "blantyre_dead": "people killed in Blantyre",
     "blantyre_injured": "people seriously injured in Blantyre", "injured": "people injured in Malawi",
     "missing": "people missing in Malawi", "displaced": "people displaced in Malawi",
     "camps": "camps for the displaced in Malawi", "affected": "people affected in Malawi",
     "soldiers": "rescue soldiers among the missing", "districts": "districts under the state of disaster",
     "moz_dead2": "people killed in Mozambique since the second landfall (the emergency centre's count)",
     "zambezia_dead": "people killed in Zambezia province since the second landfall",
     "moz_displaced": "people displaced in Mozambique", "moz_dead1": "people killed in Mozambique on the first pass",
     "moz_dead_all": "people killed in Mozambique in all", "madagascar_dead": "people killed in Madagascar",
     "dead_or_missing": "dead or missing in Malawi", "winds": "sustained winds at the second landfall",
     "gusts": "gusts at the second landfall", "mourning": "length of the national mourning",
     "flags": "days flags fly at half-mast", "cyclones_months": "months in which three cyclones hit Malawi",
     "relief": "relief funds released", "john_days": "duration of Cyclone John (1994)",
     "freddy_days": "duration of Cyclone Freddy", "freddy_km": "distance Freddy travelled",
     "john_km": "distance John travelled",
     # dates
     "count_mon": "day of the count of 99 dead", "count_tue": "day of the count of 190 dead",
     "count_thu": "day of the count of 326 dead", "count_fri": "day of the count of 438 dead",
     "count_mon20": "day of the count of 499 dead", "disaster_decl": "day the state of disaster was declared",
     "landfall2": "day of the second landfall in Mozambique", "malawi_hit": "day the storm reached Malawi",
     "named": "day the storm was named", "madagascar_landfall": "day of the landfall in Madagascar",
     "moz_landfall1": "day of the first landfall in Mozambique", "john_year": "year of Cyclone John",
     "chakwera_return": "day the president returned to Malawi", "schools": "day the schools' closure ends",
     "blackout": "day the blackout began", "mourning_decl": "day the mourning was declared",
     "moz_statement": "day of the Mozambican president's address", "wmo": "day the WMO confirmed the record",
    }
    ms = [
     M(R, "at least 99 people", N, "dead", 99, MON, qual="atleast", src=DODMA),
     M(R, "85", N, "blantyre_dead", 85, MON, src=DODMA),
     M(R, "Monday evening", D, "count_mon", "2023-03-13"),
     M(R, "134 people", N, "blantyre_injured", 134, MON),
     M(R, "63 bodies", N, "blantyre_dead", 63, MON, src=POLICE),
     M(R, "on Monday", D, "disaster_decl", "2023-03-13", occ=2),
     M(R, "10 districts", N, "districts", 10),
     M(R, "Saturday night", D, "landfall2", "2023-03-11"),
     M(R, "148 km per hour", N, "winds", 148, cls="kmh"),
     M(R, "213 km per hour", N, "gusts", 213, cls="kmh"),
     M(R, "early on Monday", D, "malawi_hit", "2023-03-13"),
     M(R, "Feb. 6", D, "named", "2023-02-06"),
     M(R, "Feb. 21", D, "madagascar_landfall", "2023-02-21"),
     M(R, "Feb. 24", D, "moz_landfall1", "2023-02-24"),
     M(R, "10 people", N, "moz_dead1", 10),
     M(R, "17", N, "madagascar_dead", 17),
     M(R, "31 days", N, "john_days", 31, MARCH, cls="dur"),
     M(R, "1994", D, "john_year", "1994"),

     M(K, "190 orang", N, "dead", 190, TUE, src=DODMA),
     M(K, "Selasa (14/3/2023)", D, "count_tue", "2023-03-14"),
     M(K, "99 orang", N, "dead", 99, MON, src=DODMA),
     M(K, "584 orang", N, "injured", 584, TUE),
     M(K, "37 orang", N, "missing", 37, TUE, fall=True),
     M(K, "tiga tentara", N, "soldiers", 3),
     M(K, "158 orang", N, "blantyre_dead", 158, TUE, src=DODMA),
     M(K, "63 jenazah", N, "blantyre_dead", 63, MON, src=POLICE),
     M(K, "58.946 orang", N, "affected", 58946, TUE),
     M(K, "19.371", N, "displaced", 19371, TUE, fall=True),
     M(K, "57 kamp", N, "camps", 57, TUE, fall=True),
     M(K, "Selasa siang", D, "chakwera_return", "2023-03-14"),
     M(K, "17 Maret", D, "schools", "2023-03-17"),
     M(K, "21 orang", N, "moz_dead2", 21, TUE),
     M(K, "Sabtu (11/3/2023)", D, "landfall2", "2023-03-11"),
     M(K, "10 orang", N, "moz_dead1", 10),
     M(K, "24 Februari", D, "moz_landfall1", "2023-02-24"),
     M(K, "Senin pagi", D, "blackout", "2023-03-13"),

     M(A, "on Wednesday", D, "mourning_decl", "2023-03-15"),
     M(A, "14 days", N, "mourning", 14, cls="dur"),
     M(A, "225", N, "dead", 225, WED, src=DODMA),
     M(A, "707 people", N, "injured", 707, WED),
     M(A, "548", N, "injured", 548, TUE, planted=True),
     M(A, "41", N, "missing", 41, WED, fall=True),
     M(A, "88,312 people", N, "displaced", 88312, WED, fall=True),
     M(A, "165 camps", N, "camps", 165, WED, fall=True),
     M(A, "seven days", N, "flags", 7, cls="dur"),
     M(A, "1.6 billion kwacha", N, "relief", 1.6e9, cls="money"),
     M(A, "13 months", N, "cyclones_months", 13, cls="dur"),
     M(A, "53 people", N, "zambezia_dead", 53, WED),
     M(A, "nearly 50,000", N, "moz_displaced", 50000, WED, qual="nearly", fall=True),
     M(A, "31 days", N, "john_days", 31, MARCH, cls="dur"),
     M(A, "1994", D, "john_year", "1994"),

     M(T, "499 orang", N, "dead", 499, MON20, src=DODMA),
     M(T, "Senin, 20 Maret 2023", D, "count_mon20", "2023-03-20"),
     M(T, "1.332 orang", N, "injured", 1332, MON20),
     M(T, "427 orang", N, "missing", 427, MON20, fall=True),
     M(T, "508.244 orang", N, "displaced", 508244, MON20, fall=True),
     M(T, "534 kamp", N, "camps", 534, MON20, fall=True),
     M(T, "Kamis (16/3/2023)", D, "count_thu", "2023-03-16"),
     M(T, "326 korban tewas", N, "dead", 326, THU, src=DODMA),
     M(T, "Jumat (17/3/2023)", D, "count_fri", "2023-03-17"),
     M(T, "438 orang", N, "dead", 438, FRI, src=DODMA),
     M(T, "282 orang", N, "missing", 282, FRI, fall=True),
     M(T, "Sabtu (12/3/2023)", D, "landfall2", "2023-03-12", planted=True),
     M(T, "14 hari", N, "mourning", 14, cls="dur"),
     M(T, "Rabu (15/3/2023)", D, "mourning_decl", "2023-03-15"),

     M(F, "Tuesday", D, "wmo", "2024-07-02"),
     M(F, "36 days", N, "freddy_days", 36, cls="dur"),
     M(F, "1994", D, "john_year", "1994"),
     M(F, "29.75 days", N, "john_days", 29.75, WMO24, cls="dur"),
     M(F, "12,785 km", N, "freddy_km", 12785, cls="km"),
     M(F, "13,159 km", N, "john_km", 13159, cls="km"),
     M(F, "Feb. 6, 2023", D, "named", "2023-02-06"),
     M(F, "March 11, 2023", D, "landfall2", "2023-03-11"),
     M(F, "679 dead", N, "dead", 679, FINAL, src=DODMA),
     M(F, "537 missing", N, "missing", 537, FINAL, fall=True),
     M(F, "more than 1,200", N, "dead_or_missing", 1200, FINAL, qual="morethan"),
     M(F, "more than 180", N, "moz_dead_all", 180, FINAL, qual="morethan"),
     M(F, "14 days", N, "mourning", 14, cls="dur"),
     M(F, "March 2023", D, "mourning_decl", "2023-03"),
    ]
    build("cyclone-freddy-2023", "Cyclone Freddy's second landfall in Mozambique (Saturday 11 March 2023, Zambezia "
          "province) and the floods and mudslides in southern Malawi: 99 dead (85 in Blantyre by the disaster "
          "department, 63 bodies by the police) on Monday 13 March, 190 on Tuesday 14 March (584 injured, 37 missing), "
          "225 on Wednesday 15 March (707 injured, 41 missing) when 14 days of mourning were declared, 326 on Thursday "
          "16 March, 438 on Friday 17 March, 499 on Monday 20 March (1,332 injured, 427 missing), 679 dead and 537 "
          "missing in the final count; the WMO's confirmation on Tuesday 2 July 2024 of Freddy's record 36 days, with "
          "the previous record holder John (1994) re-analysed from the 31 days cited in March 2023 to 29.75 days",
          False, ms, names)


def croatia():
    R, K, A, T, AN = "reuters-apr17", "kompas-apr18", "ap-apr30", "tempo-may11", "antara-may18"
    # the Ipsos exit poll at the close (Wednesday 17 April, 19.00), the State Electoral Commission's (DIP) turnout by
    # late afternoon, its count at midnight (86.85% of polling stations), its count early on Thursday 18 April
    # (97.78%) and the final results published on Monday 29 April 2024; 2020's turnout likewise
    AFT, EXIT, MID, EARLY, FINAL = ("2024-04-17T16", "2024-04-17T19", "2024-04-18T00", "2024-04-18T04", "2024-04-29")
    AFT20, FINAL20 = "2020-07-05T16", "2020-07-06"
    DIP, IPSOS = "the State Electoral Commission (DIP)", "the Ipsos exit poll"
    names = {
     "seats_total": "seats in parliament", "majority": "seats needed for a majority",
     "hdz": "seats of the HDZ and its partners", "rp": "seats of Rivers of Justice", "dp": "seats of the Homeland Movement",
     "mozemo": "seats of Mozemo", "most": "seats of Most", "ids": "seats of the IDS", "nps": "seats of the Independent "
     "Platform North", "fokus": "seats of Fokus-Republika", "minority_seats": "seats for ethnic minorities",
     "hdz_2020": "seats the HDZ won in 2020", "turnout": "turnout", "turnout2020": "turnout in 2020",
     "counted": "share of polling stations counted", "hdz_share": "HDZ's share of the vote",
     "rp_share": "Rivers of Justice's share of the vote", "dp_share": "the Homeland Movement's share of the vote",
     "mozemo_share": "Mozemo's share of the vote", "most_share": "Most's share of the vote",
     "window": "days to hold the first session", "signatures": "MPs' signatures for the government",
     "cabinet_days": "days to form the cabinet", "ayes": "votes for the government", "nays": "votes against the "
     "government", "abstain": "abstentions in the confidence vote", "dp_ministries": "ministries held by the Homeland "
     "Movement", "ministries": "ministries in the government", "ep_seats": "Croatia's seats in the European Parliament",
     # dates
     "election": "day of the election", "y2020": "the 2020 election", "court": "month of the Constitutional Court's "
     "ruling", "pm_since": "year Plenkovic became prime minister", "early_count": "day of the early-morning count",
     "final_day": "day the final results were confirmed", "deadline": "last day for the first session",
     "mandate": "day Plenkovic received the mandate", "first_session": "day of the parliament's first session",
     "dissolution": "month parliament was dissolved", "govt_vote": "day parliament confirmed the government",
     "ep_vote": "day of the European Parliament election",
    }
    ms = [
     M(R, "Wednesday", D, "election", "2024-04-17"),
     M(R, "151-seat", N, "seats_total", 151),
     M(R, "58 seats", N, "hdz", 58, EXIT, src=IPSOS),
     M(R, "66", N, "hdz_2020", 66),
     M(R, "2020", D, "y2020", "2020"),
     M(R, "44 seats", N, "rp", 44, EXIT, src=IPSOS),
     M(R, "13 seats", N, "dp", 13, EXIT, src=IPSOS),
     M(R, "11", N, "mozemo", 11, EXIT, src=IPSOS),
     M(R, "nine", N, "most", 9, EXIT, src=IPSOS),
     M(R, "76 seats", N, "majority", 76),
     M(R, "50.6%", N, "turnout", 50.6, AFT, cls="pct", src=DIP),
     M(R, "34.4%", N, "turnout2020", 34.4, AFT20, cls="pct", src=DIP),
     M(R, "2020", D, "y2020", "2020", occ=2),
     M(R, "March", D, "court", "2024-03"),
     M(R, "2016", D, "pm_since", "2016"),

     M(K, "Rabu (17/4/2024)", D, "election", "2024-04-17"),
     M(K, "151 kursi", N, "seats_total", 151),
     M(K, "86,85 persen", N, "counted", 86.85, MID, cls="pct"),
     M(K, "61 kursi", N, "hdz", 61, MID, src=DIP),
     M(K, "42 kursi", N, "rp", 42, MID, src=DIP),
     M(K, "13 kursi", N, "dp", 13, MID, src=DIP),
     M(K, "11 kursi", N, "most", 11, MID, src=DIP),
     M(K, "10 kursi", N, "mozemo", 10, MID, src=DIP),
     M(K, "3 kursi", N, "ids", 3, MID, src=DIP),
     M(K, "2 kursi", N, "nps", 2, MID, src=DIP),
     M(K, "1 kursi", N, "fokus", 1, MID, src=DIP),
     M(K, "97,78 persen", N, "counted", 97.78, EARLY, cls="pct"),
     M(K, "Kamis dini hari", D, "early_count", "2024-04-18"),
     M(K, "60 kursi", N, "hdz", 60, EARLY, src=DIP),
     M(K, "14 kursi", N, "dp", 14, EARLY, src=DIP),
     M(K, "61,83 persen", N, "turnout", 61.83, EARLY, cls="pct", src=DIP),
     M(K, "2020", D, "y2020", "2020"),
     M(K, "58 kursi", N, "hdz", 58, EXIT, src=IPSOS),
     M(K, "76 kursi", N, "majority", 76),
     M(K, "2020", D, "y2020", "2020", occ=2),
     M(K, "66 kursi", N, "hdz_2020", 66),
     M(K, "delapan kursi", N, "minority_seats", 8),

     M(A, "Monday", D, "final_day", "2024-04-29"),
     M(A, "April 17", D, "election", "2024-04-17"),
     M(A, "61", N, "hdz", 61, FINAL, src=DIP),
     M(A, "151 seats", N, "seats_total", 151),
     M(A, "42 seats", N, "rp", 42, FINAL, src=DIP),
     M(A, "14", N, "dp", 14, FINAL, src=DIP),
     M(A, "11", N, "most", 11, FINAL, src=DIP),
     M(A, "10", N, "mozemo", 10, FINAL, src=DIP),
     M(A, "two seats", N, "ids", 2, FINAL, src=DIP, also=(("nps", 2),)),
     M(A, "eight seats", N, "minority_seats", 8),
     M(A, "three seats", N, "ids", 3, MID, src=DIP),
     M(A, "34.42%", N, "hdz_share", 34.42, cls="pct"),
     M(A, "25.40%", N, "rp_share", 25.40, cls="pct"),
     M(A, "9.56%", N, "dp_share", 9.56, cls="pct"),
     M(A, "9.10%", N, "mozemo_share", 9.10, cls="pct"),
     M(A, "8.02%", N, "most_share", 8.02, cls="pct"),
     M(A, "62.31%", N, "turnout", 62.31, FINAL, cls="pct", src=DIP),
     M(A, "46.44%", N, "turnout2020", 46.44, FINAL20, cls="pct", src=DIP),
     M(A, "2020", D, "y2020", "2020"),
     M(A, "20-day", N, "window", 20, cls="dur"),
     M(A, "May 19", D, "deadline", "2024-05-19"),
     M(A, "76 votes", N, "majority", 76),
     M(A, "60 seats", N, "hdz", 60, EARLY, src=DIP),

     M(T, "Jumat, 10 Mei 2024", D, "mandate", "2024-05-10"),
     M(T, "78 anggota", N, "signatures", 78),
     M(T, "76 kursi", N, "majority", 76),
     M(T, "151 kursi", N, "seats_total", 151),
     M(T, "61 kursi", N, "hdz", 61, FINAL, src=DIP),
     M(T, "Rabu, 17 April 2024", D, "election", "2024-04-17"),
     M(T, "14 kursi", N, "dp", 14, FINAL, src=DIP),
     M(T, "30 hari", N, "cabinet_days", 30, cls="dur"),
     M(T, "Kamis, 16 Mei 2024", D, "first_session", "2024-05-16"),
     M(T, "42 kursi", N, "rp", 42, FINAL, src=DIP),
     M(T, "2016", D, "pm_since", "2016"),
     M(T, "17 April", D, "election", "2024-04-17", occ=2),
     M(T, "Maret", D, "dissolution", "2024-03"),

     M(AN, "Jumat (17/5/2024)", D, "govt_vote", "2024-05-17"),
     M(AN, "79 suara", N, "ayes", 79),
     M(AN, "61 suara", N, "nays", 61),
     M(AN, "satu abstain", N, "abstain", 1),
     M(AN, "tiga", N, "dp_ministries", 3),
     M(AN, "18 kementerian", N, "ministries", 18),
     M(AN, "61 kursi", N, "hdz", 61, FINAL, src=DIP),
     M(AN, "14 kursi", N, "dp", 14, FINAL, src=DIP),
     M(AN, "17 April 2024", D, "election", "2024-04-17"),
     M(AN, "76 kursi", N, "majority", 76),
     M(AN, "62,13 persen", N, "turnout", 62.13, FINAL, cls="pct", src=DIP, planted=True),
     M(AN, "2020", D, "y2020", "2020"),
     M(AN, "Kamis (16/5/2024)", D, "first_session", "2024-05-16"),
     M(AN, "2016", D, "pm_since", "2016"),
     M(AN, "42 kursi", N, "rp", 42, FINAL, src=DIP),
     M(AN, "9 Juni 2024", D, "ep_vote", "2024-06-09"),
     M(AN, "12 kursi", N, "ep_seats", 12),
    ]
    build("croatia-election-2024", "Croatia's parliamentary election of Wednesday 17 April 2024 (151 seats, 76 for a "
          "majority): the Ipsos exit poll (HDZ 58, Rivers of Justice 44, Homeland Movement 13, Mozemo 11, Most 9) "
          "against the State Electoral Commission's count at midnight (HDZ 61, 42, 13, Most 11, Mozemo 10, IDS 3, "
          "NPS 2, Fokus 1), early on Thursday (HDZ 60, DP 14, turnout 61.83%) and the final results confirmed on "
          "Monday 29 April (HDZ 61, 42, DP 14, 11, 10, IDS 2, NPS 2, minorities 8, turnout 62.31%); Plenkovic's "
          "mandate on Friday 10 May with 78 signatures, the first session on Thursday 16 May and the government "
          "confirmed on Friday 17 May 2024 by 79 votes to 61 with one abstention", False, ms, names)


def banrep():
    R, B, BI, K = "reuters-apr30", "bloomberg-may01", "bisnis-may02", "kontan-may03"
    names = {
     "rate": "the new policy rate", "prev_rate": "the rate before the decision", "cut": "size of the cut",
     "march_cut": "size of the March cut", "dec_cut": "size of the December cut", "peak": "the cycle's peak rate",
     "total_cut": "total cuts since December", "ayes": "board members voting for the cut",
     "board": "members of the board", "dissent": "board members wanting a deeper cut",
     "alt75": "the deeper cut one member wanted", "alt100": "the deepest cut proposed (the finance minister's)",
     "cpi": "annual inflation in March", "core": "inflation excluding food and regulated prices in March",
     "target": "the inflation target", "exp_short": "analysts' shorter-horizon inflation expectations",
     "exp_long": "analysts' longer-horizon inflation expectations", "gdp24": "growth forecast for 2024",
     "gdp25": "growth forecast for 2025", "economists": "economists in Bloomberg's survey",
     # dates
     "decision": "day of the decision", "march_meeting": "month of the previous cut",
     "cycle_start": "month the easing began", "jan_cut": "month of the January cut",
     "cpi_month": "month of the inflation reading", "target_date": "when inflation should reach the target",
     "y2024": "the year 2024 (growth forecast)", "y2025": "the year 2025 (growth forecast)",
    }
    ms = [
     M(R, "50 basis points", N, "cut", 50, cls="bp"),
     M(R, "11.75%", N, "rate", 11.75, cls="pct"),
     M(R, "Tuesday", D, "decision", "2024-04-30"),
     M(R, "Five", N, "ayes", 5),
     M(R, "seven", N, "board", 7),
     M(R, "two", N, "dissent", 2),
     M(R, "75", N, "alt75", 75, cls="bp"),
     M(R, "100 basis points", N, "alt100", 100, cls="bp"),
     M(R, "12.25%", N, "prev_rate", 12.25, cls="pct"),
     M(R, "March", D, "march_meeting", "2024-03"),
     M(R, "half a point", N, "march_cut", 50, qual="unit", cls="bp"),
     M(R, "December", D, "cycle_start", "2023-12"),
     M(R, "25-basis-point", N, "dec_cut", 25, cls="bp"),
     M(R, "13.25%", N, "peak", 13.25, cls="pct"),
     M(R, "January", D, "jan_cut", "2024-01"),
     M(R, "7.36%", N, "cpi", 7.36, cls="pct"),
     M(R, "March", D, "cpi_month", "2024-03", occ=2),
     M(R, "3%", N, "target", 3, cls="pct"),
     M(R, "mid-2025", D, "target_date", "2025"),
     M(R, "1.4%", N, "gdp24", 1.4, cls="pct"),
     M(R, "3.2%", N, "gdp25", 3.2, cls="pct"),
     M(R, "2025", D, "y2025", "2025", occ=2),

     M(B, "half a percentage point", N, "cut", 50, qual="unit", cls="bp"),
     M(B, "11.75%", N, "rate", 11.75, cls="pct"),
     M(B, "April 30", D, "decision", "2024-04-30"),
     M(B, "Five", N, "ayes", 5),
     M(B, "seven", N, "board", 7),
     M(B, "a full percentage point", N, "alt100", 100, qual="unit", cls="bp"),
     M(B, "three quarters of a point", N, "alt75", 75, qual="unit", cls="bp"),
     M(B, "23 economists", N, "economists", 23),
     M(B, "12.25%", N, "prev_rate", 12.25, cls="pct"),
     M(B, "December", D, "cycle_start", "2023-12"),
     M(B, "January", D, "jan_cut", "2024-01"),
     M(B, "March", D, "march_meeting", "2024-03"),
     M(B, "150 basis points", N, "total_cut", 150, cls="bp"),
     M(B, "7.36%", N, "cpi", 7.36, cls="pct"),
     M(B, "March", D, "cpi_month", "2024-03", occ=2),
     M(B, "6.8%", N, "core", 6.8, cls="pct"),
     M(B, "4.6%", N, "exp_short", 4.6, cls="pct"),
     M(B, "3.5%", N, "exp_long", 3.5, cls="pct"),
     M(B, "2024", D, "y2024", "2024"),
     M(B, "1.4%", N, "gdp24", 1.4, cls="pct"),
     M(B, "3.2%", N, "gdp25", 3.2, cls="pct"),
     M(B, "3%", N, "target", 3, cls="pct"),
     M(B, "2025", D, "target_date", "2025"),

     M(BI, "50 basis poin", N, "cut", 50, cls="bp"),
     M(BI, "11,75%", N, "rate", 11.75, cls="pct"),
     M(BI, "Selasa (30/4/2024)", D, "decision", "2024-04-30"),
     M(BI, "12,25%", N, "prev_rate", 12.25, cls="pct"),
     M(BI, "Maret", D, "march_meeting", "2024-03"),
     M(BI, "lima", N, "ayes", 5),
     M(BI, "tujuh", N, "board", 7),
     M(BI, "dua", N, "dissent", 2),
     M(BI, "75 basis poin", N, "alt75", 75, cls="bp"),
     M(BI, "100 basis poin", N, "alt100", 100, cls="bp"),
     M(BI, "Maret", D, "cpi_month", "2024-03", occ=2),
     M(BI, "7,36%", N, "cpi", 7.36, cls="pct"),
     M(BI, "6,8%", N, "core", 6.8, cls="pct"),
     M(BI, "3%", N, "target", 3, cls="pct"),
     M(BI, "pertengahan 2025", D, "target_date", "2025"),
     M(BI, "2024", D, "y2024", "2024", occ=2),
     M(BI, "1,4%", N, "gdp24", 1.4, cls="pct"),
     M(BI, "3,2%", N, "gdp25", 3.2, cls="pct"),
     M(BI, "Desember 2023", D, "cycle_start", "2023-12"),
     M(BI, "13,25%", N, "peak", 13.25, cls="pct"),
     M(BI, "150 basis poin", N, "total_cut", 150, cls="bp"),
     M(BI, "4,6%", N, "exp_short", 4.6, cls="pct"),
     M(BI, "3,5%", N, "exp_long", 3.5, cls="pct"),

     M(K, "0,5 poin persentase", N, "cut", 50, qual="unit", cls="bp"),
     M(K, "11,75 persen", N, "rate", 11.75, cls="pct"),
     M(K, "Selasa, 30 April 2024", D, "decision", "2024-04-30"),
     M(K, "Lima", N, "ayes", 5),
     M(K, "tujuh", N, "board", 7),
     M(K, "1 poin persentase", N, "alt100", 100, qual="unit", cls="bp"),
     M(K, "1,5 poin persentase", N, "total_cut", 150, qual="unit", cls="bp"),
     M(K, "13,25 persen", N, "peak", 13.25, cls="pct"),
     M(K, "Desember 2023", D, "cycle_start", "2023-12"),
     M(K, "Maret 2024", D, "cpi_month", "2024-03"),
     M(K, "7,36 persen", N, "cpi", 7.36, cls="pct"),
     M(K, "3 persen", N, "target", 3, cls="pct"),
     M(K, "pertengahan 2025", D, "target_date", "2025"),
     M(K, "1,4 persen", N, "gdp24", 1.4, cls="pct"),
    ]
    build("banrep-cut-2024", "Colombia's central bank's rate decision (control) of Tuesday 30 April 2024: the policy "
          "rate cut 50 basis points from 12.25% to 11.75%, five of the seven board members for, the other two for "
          "cuts of 75 and 100 basis points (the finance minister the latter); 150 basis points of cuts since December "
          "2023 from a peak of 13.25% (25 in December, 25 in January, 50 in March); March inflation 7.36% (6.8% "
          "excluding food and regulated prices) against the 3% target, to be reached by mid-2025; analysts' "
          "expectations 4.6% and 3.5%; growth forecasts 1.4% for 2024 and 3.2% for 2025. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    freddy()
    croatia()
    banrep()
