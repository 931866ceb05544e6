"""The two-hundred-and-second development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset202/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from consistency.load import load_articles  # noqa: E402
from tests.benchmarks.devset import occurrences  # noqa: E402
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def every(cluster, art, text, fact, value):
    """One date mention for every whole-token occurrence of ``text`` (a bare year) in an article."""
    arts = {a.id: a for a in load_articles([ROOT / cluster])}
    return [M(art, text, D, fact, value, occ=k) for k in range(1, len(occurrences(arts[art].text, text)) + 1)]


def tejerias():
    A, R, K, L = "antara-oct09", "reuters-oct10", "kompas-oct12", "reuters-nov08"
    # as-of times of the running tallies: Sunday 9 October 2022 (the vice-president's first count), Monday 10 October
    # morning (her count of 25 dead, 52 missing, the homes), Monday later (the attorney general's 31), Monday night (36
    # dead, 56 missing), Tuesday 11 October (the president's 39, then minutes later the vice-president's 43), Wednesday
    # 12 October (the rescuers), Monday 17 October (the president's update: 50 -> 54 dead, 11 -> 8 missing) and the
    # report of Tuesday 8 November. The dead, the homes and the rescuers deployed do not fall; the missing may fall as
    # bodies are found (fall=True). The attorney general's count is his own source; counts credited to the
    # vice-president are hers; counts no text credits (or credited to the president) carry their as-of time only.
    SUN, MON_AM, MON_PM, MON_N = "2022-10-09", "2022-10-10a", "2022-10-10b", "2022-10-10c"
    TUE_A, TUE_B, WED = "2022-10-11a", "2022-10-11b", "2022-10-12"
    OCT17A, OCT17B, NOV = "2022-10-17a", "2022-10-17b", "2022-11-08"
    VP, AG = "the vice-president", "the attorney general"
    names = {
     "dead": "people killed in the landslide", "missing": "people missing", "destroyed": "homes destroyed",
     "damaged": "homes damaged", "deployed": "rescuers and officials deployed", "population": "the town's population",
     "projected": "the toll the president expected", "rain_dead": "people killed by the rains nationwide since April",
     "prosecutors": "prosecutors sent", "rainhours": "hours of heavy rain", "mourning": "days of national mourning",
     # dates
     "slide": "day of the landslide", "sun": "day of the first count (Sunday)", "mon": "day of Monday's counts",
     "tour": "day of the president's visit", "tue": "day of Tuesday's counts", "funeral": "day the funerals began",
     "oct17": "day of the president's last update", "nov": "day of the month-on report",
     "season": "day the rainy season began",
    }
    ms = [
     M(A, "Sedikitnya 22 orang", N, "dead", 22, SUN, qual="atleast"),
     M(A, "Sabtu (8/10/2022)", D, "slide", "2022-10-08"),
     M(A, "Minggu (9/10/2022)", D, "sun", "2022-10-09"),
     M(A, "lebih dari 52 orang", N, "missing", 52, SUN, qual="morethan", src=VP, fall=True),
     M(A, "tiga jam", N, "rainhours", 3, cls="dur"),
     M(A, "sekitar 50.000 jiwa", N, "population", 50000, qual="approx"),
     M(A, "tiga hari", N, "mourning", 3, cls="dur"),

     M(R, "Monday", D, "mon", "2022-10-10"),
     M(R, "Monday", D, "mon", "2022-10-10", occ=2),
     M(R, "25 people", N, "dead", 25, MON_AM, src=VP),
     M(R, "52", N, "missing", 52, MON_AM, src=VP, fall=True),
     M(R, "317 homes", N, "destroyed", 317, MON_AM),
     M(R, "757 others", N, "damaged", 757, MON_AM),
     M(R, "Saturday", D, "slide", "2022-10-08"),
     M(R, "31", N, "dead", 31, MON_PM, src=AG),
     M(R, "two prosecutors", N, "prosecutors", 2),
     M(R, "Some 1,200", N, "deployed", 1200, MON_AM, qual="approx"),
     M(R, "Monday", D, "tour", "2022-10-10", occ=3),
     M(R, "Sunday", D, "sun", "2022-10-09"),
     M(R, "22 people", N, "dead", 22, SUN, src=VP),

     M(K, "43 orang", N, "dead", 43, TUE_B, src=VP),
     M(K, "Selasa (11/10/2022)", D, "tue", "2022-10-11"),
     M(K, "39 orang", N, "dead", 39, TUE_A),
     M(K, "56 orang", N, "missing", 56, TUE_A, fall=True),
     M(K, "100 orang", N, "projected", 100),
     M(K, "Senin", D, "mon", "2022-10-10"),
     M(K, "36 orang", N, "dead", 36, MON_N),
     M(K, "56 orang", N, "missing", 56, MON_N, fall=True, occ=2),
     M(K, "Senin", D, "mon", "2022-10-10", occ=2),
     M(K, "371 rumah", N, "destroyed", 371, MON_AM, planted=True),
     M(K, "757 rumah", N, "damaged", 757, MON_AM),
     M(K, "Sekitar 3.000", N, "deployed", 3000, WED, qual="approx"),
     M(K, "Sabtu (8/10/2022)", D, "slide", "2022-10-08"),
     M(K, "Selasa", D, "funeral", "2022-10-11", occ=2),

     M(L, "eight people", N, "missing", 8, NOV, fall=True),
     M(L, "Tuesday", D, "nov", "2022-11-08"),
     M(L, "Oct. 8", D, "slide", "2022-10-08"),
     M(L, "54 people", N, "dead", 54, OCT17B),
     M(L, "Oct. 17", D, "oct17", "2022-10-17"),
     M(L, "50", N, "dead", 50, OCT17A),
     M(L, "11", N, "missing", 11, OCT17A, fall=True),
     M(L, "eight", N, "missing", 8, OCT17B, fall=True, occ=2),
     M(L, "22 dead", N, "dead", 22, SUN),
     M(L, "more than 52 missing", N, "missing", 52, SUN, qual="morethan", fall=True),
     M(L, "43", N, "dead", 43, TUE_B),
     M(L, "Oct. 11", D, "tue", "2022-10-11"),
     M(L, "more than 6,000 people", N, "deployed", 6000, NOV, qual="morethan"),
     M(L, "April 1", D, "season", "2022-04-01"),
     M(L, "89 people", N, "rain_dead", 89, NOV),
    ]
    build("tejerias-landslide-2022", "The landslide that buried much of Las Tejerías, Aragua state, Venezuela (Saturday "
          "night 8 October 2022): the toll rising 22 (Sunday 9 October, more than 52 missing) -> 25 (Monday morning, 52 "
          "missing, 317 homes destroyed, 757 damaged) -> the attorney general's 31 -> 36 (Monday night, 56 missing) -> "
          "39 (the president, Tuesday 11 October) -> 43 (the vice-president minutes later) -> 50 -> 54 (Monday 17 "
          "October, missing 11 -> 8); rescuers some 1,200 -> about 3,000 -> more than 6,000; the president's expected "
          "toll near 100; 89 dead in the rains nationwide since 1 April", False, ms, names)


def venezuela():
    K, R, T, J = "kompas-jul29", "reuters-aug03", "tempo-aug23", "jakpost-sep09"
    # The electoral council's (CNE) two bulletins are two as-of times of one running count: the first (early Monday
    # 29 July 2024, 80% of tally sheets) and the second (Friday 2 August, 96.87%). Votes, the share of tally sheets
    # and the turnout rise (update); González's share falls from 44.2% to 43.18% (revision: the declared result moved
    # down). The opposition's figures from its own copies of the tally sheets are another source (sources) against the
    # council's shares; the share of tally sheets the opposition holds is not a running count of the council's.
    # The Supreme Tribunal's ruling (Thursday 22 August), the vote (Sunday 28 July), the bulletins, the inauguration
    # (10 January 2025), the arrest warrant (2 September) and the arrival in Spain (Sunday 8 September) are different events.
    B1, B2 = "2024-07-29", "2024-08-02"
    CNE, OPP = "the electoral council", "the opposition's tally sheets"
    names = {
     "mvotes": "Maduro's votes", "gvotes": "González's votes", "mpct": "Maduro's share of the vote",
     "gpct": "González's share of the vote", "counted": "share of tally sheets counted by the council",
     "turnout": "turnout", "margin": "Maduro's margin in votes", "others": "the other eight candidates' share",
     "registered": "registered voters", "sheets": "share of tally sheets the opposition collected",
     "term": "length of the presidential term", "delay": "hours between the polls' close and the result",
     # dates
     "vote": "day of the election", "bul1": "day of the first bulletin", "bul2": "day of the second bulletin",
     "machado": "day of Machado's statement", "since": "year Maduro took power", "tsj": "day of the Supreme Tribunal's ruling",
     "termyears": "the new term's first year", "inaug": "day of the inauguration", "warrant": "day of the arrest warrant",
     "arrival": "day González arrived in Spain",
    }
    ms = [
     M(K, "Minggu (28/7/2024)", D, "vote", "2024-07-28"),
     M(K, "Senin (29/7/2024)", D, "bul1", "2024-07-29"),
     M(K, "sekitar enam jam", N, "delay", 6, qual="approx", cls="dur"),
     M(K, "5.150.092 suara", N, "mvotes", 5150092, B1),
     M(K, "51,2 persen", N, "mpct", 51.2, B1, src=CNE, cls="pct"),
     M(K, "4.445.978 suara", N, "gvotes", 4445978, B1),
     M(K, "44,2 persen", N, "gpct", 44.2, B1, src=CNE, cls="pct"),
     M(K, "80 persen", N, "counted", 80, B1, cls="pct"),
     M(K, "59 persen", N, "turnout", 59, B1, cls="pct"),
     M(K, "704.114 suara", N, "margin", 704114, B1),
     M(K, "4,6 persen", N, "others", 4.6, B1, cls="pct"),
     M(K, "2013", D, "since", "2013"),
     M(K, "enam tahun", N, "term", 6, cls="dur"),

     M(R, "Friday", D, "bul2", "2024-08-02"),
     M(R, "51.95%", N, "mpct", 51.95, B2, src=CNE, cls="pct"),
     M(R, "July 28", D, "vote", "2024-07-28"),
     M(R, "6,408,844 votes", N, "mvotes", 6408844, B2),
     M(R, "5,326,104 votes", N, "gvotes", 5326104, B2),
     M(R, "43.18%", N, "gpct", 43.18, B2, src=CNE, cls="pct"),
     M(R, "96.87%", N, "counted", 96.87, B2, cls="pct"),
     M(R, "80%", N, "counted", 80, B1, cls="pct"),
     M(R, "Monday", D, "bul1", "2024-07-29"),
     M(R, "51.2%", N, "mpct", 51.2, B1, src=CNE, cls="pct"),
     M(R, "44.2%", N, "gpct", 44.2, B1, src=CNE, cls="pct"),
     M(R, "59.97%", N, "turnout", 59.97, B2, cls="pct"),
     M(R, "roughly 21.3 million", N, "registered", 21300000, qual="approx"),
     M(R, "more than 80%", N, "sheets", 80, qual="morethan", cls="pct"),
     M(R, "Friday", D, "machado", "2024-08-02", occ=2),

     M(T, "Kamis (22/8/2024)", D, "tsj", "2024-08-22"),
     M(T, "51,95 persen", N, "mpct", 51.95, B2, src=CNE, cls="pct"),
     M(T, "Sabtu (27/7/2024)", D, "vote", "2024-07-27", planted=True),
     M(T, "43,18 persen", N, "gpct", 43.18, B2, src=CNE, cls="pct"),
     M(T, "83 persen", N, "sheets", 83, cls="pct"),
     M(T, "67 persen", N, "gpct", 67, src=OPP, cls="pct"),
     M(T, "30 persen", N, "mpct", 30, src=OPP, cls="pct"),
     M(T, "2025-2031", D, "termyears", "2025"),
     M(T, "10 Januari 2025", D, "inaug", "2025-01-10"),

     M(J, "Sunday", D, "arrival", "2024-09-08"),
     M(J, "Sept. 2", D, "warrant", "2024-09-02"),
     M(J, "July 28", D, "vote", "2024-07-28"),
     M(J, "51.95%", N, "mpct", 51.95, B2, src=CNE, cls="pct"),
     M(J, "43.18%", N, "gpct", 43.18, B2, src=CNE, cls="pct"),
     M(J, "6,480,844 votes", N, "mvotes", 6480844, B2, planted=True),
     M(J, "about 83%", N, "sheets", 83, qual="approx", cls="pct"),
     M(J, "67%", N, "gpct", 67, src=OPP, cls="pct"),
     M(J, "Aug. 22", D, "tsj", "2024-08-22"),
     M(J, "six-year", N, "term", 6, cls="dur"),
     M(J, "Jan. 10, 2025", D, "inaug", "2025-01-10"),
    ]
    build("venezuela-presidential-2024", "Venezuela's presidential election (Sunday 28 July 2024): the electoral "
          "council's first bulletin early on Monday 29 July (80% of tally sheets: Maduro 5,150,092 votes, 51.2%; "
          "González 4,445,978, 44.2%; turnout 59%), its second on Friday 2 August (96.87%: Maduro 6,408,844, 51.95%; "
          "González 5,326,104, 43.18%; turnout 59.97%), the opposition's count from about 83% of tally sheets "
          "(González 67%, Maduro 30%), the Supreme Tribunal's certification on Thursday 22 August, the inauguration "
          "set for 10 January 2025, the arrest warrant of 2 September and González's arrival in Spain on Sunday 8 "
          "September", False, ms, names)


def ecopetrol():
    R, K, B, N2 = "reuters-feb28", "kontan-mar01", "bisnis-mar02", "bnamericas-mar03"
    C = "ecopetrol-results-2022"
    names = {
     "profit": "net income 2022 (trillion pesos)", "profit_g": "net income growth", "revenue": "revenue 2022",
     "rev_g": "revenue growth", "ebitda": "EBITDA 2022", "ebitda_g": "EBITDA growth", "margin": "EBITDA margin",
     "output": "average production (boe/d)", "output_g": "production growth", "leverage": "gross debt to EBITDA (times)",
     "roace": "return on capital employed", "capex": "investments 2022 (trillion pesos)", "capex_usd": "investments (US$ bn)",
     "capex_g": "investment growth", "transfers": "payments to the state in 2022", "transfers21": "payments to the state in 2021",
     "q4rev": "fourth-quarter revenue", "tenure": "the chief executive's years in the job",
     # dates
     "announce": "day the results were released", "fy": "the year reported (2022)", "prev": "the year before (2021)",
     "leaves": "month the chief executive leaves",
    }
    TP = "cop"
    ms = [
     M(R, "Tuesday", D, "announce", "2023-02-28"),
     M(R, "33.4 trillion pesos", N, "profit", 33.4, cls=TP),
     M(R, "100.1%", N, "profit_g", 100.1, cls="pct"),
     M(R, "73.8%", N, "rev_g", 73.8, cls="pct"),
     M(R, "159.5 trillion pesos", N, "revenue", 159.5, cls=TP),
     M(R, "79.3%", N, "ebitda_g", 79.3, cls="pct"),
     M(R, "75.2 trillion pesos", N, "ebitda", 75.2, cls=TP),
     M(R, "47.2%", N, "margin", 47.2, cls="pct"),
     M(R, "709,500 barrels", N, "output", 709500),
     M(R, "4.5%", N, "output_g", 4.5, cls="pct"),
     M(R, "1.5 times", N, "leverage", 1.5, cls="times"),
     M(R, "18.8%", N, "roace", 18.8, cls="pct"),
     M(R, "23.4 trillion pesos", N, "capex", 23.4, cls=TP),
     M(R, "$5.488 billion", N, "capex_usd", 5.488, cls="usd"),
     M(R, "26.1%", N, "capex_g", 26.1, cls="pct"),
     M(R, "about 42.4 trillion pesos", N, "transfers", 42.4, qual="approx", cls=TP),
     M(R, "16.8 trillion pesos", N, "transfers21", 16.8, cls=TP),
     M(R, "39.7 trillion pesos", N, "q4rev", 39.7, cls=TP),
     M(R, "the end of March", D, "leaves", "2023-03"),

     M(K, "33,4 triliun peso", N, "profit", 33.4, cls=TP),
     M(K, "Selasa (28/2/2023)", D, "announce", "2023-02-28"),
     M(K, "100,1 persen", N, "profit_g", 100.1, cls="pct"),
     M(K, "73,8 persen", N, "rev_g", 73.8, cls="pct"),
     M(K, "159,5 triliun peso", N, "revenue", 159.5, cls=TP),
     M(K, "79,3 persen", N, "ebitda_g", 79.3, cls="pct"),
     M(K, "75,2 triliun peso", N, "ebitda", 75.2, cls=TP),
     M(K, "47,2 persen", N, "margin", 47.2, cls="pct"),
     M(K, "709.500 barel", N, "output", 709500),
     M(K, "4,5 persen", N, "output_g", 4.5, cls="pct"),
     M(K, "1,5 kali", N, "leverage", 1.5, cls="times"),
     M(K, "sekitar 42,4 triliun peso", N, "transfers", 42.4, qual="approx", cls=TP),
     M(K, "16,8 triliun peso", N, "transfers21", 16.8, cls=TP),
     M(K, "23,4 triliun peso", N, "capex", 23.4, cls=TP),
     M(K, "26,1 persen", N, "capex_g", 26.1, cls="pct"),

     M(B, "33,4 triliun peso", N, "profit", 33.4, cls=TP),
     M(B, "Selasa (28/2/2023)", D, "announce", "2023-02-28"),
     M(B, "159,5 triliun peso", N, "revenue", 159.5, cls=TP),
     M(B, "73,8 persen", N, "rev_g", 73.8, cls="pct"),
     M(B, "75,2 triliun peso", N, "ebitda", 75.2, cls=TP),
     M(B, "47,2 persen", N, "margin", 47.2, cls="pct"),
     M(B, "18,8 persen", N, "roace", 18.8, cls="pct"),
     M(B, "100,1 persen", N, "profit_g", 100.1, cls="pct"),
     M(B, "709.500 barel", N, "output", 709500),
     M(B, "1,5 kali", N, "leverage", 1.5, cls="times"),
     M(B, "39,7 triliun peso", N, "q4rev", 39.7, cls=TP),
     M(B, "sekitar 42,4 triliun peso", N, "transfers", 42.4, qual="approx", cls=TP),
     M(B, "23,4 triliun peso", N, "capex", 23.4, cls=TP),
     M(B, "26,1 persen", N, "capex_g", 26.1, cls="pct"),
     M(B, "akhir Maret 2023", D, "leaves", "2023-03"),

     M(N2, "Feb. 28", D, "announce", "2023-02-28"),
     M(N2, "33.4 trillion pesos", N, "profit", 33.4, cls=TP),
     M(N2, "100.1%", N, "profit_g", 100.1, cls="pct"),
     M(N2, "73.8%", N, "rev_g", 73.8, cls="pct"),
     M(N2, "159.5 trillion pesos", N, "revenue", 159.5, cls=TP),
     M(N2, "75.2 trillion pesos", N, "ebitda", 75.2, cls=TP),
     M(N2, "79.3%", N, "ebitda_g", 79.3, cls="pct"),
     M(N2, "47.2%", N, "margin", 47.2, cls="pct"),
     M(N2, "709,500 barrels", N, "output", 709500),
     M(N2, "4.5%", N, "output_g", 4.5, cls="pct"),
     M(N2, "1.5 times", N, "leverage", 1.5, cls="times"),
     M(N2, "18.8%", N, "roace", 18.8, cls="pct"),
     M(N2, "23.4 trillion pesos", N, "capex", 23.4, cls=TP),
     M(N2, "$5.488 billion", N, "capex_usd", 5.488, cls="usd"),
     M(N2, "26.1%", N, "capex_g", 26.1, cls="pct"),
     M(N2, "about 42.4 trillion pesos", N, "transfers", 42.4, qual="approx", cls=TP),
     M(N2, "16.8 trillion pesos", N, "transfers21", 16.8, cls=TP),
     M(N2, "39.7 trillion pesos", N, "q4rev", 39.7, cls=TP),
     M(N2, "the end of March", D, "leaves", "2023-03"),
     M(N2, "more than five years", N, "tenure", 5, qual="morethan", cls="dur"),
    ]
    for art in (R, K, B, N2):
        ms += every(C, art, "2022", "fy", "2022") + every(C, art, "2021", "prev", "2021")
    build(C, "Ecopetrol's 2022 results (control), released on Tuesday 28 February 2023: net income a record 33.4 "
          "trillion pesos (up 100.1%), revenue 159.5 trillion (up 73.8%), EBITDA 75.2 trillion (up 79.3%, margin "
          "47.2%), production 709,500 boe/d (up 4.5%), gross debt 1.5 times EBITDA, ROACE 18.8%, investments 23.4 "
          "trillion pesos (US$5.488 billion, up 26.1%), about 42.4 trillion pesos paid to the state (16.8 trillion in "
          "2021), fourth-quarter revenue 39.7 trillion; the chief executive leaving at the end of March 2023. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    tejerias()
    venezuela()
    ecopetrol()
