"""The four-hundred-and-fifth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset405/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def bozkurt():
    R, K, A, P = "reuters-aug13", "kompas-aug15", "antara-aug17", "ap-sep10"
    # as-of times of the running tally: Thursday 12 August 2021 (17 dead), Friday 13 August at 18:00 (27: 25 in
    # Kastamonu, 2 in Sinop), Saturday 14 August (40; at least 47 missing), Sunday 15 August at 10:00 (58), Sunday
    # night (57 after one body counted in both provinces: a revision), Monday 16 August at night (62 by the disaster
    # agency against 64 by the Bozkurt mayor's office: sources; 22 missing), the final count of 10 September (82).
    # The dead do not fall; the missing may (people found alive). The evacuated and the villages cut off do not change.
    THU, FRI, SAT, SUNM, SUNE, MONN, FIN = ("2021-08-12", "2021-08-13", "2021-08-14", "2021-08-15", "2021-08-15b",
                                             "2021-08-16", "2021-09-10")
    AGENCY, MAYOR = "the national disaster agency", "the Bozkurt mayor's office"
    names = {
     "dead": "people killed by the floods", "dead_kast": "dead found in Kastamonu", "dead_sinop": "dead found in Sinop",
     "missing": "people missing", "hosp": "dead in hospitals outside the province (mayor's count only)",
     "evac": "people evacuated", "villages": "villages without power",
     # dates
     "flood": "day the floods struck", "count_fri": "day of the count of 27", "count_sat": "day of the count of 40",
     "count_sun": "day of the Sunday counts (58, revised to 57)", "count_mon": "day of the count of 62",
     "funeral": "day of the first funerals in Bozkurt",
    }
    ms = [
     M(R, "27", N, "dead", 27, FRI),
     M(R, "Friday", D, "count_fri", "2021-08-13"),
     M(R, "17", N, "dead", 17, THU),
     M(R, "Wednesday", D, "flood", "2021-08-11"),
     M(R, "25", N, "dead_kast", 25, FRI),
     M(R, "two", N, "dead_sinop", 2, FRI),
     M(R, "more than 1,700 people", N, "evac", 1700, qual="morethan", cls="evac"),
     M(R, "more than 300 villages", N, "villages", 300, qual="morethan", cls="villages"),

     M(K, "58 orang", N, "dead", 58, SUNM),
     M(K, "Minggu (15/8/2021)", D, "count_sun", "2021-08-15"),
     M(K, "Sabtu (14/8/2021)", D, "count_sat", "2021-08-14"),
     M(K, "40 korban", N, "dead", 40, SAT),
     M(K, "sedikitnya 47 warga", N, "missing", 47, SAT, qual="atleast", fall=True),
     M(K, "Kamis (12/8/2021)", D, "flood", "2021-08-12", planted=True),
     M(K, "Sabtu (14/8/2021)", D, "funeral", "2021-08-14", occ=2),
     M(K, "Lebih dari 1.700 orang", N, "evac", 1700, qual="morethan", cls="evac"),

     M(A, "62 orang", N, "dead", 62, MONN, src=AGENCY),
     M(A, "Senin (16/8/2021)", D, "count_mon", "2021-08-16"),
     M(A, "22 orang", N, "missing", 22, MONN, fall=True),
     M(A, "64 korban", N, "dead", 64, MONN, src=MAYOR),
     M(A, "dua warga", N, "hosp", 2),
     M(A, "Minggu (15/8/2021)", D, "count_sun", "2021-08-15"),
     M(A, "57 orang", N, "dead", 57, SUNE),
     M(A, "58 orang", N, "dead", 58, SUNM),
     M(A, "Rabu (11/8/2021)", D, "flood", "2021-08-11"),
     M(A, "25 korban", N, "dead_kast", 25, FRI),
     M(A, "dua korban", N, "dead_sinop", 2, FRI),
     M(A, "Jumat (13/8/2021)", D, "count_fri", "2021-08-13"),
     M(A, "Lebih dari 1.700 orang", N, "evac", 1700, qual="morethan", cls="evac"),

     M(P, "82", N, "dead", 82, FIN),
     M(P, "Aug. 11", D, "flood", "2021-08-11"),
     M(P, "27", N, "dead", 27, FRI),
     M(P, "Aug. 13", D, "count_fri", "2021-08-13"),
     M(P, "75", N, "dead", 75, SUNE, planted=True),
     M(P, "Aug. 15", D, "count_sun", "2021-08-15"),
     M(P, "Aug. 16", D, "count_mon", "2021-08-16"),
     M(P, "64 dead", N, "dead", 64, MONN, src=MAYOR),
     M(P, "62", N, "dead", 62, MONN, src=AGENCY),
     M(P, "two", N, "hosp", 2),
     M(P, "More than 1,700 people", N, "evac", 1700, qual="morethan", cls="evac"),
    ]
    build("bozkurt-floods-2021", "The flash floods in Turkey's western Black Sea provinces of Kastamonu and Sinop on "
          "Wednesday 11 August 2021, worst in the river town of Bozkurt: the toll rising from 17 on Thursday to 27 on "
          "Friday evening (25 in Kastamonu, 2 in Sinop), 40 on Saturday and 58 on Sunday morning, revised down to 57 "
          "on Sunday night after a double count, 62 by the disaster agency against 64 by the Bozkurt mayor's office on "
          "Monday night (sources), 82 in the final count of 10 September; the missing falling from at least 47 to 22; "
          "more than 1,700 people evacuated; the first funerals on Saturday 14 August", False, ms, names)


def sabiha():
    R, T, C, H = "reuters-feb05", "tempo-feb06", "cnnindonesia-feb07", "hurriyet-mar06"
    # the dead: 1 on Wednesday 5 February 2020 in the evening, 3 from Thursday 6 February; the injured: 157 on
    # Wednesday evening, 179 from Thursday; 52 still in hospital on Friday 7 February (another fact). The people on
    # board (183 = 177 passengers + 6 crew), the fall (about 30 m) and the overrun (about 60 m) do not change.
    WEDE, THU, FRI = "2020-02-05", "2020-02-06", "2020-02-07"
    names = {
     "aboard": "people on board", "passengers": "passengers on board", "crew": "crew on board",
     "dead": "people killed", "injured": "people injured", "hosp": "injured still in hospital",
     "pieces": "pieces the fuselage broke into", "pilots": "pilots questioned",
     "fall": "drop beyond the runway (m)", "overrun": "distance run past the runway's end (m)",
     # dates
     "crash": "day of the accident", "brief_wed": "day of the first briefing (1 dead, 157 injured)",
     "brief_thu": "day of the count of 3 dead and 179 injured", "reopen": "day the airport reopened",
     "question": "day the pilots' questioning began", "hosp_day": "day of the count of 52 in hospital",
    }
    ms = [
     M(R, "183 people", N, "aboard", 183),
     M(R, "Wednesday", D, "crash", "2020-02-05"),
     M(R, "three pieces", N, "pieces", 3, cls="pieces"),
     M(R, "One person", N, "dead", 1, WEDE),
     M(R, "157", N, "injured", 157, WEDE),
     M(R, "Wednesday", D, "brief_wed", "2020-02-05", occ=2),
     M(R, "177 passengers", N, "passengers", 177),
     M(R, "6 crew", N, "crew", 6),
     M(R, "about 30 metres", N, "fall", 30, qual="approx", cls="m"),

     M(T, "3 orang", N, "dead", 3, THU),
     M(T, "179 orang", N, "injured", 179, THU),
     M(T, "Kamis (6/2/2020)", D, "brief_thu", "2020-02-06"),
     M(T, "138 orang", N, "aboard", 138, planted=True),
     M(T, "Rabu (5/2/2020)", D, "crash", "2020-02-05"),
     M(T, "tiga bagian", N, "pieces", 3, cls="pieces"),
     M(T, "sekitar 30 meter", N, "fall", 30, qual="approx", cls="m"),
     M(T, "Ketiga korban", N, "dead", 3, THU),
     M(T, "Kamis (6/2/2020)", D, "reopen", "2020-02-06", occ=2),
     M(T, "kedua pilot", N, "pilots", 2, cls="pilots"),

     M(C, "Kamis (6/2/2020)", D, "question", "2020-02-06"),
     M(C, "3 orang", N, "dead", 3, THU),
     M(C, "183 orang", N, "aboard", 183),
     M(C, "177 penumpang", N, "passengers", 177),
     M(C, "6 awak", N, "crew", 6),
     M(C, "Rabu (5/2/2020)", D, "crash", "2020-02-05"),
     M(C, "179 orang", N, "injured", 179, THU),
     M(C, "Jumat (7/2/2020)", D, "hosp_day", "2020-02-07"),
     M(C, "52 korban", N, "hosp", 52, FRI),
     M(C, "sekitar 60 meter", N, "overrun", 60, qual="approx", cls="m"),
     M(C, "sekitar 30 meter", N, "fall", 30, qual="approx", cls="m"),
     M(C, "tiga bagian", N, "pieces", 3, cls="pieces"),
     M(C, "Kamis", D, "reopen", "2020-02-06", occ=2),

     M(H, "3 passengers", N, "dead", 3, THU),
     M(H, "179 people", N, "injured", 179, THU),
     M(H, "Feb. 6", D, "crash", "2020-02-06", planted=True),
     M(H, "183 people", N, "aboard", 183),
     M(H, "177 passengers", N, "passengers", 177),
     M(H, "6 crew", N, "crew", 6),
     M(H, "three pieces", N, "pieces", 3, cls="pieces"),
     M(H, "about 30 metres", N, "fall", 30, qual="approx", cls="m"),
     M(H, "about 60 metres", N, "overrun", 60, qual="approx", cls="m"),
     M(H, "Feb. 6", D, "reopen", "2020-02-06", occ=2),
     M(H, "two pilots", N, "pilots", 2, cls="pilots"),
     M(H, "Feb. 6", D, "question", "2020-02-06", occ=3),
     M(H, "52", N, "hosp", 52, FRI),
     M(H, "Feb. 7", D, "hosp_day", "2020-02-07"),
    ]
    build("sabiha-overrun-2020", "The Pegasus Airlines Boeing 737 from Izmir that overran the runway at Istanbul's "
          "Sabiha Gokcen airport in rain and a tailwind on Wednesday 5 February 2020, ran about 60 m past the runway's "
          "end and dropped about 30 m, breaking into three pieces: 183 on board (177 passengers, 6 crew); 1 dead and "
          "157 injured on Wednesday evening, 3 dead and 179 injured from Thursday 6 February, when the airport reopened "
          "and prosecutors began questioning the two pilots; 52 still in hospital on Friday 7 February", False, ms,
          names)


def wage():
    R, A, K, B = "reuters-dec16", "antara-dec17", "kompas-dec18", "bloomberg-dec20"
    names = {
     "net": "net monthly minimum wage from 1 January 2022 (lira)", "net_old": "net monthly minimum wage before (lira)",
     "gross": "gross monthly minimum wage from 1 January 2022 (lira)",
     "gross_old": "gross monthly minimum wage before (lira)", "pct": "rise of the net wage (%)",
     # dates
     "announce": "day of the announcement", "effective": "day the new wage takes effect",
    }
    ms = [
     M(R, "50.5%", N, "pct", 50.5, cls="pct"),
     M(R, "4,253.40 lira", N, "net", 4253.40, cls="lira"),
     M(R, "Jan. 1", D, "effective", "2022-01-01"),
     M(R, "Thursday", D, "announce", "2021-12-16"),
     M(R, "2,825.90 lira", N, "net_old", 2825.90, cls="lira"),
     M(R, "5,004 lira", N, "gross", 5004, cls="lira"),
     M(R, "3,577.50 lira", N, "gross_old", 3577.50, cls="lira"),

     M(A, "50,5 persen", N, "pct", 50.5, cls="pct"),
     M(A, "4.253,40 lira", N, "net", 4253.40, cls="lira"),
     M(A, "1 Januari 2022", D, "effective", "2022-01-01"),
     M(A, "Kamis (16/12/2021)", D, "announce", "2021-12-16"),
     M(A, "2.825,90 lira", N, "net_old", 2825.90, cls="lira"),
     M(A, "3.577,50 lira", N, "gross_old", 3577.50, cls="lira"),
     M(A, "5.004 lira", N, "gross", 5004, cls="lira"),

     M(K, "4.253,40 lira", N, "net", 4253.40, cls="lira"),
     M(K, "Sabtu (1/1/2022)", D, "effective", "2022-01-01"),
     M(K, "2.825,90 lira", N, "net_old", 2825.90, cls="lira"),
     M(K, "50,5 persen", N, "pct", 50.5, cls="pct"),
     M(K, "Kamis (16/12/2021)", D, "announce", "2021-12-16"),
     M(K, "5.004 lira", N, "gross", 5004, cls="lira"),
     M(K, "3.577,50 lira", N, "gross_old", 3577.50, cls="lira"),

     M(B, "4,253.40 lira", N, "net", 4253.40, cls="lira"),
     M(B, "Jan. 1", D, "effective", "2022-01-01"),
     M(B, "50.5%", N, "pct", 50.5, cls="pct"),
     M(B, "2,825.90 lira", N, "net_old", 2825.90, cls="lira"),
     M(B, "Dec. 16", D, "announce", "2021-12-16"),
     M(B, "5,004 lira", N, "gross", 5004, cls="lira"),
     M(B, "3,577.50 lira", N, "gross_old", 3577.50, cls="lira"),
    ]
    build("turkey-wage-2022", "Turkey's minimum wage for 2022, announced by the president in Ankara on Thursday 16 "
          "December 2021 and in force from Saturday 1 January 2022 (control): the net monthly wage raised by 50.5% from "
          "2,825.90 to 4,253.40 lira, the gross from 3,577.50 to 5,004 lira, and the wage exempted from income tax and "
          "stamp duty. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    bozkurt()
    sabiha()
    wage()
