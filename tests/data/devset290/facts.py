"""The two-hundred-and-ninetieth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset290/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def minsk():
    R, K, T, A = "reuters-apr12", "kompas-apr13", "detik-apr15", "ap-dec1"
    # as-of times of the running tallies: late on Monday 11 April 2011 (11 dead), Tuesday 12 April (12 dead, 204
    # injured), Wednesday 13 April (13 dead), Friday 15 April (still 13), the verdict of Wednesday 30 November (15 dead
    # in all). The dead and the injured do not fall. The blast (Monday 11 April), the trial's opening (Thursday 15
    # September) and the verdict (Wednesday 30 November) are different events, as are the day of mourning, the day the
    # arrests were announced and the suspects' confessions; the 2008 concert blast and the 2005 Vitebsk blasts are
    # other events.
    MONN, TUE, WED, FRI, FINAL = "2011-04-11b", "2011-04-12", "2011-04-13", "2011-04-15", "2011-11-30"
    names = {
     "dead": "people killed by the metro bomb", "injured": "people injured by the metro bomb",
     "tnt": "the bomb's force (kg of TNT, lower bound)", "suspects": "main suspects", "age": "the suspects' age",
     "inj2008": "people injured in the 2008 concert blast", "vit_blasts": "blasts in Vitebsk in 2005",
     # dates
     "blast": "day of the metro bombing", "asof_tue": "day of the count of 12 dead and 204 injured",
     "count_mon": "day of the first count of 11", "mourning": "the day of mourning",
     "asof_wed": "day of the count of 13", "arrests": "day the arrests were announced",
     "indep": "year of independence", "confess": "day the confessions were announced",
     "blast2008": "day of the 2008 concert blast", "vitebsk": "the Vitebsk blasts of 2005",
     "verdict": "day of the verdict", "trial": "day the trial opened",
    }
    ms = [
     M(R, "12", N, "dead", 12, TUE),
     M(R, "Tuesday", D, "asof_tue", "2011-04-12"),
     M(R, "Monday", D, "blast", "2011-04-11"),
     M(R, "11", N, "dead", 11, MONN),
     M(R, "Monday", D, "count_mon", "2011-04-11", occ=2),
     M(R, "204 people", N, "injured", 204, TUE),
     M(R, "5 to 7 kilograms", N, "tnt", 5, cls="kg"),
     M(R, "Wednesday", D, "mourning", "2011-04-13"),
     M(R, "July 4, 2008", D, "blast2008", "2008-07-04"),
     M(R, "about 50 people", N, "inj2008", 50, qual="approx"),

     M(K, "13 orang", N, "dead", 13, WED),
     M(K, "Rabu (13/4/2011)", D, "asof_wed", "2011-04-13"),
     M(K, "Selasa (12/4/2011)", D, "asof_tue", "2011-04-12"),
     M(K, "12 orang", N, "dead", 12, TUE),
     M(K, "204 orang", N, "injured", 204, TUE),
     M(K, "Senin (11/4/2011)", D, "blast", "2011-04-11"),
     M(K, "Pada Rabu", D, "arrests", "2011-04-13"),
     M(K, "dua pria", N, "suspects", 2),
     M(K, "25 tahun", N, "age", 25, cls="age"),
     M(K, "5 hingga 7 kilogram", N, "tnt", 5, cls="kg"),
     M(K, "Rabu", D, "mourning", "2011-04-13", occ=3),
     M(K, "1991", D, "indep", "1991"),

     M(T, "Dua tersangka utama", N, "suspects", 2),
     M(T, "Jumat (15/4/2011)", D, "confess", "2011-04-15"),
     M(T, "13 orang", N, "dead", 13, FRI),
     M(T, "Selasa (12/4)", D, "asof_tue", "2011-04-12"),
     M(T, "240 orang", N, "injured", 240, TUE, planted=True),
     M(T, "Senin (11/4/2011)", D, "blast", "2011-04-11"),
     M(T, "25 tahun", N, "age", 25, cls="age"),
     M(T, "4 Juli 2008", D, "blast2008", "2008-07-04"),
     M(T, "sekitar 50 orang", N, "inj2008", 50, qual="approx"),
     M(T, "dua ledakan", N, "vit_blasts", 2),
     M(T, "September 2005", D, "vitebsk", "2005-09"),

     M(A, "Wednesday", D, "verdict", "2011-11-30"),
     M(A, "25-year-old", N, "age", 25, cls="age"),
     M(A, "15 people", N, "dead", 15, FINAL),
     M(A, "April 12", D, "blast", "2011-04-12", planted=True),
     M(A, "Sept. 15", D, "trial", "2011-09-15"),
     M(A, "July 4, 2008", D, "blast2008", "2008-07-04"),
     M(A, "about 50 people", N, "inj2008", 50, qual="approx"),
     M(A, "two blasts", N, "vit_blasts", 2),
     M(A, "2005", D, "vitebsk", "2005"),
    ]
    build("minsk-metro-2011", "The bombing of Kastrychnitskaya metro station in Minsk, Belarus (Monday 11 April 2011, "
          "about 17.56 local time): 11 dead late on Monday, 12 dead and 204 injured on Tuesday 12 April, 13 dead on "
          "Wednesday 13 April and still on Friday 15 April, 15 in all; a bomb of 5 to 7 kg of TNT; two 25-year-old "
          "suspects from Vitebsk, their trial opened on Thursday 15 September and the Supreme Court sentenced them to "
          "death on Wednesday 30 November 2011; the concert blast of 4 July 2008 (about 50 injured) and two Vitebsk "
          "blasts of 2005", False, ms, names)


def estonia():
    R, K, P, A = "reuters-sep28", "kompas-sep30", "republika-oct5", "ap-feb24"
    # as-of times of the running tallies: Wednesday evening 28 September 1994 (140 survivors, 41 bodies), Thursday 29
    # September (survivors corrected down to 137 for names counted twice, 57 bodies), Tuesday 4 October (94 bodies,
    # 137 survivors), the treaty of Thursday 23 February 1995 (137, 94). The survivors' correction is a revision.
    # The number aboard comes from three sources: Estline's passenger list (964), the Swedish police's count (more than
    # 1,000) and the three governments' investigators (989, of whom 803 passengers and 186 crew); the dead from the
    # Swedish police (more than 800 dead or missing) and the investigators (852): sources.
    WED, THU, TUE4, FEB = "1994-09-28", "1994-09-29", "1994-10-04", "1995-02-23"
    EST, POL, COM = "Estline's passenger list", "the Swedish police", "the joint commission"
    names = {
     "survivors": "survivors", "bodies": "bodies recovered", "aboard": "people aboard", "dead": "people killed",
     "passengers": "passengers aboard", "crew": "crew aboard", "swedes": "Swedes killed",
     "waves": "wave height (m)", "depth": "depth of the wreck (m)",
     # dates
     "sank": "day the ferry sank", "count_wed": "day of the first count of 140", "depart": "day the ferry left Tallinn",
     "built": "year the ferry was built", "asof_thu": "day the survivors were corrected",
     "commission": "day the joint commission was agreed", "visor": "day the commission spoke of the visor",
     "treaty": "day the grave treaty was signed", "decision": "day Sweden decided not to raise the wreck",
    }
    ms = [
     M(R, "Wednesday", D, "sank", "1994-09-28"),
     M(R, "140 people", N, "survivors", 140, WED),
     M(R, "Wednesday evening", D, "count_wed", "1994-09-28"),
     M(R, "964 people", N, "aboard", 964, src=EST),
     M(R, "41 bodies", N, "bodies", 41, WED),
     M(R, "six metres", N, "waves", 6, cls="m"),
     M(R, "1980", D, "built", "1980"),
     M(R, "Tuesday evening", D, "depart", "1994-09-27"),

     M(K, "137 orang", N, "survivors", 137, THU),
     M(K, "Kamis (29/9/1994)", D, "asof_thu", "1994-09-29"),
     M(K, "Rabu malam", D, "count_wed", "1994-09-28"),
     M(K, "140 orang", N, "survivors", 140, WED),
     M(K, "lebih dari 1.000 orang", N, "aboard", 1000, qual="morethan", src=POL),
     M(K, "964 orang", N, "aboard", 964, src=EST),
     M(K, "57 jenazah", N, "bodies", 57, THU),
     M(K, "Selasa (27/9/1994)", D, "sank", "1994-09-27", planted=True),
     M(K, "enam meter", N, "waves", 6, cls="m"),
     M(K, "Kamis", D, "commission", "1994-09-29", occ=3),

     M(P, "Selasa (4/10/1994)", D, "visor", "1994-10-04"),
     M(P, "94 jenazah", N, "bodies", 94, TUE4),
     M(P, "137 orang", N, "survivors", 137, TUE4),
     M(P, "946 orang", N, "aboard", 946, src=EST, planted=True),
     M(P, "lebih dari 1.000 orang", N, "aboard", 1000, qual="morethan", src=POL),
     M(P, "lebih dari 800 orang", N, "dead", 800, TUE4, qual="morethan", src=POL),
     M(P, "Rabu (28/9/1994)", D, "sank", "1994-09-28"),
     M(P, "sekitar 80 meter", N, "depth", 80, qual="approx", cls="m"),

     M(A, "Thursday", D, "treaty", "1995-02-23"),
     M(A, "Sept. 28, 1994", D, "sank", "1994-09-28"),
     M(A, "about 80 meters", N, "depth", 80, qual="approx", cls="m"),
     M(A, "989", N, "aboard", 989, src=COM),
     M(A, "803 passengers", N, "passengers", 803),
     M(A, "186 crew", N, "crew", 186),
     M(A, "852 people", N, "dead", 852, FEB, src=COM),
     M(A, "137 people", N, "survivors", 137, FEB),
     M(A, "94 bodies", N, "bodies", 94, FEB),
     M(A, "Dec. 15", D, "decision", "1994-12-15"),
     M(A, "501 Swedes", N, "swedes", 501),
    ]
    build("estonia-ferry-1994", "The sinking of the ferry Estonia off the Finnish island of Utö (early on Wednesday 28 "
          "September 1994, on the crossing from Tallinn to Stockholm): 140 survivors and 41 bodies on Wednesday "
          "evening, the survivors corrected down to 137 on Thursday 29 September (57 bodies), 94 bodies by Tuesday 4 "
          "October; the number aboard by Estline's list (964), the Swedish police (more than 1,000) and the joint "
          "commission (989: 803 passengers, 186 crew); 852 dead by the commission, more than 800 dead or missing by "
          "the police; Sweden's decision of 15 December 1994 not to raise the wreck and the grave treaty of Thursday "
          "23 February 1995", False, ms, names)


def euro():
    R, K, B, A = "reuters-jul23", "kompas-jul24", "bisnis-jul25", "ap-jul26"
    names = {
     "rate": "conversion rate (litas per euro)", "member": "Lithuania's place among euro members",
     "pop": "Lithuania's population (million)", "infl": "Lithuania's inflation (%)", "ref": "the inflation reference value (%)",
     "deficit": "the 2013 budget deficit (% of GDP)", "debt": "public debt (% of GDP)",
     "deflimit": "the deficit limit (% of GDP)", "debtlimit": "the debt limit (% of GDP)",
     "dual": "days of dual circulation",
     # dates
     "decision": "day of the ministers' decision", "join": "day Lithuania adopts the euro",
     "peg": "year the litas was pegged to the euro", "estonia": "year Estonia joined", "latvia": "year Latvia joined",
     "report": "day of the convergence report", "defyear": "year of the deficit", "dualend": "last day of dual circulation",
     "failed": "year of the failed first bid",
    }
    ms = [
     M(R, "Wednesday", D, "decision", "2014-07-23"),
     M(R, "Jan. 1, 2015", D, "join", "2015-01-01"),
     M(R, "19th member", N, "member", 19),
     M(R, "3.45280 litas", N, "rate", 3.4528, cls="rate"),
     M(R, "2002", D, "peg", "2002"),
     M(R, "about 3 million people", N, "pop", 3, qual="approx", cls="pop"),
     M(R, "2011", D, "estonia", "2011"),
     M(R, "June 4", D, "report", "2014-06-04"),
     M(R, "0.6 percent", N, "infl", 0.6, cls="pct"),
     M(R, "1.7 percent", N, "ref", 1.7, cls="pct"),
     M(R, "2.1 percent", N, "deficit", 2.1, cls="pct"),
     M(R, "2013", D, "defyear", "2013"),
     M(R, "39.4 percent", N, "debt", 39.4, cls="pct"),
     M(R, "3 percent", N, "deflimit", 3, cls="pct"),
     M(R, "60 percent", N, "debtlimit", 60, cls="pct"),
     M(R, "15 days", N, "dual", 15, cls="dur"),
     M(R, "Jan. 15, 2015", D, "dualend", "2015-01-15"),
     M(R, "2006", D, "failed", "2006"),

     M(K, "Rabu (23/7/2014)", D, "decision", "2014-07-23"),
     M(K, "1 Januari 2015", D, "join", "2015-01-01"),
     M(K, "anggota ke-19", N, "member", 19),
     M(K, "3,45280 litas", N, "rate", 3.4528, cls="rate"),
     M(K, "2002", D, "peg", "2002"),
     M(K, "sekitar 3 juta jiwa", N, "pop", 3, qual="approx", cls="pop"),
     M(K, "2011", D, "estonia", "2011"),
     M(K, "awal 2014", D, "latvia", "2014"),
     M(K, "4 Juni 2014", D, "report", "2014-06-04"),
     M(K, "0,6 persen", N, "infl", 0.6, cls="pct"),
     M(K, "1,7 persen", N, "ref", 1.7, cls="pct"),
     M(K, "2013", D, "defyear", "2013"),
     M(K, "2,1 persen", N, "deficit", 2.1, cls="pct"),
     M(K, "39,4 persen", N, "debt", 39.4, cls="pct"),
     M(K, "3 persen", N, "deflimit", 3, cls="pct"),
     M(K, "60 persen", N, "debtlimit", 60, cls="pct"),
     M(K, "15 hari", N, "dual", 15, cls="dur"),
     M(K, "15 Januari 2015", D, "dualend", "2015-01-15"),
     M(K, "2006", D, "failed", "2006"),

     M(B, "3,45280 litas", N, "rate", 3.4528, cls="rate"),
     M(B, "2002", D, "peg", "2002"),
     M(B, "Rabu (23/7/2014)", D, "decision", "2014-07-23"),
     M(B, "1 Januari 2015", D, "join", "2015-01-01"),
     M(B, "19 negara", N, "member", 19),
     M(B, "4 Juni 2014", D, "report", "2014-06-04"),
     M(B, "0,6 persen", N, "infl", 0.6, cls="pct"),
     M(B, "1,7 persen", N, "ref", 1.7, cls="pct"),
     M(B, "2013", D, "defyear", "2013"),
     M(B, "2,1 persen", N, "deficit", 2.1, cls="pct"),
     M(B, "39,4 persen", N, "debt", 39.4, cls="pct"),
     M(B, "3 persen", N, "deflimit", 3, cls="pct"),
     M(B, "60 persen", N, "debtlimit", 60, cls="pct"),
     M(B, "15 hari", N, "dual", 15, cls="dur"),
     M(B, "15 Januari 2015", D, "dualend", "2015-01-15"),
     M(B, "sekitar 3 juta jiwa", N, "pop", 3, qual="approx", cls="pop"),
     M(B, "2006", D, "failed", "2006"),
     M(B, "2011", D, "estonia", "2011"),
     M(B, "Latvia pada 2014", D, "latvia", "2014"),

     M(A, "Wednesday", D, "decision", "2014-07-23"),
     M(A, "Jan. 1, 2015", D, "join", "2015-01-01"),
     M(A, "3.45280 litas", N, "rate", 3.4528, cls="rate"),
     M(A, "2002", D, "peg", "2002"),
     M(A, "19th member", N, "member", 19),
     M(A, "2011", D, "estonia", "2011"),
     M(A, "Latvia in 2014", D, "latvia", "2014"),
     M(A, "0.6 percent", N, "infl", 0.6, cls="pct"),
     M(A, "1.7 percent", N, "ref", 1.7, cls="pct"),
     M(A, "June 4", D, "report", "2014-06-04"),
     M(A, "2.1 percent", N, "deficit", 2.1, cls="pct"),
     M(A, "39.4 percent", N, "debt", 39.4, cls="pct"),
     M(A, "3 percent", N, "deflimit", 3, cls="pct"),
     M(A, "60 percent", N, "debtlimit", 60, cls="pct"),
     M(A, "15 days", N, "dual", 15, cls="dur"),
     M(A, "Jan. 15, 2015", D, "dualend", "2015-01-15"),
     M(A, "about 3 million people", N, "pop", 3, qual="approx", cls="pop"),
     M(A, "2006", D, "failed", "2006"),
    ]
    build("lithuania-euro-2014", "The EU finance ministers' final approval of Lithuania's euro adoption (control), "
          "Wednesday 23 July 2014: the euro from 1 January 2015 as the 19th member, a conversion rate of 3.45280 litas "
          "per euro (the peg since 2002), about 3 million people, inflation 0.6% against a reference of 1.7% in the "
          "convergence report of 4 June 2014, a 2013 deficit of 2.1% of GDP and debt of 39.4% (limits 3% and 60%), 15 "
          "days of dual circulation until 15 January 2015, Estonia in 2011, Latvia in 2014, a failed bid in 2006. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    minsk()
    estonia()
    euro()
