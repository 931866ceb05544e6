"""The hundredth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset100/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def chile():
    R, K, DT, AP, T = "reuters-feb28", "kompas-mar01", "detik-mar03", "ap-mar05", "tempo-mar22"
    # the government's running toll: ONEMI's count on Saturday 27 February, the interior minister's that night, the
    # officials' "about 300" on Sunday morning and the president's 708 that afternoon, ONEMI's 763 on Tuesday 2 March
    # in the morning and the president's 795 later that day, 802 on Wednesday 3 March, lowered to 279 identified dead
    # on Thursday 4 March, 452 identified on Friday 5 March
    SAT_E, SAT_N, SUN_E, SUN, TUE_M, TUE, WED, THU, FRI, FRI19 = (
        "2010-02-27T12", "2010-02-27T22", "2010-02-28T10", "2010-02-28T17", "2010-03-02T09", "2010-03-02T15",
        "2010-03-03", "2010-03-04", "2010-03-05", "2010-03-19")
    USGS, GOV, RED_CROSS = "the USGS", "the government", "the Chilean Red Cross"
    names = {
     "dead": "people dead in the earthquake and tsunami of 27 February",
     "dead_all": "people dead in the earthquake and tsunami and the Pichilemu earthquake of 11 March",
     "mag": "the earthquake's magnitude", "mag1960": "the 1960 earthquake's magnitude",
     "mag_after": "magnitude of the early aftershocks counted", "mag_fri": "the strongest aftershock on 5 March",
     "depth": "the earthquake's depth", "dist_conc": "distance to Concepción", "dist_stgo": "distance to Santiago",
     "affected": "people affected", "homes": "homes severely damaged", "conc_dead": "people dead around Concepción",
     "aftershocks": "aftershocks in the first hours", "strong_after": "aftershocks of magnitude 6.0 or more",
     "maule_dead": "people dead in Maule", "biobio_dead": "people dead in Biobío",
     "other_dead": "people dead in other regions", "const_dead": "people dead in Constitución",
     "soldiers": "soldiers deployed", "gap": "the president's count above ONEMI's",
     "ohiggins_dead": "people dead in O'Higgins", "valpo_dead": "people dead in Valparaíso",
     "araucania_dead": "people dead in Araucanía", "stgo_dead": "people dead in the Santiago region",
     "missing": "people missing", "curfew_before": "hours of the curfew before", "curfew_after": "hours of the curfew after",
     "towns": "towns added to the curfew", "phones": "satellite phones brought", "mourning": "days of national mourning",
     "cert": "dead identified with death certificates", "rut": "dead identified by identity number only",
     "presumed": "reports of people presumed dead",
     # dates
     "quake_day": "day of the earthquake", "y1960": "the year of the strongest earthquake",
     "count147_day": "day of the count of 147", "count708_day": "day of the count of 708", "count795_day": "day of the count of 795",
     "handover": "day the presidency changed hands", "count802_day": "day of the count of 802",
     "count279_day": "day of the count of 279", "count452_day": "day of the count of 452",
     "navy_day": "day the navy dismissed its hydrographic chief", "aftershock_day": "day of the strong aftershocks",
     "mourning_start": "first day of national mourning", "pichilemu_day": "day of the Pichilemu earthquake",
     "final_day": "day of the final list",
    }
    ms = [
     M(R, "8.8", N, "mag", 8.8, cls="mag", src=USGS),
     M(R, "Saturday", D, "quake_day", "2010-02-27"),
     M(R, "214 people", N, "dead", 214, SAT_N),
     M(R, "147", N, "dead", 147, SAT_E),
     M(R, "Saturday", D, "count147_day", "2010-02-27", occ=2),
     M(R, "about 35 km", N, "depth", 35, qual="approx", cls="km"),
     M(R, "115 km", N, "dist_conc", 115, cls="km"),
     M(R, "about 325 km", N, "dist_stgo", 325, qual="approx", cls="km"),
     M(R, "1.5 million people", N, "affected", 1500000, SAT_N, qual="approx"),
     M(R, "About 500,000 homes", N, "homes", 500000, qual="approx", src=GOV),
     M(R, "more than 100 people", N, "conc_dead", 100, SAT_N, qual="morethan"),
     M(R, "11 aftershocks", N, "aftershocks", 11),
     M(R, "five", N, "strong_after", 5),
     M(R, "6.0", N, "mag_after", 6.0, cls="mag"),
     M(R, "9.5", N, "mag1960", 9.5, cls="mag"),
     M(R, "1960", D, "y1960", "1960"),

     M(K, "8,8", N, "mag", 8.8, cls="mag", src=USGS),
     M(K, "708 orang", N, "dead", 708, SUN),
     M(K, "Minggu (28/2/2010)", D, "count708_day", "2010-02-28"),
     M(K, "sekitar 300 orang", N, "dead", 300, SUN_E, qual="approx"),
     M(K, "541 korban tewas", N, "maule_dead", 541, SUN),
     M(K, "64 orang", N, "biobio_dead", 64, SUN),
     M(K, "103 orang", N, "other_dead", 103, SUN),
     M(K, "lebih dari 350 orang", N, "const_dead", 350, SUN, qual="morethan"),
     M(K, "sekitar 2 juta orang", N, "affected", 2000000, SUN, qual="approx"),
     M(K, "Sabtu (27/2/2010)", D, "quake_day", "2010-02-27"),
     M(K, "sekitar 500.000 rumah", N, "homes", 500000, qual="approx", src=RED_CROSS),
     M(K, "10.000 tentara", N, "soldiers", 10000, SUN),
     M(K, "11 Maret", D, "handover", "2010-03-11"),

     M(DT, "8,8", N, "mag", 8.8, cls="mag", src=USGS),
     M(DT, "795 orang", N, "dead", 795, TUE),
     M(DT, "Selasa (2/3/2010)", D, "count795_day", "2010-03-02"),
     M(DT, "32 orang", N, "gap", 32),
     M(DT, "763 orang", N, "dead", 763, TUE_M),
     M(DT, "554 korban tewas", N, "maule_dead", 554, TUE_M),
     M(DT, "92 orang", N, "biobio_dead", 92, TUE_M),
     M(DT, "48 orang", N, "ohiggins_dead", 48, TUE_M),
     M(DT, "18 orang", N, "valpo_dead", 18, TUE_M),
     M(DT, "13 orang", N, "araucania_dead", 13, TUE_M),
     M(DT, "38 orang", N, "stgo_dead", 38, TUE_M),
     M(DT, "19 orang", N, "missing", 19, TUE_M, fall=True),
     M(DT, "sekitar 2 juta orang", N, "affected", 2000000, TUE_M, qual="approx"),
     M(DT, "Lebih dari 13.000 tentara", N, "soldiers", 13000, TUE, qual="morethan"),
     M(DT, "15 jam", N, "curfew_before", 15, cls="dur"),
     M(DT, "18 jam", N, "curfew_after", 18, cls="dur"),
     M(DT, "tiga kota lain", N, "towns", 3),
     M(DT, "20 telepon satelit", N, "phones", 20),
     M(DT, "27 Februari", D, "quake_day", "2010-02-27"),

     M(AP, "279 dead", N, "dead", 279, THU),
     M(AP, "802", N, "dead", 802, WED),
     M(AP, "Thursday", D, "count279_day", "2010-03-04"),
     M(AP, "Wednesday", D, "count802_day", "2010-03-03"),
     M(AP, "279 identified victims", N, "dead", 279, THU),
     M(AP, "Friday", D, "count452_day", "2010-03-05"),
     M(AP, "452 victims", N, "dead", 452, FRI),
     M(AP, "8.8", N, "mag", 8.8, cls="mag", src=USGS),
     M(AP, "Feb. 27", D, "quake_day", "2010-02-27"),
     M(AP, "Friday", D, "navy_day", "2010-03-05", occ=2),
     M(AP, "Friday", D, "aftershock_day", "2010-03-05", occ=3),
     M(AP, "6.6", N, "mag_fri", 6.6, cls="mag"),
     M(AP, "three days", N, "mourning", 3, cls="dur"),
     M(AP, "Sunday", D, "mourning_start", "2010-03-07"),
     M(AP, "March 11", D, "handover", "2010-03-11"),
     M(AP, "two million people", N, "affected", 2000000, FRI, qual="approx"),

     M(T, "8,3", N, "mag", 8.3, cls="mag", src=USGS, planted=True),
     M(T, "27 Februari", D, "quake_day", "2010-02-27"),
     M(T, "11 Maret", D, "pichilemu_day", "2010-03-11"),
     M(T, "452 orang", N, "dead_all", 452, FRI19),
     M(T, "Jumat (19/3/2010)", D, "final_day", "2010-03-19"),
     M(T, "359 korban", N, "cert", 359, FRI19),
     M(T, "67 korban", N, "rut", 67, FRI19),
     M(T, "sedikitnya 97 laporan", N, "presumed", 97, FRI19, qual="atleast"),
     M(T, "802 korban tewas", N, "dead", 802, WED),
     M(T, "3 Maret", D, "count802_day", "2010-03-03"),
     M(T, "Kamis (11/3/2010)", D, "handover", "2010-03-11"),
     M(T, "Sekitar 2 juta orang", N, "affected", 2000000, FRI19, qual="approx"),
    ]
    build("chile-quake-2010", "The Chile earthquake of Saturday 27 February 2010 (magnitude 8.8 off Maule at 3:34 a.m.) "
          "and its tsunami: the government's toll rising 147 -> 214 (Saturday) -> about 300 -> 708 (Sunday 28 "
          "February) -> 763 -> 795 (Tuesday 2 March) -> 802 (Wednesday 3 March), lowered to 279 identified dead on "
          "Thursday 4 March once people reported missing were found counted as dead, then 452 identified on Friday 5 "
          "March; Maule's dead 541 -> 554; people affected 1.5 million -> about 2 million; soldiers 10,000 -> more "
          "than 13,000; the final list of 452 dead (with the Pichilemu earthquake of 11 March) on Friday 19 March; "
          "Piñera sworn in on Thursday 11 March", False, ms, names)


def costa_rica():
    R, K, A, AP = "reuters-feb07", "kompas-apr04", "antara-apr09", "ap-may02"
    # the first round's count on the night (63.9% of the polling stations) against its final count; the runoff's count
    # on the night in two stages (about 89%, then 95.93% of the polling stations) against the final count; shares
    # and votes of a count in progress may move both ways (fall=True)
    R1N, FIN1, S1, S2, FIN = "2022-02-06T22", "2022-03-01", "2022-04-03T21", "2022-04-03T23", "2022-04-20"
    TSE = "the Supreme Elections Tribunal"
    names = {
     "threshold": "share needed to win outright", "counted_r1": "share of polling stations counted (first round)",
     "fig_r1": "Figueres's first-round share", "chaves_r1": "Chaves's first-round share",
     "alvarado_r1": "Alvarado's first-round share", "candidates": "presidential candidates", "voters": "eligible voters",
     "abst_r1": "first-round abstention", "assembly": "seats in the Legislative Assembly",
     "fin_months": "months Chaves served as finance minister", "ramos": "the governing party's candidate's share",
     "term": "years of the presidential term", "counted_r2": "share of polling stations counted (runoff)",
     "chaves_r2": "Chaves's runoff share", "fig_r2": "Figueres's runoff share", "chaves_votes": "votes for Chaves",
     "fig_votes": "votes for Figueres", "abst_r2": "runoff abstention", "chaves_age": "Chaves's age",
     "fig_age": "Figueres's age", "ppsd_seats": "the PPSD's seats", "pln_seats": "the PLN's seats",
     "scrutiny_days": "days of the runoff's scrutiny", "r1_scrutiny": "months of the first round's scrutiny",
     "parties": "parties in the first round", "posts": "posts elected", "vps": "vice presidents",
     "pusc_seats": "the PUSC's seats", "pnr_seats": "New Republic's seats", "six_seats": "seats of each of two other parties",
     "pac_2018": "the PAC's seats in 2018", "arias_votes": "votes for Arias", "majority": "votes for a majority",
     "arias_age": "Arias's age", "backers": "parties backing Arias", "navas_votes": "votes for Navas",
     "ajoy_votes": "votes for Ajoy",
     # dates
     "runoff": "day of the runoff", "first_round": "day of the first round", "fig_from": "year Figueres took office",
     "fig_to": "year Figueres left office", "wb_left": "year Chaves left the World Bank",
     "inauguration": "day of the inauguration", "scrutiny_end": "day the runoff's scrutiny ended",
     "y2018": "the previous election", "arias_day": "day the assembly elected its president",
    }
    ms = [
     M(R, "April 3", D, "runoff", "2022-04-03"),
     M(R, "40%", N, "threshold", 40, cls="pct"),
     M(R, "Sunday", D, "first_round", "2022-02-06"),
     M(R, "63.9%", N, "counted_r1", 63.9, cls="pct"),
     M(R, "27.4%", N, "fig_r1", 27.4, R1N, cls="pct", src=TSE, fall=True),
     M(R, "16.7%", N, "chaves_r1", 16.7, R1N, cls="pct", src=TSE, fall=True),
     M(R, "15.4%", N, "alvarado_r1", 15.4, R1N, cls="pct", src=TSE, fall=True),
     M(R, "25 candidates", N, "candidates", 25),
     M(R, "about 3.5 million", N, "voters", 3500000, qual="approx"),
     M(R, "40%", N, "abst_r1", 40, R1N, qual="morethan", cls="pct", occ=2),
     M(R, "57 members", N, "assembly", 57),
     M(R, "1994", D, "fig_from", "1994"),
     M(R, "1998", D, "fig_to", "1998"),
     M(R, "six months", N, "fin_months", 6, cls="dur"),
     M(R, "2019", D, "wb_left", "2019"),
     M(R, "less than 1%", N, "ramos", 1, qual="nearly", cls="pct"),
     M(R, "May 8", D, "inauguration", "2022-05-08"),
     M(R, "four-year", N, "term", 4, cls="dur"),

     M(K, "Minggu (3/4/2022)", D, "runoff", "2022-04-03"),
     M(K, "sekitar 89 persen", N, "counted_r2", 89, S1, qual="approx", cls="pct"),
     M(K, "52,9 persen", N, "chaves_r2", 52.9, S1, cls="pct", src=TSE, fall=True),
     M(K, "47,1 persen", N, "fig_r2", 47.1, S1, cls="pct", src=TSE, fall=True),
     M(K, "95,93 persen", N, "counted_r2", 95.93, S2, cls="pct"),
     M(K, "999.382 suara", N, "chaves_votes", 999382, S2, src=TSE, fall=True),
     M(K, "52,86 persen", N, "chaves_r2", 52.86, S2, cls="pct", src=TSE, fall=True),
     M(K, "891.403 suara", N, "fig_votes", 891403, S2, src=TSE, fall=True),
     M(K, "47,14 persen", N, "fig_r2", 47.14, S2, cls="pct", src=TSE, fall=True),
     M(K, "42,86 persen", N, "abst_r2", 42.86, S2, cls="pct"),
     M(K, "6 Februari", D, "first_round", "2022-02-06"),
     M(K, "27,28 persen", N, "fig_r1", 27.28, FIN1, cls="pct", src=TSE, fall=True),
     M(K, "16,78 persen", N, "chaves_r1", 16.78, FIN1, cls="pct", src=TSE, fall=True),
     M(K, "60 tahun", N, "chaves_age", 60, cls="age"),
     M(K, "8 Mei", D, "inauguration", "2022-05-08"),
     M(K, "empat tahun", N, "term", 4, cls="dur"),
     M(K, "67 tahun", N, "fig_age", 67, cls="age"),
     M(K, "1994", D, "fig_from", "1994"),
     M(K, "1998", D, "fig_to", "1998"),
     M(K, "10 kursi", N, "ppsd_seats", 10),
     M(K, "57 orang", N, "assembly", 57),
     M(K, "19 kursi", N, "pln_seats", 19),

     M(A, "Jumat (8/4/2022)", D, "scrutiny_end", "2022-04-08"),
     M(A, "tiga hari", N, "scrutiny_days", 3, cls="dur"),
     M(A, "3 April", D, "runoff", "2022-04-03"),
     M(A, "hampir sebulan", N, "r1_scrutiny", 1, qual="nearly", cls="dur"),
     M(A, "25 partai", N, "parties", 25),
     M(A, "59 jabatan", N, "posts", 59),
     M(A, "dua wakil presiden", N, "vps", 2),
     M(A, "57 anggota parlemen", N, "assembly", 57),
     M(A, "19 kursi", N, "pln_seats", 19),
     M(A, "10 kursi", N, "ppsd_seats", 10),
     M(A, "9 kursi", N, "pusc_seats", 9),
     M(A, "7 kursi", N, "pnr_seats", 7),
     M(A, "6 kursi", N, "six_seats", 6),
     M(A, "2018", D, "y2018", "2018"),
     M(A, "10 kursi", N, "pac_2018", 10, occ=2),
     M(A, "16,87 persen", N, "chaves_r1", 16.87, FIN1, cls="pct", src=TSE, fall=True, planted=True),
     M(A, "8 Mei 2022", D, "inauguration", "2022-05-08"),

     M(AP, "Sunday", D, "arias_day", "2022-05-01"),
     M(AP, "50 votes", N, "arias_votes", 50),
     M(AP, "57-seat", N, "assembly", 57),
     M(AP, "29 votes", N, "majority", 29),
     M(AP, "75", N, "arias_age", 75, cls="age"),
     M(AP, "five parties", N, "backers", 5),
     M(AP, "51 votes", N, "navas_votes", 51),
     M(AP, "49", N, "ajoy_votes", 49),
     M(AP, "19 seats", N, "pln_seats", 19),
     M(AP, "10", N, "ppsd_seats", 10),
     M(AP, "April 3", D, "runoff", "2022-04-03"),
     M(AP, "52.82%", N, "chaves_r2", 52.82, FIN, cls="pct", src=TSE, fall=True),
     M(AP, "1,035,388 votes", N, "chaves_votes", 1035388, FIN, src=TSE, fall=True),
     M(AP, "47.18%", N, "fig_r2", 47.18, FIN, cls="pct", src=TSE, fall=True),
     M(AP, "Feb. 6", D, "first_round", "2022-02-06"),
     M(AP, "16.78%", N, "chaves_r1", 16.78, FIN1, cls="pct", src=TSE, fall=True),
     M(AP, "May 18", D, "inauguration", "2022-05-18", planted=True),
    ]
    build("costa-rica-election-2022", "Costa Rica's general election of Sunday 6 February 2022 (the count on the night "
          "with 63.9% of the polling stations: Figueres 27.4%, Chaves 16.7%, Alvarado 15.4%; final: Figueres 27.28%, "
          "Chaves 16.78%; the Legislative Assembly's 57 seats: PLN 19, PPSD 10, PUSC 9, New Republic 7, two parties 6 "
          "each), the runoff of Sunday 3 April 2022 (the count on the night: 52.9% to 47.1% with about 89% counted, "
          "52.86% (999,382 votes) to 47.14% (891,403) with 95.93%; final: 52.82% (1,035,388 votes) to 47.18%), the "
          "scrutiny ended on Friday 8 April, the assembly's election of Rodrigo Arias as its president with 50 votes "
          "on Sunday 1 May and the inauguration on 8 May 2022", False, ms, names)


def bccr():
    R, T, B, K = "reuters-mar21", "ticotimes-mar22", "bisnis-mar25", "kontan-mar23"
    names = {
     "cut": "size of the cut", "rate": "the new monetary policy rate", "neg_months": "months of negative inflation",
     "infl": "annual inflation in February 2024", "target": "the inflation target", "band": "the target's tolerance band",
     "ppi": "the fall in manufacturing producer prices in February", "rate_mar23": "the rate until March 2023",
     "cum": "cuts since March 2023",
     # dates
     "decision": "day of the decision", "effective": "day the new rate took effect", "infl_month": "month of the inflation reading",
     "ppi_month": "month of the producer price reading", "positive": "quarter inflation turns positive",
     "range": "when inflation returns to the range", "imae_month": "month of the activity slowdown",
     "mar23": "March 2023", "presser": "day of the news conference", "next": "day of the next meeting",
     "jun20": "day of the June meeting", "jul18": "day of the July meeting", "sep19": "day of the September meeting",
     "oct17": "day of the October meeting", "dec19": "day of the December meeting",
    }
    ms = [
     M(R, "50 basis points", N, "cut", 50, cls="bp"),
     M(R, "5.25%", N, "rate", 5.25, cls="pct"),
     M(R, "Thursday", D, "decision", "2024-03-21"),
     M(R, "nine months", N, "neg_months", 9, cls="dur"),
     M(R, "Friday, March 22", D, "effective", "2024-03-22"),
     M(R, "1.13%", N, "infl", -1.13, qual="unit", cls="pct"),
     M(R, "February", D, "infl_month", "2024-02"),
     M(R, "3%", N, "target", 3, cls="pct"),
     M(R, "one percentage point", N, "band", 100, qual="unit", cls="bp"),
     M(R, "third quarter of 2024", D, "positive", "2024-Q3"),
     M(R, "early 2025", D, "range", "2025"),
     M(R, "4.7%", N, "ppi", 4.7, cls="pct"),
     M(R, "February", D, "ppi_month", "2024-02", occ=2),
     M(R, "January", D, "imae_month", "2024-01"),
     M(R, "9%", N, "rate_mar23", 9, cls="pct"),
     M(R, "March 2023", D, "mar23", "2023-03"),
     M(R, "375 basis points", N, "cum", 375, cls="bp"),
     M(R, "Thursday", D, "presser", "2024-03-21", occ=2),
     M(R, "April 25", D, "next", "2024-04-25"),

     M(T, "half a percentage point", N, "cut", 50, qual="unit", cls="bp"),
     M(T, "5.25%", N, "rate", 5.25, cls="pct"),
     M(T, "Friday, March 22", D, "effective", "2024-03-22"),
     M(T, "Thursday, March 21", D, "decision", "2024-03-21"),
     M(T, "nine consecutive months", N, "neg_months", 9, cls="dur"),
     M(T, "-1.13%", N, "infl", -1.13, cls="pct"),
     M(T, "February", D, "infl_month", "2024-02"),
     M(T, "3%", N, "target", 3, cls="pct"),
     M(T, "one percentage point", N, "band", 100, qual="unit", cls="bp"),
     M(T, "third quarter of 2024", D, "positive", "2024-Q3"),
     M(T, "early 2025", D, "range", "2025"),
     M(T, "4.7%", N, "ppi", 4.7, cls="pct"),
     M(T, "February", D, "ppi_month", "2024-02", occ=2),
     M(T, "January", D, "imae_month", "2024-01"),
     M(T, "March 2023", D, "mar23", "2023-03"),
     M(T, "9%", N, "rate_mar23", 9, cls="pct"),
     M(T, "3.75 percentage points", N, "cum", 375, qual="unit", cls="bp"),
     M(T, "Thursday", D, "presser", "2024-03-21", occ=2),
     M(T, "April 25", D, "next", "2024-04-25"),
     M(T, "June 20", D, "jun20", "2024-06-20"),
     M(T, "July 18", D, "jul18", "2024-07-18"),
     M(T, "September 19", D, "sep19", "2024-09-19"),
     M(T, "October 17", D, "oct17", "2024-10-17"),
     M(T, "December 19", D, "dec19", "2024-12-19"),

     M(B, "50 basis poin", N, "cut", 50, cls="bp"),
     M(B, "5,25%", N, "rate", 5.25, cls="pct"),
     M(B, "Kamis (21/3/2024)", D, "decision", "2024-03-21"),
     M(B, "Jumat (22/3/2024)", D, "effective", "2024-03-22"),
     M(B, "Februari 2024", D, "infl_month", "2024-02"),
     M(B, "-1,13%", N, "infl", -1.13, cls="pct"),
     M(B, "sembilan bulan", N, "neg_months", 9, cls="dur"),
     M(B, "3%", N, "target", 3, cls="pct"),
     M(B, "1 poin persentase", N, "band", 100, qual="unit", cls="bp"),
     M(B, "kuartal III/2024", D, "positive", "2024-Q3"),
     M(B, "awal 2025", D, "range", "2025"),
     M(B, "4,7%", N, "ppi", 4.7, cls="pct"),
     M(B, "Februari 2024", D, "ppi_month", "2024-02", occ=2),
     M(B, "Januari", D, "imae_month", "2024-01"),
     M(B, "Maret 2023", D, "mar23", "2023-03"),
     M(B, "9%", N, "rate_mar23", 9, cls="pct"),
     M(B, "375 basis poin", N, "cum", 375, cls="bp"),

     M(K, "0,5 poin persentase", N, "cut", 50, qual="unit", cls="bp"),
     M(K, "5,25 persen", N, "rate", 5.25, cls="pct"),
     M(K, "Kamis, 21 Maret 2024", D, "decision", "2024-03-21"),
     M(K, "Jumat, 22 Maret 2024", D, "effective", "2024-03-22"),
     M(K, "Februari 2024", D, "infl_month", "2024-02"),
     M(K, "minus 1,13 persen", N, "infl", -1.13, cls="pct"),
     M(K, "sembilan bulan", N, "neg_months", 9, cls="dur"),
     M(K, "3 persen", N, "target", 3, cls="pct"),
     M(K, "1 poin persentase", N, "band", 100, qual="unit", cls="bp"),
     M(K, "kuartal ketiga 2024", D, "positive", "2024-Q3"),
     M(K, "4,7 persen", N, "ppi", 4.7, cls="pct"),
     M(K, "Februari", D, "ppi_month", "2024-02", occ=2),
     M(K, "Maret 2023", D, "mar23", "2023-03"),
     M(K, "3,75 poin persentase", N, "cum", 375, qual="unit", cls="bp"),
     M(K, "9 persen", N, "rate_mar23", 9, cls="pct"),
     M(K, "25 April 2024", D, "next", "2024-04-25"),
    ]
    build("bccr-rate-2024", "The Central Bank of Costa Rica's rate decision (control) of Thursday 21 March 2024: the "
          "monetary policy rate cut 50 basis points to 5.25%, effective Friday 22 March, unanimously; annual inflation "
          "of -1.13% in February 2024, the ninth month below zero, against the 3% target (a tolerance band of one "
          "percentage point); inflation expected positive in the third quarter of 2024 and in the range in early 2025; "
          "manufacturing producer prices down 4.7% in February; 375 basis points of cuts since March 2023 from 9%; "
          "the next meeting on 25 April. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    chile()
    costa_rica()
    bccr()
