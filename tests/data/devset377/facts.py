"""The three-hundred-and-seventy-seventh development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset377/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def kashmir_quake():
    R, K, A, P = "reuters-oct09", "kompas-oct12", "antara-oct20", "ap-nov20"
    # as-of times of the running tallies: Sunday 9 October 2005 (the interior minister's 19,396 dead and 42,397
    # injured), Tuesday 11 October (more than 23,000), Wednesday 19 October (more than 47,000 dead, more than 74,000
    # injured), the donors' conference of Saturday 19 November (more than 73,000). The dead in Indian-administered
    # Kashmir are a tally of their own (more than 600 -> more than 1,000 -> about 1,300). The homeless: more than 2
    # million by officials (no source named), about 3 million by the Pakistani Kashmir government against about 2.5
    # million by the United Nations (sources). None of these tallies falls.
    OCT9, OCT11, OCT19, NOV19 = "2005-10-09", "2005-10-11", "2005-10-19", "2005-11-19"
    AJK, UN = "the Pakistani Kashmir government", "the United Nations"
    names = {
     "dead": "people killed in Pakistan", "injured": "people injured in Pakistan",
     "india_dead": "people killed in Indian-administered Kashmir", "homeless": "people left homeless",
     "children": "schoolchildren among the dead", "mag": "the quake's magnitude",
     "pledged": "reconstruction money pledged (US$ billion)", "asked": "reconstruction money asked for (US$ billion)",
     "banks": "pledges of the World Bank and the Asian Development Bank (US$ billion)",
     "un_appeal": "the UN emergency appeal (US$ million)",
     # dates
     "quake": "day of the earthquake", "count_sun": "day of the interior minister's count",
     "count_tue": "day of the count of 23,000", "count_wed": "day of the count of 47,000",
     "conference": "day of the donors' conference",
    }
    ms = [
     M(R, "19,396", N, "dead", 19396, OCT9),
     M(R, "Sunday", D, "count_sun", "2005-10-09"),
     M(R, "42,397", N, "injured", 42397, OCT9),
     M(R, "7.6", N, "mag", 7.6, cls="mag"),
     M(R, "Saturday", D, "quake", "2005-10-08"),  # "by Saturday's earthquake": added by the lead after measuring
     M(R, "Saturday", D, "quake", "2005-10-08", occ=2),
     M(R, "more than 600 people", N, "india_dead", 600, OCT9, qual="morethan"),

     M(K, "23.000 orang", N, "dead", 23000, OCT11, qual="morethan"),
     M(K, "Selasa (11/10/2005)", D, "count_tue", "2005-10-11"),
     M(K, "Minggu (9/10/2005)", D, "count_sun", "2005-10-09"),
     M(K, "19.396", N, "dead", 19396, OCT9),
     M(K, "6,7", N, "mag", 6.7, cls="mag", planted=True),
     M(K, "Sabtu (8/10/2005)", D, "quake", "2005-10-08"),
     M(K, "lebih dari 1.000 orang", N, "india_dead", 1000, OCT11, qual="morethan"),
     M(K, "lebih dari 2 juta orang", N, "homeless", 2000000, OCT11, qual="morethan"),

     M(A, "lebih dari 47.000 orang", N, "dead", 47000, OCT19, qual="morethan"),
     M(A, "Rabu (19/10/2005)", D, "count_wed", "2005-10-19"),
     M(A, "lebih dari 74.000 orang", N, "injured", 74000, OCT19, qual="morethan"),
     M(A, "Minggu (9/10/2005)", D, "quake", "2005-10-09", planted=True),
     M(A, "sekitar 3 juta orang", N, "homeless", 3000000, OCT19, qual="approx", src=AJK),
     M(A, "312 juta dolar AS", N, "un_appeal", 312, cls="usd"),
     M(A, "sekitar 1.300 orang", N, "india_dead", 1300, OCT19, qual="approx"),

     M(P, "Saturday", D, "conference", "2005-11-19"),
     M(P, "$5.8 billion", N, "pledged", 5.8, cls="usd"),
     M(P, "Oct. 8", D, "quake", "2005-10-08"),
     M(P, "$5.2 billion", N, "asked", 5.2, cls="usd"),
     M(P, "more than 73,000 people", N, "dead", 73000, NOV19, qual="morethan"),
     M(P, "about 2.5 million", N, "homeless", 2500000, NOV19, qual="approx", src=UN),
     M(P, "about $2 billion", N, "banks", 2, qual="approx", cls="usd"),
     M(P, "about 1,300 people", N, "india_dead", 1300, NOV19, qual="approx"),
     M(P, "7.6", N, "mag", 7.6, cls="mag"),
     M(P, "More than 17,000", N, "children", 17000, qual="morethan"),
    ]
    build("kashmir-quake-2005", "The Kashmir earthquake of Saturday 8 October 2005 (magnitude 7.6, 8:50 a.m.): "
          "Pakistan's toll rising from 19,396 dead and 42,397 injured on Sunday 9 October (the interior minister Aftab "
          "Sherpao) to more than 23,000 on Tuesday 11 October (the army's spokesman), more than 47,000 dead and 74,000 "
          "injured on Wednesday 19 October and more than 73,000 at the donors' conference of Saturday 19 November 2005 "
          "in Islamabad ($5.8 billion pledged against $5.2 billion asked for); the dead in Indian-administered Kashmir "
          "(more than 600 -> more than 1,000 -> about 1,300); the homeless by the Pakistani Kashmir government (about 3 "
          "million) and by the United Nations (about 2.5 million)", False, ms, names)


def cyclone_sidr():
    R, K, A, P = "reuters-nov16", "kompas-nov18", "antara-nov25", "ap-dec10"
    # as-of times of the government's toll: Friday 16 November 2007 (at least 500), Saturday 17 November (at least
    # 1,100), Saturday 24 November (3,447) and Sunday 9 December (3,406 after double entries were struck out: lower,
    # a revision). The missing are a count that may fall. The Red Crescent's projection of 10,000 is another figure
    # (what the toll might reach), not a count; the 1991 and 1970 cyclones are other events.
    NOV16, NOV17, NOV24, DEC9 = "2007-11-16", "2007-11-17", "2007-11-24", "2007-12-09"
    names = {
     "dead": "people killed by the cyclone", "missing": "people missing", "evacuated": "people moved to shelters",
     "projection": "the Red Crescent's projection of the toll", "wind": "the cyclone's top wind speed (km/h)",
     "dead1991": "dead in the cyclone of 1991", "dead1970": "dead in the storm of 1970",
     # dates
     "landfall": "day the cyclone struck", "count_fri": "day of the count of 500", "count_sat": "day of the count "
     "of 1,100", "count_nov24": "day of the count of 3,447", "revised": "day the lower toll was released",
     "c1991": "month of the 1991 cyclone", "c1970": "year of the 1970 storm", "shelters": "year shelter building began",
    }
    ms = [
     M(R, "at least 500 people", N, "dead", 500, NOV16, qual="atleast"),
     M(R, "Friday", D, "count_fri", "2007-11-16"),
     M(R, "Thursday", D, "landfall", "2007-11-15"),
     M(R, "240 kph", N, "wind", 240, cls="speed"),
     M(R, "about 650,000 people", N, "evacuated", 650000, qual="approx"),
     M(R, "April 1991", D, "c1991", "1991-04"),
     M(R, "about 138,000 people", N, "dead1991", 138000, qual="approx"),
     M(R, "1970", D, "c1970", "1970"),
     M(R, "as many as 500,000", N, "dead1970", 500000, qual="approx"),

     M(K, "sedikitnya 1.100 orang", N, "dead", 1100, NOV17, qual="atleast"),
     M(K, "Sabtu (17/11/2007)", D, "count_sat", "2007-11-17"),
     M(K, "sedikitnya 500 orang", N, "dead", 500, NOV16, qual="atleast"),
     M(K, "Rabu (14/11/2007)", D, "landfall", "2007-11-14", planted=True),
     M(K, "240 kilometer per jam", N, "wind", 240, cls="speed"),
     M(K, "Sekitar 650.000 warga", N, "evacuated", 650000, qual="approx"),
     M(K, "April 1991", D, "c1991", "1991-04"),
     M(K, "sekitar 138.000 orang", N, "dead1991", 138000, qual="approx"),

     M(A, "3.447 orang", N, "dead", 3447, NOV24),
     M(A, "Sabtu (24/11/2007)", D, "count_nov24", "2007-11-24"),
     M(A, "Kamis (15/11/2007)", D, "landfall", "2007-11-15"),
     M(A, "204 kilometer per jam", N, "wind", 204, cls="speed", planted=True),
     M(A, "10.000 orang", N, "projection", 10000, src="the Bangladesh Red Crescent"),

     M(P, "3,406", N, "dead", 3406, DEC9),
     M(P, "3,447", N, "dead", 3447, NOV24),
     M(P, "Sunday", D, "revised", "2007-12-09"),
     M(P, "1,001", N, "missing", 1001, DEC9, fall=True),
     M(P, "Nov. 15", D, "landfall", "2007-11-15"),
     M(P, "240 kph", N, "wind", 240, cls="speed"),
     M(P, "1991", D, "shelters", "1991"),
    ]
    build("cyclone-sidr-2007", "Cyclone Sidr in Bangladesh (landfall on the evening of Thursday 15 November 2007, "
          "winds of up to 240 km/h, about 650,000 people moved to shelters): the government's toll rising from at "
          "least 500 on Friday 16 November to at least 1,100 on Saturday 17 November and 3,447 on Saturday 24 "
          "November, then lowered to 3,406 (1,001 missing) on Sunday 9 December 2007 after double entries were found; "
          "the Red Crescent's projection of 10,000; the cyclone of April 1991 (about 138,000 dead) and the storm of "
          "1970 as other events", False, ms, names)


def goyal_budget():
    R, K, A, L = "reuters-feb01", "kompas-feb02", "antara-feb03", "livemint-feb04"
    names = {
     "cash": "yearly payment to small farmers (rupees)", "land": "largest holding covered (hectares)",
     "instalment": "each instalment (rupees)", "farmers": "farmers covered", "cost": "yearly cost (billion rupees)",
     "rebate": "taxable income free of tax (rupees)", "sd_new": "new standard deduction (rupees)",
     "sd_old": "old standard deduction (rupees)", "deficit": "fiscal deficit target for 2019/20 (% of GDP)",
     "deficit_rev": "revised fiscal deficit for 2018/19 (% of GDP)", "pension": "monthly pension (rupees)",
     "wage": "monthly earnings ceiling for the pension (rupees)", "pension_age": "age the pension starts",
     "defence": "defence spending (trillion rupees)",
     # dates
     "budget_day": "day of the budget", "start": "day the farm payments count from",
     "election": "month by which the election is due",
    }
    ms = [
     M(R, "Friday", D, "budget_day", "2019-02-01"),
     M(R, "6,000 rupees", N, "cash", 6000, cls="inr"),
     M(R, "500,000 rupees", N, "rebate", 500000, cls="inr"),
     M(R, "May", D, "election", "2019-05"),
     M(R, "2 hectares", N, "land", 2, cls="area"),
     M(R, "2,000 rupees", N, "instalment", 2000, cls="inr"),
     M(R, "About 120 million farmers", N, "farmers", 120000000, qual="approx"),
     M(R, "750 billion rupees", N, "cost", 750, cls="inrbn"),
     M(R, "Dec. 1, 2018", D, "start", "2018-12-01"),
     M(R, "50,000 rupees", N, "sd_new", 50000, cls="inr"),
     M(R, "40,000 rupees", N, "sd_old", 40000, cls="inr"),
     M(R, "3.4 percent", N, "deficit", 3.4, cls="pct"),
     M(R, "3,000 rupees", N, "pension", 3000, cls="inr"),
     M(R, "60", N, "pension_age", 60, cls="age"),
     M(R, "15,000 rupees", N, "wage", 15000, cls="inr"),
     M(R, "3 trillion rupees", N, "defence", 3, qual="morethan", cls="inrbn"),

     M(K, "Jumat (1/2/2019)", D, "budget_day", "2019-02-01"),
     M(K, "6.000 rupee", N, "cash", 6000, cls="inr"),
     M(K, "2 hektar", N, "land", 2, cls="area"),
     M(K, "2.000 rupee", N, "instalment", 2000, cls="inr"),
     M(K, "sekitar 120 juta petani", N, "farmers", 120000000, qual="approx"),
     M(K, "750 miliar rupee", N, "cost", 750, cls="inrbn"),
     M(K, "1 Desember 2018", D, "start", "2018-12-01"),
     M(K, "500.000 rupee", N, "rebate", 500000, cls="inr"),
     M(K, "40.000 rupee", N, "sd_old", 40000, cls="inr"),
     M(K, "50.000 rupee", N, "sd_new", 50000, cls="inr"),
     M(K, "3,4 persen", N, "deficit", 3.4, cls="pct"),
     M(K, "15.000 rupee", N, "wage", 15000, cls="inr"),
     M(K, "3.000 rupee", N, "pension", 3000, cls="inr"),
     M(K, "60 tahun", N, "pension_age", 60, cls="age"),
     M(K, "3 triliun rupee", N, "defence", 3, qual="morethan", cls="inrbn"),

     M(A, "Jumat (1/2)", D, "budget_day", "2019-02-01"),
     M(A, "6.000 rupee", N, "cash", 6000, cls="inr"),
     M(A, "dua hektar", N, "land", 2, cls="area"),
     M(A, "2.000 rupee", N, "instalment", 2000, cls="inr"),
     M(A, "1 Desember 2018", D, "start", "2018-12-01"),
     M(A, "sekitar 120 juta keluarga petani", N, "farmers", 120000000, qual="approx"),
     M(A, "750 miliar rupee", N, "cost", 750, cls="inrbn"),
     M(A, "500.000 rupee", N, "rebate", 500000, cls="inr"),
     M(A, "50.000 rupee", N, "sd_new", 50000, cls="inr"),
     M(A, "40.000 rupee", N, "sd_old", 40000, cls="inr"),
     M(A, "3,4 persen", N, "deficit", 3.4, cls="pct"),
     M(A, "15.000 rupee", N, "wage", 15000, cls="inr"),
     M(A, "3.000 rupee", N, "pension", 3000, cls="inr"),
     M(A, "60 tahun", N, "pension_age", 60, cls="age"),
     M(A, "3 triliun rupee", N, "defence", 3, qual="morethan", cls="inrbn"),
     M(A, "Mei", D, "election", "2019-05"),

     M(L, "Feb. 1", D, "budget_day", "2019-02-01"),
     M(L, "2 hectares", N, "land", 2, cls="area"),
     M(L, "Rs 6,000", N, "cash", 6000, cls="inr"),
     M(L, "Rs 2,000", N, "instalment", 2000, cls="inr"),
     M(L, "1 December 2018", D, "start", "2018-12-01"),
     M(L, "about 120 million farmers", N, "farmers", 120000000, qual="approx"),
     M(L, "Rs 750 billion", N, "cost", 750, cls="inrbn"),
     M(L, "Rs 500,000", N, "rebate", 500000, cls="inr"),
     M(L, "Rs 50,000", N, "sd_new", 50000, cls="inr"),
     M(L, "Rs 40,000", N, "sd_old", 40000, cls="inr"),
     M(L, "Rs 15,000", N, "wage", 15000, cls="inr"),
     M(L, "Rs 3,000", N, "pension", 3000, cls="inr"),
     M(L, "60", N, "pension_age", 60, cls="age"),
     M(L, "3.4%", N, "deficit", 3.4, cls="pct"),
     M(L, "3.4%", N, "deficit_rev", 3.4, cls="pct", occ=2),
     M(L, "more than Rs 3 trillion", N, "defence", 3, qual="morethan", cls="inrbn"),
     M(L, "May", D, "election", "2019-05"),
    ]
    build("goyal-budget-2019", "India's interim budget of Friday 1 February 2019, presented by Piyush Goyal "
          "(control): 6,000 rupees a year to farm families with up to 2 hectares, in three instalments of 2,000, for "
          "about 120 million farmers at 750 billion rupees a year, counted from 1 December 2018; no income tax on "
          "taxable income up to 500,000 rupees; the standard deduction from 40,000 to 50,000 rupees; a fiscal deficit "
          "target of 3.4% of GDP for 2019/20 (3.4% revised for 2018/19); a pension of 3,000 rupees a month from 60 for "
          "informal workers earning up to 15,000 a month; defence above 3 trillion rupees; the election due by May. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    kashmir_quake()
    cyclone_sidr()
    goyal_budget()
