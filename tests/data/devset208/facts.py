"""The two-hundred-and-eighth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset208/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def pohang():
    A, K, T, R = "ap-nov15", "kompas-nov16", "detik-nov18", "reuters-dec13"
    # as-of times of the running tallies: Wednesday 15 November 2017 at 16.32 (seven injured), Thursday 16 November
    # in the morning (57 injured, 1,536 displaced), Saturday 18 November in the morning (75 injured, 1,797
    # displaced, 15 buildings destroyed and 1,652 damaged), Tuesday 21 November (82 injured, as recalled on 13
    # December). None of them falls.
    WED, THU, SAT, TUE = "2017-11-15", "2017-11-16", "2017-11-18", "2017-11-21"
    # The magnitude: the Korea Meteorological Administration's first reading of 5.5, lowered to 5.4 within minutes,
    # is two as-of times of one reading (a revision); magnitudes no text credits carry the corrected reading. The
    # depth: the KMA's 9 km against the USGS's 10 km (sources).
    FIRST, UPD = "2017-11-15a0", "2017-11-15a1"
    KMA, USGS = "the Korea Meteorological Administration", "the US Geological Survey"
    names = {
     "mag": "the quake's magnitude", "depth": "depth of the quake (km)", "dist": "distance of the epicentre from "
     "Pohang (km)", "injured": "people injured", "aftermag": "the strongest aftershock's magnitude",
     "after_hours": "hours from the main quake to the strongest aftershock", "weeks_since": "weeks since the quake",
     "delay": "weeks the exam was put off", "gyeongju_mag": "the Gyeongju quake's magnitude",
     "displaced": "people forced from their homes", "homes": "homes damaged (Thursday)",
     "schools": "schools damaged", "destroyed": "buildings destroyed (Saturday)",
     "damaged": "buildings damaged (Saturday)", "examinees": "students registered for the exam",
     # dates
     "quake": "day of the quake", "exam_orig": "the exam's original day", "exam_new": "the exam's new day",
     "gyeongju": "the Gyeongju quake", "records": "year instrumental records began",
     "asof_thu": "day of the count of 57", "asof_sat": "day of the count of 75", "asof_tue": "day of the count "
     "of 82", "zone": "day Pohang was declared a special disaster zone",
    }
    ms = [
     M(A, "magnitude 5.4", N, "mag", 5.4, UPD, cls="mag"),
     M(A, "Wednesday", D, "quake", "2017-11-15"),
     M(A, "9 kilometers", N, "depth", 9, src=KMA, cls="km"),
     M(A, "5.5", N, "mag", 5.5, FIRST, src=KMA, cls="mag"),
     M(A, "about 9.3 kilometers", N, "dist", 9.3, qual="approx", src=USGS, cls="km"),
     M(A, "10 kilometers", N, "depth", 10, src=USGS, cls="km"),
     M(A, "Seven people", N, "injured", 7, WED),
     M(A, "magnitude 4.3", N, "aftermag", 4.3, cls="mag"),
     M(A, "about two hours", N, "after_hours", 2, qual="approx", cls="dur"),
     M(A, "Wednesday", D, "quake", "2017-11-15", occ=2),
     M(A, "Thursday", D, "exam_orig", "2017-11-16"),
     M(A, "one week", N, "delay", 1, cls="dur"),
     M(A, "Nov. 23", D, "exam_new", "2017-11-23"),
     M(A, "magnitude 5.8", N, "gyeongju_mag", 5.8, cls="mag"),
     M(A, "Sept. 12, 2016", D, "gyeongju", "2016-09-12"),
     M(A, "1978", D, "records", "1978"),

     M(K, "bermagnitudo 5,4", N, "mag", 5.4, UPD, cls="mag"),
     M(K, "57 orang", N, "injured", 57, THU),
     M(K, "Kamis (16/11/2017)", D, "asof_thu", "2017-11-16"),
     M(K, "1.536 warga", N, "displaced", 1536, THU),
     M(K, "Rabu (15/11/2017)", D, "quake", "2017-11-15"),
     M(K, "hampir 1.100 rumah", N, "homes", 1100, THU, qual="nearly"),
     M(K, "lebih dari 100 sekolah", N, "schools", 100, THU, qual="morethan"),
     M(K, "9 km", N, "depth", 9, src=KMA, cls="km"),
     M(K, "10 km", N, "depth", 10, src=USGS, cls="km"),
     M(K, "bermagnitudo 4,3", N, "aftermag", 4.3, cls="mag"),
     M(K, "sekitar dua jam", N, "after_hours", 2, qual="approx", cls="dur"),
     M(K, "Kamis (16/11/2017)", D, "exam_orig", "2017-11-16", occ=2),
     M(K, "sepekan", N, "delay", 1, cls="dur"),
     M(K, "Kamis (23/11/2017)", D, "exam_new", "2017-11-23"),
     M(K, "bermagnitudo 5,8", N, "gyeongju_mag", 5.8, cls="mag"),
     M(K, "September 2016", D, "gyeongju", "2016-09"),

     M(T, "75 orang", N, "injured", 75, SAT),
     M(T, "Sabtu (18/11/2017)", D, "asof_sat", "2017-11-18"),
     M(T, "1.797 orang", N, "displaced", 1797, SAT),
     M(T, "15 bangunan", N, "destroyed", 15, SAT),
     M(T, "1.652 bangunan", N, "damaged", 1652, SAT),
     M(T, "bermagnitudo 5,4", N, "mag", 5.4, UPD, cls="mag"),
     M(T, "Rabu (15/11/2017)", D, "quake", "2017-11-15"),
     M(T, "5,5", N, "mag", 5.5, FIRST, src=KMA, cls="mag"),
     M(T, "Jumat (24/11/2017)", D, "exam_new", "2017-11-24", planted=True),
     M(T, "sepekan", N, "delay", 1, cls="dur"),
     M(T, "Sekitar 593.000 peserta", N, "examinees", 593000, qual="approx"),

     M(R, "Four weeks", N, "weeks_since", 4, cls="dur"),
     M(R, "82", N, "injured", 82, TUE),
     M(R, "by Nov. 21", D, "asof_tue", "2017-11-21"),
     M(R, "57 injured", N, "injured", 57, THU),
     M(R, "1,536 people", N, "displaced", 1536, THU),
     M(R, "magnitude 5.4", N, "mag", 5.4, UPD, cls="mag"),
     M(R, "Nov. 15", D, "quake", "2017-11-15"),
     M(R, "magnitude 5.9", N, "gyeongju_mag", 5.9, cls="mag", planted=True),
     M(R, "September 2016", D, "gyeongju", "2016-09"),
     M(R, "Nov. 20", D, "zone", "2017-11-20"),
     M(R, "About 593,000 students", N, "examinees", 593000, qual="approx"),
     M(R, "Nov. 23", D, "exam_new", "2017-11-23"),
     M(R, "a week", N, "delay", 1, cls="dur"),
    ]
    build("pohang-earthquake-2017", "The magnitude 5.4 earthquake in Pohang, South Korea (Wednesday 15 November 2017, "
          "14.29 local time; the Korea Meteorological Administration's first 5.5 lowered to 5.4; depth 9 km by the KMA, "
          "10 km by the USGS): injured 7 at 16.32 on Wednesday -> 57 on Thursday morning -> 75 on Saturday 18 November "
          "-> 82 on Tuesday 21 November; displaced 1,536 -> 1,797; the national college entrance exam put off a week "
          "from Thursday 16 to Thursday 23 November; the Gyeongju quake of 12 September 2016 (5.8)", False, ms, names)


def immigration():
    K, R, T, A = "kompas-nov17", "reuters-nov27", "detik-dec08", "ap-dec10"
    # the justice ministry's share of runaway trainees who cited low pay: first 86.9% as told to parliament, then
    # corrected to 67.2% on Friday 16 November 2018 (a revision, in every article). Plans, votes and counts do not
    # change with the day of the report: the cabinet's approval (Friday 2 November), the lower house committee's
    # debate (from Wednesday 21 November), the lower house's passage and the no-confidence vote (both Tuesday 27
    # November), the upper house's enactment (early Saturday 8 December, 161-76), the session's end (10 December),
    # the law in force (1 April 2019).
    FIRST, CORR = "2018-11-16a0", "2018-11-16a1"
    names = {
     "pay_share": "share of runaway trainees citing low pay (%)", "runaways": "trainees who ran away in 2017",
     "workers_plan": "foreign workers expected over five years", "sectors": "sectors open to the new visa",
     "plan_years": "years of the plan", "visa_years": "years the first visa is valid",
     "foreign_workers": "foreign workers in Japan (October 2017)", "yes": "upper house votes for the law",
     "no": "upper house votes against the law", "trainee_years": "years of training to switch without a test",
     "nursing": "nursing-care workers expected", "trainee_deaths": "technical trainees who died 2015-2017",
     # dates
     "corrected": "day the ministry corrected its data", "runaway_year": "year of the runaways",
     "cabinet": "day the cabinet approved the bill", "debate": "day the lower house debate began",
     "in_force": "day the law takes effect", "count_month": "month of the foreign-worker count",
     "lower": "day the lower house passed the bill", "no_conf": "day of the no-confidence vote",
     "session_end": "day the Diet session ends", "upper": "day the upper house enacted the law",
     "rules_work": "day work on the rules began", "deaths_start": "first year of the trainee deaths count",
     "deaths_end": "last year of the trainee deaths count",
    }
    ms = [
     M(K, "Jumat (16/11/2018)", D, "corrected", "2018-11-16"),
     M(K, "67,2 persen", N, "pay_share", 67.2, CORR, cls="pct"),
     M(K, "86,9 persen", N, "pay_share", 86.9, FIRST, cls="pct"),
     M(K, "7.089 peserta", N, "runaways", 7089),
     M(K, "sepanjang 2017", D, "runaway_year", "2017"),
     M(K, "Jumat (2/11/2018)", D, "cabinet", "2018-11-02"),
     M(K, "345.150 pekerja", N, "workers_plan", 345150),
     M(K, "14 sektor", N, "sectors", 14),
     M(K, "lima tahun", N, "plan_years", 5, cls="dur"),
     M(K, "Rabu (21/11/2018)", D, "debate", "2018-11-21"),
     M(K, "1 April 2019", D, "in_force", "2019-04-01"),
     M(K, "sekitar 1,28 juta orang", N, "foreign_workers", 1280000, qual="approx"),
     M(K, "Oktober 2017", D, "count_month", "2017-10"),

     M(R, "Tuesday", D, "lower", "2018-11-27"),
     M(R, "Tuesday", D, "no_conf", "2018-11-27", occ=2),
     M(R, "345,150", N, "workers_plan", 345150),
     M(R, "five years", N, "plan_years", 5, cls="dur"),
     M(R, "14 sectors", N, "sectors", 14),
     M(R, "up to five years", N, "visa_years", 5, cls="dur"),
     M(R, "67.2 percent", N, "pay_share", 67.2, CORR, cls="pct"),
     M(R, "86.9 percent", N, "pay_share", 86.9, FIRST, cls="pct"),
     M(R, "Dec. 10", D, "session_end", "2018-12-10"),
     M(R, "April 1", D, "in_force", "2019-04-01"),
     M(R, "about 1.28 million", N, "foreign_workers", 1280000, qual="approx"),
     M(R, "October 2017", D, "count_month", "2017-10"),

     M(T, "Sabtu (8/12/2018)", D, "upper", "2018-12-08"),
     M(T, "161 suara", N, "yes", 161),
     M(T, "76 suara", N, "no", 76),
     M(T, "Senin (26/11/2018)", D, "lower", "2018-11-26", planted=True),
     M(T, "345.150 pekerja", N, "workers_plan", 345150),
     M(T, "lima tahun", N, "plan_years", 5, cls="dur"),
     M(T, "14 sektor", N, "sectors", 14),
     M(T, "1 April 2019", D, "in_force", "2019-04-01"),
     M(T, "hingga lima tahun", N, "visa_years", 5, cls="dur"),
     M(T, "sedikitnya tiga tahun", N, "trainee_years", 3, qual="atleast", cls="dur"),
     M(T, "86,9 persen", N, "pay_share", 86.9, FIRST, cls="pct"),
     M(T, "67,2 persen", N, "pay_share", 67.2, CORR, cls="pct"),

     M(A, "Monday", D, "rules_work", "2018-12-10"),
     M(A, "161 votes", N, "yes", 161),
     M(A, "76", N, "no", 76),
     M(A, "Saturday, Dec. 8", D, "upper", "2018-12-08"),
     M(A, "Nov. 27", D, "lower", "2018-11-27"),
     M(A, "345,150 workers", N, "workers_plan", 345150),
     M(A, "14 sectors", N, "sectors", 14),
     M(A, "five years", N, "plan_years", 5, cls="dur"),
     M(A, "60,000", N, "nursing", 60000),
     M(A, "April 1", D, "in_force", "2019-04-01"),
     M(A, "69 technical trainees", N, "trainee_deaths", 69),
     M(A, "2015", D, "deaths_start", "2015"),
     M(A, "2017", D, "deaths_end", "2017"),
     M(A, "67.2 percent", N, "pay_share", 67.2, CORR, cls="pct"),
     M(A, "86.9 percent", N, "pay_share", 86.9, FIRST, cls="pct"),
     M(A, "About 7,089 trainees", N, "runaways", 7089, qual="approx"),
     M(A, "in 2017", D, "runaway_year", "2017"),
     M(A, "about 1.28 million", N, "foreign_workers", 1280000, qual="approx"),
     M(A, "October 2017", D, "count_month", "2017-10"),
    ]
    build("japan-immigration-law-2018", "Japan's revised immigration control law in stages: the justice ministry "
          "corrects its share of runaway trainees citing low pay from 86.9% to 67.2% (Friday 16 November 2018); the "
          "lower house passes the bill on Tuesday 27 November (the same day as a failed no-confidence motion against "
          "the justice minister); the upper house enacts it early on Saturday 8 December, 161-76; up to 345,150 "
          "workers in 14 sectors over five years; in force from 1 April 2019", False, ms, names)


def banknotes():
    R, K, C, A = "reuters-apr09", "kompas-apr10", "cnbcindonesia-apr11", "ap-apr12"
    names = {
     "n10000": "the 10,000 yen note", "n5000": "the 5,000 yen note", "n1000": "the 1,000 yen note",
     "coin500": "the 500 yen coin", "n2000": "the 2,000 yen note", "since_last": "years since the last redesign",
     "cadence": "years between redesigns",
     "era_gap": "weeks between the era name and the announcement",
     # dates
     "announced": "day of the announcement", "issue": "fiscal year of the new notes", "fukuzawa": "year Fukuzawa "
     "went on the note", "last": "year of the last redesign", "coin": "fiscal year of the new coin",
     "era": "day the new era begins",
    }
    ms = [
     M(R, "10,000 yen", N, "n10000", 10000, cls="yen"),
     M(R, "5,000 yen", N, "n5000", 5000, cls="yen"),
     M(R, "1,000 yen", N, "n1000", 1000, cls="yen"),
     M(R, "fiscal 2024", D, "issue", "2024"),
     M(R, "Tuesday", D, "announced", "2019-04-09"),
     M(R, "20 years", N, "since_last", 20, cls="dur"),
     M(R, "1984", D, "fukuzawa", "1984"),
     M(R, "2004", D, "last", "2004"),
     M(R, "roughly every 20 years", N, "cadence", 20, qual="approx", cls="dur"),
     M(R, "500 yen", N, "coin500", 500, cls="yen"),
     M(R, "fiscal 2021", D, "coin", "2021"),
     M(R, "2,000 yen", N, "n2000", 2000, cls="yen"),
     M(R, "a week after", N, "era_gap", 1, cls="dur"),
     M(R, "May 1", D, "era", "2019-05-01"),

     M(K, "10.000 yen", N, "n10000", 10000, cls="yen"),
     M(K, "5.000 yen", N, "n5000", 5000, cls="yen"),
     M(K, "1.000 yen", N, "n1000", 1000, cls="yen"),
     M(K, "tahun fiskal 2024", D, "issue", "2024"),
     M(K, "Selasa (9/4/2019)", D, "announced", "2019-04-09"),
     M(K, "20 tahun", N, "since_last", 20, cls="dur"),
     M(K, "1984", D, "fukuzawa", "1984"),
     M(K, "2004", D, "last", "2004"),
     M(K, "500 yen", N, "coin500", 500, cls="yen"),
     M(K, "tahun fiskal 2021", D, "coin", "2021"),
     M(K, "2.000 yen", N, "n2000", 2000, cls="yen"),
     M(K, "sepekan", N, "era_gap", 1, cls="dur"),
     M(K, "1 Mei 2019", D, "era", "2019-05-01"),

     M(C, "20 tahun", N, "since_last", 20, cls="dur"),
     M(C, "tahun fiskal 2024", D, "issue", "2024"),
     M(C, "Selasa (9/4/2019)", D, "announced", "2019-04-09"),
     M(C, "10.000 yen", N, "n10000", 10000, cls="yen"),
     M(C, "5.000 yen", N, "n5000", 5000, cls="yen"),
     M(C, "1.000 yen", N, "n1000", 1000, cls="yen"),
     M(C, "2004", D, "last", "2004"),
     M(C, "500 yen", N, "coin500", 500, cls="yen"),
     M(C, "tahun fiskal 2021", D, "coin", "2021"),
     M(C, "2.000 yen", N, "n2000", 2000, cls="yen"),

     M(A, "April 9", D, "announced", "2019-04-09"),
     M(A, "fiscal 2024", D, "issue", "2024"),
     M(A, "two decades", N, "since_last", 20, qual="unit", cls="dur"),
     M(A, "10,000-yen", N, "n10000", 10000, cls="yen"),
     M(A, "5,000-yen", N, "n5000", 5000, cls="yen"),
     M(A, "1,000-yen", N, "n1000", 1000, cls="yen"),
     M(A, "1984", D, "fukuzawa", "1984"),
     M(A, "2004", D, "last", "2004"),
     M(A, "500-yen", N, "coin500", 500, cls="yen"),
     M(A, "fiscal 2021", D, "coin", "2021"),
     M(A, "2,000-yen", N, "n2000", 2000, cls="yen"),
     M(A, "May 1", D, "era", "2019-05-01"),
    ]
    build("japan-banknotes-2019", "Japan's new banknotes announced by the finance minister on Tuesday 9 April 2019 "
          "(control): redesigned 10,000, 5,000 and 1,000 yen notes (Eiichi Shibusawa, Umeko Tsuda, Shibasaburo "
          "Kitasato) due in the first half of fiscal 2024, the first change in 20 years (last in 2004; Fukuzawa on the "
          "10,000 yen note since 1984), a new 500 yen coin in fiscal 2021, the 2,000 yen note unchanged, the Reiwa era "
          "from 1 May 2019. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    pohang()
    immigration()
    banknotes()
