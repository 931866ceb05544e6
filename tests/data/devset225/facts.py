"""The two-hundred-and-twenty-fifth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset225/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def batsirai():
    K, R, T, A = "kompas-feb07", "reuters-feb09", "detik-feb10", "ap-mar04"
    # as-of times of the disaster office's (BNGRC's) running tallies: Sunday 6 February 2022, Monday 7, Tuesday 8,
    # Wednesday 9, Thursday 10 February, and the latest count as reported on 4 March. The dead do not fall; the
    # displaced count is the same office's tally, revised down from more than 69,000 (Monday) to nearly 62,000
    # (Thursday): a revision. The Ikongo district's dead: a local lawmaker's "at least 60" against the office's 71
    # (sources). Storm Ana's toll and displaced are January's figures and do not change with the day of the report.
    SUN, MON, TUE, WED, THU, MAR = "2022-02-06", "2022-02-07", "2022-02-08", "2022-02-09", "2022-02-10", "2022-03-04"
    BNGRC, MP = "the disaster office (BNGRC)", "a lawmaker from Ikongo"
    names = {
     "dead": "people killed by the cyclone in Madagascar", "displaced": "people displaced by the cyclone",
     "affected": "people otherwise affected", "sites": "temporary shelter sites", "schools": "schools damaged",
     "ikongo_dead": "people killed in Ikongo district", "wfp_affected": "people the WFP expected to be affected",
     "wfp_displaced": "people the WFP feared could be displaced", "ana_dead": "people killed by Storm Ana",
     "ana_displaced": "people displaced by Storm Ana",
     "dist_north": "distance of the landfall north of Mananjary", "dist_capital": "distance from the capital",
     "wind": "sustained wind speed at landfall", "gust": "gusts at landfall",
     # dates
     "landfall": "day of the landfall", "exit": "day the cyclone left the island", "asof_sun": "day of Sunday's count",
     "asof_mon": "day of Monday's count", "asof_wed": "day of Wednesday's count", "asof_thu": "day of Thursday's count",
     "emnati": "day Cyclone Emnati came ashore",
    }
    ms = [
     M(K, "Sabtu (5/2/2022)", D, "landfall", "2022-02-05"),
     M(K, "14 km", N, "dist_north", 14, cls="km"),
     M(K, "535 km", N, "dist_capital", 535, qual="approx", cls="km"),
     M(K, "165 km per jam", N, "wind", 165, cls="kmh"),
     M(K, "230 km per jam", N, "gust", 230, cls="kmh"),
     M(K, "Minggu (6/2/2022)", D, "asof_sun", "2022-02-06"),
     M(K, "10 orang", N, "dead", 10, SUN),
     M(K, "hampir 48.000 warga", N, "displaced", 48000, SUN, qual="nearly"),
     M(K, "Senin (7/2/2022)", D, "asof_mon", "2022-02-07"),
     M(K, "20 orang", N, "dead", 20, MON),
     M(K, "lebih dari 69.000 orang", N, "displaced", 69000, MON, qual="morethan"),
     M(K, "Minggu malam", D, "exit", "2022-02-06"),
     M(K, "sekitar 595.000 orang", N, "wfp_affected", 595000, qual="approx"),
     M(K, "150.000 orang", N, "wfp_displaced", 150000),
     M(K, "55 orang", N, "ana_dead", 55),
     M(K, "sekitar 130.000 orang", N, "ana_displaced", 130000, qual="approx"),

     M(R, "80", N, "dead", 80, WED),
     M(R, "Wednesday", D, "asof_wed", "2022-02-09"),
     M(R, "29", N, "dead", 29, TUE),
     M(R, "Saturday night", D, "landfall", "2022-02-05"),
     M(R, "Sunday", D, "exit", "2022-02-06"),
     M(R, "55 people", N, "ana_dead", 55),
     M(R, "about 130,000", N, "ana_displaced", 130000, qual="approx"),
     M(R, "at least 60 people", N, "ikongo_dead", 60, WED, qual="atleast", src=MP),

     M(T, "92 orang", N, "dead", 92, THU),
     M(T, "Kamis (10/2/2022)", D, "asof_thu", "2022-02-10"),
     M(T, "71 orang", N, "ikongo_dead", 71, THU, src=BNGRC),
     M(T, "hampir 62.000 orang", N, "displaced", 62000, THU, qual="nearly"),
     M(T, "lebih dari 112.100 orang", N, "affected", 112100, THU, qual="morethan"),
     M(T, "99 lokasi", N, "sites", 99, THU),
     M(T, "Sabtu (5/2/2022)", D, "landfall", "2022-02-05"),
     M(T, "165 km per jam", N, "wind", 165, cls="kmh"),
     M(T, "200 sekolah", N, "schools", 200, THU, qual="morethan"),
     M(T, "65 orang", N, "ana_dead", 65, planted=True),

     M(A, "121 people", N, "dead", 121, MAR),
     M(A, "Feb. 4", D, "landfall", "2022-02-04", planted=True),
     M(A, "about 165 kilometers", N, "wind", 165, qual="approx", cls="kmh"),
     M(A, "71 of the deaths", N, "ikongo_dead", 71, THU, src=BNGRC),
     M(A, "Feb. 10", D, "asof_thu", "2022-02-10"),
     M(A, "Feb. 22", D, "emnati", "2022-02-22"),
     M(A, "55 people", N, "ana_dead", 55),
    ]
    build("batsirai-madagascar-2022", "Cyclone Batsirai in Madagascar (landfall on Saturday 5 February 2022, 14 km north "
          "of Mananjary, winds of 165 km/h gusting to 230 km/h): the disaster office's toll rising 10 (Sunday 6 "
          "February) -> 20 (Monday) -> 29 (Tuesday) -> 80 (Wednesday) -> 92 (Thursday 10 February, 71 in Ikongo) -> "
          "121 in the latest count; the displaced nearly 48,000 -> more than 69,000 -> revised down to nearly 62,000; "
          "a local lawmaker's at least 60 dead in Ikongo against the office's 71; Storm Ana's 55 dead and about "
          "130,000 displaced in January; Cyclone Emnati on 22 February", False, ms, names)


def palma():
    R, K, T, A = "reuters-mar29", "kompas-mar31", "tempo-apr15", "ap-aug09"
    # as-of times of the International Organization for Migration's count of people who fled Palma: Tuesday 30 March
    # 2021 (3,361), Wednesday 31 March (8,166), Friday 2 April (nearly 10,000), Wednesday 14 April (more than 18,600);
    # the UN refugee agency's more than 20,000 (15 April) is another agency's estimate (sources). Total's 23,000
    # people near its Afungi site (4 April) is another fact. Dates: the attack (Wednesday 24 March), the convoy ambush
    # (Friday 26 March), the government's statement (Sunday 28 March), the halt of evacuations (Friday 2 April), the
    # SADC summit (Thursday 8 April), Total's force majeure (26 April), the SADC approval of a standby force (23 June),
    # Rwanda's deployment (9 July), the retaking of Mocimboa da Praia announced on Sunday 8 August.
    IOM, UNHCR = "the IOM", "the UN refugee agency"
    MAR30, MAR31, APR02, APR14, APR15 = "2021-03-30", "2021-03-31", "2021-04-02", "2021-04-14", "2021-04-15"
    names = {
     "fled": "people who fled Palma", "district_pop": "people living in Palma district",
     "district_idp": "displaced people sheltering in Palma district", "residents": "Palma district's own residents",
     "province_idp": "people displaced by the insurgency since 2017", "convoy_dead": "people killed in the convoy",
     "evacuated": "people evacuated by UNHAS", "children_pct": "share of children among those who fled",
     "unaccompanied": "unaccompanied children", "afungi": "people gathered near the Afungi site",
     "returned": "asylum seekers returned from Tanzania", "troops": "Rwandan troops and police sent",
     "lng": "value of the gas project",
     # dates
     "attack": "day of the attack on Palma", "convoy": "day of the convoy ambush",
     "gov_statement": "day the government spoke of dozens dead", "asof_mar30": "day of the count of 3,361",
     "asof_mar31": "day of the count of 8,166", "asof_apr02": "day of the count of nearly 10,000",
     "evac_halt": "day evacuations were halted", "asof_apr14": "day of the count of 18,600",
     "afungi_day": "day of Total's count", "sadc1": "day of the first SADC summit", "sadc2": "day SADC approved a force",
     "rwanda": "day Rwanda's deployment began", "force_majeure": "day Total declared force majeure",
     "mocimboa_fell": "month the insurgents took Mocimboa da Praia", "retaken": "day the port's recapture was announced",
     "insurgency": "year the insurgency began",
    }
    ms = [
     M(R, "Sunday", D, "gov_statement", "2021-03-28"),
     M(R, "Wednesday", D, "attack", "2021-03-24"),
     M(R, "seven people", N, "convoy_dead", 7),
     M(R, "Friday", D, "convoy", "2021-03-26"),
     M(R, "about $20 billion", N, "lng", 20, qual="approx", cls="usd"),
     M(R, "More than 110,000 people", N, "district_pop", 110000, qual="morethan"),
     M(R, "some 43,600", N, "district_idp", 43600, qual="approx"),
     M(R, "October 2017", D, "insurgency", "2017-10"),
     M(R, "nearly 700,000 people", N, "province_idp", 700000, qual="nearly"),

     M(K, "Rabu (24/3/2021)", D, "attack", "2021-03-24"),
     M(K, "8.166 pengungsi", N, "fled", 8166, MAR31, src=IOM),
     M(K, "Rabu (31/3/2021)", D, "asof_mar31", "2021-03-31"),
     M(K, "Selasa (30/3/2021)", D, "asof_mar30", "2021-03-30"),
     M(K, "3.361 orang", N, "fled", 3361, MAR30, src=IOM),
     M(K, "lebih dari 280 orang", N, "evacuated", 280, MAR31, qual="morethan"),
     M(K, "lebih dari 110.000 orang", N, "district_pop", 110000, qual="morethan"),
     M(K, "sekitar 67.000 penduduk", N, "residents", 67000, qual="approx"),
     M(K, "43.600 pengungsi", N, "district_idp", 43600),
     M(K, "Minggu (28/3/2021)", D, "gov_statement", "2021-03-28"),
     M(K, "2017", D, "insurgency", "2017"),
     M(K, "hampir 700.000 orang", N, "province_idp", 700000, qual="nearly"),

     M(T, "Kamis (25/3/2021)", D, "attack", "2021-03-25", planted=True),
     M(T, "lebih dari 18.600 pengungsi", N, "fled", 18600, APR14, qual="morethan", src=IOM),
     M(T, "Rabu (14/4/2021)", D, "asof_apr14", "2021-04-14"),
     M(T, "hampir 10.000 orang", N, "fled", 10000, APR02, qual="nearly", src=IOM),
     M(T, "Jumat (2/4/2021)", D, "asof_apr02", "2021-04-02"),
     M(T, "lebih dari 20.000 orang", N, "fled", 20000, APR15, qual="morethan", src=UNHCR),
     M(T, "43 persen", N, "children_pct", 43, APR14, cls="pct"),
     M(T, "249 anak", N, "unaccompanied", 249, APR14),
     M(T, "sekitar 23.000 orang", N, "afungi", 23000, "2021-04-04", qual="approx"),
     M(T, "4 April", D, "afungi_day", "2021-04-04"),
     M(T, "Jumat (2/4/2021)", D, "evac_halt", "2021-04-02", occ=2),
     M(T, "sekitar 600 warga", N, "returned", 600, qual="approx"),
     M(T, "Kamis (8/4/2021)", D, "sadc1", "2021-04-08"),

     M(A, "August 2020", D, "mocimboa_fell", "2020-08"),
     M(A, "Sunday", D, "retaken", "2021-08-08"),
     M(A, "1,000 soldiers", N, "troops", 1000),
     M(A, "July 9", D, "rwanda", "2021-07-09"),
     M(A, "April 8", D, "sadc1", "2021-04-08"),
     M(A, "June 23", D, "sadc2", "2021-06-23"),
     M(A, "March 24", D, "attack", "2021-03-24"),
     M(A, "April 26", D, "force_majeure", "2021-04-26"),
     M(A, "about $20 billion", N, "lng", 20, qual="approx", cls="usd"),
     M(A, "more than 18,600 people", N, "fled", 18600, APR14, qual="morethan", src=IOM),
     M(A, "April 14", D, "asof_apr14", "2021-04-14"),
     M(A, "more than 20,000", N, "fled", 20000, APR15, qual="morethan", src=UNHCR),
     M(A, "2017", D, "insurgency", "2017"),
    ]
    build("palma-attack-2021", "The insurgent attack on Palma, Cabo Delgado, Mozambique (from Wednesday 24 March 2021) and "
          "the regional response: the government's word of dozens dead on Sunday 28 March (seven in a convoy ambushed "
          "on Friday 26 March); the IOM's count of people who fled Palma rising 3,361 (30 March) -> 8,166 (31 March) "
          "-> nearly 10,000 (2 April) -> more than 18,600 (14 April) against the UN refugee agency's more than 20,000 "
          "(15 April); Total's 23,000 near Afungi (4 April); SADC's summit of 8 April and its approval of a standby "
          "force on 23 June; Total's force majeure on 26 April; Rwanda's 1,000 troops from 9 July; Mocimboa da Praia "
          "retaken, announced on Sunday 8 August 2021", False, ms, names)


def kwacha():
    R, K, B, A = "reuters-nov08", "kontan-nov09", "bisnis-nov10", "ap-nov11"
    names = {
     "cut": "size of the devaluation", "new_rate": "new selling rate (kwacha per dollar)",
     "old_rate": "previous selling rate (kwacha per dollar)", "cut2022": "size of the May 2022 devaluation",
     # dates
     "announced": "day of the announcement", "effective": "day the new rate took effect",
     "prev": "month of the previous devaluation",
    }
    ms = [
     M(R, "44%", N, "cut", 44, cls="pct"),
     M(R, "Wednesday", D, "announced", "2023-11-08"),
     M(R, "1,700 kwacha", N, "new_rate", 1700, cls="mwk"),
     M(R, "1,180.29 kwacha", N, "old_rate", 1180.29, cls="mwk"),
     M(R, "Thursday, Nov. 9", D, "effective", "2023-11-09"),
     M(R, "1,700", N, "new_rate", 1700, cls="mwk", occ=2),
     M(R, "May 2022", D, "prev", "2022-05"),
     M(R, "25%", N, "cut2022", 25, cls="pct"),

     M(K, "44%", N, "cut", 44, cls="pct"),
     M(K, "Rabu (8/11/2023)", D, "announced", "2023-11-08"),
     M(K, "Kamis (9/11/2023)", D, "effective", "2023-11-09"),
     M(K, "1.180,29 kwacha", N, "old_rate", 1180.29, cls="mwk"),
     M(K, "1.700 kwacha", N, "new_rate", 1700, cls="mwk"),
     M(K, "Mei 2022", D, "prev", "2022-05"),
     M(K, "25%", N, "cut2022", 25, cls="pct"),

     M(B, "sekitar 44 persen", N, "cut", 44, qual="approx", cls="pct"),
     M(B, "Kamis (9/11/2023)", D, "effective", "2023-11-09"),
     M(B, "1.700 kwacha", N, "new_rate", 1700, cls="mwk"),
     M(B, "sekitar 1.180 kwacha", N, "old_rate", 1180, qual="approx", cls="mwk"),
     M(B, "Rabu (8/11/2023)", D, "announced", "2023-11-08"),
     M(B, "Mei 2022", D, "prev", "2022-05"),
     M(B, "25 persen", N, "cut2022", 25, cls="pct"),

     M(A, "44 percent", N, "cut", 44, cls="pct"),
     M(A, "Wednesday", D, "announced", "2023-11-08"),
     M(A, "1,700 kwacha", N, "new_rate", 1700, cls="mwk"),
     M(A, "1,180.29 kwacha", N, "old_rate", 1180.29, cls="mwk"),
     M(A, "Thursday, Nov. 9", D, "effective", "2023-11-09"),
     M(A, "May 2022", D, "prev", "2022-05"),
     M(A, "25 percent", N, "cut2022", 25, cls="pct"),
    ]
    build("kwacha-devaluation-2023", "The Reserve Bank of Malawi's devaluation of the kwacha (control), announced on "
          "Wednesday 8 November 2023 and in effect from Thursday 9 November: 44%, the selling rate from 1,180.29 to "
          "1,700 kwacha per US dollar; the previous large devaluation of 25% in May 2022. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    batsirai()
    palma()
    kwacha()
