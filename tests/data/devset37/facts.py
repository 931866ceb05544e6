"""The thirty-seventh development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset37/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)

POLICE, REDCROSS = "the Quebec provincial police", "the Red Cross"


def megantic():
    R, K, G, T, C = "reuters-jul06", "kompas-jul08", "globeandmail-jul10", "tempo-jul27", "cbc-jan19"
    names = {
     "dead": "death toll of the derailment", "missing": "people missing", "found": "bodies recovered",
     "evacuated": "people evacuated on the Saturday", "still_out": "evacuees not yet allowed home",
     "tanks": "tank cars in the train", "derailed": "tank cars derailed", "buildings": "buildings destroyed",
     "pop": "residents of Lac-Megantic", "firefighters": "firefighters at the fire", "hinton": "dead in the 1986 Hinton collision",
     "brakes": "hand brakes applied", "factors": "causes and contributing factors in the safety board's report",
     "accused": "former railway employees on trial", "dist": "distance from Nantes to the town (km)",
     "crude": "crude oil carried (litres)", "fund": "compensation fund", "weeks": "weeks between the disaster and the search's end",
     "delib": "days the jury deliberated", "speed": "speed at the derailment (km/h)",
     # dates
     "derail": "day of the derailment", "parked": "night the train was parked", "firefight": "day firefighters were still fighting",
     "marois": "day of the premier's visit", "count5": "day five dead were counted", "count13": "day 13 dead were counted",
     "evac": "day people left their homes", "return": "day some evacuees went home", "harper": "day of the prime minister's visit",
     "y1986": "year of the Hinton collision", "count20": "day 20 dead were counted", "bldg_stmt": "day officials gave 30 buildings",
     "burkhardt": "day the railway chairman visited", "count1200": "day 1,200 were still out", "search_end": "day the search ended",
     "verdict": "day of the acquittal", "trial": "month the trial began", "tsb": "month of the safety board's report",
    }
    ms = [
     M(R, "at least one person", N, "dead", 1, "2013-07-06", "atleast"),
     M(R, "about 2,000 people", N, "evacuated", 2000, qual="approx"),
     M(R, "72 tank cars", N, "tanks", 72),
     M(R, "11 km", N, "dist", 11, cls="len"),
     M(R, "7 miles", N, "dist", 11, qual="unit", cls="len"),
     M(R, "about 40 buildings", N, "buildings", 40, "2013-07-06", "approx"),
     M(R, "about 6,000 residents", N, "pop", 6000, qual="approx"),
     M(R, "More than 150 firefighters", N, "firefighters", 150, qual="morethan"),
     M(R, "Saturday", D, "derail", "2013-07-06"),
     M(R, "Friday night", D, "parked", "2013-07-05"),
     M(R, "Saturday evening", D, "firefight", "2013-07-06"),
     M(R, "Sunday", D, "marois", "2013-07-07"),

     M(K, "13 orang", N, "dead", 13, "2013-07-08"),
     M(K, "sekitar 50 orang", N, "missing", 50, "2013-07-08", "approx", src=POLICE, fall=True),
     M(K, "lima jenazah", N, "dead", 5, "2013-07-07"),
     M(K, "72 gerbong tangki", N, "tanks", 72),
     M(K, "63 gerbong", N, "derailed", 63),
     M(K, "sekitar 2.000 warga", N, "evacuated", 2000, qual="approx"),
     M(K, "23 orang", N, "hinton", 23),
     M(K, "Senin (8/7/2013)", D, "count13", "2013-07-08"),
     M(K, "Minggu (7/7/2013)", D, "count5", "2013-07-07"),
     M(K, "Sabtu (6/7/2013)", D, "derail", "2013-07-06"),
     M(K, "Sabtu", D, "evac", "2013-07-06", occ=2),
     M(K, "Senin", D, "return", "2013-07-08", occ=2),
     M(K, "Minggu", D, "harper", "2013-07-07", occ=2),
     M(K, "1986", D, "y1986", "1986"),

     M(G, "20", N, "dead", 20, "2013-07-10"),
     M(G, "about 30 others", N, "missing", 30, "2013-07-10", "approx", src=POLICE, fall=True),
     M(G, "about 35 names", N, "missing", 35, "2013-07-10", "approx", src=REDCROSS, fall=True),
     M(G, "30 buildings", N, "buildings", 30, "2013-07-09"),
     M(G, "roughly 40", N, "buildings", 40, "2013-07-06", "approx"),
     M(G, "roughly 2,000 people", N, "evacuated", 2000, qual="approx"),
     M(G, "about 1,200", N, "still_out", 1200, "2013-07-10", "approx", fall=True),
     M(G, "72 tank cars", N, "tanks", 72),
     M(G, "about 11 kilometres", N, "dist", 11, qual="approx", cls="len"),
     M(G, "Wednesday", D, "count20", "2013-07-10"),
     M(G, "Tuesday", D, "bldg_stmt", "2013-07-09"),
     M(G, "Wednesday", D, "burkhardt", "2013-07-10", occ=2),
     M(G, "Saturday", D, "evac", "2013-07-06"),
     M(G, "Wednesday afternoon", D, "count1200", "2013-07-10"),

     M(T, "47 orang", N, "dead", 47, "final"),
     M(T, "42 jenazah", N, "found", 42),
     M(T, "lima orang", N, "missing", 5, "2013-07-26", src=POLICE, fall=True),
     M(T, "72 gerbong tangki", N, "tanks", 72),
     M(T, "Sekitar 30 bangunan", N, "buildings", 30, "2013-07-27", "approx"),
     M(T, "Sekitar 2.000 warga", N, "evacuated", 2000, qual="approx"),
     M(T, "tiga pekan", N, "weeks", 3, cls="dur"),
     M(T, "Jumat (26/7/2013)", D, "search_end", "2013-07-26"),
     M(T, "Minggu (7/7/2013)", D, "derail", "2013-07-07", planted=True),
     M(T, "10 Juli", D, "burkhardt", "2013-07-10"),

     M(C, "47 people", N, "dead", 47, "final"),
     M(C, "three former railway employees", N, "accused", 3),
     M(C, "72 tank cars", N, "tanks", 72),
     M(C, "about six million litres", N, "crude", 6e6, qual="approx", cls="vol"),
     M(C, "63", N, "derailed", 63),
     M(C, "seven hand brakes", N, "brakes", 7),
     M(C, "18 causes", N, "factors", 18),
     M(C, "about 105 km/h", N, "speed", 105, qual="approx", cls="speed"),
     M(C, "Five of the victims' bodies", N, "missing", 5, "final", fall=True),
     M(C, "about $460 million", N, "fund", 460e6, qual="approx", cls="money"),
     M(C, "nine days", N, "delib", 9, cls="dur"),
     M(C, "Friday", D, "verdict", "2018-01-19"),
     M(C, "July 6, 2013", D, "derail", "2013-07-06"),
     M(C, "October", D, "trial", "2017-10"),
     M(C, "August 2014", D, "tsb", "2014-08"),
    ]
    build("lac-megantic-2013", "Lac-Megantic rail disaster, Quebec (Saturday 6 July 2013): a runaway train of 72 tank "
          "cars of crude, 63 derailed in the town centre; the toll rising over days (at least 1 -> 5 -> 13 -> 20 -> 47 "
          "final, 42 bodies found and 5 never found), the missing by the police (about 50 -> about 30 -> 5) and by the "
          "Red Cross (about 35), the buildings destroyed estimated at about 40 on the day and lowered to 30, about "
          "2,000 evacuated and 1,200 still out, the 1986 Hinton collision recalled; the acquittal of three former "
          "employees on 19 January 2018; dates of the derailment, visits, counts, statements, the search's end, the "
          "trial, the safety board's report", False, ms, names)


def colombia():
    R, K, A, C, T = "reuters-may30", "kompas-may31", "apnews-jun20", "cnnindonesia-jun24", "antara-aug08"
    names = {
     "petro1": "Petro's first-round share", "hern1": "Hernandez's first-round share", "fico1": "Gutierrez's first-round share",
     "fajardo1": "Fajardo's first-round share", "petro1_v": "Petro's first-round votes", "hern1_v": "Hernandez's first-round votes",
     "fico1_v": "Gutierrez's first-round votes", "turnout1": "first-round turnout", "electorate": "eligible voters",
     "majority": "share needed to win outright", "petro2": "Petro's run-off share", "hern2": "Hernandez's run-off share",
     "blank2": "blank votes' run-off share", "petro2_v": "Petro's run-off votes", "hern2_v": "Hernandez's run-off votes",
     "blank2_v": "blank run-off votes", "margin2": "run-off margin in votes", "turnout2": "run-off turnout",
     "counted": "share of polling stations counted", "petro18": "Petro's 2018 run-off share", "duque18": "Duque's 2018 run-off share",
     "age": "Petro's age", "term": "length of the presidential term", "hours": "hours to count the run-off",
     # dates
     "round1": "day of the first round", "runoff": "day of the run-off", "endorse": "day Gutierrez endorsed Hernandez",
     "y2018": "year of the 2018 run-off", "inaug": "day of the inauguration", "concede": "day Hernandez conceded",
     "cne": "day the electoral council declared Petro elected", "termend": "year the term ends",
    }
    ms = [
     M(R, "40.3%", N, "petro1", 40.3, qual="approx", cls="pct"),
     M(R, "28.2%", N, "hern1", 28.2, qual="approx", cls="pct"),
     M(R, "23.9%", N, "fico1", 23.9, qual="approx", cls="pct"),
     M(R, "about 55%", N, "turnout1", 55, qual="approx", cls="pct"),
     M(R, "39 million Colombians", N, "electorate", 39e6, qual="approx"),
     M(R, "more than 50%", N, "majority", 50, qual="morethan", cls="pct"),
     M(R, "June 19", D, "runoff", "2022-06-19"),
     M(R, "Sunday", D, "round1", "2022-05-29"),
     M(R, "Sunday night", D, "endorse", "2022-05-29"),
     M(R, "2018", D, "y2018", "2018"),
     M(R, "Aug. 7", D, "inaug", "2022-08-07"),

     M(K, "8.527.768 suara", N, "petro1_v", 8527768),
     M(K, "40,32 persen", N, "petro1", 40.32, cls="pct"),
     M(K, "5.953.209 suara", N, "hern1_v", 5953209),
     M(K, "28,17 persen", N, "hern1", 28.17, cls="pct"),
     M(K, "5.058.010 suara", N, "fico1_v", 5058010),
     M(K, "23,91 persen", N, "fico1", 23.91, cls="pct"),
     M(K, "4,20 persen", N, "fajardo1", 4.2, cls="pct"),
     M(K, "54,98 persen", N, "turnout1", 54.98, cls="pct"),
     M(K, "41,81 persen", N, "petro18", 41.81, cls="pct"),
     M(K, "53,98 persen", N, "duque18", 53.98, cls="pct"),
     M(K, "empat tahun", N, "term", 4, cls="dur"),
     M(K, "Minggu (19/6/2022)", D, "runoff", "2022-06-19"),
     M(K, "Minggu (29/5/2022)", D, "round1", "2022-05-29"),
     M(K, "Minggu malam", D, "endorse", "2022-05-29"),
     M(K, "2018", D, "y2018", "2018"),
     M(K, "7 Agustus 2022", D, "inaug", "2022-08-07"),

     M(A, "99.9%", N, "counted", 99.9, cls="pct"),
     M(A, "50.4%", N, "petro2", 50.4, qual="approx", cls="pct"),
     M(A, "47.3%", N, "hern2", 47.3, qual="approx", cls="pct"),
     M(A, "about 11.3 million votes", N, "petro2_v", 11.3e6, qual="approx"),
     M(A, "some 700,000", N, "margin2", 700000, qual="approx"),
     M(A, "about 58%", N, "turnout2", 58, qual="approx", cls="pct"),
     M(A, "40%", N, "petro1", 40, qual="approx", cls="pct"),
     M(A, "28%", N, "hern1", 28, qual="approx", cls="pct"),
     M(A, "54%", N, "duque18", 54, qual="approx", cls="pct"),
     M(A, "four-year term", N, "term", 4, cls="dur"),
     M(A, "Sunday", D, "runoff", "2022-06-19"),
     M(A, "Sunday night", D, "concede", "2022-06-19"),
     M(A, "May 29", D, "round1", "2022-05-29"),
     M(A, "Aug. 7", D, "inaug", "2022-08-07"),

     M(C, "11.281.013 suara", N, "petro2_v", 11281013),
     M(C, "50,04 persen", N, "petro2", 50.04, cls="pct", planted=True),
     M(C, "10.580.412 suara", N, "hern2_v", 10580412),
     M(C, "47,31 persen", N, "hern2", 47.31, cls="pct"),
     M(C, "501.987", N, "blank2_v", 501987),
     M(C, "2,24 persen", N, "blank2", 2.24, cls="pct"),
     M(C, "sekitar 700.600 suara", N, "margin2", 700600, qual="approx"),
     M(C, "58,17 persen", N, "turnout2", 58.17, cls="pct"),
     M(C, "sekitar dua jam", N, "hours", 2, qual="approx", cls="dur"),
     M(C, "62 tahun", N, "age", 62, cls="age"),
     M(C, "Kamis (23/6/2022)", D, "cne", "2022-06-23"),
     M(C, "Minggu (19/6/2022)", D, "runoff", "2022-06-19"),
     M(C, "Minggu malam", D, "concede", "2022-06-19"),
     M(C, "7 Agustus", D, "inaug", "2022-08-07"),

     M(T, "62 tahun", N, "age", 62, cls="age"),
     M(T, "empat tahun", N, "term", 4, cls="dur"),
     M(T, "50,44 persen", N, "petro2", 50.44, cls="pct"),
     M(T, "47,31 persen", N, "hern2", 47.31, cls="pct"),
     M(T, "sekitar 11,28 juta suara", N, "petro2_v", 11.28e6, qual="approx"),
     M(T, "40,32 persen", N, "petro1", 40.32, cls="pct"),
     M(T, "Minggu (7/8/2022)", D, "inaug", "2022-08-07"),
     M(T, "2026", D, "termend", "2026"),
     M(T, "Minggu (12/6/2022)", D, "runoff", "2022-06-12", planted=True),
     M(T, "29 Mei", D, "round1", "2022-05-29"),
     M(T, "23 Juni", D, "cne", "2022-06-23"),
    ]
    build("colombia-election-2022", "Colombia's presidential election of 2022: the first round on Sunday 29 May (Petro "
          "40.32%, 8,527,768 votes; Hernandez 28.17%; Gutierrez 23.91%; Fajardo 4.20%; turnout 54.98%), the run-off on "
          "Sunday 19 June (Petro 50.44%, 11,281,013 votes; Hernandez 47.31%, 10,580,412; blank 2.24%; margin about "
          "700,600; turnout 58.17%), the electoral council's declaration on 23 June, the inauguration on Sunday 7 "
          "August; the 2018 run-off recalled (Duque 53.98%, Petro 41.81%); the rule to win outright", False, ms, names)


def singapore():
    R, K, S, B = "reuters-apr12", "kontan-apr13", "straitstimes-apr14", "bisnis-apr15"
    names = {
     "gdp_q1": "GDP growth in Q1 2024, year on year", "gdp_q4": "GDP growth in Q4 2023, year on year",
     "poll": "growth economists forecast for Q1", "qoq_q1": "GDP growth in Q1 2024, quarter on quarter",
     "qoq_q4": "GDP growth in Q4 2023, quarter on quarter", "mfg_q1": "manufacturing growth in Q1 2024",
     "mfg_q4": "manufacturing growth in Q4 2023", "con_q1": "construction growth in Q1 2024",
     "con_q4": "construction growth in Q4 2023", "fc_low": "2024 growth forecast, lower end",
     "fc_high": "2024 growth forecast, upper end", "gdp2023": "GDP growth in 2023",
     # dates
     "release": "day the advance estimates were released", "mas": "day of the MAS policy statement",
     "review": "month of the next MAS review", "full": "month the full Q1 data are due", "y2023": "the year 2023",
     "y2024": "the year 2024 (forecast)",
    }
    P = dict(cls="pct")
    ms = [
     M(R, "2.7%", N, "gdp_q1", 2.7, **P),
     M(R, "2.2%", N, "gdp_q4", 2.2, **P),
     M(R, "3.0%", N, "poll", 3.0, **P),
     M(R, "0.1%", N, "qoq_q1", 0.1, **P),
     M(R, "1.2%", N, "qoq_q4", 1.2, **P),
     M(R, "0.8%", N, "mfg_q1", 0.8, **P),
     M(R, "1.4%", N, "mfg_q4", 1.4, **P),
     M(R, "4.0%", N, "con_q1", 4.0, **P),
     M(R, "5.2%", N, "con_q4", 5.2, **P),
     M(R, "1.0% to 3.0%", N, "fc_high", 3.0, also={"fc_low": 1.0}, **P),
     M(R, "1.1%", N, "gdp2023", 1.1, **P),
     M(R, "Friday", D, "release", "2024-04-12"),
     M(R, "Friday", D, "mas", "2024-04-12", occ=2),
     M(R, "July", D, "review", "2024-07"),
     M(R, "May", D, "full", "2024-05"),
     M(R, "2023", D, "y2023", "2023"),
     M(R, "2024", D, "y2024", "2024"),

     M(K, "2,7%", N, "gdp_q1", 2.7, **P),
     M(K, "2,2%", N, "gdp_q4", 2.2, **P),
     M(K, "3,0%", N, "poll", 3.0, **P),
     M(K, "0,1%", N, "qoq_q1", 0.1, **P),
     M(K, "1,2%", N, "qoq_q4", 1.2, **P),
     M(K, "0,8%", N, "mfg_q1", 0.8, **P),
     M(K, "4,0%", N, "con_q1", 4.0, **P),
     M(K, "5,2%", N, "con_q4", 5.2, **P),
     M(K, "1,0% hingga 3,0%", N, "fc_high", 3.0, also={"fc_low": 1.0}, **P),
     M(K, "1,1%", N, "gdp2023", 1.1, **P),
     M(K, "Jumat (12/4/2024)", D, "release", "2024-04-12"),
     M(K, "Mei", D, "full", "2024-05"),
     M(K, "2023", D, "y2023", "2023", occ=3),
     M(K, "tahun 2024", D, "y2024", "2024"),

     M(S, "2.7 per cent", N, "gdp_q1", 2.7, **P),
     M(S, "2.2 per cent", N, "gdp_q4", 2.2, **P),
     M(S, "0.1 per cent", N, "qoq_q1", 0.1, **P),
     M(S, "1.2 per cent", N, "qoq_q4", 1.2, **P),
     M(S, "0.8 per cent", N, "mfg_q1", 0.8, **P),
     M(S, "4.0 per cent", N, "con_q1", 4.0, **P),
     M(S, "1 to 3 per cent", N, "fc_high", 3.0, also={"fc_low": 1.0}, **P),
     M(S, "1.1 per cent", N, "gdp2023", 1.1, **P),
     M(S, "Friday", D, "release", "2024-04-12"),
     M(S, "July", D, "review", "2024-07"),
     M(S, "May", D, "full", "2024-05"),
     M(S, "2023", D, "y2023", "2023", occ=2),

     M(B, "2,7 persen", N, "gdp_q1", 2.7, **P),
     M(B, "2,2 persen", N, "gdp_q4", 2.2, **P),
     M(B, "0,1 persen", N, "qoq_q1", 0.1, **P),
     M(B, "1,2 persen", N, "qoq_q4", 1.2, **P),
     M(B, "0,8 persen", N, "mfg_q1", 0.8, **P),
     M(B, "1,4 persen", N, "mfg_q4", 1.4, **P),
     M(B, "4,0 persen", N, "con_q1", 4.0, **P),
     M(B, "3,0 persen", N, "poll", 3.0, **P),
     M(B, "1,0 persen—3,0 persen", N, "fc_high", 3.0, also={"fc_low": 1.0}, **P),
     M(B, "1,1 persen", N, "gdp2023", 1.1, **P),
     M(B, "Jumat (12/4/2024)", D, "release", "2024-04-12"),
     M(B, "Mei", D, "full", "2024-05"),
     M(B, "sepanjang 2024", D, "y2024", "2024"),
     M(B, "pada 2023", D, "y2023", "2023"),
    ]
    build("singapore-gdp-2024", "Singapore's advance GDP estimate for the first quarter of 2024 (control): released by "
          "the trade ministry on Friday 12 April 2024; 2.7% year on year after 2.2%, 0.1% quarter on quarter after "
          "1.2%, manufacturing 0.8% after 1.4%, construction 4.0% after 5.2%, a 3.0% poll forecast, the 2024 forecast "
          "of 1.0% to 3.0% kept, 1.1% in 2023; the central bank's statement the same day, its next review in July, "
          "full data in May. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    megantic()
    colombia()
    singapore()
