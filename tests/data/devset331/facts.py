"""The three-hundred-and-thirty-first development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset331/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def hoceima():
    R, K, T, A = "reuters-feb24", "kompas-feb26", "tempo-feb28", "ap-mar20"
    # as-of times of the running tallies: Tuesday 24 February 2004 afternoon (at least 300 dead, more than 100
    # aftershocks), Wednesday 25 February (564 dead, about 300 injured), Thursday 26 February morning (571), Friday
    # 27 February (572 dead, more than 400 injured, about 15,000 homeless), the interior ministry's final count as
    # reported on 20 March (628 dead, 926 injured, about 15,000 homeless). The dead, the injured, the homeless and
    # the aftershocks do not fall.
    TUE, WED, THU, FRI, FINAL = "2004-02-24", "2004-02-25", "2004-02-26", "2004-02-27", "2004-03-20"
    # The magnitude: the US Geological Survey's first reading of 6.5 and its revised 6.4 are two as-of times of one
    # reading (a revision); Morocco's National Institute of Geophysics' 6.3 is another source's (sources).
    FIRST, UPD = "2004-02-24a", "2004-02-24b"
    USGS, ING = "the US Geological Survey", "Morocco's National Institute of Geophysics"
    names = {
     "mag": "the quake's magnitude", "dead": "people killed", "injured": "people injured",
     "homeless": "people left homeless", "aftershocks": "aftershocks recorded",
     "dead1960": "dead in the 1960 Agadir earthquake",
     # dates
     "quake": "day of the earthquake", "asof_tue": "day of the first count", "asof_wed": "day of the count of 564",
     "asof_thu": "day of the count of 571", "asof_fri": "day of the count of 572",
     "protest": "day of the protest in Imzouren", "q1994": "the 1994 earthquake", "q1960": "the 1960 earthquake",
    }
    ms = [
     M(R, "Tuesday", D, "quake", "2004-02-24"),
     M(R, "at least 300 people", N, "dead", 300, TUE, qual="atleast"),
     M(R, "Tuesday afternoon", D, "asof_tue", "2004-02-24"),
     M(R, "6.5", N, "mag", 6.5, FIRST, src=USGS, cls="mag"),
     M(R, "6.3", N, "mag", 6.3, src=ING, cls="mag"),
     M(R, "More than 100 aftershocks", N, "aftershocks", 100, TUE, qual="morethan"),
     M(R, "1994", D, "q1994", "1994"),

     M(K, "571 orang", N, "dead", 571, THU),
     M(K, "Kamis (26/2/2004)", D, "asof_thu", "2004-02-26"),
     M(K, "Rabu (25/2/2004)", D, "asof_wed", "2004-02-25"),
     M(K, "564 orang", N, "dead", 564, WED),
     M(K, "sekitar 300 orang", N, "injured", 300, WED, qual="approx"),
     M(K, "Selasa (24/2/2004)", D, "quake", "2004-02-24"),
     M(K, "6,5", N, "mag", 6.5, FIRST, src=USGS, cls="mag"),
     M(K, "6,4", N, "mag", 6.4, UPD, src=USGS, cls="mag"),
     M(K, "6,3", N, "mag", 6.3, src=ING, cls="mag"),

     M(T, "572 orang", N, "dead", 572, FRI),
     M(T, "Jumat (27/2/2004)", D, "asof_fri", "2004-02-27"),
     M(T, "Kamis pagi", D, "asof_thu", "2004-02-26"),
     M(T, "517 orang", N, "dead", 517, THU, planted=True),
     M(T, "lebih dari 400 orang", N, "injured", 400, FRI, qual="morethan"),
     M(T, "Kamis (26/2/2004)", D, "protest", "2004-02-26"),
     M(T, "bermagnitudo 6,4", N, "mag", 6.4, UPD, src=USGS, cls="mag"),
     M(T, "Selasa (24/2/2004)", D, "quake", "2004-02-24"),
     M(T, "sekitar 15.000 orang", N, "homeless", 15000, FRI, qual="approx"),
     M(T, "tahun 1960", D, "q1960", "1960"),

     M(A, "Feb. 25", D, "quake", "2004-02-25", planted=True),
     M(A, "628 people", N, "dead", 628, FINAL),
     M(A, "926", N, "injured", 926, FINAL),
     M(A, "About 15,000 people", N, "homeless", 15000, FINAL, qual="approx"),
     M(A, "magnitude 6.4", N, "mag", 6.4, UPD, src=USGS, cls="mag"),
     M(A, "1960", D, "q1960", "1960"),
     M(A, "about 12,000 people", N, "dead1960", 12000, qual="approx"),
     M(A, "Feb. 26", D, "protest", "2004-02-26"),
    ]
    build("al-hoceima-quake-2004", "The earthquake around Al Hoceima, northern Morocco (Tuesday 24 February 2004, "
          "02.27 local time; the USGS's first 6.5 revised to 6.4, Morocco's National Institute of Geophysics 6.3): the "
          "interior ministry's at least 300 dead on Tuesday afternoon, 564 on Wednesday 25 February, 571 on Thursday "
          "morning, 572 on Friday 27 February, 628 in the final count; injured about 300 -> more than 400 -> 926; about "
          "15,000 homeless; a protest in Imzouren on Thursday 26 February", False, ms, names)


def casablanca():
    R, T, K, A = "reuters-may17", "detik-may19", "kompas-may26", "ap-aug20"
    # as-of times of the running tallies: Saturday 17 May 2003 (the interior minister's at least 41 dead and about
    # 100 wounded), Sunday 18 May (42 dead), Monday 19 May (33 arrested), Sunday 25 May (43 dead, more than 90
    # arrested), the trial's report of 20 August (45 dead, more than 100 wounded, more than 700 detained). The
    # bombings (Friday 16 May), the minister's statement (Saturday 17 May), the king's visit (Saturday 17 May), the
    # lower house's vote on the anti-terrorism law (Wednesday 21 May), the march (Sunday 25 May) and the verdict
    # (Tuesday 19 August) are different events. The march's crowd: the organisers' count against the police's.
    SAT, SUN18, MON19, SUN25, AUG = "2003-05-17", "2003-05-18", "2003-05-19", "2003-05-25", "2003-08-20"
    ORG, POLICE = "the organisers", "the police"
    names = {
     "dead": "people killed (attackers included)", "injured": "people wounded", "sites": "sites attacked",
     "arrests": "suspects detained", "crowd": "people at the march against terrorism",
     "death_sent": "defendants sentenced to death", "others": "other defendants sentenced",
     "bombers": "bombers killed", "victims": "victims killed (attackers not included)",
     # dates
     "bomb": "day of the bombings", "stmt": "day of the interior minister's count", "visit": "day of the king's visit",
     "asof_sun18": "day of the count of 42", "asof_mon19": "day of the count of 33 detained",
     "law": "day the lower house passed the anti-terrorism law", "march": "day of the march",
     "verdict": "day of the verdict",
    }
    ms = [
     M(R, "Friday", D, "bomb", "2003-05-16"),
     M(R, "at least 41 people", N, "dead", 41, SAT, qual="atleast"),
     M(R, "Saturday", D, "stmt", "2003-05-17"),
     M(R, "About 100 people", N, "injured", 100, SAT, qual="approx"),
     M(R, "five targets", N, "sites", 5),
     M(R, "Saturday", D, "visit", "2003-05-17", occ=2),

     M(T, "42 orang", N, "dead", 42, SUN18),
     M(T, "Minggu (18/5/2003)", D, "asof_sun18", "2003-05-18"),
     M(T, "33 orang tersangka", N, "arrests", 33, MON19),
     M(T, "Senin (19/5/2003)", D, "asof_mon19", "2003-05-19"),
     M(T, "enam lokasi", N, "sites", 6, planted=True),
     M(T, "Jumat (16/5/2003)", D, "bomb", "2003-05-16"),
     M(T, "Sabtu (17/5/2003)", D, "stmt", "2003-05-17"),
     M(T, "41 orang", N, "dead", 41, SAT),
     M(T, "sekitar 100 orang", N, "injured", 100, SAT, qual="approx"),

     M(K, "Sabtu (24/5/2003)", D, "march", "2003-05-24", planted=True),
     M(K, "lebih dari satu juta orang", N, "crowd", 1000000, src=ORG, qual="morethan"),
     M(K, "sekitar 300.000 orang", N, "crowd", 300000, src=POLICE, qual="approx"),
     M(K, "43 orang", N, "dead", 43, SUN25),
     M(K, "Jumat (16/5/2003)", D, "bomb", "2003-05-16"),
     M(K, "lebih dari 90 orang", N, "arrests", 90, SUN25, qual="morethan"),
     M(K, "Rabu (21/5/2003)", D, "law", "2003-05-21"),
     M(K, "lima lokasi", N, "sites", 5),

     M(A, "Tuesday", D, "verdict", "2003-08-19"),
     M(A, "four men", N, "death_sent", 4),
     M(A, "45 people", N, "dead", 45, AUG),
     M(A, "83 other defendants", N, "others", 83),
     M(A, "Twelve bombers", N, "bombers", 12),
     M(A, "33 victims", N, "victims", 33),
     M(A, "May 16", D, "bomb", "2003-05-16"),
     M(A, "five sites", N, "sites", 5),
     M(A, "More than 100 people", N, "injured", 100, AUG, qual="morethan"),
     M(A, "more than 700", N, "arrests", 700, AUG, qual="morethan"),
     M(A, "May 21", D, "law", "2003-05-21"),
     M(A, "May 25", D, "march", "2003-05-25"),
     M(A, "more than a million", N, "crowd", 1000000, src=ORG, qual="morethan"),
    ]
    build("casablanca-bombings-2003", "The suicide bombings in Casablanca (Friday 16 May 2003, about 22.00, five "
          "sites): the interior minister Mustapha Sahel's at least 41 dead and about 100 wounded on Saturday 17 May, 42 "
          "dead by Sunday 18 May, 43 by Sunday 25 May, 45 in all (33 victims and 12 bombers); suspects detained 33 -> "
          "more than 90 -> more than 700; the lower house's anti-terrorism law on Wednesday 21 May; the march of Sunday "
          "25 May (organisers more than a million, police about 300,000); four death sentences and 83 other sentences "
          "on Tuesday 19 August 2003", False, ms, names)


def census():
    R, T, K, A = "reuters-nov05", "antara-nov06", "kompas-nov07", "ap-nov08"
    names = {
     "pop": "Morocco's population in 2024", "pop2014": "Morocco's population in 2014",
     "foreigners": "foreign residents", "nationals": "Moroccan nationals", "increase": "increase since 2014",
     "growth": "average yearly growth 2014-2024 (%)", "growth_prev": "average yearly growth 2004-2014 (%)",
     "households": "households", "urban": "urban share in 2024 (%)", "urban2014": "urban share in 2014 (%)",
     # dates
     "announced": "day the results were released", "start": "first day of the count",
     "end": "last day of the count", "prev": "the previous census",
    }
    ms = [
     M(R, "36,828,330", N, "pop", 36828330),
     M(R, "33,848,242", N, "pop2014", 33848242),
     M(R, "Monday", D, "announced", "2024-11-04"),
     M(R, "148,152 foreign residents", N, "foreigners", 148152),
     M(R, "36,680,178", N, "nationals", 36680178),
     M(R, "0.85%", N, "growth", 0.85, cls="pct"),
     M(R, "1.25%", N, "growth_prev", 1.25, cls="pct"),
     M(R, "9,275,038 households", N, "households", 9275038),
     M(R, "62.8%", N, "urban", 62.8, cls="pct"),
     M(R, "60.4%", N, "urban2014", 60.4, cls="pct"),
     M(R, "Sept. 1", D, "start", "2024-09-01"),
     M(R, "Sept. 30", D, "end", "2024-09-30"),
     M(R, "September 2014", D, "prev", "2014-09"),

     M(T, "36.828.330 jiwa", N, "pop", 36828330),
     M(T, "Senin (4/11/2024)", D, "announced", "2024-11-04"),
     M(T, "33.848.242 jiwa", N, "pop2014", 33848242),
     M(T, "sensus 2014", D, "prev", "2014"),
     M(T, "36.680.178 jiwa", N, "nationals", 36680178),
     M(T, "148.152 jiwa", N, "foreigners", 148152),
     M(T, "0,85 persen", N, "growth", 0.85, cls="pct"),
     M(T, "1,25 persen", N, "growth_prev", 1.25, cls="pct"),
     M(T, "9.275.038", N, "households", 9275038),
     M(T, "62,8 persen", N, "urban", 62.8, cls="pct"),
     M(T, "60,4 persen", N, "urban2014", 60.4, cls="pct"),
     M(T, "1 September", D, "start", "2024-09-01"),
     M(T, "30 September 2024", D, "end", "2024-09-30"),

     M(K, "sekitar 36,8 juta jiwa", N, "pop", 36800000, qual="approx"),
     M(K, "sekitar 33,8 juta jiwa", N, "pop2014", 33800000, qual="approx"),
     M(K, "Senin (4/11/2024)", D, "announced", "2024-11-04"),
     M(K, "36.828.330 jiwa", N, "pop", 36828330),
     M(K, "148.152 warga asing", N, "foreigners", 148152),
     M(K, "0,85 persen", N, "growth", 0.85, cls="pct"),
     M(K, "1,25 persen", N, "growth_prev", 1.25, cls="pct"),
     M(K, "sekitar 9,3 juta", N, "households", 9300000, qual="approx"),
     M(K, "62,8 persen", N, "urban", 62.8, cls="pct"),
     M(K, "60,4 persen", N, "urban2014", 60.4, cls="pct"),
     M(K, "September 2024", D, "start", "2024-09"),

     M(A, "more than 36.8 million residents", N, "pop", 36800000, qual="morethan"),
     M(A, "Nov. 4", D, "announced", "2024-11-04"),
     M(A, "36,828,330 people", N, "pop", 36828330),
     M(A, "148,152 foreigners", N, "foreigners", 148152),
     M(A, "roughly 3 million", N, "increase", 3000000, qual="approx"),
     M(A, "33.8 million", N, "pop2014", 33800000, qual="approx"),
     M(A, "0.85 percent", N, "growth", 0.85, cls="pct"),
     M(A, "1.25 percent", N, "growth_prev", 1.25, cls="pct"),
     M(A, "about 9.3 million households", N, "households", 9300000, qual="approx"),
     M(A, "Just under 63 percent", N, "urban", 63, qual="nearly", cls="pct"),
     M(A, "60.4 percent", N, "urban2014", 60.4, cls="pct"),
     M(A, "September 2024", D, "start", "2024-09"),
    ]
    build("morocco-census-2024", "The first results of Morocco's 2024 census (control), released by the High "
          "Commission for Planning on Monday 4 November 2024: 36,828,330 people (148,152 foreigners, 36,680,178 "
          "Moroccans) against 33,848,242 in 2014, average yearly growth 0.85% (1.25% in 2004-2014), 9,275,038 "
          "households, 62.8% urban (60.4% in 2014), counted from 1 to 30 September 2024. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    hoceima()
    casablanca()
    census()
