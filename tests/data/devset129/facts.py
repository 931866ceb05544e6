"""The hundred-and-twenty-ninth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset129/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def ikoyi():
    R, K, DT, AP, T = "reuters-nov02", "kompas-nov04", "detik-nov07", "ap-nov10", "tempo-jan06"
    # the running toll: the state emergency agency's five bodies on the first night (Monday 1 November), the state's
    # early update of Tuesday 2 November (nine dead, 10 rescued: the rescued lowered to nine that afternoon), its 14
    # at 2 pm on Tuesday 2 November and NEMA's 15 that afternoon, NEMA's 36 on Thursday 4 November in the morning and
    # 38 towards noon, the governor's 32 that afternoon, the governor's 42 on Saturday 6 November, NEMA's 44 that night,
    # the state's 43 in its statement of Sunday 7 November, the state's 45 on Wednesday 10 November (the final toll)
    MON1N, TUE1, TUE2, TUE2P, THU4M, THU4N, THU4P, SAT6, SAT6N, SUN7, WED10, JAN5 = (
        "2021-11-01T23", "2021-11-02T08", "2021-11-02T14", "2021-11-02T16", "2021-11-04T09", "2021-11-04T12",
        "2021-11-04T15", "2021-11-06T15", "2021-11-06T23", "2021-11-07", "2021-11-10", "2022-01-05")
    STATE, NEMA = "the Lagos state government", "the National Emergency Management Agency"
    names = {
     "dead": "people killed in the collapse", "rescued": "people pulled out alive",
     "survivors": "survivors counted in all", "extra_survivors": "survivors who escaped and were identified later",
     "men_dead": "men among the dead", "women_dead": "women among the dead",
     "bodies_thu": "bodies found on Thursday before noon", "bodies_sat": "bodies found on Saturday (the state)",
     "bodies_satn": "bodies found on Saturday night (NEMA)", "bodies_wed": "bodies found on Wednesday 10 November",
     "storeys": "storeys of the collapsed tower", "approved": "floors the developer was approved to build",
     "missing": "missing people reported by families", "dna_families": "families who gave DNA samples",
     "panel_members": "members of the panel of inquiry", "panel_days": "days the panel was first given",
     "panel_weeks": "weeks the inquiry took", "questioned": "people the panel questioned",
     "interviews": "interviews the panel held", "memoranda": "memoranda the panel received",
     "committee": "members of the committee reviewing the report", "other_towers": "other towers on the plot",
     # dates
     "collapse": "day of the collapse", "count14_day": "day of the state's count of 14",
     "count38_day": "day of NEMA's count of 38", "permit": "date of the development permit",
     "register": "day the register of the missing opened", "statement43": "day of the state's statement of 43",
     "body_sat": "day a body was recovered (the governor's visit)",
     "bodies_wed_day": "day two more bodies were recovered",
     "report_day": "day the panel's report was received", "panel_sworn": "day the panel was inaugurated",
    }
    ms = [
     M(R, "21-storey", N, "storeys", 21),
     M(R, "14 people", N, "dead", 14, TUE2, src=STATE),
     M(R, "Tuesday", D, "count14_day", "2021-11-02"),
     M(R, "Nine men", N, "rescued", 9, TUE2),
     M(R, "nine", N, "dead", 9, TUE1, src=STATE),
     M(R, "10", N, "rescued", 10, TUE1),
     M(R, "15", N, "dead", 15, TUE2P, src=NEMA),
     M(R, "Monday", D, "collapse", "2021-11-01"),
     M(R, "five bodies", N, "dead", 5, MON1N, src=STATE),
     M(R, "15 floors", N, "approved", 15),

     M(K, "21 lantai", N, "storeys", 21),
     M(K, "38 orang", N, "dead", 38, THU4N, src=NEMA),
     M(K, "Kamis (4/11/2021)", D, "count38_day", "2021-11-04"),
     M(K, "dua pria", N, "bodies_thu", 2),
     M(K, "36 korban tewas", N, "dead", 36, THU4M, src=NEMA),
     M(K, "33 laki-laki", N, "men_dead", 33),
     M(K, "3 perempuan", N, "women_dead", 3),
     M(K, "32 jenazah", N, "dead", 32, THU4P, src=STATE),
     M(K, "9 orang", N, "rescued", 9, THU4P),
     M(K, "Senin (1/11/2021)", D, "collapse", "2021-11-01"),
     M(K, "9 April 2019", D, "permit", "2019-04-09"),
     M(K, "15 lantai", N, "approved", 15),
     M(K, "19 nama", N, "missing", 19, "2021-11-04", fall=True),
     M(K, "Rabu", D, "register", "2021-11-03"),
     M(K, "lima orang", N, "panel_members", 5),
     M(K, "30 hari", N, "panel_days", 30, cls="dur"),

     M(DT, "21 lantai", N, "storeys", 21),
     M(DT, "43 orang", N, "dead", 43, SUN7, src=STATE),
     M(DT, "Minggu (7/11/2021)", D, "statement43", "2021-11-07"),
     M(DT, "satu jenazah", N, "bodies_sat", 1),
     M(DT, "Sabtu (6/11/2021)", D, "body_sat", "2021-11-06"),
     M(DT, "42 jenazah", N, "dead", 42, SAT6, src=STATE),
     M(DT, "44 korban tewas", N, "dead", 44, SAT6N, src=NEMA),
     M(DT, "dua jenazah", N, "bodies_satn", 2),
     M(DT, "15 orang", N, "survivors", 15),
     M(DT, "enam orang", N, "extra_survivors", 6),
     M(DT, "9 orang", N, "rescued", 9, SAT6),
     M(DT, "49 keluarga", N, "missing", 49, SAT6, fall=True),
     M(DT, "Senin (1/11/2021)", D, "collapse", "2021-11-01"),

     M(AP, "two more bodies", N, "bodies_wed", 2),
     M(AP, "Wednesday", D, "bodies_wed_day", "2021-11-10"),
     M(AP, "21-story", N, "storeys", 21),
     M(AP, "45", N, "dead", 45, WED10, src=STATE),
     M(AP, "32 families", N, "dna_families", 32),
     M(AP, "Fifteen people", N, "survivors", 15),
     M(AP, "Monday, Nov. 1", D, "collapse", "2021-11-01"),
     M(AP, "two other high-rise buildings", N, "other_towers", 2),
     M(AP, "15 floors", N, "approved", 15),

     M(T, "21 lantai", N, "storeys", 21),
     M(T, "Rabu, 5 Januari 2022", D, "report_day", "2022-01-05"),
     M(T, "Selasa (2/11/2021)", D, "collapse", "2021-11-02", planted=True),
     M(T, "sedikitnya 45 orang", N, "dead", 45, JAN5, qual="atleast", src=STATE),
     M(T, "enam pekan", N, "panel_weeks", 6, cls="dur"),
     M(T, "91 orang", N, "questioned", 91),
     M(T, "35 wawancara", N, "interviews", 35),
     M(T, "21 memorandum", N, "memoranda", 21),
     M(T, "empat orang", N, "committee", 4),
     M(T, "4 November 2021", D, "panel_sworn", "2021-11-04"),
     M(T, "30 hari", N, "panel_days", 30, cls="dur"),
     M(T, "15 orang", N, "survivors", 15),
    ]
    build("ikoyi-collapse-2021", "The collapse of a 21-storey tower under construction on Gerrard Road, Ikoyi, Lagos, "
          "on Monday 1 November 2021: the toll rising 5 (the state's emergency agency, Monday night) -> 9 (the state, "
          "early on Tuesday) -> 14 (Tuesday 2 pm; NEMA 15) -> 36 -> 38 (NEMA, Thursday 4 November; the governor 32) "
          "-> 42 (the governor, Saturday 6 November; NEMA 44 that night) -> 43 (the state, Sunday 7 November) -> 45 "
          "(the state, Wednesday 10 November); the rescued given as 10 early on Tuesday and nine from that afternoon "
          "(lower), 15 survivors in all; the developer's permit for 15 floors (9 April 2019); the panel of inquiry "
          "inaugurated on 4 November and its report received on Wednesday 5 January 2022", False, ms, names)


def sierra_leone():
    R, K, A, AP, T = "reuters-jun26", "kompas-jun28", "antara-jul03", "ap-jul13", "tempo-oct19"
    # the electoral commission's partial count (60% of polling stations, Monday 26 June) and its final count (Tuesday
    # 27 June); shares and votes of a count in progress may move both ways (fall=True)
    S1, FIN = "2023-06-26", "2023-06-27"
    ECSL = "the Electoral Commission for Sierra Leone"
    names = {
     "bio_share": "Bio's share of the vote", "kamara_share": "Kamara's share of the vote",
     "bio_votes": "votes for Bio", "kamara_votes": "votes for Kamara", "counted": "share of polling stations counted",
     "threshold": "share needed to win in the first round", "runoff_gap": "weeks between the result and a run-off",
     "candidates": "presidential candidates", "registered": "registered voters", "hours": "hours to the final result",
     "turnout": "turnout", "age": "Bio's age", "slpp_seats": "the SLPP's seats", "apc_seats": "the APC's seats",
     "elected_seats": "elected seats in parliament", "chiefs": "paramount chiefs in parliament",
     "house": "seats in the whole house", "kono_slpp": "the SLPP's seats in Kono", "kono_seats": "seats in Kono",
     "mayor_share": "the Freetown mayor's share", "sworn": "members sworn in at the opening",
     "dialogue_days": "days of the mediated dialogue", "tor_days": "days to draw up the committee's terms",
     "committee_months": "months of the committee's work",
     # dates
     "election": "day of the election", "partial_day": "day of the partial results",
     "shooting_day": "day of the shooting at the APC's headquarters", "prev_win": "year Bio first won",
     "declared": "day Bio was declared the winner", "parl_results": "day of the parliamentary results",
     "opening": "day parliament opened", "agreement": "day the agreement was signed",
     "dialogue_start": "day the dialogue began",
    }
    ms = [
     M(R, "Saturday", D, "election", "2023-06-24"),
     M(R, "55.86%", N, "bio_share", 55.86, S1, cls="pct", src=ECSL, fall=True),
     M(R, "60%", N, "counted", 60, S1, cls="pct"),
     M(R, "Monday", D, "partial_day", "2023-06-26"),
     M(R, "1,067,666 votes", N, "bio_votes", 1067666, S1, src=ECSL, fall=True),
     M(R, "793,751", N, "kamara_votes", 793751, S1, src=ECSL, fall=True),
     M(R, "55%", N, "threshold", 55, cls="pct"),
     M(R, "two weeks", N, "runoff_gap", 2, cls="dur"),
     M(R, "Thirteen candidates", N, "candidates", 13),
     M(R, "about 3.4 million", N, "registered", 3374258, qual="approx"),
     M(R, "48 hours", N, "hours", 48, cls="dur"),
     M(R, "Sunday", D, "shooting_day", "2023-06-25"),
     M(R, "2018", D, "prev_win", "2018"),

     M(K, "56,17 persen", N, "bio_share", 56.17, FIN, cls="pct", src=ECSL, fall=True),
     M(K, "Sabtu (24/6/2023)", D, "election", "2023-06-24"),
     M(K, "Selasa (27/6/2023)", D, "declared", "2023-06-27"),
     M(K, "1.566.932 suara", N, "bio_votes", 1566932, FIN, src=ECSL, fall=True),
     M(K, "1.184.262 suara", N, "kamara_votes", 1184262, FIN, src=ECSL, fall=True, planted=True),
     M(K, "41,16 persen", N, "kamara_share", 41.16, FIN, cls="pct", src=ECSL, fall=True),
     M(K, "55 persen", N, "threshold", 55, cls="pct"),
     M(K, "83 persen", N, "turnout", 83, cls="pct"),
     M(K, "sekitar 3,4 juta", N, "registered", 3374258, qual="approx"),
     M(K, "59 tahun", N, "age", 59, cls="age"),
     M(K, "60 persen", N, "counted", 60, S1, cls="pct"),
     M(K, "55,86 persen", N, "bio_share", 55.86, S1, cls="pct", src=ECSL, fall=True),

     M(A, "81", N, "slpp_seats", 81),
     M(A, "135 kursi", N, "elected_seats", 135),
     M(A, "24 Juni 2023", D, "election", "2023-06-24"),
     M(A, "Sabtu (1/7/2023)", D, "parl_results", "2023-07-01"),
     M(A, "45 kursi", N, "apc_seats", 45, planted=True),
     M(A, "14 kepala adat", N, "chiefs", 14),
     M(A, "149", N, "house", 149),
     M(A, "7", N, "kono_slpp", 7, occ=2),
     M(A, "10 kursi", N, "kono_seats", 10),
     M(A, "51,3 persen", N, "mayor_share", 51.3, cls="pct"),
     M(A, "56,17 persen", N, "bio_share", 56.17, FIN, cls="pct", src=ECSL, fall=True),
     M(A, "41,16 persen", N, "kamara_share", 41.16, FIN, cls="pct", src=ECSL, fall=True),

     M(AP, "Thursday", D, "opening", "2023-07-13"),
     M(AP, "Ninety-six members", N, "sworn", 96),
     M(AP, "81 lawmakers", N, "slpp_seats", 81),
     M(AP, "14 paramount chiefs", N, "chiefs", 14),
     M(AP, "54", N, "apc_seats", 54),
     M(AP, "135 elected seats", N, "elected_seats", 135),
     M(AP, "June 24", D, "election", "2023-06-24"),
     M(AP, "149-seat", N, "house", 149),
     M(AP, "56.17%", N, "bio_share", 56.17, FIN, cls="pct", src=ECSL, fall=True),
     M(AP, "June 27", D, "declared", "2023-06-27"),
     M(AP, "41.16%", N, "kamara_share", 41.16, FIN, cls="pct", src=ECSL, fall=True),
     M(AP, "1,148,262 votes", N, "kamara_votes", 1148262, FIN, src=ECSL, fall=True),

     M(T, "Rabu, 18 Oktober 2023", D, "agreement", "2023-10-18"),
     M(T, "tiga hari", N, "dialogue_days", 3, cls="dur"),
     M(T, "16 Oktober", D, "dialogue_start", "2023-10-16"),
     M(T, "54 anggota parlemennya", N, "apc_seats", 54),
     M(T, "30 hari", N, "tor_days", 30, cls="dur"),
     M(T, "enam bulan", N, "committee_months", 6, cls="dur"),
     M(T, "24 Juni 2023", D, "election", "2023-06-24"),
     M(T, "56,17 persen", N, "bio_share", 56.17, FIN, cls="pct", src=ECSL, fall=True),
     M(T, "41,16 persen", N, "kamara_share", 41.16, FIN, cls="pct", src=ECSL, fall=True),
     M(T, "81 kursi", N, "slpp_seats", 81),
     M(T, "54 kursi", N, "apc_seats", 54),
    ]
    build("sierra-leone-election-2023", "Sierra Leone's general election of Saturday 24 June 2023: the electoral "
          "commission's partial count on Monday 26 June (60% of polling stations: Bio 1,067,666 votes, 55.86%; Kamara "
          "793,751) against its final count on Tuesday 27 June (Bio 1,566,932, 56.17%; Kamara 1,148,262, 41.16%; "
          "turnout 83%; 55% needed), Bio sworn in the same day; the parliamentary results of Saturday 1 July (SLPP 81, "
          "APC 54 of 135 elected seats, 14 paramount chiefs, 149 in all); parliament opened on Thursday 13 July with "
          "96 members sworn; the Agreement for National Unity signed on Wednesday 18 October 2023", False, ms, names)


def nigeria_cpi():
    R, B, K, BI = "reuters-feb18", "businessday-feb19", "kontan-feb20", "bisnis-feb21"
    names = {
     "headline": "headline inflation in January 2025", "headline_dec": "headline inflation in December 2024",
     "food": "food inflation in January", "food_dec": "food inflation in December",
     "core": "core inflation in January", "core_dec": "core inflation in December",
     "urban": "urban inflation in January", "urban_dec": "urban inflation in December",
     "rural": "rural inflation in January", "rural_dec": "rural inflation in December",
     "weight": "food's weight in the new basket", "weight_old": "food's weight in the old basket",
     "index": "the all-items index", "food_index": "the food index",
     # dates
     "release": "day of the release", "month": "month of the reading", "dec": "the month before",
    }
    P = dict(cls="pct")
    ms = [
     M(R, "24.48%", N, "headline", 24.48, **P),
     M(R, "January", D, "month", "2025-01"),
     M(R, "34.80%", N, "headline_dec", 34.8, **P),
     M(R, "December", D, "dec", "2024-12"),
     M(R, "Tuesday", D, "release", "2025-02-18"),
     M(R, "26.08%", N, "food", 26.08, **P),
     M(R, "39.84%", N, "food_dec", 39.84, **P),
     M(R, "22.59%", N, "core", 22.59, **P),
     M(R, "29.28%", N, "core_dec", 29.28, **P),
     M(R, "40.1%", N, "weight", 40.1, **P),
     M(R, "51.8%", N, "weight_old", 51.8, **P),
     M(R, "26.09%", N, "urban", 26.09, **P),
     M(R, "22.15%", N, "rural", 22.15, **P),
     M(R, "110.7", N, "index", 110.7, cls="index"),

     M(B, "24.48 percent", N, "headline", 24.48, **P),
     M(B, "January 2025", D, "month", "2025-01"),
     M(B, "Tuesday, February 18", D, "release", "2025-02-18"),
     M(B, "34.80 percent", N, "headline_dec", 34.8, **P),
     M(B, "December 2024", D, "dec", "2024-12"),
     M(B, "26.08 percent", N, "food", 26.08, **P),
     M(B, "39.84 percent", N, "food_dec", 39.84, **P),
     M(B, "110.03 points", N, "food_index", 110.03, cls="index"),
     M(B, "22.59 percent", N, "core", 22.59, **P),
     M(B, "29.28 percent", N, "core_dec", 29.28, **P),
     M(B, "26.09 percent", N, "urban", 26.09, **P),
     M(B, "37.29 percent", N, "urban_dec", 37.29, **P),
     M(B, "22.15 percent", N, "rural", 22.15, **P),
     M(B, "32.47 percent", N, "rural_dec", 32.47, **P),
     M(B, "40.1 percent", N, "weight", 40.1, **P),
     M(B, "51.8 percent", N, "weight_old", 51.8, **P),

     M(K, "24,48 persen", N, "headline", 24.48, **P),
     M(K, "Januari 2025", D, "month", "2025-01"),
     M(K, "Desember 2024", D, "dec", "2024-12"),
     M(K, "34,80 persen", N, "headline_dec", 34.8, **P),
     M(K, "Selasa (18/2/2025)", D, "release", "2025-02-18"),
     M(K, "26,08 persen", N, "food", 26.08, **P),
     M(K, "39,84 persen", N, "food_dec", 39.84, **P),
     M(K, "22,59 persen", N, "core", 22.59, **P),
     M(K, "51,8 persen", N, "weight_old", 51.8, **P),
     M(K, "40,1 persen", N, "weight", 40.1, **P),
     M(K, "26,09 persen", N, "urban", 26.09, **P),
     M(K, "22,15 persen", N, "rural", 22.15, **P),
     M(K, "110,7", N, "index", 110.7, cls="index"),

     M(BI, "24,48%", N, "headline", 24.48, **P),
     M(BI, "Januari 2025", D, "month", "2025-01"),
     M(BI, "Selasa, 18 Februari 2025", D, "release", "2025-02-18"),
     M(BI, "Desember 2024", D, "dec", "2024-12"),
     M(BI, "34,80%", N, "headline_dec", 34.8, **P),
     M(BI, "26,08%", N, "food", 26.08, **P),
     M(BI, "110,03", N, "food_index", 110.03, cls="index"),
     M(BI, "39,84%", N, "food_dec", 39.84, **P),
     M(BI, "22,59%", N, "core", 22.59, **P),
     M(BI, "29,28%", N, "core_dec", 29.28, **P),
     M(BI, "26,09%", N, "urban", 26.09, **P),
     M(BI, "37,29%", N, "urban_dec", 37.29, **P),
     M(BI, "22,15%", N, "rural", 22.15, **P),
     M(BI, "32,47%", N, "rural_dec", 32.47, **P),
     M(BI, "40,1%", N, "weight", 40.1, **P),
     M(BI, "51,8%", N, "weight_old", 51.8, **P),
    ]
    build("nigeria-cpi-2025", "The National Bureau of Statistics' first release on its rebased consumer price index "
          "(control), Tuesday 18 February 2025 in Abuja: headline inflation of 24.48% in January 2025 (34.80% in "
          "December 2024 on the old basket); food 26.08% (39.84%), core 22.59% (29.28%), urban 26.09% (37.29%), rural "
          "22.15% (32.47%); the all-items index at 110.7 and the food index at 110.03; food's weight in the basket cut "
          "from 51.8% to 40.1%. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    ikoyi()
    sierra_leone()
    nigeria_cpi()
