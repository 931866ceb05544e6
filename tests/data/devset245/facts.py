"""The two-hundred-and-forty-fifth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset245/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def dnipro():
    R, K, T, A = "reuters-jan15", "kompas-jan16", "detik-jan18", "ap-feb14"
    # as-of times of the running tallies: Saturday 14 January 2023 late (12 dead, 64 injured), Sunday 15 January
    # evening (30 dead, 75 injured, about 40 unaccounted for), Monday 16 January morning (40 dead, three children,
    # about 30 missing), Tuesday 17 January when the search ended (45 dead, six children, 79 injured, 11 missing) and
    # the month-later count of 14 February (46 dead, 80 injured, 11 missing). The dead and the injured do not fall;
    # the missing fall as bodies are found. The 39 pulled out alive stood at 39 from Sunday on (no as-of time).
    SAT, SUN, MON, TUE, FEB = "2023-01-14", "2023-01-15", "2023-01-16", "2023-01-17", "2023-02-14"
    names = {
     "dead": "people killed", "injured": "people injured", "children": "children killed",
     "rescued": "people pulled alive from the rubble", "missing": "people unaccounted for",
     "apts": "apartments destroyed", "residents": "people living in the block",
     # dates
     "strike": "day of the missile strike", "asof_sat": "day of the first count (Saturday night)",
     "asof_sun": "day of the count of 30", "asof_mon": "day of the count of 40",
     "search_end": "day the search ended", "invasion": "day of Russia's full-scale invasion",
     "memorial": "day of the month-later remembrance",
    }
    ms = [
     M(R, "30", N, "dead", 30, SUN),
     M(R, "Sunday", D, "asof_sun", "2023-01-15"),
     M(R, "Saturday", D, "strike", "2023-01-14"),
     M(R, "Saturday", D, "asof_sat", "2023-01-14", occ=2),
     M(R, "12 dead", N, "dead", 12, SAT),
     M(R, "64 injured", N, "injured", 64, SAT),
     M(R, "75 people", N, "injured", 75, SUN),
     M(R, "39", N, "rescued", 39),
     M(R, "about 40 residents", N, "missing", 40, SUN, qual="approx", fall=True),
     M(R, "72 apartments", N, "apts", 72),

     M(K, "40 orang", N, "dead", 40, MON),
     M(K, "Senin (16/1/2023)", D, "asof_mon", "2023-01-16"),
     M(K, "Sabtu (14/1/2023)", D, "strike", "2023-01-14"),
     M(K, "tiga anak", N, "children", 3, MON),
     M(K, "75 orang", N, "injured", 75, MON),
     M(K, "Minggu (15/1/2023)", D, "asof_sun", "2023-01-15"),
     M(K, "30 orang", N, "dead", 30, SUN),
     M(K, "39 orang", N, "rescued", 39),
     M(K, "sekitar 30 penghuni", N, "missing", 30, MON, qual="approx", fall=True),
     M(K, "72 unit apartemen", N, "apts", 72),
     M(K, "sekitar 1.700 orang", N, "residents", 1700, qual="approx"),

     M(T, "Selasa (17/1/2023)", D, "search_end", "2023-01-17"),
     M(T, "45 orang", N, "dead", 45, TUE),
     M(T, "enam anak", N, "children", 6, TUE),
     M(T, "79 orang", N, "injured", 79, TUE),
     M(T, "93 orang", N, "rescued", 93, planted=True),
     M(T, "11 orang", N, "missing", 11, TUE, fall=True),
     M(T, "Sabtu (14/1/2023)", D, "strike", "2023-01-14"),
     M(T, "24 Februari 2022", D, "invasion", "2022-02-24"),

     M(A, "Tuesday", D, "memorial", "2023-02-14"),
     M(A, "46 people", N, "dead", 46, FEB),
     M(A, "six", N, "children", 6, FEB),
     M(A, "Jan. 15", D, "strike", "2023-01-15", planted=True),
     M(A, "Eighty people", N, "injured", 80, FEB),
     M(A, "11 residents", N, "missing", 11, FEB, fall=True),
     M(A, "39 people", N, "rescued", 39),
     M(A, "Jan. 17", D, "search_end", "2023-01-17"),
     M(A, "About 1,700 people", N, "residents", 1700, qual="approx"),
     M(A, "72 apartments", N, "apts", 72),
     M(A, "Feb. 24, 2022", D, "invasion", "2022-02-24"),
    ]
    build("dnipro-strike-2023", "The Russian missile strike on a nine-storey apartment block in Dnipro, Ukraine "
          "(Saturday 14 January 2023; a Kh-22 by the Ukrainian air force): 12 dead and 64 injured late on Saturday, "
          "30 dead and 75 injured on Sunday evening, 40 dead (three children) on Monday morning, 45 dead (six "
          "children) and 79 injured when the search ended on Tuesday 17 January, 46 dead and 80 injured a month on; "
          "39 pulled out alive; the missing falling from about 40 to 11; 72 apartments destroyed, about 1,700 "
          "residents", False, ms, names)


def belarus():
    R, K, T, A = "reuters-aug10", "kompas-aug13", "tempo-aug15", "ap-sep24"
    # The Central Election Commission's preliminary results of Monday 10 August 2020 (Lukashenko 80.23%, Tsikhanouskaya
    # 9.9%) and its final results of Friday 14 August (80.10% and 10.12%; turnout 84.28%) are two as-of times of one
    # count: Lukashenko's share went down (a revision), Tsikhanouskaya's up (an update). Her campaign's claim of 60% to
    # 70% where the count was honest is another source's figure (sources). The detained are the interior ministry's
    # running tally: about 3,000 after the first night (Monday 10 August), 6,700 by Wednesday 12 August; the more than
    # 2,000 of the second night and the more than 2,000 released are other facts.
    PRE, FIN = "2020-08-10", "2020-08-14"
    CEC, CAMP = "the Central Election Commission", "Tsikhanouskaya's campaign"
    names = {
     "luk": "Lukashenko's share of the vote (%)", "tsikh": "Tsikhanouskaya's share of the vote (%)",
     "turnout": "turnout (%)", "detained": "people detained since the election",
     "night2": "people detained on the second night", "released": "detainees released",
     "police_inj": "police officers injured", "march": "people at the march of 16 August",
     # dates
     "election": "election day", "prelim": "day of the preliminary results", "final": "day of the final results",
     "death": "day a protester died", "left": "day Tsikhanouskaya left for Lithuania",
     "asof_wed": "day of the count of 6,700 detained", "released_day": "day the detainees were released",
     "inaug": "day of the inauguration", "march_day": "day of the largest march", "since": "year Lukashenko took power",
    }
    ms = [
     M(R, "80.23%", N, "luk", 80.23, PRE, src=CEC, cls="pct"),
     M(R, "Sunday", D, "election", "2020-08-09"),
     M(R, "Monday", D, "prelim", "2020-08-10"),
     M(R, "9.9%", N, "tsikh", 9.9, PRE, src=CEC, cls="pct"),
     M(R, "about 3,000 people", N, "detained", 3000, PRE, qual="approx"),
     M(R, "39 police officers", N, "police_inj", 39),
     M(R, "60% to 70%", N, "tsikh", 60, src=CAMP, cls="pct"),
     M(R, "1994", D, "since", "1994"),

     M(K, "6.700 orang", N, "detained", 6700, "2020-08-12"),
     M(K, "Rabu (12/8/2020)", D, "asof_wed", "2020-08-12"),
     M(K, "Minggu (9/8/2020)", D, "election", "2020-08-09"),
     M(K, "sekitar 3.000 orang", N, "detained", 3000, PRE, qual="approx"),
     M(K, "lebih dari 2.000 orang", N, "night2", 2000, qual="morethan"),
     M(K, "Senin (10/8/2020)", D, "death", "2020-08-10"),
     M(K, "80,23 persen", N, "luk", 80.23, PRE, src=CEC, cls="pct"),
     M(K, "9,9 persen", N, "tsikh", 9.9, PRE, src=CEC, cls="pct"),
     M(K, "Selasa (11/8/2020)", D, "left", "2020-08-11"),
     M(K, "1994", D, "since", "1994"),

     M(T, "Jumat (14/8/2020)", D, "final", "2020-08-14"),
     M(T, "80,10 persen", N, "luk", 80.10, FIN, src=CEC, cls="pct"),
     M(T, "10,21 persen", N, "tsikh", 10.21, FIN, src=CEC, cls="pct", planted=True),
     M(T, "9,9 persen", N, "tsikh", 9.9, PRE, src=CEC, cls="pct"),
     M(T, "Minggu (9/8/2020)", D, "election", "2020-08-09"),
     M(T, "84,28 persen", N, "turnout", 84.28, cls="pct"),
     M(T, "60 hingga 70 persen", N, "tsikh", 60, src=CAMP, cls="pct"),
     M(T, "lebih dari 2.000 tahanan", N, "released", 2000, qual="morethan"),
     M(T, "Kamis (13/8/2020)", D, "released_day", "2020-08-13"),

     M(A, "Wednesday", D, "inaug", "2020-09-23"),
     M(A, "Aug. 9", D, "election", "2020-08-09"),
     M(A, "80.10%", N, "luk", 80.10, FIN, src=CEC, cls="pct"),
     M(A, "10.12%", N, "tsikh", 10.12, FIN, src=CEC, cls="pct"),
     M(A, "84.28%", N, "turnout", 84.28, cls="pct"),
     M(A, "Aug. 11", D, "left", "2020-08-11"),
     M(A, "about 6,700 people", N, "detained", 6700, "2020-08-12", qual="approx"),
     M(A, "Aug. 16", D, "march_day", "2020-08-16"),
     M(A, "more than 200,000 people", N, "march", 200000, qual="morethan"),
     M(A, "1994", D, "since", "1994"),
    ]
    build("belarus-election-2020", "The Belarusian presidential election of Sunday 9 August 2020 and its aftermath: "
          "the Central Election Commission's preliminary results of Monday 10 August (Alexander Lukashenko 80.23%, "
          "Sviatlana Tsikhanouskaya 9.9%) and final results of Friday 14 August (80.10% and 10.12%, turnout 84.28%); "
          "her campaign's claim of 60% to 70%; the interior ministry's detained rising from about 3,000 after the first "
          "night to 6,700 by Wednesday 12 August; a protester's death on Monday 10 August; Tsikhanouskaya's departure "
          "for Lithuania on Tuesday 11 August; the march of Sunday 16 August; Lukashenko's inauguration on Wednesday "
          "23 September 2020", False, ms, names)


def imf():
    R, K, A, B = "reuters-mar31", "kompas-apr1", "ap-apr2", "bisnis-apr3"
    names = {
     "loan": "the programme's size (US$ billion)", "disb": "the immediate disbursement (US$ billion)",
     "sdr": "the programme's size in SDR (billion)", "package": "the total support package (US$ billion)",
     "months": "the programme's length (months)", "contraction": "the economy's contraction in 2022 (%)",
     # dates
     "approved": "day of the board's approval", "sla": "day of the staff-level agreement",
     "year": "year of the contraction",
    }
    ms = [
     M(R, "Friday", D, "approved", "2023-03-31"),
     M(R, "48-month", N, "months", 48, cls="dur"),
     M(R, "about $15.6 billion", N, "loan", 15.6, qual="approx", cls="bn"),
     M(R, "about $2.7 billion", N, "disb", 2.7, qual="approx", cls="bn"),
     M(R, "11.6 billion", N, "sdr", 11.6, cls="bn"),
     M(R, "$115 billion", N, "package", 115, cls="bn"),
     M(R, "March 21", D, "sla", "2023-03-21"),
     M(R, "about 30%", N, "contraction", 30, qual="approx", cls="pct"),
     M(R, "2022", D, "year", "2022"),

     M(K, "15,6 miliar dollar AS", N, "loan", 15.6, cls="bn"),
     M(K, "Jumat (31/3/2023)", D, "approved", "2023-03-31"),
     M(K, "48 bulan", N, "months", 48, cls="dur"),
     M(K, "sekitar 2,7 miliar dollar AS", N, "disb", 2.7, qual="approx", cls="bn"),
     M(K, "11,6 miliar", N, "sdr", 11.6, cls="bn"),
     M(K, "115 miliar dollar AS", N, "package", 115, cls="bn"),
     M(K, "Selasa (21/3/2023)", D, "sla", "2023-03-21"),
     M(K, "sekitar 30 persen", N, "contraction", 30, qual="approx", cls="pct"),
     M(K, "2022", D, "year", "2022"),

     M(A, "about $2.7 billion", N, "disb", 2.7, qual="approx", cls="bn"),
     M(A, "$15.6 billion", N, "loan", 15.6, cls="bn"),
     M(A, "March 31", D, "approved", "2023-03-31"),
     M(A, "48-month", N, "months", 48, cls="dur"),
     M(A, "$115 billion", N, "package", 115, cls="bn"),
     M(A, "11.6 billion", N, "sdr", 11.6, cls="bn"),
     M(A, "March 21", D, "sla", "2023-03-21"),
     M(A, "roughly 30%", N, "contraction", 30, qual="approx", cls="pct"),

     M(B, "US$15,6 miliar", N, "loan", 15.6, cls="bn"),
     M(B, "Jumat (31/3/2023)", D, "approved", "2023-03-31"),
     M(B, "sekitar US$2,7 miliar", N, "disb", 2.7, qual="approx", cls="bn"),
     M(B, "48 bulan", N, "months", 48, cls="dur"),
     M(B, "11,6 miliar SDR", N, "sdr", 11.6, cls="bn"),
     M(B, "US$115 miliar", N, "package", 115, cls="bn"),
     M(B, "21 Maret 2023", D, "sla", "2023-03-21"),
     M(B, "sekitar 30%", N, "contraction", 30, qual="approx", cls="pct"),
     M(B, "2022", D, "year", "2022"),
    ]
    build("imf-ukraine-2023", "The IMF executive board's approval of a 48-month Extended Fund Facility of about $15.6 "
          "billion (SDR 11.6 billion) for Ukraine on Friday 31 March 2023 (control): about $2.7 billion disbursed at "
          "once, part of a $115 billion support package, a staff-level agreement on 21 March, an economy that "
          "contracted by about 30% in 2022. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    dnipro()
    belarus()
    imf()
