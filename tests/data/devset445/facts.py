"""The four-hundred-and-forty-fifth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset445/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def akkar():
    R, K, T, A = "reuters-aug15", "kompas-aug16", "detik-aug17", "apnews-sep15"
    # as-of times of the running tallies: Sunday 15 August 2021 in the morning (the Red Cross: at least 20 dead, 79
    # injured), Monday 16 August (the health ministry: 28 dead, the injured revised down to 72 after double counting),
    # Tuesday 17 August (28 and 72 unchanged) and Wednesday 15 September (33 dead). The crowd at the tank: about 200 by
    # the army against more than 300 by a village official (sources). The blast's hour: about 2 a.m.
    SUN, MON, TUE, SEP15 = "2021-08-15", "2021-08-16", "2021-08-17", "2021-09-15"
    ARMY, VILLAGE = "the Lebanese army", "a village official"
    names = {
     "dead": "people killed by the blast", "injured": "people injured by the blast",
     "crowd": "people gathered at the tank", "blast_time": "hour of the blast (local time)",
     # dates
     "blast": "day of the blast", "seize": "day the army seized the fuel", "subsidy": "day of the central bank's "
     "statement on fuel imports", "count28": "day of the count of 28", "count_tue": "day of the Tuesday count",
     "mourning": "day of national mourning", "inj_rev": "day the injured count was revised",
    }
    ms = [
     M(R, "Sunday", D, "blast", "2021-08-15"),
     M(R, "at least 20 people", N, "dead", 20, SUN, qual="atleast"),
     M(R, "79", N, "injured", 79, SUN),
     M(R, "around 2 a.m.", N, "blast_time", 2, qual="approx", cls="clock"),
     M(R, "Saturday", D, "seize", "2021-08-14"),
     M(R, "about 200", N, "crowd", 200, SUN, qual="approx", src=ARMY),
     M(R, "Wednesday", D, "subsidy", "2021-08-11"),

     M(K, "28 orang", N, "dead", 28, MON),
     M(K, "Senin (16/8/2021)", D, "count28", "2021-08-16"),
     M(K, "Minggu (15/8/2021)", D, "blast", "2021-08-15"),
     M(K, "sekitar pukul 04.00", N, "blast_time", 4, qual="approx", cls="clock", planted=True),
     M(K, "72 orang luka-luka", N, "injured", 72, MON),
     M(K, "79", N, "injured", 79, SUN),
     M(K, "20 jenazah", N, "dead", 20, SUN),
     M(K, "Senin", D, "mourning", "2021-08-16", occ=2),
     M(K, "sekitar 200 orang", N, "crowd", 200, SUN, qual="approx", src=ARMY),
     M(K, "lebih dari 300 orang", N, "crowd", 300, SUN, qual="morethan", src=VILLAGE),
     M(K, "Sabtu (14/8/2021)", D, "seize", "2021-08-14"),
     M(K, "Rabu (11/8/2021)", D, "subsidy", "2021-08-11"),

     M(T, "28 orang", N, "dead", 28, TUE),
     M(T, "Selasa (17/8/2021)", D, "count_tue", "2021-08-17"),
     M(T, "72 orang", N, "injured", 72, TUE),
     M(T, "Minggu (15/8/2021)", D, "blast", "2021-08-15"),
     M(T, "sekitar pukul 02.00", N, "blast_time", 2, qual="approx", cls="clock"),
     M(T, "sedikitnya 20 korban tewas", N, "dead", 20, SUN, qual="atleast"),
     M(T, "79 orang terluka", N, "injured", 79, SUN),
     M(T, "Senin (16/8/2021)", D, "inj_rev", "2021-08-16"),

     M(A, "33 people", N, "dead", 33, SEP15),
     M(A, "around 2 a.m.", N, "blast_time", 2, qual="approx", cls="clock"),
     M(A, "Sunday, Aug. 15", D, "blast", "2021-08-15"),
     M(A, "20 bodies", N, "dead", 20, SUN),
     M(A, "97 people injured", N, "injured", 97, SUN, planted=True),
     M(A, "28", N, "dead", 28, MON),
     M(A, "about 200 people", N, "crowd", 200, SUN, qual="approx", src=ARMY),
     M(A, "Aug. 11", D, "subsidy", "2021-08-11"),
    ]
    build("akkar-fuel-blast-2021", "The fuel tank blast in the village of al-Tleil in Lebanon's Akkar district in the "
          "early hours of Sunday 15 August 2021 (about 2 a.m.), among residents filling containers with fuel the army "
          "had seized on Saturday 14 August, days after the central bank's statement of Wednesday 11 August on fuel "
          "imports: at least 20 dead and 79 injured by the Red Cross on the Sunday morning, 28 dead by the health "
          "ministry on Monday 16 August with the injured revised down to 72 after double counting, 33 dead a month "
          "on; about 200 people at the tank by the army against more than 300 by a village official (sources)",
          False, ms, names)


def gul():
    T, K, A, R = "tempo-may01", "kompas-jul23", "antara-aug21", "reuters-aug28"
    # steps on different dates: the first round in parliament (Friday 27 April 2007, 357 votes of 361 present), the
    # army's website statement the same night, the Constitutional Court's annulment (Tuesday 1 May), the failed retry
    # (Sunday 6 May, 358 present), the outgoing president's term's end (16 May), the early election (Sunday 22 July:
    # 46.6%, 341 of 550 seats), the new rounds (Monday 20 August 341 votes, Friday 24 August 337, Tuesday 28 August
    # 339 with 276 needed). Tempting pairs of one unit: 341 seats against 341 votes, 357/358/361/367, 276, 550.
    names = {
     "apr_votes": "Gul's votes in the April round", "apr_present": "MPs present in the April round",
     "two_thirds": "two-thirds of parliament (votes or quorum needed)", "seats_total": "seats in parliament",
     "judges_for": "judges for the annulment", "judges_against": "judges against the annulment",
     "may_present": "MPs present at the May retry", "akp_seats": "AKP seats won", "chp_seats": "CHP seats won",
     "mhp_seats": "MHP seats won", "ind_seats": "independents' seats", "akp_pct": "AKP share of the vote (%)",
     "chp_pct": "CHP share of the vote (%)", "mhp_pct": "MHP share of the vote (%)", "turnout": "turnout (%)",
     "r1_votes": "Gul's votes in the first August round", "r1_mhp": "MHP candidate's votes in the first round",
     "r1_dsp": "DSP candidate's votes in the first round", "r2_votes": "Gul's votes in the second round",
     "r3_votes": "Gul's votes in the third round", "majority": "votes needed in the third round",
     "age": "Gul's age (years)",
     # dates
     "r_apr": "day of the April round", "court": "day of the court's annulment", "sezer_end": "end of Sezer's term",
     "election": "day of the early election", "may_retry": "day of the May retry", "r1_day": "day of the first "
     "August round", "r2_day": "day of the second round", "r3_day": "day of the third round",
     "memo": "day of the army's website statement",
    }
    ms = [
     M(T, "Selasa (1/5/2007)", D, "court", "2007-05-01"),
     M(T, "Jumat (27/4/2007)", D, "r_apr", "2007-04-27"),
     M(T, "357 suara", N, "apr_votes", 357, cls="mp"),
     M(T, "361 anggota", N, "apr_present", 361, cls="mp"),
     M(T, "367", N, "two_thirds", 367, cls="mp"),
     M(T, "550 anggota", N, "seats_total", 550, cls="mp"),
     M(T, "sembilan suara hakim", N, "judges_for", 9, cls="judges"),
     M(T, "dua", N, "judges_against", 2, cls="judges"),
     M(T, "16 Mei 2007", D, "sezer_end", "2007-05-16"),

     M(K, "Minggu (22/7/2007)", D, "election", "2007-07-22"),
     M(K, "46,6 persen", N, "akp_pct", 46.6, cls="pct"),
     M(K, "341", N, "akp_seats", 341, cls="mp"),
     M(K, "550 kursi", N, "seats_total", 550, cls="mp"),
     M(K, "112 kursi", N, "chp_seats", 112, cls="mp"),
     M(K, "71 kursi", N, "mhp_seats", 71, cls="mp"),
     M(K, "26 kursi", N, "ind_seats", 26, cls="mp"),
     M(K, "20,9 persen", N, "chp_pct", 20.9, cls="pct"),
     M(K, "14,3 persen", N, "mhp_pct", 14.3, cls="pct"),
     M(K, "sekitar 84 persen", N, "turnout", 84, qual="approx", cls="pct"),
     M(K, "Kamis (26/4/2007)", D, "r_apr", "2007-04-26", planted=True),
     M(K, "357 suara", N, "apr_votes", 357, cls="mp"),
     M(K, "Minggu (6/5/2007)", D, "may_retry", "2007-05-06"),
     M(K, "358 anggota", N, "may_present", 358, cls="mp"),
     M(K, "341 kursi", N, "akp_seats", 341, cls="mp"),
     M(K, "367", N, "two_thirds", 367, cls="mp"),

     M(A, "Senin (20/8/2007)", D, "r1_day", "2007-08-20"),
     M(A, "341 suara", N, "r1_votes", 341, cls="mp"),
     M(A, "70 suara", N, "r1_mhp", 70, cls="mp"),
     M(A, "13 suara", N, "r1_dsp", 13, cls="mp"),
     M(A, "367 suara", N, "two_thirds", 367, cls="mp"),
     M(A, "Jumat (24/8/2007)", D, "r2_day", "2007-08-24"),
     M(A, "Selasa (28/8/2007)", D, "r3_day", "2007-08-28"),
     M(A, "276 suara", N, "majority", 276, cls="mp"),
     M(A, "56 tahun", N, "age", 56, cls="age"),

     M(R, "Tuesday", D, "r3_day", "2007-08-28"),
     M(R, "339 votes", N, "r3_votes", 339, cls="mp"),
     M(R, "276", N, "majority", 276, cls="mp"),
     M(R, "56", N, "age", 56, cls="age"),
     M(R, "341 votes", N, "r1_votes", 341, cls="mp"),
     M(R, "Aug. 20", D, "r1_day", "2007-08-20"),
     M(R, "337", N, "r2_votes", 337, cls="mp"),
     M(R, "Friday", D, "r2_day", "2007-08-24"),
     M(R, "367", N, "two_thirds", 367, cls="mp"),
     M(R, "April 27", D, "r_apr", "2007-04-27"),
     M(R, "April 27", D, "memo", "2007-04-27", occ=2),
     M(R, "July 22", D, "election", "2007-07-22"),
     M(R, "47.6 percent", N, "akp_pct", 47.6, cls="pct", planted=True),
    ]
    build("gul-presidency-2007", "Turkey's presidential election in parliament of 2007: Abdullah Gul's 357 votes of "
          "361 MPs present on Friday 27 April annulled by the Constitutional Court on Tuesday 1 May over the quorum of "
          "367 of 550 (the army's website statement the night of 27 April), the retry of Sunday 6 May failing with 358 "
          "present; the early election of Sunday 22 July 2007 (AKP 46.6% and 341 seats, CHP 20.9% and 112, MHP 14.3% "
          "and 71, independents 26, turnout about 84%); the August rounds: 341 votes on Monday 20 August, 337 on "
          "Friday 24 August and 339 on Tuesday 28 August, when 276 sufficed; Gul sworn in the same day, aged 56",
          False, ms, names)


def census():
    R, K, A, J = "reuters-jan30", "kompas-jan31", "antara-feb01", "jordantimes-feb02"
    names = {
     "total": "residents counted", "jordanians": "Jordanian citizens", "foreign": "non-Jordanians",
     "foreign_pct": "non-Jordanians' share (%)", "syrians": "Syrians", "egyptians": "Egyptians",
     "palestinians": "Palestinians without Jordanian nationality", "amman": "residents of Amman governorate",
     "amman_pct": "Amman governorate's share (%)", "pop2004": "population in the 2004 count",
     # dates
     "announce": "day the results were announced", "start": "first day of the count", "end": "last day of the count",
    }
    P = "ppl"
    ms = [
     M(R, "about 9.5 million residents", N, "total", 9.5e6, qual="approx", cls=P),
     M(R, "Saturday", D, "announce", "2016-01-30"),
     M(R, "9,531,712 people", N, "total", 9531712, cls=P),
     M(R, "6,613,587", N, "jordanians", 6613587, cls=P),
     M(R, "2,918,125", N, "foreign", 2918125, cls=P),
     M(R, "30.6 percent", N, "foreign_pct", 30.6, cls="pct"),
     M(R, "1,265,514", N, "syrians", 1265514, cls=P),
     M(R, "636,270", N, "egyptians", 636270, cls=P),
     M(R, "634,182", N, "palestinians", 634182, cls=P),
     M(R, "4,007,526 people", N, "amman", 4007526, cls=P),
     M(R, "42 percent", N, "amman_pct", 42, cls="pct"),
     M(R, "about 5.1 million people", N, "pop2004", 5.1e6, qual="approx", cls=P),
     M(R, "Nov. 30", D, "start", "2015-11-30"),
     M(R, "Dec. 10, 2015", D, "end", "2015-12-10"),

     M(K, "9.531.712 jiwa", N, "total", 9531712, cls=P),
     M(K, "Sabtu (30/1/2016)", D, "announce", "2016-01-30"),
     M(K, "6.613.587 jiwa", N, "jordanians", 6613587, cls=P),
     M(K, "2.918.125 jiwa", N, "foreign", 2918125, cls=P),
     M(K, "30,6 persen", N, "foreign_pct", 30.6, cls="pct"),
     M(K, "1.265.514 jiwa", N, "syrians", 1265514, cls=P),
     M(K, "636.270 jiwa", N, "egyptians", 636270, cls=P),
     M(K, "634.182 jiwa", N, "palestinians", 634182, cls=P),
     M(K, "4.007.526 jiwa", N, "amman", 4007526, cls=P),
     M(K, "42 persen", N, "amman_pct", 42, cls="pct"),
     M(K, "sekitar 5,1 juta jiwa", N, "pop2004", 5.1e6, qual="approx", cls=P),
     M(K, "30 November", D, "start", "2015-11-30"),
     M(K, "10 Desember 2015", D, "end", "2015-12-10"),

     M(A, "sekitar 1,27 juta jiwa", N, "syrians", 1.27e6, qual="approx", cls=P),
     M(A, "Sabtu (30/1/2016)", D, "announce", "2016-01-30"),
     M(A, "sekitar 2,9 juta warga asing", N, "foreign", 2.9e6, qual="approx", cls=P),
     M(A, "30,6 persen", N, "foreign_pct", 30.6, cls="pct"),
     M(A, "sekitar 9,5 juta jiwa", N, "total", 9.5e6, qual="approx", cls=P),
     M(A, "sekitar 6,6 juta jiwa", N, "jordanians", 6.6e6, qual="approx", cls=P),
     M(A, "636.270 jiwa", N, "egyptians", 636270, cls=P),
     M(A, "634.182 jiwa", N, "palestinians", 634182, cls=P),
     M(A, "Lebih dari 4 juta jiwa", N, "amman", 4e6, qual="morethan", cls=P),
     M(A, "42 persen", N, "amman_pct", 42, cls="pct"),
     M(A, "30 November", D, "start", "2015-11-30"),
     M(A, "10 Desember 2015", D, "end", "2015-12-10"),
     M(A, "sekitar 5,1 juta jiwa", N, "pop2004", 5.1e6, qual="approx", cls=P),

     M(J, "9.53 million", N, "total", 9.53e6, qual="approx", cls=P),
     M(J, "some 6.6 million", N, "jordanians", 6.6e6, qual="approx", cls=P),
     M(J, "some 2.9 million", N, "foreign", 2.9e6, qual="approx", cls=P),
     M(J, "Saturday, Jan. 30", D, "announce", "2016-01-30"),
     M(J, "30.6 percent", N, "foreign_pct", 30.6, cls="pct"),
     M(J, "1,265,514", N, "syrians", 1265514, cls=P),
     M(J, "636,270 Egyptians", N, "egyptians", 636270, cls=P),
     M(J, "634,182 Palestinians", N, "palestinians", 634182, cls=P),
     M(J, "42 percent", N, "amman_pct", 42, cls="pct"),
     M(J, "some 4 million people", N, "amman", 4e6, qual="approx", cls=P),
     M(J, "about 5.1 million", N, "pop2004", 5.1e6, qual="approx", cls=P),
     M(J, "Nov. 30", D, "start", "2015-11-30"),
     M(J, "Dec. 10, 2015", D, "end", "2015-12-10"),
    ]
    build("jordan-census-2016", "The results of Jordan's 2015 census announced by the Department of Statistics on "
          "Saturday 30 January 2016 (control): 9,531,712 residents counted between 30 November and 10 December 2015, "
          "of whom 6,613,587 Jordanians and 2,918,125 non-Jordanians (30.6%); 1,265,514 Syrians, 636,270 Egyptians "
          "and 634,182 Palestinians without Jordanian nationality; 4,007,526 in Amman governorate (42%); about 5.1 "
          "million in the 2004 count. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    akkar()
    gul()
    census()
