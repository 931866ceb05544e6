"""The three-hundred-and-eighty-third development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset383/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def ladbroke_grove():
    R, K, A, B = "reuters-oct06", "kompas-oct09", "antara-oct14", "bbc-mar31"
    # as-of times of the death toll: Tuesday night 5 October 1999 (26), Wednesday 6 October (28 confirmed), Friday 8
    # October (the police's estimate of about 40), Wednesday 13 October (revised down to 31) and the fine of March
    # 2007 (31). The toll falling from about 40 to 31 is a revision. The people unaccounted for may fall. Taken to
    # hospital: the London Ambulance Service's 160 against the police's about 150 (sources).
    TUEN, WED, FRI, OCT13, FINE = "1999-10-05b", "1999-10-06", "1999-10-08", "1999-10-13", "2007-03-30"
    POLICE, LAS = "British Transport Police", "the London Ambulance Service"
    names = {
     "dead": "people killed in the crash", "missing": "people unaccounted for", "hospital": "people taken to hospital",
     "injured": "people injured", "speed": "the trains' combined speed (mph)", "spads": "times the signal was passed at red",
     "spad_years": "years over which the signal was passed at red", "dead1988": "dead at Clapham Junction in 1988",
     "fine_nr": "Network Rail's fine (GBP)", "fine_tt": "Thames Trains' fine (GBP)",
     # dates
     "crash": "day of the crash", "count_tue": "day of the count of 26", "count_wed": "day of the count of 28",
     "estimate": "day of the police's estimate of about 40", "count_final": "day the toll was revised to 31",
     "hse": "day of the HSE's interim report", "clapham": "month of the Clapham Junction crash",
     "spad_since": "year since which the signal was passed at red", "nr_fine": "day Network Rail was fined",
     "tt_fine": "month Thames Trains was fined",
    }
    ms = [
     M(R, "Wednesday", D, "count_wed", "1999-10-06"),
     M(R, "28 people", N, "dead", 28, WED, src=POLICE),
     M(R, "26", N, "dead", 26, TUEN, src=POLICE),
     M(R, "Tuesday night", D, "count_tue", "1999-10-05"),
     M(R, "Tuesday", D, "crash", "1999-10-05", occ=2),
     M(R, "127 people", N, "missing", 127, WED, src=POLICE, fall=True),
     M(R, "about 130 mph", N, "speed", 130, qual="approx", cls="speed"),
     M(R, "160 people", N, "hospital", 160, src=LAS),
     M(R, "eight times", N, "spads", 8, cls="times"),
     M(R, "six years", N, "spad_years", 6, cls="dur"),
     M(R, "December 1988", D, "clapham", "1988-12"),
     M(R, "35 people", N, "dead1988", 35),

     M(K, "Jumat (8/10/1999)", D, "estimate", "1999-10-08"),
     M(K, "sekitar 40 orang", N, "dead", 40, FRI, qual="approx", src=POLICE),
     M(K, "127 orang", N, "missing", 127, WED, src=POLICE, fall=True),
     M(K, "Rabu (6/10/1999)", D, "count_wed", "1999-10-06"),
     M(K, "28 korban tewas", N, "dead", 28, WED, src=POLICE),
     M(K, "Senin (4/10/1999)", D, "crash", "1999-10-04", planted=True),
     M(K, "sekitar 130 mil per jam", N, "speed", 130, qual="approx", cls="speed"),
     M(K, "160 orang", N, "hospital", 160, src=LAS),
     M(K, "sekitar 150 orang", N, "hospital", 150, qual="approx", src=POLICE),
     M(K, "delapan kali", N, "spads", 8, cls="times"),
     M(K, "enam tahun", N, "spad_years", 6, cls="dur"),
     M(K, "Desember 1988", D, "clapham", "1988-12"),
     M(K, "35 orang", N, "dead1988", 35),

     M(A, "Rabu (13/10/1999)", D, "count_final", "1999-10-13"),
     M(A, "31 orang", N, "dead", 31, OCT13, src=POLICE),
     M(A, "sekitar 40 orang", N, "dead", 40, FRI, qual="approx", src=POLICE),
     M(A, "Selasa (5/10/1999)", D, "crash", "1999-10-05"),
     M(A, "Lebih dari 400 orang", N, "injured", 400, qual="morethan"),
     M(A, "Jumat (8/10/1999)", D, "hse", "1999-10-08"),
     M(A, "delapan kali", N, "spads", 8, cls="times"),
     M(A, "1993", D, "spad_since", "1993"),

     M(B, "£4 million", N, "fine_nr", 4000000, cls="gbp"),
     M(B, "Friday", D, "nr_fine", "2007-03-30"),
     M(B, "31 people", N, "dead", 31, FINE),
     M(B, "Oct. 5, 1999", D, "crash", "1999-10-05"),
     M(B, "about 103 mph", N, "speed", 103, qual="approx", cls="speed", planted=True),
     M(B, "More than 400 people", N, "injured", 400, qual="morethan"),
     M(B, "£2 million", N, "fine_tt", 2000000, cls="gbp"),
     M(B, "April 2004", D, "tt_fine", "2004-04"),
     M(B, "eight times", N, "spads", 8, cls="times"),
     M(B, "six years", N, "spad_years", 6, cls="dur"),
    ]
    build("ladbroke-grove-1999", "The Ladbroke Grove rail crash in west London (Tuesday 5 October 1999): a Thames "
          "Trains commuter service from Paddington passed signal SN109 at red and met a Great Western express from "
          "Cheltenham at a combined speed of about 130 mph; the police's count of 26 dead on Tuesday night, 28 on "
          "Wednesday 6 October with 127 unaccounted for, an estimate of about 40 on Friday 8 October revised down to "
          "31 on Wednesday 13 October; 160 taken to hospital by the London Ambulance Service against about 150 by the "
          "police; more than 400 injured; the signal passed at red eight times in six years (since 1993); the HSE's "
          "interim report of 8 October; Thames Trains fined GBP 2 million in April 2004 and Network Rail GBP 4 million "
          "on Friday 30 March 2007; the Clapham Junction crash of December 1988 (35 dead) as another event",
          False, ms, names)


def morecambe_bay():
    R, K, A, G = "reuters-feb06", "kompas-feb08", "antara-mar25", "guardian-mar29"
    # as-of times of the bodies recovered: first light on Friday 6 February 2004 (18), Friday afternoon (19), Saturday
    # 7 February (19), the verdict of Friday 24 March 2006 (21 recovered, two never found, 23 dead in all). The
    # survivors: the police's 15 against the coastguard's 16 (sources). The charges, the age and the sentence do
    # not change with the day of the report.
    FRIAM, FRI, SAT, VERDICT = "2004-02-06", "2004-02-06b", "2004-02-07", "2006-03-24"
    POLICE, CG = "Lancashire Police", "the coastguard"
    names = {
     "bodies": "bodies recovered", "dead_all": "workers who died in all", "unfound": "victims never found",
     "survivors": "people who survived", "counts": "manslaughter counts Lin was convicted on", "age": "Lin's age",
     "term": "years of Lin's sentence",
     # dates
     "disaster": "night of the drowning", "count_fri": "day of the counts of 18 and 19",
     "count_sat": "day of the count of 19 on Saturday", "verdict": "day of the verdict",
     "sentence": "day of the sentence", "trial": "month the trial opened",
    }
    ms = [
     M(R, "19 bodies", N, "bodies", 19, FRI, src=POLICE),
     M(R, "Friday", D, "count_fri", "2004-02-06"),
     M(R, "Thursday", D, "disaster", "2004-02-05"),
     M(R, "18 dead", N, "bodies", 18, FRIAM, src=POLICE),
     M(R, "16 people", N, "survivors", 16, src=CG),
     M(R, "15", N, "survivors", 15, src=POLICE),

     M(K, "Sabtu (7/2/2004)", D, "count_sat", "2004-02-07"),
     M(K, "19 jenazah", N, "bodies", 19, SAT, src=POLICE),
     M(K, "Rabu (4/2/2004)", D, "disaster", "2004-02-04", planted=True),
     M(K, "Jumat (6/2/2004)", D, "count_fri", "2004-02-06"),
     M(K, "18 jenazah", N, "bodies", 18, FRIAM, src=POLICE),
     M(K, "15 orang", N, "survivors", 15, src=POLICE),
     M(K, "16 orang", N, "survivors", 16, src=CG),

     M(A, "Jumat (24/3/2006)", D, "verdict", "2006-03-24"),
     M(A, "21 dakwaan", N, "counts", 21),
     M(A, "23 pekerja", N, "dead_all", 23),
     M(A, "Kamis (5/2/2004)", D, "disaster", "2004-02-05"),
     M(A, "Jenazah 21 korban", N, "bodies", 21, VERDICT),
     M(A, "dua lainnya", N, "unfound", 2),
     M(A, "29 tahun", N, "age", 29, cls="age"),
     M(A, "Selasa (28/3/2006)", D, "sentence", "2006-03-28"),
     M(A, "September 2005", D, "trial", "2005-09"),

     M(G, "14 years", N, "term", 14, cls="dur"),
     M(G, "Tuesday", D, "sentence", "2006-03-28"),
     M(G, "29", N, "age", 29, cls="age"),
     M(G, "Friday", D, "verdict", "2006-03-24"),
     M(G, "12", N, "counts", 12, planted=True),
     M(G, "23 workers", N, "dead_all", 23),
     M(G, "Feb. 5, 2004", D, "disaster", "2004-02-05"),
     M(G, "21 bodies", N, "bodies", 21, VERDICT),
     M(G, "two of the victims", N, "unfound", 2),
     M(G, "September 2005", D, "trial", "2005-09"),
    ]
    build("morecambe-bay-2004", "The Morecambe Bay cockling disaster (the night of Thursday 5 February 2004): Chinese "
          "cockle pickers cut off by the tide near Hest Bank; 18 bodies recovered at first light on Friday 6 February, "
          "19 by Friday afternoon and still 19 on Saturday 7 February; 15 survivors by the police's count against 16 "
          "brought ashore by the coastguard's; 23 dead in all, 21 bodies recovered and two never found; the gangmaster "
          "Lin Liang Ren, 29, convicted of 21 counts of manslaughter at Preston on Friday 24 March 2006 and jailed for "
          "14 years on Tuesday 28 March 2006; the trial opened in September 2005", False, ms, names)


def bailout():
    R, K, A, T = "reuters-nov28", "kompas-nov29", "antara-nov30", "irishtimes-dec01"
    names = {
     "total": "the whole programme (EUR billion)", "banks": "the banks' share (EUR billion)",
     "state": "the share for the state's needs (EUR billion)", "external": "lent from abroad (EUR billion)",
     "own": "Ireland's own contribution (EUR billion)", "recap": "put into the banks at once (EUR billion)",
     "contingency": "the banks' contingency (EUR billion)", "imf": "the IMF's loan (EUR billion)",
     "efsm": "the EFSM's loan (EUR billion)", "efsf": "the EFSF's loan (EUR billion)",
     "bilateral": "bilateral loans (EUR billion)", "uk": "Britain's loan (EUR billion)",
     "plan": "the savings plan (EUR billion)", "rate": "the average interest rate (%)",
     "deficit": "the deficit target (% of output)", "plan_years": "years of the savings plan",
     # dates
     "deal": "day the programme was agreed", "target": "year of the deficit target",
     "old_target": "year of the original deficit target", "plan_day": "day the savings plan was published",
     "budget": "day of the budget",
    }
    ms = [
     M(R, "85 billion euro", N, "total", 85, cls="bn"),
     M(R, "Sunday", D, "deal", "2010-11-28"),
     M(R, "35 billion euros", N, "banks", 35, cls="bn"),
     M(R, "50 billion euros", N, "state", 50, cls="bn"),
     M(R, "67.5 billion euros", N, "external", 67.5, cls="bn"),
     M(R, "17.5 billion euros", N, "own", 17.5, cls="bn"),
     M(R, "5.8 percent", N, "rate", 5.8, cls="pct"),
     M(R, "10 billion euros", N, "recap", 10, cls="bn"),
     M(R, "25 billion euros", N, "contingency", 25, cls="bn"),
     M(R, "22.5 billion euros", N, "imf", 22.5, cls="bn"),
     M(R, "17.7 billion euros", N, "efsf", 17.7, cls="bn"),
     M(R, "4.8 billion euros", N, "bilateral", 4.8, cls="bn"),
     M(R, "3.8 billion euros", N, "uk", 3.8, cls="bn"),
     M(R, "2015", D, "target", "2015"),
     M(R, "2014", D, "old_target", "2014"),
     M(R, "3 percent", N, "deficit", 3, cls="pct"),
     M(R, "Wednesday", D, "plan_day", "2010-11-24"),
     M(R, "15 billion euros", N, "plan", 15, cls="bn"),
     M(R, "four years", N, "plan_years", 4, cls="dur"),
     M(R, "Dec. 7", D, "budget", "2010-12-07"),

     M(K, "Minggu (28/11/2010)", D, "deal", "2010-11-28"),
     M(K, "85 miliar euro", N, "total", 85, cls="bn"),
     M(K, "67,5 miliar euro", N, "external", 67.5, cls="bn"),
     M(K, "17,5 miliar euro", N, "own", 17.5, cls="bn"),
     M(K, "35 miliar euro", N, "banks", 35, cls="bn"),
     M(K, "50 miliar euro", N, "state", 50, cls="bn"),
     M(K, "10 miliar euro", N, "recap", 10, cls="bn"),
     M(K, "25 miliar euro", N, "contingency", 25, cls="bn"),
     M(K, "5,8 persen", N, "rate", 5.8, cls="pct"),
     M(K, "22,5 miliar euro", N, "imf", 22.5, cls="bn"),
     M(K, "22,5 miliar euro", N, "efsm", 22.5, cls="bn", occ=2),
     M(K, "17,7 miliar euro", N, "efsf", 17.7, cls="bn"),
     M(K, "4,8 miliar euro", N, "bilateral", 4.8, cls="bn"),
     M(K, "2015", D, "target", "2015"),
     M(K, "3 persen", N, "deficit", 3, cls="pct"),
     M(K, "2014", D, "old_target", "2014"),
     M(K, "7 Desember 2010", D, "budget", "2010-12-07"),

     M(A, "85 miliar euro", N, "total", 85, cls="bn"),
     M(A, "Minggu (28/11/2010)", D, "deal", "2010-11-28"),
     M(A, "67,5 miliar euro", N, "external", 67.5, cls="bn"),
     M(A, "17,5 miliar euro", N, "own", 17.5, cls="bn"),
     M(A, "22,5 miliar euro", N, "imf", 22.5, cls="bn", also={"efsm": 22.5}),
     M(A, "17,7 miliar euro", N, "efsf", 17.7, cls="bn"),
     M(A, "4,8 miliar euro", N, "bilateral", 4.8, cls="bn"),
     M(A, "3,8 miliar euro", N, "uk", 3.8, cls="bn"),
     M(A, "5,8 persen", N, "rate", 5.8, cls="pct"),
     M(A, "50 miliar euro", N, "state", 50, cls="bn"),
     M(A, "35 miliar euro", N, "banks", 35, cls="bn"),
     M(A, "10 miliar euro", N, "recap", 10, cls="bn"),
     M(A, "25 miliar euro", N, "contingency", 25, cls="bn"),
     M(A, "3 persen", N, "deficit", 3, cls="pct"),
     M(A, "2015", D, "target", "2015"),
     M(A, "empat tahun", N, "plan_years", 4, cls="dur"),
     M(A, "15 miliar euro", N, "plan", 15, cls="bn"),
     M(A, "Rabu (24/11/2010)", D, "plan_day", "2010-11-24"),

     M(T, "€85 billion", N, "total", 85, cls="bn"),
     M(T, "November 28", D, "deal", "2010-11-28"),
     M(T, "€35 billion", N, "banks", 35, cls="bn"),
     M(T, "€50 billion", N, "state", 50, cls="bn"),
     M(T, "€10 billion", N, "recap", 10, cls="bn"),
     M(T, "€25 billion", N, "contingency", 25, cls="bn"),
     M(T, "€17.5 billion", N, "own", 17.5, cls="bn"),
     M(T, "€67.5 billion", N, "external", 67.5, cls="bn"),
     M(T, "5.8 per cent", N, "rate", 5.8, cls="pct"),
     M(T, "€22.5 billion", N, "imf", 22.5, cls="bn"),
     M(T, "€22.5 billion", N, "efsm", 22.5, cls="bn", occ=2),
     M(T, "€17.7 billion", N, "efsf", 17.7, cls="bn"),
     M(T, "€4.8 billion", N, "bilateral", 4.8, cls="bn"),
     M(T, "€3.8 billion", N, "uk", 3.8, cls="bn"),
     M(T, "3 per cent", N, "deficit", 3, cls="pct"),
     M(T, "2015", D, "target", "2015"),
     M(T, "2014", D, "old_target", "2014"),
     M(T, "€15 billion", N, "plan", 15, cls="bn"),
     M(T, "Wednesday", D, "plan_day", "2010-11-24"),
     M(T, "December 7", D, "budget", "2010-12-07"),
    ]
    build("ireland-bailout-2010", "Ireland's EU-IMF programme agreed on Sunday 28 November 2010 (control): EUR 85 "
          "billion in all, EUR 35 billion for the banks (EUR 10 billion at once, EUR 25 billion as a contingency) and "
          "EUR 50 billion for the state's needs; EUR 67.5 billion lent from abroad (the IMF EUR 22.5 billion, the EFSM "
          "EUR 22.5 billion, the EFSF EUR 17.7 billion, bilateral loans EUR 4.8 billion, EUR 3.8 billion of it from "
          "Britain) and EUR 17.5 billion of Ireland's own; an average rate of 5.8%; the deficit below 3% of output by "
          "2015 instead of 2014; the EUR 15 billion four-year savings plan of Wednesday 24 November; the budget of 7 "
          "December 2010. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    ladbroke_grove()
    morecambe_bay()
    bailout()
