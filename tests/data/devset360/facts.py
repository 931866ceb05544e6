"""The three-hundred-and-sixtieth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset360/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def mers():
    R, K, T, A = "reuters-jun02", "kompas-jun08", "antara-jun15", "ap-jul28"
    # as-of times of the health ministry's running tallies: Tuesday 2 June 2015 (25 cases, 2 dead, 682 isolated),
    # Sunday 7 June (64 cases, 5 dead), Monday 8 June (87 cases, 6 dead, 2,508 isolated by the ministry against about
    # 2,800 under watch by the Seoul city government: sources), Sunday 14 June (145 cases, 14 dead), Monday 15 June
    # (150 cases, 16 dead, 5,216 isolated), the de facto end of Tuesday 28 July (186 cases, 36 dead). Cases and deaths
    # do not fall; the number isolated at one time may. The first patient's age and the day he was confirmed do not
    # change with the day of the report.
    JUN2, JUN7, JUN8, JUN14, JUN15, JUL28 = "2015-06-02", "2015-06-07", "2015-06-08", "2015-06-14", "2015-06-15", \
        "2015-07-28"
    MIN, SEOUL = "the health ministry", "the Seoul city government"
    names = {
     "cases": "confirmed MERS cases", "deaths": "MERS deaths", "isolated": "people isolated at the time",
     "schools": "schools closed", "new_cases": "new cases on 8 June", "hospitals": "hospitals named by the government",
     "released": "people released from isolation by 15 June", "peak": "people isolated at the peak",
     "total_q": "people quarantined in all", "samsung_cases": "patients infected at Samsung Medical Center",
     "age_first": "the first patient's age", "age_dead1": "the first woman who died's age",
     "age_dead2": "the first man who died's age",
     "watch_days": "days of observation", "end_days": "days before a formal end",
     # dates
     "first_case": "day the first case was confirmed", "returned": "day the first patient flew home",
     "count_jun2": "day of the count of 25", "count_jun7": "day of the count of 64", "count_jun8": "day of the count of 87",
     "count_jun14": "day of the count of 145", "count_jun15": "day of the count of 150",
     "samsung_shut": "day Samsung Medical Center shut most services", "surgery": "day non-urgent surgery resumes",
     "end": "day the de facto end was declared",
    }
    ms = [
     M(R, "Tuesday", D, "count_jun2", "2015-06-02"),
     M(R, "25 confirmed cases", N, "cases", 25, JUN2, src=MIN),
     M(R, "Two patients", N, "deaths", 2, JUN2, src=MIN),
     M(R, "58-year-old", N, "age_dead1", 58, cls="age"),
     M(R, "71-year-old", N, "age_dead2", 71, cls="age"),
     M(R, "68-year-old", N, "age_first", 68, cls="age"),
     M(R, "May 20", D, "first_case", "2015-05-20"),
     M(R, "May 4", D, "returned", "2015-05-04"),
     M(R, "682 people", N, "isolated", 682, JUN2, src=MIN, fall=True),
     M(R, "More than 200 schools", N, "schools", 200, JUN2, qual="morethan"),

     M(K, "87", N, "cases", 87, JUN8, src=MIN),
     M(K, "enam pasien", N, "deaths", 6, JUN8, src=MIN),
     M(K, "Senin (8/6/2015)", D, "count_jun8", "2015-06-08"),
     M(K, "Minggu (7/6/2015)", D, "count_jun7", "2015-06-07"),
     M(K, "64 kasus", N, "cases", 64, JUN7, src=MIN),
     M(K, "lima kematian", N, "deaths", 5, JUN7, src=MIN),
     M(K, "23 kasus baru", N, "new_cases", 23),
     M(K, "21 Mei", D, "first_case", "2015-05-21", planted=True),
     M(K, "2.508 orang", N, "isolated", 2508, JUN8, src=MIN, fall=True),
     M(K, "sekitar 2.800 orang", N, "isolated", 2800, JUN8, qual="approx", src=SEOUL, fall=True),
     M(K, "24 rumah sakit", N, "hospitals", 24),
     M(K, "Lebih dari 1.800 sekolah", N, "schools", 1800, JUN8, qual="morethan"),
     M(K, "68 tahun", N, "age_first", 68, cls="age"),
     M(K, "4 Mei", D, "returned", "2015-05-04"),

     M(T, "150 kasus", N, "cases", 150, JUN15, src=MIN),
     M(T, "Senin (15/6/2015)", D, "count_jun15", "2015-06-15"),
     M(T, "16 pasien", N, "deaths", 16, JUN15, src=MIN),
     M(T, "145 kasus", N, "cases", 145, JUN14, src=MIN),
     M(T, "14 kematian", N, "deaths", 14, JUN14, src=MIN),
     M(T, "Minggu (14/6/2015)", D, "count_jun14", "2015-06-14"),
     M(T, "24 Juni", D, "surgery", "2015-06-24"),
     M(T, "5.216 orang", N, "isolated", 5216, JUN15, src=MIN, fall=True),
     M(T, "1.074 lainnya", N, "released", 1074),
     M(T, "14 hari", N, "watch_days", 14, cls="dur"),
     M(T, "86 tahun", N, "age_first", 86, cls="age", planted=True),
     M(T, "20 Mei", D, "first_case", "2015-05-20"),

     M(A, "Tuesday", D, "end", "2015-07-28"),
     M(A, "186 people", N, "cases", 186, JUL28, src=MIN),
     M(A, "36 of them", N, "deaths", 36, JUL28, src=MIN),
     M(A, "more than 6,700 people", N, "peak", 6700, qual="morethan"),
     M(A, "16,693", N, "total_q", 16693),
     M(A, "68-year-old", N, "age_first", 68, cls="age"),
     M(A, "May 20", D, "first_case", "2015-05-20"),
     M(A, "90 of the patients", N, "samsung_cases", 90),
     M(A, "June 14", D, "samsung_shut", "2015-06-14"),
     M(A, "28 days", N, "end_days", 28, cls="dur"),
    ]
    build("mers-korea-2015", "South Korea's MERS outbreak of 2015: the first case (a 68-year-old man back from the "
          "Middle East on 4 May) confirmed on 20 May; the health ministry's count rising from 25 cases and two deaths "
          "on Tuesday 2 June to 64 and five on Sunday 7 June, 87 and six on Monday 8 June, 145 and 14 on Sunday 14 June "
          "and 150 and 16 on Monday 15 June, to 186 cases and 36 deaths when the prime minister declared a de facto end "
          "on Tuesday 28 July 2015; the people isolated counted by the ministry (2,508 on 8 June) against the Seoul city "
          "government (about 2,800); Samsung Medical Center's partial shutdown on Sunday 14 June", False, ms, names)


def impeachment():
    R, K, T, A = "reuters-mar12", "kompas-mar21", "antara-apr16", "ap-may14"
    # Two bodies on different dates: the National Assembly's impeachment vote of Friday 12 March 2004 (193 to 2 in the
    # 271-seat house, 181 needed) and the Constitutional Court's dismissal of Friday 14 May 2004; between them the
    # general election of Thursday 15 April 2004 for 299 seats, counted twice: the count as of 11 p.m. on election
    # night (the Uri Party 155, the Grand National Party 118, the Democratic Labor Party 10, the Millennium Democratic
    # Party 9) and the final result (the Uri Party 152, lower: a revision; the Grand National Party 121, higher: an
    # update). The rally of Saturday 20 March counted by the police (about 50,000) and by its organisers (130,000):
    # sources across articles.
    NIGHT, FINAL = "2004-04-15", "2004-04-16"
    POLICE, ORG = "the Seoul police", "the organisers"
    names = {
     "ayes": "votes for impeachment", "noes": "votes against impeachment", "needed": "votes needed",
     "parl_old": "seats in the outgoing assembly", "parl_new": "seats in the new assembly",
     "uri_before": "the Uri Party's seats before the election", "uri": "the Uri Party's seats in the election",
     "gnp": "the Grand National Party's seats in the election", "dlp": "the Democratic Labor Party's seats",
     "mdp": "the Millennium Democratic Party's seats", "turnout": "turnout (%)", "crowd": "people at the rally",
     "court_days": "days the court has to rule", "suspended": "days Roh was suspended",
     # dates
     "vote_day": "day of the impeachment vote", "election": "election day", "ruling": "day of the court's ruling",
     "rally": "day of the rally", "took_office": "month Roh took office", "elected": "month Roh was elected",
     "constitution": "year of the democratic constitution",
    }
    ms = [
     M(R, "Friday", D, "vote_day", "2004-03-12"),
     M(R, "193 votes", N, "ayes", 193, cls="votes"),
     M(R, "2", N, "noes", 2, cls="votes"),
     M(R, "271-seat", N, "parl_old", 271, cls="seats"),
     M(R, "181 votes", N, "needed", 181, cls="votes"),
     M(R, "47 seats", N, "uri_before", 47, cls="seats"),
     M(R, "April 15", D, "election", "2004-04-15"),
     M(R, "180 days", N, "court_days", 180, cls="dur"),
     M(R, "February 2003", D, "took_office", "2003-02"),
     M(R, "December 2002", D, "elected", "2002-12"),

     M(K, "Sabtu (20/3/2004)", D, "rally", "2004-03-20"),
     M(K, "sekitar 50.000 orang", N, "crowd", 50000, qual="approx", src=POLICE),
     M(K, "130.000 orang", N, "crowd", 130000, src=ORG),
     M(K, "Kamis (11/3/2004)", D, "vote_day", "2004-03-11", planted=True),
     M(K, "193 suara", N, "ayes", 193, cls="votes"),
     M(K, "dua suara", N, "noes", 2, cls="votes"),
     M(K, "47 kursi", N, "uri_before", 47, cls="seats"),
     M(K, "180 hari", N, "court_days", 180, cls="dur"),
     M(K, "15 April", D, "election", "2004-04-15"),
     M(K, "299 kursi", N, "parl_new", 299, cls="seats"),

     M(T, "155", N, "uri", 155, NIGHT, cls="seats"),
     M(T, "299 kursi", N, "parl_new", 299, cls="seats"),
     M(T, "Kamis (15/4/2004)", D, "election", "2004-04-15"),
     M(T, "118 kursi", N, "gnp", 118, NIGHT, cls="seats"),
     M(T, "10 kursi", N, "dlp", 10, NIGHT, cls="seats"),
     M(T, "sembilan kursi", N, "mdp", 9, NIGHT, cls="seats"),
     M(T, "47 kursi", N, "uri_before", 47, cls="seats"),
     M(T, "60,6 persen", N, "turnout", 60.6, cls="pct"),
     M(T, "12 Maret", D, "vote_day", "2004-03-12"),

     M(A, "Friday", D, "ruling", "2004-05-14"),
     M(A, "63 days", N, "suspended", 63, cls="dur"),
     M(A, "March 12", D, "vote_day", "2004-03-12"),
     M(A, "193-2", N, "ayes", 193, cls="votes", also=(("noes", 2),)),
     M(A, "217-seat", N, "parl_old", 217, cls="seats", planted=True),
     M(A, "March 20", D, "rally", "2004-03-20"),
     M(A, "130,000 people", N, "crowd", 130000, src=ORG),
     M(A, "April 15", D, "election", "2004-04-15"),
     M(A, "152", N, "uri", 152, FINAL, cls="seats"),
     M(A, "299 seats", N, "parl_new", 299, cls="seats"),
     M(A, "121", N, "gnp", 121, FINAL, cls="seats"),
     M(A, "1987", D, "constitution", "1987"),
    ]
    build("roh-impeachment-2004", "The impeachment of South Korea's President Roh Moo-hyun: the National Assembly's "
          "vote of Friday 12 March 2004 (193 to 2 in the 271-seat house, 181 needed; the Uri Party's 47 members "
          "carried out), Prime Minister Goh Kun as acting president, the candlelight rally of Saturday 20 March "
          "(about 50,000 by the police, 130,000 by the organisers), the general election of Thursday 15 April 2004 "
          "(the Uri Party 155 of 299 seats by the count of 11 p.m., 152 in the final result; the Grand National Party "
          "118, then 121), and the Constitutional Court's dismissal of the impeachment on Friday 14 May 2004 after 63 "
          "days", False, ms, names)


def consumption_tax():
    R, K, T, J = "reuters-oct01", "kompas-oct02", "antara-oct03", "japantimes-oct04"
    # One measure, the same figures everywhere: the rate rises from 8% to 10% on Tuesday 1 October 2019; a reduced 8%
    # for food and non-alcoholic drinks taken home; cashless points of 5% at small shops and 2% at chains for nine
    # months to the end of June 2020; the previous rise of April 2014 (5% to 8%); the tax introduced in 1989 at 3% and
    # raised to 5% in 1997; free preschool from 1 October; the rise postponed from October 2015 and April 2017.
    names = {
     "new_rate": "the new standard rate (%)", "rate8": "the rate in force since April 2014 (%)",
     "reduced": "the reduced rate for food (%)", "pts_small": "points at small shops (%)",
     "pts_chain": "points at chain stores (%)", "months": "months of the points scheme",
     "rate5": "the rate from 1997 to 2014 (%)", "rate3": "the rate at introduction (%)",
     # dates
     "rise_day": "day of the rise", "points_end": "month the points scheme ends", "prev_rise": "month of the last rise",
     "intro": "year the tax was introduced", "rise97": "year of the rise to 5%",
     "preschool": "day free preschool starts", "post1": "first postponed date", "post2": "second postponed date",
    }
    ms = [
     M(R, "10 percent", N, "new_rate", 10, cls="pct"),
     M(R, "8 percent", N, "rate8", 8, cls="pct"),
     M(R, "Tuesday", D, "rise_day", "2019-10-01"),
     M(R, "8 percent", N, "reduced", 8, cls="pct", occ=2),
     M(R, "10 percent", N, "new_rate", 10, cls="pct", occ=2),
     M(R, "5 percent", N, "pts_small", 5, cls="pct"),
     M(R, "2 percent", N, "pts_chain", 2, cls="pct"),
     M(R, "nine months", N, "months", 9, cls="dur"),
     M(R, "June 2020", D, "points_end", "2020-06"),
     M(R, "April 2014", D, "prev_rise", "2014-04"),
     M(R, "5 percent", N, "rate5", 5, cls="pct", occ=2),
     M(R, "8 percent", N, "rate8", 8, cls="pct", occ=3),
     M(R, "1989", D, "intro", "1989"),
     M(R, "3 percent", N, "rate3", 3, cls="pct"),
     M(R, "5 percent", N, "rate5", 5, cls="pct", occ=3),
     M(R, "1997", D, "rise97", "1997"),
     M(R, "Tuesday", D, "preschool", "2019-10-01", occ=2),
     M(R, "October 2015", D, "post1", "2015-10"),
     M(R, "April 2017", D, "post2", "2017-04"),

     M(K, "8 persen", N, "rate8", 8, cls="pct"),
     M(K, "10 persen", N, "new_rate", 10, cls="pct"),
     M(K, "Selasa (1/10/2019)", D, "rise_day", "2019-10-01"),
     M(K, "8 persen", N, "reduced", 8, cls="pct", occ=2),
     M(K, "5 persen", N, "pts_small", 5, cls="pct"),
     M(K, "2 persen", N, "pts_chain", 2, cls="pct"),
     M(K, "sembilan bulan", N, "months", 9, cls="dur"),
     M(K, "Juni 2020", D, "points_end", "2020-06"),
     M(K, "April 2014", D, "prev_rise", "2014-04"),
     M(K, "5 persen", N, "rate5", 5, cls="pct", occ=2),
     M(K, "8 persen", N, "rate8", 8, cls="pct", occ=3),
     M(K, "1989", D, "intro", "1989"),
     M(K, "3 persen", N, "rate3", 3, cls="pct"),
     M(K, "5 persen", N, "rate5", 5, cls="pct", occ=3),
     M(K, "1997", D, "rise97", "1997"),
     M(K, "1 Oktober", D, "preschool", "2019-10-01"),
     M(K, "Oktober 2015", D, "post1", "2015-10"),
     M(K, "April 2017", D, "post2", "2017-04"),

     M(T, "10 persen", N, "new_rate", 10, cls="pct"),
     M(T, "8 persen", N, "rate8", 8, cls="pct"),
     M(T, "Selasa (1/10/2019)", D, "rise_day", "2019-10-01"),
     M(T, "5 persen", N, "pts_small", 5, cls="pct"),
     M(T, "2 persen", N, "pts_chain", 2, cls="pct"),
     M(T, "sembilan bulan", N, "months", 9, cls="dur"),
     M(T, "Juni 2020", D, "points_end", "2020-06"),
     M(T, "8 persen", N, "reduced", 8, cls="pct", occ=2),
     M(T, "1989", D, "intro", "1989"),
     M(T, "3 persen", N, "rate3", 3, cls="pct"),
     M(T, "5 persen", N, "rate5", 5, cls="pct", occ=2),
     M(T, "1997", D, "rise97", "1997"),
     M(T, "8 persen", N, "rate8", 8, cls="pct", occ=3),
     M(T, "April 2014", D, "prev_rise", "2014-04"),
     M(T, "1 Oktober", D, "preschool", "2019-10-01"),
     M(T, "10 persen", N, "new_rate", 10, cls="pct", occ=2),
     M(T, "Oktober 2015", D, "post1", "2015-10"),
     M(T, "April 2017", D, "post2", "2017-04"),

     M(J, "10 percent", N, "new_rate", 10, cls="pct"),
     M(J, "8 percent", N, "rate8", 8, cls="pct"),
     M(J, "Oct. 1", D, "rise_day", "2019-10-01"),
     M(J, "8 percent", N, "reduced", 8, cls="pct", occ=2),
     M(J, "10 percent", N, "new_rate", 10, cls="pct", occ=2),
     M(J, "5 percent", N, "pts_small", 5, cls="pct"),
     M(J, "2 percent", N, "pts_chain", 2, cls="pct"),
     M(J, "nine months", N, "months", 9, cls="dur"),
     M(J, "June 2020", D, "points_end", "2020-06"),
     M(J, "April 2014", D, "prev_rise", "2014-04"),
     M(J, "5 percent", N, "rate5", 5, cls="pct", occ=2),
     M(J, "8 percent", N, "rate8", 8, cls="pct", occ=3),
     M(J, "April 1989", D, "intro", "1989-04"),
     M(J, "3 percent", N, "rate3", 3, cls="pct"),
     M(J, "5 percent", N, "rate5", 5, cls="pct", occ=3),
     M(J, "1997", D, "rise97", "1997"),
     M(J, "Oct. 1", D, "preschool", "2019-10-01", occ=2),
     M(J, "October 2015", D, "post1", "2015-10"),
     M(J, "April 2017", D, "post2", "2017-04"),
    ]
    build("japan-consumption-tax-2019", "Japan's consumption tax rise of Tuesday 1 October 2019 (control): from 8% to "
          "10%, a reduced 8% for food and non-alcoholic drinks taken home, cashless points of 5% at small shops and 2% "
          "at chain stores for nine months to the end of June 2020; the previous rise of April 2014 from 5% to 8%; the "
          "tax introduced in 1989 at 3% and raised to 5% in 1997; free preschool from 1 October 2019; the rise twice "
          "postponed, from October 2015 and April 2017. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    mers()
    impeachment()
    consumption_tax()
