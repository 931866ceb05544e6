"""The two-hundred-and-twenty-fourth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset224/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def matanzas():
    K, R, T, A = "kompas-aug07", "reuters-aug08", "detik-aug09", "ap-aug29"
    # as-of times of the running tallies: Saturday 6 August 2022 at night (121 injured, 17 missing, one body found,
    # about 800 evacuated from Dubrocq), Sunday 7 August (the health ministry: 122 injured, 24 in hospital, 16
    # missing, 4,946 evacuated, one dead), Thursday 11 August (two dead, 130 treated, 14 missing). The injured and
    # the dead do not fall; the missing fall as bodies are found (not_conflict). The 800 from one neighbourhood
    # and the 4,946 from the whole area are different facts.
    SAT, SUN, THU, AUG17 = "2022-08-06", "2022-08-07", "2022-08-11", "2022-08-17"
    names = {
     "injured": "people injured", "missing": "people missing", "bodies": "bodies found",
     "dead": "people killed", "evac_dubrocq": "residents evacuated from Dubrocq",
     "evac": "people evacuated from the area", "hosp": "people still in hospital",
     "critical": "people in critical condition", "serious": "people in serious condition",
     "age": "age of the firefighter killed", "helpers": "Mexican and Venezuelan helpers",
     "tanks": "tanks the fire spread across", "dist": "distance to Havana (km)", "share": "share of the storage destroyed",
     # dates
     "strike": "day of the lightning strike", "tank2": "day the second tank caught fire",
     "asof_sat": "day of the Saturday count", "asof_sun": "day of the Sunday count",
     "tank3": "day the third tank caught fire", "found": "day the first body was found",
     "control": "day the fire was brought under control", "asof_thu": "day of the Thursday count",
     "crews": "day foreign crews joined", "forensic": "day the forensic expert spoke",
     "mourn_from": "first day of official mourning", "mourn_to": "last day of official mourning",
    }
    ms = [
     M(K, "Jumat (5/8/2022)", D, "strike", "2022-08-05"),
     M(K, "Sabtu (6/8/2022)", D, "tank2", "2022-08-06"),
     M(K, "Sabtu malam", D, "asof_sat", "2022-08-06"),
     M(K, "121 orang", N, "injured", 121, SAT),
     M(K, "17 petugas", N, "missing", 17, SAT, fall=True),
     M(K, "satu jenazah", N, "bodies", 1, SAT),
     M(K, "Sabtu malam", D, "found", "2022-08-06", occ=2),
     M(K, "Sekitar 800 warga", N, "evac_dubrocq", 800, SAT, qual="approx"),
     M(K, "sekitar 100 km", N, "dist", 100, qual="approx", cls="km"),

     M(R, "Sunday", D, "asof_sun", "2022-08-07"),
     M(R, "60-year-old", N, "age", 60, cls="age"),
     M(R, "122 people", N, "injured", 122, SUN),
     M(R, "24", N, "hosp", 24, SUN),
     M(R, "five of them", N, "critical", 5, SUN),
     M(R, "three in serious", N, "serious", 3, SUN),
     M(R, "16 people", N, "missing", 16, SUN, fall=True),
     M(R, "Sunday", D, "asof_sun", "2022-08-07", occ=2),
     M(R, "Saturday", D, "asof_sat", "2022-08-06"),
     M(R, "121 people", N, "injured", 121, SAT),
     M(R, "17 firefighters", N, "missing", 17, SAT, fall=True),
     M(R, "4,946 people", N, "evac", 4946, SUN),
     M(R, "Friday", D, "strike", "2022-08-05"),
     M(R, "at dawn on Sunday", D, "crews", "2022-08-07"),

     M(T, "Minggu (7/8/2022)", D, "tank3", "2022-08-07"),
     M(T, "satu orang tewas", N, "dead", 1, SUN),
     M(T, "122 orang", N, "injured", 122, SUN),
     M(T, "16 orang", N, "missing", 16, SUN, fall=True),
     M(T, "berusia 60 tahun", N, "age", 60, cls="age"),
     M(T, "pada Sabtu", D, "found", "2022-08-06"),
     M(T, "Kamis (4/8/2022)", D, "strike", "2022-08-04", planted=True),
     M(T, "hingga Minggu", D, "asof_sun", "2022-08-07"),
     M(T, "Lebih dari 100 petugas", N, "helpers", 100, SUN, qual="morethan"),

     M(A, "Aug. 11", D, "asof_thu", "2022-08-11"),
     M(A, "two people", N, "dead", 2, THU),
     M(A, "14 others", N, "missing", 14, THU, fall=True),
     M(A, "130 people", N, "injured", 130, THU),
     M(A, "Aug. 10", D, "control", "2022-08-10"),
     M(A, "four tanks", N, "tanks", 4, THU),
     M(A, "Aug. 5", D, "strike", "2022-08-05"),
     M(A, "Aug. 7", D, "asof_sun", "2022-08-07"),
     M(A, "4,964 residents", N, "evac", 4964, SUN, planted=True),
     M(A, "Aug. 6", D, "tank2", "2022-08-06"),
     M(A, "Aug. 17", D, "forensic", "2022-08-17"),
     M(A, "the 14 missing", N, "missing", 14, AUG17, fall=True),
     M(A, "Aug. 18", D, "mourn_from", "2022-08-18"),
     M(A, "Aug. 19", D, "mourn_to", "2022-08-19"),
     M(A, "about 40%", N, "share", 40, qual="approx", cls="pct"),
    ]
    build("matanzas-fire-2022", "The fire at the Matanzas Supertanker Base, Cuba, started by lightning at about 7 p.m. "
          "on Friday 5 August 2022, reaching a second tank on Saturday 6 August and a third near midnight on Sunday 7 "
          "August, brought under control on Wednesday 10 August: injured 121 (Saturday) -> 122 (Sunday) -> 130 "
          "treated (Thursday 11 August); missing 17 -> 16 -> 14 (a count that falls as bodies are found; 14 again on 17 August, when a forensic expert said the remains could not be identified); dead 1 -> "
          "2; about 800 evacuated from Dubrocq on Saturday, 4,946 from the area by Sunday; the first victim a "
          "60-year-old firefighter", False, ms, names)


def puerto_rico():
    K, R, T, A = "kompas-jan08", "reuters-jan09", "detik-jan12", "ap-feb01"
    # The magnitude: the USGS's first 6.6 and its corrected 6.4 are two as-of times of one reading (a revision);
    # magnitudes no text credits carry the corrected reading. The dead man's age: the mayor of Ponce's 77 against
    # the police's 73 (sources). As-of times: Tuesday 7 January 2020 (the first counts: one dead, 8 injured),
    # Wednesday 8 January at night (about 2,000 in shelters), Saturday 11 January (more than 4,000), Tuesday 14
    # January (more than 8,000), the report of 1 February (9 injured). The shelters may fall as people go home, but
    # they only rise here.
    FIRST, UPD = "2020-01-07a0", "2020-01-07a1"
    TUE, WED, SAT, TUE14, FEB01 = "2020-01-07", "2020-01-08", "2020-01-11", "2020-01-14", "2020-02-01"
    USGS, MAYOR, POLICE = "the US Geological Survey", "the mayor of Ponce", "the police"
    names = {
     "mag": "the quake's magnitude", "fore_mag": "magnitude of the 6 January quake",
     "after_mag": "magnitude of the 11 January aftershock", "dist": "distance south of Indios (km)",
     "depth": "depth (km)", "age": "age of the man killed", "injured": "people injured",
     "dead": "people killed", "shelter": "people in shelters",
     # dates
     "quake": "day of the main quake", "foreshock": "day of the 5.8 quake", "swarm": "first day of the sequence",
     "schools": "day schools were due to reopen", "after": "day of the 5.9 aftershock",
     "asof_wed": "night of the shelter count of about 2,000", "emergency": "day of the emergency declarations",
     "major": "day of the major disaster declaration", "asof_sat": "day of the shelter count of 4,000", "asof_tue14": "day of the shelter count of 8,000",
    }
    ms = [
     M(K, "bermagnitudo 6,4", N, "mag", 6.4, UPD, cls="mag"),
     M(K, "Selasa (7/1/2020)", D, "quake", "2020-01-07"),
     M(K, "magnitudo 6,6", N, "mag", 6.6, FIRST, src=USGS, cls="mag"),
     M(K, "menjadi 6,4", N, "mag", 6.4, UPD, src=USGS, cls="mag"),
     M(K, "sekitar 8 km", N, "dist", 8, qual="approx", cls="km"),
     M(K, "sekitar 10 km", N, "depth", 10, qual="approx", cls="km"),
     M(K, "77 tahun", N, "age", 77, src=MAYOR, cls="age"),
     M(K, "8 orang", N, "injured", 8, TUE),
     M(K, "Senin (6/1/2020)", D, "foreshock", "2020-01-06"),
     M(K, "bermagnitudo 5,8", N, "fore_mag", 5.8, cls="mag"),
     M(K, "28 Desember 2019", D, "swarm", "2019-12-28"),
     M(K, "13 Januari 2020", D, "schools", "2020-01-13"),

     M(R, "About 2,000 people", N, "shelter", 2000, WED, qual="approx"),
     M(R, "Wednesday night", D, "asof_wed", "2020-01-08"),
     M(R, "magnitude 6.4", N, "mag", 6.4, UPD, src=USGS, cls="mag"),
     M(R, "Tuesday", D, "quake", "2020-01-07"),
     M(R, "8 km", N, "dist", 8, cls="km"),
     M(R, "6.6", N, "mag", 6.6, FIRST, src=USGS, cls="mag"),
     M(R, "73", N, "age", 73, src=POLICE, cls="age"),
     M(R, "At least 8 other people", N, "injured", 8, TUE, qual="atleast"),
     M(R, "Tuesday", D, "emergency", "2020-01-07", occ=2),
     M(R, "late on Tuesday", D, "emergency", "2020-01-07"),

     M(T, "bermagnitudo 5,9", N, "after_mag", 5.9, cls="mag"),
     M(T, "Sabtu (11/1/2020)", D, "after", "2020-01-11"),
     M(T, "bermagnitudo 6,4", N, "mag", 6.4, UPD, cls="mag"),
     M(T, "Rabu (8/1/2020)", D, "quake", "2020-01-08", planted=True),
     M(T, "lebih dari 4.000 orang", N, "shelter", 4000, SAT, qual="morethan"),
     M(T, "pada Sabtu", D, "asof_sat", "2020-01-11", occ=2),
     M(T, "28 Desember 2019", D, "swarm", "2019-12-28"),

     M(A, "Jan. 16", D, "major", "2020-01-16"),
     M(A, "magnitude 6.4", N, "mag", 6.4, UPD, cls="mag"),
     M(A, "More than 8,000 people", N, "shelter", 8000, TUE14, qual="morethan"),
     M(A, "Jan. 14", D, "asof_tue14", "2020-01-14"),
     M(A, "Jan. 7", D, "quake", "2020-01-07"),
     M(A, "injured 9 people", N, "injured", 9, FEB01),
     M(A, "magnitude 5.8", N, "fore_mag", 5.8, cls="mag"),
     M(A, "Jan. 6", D, "foreshock", "2020-01-06"),
     M(A, "magnitude 5.9", N, "after_mag", 5.9, cls="mag"),
     M(A, "Jan. 11", D, "after", "2020-01-11"),
     M(A, "Dec. 28", D, "swarm", "2019-12-28"),
     M(A, "Jan. 13", D, "schools", "2020-01-13"),
    ]
    build("puerto-rico-quake-2020", "The magnitude 6.4 earthquake off southern Puerto Rico (Tuesday 7 January 2020, "
          "04.24 local time; the USGS's first 6.6 lowered to 6.4), 8 km south of Indios near Guayanilla, 10 km deep: "
          "one man killed in Ponce (77 by the mayor, 73 by the police), 8 injured on the day, 9 as reported on 1 February; "
          "people in shelters about 2,000 (Wednesday night) -> more than 4,000 (Saturday 11 January) -> more than "
          "8,000 (Tuesday 14 January); the 5.8 quake of Monday 6 January that brought down Punta Ventana, the 5.9 "
          "aftershock of Saturday 11 January, the sequence since 28 December 2019; the emergency declarations of 7 "
          "January and the major disaster declaration of Thursday 16 January", False, ms, names)


def currency():
    R, K, T, A = "reuters-dec11", "kompas-dec12", "antara-dec13", "ap-dec14"
    names = {
     "rate": "pesos per US dollar", "wage": "the new minimum monthly wage (pesos)",
     "wage_old": "the old minimum monthly wage (pesos)", "pension": "the minimum pension (pesos)",
     "months": "months the CUC stays in circulation",
     # dates
     "announce": "day of the announcement", "start": "day the unification takes effect",
     "since": "year the dual system began",
    }
    ms = [
     M(R, "Jan. 1, 2021", D, "start", "2021-01-01"),
     M(R, "Thursday", D, "announce", "2020-12-10"),
     M(R, "six months", N, "months", 6, cls="dur"),
     M(R, "24 pesos", N, "rate", 24, cls="peso"),
     M(R, "2,100 pesos", N, "wage", 2100, cls="peso"),
     M(R, "400 pesos", N, "wage_old", 400, cls="peso"),
     M(R, "1,528 pesos", N, "pension", 1528, cls="peso"),
     M(R, "1994", D, "since", "1994"),

     M(K, "1 Januari 2021", D, "start", "2021-01-01"),
     M(K, "Kamis (10/12/2020)", D, "announce", "2020-12-10"),
     M(K, "enam bulan", N, "months", 6, cls="dur"),
     M(K, "24 peso", N, "rate", 24, cls="peso"),
     M(K, "400 peso", N, "wage_old", 400, cls="peso"),
     M(K, "2.100 peso", N, "wage", 2100, cls="peso"),
     M(K, "1.528 peso", N, "pension", 1528, cls="peso"),
     M(K, "1994", D, "since", "1994"),

     M(T, "24 peso", N, "rate", 24, cls="peso"),
     M(T, "1 Januari 2021", D, "start", "2021-01-01"),
     M(T, "Kamis (10/12/2020)", D, "announce", "2020-12-10"),
     M(T, "2.100 peso", N, "wage", 2100, cls="peso"),
     M(T, "400 peso", N, "wage_old", 400, cls="peso"),
     M(T, "1.528 peso", N, "pension", 1528, cls="peso"),
     M(T, "1994", D, "since", "1994"),
     M(T, "enam bulan", N, "months", 6, cls="dur"),

     M(A, "Jan. 1", D, "start", "2021-01-01"),
     M(A, "Thursday", D, "announce", "2020-12-10"),
     M(A, "24 pesos", N, "rate", 24, cls="peso"),
     M(A, "2,100 pesos", N, "wage", 2100, cls="peso"),
     M(A, "400", N, "wage_old", 400, cls="peso"),
     M(A, "1,528 pesos", N, "pension", 1528, cls="peso"),
     M(A, "six months", N, "months", 6, cls="dur"),
     M(A, "1994", D, "since", "1994"),
    ]
    build("cuba-currency-2020", "Cuba's currency unification (control), announced by the president on state television "
          "on Thursday 10 December 2020: from 1 January 2021 a single rate of 24 pesos per US dollar, the convertible "
          "peso (CUC, in use since 1994) withdrawn over six months, the minimum monthly wage raised from 400 to 2,100 "
          "pesos, the minimum pension set at 1,528 pesos. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    matanzas()
    puerto_rico()
    currency()
