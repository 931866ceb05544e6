"""The two-hundred-and-twenty-sixth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset226/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def dead_sea():
    K, R, T, A = "kompas-oct26", "reuters-oct27", "detik-oct29", "ap-nov17"
    # as-of times of the running tallies: Thursday night 25 October 2018 (the civil defence's first count of 18, the
    # 34 rescued, the health minister's 11 injured), Friday 26 October (20 dead, the government's 35 injured),
    # Saturday 27 October (21 dead, the last missing body found), the health ministry's revised count of injured as
    # reported on Monday 29 October (32, down from 35: a revision), the toll of 21 restated on 17 November. The trip's
    # 37 students and seven adults do not change with the day. The dead do not fall.
    THUN, FRI, SAT, REV, NOV17 = "2018-10-25n", "2018-10-26", "2018-10-27", "2018-10-29", "2018-11-17"
    names = {
     "dead": "people killed by the flood", "injured": "people injured", "rescued": "people rescued alive",
     "students": "students on the bus", "adults": "teachers and staff on the bus",
     # dates
     "flood": "day of the flood", "asof_thu": "day of the first count", "bahrain": "day the king's Bahrain visit was to begin",
     "asof_fri": "day the toll reached 20", "israel": "day Israel sent helicopters", "search_fri": "day the search resumed",
     "funerals": "day of the first funerals", "asof_sat": "day the toll reached 21", "found": "day the last body was found",
     "search_end": "day the search ended", "resign": "day the two ministers resigned",
     "session": "day of the stormy parliamentary session", "warning": "day the weather warnings were issued",
    }
    ms = [
     M(K, "Kamis (25/10/2018)", D, "flood", "2018-10-25"),
     M(K, "Kamis malam", D, "asof_thu", "2018-10-25"),
     M(K, "sedikitnya 18 orang", N, "dead", 18, THUN, qual="atleast"),
     M(K, "37 siswa", N, "students", 37),
     M(K, "tujuh pendamping", N, "adults", 7),
     M(K, "34 orang", N, "rescued", 34, THUN),
     M(K, "sedikitnya 11 orang", N, "injured", 11, THUN, qual="atleast"),
     M(K, "Jumat", D, "bahrain", "2018-10-26"),

     M(R, "Thursday", D, "flood", "2018-10-25"),
     M(R, "20", N, "dead", 20, FRI),
     M(R, "Friday", D, "asof_fri", "2018-10-26"),
     M(R, "35 people", N, "injured", 35, FRI),
     M(R, "37 students", N, "students", 37),
     M(R, "seven teachers", N, "adults", 7),
     M(R, "Friday", D, "search_fri", "2018-10-26", occ=2),
     M(R, "Thursday", D, "israel", "2018-10-25", occ=2),
     M(R, "Friday evening", D, "funerals", "2018-10-26"),

     M(T, "21 orang", N, "dead", 21, SAT),
     M(T, "Sabtu (27/10/2018)", D, "asof_sat", "2018-10-27"),
     M(T, "Sabtu pagi", D, "found", "2018-10-27"),
     M(T, "Rabu (24/10/2018)", D, "flood", "2018-10-24", planted=True),
     M(T, "32 orang", N, "injured", 32, REV),
     M(T, "35 orang", N, "injured", 35, FRI),
     M(T, "37 siswa", N, "students", 37),
     M(T, "tujuh pendamping", N, "adults", 7),
     M(T, "Minggu (28/10/2018)", D, "search_end", "2018-10-28"),

     M(A, "Nov. 1", D, "resign", "2018-11-01"),
     M(A, "21 people", N, "dead", 21, NOV17),
     M(A, "Oct. 25", D, "flood", "2018-10-25"),
     M(A, "73 students", N, "students", 73, planted=True),
     M(A, "seven adults", N, "adults", 7),
     M(A, "32 people", N, "injured", 32, REV),
     M(A, "Sunday, Oct. 28", D, "session", "2018-10-28"),
     M(A, "Oct. 24", D, "warning", "2018-10-24"),
    ]
    build("dead-sea-flood-2018", "The flash flood near the Dead Sea in Jordan (Thursday 25 October 2018) that swept away "
          "a school trip of 37 students and seven adults: at least 18 dead on Thursday night (34 rescued, at least 11 "
          "injured), 20 on Friday 26 October (35 injured), 21 by Saturday 27 October; the injured revised down to 32; "
          "the search ended on Sunday 28 October; the education and tourism ministers resigned on Thursday 1 November "
          "2018", False, ms, names)


def sanaa():
    R, T, K, A = "reuters-oct8", "detik-oct9", "kompas-oct10", "ap-oct30"
    # The strike on the funeral hall in Sanaa (Saturday 8 October 2016). The casualty figures come from three sources
    # (sources, also across days): the Houthi-run health ministry's undersecretary Nasser al-Argaly (at least 82 dead,
    # 534 wounded, not final), the ministry's spokesman Tamim al-Shami (more than 100 dead, more than 520 wounded, on
    # Saturday evening) and the U.N. humanitarian coordinator (more than 140 dead, more than 525 wounded, late
    # Saturday). Each source's figure is restated unchanged on later days (agree). The deputy minister's more than
    # 450 dead and wounded together is another fact. Dates: the strike, the U.S. review announced the same evening
    # (not_conflict), the protest on Sunday 9 October, the coalition's admission on Saturday 15 October, the
    # campaign since 26 March 2015, the Houthis in Sanaa since September 2014.
    ARG, SHAMI, UN = "the health ministry's undersecretary", "the health ministry's spokesman", "the United Nations"
    names = {
     "dead": "people killed in the strike", "injured": "people wounded in the strike",
     "casualties": "dead and wounded together", "war_dead": "people killed in the war",
     # dates
     "strike": "day of the strike", "campaign": "start of the coalition's air campaign",
     "shami": "day of the spokesman's count", "us_review": "day the U.S. review was announced",
     "protest": "day of the protest outside the U.N. offices", "houthi_sanaa": "month the Houthis took Sanaa",
     "jiat": "day the coalition admitted the strike",
    }
    ms = [
     M(R, "Saturday", D, "strike", "2016-10-08"),
     M(R, "at least 82 people", N, "dead", 82, qual="atleast", src=ARG),
     M(R, "534", N, "injured", 534, src=ARG),
     M(R, "more than 450", N, "casualties", 450, qual="morethan"),
     M(R, "March 2015", D, "campaign", "2015-03"),
     M(R, "Saturday", D, "strike", "2016-10-08", occ=2),
     M(R, "more than 10,000 people", N, "war_dead", 10000, qual="morethan"),

     M(T, "Sabtu (8/10/2016)", D, "strike", "2016-10-08"),
     M(T, "lebih dari 140 orang", N, "dead", 140, qual="morethan", src=UN),
     M(T, "lebih dari 525 orang", N, "injured", 525, qual="morethan", src=UN),
     M(T, "Sabtu malam", D, "shami", "2016-10-08"),
     M(T, "lebih dari 100 orang", N, "dead", 100, qual="morethan", src=SHAMI),
     M(T, "lebih dari 520 orang", N, "injured", 520, qual="morethan", src=SHAMI),
     M(T, "sedikitnya 82 orang", N, "dead", 82, qual="atleast", src=ARG),
     M(T, "534 orang", N, "injured", 534, src=ARG),
     M(T, "Sabtu malam", D, "us_review", "2016-10-08", occ=2),
     M(T, "26 Maret 2015", D, "campaign", "2015-03-26"),

     M(K, "Minggu (9/10/2016)", D, "protest", "2016-10-09"),
     M(K, "Sabtu (8/10/2016)", D, "strike", "2016-10-08"),
     M(K, "lebih dari 140 orang", N, "dead", 140, qual="morethan", src=UN),
     M(K, "lebih dari 525 orang", N, "injured", 525, qual="morethan", src=UN),
     M(K, "82 orang", N, "dead", 82, src=ARG),
     M(K, "543 orang", N, "injured", 543, src=ARG, planted=True),
     M(K, "Maret 2015", D, "campaign", "2015-03"),
     M(K, "lebih dari 10.000 orang", N, "war_dead", 10000, qual="morethan"),
     M(K, "September 2014", D, "houthi_sanaa", "2014-09"),

     M(A, "Oct. 15", D, "jiat", "2016-10-15"),
     M(A, "Oct. 7", D, "strike", "2016-10-07", planted=True),
     M(A, "more than 140 people", N, "dead", 140, qual="morethan", src=UN),
     M(A, "more than 525", N, "injured", 525, qual="morethan", src=UN),
     M(A, "at least 82 dead", N, "dead", 82, qual="atleast", src=ARG),
     M(A, "534 wounded", N, "injured", 534, src=ARG),
     M(A, "Oct. 8", D, "us_review", "2016-10-08"),
     M(A, "Oct. 9", D, "protest", "2016-10-09"),
    ]
    build("sanaa-funeral-strike-2016", "The air strike on a funeral hall in Sanaa, Yemen (Saturday 8 October 2016): the "
          "Houthi-run health ministry's undersecretary's at least 82 dead and 534 wounded, its spokesman's more than "
          "100 dead and more than 520 wounded, the U.N.'s more than 140 dead and more than 525 wounded; the U.S. review "
          "announced the same evening, the protest outside U.N. offices on Sunday 9 October, the Saudi-led coalition's "
          "admission on Saturday 15 October 2016", False, ms, names)


def qatar():
    R, B, P, K = "reuters-dec20", "bisnis-dec21", "peninsula-dec22", "kontan-dec23"
    names = {
     "revenue": "projected revenue (billion riyals)", "spending": "projected spending (billion riyals)",
     "oilgas": "oil and gas revenue (billion riyals)", "nonoil": "non-oil revenue (billion riyals)",
     "deficit": "projected deficit (billion riyals)", "rev_fall": "fall in revenue from the 2023 budget (%)",
     "oilgas_fall": "fall in oil and gas revenue (%)", "nonoil_rise": "rise in non-oil revenue (%)",
     "oil": "oil price assumed for 2024 ($ a barrel)", "oil_prev": "oil price assumed for 2023 ($ a barrel)",
     # dates
     "announced": "day the budget was approved and announced", "budget_year": "the budget's year",
     "prev_budget": "year of the previous budget", "surplus_year": "year of the surpluses covering the deficit",
     "worldcup": "year of the World Cup", "reports": "year of the quarterly reports",
    }
    Q, U, P_ = "qar", "usd", "pct"
    ms = [
     M(R, "Wednesday", D, "announced", "2023-12-20"),
     M(R, "2024", D, "budget_year", "2024"),
     M(R, "202 billion riyals", N, "revenue", 202, cls=Q),
     M(R, "200.9 billion riyals", N, "spending", 200.9, cls=Q),
     M(R, "11.4%", N, "rev_fall", 11.4, cls=P_),
     M(R, "2023", D, "prev_budget", "2023"),
     M(R, "$60 a barrel", N, "oil", 60, cls=U),
     M(R, "$65", N, "oil_prev", 65, cls=U),
     M(R, "2023", D, "prev_budget", "2023", occ=2),
     M(R, "159 billion riyals", N, "oilgas", 159, cls=Q),
     M(R, "14.5%", N, "oilgas_fall", 14.5, cls=P_),
     M(R, "2.4%", N, "nonoil_rise", 2.4, cls=P_),
     M(R, "43 billion riyals", N, "nonoil", 43, cls=Q),
     M(R, "6.2 billion riyals", N, "deficit", 6.2, cls=Q),
     M(R, "2023", D, "surplus_year", "2023", occ=3),
     M(R, "2022", D, "worldcup", "2022"),

     M(B, "tahun 2024", D, "budget_year", "2024"),
     M(B, "Rabu (20/12/2023)", D, "announced", "2023-12-20"),
     M(B, "US$60 per barel", N, "oil", 60, cls=U),
     M(B, "US$65 per barel", N, "oil_prev", 65, cls=U),
     M(B, "anggaran 2023", D, "prev_budget", "2023"),
     M(B, "202 miliar riyal", N, "revenue", 202, cls=Q),
     M(B, "200,9 miliar riyal", N, "spending", 200.9, cls=Q),
     M(B, "11,4 persen", N, "rev_fall", 11.4, cls=P_),
     M(B, "159 miliar riyal", N, "oilgas", 159, cls=Q),
     M(B, "14,5 persen", N, "oilgas_fall", 14.5, cls=P_),
     M(B, "2,4 persen", N, "nonoil_rise", 2.4, cls=P_),
     M(B, "43 miliar riyal", N, "nonoil", 43, cls=Q),
     M(B, "6,2 miliar riyal", N, "deficit", 6.2, cls=Q),
     M(B, "surplus tahun 2023", D, "surplus_year", "2023"),

     M(P, "for 2024", D, "budget_year", "2024"),
     M(P, "Wednesday, December 20", D, "announced", "2023-12-20"),
     M(P, "QR202bn", N, "revenue", 202, cls=Q),
     M(P, "QR200.9bn", N, "spending", 200.9, cls=Q),
     M(P, "11.4 percent", N, "rev_fall", 11.4, cls=P_),
     M(P, "2023 budget", D, "prev_budget", "2023"),
     M(P, "$60 per barrel", N, "oil", 60, cls=U),
     M(P, "$65 per barrel", N, "oil_prev", 65, cls=U),
     M(P, "QR159bn", N, "oilgas", 159, cls=Q),
     M(P, "14.5 percent", N, "oilgas_fall", 14.5, cls=P_),
     M(P, "QR43bn", N, "nonoil", 43, cls=Q),
     M(P, "2.4 percent", N, "nonoil_rise", 2.4, cls=P_),
     M(P, "QR6.2bn", N, "deficit", 6.2, cls=Q),
     M(P, "2023 surpluses", D, "surplus_year", "2023"),
     M(P, "$60 benchmark", N, "oil", 60, cls=U),
     M(P, "through 2024", D, "reports", "2024"),

     M(K, "anggaran 2024", D, "budget_year", "2024"),
     M(K, "Rabu (20/12/2023)", D, "announced", "2023-12-20"),
     M(K, "202 miliar riyal", N, "revenue", 202, cls=Q),
     M(K, "200,9 miliar riyal", N, "spending", 200.9, cls=Q),
     M(K, "11,4%", N, "rev_fall", 11.4, cls=P_),
     M(K, "anggaran 2023", D, "prev_budget", "2023"),
     M(K, "anggaran 2024", D, "budget_year", "2024", occ=2),
     M(K, "US$60 per barel", N, "oil", 60, cls=U),
     M(K, "US$65 per barel", N, "oil_prev", 65, cls=U),
     M(K, "159 miliar riyal", N, "oilgas", 159, cls=Q),
     M(K, "14,5%", N, "oilgas_fall", 14.5, cls=P_),
     M(K, "2,4%", N, "nonoil_rise", 2.4, cls=P_),
     M(K, "43 miliar riyal", N, "nonoil", 43, cls=Q),
     M(K, "6,2 miliar riyal", N, "deficit", 6.2, cls=Q),
     M(K, "pada 2023", D, "surplus_year", "2023"),
     M(K, "Piala Dunia 2022", D, "worldcup", "2022"),
     M(K, "sepanjang 2024", D, "reports", "2024"),
    ]
    build("qatar-budget-2024", "Qatar's budget for 2024 (control), approved and announced on Wednesday 20 December "
          "2023: revenue 202 billion riyals (down 11.4% from the 2023 budget), spending 200.9 billion riyals, oil and "
          "gas revenue 159 billion riyals (down 14.5%), non-oil revenue 43 billion riyals (up 2.4%), a deficit of 6.2 "
          "billion riyals covered from the 2023 surpluses, an oil price of $60 a barrel against $65 in 2023. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    dead_sea()
    sanaa()
    qatar()
