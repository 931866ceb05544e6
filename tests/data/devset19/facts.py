"""The nineteenth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset19/facts.py``
(``--show`` prints each mention in its context).
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def genoa():
    R, K, T, A, N2 = "reuters-aug14", "kompas-aug15", "tempo-aug16", "ap-aug18", "antara-aug03"
    names = {
     "dead": "death toll of the bridge collapse", "injured": "people injured", "serious": "injured in a serious condition",
     "kids": "children among the dead", "missing": "people unaccounted for", "found": "bodies found overnight",
     "double": "victim counted twice", "cars": "cars on the section", "trucks": "heavy goods vehicles on the section",
     "evac": "people evacuated from homes below the bridge", "buildings": "apartment buildings evacuated",
     "coffins": "coffins at the state funeral", "pillars": "piers of the new bridge",
     "section": "length of the collapsed section (m)", "height": "height of the fall (m)",
     "old_len": "length of the Morandi bridge (m)", "new_len": "length of the new bridge (m)",
     "emerg_len": "length of the state of emergency", "rebuild": "time Autostrade said a rebuild would take",
     "build": "time the new bridge took to build", "since": "time from the collapse to the inauguration",
     "funds": "emergency funds", "pledge": "Autostrade's pledge", "cost": "cost of the new bridge",
     "atlantia": "fall of Atlantia's shares on Thursday", "age_boy": "age of the boy found overnight",
     # dates
     "collapse": "day of the collapse", "civil": "day the civil protection gave the injured",
     "opened": "year the Morandi bridge opened", "works": "year the strengthening works began",
     "toll15": "day the 39 dead were counted", "cabinet": "day the cabinet declared the emergency",
     "toll16": "day the toll was corrected to 38", "shares": "day Atlantia's shares fell",
     "mourning": "national day of mourning", "funeral": "day of the state funeral",
     "castellucci": "day Autostrade's chief executive spoke", "inaug": "day the new bridge was inaugurated",
     "traffic": "day the new bridge opens to traffic", "demolition": "day the old bridge's remains were blown up",
    }
    ms = [
     M(R, "at least 26 people", N, "dead", 26, "2018-08-14T20", "atleast"),
     M(R, "about 200 metres", N, "section", 200, qual="approx", cls="len"),
     M(R, "some 45 metres", N, "height", 45, qual="approx", cls="len"),
     M(R, "Sixteen people", N, "injured", 16, "2018-08-14T20"),
     M(R, "12", N, "serious", 12, "2018-08-14T20"),
     M(R, "About 30 cars", N, "cars", 30, qual="approx"),
     M(R, "three heavy goods vehicles", N, "trucks", 3),
     M(R, "Tuesday", D, "collapse", "2018-08-14"),
     M(R, "Tuesday", D, "civil", "2018-08-14", occ=2),
     M(R, "1967", D, "opened", "1967"),
     M(R, "2016", D, "works", "2016"),

     M(K, "39 orang", N, "dead", 39, "2018-08-15"),
     M(K, "tiga", N, "kids", 3),
     M(K, "sekitar 200 meter", N, "section", 200, qual="approx", cls="len"),
     M(K, "45 meter", N, "height", 45, cls="len"),
     M(K, "16 orang", N, "injured", 16, "2018-08-15"),
     M(K, "12", N, "serious", 12, "2018-08-15"),
     M(K, "12 bulan", N, "emerg_len", 12, cls="dur"),
     M(K, "5 juta euro", N, "funds", 5e6, cls="money"),
     M(K, "Sekitar 630 warga", N, "evac", 630, "2018-08-15", "approx", fall=True),
     M(K, "1.128 meter", N, "old_len", 1128, cls="len", planted=True),
     M(K, "Rabu (15/8/2018)", D, "toll15", "2018-08-15"),
     M(K, "Selasa (14/8/2018)", D, "collapse", "2018-08-14"),
     M(K, "Rabu", D, "cabinet", "2018-08-15", occ=2),
     M(K, "1967", D, "opened", "1967"),

     M(T, "38 orang", N, "dead", 38, "2018-08-16"),
     M(T, "39 orang", N, "dead", 39, "2018-08-15"),
     M(T, "satu korban", N, "double", 1),
     M(T, "10 hingga 20 orang", N, "missing", 15, "2018-08-16", "approx", fall=True),
     M(T, "12 bulan", N, "emerg_len", 12, cls="dur"),
     M(T, "5 juta euro", N, "funds", 5e6, cls="money"),
     M(T, "22 persen", N, "atlantia", 22, cls="pct"),
     M(T, "632 warga", N, "evac", 632, "2018-08-16", fall=True),
     M(T, "11 gedung", N, "buildings", 11),
     M(T, "Kamis (16/8/2018)", D, "toll16", "2018-08-16"),
     M(T, "Rabu (15/8/2018)", D, "cabinet", "2018-08-15"),
     M(T, "Sabtu (18/8/2018)", D, "mourning", "2018-08-18"),
     M(T, "Kamis", D, "shares", "2018-08-16", occ=2),

     M(A, "43", N, "dead", 43, "final"),
     M(A, "three bodies", N, "found", 3),
     M(A, "8-year-old", N, "age_boy", 8, cls="age"),
     M(A, "18 victims", N, "coffins", 18),
     M(A, "500 million euros", N, "pledge", 500e6, cls="money"),
     M(A, "eight months", N, "rebuild", 8, cls="dur"),
     M(A, "six-month", N, "emerg_len", 6, cls="dur", planted=True),
     M(A, "Some 600 people", N, "evac", 600, "2018-08-18", "approx", fall=True),
     M(A, "1,182-meter", N, "old_len", 1182, cls="len"),
     M(A, "Saturday", D, "funeral", "2018-08-18"),
     M(A, "Saturday", D, "mourning", "2018-08-18", occ=2),
     M(A, "Saturday", D, "castellucci", "2018-08-18", occ=3),
     M(A, "Wednesday", D, "cabinet", "2018-08-15"),
     M(A, "1967", D, "opened", "1967"),

     M(N2, "43 orang", N, "dead", 43, "final"),
     M(N2, "hampir dua tahun", N, "since", 2, qual="nearly", cls="dur"),
     M(N2, "1.067 meter", N, "new_len", 1067, cls="len"),
     M(N2, "18 pilar", N, "pillars", 18),
     M(N2, "sekitar 202 juta euro", N, "cost", 202e6, qual="approx", cls="money"),
     M(N2, "sekitar 15 bulan", N, "build", 15, qual="approx", cls="dur"),
     M(N2, "1.182 meter", N, "old_len", 1182, cls="len"),
     M(N2, "Senin (3/8/2020)", D, "inaug", "2020-08-03"),
     M(N2, "14 Agustus 2018", D, "collapse", "2018-08-14"),
     M(N2, "28 Juni 2019", D, "demolition", "2019-06-28"),
     M(N2, "Selasa (4/8/2020)", D, "traffic", "2020-08-04"),
    ]
    build("genoa-bridge-2018", "Collapse of the Morandi motorway bridge in Genoa, Italy (Tuesday 14 August 2018): the "
          "toll rising over days (at least 26 -> 39 -> corrected down to 38 -> 43 final, recalled two years later), "
          "the injured restated, the evacuated (about 630 -> 632 -> some 600), the collapsed section, the fall's "
          "height, the old bridge's length against the new one's, a 12-month state of emergency and its funds, "
          "Autostrade's pledge, coffins and piers of the same number; dates of the collapse, counts, the cabinet, "
          "the day of mourning and the funeral, the demolition, the new bridge's inauguration and opening",
          False, ms, names)


def korea():
    Y, K, R, T, A = "yonhap-dec04", "kompas-dec08", "reuters-dec14", "detik-dec15", "ap-apr04"
    names = {
     "lift_yes": "lawmakers voting to lift martial law", "ppp_lift": "PPP members voting to lift martial law",
     "seats": "seats of the National Assembly", "dp_seats": "Democratic Party seats", "opp_seats": "opposition seats",
     "ppp_seats": "PPP seats", "cast7": "votes cast on 7 December", "needed": "votes needed to impeach",
     "ppp_vote7": "PPP members who voted on 7 December", "yes2": "votes for impeachment on 14 December",
     "no2": "votes against impeachment on 14 December", "abst2": "abstentions on 14 December",
     "invalid2": "invalid ballots on 14 December", "cast14": "lawmakers voting on 14 December",
     "ppp_yes2": "PPP members backing impeachment on 14 December", "parties": "opposition parties filing the motion",
     "court_needed": "justices needed to remove a president", "seated": "justices seated in December",
     "court_seats": "seats of the Constitutional Court", "vacant": "vacant seats of the court",
     "court_yes": "justices ruling for removal", "park_yes": "votes to impeach Park Geun-hye",
     "park_no": "votes against impeaching Park Geun-hye",
     "crowd7": "crowd outside parliament on 7 December", "crowd14": "crowd outside parliament on 14 December",
     "approval": "Yoon's approval rating", "support": "support for impeachment",
     "ml_hours": "time martial law lasted", "apology": "length of Yoon's apology", "court_days": "time the court had",
     "gap": "days from impeachment to ruling", "election": "days within which an election must be held",
     "since_ml": "time from the declaration to the ruling",
     # dates
     "declared": "day martial law was declared", "lifted": "day martial law was lifted",
     "dp_statement": "day the Democratic Party announced the impeachment bid", "y1980": "year of the previous martial law",
     "vote1": "day of the failed first impeachment vote", "rally7": "day of the 7 December rally",
     "han": "day Han Dong-hoon spoke", "kim": "day Kim Yong-hyun was detained", "vote2": "day of the impeachment vote",
     "poll": "day Gallup Korea's poll was released", "park_removed": "month Park Geun-hye was removed",
     "park_impeached": "month Park Geun-hye was impeached", "ruling": "day of the court's ruling",
     "arrest": "day Yoon was arrested", "indicted": "day Yoon was indicted", "released": "day Yoon was released",
    }
    ms = [
     M(Y, "about six hours", N, "ml_hours", 6, qual="approx", cls="dur"),
     M(Y, "All 190 lawmakers", N, "lift_yes", 190),
     M(Y, "18 members", N, "ppp_lift", 18),
     M(Y, "300-member", N, "seats", 300),
     M(Y, "170", N, "dp_seats", 170),
     M(Y, "300 seats", N, "seats", 300),
     M(Y, "Wednesday", D, "lifted", "2024-12-04"),
     M(Y, "Tuesday", D, "declared", "2024-12-03"),
     M(Y, "1980", D, "y1980", "1980"),
     M(Y, "Wednesday", D, "dp_statement", "2024-12-04", occ=2),

     M(K, "195 anggota parlemen", N, "cast7", 195),
     M(K, "200 suara", N, "needed", 200),
     M(K, "192", N, "opp_seats", 192),
     M(K, "300 kursi", N, "seats", 300),
     M(K, "108 legislator", N, "ppp_seats", 108),
     M(K, "tiga", N, "ppp_vote7", 3),
     M(K, "dua menit", N, "apology", 2, cls="dur"),
     M(K, "sekitar enam jam", N, "ml_hours", 6, qual="approx", cls="dur"),
     M(K, "sekitar 1 juta orang", N, "crowd7", 1e6, qual="approx", src="organisers"),
     M(K, "149.000 orang", N, "crowd7", 149000, src="police"),
     M(K, "Sabtu (7/12/2024)", D, "vote1", "2024-12-07"),
     M(K, "Selasa (3/12/2024)", D, "declared", "2024-12-03"),
     M(K, "Minggu (8/12/2024)", D, "han", "2024-12-08"),
     M(K, "Minggu", D, "kim", "2024-12-08", occ=2),
     M(K, "Sabtu (14/12/2024)", D, "vote2", "2024-12-14"),
     M(K, "Sabtu", D, "rally7", "2024-12-07", occ=3),

     M(R, "204 votes", N, "yes2", 204),
     M(R, "85", N, "no2", 85),
     M(R, "three abstentions", N, "abst2", 3),
     M(R, "eight ballots", N, "invalid2", 8),
     M(R, "all 300 lawmakers", N, "cast14", 300),
     M(R, "200 votes", N, "needed", 200),
     M(R, "at least 12 members", N, "ppp_yes2", 12, qual="atleast"),
     M(R, "180 days", N, "court_days", 180, cls="dur"),
     M(R, "about 2 million people", N, "crowd14", 2e6, qual="approx", src="organisers"),
     M(R, "208,000", N, "crowd14", 208000, src="police"),
     M(R, "234-56", N, "park_yes", 234, also={"park_no": 56}),
     M(R, "11%", N, "approval", 11, cls="pct"),
     M(R, "75%", N, "support", 75, cls="pct"),
     M(R, "Saturday", D, "vote2", "2024-12-14"),
     M(R, "March 2017", D, "park_removed", "2017-03"),
     M(R, "December 2016", D, "park_impeached", "2016-12"),
     M(R, "Friday", D, "poll", "2024-12-13"),

     M(T, "240 anggota parlemen", N, "yes2", 240, planted=True),
     M(T, "85", N, "no2", 85),
     M(T, "tiga", N, "abst2", 3),
     M(T, "delapan", N, "invalid2", 8),
     M(T, "enam partai oposisi", N, "parties", 6),
     M(T, "192 kursi", N, "opp_seats", 192),
     M(T, "180 hari", N, "court_days", 180, cls="dur"),
     M(T, "sedikitnya enam hakim", N, "court_needed", 6, qual="atleast"),
     M(T, "enam", N, "seated", 6, occ=3),
     M(T, "sembilan kursi", N, "court_seats", 9),
     M(T, "tiga kursi", N, "vacant", 3),
     M(T, "208.000 orang", N, "crowd14", 208000, src="police"),
     M(T, "2 juta orang", N, "crowd14", 2e6, src="organisers"),
     M(T, "sedikitnya 12 legislator", N, "ppp_yes2", 12, qual="atleast"),
     M(T, "Sabtu (14/12/2024)", D, "vote2", "2024-12-14"),
     M(T, "2016", D, "park_impeached", "2016"),

     M(A, "four months", N, "since_ml", 4, qual="approx", cls="dur"),
     M(A, "All eight justices", N, "court_yes", 8),
     M(A, "six votes", N, "court_needed", 6),
     M(A, "204 votes", N, "yes2", 204),
     M(A, "111 days", N, "gap", 111, cls="dur"),
     M(A, "60 days", N, "election", 60, cls="dur"),
     M(A, "Friday", D, "ruling", "2025-04-04"),
     M(A, "December 3", D, "declared", "2024-12-03"),
     M(A, "Dec. 14", D, "vote2", "2024-12-14"),
     M(A, "Jan. 15", D, "arrest", "2025-01-15"),
     M(A, "Jan. 26", D, "indicted", "2025-01-26"),
     M(A, "March 8", D, "released", "2025-03-08"),
     M(A, "March 2017", D, "park_removed", "2017-03"),
    ]
    build("korea-martial-law-2024", "South Korea's martial law of 3 December 2024 and what followed: the National "
          "Assembly's vote to lift it (190 of 190 present, 18 of the ruling party), the failed first impeachment vote "
          "of 7 December (195 votes cast of the 200 needed), the impeachment of 14 December (204-85, 3 abstentions, 8 "
          "invalid), organisers' and police's crowd counts, Park Geun-hye's impeachment recalled (234-56), the "
          "Constitutional Court's 8-0 ruling of 4 April 2025 (six votes needed, six of nine seats filled in December); "
          "dates of the declaration, the lifting, statements, votes, an arrest, an indictment, a release and the ruling",
          False, ms, names)


def nvidia():
    R, C, B, K = "reuters-feb21", "cnbcindonesia-feb22", "cnbc-feb23", "kontan-feb24"
    names = {
     "q4rev": "fourth-quarter revenue", "q4ni": "fourth-quarter net income", "dc_q4": "fourth-quarter data center revenue",
     "fyrev": "full-year revenue", "fyni": "full-year net income", "dc_fy": "full-year data center revenue",
     "gaming": "fourth-quarter gaming revenue", "eps": "fourth-quarter earnings per share",
     "eps_prev": "earnings per share a year earlier", "guide": "first-quarter revenue forecast",
     "consensus": "analysts' revenue estimate", "mcap_add": "market value added on Thursday",
     "mcap": "market capitalisation after Thursday's close", "close": "Thursday's closing price",
     "q4_yoy": "fourth-quarter revenue growth on the year", "q4_qoq": "fourth-quarter revenue growth on the quarter",
     "q4ni_yoy": "fourth-quarter net income growth", "dc_yoy": "data center growth on the year",
     "dc_qoq": "data center growth on the quarter", "fy_growth": "full-year revenue growth",
     "fyni_yoy": "full-year net income growth", "dc_fy_growth": "full-year data center growth",
     "gaming_yoy": "gaming growth", "eps_yoy": "earnings per share growth", "tol": "forecast's tolerance",
     "gm": "adjusted gross margin expected", "ext": "share move in extended trading",
     "jump": "share jump on Thursday", "oneday": "one day", "year": "the past twelve months",
     # dates
     "announce": "day the results were released", "fyend": "end of the fiscal year", "fy2024": "fiscal year 2024",
     "fy2025": "fiscal year 2025", "trade": "day the shares jumped", "q1end": "month the current quarter ends",
     "gtc": "day of the developer conference",
    }
    ms = [
     M(R, "$24 billion", N, "guide", 24e9, cls="money"),
     M(R, "2%", N, "tol", 2, cls="pct"),
     M(R, "265%", N, "q4_yoy", 265, cls="pct"),
     M(R, "$22.1 billion", N, "q4rev", 22.1e9, cls="money"),
     M(R, "$12.3 billion", N, "q4ni", 12.3e9, cls="money"),
     M(R, "409%", N, "dc_yoy", 409, cls="pct"),
     M(R, "$18.4 billion", N, "dc_q4", 18.4e9, cls="money"),
     M(R, "126%", N, "fy_growth", 126, cls="pct"),
     M(R, "$60.9 billion", N, "fyrev", 60.9e9, cls="money"),
     M(R, "$47.5 billion", N, "dc_fy", 47.5e9, cls="money"),
     M(R, "56%", N, "gaming_yoy", 56, cls="pct"),
     M(R, "$2.9 billion", N, "gaming", 2.9e9, cls="money"),
     M(R, "$4.93", N, "eps", 4.93, cls="money"),
     M(R, "57 cents", N, "eps_prev", 0.57, cls="money"),
     M(R, "about 77%", N, "gm", 77, qual="approx", cls="pct"),
     M(R, "about 9%", N, "ext", 9, qual="approx", cls="pct"),
     M(R, "Wednesday", D, "announce", "2024-02-21"),
     M(R, "Jan. 28", D, "fyend", "2024-01-28"),

     M(C, "US$ 22,1 miliar", N, "q4rev", 22.1e9, cls="money"),
     M(C, "Rp 345 triliun", N, "q4rev", 22.1e9, qual="unit", cls="money"),
     M(C, "265%", N, "q4_yoy", 265, cls="pct"),
     M(C, "US$ 12,3 miliar", N, "q4ni", 12.3e9, cls="money"),
     M(C, "769%", N, "q4ni_yoy", 769, cls="pct"),
     M(C, "US$ 18,4 miliar", N, "dc_q4", 18.4e9, cls="money"),
     M(C, "409%", N, "dc_yoy", 409, cls="pct"),
     M(C, "27%", N, "dc_qoq", 27, cls="pct"),
     M(C, "126%", N, "fy_growth", 126, cls="pct"),
     M(C, "US$ 60,9 miliar", N, "fyrev", 60.9e9, cls="money"),
     M(C, "US$ 29,76 miliar", N, "fyni", 29.76e9, cls="money"),
     M(C, "581%", N, "fyni_yoy", 581, cls="pct"),
     M(C, "US$ 24 miliar", N, "guide", 24e9, cls="money"),
     M(C, "2%", N, "tol", 2, cls="pct"),
     M(C, "US$ 22,17 miliar", N, "consensus", 22.17e9, cls="money"),
     M(C, "sekitar 9%", N, "ext", 9, qual="approx", cls="pct"),
     M(C, "2024", D, "fy2024", "2024"),
     M(C, "Rabu (21/2/2024)", D, "announce", "2024-02-21"),
     M(C, "28 Januari 2024", D, "fyend", "2024-01-28"),
     M(C, "2025", D, "fy2025", "2025"),

     M(B, "16.4%", N, "jump", 16.4, cls="pct"),
     M(B, "$277 billion", N, "mcap_add", 277e9, cls="money"),
     M(B, "about $1.96 trillion", N, "mcap", 1.96e12, qual="approx", cls="money"),
     M(B, "$785.38", N, "close", 785.38, cls="money"),
     M(B, "$22.1 billion", N, "q4rev", 22.1e9, cls="money"),
     M(B, "265%", N, "q4_yoy", 265, cls="pct"),
     M(B, "409%", N, "dc_yoy", 409, cls="pct"),
     M(B, "$18.4 billion", N, "dc_q4", 18.4e9, cls="money"),
     M(B, "about $24 billion", N, "guide", 24e9, qual="approx", cls="money"),
     M(B, "roughly $22 billion", N, "consensus", 22e9, qual="approx", cls="money"),
     M(B, "$60.9 billion", N, "fyrev", 60.9e9, cls="money"),
     M(B, "$29.76 billion", N, "fyni", 29.76e9, cls="money"),
     M(B, "$2.9 billion", N, "gaming", 2.9e9, cls="money"),
     M(B, "56%", N, "gaming_yoy", 56, cls="pct"),
     M(B, "12 months", N, "year", 12, cls="dur"),
     M(B, "Thursday", D, "trade", "2024-02-22"),
     M(B, "Wednesday", D, "announce", "2024-02-21"),
     M(B, "April", D, "q1end", "2024-04"),

     M(K, "16,4%", N, "jump", 16.4, cls="pct"),
     M(K, "US$ 277 miliar", N, "mcap_add", 277e9, cls="money"),
     M(K, "satu hari", N, "oneday", 1, cls="dur"),
     M(K, "US$ 22,1 miliar", N, "q4rev", 22.1e9, cls="money"),
     M(K, "22%", N, "q4_qoq", 22, cls="pct"),
     M(K, "265%", N, "q4_yoy", 265, cls="pct"),
     M(K, "US$ 18,4 miliar", N, "dc_q4", 18.4e9, cls="money"),
     M(K, "US$ 2,9 miliar", N, "gaming", 2.9e9, cls="money"),
     M(K, "US$ 4,93", N, "eps", 4.93, cls="money"),
     M(K, "765%", N, "eps_yoy", 765, cls="pct"),
     M(K, "126%", N, "fy_growth", 126, cls="pct"),
     M(K, "US$ 60,9 miliar", N, "fyrev", 60.9e9, cls="money"),
     M(K, "US$ 47,5 miliar", N, "dc_fy", 47.5e9, cls="money"),
     M(K, "217%", N, "dc_fy_growth", 217, cls="pct"),
     M(K, "sekitar US$ 24 miliar", N, "guide", 24e9, qual="approx", cls="money"),
     M(K, "sekitar 77%", N, "gm", 77, qual="approx", cls="pct"),
     M(K, "US$ 785,38", N, "close", 785.38, cls="money"),
     M(K, "US$ 2 triliun", N, "mcap", 2e12, qual="nearly", cls="money"),
     M(K, "Kamis (22/2/2024)", D, "trade", "2024-02-22"),
     M(K, "2025", D, "fy2025", "2025"),
     M(K, "18 Maret 2024", D, "gtc", "2024-03-18"),
    ]
    build("nvidia-results-2024", "Nvidia's fourth-quarter and fiscal 2024 results (control), released on Wednesday 21 "
          "February 2024: quarterly revenue $22.1 billion (+22% on the quarter, +265% on the year), data center $18.4 "
          "billion (+409%), gaming $2.9 billion (+56%), net income $12.3 billion, EPS $4.93 (57 cents a year before); "
          "the year's revenue $60.9 billion (+126%), data center $47.5 billion (+217%), net income $29.76 billion; a "
          "$24 billion forecast against analysts' $22.17 billion; Thursday's 16.4% jump adding $277 billion. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    genoa()
    korea()
    nvidia()
