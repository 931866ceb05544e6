"""The forty-fifth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md), by
tests/benchmarks/factlabels.py: same fact -> agree / compatible / update / revision / conflict / sources; different
facts of one unit class, and every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset45/facts.py`` (``--show`` prints
each mention in its context).
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def hagibis():
    K, P, R, J, A = "kyodo-oct13", "kompas-oct14", "reuters-oct16", "japantimes-oct20", "antara-oct12-2020"
    names = {
     "dead": "death toll of Typhoon Hagibis", "missing": "people missing", "injured": "people injured",
     "warn_pref": "prefectures under the heavy-rain emergency warning", "dead_pref": "prefectures with deaths",
     "rivers": "rivers with collapsed levees", "points": "points where levees collapsed",
     "trains": "bullet trains flooded at the Nagano depot", "cars": "cars of the flooded bullet trains",
     "rescuers": "police, firefighters, coast guard and SDF personnel mobilized",
     "power": "households without power at the peak", "water": "households without running water",
     "shelter": "people in evacuation shelters", "flooded": "homes inundated",
     "damaged": "homes flooded or damaged (FDMA)", "temp": "households in temporary housing a year on",
     "kano": "dead or missing in the 1958 Kanogawa Typhoon", "wj_dead": "dead in the July 2018 western Japan rain",
     "wj_homes": "homes hit by the July 2018 western Japan rain", "matches": "Rugby World Cup matches cancelled",
     "pressure": "central pressure at landfall (hPa)", "rain24": "Hakone rain in 24 hours (mm)",
     "rain48": "Hakone rain over 48 hours (mm)", "depth": "water depth at the Nagano depot (m)",
     # dates
     "landfall": "day Hagibis made landfall", "breach": "day the Chikuma River levee broke in Nagano",
     "count13": "day the 35 dead were counted", "meeting": "day of Abe's emergency meeting of ministers",
     "match": "day of the cancelled Namibia-Canada match", "count14": "day the 58 dead were counted",
     "suga": "day Suga spoke of the damage", "ministry14": "day of the ministry's count of 49 points",
     "shelter14": "day the 38,000 in shelters were counted", "count16": "day the 75 dead were counted",
     "diet": "day Abe spoke to parliament", "count20": "day the 80 dead were counted",
     "designation": "day the Cabinet designated a specified emergency disaster",
     "memorial": "day of the Nagano memorial prayer", "y1958": "year of the Kanogawa Typhoon",
     "wj_month": "month of the western Japan rain",
    }
    ms = [
     M(K, "35 people", N, "dead", 35, "2019-10-13T21", "atleast"),
     M(K, "17 others", N, "missing", 17, "2019-10-13T21", fall=True),
     M(K, "955 hectopascals", N, "pressure", 955, cls="pressure"),
     M(K, "13 prefectures", N, "warn_pref", 13),
     M(K, "922.5 millimeters", N, "rain24", 922.5, cls="rain"),
     M(K, "10 bullet trains", N, "trains", 10),
     M(K, "21 rivers", N, "rivers", 21, "2019-10-13T18"),
     M(K, "110,000", N, "rescuers", 110000, qual="morethan"),
     M(K, "500,000 households", N, "power", 500000, qual="nearly"),
     M(K, "1,200 people", N, "kano", 1200, qual="morethan"),
     M(K, "Sunday", D, "count13", "2019-10-13"),
     M(K, "Saturday", D, "landfall", "2019-10-12"),
     M(K, "Sunday", D, "breach", "2019-10-13", occ=2),
     M(K, "Sunday", D, "meeting", "2019-10-13", occ=3),
     M(K, "Sunday", D, "match", "2019-10-13", occ=4),
     M(K, "1958", D, "y1958", "1958"),

     M(P, "58 orang", N, "dead", 58, "2019-10-14T15"),
     M(P, "14 orang", N, "missing", 14, "2019-10-14T15", fall=True),
     M(P, "17 orang", N, "missing", 17, "2019-10-14T15", fall=True),
     M(P, "210 orang", N, "injured", 210, "2019-10-14T15", "atleast"),
     M(P, "49 titik", N, "points", 49, "2019-10-14T13"),
     M(P, "35 sungai", N, "rivers", 35, "2019-10-14T13"),
     M(P, "4 meter", N, "depth", 4, qual="approx", cls="len"),
     M(P, "10 rangkaian", N, "trains", 10),
     M(P, "120 gerbong", N, "cars", 120),
     M(P, "4.400 rumah", N, "flooded", 4400, "2019-10-14T13", "approx"),
     M(P, "130.000 rumah", N, "water", 130000, "2019-10-14T13", "morethan", fall=True),
     M(P, "38.000 orang", N, "shelter", 38000, "2019-10-14T08", "approx", fall=True),
     M(P, "Senin (14/10/2019)", D, "count14", "2019-10-14"),
     M(P, "Sabtu (12/10/2019)", D, "landfall", "2019-10-12"),
     M(P, "Minggu (13/10/2019)", D, "breach", "2019-10-13"),
     M(P, "Senin", D, "ministry14", "2019-10-14", occ=2),
     M(P, "Senin", D, "shelter14", "2019-10-14", occ=3),
     M(P, "Senin", D, "suga", "2019-10-14", occ=4),

     M(R, "75", N, "dead", 75, "2019-10-16T12"),
     M(R, "10 people", N, "missing", 10, "2019-10-16T12", fall=True),
     M(R, "73", N, "dead", 73, "2019-10-15T18"),
     M(R, "12 prefectures", N, "dead_pref", 12),
     M(R, "73 locations", N, "points", 73, "2019-10-16T12"),
     M(R, "52 rivers", N, "rivers", 52, "2019-10-16T12"),
     M(R, "10,000 homes", N, "flooded", 10000, "2019-10-16T12", "nearly"),
     M(R, "100,000 households", N, "water", 100000, "2019-10-16T12", "morethan", fall=True),
     M(R, "110,000", N, "rescuers", 110000, qual="approx"),
     M(R, "10 bullet trains", N, "trains", 10),
     M(R, "1,000 millimeters", N, "rain48", 1000, qual="approx", cls="rain"),
     M(R, "Wednesday", D, "count16", "2019-10-16"),
     M(R, "Saturday", D, "landfall", "2019-10-12"),
     M(R, "Monday", D, "breach", "2019-10-14", planted=True),
     M(R, "Tuesday", D, "diet", "2019-10-15"),

     M(J, "80", N, "dead", 80, "2019-10-20T12"),
     M(J, "10 still", N, "missing", 10, "2019-10-20T12", fall=True),
     M(J, "56,753 homes", N, "damaged", 56753, "2019-10-20T12"),
     M(J, "51,000", N, "wj_homes", 51000, qual="approx"),
     M(J, "200 people", N, "wj_dead", 200, qual="morethan"),
     M(J, "4,000 people", N, "shelter", 4000, "2019-10-20T12", "approx", fall=True),
     M(J, "78,000 households", N, "water", 78000, "2019-10-20T12", "morethan", fall=True),
     M(J, "3 matches", N, "matches", 3),
     M(J, "Sunday", D, "count20", "2019-10-20"),
     M(J, "Oct. 12", D, "landfall", "2019-10-12"),
     M(J, "July 2018", D, "wj_month", "2018-07"),
     M(J, "Friday", D, "designation", "2019-10-18"),
     M(J, "Oct. 13", D, "breach", "2019-10-13"),

     M(A, "992,5 milimeter", N, "rain24", 992.5, cls="rain", planted=True),
     M(A, "140 titik", N, "points", 140, "final"),
     M(A, "71 sungai", N, "rivers", 71, "final"),
     M(A, "80 orang", N, "dead", 80, "final", "morethan"),
     M(A, "70.000 rumah", N, "damaged", 70000, "final", "morethan"),
     M(A, "ke-10 rangkaian", N, "trains", 10),
     M(A, "120 gerbong", N, "cars", 120),
     M(A, "1.500 rumah tangga", N, "temp", 1500, "2020-10-12", "approx", fall=True),
     M(A, "1.200 orang", N, "kano", 1200, qual="morethan"),
     M(A, "Sabtu (12/10/2019)", D, "landfall", "2019-10-12"),
     M(A, "Jumat (18/10/2019)", D, "designation", "2019-10-18"),
     M(A, "Sabtu (10/10/2020)", D, "memorial", "2020-10-10"),
     M(A, "1958", D, "y1958", "1958"),
    ]
    build("hagibis-2019", "Typhoon Hagibis, eastern Japan (landfall Saturday 12 October 2019 on the Izu Peninsula): "
          "the toll rising over a week (at least 35 -> 58 -> 73 -> 75 -> 80, more than 80 a year on), the missing "
          "falling as people are found (17 -> 14 -> 10), levees collapsed on more rivers and at more points as "
          "surveys go on (21 -> 35 -> 52 -> 71 rivers; 49 -> 73 -> 140 points), homes inundated rising, households "
          "without water and people in shelters falling, 10 bullet trains (120 cars) flooded at the Nagano depot, "
          "Hakone's 24-hour and 48-hour rain, the 1958 Kanogawa Typhoon and the July 2018 western Japan rain "
          "recalled; dates of the landfall, the Chikuma levee breach, each count, a meeting, a match, a speech in "
          "parliament, a designation, a memorial a year later",
          False, ms, names)


def election():
    F, K, R, T = "afp-nov22", "kompas-nov23", "reuters-dec01", "tempo-jul02-2024"
    names = {
     "pvv": "PVV seats in the 2023 election", "gl": "GroenLinks-PvdA seats", "vvd": "VVD seats",
     "nsc": "NSC seats", "d66": "D66 seats", "bbb": "BBB seats", "house": "seats in the lower house",
     "majority": "seats needed for a majority", "vvd_loss": "seats the VVD lost",
     "pvv2021": "PVV seats in 2021", "coalition": "seats of PVV, VVD, NSC and BBB together",
     "rutte4_2021": "seats of Rutte's four coalition parties in 2021",
     "rutte4_now": "seats of Rutte's four coalition parties in 2023",
     "votes": "votes cast", "quota": "votes per seat", "d66_short": "votes D66 lacked for a tenth seat",
     "pvv_votes": "votes for the PVV",
     "turnout": "turnout of the 2023 election", "turnout2021": "turnout of the 2021 election",
     "counted": "share of votes counted",
     "days": "days from the election to the cabinet's swearing-in", "rutte_years": "years Rutte led the government",
     "age": "Schoof's age",
     # dates
     "election": "day of the general election", "collapse": "day Rutte's coalition collapsed",
     "y2010": "year Rutte became prime minister", "y2021": "year of the previous election",
     "statement": "day Wilders said he wanted to be prime minister for all", "council": "day the Electoral Council confirmed the result",
     "scout": "day Van Strien stepped down", "sworn_house": "day the new lower house is sworn in",
     "cabinet": "day the Schoof cabinet was sworn in", "no_pm": "day Wilders said he would not be prime minister",
     "agreement": "day the coalition agreement was presented",
    }
    ms = [
     M(F, "35", N, "pvv", 35, "2023-11-22T21"),
     M(F, "150 seats", N, "house", 150),
     M(F, "25 seats", N, "gl", 25, "2023-11-22T21"),
     M(F, "24 seats", N, "vvd", 24, "2023-11-22T21"),
     M(F, "ten fewer", N, "vvd_loss", 10),
     M(F, "20", N, "nsc", 20, "2023-11-22T21"),
     M(F, "36 seats", N, "pvv", 36, "2023-11-22T23"),
     M(F, "10", N, "d66", 10, "2023-11-22T23"),
     M(F, "78.2 percent", N, "turnout", 78.2, "2023-11-22T21", cls="pct", src="Ipsos"),
     M(F, "76 lawmakers", N, "majority", 76),
     M(F, "Wednesday", D, "election", "2023-11-22"),
     M(F, "2021", D, "y2021", "2021"),
     M(F, "July 7", D, "collapse", "2023-07-07"),
     M(F, "2010", D, "y2010", "2010"),

     M(K, "37", N, "pvv", 37, "2023-11-23T08"),
     M(K, "150 kursi", N, "house", 150),
     M(K, "94 persen", N, "counted", 94, "2023-11-23T08", "approx", cls="pct"),
     M(K, "17 kursi", N, "pvv2021", 17),
     M(K, "25 kursi", N, "gl", 25, "2023-11-23T08"),
     M(K, "24 kursi", N, "vvd", 24, "2023-11-23T08"),
     M(K, "20 kursi", N, "nsc", 20, "2023-11-23T08"),
     M(K, "9 kursi", N, "d66", 9, "2023-11-23T08"),
     M(K, "10 kursi", N, "d66", 10, "2023-11-22T23"),
     M(K, "7 kursi", N, "bbb", 7, "2023-11-23T08"),
     M(K, "78,2 persen", N, "turnout", 78.2, "2023-11-22T21", cls="pct", src="Ipsos"),
     M(K, "76 kursi", N, "majority", 76),
     M(K, "88 kursi", N, "coalition", 88, "2023-11-23T08"),
     M(K, "78 kursi", N, "rutte4_2021", 78),
     M(K, "41 kursi", N, "rutte4_now", 41, "2023-11-23T08"),
     M(K, "Rabu (22/11/2023)", D, "election", "2023-11-22"),
     M(K, "2021", D, "y2021", "2021"),
     M(K, "2021", D, "y2021", "2021", occ=2),
     M(K, "Kamis (23/11/2023)", D, "statement", "2023-11-23"),

     M(R, "37", N, "pvv", 37, "final"),
     M(R, "150 seats", N, "house", 150),
     M(R, "25 seats", N, "gl", 25, "final"),
     M(R, "24", N, "vvd", 24, "final"),
     M(R, "20", N, "nsc", 20, "final"),
     M(R, "9", N, "d66", 9, "final"),
     M(R, "77.7 percent", N, "turnout", 77.7, "final", cls="pct", src="Electoral Council"),
     M(R, "78.7 percent", N, "turnout2021", 78.7, cls="pct"),
     M(R, "10,475,139 votes", N, "votes", 10475139),
     M(R, "69,551 votes", N, "quota", 69551),
     M(R, "160 votes", N, "d66_short", 160, qual="approx"),
     M(R, "2.5 million votes", N, "pvv_votes", 2500000, qual="morethan"),
     M(R, "7 seats", N, "bbb", 7, "final"),
     M(R, "88 seats", N, "coalition", 88, "final"),
     M(R, "Friday", D, "council", "2023-12-01"),
     M(R, "Nov. 22", D, "election", "2023-11-22"),
     M(R, "2021", D, "y2021", "2021"),
     M(R, "Monday", D, "scout", "2023-11-27"),
     M(R, "Wednesday", D, "sworn_house", "2023-12-06"),

     M(T, "223 hari", N, "days", 223, cls="dur"),
     M(T, "88", N, "coalition", 88, "final"),
     M(T, "150 kursi", N, "house", 150),
     M(T, "37 kursi", N, "pvv", 37, "final"),
     M(T, "21 kursi", N, "nsc", 21, "final", planted=True),
     M(T, "67 tahun", N, "age", 67, cls="age"),
     M(T, "14 tahun", N, "rutte_years", 14, qual="nearly", cls="dur"),
     M(T, "77,7 persen", N, "turnout", 77.7, "final", cls="pct", src="Electoral Council"),
     M(T, "Selasa (2/7/2024)", D, "cabinet", "2024-07-02"),
     M(T, "22 November 2023", D, "election", "2023-11-22"),
     M(T, "13 Maret 2024", D, "no_pm", "2024-03-13"),
     M(T, "16 Mei 2024", D, "agreement", "2024-05-16"),
     M(T, "7 Juli 2023", D, "collapse", "2023-07-07"),
    ]
    build("dutch-election-2023", "Dutch general election (Wednesday 22 November 2023): the PVV's seats rising from "
          "the exit poll through ANP's projections to the final count (35 -> 36 -> 37), D66 lowered from 10 to 9 in "
          "a later projection (a revision), the other parties' seats, Ipsos's turnout estimate against the Electoral "
          "Council's final figure (sources), 2021's seats and turnout recalled, the coalition's 88 seats; dates of "
          "the election, the coalition's collapse in July, a statement, the council's confirmation, a scout's "
          "resignation, the swearing-in of the house and, months later, of the Schoof cabinet",
          False, ms, names)


def bot():
    R, B, P, K = "reuters-sep27", "bisnis-sep28", "bangkokpost-sep29", "kontan-oct02"
    names = {
     "rate": "Bank of Thailand policy rate", "hike": "size of the increase (bp)", "cum": "increases since August 2022 (bp)",
     "g23": "2023 growth forecast (September)", "g23_prev": "2023 growth forecast (earlier)",
     "g24": "2024 growth forecast (September)", "g24_prev": "2024 growth forecast (earlier)",
     "i23": "2023 headline inflation forecast (September)", "i23_prev": "2023 inflation forecast (earlier)",
     "i24": "2024 headline inflation forecast (September)", "i24_prev": "2024 inflation forecast (earlier)",
     "g22": "growth in 2022", "q2": "growth in the April-June quarter of 2023",
     "econ_hike": "economists who forecast a hike", "econ_polled": "economists polled", "members": "committee members",
     "t23": "foreign tourists expected in 2023", "t23_prev": "foreign tourists expected in 2023 (earlier)",
     "t24": "foreign tourists expected in 2024", "t24_prev": "foreign tourists expected in 2024 (earlier)",
     "t2019": "foreign tourists in 2019", "recipients": "recipients of the digital wallet",
     "wallet": "digital wallet per person (baht)", "wallet_cost": "cost of the digital wallet (baht)",
     # dates
     "decision": "day of the rate decision", "cycle": "start of the tightening cycle", "y2013": "year the rate was last this high",
     "next": "day of the next policy meeting", "remarks": "day Piti explained the decision", "y2019": "year of the record arrivals",
    }
    ms = [
     M(R, "25 basis points", N, "hike", 25, cls="bp"),
     M(R, "2.50%", N, "rate", 2.50, "2023-09-27b", cls="pct"),
     M(R, "2.25%", N, "rate", 2.25, "2023-09-27a", cls="pct"),
     M(R, "six", N, "econ_hike", 6),
     M(R, "27 economists", N, "econ_polled", 27),
     M(R, "200 basis points", N, "cum", 200, cls="bp"),
     M(R, "2.8%", N, "g23", 2.8, cls="pct"),
     M(R, "3.6%", N, "g23_prev", 3.6, cls="pct"),
     M(R, "4.4%", N, "g24", 4.4, cls="pct"),
     M(R, "3.8%", N, "g24_prev", 3.8, cls="pct"),
     M(R, "1.6%", N, "i23", 1.6, cls="pct"),
     M(R, "2.6%", N, "i24", 2.6, cls="pct"),
     M(R, "2.5%", N, "i23_prev", 2.5, cls="pct"),
     M(R, "2.4%", N, "i24_prev", 2.4, cls="pct"),
     M(R, "28.5 million", N, "t23", 28500000),
     M(R, "35 million", N, "t24", 35000000),
     M(R, "1.8%", N, "q2", 1.8, cls="pct"),
     M(R, "2.6%", N, "g22", 2.6, cls="pct", occ=2),
     M(R, "Wednesday", D, "decision", "2023-09-27"),
     M(R, "2013", D, "y2013", "2013"),
     M(R, "August 2022", D, "cycle", "2022-08"),
     M(R, "Nov. 29", D, "next", "2023-11-29"),

     M(B, "25 basis poin", N, "hike", 25, cls="bp"),
     M(B, "2,25 persen", N, "rate", 2.25, "2023-09-27a", cls="pct"),
     M(B, "2,50 persen", N, "rate", 2.50, "2023-09-27b", cls="pct"),
     M(B, "tujuh anggota", N, "members", 7),
     M(B, "200 basis poin", N, "cum", 200, cls="bp"),
     M(B, "2,8 persen", N, "g23", 2.8, cls="pct"),
     M(B, "3,6 persen", N, "g23_prev", 3.6, cls="pct"),
     M(B, "4,4 persen", N, "g24", 4.4, cls="pct"),
     M(B, "3,8 persen", N, "g24_prev", 3.8, cls="pct"),
     M(B, "1,6 persen", N, "i23", 1.6, cls="pct"),
     M(B, "2,6 persen", N, "i24", 2.6, cls="pct"),
     M(B, "10.000 baht", N, "wallet", 10000, cls="money"),
     M(B, "28,5 juta orang", N, "t23", 28500000),
     M(B, "29 juta orang", N, "t23_prev", 29000000),
     M(B, "1,8 persen", N, "q2", 1.8, cls="pct"),
     M(B, "Rabu (27/9/2023)", D, "decision", "2023-09-27"),
     M(B, "Agustus 2022", D, "cycle", "2022-08"),
     M(B, "29 November 2023", D, "next", "2023-11-29"),

     M(P, "2.50%", N, "rate", 2.50, "2023-09-27b", cls="pct"),
     M(P, "seven members", N, "members", 7),
     M(P, "2.8%", N, "g23", 2.8, cls="pct"),
     M(P, "3.6%", N, "g23_prev", 3.6, cls="pct"),
     M(P, "4.4%", N, "g24", 4.4, cls="pct"),
     M(P, "1.6%", N, "i23", 1.6, cls="pct"),
     M(P, "2.6%", N, "i24", 2.6, cls="pct"),
     M(P, "10,000-baht", N, "wallet", 10000, cls="money"),
     M(P, "56 million", N, "recipients", 56000000, qual="approx"),
     M(P, "560 billion baht", N, "wallet_cost", 560e9, cls="money"),
     M(P, "28.5 million", N, "t23", 28500000),
     M(P, "35 million", N, "t24", 35000000),
     M(P, "40 million", N, "t2019", 40000000, qual="nearly"),
     M(P, "0.50%", N, "rate", 0.50, "2022-08", cls="pct"),
     M(P, "Wednesday", D, "decision", "2023-09-27"),
     M(P, "Thursday", D, "remarks", "2023-09-28"),
     M(P, "2013", D, "y2013", "2013"),
     M(P, "2019", D, "y2019", "2019"),
     M(P, "August 2022", D, "cycle", "2022-08"),

     M(K, "25 basis poin", N, "hike", 25, cls="bp"),
     M(K, "2,50 persen", N, "rate", 2.50, "2023-09-27b", cls="pct"),
     M(K, "enam", N, "econ_hike", 6),
     M(K, "27 ekonom", N, "econ_polled", 27),
     M(K, "200 basis poin", N, "cum", 200, cls="bp"),
     M(K, "0,50 persen", N, "rate", 0.50, "2022-08", cls="pct"),
     M(K, "2,8 persen", N, "g23", 2.8, cls="pct"),
     M(K, "4,4 persen", N, "g24", 4.4, cls="pct"),
     M(K, "1,6 persen", N, "i23", 1.6, cls="pct"),
     M(K, "2,5 persen", N, "i23_prev", 2.5, cls="pct"),
     M(K, "2,6 persen", N, "i24", 2.6, cls="pct"),
     M(K, "2,4 persen", N, "i24_prev", 2.4, cls="pct"),
     M(K, "35 juta", N, "t24", 35000000),
     M(K, "35,5 juta", N, "t24_prev", 35500000),
     M(K, "2,50 persen", N, "rate", 2.50, "2023-09-27b", cls="pct", occ=2),
     M(K, "Rabu (27/9/2023)", D, "decision", "2023-09-27"),
     M(K, "Agustus 2022", D, "cycle", "2022-08"),
     M(K, "2013", D, "y2013", "2013"),
     M(K, "29 November 2023", D, "next", "2023-11-29"),
    ]
    build("bot-rate-2023", "Bank of Thailand rate decision (Wednesday 27 September 2023), a control cluster: the "
          "one-day repurchase rate raised 25 bp from 2.25% to 2.50% (0.50% before the cycle began in August 2022, "
          "200 bp in all), the September forecasts against the earlier ones (growth 2.8% and 4.4%, inflation 1.6% "
          "and 2.6%, tourists 28.5 and 35 million), 2022's and the second quarter's growth, the poll, the "
          "committee, the digital wallet; the decision's day, the assistant governor's remarks the next day, the "
          "next meeting. Zero conflicts expected",
          True, ms, names)


if __name__ == "__main__":
    hagibis()
    election()
    bot()
