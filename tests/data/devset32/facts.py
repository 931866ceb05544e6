"""The thirty-second development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset32/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def bridge():
    A, K, T, R, P = "ap-aug02", "kompas-aug03", "tempo-aug09", "reuters-aug21", "republika-sep19"
    names = {
     "dead": "death toll of the bridge collapse", "missing": "people missing in the river",
     "injured": "people injured in the collapse", "children": "children on the school bus",
     "lanes_old": "lanes of the collapsed bridge", "lanes_new": "lanes of the replacement bridge",
     "traffic": "vehicles crossing the bridge a day", "vehicles": "vehicles on the bridge when it fell",
     "span": "length of the main span (m)", "length": "length of the bridge (m)", "found2": "bodies found on 8 August",
     "silver": "dead in the 1967 Silver Bridge collapse", "mianus": "dead in the 1983 Mianus River bridge collapse",
     "funds5": "federal emergency money released", "aid": "federal aid for the rebuilding", "cost": "cost of the new bridge",
     "comp": "state compensation fund for victims", "age": "age of the bridge", "ntsb_months": "expected length of the investigation",
     "days19": "days from the collapse to the last recovery", "months13": "months from the collapse to the reopening",
     "ahead": "months ahead of schedule", "weight": "tonnes of repair material on the deck",
     # dates
     "collapse": "day of the collapse", "toll7day": "night the seven dead were reported", "toll4day": "day the toll was lowered to four",
     "fundsday": "day the emergency money was released", "opened": "year the old bridge opened", "deficient": "year rated structurally deficient",
     "silveryear": "year of the Silver Bridge collapse", "toll5day": "day the five dead were counted", "visit": "day of Bush's visit",
     "found8": "day two more bodies were found", "signed": "day Bush signed the aid", "lastfound": "day the last victim was recovered",
     "target": "target opening of the new bridge", "mianusyear": "year of the Mianus River collapse",
     "reopen": "day the replacement bridge opened", "ntsbdue": "month the final findings are due",
     "compday": "month the compensation fund was approved", "ceremony": "evening of the opening ceremony",
    }
    ms = [
     M(A, "four", N, "dead", 4, "2007-08-02T12"),
     M(A, "seven", N, "dead", 7, "2007-08-01T23"),
     M(A, "eight-lane", N, "lanes_old", 8),
     M(A, "about 20 people", N, "missing", 20, "2007-08-02", "approx", src="the Minneapolis police", fall=True),
     M(A, "about 60 injured people", N, "injured", 60, "2007-08-02T06", "approx"),
     M(A, "more than 50 children", N, "children", 50, qual="morethan"),
     M(A, "about 140,000 vehicles", N, "traffic", 140000, qual="approx"),
     M(A, "456 feet", N, "span", 139, qual="unit", cls="len"),
     M(A, "$5 million", N, "funds5", 5e6, cls="money"),
     M(A, "46 people", N, "silver", 46),
     M(A, "Thursday", D, "toll4day", "2007-08-02"),
     M(A, "Wednesday", D, "toll7day", "2007-08-01"),
     M(A, "Wednesday", D, "collapse", "2007-08-01", occ=2),
     M(A, "1967", D, "opened", "1967"),
     M(A, "1990", D, "deficient", "1990"),
     M(A, "Thursday", D, "fundsday", "2007-08-02", occ=2),
     M(A, "1967", D, "silveryear", "1967", occ=2),

     M(K, "lima orang", N, "dead", 5, "2007-08-02T22"),
     M(K, "30 orang", N, "missing", 30, "2007-08-02", "approx", src="the Hennepin County sheriff", fall=True),
     M(K, "79 korban luka", N, "injured", 79, "2007-08-02T22"),
     M(K, "delapan lajur", N, "lanes_old", 8),
     M(K, "581 meter", N, "length", 581, cls="len"),
     M(K, "139 meter", N, "span", 139, cls="len"),
     M(K, "sekitar 50 kendaraan", N, "vehicles", 50, "2007-08-02", "approx"),
     M(K, "sekitar 140.000 kendaraan", N, "traffic", 140000, qual="approx"),
     M(K, "Kamis (2/8/2007)", D, "toll5day", "2007-08-02"),
     M(K, "Rabu (1/8/2007)", D, "collapse", "2007-08-01"),
     M(K, "1967", D, "opened", "1967"),
     M(K, "Sabtu (4/8/2007)", D, "visit", "2007-08-04"),

     M(T, "dua jenazah", N, "found2", 2),
     M(T, "delapan orang", N, "dead", 8, "2007-08-08"),
     M(T, "lima orang", N, "missing", 5, "2007-08-08", fall=True),
     M(T, "US$ 250 juta", N, "aid", 250e6, cls="money"),
     M(T, "40 tahun", N, "age", 40, cls="dur"),
     M(T, "sekitar 104.000 kendaraan", N, "traffic", 104000, qual="approx", planted=True),
     M(T, "18 bulan", N, "ntsb_months", 18, cls="dur"),
     M(T, "sekitar 300 ton", N, "weight", 300, qual="approx", cls="weight"),
     M(T, "Rabu (8/8/2007)", D, "found8", "2007-08-08"),
     M(T, "Sabtu (4/8/2007)", D, "visit", "2007-08-04"),
     M(T, "Senin (6/8/2007)", D, "signed", "2007-08-06"),
     M(T, "Rabu (1/8/2007)", D, "collapse", "2007-08-01"),

     M(R, "13", N, "dead", 13, "final"),
     M(R, "19 days", N, "days19", 19, cls="dur"),
     M(R, "111 vehicles", N, "vehicles", 111, "final"),
     M(R, "About 100 people", N, "injured", 100, "2007-08-21", "approx"),
     M(R, "10-lane", N, "lanes_new", 10),
     M(R, "$250 million", N, "aid", 250e6, cls="money"),
     M(R, "three people", N, "mianus", 3),
     M(R, "Monday", D, "lastfound", "2007-08-20"),
     M(R, "Aug. 1", D, "collapse", "2007-08-01"),
     M(R, "end of 2008", D, "target", "2008-12"),
     M(R, "Aug. 6", D, "signed", "2007-08-06"),
     M(R, "1983", D, "mianusyear", "1983"),

     M(P, "13 bulan", N, "months13", 13, qual="morethan", cls="dur"),
     M(P, "sepuluh lajur", N, "lanes_new", 10),
     M(P, "US$ 234 juta", N, "cost", 234e6, qual="approx", cls="money"),
     M(P, "tiga bulan", N, "ahead", 3, cls="dur"),
     M(P, "13 orang", N, "dead", 13, "final"),
     M(P, "145 orang", N, "injured", 145, "final"),
     M(P, "111 kendaraan", N, "vehicles", 111, "final"),
     M(P, "50 anak", N, "children", 50, qual="morethan"),
     M(P, "sekitar 140.000 kendaraan", N, "traffic", 140000, qual="approx"),
     M(P, "US$ 38 juta", N, "comp", 38e6, cls="money"),
     M(P, "Kamis (18/9/2008)", D, "reopen", "2008-09-18"),
     M(P, "1 Agustus 2007", D, "collapse", "2007-08-01"),
     M(P, "1967", D, "opened", "1967"),
     M(P, "November", D, "ntsbdue", "2008-11"),
     M(P, "Mei", D, "compday", "2008-05"),
     M(P, "Rabu malam", D, "ceremony", "2008-09-17"),
    ]
    build("minneapolis-bridge-2007", "Collapse of the Interstate 35W bridge over the Mississippi in Minneapolis "
          "(Wednesday 1 August 2007): the toll reported as seven that night and lowered to four the next day, then "
          "rising (5 -> 8 -> 13 when the last missing victim was recovered on 20 August), the missing by two agencies "
          "(about 20 by the police, up to 30 by the sheriff) and falling, the injured rising (about 60 -> 79 -> about "
          "100 -> 145), vehicles on the bridge (about 50 estimated -> 111), the bridge's traffic, lanes, span and "
          "length, federal money, the replacement bridge opened on 18 September 2008, two older bridge collapses "
          "recalled with their own tolls; dates of statements, the visit, the signing, the recovery and the reopening",
          False, ms, names)


def senegal():
    A, C, R, K, J = "afp-mar25", "cnnindonesia-mar28", "reuters-mar30", "kompas-apr03", "aljazeera-mar24"
    names = {
     "faye": "Faye's share of the vote", "ba": "Ba's share of the vote", "turnout": "turnout", "dia": "Dia's share of the vote",
     "threshold": "share no other candidate reached", "sall2019": "Sall's share in 2019",
     "faye_votes": "Faye's votes", "ba_votes": "Ba's votes", "registered": "registered voters",
     "terms": "Sall's terms", "candidates": "candidates on the ballot", "others": "other candidates below 2%",
     "protest_dead": "people killed in the postponement protests", "states": "other states sharing the CFA franc",
     "age": "Faye's age", "days10": "days between the release and the vote", "sall_years": "years Sall governed",
     "gap7": "years between Sall's run-off win and his 2019 win", "seats": "Pastef's seats", "seats_total": "seats in the National Assembly",
     "deficit": "2023 budget deficit found by the audit", "deficit_rep": "2023 budget deficit as first reported",
     "imf": "IMF programme frozen",
     # dates
     "concede": "day Ba conceded", "vote": "day of the presidential vote", "birthday": "Faye's 44th birthday",
     "release": "day Faye and Sonko were released", "origdate": "original election date", "provisional": "day of the provisional results",
     "indep": "year of independence", "sallend": "end of Sall's term", "final": "day the Constitutional Council confirmed the result",
     "inaug": "day of Faye's inauguration", "y2019": "year of Sall's re-election", "y2012": "year Sall took office",
     "dissolve": "month the National Assembly was dissolved", "legis": "day of the legislative elections",
     "audit": "month the audit was published", "budgetyear": "budget year audited",
    }
    ms = [
     M(A, "about 53.7 percent", N, "faye", 53.7, qual="approx", cls="pct", src="a tally by local media"),
     M(A, "two terms", N, "terms", 2),
     M(A, "44", N, "age", 44, "2024-03", cls="age"),
     M(A, "ten days", N, "days10", 10, cls="dur"),
     M(A, "About 7.3 million people", N, "registered", 7.3e6, qual="approx"),
     M(A, "19 candidates", N, "candidates", 19),
     M(A, "at least three people", N, "protest_dead", 3, qual="atleast"),
     M(A, "Monday", D, "concede", "2024-03-25"),
     M(A, "Sunday", D, "vote", "2024-03-24"),
     M(A, "Monday", D, "birthday", "2024-03-25", occ=2),
     M(A, "March 14", D, "release", "2024-03-14"),
     M(A, "Feb. 25", D, "origdate", "2024-02-25"),
     M(A, "March 24", D, "vote", "2024-03-24"),

     M(C, "54,28 persen", N, "faye", 54.28, cls="pct", src="the national vote-counting commission"),
     M(C, "2.434.751 suara", N, "faye_votes", 2434751),
     M(C, "1.605.086 suara", N, "ba_votes", 1605086),
     M(C, "35,79 persen", N, "ba", 35.79, cls="pct"),
     M(C, "61,30 persen", N, "turnout", 61.30, cls="pct"),
     M(C, "44 tahun", N, "age", 44, "2024-03", cls="age"),
     M(C, "Rabu (27/3/2024)", D, "provisional", "2024-03-27"),
     M(C, "Minggu (24/3/2024)", D, "vote", "2024-03-24"),
     M(C, "1960", D, "indep", "1960"),
     M(C, "2 April 2024", D, "sallend", "2024-04-02"),

     M(R, "54.28%", N, "faye", 54.28, cls="pct"),
     M(R, "35.79%", N, "ba", 35.79, cls="pct"),
     M(R, "61.30%", N, "turnout", 61.30, cls="pct"),
     M(R, "2.80%", N, "dia", 2.80, cls="pct"),
     M(R, "16 candidates", N, "others", 16),
     M(R, "2%", N, "threshold", 2, cls="pct"),
     M(R, "58.26%", N, "sall2019", 58.26, cls="pct"),
     M(R, "seven years", N, "gap7", 7, cls="dur"),
     M(R, "seven other", N, "states", 7),
     M(R, "Friday", D, "final", "2024-03-29"),
     M(R, "March 24", D, "vote", "2024-03-24"),
     M(R, "Tuesday, April 2", D, "inaug", "2024-04-02"),
     M(R, "1960", D, "indep", "1960"),
     M(R, "2019", D, "y2019", "2019"),

     M(K, "44 tahun", N, "age", 44, "2024-03", cls="age"),
     M(K, "54,28 persen", N, "faye", 54.28, cls="pct"),
     M(K, "35,97 persen", N, "ba", 35.97, cls="pct", planted=True),
     M(K, "sepuluh hari", N, "days10", 10, cls="dur"),
     M(K, "12 tahun", N, "sall_years", 12, cls="dur"),
     M(K, "61,30 persen", N, "turnout", 61.30, cls="pct"),
     M(K, "Selasa (2/4/2024)", D, "inaug", "2024-04-02"),
     M(K, "24 Maret", D, "vote", "2024-03-24"),
     M(K, "14 Maret", D, "release", "2024-03-14"),
     M(K, "2012", D, "y2012", "2012"),

     M(J, "54.28 percent", N, "faye", 54.28, cls="pct"),
     M(J, "130", N, "seats", 130),
     M(J, "165 seats", N, "seats_total", 165),
     M(J, "12.3 percent", N, "deficit", 12.3, cls="pct"),
     M(J, "4.9 percent", N, "deficit_rep", 4.9, cls="pct"),
     M(J, "about $1.8 billion", N, "imf", 1.8e9, qual="approx", cls="money"),
     M(J, "61.30 percent", N, "turnout", 61.30, cls="pct"),
     M(J, "35.79 percent", N, "ba", 35.79, cls="pct"),
     M(J, "45", N, "age", 45, "2025-03", cls="age"),
     M(J, "April 3, 2024", D, "inaug", "2024-04-03", planted=True),
     M(J, "September", D, "dissolve", "2024-09"),
     M(J, "November 17", D, "legis", "2024-11-17"),
     M(J, "February", D, "audit", "2025-02"),
     M(J, "2023", D, "budgetyear", "2023"),
    ]
    build("senegal-election-2024", "Senegal's presidential election (Sunday 24 March 2024): Ba's concession on the "
          "Monday with a local media tally (about 53.7 %) against the commission's provisional result on Wednesday 27 "
          "March (Faye 54.28 %, 2,434,751 votes; Ba 35.79 %, 1,605,086 votes; turnout 61.30 %), confirmed by the "
          "Constitutional Council on Friday 29 March; the inauguration on Tuesday 2 April, the day Sall's term ended; "
          "Sall's 2019 share recalled; a year-later article (the legislative elections of 17 November 2024, an audit's "
          "deficits); dates of the vote, the concession, the release from prison, the original election date",
          False, ms, names)


def fed():
    R, C, K, F = "reuters-jul26", "cnbcindonesia-jul27", "kontan-jul28", "ft-jul29"
    JUL, JUN = "2023-07-26", "2023-06-14"
    names = {
     "hike": "size of the increase (basis points)", "lower": "lower bound of the federal funds target range",
     "upper": "upper bound of the federal funds target range", "years22": "years since the rate was last this high",
     "total": "total increases since March 2022 (percentage points)", "months16": "months of increases",
     "cpi": "US consumer inflation in June 2023", "months12": "months over which June's inflation is measured",
     "peak": "peak US consumer inflation (June 2022)", "target": "the Fed's inflation target", "qt": "monthly balance-sheet runoff",
     "prime": "big banks' prime rate", "bi": "Bank Indonesia's policy rate", "gdp": "US second-quarter growth (annualised)",
     "odds": "market odds of another rise this year", "pce": "core PCE inflation in the year to June",
     # dates
     "decision": "day of the Fed's decision", "since2022": "month the increases began", "pause": "month of the pause (June meeting)",
     "cpimonth": "month of the 3% inflation", "statementjune": "month of the June statement", "next": "next Fed decision",
     "last": "year the rate was last this high", "peakmonth": "month of the inflation peak", "biday": "day of Bank Indonesia's decision",
     "gdpday": "day the growth figures were released", "pceday": "day the PCE figures were released", "pcemonth": "month of the core PCE reading",
    }
    ms = [
     M(R, "25 basis points", N, "hike", 25, cls="pct"),
     M(R, "5.25%", N, "lower", 5.25, JUL, cls="pct"),
     M(R, "5.50%", N, "upper", 5.50, JUL, cls="pct"),
     M(R, "22 years", N, "years22", 22, cls="dur"),
     M(R, "5.25 percentage points", N, "total", 5.25, cls="pct"),
     M(R, "16 months", N, "months16", 16, cls="dur"),
     M(R, "3.0%", N, "cpi", 3.0, cls="pct"),
     M(R, "12 months", N, "months12", 12, cls="dur"),
     M(R, "9.1%", N, "peak", 9.1, cls="pct"),
     M(R, "2%", N, "target", 2, cls="pct"),
     M(R, "$95 billion", N, "qt", 95e9, cls="money"),
     M(R, "8.50%", N, "prime", 8.50, JUL, cls="pct"),
     M(R, "8.25%", N, "prime", 8.25, "2023-07-25", cls="pct"),
     M(R, "Wednesday", D, "decision", "2023-07-26"),
     M(R, "March 2022", D, "since2022", "2022-03"),
     M(R, "June", D, "pause", "2023-06"),
     M(R, "Sept. 19-20", D, "next", "2023-09-20"),
     M(R, "June", D, "cpimonth", "2023-06", occ=2),
     M(R, "June", D, "statementjune", "2023-06", occ=3),

     M(C, "25 basis poin", N, "hike", 25, cls="pct"),
     M(C, "5,25 persen", N, "lower", 5.25, JUL, cls="pct"),
     M(C, "5,50 persen", N, "upper", 5.50, JUL, cls="pct"),
     M(C, "22 tahun", N, "years22", 22, cls="dur"),
     M(C, "5,25 poin persentase", N, "total", 5.25, cls="pct"),
     M(C, "2 persen", N, "target", 2, cls="pct"),
     M(C, "3 persen", N, "cpi", 3.0, cls="pct"),
     M(C, "9,1 persen", N, "peak", 9.1, cls="pct"),
     M(C, "US$ 95 miliar", N, "qt", 95e9, cls="money"),
     M(C, "5,75 persen", N, "bi", 5.75, "2023-07-25", cls="pct"),
     M(C, "Rabu (26/7/2023)", D, "decision", "2023-07-26"),
     M(C, "2001", D, "last", "2001"),
     M(C, "Maret 2022", D, "since2022", "2022-03"),
     M(C, "Juni", D, "pause", "2023-06"),
     M(C, "Juni", D, "cpimonth", "2023-06", occ=2),
     M(C, "Juni 2022", D, "peakmonth", "2022-06"),
     M(C, "Selasa (25/7/2023)", D, "biday", "2023-07-25"),
     M(C, "19-20 September 2023", D, "next", "2023-09-20"),

     M(K, "0,25 poin persentase", N, "hike", 25, qual="unit", cls="pct"),
     M(K, "5,25 persen", N, "lower", 5.25, JUL, cls="pct"),
     M(K, "5,50 persen", N, "upper", 5.50, JUL, cls="pct"),
     M(K, "5,00 persen", N, "lower", 5.00, JUN, cls="pct"),
     M(K, "5,25 persen", N, "upper", 5.25, JUN, cls="pct", occ=2),
     M(K, "8,25 persen", N, "prime", 8.25, "2023-07-25", cls="pct"),
     M(K, "8,50 persen", N, "prime", 8.50, JUL, cls="pct"),
     M(K, "3 persen", N, "cpi", 3.0, cls="pct"),
     M(K, "2 persen", N, "target", 2, cls="pct"),
     M(K, "US$ 95 miliar", N, "qt", 95e9, cls="money"),
     M(K, "2,4 persen", N, "gdp", 2.4, cls="pct"),
     M(K, "5,75 persen", N, "bi", 5.75, "2023-07-25", cls="pct"),
     M(K, "Rabu (26/7/2023)", D, "decision", "2023-07-26"),
     M(K, "Maret 2022", D, "since2022", "2022-03"),
     M(K, "2001", D, "last", "2001"),
     M(K, "Juni", D, "pause", "2023-06"),
     M(K, "Juni 2023", D, "cpimonth", "2023-06"),
     M(K, "Kamis (27/7/2023)", D, "gdpday", "2023-07-27"),

     M(F, "25 basis point", N, "hike", 25, cls="pct"),
     M(F, "5.25%", N, "lower", 5.25, JUL, cls="pct"),
     M(F, "5.50%", N, "upper", 5.50, JUL, cls="pct"),
     M(F, "5.25 percentage points", N, "total", 5.25, cls="pct"),
     M(F, "around 40%", N, "odds", 40, qual="approx", cls="pct"),
     M(F, "8.50%", N, "prime", 8.50, JUL, cls="pct"),
     M(F, "2.4%", N, "gdp", 2.4, cls="pct"),
     M(F, "4.1%", N, "pce", 4.1, cls="pct"),
     M(F, "3.0%", N, "cpi", 3.0, cls="pct"),
     M(F, "9.1%", N, "peak", 9.1, cls="pct"),
     M(F, "Wednesday", D, "decision", "2023-07-26"),
     M(F, "2001", D, "last", "2001"),
     M(F, "March 2022", D, "since2022", "2022-03"),
     M(F, "Thursday", D, "gdpday", "2023-07-27"),
     M(F, "Friday", D, "pceday", "2023-07-28"),
     M(F, "June", D, "pcemonth", "2023-06"),
     M(F, "June", D, "cpimonth", "2023-06", occ=2),
     M(F, "June 2022", D, "peakmonth", "2022-06"),
     M(F, "Sept. 20", D, "next", "2023-09-20"),
    ]
    build("fed-hike-2023", "The US Federal Reserve's decision of Wednesday 26 July 2023 (control): a 25 basis point "
          "increase to a target range of 5.25 % to 5.50 % (from 5.00 % to 5.25 % after the June pause), the highest "
          "since 2001, the 11th increase since March 2022 (5.25 percentage points in all), June's inflation of 3.0 % "
          "against the 9.1 % peak and the 2 % target, $95 billion a month of runoff, the prime rate from 8.25 % to "
          "8.50 %, Bank Indonesia's 5.75 % the day before, growth and inflation data on the following days, the next "
          "meeting on 19-20 September. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    bridge()
    senegal()
    fed()
