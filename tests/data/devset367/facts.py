"""The three-hundred-and-sixty-seventh development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset367/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def luzon_quake():
    R, K, T, A = "reuters-jul17", "kompas-jul19", "antara-jul28", "ap-aug10"
    # as-of times of the running tallies: Tuesday 17 July 1990 at 17:00 (at least 270 dead, more than 1,000
    # injured), Wednesday 18 July at night (1,014 dead), Friday 27 July (1,666 dead, more than 3,000 injured) and the
    # lowered count of Friday 10 August (1,621 dead after double counts were removed: a revision; more than 3,000
    # injured). The magnitude is two sources' measures: the U.S. Geological Survey's 7.7 against the Philippine
    # institute's 7.8 (sources).
    TUE, WED, JUL27, AUG10 = "1990-07-17", "1990-07-18", "1990-07-27", "1990-08-10"
    USGS, PH = "the U.S. Geological Survey", "the Philippine Institute of Volcanology and Seismology"
    names = {
     "dead": "people killed by the earthquake", "injured": "people injured", "mag": "the quake's magnitude",
     "rupture": "length of the rupture (km)",
     # dates
     "quake": "day of the earthquake", "count_tue": "day of the count of at least 270",
     "count_wed": "day of the count of 1,014", "count_jul27": "day of the count of 1,666",
     "lowered": "day the toll was lowered to 1,621",
    }
    ms = [
     M(R, "At least 270 people", N, "dead", 270, TUE, qual="atleast"),
     M(R, "Tuesday", D, "count_tue", "1990-07-17"),
     M(R, "Monday", D, "quake", "1990-07-16"),
     M(R, "7.7", N, "mag", 7.7, cls="mag", src=USGS),
     M(R, "7.8", N, "mag", 7.8, cls="mag", src=PH),
     M(R, "More than 1,000 people", N, "injured", 1000, TUE, qual="morethan"),

     M(K, "1.014 orang", N, "dead", 1014, WED),
     M(K, "Rabu (18/7/1990)", D, "count_wed", "1990-07-18"),
     M(K, "Selasa (17/7/1990)", D, "count_tue", "1990-07-17"),
     M(K, "207 orang", N, "dead", 207, TUE, planted=True),
     M(K, "7,8", N, "mag", 7.8, cls="mag", src=PH),
     M(K, "Senin (16/7/1990)", D, "quake", "1990-07-16"),

     M(T, "1.666 orang", N, "dead", 1666, JUL27),
     M(T, "Jumat (27/7/1990)", D, "count_jul27", "1990-07-27"),
     M(T, "lebih dari 3.000 orang", N, "injured", 3000, JUL27, qual="morethan"),
     M(T, "Minggu (15/7/1990)", D, "quake", "1990-07-15", planted=True),
     M(T, "7,7", N, "mag", 7.7, cls="mag", src=USGS),
     M(T, "7,8", N, "mag", 7.8, cls="mag", src=PH),

     M(A, "Friday", D, "lowered", "1990-08-10"),
     M(A, "1,621", N, "dead", 1621, AUG10),
     M(A, "1,666", N, "dead", 1666, JUL27),
     M(A, "late July", D, "count_jul27", "1990-07"),
     M(A, "More than 3,000 people", N, "injured", 3000, AUG10, qual="morethan"),
     M(A, "Monday, July 16", D, "quake", "1990-07-16"),
     M(A, "magnitude 7.8", N, "mag", 7.8, cls="mag", src=PH),
     M(A, "more than 100 kilometers", N, "rupture", 100, cls="km", qual="morethan"),
    ]
    build("luzon-quake-1990", "The Luzon earthquake in the Philippines (Monday 16 July 1990), its epicentre near Rizal "
          "in Nueva Ecija, the Hyatt Terrace Plaza hotel in Baguio and the Philippine Christian College in Cabanatuan "
          "collapsed: at least 270 dead as of Tuesday 17 July at 17:00, 1,014 by Wednesday night, 1,666 by Friday 27 "
          "July, lowered to 1,621 on Friday 10 August after double counts were removed (a revision); more than 1,000 "
          "injured on the first day, more than 3,000 later; magnitude 7.7 by the U.S. Geological Survey against 7.8 by "
          "the Philippine Institute of Volcanology and Seismology (sources)", False, ms, names)


def assembly():
    R, K, T, V = "reuters-may23", "kompas-may24", "antara-jun09", "vietnamnews-jul26"
    # as-of times: the National Election Council's provisional turnout of Monday 23 May 2016 (more than 99%) and the
    # official result announced on Wednesday 8 June 2016 (99.35%: an update). 496 candidates won and 494 were
    # confirmed (two facts). The vote (Sunday 22 May), the council's announcement (8 June), the assembly's first
    # session (20 July), the chairwoman's election (22 July) and the president's (Monday 25 July) are different steps.
    PRELIM, FINAL = "2016-05-23", "2016-06-08"
    names = {
     "candidates": "candidates on the ballot", "seats": "seats in the National Assembly",
     "voters": "registered voters", "turnout": "turnout", "provinces": "provinces and cities",
     "days": "days within which the result is due", "term": "years of a deputy's term",
     "elected": "candidates who won", "confirmed": "deputies confirmed", "rejected": "winners not confirmed",
     "nonparty": "deputies who are not party members", "self_won": "self-nominated candidates who won",
     # dates
     "vote": "day of the vote", "prelim_day": "day the provisional turnout was given",
     "result_day": "day the official result was announced", "session": "day the first session opened",
     "chair_day": "day the chairwoman was elected", "president_day": "day the president was elected",
    }
    ms = [
     M(R, "Sunday", D, "vote", "2016-05-22"),
     M(R, "870 candidates", N, "candidates", 870, cls="deputies"),
     M(R, "500 seats", N, "seats", 500, cls="deputies"),
     M(R, "More than 67 million people", N, "voters", 67000000, qual="morethan"),
     M(R, "Monday", D, "prelim_day", "2016-05-23"),
     M(R, "more than 99 percent", N, "turnout", 99, PRELIM, qual="morethan", cls="pct"),
     M(R, "20 days", N, "days", 20, cls="dur"),
     M(R, "63 provinces", N, "provinces", 63, cls="prov"),
     M(R, "five-year terms", N, "term", 5, cls="dur"),

     M(K, "Minggu (23/5/2016)", D, "vote", "2016-05-23", planted=True),
     M(K, "870 calon", N, "candidates", 870, cls="deputies"),
     M(K, "500 kursi", N, "seats", 500, cls="deputies"),
     M(K, "Lebih dari 67 juta warga", N, "voters", 67000000, qual="morethan"),
     M(K, "63 provinsi", N, "provinces", 63, cls="prov"),
     M(K, "lebih dari 99 persen", N, "turnout", 99, PRELIM, qual="morethan", cls="pct"),
     M(K, "20 hari", N, "days", 20, cls="dur"),
     M(K, "lima tahun", N, "term", 5, cls="dur"),

     M(T, "Rabu (8/6/2016)", D, "result_day", "2016-06-08"),
     M(T, "496 calon", N, "elected", 496, cls="deputies"),
     M(T, "22 Mei", D, "vote", "2016-05-22"),
     M(T, "494 orang", N, "confirmed", 494, cls="deputies"),
     M(T, "dua pemenang", N, "rejected", 2, cls="deputies"),
     M(T, "99,35 persen", N, "turnout", 99.35, FINAL, cls="pct"),
     M(T, "lebih dari 67 juta pemilih", N, "voters", 67000000, qual="morethan"),
     M(T, "21 anggota", N, "nonparty", 21, cls="deputies"),
     M(T, "870 calon", N, "candidates", 870, cls="deputies"),
     M(T, "dua calon", N, "self_won", 2, cls="deputies"),
     M(T, "Juli", D, "session", "2016-07"),

     M(V, "Monday", D, "president_day", "2016-07-25"),
     M(V, "July 20", D, "session", "2016-07-20"),
     M(V, "494 deputies", N, "confirmed", 494, cls="deputies"),
     M(V, "May 22", D, "vote", "2016-05-22"),
     M(V, "July 22", D, "chair_day", "2016-07-22"),
     M(V, "807 candidates", N, "candidates", 807, cls="deputies", planted=True),
     M(V, "500 seats", N, "seats", 500, cls="deputies"),
     M(V, "99.35 per cent", N, "turnout", 99.35, FINAL, cls="pct"),
     M(V, "21", N, "nonparty", 21, cls="deputies"),
    ]
    build("vn-assembly-2016", "Vietnam's National Assembly election of Sunday 22 May 2016: 870 candidates for 500 "
          "seats, more than 67 million voters in 63 provinces and cities; the National Election Council's provisional "
          "turnout of more than 99% (Monday 23 May) and the official 99.35% announced on Wednesday 8 June 2016 with 496 "
          "winners, 494 of them confirmed (Trinh Xuan Thanh among the two not confirmed), 21 not party members; the "
          "new assembly's first session on 20 July, Nguyen Thi Kim Ngan re-elected chairwoman on 22 July and Tran Dai "
          "Quang elected State President on Monday 25 July 2016", False, ms, names)


def census():
    R, V, K, T = "reuters-jul12", "vietnamnews-jul11", "kompas-jul13", "antara-jul15"
    names = {
     "pop": "population on 1 April 2019", "increase": "population increase over ten years",
     "rate": "average yearly growth 2009-2019 (%)", "rate_prev": "average yearly growth 1999-2009 (%)",
     "men": "men", "women": "women", "households": "households", "urban": "urban population",
     "urban_pct": "urban share of the population (%)", "density": "people per square kilometre",
     "decade": "years between the censuses", "rank": "world rank by population",
     # dates
     "ref": "the census's reference day", "release": "day the results were released",
    }
    ms = [
     M(R, "96.2 million", N, "pop", 96200000, qual="approx", cls="people"),
     M(R, "April 1", D, "ref", "2019-04-01"),
     M(R, "Thursday", D, "release", "2019-07-11"),
     M(R, "15th", N, "rank", 15, cls="rank"),
     M(R, "10.4 million", N, "increase", 10400000, cls="people"),
     M(R, "1.14 percent", N, "rate", 1.14, cls="pct"),
     M(R, "1.18 percent", N, "rate_prev", 1.18, cls="pct"),
     M(R, "48,327,923", N, "women", 48327923, cls="people"),
     M(R, "47,881,061", N, "men", 47881061, cls="people"),
     M(R, "34.4 percent", N, "urban_pct", 34.4, cls="pct"),
     M(R, "26,870,079 households", N, "households", 26870079, cls="people"),
     M(R, "290 people", N, "density", 290, cls="density"),

     M(V, "96,208,984 people", N, "pop", 96208984, cls="people"),
     M(V, "April 1, 2019", D, "ref", "2019-04-01"),
     M(V, "Thursday", D, "release", "2019-07-11"),
     M(V, "10.4 million people", N, "increase", 10400000, cls="people"),
     M(V, "ten years", N, "decade", 10, cls="dur"),
     M(V, "1.14 per cent", N, "rate", 1.14, cls="pct"),
     M(V, "1.18 per cent", N, "rate_prev", 1.18, cls="pct"),
     M(V, "47,881,061", N, "men", 47881061, cls="people"),
     M(V, "48,327,923", N, "women", 48327923, cls="people"),
     M(V, "26,870,079 households", N, "households", 26870079, cls="people"),
     M(V, "33,122,548 people", N, "urban", 33122548, cls="people"),
     M(V, "34.4 per cent", N, "urban_pct", 34.4, cls="pct"),
     M(V, "290 people", N, "density", 290, cls="density"),
     M(V, "15th", N, "rank", 15, cls="rank"),

     M(K, "96.208.984 jiwa", N, "pop", 96208984, cls="people"),
     M(K, "1 April 2019", D, "ref", "2019-04-01"),
     M(K, "Kamis (11/7/2019)", D, "release", "2019-07-11"),
     M(K, "sepuluh tahun", N, "decade", 10, cls="dur"),
     M(K, "10,4 juta jiwa", N, "increase", 10400000, cls="people"),
     M(K, "1,14 persen", N, "rate", 1.14, cls="pct"),
     M(K, "1,18 persen", N, "rate_prev", 1.18, cls="pct"),
     M(K, "48.327.923 jiwa", N, "women", 48327923, cls="people"),
     M(K, "47.881.061 jiwa", N, "men", 47881061, cls="people"),
     M(K, "33.122.548 orang", N, "urban", 33122548, cls="people"),
     M(K, "34,4 persen", N, "urban_pct", 34.4, cls="pct"),
     M(K, "26.870.079", N, "households", 26870079, cls="people"),
     M(K, "290 jiwa", N, "density", 290, cls="density"),
     M(K, "ke-15", N, "rank", 15, cls="rank"),

     M(T, "96,2 juta jiwa", N, "pop", 96200000, qual="approx", cls="people"),
     M(T, "1 April 2019", D, "ref", "2019-04-01"),
     M(T, "Kamis lalu", D, "release", "2019-07-11"),
     M(T, "10,4 juta jiwa", N, "increase", 10400000, cls="people"),
     M(T, "sepuluh tahun", N, "decade", 10, cls="dur"),
     M(T, "1,14 persen", N, "rate", 1.14, cls="pct"),
     M(T, "1,18 persen", N, "rate_prev", 1.18, cls="pct"),
     M(T, "47.881.061 jiwa", N, "men", 47881061, cls="people"),
     M(T, "48.327.923 jiwa", N, "women", 48327923, cls="people"),
     M(T, "34,4 persen", N, "urban_pct", 34.4, cls="pct"),
     M(T, "26.870.079 rumah tangga", N, "households", 26870079, cls="people"),
     M(T, "290 jiwa", N, "density", 290, cls="density"),
     M(T, "ke-15", N, "rank", 15, cls="rank"),
    ]
    build("vn-census-2019", "Vietnam's 2019 population and housing census, preliminary results released on Thursday 11 "
          "July 2019 (control): 96,208,984 people on 1 April 2019 (96.2 million), 10.4 million more in ten years, "
          "average growth of 1.14% a year against 1.18% in the decade before; 47,881,061 men and 48,327,923 women; "
          "26,870,079 households; 33,122,548 urban residents (34.4%); 290 people per square kilometre; the world's "
          "15th most populous country. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    luzon_quake()
    assembly()
    census()
