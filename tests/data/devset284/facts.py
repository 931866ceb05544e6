"""The two-hundred-and-eighty-fourth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset284/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def melissa():
    K, R, T, A = "kompas-oct29", "reuters-oct31", "detik-nov04", "ap-nov20"
    # as-of times of the running tallies: Wednesday 29 October 2025 (the first four bodies in Jamaica; Haiti's civil
    # protection count of at least 24 dead and 18 missing; the power cut and the shelters as reported that day),
    # Thursday 30 October (Haiti's count given as 23: lower than Wednesday's, a revision), Friday 31 October (19 in
    # Jamaica; 30 dead and 20 missing in Haiti; 462,000 customers without power), the weekend (the prime minister's
    # 28), Monday 3 November (32), Tuesday 11 November (45; the parishes' counts, the missing, the shelters), and the
    # publication days for figures without a time. The dead do not fall; the missing, the people in shelters and the
    # share without power may (not_conflict when they do).
    W29, TH30, F31, WE, M03, N04, N11, N20 = ("2025-10-29", "2025-10-30", "2025-10-31", "2025-11-02", "2025-11-03",
                                              "2025-11-04", "2025-11-11", "2025-11-20")
    names = {
     "wind": "Melissa's sustained winds at landfall in Jamaica (mph)", "wind_cu": "winds at landfall in Cuba (mph)",
     "prep_dead": "deaths in Jamaica during preparations before the storm", "dead_jm": "people killed in Jamaica",
     "power_pct": "share of Jamaica's power customers without electricity (%)",
     "power_cust": "power customers without electricity", "shelter_jm": "people in shelters in Jamaica",
     "dead_ht": "people killed in Haiti", "inj_ht": "people injured in Haiti", "missing_ht": "people missing in Haiti",
     "dead_town": "dead in one Haitian coastal town", "evac_cu": "people evacuated in Cuba",
     "dead_se": "dead in St. Elizabeth", "dead_wm": "dead in Westmoreland", "dead_sj": "dead in St. James",
     "credible_wm": "further bodies reported in Westmoreland", "dead_region": "people killed across the Caribbean",
     "missing_jm": "people missing in Jamaica", "postmortems": "post-mortem examinations done",
     "households": "households displaced in Jamaica", "shelters": "shelters open in Jamaica",
     "damage_pct": "damage as a share of last year's output (%)",
     # dates
     "landfall": "day Melissa made landfall in Jamaica", "count_ht_wed": "day of Haiti's count of 24",
     "landfall_cu": "day Melissa made landfall in Cuba", "count_jm_fri": "day of Jamaica's count of 19",
     "count_jm_wed": "day the first four bodies were confirmed", "count_ht_thu": "day of Haiti's count of 23",
     "count_jm_mon": "day of Jamaica's count of 32", "count_jm_nov11": "day of Jamaica's count of 45",
    }
    ms = [
     M(K, "Selasa (28/10/2025)", D, "landfall", "2025-10-28"),
     M(K, "185 mil per jam", N, "wind", 185, cls="mph"),
     M(K, "tiga orang", N, "prep_dead", 3),
     M(K, "sekitar 77 persen", N, "power_pct", 77, W29, qual="approx", cls="pct", fall=True),
     M(K, "Sekitar 15.000 warga", N, "shelter_jm", 15000, W29, qual="approx", fall=True),
     M(K, "sedikitnya 24 orang", N, "dead_ht", 24, W29, qual="atleast"),
     M(K, "17 orang terluka", N, "inj_ht", 17, W29),
     M(K, "18 orang hilang", N, "missing_ht", 18, W29, fall=True),
     M(K, "Rabu (29/10/2025)", D, "count_ht_wed", "2025-10-29"),
     M(K, "sekitar 20", N, "dead_town", 20, W29, qual="approx"),
     M(K, "Rabu dini hari", D, "landfall_cu", "2025-10-29"),
     M(K, "120 mil per jam", N, "wind_cu", 120, cls="mph"),
     M(K, "sekitar 735.000 orang", N, "evac_cu", 735000, qual="approx"),

     M(R, "19", N, "dead_jm", 19, F31),
     M(R, "Friday", D, "count_jm_fri", "2025-10-31"),
     M(R, "eight bodies", N, "dead_se", 8, F31),
     M(R, "nine in Westmoreland", N, "dead_wm", 9, F31),
     M(R, "two in St. James", N, "dead_sj", 2, F31),
     M(R, "four more bodies", N, "credible_wm", 4, F31),
     M(R, "Wednesday", D, "count_jm_wed", "2025-10-29"),
     M(R, "first four deaths", N, "dead_jm", 4, W29),
     M(R, "462,000 customers", N, "power_cust", 462000, F31, fall=True),
     M(R, "about 66%", N, "power_pct", 66, F31, qual="approx", cls="pct", fall=True),
     M(R, "Tuesday, Oct. 28", D, "landfall", "2025-10-28"),
     M(R, "185 mph", N, "wind", 185, cls="mph"),
     M(R, "30 people", N, "dead_ht", 30, F31),
     M(R, "20 were missing", N, "missing_ht", 20, F31, fall=True),
     M(R, "23 dead", N, "dead_ht", 23, TH30),
     M(R, "Thursday", D, "count_ht_thu", "2025-10-30"),

     M(T, "32 orang", N, "dead_jm", 32, M03),
     M(T, "Senin (3/11/2025)", D, "count_jm_mon", "2025-11-03"),
     M(T, "lebih dari 60 orang", N, "dead_region", 60, M03, qual="morethan"),
     M(T, "angka 28", N, "dead_jm", 28, WE),
     M(T, "19 korban tewas", N, "dead_jm", 19, F31),
     M(T, "Jumat (31/10/2025)", D, "count_jm_fri", "2025-10-31"),
     M(T, "Rabu (29/10/2025)", D, "landfall", "2025-10-29", planted=True),
     M(T, "185 mil per jam", N, "wind", 185, cls="mph"),
     M(T, "Sekitar 6.000 orang", N, "shelter_jm", 6000, N04, qual="approx", fall=True),
     M(T, "sedikitnya 30 orang", N, "dead_ht", 30, F31, qual="atleast"),

     M(A, "45", N, "dead_jm", 45, N11),
     M(A, "Nov. 11", D, "count_jm_nov11", "2025-11-11"),
     M(A, "18 deaths", N, "dead_se", 18, N11),
     M(A, "15 in Westmoreland", N, "dead_wm", 15, N11),
     M(A, "15 people", N, "missing_jm", 15, N11, fall=True),
     M(A, "33 post-mortem", N, "postmortems", 33, N11),
     M(A, "about 30,000 households", N, "households", 30000, N11, qual="approx"),
     M(A, "some 1,100 people", N, "shelter_jm", 1100, N11, qual="approx", fall=True),
     M(A, "88 shelters", N, "shelters", 88, N11),
     M(A, "Oct. 28", D, "landfall", "2025-10-28"),
     M(A, "190 mph", N, "wind", 190, cls="mph", planted=True),
     M(A, "three deaths", N, "prep_dead", 3),
     M(A, "28% to 32%", N, "damage_pct", 28, cls="pct"),
     M(A, "43 dead", N, "dead_ht", 43, N20),
     M(A, "13 missing", N, "missing_ht", 13, N20, fall=True),
    ]
    build("melissa-jamaica-2025", "Hurricane Melissa in Jamaica and Haiti: landfall near New Hope, Westmoreland, on "
          "Tuesday 28 October 2025 as a Category 5 storm with 185 mph winds; Jamaica's confirmed dead rising (the first "
          "four bodies on Wednesday 29 October -> 19 on Friday 31 October -> 28 at the weekend -> 32 on Monday 3 "
          "November -> 45 on 11 November, 18 in St. Elizabeth and 15 in Westmoreland); Haiti's civil protection count "
          "of at least 24 dead on Wednesday given as 23 on Thursday (a revision), 30 on Friday, 43 later; the missing, "
          "the shelters and the power cut falling; three deaths during preparations; damage put at 28% to 32% of last "
          "year's output", False, ms, names)


def soufriere():
    N_, R, T, A = "antara-apr09", "reuters-apr14", "tempo-apr19", "ap-may03"
    # as-of times of the running tallies: Friday 9 April 2021 (the first shelters), Wednesday 14 April (NEMO's
    # bulletin: 6,992 displaced, 4,117 in 89 public shelters, 2,875 in private homes), Monday 19 April (12,775
    # displaced, 6,208 public, 6,567 private) and the publication day for the U.N.'s figure. Sources: the disaster
    # agency NEMO's registered displaced against the U.N.'s "more than 20,000"; the red zone's population is the
    # University of the West Indies Seismic Research Centre's estimate (another fact than the 16,000 to 20,000 people
    # moved out before the first blast). The evacuation order (Thursday 8 April) and the first explosive eruption
    # (Friday 9 April) are two stages on two days.
    A09, A14, A19, MY03 = "2021-04-09", "2021-04-14", "2021-04-19", "2021-05-03"
    UWI, NEMO, UN = "the UWI Seismic Research Centre", "NEMO", "the United Nations"
    names = {
     "redzone": "people living in the red zone", "public_people": "people in public shelters",
     "public_shelters": "public shelters open", "plume": "height of the first ash column (km)",
     "height": "the volcano's height (feet)", "dead1902": "dead in the 1902 eruption",
     "private_people": "displaced people in private homes", "displaced": "people displaced",
     "evacuated": "people moved out before the first blast", "rescued": "people rescued from the red zone",
     # dates
     "erupt": "day of the first explosive eruption", "order": "day of the evacuation order",
     "last": "the previous eruption (1979)", "e1902": "the 1902 eruption", "count_wed": "day of NEMO's Wednesday count",
     "rescue_stmt": "day the prime minister spoke of the rescues", "count_mon": "day of NEMO's count of 12,775",
     "effusive": "month the effusive eruption began",
    }
    ms = [
     M(N_, "Jumat (9/4/2021)", D, "erupt", "2021-04-09"),
     M(N_, "Kamis (8/4/2021)", D, "order", "2021-04-08"),
     M(N_, "sekitar 16.000 orang", N, "redzone", 16000, qual="approx", src=UWI),
     M(N_, "sekitar 2.000 orang", N, "public_people", 2000, A09, qual="approx", fall=True),
     M(N_, "20 tempat penampungan", N, "public_shelters", 20, A09, fall=True),
     M(N_, "sekitar 10 kilometer", N, "plume", 10, qual="approx", cls="km"),
     M(N_, "3.864 kaki", N, "height", 3864, cls="ft"),
     M(N_, "1979", D, "last", "1979"),
     M(N_, "tahun 1902", D, "e1902", "1902"),
     M(N_, "sekitar 1.600 orang", N, "dead1902", 1600, qual="approx"),

     M(R, "Nearly 7,000 people", N, "displaced", 7000, A14, qual="nearly", src=NEMO, fall=True),
     M(R, "Wednesday", D, "count_wed", "2021-04-14"),
     M(R, "4,117 people", N, "public_people", 4117, A14, fall=True),
     M(R, "89 public shelters", N, "public_shelters", 89, A14, fall=True),
     M(R, "2,875", N, "private_people", 2875, A14, fall=True),
     M(R, "6,992", N, "displaced", 6992, A14, src=NEMO, fall=True),
     M(R, "Friday, April 9", D, "erupt", "2021-04-09"),
     M(R, "Between 16,000 and 20,000 people", N, "evacuated", 16000),
     M(R, "Wednesday", D, "rescue_stmt", "2021-04-14", occ=2),
     M(R, "more than 120 people", N, "rescued", 120, A14, qual="morethan"),
     M(R, "1979", D, "last", "1979"),

     M(T, "12.775 orang", N, "displaced", 12775, A19, src=NEMO, fall=True),
     M(T, "Senin (19/4/2021)", D, "count_mon", "2021-04-19"),
     M(T, "6.208 orang", N, "public_people", 6208, A19, fall=True),
     M(T, "6.567 orang", N, "private_people", 6567, A19, fall=True),
     M(T, "Rabu (14/4/2021)", D, "count_wed", "2021-04-14"),
     M(T, "4.171 orang", N, "public_people", 4171, A14, planted=True, fall=True),
     M(T, "89 penampungan publik", N, "public_shelters", 89, A14, fall=True),
     M(T, "antara 16.000 dan 20.000 orang", N, "evacuated", 16000),
     M(T, "Jumat (9/4/2021)", D, "erupt", "2021-04-09"),
     M(T, "Desember 2020", D, "effusive", "2020-12"),

     M(A, "April 9", D, "erupt", "2021-04-09"),
     M(A, "April 8", D, "order", "2021-04-08"),
     M(A, "About 16,000 people", N, "redzone", 16000, qual="approx", src=UWI),
     M(A, "12,775 displaced people", N, "displaced", 12775, A19, src=NEMO, fall=True),
     M(A, "April 19", D, "count_mon", "2021-04-19"),
     M(A, "6,208", N, "public_people", 6208, A19, fall=True),
     M(A, "more than 20,000", N, "displaced", 20000, MY03, qual="morethan", src=UN, fall=True),
     M(A, "1902", D, "e1902", "1902"),
     M(A, "about 1,600 people", N, "dead1902", 1600, qual="approx"),
     M(A, "1979", D, "last", "1979"),
     M(A, "December 2020", D, "effusive", "2020-12"),
    ]
    build("soufriere-eruption-2021", "The eruption of La Soufriere on St. Vincent: the evacuation order for the red "
          "zone on Thursday 8 April 2021 and the first explosive eruption on Friday 9 April; about 16,000 people in "
          "the red zone (the UWI Seismic Research Centre); about 2,000 people in 20 shelters on 9 April; NEMO's "
          "displaced rising (6,992 on Wednesday 14 April: 4,117 in 89 public shelters, 2,875 in private homes -> "
          "12,775 on Monday 19 April: 6,208 public, 6,567 private) against the U.N.'s more than 20,000; no deaths; the "
          "1902 eruption (about 1,600 dead) and the 1979 eruption", False, ms, names)


def appeal():
    K, R, T, A = "kompas-apr23", "reuters-apr24", "detik-apr26", "ap-apr27"
    names = {
     "appeal": "the appeal (US$ million)", "months": "months the appeal covers", "displaced": "people displaced",
     "residents": "residents of St. Vincent", "cerf": "money already released by the U.N. (US$ million)",
     # dates
     "last": "the previous eruption (1979)", "reactive": "month the volcano became active again",
    }
    ms = []
    for art, app, mon, dis, res, cerf, dec in (
            (K, "29,2 juta dollar AS", "enam bulan", "lebih dari 20.000 orang", "110.600 penduduk", "1 juta dollar AS",
             "Desember 2020"),
            (R, "$29.2 million", "six months", "More than 20,000 people", "110,600 people", "$1 million",
             "December 2020"),
            (T, "29,2 juta dolar AS", "enam bulan", "lebih dari 20.000 orang", "110.600 penduduk", "1 juta dolar AS",
             "Desember 2020"),
            (A, "$29.2 million", "six months", "more than 20,000 people", "110,600 residents", "$1 million",
             "December 2020")):
        ms += [
         M(art, app, N, "appeal", 29.2, cls="usd"),
         M(art, mon, N, "months", 6, cls="dur"),
         M(art, dis, N, "displaced", 20000, qual="morethan"),
         M(art, res, N, "residents", 110600),
         M(art, cerf, N, "cerf", 1, cls="usd"),
         M(art, "1979", D, "last", "1979"),
         M(art, dec, D, "reactive", "2020-12"),
        ]
    build("soufriere-un-appeal-2021", "The United Nations' and St. Vincent's appeal for US$29.2 million to cover six "
          "months of needs after the eruptions of La Soufriere (April 2021, control): more than 20,000 people "
          "displaced, nearly all of St. Vincent's 110,600 residents affected, US$1 million already released by the "
          "U.N.; the volcano's previous eruption in 1979 and its return to activity in December 2020. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    melissa()
    soufriere()
    appeal()
