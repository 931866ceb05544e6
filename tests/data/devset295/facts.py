"""The two-hundred-and-ninety-fifth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset295/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def malang():
    K, R, T, A = "kompas-apr11", "reuters-apr12", "detik-apr13", "ap-may3"
    # as-of times of the running tallies: Saturday night 10 April 2021 (BNPB's first count of six dead), Sunday 11
    # April at 10.00 WIB (eight dead, 39 injured, at least 1,189 houses), Monday 12 April (10 dead, 104 injured,
    # 2,882 houses), Tuesday 13 April (10 dead, 104 injured, more than 5,000 houses), the agency's latest count as
    # reported on 3 May. The dead, the injured and the damaged houses do not fall.
    SATN, SUN, MON, TUE, MAY = "2021-04-10", "2021-04-11", "2021-04-12", "2021-04-13", "2021-05-03"
    # The magnitude: BMKG's first reading of 6.7 and its updated 6.1 are two as-of times of one reading (a
    # revision); the Indonesian outlets' uncredited 6.1 is BMKG's. The U.S. Geological Survey's 6.0 is another
    # source's estimate (sources), against BMKG's first and updated readings alike.
    FIRST, UPD = "2021-04-10a0", "2021-04-10a1"
    BMKG, USGS = "BMKG", "the US Geological Survey"
    names = {
     "mag": "the quake's magnitude", "dist": "distance of the epicentre from Malang (km)", "depth": "depth (km)",
     "dead": "people killed", "injured": "people injured", "houses": "houses damaged",
     # dates
     "quake": "day of the earthquake", "count_sat": "day of BNPB's first count",
     "asof_sun": "day of the count of eight dead", "asof_mon": "day of the count of 10 dead and 2,882 houses",
     "asof_tue": "day of the count of more than 5,000 houses",
    }
    ms = [
     M(K, "bermagnitudo 6,1", N, "mag", 6.1, UPD, src=BMKG, cls="mag"),
     M(K, "Sabtu (10/4/2021)", D, "quake", "2021-04-10"),
     M(K, "magnitudo 6,7", N, "mag", 6.7, FIRST, src=BMKG, cls="mag"),
     M(K, "menjadi 6,1", N, "mag", 6.1, UPD, src=BMKG, cls="mag"),
     M(K, "sekitar 90 km", N, "dist", 90, qual="approx", cls="km"),
     M(K, "80 km", N, "depth", 80, cls="km"),
     M(K, "Sabtu malam", D, "count_sat", "2021-04-10"),
     M(K, "enam orang", N, "dead", 6, SATN),
     M(K, "Minggu (11/4/2021)", D, "asof_sun", "2021-04-11"),
     M(K, "delapan orang", N, "dead", 8, SUN),
     M(K, "39 orang", N, "injured", 39, SUN),
     M(K, "sedikitnya 1.189 rumah", N, "houses", 1189, SUN, qual="atleast"),

     M(R, "Saturday", D, "quake", "2021-04-10"),
     M(R, "10", N, "dead", 10, MON),
     M(R, "Monday", D, "asof_mon", "2021-04-12"),
     M(R, "104 people", N, "injured", 104, MON),
     M(R, "2,882 houses", N, "houses", 2882, MON),
     M(R, "eight dead", N, "dead", 8, SUN),
     M(R, "Sunday", D, "asof_sun", "2021-04-11"),
     M(R, "6.1", N, "mag", 6.1, UPD, src=BMKG, cls="mag"),
     M(R, "6.7", N, "mag", 6.7, FIRST, src=BMKG, cls="mag"),
     M(R, "magnitude 6.0", N, "mag", 6.0, src=USGS, cls="mag"),
     M(R, "about 90 km", N, "dist", 90, qual="approx", cls="km"),
     M(R, "80 km", N, "depth", 80, cls="km"),

     M(T, "bermagnitudo 6,1", N, "mag", 6.1, UPD, src=BMKG, cls="mag"),
     M(T, "lebih dari 5.000 unit", N, "houses", 5000, TUE, qual="morethan"),
     M(T, "Selasa (13/4/2021)", D, "asof_tue", "2021-04-13"),
     M(T, "10 orang", N, "dead", 10, TUE),
     M(T, "104 orang", N, "injured", 104, TUE),
     M(T, "Senin (12/4/2021)", D, "asof_mon", "2021-04-12"),
     M(T, "2.882 rumah", N, "houses", 2882, MON),
     M(T, "Jumat (9/4/2021)", D, "quake", "2021-04-09", planted=True),
     M(T, "magnitudo 6,7", N, "mag", 6.7, FIRST, src=BMKG, cls="mag"),
     M(T, "magnitudo 6,1", N, "mag", 6.1, UPD, src=BMKG, cls="mag"),

     M(A, "magnitude 6.1", N, "mag", 6.1, UPD, src=BMKG, cls="mag"),
     M(A, "April 10", D, "quake", "2021-04-10"),
     M(A, "10 people", N, "dead", 10, MAY),
     M(A, "104", N, "injured", 104, MAY),
     M(A, "more than 5,000", N, "houses", 5000, MAY, qual="morethan"),
     M(A, "6.7", N, "mag", 6.7, FIRST, src=BMKG, cls="mag"),
     M(A, "6.0", N, "mag", 6.0, src=USGS, cls="mag"),
    ]
    build("malang-quake-2021", "The magnitude 6.1 earthquake off the south coast of East Java (Saturday 10 April 2021, "
          "about 14.00 WIB; BMKG's first 6.7 updated to 6.1, the USGS's 6.0), about 90 km southwest of Malang at a "
          "depth of 80 km: BNPB's six dead on Saturday night, eight on Sunday 11 April (39 injured, at least 1,189 "
          "houses damaged), 10 on Monday 12 April (104 injured, 2,882 houses), more than 5,000 houses on Tuesday 13 "
          "April; the worst damage in Ampelgading and Dampit (Malang) and neighbouring districts", False, ms, names)


def sempor():
    K, R, T, A = "kompas-feb22", "reuters-feb23", "detik-feb26", "jakpost-mar16"
    # as-of times of the running tallies: Saturday 22 February 2020 at 10.00 WIB (seven dead, three missing),
    # Saturday evening (eight dead, two missing), Sunday 23 February (the last found: 10 dead), the later reports of
    # 26 February and 16 March (10 dead). The dead and the injured do not fall; the missing may (bodies found).
    # The suspects: the first (IYA) named on Saturday 22 February, two more (R and DDS) on Monday 24 February (three
    # in all), shown to the press on Tuesday 25 February: different stages on different days.
    SAT10, SATE, SUN, FEB26, MAR16 = "2020-02-22a", "2020-02-22b", "2020-02-23", "2020-02-26", "2020-03-16"
    names = {
     "students": "students on the river trek", "dead": "students killed", "missing": "students missing",
     "injured": "students injured", "suspects": "suspects named", "new_suspects": "suspects named on 24 February",
     # dates
     "flood": "day of the flash flood", "asof_sat": "day of the count of seven dead",
     "asof_sate": "day of the count of eight dead", "asof_sun": "day the last body was found",
     "suspect1": "day the first suspect was named", "suspect23": "day two more suspects were named",
     "presser": "day the suspects were shown to the press",
    }
    ms = [
     M(K, "249 siswa", N, "students", 249),
     M(K, "Jumat (21/2/2020)", D, "flood", "2020-02-21"),
     M(K, "Sabtu (22/2/2020)", D, "asof_sat", "2020-02-22"),
     M(K, "tujuh siswa", N, "dead", 7, SAT10),
     M(K, "Tiga siswa", N, "missing", 3, SAT10, fall=True),
     M(K, "23 siswa", N, "injured", 23, SAT10),

     M(R, "Sunday", D, "asof_sun", "2020-02-23"),
     M(R, "10", N, "dead", 10, SUN),
     M(R, "Eight bodies", N, "dead", 8, SATE),
     M(R, "Saturday evening", D, "asof_sate", "2020-02-22"),
     M(R, "two students", N, "missing", 2, SATE, fall=True),
     M(R, "249 students", N, "students", 249),
     M(R, "Friday afternoon", D, "flood", "2020-02-21"),
     M(R, "23 students", N, "injured", 23, SUN),
     M(R, "Saturday", D, "suspect1", "2020-02-22", occ=2),
     M(R, "All 10", N, "dead", 10, SUN),

     M(T, "Senin (24/2/2020)", D, "suspect23", "2020-02-24"),
     M(T, "dua pembina", N, "new_suspects", 2),
     M(T, "tiga orang", N, "suspects", 3, FEB26),
     M(T, "Sabtu (22/2/2020)", D, "suspect1", "2020-02-22"),
     M(T, "Jumat (21/2/2020)", D, "flood", "2020-02-21"),
     M(T, "294 siswa", N, "students", 294, planted=True),
     M(T, "10 siswa", N, "dead", 10, FEB26),
     M(T, "23 siswa", N, "injured", 23, FEB26),
     M(T, "Selasa (25/2/2020)", D, "presser", "2020-02-25"),

     M(A, "10 students", N, "dead", 10, MAR16),
     M(A, "249 pupils", N, "students", 249),
     M(A, "Friday, Feb. 21", D, "flood", "2020-02-21"),
     M(A, "23 students", N, "injured", 23, MAR16),
     M(A, "Sunday, Feb. 23", D, "suspect1", "2020-02-23", planted=True),
     M(A, "two other scout instructors", N, "new_suspects", 2),
     M(A, "Feb. 24", D, "suspect23", "2020-02-24"),
     M(A, "three suspects", N, "suspects", 3, MAR16),
     M(A, "Feb. 25", D, "presser", "2020-02-25"),
    ]
    build("sempor-scouts-2020", "The flash flood on the Sempor river in Turi, Sleman (Friday 21 February 2020, about "
          "15.30 WIB) during a river trek of 249 scouts of SMPN 1 Turi: seven dead and three missing by Saturday 22 "
          "February at 10.00 WIB, eight dead and two missing by Saturday evening, the last of 10 dead found on Sunday "
          "23 February; 23 injured; the trip's leader IYA named a suspect on Saturday 22 February, two more "
          "instructors (R and DDS) on Monday 24 February, the three shown to the press with shaved heads on Tuesday "
          "25 February", False, ms, names)


def suramadu():
    N1, R, K, J = "antara-jun10", "reuters-jun11", "kompas-jun12", "jakpost-jun13"
    names = {
     "length": "length of the bridge (m)", "span": "length of the cable-stayed main span (m)",
     "tower": "height of the towers (m)", "cost": "cost of the bridge", "car": "toll for a car",
     "moto": "toll for a motorcycle", "ferry": "ferry crossing time (minutes)",
     # dates
     "opened": "day the bridge was opened", "start": "day construction began",
    }
    ms = [
     M(N1, "Rabu (10/6/2009)", D, "opened", "2009-06-10"),
     M(N1, "5.438 meter", N, "length", 5438, cls="m"),
     M(N1, "sekitar Rp 4,5 triliun", N, "cost", 4.5, qual="approx", cls="cost"),
     M(N1, "434 meter", N, "span", 434, cls="m"),
     M(N1, "146 meter", N, "tower", 146, cls="m"),
     M(N1, "20 Agustus 2003", D, "start", "2003-08-20"),
     M(N1, "Rp 30.000", N, "car", 30000, cls="toll"),
     M(N1, "Rp 3.000", N, "moto", 3000, cls="toll"),
     M(N1, "sekitar 30 menit", N, "ferry", 30, qual="approx", cls="dur"),

     M(R, "Wednesday", D, "opened", "2009-06-10"),
     M(R, "5.4-km", N, "length", 5400, qual="approx", cls="m"),
     M(R, "about 4.5 trillion rupiah", N, "cost", 4.5, qual="approx", cls="cost"),
     M(R, "434 meters", N, "span", 434, cls="m"),
     M(R, "146 meters", N, "tower", 146, cls="m"),
     M(R, "Aug. 20, 2003", D, "start", "2003-08-20"),
     M(R, "30,000 rupiah", N, "car", 30000, cls="toll"),
     M(R, "3,000 rupiah", N, "moto", 3000, cls="toll"),
     M(R, "5,438-meter", N, "length", 5438, cls="m"),
     M(R, "around 30 minutes", N, "ferry", 30, qual="approx", cls="dur"),

     M(K, "Rabu (10/6/2009)", D, "opened", "2009-06-10"),
     M(K, "5.438 meter", N, "length", 5438, cls="m"),
     M(K, "Rp 30.000", N, "car", 30000, cls="toll"),
     M(K, "Rp 3.000", N, "moto", 3000, cls="toll"),
     M(K, "20 Agustus 2003", D, "start", "2003-08-20"),
     M(K, "sekitar Rp 4,5 triliun", N, "cost", 4.5, qual="approx", cls="cost"),
     M(K, "434 meter", N, "span", 434, cls="m"),
     M(K, "146 meter", N, "tower", 146, cls="m"),

     M(J, "Wednesday, June 10", D, "opened", "2009-06-10"),
     M(J, "5,438 meters", N, "length", 5438, cls="m"),
     M(J, "around Rp 4.5 trillion", N, "cost", 4.5, qual="approx", cls="cost"),
     M(J, "434 meters", N, "span", 434, cls="m"),
     M(J, "146-meter", N, "tower", 146, cls="m"),
     M(J, "Aug. 20, 2003", D, "start", "2003-08-20"),
     M(J, "Rp 30,000", N, "car", 30000, cls="toll"),
     M(J, "Rp 3,000", N, "moto", 3000, cls="toll"),
    ]
    build("suramadu-bridge-2009", "The opening of the Suramadu bridge between Surabaya and Bangkalan on Madura "
          "(control), inaugurated by President Susilo Bambang Yudhoyono on Wednesday 10 June 2009: 5,438 m long, a "
          "cable-stayed main span of 434 m between two towers 146 m high, about Rp 4.5 trillion, construction begun on "
          "20 August 2003, tolls of Rp 30,000 for a car and Rp 3,000 for a motorcycle, a ferry crossing of about 30 "
          "minutes. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    malang()
    sempor()
    suramadu()
