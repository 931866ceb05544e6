"""The three-hundred-and-ninety-third development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset393/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def aitape():
    R, K, T, A = "reuters-jul19", "kompas-jul22", "antara-jul25", "ap-aug14"
    # as-of times of the running count of the dead: Sunday 19 July 1998 (at least 600, provincial officials), Monday
    # 20 July (about 900), Tuesday 21 July (1,200 by the province against more than 1,500 by the Red Cross: sources),
    # Friday 24 July (the province's estimate of about 3,000) and Thursday 13 August (about 2,200 after the camps'
    # lists were checked, no source named: a revision down from about 3,000). The quake's magnitude, the waves, their
    # height, the villages and their population do not change with the day of the report.
    SUN, MON, TUE, FRI, AUG13 = "1998-07-19", "1998-07-20", "1998-07-21", "1998-07-24", "1998-08-13"
    PROV, RC = "Sandaun provincial officials", "the Papua New Guinea Red Cross"
    names = {
     "dead": "people killed by the tsunami", "mag": "the quake's magnitude", "waves": "waves that struck",
     "height": "height of the largest wave (m)", "pop": "people living in the destroyed villages",
     "villages": "villages destroyed",
     # dates
     "quake": "day of the quake and the tsunami", "count_sun": "day of the count of at least 600",
     "count_mon": "day of the count of about 900", "count_tue": "day of the count of 1,200",
     "est_day": "day of the estimate of about 3,000", "rev_day": "day of the lowered count",
     "flyover": "day the prime minister flew over the coast",
    }
    ms = [
     M(R, "At least 600 people", N, "dead", 600, SUN, qual="atleast", src=PROV),
     M(R, "Sunday", D, "count_sun", "1998-07-19"),
     M(R, "magnitude 7.0", N, "mag", 7.0, cls="mag"),
     M(R, "Friday", D, "quake", "1998-07-17"),
     M(R, "three waves", N, "waves", 3),
     M(R, "about 10 metres", N, "height", 10, qual="approx", cls="m"),
     M(R, "some 10,000 people", N, "pop", 10000, qual="approx"),
     M(R, "Saturday", D, "flyover", "1998-07-18"),

     M(K, "1.200 orang", N, "dead", 1200, TUE, src=PROV),
     M(K, "Selasa (21/7/1998)", D, "count_tue", "1998-07-21"),
     M(K, "Senin (20/7/1998)", D, "count_mon", "1998-07-20"),
     M(K, "sekitar 900 orang", N, "dead", 900, MON, qual="approx", src=PROV),
     M(K, "lebih dari 1.500 orang", N, "dead", 1500, TUE, qual="morethan", src=RC),
     M(K, "7,0", N, "mag", 7.0, cls="mag"),
     M(K, "Sabtu (18/7/1998)", D, "quake", "1998-07-18", planted=True),
     M(K, "tiga gelombang", N, "waves", 3),

     M(T, "Jumat (24/7/1998)", D, "est_day", "1998-07-24"),
     M(T, "sekitar 3.000 orang", N, "dead", 3000, FRI, qual="approx", src=PROV),
     M(T, "sekitar 10 meter", N, "height", 10, qual="approx", cls="m"),
     M(T, "Jumat (17/7/1998)", D, "quake", "1998-07-17"),
     M(T, "Empat desa", N, "villages", 4),
     M(T, "7,0", N, "mag", 7.0, cls="mag"),

     M(A, "about 2,200 people", N, "dead", 2200, AUG13, qual="approx"),
     M(A, "some 3,000", N, "dead", 3000, FRI, qual="approx", src=PROV),
     M(A, "Thursday", D, "rev_day", "1998-08-13"),
     M(A, "July 17", D, "quake", "1998-07-17"),
     M(A, "magnitude 7.0", N, "mag", 7.0, cls="mag"),
     M(A, "four waves", N, "waves", 4, planted=True),
     M(A, "about 10 metres", N, "height", 10, qual="approx", cls="m"),
     M(A, "Some 10,000 people", N, "pop", 10000, qual="approx"),
    ]
    build("aitape-tsunami-1998", "The tsunami on Papua New Guinea's north-west coast near Aitape (Friday 17 July 1998): "
          "a magnitude 7.0 quake offshore, three waves, the largest about 10 metres, over the villages of Sissano, Arop, "
          "Warapu and Malol (some 10,000 people); the dead counted as at least 600 on Sunday 19 July, about 900 on "
          "Monday 20 July, 1,200 on Tuesday 21 July by the Sandaun provincial officials against more than 1,500 by the "
          "Red Cross, estimated at about 3,000 by the province on Friday 24 July, then lowered to about 2,200 on "
          "Thursday 13 August", False, ms, names)


def carbon():
    R, K, T, S = "reuters-oct12", "kompas-oct13", "antara-nov09", "smh-jul02"
    # two chambers on different days: the House of Representatives on Wednesday 12 October 2011 (74-72) and the
    # Senate on Tuesday 8 November 2011 (36-32); the price from Sunday 1 July 2012. The companies liable: about 500 by
    # the government's word against about 300 on the Clean Energy Regulator's first list (sources).
    GOV, REG = "the government", "the Clean Energy Regulator"
    names = {
     "bills": "bills in the package", "house_ayes": "House votes for", "house_noes": "House votes against",
     "senate_ayes": "Senate votes for", "senate_noes": "Senate votes against", "companies": "companies liable",
     "price": "carbon price a tonne (A$)", "rise": "yearly real rise of the fixed price (%)",
     "fixed_years": "years of the fixed price", "cut2020": "emissions cut below 2000 by 2020 (%)",
     "cut2050": "emissions cut below 2000 by 2050 (%)", "thresh_old": "old tax-free threshold (A$)",
     "thresh_new": "new tax-free threshold (A$)", "hh_cost": "average household cost a week (A$)",
     "hh_assist": "average household assistance a week (A$)", "out_of_tax": "people taken out of income tax",
     # dates
     "house_vote": "day of the House vote", "senate_vote": "day of the Senate vote", "start": "day the price began",
     "ets": "year trading begins", "base": "base year of the targets", "y2020": "year of the 2020 target",
     "y2050": "year of the 2050 target",
    }
    ms = [
     M(R, "Wednesday", D, "house_vote", "2011-10-12"),
     M(R, "18 bills", N, "bills", 18),
     M(R, "74 votes", N, "house_ayes", 74, cls="votes"),
     M(R, "72", N, "house_noes", 72, cls="votes"),
     M(R, "about 500", N, "companies", 500, qual="approx", src=GOV),
     M(R, "A$23", N, "price", 23, cls="aud"),
     M(R, "July 1, 2012", D, "start", "2012-07-01"),
     M(R, "2.5 percent", N, "rise", 2.5, cls="pct"),
     M(R, "three years", N, "fixed_years", 3, cls="dur"),
     M(R, "2015", D, "ets", "2015"),
     M(R, "5 percent", N, "cut2020", 5, cls="pct"),
     M(R, "2000", D, "base", "2000"),
     M(R, "2020", D, "y2020", "2020"),
     M(R, "80 percent", N, "cut2050", 80, cls="pct"),
     M(R, "2050", D, "y2050", "2050"),

     M(K, "Rabu (12/10/2011)", D, "house_vote", "2011-10-12"),
     M(K, "18 rancangan undang-undang", N, "bills", 18),
     M(K, "74 suara", N, "house_ayes", 74, cls="votes"),
     M(K, "72 suara", N, "house_noes", 72, cls="votes"),
     M(K, "sekitar 500 perusahaan", N, "companies", 500, qual="approx", src=GOV),
     M(K, "32 dolar Australia", N, "price", 32, cls="aud", planted=True),
     M(K, "1 Juli 2012", D, "start", "2012-07-01"),
     M(K, "2,5 persen", N, "rise", 2.5, cls="pct"),
     M(K, "tiga tahun", N, "fixed_years", 3, cls="dur"),
     M(K, "2015", D, "ets", "2015"),
     M(K, "6.000 dolar Australia", N, "thresh_old", 6000, cls="aud"),
     M(K, "18.200 dolar Australia", N, "thresh_new", 18200, cls="aud"),
     M(K, "5 persen", N, "cut2020", 5, cls="pct"),
     M(K, "2000", D, "base", "2000"),
     M(K, "2020", D, "y2020", "2020"),

     M(T, "Selasa (8/11/2011)", D, "senate_vote", "2011-11-08"),
     M(T, "36 suara", N, "senate_ayes", 36, cls="votes"),
     M(T, "32", N, "senate_noes", 32, cls="votes"),
     M(T, "74", N, "house_ayes", 74, cls="votes"),
     M(T, "72", N, "house_noes", 72, cls="votes"),
     M(T, "1 Juli 2012", D, "start", "2012-07-01"),
     M(T, "sekitar 500 perusahaan", N, "companies", 500, qual="approx", src=GOV),
     M(T, "23 dolar Australia", N, "price", 23, cls="aud"),
     M(T, "9,90 dolar Australia", N, "hh_cost", 9.90, cls="aud"),
     M(T, "10,10 dolar Australia", N, "hh_assist", 10.10, cls="aud"),
     M(T, "80 persen", N, "cut2050", 80, cls="pct"),
     M(T, "2000", D, "base", "2000"),
     M(T, "2050", D, "y2050", "2050"),

     M(S, "July 1", D, "start", "2012-07-01"),
     M(S, "A$23", N, "price", 23, cls="aud"),
     M(S, "Nov. 9", D, "senate_vote", "2011-11-09", planted=True),
     M(S, "Oct. 12", D, "house_vote", "2011-10-12"),
     M(S, "74", N, "house_ayes", 74, cls="votes"),
     M(S, "72", N, "house_noes", 72, cls="votes"),
     M(S, "36", N, "senate_ayes", 36, cls="votes"),
     M(S, "32", N, "senate_noes", 32, cls="votes"),
     M(S, "about 300 entities", N, "companies", 300, qual="approx", src=REG),
     M(S, "roughly 500", N, "companies", 500, qual="approx", src=GOV),
     M(S, "A$9.90", N, "hh_cost", 9.90, cls="aud"),
     M(S, "A$10.10", N, "hh_assist", 10.10, cls="aud"),
     M(S, "A$6,000", N, "thresh_old", 6000, cls="aud"),
     M(S, "A$18,200", N, "thresh_new", 18200, cls="aud"),
     M(S, "about one million people", N, "out_of_tax", 1000000, qual="approx"),
     M(S, "2.5 per cent", N, "rise", 2.5, cls="pct"),
     M(S, "2015", D, "ets", "2015"),
    ]
    build("clean-energy-act-2011", "Australia's carbon price laws: a package of 18 bills passed by the House of "
          "Representatives on Wednesday 12 October 2011 (74-72) and by the Senate on Tuesday 8 November 2011 (36-32); "
          "a fixed price of A$23 a tonne from Sunday 1 July 2012, rising 2.5% a year in real terms for three years, "
          "then trading from 2015; about 500 companies liable by the government's word against about 300 on the Clean "
          "Energy Regulator's first list; cuts of 5% below 2000 by 2020 and 80% by 2050; the tax-free threshold from "
          "A$6,000 to A$18,200; Treasury's A$9.90 a week of household costs against A$10.10 of assistance", False, ms,
          names)


def wages():
    R, K, T, B = "reuters-jun15", "kompas-jun16", "antara-jun17", "abc-jun18"
    names = {
     "min_pct": "rise of the national minimum wage (%)", "weekly": "new minimum wage a week (A$)",
     "hourly": "new minimum wage an hour (A$)", "increase": "weekly rise of the minimum wage (A$)",
     "award_pct": "rise of award wages (%)", "award_floor": "least weekly rise of award rates (A$)",
     "award_cut": "award rate below which the floor applies (A$)", "cpi": "consumer price rise to March (%)",
     "workers": "workers who benefit", "last_year": "last year's rise (%)", "employers": "employers' proposal (%)",
     "unions": "unions' claim (%)",
     # dates
     "decision": "day of the decision", "start": "day the rise takes effect",
     "delayed": "day the rise takes effect in aviation, tourism and hospitality",
    }
    ms = [
     M(R, "Wednesday", D, "decision", "2022-06-15"),
     M(R, "5.2 percent", N, "min_pct", 5.2, cls="pct"),
     M(R, "A$812.60", N, "weekly", 812.60, cls="aud"),
     M(R, "A$21.38", N, "hourly", 21.38, cls="aud"),
     M(R, "A$40", N, "increase", 40, cls="aud"),
     M(R, "July 1", D, "start", "2022-07-01"),
     M(R, "4.6 percent", N, "award_pct", 4.6, cls="pct"),
     M(R, "A$40", N, "award_floor", 40, cls="aud", occ=2),
     M(R, "A$869.60", N, "award_cut", 869.60, cls="aud"),
     M(R, "Oct. 1", D, "delayed", "2022-10-01"),
     M(R, "5.1 percent", N, "cpi", 5.1, cls="pct"),
     M(R, "About 2.7 million workers", N, "workers", 2700000, qual="approx"),
     M(R, "2.5 percent", N, "last_year", 2.5, cls="pct"),
     M(R, "about 3 percent", N, "employers", 3, qual="approx", cls="pct"),
     M(R, "5.5 percent", N, "unions", 5.5, cls="pct"),

     M(K, "Rabu (15/6/2022)", D, "decision", "2022-06-15"),
     M(K, "5,2 persen", N, "min_pct", 5.2, cls="pct"),
     M(K, "812,60 dolar Australia", N, "weekly", 812.60, cls="aud"),
     M(K, "21,38 dolar Australia", N, "hourly", 21.38, cls="aud"),
     M(K, "40 dolar Australia", N, "increase", 40, cls="aud"),
     M(K, "1 Juli 2022", D, "start", "2022-07-01"),
     M(K, "4,6 persen", N, "award_pct", 4.6, cls="pct"),
     M(K, "40 dolar Australia", N, "award_floor", 40, cls="aud", occ=2),
     M(K, "869,60 dolar Australia", N, "award_cut", 869.60, cls="aud"),
     M(K, "1 Oktober 2022", D, "delayed", "2022-10-01"),
     M(K, "5,1 persen", N, "cpi", 5.1, cls="pct"),
     M(K, "Sekitar 2,7 juta pekerja", N, "workers", 2700000, qual="approx"),
     M(K, "2,5 persen", N, "last_year", 2.5, cls="pct"),
     M(K, "sekitar 3 persen", N, "employers", 3, qual="approx", cls="pct"),
     M(K, "5,5 persen", N, "unions", 5.5, cls="pct"),

     M(T, "Sekitar 2,7 juta pekerja", N, "workers", 2700000, qual="approx"),
     M(T, "1 Juli 2022", D, "start", "2022-07-01"),
     M(T, "5,2 persen", N, "min_pct", 5.2, cls="pct"),
     M(T, "Rabu (15/6/2022)", D, "decision", "2022-06-15"),
     M(T, "812,60 dolar Australia", N, "weekly", 812.60, cls="aud"),
     M(T, "40 dolar Australia", N, "increase", 40, cls="aud"),
     M(T, "21,38 dolar Australia", N, "hourly", 21.38, cls="aud"),
     M(T, "4,6 persen", N, "award_pct", 4.6, cls="pct"),
     M(T, "40 dolar Australia", N, "award_floor", 40, cls="aud", occ=2),
     M(T, "869,60 dolar Australia", N, "award_cut", 869.60, cls="aud"),
     M(T, "1 Oktober 2022", D, "delayed", "2022-10-01"),
     M(T, "5,1 persen", N, "cpi", 5.1, cls="pct"),
     M(T, "2,5 persen", N, "last_year", 2.5, cls="pct"),
     M(T, "5,5 persen", N, "unions", 5.5, cls="pct"),
     M(T, "sekitar 3 persen", N, "employers", 3, qual="approx", cls="pct"),

     M(B, "July 1", D, "start", "2022-07-01"),
     M(B, "A$812.60", N, "weekly", 812.60, cls="aud"),
     M(B, "A$40", N, "increase", 40, cls="aud"),
     M(B, "5.2 per cent", N, "min_pct", 5.2, cls="pct"),
     M(B, "Wednesday", D, "decision", "2022-06-15"),
     M(B, "A$21.38", N, "hourly", 21.38, cls="aud"),
     M(B, "4.6 per cent", N, "award_pct", 4.6, cls="pct"),
     M(B, "A$869.60", N, "award_cut", 869.60, cls="aud"),
     M(B, "A$40", N, "award_floor", 40, cls="aud", occ=2),
     M(B, "October 1", D, "delayed", "2022-10-01"),
     M(B, "5.1 per cent", N, "cpi", 5.1, cls="pct"),
     M(B, "about 2.7 million workers", N, "workers", 2700000, qual="approx"),
     M(B, "2.5 per cent", N, "last_year", 2.5, cls="pct"),
     M(B, "about 3 per cent", N, "employers", 3, qual="approx", cls="pct"),
     M(B, "5.5 per cent", N, "unions", 5.5, cls="pct"),
    ]
    build("wage-review-2022", "The Fair Work Commission's annual wage review of Wednesday 15 June 2022 (control): the "
          "national minimum wage up 5.2% (A$40) to A$812.60 a week or A$21.38 an hour from 1 July 2022; award wages up "
          "4.6% with at least A$40 a week for rates below A$869.60; aviation, tourism and hospitality from 1 October "
          "2022; inflation of 5.1% to March; about 2.7 million workers; 2.5% the year before; employers' about 3% and "
          "the unions' 5.5%. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    aitape()
    carbon()
    wages()
