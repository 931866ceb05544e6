"""The four-hundred-and-sixth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset406/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def abadan():
    R, K, T, A = "reuters-may23", "kompas-may25", "tempo-may31", "apnews-jun20"
    # as-of times of the running tallies: Monday 23 May 2022 at 20:00 (at least 5 dead), Wednesday 25 May at 12:00
    # (18 dead by the provincial crisis headquarters against 19 by the Red Crescent: sources; at least 35 missing),
    # Sunday 29 May (33), Monday 30 May at 18:00 (32 after one body counted twice: a revision; 9 missing), Thursday
    # 2 June (41, the final toll). The dead do not fall; the missing may (people found safe with relatives). The
    # detained rise from 10 on Tuesday 24 May to 13. The 37 injured of the first day and the 10 storeys do not change.
    MON, WED, SUN29, MON30, JUN2 = "2022-05-23", "2022-05-25", "2022-05-29", "2022-05-30", "2022-06-02"
    TUE, JUN20 = "2022-05-24", "2022-06-20"
    CRISIS, RC = "the provincial crisis management headquarters", "the Iranian Red Crescent"
    names = {
     "dead": "people killed by the collapse", "missing": "people reported missing", "injured": "people injured",
     "detained": "people detained", "floors": "storeys of the building",
     # dates
     "collapse": "day the building collapsed", "arrests": "day of the first arrests",
     "count_wed": "day of the count of 18/19", "count_sun": "day of the count of 33",
     "count_mon30": "day of the revised count of 32", "final": "day of the final toll",
     "mp_visit": "day of the parliamentary team's statement",
    }
    ms = [
     M(R, "10-storey", N, "floors", 10, cls="floors"),
     M(R, "Monday", D, "collapse", "2022-05-23"),
     M(R, "at least five people", N, "dead", 5, MON, qual="atleast"),
     M(R, "37 injured people", N, "injured", 37),

     M(K, "18 orang", N, "dead", 18, WED, src=CRISIS),
     M(K, "Rabu (25/5/2022)", D, "count_wed", "2022-05-25"),
     M(K, "19 orang", N, "dead", 19, WED, src=RC),
     M(K, "10 lantai", N, "floors", 10, cls="floors"),
     M(K, "Senin (23/5/2022)", D, "collapse", "2022-05-23"),
     M(K, "37 orang", N, "injured", 37),
     M(K, "sedikitnya 35 orang", N, "missing", 35, WED, qual="atleast", fall=True),
     M(K, "10 orang", N, "detained", 10, TUE),
     M(K, "Selasa (24/5/2022)", D, "arrests", "2022-05-24"),

     M(T, "32 orang", N, "dead", 32, MON30),
     M(T, "Senin (30/5/2022)", D, "count_mon30", "2022-05-30"),
     M(T, "Minggu (29/5/2022)", D, "count_sun", "2022-05-29"),
     M(T, "33 orang", N, "dead", 33, SUN29),
     M(T, "9 orang", N, "missing", 9, MON30, fall=True),
     M(T, "10 lantai", N, "floors", 10, cls="floors"),
     M(T, "Minggu (22/5/2022)", D, "collapse", "2022-05-22", planted=True),
     M(T, "37 orang", N, "injured", 37),
     M(T, "13 orang", N, "detained", 13, MON30),
     M(T, "10 orang", N, "detained", 10, TUE),
     M(T, "Selasa (24/5/2022)", D, "arrests", "2022-05-24"),

     M(A, "41 people", N, "dead", 41, JUN2),
     M(A, "June 2", D, "final", "2022-06-02"),
     M(A, "73 people", N, "injured", 73, planted=True),
     M(A, "10-storey", N, "floors", 10, cls="floors"),
     M(A, "May 23", D, "collapse", "2022-05-23"),
     M(A, "at least five", N, "dead", 5, MON, qual="atleast"),
     M(A, "18", N, "dead", 18, WED, src=CRISIS),
     M(A, "May 25", D, "count_wed", "2022-05-25"),
     M(A, "33", N, "dead", 33, SUN29),
     M(A, "May 29", D, "count_sun", "2022-05-29"),
     M(A, "32", N, "dead", 32, MON30),
     M(A, "13 people", N, "detained", 13, JUN20),
     M(A, "Sunday", D, "mp_visit", "2022-06-19"),
    ]
    build("abadan-collapse-2022", "The collapse of part of the 10-storey Metropol commercial and residential tower in "
          "Abadan, south-western Iran, around midday on Monday 23 May 2022: 37 injured on the first day; the toll "
          "rising from at least 5 on Monday evening to 18 by the provincial crisis headquarters against 19 by the Red "
          "Crescent on Wednesday 25 May (sources), 33 on Sunday 29 May, revised down to 32 on Monday 30 May after a "
          "body counted twice, 41 when the search ended on 2 June; the missing falling from at least 35 to 9; 10 "
          "detained on Tuesday 24 May, including the mayor and two former mayors, 13 later; the owner Hossein "
          "Abdolbaghi among the dead", False, ms, names)


def egyptair():
    R, K, T, B = "reuters-may19", "kompas-may21", "tempo-jun17", "bbc-dec15"
    # one count (66 on board, made of 56 passengers, 7 crew and 3 security staff: the crew with the security staff
    # are 10), fixed; tempting counts and altitudes that are different facts: 37,000 feet cruising, 15,000 feet
    # after the drop, 10,000 feet when lost by Greek radar; the steps: departure (Wednesday 18 May 2016), loss
    # (Thursday 19 May), debris found (Friday 20 May), the cockpit voice recorder (Thursday 16 June) and the flight
    # data recorder (Friday 17 June) raised, the investigators' statement on explosives (Thursday 15 December).
    names = {
     "aboard": "people on board", "passengers": "passengers", "crew": "cabin and cockpit crew",
     "crew_all": "crew including security staff", "security": "security staff", "egyptians": "Egyptian passengers",
     "french": "French passengers", "cruise": "cruising altitude (ft)", "drop": "altitude after the drop (ft)",
     "lost": "altitude when lost by Greek radar (ft)", "distance": "debris distance from the coast (km)",
     "depth": "depth of the recorders (m)",
     # dates
     "depart": "day of departure", "crash": "day the jet was lost", "found": "day the debris was found",
     "cvr": "day the cockpit voice recorder was raised", "fdr": "day the flight data recorder was raised",
     "recorders": "month the recorders were raised", "explosives": "day of the statement on explosives",
    }
    ms = [
     M(R, "66 people", N, "aboard", 66),
     M(R, "Thursday", D, "crash", "2016-05-19"),
     M(R, "Wednesday", D, "depart", "2016-05-18"),
     M(R, "37,000 feet", N, "cruise", 37000, cls="ft"),
     M(R, "56 passengers", N, "passengers", 56),
     M(R, "seven cabin and cockpit crew", N, "crew", 7),
     M(R, "three security staff", N, "security", 3),
     M(R, "30 Egyptians", N, "egyptians", 30),
     M(R, "15 French citizens", N, "french", 15),
     M(R, "15,000 feet", N, "drop", 15000, cls="ft"),
     M(R, "10,000 feet", N, "lost", 10000, cls="ft"),

     M(K, "Jumat (20/5/2016)", D, "found", "2016-05-20"),
     M(K, "290 kilometer", N, "distance", 290, cls="km"),
     M(K, "Kamis (19/5/2016)", D, "crash", "2016-05-19"),
     M(K, "66 orang", N, "aboard", 66),
     M(K, "56 penumpang", N, "passengers", 56),
     M(K, "10 awak", N, "crew_all", 10),
     M(K, "tiga petugas keamanan", N, "security", 3),
     M(K, "37.000 kaki", N, "cruise", 37000, cls="ft"),
     M(K, "15.000 kaki", N, "drop", 15000, cls="ft"),
     M(K, "30 penumpang", N, "egyptians", 30),
     M(K, "15 orang", N, "french", 15),

     M(T, "Jumat (17/6/2016)", D, "fdr", "2016-06-17"),
     M(T, "Kamis (16/6/2016)", D, "cvr", "2016-06-16"),
     M(T, "sekitar 3.000 meter", N, "depth", 3000, qual="approx", cls="m"),
     M(T, "66 orang", N, "aboard", 66),
     M(T, "Kamis (19/5/2016)", D, "crash", "2016-05-19"),
     M(T, "30.000 kaki", N, "cruise", 30000, cls="ft", planted=True),

     M(B, "Thursday", D, "explosives", "2016-12-15"),
     M(B, "May 19", D, "crash", "2016-05-19"),
     M(B, "66 people", N, "aboard", 66),
     M(B, "May 21", D, "found", "2016-05-21", planted=True),
     M(B, "37,000 feet", N, "cruise", 37000, cls="ft"),
     M(B, "June", D, "recorders", "2016-06"),
    ]
    build("egyptair-ms804-2016", "EgyptAir flight MS804, an Airbus A320 from Paris to Cairo, lost over the eastern "
          "Mediterranean at about 02:30 Cairo time on Thursday 19 May 2016 while cruising at 37,000 feet, after "
          "leaving Paris late on Wednesday 18 May: 66 on board (56 passengers, 7 crew, 3 security staff; 30 "
          "Egyptians and 15 French), a swerve and drop to 15,000 feet and loss by Greek radar at about 10,000 feet; "
          "debris found on Friday 20 May about 290 km off the Egyptian coast; the cockpit voice recorder raised on "
          "Thursday 16 June and the flight data recorder on Friday 17 June from about 3,000 m; the Egyptian "
          "investigators' statement on traces of explosives on Thursday 15 December 2016", False, ms, names)


def saudi_budget():
    R, K, P, A = "reuters-dec18", "kompas-dec19", "republika-dec20", "arabnews-dec21"
    # one release (Tuesday 18 December 2018): the 2019 budget and the preliminary 2018 outturn, in billions of riyals
    names = {
     "spend19": "spending planned for 2019 (bn riyals)", "rev19": "revenue projected for 2019 (bn riyals)",
     "def19": "deficit projected for 2019 (bn riyals)", "def19_pct": "2019 deficit (% of GDP)",
     "spend18": "spending in 2018, preliminary (bn riyals)", "rev18": "revenue in 2018, preliminary (bn riyals)",
     "def18": "deficit in 2018 (bn riyals)", "def18_pct": "2018 deficit (% of GDP)",
     "oil19": "oil revenue projected for 2019 (bn riyals)", "nonoil19": "non-oil revenue projected for 2019 (bn "
     "riyals)", "oil_price": "oil price analysts inferred ($/barrel)",
     # dates
     "announce": "day of the announcement", "balance": "year of the balanced budget target",
     "year19": "the budget year 2019", "year18": "the year 2018 of the preliminary outturn",
    }
    SAR = "sar"
    ms = [
     M(R, "1.106 trillion riyals", N, "spend19", 1106, cls=SAR),
     M(R, "Tuesday", D, "announce", "2018-12-18"),
     M(R, "975 billion riyals", N, "rev19", 975, cls=SAR),
     M(R, "131 billion riyals", N, "def19", 131, cls=SAR),
     M(R, "4.2 percent", N, "def19_pct", 4.2, cls="pct"),
     M(R, "1.030 trillion riyals", N, "spend18", 1030, cls=SAR),
     M(R, "895 billion riyals", N, "rev18", 895, cls=SAR),
     M(R, "136 billion riyals", N, "def18", 136, cls=SAR),
     M(R, "4.6 percent", N, "def18_pct", 4.6, cls="pct"),
     M(R, "662 billion riyals", N, "oil19", 662, cls=SAR),
     M(R, "313 billion riyals", N, "nonoil19", 313, cls=SAR),
     M(R, "$70 a barrel", N, "oil_price", 70, qual="approx", cls="usd"),
     M(R, "2023", D, "balance", "2023"),
     M(R, "2019", D, "year19", "2019"),
     M(R, "2018", D, "year18", "2018"),

     M(K, "Selasa (18/12/2018)", D, "announce", "2018-12-18"),
     M(K, "1,106 triliun riyal", N, "spend19", 1106, cls=SAR),
     M(K, "975 miliar riyal", N, "rev19", 975, cls=SAR),
     M(K, "131 miliar riyal", N, "def19", 131, cls=SAR),
     M(K, "4,2 persen", N, "def19_pct", 4.2, cls="pct"),
     M(K, "662 miliar riyal", N, "oil19", 662, cls=SAR),
     M(K, "313 miliar riyal", N, "nonoil19", 313, cls=SAR),
     M(K, "1,030 triliun riyal", N, "spend18", 1030, cls=SAR),
     M(K, "895 miliar riyal", N, "rev18", 895, cls=SAR),
     M(K, "136 miliar riyal", N, "def18", 136, cls=SAR),
     M(K, "4,6 persen", N, "def18_pct", 4.6, cls="pct"),
     M(K, "2023", D, "balance", "2023"),
     M(K, "2019", D, "year19", "2019"),
     M(K, "2018", D, "year18", "2018", occ=2),
     M(K, "2018", D, "year18", "2018", occ=3),

     M(P, "131 miliar riyal", N, "def19", 131, cls=SAR),
     M(P, "4,2 persen", N, "def19_pct", 4.2, cls="pct"),
     M(P, "1,106 triliun riyal", N, "spend19", 1106, cls=SAR),
     M(P, "975 miliar riyal", N, "rev19", 975, cls=SAR),
     M(P, "Selasa (18/12/2018)", D, "announce", "2018-12-18"),
     M(P, "136 miliar riyal", N, "def18", 136, cls=SAR),
     M(P, "4,6 persen", N, "def18_pct", 4.6, cls="pct"),
     M(P, "1,030 triliun riyal", N, "spend18", 1030, cls=SAR),
     M(P, "895 miliar riyal", N, "rev18", 895, cls=SAR),
     M(P, "662 miliar riyal", N, "oil19", 662, cls=SAR),
     M(P, "313 miliar riyal", N, "nonoil19", 313, cls=SAR),
     M(P, "2023", D, "balance", "2023"),
     M(P, "2019", D, "year19", "2019"),
     M(P, "2018", D, "year18", "2018", occ=2),

     M(A, "Dec. 18", D, "announce", "2018-12-18"),
     M(A, "SR1.106 trillion", N, "spend19", 1106, cls=SAR),
     M(A, "SR975 billion", N, "rev19", 975, cls=SAR),
     M(A, "SR131 billion", N, "def19", 131, cls=SAR),
     M(A, "4.2 percent", N, "def19_pct", 4.2, cls="pct"),
     M(A, "SR136 billion", N, "def18", 136, cls=SAR),
     M(A, "4.6 percent", N, "def18_pct", 4.6, cls="pct"),
     M(A, "SR313 billion", N, "nonoil19", 313, cls=SAR),
     M(A, "SR662 billion", N, "oil19", 662, cls=SAR),
     M(A, "SR1.030 trillion", N, "spend18", 1030, cls=SAR),
     M(A, "SR895 billion", N, "rev18", 895, cls=SAR),
     M(A, "2023", D, "balance", "2023"),
     M(A, "2019", D, "year19", "2019"),
     M(A, "2018", D, "year18", "2018"),
    ]
    build("riyadh-budget-2019", "Saudi Arabia's budget for 2019, announced on Tuesday 18 December 2018 (control): "
          "spending of 1.106 trillion riyals against revenue of 975 billion riyals (662 billion from oil, 313 billion "
          "non-oil), a deficit of 131 billion riyals or 4.2% of GDP; the preliminary 2018 outturn of 1.030 trillion "
          "riyals spent, 895 billion riyals of revenue and a deficit of 136 billion riyals or 4.6% of GDP; a balanced "
          "budget aimed for in 2023. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    abadan()
    egyptair()
    saudi_budget()
