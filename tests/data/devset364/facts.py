"""The three-hundred-and-sixty-fourth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset364/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def halemba():
    R, K, T, A = "reuters-nov21", "kompas-nov22", "antara-nov23", "ap-dec21"
    # as-of times of the running tallies: late on Tuesday 21 November 2006 (8 bodies, 15 missing), Wednesday 22
    # November (15 bodies by the operator's count, 16 by the regional mine rescue centre's: sources; 8 missing),
    # Thursday 23 November (all 23 bodies recovered). The missing fall as bodies are found (fall). The team's size,
    # the depth, the mourning's length and the older accidents do not change with the day of the report.
    TUE, WED, THU = "2006-11-21", "2006-11-22", "2006-11-23"
    OPERATOR, RESCUE = "Kompania Weglowa", "the regional mine rescue centre"
    names = {
     "dead": "miners killed", "missing": "miners still missing", "team": "miners in the section at the blast",
     "depth": "depth of the gallery (m)", "dead1990": "miners killed at Halemba in 1990",
     "dead1979": "workers killed in the 1979 blast", "mourning": "days of national mourning",
     # dates
     "blast": "day of the explosion", "count_tue": "day of the count of 8", "count_wed": "day of the count of 15",
     "count_thu": "day the last bodies were recovered", "mourn_start": "first day of the mourning",
     "suspend": "day the mine's director was suspended", "mourn_end": "last day of the mourning",
     "burial": "day of the first funerals", "y1990": "year of the earlier Halemba blast",
     "y1979": "year of the earlier worst blast", "month": "day the families marked a month since the blast",
    }
    ms = [
     M(R, "Tuesday afternoon", D, "blast", "2006-11-21"),
     M(R, "at least eight miners", N, "dead", 8, TUE, qual="atleast"),
     M(R, "8 bodies", N, "dead", 8, TUE),
     M(R, "late on Tuesday night", D, "count_tue", "2006-11-21"),
     M(R, "15 men", N, "missing", 15, TUE, fall=True),
     M(R, "23 miners", N, "team", 23),
     M(R, "more than 1,030 metres", N, "depth", 1030, qual="morethan", cls="m"),
     M(R, "19 miners", N, "dead1990", 19),
     M(R, "1990", D, "y1990", "1990"),

     M(K, "15 orang", N, "dead", 15, WED, src=OPERATOR),
     M(K, "Rabu (22/11/2006)", D, "count_wed", "2006-11-22"),
     M(K, "15 jenazah", N, "dead", 15, WED, src=OPERATOR),
     M(K, "delapan penambang", N, "missing", 8, WED, fall=True),
     M(K, "8 jenazah", N, "dead", 8, TUE),
     M(K, "Selasa tengah malam", D, "count_tue", "2006-11-21"),
     M(K, "Senin (20/11/2006)", D, "blast", "2006-11-20", planted=True),
     M(K, "1.030 meter", N, "depth", 1030, cls="m"),
     M(K, "23 penambang", N, "team", 23),
     M(K, "tiga hari", N, "mourning", 3, cls="dur"),
     M(K, "mulai Rabu", D, "mourn_start", "2006-11-22"),

     M(T, "22 orang", N, "dead", 22, THU, planted=True),
     M(T, "Kamis (23/11/2006)", D, "count_thu", "2006-11-23"),
     M(T, "Selasa (21/11/2006)", D, "blast", "2006-11-21"),
     M(T, "Rabu (22/11/2006)", D, "count_wed", "2006-11-22"),
     M(T, "16 jenazah", N, "dead", 16, WED, src=RESCUE),
     M(T, "lebih dari seribu meter", N, "depth", 1000, qual="morethan", cls="m"),
     M(T, "Kamis pagi", D, "count_thu", "2006-11-23"),
     M(T, "1979", D, "y1979", "1979"),

     M(A, "Thursday", D, "month", "2006-12-21"),
     M(A, "23 miners", N, "dead", 23, THU),
     M(A, "All 23 men", N, "dead", 23, THU),
     M(A, "Tuesday, Nov. 21", D, "blast", "2006-11-21"),
     M(A, "Thursday, Nov. 23", D, "count_thu", "2006-11-23"),
     M(A, "1,030 meters", N, "depth", 1030, cls="m"),
     M(A, "Saturday, Nov. 25", D, "burial", "2006-11-25"),
     M(A, "three days", N, "mourning", 3, cls="dur"),
     M(A, "1979", D, "y1979", "1979"),
     M(A, "34 workers", N, "dead1979", 34),
     M(A, "1990", D, "y1990", "1990"),
     M(A, "19 miners", N, "dead1990", 19),
    ]
    build("halemba-mine-2006", "The methane explosion at the Halemba coal mine in Ruda Slaska, Poland (Tuesday 21 "
          "November 2006): 8 bodies recovered by late on Tuesday (15 missing), 15 by the operator's count and 16 by the "
          "regional mine rescue centre's on Wednesday 22 November (8 missing), all 23 miners of the section dead by "
          "Thursday 23 November; the gallery more than 1,030 m down; three days of national mourning from Wednesday; "
          "the mine's director suspended on Thursday; the first funerals on Saturday 25 November; a month marked on Thursday 21 December; Halemba's 1990 blast "
          "(19 dead) and the 1979 blast (34 dead) as other events", False, ms, names)


def election():
    R, K, T, A = "reuters-oct25", "kompas-oct28", "antara-nov13", "ap-nov16"
    # as-of times: the Ipsos exit poll of election night, Sunday 25 October 2015, and the State Electoral Commission's
    # official result of Tuesday 27 October 2015. A share or seat count lower in the official result is a revision
    # (PiS 39.1% -> 37.58%, 242 -> 235 seats; Kukiz'15 9.0% -> 8.81%; PSL 5.2% -> 5.13%), higher an update (Civic
    # Platform 23.4% -> 24.09%, Nowoczesna 7.1% -> 7.60%, the United Left 6.6% -> 7.55%). Turnout is estimated by
    # Ipsos (51.6%) and counted by the commission (50.92%): two sources. Thresholds and the houses' sizes are no
    # tallies of a night.
    NIGHT, FINAL = "2015-10-25", "2015-10-27"
    IPSOS, PKW = "the Ipsos exit poll", "the State Electoral Commission"
    names = {
     "pis_pct": "PiS's share of the vote", "pis_seats": "PiS's seats in the Sejm",
     "po_pct": "Civic Platform's share of the vote", "po_seats": "Civic Platform's seats",
     "kukiz_pct": "Kukiz'15's share of the vote", "kukiz_seats": "Kukiz'15's seats",
     "n_pct": "Nowoczesna's share of the vote", "n_seats": "Nowoczesna's seats",
     "zl_pct": "the United Left's share of the vote", "psl_pct": "PSL's share of the vote", "psl_seats": "PSL's seats",
     "minority_seats": "the German minority's seats", "coal_thr": "the threshold for coalitions",
     "party_thr": "the threshold for single parties", "sejm": "seats in the Sejm", "senate": "seats in the Senate",
     "senate_pis": "PiS's seats in the Senate", "turnout": "turnout", "age": "Szydlo's age",
     "women": "women to lead a Polish government before and with Szydlo", "benefit": "the promised monthly benefit",
     # dates
     "election": "election day", "official": "day the official result was declared", "y1989": "year communism fell",
     "sitting": "day of the new parliament's first sitting", "sworn": "day the prime minister was sworn in",
    }
    ms = [
     M(R, "Sunday", D, "election", "2015-10-25"),
     M(R, "39.1 percent", N, "pis_pct", 39.1, NIGHT, cls="pct"),
     M(R, "23.4 percent", N, "po_pct", 23.4, NIGHT, cls="pct"),
     M(R, "9.0 percent", N, "kukiz_pct", 9.0, NIGHT, cls="pct"),
     M(R, "7.1 percent", N, "n_pct", 7.1, NIGHT, cls="pct"),
     M(R, "6.6 percent", N, "zl_pct", 6.6, NIGHT, cls="pct"),
     M(R, "8 percent", N, "coal_thr", 8, cls="pct"),
     M(R, "5.2 percent", N, "psl_pct", 5.2, NIGHT, cls="pct"),
     M(R, "5 percent", N, "party_thr", 5, cls="pct"),
     M(R, "242", N, "pis_seats", 242, NIGHT, cls="seats"),
     M(R, "460 seats", N, "sejm", 460, cls="seats"),
     M(R, "1989", D, "y1989", "1989"),
     M(R, "51.6 percent", N, "turnout", 51.6, NIGHT, cls="pct", src=IPSOS),

     M(K, "Selasa (27/10/2015)", D, "official", "2015-10-27"),
     M(K, "37,58 persen", N, "pis_pct", 37.58, FINAL, cls="pct"),
     M(K, "235", N, "pis_seats", 235, FINAL, cls="seats"),
     M(K, "460 kursi", N, "sejm", 460, cls="seats"),
     M(K, "39,1 persen", N, "pis_pct", 39.1, NIGHT, cls="pct"),
     M(K, "242 kursi", N, "pis_seats", 242, NIGHT, cls="seats"),
     M(K, "24,09 persen", N, "po_pct", 24.09, FINAL, cls="pct"),
     M(K, "138 kursi", N, "po_seats", 138, FINAL, cls="seats"),
     M(K, "23,4 persen", N, "po_pct", 23.4, NIGHT, cls="pct"),
     M(K, "8,81 persen", N, "kukiz_pct", 8.81, FINAL, cls="pct"),
     M(K, "42 kursi", N, "kukiz_seats", 42, FINAL, cls="seats"),
     M(K, "7,60 persen", N, "n_pct", 7.60, FINAL, cls="pct"),
     M(K, "28 kursi", N, "n_seats", 28, FINAL, cls="seats"),
     M(K, "5,13 persen", N, "psl_pct", 5.13, FINAL, cls="pct"),
     M(K, "16 kursi", N, "psl_seats", 16, FINAL, cls="seats"),
     M(K, "satu kursi", N, "minority_seats", 1, FINAL, cls="seats"),
     M(K, "7,55 persen", N, "zl_pct", 7.55, FINAL, cls="pct"),
     M(K, "8 persen", N, "coal_thr", 8, cls="pct"),
     M(K, "50,92 persen", N, "turnout", 50.92, FINAL, cls="pct", src=PKW),
     M(K, "61 dari 100 kursi", N, "senate_pis", 61, FINAL, cls="seats"),
     M(K, "Minggu (25/10/2015)", D, "election", "2015-10-25"),

     M(T, "Kamis (12/11/2015)", D, "sitting", "2015-11-12"),
     M(T, "235 dari 460 kursi", N, "pis_seats", 235, FINAL, cls="seats", also={"sejm": 460}),
     M(T, "1989", D, "y1989", "1989"),
     M(T, "25 Oktober", D, "election", "2015-10-25"),
     M(T, "37,58 persen", N, "pis_pct", 37.58, FINAL, cls="pct"),
     M(T, "24,90 persen", N, "po_pct", 24.90, FINAL, cls="pct", planted=True),
     M(T, "138 kursi", N, "po_seats", 138, FINAL, cls="seats"),
     M(T, "100 orang", N, "senate", 100, cls="seats"),
     M(T, "61 kursi", N, "senate_pis", 61, FINAL, cls="seats"),
     M(T, "52 tahun", N, "age", 52, cls="age"),
     M(T, "500 zloty", N, "benefit", 500, cls="zl"),

     M(A, "Monday", D, "sworn", "2015-11-16"),
     M(A, "235", N, "pis_seats", 235, FINAL, cls="seats"),
     M(A, "460 seats", N, "sejm", 460, cls="seats"),
     M(A, "37.58 percent", N, "pis_pct", 37.58, FINAL, cls="pct"),
     M(A, "Oct. 25", D, "election", "2015-10-25"),
     M(A, "24.09 percent", N, "po_pct", 24.09, FINAL, cls="pct"),
     M(A, "138 seats", N, "po_seats", 138, FINAL, cls="seats"),
     M(A, "42 seats", N, "kukiz_seats", 42, FINAL, cls="seats"),
     M(A, "28", N, "n_seats", 28, FINAL, cls="seats"),
     M(A, "Nov. 13", D, "sitting", "2015-11-13", planted=True),
     M(A, "52", N, "age", 52, cls="age"),
     M(A, "500 zlotys", N, "benefit", 500, cls="zl"),
     M(A, "61 of the 100 seats", N, "senate_pis", 61, FINAL, cls="seats", also={"senate": 100}),
     M(A, "50.92 percent", N, "turnout", 50.92, FINAL, cls="pct", src=PKW),
    ]
    build("szydlo-majority-2015", "Poland's parliamentary election of Sunday 25 October 2015: the Ipsos exit poll of "
          "election night (PiS 39.1% and 242 seats projected, Civic Platform 23.4%, Kukiz'15 9.0%, Nowoczesna 7.1%, the "
          "United Left 6.6%, PSL 5.2%, turnout 51.6%) and the State Electoral Commission's official result of Tuesday "
          "27 October 2015 (PiS 37.58% and 235 of 460 seats, Civic Platform 24.09% and 138, Kukiz'15 8.81% and 42, "
          "Nowoczesna 7.60% and 28, PSL 5.13% and 16, the German minority one, the United Left 7.55% below the 8% "
          "coalition threshold, turnout 50.92%; PiS 61 of 100 Senate seats); the new parliament's first sitting on "
          "Thursday 12 November and Beata Szydlo sworn in as prime minister on Monday 16 November 2015", False, ms,
          names)


def family500():
    R, K, T, A = "reuters-feb11", "kompas-feb12", "antara-feb13", "ap-feb14"
    names = {
     "benefit": "the monthly benefit per child (zloty)", "floor": "income limit for a first child (zloty)",
     "floor_dis": "income limit with a disabled child (zloty)", "children": "children covered",
     "families": "families covered", "cost16": "cost in 2016 (billion zloty)", "cost_year": "cost a full year (billion zloty)",
     "age": "age until which the benefit is paid", "eu_limit": "the EU's deficit limit (% of GDP)",
     # dates
     "vote": "day the Sejm passed the law", "start": "day the payments start",
     "cost_year_d": "year of the first cost estimate",
    }
    ms = [
     M(R, "Thursday", D, "vote", "2016-02-11"),
     M(R, "500 zlotys", N, "benefit", 500, cls="zl"),
     M(R, "April 1", D, "start", "2016-04-01"),
     M(R, "800 zlotys", N, "floor", 800, cls="zl"),
     M(R, "1,200 zlotys", N, "floor_dis", 1200, cls="zl"),
     M(R, "about 3.7 million children", N, "children", 3.7e6, qual="approx", cls="mn"),
     M(R, "some 2.7 million families", N, "families", 2.7e6, qual="approx", cls="mn"),
     M(R, "17 billion zlotys", N, "cost16", 17, cls="bn"),
     M(R, "around 23 billion zlotys", N, "cost_year", 23, qual="approx", cls="bn"),
     M(R, "18", N, "age", 18, cls="age"),
     M(R, "3 percent", N, "eu_limit", 3, cls="pct"),

     M(K, "Kamis (11/2/2016)", D, "vote", "2016-02-11"),
     M(K, "1 April 2016", D, "start", "2016-04-01"),
     M(K, "500 zloty", N, "benefit", 500, cls="zl"),
     M(K, "800 zloty", N, "floor", 800, cls="zl"),
     M(K, "1.200 zloty", N, "floor_dis", 1200, cls="zl"),
     M(K, "sekitar 3,7 juta anak", N, "children", 3.7e6, qual="approx", cls="mn"),
     M(K, "kira-kira 2,7 juta keluarga", N, "families", 2.7e6, qual="approx", cls="mn"),
     M(K, "17 miliar zloty", N, "cost16", 17, cls="bn"),
     M(K, "sekitar 23 miliar zloty", N, "cost_year", 23, qual="approx", cls="bn"),
     M(K, "18 tahun", N, "age", 18, cls="age"),

     M(T, "Kamis lalu", D, "vote", "2016-02-11"),
     M(T, "3,7 juta anak", N, "children", 3.7e6, cls="mn"),
     M(T, "2,7 juta keluarga", N, "families", 2.7e6, cls="mn"),
     M(T, "1 April", D, "start", "2016-04-01"),
     M(T, "500 zloty", N, "benefit", 500, cls="zl"),
     M(T, "18 tahun", N, "age", 18, cls="age"),
     M(T, "800 zloty", N, "floor", 800, cls="zl"),
     M(T, "1.200 zloty", N, "floor_dis", 1200, cls="zl"),
     M(T, "17 miliar zloty", N, "cost16", 17, cls="bn"),
     M(T, "2016", D, "cost_year_d", "2016"),
     M(T, "sekitar 23 miliar zloty", N, "cost_year", 23, qual="approx", cls="bn"),
     M(T, "3 persen", N, "eu_limit", 3, cls="pct"),

     M(A, "500 zlotys", N, "benefit", 500, cls="zl"),
     M(A, "April 1", D, "start", "2016-04-01"),
     M(A, "Feb. 11", D, "vote", "2016-02-11"),
     M(A, "800 zlotys", N, "floor", 800, cls="zl"),
     M(A, "1,200 zlotys", N, "floor_dis", 1200, cls="zl"),
     M(A, "some 3.7 million children", N, "children", 3.7e6, qual="approx", cls="mn"),
     M(A, "about 2.7 million families", N, "families", 2.7e6, qual="approx", cls="mn"),
     M(A, "17 billion zlotys", N, "cost16", 17, cls="bn"),
     M(A, "2016", D, "cost_year_d", "2016"),
     M(A, "about 23 billion zlotys", N, "cost_year", 23, qual="approx", cls="bn"),
     M(A, "18", N, "age", 18, cls="age"),
     M(A, "3 percent", N, "eu_limit", 3, cls="pct"),
    ]
    build("family-500-2016", "Poland's Family 500+ child benefit passed by the Sejm on Thursday 11 February 2016 "
          "(control): 500 zloty a month for every second and further child from 1 April 2016, and for a first child "
          "where income is below 800 zloty a month per person (1,200 zloty with a disabled child); about 3.7 million "
          "children in about 2.7 million families; a cost of 17 billion zloty in 2016 and about 23 billion a year "
          "after; paid until 18. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    halemba()
    election()
    family500()
