"""The three-hundred-and-seventy-third development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset373/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def enschede():
    R, K, T, A = "reuters-may14", "kompas-may16", "antara-may18", "ap-mar01"
    # as-of times of the running tallies: Sunday 14 May 2000 at 17:00 (17 dead; the city's 562 injured against the Red
    # Cross's about 600: sources; about 500 homes destroyed), Tuesday 16 May (20 dead; the Red Cross's about 600
    # injured again; the homes' estimate revised down to about 400; at least 30 missing), Thursday 18 May (22 dead; six missing), the inquiry's report of
    # Wednesday 28 February 2001 (23 dead, 947 injured, about 400 homes). The dead and the injured do not fall; the
    # missing may (people are found); the homes' estimate falling is a revision. The firefighters among the dead
    # and the people left homeless are given without an as-of time.
    SUN, TUE, THU, FINAL = "2000-05-14", "2000-05-16", "2000-05-18", "2001-02-28"
    CITY, RC = "the municipality of Enschede", "the Red Cross"
    names = {
     "dead": "people killed by the explosion", "firefighters": "firefighters among the dead",
     "injured": "people injured", "homes": "homes destroyed", "damaged": "homes damaged",
     "homeless": "residents left homeless", "missing": "people missing", "bodies_new": "bodies found that day",
     # dates
     "blast": "day of the explosion", "count_sun": "day of the count of 17", "count_tue": "day of the count of 20",
     "count_thu": "day of the count of 22", "kok_visit": "evening the prime minister toured the area",
     "homes_est": "day the first estimate of homes destroyed was given", "report": "day the inquiry reported",
    }
    ms = [
     M(R, "17 people", N, "dead", 17, SUN),
     M(R, "Sunday 17:00", D, "count_sun", "2000-05-14"),
     M(R, "Saturday afternoon", D, "blast", "2000-05-13"),
     M(R, "Four of the dead", N, "firefighters", 4),
     M(R, "about 500 homes", N, "homes", 500, SUN, qual="approx", cls="homes"),
     M(R, "562 people", N, "injured", 562, SUN, src=CITY),
     M(R, "about 600", N, "injured", 600, SUN, qual="approx", src=RC),
     M(R, "Around 1,250 residents", N, "homeless", 1250, qual="approx"),
     M(R, "Saturday evening", D, "kok_visit", "2000-05-13"),

     M(K, "20 orang", N, "dead", 20, TUE),
     M(K, "Selasa (16/5/2000)", D, "count_tue", "2000-05-16"),
     M(K, "Minggu (14/5/2000)", D, "count_sun", "2000-05-14"),
     M(K, "17 orang", N, "dead", 17, SUN),
     M(K, "Sabtu (13/5/2000)", D, "blast", "2000-05-13"),
     M(K, "Empat", N, "firefighters", 4),
     M(K, "sekitar 400 rumah", N, "homes", 400, TUE, qual="approx", cls="homes"),
     M(K, "sekitar 500 rumah", N, "homes", 500, SUN, qual="approx", cls="homes"),
     M(K, "hari Minggu", D, "homes_est", "2000-05-14"),
     M(K, "sedikitnya 30 orang", N, "missing", 30, TUE, qual="atleast", fall=True),
     M(K, "sekitar 1.250 warga", N, "homeless", 1250, qual="approx"),
     M(K, "sekitar 600 orang", N, "injured", 600, TUE, qual="approx", src=RC),

     M(T, "22 orang", N, "dead", 22, THU),
     M(T, "Kamis (18/5/2000)", D, "count_thu", "2000-05-18"),
     M(T, "dua jenazah", N, "bodies_new", 2),
     M(T, "Jumat (12/5/2000)", D, "blast", "2000-05-12", planted=True),
     M(T, "empat petugas", N, "firefighters", 4),
     M(T, "sekitar 400 rumah", N, "homes", 400, THU, qual="approx", cls="homes"),
     M(T, "sekitar 1.500 rumah", N, "damaged", 1500, qual="approx", cls="homes"),
     M(T, "1.250 warga", N, "homeless", 1250),
     M(T, "enam orang", N, "missing", 6, THU, fall=True),
     M(T, "sedikitnya 30 orang", N, "missing", 30, TUE, qual="atleast", fall=True),

     M(A, "23 people", N, "dead", 23, FINAL),
     M(A, "Wednesday", D, "report", "2001-02-28"),
     M(A, "May 13", D, "blast", "2000-05-13"),
     M(A, "947 people", N, "injured", 947, FINAL),
     M(A, "about 400 homes", N, "homes", 400, FINAL, qual="approx", cls="homes"),
     M(A, "some 1,250 residents", N, "homeless", 1250, qual="approx"),
     M(A, "five firefighters", N, "firefighters", 5, planted=True),
    ]
    build("enschede-fireworks-2000", "The fireworks depot explosion in the Roombeek district of Enschede, the "
          "Netherlands (Saturday 13 May 2000): the police's count of 17 dead as of Sunday 14 May at 17:00, 20 by "
          "Tuesday 16 May, 22 by Thursday 18 May and 23 at the independent inquiry's report of Wednesday 28 February "
          "2001, four firefighters among them; 562 injured by the city's count against about 600 by the Red Cross's on "
          "Sunday, 947 at the report; about 500 homes destroyed by Sunday's estimate, revised to about 400; about 1,250 "
          "residents homeless; the missing falling from at least 30 to six", False, ms, names)


def zeebrugge():
    A, K, T, R = "ap-mar07", "kompas-mar09", "antara-jul25", "reuters-oct09"
    # as-of times: Saturday 7 March 1987 at noon (51 bodies, 142 missing, 543 aboard by the company's first figure;
    # the Belgian authorities' 350 rescued against the company's 408: sources), Sunday 8 March at 17:00 (61 dead, 132
    # missing, the company's manifest revised down to 539 aboard), and the final toll of 193 as given from the formal
    # investigation's report of Friday 24 July 1987 on (the inquest's article of October recalls the same final toll).
    # The dead do not fall; the missing may (they are found dead); the number aboard falling is a revision.
    SAT, SUN, FINAL = "1987-03-07", "1987-03-08", "1987-07-24"
    BELG, COMPANY = "the Belgian authorities", "Townsend Thoresen"
    names = {
     "dead": "people killed in the capsizing", "missing": "people missing", "aboard": "people aboard",
     "rescued": "people rescued", "passengers": "passengers aboard", "crew": "crew aboard",
     "captain_years": "years the master's certificate was suspended",
     "officer_years": "years the chief officer's certificate was suspended",
     # dates
     "capsize": "day of the capsizing", "count_sat": "day of the count of 51", "count_sun": "day of the count of 61",
     "report": "day the formal investigation reported", "righted": "month the wreck was righted",
     "inquest": "day of the inquest's verdicts",
    }
    ms = [
     M(A, "51 bodies", N, "dead", 51, SAT),
     M(A, "Saturday noon", D, "count_sat", "1987-03-07"),
     M(A, "Friday evening", D, "capsize", "1987-03-06"),
     M(A, "142 people", N, "missing", 142, SAT, fall=True),
     M(A, "543 passengers and crew", N, "aboard", 543, SAT),
     M(A, "350 people", N, "rescued", 350, SAT, src=BELG),
     M(A, "408", N, "rescued", 408, SAT, src=COMPANY),

     M(K, "61 orang", N, "dead", 61, SUN),
     M(K, "Minggu (8/3/1987)", D, "count_sun", "1987-03-08"),
     M(K, "132 orang", N, "missing", 132, SUN, fall=True),
     M(K, "Sabtu (7/3/1987)", D, "count_sat", "1987-03-07"),
     M(K, "51 jenazah", N, "dead", 51, SAT),
     M(K, "539 orang", N, "aboard", 539, SUN),
     M(K, "459 penumpang", N, "passengers", 459),
     M(K, "80 awak", N, "crew", 80),
     M(K, "543 orang", N, "aboard", 543, SAT),
     M(K, "408 orang", N, "rescued", 408, SUN, src=COMPANY),
     M(K, "Kamis (5/3/1987)", D, "capsize", "1987-03-05", planted=True),

     M(T, "Jumat (24/7/1987)", D, "report", "1987-07-24"),
     M(T, "6 Maret", D, "capsize", "1987-03-06"),
     M(T, "193 orang", N, "dead", 193, FINAL),
     M(T, "539 penumpang dan awak", N, "aboard", 539, FINAL),
     M(T, "satu tahun", N, "captain_years", 1, cls="dur"),
     M(T, "dua tahun", N, "officer_years", 2, cls="dur"),
     M(T, "April lalu", D, "righted", "1987-04"),

     M(R, "Thursday", D, "inquest", "1987-10-08"),
     M(R, "March 6", D, "capsize", "1987-03-06"),
     M(R, "539 people", N, "aboard", 539, FINAL),
     M(R, "139 of them", N, "dead", 139, FINAL, planted=True),
     M(R, "July", D, "report", "1987-07"),
     M(R, "April", D, "righted", "1987-04"),
    ]
    build("zeebrugge-ferry-1987", "The capsizing of the car ferry Herald of Free Enterprise off Zeebrugge, Belgium "
          "(Friday 6 March 1987): 51 bodies recovered by Saturday noon with 142 missing, 61 dead by Sunday 8 March at "
          "17:00 with 132 missing, and a final toll of 193; 543 aboard by the company's first figure, revised down to "
          "539 (459 passengers and 80 crew); 350 rescued by the Belgian authorities' count against 408 by the "
          "company's; the formal investigation's report of Friday 24 July 1987, the wreck righted in April and the "
          "Dover inquest's verdicts of unlawful killing on Thursday 8 October 1987", False, ms, names)


def referendum():
    R, K, T, A = "reuters-may30", "kompas-may31", "antara-jun01", "ap-jun02"
    names = {
     "no": "the No share (%)", "yes": "the Yes share (%)", "turnout": "turnout (%)",
     "registered": "registered voters", "no_votes": "votes for No", "yes_votes": "votes for Yes",
     "margin": "the No side's lead in votes", "states": "member states",
     # dates
     "ref_day": "day of the referendum", "results_day": "day the final results were given",
     "address": "evening of the president's address", "signed": "day the treaty was signed",
     "dutch": "day of the Dutch referendum", "named": "day the new prime minister was named",
     "since": "year the outgoing prime minister took office", "weigh": "day the leaders weighed the treaty's future",
    }
    ms = [
     M(R, "Sunday", D, "ref_day", "2005-05-29"),
     M(R, "54.67 percent", N, "no", 54.67, cls="pct"),
     M(R, "45.33 percent", N, "yes", 45.33, cls="pct"),
     M(R, "Monday", D, "results_day", "2005-05-30"),
     M(R, "69.34 percent", N, "turnout", 69.34, cls="pct"),
     M(R, "about 41.8 million registered voters", N, "registered", 41800000, qual="approx", cls="votes"),
     M(R, "15,449,508 votes", N, "no_votes", 15449508, cls="votes"),
     M(R, "12,808,270", N, "yes_votes", 12808270, cls="votes"),
     M(R, "25 member states", N, "states", 25),
     M(R, "Oct. 29, 2004", D, "signed", "2004-10-29"),
     M(R, "Sunday evening", D, "address", "2005-05-29"),
     M(R, "Wednesday", D, "dutch", "2005-06-01"),

     M(K, "54,67 persen", N, "no", 54.67, cls="pct"),
     M(K, "Minggu (29/5/2005)", D, "ref_day", "2005-05-29"),
     M(K, "45,33 persen", N, "yes", 45.33, cls="pct"),
     M(K, "Senin (30/5/2005)", D, "results_day", "2005-05-30"),
     M(K, "69,34 persen", N, "turnout", 69.34, cls="pct"),
     M(K, "15.449.508 suara", N, "no_votes", 15449508, cls="votes"),
     M(K, "lebih dari 2,6 juta suara", N, "margin", 2600000, qual="morethan", cls="votes"),
     M(K, "12.808.270 suara", N, "yes_votes", 12808270, cls="votes"),
     M(K, "25 negara anggota", N, "states", 25),
     M(K, "29 Oktober 2004", D, "signed", "2004-10-29"),
     M(K, "Minggu malam", D, "address", "2005-05-29"),
     M(K, "Rabu (1/6/2005)", D, "dutch", "2005-06-01"),

     M(T, "Selasa (31/5/2005)", D, "named", "2005-05-31"),
     M(T, "hari Minggu", D, "ref_day", "2005-05-29"),
     M(T, "hampir 55 persen", N, "no", 55, qual="nearly", cls="pct"),
     M(T, "54,67 persen", N, "no", 54.67, cls="pct"),
     M(T, "45,33 persen", N, "yes", 45.33, cls="pct"),
     M(T, "69,34 persen", N, "turnout", 69.34, cls="pct"),
     M(T, "sekitar 41,8 juta pemilih terdaftar", N, "registered", 41800000, qual="approx", cls="votes"),
     M(T, "Lebih dari 15,4 juta pemilih", N, "no_votes", 15400000, qual="morethan", cls="votes"),
     M(T, "sekitar 12,8 juta", N, "yes_votes", 12800000, qual="approx", cls="votes"),
     M(T, "29 Oktober 2004", D, "signed", "2004-10-29"),
     M(T, "2002", D, "since", "2002"),

     M(A, "Thursday", D, "weigh", "2005-06-02"),
     M(A, "Sunday", D, "ref_day", "2005-05-29"),
     M(A, "Wednesday", D, "dutch", "2005-06-01"),
     M(A, "54.67 percent", N, "no", 54.67, cls="pct"),
     M(A, "45.33 percent", N, "yes", 45.33, cls="pct"),
     M(A, "69.34 percent", N, "turnout", 69.34, cls="pct"),
     M(A, "More than 15.4 million", N, "no_votes", 15400000, qual="morethan", cls="votes"),
     M(A, "about 12.8 million", N, "yes_votes", 12800000, qual="approx", cls="votes"),
     M(A, "25 member states", N, "states", 25),
     M(A, "Oct. 29, 2004", D, "signed", "2004-10-29"),
     M(A, "Tuesday", D, "named", "2005-05-31"),
     M(A, "2002", D, "since", "2002"),
    ]
    build("france-referendum-2005", "France's referendum on the European Union's constitutional treaty (Sunday 29 May "
          "2005), control: the Interior Ministry's final results given on Monday 30 May (No 54.67%, Yes 45.33%, "
          "turnout 69.34% of about 41.8 million registered voters, 15,449,508 votes for No and 12,808,270 for Yes), "
          "the treaty signed by the 25 member states in Rome on 29 October 2004, the president's address on the "
          "Sunday evening, the new prime minister named on Tuesday 31 May, the Dutch referendum of Wednesday 1 June. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    enschede()
    zeebrugge()
    referendum()
