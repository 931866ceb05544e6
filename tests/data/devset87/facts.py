"""The eighty-seventh development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset87/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def mentawai():
    DT, R, K, JP, T = "detik-oct26", "reuters-oct28", "kompas-nov01", "jakpost-nov07", "tempo-nov17"
    # the province's tallies (BPBD Sumatera Barat, also given by the governor and the president's aide): Tuesday 26
    # October in the evening, Wednesday night, Thursday midday and evening, Sunday 31 October, Friday 5 November at
    # 21.00 WIB (the toll lowered after people listed as dead were found alive), Friday 12 November
    TUE, WED, THU_MID, THU_EVE, SUN31, NOV5, NOV12 = ("2010-10-26T18", "2010-10-27T22", "2010-10-28T12",
                                                      "2010-10-28T19", "2010-10-31", "2010-11-05T21", "2010-11-12")
    BPBD, HEALTH = "the West Sumatra disaster agency (BPBD)", "the health ministry's crisis centre"
    BNPB, BMKG, USGS = "the national disaster agency BNPB", "the meteorology agency BMKG", "the US Geological Survey"
    names = {
     "dead": "people confirmed dead", "missing": "people still missing", "displaced": "people displaced",
     "families": "families in shelters on the first day", "districts": "districts hit",
     "injured_heavy": "people seriously injured", "injured_light": "people lightly injured",
     "found_alive": "people listed missing found alive on Saturday", "magnitude": "the quake's magnitude",
     "depth": "the quake's depth", "distance": "the epicentre's distance west of South Pagai",
     "wave": "height of the tsunami", "inland": "how far the water reached inland", "voyage": "hours by sea from "
     "Padang to Sikakap", "surfers": "Australians on a surf boat found safe",
     "disp_ps": "displaced in South Pagai", "disp_pu": "displaced in North Pagai", "disp_ss": "displaced in South "
     "Sipora", "disp_sk": "displaced in Sikakap", "houses_heavy": "houses heavily damaged",
     "houses_light": "houses lightly damaged", "muntei": "dead in the hamlet of Muntei",
     "sabeu": "dead in the hamlet of Sabeugunggung", "malakopa": "dead in two hamlets of Malakopa",
     "cut": "how many fewer dead after the correction", "visit_days": "days after the disaster of the president's "
     "visit", "dead_pu": "dead in North Pagai district", "dead_ps": "dead in South Pagai district",
     "dead_ss": "dead in South Sipora district", "dead_sk": "dead in Sikakap district", "bridges": "bridges destroyed",
     "schools": "school buildings destroyed",
     # dates
     "quake": "day of the quake and tsunami", "count_tue": "day of the Tuesday count (108 dead)",
     "count_wed": "day of the Wednesday-night count", "count_thu": "day of the Thursday counts",
     "sby_visit": "day of the president's visit", "count31": "day of the count of 449 dead",
     "found_day": "day 135 missing were found alive", "ade": "day the BPBD official announced the correction",
     "count_nov5": "day of the corrected count (445 dead)", "count_nov12": "day of the count of 461 dead",
    }
    ms = [
     M(DT, "7,2 skala Richter", N, "magnitude", 7.2, cls="mag", src=BMKG),
     M(DT, "Senin (25/10/2010)", D, "quake", "2010-10-25"),
     M(DT, "10 kilometer", N, "depth", 10, cls="km"),
     M(DT, "Selasa (26/10/2010)", D, "count_tue", "2010-10-26"),
     M(DT, "108 orang", N, "dead", 108, TUE, src=BPBD),
     M(DT, "502 orang", N, "missing", 502, TUE, src=BPBD, fall=True),
     M(DT, "600 meter", N, "inland", 600, cls="m", src=BPBD),
     M(DT, "sekitar 3 meter", N, "wave", 3, qual="approx", cls="m", src=BNPB),
     M(DT, "113 orang", N, "dead", 113, TUE, src=HEALTH),
     M(DT, "150 orang", N, "missing", 150, TUE, src=HEALTH, fall=True),
     M(DT, "empat kecamatan", N, "districts", 4),
     M(DT, "640 kepala keluarga", N, "families", 640),
     M(DT, "11 jam", N, "voyage", 11, cls="dur"),

     M(R, "370", N, "dead", 370, THU_EVE, src=BPBD),
     M(R, "Thursday evening", D, "count_thu", "2010-10-28"),
     M(R, "343", N, "dead", 343, THU_MID, src=BPBD),
     M(R, "311", N, "dead", 311, WED, src=BPBD),
     M(R, "Wednesday", D, "count_wed", "2010-10-27"),
     M(R, "338 people", N, "missing", 338, THU_EVE, src=BPBD, fall=True),
     M(R, "410", N, "missing", 410, WED, src=BPBD, fall=True),
     M(R, "Wednesday night", D, "count_wed", "2010-10-27"),
     M(R, "Monday", D, "quake", "2010-10-25"),
     M(R, "78 km", N, "distance", 78, cls="km"),
     M(R, "magnitude 7.7", N, "magnitude", 7.7, cls="mag", src=USGS),
     M(R, "7.2", N, "magnitude", 7.2, cls="mag", src=BMKG),
     M(R, "3 metres", N, "wave", 3, cls="m", src=BNPB),
     M(R, "400 metres", N, "inland", 400, cls="m", src=BNPB),
     M(R, "Thursday", D, "sby_visit", "2010-10-28", occ=2),
     M(R, "Nine Australians", N, "surfers", 9),

     M(K, "449 orang", N, "dead", 449, SUN31, src=BPBD),
     M(K, "Minggu (31/10/2010)", D, "count31", "2010-10-31"),
     M(K, "96 orang", N, "missing", 96, SUN31, src=BPBD, fall=True),
     M(K, "270 orang", N, "injured_heavy", 270, SUN31),
     M(K, "142 orang", N, "injured_light", 142, SUN31),
     M(K, "Sabtu (30/10/2010)", D, "found_day", "2010-10-30"),
     M(K, "135 orang", N, "found_alive", 135),
     M(K, "14.983 jiwa", N, "displaced", 14983, SUN31, fall=True),
     M(K, "8.394 jiwa", N, "disp_ps", 8394, SUN31, fall=True),
     M(K, "2.793 jiwa", N, "disp_pu", 2793, SUN31, fall=True),
     M(K, "2.032 jiwa", N, "disp_ss", 2032, SUN31, fall=True),
     M(K, "1.764 jiwa", N, "disp_sk", 1764, SUN31, fall=True),
     M(K, "517 rumah", N, "houses_heavy", 517, SUN31),
     M(K, "204 rumah", N, "houses_light", 204, SUN31),
     M(K, "Kamis (28/10/2010)", D, "sby_visit", "2010-10-28"),
     M(K, "7,2 skala Richter", N, "magnitude", 7.2, cls="mag", src=BMKG),
     M(K, "Senin (25/10/2010)", D, "quake", "2010-10-25"),

     M(JP, "445", N, "dead", 445, NOV5, src=BPBD),
     M(JP, "four", N, "cut", 4),
     M(JP, "449", N, "dead", 449, SUN31, src=BPBD),
     M(JP, "Oct. 31", D, "count31", "2010-10-31"),
     M(JP, "Friday, Nov. 5", D, "count_nov5", "2010-11-05"),
     M(JP, "58 people", N, "missing", 58, NOV5, src=BPBD, fall=True),
     M(JP, "15,353 people", N, "displaced", 15353, NOV5, fall=True),
     M(JP, "Monday", D, "ade", "2010-11-01"),
     M(JP, "Monday, Oct. 25", D, "quake", "2010-10-25"),
     M(JP, "7.7-magnitude", N, "magnitude", 7.7, cls="mag", src=USGS),
     M(JP, "114 dead", N, "muntei", 114, NOV5),
     M(JP, "121", N, "sabeu", 121, NOV5),
     M(JP, "58 people", N, "malakopa", 58, NOV5, occ=2),
     M(JP, "Oct. 28", D, "sby_visit", "2010-10-28"),
     M(JP, "three days", N, "visit_days", 3, cls="dur"),

     M(T, "Jumat (12/11/2010)", D, "count_nov12", "2010-11-12"),
     M(T, "461 orang", N, "dead", 461, NOV12, src=BPBD),
     M(T, "43 orang", N, "missing", 43, NOV12, src=BPBD, fall=True),
     M(T, "445 orang", N, "dead", 445, NOV5, src=BPBD),
     M(T, "Jumat (5/11/2010)", D, "count_nov5", "2010-11-05"),
     M(T, "251 orang", N, "dead_pu", 251, NOV12),
     M(T, "178 orang", N, "dead_ps", 178, NOV12),
     M(T, "23 orang", N, "dead_ss", 23, NOV12),
     M(T, "9 orang", N, "dead_sk", 9, NOV12),
     M(T, "115", N, "muntei", 115, NOV12),
     M(T, "123 jiwa", N, "sabeu", 123, NOV12),
     M(T, "545 rumah", N, "houses_heavy", 545, NOV12),
     M(T, "204 rumah", N, "houses_light", 204, NOV12),
     M(T, "tujuh jembatan", N, "bridges", 7),
     M(T, "tujuh gedung sekolah", N, "schools", 7),
     M(T, "Sekitar 7.000 warga", N, "displaced", 7000, NOV12, qual="approx", fall=True),
     M(T, "7,2 skala Richter", N, "magnitude", 7.2, cls="mag", src=BMKG),
     M(T, "Senin (26/10/2010)", D, "quake", "2010-10-26", planted=True),
     M(T, "108 orang", N, "dead", 108, TUE, src=BPBD),
     M(T, "502 orang", N, "missing", 502, TUE, src=BPBD, fall=True),
    ]
    build("mentawai-tsunami-2010", "The tsunami that struck the Mentawai Islands (West Sumatra) on the night of Monday "
          "25 October 2010 after a quake of magnitude 7.2 by BMKG and 7.7 by the USGS: the province's (BPBD's) toll "
          "of 108 dead and 502 missing on Tuesday evening (the health ministry's 113 and 150); 311 dead and 410 "
          "missing on Wednesday night; 343 and then 370 dead with 338 missing on Thursday 28 October; 449 dead and "
          "96 missing on Sunday 31 October, after 135 people listed missing were found alive on Saturday; the dead "
          "lowered to 445 (58 missing) as of Friday 5 November when people listed as dead were found alive; 461 "
          "dead and 43 missing as of Friday 12 November", False, ms, names)


def cyprus():
    R, A, AP, K, T = "reuters-feb06", "antara-feb07", "ap-feb13", "kompas-feb14", "tempo-mar02"
    names = {
     "cd_r1": "Christodoulides's share in the first round", "mv_r1": "Mavroyiannis's share in the first round",
     "ne_r1": "Neofytou's share in the first round", "ch_r1": "Christou's share in the first round",
     "cd_votes_r1": "votes for Christodoulides in the first round",
     "mv_votes_r1": "votes for Mavroyiannis in the first round", "ne_votes_r1": "votes for Neofytou in the first "
     "round", "turnout_r1": "turnout in the first round", "voted_r1": "voters who cast a ballot in the first round",
     "registered": "registered voters", "candidates": "candidates in the first round",
     "threshold": "share needed to win outright", "cd_r2": "Christodoulides's share in the runoff",
     "mv_r2": "Mavroyiannis's share in the runoff", "cd_votes_r2": "votes for Christodoulides in the runoff",
     "mv_votes_r2": "votes for Mavroyiannis in the runoff", "disy_to_cd": "share of DISY's first-round voters "
     "who backed Christodoulides", "age_cd": "Christodoulides's age", "age_mv": "Mavroyiannis's age",
     "term": "length of the president's term", "terms": "terms Anastasiades served",
     "disy_years": "years DISY has held the presidency", "ministers": "ministers in the cabinet",
     "appointees": "appointments announced", "men": "men among the appointees", "women": "women among the "
     "appointees", "keravnos_years": "years since Keravnos last held the finance ministry",
     # dates
     "r1": "day of the first round", "runoff": "day of the runoff", "sworn": "day of the swearing-in",
     "office": "day the new president takes office", "cabinet": "day the cabinet was sworn in",
     "named": "day the appointments were announced", "y2013": "year Anastasiades was first elected",
     "y2018": "year Anastasiades was re-elected", "y1974": "year of the island's division",
     "y2017": "year the last reunification talks collapsed",
    }
    ms = [
     M(R, "Feb. 12", D, "runoff", "2023-02-12"),
     M(R, "Sunday", D, "r1", "2023-02-05"),
     M(R, "49", N, "age_cd", 49, cls="age"),
     M(R, "32.04%", N, "cd_r1", 32.04, cls="pct"),
     M(R, "127,305 votes", N, "cd_votes_r1", 127305),
     M(R, "66", N, "age_mv", 66, cls="age"),
     M(R, "29.6%", N, "mv_r1", 29.6, cls="pct"),
     M(R, "117,627 votes", N, "mv_votes_r1", 117627),
     M(R, "26.11%", N, "ne_r1", 26.11, cls="pct"),
     M(R, "ten years", N, "disy_years", 10, cls="dur"),
     M(R, "6.04%", N, "ch_r1", 6.04, cls="pct"),
     M(R, "72.05%", N, "turnout_r1", 72.05, cls="pct"),
     M(R, "404,403", N, "voted_r1", 404403),
     M(R, "561,273", N, "registered", 561273),
     M(R, "Fourteen candidates", N, "candidates", 14),
     M(R, "more than 50%", N, "threshold", 50, qual="morethan", cls="pct"),
     M(R, "2013", D, "y2013", "2013"),
     M(R, "2018", D, "y2018", "2018"),
     M(R, "five-year", N, "term", 5, cls="dur"),

     M(A, "Minggu (12/2/2023)", D, "runoff", "2023-02-12"),
     M(A, "Minggu (5/2/2023)", D, "r1", "2023-02-05"),
     M(A, "32,04 persen", N, "cd_r1", 32.04, cls="pct"),
     M(A, "127.305 suara", N, "cd_votes_r1", 127305),
     M(A, "29,6 persen", N, "mv_r1", 29.6, cls="pct"),
     M(A, "117.267 suara", N, "mv_votes_r1", 117267, planted=True),
     M(A, "26,11 persen", N, "ne_r1", 26.11, cls="pct"),
     M(A, "103.755 suara", N, "ne_votes_r1", 103755),
     M(A, "6,04 persen", N, "ch_r1", 6.04, cls="pct"),
     M(A, "72,05 persen", N, "turnout_r1", 72.05, cls="pct"),
     M(A, "lebih dari 50 persen", N, "threshold", 50, qual="morethan", cls="pct"),
     M(A, "49 tahun", N, "age_cd", 49, cls="age"),
     M(A, "66 tahun", N, "age_mv", 66, cls="age"),
     M(A, "1974", D, "y1974", "1974"),
     M(A, "2017", D, "y2017", "2017"),
     M(A, "dua periode", N, "terms", 2),

     M(AP, "Sunday", D, "runoff", "2023-02-12"),
     M(AP, "51.92%", N, "cd_r2", 51.92, cls="pct"),
     M(AP, "48.08%", N, "mv_r2", 48.08, cls="pct"),
     M(AP, "204,680 votes", N, "cd_votes_r2", 204680),
     M(AP, "189,522", N, "mv_votes_r2", 189522),
     M(AP, "about 75%", N, "disy_to_cd", 75, qual="approx", cls="pct"),
     M(AP, "49", N, "age_cd", 49, cls="age"),
     M(AP, "Feb. 28", D, "sworn", "2023-02-28"),
     M(AP, "March 1", D, "office", "2023-03-01"),
     M(AP, "Feb. 5", D, "r1", "2023-02-05"),
     M(AP, "32.04%", N, "cd_r1", 32.04, cls="pct"),
     M(AP, "29.6%", N, "mv_r1", 29.6, cls="pct"),
     M(AP, "five-year", N, "term", 5, cls="dur"),
     M(AP, "2017", D, "y2017", "2017"),

     M(K, "Minggu (13/2/2023)", D, "runoff", "2023-02-13", planted=True),
     M(K, "51,92 persen", N, "cd_r2", 51.92, cls="pct"),
     M(K, "48,08 persen", N, "mv_r2", 48.08, cls="pct"),
     M(K, "204.680 suara", N, "cd_votes_r2", 204680),
     M(K, "189.522 suara", N, "mv_votes_r2", 189522),
     M(K, "28 Februari 2023", D, "sworn", "2023-02-28"),
     M(K, "1 Maret 2023", D, "office", "2023-03-01"),
     M(K, "2013", D, "y2013", "2013"),
     M(K, "5 Februari", D, "r1", "2023-02-05"),
     M(K, "32,04 persen", N, "cd_r1", 32.04, cls="pct"),
     M(K, "29,6 persen", N, "mv_r1", 29.6, cls="pct"),
     M(K, "117.627 suara", N, "mv_votes_r1", 117627),
     M(K, "2017", D, "y2017", "2017"),

     M(T, "Rabu (1/3/2023)", D, "cabinet", "2023-03-01"),
     M(T, "Selasa (28/2/2023)", D, "sworn", "2023-02-28"),
     M(T, "11 menteri", N, "ministers", 11),
     M(T, "25 nama", N, "appointees", 25),
     M(T, "Senin (27/2/2023)", D, "named", "2023-02-27"),
     M(T, "14 orang", N, "men", 14),
     M(T, "11 orang", N, "women", 11),
     M(T, "20 tahun", N, "keravnos_years", 20, cls="dur"),
     M(T, "49 tahun", N, "age_cd", 49, cls="age"),
     M(T, "12 Februari", D, "runoff", "2023-02-12"),
     M(T, "51,92 persen", N, "cd_r2", 51.92, cls="pct"),
     M(T, "dua periode", N, "terms", 2),
     M(T, "lima tahun", N, "term", 5, cls="dur"),
     M(T, "2013", D, "y2013", "2013"),
    ]
    build("cyprus-presidential-2023", "Cyprus's presidential election of 2023: the first round of Sunday 5 February "
          "(14 candidates; Christodoulides 32.04% or 127,305 votes, Mavroyiannis 29.6% or 117,627, Neofytou 26.11% "
          "or 103,755, Christou 6.04%; turnout 72.05%, 404,403 of 561,273 registered voters); the runoff of Sunday 12 "
          "February (Christodoulides 51.92% or 204,680 votes, Mavroyiannis 48.08% or 189,522, all ballots counted); "
          "the swearing-in before parliament on Tuesday 28 February, office from 1 March, the cabinet sworn in on "
          "Wednesday 1 March 2023 (25 appointments announced on Monday 27 February: 14 men, 11 women; 11 ministers)",
          False, ms, names)


def ghana():
    R, J, B, KT = "reuters-sep27", "joy-sep28", "bisnis-sep29", "kontan-sep30"
    names = {
     "rate": "the new policy rate", "prev_rate": "the rate before the decision (set in January)",
     "jan_prev": "the rate before January's cut", "cut": "size of the cut", "jan_cut": "size of January's cut",
     "cpi_aug": "inflation in August", "cpi_jul": "inflation in July", "gdp_q2": "growth in the second quarter",
     "tgt24_lo": "low end of the end-2024 inflation target", "tgt24_hi": "high end of the end-2024 inflation target",
     "tgt25_lo": "low end of the end-2025 inflation range", "tgt25_hi": "high end of the end-2025 inflation range",
     "months_decline": "months inflation has fallen in a row", "growth_years": "years since growth was this fast",
     "imf": "the IMF programme",
     # dates
     "decision": "day of the decision", "jan": "month of the previous cut", "aug": "month of the inflation reading",
     "jul": "month of the previous inflation reading", "end2024": "the end of 2024", "end2025": "the end of 2025",
     "last_big": "month of the last cut this large", "default": "year of the default",
    }
    ms = [
     M(R, "200 basis points", N, "cut", 200, cls="bp"),
     M(R, "27%", N, "rate", 27, cls="pct"),
     M(R, "Friday", D, "decision", "2024-09-27"),
     M(R, "100-basis-point", N, "jan_cut", 100, cls="bp"),
     M(R, "29%", N, "prev_rate", 29, cls="pct"),
     M(R, "January", D, "jan", "2024-01"),
     M(R, "20.4%", N, "cpi_aug", 20.4, cls="pct"),
     M(R, "August", D, "aug", "2024-08"),
     M(R, "20.9%", N, "cpi_jul", 20.9, cls="pct"),
     M(R, "July", D, "jul", "2024-07"),
     M(R, "6.9%", N, "gdp_q2", 6.9, cls="pct"),
     M(R, "five years", N, "growth_years", 5, cls="dur"),
     M(R, "13% to 17%", N, "tgt24_lo", 13, cls="pct", also=(("tgt24_hi", 17),)),
     M(R, "the end of 2024", D, "end2024", "2024"),
     M(R, "6% to 10%", N, "tgt25_lo", 6, cls="pct", also=(("tgt25_hi", 10),)),
     M(R, "the end of 2025", D, "end2025", "2025"),
     M(R, "March 2018", D, "last_big", "2018-03"),
     M(R, "2022", D, "default", "2022"),
     M(R, "$3 billion", N, "imf", 3e9, cls="money"),

     M(J, "2 percentage points", N, "cut", 200, qual="unit", cls="bp"),
     M(J, "29 per cent", N, "prev_rate", 29, cls="pct"),
     M(J, "27 per cent", N, "rate", 27, cls="pct"),
     M(J, "Friday, September 27", D, "decision", "2024-09-27"),
     M(J, "five consecutive months", N, "months_decline", 5, cls="dur"),
     M(J, "20.4 per cent", N, "cpi_aug", 20.4, cls="pct"),
     M(J, "August", D, "aug", "2024-08"),
     M(J, "6.9 per cent", N, "gdp_q2", 6.9, cls="pct"),
     M(J, "13 to 17 per cent", N, "tgt24_lo", 13, cls="pct", also=(("tgt24_hi", 17),)),
     M(J, "end-2024", D, "end2024", "2024"),
     M(J, "6 to 10 per cent", N, "tgt25_lo", 6, cls="pct", also=(("tgt25_hi", 10),)),
     M(J, "the end of 2025", D, "end2025", "2025"),
     M(J, "January 2024", D, "jan", "2024-01"),
     M(J, "100 basis points", N, "jan_cut", 100, cls="bp"),

     M(B, "200 basis poin", N, "cut", 200, cls="bp"),
     M(B, "29%", N, "prev_rate", 29, cls="pct"),
     M(B, "27%", N, "rate", 27, cls="pct"),
     M(B, "Jumat (27/9/2024)", D, "decision", "2024-09-27"),
     M(B, "lima bulan", N, "months_decline", 5, cls="dur"),
     M(B, "20,4%", N, "cpi_aug", 20.4, cls="pct"),
     M(B, "Agustus 2024", D, "aug", "2024-08"),
     M(B, "20,9%", N, "cpi_jul", 20.9, cls="pct"),
     M(B, "Juli", D, "jul", "2024-07"),
     M(B, "6,9%", N, "gdp_q2", 6.9, cls="pct"),
     M(B, "100 basis poin", N, "jan_cut", 100, cls="bp"),
     M(B, "Januari 2024", D, "jan", "2024-01"),
     M(B, "Maret 2018", D, "last_big", "2018-03"),
     M(B, "13%-17%", N, "tgt24_lo", 13, cls="pct", also=(("tgt24_hi", 17),)),
     M(B, "akhir 2024", D, "end2024", "2024"),
     M(B, "6%-10%", N, "tgt25_lo", 6, cls="pct", also=(("tgt25_hi", 10),)),
     M(B, "akhir 2025", D, "end2025", "2025"),
     M(B, "2022", D, "default", "2022"),
     M(B, "US$3 miliar", N, "imf", 3e9, cls="money"),

     M(KT, "2 poin persentase", N, "cut", 200, qual="unit", cls="bp"),
     M(KT, "27 persen", N, "rate", 27, cls="pct"),
     M(KT, "Jumat, 27 September 2024", D, "decision", "2024-09-27"),
     M(KT, "29 persen", N, "prev_rate", 29, cls="pct"),
     M(KT, "Januari 2024", D, "jan", "2024-01"),
     M(KT, "30 persen", N, "jan_prev", 30, cls="pct"),
     M(KT, "Agustus 2024", D, "aug", "2024-08"),
     M(KT, "20,4 persen", N, "cpi_aug", 20.4, cls="pct"),
     M(KT, "20,9 persen", N, "cpi_jul", 20.9, cls="pct"),
     M(KT, "Juli 2024", D, "jul", "2024-07"),
     M(KT, "6,9 persen", N, "gdp_q2", 6.9, cls="pct"),
     M(KT, "13 persen hingga 17 persen", N, "tgt24_lo", 13, cls="pct", also=(("tgt24_hi", 17),)),
     M(KT, "akhir 2025", D, "end2025", "2025"),
     M(KT, "6 persen hingga 10 persen", N, "tgt25_lo", 6, cls="pct", also=(("tgt25_hi", 10),)),
     M(KT, "200 basis poin", N, "cut", 200, cls="bp"),
     M(KT, "Maret 2018", D, "last_big", "2018-03"),
    ]
    build("ghana-rate-2024", "The Bank of Ghana's rate decision (control) of Friday 27 September 2024: the policy "
          "rate cut 200 basis points from 29% to 27%, the second cut of the year after January's 100 basis points "
          "(from 30%), the largest since March 2018; inflation 20.4% in August (20.9% in July), falling five months "
          "in a row; growth of 6.9% in the second quarter; inflation expected in the 13-17% target range by the end "
          "of 2024 and at 6-10% by the end of 2025; a $3 billion IMF programme after the 2022 default. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    mentawai()
    cyprus()
    ghana()
