"""The forty-second development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset42/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def concordia():
    A, K, R, T, B = "ap-jan14", "kompas-jan16", "reuters-jan18", "tempo-feb23", "bbc-feb11"
    EARLY, RECONCILED = "2012-01-14", "2012-01-18"
    names = {
     "aboard": "people on board the Costa Concordia", "pax": "passengers on board", "crew": "crew on board",
     "dead": "death toll of the shipwreck", "missing": "people missing", "missing_pax": "passengers among the missing",
     "missing_crew": "crew among the missing", "french": "French passengers among the first dead",
     "found15": "bodies found on Sunday 15 January", "found17": "bodies found on Tuesday 17 January",
     "found17_men": "men among the bodies found on Tuesday", "found22": "bodies found on Wednesday 22 February",
     "residents": "Giglio's winter residents", "titanic": "dead of the Titanic (1912)",
     "gash": "length of the gash in the hull", "length": "length of the ship", "tonnage": "the ship's tonnage",
     "fuel": "fuel in the ship's tanks", "defuel_weeks": "expected length of the fuel removal",
     "sentence": "Schettino's sentence", "sought": "sentence the prosecutors sought", "fine": "Costa's fine",
     # dates
     "crash": "day of the shipwreck", "statement14": "day of the first briefing (Saturday)",
     "arrest": "day Schettino was detained", "found6": "day the sixth body was found",
     "found15day": "day two bodies were found (Sunday)", "presser": "day of Costa's press conference",
     "found17day": "day five bodies were found (Tuesday)", "housearrest": "day of the house-arrest order",
     "suspend18": "day the search was suspended as the wreck shifted", "halt31": "day the underwater search was halted",
     "defuel": "day the fuel removal began", "found22day": "day eight bodies were found",
     "titanic_day": "month the Titanic sank", "verdict": "day of the Grosseto verdict",
     "lastbody": "month the last body was found", "righted": "month the wreck was righted",
     "towed": "month the wreck was towed to Genoa", "plea": "year Costa paid its fine",
    }
    ms = [
     M(A, "4,234 people", N, "aboard", 4234, EARLY),
     M(A, "at least three people", N, "dead", 3, "2012-01-14", "atleast"),
     M(A, "about 70 metres", N, "gash", 70, qual="approx", cls="len"),
     M(A, "three dead", N, "dead", 3, "2012-01-14"),
     M(A, "two French passengers", N, "french", 2),
     M(A, "Some 40 people", N, "missing", 40, "2012-01-14", "approx", fall=True),
     M(A, "about 1,500 residents", N, "residents", 1500, qual="approx"),
     M(A, "Friday", D, "crash", "2012-01-13"),
     M(A, "Saturday", D, "statement14", "2012-01-14"),
     M(A, "Saturday", D, "statement14", "2012-01-14", occ=2),
     M(A, "Saturday", D, "arrest", "2012-01-14", occ=3),

     M(K, "enam orang", N, "dead", 6, "2012-01-16"),
     M(K, "29 orang", N, "missing", 29, "2012-01-16", fall=True),
     M(K, "25 penumpang", N, "missing_pax", 25, "2012-01-16", fall=True),
     M(K, "4 awak kapal", N, "missing_crew", 4, "2012-01-16", fall=True),
     M(K, "Dua jenazah", N, "found15", 2),
     M(K, "114.500 ton", N, "tonnage", 114500, cls="weight"),
     M(K, "4.234 orang", N, "aboard", 4234, EARLY),
     M(K, "290 meter", N, "length", 290, cls="len"),
     M(K, "Senin (16/1/2012)", D, "found6", "2012-01-16"),
     M(K, "Minggu (15/1/2012)", D, "found15day", "2012-01-15"),
     M(K, "Jumat (13/1/2012)", D, "crash", "2012-01-13"),
     M(K, "Sabtu", D, "arrest", "2012-01-14"),
     M(K, "Senin", D, "presser", "2012-01-16", occ=2),

     M(R, "five more bodies", N, "found17", 5),
     M(R, "11", N, "dead", 11, "2012-01-17"),
     M(R, "four men", N, "found17_men", 4),
     M(R, "24 people", N, "missing", 24, "2012-01-18", fall=True),
     M(R, "29", N, "missing", 29, "2012-01-16", fall=True),
     M(R, "4,229", N, "aboard", 4229, RECONCILED),
     M(R, "3,206 passengers", N, "pax", 3206),
     M(R, "1,023 crew", N, "crew", 1023),
     M(R, "2,380 tonnes", N, "fuel", 2380, cls="weight"),
     M(R, "114,500", N, "tonnage", 114500, cls="weight"),
     M(R, "Wednesday", D, "suspend18", "2012-01-18"),
     M(R, "Tuesday", D, "found17day", "2012-01-17"),
     M(R, "Tuesday", D, "housearrest", "2012-01-17", occ=2),
     M(R, "Friday", D, "crash", "2012-01-13"),

     M(T, "delapan jenazah", N, "found22", 8),
     M(T, "25 orang", N, "dead", 25, "2012-02-22"),
     M(T, "tujuh orang", N, "missing", 7, "2012-02-22", fall=True),
     M(T, "2.380 ton", N, "fuel", 2380, qual="approx", cls="weight"),
     M(T, "empat minggu", N, "defuel_weeks", 4, qual="approx", cls="dur"),
     M(T, "4.229 orang", N, "aboard", 4229, RECONCILED),
     M(T, "3.260 penumpang", N, "pax", 3260, planted=True),
     M(T, "1.023 awak", N, "crew", 1023),
     M(T, "lebih dari 1.500 orang", N, "titanic", 1500, qual="morethan"),
     M(T, "Rabu (22/2/2012)", D, "found22day", "2012-02-22"),
     M(T, "Selasa (31/1/2012)", D, "halt31", "2012-01-31"),
     M(T, "Minggu (12/2/2012)", D, "defuel", "2012-02-12"),
     M(T, "Jumat (13/1/2012)", D, "crash", "2012-01-13"),
     M(T, "April 1912", D, "titanic_day", "1912-04"),

     M(B, "16 years", N, "sentence", 16, cls="dur"),
     M(B, "32 people", N, "dead", 32, "final"),
     M(B, "26 years", N, "sought", 26, cls="dur"),
     M(B, "4,229 people", N, "aboard", 4229, RECONCILED),
     M(B, "32 victims", N, "dead", 32, "final"),
     M(B, "290 metres", N, "length", 290, cls="len"),
     M(B, "one million euros", N, "fine", 1e6, cls="money"),
     M(B, "2012", D, "crash", "2012"),
     M(B, "Wednesday", D, "verdict", "2015-02-11"),
     M(B, "13 January 2012", D, "crash", "2012-01-13"),
     M(B, "November 2014", D, "lastbody", "2014-11"),
     M(B, "September 2013", D, "righted", "2013-09"),
     M(B, "July 2014", D, "towed", "2014-07"),
     M(B, "2013", D, "plea", "2013", occ=2),
    ]
    build("costa-concordia-2012", "Costa Concordia shipwreck off Giglio, Italy (Friday 13 January 2012): the people on "
          "board first given as 4,234 and lowered to 4,229 (3,206 passengers and 1,023 crew) once the lists were "
          "reconciled, the toll rising over weeks (3 -> 6 -> 11 -> 25 -> 32) beside bodies found on given days, the "
          "missing falling (about 40 -> 29 -> 24 -> 7), the captain detained, put under house arrest and sentenced "
          "three years later; the Titanic's dead and Giglio's residents recalled; dates of the wreck, briefings, "
          "finds, a suspension, the defuelling, the righting and the verdict", False, ms, names)


def france():
    F, K, R, T, P = "france24-apr11", "kompas-apr14", "reuters-apr25", "tempo-apr28", "ap-may08"
    FINAL, NIGHT = "2022-04-25", "2022-04-24T20"
    names = {
     "macron1": "Macron's first-round share", "lepen1": "Le Pen's first-round share",
     "melen1": "Mélenchon's first-round share", "zemmour1": "Zemmour's first-round share",
     "pecresse1": "Pécresse's first-round share", "hidalgo1": "Hidalgo's first-round share",
     "threshold": "share needed for campaign costs to be reimbursed", "turnout1": "first-round turnout",
     "abst1": "first-round abstention", "macron17": "Macron's 2017 first-round share",
     "lepen17": "Le Pen's 2017 first-round share", "candidates": "candidates in the first round",
     "gap1": "votes between Le Pen and Mélenchon in the first round", "macron1_votes": "Macron's first-round votes",
     "lepen1_votes": "Le Pen's first-round votes", "melen1_votes": "Mélenchon's first-round votes",
     "registered": "registered voters", "macron17r2": "Macron's 2017 run-off share",
     "lepen17r2": "Le Pen's 2017 run-off share", "poll": "polls' run-off forecast for Macron",
     "macron2": "Macron's run-off share", "lepen2": "Le Pen's run-off share", "macron2_votes": "Macron's run-off votes",
     "lepen2_votes": "Le Pen's run-off votes", "margin2": "Macron's run-off margin in votes",
     "abst2": "run-off abstention", "blank2": "blank ballots in the run-off", "null2": "spoiled ballots in the run-off",
     "age": "Macron's age", "runs": "Le Pen's presidential bids", "salute": "cannon shots of the salute",
     # dates
     "round1": "day of the first round", "runoff": "day of the run-off", "ministry1": "day of the ministry's first-round count",
     "cc1": "day the Constitutional Council proclaimed the first round", "debate": "day of the televised debate",
     "el2002": "the 2002 election", "el2017": "the 2017 election", "y1969": "the 1969 run-off",
     "ministry2": "day of the ministry's run-off count", "cc2": "day the Constitutional Council proclaimed the run-off",
     "inaug": "day of the inauguration", "term1end": "end of Macron's first term", "term2start": "start of the second term",
     "leg1": "first round of the legislative elections", "leg2": "second round of the legislative elections",
     "concede": "day Le Pen conceded",
    }
    ms = [
     M(F, "12 candidates", N, "candidates", 12),
     M(F, "27.85%", N, "macron1", 27.85, cls="pct"),
     M(F, "23.15%", N, "lepen1", 23.15, cls="pct"),
     M(F, "21.95%", N, "melen1", 21.95, cls="pct"),
     M(F, "7.07%", N, "zemmour1", 7.07, cls="pct"),
     M(F, "4.78%", N, "pecresse1", 4.78, cls="pct"),
     M(F, "5%", N, "threshold", 5, cls="pct"),
     M(F, "1.75%", N, "hidalgo1", 1.75, cls="pct"),
     M(F, "73.69%", N, "turnout1", 73.69, cls="pct"),
     M(F, "26.31%", N, "abst1", 26.31, cls="pct"),
     M(F, "24.01%", N, "macron17", 24.01, cls="pct"),
     M(F, "21.30%", N, "lepen17", 21.30, cls="pct"),
     M(F, "about 420,000 votes", N, "gap1", 420000, qual="approx"),
     M(F, "April 24", D, "runoff", "2022-04-24"),
     M(F, "Sunday", D, "round1", "2022-04-10"),
     M(F, "Monday", D, "ministry1", "2022-04-11"),
     M(F, "2002", D, "el2002", "2002"),
     M(F, "Wednesday, April 20", D, "debate", "2022-04-20"),

     M(K, "27,85 persen", N, "macron1", 27.85, cls="pct"),
     M(K, "9.783.058 suara", N, "macron1_votes", 9783058),
     M(K, "23,15 persen", N, "lepen1", 23.15, cls="pct"),
     M(K, "8.133.828 suara", N, "lepen1_votes", 8133828),
     M(K, "21,59 persen", N, "melen1", 21.59, cls="pct", planted=True),
     M(K, "7.712.520 suara", N, "melen1_votes", 7712520),
     M(K, "73,69 persen", N, "turnout1", 73.69, cls="pct"),
     M(K, "sekitar 48,7 juta pemilih", N, "registered", 48.7e6, qual="approx"),
     M(K, "66,1 persen", N, "macron17r2", 66.1, cls="pct"),
     M(K, "33,9 persen", N, "lepen17r2", 33.9, cls="pct"),
     M(K, "sekitar 55 persen", N, "poll", 55, qual="approx", cls="pct"),
     M(K, "Rabu (13/4/2022)", D, "cc1", "2022-04-13"),
     M(K, "Minggu (10/4/2022)", D, "round1", "2022-04-10"),
     M(K, "Minggu (24/4/2022)", D, "runoff", "2022-04-24"),
     M(K, "2017", D, "el2017", "2017"),
     M(K, "Rabu (20/4/2022)", D, "debate", "2022-04-20"),

     M(R, "58.55%", N, "macron2", 58.55, FINAL, cls="pct"),
     M(R, "41.45%", N, "lepen2", 41.45, FINAL, cls="pct"),
     M(R, "58.2%", N, "macron2", 58.2, NIGHT, cls="pct", src="Ipsos"),
     M(R, "18,768,639 votes", N, "macron2_votes", 18768639),
     M(R, "13,288,686", N, "lepen2_votes", 13288686),
     M(R, "about 5.5 million", N, "margin2", 5.5e6, qual="approx"),
     M(R, "28.01%", N, "abst2", 28.01, cls="pct"),
     M(R, "6.35%", N, "blank2", 6.35, cls="pct"),
     M(R, "33.9%", N, "lepen17r2", 33.9, cls="pct"),
     M(R, "44", N, "age", 44, cls="age"),
     M(R, "Sunday", D, "runoff", "2022-04-24"),
     M(R, "Monday", D, "ministry2", "2022-04-25"),
     M(R, "1969", D, "y1969", "1969"),
     M(R, "2002", D, "el2002", "2002"),
     M(R, "2017", D, "el2017", "2017"),
     M(R, "June 12", D, "leg1", "2022-06-12"),
     M(R, "June 19", D, "leg2", "2022-06-19"),

     M(T, "58,55 persen", N, "macron2", 58.55, FINAL, cls="pct"),
     M(T, "18.768.639 suara", N, "macron2_votes", 18768639),
     M(T, "41,45 persen", N, "lepen2", 41.45, FINAL, cls="pct"),
     M(T, "13.288.686 suara", N, "lepen2_votes", 13288686),
     M(T, "28,01 persen", N, "abst2", 28.01, cls="pct"),
     M(T, "6,35 persen", N, "blank2", 6.35, cls="pct"),
     M(T, "2,25 persen", N, "null2", 2.25, cls="pct"),
     M(T, "tiga kali", N, "runs", 3),
     M(T, "Rabu (27/4/2022)", D, "cc2", "2022-04-27"),
     M(T, "Senin (25/4/2022)", D, "ministry2", "2022-04-25"),
     M(T, "Sabtu (7/5/2022)", D, "inaug", "2022-05-07"),
     M(T, "13 Mei 2022", D, "term1end", "2022-05-13"),
     M(T, "1969", D, "y1969", "1969"),
     M(T, "Minggu malam", D, "concede", "2022-04-24"),
     M(T, "58,0 persen", N, "macron2", 58.0, NIGHT, cls="pct", src="Ifop"),

     M(P, "58.55%", N, "macron2", 58.55, FINAL, cls="pct"),
     M(P, "21 shots", N, "salute", 21),
     M(P, "more than 5.4 million votes", N, "margin2", 5.4e6, qual="morethan"),
     M(P, "28.01%", N, "abst2", 28.01, cls="pct"),
     M(P, "Saturday", D, "inaug", "2022-05-07"),
     M(P, "April 24", D, "runoff", "2022-04-24"),
     M(P, "Thursday, April 28", D, "cc2", "2022-04-28", planted=True),
     M(P, "May 14", D, "term2start", "2022-05-14"),
     M(P, "June 12", D, "leg1", "2022-06-12"),
     M(P, "June 19", D, "leg2", "2022-06-19"),
    ]
    build("france-election-2022", "France's presidential election of 2022: the first round (Sunday 10 April; 12 "
          "candidates; Macron 27.85%, Le Pen 23.15%, Mélenchon 21.95% and the others' shares, votes, turnout and "
          "abstention; the Constitutional Council's proclamation on Wednesday 13 April) and the run-off (Sunday 24 "
          "April; two pollsters' projections at 8 p.m., then Macron 58.55% and Le Pen 41.45%, votes, margin, "
          "abstention, blank and spoiled ballots; the ministry's count on Monday 25 April and the council's "
          "proclamation on Wednesday 27 April); the 2017 shares, the 2002 and 1969 elections recalled; the debate, the "
          "inauguration on Saturday 7 May, the terms' end and start, the legislative elections", False, ms, names)


def labour():
    K, G, B, P = "kompas-may06", "jakartaglobe-may07", "bisnis-may08", "jakartapost-may10"
    FEB24, FEB23, AUG23 = "2024-02", "2023-02", "2023-08"
    names = {
     "tpt": "open unemployment rate", "unemployed": "unemployed people", "unemp_drop": "fall in the unemployed in a year",
     "lf": "labour force (February 2024)", "lf_rise": "rise of the labour force in a year",
     "employed": "people in work (February 2024)", "emp_rise": "rise of the people in work in a year",
     "tpak": "labour force participation rate", "tpak_rise": "rise of the participation rate (points)",
     "informal": "informal workers' share of the employed", "formal": "formal workers' share of the employed",
     "informal_n": "informal workers", "smk": "unemployment rate of vocational school graduates",
     "gdp": "first-quarter economic growth", "working_age": "working-age population",
     # dates
     "survey": "month of the survey (February 2024)", "prev": "month of the previous year's survey (February 2023)",
     "aug23": "month of the August 2023 survey", "release": "day BPS released the figures",
     "next_survey": "month of the next survey (August 2024)", "next_release": "month of the next release",
    }
    ms = [
     M(K, "4,82 persen", N, "tpt", 4.82, FEB24, cls="pct", fall=True),
     M(K, "5,45 persen", N, "tpt", 5.45, FEB23, cls="pct", fall=True),
     M(K, "7,20 juta orang", N, "unemployed", 7.2e6, FEB24, fall=True),
     M(K, "790.000 orang", N, "unemp_drop", 790000),
     M(K, "149,38 juta orang", N, "lf", 149.38e6),
     M(K, "2,76 juta orang", N, "lf_rise", 2.76e6),
     M(K, "142,18 juta orang", N, "employed", 142.18e6),
     M(K, "3,55 juta orang", N, "emp_rise", 3.55e6),
     M(K, "0,49 persen poin", N, "tpak_rise", 0.49, cls="pct"),
     M(K, "69,80 persen", N, "tpak", 69.80, cls="pct"),
     M(K, "5,32 persen", N, "tpt", 5.32, AUG23, cls="pct", fall=True),
     M(K, "Februari 2024", D, "survey", "2024-02"),
     M(K, "Februari 2023", D, "prev", "2023-02"),
     M(K, "Senin (6/5/2024)", D, "release", "2024-05-06"),
     M(K, "Agustus 2023", D, "aug23", "2023-08"),

     M(G, "4.82 percent", N, "tpt", 4.82, FEB24, cls="pct", fall=True),
     M(G, "5.45 percent", N, "tpt", 5.45, FEB23, cls="pct", fall=True),
     M(G, "790,000", N, "unemp_drop", 790000),
     M(G, "7.20 million", N, "unemployed", 7.2e6, FEB24, fall=True),
     M(G, "2.76 million", N, "lf_rise", 2.76e6),
     M(G, "149.38 million people", N, "lf", 149.38e6),
     M(G, "3.55 million", N, "emp_rise", 3.55e6),
     M(G, "142.18 million", N, "employed", 142.18e6),
     M(G, "0.49 percentage points", N, "tpak_rise", 0.49, cls="pct"),
     M(G, "69.80 percent", N, "tpak", 69.80, cls="pct"),
     M(G, "59.17 percent", N, "informal", 59.17, cls="pct"),
     M(G, "40.83 percent", N, "formal", 40.83, cls="pct"),
     M(G, "8.62 percent", N, "smk", 8.62, cls="pct"),
     M(G, "5.11 percent", N, "gdp", 5.11, cls="pct"),
     M(G, "February 2024", D, "survey", "2024-02"),
     M(G, "Monday", D, "release", "2024-05-06"),

     M(B, "7,20 juta orang", N, "unemployed", 7.2e6, FEB24, fall=True),
     M(B, "790.000 orang", N, "unemp_drop", 790000),
     M(B, "7,99 juta orang", N, "unemployed", 7.99e6, FEB23, fall=True),
     M(B, "5,11 persen", N, "gdp", 5.11, cls="pct"),
     M(B, "4,82 persen", N, "tpt", 4.82, FEB24, cls="pct", fall=True),
     M(B, "5,45 persen", N, "tpt", 5.45, FEB23, cls="pct", fall=True),
     M(B, "84,13 juta orang", N, "informal_n", 84.13e6),
     M(B, "59,17 persen", N, "informal", 59.17, cls="pct"),
     M(B, "40,83 persen", N, "formal", 40.83, cls="pct"),
     M(B, "8,62 persen", N, "smk", 8.62, cls="pct"),
     M(B, "2,76 juta orang", N, "lf_rise", 2.76e6),
     M(B, "149,38 juta orang", N, "lf", 149.38e6),
     M(B, "214,00 juta orang", N, "working_age", 214.0e6),
     M(B, "Februari 2024", D, "survey", "2024-02"),
     M(B, "Februari 2023", D, "prev", "2023-02"),
     M(B, "Senin (6/5/2024)", D, "release", "2024-05-06"),
     M(B, "Agustus 2024", D, "next_survey", "2024-08"),
     M(B, "November 2024", D, "next_release", "2024-11"),

     M(P, "4.82 percent", N, "tpt", 4.82, FEB24, cls="pct", fall=True),
     M(P, "7.20 million", N, "unemployed", 7.2e6, FEB24, fall=True),
     M(P, "7.99 million", N, "unemployed", 7.99e6, FEB23, fall=True),
     M(P, "142.18 million people", N, "employed", 142.18e6),
     M(P, "149.38 million", N, "lf", 149.38e6),
     M(P, "59.17 percent", N, "informal", 59.17, cls="pct"),
     M(P, "84.13 million people", N, "informal_n", 84.13e6),
     M(P, "8.62 percent", N, "smk", 8.62, cls="pct"),
     M(P, "0.49 percentage points", N, "tpak_rise", 0.49, cls="pct"),
     M(P, "69.80 percent", N, "tpak", 69.80, cls="pct"),
     M(P, "4.82 percent", N, "tpt", 4.82, FEB24, cls="pct", fall=True, occ=2),
     M(P, "5.32 percent", N, "tpt", 5.32, AUG23, cls="pct", fall=True),
     M(P, "5.45 percent", N, "tpt", 5.45, FEB23, cls="pct", fall=True),
     M(P, "3.55 million", N, "emp_rise", 3.55e6),
     M(P, "5.11 percent", N, "gdp", 5.11, cls="pct"),
     M(P, "February", D, "survey", "2024-02"),
     M(P, "Monday", D, "release", "2024-05-06"),
     M(P, "February 2023", D, "prev", "2023-02"),
     M(P, "February 2023", D, "prev", "2023-02", occ=2),
     M(P, "August 2023", D, "aug23", "2023-08"),
    ]
    build("bps-labour-2024", "Indonesia's labour force figures for February 2024 (control): released by BPS on Monday "
          "6 May 2024; the open unemployment rate 4.82% (5.45% in February 2023, 5.32% in August 2023), 7.20 million "
          "unemployed (7.99 million a year earlier, 790,000 fewer), a labour force of 149.38 million (up 2.76 "
          "million), 142.18 million in work (up 3.55 million), participation 69.80% (up 0.49 points), informal work "
          "59.17% (84.13 million) against formal 40.83%, vocational graduates' rate 8.62%, first-quarter growth 5.11% "
          "released the same day. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    concordia()
    france()
    labour()
