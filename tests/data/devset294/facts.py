"""The table of facts of the two-hundred-and-ninety-fourth development set (issue 12): every mention of a figure or
date in its articles, written down once with what it states; ``build`` labels every cross-article pair by the
development sets' rules (tests/data/devset/README.md). The labels come from this table, never from the checker's
output.

Run from the repository root after changing an article: ``python tests/data/devset294/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def petition():
    R, K, T, A = "reuters-dec10", "kompas-dec12", "detik-dec31", "ap-mar05"
    # the electoral commission's declaration of Wednesday 9 December 2020 (valid votes 13,434,574, turnout 79%) and its
    # correction of Thursday 10 December (13,119,460, 78.89%) are two as-of times of one count: a revision. The
    # candidates' votes and shares, the seats, the 50% threshold and the justices do not change with the day of the
    # report. The election (Monday 7 December), the declaration (Wednesday 9 December), the correction (Thursday 10
    # December), the petition (Wednesday 30 December), the swearing-in (7 January 2021) and the ruling (Thursday 4
    # March 2021) are different events.
    DECL, CORR = "2020-12-09", "2020-12-10"
    names = {
     "votes_win": "votes for Akufo-Addo", "votes_opp": "votes for the opposition candidate",
     "share_win": "Akufo-Addo's share (%)", "share_opp": "the opposition candidate's share (%)",
     "valid": "valid votes cast", "turnout": "turnout (%)", "cands": "presidential candidates",
     "others": "the other candidates", "seats": "seats in parliament", "killed": "people killed in poll incidents",
     "threshold": "share needed to win outright (%)", "justices": "justices on the panel",
     "seats_npp": "seats won by the ruling party", "seats_ndc": "seats won by the opposition",
     "indep": "seats won by independents",
     # dates
     "vote": "polling day", "decl": "day of the declaration", "corr": "day of the correction",
     "filed": "day the petition was filed", "sworn": "day of the swearing-in", "ruling": "day of the ruling",
     "y2016": "the 2016 election",
    }
    ms = [
     M(R, "Monday", D, "vote", "2020-12-07"),
     M(R, "Wednesday", D, "decl", "2020-12-09"),
     M(R, "6,730,413 votes", N, "votes_win", 6730413),
     M(R, "51.595%", N, "share_win", 51.595, cls="pct"),
     M(R, "6,214,889 votes", N, "votes_opp", 6214889),
     M(R, "47.366%", N, "share_opp", 47.366, cls="pct"),
     M(R, "13,434,574", N, "valid", 13434574, DECL),
     M(R, "79%", N, "turnout", 79, DECL, cls="pct"),
     M(R, "Twelve candidates", N, "cands", 12),
     M(R, "other ten", N, "others", 10),
     M(R, "275-seat", N, "seats", 275),
     M(R, "Monday", D, "vote", "2020-12-07", occ=2),
     M(R, "five people", N, "killed", 5),
     M(R, "Jan. 7", D, "sworn", "2021-01-07"),

     M(K, "Kamis (10/12/2020)", D, "corr", "2020-12-10"),
     M(K, "13.119.460 suara", N, "valid", 13119460, CORR),
     M(K, "13.434.574 suara", N, "valid", 13434574, DECL),
     M(K, "Rabu (9/12/2020)", D, "decl", "2020-12-09"),
     M(K, "78,89 persen", N, "turnout", 78.89, CORR, cls="pct"),
     M(K, "79 persen", N, "turnout", 79, DECL, cls="pct"),
     M(K, "6.730.413 suara", N, "votes_win", 6730413),
     M(K, "6.214.889 suara", N, "votes_opp", 6214889),
     M(K, "Senin (7/12/2020)", D, "vote", "2020-12-07"),
     M(K, "12 calon presiden", N, "cands", 12),
     M(K, "2016", D, "y2016", "2016"),

     M(T, "Rabu (30/12/2020)", D, "filed", "2020-12-30"),
     M(T, "50 persen", N, "threshold", 50, cls="pct"),
     M(T, "Rabu (9/12/2020)", D, "decl", "2020-12-09"),
     M(T, "51,595 persen", N, "share_win", 51.595, cls="pct"),
     M(T, "47,366 persen", N, "share_opp", 47.366, cls="pct"),
     M(T, "13.119.460", N, "valid", 13119460, CORR),
     M(T, "78,98 persen", N, "turnout", 78.98, CORR, cls="pct", planted=True),
     M(T, "Senin (7/12/2020)", D, "vote", "2020-12-07"),
     M(T, "7 Januari 2021", D, "sworn", "2021-01-07"),

     M(A, "Thursday", D, "ruling", "2021-03-04"),
     M(A, "seven justices", N, "justices", 7),
     M(A, "Dec. 29", D, "filed", "2020-12-29", planted=True),
     M(A, "50%", N, "threshold", 50, cls="pct"),
     M(A, "Dec. 9", D, "decl", "2020-12-09"),
     M(A, "51.595%", N, "share_win", 51.595, cls="pct"),
     M(A, "6,730,413 votes", N, "votes_win", 6730413),
     M(A, "Dec. 7", D, "vote", "2020-12-07"),
     M(A, "137 seats", N, "seats_npp", 137, also={"seats_ndc": 137}),
     M(A, "one seat", N, "indep", 1),
     M(A, "Jan. 7", D, "sworn", "2021-01-07"),
    ]
    build("ghana-petition-2020", "Ghana's presidential election of Monday 7 December 2020 and its dispute in stages: "
          "the electoral commission declares President Nana Akufo-Addo the winner on Wednesday 9 December (6,730,413 "
          "votes, 51.595%, against 6,214,889, 47.366%; valid votes 13,434,574, turnout 79%), corrects the valid votes to "
          "13,119,460 and the turnout to 78.89% on Thursday 10 December; the opposition candidate petitions the Supreme "
          "Court on Wednesday 30 December; the president is sworn in on 7 January 2021; the court's seven justices "
          "dismiss the petition unanimously on Thursday 4 March 2021", False, ms, names)


def akosombo():
    R, T, A, P = "reuters-oct14", "antara-oct18", "ap-oct25", "tempo-nov08"
    # as-of times of the running tallies: Friday 13 October 2023 (NADMO's more than 8,000 displaced, seven districts),
    # Tuesday 17 October (about 26,000, eight districts), Tuesday 24 October (more than 31,000; the Red Cross's about
    # 35,000). The displaced and the districts do not fall. NADMO's counts against the Ghana Red Cross Society's
    # estimate are sources; the day of the Red Cross's estimate and the day of NADMO's count of 31,000 are different
    # events on one day (not_conflict). The lake's levels, the dam's year and the start of the spillage (Friday 15 September
    # 2023) do not change with the day of the report.
    OCT13, OCT17, OCT24 = "2023-10-13", "2023-10-17", "2023-10-24"
    NAD, RC = "NADMO", "the Ghana Red Cross Society"
    names = {
     "displaced": "people displaced", "districts": "districts affected", "lake": "the lake's level (feet)",
     "lake_max": "the lake's maximum operating level (feet)", "regions": "regions affected",
     # dates
     "spill": "day the spillage began", "asof13": "day of NADMO's count of 8,000", "asof17": "day of the count of 26,000",
     "asof24": "day of the count of 31,000", "rc_est": "day of the Red Cross's estimate",
     "built": "year the dam was completed",
    }
    ms = [
     M(R, "More than 8,000 people", N, "displaced", 8000, OCT13, qual="morethan", src=NAD),
     M(R, "Friday", D, "asof13", "2023-10-13"),
     M(R, "Sept. 15", D, "spill", "2023-09-15"),
     M(R, "seven districts", N, "districts", 7, OCT13),
     M(R, "about 277 feet", N, "lake", 277, qual="approx", cls="ft"),
     M(R, "278 feet", N, "lake_max", 278, cls="ft"),
     M(R, "1965", D, "built", "1965"),

     M(T, "Sekitar 26.000 orang", N, "displaced", 26000, OCT17, qual="approx", src=NAD),
     M(T, "Selasa (17/10/2023)", D, "asof17", "2023-10-17"),
     M(T, "lebih dari 8.000 orang", N, "displaced", 8000, OCT13, qual="morethan", src=NAD),
     M(T, "Jumat (13/10/2023)", D, "asof13", "2023-10-13"),
     M(T, "Jumat (15/9/2023)", D, "spill", "2023-09-15"),
     M(T, "delapan distrik", N, "districts", 8, OCT17),
     M(T, "tiga wilayah", N, "regions", 3),
     M(T, "278 kaki", N, "lake_max", 278, cls="ft"),

     M(A, "More than 31,000 people", N, "displaced", 31000, OCT24, qual="morethan", src=NAD),
     M(A, "Tuesday", D, "asof24", "2023-10-24"),
     M(A, "more than 8,000", N, "displaced", 8000, OCT13, qual="morethan", src=NAD),
     M(A, "Oct. 13", D, "asof13", "2023-10-13"),
     M(A, "about 35,000 displaced people", N, "displaced", 35000, OCT24, qual="approx", src=RC),
     M(A, "Tuesday", D, "rc_est", "2023-10-24", occ=2),
     M(A, "Sept. 15", D, "spill", "2023-09-15"),
     M(A, "eight districts", N, "districts", 8, OCT24),

     M(P, "lebih dari 31.000 orang", N, "displaced", 31000, OCT24, qual="morethan", src=NAD),
     M(P, "Selasa (24/10/2023)", D, "asof24", "2023-10-24"),
     M(P, "sekitar 35.000 orang", N, "displaced", 35000, OCT24, qual="approx", src=RC),
     M(P, "Sabtu (16/9/2023)", D, "spill", "2023-09-16", planted=True),
     M(P, "delapan distrik", N, "districts", 8, OCT24),
     M(P, "1965", D, "built", "1965"),
    ]
    build("akosombo-spillage-2023", "Floods in eastern Ghana from the Volta River Authority's controlled spillage of the "
          "Akosombo and Kpong dams, begun on Friday 15 September 2023: NADMO's count of the displaced rising from more "
          "than 8,000 on Friday 13 October to about 26,000 on Tuesday 17 October and more than 31,000 on Tuesday 24 "
          "October, the districts affected from seven to eight; the Ghana Red Cross Society's estimate of about 35,000 "
          "displaced on 24 October; the lake near its maximum of 278 feet", False, ms, names)


def mali():
    R, T, A, K = "reuters-aug16", "detik-aug17", "ap-aug18", "kompas-aug19"
    names = {
     "keita": "Keita's run-off share (%)", "cisse": "Cisse's run-off share (%)", "turnout": "run-off turnout (%)",
     "keita1": "Keita's first-round share (%)", "cisse1": "Cisse's first-round share (%)",
     "cands": "first-round candidates", "term": "years of the term", "troops": "troops deployed",
     "age": "Keita's age",
     # dates
     "runoff": "day of the run-off", "announced": "day the results were announced",
     "round1": "day of the first round", "y2013": "Keita's first election",
    }
    ms = [
     M(R, "Sunday", D, "runoff", "2018-08-12"),
     M(R, "67.17%", N, "keita", 67.17, cls="pct"),
     M(R, "Thursday", D, "announced", "2018-08-16"),
     M(R, "32.83%", N, "cisse", 32.83, cls="pct"),
     M(R, "34.54%", N, "turnout", 34.54, cls="pct"),
     M(R, "July 29", D, "round1", "2018-07-29"),
     M(R, "41.70%", N, "keita1", 41.70, cls="pct"),
     M(R, "17.78%", N, "cisse1", 17.78, cls="pct"),
     M(R, "24 candidates", N, "cands", 24),
     M(R, "five-year", N, "term", 5, cls="dur"),
     M(R, "2013", D, "y2013", "2013"),
     M(R, "more than 30,000 troops", N, "troops", 30000, qual="morethan"),

     M(T, "67,17 persen", N, "keita", 67.17, cls="pct"),
     M(T, "Kamis (16/8/2018)", D, "announced", "2018-08-16"),
     M(T, "32,83 persen", N, "cisse", 32.83, cls="pct"),
     M(T, "Minggu (12/8/2018)", D, "runoff", "2018-08-12"),
     M(T, "34,54 persen", N, "turnout", 34.54, cls="pct"),
     M(T, "29 Juli 2018", D, "round1", "2018-07-29"),
     M(T, "41,70 persen", N, "keita1", 41.70, cls="pct"),
     M(T, "17,78 persen", N, "cisse1", 17.78, cls="pct"),
     M(T, "24 kandidat", N, "cands", 24),
     M(T, "lima tahun", N, "term", 5, cls="dur"),
     M(T, "2013", D, "y2013", "2013"),

     M(A, "Thursday, Aug. 16", D, "announced", "2018-08-16"),
     M(A, "67.17 percent", N, "keita", 67.17, cls="pct"),
     M(A, "Aug. 12", D, "runoff", "2018-08-12"),
     M(A, "32.83 percent", N, "cisse", 32.83, cls="pct"),
     M(A, "34.54 percent", N, "turnout", 34.54, cls="pct"),
     M(A, "July 29", D, "round1", "2018-07-29"),
     M(A, "41.70 percent", N, "keita1", 41.70, cls="pct"),
     M(A, "17.78 percent", N, "cisse1", 17.78, cls="pct"),
     M(A, "24 candidates", N, "cands", 24),
     M(A, "five-year", N, "term", 5, cls="dur"),
     M(A, "73", N, "age", 73),
     M(A, "2013", D, "y2013", "2013"),

     M(K, "67,17 persen", N, "keita", 67.17, cls="pct"),
     M(K, "32,83 persen", N, "cisse", 32.83, cls="pct"),
     M(K, "Kamis (16/8/2018)", D, "announced", "2018-08-16"),
     M(K, "Minggu (12/8/2018)", D, "runoff", "2018-08-12"),
     M(K, "34,54 persen", N, "turnout", 34.54, cls="pct"),
     M(K, "41,70 persen", N, "keita1", 41.70, cls="pct"),
     M(K, "17,78 persen", N, "cisse1", 17.78, cls="pct"),
     M(K, "24 kandidat", N, "cands", 24),
     M(K, "lima tahun", N, "term", 5, cls="dur"),
     M(K, "73 tahun", N, "age", 73),
     M(K, "2013", D, "y2013", "2013"),
    ]
    build("mali-runoff-2018", "Mali's presidential run-off (control): provisional results announced on Thursday 16 "
          "August 2018 by the minister of territorial administration for the run-off of Sunday 12 August: Ibrahim "
          "Boubacar Keita 67.17%, Soumaila Cisse 32.83%, turnout 34.54%; the first round of 29 July (41.70% and 17.78%, "
          "24 candidates); a five-year term; Keita first elected in 2013. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    petition()
    akosombo()
    mali()
