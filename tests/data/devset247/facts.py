"""The two-hundred-and-forty-seventh development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset247/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def texas():
    R, K, D_, A = "reuters-feb17", "kompas-feb26", "detik-mar26", "ap-jul15"
    # as-of times of the running tallies: Tuesday 16 February 2021 (the outages' peak of more than 4.5 million homes
    # and businesses, repeated as "at the peak" later: the same figure; at least 21 deaths in several states), the
    # state health department's (DSHS) counts of the Texas dead: 57 announced on Thursday 25 March, 111 at the end of
    # April, 210 announced on Wednesday 14 July 2021. The dead do not fall.
    FEB16, MAR25, APR30, MAY, JUL14 = "2021-02-16", "2021-03-25", "2021-04-30", "2021-05", "2021-07-14"
    # Sources: the state's counts against BuzzFeed News's estimate of about 700 deaths (May 2021). The Dallas Fed's
    # estimate of the losses ($80 billion to $130 billion) is one source, the same everywhere. The stages are
    # different events: the outages from early Monday 15 February, the legislative hearing of Thursday 25 February,
    # the regulator's chair's resignation (Monday 1 March), the grid operator's chief's dismissal (Wednesday 3
    # March), the signature of the two bills (8 June).
    DSHS, BUZZ, DALLAS = "the Texas health department", "BuzzFeed News", "the Federal Reserve Bank of Dallas"
    names = {
     "out_peak": "homes and businesses without power at the peak (million)", "ercot_share": "share of the state's "
     "load on the ERCOT grid (%)", "offline": "generation off line (MW)", "off_thermal": "gas, coal and nuclear "
     "generation off line (MW)", "off_renew": "wind and solar generation off line (MW)",
     "us_dead": "deaths blamed on the storm in several states", "price_cap": "the wholesale price cap ($/MWh)",
     "freq": "the grid's frequency (Hz)", "damage": "the storm's economic losses (billion dollars)",
     "tx_dead": "people killed in Texas",
     # dates
     "asof_tue": "day of the outages' peak", "offline_day": "day 46,000 MW were off line",
     "outages_start": "day the rolling outages began", "hearing": "day of the legislative hearing",
     "cold2011": "year of the earlier cold snap", "asof_mar25": "day of the first death count",
     "storm_start": "day the storm hit Texas", "walker": "day the regulator's chair resigned",
     "fired": "day the grid operator's chief was fired", "asof_jul14": "day of the count of 210",
     "buzz": "month of BuzzFeed's estimate", "signed": "day the two bills were signed",
    }
    ms = [
     M(R, "More than 4.5 million homes", N, "out_peak", 4.5, FEB16, qual="morethan", cls="mln"),
     M(R, "Tuesday", D, "asof_tue", "2021-02-16"),
     M(R, "about 90%", N, "ercot_share", 90, qual="approx", cls="pct"),
     M(R, "early on Monday", D, "outages_start", "2021-02-15"),
     M(R, "Tuesday", D, "offline_day", "2021-02-16", occ=2),
     M(R, "46,000 megawatts", N, "offline", 46000, FEB16, cls="mw"),
     M(R, "28,000 megawatts", N, "off_thermal", 28000, FEB16, cls="mw"),
     M(R, "18,000 megawatts", N, "off_renew", 18000, FEB16, cls="mw"),
     M(R, "at least 21 deaths", N, "us_dead", 21, FEB16, qual="atleast"),
     M(R, "$9,000", N, "price_cap", 9000, cls="usdmwh"),

     M(K, "Kamis (25/2/2021)", D, "hearing", "2021-02-25"),
     M(K, "59,4 hertz", N, "freq", 59.4, cls="hz"),
     M(K, "Senin (15/2/2021)", D, "outages_start", "2021-02-15"),
     M(K, "lebih dari 4,5 juta rumah", N, "out_peak", 4.5, FEB16, qual="morethan", cls="mln"),
     M(K, "46.000 megawatt", N, "offline", 46000, FEB16, cls="mw"),
     M(K, "US$80 miliar hingga US$130 miliar", N, "damage", 80, src=DALLAS, cls="usd"),
     M(K, "2011", D, "cold2011", "2011"),

     M(D_, "57 orang", N, "tx_dead", 57, MAR25, src=DSHS),
     M(D_, "Kamis (25/3/2021)", D, "asof_mar25", "2021-03-25"),
     M(D_, "Minggu (14/2/2021)", D, "storm_start", "2021-02-14"),
     M(D_, "Rabu (24/2/2021)", D, "hearing", "2021-02-24", planted=True),
     M(D_, "Senin (1/3/2021)", D, "walker", "2021-03-01"),
     M(D_, "Rabu (3/3/2021)", D, "fired", "2021-03-03"),
     M(D_, "lebih dari 4,5 juta rumah", N, "out_peak", 4.5, FEB16, qual="morethan", cls="mln"),
     M(D_, "US$80 miliar hingga US$130 miliar", N, "damage", 80, src=DALLAS, cls="usd"),

     M(A, "210", N, "tx_dead", 210, JUL14, src=DSHS),
     M(A, "75 deaths", N, "tx_dead", 75, MAR25, src=DSHS, planted=True),
     M(A, "in March", D, "asof_mar25", "2021-03"),
     M(A, "Wednesday", D, "asof_jul14", "2021-07-14"),
     M(A, "111", N, "tx_dead", 111, APR30, src=DSHS),
     M(A, "in May", D, "buzz", "2021-05"),
     M(A, "about 700 people", N, "tx_dead", 700, MAY, qual="approx", src=BUZZ),
     M(A, "June 8", D, "signed", "2021-06-08"),
     M(A, "in March", D, "fired", "2021-03", occ=2),
     M(A, "more than 4.5 million homes", N, "out_peak", 4.5, FEB16, qual="morethan", cls="mln"),
     M(A, "$80 billion to $130 billion", N, "damage", 80, src=DALLAS, cls="usd"),
    ]
    build("texas-freeze-2021", "The Texas winter storm and power crisis of February 2021: the storm from Sunday 14 "
          "February, rolling outages from early Monday 15 February, more than 4.5 million homes and businesses without "
          "power and 46,000 MW off line (28,000 thermal, 18,000 wind and solar) on Tuesday 16 February; the "
          "legislative hearing of Thursday 25 February, the regulator's chair's resignation (Monday 1 March) and the "
          "grid operator's chief's dismissal (Wednesday 3 March); the state's death toll 57 (Thursday 25 March) -> 111 "
          "(end of April) -> 210 (Wednesday 14 July) against BuzzFeed News's estimate of about 700 (May); the Dallas "
          "Fed's $80 billion to $130 billion; two bills signed on 8 June 2021", False, ms, names)


def east_palestine():
    A, D_, K, R = "ap-feb05", "detik-feb15", "kompas-feb24", "reuters-jun26"
    # as-of times: the local officials' first count of the derailed cars ("about 50", the weekend of the crash) and
    # the NTSB's counts (38 derailed, 10 of them carrying hazardous materials, in its statement of Tuesday 14
    # February 2023; 38 and 11 in its preliminary report of Thursday 23 February; 38 in its findings of Tuesday 25
    # June 2024): the first "about 50" corrected down to 38 is a revision, the hazardous cars 10 -> 11 an update. The
    # dead fish: the Ohio Department of Natural Resources' about 3,500 (by 14 February) raised to about 43,700 (23
    # February), an update. Train, temperatures, speeds, gallons and the settlement do not change with the day.
    FIRST, FEB14, FEB23, JUN24 = "2023-02-04", "2023-02-14", "2023-02-23", "2024-06-25"
    names = {
     "derailed": "cars derailed", "train_cars": "cars in the train", "zone_residents": "residents in the evacuation zone",
     "population": "the village's residents", "fire_damaged": "cars damaged by the fire without derailing",
     "hazmat_total": "cars carrying hazardous materials in the train", "hazmat_derailed": "hazardous cars derailed",
     "vc_cars": "tank cars of vinyl chloride", "fish": "dead fish", "stream_miles": "miles of streams with dead fish",
     "car_no": "the position of the car that derailed first", "temp2": "the bearing's temperature at the second "
     "detector (deg F above ambient)", "temp3": "the bearing's temperature at the last detector (deg F above ambient)",
     "speed": "the train's speed (mph)", "limit": "the speed limit (mph)", "vc_gal": "gallons of vinyl chloride",
     "settlement": "the class-action settlement (million dollars)", "settle_radius": "miles from the crash covered",
     # dates
     "evac_urge": "day the residents were urged to leave", "derail": "day of the derailment",
     "ntsb_statement": "day of the NTSB's statement", "vent": "day of the controlled burn",
     "evac_lifted": "day the evacuation order was lifted", "prelim": "day of the NTSB's preliminary report",
     "epa_order": "day of the EPA's order", "board": "day of the NTSB's findings", "settle": "month of the settlement",
     "hearing": "day of the Senate hearing",
    }
    ms = [
     M(A, "Sunday", D, "evac_urge", "2023-02-05"),
     M(A, "About 50 cars", N, "derailed", 50, FIRST, qual="approx"),
     M(A, "late on Friday", D, "derail", "2023-02-03"),
     M(A, "about 150 cars", N, "train_cars", 150, qual="approx"),
     M(A, "1,500 to 2,000", N, "zone_residents", 1500),
     M(A, "roughly 4,700 residents", N, "population", 4700, qual="approx"),

     M(D_, "38 gerbong", N, "derailed", 38, FEB14),
     M(D_, "Jumat (3/2/2023)", D, "derail", "2023-02-03"),
     M(D_, "12 gerbong", N, "fire_damaged", 12),
     M(D_, "Selasa (14/2/2023)", D, "ntsb_statement", "2023-02-14"),
     M(D_, "20 gerbong", N, "hazmat_total", 20),
     M(D_, "10", N, "hazmat_derailed", 10, FEB14),
     M(D_, "sekitar 50 gerbong", N, "derailed", 50, FIRST, qual="approx"),
     M(D_, "Lima gerbong tangki", N, "vc_cars", 5),
     M(D_, "Senin (6/2/2023)", D, "vent", "2023-02-06"),
     M(D_, "Rabu (8/2/2023)", D, "evac_lifted", "2023-02-08"),
     M(D_, "sekitar 3.500 ekor ikan", N, "fish", 3500, FEB14, qual="approx"),
     M(D_, "7,5 mil", N, "stream_miles", 7.5, qual="approx", cls="mile"),

     M(K, "Kamis (23/2/2023)", D, "prelim", "2023-02-23"),
     M(K, "gerbong ke-23", N, "car_no", 23, cls="carno"),
     M(K, "38 gerbong", N, "derailed", 38, FEB23),
     M(K, "Jumat (3/2/2023)", D, "derail", "2023-02-03"),
     M(K, "103 derajat Fahrenheit", N, "temp2", 103, cls="temp"),
     M(K, "253 derajat Fahrenheit", N, "temp3", 253, cls="temp"),
     M(K, "sekitar 47 mil per jam", N, "speed", 47, qual="approx", cls="mph"),
     M(K, "50 mil per jam", N, "limit", 50, cls="mph"),
     M(K, "20 gerbong", N, "hazmat_total", 20),
     M(K, "11 gerbong", N, "hazmat_derailed", 11, FEB23),
     M(K, "12 gerbong", N, "fire_damaged", 12),
     M(K, "Lima gerbong tangki", N, "vc_cars", 5),
     M(K, "115.850 galon", N, "vc_gal", 115850, cls="gal", planted=True),
     M(K, "sekitar 43.700 ekor", N, "fish", 43700, FEB23, qual="approx"),
     M(K, "Selasa (21/2/2023)", D, "epa_order", "2023-02-21"),

     M(R, "Tuesday", D, "board", "2024-06-25"),
     M(R, "five tank cars", N, "vc_cars", 5),
     M(R, "23rd car", N, "car_no", 23, cls="carno"),
     M(R, "38 cars", N, "derailed", 38, JUN24),
     M(R, "Feb. 3, 2023", D, "derail", "2023-02-03"),
     M(R, "115,580 gallons", N, "vc_gal", 115580, cls="gal"),
     M(R, "235 degrees Fahrenheit", N, "temp3", 235, cls="temp", planted=True),
     M(R, "Feb. 23, 2023", D, "prelim", "2023-02-23"),
     M(R, "In April", D, "settle", "2024-04"),
     M(R, "$600 million", N, "settlement", 600, cls="usdm"),
     M(R, "20 miles", N, "settle_radius", 20, cls="mile"),
     M(R, "March 9, 2023", D, "hearing", "2023-03-09"),
    ]
    build("east-palestine-2023", "The derailment of a Norfolk Southern freight train in East Palestine, Ohio (Friday 3 "
          "February 2023, about 8.54 p.m.): the local officials' first 'about 50 cars' derailed corrected by the NTSB "
          "to 38 (12 more damaged by fire); 20 cars of hazardous materials, 10 of them derailed by the NTSB's statement "
          "of Tuesday 14 February and 11 by its preliminary report of Thursday 23 February; five tank cars of 115,580 "
          "gallons of vinyl chloride vented and burned on Monday 6 February; the evacuation lifted on Wednesday 8 "
          "February; dead fish about 3,500 -> about 43,700; the bearing at 103 and 253 degrees F above ambient, 47 mph "
          "under a 50 mph limit; the EPA's order (21 February 2023), the Senate hearing (9 March 2023), the $600 "
          "million settlement (April 2024) and the NTSB's findings (Tuesday 25 June 2024)", False, ms, names)


def twitter():
    R, C, K, A = "reuters-apr25", "cnbcindonesia-apr26", "kompas-apr27", "ap-apr28"
    names = {
     "value": "the deal's value (billion dollars)", "price": "the price per share (dollars)",
     "premium": "the premium over the 1 April close (%)", "debt": "debt and margin loan financing (billion dollars)",
     "equity": "Musk's equity commitment (billion dollars)", "margin": "the margin loan (billion dollars)",
     "bank": "the bank debt (billion dollars)", "stake": "Musk's stake (%)", "rise": "the shares' rise on Monday (%)",
     "close": "the shares' close on Monday (dollars)", "ipo_price": "the 2013 listing price (dollars)",
     "fee": "the termination fee (billion dollars)",
     # dates
     "agreed": "day the deal was agreed", "close_day": "day of the shares' close", "ref_close": "the reference close",
     "offer": "day of Musk's offer", "close_exp": "year the deal is expected to close", "ipo": "year of the listing",
     "pill": "day of the rights plan",
    }
    ms = [
     M(R, "Monday", D, "agreed", "2022-04-25"),
     M(R, "about $44 billion", N, "value", 44, qual="approx", cls="usd"),
     M(R, "$54.20", N, "price", 54.2, cls="usdps"),
     M(R, "38%", N, "premium", 38, cls="pct"),
     M(R, "April 1", D, "ref_close", "2022-04-01"),
     M(R, "$25.5 billion", N, "debt", 25.5, cls="usd"),
     M(R, "about $21 billion", N, "equity", 21, qual="approx", cls="usd"),
     M(R, "$12.5 billion", N, "margin", 12.5, cls="usd"),
     M(R, "$13 billion", N, "bank", 13, cls="usd"),
     M(R, "about 9%", N, "stake", 9, qual="approx", cls="pct"),
     M(R, "April 14", D, "offer", "2022-04-14"),
     M(R, "5.7%", N, "rise", 5.7, cls="pct"),
     M(R, "$51.70", N, "close", 51.7, cls="usdps"),
     M(R, "Monday", D, "close_day", "2022-04-25", occ=2),
     M(R, "in 2022", D, "close_exp", "2022"),

     M(C, "sekitar US$44 miliar", N, "value", 44, qual="approx", cls="usd"),
     M(C, "Senin (25/4/2022)", D, "agreed", "2022-04-25"),
     M(C, "US$54,20", N, "price", 54.2, cls="usdps"),
     M(C, "38 persen", N, "premium", 38, cls="pct"),
     M(C, "1 April 2022", D, "ref_close", "2022-04-01"),
     M(C, "US$25,5 miliar", N, "debt", 25.5, cls="usd"),
     M(C, "sekitar US$21 miliar", N, "equity", 21, qual="approx", cls="usd"),
     M(C, "US$12,5 miliar", N, "margin", 12.5, cls="usd"),
     M(C, "US$13 miliar", N, "bank", 13, cls="usd"),
     M(C, "5,7 persen", N, "rise", 5.7, cls="pct"),
     M(C, "US$51,70", N, "close", 51.7, cls="usdps"),
     M(C, "Senin", D, "close_day", "2022-04-25", occ=2),
     M(C, "sekitar 9 persen", N, "stake", 9, qual="approx", cls="pct"),
     M(C, "14 April", D, "offer", "2022-04-14"),
     M(C, "pada 2022", D, "close_exp", "2022"),

     M(K, "Senin (25/4/2022)", D, "agreed", "2022-04-25"),
     M(K, "sekitar US$44 miliar", N, "value", 44, qual="approx", cls="usd"),
     M(K, "US$54,20", N, "price", 54.2, cls="usdps"),
     M(K, "38 persen", N, "premium", 38, cls="pct"),
     M(K, "1 April 2022", D, "ref_close", "2022-04-01"),
     M(K, "sekitar 9 persen", N, "stake", 9, qual="approx", cls="pct"),
     M(K, "US$25,5 miliar", N, "debt", 25.5, cls="usd"),
     M(K, "sekitar US$21 miliar", N, "equity", 21, qual="approx", cls="usd"),
     M(K, "2013", D, "ipo", "2013"),
     M(K, "US$26", N, "ipo_price", 26, cls="usdps"),
     M(K, "5,7 persen", N, "rise", 5.7, cls="pct"),
     M(K, "US$51,70", N, "close", 51.7, cls="usdps"),
     M(K, "Senin", D, "close_day", "2022-04-25", occ=2),
     M(K, "pada 2022", D, "close_exp", "2022"),

     M(A, "roughly $44 billion", N, "value", 44, qual="approx", cls="usd"),
     M(A, "April 25", D, "agreed", "2022-04-25"),
     M(A, "$54.20", N, "price", 54.2, cls="usdps"),
     M(A, "38%", N, "premium", 38, cls="pct"),
     M(A, "April 1", D, "ref_close", "2022-04-01"),
     M(A, "about 9%", N, "stake", 9, qual="approx", cls="pct"),
     M(A, "$25.5 billion", N, "debt", 25.5, cls="usd"),
     M(A, "about $21 billion", N, "equity", 21, qual="approx", cls="usd"),
     M(A, "About $12.5 billion", N, "margin", 12.5, qual="approx", cls="usd"),
     M(A, "$13 billion", N, "bank", 13, cls="usd"),
     M(A, "$1 billion", N, "fee", 1, cls="usd"),
     M(A, "April 15", D, "pill", "2022-04-15"),
     M(A, "5.7%", N, "rise", 5.7, cls="pct"),
     M(A, "$51.70", N, "close", 51.7, cls="usdps"),
     M(A, "in 2022", D, "close_exp", "2022"),
     M(A, "2013", D, "ipo", "2013"),
    ]
    build("twitter-sale-2022", "Twitter's board accepts Elon Musk's offer (control), Monday 25 April 2022: about $44 "
          "billion in cash, $54.20 a share, a 38% premium over the close of 1 April; $25.5 billion of debt and margin "
          "loan financing ($12.5 billion margin loan, $13 billion from banks) and about $21 billion of equity; Musk's "
          "stake about 9%; his offer of 14 April; the shares up 5.7% at $51.70 on Monday; closing expected in 2022. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    texas()
    east_palestine()
    twitter()
