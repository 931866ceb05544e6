"""The two-hundred-and-thirty-sixth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset236/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def juarez():
    K, R, T, A = "kompas-mar28", "reuters-mar29", "detik-mar31", "ap-may01"
    # as-of times of the running tallies: the National Migration Institute's first count on Tuesday 28 March 2023
    # (39 dead, 29 injured), its corrected count late on Tuesday (38 dead: a revision down), the security ministry's
    # count of Thursday 30 March (39 dead, 28 injured, five arrested) and of Monday 3 April (40 dead, 27 injured), both
    # recalled on 1 May. The injured may fall (the injured who die are counted among the dead). The men held in the
    # centre, the nationalities, the suspects and the warrants do not change with the day of the report.
    T1, T2, T3, T4 = "2023-03-28a", "2023-03-28b", "2023-03-30", "2023-04-03"
    names = {
     "dead": "migrants killed", "injured": "people injured", "held": "men held in the centre",
     "hospitals": "hospitals treating the injured", "gt_victims": "Guatemalans among the victims (Guatemala's count)",
     "held_gt": "Guatemalans held", "held_hn": "Hondurans held", "held_ve": "Venezuelans held",
     "held_sv": "Salvadorans held", "held_co": "Colombians held", "held_ec": "Ecuadorians held",
     "suspects": "people identified as suspects", "suspects_gov": "government employees among the suspects",
     "warrants": "arrest warrants issued", "arrested": "people arrested", "w_officials": "warrants against officials",
     "w_guards": "warrants against private guards", "dead_gt": "Guatemalans killed", "dead_sv": "Salvadorans killed",
     "dead_ve": "Venezuelans killed", "dead_hn": "Hondurans killed", "dead_co": "Colombians killed",
     "inj_gt": "Guatemalans injured", "inj_hn": "Hondurans injured", "inj_sv": "Salvadorans injured",
     "inj_ve": "Venezuelans injured", "discharged": "injured discharged from hospital",
     "on_trial": "other immigration officials facing trial", "months": "months given to complete the investigation",
     # dates
     "fire": "day of the fire", "presser": "day of the president's press conference",
     "corrected": "day the institute corrected its toll", "probe": "day the homicide probe was announced",
     "arrests": "day of the arrests", "visit": "day of the president's visit to Ciudad Juarez",
     "toll40": "day the 40th death was announced", "ruling": "day the judge ordered the institute's head to trial",
     "appointed": "year the institute's head was appointed",
    }
    ms = [
     M(K, "Sedikitnya 39 migran", N, "dead", 39, T1, qual="atleast"),
     M(K, "29 orang", N, "injured", 29, T1, fall=True),
     M(K, "Senin (27/3/2023)", D, "fire", "2023-03-27"),
     M(K, "68 pria", N, "held", 68),
     M(K, "empat rumah sakit", N, "hospitals", 4),
     M(K, "Selasa (28/3/2023)", D, "presser", "2023-03-28"),
     M(K, "28 warganya", N, "gt_victims", 28),

     M(R, "38 migrants", N, "dead", 38, T2),
     M(R, "on Wednesday", D, "probe", "2023-03-29"),
     M(R, "39 dead", N, "dead", 39, T1),
     M(R, "late on Tuesday", D, "corrected", "2023-03-28"),
     M(R, "38 deaths", N, "dead", 38, T2),
     M(R, "68 men", N, "held", 68),
     M(R, "Monday night", D, "fire", "2023-03-27"),
     M(R, "28 from Guatemala", N, "held_gt", 28),
     M(R, "13 from Honduras", N, "held_hn", 13),
     M(R, "13 from Venezuela", N, "held_ve", 13),
     M(R, "12 from El Salvador", N, "held_sv", 12),
     M(R, "one from Colombia", N, "held_co", 1),
     M(R, "one from Ecuador", N, "held_ec", 1),
     M(R, "eight people", N, "suspects", 8),
     M(R, "three of them", N, "suspects_gov", 3),
     M(R, "28 of its citizens", N, "gt_victims", 28),

     M(T, "lima orang", N, "arrested", 5, T3),
     M(T, "39 orang", N, "dead", 39, T3),
     M(T, "Kamis (30/3/2023)", D, "arrests", "2023-03-30"),
     M(T, "enam surat perintah", N, "warrants", 6),
     M(T, "tiga pejabat INM", N, "w_officials", 3),
     M(T, "dua petugas keamanan swasta", N, "w_guards", 2),
     M(T, "18 warga Guatemala", N, "dead_gt", 18),
     M(T, "tujuh warga El Salvador", N, "dead_sv", 7),
     M(T, "tujuh warga Venezuela", N, "dead_ve", 7),
     M(T, "enam warga Honduras", N, "dead_hn", 6),
     M(T, "satu warga Kolombia", N, "dead_co", 1),
     M(T, "28 korban luka", N, "injured", 28, T3, fall=True),
     M(T, "10 warga Guatemala", N, "inj_gt", 10),
     M(T, "delapan warga Honduras", N, "inj_hn", 8),
     M(T, "lima warga El Salvador", N, "inj_sv", 5),
     M(T, "lima warga Venezuela", N, "inj_ve", 5),
     M(T, "satu korban luka", N, "discharged", 1),
     M(T, "Senin (27/3/2023)", D, "fire", "2023-03-27"),
     M(T, "86 pria", N, "held", 86, planted=True),
     M(T, "Jumat (31/3/2023)", D, "visit", "2023-03-31"),

     M(A, "40 migrants", N, "dead", 40, T4),
     M(A, "late Sunday", D, "ruling", "2023-04-30"),
     M(A, "four months", N, "months", 4, cls="dur"),
     M(A, "Seven other immigration officials", N, "on_trial", 7),
     M(A, "March 26", D, "fire", "2023-03-26", planted=True),
     M(A, "68 men", N, "held", 68),
     M(A, "Five people", N, "arrested", 5, T3),
     M(A, "March 30", D, "arrests", "2023-03-30"),
     M(A, "to 40", N, "dead", 40, T4),
     M(A, "April 3", D, "toll40", "2023-04-03"),
     M(A, "27 people", N, "injured", 27, T4, fall=True),
     M(A, "2019", D, "appointed", "2019"),
    ]
    build("juarez-fire-2023", "The fire at the National Migration Institute's holding centre in Ciudad Juarez, Mexico "
          "(Monday night, 27 March 2023): 68 men held; the institute's first count of 39 dead and 29 injured on "
          "Tuesday 28 March, corrected down to 38 late on Tuesday; a homicide probe with eight suspects on Wednesday 29 "
          "March; six arrest warrants and five arrests on Thursday 30 March, with 39 dead (18 Guatemalans, 7 "
          "Salvadorans, 7 Venezuelans, 6 Hondurans, 1 Colombian) and 28 injured; the president's visit on Friday 31 "
          "March; a 40th death on Monday 3 April (27 injured in all); the institute's head ordered to stand trial "
          "late on Sunday 30 April 2023 (seven other officials facing trial)", False, ms, names)


def eta():
    TE, R, K, A = "tempo-nov06", "reuters-nov07", "kompas-nov12", "ap-dec03"
    # as-of times of the running tallies: the president's count on the morning of Thursday 5 November 2020 (4 dead)
    # and later that day (more than 50), his and the disaster agency's figures of Friday 6 November, CONRED's count
    # when the search at Queja was halted (about 11 November: 44 dead, 99 missing; 8 bodies found and 88 missing in
    # Queja) and its figures of 12 November (evacuated, affected, houses). The president's figures against CONRED's
    # confirmed counts are two sources. Storms' categories and winds and dates of events do not change with the day.
    TH0, TH, FRI, NOV11, NOV12 = "2020-11-05a", "2020-11-05b", "2020-11-06", "2020-11-11", "2020-11-12"
    PRES, CON = "President Giammattei", "CONRED"
    names = {
     "dead": "people killed in Guatemala", "dead_missing": "people dead or missing in Guatemala",
     "missing": "people missing in Guatemala", "homes_queja": "homes buried in Queja",
     "feared_queja": "people feared dead in Queja", "dead_huehue": "dead in the Huehuetenango landslide",
     "bodies_queja": "bodies found in Queja", "missing_queja": "people missing in Queja",
     "affected": "people affected in Guatemala", "evacuated": "people evacuated in Guatemala",
     "houses": "houses damaged in Guatemala", "departments": "departments hit",
     "cat_eta": "Eta's category at landfall", "cat_iota": "Iota's category at landfall",
     "wind_eta": "Eta's winds at landfall (km/h)", "wind_iota": "Iota's winds at landfall (km/h)",
     # dates
     "stmt_thu": "day of the president's count of more than 50", "landfall_eta": "day of Eta's landfall",
     "stmt_fri": "day of the president's estimate of 150", "calamity": "day the state of calamity was declared",
     "landfall_iota": "day of Iota's landfall", "report12": "day of CONRED's report of the evacuated and affected",
    }
    ms = [
     M(TE, "lebih dari 50 orang", N, "dead", 50, TH, qual="morethan", src=PRES),
     M(TE, "Kamis (5/11/2020)", D, "stmt_thu", "2020-11-05"),
     M(TE, "empat korban tewas", N, "dead", 4, TH0, src=PRES),
     M(TE, "Selasa (3/11/2020)", D, "landfall_eta", "2020-11-03"),
     M(TE, "kategori 4", N, "cat_eta", 4, cls="cat"),
     M(TE, "sekitar 240 km per jam", N, "wind_eta", 240, qual="approx", cls="speed"),

     M(R, "About 150 people", N, "dead_missing", 150, FRI, qual="approx", src=PRES),
     M(R, "on Friday", D, "stmt_fri", "2020-11-06"),
     M(R, "150 homes", N, "homes_queja", 150),
     M(R, "at least 100 people", N, "feared_queja", 100, FRI, qual="atleast", src=PRES),
     M(R, "eight", N, "dead", 8, FRI, src=CON),
     M(R, "10 people", N, "dead_huehue", 10),
     M(R, "More than 75,000 people", N, "affected", 75000, FRI, qual="morethan", src=PRES),
     M(R, "Tuesday", D, "landfall_eta", "2020-11-03"),
     M(R, "Category 4", N, "cat_eta", 4, cls="cat"),
     M(R, "about 240 km per hour", N, "wind_eta", 240, qual="approx", cls="speed"),
     M(R, "Thursday", D, "calamity", "2020-11-05"),

     M(K, "delapan jenazah", N, "bodies_queja", 8, NOV11),
     M(K, "88 warga", N, "missing_queja", 88, NOV11, fall=True),
     M(K, "44 orang tewas", N, "dead", 44, NOV11, src=CON),
     M(K, "99 orang hilang", N, "missing", 99, NOV11, src=CON, fall=True),
     M(K, "Jumat (6/11/2020)", D, "stmt_fri", "2020-11-06"),
     M(K, "sekitar 150 orang", N, "dead_missing", 150, FRI, qual="approx", src=PRES),
     M(K, "97.082 orang", N, "evacuated", 97082, NOV12, src=CON),
     M(K, "hampir 640.000 orang", N, "affected", 640000, NOV12, qual="nearly", src=CON),
     M(K, "24.190 rumah", N, "houses", 24190, NOV12),
     M(K, "sembilan departemen", N, "departments", 9),
     M(K, "Kamis (5/11/2020)", D, "calamity", "2020-11-05"),
     M(K, "Rabu (4/11/2020)", D, "landfall_eta", "2020-11-04", planted=True),
     M(K, "kategori 4", N, "cat_eta", 4, cls="cat"),

     M(A, "Nov. 3", D, "landfall_eta", "2020-11-03"),
     M(A, "Category 4", N, "cat_eta", 4, cls="cat"),
     M(A, "49 dead", N, "dead", 49, NOV11, src=CON, planted=True),
     M(A, "99 missing", N, "missing", 99, NOV11, src=CON, fall=True),
     M(A, "eight bodies", N, "bodies_queja", 8, NOV11),
     M(A, "88 people", N, "missing_queja", 88, NOV11, fall=True),
     M(A, "Nov. 6", D, "stmt_fri", "2020-11-06"),
     M(A, "about 150 people", N, "dead_missing", 150, FRI, qual="approx", src=PRES),
     M(A, "Almost 640,000 people", N, "affected", 640000, NOV12, qual="nearly", src=CON),
     M(A, "more than 97,000", N, "evacuated", 97000, NOV12, qual="morethan", src=CON),
     M(A, "Nov. 12", D, "report12", "2020-11-12"),
     M(A, "Nov. 16", D, "landfall_iota", "2020-11-16"),
     M(A, "Category 4", N, "cat_iota", 4, cls="cat", occ=2),
     M(A, "250 kph", N, "wind_iota", 250, cls="speed"),
    ]
    build("eta-guatemala-2020", "Storm Eta in Guatemala (landfall in Nicaragua as a Category 4 hurricane on Tuesday 3 "
          "November 2020) and Hurricane Iota (landfall on Monday 16 November): the president's count of 4 dead on the "
          "morning of Thursday 5 November and more than 50 later that day; his unofficial estimate of about 150 dead or "
          "missing on Friday 6 November (some 150 homes buried in Queja, at least 100 feared dead there, 10 dead in "
          "Huehuetenango, more than 75,000 affected) against CONRED's confirmed 8 dead; CONRED's 44 dead and 99 "
          "missing nationwide when the search at Queja was halted (8 bodies found, 88 missing there); 97,082 "
          "evacuated, almost 640,000 affected and 24,190 houses damaged", False, ms, names)


def airport():
    R, K, T, A = "reuters-oct29", "kompas-oct30", "tempo-oct31", "ap-nov01"
    names = {
     "counted": "share of booths counted", "santa": "votes for the Santa Lucia option",
     "santa_pct": "share for the Santa Lucia option", "texcoco": "votes for Texcoco",
     "texcoco_pct": "share for Texcoco", "total": "participants", "booths": "polling booths",
     "munis": "municipalities with booths", "states": "states", "runways": "runways planned at Santa Lucia",
     # dates
     "start": "first day of the vote", "end": "last day of the vote", "announce": "day the results were announced",
     "decision": "day the president-elect gave his decision", "inaug": "day the president-elect takes office",
     "markets": "day of the market report",
    }
    ms = [
     M(R, "on Sunday", D, "announce", "2018-10-28"),
     M(R, "98.18 percent", N, "counted", 98.18, cls="pct"),
     M(R, "747,000 people", N, "santa", 747000),
     M(R, "69.95 percent", N, "santa_pct", 69.95, cls="pct"),
     M(R, "two runways", N, "runways", 2),
     M(R, "310,463 people", N, "texcoco", 310463),
     M(R, "29.08 percent", N, "texcoco_pct", 29.08, cls="pct"),
     M(R, "1,067,859 participants", N, "total", 1067859),
     M(R, "Oct. 25", D, "start", "2018-10-25"),
     M(R, "Oct. 28", D, "end", "2018-10-28"),
     M(R, "1,073 booths", N, "booths", 1073),
     M(R, "538 municipalities", N, "munis", 538),
     M(R, "32 states", N, "states", 32),
     M(R, "Dec. 1", D, "inaug", "2018-12-01"),
     M(R, "on Monday", D, "decision", "2018-10-29"),

     M(K, "Senin (29/10/2018)", D, "decision", "2018-10-29"),
     M(K, "25 Oktober 2018", D, "start", "2018-10-25"),
     M(K, "747.000 peserta", N, "santa", 747000),
     M(K, "69,95 persen", N, "santa_pct", 69.95, cls="pct"),
     M(K, "dua landasan pacu", N, "runways", 2),
     M(K, "310.463 peserta", N, "texcoco", 310463),
     M(K, "29,08 persen", N, "texcoco_pct", 29.08, cls="pct"),
     M(K, "1.067.859 orang", N, "total", 1067859),
     M(K, "98,18 persen", N, "counted", 98.18, cls="pct"),
     M(K, "1.073 tempat pemungutan suara", N, "booths", 1073),
     M(K, "538 kotamadya", N, "munis", 538),
     M(K, "32 negara bagian", N, "states", 32),
     M(K, "Minggu (28/10/2018)", D, "announce", "2018-10-28"),
     M(K, "1 Desember 2018", D, "inaug", "2018-12-01"),

     M(T, "Hampir 70 persen", N, "santa_pct", 70, qual="nearly", cls="pct"),
     M(T, "747.000 suara", N, "santa", 747000),
     M(T, "310.463 suara", N, "texcoco", 310463),
     M(T, "sekitar 1,07 juta peserta", N, "total", 1070000, qual="approx"),
     M(T, "29,08 persen", N, "texcoco_pct", 29.08, cls="pct"),
     M(T, "69,95 persen", N, "santa_pct", 69.95, cls="pct"),
     M(T, "98,18 persen", N, "counted", 98.18, cls="pct"),
     M(T, "Minggu (28/10/2018)", D, "announce", "2018-10-28"),
     M(T, "Kamis (25/10/2018)", D, "start", "2018-10-25"),
     M(T, "538 kotamadya", N, "munis", 538),
     M(T, "Senin (29/10/2018)", D, "decision", "2018-10-29"),
     M(T, "1 Desember 2018", D, "inaug", "2018-12-01"),

     M(A, "Thursday", D, "markets", "2018-11-01"),
     M(A, "ended Sunday", D, "end", "2018-10-28"),
     M(A, "nearly 70 percent", N, "santa_pct", 70, qual="nearly", cls="pct"),
     M(A, "two runways", N, "runways", 2),
     M(A, "747,000 votes", N, "santa", 747000),
     M(A, "310,463", N, "texcoco", 310463),
     M(A, "29.08 percent", N, "texcoco_pct", 29.08, cls="pct"),
     M(A, "about 1.07 million people", N, "total", 1070000, qual="approx"),
     M(A, "98.18 percent", N, "counted", 98.18, cls="pct"),
     M(A, "1,073 polling booths", N, "booths", 1073),
     M(A, "538 municipalities", N, "munis", 538),
     M(A, "on Monday", D, "decision", "2018-10-29"),
     M(A, "Oct. 25", D, "start", "2018-10-25"),
     M(A, "Dec. 1", D, "inaug", "2018-12-01"),
    ]
    build("airport-consultation-2018", "The result of the public consultation on Mexico City's new airport (control), "
          "announced on Sunday 28 October 2018 by the Arturo Rosenblueth Foundation for the president-elect's team: "
          "with 98.18% of booths counted, 747,000 votes (69.95%) for two runways at the Santa Lucia air base, 310,463 "
          "(29.08%) for continuing at Texcoco, 1,067,859 participants; the vote of 25-28 October at 1,073 booths in 538 "
          "municipalities of 32 states; the president-elect's decision on Monday 29 October; his inauguration on 1 "
          "December 2018. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    juarez()
    eta()
    airport()
