"""The four-hundred-and-thirty-fourth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset434/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def storm():
    F, K, A, P = "afp-aug18", "kompas-aug19", "antara-aug20", "ap-aug15"
    # as-of times of the running tallies: Thursday 18 August 2011 early in the evening (the fire brigade's one dead
    # and seven seriously hurt against the mayor's two dead and about 40 injured: sources), Thursday night (the
    # emergency planning chief's three dead, 11 severely and 60 lightly injured), the early hours of Friday 19 August
    # (six dead, as it went round), Friday morning (five dead, about 75 injured), Friday afternoon (the prosecutor's
    # five, about 140 injured, three critical) and a year on, Wednesday 15 August 2012 (five and about 140 repeated).
    # The six of the early hours against the later five is a revision (a victim listed twice).
    THU1, THU2, FRI0, FRI1, FRI2, YEAR = ("2011-08-18a", "2011-08-18b", "2011-08-19a", "2011-08-19b", "2011-08-19c",
                                         "2012-08-15")
    FIRE, MAYOR = "the fire brigade", "the mayor of Hasselt"
    names = {
     "dead": "people killed by the storm", "injured": "people injured", "severe": "people seriously injured",
     "light": "people lightly injured", "died_hosp": "seriously injured who died in hospital overnight",
     "critical": "injured in critical condition", "visitors": "visitors on the opening day",
     "ambulances": "ambulances sent", "time": "time the storm struck (hours)", "strip": "width of the worst-hit strip (m)",
     # dates
     "storm": "day of the storm", "decide": "day the organisers were to decide on the festival",
     "count_fri": "day of the Friday count of five", "fest_end": "planned last day of the festival",
     "camp_close": "day the campsite closed", "visit": "day officials visited the site",
     "founded": "year the festival was founded",
     "next": "day the next festival opened",
    }
    ms = [
     M(F, "Thursday", D, "storm", "2011-08-18"),
     M(F, "at least two people", N, "dead", 2, THU1, qual="atleast", src=MAYOR),
     M(F, "about 6:15 p.m.", N, "time", 18.25, qual="approx", cls="clock"),
     M(F, "one person dead", N, "dead", 1, THU1, src=FIRE),
     M(F, "seven seriously hurt", N, "severe", 7, THU1, src=FIRE),
     M(F, "two people had died", N, "dead", 2, THU1, src=MAYOR),
     M(F, "about 40", N, "injured", 40, THU1, qual="approx", src=MAYOR),
     M(F, "about 60,000 people", N, "visitors", 60000, qual="approx"),
     M(F, "More than 20 ambulances", N, "ambulances", 20, qual="morethan"),
     M(F, "Friday", D, "decide", "2011-08-19"),

     M(K, "lima orang", N, "dead", 5, FRI1),
     M(K, "Jumat (19/8/2011)", D, "count_fri", "2011-08-19"),
     M(K, "Kamis (18/8/2011)", D, "storm", "2011-08-18"),
     M(K, "sekitar pukul 16.15", N, "time", 16.25, qual="approx", cls="clock", planted=True),
     M(K, "satu orang tewas", N, "dead", 1, THU1, src=FIRE),
     M(K, "tujuh orang luka berat", N, "severe", 7, THU1, src=FIRE),
     M(K, "tiga orang tewas", N, "dead", 3, THU2),
     M(K, "11 orang luka berat", N, "severe", 11, THU2),
     M(K, "60 orang luka ringan", N, "light", 60, THU2),
     M(K, "Dua korban luka berat", N, "died_hosp", 2),
     M(K, "sekitar 75 orang", N, "injured", 75, FRI1, qual="approx"),
     M(K, "Sabtu (20/8/2011)", D, "fest_end", "2011-08-20"),
     M(K, "sekitar 60.000 pengunjung", N, "visitors", 60000, qual="approx"),

     M(A, "Jumat (19/8/2011)", D, "count_fri", "2011-08-19"),
     M(A, "lima orang", N, "dead", 5, FRI2),
     M(A, "enam", N, "dead", 6, FRI0),
     M(A, "sekitar 140 orang", N, "injured", 140, FRI2, qual="approx"),
     M(A, "tiga di antaranya", N, "critical", 3, FRI2),
     M(A, "Kamis (18/8/2011)", D, "storm", "2011-08-18"),
     M(A, "sekitar pukul 18.15", N, "time", 18.25, qual="approx", cls="clock"),
     M(A, "60 meter", N, "strip", 60, cls="m"),
     M(A, "Sabtu (20/8/2011)", D, "camp_close", "2011-08-20"),
     M(A, "Kamis malam", D, "visit", "2011-08-18"),

     M(P, "Thursday", D, "next", "2012-08-16"),
     M(P, "five people", N, "dead", 5, YEAR),
     M(P, "about 140", N, "injured", 140, YEAR, qual="approx"),
     M(P, "Thursday, Aug. 18, 2011", D, "storm", "2011-08-18"),
     M(P, "three dead", N, "dead", 3, THU2),
     M(P, "17 seriously injured", N, "severe", 17, THU2, planted=True),
     M(P, "60 with minor injuries", N, "light", 60, THU2),
     M(P, "Two of the seriously injured", N, "died_hosp", 2),
     M(P, "five", N, "dead", 5, FRI1, occ=2),
     M(P, "Friday", D, "count_fri", "2011-08-19"),
     M(P, "1986", D, "founded", "1986"),
    ]
    build("pukkelpop-storm-2011", "The storm that struck the Pukkelpop festival at Kiewit near Hasselt, Belgium, on "
          "Thursday 18 August 2011 at about 18:15 local time: one dead and seven seriously hurt by the fire brigade "
          "against two dead and about 40 injured by the mayor early in the evening (sources); three dead, 11 severely "
          "and 60 lightly injured that night; six dead going round in the early hours of Friday 19 August, revised to "
          "five (a victim listed twice); about 75 injured on Friday morning and about 140 by Friday afternoon, three "
          "in critical condition; the rest of the festival (planned to Saturday 20 August) cancelled", False, ms, names)


def luxleaks():
    T, K, R, A = "tempo-jun29", "kompas-mar16", "reuters-jan11", "antara-feb14"
    # steps on different dates: the copying (October 2010), Halet's documents (2012), the leak's publication
    # (Wednesday 5 November 2014), the trial's opening (Tuesday 26 April 2016), the first verdict (Wednesday 29 June
    # 2016), the appeal hearing (Monday 12 December 2016), the appeal verdict (Wednesday 15 March 2017), Deltour's
    # statement the next day, the Court of Cassation (Thursday 11 January 2018), the Strasbourg chamber (May 2021) and
    # Grand Chamber (Tuesday 14 February 2023). Tempting pairs of one unit: the terms (18, 12, 9, 6 months; 6 sought
    # on appeal against 6 given) and the amounts (1,500 and 1,000 euros at each instance, the symbolic 1 euro, 15,000
    # and 40,000 euros).
    names = {
     "d_term1": "Deltour's first suspended term (months)", "h_term1": "Halet's first suspended term (months)",
     "sought1": "term sought by the prosecutors at the trial (months)", "d_term2": "Deltour's term on appeal (months)",
     "sought2": "term sought for Deltour on appeal (months)",
     "d_fine1": "Deltour's first fine (euros)", "h_fine1": "Halet's first fine (euros)",
     "d_fine2": "Deltour's fine on appeal (euros)", "h_fine2": "Halet's fine on appeal (euros)",
     "pwc": "symbolic damages to PwC (euros)", "echr_dmg": "damages awarded by the Strasbourg court (euros)",
     "echr_cost": "costs awarded by the Strasbourg court (euros)",
     "rulings": "tax rulings in the leak", "companies": "companies in the leak", "pages": "pages published",
     "halet_docs": "tax documents Halet passed on",
     # dates
     "verdict1": "day of the first verdict", "leak": "day the documents were published", "copy": "when Deltour copied the files",
     "halet_pass": "year Halet passed on his documents", "trial_open": "day the trial opened",
     "appeal": "day of the appeal verdict", "appeal_open": "day the appeal hearing opened",
     "statement": "day of Deltour's statement on the appeal verdict", "cassation": "day of the Court of Cassation's ruling",
     "chamber": "month of the Strasbourg chamber's ruling", "echr": "day of the Grand Chamber's ruling",
    }
    ms = [
     M(T, "Rabu (29/6/2016)", D, "verdict1", "2016-06-29"),
     M(T, "12 bulan", N, "d_term1", 12, cls="mon"),
     M(T, "1.500 euro", N, "d_fine1", 1500, cls="eur"),
     M(T, "sembilan bulan", N, "h_term1", 9, cls="mon"),
     M(T, "1.000 euro", N, "h_fine1", 1000, cls="eur"),
     M(T, "18 bulan", N, "sought1", 18, cls="mon"),
     M(T, "1 euro", N, "pwc", 1, cls="eur"),
     M(T, "548 kesepakatan pajak", N, "rulings", 548),
     M(T, "sekitar 340 perusahaan", N, "companies", 340, qual="approx"),
     M(T, "sekitar 28.000 halaman", N, "pages", 28000, qual="approx"),
     M(T, "5 November 2014", D, "leak", "2014-11-05"),
     M(T, "Oktober 2010", D, "copy", "2010-10"),
     M(T, "16 dokumen pajak", N, "halet_docs", 16),
     M(T, "2012", D, "halet_pass", "2012"),
     M(T, "Selasa (26/4/2016)", D, "trial_open", "2016-04-26"),

     M(K, "Rabu (15/3/2017)", D, "appeal", "2017-03-15"),
     M(K, "enam bulan", N, "d_term2", 6, cls="mon"),
     M(K, "1.500 euro", N, "d_fine2", 1500, cls="eur"),
     M(K, "12 bulan", N, "d_term1", 12, cls="mon"),
     M(K, "sembilan bulan", N, "h_term1", 9, cls="mon"),
     M(K, "1.000 euro", N, "h_fine2", 1000, cls="eur"),
     M(K, "Senin (12/12/2016)", D, "appeal_open", "2016-12-12"),
     M(K, "enam bulan", N, "sought2", 6, cls="mon", occ=2),
     M(K, "Kamis (16/3/2017)", D, "statement", "2017-03-16"),
     M(K, "29 Juni 2016", D, "verdict1", "2016-06-29"),
     M(K, "November 2014", D, "leak", "2014-11"),

     M(R, "Thursday", D, "cassation", "2018-01-11"),
     M(R, "1,000-euro fine", N, "h_fine2", 1000, cls="eur"),
     M(R, "March 2017", D, "appeal", "2017-03"),
     M(R, "six-month", N, "d_term2", 6, cls="mon"),
     M(R, "1,500 euros", N, "d_fine2", 1500, cls="eur"),
     M(R, "March 15, 2017", D, "appeal", "2017-03-15"),
     M(R, "12 months", N, "d_term1", 12, cls="mon"),
     M(R, "June 28, 2016", D, "verdict1", "2016-06-28", planted=True),
     M(R, "2010", D, "copy", "2010"),
     M(R, "November 2014", D, "leak", "2014-11"),
     M(R, "some 340", N, "companies", 340, qual="approx"),

     M(A, "Selasa (14/2/2023)", D, "echr", "2023-02-14"),
     M(A, "Mei 2021", D, "chamber", "2021-05"),
     M(A, "15.000 euro", N, "echr_dmg", 15000, cls="eur"),
     M(A, "40.000 euro", N, "echr_cost", 40000, cls="eur"),
     M(A, "1.500 euro", N, "h_fine2", 1500, cls="eur", planted=True),
     M(A, "Maret 2017", D, "appeal", "2017-03"),
     M(A, "Januari 2018", D, "cassation", "2018-01"),
     M(A, "16 dokumen pajak", N, "halet_docs", 16),
     M(A, "2012", D, "halet_pass", "2012"),
     M(A, "5 November 2014", D, "leak", "2014-11-05"),
    ]
    build("luxleaks-trial-2016", "The LuxLeaks case: the tax rulings copied at PwC in Luxembourg by Antoine Deltour in "
          "October 2010 (548 rulings for about 340 companies, about 28,000 pages, published on Wednesday 5 November "
          "2014) and 16 tax documents passed on by Raphael Halet in 2012; the trial opened on Tuesday 26 April 2016, "
          "18 months sought; on Wednesday 29 June 2016 Deltour given 12 months suspended and 1,500 euros, Halet 9 "
          "months suspended and 1,000 euros, the journalist Edouard Perrin acquitted, 1 euro symbolic damages to "
          "PwC; on appeal (hearing from Monday 12 December 2016, verdict Wednesday 15 March 2017) Deltour 6 months "
          "suspended and 1,500 euros, Halet 1,000 euros; Deltour's conviction quashed by the Court of Cassation on "
          "Thursday 11 January 2018, Halet's upheld; the European Court of Human Rights' Grand Chamber found for "
          "Halet on Tuesday 14 February 2023 (15,000 euros damages, 40,000 euros costs), overturning a chamber "
          "ruling of May 2021", False, ms, names)


def transport():
    R, K, A, G = "reuters-feb28", "kompas-feb29", "antara-mar01", "guardian-mar02"
    names = {
     "revenue": "fare revenue given up a year (million euros)", "cost": "yearly cost of the network (million euros)",
     "share": "share of the cost covered by fares (%)", "first": "first-class two-hour fare (euros)",
     "old": "old two-hour fare (euros)", "pop": "population", "commuters": "cross-border commuters a day",
     # dates
     "start": "day fares were scrapped", "coalition": "month of the coalition agreement",
    }
    ms = [
     M(R, "Saturday", D, "start", "2020-02-29"),
     M(R, "Feb. 29", D, "start", "2020-02-29"),
     M(R, "3 euros", N, "first", 3, cls="eur"),
     M(R, "about 41 million euros", N, "revenue", 41, qual="approx", cls="eur"),
     M(R, "roughly 8 percent", N, "share", 8, qual="approx", cls="pct"),
     M(R, "roughly 500 million euros", N, "cost", 500, qual="approx", cls="eur"),
     M(R, "about 614,000 people", N, "pop", 614000, qual="approx"),
     M(R, "about 200,000 commuters", N, "commuters", 200000, qual="approx"),
     M(R, "2 euros", N, "old", 2, cls="eur"),
     M(R, "December 2018", D, "coalition", "2018-12"),

     M(K, "Sabtu (29/2/2020)", D, "start", "2020-02-29"),
     M(K, "3 euro", N, "first", 3, cls="eur"),
     M(K, "sekitar 41 juta euro", N, "revenue", 41, qual="approx", cls="eur"),
     M(K, "sekitar 8 persen", N, "share", 8, qual="approx", cls="pct"),
     M(K, "sekitar 500 juta euro", N, "cost", 500, qual="approx", cls="eur"),
     M(K, "sekitar 614.000 jiwa", N, "pop", 614000, qual="approx"),
     M(K, "sekitar 200.000 pekerja", N, "commuters", 200000, qual="approx"),
     M(K, "2 euro", N, "old", 2, cls="eur"),
     M(K, "Desember 2018", D, "coalition", "2018-12"),

     M(A, "Sabtu (29/2/2020)", D, "start", "2020-02-29"),
     M(A, "sekitar 614.000 jiwa", N, "pop", 614000, qual="approx"),
     M(A, "sekitar 41 juta euro", N, "revenue", 41, qual="approx", cls="eur"),
     M(A, "sekitar 8 persen", N, "share", 8, qual="approx", cls="pct"),
     M(A, "sekitar 500 juta euro", N, "cost", 500, qual="approx", cls="eur"),
     M(A, "3 euro", N, "first", 3, cls="eur"),
     M(A, "2 euro", N, "old", 2, cls="eur"),
     M(A, "Sekitar 200.000 pekerja", N, "commuters", 200000, qual="approx"),
     M(A, "Desember 2018", D, "coalition", "2018-12"),

     M(G, "Saturday, Feb. 29", D, "start", "2020-02-29"),
     M(G, "3 euros", N, "first", 3, cls="eur"),
     M(G, "about 41 million euros", N, "revenue", 41, qual="approx", cls="eur"),
     M(G, "roughly 8 percent", N, "share", 8, qual="approx", cls="pct"),
     M(G, "about 500 million euros", N, "cost", 500, qual="approx", cls="eur"),
     M(G, "2 euros", N, "old", 2, cls="eur"),
     M(G, "about 614,000 residents", N, "pop", 614000, qual="approx"),
     M(G, "about 200,000 cross-border workers", N, "commuters", 200000, qual="approx"),
     M(G, "December 2018", D, "coalition", "2018-12"),
    ]
    build("lux-free-transport-2020", "Luxembourg's free public transport, in force from Saturday 29 February 2020 "
          "(control): fares scrapped on buses, trams and trains in second class, first class kept at 3 euros for two "
          "hours; about 41 million euros a year of fare revenue given up, roughly 8 percent of the network's cost of "
          "about 500 million euros; the old two-hour ticket 2 euros; about 614,000 residents and about 200,000 "
          "cross-border commuters a day; promised in the coalition agreement of December 2018. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    storm()
    luxleaks()
    transport()
