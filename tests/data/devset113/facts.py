"""The hundred-and-thirteenth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset113/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def butte():
    R, K, DT, AP, T = "reuters-nov10", "kompas-nov13", "detik-nov18", "ap-nov30", "tempo-dec4"
    # the sheriff's running tallies of the dead and of the unaccounted for, and Cal Fire's of the area burned, its
    # containment and the homes destroyed: Friday 9 November at night, Saturday 10 in the morning, Sunday 11 and
    # Monday 12, Thursday 15 to Saturday 17, Sunday 25, a day of the week before Monday 3 December, and that Monday
    FRI9, SAT10, SUN11, MON12, THU15, FRI16, SAT17, SUN25, THU29, MON3 = (
        "2018-11-09T20", "2018-11-10T07", "2018-11-11T20", "2018-11-12", "2018-11-15", "2018-11-16", "2018-11-17T20",
        "2018-11-25", "2018-11-29", "2018-12-03")
    SHERIFF = "the Butte County sheriff"
    names = {
     "dead": "people killed by the fire", "missing": "people unaccounted for", "acres": "area burned (acres)",
     "contained": "share of the fire contained", "homes": "homes destroyed", "commercial": "commercial buildings destroyed",
     "population": "Paradise's population", "evacuated": "people under evacuation orders",
     "woolsey_dead": "people killed by the Woolsey Fire", "found_monday": "bodies found on Monday",
     "griffith_dead": "people killed by the Griffith Park fire of 1933", "days_to_contain": "days from outbreak to containment",
     # dates
     "fire_start": "day the fire broke out", "count9_day": "day of the count of nine", "calfire_day": "day of Cal Fire's first count",
     "woolsey_day": "day two were found dead near Malibu", "count29_day": "day of the count of 29",
     "count42_day": "day of the count of 42", "decl_day": "day of the major disaster declaration", "griffith": "year of the Griffith Park fire",
     "trump_visit": "day of the president's visit", "count71_day": "day of the count of 71",
     "count63_day": "day of the count of 63", "rain_start": "day the rain began",
     "contained_day": "day the fire was fully contained", "count85_day": "day of the count of 85", "count88_day": "day of the count of 88",
     "revision_day": "day the toll was lowered", "cloquet": "year of the Cloquet fire", "census": "year of the census",
    }
    ms = [
     M(R, "At least nine people", N, "dead", 9, FRI9, qual="atleast", src=SHERIFF),
     M(R, "Friday", D, "count9_day", "2018-11-09"),
     M(R, "Thursday", D, "fire_start", "2018-11-08"),
     M(R, "about 27,000 people", N, "population", 27000, qual="approx", src="reports at the time"),
     M(R, "Friday", D, "calfire_day", "2018-11-09", occ=2),
     M(R, "6,453 homes", N, "homes", 6453, FRI9),
     M(R, "260 commercial buildings", N, "commercial", 260, FRI9),
     M(R, "about 90,000 acres", N, "acres", 90000, SAT10, qual="approx", cls="acre"),
     M(R, "5 percent", N, "contained", 5, SAT10, cls="pct"),
     M(R, "More than 50,000 people", N, "evacuated", 50000, qual="morethan"),
     M(R, "two people", N, "woolsey_dead", 2, FRI9),
     M(R, "Friday", D, "woolsey_day", "2018-11-09", occ=3),

     M(K, "42 orang", N, "dead", 42, MON12, src=SHERIFF),
     M(K, "Senin (12/11/2018)", D, "count42_day", "2018-11-12"),
     M(K, "13 jenazah", N, "found_monday", 13),
     M(K, "29 orang", N, "dead", 29, SUN11, src=SHERIFF),
     M(K, "Minggu malam", D, "count29_day", "2018-11-11"),
     M(K, "1933", D, "griffith", "1933"),
     M(K, "29 orang", N, "griffith_dead", 29, occ=2),
     M(K, "228 orang", N, "missing", 228, MON12, src=SHERIFF, fall=True),
     M(K, "Kamis (8/11/2018)", D, "fire_start", "2018-11-08"),
     M(K, "sekitar 113.000 acre", N, "acres", 113000, MON12, qual="approx", cls="acre"),
     M(K, "30 persen", N, "contained", 30, MON12, cls="pct"),
     M(K, "6.453 rumah", N, "homes", 6453, MON12),
     M(K, "260 bangunan komersial", N, "commercial", 260, MON12),
     M(K, "Senin malam", D, "decl_day", "2018-11-12"),
     M(K, "dua orang", N, "woolsey_dead", 2, MON12),

     M(DT, "Sabtu (17/11/2018)", D, "trump_visit", "2018-11-17"),
     M(DT, "76 orang", N, "dead", 76, SAT17, src=SHERIFF),
     M(DT, "1.276 orang", N, "missing", 1276, SAT17, src=SHERIFF, fall=True),
     M(DT, "Jumat (16/11/2018)", D, "count71_day", "2018-11-16"),
     M(DT, "71 orang", N, "dead", 71, FRI16, src=SHERIFF),
     M(DT, "1.011 nama", N, "missing", 1011, FRI16, src=SHERIFF, fall=True),
     M(DT, "Kamis (15/11/2018)", D, "count63_day", "2018-11-15"),
     M(DT, "63 orang", N, "dead", 63, THU15, src=SHERIFF),
     M(DT, "631 orang", N, "missing", 631, THU15, src=SHERIFF, fall=True),
     M(DT, "sekitar 149.000 acre", N, "acres", 149000, SAT17, qual="approx", cls="acre"),
     M(DT, "55 persen", N, "contained", 55, SAT17, cls="pct"),
     M(DT, "Hampir 10.000 rumah", N, "homes", 10000, SAT17, qual="nearly"),
     M(DT, "Rabu (21/11/2018)", D, "rain_start", "2018-11-21"),

     M(AP, "88", N, "dead", 88, THU29, src=SHERIFF),
     M(AP, "Thursday", D, "count88_day", "2018-11-29"),
     M(AP, "Sunday", D, "contained_day", "2018-11-25"),
     M(AP, "17 days", N, "days_to_contain", 17, cls="dur"),
     M(AP, "153,336 acres", N, "acres", 153336, SUN25, cls="acre"),
     M(AP, "Sunday", D, "count85_day", "2018-11-25", occ=2),
     M(AP, "85", N, "dead", 85, SUN25, src=SHERIFF),
     M(AP, "249 people", N, "missing", 249, SUN25, src=SHERIFF, fall=True),
     M(AP, "1,200 names", N, "missing", 1200, SAT17, qual="morethan", src=SHERIFF, fall=True),
     M(AP, "Nearly 14,000 homes", N, "homes", 14000, SUN25, qual="nearly"),
     M(AP, "Nov. 8", D, "fire_start", "2018-11-08"),
     M(AP, "Nov. 21", D, "rain_start", "2018-11-21"),

     M(T, "85 orang", N, "dead", 85, MON3, src=SHERIFF),
     M(T, "Senin (3/12/2018)", D, "revision_day", "2018-12-03"),
     M(T, "88 orang", N, "dead", 88, THU29, src=SHERIFF),
     M(T, "8 November", D, "fire_start", "2018-11-08"),
     M(T, "25 November", D, "contained_day", "2018-11-25"),
     M(T, "135.336 acre", N, "acres", 135336, SUN25, cls="acre", planted=True),
     M(T, "hampir 14.000 rumah", N, "homes", 14000, SUN25, qual="nearly"),
     M(T, "1918", D, "cloquet", "1918"),
     M(T, "2010", D, "census", "2010"),
     M(T, "26.218 jiwa", N, "population", 26218, src="the 2010 census"),
    ]
    build("paradise-fire-2018", "The wildfire in Butte County, California, that broke out on Thursday 8 November 2018 "
          "and destroyed the town of Paradise: the sheriff's toll rising 9 (Friday 9) -> 29 (Sunday 11) -> 42 (Monday "
          "12) -> 63 (Thursday 15) -> 71 (Friday 16) -> 76 (Saturday 17) -> 85 (Sunday 25) -> 88 (Thursday 29), "
          "lowered to 85 on Monday 3 December after DNA tests; the unaccounted for 228 -> 631 -> 1,011 -> 1,276, then "
          "falling to 249; the area burned about 90,000 -> 113,000 -> 149,000 -> 153,336 acres and containment 5% -> "
          "30% -> 55% -> full on Sunday 25 November, 17 days on; homes destroyed 6,453 -> nearly 10,000 -> nearly "
          "14,000; the president's visit on Saturday 17 November", False, ms, names)


def nz():
    R, K, A, AP, T = "reuters-oct18", "kompas-oct19", "antara-oct31", "ap-nov07", "tempo-nov26"
    # the commission's preliminary count on election night (votes cast up to election day), its preliminary
    # referendum results of Friday 30 October, and the official count with the special votes on Friday 6 November;
    # shares and seats of a count in progress may move both ways (fall=True)
    PRE, RPRE, FIN = "2020-10-17T23", "2020-10-30", "2020-11-06"
    EC = "the Electoral Commission"
    names = {
     "lab_share": "Labour's share", "nat_share": "National's share", "act_share": "ACT's share",
     "green_share": "the Greens' share", "maori_share": "the Maori Party's share", "lab_seats": "Labour's seats",
     "nat_seats": "National's seats", "act_seats": "ACT's seats", "green_seats": "the Greens' seats",
     "maori_seats": "the Maori Party's seats", "parliament": "seats in parliament", "majority": "seats needed to govern alone",
     "threshold": "the party-vote threshold", "age_ardern": "Ardern's age", "age_collins": "Collins's age",
     "delay": "weeks the vote was pushed back", "eol_yes": "yes to the End of Life Choice Act",
     "eol_no": "no to the End of Life Choice Act", "cannabis_yes": "yes to legalising cannabis",
     "cannabis_no": "no to legalising cannabis", "specials": "special votes still to be counted",
     "nat_lost_specials": "seats National lost in the special votes", "turnout": "turnout",
     "nat_lost_2017": "seats National lost since 2017",
     # dates
     "election": "day of the election", "mmp": "first election under proportional representation",
     "original_date": "day first set for the election", "final_day": "day of the official results",
     "ref_prelim_day": "day of the preliminary referendum results", "green_deal_day": "day of the agreement with the Greens",
     "eol_effect": "day the End of Life Choice Act takes effect", "turnout_year": "year of a higher turnout",
     "ardern_since": "year Ardern took office", "parl_open": "day parliament opened", "throne": "day of the speech from the throne",
     "sworn": "day the ministers were sworn in", "nat_worst": "year of National's worse result",
     "prev_election": "the previous election",
    }
    ms = [
     M(R, "Saturday", D, "election", "2020-10-17"),
     M(R, "49.1%", N, "lab_share", 49.1, PRE, cls="pct", src=EC, fall=True),
     M(R, "64", N, "lab_seats", 64, PRE, src=EC, fall=True),
     M(R, "120 seats", N, "parliament", 120),
     M(R, "26.8%", N, "nat_share", 26.8, PRE, cls="pct", src=EC, fall=True),
     M(R, "35 seats", N, "nat_seats", 35, PRE, src=EC, fall=True),
     M(R, "61 seats", N, "majority", 61),
     M(R, "1996", D, "mmp", "1996"),
     M(R, "8.0%", N, "act_share", 8.0, PRE, cls="pct", src=EC, fall=True),
     M(R, "7.6%", N, "green_share", 7.6, PRE, cls="pct", src=EC, fall=True),
     M(R, "10 seats", N, "act_seats", 10, PRE, src=EC, fall=True, also=(("green_seats", 10),)),
     M(R, "one seat", N, "maori_seats", 1, PRE, src=EC, fall=True),
     M(R, "5%", N, "threshold", 5, cls="pct"),
     M(R, "40", N, "age_ardern", 40, cls="age"),
     M(R, "four weeks", N, "delay", 4, cls="dur"),
     M(R, "Sept. 19", D, "original_date", "2020-09-19"),
     M(R, "Nov. 6", D, "final_day", "2020-11-06"),

     M(K, "Sabtu (17/10/2020)", D, "election", "2020-10-17"),
     M(K, "49,1 persen", N, "lab_share", 49.1, PRE, cls="pct", src=EC, fall=True),
     M(K, "64 kursi", N, "lab_seats", 64, PRE, src=EC, fall=True),
     M(K, "120 kursi", N, "parliament", 120),
     M(K, "26,8 persen", N, "nat_share", 26.8, PRE, cls="pct", src=EC, fall=True),
     M(K, "35 kursi", N, "nat_seats", 35, PRE, src=EC, fall=True),
     M(K, "8,0 persen", N, "act_share", 8.0, PRE, cls="pct", src=EC, fall=True),
     M(K, "7,6 persen", N, "green_share", 7.6, PRE, cls="pct", src=EC, fall=True),
     M(K, "10 kursi", N, "act_seats", 10, PRE, src=EC, fall=True, also=(("green_seats", 10),)),
     M(K, "1 kursi", N, "maori_seats", 1, PRE, src=EC, fall=True),
     M(K, "64 kursi", N, "lab_seats", 64, PRE, src=EC, fall=True, occ=2),
     M(K, "61 kursi", N, "majority", 61),
     M(K, "61 tahun", N, "age_collins", 61, cls="age"),
     M(K, "5 persen", N, "threshold", 5, cls="pct"),
     M(K, "6 November", D, "final_day", "2020-11-06"),
     M(K, "19 September", D, "original_date", "2020-09-19"),

     M(A, "17 Oktober 2020", D, "election", "2020-10-17"),
     M(A, "Jumat (30/10/2020)", D, "ref_prelim_day", "2020-10-30"),
     M(A, "65,2 persen", N, "eol_yes", 65.2, RPRE, cls="pct", src=EC, fall=True),
     M(A, "33,8 persen", N, "eol_no", 33.8, RPRE, cls="pct", src=EC, fall=True),
     M(A, "53,1 persen", N, "cannabis_no", 53.1, RPRE, cls="pct", src=EC, fall=True),
     M(A, "46,1 persen", N, "cannabis_yes", 46.1, RPRE, cls="pct", src=EC, fall=True),
     M(A, "sekitar 480.000 suara khusus", N, "specials", 480000, qual="approx"),
     M(A, "6 November", D, "final_day", "2020-11-06"),
     M(A, "Sabtu (31/10/2020)", D, "green_deal_day", "2020-10-31"),
     M(A, "64 kursi", N, "lab_seats", 64, PRE, src=EC, fall=True),
     M(A, "10 kursi", N, "green_seats", 10, PRE, src=EC, fall=True),

     M(AP, "Friday", D, "final_day", "2020-11-06"),
     M(AP, "50.01%", N, "lab_share", 50.01, FIN, cls="pct", src=EC, fall=True),
     M(AP, "Oct. 16", D, "election", "2020-10-16", planted=True),
     M(AP, "65", N, "lab_seats", 65, FIN, src=EC, fall=True),
     M(AP, "120 seats", N, "parliament", 120),
     M(AP, "two seats", N, "nat_lost_specials", 2),
     M(AP, "33 seats", N, "nat_seats", 33, FIN, src=EC, fall=True),
     M(AP, "25.58%", N, "nat_share", 25.58, FIN, cls="pct", src=EC, fall=True),
     M(AP, "7.86%", N, "green_share", 7.86, FIN, cls="pct", src=EC, fall=True),
     M(AP, "7.59%", N, "act_share", 7.59, FIN, cls="pct", src=EC, fall=True),
     M(AP, "10 seats", N, "act_seats", 10, FIN, src=EC, fall=True, also=(("green_seats", 10),)),
     M(AP, "1.17%", N, "maori_share", 1.17, FIN, cls="pct", src=EC, fall=True),
     M(AP, "82.24%", N, "turnout", 82.24, cls="pct"),
     M(AP, "1999", D, "turnout_year", "1999"),
     M(AP, "50.7%", N, "cannabis_no", 50.7, FIN, cls="pct", src=EC, fall=True),
     M(AP, "48.4%", N, "cannabis_yes", 48.4, FIN, cls="pct", src=EC, fall=True),
     M(AP, "65.1%", N, "eol_yes", 65.1, FIN, cls="pct", src=EC, fall=True),
     M(AP, "33.7%", N, "eol_no", 33.7, FIN, cls="pct", src=EC, fall=True),
     M(AP, "Nov. 6, 2021", D, "eol_effect", "2021-11-06"),
     M(AP, "1996", D, "mmp", "1996"),
     M(AP, "2017", D, "ardern_since", "2017"),

     M(T, "Rabu (25/11/2020)", D, "parl_open", "2020-11-25"),
     M(T, "120 anggota parlemen", N, "parliament", 120),
     M(T, "65 kursi", N, "lab_seats", 65, FIN, src=EC, fall=True),
     M(T, "17 Oktober", D, "election", "2020-10-17"),
     M(T, "35 kursi", N, "nat_seats", 35, FIN, src=EC, fall=True, planted=True),
     M(T, "50,01 persen", N, "lab_share", 50.01, FIN, cls="pct", src=EC, fall=True),
     M(T, "1996", D, "mmp", "1996"),
     M(T, "10 kursi", N, "act_seats", 10, FIN, src=EC, fall=True, also=(("green_seats", 10),)),
     M(T, "2 kursi", N, "maori_seats", 2, FIN, src=EC, fall=True),
     M(T, "Kamis (26/11/2020)", D, "throne", "2020-11-26"),
     M(T, "Jumat (6/11/2020)", D, "sworn", "2020-11-06"),
     M(T, "25,58 persen", N, "nat_share", 25.58, FIN, cls="pct", src=EC, fall=True),
     M(T, "2002", D, "nat_worst", "2002"),
     M(T, "23 kursi", N, "nat_lost_2017", 23),
     M(T, "2017", D, "prev_election", "2017"),
    ]
    build("nz-general-election-2020", "New Zealand's general election of Saturday 17 October 2020 (pushed back from 19 "
          "September): the commission's preliminary count, Labour 49.1% and 64 of 120 seats, National 26.8% and 35, "
          "ACT 8.0% and the Greens 7.6% with 10 each, the Maori Party one seat; the preliminary referendum results of "
          "Friday 30 October (End of Life Choice 65.2% yes, 33.8% no; cannabis 46.1% yes, 53.1% no); the agreement "
          "with the Greens on Saturday 31 October; the official count of Friday 6 November, Labour 50.01% and 65 "
          "seats, National 25.58% and 33, the Greens 7.86%, ACT 7.59%, the Maori Party 1.17% and two seats, turnout "
          "82.24%, cannabis 48.4% yes and 50.7% no, End of Life Choice 65.1% yes and 33.7% no; the ministers sworn in "
          "that day; parliament opened on Wednesday 25 November 2020", False, ms, names)


def fed():
    R, C, K, B = "reuters-jun15", "cnbc-jun16", "kontan-jun18", "bisnis-jun17"
    names = {
     "hike": "size of the rise", "range_lo": "the target range's floor", "range_hi": "the target range's ceiling",
     "ayes": "votes for the rise", "noes": "votes against the rise", "george_pref": "the rise the dissenter preferred",
     "dot2022": "the rate projected for the end of 2022", "dot2023": "the rate projected for 2023",
     "dot2024": "the rate projected for 2024", "longrun": "the longer-run rate",
     "gdp2022": "growth projected for 2022", "gdp_march": "growth projected in March",
     "pce2022": "PCE inflation projected for 2022", "pce_march": "PCE inflation projected in March",
     "core2022": "core PCE inflation projected for 2022", "core_march": "core PCE inflation projected in March",
     "unemp2022": "unemployment projected for 2022", "unemp2023": "unemployment projected for 2023",
     "unemp2024": "unemployment projected for 2024", "march_hike": "size of March's rise", "may_hike": "size of May's rise",
     "cpi_may": "consumer price inflation in May", "july_lo": "the smaller rise Powell saw for July",
     "july_hi": "the larger rise Powell saw for July", "balance": "the balance sheet (trillion dollars)",
     "iorb": "the rate on reserve balances", "discount": "the discount rate",
     "qt_cap": "the monthly run-off cap (billion dollars)", "qt_cap_sep": "the run-off cap from September (billion dollars)",
     # dates
     "decision": "day of the decision", "last_bigger": "month of the last larger rise",
     "sep_march": "month of the previous projections", "march_hike_day": "month of March's rise",
     "may_hike_day": "month of May's rise", "cpi_month": "month of the inflation reading",
     "cpi_release": "day the inflation data came out", "cpi_last_higher": "month of a higher inflation rate",
     "next_meeting": "the next meeting", "qt_start": "day the balance sheet began to shrink",
     "qt_step": "month the run-off cap rises",
    }
    ms = [
     M(R, "75 basis points", N, "hike", 75, cls="bp"),
     M(R, "1.50%", N, "range_lo", 1.5, cls="pct"),
     M(R, "1.75%", N, "range_hi", 1.75, cls="pct"),
     M(R, "Wednesday", D, "decision", "2022-06-15"),
     M(R, "November 1994", D, "last_bigger", "1994-11"),
     M(R, "10-1", N, "ayes", 10, also=(("noes", 1),)),
     M(R, "half-point", N, "george_pref", 50, qual="unit", cls="bp"),
     M(R, "3.4%", N, "dot2022", 3.4, cls="pct"),
     M(R, "3.8%", N, "dot2023", 3.8, cls="pct"),
     M(R, "1.7%", N, "gdp2022", 1.7, cls="pct"),
     M(R, "2.8%", N, "gdp_march", 2.8, cls="pct"),
     M(R, "March", D, "sep_march", "2022-03"),
     M(R, "5.2%", N, "pce2022", 5.2, cls="pct"),
     M(R, "3.7%", N, "unemp2022", 3.7, cls="pct"),
     M(R, "25 basis point", N, "march_hike", 25, cls="bp"),
     M(R, "March", D, "march_hike_day", "2022-03", occ=2),
     M(R, "half-point", N, "may_hike", 50, qual="unit", cls="bp", occ=2),
     M(R, "May", D, "may_hike_day", "2022-05"),
     M(R, "Friday", D, "cpi_release", "2022-06-10"),
     M(R, "8.6%", N, "cpi_may", 8.6, cls="pct"),
     M(R, "May", D, "cpi_month", "2022-05", occ=2),
     M(R, "December 1981", D, "cpi_last_higher", "1981-12"),
     M(R, "50", N, "july_lo", 50, cls="bp"),
     M(R, "75 basis points", N, "july_hi", 75, cls="bp", occ=2),
     M(R, "July", D, "next_meeting", "2022-07"),
     M(R, "Wednesday", D, "decision", "2022-06-15", occ=2),
     M(R, "nearly $9 trillion", N, "balance", 9, qual="nearly", cls="usd_tn"),
     M(R, "June 1", D, "qt_start", "2022-06-01"),

     M(C, "Wednesday, June 15", D, "decision", "2022-06-15"),
     M(C, "0.75 percentage point", N, "hike", 75, qual="unit", cls="bp"),
     M(C, "1.5%", N, "range_lo", 1.5, cls="pct"),
     M(C, "1.75%", N, "range_hi", 1.75, cls="pct"),
     M(C, "November 1994", D, "last_bigger", "1994-11"),
     M(C, "March", D, "march_hike_day", "2022-03"),
     M(C, "May", D, "may_hike_day", "2022-05"),
     M(C, "10-1", N, "ayes", 10, also=(("noes", 1),)),
     M(C, "0.5 percentage point", N, "george_pref", 50, qual="unit", cls="bp"),
     M(C, "1.65%", N, "iorb", 1.65, cls="pct"),
     M(C, "1.75%", N, "discount", 1.75, cls="pct", occ=2),
     M(C, "3.4%", N, "dot2022", 3.4, cls="pct"),
     M(C, "3.8%", N, "dot2023", 3.8, cls="pct"),
     M(C, "3.4%", N, "dot2024", 3.4, cls="pct", occ=2),
     M(C, "2.5%", N, "longrun", 2.5, cls="pct"),
     M(C, "4.3%", N, "core2022", 4.3, cls="pct"),
     M(C, "4.1%", N, "core_march", 4.1, cls="pct"),
     M(C, "March", D, "sep_march", "2022-03", occ=2),
     M(C, "5.2%", N, "pce2022", 5.2, cls="pct"),
     M(C, "4.3%", N, "pce_march", 4.3, cls="pct", occ=2),
     M(C, "1.7%", N, "gdp2022", 1.7, cls="pct"),
     M(C, "3.7%", N, "unemp2022", 3.7, cls="pct"),
     M(C, "3.9%", N, "unemp2023", 3.9, cls="pct"),
     M(C, "4.1%", N, "unemp2024", 4.1, cls="pct", occ=2),
     M(C, "June 1", D, "qt_start", "2022-06-01"),
     M(C, "$47.5 billion", N, "qt_cap", 47.5, cls="usd_bn"),
     M(C, "$95 billion", N, "qt_cap_sep", 95, cls="usd_bn"),
     M(C, "September", D, "qt_step", "2022-09"),
     M(C, "July 26-27", D, "next_meeting", "2022-07-27"),
     M(C, "75 basis points", N, "july_hi", 75, cls="bp"),
     M(C, "50", N, "july_lo", 50, cls="bp"),

     M(K, "75 basis poin", N, "hike", 75, cls="bp"),
     M(K, "1,5%", N, "range_lo", 1.5, cls="pct"),
     M(K, "1,75%", N, "range_hi", 1.75, cls="pct"),
     M(K, "Rabu (15/6/2022)", D, "decision", "2022-06-15"),
     M(K, "November 1994", D, "last_bigger", "1994-11"),
     M(K, "10 suara setuju", N, "ayes", 10),
     M(K, "1 suara menolak", N, "noes", 1),
     M(K, "50 basis poin", N, "george_pref", 50, cls="bp"),
     M(K, "25 basis poin", N, "march_hike", 25, cls="bp"),
     M(K, "Maret", D, "march_hike_day", "2022-03"),
     M(K, "50 basis poin", N, "may_hike", 50, cls="bp", occ=2),
     M(K, "Mei", D, "may_hike_day", "2022-05"),
     M(K, "3,4%", N, "dot2022", 3.4, cls="pct"),
     M(K, "3,8%", N, "dot2023", 3.8, cls="pct"),
     M(K, "1,7%", N, "gdp2022", 1.7, cls="pct"),
     M(K, "2,8%", N, "gdp_march", 2.8, cls="pct"),
     M(K, "Maret", D, "sep_march", "2022-03", occ=2),
     M(K, "5,2%", N, "pce2022", 5.2, cls="pct"),
     M(K, "3,7%", N, "unemp2022", 3.7, cls="pct"),
     M(K, "Mei", D, "cpi_month", "2022-05", occ=2),
     M(K, "8,6%", N, "cpi_may", 8.6, cls="pct"),
     M(K, "Desember 1981", D, "cpi_last_higher", "1981-12"),
     M(K, "50", N, "july_lo", 50, cls="bp", occ=3),
     M(K, "75 basis poin", N, "july_hi", 75, cls="bp", occ=2),
     M(K, "Juli", D, "next_meeting", "2022-07"),

     M(B, "0,75 poin persentase", N, "hike", 75, qual="unit", cls="bp"),
     M(B, "1,50%", N, "range_lo", 1.5, cls="pct"),
     M(B, "1,75%", N, "range_hi", 1.75, cls="pct"),
     M(B, "Rabu, 15 Juni 2022", D, "decision", "2022-06-15"),
     M(B, "1994", D, "last_bigger", "1994"),
     M(B, "1,65%", N, "iorb", 1.65, cls="pct"),
     M(B, "1,75%", N, "discount", 1.75, cls="pct", occ=2),
     M(B, "3,4%", N, "dot2022", 3.4, cls="pct"),
     M(B, "3,8%", N, "dot2023", 3.8, cls="pct"),
     M(B, "3,4%", N, "dot2024", 3.4, cls="pct", occ=2),
     M(B, "4,3%", N, "core2022", 4.3, cls="pct"),
     M(B, "4,1%", N, "core_march", 4.1, cls="pct"),
     M(B, "Maret", D, "sep_march", "2022-03"),
     M(B, "5,2%", N, "pce2022", 5.2, cls="pct"),
     M(B, "1,7%", N, "gdp2022", 1.7, cls="pct"),
     M(B, "3,7%", N, "unemp2022", 3.7, cls="pct"),
     M(B, "3,9%", N, "unemp2023", 3.9, cls="pct"),
     M(B, "4,1%", N, "unemp2024", 4.1, cls="pct", occ=2),
     M(B, "10 berbanding 1", N, "ayes", 10, also=(("noes", 1),)),
     M(B, "0,5 poin persentase", N, "george_pref", 50, qual="unit", cls="bp"),
     M(B, "1 Juni", D, "qt_start", "2022-06-01"),
     M(B, "US$47,5 miliar", N, "qt_cap", 47.5, cls="usd_bn"),
     M(B, "US$95 miliar", N, "qt_cap_sep", 95, cls="usd_bn"),
     M(B, "September", D, "qt_step", "2022-09"),
     M(B, "26-27 Juli", D, "next_meeting", "2022-07-27"),
     M(B, "50", N, "july_lo", 50, cls="bp"),
     M(B, "75 basis poin", N, "july_hi", 75, cls="bp"),
    ]
    build("fomc-june-2022", "The Federal Reserve's rate decision (control) of Wednesday 15 June 2022: the target range "
          "raised 75 basis points to 1.50%-1.75%, the largest rise since November 1994, by 10 votes to 1 (the "
          "dissenter preferring 50 basis points); the rate on reserve balances 1.65% and the discount rate 1.75%; the "
          "median projections of 3.4% at the end of 2022, 3.8% in 2023, 3.4% in 2024 and 2.5% in the longer run, growth "
          "of 1.7% in 2022 (2.8% in March), PCE inflation 5.2% (4.3% in March), core PCE 4.3% (4.1%), unemployment 3.7%, "
          "3.9% and 4.1%; the rises of 25 basis points in March and 50 in May; May's consumer inflation of 8.6% (the "
          "most since December 1981); the balance sheet's run-off from 1 June, up to $47.5 billion a month and $95 "
          "billion from September; 50 or 75 basis points expected at the meeting of 26-27 July. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    butte()
    nz()
    fed()
