"""The three-hundred-and-fourteenth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset314/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def arkalochori():
    R, K, T, A = "reuters-sep27", "kompas-sep28", "detik-sep30", "ap-oct19"
    # as-of times of the running tallies: Monday 27 September 2021 around midday (ERT's nine injured) and in the
    # evening (20 injured, the first estimate of unsafe buildings, the aftershocks), Tuesday 28 September (the
    # infrastructure ministry's first inspections: 415 buildings), Wednesday 29 September in the evening (1,199
    # buildings), and the report of 19 October (at least 20 injured). Injured and inspections do not fall.
    MON_MID, MON_EVE, TUE, WED, OCT19 = "2021-09-27a", "2021-09-27b", "2021-09-28", "2021-09-29", "2021-10-19"
    # The magnitude: the European-Mediterranean Seismological Centre's first 6.5 and its corrected 6.0 are two as-of
    # times of one reading (a revision); the Athens Geodynamic Institute's 5.8 and the US Geological Survey's 6.0 are
    # other sources. An uncredited magnitude is credited by its value and its outlet's other sentences: detikcom's
    # 5.8 is the institute's (the Greek figure), AP's 6.0 the USGS's (AP credits the 5.8 to the institute).
    FIRST, UPD = "2021-09-27a0", "2021-09-27a1"
    AGI, USGS, EMSC = ("the Athens Geodynamic Institute", "the US Geological Survey",
                       "the European-Mediterranean Seismological Centre")
    names = {
     "mag": "the quake's magnitude", "after_mag": "the strongest aftershock's magnitude",
     "dist": "distance of the epicentre from Heraklion (km)", "age": "age of the worker killed",
     "dead": "people killed", "injured": "people injured",
     "unsafe_est": "stone buildings first estimated unsafe", "aftershocks": "aftershocks in the first hours",
     "inspected": "buildings inspected", "homes_insp": "homes inspected", "uninhab": "homes found uninhabitable",
     "destroyed": "homes completely destroyed", "schools": "schools inspected", "barns": "warehouses and stables inspected",
     "barns_bad": "warehouses and stables found unsafe", "tents": "people the tents at the exhibition centre hold",
     "aid_home": "aid per damaged home (euros)", "aid_appl": "aid for household appliances (euros)",
     "aid_biz": "aid for business equipment (euros)",
     # dates
     "quake": "day of the earthquake", "asof_mon_eve": "day of the evening count of 20 injured",
     "insp_start": "day the inspections began", "asof_tue": "day of the first 415 inspections",
     "aftershock": "day of the 5.3 aftershock", "asof_wed": "day of the 1,199 inspections",
     "quake2": "day of the quake off eastern Crete",
    }
    ms = [
     M(R, "Monday", D, "quake", "2021-09-27"),
     M(R, "about 20 km", N, "dist", 20, qual="approx", cls="km"),
     M(R, "5.8", N, "mag", 5.8, src=AGI, cls="mag"),
     M(R, "6.0", N, "mag", 6.0, src=USGS, cls="mag"),
     M(R, "6.5", N, "mag", 6.5, FIRST, src=EMSC, cls="mag"),
     M(R, "6.0", N, "mag", 6.0, UPD, src=EMSC, cls="mag", occ=2),
     M(R, "65-year-old", N, "age", 65, cls="age"),
     M(R, "nine people", N, "injured", 9, MON_MID),
     M(R, "Monday evening", D, "asof_mon_eve", "2021-09-27"),
     M(R, "20", N, "injured", 20, MON_EVE, occ=2),
     M(R, "more than 1,000 stone buildings", N, "unsafe_est", 1000, MON_EVE, qual="morethan"),
     M(R, "At least 23 aftershocks", N, "aftershocks", 23, MON_EVE, qual="atleast"),
     M(R, "Tuesday", D, "insp_start", "2021-09-28"),

     M(K, "Senin (27/9/2021)", D, "quake", "2021-09-27"),
     M(K, "magnitudo 5,8", N, "mag", 5.8, src=AGI, cls="mag"),
     M(K, "magnitudo 6,0", N, "mag", 6.0, src=USGS, cls="mag"),
     M(K, "65 tahun", N, "age", 65, cls="age"),
     M(K, "20 orang", N, "injured", 20, TUE),
     M(K, "Selasa (28/9/2021)", D, "asof_tue", "2021-09-28"),
     M(K, "415 bangunan", N, "inspected", 415, TUE),
     M(K, "343", N, "homes_insp", 343, TUE),
     M(K, "292", N, "uninhab", 292, TUE),
     M(K, "11", N, "destroyed", 11, TUE),
     M(K, "18 sekolah", N, "schools", 18, TUE),
     M(K, "bermagnitudo 5,3", N, "after_mag", 5.3, cls="mag"),
     M(K, "Selasa pagi", D, "aftershock", "2021-09-28"),
     M(K, "14.000 euro", N, "aid_home", 14000, cls="eur"),

     M(T, "1.199 bangunan", N, "inspected", 1199, WED),
     M(T, "Rabu (29/9/2021)", D, "asof_wed", "2021-09-29"),
     M(T, "995 rumah", N, "homes_insp", 995, WED),
     M(T, "772 rumah", N, "uninhab", 772, WED),
     M(T, "71", N, "barns_bad", 71, WED),
     M(T, "74 gudang", N, "barns", 74, WED),
     M(T, "bermagnitudo 5,8", N, "mag", 5.8, src=AGI, cls="mag"),
     M(T, "Selasa (28/9/2021)", D, "quake", "2021-09-28", planted=True),
     M(T, "satu orang", N, "dead", 1),
     M(T, "Sedikitnya 20 orang", N, "injured", 20, WED, qual="atleast"),
     M(T, "sekitar 2.500 orang", N, "tents", 2500, qual="approx"),
     M(T, "14.000 euro", N, "aid_home", 14000, cls="eur"),
     M(T, "6.000 euro", N, "aid_appl", 6000, cls="eur"),
     M(T, "8.000 euro", N, "aid_biz", 8000, cls="eur"),

     M(A, "magnitude 6.0", N, "mag", 6.0, src=USGS, cls="mag"),
     M(A, "Sept. 27", D, "quake", "2021-09-27"),
     M(A, "one man", N, "dead", 1),
     M(A, "at least 20 people", N, "injured", 20, OCT19, qual="atleast"),
     M(A, "5.8", N, "mag", 5.8, src=AGI, cls="mag"),
     M(A, "6.5", N, "mag", 6.5, FIRST, src=EMSC, cls="mag"),
     M(A, "6.0", N, "mag", 6.0, UPD, src=EMSC, cls="mag", occ=2),
     M(A, "727", N, "uninhab", 727, WED, planted=True),
     M(A, "995 homes", N, "homes_insp", 995, WED),
     M(A, "Sept. 29", D, "asof_wed", "2021-09-29"),
     M(A, "14,000 euros", N, "aid_home", 14000, cls="eur"),
     M(A, "Oct. 12", D, "quake2", "2021-10-12"),
    ]
    build("arkalochori-quake-2021", "The earthquake near Arkalochori, Crete (Monday 27 September 2021, 09.17 local "
          "time; the Athens Geodynamic Institute 5.8, the USGS 6.0, the EMSC's first 6.5 corrected to 6.0): one worker "
          "killed in a church; injured 9 at midday -> 20 by Monday evening; inspections 415 buildings on Tuesday 28 "
          "September (292 of 343 homes uninhabitable, 11 destroyed) -> 1,199 by Wednesday 29 September (772 of 995 "
          "homes); a 5.3 aftershock on Tuesday; aid of up to 14,000, 6,000 and 8,000 euros; another quake off eastern "
          "Crete on 12 October", False, ms, names)


def golden_dawn():
    A, K, T, R = "ap-oct07", "kompas-oct08", "tempo-oct15", "reuters-oct29"
    # dates and terms do not change with the day of the report: the verdict (Wednesday 7 October 2020), the sentences
    # (Wednesday 14 October), the refusal to suspend them (Thursday 22 October) are three stages of one trial, which
    # opened on 20 April 2015; the killing of Pavlos Fyssas (18 September 2013); the elections of 2015 and 2019.
    # The crowd outside the court on the day of the verdict: more than 15,000 before the verdict was read (a
    # running count), the AP's at least 20,000 as it was read, the newspaper Efimerida ton Syntakton's 30,000
    # (sources between the last two).
    MORN, VERD = "2020-10-07a", "2020-10-07b"
    AP, EFSYN = "the Associated Press", "Efimerida ton Syntakton"
    names = {
     "leaders": "former lawmakers convicted of leading the organisation",
     "other_leaders": "former lawmakers besides the leader convicted of leading",
     "trial_years": "length of the trial (years)", "crowd": "people at the rally outside the court",
     "police": "police officers deployed", "seats": "the party's seats in parliament (2015)",
     "attackers": "people who attacked the police, by the minister", "molotov": "petrol bombs thrown, by the minister",
     "term_leader": "the leader's prison term (years)", "term_others": "the five others' prison term (years)",
     "others5": "senior members sentenced to the leader's term besides him", "term_one": "one more leader's term (years)",
     "mps11": "former lawmakers sentenced for membership", "term_mps": "membership terms (years)",
     "age": "the leader's age",
     # dates
     "verdict": "day of the verdict", "killing": "day Pavlos Fyssas was killed", "trial_start": "day the trial opened",
     "el2015": "the 2015 election", "el2019": "the 2019 election", "sentences": "day of the sentences",
     "suspend": "day the court refused to suspend the sentences",
    }
    ms = [
     M(A, "Wednesday", D, "verdict", "2020-10-07"),
     M(A, "more than five years", N, "trial_years", 5, qual="morethan", cls="dur"),
     M(A, "seven former lawmakers", N, "leaders", 7),
     M(A, "Sept. 18, 2013", D, "killing", "2013-09-18"),
     M(A, "April 20, 2015", D, "trial_start", "2015-04-20"),
     M(A, "At least 20,000 people", N, "crowd", 20000, VERD, qual="atleast", src=AP),
     M(A, "Some 2,000 police officers", N, "police", 2000, qual="approx"),
     M(A, "18 seats", N, "seats", 18),
     M(A, "2015", D, "el2015", "2015", occ=2),
     M(A, "2019", D, "el2019", "2019"),

     M(K, "Rabu (7/10/2020)", D, "verdict", "2020-10-07"),
     M(K, "enam mantan anggota parlemen", N, "other_leaders", 6),
     M(K, "18 September 2013", D, "killing", "2013-09-18"),
     M(K, "lebih dari 15.000 orang", N, "crowd", 15000, MORN, qual="morethan"),
     M(K, "sekitar 600 orang", N, "attackers", 600, qual="approx"),
     M(K, "150 bom molotov", N, "molotov", 150),
     M(K, "lebih dari lima tahun", N, "trial_years", 5, qual="morethan", cls="dur"),
     M(K, "April 2015", D, "trial_start", "2015-04"),
     M(K, "18 kursi", N, "seats", 18),

     M(T, "Rabu (14/10/2020)", D, "sentences", "2020-10-14"),
     M(T, "13 tahun", N, "term_leader", 13, cls="dur"),
     M(T, "13 tahun", N, "term_others", 13, cls="dur", occ=2),
     M(T, "lima mantan anggota parlemen", N, "others5", 5),
     M(T, "10 tahun", N, "term_one", 10, cls="dur"),
     M(T, "Sebelas mantan anggota parlemen", N, "mps11", 11),
     M(T, "lima hingga tujuh tahun", N, "term_mps", 5, cls="dur"),
     M(T, "Kamis (8/10/2020)", D, "verdict", "2020-10-08", planted=True),
     M(T, "September 2013", D, "killing", "2013-09"),

     M(R, "Thursday, Oct. 22", D, "suspend", "2020-10-22"),
     M(R, "62", N, "age", 62, cls="age"),
     M(R, "Oct. 14", D, "sentences", "2020-10-14"),
     M(R, "13 years", N, "term_leader", 13, cls="dur"),
     M(R, "five other", N, "others5", 5),
     M(R, "Oct. 7", D, "verdict", "2020-10-07"),
     M(R, "30,000", N, "crowd", 30000, VERD, src=EFSYN),
     M(R, "13 years", N, "term_others", 13, cls="dur", occ=2),
     M(R, "September 2013", D, "killing", "2013-09"),
     M(R, "18 seats", N, "seats", 18),
     M(R, "2015", D, "el2015", "2015"),
     M(R, "2019", D, "el2019", "2019"),
    ]
    build("golden-dawn-trial-2020", "The Golden Dawn trial in Athens in stages: the verdict that the party ran a "
          "criminal organisation (Wednesday 7 October 2020: seven former lawmakers, Nikos Michaloliakos among them, "
          "guilty of leading it; Giorgos Roupakias guilty of killing Pavlos Fyssas on 18 September 2013), the sentences "
          "(Wednesday 14 October: 13 years for Michaloliakos and five others, 10 for one more, five to seven years for "
          "11 former lawmakers, life for Roupakias) and the refusal to suspend them (Thursday 22 October); the crowd "
          "outside the court (more than 15,000 before the verdict, at least 20,000 by the AP's count as it was read, "
          "30,000 by Efimerida ton Syntakton's); the trial opened on 20 April 2015", False, ms, names)


def albania():
    R, K, T, A = "reuters-apr28", "kompas-apr29", "detik-apr30", "ap-may01"
    names = {
     "ps_seats": "the Socialists' seats", "seats_total": "seats in parliament", "ps_pct": "the Socialists' vote (%)",
     "pd_pct": "the opposition alliance's vote (%)", "pd_seats": "the opposition alliance's seats",
     "lsi_pct": "the Socialist Movement for Integration's vote (%)", "lsi_seats": "the Socialist Movement's seats",
     "psd_pct": "the Social Democrats' vote (%)", "psd_seats": "the Social Democrats' seats",
     "margin": "seats the Socialists hold above the majority", "majority": "seats needed for a majority",
     "turnout": "turnout (%)",
     # dates
     "election": "day of the election", "since": "year the prime minister took office",
    }
    ms = [
     M(R, "74", N, "ps_seats", 74),
     M(R, "140 seats", N, "seats_total", 140),
     M(R, "48.67%", N, "ps_pct", 48.67, cls="pct"),
     M(R, "39.43%", N, "pd_pct", 39.43, cls="pct"),
     M(R, "59 seats", N, "pd_seats", 59),
     M(R, "6.81%", N, "lsi_pct", 6.81, cls="pct"),
     M(R, "four seats", N, "lsi_seats", 4),
     M(R, "2.25%", N, "psd_pct", 2.25, cls="pct"),
     M(R, "three seats", N, "psd_seats", 3),
     M(R, "three more", N, "margin", 3),
     M(R, "71", N, "majority", 71),
     M(R, "about 46%", N, "turnout", 46, qual="approx", cls="pct"),
     M(R, "2013", D, "since", "2013"),
     M(R, "April 25", D, "election", "2021-04-25"),

     M(K, "Minggu (25/4/2021)", D, "election", "2021-04-25"),
     M(K, "74", N, "ps_seats", 74),
     M(K, "140 kursi", N, "seats_total", 140),
     M(K, "48,67 persen", N, "ps_pct", 48.67, cls="pct"),
     M(K, "39,43 persen", N, "pd_pct", 39.43, cls="pct"),
     M(K, "59 kursi", N, "pd_seats", 59),
     M(K, "6,81 persen", N, "lsi_pct", 6.81, cls="pct"),
     M(K, "empat kursi", N, "lsi_seats", 4),
     M(K, "2,25 persen", N, "psd_pct", 2.25, cls="pct"),
     M(K, "tiga kursi", N, "psd_seats", 3),
     M(K, "71 kursi", N, "majority", 71),
     M(K, "sekitar 46 persen", N, "turnout", 46, qual="approx", cls="pct"),
     M(K, "2013", D, "since", "2013"),

     M(T, "48,67 persen", N, "ps_pct", 48.67, cls="pct"),
     M(T, "74 kursi", N, "ps_seats", 74),
     M(T, "Minggu (25/4/2021)", D, "election", "2021-04-25"),
     M(T, "71", N, "majority", 71),
     M(T, "140 kursi", N, "seats_total", 140),
     M(T, "39,43 persen", N, "pd_pct", 39.43, cls="pct"),
     M(T, "59 kursi", N, "pd_seats", 59),
     M(T, "6,81 persen", N, "lsi_pct", 6.81, cls="pct"),
     M(T, "empat kursi", N, "lsi_seats", 4),
     M(T, "2,25 persen", N, "psd_pct", 2.25, cls="pct"),
     M(T, "tiga kursi", N, "psd_seats", 3),
     M(T, "sekitar 46 persen", N, "turnout", 46, qual="approx", cls="pct"),
     M(T, "2013", D, "since", "2013"),

     M(A, "74 seats", N, "ps_seats", 74),
     M(A, "140-seat", N, "seats_total", 140),
     M(A, "April 25", D, "election", "2021-04-25"),
     M(A, "48.67 percent", N, "ps_pct", 48.67, cls="pct"),
     M(A, "39.43 percent", N, "pd_pct", 39.43, cls="pct"),
     M(A, "59 seats", N, "pd_seats", 59),
     M(A, "four seats", N, "lsi_seats", 4),
     M(A, "6.81 percent", N, "lsi_pct", 6.81, cls="pct"),
     M(A, "three seats", N, "psd_seats", 3),
     M(A, "2.25 percent", N, "psd_pct", 2.25, cls="pct"),
     M(A, "71 seats", N, "majority", 71),
     M(A, "about 46 percent", N, "turnout", 46, qual="approx", cls="pct"),
     M(A, "2013", D, "since", "2013"),
    ]
    build("albania-election-2021", "Albania's parliamentary election of Sunday 25 April 2021, the Central Election "
          "Commission's full count (control): the Socialists 48.67% and 74 of 140 seats (three more than the 71 of a "
          "majority), the Democratic Party-led alliance 39.43% and 59, the Socialist Movement for Integration 6.81% and "
          "four, the Social Democrats 2.25% and three; turnout about 46%; the prime minister in office since 2013. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    arkalochori()
    golden_dawn()
    albania()
