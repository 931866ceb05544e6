"""The four-hundred-and-sixteenth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset416/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def blasts():
    R, K, A, P = "reuters-mar15", "kompas-mar17", "antara-mar19", "ap-jun16"
    # as-of times of the running tallies: Saturday 15 March 2008 in the evening (at least 5 dead, more than 200
    # injured), Sunday 16 March (11 dead, 302 injured, 4 missing), Tuesday 18 March (14 dead; the injured revised down
    # to 289 after double listings; 1 missing; the houses counted), Monday 16 June (26 dead). The houses damaged: the
    # government commission's 2,306 against the Vore municipality's "more than 3,000" (sources). The dead do not fall;
    # the missing may (found or identified).
    SAT, SUN, TUE, JUN = "2008-03-15", "2008-03-16", "2008-03-18", "2008-06-16"
    GOV, VORE = "the government commission", "the Vore municipality"
    names = {
     "dead": "people killed by the blasts", "injured": "people injured", "missing": "workers missing",
     "evacuated": "residents moved away", "tonnes": "ammunition stored at the depot (tonnes)",
     "dist": "distance of the depot from Tirana (km)", "windows": "distance at which windows broke (km)",
     "destroyed": "houses destroyed", "damaged": "houses damaged",
     "hosp_deaths": "burn victims who died in hospital by 18 March",
     # dates
     "blast": "day of the explosions", "count_sun": "day of the count of 11", "count_tue": "day of the count of 14",
     "resign": "day the defence minister resigned", "mourning": "day of national mourning",
     "blasts_end": "day the blasts died down",
    }
    ms = [
     M(R, "Saturday", D, "blast", "2008-03-15"),
     M(R, "at least five people", N, "dead", 5, SAT, qual="atleast"),
     M(R, "more than 200", N, "injured", 200, SAT, qual="morethan"),
     M(R, "15 km", N, "dist", 15, cls="km"),
     M(R, "at least five people", N, "dead", 5, SAT, qual="atleast", occ=2),
     M(R, "more than 200", N, "injured", 200, SAT, qual="morethan", occ=2),
     M(R, "about 4,000 residents", N, "evacuated", 4000, qual="approx"),
     M(R, "5 km", N, "windows", 5, cls="km"),
     M(R, "roughly 1,400 tonnes", N, "tonnes", 1400, qual="approx", cls="t"),

     M(K, "11 orang", N, "dead", 11, SUN),
     M(K, "Minggu (16/3/2008)", D, "count_sun", "2008-03-16"),
     M(K, "302 orang", N, "injured", 302, SUN),
     M(K, "4 pekerja", N, "missing", 4, SUN, fall=True),
     M(K, "Sabtu (15/3/2008)", D, "blast", "2008-03-15"),
     M(K, "15 kilometer", N, "dist", 15, cls="km"),
     M(K, "Senin (17/3/2008)", D, "resign", "2008-03-17"),
     M(K, "Senin (17/3/2008)", D, "mourning", "2008-03-17", occ=2),
     M(K, "Sekitar 4.000 warga", N, "evacuated", 4000, qual="approx"),
     M(K, "sekitar 1.400 ton", N, "tonnes", 1400, qual="approx", cls="t"),

     M(A, "14 orang", N, "dead", 14, TUE),
     M(A, "Selasa (18/3/2008)", D, "count_tue", "2008-03-18"),
     M(A, "tiga korban luka bakar", N, "hosp_deaths", 3),
     M(A, "289 orang", N, "injured", 289, TUE),
     M(A, "Satu pekerja", N, "missing", 1, TUE, fall=True),
     M(A, "318 rumah", N, "destroyed", 318, TUE, src=GOV),
     M(A, "2.036 rumah", N, "damaged", 2036, TUE, src=GOV, planted=True),
     M(A, "Sabtu (15/3/2008)", D, "blast", "2008-03-15"),
     M(A, "lebih dari 3.000 rumah", N, "damaged", 3000, TUE, qual="morethan", src=VORE),
     M(A, "Minggu", D, "blasts_end", "2008-03-16"),
     M(A, "Senin (17/3/2008)", D, "resign", "2008-03-17"),

     M(P, "March 16", D, "blast", "2008-03-16", planted=True),
     M(P, "26", N, "dead", 26, JUN),
     M(P, "at least five", N, "dead", 5, SAT, qual="atleast"),
     M(P, "14", N, "dead", 14, TUE),
     M(P, "March 18", D, "count_tue", "2008-03-18"),
     M(P, "318 homes", N, "destroyed", 318, TUE, src=GOV),
     M(P, "2,306", N, "damaged", 2306, TUE, src=GOV),
     M(P, "more than 3,000", N, "damaged", 3000, TUE, qual="morethan", src=VORE),
     M(P, "March 17", D, "resign", "2008-03-17"),
     M(P, "about 1,400 tonnes", N, "tonnes", 1400, qual="approx", cls="t"),
    ]
    build("gerdec-blasts-2008", "The explosions at the army ammunition depot at Gerdec, about 15 km northwest of "
          "Tirana, on Saturday 15 March 2008 around noon, where old munitions were being dismantled: at least 5 dead "
          "and more than 200 injured on the first evening, 11 dead and 302 injured on Sunday 16 March, 14 dead on "
          "Tuesday 18 March with the injured revised down to 289 after double listings, 26 dead by mid-June; the "
          "missing falling from 4 to 1; about 4,000 residents moved away; about 1,400 tonnes of ammunition stored; "
          "318 houses destroyed and 2,306 damaged by the government commission's count against more than 3,000 "
          "damaged by the Vore municipality's (sources); the defence minister Fatmir Mediu resigned on Monday 17 "
          "March, the day of national mourning", False, ms, names)


def referendum():
    RE, AN, KO, TE = "reuters-jan22", "antara-jan23", "kompas-mar10", "tempo-jul01"
    # as-of times of the count: the state electoral commission's preliminary result on the night of Sunday 22
    # January 2012 (66.25% for, 33.15% against) and its official result (66.27% for, 33.13% against; turnout
    # 43.51%), dated by the day of its certification a few days later: the yes share rises (update), the no share
    # falls (revision). The turnout is one fact ("about 43.5" on the night, 43.51 officially: compatible); the old
    # 50% turnout rule, the 151 seats, the 136 votes of the ratification and the 12 seats in the European Parliament
    # are other facts.
    PRE, FIN = "2012-01-22", "2012-01-26"
    names = {
     "yes_pct": "share for membership (%)", "no_pct": "share against membership (%)", "turnout": "turnout (%)",
     "old_quorum": "the turnout once required (%)", "pop": "Croatia's population",
     "ratify_votes": "votes for ratification in parliament", "seats": "seats in the Croatian parliament",
     "meps": "Croatia's seats in the European Parliament",
     # dates
     "vote": "day of the referendum", "treaty": "day the accession treaty was signed",
     "accession": "day Croatia joined", "ratify": "day parliament ratified the treaty",
    }
    ms = [
     M(RE, "Sunday", D, "vote", "2012-01-22"),
     M(RE, "66.25 percent", N, "yes_pct", 66.25, PRE, cls="pct"),
     M(RE, "35.15 percent", N, "no_pct", 35.15, PRE, cls="pct", planted=True),
     M(RE, "about 43.5 percent", N, "turnout", 43.5, qual="approx", cls="pct"),
     M(RE, "Dec. 9", D, "treaty", "2011-12-09"),
     M(RE, "July 1, 2013", D, "accession", "2013-07-01"),
     M(RE, "about 4.3 million people", N, "pop", 4.3, qual="approx", cls="people"),

     M(AN, "66,25 persen", N, "yes_pct", 66.25, PRE, cls="pct"),
     M(AN, "Minggu (22/1/2012)", D, "vote", "2012-01-22"),
     M(AN, "33,15 persen", N, "no_pct", 33.15, PRE, cls="pct"),
     M(AN, "sekitar 43,5 persen", N, "turnout", 43.5, qual="approx", cls="pct"),
     M(AN, "50 persen", N, "old_quorum", 50, cls="pct"),
     M(AN, "Jumat (9/12/2011)", D, "treaty", "2011-12-09"),
     M(AN, "sekitar 4,3 juta jiwa", N, "pop", 4.3, qual="approx", cls="people"),
     M(AN, "1 Juli 2013", D, "accession", "2013-07-01"),

     M(KO, "Jumat (9/3/2012)", D, "ratify", "2012-03-09"),
     M(KO, "136 suara", N, "ratify_votes", 136, cls="seats"),
     M(KO, "151 kursi", N, "seats", 151, cls="seats"),
     M(KO, "Minggu (22/1/2012)", D, "vote", "2012-01-22"),
     M(KO, "66,27 persen", N, "yes_pct", 66.27, FIN, cls="pct"),
     M(KO, "33,13 persen", N, "no_pct", 33.13, FIN, cls="pct"),
     M(KO, "43,51 persen", N, "turnout", 43.51, cls="pct"),
     M(KO, "Jumat (9/12/2011)", D, "treaty", "2011-12-09"),
     M(KO, "1 Juli 2013", D, "accession", "2013-07-01"),

     M(TE, "Senin (1/7/2013)", D, "accession", "2013-07-01"),
     M(TE, "Jumat (9/12/2011)", D, "treaty", "2011-12-09"),
     M(TE, "Minggu (22/1/2012)", D, "vote", "2012-01-22"),
     M(TE, "66,27 persen", N, "yes_pct", 66.27, FIN, cls="pct"),
     M(TE, "33,13 persen", N, "no_pct", 33.13, FIN, cls="pct"),
     M(TE, "43,51 persen", N, "turnout", 43.51, cls="pct"),
     M(TE, "Jumat (9/3/2012)", D, "ratify", "2012-03-09"),
     M(TE, "126 suara", N, "ratify_votes", 126, cls="seats", planted=True),
     M(TE, "sekitar 4,3 juta jiwa", N, "pop", 4.3, qual="approx", cls="people"),
     M(TE, "12 anggota", N, "meps", 12, cls="seats"),
    ]
    build("croatia-eu-referendum-2012", "Croatia's way into the European Union: the accession treaty signed in "
          "Brussels on Friday 9 December 2011; the referendum of Sunday 22 January 2012, 66.25% for and 33.15% "
          "against by the state electoral commission's preliminary result on the night and 66.27% for and 33.13% "
          "against in the official result, turnout 43.51% (no minimum turnout since the 2010 constitutional change, "
          "which dropped the 50% rule); the treaty ratified by parliament (151 seats) with 136 votes for and none "
          "against on Friday 9 March 2012; membership from Monday 1 July 2013, with 12 seats in the European "
          "Parliament; a country of about 4.3 million people", False, ms, names)


def census():
    RC, KC, AC, BC = "reuters-jun30", "kompas-jul01", "antara-jul02", "balkaninsight-jul04"
    names = {
     "pop": "population in the 2013 census", "pop1991": "population in the 1991 census",
     "decline": "fall in population since 1991", "decline_pct": "fall in population since 1991 (%)",
     "bosniak": "Bosniaks (%)", "serb": "Serbs (%)", "croat": "Croats (%)", "muslim": "Muslims (%)",
     "orthodox": "Orthodox (%)", "catholic": "Catholics (%)", "fed": "population of the Federation",
     "rs": "population of Republika Srpska", "brcko": "population of the Brcko district",
     "war_dead": "people killed in the 1992-95 war",
     # dates
     "release": "day the results were published", "start": "first day of the census", "end": "last day of the census",
    }
    P, C = "people", "pct"
    ms = [
     M(RC, "3,531,159", N, "pop", 3531159, cls=P),
     M(RC, "Thursday", D, "release", "2016-06-30"),
     M(RC, "4,377,033", N, "pop1991", 4377033, cls=P),
     M(RC, "about 19 percent", N, "decline_pct", 19, qual="approx", cls=C),
     M(RC, "50.11 percent", N, "bosniak", 50.11, cls=C),
     M(RC, "30.78 percent", N, "serb", 30.78, cls=C),
     M(RC, "15.43 percent", N, "croat", 15.43, cls=C),
     M(RC, "Oct. 1", D, "start", "2013-10-01"),
     M(RC, "Oct. 15, 2013", D, "end", "2013-10-15"),
     M(RC, "2,219,220", N, "fed", 2219220, cls=P),
     M(RC, "1,228,423", N, "rs", 1228423, cls=P),
     M(RC, "83,516", N, "brcko", 83516, cls=P),
     M(RC, "50.7 percent", N, "muslim", 50.7, cls=C),
     M(RC, "30.75 percent", N, "orthodox", 30.75, cls=C),
     M(RC, "15.19 percent", N, "catholic", 15.19, cls=C),

     M(KC, "3.531.159 jiwa", N, "pop", 3531159, cls=P),
     M(KC, "Kamis (30/6/2016)", D, "release", "2016-06-30"),
     M(KC, "hampir 850.000 orang", N, "decline", 850000, qual="nearly", cls=P),
     M(KC, "4.377.033 jiwa", N, "pop1991", 4377033, cls=P),
     M(KC, "50,11 persen", N, "bosniak", 50.11, cls=C),
     M(KC, "30,78 persen", N, "serb", 30.78, cls=C),
     M(KC, "15,43 persen", N, "croat", 15.43, cls=C),
     M(KC, "1 Oktober", D, "start", "2013-10-01"),
     M(KC, "15 Oktober 2013", D, "end", "2013-10-15"),
     M(KC, "50,7 persen", N, "muslim", 50.7, cls=C),
     M(KC, "30,75 persen", N, "orthodox", 30.75, cls=C),
     M(KC, "15,19 persen", N, "catholic", 15.19, cls=C),

     M(AC, "Kamis (30/6/2016)", D, "release", "2016-06-30"),
     M(AC, "3.531.159 jiwa", N, "pop", 3531159, cls=P),
     M(AC, "845.874 orang", N, "decline", 845874, cls=P),
     M(AC, "sekitar 19,3 persen", N, "decline_pct", 19.3, qual="approx", cls=C),
     M(AC, "4.377.033 jiwa", N, "pop1991", 4377033, cls=P),
     M(AC, "2.219.220 jiwa", N, "fed", 2219220, cls=P),
     M(AC, "1.228.423 jiwa", N, "rs", 1228423, cls=P),
     M(AC, "83.516 jiwa", N, "brcko", 83516, cls=P),
     M(AC, "50,11 persen", N, "bosniak", 50.11, cls=C),
     M(AC, "30,78 persen", N, "serb", 30.78, cls=C),
     M(AC, "15,43 persen", N, "croat", 15.43, cls=C),
     M(AC, "1 Oktober", D, "start", "2013-10-01"),
     M(AC, "15 Oktober 2013", D, "end", "2013-10-15"),
     M(AC, "sekitar 100.000 orang", N, "war_dead", 100000, qual="approx", cls=P),

     M(BC, "3,531,159", N, "pop", 3531159, cls=P),
     M(BC, "Thursday, June 30", D, "release", "2016-06-30"),
     M(BC, "845,874", N, "decline", 845874, cls=P),
     M(BC, "4,377,033", N, "pop1991", 4377033, cls=P),
     M(BC, "50.11 percent", N, "bosniak", 50.11, cls=C),
     M(BC, "30.78 percent", N, "serb", 30.78, cls=C),
     M(BC, "15.43 percent", N, "croat", 15.43, cls=C),
     M(BC, "50.7 percent", N, "muslim", 50.7, cls=C),
     M(BC, "30.75 percent", N, "orthodox", 30.75, cls=C),
     M(BC, "15.19 percent", N, "catholic", 15.19, cls=C),
     M(BC, "2,219,220", N, "fed", 2219220, cls=P),
     M(BC, "1,228,423", N, "rs", 1228423, cls=P),
     M(BC, "83,516", N, "brcko", 83516, cls=P),
     M(BC, "Oct. 1", D, "start", "2013-10-01"),
     M(BC, "Oct. 15, 2013", D, "end", "2013-10-15"),
    ]
    build("bosnia-census-2016", "The results of Bosnia and Herzegovina's 2013 census (taken from 1 to 15 October 2013), "
          "published by the state statistics agency on Thursday 30 June 2016 (control): 3,531,159 residents against "
          "4,377,033 in 1991 (845,874 fewer, about 19.3%); Bosniaks 50.11%, Serbs 30.78%, Croats 15.43%; Muslims "
          "50.7%, Orthodox 30.75%, Catholics 15.19%; the Federation 2,219,220, Republika Srpska 1,228,423, the Brcko "
          "district 83,516. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    blasts()
    referendum()
    census()
