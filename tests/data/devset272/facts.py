"""The two-hundred-and-seventy-second development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset272/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def rains():
    K, R, T, A = "kompas-jul09", "reuters-jul10", "detik-jul13", "ap-aug03"
    # as-of times of the running tallies: Sunday night 8 July 2018 (76 dead), Monday 9 July (at least 100; more than
    # 80 missing; some 54,000 rescuers), Tuesday 10 July (the government's 155 against NHK's 157; 56 missing; 73,000
    # rescuers; 260,000 households without water), Friday 13 July (the government's 200 dead against NHK's 204, 94 in Hiroshima, 28 missing, 200,000
    # households, more than 7,000 in shelters), the government's count reported on 3 August (225 dead, 108 in
    # Hiroshima, eight missing). The missing and the households without water may fall. The dead credited to the
    # government and to NHK are two sources; counts no text credits carry no source.
    SUN, MON, TUE, FRI, AUG = "2018-07-08", "2018-07-09", "2018-07-10", "2018-07-13", "2018-08-03"
    GOV, NHK = "the government", "NHK"
    names = {
     "dead": "people killed by the rains", "missing": "people missing", "warn_pref": "prefectures under the "
     "emergency rain warning", "evac": "people ordered to evacuate at the peak", "rescuers": "rescuers deployed",
     "temp_above": "temperatures the rescuers worked in (above, C)", "temp_peak": "peak temperature (C)",
     "mabi_homes": "homes flooded in Mabi", "water": "households without water", "dead_hiroshima": "dead in Hiroshima",
     "shelter": "people in shelters", "dead1982": "dead in the 1982 Nagasaki floods", "dead_okayama": "dead in Okayama",
     "dead_ehime": "dead in Ehime", "dead_mabi": "dead in Mabi",
     # dates
     "asof_mon": "day of the count of 100", "asof_sun": "day of the count of 76", "warn_day": "day the warnings began",
     "y1982": "the 1982 Nagasaki floods", "asof_tue": "day of the count of 155", "visit": "day of Abe's Okayama visit",
     "asof_fri": "day of the count of 200", "visit_hiroshima": "day of Abe's Hiroshima visit",
     "designation": "day of the extreme-disaster designation",
    }
    ms = [
     M(K, "sedikitnya 100 orang", N, "dead", 100, MON, qual="atleast"),
     M(K, "Senin (9/7/2018)", D, "asof_mon", "2018-07-09"),
     M(K, "76 orang", N, "dead", 76, SUN),
     M(K, "Minggu (8/7/2018)", D, "asof_sun", "2018-07-08"),
     M(K, "Lebih dari 80 orang", N, "missing", 80, MON, qual="morethan", fall=True),
     M(K, "11 prefektur", N, "warn_pref", 11),
     M(K, "Jumat (6/7/2018)", D, "warn_day", "2018-07-06"),
     M(K, "sekitar 2 juta orang", N, "evac", 2000000, qual="approx"),
     M(K, "sekitar 54.000 personel", N, "rescuers", 54000, MON, qual="approx"),
     M(K, "1982", D, "y1982", "1982"),

     M(R, "155", N, "dead", 155, TUE, src=GOV),
     M(R, "Tuesday", D, "asof_tue", "2018-07-10"),
     M(R, "about 100", N, "dead", 100, MON, qual="approx"),
     M(R, "157", N, "dead", 157, TUE, src=NHK),
     M(R, "56 people", N, "missing", 56, TUE, fall=True),
     M(R, "some 73,000", N, "rescuers", 73000, TUE, qual="approx"),
     M(R, "30 degrees Celsius", N, "temp_above", 30, cls="temp"),
     M(R, "11 prefectures", N, "warn_pref", 11),
     M(R, "about 4,600 homes", N, "mabi_homes", 4600, qual="approx"),
     M(R, "about 260,000 households", N, "water", 260000, TUE, qual="approx", fall=True),
     M(R, "Wednesday", D, "visit", "2018-07-11"),

     M(T, "200 orang", N, "dead", 200, FRI, src=GOV),
     M(T, "204 orang", N, "dead", 204, FRI, src=NHK),
     M(T, "Jumat (13/7/2018)", D, "asof_fri", "2018-07-13"),
     M(T, "94 orang", N, "dead_hiroshima", 94, FRI),
     M(T, "28 orang", N, "missing", 28, FRI, fall=True),
     M(T, "Sekitar 200.000 rumah tangga", N, "water", 200000, FRI, qual="approx", fall=True),
     M(T, "35 derajat Celsius", N, "temp_peak", 35, cls="temp"),
     M(T, "Lebih dari 7.000 orang", N, "shelter", 7000, FRI, qual="morethan"),
     M(T, "Kamis (12/7/2018)", D, "visit", "2018-07-12", planted=True),
     M(T, "pada Jumat", D, "visit_hiroshima", "2018-07-13", occ=2),

     M(A, "225 people", N, "dead", 225, AUG, src=GOV),
     M(A, "1982", D, "y1982", "1982"),
     M(A, "299 people", N, "dead1982", 299),
     M(A, "108 residents", N, "dead_hiroshima", 108, AUG),
     M(A, "61 dead", N, "dead_okayama", 61, AUG),
     M(A, "26", N, "dead_ehime", 26, AUG),
     M(A, "51 people", N, "dead_mabi", 51, AUG),
     M(A, "Some 6,400 homes", N, "mabi_homes", 6400, qual="approx", planted=True),
     M(A, "Eight people", N, "missing", 8, AUG, fall=True),
     M(A, "July 11", D, "visit", "2018-07-11"),
     M(A, "July 24", D, "designation", "2018-07-24"),
    ]
    build("west-japan-rains-2018", "The heavy rains, floods and landslides of western Japan (early July 2018; emergency "
          "rain warnings for 11 prefectures from Friday 6 July): the dead 76 on Sunday night 8 July -> at least 100 on "
          "Monday 9 July -> 155 by the government (NHK 157) on Tuesday 10 July -> 200 by the government (NHK 204) on Friday 13 July -> 225 by the "
          "government's count in early August (Hiroshima 94 -> 108, Okayama 61, Ehime 26, Mabi 51); the missing falling "
          "(more than 80 -> 56 -> 28 -> 8); rescuers 54,000 -> 73,000; the Mabi embankment breach in Kurashiki; Abe's "
          "visit to Okayama on Wednesday 11 July; the extreme-disaster designation on 24 July", False, ms, names)


def daegu():
    K, R, T, A = "kompas-feb19", "reuters-feb21", "detik-mar14", "ap-aug07"
    # as-of times: Wednesday 19 February 2003 morning (the police's 126 dead, 146 injured, the city's more than 300
    # missing-person reports), Friday 21 February (the police's 133 dead, 148 injured, about 180 unaccounted for),
    # Thursday 13 March (the government task force's 198 dead), the task force's final 192 as reported with the verdict
    # of Wednesday 6 August 2003 (151 injured). The police's counts and the task force's are two sources; the task
    # force's 198 lowered to 192 is a revision. The city's missing-person reports and the police's unaccounted-for are
    # two sources' figures of the missing (which may fall).
    WED, FRI, MAR13, AUG = "2003-02-19", "2003-02-21", "2003-03-13", "2003-08-06"
    POL, TF, CITY = "the police", "the government's task force", "the Daegu city government"
    names = {
     "dead": "people killed in the fire", "injured": "people injured", "missing": "people missing",
     "age": "the arsonist's age", "cars_total": "subway cars burned", "cars2": "cars of the second train",
     "cars1": "cars of the first train", "officials": "operator and control officials charged",
     "sentence_driver": "the driver's prison term (years)",
     # dates
     "asof_wed": "day of the police's count of 126", "fire": "day of the fire", "detained": "day the driver was detained",
     "protest": "day of the relatives' protest", "y1995": "the 1995 department store collapse",
     "indicted": "day the arsonist was indicted", "asof_198": "day of the task force's count of 198",
     "verdict": "day of the verdict", "demand": "month prosecutors sought the death penalty",
    }
    ms = [
     M(K, "Sedikitnya 126 orang", N, "dead", 126, WED, qual="atleast", src=POL),
     M(K, "Rabu (19/2/2003)", D, "asof_wed", "2003-02-19"),
     M(K, "Selasa (18/2/2003)", D, "fire", "2003-02-18"),
     M(K, "56 tahun", N, "age", 56, cls="age"),
     M(K, "12 gerbong", N, "cars_total", 12, cls="cars"),
     M(K, "146 orang", N, "injured", 146, WED),
     M(K, "lebih dari 300 keluarga", N, "missing", 300, WED, qual="morethan", src=CITY, fall=True),

     M(R, "on Friday", D, "detained", "2003-02-21"),
     M(R, "Tuesday", D, "fire", "2003-02-18"),
     M(R, "133 people", N, "dead", 133, FRI, src=POL),
     M(R, "126", N, "dead", 126, WED, src=POL),
     M(R, "Wednesday", D, "asof_wed", "2003-02-19"),
     M(R, "148", N, "injured", 148, FRI),
     M(R, "six cars", N, "cars2", 6, cls="cars"),
     M(R, "about 180 people", N, "missing", 180, FRI, qual="approx", src=POL, fall=True),
     M(R, "56-year-old", N, "age", 56, cls="age"),
     M(R, "six-car", N, "cars1", 6, cls="cars"),
     M(R, "12 cars", N, "cars_total", 12, cls="cars"),
     M(R, "Thursday", D, "protest", "2003-02-20"),
     M(R, "1995", D, "y1995", "1995"),

     M(T, "Kamis (13/3/2003)", D, "indicted", "2003-03-13"),
     M(T, "198 orang", N, "dead", 198, MAR13, src=TF),
     M(T, "hingga Kamis", D, "asof_198", "2003-03-13"),
     M(T, "Rabu (19/2/2003)", D, "fire", "2003-02-19", planted=True),
     M(T, "56 tahun", N, "age", 56, cls="age"),
     M(T, "enam gerbong", N, "cars2", 6, cls="cars"),
     M(T, "Enam pejabat", N, "officials", 6),

     M(A, "on Wednesday", D, "verdict", "2003-08-06"),
     M(A, "Feb. 18, 2003", D, "fire", "2003-02-18"),
     M(A, "56-year-old", N, "age", 56, cls="age"),
     M(A, "July", D, "demand", "2003-07"),
     M(A, "five years", N, "sentence_driver", 5, cls="dur"),
     M(A, "192 people", N, "dead", 192, AUG, src=TF),
     M(A, "198", N, "dead", 198, MAR13, src=TF),
     M(A, "March", D, "asof_198", "2003-03"),
     M(A, "151 people", N, "injured", 151, AUG),
     M(A, "12 cars", N, "cars_total", 12, cls="cars"),
     M(A, "1995", D, "y1995", "1995"),
    ]
    build("daegu-subway-fire-2003", "The Daegu subway arson (Tuesday 18 February 2003, Jungangno station): the police's "
          "at least 126 dead on Wednesday 19 February -> 133 on Friday 21 February; the government task force's 198 on "
          "Thursday 13 March, lowered to a final 192 after DNA tests; injured 146 -> 148 -> 151; the city's more than "
          "300 missing-person reports against the police's about 180 unaccounted for; the second train's driver "
          "detained on Friday 21 February; the arsonist Kim Dae-han indicted on Thursday 13 March and sentenced to life "
          "on Wednesday 6 August 2003 (prosecutors had sought death in July), the driver to five years", False, ms, names)


def budget():
    R, K, A, B = "reuters-dec27", "kompas-dec28", "ap-dec29", "bisnis-dec30"
    names = {
     "total": "the budget's total (trillion yen)", "social": "social security spending",
     "debt_service": "debt-servicing costs", "defence": "defence spending", "plan": "the five-year defence plan",
     "tax": "tax revenue", "bonds": "new bond issuance", "dep": "share financed by debt (%)",
     "rate": "assumed interest rate (%)", "rate_prev": "the current year's assumed rate (%)",
     "plan_years": "years of the defence plan",
     # dates
     "approved": "day the cabinet approved the budget", "fy_start": "first day of the fiscal year",
     "diet": "month parliament convenes", "pb_year": "year of the primary-surplus goal", "fy": "the budget's fiscal year",
     "plan_start": "first year of the defence plan", "election": "month of the lower-house election",
    }
    Y = "yen"
    ms = [
     M(R, "Friday", D, "approved", "2024-12-27"),
     M(R, "115.54 trillion yen", N, "total", 115.54, cls=Y),
     M(R, "April 1", D, "fy_start", "2025-04-01"),
     M(R, "38.28 trillion yen", N, "social", 38.28, cls=Y),
     M(R, "28.22 trillion yen", N, "debt_service", 28.22, cls=Y),
     M(R, "2.0%", N, "rate", 2.0, cls="pct"),
     M(R, "1.9%", N, "rate_prev", 1.9, cls="pct"),
     M(R, "8.7 trillion yen", N, "defence", 8.7, cls=Y),
     M(R, "five-year", N, "plan_years", 5, cls="dur"),
     M(R, "2023", D, "plan_start", "2023"),
     M(R, "43 trillion yen", N, "plan", 43, cls=Y),
     M(R, "78.44 trillion yen", N, "tax", 78.44, cls=Y),
     M(R, "28.65 trillion yen", N, "bonds", 28.65, cls=Y),
     M(R, "24.8%", N, "dep", 24.8, cls="pct"),
     M(R, "2025", D, "pb_year", "2025"),
     M(R, "January", D, "diet", "2025-01"),

     M(K, "tahun fiskal 2025", D, "fy", "2025"),
     M(K, "115,54 triliun yen", N, "total", 115.54, cls=Y),
     M(K, "Jumat (27/12/2024)", D, "approved", "2024-12-27"),
     M(K, "1 April 2025", D, "fy_start", "2025-04-01"),
     M(K, "38,28 triliun yen", N, "social", 38.28, cls=Y),
     M(K, "28,22 triliun yen", N, "debt_service", 28.22, cls=Y),
     M(K, "2,0 persen", N, "rate", 2.0, cls="pct"),
     M(K, "1,9 persen", N, "rate_prev", 1.9, cls="pct"),
     M(K, "8,7 triliun yen", N, "defence", 8.7, cls=Y),
     M(K, "lima tahun", N, "plan_years", 5, cls="dur"),
     M(K, "43 triliun yen", N, "plan", 43, cls=Y),
     M(K, "78,44 triliun yen", N, "tax", 78.44, cls=Y),
     M(K, "28,65 triliun yen", N, "bonds", 28.65, cls=Y),
     M(K, "24,8 persen", N, "dep", 24.8, cls="pct"),
     M(K, "Januari 2025", D, "diet", "2025-01"),

     M(A, "Dec. 27", D, "approved", "2024-12-27"),
     M(A, "about 115.5 trillion yen", N, "total", 115.5, qual="approx", cls=Y),
     M(A, "38.28 trillion yen", N, "social", 38.28, cls=Y),
     M(A, "28.22 trillion yen", N, "debt_service", 28.22, cls=Y),
     M(A, "about 8.7 trillion yen", N, "defence", 8.7, qual="approx", cls=Y),
     M(A, "43 trillion yen", N, "plan", 43, cls=Y),
     M(A, "five years", N, "plan_years", 5, cls="dur"),
     M(A, "2023", D, "plan_start", "2023"),
     M(A, "78.44 trillion yen", N, "tax", 78.44, cls=Y),
     M(A, "28.65 trillion yen", N, "bonds", 28.65, cls=Y),
     M(A, "24.8%", N, "dep", 24.8, cls="pct"),
     M(A, "2%", N, "rate", 2.0, cls="pct"),
     M(A, "1.9%", N, "rate_prev", 1.9, cls="pct"),
     M(A, "fiscal 2025", D, "pb_year", "2025"),
     M(A, "October", D, "election", "2024-10"),
     M(A, "April 1, 2025", D, "fy_start", "2025-04-01"),

     M(B, "Jumat (27/12/2024)", D, "approved", "2024-12-27"),
     M(B, "tahun fiskal 2025", D, "fy", "2025"),
     M(B, "115,54 triliun yen", N, "total", 115.54, cls=Y),
     M(B, "38,28 triliun yen", N, "social", 38.28, cls=Y),
     M(B, "sekitar 8,7 triliun yen", N, "defence", 8.7, qual="approx", cls=Y),
     M(B, "28,22 triliun yen", N, "debt_service", 28.22, cls=Y),
     M(B, "2,0 persen", N, "rate", 2.0, cls="pct"),
     M(B, "1,9 persen", N, "rate_prev", 1.9, cls="pct"),
     M(B, "43 triliun yen", N, "plan", 43, cls=Y),
     M(B, "lima tahun", N, "plan_years", 5, cls="dur"),
     M(B, "2023", D, "plan_start", "2023"),
     M(B, "78,44 triliun yen", N, "tax", 78.44, cls=Y),
     M(B, "28,65 triliun yen", N, "bonds", 28.65, cls=Y),
     M(B, "24,8 persen", N, "dep", 24.8, cls="pct"),
     M(B, "tahun fiskal 2025", D, "pb_year", "2025", occ=2),
     M(B, "Januari", D, "diet", "2025-01"),
     M(B, "1 April 2025", D, "fy_start", "2025-04-01"),
    ]
    build("tokyo-fy2025-budget-2024", "Japan's cabinet approves the budget for the fiscal year 2025 (control), Friday 27 "
          "December 2024: a record 115.54 trillion yen; social security 38.28 trillion, debt servicing 28.22 trillion "
          "at an assumed rate of 2.0% (1.9% the year before), defence 8.7 trillion within a five-year 43 trillion plan "
          "begun in 2023, tax revenue 78.44 trillion, new bonds 28.65 trillion, 24.8% financed by debt; to parliament in "
          "January 2025, the fiscal year from 1 April 2025, the primary-surplus goal in fiscal 2025. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    rains()
    daegu()
    budget()
