"""The two-hundred-and-ninety-eighth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset298/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def kramatorsk():
    K, R, T, A = "kompas-apr8", "reuters-apr9", "detik-apr13", "ap-may5"
    # as-of times of the running tallies: Friday 8 April 2022 in the morning (the state railway's first count),
    # Friday evening (the governor's 50 dead and 98 wounded), Saturday 9 April (52 dead), Tuesday 12 April (57 dead,
    # 109 wounded; the AP's retrospective gives that mid-April count). The railway's "more than 100" wounded in the
    # morning and the governor's 98 in the evening are two as-of times of one count that went down (a revision).
    # The children killed (five) and the crowd at the station (about 4,000) are given without an as-of change.
    AM, PM, SAT, TUE = "2022-04-08a", "2022-04-08b", "2022-04-09", "2022-04-12"
    names = {
     "dead": "people killed in the strike", "injured": "people wounded in the strike",
     "children": "children killed in the strike", "crowd": "people at the station when the missile hit",
     # dates
     "strike": "day of the strike on the station", "count_fri": "day of the governor's count of 50 (Friday evening)",
     "count_sat": "day the toll stood at 52", "count_tue": "day the toll stood at 57",
     "vdl": "day the European Commission president was in Kyiv", "donbas": "day the battle for the Donbas was said to begin",
    }
    ms = [
     M(K, "Jumat (8/4/2022)", D, "strike", "2022-04-08"),
     M(K, "lebih dari 30 orang", N, "dead", 30, AM, qual="morethan"),
     M(K, "lebih dari 100 orang", N, "injured", 100, AM, qual="morethan"),
     M(K, "sekitar 4.000 orang", N, "crowd", 4000, qual="approx"),

     M(R, "52", N, "dead", 52, SAT),
     M(R, "Saturday", D, "count_sat", "2022-04-09"),
     M(R, "five children", N, "children", 5),
     M(R, "Friday evening", D, "count_fri", "2022-04-08"),
     M(R, "50 dead", N, "dead", 50, PM),
     M(R, "98 wounded", N, "injured", 98, PM),
     M(R, "more than 30 dead", N, "dead", 30, AM, qual="morethan"),
     M(R, "Friday morning", D, "strike", "2022-04-08"),
     M(R, "about 4,000 people", N, "crowd", 4000, qual="approx"),
     M(R, "Friday", D, "vdl", "2022-04-08", occ=3),

     M(T, "57 orang", N, "dead", 57, TUE),
     M(T, "Selasa (12/4/2022)", D, "count_tue", "2022-04-12"),
     M(T, "109 orang", N, "injured", 109, TUE),
     M(T, "Kamis (7/4/2022)", D, "strike", "2022-04-07", planted=True),
     M(T, "Sabtu (9/4/2022)", D, "count_sat", "2022-04-09"),
     M(T, "52 orang", N, "dead", 52, SAT),
     M(T, "lima anak-anak", N, "children", 5),

     M(A, "April 8", D, "strike", "2022-04-08"),
     M(A, "57 people", N, "dead", 57, TUE),
     M(A, "190", N, "injured", 190, TUE, planted=True),
     M(A, "Five children", N, "children", 5),
     M(A, "about 4,000 people", N, "crowd", 4000, qual="approx"),
     M(A, "April 18", D, "donbas", "2022-04-18"),
    ]
    build("kramatorsk-station-2022", "The missile strike on the railway station of Kramatorsk, eastern Ukraine (Friday 8 "
          "April 2022, about 4,000 people waiting for evacuation trains): the state railway's more than 30 dead and more "
          "than 100 wounded in the morning, the governor's 50 dead and 98 wounded on Friday evening, 52 dead (five "
          "children) on Saturday 9 April, 57 dead and 109 wounded on Tuesday 12 April", False, ms, names)


def election():
    P, R, K, A = "tempo-apr1", "reuters-apr8", "kompas-may1", "ap-may20"
    # results do not change with the day of the report: the Central Election Commission's (CEC) first-round shares
    # (31 March 2019: 30.24, 15.95, 13.40, turnout 62.87; announced Sunday 7 April), rounded in the partial count of 1
    # April ("sekitar 30 persen"), and its runoff shares (21 April: 73.22 and 24.45, turnout 61.37; declared Tuesday
    # 30 April). The National Exit Poll's estimates (30.4, 17.8, 14.2; 73.2 and 25.3) are another source's (sources).
    CEC, NEP = "the Central Election Commission", "the National Exit Poll"
    names = {
     "z1": "Zelensky's first-round share", "p1": "Poroshenko's first-round share",
     "t1": "Tymoshenko's first-round share", "z2": "Zelensky's runoff share", "p2": "Poroshenko's runoff share",
     "turnout1": "first-round turnout", "turnout2": "runoff turnout", "majority": "share needed to win outright",
     "candidates": "candidates in the first round", "votes2": "votes for Zelensky in the runoff",
     "wardead": "people killed in the war in the east",
     # dates
     "r1": "day of the first round", "r2": "day of the runoff", "debate": "day of the stadium debate",
     "res1": "day the first-round results were announced", "tests": "day of the candidates' drug tests",
     "res2": "day the final runoff results were declared", "inaug": "day of the inauguration",
     "crimea": "year Crimea was annexed", "war": "year the war in the east began",
    }
    ms = [
     M(P, "Minggu (31/3/2019)", D, "r1", "2019-03-31"),
     M(P, "sekitar 30 persen", N, "z1", 30, qual="approx", src=CEC, cls="pct"),
     M(P, "sekitar 16 persen", N, "p1", 16, qual="approx", src=CEC, cls="pct"),
     M(P, "sekitar 13 persen", N, "t1", 13, qual="approx", src=CEC, cls="pct"),
     M(P, "30,4 persen", N, "z1", 30.4, src=NEP, cls="pct"),
     M(P, "17,8 persen", N, "p1", 17.8, src=NEP, cls="pct"),
     M(P, "14,2 persen", N, "t1", 14.2, src=NEP, cls="pct"),
     M(P, "39 kandidat", N, "candidates", 39),
     M(P, "lebih dari 50 persen", N, "majority", 50, qual="morethan", cls="pct"),
     M(P, "21 April 2019", D, "r2", "2019-04-21"),
     M(P, "lebih dari 60 persen", N, "turnout1", 60, qual="morethan", src=CEC, cls="pct"),

     M(R, "30.24 percent", N, "z1", 30.24, src=CEC, cls="pct"),
     M(R, "Sunday", D, "res1", "2019-04-07"),
     M(R, "15.95 percent", N, "p1", 15.95, src=CEC, cls="pct"),
     M(R, "April 21", D, "r2", "2019-04-21"),
     M(R, "13.40 percent", N, "t1", 13.40, src=CEC, cls="pct"),
     M(R, "March 31", D, "r1", "2019-03-31"),
     M(R, "62.87 percent", N, "turnout1", 62.87, src=CEC, cls="pct"),
     M(R, "April 19", D, "debate", "2019-04-19"),
     M(R, "Friday", D, "tests", "2019-04-05"),
     M(R, "2014", D, "crimea", "2014"),

     M(K, "Selasa (30/4/2019)", D, "res2", "2019-04-30"),
     M(K, "73,22 persen", N, "z2", 73.22, src=CEC, cls="pct"),
     M(K, "24,45 persen", N, "p2", 24.45, src=CEC, cls="pct"),
     M(K, "Minggu (21/4/2019)", D, "r2", "2019-04-21"),
     M(K, "73,2 persen", N, "z2", 73.2, src=NEP, cls="pct"),
     M(K, "25,3 persen", N, "p2", 25.3, src=NEP, cls="pct"),
     M(K, "Sabtu (30/3/2019)", D, "r1", "2019-03-30", planted=True),
     M(K, "30,24 persen", N, "z1", 30.24, src=CEC, cls="pct"),
     M(K, "15,95 persen", N, "p1", 15.95, src=CEC, cls="pct"),
     M(K, "Jumat (19/4/2019)", D, "debate", "2019-04-19"),
     M(K, "2014", D, "war", "2014"),

     M(A, "Monday", D, "inaug", "2019-05-20"),
     M(A, "April 21", D, "r2", "2019-04-21"),
     M(A, "73.22 percent", N, "z2", 73.22, src=CEC, cls="pct"),
     M(A, "24.54 percent", N, "p2", 24.54, src=CEC, cls="pct", planted=True),
     M(A, "more than 13.5 million votes", N, "votes2", 13500000, qual="morethan"),
     M(A, "March 31", D, "r1", "2019-03-31"),
     M(A, "30.24 percent", N, "z1", 30.24, src=CEC, cls="pct"),
     M(A, "39 candidates", N, "candidates", 39),
     M(A, "61.37 percent", N, "turnout2", 61.37, src=CEC, cls="pct"),
     M(A, "April 30", D, "res2", "2019-04-30"),
     M(A, "more than 13,000 people", N, "wardead", 13000, qual="morethan"),
     M(A, "2014", D, "war", "2014"),
    ]
    build("ukraine-presidential-2019", "Ukraine's presidential election in two rounds: the first round on Sunday 31 "
          "March 2019 (39 candidates; the Central Election Commission's final count announced Sunday 7 April: "
          "Zelensky 30.24%, Poroshenko 15.95%, Tymoshenko 13.40%, turnout 62.87%; the National Exit Poll's 30.4, 17.8 "
          "and 14.2), the stadium debate on Friday 19 April, the runoff on Sunday 21 April (the exit poll's 73.2 and "
          "25.3; the official 73.22% and 24.45%, turnout 61.37%, declared Tuesday 30 April), the inauguration on Monday "
          "20 May 2019", False, ms, names)


def nbu():
    R, K, B, A = "reuters-jun2", "kontan-jun3", "bisnis-jun4", "ap-jun5"
    # one decision, the same figures everywhere: the key rate raised to 25% from 10% (15 percentage points) on
    # Thursday 2 June 2022, effective Friday 3 June; annual inflation 16.4% in April; the rate at 10% since January
    # 2022; the hryvnia fixed at 29.25 per dollar since the invasion of 24 February 2022; the next decision on 21 July.
    # The 25% the bank says it will hold is the new rate (one fact); the 10% before and since January likewise.
    names = {
     "rate": "the new key rate", "prev": "the key rate before the decision", "pp": "the increase (percentage points)",
     "infl": "annual inflation in April", "fx": "the fixed hryvnia rate per dollar",
     # dates
     "decided": "day of the decision", "effective": "day the new rate took effect", "invasion": "day of the invasion",
     "last_hike": "month of the previous increase", "next": "day of the next decision",
     "infl_month": "month of the inflation figure",
    }
    ms = [
     M(R, "25%", N, "rate", 25, cls="pct"),
     M(R, "10%", N, "prev", 10, cls="pct"),
     M(R, "Thursday", D, "decided", "2022-06-02"),
     M(R, "Feb. 24", D, "invasion", "2022-02-24"),
     M(R, "15 percentage points", N, "pp", 15, cls="pp"),
     M(R, "Friday, June 3", D, "effective", "2022-06-03"),
     M(R, "16.4%", N, "infl", 16.4, cls="pct"),
     M(R, "April", D, "infl_month", "2022-04"),
     M(R, "10%", N, "prev", 10, cls="pct", occ=2),
     M(R, "January", D, "last_hike", "2022-01"),
     M(R, "29.25", N, "fx", 29.25, cls="fx"),
     M(R, "Feb. 24", D, "invasion", "2022-02-24", occ=2),
     M(R, "25%", N, "rate", 25, cls="pct", occ=2),
     M(R, "July 21", D, "next", "2022-07-21"),

     M(K, "10%", N, "prev", 10, cls="pct"),
     M(K, "25%", N, "rate", 25, cls="pct"),
     M(K, "Kamis (2/6/2022)", D, "decided", "2022-06-02"),
     M(K, "15 poin persentase", N, "pp", 15, cls="pp"),
     M(K, "Jumat (3/6/2022)", D, "effective", "2022-06-03"),
     M(K, "24 Februari 2022", D, "invasion", "2022-02-24"),
     M(K, "16,4%", N, "infl", 16.4, cls="pct"),
     M(K, "April", D, "infl_month", "2022-04"),
     M(K, "10%", N, "prev", 10, cls="pct", occ=2),
     M(K, "Januari 2022", D, "last_hike", "2022-01"),
     M(K, "29,25", N, "fx", 29.25, cls="fx"),
     M(K, "25%", N, "rate", 25, cls="pct", occ=2),
     M(K, "21 Juli 2022", D, "next", "2022-07-21"),

     M(B, "15 poin persentase", N, "pp", 15, cls="pp"),
     M(B, "25%", N, "rate", 25, cls="pct"),
     M(B, "Kamis (2/6/2022)", D, "decided", "2022-06-02"),
     M(B, "10%", N, "prev", 10, cls="pct"),
     M(B, "Januari 2022", D, "last_hike", "2022-01"),
     M(B, "Jumat (3/6/2022)", D, "effective", "2022-06-03"),
     M(B, "April 2022", D, "infl_month", "2022-04"),
     M(B, "16,4%", N, "infl", 16.4, cls="pct"),
     M(B, "24 Februari 2022", D, "invasion", "2022-02-24"),
     M(B, "29,25", N, "fx", 29.25, cls="fx"),
     M(B, "25%", N, "rate", 25, cls="pct", occ=2),
     M(B, "21 Juli 2022", D, "next", "2022-07-21"),

     M(A, "25 percent", N, "rate", 25, cls="pct"),
     M(A, "10 percent", N, "prev", 10, cls="pct"),
     M(A, "15-point", N, "pp", 15, cls="pp"),
     M(A, "Thursday", D, "decided", "2022-06-02"),
     M(A, "June 3", D, "effective", "2022-06-03"),
     M(A, "Feb. 24", D, "invasion", "2022-02-24"),
     M(A, "10 percent", N, "prev", 10, cls="pct", occ=2),
     M(A, "January", D, "last_hike", "2022-01"),
     M(A, "16.4 percent", N, "infl", 16.4, cls="pct"),
     M(A, "April", D, "infl_month", "2022-04"),
     M(A, "29.25", N, "fx", 29.25, cls="fx"),
     M(A, "25 percent", N, "rate", 25, cls="pct", occ=2),
     M(A, "July 21", D, "next", "2022-07-21"),
    ]
    build("nbu-key-rate-2022", "The National Bank of Ukraine raises its key rate to 25% from 10% (control): decided "
          "on Thursday 2 June 2022, effective Friday 3 June, 15 percentage points, the first change since the invasion "
          "of 24 February 2022, the rate at 10% since January 2022, annual inflation 16.4% in April, the hryvnia fixed "
          "at 29.25 per dollar, the next decision on 21 July 2022. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    kramatorsk()
    election()
    nbu()
