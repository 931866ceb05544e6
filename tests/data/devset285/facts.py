"""The two-hundred-and-eighty-fifth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset285/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def tete():
    K, R, T, A = "kompas-nov18", "reuters-nov19", "detik-nov21", "ap-dec12"
    # as-of times of the running tallies: Thursday night 17 November 2016 (the cabinet's first count: 43 dead, 110
    # injured), Friday 18 November in the morning (73 dead), Friday later (the toll lowered to 56, 108 injured),
    # Sunday 20 November (80 dead); the final 80 as recalled on 12 December. The dead and the injured do not fall.
    THUN, FRIA, FRIB, SUN20 = "2016-11-17b", "2016-11-18a", "2016-11-18b", "2016-11-20"
    # the load of the tanker: the state news agency AIM's 80,000 litres against other media's 30,000 (sources)
    AIM, OTHER = "the news agency AIM", "other media reports"
    names = {
     "dead": "people killed", "injured": "people injured", "serious": "people seriously injured",
     "litres": "litres of petrol the tanker carried", "mourning": "days of national mourning",
     "ministers": "ministers sent to Tete", "pop": "Mozambique's population",
     # dates
     "blast": "day of the explosion", "asof_fri": "day the toll was given as 73 and lowered to 56",
     "asof_sun": "day the toll reached 80", "mourn_start": "first day of the national mourning",
     "indep": "year of independence",
    }
    ms = [
     M(K, "Kamis (17/11/2016)", D, "blast", "2016-11-17"),
     M(K, "43 orang", N, "dead", 43, THUN),
     M(K, "110 orang", N, "injured", 110, THUN),
     M(K, "Jumat (18/11/2016)", D, "asof_fri", "2016-11-18"),
     M(K, "73 orang", N, "dead", 73, FRIA),

     M(R, "Friday", D, "asof_fri", "2016-11-18"),
     M(R, "56", N, "dead", 56, FRIB),
     M(R, "73", N, "dead", 73, FRIA),
     M(R, "108 people", N, "injured", 108, FRIB),
     M(R, "35", N, "serious", 35, FRIB),
     M(R, "Thursday", D, "blast", "2016-11-17"),
     M(R, "Thursday", D, "blast", "2016-11-17", occ=2),  # "exploded on Thursday afternoon": added by the lead in the sixtieth round
     M(R, "three days", N, "mourning", 3, cls="dur"),
     M(R, "Saturday", D, "mourn_start", "2016-11-19"),
     M(R, "Three ministers", N, "ministers", 3),
     M(R, "24 million", N, "pop", 24000000, qual="approx"),

     M(T, "80 orang", N, "dead", 80, SUN20),
     M(T, "Minggu (20/11/2016)", D, "asof_sun", "2016-11-20"),
     M(T, "34 orang", N, "dead", 34, THUN, planted=True),
     M(T, "110 orang", N, "injured", 110, THUN),
     M(T, "Jumat (18/11/2016)", D, "asof_fri", "2016-11-18"),
     M(T, "56 orang", N, "dead", 56, FRIB),
     M(T, "73 orang", N, "dead", 73, FRIA),
     M(T, "80.000 liter", N, "litres", 80000, src=AIM, cls="litres"),
     M(T, "30.000 liter", N, "litres", 30000, src=OTHER, cls="litres"),
     M(T, "tiga hari", N, "mourning", 3, cls="dur"),
     M(T, "Sabtu (19/11/2016)", D, "mourn_start", "2016-11-19"),

     M(A, "80 people", N, "dead", 80, SUN20),
     M(A, "Nov. 16", D, "blast", "2016-11-16", planted=True),
     M(A, "110 injured", N, "injured", 110, THUN),
     M(A, "56", N, "dead", 56, FRIB),
     M(A, "about 80,000 liters", N, "litres", 80000, src=AIM, qual="approx", cls="litres"),
     M(A, "three days", N, "mourning", 3, cls="dur"),
     M(A, "Nov. 19", D, "mourn_start", "2016-11-19"),
     M(A, "1975", D, "indep", "1975"),
    ]
    build("tete-tanker-2016", "The fuel tanker explosion at Caphiridzange, Moatize district, Tete province, Mozambique "
          "(Thursday 17 November 2016, about 14.00): the cabinet's 43 dead and 110 injured on Thursday night, 73 dead "
          "on Friday morning, the toll lowered to 56 (108 injured, 35 seriously) later on Friday, 80 dead by Sunday 20 "
          "November; three days of national mourning from Saturday 19 November; the tanker's load by the news agency "
          "AIM (80,000 litres) against other reports (30,000 litres)", False, ms, names)


def zambia_debt():
    R, K, T, A = "reuters-jun23", "kompas-jul14", "detik-oct16", "ap-nov21"
    # amounts, rates, terms and dates do not change with the day of the report: the deal with the official creditors
    # in Paris (Thursday 22 June 2023), the IMF board's first review (Thursday 13 July 2023), the memorandum of
    # understanding (Saturday 14 October 2023), the agreement in principle with bondholders (26 October 2023), the
    # setback announced on Monday 20 November 2023 are different events. $1.3 billion is both the arrears and the
    # IMF programme (none between them).
    names = {
     "official": "debt restructured with official creditors ($bn)", "arrears": "arrears within it ($bn)",
     "private": "debt owed to private creditors ($bn)", "exim": "debt owed to China's Exim bank ($bn)",
     "external": "external debt in default ($bn)", "imf": "the IMF programme ($bn)",
     "tranche": "the IMF disbursement ($m)", "bonds": "international bonds ($bn)", "waive": "claims waived ($m)",
     "relief": "cash-flow relief ($bn)", "due_decade": "payments due to official creditors in ten years ($m)",
     "was_due": "payments previously due ($bn)", "grace": "years of the grace period",
     "span": "years of repayment", "ext_avg": "average maturity extension (years)",
     "rate": "interest rate (%)", "rate_max": "interest rate after 14 years (%)",
     "rate_years": "years at the lower rate", "imf_years": "years of the IMF programme",
     # dates
     "paris": "day of the Paris deal", "imf_app": "month the IMF programme was approved",
     "default": "year of the default", "review": "day of the IMF board's review",
     "mou": "day of the memorandum of understanding", "paris_month": "month of the Paris deal",
     "bond_deal": "day of the agreement in principle with bondholders",
     "setback": "day the setback was announced", "b2022": "year of the first bond",
     "b2024": "year of the second bond", "b2027": "year of the third bond",
    }
    ms = [
     M(R, "Thursday", D, "paris", "2023-06-22"),
     M(R, "$6.3 billion", N, "official", 6.3, cls="bn"),
     M(R, "$1.3 billion", N, "arrears", 1.3, cls="bn"),
     M(R, "$6.8 billion", N, "private", 6.8, cls="bn"),
     M(R, "$4.1 billion", N, "exim", 4.1, cls="bn"),
     M(R, "more than 20 years", N, "span", 20, qual="morethan", cls="years"),
     M(R, "three-year", N, "grace", 3, cls="years"),
     M(R, "$18.6 billion", N, "external", 18.6, cls="bn"),
     M(R, "2020", D, "default", "2020"),
     M(R, "$188 million", N, "tranche", 188, cls="m"),
     M(R, "$1.3 billion", N, "imf", 1.3, cls="bn", occ=2),
     M(R, "three-year", N, "imf_years", 3, cls="years", occ=2),
     M(R, "August 2022", D, "imf_app", "2022-08"),

     M(K, "Kamis (13/7/2023)", D, "review", "2023-07-13"),
     M(K, "188 juta dollar AS", N, "tranche", 188, cls="m"),
     M(K, "tiga tahun", N, "imf_years", 3, cls="years"),
     M(K, "1,3 miliar dollar AS", N, "imf", 1.3, cls="bn"),
     M(K, "Agustus 2022", D, "imf_app", "2022-08"),
     M(K, "Kamis (22/6/2023)", D, "paris", "2023-06-22"),
     M(K, "6,3 miliar dollar AS", N, "official", 6.3, cls="bn"),
     M(K, "1,3 miliar dollar AS", N, "arrears", 1.3, cls="bn", occ=2),
     M(K, "4,1 miliar dollar AS", N, "exim", 4.1, cls="bn"),
     M(K, "18,6 miliar dollar AS", N, "external", 18.6, cls="bn"),
     M(K, "2020", D, "default", "2020"),
     M(K, "6,8 miliar dollar AS", N, "private", 6.8, qual="approx", cls="bn"),

     M(T, "6,3 miliar dollar AS", N, "official", 6.3, qual="approx", cls="bn"),
     M(T, "Jumat (13/10/2023)", D, "mou", "2023-10-13", planted=True),
     M(T, "Juni 2023", D, "paris", "2023-06"),
     M(T, "lebih dari 12 tahun", N, "ext_avg", 12, qual="morethan", cls="years"),
     M(T, "1 persen", N, "rate", 1, cls="pct"),
     M(T, "14 tahun", N, "rate_years", 14, cls="years"),
     M(T, "2,5 persen", N, "rate_max", 2.5, cls="pct"),
     M(T, "750 juta dollar AS", N, "due_decade", 750, qual="approx", cls="m"),
     M(T, "6 miliar dollar AS", N, "was_due", 6, qual="approx", cls="bn"),
     M(T, "3 miliar dollar AS", N, "bonds", 3, qual="morethan", cls="bn"),

     M(A, "Monday", D, "setback", "2023-11-20"),
     M(A, "about $3 billion", N, "bonds", 3, qual="approx", cls="bn"),
     M(A, "Oct. 26", D, "bond_deal", "2023-10-26"),
     M(A, "about $700 million", N, "waive", 700, qual="approx", cls="m"),
     M(A, "$2.5 billion", N, "relief", 2.5, qual="approx", cls="bn"),
     M(A, "$6.3 billion", N, "official", 6.3, cls="bn"),
     M(A, "June 22", D, "paris", "2023-06-22"),
     M(A, "Oct. 14", D, "mou", "2023-10-14"),
     M(A, "1%", N, "rate", 1, cls="pct"),
     M(A, "14 years", N, "rate_years", 14, cls="years"),
     M(A, "2.5%", N, "rate_max", 2.5, cls="pct"),
     M(A, "2022", D, "b2022", "2022"),
     M(A, "2024", D, "b2024", "2024"),
     M(A, "2027", D, "b2027", "2027"),
     M(A, "$18.6 billion", N, "external", 18.6, cls="bn"),
     M(A, "2020", D, "default", "2020"),
    ]
    build("zambia-debt-2023", "Zambia's debt restructuring in stages: the deal with its official creditors at the "
          "Paris summit (Thursday 22 June 2023: $6.3 billion including $1.3 billion of arrears, $4.1 billion owed to "
          "China's Exim bank, $6.8 billion owed to private creditors), the IMF board's first review unlocking about "
          "$188 million of a $1.3 billion programme (Thursday 13 July 2023), the memorandum of understanding (Saturday "
          "14 October 2023: 1% for 14 years, up to 2.5% after), the agreement in principle with bondholders (26 "
          "October) and the official creditors' objection announced on Monday 20 November 2023", False, ms, names)


def drought():
    R, A, K, P = "reuters-mar01", "antara-mar02", "kompas-mar03", "ap-mar04"
    names = {
     "districts": "districts affected", "all_districts": "districts in Zambia",
     "ha_lost": "hectares of maize destroyed", "ha_planted": "hectares of maize planted",
     "pop": "Zambia's population",
     # dates
     "declared": "day of the declaration", "season": "the farming season",
    }
    ms = [
     M(R, "Thursday", D, "declared", "2024-02-29"),
     M(R, "84", N, "districts", 84),
     M(R, "116 districts", N, "all_districts", 116),
     M(R, "About 1 million hectares", N, "ha_lost", 1000000, qual="approx", cls="ha"),
     M(R, "2.2 million hectares", N, "ha_planted", 2200000, cls="ha"),
     M(R, "2023/2024", D, "season", "2023/2024"),
     M(R, "nearly 20 million people", N, "pop", 20000000, qual="nearly"),

     M(A, "Kamis (29/2/2024)", D, "declared", "2024-02-29"),
     M(A, "84", N, "districts", 84),
     M(A, "116 distrik", N, "all_districts", 116),
     M(A, "sekitar 1 juta hektare", N, "ha_lost", 1000000, qual="approx", cls="ha"),
     M(A, "2,2 juta hektare", N, "ha_planted", 2200000, cls="ha"),
     M(A, "2023/2024", D, "season", "2023/2024"),
     M(A, "hampir 20 juta jiwa", N, "pop", 20000000, qual="nearly"),

     M(K, "sekitar 1 juta hektare", N, "ha_lost", 1000000, qual="approx", cls="ha"),
     M(K, "2,2 juta hektare", N, "ha_planted", 2200000, cls="ha"),
     M(K, "Kamis (29/2/2024)", D, "declared", "2024-02-29"),
     M(K, "84 distrik", N, "districts", 84),
     M(K, "116 distrik", N, "all_districts", 116),
     M(K, "2023/2024", D, "season", "2023/2024"),
     M(K, "hampir 20 juta penduduk", N, "pop", 20000000, qual="nearly"),

     M(P, "Feb. 29", D, "declared", "2024-02-29"),
     M(P, "84", N, "districts", 84),
     M(P, "116 districts", N, "all_districts", 116),
     M(P, "Roughly 1 million", N, "ha_lost", 1000000, qual="approx", cls="ha"),
     M(P, "2.2 million hectares", N, "ha_planted", 2200000, cls="ha"),
     M(P, "nearly 20 million people", N, "pop", 20000000, qual="nearly"),
     M(P, "2023/2024", D, "season", "2023/2024"),
    ]
    build("zambia-drought-2024", "Zambia declares the drought a national disaster and emergency (control), announced by "
          "the president in a televised address on Thursday 29 February 2024: 84 of 116 districts affected, about 1 "
          "million of the 2.2 million hectares of maize planted destroyed in the 2023/2024 season, nearly 20 million "
          "people. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    tete()
    zambia_debt()
    drought()
