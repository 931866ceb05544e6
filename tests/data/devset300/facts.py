"""The three-hundredth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset300/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def sudan():
    K, R, T, A = "kompas-apr17", "reuters-apr21", "detik-apr26", "ap-may12"
    # as-of times of the running tallies: Sunday 16 April 2023 (the doctors' committee's first count), Monday 17
    # April (the UN envoy's count), Friday 21 April (the WHO's 413 and the health minister's "more than 400"), the
    # weekend of 22-23 April (the health ministry's reported "more than 600"), Tuesday 25 April (the ministry's 460
    # and the WHO's 459), Thursday 27 April (the ministry's full count of 528), Monday 1 May (the doctors' committee's
    # civilians), Friday 12 May (the WHO's "more than 600", the displaced). The dead, the injured and the displaced
    # do not fall: the ministry's "more than 600" of the weekend against its 460 of Tuesday and its 528 through 27
    # April is a tally revised down (revision).
    # Sources: the UN envoy, the WHO, the Sudanese health ministry and the doctors' committee count the dead and the
    # injured separately (sources, also across days). The doctors' committee's civilians are another fact.
    APR16, APR17, APR21, APR23, APR25, APR27, MAY01, MAY12 = ("2023-04-16", "2023-04-17", "2023-04-21", "2023-04-23",
                                                              "2023-04-25", "2023-04-27", "2023-05-01", "2023-05-12")
    UN, WHO, MOH, DOC = "the UN envoy", "the WHO", "the Sudanese health ministry", "the doctors' committee"
    names = {
     "dead": "people killed in the fighting", "injured": "people injured in the fighting",
     "civ_dead": "civilians killed (doctors' committee)", "civ_inj": "civilians wounded (doctors' committee)",
     "wfp": "WFP staff killed in North Darfur", "dead_khartoum": "deaths recorded in Khartoum",
     "inj_khartoum": "injuries recorded in Khartoum", "attacks": "attacks on health facilities",
     "children_dead": "children killed", "children_inj": "children injured", "malnourished": "severely malnourished "
     "children cut off from care", "fled_chad": "people who fled into Chad", "chad_refugees": "Sudanese refugees "
     "already in Chad", "could_flee": "people who could flee to Chad and South Sudan (UNHCR projection)",
     "displaced": "people displaced inside Sudan", "fled_abroad": "people who fled to neighbouring countries",
     "truce_call": "days of the truce Guterres called for", "rsf_truce": "hours of the RSF's Eid truce",
     "truce": "hours of the US-brokered truce",
     # dates
     "outbreak": "day the fighting broke out", "day3": "the third day of fighting", "perthes": "day of the UN "
     "envoy's count", "doc1": "day of the doctors' committee's first count", "coup": "month of the coup",
     "who21": "day of the WHO's count of 413", "guterres": "day Guterres called for a truce",
     "asof25": "day of the counts of 460 and 459", "truce_ann": "day the 72-hour truce was announced",
     "truce_start": "day the 72-hour truce took effect", "signed": "day the Jeddah declaration was signed",
     "talks": "day the Jeddah talks began", "moh27": "last day of the ministry's full count",
     "doc2": "day of the doctors' committee's civilian count",
    }
    ms = [
     M(K, "Senin (17/4/2023)", D, "day3", "2023-04-17"),
     M(K, "sedikitnya 185 orang", N, "dead", 185, APR17, qual="atleast", src=UN),
     M(K, "lebih dari 1.800 orang", N, "injured", 1800, APR17, qual="morethan", src=UN),
     M(K, "Sabtu (15/4/2023)", D, "outbreak", "2023-04-15"),
     M(K, "Minggu (16/4/2023)", D, "doc1", "2023-04-16"),
     M(K, "56 warga sipil", N, "civ_dead", 56, APR16, src=DOC),
     M(K, "595 orang", N, "injured", 595, APR16, src=DOC),
     M(K, "tiga stafnya", N, "wfp", 3),
     M(K, "Oktober 2021", D, "coup", "2021-10"),

     M(R, "At least 413 people", N, "dead", 413, APR21, qual="atleast", src=WHO),
     M(R, "3,551", N, "injured", 3551, APR21, src=WHO),
     M(R, "April 15", D, "outbreak", "2023-04-15"),
     M(R, "Friday", D, "who21", "2023-04-21"),
     M(R, "11 attacks", N, "attacks", 11),
     M(R, "more than 400 people", N, "dead", 400, APR21, qual="morethan", src=MOH),
     M(R, "about 3,500", N, "injured", 3500, APR21, qual="approx", src=MOH),
     M(R, "130", N, "dead_khartoum", 130, APR21),
     M(R, "1,900", N, "inj_khartoum", 1900, APR21),
     M(R, "at least nine children", N, "children_dead", 9, APR21, qual="atleast"),
     M(R, "more than 50", N, "children_inj", 50, APR21, qual="morethan"),
     M(R, "some 50,000", N, "malnourished", 50000, qual="approx"),
     M(R, "between 10,000 and 20,000 people", N, "fled_chad", 10000, APR21, qual="atleast"),
     M(R, "about 400,000", N, "chad_refugees", 400000, qual="approx"),
     M(R, "185 dead", N, "dead", 185, APR17, src=UN),
     M(R, "Monday", D, "perthes", "2023-04-17"),
     M(R, "Thursday", D, "guterres", "2023-04-20"),
     M(R, "at least three days", N, "truce_call", 3, qual="atleast", cls="dur"),
     M(R, "72-hour", N, "rsf_truce", 72, cls="hours"),

     M(T, "460 orang", N, "dead", 460, APR25, src=MOH),
     M(T, "4.063 orang", N, "injured", 4063, APR25, src=MOH),
     M(T, "Selasa (25/4/2023)", D, "asof25", "2023-04-25"),
     M(T, "459 orang", N, "dead", 459, APR25, src=WHO),
     M(T, "4.072 orang", N, "injured", 4072, APR25, src=WHO),
     M(T, "lebih dari 600 korban tewas", N, "dead", 600, APR23, qual="morethan", src=MOH),
     M(T, "413 korban tewas", N, "dead", 413, APR21, src=WHO),
     M(T, "3.515 orang", N, "injured", 3515, APR21, src=WHO, planted=True),
     M(T, "Jumat (21/4/2023)", D, "who21", "2023-04-21"),
     M(T, "72 jam", N, "truce", 72, cls="hours"),
     M(T, "Senin (24/4/2023)", D, "truce_ann", "2023-04-24"),
     M(T, "hingga 270.000 orang", N, "could_flee", 270000),
     M(T, "Sabtu (15/4/2023)", D, "outbreak", "2023-04-15"),

     M(A, "Thursday", D, "signed", "2023-05-11"),
     M(A, "May 6", D, "talks", "2023-05-06"),
     M(A, "more than 600 people", N, "dead", 600, MAY12, qual="morethan", src=WHO),
     M(A, "more than 5,000", N, "injured", 5000, MAY12, qual="morethan", src=WHO),
     M(A, "April 14", D, "outbreak", "2023-04-14", planted=True),
     M(A, "April 27", D, "moh27", "2023-04-27"),
     M(A, "528 dead", N, "dead", 528, APR27, src=MOH),
     M(A, "4,599 wounded", N, "injured", 4599, APR27, src=MOH),
     M(A, "May 1", D, "doc2", "2023-05-01"),
     M(A, "436 civilians", N, "civ_dead", 436, MAY01, src=DOC),
     M(A, "2,174 wounded", N, "civ_inj", 2174, MAY01, src=DOC),
     M(A, "more than 700,000 people", N, "displaced", 700000, MAY12, qual="morethan"),
     M(A, "more than 150,000", N, "fled_abroad", 150000, MAY12, qual="morethan"),
     M(A, "72-hour", N, "truce", 72, cls="hours"),
     M(A, "April 25", D, "truce_start", "2023-04-25"),
     M(A, "October 2021", D, "coup", "2021-10"),
    ]
    build("sudan-fighting-2023", "The outbreak of fighting between Sudan's army and the Rapid Support Forces (Saturday "
          "15 April 2023): the UN envoy's 185 dead on Monday 17 April, the WHO's 413 dead and 3,551 injured on Friday 21 "
          "April, the health ministry's reported 'more than 600' of the weekend revised to 460 on Tuesday 25 April (the "
          "WHO's 459 the same day) and 528 through 27 April, the WHO's 'more than 600' by 12 May; the doctors' "
          "committee's civilians 56 -> 436; the 72-hour truce announced on 24 April and in force from 25 April; the "
          "Jeddah talks from 6 May and the declaration of Thursday 11 May 2023", False, ms, names)


def mogadishu():
    N30, R31, K03, A22 = "antara-oct30", "reuters-oct31", "kompas-nov03", "ap-nov22"
    # as-of times: Saturday 29 October 2022 evening (the first reports' "at least 30"), Sunday 30 October (the
    # president's 100 dead and 300 wounded), Monday 31 October (the government's 121 dead and 333 wounded; the later
    # articles repeat that count, credited to the government, so they carry its as-of time). The dead and the wounded
    # do not fall.
    SAT, SUN, MON = "2022-10-29", "2022-10-30", "2022-10-31"
    names = {
     "dead": "people killed by the two bombs", "injured": "people wounded by the two bombs",
     # dates
     "attack": "day of the bombings", "pres_count": "day of the president's count", "claim": "day al-Shabaab "
     "claimed the attack", "gov_count": "day of the government's count of 121", "dudishe": "day the police "
     "spokesman spoke", "insurgency": "year the insurgency began", "handover": "year of the security handover",
    }
    ms = [
     M(N30, "sedikitnya 100 orang", N, "dead", 100, SUN, qual="atleast"),
     M(N30, "300 orang", N, "injured", 300, SUN),
     M(N30, "Sabtu (29/10/2022)", D, "attack", "2022-10-29"),
     M(N30, "Minggu (30/10/2022)", D, "pres_count", "2022-10-30"),
     M(N30, "sedikitnya 30 orang", N, "dead", 30, SAT, qual="atleast"),
     M(N30, "Minggu", D, "claim", "2022-10-30", occ=2),

     M(R31, "121", N, "dead", 121, MON),
     M(R31, "333 wounded", N, "injured", 333, MON),
     M(R31, "Saturday", D, "attack", "2022-10-29"),
     M(R31, "Monday", D, "gov_count", "2022-10-31"),
     M(R31, "Sunday", D, "pres_count", "2022-10-30"),
     M(R31, "at least 100 people", N, "dead", 100, SUN, qual="atleast"),
     M(R31, "300 wounded", N, "injured", 300, SUN),
     M(R31, "Saturday", D, "dudishe", "2022-10-29", occ=3),
     M(R31, "Sunday", D, "claim", "2022-10-30", occ=2),
     M(R31, "2007", D, "insurgency", "2007"),
     M(R31, "2024", D, "handover", "2024"),

     M(K03, "121 orang", N, "dead", 121, MON),
     M(K03, "333 orang", N, "injured", 333, MON),
     M(K03, "Senin (31/10/2022)", D, "gov_count", "2022-10-31"),
     M(K03, "Minggu (30/10/2022)", D, "pres_count", "2022-10-30"),
     M(K03, "sedikitnya 100 orang", N, "dead", 100, SUN, qual="atleast"),
     M(K03, "300 orang", N, "injured", 300, SUN),
     M(K03, "Jumat (28/10/2022)", D, "attack", "2022-10-28", planted=True),
     M(K03, "2007", D, "insurgency", "2007"),

     M(A22, "Oct. 29", D, "attack", "2022-10-29"),
     M(A22, "at least 121 people", N, "dead", 121, MON, qual="atleast"),
     M(A22, "323", N, "injured", 323, MON, planted=True),
     M(A22, "Oct. 30", D, "claim", "2022-10-30"),
     M(A22, "2007", D, "insurgency", "2007"),
    ]
    build("mogadishu-ministry-bombing-2022", "The twin car bombings at Somalia's education ministry in Mogadishu "
          "(Saturday 29 October 2022): at least 30 dead in the first reports on Saturday evening, the president's at "
          "least 100 dead and 300 wounded on Sunday 30 October, the government's 121 dead and 333 wounded on Monday 31 "
          "October; al-Shabaab's claim on Sunday 30 October", False, ms, names)


def referendum():
    R, K, T, A = "reuters-feb07", "kompas-feb08", "tempo-feb09", "ap-feb10"
    names = {
     "sep_pct": "share of votes for separation", "sep_votes": "votes for separation", "unity_votes": "votes for unity",
     "unity_pct": "share of votes for unity", "turnout": "turnout", "threshold": "turnout needed for validity",
     "war_dead": "dead in the north-south civil war", "oil": "share of Sudan's oil from the south",
     # dates
     "announce": "day the final results were announced", "vote_start": "first day of voting",
     "vote_end": "last day of voting", "indep": "day of independence", "peace": "year of the peace deal",
     "war_start": "year the civil war began",
    }
    ms = [
     M(R, "98.83 percent", N, "sep_pct", 98.83, cls="pct"),
     M(R, "Monday", D, "announce", "2011-02-07"),
     M(R, "3,792,518", N, "sep_votes", 3792518),
     M(R, "44,888", N, "unity_votes", 44888),
     M(R, "1.17 percent", N, "unity_pct", 1.17, cls="pct"),
     M(R, "97.58 percent", N, "turnout", 97.58, cls="pct"),
     M(R, "60 percent", N, "threshold", 60, cls="pct"),
     M(R, "Jan. 9", D, "vote_start", "2011-01-09"),
     M(R, "Jan. 15", D, "vote_end", "2011-01-15"),
     M(R, "July 9", D, "indep", "2011-07-09"),
     M(R, "2005", D, "peace", "2005"),
     M(R, "About 2 million people", N, "war_dead", 2000000, qual="approx"),
     M(R, "1983", D, "war_start", "1983"),
     M(R, "July", D, "indep", "2011-07", occ=2),
     M(R, "about three-quarters", N, "oil", 75, qual="approx", cls="pct"),

     M(K, "Senin (7/2/2011)", D, "announce", "2011-02-07"),
     M(K, "98,83 persen", N, "sep_pct", 98.83, cls="pct"),
     M(K, "3.792.518 suara", N, "sep_votes", 3792518),
     M(K, "44.888 suara", N, "unity_votes", 44888),
     M(K, "1,17 persen", N, "unity_pct", 1.17, cls="pct"),
     M(K, "97,58 persen", N, "turnout", 97.58, cls="pct"),
     M(K, "60 persen", N, "threshold", 60, cls="pct"),
     M(K, "9 Januari", D, "vote_start", "2011-01-09"),
     M(K, "15 Januari 2011", D, "vote_end", "2011-01-15"),
     M(K, "9 Juli 2011", D, "indep", "2011-07-09"),
     M(K, "2005", D, "peace", "2005"),
     M(K, "1983", D, "war_start", "1983"),
     M(K, "sekitar 2 juta orang", N, "war_dead", 2000000, qual="approx"),

     M(T, "Senin (7/2/2011)", D, "announce", "2011-02-07"),
     M(T, "hampir 99 persen", N, "sep_pct", 99, qual="nearly", cls="pct"),
     M(T, "3.792.518 pemilih", N, "sep_votes", 3792518),
     M(T, "98,83 persen", N, "sep_pct", 98.83, cls="pct"),
     M(T, "44.888 suara", N, "unity_votes", 44888),
     M(T, "97,58 persen", N, "turnout", 97.58, cls="pct"),
     M(T, "60 persen", N, "threshold", 60, cls="pct"),
     M(T, "2005", D, "peace", "2005"),
     M(T, "9 Juli 2011", D, "indep", "2011-07-09"),
     M(T, "tiga perempat", N, "oil", 75, qual="approx", cls="pct"),
     M(T, "1983", D, "war_start", "1983"),
     M(T, "sekitar 2 juta orang", N, "war_dead", 2000000, qual="approx"),

     M(A, "98.83 percent", N, "sep_pct", 98.83, cls="pct"),
     M(A, "Monday", D, "announce", "2011-02-07"),
     M(A, "3,792,518", N, "sep_votes", 3792518),
     M(A, "44,888", N, "unity_votes", 44888),
     M(A, "1.17 percent", N, "unity_pct", 1.17, cls="pct"),
     M(A, "Nearly 98 percent", N, "turnout", 98, qual="nearly", cls="pct"),
     M(A, "60 percent", N, "threshold", 60, cls="pct"),
     M(A, "Jan. 9", D, "vote_start", "2011-01-09"),
     M(A, "Jan. 15", D, "vote_end", "2011-01-15"),
     M(A, "2005", D, "peace", "2005"),
     M(A, "1983", D, "war_start", "1983"),
     M(A, "about 2 million people", N, "war_dead", 2000000, qual="approx"),
     M(A, "July 9", D, "indep", "2011-07-09"),
     M(A, "About three-quarters", N, "oil", 75, qual="approx", cls="pct"),
    ]
    build("south-sudan-referendum-2011", "The final results of southern Sudan's independence referendum (control), "
          "announced by the referendum commission on Monday 7 February 2011: 98.83% (3,792,518 votes) for separation, "
          "44,888 (1.17%) for unity, turnout 97.58% against the 60% needed, the vote of 9-15 January 2011, independence "
          "due on 9 July 2011, the 2005 peace deal, the civil war since 1983 (about 2 million dead), about three-quarters "
          "of the oil in the south. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    sudan()
    mogadishu()
    referendum()
