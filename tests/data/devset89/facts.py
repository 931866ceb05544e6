"""The eighty-ninth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset89/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def pia():
    DT, R, K, A, T = "detik-may22", "reuters-may23", "kompas-may24", "ap-may30", "tempo-jun25"
    # the figures' as-of times: the first figures given by officials on Friday 22 May (107 aboard, 99 passengers),
    # the airline's correction the same Friday (99 aboard: 91 passengers and 8 crew), the first word of survivors on
    # Friday evening, the Sindh health minister's 82 bodies late on Friday, the health department's count of Saturday
    # 23 May (97 dead, 19 bodies handed over), and the later reports of Sunday 24 May, Saturday 30 May and 25 June
    FIRST, CORR, EVE, LATE, SAT, SUN, S30, J25 = ("2020-05-22T16", "2020-05-22T20", "2020-05-22T18", "2020-05-22T23",
                                                  "2020-05-23", "2020-05-24", "2020-05-30", "2020-06-25")
    OFFICIALS, EDHI = "officials", "the Edhi Foundation"
    names = {
     "aboard": "people aboard", "passengers": "passengers aboard", "crew": "crew aboard",
     "dead": "people killed", "survivors": "passengers who survived", "bodies_jpmc": "bodies taken to JPMC",
     "bodies_civil": "bodies taken to Civil Hospital", "handed": "bodies handed over to families",
     "ground_injured": "people on the ground injured", "houses_damaged": "houses damaged",
     "houses_cleared": "houses searched and cleared by the army", "board": "members of the board of inquiry",
     "dna_matches": "DNA matches made", "dna_punjab": "DNA matches made in Lahore",
     "dna_sindh": "DNA matches made at the Karachi laboratory", "dna_pending": "results expected by Monday",
     "no_sample": "bodies taken before samples were collected", "since_crash": "days since the crash",
     "lab_days": "days the laboratory expected to need", "airworthy": "share of airworthiness",
     "gear_down": "distance at which the gear was lowered", "gear_up": "distance at which the gear was raised",
     "altitude": "altitude at the start of the final approach", "altitude_due": "altitude due at that point",
     "flights": "flights since the plane returned to service", "pilots": "pilots with doubtful licences",
     "pilots_pia": "PIA pilots with doubtful licences",
     # dates
     "crash": "day of the crash", "resumed": "day domestic flights resumed", "count82": "day of the count of 82",
     "count97": "day of the count of 97", "dna_day": "day of the DNA count", "lab_day": "day of the laboratory's estimate",
     "pending_day": "day the further results were expected", "promised": "day the findings were promised for",
     "prelim": "day the preliminary report was presented", "refly": "day the plane flew again",
    }
    ms = [
     M(DT, "Jumat (22/5/2020)", D, "crash", "2020-05-22"),
     M(DT, "99 penumpang", N, "passengers", 99, FIRST),
     M(DT, "8 awak", N, "crew", 8),
     M(DT, "107 orang", N, "aboard", 107, FIRST),
     M(DT, "setidaknya dua penumpang", N, "survivors", 2, EVE, qual="atleast"),
     M(DT, "sedikitnya 25 rumah", N, "houses_damaged", 25, qual="atleast"),
     M(DT, "Sabtu (16/5/2020)", D, "resumed", "2020-05-16"),

     M(R, "Ninety-seven", N, "dead", 97, SAT),
     M(R, "Saturday", D, "count97", "2020-05-23"),
     M(R, "two passengers", N, "survivors", 2, SAT),
     M(R, "Friday", D, "count82", "2020-05-22"),
     M(R, "82", N, "dead", 82, LATE),
     M(R, "91 passengers", N, "passengers", 91, CORR),
     M(R, "eight crew", N, "crew", 8),
     M(R, "99 people", N, "aboard", 99, CORR),
     M(R, "107", N, "aboard", 107, FIRST),
     M(R, "Friday", D, "crash", "2020-05-22", occ=2),
     M(R, "66 bodies", N, "bodies_jpmc", 66),
     M(R, "31", N, "bodies_civil", 31),
     M(R, "19", N, "handed", 19, SAT),
     M(R, "11 people", N, "ground_injured", 11, src=OFFICIALS),
     M(R, "25 houses", N, "houses_cleared", 25),
     M(R, "four-member", N, "board", 4),

     M(K, "97 orang", N, "dead", 97, SUN),
     M(K, "dua penumpang", N, "survivors", 2, SUN),
     M(K, "91 penumpang", N, "passengers", 91, CORR),
     M(K, "8 awak", N, "crew", 8),
     M(K, "99 orang", N, "aboard", 99, CORR),
     M(K, "107 orang", N, "aboard", 107, FIRST),
     M(K, "Jumat (22/5/2020)", D, "crash", "2020-05-22"),
     M(K, "66 jenazah", N, "bodies_jpmc", 66),
     M(K, "13 jenazah", N, "bodies_civil", 13, planted=True),
     M(K, "25 hingga 30 warga", N, "ground_injured", 25, qual="approx", src=EDHI),
     M(K, "empat orang", N, "board", 4),

     M(A, "33 DNA matches", N, "dna_matches", 33, S30),
     M(A, "Saturday", D, "dna_day", "2020-05-30"),
     M(A, "eight days", N, "since_crash", 8, cls="dur"),
     M(A, "Six", N, "dna_punjab", 6, S30),
     M(A, "27", N, "dna_sindh", 27, S30),
     M(A, "42 more", N, "dna_pending", 42),
     M(A, "Monday", D, "pending_day", "2020-06-01"),
     M(A, "May 22", D, "crash", "2020-05-22"),
     M(A, "97", N, "dead", 97, S30),
     M(A, "99 people", N, "aboard", 99, CORR),
     M(A, "at least 48 bodies", N, "handed", 48, S30, qual="atleast"),
     M(A, "18 bodies", N, "no_sample", 18),
     M(A, "Friday", D, "lab_day", "2020-05-29"),
     M(A, "six to seven days", N, "lab_days", 7, cls="dur"),
     M(A, "two passengers", N, "survivors", 2, S30),
     M(A, "June 22", D, "promised", "2020-06-22"),

     M(T, "Rabu, 24 Juni 2020", D, "prelim", "2020-06-24"),
     M(T, "100 persen", N, "airworthy", 100, cls="pct"),
     M(T, "10 mil laut", N, "gear_down", 10, cls="nm"),
     M(T, "5 mil laut", N, "gear_up", 5, cls="nm"),
     M(T, "7.220 kaki", N, "altitude", 7220, cls="ft"),
     M(T, "sekitar 2.500 kaki", N, "altitude_due", 2500, qual="approx", cls="ft"),
     M(T, "7 Mei", D, "refly", "2020-05-07"),
     M(T, "enam penerbangan", N, "flights", 6),
     M(T, "262 pilot", N, "pilots", 262),
     M(T, "141", N, "pilots_pia", 141),
     M(T, "Jumat, 22 Mei 2020", D, "crash", "2020-05-22"),
     M(T, "97 orang", N, "dead", 97, J25),
     M(T, "dua", N, "survivors", 2, J25),
     M(T, "99 orang", N, "aboard", 99, CORR),
    ]
    build("pia8303-2020", "The crash of Pakistan International Airlines flight PK8303, an Airbus A320 from Lahore, in "
          "Model Colony next to Karachi's Jinnah International Airport on Friday 22 May 2020: first given as 99 "
          "passengers and 8 crew (107 aboard), corrected by the airline to 91 passengers and 8 crew (99); at least "
          "two survivors on Friday evening; 82 bodies late on Friday (the Sindh health minister); 97 dead and two "
          "survivors on Saturday 23 May (66 bodies at JPMC, 31 at Civil Hospital, 19 handed over); 11 injured on the "
          "ground by officials' count, 25 to 30 residents taken to hospital by the Edhi Foundation's; 33 DNA matches "
          "(6 in Lahore, 27 in Karachi) on Saturday 30 May; the preliminary report presented to the National "
          "Assembly on Wednesday 24 June 2020 (gear lowered at 10 nautical miles and raised at 5, 7,220 feet against "
          "about 2,500, 262 pilots with doubtful licences, 141 of them at PIA)", False, ms, names)


def estonia():
    R, K, AN, A, T = "reuters-mar05", "kompas-mar06", "antara-apr11", "ap-apr12", "tempo-apr18"
    # the count's as-of times: the electoral commission's partial count late on election night (Sunday 5 March) and
    # the complete count shortly after 01.00 on Monday 6 March, which every later report restates
    NIGHT, FINAL = "2023-03-05T23", "2023-03-06"
    names = {
     "reform_share": "Reform's share of the vote", "reform_seats": "Reform's seats",
     "ekre_share": "EKRE's share of the vote", "ekre_seats": "EKRE's seats", "ekre2019": "EKRE's seats in 2019",
     "centre_share": "the Centre Party's share", "centre_seats": "the Centre Party's seats",
     "centre_loss": "seats the Centre Party lost", "e200_share": "Estonia 200's share", "e200_seats": "Estonia 200's seats",
     "sde_share": "the Social Democrats' share", "sde_seats": "the Social Democrats' seats",
     "isamaa_share": "Isamaa's share", "isamaa_seats": "Isamaa's seats", "total": "seats in the Riigikogu",
     "majority": "seats needed for a majority", "coalition": "the coalition's seats", "turnout": "turnout",
     "voters": "people who voted", "evotes": "people who voted online", "evotes2019": "people who voted online in 2019",
     "kallas_votes": "Kallas's personal votes", "threshold": "share needed to win seats",
     "defence": "defence spending pledged, share of output", "parties": "parties standing",
     "ayes": "votes for Kallas's mandate", "nays": "votes against Kallas's mandate", "age": "Kallas's age",
     "ministers": "ministers in the cabinet", "min_reform": "Reform's ministers", "min_e200": "Estonia 200's ministers",
     "min_sde": "the Social Democrats' ministers", "women": "women in the cabinet",
     "fewer": "ministers fewer than in the previous cabinet", "talks_after": "days from the vote to the talks",
     # dates
     "election": "day of the election", "count_done": "day the count was completed", "y2019": "the previous election",
     "kallas_since": "month Kallas became prime minister", "signing": "day the coalition deal was signed",
     "first_sitting": "day of the new parliament's first sitting", "talks": "day coalition talks began",
     "mandate": "day parliament voted Kallas's mandate", "planned_vote": "day the vote had been expected",
     "sworn": "day the cabinet took the oath",
    }
    ms = [
     M(R, "Sunday", D, "election", "2023-03-05"),
     M(R, "31.9%", N, "reform_share", 31.9, NIGHT, cls="pct"),
     M(R, "38", N, "reform_seats", 38, NIGHT),
     M(R, "101", N, "total", 101),
     M(R, "15.8%", N, "ekre_share", 15.8, NIGHT, cls="pct"),
     M(R, "14.3%", N, "centre_share", 14.3, NIGHT, cls="pct"),
     M(R, "13.6%", N, "e200_share", 13.6, NIGHT, cls="pct"),
     M(R, "313,514", N, "evotes", 313514),
     M(R, "247,232", N, "evotes2019", 247232),
     M(R, "2019", D, "y2019", "2019"),
     M(R, "63.7%", N, "turnout", 63.7, NIGHT, cls="pct"),
     M(R, "51 seats", N, "majority", 51),
     M(R, "January 2021", D, "kallas_since", "2021-01"),
     M(R, "at least 3%", N, "defence", 3, qual="atleast", cls="pct"),
     M(R, "5%", N, "threshold", 5, cls="pct"),
     M(R, "Nine parties", N, "parties", 9),

     M(K, "Minggu (5/3/2023)", D, "election", "2023-03-05"),
     M(K, "31,2 persen", N, "reform_share", 31.2, FINAL, cls="pct"),
     M(K, "37", N, "reform_seats", 37, FINAL),
     M(K, "101 kursi", N, "total", 101),
     M(K, "Senin (6/3/2023)", D, "count_done", "2023-03-06"),
     M(K, "16,1 persen", N, "ekre_share", 16.1, FINAL, cls="pct"),
     M(K, "17 kursi", N, "ekre_seats", 17, FINAL),
     M(K, "19 kursi", N, "ekre2019", 19),
     M(K, "2019", D, "y2019", "2019"),
     M(K, "15,3 persen", N, "centre_share", 15.3, FINAL, cls="pct"),
     M(K, "16 kursi", N, "centre_seats", 16, FINAL),
     M(K, "10 kursi", N, "centre_loss", 10),
     M(K, "13,3 persen", N, "e200_share", 13.3, FINAL, cls="pct"),
     M(K, "14 kursi", N, "e200_seats", 14, FINAL),
     M(K, "9,3 persen", N, "sde_share", 9.3, FINAL, cls="pct"),
     M(K, "9 kursi", N, "sde_seats", 9, FINAL),
     M(K, "8,2 persen", N, "isamaa_share", 8.2, FINAL, cls="pct"),
     M(K, "8 kursi", N, "isamaa_seats", 8, FINAL),
     M(K, "615.009 pemilih", N, "voters", 615009),
     M(K, "313.514", N, "evotes", 313514),
     M(K, "63,7 persen", N, "turnout", 63.7, FINAL, cls="pct"),
     M(K, "31.821 suara", N, "kallas_votes", 31821),
     M(K, "setidaknya 51 kursi", N, "majority", 51, qual="atleast"),

     M(AN, "Senin (10/4/2023)", D, "signing", "2023-04-10"),
     M(AN, "60", N, "coalition", 60),
     M(AN, "101 kursi", N, "total", 101),
     M(AN, "51 kursi", N, "majority", 51),
     M(AN, "5 Maret 2023", D, "election", "2023-03-05"),
     M(AN, "37 kursi", N, "reform_seats", 37, FINAL),
     M(AN, "19 kursi", N, "ekre_seats", 19, FINAL, planted=True),
     M(AN, "14 kursi", N, "e200_seats", 14, FINAL),
     M(AN, "9 kursi", N, "sde_seats", 9, FINAL),
     M(AN, "Senin", D, "first_sitting", "2023-04-10", occ=2),
     M(AN, "7 Maret", D, "talks", "2023-03-07"),
     M(AN, "dua hari", N, "talks_after", 2, cls="dur"),
     M(AN, "tujuh", N, "min_reform", 7),
     M(AN, "tiga", N, "min_e200", 3, also=(("min_sde", 3),)),
     M(AN, "13 orang", N, "ministers", 13),
     M(AN, "dua lebih sedikit", N, "fewer", 2),

     M(A, "Wednesday", D, "mandate", "2023-04-12"),
     M(A, "59-38", N, "ayes", 59, also=(("nays", 38),)),
     M(A, "March 5", D, "election", "2023-03-05"),
     M(A, "31.2%", N, "reform_share", 31.2, FINAL, cls="pct"),
     M(A, "37 seats", N, "reform_seats", 37, FINAL),
     M(A, "101-seat", N, "total", 101),
     M(A, "60 seats", N, "coalition", 60),
     M(A, "Tuesday", D, "planned_vote", "2023-04-11"),
     M(A, "45", N, "age", 45, cls="age"),
     M(A, "13 ministers", N, "ministers", 13),
     M(A, "seven", N, "min_reform", 7),
     M(A, "Monday", D, "sworn", "2023-04-17"),
     M(A, "January 2021", D, "kallas_since", "2021-01"),
     M(A, "17 seats", N, "ekre_seats", 17, FINAL),

     M(T, "Senin, 17 April 2023", D, "sworn", "2023-04-17"),
     M(T, "13 anggota", N, "ministers", 13),
     M(T, "60 kursi", N, "coalition", 60),
     M(T, "101 orang", N, "total", 101),
     M(T, "Tujuh", N, "min_reform", 7),
     M(T, "tiga kursi", N, "min_e200", 3, also=(("min_sde", 3),)),
     M(T, "Lima", N, "women", 5),
     M(T, "13 menteri", N, "ministers", 13),
     M(T, "Rabu, 12 April 2023", D, "mandate", "2023-04-12"),
     M(T, "59 suara", N, "ayes", 59),
     M(T, "38 menolak", N, "nays", 38),
     M(T, "Minggu, 6 Maret 2023", D, "election", "2023-03-06", planted=True),
     M(T, "31,2 persen", N, "reform_share", 31.2, FINAL, cls="pct"),
     M(T, "37 kursi", N, "reform_seats", 37, FINAL),
     M(T, "Januari 2021", D, "kallas_since", "2021-01"),
    ]
    build("estonia-election-2023", "Estonia's parliamentary election of Sunday 5 March 2023 and the government formed "
          "after it: the partial count late that night (Reform 31.9% and a projected 38 of 101 seats, EKRE 15.8%, "
          "Centre 14.3%, Estonia 200 13.6%) against the complete count shortly after 01.00 on Monday 6 March (Reform "
          "31.2% and 37 seats, EKRE 16.1% and 17, Centre 15.3% and 16, Estonia 200 13.3% and 14, SDE 9.3% and 9, "
          "Isamaa 8.2% and 8; 615,009 voters, 313,514 online against 247,232 in 2019; turnout 63.7%; Kallas 31,821 "
          "personal votes); the coalition deal of Reform, Estonia 200 and SDE (60 seats) signed on Monday 10 April; "
          "the Riigikogu's 59-38 vote for Kallas's mandate on Wednesday 12 April; the 13-member cabinet (seven "
          "Reform ministers, three each for the partners, five women) sworn in on Monday 17 April 2023", False, ms,
          names)


def statcan():
    R, K, C, B = "reuters-aug30", "kontan-aug31", "cbc-sep01", "bisnis-sep02"
    names = {
     "ann": "annualized growth in the second quarter", "qoq": "quarterly growth in the second quarter",
     "q1_qoq": "quarterly growth in the first quarter", "q1_ann": "annualized growth in the first quarter",
     "percap": "fall in GDP per capita", "gov": "growth of government spending",
     "mne": "growth of machinery and equipment investment", "hh": "growth of household spending",
     "hh_q1": "growth of household spending in the first quarter", "hh_pc": "fall in household spending per person",
     "exports": "fall in exports", "exports_q1": "growth of exports in the first quarter", "imports": "fall in imports",
     "housing": "fall in housing investment", "may": "growth in May", "goods": "fall in goods-producing industries in June",
     "services": "growth of services-producing industries in June", "comp": "growth of employee compensation",
     "declines": "quarters of falling GDP per capita", "res_down": "quarters residential construction fell",
     "res_of": "quarters looked back on", "sectors_up": "sectors that grew in June", "sectors": "sectors measured",
     # dates
     "release": "day of the release", "q2_year": "the year of the second quarter", "q1_year": "the year of the first quarter",
     "june": "June 2024", "may_m": "May 2024", "july": "July 2024", "housing_since": "the year housing last fell as much",
     "goods_since": "month goods industries last fell as much",
    }
    ms = [
     M(R, "2.1%", N, "ann", 2.1, cls="pct"),
     M(R, "Friday", D, "release", "2024-08-30"),
     M(R, "0.5%", N, "qoq", 0.5, cls="pct"),
     M(R, "0.4%", N, "q1_qoq", 0.4, cls="pct"),
     M(R, "1.8%", N, "q1_ann", 1.8, cls="pct"),
     M(R, "0.1%", N, "percap", 0.1, cls="pct"),
     M(R, "1.5%", N, "gov", 1.5, cls="pct"),
     M(R, "6.5%", N, "mne", 6.5, cls="pct"),
     M(R, "0.2%", N, "hh", 0.2, cls="pct"),
     M(R, "0.9%", N, "hh_q1", 0.9, cls="pct"),
     M(R, "0.4%", N, "hh_pc", 0.4, cls="pct", occ=2),
     M(R, "0.4%", N, "exports", 0.4, cls="pct", occ=3),
     M(R, "0.5%", N, "exports_q1", 0.5, cls="pct", occ=2),
     M(R, "0.1%", N, "imports", 0.1, cls="pct", occ=2),
     M(R, "1.9%", N, "housing", 1.9, cls="pct"),
     M(R, "2023", D, "housing_since", "2023"),
     M(R, "June", D, "june", "2024-06"),
     M(R, "0.1%", N, "may", 0.1, cls="pct", occ=3),
     M(R, "May", D, "may_m", "2024-05"),
     M(R, "July", D, "july", "2024-07"),
     M(R, "0.4%", N, "goods", 0.4, cls="pct", occ=4),
     M(R, "June", D, "june", "2024-06", occ=2),
     M(R, "0.1%", N, "services", 0.1, cls="pct", occ=4),
     M(R, "1.6%", N, "comp", 1.6, cls="pct"),

     M(K, "2,1 persen", N, "ann", 2.1, cls="pct"),
     M(K, "2024", D, "q2_year", "2024"),
     M(K, "Jumat (30/8/2024)", D, "release", "2024-08-30"),
     M(K, "0,5 persen", N, "qoq", 0.5, cls="pct"),
     M(K, "0,4 persen", N, "q1_qoq", 0.4, cls="pct"),
     M(K, "0,1 persen", N, "percap", 0.1, cls="pct"),
     M(K, "1,5 persen", N, "gov", 1.5, cls="pct"),
     M(K, "6,5 persen", N, "mne", 6.5, cls="pct"),
     M(K, "0,2 persen", N, "hh", 0.2, cls="pct"),
     M(K, "0,9 persen", N, "hh_q1", 0.9, cls="pct"),
     M(K, "0,4 persen", N, "exports", 0.4, cls="pct", occ=2),
     M(K, "1,9 persen", N, "housing", 1.9, cls="pct"),
     M(K, "Juni", D, "june", "2024-06"),
     M(K, "0,1 persen", N, "may", 0.1, cls="pct", occ=2),
     M(K, "Mei", D, "may_m", "2024-05"),
     M(K, "Juli", D, "july", "2024-07"),
     M(K, "1,6 persen", N, "comp", 1.6, cls="pct"),

     M(C, "2.1 per cent", N, "ann", 2.1, cls="pct"),
     M(C, "Friday, Aug. 30", D, "release", "2024-08-30"),
     M(C, "0.1 per cent", N, "percap", 0.1, cls="pct"),
     M(C, "0.5 per cent", N, "qoq", 0.5, cls="pct"),
     M(C, "0.4 per cent", N, "q1_qoq", 0.4, cls="pct"),
     M(C, "0.2 per cent", N, "hh", 0.2, cls="pct"),
     M(C, "0.4 per cent", N, "hh_pc", 0.4, cls="pct", occ=2),
     M(C, "1.5 per cent", N, "gov", 1.5, cls="pct"),
     M(C, "1.9 per cent", N, "housing", 1.9, cls="pct"),
     M(C, "eight", N, "res_down", 8),
     M(C, "nine", N, "res_of", 9),
     M(C, "0.4 per cent", N, "exports", 0.4, cls="pct", occ=3),
     M(C, "June", D, "june", "2024-06"),
     M(C, "July", D, "july", "2024-07"),
     M(C, "June", D, "june", "2024-06", occ=2),
     M(C, "0.4 per cent", N, "goods", 0.4, cls="pct", occ=4),
     M(C, "December 2023", D, "goods_since", "2023-12"),
     M(C, "0.1 per cent", N, "services", 0.1, cls="pct", occ=2),
     M(C, "Twelve", N, "sectors_up", 12),
     M(C, "20", N, "sectors", 20),
     M(C, "June", D, "june", "2024-06", occ=3),

     M(B, "0,5%", N, "qoq", 0.5, cls="pct"),
     M(B, "2024", D, "q2_year", "2024"),
     M(B, "2,1%", N, "ann", 2.1, cls="pct"),
     M(B, "Jumat (30/8/2024)", D, "release", "2024-08-30"),
     M(B, "2024", D, "q1_year", "2024", occ=3),
     M(B, "0,4%", N, "q1_qoq", 0.4, cls="pct"),
     M(B, "1,8%", N, "q1_ann", 1.8, cls="pct"),
     M(B, "0,1%", N, "percap", 0.1, cls="pct"),
     M(B, "lima kuartal", N, "declines", 5),
     M(B, "1,5%", N, "gov", 1.5, cls="pct"),
     M(B, "6,5%", N, "mne", 6.5, cls="pct"),
     M(B, "0,2%", N, "hh", 0.2, cls="pct"),
     M(B, "0,4%", N, "hh_pc", 0.4, cls="pct", occ=2),
     M(B, "0,4%", N, "exports", 0.4, cls="pct", occ=3),
     M(B, "0,1%", N, "imports", 0.1, cls="pct", occ=2),
     M(B, "1,9%", N, "housing", 1.9, cls="pct"),
     M(B, "2023", D, "housing_since", "2023"),
     M(B, "Juni 2024", D, "june", "2024-06"),
     M(B, "0,1%", N, "may", 0.1, cls="pct", occ=3),
     M(B, "Mei", D, "may_m", "2024-05"),
     M(B, "0,4%", N, "goods", 0.4, cls="pct", occ=4),
     M(B, "Juni", D, "june", "2024-06", occ=2),
     M(B, "0,1%", N, "services", 0.1, cls="pct", occ=4),
     M(B, "Juli", D, "july", "2024-07"),
    ]
    build("statcan-gdp-2024", "Statistics Canada's release of second-quarter GDP (control) on Friday 30 August 2024: "
          "real GDP up 0.5% on the quarter, 2.1% annualized, after 0.4% (1.8% annualized) in the first quarter; GDP "
          "per capita down 0.1%, a fifth quarterly fall; government spending 1.5%, machinery and equipment 6.5%, "
          "household spending 0.2% (0.9% in the first quarter), per capita household spending -0.4%, exports -0.4% "
          "(0.5% in the first quarter), imports -0.1%, housing investment -1.9% (the largest fall since the first "
          "quarter of 2023), employee compensation 1.6%; GDP flat in June after 0.1% in May, flat in July by the "
          "advance estimate; goods industries -0.4% and services 0.1% in June, 12 of 20 sectors up. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    pia()
    estonia()
    statcan()
