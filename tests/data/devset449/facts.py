"""The table of facts of the four-hundred-and-forty-ninth development set (issue 12, an untouched transfer set).

Each mention of a figure or date is written down once (``M``) with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset449/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def collapse():
    R, K, T, G = "reuters-nov05", "kompas-nov07", "tempo-nov09", "guardian-nov05"
    # as-of times of the running tallies: Monday 5 November 2018 (the day of the collapse: as many as eight feared
    # trapped by the fire service against five unaccounted for by city hall, sources; about 100 neighbours moved out),
    # Tuesday 6 November morning (the first two bodies) and night (three), Tuesday's recount of the neighbours moved
    # out (about 80: a revision), Wednesday 7 November at 14:00 (four dead, at least four still sought), Thursday 8
    # November evening (seven), Friday 9 November (eight, the search ended). The dead do not fall; the missing may.
    MON, TUE_AM, TUE_PM, WED, THU, FRI = ("2018-11-05", "2018-11-06a", "2018-11-06b", "2018-11-07", "2018-11-08",
                                          "2018-11-09")
    FIRE, CITY = "the fire service", "city hall"
    names = {
     "dead": "people killed by the collapse", "missing": "people feared trapped or still sought",
     "evac_nb": "residents moved out of the neighbouring buildings", "injured": "passers-by lightly injured",
     "men": "men among the dead", "women": "women among the dead", "evac_total": "people ordered out in the weeks after",
     "buildings": "buildings judged unsafe in the weeks after", "age_min": "youngest victim's age",
     "age_max": "oldest victim's age", "search_days": "days of the search", "time": "time of the collapse (hour)",
     # dates
     "collapse": "day of the collapse", "first_bodies": "day the first bodies were found",
     "count_wed": "day of the count of four", "count_thu": "day of the count of seven", "search_end": "day the search ended",
     "evac_rev": "day the count of evacuated neighbours was corrected", "count_tue": "day of the count of three",
     "march": "day of the anniversary march",
    }
    ms = [
     M(R, "Monday", D, "collapse", "2018-11-05"),
     M(R, "about 9:05 a.m.", N, "time", 9.08, qual="approx", cls="clock"),
     M(R, "as many as eight people", N, "missing", 8, MON, qual="nearly", src=FIRE, fall=True),
     M(R, "about 100 residents", N, "evac_nb", 100, MON, qual="approx"),
     M(R, "Two passers-by", N, "injured", 2),

     M(K, "empat orang", N, "dead", 4, WED),
     M(K, "Rabu (7/11/2018)", D, "count_wed", "2018-11-07"),
     M(K, "Senin (5/11/2018)", D, "collapse", "2018-11-05"),
     M(K, "sekitar pukul 10.05", N, "time", 10.08, qual="approx", cls="clock", planted=True),
     M(K, "dua jenazah pertama", N, "dead", 2, TUE_AM),
     M(K, "Selasa (6/11/2018)", D, "first_bodies", "2018-11-06"),
     M(K, "sedikitnya empat orang lain", N, "missing", 4, WED, qual="atleast", fall=True),
     M(K, "lima penghuni", N, "missing", 5, MON, src=CITY, fall=True),
     M(K, "sekitar 100 warga", N, "evac_nb", 100, MON, qual="approx"),

     M(T, "Jumat (9/11/2018)", D, "search_end", "2018-11-09"),
     M(T, "delapan orang", N, "dead", 8, FRI),
     M(T, "Kamis (8/11/2018)", D, "count_thu", "2018-11-08"),
     M(T, "tujuh orang", N, "dead", 7, THU),
     M(T, "lima pria", N, "men", 5),
     M(T, "tiga perempuan", N, "women", 3),
     M(T, "sekitar 100 warga", N, "evac_nb", 100, MON, qual="approx"),
     M(T, "Selasa (6/11/2018)", D, "evac_rev", "2018-11-06"),
     M(T, "sekitar 80 orang", N, "evac_nb", 80, TUE_PM, qual="approx"),

     M(G, "Tuesday", D, "march", "2019-11-05"),
     M(G, "eight residents", N, "dead", 8, FRI),
     M(G, "9:05 a.m.", N, "time", 9.08, cls="clock"),
     M(G, "Monday, Nov. 5, 2018", D, "collapse", "2018-11-05"),
     M(G, "four days", N, "search_days", 4, cls="days"),
     M(G, "Friday, Nov. 9", D, "search_end", "2018-11-09"),
     M(G, "three bodies", N, "dead", 3, TUE_PM),
     M(G, "Nov. 6", D, "count_tue", "2018-11-06"),
     M(G, "six", N, "dead", 6, THU, planted=True),
     M(G, "Nov. 8", D, "count_thu", "2018-11-08"),
     M(G, "more than 1,000 people", N, "evac_total", 1000, qual="morethan"),
     M(G, "about 200 buildings", N, "buildings", 200, qual="approx", cls="bldg"),
     M(G, "five men", N, "men", 5),
     M(G, "three women", N, "women", 3),
     M(G, "26", N, "age_min", 26, cls="age"),
     M(G, "58", N, "age_max", 58, cls="age"),
    ]
    build("marseille-collapse-2018", "The collapse of two old apartment buildings on rue d'Aubagne in Marseille's "
          "Noailles quarter on Monday 5 November 2018 at about 9:05: as many as eight feared trapped by the fire "
          "service against five unaccounted for by city hall on the day (sources); the toll rising from two bodies on "
          "Tuesday 6 November morning and three that night to four by Wednesday 7 November at 14:00, seven by Thursday "
          "8 November evening and eight on Friday 9 November, when the search ended; about 100 neighbours moved out on "
          "the day, corrected to about 80 on Tuesday (a revision); five men and three women aged 26 to 58; more than "
          "1,000 people ordered out of about 200 buildings in the weeks after", False, ms, names)


def trial():
    R, K, T, D2 = "reuters-sep02", "kompas-nov25", "tempo-dec19", "detik-oct09"
    # steps on different dates: the arrest (September 2020), the trial's opening (Monday 2 September 2024), the
    # prosecutors' demand for the husband (Monday 25 November) and for the others (until Wednesday 27 November), the
    # verdict (Thursday 19 December 2024), the appeal trial's opening (Monday 6 October 2025) and its verdict
    # (Thursday 9 October 2025). Tempting pairs of one unit: 20 years as the maximum, 20 sought and 20 given; 4-18
    # sought against 3-15 given; 9, 10 and 12 years on appeal; the ages of the husband, the wife and the defendants.
    SEP, DEC = "2024-09-02", "2024-12-19"
    names = {
     "co_def": "defendants besides the husband", "defendants": "defendants in all", "d_age": "the husband's age",
     "g_age": "the wife's age", "photos": "photos and videos found", "rapes": "rapes recorded by investigators",
     "men_seen": "men recorded by investigators", "def_min_age": "youngest defendant's age",
     "def_max_age": "oldest defendant's age", "length_exp": "expected length of the trial (months)",
     "length": "length of the trial (months)", "max_term": "maximum prison term (years)",
     "sought": "prison term sought for the husband (years)", "given": "prison term given to the husband (years)",
     "span": "years over which she was drugged", "sought_min": "shortest term sought for the others (years)",
     "sought_max": "longest term sought for the others (years)", "given_min": "shortest term given to the others (years)",
     "given_max": "longest term given to the others (years)", "app_given": "term given on appeal (years)",
     "first_term": "the appellant's first term (years)", "app_sought": "term sought on appeal (years)",
     "appealed": "defendants who first appealed", "app_days": "days of the appeal trial",
     # dates
     "opening": "day the trial opened", "caught": "month the husband was caught", "demand": "day of the demand for the husband",
     "demand_end": "last day of the demands for the others", "verdict": "day of the verdict",
     "app_verdict": "day of the appeal verdict", "app_open": "day the appeal trial opened",
    }
    ms = [
     M(R, "Monday", D, "opening", "2024-09-02"),
     M(R, "50 other men", N, "co_def", 50),
     M(R, "71", N, "d_age", 71, SEP, cls="age"),
     M(R, "71", N, "g_age", 71, SEP, cls="age", occ=2),
     M(R, "more than 20,000 photos and videos", N, "photos", 20000, qual="morethan"),
     M(R, "92 rapes", N, "rapes", 92),
     M(R, "72 men", N, "men_seen", 72),
     M(R, "51 defendants", N, "defendants", 51),
     M(R, "26", N, "def_min_age", 26, cls="age"),
     M(R, "74", N, "def_max_age", 74, cls="age"),
     M(R, "September 2020", D, "caught", "2020-09"),
     M(R, "about four months", N, "length_exp", 4, qual="approx", cls="months"),
     M(R, "20 years", N, "max_term", 20, cls="yrs"),

     M(K, "20 tahun penjara", N, "sought", 20, cls="yrs"),
     M(K, "Senin (25/11/2024)", D, "demand", "2024-11-25"),
     M(K, "hampir sepuluh tahun", N, "span", 10, qual="nearly", cls="yrs"),
     M(K, "2 September 2024", D, "opening", "2024-09-02"),
     M(K, "51 terdakwa", N, "defendants", 51),
     M(K, "lebih dari 20.000 foto dan video", N, "photos", 20000, qual="morethan"),
     M(K, "92 pemerkosaan", N, "rapes", 92),
     M(K, "27 pria", N, "men_seen", 27, planted=True),
     M(K, "50 terdakwa lainnya", N, "co_def", 50),
     M(K, "Rabu (27/11/2024)", D, "demand_end", "2024-11-27"),
     M(K, "4", N, "sought_min", 4, cls="yrs"),
     M(K, "18 tahun", N, "sought_max", 18, cls="yrs"),

     M(T, "20 tahun penjara", N, "given", 20, cls="yrs"),
     M(T, "Kamis (19/12/2024)", D, "verdict", "2024-12-19"),
     M(T, "50 terdakwa lainnya", N, "co_def", 50),
     M(T, "3", N, "given_min", 3, cls="yrs"),
     M(T, "15 tahun", N, "given_max", 15, cls="yrs"),
     M(T, "4", N, "sought_min", 4, cls="yrs"),
     M(T, "18 tahun", N, "sought_max", 18, cls="yrs"),
     M(T, "51 terdakwa", N, "defendants", 51),
     M(T, "72 tahun", N, "g_age", 72, DEC, cls="age"),
     M(T, "lebih dari tiga bulan", N, "length", 3, qual="morethan", cls="months"),
     M(T, "Senin (2/9/2024)", D, "opening", "2024-09-02"),

     M(D2, "10 tahun penjara", N, "app_given", 10, cls="yrs"),
     M(D2, "Kamis (9/10/2025)", D, "app_verdict", "2025-10-09"),
     M(D2, "9 tahun penjara", N, "first_term", 9, cls="yrs"),
     M(D2, "12 tahun penjara", N, "app_sought", 12, cls="yrs"),
     M(D2, "Jumat (20/12/2024)", D, "verdict", "2024-12-20", planted=True),
     M(D2, "20 tahun penjara", N, "given", 20, cls="yrs"),
     M(D2, "51 terdakwa", N, "defendants", 51),
     M(D2, "50 pria lainnya", N, "co_def", 50),
     M(D2, "3", N, "given_min", 3, cls="yrs"),
     M(D2, "15 tahun", N, "given_max", 15, cls="yrs"),
     M(D2, "17 terdakwa", N, "appealed", 17),
     M(D2, "Senin (6/10/2025)", D, "app_open", "2025-10-06"),
     M(D2, "empat hari", N, "app_days", 4, cls="days"),
    ]
    build("avignon-rape-trial-2024", "The trial at the Vaucluse criminal court in Avignon of Dominique Pelicot (71), "
          "who drugged his wife Gisèle Pelicot (71, 72 by the verdict) between 2011 and 2020 and recruited men to rape "
          "her, and of 50 other men (51 defendants, aged 26 to 74): caught in September 2020; more than 20,000 photos "
          "and videos, 92 rapes by 72 men recorded; the trial opened on Monday 2 September 2024; 20 years sought for "
          "him on Monday 25 November and 4 to 18 years for the others by Wednesday 27 November; 20 years given and 3 "
          "to 15 years for the others on Thursday 19 December 2024; 17 first appealed; the one appeal tried at Nimes "
          "from Monday 6 October 2025 raised a 9-year term to 10 years (12 sought) on Thursday 9 October 2025",
          False, ms, names)


def heist():
    R, K, G, T = "reuters-oct21", "kompas-oct24", "guardian-oct22", "tempo-oct23"
    names = {
     "value": "estimated value of the stolen jewels (million euros)", "investigators": "investigators on the case",
     "thieves": "thieves", "items": "items stolen", "cases": "display cases smashed", "minutes": "length of the raid (min)",
     "inside": "minutes inside the gallery", "time": "time the thieves arrived (hour)", "scooters": "scooters",
     "diamonds": "diamonds on the dropped crown", "emeralds": "emeralds on the dropped crown",
     "gap": "days between the raid and the reopening",
     # dates
     "heist": "day of the raid", "briefing": "day of the prosecutor's briefing", "reopen": "day the museum reopened",
    }
    ms = [
     M(R, "Sunday", D, "heist", "2025-10-19"),
     M(R, "88 million euros", N, "value", 88, cls="eur"),
     M(R, "Tuesday", D, "briefing", "2025-10-21"),
     M(R, "about 100 investigators", N, "investigators", 100, qual="approx"),
     M(R, "four thieves", N, "thieves", 4),
     M(R, "eight items", N, "items", 8),
     M(R, "two display cases", N, "cases", 2),
     M(R, "seven minutes", N, "minutes", 7, cls="min"),
     M(R, "about four", N, "inside", 4, qual="approx", cls="min"),
     M(R, "about 9:30 a.m.", N, "time", 9.5, qual="approx", cls="clock"),
     M(R, "two scooters", N, "scooters", 2),
     M(R, "Wednesday", D, "reopen", "2025-10-22"),
     M(R, "1,354 diamonds", N, "diamonds", 1354),
     M(R, "56 emeralds", N, "emeralds", 56),

     M(K, "Minggu (19/10/2025)", D, "heist", "2025-10-19"),
     M(K, "88 juta euro", N, "value", 88, cls="eur"),
     M(K, "Selasa (21/10/2025)", D, "briefing", "2025-10-21"),
     M(K, "Empat pencuri", N, "thieves", 4),
     M(K, "delapan perhiasan", N, "items", 8),
     M(K, "dua lemari kaca", N, "cases", 2),
     M(K, "tujuh menit", N, "minutes", 7, cls="min"),
     M(K, "sekitar empat menit", N, "inside", 4, qual="approx", cls="min"),
     M(K, "sekitar pukul 09.30", N, "time", 9.5, qual="approx", cls="clock"),
     M(K, "1.354 berlian", N, "diamonds", 1354),
     M(K, "56 zamrud", N, "emeralds", 56),
     M(K, "88 juta euro", N, "value", 88, cls="eur", occ=2),
     M(K, "Sekitar 100 penyidik", N, "investigators", 100, qual="approx"),
     M(K, "dua skuter", N, "scooters", 2),
     M(K, "Rabu (22/10/2025)", D, "reopen", "2025-10-22"),

     M(G, "Wednesday", D, "reopen", "2025-10-22"),
     M(G, "three days", N, "gap", 3, cls="days"),
     M(G, "eight pieces", N, "items", 8),
     M(G, "seven minutes", N, "minutes", 7, cls="min"),
     M(G, "Tuesday", D, "briefing", "2025-10-21"),
     M(G, "88 million euros", N, "value", 88, cls="eur"),
     M(G, "The gang of four", N, "thieves", 4),
     M(G, "about 9:30 a.m.", N, "time", 9.5, qual="approx", cls="clock"),
     M(G, "Sunday, Oct. 19", D, "heist", "2025-10-19"),
     M(G, "two display cases", N, "cases", 2),
     M(G, "about four minutes", N, "inside", 4, qual="approx", cls="min"),
     M(G, "two scooters", N, "scooters", 2),
     M(G, "1,354 diamonds", N, "diamonds", 1354),
     M(G, "56 emeralds", N, "emeralds", 56),
     M(G, "About 100 investigators", N, "investigators", 100, qual="approx"),

     M(T, "empat pelaku", N, "thieves", 4),
     M(T, "delapan perhiasan", N, "items", 8),
     M(T, "Minggu (19/10/2025)", D, "heist", "2025-10-19"),
     M(T, "sekitar pukul 09.30", N, "time", 9.5, qual="approx", cls="clock"),
     M(T, "Selasa (21/10/2025)", D, "briefing", "2025-10-21"),
     M(T, "88 juta euro", N, "value", 88, cls="eur"),
     M(T, "sekitar 100 penyidik", N, "investigators", 100, qual="approx"),
     M(T, "tujuh menit", N, "minutes", 7, cls="min"),
     M(T, "dua lemari kaca", N, "cases", 2),
     M(T, "dua skuter", N, "scooters", 2),
     M(T, "1.354 berlian", N, "diamonds", 1354),
     M(T, "56 zamrud", N, "emeralds", 56),
     M(T, "Rabu (22/10/2025)", D, "reopen", "2025-10-22"),
    ]
    build("louvre-jewel-heist-2025", "The theft of eight pieces of crown jewellery from the Louvre's Apollo Gallery on "
          "Sunday 19 October 2025 at about 9:30 (control): four thieves, two display cases, seven minutes (about four "
          "inside), two scooters; a ninth piece, Empress Eugénie's crown with 1,354 diamonds and 56 emeralds, dropped; "
          "the loss put at 88 million euros by the Paris prosecutor Laure Beccuau on Tuesday 21 October, about 100 "
          "investigators; the museum reopened on Wednesday 22 October. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    collapse()
    trial()
    heist()
