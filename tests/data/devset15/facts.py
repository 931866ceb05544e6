"""The fifteenth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset15/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def rana():
    R, K, T, A, G = "reuters-apr25", "kompas-apr29", "tempo-may11", "ap-may14", "theguardian-2014apr24"
    names = {
     "dead": "people killed in the collapse", "floors": "storeys of the building", "dist": "distance from Dhaka (km)",
     "workers": "workers in the building's factories", "rescued": "people rescued alive",
     "factories": "garment factories in the building", "illegal": "floors added without permission",
     "tazreen": "dead in the Tazreen fire of 2012", "permitted": "floors the permit allowed",
     "missing": "people still missing by their families' count", "age": "age of the late survivor",
     "trapped": "days the late survivor was trapped", "mirpur": "dead in the Mirpur factory fire",
     "op_days": "length of the rescue operation", "closed": "factories closed since the collapse",
     "unidentified": "unidentified bodies buried", "injured": "people injured",
     "fund_got": "money the victims' fund received", "fund_need": "money the victims' fund needs",
     "brands": "brands that signed the safety accord",
     # dates
     "collapse": "day the building collapsed", "toll25": "day the toll reached 194", "rescued25": "day about 2,000 were rescued",
     "cracks": "day cracks appeared", "mourning": "day of national mourning", "tazreen_date": "month of the Tazreen fire",
     "toll29": "day the toll reached 381", "arrest": "day the owner was arrested", "fire": "day fire broke out in the rubble",
     "protest29": "day of the workers' protests", "reshma": "day the late survivor was pulled out",
     "visit": "day the prime minister visited the survivor", "search_end": "day the army ended the search",
     "anniv": "day of the first anniversary",
    }
    ms = [
     M(R, "eight-storey", N, "floors", 8),
     M(R, "194", N, "dead", 194, "2013-04-25"),
     M(R, "Thursday", D, "toll25", "2013-04-25"),
     M(R, "24 km", N, "dist", 24, cls="len"),
     M(R, "Wednesday", D, "collapse", "2013-04-24"),
     M(R, "more than 3,000 workers", N, "workers", 3000, qual="morethan"),
     M(R, "about 2,000 people", N, "rescued", 2000, "2013-04-25", "approx"),
     M(R, "Thursday evening", D, "rescued25", "2013-04-25"),
     M(R, "Tuesday", D, "cracks", "2013-04-23"),
     M(R, "Five garment factories", N, "factories", 5),
     M(R, "three floors", N, "illegal", 3),
     M(R, "Thursday", D, "mourning", "2013-04-25", occ=3),
     M(R, "November 2012", D, "tazreen_date", "2012-11"),
     M(R, "112 people", N, "tazreen", 112),

     M(K, "381 orang", N, "dead", 381, "2013-04-29"),
     M(K, "Senin (29/4/2013)", D, "toll29", "2013-04-29"),
     M(K, "sembilan lantai", N, "floors", 9, planted=True),
     M(K, "Rabu (24/4/2013)", D, "collapse", "2013-04-24"),
     M(K, "sekitar 2.430 orang", N, "rescued", 2430, "2013-04-29", "approx"),
     M(K, "Minggu (28/4/2013)", D, "arrest", "2013-04-28"),
     M(K, "lima lantai", N, "permitted", 5),
     M(K, "tiga lantai", N, "illegal", 3),
     M(K, "Minggu malam", D, "fire", "2013-04-28"),
     M(K, "sekitar 900 orang", N, "missing", 900, "2013-04-29", "approx", fall=True),
     M(K, "Senin", D, "protest29", "2013-04-29", occ=2),

     M(T, "Jumat (10/5/2013)", D, "reshma", "2013-05-10"),
     M(T, "17 hari", N, "trapped", 17, cls="dur"),
     M(T, "19 tahun", N, "age", 19, cls="age"),
     M(T, "1.045 orang", N, "dead", 1045, "2013-05-10"),
     M(T, "lebih dari 2.400 orang", N, "rescued", 2400, "2013-05-10", "morethan"),
     M(T, "delapan lantai", N, "floors", 8),
     M(T, "lima pabrik", N, "factories", 5),
     M(T, "lebih dari 3.000 buruh", N, "workers", 3000, qual="morethan"),
     M(T, "Sabtu", D, "visit", "2013-05-11"),
     M(T, "delapan orang", N, "mirpur", 8),
     M(T, "28 April", D, "arrest", "2013-04-28"),

     M(A, "Tuesday", D, "search_end", "2013-05-14"),
     M(A, "1,127", N, "dead", 1127, "2013-05-14"),
     M(A, "2,438 people", N, "rescued", 2438, "2013-05-14"),
     M(A, "20-day", N, "op_days", 20, cls="dur"),
     M(A, "Friday, May 10", D, "reshma", "2013-05-10"),
     M(A, "17 days", N, "trapped", 17, cls="dur"),
     M(A, "eight-storey", N, "floors", 8),
     M(A, "three floors", N, "illegal", 3),
     M(A, "April 28", D, "arrest", "2013-04-28"),
     M(A, "18 garment factories", N, "closed", 18),
     M(A, "291 bodies", N, "unidentified", 291),
     M(A, "more than 3,000 workers", N, "workers", 3000, qual="morethan"),

     M(G, "April 24, 2013", D, "collapse", "2013-04-24"),
     M(G, "eight-storey", N, "floors", 8),
     M(G, "1,135 people", N, "dead", 1135, "2014-04-24"),
     M(G, "About 2,500 people", N, "injured", 2500, qual="approx"),
     M(G, "2,436 people", N, "rescued", 2436, "2014-04-24"),
     M(G, "16 days", N, "trapped", 16, cls="dur", planted=True),
     M(G, "$15 million", N, "fund_got", 15e6, qual="approx", cls="money"),
     M(G, "$40 million", N, "fund_need", 40e6, cls="money"),
     M(G, "More than 150 brands", N, "brands", 150, qual="morethan"),
     M(G, "Thursday", D, "anniv", "2014-04-24"),
    ]
    build("rana-plaza-2013", "Rana Plaza collapse, Savar, Bangladesh (24 April 2013): the toll rising over three weeks "
          "(194 -> 381 -> 1,045 -> 1,127) and recalled a year later (1,135), people rescued alive rising (about 2,000 "
          "-> about 2,430 -> 2,438), a survivor pulled out after 17 days, the building's eight storeys, three added "
          "without permission and five permitted, workers, factories, people missing, injured, unidentified; another "
          "factory fire's toll and the Tazreen fire's recalled; dates of the cracks, the collapse, the counts, the "
          "owner's arrest, the late rescue, the search's end and the anniversary", False, ms, names)


def pension():
    R, K, F, T = "reuters-jan19", "kompas-feb01", "france24-mar08", "tempo-mar21"
    OLD, NEW = "2023-01-01", "2030"
    MIN = "interior ministry"
    names = {
     "age": "legal retirement age", "prot19": "protesters in France on 19 January",
     "paris19": "protesters in Paris on 19 January", "prot31": "protesters in France on 31 January",
     "paris31": "protesters in Paris on 31 January", "prot7": "protesters in France on 7 March",
     "paris7": "protesters in Paris on 7 March", "contrib": "years of contributions for a full pension",
     "rise": "rise in the retirement age", "margin": "votes the no-confidence motion lacked",
     "motion_for": "votes for the cross-party motion", "needed": "votes needed to topple the government",
     "rn": "votes for the National Rally's motion", "senate_for": "senators for the bill",
     "senate_against": "senators against the bill", "actiondays": "national days of action since 19 January",
     # dates
     "d19": "first day of strikes and marches", "presented": "day the bill was presented",
     "contrib_year": "year the 43 years apply", "deficit_year": "year the system would be in deficit",
     "d31": "second day of strikes and marches", "debate": "day the Assembly's debate began",
     "day11feb": "day of action of 11 February", "d7": "day of action of 7 March",
     "nocon": "day of the no-confidence votes", "art493": "day the bill was forced through",
     "fullage_year": "year the age of 64 is reached",
    }
    ms = [
     M(R, "More than a million people", N, "prot19", 1e6, qual="morethan"),
     M(R, "Thursday", D, "d19", "2023-01-19"),
     M(R, "62", N, "age", 62, OLD, cls="age"),
     M(R, "64", N, "age", 64, NEW, cls="age"),
     M(R, "1.12 million", N, "prot19", 1.12e6, src=MIN),
     M(R, "80,000", N, "paris19", 80000, src=MIN),
     M(R, "more than 2 million", N, "prot19", 2e6, qual="morethan", src="CGT"),
     M(R, "400,000", N, "paris19", 400000, src="CGT"),
     M(R, "43", N, "contrib", 43, cls="dur"),
     M(R, "2027", D, "contrib_year", "2027"),
     M(R, "January 10", D, "presented", "2023-01-10"),
     M(R, "2030", D, "deficit_year", "2030"),
     M(R, "January 31", D, "d31", "2023-01-31"),

     M(K, "Selasa (31/1/2023)", D, "d31", "2023-01-31"),
     M(K, "62 tahun", N, "age", 62, OLD, cls="age"),
     M(K, "64 tahun", N, "age", 64, NEW, cls="age"),
     M(K, "1,27 juta orang", N, "prot31", 1.27e6, src=MIN),
     M(K, "19 Januari", D, "d19", "2023-01-19"),
     M(K, "1,12 juta orang", N, "prot19", 1.12e6, src=MIN),
     M(K, "2,5 juta orang", N, "prot31", 2.5e6, src="CGT", planted=True),
     M(K, "87.000 pengunjuk rasa", N, "paris31", 87000, src=MIN),
     M(K, "500.000", N, "paris31", 500000, src="CGT"),
     M(K, "2030", D, "deficit_year", "2030"),
     M(K, "6 Februari", D, "debate", "2023-02-06"),
     M(K, "11 Februari", D, "day11feb", "2023-02-11"),

     M(F, "Tuesday, March 7", D, "d7", "2023-03-07"),
     M(F, "1.28 million", N, "prot7", 1.28e6, src=MIN),
     M(F, "more than 3.5 million", N, "prot7", 3.5e6, qual="morethan", src="CGT"),
     M(F, "81,000", N, "paris7", 81000, src=MIN),
     M(F, "700,000", N, "paris7", 700000, src="CGT"),
     M(F, "January 31", D, "d31", "2023-01-31"),
     M(F, "1.27 million", N, "prot31", 1.27e6, src=MIN),
     M(F, "2.8 million", N, "prot31", 2.8e6, src="CGT"),
     M(F, "two years", N, "rise", 2, cls="dur"),
     M(F, "64", N, "age", 64, NEW, cls="age"),
     M(F, "Tuesday", D, "d7", "2023-03-07", occ=2),

     M(T, "Senin (20/3/2023)", D, "nocon", "2023-03-20"),
     M(T, "sembilan suara", N, "margin", 9),
     M(T, "278 anggota", N, "motion_for", 278),
     M(T, "287 suara", N, "needed", 287),
     M(T, "94 suara", N, "rn", 94),
     M(T, "Kamis (16/3/2023)", D, "art493", "2023-03-16"),
     M(T, "193 suara", N, "senate_for", 193),
     M(T, "114", N, "senate_against", 114),
     M(T, "19 Januari", D, "d19", "2023-01-19"),
     M(T, "delapan hari aksi", N, "actiondays", 8),
     M(T, "7 Maret", D, "d7", "2023-03-07"),
     M(T, "1,28 juta demonstran", N, "prot7", 1.28e6, src=MIN),
     M(T, "3,5 juta", N, "prot7", 3.5e6, src="CGT"),
     M(T, "62 tahun", N, "age", 62, OLD, cls="age"),
     M(T, "64 tahun", N, "age", 64, NEW, cls="age"),
     M(T, "2030", D, "fullage_year", "2030"),
    ]
    build("pension-protests-2023", "France's pension-reform protests (January-March 2023): the retirement age from 62 "
          "to 64; the interior ministry's and the CGT union's counts, nationwide and in Paris, of 19 January, 31 "
          "January and 7 March (two sources a day; other days are other facts); the contributions needed; the "
          "Senate's vote and the bill forced through on 16 March; the no-confidence votes of 20 March", False, ms,
          names)


def nobel():
    R, K, A, T = "reuters-oct06", "kompas-oct07", "aljazeera-oct08", "tempo-oct09"
    names = {
     "arrests": "times arrested", "convictions": "times convicted", "years": "years of prison in all",
     "lashes": "lashes", "age": "laureate's age", "prize_sek": "prize money in Swedish kronor",
     "prize_usd": "prize money in US dollars", "rank": "her rank among women peace laureates",
     "amini_age": "Mahsa Amini's age", "candidates": "candidates nominated", "individuals": "individuals nominated",
     "orgs": "organisations nominated", "twins_age": "her twins' age",
     # dates
     "announce": "day the prize was announced", "ceremony": "day of the award ceremony",
     "ebadi": "year of Shirin Ebadi's prize", "amini_date": "day Mahsa Amini died",
     "jailed": "month she was jailed", "first": "year of the first peace prize",
    }
    ms = [
     M(R, "Friday", D, "announce", "2023-10-06"),
     M(R, "13 times", N, "arrests", 13),
     M(R, "five times", N, "convictions", 5),
     M(R, "31 years", N, "years", 31, cls="dur"),
     M(R, "154 lashes", N, "lashes", 154),
     M(R, "51", N, "age", 51, cls="age"),
     M(R, "11 million Swedish crowns", N, "prize_sek", 11e6, cls="money"),
     M(R, "about $1 million", N, "prize_usd", 1e6, qual="approx", cls="money"),
     M(R, "December 10", D, "ceremony", "2023-12-10"),
     M(R, "19th woman", N, "rank", 19, cls="ord"),
     M(R, "2003", D, "ebadi", "2003"),
     M(R, "22", N, "amini_age", 22, cls="age"),
     M(R, "September 16, 2022", D, "amini_date", "2022-09-16"),
     M(R, "351 candidates", N, "candidates", 351),
     M(R, "259 individuals", N, "individuals", 259),
     M(R, "92 organisations", N, "orgs", 92),

     M(K, "Jumat (6/10/2023)", D, "announce", "2023-10-06"),
     M(K, "13 kali", N, "arrests", 13),
     M(K, "lima kali", N, "convictions", 5),
     M(K, "31 tahun", N, "years", 31, cls="dur"),
     M(K, "154 kali cambukan", N, "lashes", 154),
     M(K, "51 tahun", N, "age", 51, cls="age"),
     M(K, "11 juta kronor Swedia", N, "prize_sek", 11e6, cls="money"),
     M(K, "sekitar 1 juta dollar AS", N, "prize_usd", 1e6, qual="approx", cls="money"),
     M(K, "ke-19", N, "rank", 19, cls="ord"),
     M(K, "2003", D, "ebadi", "2003"),
     M(K, "10 Desember", D, "ceremony", "2023-12-10"),
     M(K, "351 kandidat", N, "candidates", 351),
     M(K, "259 individu", N, "individuals", 259),
     M(K, "92 organisasi", N, "orgs", 92),
     M(K, "17 tahun", N, "twins_age", 17, cls="age"),

     M(A, "October 6", D, "announce", "2023-10-06"),
     M(A, "51-year-old", N, "age", 51, cls="age"),
     M(A, "13 times", N, "arrests", 13),
     M(A, "five times", N, "convictions", 5),
     M(A, "31 years", N, "years", 31, cls="dur"),
     M(A, "154 lashes", N, "lashes", 154),
     M(A, "November 2021", D, "jailed", "2021-11"),
     M(A, "11 million Swedish kronor", N, "prize_sek", 11e6, cls="money"),
     M(A, "$1m", N, "prize_usd", 1e6, cls="money"),
     M(A, "December 10", D, "ceremony", "2023-12-10"),
     M(A, "19th woman", N, "rank", 19, cls="ord"),
     M(A, "2003", D, "ebadi", "2003"),
     M(A, "aged 17", N, "twins_age", 17, cls="age"),

     M(T, "Jumat, 6 Oktober 2023", D, "announce", "2023-10-06"),
     M(T, "51 tahun", N, "age", 51, cls="age"),
     M(T, "13 kali", N, "arrests", 13),
     M(T, "lima kali", N, "convictions", 5),
     M(T, "31 tahun", N, "years", 31, cls="dur"),
     M(T, "154 cambukan", N, "lashes", 154),
     M(T, "11 juta kronor Swedia", N, "prize_sek", 11e6, cls="money"),
     M(T, "sekitar US$ 1 juta", N, "prize_usd", 1e6, qual="approx", cls="money"),
     M(T, "10 Desember 2023", D, "ceremony", "2023-12-10"),
     M(T, "ke-19", N, "rank", 19, cls="ord"),
     M(T, "1901", D, "first", "1901"),
     M(T, "November 2021", D, "jailed", "2021-11"),
     M(T, "22 tahun", N, "amini_age", 22, cls="age"),
     M(T, "16 September 2022", D, "amini_date", "2022-09-16"),
     M(T, "351 kandidat", N, "candidates", 351),
     M(T, "2003", D, "ebadi", "2003"),
    ]
    build("nobel-peace-2023", "The 2023 Nobel Peace Prize to Narges Mohammadi (control), announced in Oslo on Friday 6 "
          "October 2023: arrested 13 times, convicted five times, 31 years in prison and 154 lashes in all, aged 51, "
          "11 million Swedish kronor (about $1 million), the 19th woman laureate, 351 candidates (259 individuals, 92 "
          "organisations), the ceremony on 10 December; Shirin Ebadi's prize of 2003 and Mahsa Amini's death recalled. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    rana()
    pension()
    nobel()
