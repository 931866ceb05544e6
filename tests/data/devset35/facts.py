"""The thirty-fifth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset35/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def sinabung():
    A, R, K, J = "antara-feb02", "reuters-feb03", "kompas-feb12", "jakartapost-2015-feb01"
    names = {
     "dead": "death toll of the eruption", "injured": "people treated for burns",
     "evacuees": "people in evacuation shelters", "shelters": "evacuation shelters in use",
     "peak_evac": "evacuees at the height of the crisis", "villages_home": "villages whose residents went home",
     "relocate_vil": "villages to be relocated", "families": "families to be relocated",
     "volcanoes": "active volcanoes in Indonesia", "kelud_evac": "people who fled Mount Kelud's eruption",
     "distance": "distance of Sukameriah from the crater", "radius": "exclusion radius",
     "radius_se": "exclusion radius in the south-eastern sector", "flow": "reach of the pyroclastic flows",
     "dormant": "years Sinabung lay dormant before 2010",
     # dates
     "eruption": "day of the fatal eruption", "recover11": "day the first 11 bodies were recovered",
     "awas": "day the alert was raised to the highest level", "home": "day residents of 16 villages went home",
     "statement": "day the BNPB spokesman spoke", "y2010": "Sinabung's first eruption in some 400 years",
     "since": "start of the current eruptions", "death16": "day the sixteenth victim died",
     "emerg_end0": "original end of the emergency period", "emerg_end": "extended end of the emergency period",
    }
    ms = [
     M(A, "15 orang", N, "dead", 15, "2014-02-02T08"),
     M(A, "Sabtu (1/2/2014)", D, "eruption", "2014-02-01"),
     M(A, "3 kilometer", N, "distance", 3, qual="approx", cls="len"),
     M(A, "11 jenazah", N, "dead", 11, "2014-02-01T22"),
     M(A, "Sabtu malam", D, "recover11", "2014-02-01"),
     M(A, "Tiga orang", N, "injured", 3, "2014-02-02"),
     M(A, "5 kilometer", N, "radius", 5, cls="len"),
     M(A, "24 November 2013", D, "awas", "2013-11-24"),
     M(A, "Jumat (31/1/2014)", D, "home", "2014-01-31"),
     M(A, "16 desa", N, "villages_home", 16),
     M(A, "5 kilometer", N, "radius", 5, cls="len", occ=2),
     M(A, "Minggu (2/2/2014)", D, "statement", "2014-02-02"),
     M(A, "31.739 pengungsi", N, "evacuees", 31739, "2014-02-02", src="BNPB", fall=True),
     M(A, "42 titik", N, "shelters", 42, "2014-02-02", fall=True),

     M(R, "15", N, "dead", 15, "2014-02-03"),
     M(R, "14", N, "dead", 14, "2014-02-02T20"),
     M(R, "15", N, "dead", 15, "2014-02-02T08", occ=2),
     M(R, "Monday", D, "found15", "2014-02-03"),
     M(R, "Saturday", D, "eruption", "2014-02-01"),
     M(R, "3 km", N, "distance", 3, qual="approx", cls="len"),
     M(R, "4.5 km", N, "flow", 4.5, cls="len"),
     M(R, "Three people", N, "injured", 3, "2014-02-03"),
     M(R, "28,536 people", N, "evacuees", 28536, "2014-02-02", src="the Karo district government", fall=True),
     M(R, "16 villages", N, "villages_home", 16),
     M(R, "Friday", D, "home", "2014-01-31"),
     M(R, "August 2010", D, "y2010", "2010-08"),
     M(R, "400 years", N, "dormant", 400, qual="approx", cls="dur"),
     M(R, "September 2013", D, "since", "2013-09"),
     M(R, "130", N, "volcanoes", 130, qual="approx"),

     M(K, "16 orang", N, "dead", 16, "2014-02-11"),
     M(K, "Selasa (11/2/2014)", D, "death16", "2014-02-11"),
     M(K, "Minggu (2/2/2014)", D, "eruption", "2014-02-02", planted=True),
     M(K, "18.167 orang", N, "evacuees", 18167, "2014-02-11", fall=True),
     M(K, "33 titik", N, "shelters", 33, "2014-02-11", fall=True),
     M(K, "5 kilometer", N, "radius", 5, cls="len"),
     M(K, "7 kilometer", N, "radius_se", 7, cls="len"),
     M(K, "Senin (10/2/2014)", D, "emerg_end0", "2014-02-10"),
     M(K, "3 Maret 2014", D, "emerg_end", "2014-03-03"),
     M(K, "tiga desa", N, "relocate_vil", 3),
     M(K, "5 kilometer", N, "radius", 5, cls="len", occ=2),

     M(J, "16 people", N, "dead", 16, "final"),
     M(J, "Feb. 1, 2014", D, "eruption", "2014-02-01"),
     M(J, "16 villages", N, "villages_home", 16),
     M(J, "August 2011", D, "y2010", "2011-08", planted=True),
     M(J, "400 years", N, "dormant", 400, qual="approx", cls="dur"),
     M(J, "September 2013", D, "since", "2013-09"),
     M(J, "more than 30,000 people", N, "peak_evac", 30000, qual="morethan"),
     M(J, "370 families", N, "families", 370),
     M(J, "the three villages", N, "relocate_vil", 3),
     M(J, "about 100,000 people", N, "kelud_evac", 100000, qual="approx"),
    ]
    names["found15"] = "day the fifteenth body was found"
    build("sinabung-2014", "Mount Sinabung's eruption of Saturday 1 February 2014 (Karo, North Sumatra): the toll given as "
          "15 on the Sunday morning, lowered to 14 that evening (one victim counted twice), 15 again on the Monday and "
          "16 from 11 February; two bodies' counts of the evacuees the same day (31,739 by BNPB, 28,536 by the "
          "district) and the evacuees falling as people went home; the exclusion radius, the flows' reach, the "
          "village's distance; the 2010 eruption after some 400 years recalled, Mount Kelud's evacuees; dates of the "
          "eruption, the alert, the return home, a statement, the emergency's extension", False, ms, names)


def turkey():
    R, K, A, T = "reuters-may15", "kompas-may20", "aljazeera-may29", "tempo-jun05"
    P1, F1, P2, F2 = "2023-05-15T04", "2023-05-19", "2023-05-28T22", "2023-06-01"
    names = {
     "boxes1": "ballot boxes counted in the first round", "boxes2": "ballot boxes opened in the run-off",
     "erdo1": "Erdogan's first-round share", "kk1": "Kilicdaroglu's first-round share", "ogan1": "Ogan's first-round share",
     "ince1": "Ince's first-round share", "erdo2": "Erdogan's run-off share", "kk2": "Kilicdaroglu's run-off share",
     "erdo1v": "Erdogan's first-round votes", "kk1v": "Kilicdaroglu's first-round votes",
     "erdo2v": "Erdogan's run-off votes", "kk2v": "Kilicdaroglu's run-off votes", "margin2": "run-off margin in votes",
     "turnout1": "first-round turnout", "turnout2": "run-off turnout", "threshold": "share needed to win outright",
     "voters": "registered voters at home and abroad", "voters_home": "registered voters at home",
     "voters_abroad": "registered voters abroad", "seats": "seats of parliament", "alliance": "People's Alliance seats",
     "quake_dead": "dead in Turkey in the February earthquakes", "infl_peak": "inflation peak in October 2022",
     "infl_apr": "annual inflation in April 2023", "age_kk": "Kilicdaroglu's age", "age_e": "Erdogan's age",
     "ince_days": "days between Ince's withdrawal and the vote", "term": "length of the new term",
     # dates
     "round1": "day of the first round", "runoff": "day of the run-off", "ysk1": "day of the first round's official result",
     "abroad_start": "first day of voting abroad for the run-off", "abroad_end": "last day of voting abroad",
     "quake": "day of the earthquakes", "since": "year Erdogan came to power", "pres": "year Erdogan became president",
     "ogan_endorse": "day Ogan endorsed Erdogan", "ysk2": "day of the run-off's official result",
     "sworn": "day Erdogan was sworn in",
    }
    ms = [
     M(R, "99.4%", N, "boxes1", 99.4, P1, cls="pct"),
     M(R, "49.4%", N, "erdo1", 49.4, P1, cls="pct", fall=True),
     M(R, "45.0%", N, "kk1", 45.0, P1, cls="pct", fall=True),
     M(R, "5.2%", N, "ogan1", 5.2, P1, cls="pct", fall=True),
     M(R, "May 28", D, "runoff", "2023-05-28"),
     M(R, "about 88%", N, "turnout1", 88, qual="approx", cls="pct"),
     M(R, "more than 64 million people", N, "voters", 64e6, qual="morethan"),
     M(R, "600 seats", N, "seats", 600),
     M(R, "Feb. 6", D, "quake", "2023-02-06"),
     M(R, "more than 50,000 people", N, "quake_dead", 50000, qual="morethan"),
     M(R, "85%", N, "infl_peak", 85, qual="approx", cls="pct"),
     M(R, "43.7%", N, "infl_apr", 43.7, cls="pct"),
     M(R, "74", N, "age_kk", 74, cls="age"),
     M(R, "69", N, "age_e", 69, cls="age"),
     M(R, "2003", D, "since", "2003"),
     M(R, "2014", D, "pres", "2014"),

     M(K, "Jumat (19/5/2023)", D, "ysk1", "2023-05-19"),
     M(K, "Minggu (28/5/2023)", D, "runoff", "2023-05-28"),
     M(K, "49,52 persen", N, "erdo1", 49.52, F1, cls="pct", fall=True),
     M(K, "27.133.849 suara", N, "erdo1v", 27133849, F1),
     M(K, "44,88 persen", N, "kk1", 44.88, F1, cls="pct", fall=True),
     M(K, "24.595.178 suara", N, "kk1v", 24595178, F1),
     M(K, "5,17 persen", N, "ogan1", 5.17, F1, cls="pct", fall=True),
     M(K, "tiga hari", N, "ince_days", 3, cls="dur"),
     M(K, "0,44 persen", N, "ince1", 0.44, F1, cls="pct", fall=True),
     M(K, "50 persen", N, "threshold", 50, qual="morethan", cls="pct"),
     M(K, "87,04 persen", N, "turnout1", 87.04, cls="pct"),
     M(K, "60,7 juta orang", N, "voters_home", 60.7e6, qual="approx"),
     M(K, "3,4 juta", N, "voters_abroad", 3.4e6, qual="approx"),
     M(K, "Sabtu (20/5/2023)", D, "abroad_start", "2023-05-20"),
     M(K, "Rabu (24/5/2023)", D, "abroad_end", "2023-05-24"),
     M(K, "323", N, "alliance", 323),
     M(K, "600 kursi", N, "seats", 600),

     M(A, "five years", N, "term", 5, cls="dur"),
     M(A, "99.43%", N, "boxes2", 99.43, P2, cls="pct"),
     M(A, "52.14%", N, "erdo2", 52.14, P2, cls="pct", fall=True),
     M(A, "47.86%", N, "kk2", 47.86, P2, cls="pct", fall=True),
     M(A, "more than 2 million votes", N, "margin2", 2e6, P2, qual="morethan"),
     M(A, "about 84%", N, "turnout2", 84, qual="approx", cls="pct"),
     M(A, "87%", N, "turnout1", 87, qual="approx", cls="pct"),
     M(A, "May 14", D, "round1", "2023-05-14"),
     M(A, "49.52%", N, "erdo1", 49.52, F1, cls="pct", fall=True),
     M(A, "44.88%", N, "kk1", 44.88, F1, cls="pct", fall=True),
     M(A, "5.17%", N, "ogan1", 5.17, F1, cls="pct", fall=True),
     M(A, "May 22", D, "ogan_endorse", "2023-05-22"),
     M(A, "69", N, "age_e", 69, cls="age"),

     M(T, "Sabtu (3/6/2023)", D, "sworn", "2023-06-03"),
     M(T, "Kamis (1/6/2023)", D, "ysk2", "2023-06-01"),
     M(T, "52,18 persen", N, "erdo2", 52.18, F2, cls="pct", fall=True),
     M(T, "27.834.589 suara", N, "erdo2v", 27834589, F2),
     M(T, "47,82 persen", N, "kk2", 47.82, F2, cls="pct", fall=True),
     M(T, "25.504.552 suara", N, "kk2v", 25504552, F2),
     M(T, "2,33 juta suara", N, "margin2", 2.33e6, F2, qual="approx"),
     M(T, "84,15 persen", N, "turnout2", 84.15, cls="pct"),
     M(T, "14 Mei", D, "round1", "2023-05-14"),
     M(T, "49,52 persen", N, "erdo1", 49.52, F1, cls="pct", fall=True),
     M(T, "44,88 persen", N, "kk1", 44.88, F1, cls="pct", fall=True),
     M(T, "5,71 persen", N, "ogan1", 5.71, F1, cls="pct", fall=True, planted=True),
     M(T, "43,7 persen", N, "infl_apr", 43.7, cls="pct"),
     M(T, "6 Februari", D, "quake", "2023-02-06"),
     M(T, "lebih dari 50.000 orang", N, "quake_dead", 50000, qual="morethan"),
     M(T, "2003", D, "since", "2003"),
     M(T, "2014", D, "pres", "2014"),
    ]
    build("turkey-election-2023", "Turkey's presidential election of 2023: the first round on 14 May (an agency's "
          "count at 99.4% of boxes, the official result of 19 May: 49.52 / 44.88 / 5.17 / 0.44 %, votes, turnout "
          "87.04 %), the run-off on 28 May (the council's count at 99.43% of boxes, 52.14 / 47.86 %, the official "
          "result of 1 June: 52.18 / 47.82 %, votes, margin, turnout 84.15 %), voters at home and abroad, seats, "
          "inflation and the February earthquakes' toll recalled; dates of the rounds, the results, voting abroad, an "
          "endorsement, the swearing-in on 3 June", False, ms, names)


def euro():
    R, K, B, C = "reuters-oct31", "kontan-nov01", "bisnis-nov02", "cnbc-nov03"
    names = {
     "hicp_oct": "euro-area annual inflation, October 2023", "hicp_sep": "euro-area annual inflation, September 2023",
     "poll": "economists' forecast for October", "core_oct": "core inflation, October",
     "core_sep": "core inflation, September", "energy": "annual fall of energy prices, October",
     "food_oct": "food, alcohol and tobacco inflation, October", "food_sep": "food, alcohol and tobacco inflation, September",
     "serv_oct": "services inflation, October", "serv_sep": "services inflation, September",
     "goods_oct": "non-energy industrial goods inflation, October", "goods_sep": "non-energy industrial goods inflation, September",
     "mom": "monthly change of prices, October", "gdp_qoq": "third-quarter GDP change on the quarter",
     "gdp_yoy": "third-quarter GDP change on the year", "peak": "inflation in October 2022 (the peak)",
     "rate": "deposit rate", "target": "inflation target", "de": "German inflation, October",
     "fr": "French inflation, October", "it": "Italian inflation, October", "es": "Spanish inflation, October",
     "be": "Belgian inflation, October", "nl": "Dutch inflation, October", "sk": "Slovak inflation, October",
     "hr": "Croatian inflation, October", "hikes": "rate increases before the pause",
     # dates
     "release": "day of the flash estimate", "oct22": "month of the peak", "decision": "day of the rate decision",
     "since": "month of the last lower rate", "final": "day the final figures are due",
    }
    P = dict(cls="pct")
    ms = [
     M(R, "2.9%", N, "hicp_oct", 2.9, **P),
     M(R, "4.3%", N, "hicp_sep", 4.3, **P),
     M(R, "Tuesday", D, "release", "2023-10-31"),
     M(R, "3.1%", N, "poll", 3.1, **P),
     M(R, "4.2%", N, "core_oct", 4.2, **P),
     M(R, "4.5%", N, "core_sep", 4.5, **P),
     M(R, "11.1%", N, "energy", 11.1, **P),
     M(R, "7.5%", N, "food_oct", 7.5, **P),
     M(R, "8.8%", N, "food_sep", 8.8, **P),
     M(R, "4.6%", N, "serv_oct", 4.6, **P),
     M(R, "4.7%", N, "serv_sep", 4.7, **P),
     M(R, "3.5%", N, "goods_oct", 3.5, **P),
     M(R, "4.1%", N, "goods_sep", 4.1, **P),
     M(R, "0.1%", N, "mom", 0.1, **P),
     M(R, "0.1%", N, "gdp_qoq", 0.1, occ=2, **P),
     M(R, "10.6%", N, "peak", 10.6, **P),
     M(R, "October 2022", D, "oct22", "2022-10"),
     M(R, "4%", N, "rate", 4, **P),
     M(R, "Thursday", D, "decision", "2023-10-26"),
     M(R, "2%", N, "target", 2, **P),

     M(K, "2,9 persen", N, "hicp_oct", 2.9, **P),
     M(K, "4,3 persen", N, "hicp_sep", 4.3, **P),
     M(K, "Selasa (31/10/2023)", D, "release", "2023-10-31"),
     M(K, "3,1 persen", N, "poll", 3.1, **P),
     M(K, "Juli 2021", D, "since", "2021-07"),
     M(K, "4,2 persen", N, "core_oct", 4.2, **P),
     M(K, "4,5 persen", N, "core_sep", 4.5, **P),
     M(K, "11,1 persen", N, "energy", 11.1, **P),
     M(K, "7,5 persen", N, "food_oct", 7.5, **P),
     M(K, "3,0 persen", N, "de", 3.0, **P),
     M(K, "4,5 persen", N, "fr", 4.5, occ=2, **P),
     M(K, "1,9 persen", N, "it", 1.9, **P),
     M(K, "3,5 persen", N, "es", 3.5, **P),
     M(K, "0,1 persen", N, "mom", 0.1, **P),
     M(K, "0,1 persen", N, "gdp_qoq", 0.1, occ=2, **P),
     M(K, "4 persen", N, "rate", 4, **P),
     M(K, "Kamis (26/10/2023)", D, "decision", "2023-10-26"),
     M(K, "2 persen", N, "target", 2, **P),

     M(B, "2,9 persen", N, "hicp_oct", 2.9, **P),
     M(B, "4,3 persen", N, "hicp_sep", 4.3, **P),
     M(B, "11,1 persen", N, "energy", 11.1, **P),
     M(B, "4,6 persen", N, "serv_oct", 4.6, **P),
     M(B, "4,7 persen", N, "serv_sep", 4.7, **P),
     M(B, "3,5 persen", N, "goods_oct", 3.5, **P),
     M(B, "4,1 persen", N, "goods_sep", 4.1, **P),
     M(B, "4,2 persen", N, "core_oct", 4.2, **P),
     M(B, "2 persen", N, "target", 2, **P),
     M(B, "1,7 persen", N, "be", -1.7, **P),
     M(B, "1,0 persen", N, "nl", -1.0, **P),
     M(B, "7,8 persen", N, "sk", 7.8, **P),
     M(B, "6,7 persen", N, "hr", 6.7, **P),
     M(B, "0,1 persen", N, "gdp_qoq", 0.1, **P),
     M(B, "0,1 persen", N, "gdp_yoy", 0.1, occ=2, **P),
     M(B, "17 November 2023", D, "final", "2023-11-17"),

     M(C, "2.9%", N, "hicp_oct", 2.9, **P),
     M(C, "10.6%", N, "peak", 10.6, **P),
     M(C, "Tuesday, Oct. 31", D, "release", "2023-10-31"),
     M(C, "3.1%", N, "poll", 3.1, **P),
     M(C, "4.3%", N, "hicp_sep", 4.3, **P),
     M(C, "4.2%", N, "core_oct", 4.2, **P),
     M(C, "2%", N, "target", 2, **P),
     M(C, "11.1%", N, "energy", 11.1, **P),
     M(C, "7.5%", N, "food_oct", 7.5, **P),
     M(C, "8.8%", N, "food_sep", 8.8, **P),
     M(C, "3.0%", N, "de", 3.0, **P),
     M(C, "4.5%", N, "fr", 4.5, **P),
     M(C, "1.9%", N, "it", 1.9, **P),
     M(C, "3.5%", N, "es", 3.5, **P),
     M(C, "0.1%", N, "gdp_qoq", 0.1, **P),
     M(C, "4%", N, "rate", 4, **P),
     M(C, "Oct. 26", D, "decision", "2023-10-26"),
     M(C, "ten", N, "hikes", 10),
     M(C, "Nov. 17", D, "final", "2023-11-17"),
    ]
    build("euro-inflation-2023", "Eurostat's flash estimate of euro-area inflation for October 2023 (control), released "
          "on Tuesday 31 October: 2.9 % against 4.3 % in September and 3.1 % expected, core 4.2 % (4.5 %), energy down "
          "11.1 %, food 7.5 % (8.8 %), services 4.6 % (4.7 %), goods 3.5 % (4.1 %), 0.1 % on the month, the four "
          "largest economies and the extremes, third-quarter GDP down 0.1 %, the October 2022 peak of 10.6 %, the "
          "deposit rate held at 4 % on 26 October, the 2 % target, final figures due on 17 November. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    sinabung()
    turkey()
    euro()
