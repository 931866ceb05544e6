"""The four-hundred-and-second development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset402/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def abc_daycare():
    R, K, T, A = "reuters-jun06", "kompas-jun07", "tempo-jun09", "ap-jul06"
    # as-of times of the running toll: Friday 5 June 2009 at night (at least 31 children dead, more than 20 not
    # located), Saturday 6 June at 17:00 (38 by the Sonora state prosecutor against 36 by the social security
    # institute: sources; 6 not located; about 40 in hospital), Sunday 7 June (42 by the state health office), Monday
    # 8 June (41 after a child counted twice: a revision), Sunday 5 July (47; about 20 still in hospital). The dead do
    # not fall; the children not located and those in hospital may. The children present do not change.
    FRI, SAT, SUN, MON, JUL5 = "2009-06-05", "2009-06-06", "2009-06-07", "2009-06-08", "2009-07-05"
    ATT, IMSS = "the Sonora state prosecutor's office", "the Mexican Social Security Institute (IMSS)"
    names = {
     "dead": "children killed by the fire", "missing": "children not yet located", "hosp": "children in hospital",
     "present": "children at the centre that day",
     # dates
     "fire": "day of the fire", "count_fri": "day of the Friday-night count", "count_sat": "day of the count of 38",
     "count_sun": "day of the count of 42", "count_mon": "day of the revised count of 41",
     "count_jul": "day of the count of 47", "visit": "day of the president's hospital visit",
     "funerals": "day of the first funerals", "briefing": "day of the IMSS director's briefing",
    }
    ms = [
     M(R, "At least 31 young children", N, "dead", 31, FRI, qual="atleast"),
     M(R, "Friday", D, "fire", "2009-06-05"),
     M(R, "about 176 children", N, "present", 176, qual="approx"),
     M(R, "More than 20 children", N, "missing", 20, FRI, qual="morethan", fall=True),
     M(R, "Friday", D, "count_fri", "2009-06-05", occ=2),

     M(K, "38 anak", N, "dead", 38, SAT, src=ATT),
     M(K, "Sabtu (6/6/2009)", D, "count_sat", "2009-06-06"),
     M(K, "36 anak", N, "dead", 36, SAT, src=IMSS),
     M(K, "Jumat (5/6/2009)", D, "fire", "2009-06-05"),
     M(K, "Sekitar 40 anak", N, "hosp", 40, SAT, qual="approx", fall=True),
     M(K, "6 anak", N, "missing", 6, SAT, fall=True),
     M(K, "Sabtu", D, "visit", "2009-06-06", occ=2),
     M(K, "Minggu (7/6/2009)", D, "funerals", "2009-06-07"),

     M(T, "41 anak", N, "dead", 41, MON),
     M(T, "Senin (8/6/2009)", D, "count_mon", "2009-06-08"),
     M(T, "Minggu (7/6/2009)", D, "count_sun", "2009-06-07"),
     M(T, "42 anak", N, "dead", 42, SUN),
     M(T, "Kamis (4/6/2009)", D, "fire", "2009-06-04", planted=True),
     M(T, "Senin", D, "briefing", "2009-06-08", occ=2),
     M(T, "sekitar 176 anak", N, "present", 176, qual="approx"),

     M(A, "47", N, "dead", 47, JUL5),
     M(A, "Sunday, July 5", D, "count_jul", "2009-07-05"),
     M(A, "83", N, "dead", 83, SAT, src=ATT, planted=True),
     M(A, "June 6", D, "count_sat", "2009-06-06"),
     M(A, "Monday, June 8", D, "count_mon", "2009-06-08"),
     M(A, "41", N, "dead", 41, MON),
     M(A, "42", N, "dead", 42, SUN),
     M(A, "About 176 children", N, "present", 176, qual="approx"),
     M(A, "June 5", D, "fire", "2009-06-05"),
     M(A, "About 20 children", N, "hosp", 20, JUL5, qual="approx", fall=True),
    ]
    build("abc-daycare-2009", "The fire at the ABC day care centre in Hermosillo (Sonora, Mexico), run under contract "
          "with the Mexican Social Security Institute, on the afternoon of Friday 5 June 2009, spreading from a state "
          "records warehouse next door, with about 176 children present: the toll rising from at least 31 on Friday "
          "night to 38 by the state prosecutor against 36 by the institute on Saturday 6 June (sources), 42 on Sunday "
          "7 June, revised down to 41 on Monday 8 June after a double count, and 47 by Sunday 5 July; the children not "
          "located falling from more than 20 to 6; the president's visit, the first funerals and the institute's "
          "briefing on different days", False, ms, names)


def energy_reform():
    R, K, A, P = "reuters-dec11", "kompas-dec13", "antara-dec19", "ap-jan10"
    # two chambers' votes on different days (the Senate 95-28 on Wednesday 11 December 2013, the Chamber of Deputies
    # 354-134 on Thursday 12 December), the standing committee's declaration (Wednesday 18 December) and the
    # signing (Friday 20 December): four vote counts of one unit that are four facts.
    names = {
     "sen_for": "senators voting for", "sen_against": "senators voting against",
     "dep_for": "deputies voting for", "dep_against": "deputies voting against",
     "articles": "constitutional articles amended", "mono_years": "years of the state monopoly",
     "auction_years": "years to the first auctions",
     # dates
     "debate": "day the Senate debate began", "senate": "day of the Senate vote", "deputies": "day of the deputies' vote",
     "declared": "day the amendment was declared valid", "signed": "day of the signing and publication",
     "nationalized": "year of the oil nationalization", "contracts": "year of the first private contracts",
    }
    ms = [
     M(R, "Wednesday", D, "senate", "2013-12-11"),
     M(R, "1938", D, "nationalized", "1938"),
     M(R, "95", N, "sen_for", 95, cls="votes"),
     M(R, "28", N, "sen_against", 28, cls="votes"),
     M(R, "Tuesday", D, "debate", "2013-12-10"),
     M(R, "three constitutional articles", N, "articles", 3, cls="art"),
     M(R, "two years", N, "auction_years", 2, cls="dur"),

     M(K, "Kamis (12/12/2013)", D, "deputies", "2013-12-12"),
     M(K, "345 suara", N, "dep_for", 345, cls="votes", planted=True),
     M(K, "134", N, "dep_against", 134, cls="votes"),
     M(K, "95 suara", N, "sen_for", 95, cls="votes"),
     M(K, "28 suara", N, "sen_against", 28, cls="votes"),
     M(K, "Rabu (11/12/2013)", D, "senate", "2013-12-11"),
     M(K, "tiga pasal", N, "articles", 3, cls="art"),
     M(K, "75 tahun", N, "mono_years", 75, cls="dur"),
     M(K, "1938", D, "nationalized", "1938"),

     M(A, "Rabu (18/12/2013)", D, "declared", "2013-12-18"),
     M(A, "Rabu (11/12/2013)", D, "senate", "2013-12-11"),
     M(A, "95 suara", N, "sen_for", 95, cls="votes"),
     M(A, "28", N, "sen_against", 28, cls="votes"),
     M(A, "Kamis (12/12/2013)", D, "deputies", "2013-12-12"),
     M(A, "354 suara", N, "dep_for", 354, cls="votes"),
     M(A, "134", N, "dep_against", 134, cls="votes"),
     M(A, "1938", D, "nationalized", "1938"),

     M(P, "Friday, Dec. 20", D, "signed", "2013-12-20"),
     M(P, "Dec. 11", D, "senate", "2013-12-11"),
     M(P, "95", N, "sen_for", 95, cls="votes"),
     M(P, "28", N, "sen_against", 28, cls="votes"),
     M(P, "Dec. 12", D, "deputies", "2013-12-12"),
     M(P, "354", N, "dep_for", 354, cls="votes"),
     M(P, "134", N, "dep_against", 134, cls="votes"),
     M(P, "Dec. 19", D, "declared", "2013-12-19", planted=True),
     M(P, "1938", D, "nationalized", "1938"),
     M(P, "2015", D, "contracts", "2015"),
    ]
    build("energy-reform-2013", "Mexico's constitutional energy reform opening oil and gas to private companies: the "
          "Senate's vote of 95 to 28 on Wednesday 11 December 2013 after a debate from Tuesday 10 December, the "
          "Chamber of Deputies' vote of 354 to 134 on Thursday 12 December (in a side hall, the floor being occupied), "
          "the standing committee's declaration of validity on Wednesday 18 December after a majority of the state "
          "legislatures had approved, the signing and publication on Friday 20 December; three articles amended, the "
          "monopoly dating from the nationalization of 1938", False, ms, names)


def minimum_wage():
    R, K, B, P = "reuters-dec17", "kompas-dec18", "bisnis-dec19", "ap-dec20"
    names = {
     "pct": "rise of the general minimum wage (%)", "new": "general minimum wage from 1 January 2019 (pesos/day)",
     "old": "minimum wage before (pesos/day)", "border": "border-zone minimum wage from 1 January 2019 (pesos/day)",
     "border_pct": "rise of the border-zone minimum (%)", "munis": "municipalities of the border zone",
     "mir": "fixed top-up (pesos)", "step_pct": "percentage rise after the top-up (%)",
     # dates
     "announce": "day of the announcement", "effective": "day the new wages take effect",
     "office": "day the president took office",
    }
    ms = [
     M(R, "16.21 percent", N, "pct", 16.21, cls="pct"),
     M(R, "102.68 pesos", N, "new", 102.68, cls="peso"),
     M(R, "88.36 pesos", N, "old", 88.36, cls="peso"),
     M(R, "Jan. 1", D, "effective", "2019-01-01"),
     M(R, "Monday", D, "announce", "2018-12-17"),
     M(R, "176.72 pesos", N, "border", 176.72, cls="peso"),
     M(R, "43 municipalities", N, "munis", 43),
     M(R, "9.43 pesos", N, "mir", 9.43, cls="peso"),
     M(R, "5 percent", N, "step_pct", 5, cls="pct"),
     M(R, "Dec. 1", D, "office", "2018-12-01"),

     M(K, "16,21 persen", N, "pct", 16.21, cls="pct"),
     M(K, "88,36 peso", N, "old", 88.36, cls="peso"),
     M(K, "102,68 peso", N, "new", 102.68, cls="peso"),
     M(K, "1 Januari 2019", D, "effective", "2019-01-01"),
     M(K, "Senin (17/12/2018)", D, "announce", "2018-12-17"),
     M(K, "176,72 peso", N, "border", 176.72, cls="peso"),
     M(K, "43 kotamadya", N, "munis", 43),
     M(K, "9,43 peso", N, "mir", 9.43, cls="peso"),
     M(K, "5 persen", N, "step_pct", 5, cls="pct"),

     M(B, "43 kotamadya", N, "munis", 43),
     M(B, "176,72 peso", N, "border", 176.72, cls="peso"),
     M(B, "1 Januari 2019", D, "effective", "2019-01-01"),
     M(B, "88,36 peso", N, "old", 88.36, cls="peso"),
     M(B, "16,21 persen", N, "pct", 16.21, cls="pct"),
     M(B, "102,68 peso", N, "new", 102.68, cls="peso"),
     M(B, "Senin (17/12/2018)", D, "announce", "2018-12-17"),
     M(B, "9,43 peso", N, "mir", 9.43, cls="peso"),
     M(B, "5 persen", N, "step_pct", 5, cls="pct"),
     M(B, "100 persen", N, "border_pct", 100, cls="pct"),

     M(P, "43 Mexican municipalities", N, "munis", 43),
     M(P, "176.72 pesos", N, "border", 176.72, cls="peso"),
     M(P, "Jan. 1, 2019", D, "effective", "2019-01-01"),
     M(P, "88.36 pesos", N, "old", 88.36, cls="peso"),
     M(P, "Monday", D, "announce", "2018-12-17"),
     M(P, "102.68 pesos", N, "new", 102.68, cls="peso"),
     M(P, "16.21 percent", N, "pct", 16.21, cls="pct"),
     M(P, "9.43 pesos", N, "mir", 9.43, cls="peso"),
     M(P, "5 percent", N, "step_pct", 5, cls="pct"),
     M(P, "100 percent", N, "border_pct", 100, cls="pct"),
     M(P, "Dec. 17", D, "announce", "2018-12-17"),
    ]
    build("minimum-wage-2019", "Mexico's minimum wages for 2019, announced by the president and the national minimum "
          "wage commission at the National Palace on Monday 17 December 2018 and in force from 1 January 2019 "
          "(control): the general minimum from 88.36 to 102.68 pesos a day (16.21%: a fixed top-up of 9.43 pesos and "
          "then 5%), the minimum in the 43 municipalities of the northern border zone doubled to 176.72 pesos (100%); "
          "the president in office since 1 December 2018. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    abc_daycare()
    energy_reform()
    minimum_wage()
