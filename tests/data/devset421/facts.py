"""The four-hundred-and-twenty-first development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset421/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def humboldt():
    C, K, T, B = "cp-apr07", "kompas-apr13", "tempo-jul07", "cbc-mar22"
    # as-of times of the running tallies: Saturday 7 April 2018 in the morning (14 dead, 15 injured by the RCMP, 14
    # injured in hospital by the provincial health authority: sources) and in the evening (15 dead), Thursday 12
    # April (16 dead, 13 survivors), the charges of Friday 6 July and the sentence of Friday 22 March 2019 (16 dead,
    # 13 injured). The injured fall as the injured die (a count that may fall). The fundraiser: more than 11 million
    # dollars by Friday 13 April, about / exactly 15.2 million when it closed on Tuesday 17 April 2018.
    SAT_AM, SAT_PM, THU, FRI13, CLOSED, JUL, MAR19 = ("2018-04-07a", "2018-04-07b", "2018-04-12", "2018-04-13",
                                                      "2018-04-17", "2018-07-06", "2019-03-22")
    RCMP, SHA = "the RCMP", "the provincial health authority"
    names = {
     "dead": "people killed in the crash", "injured": "people injured (survivors)", "critical": "injured in critical condition",
     "aboard": "people on the bus", "players": "players among the dead", "dist": "distance of the crash from Tisdale (km)",
     "age_therapist": "the athletic therapist's age (years)", "age_driver": "the truck driver's age (years)",
     "ch_death": "counts of dangerous driving causing death", "ch_harm": "counts of dangerous driving causing bodily harm",
     "max_term": "maximum term for dangerous driving causing death (years)", "term": "prison term given (years)",
     "sought": "prison term sought by the Crown (years)", "fund": "money raised by the online fundraiser (CAD)",
     # dates
     "crash": "day of the crash", "briefing": "day of the RCMP's first count", "count_15": "day of the counts of 14 and 15",
     "death16": "day the sixteenth victim died", "jersey": "day of the jersey tribute", "fund_day": "day of the fundraiser's count",
     "vigil": "day of the vigil", "charged": "day the driver was arrested and charged", "court1": "day of the first court date",
     "sentence": "day of the sentence", "plea": "month of the guilty plea",
    }
    ms = [
     M(C, "Friday", D, "crash", "2018-04-06"),
     M(C, "Saturday", D, "briefing", "2018-04-07"),
     M(C, "14 people", N, "dead", 14, SAT_AM),
     M(C, "15 others", N, "injured", 15, SAT_AM, src=RCMP, fall=True),
     M(C, "three of them critically", N, "critical", 3, SAT_AM, fall=True),
     M(C, "29 people", N, "aboard", 29),
     M(C, "30 km", N, "dist", 30, qual="approx", cls="km"),

     M(K, "16 orang", N, "dead", 16, THU),
     M(K, "24 tahun", N, "age_therapist", 24, cls="age"),
     M(K, "Kamis (12/4/2018)", D, "death16", "2018-04-12"),
     M(K, "14 orang tewas", N, "dead", 14, SAT_AM),
     M(K, "15 orang luka", N, "injured", 15, SAT_AM, src=RCMP, fall=True),
     M(K, "Sabtu (7/4/2018)", D, "count_15", "2018-04-07"),
     M(K, "15 orang", N, "dead", 15, SAT_PM, occ=2),
     M(K, "14 korban luka", N, "injured", 14, SAT_AM, src=SHA, fall=True),
     M(K, "29 orang", N, "aboard", 29),
     M(K, "13 orang selamat", N, "injured", 13, THU, fall=True),
     M(K, "10 pemain", N, "players", 10),
     M(K, "Kamis", D, "jersey", "2018-04-12", occ=2),
     M(K, "lebih dari 11 juta dolar Kanada", N, "fund", 11e6, FRI13, qual="morethan", cls="cad"),
     M(K, "Jumat (13/4/2018)", D, "fund_day", "2018-04-13"),
     M(K, "Minggu (8/4/2018)", D, "vigil", "2018-04-08"),
     M(K, "Jumat (6/4/2018)", D, "crash", "2018-04-06"),

     M(T, "Jumat (6/7/2018)", D, "charged", "2018-07-06"),
     M(T, "29 tahun", N, "age_driver", 29, cls="age"),
     M(T, "16 dakwaan", N, "ch_death", 16),
     M(T, "31 dakwaan", N, "ch_harm", 31, planted=True),
     M(T, "Selasa (10/7/2018)", D, "court1", "2018-07-10"),
     M(T, "Jumat (6/4/2018)", D, "crash", "2018-04-06"),
     M(T, "16 orang", N, "dead", 16, JUL),
     M(T, "13 orang", N, "injured", 13, JUL, fall=True),
     M(T, "29 penumpang", N, "aboard", 29),
     M(T, "14 tahun penjara", N, "max_term", 14, cls="yrs"),
     M(T, "sekitar 15,2 juta dolar Kanada", N, "fund", 15.2e6, CLOSED, qual="approx", cls="cad"),

     M(B, "Friday", D, "sentence", "2019-03-22"),
     M(B, "eight years in prison", N, "term", 8, cls="yrs"),
     M(B, "January", D, "plea", "2019-01"),
     M(B, "16 counts", N, "ch_death", 16),
     M(B, "13 counts", N, "ch_harm", 13),
     M(B, "10 years", N, "sought", 10, cls="yrs"),
     M(B, "April 6, 2018", D, "crash", "2018-04-06"),
     M(B, "16 people", N, "dead", 16, MAR19),
     M(B, "11 of them players", N, "players", 11, planted=True),
     M(B, "13 others", N, "injured", 13, MAR19, fall=True),
     M(B, "29 people", N, "aboard", 29),
     M(B, "$15.2 million", N, "fund", 15.2e6, CLOSED, cls="cad"),
    ]
    build("humboldt-bus-crash-2018", "The collision of the Humboldt Broncos junior hockey team's bus with a "
          "semi-trailer truck at a rural crossroads north of Tisdale, Saskatchewan, on Friday 6 April 2018 shortly "
          "before 5 p.m.: 29 people aboard; 14 dead and 15 injured by the RCMP on Saturday morning (14 injured in "
          "hospital by the provincial health authority: sources), 15 dead by Saturday evening, 16 after the athletic "
          "therapist died on Thursday 12 April, 13 survivors; the fundraiser's more than 11 million dollars by 13 "
          "April and 15.2 million at its close; the truck driver Jaskirat Singh Sidhu arrested and charged on Friday "
          "6 July 2018 with 16 counts of dangerous driving causing death and 13 causing bodily harm, a guilty plea in "
          "January 2019 and eight years in prison on Friday 22 March 2019 (the Crown sought 10)", False, ms, names)


def pipeline():
    R, K, T, D_ = "reuters-may29", "kompas-aug31", "tempo-jun19", "detik-may02"
    # the purchase price: C$4.5 billion as announced on Tuesday 29 May 2018, C$4.4 billion when the sale closed on
    # Friday 31 August 2018 after adjustments (a revision); the expansion's cost estimate rising from Kinder Morgan's
    # 7.4 billion (2017) to 12.6 (February 2020), 21.4 (February 2022), 30.9 (March 2023) and about 34 billion
    # (2024): updates. Dates: the court's ruling and the shareholders' vote on the same Thursday (not_conflict).
    MAY, AUG31, E2017, E2020, E2022, E2023, E2024 = ("2018-05-29", "2018-08-31", "2017", "2020-02", "2022-02",
                                                     "2023-03", "2024-05")
    names = {
     "price": "purchase price of the pipeline (C$)", "cost": "estimated cost of the expansion (C$)",
     "cap_old": "capacity before the expansion (barrels a day)", "cap_new": "capacity after the expansion (barrels a day)",
     "length": "length of the pipeline (km)", "tankers": "tankers a month after the expansion",
     # dates
     "announce": "day the purchase was announced", "deadline": "Kinder Morgan's deadline", "ruling": "day the court quashed the approval",
     "vote": "day the shareholders approved the sale", "closing": "day the sale closed", "reapproval": "day the cabinet approved the expansion again",
     "emergency": "day the House declared a climate emergency", "est2020": "month of the 12.6 billion estimate",
     "est2022": "month of the 21.4 billion estimate", "est2023": "month of the 30.9 billion estimate",
     "start": "day the expanded line began commercial operation",
    }
    ms = [
     M(R, "Tuesday", D, "announce", "2018-05-29"),
     M(R, "C$4.5 billion", N, "price", 4.5e9, MAY, cls="cad"),
     M(R, "about 300,000 barrels", N, "cap_old", 300000, qual="approx", cls="bpd"),
     M(R, "1,150 km", N, "length", 1150, cls="km"),
     M(R, "890,000 barrels", N, "cap_new", 890000, cls="bpd"),
     M(R, "C$7.4 billion", N, "cost", 7.4e9, E2017, cls="cad"),
     M(R, "May 31", D, "deadline", "2018-05-31"),
     M(R, "34 vessels", N, "tankers", 34),

     M(K, "Kamis (30/8/2018)", D, "ruling", "2018-08-30"),
     M(K, "Kamis", D, "vote", "2018-08-30", occ=2),
     M(K, "4,7 miliar dolar Kanada", N, "price", 4.7e9, MAY, cls="cad", planted=True),
     M(K, "Selasa (29/5/2018)", D, "announce", "2018-05-29"),
     M(K, "Jumat (31/8/2018)", D, "closing", "2018-08-31"),
     M(K, "1.150 kilometer", N, "length", 1150, cls="km"),
     M(K, "sekitar 300.000 barel", N, "cap_old", 300000, qual="approx", cls="bpd"),
     M(K, "890.000 barel", N, "cap_new", 890000, cls="bpd"),

     M(T, "Selasa (18/6/2019)", D, "reapproval", "2019-06-18"),
     M(T, "Senin (17/6/2019)", D, "emergency", "2019-06-17"),
     M(T, "30 Agustus 2018", D, "ruling", "2018-08-30"),
     M(T, "4,4 miliar dolar Kanada", N, "price", 4.4e9, AUG31, cls="cad"),
     M(T, "Agustus 2018", D, "closing", "2018-08", occ=2),
     M(T, "7,4 miliar dolar Kanada", N, "cost", 7.4e9, E2017, cls="cad"),
     M(T, "sekitar 300.000", N, "cap_old", 300000, qual="approx", cls="bpd"),
     M(T, "890.000 barel", N, "cap_new", 890000, cls="bpd"),
     M(T, "34 kapal", N, "tankers", 34),

     M(D_, "Rabu (1/5/2024)", D, "start", "2024-05-01"),
     M(D_, "1.150 km", N, "length", 1150, cls="km"),
     M(D_, "890.000 barel", N, "cap_new", 890000, cls="bpd"),
     M(D_, "sekitar 300.000 barel", N, "cap_old", 300000, qual="approx", cls="bpd"),
     M(D_, "7,4 miliar dolar Kanada", N, "cost", 7.4e9, E2017, cls="cad"),
     M(D_, "12,6 miliar dolar Kanada", N, "cost", 12.6e9, E2020, cls="cad"),
     M(D_, "Februari 2020", D, "est2020", "2020-02"),
     M(D_, "21,4 miliar dolar Kanada", N, "cost", 21.4e9, E2022, cls="cad"),
     M(D_, "Februari 2022", D, "est2022", "2022-02"),
     M(D_, "30,9 miliar dolar Kanada", N, "cost", 30.9e9, E2023, cls="cad"),
     M(D_, "Maret 2023", D, "est2023", "2023-03"),
     M(D_, "sekitar 34 miliar dolar Kanada", N, "cost", 34e9, E2024, qual="approx", cls="cad"),
     M(D_, "4,4 miliar dolar Kanada", N, "price", 4.4e9, AUG31, cls="cad"),
     M(D_, "Agustus 2018", D, "ruling", "2018-08"),
     M(D_, "Rabu (19/6/2019)", D, "reapproval", "2019-06-19", planted=True),
    ]
    build("trans-mountain-2018", "Canada's purchase of Kinder Morgan's Trans Mountain pipeline and its expansion: "
          "announced on Tuesday 29 May 2018 at C$4.5 billion, closed on Friday 31 August 2018 at C$4.4 billion "
          "after adjustments (a revision), the day after the Federal Court of Appeal quashed the expansion's approval "
          "and the shareholders approved the sale (Thursday 30 August); approved again by the cabinet on Tuesday 18 "
          "June 2019, the day after the House's climate emergency motion; the expansion's cost estimate rising from "
          "7.4 billion to 12.6 (February 2020), 21.4 (February 2022), 30.9 (March 2023) and about 34 billion; "
          "capacity from about 300,000 to 890,000 barrels a day over 1,150 km; in commercial operation from "
          "Wednesday 1 May 2024", False, ms, names)


def levels():
    C, K, G, A = "cbc-oct24", "kompas-oct25", "globe-oct26", "antara-oct27"
    names = {
     "pr2024": "permanent resident target for 2024", "pr2025": "permanent resident target for 2025",
     "pr2026": "permanent resident target for 2026", "pr2027": "permanent resident target for 2027",
     "tr2025": "fall in temporary residents in 2025", "tr2026": "fall in temporary residents in 2026",
     "pop2025": "population decline in 2025 (%)", "pop2026": "population decline in 2026 (%)",
     "pop2027": "population growth in 2027 (%)", "tr_share": "temporary residents' target share of the population (%)",
     "housing": "housing supply gap closed by 2027 (units)",
     # dates
     "announce": "day the levels plan was released", "caps": "month the study permit caps were announced",
    }
    ms = [
     M(C, "395,000 permanent residents", N, "pr2025", 395000),
     M(C, "485,000", N, "pr2024", 485000),
     M(C, "Thursday", D, "announce", "2024-10-24"),
     M(C, "380,000", N, "pr2026", 380000),
     M(C, "365,000", N, "pr2027", 365000),
     M(C, "445,901", N, "tr2025", 445901),
     M(C, "445,662", N, "tr2026", 445662),
     M(C, "0.2 per cent", N, "pop2025", 0.2, cls="pct", also={"pop2026": 0.2}),
     M(C, "0.8 per cent", N, "pop2027", 0.8, cls="pct"),
     M(C, "5 per cent", N, "tr_share", 5, cls="pct"),
     M(C, "about 670,000 units", N, "housing", 670000, qual="approx", cls="units"),

     M(K, "395.000 orang", N, "pr2025", 395000),
     M(K, "485.000 orang", N, "pr2024", 485000),
     M(K, "Kamis (24/10/2024)", D, "announce", "2024-10-24"),
     M(K, "380.000 orang", N, "pr2026", 380000),
     M(K, "365.000 orang", N, "pr2027", 365000),
     M(K, "445.901 orang", N, "tr2025", 445901),
     M(K, "445.662 orang", N, "tr2026", 445662),
     M(K, "0,2 persen", N, "pop2025", 0.2, cls="pct", also={"pop2026": 0.2}),
     M(K, "0,8 persen", N, "pop2027", 0.8, cls="pct"),
     M(K, "5 persen", N, "tr_share", 5, cls="pct"),
     M(K, "sekitar 670.000 unit", N, "housing", 670000, qual="approx", cls="units"),

     M(G, "395,000", N, "pr2025", 395000),
     M(G, "380,000", N, "pr2026", 380000),
     M(G, "365,000", N, "pr2027", 365000),
     M(G, "Thursday, Oct. 24", D, "announce", "2024-10-24"),
     M(G, "485,000", N, "pr2024", 485000),
     M(G, "about 446,000", N, "tr2025", 446000, qual="approx", also={"tr2026": 446000}),
     M(G, "0.2 per cent", N, "pop2025", 0.2, cls="pct", also={"pop2026": 0.2}),
     M(G, "0.8 per cent", N, "pop2027", 0.8, cls="pct"),
     M(G, "5 per cent", N, "tr_share", 5, cls="pct"),
     M(G, "roughly 670,000 units", N, "housing", 670000, qual="approx", cls="units"),
     M(G, "January", D, "caps", "2024-01"),

     M(A, "395.000 penduduk tetap", N, "pr2025", 395000),
     M(A, "485.000", N, "pr2024", 485000),
     M(A, "Kamis (24/10/2024)", D, "announce", "2024-10-24"),
     M(A, "380.000", N, "pr2026", 380000),
     M(A, "365.000", N, "pr2027", 365000),
     M(A, "sekitar 446.000 orang", N, "tr2025", 446000, qual="approx", also={"tr2026": 446000}),
     M(A, "0,2 persen", N, "pop2025", 0.2, cls="pct", also={"pop2026": 0.2}),
     M(A, "0,8 persen", N, "pop2027", 0.8, cls="pct"),
     M(A, "5 persen", N, "tr_share", 5, cls="pct"),
     M(A, "sekitar 670.000 unit", N, "housing", 670000, qual="approx", cls="units"),
    ]
    build("immigration-levels-2024", "Canada's immigration levels plan released by the immigration minister Marc "
          "Miller on Thursday 24 October 2024 (control): permanent resident targets of 395,000 in 2025, 380,000 in "
          "2026 and 365,000 in 2027, down from 485,000 in 2024; temporary residents to fall by 445,901 in 2025 and "
          "445,662 in 2026 (about 446,000 a year) to 5% of the population by the end of 2026; the population to "
          "shrink by 0.2% in 2025 and 2026 and grow by 0.8% in 2027; the housing supply gap narrowed by about "
          "670,000 units by the end of 2027. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    humboldt()
    pipeline()
    levels()
