"""The ninety-fifth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset95/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def albania():
    R1, DT, AP, K, R2 = "reuters-nov26", "detik-nov28", "ap-nov29", "kompas-dec01", "reuters-feb17"
    # the government's running tallies (the defence ministry's, the prime minister's and the health ministry's):
    # Tuesday 26 November in the evening, Wednesday 27 and Thursday 28 in the morning, Friday 29, Saturday 30 at the
    # cabinet meeting (the prime minister's 50) and later that day (the health ministry's 51st victim), and the
    # needs assessment of 5 February 2020
    TUE, WED, THU, FRI, SAT, SATL, FEB5 = ("2019-11-26T20", "2019-11-27T08", "2019-11-28T09", "2019-11-29",
                                           "2019-11-30T10", "2019-11-30T15", "2020-02-05")
    GOV, USGS, IGEWE = "the Albanian government", "the U.S. Geological Survey", "Albania's Institute of Geosciences"
    names = {
     "dead": "people killed by the earthquake", "injured": "people injured", "rescued": "people pulled alive from the rubble",
     "mag": "the quake's magnitude", "aftershock_mag": "magnitude of the strongest aftershocks",
     "aftershocks": "aftershocks after the main shock", "big_aftershocks": "aftershocks of magnitude 5 or more",
     "distance": "distance of the epicentre from Tirana", "depth": "depth of the quake's focus",
     "durres_bodies": "bodies recovered in Durres on Tuesday", "toll1979": "people killed in the 1979 quake",
     "emergency_days": "days of the state of emergency", "countries": "countries whose teams joined the search",
     "durres_damaged": "buildings seriously damaged in Durres", "tirana_damaged": "buildings seriously damaged in Tirana",
     "tents_thumane": "people in tents in Thumane", "sheltered": "people moved to hotels and temporary shelter",
     "funerals": "victims buried in Thumane on Friday", "one_family": "victims from one family",
     "flown_italy": "injured people flown to Italy", "search_days": "days from the quake to the end of the search",
     "hospital": "people still in hospital", "homeless": "people left homeless", "lek": "compensation per family (lek)",
     "jail": "maximum prison term in the draft law", "pledged": "total pledges (million euros)",
     "eu_pledge": "the EU's pledge (million euros)", "need": "the assessed need (million euros)",
     "eu_grant": "the EU's initial grant (million euros)",
     # dates
     "quake": "day of the quake", "y1979": "year of the earlier deadly quake", "sept_quake": "month of the September quake",
     "count40_day": "day of the count of 40", "count28_day": "day of the count of 28", "mourning": "day of national mourning",
     "independence": "Albania's Independence Day", "count49_day": "day of the count of 49",
     "funeral_day": "day of the Thumane funerals", "search_end": "day the search ended",
     "conference": "day of the donors' conference", "pdna": "day the needs assessment was published",
     "grant_month": "month of the EU's initial grant",
    }
    ms = [
     M(R1, "6.4", N, "mag", 6.4, cls="mag", src=USGS),
     M(R1, "Tuesday", D, "quake", "2019-11-26"),
     M(R1, "at least 21 people", N, "dead", 21, TUE, qual="atleast", src=GOV),
     M(R1, "about 600", N, "injured", 600, TUE, qual="approx", src=GOV),
     M(R1, "30 km", N, "distance", 30, cls="km"),
     M(R1, "6.3", N, "mag", 6.3, cls="mag", src=IGEWE),
     M(R1, "10 km", N, "depth", 10, cls="km"),
     M(R1, "some 250 aftershocks", N, "aftershocks", 250, TUE, qual="approx"),
     M(R1, "two", N, "big_aftershocks", 2, TUE),
     M(R1, "magnitude 5", N, "aftershock_mag", 5, cls="mag"),
     M(R1, "13 bodies", N, "durres_bodies", 13),
     M(R1, "45 people", N, "rescued", 45),
     M(R1, "1979", D, "y1979", "1979"),
     M(R1, "about 40 people", N, "toll1979", 40, qual="approx"),
     M(R1, "September", D, "sept_quake", "2019-09"),

     M(DT, "6,4", N, "mag", 6.4, cls="mag", src=USGS),
     M(DT, "40 orang", N, "dead", 40, THU, src=GOV),
     M(DT, "Kamis (28/11/2019)", D, "count40_day", "2019-11-28"),
     M(DT, "Rabu (27/11/2019)", D, "count28_day", "2019-11-27"),
     M(DT, "28 orang", N, "dead", 28, WED, src=GOV),
     M(DT, "54 orang", N, "rescued", 54, planted=True),
     M(DT, "sekitar 650 orang", N, "injured", 650, WED, qual="approx", src=GOV),
     M(DT, "Selasa (26/11/2019)", D, "quake", "2019-11-26"),
     M(DT, "30 kilometer", N, "distance", 30, cls="km"),
     M(DT, "Rabu", D, "mourning", "2019-11-27", occ=2),
     M(DT, "30 hari", N, "emergency_days", 30, cls="dur"),
     M(DT, "lebih dari 10 negara", N, "countries", 10, qual="morethan"),
     M(DT, "1979", D, "y1979", "1979"),
     M(DT, "sekitar 40 orang", N, "toll1979", 40, qual="approx"),
     M(DT, "28 November", D, "independence", "2019-11-28"),

     M(AP, "49", N, "dead", 49, FRI, src=GOV),
     M(AP, "Friday", D, "count49_day", "2019-11-29"),
     M(AP, "About 2,000 people", N, "injured", 2000, FRI, qual="approx", src=GOV),
     M(AP, "Tuesday", D, "quake", "2019-11-26"),
     M(AP, "6.4", N, "mag", 6.4, cls="mag", src=USGS),
     M(AP, "about 650", N, "injured", 650, WED, qual="approx", src=GOV),
     M(AP, "about 700 buildings", N, "durres_damaged", 700, FRI, qual="approx"),
     M(AP, "more than 235", N, "tirana_damaged", 235, FRI, qual="morethan"),
     M(AP, "Some 500 people", N, "tents_thumane", 500, FRI, qual="approx", fall=True),
     M(AP, "about 2,000", N, "sheltered", 2000, FRI, qual="approx", fall=True),
     M(AP, "eight victims", N, "funerals", 8),
     M(AP, "Friday", D, "funeral_day", "2019-11-29", occ=2),
     M(AP, "six of them", N, "one_family", 6),
     M(AP, "at least three", N, "big_aftershocks", 3, FRI, qual="atleast"),
     M(AP, "magnitude 5", N, "aftershock_mag", 5, cls="mag", qual="morethan"),
     M(AP, "Tuesday", D, "quake", "2019-11-26", occ=2),
     M(AP, "Two", N, "flown_italy", 2),

     M(K, "Sabtu (30/11/2019)", D, "search_end", "2019-11-30"),
     M(K, "empat hari", N, "search_days", 4, cls="dur"),
     M(K, "6,4", N, "mag", 6.4, cls="mag", src=USGS),
     M(K, "50 orang", N, "dead", 50, SAT, src=GOV),
     M(K, "51 orang", N, "dead", 51, SATL, src=GOV),
     M(K, "Sekitar 2.000 orang", N, "injured", 2000, SAT, qual="approx", src=GOV),
     M(K, "41 orang", N, "hospital", 41, SAT, fall=True),
     M(K, "lebih dari 1.465 bangunan", N, "tirana_damaged", 1465, SAT, qual="morethan"),
     M(K, "sekitar 900 bangunan", N, "durres_damaged", 900, SAT, qual="approx"),
     M(K, "Sedikitnya 4.000 orang", N, "homeless", 4000, SAT, qual="atleast"),
     M(K, "sekitar 2.500", N, "sheltered", 2500, SAT, qual="approx", fall=True),
     M(K, "1 juta lek", N, "lek", 1000000, cls="lek"),
     M(K, "15 tahun", N, "jail", 15, cls="dur"),

     M(R2, "1.15 billion euros", N, "pledged", 1150, cls="eur"),
     M(R2, "Monday", D, "conference", "2020-02-17"),
     M(R2, "Nov. 25", D, "quake", "2019-11-25", planted=True),
     M(R2, "51 people", N, "dead", 51, FEB5, src=GOV),
     M(R2, "400 million euros", N, "eu_pledge", 400, cls="eur"),
     M(R2, "Feb. 5", D, "pdna", "2020-02-05"),
     M(R2, "1.08 billion euros", N, "need", 1080, cls="eur"),
     M(R2, "some 17,000 people", N, "homeless", 17000, FEB5, qual="approx"),
     M(R2, "6.4", N, "mag", 6.4, cls="mag", src=USGS),
     M(R2, "December", D, "grant_month", "2019-12"),
     M(R2, "15 million euros", N, "eu_grant", 15, cls="eur"),
    ]
    build("albania-earthquake-2019", "The Albanian earthquake of Tuesday 26 November 2019 (magnitude 6.4 by the U.S. "
          "Geological Survey, 6.3 by Albania's Institute of Geosciences, 3:54 a.m. about 30 km northwest of Tirana): "
          "the toll rising at least 21 (Tuesday night) -> 28 (Wednesday morning) -> 40 (Thursday) -> 49 (Friday) -> 50 "
          "at the cabinet meeting on Saturday 30 November, when the search ended, and 51 with the health ministry's "
          "last victim; the injured about 600 -> about 650 -> about 2,000; 45 pulled alive from the rubble; a 30-day "
          "state of emergency and Wednesday's national mourning; buildings seriously damaged in Durres (about 700 -> "
          "about 900) and Tirana (more than 235 -> more than 1,465); at least 4,000 homeless, about 17,000 by the needs "
          "assessment of 5 February 2020; 1.15 billion euros pledged at the donors' conference of Monday 17 February "
          "2020, 400 million of them by the EU, against a need of 1.08 billion", False, ms, names)


def iceland():
    R, K, A, AP, T = "reuters-sep26", "kompas-sep27", "antara-sep29", "ap-nov26", "tempo-nov29"
    # the count on the night (about a third of the ballots counted early on Sunday), the final results announced
    # on Sunday morning, and the Northwest recount on Sunday afternoon, which moved five equalisation seats between
    # candidates (no party's total) and lowered the number of women elected
    THIRD, FINAL, RECOUNT = "2021-09-26T02", "2021-09-26T09", "2021-09-26T18"
    names = {
     "coalition": "the coalition's seats", "assembly": "seats in the Althing", "majority": "seats needed for a majority",
     "pp_share": "the Progressive Party's share", "pp_seats": "the Progressive Party's seats",
     "pp_gain": "seats the Progressive Party gained", "ip_share": "the Independence Party's share",
     "ip_seats": "the Independence Party's seats", "lg_share": "the Left-Greens' share", "lg_seats": "the Left-Greens' seats",
     "lg_2017": "the Left-Greens' seats in 2017", "turnout": "turnout", "turnout2017": "turnout in 2017",
     "women": "women elected", "women_share": "women's share of the seats", "threshold": "the threshold",
     "parties": "parties in parliament", "sweden": "women's share in Sweden's parliament", "swapped": "lawmakers swapped by the recount",
     "gap_nw": "votes between the Reform Party and the Pirates in the first Northwest count",
     "gap_south": "votes between the Left-Greens and the Centre Party in the South",
     "sda_share": "the Social Democratic Alliance's share", "people_share": "the People's Party's share",
     "pirate_share": "the Pirates' share", "opp_seats6": "seats of each of three opposition parties",
     "reform_share": "the Reform Party's share", "reform_seats": "the Reform Party's seats",
     "centre_share": "the Centre Party's share", "centre_seats": "the Centre Party's seats",
     "socialist_share": "the Socialist Party's share", "parties_asking": "parties asking for the South recount",
     "cred_ayes": "votes for confirming the credentials", "cred_noes": "votes against confirming the credentials",
     "cred_abstain": "lawmakers not voting", "months_since": "months from the election to the vote",
     "ministers": "ministers in the new cabinet", "ministers_before": "ministers in the previous cabinet",
     "ip_ministries": "the Independence Party's ministries", "pp_ministries": "the Progressive Party's ministries",
     "lg_ministries": "the Left-Greens' ministries", "term": "years of the new term", "talks": "months of talks",
     "emissions": "the emissions cut by 2030", "years_since": "years between the two elections",
     # dates
     "election": "day of the election", "results_day": "day the final results were announced",
     "third_day": "day of the partial count", "y2017": "the previous election", "recount_day": "day of the Northwest recount",
     "south_day": "day the South recount was decided", "cred_vote": "day parliament confirmed the result",
     "convened": "day parliament first met", "govt_day": "day the new government took office",
     "y2030": "the emissions target year",
    }
    ms = [
     M(R, "37", N, "coalition", 37, FINAL, fall=True),
     M(R, "63", N, "assembly", 63),
     M(R, "Saturday", D, "election", "2021-09-25"),
     M(R, "Sunday", D, "results_day", "2021-09-26"),
     M(R, "17.3%", N, "pp_share", 17.3, cls="pct"),
     M(R, "13 seats", N, "pp_seats", 13, FINAL, fall=True),
     M(R, "five", N, "pp_gain", 5),
     M(R, "2017", D, "y2017", "2017"),
     M(R, "24.4%", N, "ip_share", 24.4, cls="pct"),
     M(R, "16 seats", N, "ip_seats", 16, FINAL, fall=True),
     M(R, "four years earlier", N, "years_since", 4, cls="dur"),
     M(R, "12.6%", N, "lg_share", 12.6, cls="pct"),
     M(R, "eight seats", N, "lg_seats", 8, FINAL, fall=True),
     M(R, "11", N, "lg_2017", 11),
     M(R, "2017", D, "y2017", "2017", occ=2),
     M(R, "Sunday", D, "third_day", "2021-09-26", occ=2),
     M(R, "38 seats", N, "coalition", 38, THIRD, fall=True),
     M(R, "12", N, "pp_seats", 12, THIRD, fall=True),
     M(R, "32 seats", N, "majority", 32),
     M(R, "80.1%", N, "turnout", 80.1, cls="pct"),
     M(R, "81.2%", N, "turnout2017", 81.2, cls="pct"),
     M(R, "33", N, "women", 33, FINAL),
     M(R, "63", N, "assembly", 63, occ=2),
     M(R, "Eight parties", N, "parties", 8),
     M(R, "5%", N, "threshold", 5, cls="pct"),

     M(K, "Minggu (26/9/2021)", D, "recount_day", "2021-09-26"),
     M(K, "Minggu pagi", D, "results_day", "2021-09-26"),
     M(K, "33", N, "women", 33, FINAL),
     M(K, "63 kursi", N, "assembly", 63),
     M(K, "52,4 persen", N, "women_share", 52.4, FINAL, cls="pct"),
     M(K, "30 kursi", N, "women", 30, RECOUNT),
     M(K, "47,6 persen", N, "women_share", 47.6, RECOUNT, cls="pct"),
     M(K, "lima anggota parlemen", N, "swapped", 5),
     M(K, "10 suara", N, "gap_nw", 10),
     M(K, "37 kursi", N, "coalition", 37, FINAL, fall=True),
     M(K, "30 legislator perempuan", N, "women", 30, RECOUNT),
     M(K, "sekitar 47 persen", N, "sweden", 47, qual="approx", cls="pct"),
     M(K, "Sabtu (25/9/2021)", D, "election", "2021-09-25"),

     M(A, "37", N, "coalition", 37, FINAL, fall=True),
     M(A, "63 kursi", N, "assembly", 63),
     M(A, "25 September 2021", D, "election", "2021-09-25"),
     M(A, "24,4 persen", N, "ip_share", 24.4, cls="pct"),
     M(A, "16 kursi", N, "ip_seats", 16, FINAL, fall=True),
     M(A, "17,3 persen", N, "pp_share", 17.3, cls="pct"),
     M(A, "13 kursi", N, "pp_seats", 13, FINAL, fall=True),
     M(A, "12,6 persen", N, "lg_share", 12.6, cls="pct"),
     M(A, "8 kursi", N, "lg_seats", 8, FINAL, fall=True),
     M(A, "9,9 persen", N, "sda_share", 9.9, cls="pct"),
     M(A, "8,8 persen", N, "people_share", 8.8, cls="pct"),
     M(A, "8,6 persen", N, "pirate_share", 8.6, cls="pct"),
     M(A, "6 kursi", N, "opp_seats6", 6, FINAL, fall=True),
     M(A, "8,3 persen", N, "reform_share", 8.3, cls="pct"),
     M(A, "5 kursi", N, "reform_seats", 5, FINAL, fall=True),
     M(A, "5,4 persen", N, "centre_share", 5.4, cls="pct"),
     M(A, "3 kursi", N, "centre_seats", 3, FINAL, fall=True),
     M(A, "4,1 persen", N, "socialist_share", 4.1, cls="pct"),
     M(A, "5 persen", N, "threshold", 5, cls="pct"),
     M(A, "81,0 persen", N, "turnout", 81.0, cls="pct", planted=True),
     M(A, "81,2 persen", N, "turnout2017", 81.2, cls="pct"),
     M(A, "2017", D, "y2017", "2017"),
     M(A, "Minggu", D, "recount_day", "2021-09-26"),
     M(A, "lima anggota parlemen", N, "swapped", 5),
     M(A, "33", N, "women", 33, FINAL),
     M(A, "30", N, "women", 30, RECOUNT),
     M(A, "Senin (27/9/2021)", D, "south_day", "2021-09-27"),
     M(A, "empat partai", N, "parties_asking", 4),
     M(A, "tujuh suara", N, "gap_south", 7),

     M(AP, "Thursday", D, "cred_vote", "2021-11-25"),
     M(AP, "two months", N, "months_since", 2, cls="dur"),
     M(AP, "Sept. 25", D, "election", "2021-09-25"),
     M(AP, "63", N, "assembly", 63),
     M(AP, "42 votes to 5", N, "cred_ayes", 42, also=(("cred_noes", 5),)),
     M(AP, "16", N, "cred_abstain", 16),
     M(AP, "five lawmakers", N, "swapped", 5),
     M(AP, "33", N, "women", 33, FINAL),
     M(AP, "30", N, "women", 30, RECOUNT),
     M(AP, "Tuesday", D, "convened", "2021-11-23"),
     M(AP, "37 seats", N, "coalition", 37, FINAL, fall=True),

     M(T, "Minggu (28/11/2021)", D, "govt_day", "2021-11-28"),
     M(T, "empat tahun", N, "term", 4, cls="dur"),
     M(T, "lebih dari dua bulan", N, "talks", 2, qual="morethan", cls="dur"),
     M(T, "12 menteri", N, "ministers", 12),
     M(T, "11 menteri", N, "ministers_before", 11),
     M(T, "lima kementerian", N, "ip_ministries", 5),
     M(T, "empat", N, "pp_ministries", 4, occ=2),
     M(T, "tiga", N, "lg_ministries", 3),
     M(T, "Sabtu (25/9/2021)", D, "election", "2021-09-25"),
     M(T, "37", N, "coalition", 37, FINAL, fall=True),
     M(T, "63 kursi", N, "assembly", 63),
     M(T, "lima kursi", N, "pp_gain", 5),
     M(T, "13 kursi", N, "pp_seats", 13, FINAL, fall=True),
     M(T, "Kamis (25/11/2021)", D, "cred_vote", "2021-11-25"),
     M(T, "42 suara setuju", N, "cred_ayes", 42),
     M(T, "5 menolak", N, "cred_noes", 5),
     M(T, "55 persen", N, "emissions", 55, cls="pct"),
     M(T, "2030", D, "y2030", "2030"),
    ]
    build("iceland-election-2021", "Iceland's parliamentary election of Saturday 25 September 2021: the partial count "
          "early on Sunday (the coalition 38 seats, the Progressives 12) against the final results that morning (the "
          "coalition 37 of 63; Independence Party 24.4% and 16 seats, Progressive Party 17.3% and 13, Left-Greens 12.6% "
          "and 8; turnout 80.1%, 81.2% in 2017; women 33 of 63); the Northwest recount that afternoon swapping five "
          "lawmakers and lowering the women elected to 30 (47.6%); the South recount decided on Monday 27 September; "
          "the Althing's confirmation of the result by 42 votes to 5 on Thursday 25 November and the new cabinet of 12 "
          "(five, four and three ministries) on Sunday 28 November 2021", False, ms, names)


def romania():
    R, B, I, K = "reuters-jul05", "bisnis-jul06", "intellinews-jul08", "kontan-jul09"
    names = {
     "cut": "size of the cut", "rate": "the new policy rate", "prev_rate": "the rate before the decision",
     "rate_2022": "the rate before January 2023", "lombard": "the new Lombard rate", "lombard_prev": "the Lombard rate before",
     "deposit": "the new deposit facility rate", "deposit_prev": "the deposit facility rate before",
     "infl_may": "annual inflation in May 2024", "infl_mar": "annual inflation in March 2024",
     "core_may": "adjusted CORE2 inflation in May", "core_mar": "adjusted CORE2 inflation in March",
     "target": "the inflation target", "band": "the target's band", "corridor": "the corridor either side of the rate",
     # dates
     "decision": "day of the decision", "effective": "day the new rates took effect", "jan23": "month of the last hike",
     "infl_month": "month of the inflation reading", "mar_month": "month of the earlier reading",
     "forecast_month": "month of the bank's earlier forecast", "energy_from": "month cheaper energy began",
     "next_meeting": "month of the next meeting",
    }
    ms = [
     M(R, "25 basis points", N, "cut", 25, cls="bp"),
     M(R, "6.75%", N, "rate", 6.75, cls="pct"),
     M(R, "Friday", D, "decision", "2024-07-05"),
     M(R, "7.00%", N, "prev_rate", 7, cls="pct"),
     M(R, "January 2023", D, "jan23", "2023-01"),
     M(R, "7.75%", N, "lombard", 7.75, cls="pct"),
     M(R, "8.00%", N, "lombard_prev", 8, cls="pct"),
     M(R, "5.75%", N, "deposit", 5.75, cls="pct"),
     M(R, "6.00%", N, "deposit_prev", 6, cls="pct"),
     M(R, "Monday, July 8", D, "effective", "2024-07-08"),
     M(R, "5.12%", N, "infl_may", 5.12, cls="pct"),
     M(R, "May", D, "infl_month", "2024-05"),
     M(R, "6.61%", N, "infl_mar", 6.61, cls="pct"),
     M(R, "March", D, "mar_month", "2024-03"),
     M(R, "6.3%", N, "core_may", 6.3, cls="pct"),
     M(R, "May", D, "infl_month", "2024-05", occ=2),
     M(R, "7.1%", N, "core_mar", 7.1, cls="pct"),
     M(R, "March", D, "mar_month", "2024-03", occ=2),
     M(R, "2.5%", N, "target", 2.5, cls="pct"),
     M(R, "1 percentage point", N, "band", 100, qual="unit", cls="bp"),
     M(R, "January 2023", D, "jan23", "2023-01", occ=2),
     M(R, "6.75%", N, "rate_2022", 6.75, cls="pct", occ=2),
     M(R, "May", D, "forecast_month", "2024-05", occ=3),

     M(B, "25 basis poin", N, "cut", 25, cls="bp"),
     M(B, "7%", N, "prev_rate", 7, cls="pct"),
     M(B, "6,75%", N, "rate", 6.75, cls="pct"),
     M(B, "Jumat (5/7/2024)", D, "decision", "2024-07-05"),
     M(B, "Senin (8/7/2024)", D, "effective", "2024-07-08"),
     M(B, "7,75%", N, "lombard", 7.75, cls="pct"),
     M(B, "8%", N, "lombard_prev", 8, cls="pct"),
     M(B, "5,75%", N, "deposit", 5.75, cls="pct"),
     M(B, "6%", N, "deposit_prev", 6, cls="pct"),
     M(B, "7%", N, "prev_rate", 7, cls="pct", occ=2),
     M(B, "Januari 2023", D, "jan23", "2023-01"),
     M(B, "5,12%", N, "infl_may", 5.12, cls="pct"),
     M(B, "Mei 2024", D, "infl_month", "2024-05"),
     M(B, "6,61%", N, "infl_mar", 6.61, cls="pct"),
     M(B, "Maret 2024", D, "mar_month", "2024-03"),
     M(B, "6,3%", N, "core_may", 6.3, cls="pct"),
     M(B, "7,1%", N, "core_mar", 7.1, cls="pct"),
     M(B, "2,5%", N, "target", 2.5, cls="pct"),
     M(B, "1 poin persentase", N, "band", 100, qual="unit", cls="bp"),

     M(I, "0.25 percentage point", N, "cut", 25, qual="unit", cls="bp"),
     M(I, "6.75%", N, "rate", 6.75, cls="pct"),
     M(I, "Friday, July 5", D, "decision", "2024-07-05"),
     M(I, "Monday, July 8", D, "effective", "2024-07-08"),
     M(I, "January 2023", D, "jan23", "2023-01"),
     M(I, "7%", N, "prev_rate", 7, cls="pct"),
     M(I, "7.75%", N, "lombard", 7.75, cls="pct"),
     M(I, "5.75%", N, "deposit", 5.75, cls="pct"),
     M(I, "one percentage point", N, "corridor", 100, qual="unit", cls="bp"),
     M(I, "5.12%", N, "infl_may", 5.12, cls="pct"),
     M(I, "May", D, "infl_month", "2024-05"),
     M(I, "6.61%", N, "infl_mar", 6.61, cls="pct"),
     M(I, "March", D, "mar_month", "2024-03"),
     M(I, "6.3%", N, "core_may", 6.3, cls="pct"),
     M(I, "May", D, "infl_month", "2024-05", occ=2),
     M(I, "7.1%", N, "core_mar", 7.1, cls="pct"),
     M(I, "March", D, "mar_month", "2024-03", occ=2),
     M(I, "2.5%", N, "target", 2.5, cls="pct"),
     M(I, "one percentage point", N, "band", 100, qual="unit", cls="bp", occ=2),
     M(I, "April", D, "energy_from", "2024-04"),
     M(I, "August", D, "next_meeting", "2024-08"),

     M(K, "0,25 poin persentase", N, "cut", 25, qual="unit", cls="bp"),
     M(K, "6,75 persen", N, "rate", 6.75, cls="pct"),
     M(K, "Jumat, 5 Juli 2024", D, "decision", "2024-07-05"),
     M(K, "7 persen", N, "prev_rate", 7, cls="pct"),
     M(K, "Januari 2023", D, "jan23", "2023-01"),
     M(K, "7,75 persen", N, "lombard", 7.75, cls="pct"),
     M(K, "5,75 persen", N, "deposit", 5.75, cls="pct"),
     M(K, "8 Juli 2024", D, "effective", "2024-07-08"),
     M(K, "Mei 2024", D, "infl_month", "2024-05"),
     M(K, "5,12 persen", N, "infl_may", 5.12, cls="pct"),
     M(K, "6,61 persen", N, "infl_mar", 6.61, cls="pct"),
     M(K, "Maret", D, "mar_month", "2024-03"),
     M(K, "2,5 persen", N, "target", 2.5, cls="pct"),
     M(K, "1 poin persentase", N, "band", 100, qual="unit", cls="bp"),
     M(K, "6,3 persen", N, "core_may", 6.3, cls="pct"),
     M(K, "Mei", D, "infl_month", "2024-05", occ=2),
     M(K, "April", D, "energy_from", "2024-04"),
     M(K, "Januari 2023", D, "jan23", "2023-01", occ=2),
     M(K, "6,75 persen", N, "rate_2022", 6.75, cls="pct", occ=2),
    ]
    build("romania-rate-2024", "The National Bank of Romania's rate decision (control) of Friday 5 July 2024: the "
          "monetary policy rate cut 25 basis points from 7% (held since January 2023, when it was raised from 6.75%) "
          "to 6.75% from Monday 8 July; the Lombard rate from 8% to 7.75%, the deposit facility rate from 6% to 5.75% "
          "(a corridor of one percentage point either side); annual inflation of 5.12% in May 2024 (6.61% in March), "
          "adjusted CORE2 inflation 6.3% (7.1% in March), against the 2.5% target (a band of 1 percentage point). Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    albania()
    iceland()
    romania()
