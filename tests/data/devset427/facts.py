"""The four-hundred-and-twenty-seventh development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset427/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def mine():
    R, K, A, B = "reuters-nov18", "kompas-nov19", "antara-nov21", "bbc-dec20"
    # as-of times of the running tallies: Sunday 18 November 2007 at 20:00 (63 dead, about 30 missing, 28 in
    # hospital), Monday 19 November in the morning (90 dead, about 10 missing, 35 in hospital) and in the evening (88,
    # after two bodies were found listed twice: a revision), Wednesday 21 November (100 dead by the emergencies
    # ministry against 101 by the Donetsk regional administration: sources; 30 in hospital, two missing), and the
    # final count standing in December (101). The dead do not fall; the missing and those in hospital may.
    SUN, MON_AM, MON_PM, WED, FINAL = "2007-11-18", "2007-11-19a", "2007-11-19b", "2007-11-21", "2007-12-20"
    MIN, REG = "the emergencies ministry", "the Donetsk regional administration"
    names = {
     "dead": "miners killed by the blast of 18 November", "missing": "miners missing",
     "hosp": "miners in hospital", "under": "miners underground at the time of the blast",
     "depth": "depth of the blast (m)", "double": "bodies listed twice", "critical": "miners in critical condition",
     "dead2001": "miners killed by the 2001 blast", "injured_dec1": "people injured by the blast of 1 December",
     "dead_dec2": "workers killed by the blast of 2 December",
     # dates
     "blast": "day of the blast", "count_mon": "day of the count of 90", "mourning": "day of national mourning",
     "count_wed": "day of the counts of 100 and 101", "inquiry": "day the president ordered an inquiry", "dec1": "day of the second blast", "dec2": "day of the third blast",
    }
    ms = [
     M(R, "Sunday", D, "blast", "2007-11-18"),
     M(R, "at least 63 miners", N, "dead", 63, SUN, qual="atleast"),
     M(R, "457 men", N, "under", 457),
     M(R, "more than 1,000 meters", N, "depth", 1000, qual="morethan", cls="m"),
     M(R, "63", N, "dead", 63, SUN, occ=2),
     M(R, "about 30 miners", N, "missing", 30, SUN, qual="approx", fall=True),
     M(R, "Another 28 miners", N, "hosp", 28, SUN, fall=True),
     M(R, "Sunday", D, "inquiry", "2007-11-18", occ=2),

     M(K, "90 orang", N, "dead", 90, MON_AM),
     M(K, "Senin (19/11/2007)", D, "count_mon", "2007-11-19"),
     M(K, "63 orang", N, "dead", 63, SUN),
     M(K, "Sabtu (17/11/2007)", D, "blast", "2007-11-17", planted=True),
     M(K, "1.078 meter", N, "depth", 1078, cls="m"),
     M(K, "Sekitar 10 penambang", N, "missing", 10, MON_AM, qual="approx", fall=True),
     M(K, "35 penambang", N, "hosp", 35, MON_AM, fall=True),
     M(K, "Selasa (20/11/2007)", D, "mourning", "2007-11-20"),

     M(A, "100 orang", N, "dead", 100, WED, src=MIN),
     M(A, "Rabu (21/11/2007)", D, "count_wed", "2007-11-21"),
     M(A, "101 orang", N, "dead", 101, WED, src=REG),
     M(A, "90", N, "dead", 90, MON_AM),
     M(A, "88 orang", N, "dead", 88, MON_PM),
     M(A, "dua jenazah", N, "double", 2),
     M(A, "Minggu (18/11/2007)", D, "blast", "2007-11-18"),
     M(A, "457 penambang", N, "under", 457),
     M(A, "Selasa (20/11/2007)", D, "mourning", "2007-11-20"),
     M(A, "30 penambang", N, "hosp", 30, WED, fall=True),
     M(A, "lima di antaranya", N, "critical", 5),
     M(A, "Dua penambang", N, "missing", 2, WED, fall=True),
     M(A, "55 penambang", N, "dead2001", 55),

     M(B, "Nov. 18", D, "blast", "2007-11-18"),
     M(B, "101 miners", N, "dead", 101, FINAL),
     M(B, "63 dead", N, "dead", 63, SUN),
     M(B, "Nov. 21", D, "count_wed", "2007-11-21"),
     M(B, "100 dead", N, "dead", 100, WED, src=MIN),
     M(B, "101", N, "dead", 101, WED, src=REG, occ=2),
     M(B, "475 men", N, "under", 475, planted=True),
     M(B, "Nov. 20", D, "mourning", "2007-11-20"),
     M(B, "Dec. 1", D, "dec1", "2007-12-01"),
     M(B, "52 rescuers", N, "injured_dec1", 52),
     M(B, "Dec. 2", D, "dec2", "2007-12-02"),
     M(B, "five more workers", N, "dead_dec2", 5),
    ]
    build("zasyadko-mine-2007", "The methane explosion at the Zasyadko coal mine in Donetsk, eastern Ukraine, early on "
          "Sunday 18 November 2007, with 457 miners underground, at a depth of 1,078 m: the toll rising from at least "
          "63 on the Sunday evening to 90 on Monday 19 November in the morning, revised down to 88 that evening after "
          "two bodies were listed twice, 100 by the emergencies ministry against 101 by the regional administration on "
          "Wednesday 21 November (sources), and 101 in the end; the missing and those in hospital falling; a day of "
          "national mourning on Tuesday 20 November; further blasts on 1 and 2 December", False, ms, names)


def rerun():
    K, T, R, A = "kompas-nov25", "tempo-dec04", "reuters-dec27", "antara-jan24"
    # steps on different dates: the first round (Sunday 31 October 2004), the runoff (Sunday 21 November), the
    # commission's declaration of the runoff's result (Wednesday 24 November), the Supreme Court's annulment (Friday
    # 3 December), the rerun (Sunday 26 December), the count of Monday 27 December (about 52 and 44 percent), the final
    # result (Monday 10 January 2005: 51.99 and 44.20 percent), the last appeal rejected (Thursday 20 January), the
    # inauguration (Sunday 23 January 2005). The rerun's shares are one running count (as of 27 December and final);
    # every other percentage is another fact of one unit class.
    DEC27, FINAL = "2004-12-27", "2005-01-10"
    names = {
     "ya_r2": "Yanukovych's share of the annulled runoff (%)", "yu_r2": "Yushchenko's share of the annulled runoff (%)",
     "yu_r1": "Yushchenko's share of the first round (%)", "ya_r1": "Yanukovych's share of the first round (%)",
     "yu_r3": "Yushchenko's share of the rerun (%)", "ya_r3": "Yanukovych's share of the rerun (%)",
     "turnout": "turnout of the rerun (%)", "precincts": "precincts counted on 27 December (%)",
     "hearing": "days the Supreme Court heard the case", "protest": "days of protests by 3 December",
     "gap": "days between the last appeal and the inauguration",
     # dates
     "first": "day of the first round", "runoff": "day of the runoff", "declared": "day the runoff's result was declared",
     "court": "day the Supreme Court annulled the runoff", "rerun": "day of the rerun",
     "final": "day of the final result", "appeal": "day the last appeal was rejected",
     "inaug": "day of the inauguration", "count27": "day of the count of about 52 and 44 percent",
    }
    ms = [
     M(K, "Rabu (24/11/2004)", D, "declared", "2004-11-24"),
     M(K, "49,46 persen", N, "ya_r2", 49.46, cls="pct"),
     M(K, "46,61 persen", N, "yu_r2", 46.61, cls="pct"),
     M(K, "Minggu (21/11/2004)", D, "runoff", "2004-11-21"),
     M(K, "31 Oktober 2004", D, "first", "2004-10-31"),
     M(K, "39,87 persen", N, "yu_r1", 39.87, cls="pct"),
     M(K, "39,32 persen", N, "ya_r1", 39.32, cls="pct"),

     M(T, "Jumat (3/12/2004)", D, "court", "2004-12-03"),
     M(T, "21 November", D, "runoff", "2004-11-21"),
     M(T, "Minggu (26/12/2004)", D, "rerun", "2004-12-26"),
     M(T, "lima hari", N, "hearing", 5, cls="days"),
     M(T, "49,46 persen", N, "ya_r2", 49.46, cls="pct"),
     M(T, "46,16 persen", N, "yu_r2", 46.16, cls="pct", planted=True),
     M(T, "12 hari", N, "protest", 12, cls="days"),

     M(R, "Monday", D, "count27", "2004-12-27"),
     M(R, "99 percent", N, "precincts", 99, cls="pct"),
     M(R, "about 52 percent", N, "yu_r3", 52, DEC27, qual="approx", cls="pct"),
     M(R, "about 44 percent", N, "ya_r3", 44, DEC27, qual="approx", cls="pct"),
     M(R, "Sunday", D, "rerun", "2004-12-26", occ=1),
     M(R, "about 77 percent", N, "turnout", 77, qual="approx", cls="pct"),
     M(R, "Nov. 21", D, "runoff", "2004-11-21"),
     M(R, "Dec. 2", D, "court", "2004-12-02", planted=True),
     M(R, "49.46 percent", N, "ya_r2", 49.46, cls="pct"),
     M(R, "46.61 percent", N, "yu_r2", 46.61, cls="pct"),

     M(A, "Minggu (23/1/2005)", D, "inaug", "2005-01-23"),
     M(A, "tiga hari", N, "gap", 3, cls="days"),
     M(A, "Kamis (20/1/2005)", D, "appeal", "2005-01-20"),
     M(A, "Senin (10/1/2005)", D, "final", "2005-01-10"),
     M(A, "51,99 persen", N, "yu_r3", 51.99, FINAL, cls="pct"),
     M(A, "44,20 persen", N, "ya_r3", 44.20, FINAL, cls="pct"),
     M(A, "Minggu (26/12/2004)", D, "rerun", "2004-12-26"),
     M(A, "77,2 persen", N, "turnout", 77.2, cls="pct"),
     M(A, "3 Desember 2004", D, "court", "2004-12-03"),
     M(A, "21 November", D, "runoff", "2004-11-21"),
    ]
    build("ukraine-rerun-2004", "Ukraine's presidential election of 2004: the first round on Sunday 31 October "
          "(Yushchenko 39.87%, Yanukovych 39.32%), the runoff on Sunday 21 November, declared by the Central Election "
          "Commission on Wednesday 24 November for Yanukovych (49.46% against 46.61%), annulled by the Supreme Court "
          "on Friday 3 December; the rerun on Sunday 26 December 2004 (about 52% against 44% on the Monday's count, "
          "51.99% against 44.20% in the final result of Monday 10 January 2005, turnout 77.2%); the last appeal "
          "rejected on Thursday 20 January and Yushchenko inaugurated on Sunday 23 January 2005", False, ms, names)


def visas():
    R, K, T, P = "reuters-may11", "kompas-may12", "tempo-jun11", "ap-jun12"
    names = {
     "stay": "days of a visa-free stay", "period": "days of the period the stay is counted in",
     "countries": "countries covered", "ayes": "European Parliament votes in favour",
     "noes": "European Parliament votes against", "abst": "European Parliament abstentions",
     "gap": "days between the ministers' approval and the signing",
     # dates
     "ep": "day of the European Parliament's vote", "council": "day of the ministers' final approval",
     "signed": "day of the signing", "effective": "day visa-free travel began",
    }
    ms = [
     M(R, "Thursday", D, "council", "2017-05-11"),
     M(R, "90 days", N, "stay", 90, cls="days"),
     M(R, "180-day", N, "period", 180, cls="days"),
     M(R, "April 6", D, "ep", "2017-04-06"),
     M(R, "521 votes", N, "ayes", 521),
     M(R, "75", N, "noes", 75),
     M(R, "36 abstentions", N, "abst", 36),
     M(R, "May 17", D, "signed", "2017-05-17"),
     M(R, "June 11", D, "effective", "2017-06-11"),
     M(R, "30 countries", N, "countries", 30, cls="countries"),

     M(K, "Kamis (11/5/2017)", D, "council", "2017-05-11"),
     M(K, "90 hari", N, "stay", 90, cls="days"),
     M(K, "180 hari", N, "period", 180, cls="days"),
     M(K, "30 negara", N, "countries", 30, cls="countries"),
     M(K, "Kamis (6/4/2017)", D, "ep", "2017-04-06"),
     M(K, "521 suara", N, "ayes", 521),
     M(K, "75 suara", N, "noes", 75),
     M(K, "36 abstain", N, "abst", 36),
     M(K, "Rabu (17/5/2017)", D, "signed", "2017-05-17"),
     M(K, "11 Juni 2017", D, "effective", "2017-06-11"),

     M(T, "Minggu (11/6/2017)", D, "effective", "2017-06-11"),
     M(T, "90 hari", N, "stay", 90, cls="days"),
     M(T, "180 hari", N, "period", 180, cls="days"),
     M(T, "30 negara", N, "countries", 30, cls="countries"),
     M(T, "Rabu (17/5/2017)", D, "signed", "2017-05-17"),
     M(T, "enam hari", N, "gap", 6, cls="days"),
     M(T, "11 Mei", D, "council", "2017-05-11"),
     M(T, "6 April 2017", D, "ep", "2017-04-06"),
     M(T, "521 suara", N, "ayes", 521),
     M(T, "75", N, "noes", 75),
     M(T, "36 abstain", N, "abst", 36),

     M(P, "Sunday", D, "effective", "2017-06-11"),
     M(P, "90 days", N, "stay", 90, cls="days"),
     M(P, "180-day", N, "period", 180, cls="days"),
     M(P, "30 European countries", N, "countries", 30, cls="countries"),
     M(P, "May 17", D, "signed", "2017-05-17"),
     M(P, "May 11", D, "council", "2017-05-11"),
     M(P, "521-75", N, "ayes", 521, also={"noes": 75}),
     M(P, "April 6", D, "ep", "2017-04-06"),
    ]
    build("ukraine-visa-free-2017", "Visa-free short stays in the EU for Ukrainians (control): approved by the European "
          "Parliament on Thursday 6 April 2017 by 521 votes to 75 with 36 abstentions, given final approval by EU "
          "ministers on Thursday 11 May, signed in Strasbourg on Wednesday 17 May and in force from Sunday 11 June "
          "2017: holders of biometric passports may stay up to 90 days in any 180-day period in 30 countries (the "
          "Schengen states plus Bulgaria, Croatia, Cyprus and Romania, not Britain or Ireland), not to work. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    mine()
    rerun()
    visas()
