"""The hundred-and-eighty-first development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset181/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def gayo():
    K, R, D1, A, J = "kompas-jul03", "reuters-jul04", "detik-jul05", "antara-jul07", "jakpost-jul25"
    # as-of times of the running tallies: Wednesday 3 July 2013 (the agency head's statement and the aftershocks to
    # Wednesday midday), Thursday 4 July (the spokesman's written statement), Thursday night (the Bener Meriah post's
    # meeting: nine dead in the regency, down from 14), Friday 5 July (the agency head's corrected count), Sunday 7
    # July and Sunday 14 July. The dead, the dead by regency, the injured, the houses and the public buildings damaged
    # do not fall: lower figures later are revisions (Bener Meriah's 12/14 -> 9 -> 8). The missing (found or counted
    # again) and the displaced (going home) may fall. The displaced's peak is its own fact (its day is not given).
    WED, THU, THU_N, FRI, SUN7, SUN14 = ("2013-07-03", "2013-07-04a", "2013-07-04b", "2013-07-05", "2013-07-07",
                                         "2013-07-14")
    BMKG, USGS = "BMKG", "the US Geological Survey"
    names = {
     "mag": "the quake's magnitude", "aftermag": "the evening aftershock's magnitude", "dist": "distance from Bener "
     "Meriah (km)", "depth": "depth (km)", "dead": "people killed", "dead_at": "dead in Central Aceh",
     "dead_bm": "dead in Bener Meriah", "injured": "people injured", "missing": "people missing",
     "buildings_at": "buildings damaged in Central Aceh (Wednesday)", "sites": "places where the displaced shelter",
     "aftershocks": "aftershocks recorded", "bulldozers": "bulldozers brought to Takengon", "troops": "troops on standby",
     "houses": "houses damaged", "houses_bm": "houses damaged in Bener Meriah", "heavy_bm": "houses moderately or "
     "heavily damaged in Bener Meriah", "light_bm": "houses lightly damaged in Bener Meriah",
     "public": "public buildings damaged", "severe": "seriously injured in hospital", "outpatients": "outpatients",
     "displaced": "people displaced", "villages_hit": "villages affected in Central Aceh",
     "villages_all": "villages in Central Aceh", "trucks": "trucks of the president's aid", "tons": "tons of aid",
     "temp": "night temperature", "peak": "the displaced at their peak", "displaced_at": "displaced in Central Aceh",
     "displaced_bm": "displaced in Bener Meriah", "subdistricts": "subdistricts with displaced in Central Aceh",
     "tents": "tents sent", "tents_more": "tents to be added", "machines": "heavy machines in the search",
     "bm_period": "Bener Meriah's emergency period", "prov_period": "the province's emergency period",
     # dates
     "quake": "day of the earthquake", "stmt_wed": "day of the agency head's first statement",
     "stmt_thu": "day of the spokesman's statement", "stmt_fri": "day of the agency head's corrected count",
     "meeting": "day of the Bener Meriah post's meeting", "asof_sun7": "day of the count of 40",
     "aid": "day the president's aid arrived", "stmt_sun14": "day of the count of 42",
     "bm_start": "start of Bener Meriah's emergency period", "bm_end": "end of Bener Meriah's emergency period",
     "prov_start": "start of the province's emergency period", "prov_end": "end of the province's emergency period",
    }
    ms = [
     M(K, "bermagnitudo 6,2", N, "mag", 6.2, src=BMKG, cls="mag"),
     M(K, "Selasa (2/7/2013)", D, "quake", "2013-07-02"),
     M(K, "35 km", N, "dist", 35, cls="km"),
     M(K, "10 km", N, "depth", 10, cls="km"),
     M(K, "Rabu (3/7/2013)", D, "stmt_wed", "2013-07-03"),
     M(K, "22 orang", N, "dead", 22, WED),
     M(K, "210 orang", N, "injured", 210, WED),
     M(K, "10 orang", N, "dead_at", 10, WED),
     M(K, "12 orang", N, "dead_bm", 12, WED),
     M(K, "sekitar 1.500 bangunan", N, "buildings_at", 1500, WED, qual="approx"),
     M(K, "10 titik", N, "sites", 10, WED),
     M(K, "5,5", N, "aftermag", 5.5, src=BMKG, cls="mag"),
     M(K, "16 kali", N, "aftershocks", 16, WED),

     M(R, "At least 24 people", N, "dead", 24, THU, qual="atleast"),
     M(R, "Tuesday", D, "quake", "2013-07-02"),
     M(R, "Thursday", D, "stmt_thu", "2013-07-04"),
     M(R, "Fourteen of the dead", N, "dead_bm", 14, THU),
     M(R, "10 in Central Aceh", N, "dead_at", 10, THU),
     M(R, "two people", N, "missing", 2, THU, fall=True),
     M(R, "249", N, "injured", 249, THU),
     M(R, "6.2", N, "mag", 6.2, src=BMKG, cls="mag"),
     M(R, "6.1", N, "mag", 6.1, src=USGS, cls="mag"),
     M(R, "10 km", N, "depth", 10, cls="km"),
     M(R, "35 km", N, "dist", 35, cls="km"),
     M(R, "two bulldozers", N, "bulldozers", 2, THU),
     M(R, "one-week", N, "bm_period", 7, cls="dur"),
     M(R, "July 3", D, "bm_start", "2013-07-03"),
     M(R, "July 9", D, "bm_end", "2013-07-09"),
     M(R, "1,524 soldiers", N, "troops", 1524, THU),

     M(D1, "Jumat (5/7/2013)", D, "stmt_fri", "2013-07-05"),
     M(D1, "32 orang", N, "dead", 32, FRI),
     M(D1, "delapan orang", N, "missing", 8, FRI, fall=True),
     M(D1, "275 orang", N, "injured", 275, FRI),
     M(D1, "4.292 rumah", N, "houses", 4292, FRI),
     M(D1, "83 bangunan fasilitas umum", N, "public", 83, FRI),
     M(D1, "Kamis (4/7/2013)", D, "meeting", "2013-07-04"),
     M(D1, "sembilan korban", N, "dead_bm", 9, THU_N),
     M(D1, "789 rumah", N, "houses_bm", 789, THU_N),
     M(D1, "537", N, "heavy_bm", 537, THU_N),
     M(D1, "252 rusak ringan", N, "light_bm", 252, THU_N),
     M(D1, "bermagnitudo 6,2", N, "mag", 6.2, src=BMKG, cls="mag"),
     M(D1, "Rabu (3/7/2013)", D, "quake", "2013-07-03", planted=True),

     M(A, "40 orang", N, "dead", 40, SUN7),
     M(A, "Minggu (7/7/2013)", D, "asof_sun7", "2013-07-07"),
     M(A, "31 orang", N, "dead_at", 31, SUN7),
     M(A, "sembilan orang", N, "dead_bm", 9, SUN7),
     M(A, "empat orang", N, "missing", 4, SUN7, fall=True),
     M(A, "63 orang", N, "severe", 63, SUN7),
     M(A, "2.362 orang", N, "outpatients", 2362, SUN7),
     M(A, "22.125 orang", N, "displaced", 22125, SUN7, fall=True),
     M(A, "15.919 rumah", N, "houses", 15919, SUN7),
     M(A, "623 bangunan fasilitas umum", N, "public", 623, SUN7),
     M(A, "232", N, "villages_hit", 232, SUN7),
     M(A, "352 desa", N, "villages_all", 352),
     M(A, "empat truk", N, "trucks", 4, SUN7),
     M(A, "Sabtu (6/7/2013)", D, "aid", "2013-07-06"),
     M(A, "40 ton", N, "tons", 40, SUN7, qual="morethan", cls="ton"),
     M(A, "14 derajat Celsius", N, "temp", 14, cls="temp"),
     M(A, "bermagnitudo 6,2", N, "mag", 6.2, src=BMKG, cls="mag"),
     M(A, "Selasa (2/7/2013)", D, "quake", "2013-07-02"),
     M(A, "10 km", N, "depth", 10, cls="km"),

     M(J, "July 2", D, "quake", "2013-07-02"),
     M(J, "42", N, "dead", 42, SUN14),
     M(J, "July 14", D, "stmt_sun14", "2013-07-14"),
     M(J, "Thirty-four people", N, "dead_at", 34, SUN14),
     M(J, "eight in Bener Meriah", N, "dead_bm", 8, SUN14),
     M(J, "six people", N, "missing", 6, SUN14, fall=True),
     M(J, "three heavy machines", N, "machines", 3, SUN14),
     M(J, "52,113", N, "peak", 52113),
     M(J, "36,905", N, "displaced", 36905, SUN14, fall=True),
     M(J, "32,129", N, "displaced_at", 32129, SUN14, fall=True),
     M(J, "10 subdistricts", N, "subdistricts", 10, SUN14),
     M(J, "4,776", N, "displaced_bm", 4776, SUN14, fall=True),
     M(J, "84 tents", N, "tents", 84, SUN14),
     M(J, "66 more", N, "tents_more", 66, SUN14),
     M(J, "two weeks", N, "prov_period", 14, cls="dur"),
     M(J, "July 3", D, "prov_start", "2013-07-03"),
     M(J, "July 17", D, "prov_end", "2013-07-17"),
     M(J, "magnitude 6.2", N, "mag", 6.2, src=BMKG, cls="mag"),
     M(J, "10 km", N, "depth", 10, cls="km"),
    ]
    build("gayo-quake-2013", "The magnitude 6.2 earthquake in Aceh's Gayo highlands (Tuesday 2 July 2013, 14.37 WIB, "
          "35 km southwest of Bener Meriah, 10 km deep; the USGS's 6.1): 22 dead on Wednesday 3 July (10 in Central "
          "Aceh, 12 in Bener Meriah), at least 24 on Thursday (14 in Bener Meriah), 32 on Friday 5 July (Bener Meriah "
          "revised to 9 on Thursday night), 40 on Sunday 7 July, 42 on Sunday 14 July (34 and 8); injured 210 -> 249 "
          "-> 275; missing 2 -> 8 -> 4 -> 6; houses 4,292 -> 15,919; displaced 22,125 -> 36,905 (peak 52,113)",
          False, ms, names)


def sumut():
    T, K, J, A = "tribun-jul08", "kompas-jul09", "jakpost-jul10", "antara-sep05"
    # The province's recapitulation of Sunday 8 July 2018: a partial tally at the lunch break (12 of 33 regencies and
    # cities, 12.30 WIB) and the final tally at the end of the meeting (past midnight). The partial figures are an
    # earlier as-of time of the same counts (update). Results do not change with the day of the report after that.
    PART, FINAL = "2018-07-08a", "2018-07-08b"
    names = {
     "regions_done": "regencies and cities tallied", "remaining": "regencies and cities still to tally",
     "eramas": "votes for Edy Rahmayadi-Musa Rajekshah", "djoss": "votes for Djarot Saiful Hidayat-Sihar Sitorus",
     "won_e": "regencies and cities won by Edy-Musa", "won_d": "regencies and cities won by Djarot-Sihar",
     "provinces": "other provinces electing a governor", "eramas_pct": "Edy-Musa's share", "djoss_pct": "Djarot-Sihar's "
     "share", "margin": "the margin in votes", "margin_pct": "the margin in points", "valid": "valid votes",
     "invalid": "invalid votes", "total": "votes cast", "medan_e": "Edy-Musa's votes in Medan",
     "medan_d": "Djarot-Sihar's votes in Medan", "turnout": "turnout in Medan (2018)", "turnout13": "turnout in Medan "
     "(2013)", "regions": "regions holding elections", "others": "other pairs sworn in", "pairs": "pairs sworn in",
     # dates
     "recap": "day of the provincial recapitulation", "vote": "polling day", "refusal": "day the witnesses refused to "
     "sign", "sworn": "day of the swearing-in", "decree": "date of the first presidential decree",
    }
    ms = [
     M(T, "Minggu (8/7/2018)", D, "recap", "2018-07-08"),
     M(T, "12 kabupaten/kota", N, "regions_done", 12, PART),
     M(T, "21 daerah", N, "remaining", 21, PART),
     M(T, "1.647.558 suara", N, "eramas", 1647558, PART),
     M(T, "1.339.443 suara", N, "djoss", 1339443, PART),
     M(T, "enam daerah", N, "won_e", 6, PART, also={"won_d": 6}),
     M(T, "Rabu (27/6/2018)", D, "vote", "2018-06-27"),
     M(T, "16 provinsi", N, "provinces", 16),

     M(K, "Minggu (8/7/2018)", D, "recap", "2018-07-08"),
     M(K, "3.291.137 suara", N, "eramas", 3291137, FINAL),
     M(K, "57,58 persen", N, "eramas_pct", 57.58, cls="pct"),
     M(K, "2.424.960 suara", N, "djoss", 2424960, FINAL),
     M(K, "42,42 persen", N, "djoss_pct", 42.42, cls="pct"),
     M(K, "866.177 suara", N, "margin", 866177, FINAL),
     M(K, "15,16 persen", N, "margin_pct", 15.16, cls="pct"),
     M(K, "5.716.097", N, "valid", 5716097, FINAL),
     M(K, "90.770", N, "invalid", 90770, FINAL),
     M(K, "5.806.867", N, "total", 5806867, FINAL),
     M(K, "17 kabupaten/kota", N, "won_e", 17, FINAL),
     M(K, "16 kabupaten/kota", N, "won_d", 16, FINAL),
     M(K, "551.641 suara", N, "medan_e", 551641, FINAL),
     M(K, "357.377 suara", N, "medan_d", 357377, FINAL),
     M(K, "58,38 persen", N, "turnout", 58.38, cls="pct"),
     M(K, "36,58 persen", N, "turnout13", 36.58, cls="pct"),

     M(J, "57.58 percent", N, "eramas_pct", 57.58, cls="pct"),
     M(J, "42.42 percent", N, "djoss_pct", 42.42, cls="pct"),
     M(J, "about 3.29 million", N, "eramas", 3290000, FINAL, qual="approx"),
     M(J, "about 2.42 million", N, "djoss", 2420000, FINAL, qual="approx"),
     M(J, "more than 866,000", N, "margin", 866000, FINAL, qual="morethan"),
     M(J, "17", N, "won_e", 17, FINAL),
     M(J, "33", N, "regions_done", 33, FINAL),
     M(J, "16", N, "won_d", 16, FINAL),
     M(J, "Monday", D, "refusal", "2018-07-09"),
     M(J, "June 28", D, "vote", "2018-06-28", planted=True),
     M(J, "171 regions", N, "regions", 171),

     M(A, "Rabu (5/9/2018)", D, "sworn", "2018-09-05"),
     M(A, "delapan pasangan", N, "others", 8),
     M(A, "sembilan pasangan", N, "pairs", 9),
     M(A, "28 Agustus 2018", D, "decree", "2018-08-28"),
     M(A, "27 Juni 2018", D, "vote", "2018-06-27"),
     M(A, "3.219.137 suara", N, "eramas", 3219137, FINAL, planted=True),
     M(A, "57,58 persen", N, "eramas_pct", 57.58, cls="pct"),
     M(A, "Minggu (8/7/2018)", D, "recap", "2018-07-08"),
    ]
    build("sumut-pilgub-2018", "The North Sumatra governor election of Wednesday 27 June 2018: the provincial KPU's "
          "recapitulation of Sunday 8 July 2018 (12 of 33 regencies and cities by 12.30 WIB: Edy Rahmayadi-Musa "
          "Rajekshah 1,647,558, Djarot Saiful Hidayat-Sihar Sitorus 1,339,443; final: 3,291,137 (57.58%) against "
          "2,424,960 (42.42%), 17 regencies and cities against 16), the witnesses' refusal on Monday 9 July, the "
          "swearing-in by the president on Wednesday 5 September 2018", False, ms, names)


def bali():
    B, S, A, J = "beritabali-feb03", "bisnis-feb04", "antara-feb05", "jakpost-feb06"
    names = {
     "arrivals": "foreign visits in December 2019", "airport": "visits through the airport", "sea": "visits by sea",
     "mom": "rise on November", "yoy": "rise on December 2018", "aus": "Australians' share", "chn": "Chinese share",
     "ind": "Indians' share", "usa": "Americans' share", "sgp": "Singaporeans' share", "tpk": "hotel occupancy in "
     "December 2019", "tpk_nov": "hotel occupancy in November 2019", "tpk_gain": "occupancy gain on November",
     "tpk_dec18": "hotel occupancy in December 2018", "tpk_yoy": "occupancy gain on December 2018",
     "stay": "average stay in December 2019", "stay_nov": "average stay in November 2019", "stay_dec18": "average "
     "stay in December 2018", "stay_yoy": "change in the stay on December 2018", "stay_mom": "change in the stay on "
     "November", "arr_dec18": "foreign visits in December 2018",
     # dates
     "release": "day of the release", "dec19": "December 2019", "nov19": "November 2019", "dec18": "December 2018",
     "early20": "early 2020",
    }
    ms = [
     M(B, "552.403 kunjungan", N, "arrivals", 552403),
     M(B, "Desember 2019", D, "dec19", "2019-12"),
     M(B, "544.726 kunjungan", N, "airport", 544726),
     M(B, "7.677 kunjungan", N, "sea", 7677),
     M(B, "10,94 persen", N, "mom", 10.94, cls="pct"),
     M(B, "November 2019", D, "nov19", "2019-11"),
     M(B, "10,74 persen", N, "yoy", 10.74, cls="pct"),
     M(B, "Desember 2018", D, "dec18", "2018-12"),
     M(B, "Senin (3/2/2020)", D, "release", "2020-02-03"),
     M(B, "20,40 persen", N, "aus", 20.40, cls="pct"),
     M(B, "14,66 persen", N, "chn", 14.66, cls="pct"),
     M(B, "7,20 persen", N, "ind", 7.20, cls="pct"),
     M(B, "4,70 persen", N, "usa", 4.70, cls="pct"),
     M(B, "4,58 persen", N, "sgp", 4.58, cls="pct"),
     M(B, "62,55 persen", N, "tpk", 62.55, cls="pct"),
     M(B, "3,10 poin", N, "tpk_gain", 3.10, cls="pts"),
     M(B, "59,46 persen", N, "tpk_nov", 59.46, cls="pct"),
     M(B, "57,62 persen", N, "tpk_dec18", 57.62, cls="pct"),
     M(B, "4,93 poin", N, "tpk_yoy", 4.93, cls="pts"),
     M(B, "2,75 hari", N, "stay", 2.75, cls="days"),
     M(B, "2,71 hari", N, "stay_nov", 2.71, cls="days"),
     M(B, "2,81 hari", N, "stay_dec18", 2.81, cls="days"),

     M(S, "552.403 kunjungan", N, "arrivals", 552403),
     M(S, "Desember 2019", D, "dec19", "2019-12"),
     M(S, "Senin (3/2/2020)", D, "release", "2020-02-03"),
     M(S, "10,74 persen", N, "yoy", 10.74, cls="pct"),
     M(S, "10,94 persen", N, "mom", 10.94, cls="pct"),
     M(S, "544.726 kunjungan", N, "airport", 544726),
     M(S, "7.677 kunjungan", N, "sea", 7677),
     M(S, "Desember 2018", D, "dec18", "2018-12"),
     M(S, "498.819 kunjungan", N, "arr_dec18", 498819),
     M(S, "20,40 persen", N, "aus", 20.40, cls="pct"),
     M(S, "14,66 persen", N, "chn", 14.66, cls="pct"),
     M(S, "7,20 persen", N, "ind", 7.20, cls="pct"),
     M(S, "62,55 persen", N, "tpk", 62.55, cls="pct"),
     M(S, "59,46 persen", N, "tpk_nov", 59.46, cls="pct"),
     M(S, "November", D, "nov19", "2019-11"),
     M(S, "57,62 persen", N, "tpk_dec18", 57.62, cls="pct"),
     M(S, "2,75 hari", N, "stay", 2.75, cls="days"),
     M(S, "0,06 poin", N, "stay_yoy", 0.06, cls="pts"),
     M(S, "awal 2020", D, "early20", "2020"),

     M(A, "552.403 kunjungan", N, "arrivals", 552403),
     M(A, "Desember 2019", D, "dec19", "2019-12"),
     M(A, "Senin (3/2/2020)", D, "release", "2020-02-03"),
     M(A, "10,74 persen", N, "yoy", 10.74, cls="pct"),
     M(A, "Desember 2018", D, "dec18", "2018-12"),
     M(A, "November 2019", D, "nov19", "2019-11"),
     M(A, "10,94 persen", N, "mom", 10.94, cls="pct"),
     M(A, "544.726 kunjungan", N, "airport", 544726),
     M(A, "7.677 kunjungan", N, "sea", 7677),
     M(A, "20,40 persen", N, "aus", 20.40, cls="pct"),
     M(A, "14,66 persen", N, "chn", 14.66, cls="pct"),
     M(A, "7,20 persen", N, "ind", 7.20, cls="pct"),
     M(A, "4,70 persen", N, "usa", 4.70, cls="pct"),
     M(A, "4,58 persen", N, "sgp", 4.58, cls="pct"),
     M(A, "62,55 persen", N, "tpk", 62.55, cls="pct"),
     M(A, "3,10 poin", N, "tpk_gain", 3.10, cls="pts"),
     M(A, "4,93 poin", N, "tpk_yoy", 4.93, cls="pts"),
     M(A, "2,75 hari", N, "stay", 2.75, cls="days"),
     M(A, "0,04 poin", N, "stay_mom", 0.04, cls="pts"),

     M(J, "552,403", N, "arrivals", 552403),
     M(J, "December 2019", D, "dec19", "2019-12"),
     M(J, "10.74 percent", N, "yoy", 10.74, cls="pct"),
     M(J, "Monday", D, "release", "2020-02-03"),
     M(J, "10.94 percent", N, "mom", 10.94, cls="pct"),
     M(J, "November", D, "nov19", "2019-11"),
     M(J, "Some 544,726", N, "airport", 544726),
     M(J, "7,677", N, "sea", 7677),
     M(J, "20.40 percent", N, "aus", 20.40, cls="pct"),
     M(J, "14.66 percent", N, "chn", 14.66, cls="pct"),
     M(J, "7.20 percent", N, "ind", 7.20, cls="pct"),
     M(J, "62.55 percent", N, "tpk", 62.55, cls="pct"),
     M(J, "59.46 percent", N, "tpk_nov", 59.46, cls="pct"),
     M(J, "3.10 points", N, "tpk_gain", 3.10, cls="pts"),
     M(J, "57.62 percent", N, "tpk_dec18", 57.62, cls="pct"),
     M(J, "2.75 days", N, "stay", 2.75, cls="days"),
     M(J, "2.71 days", N, "stay_nov", 2.71, cls="days"),
     M(J, "2.81 days", N, "stay_dec18", 2.81, cls="days"),
     M(J, "December 2018", D, "dec18", "2018-12"),
     M(J, "498,819", N, "arr_dec18", 498819),
    ]
    build("bali-arrivals-2019", "Statistics Indonesia's Bali office's release (control) of Monday 3 February 2020: "
          "552,403 foreign visits to Bali in December 2019 (544,726 by air, 7,677 by sea), up 10.94% on November and "
          "10.74% on December 2018 (498,819); Australians 20.40%, Chinese 14.66%, Indians 7.20%, Americans 4.70%, "
          "Singaporeans 4.58%; star-rated hotel occupancy 62.55% (59.46% in November, up 3.10 points; 57.62% in "
          "December 2018, up 4.93 points); average stay 2.75 days (2.71 in November, 2.81 in December 2018). Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    gayo()
    sumut()
    bali()
