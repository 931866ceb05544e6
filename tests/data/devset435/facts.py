"""The four-hundred-and-thirty-fifth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset435/facts.py``.
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
    R, K, S, A = "reuters-dec25", "kompas-dec28", "star-jan03", "antara-jan20"
    # as-of times of the running tallies: Wednesday 24 December 2014 (about 60,000 evacuees), Thursday 25 December
    # at 21:00 (more than 90,000; at least five dead), Friday 26 December (the river's peak), Sunday 28 December at
    # 08:00 (232,913 evacuees, the peak; 10 dead by the police against 8 by the national security council: sources),
    # Tuesday 30 December (24 dead), Friday 2 January 2015 (21 dead after three deaths were found unrelated: a
    # revision; about 41,000 evacuees), Tuesday 20 January 2015 (houses destroyed). The dead do not fall; the
    # evacuees and the relief centres do (people going home: not_conflict).
    WED, THU, FRI, SUN, DEC30, JAN2, JAN20 = ("2014-12-24", "2014-12-25", "2014-12-26", "2014-12-28", "2014-12-30",
                                             "2015-01-02", "2015-01-20")
    POL, MKN = "the police", "the national security council (MKN)"
    names = {
     "dead": "people killed by the floods", "evac": "people in relief centres nationwide",
     "kel_evac": "people in relief centres in Kelantan", "river": "level of the Kelantan River at Kuala Krai (m)",
     "danger": "danger level of the river (m)", "centres": "relief centres nationwide",
     "kel_centres": "relief centres in Kelantan", "states": "states with relief centres",
     "unrelated": "deaths found unrelated to the floods", "relief": "federal relief allocation (RM)",
     "cash": "cash aid per family (RM)", "destroyed": "houses destroyed", "damaged": "houses damaged",
     # dates
     "count_thu": "day of the count of more than 90,000", "river_thu": "day of the river reading of 33 m",
     "count_sun": "day of the peak count of 232,913", "pm_visit": "day the prime minister visited Kuala Krai",
     "river_peak": "day of the river's peak", "count_tue": "day of the count of 24 dead",
     "count_jan2": "day of the revised counts (21 dead, about 41,000 evacuees)",
     "schools_due": "day the schools were due to reopen", "schools_open": "day the schools reopened",
     "power": "day power was restored in Kota Bharu",
    }
    ms = [
     M(R, "Thursday", D, "count_thu", "2014-12-25"),
     M(R, "more than 90,000 people", N, "evac", 90000, THU, qual="morethan", fall=True),
     M(R, "about 60,000", N, "evac", 60000, WED, qual="approx", fall=True),
     M(R, "more than 50,000", N, "kel_evac", 50000, THU, qual="morethan", fall=True),
     M(R, "At least five people", N, "dead", 5, THU, qual="atleast"),
     M(R, "33 metres", N, "river", 33, THU, cls="m"),
     M(R, "Thursday", D, "river_thu", "2014-12-25", occ=2),
     M(R, "25 metres", N, "danger", 25, cls="m"),

     M(K, "232.913 orang", N, "evac", 232913, SUN, fall=True),
     M(K, "Minggu (28/12/2014)", D, "count_sun", "2014-12-28"),
     M(K, "sekitar 158.000 orang", N, "kel_evac", 158000, SUN, qual="approx", fall=True),
     M(K, "10 orang tewas", N, "dead", 10, SUN, src=POL),
     M(K, "8 orang meninggal", N, "dead", 8, SUN, src=MKN),
     M(K, "Sabtu (27/12/2014)", D, "pm_visit", "2014-12-27"),
     M(K, "RM500 juta", N, "relief", 500e6, cls="rm"),
     M(K, "lebih dari 700 pusat evakuasi", N, "centres", 700, SUN, qual="morethan", fall=True),
     M(K, "tujuh negara bagian", N, "states", 7, SUN),
     M(K, "34,17 meter", N, "river", 34.17, FRI, cls="m"),
     M(K, "Jumat (26/12/2014)", D, "river_peak", "2014-12-26"),
     M(K, "25 meter", N, "danger", 25, cls="m"),

     M(S, "Friday", D, "count_jan2", "2015-01-02"),
     M(S, "21", N, "dead", 21, JAN2),
     M(S, "24 counted", N, "dead", 24, DEC30),
     M(S, "Tuesday", D, "count_tue", "2014-12-30"),
     M(S, "three of those deaths", N, "unrelated", 3),
     M(S, "Dec. 28", D, "count_sun", "2014-12-28"),
     M(S, "10", N, "dead", 10, SUN, src=POL),
     M(S, "8", N, "dead", 8, SUN, src=MKN),
     M(S, "about 41,000", N, "evac", 41000, JAN2, qual="approx", fall=True),
     M(S, "Friday", D, "count_jan2", "2015-01-02", occ=2),
     M(S, "more than 230,000", N, "evac", 230000, SUN, qual="morethan", fall=True),
     M(S, "Dec. 28", D, "count_sun", "2014-12-28", occ=2),
     M(S, "about 34,000 people", N, "kel_evac", 34000, JAN2, qual="approx", fall=True),
     M(S, "180 centres", N, "kel_centres", 180, JAN2, fall=True),
     M(S, "RM300 million", N, "relief", 300e6, cls="rm", planted=True),
     M(S, "Dec. 27", D, "pm_visit", "2014-12-27"),
     M(S, "some 2,000 houses", N, "destroyed", 2000, JAN2, qual="approx"),
     M(S, "Monday", D, "schools_due", "2015-01-05"),
     M(S, "Thursday", D, "power", "2015-01-01"),

     M(A, "12 orang", N, "dead", 12, JAN2, planted=True),
     M(A, "Jumat (2/1/2015)", D, "count_jan2", "2015-01-02"),
     M(A, "24 korban jiwa", N, "dead", 24, DEC30),
     M(A, "Selasa (30/12/2014)", D, "count_tue", "2014-12-30"),
     M(A, "lebih dari 230.000 orang", N, "evac", 230000, SUN, qual="morethan", fall=True),
     M(A, "lebih dari 2.000 rumah", N, "destroyed", 2000, JAN20, qual="morethan"),
     M(A, "sekitar 6.000 rumah", N, "damaged", 6000, JAN20, qual="approx"),
     M(A, "Sabtu (27/12/2014)", D, "pm_visit", "2014-12-27"),
     M(A, "RM500 juta", N, "relief", 500e6, cls="rm"),
     M(A, "RM500", N, "cash", 500, cls="rm", occ=2),
     M(A, "Senin (12/1/2015)", D, "schools_open", "2015-01-12"),
    ]
    build("kelantan-floods-2014", "The monsoon floods of late December 2014 on Malaysia's east coast, worst in "
          "Kelantan (Kuala Krai and Gua Musang cut off): the evacuees rising from about 60,000 on Wednesday 24 "
          "December and more than 90,000 on Thursday 25 December to a peak of 232,913 on Sunday 28 December at 08:00 "
          "(about 158,000 in Kelantan), then falling to about 41,000 on Friday 2 January 2015; the dead rising from at "
          "least five on Thursday to 10 by the police against 8 by the national security council on Sunday (sources) "
          "and 24 on Tuesday 30 December, revised down to 21 on Friday 2 January after three deaths were found "
          "unrelated; the Kelantan River at Kuala Krai at 33 m on Thursday and 34.17 m at its peak on Friday 26 "
          "December (danger level 25 m); RM500 million of relief announced by the prime minister at Kuala Krai on "
          "Saturday 27 December", False, ms, names)


def riot():
    K, S, T, A = "kompas-dec09", "straitstimes-dec11", "tempo-dec18", "antara-jul01"
    # steps on different dates: the bus accident at 21:23 and the riot (Sunday 8 December 2013), the police statement
    # (Monday 9 December), the charges and the committee of inquiry announced (Tuesday 10 December), the alcohol ban
    # (Saturday 14 and Sunday 15 December), the repatriations (Tuesday 17 December), the inquiry's hearings (Wednesday
    # 19 February 2014) and its report (Monday 30 June 2014). The arrests rise 27 -> 28; the rioters are about 400 by
    # the police against about 300 active by the inquiry (sources).
    MON, TUE = "2013-12-09", "2013-12-10"
    POL, COI = "the police", "the committee of inquiry"
    names = {
     "acc_time": "time of the bus accident", "arrival": "time the first police arrived",
     "age": "the victim's age (years)", "driver_age": "the bus driver's age (years)",
     "rioters": "people who took part in the riot", "arrests": "people arrested",
     "indians_arr": "Indian nationals among those arrested on the night", "police_inj": "police officers injured",
     "scdf_inj": "civil defence officers injured", "officers_inj": "police and civil defence officers injured",
     "vehicles": "vehicles damaged", "burned": "vehicles burned", "hours": "hours the riot lasted",
     "charged": "people charged with rioting", "max_jail": "maximum jail term for rioting (years)",
     "repat": "workers to be repatriated", "repat_ind": "Indian nationals among those repatriated",
     "warned": "workers given police warnings", "witnesses": "witnesses heard by the inquiry",
     # dates
     "riot": "day of the accident and the riot", "statement": "day of the police statement",
     "charge_day": "day of the charges", "coi_day": "day the committee of inquiry was announced",
     "ban1": "first day of the alcohol ban", "ban2": "second day of the alcohol ban",
     "bus_stop": "day the workers' buses were suspended", "repat_day": "day the repatriations were announced",
     "hearings": "day the inquiry's hearings began", "report": "day the inquiry's report was released",
    }
    ms = [
     M(K, "Minggu (8/12/2013)", D, "riot", "2013-12-08"),
     M(K, "sekitar pukul 21.23", N, "acc_time", 21.383, qual="approx", cls="clock"),
     M(K, "33 tahun", N, "age", 33, cls="age"),
     M(K, "sekitar 400 orang", N, "rioters", 400, qual="approx", src=POL),
     M(K, "Senin (9/12/2013)", D, "statement", "2013-12-09"),
     M(K, "27 orang ditangkap", N, "arrests", 27, MON),
     M(K, "24 di antaranya", N, "indians_arr", 24),
     M(K, "Sedikitnya 22 polisi", N, "police_inj", 22, MON, qual="atleast"),
     M(K, "5 petugas pertahanan sipil", N, "scdf_inj", 5, MON, qual="atleast"),
     M(K, "25 kendaraan", N, "vehicles", 25),
     M(K, "5 yang dibakar", N, "burned", 5),
     M(K, "dua jam", N, "hours", 2, qual="approx", cls="dur"),
     M(K, "55 tahun", N, "driver_age", 55, cls="age"),

     M(S, "Twenty-four Indian nationals", N, "charged", 24, TUE),
     M(S, "Tuesday", D, "charge_day", "2013-12-10"),
     M(S, "Sunday", D, "riot", "2013-12-08"),
     M(S, "seven years", N, "max_jail", 7, cls="yrs"),
     M(S, "33-year-old", N, "age", 33, cls="age"),
     M(S, "10.23 p.m.", N, "acc_time", 22.383, cls="clock", planted=True),
     M(S, "28 people", N, "arrests", 28, TUE),
     M(S, "27", N, "arrests", 27, MON),
     M(S, "39 officers", N, "officers_inj", 39, TUE),
     M(S, "25 vehicles", N, "vehicles", 25),
     M(S, "five of them burned", N, "burned", 5),
     M(S, "Tuesday", D, "coi_day", "2013-12-10", occ=2),
     M(S, "Saturday", D, "ban1", "2013-12-14"),
     M(S, "Sunday", D, "ban2", "2013-12-15", occ=2),
     M(S, "Sunday", D, "bus_stop", "2013-12-15", occ=3),

     M(T, "53 pekerja asing", N, "repat", 53),
     M(T, "Selasa (17/12/2013)", D, "repat_day", "2013-12-17"),
     M(T, "52 orang", N, "repat_ind", 52),
     M(T, "lebih dari 200 pekerja", N, "warned", 200, qual="morethan"),
     M(T, "24 orang", N, "charged", 24, TUE),
     M(T, "Rabu (11/12/2013)", D, "charge_day", "2013-12-11", planted=True),
     M(T, "Sabtu (14/12/2013)", D, "ban1", "2013-12-14"),
     M(T, "Minggu (15/12/2013)", D, "ban2", "2013-12-15"),
     M(T, "Minggu (8/12/2013)", D, "riot", "2013-12-08"),

     M(A, "Senin (30/6/2014)", D, "report", "2014-06-30"),
     M(A, "sekitar 300 orang", N, "rioters", 300, qual="approx", src=COI),
     M(A, "Minggu (8/12/2013)", D, "riot", "2013-12-08"),
     M(A, "Rabu (19/2/2014)", D, "hearings", "2014-02-19"),
     M(A, "hampir 100 saksi", N, "witnesses", 100, qual="nearly"),
     M(A, "sekitar pukul 21.30", N, "arrival", 21.5, qual="approx", cls="clock"),
     M(A, "39 personel", N, "officers_inj", 39, TUE),
     M(A, "25 kendaraan", N, "vehicles", 25),
     M(A, "Selasa (10/12/2013)", D, "charge_day", "2013-12-10"),
     M(A, "24 pekerja India", N, "charged", 24, TUE),
    ]
    build("little-india-riot-2013", "The Little India riot in Singapore on the night of Sunday 8 December 2013, "
          "after a private bus killed the Indian construction worker Sakthivel Kumaravelu (33) at about 21:23 near "
          "Race Course Road: about 400 rioters by the police (about 300 active by the committee of inquiry: sources), "
          "39 police and civil defence officers injured, 25 vehicles damaged and 5 burned; 27 arrested on the night "
          "and 28 by Tuesday; 24 Indian nationals charged with rioting on Tuesday 10 December, when a committee of "
          "inquiry was announced; an alcohol ban on Saturday 14 and Sunday 15 December; 53 workers to be "
          "repatriated and more than 200 warned, announced on Tuesday 17 December; the inquiry's hearings from "
          "Wednesday 19 February 2014 and its report on Monday 30 June 2014", False, ms, names)


def subsidy():
    R, K, A, M_ = "reuters-sep02", "kompas-sep03", "antara-sep04", "malaymail-sep05"
    names = {
     "ron95": "RON95 price from 3 September (RM/l)", "ron95_old": "RON95 price before (RM/l)",
     "diesel": "diesel price from 3 September (RM/l)", "diesel_old": "diesel price before (RM/l)",
     "lpg": "cooking gas price (RM/kg)", "rise_sen": "rise of each fuel (sen a litre)",
     "ron_pct": "RON95 rise (%)", "diesel_pct": "diesel rise (%)", "eff_time": "time the new prices took effect",
     "save_year": "savings for the rest of 2013 (RM)", "save_full": "savings in a full year (RM)",
     "extra": "extra cost of a 40-litre fill (RM)", "days": "days the new prices had been paid",
     # dates
     "announce": "day of the announcement", "effective": "day the new prices took effect",
     "rush": "night of the queues at petrol stations",
    }
    ms = [
     M(R, "20 sen a litre", N, "rise_sen", 20, cls="sen"),
     M(R, "Tuesday", D, "effective", "2013-09-03"),
     M(R, "Monday", D, "announce", "2013-09-02"),
     M(R, "2.10 ringgit", N, "ron95", 2.10, cls="price"),
     M(R, "1.90 ringgit", N, "ron95_old", 1.90, cls="price"),
     M(R, "2.00 ringgit", N, "diesel", 2.00, cls="price"),
     M(R, "1.80 ringgit", N, "diesel_old", 1.80, cls="price"),
     M(R, "12:01 a.m.", N, "eff_time", 0.017, cls="clock"),
     M(R, "Sept. 3", D, "effective", "2013-09-03"),
     M(R, "1.1 billion ringgit", N, "save_year", 1.1e9, cls="rm"),
     M(R, "about 3.3 billion ringgit", N, "save_full", 3.3e9, qual="approx", cls="rm"),
     M(R, "roughly 11 percent", N, "diesel_pct", 11, qual="approx", cls="pct"),
     M(R, "about 10.5 percent", N, "ron_pct", 10.5, qual="approx", cls="pct"),
     M(R, "Monday", D, "rush", "2013-09-02", occ=2),

     M(K, "masing-masing 20 sen", N, "rise_sen", 20, cls="sen"),
     M(K, "Selasa (3/9/2013)", D, "effective", "2013-09-03"),
     M(K, "pukul 00.01", N, "eff_time", 0.017, cls="clock"),
     M(K, "RM2,10", N, "ron95", 2.10, cls="price"),
     M(K, "RM1,90", N, "ron95_old", 1.90, cls="price"),
     M(K, "RM1,80", N, "diesel_old", 1.80, cls="price"),
     M(K, "RM2,00", N, "diesel", 2.00, cls="price"),
     M(K, "Senin (2/9/2013)", D, "announce", "2013-09-02"),
     M(K, "RM1,1 miliar", N, "save_year", 1.1e9, cls="rm"),
     M(K, "sekitar RM3,3 miliar", N, "save_full", 3.3e9, qual="approx", cls="rm"),
     M(K, "RM1,90", N, "lpg", 1.90, cls="price", occ=2),
     M(K, "Senin", D, "rush", "2013-09-02", occ=2),

     M(A, "RM2,10", N, "ron95", 2.10, cls="price"),
     M(A, "RM2,00", N, "diesel", 2.00, cls="price"),
     M(A, "Selasa (3/9/2013)", D, "effective", "2013-09-03"),
     M(A, "sekitar 10,5 persen", N, "ron_pct", 10.5, qual="approx", cls="pct"),
     M(A, "sekitar 11 persen", N, "diesel_pct", 11, qual="approx", cls="pct"),
     M(A, "RM1,90", N, "ron95_old", 1.90, cls="price"),
     M(A, "RM1,80", N, "diesel_old", 1.80, cls="price"),
     M(A, "Senin (2/9/2013)", D, "announce", "2013-09-02"),
     M(A, "RM1,1 miliar", N, "save_year", 1.1e9, cls="rm"),
     M(A, "RM3,3 miliar", N, "save_full", 3.3e9, cls="rm"),
     M(A, "20 sen per liter", N, "rise_sen", 20, cls="sen"),

     M(M_, "three days", N, "days", 3, cls="dur"),
     M(M_, "20-sen increase", N, "rise_sen", 20, cls="sen"),
     M(M_, "Tuesday, Sept. 3", D, "effective", "2013-09-03"),
     M(M_, "RM2.10", N, "ron95", 2.10, cls="price"),
     M(M_, "RM1.90", N, "ron95_old", 1.90, cls="price"),
     M(M_, "RM2.00", N, "diesel", 2.00, cls="price"),
     M(M_, "RM1.80", N, "diesel_old", 1.80, cls="price"),
     M(M_, "about 10.5 per cent", N, "ron_pct", 10.5, qual="approx", cls="pct"),
     M(M_, "11 per cent", N, "diesel_pct", 11, qual="approx", cls="pct"),
     M(M_, "Monday", D, "announce", "2013-09-02"),
     M(M_, "RM1.1 billion", N, "save_year", 1.1e9, cls="rm"),
     M(M_, "about RM3.3 billion", N, "save_full", 3.3e9, qual="approx", cls="rm"),
     M(M_, "RM8", N, "extra", 8, cls="rm"),
     M(M_, "RM1.90", N, "lpg", 1.90, cls="price", occ=2),
    ]
    build("subsidy-cut-2013", "Malaysia's cut in fuel subsidies announced by the prime minister's office on Monday 2 "
          "September 2013 and in force from 00:01 on Tuesday 3 September 2013 (control): RON95 petrol RM1.90 -> "
          "RM2.10 and diesel RM1.80 -> RM2.00 a litre, 20 sen each (about 10.5% and 11%); savings of RM1.1 billion "
          "for the rest of 2013 and about RM3.3 billion a year; RON97 and cooking gas (RM1.90 a kilogram) "
          "unchanged. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    floods()
    riot()
    subsidy()
