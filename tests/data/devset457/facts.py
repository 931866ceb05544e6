"""The table of facts of the four-hundred-and-fifty-seventh development set (issue 12), an untouched transfer set.

Each mention of a figure or date in the articles is written down once with what it states: the fact, its value, the
as-of time of a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted
error. Every cross-article pair of mentions is then labelled by the development set's rules
(tests/data/devset/README.md): same fact -> agree / compatible / update / revision / conflict / sources; different
facts of one unit class, and every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset457/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def crash():
    A, K, T, B = "ap-mar14", "kompas-mar15", "tempo-mar16", "bbc-mar13-2013"
    # as-of times of the running tallies: early Wednesday 14 March 2012 (at least 20 dead, 25 injured, three of them
    # gravely, by the Valais police), the Wednesday count of the police (28 dead: 22 children and six adults; 24
    # children injured: the 25 revised down, a child counted twice in the first count), Thursday 15 March (14 children
    # still in hospital, a count that may fall), Friday 16 March (the day of mourning: the toll repeated) and the
    # anniversary on Wednesday 13 March 2013 (the toll and the survivors recalled). The gravely injured: three by the
    # police against four by the Belgian foreign ministry (sources).
    WEDE, WED, THU, FRI, Y1 = "2012-03-14a", "2012-03-14b", "2012-03-15", "2012-03-16", "2013-03-13"
    POL, MFA = "the Valais cantonal police", "the Belgian foreign ministry"
    names = {
     "dead": "people killed in the crash", "dead_children": "children killed", "dead_adults": "adults killed",
     "injured": "children injured", "serious": "children gravely injured", "hospital": "children still in hospital",
     "aboard": "people on board the coach", "age_low": "youngest pupils' age", "age_high": "oldest pupils' age",
     "crash_time": "time of the crash (hour)", "silence_time": "time of the minute's silence (hour)",
     "rescuers": "rescuers sent", "helicopters": "helicopters sent", "planes": "military planes bringing the dead home",
     "escorts": "adults killed besides the two drivers", "week": "weeks of the ski holiday",
     "gap": "days between the crash and the day of mourning",
     "since": "years since the crash",
     # dates
     "crash": "day of the crash", "count_early": "day of the first count", "count_wed": "day of the count of 28",
     "pm_trip": "day the prime minister flew to Switzerland", "parents": "day the parents were flown to Switzerland",
     "mourning": "day of national mourning", "count_thu": "day of the hospital count", "anniversary": "day of the anniversary gathering",
     "ceremony": "day of the parents' ceremony at the tunnel",
    }
    ms = [
     M(A, "Tuesday", D, "crash", "2012-03-13"),
     M(A, "at least 20 people", N, "dead", 20, WEDE, qual="atleast"),
     M(A, "52 people", N, "aboard", 52),
     M(A, "11", N, "age_low", 11, cls="age"),
     M(A, "12", N, "age_high", 12, cls="age"),
     M(A, "about 9:15 p.m.", N, "crash_time", 21.25, qual="approx", cls="clock"),
     M(A, "Wednesday", D, "count_early", "2012-03-14"),
     M(A, "at least 20 dead", N, "dead", 20, WEDE, qual="atleast"),
     M(A, "25 injured", N, "injured", 25, WEDE),
     M(A, "three of them", N, "serious", 3, WEDE, src=POL),
     M(A, "Some 200 rescuers", N, "rescuers", 200, qual="approx"),
     M(A, "eight helicopters", N, "helicopters", 8),
     M(A, "a week", N, "week", 1, cls="dur"),
     M(A, "Wednesday", D, "pm_trip", "2012-03-14", occ=2),

     M(K, "28 orang", N, "dead", 28, WED),
     M(K, "Rabu (14/3/2012)", D, "count_wed", "2012-03-14"),
     M(K, "22 anak", N, "dead_children", 22, WED),
     M(K, "enam orang dewasa", N, "dead_adults", 6, WED),
     M(K, "24 anak", N, "injured", 24, WED),
     M(K, "tiga anak", N, "serious", 3, WED, src=POL),
     M(K, "empat anak", N, "serious", 4, WED, src=MFA),
     M(K, "54 orang", N, "aboard", 54, planted=True),
     M(K, "Selasa (13/3/2012)", D, "crash", "2012-03-13"),
     M(K, "sekitar pukul 21.15", N, "crash_time", 21.25, qual="approx", cls="clock"),
     M(K, "11", N, "age_low", 11, cls="age"),
     M(K, "12 tahun", N, "age_high", 12, cls="age"),
     M(K, "sepekan", N, "week", 1, cls="dur"),
     M(K, "Lebih dari 200 petugas", N, "rescuers", 200, qual="morethan"),
     M(K, "delapan helikopter", N, "helicopters", 8),
     M(K, "Rabu pagi", D, "parents", "2012-03-14"),

     M(T, "Jumat (16/3/2012)", D, "mourning", "2012-03-16"),
     M(T, "28 korban", N, "dead", 28, FRI),
     M(T, "pukul 11.00", N, "silence_time", 11, cls="clock"),
     M(T, "22 anak", N, "dead_children", 22, FRI),
     M(T, "enam orang dewasa", N, "dead_adults", 6, FRI),
     M(T, "dua pesawat militer", N, "planes", 2),
     M(T, "24 anak luka", N, "injured", 24, WED),
     M(T, "Selasa (13/3/2012)", D, "crash", "2012-03-13"),
     M(T, "Kamis (15/3/2012)", D, "count_thu", "2012-03-15"),
     M(T, "14 anak", N, "hospital", 14, THU, fall=True),

     M(B, "Wednesday", D, "anniversary", "2013-03-13"),
     M(B, "one year", N, "since", 1, cls="dur"),
     M(B, "28 people", N, "dead", 28, Y1),
     M(B, "22 of them children", N, "dead_children", 22, Y1),
     M(B, "52 people", N, "aboard", 52),
     M(B, "8:15 p.m.", N, "crash_time", 20.25, cls="clock", planted=True),
     M(B, "March 13, 2012", D, "crash", "2012-03-13"),
     M(B, "four other adults", N, "escorts", 4),
     M(B, "24 children", N, "injured", 24, Y1),
     M(B, "Tuesday", D, "ceremony", "2013-03-12"),
     M(B, "Friday, March 16, 2012", D, "mourning", "2012-03-16"),
     M(B, "three days", N, "gap", 3, cls="dur"),
    ]
    build("sierre-bus-crash-2012", "The crash of a Belgian coach carrying pupils home from a ski week in the Val "
          "d'Anniviers into the end wall of a lay-by in the motorway tunnel near Sierre, Valais, on Tuesday 13 March "
          "2012 at about 21:15: 52 people on board; at least 20 dead and 25 injured by early Wednesday, 28 dead (22 "
          "children and six adults) and 24 children injured by the police's Wednesday count (the 25 revised down), "
          "three gravely injured by the police against four by the Belgian foreign ministry (sources); 14 children "
          "still in hospital on Thursday; national mourning in Belgium on Friday 16 March 2012; the anniversary on "
          "13 March 2013", False, ms, names)


def minaret():
    S, K, T, A = "swissinfo-nov29", "kompas-nov30", "tempo-dec01", "antara-mar08-2021"
    # steps on different dates: signatures collected from 1 May 2007, handed in on Tuesday 8 July 2008, the vote on
    # Sunday 29 November 2009 (the justice minister's remarks the same evening), reactions on Monday 30 November and
    # Tuesday 1 December, and the face-covering vote of Sunday 7 March 2021 by the same committee. The result is the
    # Federal Chancellery's 57.5% against the public broadcaster's early projection of 59% (sources). Tempting
    # percentages of other facts: the no share, the turnout, the last poll, the Muslims' share, the 2021 vote.
    CH, PROJ = "the Federal Chancellery", "the public broadcaster's projection"
    names = {
     "yes": "yes share of the minaret vote (%)", "no": "no share of the minaret vote (%)",
     "turnout": "turnout of the minaret vote (%)", "poll": "yes share in the last poll (%)",
     "muslim_pct": "Muslims' share of the population (%)", "veil_yes": "yes share of the 2021 vote (%)",
     "veil_turnout": "turnout of the 2021 vote (%)", "yes_voters": "voters for the ban (million)",
     "cantons_yes": "cantons for the ban", "cantons": "cantons in all", "signatures": "valid signatures handed in",
     "needed": "signatures needed", "minarets": "minarets standing", "muslims": "Muslims in Switzerland",
     "mosques": "mosques and prayer rooms", "niqab": "women wearing a face veil", "poll_weeks": "weeks before the vote of the last poll",
     "years_law": "years to write the implementing rules",
     # dates
     "vote": "day of the minaret vote", "statement": "day of the justice minister's remarks",
     "id_groups": "day of the Indonesian Islamic groups' statement", "fm": "day of the foreign minister's remarks",
     "criticism": "day of the criticism reported", "launch": "day the signature collection began",
     "submitted": "day the signatures were handed in", "veil_vote": "day of the face-covering vote",
    }
    ms = [
     M(S, "Sunday", D, "vote", "2009-11-29"),
     M(S, "57.5 percent", N, "yes", 57.5, cls="pct", src=CH),
     M(S, "53.8 percent", N, "turnout", 53.8, cls="pct"),
     M(S, "22", N, "cantons_yes", 22),
     M(S, "26 cantons", N, "cantons", 26),
     M(S, "59 percent", N, "yes", 59, cls="pct", src=PROJ),
     M(S, "two weeks", N, "poll_weeks", 2, cls="dur"),
     M(S, "37 percent", N, "poll", 37, cls="pct"),
     M(S, "113,540 valid signatures", N, "signatures", 113540),
     M(S, "100,000", N, "needed", 100000),
     M(S, "Sunday evening", D, "statement", "2009-11-29"),
     M(S, "four minarets", N, "minarets", 4),
     M(S, "about 400,000 Muslims", N, "muslims", 400000, qual="approx"),

     M(K, "Minggu (29/11/2009)", D, "vote", "2009-11-29"),
     M(K, "57,5 persen", N, "yes", 57.5, cls="pct", src=CH),
     M(K, "sekitar 1,5 juta", N, "yes_voters", 1.5, qual="approx", cls="mn"),
     M(K, "35,8 persen", N, "turnout", 35.8, cls="pct", planted=True),
     M(K, "22", N, "cantons_yes", 22),
     M(K, "26 kanton", N, "cantons", 26),
     M(K, "Minggu malam", D, "statement", "2009-11-29"),
     M(K, "Empat minaret", N, "minarets", 4),
     M(K, "sekitar 400.000 warga Muslim", N, "muslims", 400000, qual="approx"),
     M(K, "113.540 tanda tangan", N, "signatures", 113540),
     M(K, "100.000 tanda tangan", N, "needed", 100000),
     M(K, "Senin (30/11/2009)", D, "id_groups", "2009-11-30"),

     M(T, "Selasa (1/12/2009)", D, "criticism", "2009-12-01"),
     M(T, "Minggu (29/11/2009)", D, "vote", "2009-11-29"),
     M(T, "57,5 persen", N, "yes", 57.5, cls="pct", src=CH),
     M(T, "42,5 persen", N, "no", 42.5, cls="pct"),
     M(T, "sekitar 54 persen", N, "turnout", 54, qual="approx", cls="pct"),
     M(T, "1 Mei 2007", D, "launch", "2007-05-01"),
     M(T, "113.540 tanda tangan sah", N, "signatures", 113540),
     M(T, "Selasa (8/7/2008)", D, "submitted", "2008-07-08"),
     M(T, "Senin (30/11/2009)", D, "fm", "2009-11-30"),
     M(T, "empat minaret", N, "minarets", 4),
     M(T, "sekitar 150", N, "mosques", 150, qual="approx"),
     M(T, "sekitar 400.000 orang", N, "muslims", 400000, qual="approx"),
     M(T, "sekitar 5 persen", N, "muslim_pct", 5, qual="approx", cls="pct"),

     M(A, "Minggu (7/3/2021)", D, "veil_vote", "2021-03-07"),
     M(A, "51,2 persen", N, "veil_yes", 51.2, cls="pct"),
     M(A, "51,4 persen", N, "veil_turnout", 51.4, cls="pct"),
     M(A, "22 November 2009", D, "vote", "2009-11-22", planted=True),
     M(A, "57,5 persen", N, "yes", 57.5, cls="pct", src=CH),
     M(A, "sekitar 30 perempuan", N, "niqab", 30, qual="approx"),
     M(A, "dua tahun", N, "years_law", 2, cls="dur"),
    ]
    build("swiss-minaret-vote-2009", "The Swiss popular vote of Sunday 29 November 2009 on a ban on building new "
          "minarets: 57.5% yes by the Federal Chancellery's provisional results (an early projection for the public "
          "broadcaster had 59%: sources), 42.5% no, turnout 53.8%, 22 of the 26 cantons in favour; the initiative "
          "launched on 1 May 2007 by the Egerkingen committee, 113,540 valid signatures handed in on Tuesday 8 July "
          "2008 (100,000 needed); the four standing minarets unaffected; about 400,000 Muslims; reactions on 30 "
          "November and 1 December; the same committee's face-covering ban approved on Sunday 7 March 2021 with "
          "51.2% (turnout 51.4%)", False, ms, names)


def abdication():
    R, K, P, A = "reuters-jan28", "kompas-jan29", "ap-jan30", "antara-feb01"
    names = {
     "reign": "years of Beatrix's reign", "no_king": "years without a king", "q_age": "the queen's age on Thursday",
     "wa_age": "the crown prince's age", "j_age": "Juliana's age at her abdication", "amalia": "the heir's age",
     "last_king": "year the last king died", "wilhelmina": "year Wilhelmina abdicated",
     "address_time": "time of the televised address (hour)",
     # dates
     "announce": "day of the announcement", "abdicate": "day of the abdication", "accession": "day Beatrix took the throne",
     "birthday": "the queen's 75th birthday", "pm": "day of the prime minister's remarks",
     "prep": "day the preparations began", "kings_day": "King's Day's new date",
    }
    ms = [
     M(R, "Monday", D, "announce", "2013-01-28"),
     M(R, "April 30", D, "abdicate", "2013-04-30"),
     M(R, "33 years", N, "reign", 33, cls="yrs"),
     M(R, "7 p.m.", N, "address_time", 19, cls="clock"),
     M(R, "75", N, "q_age", 75, cls="age"),
     M(R, "Thursday", D, "birthday", "2013-01-31"),
     M(R, "45", N, "wa_age", 45, cls="age"),
     M(R, "1890", N, "last_king", 1890, cls="year"),
     M(R, "April 30, 1980", D, "accession", "1980-04-30"),
     M(R, "71", N, "j_age", 71, cls="age"),
     M(R, "9", N, "amalia", 9, cls="age"),
     M(R, "Monday evening", D, "pm", "2013-01-28"),

     M(K, "Senin (28/1/2013)", D, "announce", "2013-01-28"),
     M(K, "30 April 2013", D, "abdicate", "2013-04-30"),
     M(K, "pukul 19.00", N, "address_time", 19, cls="clock"),
     M(K, "75 tahun", N, "q_age", 75, cls="age"),
     M(K, "Kamis (31/1/2013)", D, "birthday", "2013-01-31"),
     M(K, "33 tahun", N, "reign", 33, cls="yrs"),
     M(K, "30 April 1980", D, "accession", "1980-04-30"),
     M(K, "45 tahun", N, "wa_age", 45, cls="age"),
     M(K, "123 tahun", N, "no_king", 123, cls="yrs"),
     M(K, "1890", N, "last_king", 1890, cls="year"),
     M(K, "9 tahun", N, "amalia", 9, cls="age"),
     M(K, "71 tahun", N, "j_age", 71, cls="age"),

     M(P, "Wednesday", D, "prep", "2013-01-30"),
     M(P, "33 years", N, "reign", 33, cls="yrs"),
     M(P, "April 30", D, "abdicate", "2013-04-30"),
     M(P, "Monday", D, "announce", "2013-01-28"),
     M(P, "75", N, "q_age", 75, cls="age"),
     M(P, "Thursday", D, "birthday", "2013-01-31"),
     M(P, "45", N, "wa_age", 45, cls="age"),
     M(P, "123 years", N, "no_king", 123, cls="yrs"),
     M(P, "1890", N, "last_king", 1890, cls="year"),
     M(P, "April 30, 1980", D, "accession", "1980-04-30"),
     M(P, "71", N, "j_age", 71, cls="age"),
     M(P, "1948", N, "wilhelmina", 1948, cls="year"),
     M(P, "9", N, "amalia", 9, cls="age"),
     M(P, "April 27", D, "kings_day", "2014-04-27"),

     M(A, "Selasa (30/4/2013)", D, "abdicate", "2013-04-30"),
     M(A, "75 tahun", N, "q_age", 75, cls="age"),
     M(A, "Kamis (31/1/2013)", D, "birthday", "2013-01-31"),
     M(A, "Senin (28/1/2013)", D, "announce", "2013-01-28"),
     M(A, "33 tahun", N, "reign", 33, cls="yrs"),
     M(A, "30 April 1980", D, "accession", "1980-04-30"),
     M(A, "45 tahun", N, "wa_age", 45, cls="age"),
     M(A, "123 tahun", N, "no_king", 123, cls="yrs"),
     M(A, "71 tahun", N, "j_age", 71, cls="age"),
     M(A, "1948", N, "wilhelmina", 1948, cls="year"),
     M(A, "9", N, "amalia", 9, cls="age"),
     M(A, "27 April", D, "kings_day", "2014-04-27"),
    ]
    build("dutch-abdication-2013", "Queen Beatrix's announcement on Monday 28 January 2013, in a televised address "
          "at 19:00, that she would abdicate on Tuesday 30 April 2013 in favour of her son Willem-Alexander (45) after "
          "33 years on the throne (since 30 April 1980) (control): she turns 75 on Thursday 31 January; he is the "
          "first king since 1890 (123 years); her mother Juliana stepped down at 71, Wilhelmina in 1948; the heir "
          "Catharina-Amalia is 9; King's Day on 27 April from 2014. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    crash()
    minaret()
    abdication()
