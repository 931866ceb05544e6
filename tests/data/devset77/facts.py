"""The seventy-seventh development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset77/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def cyclone():
    R, K, DT, A, AN = "reuters-nov29", "kompas-dec01", "detik-dec03", "ap-dec06", "antara-jan26-2026"
    # the Disaster Management Centre's tallies: Saturday 29 November at 9 a.m., Sunday 30 November morning and night,
    # Monday 1 December (midday, then the 6 p.m. report), Tuesday 2 December at 6 p.m., Friday 5 December, Sunday 14
    # December and the report of 25 January 2026
    SAT, SUN_AM, SUN_PM, MON, MON6, TUE6, FRI5, DEC14, JAN25 = (
        "2025-11-29T09", "2025-11-30T08", "2025-11-30T20", "2025-12-01T12", "2025-12-01T18", "2025-12-02T18",
        "2025-12-05", "2025-12-14", "2026-01-25")
    DMC, DISTRICT = "the Disaster Management Centre", "Badulla's chief district administrator"
    names = {
     "dead": "people confirmed dead", "missing": "people still missing", "sheltered": "people in relief centres",
     "shelters": "relief centres open", "affected": "people affected", "families": "families affected",
     "districts": "districts affected", "badulla_dead": "dead in Badulla district",
     "badulla_missing": "missing in Badulla district", "kandy_dead": "dead in Kandy district",
     "kandy_missing": "missing in Kandy district", "nuwara_dead": "dead in Nuwara Eliya district",
     "destroyed": "houses destroyed", "damaged": "houses damaged", "rain": "rainfall in a day at landfall",
     "rain_hours": "hours of the rainfall", "aid": "India's relief delivered", "extension": "months the emergency was extended",
     # dates
     "landfall": "day the cyclone struck", "count_sat": "day of the Saturday-morning count",
     "gazette": "day of the emergency gazette", "gazette_public": "day the gazette was made public",
     "kelani": "day the Kelani burst its banks", "india_plane": "day India's first relief flight landed",
     "count_sun": "day the toll rose from 212 to 334", "count_mon": "day of the Monday counts",
     "sagar": "day India's relief operation began", "count_tue": "day of the Tuesday-evening count",
     "rain_from": "day heavier rain was forecast to return", "since": "day the adverse weather began",
     "count_fri": "day of the count of 607 dead", "rain_warn": "day heavier rain was forecast in the second week",
     "tsunami": "year of the Indian Ocean tsunami", "count_dec14": "day of the count of 643 dead",
     "report_jan": "day of the January report",
    }
    ms = [
     M(R, "123 people", N, "dead", 123, SAT),
     M(R, "130 missing", N, "missing", 130, SAT, fall=True),
     M(R, "Saturday", D, "count_sat", "2025-11-29"),
     M(R, "Friday", D, "landfall", "2025-11-28"),
     M(R, "more than 300 mm", N, "rain", 300, qual="morethan", cls="mm"),
     M(R, "24 hours", N, "rain_hours", 24, cls="dur"),
     M(R, "43,995 people", N, "sheltered", 43995, SAT, fall=True),
     M(R, "49 deaths", N, "badulla_dead", 49, SAT, src=DISTRICT),
     M(R, "41 missing", N, "badulla_missing", 41, SAT, fall=True),
     M(R, "Friday", D, "gazette", "2025-11-28", occ=2),
     M(R, "Saturday", D, "gazette_public", "2025-11-29", occ=2),
     M(R, "Friday evening", D, "kelani", "2025-11-28"),
     M(R, "Saturday", D, "india_plane", "2025-11-29", occ=3),

     M(K, "Senin (1/12/2025)", D, "count_mon", "2025-12-01"),
     M(K, "355 orang", N, "dead", 355, MON),
     M(K, "366 orang", N, "missing", 366, MON, fall=True),
     M(K, "390 orang", N, "dead", 390, MON6),
     M(K, "352 orang", N, "missing", 352, MON6, fall=True),
     M(K, "Minggu (30/11/2025)", D, "count_sun", "2025-11-30"),
     M(K, "212 orang", N, "dead", 212, SUN_AM),
     M(K, "334 orang", N, "dead", 334, SUN_PM),
     M(K, "204.597 orang", N, "sheltered", 204597, MON6, fall=True),
     M(K, "1.368 pusat", N, "shelters", 1368, MON6, fall=True),
     M(K, "28 November", D, "sagar", "2025-11-28"),
     M(K, "53 ton", N, "aid", 53, cls="ton"),

     M(DT, "Jumat (28/11/2025)", D, "landfall", "2025-11-28"),
     M(DT, "Selasa (2/12/2025)", D, "count_tue", "2025-12-02"),
     M(DT, "456 orang", N, "dead", 456, TUE6, planted=True),
     M(DT, "366 orang", N, "missing", 366, TUE6, fall=True),
     M(DT, "1.558.919 jiwa", N, "affected", 1558919, TUE6),
     M(DT, "437.507 keluarga", N, "families", 437507, TUE6),
     M(DT, "25 distrik", N, "districts", 25),
     M(DT, "232.752 orang", N, "sheltered", 232752, TUE6, fall=True),
     M(DT, "1.433 pusat", N, "shelters", 1433, TUE6, fall=True),
     M(DT, "118 orang", N, "kandy_dead", 118, TUE6),
     M(DT, "89 orang", N, "nuwara_dead", 89, TUE6),
     M(DT, "83 orang", N, "badulla_dead", 83, TUE6, src=DMC),
     M(DT, "783 rumah", N, "destroyed", 783, TUE6),
     M(DT, "31.417 rumah", N, "damaged", 31417, TUE6),
     M(DT, "Kamis (4/12/2025)", D, "rain_from", "2025-12-04"),
     M(DT, "16 November", D, "since", "2025-11-16"),

     M(A, "607", N, "dead", 607, FRI5),
     M(A, "214 still missing", N, "missing", 214, FRI5, fall=True),
     M(A, "Friday", D, "count_fri", "2025-12-05"),
     M(A, "465 dead", N, "dead", 465, TUE6),
     M(A, "366 missing", N, "missing", 366, TUE6, fall=True),
     M(A, "Tuesday evening", D, "count_tue", "2025-12-02"),
     M(A, "2,082,195 people", N, "affected", 2082195, FRI5),
     M(A, "586,464 families", N, "families", 586464, FRI5),
     M(A, "25 districts", N, "districts", 25),
     M(A, "232", N, "kandy_dead", 232, FRI5),
     M(A, "with 89", N, "nuwara_dead", 89, FRI5),
     M(A, "with 83", N, "badulla_dead", 83, FRI5, src=DMC),
     M(A, "81 people", N, "kandy_missing", 81, FRI5, fall=True),
     M(A, "152,537 people", N, "sheltered", 152537, FRI5, fall=True),
     M(A, "1,211 temporary shelters", N, "shelters", 1211, FRI5, fall=True),
     M(A, "4,164 houses", N, "destroyed", 4164, FRI5),
     M(A, "67,505", N, "damaged", 67505, FRI5),
     M(A, "2004", D, "tsunami", "2004"),
     M(A, "Dec. 9", D, "rain_warn", "2025-12-09"),

     M(AN, "akhir November 2025", D, "landfall", "2025-11"),
     M(AN, "173 orang", N, "missing", 173, JAN25, fall=True),
     M(AN, "25 Januari 2026", D, "report_jan", "2026-01-25"),
     M(AN, "69 orang", N, "kandy_missing", 69, JAN25, fall=True),
     M(AN, "243 orang", N, "kandy_dead", 243, JAN25),
     M(AN, "Minggu (14/12/2025)", D, "count_dec14", "2025-12-14"),
     M(AN, "643 orang", N, "dead", 643, DEC14),
     M(AN, "184 orang", N, "missing", 184, DEC14, fall=True),
     M(AN, "1.364.481 jiwa", N, "affected", 1364481, DEC14),
     M(AN, "391.401 keluarga", N, "families", 391401, DEC14),
     M(AN, "melampaui dua juta jiwa", N, "affected", 2000000, FRI5, qual="morethan"),
     M(AN, "72.911 orang", N, "sheltered", 72911, DEC14, fall=True),
     M(AN, "796 pusat", N, "shelters", 796, DEC14, fall=True),
     M(AN, "6.164 rumah", N, "destroyed", 6164, DEC14),
     M(AN, "112.110 rumah", N, "damaged", 112110, DEC14),
     M(AN, "28 November", D, "gazette", "2025-11-28"),
     M(AN, "satu bulan", N, "extension", 1, cls="dur"),
     M(AN, "2004", D, "tsunami", "2004"),
    ]
    build("cyclone-ditwah-2025", "Cyclone Ditwah (struck on Friday 28 November 2025): the Disaster Management "
          "Centre's dead and missing rising over days - 123 dead and 130 missing at 9 a.m. on Saturday 29 November "
          "(43,995 in relief centres; Badulla's administrator: 49 dead, 41 missing), 212 and then 334 dead on Sunday "
          "30 November, 355 dead and 366 missing on Monday 1 December, 390 and 352 at 6 p.m. that day, 465 dead and "
          "366 missing at 6 p.m. on Tuesday 2 December (1,558,919 affected), 607 dead and 214 missing on Friday 5 "
          "December (2,082,195 affected), 643 dead and 184 missing on Sunday 14 December with the people affected "
          "lowered to 1,364,481, and 173 missing on 25 January 2026", False, ms, names)


def norway():
    R, K, T, A, AN = "reuters-sep09", "kompas-sep10", "tempo-sep12", "ap-oct03", "antara-oct14"
    # the counts: the Directorate of Elections' first figures at 9 p.m. on Monday 8 September, its preliminary count
    # with nearly all votes in (early Tuesday 9 September; NRK's projection of the same night), and the final count
    NINE, NIGHT, FINAL = "2025-09-08T21", "2025-09-09T06", "2025-09-final"
    DIR, NRK = "the Directorate of Elections' count", "NRK's projection"
    names = {
     "lab_share": "Labour's share", "lab_seats": "Labour's seats", "lab_2021": "Labour's seats in 2021",
     "lab_2021_share": "Labour's share in 2021", "lab_gain": "seats Labour gained on 2021",
     "frp_share": "the Progress Party's share", "frp_seats": "the Progress Party's seats",
     "frp_2021": "the Progress Party's seats in 2021", "frp_2021_share": "the Progress Party's share in 2021",
     "con_share": "the Conservatives' share", "con_seats": "the Conservatives' seats",
     "con_2021": "the Conservatives' seats in 2021", "greens_seats": "the Greens' seats",
     "bloc_left": "seats of the left-leaning bloc", "bloc_right": "seats of the right-leaning parties",
     "majority": "seats needed for a majority", "total_seats": "seats in the Storting",
     "threshold": "threshold for levelling seats", "lib_share": "the Liberals' share",
     "voters": "registered voters",
     # dates
     "election": "day of the election", "count_night": "day of the preliminary count",
     "first_figures": "day of the directorate's first figures", "nrk": "day of NRK's projection",
     "y2021": "the 2021 election", "y2029": "the next election",
    }
    ms = [
     M(R, "Monday", D, "election", "2025-09-08"),
     M(R, "Tuesday", D, "count_night", "2025-09-09"),
     M(R, "28.2%", N, "lab_share", 28.2, NIGHT, cls="pct", src=DIR, fall=True),
     M(R, "53", N, "lab_seats", 53),
     M(R, "169 seats", N, "total_seats", 169),
     M(R, "48", N, "lab_2021", 48),
     M(R, "2021", D, "y2021", "2021"),
     M(R, "23.8%", N, "frp_share", 23.8, NIGHT, cls="pct", src=DIR, fall=True),
     M(R, "48 seats", N, "frp_seats", 48, NIGHT),
     M(R, "21", N, "frp_2021", 21),
     M(R, "14.6%", N, "con_share", 14.6, NIGHT, cls="pct", src=DIR, fall=True),
     M(R, "24 seats", N, "con_seats", 24),
     M(R, "36", N, "con_2021", 36),
     M(R, "87 seats", N, "bloc_left", 87, NIGHT, src=DIR),
     M(R, "85", N, "majority", 85),
     M(R, "82", N, "bloc_right", 82, NIGHT, src=DIR),
     M(R, "Monday", D, "first_figures", "2025-09-08", occ=2),
     M(R, "28%", N, "lab_share", 28, NINE, cls="pct", src=DIR, fall=True),
     M(R, "24.7%", N, "frp_share", 24.7, NINE, cls="pct", src=DIR, fall=True),
     M(R, "Monday", D, "nrk", "2025-09-08", occ=3),
     M(R, "89 seats", N, "bloc_left", 89, NIGHT, src=NRK),
     M(R, "4%", N, "threshold", 4, cls="pct"),
     M(R, "2029", D, "y2029", "2029"),

     M(K, "Senin (9/9/2025)", D, "election", "2025-09-09", planted=True),
     M(K, "28,2 persen", N, "lab_share", 28.2, NIGHT, cls="pct", src=DIR, fall=True),
     M(K, "53 kursi", N, "lab_seats", 53),
     M(K, "169 orang", N, "total_seats", 169),
     M(K, "23,8 persen", N, "frp_share", 23.8, NIGHT, cls="pct", src=DIR, fall=True),
     M(K, "48 kursi", N, "frp_seats", 48, NIGHT),
     M(K, "14,6 persen", N, "con_share", 14.6, NIGHT, cls="pct", src=DIR, fall=True),
     M(K, "87 kursi", N, "bloc_left", 87, NIGHT, src=DIR),
     M(K, "85 kursi", N, "majority", 85),
     M(K, "82 kursi", N, "bloc_right", 82, NIGHT, src=DIR),
     M(K, "26,3 persen", N, "lab_2021_share", 26.3, cls="pct"),
     M(K, "11,6 persen", N, "frp_2021_share", 11.6, cls="pct"),

     M(T, "Senin, 8 September 2025", D, "election", "2025-09-08"),
     M(T, "53 kursi", N, "lab_seats", 53),
     M(T, "lima kursi", N, "lab_gain", 5),
     M(T, "2021", D, "y2021", "2021"),
     M(T, "48 kursi", N, "frp_seats", 48, NIGHT),
     M(T, "21 kursi", N, "frp_2021", 21),
     M(T, "42 kursi", N, "con_seats", 42, planted=True),
     M(T, "87", N, "bloc_left", 87, NIGHT, src=DIR),
     M(T, "169 kursi", N, "total_seats", 169),
     M(T, "4 persen", N, "threshold", 4, cls="pct"),
     M(T, "3,6 persen", N, "lib_share", 3.6, cls="pct"),
     M(T, "Lebih dari 4,05 juta", N, "voters", 4050000, qual="morethan"),
     M(T, "2029", D, "y2029", "2029"),

     M(A, "Sept. 8", D, "election", "2025-09-08"),
     M(A, "53 seats", N, "lab_seats", 53),
     M(A, "28.0%", N, "lab_share", 28.0, FINAL, cls="pct", src=DIR, fall=True),
     M(A, "47 seats", N, "frp_seats", 47, FINAL),
     M(A, "eight", N, "greens_seats", 8, FINAL),
     M(A, "88", N, "bloc_left", 88, FINAL, src=DIR),
     M(A, "169 seats", N, "total_seats", 169),
     M(A, "81", N, "bloc_right", 81, FINAL, src=DIR),
     M(A, "24 seats", N, "con_seats", 24),
     M(A, "almost 24%", N, "frp_share", 24, FINAL, qual="nearly", cls="pct", src=DIR, fall=True),
     M(A, "2021", D, "y2021", "2021"),
     M(A, "11.6%", N, "frp_2021_share", 11.6, cls="pct"),
     M(A, "53 seats", N, "lab_seats", 53, occ=2),
     M(A, "five", N, "lab_gain", 5, occ=2),
     M(A, "2021", D, "y2021", "2021", occ=2),

     M(AN, "8 September 2025", D, "election", "2025-09-08"),
     M(AN, "53 kursi", N, "lab_seats", 53),
     M(AN, "28,0 persen", N, "lab_share", 28.0, FINAL, cls="pct", src=DIR, fall=True),
     M(AN, "47 kursi", N, "frp_seats", 47, FINAL),
     M(AN, "delapan kursi", N, "greens_seats", 8, FINAL),
     M(AN, "88 kursi", N, "bloc_left", 88, FINAL, src=DIR),
     M(AN, "81 kursi", N, "bloc_right", 81, FINAL, src=DIR),
     M(AN, "169 orang", N, "total_seats", 169),
     M(AN, "24 kursi", N, "con_seats", 24),
     M(AN, "36 kursi", N, "con_2021", 36),
     M(AN, "2021", D, "y2021", "2021"),
     M(AN, "hampir 24 persen", N, "frp_share", 24, FINAL, qual="nearly", cls="pct", src=DIR, fall=True),
     M(AN, "2029", D, "y2029", "2029"),
    ]
    build("norway-election-2025", "Norway's parliamentary election of Monday 8 September 2025: the Directorate of "
          "Elections' first figures at 9 p.m. (Labour 28%, Progress 24.7%); its preliminary count with nearly all "
          "votes in, early on Tuesday 9 September (Labour 28.2% and 53 of 169 seats, Progress 23.8% and 48, the "
          "Conservatives 14.6% and 24, the left-leaning bloc 87 against 82; NRK's projection 89 for the bloc); the "
          "final count (Labour 53 seats and 28.0%, Progress 47, the Greens eight, the bloc 88 against 81); Støre "
          "governing alone with a Labour minority government", False, ms, names)


def mexico():
    R, C, B, KT = "reuters-nov06", "cnbcindonesia-nov07", "bloomberg-nov08", "kontan-nov09"
    names = {
     "cut": "size of the cut", "rate": "the new policy rate", "prev_rate": "the rate before the decision",
     "ayes": "board members voting for", "nays": "board members voting against", "board": "members of the board",
     "dissents": "decisions in a row with a dissent", "target": "the inflation target",
     "cpi": "headline inflation in the first half of October", "cpi_prev": "headline inflation in the second half of September",
     "core": "core inflation in the first half of October", "core_prev": "core inflation in the second half of September",
     "total_cut": "cuts since the easing began", "peak": "the rate's peak", "fed_cut": "size of the Fed's cut",
     "cuts_in_row": "meetings in a row with a cut",
     # dates
     "decision": "day of the decision", "since": "month the rate was last this low", "target_q": "quarter inflation reaches the target",
     "h1oct": "first half of October", "h2sep": "second half of September", "start": "month the easing began",
     "fed_date": "day of the Fed's cut",
    }
    ms = [
     M(R, "25 basis points", N, "cut", 25, cls="bp"),
     M(R, "7.25%", N, "rate", 7.25, cls="pct"),
     M(R, "Thursday", D, "decision", "2025-11-06"),
     M(R, "May 2022", D, "since", "2022-05"),
     M(R, "five-member", N, "board", 5),
     M(R, "4-1", N, "ayes", 4, also=(("nays", 1),)),
     M(R, "7.50%", N, "prev_rate", 7.5, cls="pct"),
     M(R, "fourth", N, "dissents", 4),
     M(R, "3%", N, "target", 3, cls="pct"),
     M(R, "third quarter of 2026", D, "target_q", "2026-Q3"),
     M(R, "3.63%", N, "cpi", 3.63, cls="pct"),
     M(R, "first half of October", D, "h1oct", "2025-10-H1"),
     M(R, "3.74%", N, "cpi_prev", 3.74, cls="pct"),
     M(R, "second half of September", D, "h2sep", "2025-09-H2"),
     M(R, "4.24%", N, "core", 4.24, cls="pct"),
     M(R, "4.26%", N, "core_prev", 4.26, cls="pct"),
     M(R, "4 percentage points", N, "total_cut", 400, qual="unit", cls="bp"),
     M(R, "March 2024", D, "start", "2024-03"),
     M(R, "11.25%", N, "peak", 11.25, cls="pct"),
     M(R, "quarter-point", N, "fed_cut", 25, qual="unit", cls="bp"),
     M(R, "Oct. 29", D, "fed_date", "2025-10-29"),

     M(C, "25 basis poin", N, "cut", 25, cls="bp"),
     M(C, "7,25%", N, "rate", 7.25, cls="pct"),
     M(C, "Kamis (6/11/2025)", D, "decision", "2025-11-06"),
     M(C, "Mei 2022", D, "since", "2022-05"),
     M(C, "4 berbanding 1", N, "ayes", 4, also=(("nays", 1),)),
     M(C, "lima orang", N, "board", 5),
     M(C, "7,50%", N, "prev_rate", 7.5, cls="pct"),
     M(C, "paruh pertama Oktober", D, "h1oct", "2025-10-H1"),
     M(C, "3,63%", N, "cpi", 3.63, cls="pct"),
     M(C, "3,74%", N, "cpi_prev", 3.74, cls="pct"),
     M(C, "paruh kedua September", D, "h2sep", "2025-09-H2"),
     M(C, "4,24%", N, "core", 4.24, cls="pct"),
     M(C, "4,26%", N, "core_prev", 4.26, cls="pct"),
     M(C, "3%", N, "target", 3, cls="pct"),
     M(C, "kuartal III-2026", D, "target_q", "2026-Q3"),
     M(C, "Maret 2024", D, "start", "2024-03"),
     M(C, "400 basis poin", N, "total_cut", 400, cls="bp"),
     M(C, "11,25%", N, "peak", 11.25, cls="pct"),
     M(C, "25 bps", N, "fed_cut", 25, cls="bp"),
     M(C, "29 Oktober", D, "fed_date", "2025-10-29"),

     M(B, "11th", N, "cuts_in_row", 11),
     M(B, "Thursday", D, "decision", "2025-11-06"),
     M(B, "quarter point", N, "cut", 25, qual="unit", cls="bp"),
     M(B, "7.25%", N, "rate", 7.25, cls="pct"),
     M(B, "May 2022", D, "since", "2022-05"),
     M(B, "4-1", N, "ayes", 4, also=(("nays", 1),)),
     M(B, "fourth", N, "dissents", 4),
     M(B, "7.5%", N, "prev_rate", 7.5, cls="pct"),
     M(B, "3%", N, "target", 3, cls="pct"),
     M(B, "third quarter of 2026", D, "target_q", "2026-Q3"),
     M(B, "3.63%", N, "cpi", 3.63, cls="pct"),
     M(B, "first half of October", D, "h1oct", "2025-10-H1"),
     M(B, "4.24%", N, "core", 4.24, cls="pct"),
     M(B, "March 2024", D, "start", "2024-03"),
     M(B, "11.25%", N, "peak", 11.25, cls="pct"),
     M(B, "400 basis points", N, "total_cut", 400, cls="bp"),
     M(B, "quarter-point", N, "fed_cut", 25, qual="unit", cls="bp"),
     M(B, "Oct. 29", D, "fed_date", "2025-10-29"),

     M(KT, "0,25 poin persentase", N, "cut", 25, qual="unit", cls="bp"),
     M(KT, "7,25 persen", N, "rate", 7.25, cls="pct"),
     M(KT, "Kamis, 6 November 2025", D, "decision", "2025-11-06"),
     M(KT, "Mei 2022", D, "since", "2022-05"),
     M(KT, "Empat", N, "ayes", 4),
     M(KT, "lima", N, "board", 5),
     M(KT, "7,50 persen", N, "prev_rate", 7.5, cls="pct"),
     M(KT, "keempat", N, "dissents", 4),
     M(KT, "3 persen", N, "target", 3, cls="pct"),
     M(KT, "kuartal ketiga 2026", D, "target_q", "2026-Q3"),
     M(KT, "paruh pertama Oktober", D, "h1oct", "2025-10-H1"),
     M(KT, "4,24 persen", N, "core", 4.24, cls="pct"),
     M(KT, "3,63 persen", N, "cpi", 3.63, cls="pct"),
     M(KT, "Maret 2024", D, "start", "2024-03"),
     M(KT, "4 poin persentase", N, "total_cut", 400, qual="unit", cls="bp"),
     M(KT, "11,25 persen", N, "peak", 11.25, cls="pct"),
     M(KT, "0,25 poin persentase", N, "fed_cut", 25, qual="unit", cls="bp", occ=2),
     M(KT, "29 Oktober 2025", D, "fed_date", "2025-10-29"),
    ]
    build("mexico-rate-2025", "Mexico's central bank's rate decision (control) of Thursday 6 November 2025: the "
          "benchmark rate cut 25 basis points from 7.50% to 7.25%, the lowest since May 2022, by a 4-1 vote of the "
          "five-member board with Deputy Governor Jonathan Heath dissenting for the fourth decision in a row; "
          "inflation seen reaching the 3% target in the third quarter of 2026; headline inflation of 3.63% and core "
          "of 4.24% in the first half of October (3.74% and 4.26% in the second half of September); 400 basis points "
          "of cuts since March 2024 from a peak of 11.25%; the Fed's quarter-point cut of 29 October. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    cyclone()
    norway()
    mexico()
