"""The hundred-and-thirty-sixth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset136/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def bishkek():
    R, K, AP, T, A = "reuters-jan16", "kompas-jan17", "ap-jan18", "tempo-jan19", "antara-feb16"
    # the tolls: the health ministry's on Monday morning, the emergencies ministry's on Monday afternoon, lowered by
    # the same ministry on Monday evening and given again on Tuesday (its minister), the government's information
    # service's on Tuesday
    MON_AM, MON_PM, MON_EVE, TUE = "2017-01-16T09", "2017-01-16T15", "2017-01-16T21", "2017-01-17"
    HEALTH, MCHS, GOV = "the health ministry", "the emergencies ministry", "the government's information service"
    names = {
     "dead": "people killed", "dead_men": "men among the dead", "dead_women": "women among the dead",
     "dead_children": "children among the dead", "crew": "crew members on board", "hospital": "people taken to hospital",
     "hospital_children": "children among those in hospital", "houses_destroyed": "houses destroyed",
     "houses_village": "houses in the village", "distance": "distance from the airport to the capital (km)",
     "age_plane": "the aircraft's age", "kyrgyz_dead": "citizens of Kyrgyzstan among the dead",
     "crew_found": "crew members' bodies recovered", "rest_hours": "hours the crew rested before the flight",
     "flight_hours": "hours of the flight to Bishkek", "identified_mon": "victims identified by Monday evening",
     "identified_mon_children": "children among the victims identified by Monday evening",
     "identified_tue": "victims identified by Tuesday",
     # dates
     "crash": "day of the crash", "mourning": "day of mourning", "investigators": "day the investigators arrived",
     "recorder": "day a flight recorder was found", "count38_day": "day of the count of 38",
    }
    ms = [
     M(R, "Monday", D, "crash", "2017-01-16"),
     M(R, "37 people", N, "dead", 37, MON_PM, src=MCHS),
     M(R, "32", N, "dead", 32, MON_AM, src=HEALTH),
     M(R, "four crew members", N, "crew", 4),
     M(R, "Fifteen people", N, "hospital", 15, MON_PM, src=HEALTH, fall=True),
     M(R, "six of them children", N, "hospital_children", 6, MON_PM, src=HEALTH, fall=True),
     M(R, "23", N, "houses_destroyed", 23, src=MCHS),
     M(R, "43 houses", N, "houses_village", 43),
     M(R, "25 km", N, "distance", 25, qual="approx", cls="km"),
     M(R, "14 years old", N, "age_plane", 14, qual="approx", cls="age"),

     M(K, "Senin (16/1/2017)", D, "crash", "2017-01-16"),
     M(K, "37 orang", N, "dead", 37, MON_PM, src=MCHS),
     M(K, "empat awak pesawat", N, "crew", 4),
     M(K, "32 orang", N, "dead", 32, MON_EVE, src=MCHS),
     M(K, "10 laki-laki", N, "dead_men", 10, MON_EVE, src=MCHS),
     M(K, "9 perempuan", N, "dead_women", 9, MON_EVE, src=MCHS),
     M(K, "13 anak", N, "dead_children", 13, MON_EVE, src=MCHS),
     M(K, "15 orang", N, "hospital", 15, MON_PM, src=HEALTH, fall=True),
     M(K, "enam di antaranya", N, "hospital_children", 6, MON_PM, src=HEALTH, fall=True),
     M(K, "32", N, "houses_destroyed", 32, src=MCHS, planted=True, occ=2),
     M(K, "43 rumah", N, "houses_village", 43),
     M(K, "sekitar 25 kilometer", N, "distance", 25, qual="approx", cls="km"),
     M(K, "15 korban", N, "identified_mon", 15),
     M(K, "lima anak", N, "identified_mon_children", 5),
     M(K, "Selasa (17/1/2017)", D, "mourning", "2017-01-17"),

     M(AP, "Tuesday", D, "mourning", "2017-01-17"),
     M(AP, "37 people", N, "dead", 37, TUE, src=MCHS),
     M(AP, "34 of them", N, "kyrgyz_dead", 34),
     M(AP, "three of the crew", N, "crew_found", 3, TUE, fall=True),
     M(AP, "all four crew members", N, "crew", 4),
     M(AP, "69 hours", N, "rest_hours", 69, cls="dur"),
     M(AP, "six-hour", N, "flight_hours", 6, cls="dur"),
     M(AP, "Monday", D, "crash", "2017-01-16"),
     M(AP, "Tuesday", D, "investigators", "2017-01-17", occ=2),
     M(AP, "Monday", D, "recorder", "2017-01-16", occ=2),
     M(AP, "13 people", N, "hospital", 13, TUE, src=HEALTH, fall=True),

     M(T, "38 orang", N, "dead", 38, TUE, src=GOV),
     M(T, "Selasa (17/1/2017)", D, "count38_day", "2017-01-17"),
     M(T, "37 korban", N, "identified_tue", 37),
     M(T, "34 warga Kirgistan", N, "kyrgyz_dead", 34),
     M(T, "tiga awak pesawat", N, "crew_found", 3, TUE, fall=True),
     M(T, "37 korban tewas", N, "dead", 37, TUE, src=MCHS),
     M(T, "Senin (16/1/2017)", D, "crash", "2017-01-16"),
     M(T, "23", N, "houses_destroyed", 23, src=MCHS),
     M(T, "43 rumah", N, "houses_village", 43),
     M(T, "15 orang", N, "hospital", 15, MON_PM, src=HEALTH, fall=True),
     M(T, "enam anak", N, "hospital_children", 6, MON_PM, src=HEALTH, fall=True),

     M(A, "16 Januari", D, "crash", "2017-01-16"),
     M(A, "38 orang", N, "dead", 38, TUE, src=GOV),
     M(A, "Keempat awak pesawat", N, "crew", 4),
     M(A, "34 korban", N, "kyrgyz_dead", 34),
     M(A, "15 orang", N, "hospital", 15, MON_PM, src=HEALTH, fall=True),
     M(A, "enam anak", N, "hospital_children", 6, MON_PM, src=HEALTH, fall=True),
     M(A, "23", N, "houses_destroyed", 23, src=MCHS),
     M(A, "43 rumah", N, "houses_village", 43),
     M(A, "17 Januari", D, "mourning", "2017-01-17"),
    ]
    build("bishkek-cargo-crash-2017", "The crash of a Turkish Airlines Boeing 747 freighter operated by ACT Airlines "
          "(flight TK6491) into Dacha-Suu beside Manas airport, Kyrgyzstan, in fog on Monday 16 January 2017: the "
          "health ministry's 32 dead on Monday morning, the emergencies ministry's 37 that afternoon, lowered to 32 "
          "that evening and 37 again on Tuesday 17 January (34 citizens of Kyrgyzstan, three of the four crew recovered), the government's information "
          "service's 38 on Tuesday; 15 in hospital, six of them children (13 on Tuesday); 23 of the village's 43 houses destroyed; a "
          "day of mourning on Tuesday 17 January", False, ms, names)


def mongolia():
    R, K, A, AP, T = "reuters-jun27", "kompas-jun28", "antara-jul08", "ap-jul10", "tempo-jul19"
    # the first round's preliminary count (Tuesday 27 June); the run-off's count early on Saturday 8 July (without
    # the overseas ballots) and the commission's final count; shares and votes of a count in progress may move both
    # ways (fall=True)
    R1, PRE, FIN = "2017-06-27", "2017-07-08T03", "2017-07-08T20"
    GEC = "the General Election Commission"
    names = {
     "r1_battulga_votes": "Battulga's first-round votes", "r1_battulga_share": "Battulga's first-round share",
     "r1_enkhbold_votes": "Enkhbold's first-round votes", "r1_enkhbold_share": "Enkhbold's first-round share",
     "r1_ganbaatar_votes": "Ganbaatar's first-round votes", "r1_ganbaatar_share": "Ganbaatar's first-round share",
     "r1_turnout": "first-round turnout", "r1_voters": "people who voted in the first round",
     "gap": "Ganbaatar's gap behind Enkhbold", "extra_votes": "votes Ganbaatar said were added",
     "r2_battulga_votes": "Battulga's run-off votes", "r2_battulga_share": "Battulga's run-off share",
     "r2_enkhbold_votes": "Enkhbold's run-off votes", "r2_enkhbold_share": "Enkhbold's run-off share",
     "r2_blank_votes": "blank ballots in the run-off", "r2_blank_share": "share of blank ballots in the run-off",
     "r2_turnout": "run-off turnout", "r2_battulga_cand": "Battulga's share of the votes for a candidate",
     "r2_enkhbold_cand": "Enkhbold's share of the votes for a candidate", "lead": "Battulga's lead in the run-off",
     "age": "Battulga's age", "candidates": "candidates in the first round", "terms": "Elbegdorj's terms",
     "term_years": "years of a presidential term", "president_no": "Battulga's rank among presidents",
     "days_forward": "days the run-off was brought forward",
     # dates
     "r1": "day of the first round", "r1_results": "day of the first round's preliminary results",
     "r2_planned": "day first set for the run-off", "r2": "day of the run-off",
     "r2_prelim": "day of the run-off's preliminary count", "inauguration": "day Battulga was sworn in",
     "y2009": "year Elbegdorj was first elected", "y2013": "year Elbegdorj was re-elected",
    }
    ms = [
     M(R, "Monday", D, "r1", "2017-06-26"),
     M(R, "Tuesday", D, "r1_results", "2017-06-27"),
     M(R, "three candidates", N, "candidates", 3),
     M(R, "517,478 votes", N, "r1_battulga_votes", 517478, R1, src=GEC),
     M(R, "38.1 percent", N, "r1_battulga_share", 38.1, R1, cls="pct", src=GEC),
     M(R, "411,748 votes", N, "r1_enkhbold_votes", 411748, R1, src=GEC),
     M(R, "30.3 percent", N, "r1_enkhbold_share", 30.3, R1, cls="pct", src=GEC),
     M(R, "409,899 votes", N, "r1_ganbaatar_votes", 409899, R1, src=GEC),
     M(R, "30.2 percent", N, "r1_ganbaatar_share", 30.2, R1, cls="pct", src=GEC),
     M(R, "68.27 percent", N, "r1_turnout", 68.27, R1, cls="pct", src=GEC),
     M(R, "1,357,788 people", N, "r1_voters", 1357788, R1, src=GEC),
     M(R, "July 9", D, "r2_planned", "2017-07-09"),
     M(R, "2009", D, "y2009", "2009"),
     M(R, "2013", D, "y2013", "2013"),

     M(K, "Senin (26/6/2017)", D, "r1", "2017-06-26"),
     M(K, "30,2 persen", N, "r1_ganbaatar_share", 30.2, R1, cls="pct", src=GEC),
     M(K, "1.489 suara", N, "gap", 1489, planted=True),
     M(K, "30,3 persen", N, "r1_enkhbold_share", 30.3, R1, cls="pct", src=GEC),
     M(K, "sekitar 35.000 suara", N, "extra_votes", 35000, qual="approx"),
     M(K, "38,1 persen", N, "r1_battulga_share", 38.1, R1, cls="pct", src=GEC),
     M(K, "9 Juli", D, "r2_planned", "2017-07-09"),
     M(K, "68,27 persen", N, "r1_turnout", 68.27, R1, cls="pct", src=GEC),

     M(A, "Jumat (7/7/2017)", D, "r2", "2017-07-07"),
     M(A, "Sabtu (8/7/2017)", D, "r2_prelim", "2017-07-08"),
     M(A, "609.950 suara", N, "r2_battulga_votes", 609950, PRE, src=GEC, fall=True),
     M(A, "50,6 persen", N, "r2_battulga_share", 50.6, PRE, cls="pct", src=GEC, fall=True),
     M(A, "496.185 suara", N, "r2_enkhbold_votes", 496185, PRE, src=GEC, fall=True),
     M(A, "41,2 persen", N, "r2_enkhbold_share", 41.2, PRE, cls="pct", src=GEC, fall=True),
     M(A, "99.350 pemilih", N, "r2_blank_votes", 99350, PRE, src=GEC, fall=True),
     M(A, "8,2 persen", N, "r2_blank_share", 8.2, PRE, cls="pct", src=GEC, fall=True),
     M(A, "60,4 persen", N, "r2_turnout", 60.4, PRE, cls="pct", src=GEC),
     M(A, "9 Juli", D, "r2_planned", "2017-07-09"),
     M(A, "dua hari", N, "days_forward", 2, cls="dur"),
     M(A, "lebih dari 100.000 suara", N, "lead", 100000, PRE, qual="morethan"),

     M(AP, "Monday", D, "inauguration", "2017-07-10"),
     M(AP, "fifth president", N, "president_no", 5),
     M(AP, "Friday", D, "r2", "2017-07-07"),
     M(AP, "611,226 votes", N, "r2_battulga_votes", 611226, FIN, src=GEC, fall=True),
     M(AP, "50.61 percent", N, "r2_battulga_share", 50.61, FIN, cls="pct", src=GEC, fall=True),
     M(AP, "497,067 votes", N, "r2_enkhbold_votes", 497067, FIN, src=GEC, fall=True),
     M(AP, "41.16 percent", N, "r2_enkhbold_share", 41.16, FIN, cls="pct", src=GEC, fall=True),
     M(AP, "55.15 percent", N, "r2_battulga_cand", 55.15, FIN, cls="pct", src=GEC, fall=True),
     M(AP, "44.85 percent", N, "r2_enkhbold_cand", 44.85, FIN, cls="pct", src=GEC, fall=True),
     M(AP, "60.67 percent", N, "r2_turnout", 60.67, FIN, cls="pct", src=GEC),
     M(AP, "68.27 percent", N, "r1_turnout", 68.27, R1, cls="pct", src=GEC),
     M(AP, "June 27", D, "r1", "2017-06-27", planted=True),
     M(AP, "38.1 percent", N, "r1_battulga_share", 38.1, R1, cls="pct", src=GEC),
     M(AP, "54", N, "age", 54, cls="age"),
     M(AP, "two four-year terms", N, "terms", 2, also=(("term_years", 4),)),

     M(T, "presiden kelima", N, "president_no", 5),
     M(T, "Senin (10/7/2017)", D, "inauguration", "2017-07-10"),
     M(T, "Jumat (7/7/2017)", D, "r2", "2017-07-07"),
     M(T, "611.226 suara", N, "r2_battulga_votes", 611226, FIN, src=GEC, fall=True),
     M(T, "50,61 persen", N, "r2_battulga_share", 50.61, FIN, cls="pct", src=GEC, fall=True),
     M(T, "41,16 persen", N, "r2_enkhbold_share", 41.16, FIN, cls="pct", src=GEC, fall=True),
     M(T, "26 Juni", D, "r1", "2017-06-26"),
     M(T, "1.849 suara", N, "gap", 1849),
     M(T, "60,67 persen", N, "r2_turnout", 60.67, FIN, cls="pct", src=GEC),
     M(T, "dua periode", N, "terms", 2),
     M(T, "2009", D, "y2009", "2009"),
    ]
    build("mongolia-presidential-2017", "Mongolia's presidential election: the first round of Monday 26 June 2017 "
          "(the commission's preliminary count of Tuesday 27 June: Battulga 517,478 votes, 38.1%; Enkhbold 411,748, "
          "30.3%; Ganbaatar 409,899, 30.2%, 1,849 behind; turnout 68.27%, 1,357,788 voters), the run-off set for 9 July "
          "and held on Friday 7 July (the count early on Saturday 8 July: 609,950 or 50.6% to 496,185 or 41.2%, "
          "99,350 blank ballots, turnout 60.4%; the final count: 611,226 or 50.61% to 497,067 or 41.16%, 55.15% to "
          "44.85% of the votes for a candidate, turnout 60.67%) and Battulga sworn in on Monday 10 July 2017", False,
          ms, names)


def mongolia_rate():
    R, X, B, K = "reuters-jan28", "xinhua-jan29", "bisnis-jan31", "kontan-feb01"
    names = {
     "rate": "the new policy rate", "prev_rate": "the policy rate before the decision", "hike": "size of the rate rise",
     "rr": "the new reserve requirement on tugrik liabilities", "rr_prev": "the reserve requirement before",
     "rr_hike": "size of the reserve requirement rise", "infl": "annual inflation nationwide in December 2021",
     "infl_ub": "annual inflation in Ulaanbaatar in December 2021", "months": "months the mining sector lagged",
     # dates
     "decision": "day of the decision", "infl_month": "month of the inflation reading", "y2021": "the year 2021",
    }
    ms = [
     M(R, "0.5 percentage point", N, "hike", 50, qual="unit", cls="bp"),
     M(R, "6.5 percent", N, "rate", 6.5, cls="pct"),
     M(R, "Friday", D, "decision", "2022-01-28"),
     M(R, "2 percentage points", N, "rr_hike", 200, qual="unit", cls="bp"),
     M(R, "8 percent", N, "rr", 8, cls="pct"),
     M(R, "13.4 percent", N, "infl", 13.4, cls="pct"),
     M(R, "December 2021", D, "infl_month", "2021-12"),
     M(R, "14.8 percent", N, "infl_ub", 14.8, cls="pct"),
     M(R, "6 percent", N, "prev_rate", 6, cls="pct"),
     M(R, "6 percent", N, "rr_prev", 6, cls="pct", occ=2),
     M(R, "two months", N, "months", 2, cls="dur"),
     M(R, "2021", D, "y2021", "2021", occ=2),

     M(X, "50 basis points", N, "hike", 50, cls="bp"),
     M(X, "6.5 percent", N, "rate", 6.5, cls="pct"),
     M(X, "Friday, January 28", D, "decision", "2022-01-28"),
     M(X, "6 percent", N, "rr_prev", 6, cls="pct"),
     M(X, "8 percent", N, "rr", 8, cls="pct"),
     M(X, "13.4 percent", N, "infl", 13.4, cls="pct"),
     M(X, "December 2021", D, "infl_month", "2021-12"),
     M(X, "14.8 percent", N, "infl_ub", 14.8, cls="pct"),
     M(X, "6 percent", N, "prev_rate", 6, cls="pct", occ=2),

     M(B, "0,5 poin persentase", N, "hike", 50, qual="unit", cls="bp"),
     M(B, "6%", N, "prev_rate", 6, cls="pct"),
     M(B, "6,5%", N, "rate", 6.5, cls="pct"),
     M(B, "Jumat (28/1/2022)", D, "decision", "2022-01-28"),
     M(B, "2 poin persentase", N, "rr_hike", 200, qual="unit", cls="bp"),
     M(B, "6%", N, "rr_prev", 6, cls="pct", occ=2),
     M(B, "8%", N, "rr", 8, cls="pct"),
     M(B, "13,4%", N, "infl", 13.4, cls="pct"),
     M(B, "14,8%", N, "infl_ub", 14.8, cls="pct"),
     M(B, "Desember 2021", D, "infl_month", "2021-12"),
     M(B, "6,5%", N, "rate", 6.5, cls="pct", occ=2),

     M(K, "50 basis poin", N, "hike", 50, cls="bp"),
     M(K, "6,5 persen", N, "rate", 6.5, cls="pct"),
     M(K, "Jumat, 28 Januari 2022", D, "decision", "2022-01-28"),
     M(K, "6 persen", N, "prev_rate", 6, cls="pct"),
     M(K, "2 poin persentase", N, "rr_hike", 200, qual="unit", cls="bp"),
     M(K, "8 persen", N, "rr", 8, cls="pct"),
     M(K, "13,4 persen", N, "infl", 13.4, cls="pct"),
     M(K, "Desember 2021", D, "infl_month", "2021-12"),
     M(K, "14,8 persen", N, "infl_ub", 14.8, cls="pct"),
     M(K, "dua bulan", N, "months", 2, cls="dur"),
     M(K, "2021", D, "y2021", "2021", occ=2),
    ]
    build("mongolia-rate-2022", "The Bank of Mongolia's rate decision (control) of Friday 28 January 2022: the policy "
          "rate raised 0.5 percentage point (50 basis points) from 6% to 6.5%; the reserve requirement on tugrik "
          "liabilities raised 2 percentage points from 6% to 8%; annual inflation of 13.4% nationwide and 14.8% in "
          "Ulaanbaatar in December 2021. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    bishkek()
    mongolia()
    mongolia_rate()
