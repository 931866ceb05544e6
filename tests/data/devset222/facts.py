"""The two-hundred-and-twenty-second development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset222/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def novi_sad():
    R, K, T, A = "reuters-nov02", "kompas-nov18", "detik-mar17", "ap-apr17"
    # as-of times of the running tallies: Friday 1 November 2024 in the afternoon (the interior minister's 12 dead)
    # and in the evening (14, the president's address; the 14 killed on the spot), Sunday 17 November (15, a young
    # woman died in hospital; two still seriously injured; more than 70 people questioned), the publication day of
    # the March report that repeats 15, and Friday 21 March 2025 (16, a 19-year-old died in hospital). The daily
    # silence lasts a minute per victim: 15 minutes in March, 16 in April (an update). The seriously injured may
    # fall (one of the three died).
    FRI_PM, FRI_EVE, NOV17, MAR17, MAR21, APR17 = ("2024-11-01a", "2024-11-01b", "2024-11-17", "2025-03-17",
                                                 "2025-03-21", "2025-04-17")
    # The rally of Saturday 15 March 2025: the Archive of Public Gatherings' 275,000-325,000 against the interior
    # ministry's about 107,000 and the military security agency's about 88,000 (sources). The ruling party's rally of
    # Saturday 12 April: the Archive's about 55,000 against the police's about 45,000 (one article, so no pair).
    ARCH, MUP, VBA, POL = "the Archive of Public Gatherings", "the interior ministry", \
        "the military security agency", "the police"
    names = {
     "dead": "people killed by the canopy's collapse", "serious": "people seriously injured still in hospital",
     "length": "length of the canopy (m)", "mourn_ns_days": "days of mourning in Novi Sad",
     "blockade_hours": "hours of the blockade on 17 November", "questioned": "people questioned by prosecutors",
     "crowd": "people at the rally of 15 March 2025", "crowd2": "people at the ruling party's rally of 12 April",
     "silence": "minutes of the daily silence", "car_inj": "people injured by a car at the rally",
     "macut_votes": "votes for the new prime minister", "seats": "seats in Serbia's parliament",
     # dates
     "collapse": "day the canopy collapsed", "mourn_day": "day of national mourning",
     "built": "year the station was built", "reopened": "day the station reopened",
     "death15": "day the fifteenth victim died", "death16": "day the sixteenth victim died",
     "blockade": "day of the blockade near the station",
     "rally": "day of the big Belgrade rally", "pm_resign": "day the prime minister resigned",
     "vesic": "day the construction minister resigned", "macut": "day the new prime minister was elected",
     "counter_rally": "day of the ruling party's rally",
    }
    ms = [
     M(R, "Saturday", D, "mourn_day", "2024-11-02"),
     M(R, "Friday", D, "collapse", "2024-11-01"),
     M(R, "14 people", N, "dead", 14, FRI_EVE),
     M(R, "roughly 50 meters", N, "length", 50, qual="approx", cls="m"),
     M(R, "12", N, "dead", 12, FRI_PM),
     M(R, "Three people", N, "serious", 3, FRI_EVE, fall=True),
     M(R, "1964", D, "built", "1964"),
     M(R, "July 5", D, "reopened", "2024-07-05"),
     M(R, "three days", N, "mourn_ns_days", 3, cls="dur"),

     M(K, "15 orang", N, "dead", 15, NOV17),
     M(K, "Minggu (17/11/2024)", D, "death15", "2024-11-17"),
     M(K, "Dua korban", N, "serious", 2, NOV17, fall=True),
     M(K, "sekitar 50 meter", N, "length", 50, qual="approx", cls="m"),
     M(K, "Sabtu (2/11/2024)", D, "collapse", "2024-11-02", planted=True),
     M(K, "14 orang", N, "dead", 14, FRI_EVE),
     M(K, "Pada Minggu", D, "blockade", "2024-11-17"),
     M(K, "enam jam", N, "blockade_hours", 6, cls="dur"),
     M(K, "lebih dari 70 orang", N, "questioned", 70, NOV17, qual="morethan"),
     M(K, "1964", D, "built", "1964"),
     M(K, "Juli 2024", D, "reopened", "2024-07"),

     M(T, "Sabtu (15/3/2025)", D, "rally", "2025-03-15"),
     M(T, "15 orang", N, "dead", 15, MAR17),
     M(T, "antara 275.000 dan 325.000 orang", N, "crowd", 275000, src=ARCH),
     M(T, "sekitar 170.000 orang", N, "crowd", 170000, qual="approx", src=MUP, planted=True),
     M(T, "sekitar 88.000 orang", N, "crowd", 88000, qual="approx", src=VBA),
     M(T, "Jumat (1/11/2024)", D, "collapse", "2024-11-01"),
     M(T, "15 menit", N, "silence", 15, MAR17, cls="dur"),
     M(T, "Selasa (28/1/2025)", D, "pm_resign", "2025-01-28"),
     M(T, "4 November 2024", D, "vesic", "2024-11-04"),
     M(T, "tiga orang", N, "car_inj", 3),

     M(A, "Wednesday", D, "macut", "2025-04-16"),
     M(A, "153 votes", N, "macut_votes", 153),
     M(A, "250-seat", N, "seats", 250),
     M(A, "Jan. 28", D, "pm_resign", "2025-01-28"),
     M(A, "Nov. 1", D, "collapse", "2024-11-01"),
     M(A, "16 people", N, "dead", 16, MAR21),
     M(A, "March 21", D, "death16", "2025-03-21"),
     M(A, "16 minutes", N, "silence", 16, APR17, cls="dur"),
     M(A, "March 15", D, "rally", "2025-03-15"),
     M(A, "between 275,000 and 325,000 people", N, "crowd", 275000, src=ARCH),
     M(A, "about 107,000", N, "crowd", 107000, qual="approx", src=MUP),
     M(A, "Saturday", D, "counter_rally", "2025-04-12"),
     M(A, "about 55,000 people", N, "crowd2", 55000, qual="approx", src=ARCH),
     M(A, "about 45,000", N, "crowd2", 45000, qual="approx", src=POL),
     M(A, "July 5", D, "reopened", "2024-07-05"),
    ]
    build("novi-sad-canopy-2024", "The collapse of the concrete canopy of the Novi Sad railway station, Serbia (Friday 1 "
          "November 2024, shortly before noon): 12 dead by the interior minister's first count, 14 by Friday evening, 15 "
          "after a young woman died in hospital on Sunday 17 November, 16 after a 19-year-old died on Friday 21 March 2025; three seriously injured, two still in hospital "
          "then; the construction minister's resignation (4 November), the prime minister's (Tuesday 28 January 2025), "
          "the Belgrade rally of Saturday 15 March 2025 (the Archive of Public Gatherings 275,000-325,000, the interior "
          "ministry about 107,000, the military security agency about 88,000), the new prime minister elected on "
          "Wednesday 16 April 2025 with 153 votes", False, ms, names)


def bosnek():
    R, K, T, A = "reuters-nov23", "kompas-nov24", "detik-nov26", "ap-dec20"
    # The toll: the interior ministry official's first count of at least 46 on Tuesday 23 November 2021, corrected
    # down to 45 (a revision); 45 repeated on later days (update). The passengers aboard, the survivors and the
    # children among the dead do not change with the day of the report.
    NOV23, NOV24, NOV26, DEC20 = "2021-11-23", "2021-11-24", "2021-11-26", "2021-12-20"
    names = {
     "dead": "people killed in the bus fire", "dist": "distance of the crash from Sofia (km)",
     "survivors": "passengers who survived", "children": "children among the dead", "aboard": "people aboard the bus",
     "buses": "buses of the travel agency that entered Bulgaria", "mourn_days": "days of mourning in North Macedonia",
     "journey": "length of the journey from Istanbul to Skopje (km)",
     "days_after_vote": "days between the election and the crash",
     # dates
     "crash": "day of the crash", "mourn_start": "first day of North Macedonia's mourning",
     "entered": "day the buses entered Bulgaria", "bg_mourn": "Bulgaria's day of mourning",
     "mourn_end": "last day of North Macedonia's mourning", "election": "day of Bulgaria's parliamentary election",
     "cabinet": "day the new cabinet took office",
    }
    ms = [
     M(R, "At least 46 people", N, "dead", 46, NOV23, qual="atleast"),
     M(R, "Tuesday", D, "crash", "2021-11-23"),
     M(R, "some 40 km", N, "dist", 40, qual="approx", cls="km"),
     M(R, "Seven passengers", N, "survivors", 7),
     M(R, "Twelve children", N, "children", 12),
     M(R, "three days", N, "mourn_days", 3, cls="dur"),
     M(R, "Tuesday", D, "mourn_start", "2021-11-23", occ=2),
     M(R, "about 800 km", N, "journey", 800, qual="approx", cls="km"),

     M(K, "45 orang", N, "dead", 45, NOV24),
     M(K, "46 orang", N, "dead", 46, NOV23),
     M(K, "52 orang", N, "aboard", 52),
     M(K, "Selasa (23/11/2021)", D, "crash", "2021-11-23"),
     M(K, "Tujuh penumpang", N, "survivors", 7),
     M(K, "12 anak-anak", N, "children", 12),
     M(K, "Senin (22/11/2021)", D, "entered", "2021-11-22"),
     M(K, "empat bus", N, "buses", 4),
     M(K, "tiga hari", N, "mourn_days", 3, cls="dur"),
     M(K, "sejak Selasa", D, "mourn_start", "2021-11-23"),
     M(K, "Rabu (24/11/2021)", D, "bg_mourn", "2021-11-24"),
     M(K, "sekitar 800 kilometer", N, "journey", 800, qual="approx", cls="km"),

     M(T, "45 orang", N, "dead", 45, NOV26),
     M(T, "sekitar 40 kilometer", N, "dist", 40, qual="approx", cls="km"),
     M(T, "Selasa (23/11/2021)", D, "crash", "2021-11-23"),
     M(T, "52 penumpang", N, "aboard", 52),
     M(T, "13 anak", N, "children", 13, planted=True),
     M(T, "Tujuh orang", N, "survivors", 7),
     M(T, "tiga hari", N, "mourn_days", 3, cls="dur"),
     M(T, "Kamis (25/11/2021)", D, "mourn_end", "2021-11-25"),
     M(T, "46 korban tewas", N, "dead", 46, NOV23),

     M(A, "45 people", N, "dead", 45, DEC20),
     M(A, "52 people", N, "aboard", 52),
     M(A, "Nov. 23", D, "crash", "2021-11-23"),
     M(A, "Twelve children", N, "children", 12),
     M(A, "Seven passengers", N, "survivors", 7),
     M(A, "46", N, "dead", 46, NOV23),
     M(A, "Nov. 24", D, "bg_mourn", "2021-11-24"),
     M(A, "three days", N, "mourn_days", 3, cls="dur"),
     M(A, "nine days", N, "days_after_vote", 9, cls="dur"),
     M(A, "Nov. 14", D, "election", "2021-11-14"),
     M(A, "Dec. 13", D, "cabinet", "2021-12-13"),
    ]
    build("bosnek-bus-fire-2021", "The bus fire on the Struma motorway near Bosnek, western Bulgaria (Tuesday 23 "
          "November 2021, about 2 a.m.): a bus from North Macedonia with 52 people aboard, returning from Istanbul to "
          "Skopje; the interior ministry official's first toll of at least 46 corrected down to 45 (12 children and the "
          "driver among them); seven survivors; North Macedonia's three days of mourning (Tuesday to Thursday 25 "
          "November), Bulgaria's on Wednesday 24 November; recalled a month on (the election of 14 November, the new "
          "cabinet of 13 December)", False, ms, names)


def census():
    R, B, K, A = "reuters-dec30", "antara-dec31", "kompas-jan02", "ap-jan03"
    names = {
     "pop": "Romania's resident population (2021 census)", "pop2011": "population at the 2011 census",
     "drop": "fall in the population since 2011", "drop_pct": "fall in the population since 2011 (%)",
     "buch": "residents of Bucharest", "ro_pct": "Romanians among those declaring an ethnicity (%)",
     "hu_pct": "Hungarians among those declaring an ethnicity (%)", "roma_pct": "Roma among those declaring an ethnicity (%)",
     "pop1990": "population around 1990",
     # dates
     "released": "day the results were released", "census2011": "year of the previous census",
     "refdate": "reference date of the census", "fieldwork": "year of the fieldwork", "y1990": "year of the peak",
    }
    ms = [
     M(R, "19,053,815 people", N, "pop", 19053815),
     M(R, "about 1.1 million", N, "drop", 1100000, qual="approx"),
     M(R, "2011", D, "census2011", "2011"),
     M(R, "Friday", D, "released", "2022-12-30"),
     M(R, "20,121,641", N, "pop2011", 20121641),
     M(R, "1,067,826 people", N, "drop", 1067826),
     M(R, "5.3%", N, "drop_pct", 5.3, cls="pct"),
     M(R, "Dec. 1, 2021", D, "refdate", "2021-12-01"),
     M(R, "2022", D, "fieldwork", "2022"),
     M(R, "1,716,961 residents", N, "buch", 1716961),
     M(R, "89.3%", N, "ro_pct", 89.3, cls="pct"),
     M(R, "6.0%", N, "hu_pct", 6.0, cls="pct"),
     M(R, "3.4%", N, "roma_pct", 3.4, cls="pct"),
     M(R, "more than 23 million", N, "pop1990", 23000000, qual="morethan"),
     M(R, "1990", D, "y1990", "1990"),

     M(B, "19.053.815 jiwa", N, "pop", 19053815),
     M(B, "Jumat (30/12/2022)", D, "released", "2022-12-30"),
     M(B, "1.067.826 jiwa", N, "drop", 1067826),
     M(B, "5,3 persen", N, "drop_pct", 5.3, cls="pct"),
     M(B, "2011", D, "census2011", "2011"),
     M(B, "20.121.641 jiwa", N, "pop2011", 20121641),
     M(B, "1 Desember 2021", D, "refdate", "2021-12-01"),
     M(B, "2022", D, "fieldwork", "2022", occ=2),
     M(B, "1.716.961 jiwa", N, "buch", 1716961),
     M(B, "89,3 persen", N, "ro_pct", 89.3, cls="pct"),
     M(B, "6,0 persen", N, "hu_pct", 6.0, cls="pct"),
     M(B, "3,4 persen", N, "roma_pct", 3.4, cls="pct"),
     M(B, "1990", D, "y1990", "1990"),
     M(B, "lebih dari 23 juta jiwa", N, "pop1990", 23000000, qual="morethan"),

     M(K, "lebih dari 1 juta penduduk", N, "drop", 1000000, qual="morethan"),
     M(K, "Jumat (30/12/2022)", D, "released", "2022-12-30"),
     M(K, "sekitar 19,05 juta jiwa", N, "pop", 19050000, qual="approx"),
     M(K, "sekitar 20,12 juta jiwa", N, "pop2011", 20120000, qual="approx"),
     M(K, "2011", D, "census2011", "2011"),
     M(K, "5,3 persen", N, "drop_pct", 5.3, cls="pct"),
     M(K, "1 Desember 2021", D, "refdate", "2021-12-01"),
     M(K, "2022", D, "fieldwork", "2022", occ=2),
     M(K, "sekitar 1,7 juta jiwa", N, "buch", 1700000, qual="approx"),
     M(K, "89,3 persen", N, "ro_pct", 89.3, cls="pct"),
     M(K, "6,0 persen", N, "hu_pct", 6.0, cls="pct"),
     M(K, "3,4 persen", N, "roma_pct", 3.4, cls="pct"),
     M(K, "1990", D, "y1990", "1990"),
     M(K, "di atas 23 juta jiwa", N, "pop1990", 23000000, qual="morethan"),

     M(A, "more than a million residents", N, "drop", 1000000, qual="morethan"),
     M(A, "19.05 million", N, "pop", 19050000, qual="approx"),
     M(A, "Friday", D, "released", "2022-12-30"),
     M(A, "19,053,815 people", N, "pop", 19053815),
     M(A, "20,121,641", N, "pop2011", 20121641),
     M(A, "2011", D, "census2011", "2011"),
     M(A, "about 1.07 million", N, "drop", 1070000, qual="approx"),
     M(A, "5.3 percent", N, "drop_pct", 5.3, cls="pct"),
     M(A, "Dec. 1, 2021", D, "refdate", "2021-12-01"),
     M(A, "2022", D, "fieldwork", "2022"),
     M(A, "1.72 million residents", N, "buch", 1720000, qual="approx"),
     M(A, "89.3 percent", N, "ro_pct", 89.3, cls="pct"),
     M(A, "6.0 percent", N, "hu_pct", 6.0, cls="pct"),
     M(A, "3.4 percent", N, "roma_pct", 3.4, cls="pct"),
     M(A, "more than 23 million people", N, "pop1990", 23000000, qual="morethan"),
     M(A, "1990", D, "y1990", "1990"),
    ]
    build("romania-census-2021", "Romania's national statistics institute INS releases the provisional results of the "
          "2021 census (control) on Friday 30 December 2022: 19,053,815 residents as of 1 December 2021 (counted in "
          "2022), against 20,121,641 in 2011, a fall of 1,067,826 (5.3%); Bucharest 1,716,961; 89.3% Romanian, 6.0% "
          "Hungarian and 3.4% Roma among those declaring an ethnicity; more than 23 million around 1990. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    novi_sad()
    bosnek()
    census()
