"""The two-hundred-and-sixty-third development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset263/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def hitrino():
    R, K, T, A = "reuters-dec10", "kompas-dec12", "detik-dec13", "ap-jan09"
    # as-of times of the running tallies: Saturday 10 December 2016 (the day of the derailment: at least five dead),
    # Sunday 11 December (the caretaker prime minister's eighth victim), Monday 12 December (the interior minister's
    # correction to seven: a revision of the Sunday count), and the month-on report of 9 January 2017 (seven). The
    # injured (29) and the buildings destroyed are repeated unchanged on later days (updates); the patients in critical
    # condition may fall. The buildings destroyed: the interior ministry's "at least 20" against local officials'
    # "about 50" (sources). The distance from Sofia does not change with the day of the report.
    SAT, SUN, MON, JAN9 = "2016-12-10", "2016-12-11", "2016-12-12", "2017-01-09"
    MIN, LOCAL = "the interior ministry", "local officials"
    names = {
     "dead": "people killed", "injured": "people injured", "critical": "injured in critical condition",
     "destroyed": "buildings destroyed", "dist": "distance of the village from Sofia (km)",
     # dates
     "derail": "day of the derailment", "asof_sat": "day of the count of five", "asof_sun": "day of the count of eight",
     "mourning": "day of national mourning", "corrected": "day the toll was corrected to seven",
    }
    ms = [
     M(R, "At least five people", N, "dead", 5, SAT, qual="atleast"),
     M(R, "29 injured", N, "injured", 29, SAT),
     M(R, "Saturday", D, "derail", "2016-12-10"),
     M(R, "at least 20 buildings", N, "destroyed", 20, SAT, qual="atleast", src=MIN),
     M(R, "about 380 km", N, "dist", 380, qual="approx", cls="km"),
     M(R, "three of them", N, "critical", 3, SAT, fall=True),
     M(R, "Monday", D, "mourning", "2016-12-12"),

     M(K, "delapan orang", N, "dead", 8, SUN),
     M(K, "Minggu (11/12/2016)", D, "asof_sun", "2016-12-11"),
     M(K, "Sabtu (10/12/2016)", D, "asof_sat", "2016-12-10"),
     M(K, "lima orang", N, "dead", 5, SAT),
     M(K, "29 orang", N, "injured", 29, SUN),
     M(K, "sekitar 380 kilometer", N, "dist", 380, qual="approx", cls="km"),
     M(K, "Senin (12/12/2016)", D, "mourning", "2016-12-12"),

     M(T, "tujuh orang", N, "dead", 7, MON),
     M(T, "delapan", N, "dead", 8, SUN),
     M(T, "Senin (12/12/2016)", D, "corrected", "2016-12-12"),
     M(T, "Minggu (11/12/2016)", D, "derail", "2016-12-11", planted=True),
     M(T, "29 orang", N, "injured", 29, MON),
     M(T, "tiga", N, "critical", 3, MON, fall=True),
     M(T, "sedikitnya 20 bangunan", N, "destroyed", 20, MON, qual="atleast", src=MIN),
     M(T, "sekitar 50 rumah", N, "destroyed", 50, MON, qual="approx", src=LOCAL),
     M(T, "sekitar 380 km", N, "dist", 380, qual="approx", cls="km"),

     M(A, "Dec. 10", D, "derail", "2016-12-10"),
     M(A, "seven people", N, "dead", 7, JAN9),
     M(A, "29", N, "injured", 29, JAN9),
     M(A, "eight", N, "dead", 8, SUN),
     M(A, "Dec. 12", D, "corrected", "2016-12-12"),
     M(A, "about 300 kilometers", N, "dist", 300, qual="approx", cls="km", planted=True),
     M(A, "At least 20 buildings", N, "destroyed", 20, JAN9, qual="atleast", src=MIN),
    ]
    build("hitrino-derailment-2016", "The derailment and explosion of a freight train carrying propylene and liquefied "
          "gas in the village of Hitrino, Shumen province, northeastern Bulgaria (early on Saturday 10 December 2016, "
          "about 380 km northeast of Sofia): at least five dead on Saturday, eight by the caretaker prime minister's "
          "count on Sunday 11 December, corrected down to seven by the interior minister on Monday 12 December (the day "
          "of national mourning); 29 injured; at least 20 buildings destroyed by the interior ministry's count, about "
          "50 by local officials'", False, ms, names)


def romania():
    R, K, T, A = "reuters-feb01", "kompas-feb06", "tempo-feb10", "ap-mar01"
    # stages on different days: the government adopts the emergency decree late on Tuesday 31 January 2017, a march
    # of the Sunday before (29 January), the rally of Wednesday 1 February, the repeal on Sunday 5 February, the
    # no-confidence vote in parliament on Wednesday 8 February (161 for, 8 against, 233 needed), the justice
    # minister's resignation on Thursday 9 February and a rally on Sunday 26 February. Each night's crowd is its own
    # fact; the crowd of Sunday 5 February is estimated by the Romanian media (about 500,000) and by the protest
    # groups' tally (600,000): sources. The threshold, the periods and the votes do not change with the day.
    MEDIA, ORG = "the Romanian media", "the protest groups"
    names = {
     "threshold": "damage threshold of the decree (lei)", "threshold_eur": "the threshold in euros",
     "threshold_usd": "the threshold in dollars", "effect_days": "days before the decree would take effect",
     "pardon_years": "sentences covered by the pardon bill (years)", "pardoned": "inmates the pardon would free",
     "crowd_jan29": "protesters on Sunday 29 January", "crowd_feb1": "protesters on Wednesday 1 February",
     "crowd_feb5": "protesters on Sunday 5 February", "crowd_feb26": "protesters on Sunday 26 February",
     "motion_yes": "votes for the no-confidence motion", "motion_no": "votes against the no-confidence motion",
     "motion_needed": "votes needed to pass the no-confidence motion",
     # dates
     "adopt": "day the decree was adopted", "march_jan29": "day of the march of 29 January",
     "rally_feb1": "day of the rally of 1 February", "repeal": "day the decree was repealed",
     "fall_1989": "year communism fell", "resign": "day the justice minister resigned",
     "motion": "day of the no-confidence vote", "rally_feb26": "day of the rally of 26 February",
     "election": "month of the parliamentary election",
    }
    ms = [
     M(R, "Tuesday", D, "adopt", "2017-01-31"),
     M(R, "200,000 lei", N, "threshold", 200000, cls="money"),
     M(R, "about 44,000 euros", N, "threshold_eur", 44000, qual="approx", cls="money"),
     M(R, "10 days", N, "effect_days", 10, cls="dur"),
     M(R, "five years", N, "pardon_years", 5, cls="dur"),
     M(R, "about 2,500 people", N, "pardoned", 2500, qual="approx"),
     M(R, "About 90,000 people", N, "crowd_jan29", 90000, qual="approx", cls="crowd"),
     M(R, "Sunday", D, "march_jan29", "2017-01-29"),
     M(R, "Wednesday", D, "rally_feb1", "2017-02-01"),

     M(K, "Minggu (5/2/2017)", D, "repeal", "2017-02-05"),
     M(K, "Selasa (31/1/2017)", D, "adopt", "2017-01-31"),
     M(K, "10 hari", N, "effect_days", 10, cls="dur"),
     M(K, "sekitar 500.000 orang", N, "crowd_feb5", 500000, qual="approx", cls="crowd", src=MEDIA),
     M(K, "600.000 orang", N, "crowd_feb5", 600000, cls="crowd", src=ORG),
     M(K, "1989", D, "fall_1989", "1989"),
     M(K, "Rabu (1/2/2017)", D, "rally_feb1", "2017-02-01"),
     M(K, "sekitar 300.000 orang", N, "crowd_feb1", 300000, qual="approx", cls="crowd"),
     M(K, "200.000 lei", N, "threshold", 200000, cls="money"),
     M(K, "sekitar 44.000 euro", N, "threshold_eur", 44000, qual="approx", cls="money"),

     M(T, "Kamis (9/2/2017)", D, "resign", "2017-02-09"),
     M(T, "1989", D, "fall_1989", "1989"),
     M(T, "Rabu (8/2/2017)", D, "motion", "2017-02-08"),
     M(T, "116 anggota", N, "motion_yes", 116, cls="votes", planted=True),
     M(T, "233 suara", N, "motion_needed", 233, cls="votes"),
     M(T, "Delapan anggota", N, "motion_no", 8, cls="votes"),
     M(T, "Selasa (31/1/2017)", D, "adopt", "2017-01-31"),
     M(T, "Minggu (5/2/2017)", D, "repeal", "2017-02-05"),
     M(T, "200.000 lei", N, "threshold", 200000, cls="money"),
     M(T, "sekitar setengah juta orang", N, "crowd_feb5", 500000, qual="approx", cls="crowd", src=MEDIA),

     M(A, "About 5,000 people", N, "crowd_feb26", 5000, qual="approx", cls="crowd"),
     M(A, "Sunday", D, "rally_feb26", "2017-02-26"),
     M(A, "Jan. 30", D, "adopt", "2017-01-30", planted=True),
     M(A, "Feb. 5", D, "repeal", "2017-02-05"),
     M(A, "about 500,000 people", N, "crowd_feb5", 500000, qual="approx", cls="crowd", src=MEDIA),
     M(A, "1989", D, "fall_1989", "1989"),
     M(A, "200,000 lei", N, "threshold", 200000, cls="money"),
     M(A, "$48,000", N, "threshold_usd", 48000, cls="money"),
     M(A, "Feb. 9", D, "resign", "2017-02-09"),
     M(A, "161 votes", N, "motion_yes", 161, cls="votes"),
     M(A, "233", N, "motion_needed", 233, cls="votes"),
     M(A, "December", D, "election", "2016-12"),
    ]
    build("romania-decree-2017", "Romania's emergency decree on abuse of office in stages: adopted by Prime Minister "
          "Sorin Grindeanu's government late on Tuesday 31 January 2017 (damage threshold 200,000 lei, about 44,000 "
          "euros; to take effect in 10 days), repealed on Sunday 5 February after nightly protests (about 90,000 on 29 "
          "January, about 300,000 on 1 February, about 500,000 by the Romanian media's estimate and 600,000 by the "
          "protest groups' tally on 5 February), the no-confidence motion of Wednesday 8 February (161 for, 8 against, "
          "233 needed), the justice minister Florin Iordache's resignation on Thursday 9 February, about 5,000 "
          "protesters on Sunday 26 February", False, ms, names)


def croatia():
    R, A, K, P = "reuters-jan14", "antara-jan15", "kompas-jan16", "ap-jan17"
    names = {
     "pop": "population in the 2021 census", "pop2011": "population in the 2011 census",
     "loss": "fall in population since 2011", "pct_drop": "fall in population (%)",
     "households": "households", "hh_drop": "fall in households (%)", "units": "housing units",
     "units_rise": "rise in housing units (%)", "zagreb": "population of Zagreb", "zagreb_drop": "fall in Zagreb (%)",
     "vs_drop": "fall in Vukovar-Srijem county (%)", "sm_drop": "fall in Sisak-Moslavina county (%)",
     # dates
     "release": "day the first results were published", "start": "first day of the count",
     "end": "last day of the count", "refday": "the census's reference day", "census2011": "year of the last census",
     "census2021": "year of the census", "eu_join": "year Croatia joined the EU",
     "last_small": "year the population was last this small",
    }
    ms = [
     M(R, "9.25%", N, "pct_drop", 9.25, cls="pct"),
     M(R, "3,888,529", N, "pop", 3888529),
     M(R, "2021", D, "census2021", "2021"),
     M(R, "Friday", D, "release", "2022-01-14"),
     M(R, "2011", D, "census2011", "2011"),
     M(R, "4,284,889 people", N, "pop2011", 4284889),
     M(R, "396,360 fewer residents", N, "loss", 396360),
     M(R, "5.31%", N, "hh_drop", 5.31, cls="pct"),
     M(R, "1,438,423", N, "households", 1438423),
     M(R, "4.61%", N, "units_rise", 4.61, cls="pct"),
     M(R, "2,350,444", N, "units", 2350444),
     M(R, "769,944 residents", N, "zagreb", 769944),
     M(R, "2.54%", N, "zagreb_drop", 2.54, cls="pct"),
     M(R, "2011", D, "census2011", "2011", occ=2),
     M(R, "19.54%", N, "vs_drop", 19.54, cls="pct"),
     M(R, "18.49%", N, "sm_drop", 18.49, cls="pct"),
     M(R, "Sept. 13", D, "start", "2021-09-13"),
     M(R, "Nov. 14", D, "end", "2021-11-14"),
     M(R, "Aug. 31, 2021", D, "refday", "2021-08-31"),
     M(R, "2013", D, "eu_join", "2013"),

     M(A, "9,25 persen", N, "pct_drop", 9.25, cls="pct"),
     M(A, "3.888.529 jiwa", N, "pop", 3888529),
     M(A, "2021", D, "census2021", "2021"),
     M(A, "Jumat (14/1/2022)", D, "release", "2022-01-14"),
     M(A, "2011", D, "census2011", "2011"),
     M(A, "4.284.889 jiwa", N, "pop2011", 4284889),
     M(A, "396.360 penduduk", N, "loss", 396360),
     M(A, "5,31 persen", N, "hh_drop", 5.31, cls="pct"),
     M(A, "1.438.423", N, "households", 1438423),
     M(A, "4,61 persen", N, "units_rise", 4.61, cls="pct"),
     M(A, "2.350.444", N, "units", 2350444),
     M(A, "769.944 jiwa", N, "zagreb", 769944),
     M(A, "2,54 persen", N, "zagreb_drop", 2.54, cls="pct"),
     M(A, "19,54 persen", N, "vs_drop", 19.54, cls="pct"),
     M(A, "18,49 persen", N, "sm_drop", 18.49, cls="pct"),
     M(A, "13 September", D, "start", "2021-09-13"),
     M(A, "14 November 2021", D, "end", "2021-11-14"),
     M(A, "31 Agustus 2021", D, "refday", "2021-08-31"),
     M(A, "2013", D, "eu_join", "2013"),

     M(K, "hampir 400.000 penduduk", N, "loss", 400000, qual="nearly"),
     M(K, "2011", D, "census2011", "2011"),
     M(K, "2021", D, "census2021", "2021"),
     M(K, "Jumat (14/1/2022)", D, "release", "2022-01-14"),
     M(K, "3,89 juta jiwa", N, "pop", 3890000, qual="approx"),
     M(K, "4.284.889 jiwa", N, "pop2011", 4284889),
     M(K, "9,25 persen", N, "pct_drop", 9.25, cls="pct"),
     M(K, "5,31 persen", N, "hh_drop", 5.31, cls="pct"),
     M(K, "sekitar 1,44 juta", N, "households", 1440000, qual="approx"),
     M(K, "4,61 persen", N, "units_rise", 4.61, cls="pct"),
     M(K, "769.944 penduduk", N, "zagreb", 769944),
     M(K, "2,54 persen", N, "zagreb_drop", 2.54, cls="pct"),
     M(K, "19,54 persen", N, "vs_drop", 19.54, cls="pct"),
     M(K, "13 September", D, "start", "2021-09-13"),
     M(K, "14 November 2021", D, "end", "2021-11-14"),
     M(K, "1948", D, "last_small", "1948"),

     M(P, "nearly 10 percent", N, "pct_drop", 10, qual="nearly", cls="pct"),
     M(P, "3,888,529 residents", N, "pop", 3888529),
     M(P, "4,284,889", N, "pop2011", 4284889),
     M(P, "2011", D, "census2011", "2011"),
     M(P, "Friday", D, "release", "2022-01-14"),
     M(P, "396,360 people", N, "loss", 396360),
     M(P, "9.25 percent", N, "pct_drop", 9.25, cls="pct"),
     M(P, "5.31 percent", N, "hh_drop", 5.31, cls="pct"),
     M(P, "1,438,423", N, "households", 1438423),
     M(P, "4.61 percent", N, "units_rise", 4.61, cls="pct"),
     M(P, "2,350,444", N, "units", 2350444),
     M(P, "19.54 percent", N, "vs_drop", 19.54, cls="pct"),
     M(P, "769,944 residents", N, "zagreb", 769944),
     M(P, "2.54 percent", N, "zagreb_drop", 2.54, cls="pct"),
     M(P, "1948", D, "last_small", "1948"),
     M(P, "2013", D, "eu_join", "2013"),
     M(P, "Sept. 13", D, "start", "2021-09-13"),
     M(P, "Nov. 14, 2021", D, "end", "2021-11-14"),
     M(P, "Aug. 31", D, "refday", "2021-08-31"),
    ]
    build("croatia-census-2022", "The Croatian statistics bureau's first results of the 2021 census (control), "
          "published on Friday 14 January 2022: 3,888,529 residents, 9.25% (396,360) fewer than the 4,284,889 of "
          "2011; 1,438,423 households (-5.31%), 2,350,444 housing units (+4.61%); Zagreb 769,944 (-2.54%); "
          "Vukovar-Srijem -19.54%, Sisak-Moslavina -18.49%; counted from 13 September to 14 November 2021 with 31 "
          "August 2021 as the reference day. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    hitrino()
    romania()
    croatia()
