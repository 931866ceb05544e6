"""The hundred-and-sixty-fifth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset165/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def bus():
    A, R, K, L = "detik-oct01", "reuters-oct02", "kompas-oct03", "reuters-nov01"
    # as-of times of the running tallies: Tuesday 1 October 2024 afternoon (the transport minister's feared toll of
    # 25), Tuesday night (the police forensic chief's confirmed 23: 20 students and three teachers, a downward
    # revision), Wednesday 2 October (three survivors still in hospital). The dead do not fall: 23 after 25 is a
    # revision. Figures recalled a month on (reuters-nov01) keep their as-of times. The people on board, those who got
    # out, the gas cylinders and the bus's age do not change with the day of the report.
    T1, T2, WED = "2024-10-01a", "2024-10-01b", "2024-10-02"
    # the toll repeated without a time of its own stands as of the report: the bodies' return on Wednesday night
    # (kompas-oct03) and the publication day a month on (reuters-nov01): updates of the same 23.
    WEDN, NOV01 = "2024-10-02b", "2024-11-01"
    # the people on board: 44 (38 students, six teachers) by the provincial authorities' count as the Thai reports gave
    # it, 45 (39 students, six teachers) as the police count was reported: two sources (sources).
    PROV, POLICE = "the Uthai Thani provincial authorities", "the police"
    names = {
     "onboard": "people on board", "students_on": "students on board", "teachers_on": "teachers on board",
     "buses": "buses in the convoy", "dead": "people killed", "dead_students": "students killed",
     "dead_teachers": "teachers killed", "escaped": "people who got out", "esc_students": "students who got out",
     "esc_teachers": "teachers who got out", "hospital": "survivors still in hospital",
     "cylinders": "gas cylinders fitted", "registered": "gas cylinders registered",
     "unregistered": "gas cylinders not registered", "age": "the bus's age (years)",
     # dates
     "fire": "day of the fire", "asof_first": "day of the minister's feared toll",
     "asof_confirm": "day the toll of 23 was confirmed", "surrender": "day the driver surrendered",
     "asof_hosp": "day of the hospital count (the police news conference)", "dna": "day relatives gave DNA samples",
     "return": "day the bodies came home", "funerals": "day the funeral rites began",
    }
    ms = [
     M(A, "Selasa (1/10/2024)", D, "fire", "2024-10-01"),
     M(A, "44 orang", N, "onboard", 44, src=PROV),
     M(A, "38 siswa", N, "students_on", 38, src=PROV),
     M(A, "enam guru", N, "teachers_on", 6, src=PROV),
     M(A, "tiga bus", N, "buses", 3),
     M(A, "Selasa sore", D, "asof_first", "2024-10-01"),
     M(A, "25 orang", N, "dead", 25, T1),
     M(A, "19 penumpang", N, "escaped", 19),
     M(A, "16 siswa", N, "esc_students", 16),
     M(A, "tiga guru", N, "esc_teachers", 3),

     M(R, "Twenty-three people", N, "dead", 23, T2),
     M(R, "20 children", N, "dead_students", 20, T2),
     M(R, "three teachers", N, "dead_teachers", 3, T2),
     M(R, "Tuesday", D, "fire", "2024-10-01"),
     M(R, "Tuesday", D, "asof_confirm", "2024-10-01", occ=2),
     M(R, "25 people", N, "dead", 25, T1),
     M(R, "45 people", N, "onboard", 45, src=POLICE),
     M(R, "39 students", N, "students_on", 39, src=POLICE),
     M(R, "six teachers", N, "teachers_on", 6, src=POLICE),
     M(R, "Three of the survivors", N, "hospital", 3, WED),
     M(R, "Wednesday", D, "asof_hosp", "2024-10-02"),
     M(R, "11 natural gas cylinders", N, "cylinders", 11),
     M(R, "only six", N, "registered", 6),
     M(R, "Tuesday evening", D, "surrender", "2024-10-01"),
     M(R, "Wednesday", D, "dna", "2024-10-02", occ=2),

     M(K, "23 korban", N, "dead", 23, WEDN),
     M(K, "Rabu (2/10/2024)", D, "return", "2024-10-02"),
     M(K, "20 siswa", N, "dead_students", 20, WEDN),
     M(K, "tiga guru", N, "dead_teachers", 3, WEDN),
     M(K, "Senin (30/9/2024)", D, "fire", "2024-09-30", planted=True),
     M(K, "44 orang", N, "onboard", 44, src=PROV),
     M(K, "19 orang", N, "escaped", 19),
     M(K, "Tiga korban selamat", N, "hospital", 3, WED),
     M(K, "Rabu malam", D, "asof_hosp", "2024-10-02"),
     M(K, "11 tabung gas", N, "cylinders", 11),
     M(K, "enam tabung", N, "registered", 6),
     M(K, "Lima tabung", N, "unregistered", 5),
     M(K, "Selasa malam", D, "surrender", "2024-10-01"),
     M(K, "Kamis (3/10/2024)", D, "funerals", "2024-10-03"),

     M(L, "23 people", N, "dead", 23, NOV01),
     M(L, "Oct. 1", D, "fire", "2024-10-01"),
     M(L, "20 students", N, "dead_students", 20, NOV01),
     M(L, "three teachers", N, "dead_teachers", 3, NOV01),
     M(L, "Forty-four people", N, "onboard", 44, src=PROV),
     M(L, "19 of them", N, "escaped", 19),
     M(L, "25", N, "dead", 25, T1),
     M(L, "23", N, "dead", 23, T2, occ=2),
     M(L, "11 gas cylinders", N, "cylinders", 11),
     M(L, "five more", N, "unregistered", 5),
     M(L, "six", N, "registered", 6),
     M(L, "more than 50 years old", N, "age", 50, qual="morethan", cls="age"),
    ]
    build("uthai-bus-fire-2024", "The school bus fire on Vibhavadi Rangsit Road, Pathum Thani, north of Bangkok (Tuesday "
          "1 October 2024, about 12.30 local time): a gas-powered bus carrying 44 people (38 students and six teachers "
          "of a school in Lan Sak, Uthai Thani) on a field trip; 25 feared dead by the transport minister on Tuesday "
          "afternoon, revised down to 23 confirmed by police forensics that night (20 students, three teachers); 19 got "
          "out (16 students, three teachers), three still in hospital on Wednesday 2 October; 11 gas cylinders fitted, "
          "six registered; the driver surrendered on Tuesday evening; the bodies home on Wednesday 2 October, funeral "
          "rites from Thursday 3 October; recalled a month on", False, ms, names)


def pm():
    K, R, T, L = "kompas-aug14", "reuters-aug16", "detik-aug18", "reuters-sep06"
    # the court's ruling (Wednesday 14 August 2024, 5-4), the party's nomination (Thursday 15 August), the House vote
    # (Friday 16 August: 319 for, 145 against, 27 abstentions), the king's endorsement (Sunday 18 August) and the
    # cabinet's swearing-in (Friday 6 September) are different events; none of the figures is a running tally.
    names = {
     "court_for": "judges for removal", "court_against": "judges against removal", "judges": "judges of the court",
     "jail": "Pichit's jail term (years)", "bribe": "the attempted bribe (baht)", "senators": "senators who petitioned",
     "tenure": "Srettha's time in office (years)", "window": "years over which four PMs were removed",
     "banned": "opposition leaders banned", "ban": "length of the ban (years)",
     "ayes": "votes for Paetongtarn", "noes": "votes against Paetongtarn", "abst": "abstentions",
     "house": "members of the lower house", "age": "Paetongtarn's age",
     # dates
     "ruling": "day of the court's ruling", "jailed": "year Pichit was jailed", "took_office": "day Srettha took office",
     "dissolution": "day the court dissolved the opposition party", "vote": "day of the House vote",
     "nomination": "day the party named its candidate", "coup1": "year of the coup against Thaksin",
     "coup2": "year of the coup against Yingluck", "endorse": "day of the king's endorsement",
     "sworn": "day the cabinet was sworn in",
    }
    ms = [
     M(K, "Rabu (14/8/2024)", D, "ruling", "2024-08-14"),
     M(K, "lima banding empat", N, "court_for", 5, also={"court_against": 4}),
     M(K, "sembilan hakim", N, "judges", 9),
     M(K, "enam bulan", N, "jail", 0.5, cls="dur"),
     M(K, "2008", D, "jailed", "2008"),
     M(K, "2 juta baht", N, "bribe", 2000000, cls="baht"),
     M(K, "40 mantan senator", N, "senators", 40),
     M(K, "22 Agustus 2023", D, "took_office", "2023-08-22"),
     M(K, "satu tahun", N, "tenure", 1, qual="nearly", cls="dur"),
     M(K, "16 tahun", N, "window", 16, cls="dur"),
     M(K, "Rabu (7/8/2024)", D, "dissolution", "2024-08-07"),
     M(K, "11 pengurusnya", N, "banned", 11),
     M(K, "10 tahun", N, "ban", 10, cls="dur"),

     M(R, "Friday", D, "vote", "2024-08-16"),
     M(R, "319 lawmakers", N, "ayes", 319),
     M(R, "145 against", N, "noes", 145),
     M(R, "27 abstaining", N, "abst", 27),
     M(R, "37", N, "age", 37, cls="age"),
     M(R, "Thursday", D, "nomination", "2024-08-15"),
     M(R, "493 members", N, "house", 493),
     M(R, "Wednesday", D, "ruling", "2024-08-14"),
     M(R, "5-4", N, "court_for", 5, also={"court_against": 4}),
     M(R, "2006", D, "coup1", "2006"),
     M(R, "2014", D, "coup2", "2014"),

     M(T, "Minggu (18/8/2024)", D, "endorse", "2024-08-18"),
     M(T, "Kamis (15/8/2024)", D, "vote", "2024-08-15", planted=True),
     M(T, "319 suara", N, "ayes", 319),
     M(T, "145 anggota parlemen", N, "noes", 145),
     M(T, "27 lainnya", N, "abst", 27),
     M(T, "37 tahun", N, "age", 37, cls="age"),
     M(T, "Rabu (14/8/2024)", D, "ruling", "2024-08-14"),

     M(L, "Friday", D, "sworn", "2024-09-06"),
     M(L, "Aug. 16", D, "vote", "2024-08-16"),
     M(L, "391 votes", N, "ayes", 391, planted=True),
     M(L, "145 who opposed her", N, "noes", 145),
     M(L, "Aug. 18", D, "endorse", "2024-08-18"),
     M(L, "Aug. 14", D, "ruling", "2024-08-14"),
     M(L, "5-4", N, "court_for", 5, also={"court_against": 4}),
     M(L, "Aug. 22", D, "took_office", "2023-08-22"),
     M(L, "less than a year", N, "tenure", 1, qual="nearly", cls="dur"),
     M(L, "37", N, "age", 37, cls="age"),
     M(L, "40 former senators", N, "senators", 40),
    ]
    build("srettha-paetongtarn-2024", "Thailand's change of prime minister in two bodies: the Constitutional Court's "
          "removal of Srettha Thavisin (Wednesday 14 August 2024, 5-4, for appointing Pichit Chuenban, jailed six "
          "months in 2008), the House's election of Paetongtarn Shinawatra (Friday 16 August 2024: 319 for, 145 "
          "against, 27 abstentions, after her party named her on Thursday 15 August), the king's endorsement (Sunday "
          "18 August) and the cabinet's swearing-in (Friday 6 September)", False, ms, names)


def budget():
    R, A, K, S = "reuters-oct18", "antara-oct19", "kontan-oct20", "thestar-oct21"
    names = {
     "total": "the budget's total (RM bn)", "opex": "operating expenditure (RM bn)",
     "devex": "development expenditure (RM bn)", "deficit25": "the 2025 deficit target (% of GDP)",
     "deficit24": "the 2024 deficit estimate (% of GDP)", "g25": "growth forecast for 2025 (lower bound)",
     "g24": "growth forecast for 2024 (lower bound)", "subsidies": "subsidies and social assistance (RM bn)",
     "subcut": "the fall in subsidies (%)", "top": "share of petrol users left out (%)",
     "saving": "yearly saving from targeted petrol subsidies (RM bn)", "wage": "the new wage floor (RM)",
     "prevwage": "the wage floor before (RM)", "cash": "cash aid in 2025 (RM bn)", "prevcash": "cash aid in 2024 (RM bn)",
     "divtax": "the dividend tax rate (%)", "threshold": "the dividend tax threshold (RM)",
     # dates
     "budget": "day the budget was tabled", "ron95": "start of targeted petrol subsidies",
     "wage_start": "day the new wage floor starts", "sst": "day the wider sales and services tax starts",
     "trading": "the trading day the ringgit closed stable",
    }
    ms = [
     M(R, "Friday", D, "budget", "2024-10-18"),
     M(R, "421 billion ringgit", N, "total", 421, cls="rm"),
     M(R, "335 billion ringgit", N, "opex", 335, cls="rm"),
     M(R, "86 billion ringgit", N, "devex", 86, cls="rm"),
     M(R, "3.8%", N, "deficit25", 3.8, cls="pct"),
     M(R, "4.3%", N, "deficit24", 4.3, cls="pct"),
     M(R, "4.5% to 5.5%", N, "g25", 4.5, cls="pct"),
     M(R, "4.8% to 5.3%", N, "g24", 4.8, cls="pct"),
     M(R, "52.6 billion ringgit", N, "subsidies", 52.6, cls="rm"),
     M(R, "14.4%", N, "subcut", 14.4, cls="pct"),
     M(R, "the middle of 2025", D, "ron95", "2025-mid"),
     M(R, "15%", N, "top", 15, cls="pct"),
     M(R, "about 8 billion ringgit", N, "saving", 8, qual="approx", cls="rm"),
     M(R, "1,700 ringgit", N, "wage", 1700, cls="rm"),
     M(R, "1,500 ringgit", N, "prevwage", 1500, cls="rm"),
     M(R, "Feb. 1", D, "wage_start", "2025-02-01"),
     M(R, "13 billion ringgit", N, "cash", 13, cls="rm"),
     M(R, "10 billion ringgit", N, "prevcash", 10, cls="rm"),
     M(R, "2%", N, "divtax", 2, cls="pct"),
     M(R, "100,000 ringgit", N, "threshold", 100000, cls="rm"),
     M(R, "May 1", D, "sst", "2025-05-01"),

     M(A, "RM421 miliar", N, "total", 421, cls="rm"),
     M(A, "Jumat (18/10/2024)", D, "budget", "2024-10-18"),
     M(A, "RM335 miliar", N, "opex", 335, cls="rm"),
     M(A, "RM86 miliar", N, "devex", 86, cls="rm"),
     M(A, "3,8 persen", N, "deficit25", 3.8, cls="pct"),
     M(A, "4,3 persen", N, "deficit24", 4.3, cls="pct"),
     M(A, "4,5-5,5 persen", N, "g25", 4.5, cls="pct"),
     M(A, "4,8-5,3 persen", N, "g24", 4.8, cls="pct"),
     M(A, "RM1.700", N, "wage", 1700, cls="rm"),
     M(A, "RM1.500", N, "prevwage", 1500, cls="rm"),
     M(A, "1 Februari 2025", D, "wage_start", "2025-02-01"),
     M(A, "RM52,6 miliar", N, "subsidies", 52.6, cls="rm"),
     M(A, "14,4 persen", N, "subcut", 14.4, cls="pct"),
     M(A, "pertengahan 2025", D, "ron95", "2025-mid"),
     M(A, "15 persen", N, "top", 15, cls="pct"),
     M(A, "sekitar RM8 miliar", N, "saving", 8, qual="approx", cls="rm"),
     M(A, "RM13 miliar", N, "cash", 13, cls="rm"),
     M(A, "RM10 miliar", N, "prevcash", 10, cls="rm"),
     M(A, "1 Mei 2025", D, "sst", "2025-05-01"),

     M(K, "3,8%", N, "deficit25", 3.8, cls="pct"),
     M(K, "4,3%", N, "deficit24", 4.3, cls="pct"),
     M(K, "Jumat (18/10/2024)", D, "budget", "2024-10-18"),
     M(K, "RM421 miliar", N, "total", 421, cls="rm"),
     M(K, "RM335 miliar", N, "opex", 335, cls="rm"),
     M(K, "RM86 miliar", N, "devex", 86, cls="rm"),
     M(K, "4,5%-5,5%", N, "g25", 4.5, cls="pct"),
     M(K, "4,8%-5,3%", N, "g24", 4.8, cls="pct"),
     M(K, "2%", N, "divtax", 2, cls="pct"),
     M(K, "RM100.000", N, "threshold", 100000, cls="rm"),
     M(K, "1 Mei 2025", D, "sst", "2025-05-01"),
     M(K, "RM52,6 miliar", N, "subsidies", 52.6, cls="rm"),
     M(K, "14,4%", N, "subcut", 14.4, cls="pct"),
     M(K, "pertengahan 2025", D, "ron95", "2025-mid"),
     M(K, "15%", N, "top", 15, cls="pct"),
     M(K, "sekitar RM8 miliar", N, "saving", 8, qual="approx", cls="rm"),
     M(K, "RM1.700", N, "wage", 1700, cls="rm"),
     M(K, "RM1.500", N, "prevwage", 1500, cls="rm"),
     M(K, "1 Februari 2025", D, "wage_start", "2025-02-01"),
     M(K, "Jumat", D, "trading", "2024-10-18", occ=2),

     M(S, "RM421bn", N, "total", 421, cls="rm"),
     M(S, "Friday, Oct 18", D, "budget", "2024-10-18"),
     M(S, "RM335bn", N, "opex", 335, cls="rm"),
     M(S, "RM86bn", N, "devex", 86, cls="rm"),
     M(S, "3.8%", N, "deficit25", 3.8, cls="pct"),
     M(S, "4.3%", N, "deficit24", 4.3, cls="pct"),
     M(S, "4.5% to 5.5%", N, "g25", 4.5, cls="pct"),
     M(S, "4.8% to 5.3%", N, "g24", 4.8, cls="pct"),
     M(S, "RM1,700", N, "wage", 1700, cls="rm"),
     M(S, "RM1,500", N, "prevwage", 1500, cls="rm"),
     M(S, "Feb 1, 2025", D, "wage_start", "2025-02-01"),
     M(S, "mid-2025", D, "ron95", "2025-mid"),
     M(S, "15%", N, "top", 15, cls="pct"),
     M(S, "about RM8bn", N, "saving", 8, qual="approx", cls="rm"),
     M(S, "RM52.6bn", N, "subsidies", 52.6, cls="rm"),
     M(S, "14.4%", N, "subcut", 14.4, cls="pct"),
     M(S, "RM13bn", N, "cash", 13, cls="rm"),
     M(S, "RM10bn", N, "prevcash", 10, cls="rm"),
     M(S, "RM100,000", N, "threshold", 100000, cls="rm"),
     M(S, "2%", N, "divtax", 2, cls="pct"),
     M(S, "May 1, 2025", D, "sst", "2025-05-01"),
    ]
    build("malaysia-budget-2025", "Malaysia's Budget 2025 (control), tabled on Friday 18 October 2024: RM421 billion "
          "(RM335 billion operating, RM86 billion development), the deficit to 3.8% of GDP in 2025 from an estimated "
          "4.3% in 2024, growth forecast 4.5-5.5% for 2025 after 4.8-5.3% in 2024, subsidies and social assistance "
          "RM52.6 billion (down 14.4%), targeted RON95 subsidies from mid-2025 leaving out the top 15% and saving about "
          "RM8 billion, the wage floor to RM1,700 from RM1,500 from 1 February 2025, cash aid RM13 billion from RM10 "
          "billion, a 2% tax on dividends above RM100,000, the wider sales and services tax from 1 May 2025. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    bus()
    pm()
    budget()
