"""The hundred-and-fiftieth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset150/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def las_vegas():
    R, K, T, A, N2 = "reuters-oct02", "kompas-oct03", "tempo-oct05", "ap-oct14", "antara-nov01"
    # the police's running tallies: before dawn on Monday 2 October, Monday morning, Monday evening (59 dead with
    # the gunman, 527 injured), Friday 13 October (546 injured); the local hospitals' own count of Tuesday 3 October.
    # Without a stated time a figure stands as of its article's day. The Monday-evening toll of 59 counted the
    # gunman; the police then lowered it to 58 victims, so every later 58 against the 59 is a revision. Patients still
    # in hospital may fall.
    DAWN, MORN, EVE, OCT03, OCT13 = "2017-10-02T04", "2017-10-02T09", "2017-10-02T20", "2017-10-03", "2017-10-13"
    POL, HOSP = "the police", "the local hospitals"
    names = {
     "dead": "people killed", "injured": "people injured",
     "age": "the gunman's age", "floor": "floor of the gunman's room", "crowd": "concertgoers",
     "guns_room": "firearms found in the hotel room", "guns_home": "firearms found at the Mesquite house",
     "guns_total": "firearms seized in all", "locations": "places the firearms were seized",
     "bumpstock": "rifles fitted with bump stocks", "orlando": "people killed in the Orlando nightclub attack",
     "distance": "distance from Mesquite to Las Vegas", "officers": "on-duty officers wounded",
     "discharged": "injured released from hospital", "in_hospital": "injured still in hospital",
     "gap": "minutes between the guard's shooting and the first shots at the crowd (the first account)",
     "firing": "minutes the gunman fired into the crowd", "visit_after": "days from the attack to Trump's visit",
     # dates
     "shooting": "day of the shooting", "announce": "day the police gave the Monday figures",
     "orlando_d": "date of the Orlando attack", "checkin": "day the gunman checked in", "visit": "day of Trump's visit",
     "hosp_day": "day of the hospitals' count", "timeline1": "day of the first timeline",
     "timeline2": "day the timeline was changed",
    }
    ms = [
     M(R, "58 people", N, "dead", 58, MORN, src=POL),
     M(R, "515", N, "injured", 515, MORN, src=POL),
     M(R, "Sunday", D, "shooting", "2017-10-01"),
     M(R, "Monday", D, "announce", "2017-10-02"),
     M(R, "at least 50", N, "dead", 50, DAWN, qual="atleast", src=POL),
     M(R, "more than 200", N, "injured", 200, DAWN, qual="morethan", src=POL),
     M(R, "64", N, "age", 64, cls="age"),
     M(R, "32nd floor", N, "floor", 32, cls="floor"),
     M(R, "about 22,000 people", N, "crowd", 22000, qual="approx"),
     M(R, "more than 10 rifles", N, "guns_room", 10, MORN, qual="morethan"),
     M(R, "49 people", N, "orlando", 49),
     M(R, "June 2016", D, "orlando_d", "2016-06"),
     M(R, "about 80 miles", N, "distance", 80, qual="approx", cls="miles"),
     M(R, "two on-duty officers", N, "officers", 2),

     M(K, "59 orang", N, "dead", 59, EVE, src=POL),
     M(K, "527 orang", N, "injured", 527, EVE, src=POL),
     M(K, "Senin (2/10/2017)", D, "announce", "2017-10-02"),
     M(K, "58 orang", N, "dead", 58, MORN, src=POL),
     M(K, "515 orang", N, "injured", 515, MORN, src=POL),
     M(K, "Minggu (1/10/2017)", D, "shooting", "2017-10-01"),
     M(K, "sekitar 22.000 penonton", N, "crowd", 22000, qual="approx"),
     M(K, "64", N, "age", 64, cls="age"),
     M(K, "lantai 32", N, "floor", 32, cls="floor"),
     M(K, "23 pucuk", N, "guns_room", 23, EVE),
     M(K, "19 pucuk", N, "guns_home", 19),
     M(K, "Kamis (28/9/2017)", D, "checkin", "2017-09-28"),
     M(K, "Rabu (4/10/2017)", D, "visit", "2017-10-04"),
     M(K, "Juni 2016", D, "orlando_d", "2016-06"),
     M(K, "49 orang", N, "orlando", 49),

     M(T, "Rabu (4/10/2017)", D, "visit", "2017-10-04"),
     M(T, "Sabtu (30/9/2017)", D, "shooting", "2017-09-30", planted=True),
     M(T, "58 orang", N, "dead", 58, "2017-10-05", src=POL),
     M(T, "59", N, "dead", 59, EVE, src=POL),
     M(T, "527 korban luka", N, "injured", 527, "2017-10-05", src=POL),
     M(T, "Selasa (3/10/2017)", D, "hosp_day", "2017-10-03"),
     M(T, "530 orang", N, "injured", 530, OCT03, src=HOSP),
     M(T, "47 senjata api", N, "guns_total", 47),
     M(T, "tiga lokasi", N, "locations", 3),
     M(T, "Dua belas senapan", N, "bumpstock", 12),
     M(T, "64", N, "age", 64, cls="age"),
     M(T, "lantai 32", N, "floor", 32, cls="floor"),

     M(A, "Friday", D, "timeline2", "2017-10-13"),
     M(A, "Monday", D, "timeline1", "2017-10-09"),
     M(A, "six minutes", N, "gap", 6, cls="dur"),
     M(A, "32nd-floor", N, "floor", 32, cls="floor"),
     M(A, "546 people", N, "injured", 546, OCT13, src=POL),
     M(A, "501", N, "discharged", 501, OCT13),
     M(A, "45", N, "in_hospital", 45, OCT13, fall=True),
     M(A, "Oct. 1", D, "shooting", "2017-10-01"),
     M(A, "58 people", N, "dead", 58, "2017-10-14", src=POL),
     M(A, "64-year-old", N, "age", 64, cls="age"),
     M(A, "about 10 minutes", N, "firing", 10, qual="approx", cls="dur"),

     M(N2, "Minggu (1/10/2017)", D, "shooting", "2017-10-01"),
     M(N2, "64 tahun", N, "age", 64, cls="age"),
     M(N2, "58 orang", N, "dead", 58, "2017-11-01", src=POL),
     M(N2, "Jumat (13/10/2017)", D, "timeline2", "2017-10-13"),
     M(N2, "564 orang", N, "injured", 564, OCT13, src=POL, planted=True),
     M(N2, "lantai 32", N, "floor", 32, cls="floor"),
     M(N2, "sekitar 22.000 penonton", N, "crowd", 22000, qual="approx"),
     M(N2, "kurang lebih 10 menit", N, "firing", 10, qual="approx", cls="dur"),
     M(N2, "enam menit", N, "gap", 6, cls="dur"),
     M(N2, "47 senjata api", N, "guns_total", 47),
     M(N2, "23 di antaranya", N, "guns_room", 23, "2017-11-01"),
     M(N2, "Dua belas senapan", N, "bumpstock", 12),
     M(N2, "2016", D, "orlando_d", "2016"),
     M(N2, "49 orang", N, "orlando", 49),
     M(N2, "Rabu (4/10/2017)", D, "visit", "2017-10-04"),
     M(N2, "tiga hari", N, "visit_after", 3, cls="dur"),
    ]
    build("las-vegas-shooting-2017", "The mass shooting at the Route 91 Harvest festival in Las Vegas (Sunday 1 October "
          "2017): the police's toll rising from at least 50 dead and more than 200 injured before dawn on Monday to 58 "
          "and 515 on Monday morning and 59 and 527 on Monday evening, the toll then lowered to 58 once the gunman was no longer counted; the local hospitals' 530 on "
          "Tuesday; 546 injured, 501 released and 45 in hospital on Friday 13 October, when the timeline of the guard's "
          "shooting given on Monday 9 October was changed; 23 firearms in the room, 19 at the house, 47 in all, 12 "
          "with bump stocks; Trump's visit on Wednesday 4 October", False, ms, names)


def infrastructure():
    R, K, T, A, N2 = "reuters-aug10", "kompas-aug11", "tempo-nov06", "ap-nov15", "antara-nov16"
    names = {
     "total": "the bill's total (trillion dollars)", "bbb_initial": "the social package as first planned (trillion)",
     "bbb_now": "the social package in November (trillion)",
     "new": "new spending (billion dollars)", "roads": "roads and bridges (billion)", "rail": "rail (billion)",
     "broadband": "broadband (billion)", "water": "water systems (billion)", "ev": "electric vehicle chargers (billion)",
     "transit": "public transit (billion)", "deficit": "CBO's addition to deficits (billion)",
     "senate_ayes": "Senate votes for", "senate_noes": "Senate votes against",
     "house_ayes": "House votes for", "house_noes": "House votes against",
     "senate_gop": "Senate Republicans voting for", "house_gop": "House Republicans voting for",
     "house_dem_no": "House Democrats voting against",
     "period": "years of the CBO's estimate", "gap_months": "months between the two chambers' votes",
     # dates
     "senate_vote": "day of the Senate vote", "house_vote": "day of the House vote", "signing": "day of the signing",
     "cbo_day": "day of the CBO's estimate", "house_return": "day the House was due back",
     "bbb_week": "week the social package was to be voted", "virginia": "day of the Virginia governor's election",
    }
    ms = [
     M(R, "Tuesday", D, "senate_vote", "2021-08-10"),
     M(R, "$1.2 trillion", N, "total", 1.2, cls="usdtn"),
     M(R, "69 votes", N, "senate_ayes", 69, cls="votes"),
     M(R, "30", N, "senate_noes", 30, cls="votes"),
     M(R, "Nineteen Republicans", N, "senate_gop", 19),
     M(R, "about $550 billion", N, "new", 550, qual="approx", cls="usdbn"),
     M(R, "$110 billion", N, "roads", 110, cls="usdbn"),
     M(R, "$66 billion", N, "rail", 66, cls="usdbn"),
     M(R, "$65 billion", N, "broadband", 65, cls="usdbn"),
     M(R, "Thursday", D, "cbo_day", "2021-08-05"),
     M(R, "$256 billion", N, "deficit", 256, cls="usdbn"),
     M(R, "10 years", N, "period", 10, cls="dur"),
     M(R, "Sept. 20", D, "house_return", "2021-09-20"),
     M(R, "$3.5 trillion", N, "bbb_initial", 3.5, cls="usdtn"),

     M(K, "1,2 triliun dolar AS", N, "total", 1.2, cls="usdtn"),
     M(K, "Selasa (10/8/2021)", D, "senate_vote", "2021-08-10"),
     M(K, "69 suara", N, "senate_ayes", 69, cls="votes"),
     M(K, "30 menolak", N, "senate_noes", 30, cls="votes"),
     M(K, "19 senator", N, "senate_gop", 19),
     M(K, "sekitar 550 miliar dolar AS", N, "new", 550, qual="approx", cls="usdbn"),
     M(K, "110 miliar dolar AS", N, "roads", 110, cls="usdbn"),
     M(K, "55 miliar dolar AS", N, "water", 55, cls="usdbn"),
     M(K, "7,5 miliar dolar AS", N, "ev", 7.5, cls="usdbn"),
     M(K, "256 miliar dolar AS", N, "deficit", 256, cls="usdbn"),
     M(K, "10 tahun", N, "period", 10, cls="dur"),
     M(K, "20 September", D, "house_return", "2021-09-20"),
     M(K, "3,5 triliun dolar AS", N, "bbb_initial", 3.5, cls="usdtn"),

     M(T, "1,2 triliun dolar AS", N, "total", 1.2, cls="usdtn"),
     M(T, "Jumat malam (5/11/2021)", D, "house_vote", "2021-11-05"),
     M(T, "228 suara", N, "house_ayes", 228, cls="votes"),
     M(T, "206 menolak", N, "house_noes", 206, cls="votes"),
     M(T, "13 anggota", N, "house_gop", 13),
     M(T, "enam anggota", N, "house_dem_no", 6),
     M(T, "10 Agustus", D, "senate_vote", "2021-08-10"),
     M(T, "69 suara", N, "senate_ayes", 69, cls="votes"),
     M(T, "30", N, "senate_noes", 30, cls="votes"),
     M(T, "sekitar 1,75 triliun dolar AS", N, "bbb_now", 1.75, qual="approx", cls="usdtn"),
     M(T, "3,5 triliun dolar AS", N, "bbb_initial", 3.5, cls="usdtn"),
     M(T, "15 November", D, "bbb_week", "2021-11-15"),
     M(T, "sekitar 550 miliar dolar AS", N, "new", 550, qual="approx", cls="usdbn"),
     M(T, "Selasa (2/11/2021)", D, "virginia", "2021-11-02"),

     M(A, "$1.2 trillion", N, "total", 1.2, cls="usdtn"),
     M(A, "Monday", D, "signing", "2021-11-15"),
     M(A, "about $550 billion", N, "new", 550, qual="approx", cls="usdbn"),
     M(A, "$110 billion", N, "roads", 110, cls="usdbn"),
     M(A, "$66 billion", N, "rail", 66, cls="usdbn"),
     M(A, "$39 billion", N, "transit", 39, cls="usdbn"),
     M(A, "$65 billion", N, "broadband", 65, cls="usdbn"),
     M(A, "$55 billion", N, "water", 55, cls="usdbn"),
     M(A, "$7.5 billion", N, "ev", 7.5, cls="usdbn"),
     M(A, "Nov. 5", D, "house_vote", "2021-11-05"),
     M(A, "228-206", N, "house_ayes", 228, cls="votes", also={"house_noes": 206}),
     M(A, "almost three months", N, "gap_months", 3, qual="nearly", cls="dur"),
     M(A, "69-30", N, "senate_ayes", 69, cls="votes", also={"senate_noes": 30}),
     M(A, "Aug. 10", D, "senate_vote", "2021-08-10"),
     M(A, "Thirteen House Republicans", N, "house_gop", 13),
     M(A, "six Democrats", N, "house_dem_no", 6),
     M(A, "$1.75 trillion", N, "bbb_now", 1.75, cls="usdtn"),

     M(N2, "1,2 triliun dolar AS", N, "total", 1.2, cls="usdtn"),
     M(N2, "Senin (15/11/2021)", D, "signing", "2021-11-15"),
     M(N2, "sekitar 550 miliar dolar AS", N, "new", 550, qual="approx", cls="usdbn"),
     M(N2, "110 miliar dolar AS", N, "roads", 110, cls="usdbn"),
     M(N2, "65 miliar dolar AS", N, "broadband", 65, cls="usdbn"),
     M(N2, "Jumat (5/11/2021)", D, "house_vote", "2021-11-05"),
     M(N2, "228 suara", N, "house_ayes", 228, cls="votes"),
     M(N2, "208 menolak", N, "house_noes", 208, cls="votes", planted=True),
     M(N2, "Agustus", D, "senate_vote", "2021-08"),
     M(N2, "69 suara", N, "senate_ayes", 69, cls="votes"),
     M(N2, "30", N, "senate_noes", 30, cls="votes"),
     M(N2, "7,5 miliar dolar AS", N, "ev", 7.5, cls="usdbn"),
     M(N2, "1,75 triliun dolar AS", N, "bbb_now", 1.75, cls="usdtn"),
    ]
    build("us-infrastructure-bill-2021", "The U.S. infrastructure bill of 2021: $1.2 trillion (about $550 billion of new "
          "spending), passed by the Senate 69-30 on Tuesday 10 August 2021 with 19 Republicans, by the House 228-206 "
          "on Friday 5 November with 13 Republicans for and six Democrats against, signed by Biden on Monday 15 "
          "November; the CBO's $256 billion over 10 years (Thursday 5 August); the social package's $3.5 trillion "
          "plan and $1.75 trillion version", False, ms, names)


def boc():
    R, C, B, K = "reuters-jul13", "cbc-jul14", "bisnis-jul15", "kontan-jul16"
    names = {
     "hike": "size of the increase", "rate": "the new policy rate", "prev_rate": "the rate before the decision",
     "expected": "the increase markets expected", "cpi": "inflation in May", "near": "inflation in the next few months",
     "core_lo": "lowest core measure", "core_hi": "highest core measure", "g22": "growth forecast for 2022",
     "g23": "growth forecast for 2023", "g24": "growth forecast for 2024", "end23": "inflation at the end of 2023",
     "end24": "inflation at the end of 2024 (the target)", "prev_hikes": "size of each earlier increase",
     "q2": "growth in the second quarter", "q3": "growth in the third quarter",
     # dates
     "decision": "day of the decision", "since": "the last increase as large", "may": "May 2022 (inflation)",
     "since_cpi": "the last time inflation was as high", "y22": "the year 2022 (growth)", "y23": "the year 2023 (growth)",
     "y24": "the year 2024 (growth)", "end23_y": "the end of 2023 (inflation)", "end24_y": "the end of 2024 (inflation)",
     "apr": "April 2022 (an earlier increase)", "jun": "June 2022 (an earlier increase)",
     "fed_jun": "June 2022 (the U.S. central bank's move)", "next": "day of the next decision",
    }
    ms = [
     M(R, "100 basis points", N, "hike", 100, cls="bp"),
     M(R, "2.5%", N, "rate", 2.5, cls="pct"),
     M(R, "Wednesday", D, "decision", "2022-07-13"),
     M(R, "August 1998", D, "since", "1998-08"),
     M(R, "75-basis-point", N, "expected", 75, cls="bp"),
     M(R, "7.7%", N, "cpi", 7.7, cls="pct"),
     M(R, "May", D, "may", "2022-05"),
     M(R, "1983", D, "since_cpi", "1983"),
     M(R, "around 8%", N, "near", 8, qual="approx", cls="pct"),
     M(R, "3.9%", N, "core_lo", 3.9, cls="pct"),
     M(R, "5.4%", N, "core_hi", 5.4, cls="pct"),
     M(R, "3.5%", N, "g22", 3.5, cls="pct"),
     M(R, "2022", D, "y22", "2022"),
     M(R, "1.75%", N, "g23", 1.75, cls="pct"),
     M(R, "2023", D, "y23", "2023"),
     M(R, "2.5%", N, "g24", 2.5, cls="pct", occ=2),
     M(R, "2024", D, "y24", "2024"),
     M(R, "about 3%", N, "end23", 3, qual="approx", cls="pct"),
     M(R, "2%", N, "end24", 2, cls="pct"),
     M(R, "2024", D, "end24_y", "2024", occ=2),
     M(R, "1.5%", N, "prev_rate", 1.5, cls="pct"),
     M(R, "50 basis points", N, "prev_hikes", 50, cls="bp"),
     M(R, "April", D, "apr", "2022-04"),
     M(R, "June", D, "jun", "2022-06"),
     M(R, "about 4%", N, "q2", 4, qual="approx", cls="pct"),
     M(R, "about 2%", N, "q3", 2, qual="approx", cls="pct"),
     M(R, "Sept. 7", D, "next", "2022-09-07"),

     M(C, "Wednesday", D, "decision", "2022-07-13"),
     M(C, "a full percentage point", N, "hike", 100, qual="unit", cls="bp"),
     M(C, "2.5 per cent", N, "rate", 2.5, cls="pct"),
     M(C, "1.5 per cent", N, "prev_rate", 1.5, cls="pct"),
     M(C, "August 1998", D, "since", "1998-08"),
     M(C, "75 basis points", N, "expected", 75, cls="bp"),
     M(C, "June", D, "fed_jun", "2022-06"),
     M(C, "7.7 per cent", N, "cpi", 7.7, cls="pct"),
     M(C, "May", D, "may", "2022-05"),
     M(C, "1983", D, "since_cpi", "1983"),
     M(C, "around eight per cent", N, "near", 8, qual="approx", cls="pct"),
     M(C, "3.5 per cent", N, "g22", 3.5, cls="pct"),
     M(C, "1.75 per cent", N, "g23", 1.75, cls="pct"),
     M(C, "2023", D, "y23", "2023"),
     M(C, "2.5 per cent", N, "g24", 2.5, cls="pct", occ=2),
     M(C, "2024", D, "y24", "2024"),
     M(C, "about three per cent", N, "end23", 3, qual="approx", cls="pct"),
     M(C, "2023", D, "end23_y", "2023", occ=2),
     M(C, "two per cent", N, "end24", 2, cls="pct"),
     M(C, "2024", D, "end24_y", "2024", occ=2),
     M(C, "3.9 per cent", N, "core_lo", 3.9, cls="pct"),
     M(C, "5.4 per cent", N, "core_hi", 5.4, cls="pct"),
     M(C, "Sept. 7", D, "next", "2022-09-07"),

     M(B, "100 basis poin", N, "hike", 100, cls="bp"),
     M(B, "2,5 persen", N, "rate", 2.5, cls="pct"),
     M(B, "Rabu (13/7/2022)", D, "decision", "2022-07-13"),
     M(B, "Agustus 1998", D, "since", "1998-08"),
     M(B, "1,5 persen", N, "prev_rate", 1.5, cls="pct"),
     M(B, "50 basis poin", N, "prev_hikes", 50, cls="bp"),
     M(B, "April", D, "apr", "2022-04"),
     M(B, "Juni", D, "jun", "2022-06"),
     M(B, "75 basis poin", N, "expected", 75, cls="bp"),
     M(B, "7,7 persen", N, "cpi", 7.7, cls="pct"),
     M(B, "Mei", D, "may", "2022-05"),
     M(B, "1983", D, "since_cpi", "1983"),
     M(B, "sekitar 8 persen", N, "near", 8, qual="approx", cls="pct"),
     M(B, "3,9 persen", N, "core_lo", 3.9, cls="pct"),
     M(B, "5,4 persen", N, "core_hi", 5.4, cls="pct"),
     M(B, "3,5 persen", N, "g22", 3.5, cls="pct"),
     M(B, "2022", D, "y22", "2022", occ=2),
     M(B, "1,75 persen", N, "g23", 1.75, cls="pct"),
     M(B, "2023", D, "y23", "2023"),
     M(B, "2,5 persen", N, "g24", 2.5, cls="pct", occ=2),
     M(B, "2024", D, "y24", "2024"),
     M(B, "sekitar 3 persen", N, "end23", 3, qual="approx", cls="pct"),
     M(B, "2023", D, "end23_y", "2023", occ=2),
     M(B, "2 persen", N, "end24", 2, cls="pct"),
     M(B, "2024", D, "end24_y", "2024", occ=2),
     M(B, "sekitar 4 persen", N, "q2", 4, qual="approx", cls="pct"),
     M(B, "sekitar 2 persen", N, "q3", 2, qual="approx", cls="pct"),
     M(B, "7 September 2022", D, "next", "2022-09-07"),

     M(K, "1 poin persentase", N, "hike", 100, qual="unit", cls="bp"),
     M(K, "1,5%", N, "prev_rate", 1.5, cls="pct"),
     M(K, "2,5%", N, "rate", 2.5, cls="pct"),
     M(K, "Rabu, 13 Juli 2022", D, "decision", "2022-07-13"),
     M(K, "Agustus 1998", D, "since", "1998-08"),
     M(K, "75 basis poin", N, "expected", 75, cls="bp"),
     M(K, "Mei", D, "may", "2022-05"),
     M(K, "7,7%", N, "cpi", 7.7, cls="pct"),
     M(K, "1983", D, "since_cpi", "1983"),
     M(K, "kisaran 8%", N, "near", 8, qual="approx", cls="pct"),
     M(K, "sekitar 3%", N, "end23", 3, qual="approx", cls="pct"),
     M(K, "2023", D, "end23_y", "2023"),
     M(K, "2%", N, "end24", 2, cls="pct"),
     M(K, "2024", D, "end24_y", "2024"),
     M(K, "3,9%", N, "core_lo", 3.9, cls="pct"),
     M(K, "5,4%", N, "core_hi", 5.4, cls="pct"),
     M(K, "3,5%", N, "g22", 3.5, cls="pct"),
     M(K, "2022", D, "y22", "2022", occ=2),
     M(K, "1,75%", N, "g23", 1.75, cls="pct"),
     M(K, "2023", D, "y23", "2023", occ=2),
     M(K, "2,5%", N, "g24", 2.5, cls="pct", occ=2),
     M(K, "2024", D, "y24", "2024", occ=2),
     M(K, "April", D, "apr", "2022-04"),
     M(K, "Juni", D, "jun", "2022-06"),
     M(K, "50 basis poin", N, "prev_hikes", 50, cls="bp"),
     M(K, "7 September", D, "next", "2022-09-07"),
    ]
    build("boc-hike-2022", "The Bank of Canada's rate decision (control) of Wednesday 13 July 2022: the overnight rate "
          "raised 100 basis points from 1.5% to 2.5%, the largest increase since August 1998 (markets expected 75); "
          "May's inflation of 7.7%, the highest since 1983, seen around 8% in the next months, about 3% at the end of "
          "2023 and 2% at the end of 2024; core measures 3.9% to 5.4%; growth of 3.5% in 2022, 1.75% in 2023 and 2.5% "
          "in 2024, about 4% in the second quarter and about 2% in the third; two earlier increases of 50 basis points "
          "in April and June; the next decision on 7 September. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    las_vegas()
    infrastructure()
    boc()
