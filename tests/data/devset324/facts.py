"""The three-hundred-and-twenty-fourth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset324/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def aibling():
    K, R, T, A = "kompas-feb10", "reuters-feb11", "detik-nov10", "ap-dec5"
    # as-of times of the running tallies: Tuesday 9 February 2016 in the morning (four dead; the police spokesman's
    # first "about 150 injured"), towards midday (nine dead), in the evening (ten dead; the injured corrected down to
    # 81, 18 of them seriously), Thursday 11 February (11 dead after the last missing passenger was found; 85 injured,
    # 24 seriously), the final count of 12 dead once a twelfth victim died in hospital weeks later (April). The
    # injured stood at 85 (24 seriously) from Thursday on: the trial and verdict articles carry that count. The first
    # "about 150 injured" against the later 81 and 85 is a tally revised down (revision). The dead do not fall.
    TUE_A, TUE_B, TUE_C, THU, APR = "2016-02-09a", "2016-02-09b", "2016-02-09c", "2016-02-11", "2016-04"
    names = {
     "dead": "people killed", "injured": "people injured", "serious": "people seriously injured",
     "staff_dead": "railway staff killed", "passengers": "passengers on the two trains",
     "recorders": "data recorders on the trains", "worst_years": "years since a deadlier rail accident in Bavaria",
     "age": "the dispatcher's age", "max_sentence": "maximum sentence for negligent homicide (years)",
     "sentence": "the dispatcher's sentence (years)",
     # dates
     "crash": "day of the collision", "count_tue": "day of the first counts (Tuesday)",
     "asof_thu": "day the toll reached 11", "trial": "day the trial opened", "game": "day investigators named the phone game",
     "verdict": "day of the verdict",
    }
    ms = [
     M(K, "10 orang", N, "dead", 10, TUE_C),
     M(K, "Selasa malam", D, "count_tue", "2016-02-09"),
     M(K, "Selasa (9/2/2016)", D, "crash", "2016-02-09"),
     M(K, "empat korban tewas", N, "dead", 4, TUE_A),
     M(K, "sembilan orang", N, "dead", 9, TUE_B),
     M(K, "sekitar 150 orang", N, "injured", 150, TUE_A, qual="approx"),
     M(K, "81 orang", N, "injured", 81, TUE_C),
     M(K, "18 di antaranya", N, "serious", 18, TUE_C),
     M(K, "tiga kotak hitam", N, "recorders", 3),
     M(K, "lebih dari 40 tahun", N, "worst_years", 40, qual="morethan", cls="yrs"),

     M(R, "11", N, "dead", 11, THU),
     M(R, "Thursday", D, "asof_thu", "2016-02-11"),
     M(R, "Tuesday", D, "crash", "2016-02-09"),
     M(R, "85 people", N, "injured", 85, THU),
     M(R, "24 of them", N, "serious", 24, THU),
     M(R, "about 150 injured", N, "injured", 150, TUE_A, qual="approx"),
     M(R, "Tuesday", D, "count_tue", "2016-02-09", occ=2),
     M(R, "81", N, "injured", 81, TUE_C),
     M(R, "about 150 passengers", N, "passengers", 150, qual="approx"),
     M(R, "three data recorders", N, "recorders", 3),
     M(R, "four railway staff", N, "staff_dead", 4),
     M(R, "more than 40 years", N, "worst_years", 40, qual="morethan", cls="yrs"),

     M(T, "Kamis (10/11/2016)", D, "trial", "2016-11-10"),
     M(T, "40 tahun", N, "age", 40, cls="yrs"),
     M(T, "Selasa (9/2/2016)", D, "crash", "2016-02-09"),
     M(T, "12 orang", N, "dead", 12, APR),
     M(T, "85 orang", N, "injured", 85, THU),
     M(T, "24 di antaranya", N, "serious", 24, THU),
     M(T, "Selasa (12/4/2016)", D, "game", "2016-04-12"),
     M(T, "lima tahun", N, "max_sentence", 5, cls="yrs"),
     M(T, "Sekitar 150 penumpang", N, "passengers", 150, qual="approx"),

     M(A, "Monday", D, "verdict", "2016-12-05"),
     M(A, "three and a half years", N, "sentence", 3.5, cls="yrs"),
     M(A, "12 people", N, "dead", 12, APR),
     M(A, "February", D, "crash", "2016-02"),
     M(A, "40-year-old", N, "age", 40, cls="yrs"),
     M(A, "Nov. 10", D, "trial", "2016-11-10"),
     M(A, "Feb. 9", D, "crash", "2016-02-09"),
     M(A, "12 dead", N, "dead", 12, APR),
     M(A, "85 people", N, "injured", 85, THU),
     M(A, "42 of them", N, "serious", 42, THU, planted=True),
     M(A, "five years", N, "max_sentence", 5, cls="yrs"),
     M(A, "more than 40 years", N, "worst_years", 40, qual="morethan", cls="yrs"),
    ]
    build("bad-aibling-2016", "The head-on collision of two Meridian commuter trains on the single-track line near Bad "
          "Aibling, Bavaria (Tuesday 9 February 2016, about 6.47 a.m.): four dead in the morning -> nine -> ten on "
          "Tuesday evening -> 11 by Thursday 11 February -> 12 once a victim died in hospital; the police's first "
          "'about 150 injured' corrected down to 81 (18 seriously) on Tuesday evening, then 85 (24 seriously); about "
          "150 passengers; the dispatcher's trial in Traunstein (opened Thursday 10 November 2016) and his sentence of "
          "three and a half years (Monday 5 December 2016)", False, ms, names)


def protests():
    R0, R, K, W = "antara-jan20", "reuters-jan22", "kompas-jan23", "dw-feb11"
    # crowd counts are estimates of one rally each, credited to the police or to the organisers (sources between
    # them, also across days). Berlin's police count on Sunday 21 January rose within the day (at least 60,000, then
    # 100,000: an update). The organisers' nationwide count of more than 1.4 million covers Friday 19 to Sunday 21
    # January. Dates: the Potsdam meeting (25 November 2023), Correctiv's report (Wednesday 10 January 2024), the
    # Hamburg rally (Friday 19 January), the Sunday rallies in Berlin and Munich (21 January), the Berlin rally of
    # Saturday 3 February are different events; the weekend's first and last days are the Hamburg and Sunday
    # rallies' days (not_conflict).
    POL, ORG = "the police", "the organisers"
    SUN_A, SUN_B = "2024-01-21a", "2024-01-21b"
    names = {
     "crowd_hamburg": "people at the Hamburg rally (19 January)", "crowd_munich": "people at the Munich rally (21 January)",
     "crowd_berlin21": "people at the Berlin rally (21 January)", "crowd_berlin3": "people at the Berlin rally (3 February)",
     "nationwide": "people at rallies nationwide on the weekend of 19-21 January", "rallies": "rallies planned for the weekend",
     # dates
     "hamburg": "day of the Hamburg rally", "report": "day Correctiv's report appeared", "meeting": "day of the Potsdam meeting",
     "jan21": "day of the Sunday rallies in Berlin and Munich", "weekend_start": "first day of the weekend of protests",
     "weekend_end": "last day of the weekend of protests", "feb3": "day of the Berlin rally of 3 February",
    }
    ms = [
     M(R0, "Jumat (19/1/2024)", D, "hamburg", "2024-01-19"),
     M(R0, "sekitar 50.000 orang", N, "crowd_hamburg", 50000, qual="approx", src=POL),
     M(R0, "80.000 orang", N, "crowd_hamburg", 80000, src=ORG),
     M(R0, "Rabu (10/1/2024)", D, "report", "2024-01-10"),
     M(R0, "25 November 2023", D, "meeting", "2023-11-25"),
     M(R0, "lebih dari 100 aksi", N, "rallies", 100, qual="morethan"),
     M(R0, "Minggu (21/1/2024)", D, "jan21", "2024-01-21"),

     M(R, "Friday", D, "weekend_start", "2024-01-19"),
     M(R, "Sunday", D, "weekend_end", "2024-01-21"),
     M(R, "more than 1.4 million", N, "nationwide", 1400000, qual="morethan", src=ORG),
     M(R, "Sunday", D, "jan21", "2024-01-21", occ=2),
     M(R, "about 100,000", N, "crowd_munich", 100000, qual="approx", src=POL),
     M(R, "250,000", N, "crowd_munich", 250000, src=ORG),
     M(R, "at least 60,000 people", N, "crowd_berlin21", 60000, SUN_A, qual="atleast", src=POL),
     M(R, "Sunday", D, "jan21", "2024-01-21", occ=3),
     M(R, "100,000", N, "crowd_berlin21", 100000, SUN_B, src=POL, occ=2),
     M(R, "350,000", N, "crowd_berlin21", 350000, src=ORG),
     M(R, "Friday", D, "hamburg", "2024-01-19", occ=2),
     M(R, "about 50,000 people", N, "crowd_hamburg", 50000, qual="approx", src=POL),
     M(R, "80,000", N, "crowd_hamburg", 80000, src=ORG),
     M(R, "Jan. 10", D, "report", "2024-01-10"),
     M(R, "November", D, "meeting", "2023-11"),

     M(K, "lebih dari 1,4 juta orang", N, "nationwide", 1400000, qual="morethan", src=ORG),
     M(K, "Minggu (21/1/2024)", D, "jan21", "2024-01-21"),
     M(K, "sekitar 100.000 orang", N, "crowd_berlin21", 100000, SUN_B, qual="approx", src=POL),
     M(K, "350.000 peserta", N, "crowd_berlin21", 350000, src=ORG),
     M(K, "sekitar 100.000 orang", N, "crowd_munich", 100000, qual="approx", src=POL, occ=2),
     M(K, "250.000 orang", N, "crowd_munich", 250000, src=ORG),
     M(K, "Kamis (18/1/2024)", D, "hamburg", "2024-01-18", planted=True),
     M(K, "sekitar 50.000 orang", N, "crowd_hamburg", 50000, qual="approx", src=POL),
     M(K, "10 Januari 2024", D, "report", "2024-01-10"),
     M(K, "25 November 2023", D, "meeting", "2023-11-25"),

     M(W, "Feb. 3", D, "feb3", "2024-02-03"),
     M(W, "about 150,000 people", N, "crowd_berlin3", 150000, qual="approx", src=POL),
     M(W, "300,000", N, "crowd_berlin3", 300000, src=ORG),
     M(W, "Jan. 21", D, "jan21", "2024-01-21"),
     M(W, "about 100,000", N, "crowd_berlin21", 100000, SUN_B, qual="approx", src=POL),
     M(W, "530,000", N, "crowd_berlin21", 530000, src=ORG, planted=True),
     M(W, "250,000 people", N, "crowd_munich", 250000, src=ORG),
     M(W, "about 50,000 people", N, "crowd_hamburg", 50000, qual="approx", src=POL),
     M(W, "Jan. 19", D, "hamburg", "2024-01-19"),
     M(W, "more than 1.4 million", N, "nationwide", 1400000, qual="morethan", src=ORG),
     M(W, "Jan. 10", D, "report", "2024-01-10"),
     M(W, "Nov. 25", D, "meeting", "2023-11-25"),
    ]
    build("germany-far-right-protests-2024", "The rallies against the far right in Germany after Correctiv's report "
          "(Wednesday 10 January 2024) on a meeting in Potsdam (25 November 2023): Hamburg on Friday 19 January "
          "(police about 50,000, organisers 80,000), Munich on Sunday 21 January (police about 100,000, organisers "
          "250,000), Berlin the same day (police at least 60,000, then 100,000; organisers 350,000), more than 1.4 "
          "million nationwide over the weekend by the organisers' count, Berlin again on Saturday 3 February (police "
          "about 150,000, organisers 300,000)", False, ms, names)


def cannabis():
    R, A, W, T = "reuters-feb23", "antara-feb24", "dw-feb25", "tempo-feb26"
    # one vote, reported four times: the Bundestag's approval of the cannabis law on Friday 23 February 2024 (407 for,
    # 226 against, four abstentions, 637 votes cast), its rules (adults from 18; 25 grams in public, 50 grams at home,
    # three plants, from 1 April 2024; clubs of at most 500 members from 1 July 2024) and the Bundesrat's session on
    # 22 March 2024. The age limit, the caps and the counts do not change with the day of the report.
    names = {
     "yes": "votes for the law", "no": "votes against the law", "abstain": "abstentions", "cast": "votes cast",
     "age": "minimum age", "public_g": "grams allowed in public", "home_g": "grams allowed at home",
     "plants": "plants allowed per adult", "club": "members allowed per club", "states": "German states",
     # dates
     "vote": "day of the Bundestag vote", "effect": "day the law takes effect", "clubs": "day clubs may start",
     "bundesrat": "day of the Bundesrat session",
    }
    ms = [
     M(R, "Friday", D, "vote", "2024-02-23"),
     M(R, "407 votes", N, "yes", 407),
     M(R, "226 against", N, "no", 226),
     M(R, "four abstentions", N, "abstain", 4),
     M(R, "18", N, "age", 18, cls="age"),
     M(R, "25 grams", N, "public_g", 25, cls="g"),
     M(R, "50 grams", N, "home_g", 50, cls="g"),
     M(R, "April 1", D, "effect", "2024-04-01"),
     M(R, "three plants", N, "plants", 3),
     M(R, "July 1", D, "clubs", "2024-07-01"),
     M(R, "500 members", N, "club", 500),
     M(R, "March 22", D, "bundesrat", "2024-03-22"),

     M(A, "Jumat (23/2/2024)", D, "vote", "2024-02-23"),
     M(A, "407 anggota", N, "yes", 407),
     M(A, "226", N, "no", 226),
     M(A, "empat abstain", N, "abstain", 4),
     M(A, "1 April 2024", D, "effect", "2024-04-01"),
     M(A, "18 tahun", N, "age", 18, cls="age"),
     M(A, "25 gram", N, "public_g", 25, cls="g"),
     M(A, "50 gram", N, "home_g", 50, cls="g"),
     M(A, "tiga batang", N, "plants", 3),
     M(A, "500 orang", N, "club", 500),
     M(A, "1 Juli 2024", D, "clubs", "2024-07-01"),
     M(A, "22 Maret 2024", D, "bundesrat", "2024-03-22"),

     M(W, "Feb. 23", D, "vote", "2024-02-23"),
     M(W, "407", N, "yes", 407),
     M(W, "226", N, "no", 226),
     M(W, "four lawmakers", N, "abstain", 4),
     M(W, "April 1", D, "effect", "2024-04-01"),
     M(W, "18", N, "age", 18, cls="age"),
     M(W, "25 grams", N, "public_g", 25, cls="g"),
     M(W, "50 grams", N, "home_g", 50, cls="g"),
     M(W, "three plants", N, "plants", 3),
     M(W, "500 members", N, "club", 500),
     M(W, "July 1", D, "clubs", "2024-07-01"),
     M(W, "16 states", N, "states", 16),
     M(W, "March 22", D, "bundesrat", "2024-03-22"),

     M(T, "Jumat, 23 Februari 2024", D, "vote", "2024-02-23"),
     M(T, "407", N, "yes", 407),
     M(T, "637 anggota", N, "cast", 637),
     M(T, "226 anggota", N, "no", 226),
     M(T, "empat anggota", N, "abstain", 4),
     M(T, "18 tahun", N, "age", 18, cls="age"),
     M(T, "25 gram", N, "public_g", 25, cls="g"),
     M(T, "50 gram", N, "home_g", 50, cls="g"),
     M(T, "1 April", D, "effect", "2024-04-01"),
     M(T, "tiga tanaman", N, "plants", 3),
     M(T, "1 Juli", D, "clubs", "2024-07-01"),
     M(T, "500 anggota", N, "club", 500),
     M(T, "22 Maret", D, "bundesrat", "2024-03-22"),
    ]
    build("cannabis-law-2024", "The Bundestag's approval of the cannabis law (control), Friday 23 February 2024: 407 "
          "for, 226 against, four abstentions; adults from 18 may carry 25 grams in public, keep 50 grams at home and "
          "grow three plants from 1 April 2024; clubs of at most 500 members from 1 July 2024; the Bundesrat's session "
          "on 22 March 2024. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    aibling()
    protests()
    cannabis()
