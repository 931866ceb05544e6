"""Labels of the four-hundred-and-ninth development set, produced from a table of facts (never from the checker's
output), by the shared helper tests/benchmarks/factlabels.py.

Each mention of a figure or date is written down once with what it states (``M``): the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset409/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def blasts():
    R, K, F, T = "reuters-aug01", "kompas-aug02", "focustaiwan-aug04", "tempo-jul31"
    # as-of times of the running tallies: Friday 1 August 2014 at 07:00 (at least 24 dead, 271 injured), at 18:00
    # (25 dead, 267 injured: the injured revised down after double listings, a revision), Saturday 2 August morning
    # (26 dead, two firefighters missing), Monday 4 August morning (28 dead by the city government against 27 by the
    # central emergency operation centre: sources; one firefighter missing), and the final count recalled a year on
    # (32 dead, 321 injured). The dead and injured do not fall (the 271 -> 267 is a revision); the missing may.
    FRI07, FRI18, SAT, MON, FINAL = "2014-08-01a", "2014-08-01b", "2014-08-02", "2014-08-04", "2015-07-31"
    CITY, CEOC = "the Kaohsiung city government", "the central emergency operation centre"
    names = {
     "dead": "people killed by the blasts", "injured": "people injured by the blasts",
     "ff_dead": "firefighters among the dead (first day)", "ff_missing": "firefighters missing",
     # dates
     "blast": "day of the blasts", "count_fri": "day of the Friday counts", "mayor_fri": "day of the mayor's Friday remarks",
     "count_sat": "day of the Saturday count", "count_mon": "day of the Monday count", "found": "day a firefighter's body was found",
     "mayor_mon": "day of the mayor's Monday remarks",
    }
    ms = [
     M(R, "Thursday", D, "blast", "2014-07-31"),
     M(R, "at least 24 people", N, "dead", 24, FRI07, qual="atleast"),
     M(R, "271", N, "injured", 271, FRI07),
     M(R, "Friday", D, "count_fri", "2014-08-01"),
     M(R, "Four firefighters", N, "ff_dead", 4),
     M(R, "Friday", D, "mayor_fri", "2014-08-01", occ=2),

     M(K, "26 orang", N, "dead", 26, SAT),
     M(K, "Sabtu (2/8/2014)", D, "count_sat", "2014-08-02"),
     M(K, "Jumat (1/8/2014)", D, "count_fri", "2014-08-01"),
     M(K, "25 orang tewas", N, "dead", 25, FRI18),
     M(K, "267 orang", N, "injured", 267, FRI18),
     M(K, "271 orang", N, "injured", 271, FRI07),
     M(K, "Kamis (31/7/2014)", D, "blast", "2014-07-31"),
     M(K, "Dua petugas pemadam kebakaran", N, "ff_missing", 2, SAT, fall=True),
     M(K, "Sabtu", D, "count_sat", "2014-08-02", occ=2),

     M(F, "Thursday, July 31", D, "blast", "2014-07-31"),
     M(F, "28", N, "dead", 28, MON, src=CITY),
     M(F, "Monday", D, "count_mon", "2014-08-04"),
     M(F, "27 dead", N, "dead", 27, MON, src=CEOC),
     M(F, "Friday", D, "count_fri", "2014-08-01"),
     M(F, "25 dead", N, "dead", 25, FRI18),
     M(F, "276 injured", N, "injured", 276, FRI18, planted=True),
     M(F, "One firefighter", N, "ff_missing", 1, MON, fall=True),
     M(F, "Monday", D, "count_mon", "2014-08-04", occ=2),
     M(F, "Sunday", D, "found", "2014-08-03"),
     M(F, "Monday", D, "mayor_mon", "2014-08-04", occ=3),

     M(T, "Rabu (30/7/2014)", D, "blast", "2014-07-30", planted=True),
     M(T, "32 orang", N, "dead", 32, FINAL),
     M(T, "321 orang", N, "injured", 321, FINAL),
     M(T, "24 orang", N, "dead", 24, FRI07),
     M(T, "28 orang", N, "dead", 28, MON, src=CITY),
    ]
    build("kaohsiung-blasts-2014", "The propylene pipeline explosions in Kaohsiung, southern Taiwan, late on Thursday "
          "31 July 2014 (the first blast at about 23:57 after hours of reports of a gas smell): at least 24 dead and "
          "271 injured at 07:00 on Friday 1 August, 25 dead and 267 injured at 18:00 (the injured revised down after "
          "double listings), 26 dead on Saturday 2 August, 28 dead by the city government against 27 by the central "
          "emergency operation centre on Monday 4 August (sources), 32 dead and 321 injured in the final count; "
          "firefighters among the dead and missing", False, ms, names)


def cheonan():
    K, Y, A, T = "kompas-mar27", "yonhap-apr16", "antara-apr29", "tempo-may21"
    # steps on different dates: the sinking (Friday 26 March 2010, about 21:22), the diver's death (Tuesday 30 March),
    # the stern raised (Thursday 15 April), the bow raised (Saturday 24 April), the funeral (Thursday 29 April), the
    # investigators' findings (Thursday 20 May 2010). Running tallies: bodies recovered 38 (Friday 16 April) -> 40
    # (after the bow, 24 April); missing 46 (Saturday 27 March) -> 8 -> 6 (a count that falls). Fixed facts: 104
    # aboard, 58 rescued, 46 killed; tempting pairs: 46 missing against 46 killed, 36 bodies in the stern against
    # the 38 recovered, the ship's 88 m against the torpedo's 3 m and 6 m.
    SAT27, APR16, APR29 = "2010-03-27", "2010-04-16", "2010-04-29"
    names = {
     "aboard": "sailors aboard", "rescued": "sailors rescued", "killed": "sailors killed",
     "missing": "sailors missing", "recovered": "bodies recovered", "stern_bodies": "bodies found in the stern",
     "early_bodies": "bodies found before the stern was raised", "length": "length of the ship (m)",
     "side": "distance of the blast from the hull (m)", "depth": "depth of the blast (m)",
     # dates
     "sinking": "day of the sinking", "count27": "day of the count of 46 missing", "stern": "day the stern was raised",
     "count16": "day of the count of 38 recovered", "diver": "day of the diver's death", "bow": "day the bow was raised",
     "funeral": "day of the funeral", "findings": "day the findings were announced",
    }
    ms = [
     M(K, "Jumat (26/3/2010)", D, "sinking", "2010-03-26"),
     M(K, "104 awak", N, "aboard", 104),
     M(K, "58 awak", N, "rescued", 58),
     M(K, "Sabtu (27/3/2010)", D, "count27", "2010-03-27"),
     M(K, "46 awak lainnya", N, "missing", 46, SAT27, fall=True),
     M(K, "88 meter", N, "length", 88, cls="m"),

     M(Y, "Thursday", D, "stern", "2010-04-15"),
     M(Y, "36 bodies", N, "stern_bodies", 36),
     M(Y, "two bodies", N, "early_bodies", 2),
     M(Y, "38", N, "recovered", 38, APR16),
     M(Y, "46 sailors", N, "killed", 46),
     M(Y, "eight", N, "missing", 8, APR16, fall=True),
     M(Y, "Friday", D, "count16", "2010-04-16"),
     M(Y, "104 sailors", N, "aboard", 104),
     M(Y, "March 26", D, "sinking", "2010-03-26"),
     M(Y, "56 were rescued", N, "rescued", 56, planted=True),
     M(Y, "Tuesday, March 30", D, "diver", "2010-03-30"),

     M(A, "46 pelaut", N, "killed", 46),
     M(A, "Kamis (29/4/2010)", D, "funeral", "2010-04-29"),
     M(A, "Sabtu (24/4/2010)", D, "bow", "2010-04-24"),
     M(A, "40 jenazah", N, "recovered", 40, APR29),
     M(A, "6 pelaut", N, "missing", 6, APR29, fall=True),
     M(A, "Jumat (26/3/2010)", D, "sinking", "2010-03-26"),
     M(A, "104 awaknya", N, "aboard", 104),
     M(A, "58 orang", N, "rescued", 58),

     M(T, "Kamis (20/5/2010)", D, "findings", "2010-05-20"),
     M(T, "Jumat (25/3/2010)", D, "sinking", "2010-03-25", planted=True),
     M(T, "3 meter", N, "side", 3, cls="m"),
     M(T, "6 hingga 9 meter", N, "depth", 6, cls="m"),
     M(T, "46 pelaut", N, "killed", 46),
     M(T, "58 awak", N, "rescued", 58),
    ]
    build("cheonan-sinking-2010", "The sinking of the South Korean navy corvette Cheonan (1,200 tons, 88 m) near "
          "Baengnyeong Island in the Yellow Sea on Friday 26 March 2010 at about 21:22: 104 aboard, 58 rescued, 46 "
          "killed; 46 missing on the first day, 8 after the stern was raised on Thursday 15 April (36 bodies inside, "
          "38 recovered in all), 6 never found after the bow was raised on Saturday 24 April (40 recovered); a navy "
          "diver's death on Tuesday 30 March; the naval funeral on Thursday 29 April; the joint investigators' "
          "finding of a torpedo on Thursday 20 May 2010", False, ms, names)


def budget():
    Y, H, A, T = "yonhap-aug29", "koreaherald-sep01", "antara-aug30", "tempo-aug31"
    names = {
     "total": "2024 budget proposal (trillion won)", "prev": "2023 budget (trillion won)",
     "rise": "rise of the budget (%)", "cuts": "spending restructured away (trillion won)",
     "rd": "R&D budget for 2024 (trillion won)", "rd_cut": "R&D cut (trillion won)", "rd_pct": "R&D cut (%)",
     "deficit": "managed fiscal deficit (trillion won)", "def_pct": "managed fiscal deficit (% of GDP)",
     "debt": "national debt (trillion won)", "debt_pct": "national debt (% of GDP)",
     "benefit": "livelihood benefit for a four-person household from 2024 (million won a month)",
     "benefit_old": "livelihood benefit for a four-person household in 2023 (million won a month)",
     "benefit_pct": "rise of the livelihood benefit (%)",
     # dates
     "announce": "day the proposal was unveiled", "cabinet": "day the Cabinet approved the proposal",
     "submit": "day the proposal goes to the National Assembly", "deadline": "legal deadline for passage",
     "defend": "day the minister defended the plan (Wednesday)",
    }
    def five(art, total, prev, rise, cuts, rd, rd_cut, rd_pct, deficit, def_pct, debt, debt_pct, ben, ben_old, ben_pct):
        return [
         M(art, total, N, "total", 656.9, cls="trw"), M(art, prev, N, "prev", 638.7, cls="trw"),
         M(art, rise, N, "rise", 2.8, cls="pct"), M(art, cuts, N, "cuts", 23, cls="trw"),
         M(art, rd, N, "rd", 25.9, cls="trw"), M(art, rd_cut, N, "rd_cut", 5.2, cls="trw"),
         M(art, rd_pct, N, "rd_pct", 16.6, cls="pct"), M(art, deficit, N, "deficit", 92, cls="trw"),
         M(art, def_pct, N, "def_pct", 3.9, cls="pct"), M(art, debt, N, "debt", 1196.2, cls="trw"),
         M(art, debt_pct, N, "debt_pct", 51.0, cls="pct"), M(art, ben, N, "benefit", 1.83, cls="mw"),
         M(art, ben_old, N, "benefit_old", 1.62, cls="mw"), M(art, ben_pct, N, "benefit_pct", 13.2, cls="pct"),
        ]
    ms = (
     five(Y, "656.9 trillion-won", "638.7 trillion won", "2.8 percent", "23 trillion won", "25.9 trillion won",
          "5.2 trillion won", "16.6 percent", "92 trillion won", "3.9 percent", "1,196.2 trillion won",
          "51.0 percent", "1.83 million won", "1.62 million won", "13.2 percent")
     + [M(Y, "Tuesday", D, "announce", "2023-08-29"), M(Y, "Friday, Sept. 1", D, "submit", "2023-09-01"),
        M(Y, "Dec. 2", D, "deadline", "2023-12-02")]
     + five(H, "656.9 trillion won", "638.7 trillion won", "2.8 percent", "23 trillion won", "25.9 trillion won",
            "5.2 trillion won", "16.6 percent", "92 trillion won", "3.9 percent", "1,196.2 trillion won",
            "51.0 percent", "1.83 million won", "1.62 million won", "13.2 percent")
     + [M(H, "Tuesday", D, "announce", "2023-08-29"), M(H, "Tuesday", D, "announce", "2023-08-29", occ=2),
        M(H, "Sept. 1", D, "submit", "2023-09-01")]
     + five(A, "656,9 triliun won", "638,7 triliun won", "2,8 persen", "23 triliun won", "25,9 triliun won",
            "5,2 triliun won", "16,6 persen", "92 triliun won", "3,9 persen", "1.196,2 triliun won",
            "51,0 persen", "1,83 juta won", "1,62 juta won", "13,2 persen")
     + [M(A, "Selasa (29/8/2023)", D, "announce", "2023-08-29"), M(A, "Jumat (1/9/2023)", D, "submit", "2023-09-01"),
        M(A, "2 Desember", D, "deadline", "2023-12-02")]
     + five(T, "656,9 triliun won", "638,7 triliun won", "2,8 persen", "23 triliun won", "25,9 triliun won",
            "5,2 triliun won", "16,6 persen", "92 triliun won", "3,9 persen", "1.196,2 triliun won",
            "51,0 persen", "1,83 juta won", "1,62 juta won", "13,2 persen")
     + [M(T, "Selasa, 29 Agustus 2023", D, "cabinet", "2023-08-29"), M(T, "Rabu (30/8/2023)", D, "defend", "2023-08-30"),
        M(T, "Jumat (1/9/2023)", D, "submit", "2023-09-01"), M(T, "2 Desember", D, "deadline", "2023-12-02")]
    )
    build("korea-budget-2024", "South Korea's 2024 budget proposal, approved by the Cabinet and unveiled by the finance "
          "ministry on Tuesday 29 August 2023 (control): 656.9 trillion won, up 2.8% from 638.7 trillion won; 23 "
          "trillion won of spending restructured; R&D cut by 5.2 trillion won (16.6%) to 25.9 trillion won; managed "
          "fiscal deficit 92 trillion won (3.9% of GDP); national debt 1,196.2 trillion won (51.0% of GDP); the "
          "livelihood benefit of a four-person household up 13.2% from 1.62 to 1.83 million won a month; to the "
          "National Assembly by Friday 1 September, to be passed by 2 December. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    blasts()
    cheonan()
    budget()
