"""The two-hundred-and-seventy-eighth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset278/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def kunar():
    K, R, T, A = "kompas-sep01", "reuters-sep02", "detik-sep05", "ap-sep26"
    # as-of times of the running tallies: Monday 1 September 2025 in the morning (the interior ministry's 622: 610 in
    # Kunar, 12 in Nangarhar) and later that day (the government spokesman's 800 dead, about 2,800 injured), Tuesday 2
    # September (1,411 dead, 3,124 injured, 5,412 houses destroyed), Thursday 4 September (2,205 dead, 3,640 injured),
    # the government's final count of more than 2,200 as reported on 26 September. The dead and the injured do not fall.
    MON_A, MON_B, TUE, THU, SEP26 = "2025-09-01a", "2025-09-01b", "2025-09-02", "2025-09-04", "2025-09-26"
    # The main quake's magnitude (USGS 6.0) is one reading everywhere. Thursday's aftershock: the USGS's 5.6 against
    # the German GFZ's 6.2 (sources). Tuesday's aftershock (5.5) is another quake.
    USGS, GFZ = "the US Geological Survey", "Germany's GFZ"
    names = {
     "mag": "the main quake's magnitude", "aftermag_tue": "Tuesday's aftershock's magnitude",
     "aftermag_thu": "Thursday's aftershock's magnitude", "dist": "distance of the epicentre from Jalalabad (km)",
     "depth": "depth (km)", "dead": "people killed", "dead_kunar": "dead in Kunar province",
     "dead_nang": "dead in Nangarhar province", "injured": "people injured", "houses": "houses destroyed",
     # dates
     "quake": "day of the main quake", "asof_mon": "day of Monday's counts", "asof_tue": "day of the count of 1,411",
     "asof_thu": "day of the count of 2,205", "after_tue": "day of Tuesday's aftershock",
     "after_thu": "day of Thursday's aftershock",
    }
    ms = [
     M(K, "bermagnitudo 6,0", N, "mag", 6.0, cls="mag"),
     M(K, "Minggu (31/8/2025)", D, "quake", "2025-08-31"),
     M(K, "sekitar 27 km", N, "dist", 27, qual="approx", cls="km"),
     M(K, "8 km", N, "depth", 8, cls="km"),
     M(K, "Senin pagi", D, "asof_mon", "2025-09-01"),
     M(K, "622 orang", N, "dead", 622, MON_A),
     M(K, "610 orang", N, "dead_kunar", 610, MON_A),
     M(K, "12 orang", N, "dead_nang", 12, MON_A),
     M(K, "800 orang", N, "dead", 800, MON_B),
     M(K, "sekitar 2.800 orang", N, "injured", 2800, MON_B, qual="approx"),

     M(R, "1,411", N, "dead", 1411, TUE),
     M(R, "Tuesday", D, "asof_tue", "2025-09-02"),
     M(R, "3,124 injured", N, "injured", 3124, TUE),
     M(R, "5,412 houses", N, "houses", 5412, TUE),
     M(R, "magnitude 6.0", N, "mag", 6.0, cls="mag"),
     M(R, "Sunday", D, "quake", "2025-08-31"),
     M(R, "about 27 km", N, "dist", 27, qual="approx", cls="km"),
     M(R, "Monday", D, "asof_mon", "2025-09-01"),
     M(R, "800", N, "dead", 800, MON_B),
     M(R, "about 2,800 people", N, "injured", 2800, MON_B, qual="approx"),
     M(R, "magnitude 5.5", N, "aftermag_tue", 5.5, cls="mag"),
     M(R, "Tuesday", D, "after_tue", "2025-09-02", occ=2),

     M(T, "2.205 orang", N, "dead", 2205, THU),
     M(T, "Kamis (4/9/2025)", D, "asof_thu", "2025-09-04"),
     M(T, "3.640 orang", N, "injured", 3640, THU),
     M(T, "Selasa (2/9/2025)", D, "asof_tue", "2025-09-02"),
     M(T, "1.411 korban tewas", N, "dead", 1411, TUE),
     M(T, "5.142 rumah", N, "houses", 5142, TUE, planted=True),
     M(T, "bermagnitudo 6,0", N, "mag", 6.0, cls="mag"),
     M(T, "Minggu (31/8/2025)", D, "quake", "2025-08-31"),
     M(T, "Kamis malam", D, "after_thu", "2025-09-04"),
     M(T, "magnitudo 5,6", N, "aftermag_thu", 5.6, src=USGS, cls="mag"),
     M(T, "magnitudo 6,2", N, "aftermag_thu", 6.2, src=GFZ, cls="mag"),

     M(A, "magnitude 6.0", N, "mag", 6.0, cls="mag"),
     M(A, "Aug. 31", D, "quake", "2025-08-31"),
     M(A, "more than 2,200", N, "dead", 2200, SEP26, qual="morethan"),
     M(A, "Sept. 2", D, "asof_tue", "2025-09-02"),
     M(A, "1,141 dead", N, "dead", 1141, TUE, planted=True),
     M(A, "Sept. 4", D, "after_thu", "2025-09-04"),
     M(A, "6.2", N, "aftermag_thu", 6.2, src=GFZ, cls="mag"),
     M(A, "5.6", N, "aftermag_thu", 5.6, src=USGS, cls="mag"),
    ]
    build("kunar-earthquake-2025", "The magnitude 6.0 earthquake in eastern Afghanistan (Sunday 31 August 2025, 23.47 "
          "local time, about 27 km east-northeast of Jalalabad, 8 km deep): 622 dead on Monday morning (610 in Kunar, 12 "
          "in Nangarhar), 800 dead and about 2,800 injured later on Monday, 1,411 dead, 3,124 injured and 5,412 houses "
          "destroyed on Tuesday 2 September, 2,205 dead and 3,640 injured on Thursday 4 September, more than 2,200 in the "
          "final count; a 5.5 aftershock on Tuesday and Thursday's aftershock (USGS 5.6, GFZ 6.2)", False, ms, names)


def bekair():
    B, R, K, A = "antara-dec27", "reuters-dec28", "kompas-dec30", "ap-jan20"
    # as-of times: Friday 27 December 2019 in the morning (the airport's first count of 15 dead), late on Friday (the
    # authorities' toll revised down to 12; 66 in hospital that evening, 12 of them serious), Monday 30 December (49 in
    # hospital), 20 January 2020 (13 dead after an injured passenger died). The airport's 15 and the authorities' 12
    # are two as-of times of one official count (a revision); the count of patients in hospital may fall.
    FRI_A, FRI_B, DEC30, JAN20 = "2019-12-27a", "2019-12-27b", "2019-12-30", "2020-01-20"
    names = {
     "aboard": "people aboard", "pax": "passengers aboard", "crew": "crew aboard", "dead": "people killed",
     "hosp": "injured in hospital", "serious": "injured in a serious condition", "survivors": "people who survived",
     # dates
     "crash": "day of the crash", "asof_fri": "day of Friday's counts", "mourning": "day of national mourning",
     "asof_dec30": "day of the count of 49 in hospital",
    }
    ms = [
     M(B, "Jumat (27/12/2019)", D, "crash", "2019-12-27"),
     M(B, "98 orang", N, "aboard", 98),
     M(B, "93 penumpang", N, "pax", 93),
     M(B, "lima awak", N, "crew", 5),
     M(B, "Jumat pagi", D, "asof_fri", "2019-12-27"),
     M(B, "15 orang", N, "dead", 15, FRI_A),

     M(R, "Saturday", D, "mourning", "2019-12-28"),
     M(R, "12 people", N, "dead", 12, FRI_B),
     M(R, "12", N, "dead", 12, FRI_B, occ=2),
     M(R, "Friday", D, "asof_fri", "2019-12-27"),
     M(R, "15 dead", N, "dead", 15, FRI_A),
     M(R, "93 passengers", N, "pax", 93),
     M(R, "five crew", N, "crew", 5),
     M(R, "Friday", D, "crash", "2019-12-27", occ=2),
     M(R, "66 people", N, "hosp", 66, FRI_B, fall=True),
     M(R, "12 of them", N, "serious", 12, FRI_B),

     M(K, "Kamis (26/12/2019)", D, "crash", "2019-12-26", planted=True),
     M(K, "12 orang", N, "dead", 12, DEC30),
     M(K, "86 orang", N, "survivors", 86, DEC30),
     M(K, "98 orang", N, "aboard", 98),
     M(K, "Senin (30/12/2019)", D, "asof_dec30", "2019-12-30"),
     M(K, "49 korban luka", N, "hosp", 49, DEC30, fall=True),
     M(K, "66 orang", N, "hosp", 66, FRI_B, fall=True),

     M(A, "13", N, "dead", 13, JAN20),
     M(A, "Dec. 27", D, "crash", "2019-12-27"),
     M(A, "98 people", N, "aboard", 98),
     M(A, "Twelve people", N, "dead", 12, FRI_B),
    ]
    build("bek-air-crash-2019", "The crash of a Bek Air Fokker 100 on take-off from Almaty (Friday 27 December 2019, "
          "07.22 local time; flight Z9 2100 to Nur-Sultan, 98 aboard: 93 passengers and five crew): the airport's first "
          "count of 15 dead revised down to 12 late on Friday, 66 in hospital on Friday (12 serious) and 49 on Monday 30 "
          "December, a day of national mourning on Saturday 28 December, 13 dead by 20 January 2020 after an injured "
          "passenger died", False, ms, names)


def referendum():
    R, B, K, A = "reuters-oct07", "antara-oct08", "kompas-oct09", "ap-oct10"
    names = {
     "yes": "votes for the plant (%)", "no": "votes against the plant (%)", "turnout": "turnout (%)",
     "uranium": "Kazakhstan's share of world uranium output (%)", "eligible": "eligible voters (million)",
     "voters": "people who voted (million)",
     # dates
     "vote": "day of the referendum", "announced": "day the results were announced",
     "closed": "year the Soviet-era reactor was closed",
    }
    ms = [
     M(R, "Sunday", D, "vote", "2024-10-06"),
     M(R, "71.12%", N, "yes", 71.12, cls="pct"),
     M(R, "Monday", D, "announced", "2024-10-07"),
     M(R, "26.15%", N, "no", 26.15, cls="pct"),
     M(R, "63.87%", N, "turnout", 63.87, cls="pct"),
     M(R, "roughly 12.3 million", N, "eligible", 12.3, qual="approx", cls="mln"),
     M(R, "About 7.8 million people", N, "voters", 7.8, qual="approx", cls="mln"),
     M(R, "about 43%", N, "uranium", 43, qual="approx", cls="pct"),
     M(R, "1999", D, "closed", "1999"),

     M(B, "Senin (7/10/2024)", D, "announced", "2024-10-07"),
     M(B, "71,12 persen", N, "yes", 71.12, cls="pct"),
     M(B, "Minggu (6/10/2024)", D, "vote", "2024-10-06"),
     M(B, "26,15 persen", N, "no", 26.15, cls="pct"),
     M(B, "63,87 persen", N, "turnout", 63.87, cls="pct"),
     M(B, "sekitar 7,8 juta orang", N, "voters", 7.8, qual="approx", cls="mln"),
     M(B, "sekitar 12,3 juta pemilih", N, "eligible", 12.3, qual="approx", cls="mln"),
     M(B, "sekitar 43 persen", N, "uranium", 43, qual="approx", cls="pct"),
     M(B, "1999", D, "closed", "1999"),

     M(K, "Lebih dari 71 persen", N, "yes", 71, qual="morethan", cls="pct"),
     M(K, "Minggu (6/10/2024)", D, "vote", "2024-10-06"),
     M(K, "Senin (7/10/2024)", D, "announced", "2024-10-07"),
     M(K, "71,12 persen", N, "yes", 71.12, cls="pct"),
     M(K, "26,15 persen", N, "no", 26.15, cls="pct"),
     M(K, "63,87 persen", N, "turnout", 63.87, cls="pct"),
     M(K, "sekitar 7,8 juta", N, "voters", 7.8, qual="approx", cls="mln"),
     M(K, "12,3 juta orang", N, "eligible", 12.3, qual="approx", cls="mln"),
     M(K, "sekitar 43 persen", N, "uranium", 43, qual="approx", cls="pct"),
     M(K, "1999", D, "closed", "1999"),

     M(A, "more than 71%", N, "yes", 71, qual="morethan", cls="pct"),
     M(A, "Oct. 6", D, "vote", "2024-10-06"),
     M(A, "Oct. 7", D, "announced", "2024-10-07"),
     M(A, "71.12 percent", N, "yes", 71.12, cls="pct"),
     M(A, "26.15 percent", N, "no", 26.15, cls="pct"),
     M(A, "63.87 percent", N, "turnout", 63.87, cls="pct"),
     M(A, "about 7.8 million", N, "voters", 7.8, qual="approx", cls="mln"),
     M(A, "some 12.3 million", N, "eligible", 12.3, qual="approx", cls="mln"),
     M(A, "about 43 percent", N, "uranium", 43, qual="approx", cls="pct"),
     M(A, "1999", D, "closed", "1999"),
    ]
    build("nuclear-referendum-2024", "Kazakhstan's referendum on building its first nuclear power plant (control): "
          "voting on Sunday 6 October 2024, results announced by the Central Election Commission on Monday 7 October: "
          "71.12% for, 26.15% against, turnout 63.87% (about 7.8 million of some 12.3 million eligible voters); the "
          "preferred site near Ulken on Lake Balkhash; about 43% of world uranium output; no reactor since 1999. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    kunar()
    bekair()
    referendum()
