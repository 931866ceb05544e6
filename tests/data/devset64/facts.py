"""The sixty-fourth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset64/facts.py``.
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
    R, K, A, T, P = "reuters-may03", "kompas-may05", "ap-may06", "tempo-may16", "antara-jun19"
    # the state civil defence's bulletins: Thursday 2 May in the morning and in the evening, Friday 3 May, Saturday
    # 4 May at midday and at 18:00 (from then on only deaths confirmed to be linked to the rain), Sunday 5 May at
    # 18:00, Monday 6 May at 09:00, Monday 13 May, Wednesday 15 May, the end of May, Tuesday 18 June
    THU_AM, THU_PM, FRI = "2024-05-02T09", "2024-05-02T20", "2024-05-03"
    SAT_NOON, SAT_EVE, SUN_EVE, MON = "2024-05-04T12", "2024-05-04T18", "2024-05-05T18", "2024-05-06T09"
    MAY13, MAY15, MAY27, JUN18 = "2024-05-13", "2024-05-15", "2024-05-27", "2024-06-18"
    CD, FB = "the state civil defence agency", "a tally adding the fire brigade's and military police's deaths"
    names = {
     "dead": "people killed by the floods", "missing": "people missing", "injured": "people injured",
     "investigated": "deaths still under investigation", "displaced": "people forced from their homes",
     "relatives": "people staying with relatives or friends", "shelters": "people in public shelters",
     "affected": "people affected", "municipalities": "municipalities affected", "state_munis": "municipalities in the state",
     "power": "homes left without power", "rescued": "people rescued", "animals": "animals rescued",
     "city_pop": "population of Porto Alegre", "new_flood_towns": "towns flooded again in mid-June",
     "added11": "deaths confirmed by the fire brigade and military police",
     "flood_level": "the Guaiba's flood level", "record1941": "the Guaiba's level in the 1941 flood",
     "peak2024": "the Guaiba's record level in 2024", "level_mid_may": "the Guaiba's level in mid-May",
     # dates
     "thu_morning": "day of the morning bulletin of 13 deaths", "thu_evening": "day of the evening bulletin of 29 deaths",
     "displaced_thu": "day of the 10,242 displaced", "dam": "day the dam gave way", "lula1": "day of Lula's first visit",
     "flood_level_day": "day the Guaiba passed its flood level", "fri_bulletin": "day of the bulletin of 39 deaths",
     "sat_eve": "day of the bulletin of 55 deaths", "sat_noon": "day of the bulletin of 57 deaths",
     "record_passed": "day the Guaiba passed the 1941 record", "airport": "day the airport closed",
     "lula2": "day of Lula's second visit", "mon_bulletin": "day of the bulletin of 83 deaths",
     "sun_bulletin": "day of the bulletin of 78 deaths", "peak_day": "day the Guaiba peaked",
     "may15": "day of the bulletin of 149 deaths", "may13": "day of the bulletin of 147 deaths",
     "jun18": "day of the bulletin of 177 deaths", "rain_start": "when the rains began",
     "mid_may": "mid-May (the as-of time of earlier figures)", "end_may": "the end of May (the as-of time of the displaced)",
     "y1941": "the 1941 flood",
    }
    ms = [
     M(R, "at least 39 people", N, "dead", 39, FRI, "atleast", src=CD),
     M(R, "68 missing", N, "missing", 68, FRI, fall=True),
     M(R, "on Friday", D, "fri_bulletin", "2024-05-03"),
     M(R, "29 dead", N, "dead", 29, THU_PM, src=CD),
     M(R, "60 missing", N, "missing", 60, THU_PM, fall=True),
     M(R, "Thursday evening", D, "thu_evening", "2024-05-02"),
     M(R, "13 dead", N, "dead", 13, THU_AM, src=CD),
     M(R, "21 missing", N, "missing", 21, THU_AM, fall=True),
     M(R, "13 deaths", N, "dead", 13, THU_AM, src=CD),
     M(R, "Thursday", D, "thu_morning", "2024-05-02", occ=2),
     M(R, "11 deaths", N, "added11", 11, THU_AM),
     M(R, "24", N, "dead", 24, THU_AM, src=FB),
     M(R, "At least 24,000 people", N, "displaced", 24000, FRI, "atleast"),
     M(R, "10,242", N, "displaced", 10242, THU_PM),
     M(R, "154 municipalities", N, "municipalities", 154, THU_PM),
     M(R, "Thursday", D, "displaced_thu", "2024-05-02", occ=3),
     M(R, "497 municipalities", N, "state_munis", 497),
     M(R, "Thursday", D, "dam", "2024-05-02", occ=4),
     M(R, "more than 300,000 homes", N, "power", 300000, THU_PM, "morethan"),
     M(R, "Thursday", D, "lula1", "2024-05-02", occ=5),
     M(R, "3 meters", N, "flood_level", 3, cls="m"),
     M(R, "Thursday afternoon", D, "flood_level_day", "2024-05-02"),
     M(R, "4.76 meters", N, "record1941", 4.76, cls="m"),
     M(R, "1941", D, "y1941", "1941"),

     M(K, "55 orang", N, "dead", 55, SAT_EVE, src=CD),
     M(K, "Sabtu (4/5/2024)", D, "sat_eve", "2024-05-04"),
     M(K, "74 orang", N, "missing", 74, SAT_EVE, fall=True),
     M(K, "107 orang", N, "injured", 107, SAT_EVE),
     M(K, "tujuh kematian", N, "investigated", 7, SAT_EVE, fall=True),
     M(K, "57 kematian", N, "dead", 57, SAT_NOON, src=CD),
     M(K, "Sabtu siang", D, "sat_noon", "2024-05-04"),
     M(K, "Jumat (3/5/2024)", D, "fri_bulletin", "2024-05-03"),
     M(K, "39 orang", N, "dead", 39, FRI, src=CD),
     M(K, "86 orang", N, "missing", 86, FRI, fall=True, planted=True),
     M(K, "317 kota", N, "municipalities", 317, SAT_EVE),
     M(K, "510.585 warga", N, "affected", 510585, SAT_EVE),
     M(K, "13.324 orang", N, "shelters", 13324, SAT_EVE, fall=True),
     M(K, "69.242 orang", N, "relatives", 69242, SAT_EVE),
     M(K, "Jumat malam", D, "record_passed", "2024-05-03"),
     M(K, "1941", D, "y1941", "1941"),
     M(K, "4,76 meter", N, "record1941", 4.76, cls="m"),
     M(K, "sejak Jumat", D, "airport", "2024-05-03"),
     M(K, "Minggu", D, "lula2", "2024-05-05"),

     M(A, "At least 83 people", N, "dead", 83, MON, "atleast", src=CD),
     M(A, "Monday morning", D, "mon_bulletin", "2024-05-06"),
     M(A, "111", N, "missing", 111, MON, fall=True),
     M(A, "276 injured", N, "injured", 276, MON),
     M(A, "Sunday evening bulletin", D, "sun_bulletin", "2024-05-05"),
     M(A, "78 dead", N, "dead", 78, SUN_EVE, src=CD),
     M(A, "105 missing", N, "missing", 105, SUN_EVE, fall=True),
     M(A, "175 injured", N, "injured", 175, SUN_EVE),
     M(A, "four more deaths", N, "investigated", 4, SUN_EVE, fall=True),
     M(A, "Saturday", D, "sat_noon", "2024-05-04"),
     M(A, "57", N, "dead", 57, SAT_NOON, src=CD),
     M(A, "55", N, "dead", 55, SAT_EVE, src=CD),
     M(A, "that evening", D, "sat_eve", "2024-05-04"),
     M(A, "121,957 people", N, "relatives", 121957, MON),
     M(A, "19,368", N, "shelters", 19368, MON, fall=True),
     M(A, "850,422 people", N, "affected", 850422, MON),
     M(A, "345 municipalities", N, "municipalities", 345, MON),
     M(A, "844,673", N, "affected", 844673, SUN_EVE),
     M(A, "Sunday evening", D, "sun_bulletin", "2024-05-05", occ=2),
     M(A, "5.35 meters", N, "peak2024", 5.35, cls="m"),
     M(A, "early Sunday", D, "peak_day", "2024-05-05"),
     M(A, "4.67 meters", N, "record1941", 4.67, cls="m", planted=True),
     M(A, "1941", D, "y1941", "1941"),
     M(A, "about 1.3 million", N, "city_pop", 1.3e6, qual="approx"),
     M(A, "since Friday", D, "airport", "2024-05-03"),
     M(A, "on Sunday", D, "lula2", "2024-05-05", occ=2),

     M(T, "149 orang", N, "dead", 149, MAY15, src=CD),
     M(T, "Rabu, 15 Mei 2024", D, "may15", "2024-05-15"),
     M(T, "108 orang", N, "missing", 108, MAY15, fall=True),
     M(T, "806 orang", N, "injured", 806, MAY15),
     M(T, "Senin, 13 Mei 2024", D, "may13", "2024-05-13"),
     M(T, "147 korban", N, "dead", 147, MAY13, src=CD),
     M(T, "127 orang", N, "missing", 127, MAY13, fall=True),
     M(T, "449", N, "municipalities", 449, MAY15),
     M(T, "497 kota", N, "state_munis", 497),
     M(T, "2.131.968 warga", N, "affected", 2131968, MAY15),
     M(T, "538.245 orang", N, "relatives", 538245, MAY15),
     M(T, "76.580 orang", N, "shelters", 76580, MAY15, fall=True),
     M(T, "76.588 orang", N, "rescued", 76588, MAY15),
     M(T, "11.427 hewan", N, "animals", 11427, MAY15),
     M(T, "di atas 5 meter", N, "level_mid_may", 5, qual="morethan", cls="m"),
     M(T, "5 Mei 2024", D, "peak_day", "2024-05-05"),
     M(T, "5,35 meter", N, "peak2024", 5.35, cls="m"),
     M(T, "1941", D, "y1941", "1941"),
     M(T, "4,76 meter", N, "record1941", 4.76, cls="m"),

     M(P, "akhir April", D, "rain_start", "2024-04"),
     M(P, "177 orang", N, "dead", 177, JUN18, src=CD),
     M(P, "Selasa (18/6/2024)", D, "jun18", "2024-06-18"),
     M(P, "37 orang", N, "missing", 37, JUN18, fall=True),
     M(P, "lebih dari seratus orang", N, "missing", 100, MAY15, "morethan", fall=True),
     M(P, "pertengahan Mei", D, "mid_may", "2024-05"),
     M(P, "478 kota", N, "municipalities", 478, JUN18),
     M(P, "806 orang", N, "injured", 806, JUN18),
     M(P, "Sekitar 10.000 orang", N, "shelters", 10000, JUN18, "approx", fall=True),
     M(P, "pertengahan Mei", D, "mid_may", "2024-05", occ=2),
     M(P, "lebih dari 76.000 orang", N, "shelters", 76000, MAY15, "morethan", fall=True),
     M(P, "akhir Mei", D, "end_may", "2024-05"),
     M(P, "lebih dari 580.000 orang", N, "relatives", 580000, MAY27, "morethan"),
     M(P, "27 April", D, "rain_start", "2024-04-27"),
     M(P, "5,35 meter", N, "peak2024", 5.35, cls="m"),
     M(P, "5 Mei", D, "peak_day", "2024-05-05"),
     M(P, "1941", D, "y1941", "1941"),
     M(P, "4,76 meter", N, "record1941", 4.76, cls="m"),
     M(P, "sedikitnya 19 kota", N, "new_flood_towns", 19, qual="atleast"),
    ]
    build("rio-grande-floods-2024", "The floods in Rio Grande do Sul, southern Brazil (rains from late April 2024): the "
          "state civil defence's dead 13 -> 29 on Thursday 2 May (24 in a tally adding the fire brigade's and military "
          "police's deaths), 39 on Friday 3 May, 57 at midday on Saturday 4 May lowered to 55 that evening when only "
          "deaths confirmed to be linked to the rain were counted, 78 on Sunday 5 May, 83 on Monday 6 May, 147 on 13 "
          "May, 149 on 15 May, 177 on 18 June; the missing rising to 127 and falling to 37; the injured 107 -> 806; "
          "the Guaiba's record 5.35 m on 5 May against 4.76 m in 1941", False, ms, names)


def uruguay():
    R, K, D_, J, P = "reuters-oct28", "kompas-nov04", "detik-nov25", "aljazeera-nov27", "antara-mar02-2025"
    # first round: about 60% counted on the night, 99.92% by Monday 28 October, the departmental count published on
    # Saturday 2 November; runoff: more than 91% counted on the night, the completed count
    NIGHT1, COUNT1, DEPT1 = "2024-10-27T22", "2024-10-28", "2024-11-02"
    NIGHT2, FINAL2 = "2024-11-24T23", "2024-11-27"
    names = {
     "orsi_r1": "Orsi's first-round share", "delgado_r1": "Delgado's first-round share", "ojeda_r1": "Ojeda's first-round share",
     "orsi_r1_votes": "votes for the Broad Front in the first round", "delgado_r1_votes": "votes for the National Party in the first round",
     "pc_votes": "votes for the Colorado Party", "is_votes": "votes for Identidad Soberana", "ca_votes": "votes for Cabildo Abierto",
     "pi_votes": "votes for the Independent Party", "margin_first": "the coalition's lead in the first count",
     "margin_dept": "the coalition's lead in the departmental count",
     "counted_r1": "share of first-round votes counted", "counted_early": "share counted early on the night",
     "counted_r2": "share of runoff votes counted", "orsi_r2": "Orsi's runoff share", "delgado_r2": "Delgado's runoff share",
     "fa_senate": "Broad Front senators", "pn_senate": "National Party senators", "pc_senate": "Colorado Party senators",
     "senate": "elected Senate seats", "senate_vp": "Senate votes with the vice president", "fa_senate_vp": "Broad Front votes in the Senate with the vice president",
     "fa_dep": "Broad Front deputies", "pn_dep": "National Party deputies", "pc_dep": "Colorado Party deputies",
     "ca_dep": "Cabildo Abierto deputies", "is_dep": "Identidad Soberana deputies", "pi_dep": "Independent Party deputies",
     "coalition_dep": "the coalition's deputies", "coalition_lead": "the coalition's lead in deputies", "deputies": "seats in the lower house",
     "short": "seats the Broad Front lacks for a majority", "fa_depts": "departments the Broad Front won", "depts": "departments of Uruguay",
     "turnout_r1": "first-round turnout", "turnout_r2": "runoff turnout", "retire_age": "retirement age proposed",
     "orsi_age": "Orsi's age", "delgado_age": "Delgado's age", "fa2019": "the Broad Front's share in 2019",
     "since_loss": "years since the left lost the presidency", "term": "length of the presidential term",
     "countries": "countries at the inauguration",
     # dates
     "runoff": "day of the runoff", "first_round": "day of the first round", "count_monday": "day of the first-round count",
     "dept_count": "day the departmental count was published", "concession": "day Delgado conceded",
     "inauguration": "day of the inauguration", "ministers": "day the ministers take office", "march2": "2 March 2025",
     "fa_start": "year the Broad Front came to power", "fa_end": "year the Broad Front left power", "y2019": "the 2019 election",
     "term_end": "year Orsi's term ends",
    }
    ms = [
     M(R, "November 24", D, "runoff", "2024-11-24"),
     M(R, "Sunday", D, "first_round", "2024-10-27"),
     M(R, "99.92%", N, "counted_r1", 99.92, COUNT1, cls="pct"),
     M(R, "Monday", D, "count_monday", "2024-10-28"),
     M(R, "43.94%", N, "orsi_r1", 43.94, COUNT1, cls="pct"),
     M(R, "1,057,515 votes", N, "orsi_r1_votes", 1057515, COUNT1),
     M(R, "26.77%", N, "delgado_r1", 26.77, COUNT1, cls="pct", fall=True),
     M(R, "644,147 votes", N, "delgado_r1_votes", 644147, COUNT1),
     M(R, "16.03%", N, "ojeda_r1", 16.03, COUNT1, cls="pct", fall=True),
     M(R, "about 60%", N, "counted_early", 60, NIGHT1, "approx", cls="pct"),
     M(R, "41.5%", N, "orsi_r1", 41.5, NIGHT1, cls="pct"),
     M(R, "28.69%", N, "delgado_r1", 28.69, NIGHT1, cls="pct", fall=True),
     M(R, "16", N, "fa_senate", 16),
     M(R, "30 elected seats", N, "senate", 30),
     M(R, "99-seat", N, "deputies", 99),
     M(R, "about 89%", N, "turnout_r1", 89, qual="approx", cls="pct"),
     M(R, "60", N, "retire_age", 60, cls="age", occ=2),
     M(R, "57", N, "orsi_age", 57, cls="age"),
     M(R, "55", N, "delgado_age", 55, cls="age"),
     M(R, "2005", D, "fa_start", "2005"),
     M(R, "2020", D, "fa_end", "2020"),
     M(R, "39%", N, "fa2019", 39, cls="pct"),
     M(R, "2019", D, "y2019", "2019"),

     M(K, "Minggu (27/10/2024)", D, "first_round", "2024-10-27"),
     M(K, "Sabtu (2/11/2024)", D, "dept_count", "2024-11-02"),
     M(K, "1.071.706 suara", N, "orsi_r1_votes", 1071706, DEPT1),
     M(K, "655.374 suara", N, "delgado_r1_votes", 655374, DEPT1),
     M(K, "392.514 suara", N, "pc_votes", 392514, DEPT1),
     M(K, "65.790 suara", N, "is_votes", 65790, DEPT1),
     M(K, "60.537 suara", N, "ca_votes", 60537, DEPT1),
     M(K, "41.615 suara", N, "pi_votes", 41615, DEPT1),
     M(K, "90.196 suara", N, "margin_dept", 90196),
     M(K, "83.923 suara", N, "margin_first", 83923),
     M(K, "16 dari 30 kursi", N, "fa_senate", 16, also=(("senate", 30),)),
     M(K, "sembilan kursi", N, "pn_senate", 9),
     M(K, "lima kursi", N, "pc_senate", 5),
     M(K, "99 orang", N, "deputies", 99),
     M(K, "48 kursi", N, "fa_dep", 48),
     M(K, "29 kursi", N, "pn_dep", 29),
     M(K, "17 kursi", N, "pc_dep", 17),
     M(K, "dua kursi", N, "ca_dep", 2, also=(("is_dep", 2),)),
     M(K, "satu kursi", N, "pi_dep", 1),
     M(K, "49 kursi", N, "coalition_dep", 49),
     M(K, "satu kursi", N, "coalition_lead", 1, occ=2),
     M(K, "12 dari 19 departemen", N, "fa_depts", 12, also=(("depts", 19),)),
     M(K, "Minggu (24/11/2024)", D, "runoff", "2024-11-24"),

     M(D_, "Minggu (24/11/2024)", D, "runoff", "2024-11-24"),
     M(D_, "lebih dari 91 persen", N, "counted_r2", 91, NIGHT2, "morethan", cls="pct"),
     M(D_, "49,56 persen", N, "orsi_r2", 49.56, NIGHT2, cls="pct"),
     M(D_, "46,17 persen", N, "delgado_r2", 46.17, NIGHT2, cls="pct", fall=True),
     M(D_, "Minggu malam", D, "concession", "2024-11-24"),
     M(D_, "57 tahun", N, "orsi_age", 57, cls="age"),
     M(D_, "1 Maret 2025", D, "inauguration", "2025-03-01"),
     M(D_, "lima tahun", N, "term", 5, cls="dur"),
     M(D_, "27 Oktober", D, "first_round", "2024-10-27"),
     M(D_, "43,9 persen", N, "orsi_r1", 43.9, COUNT1, "approx", cls="pct"),
     M(D_, "26,8 persen", N, "delgado_r1", 26.8, COUNT1, "approx", cls="pct", fall=True),
     M(D_, "sekitar 89 persen", N, "turnout_r2", 89, qual="approx", cls="pct"),

     M(J, "Sunday", D, "runoff", "2024-11-24"),
     M(J, "49.8 percent", N, "orsi_r2", 49.8, FINAL2, cls="pct"),
     M(J, "45.9 percent", N, "delgado_r2", 45.9, FINAL2, cls="pct", fall=True),
     M(J, "five years", N, "since_loss", 5, cls="dur"),
     M(J, "2019", D, "y2019", "2019"),
     M(J, "57", N, "orsi_age", 57, cls="age"),
     M(J, "March 1", D, "inauguration", "2025-03-01"),
     M(J, "October 27", D, "first_round", "2024-10-27"),
     M(J, "43.9 percent", N, "orsi_r1", 43.9, COUNT1, "approx", cls="pct"),
     M(J, "16 of the 30 elected seats", N, "fa_senate", 16, also=(("senate", 30),)),
     M(J, "31st", N, "senate_vp", 31),
     M(J, "48 of the 99 seats", N, "fa_dep", 48, also=(("deputies", 99),)),
     M(J, "two", N, "short", 2),
     M(J, "49 seats", N, "coalition_dep", 49),
     M(J, "17", N, "pc_dep", 17),
     M(J, "29", N, "pn_dep", 29),

     M(P, "Sabtu (1/3/2025)", D, "inauguration", "2025-03-01"),
     M(P, "lebih dari 100 negara", N, "countries", 100, qual="morethan"),
     M(P, "Minggu (27/11/2024)", D, "runoff", "2024-11-27", planted=True),
     M(P, "49,8 persen", N, "orsi_r2", 49.8, FINAL2, cls="pct"),
     M(P, "45,9 persen", N, "delgado_r2", 45.9, FINAL2, cls="pct", fall=True),
     M(P, "16 dari 30 kursi", N, "fa_senate", 16, also=(("senate", 30),)),
     M(P, "17 dari 31 kursi", N, "fa_senate_vp", 17, also=(("senate_vp", 31),)),
     M(P, "48 dari 99 kursi", N, "fa_dep", 48, also=(("deputies", 99),)),
     M(P, "Rabu (5/3/2025)", D, "ministers", "2025-03-05"),
     M(P, "2 Maret", D, "march2", "2025-03-02"),
     M(P, "2030", D, "term_end", "2030"),
    ]
    build("uruguay-election-2024", "Uruguay's presidential and parliamentary election (first round Sunday 27 October "
          "2024, runoff Sunday 24 November): Orsi 41.5% with about 60% counted on the night and 43.94% (1,057,515 "
          "votes) against Delgado's 28.69% and 26.77% (644,147) by Monday; the departmental count of Saturday 2 "
          "November (1,071,706 against 655,374) with the seats unchanged (Broad Front 16 of 30 senators, 48 of 99 "
          "deputies); the runoff 49.56% against 46.17% with more than 91% counted, 49.8% against 45.9% in the completed "
          "count; Orsi sworn in on Saturday 1 March 2025, his ministers taking office from Wednesday 5 March",
          False, ms, names)


def philippines():
    R, K, Q, B = "reuters-jan30", "kontan-jan31", "inquirer-feb01", "bisnis-feb03"
    names = {
     "q4": "GDP growth in the fourth quarter of 2024", "q3": "GDP growth in the third quarter of 2024",
     "q4_2023": "GDP growth in the fourth quarter of 2023", "qoq": "quarter-on-quarter growth, seasonally adjusted",
     "poll": "the poll's median forecast for the fourth quarter", "poll_qoq": "the poll's forecast for quarterly growth",
     "fy": "GDP growth in 2024", "fy2023": "GDP growth in 2023", "target_low": "bottom of the 2024 target",
     "target_high": "top of the 2024 target", "orig_low": "bottom of the original 2024 target",
     "orig_high": "top of the original 2024 target", "new_low": "bottom of the 2025-2028 target",
     "new_high": "top of the 2025-2028 target", "hfce": "household consumption growth in the fourth quarter",
     "gfce": "government consumption growth in the fourth quarter", "q1": "GDP growth in the first quarter of 2024",
     "q2": "GDP growth in the second quarter of 2024", "services": "services growth in 2024",
     "industry": "industry growth in 2024", "aff": "agriculture, forestry and fishing in 2024 (contraction)",
     "typhoons": "typhoons in October and November", "miss_years": "years in a row the target was missed",
     "rank": "the Philippines' rank in Asia",
     # dates
     "release": "day of the release", "typhoon_start": "first month of the typhoons", "typhoon_end": "last month of the typhoons",
    }
    ms = [
     M(R, "5.2%", N, "q4", 5.2, cls="pct"),
     M(R, "Thursday", D, "release", "2025-01-30"),
     M(R, "5.4%", N, "poll", 5.4, cls="pct"),
     M(R, "5.2%", N, "q3", 5.2, cls="pct", occ=2),
     M(R, "5.5%", N, "q4_2023", 5.5, cls="pct"),
     M(R, "1.8%", N, "qoq", 1.8, cls="pct"),
     M(R, "1.9%", N, "poll_qoq", 1.9, cls="pct"),
     M(R, "5.6%", N, "fy", 5.6, cls="pct"),
     M(R, "5.5%", N, "fy2023", 5.5, cls="pct", occ=2),
     M(R, "6.0%", N, "target_low", 6, cls="pct"),
     M(R, "6.5%", N, "target_high", 6.5, cls="pct"),
     M(R, "second year", N, "miss_years", 2),
     M(R, "4.7%", N, "hfce", 4.7, cls="pct"),
     M(R, "9.7%", N, "gfce", 9.7, cls="pct"),
     M(R, "Six typhoons", N, "typhoons", 6),
     M(R, "October", D, "typhoon_start", "2024-10", occ=2),
     M(R, "November", D, "typhoon_end", "2024-11"),
     M(R, "6.0%", N, "new_low", 6, cls="pct", occ=2),
     M(R, "8.0%", N, "new_high", 8, cls="pct"),

     M(K, "5,2%", N, "q4", 5.2, cls="pct"),
     M(K, "Kamis (30/1/2025)", D, "release", "2025-01-30"),
     M(K, "5,2%", N, "q3", 5.2, cls="pct", occ=2),
     M(K, "5,5%", N, "q4_2023", 5.5, cls="pct"),
     M(K, "1,8%", N, "qoq", 1.8, cls="pct"),
     M(K, "5,6%", N, "fy", 5.6, cls="pct"),
     M(K, "5,5%", N, "fy2023", 5.5, cls="pct", occ=2),
     M(K, "6%", N, "target_low", 6, cls="pct"),
     M(K, "6,5%", N, "target_high", 6.5, cls="pct"),
     M(K, "5,8%", N, "q1", 5.8, cls="pct"),
     M(K, "6,4%", N, "q2", 6.4, cls="pct"),
     M(K, "6,7%", N, "services", 6.7, cls="pct"),
     M(K, "5,6%", N, "industry", 5.6, cls="pct", occ=2),
     M(K, "1,6%", N, "aff", 1.6, cls="pct"),
     M(K, "4,7%", N, "hfce", 4.7, cls="pct"),
     M(K, "9,7%", N, "gfce", 9.7, cls="pct"),
     M(K, "enam badai", N, "typhoons", 6),
     M(K, "Oktober", D, "typhoon_start", "2024-10", occ=2),
     M(K, "November", D, "typhoon_end", "2024-11"),
     M(K, "ketiga", N, "rank", 3),

     M(Q, "5.6 percent", N, "fy", 5.6, cls="pct"),
     M(Q, "second straight year", N, "miss_years", 2),
     M(Q, "6 to 6.5 percent", N, "target_low", 6, cls="pct", also=(("target_high", 6.5),)),
     M(Q, "6 to 7 percent", N, "orig_low", 6, cls="pct", also=(("orig_high", 7),)),
     M(Q, "5.2 percent", N, "q4", 5.2, cls="pct"),
     M(Q, "5.5 percent", N, "q4_2023", 5.5, cls="pct"),
     M(Q, "5.5 percent", N, "fy2023", 5.5, cls="pct", occ=2),
     M(Q, "6.7 percent", N, "services", 6.7, cls="pct"),
     M(Q, "5.6 percent", N, "industry", 5.6, cls="pct", occ=2),
     M(Q, "1.6 percent", N, "aff", 1.6, cls="pct"),
     M(Q, "4.7 percent", N, "hfce", 4.7, cls="pct"),
     M(Q, "9.7 percent", N, "gfce", 9.7, cls="pct"),
     M(Q, "1.8 percent", N, "qoq", 1.8, cls="pct"),
     M(Q, "six storms", N, "typhoons", 6),
     M(Q, "October", D, "typhoon_start", "2024-10"),
     M(Q, "November", D, "typhoon_end", "2024-11"),

     M(B, "5,6 persen", N, "fy", 5.6, cls="pct"),
     M(B, "5,5 persen", N, "fy2023", 5.5, cls="pct"),
     M(B, "Kamis (30/1/2025)", D, "release", "2025-01-30"),
     M(B, "6-6,5 persen", N, "target_low", 6, cls="pct", also=(("target_high", 6.5),)),
     M(B, "6-7 persen", N, "orig_low", 6, cls="pct", also=(("orig_high", 7),)),
     M(B, "5,2 persen", N, "q4", 5.2, cls="pct"),
     M(B, "5,5 persen", N, "q4_2023", 5.5, cls="pct", occ=2),
     M(B, "1,8 persen", N, "qoq", 1.8, cls="pct"),
     M(B, "4,7 persen", N, "hfce", 4.7, cls="pct"),
     M(B, "9,7 persen", N, "gfce", 9.7, cls="pct"),
     M(B, "enam badai", N, "typhoons", 6),
     M(B, "Oktober", D, "typhoon_start", "2024-10"),
     M(B, "November 2024", D, "typhoon_end", "2024-11"),
     M(B, "6-8 persen", N, "new_low", 6, cls="pct", also=(("new_high", 8),)),
    ]
    build("philippines-q4-gdp-2024", "The Philippine Statistics Authority's release of Thursday 30 January 2025 "
          "(control): GDP up 5.2% year on year in the fourth quarter of 2024, the same as the third quarter, down from "
          "5.5% a year earlier, 1.8% quarter on quarter; 2024 growth 5.6% against 5.5% in 2023, short of the 6-6.5% "
          "target (6-7% at first); household consumption 4.7%, government consumption 9.7%; services 6.7%, industry "
          "5.6%, agriculture -1.6% for the year; six typhoons in October and November; the 2025-2028 target 6-8%. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    floods()
    uruguay()
    philippines()
