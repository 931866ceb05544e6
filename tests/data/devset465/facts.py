"""The four-hundred-and-sixty-fifth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day. A time of day is a number
of the class "clock", in decimal hours of the event's local time (8:55 p.m. -> 20.9167; a time given in WIB is
converted to the local time first).
Run from the repository root after changing an article: ``python tests/data/devset465/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def trains():
    R, K, A, J = "reuters-mar04", "kompas-mar05", "antara-mar07", "ap-apr02"
    # the collision of Saturday 3 March 2012 at 20:55 local time (CET, UTC+1: 02:55 WIB on the Sunday). Running
    # tallies: the dead at least 14 at about 01:00 on Sunday 4 March, 16 by 17:00 that day (final); the injured at
    # least 54 at about 01:00, 61 by the fire service against 58 by the Silesian voivode's office on Sunday (sources),
    # revised down by the health ministry to 57 on Tuesday 6 March after double counts (a revision). Tempting pairs:
    # the 350 passengers against the more than 350 firefighters, the collision's time against the prime minister's
    # arrival at about 01:00 and the as-of 17:00; the statement's Sunday and Monday against the crash's Saturday.
    SUN01, SUN17, TUE = "2012-03-04T01", "2012-03-04T17", "2012-03-06"
    FIRE, VOIV = "the state fire service", "the Silesian voivode's office"
    names = {
     "dead": "people killed", "injured": "people injured", "passengers": "passengers on the two trains",
     "carriages": "carriages of the two trains", "firefighters": "firefighters at the scene",
     "dispatchers": "dispatchers questioned", "crash_time": "time of the collision",
     "pm_time": "time the prime minister reached the scene", "asof_time": "as-of time of the count of 16",
     "speed": "speed of the Krakow-bound train (km/h)", "dist_krakow": "distance of the site from Krakow (km)",
     "mourning_days": "days of national mourning", "worst_yrs": "years since a worse rail accident",
     # dates
     "crash": "day of the collision", "count14_day": "day officials gave the first count (at least 14)",
     "count16_day": "day of the count of 16", "mourning_start": "first day of national mourning",
     "mourning_end": "last day of national mourning", "masses": "day of the masses for the victims",
     "findings": "day the investigators gave their findings",
    }
    ms = [
     M(R, "Saturday", D, "crash", "2012-03-03"),
     M(R, "at least 14 people", N, "dead", 14, SUN01, qual="atleast"),
     M(R, "Sunday", D, "count14_day", "2012-03-04"),
     M(R, "about 8:55 p.m.", N, "crash_time", 20.9167, qual="approx", cls="clock"),
     M(R, "some 60 km", N, "dist_krakow", 60, qual="approx", cls="km"),
     M(R, "an estimated 350 passengers", N, "passengers", 350, qual="approx"),
     M(R, "10 carriages", N, "carriages", 10),
     M(R, "At least 54 people", N, "injured", 54, SUN01, qual="atleast"),
     M(R, "More than 350 firefighters", N, "firefighters", 350, qual="morethan"),
     M(R, "around 1 a.m.", N, "pm_time", 1, qual="approx", cls="clock"),
     M(R, "more than 20 years", N, "worst_yrs", 20, qual="morethan", cls="yrs"),

     M(K, "16 orang", N, "dead", 16, SUN17),
     M(K, "Minggu (4/3/2012)", D, "count16_day", "2012-03-04"),
     M(K, "pukul 17.00", N, "asof_time", 17, cls="clock"),
     M(K, "Sabtu (3/3/2012)", D, "crash", "2012-03-03"),
     M(K, "sekitar pukul 20.55", N, "crash_time", 20.9167, qual="approx", cls="clock"),
     M(K, "pukul 02.55 WIB", N, "crash_time", 20.9167, qual="approx", cls="clock"),
     M(K, "sekitar 95 km per jam", N, "speed", 95, qual="approx", cls="kmh"),
     M(K, "sekitar 530 penumpang", N, "passengers", 530, qual="approx", planted=True),
     M(K, "10 gerbong", N, "carriages", 10),
     M(K, "61 orang luka-luka", N, "injured", 61, SUN17, src=FIRE),
     M(K, "58 korban luka", N, "injured", 58, SUN17, src=VOIV),
     M(K, "sekitar pukul 01.00", N, "pm_time", 1, qual="approx", cls="clock"),
     M(K, "dua hari", N, "mourning_days", 2, cls="dur"),
     M(K, "Senin (5/3/2012)", D, "mourning_start", "2012-03-05"),

     M(A, "16 korban tewas", N, "dead", 16, SUN17),
     M(A, "dua hari", N, "mourning_days", 2, cls="dur"),
     M(A, "Selasa (6/3/2012)", D, "mourning_end", "2012-03-06"),
     M(A, "57 orang", N, "injured", 57, TUE),
     M(A, "61 orang", N, "injured", 61, SUN17, src=FIRE),
     M(A, "Sabtu (3/3/2012)", D, "crash", "2012-03-03"),
     M(A, "pukul 20.55", N, "crash_time", 20.9167, cls="clock"),
     M(A, "sekitar 350 penumpang", N, "passengers", 350, qual="approx"),
     M(A, "dua petugas", N, "dispatchers", 2),
     M(A, "Minggu (4/3/2012)", D, "masses", "2012-03-04"),

     M(J, "Monday", D, "findings", "2012-04-02"),
     M(J, "March 3", D, "crash", "2012-03-03"),
     M(J, "16 people", N, "dead", 16, SUN17),
     M(J, "9:55 p.m.", N, "crash_time", 21.9167, cls="clock", planted=True),
     M(J, "about 95 km/h", N, "speed", 95, qual="approx", cls="kmh"),
     M(J, "at least 14 dead", N, "dead", 14, SUN01, qual="atleast"),
     M(J, "16", N, "dead", 16, SUN17, occ=2),
     M(J, "5 p.m.", N, "asof_time", 17, cls="clock"),
     M(J, "57", N, "injured", 57, TUE),
     M(J, "61", N, "injured", 61, SUN17, src=FIRE),
     M(J, "About 350 passengers", N, "passengers", 350, qual="approx"),
     M(J, "10 carriages", N, "carriages", 10),
     M(J, "two days", N, "mourning_days", 2, cls="dur"),
     M(J, "March 5", D, "mourning_start", "2012-03-05"),
    ]
    build("szczekociny-trains-2012", "The head-on collision of two passenger trains (the TLK Brzechwa from Przemysl "
          "to Warsaw and the InterRegio Jan Matejko from Warsaw to Krakow, about 350 passengers in 10 carriages) at "
          "Chalupki near Szczekociny in southern Poland on Saturday 3 March 2012 at 20:55 local time: at least 14 dead "
          "early on Sunday 4 March and 16 by 17:00 that day; the injured at least 54 early on Sunday, 61 by the fire "
          "service against 58 by the Silesian voivode's office (sources), revised down to 57 on Tuesday 6 March after "
          "double counts; two days of national mourning from Monday 5 March; the investigators' findings on Monday 2 "
          "April", False, ms, names)


def stabbing():
    K, T, A, P = "kompas-jan14", "tempo-jan19", "antara-mar17", "ap-mar16"
    # steps on different dates: the mayor since 1998, re-elected in November 2018; the attacker out of prison in
    # December 2018; the attack on Sunday 13 January 2019 at about 19:55, minutes before the 20:00 "light to heaven"
    # (another event's time); the death on Monday 14 January at 14:03; the funeral on Saturday 19 January; the
    # by-election in March 2019; the verdict on Thursday 16 March 2023 (life, parole after 40 years). Tempting pairs
    # of one unit: the mayor's 53 against the attacker's 27; the 40 years before parole against the more than five
    # years served for robbery, the year of the trial, the three of the investigation and the four since the attack.
    names = {
     "mayor_age": "the mayor's age", "attacker_age": "the attacker's age at the attack",
     "attack_time": "time of the stabbing", "light_time": "time of the 'light to heaven' finale",
     "death_time": "time of the mayor's death", "surgery": "hours of surgery", "blood": "units of blood given",
     "robbery_term": "years the attacker had served for robbery", "tenure": "years the mayor had led the city",
     "parole": "years before parole may be sought", "since": "years between the attack and the verdict",
     "trial_len": "length of the trial (years)", "investigation": "length of the investigation (years)",
     # dates
     "attack": "day of the stabbing", "death": "day of the mayor's death", "funeral": "day of the funeral",
     "release": "month the attacker left prison", "mayor_since": "year the mayor took office",
     "reelected": "month of the mayor's re-election", "byelection": "month of the by-election",
     "verdict": "day of the verdict",
    }
    ms = [
     M(K, "Senin (14/1/2019)", D, "death", "2019-01-14"),
     M(K, "pukul 14.03", N, "death_time", 14.05, cls="clock"),
     M(K, "53", N, "mayor_age", 53, cls="age"),
     M(K, "Minggu (13/1/2019)", D, "attack", "2019-01-13"),
     M(K, "sekitar pukul 19.55", N, "attack_time", 19.9167, qual="approx", cls="clock"),
     M(K, "pukul 20.00", N, "light_time", 20, cls="clock"),
     M(K, "lima jam", N, "surgery", 5, cls="hrs"),
     M(K, "41 kantong darah", N, "blood", 41),
     M(K, "27", N, "attacker_age", 27, cls="age"),
     M(K, "Desember 2018", D, "release", "2018-12"),
     M(K, "lebih dari lima tahun", N, "robbery_term", 5, qual="morethan", cls="yrs"),
     M(K, "1998", D, "mayor_since", "1998"),
     M(K, "November 2018", D, "reelected", "2018-11"),

     M(T, "Sabtu (19/1/2019)", D, "funeral", "2019-01-19"),
     M(T, "Selasa (15/1/2019)", D, "death", "2019-01-15", planted=True),
     M(T, "Minggu (13/1/2019)", D, "attack", "2019-01-13"),
     M(T, "sekitar pukul 19.55", N, "attack_time", 19.9167, qual="approx", cls="clock"),
     M(T, "53 tahun", N, "mayor_age", 53, cls="age"),
     M(T, "lebih dari 20 tahun", N, "tenure", 20, qual="morethan", cls="yrs"),
     M(T, "Maret 2019", D, "byelection", "2019-03"),
     M(T, "27", N, "attacker_age", 27, cls="age"),

     M(A, "Kamis (16/3/2023)", D, "verdict", "2023-03-16"),
     M(A, "40 tahun", N, "parole", 40, cls="yrs"),
     M(A, "27 tahun", N, "attacker_age", 27, cls="age"),
     M(A, "13 Januari 2019", D, "attack", "2019-01-13"),
     M(A, "sekitar pukul 19.55", N, "attack_time", 19.9167, qual="approx", cls="clock"),
     M(A, "53 tahun", N, "mayor_age", 53, cls="age"),
     M(A, "lima jam", N, "surgery", 5, cls="hrs"),
     M(A, "sekitar satu tahun", N, "trial_len", 1, qual="approx", cls="yrs"),
     M(A, "tiga tahun", N, "investigation", 3, cls="yrs"),

     M(P, "Thursday", D, "verdict", "2023-03-16"),
     M(P, "four years", N, "since", 4, cls="yrs"),
     M(P, "30 years", N, "parole", 30, cls="yrs", planted=True),
     M(P, "27", N, "attacker_age", 27, cls="age"),
     M(P, "53-year-old", N, "mayor_age", 53, cls="age"),
     M(P, "about 7:55 p.m.", N, "attack_time", 19.9167, qual="approx", cls="clock"),
     M(P, "Jan. 13, 2019", D, "attack", "2019-01-13"),
     M(P, "8 p.m.", N, "light_time", 20, cls="clock"),
     M(P, "1998", D, "mayor_since", "1998"),
     M(P, "2:03 p.m.", N, "death_time", 14.05, cls="clock"),
     M(P, "five-hour operation", N, "surgery", 5, cls="hrs"),
     M(P, "more than five years", N, "robbery_term", 5, qual="morethan", cls="yrs"),
     M(P, "about a year", N, "trial_len", 1, qual="approx", cls="yrs"),
     M(P, "three years", N, "investigation", 3, cls="yrs"),
    ]
    build("gdansk-mayor-stabbing-2019", "The stabbing of the Gdansk mayor Pawel Adamowicz (53), mayor since 1998, on "
          "the stage of the Great Orchestra of Christmas Charity's finale on Sunday 13 January 2019 at about 19:55, "
          "minutes before the 20:00 'light to heaven'; his death on Monday 14 January at 14:03 after five hours of "
          "surgery; the funeral on Saturday 19 January; the attacker Stefan Wilmont (27), out of prison since December "
          "2018 after more than five years for robberies, sentenced to life on Thursday 16 March 2023 by the Gdansk "
          "court, with parole possible only after 40 years", False, ms, names)


def grid():
    R, K, A, E = "reuters-feb08", "kompas-feb09", "antara-feb10", "euronews-feb11"
    names = {
     "disc_time": "time the grids were cut from the Russian network", "sync_time": "time of the synchronisation",
     "population": "people in the three countries (million)", "cost": "cost of the project (billion euros)",
     "eu_amount": "the EU's share of the cost (billion euros)", "eu_share": "the EU's share of the cost (%)",
     # dates
     "disconnect": "day of the disconnection", "sync": "day of the synchronisation with Europe",
     "ceremony": "day of the ceremony in Vilnius", "roadmap": "year of the timetable agreed with Brussels",
     "invasion": "year of Russia's full-scale invasion of Ukraine",
    }
    ms = [
     M(R, "Saturday", D, "disconnect", "2025-02-08"),
     M(R, "9:09 a.m.", N, "disc_time", 9.15, cls="clock"),
     M(R, "about 6 million people", N, "population", 6, qual="approx", cls="mln"),
     M(R, "Sunday", D, "sync", "2025-02-09"),
     M(R, "shortly after 2 p.m.", N, "sync_time", 14, qual="morethan", cls="clock"),
     M(R, "Sunday", D, "sync", "2025-02-09", occ=2),
     M(R, "about 1.6 billion euros", N, "cost", 1.6, qual="approx", cls="eur_bn"),
     M(R, "three quarters", N, "eu_share", 75, cls="pct"),
     M(R, "some 1.2 billion euros", N, "eu_amount", 1.2, qual="approx", cls="eur_bn"),
     M(R, "2018", D, "roadmap", "2018"),
     M(R, "2022", D, "invasion", "2022"),

     M(K, "Minggu (9/2/2025)", D, "sync", "2025-02-09"),
     M(K, "lewat pukul 14.00", N, "sync_time", 14, qual="morethan", cls="clock"),
     M(K, "Sabtu (8/2/2025)", D, "disconnect", "2025-02-08"),
     M(K, "pukul 09.09", N, "disc_time", 9.15, cls="clock"),
     M(K, "sekitar 1,6 miliar euro", N, "cost", 1.6, qual="approx", cls="eur_bn"),
     M(K, "75 persen", N, "eu_share", 75, cls="pct"),
     M(K, "sekitar 1,2 miliar euro", N, "eu_amount", 1.2, qual="approx", cls="eur_bn"),
     M(K, "sekitar 6 juta jiwa", N, "population", 6, qual="approx", cls="mln"),
     M(K, "2018", D, "roadmap", "2018"),
     M(K, "2022", D, "invasion", "2022"),

     M(A, "Minggu (9/2/2025)", D, "sync", "2025-02-09"),
     M(A, "Sabtu (8/2/2025)", D, "disconnect", "2025-02-08"),
     M(A, "pukul 09.09", N, "disc_time", 9.15, cls="clock"),
     M(A, "lewat pukul 14.00", N, "sync_time", 14, qual="morethan", cls="clock"),
     M(A, "sekitar 1,6 miliar euro", N, "cost", 1.6, qual="approx", cls="eur_bn"),
     M(A, "tiga perempat", N, "eu_share", 75, cls="pct"),
     M(A, "sekitar 1,2 miliar euro", N, "eu_amount", 1.2, qual="approx", cls="eur_bn"),
     M(A, "2018", D, "roadmap", "2018"),
     M(A, "sekitar 6 juta jiwa", N, "population", 6, qual="approx", cls="mln"),

     M(E, "Sunday, Feb. 9", D, "sync", "2025-02-09"),
     M(E, "shortly after 2 p.m.", N, "sync_time", 14, qual="morethan", cls="clock"),
     M(E, "Saturday, Feb. 8", D, "disconnect", "2025-02-08"),
     M(E, "9:09 a.m.", N, "disc_time", 9.15, cls="clock"),
     M(E, "about 1.6 billion euros", N, "cost", 1.6, qual="approx", cls="eur_bn"),
     M(E, "75%", N, "eu_share", 75, cls="pct"),
     M(E, "about 1.2 billion euros", N, "eu_amount", 1.2, qual="approx", cls="eur_bn"),
     M(E, "Sunday", D, "ceremony", "2025-02-09", occ=2),
     M(E, "2018", D, "roadmap", "2018"),
     M(E, "2022", D, "invasion", "2022"),
     M(E, "roughly 6 million people", N, "population", 6, qual="approx", cls="mln"),
    ]
    build("baltic-grid-sync-2025", "Estonia, Latvia and Lithuania leaving the Russian-run power network on Saturday 8 "
          "February 2025 at 09:09 local time and joining the continental European grid through the line to Poland on "
          "Sunday 9 February 2025 shortly after 14:00, marked at a ceremony in Vilnius the same day (control): a "
          "project of about 1.6 billion euros, three quarters (about 1.2 billion euros) paid by the EU; about 6 million "
          "people; the timetable agreed with Brussels in 2018 and brought forward after 2022. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    trains()
    stabbing()
    grid()
