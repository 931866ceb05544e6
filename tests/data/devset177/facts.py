"""The hundred-and-seventy-seventh development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset177/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def petropolis():
    A, R, K, P, T = "detik-feb16", "reuters-feb17", "kompas-feb18", "ap-feb19", "tempo-mar16"
    # as-of times of the running tallies: Wednesday 16 February 2022 afternoon (the city's 58 dead, more than 30
    # missing, more than 300 out of their homes), Wednesday evening (24 rescued alive), Thursday 17 February (117 dead,
    # 134 missing), Friday 18 February night (136 dead, 213 missing, still 24 rescued), Saturday 19 February 10.00 (82
    # women and 51 men among the bodies at the forensic institute), Saturday morning (the city's 72 victims buried) and
    # midday (the same count corrected to 65: seven burials were not of victims, a downward revision), Tuesday 1 March
    # (232 dead: 138 women and 94 men, 44 children; 5 missing; 1,117 homeless), recalled a month on. The dead, the
    # dead by sex and the buried do not fall; the missing fall as bodies are identified and people are found, and the
    # homeless as people go home (fall=True).
    WED, WEDEVE, THU, FRI, MAR1 = "2022-02-16a", "2022-02-16b", "2022-02-17", "2022-02-18", "2022-03-01"
    SAT10, SATAM, SATNOON = "2022-02-19a", "2022-02-19b", "2022-02-19c"
    # the rain: the federal monitoring centre's (Cemaden) 258 mm in three hours, the private forecaster MetSul's "up
    # to 260 mm in less than six hours" and the city's civil defence's 259.8 mm (sources); the uncredited 258 is
    # Cemaden's figure.
    CEM, MET, DC = "Cemaden", "MetSul", "the city's civil defence"
    names = {
     "dead": "people killed", "missing": "people missing", "rescued": "people rescued alive",
     "houses": "houses hit in Morro da Oficina", "displaced": "people who lost or had to leave their homes",
     "women": "women among the dead", "men": "men among the dead", "children": "children among the dead",
     "dead2011": "people killed in the 2011 disaster", "population": "the city's population",
     "buried": "victims buried", "notvictims": "burials wrongly counted",
     "rain": "rainfall in the storm (mm)", "normal": "February's usual rainfall (mm)",
     # dates
     "storm": "day of the storm", "asof_wed": "day of Wednesday's count", "tour": "day of the governor's tour",
     "asof_thu": "day of Thursday's count", "asof_fri": "day of Friday's count", "visit": "day of the president's visit",
     "asof_sat": "day of the forensic institute's count", "asof_buried": "day of the burial count",
     "correction": "day of the correction", "asof_mar1": "day of the count of 1 March",
     "y1932": "year of the last comparable rain", "y2011": "month of the 2011 disaster",
    }
    ms = [
     M(A, "Selasa (15/2/2022)", D, "storm", "2022-02-15"),
     M(A, "sedikitnya 58 orang", N, "dead", 58, WED, qual="atleast"),
     M(A, "Rabu (16/2/2022)", D, "asof_wed", "2022-02-16"),
     M(A, "258 milimeter", N, "rain", 258, src=CEM, cls="mm"),
     M(A, "24 orang", N, "rescued", 24, WEDEVE),
     M(A, "Lebih dari 30 orang", N, "missing", 30, WED, qual="morethan", fall=True),
     M(A, "hingga 80 rumah", N, "houses", 80, WED),
     M(A, "Lebih dari 300 warga", N, "displaced", 300, WED, qual="morethan", fall=True),
     M(A, "Januari 2011", D, "y2011", "2011-01"),
     M(A, "lebih dari 900 orang", N, "dead2011", 900, qual="morethan"),

     M(R, "At least 117 people", N, "dead", 117, THU, qual="atleast"),
     M(R, "Thursday", D, "asof_thu", "2022-02-17"),
     M(R, "Tuesday", D, "storm", "2022-02-15"),
     M(R, "1932", D, "y1932", "1932"),
     M(R, "258 millimeters", N, "rain", 258, src=CEM, cls="mm"),
     M(R, "185 millimeters", N, "normal", 185, cls="mm"),
     M(R, "up to 260 millimeters", N, "rain", 260, src=MET, cls="mm"),
     M(R, "24 people", N, "rescued", 24, WEDEVE),
     M(R, "Wednesday", D, "asof_wed", "2022-02-16"),
     M(R, "Wednesday", D, "tour", "2022-02-16", occ=2),
     M(R, "January 2011", D, "y2011", "2011-01"),
     M(R, "more than 900 people", N, "dead2011", 900, qual="morethan"),

     M(K, "117 orang", N, "dead", 117, THU),
     M(K, "Kamis (17/2/2022)", D, "asof_thu", "2022-02-17"),
     M(K, "134 orang", N, "missing", 134, THU, fall=True),
     M(K, "Rabu (16/2/2022)", D, "storm", "2022-02-16", planted=True),
     M(K, "258 milimeter", N, "rain", 258, src=CEM, cls="mm"),
     M(K, "1932", D, "y1932", "1932"),
     M(K, "58 orang", N, "dead", 58, WED),
     M(K, "Jumat (18/2/2022)", D, "visit", "2022-02-18"),

     M(P, "136", N, "dead", 136, FRI),
     M(P, "Friday", D, "asof_fri", "2022-02-18"),
     M(P, "213 people", N, "missing", 213, FRI, fall=True),
     M(P, "Saturday", D, "asof_sat", "2022-02-19"),
     M(P, "82 were women", N, "women", 82, SAT10),
     M(P, "51 were men", N, "men", 51, SAT10),
     M(P, "72 victims", N, "buried", 72, SATAM),
     M(P, "Saturday", D, "asof_buried", "2022-02-19", occ=2),
     M(P, "24 people", N, "rescued", 24, FRI),
     M(P, "258 millimeters", N, "rain", 258, src=CEM, cls="mm"),
     M(P, "Tuesday", D, "storm", "2022-02-15"),
     M(P, "Friday", D, "visit", "2022-02-18", occ=2),
     M(P, "1932", D, "y1932", "1932"),

     M(T, "15 Februari 2022", D, "storm", "2022-02-15"),
     M(T, "Selasa (1/3/2022)", D, "asof_mar1", "2022-03-01"),
     M(T, "232 orang", N, "dead", 232, MAR1),
     M(T, "138 perempuan", N, "women", 138, MAR1),
     M(T, "94 laki-laki", N, "men", 94, MAR1),
     M(T, "44 anak-anak", N, "children", 44, MAR1),
     M(T, "85 orang", N, "dead", 85, WED, planted=True),
     M(T, "Rabu (16/2/2022)", D, "asof_wed", "2022-02-16"),
     M(T, "Sabtu (19/2/2022)", D, "correction", "2022-02-19"),
     M(T, "65 orang", N, "buried", 65, SATNOON),
     M(T, "tujuh", N, "notvictims", 7, SATNOON),
     M(T, "lima orang", N, "missing", 5, MAR1, fall=True),
     M(T, "1.117 warga", N, "displaced", 1117, MAR1, fall=True),
     M(T, "259,8 milimeter", N, "rain", 259.8, src=DC, cls="mm"),
     M(T, "300.000 jiwa", N, "population", 300000, qual="approx"),
     M(T, "Jumat (18/2/2022)", D, "visit", "2022-02-18"),
     M(T, "Januari 2011", D, "y2011", "2011-01"),
     M(T, "lebih dari 900 orang", N, "dead2011", 900, qual="morethan"),
    ]
    build("petropolis-floods-2022", "The floods and mudslides in Petrópolis, Rio de Janeiro state (Tuesday 15 February "
          "2022; Cemaden's 258 mm in three hours, MetSul's up to 260 mm in less than six hours, the civil defence's "
          "259.8 mm, the most since 1932): at least 58 dead by Wednesday 16 February, 117 by Thursday 17 February, 136 "
          "by Friday 18 February, 232 by Tuesday 1 March (138 women, 94 men, 44 children); missing more than 30 -> 134 "
          "-> 213 -> 5; 24 rescued alive; the victims buried 72 by Saturday 19 February morning, corrected down to 65 "
          "the same day; 1,117 homeless a fortnight on", False, ms, names)


def abortion():
    K, R, T, D1 = "kompas-dec12", "reuters-dec30", "tempo-dec31", "detik-jan15"
    # votes and dates of two chambers in two years do not change with the day of the report: the lower house's vote of
    # Friday 11 December 2020 (131-117, 6 abstentions), the Senate's of Wednesday 30 December 2020 (38-29, one
    # abstention), the president's signature on Thursday 14 January 2021 and the publication the next day; the 2018
    # bill's lower-house vote of 14 June 2018 (129-125) and its Senate defeat of 9 August 2018 (31 for, 38 against).
    names = {
     "dep_yes": "lower house votes for (2020)", "dep_no": "lower house votes against (2020)",
     "dep_abs": "lower house abstentions (2020)", "sen_yes": "Senate votes for (2020)",
     "sen_no": "Senate votes against (2020)", "sen_abs": "Senate abstentions (2020)",
     "d18_yes": "lower house votes for (2018)", "d18_no": "lower house votes against (2018)",
     "s18_yes": "Senate votes for (2018)", "s18_no": "Senate votes against (2018)",
     "dep_hours": "hours of the lower house's debate", "sen_hours": "hours of the Senate's debate",
     "weeks": "week of pregnancy up to which abortion is allowed", "days": "days of the mother-and-child programme",
     # dates
     "dep": "day of the lower house's vote", "sen": "day of the Senate's vote", "signed": "day the president signed",
     "gazette": "day the law was published", "dep18": "day of the lower house's 2018 vote",
     "sen18": "day of the Senate's 2018 vote", "oldlaw": "year of the old rules",
    }
    ms = [
     M(K, "Jumat (11/12/2020)", D, "dep", "2020-12-11"),
     M(K, "131 suara", N, "dep_yes", 131, cls="votes"),
     M(K, "117 menolak", N, "dep_no", 117, cls="votes"),
     M(K, "6 abstain", N, "dep_abs", 6, cls="votes"),
     M(K, "sekitar 20 jam", N, "dep_hours", 20, qual="approx", cls="hours"),
     M(K, "minggu ke-14", N, "weeks", 14, cls="weeks"),
     M(K, "1921", D, "oldlaw", "1921"),
     M(K, "129 suara", N, "d18_yes", 129, cls="votes"),
     M(K, "125", N, "d18_no", 125, cls="votes"),
     M(K, "14 Juni 2018", D, "dep18", "2018-06-14"),
     M(K, "38 suara", N, "s18_no", 38, cls="votes"),
     M(K, "31", N, "s18_yes", 31, cls="votes"),
     M(K, "9 Agustus 2018", D, "sen18", "2018-08-09"),

     M(R, "Wednesday", D, "sen", "2020-12-30"),
     M(R, "38 votes", N, "sen_yes", 38, cls="votes"),
     M(R, "29", N, "sen_no", 29, cls="votes"),
     M(R, "one abstention", N, "sen_abs", 1, cls="votes"),
     M(R, "more than 12 hours", N, "sen_hours", 12, qual="morethan", cls="hours"),
     M(R, "14th week", N, "weeks", 14, cls="weeks"),
     M(R, "Dec. 11", D, "dep", "2020-12-11"),
     M(R, "131 votes", N, "dep_yes", 131, cls="votes"),
     M(R, "117", N, "dep_no", 117, cls="votes"),
     M(R, "August 2018", D, "sen18", "2018-08"),
     M(R, "38", N, "s18_no", 38, cls="votes", occ=2),
     M(R, "31", N, "s18_yes", 31, cls="votes"),
     M(R, "1921", D, "oldlaw", "1921"),

     M(T, "Rabu (30/12/2020)", D, "sen", "2020-12-30"),
     M(T, "38 senator", N, "sen_yes", 38, cls="votes"),
     M(T, "28 suara menolak", N, "sen_no", 28, cls="votes", planted=True),
     M(T, "satu abstain", N, "sen_abs", 1, cls="votes"),
     M(T, "minggu ke-14", N, "weeks", 14, cls="weeks"),
     M(T, "11 Desember 2020", D, "dep", "2020-12-11"),
     M(T, "131 suara", N, "dep_yes", 131, cls="votes"),
     M(T, "117", N, "dep_no", 117, cls="votes"),
     M(T, "1.000 hari", N, "days", 1000, cls="days"),
     M(T, "2018", D, "sen18", "2018"),
     M(T, "31 senator", N, "s18_yes", 31, cls="votes"),
     M(T, "38 senator", N, "s18_no", 38, cls="votes", occ=2),

     M(D1, "Kamis (14/1/2021)", D, "signed", "2021-01-14"),
     M(D1, "Jumat (15/1/2021)", D, "gazette", "2021-01-15"),
     M(D1, "30 Desember 2020", D, "sen", "2020-12-30"),
     M(D1, "38 suara setuju", N, "sen_yes", 38, cls="votes"),
     M(D1, "29 menolak", N, "sen_no", 29, cls="votes"),
     M(D1, "11 Desember 2020", D, "dep", "2020-12-11"),
     M(D1, "131 suara setuju", N, "dep_yes", 131, cls="votes"),
     M(D1, "117 menolak", N, "dep_no", 117, cls="votes"),
     M(D1, "minggu ke-14", N, "weeks", 14, cls="weeks"),
     M(D1, "1.000 hari", N, "days", 1000, cls="days"),
    ]
    build("argentina-abortion-law-2020", "Argentina's law legalising abortion up to the 14th week: the lower house's "
          "vote of Friday 11 December 2020 (131 for, 117 against, 6 abstentions, after about 20 hours), the Senate's of "
          "Wednesday 30 December 2020 (38 for, 29 against, one abstention), the president's signature on Thursday 14 "
          "January 2021, published the next day; the 2018 bill passed the lower house on 14 June 2018 (129-125) and "
          "fell in the Senate on 9 August 2018 (31 for, 38 against)", False, ms, names)


def petrobras():
    R, K, B, A = "reuters-mar01", "kontan-mar02", "bisnis-mar03", "antara-mar04"
    names = {
     "profit": "2022 net income (billion reais)", "profit21": "2021 net income (billion reais)",
     "growth": "growth of net income", "recurring": "recurring net income (US$ billion)",
     "ebitda": "recurring EBITDA (US$ billion)", "capex": "investment in 2022 (US$ billion)",
     "output": "average output (barrels of oil equivalent a day)", "above": "output above the target's midpoint",
     "presalt": "pre-salt share of output", "reserves": "reserves added (billion barrels of oil equivalent)",
     "carioca": "the Carioca platform's output (barrels a day)",
     # dates
     "results": "day of the results", "carioca_month": "month of the Carioca platform's output",
     "ceo": "month the new chief executive took over",
    }
    ms = [
     M(R, "Wednesday", D, "results", "2023-03-01"),
     M(R, "188.3 billion reais", N, "profit", 188.3, cls="brl"),
     M(R, "76.6%", N, "growth", 76.6, cls="pct"),
     M(R, "106.7 billion reais", N, "profit21", 106.7, cls="brl"),
     M(R, "$34 billion", N, "recurring", 34, cls="usd"),
     M(R, "$67 billion", N, "ebitda", 67, cls="usd"),
     M(R, "$10 billion", N, "capex", 10, cls="usd"),
     M(R, "2.7 million barrels", N, "output", 2.7e6, cls="bpd"),
     M(R, "3%", N, "above", 3, cls="pct"),
     M(R, "73%", N, "presalt", 73, cls="pct"),
     M(R, "2.0 billion barrels", N, "reserves", 2.0, cls="boe"),
     M(R, "174,000 barrels per day", N, "carioca", 174000, cls="bpd"),
     M(R, "November", D, "carioca_month", "2022-11"),
     M(R, "January", D, "ceo", "2023-01"),

     M(K, "188,3 miliar real", N, "profit", 188.3, cls="brl"),
     M(K, "76,6 persen", N, "growth", 76.6, cls="pct"),
     M(K, "Rabu (1/3/2023)", D, "results", "2023-03-01"),
     M(K, "US$34 miliar", N, "recurring", 34, cls="usd"),
     M(K, "US$67 miliar", N, "ebitda", 67, cls="usd"),
     M(K, "2,7 juta barel", N, "output", 2.7e6, cls="bpd"),
     M(K, "3 persen", N, "above", 3, cls="pct"),
     M(K, "73 persen", N, "presalt", 73, cls="pct"),
     M(K, "US$10 miliar", N, "capex", 10, cls="usd"),
     M(K, "2,0 miliar barel", N, "reserves", 2.0, cls="boe"),

     M(B, "188,3 miliar real", N, "profit", 188.3, cls="brl"),
     M(B, "76,6 persen", N, "growth", 76.6, cls="pct"),
     M(B, "106,7 miliar real", N, "profit21", 106.7, cls="brl"),
     M(B, "Rabu, 1 Maret 2023", D, "results", "2023-03-01"),
     M(B, "US$34 miliar", N, "recurring", 34, cls="usd"),
     M(B, "US$67 miliar", N, "ebitda", 67, cls="usd"),
     M(B, "2,7 juta barel", N, "output", 2.7e6, cls="bpd"),
     M(B, "73 persen", N, "presalt", 73, cls="pct"),
     M(B, "3 persen", N, "above", 3, cls="pct"),
     M(B, "174.000 barel", N, "carioca", 174000, cls="bpd"),
     M(B, "November 2022", D, "carioca_month", "2022-11"),
     M(B, "2,0 miliar barel", N, "reserves", 2.0, cls="boe"),
     M(B, "US$10 miliar", N, "capex", 10, cls="usd"),

     M(A, "188,3 miliar real", N, "profit", 188.3, cls="brl"),
     M(A, "Rabu (1/3/2023)", D, "results", "2023-03-01"),
     M(A, "76,6 persen", N, "growth", 76.6, cls="pct"),
     M(A, "106,7 miliar real", N, "profit21", 106.7, cls="brl"),
     M(A, "US$34 miliar", N, "recurring", 34, cls="usd"),
     M(A, "US$67 miliar", N, "ebitda", 67, cls="usd"),
     M(A, "2,7 juta barel", N, "output", 2.7e6, cls="bpd"),
     M(A, "73 persen", N, "presalt", 73, cls="pct"),
     M(A, "2,0 miliar barel", N, "reserves", 2.0, cls="boe"),
     M(A, "US$10 miliar", N, "capex", 10, cls="usd"),
     M(A, "174.000 barel", N, "carioca", 174000, cls="bpd"),
     M(A, "November 2022", D, "carioca_month", "2022-11"),
    ]
    build("petrobras-results-2022", "Petrobras's 2022 results (control), announced on Wednesday 1 March 2023: record "
          "net income of 188.3 billion reais, up 76.6% from 106.7 billion in 2021; recurring net income US$34 billion "
          "and recurring EBITDA US$67 billion; US$10 billion invested; output 2.7 million barrels of oil equivalent a "
          "day, 3% above the target's midpoint, 73% from the pre-salt; 2.0 billion barrels of oil equivalent added to "
          "reserves; the Carioca platform at 174,000 barrels a day in November 2022. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    petropolis()
    abortion()
    petrobras()
