"""The two-hundred-and-sixty-fourth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset264/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def casino():
    R, K, T, A = "reuters-aug26", "kompas-aug27", "detik-aug30", "ap-sep20"
    # as-of times of the running tallies: late on Thursday 25 August 2011 (civil protection's at least 40 dead),
    # Friday 26 August (the governor's 53), Saturday 27 August (the state prosecutors' correction to 52: a revision),
    # the corrected 52 repeated on 30 August and 20 September; the arrests: five presented on Monday 29 August, at
    # least 12 by 20 September. The gunmen, the cars, the reward, the mourning days and the Morelia attack of 2008 do
    # not change with the day of the report.
    THU, FRI, SAT, AUG30, SEP20 = "2011-08-25", "2011-08-26", "2011-08-27", "2011-08-30", "2011-09-20"
    MON29 = "2011-08-29"
    names = {
     "dead": "people killed in the casino attack", "gunmen": "gunmen in the attack", "cars": "cars the gunmen came in",
     "reward": "the federal reward (million pesos)", "mourning": "days of national mourning",
     "morelia_dead": "dead in the 2008 Morelia grenade attack", "arrested": "suspects arrested",
     # dates
     "attack": "day of the attack", "count40": "day of civil protection's count of at least 40",
     "count53": "day the governor gave 53 dead", "visit": "day the president flew to Monterrey",
     "morelia": "day of the Morelia grenade attack", "correction": "day the toll was corrected to 52",
     "vigil": "day of the vigil outside the casino", "arrests5": "day the first five suspects were presented",
    }
    ms = [
     M(R, "53 people", N, "dead", 53, FRI),
     M(R, "Friday", D, "count53", "2011-08-26"),
     M(R, "Thursday", D, "attack", "2011-08-25"),
     M(R, "at least 40 dead", N, "dead", 40, THU, qual="atleast"),
     M(R, "late on Thursday", D, "count40", "2011-08-25"),
     M(R, "three days", N, "mourning", 3, cls="dur"),
     M(R, "30 million pesos", N, "reward", 30, cls="peso"),
     M(R, "at least eight gunmen", N, "gunmen", 8, qual="atleast"),
     M(R, "four cars", N, "cars", 4),
     M(R, "on Friday", D, "visit", "2011-08-26", occ=2),
     M(R, "Sept. 15, 2008", D, "morelia", "2008-09-15"),
     M(R, "eight people", N, "morelia_dead", 8),

     M(K, "52 orang", N, "dead", 52, SAT),
     M(K, "Sabtu (27/8/2011)", D, "correction", "2011-08-27"),
     M(K, "53 orang", N, "dead", 53, FRI),
     M(K, "Kamis (25/8/2011)", D, "attack", "2011-08-25"),
     M(K, "sedikitnya delapan pria bersenjata", N, "gunmen", 8, qual="atleast"),
     M(K, "empat mobil", N, "cars", 4),
     M(K, "selama tiga hari", N, "mourning", 3, cls="dur"),
     M(K, "30 juta peso", N, "reward", 30, cls="peso"),
     M(K, "Jumat malam", D, "vigil", "2011-08-26"),

     M(T, "lima tersangka", N, "arrested", 5, MON29),
     M(T, "Senin (29/8/2011)", D, "arrests5", "2011-08-29"),
     M(T, "Rabu (24/8/2011)", D, "attack", "2011-08-24", planted=True),
     M(T, "52 orang", N, "dead", 52, AUG30),
     M(T, "53 orang", N, "dead", 53, FRI),
     M(T, "Sabtu (27/8/2011)", D, "correction", "2011-08-27"),
     M(T, "Sedikitnya delapan pria bersenjata", N, "gunmen", 8, qual="atleast"),
     M(T, "30 juta peso", N, "reward", 30, cls="peso"),
     M(T, "tiga hari", N, "mourning", 3, cls="dur"),

     M(A, "at least 12 people", N, "arrested", 12, SEP20, qual="atleast"),
     M(A, "first five suspects", N, "arrested", 5, MON29),
     M(A, "Monday, Aug. 29", D, "arrests5", "2011-08-29"),
     M(A, "Aug. 25", D, "attack", "2011-08-25"),
     M(A, "52 people", N, "dead", 52, SEP20),
     M(A, "53", N, "dead", 53, FRI),
     M(A, "Aug. 27", D, "correction", "2011-08-27"),
     M(A, "At least eight gunmen", N, "gunmen", 8, qual="atleast"),
     M(A, "30 million pesos", N, "reward", 30, cls="peso"),
     M(A, "three days", N, "mourning", 3, cls="dur"),
    ]
    build("casino-royale-2011", "The arson attack on the Casino Royale in Monterrey, Nuevo Leon (Thursday 25 August "
          "2011, shortly before 4 p.m.): civil protection's at least 40 dead late on Thursday, the governor's 53 on "
          "Friday 26 August, corrected down to 52 by the state prosecutors on Saturday 27 August (one body counted "
          "twice); at least eight gunmen in four cars; three days of national mourning and a federal reward of 30 "
          "million pesos; five suspects presented on Monday 29 August, at least 12 detained by 20 September", False,
          ms, names)


def hogar():
    R, K, T, A = "reuters-mar9", "kompas-mar11", "detik-mar14", "ap-apr3"
    # as-of times of the dead: late on Wednesday 8 March 2017 (22), Thursday 9 March (34), Friday 10 March (37),
    # Monday 13 March (40), 3 April (41). The 19 girls who died at the scene, the 56 locked in the classroom, the 15
    # survivors and the three officials arrested are other facts. The shelter's population: the social welfare
    # secretariat's about 700 against the human rights ombudsman's office's more than 800 (sources).
    WEDN, THU9, FRI10, MON13, APR3 = "2017-03-08b", "2017-03-09", "2017-03-10", "2017-03-13", "2017-04-03"
    SEC, OMB = "the social welfare secretariat", "the human rights ombudsman's office"
    names = {
     "dead": "girls killed in the shelter fire", "dead_scene": "girls who died at the scene",
     "locked": "girls locked in the classroom", "residents": "children housed at the shelter",
     "mourning": "days of national mourning", "officials": "former officials arrested",
     "survivors": "girls who survived the fire",
     # dates
     "fire": "day of the fire", "asof22": "day the toll reached 22", "asof34": "day the toll rose to 34",
     "escape": "night of the escape attempt", "asof37": "day of the count of 37", "arrests": "day of the arrests",
     "asof40": "day of the count of 40",
    }
    ms = [
     M(R, "34", N, "dead", 34, THU9),
     M(R, "Thursday", D, "asof34", "2017-03-09"),
     M(R, "Nineteen girls", N, "dead_scene", 19),
     M(R, "Wednesday morning", D, "fire", "2017-03-08"),
     M(R, "22", N, "dead", 22, WEDN),
     M(R, "late on Wednesday", D, "asof22", "2017-03-08"),
     M(R, "56 teenage girls", N, "locked", 56),
     M(R, "Tuesday night", D, "escape", "2017-03-07"),
     M(R, "about 700 children", N, "residents", 700, qual="approx", src=SEC),
     M(R, "more than 800 children", N, "residents", 800, qual="morethan", src=OMB),
     M(R, "three days", N, "mourning", 3, cls="dur"),

     M(K, "37 orang", N, "dead", 37, FRI10),
     M(K, "Jumat (10/3/2017)", D, "asof37", "2017-03-10"),
     M(K, "Rabu (8/3/2017)", D, "fire", "2017-03-08"),
     M(K, "65 remaja putri", N, "locked", 65, planted=True),
     M(K, "Selasa malam", D, "escape", "2017-03-07"),
     M(K, "19 orang", N, "dead_scene", 19),
     M(K, "sekitar 700 anak", N, "residents", 700, qual="approx", src=SEC),
     M(K, "lebih dari 800 anak", N, "residents", 800, qual="morethan", src=OMB),
     M(K, "selama tiga hari", N, "mourning", 3, cls="dur"),

     M(T, "tiga mantan pejabat", N, "officials", 3),
     M(T, "Selasa (14/3/2017)", D, "arrests", "2017-03-14", planted=True),
     M(T, "40 orang", N, "dead", 40, MON13),
     M(T, "Senin (13/3/2017)", D, "asof40", "2017-03-13"),
     M(T, "Rabu (8/3/2017)", D, "fire", "2017-03-08"),
     M(T, "56 remaja putri", N, "locked", 56),
     M(T, "19 korban", N, "dead_scene", 19),
     M(T, "lebih dari 800 anak", N, "residents", 800, qual="morethan", src=OMB),

     M(A, "41 girls", N, "dead", 41, APR3),
     M(A, "March 8", D, "fire", "2017-03-08"),
     M(A, "56 girls", N, "locked", 56),
     M(A, "Nineteen", N, "dead_scene", 19),
     M(A, "15 survived", N, "survivors", 15),
     M(A, "three former officials", N, "officials", 3),
     M(A, "March 13", D, "arrests", "2017-03-13"),
     M(A, "more than 800 children", N, "residents", 800, qual="morethan", src=OMB),
    ]
    build("hogar-seguro-fire-2017", "The fire at the state-run Hogar Seguro Virgen de la Asuncion children's shelter "
          "in San Jose Pinula, Guatemala (Wednesday 8 March 2017), in a classroom where 56 girls had been locked "
          "after an escape attempt on Tuesday night: 19 dead at the scene, the toll rising 22 (Wednesday night) -> 34 "
          "(Thursday 9 March) -> 37 (Friday 10 March) -> 40 (Monday 13 March) -> 41; the shelter's population by "
          "the welfare secretariat (about 700) and by the human rights ombudsman's office (more than 800); three "
          "former officials arrested on Monday 13 March and ordered to stand trial", False, ms, names)


def president_elect():
    R, K, T, A = "reuters-aug8", "kompas-aug9", "antara-aug10", "ap-aug11"
    names = {
     "votes": "votes for Lopez Obrador", "pct_amlo": "Lopez Obrador's share (%)", "pct_anaya": "Anaya's share (%)",
     "pct_meade": "Meade's share (%)", "pct_bronco": "Rodriguez's share (%)",
     "margin": "margin over the runner-up (points)", "term": "years of the presidential term",
     # dates
     "declared": "day the court declared him president-elect", "election": "day of the election",
     "loss1": "year of his first defeat", "loss2": "year of his second defeat", "inaug": "day of the inauguration",
    }
    ms = [
     M(R, "Wednesday", D, "declared", "2018-08-08"),
     M(R, "July 1", D, "election", "2018-07-01"),
     M(R, "30,113,483 votes", N, "votes", 30113483),
     M(R, "53.19%", N, "pct_amlo", 53.19, cls="pct"),
     M(R, "22.27%", N, "pct_anaya", 22.27, cls="pct"),
     M(R, "16.40%", N, "pct_meade", 16.40, cls="pct"),
     M(R, "5.23%", N, "pct_bronco", 5.23, cls="pct"),
     M(R, "2006", D, "loss1", "2006"),
     M(R, "2012", D, "loss2", "2012"),
     M(R, "more than 30 million people", N, "votes", 30000000, qual="morethan"),
     M(R, "Dec. 1", D, "inaug", "2018-12-01"),
     M(R, "six-year term", N, "term", 6, cls="dur"),

     M(K, "Rabu (8/8/2018)", D, "declared", "2018-08-08"),
     M(K, "1 Juli 2018", D, "election", "2018-07-01"),
     M(K, "30.113.483 suara", N, "votes", 30113483),
     M(K, "53,19 persen", N, "pct_amlo", 53.19, cls="pct"),
     M(K, "22,27 persen", N, "pct_anaya", 22.27, cls="pct"),
     M(K, "16,40 persen", N, "pct_meade", 16.40, cls="pct"),
     M(K, "5,23 persen", N, "pct_bronco", 5.23, cls="pct"),
     M(K, "lebih dari 30 poin persentase", N, "margin", 30, qual="morethan", cls="pct"),
     M(K, "2006", D, "loss1", "2006"),
     M(K, "2012", D, "loss2", "2012"),
     M(K, "1 Desember 2018", D, "inaug", "2018-12-01"),
     M(K, "enam tahun", N, "term", 6, cls="dur"),

     M(T, "Rabu (8/8/2018)", D, "declared", "2018-08-08"),
     M(T, "Minggu (1/7/2018)", D, "election", "2018-07-01"),
     M(T, "53,19 persen", N, "pct_amlo", 53.19, cls="pct"),
     M(T, "30.113.483", N, "votes", 30113483),
     M(T, "22,27 persen", N, "pct_anaya", 22.27, cls="pct"),
     M(T, "16,40 persen", N, "pct_meade", 16.40, cls="pct"),
     M(T, "5,23 persen", N, "pct_bronco", 5.23, cls="pct"),
     M(T, "tahun 2006", D, "loss1", "2006"),
     M(T, "2012", D, "loss2", "2012"),
     M(T, "1 Desember 2018", D, "inaug", "2018-12-01"),
     M(T, "enam tahun", N, "term", 6, cls="dur"),

     M(A, "Wednesday, Aug. 8", D, "declared", "2018-08-08"),
     M(A, "July 1", D, "election", "2018-07-01"),
     M(A, "53.19 percent", N, "pct_amlo", 53.19, cls="pct"),
     M(A, "30,113,483 ballots", N, "votes", 30113483),
     M(A, "22.27 percent", N, "pct_anaya", 22.27, cls="pct"),
     M(A, "16.40 percent", N, "pct_meade", 16.40, cls="pct"),
     M(A, "5.23 percent", N, "pct_bronco", 5.23, cls="pct"),
     M(A, "more than 30 percentage points", N, "margin", 30, qual="morethan", cls="pct"),
     M(A, "2006", D, "loss1", "2006"),
     M(A, "2012", D, "loss2", "2012"),
     M(A, "Dec. 1", D, "inaug", "2018-12-01"),
     M(A, "six-year term", N, "term", 6, cls="dur"),
    ]
    build("mexico-president-elect-2018", "Mexico's electoral court declares Andres Manuel Lopez Obrador president-elect "
          "(control), on Wednesday 8 August 2018: the final count of the 1 July 2018 election, 30,113,483 votes or "
          "53.19%, against 22.27% for Ricardo Anaya, 16.40% for Jose Antonio Meade and 5.23% for Jaime Rodriguez (a "
          "margin of more than 30 points); earlier defeats in 2006 and 2012; a six-year term from 1 December 2018. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    casino()
    hogar()
    president_elect()
