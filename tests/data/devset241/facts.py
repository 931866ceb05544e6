"""The two-hundred-and-forty-first development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset241/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def litoral():
    K, R, T, A = "kompas-sep29", "reuters-sep30", "detik-oct01", "ap-nov15"
    # as-of times of the running tallies of the September riot: Tuesday 28 September 2021 in the afternoon (the
    # police's first count: at least 24 dead, 48 injured), Tuesday night (the police commander's 30 dead and 47
    # injured: the injured corrected down, a revision), Wednesday 29 September (116 dead, 80 injured), Thursday 30
    # September (118 dead, at least 80 injured, 24 bodies identified), the recap of 15 November (at least 118 and at
    # least 80). The November riot's dead: at least 58 on Saturday 13 November, 68 on Sunday 14 November (one article,
    # no pair). The dead and the injured do not fall.
    TUE_A, TUE_B, WED, THU, NOV15 = "2021-09-28a", "2021-09-28b", "2021-09-29", "2021-09-30", "2021-11-15"
    SAT13, SUN14 = "2021-11-13", "2021-11-14"
    names = {
     "dead": "inmates killed in the September riot", "injured": "inmates injured in the September riot",
     "dead_feb": "inmates killed in the February riots", "inmates": "inmates in Ecuador's prisons",
     "capacity": "places in Ecuador's prisons", "identified": "bodies identified by the forensic service",
     "dead2": "inmates killed in the November riot", "year_dead": "inmates killed in prisons this year",
     "emergency_days": "days of the prison state of emergency",
     # dates
     "riot": "day the September riot began", "count_tue_pm": "day of the police's first count (Tuesday afternoon)",
     "count_tue_night": "day of the police commander's count (Tuesday night)", "feb": "day of the February riots",
     "count_wed": "day of the count of 116", "count_thu": "day of the count of 118",
     "count_sun14": "day of the count of 68", "riot2": "day the November riot began",
     "raid2": "day police entered the prison in November", "emergency_decl": "day the state of emergency was declared",
    }
    ms = [
     M(K, "sedikitnya 24 orang", N, "dead", 24, TUE_A, qual="atleast"),
     M(K, "Selasa (28/9/2021)", D, "riot", "2021-09-28"),
     M(K, "Selasa sore", D, "count_tue_pm", "2021-09-28"),
     M(K, "48 narapidana", N, "injured", 48, TUE_A),
     M(K, "Selasa (23/2/2021)", D, "feb", "2021-02-23"),
     M(K, "79 narapidana", N, "dead_feb", 79),
     M(K, "sekitar 39.000 narapidana", N, "inmates", 39000, qual="approx"),
     M(K, "sekitar 30.000 orang", N, "capacity", 30000, qual="approx"),

     M(R, "At least 116 inmates", N, "dead", 116, WED, qual="atleast"),
     M(R, "80 injured", N, "injured", 80, WED),
     M(R, "Wednesday", D, "count_wed", "2021-09-29"),
     M(R, "Tuesday", D, "riot", "2021-09-28"),
     M(R, "Tuesday night", D, "count_tue_night", "2021-09-28"),
     M(R, "30 dead", N, "dead", 30, TUE_B),
     M(R, "47 injured", N, "injured", 47, TUE_B),
     M(R, "60 days", N, "emergency_days", 60, cls="dur"),
     M(R, "about 39,000 people", N, "inmates", 39000, qual="approx"),
     M(R, "about 30,000", N, "capacity", 30000, qual="approx"),
     M(R, "In February", D, "feb", "2021-02"),
     M(R, "79 inmates", N, "dead_feb", 79),

     M(T, "118 orang", N, "dead", 118, THU),
     M(T, "Kamis (30/9/2021)", D, "count_thu", "2021-09-30"),
     M(T, "Sedikitnya 80 narapidana", N, "injured", 80, THU, qual="atleast"),
     M(T, "Senin (27/9/2021)", D, "riot", "2021-09-27", planted=True),
     M(T, "24 jenazah", N, "identified", 24, THU),
     M(T, "Rabu (29/9/2021)", D, "count_wed", "2021-09-29"),
     M(T, "116 korban tewas", N, "dead", 116, WED),
     M(T, "60 hari", N, "emergency_days", 60, cls="dur"),

     M(A, "Sunday", D, "count_sun14", "2021-11-14"),
     M(A, "68 inmates", N, "dead2", 68, SUN14),
     M(A, "Friday night", D, "riot2", "2021-11-12"),
     M(A, "Saturday, Nov. 13", D, "raid2", "2021-11-13"),
     M(A, "at least 58 people", N, "dead2", 58, SAT13, qual="atleast"),
     M(A, "Sept. 28", D, "riot", "2021-09-28"),
     M(A, "at least 118 inmates", N, "dead", 118, NOV15, qual="atleast"),
     M(A, "at least 80", N, "injured", 80, NOV15, qual="atleast"),
     M(A, "90-day", N, "emergency_days", 90, cls="dur", planted=True),
     M(A, "Sept. 29", D, "emergency_decl", "2021-09-29"),
     M(A, "more than 300 inmates", N, "year_dead", 300, NOV15, qual="morethan"),
    ]
    build("litoral-prison-2021", "The gang riot at the Litoral Penitentiary in Guayaquil, Ecuador (Tuesday 28 September "
          "2021): the police's first count of at least 24 dead and 48 injured on Tuesday afternoon, the police "
          "commander's 30 dead and 47 injured on Tuesday night (the injured corrected down), 116 dead and 80 injured on "
          "Wednesday 29 September, 118 dead on Thursday 30 September (24 bodies identified); a 60-day state of "
          "emergency in the prisons; the February 2021 riots (79 dead); the second riot at the same prison of 12-13 "
          "November 2021 (at least 58, then 68 dead)", False, ms, names)


def protests():
    R, K, T, A = "reuters-oct04", "kompas-oct11", "detik-oct14", "ap-oct25"
    # as-of times of the running tallies: Friday 4 October 2019 (the interior minister's detained), Thursday 10
    # October (the ombudsman's 5 dead, 554 injured, 929 detained), Saturday 12 October (6, 937, 1,127), Sunday 13
    # October (7, 1,340, 1,152; the government's 4 dead and more than 650 detained), the ombudsman's report of
    # Monday 14 October (8 dead, 1,340 injured), Wednesday 23 October (10 dead). Sources: the ombudsman's office
    # (Defensoria del Pueblo) against the government, also across days. The prices, the loan, the periods and the
    # dates of events do not change with the day of the report.
    FRI04, THU10, SAT12, SUN13, MON14, OCT23 = ("2019-10-04", "2019-10-10", "2019-10-12", "2019-10-13",
                                                "2019-10-14", "2019-10-23")
    OMB, GOV = "the ombudsman's office", "the government"
    names = {
     "dead": "people killed in the protests", "injured": "people injured in the protests",
     "detained": "people detained in the protests", "det_pichincha": "people detained in Pichincha",
     "det_guayas": "people detained in Guayas", "eyes": "people who lost an eye",
     "diesel_new": "diesel price after the decree ($ a gallon)", "diesel_old": "diesel price before the decree",
     "gas_new": "regular gasoline price after the decree", "gas_old": "regular gasoline price before the decree",
     "imf": "the IMF financing deal", "subsidy_cost": "yearly cost of the subsidies", "losses": "losses from the unrest",
     "emergency_days": "days of the state of emergency", "protest_days": "days of protests",
     # dates
     "emergency": "day the state of emergency was declared", "announced": "day the package was announced",
     "imf_deal": "month the IMF deal was agreed", "asof_fri04": "day of the interior minister's count",
     "asof_thu10": "day of the ombudsman's count of five dead", "in_force": "day the decree took effect",
     "move": "day the government moved to Guayaquil", "agreement": "day of the agreement to withdraw the decree",
     "start": "day the protests began", "asof_sat12": "day of the ombudsman's count of six dead",
     "asof_oct23": "day the ombudsman raised the toll to 10", "report_oct14": "day of the ombudsman's report of eight dead",
     "repeal": "day the repealing decree was signed",
    }
    ms = [
     M(R, "60-day", N, "emergency_days", 60, cls="dur"),
     M(R, "Thursday", D, "emergency", "2019-10-03"),
     M(R, "Tuesday", D, "announced", "2019-10-01"),
     M(R, "$4.2 billion", N, "imf", 4.2, cls="usd_bn"),
     M(R, "March", D, "imf_deal", "2019-03"),
     M(R, "$2.30", N, "diesel_new", 2.30, cls="usd_gal"),
     M(R, "$1.03", N, "diesel_old", 1.03, cls="usd_gal"),
     M(R, "$2.39", N, "gas_new", 2.39, cls="usd_gal"),
     M(R, "$1.85", N, "gas_old", 1.85, cls="usd_gal"),
     M(R, "more than 350 people", N, "detained", 350, FRI04, qual="morethan", src=GOV),
     M(R, "Friday morning", D, "asof_fri04", "2019-10-04"),
     M(R, "about $1.3 billion", N, "subsidy_cost", 1.3, qual="approx", cls="usd_bn"),

     M(K, "lima orang", N, "dead", 5, THU10, src=OMB),
     M(K, "554 orang", N, "injured", 554, THU10, src=OMB),
     M(K, "929 orang", N, "detained", 929, THU10, src=OMB),
     M(K, "Kamis (10/10/2019)", D, "asof_thu10", "2019-10-10"),
     M(K, "Kamis (3/10/2019)", D, "in_force", "2019-10-03"),
     M(K, "1,03 dolar AS", N, "diesel_old", 1.03, cls="usd_gal"),
     M(K, "2,30 dolar AS", N, "diesel_new", 2.30, cls="usd_gal"),
     M(K, "Selasa (8/10/2019)", D, "move", "2019-10-08", planted=True),
     M(K, "60 hari", N, "emergency_days", 60, cls="dur"),
     M(K, "4,2 miliar dolar AS", N, "imf", 4.2, cls="usd_bn"),

     M(T, "Minggu (13/10/2019)", D, "agreement", "2019-10-13"),
     M(T, "11 hari", N, "protest_days", 11, cls="dur"),
     M(T, "tujuh orang", N, "dead", 7, SUN13, src=OMB),
     M(T, "1.340 orang", N, "injured", 1340, SUN13, src=OMB),
     M(T, "1.152 orang", N, "detained", 1152, SUN13, src=OMB),
     M(T, "3 Oktober", D, "start", "2019-10-03"),
     M(T, "499 penahanan", N, "det_pichincha", 499, SUN13),
     M(T, "309", N, "det_guayas", 309, SUN13),
     M(T, "Sabtu (12/10/2019)", D, "asof_sat12", "2019-10-12"),
     M(T, "enam korban tewas", N, "dead", 6, SAT12, src=OMB),
     M(T, "937 orang", N, "injured", 937, SAT12, src=OMB),
     M(T, "1.127 orang", N, "detained", 1127, SAT12, src=OMB),
     M(T, "empat orang tewas", N, "dead", 4, SUN13, src=GOV),
     M(T, "lebih dari 650 orang", N, "detained", 650, SUN13, qual="morethan", src=GOV),
     M(T, "Senin (7/10/2019)", D, "move", "2019-10-07"),

     M(A, "10 people", N, "dead", 10, OCT23, src=OMB),
     M(A, "eight dead", N, "dead", 8, MON14, src=OMB),
     M(A, "Wednesday", D, "asof_oct23", "2019-10-23"),
     M(A, "Oct. 14", D, "report_oct14", "2019-10-14"),
     M(A, "1,340 people", N, "injured", 1340, MON14, src=OMB),
     M(A, "Oct. 3", D, "start", "2019-10-03"),
     M(A, "Oct. 13", D, "agreement", "2019-10-13"),
     M(A, "Oct. 14", D, "repeal", "2019-10-14", occ=2),
     M(A, "$1.03", N, "diesel_old", 1.03, cls="usd_gal"),
     M(A, "$2.03", N, "diesel_new", 2.03, cls="usd_gal", planted=True),
     M(A, "Oct. 7", D, "move", "2019-10-07"),
     M(A, "11 days", N, "protest_days", 11, cls="dur"),
     M(A, "about $2 billion", N, "losses", 2, qual="approx", cls="usd_bn"),
     M(A, "eight people", N, "eyes", 8, OCT23),
    ]
    build("ecuador-fuel-protests-2019", "The protests in Ecuador against the end of fuel subsidies (Decree 883), 3-13 "
          "October 2019: a 60-day state of emergency declared on Thursday 3 October; diesel from $1.03 to $2.30 a "
          "gallon, gasoline from $1.85 to $2.39; the government's move to Guayaquil on Monday 7 October; the "
          "ombudsman's office's tallies rising (5 dead, 554 injured, 929 detained on Thursday 10 October; 6, 937, "
          "1,127 on Saturday 12 October; 7, 1,340, 1,152 on Sunday 13 October; 8 on 14 October; 10 on 23 October) "
          "against the government's 4 dead and more than 650 detained; the agreement with CONAIE on Sunday 13 October "
          "and the repealing decree of Monday 14 October", False, ms, names)


def soberano():
    R, N_, K, A = "reuters-aug18", "antara-aug19", "kompas-aug20", "ap-aug21"
    names = {
     "wage": "the new minimum salary (bolivares soberanos a month)", "vat_new": "the new value-added tax rate",
     "vat_old": "the old value-added tax rate", "zeros": "zeros removed from the currency",
     "ratio": "old bolivares to one new bolivar", "petro": "the petro's value (bolivares soberanos)",
     "petro_usd": "the petro's value in dollars", "days": "days the state pays the wage increase",
     "notes": "new banknotes", "notes_max": "the largest new banknote", "coins": "new coins",
     "imf": "the IMF's inflation forecast for 2018", "zeros_plan": "zeros the earlier plan would have removed",
     # dates
     "announced": "day of the announcement", "launch": "day the new currency entered circulation",
    }
    ms = [
     M(R, "Friday", D, "announced", "2018-08-17"),
     M(R, "1,800 bolivares soberanos", N, "wage", 1800, cls="ves"),
     M(R, "16 percent", N, "vat_new", 16, cls="pct"),
     M(R, "12 percent", N, "vat_old", 12, cls="pct"),
     M(R, "five zeros", N, "zeros", 5),
     M(R, "Monday", D, "launch", "2018-08-20"),
     M(R, "100,000", N, "ratio", 100000),
     M(R, "3,600 bolivares soberanos", N, "petro", 3600, cls="ves"),
     M(R, "about $60", N, "petro_usd", 60, qual="approx", cls="usd"),
     M(R, "90 days", N, "days", 90, cls="dur"),
     M(R, "eight new banknotes", N, "notes", 8),
     M(R, "500 bolivares soberanos", N, "notes_max", 500, cls="ves"),
     M(R, "two coins", N, "coins", 2),
     M(R, "1,000,000 percent", N, "imf", 1000000, cls="pct"),
     M(R, "three zeros", N, "zeros_plan", 3),

     M(N_, "Jumat (17/8/2018)", D, "announced", "2018-08-17"),
     M(N_, "1.800 bolívar soberano", N, "wage", 1800, cls="ves"),
     M(N_, "Senin (20/8/2018)", D, "launch", "2018-08-20"),
     M(N_, "lima angka nol", N, "zeros", 5),
     M(N_, "100.000 bolívar", N, "ratio", 100000),
     M(N_, "12 persen", N, "vat_old", 12, cls="pct"),
     M(N_, "16 persen", N, "vat_new", 16, cls="pct"),
     M(N_, "3.600 bolívar soberano", N, "petro", 3600, cls="ves"),
     M(N_, "sekitar 60 dolar AS", N, "petro_usd", 60, qual="approx", cls="usd"),
     M(N_, "90 hari", N, "days", 90, cls="dur"),
     M(N_, "delapan pecahan", N, "notes", 8),
     M(N_, "500 bolívar soberano", N, "notes_max", 500, cls="ves"),
     M(N_, "dua koin", N, "coins", 2),
     M(N_, "1.000.000 persen", N, "imf", 1000000, cls="pct"),

     M(K, "Senin (20/8/2018)", D, "launch", "2018-08-20"),
     M(K, "100.000 bolívar", N, "ratio", 100000),
     M(K, "lima nol", N, "zeros", 5),
     M(K, "Jumat (17/8/2018)", D, "announced", "2018-08-17"),
     M(K, "1.800 bolívar soberano", N, "wage", 1800, cls="ves"),
     M(K, "3.600 bolívar soberano", N, "petro", 3600, cls="ves"),
     M(K, "kira-kira 60 dolar AS", N, "petro_usd", 60, qual="approx", cls="usd"),
     M(K, "16 persen", N, "vat_new", 16, cls="pct"),
     M(K, "12 persen", N, "vat_old", 12, cls="pct"),
     M(K, "90 hari", N, "days", 90, cls="dur"),
     M(K, "delapan jenis uang kertas", N, "notes", 8),
     M(K, "500 bolívar soberano", N, "notes_max", 500, cls="ves"),
     M(K, "dua jenis koin", N, "coins", 2),
     M(K, "tiga angka nol", N, "zeros_plan", 3),
     M(K, "1.000.000 persen", N, "imf", 1000000, cls="pct"),

     M(A, "Monday", D, "launch", "2018-08-20"),
     M(A, "five zeros", N, "zeros", 5),
     M(A, "100,000", N, "ratio", 100000),
     M(A, "Friday, Aug. 17", D, "announced", "2018-08-17"),
     M(A, "1,800 bolivares soberanos", N, "wage", 1800, cls="ves"),
     M(A, "3,600 bolivares soberanos", N, "petro", 3600, cls="ves"),
     M(A, "roughly $60", N, "petro_usd", 60, qual="approx", cls="usd"),
     M(A, "16 percent", N, "vat_new", 16, cls="pct"),
     M(A, "12 percent", N, "vat_old", 12, cls="pct"),
     M(A, "90 days", N, "days", 90, cls="dur"),
     M(A, "eight bills", N, "notes", 8),
     M(A, "500 bolivares soberanos", N, "notes_max", 500, cls="ves"),
     M(A, "two coins", N, "coins", 2),
     M(A, "1 million percent", N, "imf", 1000000, cls="pct"),
    ]
    build("bolivar-soberano-2018", "Venezuela's currency overhaul (control), announced by President Nicolas Maduro on "
          "Friday 17 August 2018: the bolivar soberano in circulation from Monday 20 August 2018, five zeros removed "
          "(100,000 old bolivares to one), a minimum salary of 1,800 bolivares soberanos a month (half a petro), the "
          "petro at 3,600 bolivares soberanos (about $60), value-added tax from 12% to 16%, the wage increase of small "
          "and medium businesses paid by the state for 90 days, eight banknotes up to 500 bolivares soberanos and two "
          "coins, the IMF's forecast of 1,000,000% inflation in 2018, an earlier plan of three zeros. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    litoral()
    protests()
    soberano()
