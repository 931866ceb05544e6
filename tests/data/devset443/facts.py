"""The four-hundred-and-forty-third development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset443/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def boat():
    R, K, A, P = "reuters-jun12", "kompas-jun13", "antara-jun14", "premiumtimes-jul12"
    # as-of times: Monday 12 June 2023 (the police's at least 103 dead, more than 100 rescued), Tuesday 13 June
    # (the police's 106; about 40 missing), Wednesday 14 June (the state emergency agency's 108 against the police's
    # 106: sources; about 30 missing), 12 July (the agency's 106 after a double entry: a revision). The dead do not
    # fall; the missing may (passengers who swam ashore and went home).
    MON, TUE, WED, JUL = "2023-06-12", "2023-06-13", "2023-06-14", "2023-07-12"
    POL, SEMA = "the police", "the Kwara state emergency agency (SEMA)"
    names = {
     "dead": "people killed", "rescued": "people rescued", "aboard": "passengers on board",
     "missing": "people still missing", "villages": "villages that lost people", "double": "victims entered twice",
     # dates
     "capsize": "day the boat sank", "count_tue": "day of the count of 106", "count_wed": "day of the counts of 108 and 106",
     "burial": "day the burials began",
    }
    ms = [
     M(R, "Monday", D, "capsize", "2023-06-12"),
     M(R, "at least 103 people", N, "dead", 103, MON, qual="atleast"),
     M(R, "more than 250 passengers", N, "aboard", 250, qual="morethan"),
     M(R, "more than 100 people", N, "rescued", 100, MON, qual="morethan"),
     M(R, "four riverside villages", N, "villages", 4),

     M(K, "106 orang", N, "dead", 106, TUE),
     M(K, "Selasa (13/6/2023)", D, "count_tue", "2023-06-13"),
     M(K, "Senin (12/6/2023)", D, "capsize", "2023-06-12"),
     M(K, "sekitar 300 penumpang", N, "aboard", 300, qual="approx"),
     M(K, "lebih dari 100 orang", N, "rescued", 100, MON, qual="morethan"),
     M(K, "Sedikitnya 40 orang", N, "missing", 40, TUE, qual="atleast", fall=True),
     M(K, "empat desa", N, "villages", 4),
     M(K, "Senin sore", D, "burial", "2023-06-12"),

     M(A, "108 orang", N, "dead", 108, WED, src=SEMA),
     M(A, "Rabu (14/6/2023)", D, "count_wed", "2023-06-14"),
     M(A, "106 orang", N, "dead", 106, WED, src=POL),
     M(A, "Senin (12/6/2023)", D, "capsize", "2023-06-12"),
     M(A, "130 orang", N, "dead", 130, MON, planted=True),
     M(A, "lebih dari 100 orang", N, "rescued", 100, MON, qual="morethan"),
     M(A, "sekitar 30 orang", N, "missing", 30, WED, qual="approx", fall=True),
     M(A, "lebih dari 250 penumpang", N, "aboard", 250, qual="morethan"),

     M(P, "June 13", D, "capsize", "2023-06-13", planted=True),
     M(P, "106", N, "dead", 106, JUL),
     M(P, "108", N, "dead", 108, WED, src=SEMA),
     M(P, "two victims", N, "double", 2),
     M(P, "at least 103", N, "dead", 103, MON, qual="atleast"),
     M(P, "106", N, "dead", 106, TUE, occ=2),
     M(P, "More than 100 passengers", N, "rescued", 100, MON, qual="morethan"),
     M(P, "four villages", N, "villages", 4),
    ]
    build("kwara-boat-2023", "The sinking of a wooden boat carrying wedding guests on the Niger River near Egbu in "
          "Pategi, Kwara state, Nigeria, before dawn on Monday 12 June 2023: more than 250 passengers on board; the "
          "police's toll rising from at least 103 on the day to 106 on Tuesday 13 June; the state emergency agency's "
          "108 on Wednesday 14 June against the police's 106 (sources), lowered by the agency to 106 a month later "
          "after a double entry (revision); more than 100 rescued; the missing falling from at least 40 to about 30",
          False, ms, names)


def wage():
    K, R, A, T = "kompas-jun04", "reuters-jul18", "antara-jul24", "tempo-jul30"
    # steps: the nationwide strike (Monday 3 June 2024), suspended (Tuesday 4 June), the deal on 70,000 naira (Thursday
    # 18 July), the bill passed by both chambers (Tuesday 23 July), signed by the president (Monday 29 July 2024).
    # Running figures of the talks: the unions' demand 494,000 (as of the strike) lowered to 250,000 (a demand may
    # fall: not_conflict); the government's offer 60,000 raised to 62,000 (update). Tempting naira amounts of other
    # facts (none): the old wage 30,000, the new 70,000, the demands and offers.
    JUN3, JUN7 = "2024-06-03", "2024-06-07"
    names = {
     "old": "minimum wage before (naira a month)", "new": "new minimum wage (naira a month)",
     "demand": "the unions' demand (naira a month)", "offer": "the government's offer (naira a month)",
     "pct": "rise of the minimum wage (%)", "infl_may": "inflation in May (%)", "infl_jun": "inflation in June (%)",
     "review": "years between reviews under the new law", "review_old": "years between reviews before",
     "gap_pass": "days between the deal and the vote", "gap_sign": "days between the vote and the signing",
     "firm": "workers from which an employer is bound",
     # dates
     "strike": "day the strike began", "suspend": "day the strike was suspended", "deal": "day of the deal", "statement": "day the presidency promised to send the bill",
     "passed": "day parliament passed the bill", "signed": "day the president signed the law", "old_since": "year the old wage took effect",
    }
    ms = [
     M(K, "Selasa (4/6/2024)", D, "suspend", "2024-06-04"),
     M(K, "Senin (3/6/2024)", D, "strike", "2024-06-03"),
     M(K, "N30.000", N, "old", 30000, cls="naira"),
     M(K, "N494.000", N, "demand", 494000, JUN3, cls="naira", fall=True),
     M(K, "N60.000", N, "offer", 60000, JUN3, cls="naira"),
     M(K, "Senin pagi", D, "strike", "2024-06-03"),
     M(K, "N30.000", N, "old", 30000, cls="naira", occ=2),
     M(K, "33 persen", N, "infl_may", 33, qual="morethan", cls="pct"),
     M(K, "2019", D, "old_since", "2019"),

     M(R, "Thursday", D, "deal", "2024-07-18"),
     M(R, "70,000 naira", N, "new", 70000, cls="naira"),
     M(R, "30,000 naira", N, "old", 30000, cls="naira"),
     M(R, "about 133 percent", N, "pct", 133, qual="approx", cls="pct"),
     M(R, "250,000 naira", N, "demand", 250000, JUN7, cls="naira", fall=True),
     M(R, "494,000 naira", N, "demand", 494000, JUN3, cls="naira", fall=True),
     M(R, "62,000 naira", N, "offer", 62000, JUN7, cls="naira"),
     M(R, "60,000 naira", N, "offer", 60000, JUN3, cls="naira"),
     M(R, "three years", N, "review", 3, cls="dur"),
     M(R, "every five", N, "review_old", 5, cls="dur"),
     M(R, "Thursday", D, "statement", "2024-07-18", occ=2),
     M(R, "June 3", D, "strike", "2024-06-03"),
     M(R, "34 percent", N, "infl_jun", 34, qual="morethan", cls="pct"),

     M(A, "Selasa (23/7/2024)", D, "passed", "2024-07-23"),
     M(A, "N70.000", N, "new", 70000, cls="naira"),
     M(A, "lima hari", N, "gap_pass", 5, cls="dur"),
     M(A, "Kamis (18/7/2024)", D, "deal", "2024-07-18"),
     M(A, "N18.000", N, "old", 18000, cls="naira", planted=True),
     M(A, "133 persen", N, "pct", 133, cls="pct"),
     M(A, "tiga tahun", N, "review", 3, cls="dur"),
     M(A, "lima tahun", N, "review_old", 5, cls="dur"),
     M(A, "N250.000", N, "demand", 250000, JUN7, cls="naira", fall=True),
     M(A, "N62.000", N, "offer", 62000, JUN7, cls="naira"),
     M(A, "25 pekerja", N, "firm", 25),

     M(T, "N70.000", N, "new", 70000, cls="naira"),
     M(T, "Senin (29/7/2024)", D, "signed", "2024-07-29"),
     M(T, "113 persen", N, "pct", 113, cls="pct", planted=True),
     M(T, "N30.000", N, "old", 30000, cls="naira"),
     M(T, "2019", D, "old_since", "2019"),
     M(T, "enam hari", N, "gap_sign", 6, cls="dur"),
     M(T, "Selasa (23/7/2024)", D, "passed", "2024-07-23"),
     M(T, "N70.000", N, "new", 70000, cls="naira", occ=2),
     M(T, "Kamis (18/7/2024)", D, "deal", "2024-07-18"),
     M(T, "N494.000", N, "demand", 494000, JUN3, cls="naira", fall=True),
     M(T, "N250.000", N, "demand", 250000, JUN7, cls="naira", fall=True),
     M(T, "N60.000", N, "offer", 60000, JUN3, cls="naira"),
     M(T, "N62.000", N, "offer", 62000, JUN7, cls="naira"),
     M(T, "Senin (3/6/2024)", D, "strike", "2024-06-03"),
     M(T, "tiga tahun", N, "review", 3, cls="dur"),
    ]
    build("naira-wage-2024", "Nigeria's new national minimum wage of 2024: a nationwide strike on Monday 3 June 2024, "
          "suspended on Tuesday 4 June; the unions' demand lowered from 494,000 to 250,000 naira and the government's "
          "offer raised from 60,000 to 62,000 in June; the deal on 70,000 naira a month (from 30,000, about 133%) on "
          "Thursday 18 July; the bill passed by both chambers on Tuesday 23 July and signed by the president on Monday "
          "29 July 2024, with reviews every three years instead of five", False, ms, names)


def levy():
    R, K, A, G = "reuters-mar29", "kompas-mar30", "antara-apr01", "graphic-may02"
    names = {
     "rate": "levy rate passed (%)", "proposed": "levy rate first proposed (%)",
     "free": "daily amount exempt (cedis)", "stall": "months the bill was stalled",
     # dates
     "passed": "day parliament passed the levy", "budget": "day the budget proposing the levy was read",
     "effective": "day the levy took effect", "brawl": "month of the brawl in the chamber",
    }
    ms = [
     M(R, "Tuesday", D, "passed", "2022-03-29"),
     M(R, "1.5%", N, "rate", 1.5, cls="pct"),
     M(R, "1.75%", N, "proposed", 1.75, cls="pct"),
     M(R, "Nov. 17, 2021", D, "budget", "2021-11-17"),
     M(R, "100 cedis", N, "free", 100, cls="cedi"),
     M(R, "May 1", D, "effective", "2022-05-01"),
     M(R, "more than four months", N, "stall", 4, qual="morethan", cls="dur"),
     M(R, "December", D, "brawl", "2021-12"),

     M(K, "1,5 persen", N, "rate", 1.5, cls="pct"),
     M(K, "Selasa (29/3/2022)", D, "passed", "2022-03-29"),
     M(K, "1,75 persen", N, "proposed", 1.75, cls="pct"),
     M(K, "Rabu (17/11/2021)", D, "budget", "2021-11-17"),
     M(K, "100 cedi", N, "free", 100, cls="cedi"),
     M(K, "1 Mei 2022", D, "effective", "2022-05-01"),
     M(K, "lebih dari empat bulan", N, "stall", 4, qual="morethan", cls="dur"),
     M(K, "Desember", D, "brawl", "2021-12"),

     M(A, "1,5 persen", N, "rate", 1.5, cls="pct"),
     M(A, "Selasa (29/3/2022)", D, "passed", "2022-03-29"),
     M(A, "Minggu (1/5/2022)", D, "effective", "2022-05-01"),
     M(A, "100 cedi", N, "free", 100, cls="cedi"),
     M(A, "1,5 persen", N, "rate", 1.5, cls="pct", occ=2),
     M(A, "1,75 persen", N, "proposed", 1.75, cls="pct"),
     M(A, "17 November 2021", D, "budget", "2021-11-17"),

     M(G, "Sunday, May 1", D, "effective", "2022-05-01"),
     M(G, "1.5 percent", N, "rate", 1.5, cls="pct"),
     M(G, "100 cedis", N, "free", 100, cls="cedi"),
     M(G, "Tuesday, March 29", D, "passed", "2022-03-29"),
     M(G, "1.75 percent", N, "proposed", 1.75, cls="pct"),
     M(G, "Nov. 17", D, "budget", "2021-11-17"),
    ]
    build("ghana-e-levy-2022", "Ghana's levy on electronic transfers (the E-levy), passed by parliament at 1.5% on "
          "Tuesday 29 March 2022 after the opposition walked out, down from the 1.75% proposed in the budget read on "
          "Wednesday 17 November 2021; transfers up to 100 cedis a day exempt; in force from Sunday 1 May 2022 "
          "(control). Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    boat()
    wage()
    levy()
