"""The hundred-and-twenty-first development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset121/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def mocoa():
    R, K, T, AP, A = "reuters-apr02", "kompas-apr04", "tempo-apr06", "ap-apr13", "antara-apr25"
    # the official running tallies (the forensic institute, the government, the disaster risk management unit, all
    # from the forensic institute's data): Sunday 2 April in the morning (the institute) and at midday (the
    # president), Monday 3, Tuesday 4, Wednesday 5, Saturday 8, Tuesday 11 and Wednesday 12 April, the president's
    # visit the week before Monday 24 April (its day is not given: placed on Wednesday 19), Monday 24 April
    SUN2M, SUN2, MON3, TUE4, WED5, SAT8, TUE11, WED12, WEEK, MON24 = (
        "2017-04-02T09", "2017-04-02T12", "2017-04-03", "2017-04-04", "2017-04-05", "2017-04-08", "2017-04-11",
        "2017-04-12", "2017-04-19", "2017-04-24")
    OFF, RC = "the Colombian authorities", "the Colombian Red Cross"
    names = {
     "dead": "people killed", "injured": "people injured", "missing": "people missing",
     "minors": "minors among the dead", "delivered": "bodies handed over to families",
     "identified": "victims identified", "autopsies": "autopsies carried out", "pending": "autopsies still pending",
     "fingerprint": "victims identified by fingerprints", "hours": "hours the autopsies took",
     "specialists": "forensic specialists sent", "rivers": "rivers that burst their banks",
     "barrios": "neighbourhoods hit", "troops": "soldiers and police deployed", "tankers": "water tankers in service",
     "reports": "people who reported relatives missing", "located": "reported missing people located",
     "alive": "reported missing people found alive", "found_dead": "reported missing people found dead",
     "looters": "people arrested for looting", "affected": "residents affected", "population": "Mocoa's residents",
     "aid_in": "tons of aid received", "aid_out": "tons of aid handed out", "aid_people": "people who received aid",
     "rebuild": "years the rebuilding could take", "shelters_first": "shelters opened at first",
     "shelters_now": "shelters still open", "sheltered": "people in the shelters", "in_id": "bodies still being identified",
     "water": "litres of water delivered", "season_dead": "people killed in the rainy season nationwide",
     # dates
     "disaster": "night the rivers burst their banks", "santos_visit": "day the president flew to Mocoa",
     "count254_day": "day of the count of 254", "count248_day": "day of the forensic institute's count of 248",
     "salgar": "day of the Salgar landslide", "count273_day": "day of the count of 273",
     "count290_day": "day of the count of 290", "count301_day": "day of the count of 301",
     "count314_day": "day of the count of 314", "count320_day": "day of the count of 320",
     "missing100_day": "day the missing were put at about 100", "power_day": "day power and roads were restored",
     "aid_day": "day of the president's aid figures", "count328_day": "day of the count of 328",
    }
    ms = [
     M(R, "254", N, "dead", 254, SUN2, src=OFF),
     M(R, "Sunday", D, "count254_day", "2017-04-02"),
     M(R, "Three rivers", N, "rivers", 3),
     M(R, "Friday", D, "disaster", "2017-03-31"),
     M(R, "17 neighbourhoods", N, "barrios", 17),
     M(R, "Sunday", D, "count248_day", "2017-04-02", occ=2),
     M(R, "248 bodies", N, "dead", 248, SUN2M, src=OFF),
     M(R, "108 autopsies", N, "autopsies", 108, SUN2M),
     M(R, "45 victims", N, "identified", 45, SUN2M),
     M(R, "34 bodies", N, "delivered", 34, SUN2M),
     M(R, "about 400", N, "injured", 400, SUN2, qual="approx", src=RC),
     M(R, "220 people", N, "missing", 220, SUN2, src=RC, fall=True),
     M(R, "More than 1,000 soldiers", N, "troops", 1000, qual="morethan"),
     M(R, "Saturday", D, "santos_visit", "2017-04-01"),
     M(R, "May 18, 2015", D, "salgar", "2015-05-18"),

     M(K, "273 orang", N, "dead", 273, MON3, src=OFF),
     M(K, "Senin (3/4/2017)", D, "count273_day", "2017-04-03"),
     M(K, "254 orang", N, "dead", 254, SUN2, src=OFF),
     M(K, "262 orang", N, "injured", 262, MON3, src=OFF),
     M(K, "273 autopsi", N, "autopsies", 273, MON3),
     M(K, "70 jam", N, "hours", 70, cls="dur"),
     M(K, "50 ahli forensik", N, "specialists", 50),
     M(K, "100 jenazah", N, "delivered", 100, MON3),
     M(K, "Jumat (31/3/2017)", D, "disaster", "2017-03-31"),
     M(K, "tiga sungai", N, "rivers", 3),
     M(K, "31 truk tangki", N, "tankers", 31, MON3),
     M(K, "sekitar 400 orang", N, "injured", 400, SUN2, qual="approx", src=RC),
     M(K, "220 orang", N, "missing", 220, SUN2, src=RC, fall=True),
     M(K, "17 permukiman", N, "barrios", 17),

     M(T, "301 orang", N, "dead", 301, WED5, src=OFF),
     M(T, "Rabu (5/4/2017)", D, "count301_day", "2017-04-05"),
     M(T, "173 jenazah", N, "identified", 173, WED5),
     M(T, "171", N, "fingerprint", 171),
     M(T, "tujuh autopsi", N, "pending", 7),
     M(T, "Selasa (4/4/2017)", D, "count290_day", "2017-04-04"),
     M(T, "290 korban tewas", N, "dead", 290, TUE4, src=OFF),
     M(T, "144 anak", N, "minors", 144, TUE4),
     M(T, "332 orang terluka", N, "injured", 332, TUE4, src=OFF),
     M(T, "278 korban tewas", N, "dead", 278, MON3, src=OFF, planted=True),
     M(T, "262 korban luka", N, "injured", 262, MON3, src=OFF),
     M(T, "Senin", D, "count273_day", "2017-04-03"),
     M(T, "467 orang", N, "reports", 467),
     M(T, "153 orang", N, "located", 153),
     M(T, "119", N, "alive", 119),
     M(T, "34 meninggal dunia", N, "found_dead", 34),
     M(T, "Tiga sungai", N, "rivers", 3),
     M(T, "31 Maret", D, "disaster", "2017-03-31"),
     M(T, "lebih dari 20 orang", N, "looters", 20, qual="morethan"),

     M(AP, "320 people", N, "dead", 320, WED12, src=OFF),
     M(AP, "118", N, "minors", 118, WED12),
     M(AP, "Wednesday", D, "count320_day", "2017-04-12"),
     M(AP, "332 people", N, "injured", 332, WED12, src=OFF),
     M(AP, "269 bodies", N, "delivered", 269, WED12),
     M(AP, "Tuesday", D, "missing100_day", "2017-04-11"),
     M(AP, "about 100", N, "missing", 100, TUE11, qual="approx", src=OFF, fall=True),
     M(AP, "314", N, "dead", 314, SAT8, src=OFF),
     M(AP, "Saturday", D, "count314_day", "2017-04-08"),
     M(AP, "173 people", N, "missing", 173, SAT8, src=OFF, fall=True),
     M(AP, "three rivers", N, "rivers", 3),
     M(AP, "March 31", D, "disaster", "2017-03-31"),
     M(AP, "about 45,000", N, "affected", 45000, qual="approx"),
     M(AP, "70,000 residents", N, "population", 70000),
     M(AP, "Tuesday", D, "power_day", "2017-04-11", occ=2),
     M(AP, "Wednesday", D, "aid_day", "2017-04-12", occ=2),
     M(AP, "1,294 tons", N, "aid_in", 1294, cls="t"),
     M(AP, "889 tons", N, "aid_out", 889, cls="t"),
     M(AP, "some 43,000 people", N, "aid_people", 43000, qual="approx"),
     M(AP, "two years", N, "rebuild", 2, cls="dur"),

     M(A, "328 orang", N, "dead", 328, MON24, src=OFF),
     M(A, "Senin (24/4/2017)", D, "count328_day", "2017-04-24"),
     M(A, "295 jenazah", N, "delivered", 295, MON24),
     M(A, "33 jenazah", N, "in_id", 33),
     M(A, "69 orang", N, "missing", 69, MON24, src=OFF, fall=True),
     M(A, "103 orang", N, "missing", 103, WEEK, src=OFF, fall=True),
     M(A, "323 orang", N, "dead", 323, WEEK, src=OFF),
     M(A, "31 Maret", D, "disaster", "2017-03-31"),
     M(A, "8 tempat penampungan", N, "shelters_first", 8),
     M(A, "2", N, "shelters_now", 2),
     M(A, "543 penghuni", N, "sheltered", 543),
     M(A, "45 truk tangki", N, "tankers", 45, MON24),
     M(A, "29,2 juta liter", N, "water", 29200000, cls="l"),
     M(A, "Sekitar 45.000", N, "affected", 45000, qual="approx"),
     M(A, "70.000 penduduk", N, "population", 70000),
     M(A, "360 orang", N, "season_dead", 360),
    ]
    build("mocoa-avalanche-2017", "The Mocoa avalanche in Colombia (the Mocoa, Sangoyaco and Mulato rivers burst "
          "their banks around midnight on Friday 31 March 2017): the official toll rising 248 (the forensic "
          "institute, Sunday 2 April morning) -> 254 (Sunday) -> 273 (Monday 3) -> 290 (Tuesday 4) -> 301 "
          "(Wednesday 5) -> 314 (Saturday 8) -> 320 (Wednesday 12) -> 323 (the president, the week before) -> 328 "
          "(Monday 24 April); the injured 262 -> 332; the minors among the dead 144 (Tuesday 4) lowered to 118 "
          "(Wednesday 12); the Red Cross's about 400 injured and 220 missing (Sunday 2); the missing falling 173 -> "
          "about 100 -> 103 -> 69; bodies handed over 34 -> 100 -> 269 -> 295", False, ms, names)


def suriname():
    R1, K, A, R2, T = "reuters-may26", "kompas-may28", "antara-jun05", "reuters-jun30", "tempo-jul14"
    # the count in stages (46 %, 80 %, 95 % of the votes processed), then the home affairs ministry's full
    # (unofficial) result of Thursday 4 June; seats of a count in progress may move both ways (fall=True)
    S46, S80, S95, FIN = "2020-05-26T06", "2020-05-26T20", "2020-05-27", "2020-06-04"
    names = {
     "counted": "share of the votes counted", "vhp_seats": "the VHP's seats", "ndp_seats": "the NDP's seats",
     "abop_seats": "the ABOP's seats", "nps_seats": "the NPS's seats", "bep_seats": "the BEP's seats",
     "pl_seats": "Pertjajah Luhur's seats", "ndp_2015": "the NDP's seats in 2015", "ndp_loss": "seats the NDP lost",
     "assembly": "seats in the National Assembly", "two_thirds": "votes needed to elect the president",
     "present": "members present at the presidential vote", "block": "seats that would let the NDP block the vote",
     "coalition": "the coalition's seats", "vhp_votes": "votes for the VHP", "stations": "polling stations",
     "points": "irregularities the NDP listed", "age_bouterse": "Bouterse's age", "age_brunswijk": "Brunswijk's age",
     "age_santokhi": "Santokhi's age", "victims": "opponents killed in 1982", "sentence": "years of Bouterse's sentence",
     "bouterse_years": "years Bouterse has led the country", "distance": "distance between voters in the queue",
     "quarantine": "voters in quarantine", "population": "Suriname's population",
     # dates
     "election": "day of the election", "claim": "day Santokhi claimed victory", "prev": "the previous election",
     "coup": "year of the coup", "killings": "date of the killings", "since": "year Bouterse took office",
     "final_day": "day of the full count", "speaker_vote": "day the assembly's chairman was elected",
     "pres_vote": "day the president was elected", "inauguration": "day of the inauguration",
    }
    ms = [
     M(R1, "Tuesday", D, "claim", "2020-05-26"),
     M(R1, "Monday", D, "election", "2020-05-25"),
     M(R1, "46 percent", N, "counted", 46, S46, cls="pct"),
     M(R1, "26 seats", N, "ndp_2015", 26),
     M(R1, "2015", D, "prev", "2015"),
     M(R1, "51-seat", N, "assembly", 51),
     M(R1, "34", N, "two_thirds", 34),
     M(R1, "51 votes", N, "assembly", 51),
     M(R1, "74", N, "age_bouterse", 74, cls="age"),
     M(R1, "1980", D, "coup", "1980"),
     M(R1, "20 years", N, "sentence", 20, cls="dur"),
     M(R1, "15 political opponents", N, "victims", 15),
     M(R1, "1982", D, "killings", "1982"),
     M(R1, "2010", D, "since", "2010"),
     M(R1, "1.5 metres", N, "distance", 1.5, cls="m"),
     M(R1, "187 people", N, "quarantine", 187),
     M(R1, "about 600,000 people", N, "population", 600000, qual="approx"),

     M(K, "Senin (25/5/2020)", D, "election", "2020-05-25"),
     M(K, "80 persen", N, "counted", 80, S80, cls="pct"),
     M(K, "20 kursi", N, "vhp_seats", 20, S80, fall=True),
     M(K, "26 kursi", N, "ndp_2015", 26),
     M(K, "16 kursi", N, "ndp_seats", 16, S80, fall=True),
     M(K, "95 persen", N, "counted", 95, S95, cls="pct"),
     M(K, "20 kursi", N, "vhp_seats", 20, S95, fall=True, occ=2),
     M(K, "7 kursi", N, "abop_seats", 7, S95, fall=True),
     M(K, "4 kursi", N, "nps_seats", 4, S95, fall=True),
     M(K, "2 kursi", N, "bep_seats", 2, S95, fall=True, also=(("pl_seats", 2),)),
     M(K, "10 kursi", N, "ndp_loss", 10),
     M(K, "2015", D, "prev", "2015"),
     M(K, "51 orang", N, "assembly", 51),
     M(K, "34 suara", N, "two_thirds", 34),
     M(K, "18 kursi", N, "block", 18),
     M(K, "15 tokoh oposisi", N, "victims", 15),
     M(K, "Desember 1982", D, "killings", "1982-12"),
     M(K, "2010", D, "since", "2010"),

     M(A, "Kamis (4/6/2020)", D, "final_day", "2020-06-04"),
     M(A, "25 Mei", D, "election", "2020-05-25"),
     M(A, "639 tempat", N, "stations", 639),
     M(A, "lebih dari 108.000 suara", N, "vhp_votes", 108000, qual="morethan"),
     M(A, "20 kursi", N, "vhp_seats", 20, FIN, fall=True),
     M(A, "51 orang", N, "assembly", 51),
     M(A, "16 kursi", N, "ndp_seats", 16, FIN, fall=True),
     M(A, "8 kursi", N, "abop_seats", 8, FIN, fall=True),
     M(A, "3 kursi", N, "nps_seats", 3, FIN, fall=True),
     M(A, "2 kursi", N, "pl_seats", 2, FIN, fall=True, also=(("bep_seats", 2),)),
     M(A, "33 kursi", N, "coalition", 33),
     M(A, "34 suara", N, "two_thirds", 34),
     M(A, "12 poin", N, "points", 12),
     M(A, "10 tahun", N, "bouterse_years", 10, cls="dur"),

     M(R2, "Monday, June 28", D, "speaker_vote", "2020-06-28", planted=True),
     M(R2, "51-member", N, "assembly", 51),
     M(R2, "May 25", D, "election", "2020-05-25"),
     M(R2, "59", N, "age_brunswijk", 59, cls="age"),
     M(R2, "20 seats", N, "vhp_seats", 20, FIN, fall=True),
     M(R2, "33", N, "coalition", 33),
     M(R2, "51 seats", N, "assembly", 51),
     M(R2, "34", N, "two_thirds", 34),
     M(R2, "16 seats", N, "ndp_seats", 16, FIN, fall=True),
     M(R2, "2010", D, "since", "2010"),

     M(T, "Senin (13/7/2020)", D, "pres_vote", "2020-07-13"),
     M(T, "34", N, "two_thirds", 34),
     M(T, "51 anggota", N, "assembly", 51),
     M(T, "lebih dari 34 anggota", N, "present", 34, qual="morethan"),
     M(T, "61 tahun", N, "age_santokhi", 61, cls="age"),
     M(T, "21 kursi", N, "vhp_seats", 21, FIN, fall=True, planted=True),
     M(T, "25 Mei", D, "election", "2020-05-25"),
     M(T, "59 tahun", N, "age_brunswijk", 59, cls="age"),
     M(T, "29 Juni", D, "speaker_vote", "2020-06-29"),
     M(T, "Kamis (16/7/2020)", D, "inauguration", "2020-07-16"),
     M(T, "2010", D, "since", "2010"),
     M(T, "33 kursi", N, "coalition", 33),
    ]
    build("suriname-election-2020", "Suriname's parliamentary election of Monday 25 May 2020: the count in stages "
          "(46% counted on Tuesday 26 May; with 80% the VHP on 20 seats and the NDP down from 26 to 16; with 95% the "
          "VHP 20, the ABOP 7, the NPS 4, the BEP and Pertjajah Luhur 2 each); the home affairs ministry's full count "
          "of Thursday 4 June (all 639 polling stations): the VHP more than 108,000 votes and 20 of the 51 seats, the "
          "NDP 16, the ABOP 8, the NPS 3, Pertjajah Luhur and the BEP 2 each; a coalition of 33 seats, one short of "
          "the 34 needed to elect a president; Brunswijk elected chairman of the assembly on Monday 29 June; Santokhi "
          "and Brunswijk elected president and vice-president by acclamation on Monday 13 July 2020, the "
          "inauguration on Thursday 16 July", False, ms, names)


def dane():
    R, K, BN, B = "reuters-jan05", "kontan-jan06", "bnamericas-jan07", "bisnis-jan09"
    names = {
     "infl": "annual inflation in December 2022", "monthly": "monthly inflation in December 2022",
     "monthly_prev": "monthly inflation in December 2021", "diff": "rise of the annual rate over 2021",
     "infl2021": "annual inflation in 2021", "food": "food and non-alcoholic beverages' annual rise",
     "restaurants": "restaurants and hotels' annual rise", "forecast": "analysts' expected ceiling",
     "cucuta": "Cúcuta's annual rate", "sincelejo": "Sincelejo's annual rate", "valledupar": "Valledupar's annual rate",
     "bogota": "Bogota's annual rate", "manizales": "Manizales's annual rate", "medellin": "Medellín's annual rate",
     "tubers": "the rise of arracacha, yam and other tubers", "onion": "the rise of onion prices",
     "cassava": "the rise of cassava prices", "panela": "the rise of panela prices",
     "water": "the rise of mineral water prices", "concentrates": "the rise of soft-drink concentrates' prices",
     # dates
     "release": "day of the release", "month": "the period of the reading", "prev": "the year before",
     "since": "the last year with a higher rate",
    }
    ms = [
     M(R, "13.12%", N, "infl", 13.12, cls="pct"),
     M(R, "December", D, "month", "2022-12"),
     M(R, "1999", D, "since", "1999"),
     M(R, "Thursday", D, "release", "2023-01-05"),
     M(R, "1.26%", N, "monthly", 1.26, cls="pct"),
     M(R, "0.73%", N, "monthly_prev", 0.73, cls="pct"),
     M(R, "December 2021", D, "prev", "2021-12"),
     M(R, "7.50 percentage points", N, "diff", 7.5, cls="pp"),
     M(R, "5.62%", N, "infl2021", 5.62, cls="pct"),
     M(R, "2021", D, "prev", "2021", occ=2),
     M(R, "27.81%", N, "food", 27.81, cls="pct"),
     M(R, "18.54%", N, "restaurants", 18.54, cls="pct"),
     M(R, "13%", N, "forecast", 13, cls="pct"),
     M(R, "16.34%", N, "cucuta", 16.34, cls="pct"),
     M(R, "15.83%", N, "sincelejo", 15.83, cls="pct"),
     M(R, "15.53%", N, "valledupar", 15.53, cls="pct"),
     M(R, "12.35%", N, "bogota", 12.35, cls="pct"),
     M(R, "12.61%", N, "manizales", 12.61, cls="pct"),
     M(R, "12.75%", N, "medellin", 12.75, cls="pct"),
     M(R, "109.84%", N, "tubers", 109.84, cls="pct"),
     M(R, "106.81%", N, "onion", 106.81, cls="pct"),

     M(K, "Desember 2022", D, "month", "2022-12"),
     M(K, "13,12%", N, "infl", 13.12, cls="pct"),
     M(K, "1999", D, "since", "1999"),
     M(K, "Kamis (5/1/2023)", D, "release", "2023-01-05"),
     M(K, "7,50 poin persentase", N, "diff", 7.5, cls="pp"),
     M(K, "Desember 2021", D, "prev", "2021-12"),
     M(K, "5,62%", N, "infl2021", 5.62, cls="pct"),
     M(K, "1,26%", N, "monthly", 1.26, cls="pct"),
     M(K, "0,73%", N, "monthly_prev", 0.73, cls="pct"),
     M(K, "27,81%", N, "food", 27.81, cls="pct"),
     M(K, "18,54%", N, "restaurants", 18.54, cls="pct"),
     M(K, "16,34%", N, "cucuta", 16.34, cls="pct"),
     M(K, "15,83%", N, "sincelejo", 15.83, cls="pct"),
     M(K, "15,53%", N, "valledupar", 15.53, cls="pct"),
     M(K, "12,35%", N, "bogota", 12.35, cls="pct"),
     M(K, "12,61%", N, "manizales", 12.61, cls="pct"),
     M(K, "12,75%", N, "medellin", 12.75, cls="pct"),
     M(K, "106,81%", N, "onion", 106.81, cls="pct"),
     M(K, "88,08%", N, "cassava", 88.08, cls="pct"),
     M(K, "13%", N, "forecast", 13, cls="pct"),

     M(BN, "2022", D, "month", "2022"),
     M(BN, "13.12%", N, "infl", 13.12, cls="pct"),
     M(BN, "January 5", D, "release", "2023-01-05"),
     M(BN, "5.62%", N, "infl2021", 5.62, cls="pct"),
     M(BN, "December", D, "month", "2022-12"),
     M(BN, "1.26%", N, "monthly", 1.26, cls="pct"),
     M(BN, "7.5 percentage points", N, "diff", 7.5, cls="pp"),
     M(BN, "2021", D, "prev", "2021"),
     M(BN, "1999", D, "since", "1999"),
     M(BN, "27.81%", N, "food", 27.81, cls="pct"),
     M(BN, "18.54%", N, "restaurants", 18.54, cls="pct"),
     M(BN, "109.84%", N, "tubers", 109.84, cls="pct"),
     M(BN, "106.81%", N, "onion", 106.81, cls="pct"),
     M(BN, "88.08%", N, "cassava", 88.08, cls="pct"),
     M(BN, "4.10%", N, "panela", 4.10, cls="pct"),
     M(BN, "8.96%", N, "water", 8.96, cls="pct"),
     M(BN, "9.03%", N, "concentrates", 9.03, cls="pct"),
     M(BN, "16.34%", N, "cucuta", 16.34, cls="pct"),
     M(BN, "12.35%", N, "bogota", 12.35, cls="pct"),

     M(B, "2022", D, "month", "2022"),
     M(B, "13,12%", N, "infl", 13.12, cls="pct"),
     M(B, "7,50 poin persentase", N, "diff", 7.5, cls="pp"),
     M(B, "5,62%", N, "infl2021", 5.62, cls="pct"),
     M(B, "2021", D, "prev", "2021"),
     M(B, "Kamis (5/1/2023)", D, "release", "2023-01-05"),
     M(B, "Desember", D, "month", "2022-12"),
     M(B, "1,26%", N, "monthly", 1.26, cls="pct"),
     M(B, "1999", D, "since", "1999"),
     M(B, "27,81%", N, "food", 27.81, cls="pct"),
     M(B, "18,54%", N, "restaurants", 18.54, cls="pct"),
     M(B, "109,84%", N, "tubers", 109.84, cls="pct"),
     M(B, "106,81%", N, "onion", 106.81, cls="pct"),
     M(B, "88,08%", N, "cassava", 88.08, cls="pct"),
     M(B, "4,10%", N, "panela", 4.10, cls="pct"),
     M(B, "8,96%", N, "water", 8.96, cls="pct"),
     M(B, "9,03%", N, "concentrates", 9.03, cls="pct"),
     M(B, "16,34%", N, "cucuta", 16.34, cls="pct"),
     M(B, "15,83%", N, "sincelejo", 15.83, cls="pct"),
     M(B, "15,53%", N, "valledupar", 15.53, cls="pct"),
     M(B, "12,35%", N, "bogota", 12.35, cls="pct"),
     M(B, "13%", N, "forecast", 13, cls="pct"),
    ]
    build("dane-inflation-2022", "Colombia's statistics agency DANE's consumer price release (control) of Thursday 5 "
          "January 2023: annual inflation of 13.12% in December 2022 (the highest since 1999), 7.50 percentage points "
          "above 2021's 5.62%; a monthly rise of 1.26% in December (0.73% in December 2021); food and non-alcoholic "
          "beverages up 27.81%, restaurants and hotels 18.54%; Cúcuta 16.34%, Sincelejo 15.83%, Valledupar 15.53%, "
          "Bogota 12.35%, Manizales 12.61%, Medellín 12.75%; arracacha, yam and other tubers 109.84%, onions 106.81%, "
          "cassava 88.08%, panela 4.10%, mineral water 8.96%, concentrates 9.03%; analysts had expected below 13%. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    mocoa()
    suriname()
    dane()
