"""The four-hundred-and-fifty-fourth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset454/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def collapse():
    R, K, A, P = "reuters-apr27", "kompas-apr28", "antara-apr29", "ap-may26"
    # as-of times of the running tallies: Thursday 27 April 2017 at 18:00 (at least 4 dead, about 20 injured), at
    # 23:00 (9 dead, 24 injured), Friday 28 April (17 dead), Saturday 29 April when the search ended (21 dead; the
    # injured revised down to 22 after two were listed twice: a revision). The workers inside: some 40 by the fire
    # service against 25 by the developer (sources). The dead do not fall.
    THU18, THU23, FRI, SAT = "2017-04-27T18:00", "2017-04-27T23:00", "2017-04-28", "2017-04-29"
    FIRE, DEV = "the city's fire service", "the developer"
    names = {
     "dead": "people killed by the collapse", "injured": "people injured", "inside": "workers inside the building",
     "floors": "floors of the building", "rescuers": "rescuers sent by the disaster agency",
     # dates
     "collapse": "day of the collapse", "mayor_thu": "day the mayor spoke of the licence",
     "count_thu": "day of the count of 9", "count_fri": "day of the count of 17", "search_end": "day the search ended",
     "prosec_sat": "day the prosecutors spoke of the officials", "mayor_tue": "day the mayor spoke of suspensions",
    }
    ms = [
     M(R, "six floors", N, "floors", 6, cls="floors"),
     M(R, "Thursday", D, "collapse", "2017-04-27"),
     M(R, "at least four people", N, "dead", 4, THU18, qual="atleast"),
     M(R, "some 40 workers", N, "inside", 40, qual="approx", src=FIRE),
     M(R, "About 20 people", N, "injured", 20, THU18, qual="approx"),
     M(R, "Thursday", D, "mayor_thu", "2017-04-27", occ=2),

     M(K, "17 orang", N, "dead", 17, FRI),
     M(K, "Jumat (28/4/2017)", D, "count_fri", "2017-04-28"),
     M(K, "lima lantai", N, "floors", 5, cls="floors", planted=True),
     M(K, "Kamis (27/4/2017)", D, "collapse", "2017-04-27"),
     M(K, "Kamis", D, "count_thu", "2017-04-27", occ=2),
     M(K, "9 jenazah", N, "dead", 9, THU23),
     M(K, "24 orang", N, "injured", 24, THU23),
     M(K, "lebih dari 100 petugas", N, "rescuers", 100, qual="morethan"),

     M(A, "Sabtu (29/4/2017)", D, "search_end", "2017-04-29"),
     M(A, "21 orang", N, "dead", 21, SAT),
     M(A, "22 orang", N, "injured", 22, SAT),
     M(A, "24 orang", N, "injured", 24, THU23),
     M(A, "Jumat (28/4/2017)", D, "count_fri", "2017-04-28"),
     M(A, "17 orang", N, "dead", 17, FRI),
     M(A, "enam lantai", N, "floors", 6, cls="floors"),
     M(A, "Kamis (27/4/2017)", D, "collapse", "2017-04-27"),
     M(A, "25 pekerja", N, "inside", 25, src=DEV),
     M(A, "Sabtu", D, "prosec_sat", "2017-04-29", occ=2),

     M(P, "six floors", N, "floors", 6, cls="floors"),
     M(P, "April 27", D, "collapse", "2017-04-27"),
     M(P, "21 people", N, "dead", 21, SAT),
     M(P, "22", N, "injured", 22, SAT),
     M(P, "Saturday, April 29", D, "search_end", "2017-04-29"),
     M(P, "nine bodies", N, "dead", 9, THU23),
     M(P, "71", N, "dead", 71, FRI, planted=True),
     M(P, "around 40 people", N, "inside", 40, qual="approx", src=FIRE),
     M(P, "Thursday", D, "count_thu", "2017-04-27"),
     M(P, "Friday", D, "count_fri", "2017-04-28"),
     M(P, "Tuesday", D, "mayor_tue", "2017-05-23"),
    ]
    build("cartagena-collapse-2017", "The collapse of a six-floor apartment block under construction in the Blas de "
          "Lezo district of Cartagena, Colombia, around midday on Thursday 27 April 2017: the toll rising from at "
          "least 4 on the Thursday evening and 9 by 23:00 to 17 on Friday 28 April and 21 when the search ended on "
          "Saturday 29 April; the injured about 20, then 24, revised down to 22 after two were listed twice; some 40 "
          "workers inside by the fire service against 25 by the developer (sources); the mayor Manolo Duque's "
          "remarks on the missing licence", False, ms, names)


def trial():
    R, K, T, A = "reuters-jul28", "kompas-aug02", "tempo-aug20", "antara-oct22"
    # steps on different dates: the house arrest ordered by the Supreme Court (4 August 2020), the verdict (Monday 28
    # July 2025) and the defence's word on appeal the same day (not_conflict), the sentence (Friday 1 August 2025),
    # the release pending appeal (Tuesday 19 August), the conviction overturned (Tuesday 21 October 2025); the case's
    # start in 2012. Tempting pairs of one unit: 12 years of house arrest against the 73 years of age (different
    # classes, no pair); the fine in minimum wages, the ban in months.
    names = {
     "age": "Uribe's age (years)", "hours": "hours the verdict took to read", "sentence": "years of house arrest",
     "fine": "fine (monthly minimum wages)", "ban": "months barred from public office",
     "fine_peso": "fine (pesos)",
     # dates
     "verdict": "day of the guilty verdict", "appeal_said": "day the defence said it would appeal",
     "sentence_day": "day of the sentence", "house_arrest": "day the Supreme Court ordered house arrest",
     "release": "day of the release pending appeal", "overturn": "day the conviction was overturned",
     "began": "year the case began", "term_start": "year Uribe took office", "term_end": "year Uribe left office", "ruling_2018": "year the Supreme Court turned the case",
    }
    ms = [
     M(R, "Monday", D, "verdict", "2025-07-28"),
     M(R, "about 10 hours", N, "hours", 10, qual="approx", cls="hrs"),
     M(R, "73", N, "age", 73, cls="age"),
     M(R, "Monday", D, "appeal_said", "2025-07-28", occ=2),
     M(R, "Friday, Aug. 1", D, "sentence_day", "2025-08-01"),
     M(R, "2002", D, "term_start", "2002"),
     M(R, "2010", D, "term_end", "2010"),
     M(R, "2012", D, "began", "2012"),
     M(R, "2018", D, "ruling_2018", "2018"),
     M(R, "Aug. 4, 2020", D, "house_arrest", "2020-08-04"),

     M(K, "12 tahun tahanan rumah", N, "sentence", 12, cls="yrs"),
     M(K, "Jumat (1/8/2025)", D, "sentence_day", "2025-08-01"),
     M(K, "73", N, "age", 73, cls="age"),
     M(K, "2.420 kali gaji minimum", N, "fine", 2420, cls="wages"),
     M(K, "100 bulan", N, "ban", 100, cls="months"),
     M(K, "Senin (28/7/2025)", D, "verdict", "2025-07-28"),
     M(K, "2002", D, "term_start", "2002"),
     M(K, "2010", D, "term_end", "2010"),

     M(T, "Selasa (19/8/2025)", D, "release", "2025-08-19"),
     M(T, "12 tahun tahanan rumah", N, "sentence", 12, cls="yrs"),
     M(T, "Jumat (1/8/2025)", D, "sentence_day", "2025-08-01"),
     M(T, "2.240 kali gaji minimum", N, "fine", 2240, cls="wages", planted=True),
     M(T, "73 tahun", N, "age", 73, cls="age"),
     M(T, "2012", D, "began", "2012"),

     M(A, "Selasa (21/10/2025)", D, "overturn", "2025-10-21"),
     M(A, "Senin (28/7/2025)", D, "verdict", "2025-07-28"),
     M(A, "12 tahun tahanan rumah", N, "sentence", 12, cls="yrs"),
     M(A, "Kamis (31/7/2025)", D, "sentence_day", "2025-07-31", planted=True),
     M(A, "73 tahun", N, "age", 73, cls="age"),
     M(A, "2012", D, "began", "2012"),
     M(A, "4 Agustus 2020", D, "house_arrest", "2020-08-04"),
    ]
    build("uribe-trial-2025", "The trial of the former Colombian president Alvaro Uribe (73) for bribing a witness "
          "and procedural fraud: found guilty by Judge Sandra Liliana Heredia in Bogota on Monday 28 July 2025 (the "
          "first former president convicted), sentenced on Friday 1 August 2025 to 12 years of house arrest, a fine of "
          "2,420 monthly minimum wages and 100 months barred from office; released pending appeal on Tuesday 19 August "
          "and acquitted on appeal by the Bogota High Court on Tuesday 21 October 2025; the case began in 2012 and "
          "the Supreme Court ordered his house arrest on 4 August 2020", False, ms, names)


def wage():
    R, K, B, T = "reuters-dec15", "kompas-dec16", "bloomberg-dec18", "tempo-jan02"
    names = {
     "wage": "minimum wage from 2023 (pesos a month)", "wage_old": "minimum wage in 2022 (pesos a month)",
     "wage_pct": "rise of the minimum wage (%)", "transport": "transport allowance from 2023 (pesos)",
     "transport_old": "transport allowance in 2022 (pesos)", "transport_pct": "rise of the transport allowance (%)",
     "total": "minimum wage and allowance together (pesos)", "inflation": "annual inflation in November 2022 (%)",
     # dates
     "announce": "day of the announcement", "effective": "day the new wage took effect",
    }
    ms = [
     M(R, "16 percent", N, "wage_pct", 16, cls="pct"),
     M(R, "1,160,000 pesos", N, "wage", 1160000, cls="peso"),
     M(R, "Thursday", D, "announce", "2022-12-15"),
     M(R, "1,000,000 pesos", N, "wage_old", 1000000, cls="peso"),
     M(R, "20 percent", N, "transport_pct", 20, cls="pct"),
     M(R, "140,606 pesos", N, "transport", 140606, cls="peso"),
     M(R, "117,172 pesos", N, "transport_old", 117172, cls="peso"),
     M(R, "1,300,606 pesos", N, "total", 1300606, cls="peso"),
     M(R, "12.53 percent", N, "inflation", 12.53, cls="pct"),
     M(R, "Jan. 1, 2023", D, "effective", "2023-01-01"),

     M(K, "16 persen", N, "wage_pct", 16, cls="pct"),
     M(K, "1.160.000 peso", N, "wage", 1160000, cls="peso"),
     M(K, "1 Januari 2023", D, "effective", "2023-01-01"),
     M(K, "Kamis (15/12/2022)", D, "announce", "2022-12-15"),
     M(K, "1 juta peso", N, "wage_old", 1000000, cls="peso"),
     M(K, "20 persen", N, "transport_pct", 20, cls="pct"),
     M(K, "117.172 peso", N, "transport_old", 117172, cls="peso"),
     M(K, "140.606 peso", N, "transport", 140606, cls="peso"),
     M(K, "1.300.606 peso", N, "total", 1300606, cls="peso"),
     M(K, "12,53 persen", N, "inflation", 12.53, cls="pct"),

     M(B, "1.16 million pesos", N, "wage", 1160000, cls="peso"),
     M(B, "16%", N, "wage_pct", 16, cls="pct"),
     M(B, "Thursday, Dec. 15", D, "announce", "2022-12-15"),
     M(B, "20%", N, "transport_pct", 20, cls="pct"),
     M(B, "140,606 pesos", N, "transport", 140606, cls="peso"),
     M(B, "1,300,606 pesos", N, "total", 1300606, cls="peso"),
     M(B, "1 million pesos", N, "wage_old", 1000000, cls="peso"),
     M(B, "117,172 pesos", N, "transport_old", 117172, cls="peso"),
     M(B, "12.53%", N, "inflation", 12.53, cls="pct"),
     M(B, "Jan. 1", D, "effective", "2023-01-01"),

     M(T, "1.160.000 peso", N, "wage", 1160000, cls="peso"),
     M(T, "Minggu (1/1/2023)", D, "effective", "2023-01-01"),
     M(T, "16 persen", N, "wage_pct", 16, cls="pct"),
     M(T, "1.000.000 peso", N, "wage_old", 1000000, cls="peso"),
     M(T, "Kamis (15/12/2022)", D, "announce", "2022-12-15"),
     M(T, "20 persen", N, "transport_pct", 20, cls="pct"),
     M(T, "140.606 peso", N, "transport", 140606, cls="peso"),
     M(T, "1.300.606 peso", N, "total", 1300606, cls="peso"),
     M(T, "12,53 persen", N, "inflation", 12.53, cls="pct"),
    ]
    build("colombia-wage-2023", "Colombia's minimum wage for 2023, agreed by the government, unions and employers and "
          "announced on Thursday 15 December 2022 (control): up 16% from 1,000,000 to 1,160,000 pesos a month, the "
          "transport allowance up 20% from 117,172 to 140,606 pesos, 1,300,606 pesos in all, in force from Sunday 1 "
          "January 2023, against annual inflation of 12.53% in November 2022. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    collapse()
    trial()
    wage()
