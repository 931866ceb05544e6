"""The two-hundred-and-tenth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset210/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def mpondwe():
    K, R, T, A = "kompas-jun17", "reuters-jun18", "detik-jun19", "ap-jul10"
    # as-of times of the running tally of the dead: Saturday 17 June 2023 in the morning (the police's 25 bodies)
    # and in the evening (the army's 41, the mayor's 40), Sunday 18 June (the district commissioner's 42), Tuesday
    # 20 June (43, a woman dying in hospital), Tuesday 27 June (the police's 44). The dead do not fall. The
    # authorities' counts (police, army, district commissioner) are one line of counts; the town mayor's 40 on
    # Saturday evening is another source's (sources). The abducted: the army's "about six" against the head
    # teacher's 16 (sources). The 37 students (20 girls, 17 boys) are the same in every count.
    SATA, SATB, SUN, JUN20, JUN27 = "2023-06-17a", "2023-06-17b", "2023-06-18", "2023-06-20", "2023-06-27"
    GOV, MAYOR, ARMY, HEAD = "the Ugandan authorities", "the town's mayor", "the army", "the head teacher"
    names = {
     "dead": "people killed", "dead_students": "students killed", "dead_girls": "girls killed",
     "dead_boys": "boys killed", "dead_residents": "residents killed", "dead_nonstudents": "non-students killed",
     "critical": "victims in critical condition", "injured_students": "students injured",
     "abducted": "students abducted", "arrested": "suspects arrested", "burned": "burned bodies sent for DNA tests",
     "enrolled": "students enrolled", "dist": "distance of the school from the border (km)",
     "dead1998": "students killed in the 1998 attack",
     # dates
     "attack": "day of the attack", "asof_sun": "day of the count of 42", "pursuit": "day troops pursued into Congo",
     "woman": "day a wounded woman died", "asof_jun27": "day of the count of 44", "q1998": "the 1998 school attack",
     "shujaa": "the joint offensive's start",
    }
    ms = [
     M(K, "Jumat (16/6/2023)", D, "attack", "2023-06-16"),
     M(K, "sekitar 2 kilometer", N, "dist", 2, qual="approx", cls="km"),
     M(K, "25 jenazah", N, "dead", 25, SATA, src=GOV),
     M(K, "8 korban kritis", N, "critical", 8, SATA),
     M(K, "41 orang", N, "dead", 41, SATB, src=GOV),
     M(K, "37 siswa", N, "dead_students", 37),
     M(K, "tiga warga", N, "dead_residents", 3),
     M(K, "20 siswi", N, "dead_girls", 20),
     M(K, "17 siswa putra", N, "dead_boys", 17),
     M(K, "sekitar enam siswa", N, "abducted", 6, SATB, qual="approx", src=ARMY),

     M(R, "Sunday", D, "pursuit", "2023-06-18"),
     M(R, "41 people", N, "dead", 41, SATB, src=GOV),
     M(R, "Friday", D, "attack", "2023-06-16"),
     M(R, "25 bodies", N, "dead", 25, SATA, src=GOV),
     M(R, "37 students", N, "dead_students", 37),
     M(R, "three residents", N, "dead_residents", 3),
     M(R, "40 dead", N, "dead", 40, SATB, src=MAYOR),
     M(R, "about six students", N, "abducted", 6, SATB, qual="approx", src=ARMY),
     M(R, "8 people", N, "critical", 8, SATA),
     M(R, "June 1998", D, "q1998", "1998-06"),
     M(R, "about 80 students", N, "dead1998", 80, qual="approx"),

     M(T, "42 orang", N, "dead", 42, SUN, src=GOV),
     M(T, "Minggu (18/6/2023)", D, "asof_sun", "2023-06-18"),
     M(T, "37 siswa", N, "dead_students", 37),
     M(T, "5 orang", N, "dead_nonstudents", 5),
     M(T, "4 siswa", N, "injured_students", 4),
     M(T, "3 orang", N, "arrested", 3),
     M(T, "Kamis (15/6/2023)", D, "attack", "2023-06-15", planted=True),
     M(T, "16 siswa", N, "abducted", 16, SUN, src=HEAD),
     M(T, "sekitar enam siswa", N, "abducted", 6, SATB, qual="approx", src=ARMY),
     M(T, "17 jenazah", N, "burned", 17),

     M(A, "June 16", D, "attack", "2023-06-16"),
     M(A, "44", N, "dead", 44, JUN27, src=GOV),
     M(A, "June 27", D, "asof_jun27", "2023-06-27"),
     M(A, "42", N, "dead", 42, SUN, src=GOV),
     M(A, "June 20", D, "woman", "2023-06-20"),
     M(A, "43", N, "dead", 43, JUN20, src=GOV),
     M(A, "37", N, "dead_students", 37),
     M(A, "20", N, "dead_girls", 20, occ=2),
     M(A, "17 boys", N, "dead_boys", 17),
     M(A, "63 students", N, "enrolled", 63),
     M(A, "late 2021", D, "shujaa", "2021"),
    ]
    build("mpondwe-school-attack-2023", "The attack on the Lhubiriha Secondary School in Mpondwe, Kasese district, "
          "western Uganda (Friday 16 June 2023, about 23.00), blamed on the Allied Democratic Forces: the police's 25 "
          "bodies on Saturday morning -> the army's 41 on Saturday evening (the mayor's 40) -> 42 on Sunday 18 June -> "
          "43 after a woman died on Tuesday 20 June -> 44 on Tuesday 27 June; 37 students among the dead (20 girls, "
          "17 boys); the army's about six abducted against the head teacher's 16", False, ms, names)


def finance_bill():
    K, R, T, A = "kompas-jun21", "reuters-jun27", "detik-jul02", "ap-jul16"
    # stages on different days: the protests began on Tuesday 18 June 2024, the second reading on Thursday 20 June
    # (204-115), the third reading on Tuesday 25 June (195-106) and the storming of parliament, the president's
    # refusal to sign on Wednesday 26 June, his television interview on Sunday 30 June, the rights commission's
    # statement on Monday 1 July, the next march on Tuesday 2 July, the cabinet's dismissal on Thursday 11 July.
    # The dead since 18 June: the president's counts (6 on 26 June, 19 on 30 June) against the state-funded rights
    # commission's (22 on 26 June, 39 on 1 July, at least 50 on 16 July): sources across the two, updates within
    # each. The Kenya Human Rights Commission's 23 is the dead of Tuesday 25 June alone (another fact). The injured,
    # the disappeared and the arrested are the national commission's running tallies; Nairobi's dead are one
    # county's (a region's count against the nation's).
    WED26, SUN30, JUL01, JUL16 = "2024-06-26", "2024-06-30", "2024-07-01", "2024-07-16"
    RUTO, KNCHR = "President Ruto", "the national rights commission"
    names = {
     "yes2": "votes for the bill at the second reading", "no2": "votes against at the second reading",
     "yes3": "votes for the bill at the third reading", "no3": "votes against at the third reading",
     "target": "revenue the bill sought (billion shillings)", "target_usd": "revenue the bill sought (billion dollars)",
     "vat": "VAT on bread dropped (%)", "dead": "people killed in the protests since 18 June",
     "dead_tue": "people killed on Tuesday 25 June", "injured": "people injured in the protests",
     "disappeared": "people abducted or disappeared", "arrests": "protesters arrested",
     "dead_nairobi": "people killed in Nairobi", "dead_uasin": "people killed in Uasin Gishu",
     # dates
     "second_reading": "day of the second reading", "third_reading": "day the bill passed",
     "began": "day the protests began", "withdraw": "day the president declined to sign",
     "interview": "day of the president's interview", "knchr_jul1": "day of the commission's statement of 39 dead",
     "next_march": "day of the next march", "cabinet": "day the cabinet was dismissed",
    }
    ms = [
     M(K, "Kamis (20/6/2024)", D, "second_reading", "2024-06-20"),
     M(K, "204 suara", N, "yes2", 204, cls="votes"),
     M(K, "115 suara", N, "no2", 115, cls="votes"),
     M(K, "346 miliar shilling", N, "target", 346, cls="shill"),
     M(K, "2,7 miliar dollar AS", N, "target_usd", 2.7, cls="usd"),
     M(K, "16 persen", N, "vat", 16, cls="pct"),
     M(K, "Selasa (18/6/2024)", D, "began", "2024-06-18"),
     M(K, "Selasa (25/6/2024)", D, "third_reading", "2024-06-25"),

     M(R, "Wednesday", D, "withdraw", "2024-06-26"),
     M(R, "Tuesday", D, "third_reading", "2024-06-25"),
     M(R, "195 votes", N, "yes3", 195, cls="votes"),
     M(R, "106", N, "no3", 106, cls="votes"),
     M(R, "six people", N, "dead", 6, WED26, src=RUTO),
     M(R, "22 people", N, "dead", 22, WED26, src=KNCHR),
     M(R, "23 people", N, "dead_tue", 23),
     M(R, "336 people", N, "injured", 336, WED26, src=KNCHR),
     M(R, "June 18", D, "began", "2024-06-18"),
     M(R, "346 billion shillings", N, "target", 346, cls="shill"),
     M(R, "$2.7 billion", N, "target_usd", 2.7, cls="usd"),

     M(T, "39 orang", N, "dead", 39, JUL01, src=KNCHR),
     M(T, "361 orang", N, "injured", 361, JUL01, src=KNCHR),
     M(T, "Senin (1/7/2024)", D, "knchr_jul1", "2024-07-01"),
     M(T, "18 Juni", D, "began", "2024-06-18"),
     M(T, "32 kasus", N, "disappeared", 32, JUL01),
     M(T, "627 penangkapan", N, "arrests", 627, JUL01),
     M(T, "17 orang", N, "dead_nairobi", 17, JUL01),
     M(T, "4 orang", N, "dead_uasin", 4, JUL01),
     M(T, "Minggu (30/6/2024)", D, "interview", "2024-06-30"),
     M(T, "19 orang", N, "dead", 19, SUN30, src=RUTO),
     M(T, "Rabu (26/6/2024)", D, "third_reading", "2024-06-26", planted=True),
     M(T, "Selasa (2/7/2024)", D, "next_march", "2024-07-02"),

     M(A, "At least 50 people", N, "dead", 50, JUL16, qual="atleast", src=KNCHR),
     M(A, "413 people", N, "injured", 413, JUL16, src=KNCHR),
     M(A, "59", N, "disappeared", 59, JUL16),
     M(A, "682", N, "arrests", 682, JUL16),
     M(A, "June 18", D, "began", "2024-06-18"),
     M(A, "21 of the deaths", N, "dead_nairobi", 21, JUL16),
     M(A, "39 deaths", N, "dead", 39, JUL01, src=KNCHR),
     M(A, "316 injuries", N, "injured", 316, JUL01, src=KNCHR, planted=True),
     M(A, "June 30", D, "interview", "2024-06-30"),
     M(A, "19 people", N, "dead", 19, SUN30, src=RUTO),
     M(A, "June 25", D, "third_reading", "2024-06-25"),
     M(A, "195 votes", N, "yes3", 195, cls="votes"),
     M(A, "July 11", D, "cabinet", "2024-07-11"),
    ]
    build("finance-bill-protests-2024", "Kenya's Finance Bill 2024 and the protests against it, in stages: the "
          "protests begin on Tuesday 18 June 2024; the second reading on Thursday 20 June (204-115); the bill passes "
          "on Tuesday 25 June (195-106) and protesters storm parliament; President William Ruto declines to sign it "
          "on Wednesday 26 June; the dead counted by the president (6 on 26 June, 19 on 30 June) and by the Kenya "
          "National Commission on Human Rights (22 on 26 June, 39 with 361 injured on 1 July, at least 50 with 413 "
          "injured by 16 July); the cabinet dismissed on Thursday 11 July", False, ms, names)


def census():
    R, N_, K, X = "reuters-oct31", "antara-nov01", "kompas-nov02", "xinhua-nov03"
    names = {
     "total": "Tanzania's population in 2022", "pop2012": "Tanzania's population in 2012",
     "increase": "population increase since 2012", "growth": "average annual growth (%)",
     "mainland": "population of mainland Tanzania", "zanzibar": "population of Zanzibar",
     "women": "women counted", "men": "men counted", "dar": "population of Dar es Salaam region",
     # dates
     "announced": "day the results were announced", "census_night": "census night",
     "census2012": "the previous census", "next": "the next census",
    }
    P = "count"
    ms = [
     M(R, "61,741,120", N, "total", 61741120),
     M(R, "44,928,923", N, "pop2012", 44928923),
     M(R, "Monday", D, "announced", "2022-10-31"),
     M(R, "2012", D, "census2012", "2012"),
     M(R, "Aug. 23", D, "census_night", "2022-08-23"),
     M(R, "3.2%", N, "growth", 3.2, cls="pct"),
     M(R, "59,851,347", N, "mainland", 59851347),
     M(R, "1,889,773", N, "zanzibar", 1889773),
     M(R, "31,687,990", N, "women", 31687990),
     M(R, "30,053,130", N, "men", 30053130),
     M(R, "5,383,728", N, "dar", 5383728),
     M(R, "16,812,197", N, "increase", 16812197),
     M(R, "2012", D, "census2012", "2012", occ=2),

     M(N_, "61.741.120", N, "total", 61741120),
     M(N_, "Senin (31/10/2022)", D, "announced", "2022-10-31"),
     M(N_, "44.928.923", N, "pop2012", 44928923),
     M(N_, "2012", D, "census2012", "2012"),
     M(N_, "16.812.197", N, "increase", 16812197),
     M(N_, "3,2 persen", N, "growth", 3.2, cls="pct"),
     M(N_, "59.851.347", N, "mainland", 59851347),
     M(N_, "1.889.773", N, "zanzibar", 1889773),
     M(N_, "31.687.990", N, "women", 31687990),
     M(N_, "30.053.130", N, "men", 30053130),
     M(N_, "Selasa (23/8/2022)", D, "census_night", "2022-08-23"),
     M(N_, "Agustus 2012", D, "census2012", "2012-08"),

     M(K, "sekitar 61,7 juta", N, "total", 61700000, qual="approx"),
     M(K, "Senin (31/10/2022)", D, "announced", "2022-10-31"),
     M(K, "44.928.923", N, "pop2012", 44928923),
     M(K, "2012", D, "census2012", "2012"),
     M(K, "hampir 17 juta", N, "increase", 17000000, qual="nearly"),
     M(K, "3,2 persen", N, "growth", 3.2, cls="pct"),
     M(K, "59.851.347", N, "mainland", 59851347),
     M(K, "1.889.773", N, "zanzibar", 1889773),
     M(K, "31.687.990", N, "women", 31687990),
     M(K, "30.053.130", N, "men", 30053130),
     M(K, "5.383.728", N, "dar", 5383728),
     M(K, "23 Agustus 2022", D, "census_night", "2022-08-23"),

     M(X, "61,741,120", N, "total", 61741120),
     M(X, "Oct. 31", D, "announced", "2022-10-31"),
     M(X, "44,928,923", N, "pop2012", 44928923),
     M(X, "2012", D, "census2012", "2012"),
     M(X, "3.2 percent", N, "growth", 3.2, cls="pct"),
     M(X, "59,851,347", N, "mainland", 59851347),
     M(X, "1,889,773", N, "zanzibar", 1889773),
     M(X, "31,687,990", N, "women", 31687990),
     M(X, "30,053,130", N, "men", 30053130),
     M(X, "5,383,728", N, "dar", 5383728),
     M(X, "Aug. 23", D, "census_night", "2022-08-23"),
     M(X, "2032", D, "next", "2032"),
    ]
    assert all(m["cls"] in (P, "pct") for m in ms if m["kind"] == N)
    build("tanzania-census-2022", "Tanzania's 2022 Population and Housing Census results (control), announced by "
          "President Samia Suluhu Hassan in Dodoma on Monday 31 October 2022: 61,741,120 people (44,928,923 in 2012, "
          "an increase of 16,812,197, 3.2% a year), 59,851,347 on the mainland and 1,889,773 in Zanzibar, 31,687,990 "
          "women and 30,053,130 men, 5,383,728 in Dar es Salaam region; census night Tuesday 23 August 2022. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    mpondwe()
    finance_bill()
    census()
