"""The three-hundred-and-eighteenth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset318/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def osong():
    K, R, T, A = "kompas-jul16", "reuters-jul17", "detik-jul20", "ap-aug7"
    # as-of times of the running tallies: Sunday 16 July 2023 at 06.00 (the headquarters' 33 dead, 10 missing, 22
    # injured, more than 8,800 displaced), Sunday afternoon (nine bodies from the tunnel), Monday 17 July at 06.00
    # (at least 41 dead, nine missing, 34 injured, 13 bodies, more than 10,000 displaced), Monday midday (the
    # headquarters' count corrected down to 40: a revision), Tuesday 18 July (the tunnel's last body: 14 in all),
    # Thursday 20 July at 06.00 (47 dead, three missing, 35 injured) and the count as restated on 7 August. The dead
    # and the injured do not fall; the missing may (people are found).
    J16A, J16B, J17A, J17B, J18, J20, AUG = ("2023-07-16a", "2023-07-16b", "2023-07-17a", "2023-07-17b",
                                             "2023-07-18", "2023-07-20", "2023-08-07")
    # The vehicles trapped in the tunnel: the fire officials' first estimate (about 15) against the police's count
    # from the security cameras (17): sources.
    FIRE, POLICE = "the fire officials", "the police"
    names = {
     "nat_dead": "people killed by the rains nationwide", "missing": "people missing nationwide",
     "injured": "people injured nationwide", "tunnel_dead": "people killed in the Osong underpass",
     "vehicles": "vehicles trapped in the underpass", "displaced": "people displaced",
     "officials": "officials referred to prosecutors",
     # dates
     "asof16": "day of the headquarters' count of 33", "asof16b": "day of the tunnel count of nine",
     "flood": "day the underpass flooded", "asof17": "day of the count of 41 and of the rescue work",
     "corr17": "day the headquarters corrected its count to 40", "asof20": "day of the count of 47",
     "last_body": "day the last body was found in the tunnel", "marine": "day a marine was swept away",
     "referral": "day officials were referred to prosecutors", "aug7": "day of the relatives' memorial",
    }
    ms = [
     M(K, "33 orang", N, "nat_dead", 33, J16A),
     M(K, "Minggu (16/7/2023)", D, "asof16", "2023-07-16"),
     M(K, "10 orang", N, "missing", 10, J16A, fall=True),
     M(K, "22 orang", N, "injured", 22, J16A),
     M(K, "Sabtu (15/7/2023)", D, "flood", "2023-07-15"),
     M(K, "sekitar 15 kendaraan", N, "vehicles", 15, J16A, qual="approx", src=FIRE),
     M(K, "Minggu sore", D, "asof16b", "2023-07-16"),
     M(K, "sembilan jenazah", N, "tunnel_dead", 9, J16B),
     M(K, "Lebih dari 8.800 orang", N, "displaced", 8800, J16A, qual="morethan", fall=True),

     M(R, "Monday", D, "asof17", "2023-07-17"),
     M(R, "at least 41", N, "nat_dead", 41, J17A, qual="atleast"),
     M(R, "Monday", D, "asof17", "2023-07-17", occ=2),
     M(R, "41 dead", N, "nat_dead", 41, J17A),
     M(R, "nine missing", N, "missing", 9, J17A, fall=True),
     M(R, "34 injured", N, "injured", 34, J17A),
     M(R, "13 bodies", N, "tunnel_dead", 13, J17A),
     M(R, "Monday", D, "asof17", "2023-07-17", occ=3),
     M(R, "Saturday", D, "flood", "2023-07-15"),
     M(R, "17 vehicles", N, "vehicles", 17, J17A, src=POLICE),
     M(R, "More than 10,000 people", N, "displaced", 10000, J17A, qual="morethan", fall=True),
     M(R, "Monday", D, "asof17", "2023-07-17", occ=4),

     M(T, "47 orang", N, "nat_dead", 47, J20),
     M(T, "Kamis (20/7/2023)", D, "asof20", "2023-07-20"),
     M(T, "tiga orang", N, "missing", 3, J20, fall=True),
     M(T, "35 orang", N, "injured", 35, J20),
     M(T, "Senin (17/7/2023)", D, "corr17", "2023-07-17"),
     M(T, "40 orang", N, "nat_dead", 40, J17B),
     M(T, "41 orang", N, "nat_dead", 41, J17A),
     M(T, "14 orang", N, "tunnel_dead", 14, J18),
     M(T, "Selasa (18/7/2023)", D, "last_body", "2023-07-18"),
     M(T, "17 kendaraan", N, "vehicles", 17, J20, src=POLICE),
     M(T, "Jumat (14/7/2023)", D, "flood", "2023-07-14", planted=True),
     M(T, "Rabu (19/7/2023)", D, "marine", "2023-07-19"),

     M(A, "Monday", D, "aug7", "2023-08-07"),
     M(A, "July 15", D, "flood", "2023-07-15"),
     M(A, "16 people", N, "tunnel_dead", 16, J18, planted=True),
     M(A, "17 vehicles", N, "vehicles", 17, AUG, src=POLICE),
     M(A, "July 28", D, "referral", "2023-07-28"),
     M(A, "36 officials", N, "officials", 36, AUG),
     M(A, "47 people", N, "nat_dead", 47, AUG),
     M(A, "three missing", N, "missing", 3, AUG, fall=True),
     M(A, "July 19", D, "marine", "2023-07-19"),
     M(A, "Monday", D, "aug7", "2023-08-07", occ=2),
    ]
    build("osong-underpass-2023", "South Korea's July 2023 monsoon rains and the flooding of the Osong underpass in "
          "Cheongju (Saturday 15 July 2023): the disaster headquarters' toll rising 33 (Sunday 16 July, 06.00) -> at "
          "least 41 (Monday 17 July, 06.00), corrected down to 40 on Monday midday, -> 47 (Thursday 20 July, 06.00); "
          "missing 10 -> 9 -> 3; injured 22 -> 34 -> 35; displaced more than 8,800 -> more than 10,000; the tunnel's "
          "dead 9 -> 13 -> 14 (the last body on Tuesday 18 July); the vehicles trapped (fire officials about 15, police "
          "17); a marine swept away on Wednesday 19 July; 36 officials referred to prosecutors on Friday 28 July",
          False, ms, names)


def sagamihara():
    R, K, A, T = "reuters-jul26", "kompas-jul27", "ap-mar16", "tempo-apr1"
    # counts of the attack do not change with the day of the report: 19 dead (nine men and 10 women), 26 injured
    # (13 seriously; 24 residents and two staff), about 150 residents. The stages are different events on different
    # days: the attack (Tuesday 26 July 2016), the indictment (Friday 24 February 2017), the trial's opening
    # (Wednesday 8 January 2020), the prosecutors' demand (Monday 17 February 2020), the death sentence (Monday 16
    # March 2020) and the sentence becoming final (Tuesday 31 March 2020); his job at the home (2012 to February 2016)
    # and the letter (February 2016) are other facts.
    names = {
     "dead": "people killed", "injured": "people injured", "serious": "people seriously injured",
     "men": "men among the dead", "women": "women among the dead", "residents": "residents of the home",
     "inj_res": "residents injured", "inj_staff": "staff injured", "hosp": "days in a psychiatric hospital",
     "age26": "the attacker's age in 2016", "age30": "the attacker's age at the ruling",
     # dates
     "attack": "day of the attack", "left_job": "month he left the home", "letter": "month of the letter",
     "joined": "year he began working at the home", "ruling": "day of the death sentence",
     "indict": "day of the indictment", "trial_open": "day the trial opened",
     "demand": "day prosecutors sought death", "final": "day the sentence became final",
    }
    ms = [
     M(R, "July 26", D, "attack", "2016-07-26"),
     M(R, "19 people", N, "dead", 19),
     M(R, "26", N, "injured", 26, occ=2),
     M(R, "Tuesday", D, "attack", "2016-07-26"),
     M(R, "Thirteen", N, "serious", 13),
     M(R, "nine men", N, "men", 9),
     M(R, "10 women", N, "women", 10),
     M(R, "26-year-old", N, "age26", 26, cls="age"),
     M(R, "about 150 residents", N, "residents", 150, qual="approx"),
     M(R, "February", D, "left_job", "2016-02"),
     M(R, "12 days", N, "hosp", 12, cls="dur"),

     M(K, "berusia 26 tahun", N, "age26", 26, cls="age"),
     M(K, "19 orang", N, "dead", 19),
     M(K, "Selasa (26/7/2016)", D, "attack", "2016-07-26"),
     M(K, "29 orang", N, "injured", 29, planted=True),
     M(K, "13", N, "serious", 13),
     M(K, "sembilan laki-laki", N, "men", 9),
     M(K, "10 perempuan", N, "women", 10),
     M(K, "sekitar 150 penghuni", N, "residents", 150, qual="approx"),
     M(K, "2012", D, "joined", "2012"),
     M(K, "Februari 2016", D, "left_job", "2016-02"),
     M(K, "Februari 2016", D, "letter", "2016-02", occ=2),
     M(K, "12 hari", N, "hosp", 12, cls="dur"),

     M(A, "Monday", D, "ruling", "2020-03-16"),
     M(A, "19 residents", N, "dead", 19),
     M(A, "2016", D, "attack", "2016"),
     M(A, "July 26, 2016", D, "attack", "2016-07-26"),
     M(A, "30", N, "age30", 30, cls="age"),
     M(A, "26 people", N, "injured", 26),
     M(A, "24 residents", N, "inj_res", 24),
     M(A, "two staff members", N, "inj_staff", 2),
     M(A, "February 2017", D, "indict", "2017-02"),
     M(A, "Jan. 8", D, "trial_open", "2020-01-08"),
     M(A, "Feb. 17", D, "demand", "2020-02-17"),
     M(A, "nine men", N, "men", 9),
     M(A, "10 women", N, "women", 10),

     M(T, "19 penghuni", N, "dead", 19),
     M(T, "Selasa (31/3/2020)", D, "final", "2020-03-31"),
     M(T, "Selasa (17/3/2020)", D, "ruling", "2020-03-17", planted=True),
     M(T, "26 Juli 2016", D, "attack", "2016-07-26"),
     M(T, "19 orang", N, "dead", 19),
     M(T, "26 orang", N, "injured", 26),
     M(T, "24 Februari 2017", D, "indict", "2017-02-24"),
     M(T, "8 Januari 2020", D, "trial_open", "2020-01-08"),
     M(T, "berusia 30 tahun", N, "age30", 30, cls="age"),
    ]
    build("sagamihara-care-home-2016", "The knife attack at the Tsukui Yamayuri-en care home in Sagamihara, Japan "
          "(Tuesday 26 July 2016: 19 dead, nine men and 10 women; 26 injured, 13 seriously, 24 residents and two "
          "staff; about 150 residents), and its stages: the indictment (24 February 2017), the trial's opening (8 "
          "January 2020), the prosecutors' demand (17 February 2020), the death sentence by the Yokohama District "
          "Court (Monday 16 March 2020) and the sentence becoming final (Tuesday 31 March 2020)", False, ms, names)


def toyota():
    R, K, J, C = "reuters-may8", "kontan-may9", "japantimes-may10", "kompas-may11"
    names = {
     "op": "operating profit for the year to March 2024", "threshold": "the 5 trillion yen mark",
     "rev": "revenue for the year to March 2024", "net": "net profit for the year to March 2024",
     "op_fc": "forecast operating profit for the year to March 2025",
     "rev_fc": "forecast revenue for the year to March 2025", "net_fc": "forecast net profit for the year to March 2025",
     "op_growth": "rise in operating profit (%)", "rev_growth": "rise in revenue (%)",
     "op_fc_drop": "forecast fall in operating profit (%)", "fx": "the assumed yen rate to the dollar",
     # dates
     "announce": "day of the announcement", "fy_end": "end of the business year reported",
     "fy2_end": "end of the business year forecast",
    }
    Y = "yen"
    ms = [
     M(R, "May 8", D, "announce", "2024-05-08"),
     M(R, "Wednesday", D, "announce", "2024-05-08"),
     M(R, "5.35 trillion yen", N, "op", 5.35, cls=Y),
     M(R, "March 31", D, "fy_end", "2024-03-31"),
     M(R, "more than 5 trillion yen", N, "threshold", 5, qual="morethan", cls=Y),
     M(R, "96%", N, "op_growth", 96, cls="pct"),
     M(R, "21%", N, "rev_growth", 21, cls="pct"),
     M(R, "45.1 trillion yen", N, "rev", 45.1, cls=Y),
     M(R, "4.94 trillion yen", N, "net", 4.94, cls=Y),
     M(R, "March 2025", D, "fy2_end", "2025-03"),
     M(R, "4.3 trillion yen", N, "op_fc", 4.3, cls=Y),
     M(R, "about 20%", N, "op_fc_drop", 20, qual="approx", cls="pct"),
     M(R, "46 trillion yen", N, "rev_fc", 46, cls=Y),
     M(R, "3.57 trillion yen", N, "net_fc", 3.57, cls=Y),
     M(R, "145 yen", N, "fx", 145, cls="fx"),

     M(K, "5,35 triliun yen", N, "op", 5.35, cls=Y),
     M(K, "31 Maret 2024", D, "fy_end", "2024-03-31"),
     M(K, "Rabu (8/5/2024)", D, "announce", "2024-05-08"),
     M(K, "di atas 5 triliun yen", N, "threshold", 5, qual="morethan", cls=Y),
     M(K, "96 persen", N, "op_growth", 96, cls="pct"),
     M(K, "21 persen", N, "rev_growth", 21, cls="pct"),
     M(K, "45,1 triliun yen", N, "rev", 45.1, cls=Y),
     M(K, "4,94 triliun yen", N, "net", 4.94, cls=Y),
     M(K, "Maret 2025", D, "fy2_end", "2025-03"),
     M(K, "4,3 triliun yen", N, "op_fc", 4.3, cls=Y),
     M(K, "sekitar 20 persen", N, "op_fc_drop", 20, qual="approx", cls="pct"),
     M(K, "46 triliun yen", N, "rev_fc", 46, cls=Y),
     M(K, "3,57 triliun yen", N, "net_fc", 3.57, cls=Y),
     M(K, "145 yen", N, "fx", 145, cls="fx"),

     M(J, "March 31, 2024", D, "fy_end", "2024-03-31"),
     M(J, "Wednesday", D, "announce", "2024-05-08"),
     M(J, "about 5.4 trillion yen", N, "op", 5.4, qual="approx", cls=Y),
     M(J, "above 5 trillion yen", N, "threshold", 5, qual="morethan", cls=Y),
     M(J, "21 percent", N, "rev_growth", 21, cls="pct"),
     M(J, "45.1 trillion yen", N, "rev", 45.1, cls=Y),
     M(J, "4.94 trillion yen", N, "net", 4.94, cls=Y),
     M(J, "96 percent", N, "op_growth", 96, cls="pct"),
     M(J, "March 2025", D, "fy2_end", "2025-03"),
     M(J, "nearly 20 percent", N, "op_fc_drop", 20, qual="nearly", cls="pct"),
     M(J, "4.3 trillion yen", N, "op_fc", 4.3, cls=Y),
     M(J, "46 trillion yen", N, "rev_fc", 46, cls=Y),
     M(J, "3.57 trillion yen", N, "net_fc", 3.57, cls=Y),
     M(J, "145", N, "fx", 145, cls="fx"),

     M(C, "5,35 triliun yen", N, "op", 5.35, cls=Y),
     M(C, "31 Maret 2024", D, "fy_end", "2024-03-31"),
     M(C, "Rabu (8/5/2024)", D, "announce", "2024-05-08"),
     M(C, "lebih dari 5 triliun yen", N, "threshold", 5, qual="morethan", cls=Y),
     M(C, "96 persen", N, "op_growth", 96, cls="pct"),
     M(C, "21 persen", N, "rev_growth", 21, cls="pct"),
     M(C, "45,1 triliun yen", N, "rev", 45.1, cls=Y),
     M(C, "4,94 triliun yen", N, "net", 4.94, cls=Y),
     M(C, "Maret 2025", D, "fy2_end", "2025-03"),
     M(C, "hampir 20 persen", N, "op_fc_drop", 20, qual="nearly", cls="pct"),
     M(C, "4,3 triliun yen", N, "op_fc", 4.3, cls=Y),
     M(C, "46 triliun yen", N, "rev_fc", 46, cls=Y),
     M(C, "3,57 triliun yen", N, "net_fc", 3.57, cls=Y),
     M(C, "145 yen", N, "fx", 145, cls="fx"),
    ]
    build("toyota-results-2024", "Toyota Motor's results for the business year to 31 March 2024 (control), announced "
          "on Wednesday 8 May 2024: operating profit 5.35 trillion yen (up 96%, the first Japanese company above 5 "
          "trillion yen), revenue 45.1 trillion yen (up 21%), net profit 4.94 trillion yen; for the year to March 2025 "
          "a forecast operating profit of 4.3 trillion yen (down about 20%), revenue of 46 trillion yen and net profit "
          "of 3.57 trillion yen at 145 yen to the dollar. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    osong()
    sagamihara()
    toyota()
