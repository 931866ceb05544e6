"""The hundred-and-thirty-fifth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset135/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def pam():
    AP, K, R, T, RN = "ap-mar15", "kompas-mar17", "reuters-mar18", "tempo-mar24", "rnz-apr14"
    # the official toll (the disaster office's figures, relayed by the UN's humanitarian office): at least 8 on
    # Sunday 15 March, 24 on Monday 16, lowered to 11 on Tuesday 17 (victims counted twice), 16 over the weekend of
    # 21-22 March, lowered to 11 again on Monday 23, 11 in the needs assessment a month on
    SUN15, MON16, TUE17, SUN22, MON23, APR = (
        "2015-03-15", "2015-03-16", "2015-03-17", "2015-03-22", "2015-03-23", "2015-04-14")
    OFF, IFRC, NDMO = "the official count", "the Red Cross federation", "the disaster office's breakdown"
    names = {
     "dead": "people killed by the cyclone in Vanuatu", "unconfirmed": "unconfirmed deaths in the northeastern islands",
     "direct_dead": "people killed directly by the storm", "hospital_dead": "sick people who died in hospital",
     "tanna_dead": "deaths on Tanna", "winds": "sustained winds (km/h)", "gusts": "peak gusts (km/h)",
     "pv_centres": "evacuation centres opened in Port Vila before the storm", "capital_pop": "people living in the capital",
     "population": "Vanuatu's population", "evacuees": "people sheltering in evacuation centres (UN, Monday)",
     "centres": "evacuation centres open (UN, Monday)", "capital_buildings": "share of the capital's buildings damaged",
     "tanna_buildings": "share of Tanna's buildings damaged", "affected": "people affected",
     "islands": "islands affected", "damage_max": "highest share of buildings and crops damaged on the islands",
     "donations": "donors' contributions (million US dollars)", "cost_vt": "damage and losses (billion vatu)",
     "cost_usd": "damage and losses (million US dollars)", "cost_gdp": "damage and losses as a share of GDP",
     "damage_vt": "damage (billion vatu)", "loss_vt": "losses (billion vatu)", "displaced": "people driven from their homes",
     "buildings": "buildings damaged or destroyed", "rural": "share of the rural population whose livelihoods were hit",
     # dates
     "passage": "night the storm passed the capital's island", "evac_day": "day people were moved to the centres",
     "count8_day": "day of the count of eight", "count24_day": "day of the count of 24",
     "count11_day": "day the toll was lowered to 11", "outer_reach": "day relief teams reached the outer islands",
     "lonsdale_return": "day the president flew home", "count11b_day": "day the toll was lowered to 11 again",
     "ndmo_explain": "day the disaster office explained its count", "donors_day": "day of the donors' tally and the minister's visit",
    }
    ms = [
     M(AP, "At least eight", N, "dead", 8, SUN15, qual="atleast", src=OFF),
     M(AP, "Sunday", D, "count8_day", "2015-03-15"),
     M(AP, "Friday night", D, "passage", "2015-03-13"),
     M(AP, "about 250 kilometers per hour", N, "winds", 250, qual="approx", cls="kmh"),
     M(AP, "320 kph", N, "gusts", 320, cls="kmh"),
     M(AP, "44 more deaths", N, "unconfirmed", 44),
     M(AP, "Friday", D, "evac_day", "2015-03-13", occ=2),
     M(AP, "23 evacuation centers", N, "pv_centres", 23),
     M(AP, "About 47,000", N, "capital_pop", 47000, qual="approx"),
     M(AP, "roughly 267,000 people", N, "population", 267000, qual="approx"),

     M(K, "24 orang", N, "dead", 24, MON16, src=OFF),
     M(K, "Senin (16/3/2015)", D, "count24_day", "2015-03-16"),
     M(K, "Minggu (15/3/2015)", D, "count8_day", "2015-03-15"),
     M(K, "sedikitnya delapan orang", N, "dead", 8, SUN15, qual="atleast", src=IFRC),
     M(K, "3.300 orang", N, "evacuees", 3300, MON16),
     M(K, "37 pusat evakuasi", N, "centres", 37, MON16),
     M(K, "Jumat (13/3/2015) malam", D, "passage", "2015-03-13"),
     M(K, "sekitar 90 persen", N, "capital_buildings", 90, qual="approx", cls="pct"),

     M(R, "11", N, "dead", 11, TUE17, src=OFF),
     M(R, "Tuesday", D, "count11_day", "2015-03-17"),
     M(R, "24", N, "dead", 24, MON16, src=OFF),
     M(R, "Monday", D, "count24_day", "2015-03-16"),
     M(R, "11 deaths", N, "dead", 11, TUE17, src=OFF),
     M(R, "five", N, "tanna_dead", 5),
     M(R, "Tuesday", D, "outer_reach", "2015-03-17", occ=2),
     M(R, "Friday", D, "passage", "2015-03-13"),
     M(R, "more than 80 percent", N, "tanna_buildings", 80, qual="morethan", cls="pct"),
     M(R, "Tuesday", D, "lonsdale_return", "2015-03-17", occ=3),
     M(R, "about 90 percent", N, "capital_buildings", 90, qual="approx", cls="pct"),

     M(T, "11 orang", N, "dead", 11, MON23, src=OFF),
     M(T, "Senin (23/3/2015)", D, "count11b_day", "2015-03-23"),
     M(T, "16 korban jiwa", N, "dead", 16, SUN22, src=OFF),
     M(T, "13 Maret", D, "passage", "2015-03-13"),
     M(T, "24 orang", N, "dead", 24, MON16, src=OFF),
     M(T, "Kamis (19/3/2015)", D, "ndmo_explain", "2015-03-19"),
     M(T, "tujuh orang", N, "direct_dead", 7, src=NDMO),
     M(T, "empat orang", N, "hospital_dead", 4, src=NDMO),
     M(T, "166.600 orang", N, "affected", 166600),
     M(T, "32 pulau", N, "islands", 32, planted=True),
     M(T, "90 persen", N, "damage_max", 90, cls="pct"),
     M(T, "Minggu (22/3/2015)", D, "donors_day", "2015-03-22"),
     M(T, "10 juta dolar AS", N, "donations", 10, qual="morethan", cls="usdm"),

     M(RN, "48.6 billion vatu", N, "cost_vt", 48.6, qual="approx", cls="vtbn"),
     M(RN, "US$449.4 million", N, "cost_usd", 449.4, cls="usdm"),
     M(RN, "64.1 percent", N, "cost_gdp", 64.1, cls="pct"),
     M(RN, "29.3 billion vatu", N, "damage_vt", 29.3, cls="vtbn"),
     M(RN, "19.3 billion vatu", N, "loss_vt", 19.3, cls="vtbn"),
     M(RN, "March 13", D, "passage", "2015-03-13"),
     M(RN, "250 km/h", N, "winds", 250, cls="kmh"),
     M(RN, "around 320 km/h", N, "gusts", 320, qual="approx", cls="kmh"),
     M(RN, "Eleven", N, "dead", 11, APR, src=OFF),
     M(RN, "About 65,000 people", N, "displaced", 65000, qual="approx"),
     M(RN, "some 17,000 buildings", N, "buildings", 17000, qual="approx"),
     M(RN, "166,600 people", N, "affected", 166600),
     M(RN, "22 islands", N, "islands", 22),
     M(RN, "at least 80 percent", N, "rural", 80, qual="atleast", cls="pct"),
    ]
    build("cyclone-pam-2015", "Cyclone Pam in Vanuatu (March 2015): the Category 5 storm passed Efate late on Friday "
          "13 March (sustained winds of about 250 km/h, gusts to 320 km/h); the official toll at least 8 (Sunday 15 "
          "March; the Red Cross federation also 8) -> 24 (Monday 16) -> lowered to 11 (Tuesday 17, victims counted "
          "twice) -> 16 (weekend of 21-22 March) -> lowered to 11 again (Monday 23), 11 a month on; 3,300 people in 37 "
          "evacuation centres (Monday 16), 166,600 people affected on 22 islands; the needs assessment's 48.6 billion "
          "vatu (US$449.4 million, 64.1% of GDP) of damage and losses, about 65,000 displaced and 17,000 buildings "
          "damaged", False, ms, names)


def election():
    R, K, A, AP, T = "reuters-sep24", "kompas-sep25", "antara-oct08", "ap-oct20", "tempo-oct27"
    # the preliminary count on election night (Saturday 23 September) against the final count with the special
    # votes (Saturday 7 October); shares and seats may move both ways between them (fall=True)
    S1, FIN = "2017-09-23T23", "2017-10-07"
    EC = "the Electoral Commission"
    names = {
     "nat_share": "National's share", "lab_share": "Labour's share", "nzf_share": "New Zealand First's share",
     "grn_share": "the Greens' share", "act_share": "ACT's share", "nat_seats": "National's seats",
     "lab_seats": "Labour's seats", "nzf_seats": "New Zealand First's seats", "grn_seats": "the Greens' seats",
     "act_seats": "ACT's seats", "nat_votes": "votes for National", "lab_votes": "votes for Labour",
     "nzf_votes": "votes for New Zealand First", "grn_votes": "votes for the Greens",
     "votes_counted": "votes counted on election night", "assembly": "seats in parliament",
     "majority": "seats needed to govern", "nat_nzf": "seats of National with New Zealand First",
     "left_bloc": "seats of Labour, the Greens and New Zealand First", "lab_nzf": "seats of Labour with New Zealand First",
     "specials": "special votes", "specials_share": "special votes' share of all votes", "overseas": "votes from overseas",
     "turnout": "turnout", "lead": "National's lead over Labour in seats", "nat_lost": "seats National lost",
     "grn_gain": "seats the Greens gained", "years_power": "years National had governed",
     "weeks_wait": "weeks from the election to the decision", "age": "Ardern's age",
     # dates
     "election": "day of the election", "final": "day of the final results", "english_since": "month English took office",
     "leader_since": "day Ardern became Labour leader", "peters_decision": "day Peters announced his choice",
     "youngest_since": "year of the last younger prime minister", "sworn_in": "day Ardern was sworn in",
    }
    ms = [
     M(R, "Saturday", D, "election", "2017-09-23"),
     M(R, "46.0 percent", N, "nat_share", 46.0, S1, cls="pct", src=EC, fall=True),
     M(R, "58 seats", N, "nat_seats", 58, S1, src=EC, fall=True),
     M(R, "120-seat", N, "assembly", 120),
     M(R, "35.8 percent", N, "lab_share", 35.8, S1, cls="pct", src=EC, fall=True),
     M(R, "45 seats", N, "lab_seats", 45, S1, src=EC, fall=True),
     M(R, "7.5 percent", N, "nzf_share", 7.5, S1, cls="pct", src=EC, fall=True),
     M(R, "9 seats", N, "nzf_seats", 9, S1, src=EC, fall=True),
     M(R, "5.9 percent", N, "grn_share", 5.9, S1, cls="pct", src=EC, fall=True),
     M(R, "7 seats", N, "grn_seats", 7, S1, src=EC, fall=True),
     M(R, "0.5 percent", N, "act_share", 0.5, S1, cls="pct", src=EC, fall=True),
     M(R, "61 seats", N, "majority", 61),
     M(R, "67 seats", N, "nat_nzf", 67, S1, src=EC, fall=True),
     M(R, "61", N, "left_bloc", 61, S1, src=EC, fall=True, occ=2),
     M(R, "Oct. 7", D, "final", "2017-10-07"),
     M(R, "December", D, "english_since", "2016-12"),
     M(R, "nine years", N, "years_power", 9, cls="dur"),
     M(R, "37", N, "age", 37, cls="age"),
     M(R, "Aug. 1", D, "leader_since", "2017-08-01"),

     M(K, "Sabtu (23/9/2017)", D, "election", "2017-09-23"),
     M(K, "998.813 suara", N, "nat_votes", 998813, S1, src=EC),
     M(K, "46 persen", N, "nat_share", 46, S1, cls="pct", src=EC, fall=True),
     M(K, "58 kursi", N, "nat_seats", 58, S1, src=EC, fall=True),
     M(K, "776.556 suara", N, "lab_votes", 776556, S1, src=EC),
     M(K, "35,8 persen", N, "lab_share", 35.8, S1, cls="pct", src=EC, fall=True),
     M(K, "45 kursi", N, "lab_seats", 45, S1, src=EC, fall=True),
     M(K, "162.988 suara", N, "nzf_votes", 162988, S1, src=EC),
     M(K, "9 kursi", N, "nzf_seats", 9, S1, src=EC, fall=True),
     M(K, "126.995 suara", N, "grn_votes", 126995, S1, src=EC),
     M(K, "7 kursi", N, "grn_seats", 7, S1, src=EC, fall=True),
     M(K, "2.169.802 suara", N, "votes_counted", 2169802, S1, src=EC),
     M(K, "120 orang", N, "assembly", 120),
     M(K, "61 kursi", N, "majority", 61),
     M(K, "7 Oktober", D, "final", "2017-10-07"),
     M(K, "1 Agustus", D, "leader_since", "2017-08-01"),

     M(A, "Sabtu (7/10/2017)", D, "final", "2017-10-07"),
     M(A, "dua kursi", N, "nat_lost", 2),
     M(A, "1.152.075 suara", N, "nat_votes", 1152075, FIN, src=EC),
     M(A, "44,4 persen", N, "nat_share", 44.4, FIN, cls="pct", src=EC, fall=True),
     M(A, "56 kursi", N, "nat_seats", 56, FIN, src=EC, fall=True),
     M(A, "58 kursi", N, "nat_seats", 58, S1, src=EC, fall=True),
     M(A, "46 kursi", N, "lab_seats", 46, FIN, src=EC, fall=True),
     M(A, "956.184 suara", N, "lab_votes", 956184, FIN, src=EC),
     M(A, "36,9 persen", N, "lab_share", 36.9, FIN, cls="pct", src=EC, fall=True),
     M(A, "satu kursi", N, "grn_gain", 1),
     M(A, "8 kursi", N, "grn_seats", 8, FIN, src=EC, fall=True),
     M(A, "6,3 persen", N, "grn_share", 6.3, FIN, cls="pct", src=EC, fall=True),
     M(A, "9 kursi", N, "nzf_seats", 9, FIN, src=EC, fall=True),
     M(A, "186.706 suara", N, "nzf_votes", 186706, FIN, src=EC),
     M(A, "7,2 persen", N, "nzf_share", 7.2, FIN, cls="pct", src=EC, fall=True),
     M(A, "satu kursi", N, "act_seats", 1, FIN, src=EC, fall=True, occ=2),
     M(A, "446.287 suara khusus", N, "specials", 446287),
     M(A, "17 persen", N, "specials_share", 17, cls="pct"),
     M(A, "61.524 suara", N, "overseas", 61524),
     M(A, "79,8 persen", N, "turnout", 79.8, cls="pct"),
     M(A, "63 kursi", N, "left_bloc", 63, FIN, src=EC, fall=True),
     M(A, "65 kursi", N, "nat_nzf", 65, FIN, src=EC, fall=True),
     M(A, "10 kursi", N, "lead", 10),

     M(AP, "Thursday", D, "peters_decision", "2017-10-19"),
     M(AP, "nearly four weeks", N, "weeks_wait", 4, qual="nearly", cls="dur"),
     M(AP, "Sept. 23", D, "election", "2017-09-23"),
     M(AP, "nine years", N, "years_power", 9, cls="dur"),
     M(AP, "46 seats", N, "lab_seats", 46, FIN, src=EC, fall=True),
     M(AP, "9", N, "nzf_seats", 9, FIN, src=EC, fall=True),
     M(AP, "55 seats", N, "lab_nzf", 55),
     M(AP, "120-seat", N, "assembly", 120),
     M(AP, "8 seats", N, "grn_seats", 8, FIN, src=EC, fall=True),
     M(AP, "63", N, "left_bloc", 63, FIN, src=EC, fall=True),
     M(AP, "56 seats", N, "nat_seats", 56, FIN, src=EC, fall=True),
     M(AP, "44.4 percent", N, "nat_share", 44.4, FIN, cls="pct", src=EC, fall=True),
     M(AP, "Oct. 7", D, "final", "2017-10-07"),
     M(AP, "37", N, "age", 37, cls="age"),
     M(AP, "1856", D, "youngest_since", "1856"),
     M(AP, "Aug. 1", D, "leader_since", "2017-08-01"),
     M(AP, "36.9 percent", N, "lab_share", 36.9, FIN, cls="pct", src=EC, fall=True),
     M(AP, "78.9 percent", N, "turnout", 78.9, cls="pct", planted=True),

     M(T, "Kamis (26/10/2017)", D, "sworn_in", "2017-10-26"),
     M(T, "37 tahun", N, "age", 37, cls="age"),
     M(T, "1856", D, "youngest_since", "1856"),
     M(T, "55 kursi", N, "lab_nzf", 55),
     M(T, "8 kursi", N, "grn_seats", 8, FIN, src=EC, fall=True),
     M(T, "63", N, "left_bloc", 63, FIN, src=EC, fall=True),
     M(T, "120 anggota", N, "assembly", 120),
     M(T, "Kamis (19/10/2017)", D, "peters_decision", "2017-10-19"),
     M(T, "hampir empat pekan", N, "weeks_wait", 4, qual="nearly", cls="dur"),
     M(T, "Sabtu (24/9/2017)", D, "election", "2017-09-24", planted=True),
     M(T, "56 kursi", N, "nat_seats", 56, FIN, src=EC, fall=True),
     M(T, "46 kursi", N, "lab_seats", 46, FIN, src=EC, fall=True),
     M(T, "45 kursi", N, "lab_seats", 45, S1, src=EC, fall=True),
    ]
    build("zealand-election-2017", "New Zealand's general election of Saturday 23 September 2017: the preliminary "
          "count on the night (National 998,813 votes, 46.0%, 58 seats; Labour 776,556, 35.8%, 45; New Zealand First "
          "162,988, 7.5%, 9; Greens 126,995, 5.9%, 7; ACT 0.5%, 1; 2,169,802 votes counted) against the final count "
          "with 446,287 special votes on Saturday 7 October (National 1,152,075, 44.4%, 56; Labour 956,184, 36.9%, 46; "
          "New Zealand First 186,706, 7.2%, 9; Greens 6.3%, 8; turnout 79.8%); Peters's choice of Labour on Thursday "
          "19 October (55 seats, 63 with the Greens of 120) and Ardern, 37, sworn in on Thursday 26 October 2017",
          False, ms, names)


def gdp():
    R, S, B, K = "reuters-jun15", "stuff-jun16", "bisnis-jun17", "kontan-jun18"
    names = {
     "gdp_q1": "GDP's fall in the March 2023 quarter", "gdp_q4": "GDP's fall in the December 2022 quarter",
     "business": "business services' fall", "media": "information media and telecommunications' rise",
     "exp_gdp": "the expenditure measure's fall", "households": "household consumption's rise",
     "investment": "fixed-asset investment's rise", "ocr": "the official cash rate", "australia": "Australia's growth",
     "japan": "Japan's growth", "uk": "the United Kingdom's growth",
     # dates
     "release": "day of the release", "ocr_month": "month of the rate rise",
    }
    ms = [
     M(R, "0.1%", N, "gdp_q1", 0.1, cls="pct"),
     M(R, "Thursday", D, "release", "2023-06-15"),
     M(R, "0.7%", N, "gdp_q4", 0.7, cls="pct"),
     M(R, "3.5%", N, "business", 3.5, cls="pct"),
     M(R, "2.7%", N, "media", 2.7, cls="pct"),
     M(R, "0.2%", N, "exp_gdp", 0.2, cls="pct"),
     M(R, "2.4%", N, "households", 2.4, cls="pct"),
     M(R, "2.0%", N, "investment", 2.0, cls="pct"),
     M(R, "5.5%", N, "ocr", 5.5, cls="pct"),
     M(R, "May", D, "ocr_month", "2023-05"),

     M(S, "0.1%", N, "gdp_q1", 0.1, cls="pct"),
     M(S, "Thursday, June 15", D, "release", "2023-06-15"),
     M(S, "0.7%", N, "gdp_q4", 0.7, cls="pct"),
     M(S, "3.5%", N, "business", 3.5, cls="pct"),
     M(S, "2.7%", N, "media", 2.7, cls="pct"),
     M(S, "0.2%", N, "exp_gdp", 0.2, cls="pct"),
     M(S, "2.4%", N, "households", 2.4, cls="pct"),
     M(S, "2.0%", N, "investment", 2.0, cls="pct"),
     M(S, "0.1%", N, "gdp_q1", 0.1, cls="pct", occ=2),
     M(S, "0.2%", N, "australia", 0.2, cls="pct", occ=2),
     M(S, "0.7%", N, "japan", 0.7, cls="pct", occ=2),
     M(S, "0.1%", N, "uk", 0.1, cls="pct", occ=3),

     M(B, "0,1%", N, "gdp_q1", 0.1, cls="pct"),
     M(B, "0,7%", N, "gdp_q4", 0.7, cls="pct"),
     M(B, "Kamis (15/6/2023)", D, "release", "2023-06-15"),
     M(B, "3,5%", N, "business", 3.5, cls="pct"),
     M(B, "2,7%", N, "media", 2.7, cls="pct"),
     M(B, "0,2%", N, "exp_gdp", 0.2, cls="pct"),
     M(B, "2,4%", N, "households", 2.4, cls="pct"),
     M(B, "2,0%", N, "investment", 2.0, cls="pct"),
     M(B, "5,5%", N, "ocr", 5.5, cls="pct"),
     M(B, "Mei 2023", D, "ocr_month", "2023-05"),

     M(K, "0,1 persen", N, "gdp_q1", 0.1, cls="pct"),
     M(K, "0,7 persen", N, "gdp_q4", 0.7, cls="pct"),
     M(K, "Kamis, 15 Juni 2023", D, "release", "2023-06-15"),
     M(K, "3,5 persen", N, "business", 3.5, cls="pct"),
     M(K, "2,7 persen", N, "media", 2.7, cls="pct"),
     M(K, "0,2 persen", N, "exp_gdp", 0.2, cls="pct"),
     M(K, "2,4 persen", N, "households", 2.4, cls="pct"),
     M(K, "2,0 persen", N, "investment", 2.0, cls="pct"),
     M(K, "0,2 persen", N, "australia", 0.2, cls="pct", occ=2),
     M(K, "0,7 persen", N, "japan", 0.7, cls="pct", occ=2),
     M(K, "0,1 persen", N, "uk", 0.1, cls="pct", occ=2),
     M(K, "5,5 persen", N, "ocr", 5.5, cls="pct"),
     M(K, "Mei", D, "ocr_month", "2023-05"),
    ]
    build("nz-q1-gdp-2023", "Stats NZ's GDP release (control) of Thursday 15 June 2023: GDP down 0.1% in the March "
          "2023 quarter after a 0.7% fall in the December 2022 quarter (a technical recession); business services down "
          "3.5%, information media and telecommunications up 2.7%; the expenditure measure down 0.2%, household "
          "consumption up 2.4%, fixed-asset investment up 2.0%; Australia 0.2%, Japan 0.7%, the United Kingdom 0.1% "
          "over the quarter; the official cash rate raised to 5.5% in May 2023. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    pam()
    election()
    gdp()
