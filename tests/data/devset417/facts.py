"""The four-hundred-and-seventeenth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset417/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def mudslide():
    R, K, T, A = "reuters-feb01", "kompas-feb02", "tempo-feb04", "ap-mar01"
    # as-of times of the running tallies: Monday 31 January 2022 late (11 dead), Tuesday 1 February at 08:00 (at
    # least 22 dead, 47 injured, 12 missing), Tuesday at 20:00 (24 dead by the city against 23 by the national risk
    # management body: sources; 48 injured, 8 missing), Wednesday 2 February (the injured corrected down to 45 after
    # double entries: a revision), Thursday 3 February (27 dead, one missing), the count standing on 1 March (28
    # dead, 52 injured). The dead and the injured do not fall (the injured's fall is a revision); the missing may.
    # Fixed facts: the time of the slide (about 18:00), the rain (75 litres a square metre), the houses destroyed
    # (at least eight) and damaged (15), the displaced (more than 100).
    MON, TUE08, TUE20, WED, THU, MAR1 = ("2022-01-31b", "2022-02-01a", "2022-02-01b", "2022-02-02", "2022-02-03",
                                         "2022-03-01")
    CITY, NAT = "the city government of Quito", "Ecuador's national risk management body"
    names = {
     "dead": "people killed by the mudslide", "injured": "people injured", "missing": "people missing",
     "slide_time": "time the mudslide broke loose (hours)", "rain": "rain that fell (litres per square metre)",
     "houses": "houses destroyed", "damaged": "houses damaged", "displaced": "residents displaced",
     # dates
     "slide": "day of the mudslide", "count_mon": "day of the count of 11", "count_tue": "day of the counts of 22 "
     "and 24", "emergency": "day the emergency was declared", "inj_rev": "day the injured were corrected",
     "count_thu": "day of the count of 27",
    }
    ms = [
     M(R, "Monday", D, "slide", "2022-01-31"),
     M(R, "at least 22 people", N, "dead", 22, TUE08, qual="atleast"),
     M(R, "Tuesday", D, "count_tue", "2022-02-01"),
     M(R, "around 6 p.m.", N, "slide_time", 18, qual="approx", cls="clock"),
     M(R, "Monday", D, "count_mon", "2022-01-31", occ=2),
     M(R, "11", N, "dead", 11, MON),
     M(R, "47 people", N, "injured", 47, TUE08),
     M(R, "12", N, "missing", 12, TUE08, fall=True),
     M(R, "Tuesday", D, "count_tue", "2022-02-01", occ=2),
     M(R, "75 litres", N, "rain", 75, cls="lpm"),
     M(R, "at least eight houses", N, "houses", 8, qual="atleast"),

     M(K, "24 orang", N, "dead", 24, TUE20, src=CITY),
     M(K, "Selasa (1/2/2022)", D, "count_tue", "2022-02-01"),
     M(K, "23 orang", N, "dead", 23, TUE20, src=NAT),
     M(K, "48 orang", N, "injured", 48, TUE20),
     M(K, "8 orang", N, "missing", 8, TUE20, fall=True),
     M(K, "Senin (31/1/2022)", D, "slide", "2022-01-31"),
     M(K, "sekitar pukul 18.00", N, "slide_time", 18, qual="approx", cls="clock"),
     M(K, "Selasa (1/2/2022)", D, "emergency", "2022-02-01", occ=2),
     M(K, "sedikitnya delapan rumah", N, "houses", 8, qual="atleast"),

     M(T, "27 orang", N, "dead", 27, THU),
     M(T, "Kamis (3/2/2022)", D, "count_thu", "2022-02-03"),
     M(T, "Satu orang", N, "missing", 1, THU, fall=True),
     M(T, "12 orang", N, "missing", 12, TUE08, fall=True),
     M(T, "Selasa", D, "count_tue", "2022-02-01"),
     M(T, "Rabu (2/2/2022)", D, "inj_rev", "2022-02-02"),
     M(T, "48", N, "injured", 48, TUE20),
     M(T, "45 orang", N, "injured", 45, WED),
     M(T, "57 liter", N, "rain", 57, cls="lpm", planted=True),
     M(T, "Senin (31/1/2022)", D, "slide", "2022-01-31"),
     M(T, "15 rumah", N, "damaged", 15),
     M(T, "sedikitnya 8 rumah", N, "houses", 8, qual="atleast"),
     M(T, "lebih dari 100 warga", N, "displaced", 100, qual="morethan"),

     M(A, "Jan. 31", D, "slide", "2022-01-31"),
     M(A, "28 dead", N, "dead", 28, MAR1),
     M(A, "52 injured", N, "injured", 52, MAR1),
     M(A, "24", N, "dead", 24, TUE20, src=CITY),
     M(A, "27", N, "dead", 27, THU),
     M(A, "Feb. 3", D, "count_thu", "2022-02-03"),
     M(A, "around 4 p.m.", N, "slide_time", 16, qual="approx", cls="clock", planted=True),
     M(A, "75 litres", N, "rain", 75, cls="lpm"),
     M(A, "At least eight houses", N, "houses", 8, qual="atleast"),
    ]
    build("la-gasca-mudslide-2022", "The mudslide (alluvium) that came down a ravine on the slopes of the Pichincha "
          "volcano into the La Gasca and La Comuna neighbourhoods of north-western Quito on the evening of Monday 31 "
          "January 2022, at about 18:00, after about 75 litres of rain a square metre: the toll rising from 11 late "
          "on Monday to at least 22 at 08:00 on Tuesday 1 February, 24 by the city at 20:00 (23 by the national risk "
          "management body: sources), 27 on Thursday 3 February and 28 a month on; the injured 47 -> 48, corrected "
          "down to 45 on Wednesday 2 February after double entries, 52 a month on; the missing falling 12 -> 8 -> 1; "
          "at least eight houses destroyed", False, ms, names)


def toledo():
    R, K, T, A = "reuters-apr23", "kompas-apr25", "tempo-oct22", "ap-oct30"
    # steps on different dates: the arrest in California (16 July 2019), the extradition (Sunday 23 April 2023), the
    # custody hearing (Monday 24 April 2023: 18 months' pre-trial detention), the verdict (Monday 21 October 2024: 20
    # years and six months; 35 years sought), the lawyer's statement (Wednesday 30 October 2024). Tempting pairs of
    # one unit that are different facts: the $35 million of bribes against Odebrecht's admitted $29 million in Peru;
    # the ages 77 (2023) and 78 (2024); the 20.5 years given against the 35 sought; the years of his presidency.
    names = {
     "bribe": "bribes Toledo took from Odebrecht (US$ million)", "odeb_peru": "bribes Odebrecht admitted paying in "
     "Peru (US$ million)", "age23": "Toledo's age at the extradition", "age24": "Toledo's age at the verdict",
     "verdict": "prison term given (years)", "demand": "prison term sought by the prosecutors (years)",
     "detention": "pre-trial detention ordered (months)", "gap": "years between the arrest and the extradition",
     # dates
     "extradition": "day of the extradition", "arrest": "day of the arrest in California", "hearing": "day of the "
     "custody hearing", "verdict_day": "day of the verdict", "lawyer": "day of the lawyer's statement",
     "term_start": "year his presidency began", "term_end": "year his presidency ended", "plea": "year of "
     "Odebrecht's plea deal",
    }
    ms = [
     M(R, "Sunday", D, "extradition", "2023-04-23"),
     M(R, "77", N, "age23", 77, cls="age"),
     M(R, "$35 million", N, "bribe", 35, cls="usd"),
     M(R, "2001", D, "term_start", "2001"),
     M(R, "2006", D, "term_end", "2006"),
     M(R, "July 16, 2019", D, "arrest", "2019-07-16"),
     M(R, "2016", D, "plea", "2016"),
     M(R, "$29 million", N, "odeb_peru", 29, cls="usd"),
     M(R, "Monday", D, "hearing", "2023-04-24"),

     M(K, "18 bulan", N, "detention", 18, cls="months"),
     M(K, "Senin (24/4/2023)", D, "hearing", "2023-04-24"),
     M(K, "77 tahun", N, "age23", 77, cls="age"),
     M(K, "Minggu (23/4/2023)", D, "extradition", "2023-04-23"),
     M(K, "US$ 35 juta", N, "bribe", 35, cls="usd"),
     M(K, "2001", D, "term_start", "2001"),
     M(K, "2006", D, "term_end", "2006"),
     M(K, "Juli 2019", D, "arrest", "2019-07"),

     M(T, "20 tahun 6 bulan penjara", N, "verdict", 20.5, cls="yrs"),
     M(T, "Senin (21/10/2024)", D, "verdict_day", "2024-10-21"),
     M(T, "78 tahun", N, "age24", 78, cls="age"),
     M(T, "US$ 53 juta", N, "bribe", 53, cls="usd", planted=True),
     M(T, "35 tahun penjara", N, "demand", 35, cls="yrs"),
     M(T, "April 2023", D, "extradition", "2023-04"),
     M(T, "Minggu (23/4/2023)", D, "extradition", "2023-04-23"),
     M(T, "2001", D, "term_start", "2001"),
     M(T, "2006", D, "term_end", "2006"),

     M(A, "Oct. 22", D, "verdict_day", "2024-10-22", planted=True),
     M(A, "20 years and six months", N, "verdict", 20.5, cls="yrs"),
     M(A, "Wednesday", D, "lawyer", "2024-10-30"),
     M(A, "78", N, "age24", 78, cls="age"),
     M(A, "$35 million", N, "bribe", 35, cls="usd"),
     M(A, "35 years", N, "demand", 35, cls="yrs"),
     M(A, "April 23, 2023", D, "extradition", "2023-04-23"),
     M(A, "nearly four years", N, "gap", 4, qual="nearly", cls="dur"),
     M(A, "July 2019", D, "arrest", "2019-07"),
     M(A, "2016", D, "plea", "2016"),
     M(A, "$29 million", N, "odeb_peru", 29, cls="usd"),
    ]
    build("toledo-odebrecht-trial-2024", "The Odebrecht bribery case against Peru's former president Alejandro Toledo "
          "(in office 2001-2006): arrested in California on 16 July 2019, extradited from the United States on Sunday "
          "23 April 2023 at 77, ordered held for 18 months before trial on Monday 24 April 2023, and sentenced on "
          "Monday 21 October 2024, at 78, to 20 years and six months in prison (35 years sought) for taking $35 "
          "million from Odebrecht for two stretches of the Interoceanic Highway; the company admitted in 2016 to $29 "
          "million of bribes in Peru", False, ms, names)


def gasolinazo():
    R, K, A, T = "reuters-dec26", "kompas-dec27", "antara-dec28", "tempo-dec29"
    names = {
     "gas": "gasoline price from 26 December (Bs/l)", "gas_old": "gasoline price before (Bs/l)",
     "diesel": "diesel price from 26 December (Bs/l)", "diesel_old": "diesel price before (Bs/l)",
     "gas_pct": "gasoline rise (%)", "diesel_pct": "diesel rise (%)", "wage_pct": "pay rise for public employees (%)",
     "subsidy": "cost of the fuel subsidies this year (US$ million)",
     # dates
     "announce": "day of the announcement", "effective": "day the new prices took effect",
     "strike": "day of the drivers' strike", "spread": "day the protests spread",
    }
    BOB = "bob"
    ms = [
     M(R, "73 percent", N, "gas_pct", 73, cls="pct"),
     M(R, "83 percent", N, "diesel_pct", 83, cls="pct"),
     M(R, "Sunday", D, "announce", "2010-12-26"),
     M(R, "6.47 bolivianos", N, "gas", 6.47, cls=BOB),
     M(R, "3.74 bolivianos", N, "gas_old", 3.74, cls=BOB),
     M(R, "6.80 bolivianos", N, "diesel", 6.80, cls=BOB),
     M(R, "3.72", N, "diesel_old", 3.72, cls=BOB),
     M(R, "about $380 million", N, "subsidy", 380, qual="approx", cls="usd"),
     M(R, "20 percent", N, "wage_pct", 20, cls="pct"),
     M(R, "Monday", D, "strike", "2010-12-27"),

     M(K, "73 persen", N, "gas_pct", 73, cls="pct"),
     M(K, "83 persen", N, "diesel_pct", 83, cls="pct"),
     M(K, "Minggu (26/12/2010)", D, "effective", "2010-12-26"),
     M(K, "3,74 boliviano", N, "gas_old", 3.74, cls=BOB),
     M(K, "6,47 boliviano", N, "gas", 6.47, cls=BOB),
     M(K, "3,72 boliviano", N, "diesel_old", 3.72, cls=BOB),
     M(K, "6,80 boliviano", N, "diesel", 6.80, cls=BOB),
     M(K, "sekitar 380 juta dollar AS", N, "subsidy", 380, qual="approx", cls="usd"),
     M(K, "20 persen", N, "wage_pct", 20, cls="pct"),
     M(K, "Senin (27/12/2010)", D, "strike", "2010-12-27"),

     M(A, "Senin (27/12/2010)", D, "strike", "2010-12-27"),
     M(A, "Minggu (26/12/2010)", D, "effective", "2010-12-26"),
     M(A, "3,74", N, "gas_old", 3.74, cls=BOB),
     M(A, "6,47 boliviano", N, "gas", 6.47, cls=BOB),
     M(A, "sekitar 73 persen", N, "gas_pct", 73, qual="approx", cls="pct"),
     M(A, "83 persen", N, "diesel_pct", 83, cls="pct"),
     M(A, "3,72", N, "diesel_old", 3.72, cls=BOB),
     M(A, "6,80 boliviano", N, "diesel", 6.80, cls=BOB),
     M(A, "sekitar 380 juta dollar AS", N, "subsidy", 380, qual="approx", cls="usd"),
     M(A, "20 persen", N, "wage_pct", 20, cls="pct"),

     M(T, "73 persen", N, "gas_pct", 73, cls="pct"),
     M(T, "83 persen", N, "diesel_pct", 83, cls="pct"),
     M(T, "Selasa (28/12/2010)", D, "spread", "2010-12-28"),
     M(T, "Minggu (26/12/2010)", D, "effective", "2010-12-26"),
     M(T, "6,47 boliviano", N, "gas", 6.47, cls=BOB),
     M(T, "6,80 boliviano", N, "diesel", 6.80, cls=BOB),
     M(T, "3,74 boliviano", N, "gas_old", 3.74, cls=BOB),
     M(T, "3,72 boliviano", N, "diesel_old", 3.72, cls=BOB),
     M(T, "sekitar 380 juta dollar AS", N, "subsidy", 380, qual="approx", cls="usd"),
     M(T, "20 persen", N, "wage_pct", 20, cls="pct"),
     M(T, "Senin (27/12/2010)", D, "strike", "2010-12-27"),
    ]
    build("bolivia-gasolinazo-2010", "Bolivia's removal of fuel subsidies (the 'gasolinazo') by a decree announced by "
          "vice-president Alvaro Garcia Linera on Sunday 26 December 2010 and in force at once (control): gasoline "
          "3.74 -> 6.47 bolivianos a litre (73%) and diesel 3.72 -> 6.80 (83%); subsidies said to cost about $380 "
          "million that year; a 20% pay rise for teachers, health workers, police and soldiers; the drivers' strike "
          "of Monday 27 December and the protests spreading on Tuesday 28 December. Zero conflicts expected.", True,
          ms, names)


if __name__ == "__main__":
    mudslide()
    toledo()
    gasolinazo()
