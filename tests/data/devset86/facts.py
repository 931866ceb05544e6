"""The eighty-sixth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset86/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def quake():
    R, K, A, T, AN = "reuters-sep20", "kompas-sep21", "ap-sep27", "tempo-oct02", "antara-sep19-2018"
    # the civil protection agency's tallies: late Tuesday 19 September (248), overnight (217), Wednesday 9 a.m.
    # (225), Wednesday evening (223, two fewer), Monday 25 September (325), Tuesday 26 September (331), Sunday
    # 1 October (361) and the final count recalled a year on (369)
    T248, T217, T225, T223, T325, T331, T361, FINAL = ("2017-09-19T23", "2017-09-20T03", "2017-09-20T09",
                                                       "2017-09-20T20", "2017-09-25", "2017-09-26", "2017-10-01",
                                                       "2018-09-19")
    # the seismological service's first magnitude (6.8), raised to 7.1 shortly after
    MAG0, MAG1 = "2017-09-19T13", "2017-09-19T14"
    SSN, USGS = "the National Seismological Service", "the USGS"
    names = {
     "dead": "people killed", "cdmx": "dead in Mexico City", "morelos": "dead in Morelos",
     "puebla": "dead in Puebla", "edomex": "dead in the State of Mexico", "guerrero": "dead in Guerrero",
     "oaxaca": "dead in Oaxaca", "mag": "magnitude of the quake", "depth": "depth of the quake",
     "dist_axo": "distance of the epicentre from Axochiapan", "dist_capital": "distance of the epicentre from the capital",
     "drill_gap": "time between the drill and the quake", "anniv_years": "years since the 1985 quake",
     "gap_days": "days since the quake of 7 September", "mag_sep7": "magnitude of the quake of 7 September",
     "dead_sep7": "people killed by the quake of 7 September", "mourning_days": "days of national mourning",
     "power_pct": "share of Mexico City customers with power restored", "customers": "Mexico City customers who lost power",
     "states_closed": "states where classes were suspended", "hospital": "people still in hospital",
     "aftershocks": "aftershocks recorded", "aftershock_mag": "magnitude of the strongest aftershock",
     "buildings": "buildings collapsed in the capital", "school_children": "children killed at the school",
     "school_adults": "adults killed at the school", "states_hit": "states with dead besides the capital",
     # dates
     "quake": "day of the quake", "quake1985": "the 1985 quake", "count248": "day of the tally of 248",
     "count225": "day of the tally of 225", "count223": "day of the tally of 223", "count325": "day of the tally of 325",
     "count331": "day of the tally of 331", "count361": "day of the tally of 361", "anniversary": "day of the first anniversary",
    }
    ms = [
     M(R, "Wednesday", D, "count225", "2017-09-20"),
     M(R, "225 people", N, "dead", 225, T225),
     M(R, "7.1", N, "mag", 7.1, MAG1, cls="mag"),
     M(R, "Tuesday", D, "quake", "2017-09-19"),
     M(R, "248", N, "dead", 248, T248),
     M(R, "217", N, "dead", 217, T217),
     M(R, "94", N, "cdmx", 94, T225),
     M(R, "71", N, "morelos", 71, T225),
     M(R, "43", N, "puebla", 43, T225),
     M(R, "12", N, "edomex", 12, T225),
     M(R, "four", N, "guerrero", 4, T225),
     M(R, "one", N, "oaxaca", 1, T225),
     M(R, "12 km", N, "dist_axo", 12, cls="km"),
     M(R, "57 km", N, "depth", 57, cls="km"),
     M(R, "some 120 km", N, "dist_capital", 120, qual="approx", cls="km"),
     M(R, "about two hours", N, "drill_gap", 2, qual="approx", cls="dur"),
     M(R, "1985", D, "quake1985", "1985"),
     M(R, "32 years", N, "anniv_years", 32, cls="dur"),
     M(R, "12 days", N, "gap_days", 12, cls="dur"),
     M(R, "8.2", N, "mag_sep7", 8.2, cls="mag", src=SSN),
     M(R, "98 people", N, "dead_sep7", 98),
     M(R, "three days", N, "mourning_days", 3, cls="dur"),
     M(R, "85%", N, "power_pct", 85, cls="pct"),
     M(R, "1.8 million customers", N, "customers", 1800000),

     M(K, "7,1", N, "mag", 7.1, MAG1, cls="mag"),
     M(K, "223 orang", N, "dead", 223, T223),
     M(K, "Rabu (20/9/2017)", D, "count223", "2017-09-20"),
     M(K, "225", N, "dead", 225, T225),
     M(K, "93", N, "cdmx", 93, T223),
     M(K, "69", N, "morelos", 69, T223),
     M(K, "43", N, "puebla", 43, T223),
     M(K, "13", N, "edomex", 13, T223),
     M(K, "empat", N, "guerrero", 4, T223),
     M(K, "satu", N, "oaxaca", 1, T223),
     M(K, "248", N, "dead", 248, T248),
     M(K, "Selasa malam", D, "count248", "2017-09-19"),
     M(K, "217", N, "dead", 217, T217),
     M(K, "Selasa (19/9/2017)", D, "quake", "2017-09-19"),
     M(K, "12 kilometer", N, "dist_axo", 12, cls="km"),
     M(K, "75 kilometer", N, "depth", 75, cls="km", planted=True),
     M(K, "6,8", N, "mag", 6.8, MAG0, cls="mag"),
     M(K, "7,1", N, "mag", 7.1, MAG1, cls="mag", occ=2),
     M(K, "32 tahun", N, "anniv_years", 32, cls="dur"),
     M(K, "19 September 1985", D, "quake1985", "1985-09-19"),
     M(K, "Sekitar dua jam", N, "drill_gap", 2, qual="approx", cls="dur"),
     M(K, "tiga hari", N, "mourning_days", 3, cls="dur"),
     M(K, "10 negara bagian", N, "states_closed", 10),

     M(A, "7.1", N, "mag", 7.1, MAG1, cls="mag"),
     M(A, "331", N, "dead", 331, T331),
     M(A, "Tuesday", D, "count331", "2017-09-26"),
     M(A, "325", N, "dead", 325, T325),
     M(A, "192", N, "cdmx", 192, T331),
     M(A, "74", N, "morelos", 74, T331),
     M(A, "45", N, "puebla", 45, T331),
     M(A, "13", N, "edomex", 13, T331),
     M(A, "six", N, "guerrero", 6, T331),
     M(A, "one", N, "oaxaca", 1, T331),
     M(A, "186", N, "cdmx", 186, T325),
     M(A, "Monday", D, "count325", "2017-09-25"),
     M(A, "Sept. 19", D, "quake", "2017-09-19"),
     M(A, "1985", D, "quake1985", "1985"),
     M(A, "248", N, "dead", 248, T248),
     M(A, "217", N, "dead", 217, T217),
     M(A, "225", N, "dead", 225, T225),
     M(A, "223", N, "dead", 223, T223),
     M(A, "Sept. 20", D, "count223", "2017-09-20"),
     M(A, "about 120 kilometers", N, "dist_capital", 120, qual="approx", cls="km"),
     M(A, "12 days", N, "gap_days", 12, cls="dur"),
     M(A, "8.1", N, "mag_sep7", 8.1, cls="mag", src=USGS),
     M(A, "nearly 100 people", N, "dead_sep7", 100, qual="nearly"),

     M(T, "7,1", N, "mag", 7.1, MAG1, cls="mag"),
     M(T, "19 September 2017", D, "quake", "2017-09-19"),
     M(T, "361 orang", N, "dead", 361, T361),
     M(T, "Minggu, 1 Oktober 2017", D, "count361", "2017-10-01"),
     M(T, "220", N, "cdmx", 220, T361),
     M(T, "74", N, "morelos", 74, T361),
     M(T, "45", N, "puebla", 45, T361),
     M(T, "15", N, "edomex", 15, T361),
     M(T, "enam", N, "guerrero", 6, T361),
     M(T, "satu", N, "oaxaca", 1, T361),
     M(T, "332 orang", N, "hospital", 332, T361, fall=True),
     M(T, "39 gempa susulan", N, "aftershocks", 39, T361),
     M(T, "4,0", N, "aftershock_mag", 4.0, cls="mag"),
     M(T, "57 kilometer", N, "depth", 57, cls="km"),
     M(T, "sekitar 120 kilometer", N, "dist_capital", 120, qual="approx", cls="km"),
     M(T, "248", N, "dead", 248, T248),
     M(T, "217", N, "dead", 217, T217),
     M(T, "12 hari", N, "gap_days", 12, cls="dur"),
     M(T, "8,2", N, "mag_sep7", 8.2, cls="mag", src=SSN),

     M(AN, "Rabu (19/9/2018)", D, "anniversary", "2018-09-19"),
     M(AN, "7,1", N, "mag", 7.1, MAG1, cls="mag"),
     M(AN, "369 orang", N, "dead", 369, FINAL),
     M(AN, "lima negara bagian", N, "states_hit", 5),
     M(AN, "228", N, "cdmx", 228, FINAL),
     M(AN, "74", N, "morelos", 74, FINAL),
     M(AN, "45", N, "puebla", 45, FINAL),
     M(AN, "15", N, "edomex", 15, FINAL),
     M(AN, "enam", N, "guerrero", 6, FINAL),
     M(AN, "satu", N, "oaxaca", 1, FINAL),
     M(AN, "38 gedung", N, "buildings", 38),
     M(AN, "19 anak", N, "school_children", 19),
     M(AN, "tujuh orang dewasa", N, "school_adults", 7),
     M(AN, "248", N, "dead", 248, T248),
     M(AN, "217", N, "dead", 217, T217),
     M(AN, "225", N, "dead", 225, T225),
     M(AN, "223", N, "dead", 223, T223),
     M(AN, "Selasa, 19 September 2017", D, "quake", "2017-09-19"),
     M(AN, "32 tahun", N, "anniv_years", 32, cls="dur"),
     M(AN, "1985", D, "quake1985", "1985"),
     M(AN, "sekitar 120 kilometer", N, "dist_capital", 120, qual="approx", cls="km"),
    ]
    build("puebla-quake-2017", "The magnitude 7.1 earthquake of Tuesday 19 September 2017 in central Mexico "
          "(epicentre 12 km southeast of Axochiapan, Morelos, on the Puebla border, 57 km deep by the National "
          "Seismological Service, which first gave 6.8): the civil protection agency's toll of 248 late on Tuesday "
          "lowered to 217 overnight, 225 at 9 a.m. on Wednesday 20 September (94 in Mexico City, 71 in Morelos), "
          "lowered to 223 that evening (93, 69); 325 on Monday 25 September (186 in Mexico City); 331 on Tuesday 26 "
          "September (192); 361 on Sunday 1 October (220); 369 in the final count (228 in Mexico City, 74 in Morelos, "
          "45 in Puebla, 15 in the State of Mexico, six in Guerrero, one in Oaxaca), recalled on the first "
          "anniversary, Wednesday 19 September 2018", False, ms, names)


def denmark():
    R, K, A, T = "reuters-nov02", "kompas-nov03", "ap-dec15", "tempo-dec16"
    OFF, EXIT = "the official count", "DR's exit poll"
    names = {
     "sd_share": "Social Democrats' share", "red_seats": "seats of the centre-left bloc", "total_seats": "seats in parliament",
     "north_seats": "seats elected in Greenland and the Faroe Islands", "north_aligned": "North Atlantic seats won by the bloc's allies",
     "sd_seats": "Social Democrats' seats", "v_seats": "Liberal Party's seats", "v_seats19": "Liberal Party's seats in 2019",
     "v_share": "Liberal Party's share", "m_seats": "Moderates' seats", "m_share": "Moderates' share",
     "blue_seats": "seats of the right-wing bloc", "turnout": "turnout", "dd_seats": "Denmark Democrats' seats",
     "dd_share": "Denmark Democrats' share", "la_seats": "Liberal Alliance's seats", "la_share": "Liberal Alliance's share",
     "df_seats": "Danish People's Party's seats", "df_share": "Danish People's Party's share",
     "best_years": "years since the Social Democrats' last result this good", "early_months": "months the election was early",
     "coalition_seats": "seats of the three-party coalition", "ministers": "ministers in the new government",
     "sd_min": "Social Democrat ministers", "v_min": "Liberal ministers", "m_min": "Moderate ministers",
     "women": "women ministers", "talks_days": "days of coalition talks",
     "cross_years": "years since the last coalition across the centre", "last_months": "months the 1978 coalition lasted",
     "days_to_cabinet": "days from the election to the new cabinet",
     # dates
     "election": "day of the election", "greenland": "day Greenland's count was completed",
     "resignation": "day Frederiksen handed in her resignation", "called": "day the election was called",
     "y2019": "the 2019 election", "presented": "day the new government was presented",
     "agreed": "day the coalition deal was announced", "y1978": "the 1978 coalition",
     "first_session": "day of the new parliament's first sitting",
    }
    ms = [
     M(R, "27.5%", N, "sd_share", 27.5, cls="pct"),
     M(R, "Tuesday", D, "election", "2022-11-01"),
     M(R, "two decades", N, "best_years", 20, cls="dur"),
     M(R, "90", N, "red_seats", 90, src=OFF),
     M(R, "179", N, "total_seats", 179),
     M(R, "four seats", N, "north_seats", 4),
     M(R, "three", N, "north_aligned", 3),
     M(R, "Wednesday", D, "greenland", "2022-11-02"),
     M(R, "50 seats", N, "sd_seats", 50),
     M(R, "23 seats", N, "v_seats", 23),
     M(R, "43", N, "v_seats19", 43),
     M(R, "13.3%", N, "v_share", 13.3, cls="pct"),
     M(R, "16 seats", N, "m_seats", 16, src=OFF),
     M(R, "9.3%", N, "m_share", 9.3, cls="pct"),
     M(R, "85 seats", N, "red_seats", 85, src=EXIT),
     M(R, "73", N, "blue_seats", 73, src=EXIT),
     M(R, "17", N, "m_seats", 17, src=EXIT),
     M(R, "84.16%", N, "turnout", 84.16, cls="pct"),
     M(R, "14 seats", N, "dd_seats", 14),
     M(R, "five seats", N, "df_seats", 5),
     M(R, "2.6%", N, "df_share", 2.6, cls="pct"),
     M(R, "Wednesday", D, "resignation", "2022-11-02", occ=2),
     M(R, "Oct. 5", D, "called", "2022-10-05"),
     M(R, "seven months", N, "early_months", 7, cls="dur"),

     M(K, "Rabu (2/11/2022)", D, "resignation", "2022-11-02"),
     M(K, "27,5 persen", N, "sd_share", 27.5, cls="pct"),
     M(K, "50 kursi", N, "sd_seats", 50),
     M(K, "179 orang", N, "total_seats", 179),
     M(K, "90 kursi", N, "red_seats", 90, src=OFF),
     M(K, "23 kursi", N, "v_seats", 23),
     M(K, "43 kursi", N, "v_seats19", 43),
     M(K, "2019", D, "y2019", "2019"),
     M(K, "15 kursi", N, "m_seats", 15, src=OFF, planted=True),
     M(K, "9,3 persen", N, "m_share", 9.3, cls="pct"),
     M(K, "14 kursi", N, "dd_seats", 14),
     M(K, "8,1 persen", N, "dd_share", 8.1, cls="pct"),
     M(K, "14 kursi", N, "la_seats", 14, occ=2),
     M(K, "7,9 persen", N, "la_share", 7.9, cls="pct"),
     M(K, "84,2 persen", N, "turnout", 84.2, qual="approx", cls="pct"),
     M(K, "Selasa (1/11/2022)", D, "election", "2022-11-01"),
     M(K, "tujuh bulan", N, "early_months", 7, cls="dur"),
     M(K, "20 tahun", N, "best_years", 20, cls="dur"),

     M(A, "Thursday", D, "presented", "2022-12-15"),
     M(A, "Tuesday", D, "agreed", "2022-12-13"),
     M(A, "42 days", N, "talks_days", 42, cls="dur"),
     M(A, "Nov. 1", D, "election", "2022-11-01"),
     M(A, "89", N, "coalition_seats", 89),
     M(A, "179", N, "total_seats", 179),
     M(A, "50 seats", N, "sd_seats", 50),
     M(A, "23", N, "v_seats", 23),
     M(A, "16", N, "m_seats", 16, src=OFF),
     M(A, "23 ministers", N, "ministers", 23),
     M(A, "11", N, "sd_min", 11),
     M(A, "seven", N, "v_min", 7),
     M(A, "five", N, "m_min", 5),
     M(A, "eight of them", N, "women", 8),
     M(A, "44 years", N, "cross_years", 44, cls="dur"),
     M(A, "1978", D, "y1978", "1978"),
     M(A, "eight months", N, "last_months", 8, cls="dur"),
     M(A, "90 seats", N, "red_seats", 90, src=OFF),

     M(T, "Kamis (16/12/2022)", D, "presented", "2022-12-16", planted=True),
     M(T, "44 hari", N, "days_to_cabinet", 44, cls="dur"),
     M(T, "1 November 2022", D, "election", "2022-11-01"),
     M(T, "89", N, "coalition_seats", 89),
     M(T, "179 kursi", N, "total_seats", 179),
     M(T, "23 menteri", N, "ministers", 23),
     M(T, "11 menteri", N, "sd_min", 11),
     M(T, "tujuh", N, "v_min", 7),
     M(T, "lima", N, "m_min", 5),
     M(T, "Selasa (13/12/2022)", D, "agreed", "2022-12-13"),
     M(T, "42 hari", N, "talks_days", 42, cls="dur"),
     M(T, "50 kursi", N, "sd_seats", 50),
     M(T, "27,5 persen", N, "sd_share", 27.5, cls="pct"),
     M(T, "23 kursi", N, "v_seats", 23),
     M(T, "16 kursi", N, "m_seats", 16, src=OFF),
     M(T, "90 kursi", N, "red_seats", 90, src=OFF),
     M(T, "1978", D, "y1978", "1978"),
     M(T, "15 November", D, "first_session", "2022-11-15"),
    ]
    build("denmark-election-2022", "Denmark's general election of Tuesday 1 November 2022 (called on 5 October): "
          "the Social Democrats 27.5% and 50 seats, the Liberal Party 13.3% and 23 seats (43 in 2019), the Moderates "
          "9.3% and 16 seats, the Denmark Democrats 8.1% and 14, Liberal Alliance 7.9% and 14, the Danish People's "
          "Party 2.6% and five; the centre-left bloc 90 of 179 seats with three of the four North Atlantic seats "
          "(DR's exit poll: 85, the right-wing bloc 73, the Moderates 17); turnout 84.16%; Frederiksen's resignation "
          "on Wednesday 2 November; the coalition of the Social Democrats, the Liberals and the Moderates (89 seats) "
          "agreed on Tuesday 13 December after 42 days of talks and presented on Thursday 15 December 2022 (23 "
          "ministers: 11, seven and five, eight women)", False, ms, names)


def iceland():
    R, IR, B, K = "reuters-may24", "icelandreview-may25", "bisnis-may26", "kontan-may27"
    names = {
     "hike": "size of the increase", "rate": "the new key rate", "prev_rate": "the key rate before the decision",
     "cpi": "twelve-month inflation in April", "gdp": "GDP growth forecast for 2023",
     "gdp_prev": "February's GDP growth forecast for 2023", "rr_new": "the new fixed reserve requirement",
     "rr_old": "the previous fixed reserve requirement", "target": "the inflation target",
     "overnight": "the overnight lending rate", "collat": "the seven-day collateralised lending rate",
     "current": "the current account rate", "prev_hike": "size of the March increase",
     "term_days": "term of the deposits carrying the key rate", "collat_days": "term of the collateralised loans",
     # dates
     "decision": "day of the decision", "prev_decision": "month of the previous decision",
     "cpi_month": "month of the inflation reading", "fc_prev": "month of the previous forecast",
     "fc_year": "year of the growth forecast", "next": "day of the next decision",
    }
    ms = [
     M(R, "1.25 percentage points", N, "hike", 1.25, cls="pp"),
     M(R, "8.75%", N, "rate", 8.75, cls="pct"),
     M(R, "Wednesday", D, "decision", "2023-05-24"),
     M(R, "seven-day", N, "term_days", 7, cls="dur"),
     M(R, "7.5%", N, "prev_rate", 7.5, cls="pct"),
     M(R, "March", D, "prev_decision", "2023-03"),
     M(R, "9.9%", N, "cpi", 9.9, cls="pct"),
     M(R, "April", D, "cpi_month", "2023-04"),
     M(R, "4.8%", N, "gdp", 4.8, cls="pct"),
     M(R, "2.6%", N, "gdp_prev", 2.6, cls="pct"),
     M(R, "February", D, "fc_prev", "2023-02"),
     M(R, "2%", N, "rr_new", 2, cls="pct"),
     M(R, "1%", N, "rr_old", 1, cls="pct"),
     M(R, "2.5%", N, "target", 2.5, cls="pct"),

     M(IR, "Wednesday, May 24", D, "decision", "2023-05-24"),
     M(IR, "125 basis points", N, "hike", 1.25, qual="unit", cls="pp"),
     M(IR, "8.75%", N, "rate", 8.75, cls="pct"),
     M(IR, "seven-day", N, "term_days", 7, cls="dur"),
     M(IR, "7.50%", N, "prev_rate", 7.5, cls="pct"),
     M(IR, "March", D, "prev_decision", "2023-03"),
     M(IR, "10.5%", N, "overnight", 10.5, cls="pct"),
     M(IR, "seven-day", N, "collat_days", 7, cls="dur", occ=2),
     M(IR, "9.5%", N, "collat", 9.5, cls="pct"),
     M(IR, "8.5%", N, "current", 8.5, cls="pct"),
     M(IR, "9.9%", N, "cpi", 9.9, cls="pct"),
     M(IR, "April", D, "cpi_month", "2023-04"),
     M(IR, "2.5%", N, "target", 2.5, cls="pct"),
     M(IR, "4.8%", N, "gdp", 4.8, cls="pct"),
     M(IR, "2.6%", N, "gdp_prev", 2.6, cls="pct"),
     M(IR, "February", D, "fc_prev", "2023-02"),
     M(IR, "1%", N, "rr_old", 1, cls="pct"),
     M(IR, "2%", N, "rr_new", 2, cls="pct"),
     M(IR, "August 23", D, "next", "2023-08-23"),

     M(B, "125 basis poin", N, "hike", 1.25, qual="unit", cls="pp"),
     M(B, "8,75%", N, "rate", 8.75, cls="pct"),
     M(B, "Rabu (24/5/2023)", D, "decision", "2023-05-24"),
     M(B, "7,5%", N, "prev_rate", 7.5, cls="pct"),
     M(B, "April", D, "cpi_month", "2023-04"),
     M(B, "9,9%", N, "cpi", 9.9, cls="pct"),
     M(B, "2023", D, "fc_year", "2023", occ=2),
     M(B, "4,8%", N, "gdp", 4.8, cls="pct"),
     M(B, "2,6%", N, "gdp_prev", 2.6, cls="pct"),
     M(B, "Februari", D, "fc_prev", "2023-02"),
     M(B, "1%", N, "rr_old", 1, cls="pct"),
     M(B, "2%", N, "rr_new", 2, cls="pct"),
     M(B, "2,5%", N, "target", 2.5, cls="pct"),
     M(B, "10,5%", N, "overnight", 10.5, cls="pct"),
     M(B, "8,5%", N, "current", 8.5, cls="pct"),

     M(K, "1,25 poin persentase", N, "hike", 1.25, cls="pp"),
     M(K, "8,75%", N, "rate", 8.75, cls="pct"),
     M(K, "Rabu, 24 Mei 2023", D, "decision", "2023-05-24"),
     M(K, "1 poin persentase", N, "prev_hike", 1, cls="pp"),
     M(K, "Maret", D, "prev_decision", "2023-03"),
     M(K, "7,5%", N, "prev_rate", 7.5, cls="pct"),
     M(K, "April", D, "cpi_month", "2023-04"),
     M(K, "9,9%", N, "cpi", 9.9, cls="pct"),
     M(K, "2,5%", N, "target", 2.5, cls="pct"),
     M(K, "2023", D, "fc_year", "2023", occ=2),
     M(K, "4,8%", N, "gdp", 4.8, cls="pct"),
     M(K, "1%", N, "rr_old", 1, cls="pct"),
     M(K, "2%", N, "rr_new", 2, cls="pct"),
     M(K, "23 Agustus 2023", D, "next", "2023-08-23"),
    ]
    build("iceland-rate-2023", "The Central Bank of Iceland's rate decision (control) of Wednesday 24 May 2023: the "
          "key rate (seven-day term deposits) raised 1.25 percentage points from 7.5% to 8.75%, the overnight lending "
          "rate 10.5%, seven-day collateralised loans 9.5%, current accounts 8.5%; the fixed reserve requirement from "
          "1% to 2%; inflation 9.9% in April against the 2.5% target; GDP growth forecast for 2023 4.8% (2.6% in "
          "February); the previous decision in March (a 1-point rise), the next on 23 August 2023. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    quake()
    denmark()
    iceland()
