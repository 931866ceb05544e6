"""The three-hundred-and-ninety-eighth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset398/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def vilnius():
    R, K, T, A = "reuters-jan13", "kompas-jan15", "tempo-feb11", "ap-mar28"
    # as-of times of the running tallies: Sunday 13 January 1991 (18:00, the health ministry's 13 dead and more than
    # 100 wounded), Monday 14 January (14 dead, more than 160 wounded by the health ministry against about 30 by the
    # Soviet garrison: sources), the plebiscite of 9 February 1991 (14 dead), the verdict of 27 March 2019 (14 dead,
    # more than 700 injured, no source named). The dead and the wounded do not fall.
    SUN, MON, FEB, V2019 = "1991-01-13", "1991-01-14", "1991-02-09", "2019-03-27"
    HEALTH, SOVIET = "the Lithuanian health ministry", "the Soviet garrison in Vilnius"
    names = {
     "dead": "people killed in the storming of the television tower", "wounded": "people wounded in the storming",
     "yes_pct": "yes share in the independence poll", "turnout": "turnout in the independence poll",
     "riga_dead": "people killed in the Riga assault", "convicted": "people convicted in 2019",
     "yazov_years": "years of Yazov's sentence",
     # dates
     "storm": "day of the storming of the television tower", "crackdown": "month of the crackdown",
     "count_sun": "day of the count of 13", "count_mon": "day of the count of 14",
     "decl": "day independence was declared", "ultimatum": "day Gorbachev demanded the Soviet constitution be restored",
     "poll": "day of the independence poll", "announce": "day the poll's result was announced",
     "union_ref": "day of the all-Union referendum", "riga": "day of the Riga assault", "verdict": "day of the verdict",
     "trial_open": "month the trial opened",
    }
    ms = [
     M(R, "Sunday", D, "storm", "1991-01-13"),
     M(R, "13 people", N, "dead", 13, SUN, src=HEALTH),
     M(R, "Sunday 18:00", D, "count_sun", "1991-01-13"),
     M(R, "more than 100 people", N, "wounded", 100, SUN, qual="morethan", src=HEALTH),
     M(R, "March 11", D, "decl", "1990-03-11"),
     M(R, "Thursday", D, "ultimatum", "1991-01-10"),

     M(K, "14 orang", N, "dead", 14, MON, src=HEALTH),
     M(K, "Senin (14/1/1991)", D, "count_mon", "1991-01-14"),
     M(K, "Minggu (13/1/1991)", D, "count_sun", "1991-01-13"),
     M(K, "13 korban tewas", N, "dead", 13, SUN, src=HEALTH),
     M(K, "lebih dari 160 orang", N, "wounded", 160, MON, qual="morethan", src=HEALTH),
     M(K, "sekitar 30 orang", N, "wounded", 30, MON, qual="approx", src=SOVIET),
     M(K, "Minggu dini hari", D, "storm", "1991-01-13"),
     M(K, "11 Maret 1990", D, "decl", "1990-03-11"),

     M(T, "Sabtu (9/2/1991)", D, "poll", "1991-02-09"),
     M(T, "Minggu kemarin", D, "announce", "1991-02-10"),
     M(T, "90,5 persen", N, "yes_pct", 90.5, cls="pct"),
     M(T, "84,7 persen", N, "turnout", 84.7, cls="pct"),
     M(T, "17 Maret", D, "union_ref", "1991-03-17"),
     M(T, "14 Januari 1991", D, "storm", "1991-01-14", planted=True),
     M(T, "14 orang", N, "dead", 14, FEB),
     M(T, "20 Januari", D, "riga", "1991-01-20"),
     M(T, "lima orang", N, "riga_dead", 5),

     M(A, "Wednesday", D, "verdict", "2019-03-27"),
     M(A, "67 people", N, "convicted", 67),
     M(A, "January 1991", D, "crackdown", "1991-01"),
     M(A, "10 years", N, "yazov_years", 10, cls="dur"),
     M(A, "Fourteen civilians", N, "dead", 14, V2019),
     M(A, "more than 700", N, "wounded", 700, V2019, qual="morethan"),
     M(A, "Jan. 13, 1991", D, "storm", "1991-01-13"),
     M(A, "January 2016", D, "trial_open", "2016-01"),
     M(A, "March 11, 1990", D, "decl", "1990-03-11"),
     M(A, "Feb. 9, 1991", D, "poll", "1991-02-09"),
     M(A, "95.0 percent", N, "yes_pct", 95.0, cls="pct", planted=True),
    ]
    build("vilnius-tv-tower-1991", "The Soviet storming of the Vilnius television tower (early on Sunday 13 January "
          "1991): the Lithuanian health ministry's count of 13 dead and more than 100 wounded on Sunday, 14 dead and "
          "more than 160 wounded on Monday 14 January against the Soviet garrison's about 30 wounded; the independence "
          "poll of Saturday 9 February 1991 (90.5% yes, turnout 84.7%); the Riga assault of 20 January 1991 (five "
          "dead) as another event; the Vilnius Regional Court's verdict of Wednesday 27 March 2019 (67 convicted, "
          "Dmitry Yazov ten years; 14 dead and more than 700 injured)", False, ms, names)


def kauhajoki():
    R, K, T, A = "reuters-sep23", "kompas-sep24", "tempo-sep25", "ap-sep23"
    # as-of times of the toll: the early reports of about noon on Tuesday 23 September 2008 (11 dead, counting the
    # gunman), the police's 13:00 count (at least nine bodies), the police's 17:00 count (10 dead: a revision of the
    # early 11), Wednesday 24 September (still 10), the first anniversary on 23 September 2009 (10). The dead do not fall. The students in
    # the building are given by the police and by the college (sources).
    T12, T13, T17, WED, ANNIV = "2008-09-23 12:00", "2008-09-23 13:00", "2008-09-23 17:00", "2008-09-24", "2009-09-23"
    POLICE, COLLEGE = "the Finnish police", "the college"
    names = {
     "dead": "people killed by the gunman", "students_killed": "students among the dead", "age": "the gunman's age",
     "in_building": "students in the building", "jokela_dead": "dead in the Jokela shooting of 2007",
     "population": "Finland's population", "guns": "registered firearms in Finland",
     # dates
     "attack": "day of the shooting", "count_tue": "day of the police's counts", "count_wed": "day the toll stood at 10",
     "death_day": "day the gunman died", "questioning": "day the police questioned the gunman",
     "mourning": "national day of mourning", "jokela": "day of the Jokela shooting", "plan_year": "year the gunman "
     "began planning", "anniversary": "day of the first anniversary",
    }
    ms = [
     M(R, "Tuesday", D, "attack", "2008-09-23"),
     M(R, "10 people", N, "dead", 10, T17, src=POLICE),
     M(R, "Tuesday 17:00", D, "count_tue", "2008-09-23"),
     M(R, "11 dead", N, "dead", 11, T12),
     M(R, "at least nine bodies", N, "dead", 9, T13, qual="atleast", src=POLICE),
     M(R, "22-year-old", N, "age", 22, cls="age"),
     M(R, "Tuesday evening", D, "death_day", "2008-09-23"),
     M(R, "About 150 students", N, "in_building", 150, qual="approx", src=POLICE),
     M(R, "about 200", N, "in_building", 200, qual="approx", src=COLLEGE),
     M(R, "Monday", D, "questioning", "2008-09-22"),
     M(R, "eight people", N, "jokela_dead", 8),
     M(R, "Nov. 7, 2007", D, "jokela", "2007-11-07"),
     M(R, "5.3 million", N, "population", 5300000),
     M(R, "1.6 million", N, "guns", 1600000),

     M(K, "Sepuluh orang", N, "dead", 10, T17, src=POLICE),
     M(K, "Selasa (23/9/2008)", D, "attack", "2008-09-23"),
     M(K, "sembilan mahasiswa", N, "students_killed", 9),
     M(K, "23 tahun", N, "age", 23, cls="age", planted=True),
     M(K, "Selasa malam", D, "death_day", "2008-09-23"),
     M(K, "Senin (22/9/2008)", D, "questioning", "2008-09-22"),
     M(K, "Rabu (24/9/2008)", D, "mourning", "2008-09-24"),
     M(K, "delapan orang", N, "jokela_dead", 8),
     M(K, "7 November 2007", D, "jokela", "2007-11-07"),

     M(T, "Rabu (24/9/2008)", D, "mourning", "2008-09-24"),
     M(T, "10 orang", N, "dead", 10, WED, src=POLICE),
     M(T, "hingga Rabu", D, "count_wed", "2008-09-24"),
     M(T, "Selasa pukul 13.00", D, "count_tue", "2008-09-23"),
     M(T, "sedikitnya sembilan", N, "dead", 9, T13, qual="atleast", src=POLICE),
     M(T, "sekitar 200 mahasiswa", N, "in_building", 200, qual="approx", src=COLLEGE),
     M(T, "22 tahun", N, "age", 22, cls="age"),
     M(T, "2002", D, "plan_year", "2002"),
     M(T, "hari Senin", D, "questioning", "2008-09-22"),
     M(T, "1,6 juta", N, "guns", 1600000),
     M(T, "5,3 juta", N, "population", 5300000),
     M(T, "November 2007", D, "jokela", "2007-11"),
     M(T, "delapan orang", N, "jokela_dead", 8),

     M(A, "Wednesday", D, "anniversary", "2009-09-23"),
     M(A, "10 people", N, "dead", 10, ANNIV),
     M(A, "Saari, 22", N, "age", 22, cls="age"),
     M(A, "nine of his classmates", N, "students_killed", 9),
     M(A, "Tuesday, Sept. 23, 2008", D, "attack", "2008-09-23"),
     M(A, "Sunday", D, "questioning", "2008-09-21", planted=True),
     M(A, "eight people", N, "jokela_dead", 8),
     M(A, "November 2007", D, "jokela", "2007-11"),
    ]
    build("kauhajoki-shooting-2008", "The Kauhajoki school shooting in western Finland (Tuesday 23 September 2008): "
          "early reports of 11 dead revised by the police to 10 (nine students and a teacher), after a 13:00 count of "
          "at least nine bodies; the gunman, 22, questioned by the police on Monday 22 September, dying on Tuesday "
          "evening; about 150 students in the building by the police's count against about 200 by the college's; the "
          "national day of mourning on Wednesday 24 September; the first anniversary on Wednesday 23 September 2009; the Jokela shooting of 7 November 2007 (eight dead) as "
          "another event", False, ms, names)


def icesave():
    R, K, T, A = "reuters-mar07", "kompas-mar08", "antara-mar09", "ap-mar10"
    names = {
     "debt": "sum to repay (billion euros)", "no_pct": "share voting no", "yes_pct": "share voting yes",
     "turnout": "turnout", "interest": "interest rate of the deal", "ayes": "votes for the law in parliament",
     "noes": "votes against the law in parliament", "banks": "Icelandic banks that failed",
     "population": "Iceland's population", "per_person": "the sum per person (euros)",
     # dates
     "vote": "day of the referendum", "results": "day the results were announced", "veto": "day the president "
     "refused to sign", "law": "day parliament passed the law", "collapse": "the banks' collapse",
     "talks_day": "day the government sought new talks",
    }
    ms = [
     M(R, "Saturday", D, "vote", "2010-03-06"),
     M(R, "3.8 billion euros", N, "debt", 3.8, cls="bn"),
     M(R, "Sunday", D, "results", "2010-03-07"),
     M(R, "93.2 percent", N, "no_pct", 93.2, cls="pct"),
     M(R, "1.8 percent", N, "yes_pct", 1.8, cls="pct"),
     M(R, "62.7 percent", N, "turnout", 62.7, cls="pct"),
     M(R, "2008", D, "collapse", "2008"),
     M(R, "5.55 percent", N, "interest", 5.55, cls="pct"),
     M(R, "Jan. 5", D, "veto", "2010-01-05"),
     M(R, "Dec. 30", D, "law", "2009-12-30"),
     M(R, "33 votes", N, "ayes", 33),
     M(R, "to 30", N, "noes", 30),
     M(R, "October 2008", D, "collapse", "2008-10"),
     M(R, "320,000 people", N, "population", 320000),
     M(R, "roughly 12,000 euros", N, "per_person", 12000, qual="approx"),

     M(K, "93,2 persen", N, "no_pct", 93.2, cls="pct"),
     M(K, "3,8 miliar euro", N, "debt", 3.8, cls="bn"),
     M(K, "Sabtu (6/3/2010)", D, "vote", "2010-03-06"),
     M(K, "Minggu", D, "results", "2010-03-07"),
     M(K, "1,8 persen", N, "yes_pct", 1.8, cls="pct"),
     M(K, "62,7 persen", N, "turnout", 62.7, cls="pct"),
     M(K, "Oktober 2008", D, "collapse", "2008-10"),
     M(K, "5,55 persen", N, "interest", 5.55, cls="pct"),
     M(K, "5 Januari 2010", D, "veto", "2010-01-05"),
     M(K, "30 Desember 2009", D, "law", "2009-12-30"),
     M(K, "33 suara", N, "ayes", 33),
     M(K, "30 suara", N, "noes", 30),
     M(K, "320.000 jiwa", N, "population", 320000),
     M(K, "kira-kira 12.000 euro", N, "per_person", 12000, qual="approx"),
     M(K, "tiga bank", N, "banks", 3),
     M(K, "2008", D, "collapse", "2008", occ=2),

     M(T, "93,2 persen", N, "no_pct", 93.2, cls="pct"),
     M(T, "Sabtu (6/3/2010)", D, "vote", "2010-03-06"),
     M(T, "1,8 persen", N, "yes_pct", 1.8, cls="pct"),
     M(T, "62,7 persen", N, "turnout", 62.7, cls="pct"),
     M(T, "3,8 miliar euro", N, "debt", 3.8, cls="bn"),
     M(T, "5,55 persen", N, "interest", 5.55, cls="pct"),
     M(T, "5 Januari", D, "veto", "2010-01-05"),
     M(T, "30 Desember 2009", D, "law", "2009-12-30"),
     M(T, "33 berbanding 30", N, "ayes", 33, also={"noes": 30}),
     M(T, "sekitar 12.000 euro", N, "per_person", 12000, qual="approx"),
     M(T, "320.000 jiwa", N, "population", 320000),
     M(T, "Oktober 2008", D, "collapse", "2008-10"),

     M(A, "Wednesday", D, "talks_day", "2010-03-10"),
     M(A, "Saturday", D, "vote", "2010-03-06"),
     M(A, "93.2 percent", N, "no_pct", 93.2, cls="pct"),
     M(A, "March 6", D, "vote", "2010-03-06"),
     M(A, "1.8 percent", N, "yes_pct", 1.8, cls="pct"),
     M(A, "62.7 percent", N, "turnout", 62.7, cls="pct"),
     M(A, "3.8 billion euros", N, "debt", 3.8, cls="bn"),
     M(A, "5.55 percent", N, "interest", 5.55, cls="pct"),
     M(A, "October 2008", D, "collapse", "2008-10"),
     M(A, "Jan. 5", D, "veto", "2010-01-05"),
     M(A, "Dec. 30, 2009", D, "law", "2009-12-30"),
     M(A, "33 votes", N, "ayes", 33),
     M(A, "to 30", N, "noes", 30),
     M(A, "about 12,000 euros", N, "per_person", 12000, qual="approx"),
     M(A, "320,000 people", N, "population", 320000),
    ]
    build("icesave-vote-2010", "Iceland's referendum on the Icesave repayment deal (Saturday 6 March 2010, control): "
          "93.2% no and 1.8% yes on a turnout of 62.7%, results announced on Sunday 7 March; a deal to repay 3.8 "
          "billion euros to Britain and the Netherlands at 5.55% interest, about 12,000 euros for each of 320,000 "
          "people; the law passed by parliament on 30 December 2009 by 33 votes to 30 and refused by the president on "
          "5 January 2010; the banks' collapse in October 2008. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    vilnius()
    kauhajoki()
    icesave()
