"""The fifty-eighth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset58/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def gorontalo():
    R, K, J, A, G = "reuters-jul08", "detik-jul09", "jakartapost-jul10", "antara-jul14", "mongabay-aug12"
    # as-of times of the running tallies: Monday morning and night, Tuesday morning and afternoon, the search's
    # close on Saturday 13 July (the final count), the last recap on Sunday 14 July
    MON_AM, MON_PM, TUE_AM, TUE_PM = "2024-07-08T10", "2024-07-08T20", "2024-07-09T08", "2024-07-09T15"
    FINAL, RECAP = "2024-07-13", "2024-07-14"
    SAR, BPBD = "the Gorontalo search and rescue office", "the Bone Bolango disaster mitigation agency"
    names = {
     "dead": "people killed by the landslide", "missing": "people missing", "survivors": "survivors recorded",
     "affected": "people recorded at the site when the landslide struck", "escaped": "people who escaped on their own",
     "rescued": "people pulled out alive by rescuers (Tuesday's count)", "injured": "injured among those pulled out alive",
     "rescued_sun": "injured people pulled out alive on the Sunday", "unidentified": "dead still unidentified",
     "women": "women among the dead", "boy_age": "age of the youngest victim", "rescuers": "rescuers deployed",
     "bsg": "Basarnas Special Group personnel sent", "villages": "villages flooded", "depth": "depth of the flooding",
     "houses": "houses affected by the floods", "fled": "people who fled the floods", "distance": "distance of the mine from Gorontalo city",
     "search_days": "length of the search operation", "weeks_after": "time since the landslide",
     "mining_years": "time villagers have mined the hills", "double": "victims found counted twice",
     # dates
     "landslide": "day of the landslide", "rain_start": "day the heavy rain began", "mon_count": "day of Monday's count",
     "first_rescue": "day the first injured were pulled out", "police_visit": "day the police chief visited",
     "bsg_arrival": "day the BSG team was due", "tue_count": "day of Tuesday's count", "lowered": "day the toll was lowered to 11",
     "close": "day the search was called off", "recap": "day of the last recap",
    }
    ms = [
     M(R, "Sunday", D, "landslide", "2024-07-07"),
     M(R, "at least 11 people", N, "dead", 11, MON_AM, "atleast", src=SAR),
     M(R, "Monday", D, "mon_count", "2024-07-08"),
     M(R, "19 people", N, "missing", 19, MON_AM, fall=True),
     M(R, "five injured people", N, "rescued_sun", 5),
     M(R, "Sunday", D, "first_rescue", "2024-07-07", occ=2),
     M(R, "Monday", D, "mon_count", "2024-07-08", occ=2),
     M(R, "10", N, "dead", 10, MON_AM, src=BPBD),
     M(R, "Saturday", D, "rain_start", "2024-07-06"),
     M(R, "five villages", N, "villages", 5),
     M(R, "up to 3 metres", N, "depth", 3, cls="m"),
     M(R, "Nearly 300 houses", N, "houses", 300, qual="nearly"),
     M(R, "more than 1,000 people", N, "fled", 1000, qual="morethan"),
     M(R, "about 50 km", N, "distance", 50, qual="approx", cls="km"),
     M(R, "Sunday", D, "police_visit", "2024-07-07", occ=3),

     M(K, "Senin (8/7/2024)", D, "mon_count", "2024-07-08"),
     M(K, "104 orang", N, "affected", 104, MON_PM),
     M(K, "12", N, "dead", 12, MON_PM, src=SAR),
     M(K, "satu jenazah", N, "unidentified", 1, MON_PM),
     M(K, "44 orang", N, "survivors", 44, MON_PM),
     M(K, "48 orang", N, "missing", 48, MON_PM, fall=True),
     M(K, "Minggu (8/7/2024)", D, "landslide", "2024-07-08", planted=True),
     M(K, "11 personel", N, "bsg", 11),
     M(K, "Selasa (9/7/2024)", D, "bsg_arrival", "2024-07-09"),
     M(K, "lima desa", N, "villages", 5),
     M(K, "hampir 300 rumah", N, "houses", 300, qual="nearly"),
     M(K, "lebih dari 1.000 warga", N, "fled", 1000, qual="morethan"),
     M(K, "sekitar 50 kilometer", N, "distance", 50, qual="approx", cls="km"),

     M(J, "23", N, "dead", 23, TUE_PM, src=SAR),
     M(J, "Tuesday", D, "tue_count", "2024-07-09"),
     M(J, "about 35 others", N, "missing", 35, TUE_PM, "approx", fall=True),
     M(J, "more than 100 villagers", N, "affected", 100, TUE_PM, "morethan"),
     M(J, "Sunday", D, "landslide", "2024-07-07"),
     M(J, "66", N, "escaped", 66, TUE_PM),
     M(J, "23", N, "rescued", 23, TUE_PM, occ=2),
     M(J, "18", N, "injured", 18, TUE_PM),
     M(J, "three women", N, "women", 3),
     M(J, "4-year-old", N, "boy_age", 4, cls="age"),
     M(J, "Tuesday", D, "lowered", "2024-07-09", occ=2),
     M(J, "12", N, "dead", 12, MON_PM, src=SAR),
     M(J, "11", N, "dead", 11, TUE_AM, src=SAR),
     M(J, "one victim", N, "double", 1),
     M(J, "More than 200 rescuers", N, "rescuers", 200, qual="morethan"),
     M(J, "Saturday", D, "rain_start", "2024-07-06"),
     M(J, "five villages", N, "villages", 5),
     M(J, "nearly 300 houses", N, "houses", 300, qual="nearly"),
     M(J, "more than 1,000 people", N, "fled", 1000, qual="morethan"),

     M(A, "Sabtu (13/7/2024)", D, "close", "2024-07-13"),
     M(A, "27 orang", N, "dead", 27, FINAL, src=SAR),
     M(A, "283 orang", N, "survivors", 283, FINAL),
     M(A, "15 orang", N, "missing", 15, FINAL, fall=True),
     M(A, "352 orang", N, "affected", 352, FINAL, planted=True),
     M(A, "15 korban", N, "missing", 15, FINAL, fall=True),
     M(A, "tujuh hari", N, "search_days", 7, cls="dur"),
     M(A, "Selasa (9/7)", D, "tue_count", "2024-07-09"),
     M(A, "23 orang", N, "dead", 23, TUE_PM, src=SAR),
     M(A, "35 orang", N, "missing", 35, TUE_PM, fall=True),
     M(A, "Minggu (7/7/2024)", D, "landslide", "2024-07-07"),
     M(A, "Sabtu (6/7/2024)", D, "rain_start", "2024-07-06"),
     M(A, "sekitar 50 kilometer", N, "distance", 50, qual="approx", cls="km"),

     M(G, "Five weeks", N, "weeks_after", 5, cls="dur"),
     M(G, "July 7", D, "landslide", "2024-07-07"),
     M(G, "27 people", N, "dead", 27, FINAL, src=SAR),
     M(G, "July 13", D, "close", "2024-07-13"),
     M(G, "seven days", N, "search_days", 7, cls="dur"),
     M(G, "15 people", N, "missing", 15, FINAL, fall=True),
     M(G, "325", N, "affected", 325, FINAL),
     M(G, "July 14", D, "recap", "2024-07-14"),
     M(G, "284", N, "survivors", 284, RECAP),
     M(G, "14", N, "missing", 14, RECAP, fall=True, occ=2),
     M(G, "one of the dead", N, "unidentified", 1, RECAP),
     M(G, "Monday", D, "mon_count", "2024-07-08"),
     M(G, "104 people", N, "affected", 104, MON_PM),
     M(G, "48 missing", N, "missing", 48, MON_PM, fall=True),
     M(G, "more than three decades", N, "mining_years", 30, qual="morethan", cls="dur"),
     M(G, "five villages", N, "villages", 5),
     M(G, "more than 1,000 people", N, "fled", 1000, qual="morethan"),
    ]
    build("gorontalo-landslide-2024", "The landslide at an illegal gold mine in Tulabolo Timur, Suwawa Timur, Bone "
          "Bolango regency, Gorontalo (Sunday 7 July 2024): the dead at least 11 on Monday (the regency agency's 10), 12 "
          "that night, lowered to 11 on Tuesday morning when one victim was found counted twice, 23 that afternoon and 27 "
          "when the search was called off on Saturday 13 July; the missing 19 -> 48 -> about 35 -> 15 -> 14; survivors "
          "44 -> 283 -> 284; 104 people recorded at the site on Monday night, 325 in the final count; floods in five "
          "villages, nearly 300 houses, more than 1,000 people fled; a follow-up five weeks on", False, ms, names)


def botswana():
    F, K, A, G = "afp-nov01", "kompas-nov02", "antara-nov09", "mailguardian-dec05"
    FRI_AM, FRI_PM, FINAL = "2024-11-01T09", "2024-11-01T16", "final"
    names = {
     "udc": "UDC seats", "bdp": "BDP seats", "bcp": "BCP seats", "bpf": "BPF seats",
     "bcp_bpf": "seats of the BCP and the BPF together", "opposition": "seats of the three opposition parties together",
     "opp_parties": "opposition parties in the count", "house": "elected seats in the National Assembly",
     "majority": "seats needed to win", "councils": "local council seats", "margin": "UDC seats above the majority",
     "house2019": "elected seats in 2019", "bdp2019": "BDP seats in 2019", "bdp_years": "years the BDP governed",
     "masisi_age": "Masisi's age", "term": "length of a presidential term", "registered": "registered voters",
     "population": "population of Botswana", "turnout": "turnout", "bdp_share": "BDP share of the vote",
     "udc_share": "UDC share of the vote", "bcp_share": "BCP share of the vote", "bpf_share": "BPF share of the vote",
     "bdp_share2019": "BDP share of the vote in 2019", "gap_days": "days from the election to the swearing-in",
     "gap_years": "years between the two elections",
     # dates
     "election": "day of the election", "concession": "day Masisi conceded", "independence": "year of independence",
     "y2019": "the 2019 election", "masisi_since": "year Masisi took office", "prelim_am": "day of the morning tally",
     "declaration": "day the results were to be confirmed", "sworn_in": "day Boko was sworn in",
     "inauguration": "day of the inauguration ceremony", "vp_sworn": "day the vice president and speaker were sworn in",
    }
    ms = [
     M(F, "Friday", D, "concession", "2024-11-01"),
     M(F, "Wednesday", D, "election", "2024-10-30"),
     M(F, "1966", D, "independence", "1966"),
     M(F, "63", N, "masisi_age", 63, cls="age"),
     M(F, "three opposition parties", N, "opp_parties", 3),
     M(F, "at least 31", N, "opposition", 31, FRI_AM, "atleast"),
     M(F, "61 elected seats", N, "house", 61),
     M(F, "31 seats", N, "majority", 31),
     M(F, "more than 24 seats", N, "udc", 24, FRI_AM, "morethan"),
     M(F, "Friday", D, "prelim_am", "2024-11-01", occ=2),
     M(F, "about a dozen", N, "bcp_bpf", 12, FRI_AM, "approx"),
     M(F, "38", N, "bdp2019", 38),
     M(F, "57 elected seats", N, "house2019", 57),
     M(F, "2019", D, "y2019", "2019"),
     M(F, "three opposition parties", N, "opp_parties", 3, occ=2),
     M(F, "2018", D, "masisi_since", "2018"),
     M(F, "five-year", N, "term", 5, cls="dur"),
     M(F, "More than one million", N, "registered", 1e6, qual="morethan"),
     M(F, "2.6 million", N, "population", 2.6e6),
     M(F, "Friday", D, "declaration", "2024-11-01", occ=3),

     M(K, "Jumat (1/11/2024)", D, "sworn_in", "2024-11-01"),
     M(K, "dua hari", N, "gap_days", 2, cls="dur"),
     M(K, "31 kursi", N, "majority", 31),
     M(K, "34 kursi", N, "udc", 34, FRI_PM),
     M(K, "4 kursi", N, "bdp", 4, FRI_PM),
     M(K, "Rabu (30/10/2024)", D, "election", "2024-10-30"),
     M(K, "61 kursi", N, "house", 61),
     M(K, "609 kursi", N, "councils", 609),
     M(K, "Jumat pagi", D, "concession", "2024-11-01"),
     M(K, "58 tahun", N, "bdp_years", 58, cls="dur"),
     M(K, "1966", D, "independence", "1966"),
     M(K, "2019", D, "y2019", "2019"),
     M(K, "38", N, "bdp2019", 38),
     M(K, "57 kursi", N, "house2019", 57),
     M(K, "8 November 2024", D, "inauguration", "2024-11-08"),

     M(A, "Jumat (8/11/2024)", D, "inauguration", "2024-11-08"),
     M(A, "Kamis (7/11/2024)", D, "vp_sworn", "2024-11-07"),
     M(A, "30 Oktober 2024", D, "election", "2024-10-30"),
     M(A, "36", N, "udc", 36, FINAL),
     M(A, "61 kursi", N, "house", 61),
     M(A, "15 kursi", N, "bcp", 15, FINAL),
     M(A, "5 kursi", N, "bpf", 5, FINAL),
     M(A, "4 kursi", N, "bdp", 4, FINAL),
     M(A, "81,4 persen", N, "turnout", 81.4, cls="pct"),
     M(A, "lebih dari satu juta", N, "registered", 1e6, qual="morethan"),
     M(A, "1 November", D, "concession", "2024-11-01"),
     M(A, "1966", D, "independence", "1966"),

     M(G, "Oct. 30", D, "election", "2024-10-30"),
     M(G, "58 years", N, "bdp_years", 58, cls="dur"),
     M(G, "30.5%", N, "bdp_share", 30.5, cls="pct"),
     M(G, "four", N, "bdp", 4, FINAL),
     M(G, "61 elected seats", N, "house", 61),
     M(G, "36 seats", N, "udc", 36, FINAL),
     M(G, "37.2%", N, "udc_share", 37.2, cls="pct"),
     M(G, "Nov. 8", D, "inauguration", "2024-11-08"),
     M(G, "majority of five", N, "margin", 5),
     M(G, "15 seats", N, "bcp", 15, FINAL),
     M(G, "21.0%", N, "bcp_share", 21.0, cls="pct"),
     M(G, "five", N, "bpf", 5, FINAL, occ=2),
     M(G, "8.3%", N, "bpf_share", 8.3, cls="pct"),
     M(G, "84.1%", N, "turnout", 84.1, cls="pct", planted=True),
     M(G, "1,038,275", N, "registered", 1038275),
     M(G, "Five years", N, "gap_years", 5, cls="dur"),
     M(G, "52.7%", N, "bdp_share2019", 52.7, cls="pct"),
     M(G, "38", N, "bdp2019", 38),
     M(G, "57 seats", N, "house2019", 57),
     M(G, "Nov. 7", D, "vp_sworn", "2024-11-07"),
    ]
    build("botswana-election-2024", "Botswana's general election (Wednesday 30 October 2024): the UDC's more than 24 "
          "seats on the Friday morning and 34 at the declaration that afternoon against the final 36 of 61 (BCP 15, BPF "
          "5, BDP 4), 31 needed; Masisi's concession and Boko's swearing-in on Friday 1 November, the vice president and "
          "speaker sworn in on 7 November and the inauguration on 8 November; the BDP's 58 years since 1966, its 38 of 57 "
          "seats in 2019; shares, turnout 81.4% and 1,038,275 registered voters recalled five weeks on", False, ms, names)


def vietnam():
    R, C, B, V = "reuters-dec29", "cnbcindonesia-dec30", "bisnis-jan02-2024", "vietnamnews-jan03-2024"
    names = {
     "growth": "GDP growth in 2023", "target": "growth target for 2023", "q4": "fourth-quarter growth",
     "q1": "first-quarter growth", "q2": "second-quarter growth", "q3": "third-quarter growth",
     "services": "growth of services", "industry": "growth of industry and construction", "agri": "growth of agriculture",
     "agri_share": "agriculture's share of the growth", "industry_share": "industry's share of the growth",
     "services_share": "services' share of the growth", "g2020": "growth in 2020", "g2021": "growth in 2021",
     "gdp_usd": "size of the economy in dollars", "gdp_dong": "size of the economy in dong", "pc_usd": "GDP per capita in dollars",
     "pc_dong": "GDP per capita in dong", "pc_rise": "rise of GDP per capita in dollars", "cpi_avg": "average inflation in 2023",
     "cpi_dec": "December inflation", "retail": "growth of retail sales", "arrivals": "foreign arrivals",
     "productivity": "labour productivity", "prod_rise": "rise of labour productivity", "target2024": "growth target for 2024",
     # dates
     "release": "day of the release", "y2020": "the year 2020", "y2021": "the year 2021", "since": "start of the period compared",
     "y2024": "the year 2024", "cpi_month": "month of the December inflation figure",
    }
    ms = [
     M(R, "5.05%", N, "growth", 5.05, cls="pct"),
     M(R, "Friday", D, "release", "2023-12-29"),
     M(R, "6.5%", N, "target", 6.5, cls="pct"),
     M(R, "6.72%", N, "q4", 6.72, cls="pct"),
     M(R, "3.41%", N, "q1", 3.41, cls="pct"),
     M(R, "4.25%", N, "q2", 4.25, cls="pct"),
     M(R, "5.47%", N, "q3", 5.47, cls="pct"),
     M(R, "6.82%", N, "services", 6.82, cls="pct"),
     M(R, "3.74%", N, "industry", 3.74, cls="pct"),
     M(R, "3.83%", N, "agri", 3.83, cls="pct"),
     M(R, "2020", D, "y2020", "2020"),
     M(R, "2021", D, "y2021", "2021"),
     M(R, "2.87%", N, "g2020", 2.87, cls="pct"),
     M(R, "2.55%", N, "g2021", 2.55, cls="pct"),
     M(R, "2011", D, "since", "2011"),
     M(R, "$430 billion", N, "gdp_usd", 430e9, cls="usd"),
     M(R, "$4,284", N, "pc_usd", 4284, cls="usd"),
     M(R, "$160", N, "pc_rise", 160, cls="usd"),
     M(R, "3.25%", N, "cpi_avg", 3.25, cls="pct"),
     M(R, "3.58%", N, "cpi_dec", 3.58, cls="pct"),
     M(R, "December", D, "cpi_month", "2023-12"),
     M(R, "9.6%", N, "retail", 9.6, cls="pct"),
     M(R, "12.6 million", N, "arrivals", 12.6e6),
     M(R, "6% to 6.5%", N, "target2024", 6, cls="pct"),
     M(R, "2024", D, "y2024", "2024"),

     M(C, "5,05%", N, "growth", 5.05, cls="pct"),
     M(C, "6,5%", N, "target", 6.5, cls="pct"),
     M(C, "Jumat (29/12/2023)", D, "release", "2023-12-29"),
     M(C, "3,41%", N, "q1", 3.41, cls="pct"),
     M(C, "4,25%", N, "q2", 4.25, cls="pct"),
     M(C, "5,47%", N, "q3", 5.47, cls="pct"),
     M(C, "6,72%", N, "q4", 6.72, cls="pct"),
     M(C, "6,82%", N, "services", 6.82, cls="pct"),
     M(C, "62,29%", N, "services_share", 62.29, cls="pct"),
     M(C, "3,74%", N, "industry", 3.74, cls="pct"),
     M(C, "3,83%", N, "agri", 3.83, cls="pct"),
     M(C, "2020", D, "y2020", "2020"),
     M(C, "2021", D, "y2021", "2021"),
     M(C, "2011", D, "since", "2011"),
     M(C, "US$430 miliar", N, "gdp_usd", 430e9, cls="usd"),
     M(C, "US$4.284", N, "pc_usd", 4284, cls="usd"),
     M(C, "US$160", N, "pc_rise", 160, cls="usd"),
     M(C, "3,25%", N, "cpi_avg", 3.25, cls="pct"),
     M(C, "2024", D, "y2024", "2024"),

     M(B, "5,05 persen", N, "growth", 5.05, cls="pct"),
     M(B, "Jumat (29/12/2023)", D, "release", "2023-12-29"),
     M(B, "6,5 persen", N, "target", 6.5, cls="pct"),
     M(B, "6,72 persen", N, "q4", 6.72, cls="pct"),
     M(B, "10.221,8 triliun dong", N, "gdp_dong", 10221.8e12, cls="dong"),
     M(B, "sekitar US$430 miliar", N, "gdp_usd", 430e9, qual="approx", cls="usd"),
     M(B, "101,9 juta dong", N, "pc_dong", 101.9e6, cls="dong"),
     M(B, "US$4.284", N, "pc_usd", 4284, cls="usd"),
     M(B, "US$8.380", N, "productivity", 8380, cls="usd"),
     M(B, "US$274", N, "prod_rise", 274, cls="usd"),
     M(B, "9,6 persen", N, "retail", 9.6, cls="pct"),
     M(B, "12,6 juta", N, "arrivals", 12.6e6),
     M(B, "3,25 persen", N, "cpi_avg", 3.25, cls="pct"),
     M(B, "3,58 persen", N, "cpi_dec", 3.58, cls="pct"),
     M(B, "Desember", D, "cpi_month", "2023-12"),
     M(B, "2024", D, "y2024", "2024"),
     M(B, "6-6,5 persen", N, "target2024", 6, cls="pct"),

     M(V, "5.05 per cent", N, "growth", 5.05, cls="pct"),
     M(V, "December 29", D, "release", "2023-12-29"),
     M(V, "6.5 per cent", N, "target", 6.5, cls="pct"),
     M(V, "6.72 per cent", N, "q4", 6.72, cls="pct"),
     M(V, "5.47 per cent", N, "q3", 5.47, cls="pct"),
     M(V, "3.83 per cent", N, "agri", 3.83, cls="pct"),
     M(V, "8.84 per cent", N, "agri_share", 8.84, cls="pct"),
     M(V, "3.74 per cent", N, "industry", 3.74, cls="pct"),
     M(V, "28.87 per cent", N, "industry_share", 28.87, cls="pct"),
     M(V, "6.82 per cent", N, "services", 6.82, cls="pct"),
     M(V, "62.29 per cent", N, "services_share", 62.29, cls="pct"),
     M(V, "10,221.8 trillion dong", N, "gdp_dong", 10221.8e12, cls="dong"),
     M(V, "US$430 billion", N, "gdp_usd", 430e9, cls="usd"),
     M(V, "101.9 million dong", N, "pc_dong", 101.9e6, cls="dong"),
     M(V, "$4,284", N, "pc_usd", 4284, cls="usd"),
     M(V, "$160", N, "pc_rise", 160, cls="usd"),
     M(V, "$8,380", N, "productivity", 8380, cls="usd"),
     M(V, "$274", N, "prod_rise", 274, cls="usd"),
     M(V, "12.6 million", N, "arrivals", 12.6e6),
     M(V, "2024", D, "y2024", "2024"),
    ]
    build("vietnam-gdp-2023", "Vietnam's General Statistics Office release of 2023 GDP (control) of Friday 29 December "
          "2023: growth 5.05% against a 6.5% target, the quarters 3.41%, 4.25%, 5.47% and 6.72%, services 6.82%, "
          "industry and construction 3.74%, agriculture 3.83% and their shares of the growth, 2020 and 2021 recalled "
          "(2.87%, 2.55%), the economy at 10,221.8 trillion dong or $430 billion, $4,284 a head (up $160), average "
          "inflation 3.25% and December's 3.58%, retail sales 9.6%, 12.6 million foreign arrivals, productivity $8,380 "
          "(up $274), the 2024 target of 6-6.5%. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    gorontalo()
    botswana()
    vietnam()
