"""The two-hundred-and-forty-third development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset243/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def eseka():
    K, R, T, A = "kompas-oct22", "reuters-oct25", "detik-nov14", "ap-nov30"
    # as-of times of the running tallies: the transport minister's first count on the evening of the crash (Friday
    # 21 October 2016: 53 dead, 575 injured), the government's 79 dead on Monday 24 October, the 79 repeated on 14 and
    # 30 November, and the lower count of the injured (551) as reported on 30 November, a revision of the 575. The
    # passengers and the extra carriages do not change with the day of the report.
    FRI, MON, NOV14, NOV30 = "2016-10-21", "2016-10-24", "2016-11-14", "2016-11-30"
    names = {
     "dead": "people killed in the derailment", "injured": "people injured in the derailment",
     "passengers": "passengers on board", "carriages": "extra carriages added",
     # dates
     "crash": "day of the derailment", "count_fri": "day of the transport minister's first count",
     "count_mon": "day the toll reached 79", "mourning": "day of national mourning",
    }
    ms = [
     M(K, "Jumat (21/10/2016)", D, "crash", "2016-10-21"),
     M(K, "Jumat malam", D, "count_fri", "2016-10-21"),
     M(K, "53 orang", N, "dead", 53, FRI),
     M(K, "575 orang", N, "injured", 575, FRI),
     M(K, "sekitar 1.300 penumpang", N, "passengers", 1300, qual="approx"),
     M(K, "delapan gerbong", N, "carriages", 8),

     M(R, "Friday", D, "crash", "2016-10-21"),
     M(R, "79", N, "dead", 79, MON),
     M(R, "Monday", D, "count_mon", "2016-10-24"),
     M(R, "53 dead", N, "dead", 53, FRI),
     M(R, "575 injured", N, "injured", 575, FRI),
     M(R, "Friday", D, "count_fri", "2016-10-21", occ=2),
     M(R, "Monday", D, "mourning", "2016-10-24", occ=2),
     M(R, "about 1,300 passengers", N, "passengers", 1300, qual="approx"),
     M(R, "eight extra carriages", N, "carriages", 8),

     M(T, "Sabtu (22/10/2016)", D, "crash", "2016-10-22", planted=True),
     M(T, "79 orang", N, "dead", 79, NOV14),
     M(T, "53 orang", N, "dead", 53, FRI),
     M(T, "575 penumpang", N, "injured", 575, FRI),
     M(T, "sekitar 1.300 penumpang", N, "passengers", 1300, qual="approx"),
     M(T, "delapan gerbong tambahan", N, "carriages", 8),
     M(T, "Senin (24/10/2016)", D, "mourning", "2016-10-24"),

     M(A, "551 people", N, "injured", 551, NOV30),
     M(A, "Oct. 21", D, "crash", "2016-10-21"),
     M(A, "575", N, "injured", 575, FRI),
     M(A, "79", N, "dead", 79, NOV30),
     M(A, "35 dead", N, "dead", 35, FRI, planted=True),
     M(A, "about 1,300 passengers", N, "passengers", 1300, qual="approx"),
     M(A, "eight carriages", N, "carriages", 8),
     M(A, "Oct. 24", D, "mourning", "2016-10-24"),
    ]
    build("eseka-derailment-2016", "The derailment of an overcrowded Camrail passenger train from Yaounde to Douala "
          "near Eseka, Cameroon (Friday 21 October 2016): the transport minister's first count of 53 dead and 575 "
          "injured on the evening of the crash, the government's 79 dead on Monday 24 October (the day of national "
          "mourning), the injured later put at 551 (a revision); about 1,300 passengers after eight extra carriages "
          "were added when a bridge collapse cut the main road", False, ms, names)


def solhan():
    R, K, T, A = "reuters-jun05", "kompas-jun07", "detik-jun10", "ap-jul01"
    # as-of times: the government's first count on Saturday 5 June 2021 (at least 100), its count on Sunday 6 June
    # (132, the figure it kept; the later articles cite it as the Sunday count), UNHCR's count of the displaced on
    # Tuesday 8 June (more than 3,300), the nation's displaced (more than a million on 5 June, more than 1.2 million
    # on 8 June and on 1 July). The government's counts against the local sources' 160 are sources; the local
    # sources' figure has no as-of time.
    SAT5, SUN6, JUN8, JUL01 = "2021-06-05", "2021-06-06", "2021-06-08", "2021-07-01"
    GOV, LOCAL = "the government", "local sources"
    names = {
     "dead": "people killed in Solhan", "children": "children among the dead", "fled": "people who fled Solhan",
     "fled_children": "children among those who fled", "idp": "people displaced across Burkina Faso",
     "tadaryat": "people killed in Tadaryat", "mourning_h": "hours of national mourning",
     "ages": "ages of the attackers",
     # dates
     "attack": "night of the attack", "count_sat": "day of the first count", "count_sun": "day of the count of 132",
     "unhcr": "day of UNHCR's count of the displaced", "mourning_end": "day the mourning ended",
     "ministers": "day the defence and security ministers were replaced", "since": "year the violence spread",
    }
    ms = [
     M(R, "at least 100 civilians", N, "dead", 100, SAT5, qual="atleast", src=GOV),
     M(R, "Saturday", D, "count_sat", "2021-06-05"),
     M(R, "Friday", D, "attack", "2021-06-04"),
     M(R, "2015", D, "since", "2015"),
     M(R, "72 hours", N, "mourning_h", 72, cls="dur"),
     M(R, "14 people", N, "tadaryat", 14),
     M(R, "more than a million", N, "idp", 1000000, SAT5, qual="morethan"),

     M(K, "132 orang", N, "dead", 132, SUN6, src=GOV),
     M(K, "Minggu (6/6/2021)", D, "count_sun", "2021-06-06"),
     M(K, "Sabtu (5/6/2021)", D, "count_sat", "2021-06-05"),
     M(K, "sedikitnya 100 warga", N, "dead", 100, SAT5, qual="atleast", src=GOV),
     M(K, "160 orang", N, "dead", 160, src=LOCAL),
     M(K, "sedikitnya 20 anak", N, "children", 20, qual="atleast"),
     M(K, "Jumat (4/6/2021)", D, "attack", "2021-06-04"),
     M(K, "72 jam", N, "mourning_h", 72, cls="dur"),
     M(K, "2015", D, "since", "2015"),

     M(T, "Lebih dari 3.300 orang", N, "fled", 3300, JUN8, qual="morethan"),
     M(T, "Jumat (4/6/2021)", D, "attack", "2021-06-04"),
     M(T, "Selasa (8/6/2021)", D, "unhcr", "2021-06-08"),
     M(T, "lebih dari 2.000", N, "fled_children", 2000, JUN8, qual="morethan"),
     M(T, "Minggu (6/6/2021)", D, "count_sun", "2021-06-06"),
     M(T, "123 orang", N, "dead", 123, SUN6, src=GOV, planted=True),
     M(T, "160 orang", N, "dead", 160, src=LOCAL),
     M(T, "lebih dari 1,2 juta orang", N, "idp", 1200000, JUN8, qual="morethan"),
     M(T, "2015", D, "since", "2015"),
     M(T, "14 orang", N, "tadaryat", 14),
     M(T, "72 jam", N, "mourning_h", 72, cls="dur"),
     M(T, "Senin (7/6/2021)", D, "mourning_end", "2021-06-07"),

     M(A, "Wednesday", D, "ministers", "2021-06-30"),
     M(A, "132 people", N, "dead", 132, SUN6, src=GOV),
     M(A, "June 4", D, "attack", "2021-06-04"),
     M(A, "160", N, "dead", 160, src=LOCAL),
     M(A, "at least 20 children", N, "children", 20, qual="atleast"),
     M(A, "More than 3,300 people", N, "fled", 3300, JUN8, qual="morethan"),
     M(A, "between 12 and 14", N, "ages", 12),
     M(A, "2015", D, "since", "2015"),
     M(A, "more than 1.2 million people", N, "idp", 1200000, JUL01, qual="morethan"),
    ]
    build("solhan-massacre-2021", "The raid on the village of Solhan, Yagha province, northern Burkina Faso (the "
          "night of Friday 4 June 2021): the government's at least 100 dead on Saturday 5 June, 132 on Sunday 6 June, "
          "local sources' 160; at least 20 children among the dead (UNICEF); more than 3,300 fled (UNHCR, Tuesday 8 "
          "June); 14 killed in Tadaryat hours earlier; 72 hours of mourning; the defence and security ministers "
          "replaced on Wednesday 30 June 2021", False, ms, names)


def cameroon():
    R, K, A, T = "reuters-oct22", "kompas-oct23", "ap-oct24", "tempo-oct25"
    names = {
     "biya": "Biya's share of the vote", "kamto": "Kamto's share of the vote", "libii": "Libii's share of the vote",
     "osih": "Osih's share of the vote", "turnout": "national turnout", "turnout_nw": "turnout in the North-West",
     "age": "Biya's age", "term": "length of the new term (years)", "petitions": "petitions the council rejected",
     # dates
     "proclaim": "day the Constitutional Council proclaimed the result", "vote": "day of the vote",
     "since": "year Biya came to power",
    }
    ms = [
     M(R, "71.28 percent", N, "biya", 71.28, cls="pct"),
     M(R, "Monday", D, "proclaim", "2018-10-22"),
     M(R, "14.23 percent", N, "kamto", 14.23, cls="pct"),
     M(R, "6.28 percent", N, "libii", 6.28, cls="pct"),
     M(R, "3.35 percent", N, "osih", 3.35, cls="pct"),
     M(R, "Oct. 7", D, "vote", "2018-10-07"),
     M(R, "53.85 percent", N, "turnout", 53.85, cls="pct"),
     M(R, "85", N, "age", 85, cls="age"),
     M(R, "1982", D, "since", "1982"),
     M(R, "seven years", N, "term", 7, cls="dur"),
     M(R, "18 petitions", N, "petitions", 18),
     M(R, "5.36 percent", N, "turnout_nw", 5.36, cls="pct"),

     M(K, "Senin (22/10/2018)", D, "proclaim", "2018-10-22"),
     M(K, "71,28 persen", N, "biya", 71.28, cls="pct"),
     M(K, "14,23 persen", N, "kamto", 14.23, cls="pct"),
     M(K, "6,28 persen", N, "libii", 6.28, cls="pct"),
     M(K, "3,35 persen", N, "osih", 3.35, cls="pct"),
     M(K, "Minggu (7/10/2018)", D, "vote", "2018-10-07"),
     M(K, "53,85 persen", N, "turnout", 53.85, cls="pct"),
     M(K, "85 tahun", N, "age", 85, cls="age"),
     M(K, "1982", D, "since", "1982"),
     M(K, "tujuh tahun", N, "term", 7, cls="dur"),
     M(K, "18 gugatan", N, "petitions", 18),
     M(K, "5,36 persen", N, "turnout_nw", 5.36, cls="pct"),

     M(A, "aged 85", N, "age", 85, cls="age"),
     M(A, "71.28 percent", N, "biya", 71.28, cls="pct"),
     M(A, "Monday", D, "proclaim", "2018-10-22"),
     M(A, "Oct. 7", D, "vote", "2018-10-07"),
     M(A, "14.23 percent", N, "kamto", 14.23, cls="pct"),
     M(A, "6.28 percent", N, "libii", 6.28, cls="pct"),
     M(A, "3.35 percent", N, "osih", 3.35, cls="pct"),
     M(A, "53.85 percent", N, "turnout", 53.85, cls="pct"),
     M(A, "5.36 percent", N, "turnout_nw", 5.36, cls="pct"),
     M(A, "18 petitions", N, "petitions", 18),
     M(A, "1982", D, "since", "1982"),
     M(A, "seven years", N, "term", 7, cls="dur"),

     M(T, "71,28 persen", N, "biya", 71.28, cls="pct"),
     M(T, "Senin (22/10/2018)", D, "proclaim", "2018-10-22"),
     M(T, "14,23 persen", N, "kamto", 14.23, cls="pct"),
     M(T, "6,28 persen", N, "libii", 6.28, cls="pct"),
     M(T, "3,35 persen", N, "osih", 3.35, cls="pct"),
     M(T, "53,85 persen", N, "turnout", 53.85, cls="pct"),
     M(T, "7 Oktober 2018", D, "vote", "2018-10-07"),
     M(T, "85 tahun", N, "age", 85, cls="age"),
     M(T, "1982", D, "since", "1982"),
     M(T, "tujuh tahun", N, "term", 7, cls="dur"),
     M(T, "18 gugatan", N, "petitions", 18),
     M(T, "5,36 persen", N, "turnout_nw", 5.36, cls="pct"),
    ]
    build("cameroon-election-2018", "Cameroon's Constitutional Council proclaims the result of the presidential "
          "election of Sunday 7 October 2018 (control), on Monday 22 October 2018: Paul Biya 71.28%, Maurice Kamto "
          "14.23%, Cabral Libii 6.28%, Joshua Osih 3.35%, turnout 53.85% (5.36% in the North-West), 18 petitions "
          "rejected the week before; Biya, 85, in power since 1982, a new term of seven years. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    eseka()
    solhan()
    cameroon()
