"""The three-hundred-and-forty-sixth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset346/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def quake():
    A, K, P, R = "ap-jan27", "kompas-jan29", "republika-feb16", "reuters-jun13"
    # as-of times of the official death count (the state's control room and government: one source): late on Friday
    # 26 January 2001 (2,063), Saturday morning 27 January (2,300), Monday 29 January (about 7,000), Thursday 15
    # February (18,602), the standing figure before the revision (20,085) and the revised count of Tuesday 12 June
    # 2001 (15,537: lower, a revision). The chief minister's, the Red Cross's and the defence minister's estimates
    # are other sources. The USGS magnitude: 7.9 on the day, 7.7 once revised (a revision); the IMD's 6.9 is
    # another source. The dead in Pakistan: ten on the day, 18 by June.
    FRI, SAT, MON, FEB15, BEFORE, JUN12 = "2001-01-26b", "2001-01-27", "2001-01-29", "2001-02-15", "2001-06-01", "2001-06-12"
    OFF, CM, RC, FERN = "Gujarat officials' count", "Chief Minister Keshubhai Patel's estimate", "the Red Cross", \
        "Defence Minister George Fernandes"
    USGS, IMD = "the US Geological Survey", "the India Meteorological Department"
    names = {
     "dead": "people killed in India by the quake", "injured": "people injured", "pak_dead": "people killed in Pakistan",
     "kutch_dead": "people killed in Kutch district", "mag": "the quake's magnitude",
     "after1": "the strongest aftershock's magnitude", "after2": "another aftershock's magnitude",
     "bhuj_pop": "Bhuj's population", "homeless": "people left homeless", "homes": "homes damaged or destroyed",
     "districts": "districts hit", "relief": "the prime minister's first relief (rupees)",
     "loss": "industry's estimate of losses (rupees)",
     # dates
     "quake": "day of the quake", "count_fri": "day of the first count", "count_sat": "day of the count of 2,300",
     "cm_day": "day of the chief minister's estimate", "pm_visit": "day of the prime minister's aerial tour",
     "rc_day": "day of the Red Cross's estimate", "count_feb15": "day of the count of 18,602",
     "revised_day": "day the toll was revised",
    }
    ms = [
     M(A, "Friday", D, "quake", "2001-01-26"),
     M(A, "7.9", N, "mag", 7.9, "2001-01-26", cls="mag", src=USGS),
     M(A, "6.9", N, "mag", 6.9, cls="mag", src=IMD),
     M(A, "2,063 bodies", N, "dead", 2063, FRI, src=OFF),
     M(A, "late Friday", D, "count_fri", "2001-01-26"),
     M(A, "about 150,000 people", N, "bhuj_pop", 150000, qual="approx"),
     M(A, "ten people", N, "pak_dead", 10, "2001-01-26"),

     M(K, "Jumat (26/1/2001)", D, "quake", "2001-01-26"),
     M(K, "Minggu (28/1/2001)", D, "cm_day", "2001-01-28"),
     M(K, "20.000 orang", N, "dead", 20000, "2001-01-28", src=CM),
     M(K, "Sabtu (27/1/2001)", D, "count_sat", "2001-01-27"),
     M(K, "2.300 jenazah", N, "dead", 2300, SAT, src=OFF),
     M(K, "sekitar 14.000 orang", N, "injured", 14000, SAT, qual="approx"),
     M(K, "Jumat malam", D, "count_fri", "2001-01-26"),
     M(K, "2.036 orang", N, "dead", 2036, FRI, src=OFF, planted=True),
     M(K, "6,9", N, "mag", 6.9, cls="mag", src=IMD),
     M(K, "7,9", N, "mag", 7.9, "2001-01-26", cls="mag", src=USGS),
     M(K, "5,9", N, "after1", 5.9, cls="mag"),
     M(K, "Senin (29/1/2001)", D, "pm_visit", "2001-01-29"),
     M(K, "sedikitnya sepuluh orang", N, "pak_dead", 10, "2001-01-26", qual="atleast"),

     M(P, "18.602 orang", N, "dead", 18602, FEB15, src=OFF),
     M(P, "26 Januari", D, "quake", "2001-01-26"),
     M(P, "Kamis (15/2/2001)", D, "count_feb15", "2001-02-15"),
     M(P, "17.030 korban", N, "kutch_dead", 17030, FEB15),
     M(P, "sekitar 7.000 jenazah", N, "dead", 7000, MON, qual="approx", src=OFF),
     M(P, "Senin (29/1/2001)", D, "pm_visit", "2001-01-29"),
     M(P, "5 miliar rupee", N, "relief", 5e9, cls="inr"),
     M(P, "Rabu (31/1/2001)", D, "rc_day", "2001-01-31"),
     M(P, "50.000 orang", N, "dead", 50000, "2001-01-31", src=RC),
     M(P, "100.000", N, "dead", 100000, "2001-01-30", src=FERN),
     M(P, "250 miliar rupee", N, "loss", 250e9, cls="inr"),
     M(P, "Sekitar 600.000 orang", N, "homeless", 600000, FEB15, qual="approx"),
     M(P, "5,9", N, "after1", 5.9, cls="mag"),
     M(P, "5,3", N, "after2", 5.3, cls="mag"),
     M(P, "6,9", N, "mag", 6.9, cls="mag", src=IMD),
     M(P, "7,7", N, "mag", 7.7, "2001-02-15", cls="mag", src=USGS),

     M(R, "15,537", N, "dead", 15537, JUN12, src=OFF),
     M(R, "20,085", N, "dead", 20085, BEFORE, src=OFF),
     M(R, "Tuesday", D, "revised_day", "2001-06-12"),
     M(R, "7.7", N, "mag", 7.7, "2001-02-15", cls="mag", src=USGS),
     M(R, "Jan. 26", D, "quake", "2001-01-26"),
     M(R, "100,000", N, "dead", 100000, "2001-01-30", src=FERN),
     M(R, "about 50,000", N, "dead", 50000, "2001-01-31", qual="approx", src=RC),
     M(R, "about 167,000 people", N, "injured", 167000, JUN12, qual="approx"),
     M(R, "more than 1 million homes", N, "homes", 1000000, JUN12, qual="morethan"),
     M(R, "18 people", N, "pak_dead", 18, JUN12),
     M(R, "Jan. 28", D, "pm_visit", "2001-01-28", planted=True),
     M(R, "21 districts", N, "districts", 21),
    ]
    build("bhuj-quake-2001", "The Gujarat earthquake of Friday 26 January 2001 (Republic Day), centred in Kutch district "
          "near Bhachau and Bhuj: the official count of the dead rising from 2,063 late on Friday to 2,300 on Saturday, "
          "about 7,000 on Monday 29 January (the prime minister's aerial tour, Rs 5 billion of first relief) and 18,602 "
          "on Thursday 15 February (17,030 in Kutch), then revised down on Tuesday 12 June 2001 from 20,085 to 15,537; "
          "the chief minister's (20,000), the Red Cross's (50,000) and the defence minister's (100,000) estimates as "
          "other sources; the USGS magnitude 7.9 revised to 7.7 against the IMD's 6.9; ten dead in Pakistan, 18 by June",
          False, ms, names)


def note_ban():
    R, K, L, T = "reuters-nov09", "kompas-nov22", "livemint-dec14", "tempo-aug31"
    # as-of times: the old notes deposited or exchanged (one running tally) by Friday 18 November 2016 (Rs 5.44
    # trillion), 27 November (8.45), 10 December (12.44) and 30 June 2017 (15.28); the over-the-counter exchange limit
    # of 10 November (4,000), raised on 14 November (4,500) and cut from 18 November (2,000): a limit the government
    # may lower (fall); the cash machine and weekly limits of 10 November, raised on 14 November and unchanged on 13
    # December. The RBI's growth forecast for 2016/17: 7.6% in October, 7.1% on 7 December (a revision); the IMF's
    # 7.6% and 6.6% are another source's. The value withdrawn (Rs 15.44 trillion) does not change.
    OCT, NOV10, NOV14, NOV18, NOV27, DEC7, DEC10, DEC13 = ("2016-10-04", "2016-11-10", "2016-11-14", "2016-11-18",
                                                         "2016-11-27", "2016-12-07", "2016-12-10", "2016-12-13")
    RBI, IMF = "the Reserve Bank of India", "the IMF"
    names = {
     "old_big": "the larger old note (rupees)", "new_big": "the new large note (rupees)",
     "share": "share of cash in circulation withdrawn (%)", "withdrawn": "value of notes withdrawn (Rs trillion)",
     "dep": "old notes deposited or exchanged (Rs trillion)", "exch": "the daily exchange limit (rupees)",
     "daily": "the daily withdrawal limit (rupees)", "weekly": "the weekly withdrawal limit (rupees)",
     "atm": "the cash machine limit (rupees)", "farm": "farmers' weekly limit (rupees)",
     "wedding": "the limit for a wedding (rupees)", "fc": "growth forecast for 2016/17 (%)",
     "repo": "the repo rate (%)", "issued": "new notes issued (Rs trillion)",
     "ret_share": "share of withdrawn notes returned (%)", "not_ret": "old notes not returned (Rs trillion)",
     "print": "cost of printing notes in 2016/17 (Rs trillion)", "print_prev": "cost of printing a year earlier (Rs trillion)",
     "cic_fall": "fall in currency in circulation (%)", "cic": "currency in circulation in March 2017 (Rs trillion)",
     # dates
     "announce": "day of the announcement", "banks_closed": "day the banks were closed", "reopen": "day banks reopened",
     "deadline": "last day to deposit old notes", "dep_nov18": "day of the Rs 5.44 trillion tally",
     "rbi_nov21": "day the RBI gave the first tally", "raise": "day the limits were raised",
     "cut": "day the exchange limit was cut", "ink": "day the ink marking began", "dep_nov27": "day of the Rs 8.45 trillion tally",
     "dep_dec10": "day of the Rs 12.44 trillion tally", "gandhi": "day the deputy governor spoke",
     "policy": "day of the RBI's December policy", "exch_end": "day over-the-counter exchange ended",
     "session": "day Parliament's winter session opened", "dep_jun30": "day of the final tally",
     "report": "day of the RBI's annual report",
    }
    ms = [
     M(R, "1,000 rupee", N, "old_big", 1000, cls="inr"),
     M(R, "Tuesday", D, "announce", "2016-11-08"),
     M(R, "about 86 percent", N, "share", 86, qual="approx", cls="pct"),
     M(R, "2,000 rupee notes", N, "new_big", 2000, cls="inr"),
     M(R, "Wednesday", D, "banks_closed", "2016-11-09"),
     M(R, "Dec. 30", D, "deadline", "2016-12-30"),
     M(R, "4,000 rupees", N, "exch", 4000, NOV10, cls="inr", fall=True),
     M(R, "10,000 rupees a day", N, "daily", 10000, NOV10, cls="inr"),
     M(R, "20,000 rupees a week", N, "weekly", 20000, NOV10, cls="inr"),
     M(R, "2,000 rupees a day", N, "atm", 2000, NOV10, cls="inr"),
     M(R, "7.6 percent", N, "fc", 7.6, OCT, cls="pct", src=RBI),

     M(K, "5,44 triliun rupee", N, "dep", 5.44, NOV18, cls="trn"),
     M(K, "Kamis (10/11/2016)", D, "reopen", "2016-11-10"),
     M(K, "Jumat (18/11/2016)", D, "dep_nov18", "2016-11-18"),
     M(K, "Senin (21/11/2016)", D, "rbi_nov21", "2016-11-21"),
     M(K, "1.000 rupee", N, "old_big", 1000, cls="inr"),
     M(K, "Selasa (8/11/2016)", D, "announce", "2016-11-08"),
     M(K, "15,44 triliun rupee", N, "withdrawn", 15.44, cls="trn"),
     M(K, "sekitar 86 persen", N, "share", 86, qual="approx", cls="pct"),
     M(K, "2.000 rupee", N, "new_big", 2000, cls="inr"),
     M(K, "4.000", N, "exch", 4000, NOV10, cls="inr", fall=True),
     M(K, "4.500 rupee", N, "exch", 4500, NOV14, cls="inr", fall=True),
     M(K, "Senin (14/11/2016)", D, "raise", "2016-11-14"),
     M(K, "2.000 rupee", N, "exch", 2000, NOV18, cls="inr", fall=True, occ=2),
     M(K, "Jumat (18/11/2016)", D, "cut", "2016-11-18", occ=2),
     M(K, "2.000", N, "atm", 2000, NOV10, cls="inr", occ=3),
     M(K, "2.500 rupee", N, "atm", 2500, NOV14, cls="inr"),
     M(K, "20.000", N, "weekly", 20000, NOV10, cls="inr"),
     M(K, "24.000 rupee", N, "weekly", 24000, NOV14, cls="inr"),
     M(K, "Selasa (15/11/2016)", D, "ink", "2016-11-15"),
     M(K, "25.000 rupee", N, "farm", 25000, cls="inr"),
     M(K, "250.000 rupee", N, "wedding", 250000, cls="inr"),
     M(K, "30 Desember 2016", D, "deadline", "2016-12-30"),

     M(L, "Rs 12.44 trillion", N, "dep", 12.44, DEC10, cls="trn"),
     M(L, "10 December", D, "dep_dec10", "2016-12-10"),
     M(L, "Tuesday", D, "gandhi", "2016-12-13"),
     M(L, "Rs 14.54 trillion", N, "withdrawn", 14.54, cls="trn", planted=True),
     M(L, "8 November", D, "announce", "2016-11-08"),
     M(L, "Rs 8.45 trillion", N, "dep", 8.45, NOV27, cls="trn"),
     M(L, "27 November", D, "dep_nov27", "2016-11-27"),
     M(L, "Rs 5.44 trillion", N, "dep", 5.44, NOV18, cls="trn"),
     M(L, "Rs 4.61 trillion", N, "issued", 4.61, DEC10, cls="trn"),
     M(L, "7 December", D, "policy", "2016-12-07"),
     M(L, "6.25%", N, "repo", 6.25, cls="pct"),
     M(L, "7.1%", N, "fc", 7.1, DEC7, cls="pct", src=RBI),
     M(L, "7.6%", N, "fc", 7.6, OCT, cls="pct", src=RBI),
     M(L, "30 December", D, "deadline", "2016-12-30"),
     M(L, "24 November", D, "exch_end", "2016-11-24"),
     M(L, "Rs 2,500 a day", N, "atm", 2500, DEC13, cls="inr"),
     M(L, "Rs 24,000 a week", N, "weekly", 24000, DEC13, cls="inr"),
     M(L, "16 November", D, "session", "2016-11-16"),

     M(T, "15,28 triliun rupee", N, "dep", 15.28, "2017-06-30", cls="trn"),
     M(T, "30 Juni 2017", D, "dep_jun30", "2017-06-30"),
     M(T, "98,96 persen", N, "ret_share", 98.96, cls="pct"),
     M(T, "15,44 triliun rupee", N, "withdrawn", 15.44, cls="trn"),
     M(T, "Rabu (30/8/2017)", D, "report", "2017-08-30"),
     M(T, "1.000 rupee", N, "old_big", 1000, cls="inr"),
     M(T, "9 November 2016", D, "announce", "2016-11-09", planted=True),
     M(T, "sekitar 160,5 miliar rupee", N, "not_ret", 0.1605, qual="approx", cls="trn"),
     M(T, "79,65 miliar rupee", N, "print", 0.07965, cls="trn"),
     M(T, "34,21 miliar rupee", N, "print_prev", 0.03421, cls="trn"),
     M(T, "20,2 persen", N, "cic_fall", 20.2, cls="pct"),
     M(T, "13,35 triliun rupee", N, "cic", 13.35, cls="trn"),
     M(T, "6,6 persen", N, "fc", 6.6, "2017-01-16", cls="pct", src=IMF),
     M(T, "7,6 persen", N, "fc", 7.6, OCT, cls="pct", src=IMF),
     M(T, "Desember 2016", D, "policy", "2016-12"),
     M(T, "7,1 persen", N, "fc", 7.1, DEC7, cls="pct", src=RBI),
     M(T, "7,6 persen", N, "fc", 7.6, OCT, cls="pct", src=RBI, occ=2),
     M(T, "30 Desember 2016", D, "deadline", "2016-12-30"),
    ]
    build("note-ban-2016", "India's withdrawal of its 500 and 1,000 rupee notes, announced on Tuesday 8 November 2016 "
          "(about 86% of cash by value, Rs 15.44 trillion): old notes deposited or exchanged rising from Rs 5.44 "
          "trillion by 18 November to 8.45 by 27 November, 12.44 by 10 December and 15.28 by 30 June 2017 (98.96%); the "
          "exchange limit 4,000 -> 4,500 (14 November) -> 2,000 (18 November), the cash machine limit 2,000 -> 2,500 and "
          "the weekly limit 20,000 -> 24,000; the RBI's growth forecast cut from 7.6% to 7.1% on 7 December 2016 "
          "(repo 6.25%), the IMF's 7.6% -> 6.6% as another source; the deposit deadline 30 December 2016; the RBI's "
          "annual report of 30 August 2017", False, ms, names)


def census():
    R, K, H, A = "reuters-mar31", "kompas-apr01", "thehindu-apr02", "antara-apr03"
    names = {
     "pop": "India's population (million)", "inc": "the decade's increase (million)", "growth": "growth 2001-2011 (%)",
     "growth_prev": "growth 1991-2001 (%)", "males": "men (million)", "females": "women (million)",
     "sr": "females per 1,000 males", "sr_2001": "the sex ratio in 2001", "csr": "girls per 1,000 boys",
     "csr_2001": "the child sex ratio in 2001", "csr_1991": "the child sex ratio in 1991",
     "lit": "literacy (%)", "lit_2001": "literacy in 2001 (%)", "lit_m": "male literacy (%)", "lit_f": "female literacy (%)",
     "world": "share of the world's people (%)", "land": "share of the world's land (%)",
     "up": "Uttar Pradesh's population (million)", "maha": "Maharashtra's population (million)",
     "density": "people per square kilometre", "density_2001": "density in 2001",
     "enum": "enumerators (million)", "indonesia": "Indonesia's population in 2010 (million)",
     "lit_gain": "literacy gain (points)", "children": "children up to six (million)",
     "child_share": "children's share of the population (%)", "lakshadweep": "Lakshadweep's population",
     "districts": "districts", "growth_drop": "fall in the growth rate (points)", "sr_gain": "rise in the sex ratio (points)",
     "csr_drop": "fall in the child sex ratio (points)", "gap": "the literacy gap (points)", "gap_2001": "the literacy gap in 2001 (points)",
     # dates
     "release": "day the figures were released", "ref": "the census reference date", "enum_start": "first day of the count",
     "enum_end": "last day of the count", "enum_month": "month of the count",
    }
    ms = [
     M(R, "1,210,193,422", N, "pop", 1210.193422, cls="mn"),
     M(R, "Thursday", D, "release", "2011-03-31"),
     M(R, "some 181 million people", N, "inc", 181, qual="approx", cls="mn"),
     M(R, "17.64 percent", N, "growth", 17.64, cls="pct"),
     M(R, "21.54 percent", N, "growth_prev", 21.54, cls="pct"),
     M(R, "623.7 million", N, "males", 623.7, qual="approx", cls="mn"),
     M(R, "586.5 million", N, "females", 586.5, qual="approx", cls="mn"),
     M(R, "940 females", N, "sr", 940, cls="ratio"),
     M(R, "933", N, "sr_2001", 933, cls="ratio"),
     M(R, "914 girls", N, "csr", 914, cls="ratio"),
     M(R, "927", N, "csr_2001", 927, cls="ratio"),
     M(R, "74.04 percent", N, "lit", 74.04, cls="pct"),
     M(R, "64.83 percent", N, "lit_2001", 64.83, cls="pct"),
     M(R, "82.14 percent", N, "lit_m", 82.14, cls="pct"),
     M(R, "65.46 percent", N, "lit_f", 65.46, cls="pct"),
     M(R, "17.5 percent", N, "world", 17.5, cls="pct"),
     M(R, "2.4 percent", N, "land", 2.4, cls="pct"),
     M(R, "199.6 million", N, "up", 199.6, qual="approx", cls="mn"),
     M(R, "112.4 million", N, "maha", 112.4, qual="approx", cls="mn"),
     M(R, "382 people", N, "density", 382, cls="density"),
     M(R, "325", N, "density_2001", 325, cls="density"),
     M(R, "About 2.7 million enumerators", N, "enum", 2.7, qual="approx", cls="mn"),
     M(R, "March 1", D, "ref", "2011-03-01"),

     M(K, "1.210.193.422", N, "pop", 1210.193422, cls="mn"),
     M(K, "Kamis (31/3/2011)", D, "release", "2011-03-31"),
     M(K, "181,46 juta jiwa", N, "inc", 181.46, cls="mn"),
     M(K, "17,64 persen", N, "growth", 17.64, cls="pct"),
     M(K, "21,54 persen", N, "growth_prev", 21.54, cls="pct"),
     M(K, "sekitar 623,7 juta jiwa", N, "males", 623.7, qual="approx", cls="mn"),
     M(K, "586,5 juta jiwa", N, "females", 586.5, qual="approx", cls="mn"),
     M(K, "940 perempuan", N, "sr", 940, cls="ratio"),
     M(K, "933", N, "sr_2001", 933, cls="ratio"),
     M(K, "914", N, "csr", 914, cls="ratio"),
     M(K, "927", N, "csr_2001", 927, cls="ratio"),
     M(K, "74,04 persen", N, "lit", 74.04, cls="pct"),
     M(K, "64,83 persen", N, "lit_2001", 64.83, cls="pct"),
     M(K, "82,14 persen", N, "lit_m", 82.14, cls="pct"),
     M(K, "65,46 persen", N, "lit_f", 65.46, cls="pct"),
     M(K, "199,6 juta jiwa", N, "up", 199.6, qual="approx", cls="mn"),
     M(K, "112,4 juta jiwa", N, "maha", 112.4, qual="approx", cls="mn"),
     M(K, "382 jiwa", N, "density", 382, cls="density"),
     M(K, "325 jiwa", N, "density_2001", 325, cls="density"),
     M(K, "17,5 persen", N, "world", 17.5, cls="pct"),
     M(K, "237,6 juta jiwa", N, "indonesia", 237.6, qual="approx", cls="mn"),

     M(H, "914 girls", N, "csr", 914, cls="ratio"),
     M(H, "Thursday", D, "release", "2011-03-31"),
     M(H, "927", N, "csr_2001", 927, cls="ratio"),
     M(H, "945", N, "csr_1991", 945, cls="ratio"),
     M(H, "940", N, "sr", 940, cls="ratio"),
     M(H, "933", N, "sr_2001", 933, cls="ratio"),
     M(H, "1.21 billion", N, "pop", 1210, qual="approx", cls="mn"),
     M(H, "623.72 million", N, "males", 623.72, qual="approx", cls="mn"),
     M(H, "586.47 million", N, "females", 586.47, qual="approx", cls="mn"),
     M(H, "181.46 million", N, "inc", 181.46, cls="mn"),
     M(H, "17.64 per cent", N, "growth", 17.64, cls="pct"),
     M(H, "21.54 per cent", N, "growth_prev", 21.54, cls="pct"),
     M(H, "9.21 percentage points", N, "lit_gain", 9.21, cls="pts"),
     M(H, "74.04 per cent", N, "lit", 74.04, cls="pct"),
     M(H, "82.14 per cent", N, "lit_m", 82.14, cls="pct"),
     M(H, "65.46 per cent", N, "lit_f", 65.46, cls="pct"),
     M(H, "158.8 million", N, "children", 158.8, qual="approx", cls="mn"),
     M(H, "about 13.1 per cent", N, "child_share", 13.1, qual="approx", cls="pct"),
     M(H, "199.58 million", N, "up", 199.58, qual="approx", cls="mn"),
     M(H, "112.37 million", N, "maha", 112.37, qual="approx", cls="mn"),
     M(H, "64,429 residents", N, "lakshadweep", 64429),
     M(H, "February 9", D, "enum_start", "2011-02-09"),
     M(H, "February 28", D, "enum_end", "2011-02-28"),
     M(H, "March 1", D, "ref", "2011-03-01"),
     M(H, "640 districts", N, "districts", 640),

     M(A, "sekitar 1,21 miliar jiwa", N, "pop", 1210, qual="approx", cls="mn"),
     M(A, "17,5 persen", N, "world", 17.5, cls="pct"),
     M(A, "Kamis (31/3/2011)", D, "release", "2011-03-31"),
     M(A, "623.724.248 laki-laki", N, "males", 623.724248, cls="mn"),
     M(A, "586.469.174 perempuan", N, "females", 586.469174, cls="mn"),
     M(A, "17,64 persen", N, "growth", 17.64, cls="pct"),
     M(A, "3,90 poin", N, "growth_drop", 3.90, cls="pts"),
     M(A, "21,54 persen", N, "growth_prev", 21.54, cls="pct"),
     M(A, "tujuh poin", N, "sr_gain", 7, cls="pts"),
     M(A, "940 perempuan", N, "sr", 940, cls="ratio"),
     M(A, "13 poin", N, "csr_drop", 13, cls="pts"),
     M(A, "914", N, "csr", 914, cls="ratio"),
     M(A, "74,04 persen", N, "lit", 74.04, cls="pct"),
     M(A, "65,46 persen", N, "lit_f", 65.46, cls="pct"),
     M(A, "82,14 persen", N, "lit_m", 82.14, cls="pct"),
     M(A, "16,68 poin persentase", N, "gap", 16.68, cls="pts"),
     M(A, "21,59 poin", N, "gap_2001", 21.59, cls="pts"),
     M(A, "382 jiwa", N, "density", 382, cls="density"),
     M(A, "199.581.477 jiwa", N, "up", 199.581477, cls="mn"),
     M(A, "Sekitar 2,7 juta petugas sensus", N, "enum", 2.7, qual="approx", cls="mn"),
     M(A, "Februari 2011", D, "enum_month", "2011-02"),
    ]
    build("india-census-2011", "India's 2011 census, provisional totals released in New Delhi on Thursday 31 March 2011 "
          "(control): 1,210,193,422 people (623.7 million men, 586.5 million women), 181.46 million more in a decade, "
          "growth 17.64% against 21.54%; 940 females per 1,000 males (933 in 2001), 914 girls per 1,000 boys (927); "
          "literacy 74.04% (64.83%), men 82.14%, women 65.46%; 17.5% of the world's people on 2.4% of its land; Uttar "
          "Pradesh 199.58 million, Maharashtra 112.37 million; 382 people per square kilometre (325); the count of 9-28 "
          "February with 1 March as the reference date. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    quake()
    note_ban()
    census()
