"""The four-hundred-and-forty-seventh development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset447/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def leak():
    R, A, K, H = "reuters-may07", "antara-may08", "kompas-may09", "thehindu-jul08"
    # as-of times of the running toll: Thursday 7 May 2020 in the morning (eight dead) and at 20:00 (11 by the state
    # government against 12 by the city police: sources), Friday 8 May (12), Saturday 9 May (13 by hospital
    # officials), and the committee's count standing on 6-7 July (12: a revision, one death traced to other causes).
    # The state's own counts carry its name (the police's 12 against them is `sources`, whatever the day).
    # The people still in hospital fall as they are sent home (about 300 -> about 250 -> 128).
    THU_AM, THU_PM, FRI, SAT, JUL = "2020-05-07a", "2020-05-07b", "2020-05-08", "2020-05-09", "2020-07-07"
    STATE, POLICE = "the Andhra Pradesh government", "the Visakhapatnam city police"
    names = {
     "dead": "people killed by the gas", "ill": "people who fell ill", "hosp": "people still in hospital",
     "villages": "villages evacuated", "committee": "members of the tribunal's committee",
     "arrests": "people arrested", "directors": "directors arrested",
     "radius": "radius of the evacuation (km)", "idle": "days the plant stood idle",
     "comp_dead": "compensation to each dead person's family (Rs)", "comp_vent": "compensation to each ventilator patient (Rs)",
     "comp_village": "compensation to each villager (Rs)", "ngt": "interim deposit ordered by the tribunal (Rs)",
     # dates
     "leak": "day of the leak", "count_fri": "day of the count of 12", "count_sat": "day of the count of 13",
     "ngt_day": "day of the tribunal's order", "report": "day the committee's report was handed over",
     "arrest_day": "day of the arrests",
    }
    ms = [
     M(R, "Thursday", D, "leak", "2020-05-07"),
     M(R, "at least 11 people", N, "dead", 11, THU_PM, qual="atleast"),
     M(R, "eight dead", N, "dead", 8, THU_AM),
     M(R, "11 deaths", N, "dead", 11, THU_PM, src=STATE),
     M(R, "toll of 12", N, "dead", 12, THU_PM, src=POLICE),
     M(R, "More than 1,000 people", N, "ill", 1000, qual="morethan"),
     M(R, "about 300", N, "hosp", 300, THU_PM, qual="approx", fall=True),
     M(R, "five villages", N, "villages", 5),
     M(R, "3 km", N, "radius", 3, cls="km"),
     M(R, "1 crore rupees", N, "comp_dead", 10_000_000, cls="rs"),

     M(A, "Jumat (8/5/2020)", D, "ngt_day", "2020-05-08"),
     M(A, "Rs 50 crore", N, "ngt", 500_000_000, cls="rs"),
     M(A, "Kamis", D, "leak", "2020-05-07"),
     M(A, "12 orang", N, "dead", 12, FRI, src=STATE),
     M(A, "Lebih dari 1.000 warga", N, "ill", 1000, qual="morethan"),
     M(A, "sekitar 250 orang", N, "hosp", 250, FRI, qual="approx", fall=True),
     M(A, "lima orang", N, "committee", 5),
     M(A, "3 kilometer", N, "radius", 3, cls="km"),

     M(K, "13 orang", N, "dead", 13, SAT),
     M(K, "Sabtu (9/5/2020)", D, "count_sat", "2020-05-09"),
     M(K, "Kamis (7/5/2020)", D, "leak", "2020-05-07"),
     M(K, "lebih dari 40 hari", N, "idle", 40, qual="morethan", cls="days"),
     M(K, "Jumat (8/5/2020)", D, "count_fri", "2020-05-08"),
     M(K, "21 korban tewas", N, "dead", 21, FRI, src=STATE, planted=True),
     M(K, "128 warga", N, "hosp", 128, SAT, fall=True),
     M(K, "Rs 1 crore", N, "comp_dead", 10_000_000, cls="rs"),
     M(K, "Rs 10 lakh", N, "comp_vent", 1_000_000, cls="rs"),
     M(K, "Rs 10.000", N, "comp_village", 10_000, cls="rs"),
     M(K, "lima desa", N, "villages", 5),

     M(H, "Tuesday", D, "arrest_day", "2020-07-07"),
     M(H, "12 people", N, "arrests", 12),
     M(H, "two directors", N, "directors", 2),
     M(H, "May 7", D, "leak", "2020-05-07"),
     M(H, "Monday", D, "report", "2020-07-06"),
     M(H, "at 12", N, "dead", 12, JUL),
     M(H, "13", N, "dead", 13, SAT),
     M(H, "May 9", D, "count_sat", "2020-05-09"),
     M(H, "May 8", D, "ngt_day", "2020-05-08"),
     M(H, "500 crore rupees", N, "ngt", 5_000_000_000, cls="rs", planted=True),
     M(H, "1 crore rupees", N, "comp_dead", 10_000_000, cls="rs"),
    ]
    build("vizag-styrene-leak-2020", "The styrene vapour leak at the LG Polymers plant at R.R. Venkatapuram near "
          "Visakhapatnam, Andhra Pradesh, at about 02:30 on Thursday 7 May 2020 as the plant prepared to restart after "
          "the lockdown: eight dead by the morning, 11 by the state government against 12 by the city police on the "
          "Thursday evening (sources), 12 on Friday 8 May, 13 by hospital officials on Saturday 9 May, revised down to "
          "12 by the state's high-power committee (report handed over on Monday 6 July); more than 1,000 fell ill, the "
          "people in hospital falling from about 300 to 128; five villages within 3 km evacuated; Rs 1 crore for each "
          "dead person's family; the National Green Tribunal's order of Friday 8 May for an interim deposit of Rs 50 "
          "crore; 12 arrested, among them the chief executive and two directors, on Tuesday 7 July 2020", False, ms,
          names)


def case():
    K, A, T, B = "kompas-dec30", "antara-sep13", "tempo-may05", "bbc-mar20"
    # steps on different dates: the attack (Sunday 16 December 2012), the airlift (Thursday 27 December), the death
    # (Saturday 29 December 2012), the driver found dead (Monday 11 March 2013), the juvenile's sentence (31 August
    # 2013), the conviction (Tuesday 10 September), the death sentence (Friday 13 September 2013), the High Court
    # (March 2014), the juvenile's release (December 2015), the Supreme Court (Friday 5 May 2017), the hanging (Friday
    # 20 March 2020). Tempting pairs of one unit: the victim's 23 against the juvenile's 17; 13 days against 3 days;
    # three operations, three judges and three postponements; the juvenile's three years against the seven years.
    names = {
     "age": "the victim's age (years)", "juv_age": "the juvenile's age at the time (years)",
     "attackers": "men who attacked her", "convicts": "men sentenced to death", "ops": "operations before the airlift",
     "judges": "judges of the Supreme Court bench", "delays": "times the hanging was put off",
     "days": "days between the attack and her death", "gap": "days between the conviction and the sentence",
     "juv_term": "the juvenile's term (years)", "since": "years between the attack and the hanging",
     # dates
     "attack": "day of the attack", "airlift": "day of the airlift to Singapore", "death": "day of her death",
     "driver": "day the driver was found dead", "juv": "day of the juvenile's sentence",
     "convicted": "day of the conviction", "sentence": "day of the death sentence",
     "statement": "day of the father's remarks", "hc": "month the High Court upheld the sentence",
     "juv_free": "month of the juvenile's release", "sc": "day the Supreme Court upheld the sentence",
     "hanging": "day of the hanging",
    }
    ms = [
     M(K, "23 tahun", N, "age", 23, cls="age"),
     M(K, "Sabtu (29/12/2012)", D, "death", "2012-12-29"),
     M(K, "13 hari", N, "days", 13, cls="days"),
     M(K, "enam pria", N, "attackers", 6),
     M(K, "Minggu (16/12/2012)", D, "attack", "2012-12-16"),
     M(K, "Kamis (27/12/2012)", D, "airlift", "2012-12-27"),
     M(K, "tiga kali operasi", N, "ops", 3),
     M(K, "17 tahun", N, "juv_age", 17, cls="age"),

     M(A, "Jumat (13/9/2013)", D, "sentence", "2013-09-13"),
     M(A, "empat pria", N, "convicts", 4),
     M(A, "Selasa (10/9/2013)", D, "convicted", "2013-09-10"),
     M(A, "23 tahun", N, "age", 23, cls="age"),
     M(A, "tujuh pria", N, "attackers", 7, planted=True),
     M(A, "Minggu (16/12/2012)", D, "attack", "2012-12-16"),
     M(A, "13 hari", N, "days", 13, cls="days"),
     M(A, "Senin (11/3/2013)", D, "driver", "2013-03-11"),
     M(A, "tiga tahun", N, "juv_term", 3, cls="yrs"),
     M(A, "31 Agustus", D, "juv", "2013-08-31"),
     M(A, "Jumat", D, "statement", "2013-09-13", occ=2),

     M(T, "Jumat (5/5/2017)", D, "sc", "2017-05-05"),
     M(T, "empat terpidana", N, "convicts", 4),
     M(T, "Desember 2012", D, "attack", "2012-12"),
     M(T, "tiga hakim", N, "judges", 3),
     M(T, "Maret 2014", D, "hc", "2014-03"),
     M(T, "13 September 2013", D, "sentence", "2013-09-13"),
     M(T, "tiga hari", N, "gap", 3, cls="days"),
     M(T, "23 tahun", N, "age", 23, cls="age"),
     M(T, "29 Desember 2012", D, "death", "2012-12-29"),
     M(T, "17 tahun", N, "juv_age", 17, cls="age"),
     M(T, "Desember 2015", D, "juv_free", "2015-12"),
     M(T, "tiga tahun", N, "juv_term", 3, cls="yrs"),

     M(B, "Four men", N, "convicts", 4),
     M(B, "Friday", D, "hanging", "2020-03-20"),
     M(B, "more than seven years", N, "since", 7, qual="morethan", cls="yrs"),
     M(B, "three times", N, "delays", 3),
     M(B, "23-year-old", N, "age", 23, cls="age"),
     M(B, "six men", N, "attackers", 6),
     M(B, "Dec. 16, 2012", D, "attack", "2012-12-16"),
     M(B, "13 days", N, "days", 13, cls="days"),
     M(B, "Sept. 12, 2013", D, "sentence", "2013-09-12", planted=True),
     M(B, "May 2017", D, "sc", "2017-05"),
     M(B, "March 2013", D, "driver", "2013-03"),
     M(B, "three years", N, "juv_term", 3, cls="yrs"),
    ]
    build("nirbhaya-case-2012", "The gang rape of a 23-year-old physiotherapy student by six men on a moving bus in "
          "New Delhi on the night of Sunday 16 December 2012 and the case that followed: airlifted to Singapore on "
          "Thursday 27 December, she died at Mount Elizabeth Hospital on Saturday 29 December 2012, 13 days after the "
          "attack; the driver Ram Singh found dead in Tihar jail on Monday 11 March 2013; the juvenile (17) given three "
          "years on 31 August 2013; Mukesh Singh, Vinay Sharma, Akshay Thakur and Pawan Gupta convicted on Tuesday 10 "
          "September and sentenced to death on Friday 13 September 2013 by judge Yogesh Khanna; upheld by the Delhi "
          "High Court in March 2014 and by a three-judge bench of the Supreme Court on Friday 5 May 2017; hanged at "
          "Tihar at 05:30 on Friday 20 March 2020 after three postponements", False, ms, names)


def pay():
    R, K, A, E = "reuters-jun29", "kompas-jun30", "antara-jul01", "economictimes-jul02"
    names = {
     "pct": "overall rise in pay, allowances and pensions (%)", "basic_pct": "rise in basic pay (%)",
     "increment": "annual increment (%)", "people": "employees and pensioners covered",
     "staff": "serving employees covered", "pensioners": "pensioners covered",
     "min_new": "minimum monthly pay from 2016 (Rs)", "min_old": "minimum monthly pay before (Rs)",
     "top_new": "top monthly pay from 2016 (Rs)", "top_old": "top monthly pay before (Rs)",
     "cost": "extra cost in 2016-17 (Rs)", "demand": "minimum pay the unions sought (Rs)",
     "min_idr": "minimum monthly pay in rupiah", "factor": "fitment factor",
     # dates
     "approve": "day the cabinet approved the award", "effective": "day the new pay took effect",
     "report": "day the commission handed in its report", "strike": "day the unions' strike was to start",
    }
    ms = [
     M(R, "Wednesday", D, "approve", "2016-06-29"),
     M(R, "23.55 percent", N, "pct", 23.55, cls="pct"),
     M(R, "Jan. 1, 2016", D, "effective", "2016-01-01"),
     M(R, "about 10 million people", N, "people", 10_000_000, qual="approx"),
     M(R, "4.7 million", N, "staff", 4_700_000),
     M(R, "5.3 million", N, "pensioners", 5_300_000),
     M(R, "18,000 rupees", N, "min_new", 18000, cls="rs"),
     M(R, "7,000 rupees", N, "min_old", 7000, cls="rs"),
     M(R, "250,000 rupees", N, "top_new", 250000, cls="rs"),
     M(R, "90,000 rupees", N, "top_old", 90000, cls="rs"),
     M(R, "1.02 trillion rupees", N, "cost", 1.02e12, cls="rs"),
     M(R, "14.27 percent", N, "basic_pct", 14.27, cls="pct"),
     M(R, "November 2015", D, "report", "2015-11"),
     M(R, "July 11", D, "strike", "2016-07-11"),

     M(K, "Rabu (29/6/2016)", D, "approve", "2016-06-29"),
     M(K, "23,55 persen", N, "pct", 23.55, cls="pct"),
     M(K, "1 Januari 2016", D, "effective", "2016-01-01"),
     M(K, "sekitar 10 juta orang", N, "people", 10_000_000, qual="approx"),
     M(K, "4,7 juta pegawai", N, "staff", 4_700_000),
     M(K, "5,3 juta pensiunan", N, "pensioners", 5_300_000),
     M(K, "7.000 rupee", N, "min_old", 7000, cls="rs"),
     M(K, "18.000 rupee", N, "min_new", 18000, cls="rs"),
     M(K, "sekitar Rp 3,5 juta", N, "min_idr", 3_500_000, qual="approx", cls="idr"),
     M(K, "90.000 rupee", N, "top_old", 90000, cls="rs"),
     M(K, "250.000 rupee", N, "top_new", 250000, cls="rs"),
     M(K, "14,27 persen", N, "basic_pct", 14.27, cls="pct"),
     M(K, "1,02 triliun rupee", N, "cost", 1.02e12, cls="rs"),
     M(K, "19 November 2015", D, "report", "2015-11-19"),
     M(K, "2,57", N, "factor", 2.57, cls="factor"),
     M(K, "11 Juli", D, "strike", "2016-07-11"),

     M(A, "Sekitar 10 juta pegawai", N, "people", 10_000_000, qual="approx"),
     M(A, "23,55 persen", N, "pct", 23.55, cls="pct"),
     M(A, "Rabu (29/6/2016)", D, "approve", "2016-06-29"),
     M(A, "18.000 rupee", N, "min_new", 18000, cls="rs"),
     M(A, "sekitar Rp 3,5 juta", N, "min_idr", 3_500_000, qual="approx", cls="idr"),
     M(A, "7.000 rupee", N, "min_old", 7000, cls="rs"),
     M(A, "250.000 rupee", N, "top_new", 250000, cls="rs"),
     M(A, "1 Januari 2016", D, "effective", "2016-01-01"),
     M(A, "1,02 triliun rupee", N, "cost", 1.02e12, cls="rs"),
     M(A, "4,7 juta pegawai", N, "staff", 4_700_000),
     M(A, "5,3 juta pensiunan", N, "pensioners", 5_300_000),
     M(A, "14,27 persen", N, "basic_pct", 14.27, cls="pct"),
     M(A, "3 persen", N, "increment", 3, cls="pct"),

     M(E, "Over 47 lakh", N, "staff", 4_700_000, qual="morethan"),
     M(E, "53 lakh", N, "pensioners", 5_300_000),
     M(E, "June 29", D, "approve", "2016-06-29"),
     M(E, "23.55 per cent", N, "pct", 23.55, cls="pct"),
     M(E, "14.27 per cent", N, "basic_pct", 14.27, cls="pct"),
     M(E, "Rs 18,000", N, "min_new", 18000, cls="rs"),
     M(E, "Rs 7,000", N, "min_old", 7000, cls="rs"),
     M(E, "Rs 2.5 lakh", N, "top_new", 250000, cls="rs"),
     M(E, "Rs 90,000", N, "top_old", 90000, cls="rs"),
     M(E, "2.57", N, "factor", 2.57, cls="factor"),
     M(E, "Rs 1.02 lakh crore", N, "cost", 1.02e12, cls="rs"),
     M(E, "January 1, 2016", D, "effective", "2016-01-01"),
     M(E, "3 per cent", N, "increment", 3, cls="pct"),
     M(E, "Rs 26,000", N, "demand", 26000, cls="rs"),
     M(E, "July 11", D, "strike", "2016-07-11"),
     M(E, "November 19, 2015", D, "report", "2015-11-19"),
    ]
    build("pay-commission-2016", "India's cabinet approval of the Seventh Pay Commission's award on Wednesday 29 June "
          "2016 (control): pay, allowances and pensions of federal staff up 23.55% (basic pay 14.27%), backdated to 1 "
          "January 2016, for about 10 million people (4.7 million employees, 5.3 million pensioners); minimum monthly "
          "pay Rs 7,000 -> 18,000, top pay Rs 90,000 -> 2.5 lakh, fitment factor 2.57, annual increment 3%; extra cost "
          "Rs 1.02 lakh crore in 2016-17; the commission under A.K. Mathur reported on 19 November 2015; the unions "
          "threatened a strike from 11 July. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    leak()
    case()
    pay()
