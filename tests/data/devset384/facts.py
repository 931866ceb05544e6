"""The three-hundred-and-eighty-fourth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset384/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def loma_prieta():
    R, K, T, A = "reuters-oct18", "kompas-oct19", "antara-oct21", "ap-nov18"
    # as-of times: Wednesday 18 October 1989 (the officials' first estimate, at least 273 feared dead, about 250 of
    # them feared on the Cypress viaduct, at least 1,400 injured), Friday 20 October (the toll revised down to 62, 39
    # bodies found on the viaduct, more than 3,000 injured), the Bay Bridge's reopening on Saturday 18 November (63
    # dead, 42 of them on the viaduct, 3,757 injured). The magnitude is the U.S. Geological Survey's 7.1 against the
    # Berkeley seismographic station's 7.0 (sources). The fans, the bridge's span, the distance and the damage are
    # not tallies of a day.
    OCT18, OCT20, NOV18 = "1989-10-18", "1989-10-20", "1989-11-18"
    USGS, UCB = "the U.S. Geological Survey", "the Berkeley seismographic station"
    names = {
     "dead": "people killed by the earthquake", "cypress": "people killed on the Cypress viaduct",
     "injured": "people injured", "fans": "fans at Candlestick Park", "mag": "the quake's magnitude",
     "span": "length of the Bay Bridge span that fell (feet)", "dist": "distance from San Francisco (miles)",
     "damage": "damage (US$ billion)",
     # dates
     "quake": "day of the earthquake", "count_wed": "day of the first estimate",
     "revise_day": "day the toll was revised", "bush_visit": "day of the president's visit",
     "reopen": "day the Bay Bridge reopened", "resume": "day the World Series resumed",
    }
    ms = [
     M(R, "Wednesday", D, "count_wed", "1989-10-18"),
     M(R, "at least 273 people", N, "dead", 273, OCT18, qual="atleast"),
     M(R, "Tuesday, Oct. 17", D, "quake", "1989-10-17"),
     M(R, "some 62,000 fans", N, "fans", 62000, qual="approx"),
     M(R, "7.1", N, "mag", 7.1, cls="mag", src=USGS),
     M(R, "about 60 miles", N, "dist", 60, qual="approx", cls="dist"),
     M(R, "about 250 people", N, "cypress", 250, OCT18, qual="approx"),
     M(R, "50-foot", N, "span", 50, cls="len"),
     M(R, "at least 1,400 injured", N, "injured", 1400, OCT18, qual="atleast"),
     M(R, "Wednesday afternoon", D, "count_wed", "1989-10-18"),

     M(K, "Sedikitnya 237 orang", N, "dead", 237, OCT18, qual="atleast", planted=True),
     M(K, "Rabu (18/10/1989)", D, "count_wed", "1989-10-18"),
     M(K, "Selasa (17/10/1989)", D, "quake", "1989-10-17"),
     M(K, "sekitar 62.000 penonton", N, "fans", 62000, qual="approx"),
     M(K, "7,0 skala Richter", N, "mag", 7.0, cls="mag", src=UCB),
     M(K, "sekitar 250 orang", N, "cypress", 250, OCT18, qual="approx"),
     M(K, "Sedikitnya 1.400 orang", N, "injured", 1400, OCT18, qual="atleast"),

     M(T, "Jumat (20/10/1989)", D, "revise_day", "1989-10-20"),
     M(T, "Selasa lalu", D, "quake", "1989-10-17"),
     M(T, "62 orang", N, "dead", 62, OCT20),
     M(T, "273 orang", N, "dead", 273, OCT18),
     M(T, "39 jenazah", N, "cypress", 39, OCT20),
     M(T, "sekitar 250", N, "cypress", 250, OCT18, qual="approx"),
     M(T, "7,1 skala Richter", N, "mag", 7.1, cls="mag", src=USGS),
     M(T, "Jumat", D, "bush_visit", "1989-10-20", occ=2),
     M(T, "lebih dari 3.000 orang", N, "injured", 3000, OCT20, qual="morethan"),

     M(A, "Saturday", D, "reopen", "1989-11-18"),
     M(A, "Oct. 18", D, "quake", "1989-10-18", planted=True),
     M(A, "50-foot", N, "span", 50, cls="len"),
     M(A, "7.1", N, "mag", 7.1, cls="mag", src=USGS),
     M(A, "63 people", N, "dead", 63, NOV18),
     M(A, "3,757", N, "injured", 3757, NOV18),
     M(A, "Forty-two", N, "cypress", 42, NOV18),
     M(A, "the 250", N, "cypress", 250, OCT18, qual="approx"),
     M(A, "Oct. 27", D, "resume", "1989-10-27"),
     M(A, "about $6 billion", N, "damage", 6, qual="approx", cls="bn"),
    ]
    build("loma-prieta-1989", "The Loma Prieta earthquake in northern California (Tuesday 17 October 1989, 5:04 p.m., "
          "during the World Series at Candlestick Park): at least 273 feared dead on Wednesday 18 October, about 250 "
          "of them on the collapsed Cypress Street viaduct of the Nimitz Freeway in Oakland, revised down to 62 dead "
          "on Friday 20 October (39 bodies found on the viaduct), 63 dead and 3,757 injured by the Bay Bridge's "
          "reopening on Saturday 18 November 1989 (42 on the viaduct); at least 1,400 injured on the first day, more "
          "than 3,000 by 20 October; magnitude 7.1 by the U.S. Geological Survey against 7.0 by the Berkeley "
          "seismographic station; a 50-foot span of the Bay Bridge fallen; the World Series resumed on 27 October",
          False, ms, names)


def walkerton():
    R, K, C, T = "reuters-may25", "kompas-may27", "cp-dec20", "antara-dec21"
    # as-of times: Wednesday 24 May 2000 (four dead by the health unit's count), Thursday 25 May (five dead, more than
    # 500 ill, at least 20 with the kidney disorder), Friday 26 May 17:00 (six dead by the health unit's count against
    # nine deaths the coroner's office was investigating: sources; more than 1,000 ill), the sentence of Monday 20
    # December 2004 (seven dead and about 2,300 ill, the inquiry's figures, no source named: the coroner's nine
    # against seven is a revision). The town's population and the sentences are not tallies of a day.
    MAY24, MAY25, MAY26, FINAL = "2000-05-24", "2000-05-25", "2000-05-26", "2004-12-20"
    HU, COR = "the Bruce-Grey-Owen Sound Health Unit", "the Ontario coroner's office"
    names = {
     "dead": "people killed by the outbreak", "ill": "people who fell ill", "hus": "patients with the kidney disorder",
     "pop": "the town's residents", "stan": "Stan Koebel's sentence (months)", "frank": "Frank Koebel's sentence (months)",
     # dates
     "count_thu": "day of the count of five", "count_wed": "day of the count of four", "count_fri": "day of the count of six",
     "boil": "day of the boil-water order", "rain": "day of the heavy rain", "meeting": "day of the town meeting",
     "month": "month of the outbreak", "sentence": "day of the sentence", "plea": "day of the guilty plea",
     "report": "day of the inquiry's first report",
    }
    ms = [
     M(R, "Five people", N, "dead", 5, MAY25, src=HU),
     M(R, "more than 500", N, "ill", 500, MAY25, qual="morethan"),
     M(R, "Thursday", D, "count_thu", "2000-05-25"),
     M(R, "stood at four", N, "dead", 4, MAY24, src=HU),
     M(R, "Wednesday evening", D, "count_wed", "2000-05-24"),
     M(R, "4,800 residents", N, "pop", 4800),
     M(R, "Sunday", D, "boil", "2000-05-21"),
     M(R, "May 12", D, "rain", "2000-05-12"),
     M(R, "At least 20 patients", N, "hus", 20, MAY25, qual="atleast"),
     M(R, "Wednesday night", D, "meeting", "2000-05-24"),

     M(K, "enam orang", N, "dead", 6, MAY26, src=HU),
     M(K, "Jumat (26/5/2000)", D, "count_fri", "2000-05-26"),
     M(K, "sembilan kematian", N, "dead", 9, MAY26, src=COR),
     M(K, "Lebih dari 1.000 orang", N, "ill", 1000, MAY26, qual="morethan"),
     M(K, "Senin (22/5/2000)", D, "boil", "2000-05-22", planted=True),
     M(K, "Rabu lalu", D, "count_wed", "2000-05-24"),
     M(K, "empat kematian", N, "dead", 4, MAY24, src=HU),
     M(K, "12 Mei", D, "rain", "2000-05-12"),
     M(K, "sekitar 4.800 jiwa", N, "pop", 4800, qual="approx"),

     M(C, "May 2000", D, "month", "2000-05"),
     M(C, "Monday", D, "sentence", "2004-12-20"),
     M(C, "one year", N, "stan", 12, cls="term"),
     M(C, "nine months", N, "frank", 9, cls="term"),
     M(C, "Nov. 30", D, "plea", "2004-11-30"),
     M(C, "Seven people", N, "dead", 7, FINAL),
     M(C, "about 2,300", N, "ill", 2300, FINAL, qual="approx"),
     M(C, "Jan. 18, 2002", D, "report", "2002-01-18"),
     M(C, "May 21, 2000", D, "boil", "2000-05-21"),

     M(T, "Senin (20/12/2004)", D, "sentence", "2004-12-20"),
     M(T, "satu tahun penjara", N, "stan", 12, cls="term"),
     M(T, "enam bulan", N, "frank", 6, cls="term", planted=True),
     M(T, "30 November", D, "plea", "2004-11-30"),
     M(T, "Mei 2000", D, "month", "2000-05"),
     M(T, "tujuh orang", N, "dead", 7, FINAL),
     M(T, "sekitar 2.300 orang", N, "ill", 2300, FINAL, qual="approx"),
     M(T, "18 Januari 2002", D, "report", "2002-01-18"),
     M(T, "21 Mei 2000", D, "boil", "2000-05-21"),
     M(T, "sekitar 4.800 jiwa", N, "pop", 4800, qual="approx"),
    ]
    build("walkerton-water-2000", "The E. coli outbreak in the water of Walkerton, Ontario (May 2000): heavy rain on "
          "12 May, the boil-water order of Sunday 21 May; four dead by the health unit's count on Wednesday 24 May, "
          "five on Thursday 25 May (more than 500 ill), six on Friday 26 May against nine deaths the Ontario coroner's "
          "office was investigating (more than 1,000 ill); seven dead and about 2,300 ill in the end; the inquiry's "
          "first report on 18 January 2002; the Koebel brothers' guilty plea on 30 November 2004 and their sentences "
          "on Monday 20 December 2004 (Stan Koebel one year in jail, Frank Koebel nine months of house arrest)",
          False, ms, names)


def whole_foods():
    R, K, T, A = "reuters-jun16", "kompas-jun17", "antara-jun18", "ap-jun19"
    names = {
     "price": "price per Whole Foods share (US$)", "value": "the deal's value (US$ billion)",
     "premium": "premium over Thursday's close (%)", "jump": "Whole Foods shares' rise on Friday (%)",
     "close": "Whole Foods shares' close on Friday (US$)", "stores": "Whole Foods stores",
     "countries": "countries with Whole Foods stores", "age": "Amazon's age (years)", "jana": "Jana Partners' stake (%)",
     # dates
     "ann": "day of the announcement", "trade_day": "day the shares jumped", "prev": "day of the previous close",
     "founded": "year of Whole Foods' first store", "target": "year the deal is to close",
     "jana_month": "month Jana Partners disclosed its stake",
    }
    ms = [
     M(R, "Friday", D, "ann", "2017-06-16"),
     M(R, "$42 a share", N, "price", 42, cls="usd"),
     M(R, "about $13.7 billion", N, "value", 13.7, qual="approx", cls="bn"),
     M(R, "27 percent", N, "premium", 27, cls="pct"),
     M(R, "Thursday", D, "prev", "2017-06-15"),
     M(R, "29 percent", N, "jump", 29, cls="pct"),
     M(R, "$42.68", N, "close", 42.68, cls="usd"),
     M(R, "Friday", D, "trade_day", "2017-06-16", occ=2),
     M(R, "1980", D, "founded", "1980"),
     M(R, "more than 460 stores", N, "stores", 460, qual="morethan"),
     M(R, "2017", D, "target", "2017"),
     M(R, "23-year", N, "age", 23, cls="dur"),
     M(R, "8.8 percent", N, "jana", 8.8, cls="pct"),
     M(R, "April", D, "jana_month", "2017-04"),

     M(K, "Jumat (16/6/2017)", D, "ann", "2017-06-16"),
     M(K, "42 dollar AS per saham", N, "price", 42, cls="usd"),
     M(K, "sekitar 13,7 miliar dollar AS", N, "value", 13.7, qual="approx", cls="bn"),
     M(K, "27 persen", N, "premium", 27, cls="pct"),
     M(K, "Kamis", D, "prev", "2017-06-15"),
     M(K, "29 persen", N, "jump", 29, cls="pct"),
     M(K, "42,68 dollar AS", N, "close", 42.68, cls="usd"),
     M(K, "Jumat", D, "trade_day", "2017-06-16", occ=2),
     M(K, "lebih dari 460 gerai", N, "stores", 460, qual="morethan"),
     M(K, "1980", D, "founded", "1980"),
     M(K, "paruh kedua 2017", D, "target", "2017"),
     M(K, "23 tahun", N, "age", 23, cls="dur"),
     M(K, "April", D, "jana_month", "2017-04"),
     M(K, "8,8 persen", N, "jana", 8.8, cls="pct"),

     M(T, "sekitar 13,7 miliar dollar AS", N, "value", 13.7, qual="approx", cls="bn"),
     M(T, "Jumat lalu", D, "ann", "2017-06-16"),
     M(T, "42 dollar AS", N, "price", 42, cls="usd"),
     M(T, "27 persen", N, "premium", 27, cls="pct"),
     M(T, "Kamis (15/6/2017)", D, "prev", "2017-06-15"),
     M(T, "Jumat (16/6/2017)", D, "trade_day", "2017-06-16"),
     M(T, "29 persen", N, "jump", 29, cls="pct"),
     M(T, "42,68 dollar AS", N, "close", 42.68, cls="usd"),
     M(T, "lebih dari 460 gerai", N, "stores", 460, qual="morethan"),
     M(T, "tiga negara", N, "countries", 3),
     M(T, "paruh kedua 2017", D, "target", "2017"),
     M(T, "1980", D, "founded", "1980"),
     M(T, "8,8 persen", N, "jana", 8.8, cls="pct"),

     M(A, "about $13.7 billion", N, "value", 13.7, qual="approx", cls="bn"),
     M(A, "Friday", D, "ann", "2017-06-16"),
     M(A, "$42 in cash", N, "price", 42, cls="usd"),
     M(A, "27 percent", N, "premium", 27, cls="pct"),
     M(A, "Thursday", D, "prev", "2017-06-15"),
     M(A, "29 percent", N, "jump", 29, cls="pct"),
     M(A, "Friday", D, "trade_day", "2017-06-16", occ=2),
     M(A, "$42.68", N, "close", 42.68, cls="usd"),
     M(A, "1980", D, "founded", "1980"),
     M(A, "more than 460 stores", N, "stores", 460, qual="morethan"),
     M(A, "June 16", D, "ann", "2017-06-16"),
     M(A, "2017", D, "target", "2017"),
     M(A, "8.8 percent", N, "jana", 8.8, cls="pct"),
     M(A, "April", D, "jana_month", "2017-04"),
     M(A, "Friday", D, "trade_day", "2017-06-16", occ=3),
    ]
    build("whole-foods-deal-2017", "Amazon's agreement to buy Whole Foods Market, announced on Friday 16 June 2017 "
          "(control): $42 a share in cash, about $13.7 billion including debt, a premium of 27% over Thursday's close; "
          "Whole Foods' shares up 29% to $42.68 on Friday; more than 460 stores in three countries; the first store "
          "opened in Austin in 1980; John Mackey stays chief executive; the deal to close in the second half of 2017; "
          "Jana Partners' 8.8% stake disclosed in April. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    loma_prieta()
    walkerton()
    whole_foods()
