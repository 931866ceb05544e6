"""The three-hundred-and-ninety-fifth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset395/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def listeriosis():
    R, K, T, A = "reuters-dec05", "kompas-jan09", "detik-mar05", "ap-sep04"
    # as-of times of the running tallies (laboratory-confirmed cases and deaths since January 2017): the declaration
    # of Tuesday 5 December 2017 (557 cases, 36 deaths), Monday 8 January 2018 (727, 61), the briefing of Sunday 4
    # March 2018 (948, 180) and the end of the outbreak, declared on Monday 3 September 2018 (1,060, 216). Neither
    # tally falls.
    DEC5, JAN8, MAR4, SEP3 = "2017-12-05", "2018-01-08", "2018-03-04", "2018-09-03"
    names = {
     "cases": "laboratory-confirmed listeriosis cases", "deaths": "deaths from listeriosis",
     # dates
     "declared": "day the outbreak was declared", "start": "month the outbreak's first cases were recorded",
     "count_jan": "day of the count of 61 deaths", "source": "day the source was announced",
     "recall": "day the recall was ordered", "over": "day the outbreak was declared over",
    }
    ms = [
     M(R, "36 people", N, "deaths", 36, DEC5),
     M(R, "Tuesday", D, "declared", "2017-12-05"),
     M(R, "557 cases", N, "cases", 557, DEC5),
     M(R, "January 2017", D, "start", "2017-01"),

     M(K, "61 orang", N, "deaths", 61, JAN8),
     M(K, "Senin (8/1/2018)", D, "count_jan", "2018-01-08"),
     M(K, "727", N, "cases", 727, JAN8),
     M(K, "575 kasus", N, "cases", 575, DEC5, planted=True),
     M(K, "Selasa (5/12/2017)", D, "declared", "2017-12-05"),
     M(K, "36 orang", N, "deaths", 36, DEC5),
     M(K, "Januari 2017", D, "start", "2017-01"),

     M(T, "Minggu (4/3/2018)", D, "source", "2018-03-04"),
     M(T, "5 Desember 2017", D, "declared", "2017-12-05"),
     M(T, "Januari 2017", D, "start", "2017-01"),
     M(T, "948 kasus", N, "cases", 948, MAR4),
     M(T, "180 orang", N, "deaths", 180, MAR4),
     M(T, "Minggu (4/3/2018)", D, "recall", "2018-03-04", occ=2),

     M(A, "Monday", D, "over", "2018-09-03"),
     M(A, "1,060 cases", N, "cases", 1060, SEP3),
     M(A, "216 deaths", N, "deaths", 216, SEP3),
     M(A, "January 2017", D, "start", "2017-01"),
     M(A, "Dec. 6, 2017", D, "declared", "2017-12-06", planted=True),
     M(A, "March 4", D, "source", "2018-03-04"),
    ]
    build("listeriosis-2018", "South Africa's listeriosis outbreak: declared by the health minister Aaron Motsoaledi "
          "on Tuesday 5 December 2017 (557 laboratory-confirmed cases since January 2017, 36 deaths), 727 cases and 61 "
          "deaths by Monday 8 January 2018, the source traced to the Enterprise Foods plant in Polokwane on Sunday 4 "
          "March 2018 (948 cases, 180 deaths) and a recall ordered the same day, the outbreak declared over on Monday 3 "
          "September 2018 (1,060 cases, 216 deaths)", False, ms, names)


def day_zero():
    R, K, T, B = "reuters-jan19", "kompas-jan23", "tempo-feb14", "bloomberg-mar08"
    # as-of times: the daily allowance per person was 87 litres from 1 January 2018 and 50 litres from 1 February
    # 2018 (lower: a revision). The dams' level is a tally that falls (the city's 28.7% in the week of 15 January,
    # 27.2% on Monday 22 January, 25.3% in the week of 12 February, 24.1% in the week of 5 March; the Department of
    # Water and Sanitation's 24.9% in the week of 12 February: sources). The Day Zero threshold, the ration at the
    # collection points and the city's target are not tallies. Each projection of Day Zero is its own fact.
    JAN1, FEB1 = "2018-01-01", "2018-02-01"
    CITY, DWS = "the City of Cape Town", "the Department of Water and Sanitation"
    names = {
     "ration": "water allowed per person a day (litres)", "queue_ration": "water per person a day at collection points "
     "(litres)", "target": "the city's daily use target (million litres)", "dams": "the dams' level (% of capacity)",
     "threshold": "the Day Zero threshold (% of capacity)", "points": "collection points", "people": "the city's people",
     "drought_years": "years of drought",
     # dates
     "ration_start": "day the 50-litre limit took effect", "old_start": "day the 87-litre limit took effect",
     "ann_jan18": "day the 50-litre limit was announced", "dz_jan18": "Day Zero as projected on 18 January",
     "ann_jan22": "day the April 12 projection was announced", "dz_jan22": "Day Zero as projected on 22 January",
     "disaster": "day the national disaster was declared", "dz_feb": "Day Zero as projected in February",
     "ann_mar7": "day the July 9 projection was announced", "dz_mar7": "Day Zero as projected on 7 March",
    }
    ms = [
     M(R, "50 litres", N, "ration", 50, FEB1, cls="litres"),
     M(R, "Feb. 1", D, "ration_start", "2018-02-01"),
     M(R, "Thursday", D, "ann_jan18", "2018-01-18"),
     M(R, "87 litres", N, "ration", 87, JAN1, cls="litres"),
     M(R, "Jan. 1", D, "old_start", "2018-01-01"),
     M(R, "April 21", D, "dz_jan18", "2018-04-21"),
     M(R, "13.5 percent", N, "threshold", 13.5, cls="pct"),
     M(R, "28.7 percent", N, "dams", 28.7, "2018-01-15", cls="pct", src=CITY, fall=True),
     M(R, "25 litres", N, "queue_ration", 25, cls="litres"),
     M(R, "about 200 collection points", N, "points", 200, qual="approx"),
     M(R, "450 million litres", N, "target", 450, cls="mlitres"),
     M(R, "three years", N, "drought_years", 3, cls="dur"),

     M(K, "12 April", D, "dz_jan22", "2018-04-12"),
     M(K, "Senin (22/1/2018)", D, "ann_jan22", "2018-01-22"),
     M(K, "21 April", D, "dz_jan18", "2018-04-21"),
     M(K, "13,5 persen", N, "threshold", 13.5, cls="pct"),
     M(K, "27,2 persen", N, "dams", 27.2, "2018-01-22", cls="pct", src=CITY, fall=True),
     M(K, "1 Februari 2018", D, "ration_start", "2018-02-01"),
     M(K, "50 liter", N, "ration", 50, FEB1, cls="litres"),
     M(K, "87 liter", N, "ration", 87, JAN1, cls="litres"),
     M(K, "25 liter", N, "queue_ration", 25, cls="litres"),
     M(K, "tiga tahun", N, "drought_years", 3, cls="dur"),

     M(T, "Selasa (13/2/2018)", D, "disaster", "2018-02-13"),
     M(T, "11 Mei", D, "dz_feb", "2018-05-11"),
     M(T, "12 April", D, "dz_jan22", "2018-04-12"),
     M(T, "25,3 persen", N, "dams", 25.3, "2018-02-12", cls="pct", src=CITY, fall=True),
     M(T, "24,9 persen", N, "dams", 24.9, "2018-02-12", cls="pct", src=DWS, fall=True),
     M(T, "50 liter", N, "ration", 50, FEB1, cls="litres"),
     M(T, "2 Februari 2018", D, "ration_start", "2018-02-02", planted=True),

     M(B, "July 9", D, "dz_mar7", "2018-07-09"),
     M(B, "Wednesday", D, "ann_mar7", "2018-03-07"),
     M(B, "April 12", D, "dz_jan22", "2018-04-12"),
     M(B, "15.3 percent", N, "threshold", 15.3, cls="pct", planted=True),
     M(B, "24.1 percent", N, "dams", 24.1, "2018-03-05", cls="pct", src=CITY, fall=True),
     M(B, "50 liters", N, "ration", 50, FEB1, cls="litres"),
     M(B, "Feb. 1", D, "ration_start", "2018-02-01"),
     M(B, "450 million liters", N, "target", 450, cls="mlitres"),
     M(B, "Feb. 13", D, "disaster", "2018-02-13"),
    ]
    build("day-zero-2018", "Cape Town's water crisis of 2018: the mayor Patricia de Lille's announcement on Thursday 18 "
          "January 2018 of a limit of 50 litres per person a day from 1 February, down from the 87 litres allowed since "
          "1 January (a revision); Day Zero, when the dams would reach 13.5% of capacity, projected for 21 April, then "
          "12 April (Monday 22 January), 11 May (February) and 9 July (Wednesday 7 March); the dams' level falling by "
          "the city's figures, with the Department of Water and Sanitation's figure as another source; the national "
          "disaster declared on Tuesday 13 February 2018", False, ms, names)


def election():
    R, K, T, G = "reuters-apr25", "kompas-apr26", "antara-apr27", "mg-apr28"
    names = {
     "anc_pct": "the ANC's share", "anc_seats": "the ANC's seats", "house": "seats in the National Assembly",
     "twothirds": "seats for a two-thirds majority", "short": "seats the ANC fell short by",
     "da_pct": "the Democratic Alliance's share", "da_seats": "the Democratic Alliance's seats",
     "cope_pct": "the Congress of the People's share", "cope_seats": "the Congress of the People's seats",
     "ifp_pct": "the Inkatha Freedom Party's share", "ifp_seats": "the Inkatha Freedom Party's seats",
     "turnout": "turnout of registered voters", "anc04_pct": "the ANC's share in 2004",
     "anc04_seats": "the ANC's seats in 2004", "wc_pct": "the Democratic Alliance's share in the Western Cape",
     # dates
     "declared": "day the result was declared", "vote": "polling day", "oath": "day of the inauguration",
     "prev": "year of the previous election",
    }
    ms = [
     M(R, "65.90 percent", N, "anc_pct", 65.90, cls="pct"),
     M(R, "Saturday", D, "declared", "2009-04-25"),
     M(R, "264", N, "anc_seats", 264, cls="seats"),
     M(R, "400 seats", N, "house", 400, cls="seats"),
     M(R, "three short", N, "short", 3, cls="seats"),
     M(R, "267", N, "twothirds", 267, cls="seats"),
     M(R, "16.66 percent", N, "da_pct", 16.66, cls="pct"),
     M(R, "67 seats", N, "da_seats", 67, cls="seats"),
     M(R, "7.42 percent", N, "cope_pct", 7.42, cls="pct"),
     M(R, "30 seats", N, "cope_seats", 30, cls="seats"),
     M(R, "4.55 percent", N, "ifp_pct", 4.55, cls="pct"),
     M(R, "18 seats", N, "ifp_seats", 18, cls="seats"),
     M(R, "Wednesday", D, "vote", "2009-04-22"),
     M(R, "77.30 percent", N, "turnout", 77.30, cls="pct"),
     M(R, "69.69 percent", N, "anc04_pct", 69.69, cls="pct"),
     M(R, "279 seats", N, "anc04_seats", 279, cls="seats"),
     M(R, "2004", D, "prev", "2004"),
     M(R, "51.46 percent", N, "wc_pct", 51.46, cls="pct"),
     M(R, "May 9", D, "oath", "2009-05-09"),

     M(K, "65,90 persen", N, "anc_pct", 65.90, cls="pct"),
     M(K, "Sabtu (25/4/2009)", D, "declared", "2009-04-25"),
     M(K, "264", N, "anc_seats", 264, cls="seats"),
     M(K, "400 kursi", N, "house", 400, cls="seats"),
     M(K, "kurang tiga kursi", N, "short", 3, cls="seats"),
     M(K, "267 kursi", N, "twothirds", 267, cls="seats"),
     M(K, "16,66 persen", N, "da_pct", 16.66, cls="pct"),
     M(K, "67 kursi", N, "da_seats", 67, cls="seats"),
     M(K, "7,42 persen", N, "cope_pct", 7.42, cls="pct"),
     M(K, "30 kursi", N, "cope_seats", 30, cls="seats"),
     M(K, "4,55 persen", N, "ifp_pct", 4.55, cls="pct"),
     M(K, "18 kursi", N, "ifp_seats", 18, cls="seats"),
     M(K, "Rabu (22/4/2009)", D, "vote", "2009-04-22"),
     M(K, "77,30 persen", N, "turnout", 77.30, cls="pct"),
     M(K, "2004", D, "prev", "2004"),
     M(K, "69,69 persen", N, "anc04_pct", 69.69, cls="pct"),
     M(K, "279 kursi", N, "anc04_seats", 279, cls="seats"),
     M(K, "51,46 persen", N, "wc_pct", 51.46, cls="pct"),
     M(K, "9 Mei 2009", D, "oath", "2009-05-09"),

     M(T, "Sabtu (25/4/2009)", D, "declared", "2009-04-25"),
     M(T, "hampir 66 persen", N, "anc_pct", 66, qual="nearly", cls="pct"),
     M(T, "264 kursi", N, "anc_seats", 264, cls="seats"),
     M(T, "267 kursi", N, "twothirds", 267, cls="seats"),
     M(T, "400 kursi", N, "house", 400, cls="seats"),
     M(T, "67 kursi", N, "da_seats", 67, cls="seats"),
     M(T, "16,66 persen", N, "da_pct", 16.66, cls="pct"),
     M(T, "30 kursi", N, "cope_seats", 30, cls="seats"),
     M(T, "7,42 persen", N, "cope_pct", 7.42, cls="pct"),
     M(T, "18 kursi", N, "ifp_seats", 18, cls="seats"),
     M(T, "4,55 persen", N, "ifp_pct", 4.55, cls="pct"),
     M(T, "77,30 persen", N, "turnout", 77.30, cls="pct"),
     M(T, "2004", D, "prev", "2004"),
     M(T, "69,69 persen", N, "anc04_pct", 69.69, cls="pct"),
     M(T, "279 kursi", N, "anc04_seats", 279, cls="seats"),
     M(T, "51,46 persen", N, "wc_pct", 51.46, cls="pct"),
     M(T, "9 Mei", D, "oath", "2009-05-09"),

     M(G, "Saturday", D, "declared", "2009-04-25"),
     M(G, "65.9 percent", N, "anc_pct", 65.9, cls="pct"),
     M(G, "264 seats", N, "anc_seats", 264, cls="seats"),
     M(G, "three short", N, "short", 3, cls="seats"),
     M(G, "267", N, "twothirds", 267, cls="seats"),
     M(G, "279 seats", N, "anc04_seats", 279, cls="seats"),
     M(G, "2004", D, "prev", "2004"),
     M(G, "67 seats", N, "da_seats", 67, cls="seats"),
     M(G, "16.66 percent", N, "da_pct", 16.66, cls="pct"),
     M(G, "7.42 percent", N, "cope_pct", 7.42, cls="pct"),
     M(G, "30 seats", N, "cope_seats", 30, cls="seats"),
     M(G, "4.55 percent", N, "ifp_pct", 4.55, cls="pct"),
     M(G, "18 seats", N, "ifp_seats", 18, cls="seats"),
     M(G, "51.46 percent", N, "wc_pct", 51.46, cls="pct"),
     M(G, "April 22", D, "vote", "2009-04-22"),
     M(G, "77.30 percent", N, "turnout", 77.30, cls="pct"),
     M(G, "May 9", D, "oath", "2009-05-09"),
    ]
    build("zuma-mandate-2009", "South Africa's general election of Wednesday 22 April 2009, declared by the "
          "Independent Electoral Commission on Saturday 25 April 2009 (control): the ANC 65.90% and 264 of 400 seats, "
          "three short of the 267 for two-thirds (69.69% and 279 seats in 2004); the Democratic Alliance 16.66% and 67 "
          "seats (51.46% in the Western Cape); the Congress of the People 7.42% and 30; the Inkatha Freedom Party 4.55% "
          "and 18; turnout 77.30%; Jacob Zuma's inauguration on 9 May 2009. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    listeriosis()
    day_zero()
    election()
