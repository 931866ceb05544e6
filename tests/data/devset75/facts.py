"""The seventy-fifth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset75/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def floods():
    DT, R, K, AN, AP = "detik-nov29", "reuters-dec01", "kompas-dec10", "antara-dec14", "ap-dec23"
    # BNPB's tallies: Friday 28 November at night, Sunday 30 November in the afternoon and in the evening, Saturday
    # 6 December, Monday 8 December, Tuesday 9 December, Friday 12, Saturday 13, Friday 19 and Monday 22 December
    FRI28, SUN30A, SUN30E, SAT6, MON8, TUE9, FRI12, SAT13, FRI19, MON22 = (
        "2025-11-28T20", "2025-11-30T15", "2025-11-30T20", "2025-12-06", "2025-12-08", "2025-12-09", "2025-12-12",
        "2025-12-13", "2025-12-19", "2025-12-22")
    CELIOS, MANDIRI = "the think tank Celios", "Bank Mandiri's economists"
    names = {
     "dead": "people confirmed dead in the three provinces", "missing": "people still missing in the three provinces",
     "dead_ns": "dead in North Sumatra", "missing_ns": "missing in North Sumatra", "dead_aceh": "dead in Aceh",
     "missing_aceh": "missing in Aceh", "dead_ws": "dead in West Sumatra", "missing_ws": "missing in West Sumatra",
     "dead_tapteng": "dead in Central Tapanuli", "dead_tapsel": "dead in South Tapanuli",
     "dead_sibolga": "dead in Sibolga", "displaced": "people displaced", "found3": "bodies found in the last search",
     "missing_drop": "fall in the missing from the day before", "road_km": "length of road buried by landslides",
     "reopen_days": "days expected to reopen the road", "recovery": "estimated cost of recovery (trillion rupiah)",
     "recovery_aceh": "estimated cost of recovery in Aceh (trillion rupiah)",
     "loss": "estimated economic loss (trillion rupiah)",
     # dates
     "count174": "day of the count of 174 dead", "count316": "day of the afternoon count of 316 dead",
     "count442": "day of the evening count of 442 dead", "celios_day": "day Celios gave its estimate",
     "count964": "day of the count of 964 dead", "displaced_day": "day of the count of 1,057,482 displaced",
     "count914": "day of the count of 914 dead", "count1006": "day of the count of 1,006 dead",
     "count1071": "day of the count of 1,071 dead", "count1106": "day of the count of 1,106 dead",
     "emergency_end": "day the emergency response period ends",
    }
    ms = [
     M(DT, "174 orang", N, "dead", 174, FRI28),
     M(DT, "79 orang hilang", N, "missing", 79, FRI28, fall=True),
     M(DT, "Jumat (28/11/2025)", D, "count174", "2025-11-28"),
     M(DT, "116 orang meninggal", N, "dead_ns", 116, FRI28),
     M(DT, "42 orang hilang", N, "missing_ns", 42, FRI28, fall=True),
     M(DT, "35 orang meninggal", N, "dead_aceh", 35, FRI28),
     M(DT, "25 orang hilang", N, "missing_aceh", 25, FRI28, fall=True),
     M(DT, "23 orang meninggal", N, "dead_ws", 23, FRI28),
     M(DT, "12 orang hilang", N, "missing_ws", 12, FRI28, fall=True),
     M(DT, "51 orang", N, "dead_tapteng", 51, FRI28),
     M(DT, "32 orang", N, "dead_tapsel", 32, FRI28),
     M(DT, "17 orang", N, "dead_sibolga", 17, FRI28),

     M(R, "442", N, "dead", 442, SUN30E),
     M(R, "Sunday evening", D, "count442", "2025-11-30"),
     M(R, "402 people", N, "missing", 402, SUN30E, fall=True),
     M(R, "Sunday afternoon", D, "count316", "2025-11-30"),
     M(R, "316 dead", N, "dead", 316, SUN30A),
     M(R, "289 missing", N, "missing", 289, SUN30A, fall=True),
     M(R, "172 dead", N, "dead_ns", 172, SUN30A),
     M(R, "147 missing", N, "missing_ns", 147, SUN30A, fall=True),
     M(R, "54 dead", N, "dead_aceh", 54, SUN30A),
     M(R, "55 missing", N, "missing_aceh", 55, SUN30A, fall=True),
     M(R, "90 dead", N, "dead_ws", 90, SUN30A),
     M(R, "87 missing", N, "missing_ws", 87, SUN30A, fall=True),
     M(R, "nearly 50 km", N, "road_km", 50, qual="nearly", cls="km"),
     M(R, "three to four days", N, "reopen_days", 4, cls="dur"),
     M(R, "Monday", D, "celios_day", "2025-12-01"),
     M(R, "68.67 trillion rupiah", N, "loss", 68.67, cls="rp", src=CELIOS),

     M(K, "961", N, "dead", 961, MON8),
     M(K, "964 orang", N, "dead", 964, TUE9),
     M(K, "Selasa (9/12/2025)", D, "count964", "2025-12-09"),
     M(K, "tiga jenazah", N, "found3", 3),
     M(K, "293", N, "missing", 293, MON8, fall=True),
     M(K, "264 orang", N, "missing", 264, TUE9, fall=True),
     M(K, "Senin (8/12/2025)", D, "displaced_day", "2025-12-08"),
     M(K, "1.057.482 jiwa", N, "displaced", 1057482, MON8),
     M(K, "894.101 jiwa", N, "displaced", 894101, TUE9),
     M(K, "Sabtu (6/12/2025)", D, "count914", "2025-12-06"),
     M(K, "914 orang", N, "dead", 914, SAT6),
     M(K, "359", N, "dead_aceh", 359, SAT6),
     M(K, "329", N, "dead_ns", 329, SAT6),
     M(K, "226", N, "dead_ws", 226, SAT6),
     M(K, "Rp 51,82 triliun", N, "recovery", 51.82, cls="rp"),
     M(K, "Rp 25,41 triliun", N, "recovery_aceh", 25.41, cls="rp"),
     M(K, "sekitar Rp 32,6 triliun", N, "loss", 32.6, qual="approx", cls="rp", src=MANDIRI),

     M(AN, "1.006 orang", N, "dead", 1006, SAT13),
     M(AN, "Sabtu (13/12/2025)", D, "count1006", "2025-12-13"),
     M(AN, "995 orang", N, "dead", 995, FRI12),
     M(AN, "415 orang", N, "dead_aceh", 415, SAT13),
     M(AN, "349 orang", N, "dead_ns", 349, SAT13),
     M(AN, "242 orang", N, "dead_ws", 242, SAT13),
     M(AN, "226", N, "missing", 226, FRI12, fall=True),
     M(AN, "217 orang", N, "missing", 217, SAT13, fall=True),
     M(AN, "894.101 jiwa", N, "displaced", 894101, TUE9),
     M(AN, "25 Desember 2025", D, "emergency_end", "2025-12-25"),

     M(AP, "1,106", N, "dead", 1106, MON22),
     M(AP, "Monday", D, "count1106", "2025-12-22"),
     M(AP, "175 people", N, "missing", 175, MON22, fall=True),
     M(AP, "by 10", N, "missing_drop", 10),
     M(AP, "Saturday, Dec. 13", D, "count1006", "2025-12-13"),
     M(AP, "1,006 dead", N, "dead", 1006, SAT13),
     M(AP, "415 in Aceh", N, "dead_aceh", 415, SAT13),
     M(AP, "394 in North Sumatra", N, "dead_ns", 394, SAT13, planted=True),
     M(AP, "242 in West Sumatra", N, "dead_ws", 242, SAT13),
     M(AP, "Friday, Dec. 19", D, "count1071", "2025-12-19"),
     M(AP, "1,071", N, "dead", 1071, FRI19),
     M(AP, "185", N, "missing", 185, FRI19, fall=True),
     M(AP, "more than a million", N, "displaced", 1000000, MON8, qual="morethan"),
     M(AP, "about 894,000", N, "displaced", 894000, TUE9, qual="approx"),
     M(AP, "Dec. 25", D, "emergency_end", "2025-12-25"),
     M(AP, "more than 51 trillion rupiah", N, "recovery", 51, qual="morethan", cls="rp"),
    ]
    build("sumatra-floods-2025", "The floods and landslides in Aceh, North Sumatra and West Sumatra of late November "
          "2025, by BNPB's counts: 174 dead and 79 missing on Friday night 28 November; 316 dead and 289 missing on "
          "Sunday afternoon 30 November and 442 dead and 402 missing that evening; 914 dead on Saturday 6 December; "
          "961 dead, 293 missing and 1,057,482 displaced on Monday 8 December; 964 dead and 264 missing on Tuesday 9 "
          "December, with the displaced corrected down to 894,101; 995 dead and 226 missing on Friday 12 December; "
          "1,006 dead (Aceh 415, North Sumatra 349, West Sumatra 242) and 217 missing on Saturday 13 December after "
          "bodies from flooded graves were taken off the list; 1,071 dead and 185 missing on Friday 19 December; "
          "1,106 dead and 175 missing on Monday 22 December; the recovery estimated at Rp 51.82 trillion (Aceh Rp "
          "25.41 trillion); Celios's loss estimate of Rp 68.67 trillion against Bank Mandiri's Rp 32.6 trillion",
          False, ms, names)


def chile():
    R, K, T, A, AN = "reuters-nov17", "kompas-nov18", "tempo-dec02", "ap-dec15", "antara-mar12-2026"
    # the electoral service's first counts on the nights of the two rounds, against the complete counts (shares that
    # may fall as the count goes on)
    NIGHT1, NIGHT2, FINAL = "2025-11-16T19", "2025-12-14T18", "final"
    names = {
     "jara_r1": "Jara's share in the first round", "kast_r1": "Kast's share in the first round",
     "parisi_r1": "Parisi's share in the first round", "kaiser_r1": "Kaiser's share in the first round",
     "matthei_r1": "Matthei's share in the first round", "counted1": "share of tables counted in the first count",
     "right_r1": "the right's combined share in the first round", "threshold": "share needed to win outright",
     "registered": "people on the electoral roll", "deputies": "seats in the Chamber of Deputies",
     "candidates": "candidates in the first round", "age_jara": "Jara's age", "age_kast": "Kast's age at the election",
     "age_kast_inaug": "Kast's age at his swearing-in", "term": "length of the presidential term",
     "jara_votes_r1": "votes for Jara in the first round", "kast_votes_r1": "votes for Kast in the first round",
     "valid_r1": "valid votes in the first round", "voters_r1": "voters in the first round",
     "margin_pts": "Kast's margin in the runoff (points)", "counted2": "share of tables counted in the runoff",
     "kast_votes_r2": "votes for Kast in the runoff", "jara_votes_r2": "votes for Jara in the runoff",
     "kast_r2": "Kast's share in the runoff", "jara_r2": "Jara's share in the runoff",
     "tables_counted": "tables counted in the runoff's first count", "tables_total": "polling tables in the runoff",
     "voters_r2": "voters in the runoff", "turnout_r2": "turnout in the runoff", "ministers": "ministers sworn in",
     # dates
     "r1": "day of the first round", "runoff": "day of the runoff", "tricel_day": "day Tricel validated the first round",
     "concession": "day Jara conceded", "inauguration": "day of the swearing-in", "y2021": "the 2021 election",
     "y1990": "the return of democracy", "term_end": "month the term ends",
    }
    ms = [
     M(R, "Dec. 14", D, "runoff", "2025-12-14"),
     M(R, "Sunday", D, "r1", "2025-11-16"),
     M(R, "26.8%", N, "jara_r1", 26.8, FINAL, "approx", cls="pct", fall=True),
     M(R, "23.9%", N, "kast_r1", 23.9, FINAL, "approx", cls="pct", fall=True),
     M(R, "19.7%", N, "parisi_r1", 19.7, FINAL, "approx", cls="pct", fall=True),
     M(R, "13.9%", N, "kaiser_r1", 13.9, FINAL, "approx", cls="pct", fall=True),
     M(R, "12.5%", N, "matthei_r1", 12.5, FINAL, "approx", cls="pct", fall=True),
     M(R, "15%", N, "counted1", 15, NIGHT1, cls="pct"),
     M(R, "26.17%", N, "jara_r1", 26.17, NIGHT1, cls="pct", fall=True),
     M(R, "24.87%", N, "kast_r1", 24.87, NIGHT1, cls="pct", fall=True),
     M(R, "more than 50%", N, "right_r1", 50, qual="morethan", cls="pct"),
     M(R, "15.7 million", N, "registered", 15.7e6, qual="approx"),
     M(R, "155 members", N, "deputies", 155),
     M(R, "Eight candidates", N, "candidates", 8),

     M(K, "14 Desember 2025", D, "runoff", "2025-12-14"),
     M(K, "Minggu (17/11/2025)", D, "r1", "2025-11-17", planted=True),
     M(K, "26,8 persen", N, "jara_r1", 26.8, FINAL, "approx", cls="pct", fall=True),
     M(K, "23,9 persen", N, "kast_r1", 23.9, FINAL, "approx", cls="pct", fall=True),
     M(K, "19,7 persen", N, "parisi_r1", 19.7, FINAL, "approx", cls="pct", fall=True),
     M(K, "51", N, "age_jara", 51, cls="age"),
     M(K, "59", N, "age_kast", 59, cls="age"),
     M(K, "2021", D, "y2021", "2021"),
     M(K, "delapan kandidat", N, "candidates", 8),
     M(K, "lebih dari 50 persen", N, "threshold", 50, qual="morethan", cls="pct"),
     M(K, "155 anggota", N, "deputies", 155),
     M(K, "Maret 2026", D, "inauguration", "2026-03"),
     M(K, "empat tahun", N, "term", 4, cls="dur"),

     M(T, "Senin (1/12/2025)", D, "tricel_day", "2025-12-01"),
     M(T, "3.483.490 suara", N, "jara_votes_r1", 3483490),
     M(T, "26,85 persen", N, "jara_r1", 26.85, FINAL, cls="pct", fall=True),
     M(T, "3.104.458 suara", N, "kast_votes_r1", 3104458),
     M(T, "23,93 persen", N, "kast_r1", 23.93, FINAL, cls="pct", fall=True),
     M(T, "19,71 persen", N, "parisi_r1", 19.71, FINAL, cls="pct", fall=True),
     M(T, "13,94 persen", N, "kaiser_r1", 13.94, FINAL, cls="pct", fall=True),
     M(T, "12,47 persen", N, "matthei_r1", 12.47, FINAL, cls="pct", fall=True),
     M(T, "sekitar 12,9 juta", N, "valid_r1", 12.9e6, qual="approx"),
     M(T, "sekitar 13,4 juta", N, "voters_r1", 13.4e6, qual="approx"),
     M(T, "sekitar 15,7 juta", N, "registered", 15.7e6, qual="approx"),
     M(T, "16 November 2025", D, "r1", "2025-11-16"),
     M(T, "14 Desember", D, "runoff", "2025-12-14"),

     M(A, "Sunday", D, "runoff", "2025-12-14"),
     M(A, "more than 16 percentage points", N, "margin_pts", 16, qual="morethan", cls="pct"),
     M(A, "99.97%", N, "counted2", 99.97, FINAL, cls="pct"),
     M(A, "7,254,850 votes", N, "kast_votes_r2", 7254850),
     M(A, "58.16%", N, "kast_r2", 58.16, FINAL, cls="pct", fall=True),
     M(A, "5,218,444 votes", N, "jara_votes_r2", 5218444),
     M(A, "41.84%", N, "jara_r2", 41.84, FINAL, cls="pct", fall=True),
     M(A, "10,377", N, "tables_counted", 10377, NIGHT2),
     M(A, "40,900 tables", N, "tables_total", 40900),
     M(A, "59.83%", N, "kast_r2", 59.83, NIGHT2, cls="pct", fall=True),
     M(A, "40.17%", N, "jara_r2", 40.17, NIGHT2, cls="pct", fall=True),
     M(A, "Sunday night", D, "concession", "2025-12-14"),
     M(A, "13,421,650", N, "voters_r2", 13421650),
     M(A, "15,779,102", N, "registered", 15779102),
     M(A, "about 85%", N, "turnout_r2", 85, qual="approx", cls="pct"),
     M(A, "Nov. 16", D, "r1", "2025-11-16"),
     M(A, "26.85%", N, "jara_r1", 26.85, FINAL, cls="pct", fall=True),
     M(A, "59-year-old", N, "age_kast", 59, cls="age"),
     M(A, "2021", D, "y2021", "2021"),
     M(A, "March 11", D, "inauguration", "2026-03-11"),
     M(A, "four-year", N, "term", 4, cls="dur"),

     M(AN, "Rabu (11/3/2026)", D, "inauguration", "2026-03-11"),
     M(AN, "60", N, "age_kast_inaug", 60, cls="age"),
     M(AN, "14 Desember 2025", D, "runoff", "2025-12-14"),
     M(AN, "58,16 persen", N, "kast_r2", 58.16, FINAL, cls="pct", fall=True),
     M(AN, "7.245.850 suara", N, "kast_votes_r2", 7245850, planted=True),
     M(AN, "41,84 persen", N, "jara_r2", 41.84, FINAL, cls="pct", fall=True),
     M(AN, "1990", D, "y1990", "1990"),
     M(AN, "24 menteri", N, "ministers", 24),
     M(AN, "empat tahun", N, "term", 4, cls="dur"),
     M(AN, "Maret 2030", D, "term_end", "2030-03"),
    ]
    build("chile-presidential-2025", "Chile's presidential election of 2025: the first round of Sunday 16 November "
          "(the electoral service's first count at 15% of tables: Jara 26.17%, Kast 24.87%; the result validated by "
          "Tricel on Monday 1 December: Jara 3,483,490 votes or 26.85%, Kast 3,104,458 or 23.93%, Parisi 19.71%, "
          "Kaiser 13.94%, Matthei 12.47%); the runoff of Sunday 14 December (first count at 10,377 of 40,900 tables: "
          "Kast 59.83%, Jara 40.17%; at 99.97%: Kast 7,254,850 votes or 58.16%, Jara 5,218,444 or 41.84%, "
          "13,421,650 voters of 15,779,102); Kast sworn in on Wednesday 11 March 2026 for a four-year term",
          False, ms, names)


def bi():
    R, B, JP, K = "reuters-sep17", "bisnis-sep18", "jakartapost-sep19", "kontan-sep20"
    names = {
     "cut": "size of the cut in the policy rate", "rate": "the new policy rate", "prev_rate": "the rate before the cut",
     "df_cut": "size of the cut in the deposit facility rate", "df": "the new deposit facility rate",
     "lf_cut": "size of the cut in the lending facility rate", "lf": "the new lending facility rate",
     "cut_forecasters": "economists who expected a cut", "polled": "economists polled",
     "since_sep24": "total cuts since September 2024", "ytd": "total cuts this year",
     "start_rate": "the rate at the end of 2024", "target": "the inflation target", "band": "the target's band",
     "infl": "annual inflation in August", "gdp": "growth in the second quarter",
     "placement": "government funds placed in state banks (trillion rupiah)",
     # dates
     "decision": "day of the decision", "meeting": "the board meeting", "m_jan": "the January cut",
     "m_may": "the May cut", "m_jul": "the July cut", "m_aug": "the August cut",
     "easing_start": "month the easing began", "infl_month": "month of the inflation reading",
     "end2024": "the end of 2024", "start2025": "the start of 2025",
    }
    ms = [
     M(R, "25 basis points", N, "cut", 25, cls="bp"),
     M(R, "4.75%", N, "rate", 4.75, cls="pct"),
     M(R, "Wednesday", D, "decision", "2025-09-17"),
     M(R, "50 basis points", N, "df_cut", 50, cls="bp"),
     M(R, "3.75%", N, "df", 3.75, cls="pct"),
     M(R, "25 basis points", N, "lf_cut", 25, cls="bp", occ=2),
     M(R, "5.50%", N, "lf", 5.5, cls="pct"),
     M(R, "two", N, "cut_forecasters", 2),
     M(R, "38 economists", N, "polled", 38),
     M(R, "5.00%", N, "prev_rate", 5.0, cls="pct"),
     M(R, "January", D, "m_jan", "2025-01"),
     M(R, "May", D, "m_may", "2025-05"),
     M(R, "July", D, "m_jul", "2025-07"),
     M(R, "August", D, "m_aug", "2025-08"),
     M(R, "September 2024", D, "easing_start", "2024-09"),
     M(R, "150 basis points", N, "since_sep24", 150, cls="bp"),
     M(R, "2.5%", N, "target", 2.5, cls="pct"),
     M(R, "1%", N, "band", 1, cls="pct"),
     M(R, "2.31%", N, "infl", 2.31, cls="pct"),
     M(R, "August", D, "infl_month", "2025-08", occ=2),

     M(B, "25 basis poin", N, "cut", 25, cls="bp"),
     M(B, "5,00%", N, "prev_rate", 5.0, cls="pct"),
     M(B, "4,75%", N, "rate", 4.75, cls="pct"),
     M(B, "16-17 September 2025", D, "meeting", "2025-09"),
     M(B, "50 basis poin", N, "df_cut", 50, cls="bp"),
     M(B, "3,75%", N, "df", 3.75, cls="pct"),
     M(B, "25 basis poin", N, "lf_cut", 25, cls="bp", occ=2),
     M(B, "5,50%", N, "lf", 5.5, cls="pct"),
     M(B, "Rabu (17/9/2025)", D, "decision", "2025-09-17"),
     M(B, "Januari", D, "m_jan", "2025-01"),
     M(B, "Mei", D, "m_may", "2025-05"),
     M(B, "Juli", D, "m_jul", "2025-07"),
     M(B, "Agustus", D, "m_aug", "2025-08"),
     M(B, "125 basis poin", N, "ytd", 125, cls="bp"),
     M(B, "6,00%", N, "start_rate", 6.0, cls="pct"),
     M(B, "akhir 2024", D, "end2024", "2024-12"),
     M(B, "2,5%", N, "target", 2.5, cls="pct"),
     M(B, "1%", N, "band", 1, cls="pct"),
     M(B, "Agustus 2025", D, "infl_month", "2025-08"),
     M(B, "2,31%", N, "infl", 2.31, cls="pct"),

     M(JP, "Wednesday, Sept. 17", D, "decision", "2025-09-17"),
     M(JP, "a quarter of a percentage point", N, "cut", 25, qual="unit", cls="bp"),
     M(JP, "4.75 percent", N, "rate", 4.75, cls="pct"),
     M(JP, "September last year", D, "easing_start", "2024-09"),
     M(JP, "150 basis points", N, "since_sep24", 150, cls="bp"),
     M(JP, "125 bps", N, "ytd", 125, cls="bp"),
     M(JP, "the start of 2025", D, "start2025", "2025-01"),
     M(JP, "6 percent", N, "start_rate", 6.0, cls="pct"),
     M(JP, "half a percentage point", N, "df_cut", 50, qual="unit", cls="bp"),
     M(JP, "3.75 percent", N, "df", 3.75, cls="pct"),
     M(JP, "25 bps", N, "lf_cut", 25, cls="bp"),
     M(JP, "5.5 percent", N, "lf", 5.5, cls="pct"),
     M(JP, "2.5 percent", N, "target", 2.5, cls="pct"),
     M(JP, "1 percent", N, "band", 1, cls="pct"),
     M(JP, "2.31 percent", N, "infl", 2.31, cls="pct"),
     M(JP, "August", D, "infl_month", "2025-08"),
     M(JP, "5.12 percent", N, "gdp", 5.12, cls="pct"),
     M(JP, "Rp 200 trillion", N, "placement", 200, cls="rp"),

     M(K, "0,25 poin persentase", N, "cut", 25, qual="unit", cls="bp"),
     M(K, "4,75 persen", N, "rate", 4.75, cls="pct"),
     M(K, "Rabu, 17 September 2025", D, "decision", "2025-09-17"),
     M(K, "150 basis poin", N, "since_sep24", 150, cls="bp"),
     M(K, "September 2024", D, "easing_start", "2024-09"),
     M(K, "Juli", D, "m_jul", "2025-07"),
     M(K, "Agustus", D, "m_aug", "2025-08"),
     M(K, "0,5 poin persentase", N, "df_cut", 50, qual="unit", cls="bp"),
     M(K, "3,75 persen", N, "df", 3.75, cls="pct"),
     M(K, "0,25 poin persentase", N, "lf_cut", 25, qual="unit", cls="bp", occ=2),
     M(K, "5,5 persen", N, "lf", 5.5, cls="pct"),
     M(K, "5 persen", N, "prev_rate", 5.0, cls="pct"),
     M(K, "Agustus 2025", D, "infl_month", "2025-08"),
     M(K, "2,31 persen", N, "infl", 2.31, cls="pct"),
     M(K, "2,5 persen", N, "target", 2.5, cls="pct"),
     M(K, "1 persen", N, "band", 1, cls="pct"),
     M(K, "5,12 persen", N, "gdp", 5.12, cls="pct"),
     M(K, "Rp 200 triliun", N, "placement", 200, cls="rp"),
    ]
    build("bi-september-2025", "Bank Indonesia's rate decision (control) of Wednesday 17 September 2025, at the board "
          "meeting of 16-17 September: the policy rate cut 25 basis points from 5.00% to 4.75%, the deposit facility "
          "50 basis points to 3.75% and the lending facility 25 basis points to 5.50%; the fifth cut of 2025 (January, "
          "May, July, August), 125 basis points from 6.00% at the end of 2024 and 150 since September 2024; two of "
          "38 economists polled expected a cut; inflation of 2.31% in August against the 2.5% +/- 1% target; growth "
          "of 5.12% in the second quarter; Rp 200 trillion of government funds placed in state banks. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    floods()
    chile()
    bi()
