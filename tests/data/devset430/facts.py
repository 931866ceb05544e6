"""Labels of the four-hundred-and-thirtieth development set (issue 12, an untouched transfer set), produced from a
table of facts, never from the checker's output.

Each mention of a figure or date is written down once with what it states (``M``): the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset430/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def fire():
    A, K, T, S = "ap-dec03", "kompas-dec05", "detik-dec07", "sfchron-sep06"
    # as-of times of the running toll: Saturday 3 December 2016 (9 dead, some 25 unaccounted for), Sunday 4 December
    # in the morning (24) and at night (33), Monday 5 December in the morning (37, a city official's figure, withdrawn:
    # a revision) and in the afternoon (36), Tuesday 6 December when the search ended (36). The crowd at the party:
    # about 50 by the fire chief against closer to 100 by an organiser (sources). The share of the building searched
    # rises (35% -> 70%). The unaccounted-for may fall.
    SAT, SUN_AM, SUN_PM, MON_AM, MON_PM, TUE = ("2016-12-03", "2016-12-04a", "2016-12-04b", "2016-12-05a",
                                                "2016-12-05b", "2016-12-06")
    CHIEF, ORG = "the fire chief", "a party organiser"
    names = {
     "dead": "people killed by the fire", "missing": "people unaccounted for", "crowd": "people at the party",
     "searched": "share of the building searched (%)", "youngest": "age of the youngest victim",
     "hills_dead": "people killed by the 1991 hills fire", "counts": "manslaughter counts against each man",
     "jurors_convict": "jurors for convicting Almena", "jurors_acquit": "jurors against convicting Almena",
     "plea_almena": "prison term of Almena's plea deal (years)", "plea_harris": "prison term of Harris's plea deal (years)",
     # dates
     "fire": "day the fire broke out", "count_sat": "day of the count of nine", "count_sun": "day of the counts of 24 and 33",
     "count_mon": "day of the count of 36", "search_end": "day the search ended", "verdict": "day of the jury's verdict",
     "charged": "month the two men were charged", "plea": "month of the plea deal",
     "plea_rejected": "month the plea deal was rejected",
    }
    ms = [
     M(A, "nine people", N, "dead", 9, SAT),
     M(A, "Saturday", D, "count_sat", "2016-12-03"),
     M(A, "Friday", D, "fire", "2016-12-02"),
     M(A, "about 50 people", N, "crowd", 50, SAT, qual="approx", src=CHIEF),
     M(A, "closer to 100", N, "crowd", 100, SAT, qual="approx", src=ORG),
     M(A, "Some 25 people", N, "missing", 25, SAT, qual="approx", fall=True),
     M(A, "Saturday", D, "count_sat", "2016-12-03", occ=2),

     M(K, "33 orang", N, "dead", 33, SUN_PM),
     M(K, "Minggu (4/12/2016)", D, "count_sun", "2016-12-04"),
     M(K, "42 korban tewas", N, "dead", 42, SUN_AM, planted=True),
     M(K, "sekitar 35 persen", N, "searched", 35, SUN_PM, qual="approx", cls="pct"),
     M(K, "Jumat (2/12/2016)", D, "fire", "2016-12-02"),
     M(K, "sekitar 50 orang", N, "crowd", 50, SAT, qual="approx", src=CHIEF),
     M(K, "17 tahun", N, "youngest", 17, cls="age"),

     M(T, "Selasa (6/12/2016)", D, "search_end", "2016-12-06"),
     M(T, "36 orang", N, "dead", 36, TUE),
     M(T, "Senin (5/12/2016)", D, "count_mon", "2016-12-05"),
     M(T, "36", N, "dead", 36, MON_PM, occ=2),
     M(T, "37 korban", N, "dead", 37, MON_AM),
     M(T, "sekitar 35 persen", N, "searched", 35, SUN_PM, qual="approx", cls="pct"),
     M(T, "sekitar 70 persen", N, "searched", 70, MON_PM, qual="approx", cls="pct"),
     M(T, "Jumat (3/12/2016)", D, "fire", "2016-12-03", planted=True),
     M(T, "25 orang", N, "hills_dead", 25),

     M(S, "Thursday", D, "verdict", "2019-09-05"),
     M(S, "36 counts", N, "counts", 36),
     M(S, "Ten jurors", N, "jurors_convict", 10),
     M(S, "two held out", N, "jurors_acquit", 2),
     M(S, "Dec. 2, 2016", D, "fire", "2016-12-02"),
     M(S, "36 people", N, "dead", 36, TUE),
     M(S, "nine", N, "dead", 9, SAT),
     M(S, "Saturday", D, "count_sat", "2016-12-03"),
     M(S, "24", N, "dead", 24, SUN_AM),
     M(S, "Sunday", D, "count_sun", "2016-12-04"),
     M(S, "33", N, "dead", 33, SUN_PM),
     M(S, "36", N, "dead", 36, MON_PM, occ=3),
     M(S, "Dec. 5", D, "count_mon", "2016-12-05"),
     M(S, "June 2017", D, "charged", "2017-06"),
     M(S, "July 2018", D, "plea", "2018-07"),
     M(S, "nine years", N, "plea_almena", 9, cls="yrs"),
     M(S, "six", N, "plea_harris", 6, cls="yrs"),
     M(S, "August 2018", D, "plea_rejected", "2018-08"),
    ]
    build("ghost-ship-fire-2016", "The Ghost Ship warehouse fire in Oakland's Fruitvale district, which broke out at "
          "about 23:20 on Friday 2 December 2016 during a dance party: the toll rising from 9 on Saturday 3 December "
          "to 24 on Sunday morning, 33 on Sunday night and 36 on Monday 5 December (a city official's 37 of Monday "
          "morning withdrawn: a revision), unchanged when the search ended on Tuesday 6 December; about 50 people at "
          "the party by the fire chief against closer to 100 by an organiser (sources); the two men charged with 36 "
          "counts of involuntary manslaughter in June 2017, a plea deal of nine and six years in July 2018 rejected in "
          "August 2018, and the jury's verdict of Thursday 5 September 2019 (Max Harris acquitted, a mistrial for "
          "Derick Almena)", False, ms, names)


def holmes():
    R, T, K, P = "reuters-jan04", "detik-jan05", "kompas-nov19", "tempo-may31"
    # steps on different dates: the trial opened (8 September 2021), the verdict (Monday 3 January 2022), the sentence
    # (Friday 18 November 2022), Balwani's sentence (7 December 2022), the original reporting date (27 April 2023) and
    # the day she entered prison (Tuesday 30 May 2023). Prison terms in years: 11 years 3 months given (135 months:
    # another unit), 15 sought, 18 months asked by the defence, 20 the maximum a count, Balwani's 12 years 11 months.
    # Tempting counts: 4 guilty, 4 acquitted, 3 undecided, 11 in all, 1 conspiracy, 3 wire fraud, 8 men, 4 women.
    names = {
     "guilty": "counts she was convicted on", "acquitted": "counts she was acquitted on",
     "hung": "counts the jury could not decide", "total": "counts that went to the jury",
     "conspiracy": "conspiracy counts convicted", "wire": "wire fraud counts convicted", "men": "men on the jury",
     "women": "women on the jury", "hours": "hours of deliberation", "days": "days of deliberation",
     "trial_months": "months of trial", "max": "maximum term a count (years)", "sentence": "prison term given (years)",
     "sought": "prison term sought by the prosecutors (years)", "defence": "term asked by the defence (years)",
     "balwani_term": "Balwani's prison term (years)", "founding_age": "her age when she founded the company",
     "age_now": "her age on entering prison", "valuation": "the company's peak valuation (US$)",
     "restitution": "restitution ordered (US$)",
     # dates
     "verdict_day": "day of the verdict", "trial_open": "day the trial opened", "sentence_day": "day of the sentence",
     "report_due": "day she was first due in prison", "balwani_day": "day of Balwani's sentence",
     "prison_day": "day she entered prison",
    }
    ms = [
     M(R, "Monday", D, "verdict_day", "2022-01-03"),
     M(R, "four", N, "guilty", 4),
     M(R, "11 counts", N, "total", 11),
     M(R, "one count", N, "conspiracy", 1),
     M(R, "three counts of wire fraud", N, "wire", 3),
     M(R, "four", N, "acquitted", 4, occ=2),
     M(R, "three counts", N, "hung", 3, occ=2),
     M(R, "eight men", N, "men", 8),
     M(R, "four women", N, "women", 4),
     M(R, "more than 50 hours", N, "hours", 50, qual="morethan", cls="hrs"),
     M(R, "seven days", N, "days", 7, cls="dur"),
     M(R, "20 years", N, "max", 20, cls="term"),
     M(R, "age 19", N, "founding_age", 19, cls="age"),
     M(R, "$90 billion", N, "valuation", 90e9, cls="usd", planted=True),
     M(R, "Sept. 8, 2021", D, "trial_open", "2021-09-08"),

     M(T, "Senin (3/1/2022)", D, "verdict_day", "2022-01-03"),
     M(T, "empat dakwaan penipuan", N, "guilty", 4),
     M(T, "empat dakwaan lain", N, "acquitted", 4),
     M(T, "tiga dakwaan", N, "hung", 3),
     M(T, "11 dakwaan", N, "total", 11),
     M(T, "8 September 2021", D, "trial_open", "2021-09-08"),
     M(T, "delapan pria", N, "men", 8),
     M(T, "empat wanita", N, "women", 4),
     M(T, "tujuh hari", N, "days", 7, cls="dur"),
     M(T, "20 tahun penjara", N, "max", 20, cls="term"),
     M(T, "19 tahun", N, "founding_age", 19, cls="age"),
     M(T, "US$ 9 miliar", N, "valuation", 9e9, cls="usd"),

     M(K, "11 tahun 3 bulan", N, "sentence", 11.25, cls="term"),
     M(K, "Jumat (18/11/2022)", D, "sentence_day", "2022-11-18"),
     M(K, "135 bulan", N, "sentence", 11.25, qual="unit", cls="term"),
     M(K, "15 tahun penjara", N, "sought", 15, cls="term"),
     M(K, "18 bulan", N, "defence", 1.5, cls="term"),
     M(K, "27 April 2023", D, "report_due", "2023-04-27"),
     M(K, "empat dakwaan penipuan", N, "guilty", 4),
     M(K, "Senin (3/1/2022)", D, "verdict_day", "2022-01-03"),
     M(K, "hampir empat bulan", N, "trial_months", 4, qual="nearly", cls="dur"),
     M(K, "US$ 9 miliar", N, "valuation", 9e9, cls="usd"),
     M(K, "7 Desember 2022", D, "balwani_day", "2022-12-07"),

     M(P, "Selasa (30/5/2023)", D, "prison_day", "2023-05-30"),
     M(P, "11 tahun 3 bulan", N, "sentence", 11.25, cls="term"),
     M(P, "27 April 2023", D, "report_due", "2023-04-27"),
     M(P, "18 Oktober 2022", D, "sentence_day", "2022-10-18", planted=True),
     M(P, "empat dakwaan penipuan", N, "guilty", 4),
     M(P, "US$ 452 juta", N, "restitution", 452e6, cls="usd"),
     M(P, "12 tahun 11 bulan", N, "balwani_term", 155 / 12, cls="term"),
     M(P, "7 Desember 2022", D, "balwani_day", "2022-12-07"),
     M(P, "39 tahun", N, "age_now", 39, cls="age"),
     M(P, "US$ 9 miliar", N, "valuation", 9e9, cls="usd"),
    ]
    build("theranos-holmes-trial-2022", "The fraud trial of the Theranos founder Elizabeth Holmes in the federal court "
          "in San Jose: opened on 8 September 2021; verdict on Monday 3 January 2022 (guilty on four of the 11 counts "
          "before the jury, acquitted on four, no verdict on three); sentenced by Judge Edward Davila on Friday 18 "
          "November 2022 to 11 years and 3 months (135 months; the prosecutors sought 15 years, the defence 18 months "
          "of home confinement); Ramesh Balwani sentenced to 12 years 11 months on 7 December 2022; first due in prison "
          "on 27 April 2023, entered the federal prison camp in Bryan, Texas, on Tuesday 30 May 2023; US$452 million "
          "in restitution; the company once valued at US$9 billion", False, ms, names)


def census():
    A, K, R, N_ = "ap-apr26", "kompas-apr28", "reuters-apr27", "antara-apr29"
    names = {
     "pop": "resident population on 1 April 2020", "added": "people added over the decade",
     "growth": "growth over the decade (%)", "growth_1930s": "growth in the 1930s (%)",
     "seats_moved": "House seats moving between states", "seats_total": "seats in the House",
     "tx_gain": "seats Texas gains", "other_gain": "seats each of five other states gains",
     "states_lose": "states losing a seat", "loss_each": "seats each losing state loses",
     "ny_short": "residents New York fell short by", "avg": "average people a district",
     "avg_2010": "average people a district after 2010", "utah": "Utah's growth (%)", "wv": "West Virginia's loss (%)",
     "mt_total": "Montana's seats", "ca_total": "California's seats",
     # dates
     "release": "day the results were released", "census_day": "Census Day", "deadline": "original deadline",
     "detail_due": "day the detailed data are due", "midterm": "month the new seats first apply",
    }
    ms = [
     M(A, "331,449,281", N, "pop", 331449281, cls="people"),
     M(A, "April 1, 2020", D, "census_day", "2020-04-01"),
     M(A, "Monday", D, "release", "2021-04-26"),
     M(A, "7.4%", N, "growth", 7.4, cls="pct"),
     M(A, "7.3%", N, "growth_1930s", 7.3, cls="pct"),
     M(A, "Dec. 31", D, "deadline", "2020-12-31"),
     M(A, "seven", N, "seats_moved", 7, cls="seats"),
     M(A, "435 seats", N, "seats_total", 435, cls="seats"),
     M(A, "two seats", N, "tx_gain", 2, cls="seats"),
     M(A, "one each", N, "other_gain", 1, cls="seats"),
     M(A, "89 more residents", N, "ny_short", 89, cls="people"),
     M(A, "761,169 people", N, "avg", 761169, cls="people"),
     M(A, "about 710,000", N, "avg_2010", 710000, qual="approx", cls="people"),
     M(A, "Sept. 30", D, "detail_due", "2021-09-30"),

     M(K, "Senin (26/4/2021)", D, "release", "2021-04-26"),
     M(K, "1 April 2020", D, "census_day", "2020-04-01"),
     M(K, "331.449.281 jiwa", N, "pop", 331449281, cls="people"),
     M(K, "7,4 persen", N, "growth", 7.4, cls="pct"),
     M(K, "7,3 persen", N, "growth_1930s", 7.3, cls="pct"),
     M(K, "sekitar 22,7 juta jiwa", N, "added", 22.7e6, qual="approx", cls="people"),
     M(K, "tujuh", N, "seats_moved", 7, cls="seats"),
     M(K, "435 kursi", N, "seats_total", 435, cls="seats"),
     M(K, "dua kursi", N, "tx_gain", 2, cls="seats"),
     M(K, "satu kursi", N, "other_gain", 1, cls="seats"),
     M(K, "Tujuh negara bagian", N, "states_lose", 7, cls="states"),
     M(K, "satu kursi", N, "loss_each", 1, cls="seats", occ=2),
     M(K, "89 penduduk", N, "ny_short", 89, cls="people"),
     M(K, "761.169 penduduk", N, "avg", 761169, cls="people"),
     M(K, "31 Desember 2020", D, "deadline", "2020-12-31"),

     M(R, "Monday, April 26", D, "release", "2021-04-26"),
     M(R, "two seats", N, "tx_gain", 2, cls="seats"),
     M(R, "one seat each", N, "other_gain", 1, cls="seats"),
     M(R, "Seven states", N, "states_lose", 7, cls="states"),
     M(R, "one seat apiece", N, "loss_each", 1, cls="seats"),
     M(R, "435", N, "seats_total", 435, cls="seats"),
     M(R, "331,449,281", N, "pop", 331449281, cls="people"),
     M(R, "April 1, 2020", D, "census_day", "2020-04-01"),
     M(R, "7.4 percent", N, "growth", 7.4, cls="pct"),
     M(R, "7.3 percent", N, "growth_1930s", 7.3, cls="pct"),
     M(R, "18.4 percent", N, "utah", 18.4, cls="pct"),
     M(R, "3.2 percent", N, "wv", 3.2, cls="pct"),
     M(R, "89 people", N, "ny_short", 89, cls="people"),
     M(R, "761,169 people", N, "avg", 761169, cls="people"),

     M(N_, "Senin (26/4/2021)", D, "release", "2021-04-26"),
     M(N_, "sekitar 331,4 juta penduduk", N, "pop", 331.4e6, qual="approx", cls="people"),
     M(N_, "sekitar 22,7 juta jiwa", N, "added", 22.7e6, qual="approx", cls="people"),
     M(N_, "7,4 persen", N, "growth", 7.4, cls="pct"),
     M(N_, "dua kursi tambahan", N, "tx_gain", 2, cls="seats"),
     M(N_, "satu kursi", N, "other_gain", 1, cls="seats"),
     M(N_, "dua kursi", N, "mt_total", 2, cls="seats", occ=2),
     M(N_, "52 kursi", N, "ca_total", 52, cls="seats"),
     M(N_, "satu kursi", N, "loss_each", 1, cls="seats", occ=2),
     M(N_, "89 penduduk", N, "ny_short", 89, cls="people"),
     M(N_, "435", N, "seats_total", 435, cls="seats"),
     M(N_, "sekitar 761.000 penduduk", N, "avg", 761000, qual="approx", cls="people"),
     M(N_, "7,4 persen", N, "growth", 7.4, cls="pct", occ=2),
     M(N_, "7,3 persen", N, "growth_1930s", 7.3, cls="pct"),
     M(N_, "30 September 2021", D, "detail_due", "2021-09-30"),
     M(N_, "November 2022", D, "midterm", "2022-11"),
    ]
    build("us-reapportionment-2021", "The first results of the 2020 United States census, released by the Commerce "
          "Department and the Census Bureau on Monday 26 April 2021 (control): a resident population of 331,449,281 on "
          "1 April 2020, up 7.4% (about 22.7 million) from 2010, the slowest growth after the 1930s' 7.3%; seven of "
          "the 435 House seats moving: Texas gaining two, Colorado, Florida, Montana, North Carolina and Oregon one "
          "each, seven states losing one each; New York 89 residents short; an average district of 761,169 people; "
          "the detailed data due by 30 September 2021. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    fire()
    holmes()
    census()
