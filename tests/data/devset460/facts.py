"""The table of facts of the four-hundred-and-sixtieth development set (issue 12), an untouched transfer set: every
mention of a figure or a date in its articles, written down once with what it states (tests/benchmarks/factlabels.py):
the fact, its value, the as-of time of a running tally, its qualifier, its source, whether the tally may fall, and
whether it is a planted error. Every cross-article pair of mentions is then labelled by the development set's rules
(tests/data/devset/README.md): same fact -> agree / compatible / update / revision / conflict / sources; different
facts of one unit class, and every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset460/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def stayaway():
    R, K, T, P = "reuters-jan13", "kompas-jan16", "tempo-jan23", "ap-feb14"
    # as-of times of the running tallies: the government's three dead, given by the security minister on Tuesday 15
    # January 2019 (it never changed); the rights groups' coalition's at least 8 dead by Wednesday 16 January, 12 by
    # Wednesday 23 January and at least 17 by Thursday 14 February (the government's and the coalition's counts are
    # two sources); the arrests (more than 600 by Wednesday 16 January, more than 1,000 by the end of the first week);
    # the people treated for gunshot wounds (78 by 23 January, lowered to 68 by 14 February after a double count: a
    # revision). Prices are not tallies.
    JAN15, JAN16, JAN23, FEB14 = "2019-01-15", "2019-01-16", "2019-01-23", "2019-02-14"
    GOV = "the government (the state security minister)"
    FORUM = "the rights groups' coalition (Zimbabwe Human Rights NGO Forum)"
    names = {
     "petrol": "petrol price from 13 January (US$/l)", "petrol_old": "petrol price before (US$/l)",
     "diesel": "diesel price from 13 January (US$/l)", "diesel_old": "diesel price before (US$/l)",
     "eff_time": "time the new prices took effect", "stay_days": "days of the stay-away",
     "inflation": "annual inflation in December (%)",
     "dead": "people killed in the unrest", "arrests": "people arrested", "gunshot": "people treated for gunshot wounds",
     "tortured": "people reporting torture or beatings",
     # dates
     "announce": "day of the televised announcement", "effective": "day the new prices took effect",
     "queues": "day the queues at filling stations shortened", "stayaway": "day the stay-away began",
     "fares": "day the minibus fares doubled", "gov_statement": "day the minister gave the government's toll",
     "arrests_day": "day of the count of more than 600 arrests", "mawarire": "day Evan Mawarire was arrested",
     "moyo": "day Japhet Moyo was arrested", "return": "day the president returned home",
     "infl_month": "month of the inflation figure",
    }
    ms = [
     M(R, "Sunday", D, "effective", "2019-01-13"),
     M(R, "12:01 a.m.", N, "eff_time", 0.017, cls="clock"),
     M(R, "$3.31", N, "petrol", 3.31, cls="usd"),
     M(R, "$1.24", N, "petrol_old", 1.24, cls="usd"),
     M(R, "$3.11", N, "diesel", 3.11, cls="usd"),
     M(R, "$1.36", N, "diesel_old", 1.36, cls="usd"),
     M(R, "Saturday", D, "announce", "2019-01-12"),
     M(R, "Sunday", D, "queues", "2019-01-13", occ=2),
     M(R, "three days", N, "stay_days", 3, cls="dur"),
     M(R, "Monday", D, "stayaway", "2019-01-14"),
     M(R, "Monday", D, "fares", "2019-01-14", occ=2),
     M(R, "above 40 percent", N, "inflation", 40, qual="morethan", cls="pct"),
     M(R, "December", D, "infl_month", "2018-12"),

     M(K, "lebih dari 600 orang", N, "arrests", 600, JAN16, qual="morethan"),
     M(K, "Rabu (16/1/2019)", D, "arrests_day", "2019-01-16"),
     M(K, "tiga hari", N, "stay_days", 3, cls="dur"),
     M(K, "Senin (14/1/2019)", D, "stayaway", "2019-01-14"),
     M(K, "Selasa (15/1/2019)", D, "gov_statement", "2019-01-15"),
     M(K, "tiga orang", N, "dead", 3, JAN15, src=GOV),
     M(K, "sedikitnya delapan orang", N, "dead", 8, JAN16, qual="atleast", src=FORUM),
     M(K, "3,13 dollar AS", N, "petrol", 3.13, cls="usd", planted=True),
     M(K, "1,24 dollar AS", N, "petrol_old", 1.24, cls="usd"),
     M(K, "1,36 dollar AS", N, "diesel_old", 1.36, cls="usd"),
     M(K, "3,11 dollar AS", N, "diesel", 3.11, cls="usd"),
     M(K, "Minggu (13/1/2019)", D, "effective", "2019-01-13"),
     M(K, "pukul 00.01", N, "eff_time", 0.017, cls="clock"),
     M(K, "Rabu", D, "mawarire", "2019-01-16", occ=2),

     M(T, "Selasa (22/1/2019)", D, "return", "2019-01-22"),
     M(T, "Senin (14/1/2019)", D, "stayaway", "2019-01-14"),
     M(T, "12 orang", N, "dead", 12, JAN23, src=FORUM),
     M(T, "78 orang", N, "gunshot", 78, JAN23),
     M(T, "lebih dari 240 orang", N, "tortured", 240, JAN23, qual="morethan"),
     M(T, "lebih dari 1.000 orang", N, "arrests", 1000, JAN23, qual="morethan"),
     M(T, "Senin (21/1/2019)", D, "moyo", "2019-01-21"),
     M(T, "tiga korban tewas", N, "dead", 3, JAN15, src=GOV),
     M(T, "3,31 dollar AS", N, "petrol", 3.31, cls="usd"),

     M(P, "at least 17 people", N, "dead", 17, FEB14, qual="atleast", src=FORUM),
     M(P, "12 deaths", N, "dead", 12, JAN23, src=FORUM),
     M(P, "three dead", N, "dead", 3, JAN15, src=GOV),
     M(P, "three-day", N, "stay_days", 3, cls="dur"),
     M(P, "Jan. 15", D, "stayaway", "2019-01-15", planted=True),
     M(P, "$3.31", N, "petrol", 3.31, cls="usd"),
     M(P, "$1.24", N, "petrol_old", 1.24, cls="usd"),
     M(P, "68", N, "gunshot", 68, FEB14),
     M(P, "78", N, "gunshot", 78, JAN23),
     M(P, "more than 1,000 people", N, "arrests", 1000, JAN23, qual="morethan"),
     M(P, "Jan. 16", D, "mawarire", "2019-01-16"),
    ]
    build("zimbabwe-fuel-stayaway-2019", "Zimbabwe's fuel price rise announced by President Emmerson Mnangagwa late "
          "on Saturday 12 January 2019 and in force from 00:01 on Sunday 13 January (petrol US$1.24 -> 3.31 a litre, "
          "diesel US$1.36 -> 3.11), the three-day stay-away called by the ZCTU from Monday 14 January and the "
          "crackdown that followed: three dead by the government's count (given on Tuesday 15 January) against the "
          "rights groups' coalition's at least 8, then 12 and at least 17 (sources); more than 600 arrested by "
          "Wednesday 16 January and more than 1,000 by the end of the first week; 78 treated for gunshot wounds, "
          "lowered to 68 after a double count; Evan Mawarire arrested on Wednesday 16 January, Japhet Moyo on Monday 21 "
          "January; the president back home on Tuesday 22 January", False, ms, names)


def resignation():
    K, A, R, T = "kompas-nov16", "antara-nov20", "reuters-nov22", "tempo-sep07"
    # steps on different dates: the vice-president fired (Monday 6 November 2017), the army chief's warning (Monday 13
    # November), the army's takeover (Wednesday 15 November), the graduation (Friday 17 November), the march (Saturday
    # 18 November), the party's removal of Mugabe and his speech (Sunday 19 November), the deadline (Monday 20 November
    # at 12:00), the resignation and Mnangagwa's statement (Tuesday 21 November), the swearing-in (Friday 24
    # November), Mugabe's death (Friday 6 September 2019). Tempting pairs of one unit: the ages 93, 95, 75 and 52; the
    # gaps of nine, two and three days.
    names = {
     "m_age": "Mugabe's age in November 2017 (years)", "m_age_death": "Mugabe's age at death (years)",
     "g_age": "Grace Mugabe's age (years)", "e_age": "Mnangagwa's age (years)", "years": "years Mugabe was in power",
     "gap_fire": "days between the firing and the takeover", "gap_warn": "days between the warning and the takeover",
     "gap_sworn": "days between the resignation and the swearing-in", "deadline_time": "hour of the party's deadline",
     # dates
     "takeover": "day of the army's takeover", "fired": "day the vice-president was fired",
     "warning": "day of the army chief's warning", "independence": "year of independence",
     "cc": "day the party removed Mugabe as its leader", "deadline_day": "day of the party's deadline",
     "speech": "night of Mugabe's televised speech", "march": "day of the march in Harare",
     "graduation": "day of the graduation ceremony", "resign": "day Mugabe resigned",
     "ed_statement": "day of Mnangagwa's statement", "sworn": "day Mnangagwa was sworn in",
     "death": "day of Mugabe's death", "election": "month of the 2018 election",
    }
    ms = [
     M(K, "Rabu (15/11/2017)", D, "takeover", "2017-11-15"),
     M(K, "93", N, "m_age", 93, cls="age"),
     M(K, "sembilan hari", N, "gap_fire", 9, cls="days"),
     M(K, "Senin (6/11/2017)", D, "fired", "2017-11-06"),
     M(K, "52", N, "g_age", 52, cls="age"),
     M(K, "75 tahun", N, "e_age", 75, cls="age"),
     M(K, "Dua hari", N, "gap_warn", 2, cls="days"),
     M(K, "Senin (13/11/2017)", D, "warning", "2017-11-13"),
     M(K, "37 tahun", N, "years", 37, cls="yrs"),
     M(K, "1980", D, "independence", "1980"),

     M(A, "Minggu (19/11/2017)", D, "cc", "2017-11-19"),
     M(A, "Senin (20/11/2017)", D, "deadline_day", "2017-11-20"),
     M(A, "pukul 10.00", N, "deadline_time", 10, cls="clock", planted=True),
     M(A, "Minggu", D, "speech", "2017-11-19", occ=2),
     M(A, "Sabtu (18/11/2017)", D, "march", "2017-11-18"),
     M(A, "Jumat (17/11/2017)", D, "graduation", "2017-11-17"),

     M(R, "Tuesday", D, "resign", "2017-11-21"),
     M(R, "37 years", N, "years", 37, cls="yrs"),
     M(R, "93-year-old", N, "m_age", 93, cls="age"),
     M(R, "Monday", D, "deadline_day", "2017-11-20"),
     M(R, "Tuesday", D, "ed_statement", "2017-11-21", occ=2),
     M(R, "75", N, "e_age", 75, cls="age"),
     M(R, "Nov. 6", D, "fired", "2017-11-06"),
     M(R, "Friday", D, "sworn", "2017-11-24"),
     M(R, "Nov. 15", D, "takeover", "2017-11-15"),
     M(R, "1980", D, "independence", "1980"),
     M(R, "52", N, "g_age", 52, cls="age"),

     M(T, "Jumat (6/9/2019)", D, "death", "2019-09-06"),
     M(T, "95 tahun", N, "m_age_death", 95, cls="age"),
     M(T, "1980", D, "independence", "1980"),
     M(T, "November 2017", D, "resign", "2017-11"),
     M(T, "27 tahun", N, "years", 27, cls="yrs", planted=True),
     M(T, "Rabu (15/11/2017)", D, "takeover", "2017-11-15"),
     M(T, "sembilan hari", N, "gap_fire", 9, cls="days"),
     M(T, "pukul 12.00", N, "deadline_time", 12, cls="clock"),
     M(T, "Selasa (21/11/2017)", D, "resign", "2017-11-21"),
     M(T, "tiga hari", N, "gap_sworn", 3, cls="days"),
     M(T, "Jumat (24/11/2017)", D, "sworn", "2017-11-24"),
     M(T, "Juli 2018", D, "election", "2018-07"),
    ]
    build("mugabe-resignation-2017", "The fall of Zimbabwe's president Robert Mugabe (93) after 37 years in power: his "
          "vice-president Emmerson Mnangagwa (75) fired on Monday 6 November 2017, the army chief Constantino "
          "Chiwenga's warning on Monday 13 November, the army's takeover in the early hours of Wednesday 15 November, "
          "the march in Harare on Saturday 18 November, the ruling party's removal of Mugabe as its leader on Sunday 19 "
          "November with a deadline of 12:00 on Monday 20 November, the resignation read out by the Speaker Jacob "
          "Mudenda during the impeachment sitting on Tuesday 21 November, Mnangagwa sworn in on Friday 24 November; "
          "Mugabe's death in Singapore on Friday 6 September 2019 at 95", False, ms, names)


def rebasing():
    R, A, K, P = "reuters-dec31", "antara-jan01", "kontan-jan02", "ap-jan03"
    names = {
     "zeros": "zeros removed from the kwacha", "old_unit": "old kwacha to one new kwacha",
     "new_unit": "new kwacha for 1,000 old", "notes": "denominations of new notes", "coins": "denominations of new coins",
     "top_note": "largest new note (kwacha)", "low_note": "smallest new note (kwacha)", "top_coin": "largest new coin (kwacha)",
     "low_coin": "smallest new coin (ngwee)", "old_big": "largest old note (old kwacha)",
     "old_big_new": "largest old note in new kwacha", "months": "months of the changeover",
     "rate_old": "exchange rate on 31 December (old kwacha per dollar)",
     "rate_new": "the same rate in new kwacha", "drink_old": "soft drink's old price (old kwacha)",
     "drink_new": "soft drink's new price (new kwacha)",
     # dates
     "eff": "day the new kwacha took effect", "legal_end": "last day the old money is legal tender",
     "rate_day": "day of the exchange rate", "atm": "day cash machines paid out new notes",
    }
    ms = [
     M(R, "three zeros", N, "zeros", 3, cls="zeros"),
     M(R, "Tuesday, Jan. 1", D, "eff", "2013-01-01"),
     M(R, "1,000 kwacha", N, "old_unit", 1000, cls="kw"),
     M(R, "1 kwacha", N, "new_unit", 1, cls="kw"),
     M(R, "six notes", N, "notes", 6),
     M(R, "100 kwacha", N, "top_note", 100, cls="kw"),
     M(R, "four coins", N, "coins", 4),
     M(R, "5 ngwee", N, "low_coin", 5, cls="ngwee"),
     M(R, "June 30", D, "legal_end", "2013-06-30"),
     M(R, "six months", N, "months", 6, cls="dur"),
     M(R, "50,000 kwacha", N, "old_big", 50000, cls="kw"),
     M(R, "50 kwacha", N, "old_big_new", 50, cls="kw"),
     M(R, "about 5,200", N, "rate_old", 5200, qual="approx", cls="rate"),
     M(R, "Monday", D, "rate_day", "2012-12-31"),
     M(R, "about 5.20", N, "rate_new", 5.2, qual="approx", cls="rate"),
     M(R, "Tuesday", D, "eff", "2013-01-01", occ=2),

     M(A, "Selasa (1/1/2013)", D, "eff", "2013-01-01"),
     M(A, "tiga angka nol", N, "zeros", 3, cls="zeros"),
     M(A, "1.000 kwacha", N, "old_unit", 1000, cls="kw"),
     M(A, "1 kwacha", N, "new_unit", 1, cls="kw"),
     M(A, "enam pecahan", N, "notes", 6),
     M(A, "100 kwacha", N, "top_note", 100, cls="kw"),
     M(A, "empat pecahan", N, "coins", 4),
     M(A, "5 ngwee", N, "low_coin", 5, cls="ngwee"),
     M(A, "30 Juni 2013", D, "legal_end", "2013-06-30"),
     M(A, "enam bulan", N, "months", 6, cls="dur"),
     M(A, "50.000 kwacha", N, "old_big", 50000, cls="kw"),
     M(A, "50 kwacha", N, "old_big_new", 50, cls="kw"),
     M(A, "Senin (31/12/2012)", D, "rate_day", "2012-12-31"),
     M(A, "kisaran 5.200", N, "rate_old", 5200, qual="approx", cls="rate"),
     M(A, "sekitar 5,20", N, "rate_new", 5.2, qual="approx", cls="rate"),

     M(K, "Selasa (1/1/2013)", D, "eff", "2013-01-01"),
     M(K, "1 kwacha", N, "new_unit", 1, cls="kw"),
     M(K, "1.000 kwacha", N, "old_unit", 1000, cls="kw"),
     M(K, "enam pecahan", N, "notes", 6),
     M(K, "2 kwacha", N, "low_note", 2, cls="kw"),
     M(K, "100 kwacha", N, "top_note", 100, cls="kw"),
     M(K, "empat pecahan", N, "coins", 4),
     M(K, "5 ngwee", N, "low_coin", 5, cls="ngwee"),
     M(K, "1 kwacha", N, "top_coin", 1, cls="kw", occ=2),
     M(K, "30 Juni 2013", D, "legal_end", "2013-06-30"),
     M(K, "50.000 kwacha", N, "old_big", 50000, cls="kw"),
     M(K, "50 kwacha", N, "old_big_new", 50, cls="kw"),
     M(K, "5.000 kwacha", N, "drink_old", 5000, cls="kw"),
     M(K, "5 kwacha", N, "drink_new", 5, cls="kw"),
     M(K, "enam bulan", N, "months", 6, cls="dur"),
     M(K, "tiga angka nol", N, "zeros", 3, cls="zeros"),

     M(P, "three zeros", N, "zeros", 3, cls="zeros"),
     M(P, "Jan. 1", D, "eff", "2013-01-01"),
     M(P, "1,000 old kwacha", N, "old_unit", 1000, cls="kw"),
     M(P, "1 new kwacha", N, "new_unit", 1, cls="kw"),
     M(P, "50,000 note", N, "old_big", 50000, cls="kw"),
     M(P, "50 kwacha", N, "old_big_new", 50, cls="kw"),
     M(P, "Six new notes", N, "notes", 6),
     M(P, "100 kwacha", N, "top_note", 100, cls="kw"),
     M(P, "four coins", N, "coins", 4),
     M(P, "5 ngwee", N, "low_coin", 5, cls="ngwee"),
     M(P, "June 30", D, "legal_end", "2013-06-30"),
     M(P, "six months", N, "months", 6, cls="dur"),
     M(P, "5,000 kwacha", N, "drink_old", 5000, cls="kw"),
     M(P, "5 kwacha", N, "drink_new", 5, cls="kw"),
     M(P, "Wednesday", D, "atm", "2013-01-02"),
    ]
    build("zambia-kwacha-rebasing-2013", "Zambia's rebased kwacha, in force from Tuesday 1 January 2013 (control): "
          "three zeros removed, 1,000 old kwacha to 1 new kwacha; six new notes (2 to 100 kwacha) and four coins (5 "
          "ngwee to 1 kwacha); the old 50,000 note worth 50 kwacha; old money legal tender until 30 June 2013, six "
          "months with prices shown in both units; about 5,200 old kwacha (5.20 new) to the dollar on Monday 31 "
          "December 2012. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    stayaway()
    resignation()
    rebasing()
