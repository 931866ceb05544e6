"""The three-hundred-and-nineteenth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset319/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def mandala():
    R, K, T, J = "reuters-sep05", "kompas-sep06", "tempo-sep08", "jakpost-oct03"
    # as-of times of the running tallies: Monday 5 September 2005 (the hospitals' first count, the airline's first
    # survivors, the first residents counted dead), Tuesday 6 September (the provisional count of at least 149, a
    # local official's 104 dead and 13 survivors on board, at least 39 residents), Wednesday night 7 September (the
    # police's final count: 149 = 100 on board + 49 on the ground, 17 survivors), and the count recalled four weeks
    # on (3 October). The dead on board fall from 104 to 100 as bodies first counted as passengers are found to be
    # residents' (a revision). The survivors are counted by the airline (at least 15), a local official (13) and the
    # police (17): sources. The 117 aboard (112 passengers, 5 crew), the crash day and the aircraft's year do not
    # change with the day of the report.
    MON, TUE, WED, OCT3 = "2005-09-05", "2005-09-06", "2005-09-07", "2005-10-03"
    AIRLINE, LOCAL, POLICE = "the airline", "a local government official", "the North Sumatra police"
    names = {
     "dead": "people killed", "dead_aboard": "people on board killed", "dead_ground": "residents killed on the ground",
     "survivors": "people on board who survived", "injured_ground": "people on the ground injured",
     "aboard": "people on board", "pax": "passengers", "crew": "crew members", "age": "the aircraft's age (years)",
     # dates
     "crash": "day of the crash", "built": "year the aircraft was built", "asof_tue": "day of the count of 149",
     "asof_wed": "day of the police's final count", "funeral": "day of the governor's funeral",
    }
    ms = [
     M(R, "Monday", D, "crash", "2005-09-05"),
     M(R, "at least 137 people", N, "dead", 137, MON, qual="atleast"),
     M(R, "117 people", N, "aboard", 117),
     M(R, "112 passengers", N, "pax", 112),
     M(R, "five crew", N, "crew", 5),
     M(R, "at least 15 passengers", N, "survivors", 15, MON, qual="atleast", src=AIRLINE),
     M(R, "at least 30 residents", N, "dead_ground", 30, MON, qual="atleast"),
     M(R, "1981", D, "built", "1981"),

     M(K, "sedikitnya 149 orang", N, "dead", 149, TUE, qual="atleast"),
     M(K, "Selasa (6/9/2005)", D, "asof_tue", "2005-09-06"),
     M(K, "Senin (5/9/2005)", D, "crash", "2005-09-05"),
     M(K, "117 orang", N, "aboard", 117),
     M(K, "112 penumpang", N, "pax", 112),
     M(K, "5 awak", N, "crew", 5),
     M(K, "104 orang", N, "dead_aboard", 104, TUE),
     M(K, "13 orang", N, "survivors", 13, TUE, src=LOCAL),
     M(K, "Sedikitnya 39 warga", N, "dead_ground", 39, TUE, qual="atleast"),
     M(K, "tahun 1981", D, "built", "1981"),
     M(K, "24 tahun", N, "age", 24, cls="dur"),

     M(T, "149 orang", N, "dead", 149, WED),
     M(T, "Rabu (7/9/2005)", D, "asof_wed", "2005-09-07"),
     M(T, "100 orang", N, "dead_aboard", 100, WED),
     M(T, "49 orang", N, "dead_ground", 49, WED),
     M(T, "117 orang", N, "aboard", 117),
     M(T, "17 penumpang", N, "survivors", 17, WED, src=POLICE),
     M(T, "121 penumpang", N, "pax", 121, planted=True),
     M(T, "lima awak", N, "crew", 5),
     M(T, "Senin (5/9/2005)", D, "crash", "2005-09-05"),
     M(T, "Selasa (6/9/2005)", D, "funeral", "2005-09-06"),

     M(J, "Sept. 6", D, "crash", "2005-09-06", planted=True),
     M(J, "149 people", N, "dead", 149, OCT3),
     M(J, "100", N, "dead_aboard", 100, OCT3),
     M(J, "117 people", N, "aboard", 117),
     M(J, "49 residents", N, "dead_ground", 49, OCT3),
     M(J, "Seventeen passengers", N, "survivors", 17, OCT3),
     M(J, "26 people", N, "injured_ground", 26, OCT3),
     M(J, "24 years old", N, "age", 24, cls="dur"),
    ]
    build("mandala-crash-2005", "The crash of Mandala Airlines flight RI 091 into the Padang Bulan neighbourhood of Medan "
          "moments after take-off from Polonia airport (Monday 5 September 2005, about 10.15 WIB; 117 aboard: 112 "
          "passengers and 5 crew): at least 137 dead on Monday -> at least 149 on Tuesday 6 September -> the police's "
          "149 on Wednesday night 7 September (100 on board, 49 on the ground); the dead on board revised down from a "
          "local official's 104 to the police's 100; residents killed at least 30 -> at least 39 -> 49; survivors by "
          "the airline (at least 15), a local official (13) and the police (17); the governor Tengku Rizal Nurdin and "
          "his predecessor Raja Inal Siregar among the dead", False, ms, names)


def aceh():
    K, R, T, A = "kompas-sep19", "reuters-oct18", "tempo-dec22", "ap-jan03"
    # as-of times of the running tallies of the Free Aceh Movement's (GAM's) weapons: the end of the first round
    # (Saturday 17 September 2005: 279 handed in, 243 accepted), the second round (mid-October: 476 accepted), the
    # third round (ended Monday 21 November: 856 handed in, 698 accepted by the monitors, 631 recognised by the
    # government) and the fourth round (Wednesday 21 December: 1,023 handed in, 840 accepted by the monitors, 769
    # recognised by the military). The monitors' (AMM's) and the military's counts of accepted weapons are sources.
    # The 840 weapons the peace deal (Monday 15 August 2005) required is another fact than the 840 accepted at the
    # end; the 14,700 soldiers and 9,100 police the deal lets stay, the toll of the conflict and the dates of the
    # rounds do not change with the day of the report.
    SEP17, OCT17, NOV21, DEC21 = "2005-09-17", "2005-10-17", "2005-11-21", "2005-12-21"
    AMM, TNI = "the Aceh Monitoring Mission", "the Indonesian military/government"
    names = {
     "h1": "weapons handed in in the first round", "a1": "weapons accepted in the first round",
     "h2": "weapons handed in in the second round", "a2": "weapons accepted in the second round",
     "a4": "weapons accepted in the fourth round", "h_total": "weapons handed in so far",
     "acc_total": "weapons accepted so far", "to_hand": "weapons the deal requires GAM to hand in",
     "soldiers": "soldiers allowed to stay in Aceh", "police": "police allowed to stay in Aceh",
     "withdrawn": "soldiers to be withdrawn after the first round", "dead": "people killed in the conflict",
     "asean": "ASEAN countries sending monitors", "cut_last": "weapons cut at the final ceremony",
     # dates
     "mou": "day the peace deal was signed", "r1_start": "first day of the first round",
     "r1_end": "last day of the first round", "r3": "the third round", "r4": "the fourth round",
     "final": "day of the final ceremony", "gam_clear": "day GAM declared no weapons left in the field",
     "deadline": "last day for weapons found later", "amm_end": "end of the monitors' mandate",
     "tna": "day GAM disbanded its armed wing", "since": "year the conflict began",
    }
    ms = [
     M(K, "279 pucuk senjata", N, "h1", 279, also={"h_total": 279}, asof=SEP17),
     M(K, "Kamis (15/9/2005)", D, "r1_start", "2005-09-15"),
     M(K, "Sabtu (17/9/2005)", D, "r1_end", "2005-09-17"),
     M(K, "243 pucuk", N, "a1", 243, SEP17, src=AMM, also={"acc_total": 243}),
     M(K, "Senin (15/8/2005)", D, "mou", "2005-08-15"),
     M(K, "840 pucuk", N, "to_hand", 840),
     M(K, "14.700 tentara", N, "soldiers", 14700),
     M(K, "9.100 polisi", N, "police", 9100),
     M(K, "sekitar 6.000 personel", N, "withdrawn", 6000, qual="approx"),
     M(K, "lima negara ASEAN", N, "asean", 5),
     M(K, "1976", D, "since", "1976"),
     M(K, "hampir 15.000 orang", N, "dead", 15000, qual="nearly"),

     M(R, "291 weapons", N, "h2", 291),
     M(R, "476", N, "acc_total", 476, OCT17, src=AMM),
     M(R, "840", N, "to_hand", 840),
     M(R, "233", N, "a2", 233),
     M(R, "Sept. 15", D, "r1_start", "2005-09-15"),
     M(R, "279 weapons", N, "h1", 279, SEP17, also={"h_total": 279}),
     M(R, "243", N, "a1", 243, SEP17, src=AMM, also={"acc_total": 243}),
     M(R, "17,400 soldiers", N, "soldiers", 17400, planted=True),
     M(R, "9,100 police", N, "police", 9100),
     M(R, "Aug. 15", D, "mou", "2005-08-15"),
     M(R, "almost 15,000 people", N, "dead", 15000, qual="nearly"),
     M(R, "five Southeast Asian countries", N, "asean", 5),
     M(R, "November", D, "r3", "2005-11"),
     M(R, "December", D, "r4", "2005-12"),

     M(T, "enam pucuk", N, "cut_last", 6),
     M(T, "Rabu (21/12/2005)", D, "final", "2005-12-21"),
     M(T, "1.023 pucuk", N, "h_total", 1023, DEC21),
     M(T, "840 pucuk", N, "acc_total", 840, DEC21, src=AMM),
     M(T, "769 pucuk", N, "acc_total", 769, DEC21, src=TNI),
     M(T, "Senin (21/11/2005)", D, "r3", "2005-11-21"),
     M(T, "856 pucuk", N, "h_total", 856, NOV21),
     M(T, "698 pucuk", N, "acc_total", 698, NOV21, src=AMM),
     M(T, "631 pucuk", N, "acc_total", 631, NOV21, src=TNI),
     M(T, "142 pucuk", N, "a4", 142),
     M(T, "Senin (19/12/2005)", D, "gam_clear", "2005-12-19"),
     M(T, "Rabu (14/9/2005)", D, "r1_start", "2005-09-14", planted=True),
     M(T, "31 Desember 2005", D, "deadline", "2005-12-31"),
     M(T, "15 Maret 2006", D, "amm_end", "2006-03-15"),

     M(A, "Tuesday, Dec. 27", D, "tna", "2005-12-27"),
     M(A, "1976", D, "since", "1976"),
     M(A, "1,023 weapons", N, "h_total", 1023, DEC21),
     M(A, "840 of them", N, "acc_total", 840, DEC21, src=AMM),
     M(A, "769", N, "acc_total", 769, DEC21, src=TNI),
     M(A, "14,700 soldiers", N, "soldiers", 14700),
     M(A, "9,100 police", N, "police", 9100),
     M(A, "almost 15,000 people", N, "dead", 15000, qual="nearly"),
     M(A, "Aug. 15, 2005", D, "mou", "2005-08-15"),
     M(A, "five Southeast Asian nations", N, "asean", 5),
    ]
    build("aceh-decommissioning-2005", "The disarmament of the Free Aceh Movement (GAM) under the Helsinki peace deal "
          "(signed Monday 15 August 2005: 840 weapons to hand in over four rounds, 14,700 soldiers and 9,100 police "
          "to stay): the first round from Thursday 15 to Saturday 17 September 2005 (279 handed in, 243 accepted), "
          "476 accepted after the second round, 856 handed in and 698 accepted by the monitors (631 recognised by the "
          "government) after the third round ended on Monday 21 November, 1,023 handed in and 840 accepted (769 "
          "recognised by the military) at the final ceremony of Wednesday 21 December; GAM's armed wing disbanded on "
          "Tuesday 27 December 2005", False, ms, names)


def toll():
    A, J, K, X = "antara-sep25", "jakpost-sep26", "kompas-sep27", "xinhua-sep28"
    names = {
     "length": "length of the toll road (km)", "cost": "cost of the toll road (trillion rupiah)",
     "trans": "planned length of the Trans-Sumatra main corridor (km)",
     "old": "distance on the national road (km)", "sections": "sections of the toll road",
     "tunnels": "elephant tunnels", "span": "span of the tunnels (m)", "height": "height of the tunnels (m)",
     "elephants": "elephants using the corridor",
     # dates
     "opened": "day the road was inaugurated", "test": "the road's operational feasibility test",
    }
    ms = [
     M(A, "131,5 kilometer", N, "length", 131.5, cls="km"),
     M(A, "Jumat (25/9/2020)", D, "opened", "2020-09-25"),
     M(A, "Rp12,18 triliun", N, "cost", 12.18, cls="idr"),
     M(A, "2.878 kilometer", N, "trans", 2878, cls="km"),
     M(A, "sekitar 200 kilometer", N, "old", 200, qual="approx", cls="km"),
     M(A, "enam seksi", N, "sections", 6),
     M(A, "enam terowongan gajah", N, "tunnels", 6),
     M(A, "25 hingga 45 meter", N, "span", 25, cls="m"),
     M(A, "5,1 meter", N, "height", 5.1, cls="m"),
     M(A, "sekitar 50 ekor", N, "elephants", 50, qual="approx"),

     M(J, "131.5-kilometer", N, "length", 131.5, cls="km"),
     M(J, "Friday", D, "opened", "2020-09-25"),
     M(J, "Rp 12.18 trillion", N, "cost", 12.18, cls="idr"),
     M(J, "2,878 km", N, "trans", 2878, cls="km"),
     M(J, "about 200 km", N, "old", 200, qual="approx", cls="km"),
     M(J, "six sections", N, "sections", 6),
     M(J, "six tunnels", N, "tunnels", 6),
     M(J, "25 to 45 meters", N, "span", 25, cls="m"),
     M(J, "5.1 meters", N, "height", 5.1, cls="m"),
     M(J, "Some 50 elephants", N, "elephants", 50, qual="approx"),

     M(K, "Jumat (25/9/2020)", D, "opened", "2020-09-25"),
     M(K, "131,5 km", N, "length", 131.5, cls="km"),
     M(K, "Rp12,18 triliun", N, "cost", 12.18, cls="idr"),
     M(K, "enam seksi", N, "sections", 6),
     M(K, "sekitar 200 km", N, "old", 200, qual="approx", cls="km"),
     M(K, "2.878 km", N, "trans", 2878, cls="km"),
     M(K, "enam terowongan gajah", N, "tunnels", 6),
     M(K, "25 hingga 45 meter", N, "span", 25, cls="m"),
     M(K, "5,1 meter", N, "height", 5.1, cls="m"),
     M(K, "sekitar 50 ekor", N, "elephants", 50, qual="approx"),
     M(K, "17 hingga 19 Juni 2020", D, "test", "2020-06-17"),

     M(X, "131.5-km", N, "length", 131.5, cls="km"),
     M(X, "Friday", D, "opened", "2020-09-25"),
     M(X, "12.18 trillion rupiah", N, "cost", 12.18, cls="idr"),
     M(X, "2,878 km", N, "trans", 2878, cls="km"),
     M(X, "about 200 km", N, "old", 200, qual="approx", cls="km"),
     M(X, "six sections", N, "sections", 6),
     M(X, "six tunnels", N, "tunnels", 6),
     M(X, "25 to 45 meters", N, "span", 25, cls="m"),
     M(X, "5.1 meters", N, "height", 5.1, cls="m"),
     M(X, "About 50 Sumatran elephants", N, "elephants", 50, qual="approx"),
     M(X, "June 17 to 19", D, "test", "2020-06-17"),
    ]
    build("tol-pekanbaru-dumai-2020", "The inauguration of the Pekanbaru-Dumai toll road in Riau (control), by video "
          "link from the Bogor palace on Friday 25 September 2020: 131.5 km, Rp 12.18 trillion, six sections, part of "
          "the Trans-Sumatra main corridor of 2,878 km, about 200 km before on the national road, six elephant "
          "tunnels (spans of 25 to 45 m, 5.1 m high) for about 50 Sumatran elephants, the feasibility test of 17 to "
          "19 June 2020. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    mandala()
    aceh()
    toll()
