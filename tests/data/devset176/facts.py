"""The hundred-and-seventy-sixth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset176/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def miryang():
    K, R, T, A, L = "kompas-jan26", "reuters-jan27", "tempo-jan29", "antara-feb02", "reuters-feb20"
    # as-of times of the running tallies: Friday 26 January 2018 midday (the fire officials' first toll of at least 41
    # and more than 70 injured), Friday afternoon/evening (the health ministry's 37 dead after double counting was
    # removed: a downward revision; 131 injured, 18 seriously), Monday 29 January (39 dead after a patient died late on
    # Sunday; 151 injured) and Friday 2 February (40 dead, 151 injured, three critical). The dead and the injured do
    # not fall (lower figures later are revisions); patients in serious or critical condition may (fall=True).
    FRI_NOON, FRI_PM, MON29, FEB02 = "2018-01-26a", "2018-01-26b", "2018-01-29", "2018-02-02"
    names = {
     "dead": "people killed in the fire", "injured": "people injured in the fire",
     "serious": "injured in serious or critical condition", "hours": "hours to put out the fire",
     "km": "distance from Seoul (km)", "jecheon_dead": "people killed in the Jecheon gym fire",
     "jecheon_inj": "people injured in the Jecheon gym fire", "icheon_dead": "workers killed in the Icheon fire of 2008",
     "centres": "medical centres the patients were moved to", "altars": "memorial altars",
     "floors": "floors of the hospital building", "weeks": "weeks between the Jecheon fire and this one", "since_fire": "weeks since the fire", "age": "age of the man who died on 2 February",
     # dates
     "fire": "day of the fire", "asof_fri": "day of Friday's first toll", "statement": "day of the ministry's statement",
     "jecheon": "day of the Jecheon gym fire", "icheon": "year of the Icheon warehouse fire",
     "asof_mon": "day of Monday's toll", "death39": "day the 39th victim died", "death40": "day the 40th victim died",
     "memorial": "day of the joint memorial",
    }
    ms = [
     M(K, "Jumat (26/1/2018)", D, "fire", "2018-01-26"),
     M(K, "sedikitnya 41 orang", N, "dead", 41, FRI_NOON, qual="atleast"),
     M(K, "Jumat", D, "asof_fri", "2018-01-26", occ=2),
     M(K, "lebih dari 70 orang", N, "injured", 70, FRI_NOON, qual="morethan"),
     M(K, "sekitar tiga jam", N, "hours", 3, qual="approx", cls="hours"),
     M(K, "sekitar 280 kilometer", N, "km", 280, qual="approx", cls="km"),
     M(K, "21 Desember 2017", D, "jecheon", "2017-12-21"),
     M(K, "29 orang", N, "jecheon_dead", 29),

     M(R, "Friday", D, "fire", "2018-01-26"),
     M(R, "37 people", N, "dead", 37, FRI_PM),
     M(R, "41", N, "dead", 41, FRI_NOON),
     M(R, "131 people", N, "injured", 131, FRI_PM),
     M(R, "18 of them", N, "serious", 18, FRI_PM, fall=True),
     M(R, "Friday", D, "statement", "2018-01-26", occ=2),
     M(R, "2008", D, "icheon", "2008"),
     M(R, "40 workers", N, "icheon_dead", 40),
     M(R, "about three hours", N, "hours", 3, qual="approx", cls="hours"),
     M(R, "14 other medical centres", N, "centres", 14),
     M(R, "29 people", N, "jecheon_dead", 29),
     M(R, "about 280 km", N, "km", 280, qual="approx", cls="km"),

     M(T, "39 orang", N, "dead", 39, MON29),
     M(T, "Senin (29/1/2018)", D, "asof_mon", "2018-01-29"),
     M(T, "Minggu (28/1/2018)", D, "death39", "2018-01-28"),
     M(T, "151 orang", N, "injured", 151, MON29),
     M(T, "Kamis (25/1/2018)", D, "fire", "2018-01-25", planted=True),
     M(T, "37 korban", N, "dead", 37, FRI_PM),
     M(T, "41", N, "dead", 41, FRI_NOON),
     M(T, "2008", D, "icheon", "2008"),
     M(T, "40 pekerja", N, "icheon_dead", 40),

     M(A, "81 tahun", N, "age", 81, cls="age"),
     M(A, "Jumat (2/2/2018)", D, "death40", "2018-02-02"),
     M(A, "40 orang", N, "dead", 40, FEB02),
     M(A, "Jumat (26/1/2018)", D, "fire", "2018-01-26"),
     M(A, "151 orang", N, "injured", 151, FEB02),
     M(A, "tiga di antaranya", N, "serious", 3, FEB02, fall=True),
     M(A, "tiga altar", N, "altars", 3),
     M(A, "Sabtu (3/2/2018)", D, "memorial", "2018-02-03"),
     M(A, "enam lantai", N, "floors", 6),
     M(A, "29 orang", N, "jecheon_dead", 29),
     M(A, "36 orang", N, "jecheon_inj", 36),

     M(L, "Nearly four weeks", N, "since_fire", 4, qual="nearly", cls="weeks"),
     M(L, "Jan. 26", D, "fire", "2018-01-26"),
     M(L, "37 people", N, "dead", 37, FRI_PM),
     M(L, "41", N, "dead", 41, FRI_NOON),
     M(L, "40", N, "dead", 40, FEB02),
     M(L, "Feb. 2", D, "death40", "2018-02-02"),
     M(L, "2008", D, "icheon", "2008"),
     M(L, "40 workers", N, "icheon_dead", 40),
     M(L, "about five weeks", N, "weeks", 5, qual="approx", cls="weeks"),
     M(L, "29 people", N, "jecheon_dead", 29),
     M(L, "Dec. 21", D, "jecheon", "2017-12-21"),
     M(L, "about three hours", N, "hours", 3, qual="approx", cls="hours"),
    ]
    build("miryang-fire-2018", "The hospital fire in Miryang, South Gyeongsang, South Korea (Friday 26 January 2018, "
          "about 07.30 local time, in the ground-floor emergency room): at least 41 dead by the fire officials' first "
          "count, revised down to 37 by the health ministry on Friday afternoon (double counting), 39 by Monday 29 "
          "January after a patient died late on Sunday 28 January, 40 on Friday 2 February; injured more than 70 -> 131 "
          "(18 seriously) -> 151 (three critical on 2 February); the Jecheon gym fire of 21 December 2017 (29 dead, 36 "
          "injured) and the Icheon warehouse fire of 2008 (40 dead) as background",
          False, ms, names)


def lee():
    K, DT, R, T = "kompas-oct05", "detik-feb19", "reuters-oct29", "tempo-oct30"
    # three stages of one case on different dates: the Seoul Central District Court's verdict (Friday 5 October 2018:
    # 15 years, a 13 billion won fine), the Seoul High Court's appeal ruling (Wednesday 19 February 2020: 17 years, the
    # same fine, a forfeiture of about 5.78 billion won) and the Supreme Court's (Thursday 29 October 2020: the appeal
    # ruling upheld). The first court's sentence and findings and the appeal's (upheld by the top court) are different
    # facts: 15 against 17 years, Samsung's bribes of about 5.9 billion won against about 8.9 billion won, 24.6 against
    # 25.2 billion won embezzled are `none`. The fine and the forfeiture are the same at every stage.
    # the DAS funds embezzled at the first trial: the prosecutors' indictment (about 35 billion won) against the first
    # court's finding (about 24.6 billion won) are different sources' figures of one fact (`sources`).
    COURT1, PROS = "the first court", "the prosecutors"
    names = {
     "first_sentence": "the first court's sentence (years)", "final_sentence": "the sentence set on appeal and upheld (years)",
     "demanded": "the sentence prosecutors sought at the first trial (years)", "age": "Lee's age at the first verdict",
     "term": "length of Lee's presidency (years)", "diff": "how much the appeal raised the sentence (years)",
     "since_office": "time between leaving office and arrest (years)", "battle": "length of the legal battle (years)",
     "fine": "the fine (won)", "fine_usd": "the fine (US dollars)", "forfeit": "the forfeiture (won)",
     "embezzled_first": "DAS funds embezzled, at the first trial (won)",
     "embezzled_final": "DAS funds embezzled, as found by the Supreme Court (won)",
     "samsung_first": "Samsung's bribes, as found by the first court (won)",
     "samsung_final": "Samsung's bribes, as found on appeal and upheld (won)", "counts": "counts of the indictment",
     # dates
     "verdict1": "day of the first court's verdict", "appeal": "day of the appeal ruling",
     "supreme": "day of the Supreme Court's ruling", "arrest": "day of Lee's arrest", "indict": "day of the indictment",
     "term_start": "year Lee took office", "term_end": "year Lee left office", "bail": "month Lee was released on bail",
     "return": "day Lee returns to prison",
    }
    ms = [
     M(K, "15 tahun penjara", N, "first_sentence", 15, cls="dur"),
     M(K, "Jumat (5/10/2018)", D, "verdict1", "2018-10-05"),
     M(K, "13 miliar won", N, "fine", 13e9, cls="won"),
     M(K, "sekitar 24,6 miliar won", N, "embezzled_first", 24.6e9, qual="approx", cls="won", src=COURT1),
     M(K, "sekitar 5,9 miliar won", N, "samsung_first", 5.9e9, qual="approx", cls="won"),
     M(K, "20 tahun penjara", N, "demanded", 20, cls="dur"),
     M(K, "76 tahun", N, "age", 76, cls="dur"),
     M(K, "22 Maret 2018", D, "arrest", "2018-03-22"),
     M(K, "9 April 2018", D, "indict", "2018-04-09"),
     M(K, "16 dakwaan", N, "counts", 16),
     M(K, "lima tahun", N, "term", 5, cls="dur"),
     M(K, "2008", D, "term_start", "2008"),

     M(DT, "17 tahun penjara", N, "final_sentence", 17, cls="dur"),
     M(DT, "Rabu (19/2/2020)", D, "appeal", "2020-02-19"),
     M(DT, "dua tahun", N, "diff", 2, cls="dur"),
     M(DT, "15 tahun", N, "first_sentence", 15, cls="dur"),
     M(DT, "Oktober 2018", D, "verdict1", "2018-10"),
     M(DT, "31 miliar won", N, "fine", 31e9, cls="won", planted=True),
     M(DT, "sekitar 5,78 miliar won", N, "forfeit", 5.78e9, qual="approx", cls="won"),
     M(DT, "sekitar 8,9 miliar won", N, "samsung_final", 8.9e9, qual="approx", cls="won"),
     M(DT, "Maret 2019", D, "bail", "2019-03"),
     M(DT, "Maret 2018", D, "arrest", "2018-03"),
     M(DT, "sekitar lima tahun", N, "since_office", 5, qual="approx", cls="dur"),
     M(DT, "sekitar 35 miliar won", N, "embezzled_first", 35e9, qual="approx", cls="won", src=PROS),

     M(R, "Thursday", D, "supreme", "2020-10-29"),
     M(R, "17-year", N, "final_sentence", 17, cls="dur"),
     M(R, "more than two years", N, "battle", 2, qual="morethan", cls="dur"),
     M(R, "13 billion won", N, "fine", 13e9, cls="won"),
     M(R, "$11.5 million", N, "fine_usd", 11.5e6, cls="usd"),
     M(R, "about 5.78 billion won", N, "forfeit", 5.78e9, qual="approx", cls="won"),
     M(R, "Monday", D, "return", "2020-11-02"),
     M(R, "17 years", N, "final_sentence", 17, cls="dur"),
     M(R, "Feb. 19", D, "appeal", "2020-02-19"),
     M(R, "15 years", N, "first_sentence", 15, cls="dur"),
     M(R, "October 2018", D, "verdict1", "2018-10"),
     M(R, "2008", D, "term_start", "2008"),
     M(R, "2013", D, "term_end", "2013"),

     M(T, "17 tahun penjara", N, "final_sentence", 17, cls="dur"),
     M(T, "Kamis (29/10/2020)", D, "supreme", "2020-10-29"),
     M(T, "13 miliar won", N, "fine", 13e9, cls="won"),
     M(T, "5,78 miliar won", N, "forfeit", 5.78e9, cls="won"),
     M(T, "Senin (2/11/2020)", D, "return", "2020-11-02"),
     M(T, "15 tahun", N, "first_sentence", 15, cls="dur"),
     M(T, "17 tahun", N, "final_sentence", 17, cls="dur", occ=2),
     M(T, "Selasa (18/2/2020)", D, "appeal", "2020-02-18", planted=True),
     M(T, "25,2 miliar won", N, "embezzled_final", 25.2e9, cls="won"),
     M(T, "sekitar 8,9 miliar won", N, "samsung_final", 8.9e9, qual="approx", cls="won"),
     M(T, "Oktober 2018", D, "verdict1", "2018-10"),
     M(T, "Maret 2018", D, "arrest", "2018-03"),
     M(T, "2008", D, "term_start", "2008"),
     M(T, "2013", D, "term_end", "2013"),
    ]
    build("lee-myungbak-trial-2018", "Former South Korean president Lee Myung-bak's corruption case in three stages: "
          "the Seoul Central District Court's verdict of Friday 5 October 2018 (15 years, a fine of 13 billion won; "
          "about 24.6 billion won embezzled from DAS, about 5.9 billion won in bribes from Samsung; prosecutors sought "
          "20 years), the Seoul High Court's appeal ruling of Wednesday 19 February 2020 (17 years, the same fine, a "
          "forfeiture of about 5.78 billion won, Samsung's bribes put at about 8.9 billion won) and the Supreme Court's "
          "ruling of Thursday 29 October 2020 upholding it, with Lee due back in prison on Monday 2 November 2020; "
          "arrested 22 March 2018, indicted 9 April 2018 on 16 counts, president 2008-2013",
          False, ms, names)


def bok():
    Y, B, K, A = "yonhap-aug26", "bisnis-aug27", "kontan-aug28", "antara-aug29"
    names = {
     "hike": "size of the hike (basis points)", "rate": "the new base rate", "prev": "the base rate before (since May 2020)",
     "g21": "growth forecast for this year", "cpi_f": "inflation forecast for this year (new)",
     "prev_cpi_f": "inflation forecast for this year (before)", "q2": "second-quarter growth on the year",
     "q1": "first-quarter growth on the year", "exports_growth": "July exports' rise on the year",
     "exports": "July exports (US dollars)", "survey": "experts surveyed", "hold": "experts who expected a hold",
     "cases": "daily COVID-19 cases", "days": "days with more than 1,000 cases",
     # dates
     "decision": "day of the decision", "lasthike": "month of the previous hike", "prevcut": "month of the last cut",
     "july": "month of the export figure", "oct": "month of the next meeting (October)",
     "nov": "month of a later meeting (November)",
    }
    ms = [
     M(Y, "Thursday", D, "decision", "2021-08-26"),
     M(Y, "25 basis points", N, "hike", 25, cls="bp"),
     M(Y, "0.75 percent", N, "rate", 0.75, cls="pct"),
     M(Y, "0.5 percent", N, "prev", 0.5, cls="pct"),
     M(Y, "May 2020", D, "prevcut", "2020-05"),
     M(Y, "November 2018", D, "lasthike", "2018-11"),
     M(Y, "4 percent", N, "g21", 4, cls="pct"),
     M(Y, "2.1 percent", N, "cpi_f", 2.1, cls="pct"),
     M(Y, "1.8 percent", N, "prev_cpi_f", 1.8, cls="pct"),
     M(Y, "5.9 percent", N, "q2", 5.9, cls="pct"),
     M(Y, "1.9 percent", N, "q1", 1.9, cls="pct"),
     M(Y, "29.6 percent", N, "exports_growth", 29.6, cls="pct"),
     M(Y, "July", D, "july", "2021-07"),
     M(Y, "55.4 billion U.S. dollars", N, "exports", 55.4e9, cls="usd"),
     M(Y, "100 fixed-income experts", N, "survey", 100),
     M(Y, "67", N, "hold", 67),
     M(Y, "above 1,000", N, "cases", 1000, qual="morethan"),
     M(Y, "more than 50 days", N, "days", 50, qual="morethan", cls="days"),

     M(B, "25 basis poin", N, "hike", 25, cls="bp"),
     M(B, "0,75 persen", N, "rate", 0.75, cls="pct"),
     M(B, "Kamis (26/8/2021)", D, "decision", "2021-08-26"),
     M(B, "November 2018", D, "lasthike", "2018-11"),
     M(B, "0,50 persen", N, "prev", 0.5, cls="pct"),
     M(B, "Mei 2020", D, "prevcut", "2020-05"),
     M(B, "4 persen", N, "g21", 4, cls="pct"),
     M(B, "2,1 persen", N, "cpi_f", 2.1, cls="pct"),
     M(B, "1,8 persen", N, "prev_cpi_f", 1.8, cls="pct"),
     M(B, "5,9 persen", N, "q2", 5.9, cls="pct"),
     M(B, "1,9 persen", N, "q1", 1.9, cls="pct"),

     M(K, "0,25 poin persentase", N, "hike", 25, qual="unit", cls="bp"),
     M(K, "0,75 persen", N, "rate", 0.75, cls="pct"),
     M(K, "Kamis (26/8/2021)", D, "decision", "2021-08-26"),
     M(K, "0,5 persen", N, "prev", 0.5, cls="pct"),
     M(K, "Mei 2020", D, "prevcut", "2020-05"),
     M(K, "November 2018", D, "lasthike", "2018-11"),
     M(K, "100 pakar", N, "survey", 100),
     M(K, "67 orang", N, "hold", 67),
     M(K, "Juli", D, "july", "2021-07"),
     M(K, "29,6 persen", N, "exports_growth", 29.6, cls="pct"),
     M(K, "US$55,4 miliar", N, "exports", 55.4e9, cls="usd"),
     M(K, "4 persen", N, "g21", 4, cls="pct"),
     M(K, "2,1 persen", N, "cpi_f", 2.1, cls="pct"),
     M(K, "1,8 persen", N, "prev_cpi_f", 1.8, cls="pct"),
     M(K, "Oktober", D, "oct", "2021-10"),
     M(K, "November", D, "nov", "2021-11", occ=2),

     M(A, "25 basis poin", N, "hike", 25, cls="bp"),
     M(A, "0,75 persen", N, "rate", 0.75, cls="pct"),
     M(A, "Kamis (26/8/2021)", D, "decision", "2021-08-26"),
     M(A, "November 2018", D, "lasthike", "2018-11"),
     M(A, "0,50 persen", N, "prev", 0.5, cls="pct"),
     M(A, "Mei 2020", D, "prevcut", "2020-05"),
     M(A, "4 persen", N, "g21", 4, cls="pct"),
     M(A, "2,1 persen", N, "cpi_f", 2.1, cls="pct"),
     M(A, "1,8 persen", N, "prev_cpi_f", 1.8, cls="pct"),
     M(A, "5,9 persen", N, "q2", 5.9, cls="pct"),
     M(A, "Juli", D, "july", "2021-07"),
     M(A, "29,6 persen", N, "exports_growth", 29.6, cls="pct"),
     M(A, "US$55,4 miliar", N, "exports", 55.4e9, cls="usd"),
     M(A, "di atas 1.000", N, "cases", 1000, qual="morethan"),
     M(A, "lebih dari 50 hari", N, "days", 50, qual="morethan", cls="days"),
    ]
    build("bok-august-2021", "The Bank of Korea's rate hike (control) of Thursday 26 August 2021: the base rate raised "
          "25 basis points from a record low of 0.5% (since May 2020) to 0.75%, the first hike since November 2018, "
          "with one dissent; the growth forecast for 2021 kept at 4%, the inflation forecast raised to 2.1% from 1.8%; "
          "second-quarter growth 5.9% on the year (first quarter 1.9%); July exports up 29.6% to a record US$55.4 "
          "billion; 67 of 100 experts surveyed had expected a hold. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    miryang()
    lee()
    bok()
