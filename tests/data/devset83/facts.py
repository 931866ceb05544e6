"""The eighty-third development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset83/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def lampedusa():
    R, K, A, T, AN = "reuters-oct03", "kompas-oct05", "ap-oct08", "tempo-oct14", "antara-oct03-2014"
    # the tallies: Thursday 3 October early afternoon (the island's health chief's 94 dead, the regional health
    # commissioner's 159 rescued), Friday night (111 dead), Saturday's report of the coast guard's 155 survivors,
    # Sunday 6 October (194 dead), Monday 7 October (211 dead), Tuesday's report, Sunday 13 October at midday (360)
    # and at night (363), Monday 14 October's report, and the anniversary a year on (366 dead)
    THU, FRI, SAT, SUN6, MON7, TUE8 = ("2013-10-03T13", "2013-10-04T22", "2013-10-05", "2013-10-06", "2013-10-07",
                                       "2013-10-08")
    SUN13N, SUN13E, MON14, YEAR = "2013-10-13T12", "2013-10-13T21", "2013-10-14", "2014-10-03"
    UNHCR, IOM, SURV = "the UN refugee agency UNHCR", "the IOM", "the survivors' accounts"
    names = {
     "dead": "bodies recovered (confirmed dead)", "survivors": "people rescued alive", "missing": "people missing",
     "aboard": "people aboard", "seen": "further bodies seen by divers around the hull",
     "recovered_mon": "bodies recovered on Monday 7 October", "coffins_new": "coffins sent on Monday",
     "coffins_prev": "coffins already delivered", "minors": "minors among the survivors",
     "halt_days": "days the divers were kept ashore", "length": "length of the boat", "depth": "depth of the wreck",
     "offshore": "distance of the sinking from the shore", "second_km": "distance of the second wreck from Lampedusa",
     "triton_nmi": "reach of Triton's patrols from the coast", "captain_age": "age of the detained skipper",
     "somali_age": "age of the Somali man arrested", "eu_funds": "EU funds pledged by Barroso",
     "mn_cost": "monthly cost of Mare Nostrum",
     # dates
     "sinking": "day of the sinking", "departure": "day the boat left Libya", "pope_visit": "month of the Pope's visit",
     "count159_day": "day of the count of 159 rescued", "count111_day": "day of the count of 111 dead",
     "mourning": "day of national mourning", "halt_day": "day the divers stopped for the weather",
     "deported": "month the skipper was deported", "count194_day": "day of the count of 194 dead",
     "count211_day": "day of the count of 211 dead", "coffins_day": "day the new coffins arrived",
     "target_day": "day the recovery was meant to end", "visit": "day of Barroso's visit",
     "count363_day": "day of the count of 363 dead", "count360_day": "day of the count of 360 dead",
     "ship_day": "day the coffins were shipped to Sicily", "second_wreck": "day of the second shipwreck",
     "memorial": "day of the anniversary memorial", "mn_start": "day Mare Nostrum began",
     "triton_start": "day Triton takes over", "arrest_month": "month of the Somali man's arrest",
    }
    ms = [
     M(R, "Thursday", D, "sinking", "2013-10-03"),
     M(R, "94 bodies", N, "dead", 94, THU),
     M(R, "about 250 people", N, "missing", 250, THU, qual="approx", fall=True),
     M(R, "94 dead", N, "dead", 94, THU),
     M(R, "159 people", N, "survivors", 159, THU),
     M(R, "20-metre", N, "length", 20, cls="m"),
     M(R, "Tuesday", D, "departure", "2013-10-01"),
     M(R, "around 500 people", N, "aboard", 500, qual="approx", src=UNHCR),
     M(R, "450 to 500", N, "aboard", 475, qual="approx", src=IOM),
     M(R, "half a mile", N, "offshore", 0.5, qual="approx", cls="mi"),
     M(R, "at least 40 more bodies", N, "seen", 40, THU, qual="atleast"),
     M(R, "July", D, "pope_visit", "2013-07"),

     M(K, "111 orang", N, "dead", 111, FRI),
     M(K, "Jumat (4/10/2013)", D, "count111_day", "2013-10-04"),
     M(K, "Sabtu", D, "halt_day", "2013-10-05"),
     M(K, "155 orang", N, "survivors", 155, SAT),
     M(K, "159 orang", N, "survivors", 159, THU),
     M(K, "Kamis", D, "count159_day", "2013-10-03"),
     M(K, "20 meter", N, "length", 20, cls="m"),
     M(K, "Kamis (3/10/2013)", D, "sinking", "2013-10-03"),
     M(K, "setengah mil", N, "offshore", 0.5, qual="approx", cls="mi"),
     M(K, "sekitar 500 orang", N, "aboard", 500, qual="approx", src=UNHCR),
     M(K, "Jumat (4/10/2013)", D, "mourning", "2013-10-04", occ=2),
     M(K, "35 tahun", N, "captain_age", 35, cls="age"),
     M(K, "April 2013", D, "deported", "2013-04"),
     M(K, "Juli", D, "pope_visit", "2013-07"),

     M(A, "17 more bodies", N, "recovered_mon", 17, MON7),
     M(A, "Monday", D, "count211_day", "2013-10-07"),
     M(A, "211", N, "dead", 211, MON7),
     M(A, "194", N, "dead", 194, SUN6),
     M(A, "Sunday", D, "count194_day", "2013-10-06"),
     M(A, "two days", N, "halt_days", 2, cls="dur"),
     M(A, "about 50 meters", N, "depth", 50, qual="approx", cls="m"),
     M(A, "Tuesday", D, "target_day", "2013-10-08"),
     M(A, "155 survivors", N, "survivors", 155, TUE8),
     M(A, "518 people", N, "aboard", 518, src=SURV),
     M(A, "Oct. 3", D, "sinking", "2013-10-03"),
     M(A, "about 150 bodies", N, "missing", 150, MON7, qual="approx", fall=True),
     M(A, "165 coffins", N, "coffins_new", 165),
     M(A, "Monday", D, "coffins_day", "2013-10-07", occ=2),
     M(A, "140", N, "coffins_prev", 140),
     M(A, "Wednesday", D, "visit", "2013-10-09"),

     M(T, "363 orang", N, "dead", 363, SUN13E),
     M(T, "Minggu (13/10/2013)", D, "count363_day", "2013-10-13"),
     M(T, "Minggu", D, "count360_day", "2013-10-13", occ=2),
     M(T, "360 orang", N, "dead", 360, SUN13N),
     M(T, "47 meter", N, "depth", 47, cls="m"),
     M(T, "Minggu", D, "ship_day", "2013-10-13", occ=3),
     M(T, "155 orang", N, "survivors", 155, MON14),
     M(T, "41", N, "minors", 41),
     M(T, "3 Oktober", D, "sinking", "2013-10-03"),
     M(T, "Jumat (11/10/2013)", D, "second_wreck", "2013-10-11"),
     M(T, "120 kilometer", N, "second_km", 120, qual="approx", cls="km"),
     M(T, "Rabu (9/10/2013)", D, "visit", "2013-10-09"),
     M(T, "30 juta euro", N, "eu_funds", 30, cls="eur"),

     M(AN, "Jumat (3/10/2014)", D, "memorial", "2014-10-03"),
     M(AN, "366 orang", N, "dead", 366, YEAR),
     M(AN, "setengah mil", N, "offshore", 0.5, qual="approx", cls="mi"),
     M(AN, "Kamis (2/10/2013)", D, "sinking", "2013-10-02", planted=True),
     M(AN, "155 orang", N, "survivors", 155, YEAR),
     M(AN, "sekitar 20 orang", N, "missing", 20, YEAR, qual="approx", fall=True),
     M(AN, "18 Oktober 2013", D, "mn_start", "2013-10-18"),
     M(AN, "9 juta euro", N, "mn_cost", 9, qual="approx", cls="eur"),
     M(AN, "1 November 2014", D, "triton_start", "2014-11-01"),
     M(AN, "30 mil laut", N, "triton_nmi", 30, qual="approx", cls="nmi"),
     M(AN, "November 2013", D, "arrest_month", "2013-11"),
     M(AN, "34 tahun", N, "somali_age", 34, cls="age"),
    ]
    build("lampedusa-2013", "The migrant shipwreck off Lampedusa early on Thursday 3 October 2013 (a 20-metre fishing "
          "boat from Libya, which left on Tuesday 1 October, burned and capsized about half a mile offshore; about 500 "
          "aboard by UNHCR, 450 to 500 by the IOM, 518 by the survivors' accounts): 94 dead and 159 rescued on "
          "Thursday afternoon, the rescued lowered to 155, where the count stayed; 111 dead by Friday night, 194 by "
          "Sunday 6 October, 211 on Monday 7 October, 360 at midday and 363 at night on Sunday 13 October, 366 in all "
          "a year on, about 20 never found; Mare Nostrum from 18 October 2013, Triton from 1 November 2014", False, ms,
          names)


def lithuania():
    R, K, A, AN, T = "reuters-oct14", "kompas-oct15", "ap-oct28", "antara-nov22", "tempo-dec13"
    # the party-list shares: the partial count late on Sunday 13 October (about 70% of precincts), the commission's
    # preliminary complete count of Monday 14 October, the official result as reported on 22 November
    NIGHT, PRELIM, FINAL = "2024-10-13T23", "2024-10-14", "2024-11-22"
    names = {
     "lsdp_share": "Social Democrats' party-list share", "ts_share": "Homeland Union's party-list share",
     "ppna_share": "Nemunas Dawn's party-list share", "dsvl_share": "Democrats For Lithuania's party-list share",
     "ls_share": "Liberal Movement's party-list share", "lvzs_share": "Farmers and Greens' party-list share",
     "lp_share": "Freedom Party's party-list share", "threshold": "threshold for party-list seats",
     "precincts": "share of precincts counted in the partial count", "turnout_r1": "turnout in the first round",
     "turnout_r2": "turnout in the runoff",
     "lsdp_pr": "Social Democrats' party-list seats", "ts_pr": "Homeland Union's party-list seats",
     "ppna_pr": "Nemunas Dawn's party-list seats", "dsvl_pr": "Democrats For Lithuania's party-list seats",
     "ls_pr": "Liberal Movement's party-list seats", "lvzs_pr": "Farmers and Greens' party-list seats",
     "pr_total": "seats filled by party list", "smc_total": "single-member constituencies",
     "seats_total": "seats in the Seimas", "smc_r1": "constituencies won outright in the first round",
     "smc_r2": "constituencies decided in the runoff", "lsdp_smc_r1": "Social Democrats' constituency seats in round one",
     "lsdp_r1_total": "Social Democrats' seats after the first round",
     "lsdp": "Social Democrats' seats", "ts": "Homeland Union's seats", "ts_prev": "Homeland Union's outgoing seats",
     "ppna": "Nemunas Dawn's seats", "dsvl": "Democrats For Lithuania's seats", "ls": "Liberal Movement's seats",
     "lvzs": "Farmers and Greens' seats", "majority": "seats needed for a majority",
     "planned": "seats of the coalition planned after the runoff", "coalition": "seats of the governing coalition",
     "ayes": "votes for Paluckas", "nays": "votes against Paluckas", "abst": "abstentions on Paluckas",
     "age": "Paluckas's age", "days": "days to form the cabinet", "ministers": "ministers in the cabinet",
     "ppna_min": "ministries held by Nemunas Dawn", "term": "length of the Seimas's term",
     "gov_years": "years of the outgoing government",
     # dates
     "r1": "day of the first round", "partial_day": "day of the partial count",
     "prelim_day": "day of the preliminary result", "pact_day": "day of the Social Democrats' pact with Skvernelis",
     "runoff": "day of the runoff", "pm_vote": "day the Seimas approved Paluckas",
     "nomination": "day the president nominated Paluckas", "sworn": "day the cabinet was sworn in",
     "first_meeting": "day of the cabinet's first meeting", "skv_from": "year Skvernelis took office",
     "skv_to": "year Skvernelis left office", "lsdp_from": "year the last Social Democrat government began",
     "lsdp_to": "year the last Social Democrat government ended", "pal_from": "year Paluckas became party leader",
     "pal_to": "year Paluckas stepped down as party leader", "sim_from": "year Simonyte's government began",
    }
    ms = [
     M(R, "Monday", D, "prelim_day", "2024-10-14"),
     M(R, "19.36%", N, "lsdp_share", 19.36, PRELIM, cls="pct"),
     M(R, "18", N, "lsdp_pr", 18, PRELIM),
     M(R, "70 seats", N, "pr_total", 70),
     M(R, "17.96%", N, "ts_share", 17.96, PRELIM, cls="pct"),
     M(R, "17 seats", N, "ts_pr", 17, PRELIM),
     M(R, "14.99%", N, "ppna_share", 14.99, PRELIM, cls="pct"),
     M(R, "14 seats", N, "ppna_pr", 14, PRELIM),
     M(R, "Sunday", D, "partial_day", "2024-10-13"),
     M(R, "roughly 70%", N, "precincts", 70, NIGHT, qual="approx", cls="pct"),
     M(R, "about 23%", N, "lsdp_share", 23, NIGHT, qual="approx", cls="pct"),
     M(R, "almost 18%", N, "ppna_share", 18, NIGHT, qual="nearly", cls="pct"),
     M(R, "just over 13%", N, "ts_share", 13, NIGHT, qual="morethan", cls="pct"),
     M(R, "8 seats", N, "dsvl_pr", 8, PRELIM),
     M(R, "9.24%", N, "dsvl_share", 9.24, PRELIM, cls="pct"),
     M(R, "7 seats", N, "ls_pr", 7, PRELIM),
     M(R, "7.70%", N, "ls_share", 7.70, PRELIM, cls="pct"),
     M(R, "6 seats", N, "lvzs_pr", 6, PRELIM),
     M(R, "7.02%", N, "lvzs_share", 7.02, PRELIM, cls="pct"),
     M(R, "5%", N, "threshold", 5, cls="pct"),
     M(R, "4.50%", N, "lp_share", 4.50, PRELIM, cls="pct"),
     M(R, "52.1%", N, "turnout_r1", 52.1, PRELIM, cls="pct"),
     M(R, "eight", N, "smc_r1", 8),
     M(R, "71", N, "smc_total", 71),
     M(R, "Sunday", D, "r1", "2024-10-13", occ=2),
     M(R, "63", N, "smc_r2", 63),
     M(R, "Oct. 27", D, "runoff", "2024-10-27"),
     M(R, "141-seat", N, "seats_total", 141),
     M(R, "four years", N, "term", 4, cls="dur"),

     M(K, "Minggu (13/10/2024)", D, "r1", "2024-10-13"),
     M(K, "Senin (14/10/2024)", D, "prelim_day", "2024-10-14"),
     M(K, "19,36 persen", N, "lsdp_share", 19.36, PRELIM, cls="pct"),
     M(K, "18 kursi", N, "lsdp_pr", 18, PRELIM),
     M(K, "17,69 persen", N, "ts_share", 17.69, PRELIM, cls="pct", planted=True),
     M(K, "17 kursi", N, "ts_pr", 17, PRELIM),
     M(K, "14,99 persen", N, "ppna_share", 14.99, PRELIM, cls="pct"),
     M(K, "14 kursi", N, "ppna_pr", 14, PRELIM),
     M(K, "141 kursi", N, "seats_total", 141),
     M(K, "70 kursi", N, "pr_total", 70),
     M(K, "71 kursi", N, "smc_total", 71),
     M(K, "delapan", N, "smc_r1", 8),
     M(K, "63 kursi", N, "smc_r2", 63),
     M(K, "27 Oktober 2024", D, "runoff", "2024-10-27"),
     M(K, "dua kursi", N, "lsdp_smc_r1", 2),
     M(K, "20 kursi", N, "lsdp_r1_total", 20),
     M(K, "Senin", D, "pact_day", "2024-10-14", occ=2),
     M(K, "2016", D, "skv_from", "2016"),
     M(K, "2020", D, "skv_to", "2020"),
     M(K, "5 persen", N, "threshold", 5, cls="pct"),

     M(A, "52 seats", N, "lsdp", 52),
     M(A, "141-member", N, "seats_total", 141),
     M(A, "Sunday", D, "runoff", "2024-10-27"),
     M(A, "four years", N, "gov_years", 4, cls="dur"),
     M(A, "28 seats", N, "ts", 28),
     M(A, "50", N, "ts_prev", 50),
     M(A, "20 seats", N, "ppna", 20),
     M(A, "14", N, "dsvl", 14),
     M(A, "12", N, "ls", 12),
     M(A, "8", N, "lvzs", 8),
     M(A, "at least 74 seats", N, "planned", 74, qual="atleast"),
     M(A, "71", N, "majority", 71),
     M(A, "63", N, "smc_r2", 63),
     M(A, "Oct. 13", D, "r1", "2024-10-13"),
     M(A, "about 41%", N, "turnout_r2", 41, qual="approx", cls="pct"),
     M(A, "2012", D, "lsdp_from", "2012"),
     M(A, "2016", D, "lsdp_to", "2016"),

     M(AN, "Kamis (21/11/2024)", D, "pm_vote", "2024-11-21"),
     M(AN, "88", N, "ayes", 88),
     M(AN, "34", N, "nays", 34),
     M(AN, "enam", N, "abst", 6),
     M(AN, "Selasa (19/11/2024)", D, "nomination", "2024-11-19"),
     M(AN, "45 tahun", N, "age", 45, cls="age"),
     M(AN, "2017", D, "pal_from", "2017"),
     M(AN, "2021", D, "pal_to", "2021"),
     M(AN, "86", N, "coalition", 86),
     M(AN, "141 kursi", N, "seats_total", 141),
     M(AN, "52 kursi", N, "lsdp", 52),
     M(AN, "13 Oktober", D, "r1", "2024-10-13"),
     M(AN, "27 Oktober 2024", D, "runoff", "2024-10-27"),
     M(AN, "19,32 persen", N, "lsdp_share", 19.32, FINAL, cls="pct"),
     M(AN, "20 kursi", N, "ppna", 20),
     M(AN, "14 kursi", N, "dsvl", 14),
     M(AN, "15 hari", N, "days", 15, cls="dur"),

     M(T, "Kamis (12/12/2024)", D, "sworn", "2024-12-12"),
     M(T, "2020", D, "sim_from", "2020"),
     M(T, "14 menteri", N, "ministers", 14),
     M(T, "tiga kementerian", N, "ppna_min", 3),
     M(T, "21 November 2024", D, "pm_vote", "2024-11-21"),
     M(T, "86 suara", N, "ayes", 86, planted=True),
     M(T, "86 kursi", N, "coalition", 86),
     M(T, "52 kursi", N, "lsdp", 52),
     M(T, "52,2 persen", N, "turnout_r1", 52.2, "2024-12-13", cls="pct"),
     M(T, "Jumat (13/12/2024)", D, "first_meeting", "2024-12-13"),
    ]
    build("lithuania-election-2024", "Lithuania's parliamentary election of 2024: the first round of Sunday 13 "
          "October (a partial count late that night with about 70% of precincts: the Social Democrats about 23%, "
          "Nemunas Dawn almost 18%, the Homeland Union just over 13%; the commission's preliminary count of Monday 14 "
          "October: 19.36%, 17.96% and 14.99%, 18, 17 and 14 of the 70 party-list seats; turnout 52.1%, 52.2% in the "
          "final figure; eight of 71 constituencies decided); the runoff of Sunday 27 October for the other 63 (the "
          "Social Democrats 52 of 141 seats, the Homeland Union 28, Nemunas Dawn 20, Democrats For Lithuania 14; the "
          "official party-list share 19.32%); Gintautas Paluckas approved as prime minister on Thursday 21 November "
          "(88 for, 34 against, six abstentions; a coalition of 86 seats) and his cabinet sworn in on Thursday 12 "
          "December 2024", False, ms, names)


def thailand():
    R, C, NT, K = "reuters-feb17", "cnbcindonesia-feb18", "nation-feb19", "kontan-feb20"
    names = {
     "gdp_q4": "GDP growth in the fourth quarter (year on year)", "poll_q4": "the analysts' forecast for the quarter",
     "qoq_q4": "quarterly growth in the fourth quarter (seasonally adjusted)",
     "poll_qoq": "the analysts' forecast for quarterly growth", "gdp_q3": "growth in the third quarter (year on year)",
     "qoq_q3": "quarterly growth in the third quarter", "gdp_2024": "growth in 2024",
     "gdp_2023": "growth in 2023 (revised)", "fc_low": "low end of the 2025 forecast",
     "fc_high": "high end of the 2025 forecast", "fc_mid": "midpoint of the 2025 forecast",
     "pubinv": "public investment growth", "pc": "private consumption growth", "govcons": "government consumption growth",
     "totinv": "total investment growth", "durables": "fall in spending on durable goods",
     "vehicles": "fall in vehicle purchases", "rate": "the central bank's policy rate", "cut": "size of October's cut",
     "handout": "the cash handout per person",
     # dates
     "release": "day of the release", "y2024": "the year 2024's growth", "y2023": "the year 2023",
     "y2025": "the forecast year", "y2022": "the year of the last faster quarter",
     "cut_month": "month of the rate cut", "hold_month": "month the rate was held", "review": "day of the next rate review",
    }
    ms = [
     M(R, "3.2%", N, "gdp_q4", 3.2, cls="pct"),
     M(R, "Monday", D, "release", "2025-02-17"),
     M(R, "3.9%", N, "poll_q4", 3.9, cls="pct"),
     M(R, "0.4%", N, "qoq_q4", 0.4, cls="pct"),
     M(R, "0.7%", N, "poll_qoq", 0.7, cls="pct"),
     M(R, "3.0%", N, "gdp_q3", 3.0, cls="pct"),
     M(R, "1.2%", N, "qoq_q3", 1.2, cls="pct"),
     M(R, "2024", D, "y2024", "2024"),
     M(R, "2.5%", N, "gdp_2024", 2.5, cls="pct"),
     M(R, "2.0%", N, "gdp_2023", 2.0, cls="pct"),
     M(R, "2023", D, "y2023", "2023"),
     M(R, "2.3%", N, "fc_low", 2.3, cls="pct"),
     M(R, "3.3%", N, "fc_high", 3.3, cls="pct"),
     M(R, "2.8%", N, "fc_mid", 2.8, cls="pct"),
     M(R, "2025", D, "y2025", "2025"),
     M(R, "39.4%", N, "pubinv", 39.4, cls="pct"),
     M(R, "3.4%", N, "pc", 3.4, cls="pct"),
     M(R, "a quarter point", N, "cut", 25, qual="unit", cls="bp"),
     M(R, "2.25%", N, "rate", 2.25, cls="pct"),
     M(R, "October", D, "cut_month", "2024-10", occ=2),
     M(R, "December", D, "hold_month", "2024-12", occ=2),
     M(R, "Feb. 26", D, "review", "2025-02-26"),

     M(C, "3,2%", N, "gdp_q4", 3.2, cls="pct"),
     M(C, "Senin (17/2/2025)", D, "release", "2025-02-17"),
     M(C, "3,0%", N, "gdp_q3", 3.0, cls="pct"),
     M(C, "0,4%", N, "qoq_q4", 0.4, cls="pct"),
     M(C, "1,2%", N, "qoq_q3", 1.2, cls="pct"),
     M(C, "2024", D, "y2024", "2024"),
     M(C, "2,5%", N, "gdp_2024", 2.5, cls="pct"),
     M(C, "2,0%", N, "gdp_2023", 2.0, cls="pct"),
     M(C, "2023", D, "y2023", "2023"),
     M(C, "2025", D, "y2025", "2025", occ=2),
     M(C, "2,3%-3,3%", N, "fc_low", 2.3, cls="pct", also=(("fc_high", 3.3),)),
     M(C, "2,8%", N, "fc_mid", 2.8, cls="pct"),
     M(C, "3,4%", N, "pc", 3.4, cls="pct"),
     M(C, "39,4%", N, "pubinv", 39.4, cls="pct"),
     M(C, "2,25%", N, "rate", 2.25, cls="pct"),

     M(NT, "2.5 per cent", N, "gdp_2024", 2.5, cls="pct"),
     M(NT, "2024", D, "y2024", "2024"),
     M(NT, "2.0 per cent", N, "gdp_2023", 2.0, cls="pct"),
     M(NT, "2023", D, "y2023", "2023"),
     M(NT, "February 17", D, "release", "2025-02-17"),
     M(NT, "3.2 per cent", N, "gdp_q4", 3.2, cls="pct"),
     M(NT, "2022", D, "y2022", "2022"),
     M(NT, "3.0 per cent", N, "gdp_q3", 3.0, cls="pct"),
     M(NT, "0.4 per cent", N, "qoq_q4", 0.4, cls="pct"),
     M(NT, "3.4 per cent", N, "pc", 3.4, cls="pct"),
     M(NT, "5.4 per cent", N, "govcons", 5.4, cls="pct"),
     M(NT, "5.1 per cent", N, "totinv", 5.1, cls="pct"),
     M(NT, "39.4 per cent", N, "pubinv", 39.4, cls="pct"),
     M(NT, "9.5 per cent", N, "durables", 9.5, cls="pct"),
     M(NT, "21.2 per cent", N, "vehicles", 21.2, cls="pct"),
     M(NT, "10,000-baht", N, "handout", 10000, cls="thb"),
     M(NT, "2025", D, "y2025", "2025"),
     M(NT, "2.3-3.3 per cent", N, "fc_low", 2.3, cls="pct", also=(("fc_high", 3.3),)),
     M(NT, "2.8 per cent", N, "fc_mid", 2.8, cls="pct"),

     M(K, "3,2 persen", N, "gdp_q4", 3.2, cls="pct"),
     M(K, "Senin, 17 Februari 2025", D, "release", "2025-02-17"),
     M(K, "3,9 persen", N, "poll_q4", 3.9, cls="pct"),
     M(K, "0,4 persen", N, "qoq_q4", 0.4, cls="pct"),
     M(K, "2024", D, "y2024", "2024"),
     M(K, "2,5 persen", N, "gdp_2024", 2.5, cls="pct"),
     M(K, "2,0 persen", N, "gdp_2023", 2.0, cls="pct"),
     M(K, "2023", D, "y2023", "2023"),
     M(K, "3,4 persen", N, "pc", 3.4, cls="pct"),
     M(K, "5,4 persen", N, "govcons", 5.4, cls="pct"),
     M(K, "5,1 persen", N, "totinv", 5.1, cls="pct"),
     M(K, "39,4 persen", N, "pubinv", 39.4, cls="pct"),
     M(K, "2025", D, "y2025", "2025", occ=2),
     M(K, "2,3 persen", N, "fc_low", 2.3, cls="pct"),
     M(K, "3,3 persen", N, "fc_high", 3.3, cls="pct"),
     M(K, "2,8 persen", N, "fc_mid", 2.8, cls="pct"),
    ]
    build("thailand-gdp-2024", "Thailand's GDP release for the fourth quarter of 2024 by the NESDC (control) on Monday "
          "17 February 2025: 3.2% year on year (the Reuters poll's 3.9%), 0.4% quarter on quarter (poll 0.7%); the "
          "third quarter 3.0% and 1.2%; 2.5% in 2024 after a revised 2.0% in 2023; the 2025 forecast kept at 2.3% to "
          "3.3% (midpoint 2.8%); private consumption 3.4%, government consumption 5.4%, total investment 5.1%, public "
          "investment 39.4%, durable goods -9.5%, vehicles -21.2%; the policy rate of 2.25% after October's "
          "quarter-point cut, the next review on 26 February. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    lampedusa()
    lithuania()
    thailand()
