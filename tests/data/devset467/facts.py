"""The four-hundred-and-sixty-seventh development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day. A time of day is a number
of class "clock", in decimal hours of the event's local time (a time given in WIB is converted: Bolivia is WIB less
11 hours, Peru WIB less 12 hours).
Run from the repository root after changing an article: ``python tests/data/devset467/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def oruro():
    R, K, A, P = "reuters-feb11", "kompas-feb12", "antara-feb14", "apnews-mar12"
    # two blasts in Oruro, Bolivia (local time UTC-4, WIB less 11 hours): a gas canister at a food stall on Saturday
    # 10 February 2018 at 20:40, and a second blast a few blocks away on Tuesday 13 February at 21:15. The first
    # blast's dead rise: at least 4 by 23:00 on Saturday, 7 by 10:00 on Sunday 11 February, 8 by Monday 12 February;
    # its injured: about 40 by the police on Saturday night, 47 by the health service on Sunday. The second blast's
    # dead: 5 by a city official at 23:00 on Tuesday, revised down to 4 on Wednesday 14 February after a double count
    # (a revision), so the two blasts' dead 13 -> 12 (a revision); its injured: 10 by the police against 14 by the
    # health service (sources). The police said on Wednesday 14 February that explosives were used.
    SAT23, SUN10, SUN, MON, TUE23, WED = ("2018-02-10T23", "2018-02-11T10", "2018-02-11T12", "2018-02-12",
                                         "2018-02-13T23", "2018-02-14")
    POL, HEALTH = "the police", "the city's health service"
    names = {
     "dead1": "people killed by the first blast", "inj1": "people injured by the first blast",
     "dead2": "people killed by the second blast", "inj2": "people injured by the second blast",
     "dead_all": "people killed by the two blasts", "lapaz": "distance of Oruro from La Paz (km)",
     "gap": "days between the two blasts",
     "t_blast1": "time of the first blast", "t_blast2": "time of the second blast",
     "t_asof_sat": "as-of time of the Saturday night count", "t_asof_sun": "as-of time of the Sunday count",
     "t_asof_tue": "as-of time of the Tuesday night count",
     # dates
     "blast1": "day of the first blast", "blast2": "day of the second blast", "count_sun": "day of the count of 47",
     "count_mon": "day of the count of eight", "police": "day the police named explosives",
    }
    ms = [
     M(R, "Saturday", D, "blast1", "2018-02-10"),
     M(R, "seven people", N, "dead1", 7, SUN10),
     M(R, "8:40 p.m.", N, "t_blast1", 20.6667, cls="clock"),
     M(R, "11 p.m.", N, "t_asof_sat", 23, cls="clock"),
     M(R, "at least four deaths", N, "dead1", 4, SAT23, qual="atleast"),
     M(R, "seven dead", N, "dead1", 7, SUN10),
     M(R, "10 a.m.", N, "t_asof_sun", 10, cls="clock"),
     M(R, "47 people", N, "inj1", 47, SUN),
     M(R, "Sunday", D, "count_sun", "2018-02-11"),
     M(R, "about 40", N, "inj1", 40, SAT23, qual="approx"),
     M(R, "about 230 km", N, "lapaz", 230, qual="approx", cls="km"),

     M(K, "delapan orang", N, "dead1", 8, MON),
     M(K, "Senin (12/2/2018)", D, "count_mon", "2018-02-12"),
     M(K, "Sabtu (10/2/2018)", D, "blast1", "2018-02-10"),
     M(K, "sekitar pukul 20.40", N, "t_blast1", 20.6667, qual="approx", cls="clock"),
     M(K, "pukul 07.40 WIB", N, "t_blast1", 20.6667, cls="clock"),
     M(K, "74 orang", N, "inj1", 74, SUN, planted=True),
     M(K, "Minggu (11/2/2018)", D, "count_sun", "2018-02-11"),
     M(K, "sekitar 230 kilometer", N, "lapaz", 230, qual="approx", cls="km"),

     M(A, "Selasa (13/2/2018)", D, "blast2", "2018-02-13"),
     M(A, "tiga hari", N, "gap", 3, cls="dur"),
     M(A, "delapan orang", N, "dead1", 8, MON),
     M(A, "sekitar pukul 21.15", N, "t_blast2", 21.25, qual="approx", cls="clock"),
     M(A, "pukul 08.15 WIB", N, "t_blast2", 21.25, cls="clock"),
     M(A, "pukul 23.00", N, "t_asof_tue", 23, cls="clock"),
     M(A, "lima orang tewas", N, "dead2", 5, TUE23),
     M(A, "10 orang luka-luka", N, "inj2", 10, TUE23, src=POL),
     M(A, "13 orang", N, "dead_all", 13, TUE23),
     M(A, "Sabtu (10/2/2018)", D, "blast1", "2018-02-10"),
     M(A, "sekitar pukul 20.40", N, "t_blast1", 20.6667, qual="approx", cls="clock"),
     M(A, "47 orang", N, "inj1", 47, SUN),

     M(P, "12 people", N, "dead_all", 12, WED),
     M(P, "about 9:40 p.m.", N, "t_blast1", 21.6667, qual="approx", cls="clock", planted=True),
     M(P, "Feb. 10", D, "blast1", "2018-02-10"),
     M(P, "eight people", N, "dead1", 8, MON),
     M(P, "47 people", N, "inj1", 47, SUN),
     M(P, "Three days", N, "gap", 3, cls="dur"),
     M(P, "around 9:15 p.m.", N, "t_blast2", 21.25, qual="approx", cls="clock"),
     M(P, "Feb. 13", D, "blast2", "2018-02-13"),
     M(P, "four more", N, "dead2", 4, WED),
     M(P, "five", N, "dead2", 5, TUE23),
     M(P, "Feb. 14", D, "police", "2018-02-14"),
     M(P, "14 people", N, "inj2", 14, WED, src=HEALTH),
     M(P, "ten", N, "inj2", 10, TUE23, src=POL),
    ]
    build("oruro-carnival-blasts-2018", "Two blasts at the carnival of Oruro, Bolivia: a street vendor's gas canister "
          "near the opening parade on Saturday 10 February 2018 at 20:40 local time, its dead rising from at least 4 "
          "by 23:00 to 7 by 10:00 on Sunday and 8 by Monday 12 February, its injured from about 40 to 47; and a second "
          "blast a few blocks away on Tuesday 13 February at 21:15, put at 5 dead at 23:00 and revised down to 4 the "
          "next day after a double count (the two blasts' dead 13 -> 12), its injured 10 by the police against 14 by "
          "the health service; explosives named by the police on Wednesday 14 February", False, ms, names)


def humala():
    R, K, T, A = "reuters-apr15", "kompas-apr16", "tempo-apr17", "antara-may12"
    # steps on different dates: the trial opened (February 2022), the verdict (Tuesday 15 April 2025: 15 years each
    # for Ollanta Humala and Nadine Heredia; the reading began at 09:00 and the terms were announced at about 15:40
    # Lima time, WIB less 12 hours), Brazil's asylum the same evening (a statement's day next to the verdict's:
    # not_conflict), Heredia's flight to Brasilia on Wednesday 16 April at 10:25, the appeal by May. Tempting pairs
    # of one unit: the 15 years given against the 20 and 26.5 years sought, the five years in office and the five
    # years between demand and verdict; the two ages.
    names = {
     "sent_h": "Humala's prison term (years)", "sent_n": "Heredia's prison term (years)",
     "dem_h": "prison term sought for Humala (years)", "dem_n": "prison term sought for Heredia (years)",
     "age_h": "Humala's age (years)", "age_n": "Heredia's age (years)", "term": "Humala's years in office",
     "trial_len": "length of the trial (years)", "gap_h": "years between the demand and Humala's term",
     "funds": "money from the Brazilian construction firm (US$ million)",
     "t_read": "time the reading of the verdict began", "t_sent": "time the prison terms were announced",
     "t_prison": "time Humala reached the prison", "t_dep": "time Heredia's plane took off",
     # dates
     "verdict": "day of the verdict", "asylum": "day Brazil announced the asylum", "flight": "day Heredia flew to Brazil",
     "trial": "month the trial opened", "camp2011": "year of the campaign funded by the firm",
     "camp2006": "year of the campaign funded by Venezuela",
    }
    ms = [
     M(R, "Tuesday", D, "verdict", "2025-04-15"),
     M(R, "15 years", N, "sent_h", 15, cls="yrs", also={"sent_n": 15}),
     M(R, "9 a.m.", N, "t_read", 9, cls="clock"),
     M(R, "about 3:40 p.m.", N, "t_sent", 15.6667, qual="approx", cls="clock"),
     M(R, "62", N, "age_h", 62, cls="age"),
     M(R, "five years", N, "term", 5, cls="yrs"),
     M(R, "48", N, "age_n", 48, cls="age"),
     M(R, "20 years", N, "dem_h", 20, cls="yrs"),
     M(R, "26 and a half years", N, "dem_n", 26.5, cls="yrs"),
     M(R, "$4 million", N, "funds", 4, cls="usd", planted=True),
     M(R, "2011", D, "camp2011", "2011"),
     M(R, "2006", D, "camp2006", "2006"),
     M(R, "February 2022", D, "trial", "2022-02"),

     M(K, "15 tahun penjara", N, "sent_h", 15, cls="yrs", also={"sent_n": 15}),
     M(K, "Selasa (15/4/2025)", D, "verdict", "2025-04-15"),
     M(K, "pukul 09.00", N, "t_read", 9, cls="clock"),
     M(K, "sekitar pukul 15.40", N, "t_sent", 15.6667, qual="approx", cls="clock"),
     M(K, "20 tahun penjara", N, "dem_h", 20, cls="yrs"),
     M(K, "26 tahun 6 bulan", N, "dem_n", 26.5, cls="yrs"),
     M(K, "US$ 3 juta", N, "funds", 3, cls="usd"),
     M(K, "2011", D, "camp2011", "2011"),
     M(K, "2006", D, "camp2006", "2006"),
     M(K, "62 tahun", N, "age_h", 62, cls="age"),
     M(K, "sekitar pukul 19.30", N, "t_prison", 19.5, qual="approx", cls="clock"),
     M(K, "Februari 2022", D, "trial", "2022-02"),
     M(K, "lebih dari tiga tahun", N, "trial_len", 3, qual="morethan", cls="yrs"),
     M(K, "lima tahun", N, "term", 5, cls="yrs"),

     M(T, "Rabu (16/4/2025)", D, "flight", "2025-04-16"),
     M(T, "pukul 10.25", N, "t_dep", 10.4167, cls="clock"),
     M(T, "pukul 22.25 WIB", N, "t_dep", 10.4167, cls="clock"),
     M(T, "15 tahun penjara", N, "sent_n", 15, cls="yrs"),
     M(T, "Selasa (15/4/2025)", D, "verdict", "2025-04-15"),
     M(T, "sekitar pukul 15.40", N, "t_sent", 15.6667, qual="approx", cls="clock"),
     M(T, "Selasa", D, "asylum", "2025-04-15", occ=2),
     M(T, "15 tahun", N, "sent_h", 15, cls="yrs", occ=2),
     M(T, "US$ 3 juta", N, "funds", 3, cls="usd"),
     M(T, "2011", D, "camp2011", "2011"),

     M(A, "15 tahun penjara", N, "sent_h", 15, cls="yrs"),
     M(A, "Selasa (15/4/2025)", D, "verdict", "2025-04-15"),
     M(A, "sekitar pukul 15.40", N, "t_sent", 15.6667, qual="approx", cls="clock"),
     M(A, "sekitar pukul 03.40 WIB", N, "t_sent", 15.6667, qual="approx", cls="clock"),
     M(A, "Kamis (17/4/2025)", D, "flight", "2025-04-17", planted=True),
     M(A, "sekitar pukul 10.30", N, "t_dep", 10.5, qual="approx", cls="clock"),
     M(A, "20 tahun penjara", N, "dem_h", 20, cls="yrs"),
     M(A, "lima tahun", N, "gap_h", 5, cls="yrs"),
     M(A, "26 tahun 6 bulan", N, "dem_n", 26.5, cls="yrs"),
     M(A, "US$ 3 juta", N, "funds", 3, cls="usd"),
     M(A, "62 tahun", N, "age_h", 62, cls="age"),
     M(A, "Februari 2022", D, "trial", "2022-02"),
    ]
    build("humala-heredia-verdict-2025", "The money-laundering verdict against Peru's former president Ollanta Humala "
          "and his wife Nadine Heredia: a trial opened in February 2022, 20 years sought for him and 26 years 6 months "
          "for her, US$ 3 million from a Brazilian construction firm for the 2011 campaign and Venezuelan money for "
          "the 2006 one; on Tuesday 15 April 2025 the reading began at 09:00 and 15 years each were given at about "
          "15:40 Lima time; Humala taken to prison, Heredia granted asylum by Brazil that evening and flown to "
          "Brasilia on Wednesday 16 April at 10:25; Humala's appeal by May 2025", False, ms, names)


def vat():
    R, K, A, P = "reuters-mar14", "kompas-mar15", "antara-mar28", "apnews-apr01"
    names = {
     "vat_new": "VAT rate from 1 April (%)", "vat_old": "VAT rate before (%)", "vat_constr": "rate on building materials (%)",
     "vat_basic": "rate on basic goods (%)", "floor": "lowest rate the law allows (%)", "cap": "highest rate the law allows (%)",
     "pp": "rise (percentage points)", "infl": "expected effect on inflation (percentage points)",
     "revenue": "expected revenue a year (US$ billion)",
     # dates
     "announce": "day of the announcement", "effective": "day the new rate took effect",
    }
    ms = [
     M(R, "15%", N, "vat_new", 15, cls="pct"),
     M(R, "12%", N, "vat_old", 12, cls="pct"),
     M(R, "April 1", D, "effective", "2024-04-01"),
     M(R, "Thursday", D, "announce", "2024-03-14"),
     M(R, "three percentage points", N, "pp", 3, cls="pp"),
     M(R, "about $1.3 billion", N, "revenue", 1.3, qual="approx", cls="usdbn"),
     M(R, "5%", N, "vat_constr", 5, cls="pct"),
     M(R, "13%", N, "floor", 13, cls="pct"),
     M(R, "15%", N, "cap", 15, cls="pct", occ=2),
     M(R, "around one percentage point", N, "infl", 1, qual="approx", cls="pp"),

     M(K, "12 persen", N, "vat_old", 12, cls="pct"),
     M(K, "15 persen", N, "vat_new", 15, cls="pct"),
     M(K, "Senin (1/4/2024)", D, "effective", "2024-04-01"),
     M(K, "Kamis (14/3/2024)", D, "announce", "2024-03-14"),
     M(K, "sekitar US$ 1,3 miliar", N, "revenue", 1.3, qual="approx", cls="usdbn"),
     M(K, "5 persen", N, "vat_constr", 5, cls="pct"),
     M(K, "13 persen", N, "floor", 13, cls="pct"),
     M(K, "15 persen", N, "cap", 15, cls="pct", occ=2),
     M(K, "tiga poin persentase", N, "pp", 3, cls="pp"),

     M(A, "15 persen", N, "vat_new", 15, cls="pct"),
     M(A, "12 persen", N, "vat_old", 12, cls="pct"),
     M(A, "1 April 2024", D, "effective", "2024-04-01"),
     M(A, "Kamis (14/3/2024)", D, "announce", "2024-03-14"),
     M(A, "tiga poin persentase", N, "pp", 3, cls="pp"),
     M(A, "sekitar US$ 1,3 miliar", N, "revenue", 1.3, qual="approx", cls="usdbn"),
     M(A, "5 persen", N, "vat_constr", 5, cls="pct"),
     M(A, "nol persen", N, "vat_basic", 0, cls="pct"),
     M(A, "sekitar satu poin persentase", N, "infl", 1, qual="approx", cls="pp"),
     M(A, "12 persen", N, "vat_old", 12, cls="pct", occ=2),
     M(A, "13 persen", N, "floor", 13, cls="pct"),
     M(A, "15 persen", N, "cap", 15, cls="pct", occ=2),

     M(P, "15%", N, "vat_new", 15, cls="pct"),
     M(P, "Monday", D, "effective", "2024-04-01"),
     M(P, "12%", N, "vat_old", 12, cls="pct"),
     M(P, "March 14", D, "announce", "2024-03-14"),
     M(P, "three percentage points", N, "pp", 3, cls="pp"),
     M(P, "about $1.3 billion", N, "revenue", 1.3, qual="approx", cls="usdbn"),
     M(P, "5%", N, "vat_constr", 5, cls="pct"),
     M(P, "13%", N, "floor", 13, cls="pct"),
     M(P, "15%", N, "cap", 15, cls="pct", occ=2),
     M(P, "around one percentage point", N, "infl", 1, qual="approx", cls="pp"),
    ]
    build("ecuador-vat-rise-2024", "Ecuador's rise of its value-added tax from 12% to 15% to pay for its fight "
          "against armed gangs, announced on Thursday 14 March 2024 and in force from Monday 1 April 2024 (control): "
          "three percentage points, about US$ 1.3 billion a year, building materials at 5% and basic goods at 0%, "
          "a law allowing a rate between 13% and 15%, about one percentage point on inflation. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    oruro()
    humala()
    vat()
