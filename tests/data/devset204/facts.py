"""The two-hundred-and-fourth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset204/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def bam():
    K, R, T, A = "kompas-dec28", "reuters-dec30", "tempo-jan17", "ap-mar30"
    # as-of times of the death toll: the interior ministry's estimate of Saturday 27 December 2003, the official toll
    # of Monday 29 December, the nearly 30,000 buried by Tuesday 30 December (the "previous official figure" of
    # 30,000 recalled on 17 January is that count), the supreme leader's aide's 41,000 of Friday 16 January 2004, the
    # governor's 43,000 of early February (4 February 2004) and the statistics centre's count of 26,271 announced on
    # Monday 29 March 2004 (a downward revision: bodies counted twice). The toll does not fall: 26,271 is a revision.
    SAT, MON, TUE, J16, FEB, M29 = ("2003-12-27", "2003-12-29", "2003-12-30", "2004-01-16", "2004-02-04",
                                    "2004-03-29")
    # the magnitude: Iran's geophysics institute's 6.3 and the US Geological Survey's 6.6 are two sources; the 6.6
    # no text credits is the USGS's. The injured: the interior ministry's estimate of 30,000 and the statistics
    # centre's "more than 9,000" are two sources.
    IRAN, USGS = "Iran's geophysics institute", "the US Geological Survey"
    MOI, SCI = "the interior ministry", "the statistics centre"
    names = {
     "dead": "people killed", "injured": "people injured", "mag": "the quake's magnitude",
     "dist": "distance from Tehran (km)", "collapsed": "share of the city's buildings destroyed (%)",
     "age": "age of the citadel (years)", "feared": "toll feared by regional officials",
     "projected": "toll projected by a ministry official", "per_house": "people per house (average)",
     "rescued": "people pulled out alive", "countries": "countries pledging help", "possible": "toll the aide said was possible",
     "cost": "cost of rebuilding (US$)", "gilan_dead": "dead in the Gilan quake of 1990",
     "population": "people living in the counted area", "missing": "people still missing",
     "students": "students falsely reported killed in a dormitory",
     # dates
     "quake": "day of the earthquake", "asof_sat": "day of the ministry's estimate", "asof_mon": "day of the toll of 25,000 (and the supreme leader's visit)",
     "asof_tue": "day of the count of the buried", "stmt41": "day the toll of 41,000 was given",
     "stmt43": "month the governor gave 43,000", "stmt_final": "day the final toll was announced",
     "gilan": "month of the Gilan quake",
    }
    ms = [
     M(K, "Jumat (26/12/2003)", D, "quake", "2003-12-26"),
     M(K, "20.000 orang", N, "dead", 20000, SAT),
     M(K, "Sabtu (27/12/2003)", D, "asof_sat", "2003-12-27"),
     M(K, "30.000 orang", N, "injured", 30000, SAT, src=MOI),
     M(K, "6,3 skala Richter", N, "mag", 6.3, src=IRAN, cls="mag"),
     M(K, "magnitudo 6,6", N, "mag", 6.6, src=USGS, cls="mag"),
     M(K, "1.000 kilometer", N, "dist", 1000, qual="approx", cls="km"),
     M(K, "70 persen", N, "collapsed", 70, qual="approx", cls="pct"),
     M(K, "2.000 tahun", N, "age", 2000, qual="morethan", cls="years"),
     M(K, "40.000 orang", N, "feared", 40000),

     M(R, "Nearly 30,000", N, "dead", 30000, TUE, qual="nearly"),
     M(R, "Tuesday", D, "asof_tue", "2003-12-30"),
     M(R, "25,000", N, "dead", 25000, MON),
     M(R, "Monday", D, "asof_mon", "2003-12-29"),
     M(R, "about 50,000", N, "projected", 50000, qual="approx"),
     M(R, "five people", N, "per_house", 5),
     M(R, "Friday", D, "quake", "2003-12-26"),
     M(R, "6.3", N, "mag", 6.3, src=IRAN, cls="mag"),
     M(R, "6.6", N, "mag", 6.6, src=USGS, cls="mag"),
     M(R, "1,000 km", N, "dist", 1000, qual="approx", cls="km"),
     M(R, "70 percent", N, "collapsed", 70, qual="approx", cls="pct"),
     M(R, "About 2,000 people", N, "rescued", 2000, qual="approx"),
     M(R, "More than 30 countries", N, "countries", 30, qual="morethan"),

     M(T, "sedikitnya 41.000 orang", N, "dead", 41000, J16, qual="atleast"),
     M(T, "Jumat (16/1/2004)", D, "stmt41", "2004-01-16"),
     M(T, "30.000 orang", N, "dead", 30000, TUE),
     M(T, "45.000 orang", N, "possible", 45000),
     M(T, "25 Desember 2003", D, "quake", "2003-12-25", planted=True),
     M(T, "bermagnitudo 6,6", N, "mag", 6.6, src=USGS, cls="mag"),
     M(T, "1.000 kilometer", N, "dist", 1000, qual="approx", cls="km"),
     M(T, "70 persen", N, "collapsed", 70, qual="approx", cls="pct"),
     M(T, "1 miliar dolar AS", N, "cost", 1e9, qual="approx", cls="usd"),
     M(T, "Juni 1990", D, "gilan", "1990-06"),
     M(T, "40.000 orang", N, "gilan_dead", 40000, qual="approx"),

     M(A, "26,271", N, "dead", 26271, M29),
     M(A, "more than 41,000", N, "dead", 41000, J16, qual="morethan"),
     M(A, "January", D, "stmt41", "2004-01"),
     M(A, "Monday", D, "stmt_final", "2004-03-29"),
     M(A, "142,376 people", N, "population", 142376),
     M(A, "525 people", N, "missing", 525, M29, fall=True),
     M(A, "more than 9,000", N, "injured", 9000, M29, qual="morethan", src=SCI),
     M(A, "43,000", N, "dead", 43000, FEB),
     M(A, "February", D, "stmt43", "2004-02"),
     M(A, "Dec. 26", D, "quake", "2003-12-26"),
     M(A, "2,000 years", N, "age", 2000, qual="morethan", cls="years"),
     M(A, "magnitude 6.6", N, "mag", 6.6, src=USGS, cls="mag"),
     M(A, "about 400 students", N, "students", 400, qual="approx"),
     M(A, "$1 billion", N, "cost", 1e9, qual="approx", cls="usd"),
    ]
    build("bam-earthquake-2003", "The earthquake that destroyed Bam, southeastern Iran (Friday 26 December 2003, before "
          "dawn; 6.3 by Iran's geophysics institute, 6.6 by the USGS; about 1,000 km southeast of Tehran, about 70% of "
          "the city's buildings destroyed): the toll estimated at 20,000 on Saturday 27 December, 25,000 on Monday 29 "
          "December, nearly 30,000 buried by Tuesday 30 December, at least 41,000 on Friday 16 January 2004, 43,000 by "
          "the governor in February, revised down to 26,271 by the statistics centre on Monday 29 March 2004 (525 "
          "missing, more than 9,000 injured against the ministry's first 30,000)", False, ms, names)


def saddam():
    RN, KN, TD, AD = "reuters-nov05", "kompas-nov06", "tempo-dec27", "ap-dec30"
    # the trial's stages do not change with the day of the report: the trial opened on 19 October 2005, the verdict
    # on Sunday 5 November 2006 (the curfew from Saturday 4 November), the appeals chamber upheld it on Tuesday 26
    # December 2006 and Saddam was hanged on Saturday 30 December 2006; the attempt on his life in Dujail in July
    # 1982, the Anfal campaign of 1988, his capture in December 2003.
    names = {
     "victims": "Dujail men and boys killed", "others15": "defendants given 15 years",
     "term": "prison term of three defendants (years)", "deadline": "days within which an upheld sentence is carried out",
     "gap": "days between the appeal ruling and the execution", "curfew_prov": "provinces under curfew besides Baghdad",
     # dates
     "verdict": "day of the trial court's verdict", "attempt": "the attempt on Saddam's life in Dujail",
     "trial_open": "day the Dujail trial opened", "anfal": "year of the Anfal campaign",
     "curfew": "day the curfew began", "appeal": "day the appeals chamber upheld the sentence",
     "execution": "day of the execution", "capture": "month of Saddam's capture",
    }
    ms = [
     M(RN, "Sunday", D, "verdict", "2006-11-05"),
     M(RN, "148", N, "victims", 148),
     M(RN, "July 1982", D, "attempt", "1982-07"),
     M(RN, "Oct. 19, 2005", D, "trial_open", "2005-10-19"),
     M(RN, "three other defendants", N, "others15", 3),
     M(RN, "15 years", N, "term", 15, cls="dur"),
     M(RN, "30 days", N, "deadline", 30, cls="days"),
     M(RN, "two neighbouring provinces", N, "curfew_prov", 2),
     M(RN, "1988", D, "anfal", "1988"),

     M(KN, "Minggu (5/11/2006)", D, "verdict", "2006-11-05"),
     M(KN, "143 warga", N, "victims", 143, planted=True),
     M(KN, "1982", D, "attempt", "1982"),
     M(KN, "tiga terdakwa lain", N, "others15", 3),
     M(KN, "15 tahun", N, "term", 15, cls="dur"),
     M(KN, "19 Oktober 2005", D, "trial_open", "2005-10-19"),
     M(KN, "30 hari", N, "deadline", 30, cls="days"),
     M(KN, "Sabtu (4/11/2006)", D, "curfew", "2006-11-04"),

     M(TD, "Selasa (26/12/2006)", D, "appeal", "2006-12-26"),
     M(TD, "4 November 2006", D, "verdict", "2006-11-04", planted=True),
     M(TD, "148 warga", N, "victims", 148),
     M(TD, "30 hari", N, "deadline", 30, cls="days"),
     M(TD, "1988", D, "anfal", "1988"),
     M(TD, "Juli 1982", D, "attempt", "1982-07"),
     M(TD, "19 Oktober 2005", D, "trial_open", "2005-10-19"),

     M(AD, "Saturday", D, "execution", "2006-12-30"),
     M(AD, "four days", N, "gap", 4, cls="days"),
     M(AD, "148 Shiites", N, "victims", 148),
     M(AD, "Tuesday", D, "appeal", "2006-12-26"),
     M(AD, "Nov. 5", D, "verdict", "2006-11-05"),
     M(AD, "December 2003", D, "capture", "2003-12"),
     M(AD, "1982", D, "attempt", "1982"),
     M(AD, "30 days", N, "deadline", 30, cls="days"),
     M(AD, "Oct. 19, 2005", D, "trial_open", "2005-10-19"),
     M(AD, "1988", D, "anfal", "1988"),
    ]
    build("saddam-trial-2006", "Saddam Hussein's Dujail trial in stages: the trial opened on 19 October 2005, the "
          "verdict of Sunday 5 November 2006 (death by hanging for the killing of 148 Shiite men and boys of Dujail "
          "after the attempt on his life in July 1982; Barzan al-Tikriti and Awad al-Bandar also to hang, Taha Yassin "
          "Ramadan life, three defendants 15 years, one acquitted), the appeals chamber's ruling of Tuesday 26 December "
          "2006 and the hanging on Saturday 30 December 2006", False, ms, names)


def kurdistan():
    RS, KS, TS, AJ = "reuters-sep27", "kompas-sep28", "tempo-sep29", "aljazeera-sep30"
    # one announcement (Wednesday 27 September 2017) of the vote of Monday 25 September: the same figures in every
    # outlet; the prime minister's deadline for the airports and the flight ban both fall on Friday 29 September.
    names = {
     "yes_pct": "share voting yes (%)", "no_pct": "share voting no (%)", "turnout": "turnout (%)",
     "eligible": "eligible voters", "voted": "people who voted", "yes_votes": "votes for independence",
     "no_votes": "votes against", "provinces": "provinces of the region", "unofficial": "yes share in the unofficial 2005 vote (%)",
     # dates
     "vote": "day of the referendum", "announce": "day the results were announced",
     "deadline": "day of the prime minister's deadline for the airports", "ban": "day the flight ban began",
     "y2005": "year of the unofficial referendum",
    }
    ms = [
     M(RS, "92.73 percent", N, "yes_pct", 92.73, cls="pct"),
     M(RS, "Monday", D, "vote", "2017-09-25"),
     M(RS, "Wednesday", D, "announce", "2017-09-27"),
     M(RS, "4,581,255", N, "eligible", 4581255),
     M(RS, "3,305,925", N, "voted", 3305925),
     M(RS, "72.16 percent", N, "turnout", 72.16, cls="pct"),
     M(RS, "2,861,471", N, "yes_votes", 2861471),
     M(RS, "224,468", N, "no_votes", 224468),
     M(RS, "7.27 percent", N, "no_pct", 7.27, cls="pct"),
     M(RS, "three provinces", N, "provinces", 3),
     M(RS, "Friday", D, "deadline", "2017-09-29"),
     M(RS, "2005", D, "y2005", "2005"),
     M(RS, "98.98 percent", N, "unofficial", 98.98, cls="pct"),

     M(KS, "92,73 persen", N, "yes_pct", 92.73, cls="pct"),
     M(KS, "Senin (25/9/2017)", D, "vote", "2017-09-25"),
     M(KS, "Rabu (27/9/2017)", D, "announce", "2017-09-27"),
     M(KS, "4.581.255", N, "eligible", 4581255),
     M(KS, "3.305.925 orang", N, "voted", 3305925),
     M(KS, "72,16 persen", N, "turnout", 72.16, cls="pct"),
     M(KS, "2.861.471", N, "yes_votes", 2861471),
     M(KS, "224.468", N, "no_votes", 224468),
     M(KS, "7,27 persen", N, "no_pct", 7.27, cls="pct"),
     M(KS, "tiga provinsi", N, "provinces", 3),
     M(KS, "Jumat (29/9/2017)", D, "deadline", "2017-09-29"),
     M(KS, "2005", D, "y2005", "2005"),
     M(KS, "98,98 persen", N, "unofficial", 98.98, cls="pct"),

     M(TS, "Lebih dari 92 persen", N, "yes_pct", 92, qual="morethan", cls="pct"),
     M(TS, "Senin (25/9/2017)", D, "vote", "2017-09-25"),
     M(TS, "Rabu (27/9/2017)", D, "announce", "2017-09-27"),
     M(TS, "72,16 persen", N, "turnout", 72.16, cls="pct"),
     M(TS, "sekitar 3,3 juta", N, "voted", 3.3e6, qual="approx"),
     M(TS, "4,58 juta", N, "eligible", 4.58e6, qual="approx"),
     M(TS, "2.861.471 orang", N, "yes_votes", 2861471),
     M(TS, "224.468 orang", N, "no_votes", 224468),
     M(TS, "7,27 persen", N, "no_pct", 7.27, cls="pct"),
     M(TS, "Jumat (29/9/2017)", D, "ban", "2017-09-29"),
     M(TS, "tiga provinsi", N, "provinces", 3),

     M(AJ, "Friday", D, "ban", "2017-09-29"),
     M(AJ, "nearly 93 percent", N, "yes_pct", 93, qual="nearly", cls="pct"),
     M(AJ, "Wednesday", D, "announce", "2017-09-27"),
     M(AJ, "92.73 percent", N, "yes_pct", 92.73, cls="pct"),
     M(AJ, "3,305,925 people", N, "voted", 3305925),
     M(AJ, "Monday", D, "vote", "2017-09-25"),
     M(AJ, "72.16 percent", N, "turnout", 72.16, cls="pct"),
     M(AJ, "some 4.58 million", N, "eligible", 4.58e6, qual="approx"),
     M(AJ, "224,468", N, "no_votes", 224468),
     M(AJ, "2,861,471", N, "yes_votes", 2861471),
     M(AJ, "three provinces", N, "provinces", 3),
    ]
    build("kurdistan-referendum-2017", "The Kurdistan Region's independence referendum results (control), announced "
          "by the region's election commission on Wednesday 27 September 2017 for the vote of Monday 25 September: "
          "4,581,255 eligible, 3,305,925 voted (72.16%), 2,861,471 yes (92.73%), 224,468 no (7.27%); the prime "
          "minister's airport deadline and the flight ban on Friday 29 September. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    bam()
    saddam()
    kurdistan()
