"""The two-hundred-and-ninety-sixth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset296/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def ferry():
    K, R, T, A = "kompas-sep11", "reuters-sep12", "detik-sep14", "ap-oct10"
    # as-of times of the Zanzibar government's death toll: Saturday 10 September 2011 in the afternoon (163), Sunday
    # 11 September (197), Tuesday 13 September (192: revised down, bodies counted twice), the official toll a month on
    # (203, as of 10 October). The rescued (619) are one final count, given the same by every outlet (no as-of time).
    # The people aboard: the port's passenger list (610) against the survivors' estimate (more than 1,000): sources.
    SAT, SUN, TUE, OCT = "2011-09-10", "2011-09-11", "2011-09-13", "2011-10-10"
    GOV, LIST, SURV = "the Zanzibar government", "the port's passenger list", "survivors"
    names = {
     "dead": "people killed in the sinking", "rescued": "people rescued", "aboard": "people aboard",
     "capacity": "passengers the ferry was licensed to carry", "mourning": "days of mourning",
     "dead1996": "dead in the 1996 sinking",
     # dates
     "sank": "day the ferry sank", "asof_sat": "day of the count of 163", "asof_sun": "day of the count of 197",
     "asof_tue": "day of the revised count of 192", "mourning_end": "last day of mourning",
     "y1996": "year of the 1996 sinking",
    }
    ms = [
     M(K, "Sabtu (10/9/2011)", D, "sank", "2011-09-10"),
     M(K, "Sabtu sore", D, "asof_sat", "2011-09-10"),
     M(K, "163 orang", N, "dead", 163, SAT, src=GOV),
     M(K, "619 orang", N, "rescued", 619),
     M(K, "610 penumpang", N, "aboard", 610, src=LIST),
     M(K, "600 orang", N, "capacity", 600),
     M(K, "lebih dari 1.000 orang", N, "aboard", 1000, qual="morethan", src=SURV),
     M(K, "tiga hari", N, "mourning", 3, cls="dur"),

     M(R, "197", N, "dead", 197, SUN, src=GOV),
     M(R, "Sunday", D, "asof_sun", "2011-09-11"),
     M(R, "Saturday", D, "sank", "2011-09-10"),
     M(R, "619 people", N, "rescued", 619),
     M(R, "163", N, "dead", 163, SAT, src=GOV),
     M(R, "610 people", N, "aboard", 610, src=LIST),
     M(R, "more than 1,000", N, "aboard", 1000, qual="morethan", src=SURV),
     M(R, "600 passengers", N, "capacity", 600),
     M(R, "three days", N, "mourning", 3, cls="dur"),

     M(T, "192 orang", N, "dead", 192, TUE, src=GOV),
     M(T, "Selasa (13/9/2011)", D, "asof_tue", "2011-09-13"),
     M(T, "Minggu (11/9/2011)", D, "asof_sun", "2011-09-11"),
     M(T, "197 orang", N, "dead", 197, SUN, src=GOV),
     M(T, "691 penumpang", N, "rescued", 691, planted=True),
     M(T, "Sabtu (10/9/2011)", D, "sank", "2011-09-10"),
     M(T, "600 penumpang", N, "capacity", 600),
     M(T, "610 orang", N, "aboard", 610, src=LIST),
     M(T, "tiga hari", N, "mourning", 3, cls="dur"),
     M(T, "Senin (12/9/2011)", D, "mourning_end", "2011-09-12"),

     M(A, "203", N, "dead", 203, OCT, src=GOV),
     M(A, "Sept. 10", D, "sank", "2011-09-10"),
     M(A, "619 people", N, "rescued", 619),
     M(A, "610 people", N, "aboard", 610, src=LIST),
     M(A, "more than 1,000", N, "aboard", 1000, qual="morethan", src=SURV),
     M(A, "197", N, "dead", 197, SUN, src=GOV),
     M(A, "192", N, "dead", 192, TUE, src=GOV),
     M(A, "600 passengers", N, "capacity", 600),
     M(A, "1996", D, "y1996", "1996"),
     M(A, "more than 800 people", N, "dead1996", 800, qual="morethan"),
    ]
    build("spice-islander-2011", "The sinking of the ferry MV Spice Islander off Nungwi, Zanzibar (early on Saturday 10 "
          "September 2011, on its way from Unguja to Pemba): the Zanzibar government's toll of 163 on Saturday, 197 on "
          "Sunday 11 September, revised down to 192 on Tuesday 13 September (bodies counted twice), 203 a month on; 619 "
          "rescued; the port's passenger list of 610 against the survivors' estimate of more than 1,000 aboard; licensed "
          "for 600 passengers; three days of mourning", False, ms, names)


def ebola():
    R, K, T, A = "reuters-sep21", "kompas-oct16", "detik-nov06", "ap-jan12"
    # as-of times of the running tallies (confirmed cases, confirmed deaths, recoveries, infected health workers):
    # Wednesday 5 October 2022 (the WHO's 43 cases and 10 deaths, "ten days" before the lockdown), Saturday 15 October
    # (58 and 19, the president's count), Friday 4 November (132 and 53, 79 recovered, 19 health workers infected and
    # seven dead), Wednesday 11 January 2023 (the end: 142 and 55, 87 recovered, 19 and seven). None falls.
    # Stages on different days: the declaration (Tuesday 20 September), the first death (Monday 19 September), the
    # lockdown (Saturday 15 October), its extension (Saturday 5 November), schools closing early (25 November), the
    # end (Wednesday 11 January 2023). The two 21-day periods and the 42 days are different facts.
    OCT5, OCT15, NOV4, JAN11 = "2022-10-05", "2022-10-15", "2022-11-04", "2023-01-11"
    names = {
     "cases": "confirmed cases", "deaths": "confirmed deaths", "recovered": "confirmed patients recovered",
     "hw_inf": "health workers infected", "hw_dead": "health workers who died", "age": "age of the first victim",
     "suspected": "suspected cases in Mubende at the declaration", "unexplained": "unexplained deaths in Mubende",
     "dead2000": "dead in the 2000 outbreak", "probable": "probable deaths", "districts": "other districts reached",
     "lock_days": "days of the lockdown", "ext_days": "days of the lockdown's extension",
     "free_days": "days without a new case before the end", "months": "months the outbreak lasted",
     # dates
     "declared": "day the outbreak was declared", "first_death": "day the first victim died",
     "y2012": "year of the last Sudan-strain outbreak", "y2000": "year of the deadliest outbreak",
     "lockdown": "day the lockdown was imposed", "extension": "day the lockdown was extended",
     "asof_nov4": "day of the count of 132", "schools": "day schools closed early", "ended": "day the end was declared",
    }
    ms = [
     M(R, "Tuesday", D, "declared", "2022-09-20"),
     M(R, "24-year-old", N, "age", 24, cls="age"),
     M(R, "Monday", D, "first_death", "2022-09-19"),
     M(R, "eight suspected cases", N, "suspected", 8),
     M(R, "six unexplained deaths", N, "unexplained", 6),
     M(R, "2012", D, "y2012", "2012"),
     M(R, "2000", D, "y2000", "2000"),
     M(R, "more than 200 people", N, "dead2000", 200, qual="morethan"),

     M(K, "21 hari", N, "lock_days", 21, cls="dur"),
     M(K, "Sabtu (15/10/2022)", D, "lockdown", "2022-10-15"),
     M(K, "58 kasus", N, "cases", 58, OCT15),
     M(K, "19 kematian", N, "deaths", 19, OCT15),
     M(K, "Selasa (20/9/2022)", D, "declared", "2022-09-20"),
     M(K, "43 kasus", N, "cases", 43, OCT5),
     M(K, "10 kematian", N, "deaths", 10, OCT5),

     M(T, "21 hari", N, "ext_days", 21, cls="dur"),
     M(T, "Sabtu (5/11/2022)", D, "extension", "2022-11-05"),
     M(T, "Minggu (16/10/2022)", D, "lockdown", "2022-10-16", planted=True),
     M(T, "Jumat (4/11/2022)", D, "asof_nov4", "2022-11-04"),
     M(T, "132 kasus", N, "cases", 132, NOV4),
     M(T, "53 kematian", N, "deaths", 53, NOV4),
     M(T, "19 tenaga kesehatan", N, "hw_inf", 19, NOV4),
     M(T, "tujuh", N, "hw_dead", 7, NOV4),
     M(T, "79 pasien", N, "recovered", 79, NOV4),
     M(T, "25 November 2022", D, "schools", "2022-11-25"),
     M(T, "20 September 2022", D, "declared", "2022-09-20"),
     M(T, "24 tahun", N, "age", 24, cls="age"),

     M(A, "Wednesday", D, "ended", "2023-01-11"),
     M(A, "55 people", N, "deaths", 55, JAN11),
     M(A, "142 confirmed cases", N, "cases", 142, JAN11),
     M(A, "nearly four months", N, "months", 4, qual="nearly", cls="months"),
     M(A, "42 days", N, "free_days", 42, cls="dur"),
     M(A, "22 probable deaths", N, "probable", 22),
     M(A, "87", N, "recovered", 87, JAN11),
     M(A, "Sept. 19", D, "declared", "2022-09-19", planted=True),
     M(A, "eight other districts", N, "districts", 8),
     M(A, "Oct. 15", D, "lockdown", "2022-10-15"),
     M(A, "Nov. 5", D, "extension", "2022-11-05"),
     M(A, "Nineteen health workers", N, "hw_inf", 19, JAN11),
     M(A, "seven of them", N, "hw_dead", 7, JAN11),
    ]
    build("uganda-ebola-2022", "The Sudan-strain Ebola outbreak in Uganda (declared on Tuesday 20 September 2022 in "
          "Mubende, over on Wednesday 11 January 2023): confirmed cases 43 -> 58 -> 132 -> 142 and confirmed deaths 10 "
          "-> 19 -> 53 -> 55 (5 October, 15 October, 4 November, 11 January), 79 -> 87 recovered, 19 health workers "
          "infected and seven dead, 22 probable deaths; the 21-day lockdown of Mubende and Kassanda imposed on Saturday "
          "15 October and extended by 21 days on Saturday 5 November; schools closed early on 25 November; 42 days "
          "without a case before the end", False, ms, names)


def census():
    R, K, T, A = "reuters-feb28", "kompas-mar01", "antara-mar02", "ap-mar03"
    names = {
     "pop": "Rwanda's population in 2022", "pop2012": "Rwanda's population in 2012",
     "women": "women and girls", "men": "men and boys", "women_pct": "women's share of the population (%)",
     "growth": "average yearly growth (%)", "density": "people per square kilometre", "kigali": "Kigali's population",
     "life": "life expectancy at birth (years)", "added": "people added since 2012", "censuses": "censuses held",
     # dates
     "census": "month of the census", "y2012": "year of the previous census", "y1978": "year of the first census",
    }
    ms = [
     M(R, "13,246,394 people", N, "pop", 13246394),
     M(R, "10,515,973", N, "pop2012", 10515973),
     M(R, "51.5%", N, "women_pct", 51.5, cls="pct"),
     M(R, "6,817,664 women and girls", N, "women", 6817664),
     M(R, "6,428,730 men and boys", N, "men", 6428730),
     M(R, "2.3%", N, "growth", 2.3, cls="pct"),
     M(R, "2012", D, "y2012", "2012"),
     M(R, "August 2022", D, "census", "2022-08"),
     M(R, "503 people", N, "density", 503),
     M(R, "1,745,555 people", N, "kigali", 1745555),
     M(R, "69.6 years", N, "life", 69.6, cls="years"),

     M(K, "13.246.394 jiwa", N, "pop", 13246394),
     M(K, "10.515.973 jiwa", N, "pop2012", 10515973),
     M(K, "2012", D, "y2012", "2012"),
     M(K, "2,3 persen", N, "growth", 2.3, cls="pct"),
     M(K, "6.817.664 jiwa", N, "women", 6817664),
     M(K, "51,5 persen", N, "women_pct", 51.5, cls="pct"),
     M(K, "6.428.730 jiwa", N, "men", 6428730),
     M(K, "Agustus 2022", D, "census", "2022-08"),
     M(K, "503 jiwa", N, "density", 503),
     M(K, "1.745.555 jiwa", N, "kigali", 1745555),
     M(K, "69,6 tahun", N, "life", 69.6, cls="years"),

     M(T, "sekitar 13,2 juta jiwa", N, "pop", 13246394, qual="approx"),
     M(T, "sekitar 10,5 juta jiwa", N, "pop2012", 10515973, qual="approx"),
     M(T, "2012", D, "y2012", "2012"),
     M(T, "13.246.394 penduduk", N, "pop", 13246394),
     M(T, "6.817.664 perempuan", N, "women", 6817664),
     M(T, "6.428.730 laki-laki", N, "men", 6428730),
     M(T, "51,5 persen", N, "women_pct", 51.5, cls="pct"),
     M(T, "2,3 persen", N, "growth", 2.3, cls="pct"),
     M(T, "Agustus 2022", D, "census", "2022-08"),
     M(T, "1.745.555 jiwa", N, "kigali", 1745555),
     M(T, "503 jiwa", N, "density", 503),
     M(T, "69,6 tahun", N, "life", 69.6, cls="years"),
     M(T, "lima kali sensus", N, "censuses", 5),
     M(T, "1978", D, "y1978", "1978"),

     M(A, "about 13.2 million people", N, "pop", 13246394, qual="approx"),
     M(A, "2.7 million", N, "added", 2730421, qual="approx"),
     M(A, "2012", D, "y2012", "2012"),
     M(A, "13,246,394", N, "pop", 13246394),
     M(A, "10,515,973", N, "pop2012", 10515973),
     M(A, "2.3 percent", N, "growth", 2.3, cls="pct"),
     M(A, "6,817,664", N, "women", 6817664),
     M(A, "51.5 percent", N, "women_pct", 51.5, cls="pct"),
     M(A, "6,428,730", N, "men", 6428730),
     M(A, "1,745,555 residents", N, "kigali", 1745555),
     M(A, "503 people", N, "density", 503),
     M(A, "69.6 years", N, "life", 69.6, cls="years"),
     M(A, "August 2022", D, "census", "2022-08"),
     M(A, "1978", D, "y1978", "1978"),
    ]
    build("rwanda-census-2022", "The results of Rwanda's fifth population and housing census (control; counted in "
          "August 2022, results published in early 2023): 13,246,394 people (about 13.2 million) against 10,515,973 in "
          "2012, 6,817,664 women and 6,428,730 men (women 51.5%), average yearly growth 2.3%, 503 people per square "
          "kilometre, Kigali 1,745,555, life expectancy 69.6 years, the first census in 1978. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    ferry()
    ebola()
    census()
