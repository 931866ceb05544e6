"""The three-hundred-and-seventy-second development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset372/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def lindh_euro_vote():
    R, K, A, T = "reuters-sep11", "kompas-sep15", "ap-sep18", "antara-mar24"
    # as-of times: the Election Authority's preliminary count of referendum night, Sunday 14 September 2003 (No
    # 56.1%, Yes 41.8%, turnout 81.2%), and its final count with the postal votes, Wednesday 17 September 2003 (No
    # 55.9%, Yes 42.0%, blank 2.1%, turnout 82.6%). The No share falling from the preliminary to the final count is a
    # revision; the Yes share and turnout rising, updates. SVT's exit poll (No 56.5%) is another source's estimate of
    # the same share (sources). The poll before the attack is another fact.
    PRE, FINAL = "2003-09-14", "2003-09-17"
    VAL, SVT = "the Election Authority", "SVT's exit poll"
    names = {
     "no": "the No side's share", "yes": "the Yes side's share", "blank": "blank ballots' share",
     "turnout": "turnout", "poll_no": "the No side in the last poll before the attack",
     "poll_yes": "the Yes side in the last poll before the attack", "age": "Lindh's age",
     "age_freed": "the age of the first man detained", "age_killer": "the killer's age", "parties": "parties in parliament",
     "tips": "tips from the public",
     # dates
     "stabbed": "day Lindh was stabbed", "died": "day Lindh died", "vote": "day of the referendum",
     "final_day": "day of the final count", "freed": "day the first man was detained",
     "arrest": "day the killer was arrested", "sentence": "day of the district court's sentence",
     "eu_join": "year Sweden joined the European Union",
    }
    ms = [
     M(R, "Thursday", D, "died", "2003-09-11"),
     M(R, "Wednesday", D, "stabbed", "2003-09-10"),
     M(R, "46", N, "age", 46, cls="age"),
     M(R, "Sunday", D, "vote", "2003-09-14"),
     M(R, "seven parties", N, "parties", 7),
     M(R, "50 percent", N, "poll_no", 50, cls="pct"),
     M(R, "39 percent", N, "poll_yes", 39, cls="pct"),

     M(K, "Minggu (14/9/2003)", D, "vote", "2003-09-14"),
     M(K, "56,1 persen", N, "no", 56.1, PRE, cls="pct", src=VAL),
     M(K, "41,8 persen", N, "yes", 41.8, PRE, cls="pct", src=VAL),
     M(K, "81,2 persen", N, "turnout", 81.2, PRE, cls="pct", src=VAL),
     M(K, "56,5 persen", N, "no", 56.5, PRE, cls="pct", src=SVT),
     M(K, "Rabu (10/9/2003)", D, "stabbed", "2003-09-10"),
     M(K, "Kamis (11/9/2003)", D, "died", "2003-09-11"),
     M(K, "1995", D, "eu_join", "1995"),

     M(A, "Sunday", D, "vote", "2003-09-14"),
     M(A, "Wednesday", D, "final_day", "2003-09-17"),
     M(A, "82.6 percent", N, "turnout", 82.6, FINAL, cls="pct", src=VAL),
     M(A, "55.9 percent", N, "no", 55.9, FINAL, cls="pct", src=VAL),
     M(A, "56.1 percent", N, "no", 56.1, PRE, cls="pct", src=VAL),
     M(A, "42.0 percent", N, "yes", 42.0, FINAL, cls="pct", src=VAL),
     M(A, "41.8 percent", N, "yes", 41.8, PRE, cls="pct", src=VAL),
     M(A, "2.1 percent", N, "blank", 2.1, FINAL, cls="pct", src=VAL),
     M(A, "81.2 percent", N, "turnout", 81.2, PRE, cls="pct", src=VAL),
     M(A, "Sept. 11", D, "died", "2003-09-11"),
     M(A, "Tuesday", D, "freed", "2003-09-16"),
     M(A, "35-year-old", N, "age_freed", 35, cls="age"),
     M(A, "more than 1,000 tips", N, "tips", 1000, qual="morethan"),

     M(T, "Selasa (23/3/2004)", D, "sentence", "2004-03-23"),
     M(T, "25 tahun", N, "age_killer", 25, cls="age"),
     M(T, "24 September 2003", D, "arrest", "2003-09-24"),
     M(T, "10 September 2003", D, "stabbed", "2003-09-10"),
     M(T, "Jumat (12/9/2003)", D, "died", "2003-09-12", planted=True),
     M(T, "59,5 persen", N, "no", 59.5, FINAL, cls="pct", planted=True),
     M(T, "82,6 persen", N, "turnout", 82.6, FINAL, cls="pct"),
     M(T, "46 tahun", N, "age", 46, cls="age"),
    ]
    build("lindh-euro-vote-2003", "The stabbing of Sweden's foreign minister Anna Lindh in the NK department store on "
          "Wednesday 10 September 2003 and her death early on Thursday 11 September; the euro referendum of Sunday 14 "
          "September 2003 in two counts (the preliminary count of the night: No 56.1%, Yes 41.8%, turnout 81.2%; the "
          "final count of Wednesday 17 September: No 55.9%, Yes 42.0%, blank 2.1%, turnout 82.6%), SVT's exit poll "
          "(No 56.5%) as another source; the detention of a first man on Tuesday 16 September, the arrest of Mijailo "
          "Mijailovic on 24 September 2003 and his life sentence by the Stockholm district court on Tuesday 23 March "
          "2004", False, ms, names)


def scandinavian_star():
    R, K, A, T = "reuters-apr07", "kompas-apr10", "ap-apr11", "antara-may04"
    # as-of times of the running tallies: Saturday evening 7 April 1990 (at least 76 dead, the operator's 495 on
    # board), Sunday 8 April (110 dead), Monday 9 April 17:00 (the Norwegian police's 150 dead against the Swedish
    # police's 143 bodies brought off the ship: sources; the operator's corrected 482 on board, a revision of its
    # 495), Tuesday 10 April 18:00 when the search of the ship ended (158 dead, 482 on board, 324 survivors; the final
    # toll, the one the later reports give). The dead do not fall.
    SAT, SUN, MON, TUE = "1990-04-07", "1990-04-08", "1990-04-09", "1990-04-10"
    NOR, SWE, OPER = "the Norwegian police", "the Swedish police at Lysekil", "the ship's operator"
    names = {
     "dead": "people killed in the fire", "aboard": "people on board", "passengers": "passengers on board",
     "crew": "crew on board", "survivors": "survivors", "identified": "dead identified",
     # dates
     "fire": "day of the fire", "count_sun": "day of the count of 110", "count_mon": "day of the count of 150",
     "count_tue": "day the search of the ship ended", "towed": "day the ship was towed into Lysekil",
     "commission": "day Norway set up the commission of inquiry",
     "danish_police": "day the Danish police began questioning the officers",
    }
    ms = [
     M(R, "At least 76 people", N, "dead", 76, SAT, qual="atleast", src=NOR),
     M(R, "Saturday", D, "fire", "1990-04-07"),
     M(R, "495 people", N, "aboard", 495, SAT, src=OPER),

     M(K, "150 orang", N, "dead", 150, MON, src=NOR),
     M(K, "Senin (9/4/1990)", D, "count_mon", "1990-04-09"),
     M(K, "Minggu (8/4/1990)", D, "count_sun", "1990-04-08"),
     M(K, "110 korban tewas", N, "dead", 110, SUN, src=NOR),
     M(K, "143 jenazah", N, "dead", 143, MON, src=SWE),
     M(K, "482 orang", N, "aboard", 482, MON, src=OPER),
     M(K, "383 penumpang", N, "passengers", 383, MON),
     M(K, "99 awak", N, "crew", 99, MON),
     M(K, "495 orang", N, "aboard", 495, SAT, src=OPER),
     M(K, "Sabtu (7/4/1990)", D, "fire", "1990-04-07"),

     M(A, "158", N, "dead", 158, TUE),
     M(A, "Tuesday", D, "count_tue", "1990-04-10"),
     M(A, "482 people", N, "aboard", 482, TUE),
     M(A, "324", N, "survivors", 324, TUE),
     M(A, "Saturday, April 7", D, "fire", "1990-04-07"),
     M(A, "Sunday", D, "towed", "1990-04-08"),
     M(A, "at least 136", N, "identified", 136, TUE, qual="atleast"),

     M(T, "Jumat (13/4/1990)", D, "commission", "1990-04-13"),
     M(T, "185 orang", N, "dead", 185, TUE, planted=True),
     M(T, "Jumat (6/4/1990)", D, "fire", "1990-04-06", planted=True),
     M(T, "482 orang", N, "aboard", 482, TUE),
     M(T, "Kamis (12/4/1990)", D, "danish_police", "1990-04-12"),
     M(T, "324 orang", N, "survivors", 324, TUE),
    ]
    build("scandinavian-star-1990", "The fire on the passenger ferry Scandinavian Star early on Saturday 7 April 1990 "
          "on its crossing from Oslo to Frederikshavn: the dead counted by the Norwegian police at least 76 on Saturday "
          "evening, 110 on Sunday 8 April, 150 on Monday 9 April (against 143 bodies brought off the ship by the Swedish "
          "police at Lysekil: sources), 158 when the search ended on Tuesday 10 April; the operator's 495 on board on "
          "the first day corrected to 482 (383 passengers, 99 crew; a revision), 324 survivors; the ship towed into "
          "Lysekil on Sunday; the Danish police questioning the officers on Thursday 12 April and Norway's commission "
          "of inquiry set up on Friday 13 April 1990", False, ms, names)


def norway_eu_vote():
    R, K, A, G = "reuters-nov29", "kompas-nov30", "antara-dec01", "guardian-dec02"
    names = {
     "no": "the No share", "yes": "the Yes share", "turnout": "turnout", "no1972": "the No share of 1972",
     "swe_yes": "Sweden's Yes share", "fin_yes": "Finland's Yes share", "members": "members of the enlarged Union",
     # dates
     "vote": "day of the referendum", "ref1972": "year of the first referendum", "swe_vote": "day of Sweden's vote",
     "fin_vote": "day of Finland's vote", "accession": "day the three newcomers join",
     "announced": "day the government confirmed the official result",
    }
    ms = [
     M(R, "Monday", D, "vote", "1994-11-28"),
     M(R, "52.2 percent", N, "no", 52.2, cls="pct"),
     M(R, "47.8 percent", N, "yes", 47.8, cls="pct"),
     M(R, "89.0 percent", N, "turnout", 89.0, cls="pct"),
     M(R, "53.5 percent", N, "no1972", 53.5, cls="pct"),
     M(R, "1972", D, "ref1972", "1972"),
     M(R, "Nov. 13", D, "swe_vote", "1994-11-13"),
     M(R, "52.3 percent", N, "swe_yes", 52.3, cls="pct"),
     M(R, "Oct. 16", D, "fin_vote", "1994-10-16"),
     M(R, "56.9 percent", N, "fin_yes", 56.9, cls="pct"),
     M(R, "Jan. 1, 1995", D, "accession", "1995-01-01"),

     M(K, "Senin (28/11/1994)", D, "vote", "1994-11-28"),
     M(K, "52,2 persen", N, "no", 52.2, cls="pct"),
     M(K, "47,8 persen", N, "yes", 47.8, cls="pct"),
     M(K, "hampir 90 persen", N, "turnout", 90, qual="nearly", cls="pct"),
     M(K, "1972", D, "ref1972", "1972"),
     M(K, "53,5 persen", N, "no1972", 53.5, cls="pct"),
     M(K, "13 November", D, "swe_vote", "1994-11-13"),
     M(K, "52,3 persen", N, "swe_yes", 52.3, cls="pct"),
     M(K, "16 Oktober", D, "fin_vote", "1994-10-16"),
     M(K, "56,9 persen", N, "fin_yes", 56.9, cls="pct"),
     M(K, "1 Januari 1995", D, "accession", "1995-01-01"),

     M(A, "Senin (28/11/1994)", D, "vote", "1994-11-28"),
     M(A, "52,2 persen", N, "no", 52.2, cls="pct"),
     M(A, "47,8 persen", N, "yes", 47.8, cls="pct"),
     M(A, "89,0 persen", N, "turnout", 89.0, cls="pct"),
     M(A, "1972", D, "ref1972", "1972"),
     M(A, "53,5 persen", N, "no1972", 53.5, cls="pct"),
     M(A, "52,3 persen", N, "swe_yes", 52.3, cls="pct"),
     M(A, "13 November", D, "swe_vote", "1994-11-13"),
     M(A, "56,9 persen", N, "fin_yes", 56.9, cls="pct"),
     M(A, "16 Oktober", D, "fin_vote", "1994-10-16"),
     M(A, "1 Januari 1995", D, "accession", "1995-01-01"),
     M(A, "15 negara", N, "members", 15),

     M(G, "Tuesday", D, "announced", "1994-11-29"),
     M(G, "Monday", D, "vote", "1994-11-28"),
     M(G, "52.2 per cent", N, "no", 52.2, cls="pct"),
     M(G, "47.8 per cent", N, "yes", 47.8, cls="pct"),
     M(G, "89.0 per cent", N, "turnout", 89.0, cls="pct"),
     M(G, "1972", D, "ref1972", "1972"),
     M(G, "53.5 per cent", N, "no1972", 53.5, cls="pct"),
     M(G, "52.3 per cent", N, "swe_yes", 52.3, cls="pct"),
     M(G, "November 13", D, "swe_vote", "1994-11-13"),
     M(G, "56.9 per cent", N, "fin_yes", 56.9, cls="pct"),
     M(G, "October 16", D, "fin_vote", "1994-10-16"),
     M(G, "January 1, 1995", D, "accession", "1995-01-01"),
     M(G, "15 members", N, "members", 15),
    ]
    build("norway-eu-vote-1994", "Norway's referendum on joining the European Union of Monday 28 November 1994, one "
          "official result reported everywhere (control): No 52.2%, Yes 47.8%, turnout 89.0%; the No of 1972 (53.5%); "
          "Sweden's Yes of 13 November 1994 (52.3%) and Finland's of 16 October 1994 (56.9%); Sweden, Finland and "
          "Austria joining on 1 January 1995, making 15 members. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    lindh_euro_vote()
    scandinavian_star()
    norway_eu_vote()
