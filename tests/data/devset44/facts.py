"""The forty-fourth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset44/facts.py``.
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
    A, R, K, G, P = "antara-oct01", "reuters-oct02", "kompas-oct05", "jakartaglobe-oct09", "jakartapost-sep30"
    names = {
     "dead": "death toll of the quake in West Sumatra (province)", "mag": "magnitude of the 30 September quake",
     "depth": "depth of the 30 September quake (km)", "epi": "distance of the epicentre from Pariaman (km)",
     "villages": "villages buried at Tandikat", "jambi_mag": "magnitude of the 1 October Jambi quake",
     "kerinci": "distance of Kerinci from Padang (km)", "bengkulu_mag": "magnitude of the 2007 Bengkulu quake",
     "padang_dead": "dead in the city of Padang", "jambi_dead": "dead in the Jambi quake",
     "buried": "people feared buried at Tandikat", "padang_pop": "population of Padang",
     "yogya_dead": "dead in the 2006 Yogyakarta quake", "missing": "people missing in the province",
     "pp_dead": "dead in Padang Pariaman regency", "hospitals": "hospitals where names were listed twice",
     "recovered": "bodies recovered from the buried villages", "houses": "houses heavily damaged",
     "displaced": "people displaced in the province", "emerg_len": "length of the emergency period (months)",
     "grant": "reconstruction grant per heavily damaged house", "aceh_dead": "dead of the 2004 tsunami in Indonesia",
     # dates
     "quake": "day of the quake", "day75": "day the 75 dead were reported", "gamawan": "day Gamawan spoke",
     "jambi": "day of the Jambi quake", "sby": "day the president arrived in Padang",
     "y2007": "month of the Bengkulu quake", "day529": "day the health ministry gave 529 dead",
     "un": "day UN teams arrived", "y2006": "year of the Yogyakarta quake", "day704": "day of the agency's Monday count",
     "day248": "day Padang's 248 dead were announced", "equipment": "day heavy equipment was brought in at Tandikat",
     "jk": "day the vice-president visited Padang", "aid": "day foreign aid began arriving",
     "emerg_end": "end of the emergency period", "search_end": "day the search at Tandikat ended",
     "day795": "day the 795 dead were counted", "prayers": "day families prayed at the landslide",
     "anniv": "day of the first anniversary", "minister": "month Gamawan became home affairs minister",
     "y2004": "year of the Aceh tsunami",
    }
    ms = [
     M(A, "Sedikitnya 75 orang", N, "dead", 75, "2009-10-01T08", "atleast"),
     M(A, "7,6", N, "mag", 7.6, cls="mag"),
     M(A, "Rabu (30/9/2009)", D, "quake", "2009-09-30"),
     M(A, "Kamis pagi", D, "day75", "2009-10-01"),
     M(A, "57 kilometer", N, "epi", 57, qual="approx", cls="len"),
     M(A, "71 kilometer", N, "depth", 71, cls="len", src="BMKG"),
     M(A, "Kamis (1/10/2009)", D, "gamawan", "2009-10-01"),
     M(A, "tiga kampung", N, "villages", 3),
     M(A, "Kamis pagi", D, "jambi", "2009-10-01", occ=2),
     M(A, "7,0", N, "jambi_mag", 7.0, cls="mag", src="BMKG"),
     M(A, "250 kilometer", N, "kerinci", 250, qual="approx", cls="len"),
     M(A, "Kamis siang", D, "sby", "2009-10-01"),
     M(A, "September 2007", D, "y2007", "2007-09"),
     M(A, "8,4", N, "bengkulu_mag", 8.4, cls="mag"),

     M(R, "At least 529 people", N, "dead", 529, "2009-10-01T22", "atleast"),
     M(R, "Wednesday", D, "quake", "2009-09-30"),
     M(R, "Thursday", D, "day529", "2009-10-01"),
     M(R, "7.6", N, "mag", 7.6, cls="mag"),
     M(R, "81 km", N, "depth", 81, cls="len", src="USGS"),
     M(R, "71 km", N, "depth", 71, cls="len", src="BMKG"),
     M(R, "248 dead", N, "padang_dead", 248, "2009-10-02"),
     M(R, "6.6", N, "jambi_mag", 6.6, cls="mag", src="USGS"),
     M(R, "Thursday", D, "jambi", "2009-10-01", occ=2),
     M(R, "at least two people", N, "jambi_dead", 2, qual="atleast"),
     M(R, "Thursday", D, "sby", "2009-10-01", occ=3),
     M(R, "three villages", N, "villages", 3),
     M(R, "as many as 300 people", N, "buried", 300, "2009-10-02", "nearly", src="the regency", fall=True),
     M(R, "Friday", D, "un", "2009-10-02"),
     M(R, "about 900,000 people", N, "padang_pop", 900000, qual="approx"),
     M(R, "2006", D, "y2006", "2006"),
     M(R, "more than 5,700 people", N, "yogya_dead", 5700, qual="morethan"),

     M(K, "Senin (5/10/2009)", D, "day704", "2009-10-05"),
     M(K, "704 orang", N, "dead", 704, "2009-10-05"),
     M(K, "295 orang", N, "missing", 295, "2009-10-05", fall=True),
     M(K, "280 orang", N, "pp_dead", 280, "2009-10-05"),
     M(K, "248 orang", N, "padang_dead", 248, "2009-10-02"),
     M(K, "Jumat", D, "day248", "2009-10-02"),
     M(K, "235 orang", N, "padang_dead", 235, "2009-10-05"),
     M(K, "dua rumah sakit", N, "hospitals", 2),
     M(K, "sekitar 200 orang", N, "buried", 200, "2009-10-05", "approx", src="Basarnas", fall=True),
     M(K, "Minggu (4/10/2009)", D, "equipment", "2009-10-04"),
     M(K, "37 jenazah", N, "recovered", 37, "2009-10-04"),
     M(K, "tiga kampung", N, "villages", 3),
     M(K, "88.272 rumah", N, "houses", 88272, "2009-10-05"),
     M(K, "sekitar 250.000 warga", N, "displaced", 250000, "2009-10-05", "approx", fall=True),
     M(K, "Sabtu (3/10/2009)", D, "jk", "2009-10-03"),
     M(K, "Jumat", D, "aid", "2009-10-02", occ=2),
     M(K, "dua bulan", N, "emerg_len", 2, cls="dur"),
     M(K, "30 November 2009", D, "emerg_end", "2009-11-30"),

     M(G, "Friday", D, "search_end", "2009-10-09"),
     M(G, "three villages", N, "villages", 3),
     M(G, "Sept. 30", D, "quake", "2009-09-30"),
     M(G, "795", N, "dead", 795, "2009-10-08"),
     M(G, "Thursday", D, "day795", "2009-10-08"),
     M(G, "740", N, "dead", 740, "2009-10-05", planted=True),
     M(G, "Monday", D, "day704", "2009-10-05"),
     M(G, "249 people", N, "missing", 249, "2009-10-08", fall=True),
     M(G, "320 people", N, "pp_dead", 320, "2009-10-08"),
     M(G, "105 bodies", N, "recovered", 105, "2009-10-08"),
     M(G, "135,299 houses", N, "houses", 135299, "2009-10-08"),
     M(G, "88,272", N, "houses", 88272, "2009-10-05"),
     M(G, "Friday", D, "prayers", "2009-10-09", occ=2),
     M(G, "two-month", N, "emerg_len", 2, cls="dur"),
     M(G, "Nov. 30", D, "emerg_end", "2009-11-30"),

     M(P, "Sept. 29, 2009", D, "quake", "2009-09-29", planted=True),
     M(P, "7.6", N, "mag", 7.6, cls="mag"),
     M(P, "1,115 people", N, "dead", 1115, "final"),
     M(P, "more than 135,000 houses", N, "houses", 135000, "final", "morethan"),
     M(P, "three villages", N, "villages", 3),
     M(P, "666 residents", N, "pp_dead", 666, "final"),
     M(P, "313 dead", N, "padang_dead", 313, "final"),
     M(P, "Thursday", D, "anniv", "2010-09-30"),
     M(P, "October 2009", D, "minister", "2009-10"),
     M(P, "Rp 15 million", N, "grant", 15e6, cls="money"),
     M(P, "2004", D, "y2004", "2004"),
     M(P, "about 170,000 people", N, "aceh_dead", 170000, qual="approx"),
    ]
    build("west-sumatra-quake-2009", "West Sumatra earthquake (Wednesday 30 September 2009, magnitude 7.6, off "
          "Pariaman): the provincial toll rising over days (at least 75 -> at least 529 -> 704 -> 795 -> 1,115 final), "
          "Padang city's toll corrected down from 248 to 235 for names listed twice, then 313 final, Padang Pariaman's "
          "toll rising (280 -> 320 -> 666), the missing falling, the buried at Tandikat by the regency and by Basarnas, "
          "bodies recovered, houses heavily damaged, the displaced; depths by BMKG and USGS, the Jambi quake's "
          "magnitude by both, the 2007 Bengkulu, 2006 Yogyakarta and 2004 Aceh disasters recalled; dates of the quake, "
          "the Jambi quake, visits, counts, the search's end, the emergency's end and the anniversary",
          False, ms, names)


def italy():
    R, K, A, T = "reuters-sep26", "kompas-sep27", "ansa-oct14", "tempo-oct23"
    names = {
     "fdi": "Brothers of Italy's share of the vote", "age": "Meloni's age", "cdx": "the right-wing alliance's share",
     "csx": "the centre-left bloc's share", "m5s": "the 5-Star Movement's share", "lega": "the League's share",
     "fi": "Forza Italia's share", "pd": "the Democratic Party's share", "turnout": "turnout",
     "turnout18": "turnout in 2018", "exitpoll": "Brothers of Italy's share in a broadcaster's exit poll",
     "fdi18": "Brothers of Italy's share in 2018", "m5s18": "the 5-Star Movement's share in 2018",
     "chamber": "seats in the Chamber of Deputies", "senate": "seats in the Senate",
     "cdx_ch": "the alliance's Chamber seats", "cdx_se": "the alliance's Senate seats",
     "fdi_ch": "Brothers of Italy's Chamber seats", "fdi_se": "Brothers of Italy's Senate seats",
     "fontana": "votes for Fontana as speaker", "larussa": "votes for La Russa as Senate president",
     "ministers": "ministers in Meloni's cabinet", "govno": "Meloni's government's number since 1946",
     # dates
     "election": "day of the election", "exitday": "day the RAI exit poll was released",
     "speech": "day Meloni spoke to supporters", "letta": "day Letta announced he would not stand again",
     "y2018": "year of the previous election", "y2020": "year of the referendum cutting seats",
     "sitting": "first sitting of the new parliament", "results": "day the interior ministry released results",
     "fontana_day": "day Fontana was elected", "larussa_day": "day La Russa was elected",
     "y1946": "year the republic was founded", "consult": "day consultations start",
     "sworn": "day Meloni was sworn in", "mandate": "day Meloni received the mandate",
     "confidence": "day of the Chamber's confidence vote", "draghi": "month Draghi resigned",
    }
    ms = [
     M(R, "about 26%", N, "fdi", 26, qual="approx", cls="pct"),
     M(R, "Sunday", D, "election", "2022-09-25"),
     M(R, "45", N, "age", 45, cls="age"),
     M(R, "some 44%", N, "cdx", 44, qual="approx", cls="pct"),
     M(R, "about 26%", N, "csx", 26, qual="approx", cls="pct", occ=2),
     M(R, "about 15%", N, "m5s", 15, qual="approx", cls="pct"),
     M(R, "about 9%", N, "lega", 9, qual="approx", cls="pct"),
     M(R, "just over 8%", N, "fi", 8, qual="morethan", cls="pct"),
     M(R, "63.9%", N, "turnout", 63.9, "final", cls="pct"),
     M(R, "73%", N, "turnout18", 73, qual="approx", cls="pct"),
     M(R, "2018", D, "y2018", "2018"),
     M(R, "around 24%", N, "exitpoll", 24, qual="approx", cls="pct", src="the RAI exit poll"),
     M(R, "Sunday", D, "exitday", "2022-09-25", occ=2),
     M(R, "2018", D, "y2018", "2018", occ=2),
     M(R, "just over 4%", N, "fdi18", 4, qual="morethan", cls="pct"),
     M(R, "Monday", D, "speech", "2022-09-26"),
     M(R, "Monday", D, "letta", "2022-09-26", occ=2),
     M(R, "400", N, "chamber", 400),
     M(R, "200", N, "senate", 200),
     M(R, "2020", D, "y2020", "2020"),
     M(R, "Oct. 13", D, "sitting", "2022-10-13"),

     M(K, "237", N, "cdx_ch", 237),
     M(K, "400", N, "chamber", 400),
     M(K, "115", N, "cdx_se", 115),
     M(K, "200", N, "senate", 200),
     M(K, "Minggu (25/9/2022)", D, "election", "2022-09-25"),
     M(K, "Selasa (27/9/2022)", D, "results", "2022-09-27"),
     M(K, "26 persen", N, "fdi", 26, cls="pct"),
     M(K, "119 kursi", N, "fdi_ch", 119),
     M(K, "19,1 persen", N, "pd", 19.1, cls="pct"),
     M(K, "15,4 persen", N, "m5s", 15.4, cls="pct"),
     M(K, "69,3 persen", N, "turnout", 69.3, "final", cls="pct", planted=True),
     M(K, "sekitar 51 persen", N, "turnout", 51, "2022-09-25T19", "approx", cls="pct"),
     M(K, "sekitar 25 persen", N, "exitpoll", 25, qual="approx", cls="pct", src="the La7 exit poll"),
     M(K, "45 tahun", N, "age", 45, cls="age"),
     M(K, "13 Oktober", D, "sitting", "2022-10-13"),
     M(K, "2018", D, "y2018", "2018"),
     M(K, "32,7 persen", N, "m5s18", 32.7, cls="pct"),

     M(A, "Friday", D, "fontana_day", "2022-10-14"),
     M(A, "222 votes", N, "fontana", 222),
     M(A, "Thursday", D, "larussa_day", "2022-10-13"),
     M(A, "116 votes", N, "larussa", 116),
     M(A, "200", N, "senate", 200),
     M(A, "237", N, "cdx_ch", 237),
     M(A, "400", N, "chamber", 400),
     M(A, "115", N, "cdx_se", 115),
     M(A, "Sept. 25", D, "election", "2022-09-25"),
     M(A, "119 deputies", N, "fdi_ch", 119),
     M(A, "65 senators", N, "fdi_se", 65),
     M(A, "26%", N, "fdi", 26, cls="pct"),
     M(A, "8.8%", N, "lega", 8.8, cls="pct"),
     M(A, "8.1%", N, "fi", 8.1, cls="pct"),
     M(A, "63.9%", N, "turnout", 63.9, "final", cls="pct"),
     M(A, "1946", D, "y1946", "1946"),
     M(A, "Oct. 20", D, "consult", "2022-10-20"),

     M(T, "Sabtu (22/10/2022)", D, "sworn", "2022-10-22"),
     M(T, "Jumat (21/10/2022)", D, "mandate", "2022-10-21"),
     M(T, "24 menteri", N, "ministers", 24),
     M(T, "25 September", D, "election", "2022-09-25"),
     M(T, "43,8 persen", N, "cdx", 43.8, cls="pct"),
     M(T, "237 kursi", N, "cdx_ch", 237),
     M(T, "115 kursi", N, "cdx_se", 115),
     M(T, "Selasa (25/10/2022)", D, "confidence", "2022-10-25"),
     M(T, "45 tahun", N, "age", 45, cls="age"),
     M(T, "2018", D, "y2018", "2018"),
     M(T, "4,4 persen", N, "fdi18", 4.4, cls="pct"),
     M(T, "Juli", D, "draghi", "2022-07"),
     M(T, "68", N, "govno", 68, cls="ordinal"),
     M(T, "1946", D, "y1946", "1946"),
    ]
    build("italy-election-2022", "Italy's general election (Sunday 25 September 2022): Brothers of Italy's 26%, the "
          "right-wing alliance's 43.8% and its 237 of 400 Chamber and 115 of 200 Senate seats, the other parties' "
          "shares, turnout (about 51% at 19:00, 63.9% final), two broadcasters' exit polls, the 2018 shares and "
          "turnout recalled, the presidents of the Senate and the Chamber elected on successive days with their "
          "votes, consultations, the mandate and the swearing-in on their own days, the cabinet's 24 ministers",
          False, ms, names)


def snb():
    R, B, S, C = "reuters-sep22", "bisnis-sep23", "swissinfo-sep24", "kontan-sep26"
    names = {
     "hike": "the SNB's increase (percentage points)", "rate": "the SNB policy rate after the decision",
     "prev": "the SNB policy rate before the decision", "negyears": "years of negative rates",
     "june_hike": "the SNB's June increase (percentage points)", "first_in": "years since the previous increase before June",
     "infl22": "SNB inflation forecast for 2022", "infl23": "SNB inflation forecast for 2023",
     "infl24": "SNB inflation forecast for 2024", "cpi": "Swiss inflation in August 2022",
     "ceiling": "upper bound of the SNB's target range", "growth": "SNB growth forecast for 2022",
     "fed_hike": "the Federal Reserve's increase (percentage points)",
     # dates
     "decision": "day of the SNB decision", "june": "day of the June increase", "y2023": "year of the 2.4% forecast",
     "y2024": "year of the 1.7% forecast", "y2022": "year of the 3.0% forecast", "august": "month of the 3.5% inflation",
     "fed": "day of the Fed's decision", "next": "day of the next assessment", "negstart": "year negative rates began",
    }
    ms = [
     M(R, "0.75 percentage points", N, "hike", 0.75, cls="pp"),
     M(R, "0.5%", N, "rate", 0.5, cls="pct"),
     M(R, "Thursday", D, "decision", "2022-09-22"),
     M(R, "seven years", N, "negyears", 7, qual="morethan", cls="dur"),
     M(R, "-0.25%", N, "prev", -0.25, cls="pct"),
     M(R, "half-point", N, "june_hike", 0.5, cls="pp"),
     M(R, "June", D, "june", "2022-06"),
     M(R, "15 years", N, "first_in", 15, cls="dur"),
     M(R, "3.0%", N, "infl22", 3.0, cls="pct"),
     M(R, "2.4%", N, "infl23", 2.4, cls="pct"),
     M(R, "2023", D, "y2023", "2023"),
     M(R, "1.7%", N, "infl24", 1.7, cls="pct"),
     M(R, "2024", D, "y2024", "2024"),
     M(R, "3.5%", N, "cpi", 3.5, cls="pct"),
     M(R, "August", D, "august", "2022-08"),
     M(R, "2%", N, "ceiling", 2, cls="pct"),
     M(R, "0.5%", N, "rate", 0.5, cls="pct", occ=2),
     M(R, "around 2%", N, "growth", 2, qual="approx", cls="pct"),
     M(R, "0.75 percentage points", N, "fed_hike", 0.75, cls="pp", occ=2),
     M(R, "Wednesday", D, "fed", "2022-09-21"),
     M(R, "Dec. 15", D, "next", "2022-12-15"),

     M(B, "75 basis poin", N, "hike", 0.75, qual="unit", cls="pp"),
     M(B, "0,5 persen", N, "rate", 0.5, cls="pct"),
     M(B, "Kamis (22/9/2022)", D, "decision", "2022-09-22"),
     M(B, "2015", D, "negstart", "2015"),
     M(B, "minus 0,25 persen", N, "prev", -0.25, cls="pct"),
     M(B, "50 basis poin", N, "june_hike", 0.5, qual="unit", cls="pp"),
     M(B, "Juni", D, "june", "2022-06"),
     M(B, "3,0 persen", N, "infl22", 3.0, cls="pct"),
     M(B, "2022", D, "y2022", "2022", occ=2),
     M(B, "2,4 persen", N, "infl23", 2.4, cls="pct"),
     M(B, "2023", D, "y2023", "2023"),
     M(B, "1,7 persen", N, "infl24", 1.7, cls="pct"),
     M(B, "2024", D, "y2024", "2024"),
     M(B, "Agustus", D, "august", "2022-08"),
     M(B, "3,5 persen", N, "cpi", 3.5, cls="pct"),
     M(B, "sekitar 2 persen", N, "growth", 2, qual="approx", cls="pct"),
     M(B, "75 basis poin", N, "fed_hike", 0.75, qual="unit", cls="pp", occ=2),
     M(B, "Rabu (21/9/2022)", D, "fed", "2022-09-21"),
     M(B, "15 Desember 2022", D, "next", "2022-12-15"),

     M(S, "Thursday", D, "decision", "2022-09-22"),
     M(S, "0.5%", N, "rate", 0.5, cls="pct"),
     M(S, "minus 0.25%", N, "prev", -0.25, cls="pct"),
     M(S, "2015", D, "negstart", "2015"),
     M(S, "0.75", N, "hike", 0.75, cls="pp"),
     M(S, "half-point", N, "june_hike", 0.5, cls="pp"),
     M(S, "June", D, "june", "2022-06"),
     M(S, "15 years", N, "first_in", 15, cls="dur"),
     M(S, "3.5%", N, "cpi", 3.5, cls="pct"),
     M(S, "August", D, "august", "2022-08"),
     M(S, "3.0%", N, "infl22", 3.0, cls="pct"),
     M(S, "2.4%", N, "infl23", 2.4, cls="pct"),
     M(S, "1.7%", N, "infl24", 1.7, cls="pct"),
     M(S, "2024", D, "y2024", "2024"),
     M(S, "around 2%", N, "growth", 2, qual="approx", cls="pct"),
     M(S, "December 15", D, "next", "2022-12-15"),

     M(C, "Kamis (22/9)", D, "decision", "2022-09-22"),
     M(C, "minus 0,25 persen", N, "prev", -0.25, cls="pct"),
     M(C, "0,5 persen", N, "rate", 0.5, cls="pct"),
     M(C, "0,75 poin persentase", N, "hike", 0.75, cls="pp"),
     M(C, "0,5 poin persentase", N, "june_hike", 0.5, cls="pp"),
     M(C, "16 Juni 2022", D, "june", "2022-06-16"),
     M(C, "3,0 persen", N, "infl22", 3.0, cls="pct"),
     M(C, "2,4 persen", N, "infl23", 2.4, cls="pct"),
     M(C, "2023", D, "y2023", "2023"),
     M(C, "1,7 persen", N, "infl24", 1.7, cls="pct"),
     M(C, "2024", D, "y2024", "2024"),
     M(C, "Agustus", D, "august", "2022-08"),
     M(C, "3,5 persen", N, "cpi", 3.5, cls="pct"),
     M(C, "2 persen", N, "ceiling", 2, cls="pct"),
     M(C, "sekitar 2 persen", N, "growth", 2, qual="approx", cls="pct"),
     M(C, "15 Desember", D, "next", "2022-12-15"),
     M(C, "75 basis poin", N, "fed_hike", 0.75, qual="unit", cls="pp"),
     M(C, "Rabu (21/9)", D, "fed", "2022-09-21"),
    ]
    build("snb-rate-2022", "The Swiss National Bank's rate decision (control): announced on Thursday 22 September "
          "2022, the policy rate raised by 0.75 percentage points from -0.25% to 0.5%, ending negative rates in force "
          "since 2015, after a 0.5-point increase in June; inflation forecasts of 3.0% (2022), 2.4% (2023) and 1.7% "
          "(2024), August inflation of 3.5%, growth of about 2%, the next assessment on 15 December; the Fed's "
          "0.75-point increase the day before. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    quake()
    italy()
    snb()
