"""The three-hundred-and-fifty-second development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset352/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def chichi():
    R, K, T, A = "reuters-sep22", "kompas-sep27", "antara-oct02", "ap-oct19"
    # as-of times of the running tallies (all from the interior ministry's disaster centre): 6 a.m. on Wednesday 22
    # September 1999 (1,712 dead, 4,008 injured, 2,820 trapped, 227 missing), Sunday 26 September (more than 2,100
    # dead), Tuesday 28 September (2,105 dead, 8,713 injured), Friday 1 October (8,737 injured, 110 missing), Monday
    # 18 October (2,375 dead, 8,722 injured after double entries were removed: a revision, 79 missing). The missing
    # fall as bodies are found. The magnitude is the Central Weather Bureau's 7.3 against the USGS's 7.6 (sources).
    WED, SUN, TUE, FRI, MON = "1999-09-22", "1999-09-26", "1999-09-28", "1999-10-01", "1999-10-18"
    CWB, USGS = "Central Weather Bureau", "U.S. Geological Survey"
    names = {
     "dead": "people killed by the quake", "injured": "people injured", "trapped": "people trapped in buildings",
     "missing": "people missing", "homeless": "people left homeless", "mag": "the quake's magnitude",
     "aftershock_mag": "the Sunday aftershock's magnitude",
     # dates
     "quake": "day of the quake", "markets": "day the markets stayed shut", "count_wed": "day of the first count",
     "count_sun": "day of the count of more than 2,100", "count_tue": "day of the count of 2,105",
     "count_fri": "day of the count of 8,737 injured", "count_mon": "day of the count of 2,375",
     "decree": "day the emergency decree was signed", "aftershock": "day of the 6.8 aftershock",
    }
    ms = [
     M(R, "Tuesday", D, "quake", "1999-09-21"),
     M(R, "1,712 people", N, "dead", 1712, WED),
     M(R, "Wednesday", D, "count_wed", "1999-09-22"),
     M(R, "4,008 people", N, "injured", 4008, WED),
     M(R, "2,820", N, "trapped", 2820, WED, fall=True),
     M(R, "227 missing", N, "missing", 227, WED, fall=True),
     M(R, "7.3", N, "mag", 7.3, src=CWB, cls="mag"),
     M(R, "7.6", N, "mag", 7.6, src=USGS, cls="mag"),
     M(R, "Tuesday", D, "markets", "1999-09-21", occ=2),

     M(K, "lebih dari 2.100 orang", N, "dead", 2100, SUN, qual="morethan"),
     M(K, "Minggu (26/9/1999)", D, "count_sun", "1999-09-26"),
     M(K, "Selasa (21/9/1999)", D, "quake", "1999-09-21"),
     M(K, "7,3", N, "mag", 7.3, src=CWB, cls="mag"),
     M(K, "7,6", N, "mag", 7.6, src=USGS, cls="mag"),
     M(K, "Sabtu (25/9/1999)", D, "decree", "1999-09-25"),
     M(K, "6,8", N, "aftershock_mag", 6.8, cls="mag"),
     M(K, "Minggu pagi", D, "aftershock", "1999-09-26"),
     M(K, "Sekitar 100.000 orang", N, "homeless", 100000, qual="approx"),

     M(T, "8.737 orang", N, "injured", 8737, FRI),
     M(T, "Jumat (1/10/1999)", D, "count_fri", "1999-10-01"),
     M(T, "110 orang", N, "missing", 110, FRI, fall=True),
     M(T, "Selasa (28/9/1999)", D, "count_tue", "1999-09-28"),
     M(T, "2.105 orang", N, "dead", 2105, TUE),
     M(T, "8.713 orang", N, "injured", 8713, TUE),
     M(T, "Jumat (24/9/1999)", D, "decree", "1999-09-24", planted=True),
     M(T, "lebih dari 100.000 orang", N, "homeless", 100000, qual="morethan"),
     M(T, "21 September", D, "quake", "1999-09-21"),

     M(A, "Sept. 21", D, "quake", "1999-09-21"),
     M(A, "2,375", N, "dead", 2375, MON),
     M(A, "Monday", D, "count_mon", "1999-10-18"),
     M(A, "8,722", N, "injured", 8722, MON),
     M(A, "79 people", N, "missing", 79, MON, fall=True),
     M(A, "1,721 dead", N, "dead", 1721, WED, planted=True),
     M(A, "7.3", N, "mag", 7.3, src=CWB, cls="mag"),
     M(A, "some 100,000 people", N, "homeless", 100000, qual="approx"),
     M(A, "Sept. 25", D, "decree", "1999-09-25"),
    ]
    build("chichi-quake-1999", "The Chi-Chi earthquake in central Taiwan (1:47 a.m. on Tuesday 21 September 1999): the "
          "interior ministry's count of 1,712 dead, 4,008 injured, 2,820 trapped and 227 missing at 6 a.m. on Wednesday "
          "22 September, more than 2,100 dead by Sunday 26 September, 2,105 dead and 8,713 injured on Tuesday 28 "
          "September, 8,737 injured and 110 missing on Friday 1 October, 2,375 dead, 8,722 injured (revised down) and "
          "79 missing on Monday 18 October; the Central Weather Bureau's magnitude 7.3 against the USGS's 7.6; "
          "President Lee Teng-hui's emergency decree of Saturday 25 September; a 6.8 aftershock on Sunday 26 "
          "September; about 100,000 homeless", False, ms, names)


def sanlu():
    R, K, T, A = "reuters-sep16", "kompas-sep18", "antara-sep23", "ap-jan23"
    # as-of times of the health ministry's tallies of sick infants and deaths: Monday 15 September 2008 (1,253 sick,
    # two dead, 340 in hospital, 53 serious), Wednesday 17 September (6,244 sick, three dead, 158 with acute kidney
    # failure), Sunday 21 September (52,857 treated, 12,892 in hospital, 104 serious, four dead), 1 December (294,000
    # sickened, six deaths). Patients in hospital and in a serious condition may fall as children go home.
    MON, WED, SUN, DEC1 = "2008-09-15", "2008-09-17", "2008-09-21", "2008-12-01"
    names = {
     "sick": "infants made ill by the tainted formula", "deaths": "infants who died", "hosp": "infants in hospital",
     "serious": "infants in a serious condition", "kidney": "infants with acute kidney failure",
     "recall_t": "tonnes of milk powder recalled (t)", "batches": "batches found with melamine",
     "companies": "companies whose products had melamine", "makers": "infant formula makers tested",
     "convicted": "people convicted",
     # dates
     "recall": "day Sanlu recalled its powder", "count_mon": "day of the count of 1,253",
     "count_wed": "day of the count of 6,244", "count_sun": "day of the count of 52,857",
     "resign": "day the quality watchdog's head resigned", "count_dec": "day of the count of 294,000",
     "trial": "day Tian Wenhua's trial opened", "verdict": "day of the verdicts",
    }
    ms = [
     M(R, "1,253 babies", N, "sick", 1253, MON),
     M(R, "two", N, "deaths", 2, MON),
     M(R, "Monday", D, "count_mon", "2008-09-15"),
     M(R, "340", N, "hosp", 340, MON, fall=True),
     M(R, "53", N, "serious", 53, MON, fall=True),
     M(R, "700 tonnes", N, "recall_t", 700, cls="t"),
     M(R, "Thursday", D, "recall", "2008-09-11"),

     M(K, "6.244 orang", N, "sick", 6244, WED),
     M(K, "Rabu (17/9/2008)", D, "count_wed", "2008-09-17"),
     M(K, "158 bayi", N, "kidney", 158, WED),
     M(K, "tiga bayi", N, "deaths", 3, WED),
     M(K, "Senin (15/9/2008)", D, "count_mon", "2008-09-15"),
     M(K, "1.253 bayi", N, "sick", 1253, MON),
     M(K, "dua kematian", N, "deaths", 2, MON),
     M(K, "69 kelompok produk", N, "batches", 69),
     M(K, "22 perusahaan", N, "companies", 22),
     M(K, "109 produsen", N, "makers", 109),
     M(K, "700 ton", N, "recall_t", 700, cls="t"),
     M(K, "Kamis (11/9/2008)", D, "recall", "2008-09-11"),

     M(T, "52.857 anak", N, "sick", 52857, SUN),
     M(T, "Minggu (21/9/2008)", D, "count_sun", "2008-09-21"),
     M(T, "12.892 anak", N, "hosp", 12892, SUN, fall=True),
     M(T, "104 anak", N, "serious", 104, SUN, fall=True),
     M(T, "empat bayi", N, "deaths", 4, SUN),
     M(T, "6.424 bayi", N, "sick", 6424, WED, planted=True),
     M(T, "Rabu pekan lalu", D, "count_wed", "2008-09-17"),
     M(T, "Senin (22/9/2008)", D, "resign", "2008-09-22"),

     M(A, "Thursday", D, "verdict", "2009-01-22"),
     M(A, "Dec. 31", D, "trial", "2008-12-31"),
     M(A, "21 people", N, "convicted", 21),
     M(A, "Dec. 1", D, "count_dec", "2008-12-01"),
     M(A, "294,000 infants", N, "sick", 294000, DEC1),
     M(A, "six", N, "deaths", 6, DEC1),
     M(A, "Sept. 12", D, "recall", "2008-09-12", planted=True),
    ]
    build("sanlu-milk-2008", "China's melamine-tainted milk powder (the Sanlu Group of Shijiazhuang): Sanlu's recall of "
          "about 700 tonnes on Thursday 11 September 2008; the health ministry's count of 1,253 sick infants and two "
          "deaths on Monday 15 September, 6,244 and three deaths (158 with acute kidney failure) on Wednesday 17 "
          "September, 52,857 treated (12,892 in hospital) and four deaths by Sunday 21 September, 294,000 and six "
          "deaths on 1 December; melamine in 69 batches of 22 of 109 companies; the quality watchdog's head resigning "
          "on Monday 22 September; Tian Wenhua's trial opening on 31 December 2008 and the verdicts of Thursday 22 "
          "January 2009 (two death sentences, a life term, 21 convicted)", False, ms, names)


def census():
    X, K, R, T = "xinhua-apr28", "kompas-apr29", "reuters-apr30", "antara-may02"
    names = {
     "pop": "the mainland's population", "increase": "increase since 2000", "growth": "growth since 2000 (%)",
     "annual": "average annual growth (%)", "urban_n": "urban residents", "urban": "urban share (%)",
     "rural": "rural share (%)", "age60": "share aged 60 and over (%)", "age65": "share aged 65 and over (%)",
     "child": "share aged 14 and under (%)", "hh": "average household size", "hh2000": "household size in 2000",
     "male": "men's share (%)", "female": "women's share (%)", "han": "the Han share (%)",
     "minority": "the minorities' share (%)",
     # dates
     "release": "day the results were released", "ref": "the census's reference day", "prev": "year of the last census",
    }
    ms = [
     M(X, "April 28", D, "release", "2011-04-28"),
     M(X, "1,339,724,852", N, "pop", 1339724852),
     M(X, "Nov. 1, 2010", D, "ref", "2010-11-01"),
     M(X, "Thursday", D, "release", "2011-04-28"),
     M(X, "73,899,804", N, "increase", 73899804),
     M(X, "2000", D, "prev", "2000"),
     M(X, "5.84 percent", N, "growth", 5.84, cls="pct"),
     M(X, "0.57 percent", N, "annual", 0.57, cls="pct"),
     M(X, "665,575,306", N, "urban_n", 665575306),
     M(X, "49.68 percent", N, "urban", 49.68, cls="pct"),
     M(X, "50.32 percent", N, "rural", 50.32, cls="pct"),
     M(X, "13.26 percent", N, "age60", 13.26, cls="pct"),
     M(X, "8.87 percent", N, "age65", 8.87, cls="pct"),
     M(X, "16.60 percent", N, "child", 16.60, cls="pct"),
     M(X, "3.10", N, "hh", 3.10, cls="hh"),
     M(X, "3.44", N, "hh2000", 3.44, cls="hh"),
     M(X, "51.27 percent", N, "male", 51.27, cls="pct"),
     M(X, "48.73 percent", N, "female", 48.73, cls="pct"),
     M(X, "91.51 percent", N, "han", 91.51, cls="pct"),
     M(X, "8.49 percent", N, "minority", 8.49, cls="pct"),

     M(K, "1.339.724.852 jiwa", N, "pop", 1339724852),
     M(K, "Kamis (28/4/2011)", D, "release", "2011-04-28"),
     M(K, "73,9 juta jiwa", N, "increase", 73900000, qual="approx"),
     M(K, "5,84 persen", N, "growth", 5.84, cls="pct"),
     M(K, "2000", D, "prev", "2000"),
     M(K, "0,57 persen", N, "annual", 0.57, cls="pct"),
     M(K, "49,68 persen", N, "urban", 49.68, cls="pct"),
     M(K, "13,26 persen", N, "age60", 13.26, cls="pct"),
     M(K, "8,87 persen", N, "age65", 8.87, cls="pct"),
     M(K, "16,60 persen", N, "child", 16.60, cls="pct"),
     M(K, "3,10 orang", N, "hh", 3.10, cls="hh"),
     M(K, "3,44 orang", N, "hh2000", 3.44, cls="hh"),
     M(K, "51,27 persen", N, "male", 51.27, cls="pct"),
     M(K, "48,73 persen", N, "female", 48.73, cls="pct"),
     M(K, "1 November 2010", D, "ref", "2010-11-01"),

     M(R, "1.34 billion people", N, "pop", 1340000000, qual="approx"),
     M(R, "Nov. 1, 2010", D, "ref", "2010-11-01"),
     M(R, "5.84 percent", N, "growth", 5.84, cls="pct"),
     M(R, "2000", D, "prev", "2000"),
     M(R, "Thursday", D, "release", "2011-04-28"),
     M(R, "0.57 percent", N, "annual", 0.57, cls="pct"),
     M(R, "13.26 percent", N, "age60", 13.26, cls="pct"),
     M(R, "16.60 percent", N, "child", 16.60, cls="pct"),
     M(R, "49.68 percent", N, "urban", 49.68, cls="pct"),
     M(R, "3.10 people", N, "hh", 3.10, cls="hh"),
     M(R, "3.44", N, "hh2000", 3.44, cls="hh"),
     M(R, "91.51 percent", N, "han", 91.51, cls="pct"),

     M(T, "665.575.306 jiwa", N, "urban_n", 665575306),
     M(T, "49,68 persen", N, "urban", 49.68, cls="pct"),
     M(T, "Kamis (28/4/2011)", D, "release", "2011-04-28"),
     M(T, "1,34 miliar jiwa", N, "pop", 1340000000, qual="approx"),
     M(T, "2000", D, "prev", "2000"),
     M(T, "73.899.804 jiwa", N, "increase", 73899804),
     M(T, "0,57 persen", N, "annual", 0.57, cls="pct"),
     M(T, "8,87 persen", N, "age65", 8.87, cls="pct"),
     M(T, "13,26 persen", N, "age60", 13.26, cls="pct"),
     M(T, "91,51 persen", N, "han", 91.51, cls="pct"),
     M(T, "8,49 persen", N, "minority", 8.49, cls="pct"),
     M(T, "3,10 orang", N, "hh", 3.10, cls="hh"),
     M(T, "1 November 2010", D, "ref", "2010-11-01"),
    ]
    build("sixth-census-2011", "China's sixth national census, released by the National Bureau of Statistics on "
          "Thursday 28 April 2011 (control): 1,339,724,852 people on the mainland at midnight on 1 November 2010, "
          "73,899,804 (5.84%) more than in 2000, 0.57% a year; 665,575,306 urban residents (49.68%, rural 50.32%); "
          "60 and over 13.26%, 65 and over 8.87%, 14 and under 16.60%; households of 3.10 people (3.44 in 2000); men "
          "51.27%, women 48.73%; the Han 91.51%, minorities 8.49%. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    chichi()
    sanlu()
    census()
