"""The hundred-and-second development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset102/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def samoa():
    R, K, T, RNZ, A = "reuters-nov18", "kompas-nov21", "tempo-dec03", "rnz-dec05", "antara-dec23"
    # the government's running tallies (the weekend of 16-17 November, Monday 2, Wednesday 4, Saturday 14 and
    # Saturday 21 December) and UNICEF's count of Tuesday 19 November
    NOV17, NOV19, DEC02, DEC04, DEC14, DEC21 = (
        "2019-11-17", "2019-11-19", "2019-12-02", "2019-12-04", "2019-12-14", "2019-12-21")
    GOV, UNICEF = "the Samoan government", "UNICEF"
    names = {
     "dead": "people dead of measles", "kids_dead": "young children among the dead",
     "kids_u5_dead": "children under five among the dead", "adults_dead": "adults among the dead",
     "kids_u4_dead": "children under four among the dead", "cases": "measles cases recorded",
     "hosp_share": "share of suspected cases needing hospital care", "cov2017": "infant vaccination coverage in 2017",
     "cov2018": "infant vaccination coverage in 2018", "population": "Samoa's population",
     "age_limit": "age under which children may not attend gatherings", "world_cases": "measles cases worldwide in 2018",
     "herd": "share of the population to vaccinate to stop measles", "vaccinated": "people vaccinated in the campaign",
     "dead_24h_dec02": "deaths in the 24 hours to Monday 2 December",
     "dead_24h_dec04": "deaths in the 24 hours to Wednesday 4 December",
     "new_since_tue": "new cases since Tuesday 3 December", "in_hospital": "people in hospital",
     "critical": "children in a critical condition", "cov_kids": "vaccinated children aged six months to four years",
     "cov_youth": "vaccinated people aged five to 19", "cov_women": "vaccinated women aged 20 to 35",
     "age_min_months": "youngest age in the widened programme (months)", "age_max": "oldest age in the widened programme",
     "youth_lo": "lower age of the five-to-19 group", "youth_hi": "upper age of the five-to-19 group",
     "women_lo": "lower age of the women's group", "women_hi": "upper age of the women's group",
     "kids_hi": "upper age of the youngest group", "kids_lo_months": "lower age of the youngest group (months)",
     "new_24h_dec21": "new cases in the 24 hours to Saturday 21 December", "pop_vacc": "share of the population vaccinated",
     "curfew_cov": "vaccination coverage when the curfew was lifted", "nz_aid": "New Zealand's measles aid (NZ$)",
     "babies": "babies who died after a wrongly mixed vaccine", "shutdown_days": "days of the shutdown",
     # dates
     "declared": "day the outbreak was declared", "y2017": "the year 2017", "y2018": "the year 2018",
     "babies_year": "year the two babies died", "peters_day": "day New Zealand announced its team",
     "unicef_day": "day of UNICEF's count", "count53_day": "day of the count of 53", "shutdown_start": "first day of the shutdown",
     "shutdown_end": "second day of the shutdown", "count79_day": "day of the count of 79",
     "extension_day": "day the state of emergency was extended", "emergency_end": "day the extended state of emergency ends",
     "curfew_lifted": "day the curfew was lifted", "count60_day": "day of the count of 60",
     "vacc_tuesday": "day of the vaccination figures", "widened_day": "day the programme was widened",
     "new_since_day": "day from which the 171 new cases were counted",
    }
    ms = [
     M(R, "at least six people", N, "dead", 6, NOV17, qual="atleast", src=GOV),
     M(R, "five", N, "kids_dead", 5, NOV17, src=GOV),
     M(R, "716 suspected cases", N, "cases", 716, NOV17, src=GOV),
     M(R, "about 40%", N, "hosp_share", 40, qual="approx", cls="pct"),
     M(R, "under 17", N, "age_limit", 17, cls="age"),
     M(R, "Oct. 16", D, "declared", "2019-10-16"),
     M(R, "about 200,000 people", N, "population", 200000, qual="approx"),
     M(R, "74%", N, "cov2017", 74, cls="pct"),
     M(R, "2017", D, "y2017", "2017"),
     M(R, "about 31%", N, "cov2018", 31, qual="approx", cls="pct"),
     M(R, "2018", D, "y2018", "2018"),
     M(R, "two babies", N, "babies", 2),
     M(R, "2018", D, "babies_year", "2018", occ=2),
     M(R, "Monday", D, "peters_day", "2019-11-18"),

     M(K, "Selasa (19/11/2019)", D, "unicef_day", "2019-11-19"),
     M(K, "15 nyawa", N, "dead", 15, NOV19, src=UNICEF),
     M(K, "14 anak", N, "kids_u5_dead", 14, NOV19, src=UNICEF),
     M(K, "satu orang dewasa", N, "adults_dead", 1, NOV19, src=UNICEF),
     M(K, "lebih dari 1.000 kasus", N, "cases", 1000, NOV19, qual="morethan", src=UNICEF),
     M(K, "16 Oktober", D, "declared", "2019-10-16"),
     M(K, "17 tahun", N, "age_limit", 17, cls="age"),
     M(K, "sekitar 200.000 jiwa", N, "population", 200000, qual="approx"),
     M(K, "hampir 350.000 kasus", N, "world_cases", 350000, qual="nearly"),
     M(K, "2018", D, "y2018", "2018"),
     M(K, "2017", D, "y2017", "2017"),
     M(K, "sekitar 95 persen", N, "herd", 95, qual="approx", cls="pct"),

     M(T, "53 orang", N, "dead", 53, DEC02, src=GOV),
     M(T, "Senin (2/12/2019)", D, "count53_day", "2019-12-02"),
     M(T, "48", N, "kids_u4_dead", 48, DEC02, src=GOV),
     M(T, "16 Oktober", D, "declared", "2019-10-16"),
     M(T, "3.728 kasus", N, "cases", 3728, DEC02, src=GOV),
     M(T, "Sekitar 58.000 orang", N, "vaccinated", 58000, DEC02, qual="approx"),
     M(T, "Kamis", D, "shutdown_start", "2019-12-05"),
     M(T, "6 Desember", D, "shutdown_end", "2019-12-06"),
     M(T, "lima orang", N, "dead_24h_dec02", 5, src=GOV),

     M(RNZ, "60", N, "dead", 60, DEC04, src=GOV),
     M(RNZ, "five deaths", N, "dead_24h_dec04", 5, src=GOV),
     M(RNZ, "Wednesday", D, "count60_day", "2019-12-04"),
     M(RNZ, "171 new cases", N, "new_since_tue", 171),
     M(RNZ, "Tuesday", D, "new_since_day", "2019-12-03"),
     M(RNZ, "past 4,000", N, "cases", 4000, DEC04, qual="morethan", src=GOV),
     M(RNZ, "177 people", N, "in_hospital", 177, DEC04, fall=True),
     M(RNZ, "20 children", N, "critical", 20, DEC04, fall=True),
     M(RNZ, "Thursday", D, "shutdown_start", "2019-12-05"),
     M(RNZ, "Friday", D, "shutdown_end", "2019-12-06"),
     M(RNZ, "73%", N, "cov_kids", 73, cls="pct"),
     M(RNZ, "86%", N, "cov_youth", 86, cls="pct"),
     M(RNZ, "79%", N, "cov_women", 79, cls="pct"),
     M(RNZ, "Tuesday", D, "vacc_tuesday", "2019-12-03", occ=2),
     M(RNZ, "Monday", D, "widened_day", "2019-12-02"),
     M(RNZ, "60 years", N, "age_max", 60, cls="age"),
     M(RNZ, "Oct. 16", D, "declared", "2019-10-16"),
     M(RNZ, "3,710", N, "cases", 3710, "2019-12-03", src=GOV),

     M(A, "79 kematian", N, "dead", 79, DEC21, src=GOV),
     M(A, "Sabtu (21/12/2019)", D, "count79_day", "2019-12-21"),
     M(A, "5.520", N, "cases", 5520, DEC21, src=GOV),
     M(A, "26 kasus baru", N, "new_24h_dec21", 26),
     M(A, "94 persen", N, "pop_vacc", 94, cls="pct"),
     M(A, "Sabtu (14/12/2019)", D, "extension_day", "2019-12-14"),
     M(A, "29 Desember", D, "emergency_end", "2019-12-29"),
     M(A, "72 orang", N, "dead", 72, DEC14, src=GOV),
     M(A, "lebih dari 5.100", N, "cases", 5100, DEC14, qual="morethan", src=GOV),
     M(A, "1 juta dolar Selandia Baru", N, "nz_aid", 1000000),
     M(A, "7 Desember", D, "curfew_lifted", "2019-12-07"),
     M(A, "90 persen", N, "curfew_cov", 90, cls="pct"),
     M(A, "6 Oktober", D, "declared", "2019-10-06", planted=True),
    ]
    build("samoa-measles-2019", "The Samoa measles epidemic of 2019 (the outbreak declared on 16 October): the "
          "government's toll rising from at least six with 716 suspected cases (the weekend of 16-17 November) to 53 "
          "with 3,728 cases (Monday 2 December), 60 with more than 4,000 (Wednesday 4 December), 72 with more than "
          "5,100 (Saturday 14 December, the state of emergency extended to 29 December) and 79 with 5,520 (Saturday 21 "
          "December); UNICEF's 15 dead and more than 1,000 suspected cases (Tuesday 19 November); the government "
          "shut down on 5 and 6 December for mass vaccination; 94% of the population vaccinated by 21 December",
          False, ms, names)


def fiji():
    R, K, A, AP, T = "reuters-dec15", "kompas-dec16", "antara-dec19", "ap-dec24", "tempo-jan06"
    # the provisional count in stages (4 a.m. and 7 a.m. on Thursday 15 December), then the elections office's final
    # count of Sunday 18 December; shares of a count in progress may move both ways (fall=True)
    P4, P7, FIN = "2022-12-15T04", "2022-12-15T07", "2022-12-18"
    FEO = "the Fijian Elections Office"
    names = {
     "ff_share": "FijiFirst's share", "pa_share": "the People's Alliance's share", "nfp_share": "the NFP's share",
     "sod_share": "SODELPA's share", "ff_votes": "votes for FijiFirst", "pa_votes": "votes for the People's Alliance",
     "nfp_votes": "votes for the NFP", "sod_votes": "votes for SODELPA", "stations_counted": "polling stations counted",
     "stations": "polling stations in all", "bai_share": "Bainimarama's own share", "rab_share": "Rabuka's own share",
     "threshold": "the threshold", "seats": "seats in parliament", "majority": "seats needed for a majority",
     "ff_seats": "FijiFirst's seats", "pa_seats": "the People's Alliance's seats", "nfp_seats": "the NFP's seats",
     "sod_seats": "SODELPA's seats", "registered": "registered voters", "voted": "votes cast", "turnout": "turnout",
     "pa_nfp_seats": "the People's Alliance and the NFP's seats together", "coalition": "the coalition's seats",
     "pm_ayes": "votes for Rabuka as prime minister", "pm_noes": "votes for Bainimarama as prime minister",
     "board_ayes1": "board votes for the coalition on Tuesday", "board_noes1": "board votes for FijiFirst on Tuesday",
     "board_ayes2": "board votes for the coalition on Friday", "board_noes2": "board votes for FijiFirst on Friday",
     "opposition_parties": "opposition parties demanding a halt", "years_power": "Bainimarama's years in power",
     "age": "Rabuka's age", "majority_of": "the coalition's majority in the vote",
     # dates
     "election": "day of the election", "final_day": "day of the final count", "pm_vote": "day Rabuka was elected",
     "board1": "day of the board's first vote", "board2": "day of the board's second vote", "coups": "year of Rabuka's coups",
     "pm_from": "year Rabuka first became prime minister", "pm_to": "year Rabuka's first term ended",
     "coup2006": "year of Bainimarama's coup", "count_day": "day of the provisional count", "sworn": "day Rabuka was sworn in",
     "glitch_day": "night the app was taken offline",
    }
    ms = [
     M(R, "Thursday", D, "count_day", "2022-12-15"),
     M(R, "Wednesday", D, "election", "2022-12-14"),
     M(R, "1,238", N, "stations_counted", 1238, P7),
     M(R, "2,071", N, "stations", 2071),
     M(R, "45.88%", N, "ff_share", 45.88, P7, cls="pct", src=FEO, fall=True),
     M(R, "32.66%", N, "pa_share", 32.66, P7, cls="pct", src=FEO, fall=True),
     M(R, "9.29%", N, "nfp_share", 9.29, P7, cls="pct", src=FEO, fall=True),
     M(R, "31.42%", N, "bai_share", 31.42, P7, cls="pct", src=FEO, fall=True),
     M(R, "16.34%", N, "rab_share", 16.34, P7, cls="pct", src=FEO, fall=True),
     M(R, "Wednesday", D, "glitch_day", "2022-12-14", occ=2),
     M(R, "5%", N, "threshold", 5, cls="pct"),
     M(R, "55 seats", N, "seats", 55),
     M(R, "28 seats", N, "majority", 28),
     M(R, "Sunday", D, "final_day", "2022-12-18"),

     M(K, "Rabu (14/12/2022)", D, "election", "2022-12-14"),
     M(K, "1.070", N, "stations_counted", 1070, P4),
     M(K, "2.071", N, "stations", 2071),
     M(K, "132.037 suara", N, "ff_votes", 132037, P4, src=FEO),
     M(K, "102.255 suara", N, "pa_votes", 102255, P4, src=FEO),
     M(K, "27.871 suara", N, "nfp_votes", 27871, P4, src=FEO),
     M(K, "13.880 suara", N, "sod_votes", 13880, P4, src=FEO),
     M(K, "1.238 TPS", N, "stations_counted", 1238, P7),
     M(K, "162.084 suara", N, "ff_votes", 162084, P7, src=FEO),
     M(K, "45,9 persen", N, "ff_share", 45.88, P7, qual="approx", cls="pct", src=FEO, fall=True),
     M(K, "115.358 suara", N, "pa_votes", 115358, P7, src=FEO),
     M(K, "32,7 persen", N, "pa_share", 32.66, P7, qual="approx", cls="pct", src=FEO, fall=True),
     M(K, "32.809 suara", N, "nfp_votes", 32809, P7, src=FEO),
     M(K, "9,3 persen", N, "nfp_share", 9.29, P7, qual="approx", cls="pct", src=FEO, fall=True),
     M(K, "16.202 suara", N, "sod_votes", 16202, P7, src=FEO),
     M(K, "4,6 persen", N, "sod_share", 4.6, P7, qual="approx", cls="pct", src=FEO, fall=True),
     M(K, "5 persen", N, "threshold", 5, cls="pct"),
     M(K, "Lima partai", N, "opposition_parties", 5),
     M(K, "693.915 pemilih", N, "registered", 693915),

     M(A, "Minggu (18/12/2022)", D, "final_day", "2022-12-18"),
     M(A, "200.246 suara", N, "ff_votes", 200246, FIN, src=FEO),
     M(A, "42,55 persen", N, "ff_share", 42.55, FIN, cls="pct", src=FEO, fall=True),
     M(A, "26 kursi", N, "ff_seats", 26, FIN, src=FEO),
     M(A, "55 kursi", N, "seats", 55),
     M(A, "168.581 suara", N, "pa_votes", 168581, FIN, src=FEO),
     M(A, "35,28 persen", N, "pa_share", 35.28, FIN, cls="pct", src=FEO, fall=True, planted=True),
     M(A, "21 kursi", N, "pa_seats", 21, FIN, src=FEO),
     M(A, "41.830 suara", N, "nfp_votes", 41830, FIN, src=FEO),
     M(A, "8,89 persen", N, "nfp_share", 8.89, FIN, cls="pct", src=FEO, fall=True),
     M(A, "5 kursi", N, "nfp_seats", 5, FIN, src=FEO),
     M(A, "24.172 suara", N, "sod_votes", 24172, FIN, src=FEO),
     M(A, "5,14 persen", N, "sod_share", 5.14, FIN, cls="pct", src=FEO, fall=True),
     M(A, "3 kursi", N, "sod_seats", 3, FIN, src=FEO),
     M(A, "28 kursi", N, "majority", 28),
     M(A, "473.910 pemilih", N, "voted", 473910),
     M(A, "693.915 pemilih", N, "registered", 693915),
     M(A, "68,3 persen", N, "turnout", 68.3, cls="pct"),
     M(A, "26 kursi", N, "pa_nfp_seats", 26, occ=2),
     M(A, "tiga kursi", N, "sod_seats", 3, FIN, src=FEO),

     M(AP, "Saturday", D, "pm_vote", "2022-12-24"),
     M(AP, "28 votes to 27", N, "pm_ayes", 28, also=(("pm_noes", 27),)),
     M(AP, "16 years", N, "years_power", 16, cls="dur"),
     M(AP, "Dec. 14", D, "election", "2022-12-14"),
     M(AP, "a majority of one", N, "majority_of", 1),
     M(AP, "55-seat", N, "seats", 55),
     M(AP, "26 seats", N, "ff_seats", 26, FIN, src=FEO),
     M(AP, "42.55%", N, "ff_share", 42.55, FIN, cls="pct", src=FEO, fall=True),
     M(AP, "21 seats", N, "pa_seats", 21, FIN, src=FEO),
     M(AP, "35.82%", N, "pa_share", 35.82, FIN, cls="pct", src=FEO, fall=True),
     M(AP, "five", N, "nfp_seats", 5, FIN, src=FEO),
     M(AP, "three seats", N, "sod_seats", 3, FIN, src=FEO),
     M(AP, "16-14", N, "board_ayes1", 16, also=(("board_noes1", 14),)),
     M(AP, "Tuesday", D, "board1", "2022-12-20"),
     M(AP, "Friday", D, "board2", "2022-12-23"),
     M(AP, "13-12", N, "board_ayes2", 13, also=(("board_noes2", 12),)),
     M(AP, "74", N, "age", 74, cls="age"),
     M(AP, "1987", D, "coups", "1987"),
     M(AP, "1992", D, "pm_from", "1992"),
     M(AP, "1999", D, "pm_to", "1999"),
     M(AP, "68.3%", N, "turnout", 68.3, cls="pct"),
     M(AP, "Saturday", D, "sworn", "2022-12-24", occ=2),

     M(T, "Sabtu (24/12/2022)", D, "pm_vote", "2022-12-24"),
     M(T, "28 suara", N, "pm_ayes", 28),
     M(T, "27 suara", N, "pm_noes", 27),
     M(T, "2006", D, "coup2006", "2006"),
     M(T, "14 Desember", D, "election", "2022-12-14"),
     M(T, "27 kursi", N, "ff_seats", 27, FIN, src=FEO, planted=True),
     M(T, "21 kursi", N, "pa_seats", 21, FIN, src=FEO),
     M(T, "5 kursi", N, "nfp_seats", 5, FIN, src=FEO),
     M(T, "tiga kursi", N, "sod_seats", 3, FIN, src=FEO),
     M(T, "29 kursi", N, "coalition", 29),
     M(T, "55 orang", N, "seats", 55),
     M(T, "16 lawan 14", N, "board_ayes1", 16, also=(("board_noes1", 14),)),
     M(T, "Selasa (20/12/2022)", D, "board1", "2022-12-20"),
     M(T, "Jumat (23/12/2022)", D, "board2", "2022-12-23"),
     M(T, "13 suara berbanding 12", N, "board_ayes2", 13, also=(("board_noes2", 12),)),
     M(T, "1987", D, "coups", "1987"),
     M(T, "1992", D, "pm_from", "1992"),
     M(T, "1999", D, "pm_to", "1999"),
    ]
    build("fiji-election-2022", "Fiji's general election of Wednesday 14 December 2022: the provisional count on "
          "Thursday 15 December (at 4 a.m., 1,070 of 2,071 stations: FijiFirst 132,037 votes, the People's Alliance "
          "102,255, the NFP 27,871, SODELPA 13,880; at 7 a.m., 1,238 stations: FijiFirst 162,084 (45.88%), the "
          "People's Alliance 115,358 (32.66%), the NFP 32,809 (9.29%), SODELPA 16,202 (4.6%)); the final count of "
          "Sunday 18 December: FijiFirst 200,246 (42.55%, 26 seats), the People's Alliance 168,581 (35.82%, 21), the "
          "NFP 41,830 (8.89%, 5), SODELPA 24,172 (5.14%, 3), turnout 68.3% (473,910 of 693,915); SODELPA's board "
          "votes of 16-14 (Tuesday 20 December) and 13-12 (Friday 23 December); Rabuka elected prime minister 28-27 "
          "on Saturday 24 December 2022", False, ms, names)


def australia():
    R, ABC, B, K = "reuters-jan25", "abc-jan28", "bisnis-jan26", "kontan-jan27"
    names = {
     "q_cpi": "the CPI's rise in the December quarter", "y_cpi": "annual inflation to December 2022",
     "q_sep": "the CPI's rise in the September quarter", "q_jun": "the CPI's rise in the June quarter",
     "y_sep": "annual inflation in the September quarter", "tm": "annual trimmed mean inflation",
     "tm_sep": "annual trimmed mean inflation in the September quarter", "services": "annual services inflation",
     "goods": "annual goods inflation", "q_dom_travel": "domestic holiday travel's rise in the quarter",
     "q_electricity": "electricity's rise in the quarter", "q_intl_travel": "international holiday travel's rise in the quarter",
     "y_dwellings": "new dwellings' annual rise", "y_dom_travel": "domestic holiday travel's annual rise",
     "y_fuel": "automotive fuel's annual rise", "nondisc": "annual non-discretionary inflation",
     "disc": "annual discretionary inflation", "wa_credit": "Western Australia's electricity credit (A$)",
     "quarters_in_row": "quarters in a row of record rises",
     # dates
     "release": "day of the release", "y1990": "the last time inflation was as high", "y2008": "the last time services inflation was as high",
     "gst": "year the goods and services tax was introduced", "y2003": "the last time trimmed mean inflation was as high",
     "year_to": "the period measured (the year and quarter to December 2022)",
    }
    ms = [
     M(R, "1.9%", N, "q_cpi", 1.9, cls="pct"),
     M(R, "7.8%", N, "y_cpi", 7.8, cls="pct"),
     M(R, "Wednesday", D, "release", "2023-01-25"),
     M(R, "1990", D, "y1990", "1990"),
     M(R, "1.8%", N, "q_sep", 1.8, cls="pct", also=(("q_jun", 1.8),)),
     M(R, "7.3%", N, "y_sep", 7.3, cls="pct"),
     M(R, "6.9%", N, "tm", 6.9, cls="pct"),
     M(R, "6.1%", N, "tm_sep", 6.1, cls="pct"),
     M(R, "5.5%", N, "services", 5.5, cls="pct"),
     M(R, "2008", D, "y2008", "2008"),
     M(R, "9.5%", N, "goods", 9.5, cls="pct"),
     M(R, "13.3%", N, "q_dom_travel", 13.3, cls="pct"),
     M(R, "8.6%", N, "q_electricity", 8.6, cls="pct"),
     M(R, "fourth quarter in a row", N, "quarters_in_row", 4),
     M(R, "2000", D, "gst", "2000"),

     M(ABC, "7.8 per cent", N, "y_cpi", 7.8, cls="pct"),
     M(ABC, "December 2022", D, "year_to", "2022-12"),
     M(ABC, "1.9 per cent", N, "q_cpi", 1.9, cls="pct"),
     M(ABC, "1990", D, "y1990", "1990"),
     M(ABC, "6.9 per cent", N, "tm", 6.9, cls="pct"),
     M(ABC, "2003", D, "y2003", "2003"),
     M(ABC, "17.8 per cent", N, "y_dwellings", 17.8, cls="pct"),
     M(ABC, "19.8 per cent", N, "y_dom_travel", 19.8, cls="pct"),
     M(ABC, "13.2 per cent", N, "y_fuel", 13.2, cls="pct"),
     M(ABC, "7.6 per cent", N, "q_intl_travel", 7.6, cls="pct"),
     M(ABC, "8.6 per cent", N, "q_electricity", 8.6, cls="pct"),
     M(ABC, "$400", N, "wa_credit", 400),
     M(ABC, "8.4 per cent", N, "nondisc", 8.4, cls="pct"),
     M(ABC, "7.1 per cent", N, "disc", 7.1, cls="pct"),
     M(ABC, "5.5 per cent", N, "services", 5.5, cls="pct"),
     M(ABC, "2008", D, "y2008", "2008"),

     M(B, "7,8%", N, "y_cpi", 7.8, cls="pct"),
     M(B, "kuartal IV/2022", D, "year_to", "2022-12"),
     M(B, "1990", D, "y1990", "1990"),
     M(B, "1,9%", N, "q_cpi", 1.9, cls="pct"),
     M(B, "1,8%", N, "q_sep", 1.8, cls="pct", also=(("q_jun", 1.8),)),
     M(B, "7,3%", N, "y_sep", 7.3, cls="pct"),
     M(B, "6,9%", N, "tm", 6.9, cls="pct"),
     M(B, "6,1%", N, "tm_sep", 6.1, cls="pct"),
     M(B, "5,5%", N, "services", 5.5, cls="pct"),
     M(B, "2008", D, "y2008", "2008"),
     M(B, "9,5%", N, "goods", 9.5, cls="pct"),
     M(B, "17,8%", N, "y_dwellings", 17.8, cls="pct"),
     M(B, "19,8%", N, "y_dom_travel", 19.8, cls="pct"),
     M(B, "13,2%", N, "y_fuel", 13.2, cls="pct"),
     M(B, "Rabu (25/1/2023)", D, "release", "2023-01-25"),

     M(K, "7,8 persen", N, "y_cpi", 7.8, cls="pct"),
     M(K, "Rabu, 25 Januari 2023", D, "release", "2023-01-25"),
     M(K, "1,9 persen", N, "q_cpi", 1.9, cls="pct"),
     M(K, "7,3 persen", N, "y_sep", 7.3, cls="pct"),
     M(K, "1990", D, "y1990", "1990"),
     M(K, "6,9 persen", N, "tm", 6.9, cls="pct"),
     M(K, "6,1 persen", N, "tm_sep", 6.1, cls="pct"),
     M(K, "13,3 persen", N, "q_dom_travel", 13.3, cls="pct"),
     M(K, "7,6 persen", N, "q_intl_travel", 7.6, cls="pct"),
     M(K, "8,6 persen", N, "q_electricity", 8.6, cls="pct"),
     M(K, "5,5 persen", N, "services", 5.5, cls="pct"),
     M(K, "9,5 persen", N, "goods", 9.5, cls="pct"),
     M(K, "8,4 persen", N, "nondisc", 8.4, cls="pct"),
     M(K, "7,1 persen", N, "disc", 7.1, cls="pct"),
     M(K, "kuartal keempat berturut-turut", N, "quarters_in_row", 4),
     M(K, "2000", D, "gst", "2000"),
    ]
    build("australia-cpi-2023", "The Australian Bureau of Statistics' consumer price index for the December quarter "
          "2022 (control), released on Wednesday 25 January 2023: prices up 1.9% in the quarter and 7.8% over the year "
          "(the highest since 1990; 1.8% in the September and June quarters, 7.3% a year in the September quarter); "
          "the trimmed mean 6.9% (6.1% in the September quarter); services 5.5% (the highest since 2008), goods 9.5%; "
          "new dwellings 17.8%, domestic holiday travel 19.8% and fuel 13.2% over the year; domestic travel 13.3%, "
          "international travel 7.6% and electricity 8.6% in the quarter; non-discretionary 8.4%, discretionary "
          "7.1%. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    samoa()
    fiji()
    australia()
