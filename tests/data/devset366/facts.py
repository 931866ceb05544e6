"""The three-hundred-and-sixty-sixth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset366/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def kampala():
    R, K, T, A = "reuters-jul12", "kompas-jul13", "antara-jul15", "ap-may28"
    # as-of times of the toll: early on Monday 12 July 2010 (64 bodies), Monday afternoon (74), Tuesday 13 July (76),
    # Thursday 15 July (76, the latest government figure) and the sentence of Friday 27 May 2016 (76). The wounded:
    # the police's 71 against Mulago hospital's 85 (sources). The dead and the wounded do not fall.
    MONA, MONB, TUE, THU, SENT = "2010-07-12a", "2010-07-12b", "2010-07-13", "2010-07-15", "2016-05-27"
    POLICE, MULAGO = "Uganda Police", "Mulago hospital"
    names = {
     "dead": "people killed in the bombings", "wounded": "people wounded", "life": "men sentenced to life",
     "fifty": "men sentenced to 50 years", "fifty_years": "years of the shorter sentences",
     "acquitted": "defendants acquitted",
     # dates
     "attack": "day of the bombings", "count_mon": "day of the count of 74", "count_tue": "day of the count of 76",
     "museveni_since": "year Museveni took power", "amisom": "year Uganda's troops went to Somalia",
     "arrests": "day the police announced the arrests", "verdict": "day of the verdict",
     "sentence": "day of the sentence",
    }
    ms = [
     M(R, "late on Sunday", D, "attack", "2010-07-11"),
     M(R, "74 dead", N, "dead", 74, MONB),
     M(R, "Monday afternoon", D, "count_mon", "2010-07-12"),
     M(R, "64 bodies", N, "dead", 64, MONA),
     M(R, "71 people", N, "wounded", 71, MONB, src=POLICE),
     M(R, "2007", D, "amisom", "2007"),

     M(K, "76 orang", N, "dead", 76, TUE),
     M(K, "Selasa (13/7/2010)", D, "count_tue", "2010-07-13"),
     M(K, "Senin (12/7/2010)", D, "count_mon", "2010-07-12"),
     M(K, "74 orang", N, "dead", 74, MONB),
     M(K, "Minggu (11/7/2010) malam", D, "attack", "2010-07-11"),
     M(K, "85 orang", N, "wounded", 85, MONB, src=MULAGO),
     M(K, "71 korban luka", N, "wounded", 71, MONB, src=POLICE),
     M(K, "1986", D, "museveni_since", "1986"),
     M(K, "2007", D, "amisom", "2007"),

     M(T, "Kamis (15/7/2010)", D, "arrests", "2010-07-15"),
     M(T, "Sabtu (10/7/2010) malam", D, "attack", "2010-07-10", planted=True),
     M(T, "76 orang", N, "dead", 76, THU),
     M(T, "71 orang", N, "wounded", 71, THU, src=POLICE),

     M(A, "Friday", D, "sentence", "2016-05-27"),
     M(A, "four men", N, "life", 4),
     M(A, "three others", N, "fifty", 3),
     M(A, "50 years", N, "fifty_years", 50, cls="years"),
     M(A, "76 people", N, "dead", 76, SENT),
     M(A, "Thursday, May 26", D, "verdict", "2016-05-26"),
     M(A, "five other defendants", N, "acquitted", 5),
     M(A, "July 11, 2010", D, "attack", "2010-07-11"),
     M(A, "76 victims", N, "dead", 76, SENT),
     M(A, "2008", D, "amisom", "2008", planted=True),
    ]
    build("kampala-bombings-2010", "The Kampala bombings of Sunday 11 July 2010 at the Ethiopian Village restaurant "
          "in Kabalagala and the Kyadondo Rugby Club during the World Cup final: the police's count of 64 bodies early "
          "on Monday 12 July, 74 dead by Monday afternoon, 76 by Tuesday 13 July; 71 wounded by the police's count "
          "against 85 by Mulago hospital's; al Shabaab's claim; the verdict of Thursday 26 May 2016 (seven convicted, "
          "five acquitted) and the sentence of Friday 27 May 2016 (four life terms, three of 50 years)", False, ms,
          names)


def solai():
    R, K, T, S = "reuters-may10", "kompas-may12", "antara-may14", "nation-jun08"
    # as-of times of the toll: Thursday 10 May 2018 morning (20, police) and 17:00 (41), Friday 11 May (38: the
    # county's count lowered after bodies counted twice, a revision), Saturday 12 May (45), Monday 14 May (47). The
    # missing: the Kenya Red Cross's about 40 against the police's 20 (sources). The dead do not fall.
    THUA, THUB, FRI, SAT, MON = "2018-05-10a", "2018-05-10b", "2018-05-11", "2018-05-12", "2018-05-14"
    POLICE, RC = "the Kenyan police", "the Kenya Red Cross"
    names = {
     "dead": "people killed when the dam burst", "missing": "people missing",
     "rain_dead": "people killed by the long rains since March",
     # dates
     "burst": "night the dam burst", "count_thu": "day of the count of 41", "count_fri": "day of the count of 38",
     "count_sat": "day of the count of 45", "count_mon": "day of the count of 47",
    }
    ms = [
     M(R, "late on Wednesday", D, "burst", "2018-05-09"),
     M(R, "at least 41 people", N, "dead", 41, THUB, qual="atleast"),
     M(R, "Thursday 17:00", D, "count_thu", "2018-05-10"),
     M(R, "20 given by police", N, "dead", 20, THUA),
     M(R, "about 40 people", N, "missing", 40, THUB, qual="approx", src=RC, fall=True),
     M(R, "number of missing at 20", N, "missing", 20, THUB, src=POLICE, fall=True),
     M(R, "more than 100 people", N, "rain_dead", 100, qual="morethan"),

     M(K, "45 orang", N, "dead", 45, SAT),
     M(K, "Sabtu (12/5/2018)", D, "count_sat", "2018-05-12"),
     M(K, "Jumat (11/5/2018)", D, "count_fri", "2018-05-11"),
     M(K, "38 orang", N, "dead", 38, FRI),
     M(K, "41 korban tewas", N, "dead", 41, THUB),
     M(K, "Kamis sore", D, "count_thu", "2018-05-10"),
     M(K, "Kamis (10/5/2018) malam", D, "burst", "2018-05-10", planted=True),
     M(K, "sekitar 40 orang", N, "missing", 40, THUB, qual="approx", src=RC, fall=True),

     M(T, "74 orang", N, "dead", 74, MON, planted=True),
     M(T, "Senin (14/5/2018)", D, "count_mon", "2018-05-14"),
     M(T, "45 korban tewas", N, "dead", 45, SAT),
     M(T, "Rabu (9/5/2018) malam", D, "burst", "2018-05-09"),
     M(T, "20 orang", N, "missing", 20, MON, src=POLICE, fall=True),
     M(T, "lebih dari 100 orang", N, "rain_dead", 100, qual="morethan"),

     M(S, "47", N, "dead", 47, MON),
     M(S, "Monday, May 14", D, "count_mon", "2018-05-14"),
     M(S, "45", N, "dead", 45, SAT),
     M(S, "Saturday, May 12", D, "count_sat", "2018-05-12"),
     M(S, "Wednesday, May 9", D, "burst", "2018-05-09"),
     M(S, "20 people", N, "missing", 20, MON, src=POLICE, fall=True),
     M(S, "about 40", N, "missing", 40, THUB, qual="approx", src=RC, fall=True),
     M(S, "more than 100 people", N, "rain_dead", 100, qual="morethan"),
    ]
    build("solai-dam-2018", "The Solai dam burst in Nakuru County, Kenya (night of Wednesday 9 May 2018): the toll "
          "of 20 by the police on Thursday morning, at least 41 as of Thursday 17:00, lowered to 38 by the county on "
          "Friday 11 May after bodies counted twice, 45 on Saturday 12 May and 47 as of Monday 14 May; about 40 "
          "missing by the Kenya Red Cross's count against 20 by the police's; more than 100 killed by the long rains "
          "since March as another count", False, ms, names)


def election():
    R, K, T, S = "reuters-feb20", "kompas-feb21", "antara-feb22", "monitor-feb23"
    names = {
     "m_pct": "Museveni's share of the vote", "m_votes": "Museveni's votes", "b_pct": "Besigye's share of the vote",
     "b_votes": "Besigye's votes", "mb_pct": "Mbabazi's share of the vote", "turnout": "turnout",
     "registered": "registered voters", "candidates": "candidates on the ballot", "term": "years of the new term",
     "age": "Museveni's age", "m_2011": "Museveni's share in 2011", "b_runs": "Besigye's runs for president",
     # dates
     "vote": "day of the vote", "declared": "day the result was declared", "since": "year Museveni took power",
    }
    ms = [
     M(R, "Thursday", D, "vote", "2016-02-18"),
     M(R, "Saturday", D, "declared", "2016-02-20"),
     M(R, "60.75 percent", N, "m_pct", 60.75, cls="pct"),
     M(R, "five-year", N, "term", 5, cls="years"),
     M(R, "5,617,503 votes", N, "m_votes", 5617503, cls="votes"),
     M(R, "3,270,290", N, "b_votes", 3270290, cls="votes"),
     M(R, "35.37 percent", N, "b_pct", 35.37, cls="pct"),
     M(R, "1.39 percent", N, "mb_pct", 1.39, cls="pct"),
     M(R, "63.50 percent", N, "turnout", 63.50, cls="pct"),
     M(R, "15,277,198 registered voters", N, "registered", 15277198, cls="votes"),
     M(R, "Eight candidates", N, "candidates", 8),
     M(R, "71", N, "age", 71, cls="age"),
     M(R, "1986", D, "since", "1986"),

     M(K, "Sabtu (20/2/2016)", D, "declared", "2016-02-20"),
     M(K, "Kamis (18/2/2016)", D, "vote", "2016-02-18"),
     M(K, "60,75 persen", N, "m_pct", 60.75, cls="pct"),
     M(K, "5.617.503 suara", N, "m_votes", 5617503, cls="votes"),
     M(K, "3.270.290 suara", N, "b_votes", 3270290, cls="votes"),
     M(K, "35,37 persen", N, "b_pct", 35.37, cls="pct"),
     M(K, "1,39 persen", N, "mb_pct", 1.39, cls="pct"),
     M(K, "15.277.198 pemilih terdaftar", N, "registered", 15277198, cls="votes"),
     M(K, "63,50 persen", N, "turnout", 63.50, cls="pct"),
     M(K, "lima tahun", N, "term", 5, cls="years"),
     M(K, "71 tahun", N, "age", 71, cls="age"),
     M(K, "1986", D, "since", "1986"),

     M(T, "Sabtu lalu", D, "declared", "2016-02-20"),
     M(T, "60,75 persen", N, "m_pct", 60.75, cls="pct"),
     M(T, "5.617.503 suara", N, "m_votes", 5617503, cls="votes"),
     M(T, "3.270.290 suara", N, "b_votes", 3270290, cls="votes"),
     M(T, "35,37 persen", N, "b_pct", 35.37, cls="pct"),
     M(T, "1,39 persen", N, "mb_pct", 1.39, cls="pct"),
     M(T, "63,50 persen", N, "turnout", 63.50, cls="pct"),
     M(T, "sekitar 15,3 juta pemilih terdaftar", N, "registered", 15300000, qual="approx", cls="votes"),
     M(T, "Kamis (18/2/2016)", D, "vote", "2016-02-18"),
     M(T, "empat kali", N, "b_runs", 4),
     M(T, "1986", D, "since", "1986"),
     M(T, "lima tahun", N, "term", 5, cls="years"),

     M(S, "60.75 per cent", N, "m_pct", 60.75, cls="pct"),
     M(S, "Saturday, February 20", D, "declared", "2016-02-20"),
     M(S, "68 per cent", N, "m_2011", 68, cls="pct"),
     M(S, "35.37 per cent", N, "b_pct", 35.37, cls="pct"),
     M(S, "3,270,290 votes", N, "b_votes", 3270290, cls="votes"),
     M(S, "four attempts", N, "b_runs", 4),
     M(S, "5,617,503 votes", N, "m_votes", 5617503, cls="votes"),
     M(S, "February 18", D, "vote", "2016-02-18"),
     M(S, "1.39 per cent", N, "mb_pct", 1.39, cls="pct"),
     M(S, "63.50 per cent", N, "turnout", 63.50, cls="pct"),
     M(S, "15,277,198 registered voters", N, "registered", 15277198, cls="votes"),
     M(S, "1986", D, "since", "1986"),
     M(S, "five-year", N, "term", 5, cls="years"),
    ]
    build("besigye-museveni-2016", "Uganda's presidential election of Thursday 18 February 2016, the result declared "
          "by the electoral commission's chairman Badru Kiggundu on Saturday 20 February 2016 (control): Yoweri "
          "Museveni 5,617,503 votes (60.75%), Kizza Besigye 3,270,290 (35.37%), Amama Mbabazi 1.39%; turnout 63.50% of "
          "15,277,198 registered voters; eight candidates; another five-year term; Museveni in power since 1986. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    kampala()
    solai()
    election()
