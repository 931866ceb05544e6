"""The two-hundred-and-ninth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset209/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def mocha():
    R, T, K, A = "reuters-may15", "detik-may17", "kompas-may20", "ap-jun13"
    # as-of times of the running tallies: Monday 15 May 2023 (the residents' and a relief group's 29), Tuesday 16 May
    # (the local leaders', officials' and state media's 81; the 46 dead in two villages), the junta's earlier 21 (no
    # day given: set before its Friday statement) and the junta's 145 on Friday 19 May. The dead do not fall.
    MON, TUE, EARLY, FRI = "2023-05-15", "2023-05-16", "2023-05-17", "2023-05-19"
    # sources: the local tallies (residents, village leaders, officials) against the military government's counts
    # against the unofficial reports of more than 400 Rohingya dead, which the junta called false.
    LOCAL, JUNTA, REPORTS = "residents and local leaders", "the military government", "unofficial reports"
    names = {
     "dead": "people killed by the cyclone in Myanmar", "wind": "the cyclone's top wind speed (km/h)",
     "refugees_bd": "Rohingya refugees in the camps in Bangladesh", "dead_villages": "dead in Bu Ma and Khaung Doke Kar",
     "missing_buma": "people missing from Bu Ma", "dead_monastery": "dead in the monastery collapse",
     "dead_dapaing": "dead in the Dapaing camp", "soldiers": "soldiers among the dead",
     "residents": "local residents among the dead", "roh_dead": "Rohingya among the dead",
     "evacuated": "Rohingya evacuated before the storm", "camp_pop": "Rohingya living in the camps",
     "camps": "camps", "affected": "people affected",
     # dates
     "landfall": "day of landfall", "asof_mon": "day of the count of 29", "asof_tue": "day of the count of 81",
     "asof_fri": "day of the junta's count of 145", "monastery": "day the monastery collapsed",
    }
    ms = [
     M(R, "At least 29 people", N, "dead", 29, MON, qual="atleast", src=LOCAL),
     M(R, "Monday", D, "asof_mon", "2023-05-15"),
     M(R, "Sunday", D, "landfall", "2023-05-14"),
     M(R, "209 kilometres per hour", N, "wind", 209, cls="speed"),
     M(R, "nearly a million", N, "refugees_bd", 1000000, qual="nearly"),

     M(T, "sedikitnya 81 orang", N, "dead", 81, TUE, qual="atleast", src=LOCAL),
     M(T, "Selasa (16/5/2023)", D, "asof_tue", "2023-05-16"),
     M(T, "Sabtu (13/5/2023)", D, "landfall", "2023-05-13", planted=True),
     M(T, "209 km per jam", N, "wind", 209, cls="speed"),
     M(T, "sedikitnya 46 orang", N, "dead_villages", 46, TUE, qual="atleast"),
     M(T, "lebih dari 100 warganya", N, "missing_buma", 100, TUE, qual="morethan", fall=True),
     M(T, "13 orang", N, "dead_monastery", 13, TUE),
     M(T, "Minggu (14/5/2023)", D, "monastery", "2023-05-14"),
     M(T, "sembilan orang", N, "dead_dapaing", 9, TUE),

     M(K, "Jumat (19/5/2023)", D, "asof_fri", "2023-05-19"),
     M(K, "sebanyak 145 orang", N, "dead", 145, FRI, src=JUNTA),
     M(K, "empat tentara", N, "soldiers", 4, FRI),
     M(K, "24 warga setempat", N, "residents", 24, FRI),
     M(K, "117 warga Rohingya", N, "roh_dead", 117, FRI, src=JUNTA),
     M(K, "21 orang", N, "dead", 21, EARLY, src=JUNTA),
     M(K, "lebih dari 400 warga Rohingya", N, "roh_dead", 400, FRI, qual="morethan", src=REPORTS),
     M(K, "Minggu (14/5/2023)", D, "landfall", "2023-05-14"),
     M(K, "63.302", N, "evacuated", 63302),
     M(K, "125.789 warga Rohingya", N, "camp_pop", 125789),
     M(K, "17 kamp", N, "camps", 17),
     M(K, "sekitar 800.000 orang", N, "affected", 800000, qual="approx"),

     M(A, "Sunday, May 14", D, "landfall", "2023-05-14"),
     M(A, "209 kph", N, "wind", 209, cls="speed"),
     M(A, "May 19", D, "asof_fri", "2023-05-19"),
     M(A, "145 people", N, "dead", 145, FRI, src=JUNTA),
     M(A, "four soldiers", N, "soldiers", 4, FRI),
     M(A, "24 local residents", N, "residents", 24, FRI),
     M(A, "171 Rohingya", N, "roh_dead", 171, FRI, src=JUNTA, planted=True),
     M(A, "21", N, "dead", 21, EARLY, src=JUNTA),
     M(A, "more than 400 Rohingya", N, "roh_dead", 400, FRI, qual="morethan", src=REPORTS),
     M(A, "May 16", D, "asof_tue", "2023-05-16"),
     M(A, "at least 46 dead", N, "dead_villages", 46, TUE, qual="atleast"),
     M(A, "about 800,000 people", N, "affected", 800000, qual="approx"),
     M(A, "63,302", N, "evacuated", 63302),
     M(A, "125,789 Rohingya", N, "camp_pop", 125789),
     M(A, "17 camps", N, "camps", 17),
    ]
    build("cyclone-mocha-2023", "Cyclone Mocha in western Myanmar (landfall near Sittwe on Sunday 14 May 2023, winds "
          "up to 209 km/h): the local tallies of at least 29 dead on Monday 15 May and at least 81 on Tuesday 16 May "
          "(46 in Bu Ma and Khaung Doke Kar, 13 in a monastery in Rathedaung, 9 in the Dapaing camp); the junta's "
          "earlier 21 and its 145 on Friday 19 May (4 soldiers, 24 residents, 117 Rohingya) against unofficial reports "
          "of more than 400 Rohingya dead; 63,302 of 125,789 Rohingya in 17 camps evacuated; about 800,000 affected; "
          "no deaths in Bangladesh", False, ms, names)


def verdicts():
    R, K, T, A = "reuters-dec06", "kompas-jan11", "tempo-dec31", "ap-aug02"
    # the running tally is the total prison term: the first verdict of Monday 6 December 2021 (four years, cut to two
    # hours later: two as-of times, a revision), six years after Monday 10 January 2022, 33 after Friday 30 December
    # 2022, 27 after the pardon of Tuesday 1 August 2023 (a revision). The age and the rights group's count of people
    # killed since the coup rise with the day of the report. Each verdict's sentence and date is its own fact.
    DEC6A, DEC6B, JAN10, DEC30, AUG1 = "2021-12-06a", "2021-12-06b", "2022-01-10", "2022-12-30", "2023-08-01"
    names = {
     "v1": "the first verdict's sentence (years)", "total": "total prison term (years)",
     "wm_v1": "Win Myint's first sentence (years)", "age": "Suu Kyi's age", "max_term": "maximum combined sentence",
     "aapp": "people killed by the security forces since the coup", "v2": "the second verdict's sentence (years)",
     "corr_max": "maximum sentence per corruption charge", "heli": "the helicopter verdict's sentence (years)",
     "trial_months": "months of trials", "cases": "cases she was convicted in", "apr": "the April verdict's sentence",
     "bribe": "the money she was accused of taking (US$)", "aug": "the August verdict's sentence (years)",
     "charges_aug": "corruption charges in the August verdict", "sep2": "the election-fraud sentence (years)",
     "sep29": "the official-secrets sentence (years)", "wm_heli": "Win Myint's helicopter sentence (years)",
     "charges_dec": "corruption charges in the helicopter verdict", "pardoned": "cases in which she was pardoned",
     "cut": "years cut by the pardon", "wm_cases": "cases in which Win Myint was pardoned",
     "wm_cut": "years cut from Win Myint's term", "amnesty": "prisoners in the amnesty",
     # dates
     "d_v1": "day of the first verdict", "d_v2": "day of the second verdict", "coup": "day of the coup",
     "election": "month of the election", "gag": "month the lawyers were gagged", "d_heli": "day of the last verdict",
     "d_apr": "day of the April verdict", "d_aug": "day of the August verdict", "d_sep2": "day of the election-fraud verdict",
     "d_sep29": "day of the official-secrets verdict", "pardon": "day of the pardon",
    }
    ms = [
     M(R, "four years", N, "v1", 4, DEC6A, cls="years"),
     M(R, "Monday", D, "d_v1", "2021-12-06"),
     M(R, "two years", N, "v1", 2, DEC6B, cls="years", also={"total": 2}),
     M(R, "two years", N, "wm_v1", 2, DEC6B, cls="years", occ=2),
     M(R, "76", N, "age", 76, "2021-12-06", cls="age"),
     M(R, "Feb. 1", D, "coup", "2021-02-01"),
     M(R, "more than 100 years", N, "max_term", 100, qual="morethan", cls="years"),
     M(R, "November 2020", D, "election", "2020-11"),
     M(R, "more than 1,300 people", N, "aapp", 1300, "2021-12-06", qual="morethan"),

     M(K, "Senin (10/1/2022)", D, "d_v2", "2022-01-10"),
     M(K, "empat tahun", N, "v2", 4, cls="years"),
     M(K, "enam tahun", N, "total", 6, JAN10, cls="years"),
     M(K, "76 tahun", N, "age", 76, "2022-01-10", cls="age"),
     M(K, "Senin (6/12/2021)", D, "d_v1", "2021-12-06"),
     M(K, "empat tahun", N, "v1", 4, DEC6A, cls="years", occ=2),
     M(K, "dua tahun", N, "v1", 2, DEC6B, cls="years", also={"total": 2}),
     M(K, "1 Februari 2021", D, "coup", "2021-02-01"),
     M(K, "Oktober 2021", D, "gag", "2021-10"),
     M(K, "15 tahun", N, "corr_max", 15, cls="years"),

     M(T, "Jumat (30/12/2022)", D, "d_heli", "2022-12-30"),
     M(T, "tujuh tahun", N, "heli", 7, cls="years"),
     M(T, "lima dakwaan", N, "charges_dec", 5),
     M(T, "18 bulan", N, "trial_months", 18, cls="dur"),
     M(T, "77 tahun", N, "age", 77, "2022-12-30", cls="age"),
     M(T, "33 tahun", N, "total", 33, DEC30, cls="years"),
     M(T, "19 kasus", N, "cases", 19),
     M(T, "Selasa (7/12/2021)", D, "d_v1", "2021-12-07", planted=True),
     M(T, "Rabu (27/4/2022)", D, "d_apr", "2022-04-27"),
     M(T, "lima tahun", N, "apr", 5, cls="years"),
     M(T, "600.000 dolar AS", N, "bribe", 600000, cls="usd"),
     M(T, "enam tahun", N, "aug", 6, cls="years"),
     M(T, "Senin (15/8/2022)", D, "d_aug", "2022-08-15"),
     M(T, "empat dakwaan", N, "charges_aug", 4),
     M(T, "Jumat (2/9/2022)", D, "d_sep2", "2022-09-02"),
     M(T, "tiga tahun", N, "sep2", 3, cls="years"),
     M(T, "November 2020", D, "election", "2020-11"),
     M(T, "Tiga tahun", N, "sep29", 3, cls="years"),
     M(T, "Kamis (29/9/2022)", D, "d_sep29", "2022-09-29"),
     M(T, "tujuh tahun", N, "wm_heli", 7, cls="years", occ=2),
     M(T, "lebih dari 2.600 orang", N, "aapp", 2600, "2022-12-30", qual="morethan"),

     M(A, "five", N, "pardoned", 5),
     M(A, "19 cases", N, "cases", 19),
     M(A, "six years", N, "cut", 6, cls="years"),
     M(A, "Tuesday", D, "pardon", "2023-08-01"),
     M(A, "78-year-old", N, "age", 78, "2023-08-01", cls="age"),
     M(A, "27 years", N, "total", 27, AUG1, cls="years"),
     M(A, "33 years", N, "total", 33, DEC30, cls="years"),
     M(A, "two cases", N, "wm_cases", 2),
     M(A, "four years", N, "wm_cut", 4, cls="years"),
     M(A, "more than 7,000 prisoners", N, "amnesty", 7000, qual="morethan"),
     M(A, "Dec. 6, 2021", D, "d_v1", "2021-12-06"),
     M(A, "Jan. 10, 2022", D, "d_v2", "2022-01-10"),
     M(A, "five years", N, "apr", 5, cls="years"),
     M(A, "April 2022", D, "d_apr", "2022-04"),
     M(A, "six", N, "aug", 6, cls="years", occ=2),
     M(A, "August", D, "d_aug", "2022-08"),
     M(A, "seven", N, "heli", 7, cls="years"),
     M(A, "Dec. 30", D, "d_heli", "2022-12-30"),
     M(A, "Feb. 1, 2021", D, "coup", "2021-02-01"),
    ]
    build("suu-kyi-verdicts-2021", "The trials of Myanmar's ousted leader Suu Kyi in stages: four years on Monday 6 "
          "December 2021, cut to two hours later; four more on Monday 10 January 2022 (six in all); five on Wednesday "
          "27 April, six on Monday 15 August, three on Friday 2 September, three on Thursday 29 September and seven on "
          "Friday 30 December 2022 (33 in all, convicted in 19 cases); the pardon in five cases on Tuesday 1 August 2023 "
          "cutting six years (27 left); the rights group's count of people killed since the coup of 1 February 2021 "
          "rising (more than 1,300 -> more than 2,600)", False, ms, names)


def imf():
    R, K, T, S = "reuters-jan31", "kontan-feb01", "antara-feb02", "dailystar-feb03"
    names = {
     "total": "the package (US$)", "ecf": "the ECF and EFF part (US$)", "rsf": "the RSF part (US$)",
     "first": "the immediate disbursement (US$)", "months": "months of the programme",
     "since_request": "months from the request to the staff-level agreement",
     # dates
     "approved": "day of the board's approval", "staff": "day of the staff-level agreement",
     "request": "month of the request", "prev": "year of the previous programme",
    }
    ms = [
     M(R, "about $4.7 billion", N, "total", 4700, qual="approx", cls="usd"),
     M(R, "Monday", D, "approved", "2023-01-30"),
     M(R, "$3.3 billion", N, "ecf", 3300, cls="usd"),
     M(R, "$1.4 billion", N, "rsf", 1400, cls="usd"),
     M(R, "About $476 million", N, "first", 476, qual="approx", cls="usd"),
     M(R, "42 months", N, "months", 42, cls="dur"),
     M(R, "Nov. 9", D, "staff", "2022-11-09"),
     M(R, "July 2022", D, "request", "2022-07"),
     M(R, "2012", D, "prev", "2012"),

     M(K, "sekitar 4,7 miliar dolar AS", N, "total", 4700, qual="approx", cls="usd"),
     M(K, "Senin (30/1/2023)", D, "approved", "2023-01-30"),
     M(K, "3,3 miliar dolar AS", N, "ecf", 3300, cls="usd"),
     M(K, "1,4 miliar dolar AS", N, "rsf", 1400, cls="usd"),
     M(K, "Sekitar 476 juta dolar AS", N, "first", 476, qual="approx", cls="usd"),
     M(K, "42 bulan", N, "months", 42, cls="dur"),
     M(K, "9 November 2022", D, "staff", "2022-11-09"),
     M(K, "Juli 2022", D, "request", "2022-07"),
     M(K, "2012", D, "prev", "2012"),

     M(T, "sekitar 476 juta dolar AS", N, "first", 476, qual="approx", cls="usd"),
     M(T, "Senin (30/1)", D, "approved", "2023-01-30"),
     M(T, "sekitar 4,7 miliar dolar AS", N, "total", 4700, qual="approx", cls="usd"),
     M(T, "42 bulan", N, "months", 42, cls="dur"),
     M(T, "3,3 miliar dolar AS", N, "ecf", 3300, cls="usd"),
     M(T, "1,4 miliar dolar AS", N, "rsf", 1400, cls="usd"),
     M(T, "Juli 2022", D, "request", "2022-07"),
     M(T, "9 November 2022", D, "staff", "2022-11-09"),
     M(T, "2012", D, "prev", "2012"),

     M(S, "January 30", D, "approved", "2023-01-30"),
     M(S, "$4.7 billion", N, "total", 4700, cls="usd"),
     M(S, "$3.3 billion", N, "ecf", 3300, cls="usd"),
     M(S, "$1.4 billion", N, "rsf", 1400, cls="usd"),
     M(S, "about $476 million", N, "first", 476, qual="approx", cls="usd"),
     M(S, "42 months", N, "months", 42, cls="dur"),
     M(S, "November 9", D, "staff", "2022-11-09"),
     M(S, "four months", N, "since_request", 4, cls="dur"),
     M(S, "July 2022", D, "request", "2022-07"),
     M(S, "2012", D, "prev", "2012"),
    ]
    build("imf-bangladesh-2023", "The IMF executive board's approval of a loan package of about US$4.7 billion for "
          "Bangladesh (control) on Monday 30 January 2023: US$3.3 billion under the ECF and EFF, US$1.4 billion under "
          "the Resilience and Sustainability Facility (the first in Asia), about US$476 million at once, the rest over "
          "42 months; the staff-level agreement of 9 November 2022, the request of July 2022, the previous programme "
          "of 2012. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    mocha()
    verdicts()
    imf()
