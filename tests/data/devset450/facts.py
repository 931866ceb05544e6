"""Labels of the four-hundred-and-fiftieth development set (issue 12), produced from a table of facts, never from the
checker's output.

Each mention of a figure or date is written down once with what it states (``M``): the fact, its value, the as-of
time of a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error.
Every cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset450/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def derailment():
    R, K, T, W = "reuters-jun03", "kompas-jun04", "detik-jun07", "dw-dec05"
    # as-of times of the running tallies: Friday 3 June 2022 at 19:00 (4 dead, 16 seriously and about 30 lightly
    # injured), Saturday 4 June (5 dead; 44 injured by the police, 16 of them seriously, against about 60 treated by
    # the Red Cross: sources), Monday 6 June (the police's final count: 68 injured, 15 seriously -- one patient
    # reclassified, a revision -- and 53 lightly), Tuesday 7 June (still 5 dead), and the article of 5 December
    # (5 dead; the injured as the police's final Monday figures).
    FRI, SAT, MON, TUE, DEC = "2022-06-03", "2022-06-04", "2022-06-06", "2022-06-07", "2022-12-05"
    POL, RC = "the police", "the Red Cross"
    names = {
     "dead": "people killed", "severe": "people seriously injured", "light": "people lightly injured",
     "injured": "people injured in all", "carriages": "carriages that tipped over", "upright": "carriages left upright",
     "passengers": "passengers on board", "helis": "rescue helicopters", "km": "distance of the state capital (km)",
     "cranes": "cranes lifting the carriage", "employees": "railway employees under investigation",
     "ukr": "dead who had fled Ukraine",
     # dates
     "derail": "day of the derailment", "count5": "day the fifth body was found", "police_upd": "day of the police's final count",
     "statement": "day of the prosecutors' statement", "inspect": "day the nationwide check of sleepers began",
    }
    ms = [
     M(R, "Friday", D, "derail", "2022-06-03"),
     M(R, "four people", N, "dead", 4, FRI),
     M(R, "four dead", N, "dead", 4, FRI),
     M(R, "16 people seriously injured", N, "severe", 16, FRI),
     M(R, "about 30 others", N, "light", 30, FRI, qual="approx"),
     M(R, "Three", N, "carriages", 3),
     M(R, "roughly 140 passengers", N, "passengers", 140, qual="approx"),
     M(R, "At least five rescue helicopters", N, "helis", 5, qual="atleast"),
     M(R, "about 90 km", N, "km", 90, qual="approx", cls="km"),

     M(K, "lima orang", N, "dead", 5, SAT),
     M(K, "Sabtu (4/6/2022)", D, "count5", "2022-06-04"),
     M(K, "dua crane", N, "cranes", 2),
     M(K, "Jumat (3/6/2022)", D, "derail", "2022-06-03"),
     M(K, "44 orang", N, "injured", 44, SAT, src=POL),
     M(K, "16 di antaranya", N, "severe", 16, SAT),
     M(K, "sekitar 60 orang", N, "injured", 60, SAT, qual="approx", src=RC),
     M(K, "sekitar 140 penumpang", N, "passengers", 140, qual="approx"),
     M(K, "Tiga gerbong", N, "carriages", 3),
     M(K, "dua gerbong lain", N, "upright", 2),

     M(T, "tiga pegawai", N, "employees", 3),
     M(T, "lima orang", N, "dead", 5, TUE),
     M(T, "Selasa (7/6/2022)", D, "statement", "2022-06-07"),
     M(T, "Jumat (2/6/2022)", D, "derail", "2022-06-02", planted=True),
     M(T, "Senin (6/6/2022)", D, "police_upd", "2022-06-06"),
     M(T, "68 orang", N, "injured", 68, MON, src=POL),
     M(T, "15 orang luka berat", N, "severe", 15, MON),
     M(T, "53 orang luka ringan", N, "light", 53, MON),
     M(T, "lima orang", N, "dead", 5, TUE, occ=2),
     M(T, "Dua", N, "ukr", 2),
     M(T, "Sabtu", D, "count5", "2022-06-04"),
     M(T, "lima korban", N, "dead", 5, TUE),

     M(W, "June 3", D, "derail", "2022-06-03"),
     M(W, "five people", N, "dead", 5, DEC),
     M(W, "86", N, "injured", 86, MON, src=POL, planted=True),
     M(W, "15", N, "severe", 15, MON),
     M(W, "June 6", D, "inspect", "2022-06-06"),
     M(W, "three railway employees", N, "employees", 3),
    ]
    build("garmisch-derailment-2022", "The derailment of a double-decker regional train bound for Munich near "
          "Garmisch-Partenkirchen on Friday 3 June 2022 at about 12:15: 4 dead, 16 seriously and about 30 lightly "
          "injured by Friday evening; 5 dead on Saturday 4 June after the last body was found under a carriage (44 "
          "injured by the police against about 60 treated by the Red Cross: sources); the police's final count on "
          "Monday 6 June of 68 injured, 15 seriously (one fewer than first given: a revision) and 53 lightly; three "
          "railway employees under investigation from Tuesday 7 June; damaged concrete sleepers the likely cause",
          False, ms, names)


def lubcke():
    R, K, T, A = "reuters-jun17", "kompas-jun28", "tempo-jun16", "antara-jan29"
    # steps on different dates: the shooting (Lübcke died early on Sunday 2 June 2019), the arrest (Saturday 15
    # June), the federal prosecutors' takeover (Monday 17 June), the confession (Tuesday 25 June), the two other
    # arrests (Thursday 27 June), the retraction (Tuesday 2 July 2019), the trial's opening (Tuesday 16 June 2020),
    # the verdict (Thursday 28 January 2021); the 2016 stabbing he was also charged with (6 January 2016). The
    # accused's age rises with the dates (45 -> 46 -> 47: updates), as does the second accused's (43 -> 44).
    Y19, Y20, Y21 = "2019-06", "2020-06", "2021-01"
    names = {
     "l_age": "the victim's age (years)", "e_age": "the accused's age (years)",
     "h_age": "the second accused's age (years)", "j_age": "the gun seller's age (years)",
     "seats": "seats for the public", "days_plan": "trial days scheduled", "days_held": "trial days held",
     "parole": "years before parole would be possible", "susp": "suspended sentence of the second accused (months)",
     # dates
     "death": "day of the killing", "arrest": "day of the arrest", "takeover": "day federal prosecutors took over",
     "confession": "day of the confession", "arrests2": "day two more men were arrested",
     "retract": "day the confession was withdrawn", "stabbing": "day of the 2016 stabbing",
     "trial": "day the trial opened", "verdict": "day of the verdict",
    }
    ms = [
     M(R, "Monday", D, "takeover", "2019-06-17"),
     M(R, "65", N, "l_age", 65, cls="age"),
     M(R, "Sunday, June 2", D, "death", "2019-06-02"),
     M(R, "45-year-old", N, "e_age", 45, Y19, cls="age"),
     M(R, "Saturday", D, "arrest", "2019-06-15"),

     M(K, "Kamis (27/6/2019)", D, "arrests2", "2019-06-27"),
     M(K, "Selasa (25/6/2019)", D, "confession", "2019-06-25"),
     M(K, "64 tahun", N, "j_age", 64, cls="age"),
     M(K, "43 tahun", N, "h_age", 43, Y19, cls="age"),
     M(K, "66 tahun", N, "l_age", 66, cls="age", planted=True),
     M(K, "Minggu (2/6/2019)", D, "death", "2019-06-02"),
     M(K, "45 tahun", N, "e_age", 45, Y19, cls="age"),
     M(K, "Sabtu (15/6/2019)", D, "arrest", "2019-06-15"),
     M(K, "Senin (17/6/2019)", D, "takeover", "2019-06-17"),

     M(T, "Selasa (16/6/2020)", D, "trial", "2020-06-16"),
     M(T, "46 tahun", N, "e_age", 46, Y20, cls="age"),
     M(T, "Minggu (2/6/2019)", D, "death", "2019-06-02"),
     M(T, "6 Januari 2016", D, "stabbing", "2016-01-06"),
     M(T, "44 tahun", N, "h_age", 44, Y20, cls="age"),
     M(T, "Selasa (2/7/2019)", D, "retract", "2019-07-02"),
     M(T, "sekitar 20 kursi", N, "seats", 20, qual="approx"),
     M(T, "lebih dari 30 hari persidangan", N, "days_plan", 30, qual="morethan", cls="days"),

     M(A, "Kamis (28/1/2021)", D, "verdict", "2021-01-28"),
     M(A, "15 tahun", N, "parole", 15, cls="yrs"),
     M(A, "47 tahun", N, "e_age", 47, Y21, cls="age"),
     M(A, "Januari 2016", D, "stabbing", "2016-01"),
     M(A, "18 bulan", N, "susp", 18, cls="months"),
     M(A, "65 tahun", N, "l_age", 65, cls="age"),
     M(A, "Minggu (2/6/2019)", D, "death", "2019-06-02"),
     M(A, "16 Juli 2020", D, "trial", "2020-07-16", planted=True),
     M(A, "45 hari sidang", N, "days_held", 45, cls="days"),
    ]
    build("lubcke-murder-2019", "The killing of Walter Lübcke (65), head of the Kassel regional government, shot on "
          "the terrace of his home in Wolfhagen and dead early on Sunday 2 June 2019, and the case against Stephan "
          "Ernst: arrested on Saturday 15 June, the case taken over by the federal prosecutors on Monday 17 June, a "
          "confession on Tuesday 25 June, two more men arrested on Thursday 27 June, the confession withdrawn on "
          "Tuesday 2 July 2019; the trial opened at the Frankfurt Higher Regional Court on Tuesday 16 June 2020 and "
          "the verdict on Thursday 28 January 2021: life for Ernst, acquitted of a 2016 stabbing; 18 months suspended "
          "for the second accused on a weapons charge", False, ms, names)


def relief():
    R, K, T, P = "reuters-mar24", "kompas-mar25", "detik-mar26", "tempo-mar28"
    names = {
     "allow": "one-off energy payment to workers (euros)", "child": "bonus a child (euros)",
     "welfare": "one-off payment to welfare recipients (euros)", "months": "months of the fuel tax cut",
     "petrol": "petrol cheaper by (cents a litre)", "diesel": "diesel cheaper by (cents a litre)",
     "ticket": "monthly transit ticket (euros)", "days": "days of the cheap ticket",
     # dates
     "announce": "day the package was agreed", "talks": "day the talks began",
    }
    ms = [
     M(R, "Thursday", D, "announce", "2022-03-24"),
     M(R, "300 euros", N, "allow", 300, cls="eur"),
     M(R, "Wednesday", D, "talks", "2022-03-23"),
     M(R, "100 euros", N, "child", 100, cls="eur"),
     M(R, "100 euros", N, "welfare", 100, cls="eur", occ=2),
     M(R, "three months", N, "months", 3, cls="dur"),
     M(R, "about 30 cents", N, "petrol", 30, qual="approx", cls="cent"),
     M(R, "about 14 cents", N, "diesel", 14, qual="approx", cls="cent"),
     M(R, "90 days", N, "days", 90, cls="dur"),
     M(R, "9 euros", N, "ticket", 9, cls="eur"),
     M(R, "300-euro payment", N, "allow", 300, cls="eur"),

     M(K, "Kamis (24/3/2022)", D, "announce", "2022-03-24"),
     M(K, "300 euro", N, "allow", 300, cls="eur"),
     M(K, "Rabu (23/3/2022)", D, "talks", "2022-03-23"),
     M(K, "100 euro", N, "child", 100, cls="eur"),
     M(K, "100 euro", N, "welfare", 100, cls="eur", occ=2),
     M(K, "tiga bulan", N, "months", 3, cls="dur"),
     M(K, "sekitar 30 sen", N, "petrol", 30, qual="approx", cls="cent"),
     M(K, "sekitar 14 sen", N, "diesel", 14, qual="approx", cls="cent"),
     M(K, "9 euro", N, "ticket", 9, cls="eur"),
     M(K, "90 hari", N, "days", 90, cls="dur"),
     M(K, "300 euro", N, "allow", 300, cls="eur", occ=2),

     M(T, "9 euro", N, "ticket", 9, cls="eur"),
     M(T, "Kamis (24/3/2022)", D, "announce", "2022-03-24"),
     M(T, "tiga bulan", N, "months", 3, cls="dur"),
     M(T, "sekitar 30 sen", N, "petrol", 30, qual="approx", cls="cent"),
     M(T, "sekitar 14 sen", N, "diesel", 14, qual="approx", cls="cent"),
     M(T, "9 euro", N, "ticket", 9, cls="eur", occ=2),
     M(T, "90 hari", N, "days", 90, cls="dur"),
     M(T, "300 euro", N, "allow", 300, cls="eur"),
     M(T, "100 euro", N, "child", 100, cls="eur"),
     M(T, "100 euro", N, "welfare", 100, cls="eur", occ=2),

     M(P, "Kamis (24/3/2022)", D, "announce", "2022-03-24"),
     M(P, "300 euro", N, "allow", 300, cls="eur"),
     M(P, "100 euro", N, "child", 100, cls="eur"),
     M(P, "100 euro", N, "welfare", 100, cls="eur", occ=2),
     M(P, "300 euro", N, "allow", 300, cls="eur", occ=2),
     M(P, "tiga bulan", N, "months", 3, cls="dur"),
     M(P, "sekitar 30 sen", N, "petrol", 30, qual="approx", cls="cent"),
     M(P, "sekitar 14 sen", N, "diesel", 14, qual="approx", cls="cent"),
     M(P, "90 hari", N, "days", 90, cls="dur"),
     M(P, "9 euro", N, "ticket", 9, cls="eur"),
     M(P, "9 euro", N, "ticket", 9, cls="eur", occ=2),
    ]
    build("germany-relief-2022", "Germany's energy relief package agreed by the three coalition parties on Thursday "
          "24 March 2022 after talks through the night from Wednesday 23 March (control): a one-off taxable payment of "
          "300 euros to every worker paying income tax, 100 euros a child and 100 euros to welfare recipients; the "
          "fuel tax cut for three months to the EU minimum, petrol about 30 cents and diesel about 14 cents a litre "
          "cheaper; a 9-euro monthly ticket for local transport for 90 days. Zero conflicts expected.", True, ms,
          names)


if __name__ == "__main__":
    derailment()
    lubcke()
    relief()
