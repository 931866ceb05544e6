"""The three-hundred-and-tenth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset310/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def bourke():
    R, K, A, T = "reuters-jan21", "kompas-jan31", "ap-nov13", "tempo-feb23"
    # as-of times of the running tallies: Friday 20 January 2017 at night (four dead), Saturday 21 January (five dead
    # after the baby's death overnight, 37 treated, four critical), Monday 30 January at night (six dead, nine still
    # in hospital, one critical, five murder charges), the verdict of Tuesday 13 November 2018 (six dead, 33 charges)
    # and the sentence of Friday 22 February 2019 (six murder counts). The dead, the people treated and the charges do
    # not fall; the patients still in hospital and those in a critical condition may. Ages are different facts (the
    # driver's at the attack, at the verdict and at the sentence; the victims').
    FRI, SAT, JAN30, NOV13, FEB22 = "2017-01-20", "2017-01-21", "2017-01-30", "2018-11-13", "2019-02-22"
    names = {
     "dead": "people killed", "treated": "people treated in hospital", "critical": "patients in a critical condition",
     "in_hosp": "patients still in hospital", "murder_counts": "murder charges", "charges": "charges at the trial",
     "reckless": "counts of reckless conduct endangering life", "life_terms": "life terms",
     "families": "victims' families represented", "jurors_women": "women on the jury", "jurors_men": "men on the jury",
     "fund": "the official appeal's total (A$)", "jury_min": "minutes the jury deliberated",
     "nonparole": "non-parole period (years)", "age_2017": "the driver's age at the attack",
     "age_2018": "the driver's age at the verdict", "age_2019": "the driver's age at the sentence",
     "age_man": "age of the man who died in hospital on Friday night", "age_woman": "age of the sixth victim",
     "age_girl": "age of the girl killed", "age_baby": "age of the baby killed (months)",
     "days_to_death6": "days between the attack and the sixth death", "days_stabbing": "days between the other "
     "stabbing and the verdict",
     # dates
     "attack": "day of the attack", "count_fri": "day of the count of four", "stmt_sat": "day of the police statement",
     "vigil": "day of the vigil", "death6": "day the sixth victim died", "memorial": "day the flowers were removed",
     "verdict": "day of the verdict", "stabbing2018": "day of the other Bourke Street stabbing",
     "presentence": "day the pre-sentence hearing was to start", "sentence": "day of the sentence",
     "parole_year": "year of parole eligibility",
    }
    ms = [
     M(R, "to five", N, "dead", 5, SAT),
     M(R, "on Saturday", D, "stmt_sat", "2017-01-21"),
     M(R, "Four people", N, "dead", 4, FRI),
     M(R, "Friday night", D, "count_fri", "2017-01-20"),
     M(R, "33-year-old man", N, "age_man", 33, cls="age"),
     M(R, "37 other people", N, "treated", 37, SAT),
     M(R, "four of them", N, "critical", 4, SAT, fall=True),
     M(R, "10-year-old girl", N, "age_girl", 10, cls="age"),
     M(R, "26-year-old driver", N, "age_2017", 26, cls="age"),
     M(R, "three-month-old boy", N, "age_baby", 3, cls="months"),
     M(R, "on Friday", D, "attack", "2017-01-20"),
     M(R, "on Monday", D, "vigil", "2017-01-23"),

     M(K, "enam orang", N, "dead", 6, JAN30),
     M(K, "33 tahun", N, "age_woman", 33, cls="age"),
     M(K, "Senin (30/1/2017)", D, "death6", "2017-01-30"),
     M(K, "sepuluh hari", N, "days_to_death6", 10, cls="days"),
     M(K, "Kamis (19/1/2017)", D, "attack", "2017-01-19", planted=True),
     M(K, "Lima korban lain", N, "dead", 5, SAT),
     M(K, "10 tahun", N, "age_girl", 10, cls="age"),
     M(K, "tiga bulan", N, "age_baby", 3, cls="months"),
     M(K, "37 orang", N, "treated", 37, JAN30),
     M(K, "sembilan", N, "in_hosp", 9, JAN30, fall=True),
     M(K, "satu dalam kondisi kritis", N, "critical", 1, JAN30, fall=True),
     M(K, "26 tahun", N, "age_2017", 26, cls="age"),
     M(K, "lima dakwaan pembunuhan", N, "murder_counts", 5, JAN30),
     M(K, "Selasa (31/1/2017)", D, "memorial", "2017-01-31"),
     M(K, "sekitar 910.000 dolar Australia", N, "fund", 910000, qual="approx", cls="aud"),

     M(A, "on Tuesday", D, "verdict", "2018-11-13"),
     M(A, "six people", N, "dead", 6, NOV13),
     M(A, "seven women", N, "jurors_women", 7),
     M(A, "five men", N, "jurors_men", 5),
     M(A, "57 minutes", N, "jury_min", 57, cls="min"),
     M(A, "28-year-old", N, "age_2018", 28, cls="age"),
     M(A, "all 33 charges", N, "charges", 33, NOV13),
     M(A, "27 counts", N, "reckless", 27),
     M(A, "Jan. 20, 2017", D, "attack", "2017-01-20"),
     M(A, "10-year-old girl", N, "age_girl", 10, cls="age"),
     M(A, "five of the victims", N, "families", 5),
     M(A, "four days", N, "days_stabbing", 4, cls="days"),
     M(A, "on Friday", D, "stabbing2018", "2018-11-09"),
     M(A, "Jan. 29", D, "presentence", "2019-01-29"),

     M(T, "Jumat (22/2/2019)", D, "sentence", "2019-02-22"),
     M(T, "46 tahun", N, "nonparole", 46, cls="years"),
     M(T, "29 tahun", N, "age_2019", 29, cls="age"),
     M(T, "2063", D, "parole_year", "2063"),
     M(T, "enam hukuman seumur hidup", N, "life_terms", 6),
     M(T, "enam dakwaan pembunuhan", N, "murder_counts", 6, FEB22),
     M(T, "27 dakwaan", N, "reckless", 27),
     M(T, "Rabu (14/11/2018)", D, "verdict", "2018-11-14", planted=True),
     M(T, "20 Januari 2017", D, "attack", "2017-01-20"),
     M(T, "enam orang", N, "dead", 6, FEB22),
     M(T, "tiga bulan", N, "age_baby", 3, cls="months"),
     M(T, "10 tahun", N, "age_girl", 10, cls="age"),
     M(T, "lima korban", N, "families", 5),
    ]
    build("bourke-street-2017", "The Bourke Street car attack in Melbourne (Friday 20 January 2017, shortly after 1.30 "
          "p.m.) and its trial: four dead by Friday night, five on Saturday 21 January after a baby's death, six on "
          "Monday 30 January; 37 people treated in hospital, four critical on Saturday and one on 30 January; five "
          "murder charges by 30 January; the jury's verdict on Tuesday 13 November 2018 (six murders and 27 counts of "
          "reckless conduct, 33 charges, 57 minutes); the sentence on Friday 22 February 2019 (six life terms, 46 years "
          "without parole, eligible in 2063)", False, ms, names)


def mansfield():
    R, K, Dt, G = "reuters-sep22", "kompas-sep23", "detik-oct07", "guardian-oct14"
    # The magnitude: Geoscience Australia's first reading of 6.0 and its corrected 5.9 are two as-of times of one
    # reading (a revision); the US Geological Survey's 5.8 is another source. Magnitudes no text credits carry
    # Geoscience Australia's corrected reading (Australian reports use the agency's figure). The aftershocks: at least
    # six by Wednesday afternoon (22 September 2021), nine in the first 24 hours (to Thursday 23 September morning).
    FIRST, UPD = "2021-09-22a0", "2021-09-22a1"
    WED, WEDPM, THU = "2021-09-22a", "2021-09-22b", "2021-09-23"
    GA, USGS = "Geoscience Australia", "the US Geological Survey"
    names = {
     "mag": "the quake's magnitude", "depth": "depth (km)", "aft1_mag": "magnitude of the first aftershock",
     "aft2_mag": "magnitude of the second aftershock", "felt": "felt reports", "aftershocks": "aftershocks recorded",
     "aft1_min": "minutes between the quake and the first aftershock", "chapel_bld": "Chapel Street buildings to check",
     "traders": "traders reporting damage", "repair_months": "months of repairs to the restaurant",
     "nc_mag": "magnitude of the 1989 Newcastle quake", "nc_dead": "dead in the 1989 Newcastle quake",
     "meck_mag": "magnitude of the 1968 Meckering quake", "aft_oct6_mag": "magnitude of the aftershock of 6 October",
     "team_days": "days the university team spent in the area", "aft_window": "hours of the aftershock count",
     # dates
     "quake": "day of the earthquake", "nc_quake": "the Newcastle quake", "meck_quake": "the Meckering quake",
     "aft_oct5": "day of an aftershock north of Rawson", "aft_oct6": "day of an aftershock near Woods Point",
     "onshore_prev": "year of the previous larger onshore quake",
    }
    ms = [
     M(R, "on Wednesday", D, "quake", "2021-09-22"),
     M(R, "6.0", N, "mag", 6.0, FIRST, src=GA, cls="mag"),
     M(R, "5.9", N, "mag", 5.9, UPD, src=GA, cls="mag"),
     M(R, "10 km", N, "depth", 10, cls="km"),
     M(R, "magnitude 5.8", N, "mag", 5.8, FIRST, src=USGS, cls="mag"),
     M(R, "magnitude 4.0", N, "aft1_mag", 4.0, cls="mag"),
     M(R, "3.1", N, "aft2_mag", 3.1, cls="mag"),
     M(R, "nearly 15,000 reports", N, "felt", 15000, WED, qual="nearly"),
     M(R, "magnitude 5.6", N, "nc_mag", 5.6, cls="mag"),
     M(R, "1989", D, "nc_quake", "1989"),
     M(R, "13 people", N, "nc_dead", 13),

     M(K, "bermagnitudo 5,9", N, "mag", 5.9, UPD, src=GA, cls="mag"),
     M(K, "Rabu (22/9/2021)", D, "quake", "2021-09-22"),
     M(K, "sedikitnya enam gempa susulan", N, "aftershocks", 6, WEDPM, qual="atleast"),
     M(K, "bermagnitudo 4,0", N, "aft1_mag", 4.0, cls="mag"),
     M(K, "18 menit", N, "aft1_min", 18, cls="min"),
     M(K, "magnitudo 6,0", N, "mag", 6.0, FIRST, src=GA, cls="mag"),
     M(K, "menjadi 5,9", N, "mag", 5.9, UPD, src=GA, cls="mag"),
     M(K, "10 km", N, "depth", 10, cls="km"),
     M(K, "sekitar 100 bangunan", N, "chapel_bld", 100, qual="approx"),
     M(K, "Sekitar 60 pedagang", N, "traders", 60, qual="approx"),
     M(K, "tiga hingga empat bulan", N, "repair_months", 3, cls="months"),
     M(K, "tahun 1989", D, "nc_quake", "1989"),
     M(K, "bermagnitudo 5,6", N, "nc_mag", 5.6, cls="mag"),
     M(K, "31 orang", N, "nc_dead", 31, planted=True),
     M(K, "1968", D, "meck_quake", "1968"),
     M(K, "6,6", N, "meck_mag", 6.6, cls="mag"),

     M(Dt, "bermagnitudo 3", N, "aft_oct6_mag", 3, cls="mag"),
     M(Dt, "Rabu (6/10/2021)", D, "aft_oct6", "2021-10-06"),
     M(Dt, "Selasa (5/10/2021)", D, "aft_oct5", "2021-10-05"),
     M(Dt, "bermagnitudo 5,9", N, "mag", 5.9, UPD, src=GA, cls="mag"),
     M(Dt, "Rabu (22/9/2021)", D, "quake", "2021-09-22"),
     M(Dt, "empat hari", N, "team_days", 4, cls="days"),
     M(Dt, "22 September", D, "quake", "2021-09-22"),
     M(Dt, "6,0", N, "mag", 6.0, FIRST, src=GA, cls="mag"),
     M(Dt, "menjadi 5,9", N, "mag", 5.9, UPD, src=GA, cls="mag"),

     M(G, "magnitude-5.9", N, "mag", 5.9, UPD, src=GA, cls="mag"),
     M(G, "Sept. 22", D, "quake", "2021-09-22"),
     M(G, "nine aftershocks", N, "aftershocks", 9, THU),
     M(G, "24 hours", N, "aft_window", 24, cls="hours"),
     M(G, "four days", N, "team_days", 4, cls="days"),
     M(G, "magnitude 6.0", N, "mag", 6.0, FIRST, src=GA, cls="mag"),
     M(G, "1997", D, "onshore_prev", "1997"),
     M(G, "about 100 buildings", N, "chapel_bld", 100, qual="approx"),
     M(G, "1989", D, "nc_quake", "1989"),
     M(G, "magnitude 5.6", N, "nc_mag", 5.6, cls="mag"),
     M(G, "13 people", N, "nc_dead", 13),
     M(G, "Sept. 22", D, "quake", "2021-09-22", occ=2),
    ]
    build("mansfield-quake-2021", "The earthquake near Mansfield and Woods Point, Victoria (Wednesday 22 September "
          "2021, 9.15 a.m.): Geoscience Australia's first magnitude 6.0 revised down to 5.9, the US Geological Survey's "
          "5.8, 10 km deep; aftershocks of 4.0 (9.33 a.m.) and 3.1 (9.54 a.m.), at least six by Wednesday afternoon and "
          "nine in the first 24 hours, magnitude-3 aftershocks on 5 and 6 October; nearly 15,000 felt reports; about "
          "100 Chapel Street buildings to be checked; the Newcastle quake of 1989 (5.6, 13 dead) and the Meckering "
          "quake of 1968 (6.6) as other events", False, ms, names)


def greta():
    A, AN, K, J = "ap-sep11", "antara-sep12", "kompas-sep13", "jakpost-sep14"
    names = {
     "dead": "people killed", "injured": "people injured", "passengers": "passengers on the bus",
     "term": "the prison term (years)", "nonparole": "non-parole period (years)", "age": "the driver's age",
     "death_counts": "counts of dangerous driving occasioning death",
     "gbh_counts": "counts of dangerous driving occasioning grievous bodily harm",
     "furious_counts": "counts of furious driving", "charges": "charges pleaded to",
     "manslaughter": "manslaughter charges dropped", "discount": "discount for the guilty plea (%)",
     "judge_career": "the judge's years in the justice system", "judge_years": "the judge's years on the bench",
     "hearing_days": "days of the sentencing hearing",
     # dates
     "sentenced": "day of the sentence", "parole": "day of parole eligibility", "crash": "day of the crash",
     "expiry": "year the term ends", "plea": "month of the plea deal",
    }
    ms = [
     M(A, "10 people", N, "dead", 10),
     M(A, "on Wednesday", D, "sentenced", "2024-09-11"),
     M(A, "32 years", N, "term", 32, cls="years"),
     M(A, "24 years", N, "nonparole", 24, cls="years"),
     M(A, "59", N, "age", 59, cls="age"),
     M(A, "May 7, 2048", D, "parole", "2048-05-07"),
     M(A, "10 counts", N, "death_counts", 10),
     M(A, "nine counts", N, "gbh_counts", 9),
     M(A, "16 counts", N, "furious_counts", 16),
     M(A, "10 manslaughter charges", N, "manslaughter", 10),
     M(A, "35 passengers", N, "passengers", 35),
     M(A, "June 11, 2023", D, "crash", "2023-06-11"),
     M(A, "10 dead", N, "dead", 10),
     M(A, "25 people", N, "injured", 25),
     M(A, "25%", N, "discount", 25, cls="pct"),
     M(A, "more than 50 years", N, "judge_career", 50, qual="morethan", cls="years"),
     M(A, "21 of them", N, "judge_years", 21, cls="years"),
     M(A, "three-day", N, "hearing_days", 3, cls="days"),

     M(AN, "Rabu (11/9/2024)", D, "sentenced", "2024-09-11"),
     M(AN, "32 tahun", N, "term", 32, cls="years"),
     M(AN, "10 tamu", N, "dead", 10),
     M(AN, "24 tahun", N, "nonparole", 24, cls="years"),
     M(AN, "59 tahun", N, "age", 59, cls="age"),
     M(AN, "7 Mei 2048", D, "parole", "2048-05-07"),
     M(AN, "35 penumpang", N, "passengers", 35),
     M(AN, "11 Juni 2023", D, "crash", "2023-06-11"),
     M(AN, "10 korban tewas", N, "dead", 10),
     M(AN, "25 penumpang", N, "injured", 25),
     M(AN, "10 dakwaan", N, "death_counts", 10),
     M(AN, "sembilan dakwaan", N, "gbh_counts", 9),
     M(AN, "16 dakwaan", N, "furious_counts", 16),
     M(AN, "10 dakwaan pembunuhan tidak berencana", N, "manslaughter", 10),
     M(AN, "25 persen", N, "discount", 25, cls="pct"),

     M(K, "32 tahun", N, "term", 32, cls="years"),
     M(K, "Rabu (11/9/2024)", D, "sentenced", "2024-09-11"),
     M(K, "59", N, "age", 59, cls="age"),
     M(K, "24 tahun", N, "nonparole", 24, cls="years"),
     M(K, "Mei 2048", D, "parole", "2048-05"),
     M(K, "2056", D, "expiry", "2056"),
     M(K, "Minggu (11/6/2023)", D, "crash", "2023-06-11"),
     M(K, "10 orang", N, "dead", 10),
     M(K, "25 orang", N, "injured", 25),
     M(K, "35 penumpang", N, "passengers", 35),
     M(K, "25 persen", N, "discount", 25, cls="pct"),
     M(K, "35 dakwaan", N, "charges", 35),
     M(K, "10 dakwaan", N, "death_counts", 10),
     M(K, "sembilan dakwaan", N, "gbh_counts", 9),
     M(K, "16 dakwaan", N, "furious_counts", 16),
     M(K, "tiga hari", N, "hearing_days", 3, cls="days"),

     M(J, "32-year", N, "term", 32, cls="years"),
     M(J, "on Wednesday", D, "sentenced", "2024-09-11"),
     M(J, "59", N, "age", 59, cls="age"),
     M(J, "24 years", N, "nonparole", 24, cls="years"),
     M(J, "May 2048", D, "parole", "2048-05"),
     M(J, "2056", D, "expiry", "2056"),
     M(J, "35 charges", N, "charges", 35),
     M(J, "10 counts", N, "death_counts", 10),
     M(J, "nine", N, "gbh_counts", 9),
     M(J, "16", N, "furious_counts", 16),
     M(J, "35 passengers", N, "passengers", 35),
     M(J, "June 11, 2023", D, "crash", "2023-06-11"),
     M(J, "10 people", N, "dead", 10),
     M(J, "injuring 25", N, "injured", 25),
     M(J, "25 percent", N, "discount", 25, cls="pct"),
     M(J, "10 manslaughter counts", N, "manslaughter", 10),
     M(J, "May", D, "plea", "2024-05", occ=2),
    ]
    build("greta-bus-sentence-2024", "The sentence of the driver of the Hunter Valley wedding bus (control), handed "
          "down by the Newcastle District Court on Wednesday 11 September 2024: 32 years with a non-parole period of "
          "24 years (eligible on 7 May 2048, the term ending in 2056), a 25% discount for the guilty plea to 35 charges "
          "(10 of dangerous driving occasioning death, nine of grievous bodily harm, 16 of furious driving), 10 "
          "manslaughter charges dropped; the crash near Greta on Sunday 11 June 2023 (35 passengers, 10 dead, 25 "
          "injured). Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    bourke()
    mansfield()
    greta()
