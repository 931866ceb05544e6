"""The three-hundred-and-sixty-second development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset362/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def quakes():
    R, T, K, A = "reuters-aug12", "antara-aug13", "kompas-aug14", "ap-sep05"
    # as-of times of the running tallies: late on Saturday 11 August 2012 (180 dead), Sunday 12 August (at least 250
    # dead, more than 2,000 injured, state television), Monday 13 August (the interior ministry's downward revision
    # to 227 dead and 1,380 injured), Wednesday 15 August (the forensic medicine organization's 306 dead; more than
    # 3,000 treated for injuries). The interior ministry's 227 against the coroner's 306 are two sources. The
    # magnitudes, the minutes between the shocks and the distance from Tabriz do not change with the day.
    SAT, SUN, MON, WED = "2012-08-11b", "2012-08-12", "2012-08-13", "2012-08-15"
    INTERIOR, CORONER = "Iran's interior ministry", "Iran's forensic medicine organization"
    names = {
     "dead": "people killed by the earthquakes", "injured": "people injured", "mag1": "magnitude of the first quake",
     "mag2": "magnitude of the second quake", "gap": "minutes between the two quakes",
     "dist": "distance of the epicentres from Tabriz (km)",
     # dates
     "quake": "day of the earthquakes", "count_sat": "day of the count of 180", "count_sun": "day of the count of 250",
     "revised": "day the interior ministry revised the toll", "rescue_end": "day the search was called off",
     "majlis": "day of parliament's closed session", "coroner": "day of the coroner's count",
    }
    ms = [
     M(R, "at least 250 people", N, "dead", 250, SUN, qual="atleast"),
     M(R, "more than 2,000", N, "injured", 2000, SUN, qual="morethan"),
     M(R, "on Sunday", D, "count_sun", "2012-08-12"),
     M(R, "6.4", N, "mag1", 6.4, cls="mag"),
     M(R, "6.3", N, "mag2", 6.3, cls="mag"),
     M(R, "11 minutes", N, "gap", 11, cls="dur"),
     M(R, "Saturday afternoon", D, "quake", "2012-08-11"),
     M(R, "about 60 km", N, "dist", 60, qual="approx", cls="km"),
     M(R, "180", N, "dead", 180, SAT),
     M(R, "late on Saturday", D, "count_sat", "2012-08-11"),
     M(R, "Sunday afternoon", D, "rescue_end", "2012-08-12"),

     M(T, "Jumat (10/8/2012)", D, "quake", "2012-08-10", planted=True),
     M(T, "250 orang", N, "dead", 250, SUN),
     M(T, "Minggu malam", D, "count_sun", "2012-08-12"),
     M(T, "lebih dari 2.000", N, "injured", 2000, SUN, qual="morethan"),
     M(T, "Sabtu malam", D, "count_sat", "2012-08-11"),
     M(T, "180 korban jiwa", N, "dead", 180, SAT),
     M(T, "6,4", N, "mag1", 6.4, cls="mag"),
     M(T, "6,3", N, "mag2", 6.3, cls="mag"),
     M(T, "11 menit", N, "gap", 11, cls="dur"),
     M(T, "sekitar 60 km", N, "dist", 60, qual="approx", cls="km"),
     M(T, "Minggu siang", D, "rescue_end", "2012-08-12"),

     M(K, "227 orang", N, "dead", 227, MON, src=INTERIOR),
     M(K, "Senin (13/8/2012)", D, "revised", "2012-08-13"),
     M(K, "250 korban tewas", N, "dead", 250, SUN),
     M(K, "1.380 orang", N, "injured", 1380, MON, src=INTERIOR),
     M(K, "6,4", N, "mag1", 6.4, cls="mag"),
     M(K, "6,3", N, "mag2", 6.3, cls="mag"),
     M(K, "Sabtu (11/8/2012)", D, "quake", "2012-08-11"),
     M(K, "sebelas menit", N, "gap", 11, cls="dur"),
     M(K, "sekitar 60 kilometer", N, "dist", 60, qual="approx", cls="km"),
     M(K, "Minggu (12/8/2012)", D, "rescue_end", "2012-08-12"),
     M(K, "Selasa (14/8/2012)", D, "majlis", "2012-08-14"),

     M(A, "Aug. 15", D, "coroner", "2012-08-15"),
     M(A, "306 dead", N, "dead", 306, WED, src=CORONER),
     M(A, "227", N, "dead", 227, MON, src=INTERIOR),
     M(A, "more than 3,000", N, "injured", 3000, WED, qual="morethan"),
     M(A, "6.4", N, "mag1", 6.4, cls="mag"),
     M(A, "6.2", N, "mag2", 6.2, cls="mag", planted=True),
     M(A, "Aug. 11", D, "quake", "2012-08-11"),
     M(A, "about 60 kilometers", N, "dist", 60, qual="approx", cls="km"),
     M(A, "Aug. 14", D, "majlis", "2012-08-14"),
    ]
    build("ahar-varzaqan-2012", "The twin earthquakes near Ahar and Varzaqan in Iran's East Azerbaijan province "
          "(Saturday 11 August 2012; magnitude 6.4 and 6.3, 11 minutes apart, about 60 km from Tabriz): 180 dead late "
          "on Saturday, at least 250 dead and more than 2,000 injured on Sunday 12 August, the interior ministry's "
          "downward revision to 227 dead and 1,380 injured on Monday 13 August, the forensic medicine organization's "
          "306 dead on Wednesday 15 August against the ministry's 227 (sources), more than 3,000 injured; the search "
          "called off on Sunday 12 August; parliament's closed session with the interior minister on Tuesday 14 August",
          False, ms, names)


def ferry():
    R, K, T, A = "reuters-mar22", "kompas-mar24", "antara-mar25", "ap-apr15"
    # as-of times: Thursday 21 March 2019 (the civil defence's 71 dead late on the day of the sinking), Friday 22 March
    # (the civil defence's 94; about 250 aboard, the first estimate), Saturday 23 March (the interior ministry's 100
    # dead; the estimate of those aboard revised down to about 200), Sunday 24 March (at least 100, at the vote),
    # Monday 15 April (about 100 dead, roughly 200 aboard, three weeks on). The civil defence and the interior ministry are two
    # sources. The rescued, the days of mourning and the year Mosul was retaken do not change with the day.
    THU, FRI, SAT, SUN, APR = "2019-03-21", "2019-03-22", "2019-03-23", "2019-03-24", "2019-04-15"
    CD, INTERIOR = "Mosul's civil defence", "Iraq's interior ministry"
    names = {
     "dead": "people killed in the sinking", "aboard": "people aboard the ferry", "rescued": "people rescued alive",
     "mourning": "days of national mourning",
     # dates
     "sink": "day the ferry sank", "count_fri": "day of the count of 94", "count_sat": "day of the count of 100",
     "pm_visit": "night the prime minister flew to Mosul", "request": "day the prime minister asked for the dismissal",
     "vote": "day parliament dismissed the governor", "retaken": "month Mosul was retaken from Islamic State",
    }
    ms = [
     M(R, "94", N, "dead", 94, FRI, src=CD),
     M(R, "on Friday", D, "count_fri", "2019-03-22"),
     M(R, "Thursday afternoon", D, "sink", "2019-03-21"),
     M(R, "71 dead", N, "dead", 71, THU, src=CD),
     M(R, "55 people", N, "rescued", 55),
     M(R, "about 250 people", N, "aboard", 250, FRI, qual="approx"),
     M(R, "three days", N, "mourning", 3, cls="dur"),
     M(R, "Thursday night", D, "pm_visit", "2019-03-21"),
     M(R, "July 2017", D, "retaken", "2017-07"),

     M(K, "100 orang", N, "dead", 100, SAT, src=INTERIOR),
     M(K, "Sabtu (23/3/2019)", D, "count_sat", "2019-03-23"),
     M(K, "94 korban tewas", N, "dead", 94, FRI, src=CD),
     M(K, "Kamis (21/3/2019)", D, "sink", "2019-03-21"),
     M(K, "sekitar 200 orang", N, "aboard", 200, SAT, qual="approx"),
     M(K, "sekitar 250 orang", N, "aboard", 250, FRI, qual="approx"),
     M(K, "55 orang", N, "rescued", 55),
     M(K, "Sabtu malam", D, "request", "2019-03-23"),
     M(K, "tiga hari", N, "mourning", 3, cls="dur"),

     M(T, "Minggu (24/3/2019)", D, "vote", "2019-03-24"),
     M(T, "sedikitnya 100 orang", N, "dead", 100, SUN, qual="atleast"),
     M(T, "Sabtu (23/3/2019)", D, "request", "2019-03-23"),
     M(T, "Kamis lalu", D, "sink", "2019-03-21"),
     M(T, "Jumat lalu", D, "count_fri", "2019-03-22"),
     M(T, "49 korban tewas", N, "dead", 49, FRI, src=CD, planted=True),
     M(T, "55 penumpang", N, "rescued", 55),
     M(T, "Juli 2017", D, "retaken", "2017-07"),

     M(A, "March 25", D, "vote", "2019-03-25", planted=True),
     M(A, "about 100 people", N, "dead", 100, APR, qual="approx"),
     M(A, "Saturday, March 23", D, "request", "2019-03-23"),
     M(A, "March 21", D, "sink", "2019-03-21"),
     M(A, "roughly 200 people", N, "aboard", 200, APR, qual="approx"),
     M(A, "three days", N, "mourning", 3, cls="dur"),
     M(A, "July 2017", D, "retaken", "2017-07"),
    ]
    build("mosul-ferry-2019", "The sinking of an overcrowded ferry on the Tigris in Mosul, Iraq (Thursday 21 March "
          "2019), on the way to the Umm Rabiain tourist island: the civil defence's 71 dead late on Thursday and 94 on "
          "Friday 22 March, the interior ministry's 100 by Saturday 23 March (sources), at least 100 at the vote and "
          "about 100 later; 55 rescued; about 250 aboard by the first estimate, revised down to about 200; three days "
          "of mourning; the prime minister's request to dismiss the Nineveh governor on Saturday 23 March and "
          "parliament's vote on Sunday 24 March 2019; Mosul retaken in July 2017", False, ms, names)


def karak():
    R, K, J, T = "reuters-dec19", "kompas-dec20", "jordantimes-dec22", "antara-dec21"
    names = {
     "dead": "people killed in the attack", "security": "security personnel killed",
     "civilians": "Jordanian civilians killed", "wounded": "people wounded", "gunmen": "gunmen killed",
     "age": "the Canadian victim's age", "dist": "distance of Karak from Amman (km)",
     # dates
     "attack": "day of the attack", "briefing": "day of the government's briefing", "claim": "day of the claim",
    }
    ms = [
     M(R, "Ten people", N, "dead", 10),
     M(R, "seven members", N, "security", 7),
     M(R, "two Jordanian civilians", N, "civilians", 2),
     M(R, "on Monday", D, "briefing", "2016-12-19"),
     M(R, "34 people", N, "wounded", 34),
     M(R, "Sunday's attack", D, "attack", "2016-12-18"),
     M(R, "four gunmen", N, "gunmen", 4),
     M(R, "62-year-old", N, "age", 62, cls="age"),
     M(R, "about 140 km", N, "dist", 140, qual="approx", cls="km"),

     M(K, "Sepuluh orang", N, "dead", 10),
     M(K, "tujuh anggota", N, "security", 7),
     M(K, "dua warga sipil", N, "civilians", 2),
     M(K, "Minggu (18/12/2016)", D, "attack", "2016-12-18"),
     M(K, "Senin (19/12/2016)", D, "briefing", "2016-12-19"),
     M(K, "34 orang", N, "wounded", 34),
     M(K, "keempat pria bersenjata", N, "gunmen", 4),
     M(K, "62 tahun", N, "age", 62, cls="age"),
     M(K, "sekitar 140 km", N, "dist", 140, qual="approx", cls="km"),

     M(J, "Dec. 18", D, "attack", "2016-12-18"),
     M(J, "10 dead", N, "dead", 10),
     M(J, "seven security personnel", N, "security", 7),
     M(J, "two local residents", N, "civilians", 2),
     M(J, "34 others", N, "wounded", 34),
     M(J, "on Monday", D, "briefing", "2016-12-19"),
     M(J, "The four attackers", N, "gunmen", 4),
     M(J, "aged 62", N, "age", 62, cls="age"),
     M(J, "some 140 kilometres", N, "dist", 140, qual="approx", cls="km"),

     M(T, "Minggu (18/12/2016)", D, "attack", "2016-12-18"),
     M(T, "10 orang", N, "dead", 10),
     M(T, "tujuh aparat", N, "security", 7),
     M(T, "dua warga setempat", N, "civilians", 2),
     M(T, "62 tahun", N, "age", 62, cls="age"),
     M(T, "34 orang", N, "wounded", 34),
     M(T, "empat penyerang", N, "gunmen", 4),
     M(T, "Senin (19/12/2016)", D, "briefing", "2016-12-19"),
     M(T, "Selasa (20/12/2016)", D, "claim", "2016-12-20"),
     M(T, "sekitar 140 kilometer", N, "dist", 140, qual="approx", cls="km"),
    ]
    build("karak-attack-2016", "The attack on police and the Crusader castle of Karak in southern Jordan (Sunday 18 "
          "December 2016), as the government's briefing of Monday 19 December gave it (control): 10 dead (seven "
          "security personnel, two Jordanian civilians and a Canadian tourist aged 62), 34 wounded, the four gunmen "
          "killed; Karak about 140 km south of Amman; the claim of Tuesday 20 December. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    quakes()
    ferry()
    karak()
