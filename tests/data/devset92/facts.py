"""The ninety-second development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset92/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def nippes():
    R, K, DT, AP, T = "reuters-aug15", "kompas-aug16", "detik-aug18", "ap-aug23", "tempo-sep07"
    # the civil protection agency's bulletins: Saturday 14 August in the evening, Sunday 15 in the morning and in the
    # evening, Monday 16 and Tuesday 17 in the afternoon, Wednesday 18 late, Sunday 22 August, Monday 6 September
    SAT, SUNAM, SUNPM, MON, TUE, WED, SUN22, SEP6 = (
        "2021-08-14T20", "2021-08-15T09", "2021-08-15T20", "2021-08-16T16", "2021-08-17T16", "2021-08-18T21",
        "2021-08-22", "2021-09-06")
    DGPC, UNICEF = "the civil protection agency", "UNICEF"
    names = {
     "dead": "people dead", "injured": "people injured", "missing": "people missing",
     "sud_dead": "dead in the Sud department", "ga_dead": "dead in Grand'Anse", "nippes_dead": "dead in Nippes",
     "no_dead": "dead in Nord-Ouest", "destroyed": "houses destroyed", "damaged": "houses damaged",
     "houses_dd": "houses damaged or destroyed", "affected": "people affected", "children": "children affected",
     "mag": "the quake's magnitude", "mag2010": "the 2010 quake's magnitude", "depth": "the quake's depth",
     "distance": "distance from the capital", "emergency": "length of the state of emergency",
     "departments": "departments worst hit",
     # dates
     "quake": "day of the quake", "b_sat": "day of the count of 304", "b_sunam": "day of the count of 724",
     "b_sunpm": "day of the count of 1,297", "b_mon": "day of the count of 1,419", "b_tue": "day of the count of 1,941",
     "b_wed": "day of the count of 2,189", "b_sun22": "day of the count of 2,207", "b_sep6": "day of the count of 2,248",
     "declared": "day the state of emergency was declared", "grace": "day Grace crossed the country",
     "moise": "day President Moise was killed", "q2010": "month of the 2010 quake",
     "services": "day of the open-air church services",
    }
    ms = [
     M(R, "magnitude 7.2", N, "mag", 7.2, cls="mag"),
     M(R, "Saturday", D, "quake", "2021-08-14"),
     M(R, "at least 724", N, "dead", 724, SUNAM, qual="atleast", src=DGPC),
     M(R, "Sunday", D, "b_sunam", "2021-08-15"),
     M(R, "304", N, "dead", 304, SAT, src=DGPC),
     M(R, "Saturday", D, "b_sat", "2021-08-14", occ=2),
     M(R, "500", N, "sud_dead", 500, SUNAM, src=DGPC),
     M(R, "100", N, "ga_dead", 100, SUNAM, src=DGPC),
     M(R, "122", N, "nippes_dead", 122, SUNAM, src=DGPC),
     M(R, "2", N, "no_dead", 2, SUNAM, src=DGPC),
     M(R, "At least 2,800 people", N, "injured", 2800, SUNAM, qual="atleast", src=DGPC),
     M(R, "10 km", N, "depth", 10, cls="km"),
     M(R, "about 125 km", N, "distance", 125, qual="approx", cls="km"),
     M(R, "one month", N, "emergency", 1, cls="dur"),
     M(R, "Saturday", D, "declared", "2021-08-14", occ=3),
     M(R, "Monday", D, "grace", "2021-08-16"),
     M(R, "July 7", D, "moise", "2021-07-07"),
     M(R, "magnitude 7.0", N, "mag2010", 7.0, cls="mag"),
     M(R, "January 2010", D, "q2010", "2010-01"),

     M(K, "bermagnitudo 7,2", N, "mag", 7.2, cls="mag"),
     M(K, "1.297 orang", N, "dead", 1297, SUNPM, src=DGPC),
     M(K, "Minggu (15/8/2021)", D, "b_sunpm", "2021-08-15"),
     M(K, "742 orang", N, "dead", 742, SUNAM, src=DGPC, planted=True),
     M(K, "Minggu pagi", D, "b_sunam", "2021-08-15"),
     M(K, "304 orang", N, "dead", 304, SAT, src=DGPC),
     M(K, "Sabtu malam", D, "b_sat", "2021-08-14"),
     M(K, "Lebih dari 5.700 orang", N, "injured", 5700, SUNPM, qual="morethan", src=DGPC),
     M(K, "13.694 rumah", N, "destroyed", 13694, SUNPM, src=DGPC),
     M(K, "13.785 rumah", N, "damaged", 13785, SUNPM, src=DGPC),
     M(K, "tiga departemen", N, "departments", 3),
     M(K, "Sabtu (14/8/2021)", D, "quake", "2021-08-14"),
     M(K, "satu bulan", N, "emergency", 1, cls="dur"),
     M(K, "Senin (16/8/2021)", D, "grace", "2021-08-16"),

     M(DT, "magnitudo 7,2", N, "mag", 7.2, cls="mag"),
     M(DT, "Sabtu (14/8/2021)", D, "quake", "2021-08-14"),
     M(DT, "1.941 orang", N, "dead", 1941, TUE, src=DGPC),
     M(DT, "Selasa (17/8/2021)", D, "b_tue", "2021-08-17"),
     M(DT, "1.597 korban", N, "sud_dead", 1597, TUE, src=DGPC),
     M(DT, "205", N, "ga_dead", 205, TUE, src=DGPC),
     M(DT, "137", N, "nippes_dead", 137, TUE, src=DGPC),
     M(DT, "lebih dari 9.900 orang", N, "injured", 9900, TUE, qual="morethan", src=DGPC),
     M(DT, "lebih dari 6.900 orang", N, "injured", 6900, MON, qual="morethan", src=DGPC),
     M(DT, "Senin (16/8/2021)", D, "b_mon", "2021-08-16"),
     M(DT, "1.419 korban", N, "dead", 1419, MON, src=DGPC),
     M(DT, "60.759 rumah", N, "destroyed", 60759, TUE, src=DGPC),
     M(DT, "76.121 rumah", N, "damaged", 76121, TUE, src=DGPC),
     M(DT, "sekitar 1,2 juta orang", N, "affected", 1200000, qual="approx", src=UNICEF),
     M(DT, "540.000 anak-anak", N, "children", 540000, src=UNICEF),
     M(DT, "lebih dari 84.000 rumah", N, "houses_dd", 84000, TUE, qual="morethan", src=UNICEF),
     M(DT, "Senin malam", D, "grace", "2021-08-16"),

     M(AP, "Sunday", D, "b_sun22", "2021-08-22"),
     M(AP, "Aug. 14", D, "quake", "2021-08-14"),
     M(AP, "2,207", N, "dead", 2207, SUN22, src=DGPC),
     M(AP, "344 people", N, "missing", 344, SUN22, src=DGPC, fall=True),
     M(AP, "Wednesday", D, "b_wed", "2021-08-18"),
     M(AP, "2,189 dead", N, "dead", 2189, WED, src=DGPC),
     M(AP, "332 missing", N, "missing", 332, WED, src=DGPC, fall=True),
     M(AP, "12,268 people", N, "injured", 12268, SUN22, src=DGPC),
     M(AP, "Wednesday", D, "b_wed", "2021-08-18", occ=2),
     M(AP, "1,832", N, "sud_dead", 1832, WED, src=DGPC),
     M(AP, "218", N, "ga_dead", 218, WED, src=DGPC),
     M(AP, "137", N, "nippes_dead", 137, WED, src=DGPC),
     M(AP, "two", N, "no_dead", 2, WED, src=DGPC),
     M(AP, "52,953", N, "destroyed", 52953, WED, src=DGPC),
     M(AP, "77,006", N, "damaged", 77006, WED, src=DGPC),
     M(AP, "about 130,000", N, "houses_dd", 130000, WED, qual="approx", src=DGPC),
     M(AP, "more than 60,000", N, "destroyed", 60000, TUE, qual="morethan", src=DGPC),
     M(AP, "Tuesday", D, "b_tue", "2021-08-17"),
     M(AP, "Sunday", D, "services", "2021-08-22", occ=2),
     M(AP, "Aug. 16", D, "grace", "2021-08-16"),
     M(AP, "about 1.2 million people", N, "affected", 1200000, qual="approx", src=UNICEF),
     M(AP, "540,000 children", N, "children", 540000, src=UNICEF),

     M(T, "magnitudo 7,2", N, "mag", 7.2, cls="mag"),
     M(T, "14 Agustus", D, "quake", "2021-08-14"),
     M(T, "2.248 orang", N, "dead", 2248, SEP6, src=DGPC),
     M(T, "Senin (6/9/2021)", D, "b_sep6", "2021-09-06"),
     M(T, "12.763 orang", N, "injured", 12763, SEP6, src=DGPC),
     M(T, "329 orang", N, "missing", 329, SEP6, src=DGPC, fall=True),
     M(T, "tiga departemen", N, "departments", 3),
     M(T, "344 orang", N, "missing", 344, SUN22, src=DGPC, fall=True),
     M(T, "22 Agustus", D, "b_sun22", "2021-08-22"),
     M(T, "2.207 orang", N, "dead", 2207, SUN22, src=DGPC),
     M(T, "18 Agustus", D, "b_wed", "2021-08-18"),
     M(T, "2.189 korban", N, "dead", 2189, WED, src=DGPC),
     M(T, "Hampir 53.000 rumah", N, "destroyed", 53000, SEP6, qual="nearly", src=DGPC),
     M(T, "10 kilometer", N, "depth", 10, cls="km"),
     M(T, "satu bulan", N, "emergency", 1, cls="dur"),
     M(T, "7 Juli 2021", D, "moise", "2021-07-07"),
    ]
    build("nippes-quake-2021", "The earthquake in southwestern Haiti of Saturday 14 August 2021 (magnitude 7.2): the "
          "civil protection agency's toll rising 304 (Saturday night) -> 724 (Sunday morning; 500 in Sud, 100 in "
          "Grand'Anse, 122 in Nippes, 2 in Nord-Ouest) -> 1,297 (Sunday night) -> 1,419 (Monday) -> 1,941 (Tuesday) -> "
          "2,189 (Wednesday 18) -> 2,207 (Sunday 22) -> 2,248 (Monday 6 September); the injured 2,800+ -> 12,763; the "
          "missing 332 -> 344 -> 329; houses destroyed 13,694 -> 60,759 (Tuesday) -> 52,953 (Wednesday, lower) -> "
          "nearly 53,000; UNICEF's 1.2 million affected and 84,000+ houses damaged or destroyed", False, ms, names)


def venezuela():
    R, K, A, AP, T = "reuters-dec07", "kompas-dec09", "antara-dec31", "ap-jan06", "tempo-jan14"
    # the CNE's first bulletin early on Monday 7 December (96.03% counted) and its final count
    NIGHT, FIN = "2015-12-07T01", "2015-12-08"
    CNE = "the National Electoral Council"
    names = {
     "mud_seats": "the opposition coalition's seats", "psuv_seats": "the PSUV's seats",
     "pending": "seats not yet allocated", "counted": "share of the votes counted", "turnout": "turnout",
     "assembly": "seats in the National Assembly", "majority": "seats for a simple majority",
     "two_thirds": "seats for a two-thirds majority", "indigenous": "indigenous seats", "years": "years since the opposition's last major win",
     "mud_votes": "votes for the opposition coalition", "term": "the assembly's term",
     "suspended": "lawmakers suspended by the court", "suspended_mud": "suspended opposition lawmakers",
     "suspended_psuv": "suspended PSUV lawmakers", "mud_without": "the opposition's seats without the Amazonas three",
     "justices": "justices appointed by the outgoing assembly", "age": "Ramos Allup's age",
     "ramos_votes": "votes for Ramos Allup in the opposition's ballot", "borges_votes": "votes for Borges in the opposition's ballot",
     "ballot_voters": "opposition deputies who voted in the ballot", "months": "months to propose a way to end the government",
     # dates
     "election": "day of the election", "announcement": "day of the first results", "installation": "day the new assembly was installed",
     "ruling": "day of the court's suspension", "appointment": "day the justices were appointed",
     "ballot": "day of the opposition's ballot", "sworn_three": "day the Amazonas three were sworn in",
     "contempt": "day of the court's contempt ruling", "withdrawal": "day the Amazonas three stepped aside",
    }
    ms = [
     M(R, "Sunday", D, "election", "2015-12-06"),
     M(R, "17 years", N, "years", 17, cls="dur"),
     M(R, "Monday", D, "announcement", "2015-12-07"),
     M(R, "96.03 percent", N, "counted", 96.03, cls="pct"),
     M(R, "99", N, "mud_seats", 99, NIGHT, src=CNE),
     M(R, "167 seats", N, "assembly", 167),
     M(R, "46", N, "psuv_seats", 46, NIGHT, src=CNE),
     M(R, "Another 22 seats", N, "pending", 22, NIGHT, fall=True),
     M(R, "three", N, "indigenous", 3),
     M(R, "74.25 percent", N, "turnout", 74.25, cls="pct"),
     M(R, "84 seats", N, "majority", 84),
     M(R, "112 seats", N, "two_thirds", 112),
     M(R, "Jan. 5", D, "installation", "2016-01-05"),

     M(K, "112 dari 167 kursi", N, "mud_seats", 112, FIN, src=CNE, also=(("assembly", 167),)),
     M(K, "Minggu (6/12/2015)", D, "election", "2015-12-06"),
     M(K, "55 kursi", N, "psuv_seats", 55, FIN, src=CNE),
     M(K, "99 kursi", N, "mud_seats", 99, NIGHT, src=CNE),
     M(K, "Senin (7/12/2015)", D, "announcement", "2015-12-07"),
     M(K, "22 kursi", N, "pending", 22, NIGHT, fall=True),
     M(K, "46 kursi", N, "psuv_seats", 46, NIGHT, src=CNE),
     M(K, "74,25 persen", N, "turnout", 74.25, cls="pct"),
     M(K, "tiga kursi", N, "indigenous", 3),
     M(K, "lebih dari 7,7 juta suara", N, "mud_votes", 7700000, qual="morethan"),
     M(K, "5 Januari 2016", D, "installation", "2016-01-05"),
     M(K, "lima tahun", N, "term", 5, cls="dur"),
     M(K, "17 tahun", N, "years", 17, cls="dur"),

     M(A, "Rabu (30/12/2015)", D, "ruling", "2015-12-30"),
     M(A, "empat anggota", N, "suspended", 4),
     M(A, "Tiga", N, "suspended_mud", 3),
     M(A, "satu", N, "suspended_psuv", 1),
     M(A, "112 kursi", N, "mud_seats", 112, FIN, src=CNE),
     M(A, "7 Desember 2015", D, "election", "2015-12-07", planted=True),
     M(A, "55 kursi", N, "psuv_seats", 55, FIN, src=CNE),
     M(A, "109 kursi", N, "mud_without", 109),
     M(A, "112 kursi", N, "two_thirds", 112, occ=2),
     M(A, "23 Desember", D, "appointment", "2015-12-23"),
     M(A, "13 hakim agung", N, "justices", 13),
     M(A, "Selasa (5/1/2016)", D, "installation", "2016-01-05"),

     M(AP, "Tuesday", D, "installation", "2016-01-05"),
     M(AP, "72", N, "age", 72, cls="age"),
     M(AP, "Sunday", D, "ballot", "2016-01-03"),
     M(AP, "62 votes to 49", N, "ramos_votes", 62, also=(("borges_votes", 49),)),
     M(AP, "112 deputies", N, "mud_seats", 112, FIN, src=CNE),
     M(AP, "111", N, "ballot_voters", 111),
     M(AP, "112 of the 167 seats", N, "mud_seats", 112, FIN, src=CNE, also=(("assembly", 167),)),
     M(AP, "Dec. 6", D, "election", "2015-12-06"),
     M(AP, "55", N, "psuv_seats", 55, FIN, src=CNE),
     M(AP, "four lawmakers", N, "suspended", 4),
     M(AP, "Dec. 30", D, "ruling", "2015-12-30"),
     M(AP, "three of them", N, "suspended_mud", 3),
     M(AP, "Tuesday", D, "installation", "2016-01-05", occ=2),
     M(AP, "six months", N, "months", 6, cls="dur"),
     M(AP, "13 Supreme Court justices", N, "justices", 13),
     M(AP, "Dec. 23", D, "appointment", "2015-12-23"),

     M(T, "Rabu (13/1/2016)", D, "withdrawal", "2016-01-13"),
     M(T, "Rabu (6/1/2016)", D, "sworn_three", "2016-01-06"),
     M(T, "11 Januari", D, "contempt", "2016-01-11"),
     M(T, "30 Desember 2015", D, "ruling", "2015-12-30"),
     M(T, "72 tahun", N, "age", 72, cls="age"),
     M(T, "3 Januari", D, "ballot", "2016-01-03"),
     M(T, "62 suara", N, "ramos_votes", 62),
     M(T, "46 suara", N, "borges_votes", 46, planted=True),
     M(T, "109 kursi", N, "mud_without", 109),
     M(T, "167 orang", N, "assembly", 167),
     M(T, "112 kursi", N, "mud_seats", 112, FIN, src=CNE),
     M(T, "6 Desember 2015", D, "election", "2015-12-06"),
     M(T, "55 kursi", N, "psuv_seats", 55, FIN, src=CNE),
    ]
    build("venezuela-assembly-2015", "Venezuela's National Assembly election of Sunday 6 December 2015: the electoral "
          "council's first results early on Monday 7 December (96.03% counted: the opposition coalition 99 seats, the "
          "PSUV 46, 22 undecided, turnout 74.25%) against the final count (112 of 167, two-thirds, against 55); the "
          "Supreme Court's electoral chamber suspending four Amazonas lawmakers (three of the opposition) on Wednesday "
          "30 December; Ramos Allup chosen by the opposition 62-49 on Sunday 3 January and installed with the assembly "
          "on Tuesday 5 January 2016; the Amazonas three sworn in on 6 January, the contempt ruling of 11 January and "
          "their stepping aside on Wednesday 13 January (109 seats)", False, ms, names)


def indec():
    R, B, BA, K = "reuters-mar12", "bisnis-mar13", "batimes-mar14", "kontan-mar15"
    names = {
     "monthly": "monthly inflation in February", "annual": "annual inflation in February",
     "cumulative": "inflation so far in 2024", "jan": "monthly inflation in January", "dec": "monthly inflation in December",
     "forecast": "analysts' forecast", "communication": "communication's rise", "transport": "transport's rise",
     "housing": "housing and utilities' rise", "food": "food's rise", "clothing": "clothing's rise",
     "recreation": "recreation's rise", "regulated": "regulated prices' rise", "core": "core inflation",
     "seasonal": "seasonal prices' rise", "divisions": "divisions of the index", "above": "divisions above the headline",
     # dates
     "release": "day of the release", "feb": "month of the reading", "jan_m": "January 2024", "dec_m": "December 2023",
     "record": "month of the earlier high", "y2024": "the year 2024", "march": "March",
    }
    ms = [
     M(R, "13.2%", N, "monthly", 13.2, cls="pct"),
     M(R, "February", D, "feb", "2024-02"),
     M(R, "Tuesday", D, "release", "2024-03-12"),
     M(R, "15.8%", N, "forecast", 15.8, cls="pct"),
     M(R, "20.6%", N, "jan", 20.6, cls="pct"),
     M(R, "January", D, "jan_m", "2024-01"),
     M(R, "25.5%", N, "dec", 25.5, cls="pct"),
     M(R, "December", D, "dec_m", "2023-12"),
     M(R, "February 1991", D, "record", "1991-02"),
     M(R, "276.2%", N, "annual", 276.2, cls="pct"),
     M(R, "36.6%", N, "cumulative", 36.6, cls="pct"),
     M(R, "2024", D, "y2024", "2024"),
     M(R, "24.7%", N, "communication", 24.7, cls="pct"),
     M(R, "21.6%", N, "transport", 21.6, cls="pct"),
     M(R, "20.2%", N, "housing", 20.2, cls="pct"),
     M(R, "11.9%", N, "food", 11.9, cls="pct"),
     M(R, "7.2%", N, "clothing", 7.2, cls="pct"),
     M(R, "8.6%", N, "recreation", 8.6, cls="pct"),
     M(R, "21.1%", N, "regulated", 21.1, cls="pct"),
     M(R, "12.3%", N, "core", 12.3, cls="pct"),
     M(R, "8.7%", N, "seasonal", 8.7, cls="pct"),
     M(R, "March", D, "march", "2024-03"),

     M(B, "13,2%", N, "monthly", 13.2, cls="pct"),
     M(B, "Februari 2024", D, "feb", "2024-02"),
     M(B, "Selasa (12/3/2024)", D, "release", "2024-03-12"),
     M(B, "20,6%", N, "jan", 20.6, cls="pct"),
     M(B, "Januari", D, "jan_m", "2024-01"),
     M(B, "25,5%", N, "dec", 25.5, cls="pct"),
     M(B, "Desember 2023", D, "dec_m", "2023-12"),
     M(B, "276,2%", N, "annual", 276.2, cls="pct"),
     M(B, "2024", D, "y2024", "2024", occ=2),
     M(B, "36,6%", N, "cumulative", 36.6, cls="pct"),
     M(B, "15,8%", N, "forecast", 15.8, cls="pct"),
     M(B, "24,7%", N, "communication", 24.7, cls="pct"),
     M(B, "21,6%", N, "transport", 21.6, cls="pct"),
     M(B, "20,2%", N, "housing", 20.2, cls="pct"),
     M(B, "11,9%", N, "food", 11.9, cls="pct"),
     M(B, "21,1%", N, "regulated", 21.1, cls="pct"),
     M(B, "12,3%", N, "core", 12.3, cls="pct"),
     M(B, "8,7%", N, "seasonal", 8.7, cls="pct"),
     M(B, "7,2%", N, "clothing", 7.2, cls="pct"),

     M(BA, "13.2%", N, "monthly", 13.2, cls="pct"),
     M(BA, "February", D, "feb", "2024-02"),
     M(BA, "January", D, "jan_m", "2024-01"),
     M(BA, "Tuesday, March 12", D, "release", "2024-03-12"),
     M(BA, "276.2%", N, "annual", 276.2, cls="pct"),
     M(BA, "2024", D, "y2024", "2024"),
     M(BA, "36.6%", N, "cumulative", 36.6, cls="pct"),
     M(BA, "20.6%", N, "jan", 20.6, cls="pct"),
     M(BA, "January", D, "jan_m", "2024-01", occ=2),
     M(BA, "25.5%", N, "dec", 25.5, cls="pct"),
     M(BA, "December", D, "dec_m", "2023-12"),
     M(BA, "February", D, "feb", "2024-02", occ=2),
     M(BA, "15.8%", N, "forecast", 15.8, cls="pct"),
     M(BA, "twelve divisions", N, "divisions", 12),
     M(BA, "24.7%", N, "communication", 24.7, cls="pct"),
     M(BA, "21.6%", N, "transport", 21.6, cls="pct"),
     M(BA, "20.2%", N, "housing", 20.2, cls="pct"),
     M(BA, "Six", N, "above", 6),
     M(BA, "8.6%", N, "recreation", 8.6, cls="pct"),
     M(BA, "7.2%", N, "clothing", 7.2, cls="pct"),
     M(BA, "21.1%", N, "regulated", 21.1, cls="pct"),
     M(BA, "12.3%", N, "core", 12.3, cls="pct"),
     M(BA, "8.7%", N, "seasonal", 8.7, cls="pct"),
     M(BA, "11.9%", N, "food", 11.9, cls="pct"),

     M(K, "13,2 persen", N, "monthly", 13.2, cls="pct"),
     M(K, "Februari 2024", D, "feb", "2024-02"),
     M(K, "20,6 persen", N, "jan", 20.6, cls="pct"),
     M(K, "Januari", D, "jan_m", "2024-01"),
     M(K, "276,2 persen", N, "annual", 276.2, cls="pct"),
     M(K, "Desember 2023", D, "dec_m", "2023-12"),
     M(K, "25,5 persen", N, "dec", 25.5, cls="pct"),
     M(K, "Februari 1991", D, "record", "1991-02"),
     M(K, "Februari", D, "feb", "2024-02", occ=3),
     M(K, "36,6 persen", N, "cumulative", 36.6, cls="pct"),
     M(K, "12,3 persen", N, "core", 12.3, cls="pct"),
     M(K, "21,1 persen", N, "regulated", 21.1, cls="pct"),
     M(K, "21,6 persen", N, "transport", 21.6, cls="pct"),
     M(K, "24,7 persen", N, "communication", 24.7, cls="pct"),
     M(K, "Selasa, 12 Maret 2024", D, "release", "2024-03-12"),
     M(K, "15,8 persen", N, "forecast", 15.8, cls="pct"),
     M(K, "11,9 persen", N, "food", 11.9, cls="pct"),
     M(K, "8,7 persen", N, "seasonal", 8.7, cls="pct"),
     M(K, "7,2 persen", N, "clothing", 7.2, cls="pct"),
    ]
    build("indec-cpi-2024", "INDEC's consumer price release (control) of Tuesday 12 March 2024: Argentina's monthly "
          "inflation 13.2% in February 2024 (20.6% in January, 25.5% in December 2023, the highest since February "
          "1991), 276.2% a year, 36.6% so far in 2024, under the 15.8% forecast; communication 24.7%, transport 21.6%, "
          "housing and utilities 20.2%, food 11.9%, recreation and culture 8.6%, clothing 7.2%; regulated prices "
          "21.1%, core 12.3%, seasonal 8.7%. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    nippes()
    venezuela()
    indec()
