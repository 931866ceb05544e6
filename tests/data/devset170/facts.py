"""The hundred-and-seventieth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset170/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def chiapas():
    K, R, T, L = "kompas-sep08", "reuters-sep09", "detik-sep11", "reuters-oct02"
    # as-of times of the running tallies: Friday 8 September 2017 morning (the president's first count of 32),
    # Friday night (61), Sunday 10 September (90, the aftershocks, the affected in Chiapas), Monday 11 September (96).
    # The dead, the dead by state and in Juchitan, the aftershocks and the affected do not fall.
    FRI_AM, FRI_PM, SUN, MON = "2017-09-08a", "2017-09-08b", "2017-09-10", "2017-09-11"
    # The magnitude: the National Seismological Service's (SSN) first reading of 8.4 and its revised 8.2 are two
    # as-of times (a revision); the US Geological Survey's 8.1 is another source. Every article credits its 8.2 to the
    # SSN (kompas and detik name it in the text, the Reuters reports in the same sentence).
    FIRST, UPD = "2017-09-07a", "2017-09-07b"
    SSN, USGS = "SSN", "the US Geological Survey"
    names = {
     "mag": "the quake's magnitude", "aftermag": "the aftershocks' magnitude threshold counted by the USGS",
     "dist": "distance from Pijijiapan (km)", "depth": "depth (km)", "dist_capital": "distance from the capital (km)",
     "dead": "people killed", "dead_oax": "dead in Oaxaca", "dead_chis": "dead in Chiapas", "dead_tab": "dead in Tabasco",
     "dead_juch": "dead in Juchitan", "states_schools": "states where classes were suspended",
     "aftershocks": "aftershocks recorded", "affected_chis": "people affected in Chiapas",
     "mourning": "days of national mourning",
     # dates
     "quake": "day of the earthquake", "stmt_am": "day of the president's morning count",
     "stmt_pm": "day of the president's evening count", "y1985": "year of the 1985 earthquake",
     "y1932": "year of the last quake as strong", "asof_sun": "day of Sunday's count",
     "independence": "Independence Day", "asof_mon": "day of the count of 96",
    }
    ms = [
     M(K, "bermagnitudo 8,2", N, "mag", 8.2, UPD, src=SSN, cls="mag"),
     M(K, "Kamis (7/9/2017)", D, "quake", "2017-09-07"),
     M(K, "magnitudo 8,4", N, "mag", 8.4, FIRST, src=SSN, cls="mag"),
     M(K, "menjadi 8,2", N, "mag", 8.2, UPD, src=SSN, cls="mag"),
     M(K, "lebih dari 100 km", N, "dist", 100, qual="morethan", cls="km"),
     M(K, "58 km", N, "depth", 58, cls="km"),
     M(K, "Jumat (8/9/2017)", D, "stmt_am", "2017-09-08"),
     M(K, "sedikitnya 32 orang", N, "dead", 32, FRI_AM, qual="atleast"),
     M(K, "23 di Oaxaca", N, "dead_oax", 23, FRI_AM),
     M(K, "tujuh di Chiapas", N, "dead_chis", 7, FRI_AM),
     M(K, "dua di Tabasco", N, "dead_tab", 2, FRI_AM),
     M(K, "17 warga", N, "dead_juch", 17, FRI_AM),
     M(K, "sekitar 700 km", N, "dist_capital", 700, qual="approx", cls="km"),
     M(K, "1985", D, "y1985", "1985"),
     M(K, "11 negara bagian", N, "states_schools", 11),

     M(R, "Thursday", D, "quake", "2017-09-07"),
     M(R, "61", N, "dead", 61, FRI_PM),
     M(R, "Friday", D, "stmt_pm", "2017-09-08"),
     M(R, "Forty-five of the dead", N, "dead_oax", 45, FRI_PM),
     M(R, "12 in Chiapas", N, "dead_chis", 12, FRI_PM),
     M(R, "four in Tabasco", N, "dead_tab", 4, FRI_PM),
     M(R, "8.2", N, "mag", 8.2, UPD, src=SSN, cls="mag"),
     M(R, "8.4", N, "mag", 8.4, FIRST, src=SSN, cls="mag"),
     M(R, "8.1", N, "mag", 8.1, UPD, src=USGS, cls="mag"),
     M(R, "1932", D, "y1932", "1932"),
     M(R, "more than 100 km", N, "dist", 100, qual="morethan", cls="km"),
     M(R, "58 km", N, "depth", 58, cls="km"),
     M(R, "three days", N, "mourning", 3, cls="dur"),
     M(R, "11 states", N, "states_schools", 11),

     M(T, "M 8,2", N, "mag", 8.2, UPD, src=SSN, cls="mag"),
     M(T, "Rabu (6/9/2017)", D, "quake", "2017-09-06", planted=True),
     M(T, "90 orang", N, "dead", 90, SUN),
     M(T, "Minggu (10/9/2017)", D, "asof_sun", "2017-09-10"),
     M(T, "71 korban", N, "dead_oax", 71, SUN),
     M(T, "15 orang", N, "dead_chis", 15, SUN),
     M(T, "empat orang", N, "dead_tab", 4, SUN),
     M(T, "sedikitnya 36 warga", N, "dead_juch", 36, SUN, qual="atleast"),
     M(T, "721 gempa susulan", N, "aftershocks", 721, SUN),
     M(T, "Minggu", D, "asof_sun", "2017-09-10", occ=2),
     M(T, "1.479.575 warga", N, "affected_chis", 1479575, SUN),
     M(T, "16 September", D, "independence", "2017-09-16"),

     M(L, "Sept. 7", D, "quake", "2017-09-07"),
     M(L, "magnitude 8.2", N, "mag", 8.2, UPD, src=SSN, cls="mag"),
     M(L, "96 people", N, "dead", 96, MON),
     M(L, "Sept. 11", D, "asof_mon", "2017-09-11"),
     M(L, "76 dead in Oaxaca", N, "dead_oax", 76, MON),
     M(L, "16 in Chiapas", N, "dead_chis", 16, MON),
     M(L, "four in Tabasco", N, "dead_tab", 4, MON),
     M(L, "61", N, "dead", 61, FRI_PM),
     M(L, "magnitude 8.1", N, "mag", 8.1, UPD, src=USGS, cls="mag"),
     M(L, "magnitude 4.5", N, "aftermag", 4.5, cls="mag"),
    ]
    build("chiapas-quake-2017", "The magnitude 8.2 earthquake off Chiapas, Mexico (Thursday 7 September 2017, 23.49 "
          "local time, more than 100 km southwest of Pijijiapan, 58 km deep): at least 32 dead on Friday morning (23 in "
          "Oaxaca, 7 in Chiapas, 2 in Tabasco), 61 by Friday night (45, 12, 4), 90 by Sunday 10 September (71, 15, 4), "
          "96 by Monday 11 September (76, 16, 4); Juchitan 17 -> at least 36; 721 aftershocks by Sunday; the "
          "seismological service's first 8.4 revised to 8.2, the USGS's 8.1", False, ms, names)


def judicial():
    R, K, A, T = "reuters-sep04", "kompas-sep11", "antara-sep16", "tempo-sep30"
    # votes, the reform's contents and its stages do not change with the day of the report: the lower house's vote
    # (Wednesday 4 September 2024), the protesters' storming of the Senate (Tuesday 10 September), the Senate's vote
    # (Wednesday 11 September), the declaration of the states' ratification (Friday 13 September), the publication
    # (Sunday 15 September), the president's last day (Monday 30 September) and the inauguration (Tuesday 1 October)
    # are different events.
    names = {
     "session": "length of the lower house's session (hours)", "dep_yes": "lower-house votes in favour",
     "dep_no": "lower-house votes against", "sen_yes": "Senate votes in favour", "sen_no": "Senate votes against",
     "court_before": "Supreme Court justices before the reform", "court_after": "Supreme Court justices after the reform",
     "term": "a justice's term (years)", "objections": "objections the opposition put forward",
     "states_needed": "state legislatures needed to ratify", "states_total": "states in Mexico",
     "ratified": "state legislatures that ratified",
     # dates
     "dep_vote": "day of the lower house's vote", "proposal": "month the bill was sent to Congress",
     "elec1": "the first judicial election", "elec2": "the second judicial election",
     "amlo_end": "the president's last day in office", "sen_vote": "day of the Senate's vote",
     "storming": "day protesters stormed the Senate", "declared": "day the Senate declared the states' ratification",
     "published": "day the reform was published", "strike": "month the judicial workers' strike began",
     "inauguration": "day of the new president's inauguration",
    }
    ms = [
     M(R, "Wednesday", D, "dep_vote", "2024-09-04"),
     M(R, "about 17 hours", N, "session", 17, qual="approx", cls="dur"),
     M(R, "357 in favor", N, "dep_yes", 357),
     M(R, "130 against", N, "dep_no", 130),
     M(R, "February", D, "proposal", "2024-02"),
     M(R, "11 justices", N, "court_before", 11),
     M(R, "nine", N, "court_after", 9),
     M(R, "12-year", N, "term", 12, cls="dur"),
     M(R, "2025", D, "elec1", "2025"),
     M(R, "2027", D, "elec2", "2027"),
     M(R, "more than 600 objections", N, "objections", 600, qual="morethan"),
     M(R, "Sept. 30", D, "amlo_end", "2024-09-30"),

     M(K, "Rabu (11/9/2024)", D, "sen_vote", "2024-09-11"),
     M(K, "86 suara setuju", N, "sen_yes", 86),
     M(K, "41 menolak", N, "sen_no", 41),
     M(K, "Selasa (10/9/2024)", D, "storming", "2024-09-10"),
     M(K, "Rabu (4/9/2024)", D, "dep_vote", "2024-09-04"),
     M(K, "357 suara", N, "dep_yes", 357),
     M(K, "130", N, "dep_no", 130),
     M(K, "17", N, "states_needed", 17),
     M(K, "32", N, "states_total", 32),
     M(K, "Februari 2024", D, "proposal", "2024-02"),
     M(K, "sembilan hakim agung", N, "court_after", 9),
     M(K, "2025", D, "elec1", "2025"),

     M(A, "Minggu (15/9/2024)", D, "published", "2024-09-15"),
     M(A, "Jumat (13/9/2024)", D, "declared", "2024-09-13"),
     M(A, "23 badan legislatif", N, "ratified", 23),
     M(A, "17 negara bagian", N, "states_needed", 17),
     M(A, "Rabu (11/9/2024)", D, "sen_vote", "2024-09-11"),
     M(A, "68 suara", N, "sen_yes", 68, planted=True),
     M(A, "41", N, "sen_no", 41),
     M(A, "357 suara", N, "dep_yes", 357),
     M(A, "1 Juni 2025", D, "elec1", "2025-06-01"),
     M(A, "2027", D, "elec2", "2027"),
     M(A, "12 tahun", N, "term", 12, cls="dur"),
     M(A, "dari 11", N, "court_before", 11),
     M(A, "sembilan orang", N, "court_after", 9),
     M(A, "Agustus", D, "strike", "2024-08"),
     M(A, "30 September", D, "amlo_end", "2024-09-30"),

     M(T, "Senin (30/9/2024)", D, "amlo_end", "2024-09-30"),
     M(T, "Rabu (4/9/2024)", D, "dep_vote", "2024-09-04"),
     M(T, "357 suara setuju", N, "dep_yes", 357),
     M(T, "Kamis (12/9/2024)", D, "sen_vote", "2024-09-12", planted=True),
     M(T, "86 suara", N, "sen_yes", 86),
     M(T, "41", N, "sen_no", 41),
     M(T, "23 negara bagian", N, "ratified", 23),
     M(T, "15 September 2024", D, "published", "2024-09-15"),
     M(T, "1 Juni 2025", D, "elec1", "2025-06-01"),
     M(T, "sembilan hakim agung", N, "court_after", 9),
     M(T, "Selasa (1/10/2024)", D, "inauguration", "2024-10-01"),
    ]
    build("mexico-judicial-reform-2024", "Mexico's judicial reform: the lower house's vote on Wednesday 4 September 2024 "
          "(357-130), the Senate's on Wednesday 11 September (86-41, after protesters stormed the chamber on Tuesday 10 "
          "September), the Senate's declaration of 23 states' ratification on Friday 13 September, the publication on Sunday 15 "
          "September; the Supreme Court cut from 11 justices to nine with 12-year terms, judicial elections on 1 June 2025 "
          "and in 2027", False, ms, names)


def census():
    R, K, A, T = "reuters-jan25", "kompas-jan26", "antara-jan27", "mnd-jan28"
    names = {
     "pop": "population in 2020", "pop2010": "population in 2010", "growth": "population growth 2010-2020",
     "women": "women", "men": "men", "women_pct": "women's share", "men_pct": "men's share",
     "median": "median age in 2020", "median2010": "median age in 2010", "median2000": "median age in 2000",
     "age_rise": "the median age's rise over the decade", "edomex": "population of the State of Mexico",
     "colima": "population of Colima", "indig": "speakers of an indigenous language",
     "indig_pct": "indigenous-language speakers' share", "afro": "people identifying as Afro-Mexican",
     "afro_pct": "Afro-Mexicans' share", "rank": "Mexico's rank by population", "foreign": "residents born abroad",
     "us_born": "residents born in the United States", "gt_born": "residents born in Guatemala",
     "enumerators": "census workers",
     # dates
     "census_year": "the census year", "announce": "day of the announcement", "y2010": "the previous census (2010)",
     "y2000": "the year 2000", "field_start": "first day of the count", "field_end": "last day of the count",
     "field_month": "month of the count",
    }
    ms = [
     M(R, "126,014,024", N, "pop", 126014024),
     M(R, "2020", D, "census_year", "2020"),
     M(R, "Monday", D, "announce", "2021-01-25"),
     M(R, "112,336,538", N, "pop2010", 112336538),
     M(R, "51.2%", N, "women_pct", 51.2, cls="pct"),
     M(R, "64,540,634 people", N, "women", 64540634),
     M(R, "48.8%", N, "men_pct", 48.8, cls="pct"),
     M(R, "61,473,390", N, "men", 61473390),
     M(R, "29 years", N, "median", 29, cls="age"),
     M(R, "26", N, "median2010", 26, cls="age"),
     M(R, "2010", D, "y2010", "2010"),
     M(R, "March 2", D, "field_start", "2020-03-02"),
     M(R, "March 27, 2020", D, "field_end", "2020-03-27"),
     M(R, "16,992,418 residents", N, "edomex", 16992418),
     M(R, "731,391", N, "colima", 731391),
     M(R, "7,364,645 people", N, "indig", 7364645),
     M(R, "6.1%", N, "indig_pct", 6.1, cls="pct"),
     M(R, "2,576,213 people", N, "afro", 2576213),
     M(R, "2%", N, "afro_pct", 2, cls="pct"),
     M(R, "11th", N, "rank", 11, cls="rank"),
     M(R, "about 13.7 million people", N, "growth", 13700000, qual="approx"),

     M(K, "126.014.024 jiwa", N, "pop", 126014024),
     M(K, "2020", D, "census_year", "2020"),
     M(K, "Senin (25/1/2021)", D, "announce", "2021-01-25"),
     M(K, "64.540.634 jiwa", N, "women", 64540634),
     M(K, "51,2 persen", N, "women_pct", 51.2, cls="pct"),
     M(K, "61.473.390 jiwa", N, "men", 61473390),
     M(K, "48,8 persen", N, "men_pct", 48.8, cls="pct"),
     M(K, "sekitar 13,7 juta jiwa", N, "growth", 13700000, qual="approx"),
     M(K, "112.336.538 jiwa", N, "pop2010", 112336538),
     M(K, "29 tahun", N, "median", 29, cls="age"),
     M(K, "26 tahun", N, "median2010", 26, cls="age"),
     M(K, "2010", D, "y2010", "2010"),
     M(K, "22 tahun", N, "median2000", 22, cls="age"),
     M(K, "2000", D, "y2000", "2000"),
     M(K, "16.992.418 jiwa", N, "edomex", 16992418),
     M(K, "731.391 jiwa", N, "colima", 731391),
     M(K, "2 Maret", D, "field_start", "2020-03-02"),
     M(K, "27 Maret 2020", D, "field_end", "2020-03-27"),
     M(K, "7.364.645 orang", N, "indig", 7364645),
     M(K, "6,1 persen", N, "indig_pct", 6.1, cls="pct"),
     M(K, "2.576.213 orang", N, "afro", 2576213),
     M(K, "2 persen", N, "afro_pct", 2, cls="pct"),
     M(K, "ke-11", N, "rank", 11, cls="rank"),

     M(A, "lebih dari 126 juta jiwa", N, "pop", 126000000, qual="morethan"),
     M(A, "2020", D, "census_year", "2020"),
     M(A, "Senin (25/1/2021)", D, "announce", "2021-01-25"),
     M(A, "sekitar 64,5 juta jiwa", N, "women", 64500000, qual="approx"),
     M(A, "51,2 persen", N, "women_pct", 51.2, cls="pct"),
     M(A, "sekitar 61,5 juta jiwa", N, "men", 61500000, qual="approx"),
     M(A, "48,8 persen", N, "men_pct", 48.8, cls="pct"),
     M(A, "13.677.486 jiwa", N, "growth", 13677486),
     M(A, "sekitar 112,3 juta jiwa", N, "pop2010", 112300000, qual="approx"),
     M(A, "2010", D, "y2010", "2010"),
     M(A, "29 tahun", N, "median", 29, cls="age"),
     M(A, "29 tahun", N, "median", 29, cls="age", occ=2),
     M(A, "1.212.252 orang", N, "foreign", 1212252),
     M(A, "797.266", N, "us_born", 797266),
     M(A, "sekitar 7,36 juta orang", N, "indig", 7360000, qual="approx"),
     M(A, "6,1 persen", N, "indig_pct", 6.1, cls="pct"),
     M(A, "hampir 17 juta jiwa", N, "edomex", 17000000, qual="nearly"),
     M(A, "Maret 2020", D, "field_month", "2020-03"),
     M(A, "lebih dari 200.000 petugas", N, "enumerators", 200000, qual="morethan"),

     M(T, "more than 126 million", N, "pop", 126000000, qual="morethan"),
     M(T, "2020", D, "census_year", "2020"),
     M(T, "Monday", D, "announce", "2021-01-25"),
     M(T, "51.2%", N, "women_pct", 51.2, cls="pct"),
     M(T, "48.8%", N, "men_pct", 48.8, cls="pct"),
     M(T, "29", N, "median", 29, cls="age"),
     M(T, "three years", N, "age_rise", 3, cls="age"),
     M(T, "2,576,213 people", N, "afro", 2576213),
     M(T, "2%", N, "afro_pct", 2, cls="pct"),
     M(T, "1,212,252", N, "foreign", 1212252),
     M(T, "797,266", N, "us_born", 797266),
     M(T, "56,810", N, "gt_born", 56810),
     M(T, "731,391 inhabitants", N, "colima", 731391),
     M(T, "16,992,418", N, "edomex", 16992418),
     M(T, "7,364,645", N, "indig", 7364645),
     M(T, "6.1%", N, "indig_pct", 6.1, cls="pct"),
     M(T, "March 2020", D, "field_month", "2020-03"),
     M(T, "11th", N, "rank", 11, cls="rank"),
    ]
    build("mexico-census-2021", "INEGI's results of Mexico's 2020 census (control), announced on Monday 25 January 2021: "
          "126,014,024 people (112,336,538 in 2010, up 13,677,486), 64,540,634 women (51.2%) and 61,473,390 men (48.8%), "
          "median age 29 (26 in 2010, 22 in 2000), the State of Mexico 16,992,418, Colima 731,391, 7,364,645 speakers "
          "of an indigenous language (6.1%), 2,576,213 Afro-Mexicans (2%), 1,212,252 born abroad (797,266 in the United "
          "States), the count from 2 to 27 March 2020, the world's 11th most populous country. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    chiapas()
    judicial()
    census()
