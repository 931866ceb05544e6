"""The twenty-sixth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset26/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def brumadinho():
    R1, K, G, T, R2 = "reuters-jan26", "kompas-jan29", "guardian-feb01", "tempo-feb22", "reuters-jan21"
    names = {
     "dead": "bodies recovered (confirmed dead)", "missing": "people missing", "killed": "people killed in all (dead and missing)",
     "rescued": "people rescued alive", "held": "tailings the dam held (m3)", "released": "tailings the burst released (m3)",
     "height": "height of the dam", "frozen": "Vale's funds frozen by courts", "fine_ibama": "Ibama's fine",
     "fine_state": "the state government's fine", "donation": "donation per family", "decom_cost": "cost of decommissioning upstream dams",
     "decom_years": "years to decommission the dams", "upstream": "upstream dams to be decommissioned",
     "output_cut": "iron ore output cut a year (t)", "output_pct": "share of output cut", "share_drop": "fall of Vale's shares on Monday",
     "arrested": "people arrested", "israeli": "Israeli soldiers sent to help", "mariana_dead": "dead in the Mariana collapse (2015)",
     "searchdays": "days of searching", "charged": "people charged with homicide", "charged_vale": "Vale people charged",
     "charged_tuv": "TUV SUD people charged",
     # dates
     "collapse": "day the dam burst", "toll26": "day the 34 dead were counted", "rescued26": "day the 192 rescued were counted",
     "flyover": "day Bolsonaro flew over", "freeze": "day the first funds were frozen", "built": "year the dam was built",
     "lastused": "year the dam last received tailings", "mariana": "date of the Mariana collapse", "toll28": "day the 65 dead were counted",
     "arrests": "day of the five arrests", "israeli_day": "day the Israeli team arrived", "sharedrop": "day Vale's shares fell",
     "toll_feb1": "day the 110 dead were counted", "lowered": "day the toll was lowered to 64", "certified": "month the dam was certified",
     "decom_day": "day Vale announced the decommissioning", "statefine": "day of the state's fine", "toll21": "day the 171 dead were counted",
     "charges": "day of the homicide charges", "ceo_out": "day the chief executive stepped down",
    }
    ms = [
     M(R1, "at least 34", N, "dead", 34, "2019-01-26", "atleast"),
     M(R1, "about 300", N, "missing", 300, "2019-01-26", "approx", fall=True),
     M(R1, "86 metres", N, "height", 86, cls="len"),
     M(R1, "about 11.7 million cubic metres", N, "held", 11.7e6, qual="approx", cls="vol", src="Vale"),
     M(R1, "192 people", N, "rescued", 192, "2019-01-26"),
     M(R1, "1 billion reais", N, "frozen", 1e9, "2019-01-26", cls="money"),
     M(R1, "250 million reais", N, "fine_ibama", 250e6, cls="money"),
     M(R1, "19 people", N, "mariana_dead", 19),
     M(R1, "Saturday", D, "toll26", "2019-01-26"),
     M(R1, "Friday", D, "collapse", "2019-01-25"),
     M(R1, "1976", D, "built", "1976"),
     M(R1, "2016", D, "lastused", "2016"),
     M(R1, "Saturday", D, "rescued26", "2019-01-26", occ=2),
     M(R1, "Saturday", D, "flyover", "2019-01-26", occ=3),
     M(R1, "Saturday", D, "freeze", "2019-01-26", occ=4),
     M(R1, "2015", D, "mariana", "2015"),

     M(K, "65 orang", N, "dead", 65, "2019-01-28T21"),
     M(K, "279 orang", N, "missing", 279, "2019-01-28T21", fall=True),
     M(K, "lima orang", N, "arrested", 5),
     M(K, "136 tentara", N, "israeli", 136),
     M(K, "11 miliar real", N, "frozen", 11e9, "2019-01-28", cls="money"),
     M(K, "350 juta real", N, "fine_ibama", 350e6, cls="money", planted=True),
     M(K, "24 persen", N, "share_drop", 24, cls="pct"),
     M(K, "19 orang", N, "mariana_dead", 19),
     M(K, "Senin (28/1/2019)", D, "toll28", "2019-01-28"),
     M(K, "Jumat (25/1/2019)", D, "collapse", "2019-01-25"),
     M(K, "Selasa (29/1/2019)", D, "arrests", "2019-01-29"),
     M(K, "Minggu (27/1/2019)", D, "israeli_day", "2019-01-27"),
     M(K, "Senin", D, "sharedrop", "2019-01-28", occ=2),
     M(K, "November 2015", D, "mariana", "2015-11"),

     M(G, "110", N, "dead", 110, "2019-02-01"),
     M(G, "238 people", N, "missing", 238, "2019-02-01", fall=True),
     M(G, "65", N, "dead", 65, "2019-01-28T21"),
     M(G, "64", N, "dead", 64, "2019-01-29T09"),
     M(G, "Five people", N, "arrested", 5),
     M(G, "5 billion reais", N, "decom_cost", 5e9, cls="money"),
     M(G, "three years", N, "decom_years", 3, cls="dur"),
     M(G, "10 remaining dams", N, "upstream", 10),
     M(G, "40 million tonnes", N, "output_cut", 40e6, cls="mass"),
     M(G, "about 10%", N, "output_pct", 10, qual="approx", cls="pct"),
     M(G, "99 million reais", N, "fine_state", 99e6, cls="money"),
     M(G, "100,000 reais", N, "donation", 100000, cls="money"),
     M(G, "Friday", D, "toll_feb1", "2019-02-01"),
     M(G, "Tuesday", D, "lowered", "2019-01-29"),
     M(G, "September 2018", D, "certified", "2018-09"),
     M(G, "Wednesday", D, "arrests", "2019-01-30", planted=True),
     M(G, "Tuesday", D, "decom_day", "2019-01-29", occ=2),
     M(G, "Thursday", D, "statefine", "2019-01-31"),

     M(T, "171 orang", N, "dead", 171, "2019-02-21"),
     M(T, "139 orang", N, "missing", 139, "2019-02-21", fall=True),
     M(T, "28 hari", N, "searchdays", 28, cls="dur"),
     M(T, "sekitar 12 juta meter kubik", N, "held", 12e6, qual="approx", cls="vol", src="the national mining agency (ANM)"),
     M(T, "Lima orang", N, "arrested", 5),
     M(T, "250 juta real", N, "fine_ibama", 250e6, cls="money"),
     M(T, "100.000 real", N, "donation", 100000, cls="money"),
     M(T, "19 orang", N, "mariana_dead", 19),
     M(T, "Kamis (21/2/2019)", D, "toll21", "2019-02-21"),
     M(T, "Jumat (25/1/2019)", D, "collapse", "2019-01-25"),
     M(T, "29 Januari", D, "arrests", "2019-01-29"),
     M(T, "2015", D, "mariana", "2015"),

     M(R2, "16 people", N, "charged", 16),
     M(R2, "Eleven", N, "charged_vale", 11),
     M(R2, "five", N, "charged_tuv", 5),
     M(R2, "270 people", N, "killed", 270),
     M(R2, "259 people", N, "dead", 259, "2020-01-21"),
     M(R2, "11", N, "missing", 11, "2020-01-21", fall=True),
     M(R2, "about 9.7 million cubic metres", N, "released", 9.7e6, qual="approx", cls="vol"),
     M(R2, "Tuesday", D, "charges", "2020-01-21"),
     M(R2, "Jan. 25, 2019", D, "collapse", "2019-01-25"),
     M(R2, "March 2, 2019", D, "ceo_out", "2019-03-02"),
    ]
    build("brumadinho-2019", "Brumadinho tailings-dam collapse, Minas Gerais, Brazil (Friday 25 January 2019): the "
          "bodies recovered rising over weeks (at least 34 -> 65, lowered to 64 for a double count -> 110 -> 171 -> 259 "
          "a year on) and the missing counted down (about 300 -> 279 -> 238 -> 139 -> 11), 270 killed in all; Vale's "
          "and the mining agency's estimates of the tailings held, the volume released; funds frozen (1 -> 11 billion "
          "reais), federal and state fines, a donation, the cost of decommissioning upstream dams; the Mariana collapse "
          "of 2015 recalled; dates of the burst, counts, a flyover, arrests, announcements, charges a year later",
          False, ms, names)


def argentina():
    R, K, C, A, T = "reuters-oct23", "kompas-oct26", "cnnindonesia-nov20", "apnews-nov21", "tempo-dec11"
    FINAL, EARLY = "2023-11-20", "2023-11-19T21"
    names = {
     "massa1": "Massa's first-round share", "milei1": "Milei's first-round share", "bullrich1": "Bullrich's first-round share",
     "schiaretti1": "Schiaretti's first-round share", "bregman1": "Bregman's first-round share",
     "counted1": "first-round polling stations counted", "massa1_votes": "Massa's first-round votes",
     "milei1_votes": "Milei's first-round votes", "bullrich_votes": "Bullrich's first-round votes",
     "thr45": "share to win outright", "thr40": "share to win with a lead", "lead10": "lead needed with 40%",
     "age": "Milei's age", "paso": "Milei's share in the August primaries", "turnout1": "first-round turnout",
     "infl_sep": "annual inflation in September", "milei2": "Milei's run-off share", "massa2": "Massa's run-off share",
     "counted2": "run-off ballots counted", "milei2_votes": "Milei's run-off votes", "massa2_votes": "Massa's run-off votes",
     "margin_votes": "run-off margin in votes", "margin_pts": "run-off margin in points", "turnout2": "run-off turnout",
     "term": "presidential term", "infl_oct": "annual inflation in October", "ypf": "YPF's share rise on Monday",
     "democracy_years": "years since the return to democracy", "meeting_hours": "length of the handover meeting",
     "min_before": "ministries before Milei", "min_after": "ministries under Milei's decree", "poverty": "poverty rate, first half of 2023",
     # dates
     "firstround": "day of the first round", "runoff": "day of the run-off", "primaries": "day of the primaries",
     "markets": "Monday after the first round", "endorse": "day Bullrich endorsed Milei", "meeting": "day Bullrich and Macri met Milei",
     "inauguration": "day of the inauguration", "sep": "month of the 138.3% inflation", "oct": "month of the 142.7% inflation",
     "handover": "day Milei met Fernandez", "ypf_day": "day YPF's shares jumped", "democracy": "year democracy returned",
     "caputo": "day Caputo was to announce his measures", "fernandez": "month Fernandez took office",
    }
    ms = [
     M(R, "36.7%", N, "massa1", 36.7, cls="pct"),
     M(R, "30.0%", N, "milei1", 30.0, cls="pct"),
     M(R, "98.5%", N, "counted1", 98.5, cls="pct"),
     M(R, "23.8%", N, "bullrich1", 23.8, cls="pct"),
     M(R, "6.8%", N, "schiaretti1", 6.8, cls="pct"),
     M(R, "2.7%", N, "bregman1", 2.7, cls="pct"),
     M(R, "about 9.6 million", N, "massa1_votes", 9.6e6, qual="approx"),
     M(R, "about 7.9 million", N, "milei1_votes", 7.9e6, qual="approx"),
     M(R, "45%", N, "thr45", 45, cls="pct"),
     M(R, "40%", N, "thr40", 40, cls="pct"),
     M(R, "10 percentage points", N, "lead10", 10, cls="pts"),
     M(R, "53-year-old", N, "age", 53, cls="age"),
     M(R, "about 30%", N, "paso", 30, qual="approx", cls="pct"),
     M(R, "about 74%", N, "turnout1", 74, qual="approx", cls="pct"),
     M(R, "138.3%", N, "infl_sep", 138.3, cls="pct"),
     M(R, "Sunday", D, "firstround", "2023-10-22"),
     M(R, "Nov. 19", D, "runoff", "2023-11-19"),
     M(R, "Aug. 13", D, "primaries", "2023-08-13"),
     M(R, "September", D, "sep", "2023-09"),
     M(R, "Monday", D, "markets", "2023-10-23"),

     M(K, "23,8 persen", N, "bullrich1", 23.8, cls="pct"),
     M(K, "sekitar 6,3 juta suara", N, "bullrich_votes", 6.3e6, qual="approx"),
     M(K, "37,6 persen", N, "massa1", 37.6, cls="pct", planted=True),
     M(K, "30 persen", N, "milei1", 30, cls="pct"),
     M(K, "hampir 7 persen", N, "schiaretti1", 7, qual="nearly", cls="pct"),
     M(K, "138,3 persen", N, "infl_sep", 138.3, cls="pct"),
     M(K, "Rabu (25/10/2023)", D, "endorse", "2023-10-25"),
     M(K, "Minggu (22/10/2023)", D, "firstround", "2023-10-22"),
     M(K, "Selasa malam", D, "meeting", "2023-10-24"),
     M(K, "19 November", D, "runoff", "2023-11-19"),
     M(K, "10 Desember 2023", D, "inauguration", "2023-12-10"),
     M(K, "September", D, "sep", "2023-09"),

     M(C, "55,69 persen", N, "milei2", 55.69, FINAL, cls="pct", fall=True),
     M(C, "44,30 persen", N, "massa2", 44.30, FINAL, cls="pct", fall=True),
     M(C, "99,28 persen", N, "counted2", 99.28, FINAL, cls="pct"),
     M(C, "14,47 juta suara", N, "milei2_votes", 14.47e6, FINAL),
     M(C, "11,51 juta suara", N, "massa2_votes", 11.51e6, FINAL),
     M(C, "hampir 3 juta suara", N, "margin_votes", 3e6, FINAL, qual="nearly"),
     M(C, "lebih dari 11 poin persentase", N, "margin_pts", 11, FINAL, qual="morethan", cls="pts"),
     M(C, "36,7 persen", N, "massa1", 36.7, cls="pct"),
     M(C, "76,3 persen", N, "turnout2", 76.3, cls="pct"),
     M(C, "53 tahun", N, "age", 53, cls="age"),
     M(C, "empat tahun", N, "term", 4, cls="dur"),
     M(C, "142,7 persen", N, "infl_oct", 142.7, cls="pct"),
     M(C, "Minggu (19/11/2023)", D, "runoff", "2023-11-19"),
     M(C, "22 Oktober", D, "firstround", "2023-10-22"),
     M(C, "10 Desember 2023", D, "inauguration", "2023-12-10"),
     M(C, "Oktober", D, "oct", "2023-10", occ=2),

     M(A, "55.7%", N, "milei2", 55.7, FINAL, qual="approx", cls="pct", fall=True),
     M(A, "44.3%", N, "massa2", 44.3, FINAL, cls="pct", fall=True),
     M(A, "36.7%", N, "massa1", 36.7, cls="pct"),
     M(A, "86.6%", N, "counted2", 86.6, EARLY, cls="pct"),
     M(A, "nearly 56%", N, "milei2", 56, EARLY, qual="nearly", cls="pct", fall=True),
     M(A, "almost 40%", N, "ypf", 40, qual="nearly", cls="pct"),
     M(A, "142.7%", N, "infl_oct", 142.7, cls="pct"),
     M(A, "40 years", N, "democracy_years", 40, cls="dur"),
     M(A, "about two hours", N, "meeting_hours", 2, qual="approx", cls="dur"),
     M(A, "Tuesday", D, "handover", "2023-11-21"),
     M(A, "Sunday", D, "runoff", "2023-11-19"),
     M(A, "Oct. 22", D, "firstround", "2023-10-22"),
     M(A, "Monday", D, "ypf_day", "2023-11-20"),
     M(A, "October", D, "oct", "2023-10"),
     M(A, "Dec. 10", D, "inauguration", "2023-12-10"),
     M(A, "1983", D, "democracy", "1983"),

     M(T, "55,7 persen", N, "milei2", 55.7, FINAL, qual="approx", cls="pct", fall=True),
     M(T, "sekitar 14,5 juta suara", N, "milei2_votes", 14.5e6, FINAL, qual="approx"),
     M(T, "18", N, "min_before", 18),
     M(T, "9", N, "min_after", 9),
     M(T, "142,7 persen", N, "infl_oct", 142.7, cls="pct"),
     M(T, "40,1 persen", N, "poverty", 40.1, cls="pct"),
     M(T, "Minggu (10/12/2023)", D, "inauguration", "2023-12-10"),
     M(T, "19 November", D, "runoff", "2023-11-19"),
     M(T, "Selasa (12/12/2023)", D, "caputo", "2023-12-12"),
     M(T, "Oktober", D, "oct", "2023-10"),
     M(T, "Desember 2019", D, "fernandez", "2019-12"),
    ]
    build("argentina-election-2023", "Argentina's presidential election of 2023: the first round on Sunday 22 October "
          "(Massa 36.7%, Milei 30.0%, Bullrich 23.8%, Schiaretti 6.8%, Bregman 2.7%; provisional votes, turnout, the "
          "thresholds), Bullrich's endorsement and a meeting on their own days, the run-off on Sunday 19 November (Milei "
          "55.69% and 14.47 million votes to Massa's 44.30% and 11.51 million with 99.28% counted, nearly 56% with "
          "86.6% counted earlier that night), inflation of two months, the handover meeting and YPF's jump on their own "
          "days, the inauguration on Sunday 10 December and the first decree", False, ms, names)


def bps():
    A, J, C, G = "antara-mar15", "jakartapost-mar16", "cnbcindonesia-mar17", "jakartaglobe-mar20"
    names = {
     "surplus_feb": "trade surplus in February 2023", "exports_feb": "exports in February 2023", "imports_feb": "imports in February 2023",
     "surplus_jan": "trade surplus in January 2023", "exports_jan": "exports in January 2023", "imports_jan": "imports in January 2023",
     "cum": "surplus in January-February 2023", "nonmigas": "non-oil and gas surplus in February", "migas": "oil and gas deficit in February",
     "consensus": "economists' forecast of the surplus", "exp_mom": "exports' fall from January", "exp_yoy": "exports' rise on the year",
     "imp_mom": "imports' fall from January", "imp_yoy": "imports' rise on the year", "streak": "months of surplus in a row",
     # dates
     "feb": "month of the data (February 2023)", "jan": "January 2023", "feb22": "February 2022", "streak_start": "month the streak began",
     "release": "day BPS released the data",
    }
    bn = 1e9
    ms = [
     M(A, "5,48 miliar dolar AS", N, "surplus_feb", 5.48 * bn, cls="money"),
     M(A, "34 bulan", N, "streak", 34, cls="dur"),
     M(A, "21,40 miliar dolar AS", N, "exports_feb", 21.40 * bn, cls="money"),
     M(A, "4,15 persen", N, "exp_mom", 4.15, cls="pct"),
     M(A, "4,51 persen", N, "exp_yoy", 4.51, cls="pct"),
     M(A, "15,92 miliar dolar AS", N, "imports_feb", 15.92 * bn, cls="money"),
     M(A, "13,68 persen", N, "imp_mom", 13.68, cls="pct"),
     M(A, "4,32 persen", N, "imp_yoy", 4.32, cls="pct"),
     M(A, "7,08 miliar dolar AS", N, "nonmigas", 7.08 * bn, cls="money"),
     M(A, "1,60 miliar dolar AS", N, "migas", 1.60 * bn, cls="money"),
     M(A, "9,35 miliar dolar AS", N, "cum", 9.35 * bn, cls="money"),
     M(A, "3,87 miliar dolar AS", N, "surplus_jan", 3.87 * bn, cls="money"),
     M(A, "Februari 2023", D, "feb", "2023-02"),
     M(A, "Mei 2020", D, "streak_start", "2020-05"),
     M(A, "Februari 2023", D, "feb", "2023-02", occ=2),
     M(A, "Januari 2023", D, "jan", "2023-01"),
     M(A, "Februari 2022", D, "feb22", "2022-02"),
     M(A, "Rabu (15/3/2023)", D, "release", "2023-03-15"),

     M(J, "US$5.48 billion", N, "surplus_feb", 5.48 * bn, cls="money"),
     M(J, "$3.87 billion", N, "surplus_jan", 3.87 * bn, cls="money"),
     M(J, "4.15 percent", N, "exp_mom", 4.15, cls="pct"),
     M(J, "$21.40 billion", N, "exports_feb", 21.40 * bn, cls="money"),
     M(J, "13.68 percent", N, "imp_mom", 13.68, cls="pct"),
     M(J, "$15.92 billion", N, "imports_feb", 15.92 * bn, cls="money"),
     M(J, "4.51 percent", N, "exp_yoy", 4.51, cls="pct"),
     M(J, "4.32 percent", N, "imp_yoy", 4.32, cls="pct"),
     M(J, "$7.08 billion", N, "nonmigas", 7.08 * bn, cls="money"),
     M(J, "$1.60 billion", N, "migas", 1.60 * bn, cls="money"),
     M(J, "$3.1 billion", N, "consensus", 3.1 * bn, cls="money"),
     M(J, "$9.35 billion", N, "cum", 9.35 * bn, cls="money"),
     M(J, "February", D, "feb", "2023-02"),
     M(J, "January", D, "jan", "2023-01"),
     M(J, "Wednesday", D, "release", "2023-03-15"),
     M(J, "May 2020", D, "streak_start", "2020-05"),

     M(C, "US$ 5,48 miliar", N, "surplus_feb", 5.48 * bn, cls="money"),
     M(C, "US$ 3,1 miliar", N, "consensus", 3.1 * bn, cls="money"),
     M(C, "US$ 21,4 miliar", N, "exports_feb", 21.4 * bn, cls="money"),
     M(C, "US$ 15,92 miliar", N, "imports_feb", 15.92 * bn, cls="money"),
     M(C, "US$ 22,31 miliar", N, "exports_jan", 22.31 * bn, cls="money"),
     M(C, "US$ 18,44 miliar", N, "imports_jan", 18.44 * bn, cls="money"),
     M(C, "US$ 3,87 miliar", N, "surplus_jan", 3.87 * bn, cls="money"),
     M(C, "4,15 persen", N, "exp_mom", 4.15, cls="pct"),
     M(C, "13,68 persen", N, "imp_mom", 13.68, cls="pct"),
     M(C, "4,51 persen", N, "exp_yoy", 4.51, cls="pct"),
     M(C, "4,32 persen", N, "imp_yoy", 4.32, cls="pct"),
     M(C, "34 bulan", N, "streak", 34, cls="dur"),
     M(C, "US$ 7,08 miliar", N, "nonmigas", 7.08 * bn, cls="money"),
     M(C, "US$ 1,60 miliar", N, "migas", 1.60 * bn, cls="money"),
     M(C, "Februari 2023", D, "feb", "2023-02"),
     M(C, "Rabu (15/3/2023)", D, "release", "2023-03-15"),
     M(C, "Januari 2023", D, "jan", "2023-01"),
     M(C, "Februari 2022", D, "feb22", "2022-02"),
     M(C, "Mei 2020", D, "streak_start", "2020-05"),

     M(G, "34 months", N, "streak", 34, cls="dur"),
     M(G, "$5.48 billion", N, "surplus_feb", 5.48 * bn, cls="money"),
     M(G, "$21.40 billion", N, "exports_feb", 21.40 * bn, cls="money"),
     M(G, "$15.92 billion", N, "imports_feb", 15.92 * bn, cls="money"),
     M(G, "4.15 percent", N, "exp_mom", 4.15, cls="pct"),
     M(G, "4.51 percent", N, "exp_yoy", 4.51, cls="pct"),
     M(G, "13.68 percent", N, "imp_mom", 13.68, cls="pct"),
     M(G, "4.32 percent", N, "imp_yoy", 4.32, cls="pct"),
     M(G, "$22.31 billion", N, "exports_jan", 22.31 * bn, cls="money"),
     M(G, "$18.44 billion", N, "imports_jan", 18.44 * bn, cls="money"),
     M(G, "$7.08 billion", N, "nonmigas", 7.08 * bn, cls="money"),
     M(G, "$1.60 billion", N, "migas", 1.60 * bn, cls="money"),
     M(G, "$9.35 billion", N, "cum", 9.35 * bn, cls="money"),
     M(G, "February", D, "feb", "2023-02"),
     M(G, "Wednesday, March 15", D, "release", "2023-03-15"),
     M(G, "January", D, "jan", "2023-01"),
     M(G, "January", D, "jan", "2023-01", occ=3),
     M(G, "May 2020", D, "streak_start", "2020-05"),
    ]
    build("bps-trade-2023", "Indonesia's trade balance for February 2023 (control): released by Statistics Indonesia "
          "(BPS) on Wednesday 15 March 2023; a surplus of US$5.48 billion (exports US$21.40 billion, down 4.15% on the "
          "month and up 4.51% on the year; imports US$15.92 billion, down 13.68% and up 4.32%), the 34th monthly "
          "surplus since May 2020, non-oil and gas US$7.08 billion against an oil and gas deficit of US$1.60 billion, "
          "January's figures and the two months' total, a forecast. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    brumadinho()
    argentina()
    bps()
