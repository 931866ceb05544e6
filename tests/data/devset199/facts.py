"""The hundred-and-ninety-ninth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset199/facts.py``.
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
    A, B, R, J = "detik-jan23", "antara-jan24", "reuters-jan25", "jakpost-feb14"
    # as-of times of the running tallies: the national agency's (BNPB) count to Wednesday 23 January 2019 14.00 WIB,
    # the provincial agency's (BPBD Sulsel) count to Wednesday 23.10 WITA (announced on Thursday), BNPB's to Thursday
    # 24 January 14.00 WIB, BNPB's of Friday 25 January and BNPB's January tally released on Friday 1 February. The
    # dead, the dead by regency, the injured, the displaced, the areas hit and the houses damaged do not fall: the
    # injured 47 (Thursday) -> 46 (the January tally) is a downward revision. The missing fall as bodies are found
    # (fall=True). Counts credited to the provincial agency are another source than the national agency's.
    WED14, WED2310, THU14, FRI, FEB1 = "2019-01-23a", "2019-01-23b", "2019-01-24", "2019-01-25", "2019-02-01"
    BNPB, BPBD = "BNPB", "BPBD Sulsel"
    names = {
     "dead": "people killed", "missing": "people missing", "injured": "people injured", "displaced": "people displaced",
     "areas": "regencies and cities hit", "dead_jen": "dead in Jeneponto", "dead_gowa": "dead in Gowa",
     "dead_maros": "dead in Maros", "miss_jen": "missing in Jeneponto", "miss_pangkep": "missing in Pangkep",
     "miss_gowa": "missing in Gowa", "paddy": "rice fields submerged (ha)", "disp_mks": "people displaced in Makassar",
     "affected": "people affected", "villages": "villages hit", "houses": "houses damaged",
     "swept": "houses swept away", "inj_gowa": "injured in Gowa", "disp_gowa": "people displaced in Gowa",
     "inundated": "houses inundated", "disasters": "disasters in Indonesia in January",
     "natl_toll": "dead or missing in Indonesia in January",
     # dates
     "start": "day the floods began", "asof_wed": "day of BNPB's Wednesday count",
     "asof_bpbd": "day of the provincial agency's count", "asof_thu": "day of BNPB's Thursday count",
     "asof_fri": "day of BNPB's Friday count", "recap": "day the January tally was released",
    }
    ms = [
     M(A, "sembilan kabupaten dan kota", N, "areas", 9, WED14, src=BNPB),
     M(A, "Selasa (22/1/2019)", D, "start", "2019-01-22"),
     M(A, "8 orang", N, "dead", 8, WED14, src=BNPB),
     M(A, "4 orang", N, "missing", 4, WED14, src=BNPB, fall=True),
     M(A, "Rabu (23/1/2019)", D, "asof_wed", "2019-01-23"),
     M(A, "lima korban", N, "dead_jen", 5, WED14, src=BNPB),
     M(A, "tiga di Kabupaten Gowa", N, "dead_gowa", 3, WED14, src=BNPB),
     M(A, "Tiga orang", N, "miss_jen", 3, WED14, src=BNPB, fall=True),
     M(A, "satu lainnya", N, "miss_pangkep", 1, WED14, src=BNPB, fall=True),
     M(A, "sekitar 10.021 hektare", N, "paddy", 10021, WED14, qual="approx", src=BNPB, cls="ha"),
     M(A, "sekitar 1.000 warga", N, "disp_mks", 1000, WED14, qual="approx", src=BNPB, fall=True),

     M(B, "30 orang", N, "dead", 30, THU14, src=BNPB),
     M(B, "Kamis (24/1/2019)", D, "asof_thu", "2019-01-24"),
     M(B, "30 korban jiwa", N, "dead", 30, THU14, src=BNPB),
     M(B, "25 orang", N, "missing", 25, THU14, src=BNPB, fall=True),
     M(B, "47 orang", N, "injured", 47, THU14, src=BNPB),
     M(B, "3.321 orang", N, "displaced", 3321, THU14, src=BNPB, fall=True),
     M(B, "5.825 jiwa", N, "affected", 5825, THU14, src=BNPB),
     M(B, "78 desa", N, "villages", 78, THU14, src=BNPB),
     M(B, "10 kabupaten dan kota", N, "areas", 10, THU14, src=BNPB),
     M(B, "76 rumah", N, "houses", 76, THU14, src=BNPB),
     M(B, "32 di antaranya", N, "swept", 32, THU14, src=BNPB),
     M(B, "Rabu (23/1/2019)", D, "asof_bpbd", "2019-01-23"),
     M(B, "26 orang", N, "dead", 26, WED2310, src=BPBD),
     M(B, "12 orang di Gowa", N, "dead_gowa", 12, WED2310, src=BPBD),
     M(B, "10 orang di Jeneponto", N, "dead_jen", 10, WED2310, src=BPBD),
     M(B, "4 orang di Maros", N, "dead_maros", 4, WED2310, src=BPBD),
     M(B, "24 orang", N, "missing", 24, WED2310, src=BPBD, fall=True),
     M(B, "46 orang", N, "injured", 46, WED2310, src=BPBD),

     M(R, "59", N, "dead", 59, FRI, src=BNPB),
     M(R, "Friday", D, "asof_fri", "2019-01-25"),
     M(R, "44 people", N, "dead_gowa", 44, FRI, src=BNPB),
     M(R, "21", N, "miss_gowa", 21, FRI, src=BNPB, fall=True),
     M(R, "Ten people", N, "dead_jen", 10, FRI, src=BNPB),
     M(R, "four", N, "dead_maros", 4, FRI, src=BNPB),
     M(R, "33", N, "dead", 33, THU14, src=BNPB, planted=True),
     M(R, "Thursday", D, "asof_thu", "2019-01-24"),
     M(R, "46 people", N, "inj_gowa", 46, FRI, src=BNPB),
     M(R, "2,121", N, "disp_gowa", 2121, FRI, src=BNPB, fall=True),
     M(R, "1,000 people", N, "disp_mks", 1000, FRI, src=BNPB, fall=True),
     M(R, "Tuesday", D, "start", "2019-01-22"),
     M(R, "13 regencies and cities", N, "areas", 13, FRI, src=BNPB),

     M(J, "Monday, Jan. 21", D, "start", "2019-01-21", planted=True),
     M(J, "79 people", N, "dead", 79, FEB1, src=BNPB),
     M(J, "Feb. 1", D, "recap", "2019-02-01"),
     M(J, "one person", N, "missing", 1, FEB1, src=BNPB, fall=True),
     M(J, "46 injured", N, "injured", 46, FEB1, src=BNPB),
     M(J, "9,429", N, "displaced", 9429, FEB1, src=BNPB, fall=True),
     M(J, "13 regencies and cities", N, "areas", 13, FEB1, src=BNPB),
     M(J, "59 dead", N, "dead", 59, FRI, src=BNPB),
     M(J, "Jan. 25", D, "asof_fri", "2019-01-25"),
     M(J, "559 houses", N, "houses", 559, FEB1, src=BNPB),
     M(J, "22,156", N, "inundated", 22156, FEB1, src=BNPB),
     M(J, "13,808 hectares", N, "paddy", 13808, FEB1, src=BNPB, cls="ha"),
     M(J, "366 disasters", N, "disasters", 366, FEB1, src=BNPB),
     M(J, "94 people", N, "natl_toll", 94, FEB1, src=BNPB),
    ]
    build("sulsel-floods-2019", "Floods and landslides in South Sulawesi from Tuesday 22 January 2019 (the Bili-Bili dam "
          "releasing water into the Jeneberang): the national agency's (BNPB) toll 8 by Wednesday 14.00 WIB -> 30 by "
          "Thursday 14.00 WIB -> 59 on Friday 25 January -> 79 in its January tally released on 1 February; the "
          "provincial agency's 26 to Wednesday 23.10 WITA (another source); the injured 47 on Thursday revised to 46; "
          "the missing falling 25 -> 1; the displaced 3,321 -> 9,429; the areas hit 9 -> 10 -> 13", False, ms, names)


def makassar():
    K, T, A, J = "kompas-jun28", "tempo-jun29", "antara-jul07", "jakpost-aug11"
    # The vote of Wednesday 27 June 2018 counted three ways: a quick count (Celebes Research Center, CRC) and the
    # candidates' own count on the evening of the vote (other sources), the election commission's (KPU) preliminary
    # scanned count (Situng) to Friday 29 June 11.09 WIB, and its official tally closed on Friday 6 July. The votes
    # rise from the preliminary to the final count (update); the shares may move either way (fall=True). The
    # Constitutional Court's ruling (Friday 10 August) recalls the final figures (agree).
    QC, TEAM, SITUNG, FINAL = "2018-06-27a", "2018-06-27b", "2018-06-29", "2018-07-06"
    KPU, CRC, TEAMSRC = "KPU", "Celebes Research Center", "the candidates' campaign team"
    names = {
     "kk_share": "the empty column's share", "appi_share": "the single candidates' share",
     "team_data": "share of the data in the campaign's own count", "rule": "share a single candidate needs to win",
     "parties": "parties backing the single candidates", "kk_votes": "the empty column's votes",
     "appi_votes": "the single candidates' votes", "tps_in": "polling stations counted", "tps_total": "polling stations",
     "kec": "districts of the city", "data_in": "share of polling stations counted", "valid": "valid votes",
     "margin": "the empty column's margin in votes", "kel": "wards of the city",
     "kec_kk": "districts the empty column won", "kec_appi": "districts the single candidates won",
     "biring_kk": "the empty column's votes in Biringkanaya", "biring_appi": "the candidates' votes in Biringkanaya",
     "limit_pct": "a dispute's margin limit (share of valid votes)", "limit_votes": "a dispute's margin limit (votes)",
     "pop": "Makassar's population",
     # dates
     "vote": "day of the vote", "schedule": "the scheduled days of the official tally",
     "situng_day": "day of the preliminary count", "plenary": "day the official tally closed",
     "plenary_start": "day the official tally began", "next": "year of the next mayoral election",
     "ruling": "day of the Constitutional Court's ruling",
    }
    ms = [
     M(K, "Rabu (27/6/2018)", D, "vote", "2018-06-27"),
     M(K, "53,58 persen", N, "kk_share", 53.58, QC, src=CRC, cls="pct", fall=True),
     M(K, "46,42 persen", N, "appi_share", 46.42, QC, src=CRC, cls="pct", fall=True),
     M(K, "52,21 persen", N, "appi_share", 52.21, TEAM, src=TEAMSRC, cls="pct", fall=True),
     M(K, "93 persen", N, "team_data", 93, TEAM, src=TEAMSRC, cls="pct"),
     M(K, "10 partai politik", N, "parties", 10),
     M(K, "lebih dari 50 persen", N, "rule", 50, qual="morethan", cls="pct"),
     M(K, "4-6 Juli 2018", D, "schedule", "2018-07-04"),

     M(T, "Jumat (29/6/2018)", D, "situng_day", "2018-06-29"),
     M(T, "236.785 suara", N, "kk_votes", 236785, SITUNG, src=KPU),
     M(T, "52,5 persen", N, "kk_share", 52.5, SITUNG, src=KPU, cls="pct", fall=True),
     M(T, "214.219 suara", N, "appi_votes", 214219, SITUNG, src=KPU),
     M(T, "47,5 persen", N, "appi_share", 47.5, SITUNG, src=KPU, cls="pct", fall=True),
     M(T, "2.147", N, "tps_in", 2147, SITUNG, src=KPU),
     M(T, "2.670 tempat pemungutan suara", N, "tps_total", 2670),
     M(T, "15 kecamatan", N, "kec", 15),
     M(T, "80,41 persen", N, "data_in", 80.41, SITUNG, src=KPU, cls="pct"),
     M(T, "450.069 suara", N, "valid", 450069, SITUNG, src=KPU),
     M(T, "22.566 suara", N, "margin", 22566, SITUNG, src=KPU),
     M(T, "Rabu (27/6/2018)", D, "vote", "2018-06-27"),
     M(T, "153 kelurahan", N, "kel", 153),
     M(T, "53,58 persen", N, "kk_share", 53.58, QC, src=CRC, cls="pct", fall=True),

     M(A, "Jumat (6/7/2018)", D, "plenary", "2018-07-06"),
     M(A, "300.795 suara", N, "kk_votes", 300795, FINAL, src=KPU),
     M(A, "53,23 persen", N, "kk_share", 53.23, FINAL, src=KPU, cls="pct", fall=True),
     M(A, "264.245 suara", N, "appi_votes", 264245, FINAL, src=KPU),
     M(A, "46,77 persen", N, "appi_share", 46.77, FINAL, src=KPU, cls="pct", fall=True),
     M(A, "565.040 suara", N, "valid", 565040, FINAL, src=KPU),
     M(A, "13", N, "kec_kk", 13, FINAL, src=KPU),
     M(A, "15 kecamatan", N, "kec", 15),
     M(A, "dua kecamatan", N, "kec_appi", 2, FINAL, src=KPU),
     M(A, "39.320 suara", N, "biring_kk", 39320, FINAL, src=KPU),
     M(A, "36.092 suara", N, "biring_appi", 36092, FINAL, src=KPU),
     M(A, "Kamis (5/7/2018)", D, "plenary_start", "2018-07-05"),
     M(A, "2020", D, "next", "2020"),
     M(A, "27 Juni 2018", D, "vote", "2018-06-27"),

     M(J, "Friday", D, "ruling", "2018-08-10"),
     M(J, "June 27", D, "vote", "2018-06-27"),
     M(J, "300,795", N, "kk_votes", 300795, FINAL, src=KPU),
     M(J, "264,254", N, "appi_votes", 264254, FINAL, src=KPU, planted=True),
     M(J, "36,550 votes", N, "margin", 36550, FINAL, src=KPU),
     M(J, "0.5 percent", N, "limit_pct", 0.5, cls="pct"),
     M(J, "2,825", N, "limit_votes", 2825),
     M(J, "565,040", N, "valid", 565040, FINAL, src=KPU),
     M(J, "July 6", D, "plenary", "2018-07-06"),
     M(J, "53.23 percent", N, "kk_share", 53.23, FINAL, src=KPU, cls="pct", fall=True),
     M(J, "2020", D, "next", "2020"),
     M(J, "about 1.66 million people", N, "pop", 1663479, qual="approx"),
    ]
    build("makassar-pilwali-2018", "The Makassar mayoral election of Wednesday 27 June 2018, a single pair of "
          "candidates (Munafri Arifuddin-Andi Rachmatika Dewi) against an empty column: the Celebes Research Center's "
          "quick count (53.58% to 46.42%) and the campaign's own claim (52.21%) as other sources, the election "
          "commission's preliminary count to Friday 29 June 11.09 WIB (236,785 to 214,219, 80.41% of polling stations), "
          "its official tally of Friday 6 July (300,795 or 53.23% to 264,245 or 46.77% of 565,040 valid votes), the "
          "Constitutional Court's dismissal of the challenge on Friday 10 August (a margin of 36,550 against a limit "
          "of 2,825, 0.5% of the valid votes); a new election in 2020", False, ms, names)


def pilgub():
    A, K, J, D1 = "antara-jul09", "kompas-jul10", "jakpost-jul11", "detik-jul12"
    # one announcement: the provincial election commission's tally of the governor's race closed at 04.27 WITA on
    # Monday 9 July 2018. No running tally: every figure is the tally's. The SMRC quick count's 42.91% is another
    # source's estimate of the winners' share.
    KPU, SMRC = "KPU Sulsel", "SMRC"
    names = {
     "na_votes": "the winners' votes", "na_share": "the winners' share", "nh_votes": "the runners-up's votes",
     "nh_share": "the runners-up's share", "iyl_votes": "the third pair's votes", "iyl_share": "the third pair's share",
     "agus_votes": "the fourth pair's votes", "agus_share": "the fourth pair's share", "valid": "valid votes",
     "invalid": "invalid votes", "turnout": "ballots cast", "regions": "regencies and cities of the province",
     "na_regions": "regencies and cities the winners carried", "nh_regions": "regions the runners-up carried",
     "iyl_regions": "regions the third pair carried", "margin": "the winners' margin in votes",
     "wait": "days allowed for a challenge", "pilkada_regions": "regions voting on the same day",
     # dates
     "tally": "day the tally closed", "tally_start": "day the tally began", "vote": "day of the vote",
    }
    ms = [
     M(A, "Senin (9/7/2018)", D, "tally", "2018-07-09"),
     M(A, "1.867.303 suara", N, "na_votes", 1867303, src=KPU),
     M(A, "43,87 persen", N, "na_share", 43.87, src=KPU, cls="pct"),
     M(A, "1.162.751 suara", N, "nh_votes", 1162751, src=KPU),
     M(A, "27,32 persen", N, "nh_share", 27.32, src=KPU, cls="pct"),
     M(A, "807.330 suara", N, "iyl_votes", 807330, src=KPU),
     M(A, "18,97 persen", N, "iyl_share", 18.97, src=KPU, cls="pct"),
     M(A, "419.055 suara", N, "agus_votes", 419055, src=KPU),
     M(A, "9,85 persen", N, "agus_share", 9.85, src=KPU, cls="pct"),
     M(A, "4.256.439 suara", N, "valid", 4256439, src=KPU),
     M(A, "77.920 suara", N, "invalid", 77920, src=KPU),
     M(A, "4.334.359 pemilih", N, "turnout", 4334359, src=KPU),
     M(A, "Minggu (8/7/2018)", D, "tally_start", "2018-07-08"),
     M(A, "24 kabupaten dan kota", N, "regions", 24),
     M(A, "16 kabupaten dan kota", N, "na_regions", 16, src=KPU),
     M(A, "enam daerah", N, "nh_regions", 6, src=KPU),
     M(A, "dua daerah", N, "iyl_regions", 2, src=KPU),
     M(A, "tiga hari kerja", N, "wait", 3, cls="dur"),
     M(A, "Rabu (27/6/2018)", D, "vote", "2018-06-27"),

     M(K, "43,87 persen", N, "na_share", 43.87, src=KPU, cls="pct"),
     M(K, "Senin (9/7/2018)", D, "tally", "2018-07-09"),
     M(K, "1.867.303 suara", N, "na_votes", 1867303, src=KPU),
     M(K, "704.552 suara", N, "margin", 704552, src=KPU),
     M(K, "1.162.751 suara", N, "nh_votes", 1162751, src=KPU),
     M(K, "807.330 suara", N, "iyl_votes", 807330, src=KPU),
     M(K, "419.055 suara", N, "agus_votes", 419055, src=KPU),
     M(K, "4.256.439 suara", N, "valid", 4256439, src=KPU),
     M(K, "16", N, "na_regions", 16, src=KPU),
     M(K, "24 kabupaten dan kota", N, "regions", 24),
     M(K, "enam daerah", N, "nh_regions", 6, src=KPU),
     M(K, "tiga hari kerja", N, "wait", 3, cls="dur"),
     M(K, "27 Juni 2018", D, "vote", "2018-06-27"),
     M(K, "42,91 persen", N, "na_share", 42.91, src=SMRC, cls="pct"),

     M(J, "Monday", D, "tally", "2018-07-09"),
     M(J, "1,867,303 votes", N, "na_votes", 1867303, src=KPU),
     M(J, "nearly 44 percent", N, "na_share", 44, qual="nearly", src=KPU, cls="pct"),
     M(J, "4,256,439 valid votes", N, "valid", 4256439, src=KPU),
     M(J, "1,162,751 votes", N, "nh_votes", 1162751, src=KPU),
     M(J, "27.32 percent", N, "nh_share", 27.32, src=KPU, cls="pct"),
     M(J, "704,552 votes", N, "margin", 704552, src=KPU),
     M(J, "807,330 votes", N, "iyl_votes", 807330, src=KPU),
     M(J, "18.97 percent", N, "iyl_share", 18.97, src=KPU, cls="pct"),
     M(J, "419,055 votes", N, "agus_votes", 419055, src=KPU),
     M(J, "9.85 percent", N, "agus_share", 9.85, src=KPU, cls="pct"),
     M(J, "4,334,359 people", N, "turnout", 4334359, src=KPU),
     M(J, "77,920", N, "invalid", 77920, src=KPU),
     M(J, "16", N, "na_regions", 16, src=KPU),
     M(J, "24 regencies and cities", N, "regions", 24),
     M(J, "three working days", N, "wait", 3, cls="dur"),
     M(J, "June 27", D, "vote", "2018-06-27"),
     M(J, "171 regions", N, "pilkada_regions", 171),

     M(D1, "Senin (9/7/2018)", D, "tally", "2018-07-09"),
     M(D1, "1.867.303 suara", N, "na_votes", 1867303, src=KPU),
     M(D1, "43,87 persen", N, "na_share", 43.87, src=KPU, cls="pct"),
     M(D1, "1.162.751 suara", N, "nh_votes", 1162751, src=KPU),
     M(D1, "27,32 persen", N, "nh_share", 27.32, src=KPU, cls="pct"),
     M(D1, "807.330 suara", N, "iyl_votes", 807330, src=KPU),
     M(D1, "18,97 persen", N, "iyl_share", 18.97, src=KPU, cls="pct"),
     M(D1, "419.055 suara", N, "agus_votes", 419055, src=KPU),
     M(D1, "9,85 persen", N, "agus_share", 9.85, src=KPU, cls="pct"),
     M(D1, "704.552 suara", N, "margin", 704552, src=KPU),
     M(D1, "4.334.359 suara", N, "turnout", 4334359, src=KPU),
     M(D1, "4.256.439", N, "valid", 4256439, src=KPU),
     M(D1, "77.920", N, "invalid", 77920, src=KPU),
     M(D1, "dua daerah", N, "iyl_regions", 2, src=KPU),
     M(D1, "tiga hari kerja", N, "wait", 3, cls="dur"),
     M(D1, "Rabu (27/6/2018)", D, "vote", "2018-06-27"),
     M(D1, "24 kabupaten dan kota", N, "regions", 24),
    ]
    build("sulsel-pilgub-2018", "The South Sulawesi election commission's tally of the governor's race (control), "
          "closed at 04.27 WITA on Monday 9 July 2018 after a plenary from Sunday night: Nurdin Abdullah-Andi Sudirman "
          "Sulaiman 1,867,303 votes (43.87%), Nurdin Halid-Abdul Aziz Qahhar Mudzakkar 1,162,751 (27.32%), Ichsan Yasin "
          "Limpo-Andi Mudzakkar 807,330 (18.97%), Agus Arifin Nu'mang-Tanribali Lamo 419,055 (9.85%); 4,256,439 valid "
          "and 77,920 invalid of 4,334,359 ballots; a margin of 704,552; 16 of 24 regencies and cities; the vote of "
          "Wednesday 27 June 2018. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    floods()
    makassar()
    pilgub()
