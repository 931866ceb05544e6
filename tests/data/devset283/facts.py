"""The two-hundred-and-eighty-third development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset283/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def amuay():
    R, K, T, A = "reuters-aug25", "kompas-aug27", "detik-aug29", "ap-sep17"
    # as-of times of the running tallies: Saturday 25 August 2012 earlier in the day (the vice president's 24 dead)
    # and in the evening (at least 39), Sunday 26 August (41, two injured having died in Maracaibo; 86 injured),
    # Monday 27 August in the morning (the governor's 48) and later that day (her correction to 41: names listed
    # twice), Wednesday 29 August (the homes damaged), Monday 17 September (the official count recalled). The
    # governor's 48 against every later 41 is a revision; the dead, the injured and the homes do not fall.
    SATA, SATE, SUN, MONA, MONB = "2012-08-25a", "2012-08-25b", "2012-08-26", "2012-08-27a", "2012-08-27b"
    AUG29, SEP17 = "2012-08-29", "2012-09-17"
    names = {
     "dead": "people killed by the blast", "injured": "people injured", "hosp": "injured still in hospital",
     "homes": "homes damaged by the shock wave", "cap_complex": "the complex's capacity (barrels a day)",
     "cap_amuay": "Amuay's capacity (barrels a day)", "mourning": "days of national mourning",
     "fire_days": "days from the blast to the fires' end", "fund": "the clean-up and rebuilding fund",
     # dates
     "blast": "day of the explosion", "asof_sat": "day of the count of 39", "asof_sun": "day of the count of 41",
     "visit": "day of the president's visit", "gov_mon": "day of the governor's count and correction",
     "tank3": "day a third tank caught fire", "fire_out": "day the fires were put out",
     "election": "day of the presidential election",
    }
    ms = [
     M(R, "Saturday", D, "blast", "2012-08-25"),
     M(R, "at least 39 people", N, "dead", 39, SATE, qual="atleast"),
     M(R, "Saturday evening", D, "asof_sat", "2012-08-25"),
     M(R, "24 dead", N, "dead", 24, SATA),
     M(R, "More than 80 people", N, "injured", 80, SATE, qual="morethan"),
     M(R, "about 940,000 barrels", N, "cap_complex", 940000, qual="approx", cls="bpd"),
     M(R, "about 645,000 barrels", N, "cap_amuay", 645000, qual="approx", cls="bpd"),
     M(R, "three days", N, "mourning", 3, cls="dur"),

     M(K, "48 orang", N, "dead", 48, MONA),
     M(K, "Senin (27/8/2012)", D, "gov_mon", "2012-08-27"),
     M(K, "Minggu (26/8/2012)", D, "asof_sun", "2012-08-26"),
     M(K, "41 korban tewas", N, "dead", 41, SUN),
     M(K, "86 orang", N, "injured", 86, SUN),
     M(K, "Sabtu (25/8/2012)", D, "blast", "2012-08-25"),
     M(K, "pada Minggu", D, "visit", "2012-08-26"),
     M(K, "tiga hari", N, "mourning", 3, cls="dur"),
     M(K, "sekitar 940.000 barel", N, "cap_complex", 940000, qual="approx", cls="bpd"),

     M(T, "41 orang", N, "dead", 41, MONB),
     M(T, "Senin (27/8/2012)", D, "gov_mon", "2012-08-27"),
     M(T, "48 orang", N, "dead", 48, MONA),
     M(T, "sekitar 150 orang", N, "injured", 150, MONB, qual="approx"),
     M(T, "33 di antaranya", N, "hosp", 33, MONB),
     M(T, "Senin sore", D, "tank3", "2012-08-27"),
     M(T, "Selasa (28/8/2012)", D, "fire_out", "2012-08-28"),
     M(T, "Jumat (24/8/2012)", D, "blast", "2012-08-24", planted=True),
     M(T, "lebih dari 1.600 rumah", N, "homes", 1600, AUG29, qual="morethan"),
     M(T, "sekitar 645.000 barel", N, "cap_amuay", 645000, qual="approx", cls="bpd"),

     M(A, "Aug. 25", D, "blast", "2012-08-25"),
     M(A, "41 people", N, "dead", 41, SEP17),
     M(A, "about 150 injured", N, "injured", 150, SEP17, qual="approx"),
     M(A, "More than 1,600 homes", N, "homes", 1600, SEP17, qual="morethan"),
     M(A, "$23 million", N, "fund", 23, cls="usd"),
     M(A, "Aug. 28", D, "fire_out", "2012-08-28"),
     M(A, "three days", N, "fire_days", 3, cls="dur"),
     M(A, "Oct. 7", D, "election", "2012-10-07"),
     M(A, "about 940,000 barrels", N, "cap_complex", 940000, qual="approx", cls="bpd"),
    ]
    build("amuay-refinery-2012", "The explosion at the Amuay refinery of the Paraguana Refining Center, Falcon state, "
          "Venezuela (Saturday 25 August 2012, 01.11 local time): the vice president's 24 dead early on Saturday, at "
          "least 39 by Saturday evening, 41 on Sunday 26 August, the Falcon governor's 48 on Monday 27 August corrected "
          "the same day to 41 (names listed twice); injured more than 80 -> 86 -> about 150; more than 1,600 homes "
          "damaged; the fires put out on Tuesday 28 August; three days of mourning", False, ms, names)


def constituent():
    K, R, T, A = "kompas-jul31", "reuters-aug02", "detik-aug06", "ap-aug22"
    # The vote of Sunday 30 July 2017: the electoral council's (CNE) 8,089,320 voters and 41.53% turnout, announced
    # early on Monday 31 July, against the opposition's estimate of 2 million to 3 million and independent analysts'
    # 3.6 million at most (sources); the voting-machine firm's claim of Wednesday 2 August that the turnout was off
    # by at least 1 million (another fact). The protest deaths since April are a running tally (more than 100 by the
    # vote, more than 120 from 2 August). The opposition's unofficial referendum (Sunday 16 July), the installation
    # (Friday 4 August), the prosecutor's removal (Saturday 5 August), the US sanctions (Monday 31 July, the day of
    # the CNE's announcement: different events on one day) and the assembly's taking of lawmaking powers (Friday 18
    # August) are different events.
    JUL30, AUG02, AUG05, AUG22 = "2017-07-30", "2017-08-02", "2017-08-05", "2017-08-22"
    CNE, OPP, IND = "the electoral council", "the opposition", "independent analysts"
    names = {
     "voters": "people who voted in the assembly election", "turnout": "turnout (% of the electorate)",
     "gap": "the turnout's error by the voting-machine firm", "members": "members of the assembly",
     "terr": "members elected by territory", "sect": "members elected by sectors",
     "consult": "people voting in the opposition's unofficial referendum", "dead_vote": "people killed on voting day",
     "dead_protests": "people killed in the protests since April", "countries": "countries not recognising the vote",
     # dates
     "vote": "day of the assembly election", "announce": "day of the electoral council's announcement",
     "consult_day": "day of the opposition's referendum", "protests_began": "month the protests began",
     "smartmatic": "day of the voting-machine firm's statement", "installed": "day the assembly was installed",
     "fired": "day the chief prosecutor was removed", "sanctions": "day of the US sanctions on the president",
     "takeover": "day the assembly took lawmaking powers", "broke": "month the prosecutor broke with the government",
     "regional": "month of the regional elections", "since": "first year the firm supplied Venezuelan elections",
    }
    ms = [
     M(K, "8.089.320 orang", N, "voters", 8089320, src=CNE),
     M(K, "41,53 persen", N, "turnout", 41.53, src=CNE, cls="pct"),
     M(K, "Minggu (30/7/2017)", D, "vote", "2017-07-30"),
     M(K, "Senin (31/7/2017)", D, "announce", "2017-07-31"),
     M(K, "545 orang", N, "members", 545),
     M(K, "364 orang", N, "terr", 364),
     M(K, "181 orang", N, "sect", 181),
     M(K, "2 juta dan 3 juta orang", N, "voters", 2000000, src=OPP),
     M(K, "Minggu (16/7/2017)", D, "consult_day", "2017-07-16"),
     M(K, "sekitar 7,5 juta orang", N, "consult", 7500000, qual="approx"),
     M(K, "sedikitnya 10 orang", N, "dead_vote", 10, JUL30, qual="atleast"),
     M(K, "April", D, "protests_began", "2017-04"),
     M(K, "lebih dari 100 orang", N, "dead_protests", 100, JUL30, qual="morethan"),

     M(R, "Wednesday", D, "smartmatic", "2017-08-02"),
     M(R, "Sunday's", D, "vote", "2017-07-30"),
     M(R, "at least 1 million votes", N, "gap", 1000000, qual="atleast"),
     M(R, "8,089,320 people", N, "voters", 8089320, src=CNE),
     M(R, "41.35 percent", N, "turnout", 41.35, src=CNE, cls="pct", planted=True),
     M(R, "2 million and 3 million", N, "voters", 2000000, src=OPP),
     M(R, "3.6 million", N, "voters", 3600000, src=IND),
     M(R, "July 16", D, "consult_day", "2017-07-16"),
     M(R, "about 7.5 million people", N, "consult", 7500000, qual="approx"),
     M(R, "More than 120 people", N, "dead_protests", 120, AUG02, qual="morethan"),
     M(R, "2004", D, "since", "2004"),

     M(T, "545 orang", N, "members", 545),
     M(T, "Sabtu (5/8/2017)", D, "fired", "2017-08-05"),
     M(T, "Jumat (4/8/2017)", D, "installed", "2017-08-04"),
     M(T, "Sabtu (29/7/2017)", D, "vote", "2017-07-29", planted=True),
     M(T, "8.089.320 orang", N, "voters", 8089320, src=CNE),
     M(T, "Rabu (2/8/2017)", D, "smartmatic", "2017-08-02"),
     M(T, "sedikitnya 1 juta suara", N, "gap", 1000000, qual="atleast"),
     M(T, "2 juta hingga 3 juta orang", N, "voters", 2000000, src=OPP),
     M(T, "Lebih dari 40 negara", N, "countries", 40, qual="morethan"),
     M(T, "Senin (31/7/2017)", D, "sanctions", "2017-07-31"),
     M(T, "April", D, "protests_began", "2017-04"),
     M(T, "lebih dari 120 orang", N, "dead_protests", 120, AUG05, qual="morethan"),

     M(A, "Aug. 18", D, "takeover", "2017-08-18"),
     M(A, "545-member", N, "members", 545),
     M(A, "July 30", D, "vote", "2017-07-30"),
     M(A, "8.1 million voters", N, "voters", 8100000, src=CNE, qual="approx"),
     M(A, "41.5 percent", N, "turnout", 41.5, src=CNE, qual="approx", cls="pct"),
     M(A, "at least 1 million votes", N, "gap", 1000000, qual="atleast"),
     M(A, "Aug. 5", D, "fired", "2017-08-05"),
     M(A, "March", D, "broke", "2017-03"),
     M(A, "More than 40 countries", N, "countries", 40, qual="morethan"),
     M(A, "More than 120 people", N, "dead_protests", 120, AUG22, qual="morethan"),
     M(A, "April", D, "protests_began", "2017-04"),
     M(A, "about 7.5 million people", N, "consult", 7500000, qual="approx"),
     M(A, "July 16", D, "consult_day", "2017-07-16"),
     M(A, "October", D, "regional", "2017-10"),
    ]
    build("venezuela-constituent-2017", "Venezuela's election of a constituent assembly (Sunday 30 July 2017): the "
          "electoral council's 8,089,320 voters and 41.53% turnout announced early on Monday 31 July, against the "
          "opposition's estimate of 2 million to 3 million and independent analysts' 3.6 million at most; the "
          "voting-machine firm Smartmatic's statement of Wednesday 2 August that the turnout was off by at least 1 "
          "million; the opposition's unofficial referendum of Sunday 16 July (about 7.5 million); the 545-member "
          "assembly installed on Friday 4 August, the chief prosecutor removed on Saturday 5 August, lawmaking powers "
          "taken on Friday 18 August; protest deaths since April more than 100 -> more than 120", False, ms, names)


def referendum():
    R, T, K, A = "reuters-feb23", "antara-feb24", "kompas-feb25", "ap-feb26"
    # One announcement: the electoral tribunal's count of Tuesday 23 February 2016 at 99.72% of the votes (No 51.30%,
    # 2,675,813; Yes 48.70%, 2,540,235), made in Sucre, with the final result due on Wednesday 24 February in La Paz.
    # The referendum of Sunday 21 February, the exit polls (No 51% to 52.3%: another fact), the terms (two now,
    # three proposed), the years of the president's rule and the next election are facts that do not change.
    names = {
     "counted": "share of the votes counted", "no_pct": "the No share", "yes_pct": "the Yes share",
     "no_votes": "votes for No", "yes_votes": "votes for Yes", "depts": "departments still counting",
     "terms_now": "consecutive terms allowed now", "terms_new": "consecutive terms proposed",
     "voters": "Bolivians called to vote", "exit_no": "the No share in the exit polls",
     "margin_pts": "the margin in points", "margin_votes": "the margin in votes", "years": "years in office by 2020",
     # dates
     "announce": "day of the tribunal's announcement", "final": "day the final result was due",
     "referendum": "day of the referendum", "monday": "day the president promised to respect the result",
     "next_election": "year of the next election", "took_office": "month the president took office",
     "third_won": "year the third term was won", "term_end": "month the third term ends",
     "first_elected": "year the president was first elected",
    }
    ms = [
     M(R, "2019", D, "next_election", "2019"),
     M(R, "Tuesday", D, "announce", "2016-02-23"),
     M(R, "99.72 percent", N, "counted", 99.72, cls="pct"),
     M(R, "51.30 percent", N, "no_pct", 51.30, cls="pct"),
     M(R, "2,675,813 votes", N, "no_votes", 2675813),
     M(R, "48.70 percent", N, "yes_pct", 48.70, cls="pct"),
     M(R, "2,540,235 votes", N, "yes_votes", 2540235),
     M(R, "Wednesday", D, "final", "2016-02-24"),
     M(R, "three departments", N, "depts", 3),
     M(R, "from two to three", N, "terms_now", 2, also={"terms_new": 3}),
     M(R, "January 2006", D, "took_office", "2006-01"),
     M(R, "2014", D, "third_won", "2014"),
     M(R, "January 2020", D, "term_end", "2020-01"),
     M(R, "About 6.5 million Bolivians", N, "voters", 6500000, qual="approx"),
     M(R, "Sunday", D, "referendum", "2016-02-21"),
     M(R, "51 percent and 52.3 percent", N, "exit_no", 51, cls="pct"),
     M(R, "Monday", D, "monday", "2016-02-22"),
     M(R, "2005", D, "first_elected", "2005"),

     M(T, "2019", D, "next_election", "2019"),
     M(T, "Selasa (23/2/2016)", D, "announce", "2016-02-23"),
     M(T, "99,72 persen", N, "counted", 99.72, cls="pct"),
     M(T, "51,30 persen", N, "no_pct", 51.30, cls="pct"),
     M(T, "48,70 persen", N, "yes_pct", 48.70, cls="pct"),
     M(T, "2.675.813 pemilih", N, "no_votes", 2675813),
     M(T, "2.540.235 pemilih", N, "yes_votes", 2540235),
     M(T, "Rabu (24/2/2016)", D, "final", "2016-02-24"),
     M(T, "tiga departemen", N, "depts", 3),
     M(T, "dua periode", N, "terms_now", 2),
     M(T, "tiga periode", N, "terms_new", 3),
     M(T, "Sekitar 6,5 juta warga", N, "voters", 6500000, qual="approx"),
     M(T, "Minggu (21/2/2016)", D, "referendum", "2016-02-21"),
     M(T, "Januari 2006", D, "took_office", "2006-01"),
     M(T, "2014", D, "third_won", "2014"),
     M(T, "Januari 2020", D, "term_end", "2020-01"),
     M(T, "51 persen hingga 52,3 persen", N, "exit_no", 51, cls="pct"),

     M(K, "Minggu (21/2/2016)", D, "referendum", "2016-02-21"),
     M(K, "Selasa (23/2/2016)", D, "announce", "2016-02-23"),
     M(K, "51,30 persen", N, "no_pct", 51.30, cls="pct"),
     M(K, "2.675.813 suara", N, "no_votes", 2675813),
     M(K, "48,70 persen", N, "yes_pct", 48.70, cls="pct"),
     M(K, "2.540.235 suara", N, "yes_votes", 2540235),
     M(K, "99,72 persen", N, "counted", 99.72, cls="pct"),
     M(K, "sekitar 2,6 poin persentase", N, "margin_pts", 2.6, qual="approx", cls="pts"),
     M(K, "lebih dari 135.000 suara", N, "margin_votes", 135000, qual="morethan"),
     M(K, "tiga periode", N, "terms_new", 3),
     M(K, "dua periode", N, "terms_now", 2),
     M(K, "2005", D, "first_elected", "2005"),
     M(K, "2019", D, "next_election", "2019"),
     M(K, "Januari 2020", D, "term_end", "2020-01"),
     M(K, "hampir 14 tahun", N, "years", 14, qual="nearly", cls="dur"),
     M(K, "Januari 2006", D, "took_office", "2006-01"),
     M(K, "Sekitar 6,5 juta orang", N, "voters", 6500000, qual="approx"),

     M(A, "Feb. 21", D, "referendum", "2016-02-21"),
     M(A, "Tuesday", D, "announce", "2016-02-23"),
     M(A, "51.3 percent", N, "no_pct", 51.3, cls="pct"),
     M(A, "48.7 percent", N, "yes_pct", 48.7, cls="pct"),
     M(A, "99.72 percent", N, "counted", 99.72, cls="pct"),
     M(A, "2,675,813 votes", N, "no_votes", 2675813),
     M(A, "2,540,235", N, "yes_votes", 2540235),
     M(A, "three consecutive terms", N, "terms_new", 3),
     M(A, "two", N, "terms_now", 2),
     M(A, "January 2006", D, "took_office", "2006-01"),
     M(A, "January 2020", D, "term_end", "2020-01"),
     M(A, "2019", D, "next_election", "2019"),
     M(A, "2005", D, "first_elected", "2005"),
     M(A, "Some 6.5 million Bolivians", N, "voters", 6500000, qual="approx"),
    ]
    build("bolivia-referendum-2016", "Bolivia's referendum on a fourth term for President Evo Morales (control): the "
          "electoral tribunal's count announced in Sucre on Tuesday 23 February 2016 with 99.72% of the votes counted "
          "(No 51.30%, 2,675,813 votes; Yes 48.70%, 2,540,235), the final result due on Wednesday 24 February, the "
          "referendum of Sunday 21 February, terms from two to three, about 6.5 million called to vote, in office "
          "since January 2006 until January 2020, the 2019 election. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    amuay()
    constituent()
    referendum()
