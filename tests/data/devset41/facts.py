"""The forty-first development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset41/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def helene():
    A, K, R, T, C = "ap-sep27", "kompas-sep30", "reuters-oct02", "tempo-oct04", "cnn-sep25"
    names = {
     "dead": "death toll of the storm (all states)", "nc": "dead in North Carolina", "buncombe": "dead in Buncombe County",
     "ga": "dead in Georgia", "sc": "dead in South Carolina", "fl": "dead in Florida", "tn": "dead in Tennessee",
     "va": "dead in Virginia", "missing": "people unaccounted for in western North Carolina",
     "outages": "homes and businesses without power", "wind": "maximum sustained winds at landfall (mph)",
     "cat": "Helene's category at landfall", "idalia_cat": "Idalia's category (2023)", "milton_cat": "Milton's category",
     "surge": "storm surge at Keaton Beach (feet)", "miles": "distance of the landfall from Perry (miles)",
     "rain": "rain at the Busick gauge (inches)", "katrina": "dead in Hurricane Katrina (2005)",
     "troops": "active-duty soldiers ordered in", "states": "states with deaths", "outage_states": "states with the 2 million outages",
     "insured": "insured losses (estimate)", "fema": "FEMA aid paid out by early October", "damage": "damage in the US (final report)",
     "aid": "disaster aid approved by Congress", "i40": "the interstate's number (40)",
     "months": "months between Idalia and Helene", "week": "a week after landfall", "twoweeks": "weeks between Helene and Milton",
     "water_weeks": "weeks without safe tap water in Asheville",
     # dates
     "landfall": "day Helene made landfall", "toll27": "day the 44 dead were counted", "power27": "day of the 4 million outages",
     "weaken": "day Helene weakened to a tropical storm", "idalia": "day Idalia made landfall", "toll30": "day the 116 dead were counted",
     "power30": "day of the 2 million outages", "declaration": "day Biden approved North Carolina's major disaster declaration",
     "nc_day": "day North Carolina gave 72 dead", "missing_day": "day the 600 unaccounted for were given",
     "flyover": "day Biden flew over western North Carolina", "troops_day": "day Biden ordered soldiers in",
     "harris": "day Harris visited Augusta", "katrina_year": "year of Katrina", "toll03": "day the toll passed 200",
     "fix_day": "day Buncombe County corrected its toll", "missing21": "day 92 were still missing",
     "water": "day Asheville's water was declared safe", "i40_open": "day Interstate 40 reopened", "milton": "day Milton made landfall",
     "aid_month": "month Congress approved disaster aid",
    }
    ms = [
     M(A, "Category 4", N, "cat", 4, cls="cat"),
     M(A, "140 mph", N, "wind", 140, cls="speed"),
     M(A, "at least 44 people", N, "dead", 44, "2024-09-27", "atleast"),
     M(A, "about 20 miles", N, "miles", 20, qual="approx", cls="len"),
     M(A, "15 feet", N, "surge", 15, cls="len"),
     M(A, "at least 15", N, "ga", 15, "2024-09-27", "atleast"),
     M(A, "at least 13", N, "sc", 13, "2024-09-27", "atleast"),
     M(A, "More than 4 million", N, "outages", 4e6, "2024-09-27", "morethan", fall=True),
     M(A, "13 months", N, "months", 13, cls="dur"),
     M(A, "Category 3", N, "idalia_cat", 3, cls="cat"),
     M(A, "Thursday", D, "landfall", "2024-09-26"),
     M(A, "Friday evening", D, "toll27", "2024-09-27"),
     M(A, "Friday afternoon", D, "power27", "2024-09-27"),
     M(A, "Aug. 30, 2023", D, "idalia", "2023-08-30"),
     M(A, "Friday morning", D, "weaken", "2024-09-27"),

     M(K, "sedikitnya 116 orang", N, "dead", 116, "2024-09-30", "atleast"),
     M(K, "enam negara bagian", N, "states", 6),
     M(K, "40 orang", N, "nc", 40, "2024-09-30"),
     M(K, "25 orang", N, "ga", 25, "2024-09-30"),
     M(K, "25 orang", N, "sc", 25, "2024-09-30", occ=2),
     M(K, "14 orang", N, "fl", 14, "2024-09-30"),
     M(K, "11 orang", N, "tn", 11, "2024-09-30"),
     M(K, "satu orang", N, "va", 1, "2024-09-30"),
     M(K, "30 korban", N, "buncombe", 30, "2024-09-30"),
     M(K, "kategori 4", N, "cat", 4, cls="cat"),
     M(K, "225 kilometer per jam", N, "wind", 140, qual="unit", cls="speed"),
     M(K, "lima negara bagian", N, "outage_states", 5),
     M(K, "Sekitar 2 juta pelanggan", N, "outages", 2e6, "2024-09-30", "approx", fall=True),
     M(K, "sekitar 6,4 miliar dolar AS", N, "insured", 6.4e9, qual="approx", cls="money", src="Karen Clark & Co"),
     M(K, "Senin (30/9/2024)", D, "toll30", "2024-09-30"),
     M(K, "Kamis (26/9/2024)", D, "landfall", "2024-09-26"),
     M(K, "Sabtu (28/9/2024)", D, "declaration", "2024-09-28"),
     M(K, "Senin", D, "power30", "2024-09-30", occ=2),

     M(R, "at least 162", N, "dead", 162, "2024-10-02", "atleast"),
     M(R, "six states", N, "states", 6),
     M(R, "nearly 1,400 people", N, "katrina", 1400, qual="nearly"),
     M(R, "at least 72", N, "nc", 72, "2024-10-01", "atleast"),
     M(R, "61", N, "buncombe", 61, "2024-10-01"),
     M(R, "About 600 people", N, "missing", 600, "2024-10-01", "approx", fall=True),
     M(R, "1,000 active-duty soldiers", N, "troops", 1000),
     M(R, "more than 30 inches", N, "rain", 30, qual="morethan", cls="len"),
     M(R, "$8 billion", N, "insured", 8e9, qual="atleast", cls="money", src="Moody's RMS"),
     M(R, "$14 billion", N, "insured", 14e9, qual="nearly", cls="money", src="Moody's RMS"),
     M(R, "$6.4 billion", N, "insured", 6.4e9, cls="money", src="Karen Clark & Co"),
     M(R, "Category 4", N, "cat", 4, cls="cat"),
     M(R, "Wednesday", D, "flyover", "2024-10-02"),
     M(R, "2005", D, "katrina_year", "2005"),
     M(R, "Tuesday", D, "nc_day", "2024-10-01"),
     M(R, "Tuesday", D, "missing_day", "2024-10-01", occ=2),
     M(R, "Saturday", D, "declaration", "2024-09-28"),
     M(R, "Wednesday", D, "troops_day", "2024-10-02", occ=2),
     M(R, "Wednesday", D, "harris", "2024-10-02", occ=3),
     M(R, "Thursday night", D, "landfall", "2024-09-26"),

     M(T, "200 orang", N, "dead", 200, "2024-10-03", "morethan"),
     M(T, "satu pekan", N, "week", 1, cls="dur"),
     M(T, "sedikitnya 215 orang", N, "dead", 215, "2024-10-03", "atleast"),
     M(T, "enam negara bagian", N, "states", 6),
     M(T, "95 orang", N, "nc", 95, "2024-10-03"),
     M(T, "36 orang", N, "sc", 36, "2024-10-03"),
     M(T, "33 orang", N, "ga", 33, "2024-10-03"),
     M(T, "61", N, "buncombe", 61, "2024-10-01"),
     M(T, "57 orang", N, "buncombe", 57, "2024-10-03"),
     M(T, "kategori 4", N, "cat", 4, cls="cat"),
     M(T, "250 kilometer per jam", N, "wind", 155, qual="unit", cls="speed", planted=True),
     M(T, "1.000 tentara aktif", N, "troops", 1000),
     M(T, "137 juta dolar AS", N, "fema", 137e6, qual="morethan", cls="money"),
     M(T, "Kamis (3/10/2024)", D, "toll03", "2024-10-03"),
     M(T, "Kamis", D, "fix_day", "2024-10-03", occ=2),
     M(T, "Rabu (2/10/2024)", D, "flyover", "2024-10-02"),

     M(C, "Category 4", N, "cat", 4, cls="cat"),
     M(C, "140 mph", N, "wind", 140, cls="speed"),
     M(C, "about 250 deaths", N, "dead", 250, "2025-04", "approx"),
     M(C, "six states", N, "states", 6),
     M(C, "107 deaths", N, "nc", 107, "2025-04"),
     M(C, "$78.7 billion", N, "damage", 78.7e9, cls="money"),
     M(C, "about 600 people", N, "missing", 600, "2024-10-01", "approx", fall=True),
     M(C, "92 people", N, "missing", 92, "2024-10-21", fall=True),
     M(C, "seven weeks", N, "water_weeks", 7, qual="morethan", cls="dur"),
     M(C, "Interstate 40", N, "i40", 40),
     M(C, "two weeks", N, "twoweeks", 2, cls="dur"),
     M(C, "Category 3", N, "milton_cat", 3, cls="cat"),
     M(C, "about $100 billion", N, "aid", 100e9, qual="approx", cls="money"),
     M(C, "Sept. 26, 2024", D, "landfall", "2024-09-26"),
     M(C, "Oct. 1", D, "missing_day", "2024-10-01"),
     M(C, "Oct. 21", D, "missing21", "2024-10-21"),
     M(C, "Nov. 18", D, "water", "2024-11-18"),
     M(C, "March 1", D, "i40_open", "2025-03-01"),
     M(C, "Oct. 9, 2024", D, "milton", "2024-10-09"),
     M(C, "December", D, "aid_month", "2024-12"),
    ]
    build("helene-2024", "Hurricane Helene (landfall in Florida's Big Bend on Thursday 26 September 2024, Category 4, "
          "140 mph): the toll rising over a week (44 -> 116 -> 162 -> more than 200 / 215) and about 250 in the final "
          "report, state tolls rising (North Carolina 40 -> 72 -> 95 -> 107; Georgia, South Carolina), Buncombe County's "
          "toll 30 -> 61, corrected down to 57; about 600 unaccounted for falling to 92; outages falling; two firms' "
          "estimates of insured losses; Katrina's toll, Idalia's and Milton's categories recalled; dates of the "
          "landfall, the counts, a declaration, a flyover, an order and a visit, and of later events", False, ms, names)


def pakistan():
    R, K, J, A, P = "reuters-feb09", "kompas-feb11", "aljazeera-feb21", "antara-mar03", "ap-mar10"
    FRI, FINAL = "2024-02-09T20", "final"
    names = {
     "declared": "National Assembly seats declared", "contested": "National Assembly seats polled",
     "general": "directly elected seats", "ind": "seats won by independents", "pti": "seats won by PTI-backed independents",
     "pmln": "seats won by the PML-N", "ppp": "seats won by the PPP", "mqm": "seats won by the MQM-P",
     "majority": "seats (votes) needed for a majority", "house": "members of the National Assembly",
     "reserved": "seats reserved for women and minorities", "cases": "cases Khan was sentenced in",
     "blast": "dead in the two bomb blasts in Balochistan", "blasts": "bomb blasts in Balochistan",
     "postponed": "constituencies whose vote was postponed", "voters": "registered voters", "pop": "population",
     "pm_votes": "votes for Shehbaz Sharif as prime minister", "ayub_votes": "votes for Omar Ayub Khan",
     "speaker_votes": "votes for the speaker", "zardari_votes": "votes for Zardari as president",
     "achakzai_votes": "votes for Achakzai", "turnout": "turnout of the 2024 election", "turnout18": "turnout of the 2018 election",
     "nawaz_age": "Nawaz Sharif's age", "khan_age": "Imran Khan's age", "shehbaz_age": "Shehbaz Sharif's age",
     "zardari_age": "Zardari's age", "hours": "hours until the final result", "deal_days": "days from the vote to the deal",
     "session_days": "days within which the assembly must meet", "months": "months of Shehbaz's first term",
     # dates
     "election": "election day", "lead": "day the independents led the count", "count_fri": "day of the count of 154 seats",
     "nawaz": "day Nawaz Sharif claimed the lead", "shutdown": "day mobile services were suspended",
     "final": "day the final results were complete", "y2018": "year of the previous election", "deal": "day the coalition deal was announced",
     "session": "day the assembly had to meet by", "pm_vote": "day the assembly elected the prime minister",
     "pm_oath": "day the prime minister was sworn in", "speaker": "day the speaker was elected",
     "first_term": "start of Shehbaz's first term", "pres_vote": "day of the presidential election",
     "pres_oath": "day Zardari was sworn in", "z2008": "start of Zardari's first term", "z2013": "end of Zardari's first term",
     "jailed": "month Khan was jailed", "results_month": "month of the election results",
    }
    ms = [
     M(R, "154", N, "declared", 154, FRI),
     M(R, "265", N, "contested", 265),
     M(R, "61", N, "ind", 61, FRI),
     M(R, "43", N, "pmln", 43, FRI),
     M(R, "37", N, "ppp", 37, FRI),
     M(R, "169 seats", N, "majority", 169),
     M(R, "336-member", N, "house", 336),
     M(R, "70 seats", N, "reserved", 70),
     M(R, "74", N, "nawaz_age", 74, cls="age"),
     M(R, "71", N, "khan_age", 71, cls="age"),
     M(R, "three separate cases", N, "cases", 3),
     M(R, "two bomb blasts", N, "blasts", 2),
     M(R, "28 people", N, "blast", 28),
     M(R, "About 128 million", N, "voters", 128e6, qual="approx"),
     M(R, "around 241 million", N, "pop", 241e6, qual="approx"),
     M(R, "Friday", D, "lead", "2024-02-09"),
     M(R, "Friday evening", D, "count_fri", "2024-02-09"),
     M(R, "Thursday", D, "election", "2024-02-08"),
     M(R, "Friday", D, "nawaz", "2024-02-09", occ=3),
     M(R, "Thursday", D, "shutdown", "2024-02-08", occ=2),

     M(K, "101 kursi", N, "ind", 101, FINAL),
     M(K, "93 kursi", N, "pti", 93, FINAL),
     M(K, "75 kursi", N, "pmln", 75, FINAL),
     M(K, "54 kursi", N, "ppp", 54, FINAL),
     M(K, "17 kursi", N, "mqm", 17, FINAL),
     M(K, "169 kursi", N, "majority", 169),
     M(K, "336 orang", N, "house", 336),
     M(K, "266 kursi", N, "general", 266),
     M(K, "265 kursi", N, "declared", 265, FINAL, also={"contested": 265}),
     M(K, "satu daerah pemilihan", N, "postponed", 1),
     M(K, "47,6 persen", N, "turnout", 47.6, cls="pct", src="election commission"),
     M(K, "51,7 persen", N, "turnout18", 51.7, cls="pct"),
     M(K, "60 jam", N, "hours", 60, qual="morethan", cls="dur"),
     M(K, "Kamis (8/2/2024)", D, "election", "2024-02-08"),
     M(K, "Minggu (11/2/2024)", D, "final", "2024-02-11"),
     M(K, "2018", D, "y2018", "2018"),
     M(K, "Kamis sore", D, "election", "2024-02-08"),

     M(J, "12 days", N, "deal_days", 12, cls="dur"),
     M(J, "72", N, "shehbaz_age", 72, cls="age"),
     M(J, "68", N, "zardari_age", 68, cls="age"),
     M(J, "75", N, "pmln", 75, FINAL),
     M(J, "45", N, "ppp", 45, FINAL, planted=True),
     M(J, "169 votes", N, "majority", 169),
     M(J, "336-seat", N, "house", 336),
     M(J, "93 seats", N, "pti", 93, FINAL),
     M(J, "47.8 percent", N, "turnout", 47.8, cls="pct", src="FAFEN"),
     M(J, "47.6 percent", N, "turnout", 47.6, cls="pct", src="election commission"),
     M(J, "21 days", N, "session_days", 21, cls="dur"),
     M(J, "Tuesday", D, "deal", "2024-02-20"),
     M(J, "Feb. 29", D, "session", "2024-02-29"),

     M(A, "211 suara", N, "pm_votes", 211, planted=True),
     M(A, "92 suara", N, "ayub_votes", 92),
     M(A, "169 suara", N, "majority", 169),
     M(A, "336 anggota", N, "house", 336),
     M(A, "199 suara", N, "speaker_votes", 199),
     M(A, "sekitar 16 bulan", N, "months", 16, qual="approx", cls="dur"),
     M(A, "Minggu (3/3/2024)", D, "pm_vote", "2024-03-03"),
     M(A, "Senin (4/3/2024)", D, "pm_oath", "2024-03-04"),
     M(A, "8 Februari", D, "election", "2024-02-08"),
     M(A, "Jumat (1/3/2024)", D, "speaker", "2024-03-01"),
     M(A, "April 2022", D, "first_term", "2022-04"),
     M(A, "9 Maret", D, "pres_vote", "2024-03-09"),

     M(P, "411 votes", N, "zardari_votes", 411),
     M(P, "181", N, "achakzai_votes", 181),
     M(P, "68", N, "zardari_age", 68, cls="age"),
     M(P, "201 votes", N, "pm_votes", 201),
     M(P, "92 votes", N, "ayub_votes", 92),
     M(P, "75 seats", N, "pmln", 75, FINAL),
     M(P, "54", N, "ppp", 54, FINAL),
     M(P, "93", N, "pti", 93, FINAL),
     M(P, "Sunday", D, "pres_oath", "2024-03-10"),
     M(P, "Saturday", D, "pres_vote", "2024-03-09"),
     M(P, "2008", D, "z2008", "2008"),
     M(P, "2013", D, "z2013", "2013"),
     M(P, "March 3", D, "pm_vote", "2024-03-03"),
     M(P, "Feb. 8", D, "election", "2024-02-08"),
     M(P, "August", D, "jailed", "2023-08"),
     M(P, "February", D, "results_month", "2024-02"),
    ]
    build("pakistan-election-2024", "Pakistan's general election of Thursday 8 February 2024: a slow count (154 of 265 "
          "seats declared on the Friday evening, the final result on Sunday 11 February: independents 61 -> 101, 93 of "
          "them backed by the PTI, PML-N 43 -> 75, PPP 37 -> 54, MQM-P 17), 169 of 336 for a majority, turnout by the "
          "commission and by observers, the 2018 turnout recalled, the coalition deal, the speaker (199 votes) and the "
          "prime minister (201 votes against 92) elected and sworn in on their own days, the president elected (411 "
          "against 181) and sworn in", False, ms, names)


def japan():
    R, K, N_, C = "reuters-feb15", "kompas-feb16", "nikkei-feb17", "cnbcindonesia-feb19"
    names = {
     "ann": "real GDP, fourth quarter of 2023, annualised change", "qq": "real GDP, fourth quarter, quarter-on-quarter change",
     "q3ann": "real GDP, third quarter, annualised change (revised)", "q3qq": "real GDP, third quarter, quarter-on-quarter change",
     "fc": "economists' forecast, annualised", "cons": "private consumption, quarter-on-quarter change",
     "capex": "capital expenditure, quarter-on-quarter change", "ext": "external demand's contribution (points)",
     "dom": "domestic demand's contribution (points)", "real": "real GDP growth in 2023", "nom": "nominal GDP growth in 2023",
     "yen": "nominal GDP in 2023 (yen)", "usd": "nominal GDP in 2023 (dollars)", "germany": "Germany's nominal GDP in 2023 (dollars)",
     "fx": "yen per dollar", "quarters": "quarters of contraction", "cons_q": "quarters of falling consumption",
     # dates
     "release": "day the preliminary figures were released", "y2023": "the year 2023", "revision": "day of the revised estimate",
    }
    P = dict(cls="pct")
    ms = [
     M(R, "0.4%", N, "ann", 0.4, **P),
     M(R, "3.3%", N, "q3ann", 3.3, **P),
     M(R, "1.4%", N, "fc", 1.4, **P),
     M(R, "0.1%", N, "qq", 0.1, **P),
     M(R, "0.8%", N, "q3qq", 0.8, **P),
     M(R, "0.2%", N, "cons", 0.2, **P),
     M(R, "0.1%", N, "capex", 0.1, occ=2, **P),
     M(R, "0.2 percentage point", N, "ext", 0.2, **P),
     M(R, "0.3 point", N, "dom", 0.3, **P),
     M(R, "591.48 trillion yen", N, "yen", 591.48e12, cls="money"),
     M(R, "about $4.2 trillion", N, "usd", 4.2e12, qual="approx", cls="money"),
     M(R, "$4.4 trillion", N, "germany", 4.4e12, qual="approx", cls="money"),
     M(R, "1.9%", N, "real", 1.9, **P),
     M(R, "5.7%", N, "nom", 5.7, **P),
     M(R, "around 150", N, "fx", 150, qual="approx", cls="fx"),
     M(R, "Thursday", D, "release", "2024-02-15"),
     M(R, "2023", D, "y2023", "2023"),

     M(K, "dua kuartal", N, "quarters", 2, cls="quarters"),
     M(K, "Kamis (15/2/2024)", D, "release", "2024-02-15"),
     M(K, "2023", D, "y2023", "2023"),
     M(K, "0,4 persen", N, "ann", 0.4, **P),
     M(K, "3,3 persen", N, "q3ann", 3.3, **P),
     M(K, "0,1 persen", N, "qq", 0.1, **P),
     M(K, "1,4 persen", N, "fc", 1.4, **P),
     M(K, "0,2 persen", N, "cons", 0.2, **P),
     M(K, "0,1 persen", N, "capex", 0.1, occ=2, **P),
     M(K, "2023", D, "y2023", "2023", occ=2),
     M(K, "591,48 triliun yen", N, "yen", 591.48e12, cls="money"),
     M(K, "sekitar 4,2 triliun dolar AS", N, "usd", 4.2e12, qual="approx", cls="money"),
     M(K, "4,4 triliun dolar AS", N, "germany", 4.4e12, qual="approx", cls="money"),
     M(K, "1,9 persen", N, "real", 1.9, **P),
     M(K, "5,7 persen", N, "nom", 5.7, **P),
     M(K, "kisaran 150", N, "fx", 150, qual="approx", cls="fx"),

     M(N_, "2023", D, "y2023", "2023"),
     M(N_, "three quarters", N, "cons_q", 3, cls="quarters"),
     M(N_, "Thursday", D, "release", "2024-02-15"),
     M(N_, "0.1%", N, "qq", 0.1, **P),
     M(N_, "0.4%", N, "ann", 0.4, **P),
     M(N_, "1.4%", N, "fc", 1.4, **P),
     M(N_, "3.3%", N, "q3ann", 3.3, **P),
     M(N_, "two straight quarters", N, "quarters", 2, cls="quarters"),
     M(N_, "0.2%", N, "cons", 0.2, **P),
     M(N_, "0.1%", N, "capex", 0.1, occ=2, **P),
     M(N_, "0.2 percentage point", N, "ext", 0.2, **P),
     M(N_, "591.48 trillion yen", N, "yen", 591.48e12, cls="money"),
     M(N_, "about $4.2 trillion", N, "usd", 4.2e12, qual="approx", cls="money"),
     M(N_, "$4.4 trillion", N, "germany", 4.4e12, qual="approx", cls="money"),
     M(N_, "1.9%", N, "real", 1.9, **P),
     M(N_, "5.7%", N, "nom", 5.7, **P),
     M(N_, "around 150", N, "fx", 150, qual="approx", cls="fx"),
     M(N_, "March 11", D, "revision", "2024-03-11"),

     M(C, "Kamis (15/2/2024)", D, "release", "2024-02-15"),
     M(C, "2023", D, "y2023", "2023"),
     M(C, "0,4 persen", N, "ann", 0.4, **P),
     M(C, "0,1 persen", N, "qq", 0.1, **P),
     M(C, "1,4 persen", N, "fc", 1.4, **P),
     M(C, "3,3 persen", N, "q3ann", 3.3, **P),
     M(C, "0,2 persen", N, "cons", 0.2, **P),
     M(C, "0,3 poin persentase", N, "dom", 0.3, **P),
     M(C, "1,9 persen", N, "real", 1.9, **P),
     M(C, "591,48 triliun yen", N, "yen", 591.48e12, cls="money"),
     M(C, "sekitar 4,2 triliun dolar AS", N, "usd", 4.2e12, qual="approx", cls="money"),
     M(C, "4,4 triliun dolar AS", N, "germany", 4.4e12, qual="approx", cls="money"),
     M(C, "11 Maret 2024", D, "revision", "2024-03-11"),
    ]
    build("japan-q4-gdp-2024", "Japan's preliminary GDP for the fourth quarter of 2023 (control), released by the "
          "Cabinet Office on Thursday 15 February 2024: real GDP down an annualised 0.4% (0.1% on the quarter) after a "
          "revised 3.3% (0.8%) fall, against a forecast of 1.4% growth; consumption down 0.2%, capital spending down "
          "0.1%, external demand +0.2 and domestic demand -0.3 points; 2023 growth 1.9% real and 5.7% nominal; nominal "
          "GDP 591.48 trillion yen (about $4.2 trillion) against Germany's $4.4 trillion; the yen near 150; the revised "
          "estimate due on 11 March. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    helene()
    pakistan()
    japan()
