"""The four-hundred-and-tenth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset410/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def quake():
    R, K, A, T = "reuters-nov07", "kompas-nov08", "ap-nov09", "tempo-dec07"
    # as-of times of the running tallies: Wednesday 7 November 2012 in the afternoon (39 dead, about 100 missing) and
    # at night (48 dead, more than 150 injured, at least 100 missing, at least 3,000 houses), Thursday 8 November (52
    # dead, 22 missing, more than 12,000 houses, about 2,000 in shelters), Saturday 10 November (44 dead after eight
    # victims were found listed twice: a revision; 17 missing), and the count standing on Friday 7 December. The
    # magnitude: 7.4 by the USGS against 7.2 by the seismology institute (sources). The dead do not fall; the missing
    # may (people found alive with relatives).
    WEDPM, WEDNT, THU, SAT, DEC7 = "2012-11-07a", "2012-11-07b", "2012-11-08", "2012-11-10", "2012-12-07"
    USGS, INSIV = "the U.S. Geological Survey", "Guatemala's seismology institute (INSIVUMEH)"
    names = {
     "dead": "people killed by the quake", "missing": "people missing", "injured": "people injured",
     "mag": "the quake's magnitude", "dist": "distance of the epicentre from Champerico (km)",
     "depth": "depth of the quake (km)", "houses": "houses damaged", "affected": "people affected",
     "shelters": "people in shelters", "family": "members of one family buried in San Cristobal Cucho",
     "depts": "departments under a state of calamity", "double": "victims listed twice",
     "dead1976": "people killed by the 1976 earthquake",
     # dates
     "quake": "day of the quake", "count48": "day of the count of 48", "count52": "day of the count of 52",
     "rev": "day of the revision to 44", "y1976": "year of the earlier great earthquake",
    }
    ms = [
     M(R, "Wednesday", D, "quake", "2012-11-07"),
     M(R, "at least 39 people", N, "dead", 39, WEDPM, qual="atleast"),
     M(R, "7.4", N, "mag", 7.4, cls="mag", src=USGS),
     M(R, "24 km", N, "dist", 24, qual="approx", cls="km"),
     M(R, "24 km", N, "depth", 24, cls="km", occ=2),
     M(R, "7.2", N, "mag", 7.2, cls="mag", src=INSIV),
     M(R, "39 deaths", N, "dead", 39, WEDPM),
     M(R, "about 100 people", N, "missing", 100, WEDPM, qual="approx", fall=True),

     M(K, "48 orang", N, "dead", 48, WEDNT),
     M(K, "Rabu (7/11/2012)", D, "count48", "2012-11-07"),
     M(K, "lebih dari 150 orang", N, "injured", 150, WEDNT, qual="morethan"),
     M(K, "sedikitnya 100 warga", N, "missing", 100, WEDNT, qual="atleast", fall=True),
     M(K, "7,4 skala Richter", N, "mag", 7.4, cls="mag", src=USGS),
     M(K, "Rabu (7/11/2012)", D, "quake", "2012-11-07", occ=2),
     M(K, "sekitar 24 kilometer", N, "dist", 24, qual="approx", cls="km"),
     M(K, "24 kilometer", N, "depth", 24, cls="km", occ=2),
     M(K, "7,2 skala Richter", N, "mag", 7.2, cls="mag", src=INSIV),
     M(K, "sedikitnya 3.000 rumah", N, "houses", 3000, WEDNT, qual="atleast"),
     M(K, "tiga departemen", N, "depts", 3),

     M(A, "Wednesday", D, "quake", "2012-11-07"),
     M(A, "52", N, "dead", 52, THU),
     M(A, "Thursday", D, "count52", "2012-11-08"),
     M(A, "22 people", N, "missing", 22, THU, fall=True),
     M(A, "84", N, "dead", 84, WEDNT, planted=True),
     M(A, "Wednesday", D, "count48", "2012-11-07", occ=2),
     M(A, "More than 12,000 houses", N, "houses", 12000, THU, qual="morethan"),
     M(A, "about 1.2 million people", N, "affected", 1200000, THU, qual="approx"),
     M(A, "a family of 10", N, "family", 10),
     M(A, "About 2,000 people", N, "shelters", 2000, THU, qual="approx"),
     M(A, "magnitude-7.4", N, "mag", 7.4, cls="mag", src=USGS),
     M(A, "1976", D, "y1976", "1976"),
     M(A, "about 23,000 people", N, "dead1976", 23000, qual="approx"),

     M(T, "Rabu (6/11/2012)", D, "quake", "2012-11-06", planted=True),
     M(T, "44 orang", N, "dead", 44, SAT),
     M(T, "delapan korban", N, "double", 8),
     M(T, "Sabtu (10/11/2012)", D, "rev", "2012-11-10"),
     M(T, "52 orang", N, "dead", 52, THU),
     M(T, "Kamis (8/11/2012)", D, "count52", "2012-11-08"),
     M(T, "17 orang", N, "missing", 17, SAT, fall=True),
     M(T, "7,4 skala Richter", N, "mag", 7.4, cls="mag", src=USGS),
     M(T, "24 kilometer", N, "depth", 24, cls="km"),
     M(T, "lebih dari 12.000 rumah", N, "houses", 12000, DEC7, qual="morethan"),
     M(T, "1976", D, "y1976", "1976"),
     M(T, "sekitar 23.000 orang", N, "dead1976", 23000, qual="approx"),
    ]
    build("san-marcos-quake-2012", "The Guatemala earthquake of Wednesday 7 November 2012 at 10:35 local time, centred "
          "at sea about 24 km off the port of Champerico at a depth of 24 km: magnitude 7.4 by the USGS against 7.2 by "
          "the seismology institute (sources); the toll rising from 39 in the afternoon and 48 at night on the day to "
          "52 on Thursday 8 November, revised down to 44 on Saturday 10 November after eight victims were found listed "
          "twice; the missing falling from about 100 to 22 and 17; more than 12,000 houses damaged, about 1.2 million "
          "people affected, worst in the department of San Marcos", False, ms, names)


def mine():
    R, A, N8, K, B = "reuters-oct21", "ap-nov04", "antara-nov08", "kompas-nov29", "bloomberg-dec01"
    # steps on different dates: the contract approved by the assembly and signed into law (Friday 20 October 2023),
    # the moratorium on new concessions (Friday 3 November), two protesters shot dead (Tuesday 7 November), the Supreme
    # Court's ruling (Tuesday 28 November); the referendum once proposed for 17 December; the earlier ruling of 2017
    # and the start of production in 2019. Tempting pairs of one unit: the 20-year term against the 20-year
    # extension, the $375 million a year against the $80 million a day and the $10 billion, 1.5% against 5%.
    names = {
     "term": "term of the contract (years)", "ext": "possible extension of the contract (years)",
     "pay": "minimum payment to the state a year ($ million)", "cost": "cost of the blockades a day ($ million)",
     "invest": "cost of the mine ($ billion)", "copper": "share of world copper output (%)",
     "gdp": "share of Panama's economy (%)", "jobs": "direct employees of the mine", "judges": "justices ruling",
     "shot": "protesters shot dead",
     # dates
     "contract": "day the contract was approved and signed into law", "moratorium": "day of the moratorium",
     "shooting": "day two protesters were shot", "ruling": "day of the Supreme Court's ruling",
     "referendum": "day proposed for a referendum", "ruling2017": "year of the earlier ruling on the concession",
     "production": "year production began",
    }
    ms = [
     M(R, "Friday", D, "contract", "2023-10-20"),
     M(R, "20 years", N, "term", 20, cls="yrs"),
     M(R, "another 20 years", N, "ext", 20, cls="yrs"),
     M(R, "$375 million", N, "pay", 375, cls="usd"),
     M(R, "about 1.5%", N, "copper", 1.5, qual="approx", cls="pct"),
     M(R, "roughly 5%", N, "gdp", 5, qual="approx", cls="pct"),
     M(R, "about 7,000 people", N, "jobs", 7000, qual="approx"),
     M(R, "2017", D, "ruling2017", "2017"),
     M(R, "$10 billion", N, "invest", 10000, cls="usd"),
     M(R, "2019", D, "production", "2019"),

     M(A, "Friday", D, "moratorium", "2023-11-03"),
     M(A, "Oct. 20", D, "contract", "2023-10-20"),
     M(A, "20 years", N, "term", 20, cls="yrs"),
     M(A, "20-year extension", N, "ext", 20, cls="yrs"),
     M(A, "at least $375 million", N, "pay", 375, cls="usd"),
     M(A, "$80 million", N, "cost", 80, qual="approx", cls="usd"),
     M(A, "Dec. 17", D, "referendum", "2023-12-17"),
     M(A, "about 1.5%", N, "copper", 1.5, qual="approx", cls="pct"),

     M(N8, "Dua pengunjuk rasa", N, "shot", 2),
     M(N8, "Selasa (7/11/2023)", D, "shooting", "2023-11-07"),
     M(N8, "Jumat (20/10/2023)", D, "contract", "2023-10-20"),
     M(N8, "20 tahun", N, "term", 20, cls="yrs"),
     M(N8, "sedikitnya 375 juta dolar AS", N, "pay", 375, cls="usd"),
     M(N8, "Jumat (3/11/2023)", D, "moratorium", "2023-11-03"),
     M(N8, "sekitar 80 juta dolar AS", N, "cost", 80, qual="approx", cls="usd"),
     M(N8, "sekitar 1,5 persen", N, "copper", 1.5, qual="approx", cls="pct"),

     M(K, "Selasa (29/11/2023)", D, "ruling", "2023-11-29", planted=True),
     M(K, "Kesembilan hakim", N, "judges", 9),
     M(K, "Jumat (20/10/2023)", D, "contract", "2023-10-20"),
     M(K, "20 tahun", N, "term", 20, cls="yrs"),
     M(K, "20 tahun lagi", N, "ext", 20, cls="yrs"),
     M(K, "375 juta dolar AS", N, "pay", 375, cls="usd"),
     M(K, "sekitar 5 persen", N, "gdp", 5, qual="approx", cls="pct"),
     M(K, "sekitar 1,5 persen", N, "copper", 1.5, qual="approx", cls="pct"),
     M(K, "Dua demonstran", N, "shot", 2),
     M(K, "Selasa (7/11/2023)", D, "shooting", "2023-11-07"),
     M(K, "sekitar 7.000 orang", N, "jobs", 7000, qual="approx"),

     M(B, "Nov. 28", D, "ruling", "2023-11-28"),
     M(B, "nine justices", N, "judges", 9),
     M(B, "Tuesday", D, "ruling", "2023-11-28"),
     M(B, "Oct. 20", D, "contract", "2023-10-20"),
     M(B, "$357 million", N, "pay", 357, cls="usd", planted=True),
     M(B, "20 years", N, "term", 20, cls="yrs"),
     M(B, "about 5%", N, "gdp", 5, qual="approx", cls="pct"),
     M(B, "about 1.5%", N, "copper", 1.5, qual="approx", cls="pct"),
     M(B, "roughly 7,000", N, "jobs", 7000, qual="approx"),
     M(B, "Two protesters", N, "shot", 2),
     M(B, "Nov. 7", D, "shooting", "2023-11-07"),
     M(B, "Nov. 3", D, "moratorium", "2023-11-03"),
    ]
    build("cobre-panama-ruling-2023", "The contract for First Quantum Minerals' Cobre Panama copper mine: approved by "
          "Panama's National Assembly and signed into law by President Laurentino Cortizo on Friday 20 October 2023 "
          "(20 years, extendable by 20, at least $375 million a year to the state); a moratorium on new concessions "
          "on Friday 3 November; two protesters shot dead on Tuesday 7 November; the contract declared "
          "unconstitutional by all nine justices of the Supreme Court on Tuesday 28 November 2023; the mine about 1.5% "
          "of world copper and about 5% of Panama's economy, about 7,000 direct employees", False, ms, names)


def fuel():
    R, A, K, T = "reuters-jul06", "antara-jul07", "kompas-jul08", "tempo-jul09"
    names = {
     "gas": "gasoline price from 7 July (gourdes/gal)", "gas_old": "gasoline price before (gourdes/gal)",
     "diesel": "diesel price from 7 July (gourdes/gal)", "diesel_old": "diesel price before (gourdes/gal)",
     "kero": "kerosene price from 7 July (gourdes/gal)", "kero_old": "kerosene price before (gourdes/gal)",
     "gas_pct": "gasoline rise (%)", "diesel_pct": "diesel rise (%)", "kero_pct": "kerosene rise (%)",
     # dates
     "announce": "day of the announcement", "effective": "day the new prices were to take effect",
     "match": "day of the World Cup match", "imf": "month of the IMF agreement", "suspend": "day of the suspension",
     "calm": "day the streets were quiet",
    }
    ms = [
     M(R, "Friday", D, "announce", "2018-07-06"),
     M(R, "Saturday", D, "effective", "2018-07-07"),
     M(R, "38%", N, "gas_pct", 38, cls="pct"),
     M(R, "309 gourdes", N, "gas", 309, cls="htg"),
     M(R, "224 gourdes", N, "gas_old", 224, cls="htg"),
     M(R, "47%", N, "diesel_pct", 47, cls="pct"),
     M(R, "264 gourdes", N, "diesel", 264, cls="htg"),
     M(R, "179 gourdes", N, "diesel_old", 179, cls="htg"),
     M(R, "51%", N, "kero_pct", 51, cls="pct"),
     M(R, "262 gourdes", N, "kero", 262, cls="htg"),
     M(R, "173 gourdes", N, "kero_old", 173, cls="htg"),
     M(R, "February", D, "imf", "2018-02"),
     M(R, "Friday", D, "match", "2018-07-06", occ=2),

     M(A, "Jumat (6/7/2018)", D, "announce", "2018-07-06"),
     M(A, "Sabtu (7/7/2018)", D, "effective", "2018-07-07"),
     M(A, "38 persen", N, "gas_pct", 38, cls="pct"),
     M(A, "224 gourde", N, "gas_old", 224, cls="htg"),
     M(A, "309 gourde", N, "gas", 309, cls="htg"),
     M(A, "47 persen", N, "diesel_pct", 47, cls="pct"),
     M(A, "264 gourde", N, "diesel", 264, cls="htg"),
     M(A, "51 persen", N, "kero_pct", 51, cls="pct"),
     M(A, "262 gourde", N, "kero", 262, cls="htg"),
     M(A, "179 gourde", N, "diesel_old", 179, cls="htg"),
     M(A, "173 gourde", N, "kero_old", 173, cls="htg"),
     M(A, "Februari 2018", D, "imf", "2018-02"),

     M(K, "Sabtu (7/7/2018)", D, "suspend", "2018-07-07"),
     M(K, "Jumat (6/7/2018)", D, "announce", "2018-07-06"),
     M(K, "38 persen", N, "gas_pct", 38, cls="pct"),
     M(K, "309 gourde", N, "gas", 309, cls="htg"),
     M(K, "47 persen", N, "diesel_pct", 47, cls="pct"),
     M(K, "264 gourde", N, "diesel", 264, cls="htg"),
     M(K, "51 persen", N, "kero_pct", 51, cls="pct"),
     M(K, "262 gourde", N, "kero", 262, cls="htg"),
     M(K, "Sabtu", D, "effective", "2018-07-07", occ=2),
     M(K, "224 gourde", N, "gas_old", 224, cls="htg"),

     M(T, "Minggu (8/7/2018)", D, "calm", "2018-07-08"),
     M(T, "Sabtu (7/7/2018)", D, "suspend", "2018-07-07"),
     M(T, "Jumat (6/7/2018)", D, "announce", "2018-07-06"),
     M(T, "224 gourde", N, "gas_old", 224, cls="htg"),
     M(T, "309 gourde", N, "gas", 309, cls="htg"),
     M(T, "38 persen", N, "gas_pct", 38, cls="pct"),
     M(T, "179 gourde", N, "diesel_old", 179, cls="htg"),
     M(T, "264 gourde", N, "diesel", 264, cls="htg"),
     M(T, "47 persen", N, "diesel_pct", 47, cls="pct"),
     M(T, "173 gourde", N, "kero_old", 173, cls="htg"),
     M(T, "262 gourde", N, "kero", 262, cls="htg"),
     M(T, "51 persen", N, "kero_pct", 51, cls="pct"),
    ]
    build("haiti-fuel-prices-2018", "Haiti's fuel price rise announced by the government on Friday 6 July 2018, to take "
          "effect on Saturday 7 July, under the subsidy cuts agreed with the IMF in February 2018 (control): gasoline "
          "224 -> 309 gourdes a gallon (38%), diesel 179 -> 264 (47%), kerosene 173 -> 262 (51%); suspended by Prime "
          "Minister Jack Guy Lafontant on Saturday 7 July after riots. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    quake()
    mine()
    fuel()
