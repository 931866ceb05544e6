"""The three-hundred-and-thirty-sixth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset336/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def amagasaki():
    R, K, A, P = "reuters-apr25", "kompas-apr27", "antara-apr29", "ap-jun29"
    # as-of times of the running tallies: late on Monday 25 April 2005 (the police's 73 dead, more than 440 hurt),
    # Tuesday 26 April at 17:00 (91 dead, 460 hurt by the police, 456 taken to hospital by the Amagasaki fire
    # department: sources), Thursday 28 April when the search ended (106 dead, at least 500 hurt), the commission's
    # final report of Thursday 28 June 2007 (107 dead with the driver, 562 hurt; no source named). Neither tally
    # falls. The passengers, the cars, the driver's age and experience, the delay, the speed limit, the speed on the
    # curve and the 1963 crash do not change with the day of the report.
    MONN, TUE, THU, FINAL = "2005-04-25b", "2005-04-26", "2005-04-28", "2007-06-28"
    POLICE, FIRE = "the Hyogo prefectural police", "the Amagasaki fire department"
    names = {
     "dead": "people killed in the derailment", "hurt": "people injured in the derailment",
     "passengers": "passengers on board", "cars": "cars of the train", "floors": "storeys of the apartment building",
     "age": "the driver's age", "months": "the driver's months at the controls", "delay": "seconds behind schedule",
     "limit": "the speed limit on the curve (km/h)", "speed": "the train's speed on the curve (km/h)",
     "dead1963": "dead in the Tsurumi crash of 1963",
     # dates
     "crash": "day of the derailment", "count_mon": "day of the police's count of 73",
     "count_tue": "day of the count of 91", "search_end": "day the search ended",
     "report": "day of the commission's final report", "reopen": "day the line reopened",
     "tsurumi": "year of the Tsurumi crash",
    }
    ms = [
     M(R, "Monday", D, "crash", "2005-04-25"),
     M(R, "at least 73 people", N, "dead", 73, MONN, qual="atleast", src=POLICE),
     M(R, "Monday night", D, "count_mon", "2005-04-25"),
     M(R, "nine-storey", N, "floors", 9, cls="floors"),
     M(R, "seven-car", N, "cars", 7, cls="cars"),
     M(R, "about 700 passengers", N, "passengers", 700, qual="approx"),
     M(R, "more than 440 people", N, "hurt", 440, MONN, qual="morethan", src=POLICE),
     M(R, "23-year-old", N, "age", 23, cls="age"),
     M(R, "11 months", N, "months", 11, cls="months"),
     M(R, "about 90 seconds", N, "delay", 90, qual="approx", cls="sec"),
     M(R, "70 km per hour", N, "limit", 70, cls="kmh"),
     M(R, "1963", D, "tsurumi", "1963"),
     M(R, "161 people", N, "dead1963", 161),

     M(K, "91 orang", N, "dead", 91, TUE, src=POLICE),
     M(K, "Selasa (26/4/2005)", D, "count_tue", "2005-04-26"),
     M(K, "Senin malam", D, "count_mon", "2005-04-25"),
     M(K, "73 orang tewas", N, "dead", 73, MONN, src=POLICE),
     M(K, "tujuh gerbong", N, "cars", 7, cls="cars"),
     M(K, "Minggu (24/4/2005)", D, "crash", "2005-04-24", planted=True),
     M(K, "460 orang", N, "hurt", 460, TUE, src=POLICE),
     M(K, "456 orang", N, "hurt", 456, TUE, src=FIRE),
     M(K, "lebih dari 100 km per jam", N, "speed", 100, qual="morethan", cls="kmh"),
     M(K, "70 km per jam", N, "limit", 70, cls="kmh"),
     M(K, "23 tahun", N, "age", 23, cls="age"),
     M(K, "11 bulan", N, "months", 11, cls="months"),
     M(K, "sekitar 90 detik", N, "delay", 90, qual="approx", cls="sec"),

     M(A, "Kamis (28/4/2005)", D, "search_end", "2005-04-28"),
     M(A, "106 orang", N, "dead", 106, THU, src=POLICE),
     M(A, "91 orang", N, "dead", 91, TUE, src=POLICE),
     M(A, "Selasa sore", D, "count_tue", "2005-04-26"),
     M(A, "sedikitnya 500 orang", N, "hurt", 500, THU, qual="atleast", src=POLICE),
     M(A, "tujuh gerbong", N, "cars", 7, cls="cars"),
     M(A, "sekitar 700 penumpang", N, "passengers", 700, qual="approx"),
     M(A, "Senin (25/4/2005)", D, "crash", "2005-04-25"),
     M(A, "sembilan lantai", N, "floors", 9, cls="floors"),
     M(A, "23 tahun", N, "age", 23, cls="age"),
     M(A, "sekitar 90 detik", N, "delay", 90, qual="approx", cls="sec"),

     M(P, "116 kph", N, "speed", 116, cls="kmh"),
     M(P, "70 kph", N, "limit", 70, cls="kmh"),
     M(P, "Thursday", D, "report", "2007-06-28"),
     M(P, "April 25, 2005", D, "crash", "2005-04-25"),
     M(P, "107 people", N, "dead", 107, FINAL),
     M(P, "562", N, "hurt", 562, FINAL),
     M(P, "1963", D, "tsurumi", "1963"),
     M(P, "116", N, "dead1963", 116, planted=True, occ=2),
     M(P, "seven-car", N, "cars", 7, cls="cars"),
     M(P, "about 700 passengers", N, "passengers", 700, qual="approx"),
     M(P, "some 90 seconds", N, "delay", 90, qual="approx", cls="sec"),
     M(P, "June 19, 2005", D, "reopen", "2005-06-19"),
    ]
    build("amagasaki-derailment-2005", "The derailment of a JR West rapid train on the Fukuchiyama Line in Amagasaki, "
          "Hyogo (Monday 25 April 2005, 9:18 a.m.): the police's count of at least 73 dead late on Monday, 91 by "
          "Tuesday 26 April at 17:00, 106 when the search ended on Thursday 28 April, 107 with the driver in the "
          "commission's final report (Thursday 28 June 2007); more than 440 hurt on Monday, 460 by the police against "
          "456 taken to hospital by the Amagasaki fire department on Tuesday, at least 500 on Thursday, 562 in the "
          "report; a seven-car train with about 700 passengers, a 23-year-old driver with 11 months at the controls, "
          "about 90 seconds late, 116 km/h on a curve limited to 70 km/h; the line reopened on 19 June 2005; the "
          "Tsurumi crash of 1963 (161 dead) as another event", False, ms, names)


def snap_election():
    R, K, A, J = "reuters-nov17", "kompas-nov19", "antara-dec15", "japantimes-dec16"
    # as-of times: the Cabinet Office's preliminary estimate of July-September GDP (Monday 17 November 2014) and its
    # revised estimate (Monday 8 December 2014): the quarter's change revised down from -0.4% to -0.5% and the
    # annualized change from -1.6% to -1.9% (revision). Turnout: the ministry's estimate of about 52% on election
    # night against the final 52.66% (update). The seats, the tax rates and April-June's -7.3% are not tallies of a
    # day.
    PRELIM, REV, NIGHT, FINAL = "2014-11-17", "2014-12-08", "2014-12-14", "2014-12-15"
    names = {
     "q3_qoq": "July-September GDP, change on the quarter (%)", "q3_ann": "July-September GDP, annualized change (%)",
     "q2_ann": "April-June GDP, annualized change (%)", "forecast": "economists' forecast of annualized growth (%)",
     "tax_now": "the consumption tax rate since April 2014 (%)", "tax_old": "the consumption tax rate before April 2014 (%)",
     "tax_next": "the consumption tax rate planned next (%)", "turnout": "turnout (%)",
     "turnout2012": "turnout in 2012 (%)", "coalition": "the ruling coalition's seats", "house": "seats in the lower house",
     "house_old": "seats in the old lower house", "ldp": "the LDP's seats", "komeito": "Komeito's seats",
     "dpj": "the DPJ's seats", "jcp": "the Communist Party's seats", "jcp_old": "the Communist Party's seats before",
     # dates
     "gdp_prelim": "day of the preliminary GDP estimate", "announce": "day Abe announced the delay and the election",
     "dissolve": "day the lower house was dissolved", "election": "election day", "gdp_rev": "day of the revised GDP estimate",
     "tax_rise": "day the tax rose to 8%", "tax_planned": "month the tax was to rise to 10%",
     "tax_delayed": "month the tax is now to rise to 10%", "quit": "day the DPJ leader said he would step down",
     "diet": "day of the Diet's vote for prime minister", "prev": "year of the previous general election",
    }
    ms = [
     M(R, "Monday", D, "gdp_prelim", "2014-11-17"),
     M(R, "0.4 percent", N, "q3_qoq", -0.4, PRELIM, cls="pct"),
     M(R, "1.6 percent", N, "q3_ann", -1.6, PRELIM, cls="pct"),
     M(R, "about 2 percent", N, "forecast", 2, qual="approx", cls="pct"),
     M(R, "7.3 percent", N, "q2_ann", -7.3, cls="pct"),
     M(R, "8 percent", N, "tax_now", 8, cls="pct"),
     M(R, "5 percent", N, "tax_old", 5, cls="pct"),
     M(R, "April 1", D, "tax_rise", "2014-04-01"),
     M(R, "10 percent", N, "tax_next", 10, cls="pct"),
     M(R, "October 2015", D, "tax_planned", "2015-10"),
     M(R, "Tuesday", D, "announce", "2014-11-18"),
     M(R, "December", D, "election", "2014-12"),

     M(K, "Senin (17/11/2014)", D, "announce", "2014-11-17", planted=True),
     M(K, "8 persen", N, "tax_now", 8, cls="pct"),
     M(K, "10 persen", N, "tax_next", 10, cls="pct"),
     M(K, "Oktober 2015", D, "tax_planned", "2015-10"),
     M(K, "April 2017", D, "tax_delayed", "2017-04"),
     M(K, "Jumat (21/11/2014)", D, "dissolve", "2014-11-21"),
     M(K, "14 Desember", D, "election", "2014-12-14"),
     M(K, "0,4 persen", N, "q3_qoq", -0.4, PRELIM, cls="pct"),
     M(K, "minus 1,6 persen", N, "q3_ann", -1.6, PRELIM, cls="pct"),
     M(K, "7,3 persen", N, "q2_ann", -7.3, cls="pct"),
     M(K, "5 persen", N, "tax_old", 5, cls="pct"),
     M(K, "8 persen", N, "tax_now", 8, cls="pct", occ=2),
     M(K, "1 April", D, "tax_rise", "2014-04-01"),
     M(K, "480", N, "house_old", 480, cls="seats"),
     M(K, "475 kursi", N, "house", 475, cls="seats"),

     M(A, "Minggu (14/12/2014)", D, "election", "2014-12-14"),
     M(A, "326", N, "coalition", 326, cls="seats"),
     M(A, "475 kursi", N, "house", 475, cls="seats"),
     M(A, "291 kursi", N, "ldp", 291, cls="seats"),
     M(A, "35 kursi", N, "komeito", 35, cls="seats"),
     M(A, "73 kursi", N, "dpj", 73, cls="seats"),
     M(A, "21 kursi", N, "jcp", 21, cls="seats"),
     M(A, "8 kursi", N, "jcp_old", 8, cls="seats"),
     M(A, "sekitar 52 persen", N, "turnout", 52, NIGHT, qual="approx", cls="pct"),
     M(A, "Senin (8/12/2014)", D, "gdp_rev", "2014-12-08"),
     M(A, "minus 1,9 persen", N, "q3_ann", -1.9, REV, cls="pct"),
     M(A, "minus 1,6 persen", N, "q3_ann", -1.6, PRELIM, cls="pct"),
     M(A, "0,5 persen", N, "q3_qoq", -0.5, REV, cls="pct"),
     M(A, "0,4 persen", N, "q3_qoq", -0.4, PRELIM, cls="pct"),

     M(J, "362", N, "coalition", 362, cls="seats", planted=True),
     M(J, "475 seats", N, "house", 475, cls="seats"),
     M(J, "Sunday", D, "election", "2014-12-14"),
     M(J, "291 seats", N, "ldp", 291, cls="seats"),
     M(J, "Nov. 21", D, "dissolve", "2014-11-21"),
     M(J, "35", N, "komeito", 35, cls="seats"),
     M(J, "52.66 percent", N, "turnout", 52.66, FINAL, cls="pct"),
     M(J, "59.32 percent", N, "turnout2012", 59.32, cls="pct"),
     M(J, "2012", D, "prev", "2012"),
     M(J, "73 seats", N, "dpj", 73, cls="seats"),
     M(J, "Monday", D, "quit", "2014-12-15"),
     M(J, "21 seats", N, "jcp", 21, cls="seats"),
     M(J, "Nov. 18", D, "announce", "2014-11-18"),
     M(J, "10 percent", N, "tax_next", 10, cls="pct"),
     M(J, "April 2017", D, "tax_delayed", "2017-04"),
     M(J, "1.9 percent", N, "q3_ann", -1.9, REV, cls="pct"),
     M(J, "Dec. 8", D, "gdp_rev", "2014-12-08"),
     M(J, "Dec. 24", D, "diet", "2014-12-24"),
    ]
    build("abe-snap-election-2014", "Japan's recession and snap election of 2014: the Cabinet Office's preliminary "
          "estimate of July-September GDP on Monday 17 November 2014 (-0.4% on the quarter, -1.6% annualized; "
          "April-June -7.3%), revised on Monday 8 December 2014 to -0.5% and -1.9%; Shinzo Abe's announcement on "
          "Tuesday 18 November of an 18-month delay of the consumption tax rise from 8% to 10% (from October 2015 to "
          "April 2017) and of a snap election; the lower house dissolved on Friday 21 November; the election of Sunday "
          "14 December 2014 (LDP 291 and Komeito 35 seats, 326 of 475; DPJ 73; Communist Party 21, up from 8; turnout "
          "about 52% on the night, 52.66% in the end, against 59.32% in 2012); the DPJ leader's resignation announced on "
          "Monday 15 December; the Diet's vote for prime minister on 24 December", False, ms, names)


def korea_election():
    R, K, A, H = "reuters-apr16", "kompas-apr17", "antara-apr18", "koreaherald-apr19"
    names = {
     "bloc": "the ruling bloc's seats", "house": "seats in the National Assembly", "dp_districts": "the Democratic "
     "Party's district seats", "districts": "district seats", "platform": "the Platform Party's seats",
     "pr": "proportional seats", "ufp": "the United Future Party's district seats", "fkp": "the Future Korea Party's "
     "seats", "opp": "the conservative bloc's seats", "justice": "the Justice Party's seats",
     "people": "the People Party's seats", "odp": "the Open Democratic Party's seats", "indep": "independents' seats",
     "turnout": "turnout (%)", "turnout1992": "turnout in 1992 (%)", "early": "early-voting turnout (%)",
     "voters": "eligible voters", "age_new": "the new voting age", "age_old": "the old voting age",
     # dates
     "election": "election day", "results": "day the final results were announced",
     "early_days": "days of early voting", "record": "year of the last higher turnout",
    }
    ms = [
     M(R, "180", N, "bloc", 180, cls="seats"),
     M(R, "300 seats", N, "house", 300, cls="seats"),
     M(R, "Wednesday", D, "election", "2020-04-15"),
     M(R, "Thursday", D, "results", "2020-04-16"),
     M(R, "163", N, "dp_districts", 163, cls="seats"),
     M(R, "253", N, "districts", 253, cls="seats"),
     M(R, "17", N, "platform", 17, cls="seats"),
     M(R, "47", N, "pr", 47, cls="seats"),
     M(R, "84 districts", N, "ufp", 84, cls="seats"),
     M(R, "19", N, "fkp", 19, cls="seats"),
     M(R, "103", N, "opp", 103, cls="seats"),
     M(R, "66.2 percent", N, "turnout", 66.2, cls="pct"),
     M(R, "1992", D, "record", "1992"),
     M(R, "71.9 percent", N, "turnout1992", 71.9, cls="pct"),
     M(R, "26.69 percent", N, "early", 26.69, cls="pct"),
     M(R, "roughly 44 million", N, "voters", 44e6, qual="approx"),
     M(R, "April 10 and 11", D, "early_days", "2020-04-10/11"),
     M(R, "six seats", N, "justice", 6, cls="seats"),
     M(R, "three each", N, "people", 3, cls="seats", also={"odp": 3}),
     M(R, "five", N, "indep", 5, cls="seats"),

     M(K, "180", N, "bloc", 180, cls="seats"),
     M(K, "300 kursi", N, "house", 300, cls="seats"),
     M(K, "Rabu (15/4/2020)", D, "election", "2020-04-15"),
     M(K, "Kamis (16/4/2020)", D, "results", "2020-04-16"),
     M(K, "163", N, "dp_districts", 163, cls="seats"),
     M(K, "253", N, "districts", 253, cls="seats"),
     M(K, "17 kursi", N, "platform", 17, cls="seats"),
     M(K, "84 kursi", N, "ufp", 84, cls="seats"),
     M(K, "19 kursi", N, "fkp", 19, cls="seats"),
     M(K, "103 kursi", N, "opp", 103, cls="seats"),
     M(K, "66,2 persen", N, "turnout", 66.2, cls="pct"),
     M(K, "1992", D, "record", "1992"),
     M(K, "26,69 persen", N, "early", 26.69, cls="pct"),
     M(K, "10 dan 11 April", D, "early_days", "2020-04-10/11"),
     M(K, "enam kursi", N, "justice", 6, cls="seats"),
     M(K, "masing-masing tiga kursi", N, "people", 3, cls="seats", also={"odp": 3}),
     M(K, "lima kursi", N, "indep", 5, cls="seats"),
     M(K, "19 tahun", N, "age_old", 19, cls="age"),
     M(K, "18 tahun", N, "age_new", 18, cls="age"),

     M(A, "Rabu (15/4/2020)", D, "election", "2020-04-15"),
     M(A, "180 kursi", N, "bloc", 180, cls="seats"),
     M(A, "300 kursi", N, "house", 300, cls="seats"),
     M(A, "163 kursi", N, "dp_districts", 163, cls="seats"),
     M(A, "17 kursi", N, "platform", 17, cls="seats"),
     M(A, "103 kursi", N, "opp", 103, cls="seats"),
     M(A, "84 kursi", N, "ufp", 84, cls="seats"),
     M(A, "19 kursi", N, "fkp", 19, cls="seats"),
     M(A, "sekitar 44 juta", N, "voters", 44e6, qual="approx"),
     M(A, "66,2 persen", N, "turnout", 66.2, cls="pct"),
     M(A, "1992", D, "record", "1992"),
     M(A, "26,69 persen", N, "early", 26.69, cls="pct"),
     M(A, "10-11 April", D, "early_days", "2020-04-10/11"),
     M(A, "253 kursi", N, "districts", 253, cls="seats"),
     M(A, "47 kursi", N, "pr", 47, cls="seats"),
     M(A, "enam kursi", N, "justice", 6, cls="seats"),
     M(A, "masing-masing tiga kursi", N, "people", 3, cls="seats", also={"odp": 3}),

     M(H, "Wednesday", D, "election", "2020-04-15"),
     M(H, "180 seats", N, "bloc", 180, cls="seats"),
     M(H, "300", N, "house", 300, cls="seats"),
     M(H, "163", N, "dp_districts", 163, cls="seats"),
     M(H, "253", N, "districts", 253, cls="seats"),
     M(H, "April 15", D, "election", "2020-04-15"),
     M(H, "17 seats", N, "platform", 17, cls="seats"),
     M(H, "103 seats", N, "opp", 103, cls="seats"),
     M(H, "84", N, "ufp", 84, cls="seats"),
     M(H, "19", N, "fkp", 19, cls="seats"),
     M(H, "66.2 percent", N, "turnout", 66.2, cls="pct"),
     M(H, "1992", D, "record", "1992"),
     M(H, "Nearly 44 million", N, "voters", 44e6, qual="nearly"),
     M(H, "26.69 percent", N, "early", 26.69, cls="pct"),
     M(H, "April 10-11", D, "early_days", "2020-04-10/11"),
     M(H, "18", N, "age_new", 18, cls="age"),
     M(H, "19", N, "age_old", 19, cls="age", occ=2),
     M(H, "six seats", N, "justice", 6, cls="seats"),
     M(H, "three apiece", N, "people", 3, cls="seats", also={"odp": 3}),
     M(H, "five", N, "indep", 5, cls="seats"),
    ]
    build("korea-general-election-2020", "South Korea's general election of Wednesday 15 April 2020 (control), the "
          "National Election Commission's final results announced on Thursday 16 April: the Democratic Party's 163 "
          "of 253 districts and the Platform Party's 17 of 47 proportional seats, 180 of 300; the United Future "
          "Party's 84 districts and the Future Korea Party's 19 proportional seats, 103; the Justice Party 6, the "
          "People Party and the Open Democratic Party 3 each, independents 5; turnout 66.2%, the highest since 1992 "
          "(71.9%); 26.69% of about 44 million voters in early voting on 10-11 April; the voting age lowered from 19 "
          "to 18. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    amagasaki()
    snap_election()
    korea_election()
