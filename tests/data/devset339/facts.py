"""The three-hundred-and-thirty-ninth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset339/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def embassies():
    R, K, P, A = "reuters-aug08", "kompas-aug11", "republika-aug21", "ap-oct19"
    # as-of times of the running tallies: late on Friday 7 August 1998 (the police's first Nairobi count of 75),
    # Saturday 8 August (107 in Nairobi, 10 in Dar es Salaam; the Kenyan health ministry's "more than 5,000" wounded),
    # Monday 10 August (184 in Nairobi, 11 in Dar es Salaam; the ministry's wounded lowered to about 4,000 once
    # double-counted patients were taken out: a revision), Wednesday 19 August (201 in Nairobi, 11 in Dar es Salaam),
    # and the final counts recalled at the sentence of 18 October 2001 (213 and 11, 224 in all; the State
    # Department's "more than 4,000" wounded in Nairobi, another source than the Kenyan ministry). The dead do not
    # fall. The Americans killed and the wounded in Dar es Salaam are one count each, not a tally of a day.
    FRIN, SAT, MON, AUG19, FINAL = "1998-08-07b", "1998-08-08", "1998-08-10", "1998-08-19", "2001-10-18"
    HEALTH, STATE = "the Kenyan health ministry", "the U.S. State Department"
    names = {
     "dead_nbi": "people killed by the Nairobi bomb", "dead_dar": "people killed by the Dar es Salaam bomb",
     "dead_all": "people killed by both bombs", "us_dead": "Americans killed",
     "wounded_nbi": "people wounded in Nairobi", "wounded_dar": "people wounded in Dar es Salaam",
     "suspects": "suspects held in Kenya in August 1998", "defendants": "men sentenced in New York",
     "counts": "counts of the verdict",
     # dates
     "attack": "day of the bombings", "count_fri": "day of the police's first count", "count_sat": "day of the count of 107",
     "count_mon": "day of the count of 184", "rescue_stop": "day the search for survivors was called off",
     "count_aug19": "day of the count of 201", "visit": "day of the Secretary of State's visit",
     "strikes": "day of the U.S. missile strikes", "indictment": "month bin Laden was charged",
     "trial": "month the trial opened", "verdict": "day of the verdict", "sentence": "day of the sentence",
    }
    ms = [
     M(R, "at least 107", N, "dead_nbi", 107, SAT, qual="atleast"),
     M(R, "Saturday", D, "count_sat", "1998-08-08"),
     M(R, "Friday", D, "count_fri", "1998-08-07"),
     M(R, "75", N, "dead_nbi", 75, FRIN),
     M(R, "Friday", D, "attack", "1998-08-07", occ=2),
     M(R, "10 people", N, "dead_dar", 10, SAT),
     M(R, "Twelve Americans", N, "us_dead", 12),
     M(R, "more than 5,000 people", N, "wounded_nbi", 5000, SAT, qual="morethan", src=HEALTH),
     M(R, "85 people", N, "wounded_dar", 85),

     M(K, "184 orang", N, "dead_nbi", 184, MON),
     M(K, "Senin (10/8/1998)", D, "count_mon", "1998-08-10"),
     M(K, "Sabtu (8/8/1998)", D, "count_sat", "1998-08-08"),
     M(K, "107 orang", N, "dead_nbi", 107, SAT),
     M(K, "Jumat (7/8/1998)", D, "attack", "1998-08-07"),
     M(K, "11 orang", N, "dead_dar", 11, MON),
     M(K, "58 orang", N, "wounded_dar", 58, planted=True),
     M(K, "sekitar 4.000 orang", N, "wounded_nbi", 4000, MON, qual="approx", src=HEALTH),
     M(K, "lebih dari 5.000", N, "wounded_nbi", 5000, SAT, qual="morethan", src=HEALTH),
     M(K, "Dua belas warga AS", N, "us_dead", 12),
     M(K, "Senin", D, "rescue_stop", "1998-08-10", occ=2),

     M(P, "Kamis (20/8/1998)", D, "strikes", "1998-08-20"),
     M(P, "7 Agustus", D, "attack", "1998-08-07"),
     M(P, "Rabu (19/8/1998)", D, "count_aug19", "1998-08-19"),
     M(P, "201 orang", N, "dead_nbi", 201, AUG19),
     M(P, "11 orang", N, "dead_dar", 11, AUG19),
     M(P, "12 warga Amerika", N, "us_dead", 12),
     M(P, "85 orang", N, "wounded_dar", 85),
     M(P, "Selasa (18/8/1998)", D, "visit", "1998-08-18"),
     M(P, "Dua tersangka", N, "suspects", 2),

     M(A, "Four men", N, "defendants", 4),
     M(A, "Thursday", D, "sentence", "2001-10-18"),
     M(A, "May 29", D, "verdict", "2001-05-29"),
     M(A, "302 counts", N, "counts", 302),
     M(A, "February", D, "trial", "2001-02"),
     M(A, "Aug. 7, 1998", D, "attack", "1998-08-07"),
     M(A, "224 people", N, "dead_all", 224, FINAL),
     M(A, "213", N, "dead_nbi", 213, FINAL),
     M(A, "12 Americans", N, "us_dead", 12),
     M(A, "11", N, "dead_dar", 11, FINAL),
     M(A, "More than 4,000 people", N, "wounded_nbi", 4000, FINAL, qual="morethan", src=STATE),
     M(A, "85", N, "wounded_dar", 85),
     M(A, "November 1998", D, "indictment", "1998-11"),
     M(A, "Aug. 21, 1998", D, "strikes", "1998-08-21", planted=True),
    ]
    build("embassy-bombings-1998", "The bombings of the U.S. embassies in Nairobi and Dar es Salaam (Friday 7 August "
          "1998): the Nairobi toll rising from 75 late on Friday to at least 107 on Saturday, 184 on Monday 10 August, "
          "201 by Wednesday 19 August and 213 in the final count (12 Americans among them), the Dar es Salaam toll 10 "
          "-> 11, 224 dead in all; the Kenyan health ministry's wounded in Nairobi, more than 5,000 on Saturday, "
          "lowered to about 4,000 on Monday (a revision), against the State Department's more than 4,000 (sources); "
          "85 wounded in Dar es Salaam; the U.S. missile strikes on Afghanistan and Sudan (Thursday 20 August 1998), "
          "the Secretary of State's visit (Tuesday 18 August), the charge against bin Laden (November 1998), the "
          "verdict on all 302 counts (29 May 2001) and the life sentences of four men (Thursday 18 October 2001)",
          False, ms, names)


def koshe():
    R, K, T, A = "reuters-mar13", "kompas-mar15", "antara-mar21", "ap-apr12"
    # as-of times of the running tally of the dead: Sunday 12 March 2017 (30), Monday 13 March (46), Tuesday 14
    # March (65), Wednesday 15 March (72), Friday 17 March (113), Monday 20 March (115, when the search ended; the
    # final count recalled in April). The dead do not fall. The missing: the residents' "more than 80" on Monday and
    # the city's "at least 40" on Wednesday are two sources. The rescued, the days of mourning and the plant's
    # capacity are one figure each.
    SUN, MON, TUE, WED, FRI, FINAL = "2017-03-12", "2017-03-13", "2017-03-14", "2017-03-15", "2017-03-17", "2017-03-20"
    RESIDENTS, CITY = "residents", "the Addis Ababa city administration"
    names = {
     "dead": "people killed by the landslide", "at_site": "people at the site when it collapsed",
     "missing": "people missing", "rescued": "people pulled out alive", "women": "women among the dead",
     "men": "men among the dead", "mourning_days": "days of national mourning",
     "plant_mw": "the waste-to-energy plant's capacity (MW)", "plant_tonnes": "rubbish the plant burns a day (t)",
     # dates
     "collapse": "day of the landslide", "count_sun": "day of the count of 30", "count_mon": "day of the count of 46",
     "count_tue": "day of the count of 65", "count_wed": "day of the count of 72", "count_fri": "day of the count of 113",
     "count_final": "day of the final count", "mourning_start": "first day of national mourning",
     "mourning_end": "last day of national mourning",
    }
    ms = [
     M(R, "46", N, "dead", 46, MON),
     M(R, "Monday", D, "count_mon", "2017-03-13"),
     M(R, "Saturday", D, "collapse", "2017-03-11"),
     M(R, "30 dead", N, "dead", 30, SUN),
     M(R, "Sunday", D, "count_sun", "2017-03-12"),
     M(R, "about 150 people", N, "at_site", 150, qual="approx"),
     M(R, "more than 80", N, "missing", 80, MON, qual="morethan", src=RESIDENTS, fall=True),
     M(R, "37 people", N, "rescued", 37),
     M(R, "1,400 tonnes", N, "plant_tonnes", 1400, cls="tonnes"),
     M(R, "50 megawatts", N, "plant_mw", 50, cls="mw"),

     M(K, "72 orang", N, "dead", 72, WED),
     M(K, "Rabu (15/3/2017)", D, "count_wed", "2017-03-15"),
     M(K, "Selasa (14/3/2017)", D, "count_tue", "2017-03-14"),
     M(K, "65 korban tewas", N, "dead", 65, TUE),
     M(K, "tiga hari", N, "mourning_days", 3, cls="dur"),
     M(K, "Rabu", D, "mourning_start", "2017-03-15", occ=2),
     M(K, "Sabtu (11/3/2017)", D, "collapse", "2017-03-11"),
     M(K, "37 orang", N, "rescued", 37),
     M(K, "sedikitnya 40 orang", N, "missing", 40, WED, qual="atleast", src=CITY, fall=True),

     M(T, "115 orang", N, "dead", 115, FINAL),
     M(T, "Senin (20/3/2017)", D, "count_final", "2017-03-20"),
     M(T, "113 orang", N, "dead", 113, FRI),
     M(T, "Jumat (17/3/2017)", D, "count_fri", "2017-03-17"),
     M(T, "Minggu (12/3/2017)", D, "collapse", "2017-03-12", planted=True),
     M(T, "115 korban tewas", N, "dead", 115, FINAL),
     M(T, "75 orang", N, "women", 75),
     M(T, "40 orang", N, "men", 40),
     M(T, "tiga hari", N, "mourning_days", 3, cls="dur"),
     M(T, "Rabu (15/3/2017)", D, "mourning_start", "2017-03-15"),
     M(T, "Jumat", D, "mourning_end", "2017-03-17", occ=2),
     M(T, "50 megawatt", N, "plant_mw", 50, cls="mw"),

     M(A, "151 people", N, "dead", 151, FINAL, planted=True),
     M(A, "March 11", D, "collapse", "2017-03-11"),
     M(A, "46", N, "dead", 46, MON),
     M(A, "March 13", D, "count_mon", "2017-03-13"),
     M(A, "March 20", D, "count_final", "2017-03-20"),
     M(A, "three days", N, "mourning_days", 3, cls="dur"),
     M(A, "March 17", D, "mourning_end", "2017-03-17"),
     M(A, "50 megawatts", N, "plant_mw", 50, cls="mw"),
    ]
    build("koshe-landfill-2017", "The landslide at the Koshe rubbish dump in Addis Ababa (Saturday night, 11 March "
          "2017): the toll rising from 30 on Sunday to 46 on Monday 13 March, 65 on Tuesday, 72 on Wednesday 15 March, "
          "113 on Friday 17 March and 115 on Monday 20 March, when the search ended (75 women and 40 men); the "
          "residents' more than 80 missing against the city's at least 40 (sources); 37 pulled out alive, about 150 "
          "people at the site; three days of national mourning from Wednesday 15 to Friday 17 March; a 50-megawatt "
          "waste-to-energy plant at the site", False, ms, names)


def railway():
    R, K, T, X = "reuters-may31", "kompas-jun01", "antara-jun02", "xinhua-jun03"
    names = {
     "length": "length of the line (km)", "ext": "length of the planned extension to Naivasha (km)",
     "cost_usd": "cost of the line (US$ billion)", "cost_ksh": "cost of the line (billion shillings)",
     "exim": "share of the cost lent by China's Exim Bank", "gov": "share of the cost paid by the Kenyan government",
     "journey": "journey time (hours)", "speed": "top speed of passenger trains (km/h)",
     "fare_econ": "economy fare (shillings)", "fare_first": "first-class fare (shillings)",
     # dates
     "launch": "day of the launch", "service": "day regular services began", "independence": "year of independence",
     "selfrule": "year of self-rule", "old_start": "year the old railway was begun",
     "old_end": "year the old railway was finished",
    }
    ms = [
     M(R, "472-km", N, "length", 472, cls="km"),
     M(R, "Wednesday", D, "launch", "2017-05-31"),
     M(R, "$3.2 billion", N, "cost_usd", 3.2, cls="usd_bn"),
     M(R, "1963", D, "independence", "1963"),
     M(R, "90 percent", N, "exim", 90, cls="pct"),
     M(R, "10 percent", N, "gov", 10, cls="pct"),
     M(R, "about four and a half hours", N, "journey", 4.5, qual="approx", cls="hours"),
     M(R, "120 km per hour", N, "speed", 120, cls="speed"),
     M(R, "700 shillings", N, "fare_econ", 700, cls="ksh"),
     M(R, "3,000 shillings", N, "fare_first", 3000, cls="ksh"),
     M(R, "Thursday, June 1", D, "service", "2017-06-01"),
     M(R, "1963", D, "selfrule", "1963", occ=2),
     M(R, "1896", D, "old_start", "1896"),
     M(R, "1901", D, "old_end", "1901"),
     M(R, "120 km", N, "ext", 120, cls="km", occ=2),

     M(K, "472 kilometer", N, "length", 472, cls="km"),
     M(K, "Rabu (31/5/2017)", D, "launch", "2017-05-31"),
     M(K, "3,2 miliar dolar AS", N, "cost_usd", 3.2, cls="usd_bn"),
     M(K, "327 miliar shilling", N, "cost_ksh", 327, cls="ksh_bn"),
     M(K, "1963", D, "independence", "1963"),
     M(K, "90 persen", N, "exim", 90, cls="pct"),
     M(K, "10 persen", N, "gov", 10, cls="pct"),
     M(K, "4,5 jam", N, "journey", 4.5, cls="hours"),
     M(K, "120 km per jam", N, "speed", 120, cls="speed"),
     M(K, "700 shilling", N, "fare_econ", 700, cls="ksh"),
     M(K, "3.000 shilling", N, "fare_first", 3000, cls="ksh"),
     M(K, "Kamis (1/6/2017)", D, "service", "2017-06-01"),
     M(K, "1963", D, "selfrule", "1963", occ=2),
     M(K, "1896", D, "old_start", "1896"),
     M(K, "1901", D, "old_end", "1901"),
     M(K, "120 kilometer", N, "ext", 120, cls="km"),

     M(T, "Kamis (1/6/2017)", D, "service", "2017-06-01"),
     M(T, "Rabu (31/5/2017)", D, "launch", "2017-05-31"),
     M(T, "472 km", N, "length", 472, cls="km"),
     M(T, "sekitar 3,2 miliar dolar AS", N, "cost_usd", 3.2, qual="approx", cls="usd_bn"),
     M(T, "90 persen", N, "exim", 90, cls="pct"),
     M(T, "10 persen", N, "gov", 10, cls="pct"),
     M(T, "327 miliar shilling", N, "cost_ksh", 327, cls="ksh_bn"),
     M(T, "sekitar empat setengah jam", N, "journey", 4.5, qual="approx", cls="hours"),
     M(T, "700 shilling", N, "fare_econ", 700, cls="ksh"),
     M(T, "3.000 shilling", N, "fare_first", 3000, cls="ksh"),
     M(T, "120 km per jam", N, "speed", 120, cls="speed"),
     M(T, "1963", D, "independence", "1963"),
     M(T, "120 km", N, "ext", 120, cls="km", occ=2),

     M(X, "Wednesday", D, "launch", "2017-05-31"),
     M(X, "472-kilometer", N, "length", 472, cls="km"),
     M(X, "327 billion shillings", N, "cost_ksh", 327, cls="ksh_bn"),
     M(X, "3.2 billion U.S. dollars", N, "cost_usd", 3.2, cls="usd_bn"),
     M(X, "1963", D, "independence", "1963"),
     M(X, "90 percent", N, "exim", 90, cls="pct"),
     M(X, "10 percent", N, "gov", 10, cls="pct"),
     M(X, "June 1", D, "service", "2017-06-01"),
     M(X, "about four and a half hours", N, "journey", 4.5, qual="approx", cls="hours"),
     M(X, "120 kilometers per hour", N, "speed", 120, cls="speed"),
     M(X, "700 shillings", N, "fare_econ", 700, cls="ksh"),
     M(X, "3,000 shillings", N, "fare_first", 3000, cls="ksh"),
     M(X, "1896", D, "old_start", "1896"),
     M(X, "1901", D, "old_end", "1901"),
     M(X, "120 kilometers", N, "ext", 120, cls="km", occ=2),
    ]
    build("madaraka-express-2017", "Kenya's Mombasa-Nairobi railway opened on Wednesday 31 May 2017 (control): 472 km, "
          "US$3.2 billion (327 billion shillings), 90% lent by China's Exim Bank and 10% paid by the government, about "
          "four and a half hours between the cities at up to 120 km/h, fares of 700 and 3,000 shillings, regular "
          "services from Thursday 1 June 2017 (Madaraka Day), the biggest project since independence in 1963, the old "
          "line of 1896-1901, a 120-km extension to Naivasha planned. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    embassies()
    koshe()
    railway()
