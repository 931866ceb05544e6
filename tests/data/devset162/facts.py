"""The hundred-and-sixty-second development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset162/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def chapecoense():
    K, R, T, A = "kompas-nov29", "reuters-nov30", "detik-dec01", "antara-dec27"
    # as-of times of the running tallies, all on Tuesday 29 November 2016 (local time): the morning's count (76 dead,
    # five survivors, 81 aboard by the airline's first list), the midday count once a sixth survivor was found (75
    # dead) and the disaster agency's evening correction (71 dead, six survivors, 77 aboard: four listed people never
    # boarded). The dead do not fall, so 76 -> 75 -> 71 are revisions; the people aboard are one fact corrected
    # (81 -> 77, a revision). The recalls of 27 December keep the evening's as-of time.
    AM, MID, PM = "2016-11-29a", "2016-11-29b", "2016-11-29c"
    names = {
     "dead": "people killed", "surv": "survivors", "aboard": "people aboard", "pax": "passengers by the first list",
     "crew": "crew by the first list", "noboard": "listed people who never boarded", "players": "players aboard",
     "players_surv": "players who survived", "crew_surv": "crew members who survived",
     "journalists": "journalists killed", "mourning": "days of national mourning (Brazil)",
     "weeks": "time from the crash to the preliminary report",
     # dates
     "crash": "day of the crash", "asof_am": "day of the morning count", "statement": "day of the agency's correction",
     "match": "day of the final's first leg", "site": "day investigators were at the site",
     "prelim": "day of the preliminary report", "suspend": "day Bolivia suspended the airline",
     "title": "day the title was awarded",
    }
    ms = [
     M(K, "Senin (28/11/2016)", D, "crash", "2016-11-28"),
     M(K, "Selasa (29/11/2016)", D, "asof_am", "2016-11-29"),
     M(K, "76 orang", N, "dead", 76, AM),
     M(K, "lima orang", N, "surv", 5, AM),
     M(K, "81 orang", N, "aboard", 81, AM),
     M(K, "72 penumpang", N, "pax", 72, AM),
     M(K, "sembilan awak", N, "crew", 9, AM),
     M(K, "Rabu (30/11/2016)", D, "match", "2016-11-30"),

     M(R, "Seventy-one people", N, "dead", 71, PM),
     M(R, "Tuesday", D, "statement", "2016-11-29"),
     M(R, "75", N, "dead", 75, MID),
     M(R, "77 people", N, "aboard", 77, PM),
     M(R, "81", N, "aboard", 81, AM),
     M(R, "four people", N, "noboard", 4, PM),
     M(R, "Six people", N, "surv", 6, PM),
     M(R, "three players", N, "players_surv", 3, PM),
     M(R, "two members of the crew", N, "crew_surv", 2, PM),
     M(R, "Monday", D, "crash", "2016-11-28"),
     M(R, "Twenty journalists", N, "journalists", 20, PM),
     M(R, "Wednesday", D, "match", "2016-11-30"),
     M(R, "three days", N, "mourning", 3, cls="dur"),
     M(R, "Tuesday", D, "site", "2016-11-29", occ=2),

     M(T, "71 orang", N, "dead", 71, PM),
     M(T, "angka 75", N, "dead", 75, MID),
     M(T, "77 orang", N, "aboard", 77, PM),
     M(T, "81 orang", N, "aboard", 81, AM),
     M(T, "empat nama", N, "noboard", 4, PM),
     M(T, "Minggu (27/11/2016)", D, "crash", "2016-11-27", planted=True),
     M(T, "enam orang", N, "surv", 6, PM),
     M(T, "Selasa", D, "asof_am", "2016-11-29"),
     M(T, "76 orang", N, "dead", 76, AM),
     M(T, "22 pemain", N, "players", 22),
     M(T, "hanya tiga", N, "players_surv", 3, PM),
     M(T, "Rabu (30/11/2016)", D, "match", "2016-11-30"),

     M(A, "Senin (26/12/2016)", D, "prelim", "2016-12-26"),
     M(A, "hampir empat pekan", N, "weeks", 4, qual="nearly", cls="dur"),
     M(A, "Senin (28/11/2016)", D, "crash", "2016-11-28"),
     M(A, "71", N, "dead", 71, PM),
     M(A, "77 orang", N, "aboard", 77, PM),
     M(A, "enam orang", N, "surv", 6, PM),
     M(A, "Kamis (1/12/2016)", D, "suspend", "2016-12-01"),
     M(A, "Senin (5/12/2016)", D, "title", "2016-12-05"),
    ]
    build("chapecoense-crash-2016", "The crash of the LaMia charter carrying the Chapecoense squad near Medellin, "
          "Colombia (Monday 28 November 2016, shortly before 22.00 local time): 76 dead and five survivors by Tuesday "
          "morning (81 aboard by the airline's first list), 75 dead once a sixth survivor was found, revised down to 71 "
          "dead on Tuesday evening (77 aboard: four listed people never boarded), six survivors; the final's first leg "
          "due on Wednesday 30 November; Bolivia's suspension of the airline (Thursday 1 December), the title awarded "
          "(Monday 5 December), the preliminary report of fuel exhaustion (Monday 26 December 2016)",
          False, ms, names)


def peru():
    A, R, K, T, J = "antara-nov10", "reuters-nov15", "kompas-nov16", "tempo-nov18", "jakpost-dec14"
    # votes, dates and terms do not change with the day of the report: the removal vote (Monday 9 November 2020,
    # 105-19-4, 87 needed of 130), Merino's swearing-in (Tuesday 10 November), the protest deaths (Saturday 14
    # November), Merino's resignation (Sunday 15 November), Congress's election of Sagasti (Monday 16 November, 97-26)
    # and his swearing-in (Tuesday 17 November) are different events. The injured of Saturday's protest are credited
    # to the health ministry (63 treated in hospital) and to the rights coordinator (102): sources.
    SAT, SUN = "2020-11-14", "2020-11-15"
    MINSA, CNDDHH = "the health ministry", "the National Human Rights Coordinator"
    names = {
     "ayes": "votes for Vizcarra's removal", "noes": "votes against the removal", "abst": "abstentions on the removal",
     "needed": "votes needed for the removal", "seats": "seats in Congress", "bribe": "bribes alleged (soles)",
     "dead": "protesters killed", "injured": "people injured in Saturday's protest", "gunshot": "people with gunshot wounds",
     "missing": "people missing", "ministers_quit": "ministers who quit", "cabinet": "ministers in the cabinet",
     "sag_ayes": "votes for Sagasti", "sag_noes": "votes against Sagasti",
     "interval": "time between the two impeachment attempts", "merino_days": "Merino's time in office",
     "three_pres": "time in which Peru had three presidents", "since_sworn": "time since Sagasti's swearing-in",
     # dates
     "vote": "day of the removal vote", "merino_sworn": "day Merino was sworn in", "term_end": "end of the term",
     "election": "day of the general election", "first_attempt": "month of the first impeachment attempt",
     "bribe_years": "years of the alleged bribes", "resign": "day Merino resigned", "protest": "day of the deadly protest",
     "asof_min": "day of the ministers' count", "sag_elected": "day Congress elected Sagasti",
     "sag_sworn": "day Sagasti was sworn in",
    }
    ms = [
     M(A, "Senin (9/11/2020)", D, "vote", "2020-11-09"),
     M(A, "105", N, "ayes", 105),
     M(A, "19", N, "noes", 19),
     M(A, "empat", N, "abst", 4),
     M(A, "87 suara", N, "needed", 87),
     M(A, "130 kursi", N, "seats", 130),
     M(A, "2,3 juta sol", N, "bribe", 2300000, qual="approx", cls="money"),
     M(A, "2011-2014", D, "bribe_years", "2011"),
     M(A, "dua bulan", N, "interval", 2, qual="nearly", cls="dur"),
     M(A, "September", D, "first_attempt", "2020-09"),
     M(A, "Selasa (10/11/2020)", D, "merino_sworn", "2020-11-10"),
     M(A, "28 Juli 2021", D, "term_end", "2021-07-28"),
     M(A, "11 April 2021", D, "election", "2021-04-11"),

     M(R, "Sunday", D, "resign", "2020-11-15"),
     M(R, "two young protesters", N, "dead", 2, SAT),
     M(R, "Tuesday", D, "merino_sworn", "2020-11-10"),
     M(R, "Monday", D, "vote", "2020-11-09"),
     M(R, "105 lawmakers", N, "ayes", 105),
     M(R, "two men", N, "dead", 2, SAT),
     M(R, "Saturday", D, "protest", "2020-11-14"),
     M(R, "63 people", N, "injured", 63, SAT, src=MINSA),
     M(R, "at least nine", N, "gunshot", 9, SAT, qual="atleast"),
     M(R, "102", N, "injured", 102, SAT, src=CNDDHH),
     M(R, "at least 41 people", N, "missing", 41, SUN, qual="atleast", fall=True),
     M(R, "Sunday", D, "asof_min", "2020-11-15", occ=2),
     M(R, "13", N, "ministers_quit", 13, SUN),
     M(R, "18 ministers", N, "cabinet", 18),
     M(R, "July 2021", D, "term_end", "2021-07"),

     M(K, "Senin (16/11/2020)", D, "sag_elected", "2020-11-16"),
     M(K, "97 suara", N, "sag_ayes", 97),
     M(K, "26 menolak", N, "sag_noes", 26),
     M(K, "Selasa (17/11/2020)", D, "sag_sworn", "2020-11-17"),
     M(K, "Minggu (15/11/2020)", D, "resign", "2020-11-15"),
     M(K, "lima hari", N, "merino_days", 5, cls="dur"),
     M(K, "Rabu (11/11/2020)", D, "merino_sworn", "2020-11-11", planted=True),
     M(K, "Dua pengunjuk rasa", N, "dead", 2, SAT),
     M(K, "Sabtu (14/11/2020)", D, "protest", "2020-11-14"),
     M(K, "102 orang", N, "injured", 102, SAT, src=CNDDHH),
     M(K, "28 Juli 2021", D, "term_end", "2021-07-28"),
     M(K, "April 2021", D, "election", "2021-04"),

     M(T, "Selasa (17/11/2020)", D, "sag_sworn", "2020-11-17"),
     M(T, "delapan hari", N, "three_pres", 8, cls="dur"),
     M(T, "79 suara", N, "sag_ayes", 79, planted=True),
     M(T, "Minggu (15/11/2020)", D, "resign", "2020-11-15"),
     M(T, "105 anggota Kongres", N, "ayes", 105),
     M(T, "9 November 2020", D, "vote", "2020-11-09"),
     M(T, "dua pemuda", N, "dead", 2, SAT),
     M(T, "Sabtu (14/11/2020)", D, "protest", "2020-11-14"),
     M(T, "63 orang", N, "injured", 63, SAT, src=MINSA),
     M(T, "102 orang", N, "injured", 102, SAT, src=CNDDHH),
     M(T, "11 April 2021", D, "election", "2021-04-11"),
     M(T, "28 Juli 2021", D, "term_end", "2021-07-28"),

     M(J, "Four weeks", N, "since_sworn", 4, cls="dur"),
     M(J, "Nov. 17", D, "sag_sworn", "2020-11-17"),
     M(J, "Nov. 9", D, "vote", "2020-11-09"),
     M(J, "105", N, "ayes", 105),
     M(J, "130 members", N, "seats", 130),
     M(J, "Nov. 10", D, "merino_sworn", "2020-11-10"),
     M(J, "five days", N, "merino_days", 5, cls="dur"),
     M(J, "Nov. 15", D, "resign", "2020-11-15"),
     M(J, "two young men", N, "dead", 2, SAT),
     M(J, "Nov. 16", D, "sag_elected", "2020-11-16"),
     M(J, "97 votes", N, "sag_ayes", 97),
     M(J, "26", N, "sag_noes", 26),
     M(J, "102 injured", N, "injured", 102, SAT, src=CNDDHH),
     M(J, "April 11", D, "election", "2021-04-11"),
     M(J, "July 28, 2021", D, "term_end", "2021-07-28"),
    ]
    build("peru-vacancy-2020", "Peru's presidential crisis of November 2020: Congress removed Martin Vizcarra on Monday "
          "9 November 2020 (105 for, 19 against, 4 abstentions; 87 of 130 needed), Manuel Merino was sworn in on "
          "Tuesday 10 November, two protesters were killed on Saturday 14 November (63 treated in hospital by the "
          "health ministry, 102 injured by the National Human Rights Coordinator), Merino resigned on Sunday 15 "
          "November, Congress elected Francisco Sagasti its head on Monday 16 November (97-26) and he was sworn in as "
          "president on Tuesday 17 November; the term ends on 28 July 2021, the election on 11 April 2021; the crisis "
          "recalled four weeks on (14 December 2020)",
          False, ms, names)


def bolivia():
    R, A, K, J = "reuters-oct23", "antara-oct26", "kompas-oct24", "jakpost-oct25"
    names = {
     "arce": "Arce's share", "mesa": "Mesa's share", "camacho": "Camacho's share", "arce_votes": "Arce's votes",
     "rule50": "share that wins outright", "rule40": "minimum share with a lead", "rule_lead": "lead required (points)",
     "lead": "Arce's lead over Mesa (points)", "qc_arce": "Arce's share in the quick count",
     "qc_mesa": "Mesa's share in the quick count", "age": "Arce's age",
     # dates
     "declared": "day the count was completed", "polling": "polling day", "sworn": "day of the inauguration",
     "morales": "day Morales resigned", "annulled": "month of the annulled election", "concede": "day Mesa conceded",
    }
    ms = [
     M(R, "Friday", D, "declared", "2020-10-23"),
     M(R, "Sunday", D, "polling", "2020-10-18"),
     M(R, "55.10%", N, "arce", 55.1, cls="pct"),
     M(R, "28.83%", N, "mesa", 28.83, cls="pct"),
     M(R, "14%", N, "camacho", 14, cls="pct"),
     M(R, "more than 3.3 million votes", N, "arce_votes", 3300000, qual="morethan"),
     M(R, "more than 50%", N, "rule50", 50, qual="morethan", cls="pct"),
     M(R, "at least 40%", N, "rule40", 40, qual="atleast", cls="pct"),
     M(R, "10 percentage points", N, "rule_lead", 10, cls="pts"),
     M(R, "more than 26 percentage points", N, "lead", 26, qual="morethan", cls="pts"),
     M(R, "52.4%", N, "qc_arce", 52.4, cls="pct"),
     M(R, "31.5%", N, "qc_mesa", 31.5, cls="pct"),
     M(R, "Nov. 8", D, "sworn", "2020-11-08"),
     M(R, "November 2019", D, "morales", "2019-11"),
     M(R, "Monday", D, "concede", "2020-10-19"),

     M(A, "Jumat (23/10/2020)", D, "declared", "2020-10-23"),
     M(A, "55,10 persen", N, "arce", 55.1, cls="pct"),
     M(A, "28,83 persen", N, "mesa", 28.83, cls="pct"),
     M(A, "14 persen", N, "camacho", 14, cls="pct"),
     M(A, "Minggu (18/10/2020)", D, "polling", "2020-10-18"),
     M(A, "lebih dari 3,3 juta suara", N, "arce_votes", 3300000, qual="morethan"),
     M(A, "lebih dari 50 persen", N, "rule50", 50, qual="morethan", cls="pct"),
     M(A, "minimal 40 persen", N, "rule40", 40, qual="atleast", cls="pct"),
     M(A, "10 poin persentase", N, "rule_lead", 10, cls="pts"),
     M(A, "lebih dari 26 poin persentase", N, "lead", 26, qual="morethan", cls="pts"),
     M(A, "52,4 persen", N, "qc_arce", 52.4, cls="pct"),
     M(A, "31,5 persen", N, "qc_mesa", 31.5, cls="pct"),
     M(A, "8 November 2020", D, "sworn", "2020-11-08"),

     M(K, "55,1 persen", N, "arce", 55.1, cls="pct"),
     M(K, "Jumat (23/10/2020)", D, "declared", "2020-10-23"),
     M(K, "28,8 persen", N, "mesa", 28.83, qual="approx", cls="pct"),
     M(K, "14 persen", N, "camacho", 14, cls="pct"),
     M(K, "18 Oktober 2020", D, "polling", "2020-10-18"),
     M(K, "52,4 persen", N, "qc_arce", 52.4, cls="pct"),
     M(K, "lebih dari 26 poin persentase", N, "lead", 26, qual="morethan", cls="pts"),
     M(K, "10 poin persentase", N, "rule_lead", 10, cls="pts"),
     M(K, "Senin (19/10/2020)", D, "concede", "2020-10-19"),
     M(K, "10 November 2019", D, "morales", "2019-11-10"),
     M(K, "Oktober 2019", D, "annulled", "2019-10"),
     M(K, "8 November 2020", D, "sworn", "2020-11-08"),

     M(J, "Oct. 18", D, "polling", "2020-10-18"),
     M(J, "Oct. 23", D, "declared", "2020-10-23"),
     M(J, "57", N, "age", 57, cls="age"),
     M(J, "55.1 percent", N, "arce", 55.1, cls="pct"),
     M(J, "nearly 29 percent", N, "mesa", 29, qual="nearly", cls="pct"),
     M(J, "14 percent", N, "camacho", 14, cls="pct"),
     M(J, "more than 26 points", N, "lead", 26, qual="morethan", cls="pts"),
     M(J, "10-point lead", N, "rule_lead", 10, cls="pts"),
     M(J, "at least 40 percent", N, "rule40", 40, qual="atleast", cls="pct"),
     M(J, "October 2019", D, "annulled", "2019-10"),
     M(J, "Nov. 8", D, "sworn", "2020-11-08"),
     M(J, "Nov. 10, 2019", D, "morales", "2019-11-10"),
     M(J, "Oct. 19", D, "concede", "2020-10-19"),
    ]
    build("bolivia-tse-2020", "Bolivia's electoral tribunal completes the official count of the presidential election "
          "(control) on Friday 23 October 2020, five days after polling on Sunday 18 October: Luis Arce 55.10%, Carlos "
          "Mesa 28.83%, Luis Fernando Camacho 14%; Arce's lead of more than 26 points against the rule of more than 50%, "
          "or at least 40% with a 10-point lead; the quick count's 52.4% and 31.5%; the inauguration on 8 November 2020. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    chapecoense()
    peru()
    bolivia()
