"""The four-hundred-and-fourth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset404/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def sknyliv():
    R, K, T, A = "reuters-jul27", "kompas-jul29", "tempo-jul31", "ap-jun24-2005"
    # as-of times of the running tallies: Saturday 27 July 2002 in the evening (at least 62 dead, more than 100 in
    # hospital), Sunday 28 July at 18:00 (83 dead by the emergencies ministry against 81 by the Lviv regional health
    # department: sources; 156 in hospital), Tuesday 30 July (76 after bodies counted twice: a revision; 115 in
    # hospital), and the final toll recalled at the verdict of Friday 24 June 2005 (77). The dead do not fall; the
    # people in hospital may (patients sent home). The crowd, the anniversary and the sentences do not change.
    SAT, SUN, TUE, FINAL = "2002-07-27", "2002-07-28", "2002-07-30", "2005-06-24"
    MIN, HEALTH = "the emergencies ministry", "the Lviv regional health department"
    names = {
     "dead": "people killed by the crash", "hosp": "people in hospital", "spectators": "spectators at the show",
     "injured": "people injured in all", "children": "children among the dead", "anniv": "anniversary marked (years)",
     "corps": "number of the air corps", "crash_time": "time of the crash (hours)",
     "sent_top": "sentence of the pilot (years)", "sent_yeg": "sentence of the co-pilot (years)",
     # dates
     "crash": "day of the crash", "count_sat": "day of the first count (62)", "count_sun": "day of the count of 83",
     "count_tue": "day of the revised count of 76", "funeral": "day of the funerals",
     "dismissal": "day the air force commander was dismissed", "verdict": "day of the verdict",
     "airliner": "month a missile downed a Russian airliner",
    }
    ms = [
     M(R, "Saturday", D, "crash", "2002-07-27"),
     M(R, "at least 62 people", N, "dead", 62, SAT, qual="atleast"),
     M(R, "More than 100 people", N, "hosp", 100, SAT, qual="morethan", fall=True),
     M(R, "shortly before 1 p.m.", N, "crash_time", 13, qual="nearly", cls="clock"),
     M(R, "About 10,000 people", N, "spectators", 10000, qual="approx"),
     M(R, "60th anniversary", N, "anniv", 60, cls="ord"),
     M(R, "14th corps", N, "corps", 14, cls="corpsno"),
     M(R, "October 2001", D, "airliner", "2001-10"),

     M(K, "83 orang", N, "dead", 83, SUN, src=MIN),
     M(K, "Minggu (28/7/2002)", D, "count_sun", "2002-07-28"),
     M(K, "81 korban", N, "dead", 81, SUN, src=HEALTH),
     M(K, "156 orang", N, "hosp", 156, SUN, fall=True),
     M(K, "Sabtu (27/7/2002)", D, "crash", "2002-07-27"),
     M(K, "sekitar pukul 12.50", N, "crash_time", 12.83, qual="approx", cls="clock"),
     M(K, "Sabtu", D, "count_sat", "2002-07-27", occ=2),
     M(K, "sedikitnya 62 korban", N, "dead", 62, SAT, qual="atleast"),
     M(K, "Sekitar 10.000 orang", N, "spectators", 10000, qual="approx"),
     M(K, "ke-60", N, "anniv", 60, cls="ord"),
     M(K, "ke-14", N, "corps", 14, cls="corpsno"),
     M(K, "Minggu", D, "dismissal", "2002-07-28", occ=2),

     M(T, "76 orang", N, "dead", 76, TUE),
     M(T, "Selasa (30/7/2002)", D, "count_tue", "2002-07-30"),
     M(T, "83", N, "dead", 83, SUN, src=MIN),
     M(T, "Minggu (28/7/2002)", D, "count_sun", "2002-07-28"),
     M(T, "115 korban", N, "hosp", 115, TUE, fall=True),
     M(T, "Selasa", D, "count_tue", "2002-07-30", occ=2),
     M(T, "156 orang", N, "hosp", 156, SUN, fall=True),
     M(T, "Jumat (26/7/2002)", D, "crash", "2002-07-26", planted=True),
     M(T, "Senin (29/7/2002)", D, "funeral", "2002-07-29"),
     M(T, "Sekitar 10.000 penonton", N, "spectators", 10000, qual="approx"),

     M(A, "Friday", D, "verdict", "2005-06-24"),
     M(A, "14 years", N, "sent_top", 14, cls="years"),
     M(A, "eight years", N, "sent_yeg", 8, cls="years"),
     M(A, "July 27, 2002", D, "crash", "2002-07-27"),
     M(A, "77 people", N, "dead", 77, FINAL),
     M(A, "28 children", N, "children", 28, FINAL),
     M(A, "more than 500", N, "injured", 500, FINAL, qual="morethan"),
     M(A, "83 dead", N, "dead", 83, SUN, src=MIN),
     M(A, "67", N, "dead", 67, TUE, planted=True),
     M(A, "July 30", D, "count_tue", "2002-07-30"),
     M(A, "About 10,000 people", N, "spectators", 10000, qual="approx"),
     M(A, "60th anniversary", N, "anniv", 60, cls="ord"),
     M(A, "14th Air Corps", N, "corps", 14, cls="corpsno"),
    ]
    build("sknyliv-airshow-2002", "The Su-27 fighter that crashed into the crowd at the Sknyliv air show near Lviv "
          "(western Ukraine) on Saturday 27 July 2002, shortly before 1 p.m., at a display for the 60th anniversary of "
          "the 14th Air Corps watched by about 10,000 people: the toll rising from at least 62 on Saturday evening to 83 "
          "on Sunday 28 July by the emergencies ministry (81 by the Lviv regional health department: sources), revised "
          "down to 76 on Tuesday 30 July after bodies counted twice, final 77 (28 children); the people in hospital "
          "falling from more than 100 to 156 and 115; funerals on Monday 29 July; the pilots' sentences (14 and 8 "
          "years) on Friday 24 June 2005", False, ms, names)


def court_veto():
    R, K, T, A = "reuters-jul20", "kompas-jul23", "tempo-jul25", "ap-sep25"
    # two bodies vote on different days: the Sejm on Thursday 20 July 2017 (235 for, 192 against, 23 abstaining), the
    # Senate early on Saturday 22 July (55 for, 23 against, 2 abstaining); the president vetoes the Supreme Court and
    # judiciary council bills on Monday 24 July, signs the ordinary courts law on Tuesday 25 July and presents his own
    # drafts on Monday 25 September. The two chambers' figures are tempting pairs of one unit class, never one fact.
    names = {
     "sejm_yes": "Sejm votes for", "sejm_no": "Sejm votes against", "sejm_abst": "Sejm abstentions",
     "senate_yes": "Senate votes for", "senate_no": "Senate votes against", "senate_abst": "Senate abstentions",
     "towns": "other towns with protests", "vetoed": "bills vetoed", "bills": "judicial bills passed",
     "months": "months to the president's own drafts", "override": "majority to override a veto (share)",
     "krs_majority": "majority to choose the judiciary council in the drafts (share)",
     "ret_new": "judges' retirement age in the drafts", "ret_old": "judges' retirement age before",
     # dates
     "sejm_vote": "day of the Sejm vote", "ec_warning": "day of the Commission's warning",
     "protest_thu": "day of the protest outside parliament", "senate_vote": "day of the Senate vote",
     "protest_fri": "day of the nationwide protest", "veto": "day of the veto",
     "sign_courts": "day the ordinary courts law was signed", "drafts": "day the president presented his drafts",
    }
    ms = [
     M(R, "Thursday", D, "sejm_vote", "2017-07-20"),
     M(R, "235 votes", N, "sejm_yes", 235, cls="votes"),
     M(R, "192", N, "sejm_no", 192, cls="votes"),
     M(R, "23 abstentions", N, "sejm_abst", 23, cls="votes"),
     M(R, "Wednesday", D, "ec_warning", "2017-07-19"),
     M(R, "Thursday", D, "protest_thu", "2017-07-20", occ=2),

     M(K, "Sabtu (22/7/2017)", D, "senate_vote", "2017-07-22"),
     M(K, "55 senator", N, "senate_yes", 55, cls="votes"),
     M(K, "23 menolak", N, "senate_no", 23, cls="votes"),
     M(K, "2 abstain", N, "senate_abst", 2, cls="votes"),
     M(K, "Kamis (20/7/2017)", D, "sejm_vote", "2017-07-20"),
     M(K, "253 suara", N, "sejm_yes", 253, cls="votes", planted=True),
     M(K, "192 menolak", N, "sejm_no", 192, cls="votes"),
     M(K, "23 abstain", N, "sejm_abst", 23, cls="votes"),
     M(K, "lebih dari 100 kota", N, "towns", 100, qual="morethan", cls="towns"),
     M(K, "Jumat (21/7/2017)", D, "protest_fri", "2017-07-21"),

     M(T, "dua", N, "vetoed", 2, cls="bills"),
     M(T, "tiga undang-undang", N, "bills", 3, cls="bills"),
     M(T, "Senin (24/7/2017)", D, "veto", "2017-07-24"),
     M(T, "235 suara", N, "sejm_yes", 235, cls="votes"),
     M(T, "Kamis (20/7/2017)", D, "sejm_vote", "2017-07-20"),
     M(T, "55 suara", N, "senate_yes", 55, cls="votes"),
     M(T, "Sabtu (22/7/2017)", D, "senate_vote", "2017-07-22"),
     M(T, "dua bulan", N, "months", 2, cls="dur"),
     M(T, "Selasa (25/7/2017)", D, "sign_courts", "2017-07-25"),
     M(T, "tiga perlima suara", N, "override", 0.6, cls="frac"),

     M(A, "Monday", D, "drafts", "2017-09-25"),
     M(A, "two months", N, "months", 2, cls="dur"),
     M(A, "two bills", N, "vetoed", 2, cls="bills"),
     M(A, "July 25", D, "veto", "2017-07-25", planted=True),
     M(A, "three-fifths majority", N, "krs_majority", 0.6, cls="frac"),
     M(A, "65", N, "ret_new", 65, cls="age"),
     M(A, "70", N, "ret_old", 70, cls="age"),
     M(A, "July 20", D, "sejm_vote", "2017-07-20"),
     M(A, "235 votes", N, "sejm_yes", 235, cls="votes"),
     M(A, "192", N, "sejm_no", 192, cls="votes"),
     M(A, "July 22", D, "senate_vote", "2017-07-22"),
     M(A, "55 votes", N, "senate_yes", 55, cls="votes"),
     M(A, "23", N, "senate_no", 23, cls="votes"),
    ]
    build("poland-court-veto-2017", "Poland's Supreme Court bill of July 2017: passed by the Sejm on Thursday 20 July "
          "2017 (235 for, 192 against, 23 abstaining) and by the Senate early on Saturday 22 July (55 for, 23 against, "
          "2 abstaining), after the European Commission's warning of Wednesday 19 July and amid protests (Thursday "
          "evening in Warsaw, Friday 21 July in more than 100 towns); vetoed with the judiciary council bill by "
          "President Andrzej Duda on Monday 24 July, who signed the ordinary courts law on Tuesday 25 July and "
          "presented his own drafts on Monday 25 September 2017 (retirement at 65 instead of 70, a three-fifths "
          "majority to choose the judiciary council)", False, ms, names)


def census():
    R, K, A, F = "reuters-jan05", "kompas-jan06", "antara-jan07", "notesfrompoland-jan10"
    names = {
     "pop": "population at the 2021 census", "pop2011": "population at the 2011 census",
     "decline": "fall in population since 2011", "decline_pct": "fall in population since 2011 (%)",
     # dates
     "release": "day the preliminary results were released", "ref": "reference day of the 2021 census",
     "ref2011": "reference day of the 2011 census", "start": "first day of the census",
     "end": "last day of the census",
    }
    ms = [
     M(R, "38,036,118", N, "pop", 38036118),
     M(R, "2021", D, "ref", "2021"),
     M(R, "475,706 people", N, "decline", 475706),
     M(R, "1.2 percent", N, "decline_pct", 1.2, cls="pct"),
     M(R, "Wednesday", D, "release", "2022-01-05"),
     M(R, "2011", D, "ref2011", "2011"),
     M(R, "38,511,824 residents", N, "pop2011", 38511824),
     M(R, "March 31, 2021", D, "ref", "2021-03-31"),
     M(R, "April 1", D, "start", "2021-04-01"),
     M(R, "Sept. 30, 2021", D, "end", "2021-09-30"),
     M(R, "38,036,118 inhabitants", N, "pop", 38036118),

     M(K, "38.036.118 jiwa", N, "pop", 38036118),
     M(K, "Rabu (5/1/2022)", D, "release", "2022-01-05"),
     M(K, "475.706 orang", N, "decline", 475706),
     M(K, "1,2 persen", N, "decline_pct", 1.2, cls="pct"),
     M(K, "2011", D, "ref2011", "2011"),
     M(K, "38.511.824 jiwa", N, "pop2011", 38511824),
     M(K, "31 Maret 2021", D, "ref", "2021-03-31"),
     M(K, "1 April", D, "start", "2021-04-01"),
     M(K, "30 September 2021", D, "end", "2021-09-30"),
     M(K, "sekitar 38 juta orang", N, "pop", 38000000, qual="approx"),

     M(A, "1,2 persen", N, "decline_pct", 1.2, cls="pct"),
     M(A, "38.036.118 orang", N, "pop", 38036118),
     M(A, "31 Maret 2021", D, "ref", "2021-03-31"),
     M(A, "31 Maret 2011", D, "ref2011", "2011-03-31"),
     M(A, "38.511.824 orang", N, "pop2011", 38511824),
     M(A, "475.706 jiwa", N, "decline", 475706),
     M(A, "Rabu (5/1)", D, "release", "2022-01-05"),
     M(A, "1 April", D, "start", "2021-04-01"),
     M(A, "30 September 2021", D, "end", "2021-09-30"),
     M(A, "sekitar 38 juta penduduk", N, "pop", 38000000, qual="approx"),

     M(F, "38,036,118 residents", N, "pop", 38036118),
     M(F, "March 31, 2021", D, "ref", "2021-03-31"),
     M(F, "Wednesday", D, "release", "2022-01-05"),
     M(F, "475,706", N, "decline", 475706),
     M(F, "2011", D, "ref2011", "2011"),
     M(F, "38,511,824 people", N, "pop2011", 38511824),
     M(F, "1.2 percent", N, "decline_pct", 1.2, cls="pct"),
     M(F, "April 1", D, "start", "2021-04-01"),
     M(F, "Sept. 30, 2021", D, "end", "2021-09-30"),
     M(F, "about 38 million", N, "pop", 38000000, qual="approx"),
     M(F, "roughly 38.5 million", N, "pop2011", 38500000, qual="approx"),
    ]
    build("poland-census-2021", "The preliminary results of Poland's 2021 national census, released by the statistics "
          "office (GUS) on Wednesday 5 January 2022 (control): 38,036,118 residents on the reference day of 31 March "
          "2021, down by 475,706 (1.2%) from the 38,511,824 of the 2011 census (31 March 2011); the census carried out "
          "from 1 April to 30 September 2021. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    sknyliv()
    court_veto()
    census()
