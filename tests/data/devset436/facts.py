"""The four-hundred-and-thirty-sixth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset436/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def floods():
    R, K, A, P = "reuters-sep21", "kompas-sep23", "antara-sep25", "ap-oct12"
    # as-of times of the running tallies: Tuesday 21 September 2004 (at least 622 dead, about 500 of them in the
    # city), Wednesday 22 September (1,070 dead, 1,250 missing, about 250,000 homeless), Thursday 23 September
    # (1,316 dead), Friday 24 September (1,650 dead; about 900 missing by the civil protection office against 1,200
    # by the Red Cross: sources, also across days against the office's 1,250 and 884), Sunday 26 September (1,550,
    # cut after a double count: a revision), Monday 11 October (1,870 dead, 884 missing). The dead do not fall; the
    # missing may (people found, bodies identified).
    TUE, WED, THU, FRI, SUN, OCT11 = ("2004-09-21", "2004-09-22", "2004-09-23", "2004-09-24", "2004-09-26",
                                     "2004-10-11")
    CP, RC = "the civil protection office", "the Red Cross"
    names = {
     "dead": "people killed by the floods", "missing": "people missing", "homeless": "people left homeless",
     "dead_city": "dead found in Gonaives itself", "population": "population of Gonaives",
     "dead_dr": "people killed by the storm in the Dominican Republic", "mourning": "days of national mourning",
     # dates
     "storm": "night the storm passed the north coast", "flood": "day the flood swept the city",
     "count_tue": "day of the count of 622", "count_wed": "day of the count of 1,070",
     "count_thu": "day of the count of 1,316", "count_fri": "day of the count of 1,650",
     "count_rev": "day the toll was cut to 1,550", "count_oct11": "day of the count of 1,870",
    }
    ms = [
     M(R, "At least 622 people", N, "dead", 622, TUE, qual="atleast"),
     M(R, "Tuesday", D, "count_tue", "2004-09-21"),
     M(R, "Saturday", D, "storm", "2004-09-18"),
     M(R, "Sunday", D, "flood", "2004-09-19"),
     M(R, "About 500", N, "dead_city", 500, TUE, qual="approx"),
     M(R, "some 200,000 people", N, "population", 200000, qual="approx"),
     M(R, "three days", N, "mourning", 3, cls="days"),
     M(R, "at least 18 people", N, "dead_dr", 18, qual="atleast"),

     M(K, "1.070 orang", N, "dead", 1070, WED),
     M(K, "Rabu (22/9/2004)", D, "count_wed", "2004-09-22"),
     M(K, "1.250 orang", N, "missing", 1250, WED, src=CP, fall=True),
     M(K, "Selasa (21/9/2004)", D, "count_tue", "2004-09-21"),
     M(K, "622 orang", N, "dead", 622, TUE),
     M(K, "sekitar 200.000 jiwa", N, "population", 200000, qual="approx"),
     M(K, "Sabtu (18/9/2004)", D, "storm", "2004-09-18"),
     M(K, "dua hari", N, "mourning", 2, cls="days", planted=True),
     M(K, "sekitar 250.000 orang", N, "homeless", 250000, WED, qual="approx"),

     M(A, "1.650 orang", N, "dead", 1650, FRI),
     M(A, "Jumat (24/9/2004)", D, "count_fri", "2004-09-24"),
     M(A, "1.316 orang", N, "dead", 1316, THU),
     M(A, "Kamis (23/9/2004)", D, "count_thu", "2004-09-23"),
     M(A, "sekitar 900 orang", N, "missing", 900, FRI, qual="approx", src=CP, fall=True),
     M(A, "1.200 orang", N, "missing", 1200, FRI, src=RC, fall=True),
     M(A, "sekitar 250.000 orang", N, "homeless", 250000, FRI, qual="approx"),
     M(A, "Minggu (19/9/2004)", D, "flood", "2004-09-19"),

     M(P, "1,870 people", N, "dead", 1870, OCT11),
     M(P, "884", N, "missing", 884, OCT11, src=CP, fall=True),
     M(P, "Monday, Oct. 11", D, "count_oct11", "2004-10-11"),
     M(P, "Sunday, Sept. 26", D, "count_rev", "2004-09-26"),
     M(P, "1,650", N, "dead", 1650, FRI),
     M(P, "1,550", N, "dead", 1550, SUN),
     M(P, "1,070", N, "dead", 1070, WED),
     M(P, "Wednesday, Sept. 22", D, "count_wed", "2004-09-22"),
     M(P, "1,361", N, "dead", 1361, THU, planted=True),
     M(P, "About 250,000 people", N, "homeless", 250000, OCT11, qual="approx"),
     M(P, "Saturday, Sept. 18", D, "storm", "2004-09-18"),
     M(P, "three days", N, "mourning", 3, cls="days"),
    ]
    build("gonaives-floods-2004", "The floods set off in Haiti by Tropical Storm Jeanne, which passed the north coast "
          "on the night of Saturday 18 September 2004 and sent torrents of mud through Gonaives before dawn on Sunday "
          "19 September: the toll rising from at least 622 on Tuesday 21 September to 1,070 on Wednesday 22, 1,316 on "
          "Thursday 23 and 1,650 on Friday 24 September, cut to 1,550 on Sunday 26 September after a double count, "
          "and 1,870 by Monday 11 October; the missing falling from 1,250 to about 900 (1,200 by the Red Cross: "
          "sources) and 884; about 250,000 homeless; three days of national mourning declared by the interim prime "
          "minister Gerard Latortue", False, ms, names)


def kartel():
    K, T, D2, R = "kompas-mar14", "tempo-apr04", "detik-mar15", "reuters-jul31"
    # steps on different dates: the killing (16 August 2011), the arrest (30 September 2011), the verdict (Thursday
    # 13 March 2014), the sentence (Thursday 3 April 2014), the appeal court's ruling (April 2020), the Privy
    # Council's ruling (Thursday 14 March 2024) and the appeal court's refusal of a retrial (Wednesday 31 July 2024).
    # Tempting pairs of one unit: 35 years before parole against the co-accused's 25, the 32.5 years set on appeal
    # and the nearly 13 years in custody; the three co-accused, the four men and the two guns.
    names = {
     "jury": "jurors for the verdict", "jury_no": "jurors against the verdict", "trial_days": "days of the trial",
     "co_accused": "co-accused convicted with him", "defendants": "men convicted in all", "guns": "missing guns",
     "bribe": "bribe a juror allegedly offered (J$)", "min": "years before parole (the sentence)",
     "campbell_min": "Shawn Campbell's years before parole", "others_min": "the other two's years before parole",
     "min_appeal": "years before parole after the 2020 appeal", "custody": "years in custody",
     "age": "the singer's age in 2024",
     # dates
     "killing": "day of the killing", "arrest": "day of the arrest", "verdict": "day of the verdict",
     "sentence": "day of the sentence", "appeal2020": "month of the first appeal ruling",
     "pc": "day of the Privy Council's ruling", "no_retrial": "day the retrial was ruled out",
    }
    ms = [
     M(K, "Kamis (13/3/2014)", D, "verdict", "2014-03-13"),
     M(K, "16 Agustus 2011", D, "killing", "2011-08-16"),
     M(K, "10 banding 1", N, "jury", 10, cls="jury", also={"jury_no": 1}),
     M(K, "65 hari", N, "trial_days", 65, cls="days"),
     M(K, "Tiga terdakwa", N, "co_accused", 3),
     M(K, "dua senjata api", N, "guns", 2),
     M(K, "J$500.000", N, "bribe", 500000, cls="jmd"),
     M(K, "Kamis (3/4/2014)", D, "sentence", "2014-04-03"),

     M(T, "Kamis (3/4/2014)", D, "sentence", "2014-04-03"),
     M(T, "35 tahun", N, "min", 35, cls="yrs"),
     M(T, "25 tahun", N, "campbell_min", 25, cls="yrs"),
     M(T, "sedikitnya 25 tahun", N, "others_min", 25, cls="yrs", qual="atleast"),
     M(T, "Kamis (13/3/2014)", D, "verdict", "2014-03-13"),
     M(T, "65 hari", N, "trial_days", 65, cls="days"),
     M(T, "J$50.000", N, "bribe", 50000, cls="jmd", planted=True),
     M(T, "30 September 2011", D, "arrest", "2011-09-30"),

     M(D2, "Kamis (14/3/2024)", D, "pc", "2024-03-14"),
     M(D2, "tiga terdakwa", N, "co_accused", 3),
     M(D2, "J$500.000", N, "bribe", 500000, cls="jmd"),
     M(D2, "13 Maret 2014", D, "verdict", "2014-03-13"),
     M(D2, "35 tahun", N, "min", 35, cls="yrs"),
     M(D2, "April 2020", D, "appeal2020", "2020-04"),
     M(D2, "32,5 tahun", N, "min_appeal", 32.5, cls="yrs"),
     M(D2, "48 tahun", N, "age", 48, cls="age"),
     M(D2, "Agustus 2011", D, "killing", "2011-08"),

     M(R, "Wednesday", D, "no_retrial", "2024-07-31"),
     M(R, "nearly 13 years", N, "custody", 13, cls="yrs", qual="nearly"),
     M(R, "four men", N, "defendants", 4),
     M(R, "March 4", D, "pc", "2024-03-04", planted=True),
     M(R, "10-1", N, "jury", 10, cls="jury", also={"jury_no": 1}),
     M(R, "March 13, 2014", D, "verdict", "2014-03-13"),
     M(R, "65-day trial", N, "trial_days", 65, cls="days"),
     M(R, "35 years", N, "min", 35, cls="yrs"),
     M(R, "Aug. 16, 2011", D, "killing", "2011-08-16"),
     M(R, "two missing guns", N, "guns", 2),
     M(R, "Sept. 30, 2011", D, "arrest", "2011-09-30"),
    ]
    build("vybz-kartel-case-2014", "The murder case of the Jamaican dancehall singer Vybz Kartel (Adidja Palmer): "
          "Clive Williams killed at his home on 16 August 2011, the singer arrested on 30 September 2011, convicted "
          "by a 10-1 jury on Thursday 13 March 2014 after a 65-day trial with three co-accused, sentenced on Thursday "
          "3 April 2014 to life with 35 years before parole (the co-accused 25), a juror accused of offering a bribe "
          "of J$500,000; the minimum cut to 32.5 years on appeal in April 2020, the convictions quashed by the Privy "
          "Council on Thursday 14 March 2024 and a retrial ruled out by Jamaica's Court of Appeal on Wednesday 31 July "
          "2024, after nearly 13 years in custody", False, ms, names)


def budget():
    R, K, A, N2 = "reuters-oct01", "kompas-oct02", "antara-oct04", "newsday-oct03"
    names = {
     "spend": "planned spending (TT$ billion)", "revenue": "expected revenue (TT$ billion)",
     "deficit": "deficit (TT$ billion)", "deficit_pct": "deficit (% of GDP)",
     "oil": "oil price assumed (US$ a barrel)", "gas": "gas price assumed (US$ per mmBtu)",
     # dates
     "budget_day": "day of the budget statement", "fy_start": "day the fiscal year began",
     "debate": "day the debate begins",
    }
    ms = [
     M(R, "TT$54.2 billion", N, "spend", 54.2, cls="ttd"),
     M(R, "TT$47.6 billion", N, "revenue", 47.6, cls="ttd"),
     M(R, "Monday", D, "budget_day", "2018-10-01"),
     M(R, "TT$6.6 billion", N, "deficit", 6.6, cls="ttd"),
     M(R, "about 1.9 percent", N, "deficit_pct", 1.9, qual="approx", cls="pct"),
     M(R, "US$65 a barrel", N, "oil", 65, cls="usd"),
     M(R, "US$2.75", N, "gas", 2.75, cls="usd"),
     M(R, "Oct. 1", D, "fy_start", "2018-10-01"),
     M(R, "Friday, Oct. 5", D, "debate", "2018-10-05"),

     M(K, "54,2 miliar dollar TT", N, "spend", 54.2, cls="ttd"),
     M(K, "Senin (1/10/2018)", D, "budget_day", "2018-10-01"),
     M(K, "47,6 miliar dollar TT", N, "revenue", 47.6, cls="ttd"),
     M(K, "6,6 miliar dollar TT", N, "deficit", 6.6, cls="ttd"),
     M(K, "1,9 persen", N, "deficit_pct", 1.9, cls="pct"),
     M(K, "65 dollar AS per barel", N, "oil", 65, cls="usd"),
     M(K, "2,75 dollar AS", N, "gas", 2.75, cls="usd"),
     M(K, "1 Oktober 2018", D, "fy_start", "2018-10-01"),
     M(K, "Jumat (5/10/2018)", D, "debate", "2018-10-05"),

     M(A, "6,6 miliar dollar TT", N, "deficit", 6.6, cls="ttd"),
     M(A, "sekitar 1,9 persen", N, "deficit_pct", 1.9, qual="approx", cls="pct"),
     M(A, "54,2 miliar dollar TT", N, "spend", 54.2, cls="ttd"),
     M(A, "47,6 miliar dollar TT", N, "revenue", 47.6, cls="ttd"),
     M(A, "Senin (1/10/2018)", D, "budget_day", "2018-10-01"),
     M(A, "65 dolar AS per barel", N, "oil", 65, cls="usd"),
     M(A, "2,75 dolar AS", N, "gas", 2.75, cls="usd"),
     M(A, "Jumat (5/10/2018)", D, "debate", "2018-10-05"),

     M(N2, "$54.2 billion", N, "spend", 54.2, cls="ttd"),
     M(N2, "$47.6 billion", N, "revenue", 47.6, cls="ttd"),
     M(N2, "$6.6 billion", N, "deficit", 6.6, cls="ttd"),
     M(N2, "1.9 per cent", N, "deficit_pct", 1.9, cls="pct"),
     M(N2, "Monday", D, "budget_day", "2018-10-01"),
     M(N2, "US$65 per barrel", N, "oil", 65, cls="usd"),
     M(N2, "US$2.75", N, "gas", 2.75, cls="usd"),
     M(N2, "Friday", D, "debate", "2018-10-05"),
    ]
    build("tt-budget-2019", "Trinidad and Tobago's budget for fiscal 2019, presented by the finance minister Colm "
          "Imbert on Monday 1 October 2018, the first day of the fiscal year (control): spending of TT$54.2 billion "
          "against revenue of TT$47.6 billion, a deficit of TT$6.6 billion or 1.9% of GDP, an oil price of US$65 a "
          "barrel and a gas price of US$2.75 per mmBtu assumed; the debate in the House from Friday 5 October 2018. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    floods()
    kartel()
    budget()
