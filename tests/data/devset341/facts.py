"""The three-hundred-and-forty-first development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset341/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def iraq_vote():
    R, K, T, A = "reuters-jan31", "kompas-feb01", "antara-feb14", "ap-mar17"
    # as-of times of the running tallies: the dead of the election-day attacks late on Sunday 30 January 2005 (the
    # interior ministry's "at least 36"), on Monday 31 January (the interior ministry's 44 against the health
    # ministry's 39: sources) and as recalled at the assembly's first session (44, no source named). Turnout: the
    # electoral commission's estimate of election day (72%), its retreat of Tuesday 1 February ("about 60%") and the
    # count announced on Sunday 13 February (58%): lower later is a revision, the final 58% within the "about 60%" is
    # not a conflict. Shares, seats, registered voters and the deadlines do not change with the day of the report.
    SUNE, MON, MAR = "2005-01-30b", "2005-01-31", "2005-03-17"
    DAY, FEB1, FEB13 = "2005-01-30", "2005-02-01", "2005-02-13"
    INTERIOR, HEALTH = "the Iraqi interior ministry", "the Iraqi health ministry"
    names = {
     "dead": "people killed in election-day attacks", "bombers": "suicide bombers among the dead",
     "injured": "people wounded in election-day attacks", "crash_dead": "British servicemen killed in the plane crash",
     "provinces": "provinces electing councils", "seats": "seats in the Transitional National Assembly",
     "uia_seats": "the United Iraqi Alliance's seats", "ka_seats": "the Kurdistan Alliance's seats",
     "il_seats": "the Iraqi List's seats", "two_thirds": "votes needed to elect the presidency",
     "turnout": "turnout of registered voters", "uia_pct": "the United Iraqi Alliance's share of the vote",
     "ka_pct": "the Kurdistan Alliance's share of the vote", "il_pct": "the Iraqi List's share of the vote",
     "anbar_pct": "turnout in Anbar province", "registered": "registered voters", "cast": "votes cast",
     "uia_votes": "the United Iraqi Alliance's votes", "complaint_days": "days for complaints before seats are set",
     # dates
     "election": "election day", "count_sun": "day of the first count of the dead",
     "count_mon": "day of the count of 44 dead", "results": "day the results were announced",
     "certified": "day the final results were certified", "session": "day of the assembly's first session",
     "const": "deadline for a draft constitution", "referendum": "deadline for the constitutional referendum",
    }
    ms = [
     M(R, "Sunday", D, "election", "2005-01-30"),
     M(R, "72 percent", N, "turnout", 72, DAY, cls="pct"),
     M(R, "About 14 million Iraqis", N, "registered", 14e6, qual="approx", cls="votes"),
     M(R, "275-seat", N, "seats", 275, cls="seats"),
     M(R, "18 provinces", N, "provinces", 18),
     M(R, "at least 36 people", N, "dead", 36, SUNE, qual="atleast", src=INTERIOR),
     M(R, "Sunday evening", D, "count_sun", "2005-01-30"),
     M(R, "nine", N, "bombers", 9),
     M(R, "10 of its servicemen", N, "crash_dead", 10),
     M(R, "Aug. 15", D, "const", "2005-08-15"),
     M(R, "Oct. 15", D, "referendum", "2005-10-15"),

     M(K, "44 orang", N, "dead", 44, MON, src=INTERIOR),
     M(K, "Senin (31/1/2005)", D, "count_mon", "2005-01-31"),
     M(K, "Minggu malam", D, "count_sun", "2005-01-30"),
     M(K, "sedikitnya 36 korban tewas", N, "dead", 36, SUNE, qual="atleast", src=INTERIOR),
     M(K, "sembilan", N, "bombers", 9),
     M(K, "39 orang", N, "dead", 39, MON, src=HEALTH),
     M(K, "lebih dari 100 orang", N, "injured", 100, MON, qual="morethan", src=HEALTH),
     M(K, "Sabtu (29/1/2005)", D, "election", "2005-01-29", planted=True),
     M(K, "275 anggota", N, "seats", 275, cls="seats"),
     M(K, "72 persen", N, "turnout", 72, DAY, cls="pct"),
     M(K, "sekitar 60 persen", N, "turnout", 60, FEB1, qual="approx", cls="pct"),
     M(K, "sekitar 14 juta pemilih", N, "registered", 14e6, qual="approx", cls="votes"),
     M(K, "10 tentara", N, "crash_dead", 10),

     M(T, "Minggu (13/2/2005)", D, "results", "2005-02-13"),
     M(T, "30 Januari", D, "election", "2005-01-30"),
     M(T, "48,19 persen", N, "uia_pct", 48.19, cls="pct"),
     M(T, "25,73 persen", N, "ka_pct", 25.73, cls="pct"),
     M(T, "13,82 persen", N, "il_pct", 13.82, cls="pct"),
     M(T, "lebih dari 4 juta suara", N, "uia_votes", 4e6, qual="morethan", cls="votes"),
     M(T, "Sekitar 8,5 juta orang", N, "cast", 8.5e6, qual="approx", cls="votes"),
     M(T, "58 persen", N, "turnout", 58, FEB13, cls="pct"),
     M(T, "72 persen", N, "turnout", 72, DAY, cls="pct"),
     M(T, "sekitar 2 persen", N, "anbar_pct", 2, qual="approx", cls="pct"),
     M(T, "275 kursi", N, "seats", 275, cls="seats"),
     M(T, "tiga hari", N, "complaint_days", 3, cls="dur"),
     M(T, "18 provinsi", N, "provinces", 18),
     M(T, "15 Agustus 2005", D, "const", "2005-08-15"),

     M(A, "Wednesday", D, "session", "2005-03-16"),
     M(A, "275 members", N, "seats", 275, cls="seats"),
     M(A, "140 seats", N, "uia_seats", 140, cls="seats"),
     M(A, "75", N, "ka_seats", 75, cls="seats"),
     M(A, "40", N, "il_seats", 40, cls="seats"),
     M(A, "Feb. 17", D, "certified", "2005-02-17"),
     M(A, "48.19 percent", N, "uia_pct", 48.19, cls="pct"),
     M(A, "25.73 percent", N, "ka_pct", 25.73, cls="pct"),
     M(A, "13.28 percent", N, "il_pct", 13.28, cls="pct", planted=True),
     M(A, "Feb. 13", D, "results", "2005-02-13"),
     M(A, "More than 8.4 million Iraqis", N, "cast", 8.4e6, qual="morethan", cls="votes"),
     M(A, "Jan. 30", D, "election", "2005-01-30"),
     M(A, "58 percent", N, "turnout", 58, FEB13, cls="pct"),
     M(A, "44 people", N, "dead", 44, MAR),
     M(A, "184 votes", N, "two_thirds", 184, cls="seats"),
     M(A, "Aug. 15", D, "const", "2005-08-15"),
     M(A, "Oct. 15", D, "referendum", "2005-10-15"),
    ]
    build("iraq-transitional-assembly-2005", "Iraq's election of Sunday 30 January 2005 to the 275-seat Transitional "
          "National Assembly (and to 18 provincial councils): the election-day attacks' dead counted by the interior "
          "ministry at 36 or more on Sunday evening and 44 on Monday 31 January, against the health ministry's 39; the "
          "electoral commission's turnout estimate of 72% on election day, 'about 60%' on 1 February and 58% in the "
          "count announced on Sunday 13 February 2005 (the United Iraqi Alliance 48.19%, the Kurdistan Alliance 25.73%, "
          "the Iraqi List 13.82%); the final results certified on 17 February (140, 75 and 40 seats); the assembly's "
          "first session on Wednesday 16 March 2005; the constitution due by 15 August and its referendum by 15 "
          "October 2005", False, ms, names)


def iran_vote():
    R, K, T, A = "reuters-jun13", "kompas-jun17", "antara-jun30", "ap-aug06"
    # as-of times: Ahmadinejad's share in the first partial count before dawn on Saturday 13 June 2009 (69%) and in the
    # interior ministry's final count later that day (62.63%): lower later is a revision. The dead of the unrest as
    # state media counted them on Tuesday 16 June (seven) and by Monday 29 June (at least 17), as the government
    # counted them in August (about 30) and as Mousavi's camp counted them (69): state media's counts rise (update);
    # the three bodies' counts are sources. Shares, votes, the turnout and the dates do not change with the report.
    EARLY, FINAL = "2009-06-13a", "2009-06-13b"
    JUN16, JUN29, AUG = "2009-06-16", "2009-06-29", "2009-08-05"
    STATE, GOV, OPP = "Iranian state media", "the Iranian government", "Mousavi's camp"
    names = {
     "ahm_pct": "Ahmadinejad's share of the vote", "mou_pct": "Mousavi's share of the vote",
     "rez_pct": "Rezaee's share of the vote", "kar_pct": "Karroubi's share of the vote", "turnout": "turnout",
     "recount_pct": "share of ballot boxes recounted", "ahm_votes": "Ahmadinejad's votes", "mou_votes": "Mousavi's votes",
     "cast": "votes cast", "eligible": "eligible voters", "margin": "Ahmadinejad's margin over Mousavi",
     "excess": "votes in the cities where votes exceeded voters", "cities": "cities where votes exceeded voters",
     "dead": "people killed in the unrest after the election", "dead_jun20": "people killed in the clashes of 20 June",
     "tried": "defendants at the mass trial",
     # dates
     "vote": "election day", "declared": "day the interior ministry declared the result",
     "rally": "day of the mass rally in Tehran", "count16": "day state radio gave seven dead",
     "admits": "day the Guardian Council admitted excess votes", "clash": "day of the clashes of 20 June",
     "certified": "day the Guardian Council certified the result", "endorsed": "day Khamenei endorsed Ahmadinejad",
     "sworn": "day Ahmadinejad was sworn in", "trial": "day the mass trial opened",
     "first_won": "year Ahmadinejad was first elected", "revolution": "year of the revolution",
    }
    ms = [
     M(R, "Friday", D, "vote", "2009-06-12"),
     M(R, "Saturday", D, "declared", "2009-06-13"),
     M(R, "62.63 percent", N, "ahm_pct", 62.63, FINAL, cls="pct"),
     M(R, "24,527,516", N, "ahm_votes", 24527516, cls="votes"),
     M(R, "13,216,411", N, "mou_votes", 13216411, cls="votes"),
     M(R, "33.75 percent", N, "mou_pct", 33.75, FINAL, cls="pct"),
     M(R, "1.73 percent", N, "rez_pct", 1.73, FINAL, cls="pct"),
     M(R, "0.85 percent", N, "kar_pct", 0.85, FINAL, cls="pct"),
     M(R, "85 percent", N, "turnout", 85, cls="pct"),
     M(R, "about 39.2 million", N, "cast", 39.2e6, qual="approx", cls="votes"),
     M(R, "46.2 million", N, "eligible", 46.2e6, cls="votes"),
     M(R, "69 percent", N, "ahm_pct", 69, EARLY, cls="pct"),
     M(R, "2005", D, "first_won", "2005"),

     M(K, "Tujuh orang", N, "dead", 7, JUN16, src=STATE),
     M(K, "Senin (15/6/2009)", D, "rally", "2009-06-15"),
     M(K, "Selasa (16/6/2009)", D, "count16", "2009-06-16"),
     M(K, "Jumat (12/6/2009)", D, "vote", "2009-06-12"),
     M(K, "62,63 persen", N, "ahm_pct", 62.63, FINAL, cls="pct"),
     M(K, "33,57 persen", N, "mou_pct", 33.57, FINAL, cls="pct", planted=True),
     M(K, "85 persen", N, "turnout", 85, cls="pct"),
     M(K, "46,2 juta", N, "eligible", 46.2e6, cls="votes"),

     M(T, "Senin (29/6/2009)", D, "certified", "2009-06-29"),
     M(T, "10 persen", N, "recount_pct", 10, cls="pct"),
     M(T, "12 Juni", D, "vote", "2009-06-12"),
     M(T, "24.527.516", N, "ahm_votes", 24527516, cls="votes"),
     M(T, "62,63 persen", N, "ahm_pct", 62.63, FINAL, cls="pct"),
     M(T, "13.216.411", N, "mou_votes", 13216411, cls="votes"),
     M(T, "33,75 persen", N, "mou_pct", 33.75, FINAL, cls="pct"),
     M(T, "lebih dari 11 juta suara", N, "margin", 11e6, qual="morethan", cls="votes"),
     M(T, "Senin (22/6/2009)", D, "admits", "2009-06-22"),
     M(T, "sekitar 50 kota", N, "cities", 50, qual="approx"),
     M(T, "sekitar 3 juta suara", N, "excess", 3e6, qual="approx", cls="votes"),
     M(T, "sedikitnya 17 orang", N, "dead", 17, JUN29, qual="atleast", src=STATE),
     M(T, "10 orang", N, "dead_jun20", 10),
     M(T, "Sabtu (20/6/2009)", D, "clash", "2009-06-20"),

     M(A, "Wednesday", D, "sworn", "2009-08-05"),
     M(A, "Monday", D, "endorsed", "2009-08-03"),
     M(A, "June 13", D, "vote", "2009-06-13", planted=True),
     M(A, "1979", D, "revolution", "1979"),
     M(A, "62.6 percent", N, "ahm_pct", 62.6, FINAL, qual="approx", cls="pct"),
     M(A, "about 24.5 million ballots", N, "ahm_votes", 24.5e6, qual="approx", cls="votes"),
     M(A, "June 29", D, "certified", "2009-06-29"),
     M(A, "about 30 people", N, "dead", 30, AUG, qual="approx", src=GOV),
     M(A, "69 people", N, "dead", 69, AUG, src=OPP),
     M(A, "More than 100 protesters", N, "tried", 100, qual="morethan"),
     M(A, "Saturday", D, "trial", "2009-08-01"),
    ]
    build("ahmadinejad-reelection-2009", "Iran's presidential election of Friday 12 June 2009: the interior ministry's "
          "result of Saturday 13 June (Ahmadinejad 24,527,516 votes, 62.63%; Mousavi 13,216,411, 33.75%; Rezaee "
          "1.73%; Karroubi 0.85%; turnout 85% of 46.2 million), after a first partial count giving Ahmadinejad 69%; the "
          "dead of the unrest by state media's counts (seven by Tuesday 16 June, at least 17 by late June, ten of them "
          "in the clashes of Saturday 20 June), by the government's (about 30) and by Mousavi's camp's (69); the "
          "Guardian Council's admission of excess votes in about 50 cities on 22 June and its certification after a "
          "partial recount on Monday 29 June; Khamenei's endorsement on Monday 3 August, the mass trial opened on "
          "Saturday 1 August and the swearing-in on Wednesday 5 August 2009", False, ms, names)


def turkey_referendum():
    R, K, T, H = "reuters-sep12", "kompas-sep13", "antara-sep14", "hurriyet-sep15"
    names = {
     "yes_pct": "the yes vote (%)", "no_pct": "the no vote (%)", "turnout": "turnout (%)",
     "articles": "articles of the constitution amended", "years": "years since the 1980 coup",
     "court_before": "Constitutional Court members before", "court_after": "Constitutional Court members after",
     "court_parl": "Constitutional Court members chosen by parliament", "board_before": "HSYK members before",
     "board_after": "HSYK members after", "ayes": "votes for the package in parliament", "chamber": "seats in parliament",
     "direct": "votes needed to amend without a referendum", "to_vote": "votes needed to put the package to a referendum",
     # dates
     "ref_day": "day of the referendum", "coup": "day of the military coup", "parl_vote": "day parliament passed the package",
     "akp_since": "year the AKP came to power",
    }
    ms = [
     M(R, "Sunday", D, "ref_day", "2010-09-12"),
     M(R, "57.88 percent", N, "yes_pct", 57.88, cls="pct"),
     M(R, "42.12 percent", N, "no_pct", 42.12, cls="pct"),
     M(R, "73.71 percent", N, "turnout", 73.71, cls="pct"),
     M(R, "26 articles", N, "articles", 26),
     M(R, "Sept. 12, 1980", D, "coup", "1980-09-12"),
     M(R, "30th anniversary", N, "years", 30, cls="dur"),
     M(R, "11", N, "court_before", 11, cls="body"),
     M(R, "17 members", N, "court_after", 17, cls="body"),
     M(R, "seven", N, "board_before", 7, cls="body"),
     M(R, "22", N, "board_after", 22, cls="body"),
     M(R, "May 7", D, "parl_vote", "2010-05-07"),
     M(R, "336 votes", N, "ayes", 336, cls="mps"),
     M(R, "550-seat", N, "chamber", 550, cls="mps"),
     M(R, "367", N, "direct", 367, cls="mps"),
     M(R, "330", N, "to_vote", 330, cls="mps"),
     M(R, "1980 coup", D, "coup", "1980"),
     M(R, "2002", D, "akp_since", "2002"),

     M(K, "Minggu (12/9/2010)", D, "ref_day", "2010-09-12"),
     M(K, "57,88 persen", N, "yes_pct", 57.88, cls="pct"),
     M(K, "42,12 persen", N, "no_pct", 42.12, cls="pct"),
     M(K, "73,71 persen", N, "turnout", 73.71, cls="pct"),
     M(K, "26 pasal", N, "articles", 26),
     M(K, "12 September 1980", D, "coup", "1980-09-12"),
     M(K, "30 tahun", N, "years", 30, cls="dur"),
     M(K, "11", N, "court_before", 11, cls="body"),
     M(K, "17 hakim", N, "court_after", 17, cls="body"),
     M(K, "tujuh", N, "board_before", 7, cls="body"),
     M(K, "22 anggota", N, "board_after", 22, cls="body"),
     M(K, "7 Mei 2010", D, "parl_vote", "2010-05-07"),
     M(K, "336 suara", N, "ayes", 336, cls="mps"),
     M(K, "367 suara", N, "direct", 367, cls="mps"),
     M(K, "2002", D, "akp_since", "2002"),

     M(T, "Hampir 58 persen", N, "yes_pct", 58, qual="nearly", cls="pct"),
     M(T, "Minggu lalu", D, "ref_day", "2010-09-12"),
     M(T, "57,88 persen", N, "yes_pct", 57.88, cls="pct"),
     M(T, "42,12 persen", N, "no_pct", 42.12, cls="pct"),
     M(T, "73,7 persen", N, "turnout", 73.7, qual="approx", cls="pct"),
     M(T, "26 pasal", N, "articles", 26),
     M(T, "11", N, "court_before", 11, cls="body"),
     M(T, "17 orang", N, "court_after", 17, cls="body"),
     M(T, "tujuh", N, "board_before", 7, cls="body"),
     M(T, "22 orang", N, "board_after", 22, cls="body"),
     M(T, "kudeta 1980", D, "coup", "1980"),
     M(T, "30 tahun", N, "years", 30, cls="dur"),
     M(T, "12 September 1980", D, "coup", "1980-09-12"),
     M(T, "336", N, "ayes", 336, cls="mps"),
     M(T, "550 kursi", N, "chamber", 550, cls="mps"),
     M(T, "330 suara", N, "to_vote", 330, cls="mps"),
     M(T, "2002", D, "akp_since", "2002"),

     M(H, "57.88 percent", N, "yes_pct", 57.88, cls="pct"),
     M(H, "Sunday", D, "ref_day", "2010-09-12"),
     M(H, "11", N, "court_before", 11, cls="body"),
     M(H, "17 judges", N, "court_after", 17, cls="body"),
     M(H, "three of whom", N, "court_parl", 3, cls="body"),
     M(H, "seven", N, "board_before", 7, cls="body"),
     M(H, "22 members", N, "board_after", 22, cls="body"),
     M(H, "42.12 percent", N, "no_pct", 42.12, cls="pct"),
     M(H, "73.71 percent", N, "turnout", 73.71, cls="pct"),
     M(H, "26 amended articles", N, "articles", 26),
     M(H, "Sept. 12, 1980", D, "coup", "1980-09-12"),
     M(H, "May 7", D, "parl_vote", "2010-05-07"),
     M(H, "336 votes", N, "ayes", 336, cls="mps"),
     M(H, "367", N, "direct", 367, cls="mps"),
    ]
    build("turkish-amendments-2010", "Turkey's constitutional referendum of Sunday 12 September 2010 (control): the "
          "Supreme Election Board's unofficial result, 57.88% yes, 42.12% no, turnout 73.71%; 26 articles of the 1980 "
          "constitution amended, the Constitutional Court enlarged from 11 to 17 members (three chosen by parliament) "
          "and the HSYK from seven to 22; the package passed by parliament on 7 May 2010 with 336 of 550 votes (367 "
          "needed to bypass a referendum, 330 to call one); the vote on the 30th anniversary of the coup of 12 "
          "September 1980; the AKP in power since 2002. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    iraq_vote()
    iran_vote()
    turkey_referendum()
