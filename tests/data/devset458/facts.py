"""The table of facts of the four-hundred-and-fifty-eighth development set (issue 12): one row per mention of a figure
or date in the articles (``M``), with the fact it states, its value, the as-of time of a running tally, its qualifier,
its source, whether the tally may fall and whether it is a planted error. Every cross-article pair of mentions is then
labelled by the development set's rules (tests/data/devset/README.md): same fact -> agree / compatible / update /
revision / conflict / sources; different facts of one unit class, and every other pair of dates -> none, or
not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset458/facts.py``.
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
    R, K, A, P = "reuters-aug06", "kompas-aug07", "antara-aug09", "ap-sep05"
    # as-of times of the running tallies: Saturday 6 August 2022 in the morning (the police's 11 dead at the scene),
    # Saturday at 16:00 (the health ministry's 12 dead, 32 injured, 19 of them seriously; the police's 31 injured: two
    # sources), Sunday 7 August (17 still seriously injured: a count that may fall), Monday 8 August (the ministry's
    # injured revised down to 31 after a double registration: a revision; 12 dead; nine still in Croatian hospitals;
    # the injured brought home to Poland rising from 13 on Sunday to 22 by Monday night).
    # The final figures recalled a month on stand for Monday's.
    SAT_AM, SAT_PM, SUN, MON = "2022-08-06a", "2022-08-06b", "2022-08-07", "2022-08-08"
    MIN, POL = "the Croatian health ministry", "the Croatian police"
    names = {
     "dead": "people killed in the crash", "scene": "people who died at the scene", "aboard": "people on the bus",
     "drivers": "drivers on the bus", "injured": "people injured", "serious": "people seriously injured",
     "planes": "Polish military planes sent", "flown": "injured brought home to Poland",
     "hosp_cro": "injured still in Croatian hospitals", "hosp_pl": "injured still in hospital in Poland",
     "crash_time": "time of the crash (hhmm)", "count_time": "time of the ministry's count of 12 (hhmm)",
     "dist": "distance of the crash site from Zagreb (km)", "speed": "speed of the bus (km/h)",
     # dates
     "crash": "day of the crash", "count_sat": "day of the count of 12", "count_sun": "day of the count of 17",
     "planes_day": "day the military planes landed", "rev_day": "day the injured were revised to 31",
     "hosp_day": "day of the count of nine in hospital", "flown_day": "day of the count of 22 brought home", "repatriation": "day the bodies were to reach Poland",
     "prosecutors": "day of the prosecutors' statement", "hosp_pl_day": "month of the count of two in Poland",
    }
    ms = [
     M(R, "Saturday", D, "crash", "2022-08-06"),
     M(R, "12 people", N, "dead", 12, SAT_PM),
     M(R, "5:40 a.m.", N, "crash_time", 540, cls="clock"),
     M(R, "11 people", N, "dead", 11, SAT_AM, also={"scene": 11}),
     M(R, "44 people", N, "aboard", 44),
     M(R, "two drivers", N, "drivers", 2),
     M(R, "4 p.m.", N, "count_time", 1600, cls="clock"),
     M(R, "32 injured", N, "injured", 32, SAT_PM, src=MIN),
     M(R, "19 of them seriously", N, "serious", 19, SAT_PM, fall=True),
     M(R, "31", N, "injured", 31, SAT_PM, src=POL),
     M(R, "50 km", N, "dist", 50, cls="km"),

     M(K, "12 orang", N, "dead", 12, SAT_PM),
     M(K, "Sabtu (6/8/2022)", D, "count_sat", "2022-08-06"),
     M(K, "pukul 05.40", N, "crash_time", 540, cls="clock"),
     M(K, "11 orang", N, "scene", 11),
     M(K, "44 orang", N, "aboard", 44),
     M(K, "dua sopir", N, "drivers", 2),
     M(K, "32 orang luka-luka", N, "injured", 32, SAT_PM, src=MIN),
     M(K, "19 di antaranya luka berat", N, "serious", 19, SAT_PM, fall=True),
     M(K, "31 orang terluka", N, "injured", 31, SAT_PM, src=POL),
     M(K, "Minggu (7/8/2022)", D, "count_sun", "2022-08-07"),
     M(K, "17 orang", N, "serious", 17, SUN, fall=True),
     M(K, "Dua pesawat militer", N, "planes", 2),
     M(K, "Minggu pagi", D, "planes_day", "2022-08-07"),
     M(K, "13 korban luka", N, "flown", 13, SUN),
     M(K, "50 kilometer", N, "dist", 50, cls="km"),

     M(A, "31 orang", N, "injured", 31, MON, src=MIN),
     M(A, "Senin (8/8/2022)", D, "rev_day", "2022-08-08"),
     M(A, "32 orang terluka", N, "injured", 32, SAT_PM, src=MIN),
     M(A, "Sabtu (6/8/2022)", D, "crash", "2022-08-06"),
     M(A, "12 orang", N, "dead", 12, MON),
     M(A, "dua sopir", N, "drivers", 2),
     M(A, "pukul 04.40", N, "crash_time", 440, cls="clock", planted=True),
     M(A, "Selasa (9/8/2022)", D, "repatriation", "2022-08-09"),
     M(A, "Senin", D, "hosp_day", "2022-08-08", occ=2),
     M(A, "sembilan korban luka", N, "hosp_cro", 9, MON, fall=True),
     M(A, "22 korban luka", N, "flown", 22, MON),
     M(A, "Senin malam", D, "flown_day", "2022-08-08"),

     M(P, "Monday", D, "prosecutors", "2022-09-05"),
     M(P, "Aug. 6", D, "crash", "2022-08-06"),
     M(P, "killing 12", N, "dead", 12, MON),
     M(P, "injuring 23", N, "injured", 23, MON, planted=True),
     M(P, "44 people", N, "aboard", 44),
     M(P, "Eleven people", N, "scene", 11),
     M(P, "31", N, "injured", 31, MON, src=MIN),
     M(P, "80 km per hour", N, "speed", 80, cls="kmh"),
     M(P, "Two people", N, "hosp_pl", 2),
     M(P, "August", D, "hosp_pl_day", "2022-08"),
    ]
    build("croatia-pilgrim-bus-2022", "The crash of a bus carrying Polish pilgrims to Medjugorje on the A4 motorway "
          "near Podvorec, about 50 km northeast of Zagreb, at about 05:40 on Saturday 6 August 2022, with 44 people on "
          "board: 11 dead at the scene by the police's morning count, 12 by the health ministry's count at 16:00 after "
          "one died in hospital; 32 injured by the ministry (19 seriously, 17 still seriously on Sunday) against 31 by "
          "the police (sources), the ministry's figure revised down to 31 on Monday 8 August after a double "
          "registration; the injured brought home to Poland rising from 13 on Sunday to 22 by Monday night, nine still in Croatian hospitals; the prosecutors' finding a month on that the driver fell "
          "asleep", False, ms, names)


def gotovina():
    N_, T, R, K = "antara-dec08", "tempo-apr16", "reuters-nov16", "kompas-aug05"
    # steps on different dates: Operation Storm (from Friday 4 August 1995, four days), the indictment (2001), the arrest
    # in Tenerife (Wednesday 7 December 2005) and the chief prosecutor's statement the next day, the trial's opening
    # (Tuesday 11 March 2008), the verdict (Friday 15 April 2011: 24 and 18 years), the acquittal on appeal (Friday 16
    # November 2012, 3-2) and the return to Zagreb the same day, the anniversary parade (Tuesday 4 August 2015). The
    # Serbs who fled: about 200,000 by Serbian refugee groups against about 150,000 by the Croatian government
    # (sources). Tempting pairs of one unit: the two prison terms, the years in hiding and in custody, the
    # anniversary's 20 years; the general's ages; 150 civilians against the refugees.
    REF, CRO = "Serbian refugee groups", "the Croatian government"
    names = {
     "age05": "Gotovina's age in 2005", "age11": "Gotovina's age in 2011", "age12": "Gotovina's age in 2012",
     "storm_days": "days the offensive lasted", "killed": "Serb civilians killed by the indictment",
     "hiding": "years Gotovina spent in hiding", "custody": "years Gotovina spent in custody",
     "got_term": "Gotovina's prison term (years)", "mar_term": "Markac's prison term (years)",
     "anniv": "years since the offensive", "towns": "towns shelled", "margin": "the trial chamber's margin (m)",
     "fled": "Serbs who fled Krajina", "judges": "appeal judges", "judges_for": "appeal judges for acquittal",
     "judges_against": "appeal judges against acquittal",
     # dates
     "storm": "start of Operation Storm", "indict": "year of the indictment", "arrest": "day of the arrest",
     "statement": "day of the chief prosecutor's statement", "split": "day of the protest in Split",
     "trial": "day the trial opened", "verdict": "day of the first-instance verdict",
     "appeal": "day of the acquittal on appeal", "return": "day the generals returned to Zagreb",
     "parade": "day of the anniversary parade",
    }
    ms = [
     M(N_, "Rabu (7/12/2005)", D, "arrest", "2005-12-07"),
     M(N_, "50 tahun", N, "age05", 50, cls="age"),
     M(N_, "2001", D, "indict", "2001"),
     M(N_, "4 Agustus 1995", D, "storm", "1995-08-04"),
     M(N_, "empat hari", N, "storm_days", 4, cls="days"),
     M(N_, "sedikitnya 150 warga sipil", N, "killed", 150, qual="atleast"),
     M(N_, "Kamis (8/12/2005)", D, "statement", "2005-12-08"),
     M(N_, "empat tahun", N, "hiding", 4, cls="yrs"),
     M(N_, "Kamis", D, "split", "2005-12-08", occ=2),

     M(T, "Jumat (15/4/2011)", D, "verdict", "2011-04-15"),
     M(T, "24 tahun penjara", N, "got_term", 24, cls="yrs"),
     M(T, "18 tahun penjara", N, "mar_term", 18, cls="yrs"),
     M(T, "Agustus 1995", D, "storm", "1995-08"),
     M(T, "empat kota", N, "towns", 4),
     M(T, "200 meter", N, "margin", 200, cls="m"),
     M(T, "sekitar 200.000 warga Serbia", N, "fled", 200000, qual="approx", src=REF),
     M(T, "55 tahun", N, "age11", 55, cls="age"),
     M(T, "Selasa (11/3/2008)", D, "trial", "2008-03-11"),

     M(R, "Friday", D, "appeal", "2012-11-16"),
     M(R, "1995", D, "storm", "1995"),
     M(R, "five judges", N, "judges", 5),
     M(R, "3-2", N, "judges_for", 3, also={"judges_against": 2}),
     M(R, "24-year", N, "got_term", 24, cls="yrs"),
     M(R, "18-year", N, "mar_term", 18, cls="yrs"),
     M(R, "April 14, 2011", D, "verdict", "2011-04-14", planted=True),
     M(R, "August 1995", D, "storm", "1995-08"),
     M(R, "200 meters", N, "margin", 200, cls="m"),
     M(R, "Two", N, "judges_against", 2),
     M(R, "five judges", N, "judges", 5, occ=2),
     M(R, "57", N, "age12", 57, cls="age"),
     M(R, "Friday", D, "return", "2012-11-16", occ=2),
     M(R, "nearly seven years", N, "custody", 7, qual="nearly", cls="yrs"),
     M(R, "December 2005", D, "arrest", "2005-12"),
     M(R, "some 200,000 Serbs", N, "fled", 200000, qual="approx", src=REF),

     M(K, "Selasa (4/8/2015)", D, "parade", "2015-08-04"),
     M(K, "20 tahun", N, "anniv", 20, cls="yrs"),
     M(K, "4 Agustus 1995", D, "storm", "1995-08-04"),
     M(K, "empat hari", N, "storm_days", 4, cls="days"),
     M(K, "sekitar 200.000 orang", N, "fled", 200000, qual="approx", src=REF),
     M(K, "sekitar 150.000 orang", N, "fled", 150000, qual="approx", src=CRO),
     M(K, "24 tahun penjara", N, "got_term", 24, cls="yrs"),
     M(K, "8 tahun penjara", N, "mar_term", 8, cls="yrs", planted=True),
     M(K, "16 November 2012", D, "appeal", "2012-11-16"),
     M(K, "3 banding 2", N, "judges_for", 3, also={"judges_against": 2}),
    ]
    build("gotovina-appeal-2012", "The case of the Croatian generals Ante Gotovina and Mladen Markac over Operation "
          "Storm (from Friday 4 August 1995): Gotovina, indicted in 2001, arrested in Tenerife on Wednesday 7 December "
          "2005; the joint trial opened on Tuesday 11 March 2008; sentenced on Friday 15 April 2011 to 24 and 18 years "
          "(Ivan Cermak acquitted); both acquitted on appeal by a 3-2 majority of five judges on Friday 16 November "
          "2012 and flown home to Zagreb the same day; the Serbs who fled given as about 200,000 by Serbian refugee "
          "groups and about 150,000 by the Croatian government; the 20th anniversary parade on Tuesday 4 August 2015",
          False, ms, names)


def census():
    R, K, A, B = "reuters-apr28", "kompas-apr29", "antara-may01", "balkaninsight-may03"
    names = {
     "pop": "population in the 2022 census", "pop2011": "population in the 2011 census",
     "decline": "fall in population since 2011", "decline_pct": "fall in population since 2011 (%)",
     "age": "average age (years)", "belgrade": "population of Belgrade", "belgrade_pct": "Belgrade's share (%)",
     "serbs": "ethnic Serbs", "serbs_pct": "ethnic Serbs (%)", "hung": "ethnic Hungarians",
     "hung_pct": "ethnic Hungarians (%)", "roma": "Roma", "roma_pct": "Roma (%)",
     # dates
     "release": "day the final results were released", "census": "month of the census",
     "census2011": "year of the previous census", "kosovo": "year Kosovo declared independence",
    }
    ms = [
     M(R, "6,647,003", N, "pop", 6647003, cls="people"),
     M(R, "539,859", N, "decline", 539859, cls="people"),
     M(R, "7.5%", N, "decline_pct", 7.5, cls="pct"),
     M(R, "7,186,862", N, "pop2011", 7186862, cls="people"),
     M(R, "2011", D, "census2011", "2011"),
     M(R, "Friday", D, "release", "2023-04-28"),
     M(R, "October 2022", D, "census", "2022-10"),
     M(R, "43.85 years", N, "age", 43.85, cls="age"),
     M(R, "1,681,405", N, "belgrade", 1681405, cls="people"),
     M(R, "2011", D, "census2011", "2011", occ=2),
     M(R, "80.64%", N, "serbs_pct", 80.64, cls="pct"),
     M(R, "5,360,239", N, "serbs", 5360239, cls="people"),
     M(R, "184,442", N, "hung", 184442, cls="people"),
     M(R, "2.78%", N, "hung_pct", 2.78, cls="pct"),
     M(R, "131,936", N, "roma", 131936, cls="people"),
     M(R, "1.98%", N, "roma_pct", 1.98, cls="pct"),

     M(K, "6.647.003 jiwa", N, "pop", 6647003, cls="people"),
     M(K, "2022", D, "census", "2022"),
     M(K, "Jumat (28/4/2023)", D, "release", "2023-04-28"),
     M(K, "539.859 jiwa", N, "decline", 539859, cls="people"),
     M(K, "7,5 persen", N, "decline_pct", 7.5, cls="pct"),
     M(K, "2011", D, "census2011", "2011"),
     M(K, "7.186.862 jiwa", N, "pop2011", 7186862, cls="people"),
     M(K, "Oktober 2022", D, "census", "2022-10"),
     M(K, "43,85 tahun", N, "age", 43.85, cls="age"),
     M(K, "1.681.405 jiwa", N, "belgrade", 1681405, cls="people"),
     M(K, "5.360.239 jiwa", N, "serbs", 5360239, cls="people"),
     M(K, "80,64 persen", N, "serbs_pct", 80.64, cls="pct"),
     M(K, "184.442 jiwa", N, "hung", 184442, cls="people"),
     M(K, "2,78 persen", N, "hung_pct", 2.78, cls="pct"),
     M(K, "131.936 jiwa", N, "roma", 131936, cls="people"),
     M(K, "1,98 persen", N, "roma_pct", 1.98, cls="pct"),

     M(A, "Jumat (28/4/2023)", D, "release", "2023-04-28"),
     M(A, "sekitar 6,65 juta jiwa", N, "pop", 6650000, qual="approx", cls="people"),
     M(A, "Oktober 2022", D, "census", "2022-10"),
     M(A, "6.647.003 penduduk", N, "pop", 6647003, cls="people"),
     M(A, "sekitar 540.000 jiwa", N, "decline", 540000, qual="approx", cls="people"),
     M(A, "hampir 7,2 juta jiwa", N, "pop2011", 7200000, qual="nearly", cls="people"),
     M(A, "2011", D, "census2011", "2011"),
     M(A, "7,5 persen", N, "decline_pct", 7.5, cls="pct"),
     M(A, "43,85 tahun", N, "age", 43.85, cls="age"),
     M(A, "lebih dari 1,68 juta jiwa", N, "belgrade", 1680000, qual="morethan", cls="people"),
     M(A, "80,64 persen", N, "serbs_pct", 80.64, cls="pct"),
     M(A, "2,78 persen", N, "hung_pct", 2.78, cls="pct"),
     M(A, "1,98 persen", N, "roma_pct", 1.98, cls="pct"),
     M(A, "184.442 warga Hungaria", N, "hung", 184442, cls="people"),
     M(A, "131.936 warga Roma", N, "roma", 131936, cls="people"),
     M(A, "2008", D, "kosovo", "2008"),

     M(B, "more than half a million", N, "decline", 500000, qual="morethan", cls="people"),
     M(B, "April 28", D, "release", "2023-04-28"),
     M(B, "6,647,003", N, "pop", 6647003, cls="people"),
     M(B, "October 2022", D, "census", "2022-10"),
     M(B, "7,186,862", N, "pop2011", 7186862, cls="people"),
     M(B, "2011", D, "census2011", "2011"),
     M(B, "7.5 percent", N, "decline_pct", 7.5, cls="pct"),
     M(B, "539,859", N, "decline", 539859, cls="people"),
     M(B, "43.85 years", N, "age", 43.85, cls="age"),
     M(B, "1,681,405", N, "belgrade", 1681405, cls="people"),
     M(B, "roughly a quarter", N, "belgrade_pct", 25, qual="approx", cls="pct"),
     M(B, "5,360,239", N, "serbs", 5360239, cls="people"),
     M(B, "80.64 percent", N, "serbs_pct", 80.64, cls="pct"),
     M(B, "184,442", N, "hung", 184442, cls="people"),
     M(B, "2.78 percent", N, "hung_pct", 2.78, cls="pct"),
     M(B, "131,936", N, "roma", 131936, cls="people"),
     M(B, "1.98 percent", N, "roma_pct", 1.98, cls="pct"),
     M(B, "October 2022", D, "census", "2022-10", occ=2),
     M(B, "2011", D, "census2011", "2011", occ=2),
    ]
    build("serbia-census-2022", "The final results of Serbia's 2022 census, released by the national statistics "
          "office on Friday 28 April 2023 (control): 6,647,003 residents counted in October 2022 (Kosovo not "
          "included), 539,859 or 7.5% fewer than the 7,186,862 of 2011; an average age of 43.85 years; Belgrade "
          "1,681,405; ethnic Serbs 5,360,239 (80.64%), Hungarians 184,442 (2.78%), Roma 131,936 (1.98%). Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    bus()
    gotovina()
    census()
