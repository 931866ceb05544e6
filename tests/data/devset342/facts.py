"""The three-hundred-and-forty-second development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset342/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def mosque():
    R, K, C, A = "reuters-jan30", "kompas-jan31", "cbc-feb09", "antara-may28"
    # as-of times of the running tallies: Sunday night 29 January 2017 (two men held), Monday 30 January (the police's
    # eight wounded in hospital, five critical, one suspect left, five counts of attempted murder at the charge),
    # Tuesday 31 January (the police's 19 wounded in all), the plea of Wednesday 28 March 2018 (six counts of
    # attempted murder), the sentence of Friday 8 February 2019 (19 wounded, 40 years before parole), the Quebec Court
    # of Appeal's ruling of Thursday 26 November 2020 (25 years) and the Supreme Court's of Friday 27 May 2022. The six
    # dead never changed; the people at prayer are counted by the police (about 50) and by the mosque (53): sources.
    SUN, MON, JAN30, TUE = "2017-01-29", "2017-01-30", "2017-01-30", "2017-01-31"
    PLEA, SENT, APPEAL, SCC = "2018-03-28", "2019-02-08", "2020-11-26", "2022-05-27"
    POLICE, MOSQUE = "the police", "the mosque's leaders"
    names = {
     "dead": "people killed at the mosque", "wounded": "people wounded", "critical": "wounded in critical condition",
     "present": "people at prayer in the mosque", "suspects": "men held as suspects",
     "murder": "counts of first-degree murder", "attempted": "counts of attempted murder",
     "children": "children the dead left", "judges": "judges of the Supreme Court ruling",
     "age": "the gunman's age", "age_min": "the youngest victim's age", "age_max": "the oldest victim's age",
     "parole": "years before the gunman may seek parole", "crown_req": "years without parole the Crown sought",
     "defence_req": "years without parole the defence sought", "added": "years the judge added to the minimum",
     # dates
     "attack": "day of the shooting", "count_mon": "day of the police's Monday count", "arrest": "night the two men were held",
     "charge": "day the gunman was charged", "count_tue": "day of the count of 19 wounded", "plea": "day of the guilty plea",
     "sentence": "day of the sentence", "appeal": "day of the Quebec Court of Appeal's ruling",
     "scc": "day of the Supreme Court's ruling", "law": "year of the law on consecutive parole periods",
    }
    ms = [
     M(R, "Six men", N, "dead", 6),
     M(R, "eight people", N, "wounded", 8, MON, src=POLICE),
     M(R, "Sunday evening", D, "attack", "2017-01-29"),
     M(R, "Monday", D, "count_mon", "2017-01-30"),
     M(R, "About 50 people", N, "present", 50, qual="approx", src=POLICE),
     M(R, "Five of the wounded", N, "critical", 5, MON),
     M(R, "two men", N, "suspects", 2, SUN),
     M(R, "Sunday night", D, "arrest", "2017-01-29"),
     M(R, "only one man", N, "suspects", 1, MON),
     M(R, "39", N, "age_min", 39, cls="age"),
     M(R, "60", N, "age_max", 60, cls="age"),

     M(K, "27", N, "age", 27, cls="age"),
     M(K, "Senin (30/1/2017)", D, "charge", "2017-01-30"),
     M(K, "enam dakwaan pembunuhan berencana", N, "murder", 6),
     M(K, "lima dakwaan percobaan pembunuhan", N, "attempted", 5, JAN30),
     M(K, "Minggu (29/1/2017)", D, "attack", "2017-01-29"),
     M(K, "enam pria", N, "dead", 6),
     M(K, "Selasa (31/1/2017)", D, "count_tue", "2017-01-31"),
     M(K, "19 orang", N, "wounded", 19, TUE, src=POLICE),
     M(K, "lima korban", N, "critical", 5, TUE),
     M(K, "delapan korban luka", N, "wounded", 8, MON, src=POLICE),
     M(K, "53 orang", N, "present", 53, src=MOSQUE),
     M(K, "dua orang", N, "suspects", 2, SUN),
     M(K, "Minggu malam", D, "arrest", "2017-01-29"),
     M(K, "39", N, "age_min", 39, cls="age"),
     M(K, "60 tahun", N, "age_max", 60, cls="age"),
     M(K, "17 anak", N, "children", 17),

     M(C, "six worshippers", N, "dead", 6),
     M(C, "Friday", D, "sentence", "2019-02-08"),
     M(C, "40 years", N, "parole", 40, SENT, cls="years"),
     M(C, "150 years", N, "crown_req", 150, cls="years"),
     M(C, "25 years", N, "defence_req", 25, cls="years"),
     M(C, "15 years", N, "added", 15, cls="years"),
     M(C, "2011", D, "law", "2011"),
     M(C, "March 29, 2018", D, "plea", "2018-03-29", planted=True),
     M(C, "six counts of first-degree murder", N, "murder", 6),
     M(C, "six counts of attempted murder", N, "attempted", 6, PLEA),
     M(C, "Jan. 29, 2017", D, "attack", "2017-01-29"),
     M(C, "19 people", N, "wounded", 19, SENT),

     M(A, "Jumat (27/5/2022)", D, "scc", "2022-05-27"),
     M(A, "sembilan hakim", N, "judges", 9),
     M(A, "Kamis (26/11/2020)", D, "appeal", "2020-11-26"),
     M(A, "40 tahun", N, "parole", 40, SENT, cls="years"),
     M(A, "25 tahun", N, "parole", 25, APPEAL, cls="years"),
     M(A, "enam pria", N, "dead", 6),
     M(A, "19 orang", N, "wounded", 19, SCC),
     M(A, "29 Januari 2017", D, "attack", "2017-01-29"),
     M(A, "Rabu (28/3/2018)", D, "plea", "2018-03-28"),
     M(A, "enam dakwaan pembunuhan berencana", N, "murder", 6),
     M(A, "enam dakwaan percobaan pembunuhan", N, "attempted", 6, PLEA),
     M(A, "9 Februari 2019", D, "sentence", "2019-02-09", planted=True),
     M(A, "2011", D, "law", "2011"),
    ]
    build("quebec-mosque-2017", "The shooting at the Islamic Cultural Centre of Quebec in Quebec City (Sunday 29 January "
          "2017): six men killed; eight wounded in hospital by the police's Monday count (five critical), 19 wounded in "
          "all by Tuesday 31 January and at the sentence; about 50 people at prayer by the police's account against 53 "
          "by the mosque's; two men held on Sunday night, one of them a witness by Monday; the gunman charged on Monday "
          "30 January with six counts of first-degree murder and five of attempted murder, pleading guilty on Wednesday "
          "28 March 2018 to six and six; his sentence on Friday 8 February 2019 to life with no parole for 40 years, cut "
          "to 25 by the Quebec Court of Appeal on Thursday 26 November 2020, upheld by the Supreme Court of Canada on "
          "Friday 27 May 2022", False, ms, names)


def election():
    R, K, T, P = "reuters-jul02", "kompas-jul03", "tempo-jul07", "ap-sep01"
    # as-of times: the preliminary count (PREP) with 98.95% of polling stations in, on Monday 2 July 2012, and the
    # official count of the 300 districts completed on Friday 6 July 2012 (more than half the polling stations
    # recounted). A candidate's share falling from the preliminary to the official count is a revision (López Obrador
    # 31.64% -> 31.59%, Quadri 2.30% -> 2.29%); rising, an update (Peña Nieto 38.15% -> 38.21%, Vázquez Mota 25.40% ->
    # 25.41%). The quick count's range, the vote totals and the margin are other facts.
    PREP, FINAL = "2012-07-02", "2012-07-06"
    names = {
     "pn": "Peña Nieto's share of the vote", "amlo": "López Obrador's share of the vote",
     "jvm": "Vázquez Mota's share of the vote", "quadri": "Quadri's share of the vote",
     "coverage": "polling stations reporting in the preliminary count", "qc_low": "the quick count's low bound for Peña Nieto",
     "qc_high": "the quick count's high bound for Peña Nieto", "margin_pts": "the winning margin in points",
     "pn_votes": "Peña Nieto's votes", "amlo_votes": "López Obrador's votes", "margin": "the winning margin in votes",
     "districts": "electoral districts", "magistrates": "magistrates of the electoral court", "age": "Peña Nieto's age",
     "pri_years": "years the PRI ruled without a break", "pan_years": "years the PAN held the presidency",
     "term": "years of the presidential term",
     # dates
     "election": "election day", "prep_day": "day of the preliminary count", "count_start": "day the official count began",
     "final_day": "day the official count was completed", "ruling": "day the court rejected the challenge",
     "declared": "day the court declared the president-elect", "inauguration": "day of the inauguration",
     "pri_lost": "year the PRI lost power", "prev": "year of the previous close race",
    }
    ms = [
     M(R, "Monday", D, "prep_day", "2012-07-02"),
     M(R, "38.15 percent", N, "pn", 38.15, PREP, cls="pct"),
     M(R, "31.64 percent", N, "amlo", 31.64, PREP, cls="pct"),
     M(R, "25.40 percent", N, "jvm", 25.40, PREP, cls="pct"),
     M(R, "2.30 percent", N, "quadri", 2.30, PREP, cls="pct"),
     M(R, "98.95 percent", N, "coverage", 98.95, PREP, cls="pct"),
     M(R, "Sunday", D, "election", "2012-07-01"),
     M(R, "71 years", N, "pri_years", 71, cls="years"),
     M(R, "2000", D, "pri_lost", "2000"),
     M(R, "37.93 percent", N, "qc_low", 37.93, cls="pct"),
     M(R, "38.55 percent", N, "qc_high", 38.55, cls="pct"),
     M(R, "2006", D, "prev", "2006"),
     M(R, "300 electoral districts", N, "districts", 300),
     M(R, "Wednesday", D, "count_start", "2012-07-04"),
     M(R, "45", N, "age", 45, cls="age"),
     M(R, "Dec. 1", D, "inauguration", "2012-12-01"),
     M(R, "six-year term", N, "term", 6, cls="years"),

     M(K, "Minggu (1/7/2012)", D, "election", "2012-07-01"),
     M(K, "38,15 persen", N, "pn", 38.15, PREP, cls="pct"),
     M(K, "31,46 persen", N, "amlo", 31.46, PREP, cls="pct", planted=True),
     M(K, "25,40 persen", N, "jvm", 25.40, PREP, cls="pct"),
     M(K, "2,30 persen", N, "quadri", 2.30, PREP, cls="pct"),
     M(K, "98,95 persen", N, "coverage", 98.95, PREP, cls="pct"),
     M(K, "Senin (2/7/2012)", D, "prep_day", "2012-07-02"),
     M(K, "71 tahun", N, "pri_years", 71, cls="years"),
     M(K, "2000", D, "pri_lost", "2000"),
     M(K, "45", N, "age", 45, cls="age"),
     M(K, "300 distrik", N, "districts", 300),
     M(K, "Rabu (4/7/2012)", D, "count_start", "2012-07-04"),
     M(K, "1 Desember", D, "inauguration", "2012-12-01"),
     M(K, "enam tahun", N, "term", 6, cls="years"),

     M(T, "Jumat (6/7/2012)", D, "final_day", "2012-07-06"),
     M(T, "38,21 persen", N, "pn", 38.21, FINAL, cls="pct"),
     M(T, "31,59 persen", N, "amlo", 31.59, FINAL, cls="pct"),
     M(T, "25,41 persen", N, "jvm", 25.41, FINAL, cls="pct"),
     M(T, "2,29 persen", N, "quadri", 2.29, FINAL, cls="pct"),
     M(T, "19.226.784 suara", N, "pn_votes", 19226784, FINAL, cls="votes"),
     M(T, "sekitar 3,3 juta suara", N, "margin", 3300000, FINAL, qual="approx", cls="votes"),
     M(T, "15.896.999 suara", N, "amlo_votes", 15896999, FINAL, cls="votes"),
     M(T, "31,64 persen", N, "amlo", 31.64, PREP, cls="pct"),
     M(T, "38,15 persen", N, "pn", 38.15, PREP, cls="pct"),
     M(T, "hampir tujuh poin", N, "margin_pts", 7, FINAL, qual="nearly", cls="pct"),

     M(P, "Friday", D, "declared", "2012-08-31"),
     M(P, "seven magistrates", N, "magistrates", 7),
     M(P, "July 1", D, "election", "2012-07-01"),
     M(P, "Thursday", D, "ruling", "2012-08-30"),
     M(P, "38.12 percent", N, "pn", 38.12, FINAL, cls="pct", planted=True),
     M(P, "31.59 percent", N, "amlo", 31.59, FINAL, cls="pct"),
     M(P, "about 3.3 million votes", N, "margin", 3300000, FINAL, qual="approx", cls="votes"),
     M(P, "July 6", D, "final_day", "2012-07-06"),
     M(P, "12 years", N, "pan_years", 12, cls="years"),
     M(P, "25.41 percent", N, "jvm", 25.41, FINAL, cls="pct"),
     M(P, "Dec. 1", D, "inauguration", "2012-12-01"),
     M(P, "71 years", N, "pri_years", 71, cls="years"),
     M(P, "2000", D, "pri_lost", "2000"),
    ]
    build("pena-nieto-count-2012", "Mexico's presidential election of Sunday 1 July 2012 in two counts and a court "
          "ruling: the preliminary count with 98.95% of polling stations in on Monday 2 July (Peña Nieto 38.15%, López "
          "Obrador 31.64%, Vázquez Mota 25.40%, Quadri 2.30%), the official count of the 300 districts completed on "
          "Friday 6 July (38.21%, 31.59%, 25.41%, 2.29%; 19,226,784 and 15,896,999 votes, a margin of about 3.3 "
          "million), the electoral court's unanimous rejection of the challenge on Thursday 30 August and its "
          "declaration of the president-elect on Friday 31 August 2012; the inauguration on 1 December", False, ms, names)


def budget():
    R, K, C, A = "reuters-mar22", "kontan-mar23", "cbc-mar24", "antara-mar25"
    names = {
     "def1617": "deficit for 2016-17 (C$ billion)", "def1718": "deficit for 2017-18 (C$ billion)",
     "risk": "yearly allowance for risk (C$ billion)", "pledge": "the campaign's deficit ceiling (C$ billion)",
     "infra": "infrastructure plan (C$ billion)", "infra_years": "years of the infrastructure plan",
     "phase1": "the infrastructure plan's first phase (C$ billion)", "phase1_years": "years of the first phase",
     "indig": "money for Indigenous communities (C$ billion)", "indig_years": "years of the money for Indigenous communities",
     "ccb_u6": "child benefit for a child under six (C$ a year)", "ccb_6_17": "child benefit for a child aged 6-17 (C$ a year)",
     "gis": "top-up for the poorest single seniors (C$ a year)", "oas_age": "age of eligibility for Old Age Security",
     "oas_old": "the age the previous government planned", "ei_old": "weeks of the old employment insurance wait",
     # dates
     "budget_day": "day of the budget", "election": "day of the last election", "ccb_start": "month the child benefit starts",
     "ei_start": "day the shorter wait starts",
    }
    ms = [
     M(R, "C$29.4 billion", N, "def1617", 29.4, cls="bn"),
     M(R, "C$29.0 billion", N, "def1718", 29.0, cls="bn"),
     M(R, "Tuesday", D, "budget_day", "2016-03-22"),
     M(R, "C$6 billion", N, "risk", 6, cls="bn"),
     M(R, "C$10 billion", N, "pledge", 10, cls="bn"),
     M(R, "Oct. 19, 2015", D, "election", "2015-10-19"),
     M(R, "C$120 billion", N, "infra", 120, cls="bn"),
     M(R, "10 years", N, "infra_years", 10, cls="dur"),
     M(R, "C$11.9 billion", N, "phase1", 11.9, cls="bn"),
     M(R, "five years", N, "phase1_years", 5, cls="dur"),
     M(R, "July", D, "ccb_start", "2016-07"),
     M(R, "C$6,400", N, "ccb_u6", 6400, cls="cad"),
     M(R, "C$5,400", N, "ccb_6_17", 5400, cls="cad"),
     M(R, "C$8.4 billion", N, "indig", 8.4, cls="bn"),
     M(R, "five years", N, "indig_years", 5, cls="dur", occ=2),
     M(R, "C$947", N, "gis", 947, cls="cad"),
     M(R, "67", N, "oas_old", 67, cls="age"),
     M(R, "65", N, "oas_age", 65, cls="age"),
     M(R, "two weeks", N, "ei_old", 2, cls="weeks"),
     M(R, "Jan. 1, 2017", D, "ei_start", "2017-01-01"),

     M(K, "29,4 miliar dolar Kanada", N, "def1617", 29.4, cls="bn"),
     M(K, "29,0 miliar dolar Kanada", N, "def1718", 29.0, cls="bn"),
     M(K, "Selasa (22/3/2016)", D, "budget_day", "2016-03-22"),
     M(K, "6 miliar dolar Kanada", N, "risk", 6, cls="bn"),
     M(K, "19 Oktober 2015", D, "election", "2015-10-19"),
     M(K, "10 miliar dolar Kanada", N, "pledge", 10, cls="bn"),
     M(K, "120 miliar dolar Kanada", N, "infra", 120, cls="bn"),
     M(K, "10 tahun", N, "infra_years", 10, cls="dur"),
     M(K, "11,9 miliar dolar Kanada", N, "phase1", 11.9, cls="bn"),
     M(K, "lima tahun", N, "phase1_years", 5, cls="dur"),
     M(K, "Juli", D, "ccb_start", "2016-07"),
     M(K, "6.400 dolar Kanada", N, "ccb_u6", 6400, cls="cad"),
     M(K, "5.400 dolar Kanada", N, "ccb_6_17", 5400, cls="cad"),
     M(K, "8,4 miliar dolar Kanada", N, "indig", 8.4, cls="bn"),
     M(K, "lima tahun", N, "indig_years", 5, cls="dur", occ=2),

     M(C, "Tuesday", D, "budget_day", "2016-03-22"),
     M(C, "$29.4 billion", N, "def1617", 29.4, cls="bn"),
     M(C, "July", D, "ccb_start", "2016-07"),
     M(C, "$6,400", N, "ccb_u6", 6400, cls="cad"),
     M(C, "$5,400", N, "ccb_6_17", 5400, cls="cad"),
     M(C, "$947", N, "gis", 947, cls="cad"),
     M(C, "65", N, "oas_age", 65, cls="age"),
     M(C, "67", N, "oas_old", 67, cls="age"),
     M(C, "Jan. 1, 2017", D, "ei_start", "2017-01-01"),
     M(C, "$11.9 billion", N, "phase1", 11.9, cls="bn"),
     M(C, "five years", N, "phase1_years", 5, cls="dur"),
     M(C, "$120 billion", N, "infra", 120, cls="bn"),
     M(C, "10 years", N, "infra_years", 10, cls="dur"),
     M(C, "$8.4 billion", N, "indig", 8.4, cls="bn"),
     M(C, "five years", N, "indig_years", 5, cls="dur", occ=2),
     M(C, "$29.0 billion", N, "def1718", 29.0, cls="bn"),
     M(C, "$6-billion", N, "risk", 6, cls="bn"),
     M(C, "$10 billion", N, "pledge", 10, cls="bn"),

     M(A, "Selasa (22/3/2016)", D, "budget_day", "2016-03-22"),
     M(A, "hampir 30 miliar dolar Kanada", N, "def1617", 30, qual="nearly", cls="bn"),
     M(A, "29,0 miliar dolar Kanada", N, "def1718", 29.0, cls="bn"),
     M(A, "6 miliar dolar Kanada", N, "risk", 6, cls="bn"),
     M(A, "6.400 dolar Kanada", N, "ccb_u6", 6400, cls="cad"),
     M(A, "5.400 dolar Kanada", N, "ccb_6_17", 5400, cls="cad"),
     M(A, "947 dolar Kanada", N, "gis", 947, cls="cad"),
     M(A, "65 tahun", N, "oas_age", 65, cls="age"),
     M(A, "67 tahun", N, "oas_old", 67, cls="age"),
     M(A, "dua pekan", N, "ei_old", 2, cls="weeks"),
     M(A, "1 Januari 2017", D, "ei_start", "2017-01-01"),
     M(A, "11,9 miliar dolar Kanada", N, "phase1", 11.9, cls="bn"),
     M(A, "lima tahun", N, "phase1_years", 5, cls="dur"),
     M(A, "120 miliar dolar Kanada", N, "infra", 120, cls="bn"),
     M(A, "10 tahun", N, "infra_years", 10, cls="dur"),
     M(A, "8,4 miliar dolar Kanada", N, "indig", 8.4, cls="bn"),
     M(A, "lima tahun", N, "indig_years", 5, cls="dur", occ=2),
     M(A, "10 miliar dolar Kanada", N, "pledge", 10, cls="bn"),
    ]
    build("morneau-budget-2016", "Canada's federal budget of Tuesday 22 March 2016, the Finance Minister Bill Morneau's "
          "first (control): a deficit of C$29.4 billion for 2016-17 and C$29.0 billion for 2017-18, each with C$6 "
          "billion a year for risk, against the campaign's ceiling of C$10 billion; C$11.9 billion over five years as "
          "the first phase of C$120 billion over 10 years for infrastructure; the Canada Child Benefit from July (up to "
          "C$6,400 for a child under six, C$5,400 for ages six to 17); C$8.4 billion over five years for Indigenous "
          "communities; up to C$947 a year more for the poorest single seniors; Old Age Security kept at 65 instead of "
          "67; the employment insurance wait cut from two weeks to one from 1 January 2017. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    mosque()
    election()
    budget()
