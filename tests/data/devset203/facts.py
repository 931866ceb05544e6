"""The two-hundred-and-third development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset203/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def katowice():
    K, R, T, A = "kompas-jan29", "reuters-jan30", "tempo-feb01", "ap-feb27"
    # as-of times of the running tallies: Sunday 29 January 2006 afternoon (at least 66 dead, more than 140 injured),
    # Monday 30 January early (67 dead), Monday later (62 dead after double counts were removed: a downward revision;
    # at least 150 injured, six foreigners among the dead, 59 identified), Wednesday 1 February (63 dead), Monday 27
    # February (65 dead, more than 170 injured, ten foreigners among the dead). The dead do not fall: 66/67 -> 62, 63
    # and 65 are revisions, 62 -> 63 -> 65 updates. The people inside the hall are estimates credited to two bodies
    # (regional officials' first "at least 500", the police's "about 700"): sources.
    SUN, MON_AM, MON, WED, FEB27 = "2006-01-29", "2006-01-30a", "2006-01-30b", "2006-02-01", "2006-02-27"
    POLICE, OFFICIALS = "the police", "regional officials"
    names = {
     "dead": "people killed", "injured": "people injured", "foreign_dead": "foreigners among the dead",
     "foreign_inj": "foreigners among the injured", "identified": "bodies identified", "children": "children among the identified dead",
     "inside": "people inside the hall", "exhibitors": "exhibitors at the pigeon show", "hospitals": "hospitals treating the injured",
     "minutes": "minutes between the two collapses (min)", "temp": "frost (degrees below zero)", "mourning": "days of national mourning",
     "built": "age of the roof (years)",
     # dates
     "collapse": "day of the collapse", "asof_sun": "day of Sunday's count", "rescue_end": "day the search for survivors ended",
     "asof_mon": "day the toll was revised to 62", "asof_wed": "day of the count of 63",
     "statement27": "day of the spokesman's statement a month on",
    }
    ms = [
     M(K, "Sabtu (28/1/2006)", D, "collapse", "2006-01-28"),
     M(K, "lebih dari 120 peserta", N, "exhibitors", 120, qual="morethan"),
     M(K, "sedikitnya 66 orang", N, "dead", 66, SUN, qual="atleast"),
     M(K, "Minggu (29/1/2006)", D, "asof_sun", "2006-01-29"),
     M(K, "lebih dari 140 orang", N, "injured", 140, SUN, qual="morethan"),
     M(K, "sekitar 700 orang", N, "inside", 700, qual="approx", src=POLICE),
     M(K, "Sekitar 90 menit", N, "minutes", 90, qual="approx", cls="min"),
     M(K, "minus 15 derajat Celsius", N, "temp", 15, qual="approx", cls="temp"),
     M(K, "Minggu", D, "rescue_end", "2006-01-29", occ=2),
     M(K, "tiga hari", N, "mourning", 3, cls="dur"),

     M(R, "Monday", D, "asof_mon", "2006-01-30"),
     M(R, "62", N, "dead", 62, MON),
     M(R, "67 dead", N, "dead", 67, MON_AM),
     M(R, "59 of the bodies", N, "identified", 59, MON),
     M(R, "two children", N, "children", 2, MON),
     M(R, "At least 150 people", N, "injured", 150, MON, qual="atleast"),
     M(R, "Saturday", D, "collapse", "2006-01-28"),
     M(R, "Sunday", D, "rescue_end", "2006-01-29"),
     M(R, "Six foreigners", N, "foreign_dead", 6, MON),
     M(R, "at least 500 people", N, "inside", 500, qual="atleast", src=OFFICIALS),
     M(R, "about 700", N, "inside", 700, qual="approx", src=POLICE),
     M(R, "five years", N, "built", 5, cls="dur"),
     M(R, "three days", N, "mourning", 3, cls="dur"),

     M(T, "63 orang", N, "dead", 63, WED),
     M(T, "Rabu (1/2/2006)", D, "asof_wed", "2006-02-01"),
     M(T, "62 korban", N, "dead", 62, MON),
     M(T, "Senin (30/1/2006)", D, "asof_mon", "2006-01-30"),
     M(T, "Jumat (27/1/2006)", D, "collapse", "2006-01-27", planted=True),
     M(T, "17 rumah sakit", N, "hospitals", 17, WED),
     M(T, "tiga hari", N, "mourning", 3, cls="dur"),

     M(A, "65", N, "dead", 65, FEB27),
     M(A, "Monday", D, "statement27", "2006-02-27"),
     M(A, "67", N, "dead", 67, MON_AM),
     M(A, "Jan. 30", D, "asof_mon", "2006-01-30"),
     M(A, "62", N, "dead", 62, MON),
     M(A, "63", N, "dead", 63, WED),
     M(A, "more than 170 people", N, "injured", 170, FEB27, qual="morethan"),
     M(A, "13 of them foreigners", N, "foreign_inj", 13, FEB27),
     M(A, "Ten of the dead", N, "foreign_dead", 10, FEB27),
     M(A, "Jan. 28", D, "collapse", "2006-01-28"),
     M(A, "about 700 people", N, "inside", 700, qual="approx", src=POLICE),
     M(A, "about 90 minutes", N, "minutes", 90, qual="approx", cls="min"),
     M(A, "minus 15 degrees Celsius", N, "temp", 15, qual="approx", cls="temp"),
    ]
    build("katowice-hall-2006", "The roof collapse of an exhibition hall of the Katowice International Fair in Chorzów, "
          "Poland (Saturday 28 January 2006, about 17.15, during a carrier pigeon show, about 700 people inside by the "
          "police's count, at least 500 by regional officials' first count): at least 66 dead on Sunday 29 January, 67 "
          "early on Monday 30 January, revised down to 62 later that day (victims counted twice), 63 on Wednesday 1 "
          "February, 65 a month on; injured more than 140 -> at least 150 -> more than 170; foreigners among the dead "
          "6 -> 10", False, ms, names)


def basescu():
    R, K, A, P = "reuters-jul07", "kompas-jul30", "antara-aug03", "ap-aug22"
    # the stages do not change with the day of the report: the parliament's suspension (Friday 6 July 2012, 256 to
    # 114), the referendum (Sunday 29 July 2012), the Central Electoral Bureau's final result (Wednesday 1 August), the
    # Constitutional Court's postponement (Thursday 2 August, to after 12 September) and its ruling (Tuesday 21
    # August, six votes to three) are different events. The referendum's figures are results, not tallies: the
    # election night's rounded partial figures ("sekitar 46 persen", "lebih dari 87 persen") are compatible with the
    # final ones.
    names = {
     "ayes": "votes in parliament for the suspension", "noes": "votes in parliament against the suspension",
     "window": "days within which the referendum must be held", "keep2007": "share voting to keep him in 2007",
     "turnout": "referendum turnout", "electorate": "registered voters", "threshold": "turnout required",
     "yes_pct": "share voting for his removal", "no_pct": "share voting against his removal",
     "yes_votes": "votes for his removal", "no_votes": "votes against his removal", "judges": "judges ruling the vote invalid",
     # dates
     "suspension": "day of the parliament's vote", "referendum": "day of the referendum", "ref2007": "the 2007 referendum",
     "ponta": "month the prime minister took office", "final": "day of the final result",
     "postpone": "day the court postponed its ruling", "after": "date after which the court first said it would rule",
     "ruling": "day of the court's ruling",
    }
    ms = [
     M(R, "Friday", D, "suspension", "2012-07-06"),
     M(R, "July 29", D, "referendum", "2012-07-29"),
     M(R, "256 votes", N, "ayes", 256),
     M(R, "114", N, "noes", 114),
     M(R, "30 days", N, "window", 30, cls="dur"),
     M(R, "May 2007", D, "ref2007", "2007-05"),
     M(R, "about 74 percent", N, "keep2007", 74, qual="approx", cls="pct"),
     M(R, "May", D, "ponta", "2012-05", occ=2),

     M(K, "Minggu (29/7/2012)", D, "referendum", "2012-07-29"),
     M(K, "sekitar 46 persen", N, "turnout", 46, qual="approx", cls="pct"),
     M(K, "sekitar 18,3 juta", N, "electorate", 18300000, qual="approx"),
     M(K, "50 persen plus satu", N, "threshold", 50, cls="pct"),
     M(K, "lebih dari 87 persen", N, "yes_pct", 87, qual="morethan", cls="pct"),
     M(K, "Jumat (6/7/2012)", D, "suspension", "2012-07-06"),
     M(K, "256 suara", N, "ayes", 256),
     M(K, "114 menolak", N, "noes", 114),

     M(A, "Kamis (2/8/2012)", D, "postpone", "2012-08-02"),
     M(A, "12 September 2012", D, "after", "2012-09-12"),
     M(A, "Rabu (1/8/2012)", D, "final", "2012-08-01"),
     M(A, "46,24 persen", N, "turnout", 46.24, cls="pct"),
     M(A, "87,52 persen", N, "yes_pct", 87.52, cls="pct"),
     M(A, "11,15 persen", N, "no_pct", 11.15, cls="pct"),
     M(A, "7.403.836", N, "yes_votes", 7403836),
     M(A, "943.375", N, "no_votes", 943375),
     M(A, "18.292.464", N, "electorate", 18292464),
     M(A, "50 persen plus satu", N, "threshold", 50, cls="pct"),
     M(A, "Jumat (6/7/2012)", D, "suspension", "2012-07-06"),
     M(A, "265 suara", N, "ayes", 265, planted=True),
     M(A, "114", N, "noes", 114),

     M(P, "Tuesday", D, "ruling", "2012-08-21"),
     M(P, "six votes", N, "judges", 6),
     M(P, "July 29", D, "referendum", "2012-07-29"),
     M(P, "50 percent plus one", N, "threshold", 50, cls="pct"),
     M(P, "46.24 percent", N, "turnout", 46.24, cls="pct"),
     M(P, "87.52 percent", N, "yes_pct", 87.52, cls="pct"),
     M(P, "7,043,836", N, "yes_votes", 7043836, planted=True),
     M(P, "943,375", N, "no_votes", 943375),
     M(P, "Aug. 2", D, "postpone", "2012-08-02"),
     M(P, "Sept. 12", D, "after", "2012-09-12"),
     M(P, "July 6", D, "suspension", "2012-07-06"),
     M(P, "256", N, "ayes", 256),
     M(P, "114", N, "noes", 114),
     M(P, "2007", D, "ref2007", "2007"),
     M(P, "about 74 percent", N, "keep2007", 74, qual="approx", cls="pct"),
    ]
    build("basescu-referendum-2012", "Romania's impeachment of President Traian Basescu in stages: the parliament's "
          "suspension on Friday 6 July 2012 (256 votes to 114), the referendum on Sunday 29 July 2012 (turnout about 46% "
          "on the night; the Central Electoral Bureau's final result of Wednesday 1 August: turnout 46.24% of 18,292,464 "
          "registered, 87.52% (7,403,836) for removal, 11.15% (943,375) against, below the 50% plus one required), the "
          "Constitutional Court's postponement on Thursday 2 August (to after 12 September) and its ruling on Tuesday 21 "
          "August 2012, six votes to three, that the referendum was invalid; the 2007 referendum (about 74% to keep him)",
          False, ms, names)


def hungary():
    R, K, T, A = "reuters-oct10", "kompas-oct11", "tempo-oct12", "ap-oct13"
    names = {
     "electorate": "registered voters", "voters": "people who voted", "turnout": "turnout",
     "valid": "valid ballots", "valid_pct": "valid ballots as a share of the electorate", "threshold": "valid share required",
     "no_votes": "'no' votes", "no_pct": "'no' share of valid votes", "yes_votes": "'yes' votes", "yes_pct": "'yes' share of valid votes",
     "invalid": "invalid ballots", "invalid_pct": "invalid share of ballots cast", "relocate": "asylum seekers to be relocated",
     "hu_quota": "refugees Hungary was to accept",
     # dates
     "referendum": "day of the referendum", "plan": "month the EU plan was agreed", "announce": "day the referendum was announced",
     "accession": "year of the EU accession referendum",
    }
    ms = [
     M(R, "8,272,625", N, "electorate", 8272625),
     M(R, "3,643,055", N, "voters", 3643055),
     M(R, "Oct. 2", D, "referendum", "2016-10-02"),
     M(R, "44.04 percent", N, "turnout", 44.04, cls="pct"),
     M(R, "3,418,387", N, "valid", 3418387),
     M(R, "41.32 percent", N, "valid_pct", 41.32, cls="pct"),
     M(R, "50 percent", N, "threshold", 50, cls="pct"),
     M(R, "3,362,224", N, "no_votes", 3362224),
     M(R, "98.36 percent", N, "no_pct", 98.36, cls="pct"),
     M(R, "56,163", N, "yes_votes", 56163),
     M(R, "1.64 percent", N, "yes_pct", 1.64, cls="pct"),
     M(R, "224,668", N, "invalid", 224668),
     M(R, "6.17 percent", N, "invalid_pct", 6.17, cls="pct"),
     M(R, "September 2015", D, "plan", "2015-09"),
     M(R, "120,000 asylum seekers", N, "relocate", 120000),
     M(R, "1,294 refugees", N, "hu_quota", 1294),

     M(K, "Minggu (2/10/2016)", D, "referendum", "2016-10-02"),
     M(K, "98,36 persen", N, "no_pct", 98.36, cls="pct"),
     M(K, "1,64 persen", N, "yes_pct", 1.64, cls="pct"),
     M(K, "44,04 persen", N, "turnout", 44.04, cls="pct"),
     M(K, "8.272.625", N, "electorate", 8272625),
     M(K, "41,32 persen", N, "valid_pct", 41.32, cls="pct"),
     M(K, "50 persen", N, "threshold", 50, cls="pct"),
     M(K, "3.643.055", N, "voters", 3643055),
     M(K, "3.362.224", N, "no_votes", 3362224),
     M(K, "224.668", N, "invalid", 224668),
     M(K, "6,17 persen", N, "invalid_pct", 6.17, cls="pct"),
     M(K, "September 2015", D, "plan", "2015-09"),
     M(K, "120.000 pencari suaka", N, "relocate", 120000),
     M(K, "1.294 orang", N, "hu_quota", 1294),
     M(K, "24 Februari 2016", D, "announce", "2016-02-24"),

     M(T, "44,04 persen", N, "turnout", 44.04, cls="pct"),
     M(T, "sekitar 3,64 juta", N, "voters", 3640000, qual="approx"),
     M(T, "8,27 juta", N, "electorate", 8270000, qual="approx"),
     M(T, "3.418.387", N, "valid", 3418387),
     M(T, "41,32 persen", N, "valid_pct", 41.32, cls="pct"),
     M(T, "50 persen", N, "threshold", 50, cls="pct"),
     M(T, "Hampir 3,4 juta", N, "no_votes", 3400000, qual="nearly"),
     M(T, "98,36 persen", N, "no_pct", 98.36, cls="pct"),
     M(T, "56.163", N, "yes_votes", 56163),
     M(T, "1,64 persen", N, "yes_pct", 1.64, cls="pct"),
     M(T, "6,17 persen", N, "invalid_pct", 6.17, cls="pct"),
     M(T, "Minggu (2/10/2016)", D, "referendum", "2016-10-02"),
     M(T, "120.000 pencari suaka", N, "relocate", 120000),
     M(T, "September 2015", D, "plan", "2015-09"),

     M(A, "98.36 percent", N, "no_pct", 98.36, cls="pct"),
     M(A, "Oct. 2", D, "referendum", "2016-10-02"),
     M(A, "44.04 percent", N, "turnout", 44.04, cls="pct"),
     M(A, "41.32 percent", N, "valid_pct", 41.32, cls="pct"),
     M(A, "50 percent", N, "threshold", 50, cls="pct"),
     M(A, "Nearly 3.4 million", N, "no_votes", 3400000, qual="nearly"),
     M(A, "56,163", N, "yes_votes", 56163),
     M(A, "1.64 percent", N, "yes_pct", 1.64, cls="pct"),
     M(A, "3,643,055", N, "voters", 3643055),
     M(A, "8,272,625", N, "electorate", 8272625),
     M(A, "224,668", N, "invalid", 224668),
     M(A, "6.17 percent", N, "invalid_pct", 6.17, cls="pct"),
     M(A, "2003", D, "accession", "2003"),
     M(A, "September 2015", D, "plan", "2015-09"),
     M(A, "120,000 asylum seekers", N, "relocate", 120000),
     M(A, "1,294 of them", N, "hu_quota", 1294),
     M(A, "Feb. 24, 2016", D, "announce", "2016-02-24"),
    ]
    build("hungary-quota-referendum-2016", "Hungary's referendum on EU migrant quotas (control): the National Election "
          "Office's final count of the vote of Sunday 2 October 2016: 3,643,055 of 8,272,625 registered voted (44.04%), "
          "3,418,387 valid ballots (41.32% of the electorate, below the 50% required), 3,362,224 'no' (98.36%) and "
          "56,163 'yes' (1.64%), 224,668 invalid (6.17%); the EU plan of September 2015 to relocate 120,000 asylum "
          "seekers (1,294 to Hungary); the referendum announced on 24 February 2016. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    katowice()
    basescu()
    hungary()
