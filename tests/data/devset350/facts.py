"""The three-hundred-and-fiftieth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset350/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def stadium():
    R, K, A, T = "reuters-may10", "kompas-may12", "ap-may14", "tempo-jun05"
    # as-of times of the running toll: shortly before midnight on Wednesday 9 May 2001 (the police's first count of
    # 70), Thursday 10 May (at least 120 by the police; 106 by the Korle Bu Teaching Hospital: sources), Friday 11 May
    # (126 by the police), then the same 126 recalled on 14 May (the memorial) and 4 June (the inquiry's first hearing),
    # no source named. The toll does not fall. The Ellis Park crush, the commission's size and the days of mourning
    # do not change with the day of the report.
    WEDN, THU, FRI, MAY14, JUN4 = "2001-05-09b", "2001-05-10", "2001-05-11", "2001-05-14", "2001-06-04"
    POLICE, HOSPITAL = "the Ghana police", "the Korle Bu Teaching Hospital"
    names = {
     "dead": "people killed in the stampede", "mourning": "days of national mourning",
     "ellis_dead": "people killed in the Ellis Park crush of April 2001", "commission": "members of the commission",
     "ellis_gap": "weeks between Ellis Park and the Accra stampede",
     "hearing_gap": "weeks between the stampede and the first hearing",
     # dates
     "match": "day of the stampede", "count_thu": "day of the count of at least 120",
     "count_fri": "day of the count of 126", "ellis": "day of the Ellis Park crush", "memorial": "day of the memorial",
     "hearing": "day of the inquiry's first hearing",
    }
    ms = [
     M(R, "At least 120 people", N, "dead", 120, THU, qual="atleast", src=POLICE),
     M(R, "Wednesday", D, "match", "2001-05-09"),
     M(R, "Thursday", D, "count_thu", "2001-05-10"),
     M(R, "70", N, "dead", 70, WEDN, src=POLICE),
     M(R, "106 dead", N, "dead", 106, THU, src=HOSPITAL),
     M(R, "Thursday", D, "count_thu", "2001-05-10", occ=2),
     M(R, "three days", N, "mourning", 3, cls="dur"),
     M(R, "four weeks", N, "ellis_gap", 4, cls="dur"),
     M(R, "43 people", N, "ellis_dead", 43),
     M(R, "April 11", D, "ellis", "2001-04-11"),

     M(K, "126 orang", N, "dead", 126, FRI, src=POLICE),
     M(K, "Jumat (11/5/2001)", D, "count_fri", "2001-05-11"),
     M(K, "Kamis (10/5/2001)", D, "count_thu", "2001-05-10"),
     M(K, "sedikitnya 120 korban tewas", N, "dead", 120, THU, qual="atleast", src=POLICE),
     M(K, "106 orang", N, "dead", 106, THU, src=HOSPITAL),
     M(K, "Rabu (9/5/2001)", D, "match", "2001-05-09"),
     M(K, "tiga hari", N, "mourning", 3, cls="dur"),
     M(K, "11 April 2001", D, "ellis", "2001-04-11"),
     M(K, "43 orang", N, "ellis_dead", 43),

     M(A, "Sunday", D, "memorial", "2001-05-13"),
     M(A, "126 people", N, "dead", 126, MAY14),
     M(A, "Wednesday", D, "match", "2001-05-09"),
     M(A, "five-member", N, "commission", 5),
     M(A, "three days", N, "mourning", 3, cls="dur"),
     M(A, "34 fans", N, "ellis_dead", 34, planted=True),
     M(A, "April 11", D, "ellis", "2001-04-11"),

     M(T, "Senin (4/6/2001)", D, "hearing", "2001-06-04"),
     M(T, "hampir empat pekan", N, "hearing_gap", 4, qual="nearly", cls="dur"),
     M(T, "126 orang", N, "dead", 126, JUN4),
     M(T, "lima orang", N, "commission", 5),
     M(T, "Kamis (10/5/2001)", D, "match", "2001-05-10", planted=True),
    ]
    build("accra-stadium-2001", "The stampede at the Accra Sports Stadium in Ghana (Wednesday 9 May 2001) at the end "
          "of the league match between Hearts of Oak and Asante Kotoko: the police's count of 70 dead shortly before "
          "midnight, at least 120 on Thursday 10 May (the Korle Bu Teaching Hospital's 106 the same day: sources), 126 "
          "by Friday 11 May; three days of national mourning declared by President John Kufuor; the memorial on "
          "Sunday 13 May; a five-member commission of inquiry and its first hearing of police officers on Monday 4 "
          "June 2001; the Ellis Park crush in Johannesburg (11 April 2001, 43 dead) as another event", False, ms, names)


def runoff():
    R, K, A, T = "reuters-dec10", "kompas-dec31", "ap-jan03", "antara-jan08"
    # as-of times of the run-off's tallies: the provisional count without Tain announced on Tuesday 30 December 2008
    # and the final count declared on Saturday 3 January 2009 with Tain's votes. A candidate's share falling from
    # the provisional to the final count is a revision (Akufo-Addo 49.87% -> 49.77%); rising, an update (Mills
    # 50.13% -> 50.23%, both candidates' votes, the margin). The first round's shares and turnout, the majority
    # needed, the constituencies and the candidates are results of one day, not tallies.
    PROV, FINAL = "2008-12-30", "2009-01-03"
    names = {
     "mills_pct": "Mills's run-off share", "ak_pct": "Akufo-Addo's run-off share",
     "mills_votes": "Mills's run-off votes", "ak_votes": "Akufo-Addo's run-off votes", "margin": "run-off margin",
     "valid": "votes cast in the run-off", "ak_r1": "Akufo-Addo's first-round share",
     "mills_r1": "Mills's first-round share", "turnout_r1": "first-round turnout", "majority": "share needed to win",
     "others_r1": "the other candidates' first-round share", "others": "other first-round candidates",
     "terms": "terms the constitution allows", "constituencies": "constituencies", "age": "Mills's age",
     # dates
     "r1_day": "day of the first round", "r1_declared": "day the first-round result was announced",
     "runoff_day": "day of the run-off", "prov_declared": "day the provisional run-off result was announced",
     "tain_vote": "day of the vote in Tain", "final_declared": "day the final result was declared",
     "inauguration": "day Mills was sworn in", "kufuor_since": "start of Kufuor's presidency",
     "lost_2000": "Mills's first defeat", "lost_2004": "Mills's second defeat",
    }
    ms = [
     M(R, "more than 50 percent", N, "majority", 50, qual="morethan", cls="pct"),
     M(R, "Wednesday", D, "r1_declared", "2008-12-10"),
     M(R, "49.13 percent", N, "ak_r1", 49.13, cls="pct"),
     M(R, "Sunday", D, "r1_day", "2008-12-07"),
     M(R, "47.92 percent", N, "mills_r1", 47.92, cls="pct"),
     M(R, "69.52 percent", N, "turnout_r1", 69.52, cls="pct"),
     M(R, "Dec. 28", D, "runoff_day", "2008-12-28"),
     M(R, "2000", D, "lost_2000", "2000"),
     M(R, "2004", D, "lost_2004", "2004"),
     M(R, "January 2001", D, "kufuor_since", "2001-01"),
     M(R, "two terms", N, "terms", 2),
     M(R, "six candidates", N, "others", 6),
     M(R, "3 percent", N, "others_r1", 3, cls="pct"),
     M(R, "230 constituencies", N, "constituencies", 230),

     M(K, "50,13 persen", N, "mills_pct", 50.13, PROV, cls="pct"),
     M(K, "Selasa (30/12/2008)", D, "prov_declared", "2008-12-30"),
     M(K, "49,87 persen", N, "ak_pct", 49.87, PROV, cls="pct"),
     M(K, "4.501.466 suara", N, "mills_votes", 4501466, PROV, cls="votes"),
     M(K, "4.478.411 suara", N, "ak_votes", 4478411, PROV, cls="votes"),
     M(K, "23.055 suara", N, "margin", 23055, PROV, cls="votes"),
     M(K, "Jumat (2/1/2009)", D, "tain_vote", "2009-01-02"),
     M(K, "Minggu (28/12/2008)", D, "runoff_day", "2008-12-28"),
     M(K, "49,31 persen", N, "ak_r1", 49.31, cls="pct", planted=True),
     M(K, "47,92 persen", N, "mills_r1", 47.92, cls="pct"),

     M(A, "Saturday", D, "final_declared", "2009-01-03"),
     M(A, "50.23 percent", N, "mills_pct", 50.23, FINAL, cls="pct"),
     M(A, "4,521,032 votes", N, "mills_votes", 4521032, FINAL, cls="votes"),
     M(A, "4,480,446 votes", N, "ak_votes", 4480446, FINAL, cls="votes"),
     M(A, "49.77 percent", N, "ak_pct", 49.77, FINAL, cls="pct"),
     M(A, "40,586 votes", N, "margin", 40586, FINAL, cls="votes"),
     M(A, "more than 9 million", N, "valid", 9000000, FINAL, qual="morethan", cls="votes"),
     M(A, "Dec. 28", D, "runoff_day", "2008-12-28"),
     M(A, "Friday", D, "tain_vote", "2009-01-02"),
     M(A, "Dec. 7", D, "r1_day", "2008-12-07"),
     M(A, "49.13 percent", N, "ak_r1", 49.13, cls="pct"),
     M(A, "64", N, "age", 64, cls="age"),
     M(A, "Wednesday", D, "inauguration", "2009-01-07"),

     M(T, "Rabu (7/1/2009)", D, "inauguration", "2009-01-07"),
     M(T, "2001", D, "kufuor_since", "2001"),
     M(T, "Minggu (4/1/2009)", D, "final_declared", "2009-01-04", planted=True),
     M(T, "4.521.032 suara", N, "mills_votes", 4521032, FINAL, cls="votes"),
     M(T, "50,23 persen", N, "mills_pct", 50.23, FINAL, cls="pct"),
     M(T, "4.480.446 suara", N, "ak_votes", 4480446, FINAL, cls="votes"),
     M(T, "49,77 persen", N, "ak_pct", 49.77, FINAL, cls="pct"),
     M(T, "40.586 suara", N, "margin", 40586, FINAL, cls="votes"),
     M(T, "49,87 persen", N, "ak_pct", 49.87, PROV, cls="pct"),
     M(T, "Jumat (2/1/2009)", D, "tain_vote", "2009-01-02"),
     M(T, "2000", D, "lost_2000", "2000"),
     M(T, "2004", D, "lost_2004", "2004"),
    ]
    build("atta-mills-runoff-2008", "Ghana's presidential election of 2008: the first round of Sunday 7 December "
          "(Akufo-Addo 49.13%, Mills 47.92%, turnout 69.52%, announced on Wednesday 10 December), the run-off of Sunday "
          "28 December counted twice: the provisional count without Tain announced on Tuesday 30 December (Mills "
          "50.13% and 4,501,466 votes, Akufo-Addo 49.87% and 4,478,411, a margin of 23,055) and the final count "
          "declared on Saturday 3 January 2009 after Tain voted on Friday 2 January (Mills 50.23% and 4,521,032 votes, "
          "Akufo-Addo 49.77% and 4,480,446, a margin of 40,586); Mills sworn in on Wednesday 7 January 2009",
          False, ms, names)


def referendum():
    R, K, T, A = "reuters-mar20", "kompas-mar21", "antara-mar22", "ap-mar23"
    names = {
     "yes_pct": "share voting yes", "no_pct": "share voting no", "turnout": "turnout",
     "yes_votes": "yes votes (million)", "no_votes": "no votes (million)", "voters": "people who voted (million)",
     "eligible": "eligible voters (million)", "mubarak_years": "years Mubarak ruled",
     "max_terms": "terms a president may serve", "term_len": "years of a presidential term",
     "old_term": "years of a term under Mubarak", "signatures": "signatures a candidate needs",
     "provinces": "provinces the signatures must come from",
     # dates
     "vote": "day of the referendum", "announce": "day the result was announced", "mubarak_out": "day Mubarak stepped down",
    }
    ms = [
     M(R, "77.2 percent", N, "yes_pct", 77.2, cls="pct"),
     M(R, "Saturday", D, "vote", "2011-03-19"),
     M(R, "Sunday", D, "announce", "2011-03-20"),
     M(R, "14.2 million voters", N, "yes_votes", 14.2, cls="mn"),
     M(R, "4.2 million", N, "no_votes", 4.2, cls="mn"),
     M(R, "22.8 percent", N, "no_pct", 22.8, cls="pct"),
     M(R, "41 percent", N, "turnout", 41, cls="pct"),
     M(R, "18.5 million", N, "voters", 18.5, cls="mn"),
     M(R, "about 45 million", N, "eligible", 45, qual="approx", cls="mn"),
     M(R, "Feb. 11", D, "mubarak_out", "2011-02-11"),
     M(R, "30 years", N, "mubarak_years", 30, cls="yrs"),
     M(R, "two", N, "max_terms", 2),
     M(R, "four-year", N, "term_len", 4, cls="yrs"),
     M(R, "six-year", N, "old_term", 6, cls="yrs"),
     M(R, "30,000 voters", N, "signatures", 30000),
     M(R, "at least 15 provinces", N, "provinces", 15, qual="atleast"),

     M(K, "77,2 persen", N, "yes_pct", 77.2, cls="pct"),
     M(K, "Sabtu (19/3/2011)", D, "vote", "2011-03-19"),
     M(K, "Minggu (20/3/2011)", D, "announce", "2011-03-20"),
     M(K, "14,2 juta pemilih", N, "yes_votes", 14.2, cls="mn"),
     M(K, "4,2 juta pemilih", N, "no_votes", 4.2, cls="mn"),
     M(K, "22,8 persen", N, "no_pct", 22.8, cls="pct"),
     M(K, "18,5 juta orang", N, "voters", 18.5, cls="mn"),
     M(K, "sekitar 45 juta", N, "eligible", 45, qual="approx", cls="mn"),
     M(K, "41 persen", N, "turnout", 41, cls="pct"),
     M(K, "11 Februari 2011", D, "mubarak_out", "2011-02-11"),
     M(K, "30 tahun", N, "mubarak_years", 30, cls="yrs"),
     M(K, "dua periode", N, "max_terms", 2),
     M(K, "empat tahun", N, "term_len", 4, cls="yrs"),
     M(K, "enam tahun", N, "old_term", 6, cls="yrs"),
     M(K, "30.000 pemilih", N, "signatures", 30000),
     M(K, "sedikitnya 15 provinsi", N, "provinces", 15, qual="atleast"),

     M(T, "Hampir 78 persen", N, "yes_pct", 78, qual="nearly", cls="pct"),
     M(T, "Minggu (20/3/2011)", D, "announce", "2011-03-20"),
     M(T, "77,2 persen", N, "yes_pct", 77.2, cls="pct"),
     M(T, "22,8 persen", N, "no_pct", 22.8, cls="pct"),
     M(T, "sekitar 45 juta", N, "eligible", 45, qual="approx", cls="mn"),
     M(T, "18,5 juta orang", N, "voters", 18.5, cls="mn"),
     M(T, "Sabtu (19/3/2011)", D, "vote", "2011-03-19"),
     M(T, "41 persen", N, "turnout", 41, cls="pct"),
     M(T, "dua periode", N, "max_terms", 2),
     M(T, "empat tahun", N, "term_len", 4, cls="yrs"),
     M(T, "30.000 pemilih", N, "signatures", 30000),
     M(T, "sedikitnya 15 provinsi", N, "provinces", 15, qual="atleast"),

     M(A, "Saturday", D, "vote", "2011-03-19"),
     M(A, "Sunday", D, "announce", "2011-03-20"),
     M(A, "77.2 percent", N, "yes_pct", 77.2, cls="pct"),
     M(A, "22.8 percent", N, "no_pct", 22.8, cls="pct"),
     M(A, "More than 18 million people", N, "voters", 18, qual="morethan", cls="mn"),
     M(A, "41 percent", N, "turnout", 41, cls="pct"),
     M(A, "some 45 million", N, "eligible", 45, qual="approx", cls="mn"),
     M(A, "About 14.2 million", N, "yes_votes", 14.2, qual="approx", cls="mn"),
     M(A, "4.2 million", N, "no_votes", 4.2, cls="mn"),
     M(A, "two", N, "max_terms", 2),
     M(A, "four-year", N, "term_len", 4, cls="yrs"),
     M(A, "30,000 voters", N, "signatures", 30000),
     M(A, "at least 15", N, "provinces", 15, qual="atleast"),
     M(A, "Feb. 11", D, "mubarak_out", "2011-02-11"),
     M(A, "nearly 30 years", N, "mubarak_years", 30, qual="nearly", cls="yrs"),
     M(A, "six years", N, "old_term", 6, cls="yrs"),
    ]
    build("egypt-march-referendum-2011", "Egypt's referendum on constitutional amendments (Saturday 19 March 2011), "
          "its result announced on Sunday 20 March by the judicial committee's head Mohamed Ahmed Attia (control): "
          "77.2% yes (14.2 million) and 22.8% no (4.2 million), 18.5 million voters of about 45 million eligible, "
          "turnout 41%; two four-year presidential terms instead of six-year terms without limit; 30,000 signatures "
          "from at least 15 provinces; Mubarak's resignation on 11 February 2011 after 30 years. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    stadium()
    runoff()
    referendum()
