"""The four-hundred-and-thirty-second development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset432/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def flood():
    R, K, T, A = "reuters-jun14", "kompas-jun15", "tempo-jun17", "ap-jul08"
    # as-of times of the running tallies: Sunday 14 June 2015 at 19:00 (12 dead, about 20 missing), Monday 15 June at
    # 15:00 (14 dead by the health ministry against 16 by the city hall, which counted two unidentified bodies:
    # sources; about 10 missing), Wednesday 17 June (20 dead, 3 missing) and the count standing on 8 July (19, after
    # one victim listed twice: a revision). The dead do not fall; the missing may (people found alive).
    SUN, MON, WED, JUL = "2015-06-14", "2015-06-15", "2015-06-17", "2015-07-08"
    MOH, CITY = "the Georgian health ministry", "the Tbilisi city hall"
    names = {
     "dead": "people killed by the flood", "missing": "people missing", "staff": "zoo employees killed",
     "animals": "animals kept by the zoo before the flood", "zoo_dead": "zoo animals dead or lost",
     "houses": "houses wrecked or badly damaged", "damage": "cost of the damage (lari)",
     # dates
     "flood": "night of the flood", "count_sun": "day of the count of 12", "count_mon": "day of the counts of 14 and 16",
     "mourning": "day of mourning", "count_wed": "day of the count of 20", "tiger": "day of the tiger attack",
    }
    ms = [
     M(R, "12 people", N, "dead", 12, SUN),
     M(R, "Sunday", D, "count_sun", "2015-06-14"),
     M(R, "Saturday", D, "flood", "2015-06-13"),
     M(R, "about 20 people", N, "missing", 20, SUN, qual="approx", fall=True),
     M(R, "Three of the dead", N, "staff", 3),
     M(R, "some 600 animals", N, "animals", 600, qual="approx", cls="animals"),
     M(R, "Around 40 houses", N, "houses", 40, qual="approx", cls="houses"),
     M(R, "Monday", D, "mourning", "2015-06-15"),

     M(K, "14 orang", N, "dead", 14, MON, src=MOH),
     M(K, "Senin (15/6/2015)", D, "count_mon", "2015-06-15"),
     M(K, "16 orang", N, "dead", 16, MON, src=CITY),
     M(K, "Sabtu (13/6/2015)", D, "flood", "2015-06-13"),
     M(K, "Sekitar 10 orang", N, "missing", 10, MON, qual="approx", fall=True),
     M(K, "Tiga pegawai", N, "staff", 3),
     M(K, "lebih dari 300 ekor", N, "zoo_dead", 300, MON, qual="morethan", cls="animals"),
     M(K, "sekitar 40 rumah", N, "houses", 40, qual="approx", cls="houses"),
     M(K, "15 Juni", D, "mourning", "2015-06-15"),

     M(T, "20 orang", N, "dead", 20, WED),
     M(T, "Rabu (17/6/2015)", D, "count_wed", "2015-06-17"),
     M(T, "3 orang", N, "missing", 3, WED, fall=True),
     M(T, "Jumat (12/6/2015)", D, "flood", "2015-06-12", planted=True),
     M(T, "14 orang", N, "dead", 14, MON, src=MOH),
     M(T, "tiga pegawainya", N, "staff", 3),

     M(A, "June 13", D, "flood", "2015-06-13"),
     M(A, "19 people", N, "dead", 19, JUL),
     M(A, "20", N, "dead", 20, WED),
     M(A, "June 17", D, "count_wed", "2015-06-17"),
     M(A, "12 dead", N, "dead", 12, SUN),
     M(A, "Sunday", D, "count_sun", "2015-06-14"),
     M(A, "14", N, "dead", 14, MON, src=MOH),
     M(A, "more than 300 animals", N, "zoo_dead", 300, JUL, qual="morethan", cls="animals"),
     M(A, "two of its keepers", N, "staff", 2, planted=True),
     M(A, "Wednesday, June 24", D, "tiger", "2015-06-24"),
     M(A, "100 million lari", N, "damage", 100e6, qual="approx", cls="money"),
    ]
    build("tbilisi-flood-2015", "The flash flood of the Vere river through Tbilisi late on Saturday 13 June 2015, "
          "which flooded the city zoo and let its animals out: the toll rising from 12 on Sunday 14 June to 14 by the "
          "health ministry (16 by the city hall: sources) on Monday 15 June and 20 on Wednesday 17 June, revised down "
          "to 19 after a victim listed twice; the missing falling from about 20 to about 10 and 3; three zoo "
          "employees among the dead; Monday 15 June a day of mourning; a tiger that had escaped killing a man on "
          "Wednesday 24 June", False, ms, names)


def pardon():
    R, K, A, T = "reuters-aug31", "kompas-sep01", "antara-sep03", "tempo-sep24"
    # steps on different dates: the killing in Budapest (Thursday 19 February 2004), the life sentence (13 April 2006),
    # the transfer to Baku and the pardon (Friday 31 August 2012) and Armenia's suspension of relations with Hungary
    # the same day, the protest in Yerevan (Saturday 1 September), the reactions still coming (Monday 3 September),
    # the European Parliament's resolution (Thursday 13 September 2012). Tempting figures of one unit: 30 years
    # before parole against the more than eight years served and the more than eight years since the killing.
    names = {
     "age": "the victim's age (years)", "parole": "years before parole could be sought",
     "served": "years served in Hungary", "elapsed": "years between the killing and the pardon",
     # dates
     "murder": "day of the killing", "sentence": "day of the life sentence", "transfer": "day of the transfer and pardon",
     "ties": "day Armenia suspended relations with Hungary", "protest": "day of the protest in Yerevan",
     "reactions": "day of the reactions reported", "ep": "day of the European Parliament's resolution",
     "convention": "year of the transfer convention",
    }
    ms = [
     M(R, "Friday", D, "ties", "2012-08-31"),
     M(R, "Feb. 19, 2004", D, "murder", "2004-02-19"),
     M(R, "26 years old", N, "age", 26, cls="age"),
     M(R, "2006", D, "sentence", "2006"),
     M(R, "20 years", N, "parole", 20, cls="yrs", planted=True),
     M(R, "Friday", D, "transfer", "2012-08-31", occ=2),
     M(R, "more than eight years", N, "served", 8, qual="morethan", cls="yrs"),

     M(K, "Jumat (31/8/2012)", D, "ties", "2012-08-31"),
     M(K, "9 Februari 2004", D, "murder", "2004-02-09", planted=True),
     M(K, "13 April 2006", D, "sentence", "2006-04-13"),
     M(K, "30 tahun", N, "parole", 30, cls="yrs"),
     M(K, "Sabtu (1/9/2012)", D, "protest", "2012-09-01"),

     M(A, "Senin (3/9/2012)", D, "reactions", "2012-09-03"),
     M(A, "Jumat (31/8/2012)", D, "transfer", "2012-08-31"),
     M(A, "lebih dari delapan tahun", N, "served", 8, qual="morethan", cls="yrs"),
     M(A, "30 tahun", N, "parole", 30, cls="yrs"),
     M(A, "berusia 26 tahun", N, "age", 26, cls="age"),
     M(A, "19 Februari 2004", D, "murder", "2004-02-19"),
     M(A, "1983", D, "convention", "1983"),

     M(T, "Kamis (13/9/2012)", D, "ep", "2012-09-13"),
     M(T, "Jumat (31/8/2012)", D, "transfer", "2012-08-31"),
     M(T, "lebih dari delapan tahun", N, "elapsed", 8, qual="morethan", cls="yrs"),
     M(T, "19 Februari 2004", D, "murder", "2004-02-19"),
     M(T, "13 April 2006", D, "sentence", "2006-04-13"),
     M(T, "30 tahun", N, "parole", 30, cls="yrs"),
    ]
    build("safarov-pardon-2012", "The pardon of Ramil Safarov, an Azerbaijani officer who killed the Armenian "
          "lieutenant Gurgen Margaryan (26) with an axe in Budapest on Thursday 19 February 2004 during an English "
          "course for officers of partner countries, was sentenced to life on 13 April 2006 with no parole before 30 years, and was transferred "
          "to Baku and pardoned by President Ilham Aliyev on Friday 31 August 2012 after more than eight years; "
          "Armenia suspended relations with Hungary the same day; a protest in Yerevan on Saturday 1 September; the "
          "European Parliament's resolution on Thursday 13 September 2012", False, ms, names)


def census():
    R, K, A, P = "reuters-apr28", "kompas-apr29", "antara-apr30", "ap-may02"
    names = {
     "pop": "population in the 2014 census", "pop2002": "population in the 2002 census",
     "decline": "fall in population since 2002", "decline_pct": "fall in population since 2002 (%)",
     "years": "years between the two censuses", "tbilisi": "population of Tbilisi",
     "tbilisi_pct": "Tbilisi's share of the population (%)", "geo": "ethnic Georgians (%)",
     "aze": "ethnic Azerbaijanis (%)", "arm": "ethnic Armenians (%)", "orth": "Orthodox Christians (%)",
     "musl": "Muslims (%)",
     # dates
     "release": "day the final results were published", "start": "first day of the census",
     "end": "last day of the census", "census2002": "year of the previous census",
    }

    def shares(art, pct, geo, aze, arm, orth, musl):
        return [M(art, geo, N, "geo", 86.8, cls="pct"), M(art, aze, N, "aze", 6.3, cls="pct"),
                M(art, arm, N, "arm", 4.5, cls="pct"), M(art, orth, N, "orth", 83.4, cls="pct"),
                M(art, musl, N, "musl", 10.7, cls="pct")]

    ms = [
     M(R, "3,713,804", N, "pop", 3713804),
     M(R, "4,371,535", N, "pop2002", 4371535),
     M(R, "2002", D, "census2002", "2002"),
     M(R, "Thursday", D, "release", "2016-04-28"),
     M(R, "about 15 percent", N, "decline_pct", 15, qual="approx", cls="pct"),
     M(R, "12 years", N, "years", 12, cls="dur"),
     M(R, "Nov. 5", D, "start", "2014-11-05"),
     M(R, "Nov. 19, 2014", D, "end", "2014-11-19"),
     M(R, "1,108,717", N, "tbilisi", 1108717),
     M(R, "nearly 30 percent", N, "tbilisi_pct", 30, qual="nearly", cls="pct"),
     *shares(R, None, "86.8 percent", "6.3 percent", "4.5 percent", "83.4 percent", "10.7 percent"),

     M(K, "Kamis (28/4/2016)", D, "release", "2016-04-28"),
     M(K, "3.713.804", N, "pop", 3713804),
     M(K, "sekitar 15 persen", N, "decline_pct", 15, qual="approx", cls="pct"),
     M(K, "2002", D, "census2002", "2002"),
     M(K, "4.371.535", N, "pop2002", 4371535),
     M(K, "19 November 2014", D, "end", "2014-11-19"),
     M(K, "1.108.717", N, "tbilisi", 1108717),
     M(K, "hampir 30 persen", N, "tbilisi_pct", 30, qual="nearly", cls="pct"),
     *shares(K, None, "86,8 persen", "6,3 persen", "4,5 persen", "83,4 persen", "10,7 persen"),

     M(A, "1.108.717", N, "tbilisi", 1108717),
     M(A, "3.713.804", N, "pop", 3713804),
     M(A, "Kamis (28/4/2016)", D, "release", "2016-04-28"),
     M(A, "19 November 2014", D, "end", "2014-11-19"),
     M(A, "4.371.535", N, "pop2002", 4371535),
     M(A, "2002", D, "census2002", "2002"),
     M(A, "sekitar 15 persen", N, "decline_pct", 15, qual="approx", cls="pct"),
     *shares(A, None, "86,8 persen", "6,3 persen", "4,5 persen", "83,4 persen", "10,7 persen"),

     M(P, "3,713,804", N, "pop", 3713804),
     M(P, "some 658,000 fewer", N, "decline", 658000, qual="approx"),
     M(P, "2002", D, "census2002", "2002"),
     M(P, "April 28", D, "release", "2016-04-28"),
     M(P, "4,371,535", N, "pop2002", 4371535),
     M(P, "2002", D, "census2002", "2002", occ=2),
     M(P, "about 15 percent", N, "decline_pct", 15, qual="approx", cls="pct"),
     M(P, "Nov. 5", D, "start", "2014-11-05"),
     M(P, "Nov. 19, 2014", D, "end", "2014-11-19"),
     M(P, "1,108,717", N, "tbilisi", 1108717),
     M(P, "nearly 30 percent", N, "tbilisi_pct", 30, qual="nearly", cls="pct"),
     *shares(P, None, "86.8 percent", "6.3 percent", "4.5 percent", "83.4 percent", "10.7 percent"),
    ]
    build("georgia-census-2016", "The final results of Georgia's 2014 census, published by the national statistics "
          "office on Thursday 28 April 2016 (control): 3,713,804 residents against 4,371,535 in 2002 (about 15% fewer), "
          "1,108,717 in Tbilisi (nearly 30%); ethnic Georgians 86.8%, Azerbaijanis 6.3%, Armenians 4.5%; Orthodox "
          "Christians 83.4%, Muslims 10.7%; counted from 5 to 19 November 2014. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    flood()
    pardon()
    census()
