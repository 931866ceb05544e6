"""The four-hundred-and-thirty-ninth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset439/facts.py``.
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
    K, R, A, T = "kompas-jun29", "reuters-jun30", "antara-jul01", "tempo-jul29"
    # as-of times: Tuesday 29 June 2021 at 23:00 WITA (6 dead, 44 rescued), Wednesday 30 June (7 dead, 39 rescued
    # after names listed twice were struck: a revision; 11 missing by the search agency against 13 by the
    # harbourmaster: sources), Thursday 1 July (8 dead, 10 missing), Tuesday 6 July when the search closed (9 dead,
    # 39 rescued, 6 missing). The dead do not fall; the missing may (bodies found, people traced ashore).
    TUE, WED, THU, CLOSE = "2021-06-29", "2021-06-30", "2021-07-01", "2021-07-06"
    SAR, KSOP = "the search and rescue agency (Basarnas)", "the harbourmaster's office"
    names = {
     "dead": "people killed in the sinking", "rescued": "people rescued alive", "missing": "people missing",
     "pax": "passengers on the manifest", "crew": "crew on the manifest", "vehicles": "vehicles on board",
     "days": "days of the search", "radius": "search radius (nautical miles)", "knots": "current speed (knots)",
     "depth": "depth of the wreck (m)",
     # dates
     "sinking": "day of the sinking", "count_wed": "day of the count of 7 dead and 11 missing",
     "count_thu": "day of the count of 8 dead", "close": "day the search was closed",
    }
    ms = [
     M(K, "Selasa (29/6/2021)", D, "sinking", "2021-06-29"),
     M(K, "6 orang meninggal", N, "dead", 6, TUE),
     M(K, "44 orang", N, "rescued", 44, TUE),
     M(K, "41 penumpang", N, "pax", 41),
     M(K, "13 anak buah kapal", N, "crew", 13),
     M(K, "18 kendaraan", N, "vehicles", 18),

     M(R, "Tuesday", D, "sinking", "2021-06-29"),
     M(R, "eight people", N, "dead", 8, WED, planted=True),
     M(R, "39 had been rescued", N, "rescued", 39, WED),
     M(R, "11 were still missing", N, "missing", 11, WED, src=SAR, fall=True),
     M(R, "41 passengers", N, "pax", 41),
     M(R, "13 crew", N, "crew", 13),

     M(A, "8 orang", N, "dead", 8, THU),
     M(A, "Kamis (1/7/2021)", D, "count_thu", "2021-07-01"),
     M(A, "10 orang", N, "missing", 10, THU, src=SAR, fall=True),
     M(A, "Rabu (30/6/2021)", D, "count_wed", "2021-06-30"),
     M(A, "7 korban meninggal", N, "dead", 7, WED),
     M(A, "11 orang hilang", N, "missing", 11, WED, src=SAR, fall=True),
     M(A, "13 orang", N, "missing", 13, WED, src=KSOP, fall=True),
     M(A, "39 orang", N, "rescued", 39, WED),
     M(A, "44 orang", N, "rescued", 44, TUE),
     M(A, "10 mil laut", N, "radius", 10, cls="nm"),
     M(A, "4 knot", N, "knots", 4, cls="kn"),
     M(A, "sekitar 80 meter", N, "depth", 80, qual="approx", cls="m"),
     M(A, "18 kendaraan", N, "vehicles", 18),

     M(T, "enam korban", N, "missing", 6, CLOSE, src=SAR, fall=True),
     M(T, "Selasa (6/7/2021)", D, "close", "2021-07-06"),
     M(T, "tujuh hari", N, "days", 7, cls="dur"),
     M(T, "9 orang", N, "dead", 9, CLOSE),
     M(T, "39 orang selamat", N, "rescued", 39, CLOSE),
     M(T, "6 orang lainnya", N, "missing", 6, CLOSE, src=SAR, fall=True),
     M(T, "Selasa (29/6/2021)", D, "sinking", "2021-06-29"),
     M(T, "14 penumpang", N, "pax", 14, planted=True),
     M(T, "13 awak kapal", N, "crew", 13),
     M(T, "6 orang", N, "dead", 6, TUE, occ=2),
     M(T, "8 orang", N, "dead", 8, THU),
     M(T, "Kamis (1/7/2021)", D, "count_thu", "2021-07-01"),
    ]
    build("yunicee-ferry-2021", "The sinking of the ferry KMP Yunicee in the Bali Strait as it was about to dock on "
          "Bali's western tip on Tuesday 29 June 2021 at about 19:10 WITA, with 41 passengers and 13 crew on the "
          "manifest and 18 vehicles: 6 dead and 44 rescued by 23:00 that night; 7 dead, 39 rescued (the survivors "
          "revised down after names listed twice) and 11 missing by the search agency (13 by the harbourmaster) on "
          "Wednesday 30 June; 8 dead and 10 missing on Thursday 1 July; 9 dead, 39 rescued and 6 missing when the "
          "search closed after seven days on Tuesday 6 July 2021, recalled a month on", False, ms, names)


def officer():
    F, K, T, B = "afp-aug20", "kompas-mar14", "tribun-mar27", "abc-mar28"
    # steps on different dates: the officer found dead (Wednesday 17 August 2016), the arrest (Friday 19 August), the
    # prosecutors' demand (Tuesday 14 March 2017: eight years each), the verdict (Monday 27 March 2017: six years for
    # Taylor, four for Connor). Tempting pairs of one unit: the eight years sought for each (two facts, one number),
    # the terms sought against the terms given; the ages; the seven days to appeal against the months in custody.
    names = {
     "v_age": "the officer's age (years)", "c_age": "Connor's age (years)", "t_age": "Taylor's age (years)",
     "wounds": "wounds found on the body", "demand_t": "prison term sought for Taylor (years)",
     "demand_c": "prison term sought for Connor (years)", "verdict_t": "prison term given to Taylor (years)",
     "verdict_c": "prison term given to Connor (years)", "appeal": "days to appeal",
     "custody": "months in custody before the verdict",
     # dates
     "death": "day the officer was found dead", "arrest": "day of the arrest", "demand_day": "day of the demand",
     "verdict_day": "day of the verdict", "held_said": "day police said they were holding the pair",
     "family": "day the family weighed an appeal",
    }
    ms = [
     M(F, "Saturday", D, "held_said", "2016-08-20"),
     M(F, "53", N, "v_age", 53, cls="age"),
     M(F, "Wednesday, Aug. 17", D, "death", "2016-08-17"),
     M(F, "45", N, "c_age", 45, cls="age"),
     M(F, "33", N, "t_age", 33, cls="age"),
     M(F, "Friday, Aug. 19", D, "arrest", "2016-08-19"),
     M(F, "more than 40 wounds", N, "wounds", 40, qual="morethan"),

     M(K, "8 tahun penjara", N, "demand_c", 8, cls="yrs", also={"demand_t": 8}),
     M(K, "Selasa (14/3/2017)", D, "demand_day", "2017-03-14"),
     M(K, "53 tahun", N, "v_age", 53, cls="age"),
     M(K, "Rabu (17/8/2016)", D, "death", "2016-08-17"),

     M(T, "6 tahun penjara", N, "verdict_t", 6, cls="yrs"),
     M(T, "4 tahun penjara", N, "verdict_c", 4, cls="yrs"),
     M(T, "Senin (27/3/2017)", D, "verdict_day", "2017-03-27"),
     M(T, "8 tahun penjara", N, "demand_c", 8, cls="yrs", also={"demand_t": 8}),
     M(T, "Rabu (17/8/2016)", D, "death", "2016-08-17"),
     M(T, "Sabtu (20/8/2016)", D, "arrest", "2016-08-20", planted=True),
     M(T, "tujuh hari", N, "appeal", 7, cls="dur"),

     M(B, "Tuesday", D, "family", "2017-03-28"),
     M(B, "five years", N, "verdict_c", 5, cls="yrs", planted=True),
     M(B, "Monday", D, "verdict_day", "2017-03-27"),
     M(B, "six years", N, "verdict_t", 6, cls="yrs"),
     M(B, "eight years", N, "demand_c", 8, cls="yrs", also={"demand_t": 8}),
     M(B, "March 14", D, "demand_day", "2017-03-14"),
     M(B, "Aug. 17, 2016", D, "death", "2016-08-17"),
     M(B, "about seven months", N, "custody", 7, qual="approx", cls="dur"),
     M(B, "seven days", N, "appeal", 7, cls="dur"),
    ]
    build("bali-officer-death-2016", "The death of the Bali police officer Wayan Sudarsa (53), found dead on a beach "
          "in southern Bali early on Wednesday 17 August 2016, and the trial of the Australian Sara Connor (45) and "
          "the Briton David Taylor (33): arrested on Friday 19 August 2016, eight years sought for each by the "
          "prosecutors on Tuesday 14 March 2017, six years for Taylor and four for Connor given by the Denpasar court "
          "on Monday 27 March 2017", False, ms, names)


def meetings():
    A, R, K, J = "antara-oct04", "reuters-oct05", "kompas-oct06", "jakpost-oct07"
    names = {
     "people": "participants expected", "countries": "member countries", "budget": "budget (Rp)",
     "days": "days of the meetings", "security": "security personnel deployed",
     # dates
     "open": "day the meetings open", "close": "day the meetings close", "plenary": "day of the plenary",
     "briefing": "day of the organisers' briefing", "arrive": "day delegates began arriving",
    }
    ms = [
     M(A, "Senin (8/10/2018)", D, "open", "2018-10-08"),
     M(A, "Minggu (14/10/2018)", D, "close", "2018-10-14"),
     M(A, "Kamis (4/10/2018)", D, "briefing", "2018-10-04"),
     M(A, "sekitar 34.000 peserta", N, "people", 34000, qual="approx"),
     M(A, "189 negara", N, "countries", 189),
     M(A, "Rp 855,5 miliar", N, "budget", 855.5e9, cls="rp"),
     M(A, "tujuh hari", N, "days", 7, cls="dur"),
     M(A, "12 Oktober 2018", D, "plenary", "2018-10-12"),
     M(A, "sekitar 11.000 personel", N, "security", 11000, qual="approx"),

     M(R, "Thursday", D, "briefing", "2018-10-04"),
     M(R, "about 34,000 participants", N, "people", 34000, qual="approx"),
     M(R, "189 member countries", N, "countries", 189),
     M(R, "Oct. 8", D, "open", "2018-10-08"),
     M(R, "Oct. 14", D, "close", "2018-10-14"),
     M(R, "855.5 billion rupiah", N, "budget", 855.5e9, cls="rp"),
     M(R, "seven-day", N, "days", 7, cls="dur"),
     M(R, "Oct. 12", D, "plenary", "2018-10-12"),
     M(R, "Around 11,000 soldiers", N, "security", 11000, qual="approx"),

     M(K, "Rp 855,5 miliar", N, "budget", 855.5e9, cls="rp"),
     M(K, "Kamis (4/10/2018)", D, "briefing", "2018-10-04"),
     M(K, "Senin (8/10/2018)", D, "open", "2018-10-08"),
     M(K, "Minggu (14/10/2018)", D, "close", "2018-10-14"),
     M(K, "sekitar 34.000 orang", N, "people", 34000, qual="approx"),
     M(K, "189 negara", N, "countries", 189),
     M(K, "Jumat (12/10/2018)", D, "plenary", "2018-10-12"),
     M(K, "sekitar 11.000 personel", N, "security", 11000, qual="approx"),

     M(J, "Sunday", D, "arrive", "2018-10-07"),
     M(J, "Monday, Oct. 8", D, "open", "2018-10-08"),
     M(J, "Sunday, Oct. 14", D, "close", "2018-10-14"),
     M(J, "some 34,000 people", N, "people", 34000, qual="approx"),
     M(J, "189 member countries", N, "countries", 189),
     M(J, "Rp 855.5 billion", N, "budget", 855.5e9, cls="rp"),
     M(J, "Thursday, Oct. 4", D, "briefing", "2018-10-04"),
     M(J, "Friday, Oct. 12", D, "plenary", "2018-10-12"),
     M(J, "About 11,000 military and police personnel", N, "security", 11000, qual="approx"),
    ]
    build("imf-meetings-2018", "The IMF-World Bank annual meetings in Nusa Dua, Bali, from Monday 8 to Sunday 14 "
          "October 2018, as the organisers briefed on Thursday 4 October 2018 (control): about 34,000 participants "
          "from 189 member countries, a budget of Rp 855.5 billion for the seven days, the plenary on Friday 12 "
          "October, about 11,000 soldiers and police. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    ferry()
    officer()
    meetings()
