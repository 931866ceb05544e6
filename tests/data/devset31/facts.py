"""The thirty-first development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset31/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def merapi():
    A, R, K, J, T = "antara-oct27", "reuters-nov05", "kompas-nov10", "jakartapost-nov12", "tempo-oct26"
    names = {
     "dead": "death toll of the 2010 eruptions", "injured": "people treated for burns (27 October)",
     "evac": "people displaced in shelters", "stadium": "people sheltering at the Maguwoharjo stadium",
     "double": "bodies registered twice", "huntara": "families still in temporary housing a year on",
     "hamlets": "hamlets declared off-limits", "age": "Mbah Maridjan's age",
     "zone": "radius of the danger zone (km)", "kinahrejo": "distance of Kinahrejo from the summit (km)",
     "reach": "distance the 5 November flows reached (km)", "city": "distance of Yogyakarta's airport from the volcano (km)",
     "lava": "distance lava avalanches travelled (km)", "d1930": "dead in the 1930 eruption",
     "d1994": "dead in the 1994 eruption", "d2006": "dead in the 2006 eruption",
     # dates
     "erupt1": "day of the first eruption", "awas": "day the alert was raised to its highest level",
     "toll25": "day the 25 dead were counted", "erupt_big": "day of the largest eruption",
     "toll44": "day the 44 dead were counted", "zone15": "day the zone was widened to 15 km",
     "airport": "day the airport closed", "toll156": "day the 156 dead were counted",
     "obama": "day Obama arrived in Jakarta", "bnpb_evac": "day of BNPB's count of the displaced",
     "prov_evac": "day of the provinces' count of the displaced", "toll194": "day the 194 dead were counted",
     "lowered": "day the toll was corrected down", "siaga": "day the alert was lowered",
     "y1872": "year of the last larger eruption", "y1930": "year of the 1930 eruption",
     "y1994": "year of the 1994 eruption", "y2006": "year of the 2006 eruption",
    }
    ms = [
     M(A, "25 orang", N, "dead", 25, "2010-10-27"),
     M(A, "83 tahun", N, "age", 83, cls="age"),
     M(A, "sekitar 4 kilometer", N, "kinahrejo", 4, qual="approx", cls="len"),
     M(A, "17 orang", N, "injured", 17, "2010-10-27"),
     M(A, "10 kilometer", N, "zone", 10, "2010-10-25", cls="len"),
     M(A, "sekitar 19.000 warga", N, "evac", 19000, "2010-10-27", "approx", fall=True),
     M(A, "dua relawan", N, "d2006", 2),
     M(A, "Rabu (27/10/2010)", D, "toll25", "2010-10-27"),
     M(A, "Selasa (26/10/2010)", D, "erupt1", "2010-10-26"),
     M(A, "Senin (25/10/2010)", D, "awas", "2010-10-25"),
     M(A, "2006", D, "y2006", "2006"),

     M(R, "122", N, "dead", 122, "2010-11-05"),
     M(R, "44", N, "dead", 44, "2010-11-04"),
     M(R, "around 15 km", N, "reach", 15, qual="approx", cls="len"),
     M(R, "20 km", N, "zone", 20, "2010-11-05", cls="len"),
     M(R, "15 km", N, "zone", 15, "2010-11-03", cls="len", occ=2),
     M(R, "10 km", N, "zone", 10, "2010-10-25", cls="len"),
     M(R, "More than 100,000 people", N, "evac", 100000, "2010-11-05", "morethan", fall=True),
     M(R, "about 30 km", N, "city", 30, qual="approx", cls="len"),
     M(R, "about 1,300 people", N, "d1930", 1300, qual="approx"),
     M(R, "about 60", N, "d1994", 60, qual="approx"),
     M(R, "Friday", D, "erupt_big", "2010-11-05"),
     M(R, "Thursday", D, "toll44", "2010-11-04"),
     M(R, "Wednesday", D, "zone15", "2010-11-03"),
     M(R, "Friday", D, "airport", "2010-11-05", occ=2),
     M(R, "1872", D, "y1872", "1872"),
     M(R, "1930", D, "y1930", "1930"),
     M(R, "1994", D, "y1994", "1994"),
     M(R, "Oct. 26", D, "erupt1", "2010-10-26"),

     M(K, "156 orang", N, "dead", 156, "2010-11-09"),
     M(K, "279.702 pengungsi", N, "evac", 279702, "2010-11-10", src="BNPB", fall=True),
     M(K, "20 kilometer", N, "zone", 20, "2010-11-05", cls="len"),
     M(K, "3 kilometer", N, "lava", 3, cls="len"),
     M(K, "Selasa (9/11/2010)", D, "toll156", "2010-11-09"),
     M(K, "Jumat (5/11/2010)", D, "erupt_big", "2010-11-05"),
     M(K, "Rabu (10/11/2010)", D, "bnpb_evac", "2010-11-10"),
     M(K, "Selasa (9/11/2010)", D, "obama", "2010-11-09", occ=2),
     M(K, "Jumat (5/11/2010)", D, "airport", "2010-11-05", occ=2),
     M(K, "26 Oktober", D, "erupt1", "2010-10-26"),

     M(J, "194", N, "dead", 194, "2010-11-11"),
     M(J, "151", N, "dead", 151, "2010-11-10"),
     M(J, "156", N, "dead", 156, "2010-11-09"),
     M(J, "five bodies", N, "double", 5),
     M(J, "more than 15 kilometers", N, "reach", 15, qual="morethan", cls="len"),
     M(J, "about 320,000 people", N, "evac", 320000, "2010-11-10", "approx",
       src="the Yogyakarta and Central Java administrations", fall=True),
     M(J, "20 kilometers", N, "zone", 20, "2010-11-05", cls="len"),
     M(J, "more than 20,000 people", N, "stadium", 20000, "2010-11-12", "morethan", fall=True),
     M(J, "Thursday", D, "toll194", "2010-11-11"),
     M(J, "Wednesday", D, "lowered", "2010-11-10"),
     M(J, "Nov. 5", D, "erupt_big", "2010-11-05"),
     M(J, "Wednesday", D, "prov_evac", "2010-11-10", occ=2),
     M(J, "Oct. 26", D, "erupt1", "2010-10-26"),
     M(J, "Oct. 25", D, "awas", "2010-10-25"),

     M(T, "2.613 keluarga", N, "huntara", 2613),
     M(T, "353 orang", N, "dead", 353, "final"),
     M(T, "20 kilometer", N, "zone", 20, "2010-11-05", cls="len"),
     M(T, "sembilan dusun", N, "hamlets", 9),
     M(T, "sekitar 60 orang", N, "d1994", 60, qual="approx"),
     M(T, "Senin, 25 Oktober 2010", D, "erupt1", "2010-10-25", planted=True),
     M(T, "5 November 2010", D, "erupt_big", "2010-11-05"),
     M(T, "Jumat, 3 Desember 2010", D, "siaga", "2010-12-03"),
     M(T, "1872", D, "y1872", "1872"),
     M(T, "1994", D, "y1994", "1994"),
    ]
    build("merapi-2010", "Mount Merapi's eruptions, Central Java and Yogyakarta (October-November 2010): the alert "
          "at its highest from Monday 25 October, the first eruption on Tuesday 26 October, the largest early on "
          "Friday 5 November; the toll rising over weeks (25 -> 44 -> 122 -> 156, corrected down to 151 for bodies "
          "registered twice, -> 194 -> 353 final), the displaced rising (two bodies' counts of one day), the danger "
          "zone widened (10 -> 15 -> 20 km), other distances in km, the 1930, 1994 and 2006 eruptions recalled with "
          "their own tolls; dates of counts, an airport closure, a visit and the alert's lowering", False, ms, names)


def south_africa():
    R, K, A, C = "reuters-may31", "kompas-jun03", "aljazeera-jun15", "cnnindonesia-jul01"
    FIN = "2024-06-02"
    names = {
     "counted": "share of voting districts counted", "anc_share": "ANC's share of the vote",
     "da_share": "DA's share of the vote", "mk_share": "MK's share of the vote", "eff_share": "EFF's share of the vote",
     "anc2019": "ANC's share in 2019", "turnout": "turnout", "turnout2019": "turnout in 2019",
     "seats_total": "seats in the National Assembly", "majority": "seats needed for a majority",
     "anc_seats": "ANC's seats", "da_seats": "DA's seats", "mk_seats": "MK's seats", "eff_seats": "EFF's seats",
     "ifp_seats": "IFP's seats", "anc2019_seats": "ANC's seats in 2019", "registered": "registered voters",
     "sit_within": "days within which parliament must sit", "ram_votes": "votes for Ramaphosa in parliament",
     "malema_votes": "votes for Malema in parliament", "didiza": "votes for the speaker",
     "mente": "votes for the speaker's rival", "age": "Ramaphosa's age", "ministers": "cabinet ministers",
     "deputies": "deputy ministers", "anc_min": "ministries held by the ANC", "da_min": "ministries held by the DA",
     "gnu_parties": "parties in the unity government",
     # dates
     "election": "election day", "partial": "day of the partial count", "declared": "day the results were declared",
     "court": "day the Constitutional Court barred Zuma", "sitting": "day parliament re-elected Ramaphosa",
     "nec": "day the ANC's executive chose a unity government", "inaug": "day of Ramaphosa's inauguration",
     "cabinet": "day the cabinet was announced", "swearin": "day the ministers were to be sworn in",
     "y1994": "year of the first democratic election", "y2019": "year of the previous election",
    }
    ms = [
     M(R, "62%", N, "counted", 62, "2024-05-31", cls="pct"),
     M(R, "41.9%", N, "anc_share", 41.9, "2024-05-31", cls="pct", fall=True),
     M(R, "22.5%", N, "da_share", 22.5, "2024-05-31", cls="pct", fall=True),
     M(R, "12.9%", N, "mk_share", 12.9, "2024-05-31", cls="pct", fall=True),
     M(R, "9.4%", N, "eff_share", 9.4, "2024-05-31", cls="pct", fall=True),
     M(R, "57.5%", N, "anc2019", 57.5, cls="pct"),
     M(R, "400 seats", N, "seats_total", 400),
     M(R, "201", N, "majority", 201),
     M(R, "around 58%", N, "turnout", 58, qual="approx", cls="pct"),
     M(R, "about 66%", N, "turnout2019", 66, qual="approx", cls="pct"),
     M(R, "1994", D, "y1994", "1994"),
     M(R, "Friday", D, "partial", "2024-05-31"),
     M(R, "2019", D, "y2019", "2019"),
     M(R, "Wednesday", D, "election", "2024-05-29"),
     M(R, "Sunday", D, "declared", "2024-06-02"),
     M(R, "May 20", D, "court", "2024-05-20"),

     M(K, "40,18 persen", N, "anc_share", 40.18, FIN, cls="pct", fall=True),
     M(K, "159 kursi", N, "anc_seats", 159),
     M(K, "400 kursi", N, "seats_total", 400),
     M(K, "201 kursi", N, "majority", 201),
     M(K, "21,81 persen", N, "da_share", 21.81, FIN, cls="pct", fall=True),
     M(K, "88 kursi", N, "da_seats", 88, planted=True),
     M(K, "14,58 persen", N, "mk_share", 14.58, FIN, cls="pct", fall=True),
     M(K, "58 kursi", N, "mk_seats", 58),
     M(K, "9,52 persen", N, "eff_share", 9.52, FIN, cls="pct", fall=True),
     M(K, "39 kursi", N, "eff_seats", 39),
     M(K, "58,64 persen", N, "turnout", 58.64, cls="pct"),
     M(K, "27,79 juta pemilih", N, "registered", 27.79e6),
     M(K, "sekitar 66 persen", N, "turnout2019", 66, qual="approx", cls="pct"),
     M(K, "57,5 persen", N, "anc2019", 57.5, cls="pct"),
     M(K, "230 kursi", N, "anc2019_seats", 230),
     M(K, "14 hari", N, "sit_within", 14, cls="dur"),
     M(K, "Minggu (2/6/2024)", D, "declared", "2024-06-02"),
     M(K, "2019", D, "y2019", "2019"),
     M(K, "2019", D, "y2019", "2019", occ=2),
     M(K, "Rabu (29/5/2024)", D, "election", "2024-05-29"),

     M(A, "283 votes", N, "ram_votes", 283),
     M(A, "400-seat", N, "seats_total", 400),
     M(A, "44", N, "malema_votes", 44),
     M(A, "284 votes", N, "didiza", 284),
     M(A, "49", N, "mente", 49),
     M(A, "159 seats", N, "anc_seats", 159),
     M(A, "87", N, "da_seats", 87),
     M(A, "17 seats", N, "ifp_seats", 17),
     M(A, "58 seats", N, "mk_seats", 58),
     M(A, "71", N, "age", 71, cls="age"),
     M(A, "40.18%", N, "anc_share", 40.18, FIN, cls="pct", fall=True),
     M(A, "Friday", D, "sitting", "2024-06-14"),
     M(A, "May 29", D, "election", "2024-05-29"),
     M(A, "June 6", D, "nec", "2024-06-06"),
     M(A, "May 29", D, "election", "2024-05-29", occ=2),
     M(A, "Wednesday", D, "inaug", "2024-06-19"),
     M(A, "June 2", D, "declared", "2024-06-02"),

     M(C, "32 menteri", N, "ministers", 32),
     M(C, "43 wakil menteri", N, "deputies", 43),
     M(C, "20 kursi menteri", N, "anc_min", 20),
     M(C, "enam kursi", N, "da_min", 6),
     M(C, "sepuluh partai", N, "gnu_parties", 10),
     M(C, "238 suara", N, "ram_votes", 238, planted=True),
     M(C, "40,18 persen", N, "anc_share", 40.18, FIN, cls="pct", fall=True),
     M(C, "159 kursi", N, "anc_seats", 159),
     M(C, "87 kursi", N, "da_seats", 87),
     M(C, "58 kursi", N, "mk_seats", 58),
     M(C, "39 kursi", N, "eff_seats", 39),
     M(C, "Minggu (30/6/2024)", D, "cabinet", "2024-06-30"),
     M(C, "14 Juni", D, "sitting", "2024-06-14"),
     M(C, "Rabu (19/6/2024)", D, "inaug", "2024-06-19"),
     M(C, "29 Mei", D, "election", "2024-05-29"),
     M(C, "Rabu (3/7/2024)", D, "swearin", "2024-07-03"),
    ]
    build("south-africa-election-2024", "South Africa's general election of Wednesday 29 May 2024: a count in "
          "progress (62% of districts, shares that later fall or rise), the results declared on Sunday 2 June (ANC "
          "40.18% and 159 of 400 seats, DA 21.81% and 87, MK 14.58% and 58, EFF 9.52% and 39; turnout 58.64% of "
          "27.79 million), 2019's results recalled; the ANC's executive on 6 June, parliament's re-election of "
          "Ramaphosa on Friday 14 June (283 to 44), the inauguration on 19 June, the cabinet of 30 June and the "
          "ministers' swearing-in on 3 July; a court ruling on 20 May", False, ms, names)


def apple():
    C, K, B, F = "cnbc-nov02", "kontan-nov03", "bisnis-nov05", "ft-nov06"
    names = {
     "rev": "quarterly revenue", "rev_prev": "revenue a year earlier", "rev_drop": "fall in revenue (%)",
     "rev_est": "analysts' revenue estimate", "eps": "earnings per share", "eps_est": "analysts' EPS estimate",
     "eps_prev": "earnings per share a year earlier", "iphone": "iPhone revenue", "iphone_g": "iPhone growth (%)",
     "services": "services revenue", "services_g": "services growth (%)", "mac": "Mac revenue",
     "mac_drop": "fall in Mac revenue (%)", "ipad": "iPad revenue", "ipad_drop": "fall in iPad revenue (%)",
     "wear": "wearables, home and accessories revenue", "wear_drop": "fall in wearables revenue (%)",
     "china": "Greater China revenue", "china_drop": "fall in Greater China revenue (%)", "ni": "net income",
     "gm": "gross margin (%)", "div": "dividend per share", "fy": "fiscal-year revenue",
     "fy_drop": "fall in fiscal-year revenue (%)", "fy_prev": "previous fiscal year's revenue",
     "share_drop": "fall in the shares after hours (%)", "dec_prev": "December-quarter revenue a year earlier",
     # dates
     "announce": "day the results were published", "qend": "end of the quarter and of the fiscal year",
     "pay": "day the dividend is paid", "record": "record day for the dividend",
    }
    ms = [
     M(C, "$89.5 billion", N, "rev", 89.5e9, cls="money"),
     M(C, "1%", N, "rev_drop", 1, cls="pct"),
     M(C, "$90.1 billion", N, "rev_prev", 90.1e9, cls="money"),
     M(C, "$1.46", N, "eps", 1.46, cls="money"),
     M(C, "$1.39", N, "eps_est", 1.39, cls="money"),
     M(C, "$89.28 billion", N, "rev_est", 89.28e9, cls="money"),
     M(C, "3%", N, "iphone_g", 3, cls="pct"),
     M(C, "$43.8 billion", N, "iphone", 43.8e9, cls="money"),
     M(C, "$22.3 billion", N, "services", 22.3e9, cls="money"),
     M(C, "16%", N, "services_g", 16, cls="pct"),
     M(C, "34%", N, "mac_drop", 34, cls="pct"),
     M(C, "$7.6 billion", N, "mac", 7.6e9, cls="money"),
     M(C, "10%", N, "ipad_drop", 10, cls="pct"),
     M(C, "$6.4 billion", N, "ipad", 6.4e9, cls="money"),
     M(C, "$9.3 billion", N, "wear", 9.3e9, cls="money"),
     M(C, "3%", N, "wear_drop", 3, cls="pct", occ=2),
     M(C, "2.5%", N, "china_drop", 2.5, cls="pct"),
     M(C, "$15.1 billion", N, "china", 15.1e9, cls="money"),
     M(C, "$22.96 billion", N, "ni", 22.96e9, cls="money"),
     M(C, "45.2%", N, "gm", 45.2, cls="pct"),
     M(C, "24 cents", N, "div", 0.24, qual="unit", cls="money"),
     M(C, "3%", N, "fy_drop", 3, cls="pct", occ=3),
     M(C, "$383.3 billion", N, "fy", 383.3e9, cls="money"),
     M(C, "about 3%", N, "share_drop", 3, qual="approx", cls="pct"),
     M(C, "Thursday", D, "announce", "2023-11-02"),
     M(C, "Nov. 16", D, "pay", "2023-11-16"),
     M(C, "Nov. 13", D, "record", "2023-11-13"),
     M(C, "Sept. 30", D, "qend", "2023-09-30"),

     M(K, "US$ 89,5 miliar", N, "rev", 89.5e9, cls="money"),
     M(K, "1%", N, "rev_drop", 1, cls="pct"),
     M(K, "US$ 90,1 miliar", N, "rev_prev", 90.1e9, cls="money"),
     M(K, "US$ 22,96 miliar", N, "ni", 22.96e9, cls="money"),
     M(K, "US$ 1,46", N, "eps", 1.46, cls="money"),
     M(K, "US$ 1,29", N, "eps_prev", 1.29, cls="money"),
     M(K, "US$ 43,8 miliar", N, "iphone", 43.8e9, cls="money"),
     M(K, "US$ 22,3 miliar", N, "services", 22.3e9, cls="money"),
     M(K, "34%", N, "mac_drop", 34, cls="pct"),
     M(K, "US$ 7,6 miliar", N, "mac", 7.6e9, cls="money"),
     M(K, "10%", N, "ipad_drop", 10, cls="pct"),
     M(K, "US$ 6,4 miliar", N, "ipad", 6.4e9, cls="money"),
     M(K, "2,5%", N, "china_drop", 2.5, cls="pct"),
     M(K, "US$ 15,1 miliar", N, "china", 15.1e9, cls="money"),
     M(K, "45,2%", N, "gm", 45.2, cls="pct"),
     M(K, "3%", N, "fy_drop", 3, cls="pct"),
     M(K, "US$ 383,3 miliar", N, "fy", 383.3e9, cls="money"),
     M(K, "30 September 2023", D, "qend", "2023-09-30"),
     M(K, "Kamis (2/11/2023)", D, "announce", "2023-11-02"),

     M(B, "US$ 0,24", N, "div", 0.24, cls="money"),
     M(B, "US$ 89,5 miliar", N, "rev", 89.5e9, cls="money"),
     M(B, "US$ 1,46", N, "eps", 1.46, cls="money"),
     M(B, "16%", N, "services_g", 16, cls="pct"),
     M(B, "US$ 22,3 miliar", N, "services", 22.3e9, cls="money"),
     M(B, "US$ 43,8 miliar", N, "iphone", 43.8e9, cls="money"),
     M(B, "3%", N, "iphone_g", 3, cls="pct"),
     M(B, "34%", N, "mac_drop", 34, cls="pct"),
     M(B, "3%", N, "wear_drop", 3, cls="pct", occ=2),
     M(B, "US$ 9,3 miliar", N, "wear", 9.3e9, cls="money"),
     M(B, "US$ 22,96 miliar", N, "ni", 22.96e9, cls="money"),
     M(B, "sekitar 3%", N, "share_drop", 3, qual="approx", cls="pct"),
     M(B, "Senin (13/11/2023)", D, "record", "2023-11-13"),
     M(B, "Kamis (16/11/2023)", D, "pay", "2023-11-16"),
     M(B, "Kamis (2/11/2023)", D, "announce", "2023-11-02"),
     M(B, "30 September", D, "qend", "2023-09-30"),

     M(F, "16%", N, "services_g", 16, cls="pct"),
     M(F, "$22.3bn", N, "services", 22.3e9, cls="money"),
     M(F, "3%", N, "iphone_g", 3, cls="pct"),
     M(F, "$43.8bn", N, "iphone", 43.8e9, cls="money"),
     M(F, "$89.5bn", N, "rev", 89.5e9, cls="money"),
     M(F, "1%", N, "rev_drop", 1, cls="pct"),
     M(F, "$90.1bn", N, "rev_prev", 90.1e9, cls="money"),
     M(F, "34%", N, "mac_drop", 34, cls="pct"),
     M(F, "$7.6bn", N, "mac", 7.6e9, cls="money"),
     M(F, "10%", N, "ipad_drop", 10, cls="pct"),
     M(F, "$6.4bn", N, "ipad", 6.4e9, cls="money"),
     M(F, "2.5%", N, "china_drop", 2.5, cls="pct"),
     M(F, "$15.1bn", N, "china", 15.1e9, cls="money"),
     M(F, "$22.96bn", N, "ni", 22.96e9, cls="money"),
     M(F, "$1.46", N, "eps", 1.46, cls="money"),
     M(F, "$1.29", N, "eps_prev", 1.29, cls="money"),
     M(F, "45.2%", N, "gm", 45.2, cls="pct"),
     M(F, "3%", N, "fy_drop", 3, cls="pct", occ=2),
     M(F, "$383.3bn", N, "fy", 383.3e9, cls="money"),
     M(F, "$394.3bn", N, "fy_prev", 394.3e9, cls="money"),
     M(F, "$117.2bn", N, "dec_prev", 117.2e9, cls="money"),
     M(F, "September 30", D, "qend", "2023-09-30"),
     M(F, "November 2", D, "announce", "2023-11-02"),
    ]
    build("apple-q4-2023", "Apple's fiscal fourth-quarter 2023 results (control), published on Thursday 2 November "
          "2023 for the quarter to 30 September: revenue $89.5 billion (down 1% from $90.1 billion), EPS $1.46 "
          "($1.29 a year earlier), iPhone $43.8 billion (+3%), services a record $22.3 billion (+16%), Mac $7.6 "
          "billion (-34%), iPad $6.4 billion (-10%), wearables $9.3 billion (-3%), Greater China $15.1 billion "
          "(-2.5%), net income $22.96 billion, gross margin 45.2%, fiscal-year revenue $383.3 billion (-3%), a "
          "dividend of $0.24 payable on 16 November to holders of record on 13 November. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    merapi()
    south_africa()
    apple()
