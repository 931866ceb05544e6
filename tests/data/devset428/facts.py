"""The table of facts of the four-hundred-and-twenty-eighth development set (issue 12), an untouched transfer set.

Each mention of a figure or date is written down once with what it states (``M``): the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset428/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def landslide():
    K, R, A, T = "kompas-oct13", "reuters-oct15", "antara-oct16", "tempo-nov12"
    # as-of times: the national disaster committee's flood toll for central Vietnam: at least 40 by Tuesday 13
    # October 2020 in the evening, at least 64 on Thursday 15 October, 80 on Friday 16 October in the morning,
    # lowered to 78 on Saturday 17 October (two deaths found not to be flood deaths: a revision), 111 dead and 22
    # missing on Tuesday 20 October. The rescuers' bodies recovered on Thursday 15 October: 11 by late morning, all
    # 13 by the afternoon. The missing workers of the hydropower plant: 17 by the province against 16 by the plant's
    # operator (sources).
    TUE, THU11, THU, THU16, FRI, SAT, TUE20 = ("2020-10-13", "2020-10-15a", "2020-10-15b", "2020-10-15c",
                                               "2020-10-16", "2020-10-17", "2020-10-20")
    PROV, FIRM = "the provincial authorities", "the plant's operator"
    names = {
     "team": "members of the rescue team", "escaped": "rescuers who escaped", "buried": "rescuers buried",
     "res_dead": "rescuers' bodies recovered", "workers": "workers of the plant missing",
     "flood_dead": "people killed by the floods and landslides in central Vietnam",
     "flood_missing": "people missing in the floods", "excluded": "deaths found not to be flood deaths",
     "qt_dead": "soldiers killed in the Quang Tri landslide", "searchers": "searchers deployed",
     "slide_time": "time of the landslide on the rangers' station (h)",
     # dates
     "plant_slide": "day of the landslide at the hydropower plant", "station_slide": "day of the landslide on the rescuers",
     "recovery": "day the rescuers' bodies were recovered", "memorial": "day of the memorial service in Hanoi",
     "count_tue": "day of the count of 40", "count_fri": "day of the count of 80", "count_tue20": "day of the count of 111",
     "qt_slide": "day of the landslide in Quang Tri",
    }
    ms = [
     M(K, "Selasa (13/10/2020)", D, "station_slide", "2020-10-13"),
     M(K, "sekitar pukul 00.30", N, "slide_time", 0.5, qual="approx", cls="clock"),
     M(K, "21 anggota", N, "team", 21),
     M(K, "delapan orang", N, "escaped", 8),
     M(K, "13 orang", N, "buried", 13),
     M(K, "Senin (12/10/2020)", D, "plant_slide", "2020-10-12"),
     M(K, "17 pekerja", N, "workers", 17, src=PROV, fall=True),
     M(K, "16 orang", N, "workers", 16, src=FIRM, fall=True),
     M(K, "sedikitnya 40 orang", N, "flood_dead", 40, TUE, qual="atleast"),
     M(K, "Selasa", D, "count_tue", "2020-10-13", occ=2),
     M(K, "Lebih dari 1.000 tentara", N, "searchers", 1000, qual="morethan"),

     M(R, "Thursday", D, "recovery", "2020-10-15"),
     M(R, "all 13 soldiers", N, "res_dead", 13, THU16),
     M(R, "around 2:30 a.m.", N, "slide_time", 2.5, qual="approx", cls="clock", planted=True),
     M(R, "Tuesday", D, "station_slide", "2020-10-13"),
     M(R, "11 bodies", N, "res_dead", 11, THU11),
     M(R, "Eight members", N, "escaped", 8),
     M(R, "21-strong team", N, "team", 21),
     M(R, "Monday", D, "plant_slide", "2020-10-12"),
     M(R, "17 people", N, "workers", 17, src=PROV, fall=True),
     M(R, "at least 64 people", N, "flood_dead", 64, THU, qual="atleast"),
     M(R, "More than 1,000 soldiers", N, "searchers", 1000, qual="morethan"),
     M(R, "Saturday", D, "memorial", "2020-10-17"),

     M(A, "13 anggota tim", N, "res_dead", 13, THU16),
     M(A, "Kamis (15/10/2020)", D, "recovery", "2020-10-15"),
     M(A, "11 jenazah", N, "res_dead", 11, THU11),
     M(A, "sekitar pukul 00.30", N, "slide_time", 0.5, qual="approx", cls="clock"),
     M(A, "Selasa (13/10/2020)", D, "station_slide", "2020-10-13"),
     M(A, "21 orang", N, "team", 21),
     M(A, "delapan", N, "escaped", 8),
     M(A, "17 pekerja", N, "workers", 17, src=PROV, fall=True),
     M(A, "Senin (12/10/2020)", D, "plant_slide", "2020-10-12"),
     M(A, "Sabtu (17/10/2020)", D, "memorial", "2020-10-17"),
     M(A, "80 orang", N, "flood_dead", 80, FRI),
     M(A, "Jumat (16/10/2020)", D, "count_fri", "2020-10-16"),

     M(T, "111 orang", N, "flood_dead", 111, TUE20),
     M(T, "22 orang lainnya", N, "flood_missing", 22, TUE20, fall=True),
     M(T, "Selasa (20/10/2020)", D, "count_tue20", "2020-10-20"),
     M(T, "80 korban tewas", N, "flood_dead", 80, FRI),
     M(T, "Jumat (16/10/2020)", D, "count_fri", "2020-10-16"),
     M(T, "78 orang", N, "flood_dead", 78, SAT),
     M(T, "dua kematian", N, "excluded", 2),
     M(T, "13 tentara", N, "res_dead", 13, THU16),
     M(T, "Selasa (13/10/2020)", D, "station_slide", "2020-10-13"),
     M(T, "Rabu (14/10/2020)", D, "recovery", "2020-10-14", planted=True),
     M(T, "Minggu (18/10/2020)", D, "qt_slide", "2020-10-18"),
     M(T, "22 tentara", N, "qt_dead", 22),
     M(T, "17 pekerja", N, "workers", 17, src=PROV, fall=True),
     M(T, "Senin (12/10/2020)", D, "plant_slide", "2020-10-12"),
    ]
    build("rao-trang-landslide-2020", "The landslides of the central Vietnam floods of October 2020 in Thua Thien Hue: "
          "a hillside falling onto the workers' quarters of the Rao Trang 3 hydropower plant early on Monday 12 October "
          "2020 (17 workers missing by the province, 16 by the plant's operator: sources), and a second slide at about "
          "00:30 on Tuesday 13 October onto a forest rangers' station where a 21-strong army rescue team had stopped: 8 "
          "escaped, 13 buried, among them Maj. Gen. Nguyen Van Man; the 13 bodies recovered on Thursday 15 October (11 "
          "by late morning, all by the afternoon); a memorial in Hanoi on Saturday 17 October; the flood toll of "
          "central Vietnam rising from at least 40 on 13 October to at least 64 on 15 October and 80 on 16 October, "
          "lowered to 78 on 17 October, and 111 dead and 22 missing on 20 October; 22 soldiers killed by a landslide in "
          "Huong Hoa, Quang Tri, on Sunday 18 October", False, ms, names)


def fishkill():
    R, K, P, T = "reuters-may02", "kompas-jul01", "ap-jul02", "tempo-sep20"
    # steps on different dates: the first dead fish (Wednesday 6 April 2016), the company official's remark (25
    # April), the marches (Sunday 1 May and Sunday 8 May), the government's finding (Thursday 30 June), the
    # fishermen's reaction (Saturday 2 July), the first payouts (Monday 19 September 2016). Money in US dollars
    # (million): the $500 million compensation against the $10.6 billion investment (two facts).
    names = {
     "coast": "coastline affected (km)", "provinces": "provinces affected", "other_prov": "provinces still to be paid",
     "invest": "cost of the steel complex (US$ million)", "comp": "compensation promised (US$ million)",
     "comp_vnd": "compensation promised (billion dong)", "violations": "violations found at the plant",
     "fish_t": "dead fish collected in Ha Tinh (tonnes)",
     # dates
     "fish_start": "day the fish began to die", "remark": "day of the company official's remark",
     "protest1": "day of the first marches", "protest2": "day of the second marches",
     "announce": "day the government named the plant", "said": "day the fishermen spoke",
     "payout": "day the first payouts began",
    }
    ms = [
     M(R, "Sunday", D, "protest1", "2016-05-01"),
     M(R, "April 6", D, "fish_start", "2016-04-06"),
     M(R, "more than 200 km", N, "coast", 200, qual="morethan", cls="km"),
     M(R, "four provinces", N, "provinces", 4),
     M(R, "$10.6 billion", N, "invest", 10600, cls="usd"),
     M(R, "April 25", D, "remark", "2016-04-25"),
     M(R, "more than 100 tonnes", N, "fish_t", 100, qual="morethan", cls="t"),
     M(R, "Sunday", D, "protest1", "2016-05-01", occ=2),

     M(K, "Kamis (30/6/2016)", D, "announce", "2016-06-30"),
     M(K, "US$ 500 juta", N, "comp", 500, cls="usd"),
     M(K, "sekitar 11.500 miliar dong", N, "comp_vnd", 11500, qual="approx", cls="vnd"),
     M(K, "53 pelanggaran", N, "violations", 53),
     M(K, "US$ 10,6 miliar", N, "invest", 10600, cls="usd"),
     M(K, "Rabu (6/4/2016)", D, "fish_start", "2016-04-06"),
     M(K, "empat provinsi", N, "provinces", 4),
     M(K, "lebih dari 200 kilometer", N, "coast", 200, qual="morethan", cls="km"),

     M(P, "Saturday", D, "said", "2016-07-02"),
     M(P, "$500 million", N, "comp", 500, cls="usd"),
     M(P, "Thursday", D, "announce", "2016-06-30"),
     M(P, "35 violations", N, "violations", 35, planted=True),
     M(P, "about 11,500 billion dong", N, "comp_vnd", 11500, qual="approx", cls="vnd"),
     M(P, "April 6", D, "fish_start", "2016-04-06"),
     M(P, "more than 200 km", N, "coast", 200, qual="morethan", cls="km"),
     M(P, "four provinces", N, "provinces", 4),
     M(P, "about $10.6 billion", N, "invest", 10600, qual="approx", cls="usd"),

     M(T, "Senin (19/9/2016)", D, "payout", "2016-09-19"),
     M(T, "US$ 50 juta", N, "comp", 50, cls="usd", planted=True),
     M(T, "30 Juni", D, "announce", "2016-06-30"),
     M(T, "6 April", D, "fish_start", "2016-04-06"),
     M(T, "empat provinsi", N, "provinces", 4),
     M(T, "lebih dari 200 kilometer", N, "coast", 200, qual="morethan", cls="km"),
     M(T, "lebih dari 100 ton", N, "fish_t", 100, qual="morethan", cls="t"),
     M(T, "Minggu (1/5/2016)", D, "protest1", "2016-05-01"),
     M(T, "Minggu (8/5/2016)", D, "protest2", "2016-05-08"),
     M(T, "53 pelanggaran", N, "violations", 53),
     M(T, "tiga provinsi", N, "other_prov", 3),
    ]
    build("formosa-fish-kill-2016", "The mass death of fish on Vietnam's central coast in 2016 and the Formosa Ha "
          "Tinh Steel plant: dead fish from Wednesday 6 April 2016 near the Vung Ang economic zone, spreading along "
          "more than 200 km of coast in four provinces; a company official's remark on 25 April; marches in Hanoi and "
          "Ho Chi Minh City on Sunday 1 May and Sunday 8 May; the government's finding on Thursday 30 June 2016 that "
          "the $10.6 billion plant's discharge (phenol and cyanide) killed the fish, 53 violations, the company's "
          "apology and its $500 million (about 11,500 billion dong) compensation; the first payouts to fishermen in "
          "Ha Tinh on Monday 19 September 2016", False, ms, names)


def merger():
    R, K, A, T = "reuters-jun12", "kompas-jun13", "antara-jul01", "tempo-jul02"
    names = {
     "prov_before": "provinces and cities before", "prov_after": "provinces and cities after",
     "n_prov": "provinces after", "n_city": "centrally run cities after", "new_units": "units formed by merger",
     "merged": "old units merged", "kept": "units left unchanged", "comm_before": "grassroots units before",
     "comm_after": "grassroots units after", "communes": "communes after", "wards": "wards after",
     "zones": "special zones after", "tiers": "tiers of local government",
     # dates
     "vote": "day the National Assembly approved the plan", "effective": "day the new structure took effect",
    }
    ms = [
     M(R, "Thursday", D, "vote", "2025-06-12"),
     M(R, "63", N, "prov_before", 63),
     M(R, "34", N, "prov_after", 34),
     M(R, "28 provinces", N, "n_prov", 28),
     M(R, "six cities", N, "n_city", 6),
     M(R, "23 units", N, "new_units", 23),
     M(R, "52 existing ones", N, "merged", 52),
     M(R, "11 left", N, "kept", 11),
     M(R, "10,035", N, "comm_before", 10035),
     M(R, "3,321", N, "comm_after", 3321),
     M(R, "2,621 communes", N, "communes", 2621),
     M(R, "687 wards", N, "wards", 687),
     M(R, "13 special zones", N, "zones", 13),
     M(R, "July 1", D, "effective", "2025-07-01"),

     M(K, "Kamis (12/6/2025)", D, "vote", "2025-06-12"),
     M(K, "63", N, "prov_before", 63),
     M(K, "34", N, "prov_after", 34),
     M(K, "34 unit", N, "prov_after", 34),
     M(K, "28", N, "n_prov", 28),
     M(K, "enam", N, "n_city", 6),
     M(K, "23 unit baru", N, "new_units", 23),
     M(K, "52 provinsi", N, "merged", 52),
     M(K, "11 lainnya", N, "kept", 11),
     M(K, "10.035", N, "comm_before", 10035),
     M(K, "3.321", N, "comm_after", 3321),
     M(K, "2.621 desa", N, "communes", 2621),
     M(K, "687 kelurahan", N, "wards", 687),
     M(K, "13 zona khusus", N, "zones", 13),
     M(K, "dua tingkat", N, "tiers", 2),
     M(K, "Selasa (1/7/2025)", D, "effective", "2025-07-01"),

     M(A, "Selasa (1/7/2025)", D, "effective", "2025-07-01"),
     M(A, "34 provinsi", N, "prov_after", 34),
     M(A, "63 sebelumnya", N, "prov_before", 63),
     M(A, "Kamis (12/6/2025)", D, "vote", "2025-06-12"),
     M(A, "11 provinsi", N, "kept", 11),
     M(A, "52 lainnya", N, "merged", 52),
     M(A, "23 unit baru", N, "new_units", 23),
     M(A, "28 provinsi", N, "n_prov", 28),
     M(A, "enam kota", N, "n_city", 6),
     M(A, "3.321", N, "comm_after", 3321),
     M(A, "10.035", N, "comm_before", 10035),
     M(A, "2.621 desa", N, "communes", 2621),
     M(A, "687 kelurahan", N, "wards", 687),
     M(A, "13 zona khusus", N, "zones", 13),

     M(T, "34 provinsi", N, "prov_after", 34),
     M(T, "Selasa (1/7/2025)", D, "effective", "2025-07-01"),
     M(T, "12 Juni 2025", D, "vote", "2025-06-12"),
     M(T, "63 unit", N, "prov_before", 63),
     M(T, "52 provinsi", N, "merged", 52),
     M(T, "23 unit", N, "new_units", 23),
     M(T, "11 unit", N, "kept", 11),
     M(T, "28 provinsi", N, "n_prov", 28),
     M(T, "enam kota", N, "n_city", 6),
     M(T, "10.035", N, "comm_before", 10035),
     M(T, "3.321", N, "comm_after", 3321),
     M(T, "2.621 desa", N, "communes", 2621),
     M(T, "687 kelurahan", N, "wards", 687),
     M(T, "13 zona khusus", N, "zones", 13),
    ]
    build("vietnam-province-merger-2025", "Vietnam's reorganisation of its local government, approved by the National "
          "Assembly on Thursday 12 June 2025 and in force from Tuesday 1 July 2025 (control): provinces and centrally "
          "run cities from 63 to 34 (28 provinces and six cities; 23 units formed by merging 52, 11 unchanged); "
          "grassroots units from 10,035 to 3,321 (2,621 communes, 687 wards and 13 special zones); the district level "
          "abolished, leaving two tiers. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    landslide()
    fishkill()
    merger()
