"""The table of facts of the four-hundred-and-forty-first development set (issue 12), one ``M`` per mention: the fact,
its value, the as-of time of a running tally, its qualifier, its source, whether the tally may fall, and whether it
is a planted error. Every cross-article pair of mentions is then labelled by the development set's rules
(tests/data/devset/README.md): same fact -> agree / compatible / update / revision / conflict / sources; different
facts of one unit class, and every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset441/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def fire():
    R, K, J, T = "reuters-dec17", "kompas-dec18", "japantimes-dec22", "tempo-jan17"
    # as-of times of the running tallies: Friday 17 December 2021 (24 dead by 6 p.m., 28 taken to hospital by the fire
    # department), Saturday 18 December (still 24), Tuesday 21 December (25 after a woman died in hospital), the
    # report of Wednesday 22 December (the police's corrected 27 taken to hospital: a revision) and Thursday 30
    # December (the suspect died: 25 victims, 26 dead with him). The 27 found in cardiac arrest is one figure of the
    # day. The burned area: the fire department's about 25 square metres against the police investigators' about 20
    # (sources).
    FRI, SAT, TUE, WED22, DEC30 = "2021-12-17", "2021-12-18", "2021-12-21", "2021-12-22", "2021-12-30"
    FIRE, POLICE = "the Osaka city fire department", "the police investigators"
    names = {
     "dead": "victims killed by the fire (without the suspect)", "dead_all": "dead including the suspect",
     "cardiac": "people found in cardiac arrest", "hospital": "people taken to hospital on the day",
     "engines": "fire engines sent", "other_fire": "dead of the 2001 Kabukicho fire",
     "time": "time the fire was reported (hour)", "area": "area burned (square metres)",
     "minutes": "minutes until the fire was out", "floors": "storeys of the building",
     "s_age": "the suspect's age (years)", "d_age": "the director's age (years)", "days": "days until the 25th death",
     # dates
     "fire": "day of the fire", "count_sat": "day of the count of Saturday", "named": "day the police named the suspect",
     "search": "day the suspect's home was searched", "home_fire": "day of the small fire at the suspect's home",
     "flowers": "day of the flowers laid on Saturday", "count_25": "day of the 25th death",
     "notes": "day the police spoke of the notes", "s_death": "day the suspect died",
     "kabukicho": "year of the Kabukicho fire",
    }
    ms = [
     M(R, "24 people", N, "dead", 24, FRI),
     M(R, "Friday", D, "fire", "2021-12-17"),
     M(R, "10:18 a.m.", N, "time", 10.3, cls="clock"),
     M(R, "27 people", N, "cardiac", 27),
     M(R, "24", N, "dead", 24, FRI, occ=2),
     M(R, "28 people", N, "hospital", 28, FRI, src=None),
     M(R, "About 70 fire engines", N, "engines", 70, qual="approx"),
     M(R, "eight-storey", N, "floors", 8, cls="floors"),
     M(R, "about 30 minutes", N, "minutes", 30, qual="approx", cls="min"),
     M(R, "about 25 square metres", N, "area", 25, qual="approx", cls="m2", src=FIRE),
     M(R, "2001", D, "kabukicho", "2001"),
     M(R, "44 people", N, "other_fire", 44),

     M(K, "24 orang", N, "dead", 24, SAT),
     M(K, "Sabtu (18/12/2021)", D, "count_sat", "2021-12-18"),
     M(K, "Jumat (17/12/2021)", D, "fire", "2021-12-17"),
     M(K, "pukul 10.18", N, "time", 10.3, cls="clock"),
     M(K, "delapan lantai", N, "floors", 8, cls="floors"),
     M(K, "28 orang", N, "cardiac", 28, planted=True),
     M(K, "Sabtu", D, "named", "2021-12-18", occ=2),
     M(K, "61 tahun", N, "s_age", 61, cls="age"),
     M(K, "Sabtu (18/12/2021)", D, "search", "2021-12-18", occ=2),
     M(K, "Jumat", D, "home_fire", "2021-12-17", occ=2),
     M(K, "sekitar 30 menit", N, "minutes", 30, qual="approx", cls="min"),
     M(K, "kira-kira 25 meter persegi", N, "area", 25, qual="approx", cls="m2", src=FIRE),
     M(K, "Sabtu", D, "flowers", "2021-12-18", occ=4),

     M(J, "25", N, "dead", 25, TUE),
     M(J, "Tuesday", D, "count_25", "2021-12-21"),
     M(J, "11:18 a.m.", N, "time", 11.3, cls="clock", planted=True),
     M(J, "Friday, Dec. 17", D, "fire", "2021-12-17"),
     M(J, "27", N, "hospital", 27, WED22),
     M(J, "49-year-old", N, "d_age", 49, cls="age"),
     M(J, "61", N, "s_age", 61, cls="age"),
     M(J, "about 20 square metres", N, "area", 20, qual="approx", cls="m2", src=POLICE),
     M(J, "Monday", D, "notes", "2021-12-20"),

     M(T, "61 tahun", N, "s_age", 61, cls="age"),
     M(T, "Kamis (30/12/2021)", D, "s_death", "2021-12-30"),
     M(T, "26 orang", N, "dead_all", 26, DEC30),
     M(T, "25 korban", N, "dead", 25, DEC30),
     M(T, "Jumat (17/12/2021)", D, "fire", "2021-12-17"),
     M(T, "24 orang", N, "dead", 24, FRI),
     M(T, "empat hari", N, "days", 4, cls="dur"),
     M(T, "27 orang", N, "cardiac", 27),
    ]
    build("osaka-clinic-fire-2021", "The arson fire at a mental health clinic on the fourth floor of an eight-storey "
          "building in Osaka's Kitashinchi district on Friday 17 December 2021, reported at 10:18 a.m.: 27 people "
          "found in cardiac arrest and 24 dead on the day, 25 after a woman died on Tuesday 21 December; 28 taken to "
          "hospital on the day, corrected to 27 by the police (a revision); the suspect Morio Tanimoto, 61, named on "
          "Saturday 18 December, died on Thursday 30 December (26 dead with him); the burned area put at about 25 "
          "square metres by the fire department and about 20 by the police (sources)", False, ms, names)


def abe():
    K, R, T, A = "kompas-jul09", "reuters-jul11", "tempo-sep28", "antara-jan22"
    # steps on different dates: the shooting (Friday 8 July 2022, about 11:30, death at 17:03), the body taken home
    # (Saturday 9 July), the upper house election (Sunday 10 July), the church's news conference (Monday 11 July),
    # the private funeral (Tuesday 12 July), the state funeral (Tuesday 27 September 2022), the indictment (Friday 13
    # January 2023), the trial's opening (Tuesday 28 October 2025), the prosecutors' demand (Thursday 18 December
    # 2025) and the verdict (Wednesday 21 January 2026). Tempting pairs of one unit: Abe's 67 against the accused's
    # 41 and 45, the mother's 100 million yen against the state funeral's 1.66 billion, the time of the shooting
    # against the time of death.
    names = {
     "abe_age": "Abe's age (years)", "y_age": "the accused's age at the shooting (years)",
     "y_age_trial": "the accused's age at the verdict (years)", "shots": "shots fired", "dist": "distance (m)",
     "blood": "units of blood transfused", "shot_time": "time of the shooting (hour)",
     "death_time": "time of Abe's death (hour)", "ldp": "seats won by the LDP", "at_stake": "seats at stake",
     "coalition": "seats won by the coalition", "chamber": "seats of the upper house", "turnout": "turnout (%)",
     "donation": "the mother's gifts to the church (yen)", "cost": "cost of the state funeral (yen)",
     "guests": "guests at the state funeral", "countries": "countries, regions and bodies represented",
     "protest": "protesters near parliament", "days": "days from the shooting to the state funeral",
     "y_years": "years sought by the defence at most",
     # dates
     "shooting": "day of the shooting", "election": "day of the upper house election",
     "body": "day the body was taken home", "church": "day of the church's news conference",
     "private": "day of the private funeral", "pause": "day the campaigns paused",
     "last_vote": "year of the last upper house election", "bankrupt": "year of the mother's bankruptcy",
     "state": "day of the state funeral", "yoshida": "year of the last state funeral",
     "verdict": "day of the verdict", "demand": "day of the prosecutors' demand", "trial": "day the trial opened",
     "indict": "day of the indictment", "law": "month of the donations law",
    }
    ms = [
     M(K, "Jumat (8/7/2022)", D, "shooting", "2022-07-08"),
     M(K, "sekitar pukul 11.30", N, "shot_time", 11.5, qual="approx", cls="clock"),
     M(K, "67 tahun", N, "abe_age", 67, cls="age"),
     M(K, "pukul 17.03", N, "death_time", 17.05, cls="clock"),
     M(K, "41 tahun", N, "y_age", 41, cls="age"),
     M(K, "dua tembakan", N, "shots", 2),
     M(K, "sekitar 7 meter", N, "dist", 7, qual="approx", cls="m"),
     M(K, "lebih dari 100 unit darah", N, "blood", 100, qual="morethan", cls="units"),
     M(K, "Minggu (10/7/2022)", D, "election", "2022-07-10"),

     M(R, "63", N, "ldp", 63, cls="seats"),
     M(R, "125", N, "at_stake", 125, cls="seats"),
     M(R, "Sunday", D, "election", "2022-07-10"),
     M(R, "76 seats", N, "coalition", 76, cls="seats"),
     M(R, "248-seat", N, "chamber", 248, cls="seats"),
     M(R, "52.05 percent", N, "turnout", 52.05, cls="pct"),
     M(R, "2019", D, "last_vote", "2019"),
     M(R, "67", N, "abe_age", 67, cls="age"),
     M(R, "Friday", D, "shooting", "2022-07-08"),
     M(R, "5:03 p.m.", N, "death_time", 17.05, cls="clock"),
     M(R, "41", N, "y_age", 41, cls="age"),
     M(R, "about 100 million yen", N, "donation", 100e6, qual="approx", cls="yen"),
     M(R, "2002", D, "bankrupt", "2002"),
     M(R, "Monday", D, "church", "2022-07-11"),
     M(R, "Saturday", D, "body", "2022-07-09"),
     M(R, "Tuesday", D, "private", "2022-07-12"),
     M(R, "Friday", D, "pause", "2022-07-08", occ=2),

     M(T, "Selasa (27/9/2022)", D, "state", "2022-09-27"),
     M(T, "Sekitar 4.200 tamu", N, "guests", 4200, qual="approx"),
     M(T, "lebih dari 200 negara", N, "countries", 200, qual="morethan"),
     M(T, "1,66 miliar yen", N, "cost", 1.66e9, cls="yen"),
     M(T, "1967", D, "yoshida", "1967"),
     M(T, "81 hari", N, "days", 81, cls="dur"),
     M(T, "Kamis (7/7/2022)", D, "shooting", "2022-07-07", planted=True),
     M(T, "sekitar 15.000 orang", N, "protest", 15000, qual="approx"),

     M(A, "Rabu (21/1/2026)", D, "verdict", "2026-01-21"),
     M(A, "Kamis (18/12/2025)", D, "demand", "2025-12-18"),
     M(A, "45 tahun", N, "y_age_trial", 45, cls="age"),
     M(A, "Selasa (28/10/2025)", D, "trial", "2025-10-28"),
     M(A, "dua kali", N, "shots", 2),
     M(A, "Jumat (8/7/2022)", D, "shooting", "2022-07-08"),
     M(A, "67 tahun", N, "abe_age", 67, cls="age"),
     M(A, "Jumat (13/1/2023)", D, "indict", "2023-01-13"),
     M(A, "sekitar 10 juta yen", N, "donation", 10e6, qual="approx", cls="yen", planted=True),
     M(A, "20 tahun", N, "y_years", 20, cls="yrs"),
     M(A, "Desember 2022", D, "law", "2022-12"),
    ]
    build("abe-shooting-2022", "The shooting of the former prime minister Shinzo Abe (67) while campaigning outside "
          "Yamato-Saidaiji station in Nara on Friday 8 July 2022 at about 11:30 (dead at 17:03) and its steps: the "
          "upper house election on Sunday 10 July (the LDP 63 of 125 seats at stake), the church's news conference on "
          "Monday 11 July, the state funeral at the Nippon Budokan on Tuesday 27 September 2022 (about 4,200 guests, "
          "1.66 billion yen), the indictment of Tetsuya Yamagami (41) on Friday 13 January 2023, the trial opened on "
          "Tuesday 28 October 2025, life imprisonment sought on Thursday 18 December 2025 and given on Wednesday 21 "
          "January 2026; his mother's gifts of about 100 million yen to the Unification Church", False, ms, names)


def defence():
    R, K, N_, C = "reuters-dec16", "kompas-dec17", "nikkei-dec18", "cnbcindonesia-dec19"
    names = {
     "total": "defence spending over five years (trillion yen)", "prev": "the previous five-year plan (trillion yen)",
     "ratio": "the new plan against the old (times)", "double": "the share of GDP doubled (times)",
     "target": "defence and related spending in fiscal 2027 (% of GDP)", "now": "defence spending now (% of GDP)",
     "annual": "annual spending in fiscal 2027 (trillion yen)", "missiles": "stand-off missiles (trillion yen)",
     "tax": "tax revenue a year by fiscal 2027 (trillion yen)", "years": "years of the plan",
     "docs": "security documents approved",
     # dates
     "approved": "day the cabinet approved the documents", "china": "day China criticised the documents",
     "nss1": "year of the first National Security Strategy", "start": "first fiscal year of the plan",
     "target_year": "fiscal year of the 2% goal", "plan_end": "last fiscal year of the plan",
    }
    ms = [
     M(R, "Friday", D, "approved", "2022-12-16"),
     M(R, "three security documents", N, "docs", 3, cls="docs"),
     M(R, "43 trillion yen", N, "total", 43, cls="tn"),
     M(R, "five years", N, "years", 5, cls="dur"),
     M(R, "fiscal 2023", D, "start", "2023"),
     M(R, "about 1.6 times", N, "ratio", 1.6, qual="approx", cls="ratio"),
     M(R, "27.47 trillion yen", N, "prev", 27.47, cls="tn"),
     M(R, "2%", N, "target", 2, cls="pct"),
     M(R, "fiscal 2027", D, "target_year", "2027"),
     M(R, "about 1%", N, "now", 1, qual="approx", cls="pct"),
     M(R, "about 11 trillion yen", N, "annual", 11, qual="approx", cls="tn"),
     M(R, "2013", D, "nss1", "2013"),
     M(R, "Friday", D, "china", "2022-12-16", occ=2),
     M(R, "About 5 trillion yen", N, "missiles", 5, qual="approx", cls="tn"),
     M(R, "more than 1 trillion yen", N, "tax", 1, qual="morethan", cls="tn"),

     M(K, "Jumat (16/12/2022)", D, "approved", "2022-12-16"),
     M(K, "tiga dokumen keamanan", N, "docs", 3, cls="docs"),
     M(K, "2013", D, "nss1", "2013"),
     M(K, "43 triliun yen", N, "total", 43, cls="tn"),
     M(K, "lima tahun", N, "years", 5, cls="dur"),
     M(K, "tahun fiskal 2023", D, "start", "2023"),
     M(K, "sekitar 1,6 kali", N, "ratio", 1.6, qual="approx", cls="ratio"),
     M(K, "27,47 triliun yen", N, "prev", 27.47, cls="tn"),
     M(K, "2 persen", N, "target", 2, cls="pct"),
     M(K, "tahun fiskal 2027", D, "target_year", "2027"),
     M(K, "kisaran 1 persen", N, "now", 1, qual="approx", cls="pct"),
     M(K, "sekitar 11 triliun yen", N, "annual", 11, qual="approx", cls="tn"),
     M(K, "Sekitar 5 triliun yen", N, "missiles", 5, qual="approx", cls="tn"),
     M(K, "lebih dari 1 triliun yen", N, "tax", 1, qual="morethan", cls="tn"),

     M(N_, "three security documents", N, "docs", 3, cls="docs"),
     M(N_, "Friday, Dec. 16", D, "approved", "2022-12-16"),
     M(N_, "43 trillion yen", N, "total", 43, cls="tn"),
     M(N_, "fiscal 2023", D, "start", "2023"),
     M(N_, "fiscal 2027", D, "plan_end", "2027"),
     M(N_, "27.47 trillion yen", N, "prev", 27.47, cls="tn"),
     M(N_, "about 1.6 times", N, "ratio", 1.6, qual="approx", cls="ratio"),
     M(N_, "fiscal 2027", D, "target_year", "2027", occ=2),
     M(N_, "2%", N, "target", 2, cls="pct"),
     M(N_, "about 11 trillion yen", N, "annual", 11, qual="approx", cls="tn"),
     M(N_, "roughly 1%", N, "now", 1, qual="approx", cls="pct"),
     M(N_, "About 5 trillion yen", N, "missiles", 5, qual="approx", cls="tn"),
     M(N_, "more than 1 trillion yen", N, "tax", 1, qual="morethan", cls="tn"),
     M(N_, "2013", D, "nss1", "2013"),

     M(C, "43 triliun yen", N, "total", 43, cls="tn"),
     M(C, "lima tahun", N, "years", 5, cls="dur"),
     M(C, "Tiga dokumen keamanan", N, "docs", 3, cls="docs"),
     M(C, "Jumat (16/12/2022)", D, "approved", "2022-12-16"),
     M(C, "sekitar 1,6 kali", N, "ratio", 1.6, qual="approx", cls="ratio"),
     M(C, "27,47 triliun yen", N, "prev", 27.47, cls="tn"),
     M(C, "2 persen", N, "target", 2, cls="pct"),
     M(C, "tahun fiskal 2027", D, "target_year", "2027"),
     M(C, "dua kali lipat", N, "double", 2, cls="ratio"),
     M(C, "sekitar 1 persen", N, "now", 1, qual="approx", cls="pct"),
     M(C, "sekitar 11 triliun yen", N, "annual", 11, qual="approx", cls="tn"),
     M(C, "lebih dari 1 triliun yen", N, "tax", 1, qual="morethan", cls="tn"),
     M(C, "sekitar 5 triliun yen", N, "missiles", 5, qual="approx", cls="tn"),
     M(C, "2013", D, "nss1", "2013"),
    ]
    build("japan-defence-plan-2022", "Japan's three security documents approved by the cabinet on Friday 16 December "
          "2022 (control): 43 trillion yen of defence spending over the five years from fiscal 2023, about 1.6 times "
          "the previous plan's 27.47 trillion yen; defence and related spending of 2% of GDP (about 11 trillion yen) "
          "in fiscal 2027 against about 1% now; about 5 trillion yen for stand-off missiles; tax rises bringing in "
          "more than 1 trillion yen a year by fiscal 2027; the first revision of the National Security Strategy of "
          "2013. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    fire()
    abe()
    defence()
