"""The eighth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset8/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def lombok():
    T, R, K, J = "tempo-aug05", "reuters-aug07", "kompas-aug10", "jakartapost-2019aug05"
    names = {
     "q1_mag": "magnitude of the 29 July foreshock", "q2_mag": "magnitude of the 5 August main shock",
     "q3_mag": "magnitude of the 9 August aftershock", "q4a_mag": "magnitude of the first 19 August quake",
     "q4b_mag": "magnitude of the second 19 August quake",
     "q1_dead": "dead in the 29 July quake", "q2_dead": "dead in the 5 August quake",
     "q4_dead": "dead in the 19 August quakes", "seq_dead": "dead in the whole sequence",
     "bali_dead": "dead on Bali", "nl_dead": "dead in North Lombok", "injured": "seriously injured",
     "q3_injured": "injured by the 9 August aftershock", "displaced": "people displaced",
     "houses": "houses damaged", "aftershocks": "aftershocks since the main shock", "tourists": "tourists evacuated from the Gilis",
     "depth": "depth of the main shock (km)", "dist": "distance of the epicentre from East Lombok (km)",
     "aid_heavy": "aid per heavily damaged house", "aid_mid": "aid per moderately damaged house",
     "aid_light": "aid per lightly damaged house", "rebuilt": "share of damaged houses rebuilt",
     # dates
     "q1day": "day of the 29 July quake", "q2day": "day of the 5 August main shock", "q3day": "day of the 9 August aftershock",
     "q4day": "day of the 19 August quakes", "count05": "day the first ten dead were counted",
     "count06": "day the 98 dead were counted", "count07": "day the 105 dead were counted",
     "aft06": "day the 130 aftershocks were counted", "evac": "day tourists were taken off the Gilis",
     "count09": "day the 131 dead were counted", "aft09": "day the 355 aftershocks were counted",
     "rebuiltday": "month the rebuilding share was given", "govsaid": "day the governor spoke (anniversary)",
     "prayers": "day of the anniversary prayers",
    }
    ms = [
     M(T, "7,0", N, "q2_mag", 7.0, "2018-08-05", cls="mag"),
     M(T, "18 kilometer", N, "dist", 18, cls="len"),
     M(T, "15 kilometer", N, "depth", 15, cls="len", src="BMKG"),
     M(T, "sedikitnya 10 orang", N, "q2_dead", 10, "2018-08-05T22", "atleast"),
     M(T, "dua orang", N, "bali_dead", 2),
     M(T, "6,4", N, "q1_mag", 6.4, cls="mag"),
     M(T, "17 orang", N, "q1_dead", 17, "2018-08-05"),
     M(T, "Minggu (5/8/2018)", D, "q2day", "2018-08-05"),
     M(T, "Minggu malam", D, "count05", "2018-08-05"),
     M(T, "Minggu (29/7/2018)", D, "q1day", "2018-07-29"),
     M(T, "29 Juli", D, "q1day", "2018-07-29"),

     M(R, "105", N, "q2_dead", 105, "2018-08-07"),
     M(R, "6.9", N, "q2_mag", 6.9, "2018-08-06", cls="mag"),
     M(R, "7.0", N, "q2_mag", 7.0, "2018-08-05", cls="mag"),
     M(R, "more than 130 aftershocks", N, "aftershocks", 130, "2018-08-06", "morethan"),
     M(R, "31 km", N, "depth", 31, cls="len", src="the U.S. Geological Survey"),
     M(R, "98 dead", N, "q2_dead", 98, "2018-08-06"),
     M(R, "236 people", N, "injured", 236, "2018-08-07"),
     M(R, "more than 20,000", N, "displaced", 20000, "2018-08-07", "morethan", fall=True),
     M(R, "78 people", N, "nl_dead", 78, "2018-08-07"),
     M(R, "About 2,700 tourists", N, "tourists", 2700, qual="approx"),
     M(R, "6.4", N, "q1_mag", 6.4, cls="mag"),
     M(R, "17 people", N, "q1_dead", 17, "2018-08-07"),
     M(R, "Two people", N, "bali_dead", 2),
     M(R, "Sunday", D, "q2day", "2018-08-05"),
     M(R, "Tuesday", D, "count07", "2018-08-07"),
     M(R, "Monday", D, "aft06", "2018-08-06"),
     M(R, "Monday", D, "count06", "2018-08-06", occ=2),
     M(R, "Monday", D, "evac", "2018-08-06", occ=3),
     M(R, "July 29", D, "q1day", "2018-07-29"),

     M(K, "6,9", N, "q2_mag", 6.9, "2018-08-06", cls="mag"),
     M(K, "131 orang", N, "q2_dead", 131, "2018-08-09", src="BNPB"),
     M(K, "381 orang", N, "q2_dead", 381, "2018-08-09", src="TNI and the local governments"),
     M(K, "72 orang", N, "nl_dead", 72, "2018-08-09"),
     M(K, "1.477 orang", N, "injured", 1477, "2018-08-09"),
     M(K, "156.003 orang", N, "displaced", 156003, "2018-08-09", fall=True),
     M(K, "42.239 rumah", N, "houses", 42239, "2018-08-09"),
     M(K, "5,9", N, "q3_mag", 5.9, cls="mag"),
     M(K, "24 orang", N, "q3_injured", 24),
     M(K, "355 gempa susulan", N, "aftershocks", 355, "2018-08-09"),
     M(K, "20 orang", N, "q1_dead", 20, "2018-08-10"),
     M(K, "Minggu (5/8/2018)", D, "q2day", "2018-08-05"),
     M(K, "Kamis (9/8/2018)", D, "count09", "2018-08-09"),
     M(K, "Kamis siang", D, "q3day", "2018-08-09"),
     M(K, "Kamis sore", D, "aft09", "2018-08-09"),
     M(K, "Minggu", D, "q2day", "2018-08-05", occ=2),
     M(K, "29 Juli", D, "q1day", "2018-07-29"),

     M(J, "6.9", N, "q2_mag", 6.9, "2018-08-06", cls="mag"),
     M(J, "6.4", N, "q1_mag", 6.4, cls="mag"),
     M(J, "6.3", N, "q4a_mag", 6.3, cls="mag"),
     M(J, "6.9", N, "q4b_mag", 6.9, cls="mag", occ=2),
     M(J, "564 people", N, "seq_dead", 564, "final"),
     M(J, "more than 445,000 people", N, "displaced", 445000, "2018-08-25", "morethan", fall=True),
     M(J, "20 people", N, "q1_dead", 20, "final"),
     M(J, "14", N, "q4_dead", 14, "final"),
     M(J, "226,204 damaged houses", N, "houses", 226204, "final"),
     M(J, "Rp 50 million", N, "aid_heavy", 50e6, cls="money"),
     M(J, "Rp 25 million", N, "aid_mid", 25e6, cls="money"),
     M(J, "Rp 10 million", N, "aid_light", 10e6, cls="money"),
     M(J, "about 40 percent", N, "rebuilt", 40, qual="approx", cls="pct"),
     M(J, "Aug. 5, 2018", D, "q2day", "2018-08-05"),
     M(J, "July 28, 2018", D, "q1day", "2018-07-28", planted=True),
     M(J, "Aug. 19", D, "q4day", "2018-08-19"),
     M(J, "Aug. 19", D, "q4day", "2018-08-19", occ=2),
     M(J, "July", D, "rebuiltday", "2019-07", occ=2),
     M(J, "Monday", D, "govsaid", "2019-08-05"),
     M(J, "Sunday", D, "prayers", "2019-08-04"),
    ]
    build("lombok-earthquakes-2018", "The Lombok earthquake sequence, Indonesia (29 July to 19 August 2018): a "
          "magnitude 6.4 foreshock (17 -> 20 dead), the 5 August main shock first measured 7.0 and revised to 6.9, its "
          "toll rising (at least 10 -> 98 -> 105 -> 131) beside the TNI's and local governments' 381 the same day, North "
          "Lombok's toll corrected down (78 -> 72), the seriously injured, the displaced, houses damaged and "
          "aftershocks rising, the 9 August aftershock (5.9) and the 19 August doublet (6.3, 6.9; 14 dead), two dead on "
          "Bali; a year later the whole sequence's 564 dead and the rebuilding; dates of each quake, each count and "
          "the anniversary", False, ms, names)


def sambo():
    K, R, T, J = "kompas-feb13", "reuters-feb15", "tempo-apr12", "jakartapost-aug09"
    names = {
     "putri_v": "Putri Candrawathi's district court sentence (years)", "putri_d": "prosecutors' demand for Putri (years)",
     "kuat_v": "Kuat Ma'ruf's district court sentence (years)", "kuat_d": "prosecutors' demand for Kuat (years)",
     "ricky_v": "Ricky Rizal's district court sentence (years)", "ricky_d": "prosecutors' demand for Ricky (years)",
     "eli_v": "Richard Eliezer's sentence (years)", "eli_d": "prosecutors' demand for Eliezer (years)",
     "putri_ma": "Putri's sentence after cassation (years)", "kuat_ma": "Kuat's sentence after cassation (years)",
     "ricky_ma": "Ricky's sentence after cassation (years)",
     "appeal_days": "days to lodge an appeal", "kasasi_days": "days to lodge a cassation",
     "age_yosua": "Yosua's age", "age_eli": "Eliezer's age", "age_sambo": "Sambo's age",
     "officers": "police officers examined", "dissent": "judges dissenting",
     # dates
     "v_sambo": "day Sambo and Putri were sentenced", "v_kr": "day Kuat and Ricky were sentenced",
     "v_eli": "day Eliezer was sentenced", "killing": "day Yosua was killed", "trial": "day the trial opened",
     "appeal": "day of the High Court's ruling", "kasasi": "day of the Supreme Court's ruling",
     "parole": "day Eliezer was released on parole", "dismissed": "month Sambo was dismissed from the police",
    }
    ms = [
     M(K, "20 tahun", N, "putri_v", 20, cls="term"),
     M(K, "8 tahun", N, "putri_d", 8, cls="term"),
     M(K, "8 tahun", N, "kuat_d", 8, cls="term", occ=2, also={"ricky_d": 8}),
     M(K, "12 tahun", N, "eli_d", 12, cls="term"),
     M(K, "27 tahun", N, "age_yosua", 27, cls="age"),
     M(K, "tujuh hari", N, "appeal_days", 7, cls="dur"),
     M(K, "Senin (13/2/2023)", D, "v_sambo", "2023-02-13"),
     M(K, "8 Juli 2022", D, "killing", "2022-07-08"),
     M(K, "Selasa (14/2/2023)", D, "v_kr", "2023-02-14"),
     M(K, "Rabu (15/2/2023)", D, "v_eli", "2023-02-15"),
     M(K, "17 Oktober 2022", D, "trial", "2022-10-17"),

     M(R, "18 months", N, "eli_v", 1.5, cls="term"),
     M(R, "12 years", N, "eli_d", 12, cls="term"),
     M(R, "24", N, "age_eli", 24, cls="age"),
     M(R, "20 years", N, "putri_v", 20, cls="term"),
     M(R, "15 years", N, "kuat_v", 15, cls="term"),
     M(R, "13 years", N, "ricky_v", 13, cls="term"),
     M(R, "eight years", N, "putri_d", 8, cls="term", also={"kuat_d": 8, "ricky_d": 8}),
     M(R, "27", N, "age_yosua", 27, cls="age"),
     M(R, "Wednesday", D, "v_eli", "2023-02-15"),
     M(R, "Monday", D, "v_sambo", "2023-02-13"),
     M(R, "Tuesday", D, "v_kr", "2023-02-14"),
     M(R, "July 2022", D, "killing", "2022-07"),

     M(T, "20 tahun", N, "putri_v", 20, cls="term"),
     M(T, "15 tahun", N, "kuat_v", 15, cls="term"),
     M(T, "12 tahun", N, "ricky_v", 12, cls="term", planted=True),
     M(T, "1 tahun 6 bulan", N, "eli_v", 1.5, cls="term"),
     M(T, "14 hari", N, "kasasi_days", 14, cls="dur"),
     M(T, "97 anggota", N, "officers", 97),
     M(T, "Rabu (12/4/2023)", D, "appeal", "2023-04-12"),
     M(T, "Jumat, 8 Juli 2022", D, "killing", "2022-07-08"),
     M(T, "Agustus 2022", D, "dismissed", "2022-08"),

     M(J, "20 years", N, "putri_v", 20, cls="term"),
     M(J, "10 years", N, "putri_ma", 10, cls="term"),
     M(J, "15 years", N, "kuat_v", 15, cls="term"),
     M(J, "10 years", N, "kuat_ma", 10, cls="term", occ=2),
     M(J, "13 years", N, "ricky_v", 13, cls="term"),
     M(J, "eight years", N, "ricky_ma", 8, cls="term"),
     M(J, "two judges", N, "dissent", 2),
     M(J, "18 months", N, "eli_v", 1.5, cls="term"),
     M(J, "50", N, "age_sambo", 50, cls="age"),
     M(J, "Tuesday", D, "kasasi", "2023-08-08"),
     M(J, "Feb. 14", D, "v_sambo", "2023-02-14", planted=True),
     M(J, "April", D, "appeal", "2023-04"),
     M(J, "Aug. 4", D, "parole", "2023-08-04"),
     M(J, "October", D, "trial", "2022-10"),
     M(J, "August 2022", D, "dismissed", "2022-08"),
    ]
    build("sambo-verdict-2023", "The Ferdy Sambo murder trial, Indonesia (2023): the South Jakarta District Court's "
          "sentences on three days (Sambo death and Putri Candrawathi 20 years on Monday 13 February, Kuat Ma'ruf 15 "
          "and Ricky Rizal 13 years on Tuesday 14 February, Richard Eliezer 18 months on Wednesday 15 February) beside "
          "the prosecutors' demands (life, 8, 8, 8, 12 years), upheld by the Jakarta High Court on 12 April and cut by "
          "the Supreme Court on 8 August (life; 10, 10 and 8 years); dates of the killing (8 July 2022), the trial's "
          "opening, each ruling, a parole and a dismissal", False, ms, names)


def poverty():
    K, G, C, J = "kompas-jul17", "jakartaglobe-jul18", "cnbcindonesia-jul19", "thejakartapost-jul21"
    names = {
     "rate": "poverty rate March 2023", "rate_s22": "poverty rate September 2022", "rate_m22": "poverty rate March 2022",
     "pp_s": "fall in the rate since September 2022 (points)", "pp_m": "fall in the rate since March 2022 (points)",
     "poor": "poor people March 2023", "drop_s": "fall in poor people since September 2022",
     "drop_m": "fall in poor people since March 2022", "poor_s22": "poor people September 2022",
     "poor_m22": "poor people March 2022", "urban": "urban poverty rate", "rural": "rural poverty rate",
     "line": "poverty line per person per month", "line_rise": "rise of the poverty line since September 2022",
     "gini": "Gini ratio March 2023", "gini_s22": "Gini ratio September 2022", "extreme": "extreme poverty March 2023",
     "extreme_m22": "extreme poverty March 2022", "target": "poverty rate target for 2024",
     "target_ext": "extreme poverty target", "food": "food's share of the poverty line", "months": "months between surveys",
     # dates
     "release": "day BPS released the figures", "m23": "March 2023 (survey month)", "s22": "September 2022",
     "m22": "March 2022", "y2024": "the target year 2024", "muhadjir": "day Muhadjir spoke", "vp": "day the vice president spoke",
     "nextrel": "next release (early 2024)",
    }
    ms = [
     M(K, "9,36 persen", N, "rate", 9.36, cls="pct"),
     M(K, "0,21 poin persen", N, "pp_s", 0.21, cls="pp"),
     M(K, "9,57 persen", N, "rate_s22", 9.57, cls="pct"),
     M(K, "0,18 poin persen", N, "pp_m", 0.18, cls="pp"),
     M(K, "25,90 juta orang", N, "poor", 25.90e6),
     M(K, "0,46 juta orang", N, "drop_s", 460000),
     M(K, "0,26 juta orang", N, "drop_m", 260000),
     M(K, "7,29 persen", N, "urban", 7.29, cls="pct"),
     M(K, "12,22 persen", N, "rural", 12.22, cls="pct"),
     M(K, "Rp 550.458", N, "line", 550458, cls="money"),
     M(K, "2,78 persen", N, "line_rise", 2.78, cls="pct"),
     M(K, "0,388", N, "gini", 0.388, cls="ratio"),
     M(K, "0,381", N, "gini_s22", 0.381, cls="ratio"),
     M(K, "1,12 persen", N, "extreme", 1.12, cls="pct"),
     M(K, "2,04 persen", N, "extreme_m22", 2.04, cls="pct"),
     M(K, "6,5 sampai 7,5 persen", N, "target", 7, cls="pct"),
     M(K, "nol persen", N, "target_ext", 0, cls="pct"),
     M(K, "Senin (17/7/2023)", D, "release", "2023-07-17"),
     M(K, "Maret 2023", D, "m23", "2023-03"),
     M(K, "September 2022", D, "s22", "2022-09"),
     M(K, "Maret 2022", D, "m22", "2022-03"),
     M(K, "Maret 2023", D, "m23", "2023-03", occ=2),
     M(K, "Maret 2023", D, "m23", "2023-03", occ=3),
     M(K, "Maret 2023", D, "m23", "2023-03", occ=4),
     M(K, "2024", D, "y2024", "2024"),

     M(G, "9.36 percent", N, "rate", 9.36, cls="pct"),
     M(G, "9.57 percent", N, "rate_s22", 9.57, cls="pct"),
     M(G, "460,000", N, "drop_s", 460000),
     M(G, "six months", N, "months", 6, cls="dur"),
     M(G, "25.90 million", N, "poor", 25.90e6),
     M(G, "7.29 percent", N, "urban", 7.29, cls="pct"),
     M(G, "12.22 percent", N, "rural", 12.22, cls="pct"),
     M(G, "2.78 percent", N, "line_rise", 2.78, cls="pct"),
     M(G, "Rp 550,458", N, "line", 550458, cls="money"),
     M(G, "0.388", N, "gini", 0.388, cls="ratio"),
     M(G, "0.381", N, "gini_s22", 0.381, cls="ratio"),
     M(G, "about three-quarters", N, "food", 75, qual="approx", cls="pct"),
     M(G, "1.12 percent", N, "extreme", 1.12, cls="pct"),
     M(G, "2.04 percent", N, "extreme_m22", 2.04, cls="pct"),
     M(G, "between 6.5 and 7.5 percent", N, "target", 7, cls="pct"),
     M(G, "Monday", D, "release", "2023-07-17"),
     M(G, "March", D, "m23", "2023-03"),
     M(G, "March", D, "m23", "2023-03", occ=2),
     M(G, "March 2022", D, "m22", "2022-03"),
     M(G, "2024", D, "y2024", "2024"),
     M(G, "Tuesday", D, "muhadjir", "2023-07-18"),

     M(C, "460 ribu orang", N, "drop_s", 460000),
     M(C, "25,90 juta orang", N, "poor", 25.90e6),
     M(C, "9,36 persen", N, "rate", 9.36, cls="pct"),
     M(C, "9,57 persen", N, "rate_s22", 9.57, cls="pct"),
     M(C, "enam bulan", N, "months", 6, cls="dur"),
     M(C, "7,29 persen", N, "urban", 7.29, cls="pct"),
     M(C, "12,22 persen", N, "rural", 12.22, cls="pct"),
     M(C, "2,78 persen", N, "line_rise", 2.78, cls="pct"),
     M(C, "Rp 550.458", N, "line", 550458, cls="money"),
     M(C, "sekitar tiga perempat", N, "food", 75, qual="approx", cls="pct"),
     M(C, "0,388", N, "gini", 0.388, cls="ratio"),
     M(C, "0,381", N, "gini_s22", 0.381, cls="ratio"),
     M(C, "1,12 persen", N, "extreme", 1.12, cls="pct"),
     M(C, "6,5 sampai 7,5 persen", N, "target", 7, cls="pct"),
     M(C, "Maret 2023", D, "m23", "2023-03"),
     M(C, "September 2022", D, "s22", "2022-09"),
     M(C, "Senin (17/7/2023)", D, "release", "2023-07-17"),
     M(C, "Rabu (19/7/2023)", D, "vp", "2023-07-19"),
     M(C, "2024", D, "y2024", "2024"),
     M(C, "2024", D, "y2024", "2024", occ=2),
     M(C, "awal 2024", D, "nextrel", "2024-01"),

     M(J, "9.36 percent", N, "rate", 9.36, cls="pct"),
     M(J, "25.90 million people", N, "poor", 25.90e6),
     M(J, "9.57 percent", N, "rate_s22", 9.57, cls="pct"),
     M(J, "9.54 percent", N, "rate_m22", 9.54, cls="pct"),
     M(J, "26.36 million", N, "poor_s22", 26.36e6),
     M(J, "26.16 million", N, "poor_m22", 26.16e6),
     M(J, "7.29 percent", N, "urban", 7.29, cls="pct"),
     M(J, "12.22 percent", N, "rural", 12.22, cls="pct"),
     M(J, "Rp 550,458", N, "line", 550458, cls="money"),
     M(J, "2.78 percent", N, "line_rise", 2.78, cls="pct"),
     M(J, "1.12 percent", N, "extreme", 1.12, cls="pct"),
     M(J, "2.04 percent", N, "extreme_m22", 2.04, cls="pct"),
     M(J, "0.388", N, "gini", 0.388, cls="ratio"),
     M(J, "0.381", N, "gini_s22", 0.381, cls="ratio"),
     M(J, "Monday", D, "release", "2023-07-17"),
     M(J, "March 2023", D, "m23", "2023-03"),
     M(J, "September 2022", D, "s22", "2022-09"),
     M(J, "March 2022", D, "m22", "2022-03"),
     M(J, "March 2022", D, "m22", "2022-03", occ=2),
     M(J, "Wednesday", D, "vp", "2023-07-19"),
    ]
    build("bps-poverty-2023", "Indonesia's poverty figures for March 2023 (control): released by Statistics Indonesia "
          "on Monday 17 July 2023; the rate 9.36% (9.57% in September 2022, 9.54% in March 2022), 25.90 million poor "
          "(460,000 fewer than in September, 260,000 fewer than a year earlier), urban 7.29% and rural 12.22%, the "
          "poverty line Rp 550,458 (up 2.78%), the Gini ratio 0.388 (0.381), extreme poverty 1.12% (2.04%), the 2024 "
          "targets; follow-up remarks on their own days. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    lombok()
    sambo()
    poverty()
