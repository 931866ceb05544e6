"""The three-hundred-and-thirteenth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset313/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def iguala():
    K, R, A, T = "kompas-sep30", "reuters-oct27", "ap-nov8", "tempo-dec8"
    # as-of times of the running tallies: the school's first count of the missing (57, the first days after the
    # attack), Monday 29 September 2014 (43 missing, 22 police officers held since Sunday 28 September), Sunday 26
    # October (more than 50 detained), Friday 7 November (74 detained) and Sunday 7 December (80 detained). The
    # missing may legitimately fall (students who turned up), so 57 -> 43 is not a revision; the detained do not
    # fall. The night's dead (six) and injured (about 25), the 28 bodies of the graves and the dates do not change
    # with the day of the report.
    SEP27, SEP29, OCT26, NOV07, DEC07 = "2014-09-27", "2014-09-29", "2014-10-26", "2014-11-07", "2014-12-07"
    names = {
     "missing": "students missing", "dead": "people killed on the night of the attack",
     "injured": "people injured on the night of the attack", "detained": "people detained in the case",
     "graves": "bodies found in the graves near Iguala", "missing_rest": "students still unidentified",
     # dates
     "attack": "night of the attack in Iguala", "asof_sep29": "day of the first count of 43 missing",
     "police_held": "day the 22 police officers were detained", "interim": "day the interim governor was named",
     "leave": "day the governor asked for leave", "count_oct26": "day of the count of more than 50 detained",
     "graves_found": "day the graves were found", "confession": "day of the attorney general's account",
     "abarca": "day the mayor and his wife were arrested", "confirm": "day the identification was confirmed",
     "parents": "day the parents announced the identification",
    }
    ms = [
     M(K, "43 mahasiswa", N, "missing", 43, SEP29, fall=True),
     M(K, "Senin (29/9/2014)", D, "asof_sep29", "2014-09-29"),
     M(K, "Jumat (26/9/2014)", D, "attack", "2014-09-26"),
     M(K, "enam orang", N, "dead", 6),
     M(K, "sekitar 25 orang", N, "injured", 25, qual="approx"),
     M(K, "57 mahasiswanya", N, "missing", 57, SEP27, fall=True),
     M(K, "22 anggota polisi", N, "detained", 22, SEP29),
     M(K, "Minggu (28/9/2014)", D, "police_held", "2014-09-28"),

     M(R, "Sunday", D, "interim", "2014-10-26"),
     M(R, "43 students", N, "missing", 43, OCT26, fall=True),
     M(R, "Thursday", D, "leave", "2014-10-23"),
     M(R, "Sept. 26", D, "attack", "2014-09-26"),
     M(R, "Six people", N, "dead", 6),
     M(R, "about 25", N, "injured", 25, qual="approx"),
     M(R, "Sunday", D, "count_oct26", "2014-10-26", occ=2),
     M(R, "more than 50 people", N, "detained", 50, OCT26, qual="morethan"),
     M(R, "28 bodies", N, "graves", 28),
     M(R, "Oct. 4", D, "graves_found", "2014-10-04"),

     M(A, "Friday", D, "confession", "2014-11-07"),
     M(A, "43 college students", N, "missing", 43, NOV07, fall=True),
     M(A, "74 people", N, "detained", 74, NOV07),
     M(A, "Tuesday", D, "abarca", "2014-11-04"),
     M(A, "Sept. 26", D, "attack", "2014-09-26"),
     M(A, "six people", N, "dead", 6),
     M(A, "38 bodies", N, "graves", 38, planted=True),

     M(T, "Minggu (7/12/2014)", D, "confirm", "2014-12-07"),
     M(T, "43 mahasiswa", N, "missing", 43, DEC07, fall=True),
     M(T, "Sabtu (6/12/2014)", D, "parents", "2014-12-06"),
     M(T, "80 orang", N, "detained", 80, DEC07),
     M(T, "Kamis (25/9/2014)", D, "attack", "2014-09-25", planted=True),
     M(T, "enam orang", N, "dead", 6),
     M(T, "4 November 2014", D, "abarca", "2014-11-04"),
     M(T, "42 mahasiswa", N, "missing_rest", 42),
    ]
    build("iguala-students-2014", "The attack on students of the Ayotzinapa rural teachers college by Iguala police, "
          "Guerrero (night of Friday 26 September 2014): six dead, about 25 injured, 43 students missing (57 in the "
          "school's first count); detained rising 22 (held since Sunday 28 September) -> more than 50 on Sunday 26 "
          "October -> 74 on Friday 7 November -> 80 on Sunday 7 December; the governor's leave (Thursday 23 October) and "
          "the state congress's interim governor (Sunday 26 October); 28 bodies in graves found on 4 October, not the "
          "students; the mayor José Luis Abarca arrested on Tuesday 4 November; the attorney general's account of "
          "Friday 7 November; one student identified by the Innsbruck laboratory (Saturday 6 / Sunday 7 December)",
          False, ms, names)


def culiacan():
    R, T, A, K = "reuters-oct18", "detik-oct20", "ap-oct31", "kompas-jan6"
    # as-of times: Friday 18 October 2019 (the federal security minister Alfonso Durazo's eight dead, the first 51
    # escaped inmates), Saturday 19 October (the Sinaloa government's 13 dead, the prison authorities' corrected 49
    # escaped, at least 21 injured), the state's 14 dead as reported on 30 October and recalled in January 2023.
    # The dead: the federal minister's count against the Sinaloa government's (sources, also across days). The
    # escaped inmates: the first 51 corrected down to 49 (a revision). The re-arrest of Thursday 5 January 2023 is
    # another event (29 dead: 10 soldiers, 19 suspected gunmen).
    OCT18, OCT19, OCT30 = "2019-10-18", "2019-10-19", "2019-10-30"
    DUR, SIN = "the federal security minister", "the Sinaloa government"
    names = {
     "dead": "people killed in the Culiacan violence of 2019", "escaped": "inmates who escaped from Aguaruto prison",
     "injured": "people injured in the Culiacan violence of 2019", "dead2023": "people killed in the 2023 re-arrest",
     "soldiers2023": "military personnel killed in 2023", "gunmen2023": "suspected gunmen killed in 2023",
     # dates
     "defended": "day the president defended the release", "operation": "day of the 2019 operation",
     "sentenced": "when the father was sentenced", "asof_oct19": "day of the count of 13 dead",
     "sandoval": "day of the defence secretary's account", "rearrest": "day of the re-arrest in 2023",
    }
    ms = [
     M(R, "Friday", D, "defended", "2019-10-18"),
     M(R, "Thursday", D, "operation", "2019-10-17"),
     M(R, "eight people", N, "dead", 8, OCT18, src=DUR),
     M(R, "51 inmates", N, "escaped", 51, OCT18),
     M(R, "July", D, "sentenced", "2019-07"),

     M(T, "13 orang", N, "dead", 13, OCT19, src=SIN),
     M(T, "Sabtu (19/10/2019)", D, "asof_oct19", "2019-10-19"),
     M(T, "Kamis (17/10/2019)", D, "operation", "2019-10-17"),
     M(T, "sembilan orang", N, "dead", 9, OCT18, src=DUR, planted=True),
     M(T, "49 orang", N, "escaped", 49, OCT19),
     M(T, "51 orang", N, "escaped", 51, OCT18),
     M(T, "Sedikitnya 21 orang", N, "injured", 21, OCT19, qual="atleast"),
     M(T, "Juli 2019", D, "sentenced", "2019-07"),

     M(A, "Wednesday", D, "sandoval", "2019-10-30"),
     M(A, "Oct. 17", D, "operation", "2019-10-17"),
     M(A, "14 people", N, "dead", 14, OCT30, src=SIN),
     M(A, "eight", N, "dead", 8, OCT18, src=DUR),
     M(A, "49 inmates", N, "escaped", 49, OCT30),

     M(K, "Kamis (5/1/2023)", D, "rearrest", "2023-01-05"),
     M(K, "29 orang", N, "dead2023", 29),
     M(K, "10 personel militer", N, "soldiers2023", 10),
     M(K, "19 terduga", N, "gunmen2023", 19),
     M(K, "16 Oktober 2019", D, "operation", "2019-10-16", planted=True),
     M(K, "14 orang", N, "dead", 14, OCT30, src=SIN),
     M(K, "49 narapidana", N, "escaped", 49, OCT30),
     M(K, "sejak 2019", D, "sentenced", "2019"),
    ]
    build("culiacan-ovidio-2019", "The battle of Culiacan, Sinaloa, after the capture and release of Ovidio Guzmán "
          "(Thursday 17 October 2019): the federal security minister's eight dead on Friday 18 October against the "
          "Sinaloa government's 13 on Saturday 19 October and 14 later; 51 inmates escaped from Aguaruto prison, "
          "corrected to 49; at least 21 injured; the president's defence of the release (Friday 18 October); the "
          "defence secretary's account (Wednesday 30 October); the re-arrest of Thursday 5 January 2023 (29 dead: 10 "
          "military, 19 suspected gunmen)", False, ms, names)


def usmca():
    R, AN, A, B = "reuters-jun19", "antara-jun20", "ap-jun21", "bisnis-jun22"
    names = {
     "yes": "senators voting for ratification", "no": "senators voting against", "abstain": "senators abstaining",
     "trade": "yearly trade among the three countries", "wage": "hourly wage of the labour-value rule (US dollars)",
     "content": "regional content required for cars (%)", "old_content": "NAFTA's regional content for cars (%)",
     "labour_low": "lower bound of the high-wage content (%)", "labour_high": "upper bound of the high-wage content (%)",
     "exports": "share of Mexico's exports going to the United States (%)", "term": "years the pact runs",
     "review": "years between reviews",
     # dates
     "ratified": "day of the Senate's ratification", "signed": "day the pact was signed",
     "nafta": "year NAFTA took effect",
    }
    ms = [
     M(R, "Wednesday", D, "ratified", "2019-06-19"),
     M(R, "114 votes", N, "yes", 114),
     M(R, "four", N, "no", 4),
     M(R, "three abstentions", N, "abstain", 3),
     M(R, "Nov. 30, 2018", D, "signed", "2018-11-30"),
     M(R, "1994", D, "nafta", "1994"),
     M(R, "more than $1 trillion", N, "trade", 1, qual="morethan", cls="usd"),
     M(R, "75 percent", N, "content", 75, cls="pct"),
     M(R, "62.5 percent", N, "old_content", 62.5, cls="pct"),
     M(R, "40 percent", N, "labour_low", 40, cls="pct"),
     M(R, "45 percent", N, "labour_high", 45, cls="pct"),
     M(R, "$16", N, "wage", 16, cls="usd"),
     M(R, "16 years", N, "term", 16, cls="dur"),
     M(R, "six years", N, "review", 6, cls="dur"),
     M(R, "About 80 percent", N, "exports", 80, qual="approx", cls="pct"),

     M(AN, "Rabu (19/6/2019)", D, "ratified", "2019-06-19"),
     M(AN, "114 senator", N, "yes", 114),
     M(AN, "empat senator", N, "no", 4),
     M(AN, "tiga lainnya", N, "abstain", 3),
     M(AN, "30 November 2018", D, "signed", "2018-11-30"),
     M(AN, "1994", D, "nafta", "1994"),
     M(AN, "lebih dari 1 triliun dolar AS", N, "trade", 1, qual="morethan", cls="usd"),
     M(AN, "75 persen", N, "content", 75, cls="pct"),
     M(AN, "62,5 persen", N, "old_content", 62.5, cls="pct"),
     M(AN, "40", N, "labour_low", 40, cls="pct"),
     M(AN, "45 persen", N, "labour_high", 45, cls="pct"),
     M(AN, "16 dolar AS", N, "wage", 16, cls="usd"),
     M(AN, "16 tahun", N, "term", 16, cls="dur"),
     M(AN, "enam tahun", N, "review", 6, cls="dur"),
     M(AN, "Sekitar 80 persen", N, "exports", 80, qual="approx", cls="pct"),

     M(A, "June 19", D, "ratified", "2019-06-19"),
     M(A, "114-4", N, "yes", 114, also={"no": 4}),
     M(A, "three senators", N, "abstain", 3),
     M(A, "Nov. 30, 2018", D, "signed", "2018-11-30"),
     M(A, "1994", D, "nafta", "1994"),
     M(A, "75 percent", N, "content", 75, cls="pct"),
     M(A, "62.5 percent", N, "old_content", 62.5, cls="pct"),
     M(A, "40", N, "labour_low", 40, cls="pct"),
     M(A, "45 percent", N, "labour_high", 45, cls="pct"),
     M(A, "$16", N, "wage", 16, cls="usd"),
     M(A, "16 years", N, "term", 16, cls="dur"),
     M(A, "six years", N, "review", 6, cls="dur"),
     M(A, "$1 trillion", N, "trade", 1, qual="morethan", cls="usd"),
     M(A, "roughly 80 percent", N, "exports", 80, qual="approx", cls="pct"),

     M(B, "Rabu (19/6/2019)", D, "ratified", "2019-06-19"),
     M(B, "114 suara", N, "yes", 114),
     M(B, "4 suara", N, "no", 4),
     M(B, "Tiga senator", N, "abstain", 3),
     M(B, "30 November 2018", D, "signed", "2018-11-30"),
     M(B, "1994", D, "nafta", "1994"),
     M(B, "lebih dari US$1 triliun", N, "trade", 1, qual="morethan", cls="usd"),
     M(B, "75%", N, "content", 75, cls="pct"),
     M(B, "62,5%", N, "old_content", 62.5, cls="pct"),
     M(B, "40%", N, "labour_low", 40, cls="pct"),
     M(B, "45%", N, "labour_high", 45, cls="pct"),
     M(B, "US$16", N, "wage", 16, cls="usd"),
     M(B, "16 tahun", N, "term", 16, cls="dur"),
     M(B, "6 tahun", N, "review", 6, cls="dur"),
     M(B, "sekitar 80%", N, "exports", 80, qual="approx", cls="pct"),
    ]
    build("usmca-senate-2019", "Mexico's Senate ratifies the United States-Mexico-Canada Agreement (control), "
          "Wednesday 19 June 2019: 114 votes to 4 with 3 abstentions, the first of the three countries; signed 30 "
          "November 2018, replacing NAFTA (1994); trade more than $1 trillion a year; 75% regional content for cars "
          "(62.5% under NAFTA), 40 to 45% made by workers earning at least $16 an hour; a 16-year term with a review "
          "every six years; about 80% of Mexico's exports to the United States. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    iguala()
    culiacan()
    usmca()
