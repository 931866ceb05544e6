"""The three-hundred-and-sixty-ninth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset369/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def valparaiso_fire():
    R, K, T, A = "reuters-apr13", "kompas-apr14", "antara-apr16", "ap-may05"
    # as-of times of the running tallies: Sunday 13 April 2014 (5 p.m.: 12 dead, about 2,000 homes, some 8,000
    # homeless, about 850 hectares), Monday 14 April (15 dead, about 2,500 homes, 11,000 homeless, 1,200 hectares),
    # Wednesday 16 April (15 dead; the interior ministry's 2,900 homes; about 12,500 homeless; about 1,000 hectares
    # after the aerial mapping: a downward revision of the burned area) and the weeks-later report of 5 May 2014 (15
    # dead, about 12,500 homeless, the city government's "more than 3,000" homes against the ministry's 2,900: sources,
    # about 1,000 hectares). None of the tallies may fall.
    SUN, MON, WED, MAY5 = "2014-04-13", "2014-04-14", "2014-04-16", "2014-05-05"
    MINISTRY, CITY = "the interior ministry", "the city government"
    names = {
     "dead": "people killed by the fire", "homes": "homes destroyed", "homeless": "people left homeless",
     "hectares": "hectares burned",
     # dates
     "start": "day the fire broke out", "count_sun": "day of the first count (12 dead)",
     "count_mon": "day of the count of 15", "count_wed": "day of the Wednesday count",
     "catastrophe": "day the catastrophe zone was declared", "controlled": "day the fire was brought under control",
     "unesco": "year the historic quarter was listed by UNESCO",
    }
    ms = [
     M(R, "12 people", N, "dead", 12, SUN),
     M(R, "Sunday", D, "count_sun", "2014-04-13"),
     M(R, "Saturday afternoon", D, "start", "2014-04-12"),
     M(R, "5 p.m. on Sunday", D, "count_sun", "2014-04-13"),
     M(R, "about 2,000 homes", N, "homes", 2000, SUN, qual="approx"),
     M(R, "some 8,000 people", N, "homeless", 8000, SUN, qual="approx"),
     M(R, "about 850 hectares", N, "hectares", 850, SUN, qual="approx", cls="ha"),
     M(R, "2003", D, "unesco", "2003"),

     M(K, "15 orang", N, "dead", 15, MON),
     M(K, "Senin (14/4/2014)", D, "count_mon", "2014-04-14"),
     M(K, "dua belas orang", N, "dead", 12, SUN),
     M(K, "Jumat (11/4/2014)", D, "start", "2014-04-11", planted=True),
     M(K, "sekitar 2.500 rumah", N, "homes", 2500, MON, qual="approx"),
     M(K, "11.000 warga", N, "homeless", 11000, MON),
     M(K, "hingga Senin", D, "count_mon", "2014-04-14", occ=2),
     M(K, "1.200 hektare", N, "hectares", 1200, MON, cls="ha"),
     M(K, "Minggu (13/4/2014)", D, "catastrophe", "2014-04-13"),
     M(K, "2003", D, "unesco", "2003"),

     M(T, "Sabtu (12/4/2014)", D, "start", "2014-04-12"),
     M(T, "Rabu (16/4/2014)", D, "controlled", "2014-04-16"),
     M(T, "15 orang", N, "dead", 15, WED),
     M(T, "hingga Rabu", D, "count_wed", "2014-04-16"),
     M(T, "sekitar 1.000 hektare", N, "hectares", 1000, WED, qual="approx", cls="ha"),
     M(T, "1.200 hektare", N, "hectares", 1200, MON, cls="ha"),
     M(T, "2.900 rumah", N, "homes", 2900, WED, src=MINISTRY),
     M(T, "sekitar 12.500 orang", N, "homeless", 12500, WED, qual="approx"),
     M(T, "Minggu (13/4/2014)", D, "catastrophe", "2014-04-13"),

     M(A, "April 12", D, "start", "2014-04-12"),
     M(A, "15 people", N, "dead", 15, MAY5),
     M(A, "about 12,500", N, "homeless", 12500, MAY5, qual="approx"),
     M(A, "more than 3,000", N, "homes", 3000, MAY5, qual="morethan", src=CITY),
     M(A, "April 14", D, "catastrophe", "2014-04-14", planted=True),
     M(A, "April 16", D, "controlled", "2014-04-16"),
     M(A, "About 1,000 hectares", N, "hectares", 1000, MAY5, qual="approx", cls="ha"),
    ]
    build("polvora-fire-2014", "The great fire of Valparaiso, Chile (from Saturday 12 April 2014, starting in a forest "
          "beside the La Polvora road): 12 dead, about 2,000 homes and some 8,000 homeless on Sunday 13 April, 15 dead, "
          "about 2,500 homes, 11,000 homeless and 1,200 hectares on Monday 14 April, the burned area revised down to "
          "about 1,000 hectares by Wednesday 16 April when the fire was under control; the interior ministry's 2,900 "
          "homes against the city government's more than 3,000; the catastrophe zone declared on Sunday 13 April 2014; "
          "the historic quarter on the UNESCO list since 2003", False, ms, names)


def lima_hostages():
    R, K, T, A = "reuters-dec18", "kompas-dec19", "antara-dec24", "ap-apr23"
    # as-of times: Wednesday 18 December 1996 (about 490 hostages by the police's count against about 380 by the Red
    # Cross's: sources; about 20 rebels by the police's first estimate), Monday 23 December (140 hostages left after
    # 225 were freed on Sunday 22 December; about 20 rebels still), the rescue of Tuesday 22 April 1997 (72 hostages,
    # 14 rebels: the rebels' number revised down from about 20). The hostages still held may fall (releases).
    DEC18, DEC23, APR22 = "1996-12-18", "1996-12-23", "1997-04-22"
    POLICE, ICRC = "the Peruvian police", "the International Committee of the Red Cross"
    names = {
     "held": "hostages still held", "rebels": "rebels in the residence", "demand": "jailed rebels whose release was demanded",
     "freed_dec22": "hostages freed on 22 December", "freed_rescue": "hostages freed alive in the rescue",
     "siege_days": "days of the siege", "hostage_dead": "hostages killed in the rescue",
     "soldiers_dead": "soldiers killed in the rescue", "commandos": "soldiers in the assault",
     # dates
     "seizure": "night the residence was seized", "count_wed": "day of the first counts",
     "release": "day of the mass release", "count_mon": "day of the count of 140", "rescue": "day of the rescue",
    }
    ms = [
     M(R, "about 490 people", N, "held", 490, DEC18, qual="approx", src=POLICE, fall=True),
     M(R, "Wednesday morning", D, "count_wed", "1996-12-18"),
     M(R, "Tuesday night", D, "seizure", "1996-12-17"),
     M(R, "8 p.m. on Tuesday", D, "seizure", "1996-12-17"),
     M(R, "about 20", N, "rebels", 20, DEC18, qual="approx"),
     M(R, "more than 400", N, "demand", 400, qual="morethan"),

     M(K, "sekitar 380 orang", N, "held", 380, DEC18, qual="approx", src=ICRC, fall=True),
     M(K, "Rabu (18/12/1996)", D, "count_wed", "1996-12-18"),
     M(K, "Senin (16/12/1996)", D, "seizure", "1996-12-16", planted=True),
     M(K, "lebih dari 400 anggota", N, "demand", 400, qual="morethan"),

     M(T, "224 sandera", N, "freed_dec22", 224, planted=True),
     M(T, "Minggu (22/12/1996)", D, "release", "1996-12-22"),
     M(T, "140 orang", N, "held", 140, DEC23, fall=True),
     M(T, "Senin (23/12/1996)", D, "count_mon", "1996-12-23"),
     M(T, "Selasa (17/12/1996)", D, "seizure", "1996-12-17"),
     M(T, "sekitar 20 orang", N, "rebels", 20, DEC23, qual="approx"),

     M(A, "Tuesday", D, "rescue", "1997-04-22"),
     M(A, "71", N, "freed_rescue", 71),
     M(A, "72 hostages", N, "held", 72, APR22, fall=True),
     M(A, "126 days", N, "siege_days", 126, cls="dur"),
     M(A, "14 rebels", N, "rebels", 14, APR22),
     M(A, "One hostage", N, "hostage_dead", 1),
     M(A, "two army officers", N, "soldiers_dead", 2),
     M(A, "About 140 soldiers", N, "commandos", 140, qual="approx"),
     M(A, "Dec. 17", D, "seizure", "1996-12-17"),
     M(A, "225 freed", N, "freed_dec22", 225),
     M(A, "Dec. 22", D, "release", "1996-12-22"),
     M(A, "about 20 guerrillas", N, "rebels", 20, DEC18, qual="approx"),
     # added by the lead after the untouched measure: the same sentence's "only 14" (the bodies found) is the rebels'
     # final number, as "14 rebels" is
     M(A, "14", N, "rebels", 14, APR22, occ=2),
    ]
    build("lima-hostages-1996", "The seizure of the Japanese ambassador's residence in Lima, Peru, by the Tupac Amaru "
          "Revolutionary Movement (MRTA) on Tuesday night, 17 December 1996: about 490 hostages by the police's count "
          "against about 380 by the Red Cross's on Wednesday 18 December; 225 freed on Sunday 22 December, 140 left on "
          "23 December; about 20 rebels by the police's first estimate, 14 found at the end; the rescue of Tuesday 22 "
          "April 1997 after 126 days (71 of 72 hostages freed alive, one hostage and two soldiers killed, all 14 rebels "
          "killed, about 140 soldiers in the assault); the demand for the release of more than 400 jailed rebels",
          False, ms, names)


def runoff():
    R, K, T, A = "reuters-jun15", "kompas-jun16", "antara-jun17", "ap-jun18"
    names = {
     "santos_pct": "Santos's share in the runoff", "zul_pct": "Zuluaga's share in the runoff",
     "santos_votes": "Santos's votes in the runoff", "zul_votes": "Zuluaga's votes in the runoff",
     "margin": "the margin in votes", "blank": "blank ballots' share", "turnout": "turnout",
     "zul_r1": "Zuluaga's first-round share", "santos_r1": "Santos's first-round share",
     # dates
     "vote": "day of the runoff", "first_round": "day of the first round", "talks": "month the peace talks began",
     "first_elected": "year Santos was first elected", "inaug": "day of the second inauguration",
    }
    ms = [
     M(R, "Sunday", D, "vote", "2014-06-15"),
     M(R, "50.95 percent", N, "santos_pct", 50.95, cls="pct"),
     M(R, "45.00 percent", N, "zul_pct", 45.0, cls="pct"),
     M(R, "7,816,986 votes", N, "santos_votes", 7816986, cls="votes"),
     M(R, "6,917,001", N, "zul_votes", 6917001, cls="votes"),
     M(R, "899,985 votes", N, "margin", 899985, cls="votes"),
     M(R, "4.03 percent", N, "blank", 4.03, cls="pct"),
     M(R, "47.89 percent", N, "turnout", 47.89, cls="pct"),
     M(R, "May 25", D, "first_round", "2014-05-25"),
     M(R, "29.25 percent", N, "zul_r1", 29.25, cls="pct"),
     M(R, "25.69 percent", N, "santos_r1", 25.69, cls="pct"),
     M(R, "November 2012", D, "talks", "2012-11"),
     M(R, "2010", D, "first_elected", "2010"),
     M(R, "Aug. 7", D, "inaug", "2014-08-07"),

     M(K, "Minggu (15/6/2014)", D, "vote", "2014-06-15"),
     M(K, "50,95 persen", N, "santos_pct", 50.95, cls="pct"),
     M(K, "45 persen", N, "zul_pct", 45, cls="pct"),
     M(K, "7.816.986 suara", N, "santos_votes", 7816986, cls="votes"),
     M(K, "6.917.001 suara", N, "zul_votes", 6917001, cls="votes"),
     M(K, "899.985 suara", N, "margin", 899985, cls="votes"),
     M(K, "4,03 persen", N, "blank", 4.03, cls="pct"),
     M(K, "47,89 persen", N, "turnout", 47.89, cls="pct"),
     M(K, "25 Mei", D, "first_round", "2014-05-25"),
     M(K, "29,25 persen", N, "zul_r1", 29.25, cls="pct"),
     M(K, "25,69 persen", N, "santos_r1", 25.69, cls="pct"),
     M(K, "2010", D, "first_elected", "2010"),
     M(K, "7 Agustus 2014", D, "inaug", "2014-08-07"),
     M(K, "November 2012", D, "talks", "2012-11"),

     M(T, "Minggu (15/6/2014)", D, "vote", "2014-06-15"),
     M(T, "50,95 persen", N, "santos_pct", 50.95, cls="pct"),
     M(T, "sekitar 7,8 juta suara", N, "santos_votes", 7800000, qual="approx", cls="votes"),
     M(T, "45,00 persen", N, "zul_pct", 45.0, cls="pct"),
     M(T, "sekitar 6,9 juta suara", N, "zul_votes", 6900000, qual="approx", cls="votes"),
     M(T, "hampir 900.000 suara", N, "margin", 900000, qual="nearly", cls="votes"),
     M(T, "47,89 persen", N, "turnout", 47.89, cls="pct"),
     M(T, "4,03 persen", N, "blank", 4.03, cls="pct"),
     M(T, "25 Mei 2014", D, "first_round", "2014-05-25"),
     M(T, "29,25 persen", N, "zul_r1", 29.25, cls="pct"),
     M(T, "25,69 persen", N, "santos_r1", 25.69, cls="pct"),
     M(T, "November 2012", D, "talks", "2012-11"),
     M(T, "7 Agustus", D, "inaug", "2014-08-07"),

     M(A, "Sunday", D, "vote", "2014-06-15"),
     M(A, "50.95 percent", N, "santos_pct", 50.95, cls="pct"),
     M(A, "45 percent", N, "zul_pct", 45, cls="pct"),
     M(A, "roughly 7.8 million", N, "santos_votes", 7800000, qual="approx", cls="votes"),
     M(A, "roughly 6.9 million", N, "zul_votes", 6900000, qual="approx", cls="votes"),
     M(A, "nearly 900,000", N, "margin", 900000, qual="nearly", cls="votes"),
     M(A, "47.89 percent", N, "turnout", 47.89, cls="pct"),
     M(A, "4.03 percent", N, "blank", 4.03, cls="pct"),
     M(A, "May 25", D, "first_round", "2014-05-25"),
     M(A, "29.25 percent", N, "zul_r1", 29.25, cls="pct"),
     M(A, "25.69 percent", N, "santos_r1", 25.69, cls="pct"),
     M(A, "2010", D, "first_elected", "2010"),
     M(A, "Aug. 7", D, "inaug", "2014-08-07"),
     M(A, "November 2012", D, "talks", "2012-11"),
    ]
    build("colombia-runoff-2014", "Colombia's presidential runoff of Sunday 15 June 2014 (control), as the national "
          "registrar's office counted it: Santos re-elected with 50.95% (7,816,986 votes) against Oscar Ivan "
          "Zuluaga's 45.00% (6,917,001), a margin of 899,985 votes; blank ballots 4.03%, turnout 47.89%; the first "
          "round of 25 May 2014 (Zuluaga 29.25%, Santos 25.69%); the peace talks begun in November 2012; Santos first "
          "elected in 2010, his second term from 7 August 2014. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    valparaiso_fire()
    lima_hostages()
    runoff()
