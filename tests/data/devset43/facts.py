"""The forty-third development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset43/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def lewotobi():
    A, R, K, P, J = "antara-nov04", "reuters-nov05", "kompas-nov08", "ap-nov13", "jakartapost-mar21"
    names = {
     "dead": "death toll of the eruption of 3 November 2024", "injured": "people injured by the eruption",
     "evac": "people displaced by the November 2024 eruptions", "radius": "exclusion zone around the crater (km)",
     "height": "height of Lewotobi Laki-laki (m)", "ash12": "ash column of the 12 November eruption (km)",
     "ashmar": "ash column of the March 2025 eruption (km)", "distance": "distance from Bali (km)",
     "volcanoes": "active volcanoes in Indonesia", "emerg_days": "length of the emergency response period",
     "gap": "days between the 3 and 12 November eruptions",
     # dates
     "eruption": "day of the deadly eruption", "status": "day the alert was raised to the highest level",
     "toll10": "day the first toll (10) was given", "correction": "day the toll was corrected to nine",
     "evac04": "day the 2,400 displaced were counted", "evac05": "day the 10,000 displaced were counted",
     "injday": "day the 31 injured were reported", "airport": "day Frans Seda airport stayed closed (November)",
     "jan24": "month of the January 2024 eruption", "widen": "day the exclusion zone was widened to 9 km",
     "evac07": "day the displaced were counted by two agencies", "emerg_end": "end of the emergency response period",
     "nov12": "day of the 12 November eruption", "cancel": "day Bali flights were cancelled",
     "mar25": "day of the March 2025 eruption", "airport_mar": "day Frans Seda airport closed again (March 2025)",
     "nocas": "day no casualties of the March 2025 eruption were reported",
    }
    ms = [
     M(A, "10 orang", N, "dead", 10, "2024-11-04T08"),
     M(A, "Minggu (3/11/2024)", D, "eruption", "2024-11-03"),
     M(A, "Senin", D, "toll10", "2024-11-04"),
     M(A, "1.584 meter", N, "height", 1584, cls="len"),
     M(A, "Senin (4/11/2024)", D, "status", "2024-11-04"),
     M(A, "7 kilometer", N, "radius", 7, "2024-11-04", cls="len", fall=True),
     M(A, "Senin", D, "evac04", "2024-11-04", occ=3),
     M(A, "sekitar 2.400 warga", N, "evac", 2400, "2024-11-04", "approx", fall=True),
     M(A, "Januari 2024", D, "jan24", "2024-01"),

     M(R, "nine", N, "dead", 9, "2024-11-04T20"),
     M(R, "Monday", D, "correction", "2024-11-04"),
     M(R, "10 deaths", N, "dead", 10, "2024-11-04T08"),
     M(R, "Sunday", D, "eruption", "2024-11-03"),
     M(R, "At least 31 people", N, "injured", 31, "2024-11-05", "atleast"),
     M(R, "Tuesday", D, "injday", "2024-11-05"),
     M(R, "More than 10,000 people", N, "evac", 10000, "2024-11-05", "morethan", fall=True),
     M(R, "Tuesday", D, "evac05", "2024-11-05", occ=2),
     M(R, "about 2,400", N, "evac", 2400, "2024-11-04", "approx", fall=True),
     M(R, "Monday", D, "evac04", "2024-11-04", occ=2),
     M(R, "Monday", D, "status", "2024-11-04", occ=3),
     M(R, "7-km", N, "radius", 7, "2024-11-04", cls="len", fall=True),
     M(R, "Tuesday", D, "airport", "2024-11-05", occ=3),
     M(R, "January", D, "jan24", "2024-01"),
     M(R, "127 active volcanoes", N, "volcanoes", 127),

     M(K, "9 kilometer", N, "radius", 9, "2024-11-07", cls="len", fall=True),
     M(K, "Kamis (7/11/2024)", D, "widen", "2024-11-07"),
     M(K, "7 kilometer", N, "radius", 7, "2024-11-04", cls="len", fall=True),
     M(K, "1.548 meter", N, "height", 1548, cls="len", planted=True),
     M(K, "Minggu (3/11/2024)", D, "eruption", "2024-11-03"),
     M(K, "11.721 warga", N, "evac", 11721, "2024-11-07", src="BNPB", fall=True),
     M(K, "Kamis", D, "evac07", "2024-11-07", occ=2),
     M(K, "13.046 pengungsi", N, "evac", 13046, "2024-11-07", src="BPBD Flores Timur", fall=True),
     M(K, "sembilan orang", N, "dead", 9, "final"),
     M(K, "63 orang", N, "injured", 63, "2024-11-07"),
     M(K, "58 hari", N, "emerg_days", 58, cls="dur"),
     M(K, "31 Desember 2024", D, "emerg_end", "2024-12-31"),

     M(P, "Wednesday", D, "cancel", "2024-11-13"),
     M(P, "about 10 kilometers", N, "ash12", 10, qual="approx", cls="len"),
     M(P, "1,584-meter", N, "height", 1584, cls="len"),
     M(P, "about 800 kilometers", N, "distance", 800, qual="approx", cls="len"),
     M(P, "Tuesday", D, "nov12", "2024-11-12"),
     M(P, "nine days", N, "gap", 9, cls="dur"),
     M(P, "Nov. 3", D, "eruption", "2024-11-03"),
     M(P, "nine people", N, "dead", 9, "final"),
     M(P, "9 kilometers", N, "radius", 9, "2024-11-12", cls="len", fall=True),
     M(P, "About 13,000 people", N, "evac", 13000, "2024-11-12", "approx", fall=True),

     M(J, "Thursday", D, "mar25", "2025-03-20"),
     M(J, "about 8 kilometers", N, "ashmar", 8, qual="approx", cls="len"),
     M(J, "7 km", N, "radius", 7, "2025-03-20", cls="len", fall=True),
     M(J, "November", D, "eruption", "2024-11"),
     M(J, "Nov. 3", D, "eruption", "2024-11-03"),
     M(J, "nine people", N, "dead", 9, "final"),
     M(J, "more than 10,000", N, "evac", 10000, "2024-11-05", "morethan", fall=True),
     M(J, "November", D, "widen", "2024-11", occ=2),
     M(J, "9 km", N, "radius", 9, "2024-11-07", cls="len", fall=True),
     M(J, "Friday", D, "airport_mar", "2025-03-21"),
     M(J, "Friday", D, "nocas", "2025-03-21", occ=2),
    ]
    build("lewotobi-2024", "Eruption of Lewotobi Laki-laki, East Flores, Indonesia (late on Sunday 3 November 2024): "
          "the toll first given as 10 and corrected to 9 the same evening (one victim counted twice), the injured "
          "rising (31 -> 63), the displaced rising (about 2,400 -> more than 10,000 -> 11,721 by BNPB and 13,046 by "
          "the regency's agency the same day -> about 13,000), the exclusion zone 7 km then 9 km, the summit's "
          "1,584 m, ash columns of later eruptions (12 November 2024, 20 March 2025); dates of the eruption, the "
          "alert, the correction, the widening, the emergency's end, flight cancellations, the January 2024 eruption "
          "recalled", False, ms, names)


def bundestag():
    R, K, T, W, A = "reuters-sep27", "kompas-sep28", "tempo-oct16", "dw-nov24", "antara-dec09"
    names = {
     "spd": "SPD's share of the vote 2021", "union": "CDU/CSU's share of the vote 2021",
     "greens": "Greens' share of the vote 2021", "fdp": "FDP's share of the vote 2021",
     "afd": "AfD's share of the vote 2021", "linke": "Left's share of the vote 2021",
     "threshold": "threshold for seats (percent)", "turnout": "turnout 2021", "union2017": "CDU/CSU's share in 2017",
     "direct": "constituencies the Left won outright", "seats": "seats in the new Bundestag",
     "spd_seats": "SPD's seats", "union_seats": "CDU/CSU's seats", "greens_seats": "Greens' seats",
     "fdp_seats": "FDP's seats", "afd_seats": "AfD's seats", "linke_seats": "Left's seats", "ssw": "SSW's seats",
     "extra": "seats the final result added for CDU/CSU", "prev_seats": "seats in the previous Bundestag",
     "coalition": "seats of the SPD, Greens and FDP", "majority": "majority needed in the Bundestag",
     "yes": "votes for Scholz as chancellor", "no": "votes against Scholz", "abst": "abstentions in the chancellor vote",
     "defect": "coalition members who did not vote for Scholz", "pages": "pages of the coalition agreement",
     "homes": "new homes a year planned", "spd_ok": "SPD congress approval (percent)",
     "fdp_ok": "FDP congress approval (percent)", "greens_ok": "Greens members' approval (percent)",
     "merkel_years": "years Merkel governed", "gap": "months between the election and the deal",
     "merkel_age": "Merkel's age", "scholz_age": "Scholz's age",
     # dates
     "election": "day of the federal election", "prelim": "day of the preliminary result",
     "exitpoll": "evening of the exit polls", "final": "day of the official final result",
     "gfmeet": "day the Greens' and FDP's leaders met", "talks": "day formal coalition talks began",
     "deal": "day the coalition agreement was presented", "spd_congress": "day of the SPD congress",
     "greens_ballot": "day the Greens' ballot result was announced", "signing": "day the agreement was signed",
     "vote": "day the Bundestag elected Scholz", "coal": "target year of the coal exit",
     "coal_old": "previous coal exit year", "y2017": "year of the previous election",
     "merkel_start": "year Merkel took office",
    }
    ms = [
     M(R, "25.7%", N, "spd", 25.7, cls="pct"),
     M(R, "24.1%", N, "union", 24.1, cls="pct"),
     M(R, "Sunday's", D, "election", "2021-09-26"),
     M(R, "Monday", D, "prelim", "2021-09-27"),
     M(R, "32.9%", N, "union2017", 32.9, cls="pct"),
     M(R, "2017", D, "y2017", "2017"),
     M(R, "14.8%", N, "greens", 14.8, cls="pct"),
     M(R, "11.5%", N, "fdp", 11.5, cls="pct"),
     M(R, "10.3%", N, "afd", 10.3, cls="pct"),
     M(R, "4.9%", N, "linke", 4.9, cls="pct"),
     M(R, "5%", N, "threshold", 5, cls="pct"),
     M(R, "three constituencies", N, "direct", 3),
     M(R, "735 seats", N, "seats", 735, "2021-09-27"),
     M(R, "206", N, "spd_seats", 206),
     M(R, "196", N, "union_seats", 196, "2021-09-27"),
     M(R, "76.6%", N, "turnout", 76.6, cls="pct"),
     M(R, "Sunday", D, "exitpoll", "2021-09-26", occ=2),
     M(R, "26%", N, "spd", 26, qual="approx", cls="pct", src="ZDF's exit poll"),
     M(R, "24%", N, "union", 24, qual="approx", cls="pct", src="ZDF's exit poll"),
     M(R, "2005", D, "merkel_start", "2005"),

     M(K, "Minggu (26/9/2021)", D, "election", "2021-09-26"),
     M(K, "Senin (27/9/2021)", D, "prelim", "2021-09-27"),
     M(K, "25,7 persen", N, "spd", 25.7, cls="pct"),
     M(K, "24,1 persen", N, "union", 24.1, cls="pct"),
     M(K, "Minggu", D, "exitpoll", "2021-09-26", occ=2),
     M(K, "sekitar 25 persen", N, "spd", 25, qual="approx", cls="pct", src="ARD's exit poll", also={"union": 25}),
     M(K, "14,8 persen", N, "greens", 14.8, cls="pct"),
     M(K, "11,8 persen", N, "fdp", 11.8, cls="pct", planted=True),
     M(K, "10,3 persen", N, "afd", 10.3, cls="pct"),
     M(K, "4,9 persen", N, "linke", 4.9, cls="pct"),
     M(K, "tiga kursi", N, "direct", 3),
     M(K, "76,6 persen", N, "turnout", 76.6, cls="pct"),
     M(K, "Selasa (28/9/2021)", D, "gfmeet", "2021-09-28"),
     M(K, "16 tahun", N, "merkel_years", 16, cls="dur"),

     M(T, "26 September 2021", D, "election", "2021-09-26"),
     M(T, "Jumat (15/10/2021)", D, "final", "2021-10-15"),
     M(T, "satu kursi", N, "extra", 1),
     M(T, "197 kursi", N, "union_seats", 197, "2021-10-15"),
     M(T, "736 orang", N, "seats", 736, "2021-10-15"),
     M(T, "709 kursi", N, "prev_seats", 709),
     M(T, "206 kursi", N, "spd_seats", 206),
     M(T, "118 kursi", N, "greens_seats", 118),
     M(T, "92 kursi", N, "fdp_seats", 92),
     M(T, "83 kursi", N, "afd_seats", 83),
     M(T, "39 kursi", N, "linke_seats", 39),
     M(T, "satu kursi", N, "ssw", 1, occ=2),
     M(T, "25,7 persen", N, "spd", 25.7, cls="pct"),
     M(T, "24,1 persen", N, "union", 24.1, cls="pct"),
     M(T, "Kamis (21/10/2021)", D, "talks", "2021-10-21"),
     M(T, "416 kursi", N, "coalition", 416),
     M(T, "369 kursi", N, "majority", 369),

     M(W, "Wednesday", D, "deal", "2021-11-24"),
     M(W, "two months", N, "gap", 2, cls="dur"),
     M(W, "Sept. 26", D, "election", "2021-09-26"),
     M(W, "177-page", N, "pages", 177),
     M(W, "416", N, "coalition", 416),
     M(W, "736", N, "seats", 736, "2021-10-15"),
     M(W, "2030", D, "coal", "2030"),
     M(W, "2038", D, "coal_old", "2038"),
     M(W, "400,000 new homes", N, "homes", 400000),
     M(W, "Dec. 4", D, "spd_congress", "2021-12-04"),
     M(W, "Dec. 6", D, "greens_ballot", "2021-12-06"),
     M(W, "67", N, "merkel_age", 67, cls="age"),
     M(W, "16 years", N, "merkel_years", 16, cls="dur"),
     M(W, "24.1%", N, "union", 24.1, cls="pct"),
     M(W, "September", D, "election", "2021-09"),
     M(W, "2005", D, "merkel_start", "2005"),

     M(A, "Rabu (8/12/2021)", D, "vote", "2021-12-08"),
     M(A, "16 tahun", N, "merkel_years", 16, cls="dur"),
     M(A, "395 suara", N, "yes", 395),
     M(A, "369 suara", N, "majority", 369),
     M(A, "303 anggota", N, "no", 303),
     M(A, "enam lainnya", N, "abst", 6),
     M(A, "416", N, "coalition", 416),
     M(A, "736 kursi", N, "seats", 736, "2021-10-15"),
     M(A, "sedikitnya 21 anggota", N, "defect", 21, qual="atleast"),
     M(A, "177 halaman", N, "pages", 177),
     M(A, "Kamis (25/11/2021)", D, "deal", "2021-11-25", planted=True),
     M(A, "Selasa (7/12/2021)", D, "signing", "2021-12-07"),
     M(A, "Sabtu (4/12/2021)", D, "spd_congress", "2021-12-04"),
     M(A, "98,8 persen", N, "spd_ok", 98.8, cls="pct"),
     M(A, "92,4 persen", N, "fdp_ok", 92.4, cls="pct"),
     M(A, "86 persen", N, "greens_ok", 86, cls="pct"),
     M(A, "Senin (6/12/2021)", D, "greens_ballot", "2021-12-06"),
     M(A, "2005", D, "merkel_start", "2005"),
     M(A, "63 tahun", N, "scholz_age", 63, cls="age"),
    ]
    build("bundestag-election-2021", "Germany's federal election of Sunday 26 September 2021: shares (SPD 25.7%, "
          "CDU/CSU 24.1%, Greens 14.8%, FDP 11.5%, AfD 10.3%, Left 4.9%), two broadcasters' exit polls, turnout "
          "76.6%, the preliminary seats (735, CDU/CSU 196) and the final (736, CDU/CSU 197) on 15 October, the "
          "previous Bundestag's 709 seats and 2017's share recalled; the coalition of 416 seats, its agreement "
          "presented on 24 November and approved by three parties on different days, Scholz elected with 395 votes "
          "on 8 December", False, ms, names)


def cpi():
    R, C, B, F = "reuters-jul13", "cnbcindonesia-jul14", "bisnis-jul15", "ft-jul16"
    names = {
     "yoy": "CPI, 12 months to June 2022", "mm": "CPI, June 2022 on May", "exp_yoy": "forecast for the annual rate",
     "exp_mm": "forecast for the monthly rate", "may_yoy": "CPI, 12 months to May 2022", "may_mm": "CPI, May on April",
     "energy_mm": "energy prices, June on May", "energy_yoy": "energy prices over the year",
     "gas_mm": "gasoline prices, June on May", "gas_yoy": "gasoline prices over the year",
     "food_mm": "food prices, June on May", "food_yoy": "food prices over the year",
     "home_yoy": "food at home over the year", "core_mm": "core CPI, June on May",
     "core_may_mm": "core CPI, May on April", "core_yoy": "core CPI over the year to June",
     "core_may_yoy": "core CPI over the year to May", "shelter_yoy": "shelter over the year",
     "fed_lo": "lower bound of the Fed's rate range", "fed_hi": "upper bound of the Fed's rate range",
     "window": "months of the annual comparison", "decades": "years since a higher annual rate",
     "fed_june": "the Fed's June rate rise (bp)", "bet": "the bigger July rise some traders bet on (bp)",
     "waller": "the July rise Waller would support (bp)", "gas_peak": "gallon of gasoline at its June peak",
     "gas_now": "gallon of gasoline in mid-July",
     # dates
     "month": "month of the data (June 2022)", "may": "May 2022", "release": "day of the release",
     "y1981": "month of the last higher annual rate", "fomc": "the Fed's July meeting",
     "sep2005": "month of the last higher monthly rise", "fedday": "day of the Fed's June rise",
     "peakday": "when gasoline peaked", "wallerday": "day Waller spoke", "y1994": "year of the last bigger Fed rise",
    }
    P = dict(cls="pct")
    ms = [
     M(R, "9.1%", N, "yoy", 9.1, **P),
     M(R, "12 months", N, "window", 12, cls="dur"),
     M(R, "June", D, "month", "2022-06"),
     M(R, "November 1981", D, "y1981", "1981-11"),
     M(R, "Wednesday", D, "release", "2022-07-13"),
     M(R, "1.3%", N, "mm", 1.3, **P),
     M(R, "1.0%", N, "may_mm", 1.0, **P),
     M(R, "May", D, "may", "2022-05"),
     M(R, "11.2%", N, "gas_mm", 11.2, **P),
     M(R, "1.1%", N, "exp_mm", 1.1, **P),
     M(R, "8.8%", N, "exp_yoy", 8.8, **P),
     M(R, "8.6%", N, "may_yoy", 8.6, **P),
     M(R, "May", D, "may", "2022-05", occ=2),
     M(R, "7.5%", N, "energy_mm", 7.5, **P),
     M(R, "June", D, "month", "2022-06", occ=2),
     M(R, "41.6%", N, "energy_yoy", 41.6, **P),
     M(R, "59.9%", N, "gas_yoy", 59.9, **P),
     M(R, "1.0%", N, "food_mm", 1.0, occ=2, **P),
     M(R, "10.4%", N, "food_yoy", 10.4, **P),
     M(R, "0.7%", N, "core_mm", 0.7, **P),
     M(R, "0.6%", N, "core_may_mm", 0.6, **P),
     M(R, "May", D, "may", "2022-05", occ=3),
     M(R, "5.9%", N, "core_yoy", 5.9, **P),
     M(R, "6.0%", N, "core_may_yoy", 6.0, **P),
     M(R, "75-basis-point", N, "fed_june", 75, cls="bp"),
     M(R, "July 26-27", D, "fomc", "2022-07-26"),
     M(R, "mid-June", D, "peakday", "2022-06"),

     M(C, "9,1 persen", N, "yoy", 9.1, **P),
     M(C, "Juni 2022", D, "month", "2022-06"),
     M(C, "November 1981", D, "y1981", "1981-11"),
     M(C, "Rabu (13/7/2022)", D, "release", "2022-07-13"),
     M(C, "1,3 persen", N, "mm", 1.3, **P),
     M(C, "8,8 persen", N, "exp_yoy", 8.8, **P),
     M(C, "1,1 persen", N, "exp_mm", 1.1, **P),
     M(C, "Mei", D, "may", "2022-05"),
     M(C, "8,6 persen", N, "may_yoy", 8.6, **P),
     M(C, "7,5 persen", N, "energy_mm", 7.5, **P),
     M(C, "41,6 persen", N, "energy_yoy", 41.6, **P),
     M(C, "11,2 persen", N, "gas_mm", 11.2, **P),
     M(C, "59,9 persen", N, "gas_yoy", 59.9, **P),
     M(C, "1 persen", N, "food_mm", 1.0, **P),
     M(C, "10,4 persen", N, "food_yoy", 10.4, **P),
     M(C, "0,7 persen", N, "core_mm", 0.7, **P),
     M(C, "5,9 persen", N, "core_yoy", 5.9, **P),
     M(C, "75 basis poin", N, "fed_june", 75, cls="bp"),
     M(C, "26-27 Juli 2022", D, "fomc", "2022-07-26"),
     M(C, "100 basis poin", N, "bet", 100, cls="bp"),

     M(B, "9,1 persen", N, "yoy", 9.1, **P),
     M(B, "Juni 2022", D, "month", "2022-06"),
     M(B, "Rabu (13/7/2022)", D, "release", "2022-07-13"),
     M(B, "8,8 persen", N, "exp_yoy", 8.8, **P),
     M(B, "1,3 persen", N, "mm", 1.3, **P),
     M(B, "September 2005", D, "sep2005", "2005-09"),
     M(B, "40 tahun", N, "decades", 40, qual="morethan", cls="dur"),
     M(B, "November 1981", D, "y1981", "1981-11"),
     M(B, "59,9 persen", N, "gas_yoy", 59.9, **P),
     M(B, "10,4 persen", N, "food_yoy", 10.4, **P),
     M(B, "5,6 persen", N, "shelter_yoy", 5.6, **P),
     M(B, "5,9 persen", N, "core_yoy", 5.9, **P),
     M(B, "6 persen", N, "core_may_yoy", 6.0, **P),
     M(B, "Mei", D, "may", "2022-05"),
     M(B, "75 basis poin", N, "fed_june", 75, cls="bp"),
     M(B, "15 Juni 2022", D, "fedday", "2022-06-15"),
     M(B, "1,5", N, "fed_lo", 1.5, **P),
     M(B, "1,75 persen", N, "fed_hi", 1.75, **P),
     M(B, "26-27 Juli", D, "fomc", "2022-07-26"),
     M(B, "100 basis poin", N, "bet", 100, cls="bp"),

     M(F, "9.1 per cent", N, "yoy", 9.1, **P),
     M(F, "June", D, "month", "2022-06"),
     M(F, "four decades", N, "decades", 40, qual="morethan", cls="dur"),
     M(F, "Wednesday", D, "release", "2022-07-13"),
     M(F, "1.3 per cent", N, "mm", 1.3, **P),
     M(F, "May", D, "may", "2022-05"),
     M(F, "1.1 per cent", N, "exp_mm", 1.1, **P),
     M(F, "5.9 per cent", N, "core_yoy", 5.9, **P),
     M(F, "6 per cent", N, "core_may_yoy", 6.0, **P),
     M(F, "11.2 per cent", N, "gas_mm", 11.2, **P),
     M(F, "41.6 per cent", N, "energy_yoy", 41.6, **P),
     M(F, "10.4 per cent", N, "food_yoy", 10.4, **P),
     M(F, "12.2 per cent", N, "home_yoy", 12.2, **P),
     M(F, "$5", N, "gas_peak", 5, qual="morethan", cls="money"),
     M(F, "mid-June", D, "peakday", "2022-06"),
     M(F, "about $4.63", N, "gas_now", 4.63, qual="approx", cls="money"),
     M(F, "Thursday", D, "wallerday", "2022-07-14"),
     M(F, "75 basis point", N, "waller", 75, cls="bp"),
     M(F, "July 26-27", D, "fomc", "2022-07-26"),
     M(F, "75 basis points", N, "fed_june", 75, cls="bp"),
     M(F, "June", D, "fedday", "2022-06", occ=3),
     M(F, "1994", D, "y1994", "1994"),
    ]
    build("us-cpi-2022", "The US consumer price index for June 2022 (control), released on Wednesday 13 July 2022: "
          "9.1% over the year (the most since November 1981) and 1.3% on the month against forecasts of 8.8% and "
          "1.1%, May's 8.6%, energy, gasoline, food, core and shelter on the month and the year, the Fed's June rise "
          "of 75 basis points and its July meeting. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    lewotobi()
    bundestag()
    cpi()
