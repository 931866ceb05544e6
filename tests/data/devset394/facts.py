"""The three-hundred-and-ninety-fourth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset394/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def phuket():
    R, K, T, A = "reuters-sep17", "kompas-sep18", "tempo-sep20", "ap-jul23"
    # as-of times of the running tallies: late on Sunday 16 September 2007 (89 dead), Monday 17 September (the
    # figure lowered to 88 because some bodies had been counted twice: a revision), Tuesday 18 September (89 again
    # after an injured passenger died), Wednesday 19 September (89), and the suspension of Tuesday 22 July 2008
    # (90 dead, the final toll). The survivors fall as the dead rise (42 -> 41 -> 40): a count that may fall. The
    # injured still in hospital are given by the provincial health office (26) and by the airport (29): sources.
    SUNN, MON, TUE, WED, FINAL = "2007-09-16b", "2007-09-17", "2007-09-18", "2007-09-19", "2008-07-22"
    HEALTH, AIRPORT = "the Phuket provincial health office", "the Phuket airport authority"
    names = {
     "dead": "people killed in the crash", "survivors": "survivors of the crash", "aboard": "people aboard",
     "passengers": "passengers aboard", "crew": "crew aboard", "hosp": "injured still in hospital",
     "dead1998": "dead in the Thai Airways crash of 1998", "susp_days": "days of the airline's suspension",
     # dates
     "crash": "day of the crash", "count_sun": "day of the first count of 89", "count_mon": "day of the count of 88",
     "count_tue": "day of the count of 89 on Tuesday", "count_wed": "day of the count of 89 on Wednesday",
     "order": "day the transport minister ordered checks", "recorders": "day the recorders were flown out",
     "tg261": "month of the Thai Airways crash near Surat Thani", "suspension": "day of the airline's suspension",
    }
    ms = [
     M(R, "Monday", D, "count_mon", "2007-09-17"),
     M(R, "88", N, "dead", 88, MON),
     M(R, "89", N, "dead", 89, SUNN),
     M(R, "Sunday night", D, "count_sun", "2007-09-16"),
     M(R, "123 passengers", N, "passengers", 123),
     M(R, "seven crew", N, "crew", 7),
     M(R, "130 people", N, "aboard", 130),
     M(R, "Sunday afternoon", D, "crash", "2007-09-16"),
     M(R, "42 survivors", N, "survivors", 42, MON, fall=True),
     M(R, "26 of them", N, "hosp", 26, MON, src=HEALTH),
     M(R, "Monday", D, "order", "2007-09-17", occ=2),
     M(R, "December 1998", D, "tg261", "1998-12"),
     M(R, "101 people", N, "dead1998", 101),

     M(K, "89 orang", N, "dead", 89, TUE),
     M(K, "Selasa (18/9/2007)", D, "count_tue", "2007-09-18"),
     M(K, "Senin", D, "count_mon", "2007-09-17"),
     M(K, "88 orang", N, "dead", 88, MON),
     M(K, "Sabtu (15/9/2007)", D, "crash", "2007-09-15", planted=True),
     M(K, "130 orang", N, "aboard", 130),
     M(K, "123 penumpang", N, "passengers", 123),
     M(K, "tujuh awak", N, "crew", 7),
     M(K, "41 orang", N, "survivors", 41, TUE, fall=True),
     M(K, "29 korban luka", N, "hosp", 29, TUE, src=AIRPORT),
     M(K, "Desember 1998", D, "tg261", "1998-12"),
     M(K, "101 orang", N, "dead1998", 101),

     M(T, "Minggu (16/9/2007)", D, "crash", "2007-09-16"),
     M(T, "Rabu", D, "count_wed", "2007-09-19"),
     M(T, "89 orang", N, "dead", 89, WED),
     M(T, "130 orang", N, "aboard", 130),
     M(T, "123 penumpang", N, "passengers", 123),
     M(T, "tujuh awak", N, "crew", 7),
     M(T, "Selasa lalu", D, "recorders", "2007-09-18"),

     M(A, "30 days", N, "susp_days", 30, cls="dur"),
     M(A, "90 people", N, "dead", 90, FINAL),
     M(A, "Tuesday", D, "suspension", "2008-07-22"),
     M(A, "132 passengers", N, "passengers", 132, planted=True),
     M(A, "seven crew", N, "crew", 7),
     M(A, "Sept. 16", D, "crash", "2007-09-16"),
     M(A, "Forty", N, "survivors", 40, FINAL, fall=True),
     M(A, "December 1998", D, "tg261", "1998-12"),
     M(A, "101 people", N, "dead1998", 101),
    ]
    build("og269-phuket-2007", "The crash of One-Two-Go Airlines flight OG269 at Phuket airport on Sunday 16 "
          "September 2007 (123 passengers and seven crew, 130 aboard): 89 dead late on Sunday, lowered to 88 on Monday "
          "17 September (bodies counted twice), 89 again on Tuesday 18 and Wednesday 19 September, 90 in the end, with "
          "42 -> 41 -> 40 survivors; the injured in hospital counted by the provincial health office (26) and the "
          "airport (29); the transport minister's order of checks on Monday 17 September, the recorders flown to the "
          "United States on Tuesday 18 September; the Department of Civil Aviation's 30-day suspension of the airline "
          "on Tuesday 22 July 2008; the Thai Airways crash near Surat Thani of December 1998 (101 dead) as another "
          "event", False, ms, names)


def lahad_datu():
    R, K, T, S = "reuters-mar02", "kompas-mar04", "antara-mar08", "thestar-mar26"
    # as-of times of the running tallies: the security forces' dead (eight from the Semporna ambush on, as of Monday
    # 4 March, Thursday 7 March and Monday 11 March 2013) and the gunmen killed since the intrusion began (31 as of
    # Thursday 7 March, 52 as of Monday 11 March). The toll of the first clash (two commandos, 12 gunmen) and of the
    # Semporna ambush (six policemen) are fixed counts of one day. The group's size is estimated by the Malaysian
    # police (about 100) and by the sultanate's spokesman (235): sources.
    MAR4, MAR7, MAR11 = "2013-03-04", "2013-03-07", "2013-03-11"
    POLICE, SULTANATE = "the Malaysian police", "the Sulu sultanate's spokesman"
    names = {
     "commandos": "commandos killed in the first clash", "gunmen_mar1": "gunmen killed in the first clash",
     "police_semporna": "policemen killed in the Semporna ambush", "sec_dead": "security forces killed in all",
     "gunmen_total": "gunmen killed since the intrusion began", "group": "armed men in the group",
     "cession": "ringgit paid each year to the sultanate's heirs",
     # dates
     "clash": "day of the first clash at Tanduo", "landing": "day the group landed", "ambush": "day of the Semporna "
     "ambush", "ph_statement": "day of the Philippine government's statement", "count_mar4": "day of the count of 8",
     "count_mar7": "day of the count of 31", "count_mar11": "day of the count of 52", "ops": "day Ops Daulat began",
     "sabah_join": "year Sabah joined Malaysia", "lease": "year of the lease agreement",
    }
    ms = [
     M(R, "Two commandos", N, "commandos", 2),
     M(R, "12 gunmen", N, "gunmen_mar1", 12),
     M(R, "Friday", D, "clash", "2013-03-01"),
     M(R, "Feb. 12", D, "landing", "2013-02-12"),
     M(R, "about 100 armed men", N, "group", 100, qual="approx", src=POLICE),
     M(R, "Saturday", D, "ph_statement", "2013-03-02"),
     M(R, "1963", D, "sabah_join", "1963"),
     M(R, "5,300 ringgit", N, "cession", 5300, cls="myr"),
     M(R, "Friday morning", D, "clash", "2013-03-01"),

     M(K, "Enam polisi", N, "police_semporna", 6),
     M(K, "Sabtu (2/3/2013)", D, "ambush", "2013-03-02"),
     M(K, "Senin (4/3/2013)", D, "count_mar4", "2013-03-04"),
     M(K, "delapan anggota", N, "sec_dead", 8, MAR4),
     M(K, "Jumat pekan lalu", D, "clash", "2013-03-01"),
     M(K, "dua komando", N, "commandos", 2),
     M(K, "12 orang", N, "gunmen_mar1", 12),
     M(K, "12 Februari", D, "landing", "2013-02-12"),
     M(K, "1963", D, "sabah_join", "1963"),
     M(K, "5.300 ringgit", N, "cession", 5300, cls="myr"),

     M(T, "31 orang", N, "gunmen_total", 31, MAR7),
     M(T, "Kamis (7/3/2013)", D, "count_mar7", "2013-03-07"),
     M(T, "Rabu (6/3/2013)", D, "ops", "2013-03-06", planted=True),
     M(T, "235 orang", N, "group", 235, src=SULTANATE),
     M(T, "delapan anggota", N, "sec_dead", 8, MAR7),
     M(T, "1 Maret", D, "clash", "2013-03-01"),
     M(T, "12 Februari", D, "landing", "2013-02-12"),

     M(S, "52 gunmen", N, "gunmen_total", 52, MAR11),
     M(S, "March 11", D, "count_mar11", "2013-03-11"),
     M(S, "eight men", N, "sec_dead", 8, MAR11),
     M(S, "two commandos", N, "commandos", 2),
     M(S, "March 1", D, "clash", "2013-03-01"),
     M(S, "six policemen", N, "police_semporna", 6),
     M(S, "21 gunmen", N, "gunmen_mar1", 21, planted=True),
     M(S, "March 5", D, "ops", "2013-03-05"),
     M(S, "Feb 12", D, "landing", "2013-02-12"),
     M(S, "5,300 ringgit", N, "cession", 5300, cls="myr"),
     M(S, "1878", D, "lease", "1878"),
    ]
    build("lahad-datu-2013", "The armed intrusion of the Sulu sultanate's followers at Kampung Tanduo, Lahad Datu, "
          "Sabah (landing on 12 February 2013): the first clash on Friday 1 March 2013 (two commandos and 12 gunmen "
          "killed), the Semporna ambush on Saturday 2 March (six policemen killed; eight security forces dead in all), "
          "Ops Daulat from Tuesday 5 March with air strikes, the gunmen killed rising to 31 by Thursday 7 March and 52 "
          "by Monday 11 March (recalled in a report of 26 March); the group's size put at about 100 by the police and at 235 by the sultanate's "
          "spokesman; Sabah in Malaysia since 1963, the 1878 lease and its yearly 5,300 ringgit", False, ms, names)


def budget():
    R, S, K, T = "reuters-feb18", "straitstimes-feb19", "kompas-feb21", "antara-feb20"
    names = {
     "pkg": "the whole package (S$ billion)", "ssp": "the Stabilisation and Support Package (S$ billion)",
     "csp": "the Care and Support Package (S$ billion)", "front": "the sum for front-line agencies (S$ billion)",
     "deficit": "the expected deficit (S$ billion)", "def_gdp": "the deficit as a share of GDP (%)",
     "jss": "the Jobs Support Scheme's wage offset (%)", "jss_cap": "the monthly wage the offset covers (S$)",
     "jss_months": "months of the wage offset", "gst_now": "the GST rate now (%)", "gst_new": "the GST rate planned (%)",
     # dates
     "budget_day": "day of the budget", "gst_not": "year the GST rise will not happen",
     "gst_from": "first year of the GST rise window", "gst_to": "last year of the GST rise window",
    }
    ms = [
     M(R, "S$6.4 billion", N, "pkg", 6.4, cls="bn"),
     M(R, "Tuesday", D, "budget_day", "2020-02-18"),
     M(R, "S$10.9 billion", N, "deficit", 10.9, cls="bn"),
     M(R, "2.1%", N, "def_gdp", 2.1, cls="pct"),
     M(R, "S$4 billion", N, "ssp", 4, cls="bn"),
     M(R, "S$1.6 billion", N, "csp", 1.6, cls="bn"),
     M(R, "S$800 million", N, "front", 0.8, cls="bn"),
     M(R, "8%", N, "jss", 8, cls="pct"),
     M(R, "S$3,600", N, "jss_cap", 3600, cls="sgd"),
     M(R, "three months", N, "jss_months", 3, cls="dur"),
     M(R, "7%", N, "gst_now", 7, cls="pct"),
     M(R, "9%", N, "gst_new", 9, cls="pct"),
     M(R, "2021", D, "gst_not", "2021"),
     M(R, "2022", D, "gst_from", "2022"),
     M(R, "2025", D, "gst_to", "2025"),

     M(S, "S$6.4 billion", N, "pkg", 6.4, cls="bn"),
     M(S, "Tuesday (Feb 18)", D, "budget_day", "2020-02-18"),
     M(S, "S$4 billion", N, "ssp", 4, cls="bn"),
     M(S, "S$1.6 billion", N, "csp", 1.6, cls="bn"),
     M(S, "S$800 million", N, "front", 0.8, cls="bn"),
     M(S, "8 per cent", N, "jss", 8, cls="pct"),
     M(S, "S$3,600", N, "jss_cap", 3600, cls="sgd"),
     M(S, "three months", N, "jss_months", 3, cls="dur"),
     M(S, "S$10.9 billion", N, "deficit", 10.9, cls="bn"),
     M(S, "2.1 per cent", N, "def_gdp", 2.1, cls="pct"),
     M(S, "7 per cent", N, "gst_now", 7, cls="pct"),
     M(S, "2021", D, "gst_not", "2021"),
     M(S, "9 per cent", N, "gst_new", 9, cls="pct"),
     M(S, "2022", D, "gst_from", "2022"),
     M(S, "2025", D, "gst_to", "2025"),

     M(K, "6,4 miliar dolar Singapura", N, "pkg", 6.4, cls="bn"),
     M(K, "Selasa (18/2/2020)", D, "budget_day", "2020-02-18"),
     M(K, "4 miliar dolar Singapura", N, "ssp", 4, cls="bn"),
     M(K, "1,6 miliar dolar Singapura", N, "csp", 1.6, cls="bn"),
     M(K, "800 juta dolar Singapura", N, "front", 0.8, cls="bn"),
     M(K, "10,9 miliar dolar Singapura", N, "deficit", 10.9, cls="bn"),
     M(K, "2,1 persen", N, "def_gdp", 2.1, cls="pct"),
     M(K, "8 persen", N, "jss", 8, cls="pct"),
     M(K, "3.600 dolar Singapura", N, "jss_cap", 3600, cls="sgd"),
     M(K, "tiga bulan", N, "jss_months", 3, cls="dur"),
     M(K, "7 persen", N, "gst_now", 7, cls="pct"),
     M(K, "9 persen", N, "gst_new", 9, cls="pct"),
     M(K, "2021", D, "gst_not", "2021"),
     M(K, "2022", D, "gst_from", "2022"),
     M(K, "2025", D, "gst_to", "2025"),

     M(T, "sekitar 6,4 miliar dolar Singapura", N, "pkg", 6.4, qual="approx", cls="bn"),
     M(T, "Selasa lalu", D, "budget_day", "2020-02-18"),
     M(T, "hampir 11 miliar dolar Singapura", N, "deficit", 11, qual="nearly", cls="bn"),
     M(T, "2,1 persen", N, "def_gdp", 2.1, cls="pct"),
     M(T, "800 juta dolar Singapura", N, "front", 0.8, cls="bn"),
     M(T, "8 persen", N, "jss", 8, cls="pct"),
     M(T, "3.600 dolar Singapura", N, "jss_cap", 3600, cls="sgd"),
     M(T, "tiga bulan", N, "jss_months", 3, cls="dur"),
     M(T, "1,6 miliar dolar Singapura", N, "csp", 1.6, cls="bn"),
     M(T, "4 miliar dolar Singapura", N, "ssp", 4, cls="bn"),
     M(T, "7 persen", N, "gst_now", 7, cls="pct"),
     M(T, "9 persen", N, "gst_new", 9, cls="pct"),
     M(T, "2021", D, "gst_not", "2021"),
     M(T, "2022", D, "gst_from", "2022"),
     M(T, "2025", D, "gst_to", "2025"),
    ]
    build("unity-budget-2020", "Singapore's budget of Tuesday 18 February 2020, the Unity Budget (control): S$6.4 "
          "billion of measures against the coronavirus outbreak (a S$4 billion Stabilisation and Support Package, a "
          "S$1.6 billion Care and Support Package, S$800 million for front-line agencies); a deficit of S$10.9 billion, "
          "2.1% of GDP; the Jobs Support Scheme's 8% offset on the first S$3,600 of monthly wages for three months; the "
          "GST rise from 7% to 9% not in 2021 but between 2022 and 2025. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    phuket()
    lahad_datu()
    budget()
