"""The hundred-and-seventy-eighth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset178/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def shovi():
    A, R, K, W, T = "detik-aug04", "reuters-aug05", "kompas-aug06", "reuters-aug10", "antara-aug25"
    # as-of times of the running tallies: Friday 4 August 2023 (the prime minister's count of seven dead, about 35
    # missing), Saturday 5 August (17 dead, 18 missing, seven identified, more than 200 evacuated), Monday 21 August
    # (the 28th body found, five missing), with Thursday 10 August in between (21 dead, 12 missing, by a Georgian news
    # site). The dead do not fall; the missing fall as bodies are found (fall=True). The personnel searching: the news
    # site's "almost 1,000 rescuers and soldiers" and the interior ministry's "more than 800" are two sources.
    FRI, SAT, AUG10, AUG21 = "2023-08-04", "2023-08-05", "2023-08-10", "2023-08-21"
    SITE, MIA = "the news site Novosti Gruzii", "the interior ministry"
    names = {
     "dead": "people killed", "missing": "people missing", "identified": "dead identified",
     "evacuated": "people evacuated", "rescuers": "rescuers deployed",
     "dist": "distance of Shovi from Tbilisi (km)", "body_dist": "distance of the 28th body from the site (km)",
     # dates
     "slide": "day of the landslide", "asof_fri": "day of the first count (the prime minister's visit)",
     "asof_sat": "day of Saturday's count", "mourning": "day of national mourning",
     "asof_aug21": "day the 28th body was found", "asof_aug10": "day of Thursday's count a week on",
     "children": "children among the missing", "equipment": "pieces of heavy equipment",
    }
    ms = [
     M(A, "Kamis (3/8/2023)", D, "slide", "2023-08-03"),
     M(A, "Jumat (4/8/2023)", D, "asof_fri", "2023-08-04"),
     M(A, "sedikitnya tujuh orang", N, "dead", 7, FRI, qual="atleast"),
     M(A, "Sekitar 35 orang", N, "missing", 35, FRI, qual="approx", fall=True),
     M(A, "sekitar 140 kilometer", N, "dist", 140, qual="approx", cls="km"),

     M(R, "17", N, "dead", 17, SAT),
     M(R, "Saturday", D, "asof_sat", "2023-08-05"),
     M(R, "18 people", N, "missing", 18, SAT, fall=True),
     M(R, "seven of the dead", N, "identified", 7, SAT),
     M(R, "Thursday", D, "slide", "2023-08-03"),
     M(R, "More than 200 people", N, "evacuated", 200, SAT, qual="morethan"),
     M(R, "about 140 km", N, "dist", 140, qual="approx", cls="km"),

     M(K, "17 orang", N, "dead", 17, SAT),
     M(K, "Sabtu (5/8/2023)", D, "asof_sat", "2023-08-05"),
     M(K, "28 orang", N, "missing", 28, SAT, fall=True, planted=True),
     M(K, "Kamis (3/8/2023)", D, "slide", "2023-08-03"),
     M(K, "tujuh jenazah", N, "identified", 7, SAT),
     M(K, "Lebih dari 200 orang", N, "evacuated", 200, SAT, qual="morethan"),
     M(K, "Senin (7/8/2023)", D, "mourning", "2023-08-07"),
     M(K, "sekitar 140 km", N, "dist", 140, qual="approx", cls="km"),

     M(W, "21", N, "dead", 21, AUG10),
     M(W, "12 still missing", N, "missing", 12, AUG10, fall=True),
     M(W, "six of them children", N, "children", 6, AUG10, fall=True),
     M(W, "Thursday", D, "asof_aug10", "2023-08-10"),
     M(W, "Almost 1,000 rescuers", N, "rescuers", 1000, AUG10, qual="nearly", src=SITE),
     M(W, "about 100 pieces", N, "equipment", 100, AUG10, qual="approx"),
     M(W, "Aug. 3", D, "slide", "2023-08-03"),
     M(W, "Aug. 7", D, "mourning", "2023-08-07"),

     M(T, "korban ke-28", N, "dead", 28, AUG21),
     M(T, "lima orang", N, "missing", 5, AUG21, fall=True),
     M(T, "Senin (21/8/2023)", D, "asof_aug21", "2023-08-21"),
     M(T, "sekitar 55 km", N, "body_dist", 55, qual="approx", cls="km"),
     M(T, "Rabu (2/8/2023)", D, "slide", "2023-08-02", planted=True),
     M(T, "Lebih dari 800 personel", N, "rescuers", 800, AUG21, qual="morethan", src=MIA),
     M(T, "Sabtu (5/8/2023)", D, "asof_sat", "2023-08-05"),
     M(T, "17 orang", N, "dead", 17, SAT),
     M(T, "18 orang", N, "missing", 18, SAT, fall=True),
     M(T, "tujuh orang", N, "dead", 7, FRI),
     M(T, "sekitar 35 orang", N, "missing", 35, FRI, qual="approx", fall=True),
     M(T, "7 Agustus", D, "mourning", "2023-08-07"),
    ]
    build("shovi-landslide-2023", "The landslide at the Shovi resort, Oni municipality, Racha, Georgia (Thursday 3 "
          "August 2023, afternoon; about 140 km northwest of Tbilisi): at least seven dead and about 35 missing on "
          "Friday 4 August, 17 dead and 18 missing on Saturday 5 August (seven identified, more than 200 evacuated), "
          "21 dead and 12 missing on Thursday 10 August (a news site: almost 1,000 searching), the 28th body found and five "
          "missing on Monday 21 August (the ministry: more than 800 searching, the body about 55 km from "
          "the site); national mourning on Monday 7 August", False, ms, names)


def referendum():
    A, R, K, T, J = "antara-may01", "reuters-may02", "kompas-may03", "tempo-may04", "jakpost-jul11"
    # two stages of one count, both announced on Monday 1 May 2023: the commission's preliminary figures in the morning
    # (PRE) and its final figures later that day (FIN), after the results of three polling stations were cancelled.
    # The turnout, the voters, the share for and the share of invalid ballots fell slightly: revisions. The share
    # against stayed at 9.35% (an update). The registered voters do not change with the count (no as-of time).
    PRE, FIN = "2023-05-01a", "2023-05-01b"
    names = {
     "yes": "share of votes for", "yes_n": "votes for", "no": "share of votes against", "invalid": "share of invalid ballots",
     "invalid_n": "invalid ballots", "turnout": "turnout", "registered": "registered voters", "voted": "people who voted",
     "term_old": "the presidential term before (years)", "term_new": "the new presidential term (years)",
     "senate_old": "Senate members before", "senate_new": "Senate members under the new constitution",
     "stations": "polling stations whose results were cancelled", "articles": "articles of the new constitution",
     "el_yes": "the president's share in the July election", "el_turnout": "turnout in the July election",
     "rivals": "the bound on each rival's share in July",
     # dates
     "vote": "day of the referendum", "briefing": "day the commission announced the result",
     "effective": "day the constitution took effect", "since": "year the president took office",
     "until": "year the president could stay until", "election": "day of the snap presidential election",
     "el_briefing": "day the July result was announced", "called": "day the snap election was called",
    }
    ms = [
     M(A, "90,21 persen", N, "yes", 90.21, PRE, cls="pct"),
     M(A, "Minggu (30/4/2023)", D, "vote", "2023-04-30"),
     M(A, "Senin (1/5/2023)", D, "briefing", "2023-05-01"),
     M(A, "9,35 persen", N, "no", 9.35, PRE, cls="pct"),
     M(A, "0,49 persen", N, "invalid", 0.49, PRE, cls="pct"),
     M(A, "84,54 persen", N, "turnout", 84.54, PRE, cls="pct"),
     M(A, "19.722.809 warga", N, "registered", 19722809),
     M(A, "16.673.189 orang", N, "voted", 16673189, PRE),
     M(A, "lima tahun", N, "term_old", 5, cls="dur"),
     M(A, "tujuh tahun", N, "term_new", 7, cls="dur"),
     M(A, "100 orang", N, "senate_old", 100),
     M(A, "65 orang", N, "senate_new", 65),

     M(R, "Sunday", D, "vote", "2023-04-30"),
     M(R, "Monday", D, "briefing", "2023-05-01"),
     M(R, "84.5%", N, "turnout", 84.5, FIN, cls="pct"),
     M(R, "84.54%", N, "turnout", 84.54, PRE, cls="pct"),
     M(R, "three polling stations", N, "stations", 3),
     M(R, "16,667,097", N, "voted", 16667097, FIN),
     M(R, "19,722,809", N, "registered", 19722809),
     M(R, "16,673,189", N, "voted", 16673189, PRE),
     M(R, "90.2%", N, "yes", 90.2, FIN, cls="pct"),
     M(R, "15,034,608 people", N, "yes_n", 15034608, FIN),
     M(R, "9.35%", N, "no", 9.35, FIN, cls="pct"),
     M(R, "73,672 ballots", N, "invalid_n", 73672, FIN),
     M(R, "0.44%", N, "invalid", 0.44, FIN, cls="pct"),
     M(R, "Monday", D, "effective", "2023-05-01", occ=2),
     M(R, "seven years", N, "term_new", 7, cls="dur"),
     M(R, "five", N, "term_old", 5, cls="dur"),
     M(R, "2016", D, "since", "2016"),
     M(R, "155 articles", N, "articles", 155),
     M(R, "65 members", N, "senate_new", 65),
     M(R, "100", N, "senate_old", 100),
     M(R, "2040", D, "until", "2040"),

     M(K, "Minggu (30/4/2023)", D, "vote", "2023-04-30"),
     M(K, "90,2 persen", N, "yes", 90.2, FIN, cls="pct"),
     M(K, "Senin (1/5/2023)", D, "briefing", "2023-05-01"),
     M(K, "84,5 persen", N, "turnout", 84.5, FIN, cls="pct"),
     M(K, "84,54 persen", N, "turnout", 84.54, PRE, cls="pct"),
     M(K, "16.667.097 orang", N, "voted", 16667097, FIN),
     M(K, "16.673.189 orang", N, "voted", 16673189, PRE),
     M(K, "tiga tempat pemungutan suara", N, "stations", 3),
     M(K, "9,35 persen", N, "no", 9.35, FIN, cls="pct"),
     M(K, "0,44 persen", N, "invalid", 0.44, FIN, cls="pct"),
     M(K, "lima tahun", N, "term_old", 5, cls="dur"),
     M(K, "tujuh tahun", N, "term_new", 7, cls="dur"),
     M(K, "65 orang", N, "senate_new", 65),
     M(K, "100 orang", N, "senate_old", 100),
     M(K, "1 Mei 2023", D, "effective", "2023-05-01"),

     M(T, "Minggu, 30 April 2023", D, "vote", "2023-04-30"),
     M(T, "90,2 persen", N, "yes", 90.2, FIN, cls="pct"),
     M(T, "15.034.608 pemilih", N, "yes_n", 15034608, FIN),
     M(T, "9,35 persen", N, "no", 9.35, FIN, cls="pct"),
     M(T, "73.762 surat suara", N, "invalid_n", 73762, FIN, planted=True),
     M(T, "84,5 persen", N, "turnout", 84.5, FIN, cls="pct"),
     M(T, "19.722.809 pemilih", N, "registered", 19722809),
     M(T, "Senin, 1 Mei 2023", D, "briefing", "2023-05-01"),
     M(T, "tujuh tahun", N, "term_new", 7, cls="dur"),
     M(T, "lima tahun", N, "term_old", 5, cls="dur"),
     M(T, "155 pasal", N, "articles", 155),
     M(T, "65", N, "senate_new", 65),
     M(T, "100", N, "senate_old", 100),
     M(T, "2016", D, "since", "2016"),
     M(T, "2040", D, "until", "2040"),

     M(J, "Sunday", D, "election", "2023-07-09"),
     M(J, "87.05%", N, "el_yes", 87.05, cls="pct"),
     M(J, "Monday", D, "el_briefing", "2023-07-10"),
     M(J, "79.88%", N, "el_turnout", 79.88, cls="pct"),
     M(J, "84.5%", N, "turnout", 84.5, FIN, cls="pct"),
     M(J, "April 30", D, "vote", "2023-04-30"),
     M(J, "90.2%", N, "yes", 90.2, FIN, cls="pct"),
     M(J, "seven years", N, "term_new", 7, cls="dur"),
     M(J, "five", N, "term_old", 5, cls="dur"),
     M(J, "May 8", D, "called", "2023-05-08"),
     M(J, "May 1", D, "effective", "2023-05-01"),
     M(J, "less than 5%", N, "rivals", 5, cls="pct"),
     M(J, "three polling stations", N, "stations", 3),
     M(J, "2016", D, "since", "2016"),
    ]
    build("uzbekistan-referendum-2023", "Uzbekistan's constitutional referendum of Sunday 30 April 2023: the Central "
          "Election Commission's preliminary figures on the morning of Monday 1 May (turnout 84.54%, 16,673,189 of "
          "19,722,809 voted, 90.21% for, 9.35% against, 0.49% invalid) and its final figures later that day after three "
          "polling stations' results were cancelled (84.5%, 16,667,097, 90.2% or 15,034,608 for, 9.35% against, 73,672 "
          "or 0.44% invalid); the constitution in force from 1 May; the presidential term from five to seven years, the "
          "Senate from 100 to 65; recalled after the snap election of 9 July", False, ms, names)


def election():
    A, R, K, T = "antara-jul10", "reuters-jul11", "kompas-jul12", "tempo-jul13"
    names = {
     "win": "the president's share", "win_n": "the president's votes", "makh": "Makhmudova's share",
     "inoy": "Inoyatov's share", "kham": "Khamzayev's share", "voted": "people who voted", "turnout": "turnout",
     "registered": "registered voters", "threshold": "share needed to win", "observers": "international observers",
     "jizzakh": "turnout in Jizzakh", "tashkent": "turnout in Tashkent city", "prev": "the president's share in 2021",
     "term": "the presidential term (years)",
     # dates
     "vote": "day of the election", "briefing": "day the commission announced the result",
     "referendum": "day of the referendum", "prev_year": "year of the previous election", "since": "year the president took office",
    }
    ms = [
     M(A, "Minggu (9/7/2023)", D, "vote", "2023-07-09"),
     M(A, "87,05 persen", N, "win", 87.05, cls="pct"),
     M(A, "Senin (10/7/2023)", D, "briefing", "2023-07-10"),
     M(A, "13.625.055 suara", N, "win_n", 13625055),
     M(A, "4,43 persen", N, "makh", 4.43, cls="pct"),
     M(A, "4,02 persen", N, "inoy", 4.02, cls="pct"),
     M(A, "3,74 persen", N, "kham", 3.74, cls="pct"),
     M(A, "15.651.405 orang", N, "voted", 15651405),
     M(A, "79,88 persen", N, "turnout", 79.88, cls="pct"),
     M(A, "19.593.838 pemilih", N, "registered", 19593838),
     M(A, "lebih dari 50 persen", N, "threshold", 50, cls="pct"),
     M(A, "tujuh tahun", N, "term", 7, cls="dur"),
     M(A, "30 April 2023", D, "referendum", "2023-04-30"),
     M(A, "Sekitar 800 pemantau", N, "observers", 800, qual="approx"),
     M(A, "85,28 persen", N, "jizzakh", 85.28, cls="pct"),
     M(A, "72,97 persen", N, "tashkent", 72.97, cls="pct"),
     M(A, "2021", D, "prev_year", "2021"),
     M(A, "80,12 persen", N, "prev", 80.12, cls="pct"),

     M(R, "Sunday", D, "vote", "2023-07-09"),
     M(R, "87.05%", N, "win", 87.05, cls="pct"),
     M(R, "Monday", D, "briefing", "2023-07-10"),
     M(R, "13,625,055 votes", N, "win_n", 13625055),
     M(R, "4.43%", N, "makh", 4.43, cls="pct"),
     M(R, "4.02%", N, "inoy", 4.02, cls="pct"),
     M(R, "3.74%", N, "kham", 3.74, cls="pct"),
     M(R, "79.88%", N, "turnout", 79.88, cls="pct"),
     M(R, "15,651,405", N, "voted", 15651405),
     M(R, "19,593,838", N, "registered", 19593838),
     M(R, "seven years", N, "term", 7, cls="dur"),
     M(R, "more than 50%", N, "threshold", 50, cls="pct"),
     M(R, "about 800", N, "observers", 800, qual="approx"),
     M(R, "85.28%", N, "jizzakh", 85.28, cls="pct"),
     M(R, "72.97%", N, "tashkent", 72.97, cls="pct"),
     M(R, "2021", D, "prev_year", "2021"),
     M(R, "80.12%", N, "prev", 80.12, cls="pct"),

     M(K, "Minggu (9/7/2023)", D, "vote", "2023-07-09"),
     M(K, "87,05 persen", N, "win", 87.05, cls="pct"),
     M(K, "Senin (10/7/2023)", D, "briefing", "2023-07-10"),
     M(K, "4,43 persen", N, "makh", 4.43, cls="pct"),
     M(K, "4,02 persen", N, "inoy", 4.02, cls="pct"),
     M(K, "3,74 persen", N, "kham", 3.74, cls="pct"),
     M(K, "79,88 persen", N, "turnout", 79.88, cls="pct"),
     M(K, "15.651.405", N, "voted", 15651405),
     M(K, "19.593.838 pemilih", N, "registered", 19593838),
     M(K, "13.625.055 suara", N, "win_n", 13625055),
     M(K, "lebih dari 50 persen", N, "threshold", 50, cls="pct"),
     M(K, "tujuh tahun", N, "term", 7, cls="dur"),
     M(K, "sekitar 800 pemantau", N, "observers", 800, qual="approx"),
     M(K, "85,28 persen", N, "jizzakh", 85.28, cls="pct"),
     M(K, "72,97 persen", N, "tashkent", 72.97, cls="pct"),

     M(T, "87,05 persen", N, "win", 87.05, cls="pct"),
     M(T, "Minggu, 9 Juli 2023", D, "vote", "2023-07-09"),
     M(T, "13.625.055 suara", N, "win_n", 13625055),
     M(T, "Senin, 10 Juli 2023", D, "briefing", "2023-07-10"),
     M(T, "4,43 persen", N, "makh", 4.43, cls="pct"),
     M(T, "4,02 persen", N, "inoy", 4.02, cls="pct"),
     M(T, "3,74 persen", N, "kham", 3.74, cls="pct"),
     M(T, "79,88 persen", N, "turnout", 79.88, cls="pct"),
     M(T, "19.593.838 warga", N, "registered", 19593838),
     M(T, "tujuh tahun", N, "term", 7, cls="dur"),
     M(T, "lebih dari 50 persen", N, "threshold", 50, cls="pct"),
     M(T, "2021", D, "prev_year", "2021"),
     M(T, "80,12 persen", N, "prev", 80.12, cls="pct"),
     M(T, "2016", D, "since", "2016"),
    ]
    build("uzbekistan-election-2023", "Uzbekistan's snap presidential election (control) of Sunday 9 July 2023, the "
          "Central Election Commission's preliminary result announced on Monday 10 July: Shavkat Mirziyoyev 87.05% "
          "(13,625,055 votes), Robakhon Makhmudova 4.43%, Ulugbek Inoyatov 4.02%, Abdushukur Khamzayev 3.74%; turnout "
          "79.88% (15,651,405 of 19,593,838), 85.28% in Jizzakh and 72.97% in Tashkent; about 800 international "
          "observers; more than 50% needed; 80.12% in 2021. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    shovi()
    referendum()
    election()
