"""The ninety-fourth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset94/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def sitakunda():
    R, K, DT, DS = "reuters-jun05", "kompas-jun07", "detik-jun09", "dailystar-sep17"
    # the toll as the authorities gave it: Sunday 5 June in the morning (32) and the afternoon (49, the deputy
    # commissioner and the civil surgeon), lowered on Monday 6 June (41: bodies counted at two morgues), Tuesday 7 June
    # (43, remains of two found), Wednesday 8 June (45, an injured man died), mid-September (51, with the DNA matches)
    SUN_AM, SUN_PM, MON6, TUE7, WED8, SEP = ("2022-06-05T09", "2022-06-05T15", "2022-06-06", "2022-06-07",
                                             "2022-06-08", "2022-09-15")
    AUTH, FSCD = "the district administration", "the fire service"
    names = {
     "dead": "people killed by the fire and blasts", "ff_dead": "firefighters among the dead",
     "injured": "people injured", "identified": "bodies identified", "units": "firefighting units at the site",
     "airlifted": "burn victims flown to Dhaka", "fscd_members": "members of the fire service's committee",
     "div_members": "members of the divisional commissioner's committee", "rupganj_dead": "dead in last year's factory fire",
     "containers": "further hydrogen peroxide containers found", "remains": "people whose remains were found on Tuesday",
     "accused": "depot officials accused", "dna_profiles": "victims whose DNA profiles were completed on 7 July",
     "relatives": "relatives who gave DNA samples", "missing_listed": "missing people whose relatives gave samples",
     "comp_dead": "compensation per death (taka)", "comp_injured": "compensation per injured person (taka)",
     "blast_reach": "distance the blasts were felt", "report_days": "working days for the committee's report",
     "hours_burning": "hours the fire had burned by Monday night", "days_to_control": "days until the fire was under control",
     "hours_to_out": "hours until the fire was put out", "months_since": "months since the fire",
     "age_driver": "the truck driver's age", "age_labourer": "the labourer's age",
     # dates
     "fire_day": "day the fire broke out", "count49_day": "day of the count of 49", "units_day": "day the units were at the site",
     "rupganj": "month of the factory fire", "revision_day": "day the toll was lowered to 41",
     "still_burning_day": "day the fire was still burning", "count43_day": "day of the count of 43",
     "count45_day": "day of the count of 45", "controlled_day": "day the fire was brought under control",
     "handover_day": "day two identified bodies were handed over", "dna_day": "day eight DNA profiles were completed",
     "leg_handover": "day a victim's body was returned",
    }
    ms = [
     M(R, "at least 49 people", N, "dead", 49, SUN_PM, qual="atleast", src=AUTH),
     M(R, "nine", N, "ff_dead", 9, SUN_PM),
     M(R, "more than 200", N, "injured", 200, SUN_PM, qual="morethan"),
     M(R, "Sunday", D, "count49_day", "2022-06-05"),
     M(R, "Saturday", D, "fire_day", "2022-06-04"),
     M(R, "49", N, "dead", 49, SUN_PM, occ=2, src=AUTH),
     M(R, "Sunday", D, "count49_day", "2022-06-05", occ=2),
     M(R, "32 dead", N, "dead", 32, SUN_AM, src=AUTH),
     M(R, "Twenty-four firefighting units", N, "units", 24),
     M(R, "Sunday", D, "units_day", "2022-06-05", occ=3),
     M(R, "Ten", N, "airlifted", 10),
     M(R, "4 km", N, "blast_reach", 4, cls="km"),
     M(R, "50,000 taka", N, "comp_dead", 50000, cls="taka"),
     M(R, "20,000 taka", N, "comp_injured", 20000, cls="taka"),
     M(R, "seven-member", N, "fscd_members", 7),
     M(R, "five working days", N, "report_days", 5, cls="dur"),
     M(R, "nine-member", N, "div_members", 9),
     M(R, "52 people", N, "rupganj_dead", 52),
     M(R, "last July", D, "rupganj", "2021-07"),

     M(K, "41 orang", N, "dead", 41, MON6, src=AUTH),
     M(K, "Senin (6/6/2022)", D, "revision_day", "2022-06-06"),
     M(K, "49 orang", N, "dead", 49, SUN_PM, src=AUTH),
     M(K, "Minggu", D, "count49_day", "2022-06-05"),
     M(K, "41 jenazah", N, "dead", 41, MON6, src=AUTH),
     M(K, "25", N, "identified", 25, MON6),
     M(K, "Sembilan korban tewas", N, "ff_dead", 9, MON6),
     M(K, "Sabtu (4/6/2022)", D, "fire_day", "2022-06-04"),
     M(K, "Lebih dari 200 orang", N, "injured", 200, MON6, qual="morethan"),
     M(K, "Senin malam", D, "still_burning_day", "2022-06-06"),
     M(K, "lebih dari 44 jam", N, "hours_burning", 44, qual="morethan", cls="dur"),
     M(K, "empat kontainer", N, "containers", 4),
     M(K, "50.000 taka", N, "comp_dead", 50000, cls="taka"),
     M(K, "20.000 taka", N, "comp_injured", 20000, cls="taka"),

     M(DT, "45 orang", N, "dead", 45, WED8, src=AUTH),
     M(DT, "Rabu (8/6/2022)", D, "count45_day", "2022-06-08"),
     M(DT, "Selasa (7/6)", D, "count43_day", "2022-06-07"),
     M(DT, "dua orang", N, "remains", 2),
     M(DT, "41", N, "dead", 41, MON6, src=AUTH),
     M(DT, "43 orang", N, "dead", 43, TUE7, src=AUTH),
     M(DT, "44 korban tewas", N, "dead", 44, TUE7, src=FSCD),
     M(DT, "Selasa", D, "controlled_day", "2022-06-07", occ=2),
     M(DT, "sekitar tiga hari", N, "days_to_control", 3, qual="approx", cls="dur"),
     M(DT, "Sabtu (4/6/2022)", D, "fire_day", "2022-06-04"),
     M(DT, "Senin", D, "revision_day", "2022-06-06"),
     M(DT, "49", N, "dead", 49, SUN_PM, src=AUTH),
     M(DT, "41 orang", N, "dead", 41, MON6, src=AUTH),
     M(DT, "Sembilan petugas", N, "ff_dead", 9, WED8),
     M(DT, "Lebih dari 200 orang", N, "injured", 200, WED8, qual="morethan"),
     M(DT, "delapan pejabat", N, "accused", 8),

     M(DS, "Three months", N, "months_since", 3, cls="dur"),
     M(DS, "39", N, "identified", 39, SEP),
     M(DS, "51 people", N, "dead", 51, SEP, src=AUTH),
     M(DS, "23-year-old", N, "age_driver", 23, cls="age"),
     M(DS, "31-year-old", N, "age_labourer", 31, cls="age"),
     M(DS, "Thursday", D, "handover_day", "2022-09-15"),
     M(DS, "eight victims", N, "dna_profiles", 8),
     M(DS, "July 7", D, "dna_day", "2022-07-07"),
     M(DS, "July 9", D, "leg_handover", "2022-07-09"),
     M(DS, "June 5", D, "fire_day", "2022-06-05", planted=True),
     M(DS, "86 hours", N, "hours_to_out", 86, cls="dur"),
     M(DS, "Ten firefighters", N, "ff_dead", 10, SEP),
     M(DS, "More than 250 people", N, "injured", 250, SEP, qual="morethan"),
     M(DS, "49", N, "dead", 49, SUN_PM, src=AUTH),
     M(DS, "41", N, "dead", 41, MON6, src=AUTH),
     M(DS, "44 relatives", N, "relatives", 44),
     M(DS, "24 missing people", N, "missing_listed", 24),
     M(DS, "eight depot officials", N, "accused", 8),
    ]
    build("sitakunda-fire-2022", "The fire and chemical explosions at the BM Container Depot in Sitakunda, Chittagong "
          "(Saturday night, 4 June 2022): 32 dead on Sunday morning, 49 (nine firefighters) that afternoon, lowered to "
          "41 on Monday 6 June (bodies counted at two morgues), 43 on Tuesday 7 June, 45 on Wednesday 8 June, 51 (ten "
          "firefighters) by mid-September with 39 identified by DNA; more than 200, then more than 250 injured; the "
          "fire under control on Tuesday, put out after 86 hours", False, ms, names)


def india():
    R, K, H, T, A = "reuters-jul19", "kompas-jul21", "ht-jul22", "tempo-jul26", "antara-aug12"
    # the count of Thursday 21 July 2022 in four rounds: the MPs' ballots (R1), the first ten states (R2), the next
    # ten (R3) and the rest (FIN); each candidate's votes and vote value only rise as the rounds are added
    R1, R2, R3, FIN = "2022-07-21T12", "2022-07-21T14", "2022-07-21T16", "2022-07-21T18"
    names = {
     "turnout": "share of the electors who voted", "electors": "electors eligible to vote",
     "age_murmu": "Murmu's age", "age_sinha": "Sinha's age", "age_dhankhar": "Dhankhar's age", "age_alva": "Alva's age",
     "mp_value": "value of an MP's vote", "up_value": "value of an Uttar Pradesh legislator's vote",
     "sikkim_value": "value of a Sikkim legislator's vote", "term": "years of the president's term",
     "murmu_mps": "MPs' votes for Murmu", "sinha_mps": "MPs' votes for Sinha", "invalid_mps": "MPs' invalid ballots",
     "murmu_value": "value of Murmu's votes", "sinha_value": "value of Sinha's votes", "states_r2": "states in the second round",
     "murmu_mlas_r2": "legislators' votes for Murmu in the second round",
     "sinha_mlas_r2": "legislators' votes for Sinha in the second round",
     "murmu_votes": "votes for Murmu", "sinha_votes": "votes for Sinha", "cast": "ballots cast",
     "valid": "valid ballots", "rejected": "rejected ballots", "quota": "vote value needed to win",
     "crossvote": "opposition MPs who voted for Murmu", "murmu_share": "Murmu's share of the vote value",
     "sinha_share": "Sinha's share of the vote value", "rounds": "rounds of counting", "salute": "guns fired in salute",
     "dhankhar": "votes for Dhankhar", "alva": "votes for Alva", "vp_electors": "electors in the vice-presidential vote",
     "vp_voted": "MPs who voted for vice-president", "vp_turnout": "turnout in the vice-presidential vote",
     "vp_invalid": "invalid votes for vice-president", "vp_needed": "votes needed to become vice-president",
     "vp_valid": "valid votes for vice-president", "vp_margin": "Dhankhar's margin", "vp_absent": "MPs who did not vote",
     "vp_gap": "days from the vice-presidential vote to the oath",
     # dates
     "vote_day": "day of the presidential vote", "count_day": "day of the count", "oath_day": "day Murmu was sworn in",
     "odisha_from": "year Murmu became a state minister", "odisha_to": "year her term as state minister ended",
     "independence": "year of independence", "gov_from": "year Murmu became governor", "gov_to": "year her governorship ended",
     "vp_day": "day of the vice-presidential vote", "naidu_end": "last day of Naidu's term",
     "vp_oath": "day Dhankhar was sworn in",
    }
    ms = [
     M(R, "Monday", D, "vote_day", "2022-07-18"),
     M(R, "More than 99%", N, "turnout", 99, qual="morethan", cls="pct"),
     M(R, "nearly 4,800", N, "electors", 4800, qual="nearly"),
     M(R, "64", N, "age_murmu", 64, cls="age"),
     M(R, "84", N, "age_sinha", 84, cls="age"),
     M(R, "700", N, "mp_value", 700, cls="value"),
     M(R, "208", N, "up_value", 208, cls="value"),
     M(R, "seven", N, "sikkim_value", 7, cls="value"),
     M(R, "Thursday", D, "count_day", "2022-07-21"),
     M(R, "July 25", D, "oath_day", "2022-07-25"),
     M(R, "five-year", N, "term", 5, cls="dur"),
     M(R, "2000", D, "odisha_from", "2000"),
     M(R, "2004", D, "odisha_to", "2004"),

     M(K, "Kamis (21/7/2022)", D, "count_day", "2022-07-21"),
     M(K, "540 suara", N, "murmu_mps", 540),
     M(K, "378.000", N, "murmu_value", 378000, R1, cls="value"),
     M(K, "280 suara", N, "sinha_mps", 280, planted=True),
     M(K, "145.600", N, "sinha_value", 145600, R1, cls="value"),
     M(K, "15 suara", N, "invalid_mps", 15),
     M(K, "sepuluh negara bagian", N, "states_r2", 10, cls="states"),
     M(K, "483.299", N, "murmu_value", 483299, R2, cls="value"),
     M(K, "189.876", N, "sinha_value", 189876, R2, cls="value"),
     M(K, "809 anggota dewan", N, "murmu_mlas_r2", 809),
     M(K, "329 suara", N, "sinha_mlas_r2", 329),
     M(K, "2.161 suara", N, "murmu_votes", 2161, R3),
     M(K, "577.777", N, "murmu_value", 577777, R3, cls="value"),
     M(K, "1.058 suara", N, "sinha_votes", 1058, R3),
     M(K, "261.062", N, "sinha_value", 261062, R3, cls="value"),
     M(K, "Senin (18/7/2022)", D, "vote_day", "2022-07-18"),
     M(K, "lebih dari 99 persen", N, "turnout", 99, qual="morethan", cls="pct"),
     M(K, "64 tahun", N, "age_murmu", 64, cls="age"),
     M(K, "25 Juli 2022", D, "oath_day", "2022-07-25"),

     M(H, "Thursday", D, "count_day", "2022-07-21"),
     M(H, "64.03%", N, "murmu_share", 64.03, cls="pct"),
     M(H, "Monday", D, "vote_day", "2022-07-18"),
     M(H, "2,824 votes", N, "murmu_votes", 2824, FIN),
     M(H, "6,76,803", N, "murmu_value", 676803, FIN, cls="value"),
     M(H, "1,877 votes", N, "sinha_votes", 1877, FIN),
     M(H, "3,80,177", N, "sinha_value", 380177, FIN, cls="value"),
     M(H, "4,754 ballots", N, "cast", 4754),
     M(H, "4,701", N, "valid", 4701),
     M(H, "53", N, "rejected", 53),
     M(H, "5,28,491", N, "quota", 528491, cls="value"),
     M(H, "540 votes", N, "murmu_mps", 540),
     M(H, "208", N, "sinha_mps", 208),
     M(H, "15", N, "invalid_mps", 15),
     M(H, "17 opposition MPs", N, "crossvote", 17),
     M(H, "35.97%", N, "sinha_share", 35.97, cls="pct"),
     M(H, "64", N, "age_murmu", 64, cls="age"),
     M(H, "Monday", D, "oath_day", "2022-07-25", occ=2),

     M(T, "Senin (25/7/2022)", D, "oath_day", "2022-07-25"),
     M(T, "64 tahun", N, "age_murmu", 64, cls="age"),
     M(T, "1947", D, "independence", "1947"),
     M(T, "18 Juli", D, "vote_day", "2022-07-18"),
     M(T, "64,03 persen", N, "murmu_share", 64.03, cls="pct"),
     M(T, "2.824 suara", N, "murmu_votes", 2824, FIN),
     M(T, "676.803", N, "murmu_value", 676803, FIN, cls="value"),
     M(T, "1.877 suara", N, "sinha_votes", 1877, FIN),
     M(T, "380.177", N, "sinha_value", 380177, FIN, cls="value"),
     M(T, "Kamis (21/7/2022)", D, "count_day", "2022-07-21"),
     M(T, "empat putaran", N, "rounds", 4, cls="rounds"),
     M(T, "2015", D, "gov_from", "2015"),
     M(T, "2021", D, "gov_to", "2021"),
     M(T, "21 kali", N, "salute", 21, cls="salute"),

     M(A, "Kamis (11/8/2022)", D, "vp_oath", "2022-08-11"),
     M(A, "lima hari", N, "vp_gap", 5, cls="dur"),
     M(A, "Sabtu (6/8/2022)", D, "vp_day", "2022-08-06"),
     M(A, "528 suara", N, "dhankhar", 528),
     M(A, "182 suara", N, "alva", 182),
     M(A, "780 anggota parlemen", N, "vp_electors", 780),
     M(A, "725 orang", N, "vp_voted", 725),
     M(A, "92,94 persen", N, "vp_turnout", 92.94, cls="pct"),
     M(A, "15 suara", N, "vp_invalid", 15),
     M(A, "356", N, "vp_needed", 356),
     M(A, "710 suara sah", N, "vp_valid", 710),
     M(A, "346 suara", N, "vp_margin", 346),
     M(A, "71 tahun", N, "age_dhankhar", 71, cls="age"),
     M(A, "80 tahun", N, "age_alva", 80, cls="age"),
     M(A, "55 anggota parlemen", N, "vp_absent", 55),
     M(A, "Rabu (10/8/2022)", D, "naidu_end", "2022-08-10"),
     M(A, "Selasa (26/7/2022)", D, "oath_day", "2022-07-26", planted=True),
     M(A, "64,03 persen", N, "murmu_share", 64.03, cls="pct"),
    ]
    build("india-presidential-2022", "India's presidential election (vote on Monday 18 July 2022, count on Thursday 21 "
          "July in four rounds): the MPs' 540 votes for Murmu (value 378,000) and 208 for Sinha (145,600), 15 invalid; "
          "483,299 to 189,876 after the second round; 2,161 votes (577,777) to 1,058 (261,062) after the third; the "
          "final 2,824 votes (676,803, 64.03%) to 1,877 (380,177, 35.97%), 4,754 cast, 4,701 valid, 53 rejected, a "
          "quota of 528,491; Murmu sworn in on Monday 25 July; the vice-presidential vote of Saturday 6 August (Dhankhar "
          "528, Alva 182, 725 of 780 voting, 15 invalid, 356 needed) and Dhankhar's oath on Thursday 11 August", False, ms, names)


def tcs():
    R, B, MT, K = "reuters-apr12", "bisnis-apr13", "mint-apr14", "kontan-apr15"
    names = {
     "profit": "net profit in the March quarter (crore rupees)", "profit_prev": "net profit a year earlier (crore rupees)",
     "profit_q3": "net profit in the December quarter (crore rupees)", "revenue": "revenue in the March quarter (crore rupees)",
     "revenue_prev": "revenue a year earlier (crore rupees)", "revenue_q3": "revenue in the December quarter (crore rupees)",
     "fy_revenue": "revenue for the fiscal year (crore rupees)", "profit_growth": "growth of net profit",
     "qoq_profit": "growth of net profit over the December quarter", "rev_growth": "growth of revenue",
     "qoq_rev": "growth of revenue over the December quarter", "fy_growth": "growth of the year's revenue",
     "margin": "operating margin", "margin_q3": "operating margin in the December quarter",
     "margin_gain": "rise of the operating margin (points)", "attrition": "attrition", "women": "share of women in the workforce",
     "share_gain": "the shares' rise on the day", "usd_profit": "net profit in dollars (billion)",
     "tcv_q": "contract value won in the quarter (billion dollars)", "tcv_fy": "contract value won in the year (billion dollars)",
     "dividend": "final dividend per share (rupees)", "dividend_total": "the year's dividend per share (rupees)",
     "share_close": "closing share price (rupees)", "headcount": "employees at the end of March",
     "hc_q_drop": "fall in headcount over the quarter", "hc_y_drop": "fall in headcount over the year",
     # dates
     "results_day": "day the results were announced", "quarter_end": "end of the quarter and the fiscal year",
    }
    ms = [
     M(R, "9.1%", N, "profit_growth", 9.1, cls="pct"),
     M(R, "Friday", D, "results_day", "2024-04-12"),
     M(R, "124.34 billion rupees", N, "profit", 12434, qual="unit", cls="crore"),
     M(R, "$1.49 billion", N, "usd_profit", 1.49, cls="usd_bn"),
     M(R, "113.92 billion rupees", N, "profit_prev", 11392, qual="unit", cls="crore"),
     M(R, "3.5%", N, "rev_growth", 3.5, cls="pct"),
     M(R, "612.37 billion rupees", N, "revenue", 61237, qual="unit", cls="crore"),
     M(R, "591.62 billion rupees", N, "revenue_prev", 59162, qual="unit", cls="crore"),
     M(R, "26%", N, "margin", 26, cls="pct"),
     M(R, "25%", N, "margin_q3", 25, cls="pct"),
     M(R, "$13.2 billion", N, "tcv_q", 13.2, cls="usd_bn"),
     M(R, "$42.7 billion", N, "tcv_fy", 42.7, cls="usd_bn"),
     M(R, "March 31", D, "quarter_end", "2024-03-31"),
     M(R, "6.8%", N, "fy_growth", 6.8, cls="pct"),
     M(R, "2.41 trillion rupees", N, "fy_revenue", 240893, qual="approx", cls="crore"),
     M(R, "28 rupees", N, "dividend", 28, cls="rs"),
     M(R, "73 rupees", N, "dividend_total", 73, cls="rs"),
     M(R, "1,759", N, "hc_q_drop", 1759),
     M(R, "601,546", N, "headcount", 601546),
     M(R, "March", D, "quarter_end", "2024-03", occ=3),
     M(R, "13,249", N, "hc_y_drop", 13249),
     M(R, "12.5%", N, "attrition", 12.5, cls="pct"),
     M(R, "0.5%", N, "share_gain", 0.48, qual="approx", cls="pct"),
     M(R, "4,003.80 rupees", N, "share_close", 4003.8, cls="rs"),

     M(B, "12.434 crore rupee", N, "profit", 12434, cls="crore"),
     M(B, "9,1%", N, "profit_growth", 9.1, cls="pct"),
     M(B, "11.392 crore rupee", N, "profit_prev", 11392, cls="crore"),
     M(B, "11.058 crore rupee", N, "profit_q3", 11058, cls="crore"),
     M(B, "12,4%", N, "qoq_profit", 12.4, cls="pct"),
     M(B, "3,5%", N, "rev_growth", 3.5, cls="pct"),
     M(B, "61.237 crore rupee", N, "revenue", 61237, cls="crore"),
     M(B, "59.162 crore rupee", N, "revenue_prev", 59162, cls="crore"),
     M(B, "1,1%", N, "qoq_rev", 1.1, cls="pct"),
     M(B, "60.583 crore rupee", N, "revenue_q3", 60583, cls="crore"),
     M(B, "26%", N, "margin", 26, cls="pct"),
     M(B, "25%", N, "margin_q3", 25, cls="pct"),
     M(B, "US$13,2 miliar", N, "tcv_q", 13.2, cls="usd_bn"),
     M(B, "US$42,7 miliar", N, "tcv_fy", 42.7, cls="usd_bn"),
     M(B, "Jumat (12/4/2024)", D, "results_day", "2024-04-12"),
     M(B, "28 rupee", N, "dividend", 28, cls="rs"),
     M(B, "73 rupee", N, "dividend_total", 73, cls="rs"),

     M(MT, "Friday", D, "results_day", "2024-04-12"),
     M(MT, "9%", N, "profit_growth", 9.1, qual="approx", cls="pct"),
     M(MT, "₹12,434 crore", N, "profit", 12434, cls="crore"),
     M(MT, "₹11,392 crore", N, "profit_prev", 11392, cls="crore"),
     M(MT, "12.4%", N, "qoq_profit", 12.4, cls="pct"),
     M(MT, "₹11,058 crore", N, "profit_q3", 11058, cls="crore"),
     M(MT, "3.5%", N, "rev_growth", 3.5, cls="pct"),
     M(MT, "₹61,237 crore", N, "revenue", 61237, cls="crore"),
     M(MT, "₹59,162 crore", N, "revenue_prev", 59162, cls="crore"),
     M(MT, "1.1%", N, "qoq_rev", 1.1, cls="pct"),
     M(MT, "₹60,583 crore", N, "revenue_q3", 60583, cls="crore"),
     M(MT, "one percentage point", N, "margin_gain", 1, cls="pts"),
     M(MT, "26%", N, "margin", 26, cls="pct"),
     M(MT, "6.8%", N, "fy_growth", 6.8, cls="pct"),
     M(MT, "₹2,40,893 crore", N, "fy_revenue", 240893, cls="crore"),
     M(MT, "₹28", N, "dividend", 28, cls="rs"),
     M(MT, "₹73", N, "dividend_total", 73, cls="rs"),
     M(MT, "$13.2 billion", N, "tcv_q", 13.2, cls="usd_bn"),
     M(MT, "$42.7 billion", N, "tcv_fy", 42.7, cls="usd_bn"),
     M(MT, "1,759 employees", N, "hc_q_drop", 1759),
     M(MT, "601,546", N, "headcount", 601546),
     M(MT, "March 31", D, "quarter_end", "2024-03-31"),
     M(MT, "35.6%", N, "women", 35.6, cls="pct"),
     M(MT, "13,249", N, "hc_y_drop", 13249),
     M(MT, "12.5%", N, "attrition", 12.5, cls="pct"),

     M(K, "9,1 persen", N, "profit_growth", 9.1, cls="pct"),
     M(K, "12.434 crore rupee", N, "profit", 12434, cls="crore"),
     M(K, "31 Maret 2024", D, "quarter_end", "2024-03-31"),
     M(K, "11.392 crore rupee", N, "profit_prev", 11392, cls="crore"),
     M(K, "3,5 persen", N, "rev_growth", 3.5, cls="pct"),
     M(K, "61.237 crore rupee", N, "revenue", 61237, cls="crore"),
     M(K, "26 persen", N, "margin", 26, cls="pct"),
     M(K, "6,8 persen", N, "fy_growth", 6.8, cls="pct"),
     M(K, "240.893 crore rupee", N, "fy_revenue", 240893, cls="crore"),
     M(K, "28 rupee", N, "dividend", 28, cls="rs"),
     M(K, "73 rupee", N, "dividend_total", 73, cls="rs"),
     M(K, "US$13,2 miliar", N, "tcv_q", 13.2, cls="usd_bn"),
     M(K, "US$42,7 miliar", N, "tcv_fy", 42.7, cls="usd_bn"),
     M(K, "1.759 orang", N, "hc_q_drop", 1759),
     M(K, "601.546 orang", N, "headcount", 601546),
     M(K, "31 Maret 2024", D, "quarter_end", "2024-03-31", occ=2),
     M(K, "13.249 orang", N, "hc_y_drop", 13249),
     M(K, "12,5 persen", N, "attrition", 12.5, cls="pct"),
     M(K, "Jumat, 12 April 2024", D, "results_day", "2024-04-12"),
    ]
    build("tcs-results-2024", "Tata Consultancy Services' results for the quarter to 31 March 2024 (control), "
          "announced on Friday 12 April 2024: net profit of 12,434 crore rupees, up 9.1% from 11,392 crore and 12.4% "
          "from 11,058 crore in the December quarter; revenue of 61,237 crore, up 3.5% from 59,162 crore and 1.1% from "
          "60,583 crore; an operating margin of 26% (25% in the December quarter); the year's revenue of 240,893 crore, "
          "up 6.8%; deals of $13.2 billion in the quarter and $42.7 billion in the year; a final dividend of 28 rupees, "
          "73 for the year; 601,546 employees, 1,759 fewer than in December and 13,249 fewer than a year earlier; "
          "attrition of 12.5%. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    sitakunda()
    india()
    tcs()
