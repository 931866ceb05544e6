"""The twenty-second development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset22/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def kozhikode():
    R, K, H, DT, T = "reuters-aug07", "kompas-aug08", "thehindu-aug10", "detik-aug14", "timesofindia-sep12"
    names = {
     "aboard": "people on board flight IX1344", "pax": "passengers on board", "adults": "adult passengers",
     "infants": "infants on board", "pilots": "pilots on board", "cabin": "cabin crew on board",
     "crew": "crew on board", "dead": "death toll of the crash", "hosp": "injured in hospital",
     "critical": "injured in a critical condition", "rescuers": "rescuers being tested",
     "drop": "depth of the slope the jet fell down (feet)", "comp_adult": "the Centre's interim compensation per adult victim",
     "comp_child": "the Centre's interim compensation per victim under 12", "exgratia": "Kerala's ex gratia per victim",
     "agecut": "age limit between the two compensations", "mangalore": "dead in the 2010 Mangalore crash",
     "members": "members of the investigation committee", "months": "months given to the committee",
     "rwy10": "runway 10", "rwy28": "runway 28", "type": "aircraft type (737-800)", "flightno": "flight number",
     # dates
     "crash": "day of the crash", "rescue": "night of the rescue", "toll_k": "day the 18 dead were counted",
     "toll_h": "day the toll stood at 18 and 22 critical", "death19": "day the nineteenth victim died",
     "recorders": "day the flight recorders were recovered", "committee": "day the committee was set up",
     "report": "day the final report was released", "y2010": "month of the Mangalore crash",
    }
    ms = [
     M(R, "191 people", N, "aboard", 191, "2020-08-07"),
     M(R, "at least 17 people", N, "dead", 17, "2020-08-07T22", "atleast"),
     M(R, "IX1344", N, "flightno", 1344, cls="flightno"),
     M(R, "737-800", N, "type", 737800, cls="type"),
     M(R, "174 adult passengers", N, "adults", 174),
     M(R, "10 infants", N, "infants", 10),
     M(R, "two pilots", N, "pilots", 2),
     M(R, "five cabin crew", N, "cabin", 5, "2020-08-07"),
     M(R, "35 feet", N, "drop", 35, qual="approx", cls="len"),
     M(R, "More than 100 people", N, "hosp", 100, "2020-08-07", "morethan", fall=True),
     M(R, "158 people", N, "mangalore", 158),
     M(R, "Friday", D, "crash", "2020-08-07"),
     M(R, "May 2010", D, "y2010", "2010-05"),

     M(K, "18 orang", N, "dead", 18, "2020-08-08"),
     M(K, "190", N, "aboard", 190, "2020-08-08"),
     M(K, "184 penumpang", N, "pax", 184),
     M(K, "10 bayi", N, "infants", 10),
     M(K, "6 awak", N, "crew", 6),
     M(K, "191 orang", N, "aboard", 191, "2020-08-07"),
     M(K, "737-800", N, "type", 737800, cls="type"),
     M(K, "35 kaki", N, "drop", 35, qual="approx", cls="len"),
     M(K, "1 juta rupee", N, "comp_adult", 1e6, cls="money"),
     M(K, "12 tahun", N, "agecut", 12, cls="age"),
     M(K, "500.000 rupee", N, "comp_child", 5e5, cls="money"),
     M(K, "149 korban luka", N, "hosp", 149, "2020-08-08", fall=True),
     M(K, "158 orang", N, "mangalore", 158),
     M(K, "Sabtu (8/8/2020)", D, "toll_k", "2020-08-08"),
     M(K, "Jumat (7/8/2020)", D, "crash", "2020-08-07"),
     M(K, "Sabtu siang", D, "recorders", "2020-08-08"),
     M(K, "2010", D, "y2010", "2010"),

     M(H, "18", N, "dead", 18, "2020-08-10"),
     M(H, "22", N, "critical", 22, "2020-08-10", fall=True),
     M(H, "184 passengers", N, "pax", 184),
     M(H, "12 infants", N, "infants", 12, planted=True),
     M(H, "109", N, "hosp", 109, "2020-08-10", fall=True),
     M(H, "737-800", N, "type", 737800, cls="type"),
     M(H, "six crew members", N, "crew", 6),
     M(H, "More than 600", N, "rescuers", 600, qual="morethan"),
     M(H, "Rs 10 lakh", N, "exgratia", 1e6, cls="money"),
     M(H, "Rs 10 lakh", N, "comp_adult", 1e6, cls="money", occ=2),
     M(H, "runway 28", N, "rwy28", 28, cls="runway"),
     M(H, "runway 10", N, "rwy10", 10, cls="runway"),
     M(H, "Friday", D, "crash", "2020-08-07"),
     M(H, "Monday", D, "toll_h", "2020-08-10"),
     M(H, "Friday night", D, "rescue", "2020-08-07"),
     M(H, "Saturday", D, "recorders", "2020-08-08"),

     M(DT, "lima orang", N, "members", 5),
     M(DT, "lima bulan", N, "months", 5, cls="dur"),
     M(DT, "19 orang", N, "dead", 19, "2020-08-12"),
     M(DT, "737-800", N, "type", 737800, cls="type"),
     M(DT, "190 orang", N, "aboard", 190, "2020-08-08"),
     M(DT, "85 korban luka", N, "hosp", 85, "2020-08-14", fall=True),
     M(DT, "delapan", N, "critical", 8, "2020-08-14", fall=True),
     M(DT, "158 orang", N, "mangalore", 158),
     M(DT, "Kamis (13/8/2020)", D, "committee", "2020-08-13"),
     M(DT, "Rabu (12/8/2020)", D, "death19", "2020-08-12"),
     M(DT, "Jumat (7/8/2020)", D, "crash", "2020-08-07"),
     M(DT, "Minggu (9/8/2020)", D, "recorders", "2020-08-09", planted=True),
     M(DT, "Mei 2010", D, "y2010", "2010-05"),

     M(T, "737-800", N, "type", 737800, cls="type"),
     M(T, "190 people", N, "aboard", 190, "2020-08-08"),
     M(T, "runway 10", N, "rwy10", 10, cls="runway"),
     M(T, "Twenty-one people", N, "dead", 21, "final"),
     M(T, "five-member", N, "members", 5),
     M(T, "five months", N, "months", 5, cls="dur"),
     M(T, "runway 28", N, "rwy28", 28, cls="runway"),
     M(T, "runway 10", N, "rwy10", 10, cls="runway", occ=2),
     M(T, "Rs 10 lakh", N, "comp_adult", 1e6, cls="money"),
     M(T, "158 people", N, "mangalore", 158),
     M(T, "August", D, "crash", "2020-08"),
     M(T, "Saturday", D, "report", "2021-09-11"),
     M(T, "August 7, 2020", D, "crash", "2020-08-07"),
     M(T, "August 13, 2020", D, "committee", "2020-08-13"),
     M(T, "May 2010", D, "y2010", "2010-05"),
    ]
    build("kozhikode-crash-2020", "Air India Express flight IX1344 overran the tabletop runway at Kozhikode, Kerala, "
          "in heavy rain (Friday 7 August 2020): 191 on board by the airline's first statement, corrected to 190 (184 "
          "passengers with 10 infants, 6 crew) the next day; the toll rising (at least 17 -> 18 -> 19, 21 in the final "
          "report); the injured in hospital falling as they are discharged; interim compensation and Kerala's ex gratia "
          "of the same sum; the 2010 Mangalore crash (158 dead) recalled; dates of the crash, the recorders' recovery, "
          "the committee's formation and the report's release a year later", False, ms, names)


def scotland():
    B, R, K, T, G = "bbc-sep18", "reuters-sep19", "kompas-sep20", "tempo-sep22", "guardian-nov27"
    IPSOS, OTHERS = "Ipsos MORI", "ICM, Opinium and Survation"
    names = {
     "registered": "voters registered", "eligible": "share of eligible voters registered",
     "poll_no": "No share in the last polls", "poll_yes": "Yes share in the last polls",
     "councils": "council areas", "yes_councils": "council areas that voted Yes",
     "no_share": "No share of the result", "yes_share": "Yes share of the result", "no_votes": "No votes",
     "yes_votes": "Yes votes", "margin": "No's margin in votes", "turnout": "turnout of the referendum",
     "glasgow": "Yes share in Glasgow", "edinburgh": "No share in Edinburgh", "clacks": "No share in Clackmannanshire",
     "dundee": "Yes share in Dundee", "orkney": "No share in Orkney", "p97": "1997 share for a parliament",
     "t97": "turnout in 1997", "members": "SNP members", "vat": "VAT percentage points assigned",
     "welfare": "welfare benefits devolved (GBP a year)", "weeks": "weeks from the vote to the report",
     "salmond_years": "Salmond's years as first minister",
     # dates
     "vote": "day of the referendum", "result": "day the result was declared", "concede": "day Salmond conceded",
     "quit": "Salmond's departure from office", "smith_set": "day the Smith commission was set up",
     "smith_due": "deadline for the commission's agreement", "smith_report": "day the commission reported",
     "draft": "draft legislation due", "snp_day": "day of the SNP's count of 42,000 members",
     "elected": "day Sturgeon was elected first minister", "y1997": "the 1997 referendum",
    }
    ms = [
     M(B, "4.28 million people", N, "registered", 4.28e6, qual="approx"),
     M(B, "97%", N, "eligible", 97, cls="pct"),
     M(B, "53%", N, "poll_no", 53, cls="pct", src=IPSOS),
     M(B, "47%", N, "poll_yes", 47, cls="pct", src=IPSOS),
     M(B, "52%", N, "poll_no", 52, cls="pct", src=OTHERS),
     M(B, "48%", N, "poll_yes", 48, cls="pct", src=OTHERS),
     M(B, "32 council areas", N, "councils", 32),
     M(B, "74.3%", N, "p97", 74.3, cls="pct"),
     M(B, "60.4%", N, "t97", 60.4, cls="pct"),
     M(B, "Thursday", D, "vote", "2014-09-18"),
     M(B, "Friday", D, "result", "2014-09-19"),
     M(B, "September 1997", D, "y1997", "1997-09"),

     M(R, "55.3%", N, "no_share", 55.3, cls="pct"),
     M(R, "44.7%", N, "yes_share", 44.7, cls="pct"),
     M(R, "2,001,926 votes", N, "no_votes", 2001926),
     M(R, "1,617,989", N, "yes_votes", 1617989),
     M(R, "383,937", N, "margin", 383937),
     M(R, "84.6%", N, "turnout", 84.6, cls="pct"),
     M(R, "53.5%", N, "glasgow", 53.5, cls="pct"),
     M(R, "four", N, "yes_councils", 4),
     M(R, "32 council areas", N, "councils", 32),
     M(R, "61.1%", N, "edinburgh", 61.1, cls="pct"),
     M(R, "53.8%", N, "clacks", 53.8, cls="pct"),
     M(R, "53%", N, "poll_no", 53, cls="pct", src=IPSOS),
     M(R, "Thursday", D, "vote", "2014-09-18"),
     M(R, "Friday", D, "result", "2014-09-19"),
     M(R, "Friday", D, "concede", "2014-09-19", occ=2),
     M(R, "November", D, "quit", "2014-11"),
     M(R, "January", D, "draft", "2015-01"),

     M(K, "55,3 persen", N, "no_share", 55.3, cls="pct"),
     M(K, "44,7 persen", N, "yes_share", 44.7, cls="pct"),
     M(K, "1.617.989 suara", N, "yes_votes", 1617989),
     M(K, "2.001.926 suara", N, "no_votes", 2001926),
     M(K, "86,4 persen", N, "turnout", 86.4, cls="pct", planted=True),
     M(K, "32 daerah", N, "councils", 32),
     M(K, "empat daerah", N, "yes_councils", 4),
     M(K, "57,3 persen", N, "dundee", 57.3, cls="pct"),
     M(K, "67,2 persen", N, "orkney", 67.2, cls="pct"),
     M(K, "Kamis (18/9/2014)", D, "vote", "2014-09-18"),
     M(K, "Jumat (19/9/2014)", D, "result", "2014-09-19"),
     M(K, "November", D, "quit", "2014-11"),

     M(T, "sekitar 25.600", N, "members", 25600, "2014-09-18", "approx"),
     M(T, "lebih dari 42.000", N, "members", 42000, "2014-09-21", "morethan"),
     M(T, "55,3 persen", N, "no_share", 55.3, cls="pct"),
     M(T, "84,6 persen", N, "turnout", 84.6, cls="pct"),
     M(T, "52 persen", N, "poll_no", 52, cls="pct", src=OTHERS),
     M(T, "Minggu (21/9/2014)", D, "snp_day", "2014-09-21"),
     M(T, "Jumat (19/9/2014)", D, "smith_set", "2014-09-19"),
     M(T, "30 November", D, "smith_due", "2014-11-30"),
     M(T, "25 Januari 2015", D, "draft", "2015-01-25"),
     M(T, "November", D, "quit", "2014-11", occ=2),

     M(G, "55.3%", N, "no_share", 55.3, cls="pct"),
     M(G, "44.7%", N, "yes_share", 44.7, cls="pct"),
     M(G, "ten weeks", N, "weeks", 10, cls="dur"),
     M(G, "10 percentage points", N, "vat", 10, cls="pct"),
     M(G, "£2.5bn", N, "welfare", 2.5e9, qual="approx", cls="money"),
     M(G, "seven years", N, "salmond_years", 7, cls="dur"),
     M(G, "more than 92,000", N, "members", 92000, "2014-11-27", "morethan"),
     M(G, "about 25,600", N, "members", 25600, "2014-09-18", "approx"),
     M(G, "84.6%", N, "turnout", 84.6, cls="pct"),
     M(G, "60.4%", N, "t97", 60.4, cls="pct"),
     M(G, "74.3%", N, "p97", 74.3, cls="pct"),
     M(G, "Thursday", D, "smith_report", "2014-11-27"),
     M(G, "19 September", D, "smith_set", "2014-09-19"),
     M(G, "19 November", D, "elected", "2014-11-19"),
     M(G, "18 November", D, "quit", "2014-11-18"),
     M(G, "1997", D, "y1997", "1997"),
     M(G, "25 January", D, "draft", "2015-01-25"),
    ]
    build("scotland-referendum-2014", "Scotland's independence referendum (Thursday 18 September 2014): the last polls "
          "of two sources (Ipsos MORI's No 53% against ICM's, Opinium's and Survation's 52%), the result declared on "
          "the Friday (No 55.3%, 2,001,926 votes, against Yes 44.7%, 1,617,989; turnout 84.6%), councils' shares, four "
          "of 32 councils voting Yes, the 1997 devolution referendum recalled (74.3% on a 60.4% turnout), the SNP's "
          "membership rising (about 25,600 -> more than 42,000 -> more than 92,000); dates of the vote, the result, the "
          "concession, the Smith commission's set-up, deadline and report, Salmond's departure and Sturgeon's election",
          False, ms, names)


def japan():
    K, C, J, B = "kyodo-dec22", "cnbcindonesia-dec23", "japantimes-dec25", "bisnis-dec27"
    names = {
     "total": "fiscal 2024 budget", "total23": "fiscal 2023 initial budget", "socsec": "social security spending",
     "defense": "defense spending", "debt": "debt-servicing costs", "tax": "tax revenue estimate",
     "bonds": "new government bonds", "rate": "assumed long-term interest rate for fiscal 2024",
     "rate23": "assumed long-term interest rate in the fiscal 2023 budget", "bondshare": "share of revenue from new bonds",
     "growth": "real growth forecast for fiscal 2024", "years": "years since the last fall of an initial budget",
     "plan": "length of the defense build-up plan",
     # dates
     "approve": "day the cabinet approved the budget", "fy": "fiscal year 2024", "fy23": "fiscal year 2023",
     "fystart": "start of fiscal 2024", "diet": "month the budget goes to the Diet", "enact": "planned enactment",
    }
    Y = 1e12
    ms = [
     M(K, "112.07 trillion yen", N, "total", 112.07 * Y, cls="money"),
     M(K, "114.38 trillion yen", N, "total23", 114.38 * Y, cls="money"),
     M(K, "12 years", N, "years", 12, cls="dur"),
     M(K, "37.72 trillion yen", N, "socsec", 37.72 * Y, cls="money"),
     M(K, "7.95 trillion yen", N, "defense", 7.95 * Y, cls="money"),
     M(K, "27.01 trillion yen", N, "debt", 27.01 * Y, cls="money"),
     M(K, "1.9%", N, "rate", 1.9, cls="pct"),
     M(K, "1.1%", N, "rate23", 1.1, cls="pct"),
     M(K, "69.61 trillion yen", N, "tax", 69.61 * Y, cls="money"),
     M(K, "34.95 trillion yen", N, "bonds", 34.95 * Y, cls="money"),
     M(K, "31.2%", N, "bondshare", 31.2, cls="pct"),
     M(K, "1.3%", N, "growth", 1.3, cls="pct"),
     M(K, "Friday", D, "approve", "2023-12-22"),
     M(K, "fiscal 2024", D, "fy", "2024"),
     M(K, "April", D, "fystart", "2024-04"),
     M(K, "fiscal 2024", D, "fy", "2024", occ=2),
     M(K, "January", D, "diet", "2024-01"),
     M(K, "March", D, "enact", "2024-03"),

     M(C, "112,07 triliun yen", N, "total", 112.07 * Y, cls="money"),
     M(C, "114,38 triliun yen", N, "total23", 114.38 * Y, cls="money"),
     M(C, "12 tahun", N, "years", 12, cls="dur"),
     M(C, "37,72 triliun yen", N, "socsec", 37.72 * Y, cls="money"),
     M(C, "7,95 triliun yen", N, "defense", 7.95 * Y, cls="money"),
     M(C, "27,01 triliun yen", N, "debt", 27.01 * Y, cls="money"),
     M(C, "1,9 persen", N, "rate", 1.9, cls="pct"),
     M(C, "1,1 persen", N, "rate23", 1.1, cls="pct"),
     M(C, "69,61 triliun yen", N, "tax", 69.61 * Y, cls="money"),
     M(C, "34,95 triliun yen", N, "bonds", 34.95 * Y, cls="money"),
     M(C, "31,2 persen", N, "bondshare", 31.2, cls="pct"),
     M(C, "1,3 persen", N, "growth", 1.3, cls="pct"),
     M(C, "Jumat (22/12/2023)", D, "approve", "2023-12-22"),
     M(C, "tahun fiskal 2024", D, "fy", "2024"),
     M(C, "tahun fiskal 2024", D, "fy", "2024", occ=2),
     M(C, "April", D, "fystart", "2024-04"),
     M(C, "Januari", D, "diet", "2024-01"),
     M(C, "Maret", D, "enact", "2024-03"),

     M(J, "112.07 trillion yen", N, "total", 112.07 * Y, cls="money"),
     M(J, "27.01 trillion yen", N, "debt", 27.01 * Y, cls="money"),
     M(J, "1.9%", N, "rate", 1.9, cls="pct"),
     M(J, "1.1%", N, "rate23", 1.1, cls="pct"),
     M(J, "34.95 trillion yen", N, "bonds", 34.95 * Y, cls="money"),
     M(J, "31.2%", N, "bondshare", 31.2, cls="pct"),
     M(J, "69.61 trillion yen", N, "tax", 69.61 * Y, cls="money"),
     M(J, "37.72 trillion yen", N, "socsec", 37.72 * Y, cls="money"),
     M(J, "7.95 trillion yen", N, "defense", 7.95 * Y, cls="money"),
     M(J, "five years", N, "plan", 5, cls="dur"),
     M(J, "114.38 trillion yen", N, "total23", 114.38 * Y, cls="money"),
     M(J, "12 years", N, "years", 12, cls="dur"),
     M(J, "1.3%", N, "growth", 1.3, cls="pct"),
     M(J, "fiscal 2024", D, "fy", "2024"),
     M(J, "Friday", D, "approve", "2023-12-22"),
     M(J, "fiscal 2023", D, "fy23", "2023"),
     M(J, "April", D, "fystart", "2024-04"),
     M(J, "January", D, "diet", "2024-01"),
     M(J, "March", D, "enact", "2024-03"),

     M(B, "112,07 triliun yen", N, "total", 112.07 * Y, cls="money"),
     M(B, "27,01 triliun yen", N, "debt", 27.01 * Y, cls="money"),
     M(B, "1,9 persen", N, "rate", 1.9, cls="pct"),
     M(B, "1,1 persen", N, "rate23", 1.1, cls="pct"),
     M(B, "69,61 triliun yen", N, "tax", 69.61 * Y, cls="money"),
     M(B, "34,95 triliun yen", N, "bonds", 34.95 * Y, cls="money"),
     M(B, "31,2 persen", N, "bondshare", 31.2, cls="pct"),
     M(B, "37,72 triliun yen", N, "socsec", 37.72 * Y, cls="money"),
     M(B, "7,95 triliun yen", N, "defense", 7.95 * Y, cls="money"),
     M(B, "lima tahun", N, "plan", 5, cls="dur"),
     M(B, "114,38 triliun yen", N, "total23", 114.38 * Y, cls="money"),
     M(B, "12 tahun", N, "years", 12, cls="dur"),
     M(B, "1,3 persen", N, "growth", 1.3, cls="pct"),
     M(B, "tahun fiskal 2024", D, "fy", "2024"),
     M(B, "Jumat (22/12/2023)", D, "approve", "2023-12-22"),
     M(B, "tahun fiskal 2023", D, "fy23", "2023"),
     M(B, "April 2024", D, "fystart", "2024-04"),
     M(B, "Januari", D, "diet", "2024-01"),
     M(B, "Maret", D, "enact", "2024-03"),
    ]
    build("japan-budget-2023", "Japan's fiscal 2024 budget approved by the cabinet on Friday 22 December 2023 "
          "(control): 112.07 trillion yen, down from 114.38 trillion, the first fall in 12 years; social security "
          "37.72, defense 7.95 and debt servicing 27.01 trillion yen; tax revenue 69.61 and new bonds 34.95 trillion "
          "yen (31.2% of revenue); an assumed interest rate of 1.9% against 1.1%; 1.3% real growth forecast; the "
          "Diet in January, enactment by the end of March. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    kozhikode()
    scotland()
    japan()
