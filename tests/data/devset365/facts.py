"""The three-hundred-and-sixty-fifth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset365/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def portapique():
    C, K, R, G = "cbc-apr20", "kompas-apr22", "republika-may02", "globe-jul29"
    # as-of times of the running tallies: late on Sunday 19 April 2020 (the RCMP's count of 16 dead), Monday 20 April
    # (19 dead, three wounded), Tuesday 21 April (22 dead; the RCMP's three wounded against the Nova Scotia Health
    # Authority's two patients: sources), the firearms ban of Friday 1 May (22 dead) and the inquiry of Tuesday 28 July
    # (22 dead). The dead do not fall. The gunman's age, the sites, the hours and the constable's years of service do
    # not change with the day of the report.
    SUNN, MON, TUE, MAY1, JUL28 = "2020-04-19b", "2020-04-20", "2020-04-21", "2020-05-01", "2020-07-28"
    RCMP, HEALTH = "the RCMP", "the Nova Scotia Health Authority"
    names = {
     "dead": "people killed in the rampage", "wounded": "people wounded", "age": "the gunman's age",
     "sites": "locations of the rampage", "hours": "hours the rampage lasted",
     "service": "years the constable had served", "models": "firearm models banned",
     "amnesty": "years of the amnesty", "poly_dead": "women killed at the Polytechnique in 1989",
     # dates
     "start": "night the rampage began", "gunman_killed": "day the gunman was shot dead",
     "count_sun": "day of the RCMP's first count", "count_mon": "day of the count of 19",
     "count_tue": "day of the count of 22", "ban": "day the firearms ban was announced",
     "review": "day the independent review was announced", "inquiry": "day the public inquiry was announced",
     "poly": "date of the Polytechnique massacre",
    }
    ms = [
     M(C, "19 people", N, "dead", 19, MON, src=RCMP),
     M(C, "Monday", D, "count_mon", "2020-04-20"),
     M(C, "16 dead", N, "dead", 16, SUNN, src=RCMP),
     M(C, "Sunday", D, "count_sun", "2020-04-19"),
     M(C, "Saturday night", D, "start", "2020-04-18"),
     M(C, "51-year-old", N, "age", 51, cls="age"),
     M(C, "Sunday morning", D, "gunman_killed", "2020-04-19"),
     M(C, "16 locations", N, "sites", 16),
     M(C, "roughly 13 hours", N, "hours", 13, qual="approx", cls="dur"),
     M(C, "23 years", N, "service", 23, cls="dur"),
     M(C, "three people", N, "wounded", 3, MON, src=RCMP),
     M(C, "14 women", N, "poly_dead", 14),
     M(C, "December 1989", D, "poly", "1989-12"),

     M(K, "22 orang", N, "dead", 22, TUE, src=RCMP),
     M(K, "Selasa (21/4/2020)", D, "count_tue", "2020-04-21"),
     M(K, "Senin (20/4/2020)", D, "count_mon", "2020-04-20"),
     M(K, "19 korban tewas", N, "dead", 19, MON, src=RCMP),
     M(K, "Sabtu malam", D, "start", "2020-04-18"),
     M(K, "51 tahun", N, "age", 51, cls="age"),
     M(K, "Minggu (19/4/2020)", D, "gunman_killed", "2020-04-19"),
     M(K, "32 tahun", N, "service", 32, cls="dur", planted=True),
     M(K, "tiga orang", N, "wounded", 3, TUE, src=RCMP),
     M(K, "dua pasien", N, "wounded", 2, TUE, src=HEALTH),
     M(K, "16 lokasi", N, "sites", 16),

     M(R, "sekitar 1.500 model", N, "models", 1500, qual="approx"),
     M(R, "Jumat (1/5/2020)", D, "ban", "2020-05-01"),
     M(R, "22 orang", N, "dead", 22, MAY1),
     M(R, "dua tahun", N, "amnesty", 2, cls="dur"),
     M(R, "sekitar 13 jam", N, "hours", 13, qual="approx", cls="dur"),
     M(R, "18 April", D, "start", "2020-04-18"),
     M(R, "1989", D, "poly", "1989"),
     M(R, "14 perempuan", N, "poly_dead", 14),

     M(G, "Tuesday", D, "inquiry", "2020-07-28"),
     M(G, "22 people", N, "dead", 22, JUL28),
     M(G, "July 23", D, "review", "2020-07-23"),
     M(G, "13 hours", N, "hours", 13, cls="dur"),
     M(G, "April 18", D, "start", "2020-04-18"),
     M(G, "23 years", N, "service", 23, cls="dur"),
     M(G, "some 1,500 models", N, "models", 1500, qual="approx"),
     M(G, "May 2", D, "ban", "2020-05-02", planted=True),
    ]
    build("portapique-2020", "The Nova Scotia rampage that began in Portapique on Saturday night 18 April 2020 and "
          "ended when the gunman, 51, was shot dead at Enfield on Sunday morning 19 April: the RCMP's count of 16 dead "
          "late on Sunday, 19 on Monday 20 April, 22 by Tuesday 21 April; three wounded by the RCMP's count against "
          "two patients by the Nova Scotia Health Authority's; 16 locations over about 13 hours; Const. Heidi "
          "Stevenson (23 years of service) among the dead; the ban on about 1,500 firearm models announced on Friday 1 "
          "May 2020 with a two-year amnesty; the independent review announced on 23 July and the public inquiry on "
          "Tuesday 28 July 2020; the Polytechnique massacre of December 1989 (14 women) as another event", False, ms,
          names)


def recount():
    R, K, T, A = "reuters-jul06", "kompas-jul07", "antara-aug07", "ap-sep06"
    # as-of times: the official district count completed on Thursday 6 July 2006, and the Electoral Tribunal's final
    # figures after the partial recount, declared on Tuesday 5 September 2006. A candidate's votes or the margin falling
    # from the district count to the tribunal's figures is a revision (Calderon 15,000,284 -> 14,916,927, Lopez
    # Obrador 14,756,350 -> 14,683,096, the margin 243,934 -> 233,831 votes and 0.58 -> 0.56 point).
    DIST, TRIB = "2006-07-06", "2006-09-05"
    names = {
     "cal_pct": "Calderon's share of the vote", "amlo_pct": "Lopez Obrador's share of the vote",
     "mad_pct": "Madrazo's share of the vote", "gap_pts": "the margin in percentage points",
     "margin": "the margin in votes", "cal_votes": "Calderon's votes", "amlo_votes": "Lopez Obrador's votes",
     "districts": "districts counted", "stations": "polling stations to recount", "share": "share of polling stations to recount",
     "judges": "judges of the tribunal", "age": "Calderon's age",
     # dates
     "election": "election day", "count_start": "day the district counts began", "count_end": "day the district count ended",
     "recount_order": "day the tribunal ordered the recount", "ruling": "day the tribunal declared the president-elect",
     "deadline": "the tribunal's deadline", "inaug": "day the president takes office",
    }
    ms = [
     M(R, "Thursday", D, "count_end", "2006-07-06"),
     M(R, "243,934 votes", N, "margin", 243934, DIST, cls="votes"),
     M(R, "35.89 percent", N, "cal_pct", 35.89, DIST, cls="pct"),
     M(R, "35.31 percent", N, "amlo_pct", 35.31, DIST, cls="pct"),
     M(R, "0.58 percentage point", N, "gap_pts", 0.58, DIST, cls="pts"),
     M(R, "300", N, "districts", 300),
     M(R, "15,000,284 votes", N, "cal_votes", 15000284, DIST, cls="votes"),
     M(R, "14,756,350", N, "amlo_votes", 14756350, DIST, cls="votes"),
     M(R, "22.26 percent", N, "mad_pct", 22.26, DIST, cls="pct"),
     M(R, "Wednesday", D, "count_start", "2006-07-05"),
     M(R, "Sunday", D, "election", "2006-07-02"),
     M(R, "Sept. 6", D, "deadline", "2006-09-06"),
     M(R, "Dec. 1", D, "inaug", "2006-12-01"),

     M(K, "Kamis (6/7/2006)", D, "count_end", "2006-07-06"),
     M(K, "35,89 persen", N, "cal_pct", 35.89, DIST, cls="pct"),
     M(K, "35,31 persen", N, "amlo_pct", 35.31, DIST, cls="pct"),
     M(K, "243.394 suara", N, "margin", 243394, DIST, cls="votes", planted=True),
     M(K, "0,58 poin persentase", N, "gap_pts", 0.58, DIST, cls="pts"),
     M(K, "15.000.284 suara", N, "cal_votes", 15000284, DIST, cls="votes"),
     M(K, "14.756.350 suara", N, "amlo_votes", 14756350, DIST, cls="votes"),
     M(K, "22,26 persen", N, "mad_pct", 22.26, DIST, cls="pct"),
     M(K, "Minggu (2/7/2006)", D, "election", "2006-07-02"),
     M(K, "300 distrik", N, "districts", 300),
     M(K, "Rabu lalu", D, "count_start", "2006-07-05"),
     M(K, "1 Desember 2006", D, "inaug", "2006-12-01"),

     M(T, "Sabtu (5/8/2006)", D, "recount_order", "2006-08-05"),
     M(T, "11.839 tempat pemungutan suara", N, "stations", 11839),
     M(T, "sekitar 9 persen", N, "share", 9, qual="approx", cls="pct"),
     M(T, "243.934 suara", N, "margin", 243934, DIST, cls="votes"),
     M(T, "35,89 persen", N, "cal_pct", 35.89, DIST, cls="pct"),
     M(T, "35,31 persen", N, "amlo_pct", 35.31, DIST, cls="pct"),
     M(T, "Ketujuh hakim", N, "judges", 7),
     M(T, "6 September", D, "deadline", "2006-09-06"),

     M(A, "Tuesday", D, "ruling", "2006-09-05"),
     M(A, "July 2", D, "election", "2006-07-02"),
     M(A, "seven judges", N, "judges", 7),
     M(A, "Aug. 6", D, "recount_order", "2006-08-06", planted=True),
     M(A, "14,916,927 votes", N, "cal_votes", 14916927, TRIB, cls="votes"),
     M(A, "14,683,096", N, "amlo_votes", 14683096, TRIB, cls="votes"),
     M(A, "233,831 votes", N, "margin", 233831, TRIB, cls="votes"),
     M(A, "0.56 percentage point", N, "gap_pts", 0.56, TRIB, cls="pts"),
     M(A, "243,934 votes", N, "margin", 243934, DIST, cls="votes"),
     M(A, "44", N, "age", 44, cls="age"),
     M(A, "Dec. 1", D, "inaug", "2006-12-01"),
    ]
    build("calderon-recount-2006", "Mexico's presidential election of Sunday 2 July 2006 counted twice: the official "
          "district count completed on Thursday 6 July (Felipe Calderon 35.89% and 15,000,284 votes, Andres Manuel "
          "Lopez Obrador 35.31% and 14,756,350, a margin of 243,934 votes or 0.58 point; Roberto Madrazo 22.26%), the "
          "Electoral Tribunal's order of Saturday 5 August 2006 to recount 11,839 polling stations (about 9%), and its "
          "ruling of Tuesday 5 September 2006 declaring Calderon president-elect with 14,916,927 votes against "
          "14,683,096 (a margin of 233,831 votes, 0.56 point); the deadline of 6 September, the inauguration on 1 "
          "December 2006", False, ms, names)


def referendum():
    R, K, T, G = "reuters-oct31", "kompas-nov01", "antara-nov02", "globe-nov03"
    names = {
     "no_pct": "the No side's share", "yes_pct": "the Yes side's share", "margin": "the margin in votes",
     "valid": "valid ballots cast", "no_votes": "votes for No", "yes_votes": "votes for Yes",
     "turnout": "turnout of registered voters", "no1980": "the No side's share in 1980",
     "yes1980": "the Yes side's share in 1980",
     # dates
     "vote": "day of the referendum", "resign": "day Parizeau announced his resignation",
     "ref1980": "year of the first referendum",
    }
    ms = [
     M(R, "Monday", D, "vote", "1995-10-30"),
     M(R, "50.58 percent", N, "no_pct", 50.58, cls="pct"),
     M(R, "49.42 percent", N, "yes_pct", 49.42, cls="pct"),
     M(R, "54,288 votes", N, "margin", 54288, cls="votes"),
     M(R, "more than 4.6 million", N, "valid", 4600000, qual="morethan", cls="votes"),
     M(R, "2,362,648", N, "no_votes", 2362648, cls="votes"),
     M(R, "2,308,360", N, "yes_votes", 2308360, cls="votes"),
     M(R, "93.52 percent", N, "turnout", 93.52, cls="pct"),
     M(R, "1980", D, "ref1980", "1980"),
     M(R, "59.56 percent", N, "no1980", 59.56, cls="pct"),

     M(K, "Senin (30/10/1995)", D, "vote", "1995-10-30"),
     M(K, "50,58 persen", N, "no_pct", 50.58, cls="pct"),
     M(K, "49,42 persen", N, "yes_pct", 49.42, cls="pct"),
     M(K, "2.362.648 pemilih", N, "no_votes", 2362648, cls="votes"),
     M(K, "2.308.360 pemilih", N, "yes_votes", 2308360, cls="votes"),
     M(K, "54.288 suara", N, "margin", 54288, cls="votes"),
     M(K, "93,52 persen", N, "turnout", 93.52, cls="pct"),
     M(K, "1980", D, "ref1980", "1980"),
     M(K, "59,56 persen", N, "no1980", 59.56, cls="pct"),

     M(T, "Selasa (31/10/1995)", D, "resign", "1995-10-31"),
     M(T, "Senin lalu", D, "vote", "1995-10-30"),
     M(T, "50,58 persen", N, "no_pct", 50.58, cls="pct"),
     M(T, "49,42 persen", N, "yes_pct", 49.42, cls="pct"),
     M(T, "sekitar 54.000 suara", N, "margin", 54000, qual="approx", cls="votes"),
     M(T, "lebih 4,6 juta", N, "valid", 4600000, qual="morethan", cls="votes"),
     M(T, "93,52 persen", N, "turnout", 93.52, cls="pct"),
     M(T, "1980", D, "ref1980", "1980"),
     M(T, "40,44 persen", N, "yes1980", 40.44, cls="pct"),

     M(G, "Tuesday", D, "resign", "1995-10-31"),
     M(G, "Monday", D, "vote", "1995-10-30"),
     M(G, "50.58 per cent", N, "no_pct", 50.58, cls="pct"),
     M(G, "49.42 per cent", N, "yes_pct", 49.42, cls="pct"),
     M(G, "2,362,648", N, "no_votes", 2362648, cls="votes"),
     M(G, "2,308,360", N, "yes_votes", 2308360, cls="votes"),
     M(G, "54,288", N, "margin", 54288, cls="votes"),
     M(G, "93.52 per cent", N, "turnout", 93.52, cls="pct"),
     M(G, "1980", D, "ref1980", "1980"),
     M(G, "40.44 per cent", N, "yes1980", 40.44, cls="pct"),
    ]
    build("quebec-referendum-1995", "Quebec's sovereignty referendum of Monday 30 October 1995 (control): No 50.58% "
          "(2,362,648 votes) against Yes 49.42% (2,308,360), a margin of 54,288 votes out of more than 4.6 million valid "
          "ballots, turnout 93.52%; Premier Jacques Parizeau's resignation announced on Tuesday 31 October 1995; the "
          "1980 referendum (No 59.56%, Yes 40.44%) as another event. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    portapique()
    recount()
    referendum()
