"""The table of facts of the four-hundred-and-fortieth development set (issue 12), an untouched transfer set.

Each mention of a figure or date in the articles is written down once: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset440/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def ship():
    R, K, A, P = "reuters-mar23", "kompas-mar24", "antara-mar25", "ap-apr25"
    # as-of times of the running tallies: Saturday 23 March 2019 at 20:00 (more than 100 airlifted), Sunday 24 March
    # at 09:00 (338 by the rescue centre against about 360 by the police: sources), the end of the airlift on Sunday
    # (479); the people treated in hospital: 20 on Sunday, revised down to 17 by 25 April after three were
    # found counted twice (a revision: a count of the injured does not fall).
    SAT20, SUN09, SUN, APR25 = "2019-03-23T20:00", "2019-03-24T09:00", "2019-03-24T12:00", "2019-04-25"
    JRCC, POLICE = "the rescue coordination centre", "the police"
    names = {
     "aboard": "people on board", "pax": "passengers on board", "crew": "crew on board",
     "lifted": "passengers airlifted", "hosp": "people treated in hospital", "double": "people counted twice",
     "cargo": "crew of the cargo ship", "helis": "helicopters", "engines_on": "engines restarted",
     "engines": "engines of the ship", "reef": "distance from the reefs (m)", "waves": "height of the waves (m)",
     "mayday_time": "time of the mayday (hour)", "arrive_time": "time of the arrival in Molde (hour)",
     # dates
     "mayday": "day the ship lost power", "count_sun": "day of the count of 338", "arrive": "day the ship reached Molde",
     "next_cruise": "day of the cancelled next cruise", "finding": "day the maritime authority gave the cause",
    }
    ms = [
     M(R, "Saturday", D, "mayday", "2019-03-23"),
     M(R, "1,373 people", N, "aboard", 1373),
     M(R, "around 2 p.m.", N, "mayday_time", 14, qual="approx", cls="clock"),
     M(R, "about 100 metres", N, "reef", 100, qual="approx", cls="m"),
     M(R, "915", N, "pax", 915),
     M(R, "458", N, "crew", 458),
     M(R, "more than 100 passengers", N, "lifted", 100, SAT20, qual="morethan"),
     M(R, "eight metres", N, "waves", 8, cls="m"),
     M(R, "nine crew members", N, "cargo", 9),
     M(R, "Five helicopters", N, "helis", 5),

     M(K, "338 penumpang", N, "lifted", 338, SUN09, src=JRCC),
     M(K, "Minggu (24/3/2019)", D, "count_sun", "2019-03-24"),
     M(K, "Sabtu (23/3/2019)", D, "mayday", "2019-03-23"),
     M(K, "sekitar pukul 14.00", N, "mayday_time", 14, qual="approx", cls="clock"),
     M(K, "1.373 orang", N, "aboard", 1373),
     M(K, "915 penumpang", N, "pax", 915),
     M(K, "548 awak", N, "crew", 548, planted=True),
     M(K, "tiga dari empat mesin", N, "engines_on", 3, also={"engines": 4}),
     M(K, "20 orang", N, "hosp", 20, SUN),
     M(K, "delapan meter", N, "waves", 8, cls="m"),
     M(K, "Sembilan awak", N, "cargo", 9),

     M(A, "Minggu (24/3/2019)", D, "arrive", "2019-03-24"),
     M(A, "pukul 16.30", N, "arrive_time", 16.5, cls="clock"),
     M(A, "479 penumpang", N, "lifted", 479, SUN, src=JRCC),
     M(A, "sekitar 360 penumpang", N, "lifted", 360, SUN09, qual="approx", src=POLICE),
     M(A, "338 orang", N, "lifted", 338, SUN09, src=JRCC),
     M(A, "tiga dari empat mesin", N, "engines_on", 3, also={"engines": 4}),
     M(A, "Sabtu (23/3/2019)", D, "mayday", "2019-03-23"),
     M(A, "sekitar pukul 14.00", N, "mayday_time", 14, qual="approx", cls="clock"),
     M(A, "1.373 orang", N, "aboard", 1373),
     M(A, "sekitar 100 meter", N, "reef", 100, qual="approx", cls="m"),
     M(A, "20 orang", N, "hosp", 20, SUN),
     M(A, "Rabu (27/3/2019)", D, "next_cruise", "2019-03-27"),

     M(P, "Wednesday, March 27", D, "finding", "2019-03-27"),
     M(P, "all four engines", N, "engines", 4),
     M(P, "1,373 people", N, "aboard", 1373),
     M(P, "Saturday, March 23", D, "mayday", "2019-03-23"),
     M(P, "479 passengers", N, "lifted", 479, SUN),
     M(P, "Monday, March 25", D, "arrive", "2019-03-25", planted=True),
     M(P, "17 people", N, "hosp", 17, APR25),
     M(P, "the 20", N, "hosp", 20, SUN),
     M(P, "three", N, "double", 3),
    ]
    build("viking-sky-2019", "The cruise ship Viking Sky, with 1,373 people on board (915 passengers and 458 crew), "
          "lost engine power in a storm off Hustadvika on Norway's west coast on Saturday 23 March 2019 at about "
          "14:00 and anchored about 100 m from the reefs; helicopters lifted more than 100 passengers off by 20:00, 338 "
          "by 09:00 on Sunday by the rescue centre (about 360 by the police: sources) and 479 in all before three of "
          "its four engines were restarted; it reached Molde at 16:30 on Sunday 24 March; 20 people treated in "
          "hospital, revised down to 17 a month later; the maritime authority blamed a low oil level on Wednesday 27 March",
          False, ms, names)


def ash():
    K, R, A, T = "kompas-apr15", "reuters-apr18", "antara-apr21", "tempo-may10"
    # the flights cancelled since Thursday 15 April 2010, a running tally by the air traffic agency: more than 63,000
    # by Sunday 18 April, about 95,000 by Tuesday 20 April, more than 100,000 in all (recalled on 10 May) (each day's
    # cancellations, about 6,000 on Thursday and about 16,000 on Saturday, are other facts). The people moved from
    # farms near the volcano on Wednesday 14 April: 800 by the civil protection against about 700 by the police
    # (sources). The airlines' losses: more than $200 million a day (Friday 16 April) and $1.7 billion in all
    # (Wednesday 21 April), both by IATA.
    SUN, TUE, MAY10 = "2010-04-18", "2010-04-20", "2010-05-10"
    CIVIL, POLICE = "Iceland's civil protection", "the Icelandic police"
    names = {
     "cum": "flights cancelled since Thursday 15 April", "thu_flights": "flights cancelled on Thursday 15 April",
     "sat_flights": "flights cancelled on Saturday 17 April", "evac": "people moved from farms near the volcano",
     "pax": "passengers affected (million)", "days": "days of the closure", "plume": "height of the ash plume (km)",
     "loss": "airlines' losses in all (million USD)", "loss_day": "airlines' losses a day (million USD)",
     "pct_wed": "share of flights operating on Wednesday 21 April (%)", "uk_time": "hour the UK reopened its airspace",
     # dates
     "eruption": "day the eruption began", "closure": "day the airspace closures began",
     "thu_day": "day of the 6,000 cancellations", "first_eruption": "day of the first eruption (March)",
     "sat_day": "day of the 16,000 cancellations", "statement": "day of the air traffic agency's weekend figures",
     "iata1": "day of IATA's first estimate", "ministers": "day of the EU ministers' video conference",
     "wind": "day the winds might turn", "reopen": "day the EU began reopening its airspace",
     "uk_day": "day the UK reopened its airspace", "iata2": "day of IATA's estimate of the total loss",
     "test_day": "day of the test flights", "pct_day": "day three in four flights operated",
    }
    ms = [
     M(K, "Rabu (14/4/2010)", D, "eruption", "2010-04-14"),
     M(K, "Kamis (15/4/2010)", D, "closure", "2010-04-15"),
     M(K, "sekitar 6.000 penerbangan", N, "thu_flights", 6000, qual="approx"),
     M(K, "Kamis", D, "thu_day", "2010-04-15", occ=2),
     M(K, "800 warga", N, "evac", 800, "2010-04-14", src=CIVIL),
     M(K, "sekitar 8 kilometer", N, "plume", 8, qual="approx", cls="km"),
     M(K, "20 Maret 2010", D, "first_eruption", "2010-03-20"),

     M(R, "about 16,000 flights", N, "sat_flights", 16000, qual="approx"),
     M(R, "Saturday", D, "sat_day", "2010-04-17"),
     M(R, "Sunday", D, "statement", "2010-04-18"),
     M(R, "Thursday", D, "closure", "2010-04-15"),
     M(R, "more than 63,000 flights", N, "cum", 63000, SUN, qual="morethan"),
     M(R, "Friday", D, "iata1", "2010-04-16"),
     M(R, "more than $200 million a day", N, "loss_day", 200, qual="morethan", cls="usd"),
     M(R, "Wednesday, April 14", D, "eruption", "2010-04-14"),
     M(R, "about 700 people", N, "evac", 700, "2010-04-14", qual="approx", src=POLICE),
     M(R, "Saturday", D, "test_day", "2010-04-17", occ=2),
     M(R, "Monday", D, "ministers", "2010-04-19"),
     M(R, "Tuesday", D, "wind", "2010-04-20"),

     M(A, "Senin (19/4/2010)", D, "ministers", "2010-04-19"),
     M(A, "Selasa (20/4/2010)", D, "reopen", "2010-04-20"),
     M(A, "pukul 22.00", N, "uk_time", 22, cls="clock"),
     M(A, "sekitar 95.000 penerbangan", N, "cum", 95000, TUE, qual="approx"),
     M(A, "enam hari", N, "days", 6, cls="dur"),
     M(A, "Kamis (15/4/2010)", D, "closure", "2010-04-15"),
     M(A, "Rabu (21/4/2010)", D, "iata2", "2010-04-21"),
     M(A, "2,7 miliar dolar AS", N, "loss", 2700, cls="usd", planted=True),
     M(A, "sekitar 75 persen", N, "pct_wed", 75, qual="approx", cls="pct"),

     M(T, "lebih dari 100.000 penerbangan", N, "cum", 100000, MAY10, qual="morethan"),
     M(T, "Rabu (14/4/2010)", D, "eruption", "2010-04-14"),
     M(T, "Sekitar 10 juta penumpang", N, "pax", 10, qual="approx", cls="mpax"),
     M(T, "enam hari", N, "days", 6, cls="dur"),
     M(T, "Rabu (21/4/2010)", D, "iata2", "2010-04-21"),
     M(T, "1,7 miliar dolar AS", N, "loss", 1700, cls="usd"),
     M(T, "Jumat (16/4/2010)", D, "iata1", "2010-04-16"),
     M(T, "lebih dari 200 juta dolar AS per hari", N, "loss_day", 200, qual="morethan", cls="usd"),
     M(T, "sekitar 75 persen", N, "pct_wed", 75, qual="approx", cls="pct"),
     M(T, "Rabu (21/4/2010)", D, "pct_day", "2010-04-21", occ=2),
     M(T, "Selasa (20/4/2010)", D, "uk_day", "2010-04-20"),
     M(T, "pukul 20.00", N, "uk_time", 20, cls="clock", planted=True),
     M(T, "Kamis (15/4/2010)", D, "closure", "2010-04-15"),
    ]
    build("eyjafjallajokull-ash-2010", "The eruption under Iceland's Eyjafjallajokull glacier from Wednesday 14 April "
          "2010 (after a first eruption nearby on 20 March), with about 800 people moved from nearby farms (700 by "
          "the police: sources), and the closure of much of Europe's airspace from Thursday 15 April: about 6,000 "
          "flights cancelled on the Thursday and 16,000 on Saturday 17 April, more than 63,000 in all by Sunday 18 "
          "April, about 95,000 by Tuesday 20 April and more than 100,000 in the end; the EU ministers' agreement of "
          "Monday 19 April to reopen in stages from Tuesday 20 April, the UK reopening at 22:00 that day; IATA's "
          "estimates of more than $200 million a day (Friday 16 April) and $1.7 billion in all (Wednesday 21 April)",
          False, ms, names)


def fund():
    R, K, A, B = "reuters-jan30", "kompas-jan31", "antara-feb02", "bloomberg-feb01"
    names = {
     "profit": "profit in 2023 (billion NOK)", "ret": "return in 2023 (%)", "eq_share": "share of stocks (%)",
     "eq": "return on stocks (%)", "bonds": "return on bonds (%)", "re": "loss on unlisted real estate (%)",
     "renew": "return on renewable infrastructure (%)", "bench": "shortfall against the benchmark (points)",
     "value": "value at the end of 2023 (billion NOK)", "loss22": "loss in 2022 (billion NOK)",
     "ret22": "loss in 2022 (%)", "firms": "companies held",
     # dates
     "report": "day the result was announced",
    }
    ms = [
     M(R, "2,222 billion crowns", N, "profit", 2222, cls="nok"),
     M(R, "16.1 percent", N, "ret", 16.1, cls="pct"),
     M(R, "Tuesday", D, "report", "2024-01-30"),
     M(R, "about 70 percent", N, "eq_share", 70, qual="approx", cls="pct"),
     M(R, "21.3 percent", N, "eq", 21.3, cls="pct"),
     M(R, "6.1 percent", N, "bonds", 6.1, cls="pct"),
     M(R, "12.4 percent", N, "re", 12.4, cls="pct"),
     M(R, "5.7 percent", N, "renew", 5.7, cls="pct"),
     M(R, "0.18 percentage point", N, "bench", 0.18, cls="pp"),
     M(R, "15,765 billion crowns", N, "value", 15765, cls="nok"),
     M(R, "1,637 billion crowns", N, "loss22", 1637, cls="nok"),
     M(R, "14.1 percent", N, "ret22", 14.1, cls="pct"),
     M(R, "about 9,000 companies", N, "firms", 9000, qual="approx"),

     M(K, "2.222 miliar kroner", N, "profit", 2222, cls="nok"),
     M(K, "16,1 persen", N, "ret", 16.1, cls="pct"),
     M(K, "Selasa (30/1/2024)", D, "report", "2024-01-30"),
     M(K, "sekitar 70 persen", N, "eq_share", 70, qual="approx", cls="pct"),
     M(K, "21,3 persen", N, "eq", 21.3, cls="pct"),
     M(K, "6,1 persen", N, "bonds", 6.1, cls="pct"),
     M(K, "12,4 persen", N, "re", 12.4, cls="pct"),
     M(K, "5,7 persen", N, "renew", 5.7, cls="pct"),
     M(K, "0,18 poin persentase", N, "bench", 0.18, cls="pp"),
     M(K, "15.765 miliar kroner", N, "value", 15765, cls="nok"),
     M(K, "1.637 miliar kroner", N, "loss22", 1637, cls="nok"),
     M(K, "14,1 persen", N, "ret22", 14.1, cls="pct"),
     M(K, "sekitar 9.000 perusahaan", N, "firms", 9000, qual="approx"),

     M(A, "16,1 persen", N, "ret", 16.1, cls="pct"),
     M(A, "2.222 miliar kroner", N, "profit", 2222, cls="nok"),
     M(A, "Selasa (30/1/2024)", D, "report", "2024-01-30"),
     M(A, "15.765 miliar kroner", N, "value", 15765, cls="nok"),
     M(A, "21,3 persen", N, "eq", 21.3, cls="pct"),
     M(A, "6,1 persen", N, "bonds", 6.1, cls="pct"),
     M(A, "5,7 persen", N, "renew", 5.7, cls="pct"),
     M(A, "12,4 persen", N, "re", 12.4, cls="pct"),
     M(A, "0,18 poin persentase", N, "bench", 0.18, cls="pp"),
     M(A, "1.637 miliar kroner", N, "loss22", 1637, cls="nok"),
     M(A, "14,1 persen", N, "ret22", 14.1, cls="pct"),
     M(A, "Sekitar 70 persen", N, "eq_share", 70, qual="approx", cls="pct"),

     M(B, "2,222 billion crowns", N, "profit", 2222, cls="nok"),
     M(B, "Tuesday, Jan. 30", D, "report", "2024-01-30"),
     M(B, "16.1 percent", N, "ret", 16.1, cls="pct"),
     M(B, "21.3 percent", N, "eq", 21.3, cls="pct"),
     M(B, "6.1 percent", N, "bonds", 6.1, cls="pct"),
     M(B, "12.4 percent", N, "re", 12.4, cls="pct"),
     M(B, "5.7 percent", N, "renew", 5.7, cls="pct"),
     M(B, "0.18 percentage point", N, "bench", 0.18, cls="pp"),
     M(B, "15,765 billion crowns", N, "value", 15765, cls="nok"),
     M(B, "1,637 billion crowns", N, "loss22", 1637, cls="nok"),
     M(B, "14.1 percent", N, "ret22", 14.1, cls="pct"),
     M(B, "about 70 percent", N, "eq_share", 70, qual="approx", cls="pct"),
     M(B, "roughly 9,000 companies", N, "firms", 9000, qual="approx"),
    ]
    build("norway-fund-2023", "The annual result of Norway's sovereign wealth fund for 2023, announced on Tuesday 30 "
          "January 2024 (control): a profit of 2,222 billion crowns, a return of 16.1% (stocks 21.3%, about 70% of "
          "the fund; bonds 6.1%; unlisted real estate -12.4%; renewable infrastructure 5.7%), 0.18 percentage point "
          "below the benchmark; a value of 15,765 billion crowns at the end of the year; the 2022 loss of 1,637 "
          "billion crowns (-14.1%); stakes in about 9,000 companies. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    ship()
    ash()
    fund()
