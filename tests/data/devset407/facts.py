"""The four-hundred-and-seventh development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset407/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def quake():
    R, K, A, J = "reuters-sep02", "kompas-sep03", "antara-sep09", "jakpost-oct05"
    # as-of times of the running tallies: Wednesday 2 September 2009 at 20:30 (at least 25 dead, about 60 buried) and
    # at 23:00 (39 dead, 57 missing), Friday 4 September (59 dead, 37 missing), Saturday 5 September (64 dead by the
    # disaster agency against 73 by the West Java coordinating body: sources), Tuesday 8 September (81), and the
    # count standing on Monday 5 October (79, after a double listing: a revision). The magnitude: 7.3 by the
    # geophysics agency against 7.0 by the USGS on the day (sources), revised down by the agency to 7.0 on Thursday 3
    # September (a revision). The dead do not fall; the missing may (people found with relatives).
    WED20, WED23, THU, FRI, SAT, SEP8, OCT5 = ("2009-09-02a", "2009-09-02b", "2009-09-03", "2009-09-04",
                                              "2009-09-05", "2009-09-08", "2009-10-05")
    BNPB, SATK = "the disaster agency (BNPB)", "the West Java disaster coordinating body (Satkorlak)"
    BMKG, USGS = "the geophysics agency (BMKG)", "the U.S. Geological Survey"
    names = {
     "dead": "people killed by the quake", "missing": "people missing or buried", "mag": "the quake's magnitude",
     "aft1": "magnitude of the first aftershock", "aft2": "magnitude of the strongest aftershock",
     "dist": "distance of the epicentre from Tasikmalaya (km)", "depth": "depth of the quake (km)",
     "jkt": "distance of Jakarta (km)", "aft_min": "minutes in which the aftershocks followed",
     "severe": "people severely injured", "light": "people lightly injured", "aftershocks": "aftershocks counted",
     "houses_tasik": "houses damaged in Tasikmalaya district", "houses_heavy": "houses heavily damaged",
     "displaced": "people displaced", "districts": "districts with displaced people",
     "double": "victims listed twice",
     # dates
     "quake": "day of the quake", "count_wed": "day of the count of 39", "count_fri": "day of the count of 59", "count_sat": "day of the counts of 64 and 73",
     "count_81": "day of the count of 81", "mag_rev": "day the magnitude was revised",
    }
    ms = [
     M(R, "Wednesday", D, "quake", "2009-09-02"),
     M(R, "at least 25 people", N, "dead", 25, WED20, qual="atleast"),
     M(R, "142 km", N, "dist", 142, cls="km"),
     M(R, "30 km", N, "depth", 30, cls="km"),
     M(R, "7.3", N, "mag", 7.3, WED20, cls="mag", src=BMKG),
     M(R, "7.0", N, "mag", 7.0, WED20, cls="mag", src=USGS),
     M(R, "at least 25 people", N, "dead", 25, WED20, qual="atleast", occ=2),
     M(R, "About 60 villagers", N, "missing", 60, WED20, qual="approx", fall=True),
     M(R, "5.1", N, "aft1", 5.1, cls="mag"),
     M(R, "5.4", N, "aft2", 5.4, cls="mag"),
     M(R, "90 minutes", N, "aft_min", 90, cls="min"),
     M(R, "190 km", N, "jkt", 190, cls="km"),

     M(K, "39 orang", N, "dead", 39, WED23),
     M(K, "Rabu (2/9/2009)", D, "count_wed", "2009-09-02"),
     M(K, "5 orang luka berat", N, "severe", 5),
     M(K, "32 orang luka ringan", N, "light", 32),
     M(K, "57 warga", N, "missing", 57, WED23, fall=True),
     M(K, "7,3 skala Richter", N, "mag", 7.3, WED20, cls="mag", src=BMKG),
     M(K, "Selasa (1/9/2009)", D, "quake", "2009-09-01", planted=True),
     M(K, "142 kilometer", N, "dist", 142, cls="km"),
     M(K, "22 kali gempa susulan", N, "aftershocks", 22, qual="atleast"),
     M(K, "5,4 skala Richter", N, "aft2", 5.4, cls="mag"),
     M(K, "sekitar 1.200 rumah", N, "houses_tasik", 1200, qual="approx"),

     M(A, "Rabu (2/9/2009)", D, "quake", "2009-09-02"),
     M(A, "81 orang", N, "dead", 81, SEP8),
     M(A, "Selasa (8/9/2009)", D, "count_81", "2009-09-08"),
     M(A, "Sabtu (5/9/2009)", D, "count_sat", "2009-09-05"),
     M(A, "64 orang", N, "dead", 64, SAT, src=BNPB),
     M(A, "73 orang", N, "dead", 73, SAT, src=SATK),
     M(A, "Jumat (4/9/2009)", D, "count_fri", "2009-09-04"),
     M(A, "59 korban tewas", N, "dead", 59, FRI),
     M(A, "37 orang hilang", N, "missing", 37, FRI, fall=True),
     M(A, "Lebih dari 25.000 warga", N, "displaced", 25000, SAT, qual="morethan"),
     M(A, "delapan kabupaten", N, "districts", 8),
     M(A, "sedikitnya 10.000 rumah", N, "houses_heavy", 10000, SAT, qual="atleast"),
     M(A, "Kamis (3/9/2009)", D, "mag_rev", "2009-09-03"),
     M(A, "7,0 skala Richter", N, "mag", 7.0, THU, cls="mag", src=BMKG),
     M(A, "30 kilometer", N, "depth", 30, cls="km"),

     M(J, "Sept. 2", D, "quake", "2009-09-02"),
     M(J, "79", N, "dead", 79, OCT5),
     M(J, "81", N, "dead", 81, SEP8),
     M(J, "Sept. 8", D, "count_81", "2009-09-08"),
     M(J, "two victims", N, "double", 2),
     M(J, "39", N, "dead", 39, WED23),
     M(J, "95 dead", N, "dead", 95, FRI, planted=True),
     M(J, "Friday, Sept. 4", D, "count_fri", "2009-09-04"),
     M(J, "magnitude 7.0", N, "mag", 7.0, OCT5, cls="mag", src=BMKG),
     M(J, "142 km", N, "dist", 142, cls="km"),
     M(J, "63,717 houses", N, "houses_heavy", 63717, OCT5),
    ]
    build("tasikmalaya-quake-2009", "The West Java earthquake of Wednesday 2 September 2009 at 14:55 local time, "
          "centred at sea about 142 km southwest of Tasikmalaya at a depth of 30 km: magnitude 7.3 by the geophysics "
          "agency against 7.0 by the USGS on the day (sources), revised down by the agency to 7.0 on Thursday 3 "
          "September; the toll rising from at least 25 at 20:30 and 39 at 23:00 on the day to 59 on Friday 4 "
          "September, 64 on Saturday 5 September (73 by the West Java coordinating body: sources) and 81 on 8 "
          "September, revised down to 79 after a double listing; the missing falling from about 60 to 57 and 37; "
          "more than 25,000 displaced and 63,717 houses heavily damaged in the final count", False, ms, names)


def trial():
    R, K, T, B = "reuters-jan30", "kompas-oct05", "tempo-oct27", "bbc-aug18"
    # steps on different dates: the death (Wednesday 6 January 2016), the suspect named (Friday 29 January), the
    # arrest (Saturday 30 January), the trial opened (15 June), the prosecutors' demand (Wednesday 5 October), the
    # verdict (Thursday 27 October 2016), the parole (Sunday 18 August 2024). Tempting pairs of one unit: 20 years
    # sought against 20 years given (two facts), both women 27, about eight years served.
    names = {
     "j_age": "the accused's age (years)", "m_age": "the victim's age (years)", "weeks": "weeks of questioning",
     "demand": "prison term sought by the prosecutors (years)", "verdict": "prison term given (years)",
     "served": "years served before parole",
     # dates
     "death": "day of the victim's death", "suspect": "day she was named a suspect", "arrest": "day of the arrest",
     "trial": "day the trial opened", "demand_day": "day of the prosecutors' demand",
     "verdict_day": "day of the verdict", "parole": "day of the release on parole",
    }
    ms = [
     M(R, "Saturday", D, "arrest", "2016-01-30"),
     M(R, "27", N, "j_age", 27, cls="age"),
     M(R, "Friday, Jan. 29", D, "suspect", "2016-01-29"),
     M(R, "27", N, "m_age", 27, cls="age", occ=2),
     M(R, "Jan. 6", D, "death", "2016-01-06"),
     M(R, "three weeks", N, "weeks", 3, cls="dur"),

     M(K, "20 tahun penjara", N, "demand", 20, cls="yrs"),
     M(K, "Rabu (5/10/2016)", D, "demand_day", "2016-10-05"),
     M(K, "28 tahun", N, "m_age", 28, cls="age", planted=True),
     M(K, "Rabu (6/1/2016)", D, "death", "2016-01-06"),
     M(K, "Sabtu (30/1/2016)", D, "arrest", "2016-01-30"),
     M(K, "15 Juni 2016", D, "trial", "2016-06-15"),

     M(T, "20 tahun penjara", N, "verdict", 20, cls="yrs"),
     M(T, "Kamis (27/10/2016)", D, "verdict_day", "2016-10-27"),
     M(T, "20 tahun penjara", N, "demand", 20, cls="yrs", occ=2),
     M(T, "Rabu (5/10/2016)", D, "demand_day", "2016-10-05"),
     M(T, "27 tahun", N, "m_age", 27, cls="age"),
     M(T, "Rabu (6/1/2016)", D, "death", "2016-01-06"),
     M(T, "15 Juni 2016", D, "trial", "2016-06-15"),

     M(B, "Sunday, Aug. 18", D, "parole", "2024-08-18"),
     M(B, "about eight years", N, "served", 8, qual="approx", cls="yrs"),
     M(B, "20-year sentence", N, "verdict", 20, cls="yrs"),
     M(B, "Jan. 30, 2016", D, "arrest", "2016-01-30"),
     M(B, "Oct. 26, 2016", D, "verdict_day", "2016-10-26", planted=True),
     M(B, "Jan. 6, 2016", D, "death", "2016-01-06"),
    ]
    build("mirna-coffee-trial-2016", "The death of Wayan Mirna Salihin (27) after drinking a Vietnamese iced coffee "
          "laced with cyanide at the Olivier cafe in Jakarta's Grand Indonesia mall on Wednesday 6 January 2016 and the "
          "trial of her friend Jessica Kumala Wongso (27): named a suspect on Friday 29 January, arrested on Saturday "
          "30 January, tried from 15 June at the Central Jakarta District Court, 20 years sought by the prosecutors "
          "on Wednesday 5 October and 20 years given on Thursday 27 October 2016 by the bench led by Kisworo; released "
          "on parole on Sunday 18 August 2024 after about eight years", False, ms, names)


def fuel():
    R, K, A, J = "reuters-jun21", "kompas-jun22", "antara-jun23", "jakpost-jun24"
    names = {
     "gas": "gasoline price from 22 June (Rp/l)", "gas_old": "gasoline price before (Rp/l)",
     "diesel": "diesel price from 22 June (Rp/l)", "diesel_old": "diesel price before (Rp/l)",
     "gas_pct": "gasoline rise (%)", "diesel_pct": "diesel rise (%)", "cash_month": "cash aid a month (Rp)",
     "cash_inst": "cash aid an instalment (Rp)", "months": "months of cash aid", "inst": "instalments of the cash aid",
     "households": "poor households receiving cash (million)", "gap": "days between the budget vote and the announcement",
     # dates
     "announce": "day of the announcement", "effective": "day the new prices took effect",
     "budget": "day parliament passed the revised budget", "rush": "night of the rush at petrol stations",
     "normal": "day supplies were back to normal",
    }
    ms = [
     M(R, "Saturday", D, "effective", "2013-06-22"),
     M(R, "Friday", D, "announce", "2013-06-21"),
     M(R, "6,500 rupiah", N, "gas", 6500, cls="rp"),
     M(R, "4,500 rupiah", N, "gas_old", 4500, cls="rp"),
     M(R, "about 44 percent", N, "gas_pct", 44, qual="approx", cls="pct"),
     M(R, "5,500 rupiah", N, "diesel", 5500, cls="rp"),
     M(R, "4,500 rupiah", N, "diesel_old", 4500, cls="rp", occ=2),
     M(R, "about 22 percent", N, "diesel_pct", 22, qual="approx", cls="pct"),
     M(R, "June 22", D, "effective", "2013-06-22"),
     M(R, "15.5 million poor households", N, "households", 15.5, cls="hh"),
     M(R, "150,000 rupiah", N, "cash_month", 150000, cls="rp"),
     M(R, "four months", N, "months", 4, cls="dur"),
     M(R, "two instalments", N, "inst", 2),
     M(R, "300,000 rupiah", N, "cash_inst", 300000, cls="rp"),
     M(R, "Monday, June 17", D, "budget", "2013-06-17"),

     M(K, "Rp 4.500", N, "gas_old", 4500, cls="rp"),
     M(K, "Rp 6.500", N, "gas", 6500, cls="rp"),
     M(K, "Sabtu (22/6/2013)", D, "effective", "2013-06-22"),
     M(K, "Rp 4.500", N, "diesel_old", 4500, cls="rp", occ=2),
     M(K, "Rp 5.500", N, "diesel", 5500, cls="rp"),
     M(K, "Jumat (21/6/2013)", D, "announce", "2013-06-21"),
     M(K, "44 persen", N, "gas_pct", 44, cls="pct"),
     M(K, "22 persen", N, "diesel_pct", 22, cls="pct"),
     M(K, "Rp 150.000", N, "cash_month", 150000, cls="rp"),
     M(K, "15,5 juta rumah tangga", N, "households", 15.5, cls="hh"),
     M(K, "empat bulan", N, "months", 4, cls="dur"),
     M(K, "dua kali", N, "inst", 2),
     M(K, "Rp 300.000", N, "cash_inst", 300000, cls="rp"),
     M(K, "Senin (17/6/2013)", D, "budget", "2013-06-17"),

     M(A, "15,5 juta rumah tangga", N, "households", 15.5, cls="hh"),
     M(A, "Sabtu (22/6/2013)", D, "effective", "2013-06-22"),
     M(A, "Rp 150.000", N, "cash_month", 150000, cls="rp"),
     M(A, "empat bulan", N, "months", 4, cls="dur"),
     M(A, "dua tahap", N, "inst", 2),
     M(A, "Rp 300.000", N, "cash_inst", 300000, cls="rp"),
     M(A, "Jumat (21/6/2013)", D, "announce", "2013-06-21"),
     M(A, "Senin (17/6/2013)", D, "budget", "2013-06-17"),
     M(A, "Rp 6.500", N, "gas", 6500, cls="rp"),
     M(A, "44 persen", N, "gas_pct", 44, cls="pct"),
     M(A, "Rp 4.500", N, "gas_old", 4500, cls="rp"),
     M(A, "Rp 5.500", N, "diesel", 5500, cls="rp"),
     M(A, "22 persen", N, "diesel_pct", 22, cls="pct"),
     M(A, "Rp 4.500", N, "diesel_old", 4500, cls="rp", occ=2),

     M(J, "Saturday", D, "effective", "2013-06-22"),
     M(J, "Rp 6,500", N, "gas", 6500, cls="rp"),
     M(J, "44 percent", N, "gas_pct", 44, cls="pct"),
     M(J, "Rp 4,500", N, "gas_old", 4500, cls="rp"),
     M(J, "Rp 5,500", N, "diesel", 5500, cls="rp"),
     M(J, "22 percent", N, "diesel_pct", 22, cls="pct"),
     M(J, "Rp 4,500", N, "diesel_old", 4500, cls="rp", occ=2),
     M(J, "Friday, June 21", D, "announce", "2013-06-21"),
     M(J, "four days", N, "gap", 4, cls="dur"),
     M(J, "June 17", D, "budget", "2013-06-17"),
     M(J, "15.5 million poor households", N, "households", 15.5, cls="hh"),
     M(J, "Rp 150,000", N, "cash_month", 150000, cls="rp"),
     M(J, "four months", N, "months", 4, cls="dur"),
     M(J, "two rounds", N, "inst", 2),
     M(J, "Rp 300,000", N, "cash_inst", 300000, cls="rp"),
     M(J, "Friday", D, "rush", "2013-06-21", occ=2),
     M(J, "Sunday", D, "normal", "2013-06-23"),
    ]
    build("fuel-rise-2013", "Indonesia's subsidised fuel price rise announced by the energy minister Jero Wacik on "
          "Friday 21 June 2013 and in force from Saturday 22 June 2013 at 00:00 (control): gasoline Rp 4,500 -> 6,500 "
          "and diesel Rp 4,500 -> 5,500 a litre (44% and 22%); cash aid of Rp 150,000 a month for four months, paid in "
          "two instalments of Rp 300,000, to 15.5 million poor households; the revised budget passed by parliament on "
          "Monday 17 June 2013. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    quake()
    trial()
    fuel()
