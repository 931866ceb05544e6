"""The thirty-eighth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset38/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def wenchuan():
    X, K, R, A, P = "xinhua-may13", "kompas-may15", "reuters-may19", "antara-may21", "ap-may07"
    CEA, USGS = "the China Earthquake Administration", "the US Geological Survey"
    names = {
     "dead": "death toll of the quake", "mag": "magnitude of the quake", "dist": "distance of the epicentre from Chengdu",
     "buried_my": "people buried in Mianyang", "buried_sc": "people buried across Sichuan",
     "juyuan": "students trapped at Juyuan Middle School", "mianzhu": "death toll in Mianzhu",
     "beichuan": "share of buildings collapsed in Beichuan", "troops": "troops and police deployed",
     "indo": "Indonesian students in Chengdu safe", "tangshan": "dead in the 1976 Tangshan earthquake",
     "proj": "toll the government said could be exceeded", "mourn_days": "days of national mourning",
     "silence": "minutes of silence", "injured": "people injured", "missing": "people missing",
     "students": "students dead or missing (Sichuan's count)", "classrooms": "classrooms collapsed",
     "homeless": "people who lost their homes",
     # dates
     "quake": "day of the quake", "toll13": "day the 12,012 dead were counted", "wen": "day Wen Jiabao flew to Sichuan",
     "toll15": "day the 19,509 dead were counted", "mz14": "day Mianzhu gave 2,140 dead",
     "mz15": "day Mianzhu lowered its toll", "toll18": "day the 32,476 dead were counted",
     "upgrade": "day the magnitude was raised to 8.0", "hu": "day Hu Jintao toured the zone",
     "mourn": "first day of the national mourning", "mourn_end": "last day of the national mourning",
     "toll20": "day the 40,075 dead were counted", "y1976": "year of the Tangshan earthquake",
     "students_day": "day Sichuan gave its count of the students", "final": "month of the final official count",
     "rebuild": "year the schools' reconstruction is due to end",
    }
    ms = [
     M(X, "12,012", N, "dead", 12012, "2008-05-13T15"),
     M(X, "7.8", N, "mag", 7.8, "2008-05-12", cls="mag", src=CEA),
     M(X, "92 km", N, "dist", 92, cls="len"),
     M(X, "18,645 people", N, "buried_my", 18645, "2008-05-13", fall=True),
     M(X, "About 900 students", N, "juyuan", 900, qual="approx"),
     M(X, "Monday", D, "quake", "2008-05-12"),
     M(X, "Tuesday afternoon", D, "toll13", "2008-05-13"),
     M(X, "Monday", D, "quake", "2008-05-12", occ=2),
     M(X, "Monday night", D, "wen", "2008-05-12"),

     M(K, "19.509 orang", N, "dead", 19509, "2008-05-15T12"),
     M(K, "7,8", N, "mag", 7.8, "2008-05-12", cls="mag", src=CEA),
     M(K, "7,9", N, "mag", 7.9, cls="mag", src=USGS),
     M(K, "25.788 orang", N, "buried_sc", 25788, "2008-05-15", fall=True),
     M(K, "2.140 orang", N, "mianzhu", 2140, "2008-05-14"),
     M(K, "sekitar 80 persen", N, "beichuan", 80, qual="approx", cls="pct"),
     M(K, "lebih dari 100.000 tentara", N, "troops", 100000, "2008-05-15", "morethan"),
     M(K, "13 mahasiswa", N, "indo", 13),
     M(K, "sekitar 242.000 orang", N, "tangshan", 242000, qual="approx"),
     M(K, "Kamis (15/5/2008)", D, "toll15", "2008-05-15"),
     M(K, "Senin (12/5/2008)", D, "quake", "2008-05-12"),
     M(K, "Rabu (14/5/2008)", D, "mz14", "2008-05-14"),
     M(K, "1976", D, "y1976", "1976"),

     M(R, "32,476", N, "dead", 32476, "2008-05-18T12"),
     M(R, "50,000", N, "proj", 50000, qual="morethan"),
     M(R, "three days", N, "mourn_days", 3, cls="dur"),
     M(R, "three minutes", N, "silence", 3, cls="dur"),
     M(R, "8.0", N, "mag", 8.0, "2008-05-18", cls="mag", src=CEA),
     M(R, "7.8", N, "mag", 7.8, "2008-05-12", cls="mag", src=CEA),
     M(R, "7.9", N, "mag", 7.9, cls="mag", src=USGS),
     M(R, "More than 220,000 people", N, "injured", 220000, "2008-05-18", "morethan"),
     M(R, "2,140", N, "mianzhu", 2140, "2008-05-14"),
     M(R, "2,085", N, "mianzhu", 2085, "2008-05-15"),
     M(R, "three days", N, "mourn_days", 3, cls="dur", occ=2),
     M(R, "at least 242,000 people", N, "tangshan", 242000, qual="atleast"),
     M(R, "Monday", D, "mourn", "2008-05-19"),
     M(R, "Sunday noon", D, "toll18", "2008-05-18"),
     M(R, "Sunday", D, "upgrade", "2008-05-18", occ=2),
     M(R, "Wednesday", D, "mz14", "2008-05-14"),
     M(R, "Thursday", D, "mz15", "2008-05-15"),
     M(R, "Friday", D, "hu", "2008-05-16"),
     M(R, "1976", D, "y1976", "1976"),

     M(A, "40.075 orang", N, "dead", 40075, "2008-05-20T12"),
     M(A, "lebih dari 247.000 orang", N, "injured", 247000, "2008-05-20", "morethan"),
     M(A, "32.361 orang", N, "missing", 32361, "2008-05-20", fall=True),
     M(A, "50.000 orang", N, "proj", 50000, qual="morethan"),
     M(A, "7,8", N, "mag", 7.8, "2008-05-12", cls="mag", src=CEA),
     M(A, "8,0", N, "mag", 8.0, "2008-05-18", cls="mag", src=CEA),
     M(A, "tiga hari", N, "mourn_days", 3, cls="dur"),
     M(A, "lebih dari 240.000 orang", N, "tangshan", 240000, qual="morethan"),
     M(A, "Selasa (20/5/2008)", D, "toll20", "2008-05-20"),
     M(A, "Senin (19/5/2008)", D, "upgrade", "2008-05-19", planted=True),
     M(A, "12 Mei", D, "quake", "2008-05-12"),
     M(A, "Senin (19/5/2008)", D, "mourn", "2008-05-19", occ=2),
     M(A, "Rabu (21/5/2008)", D, "mourn_end", "2008-05-21"),
     M(A, "1976", D, "y1976", "1976"),

     M(P, "5,335 students", N, "students", 5335, "2009-05-07"),
     M(P, "8.0", N, "mag", 8.0, "2008-05-18", cls="mag", src=CEA),
     M(P, "Nearly 7,000 classrooms", N, "classrooms", 7000, qual="nearly"),
     M(P, "69,227 dead", N, "dead", 69227, "2008-09"),
     M(P, "17,923 missing", N, "missing", 17923, "2008-09", fall=True),
     M(P, "374,643 injured", N, "injured", 374643, "2008-09"),
     M(P, "Some 4.8 million people", N, "homeless", 4.8e6, qual="approx"),
     M(P, "Thursday", D, "students_day", "2009-05-07"),
     M(P, "May 12", D, "quake", "2008-05-12"),
     M(P, "September", D, "final", "2008-09"),
     M(P, "2010", D, "rebuild", "2010"),
    ]
    build("wenchuan-2008", "Wenchuan earthquake, Sichuan, China (Monday 12 May 2008, 14:28): magnitude 7.8 by the China "
          "Earthquake Administration, raised to 8.0 on Sunday 18 May, 7.9 by the USGS; the toll rising over days (12,012 "
          "-> 19,509 -> 32,476 -> 40,075) to the final 69,227 dead, 17,923 missing and 374,643 injured; the buried in "
          "Mianyang and in Sichuan, Mianzhu's toll lowered from 2,140 to 2,085 for victims counted twice, the injured "
          "and the missing, the students trapped at Juyuan and Sichuan's later count of 5,335 students dead or missing, "
          "the classrooms collapsed, the Tangshan quake of 1976 recalled; dates of the quake, the briefings, the "
          "magnitude's revision, Hu's tour, three days of mourning (19-21 May)", False, ms, names)


def poland():
    R, K, A, P, T = "reuters-oct16", "kompas-oct17", "antara-nov07", "ap-dec11", "tempo-dec14"
    IP, PKW = "the Ipsos exit poll", "the electoral commission (PKW)"
    names = {
     "pis_share": "PiS share of the vote", "ko_share": "Civic Coalition share of the vote",
     "td_share": "Third Way share of the vote", "left_share": "the Left's share of the vote",
     "konf_share": "Confederation share of the vote", "pis_seats": "PiS seats in the Sejm",
     "ko_seats": "Civic Coalition seats", "td_seats": "Third Way seats", "left_seats": "the Left's seats",
     "konf_seats": "Confederation seats", "sejm": "seats in the Sejm", "majority": "seats for a majority",
     "opp_seats": "seats of the three opposition groups", "turnout": "turnout of the 2023 election",
     "ref_turnout": "turnout of the referendum", "pis2019_share": "PiS share of the vote in 2019",
     "pis2019_seats": "PiS seats in 2019", "rule": "years of PiS rule", "deadline": "days to seek a confidence vote",
     "lasted": "how long Morawiecki's last cabinet lasted", "tusk_ayes": "votes for Tusk in the Sejm",
     "tusk_noes": "votes against Tusk in the Sejm", "conf_ayes": "votes for Morawiecki's government",
     "conf_noes": "votes against Morawiecki's government", "age": "Tusk's age", "tenure": "Tusk's earlier years as prime minister",
     # dates
     "election": "day of the election", "results": "day the official results were announced",
     "y2019": "year of the previous election", "y1989": "year democracy returned", "designate": "day Duda designated Morawiecki",
     "sitting": "day of the new Sejm's first sitting", "elected": "day the Sejm elected Tusk",
     "coalition": "month the coalition agreement was signed", "mora_sworn": "day Morawiecki's cabinet was sworn in",
     "sworn": "day Tusk was sworn in", "t_start": "first year of Tusk's earlier premiership",
     "t_end": "last year of Tusk's earlier premiership", "y2015": "year PiS came to power",
    }
    ms = [
     M(R, "eight years", N, "rule", 8, cls="dur"),
     M(R, "36.8%", N, "pis_share", 36.8, cls="pct", src=IP),
     M(R, "31.6%", N, "ko_share", 31.6, cls="pct", src=IP),
     M(R, "13.0%", N, "td_share", 13.0, cls="pct", src=IP),
     M(R, "8.6%", N, "left_share", 8.6, cls="pct", src=IP),
     M(R, "200 seats", N, "pis_seats", 200, src=IP),
     M(R, "460", N, "sejm", 460),
     M(R, "163", N, "ko_seats", 163, src=IP),
     M(R, "55", N, "td_seats", 55, src=IP),
     M(R, "30", N, "left_seats", 30, src=IP),
     M(R, "231", N, "majority", 231),
     M(R, "6.2%", N, "konf_share", 6.2, cls="pct", src=IP),
     M(R, "12 seats", N, "konf_seats", 12, src=IP),
     M(R, "72.9%", N, "turnout", 72.9, cls="pct", src=IP),
     M(R, "57.54%", N, "turnout", 57.54, "2023-10-15T17", cls="pct", src=PKW),
     M(R, "43.6%", N, "pis2019_share", 43.6, qual="approx", cls="pct"),
     M(R, "235 seats", N, "pis2019_seats", 235),
     M(R, "Sunday", D, "election", "2023-10-15"),
     M(R, "2019", D, "y2019", "2019"),
     M(R, "Tuesday", D, "results", "2023-10-17"),

     M(K, "35,38 persen", N, "pis_share", 35.38, "final", cls="pct", src=PKW),
     M(K, "194 kursi", N, "pis_seats", 194, "final", src=PKW),
     M(K, "460 orang", N, "sejm", 460),
     M(K, "30,70 persen", N, "ko_share", 30.70, "final", cls="pct", src=PKW),
     M(K, "157 kursi", N, "ko_seats", 157, "final", src=PKW),
     M(K, "14,40 persen", N, "td_share", 14.40, "final", cls="pct", src=PKW),
     M(K, "65 kursi", N, "td_seats", 65, "final", src=PKW),
     M(K, "8,61 persen", N, "left_share", 8.61, "final", cls="pct", src=PKW),
     M(K, "26 kursi", N, "left_seats", 26, "final", src=PKW),
     M(K, "7,16 persen", N, "konf_share", 7.16, "final", cls="pct", src=PKW),
     M(K, "18 kursi", N, "konf_seats", 18, "final", src=PKW),
     M(K, "248 kursi", N, "opp_seats", 248),
     M(K, "231 kursi", N, "majority", 231),
     M(K, "74,38 persen", N, "turnout", 74.38, "final", cls="pct", src=PKW),
     M(K, "40,91 persen", N, "ref_turnout", 40.91, cls="pct"),
     M(K, "43,59 persen", N, "pis2019_share", 43.59, cls="pct"),
     M(K, "235 kursi", N, "pis2019_seats", 235),
     M(K, "Selasa (17/10/2023)", D, "results", "2023-10-17"),
     M(K, "Minggu (15/10/2023)", D, "election", "2023-10-15"),
     M(K, "1989", D, "y1989", "1989"),
     M(K, "2019", D, "y2019", "2019"),

     M(A, "Senin (6/11/2023)", D, "designate", "2023-11-06"),
     M(A, "35,4 persen", N, "pis_share", 35.4, "final", "approx", cls="pct", src=PKW),
     M(A, "15 Oktober", D, "election", "2023-10-15"),
     M(A, "194 kursi", N, "pis_seats", 194, "final", src=PKW),
     M(A, "460 kursi", N, "sejm", 460),
     M(A, "248 kursi", N, "opp_seats", 248),
     M(A, "Senin (13/11/2023)", D, "sitting", "2023-11-13"),
     M(A, "14 hari", N, "deadline", 14, cls="dur"),

     M(P, "Monday", D, "elected", "2023-12-11"),
     M(P, "eight years", N, "rule", 8, cls="dur"),
     M(P, "248-201", N, "tusk_ayes", 248, also={"tusk_noes": 201}),
     M(P, "190-266", N, "conf_ayes", 190, also={"conf_noes": 266}),
     M(P, "Oct. 15", D, "election", "2023-10-15"),
     M(P, "35.4%", N, "pis_share", 35.4, "final", "approx", cls="pct", src=PKW),
     M(P, "196 seats", N, "pis_seats", 196, "final", src=PKW, planted=True),
     M(P, "248 seats", N, "opp_seats", 248),
     M(P, "November", D, "coalition", "2023-11"),
     M(P, "Nov. 27", D, "mora_sworn", "2023-11-27"),
     M(P, "two weeks", N, "lasted", 14, cls="dur"),
     M(P, "66", N, "age", 66, cls="age"),
     M(P, "2007", D, "t_start", "2007"),
     M(P, "2014", D, "t_end", "2014"),
     M(P, "Wednesday", D, "sworn", "2023-12-13"),
     M(P, "October", D, "election", "2023-10"),
     M(P, "74.4%", N, "turnout", 74.4, "final", "approx", cls="pct", src=PKW),
     M(P, "1989", D, "y1989", "1989"),

     M(T, "Rabu (13/12/2023)", D, "sworn", "2023-12-13"),
     M(T, "Selasa (12/12/2023)", D, "elected", "2023-12-12", planted=True),
     M(T, "248 suara", N, "tusk_ayes", 248),
     M(T, "201 suara", N, "tusk_noes", 201),
     M(T, "248 kursi", N, "opp_seats", 248),
     M(T, "460 kursi", N, "sejm", 460),
     M(T, "157 kursi", N, "ko_seats", 157, "final", src=PKW),
     M(T, "65 kursi", N, "td_seats", 65, "final", src=PKW),
     M(T, "26 kursi", N, "left_seats", 26, "final", src=PKW),
     M(T, "2015", D, "y2015", "2015"),
     M(T, "194 kursi", N, "pis_seats", 194, "final", src=PKW),
     M(T, "15 Oktober", D, "election", "2023-10-15"),
     M(T, "27 November", D, "mora_sworn", "2023-11-27"),
     M(T, "190 suara", N, "conf_ayes", 190),
     M(T, "266", N, "conf_noes", 266),
     M(T, "tujuh tahun", N, "tenure", 7, cls="dur"),
     M(T, "2007", D, "t_start", "2007"),
     M(T, "2014", D, "t_end", "2014"),
     M(T, "Oktober", D, "election", "2023-10", occ=2),
     M(T, "74,38 persen", N, "turnout", 74.38, "final", cls="pct", src=PKW),
     M(T, "1989", D, "y1989", "1989"),
    ]
    build("poland-election-2023", "Poland's parliamentary election of Sunday 15 October 2023: the Ipsos exit poll (PiS "
          "36.8%, 200 seats; Civic Coalition 31.6%, 163; Third Way 13.0%, 55; the Left 8.6%, 30; Confederation 6.2%, 12; "
          "turnout 72.9%) against the electoral commission's results of Tuesday 17 October (35.38%, 194; 30.70%, 157; "
          "14.40%, 65; 8.61%, 26; 7.16%, 18; turnout 74.38%, 57.54% by 5 p.m.), the opposition's 248 of 460 seats, "
          "231 for a majority, the referendum's 40.91%, PiS's 2019 result recalled; Morawiecki designated on 6 "
          "November and sworn in on 27 November, the Sejm's first sitting on 13 November, the confidence vote lost "
          "190-266 and Tusk elected 248-201 on Monday 11 December, sworn in on Wednesday 13 December", False, ms, names)


def rba():
    R, K, C, A = "reuters-nov07", "kontan-nov08", "cnbcindonesia-nov09", "abc-nov10"
    OLD, NEW, LOW = "2023-06", "2023-11-07", "2022-05"
    names = {
     "hike": "size of the increase (basis points)", "cash": "the RBA cash rate", "cpi_y": "annual inflation to the September quarter",
     "cpi_q": "quarterly inflation in the September quarter", "f2024": "inflation expected by the end of 2024",
     "target": "the inflation target band", "unemp": "unemployment rate in September",
     "years": "years since the cash rate was this high", "pause": "months of pause before the increase",
     "hikes": "increases since May 2022", "total": "total increase since May 2022 (basis points)",
     "loan": "the mortgage of the example", "extra": "extra monthly repayment on the example mortgage",
     "gap": "days between the decision and the statement",
     # dates
     "decision": "day of the decision", "prev": "month of the previous increase", "start": "month the increases began",
     "cpi_period": "the September quarter", "end2024": "end of 2024", "end2025": "end of 2025",
     "unemp_month": "month of the 3.6% unemployment", "bullock": "start of Bullock's term", "somp": "day of the Statement on Monetary Policy",
     "next": "day of the next board meeting", "y2011": "last time the cash rate was higher",
    }
    ms = [
     M(R, "25 basis points", N, "hike", 25, cls="bp"),
     M(R, "12-year", N, "years", 12, cls="dur"),
     M(R, "4.35%", N, "cash", 4.35, NEW, cls="pct"),
     M(R, "Tuesday", D, "decision", "2023-11-07"),
     M(R, "four-month", N, "pause", 4, cls="dur"),
     M(R, "4.10%", N, "cash", 4.10, OLD, cls="pct"),
     M(R, "June", D, "prev", "2023-06"),
     M(R, "13th", N, "hikes", 13),
     M(R, "May 2022", D, "start", "2022-05"),
     M(R, "0.10%", N, "cash", 0.10, LOW, cls="pct"),
     M(R, "5.4%", N, "cpi_y", 5.4, cls="pct"),
     M(R, "September", D, "cpi_period", "2023-09"),
     M(R, "1.2%", N, "cpi_q", 1.2, cls="pct"),
     M(R, "around 3.5%", N, "f2024", 3.5, qual="approx", cls="pct"),
     M(R, "end of 2024", D, "end2024", "2024-12"),
     M(R, "2-3%", N, "target", 2.5, cls="pct"),
     M(R, "end of 2025", D, "end2025", "2025-12"),
     M(R, "3.6%", N, "unemp", 3.6, cls="pct"),
     M(R, "September", D, "unemp_month", "2023-09", occ=2),
     M(R, "September", D, "bullock", "2023-09", occ=3),
     M(R, "Friday", D, "somp", "2023-11-10"),
     M(R, "Dec. 5", D, "next", "2023-12-05"),

     M(K, "25 basis poin", N, "hike", 25, cls="bp"),
     M(K, "4,35 persen", N, "cash", 4.35, NEW, cls="pct"),
     M(K, "Selasa (7/11/2023)", D, "decision", "2023-11-07"),
     M(K, "4,10 persen", N, "cash", 4.10, OLD, cls="pct"),
     M(K, "Juni 2023", D, "prev", "2023-06"),
     M(K, "empat bulan", N, "pause", 4, cls="dur"),
     M(K, "4,35 persen", N, "cash", 4.35, NEW, cls="pct", occ=2),
     M(K, "12 tahun", N, "years", 12, cls="dur"),
     M(K, "5,4 persen", N, "cpi_y", 5.4, cls="pct"),
     M(K, "sekitar 3,5 persen", N, "f2024", 3.5, qual="approx", cls="pct"),
     M(K, "akhir 2024", D, "end2024", "2024-12"),
     M(K, "2-3 persen", N, "target", 2.5, cls="pct"),
     M(K, "akhir 2025", D, "end2025", "2025-12"),
     M(K, "Mei 2022", D, "start", "2022-05"),
     M(K, "13 kali", N, "hikes", 13),
     M(K, "425 basis poin", N, "total", 425, cls="bp"),
     M(K, "0,10 persen", N, "cash", 0.10, LOW, cls="pct"),
     M(K, "September 2023", D, "unemp_month", "2023-09"),
     M(K, "3,6 persen", N, "unemp", 3.6, cls="pct"),

     M(C, "25 basis poin", N, "hike", 25, cls="bp"),
     M(C, "4,35 persen", N, "cash", 4.35, NEW, cls="pct"),
     M(C, "Selasa (7/11/2023)", D, "decision", "2023-11-07"),
     M(C, "ke-13", N, "hikes", 13),
     M(C, "Mei 2022", D, "start", "2022-05"),
     M(C, "0,10 persen", N, "cash", 0.10, LOW, cls="pct"),
     M(C, "500.000 dolar Australia", N, "loan", 500000, cls="money"),
     M(C, "sekitar 80 dolar Australia", N, "extra", 80, qual="approx", cls="money"),
     M(C, "18 September 2023", D, "bullock", "2023-09-18"),
     M(C, "5,4 persen", N, "cpi_y", 5.4, cls="pct"),
     M(C, "2-3 persen", N, "target", 2.5, cls="pct"),
     M(C, "akhir 2025", D, "end2025", "2025-12"),
     M(C, "Jumat (10/11/2023)", D, "somp", "2023-11-10"),
     M(C, "5 Desember 2023", D, "next", "2023-12-05"),
     M(C, "Juni 2023", D, "prev", "2023-06"),
     M(C, "4,10 persen", N, "cash", 4.10, OLD, cls="pct"),

     M(A, "Friday", D, "somp", "2023-11-10"),
     M(A, "three days", N, "gap", 3, cls="dur"),
     M(A, "4.35%", N, "cash", 4.35, NEW, cls="pct"),
     M(A, "25 basis point", N, "hike", 25, cls="bp"),
     M(A, "Tuesday", D, "decision", "2023-11-07"),
     M(A, "4.10%", N, "cash", 4.10, OLD, cls="pct"),
     M(A, "late 2011", D, "y2011", "2011"),
     M(A, "5.4%", N, "cpi_y", 5.4, cls="pct"),
     M(A, "September", D, "cpi_period", "2023-09"),
     M(A, "around 3.5%", N, "f2024", 3.5, qual="approx", cls="pct"),
     M(A, "end of 2024", D, "end2024", "2024-12"),
     M(A, "2 to 3%", N, "target", 2.5, cls="pct"),
     M(A, "end of 2025", D, "end2025", "2025-12"),
     M(A, "$500,000", N, "loan", 500000, cls="money"),
     M(A, "about $80", N, "extra", 80, qual="approx", cls="money"),
     M(A, "13th", N, "hikes", 13),
     M(A, "May 2022", D, "start", "2022-05"),
     M(A, "4.25 percentage points", N, "total", 425, qual="unit", cls="bp"),
     M(A, "September", D, "bullock", "2023-09", occ=2),
     M(A, "December 5", D, "next", "2023-12-05"),
    ]
    build("rba-rate-2023", "The Reserve Bank of Australia's decision of Tuesday 7 November 2023 (control): the cash rate "
          "raised 25 basis points from 4.10% to 4.35%, a 12-year high, the first increase since June and the 13th since "
          "May 2022 (from 0.10%, 425 basis points in all), after four months of pause; inflation 5.4% a year and 1.2% "
          "in the September quarter, expected around 3.5% by the end of 2024 and at the top of the 2-3% band by the end "
          "of 2025; unemployment 3.6% in September; Governor Bullock in office since September; the Statement on "
          "Monetary Policy on Friday 10 November and the next meeting on 5 December. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    wenchuan()
    poland()
    rba()
