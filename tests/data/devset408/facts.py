"""The table of facts of the four-hundred-and-eighth development set (issue 12), an untouched transfer set: one ``M``
per mention of a figure or date in its articles, with the fact, its value, the as-of time of a running tally, its
qualifier, its source, whether the tally may fall, and whether it is a planted error. Every cross-article pair of
mentions is then labelled by the development set's rules (tests/data/devset/README.md): same fact -> agree /
compatible / update / revision / conflict / sources; different facts of one unit class, and every other pair of
dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset408/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def shoreham():
    R, K, G, T = "reuters-aug22", "detik-aug23", "guardian-aug24", "tempo-mar03"
    # as-of times of the running tallies: Saturday 22 August 2015 (seven dead by the evening, at least 14 hurt),
    # Sunday 23 August (11 dead; 16 hurt by the ambulance service against 14 by the police: sources), Monday 24
    # August (11, not expected to rise), and the investigators' final report of Friday 3 March 2017 (11 dead and 13
    # hurt: the hurt revised down). The dead do not fall.
    SAT, SUN, MON, FINAL = "2015-08-22", "2015-08-23", "2015-08-24", "2017-03-03"
    AMB, POL = "the ambulance service", "Sussex Police"
    names = {
     "dead": "people killed by the crash", "hurt": "people hurt in the crash", "hospital": "hurt taken to hospital",
     "built": "year the jet was built", "pilot_age": "the pilot's age (years)", "fb_age": "the footballers' age (years)",
     "footballers": "footballers among the dead", "crowd": "spectators at the show",
     "y1952": "year of the earlier air show disaster", "dead1952": "people killed in the earlier air show disaster",
     "apex": "height reached at the top of the loop (ft)", "needed": "height needed at the top of the loop (ft)",
     # dates
     "crash": "day of the crash", "count_sat": "day of the Saturday count", "count_sun": "day of the Sunday counts",
     "search": "evening of the search of the wrecked cars", "statement": "day of the police's Monday statement",
     "report": "day of the investigators' final report",
    }
    ms = [
     M(R, "Saturday", D, "crash", "2015-08-22"),
     M(R, "seven people", N, "dead", 7, SAT),
     M(R, "1955", N, "built", 1955, cls="year"),
     M(R, "seven people", N, "dead", 7, SAT, occ=2),
     M(R, "At least 14 people", N, "hurt", 14, SAT, qual="atleast"),
     M(R, "four of them", N, "hospital", 4, SAT),
     M(R, "51-year-old", N, "pilot_age", 51, cls="age"),
     M(R, "about 20,000 spectators", N, "crowd", 20000, qual="approx"),
     M(R, "Saturday", D, "search", "2015-08-22", occ=2),
     M(R, "1952", N, "y1952", 1952, cls="year"),
     M(R, "31 people", N, "dead1952", 31),

     M(K, "11 orang", N, "dead", 11, SUN),
     M(K, "Minggu (23/8/2015)", D, "count_sun", "2015-08-23"),
     M(K, "tujuh korban tewas", N, "dead", 7, SAT),
     M(K, "Sabtu malam", D, "count_sat", "2015-08-22"),
     M(K, "Sabtu (21/8/2015)", D, "crash", "2015-08-21", planted=True),
     M(K, "16 orang terluka", N, "hurt", 16, SUN, src=AMB),
     M(K, "14 orang luka-luka", N, "hurt", 14, SUN, src=POL),
     M(K, "51", N, "pilot_age", 51, cls="age"),
     M(K, "Dua", N, "footballers", 2),
     M(K, "23 tahun", N, "fb_age", 23, cls="age"),
     M(K, "1955", N, "built", 1955, cls="year"),

     M(G, "Saturday", D, "crash", "2015-08-22"),
     M(G, "Monday", D, "statement", "2015-08-24"),
     M(G, "11 people", N, "dead", 11, MON),
     M(G, "nine", N, "dead", 9, SAT, planted=True),
     M(G, "Saturday", D, "count_sat", "2015-08-22", occ=2),
     M(G, "11", N, "dead", 11, SUN, occ=2),
     M(G, "Sunday", D, "count_sun", "2015-08-23"),
     M(G, "two", N, "footballers", 2),
     M(G, "23-year-old", N, "fb_age", 23, cls="age"),
     M(G, "Sunday", D, "count_sun", "2015-08-23", occ=2),
     M(G, "16 people", N, "hurt", 16, SUN, src=AMB),
     M(G, "1955", N, "built", 1955, cls="year"),

     M(T, "Sabtu (22/8/2015)", D, "crash", "2015-08-22"),
     M(T, "Jumat (3/3/2017)", D, "report", "2017-03-03"),
     M(T, "11 orang", N, "dead", 11, FINAL),
     M(T, "13 orang", N, "hurt", 13, FINAL),
     M(T, "sekitar 2.700 kaki", N, "apex", 2700, qual="approx", cls="ft"),
     M(T, "sedikitnya 3.500 kaki", N, "needed", 3500, qual="atleast", cls="ft"),
     M(T, "tujuh orang", N, "dead", 7, SAT),
     M(T, "11 orang", N, "dead", 11, SUN, occ=2),
     M(T, "1955", N, "built", 1955, cls="year"),
    ]
    build("shoreham-airshow-crash-2015", "The Shoreham air show crash of Saturday 22 August 2015: a Hawker Hunter jet "
          "built in 1955 failed to pull out of a loop and hit traffic on the A27 beside Shoreham airport in West "
          "Sussex at about 13:20; seven dead by Saturday evening, 11 by Sunday 23 August, the police saying on Monday "
          "24 August the toll would not rise further; at least 14 hurt on Saturday, 16 by the ambulance service against "
          "14 by the police on Sunday (sources), 13 in the investigators' final report of Friday 3 March 2017 (a "
          "revision); the pilot Andy Hill (51) survived", False, ms, names)


def referendum():
    R, K, T, A = "reuters-may23", "kompas-may24", "tempo-aug30", "antara-nov17"
    # steps on different dates: the vote (Friday 22 May 2015), the result (Saturday 23 May), the last court
    # challenges dismissed (Thursday 30 July), the amendment signed by the president (Saturday 29 August), the
    # marriage law in force (Monday 16 November) and the first wedding (Tuesday 17 November 2015). Results do not
    # change with the day of the report. Tempting pairs of one unit: Yes against No votes, the Yes share against the
    # turnout and the No share of the second referendum, 43 against 42 constituencies, the candidates' ages 35 and 21,
    # three months of the delay against three months of the notice period, the years 1993 and 2011.
    names = {
     "yes": "Yes votes", "no": "No votes", "yes_pct": "Yes share (%)", "turnout": "turnout (%)",
     "age_no_pct": "No share in the presidential age referendum (%)", "const": "constituencies",
     "const_yes": "constituencies voting Yes", "age_old": "minimum age of presidential candidates (years)",
     "age_new": "proposed minimum age of presidential candidates (years)", "y1993": "year of decriminalisation",
     "y2011": "year civil partnerships began", "suits": "court challenges to the result",
     "gap_months": "months between the referendum and the signature", "wait_months": "months of the notice period",
     # dates
     "vote": "day of the referendum", "result": "day of the result", "appeal": "day the last challenges were dismissed",
     "signed": "day the president signed the amendment", "in_force": "day the marriage law came into force",
     "wedding": "day of the first wedding",
    }
    ms = [
     M(R, "Saturday", D, "result", "2015-05-23"),
     M(R, "1,201,607", N, "yes", 1201607, cls="votes"),
     M(R, "62.07 percent", N, "yes_pct", 62.07, cls="pct"),
     M(R, "734,300", N, "no", 734300, cls="votes"),
     M(R, "Friday", D, "vote", "2015-05-22"),
     M(R, "60.52 percent", N, "turnout", 60.52, cls="pct"),
     M(R, "43 constituencies", N, "const", 43, cls="const"),
     M(R, "42", N, "const_yes", 42, cls="const"),
     M(R, "35", N, "age_old", 35, cls="age"),
     M(R, "21", N, "age_new", 21, cls="age"),
     M(R, "about 73 percent", N, "age_no_pct", 73, qual="approx", cls="pct"),

     M(K, "Jumat (22/5/2015)", D, "vote", "2015-05-22"),
     M(K, "Sabtu (23/5/2015)", D, "result", "2015-05-23"),
     M(K, "sekitar 62 persen", N, "yes_pct", 62, qual="approx", cls="pct"),
     M(K, "1.201.607 suara", N, "yes", 1201607, cls="votes"),
     M(K, "743.300 suara", N, "no", 743300, cls="votes", planted=True),
     M(K, "60,5 persen", N, "turnout", 60.5, qual="approx", cls="pct"),
     M(K, "43 daerah pemilihan", N, "const", 43, cls="const"),
     M(K, "35 tahun", N, "age_old", 35, cls="age"),
     M(K, "21 tahun", N, "age_new", 21, cls="age"),
     M(K, "sekitar 73 persen", N, "age_no_pct", 73, qual="approx", cls="pct"),
     M(K, "1993", N, "y1993", 1993, cls="year"),

     M(T, "Sabtu (29/8/2015)", D, "signed", "2015-08-29"),
     M(T, "lebih dari tiga bulan", N, "gap_months", 3, qual="morethan", cls="months"),
     M(T, "22 Mei 2015", D, "vote", "2015-05-22"),
     M(T, "dua gugatan", N, "suits", 2),
     M(T, "Kamis (30/7/2015)", D, "appeal", "2015-07-30"),
     M(T, "62,07 persen", N, "yes_pct", 62.07, cls="pct"),
     M(T, "60,52 persen", N, "turnout", 60.52, cls="pct"),
     M(T, "2011", N, "y2011", 2011, cls="year"),

     M(A, "Selasa (17/11/2015)", D, "wedding", "2015-11-17"),
     M(A, "Senin (16/11/2015)", D, "in_force", "2015-11-16"),
     M(A, "tiga bulan", N, "wait_months", 3, cls="months"),
     M(A, "Jumat (23/5/2015)", D, "vote", "2015-05-23", planted=True),
     M(A, "1.201.607 pemilih", N, "yes", 1201607, cls="votes"),
     M(A, "62,07 persen", N, "yes_pct", 62.07, cls="pct"),
     M(A, "29 Agustus 2015", D, "signed", "2015-08-29"),
     M(A, "2011", N, "y2011", 2011, cls="year"),
    ]
    build("irish-marriage-referendum-2015", "Ireland's referendum of Friday 22 May 2015 on letting two people marry "
          "whatever their sex: the result on Saturday 23 May, 1,201,607 Yes (62.07%) against 734,300 No, turnout "
          "60.52%, 42 of 43 constituencies in favour; the same day's proposal to lower the presidential candidates' "
          "age from 35 to 21 rejected by about 73%; the last court challenges dismissed on Thursday 30 July, the "
          "amendment signed by President Michael D. Higgins on Saturday 29 August, the marriage law in force on "
          "Monday 16 November and the first wedding, in Clonmel, on Tuesday 17 November 2015", False, ms, names)


def wage():
    R, A, G, B = "reuters-nov21", "antara-nov22", "guardian-nov24", "kompas-nov23"
    names = {
     "nlw": "national living wage from April 2024 (GBP/h)", "nlw_old": "national living wage before (GBP/h)",
     "pct": "rise of the national living wage (%)", "year_gain": "yearly gain for a full-time worker (GBP)",
     "age_new": "age from which the rate applies (years)", "age_old": "age from which the rate applied before (years)",
     "r18": "rate for 18- to 20-year-olds (GBP/h)", "r18_old": "rate for 18- to 20-year-olds before (GBP/h)",
     "r18_pct": "rise for 18- to 20-year-olds (%)", "app": "apprentice rate (GBP/h)",
     "app_old": "apprentice rate before (GBP/h)", "app_pct": "rise of the apprentice rate (%)",
     "workers": "workers benefiting (million)",
     # dates
     "announce": "day of the announcement", "statement": "day of the autumn statement",
     "effective": "day the new rates take effect",
    }
    ms = [
     M(R, "11.44 pounds", N, "nlw", 11.44, cls="gbp"),
     M(R, "April 1, 2024", D, "effective", "2024-04-01"),
     M(R, "10.42 pounds", N, "nlw_old", 10.42, cls="gbp"),
     M(R, "Tuesday", D, "announce", "2023-11-21"),
     M(R, "9.8 percent", N, "pct", 9.8, cls="pct"),
     M(R, "more than 1,800 pounds", N, "year_gain", 1800, qual="morethan", cls="gbp"),
     M(R, "23", N, "age_old", 23, cls="age"),
     M(R, "21", N, "age_new", 21, cls="age", occ=2),
     M(R, "8.60 pounds", N, "r18", 8.60, cls="gbp"),
     M(R, "7.49 pounds", N, "r18_old", 7.49, cls="gbp"),
     M(R, "14.8 percent", N, "r18_pct", 14.8, cls="pct"),
     M(R, "21.2 percent", N, "app_pct", 21.2, cls="pct"),
     M(R, "5.28 pounds", N, "app_old", 5.28, cls="gbp"),
     M(R, "6.40 pounds", N, "app", 6.40, cls="gbp"),
     M(R, "Some 2.7 million", N, "workers", 2.7, qual="approx", cls="mn"),
     M(R, "Wednesday", D, "statement", "2023-11-22"),

     M(A, "10,42 pound", N, "nlw_old", 10.42, cls="gbp"),
     M(A, "11,44 pound", N, "nlw", 11.44, cls="gbp"),
     M(A, "1 April 2024", D, "effective", "2024-04-01"),
     M(A, "Selasa (21/11/2023)", D, "announce", "2023-11-21"),
     M(A, "Rabu (22/11/2023)", D, "statement", "2023-11-22"),
     M(A, "9,8 persen", N, "pct", 9.8, cls="pct"),
     M(A, "lebih dari 1.800 pound", N, "year_gain", 1800, qual="morethan", cls="gbp"),
     M(A, "23 tahun", N, "age_old", 23, cls="age"),
     M(A, "21 tahun", N, "age_new", 21, cls="age"),
     M(A, "14,8 persen", N, "r18_pct", 14.8, cls="pct"),
     M(A, "7,49 pound", N, "r18_old", 7.49, cls="gbp"),
     M(A, "8,60 pound", N, "r18", 8.60, cls="gbp"),
     M(A, "21,2 persen", N, "app_pct", 21.2, cls="pct"),
     M(A, "5,28 pound", N, "app_old", 5.28, cls="gbp"),
     M(A, "6,40 pound", N, "app", 6.40, cls="gbp"),
     M(A, "Sekitar 2,7 juta", N, "workers", 2.7, qual="approx", cls="mn"),

     M(G, "£10.42", N, "nlw_old", 10.42, cls="gbp"),
     M(G, "£11.44", N, "nlw", 11.44, cls="gbp"),
     M(G, "April 1", D, "effective", "2024-04-01"),
     M(G, "Tuesday", D, "announce", "2023-11-21"),
     M(G, "Wednesday", D, "statement", "2023-11-22"),
     M(G, "nearly 10%", N, "pct", 10, qual="nearly", cls="pct"),
     M(G, "more than £1,800", N, "year_gain", 1800, qual="morethan", cls="gbp"),
     M(G, "about 2.7 million", N, "workers", 2.7, qual="approx", cls="mn"),
     M(G, "23", N, "age_old", 23, cls="age"),
     M(G, "21", N, "age_new", 21, cls="age", occ=2),
     M(G, "14.8%", N, "r18_pct", 14.8, cls="pct"),
     M(G, "£8.60", N, "r18", 8.60, cls="gbp"),
     M(G, "£7.49", N, "r18_old", 7.49, cls="gbp"),
     M(G, "£6.40", N, "app", 6.40, cls="gbp"),
     M(G, "21.2%", N, "app_pct", 21.2, cls="pct"),
     M(G, "£5.28", N, "app_old", 5.28, cls="gbp"),

     M(B, "21 tahun", N, "age_new", 21, cls="age"),
     M(B, "£11,44", N, "nlw", 11.44, cls="gbp"),
     M(B, "1 April 2024", D, "effective", "2024-04-01"),
     M(B, "£10,42", N, "nlw_old", 10.42, cls="gbp"),
     M(B, "9,8 persen", N, "pct", 9.8, cls="pct"),
     M(B, "Selasa (21/11/2023)", D, "announce", "2023-11-21"),
     M(B, "lebih dari £1.800", N, "year_gain", 1800, qual="morethan", cls="gbp"),
     M(B, "23 tahun", N, "age_old", 23, cls="age"),
     M(B, "£8,60", N, "r18", 8.60, cls="gbp"),
     M(B, "£7,49", N, "r18_old", 7.49, cls="gbp"),
     M(B, "14,8 persen", N, "r18_pct", 14.8, cls="pct"),
     M(B, "£6,40", N, "app", 6.40, cls="gbp"),
     M(B, "£5,28", N, "app_old", 5.28, cls="gbp"),
     M(B, "21,2 persen", N, "app_pct", 21.2, cls="pct"),
     M(B, "sekitar 2,7 juta", N, "workers", 2.7, qual="approx", cls="mn"),
    ]
    build("uk-living-wage-2023", "Britain's national living wage rise announced by the Treasury on Tuesday 21 November "
          "2023, the eve of Jeremy Hunt's autumn statement of Wednesday 22 November, in force from 1 April 2024 "
          "(control): GBP 10.42 -> 11.44 an hour (9.8%), more than GBP 1,800 a year for a full-time worker, the age "
          "threshold lowered from 23 to 21; 18- to 20-year-olds GBP 7.49 -> 8.60 (14.8%); apprentices and 16- and "
          "17-year-olds GBP 5.28 -> 6.40 (21.2%); about 2.7 million workers. Zero conflicts expected.", True, ms,
          names)


if __name__ == "__main__":
    shoreham()
    referendum()
    wage()
