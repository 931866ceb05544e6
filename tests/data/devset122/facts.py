"""The hundred-and-twenty-second development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset122/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def saratoga():
    R1, K, AP, DT, R2 = "reuters-may07", "kompas-may08", "ap-may10", "detik-may13", "reuters-may30"
    # the official running tallies (the health ministry's, as state media carried them): Friday 6 May at night,
    # Saturday 7 May in the afternoon (the ministry's list of names) and at night (the 32 state media carried, later
    # called an error), Sunday 8 May in the evening, Monday 9 May in the afternoon and late at night, Tuesday 10 May,
    # Thursday 12 May (the search's end) and Friday 13 May; people in hospital and the hotel operator's missing
    # workers fall as patients go home and bodies are found (fall=True)
    FRIN, SATD, SATN, SUN, MONPM, MONN, TUE, THU, FRI13 = (
        "2022-05-06T23", "2022-05-07T15", "2022-05-07T23", "2022-05-08T20", "2022-05-09T16", "2022-05-09T22",
        "2022-05-10T18", "2022-05-12", "2022-05-13")
    # the health ministry's counts against the Havana government's early count on Saturday (sources); the 32 state
    # media carried and the 22 of Friday night are credited to no body (the official toll as reported)
    MIN, HAV = "the health ministry", "the Havana provincial government"
    names = {
     "dead": "people killed by the explosion", "casualties": "casualties counted (dead, in hospital and discharged)",
     "hosp": "people in hospital", "hosp_minors": "minors in hospital", "discharged": "people discharged",
     "children_dead": "children among the dead", "missing_all": "people missing (state media)",
     "workers": "hotel workers inside", "workers_dead": "hotel workers killed", "workers_missing": "hotel workers missing",
     "workers_hosp": "hotel workers in hospital", "rooms": "the hotel's rooms", "closed_years": "years the hotel was closed",
     "damage": "share of the building damaged", "homes": "homes nearby affected", "relocated": "people moved out",
     "buildings": "buildings nearby damaged", "age": "age of the man who died on 13 May",
     "weeks_since": "weeks since the explosion",
     # dates
     "explosion": "day of the explosion", "count22_day": "day of the count of 22", "count26_day": "day of the count of 26", "count25_day": "day of the count of 25",
     "count32_day": "day state media carried 32", "count31_day": "day of the count of 31",
     "count42_day": "day of the count of 42", "count43_day": "day of the count of 43",
     "count46_day": "day of the count of 46", "reopen": "day the hotel was due to reopen",
     "cry_day": "day a woman was heard in the basement", "search_end": "day the search ended",
     "mourning_start": "first day of national mourning", "mourning_end": "last day of national mourning",
     "built": "year the building was built", "hotel_since": "year the building became a hotel",
     "luxury": "year it reopened as a luxury hotel",
    }
    ms = [
     M(R1, "26", N, "dead", 26, SATD, src=MIN),
     M(R1, "Saturday", D, "count26_day", "2022-05-07"),
     M(R1, "four children", N, "children_dead", 4),
     M(R1, "80 casualties", N, "casualties", 80, SATD),
     M(R1, "46 people", N, "hosp", 46, SATD, fall=True),
     M(R1, "15", N, "hosp_minors", 15, SATD, fall=True),
     M(R1, "eight", N, "discharged", 8, SATD),
     M(R1, "Late on Friday", D, "count22_day", "2022-05-06"),
     M(R1, "22", N, "dead", 22, FRIN),
     M(R1, "96-room", N, "rooms", 96),
     M(R1, "Friday", D, "explosion", "2022-05-06", occ=3),
     M(R1, "two years", N, "closed_years", 2, cls="dur"),
     M(R1, "Tuesday", D, "reopen", "2022-05-10"),
     M(R1, "51 of its workers", N, "workers", 51),
     M(R1, "11", N, "workers_dead", 11, SATD),
     M(R1, "13", N, "workers_missing", 13, SATD, fall=True),
     M(R1, "six", N, "workers_hosp", 6, SATD, fall=True),
     M(R1, "Friday afternoon", D, "cry_day", "2022-05-06"),
     M(R1, "1880", D, "built", "1880"),
     M(R1, "1933", D, "hotel_since", "1933"),
     M(R1, "2005", D, "luxury", "2005"),

     M(K, "32 orang", N, "dead", 32, SATN),
     M(K, "Sabtu (7/5/2022) malam", D, "count32_day", "2022-05-07"),
     M(K, "19 orang", N, "missing_all", 19, SATN, fall=True),
     M(K, "Sabtu siang", D, "count26_day", "2022-05-07"),
     M(K, "26 korban tewas", N, "dead", 26, SATD, src=MIN),
     M(K, "empat anak", N, "children_dead", 4),
     M(K, "46 orang", N, "hosp", 46, SATD, fall=True),
     M(K, "15 di antaranya", N, "hosp_minors", 15, SATD, fall=True),
     M(K, "Jumat (6/5/2022) malam", D, "count22_day", "2022-05-06"),
     M(K, "22 orang", N, "dead", 22, FRIN),
     M(K, "Sabtu pagi", D, "count25_day", "2022-05-07"),
     M(K, "25 korban tewas", N, "dead", 25, "2022-05-07T08", src=HAV),
     M(K, "69 kamar", N, "rooms", 69, planted=True),
     M(K, "dua tahun", N, "closed_years", 2, cls="dur"),
     M(K, "Selasa (10/5/2022)", D, "reopen", "2022-05-10"),
     M(K, "51 pekerja", N, "workers", 51),

     M(AP, "two years", N, "closed_years", 2, cls="dur"),
     M(AP, "Tuesday", D, "reopen", "2022-05-10"),
     M(AP, "late Monday", D, "count42_day", "2022-05-09"),
     M(AP, "96 casualties", N, "casualties", 96, MONN),
     M(AP, "42 dead", N, "dead", 42, MONN, src=MIN),
     M(AP, "17", N, "hosp", 17, MONN, fall=True),
     M(AP, "37 discharged", N, "discharged", 37, MONN),
     M(AP, "40 dead", N, "dead", 40, MONPM, src=MIN),
     M(AP, "94 casualties", N, "casualties", 94, MONPM),
     M(AP, "18", N, "hosp", 18, MONPM, fall=True),
     M(AP, "36 sent home", N, "discharged", 36, MONPM),
     M(AP, "Sunday evening", D, "count31_day", "2022-05-08"),
     M(AP, "31", N, "dead", 31, SUN, src=MIN),
     M(AP, "32", N, "dead", 32, SATN),
     M(AP, "Saturday", D, "count32_day", "2022-05-07"),
     M(AP, "23", N, "workers_dead", 23, TUE),
     M(AP, "51 workers", N, "workers", 51),
     M(AP, "three", N, "workers_missing", 3, TUE, fall=True),
     M(AP, "80%", N, "damage", 80, cls="pct"),
     M(AP, "38 homes", N, "homes", 38),
     M(AP, "95 people", N, "relocated", 95),
     M(AP, "96-room", N, "rooms", 96),
     M(AP, "four minors", N, "children_dead", 4),

     M(DT, "Kamis (12/5/2022)", D, "search_end", "2022-05-12"),
     M(DT, "45 orang", N, "dead", 45, THU, src=MIN),
     M(DT, "99 korban", N, "casualties", 99, THU),
     M(DT, "15 orang", N, "hosp", 15, THU, fall=True),
     M(DT, "39 orang", N, "discharged", 39, THU),
     M(DT, "43 orang", N, "dead", 43, TUE, src=MIN),
     M(DT, "Selasa (10/5/2022)", D, "count43_day", "2022-05-10"),
     M(DT, "51 pekerja", N, "workers", 51),
     M(DT, "23 orang", N, "workers_dead", 23, THU),
     M(DT, "Jumat (13/5/2022)", D, "mourning_start", "2022-05-13"),
     M(DT, "Sabtu (14/5/2022)", D, "mourning_end", "2022-05-14"),
     M(DT, "sedikitnya 17 bangunan", N, "buildings", 17, qual="atleast"),
     M(DT, "Jumat (6/5/2022)", D, "explosion", "2022-05-06"),
     M(DT, "1880", D, "built", "1880"),
     M(DT, "Selasa pekan ini", D, "reopen", "2022-05-10"),

     M(R2, "More than three weeks", N, "weeks_since", 3, qual="morethan", cls="dur"),
     M(R2, "May 13", D, "count46_day", "2022-05-13"),
     M(R2, "46", N, "dead", 46, FRI13, src=MIN),
     M(R2, "63-year-old", N, "age", 63, cls="age"),
     M(R2, "99 in all", N, "casualties", 99, FRI13),
     M(R2, "Thirteen", N, "hosp", 13, FRI13, fall=True),
     M(R2, "40", N, "discharged", 40, FRI13),
     M(R2, "May 12", D, "search_end", "2022-05-12"),
     M(R2, "May 6", D, "explosion", "2022-05-06"),
     M(R2, "96-room", N, "rooms", 96),
     M(R2, "51 workers", N, "workers", 51),
     M(R2, "23", N, "workers_dead", 23, FRI13),
     M(R2, "May 10", D, "reopen", "2022-05-10"),
     M(R2, "two years", N, "closed_years", 2, cls="dur"),
     M(R2, "May 13", D, "mourning_start", "2022-05-13", occ=2),
     M(R2, "May 14", D, "mourning_end", "2022-05-14"),
     M(R2, "At least 17 buildings", N, "buildings", 17, qual="atleast"),
    ]
    build("saratoga-explosion-2022", "The gas explosion at the Hotel Saratoga in Old Havana on Friday 6 May 2022: the "
          "health ministry's toll rising 22 (Friday night) -> 26 (Saturday afternoon) -> 31 (Sunday evening) -> 40 and "
          "42 (Monday) -> 43 (Tuesday) -> 45 (Thursday 12 May, the search's end) -> 46 (Friday 13 May), the 32 state "
          "media carried on Saturday night later called an error (lower on Sunday); casualties 80 -> 94 -> 96 -> 99; "
          "people in hospital falling 46 -> 18 -> 17 -> 15 -> 13; the operator's 51 workers inside, 11 -> 23 of them "
          "dead, 13 -> 3 missing; the 96-room hotel due to reopen on Tuesday 10 May; national mourning on 13-14 May",
          False, ms, names)


def trinidad():
    R, K, ND, A, AP = "reuters-aug11", "kompas-aug13", "newsday-aug19", "antara-aug29", "ap-jan27"
    # the preliminary count on election night (Monday 10 August 2020) against the commission's official results
    # after the recounts (Tuesday 18 August)
    PRE, FIN = "2020-08-10T23", "2020-08-18"
    names = {
     "pnm_seats": "the PNM's seats", "unc_seats": "the UNC's seats", "house_seats": "seats in the House",
     "majority": "seats needed for a majority", "pnm_2015": "the PNM's seats in 2015", "unc_2015": "the UNC's seats in 2015",
     "unc_recounts": "recounts the UNC asked for", "recounts": "constituencies recounted",
     "registered": "registered voters", "votes_cast": "votes cast", "turnout": "turnout",
     "sfw_pnm": "the PNM's votes in San Fernando West", "sfw_unc": "the UNC's votes in San Fernando West",
     "sfw_gain": "votes the UNC gained in San Fernando West", "lht_pnm": "the PNM's votes in La Horquetta/Talparo",
     "lht_unc": "the UNC's votes in La Horquetta/Talparo", "stj_pnm": "the PNM's votes in St Joseph",
     "age": "Rowley's age", "term": "years of a term", "delay": "weeks the results were delayed",
     "speak_first": "minutes for movers and first responders", "speak_other": "minutes for other speakers",
     "tha_pnm": "the PNM's seats in the Tobago assembly", "tha_pdp": "the PDP's seats in the Tobago assembly",
     "tha_seats": "seats in the Tobago assembly", "tha_recounts": "districts recounted in Tobago",
     "tha_turnout": "turnout in the Tobago vote", "tha_votes": "votes cast in the Tobago vote",
     "tha_electorate": "the Tobago electorate", "tha_pnm_votes": "the PNM's votes in Tobago",
     "tha_pdp_votes": "the PDP's votes in Tobago", "pdp_recounts": "Tobago districts the PDP asked to recount",
     "months_since": "months between the two votes",
     # dates
     "election": "day of the general election", "victory_claim": "day Rowley claimed victory",
     "y2015": "the previous general election", "kpb_from": "year Persad-Bissessar became prime minister",
     "kpb_to": "year Persad-Bissessar left office", "rowley_first": "year Rowley first became prime minister",
     "recount_start": "day the recounts began", "concession": "day Persad-Bissessar conceded",
     "results_day": "day the President received the final results", "sworn": "day Rowley was sworn in",
     "last_venue": "year of the last swearing-in at President's House", "first_sitting": "day of the House's first sitting",
     "speaker_first": "day Annisette-George was first elected Speaker", "tha_election": "day of the Tobago assembly vote",
     "tha_confirm": "day the Tobago recounts were confirmed",
    }
    ms = [
     M(R, "22", N, "pnm_seats", 22, PRE),
     M(R, "41 seats", N, "house_seats", 41),
     M(R, "Monday", D, "election", "2020-08-10"),
     M(R, "five-year", N, "term", 5, cls="dur"),
     M(R, "19", N, "unc_seats", 19, PRE),
     M(R, "Monday", D, "victory_claim", "2020-08-10", occ=2),
     M(R, "21 seats", N, "majority", 21),
     M(R, "23 seats", N, "pnm_2015", 23),
     M(R, "2015", D, "y2015", "2015"),
     M(R, "17", N, "unc_2015", 17),
     M(R, "2010", D, "kpb_from", "2010"),
     M(R, "2015", D, "kpb_to", "2015", occ=2),
     M(R, "at least three", N, "unc_recounts", 3, qual="atleast"),
     M(R, "more than 1.1 million", N, "registered", 1100000, qual="morethan"),
     M(R, "70", N, "age", 70, cls="age"),
     M(R, "2015", D, "rowley_first", "2015", occ=3),

     M(K, "enam daerah pemilihan", N, "recounts", 6),
     M(K, "Selasa (11/8/2020)", D, "recount_start", "2020-08-11"),
     M(K, "Lima penghitungan ulang", N, "unc_recounts", 5),
     M(K, "Senin (10/8/2020)", D, "election", "2020-08-10"),
     M(K, "22", N, "pnm_seats", 22, PRE),
     M(K, "41 kursi", N, "house_seats", 41),
     M(K, "19 kursi", N, "unc_seats", 19, PRE),
     M(K, "658.297 suara", N, "votes_cast", 658297),
     M(K, "1.134.135 pemilih", N, "registered", 1134135),
     M(K, "58,04 persen", N, "turnout", 58.04, cls="pct"),
     M(K, "8.457 suara", N, "sfw_pnm", 8457, PRE),
     M(K, "6.651 suara", N, "sfw_unc", 6651, PRE),
     M(K, "9.713 suara", N, "lht_pnm", 9713, PRE),
     M(K, "7.790 suara", N, "lht_unc", 7790, PRE),

     M(ND, "six constituencies", N, "recounts", 6),
     M(ND, "22-19", N, "pnm_seats", 22, FIN, also=(("unc_seats", 19),)),
     M(ND, "103 votes", N, "sfw_gain", 103),
     M(ND, "6,651", N, "sfw_unc", 6651, PRE),
     M(ND, "6,754", N, "sfw_unc", 6754, FIN),
     M(ND, "8,457 votes", N, "sfw_pnm", 8457, FIN),
     M(ND, "9,713", N, "lht_pnm", 9713, PRE),
     M(ND, "9,714", N, "lht_pnm", 9714, FIN),
     M(ND, "7,790", N, "lht_unc", 7790, PRE),
     M(ND, "7,793", N, "lht_unc", 7793, FIN),
     M(ND, "9,354", N, "stj_pnm", 9354, PRE),
     M(ND, "9,362", N, "stj_pnm", 9362, FIN),
     M(ND, "Tuesday", D, "concession", "2020-08-18"),
     M(ND, "Tuesday", D, "results_day", "2020-08-18", occ=2),
     M(ND, "Wednesday", D, "sworn", "2020-08-19"),
     M(ND, "2003", D, "last_venue", "2003"),
     M(ND, "a week", N, "delay", 1, cls="dur"),
     M(ND, "August 10", D, "election", "2020-08-10"),
     M(ND, "58.40%", N, "turnout", 58.40, cls="pct", planted=True),
     M(ND, "658,297 votes", N, "votes_cast", 658297),

     M(A, "Jumat (28/8/2020)", D, "first_sitting", "2020-08-28"),
     M(A, "23 September 2015", D, "speaker_first", "2015-09-23"),
     M(A, "41 orang", N, "house_seats", 41),
     M(A, "22 kursi", N, "pnm_seats", 22, FIN),
     M(A, "19 kursi", N, "unc_seats", 19, FIN),
     M(A, "Senin (10/8/2020)", D, "election", "2020-08-10"),
     M(A, "Kamis (20/8/2020)", D, "sworn", "2020-08-20", planted=True),
     M(A, "sepekan", N, "delay", 1, cls="dur"),
     M(A, "enam daerah pemilihan", N, "recounts", 6),
     M(A, "103 suara", N, "sfw_gain", 103),
     M(A, "30 menit", N, "speak_first", 30, cls="min"),
     M(A, "20 menit", N, "speak_other", 20, cls="min"),

     M(AP, "6-6", N, "tha_pnm", 6, also=(("tha_pdp", 6),)),
     M(AP, "12 seats", N, "tha_seats", 12),
     M(AP, "Tuesday", D, "tha_confirm", "2021-01-26"),
     M(AP, "four districts", N, "tha_recounts", 4),
     M(AP, "Monday, Jan. 25", D, "tha_election", "2021-01-25"),
     M(AP, "51.84%", N, "tha_turnout", 51.84, cls="pct"),
     M(AP, "26,385 votes", N, "tha_votes", 26385),
     M(AP, "51,062", N, "tha_electorate", 51062),
     M(AP, "13,288 votes", N, "tha_pnm_votes", 13288),
     M(AP, "12,798", N, "tha_pdp_votes", 12798),
     M(AP, "three districts", N, "pdp_recounts", 3),
     M(AP, "Five months", N, "months_since", 5, cls="dur"),
     M(AP, "Aug. 10, 2020", D, "election", "2020-08-10"),
     M(AP, "22", N, "pnm_seats", 22, FIN),
     M(AP, "41 seats", N, "house_seats", 41),
     M(AP, "58.04%", N, "turnout", 58.04, cls="pct"),
     M(AP, "Aug. 19, 2020", D, "sworn", "2020-08-19"),
    ]
    build("trinidad-election-2020", "Trinidad and Tobago's general election of Monday 10 August 2020: the preliminary "
          "count on the night (the PNM 22 of 41 seats, the UNC 19; 658,297 votes from 1,134,135 registered, turnout "
          "58.04%); recounts in six constituencies from Tuesday 11 August (San Fernando West's UNC 6,651 -> 6,754, "
          "La Horquetta/Talparo's 9,713 -> 9,714 and 7,790 -> 7,793, St Joseph's 9,354 -> 9,362) and the official "
          "results on Tuesday 18 August, 22-19 unchanged; Rowley sworn in on Wednesday 19 August; the House's first "
          "sitting on Friday 28 August; the Tobago House of Assembly's 6-6 vote of Monday 25 January 2021 (turnout "
          "51.84%) confirmed by recounts on Tuesday 26 January", False, ms, names)


def popular():
    R, B, K, BI = "reuters-jan25", "bloomberg-jan26", "kontan-jan27", "bisnis-jan29"
    names = {
     "ni_q4": "net income in the fourth quarter of 2023 ($ million)", "ni_q3": "net income in the third quarter ($ million)",
     "eps_q4": "earnings per diluted share in the fourth quarter", "fdic_after": "the FDIC assessment after tax ($ million)",
     "fdic_pre": "the FDIC assessment before tax ($ million)", "adj_q4": "adjusted fourth-quarter net income ($ million)",
     "adj_vs_q3": "adjusted net income above the third quarter's ($ million)", "ni_fy": "net income in 2023 ($ million)",
     "ni_2022": "net income in 2022 ($ million)", "adj_fy": "adjusted net income in 2023 ($ million)",
     "adj_2022": "adjusted net income in 2022 ($ million)", "nii": "net interest income ($ million)",
     "nim": "net interest margin", "nim_q3": "net interest margin in the third quarter",
     "nim_te": "taxable-equivalent margin", "nim_te_q3": "taxable-equivalent margin in the third quarter",
     "nonii": "non-interest income ($ million)", "nonii_chg": "rise in non-interest income ($ million)",
     "nonii_ex": "growth of non-interest income excluding the Evertec gain ($ million)",
     "opex": "operating expenses ($ million)", "opex_chg": "rise in operating expenses ($ million)",
     "nco_chg": "rise in net charge-offs ($ million)", "nco_ratio": "net charge-offs to average loans",
     "nco_ratio_q3": "net charge-offs to average loans in the third quarter", "npl_chg": "fall in non-performing loans ($ million)",
     "npl_ratio": "non-performing loans to loans", "npl_ratio_q3": "non-performing loans to loans in the third quarter",
     "acl": "allowance to loans", "acl_q3": "allowance to loans in the third quarter", "acl_npl": "allowance to NPLs",
     "acl_npl_q3": "allowance to NPLs in the third quarter", "cet1": "the CET1 ratio", "te_growth": "growth of tangible equity",
     "te_share": "growth of tangible equity per share", "loans_q": "loan growth in the quarter ($ million)",
     "loans_y": "loan growth in the year ($ million)", "customers": "customers added on the island",
     # dates
     "release": "day of the results", "quarter_end": "end of the quarter", "y2023": "the year 2023",
     "y2022": "the year 2022", "y2024": "the year 2024",
    }
    ms = [
     M(R, "Thursday", D, "release", "2024-01-25"),
     M(R, "$94.6 million", N, "ni_q4", 94.6, cls="usdm"),
     M(R, "$1.31", N, "eps_q4", 1.31, cls="usd"),
     M(R, "$136.6 million", N, "ni_q3", 136.6, cls="usdm"),
     M(R, "$45.3 million", N, "fdic_after", 45.3, cls="usdm"),
     M(R, "$139.9 million", N, "adj_q4", 139.9, cls="usdm"),
     M(R, "2023", D, "y2023", "2023"),
     M(R, "$541.3 million", N, "ni_fy", 541.3, cls="usdm"),
     M(R, "$1.1 billion", N, "ni_2022", 1100, cls="usdm"),
     M(R, "2022", D, "y2022", "2022"),
     M(R, "$534.2 million", N, "nii", 534.2, cls="usdm"),
     M(R, "3.08%", N, "nim", 3.08, cls="pct"),
     M(R, "3.07%", N, "nim_q3", 3.07, cls="pct"),
     M(R, "$9.2 million", N, "nonii_chg", 9.2, cls="usdm"),
     M(R, "$168.7 million", N, "nonii", 168.7, cls="usdm"),
     M(R, "$65.2 million", N, "opex_chg", 65.2, cls="usdm"),
     M(R, "$531.1 million", N, "opex", 531.1, cls="usdm"),
     M(R, "$71.4 million", N, "fdic_pre", 71.4, cls="usdm"),
     M(R, "$24.3 million", N, "nco_chg", 24.3, cls="usdm"),
     M(R, "0.66%", N, "nco_ratio", 0.66, cls="pct"),
     M(R, "0.39%", N, "nco_ratio_q3", 0.39, cls="pct"),
     M(R, "about $1 billion", N, "loans_q", 1000, qual="approx", cls="usdm"),
     M(R, "$3 billion", N, "loans_y", 3000, cls="usdm"),
     M(R, "34,000 customers", N, "customers", 34000),
     M(R, "16.3%", N, "cet1", 16.3, cls="pct"),

     M(B, "Dec. 31, 2023", D, "quarter_end", "2023-12-31"),
     M(B, "$94.6 million", N, "ni_q4", 94.6, cls="usdm"),
     M(B, "$136.6 million", N, "ni_q3", 136.6, cls="usdm"),
     M(B, "Thursday", D, "release", "2024-01-25"),
     M(B, "$71.4 million", N, "fdic_pre", 71.4, cls="usdm"),
     M(B, "$45.3 million", N, "fdic_after", 45.3, cls="usdm"),
     M(B, "$139.9 million", N, "adj_q4", 139.9, cls="usdm"),
     M(B, "$3.3 million", N, "adj_vs_q3", 3.3, cls="usdm"),
     M(B, "$541.3 million", N, "ni_fy", 541.3, cls="usdm"),
     M(B, "$586.6 million", N, "adj_fy", 586.6, cls="usdm"),
     M(B, "$807.8 million", N, "adj_2022", 807.8, cls="usdm"),
     M(B, "2022", D, "y2022", "2022"),
     M(B, "$534.2 million", N, "nii", 534.2, cls="usdm"),
     M(B, "3.26%", N, "nim_te", 3.26, cls="pct"),
     M(B, "3.24%", N, "nim_te_q3", 3.24, cls="pct"),
     M(B, "$3.9 million", N, "npl_chg", 3.9, cls="usdm"),
     M(B, "1.0%", N, "npl_ratio", 1.0, cls="pct"),
     M(B, "1.1%", N, "npl_ratio_q3", 1.1, cls="pct"),
     M(B, "2.08%", N, "acl", 2.08, cls="pct"),
     M(B, "2.09%", N, "acl_q3", 2.09, cls="pct"),
     M(B, "204.0%", N, "acl_npl", 204.0, cls="pct"),
     M(B, "16.3%", N, "cet1", 16.3, cls="pct"),
     M(B, "33%", N, "te_growth", 33, cls="pct"),
     M(B, "$14.77", N, "te_share", 14.77, cls="usd"),
     M(B, "2024", D, "y2024", "2024"),

     M(K, "US$ 94,6 juta", N, "ni_q4", 94.6, cls="usdm"),
     M(K, "US$ 136,6 juta", N, "ni_q3", 136.6, cls="usdm"),
     M(K, "US$ 1,31", N, "eps_q4", 1.31, cls="usd"),
     M(K, "US$ 45,3 juta", N, "fdic_after", 45.3, cls="usdm"),
     M(K, "US$ 71,4 juta", N, "fdic_pre", 71.4, cls="usdm"),
     M(K, "US$ 139,9 juta", N, "adj_q4", 139.9, cls="usdm"),
     M(K, "2023", D, "y2023", "2023", occ=2),
     M(K, "US$ 541,3 juta", N, "ni_fy", 541.3, cls="usdm"),
     M(K, "US$ 1,1 miliar", N, "ni_2022", 1100, cls="usdm"),
     M(K, "2022", D, "y2022", "2022"),
     M(K, "US$ 534,2 juta", N, "nii", 534.2, cls="usdm"),
     M(K, "3,08%", N, "nim", 3.08, cls="pct"),
     M(K, "3,07%", N, "nim_q3", 3.07, cls="pct"),
     M(K, "US$ 9,2 juta", N, "nonii_chg", 9.2, cls="usdm"),
     M(K, "US$ 168,7 juta", N, "nonii", 168.7, cls="usdm"),
     M(K, "US$ 65,2 juta", N, "opex_chg", 65.2, cls="usdm"),
     M(K, "US$ 531,1 juta", N, "opex", 531.1, cls="usdm"),
     M(K, "16,3%", N, "cet1", 16.3, cls="pct"),
     M(K, "sekitar US$ 1 miliar", N, "loans_q", 1000, qual="approx", cls="usdm"),
     M(K, "US$ 3 miliar", N, "loans_y", 3000, cls="usdm"),
     M(K, "Kamis (25/1/2024)", D, "release", "2024-01-25"),

     M(BI, "US$94,6 juta", N, "ni_q4", 94.6, cls="usdm"),
     M(BI, "US$136,6 juta", N, "ni_q3", 136.6, cls="usdm"),
     M(BI, "US$45,3 juta", N, "fdic_after", 45.3, cls="usdm"),
     M(BI, "US$139,9 juta", N, "adj_q4", 139.9, cls="usdm"),
     M(BI, "US$541,3 juta", N, "ni_fy", 541.3, cls="usdm"),
     M(BI, "US$586,6 juta", N, "adj_fy", 586.6, cls="usdm"),
     M(BI, "US$24,3 juta", N, "nco_chg", 24.3, cls="usdm"),
     M(BI, "0,66%", N, "nco_ratio", 0.66, cls="pct"),
     M(BI, "0,39%", N, "nco_ratio_q3", 0.39, cls="pct"),
     M(BI, "US$3,9 juta", N, "npl_chg", 3.9, cls="usdm"),
     M(BI, "1,0%", N, "npl_ratio", 1.0, cls="pct"),
     M(BI, "1,1%", N, "npl_ratio_q3", 1.1, cls="pct"),
     M(BI, "2,08%", N, "acl", 2.08, cls="pct"),
     M(BI, "204,0%", N, "acl_npl", 204.0, cls="pct"),
     M(BI, "196,7%", N, "acl_npl_q3", 196.7, cls="pct"),
     M(BI, "34.000 nasabah", N, "customers", 34000),
     M(BI, "2022", D, "y2022", "2022"),
     M(BI, "US$11 juta", N, "nonii_ex", 11, cls="usdm"),
     M(BI, "33%", N, "te_growth", 33, cls="pct"),
     M(BI, "US$14,77", N, "te_share", 14.77, cls="usd"),
     M(BI, "16,3%", N, "cet1", 16.3, cls="pct"),
     M(BI, "Kamis (25/1/2024)", D, "release", "2024-01-25"),
    ]
    build("popular-q4-2023", "Popular, Inc.'s fourth-quarter 2023 results (control), released on Thursday 25 January "
          "2024: net income of $94.6 million ($1.31 a share) against $136.6 million in the third quarter, the FDIC "
          "special assessment of $71.4 million before tax and $45.3 million after, adjusted net income of $139.9 "
          "million; $541.3 million for 2023 ($586.6 million adjusted) against $1.1 billion in 2022; net interest "
          "income of $534.2 million, margin 3.08% (3.07%); net charge-offs 0.66% (0.39%); CET1 16.3%. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    saratoga()
    trinidad()
    popular()
