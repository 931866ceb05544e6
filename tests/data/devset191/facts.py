"""The hundred-and-ninety-first development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset191/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def wamena():
    K, R, DT, T, J = "kompas-sep23", "reuters-sep24", "detik-sep25", "tempo-sep26", "jakpost-oct21"
    # as-of times of the running tallies: Monday 23 September 2019 (the military's first count), Tuesday 24 September
    # (the Papua police's and the national police's counts, the detained students), Wednesday 25 September at night
    # (the military's 32). The dead in Wamena are credited to three bodies: the military (the district command), the
    # Papua police and the national police (Mabes Polri): figures of different bodies are sources, also across days;
    # the military's own 17 -> 23 -> 32 is an update. The army's injured fell from the district command's 66 on Monday
    # to the regional command's 63 on Tuesday (both the military's counts, as reported): a revision. The toll across Papua (26, Wamena and Jayapura) is another fact.
    MON, TUE, WED, THU, LATER = "2019-09-23", "2019-09-24", "2019-09-25n", "2019-09-26", "2019-10-21"
    GOV = "the government"
    MIL, PPOL, NPOL = "the military (Kodim 1702)", "the Papua police", "the national police"
    names = {
     "dead_wam": "people killed in Wamena", "dead_papua": "people killed in Papua's riots (Wamena and Jayapura)",
     "dead_nonnative": "non-native residents among the dead", "dead_native": "native Papuans among the dead",
     "injured": "people injured in Wamena", "troops": "troops and police in Jayawijaya",
     "extra": "troops newly sent to Wamena", "found_tue": "bodies found on Tuesday", "found_wed": "the last bodies found",
     "jpr_students": "students killed in Jayapura", "jpr_soldier": "soldiers killed in Jayapura",
     "detained": "students detained in Jayapura", "cars": "cars damaged", "motor": "motorcycles damaged",
     "shops": "shops and houses damaged", "govbld": "government buildings damaged",
     "displaced": "people sheltering in Wamena", "dead_jpr": "people killed in the Jayapura clash",
     "swept": "share of the riot area searched (per cent)",
     # dates
     "riot": "day of the Wamena riot", "jayapura": "day of the Jayapura clash",
     "tuesday": "day of Tuesday's counts and statements", "asof_wed": "day of the count of 32",
     "racism": "month of the racist abuse in Surabaya",
    }
    ms = [
     M(K, "Senin (23/9/2019)", D, "riot", "2019-09-23"),
     M(K, "sedikitnya 17 orang", N, "dead_wam", 17, MON, qual="atleast", src=MIL),
     M(K, "16 korban tewas", N, "dead_nonnative", 16, MON, src=MIL),
     M(K, "satu korban", N, "dead_native", 1, MON, src=MIL),
     M(K, "66 warga", N, "injured", 66, MON, src=MIL),
     M(K, "1.300 personel", N, "troops", 1300, qual="approx", cls="personnel"),
     M(K, "kurang lebih 100 personel", N, "extra", 100, qual="approx", cls="personnel"),

     M(R, "26", N, "dead_papua", 26, TUE),
     M(R, "Tuesday", D, "tuesday", "2019-09-24"),
     M(R, "22 people", N, "dead_wam", 22, TUE, src=PPOL),
     M(R, "72", N, "injured", 72, TUE, src=PPOL),
     M(R, "Monday", D, "riot", "2019-09-23"),
     M(R, "Four more bodies", N, "found_tue", 4, TUE),
     M(R, "Monday", D, "jayapura", "2019-09-23", occ=2),
     M(R, "one soldier", N, "jpr_soldier", 1, TUE),
     M(R, "three students", N, "jpr_students", 3, TUE),
     M(R, "733 students", N, "detained", 733, TUE),
     M(R, "80 cars", N, "cars", 80, TUE, qual="atleast"),
     M(R, "30 motorcycles", N, "motor", 30, TUE),
     M(R, "150 shops and houses", N, "shops", 150, TUE),
     M(R, "five government buildings", N, "govbld", 5, TUE),
     M(R, "August", D, "racism", "2019-08"),

     M(DT, "23 orang", N, "dead_wam", 23, TUE, src=NPOL),
     M(DT, "Selasa (24/9/2019)", D, "tuesday", "2019-09-24"),
     M(DT, "77 orang", N, "injured", 77, TUE, src=NPOL),
     M(DT, "Senin (23/9/2019)", D, "riot", "2019-09-23"),
     M(DT, "773 mahasiswa", N, "detained", 773, TUE, planted=True),
     M(DT, "23 korban tewas", N, "dead_wam", 23, TUE, src=MIL),
     M(DT, "63 orang", N, "injured", 63, TUE, src=MIL),

     M(T, "32 orang", N, "dead_wam", 32, WED, src=MIL),
     M(T, "Rabu (25/9/2019)", D, "asof_wed", "2019-09-25"),
     M(T, "empat korban terakhir", N, "found_wed", 4, WED),
     M(T, "75 sampai 80 persen", N, "swept", 75, WED, cls="pct"),
     M(T, "Minggu (22/9/2019)", D, "riot", "2019-09-22", planted=True),
     M(T, "17 korban tewas", N, "dead_wam", 17, MON, src=MIL),

     M(J, "At least 33 people", N, "dead_wam", 33, LATER, qual="atleast", src=GOV),
     M(J, "Sept. 23", D, "riot", "2019-09-23"),
     M(J, "32", N, "dead_wam", 32, WED, src=MIL),
     M(J, "Sept. 25", D, "asof_wed", "2019-09-25"),
     M(J, "6,311 people", N, "displaced", 6311, THU, src=PPOL, fall=True),
     M(J, "four people", N, "dead_jpr", 4, TUE),
     M(J, "733 students", N, "detained", 733, TUE),
    ]
    build("wamena-riot-2019", "The riot in Wamena, Jayawijaya, Papua (Monday 23 September 2019) and the clash in "
          "Jayapura the same day: the military's at least 17 dead in Wamena on Monday (16 non-native, 1 native; 66 "
          "injured), the Papua police's 22 dead and 72 injured and the national police's 23 dead and 77 injured on "
          "Tuesday 24 September, 26 dead across Papua with the four in Jayapura, 733 students detained, the military's "
          "32 dead by Wednesday 25 September at night", False, ms, names)


def provinces():
    K, R, T, A = "kompas-jun30", "reuters-jul01", "tempo-nov11", "antara-nov18"
    # The number of provinces is a tally with as-of times: 34 before the plenary of Thursday 30 June 2022, 37 after
    # it (recalled in November), 38 after the plenary of Thursday 17 November 2022. The stages are different events:
    # the initiative (12 April 2022), the commission's agreement (Monday 27 June), the plenary (Thursday 30 June),
    # the signature (25 July), the acting governors' swearing-in (Friday 11 November), the fourth province's plenary
    # (Thursday 17 November).
    BEFORE, JUN30, NOV11, NOV16, NOV17 = "2022-06-29", "2022-06-30", "2022-11-11", "2022-11-16", "2022-11-17"
    names = {
     "provinces": "provinces of Indonesia", "ps_regencies": "regencies of South Papua",
     "ptpp_regencies": "regencies of Central Papua and of Highland Papua (each)",
     "pbd_regencies": "regencies of Southwest Papua", "duration": "months the bills took",
     "lapse": "days after which a law takes effect unsigned",
     # dates
     "plenary": "day of the plenary vote on the three provinces", "agreement": "day of the commission's agreement",
     "initiative": "day the bills became the House's initiative", "signed": "day the laws were signed",
     "sworn": "day the acting governors were sworn in", "pbd_plenary": "day of the vote on Southwest Papua",
     "pilkada": "year of the regional elections",
    }
    ms = [
     M(K, "Kamis (30/6/2022)", D, "plenary", "2022-06-30"),
     M(K, "34", N, "provinces", 34, BEFORE),
     M(K, "37 provinsi", N, "provinces", 37, JUN30),
     M(K, "empat kabupaten", N, "ps_regencies", 4, cls="regencies"),
     M(K, "Senin (27/6/2022)", D, "agreement", "2022-06-27"),
     M(K, "sekitar 2,5 bulan", N, "duration", 2.5, qual="approx", cls="dur"),
     M(K, "12 April 2022", D, "initiative", "2022-04-12"),
     M(K, "30 hari", N, "lapse", 30, cls="dur"),

     M(R, "Thursday", D, "plenary", "2022-06-30"),
     M(R, "37", N, "provinces", 37, JUN30),
     M(R, "34", N, "provinces", 34, BEFORE),
     M(R, "April", D, "initiative", "2022-04"),
     M(R, "eight regencies", N, "ptpp_regencies", 8, cls="regencies"),
     M(R, "four", N, "ps_regencies", 4, cls="regencies"),

     M(T, "Jumat (11/11/2022)", D, "sworn", "2022-11-11"),
     M(T, "Rabu (29/6/2022)", D, "plenary", "2022-06-29", planted=True),
     M(T, "25 Juli 2022", D, "signed", "2022-07-25"),
     M(T, "2024", D, "pilkada", "2024"),
     M(T, "37 provinsi", N, "provinces", 37, NOV11),

     M(A, "Kamis (17/11/2022)", D, "pbd_plenary", "2022-11-17"),
     M(A, "ke-38", N, "provinces", 38, NOV17),
     M(A, "lima kabupaten", N, "pbd_regencies", 5, cls="regencies"),
     M(A, "30 Juni 2022", D, "plenary", "2022-06-30"),
     M(A, "Jumat (11/11/2022)", D, "sworn", "2022-11-11"),
     M(A, "37", N, "provinces", 37, NOV16),
     M(A, "38", N, "provinces", 38, NOV17, occ=2),
    ]
    build("papua-provinces-2022", "Three new provinces carved out of Papua (South Papua, Central Papua, Highland "
          "Papua): the House's plenary vote on Thursday 30 June 2022 (34 -> 37 provinces) after the commission's "
          "agreement of Monday 27 June and the initiative of 12 April, the laws signed on 25 July 2022 (Nos. 14, 15 "
          "and 16 of 2022), the acting governors sworn in on Friday 11 November 2022, and Southwest Papua voted on "
          "Thursday 17 November 2022 as the 38th province", False, ms, names)


def vale():
    B, KT, R, A = "bisnis-jan31", "kontan-feb03", "reuters-feb01", "antara-feb02"
    names = {
     "prod22": "nickel in matte produced in 2022 (t)", "prod21": "nickel in matte produced in 2021 (t)",
     "yoy": "the annual fall (per cent)", "q4": "output in the fourth quarter of 2022 (t)",
     "q3": "output in the third quarter of 2022 (t)", "qoq": "the fall from the third quarter (per cent)",
     "q4_21": "output in the fourth quarter of 2021 (t)", "mhp": "the Pomalaa plant's yearly capacity (t)",
     "capex": "the Pomalaa project's cost (Rp trillion)", "mind": "MIND ID's stake (per cent)",
     # dates
     "release": "day of the announcement", "pomalaa": "day of the Pomalaa groundbreaking",
    }
    ms = [
     M(B, "60.090 metrik ton", N, "prod22", 60090, cls="t"),
     M(B, "8%", N, "yoy", 8, cls="pct"),
     M(B, "65.388 metrik ton", N, "prod21", 65388, cls="t"),
     M(B, "Selasa (31/1/2023)", D, "release", "2023-01-31"),
     M(B, "16.183 metrik ton", N, "q4", 16183, cls="t"),
     M(B, "sekitar 8%", N, "qoq", 8, qual="approx", cls="pct"),
     M(B, "17.513 metrik ton", N, "q3", 17513, cls="t"),
     M(B, "17.015 metrik ton", N, "q4_21", 17015, cls="t"),

     M(KT, "60.090 ton", N, "prod22", 60090, cls="t"),
     M(KT, "8 persen", N, "yoy", 8, cls="pct"),
     M(KT, "65.388 ton", N, "prod21", 65388, cls="t"),
     M(KT, "Selasa (31/1/2023)", D, "release", "2023-01-31"),
     M(KT, "16.183 ton", N, "q4", 16183, cls="t"),
     M(KT, "kira-kira 8 persen", N, "qoq", 8, qual="approx", cls="pct"),
     M(KT, "17.513 ton", N, "q3", 17513, cls="t"),
     M(KT, "17.015 ton", N, "q4_21", 17015, cls="t"),
     M(KT, "Minggu (27/11/2022)", D, "pomalaa", "2022-11-27"),
     M(KT, "Rp 67,5 triliun", N, "capex", 67.5, cls="rp"),
     M(KT, "120.000 ton", N, "mhp", 120000, cls="t"),

     M(R, "60,090 tonnes", N, "prod22", 60090, cls="t"),
     M(R, "8%", N, "yoy", 8, cls="pct"),
     M(R, "65,388 tonnes", N, "prod21", 65388, cls="t"),
     M(R, "Tuesday", D, "release", "2023-01-31"),
     M(R, "16,183 tonnes", N, "q4", 16183, cls="t"),
     M(R, "about 8%", N, "qoq", 8, qual="approx", cls="pct"),
     M(R, "17,513 tonnes", N, "q3", 17513, cls="t"),
     M(R, "17,015 tonnes", N, "q4_21", 17015, cls="t"),
     M(R, "20%", N, "mind", 20, cls="pct"),
     M(R, "November", D, "pomalaa", "2022-11"),
     M(R, "120,000 tonnes", N, "mhp", 120000, cls="t"),

     M(A, "60.090 metrik ton", N, "prod22", 60090, cls="t"),
     M(A, "Selasa (31/1/2023)", D, "release", "2023-01-31"),
     M(A, "8 persen", N, "yoy", 8, cls="pct"),
     M(A, "65.388 metrik ton", N, "prod21", 65388, cls="t"),
     M(A, "16.183 metrik ton", N, "q4", 16183, cls="t"),
     M(A, "sekitar 8 persen", N, "qoq", 8, qual="approx", cls="pct"),
     M(A, "17.513 metrik ton", N, "q3", 17513, cls="t"),
     M(A, "17.015 metrik ton", N, "q4_21", 17015, cls="t"),
    ]
    build("vale-production-2022", "Vale Indonesia's 2022 production (control), announced on Tuesday 31 January 2023: "
          "60,090 t of nickel in matte, down 8% from 65,388 t in 2021; 16,183 t in the fourth quarter, about 8% below "
          "the third quarter's 17,513 t and below 17,015 t a year earlier; the Furnace 4 rebuild's delay; the Pomalaa "
          "groundbreaking of Sunday 27 November 2022 (Rp 67.5 trillion, 120,000 t of MHP a year). Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    wamena()
    provinces()
    vale()
