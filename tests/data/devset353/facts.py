"""The three-hundred-and-fifty-third development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset353/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def hotel_new_world():
    R, K, A, T = "reuters-mar16", "kompas-mar19", "ap-mar22", "tempo-apr08"
    # as-of times of the running tallies: Saturday 15 March 1986 (the police's first estimate of about 60 people
    # inside), midday on Sunday 16 March (4 dead, 11 rescued), Tuesday 18 March (15 dead, 17 rescued, 50 inside by the
    # police's revised estimate, 18 still missing), the end of the search on Friday 21 March (33 dead, 17 rescued, 50
    # inside). The dead and the rescued do not fall; the people inside is an estimate revised down (about 60 -> 50),
    # a revision, not a tally that may fall.
    SAT, SUN, TUE, FINAL = "1986-03-15", "1986-03-16", "1986-03-18", "1986-03-21"
    names = {
     "dead": "people killed in the collapse", "rescued": "people pulled out alive",
     "inside": "people inside the building when it fell", "missing": "people still missing",
     # dates
     "collapse": "day of the collapse", "estimate_day": "day of the police's first estimate",
     "count_sun": "day of the Sunday count", "count_tue": "day of the Tuesday count",
     "search_end": "day the search ended", "hearing": "day the commission of inquiry opened",
    }
    ms = [
     M(R, "Saturday", D, "collapse", "1986-03-15"),
     M(R, "Saturday", D, "estimate_day", "1986-03-15", occ=2),
     M(R, "about 60 people", N, "inside", 60, SAT, qual="approx"),
     M(R, "Sunday", D, "count_sun", "1986-03-16"),
     M(R, "11 people", N, "rescued", 11, SUN),
     M(R, "four bodies", N, "dead", 4, SUN),

     M(K, "15 orang", N, "dead", 15, TUE),
     M(K, "Selasa (18/3/1986)", D, "count_tue", "1986-03-18"),
     M(K, "17 orang", N, "rescued", 17, TUE),
     M(K, "Sabtu (15/3/1986)", D, "collapse", "1986-03-15"),
     M(K, "50 orang", N, "inside", 50, TUE),
     M(K, "sekitar 60 orang", N, "inside", 60, SAT, qual="approx"),
     M(K, "18 orang", N, "missing", 18, TUE),

     M(A, "Thursday", D, "search_end", "1986-03-20", planted=True),
     M(A, "33", N, "dead", 33, FINAL),
     M(A, "Seventeen people", N, "rescued", 17, FINAL),
     M(A, "50 people", N, "inside", 50, FINAL),
     M(A, "Saturday, March 15", D, "collapse", "1986-03-15"),

     M(T, "Senin (7/4/1986)", D, "hearing", "1986-04-07"),
     M(T, "38 orang", N, "dead", 38, FINAL, planted=True),
     M(T, "15 Maret 1986", D, "collapse", "1986-03-15"),
     M(T, "Jumat (21/3/1986)", D, "search_end", "1986-03-21"),
     M(T, "17 orang", N, "rescued", 17, FINAL),
    ]
    build("hotel-new-world-1986", "The collapse of the Lian Yak Building, home of the Hotel New World, at Serangoon "
          "Road and Owen Road in Singapore (Saturday 15 March 1986): the police's first estimate of about 60 people "
          "inside, revised to 50; 4 dead and 11 rescued by midday on Sunday 16 March, 15 dead and 17 rescued by "
          "Tuesday 18 March, 33 dead and 17 rescued when the search ended on Friday 21 March; the commission of "
          "inquiry under Justice Lai Kew Chai opening its hearings on Monday 7 April 1986", False, ms, names)


def santika():
    R, K, T, A = "reuters-jan01", "kompas-jan03", "antara-jan09", "ap-sep21"
    # as-of times: Thursday 1 January 2009 (the day of the fire: 59 dead, more than 200 injured), Friday 2 January
    # (61 dead; 212 injured by the public health ministry's count), Thursday 8 January (64 dead; 232 injured by the
    # police's count: sources against the ministry's), the sentence of Wednesday 21 September 2011 (66 dead in all, more than 200 hurt). The dead
    # do not fall.
    JAN1, JAN2, JAN8, FINAL = "2009-01-01", "2009-01-02", "2009-01-08", "2011-09-21"
    HEALTH, POLICE = "Thailand's public health ministry", "the Thai police"
    names = {
     "dead": "people killed in the fire", "injured": "people injured in the fire", "crowd": "people inside the club",
     "hospitals": "hospitals receiving the injured", "prison": "years of prison for the owner",
     # dates
     "fire": "day of the fire", "count_first": "day of the first count", "count_fri": "day of the count of 61",
     "count_jan8": "day of the count of 64", "charge": "day the owner was charged", "sentence": "day of the sentence",
    }
    ms = [
     M(R, "Thursday", D, "fire", "2009-01-01"),
     M(R, "59 people", N, "dead", 59, JAN1),
     M(R, "more than 200", N, "injured", 200, JAN1, qual="morethan"),
     M(R, "About 1,000 people", N, "crowd", 1000, qual="approx"),
     M(R, "at least nine hospitals", N, "hospitals", 9, qual="atleast"),

     M(K, "61 orang", N, "dead", 61, JAN2),
     M(K, "Jumat (2/1/2009)", D, "count_fri", "2009-01-02"),
     M(K, "Kamis (1/1/2009)", D, "count_first", "2009-01-01"),
     M(K, "58 orang", N, "dead", 58, JAN1, planted=True),
     M(K, "212 korban luka", N, "injured", 212, JAN2, src=HEALTH),

     M(T, "64 orang", N, "dead", 64, JAN8),
     M(T, "232 orang", N, "injured", 232, JAN8, src=POLICE),
     M(T, "Kamis (8/1/2009)", D, "count_jan8", "2009-01-08"),
     M(T, "Selasa (6/1/2009)", D, "charge", "2009-01-06", planted=True),
     M(T, "Kamis (1/1/2009)", D, "fire", "2009-01-01"),

     M(A, "Wednesday", D, "sentence", "2011-09-21"),
     M(A, "66 people", N, "dead", 66, FINAL),
     M(A, "three years", N, "prison", 3, cls="dur"),
     M(A, "Jan. 1, 2009", D, "fire", "2009-01-01"),
     M(A, "Jan. 5, 2009", D, "charge", "2009-01-05"),
     M(A, "59", N, "dead", 59, JAN1),
     M(A, "More than 200 people", N, "injured", 200, FINAL, qual="morethan"),
    ]
    build("santika-fire-2009", "The fire at the Santika pub in Bangkok in the first minutes of Thursday 1 January "
          "2009: 59 dead and more than 200 injured on the first day, 61 dead by Friday 2 January (212 injured by the "
          "public health ministry's count), 64 by Thursday 8 January (232 injured by the police's count), "
          "66 in all; the owner charged on Monday 5 January 2009 and sentenced to three years in prison on Wednesday 21 September 2011",
          False, ms, names)


def budget():
    R, K, T, S = "reuters-feb19", "kompas-feb20", "antara-feb21", "straitstimes-feb22"
    names = {
     "gst_new": "the new GST rate (%)", "gst_old": "the current GST rate (%)", "surplus": "surplus for FY2017 (S$ bn)",
     "bonus": "the SG Bonus per person (S$)", "bonus_age": "age from which the bonus is paid",
     "bonus_cost": "cost of the bonus (S$ million)", "recipients": "people receiving the bonus",
     "carbon": "the carbon tax per tonne (S$)", "carbon_floor": "tonnes a year from which the carbon tax applies",
     "bsd": "the top buyer's stamp duty rate (%)", "bsd_floor": "value above which the top rate applies (S$)",
     # dates
     "budget_day": "day of the budget", "gst_from": "first year the GST rise may come",
     "gst_by": "last year the GST rise may come", "carbon_start": "year the carbon tax starts",
     "bsd_start": "day the stamp duty rise takes effect", "digital": "day GST on imported digital services starts",
    }
    ms = [
     M(R, "9 percent", N, "gst_new", 9, cls="pct"),
     M(R, "7 percent", N, "gst_old", 7, cls="pct"),
     M(R, "2021", D, "gst_from", "2021"),
     M(R, "2025", D, "gst_by", "2025"),
     M(R, "Monday", D, "budget_day", "2018-02-19"),
     M(R, "S$9.6 billion", N, "surplus", 9.6, cls="bn"),
     M(R, "aged 21", N, "bonus_age", 21, cls="age"),
     M(R, "S$300", N, "bonus", 300, cls="sgd"),
     M(R, "about S$700 million", N, "bonus_cost", 700, qual="approx", cls="mn"),
     M(R, "some 2.7 million people", N, "recipients", 2700000, qual="approx"),
     M(R, "S$5 per tonne", N, "carbon", 5, cls="sgd"),
     M(R, "2019", D, "carbon_start", "2019"),
     M(R, "25,000 tonnes", N, "carbon_floor", 25000, cls="t"),
     M(R, "4 percent", N, "bsd", 4, cls="pct"),
     M(R, "S$1 million", N, "bsd_floor", 1000000, cls="sgd"),
     M(R, "Feb. 20", D, "bsd_start", "2018-02-20"),
     M(R, "Jan. 1, 2020", D, "digital", "2020-01-01"),

     M(K, "7 persen", N, "gst_old", 7, cls="pct"),
     M(K, "9 persen", N, "gst_new", 9, cls="pct"),
     M(K, "2021", D, "gst_from", "2021"),
     M(K, "2025", D, "gst_by", "2025"),
     M(K, "Senin (19/2/2018)", D, "budget_day", "2018-02-19"),
     M(K, "9,6 miliar dolar Singapura", N, "surplus", 9.6, cls="bn"),
     M(K, "300 dolar Singapura", N, "bonus", 300, cls="sgd"),
     M(K, "21 tahun", N, "bonus_age", 21, cls="age"),
     M(K, "sekitar 700 juta dolar Singapura", N, "bonus_cost", 700, qual="approx", cls="mn"),
     M(K, "2019", D, "carbon_start", "2019"),
     M(K, "5 dolar Singapura per ton", N, "carbon", 5, cls="sgd"),
     M(K, "25.000 ton", N, "carbon_floor", 25000, cls="t"),
     M(K, "4 persen", N, "bsd", 4, cls="pct"),
     M(K, "1 juta dolar Singapura", N, "bsd_floor", 1000000, cls="sgd"),
     M(K, "1 Januari 2020", D, "digital", "2020-01-01"),

     M(T, "Sekitar 2,7 juta warga", N, "recipients", 2700000, qual="approx"),
     M(T, "21 tahun", N, "bonus_age", 21, cls="age"),
     M(T, "300 dolar Singapura", N, "bonus", 300, cls="sgd"),
     M(T, "Senin lalu", D, "budget_day", "2018-02-19"),
     M(T, "sekitar 700 juta dolar Singapura", N, "bonus_cost", 700, qual="approx", cls="mn"),
     M(T, "hampir 10 miliar dolar Singapura", N, "surplus", 10, qual="nearly", cls="bn"),
     M(T, "7 persen", N, "gst_old", 7, cls="pct"),
     M(T, "9 persen", N, "gst_new", 9, cls="pct"),
     M(T, "2021", D, "gst_from", "2021"),
     M(T, "2025", D, "gst_by", "2025"),
     M(T, "5 dolar Singapura per ton", N, "carbon", 5, cls="sgd"),
     M(T, "2019", D, "carbon_start", "2019"),
     M(T, "25.000 ton", N, "carbon_floor", 25000, cls="t"),
     M(T, "1 juta dolar Singapura", N, "bsd_floor", 1000000, cls="sgd"),
     M(T, "4 persen", N, "bsd", 4, cls="pct"),
     M(T, "1 Januari 2020", D, "digital", "2020-01-01"),

     M(S, "Monday", D, "budget_day", "2018-02-19"),
     M(S, "7 per cent", N, "gst_old", 7, cls="pct"),
     M(S, "9 per cent", N, "gst_new", 9, cls="pct"),
     M(S, "2021", D, "gst_from", "2021"),
     M(S, "2025", D, "gst_by", "2025"),
     M(S, "S$9.6 billion", N, "surplus", 9.6, cls="bn"),
     M(S, "Some 2.7 million Singaporeans", N, "recipients", 2700000, qual="approx"),
     M(S, "aged 21", N, "bonus_age", 21, cls="age"),
     M(S, "S$300", N, "bonus", 300, cls="sgd"),
     M(S, "about S$700 million", N, "bonus_cost", 700, qual="approx", cls="mn"),
     M(S, "25,000 tonnes", N, "carbon_floor", 25000, cls="t"),
     M(S, "S$5 a tonne", N, "carbon", 5, cls="sgd"),
     M(S, "2019", D, "carbon_start", "2019"),
     M(S, "4 per cent", N, "bsd", 4, cls="pct"),
     M(S, "S$1 million", N, "bsd_floor", 1000000, cls="sgd"),
     M(S, "Jan 1, 2020", D, "digital", "2020-01-01"),
    ]
    build("sg-bonus-budget-2018", "Singapore's budget of Monday 19 February 2018 (control): the GST to rise from 7% "
          "to 9% at some time between 2021 and 2025; a surplus of S$9.6 billion for FY2017; a one-off SG Bonus of up "
          "to S$300 for Singaporeans aged 21 and above, about 2.7 million people, at a cost of about S$700 million; a "
          "carbon tax of S$5 a tonne from 2019 on facilities emitting 25,000 tonnes or more a year; the top buyer's "
          "stamp duty rate raised to 4% on the part of a home's value above S$1 million from 20 February 2018; GST on "
          "imported digital services from 1 January 2020. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    hotel_new_world()
    santika()
    budget()
