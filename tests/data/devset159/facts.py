"""The hundred-and-fifty-ninth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset159/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def ambon():
    A, R, K, T, L = "detik-sep26", "reuters-sep27", "kompas-sep28", "antara-sep29", "reuters-oct17"
    # as-of times of the running tallies: Thursday 26 September 2019 midday (the aftershocks "hingga Kamis siang"),
    # 18.00 WIB (the national agency's first full count), 21.53 WIT (the provincial agency's count of 23), Friday 27
    # September 10.01 WIT (the checked count of 19: a downward revision), Friday (the displaced), Saturday 28 September
    # 07.35 WIT (20 dead, 152 injured) and 11.00 WIT (aftershocks). The dead, the dead by area, the injured, the
    # aftershocks and the houses damaged do not fall: lower figures later are revisions (23 -> 19 and its breakdown).
    # The displaced rose to about 170,900 early in October and fell as people went home (fall=True). Three weeks on
    # (the Reuters report of Thursday 17 October), 41 dead as of Wednesday 16 October.
    THU_NOON, THU18, THU2153, FRI10, FRI, SAT0735, SAT11 = ("2019-09-26a", "2019-09-26b", "2019-09-26c",
                                                           "2019-09-27a", "2019-09-27b", "2019-09-28a", "2019-09-28b")
    OCT07, OCT16 = "2019-10-07", "2019-10-16"
    # The magnitude: the geophysics agency's (BMKG) first reading of 6.8 and its updated 6.5 are two as-of times (a
    # revision); the US Geological Survey's 6.5 is another source; magnitudes no text credits carry the updated time.
    FIRST, UPD = "2019-09-26a0", "2019-09-26a1"
    BMKG, USGS = "BMKG", "the US Geological Survey"
    names = {
     "mag": "the quake's magnitude", "aftermag": "the largest aftershock's magnitude", "dist": "distance from Ambon (km)",
     "depth": "depth (km)", "dead": "people killed", "injured": "people injured",
     "unident": "dead not yet identified", "liang_inj": "injured in the village of Liang",
     "aftershocks": "aftershocks recorded", "felt": "aftershocks felt", "dead_mt": "dead in Central Maluku",
     "dead_city": "dead in the city of Ambon", "dead_sbb": "dead in West Seram", "inj_mt": "injured in Central Maluku",
     "inj_sbb": "injured in West Seram", "inj_city": "injured in the city of Ambon", "displaced": "people displaced",
     "houses": "houses damaged", "worship": "houses of worship damaged", "offices": "government offices damaged",
     "schools": "schools damaged", "displaced_mt": "people displaced in Central Maluku",
     "seismographs": "seismographs to be installed",
     # dates
     "quake": "day of the earthquake", "asof_thu": "day of Thursday's count", "statement": "day of the agency's statement",
     "condolence": "day of the president's condolences", "asof_fri": "day of the checked count of 19",
     "asof_sat": "day of Saturday's count", "visit": "day of the agency head's visit",
     "statement17": "day of the agency's statement three weeks on", "asof_oct16": "day of the count of 41",
     "hoax": "day a rumoured larger quake was to strike",
    }
    ms = [
     M(A, "bermagnitudo 6,5", N, "mag", 6.5, UPD, src=BMKG, cls="mag"),
     M(A, "magnitudo 6,8", N, "mag", 6.8, FIRST, src=BMKG, cls="mag"),
     M(A, "Kamis (26/9/2019)", D, "quake", "2019-09-26"),
     M(A, "40 km", N, "dist", 40, cls="km"),
     M(A, "10 km", N, "depth", 10, cls="km"),
     M(A, "20 orang", N, "dead", 20, THU18),
     M(A, "Kamis", D, "asof_thu", "2019-09-26", occ=2),
     M(A, "107 orang", N, "injured", 107, THU18),
     M(A, "dua korban", N, "unident", 2, THU18),
     M(A, "59 kali", N, "aftershocks", 59, THU_NOON),
     M(A, "5,6", N, "aftermag", 5.6, cls="mag"),

     M(R, "At least 23 people", N, "dead", 23, THU2153, qual="atleast"),
     M(R, "magnitude 6.5", N, "mag", 6.5, UPD, cls="mag"),
     M(R, "Thursday", D, "quake", "2019-09-26"),
     M(R, "14 of the dead", N, "dead_mt", 14, THU2153),
     M(R, "Thursday", D, "asof_thu", "2019-09-26", occ=2),
     M(R, "Friday", D, "statement", "2019-09-27"),
     M(R, "40 km", N, "dist", 40, cls="km"),
     M(R, "10 km", N, "depth", 10, cls="km"),
     M(R, "Six of the dead", N, "dead_city", 6, THU2153),
     M(R, "three", N, "dead_sbb", 3, THU2153),
     M(R, "More than 100 people", N, "liang_inj", 100, THU2153, qual="morethan"),
     M(R, "about 15,000", N, "displaced", 15000, FRI, qual="approx", fall=True),
     M(R, "Friday", D, "condolence", "2019-09-27", occ=2),
     M(R, "6.5", N, "mag", 6.5, UPD, src=USGS, cls="mag", occ=2),
     M(R, "6.8", N, "mag", 6.8, FIRST, src=BMKG, cls="mag"),

     M(K, "magnitudo 6,5", N, "mag", 6.5, UPD, cls="mag"),
     M(K, "19 orang", N, "dead", 19, FRI10),
     M(K, "23 orang", N, "dead", 23, THU2153),
     M(K, "Jumat (27/9/2019)", D, "asof_fri", "2019-09-27"),
     M(K, "19 korban", N, "dead", 19, FRI10),
     M(K, "10 orang", N, "dead_mt", 10, FRI10),
     M(K, "tujuh", N, "dead_city", 7, FRI10),
     M(K, "dua", N, "dead_sbb", 2, FRI10),
     M(K, "126 orang", N, "injured", 126, FRI10),
     M(K, "108 di Maluku Tengah", N, "inj_mt", 108, FRI10),
     M(K, "13 di Seram Bagian Barat", N, "inj_sbb", 13, FRI10),
     M(K, "lima di Kota Ambon", N, "inj_city", 5, FRI10),
     M(K, "Rabu (25/9/2019)", D, "quake", "2019-09-25", planted=True),
     M(K, "10 km", N, "depth", 10, cls="km"),

     M(T, "magnitudo 6,5", N, "mag", 6.5, UPD, cls="mag"),
     M(T, "26 September 2019", D, "quake", "2019-09-26"),
     M(T, "20 orang", N, "dead", 20, SAT0735),
     M(T, "Sabtu (28/9/2019)", D, "asof_sat", "2019-09-28"),
     M(T, "delapan orang", N, "dead_city", 8, SAT0735),
     M(T, "10 orang", N, "dead_mt", 10, SAT0735),
     M(T, "dua orang", N, "dead_sbb", 2, SAT0735),
     M(T, "152 orang", N, "injured", 152, SAT0735),
     M(T, "108 orang di Maluku Tengah", N, "inj_mt", 108, SAT0735),
     M(T, "13 di Seram Bagian Barat", N, "inj_sbb", 13, SAT0735),
     M(T, "31 di Kota Ambon", N, "inj_city", 31, SAT0735),
     M(T, "Sekitar 25.000 warga", N, "displaced", 25000, SAT0735, qual="approx", fall=True),
     M(T, "534 rumah", N, "houses", 534, SAT0735),
     M(T, "12 rumah ibadah", N, "worship", 12, SAT0735),
     M(T, "delapan kantor pemerintahan", N, "offices", 8, SAT0735),
     M(T, "enam sekolah", N, "schools", 6, SAT0735),
     M(T, "475 kali", N, "aftershocks", 475, SAT11),
     M(T, "64 di antaranya", N, "felt", 64, SAT11),
     M(T, "Jumat (27/9/2019)", D, "visit", "2019-09-27"),

     M(L, "magnitude 6.5", N, "mag", 6.5, UPD, cls="mag"),
     M(L, "Thursday", D, "statement17", "2019-10-17"),
     M(L, "Sept. 26", D, "quake", "2019-09-26"),
     M(L, "41", N, "dead", 41, OCT16),
     M(L, "Wednesday", D, "asof_oct16", "2019-10-16"),
     M(L, "Eighteen of the dead", N, "dead_mt", 18, OCT16),
     M(L, "12 in the city of Ambon", N, "dead_city", 12, OCT16),
     M(L, "11 in West Seram", N, "dead_sbb", 11, OCT16),
     M(L, "Some 103,327 people", N, "displaced", 103327, OCT16, fall=True),
     M(L, "90,833", N, "displaced_mt", 90833, OCT16, fall=True),
     M(L, "about 170,900", N, "displaced", 170900, OCT07, qual="approx", fall=True),
     M(L, "365 people", N, "injured", 365, OCT16),
     M(L, "8,753 houses", N, "houses", 8753, OCT16),
     M(L, "about 15,000", N, "displaced", 15000, FRI, qual="approx", fall=True),
     M(L, "Oct. 9", D, "hoax", "2019-10-09"),
     M(L, "23 dead", N, "dead", 23, THU2153),
     M(L, "19", N, "dead", 19, FRI10),
     M(L, "11 seismographs", N, "seismographs", 11),
    ]
    build("ambon-earthquake-2019", "The magnitude 6.5 earthquake near Ambon, Maluku (Thursday 26 September 2019, 08.46 "
          "WIT, 40 km northeast of Ambon, 10 km deep): 20 dead by 18.00 WIB on Thursday, 23 by 21.53 WIT, revised down "
          "to 19 on Friday 27 September at 10.01 WIT (names counted twice), 20 on Saturday 28 September at 07.35 WIT, 41 on Wednesday 16 "
          "October; injured 107 -> 126 -> 152 -> 365, displaced about 15,000 -> about 25,000 -> about 170,900 -> "
          "103,327, houses damaged 534 -> 8,753, aftershocks 59 -> 475; BMKG's first magnitude of 6.8 revised to 6.5, "
          "the USGS's 6.5",
          False, ms, names)


def kuhp():
    K, R, T, D1 = "kompas-dec06", "reuters-dec07", "tempo-jan03", "detik-jan04"
    # the code's contents and its stages do not change with the day of the report: the commission's approval
    # (Thursday 24 November 2022), the plenary's (Tuesday 6 December 2022), the president's signature (Monday 2 January
    # 2023) and the entry into force (2 January 2026) are different events.
    names = {
     "chapters": "chapters of the code", "articles": "articles of the code",
     "adultery": "maximum sentence for sex outside marriage", "cohab": "maximum sentence for cohabitation",
     "insult": "maximum sentence for insulting the president", "delay": "time before the code takes effect",
     # dates
     "plenary": "day of the House's plenary vote", "tingkat1": "day of the commission's approval",
     "oldcode": "year the old code took effect", "postponed": "month the earlier draft was shelved",
     "protest": "day of the protest outside parliament", "signed": "day the president signed the code",
     "effective": "day the code takes effect", "until": "end of the old code's use",
    }
    ms = [
     M(K, "Selasa (6/12/2022)", D, "plenary", "2022-12-06"),
     M(K, "37 bab", N, "chapters", 37),
     M(K, "624 pasal", N, "articles", 624),
     M(K, "1918", D, "oldcode", "1918"),
     M(K, "Kamis (24/11/2022)", D, "tingkat1", "2022-11-24"),
     M(K, "September 2019", D, "postponed", "2019-09"),
     M(K, "tiga tahun", N, "delay", 3, cls="dur"),

     M(R, "Tuesday", D, "plenary", "2022-12-06"),
     M(R, "up to one year", N, "adultery", 1, cls="dur"),
     M(R, "up to six months", N, "cohab", 0.5, cls="dur"),
     M(R, "up to three years", N, "insult", 3, cls="dur"),
     M(R, "for three years", N, "delay", 3, cls="dur"),
     M(R, "1918", D, "oldcode", "1918"),
     M(R, "September 2019", D, "postponed", "2019-09"),
     M(R, "Tuesday", D, "protest", "2022-12-06", occ=2),
     M(R, "Nov. 24", D, "tingkat1", "2022-11-24"),

     M(T, "Senin (2/1/2023)", D, "signed", "2023-01-02"),
     M(T, "642 pasal", N, "articles", 642, planted=True),
     M(T, "6 Desember 2022", D, "plenary", "2022-12-06"),
     M(T, "tiga tahun", N, "delay", 3, cls="dur"),
     M(T, "2 Januari 2026", D, "effective", "2026-01-02"),
     M(T, "1918", D, "oldcode", "1918"),
     M(T, "paling lama satu tahun", N, "adultery", 1, cls="dur"),
     M(T, "paling lama enam bulan", N, "cohab", 0.5, cls="dur"),

     M(D1, "Selasa (3/1/2023)", D, "signed", "2023-01-03", planted=True),
     M(D1, "Selasa (6/12/2022)", D, "plenary", "2022-12-06"),
     M(D1, "37 bab", N, "chapters", 37),
     M(D1, "624 pasal", N, "articles", 624),
     M(D1, "tiga tahun", N, "delay", 3, cls="dur"),
     M(D1, "1918", D, "oldcode", "1918"),
     M(D1, "akhir 2025", D, "until", "2025"),
     M(D1, "paling lama tiga tahun", N, "insult", 3, cls="dur"),
     M(D1, "paling lama satu tahun", N, "adultery", 1, cls="dur"),
     M(D1, "September 2019", D, "postponed", "2019-09"),
     M(D1, "24 November 2022", D, "tingkat1", "2022-11-24"),
    ]
    build("kuhp-2022", "Indonesia's new criminal code (KUHP): the House commission's approval with the government on "
          "Thursday 24 November 2022, the plenary's passage on Tuesday 6 December 2022 (37 chapters, 624 articles), "
          "President Joko Widodo's signature on Monday 2 January 2023 as Law No. 1 of 2023, in force three years on "
          "(2 January 2026); up to one year for sex outside marriage, six months for cohabitation, three years for "
          "insulting the president", False, ms, names)


def bi():
    R, B, K, A = "reuters-jan16", "bisnis-jan15", "kontan-jan17", "antara-jan18"
    names = {
     "cut": "size of the cut", "rate": "the new benchmark rate", "prev": "the benchmark rate before (since September 2024)",
     "df": "the new deposit facility rate", "prev_df": "the deposit facility rate before",
     "lf": "the new lending facility rate", "prev_lf": "the lending facility rate before",
     "fac_cut": "the facility rates' cut", "target": "the inflation target", "band": "the inflation target's band",
     "g25": "growth forecast for 2025 (lower bound)", "prev_g25": "previous growth forecast for 2025 (lower bound)",
     "g24": "the 2024 growth range (lower bound)", "cpi": "annual inflation in December 2024",
     "cpi_nov": "annual inflation in November 2024", "pre_sep": "the benchmark rate before the September 2024 cut",
     "expected": "the rate economists expected",
     # dates
     "decision": "day of the decision", "meeting": "the board meeting's first day", "prevcut": "month of the previous cut",
     "dec": "December 2024", "nov": "November 2024", "klm": "month the liquidity incentive starts",
    }
    ms = [
     M(R, "25 basis points", N, "cut", 25, cls="bp"),
     M(R, "5.75%", N, "rate", 5.75, cls="pct"),
     M(R, "Wednesday", D, "decision", "2025-01-15"),
     M(R, "September 2024", D, "prevcut", "2024-09"),
     M(R, "6%", N, "expected", 6, cls="pct"),
     M(R, "5.00%", N, "df", 5, cls="pct"),
     M(R, "5.25%", N, "prev_df", 5.25, cls="pct"),
     M(R, "6.50%", N, "lf", 6.5, cls="pct"),
     M(R, "6.75%", N, "prev_lf", 6.75, cls="pct"),
     M(R, "2.5%", N, "target", 2.5, cls="pct"),
     M(R, "1 percentage point", N, "band", 1, qual="unit", cls="pct"),
     M(R, "4.7% to 5.5%", N, "g25", 4.7, cls="pct"),
     M(R, "4.8% to 5.6%", N, "prev_g25", 4.8, cls="pct"),
     M(R, "1.57%", N, "cpi", 1.57, cls="pct"),
     M(R, "December", D, "dec", "2024-12"),
     M(R, "1.55%", N, "cpi_nov", 1.55, cls="pct"),
     M(R, "November", D, "nov", "2024-11"),
     M(R, "6.25%", N, "pre_sep", 6.25, cls="pct"),
     M(R, "6%", N, "prev", 6, cls="pct", occ=2),

     M(B, "25 basis poin", N, "cut", 25, cls="bp"),
     M(B, "5,75%", N, "rate", 5.75, cls="pct"),
     M(B, "14-15 Januari 2025", D, "meeting", "2025-01-14"),
     M(B, "Rabu (15/1/2025)", D, "decision", "2025-01-15"),
     M(B, "5,00%", N, "df", 5, cls="pct"),
     M(B, "6,50%", N, "lf", 6.5, cls="pct"),
     M(B, "25 basis poin", N, "fac_cut", 25, cls="bp", occ=2),
     M(B, "2,5±1%", N, "target", 2.5, qual="unit", cls="pct"),
     M(B, "September 2024", D, "prevcut", "2024-09"),
     M(B, "6%", N, "prev", 6, cls="pct"),
     M(B, "4,7%-5,5%", N, "g25", 4.7, cls="pct"),
     M(B, "4,8%-5,6%", N, "prev_g25", 4.8, cls="pct"),
     M(B, "4,7%-5,5%", N, "g24", 4.7, cls="pct", occ=2),
     M(B, "Desember 2024", D, "dec", "2024-12"),
     M(B, "1,57%", N, "cpi", 1.57, cls="pct"),
     M(B, "1,55%", N, "cpi_nov", 1.55, cls="pct"),
     M(B, "November 2024", D, "nov", "2024-11"),
     M(B, "6%", N, "expected", 6, cls="pct", occ=2),

     M(K, "25 basis poin", N, "cut", 25, cls="bp"),
     M(K, "6 persen", N, "prev", 6, cls="pct"),
     M(K, "5,75 persen", N, "rate", 5.75, cls="pct"),
     M(K, "Rabu, 15 Januari 2025", D, "decision", "2025-01-15"),
     M(K, "5 persen", N, "df", 5, cls="pct"),
     M(K, "6,50 persen", N, "lf", 6.5, cls="pct"),
     M(K, "September 2024", D, "prevcut", "2024-09"),
     M(K, "6,25 persen", N, "pre_sep", 6.25, cls="pct"),
     M(K, "6 persen", N, "prev", 6, cls="pct", occ=2),
     M(K, "1,5-3,5 persen", N, "target", 2.5, qual="unit", cls="pct"),
     M(K, "4,7-5,5 persen", N, "g25", 4.7, cls="pct"),
     M(K, "4,8-5,6 persen", N, "prev_g25", 4.8, cls="pct"),
     M(K, "Desember 2024", D, "dec", "2024-12"),
     M(K, "1,57 persen", N, "cpi", 1.57, cls="pct"),
     M(K, "6 persen", N, "expected", 6, cls="pct", occ=3),

     M(A, "25 basis poin", N, "cut", 25, cls="bp"),
     M(A, "5,75 persen", N, "rate", 5.75, cls="pct"),
     M(A, "Rabu (15/1/2025)", D, "decision", "2025-01-15"),
     M(A, "5,00 persen", N, "df", 5, cls="pct"),
     M(A, "6,50 persen", N, "lf", 6.5, cls="pct"),
     M(A, "2,5 plus minus 1 persen", N, "target", 2.5, qual="unit", cls="pct"),
     M(A, "4,7-5,5 persen", N, "g25", 4.7, cls="pct"),
     M(A, "4,8-5,6 persen", N, "prev_g25", 4.8, cls="pct"),
     M(A, "Desember 2024", D, "dec", "2024-12"),
     M(A, "1,57 persen", N, "cpi", 1.57, cls="pct"),
     M(A, "1,55 persen", N, "cpi_nov", 1.55, cls="pct"),
     M(A, "November 2024", D, "nov", "2024-11"),
     M(A, "September 2024", D, "prevcut", "2024-09"),
     M(A, "6,25 persen", N, "pre_sep", 6.25, cls="pct"),
     M(A, "6 persen", N, "prev", 6, cls="pct"),
     M(A, "Januari 2025", D, "klm", "2025-01"),
    ]
    build("bi-january-2025", "Bank Indonesia's rate decision (control) of Wednesday 15 January 2025, after the board "
          "meeting of 14-15 January: the benchmark rate cut 25 basis points from 6% (since September 2024, when it was "
          "cut from 6.25%) to 5.75%, the deposit facility to 5.00% from 5.25%, the lending facility to 6.50% from 6.75%; "
          "inflation target 2.5% plus or minus 1 point for 2025 and 2026; the 2025 growth forecast cut to 4.7-5.5% from "
          "4.8-5.6%; December 2024 inflation 1.57% (November 1.55%). Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    ambon()
    kuhp()
    bi()
