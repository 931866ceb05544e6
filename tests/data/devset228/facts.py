"""The two-hundred-and-twenty-eighth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset228/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def boston():
    K, R, T, A = "kompas-apr16", "reuters-apr17", "tempo-apr23", "ap-may10"
    # as-of times of the running tallies: Tuesday 16 April 2013 (the police's 176 wounded, 17 critical), Wednesday 17
    # April (183), Monday 22 April (the health commission's 282 at 27 hospitals, 48 still in hospital, two critical),
    # Tuesday 23 April (the commission's count lowered to 264 at 26 hospitals: a revision). The dead stay at three.
    # The early "sekitar 170" is the first days' figure (as of Tuesday). Patients in critical condition and in
    # hospital may fall.
    TUE, WED, MON22, TUE23 = "2013-04-16", "2013-04-17", "2013-04-22", "2013-04-23"
    names = {
     "dead": "people killed by the bombs", "injured": "people injured by the bombs",
     "critical": "wounded in critical condition", "hospitalized": "wounded still in hospital",
     "hospitals": "hospitals that treated the wounded", "amputees": "people who lost a limb",
     "runners": "runners in the race", "gap": "seconds between the two blasts",
     "age_boy": "age of the boy killed", "age_campbell": "age of Krystle Campbell", "age_lu": "age of Lu Lingzi",
     "age_dz": "age of Dzhokhar Tsarnaev", "age_tam": "age of Tamerlan Tsarnaev", "age_collier": "age of Sean Collier",
     # dates
     "bomb": "day of the bombing", "asof_tue": "day of the police's count of 176",
     "asof_wed": "day of the count of 183", "service": "day of the interfaith service",
     "charged": "day Dzhokhar Tsarnaev was charged", "captured": "day Dzhokhar Tsarnaev was captured",
     "tam_died": "day Tamerlan Tsarnaev died", "collier_shot": "day Sean Collier was shot",
     "asof_mon22": "day of the count of 282", "asof_tue23": "day of the count of 264",
     "burial_said": "day the police said Tamerlan Tsarnaev had been buried",
    }
    ms = [
     M(K, "Senin (15/4/2013)", D, "bomb", "2013-04-15"),
     M(K, "tiga orang", N, "dead", 3, TUE),
     M(K, "176 orang", N, "injured", 176, TUE),
     M(K, "Selasa (16/4/2013)", D, "asof_tue", "2013-04-16"),
     M(K, "sekitar 12 detik", N, "gap", 12, qual="approx", cls="sec"),
     M(K, "17 korban luka", N, "critical", 17, TUE, fall=True),
     M(K, "delapan tahun", N, "age_boy", 8, cls="age"),
     M(K, "29", N, "age_campbell", 29, cls="age"),
     M(K, "23", N, "age_lu", 23, cls="age"),
     M(K, "Sekitar 23.000 pelari", N, "runners", 23000, qual="approx"),

     M(R, "Monday", D, "bomb", "2013-04-15"),
     M(R, "183", N, "injured", 183, WED),
     M(R, "Wednesday", D, "asof_wed", "2013-04-17"),
     M(R, "three", N, "dead", 3, WED),
     M(R, "176", N, "injured", 176, TUE),
     M(R, "Tuesday", D, "asof_tue", "2013-04-16"),
     M(R, "17 of them", N, "critical", 17, TUE, fall=True),
     M(R, "about 21 seconds", N, "gap", 21, qual="approx", cls="sec", planted=True),
     M(R, "roughly 23,000 runners", N, "runners", 23000, qual="approx"),
     M(R, "8-year-old", N, "age_boy", 8, cls="age"),
     M(R, "29", N, "age_campbell", 29, cls="age"),
     M(R, "23", N, "age_lu", 23, cls="age"),
     M(R, "Wednesday", D, "asof_wed", "2013-04-17", occ=2),
     M(R, "Thursday", D, "service", "2013-04-18"),

     M(T, "19 tahun", N, "age_dz", 19, cls="age"),
     M(T, "Senin (22/4/2013)", D, "charged", "2013-04-22"),
     M(T, "Jumat (19/4/2013)", D, "captured", "2013-04-19"),
     M(T, "26 tahun", N, "age_tam", 26, cls="age"),
     M(T, "Jumat dini hari", D, "tam_died", "2013-04-19"),
     M(T, "26 tahun", N, "age_collier", 26, cls="age", occ=2),
     M(T, "Kamis (18/4/2013)", D, "collier_shot", "2013-04-18"),
     M(T, "282 orang", N, "injured", 282, MON22),
     M(T, "Senin", D, "asof_mon22", "2013-04-22", occ=2),
     M(T, "sekitar 170 orang", N, "injured", 170, TUE, qual="approx"),
     M(T, "27 rumah sakit", N, "hospitals", 27, MON22),
     M(T, "Senin (15/4/2013)", D, "bomb", "2013-04-15"),
     M(T, "tiga orang", N, "dead", 3, "2013-04-23a"),

     M(A, "April 23", D, "asof_tue23", "2013-04-23"),
     M(A, "264 people", N, "injured", 264, TUE23),
     M(A, "282", N, "injured", 282, MON22),
     M(A, "26 hospitals", N, "hospitals", 26, TUE23),
     M(A, "three people", N, "dead", 3, TUE23),
     M(A, "April 16", D, "bomb", "2013-04-16", planted=True),
     M(A, "8-year-old", N, "age_boy", 8, cls="age"),
     M(A, "29-year-old", N, "age_campbell", 29, cls="age"),
     M(A, "About 48", N, "hospitalized", 48, MON22, qual="approx", fall=True),
     M(A, "April 22", D, "asof_mon22", "2013-04-22"),
     M(A, "two of them", N, "critical", 2, MON22, fall=True),
     M(A, "At least 14 people", N, "amputees", 14, TUE23, qual="atleast"),
     M(A, "19", N, "age_dz", 19, cls="age"),
     M(A, "April 22", D, "charged", "2013-04-22", occ=2),
     M(A, "April 19", D, "captured", "2013-04-19"),
     M(A, "26", N, "age_tam", 26, cls="age", occ=2),
     M(A, "Thursday", D, "burial_said", "2013-05-09"),
     M(A, "April 18", D, "collier_shot", "2013-04-18"),
    ]
    build("boston-marathon-2013", "The Boston Marathon bombings (Monday 15 April 2013, shortly before 2:50 p.m., two "
          "blasts about 12 seconds apart on Boylston Street): three dead; the wounded 176 on Tuesday 16 April (17 "
          "critical) -> 183 on Wednesday 17 April -> the Boston Public Health Commission's 282 at 27 hospitals as of "
          "Monday 22 April, lowered to 264 at 26 hospitals on Tuesday 23 April; the manhunt (MIT officer Sean Collier "
          "shot on Thursday 18 April, Tamerlan Tsarnaev, 26, killed early on Friday 19 April, Dzhokhar Tsarnaev, 19, "
          "captured in Watertown on Friday night) and the charge of Monday 22 April", False, ms, names)


def shutdown():
    R, K, T, A = "reuters-dec22", "kompas-jan13", "detik-jan26", "ap-feb16"
    # The shutdown's length is a running tally: the 22nd day on Saturday 12 January 2019 (the longest yet), 35 days
    # when it ended on Friday 25 January. Votes, sums and dates do not change with the day of the report: the
    # Senate's voice vote of Wednesday 19 December 2018 (funding to 8 February), the House's 217-185 of Thursday 20
    # December (with $5.7 billion for the wall), the start at 12:01 a.m. on Saturday 22 December, the missed
    # paycheck of Friday 11 January, the Oval Office address of Tuesday 8 January, the Senate's two failed votes of
    # Thursday 24 January (50-47 and 52-44, 60 needed), the end on Friday 25 January (funding to 15 February), the
    # CBO's estimate of Monday 28 January, the February deal (Senate 83-16 and House 300-128 on Thursday 14
    # February, signed on Friday 15 February). The shutdown's cost: S&P Global's $6 billion or more against the
    # Congressional Budget Office's $11 billion (sources).
    JAN12, JAN25 = "2019-01-12", "2019-01-25"
    SP, CBO = "S&P Global", "the Congressional Budget Office"
    names = {
     "house_yes": "House votes for the December stopgap", "house_no": "House votes against the December stopgap",
     "wall_demand": "the wall money Trump demanded", "workers": "federal workers affected",
     "essential": "federal workers working without pay", "furloughed": "federal workers furloughed",
     "prev_len": "length of the 1995-96 shutdown (days)", "length": "length of the shutdown (days)",
     "gop_yes": "Senate votes for the plan Trump backed", "gop_no": "Senate votes against the plan Trump backed",
     "needed": "Senate votes needed", "dem_yes": "Senate votes for the Democrats' plan",
     "dem_no": "Senate votes against the Democrats' plan", "cost": "the shutdown's cost to the economy",
     "lost": "the cost never recovered", "sen_feb_yes": "Senate votes for the February bill",
     "sen_feb_no": "Senate votes against the February bill", "house_feb_yes": "House votes for the February bill",
     "house_feb_no": "House votes against the February bill", "barrier_money": "money for barriers in the February bill",
     "emergency_total": "the wall money the White House says it can gather", "miles": "miles of new barriers",
     # dates
     "shut_start": "day the shutdown began", "house_vote": "day of the House's December vote",
     "senate_dec": "day of the Senate's December voice vote", "cr_until_dec": "end of the Senate's December stopgap",
     "trump_remark": "day of Trump's remark on a long shutdown", "dems_control": "day Democrats took the House",
     "prev_start": "start year of the 1995-96 shutdown", "prev_end": "end of the 1995-96 shutdown",
     "asof_jan12": "day the shutdown became the longest", "paycheck": "day of the first missed paycheck",
     "address": "day of the Oval Office address", "ended": "day the shutdown ended",
     "cr_until_jan": "end of the three-week funding", "senate_jan": "day of the Senate's two failed votes",
     "signed_feb": "day Trump signed the February bill", "feb_votes": "day of the February votes",
     "cbo_day": "day of the CBO's estimate",
    }
    ms = [
     M(R, "Saturday", D, "shut_start", "2018-12-22"),
     M(R, "217-185", N, "house_yes", 217, cls="votes", also={"house_no": 185}),
     M(R, "Thursday", D, "house_vote", "2018-12-20"),
     M(R, "$5.7 billion", N, "wall_demand", 5.7, cls="usd"),
     M(R, "Wednesday", D, "senate_dec", "2018-12-19"),
     M(R, "Feb. 8", D, "cr_until_dec", "2019-02-08"),
     M(R, "Some 800,000 federal employees", N, "workers", 800000, qual="approx"),
     M(R, "about 420,000", N, "essential", 420000, qual="approx"),
     M(R, "380,000 or so", N, "furloughed", 380000, qual="approx"),
     M(R, "Friday", D, "trump_remark", "2018-12-21"),
     M(R, "Jan. 3", D, "dems_control", "2019-01-03"),
     M(R, "1995", D, "prev_start", "1995"),
     M(R, "1996", D, "prev_end", "1996"),
     M(R, "21 days", N, "prev_len", 21, cls="days"),

     M(K, "hari ke-22", N, "length", 22, JAN12, cls="days"),
     M(K, "Sabtu (12/1/2019)", D, "asof_jan12", "2019-01-12"),
     M(K, "21 hari", N, "prev_len", 21, cls="days"),
     M(K, "Januari 1996", D, "prev_end", "1996-01"),
     M(K, "Sabtu (22/12/2018)", D, "shut_start", "2018-12-22"),
     M(K, "5,7 miliar dollar AS", N, "wall_demand", 5.7, cls="usd"),
     M(K, "271 suara", N, "house_yes", 271, cls="votes", planted=True),
     M(K, "185", N, "house_no", 185, cls="votes"),
     M(K, "20 Desember", D, "house_vote", "2018-12-20"),
     M(K, "Sekitar 800.000 pegawai", N, "workers", 800000, qual="approx"),
     M(K, "Jumat (11/1/2019)", D, "paycheck", "2019-01-11"),
     M(K, "sekitar 420.000 orang", N, "essential", 420000, qual="approx"),
     M(K, "sekitar 380.000", N, "furloughed", 380000, qual="approx"),
     M(K, "Selasa (8/1/2019)", D, "address", "2019-01-08"),

     M(T, "Jumat (25/1/2019)", D, "ended", "2019-01-25"),
     M(T, "36 hari", N, "length", 36, JAN25, cls="days", planted=True),
     M(T, "15 Februari", D, "cr_until_jan", "2019-02-15"),
     M(T, "Kamis (24/1/2019)", D, "senate_jan", "2019-01-24"),
     M(T, "5,7 miliar dollar AS", N, "wall_demand", 5.7, cls="usd"),
     M(T, "50 suara", N, "gop_yes", 50, cls="votes"),
     M(T, "47", N, "gop_no", 47, cls="votes"),
     M(T, "60 suara", N, "needed", 60, cls="votes"),
     M(T, "52 suara", N, "dem_yes", 52, cls="votes"),
     M(T, "44", N, "dem_no", 44, cls="votes"),
     M(T, "Sekitar 800.000 pegawai", N, "workers", 800000, qual="approx"),
     M(T, "sedikitnya 6 miliar dollar AS", N, "cost", 6, qual="atleast", cls="usd", src=SP),

     M(A, "Friday", D, "signed_feb", "2019-02-15"),
     M(A, "83-16", N, "sen_feb_yes", 83, cls="votes", also={"sen_feb_no": 16}),
     M(A, "Thursday", D, "feb_votes", "2019-02-14"),
     M(A, "300-128", N, "house_feb_yes", 300, cls="votes", also={"house_feb_no": 128}),
     M(A, "$1.375 billion", N, "barrier_money", 1.375, cls="usd"),
     M(A, "about 55 miles", N, "miles", 55, qual="approx", cls="miles"),
     M(A, "$5.7 billion", N, "wall_demand", 5.7, cls="usd"),
     M(A, "about $8 billion", N, "emergency_total", 8, qual="approx", cls="usd"),
     M(A, "Jan. 25", D, "ended", "2019-01-25"),
     M(A, "35 days", N, "length", 35, JAN25, cls="days"),
     M(A, "Jan. 28", D, "cbo_day", "2019-01-28"),
     M(A, "$11 billion", N, "cost", 11, cls="usd", src=CBO),
     M(A, "about $3 billion", N, "lost", 3, qual="approx", cls="usd"),
     M(A, "$6 billion or more", N, "cost", 6, qual="atleast", cls="usd", src=SP),
     M(A, "Some 800,000 federal workers", N, "workers", 800000, qual="approx"),
    ]
    build("us-shutdown-2019", "The partial shutdown of the US government (12:01 a.m. Saturday 22 December 2018 to "
          "Friday 25 January 2019, 35 days) over Trump's demand of $5.7 billion for a border wall, in stages: the "
          "Senate's voice vote (Wednesday 19 December), the House's 217-185 (Thursday 20 December), the 22nd day as "
          "the longest (Saturday 12 January), the Senate's failed votes 50-47 and 52-44 (Thursday 24 January), the "
          "end with three weeks' funding to 15 February, the February deal (Senate 83-16, House 300-128 on Thursday 14 "
          "February; $1.375 billion for about 55 miles) signed on Friday 15 February with a national emergency; about "
          "800,000 workers; the cost by S&P Global ($6 billion or more) and by the CBO ($11 billion, about $3 billion "
          "never recovered)", False, ms, names)


def powerball():
    R, K, T, A = "reuters-nov08", "kompas-nov09", "detik-nov10", "ap-nov11"
    # one announcement: the drawing due on Monday night 7 November 2022 was held on Tuesday morning 8 November and
    # its result announced that day; every figure is the same in every outlet.
    names = {
     "jackpot": "the jackpot (annuity)", "cash": "the cash option", "payments": "annual payments",
     "pay_years": "years over which the annuity is paid", "bonus": "the store's bonus", "odds": "odds of the jackpot",
     "price": "price of a ticket", "months": "months without a jackpot winner", "record": "the previous record jackpot",
     "prev_winners": "tickets that shared the 2016 record", "prev_states": "states of the 2016 record's winners",
     "states": "states where Powerball is played", "delay": "hours the drawing was delayed",
     # dates
     "drawn": "day the jackpot was drawn and announced", "scheduled": "day the drawing was due",
     "last_win": "day of the previous jackpot win", "prev_record": "month of the previous record",
     "store_day": "day the winner had not come forward",
    }
    ms = [
     M(R, "$2.04 billion", N, "jackpot", 2.04, cls="usd"),
     M(R, "Tuesday", D, "drawn", "2022-11-08"),
     M(R, "30 annual payments", N, "payments", 30),
     M(R, "29 years", N, "pay_years", 29, cls="dur"),
     M(R, "$997.6 million", N, "cash", 997.6, cls="usdm"),
     M(R, "Monday night", D, "scheduled", "2022-11-07"),
     M(R, "Tuesday morning", D, "drawn", "2022-11-08"),
     M(R, "$1 million bonus", N, "bonus", 1, cls="usdm"),
     M(R, "1 in 292.2 million", N, "odds", 292.2, cls="odds"),
     M(R, "$2", N, "price", 2, cls="usd1"),
     M(R, "three months", N, "months", 3, cls="dur"),
     M(R, "Aug. 3", D, "last_win", "2022-08-03"),
     M(R, "$1.586 billion", N, "record", 1.586, cls="usd"),
     M(R, "three tickets", N, "prev_winners", 3),
     M(R, "January 2016", D, "prev_record", "2016-01"),
     M(R, "45 states", N, "states", 45),

     M(K, "2,04 miliar dollar AS", N, "jackpot", 2.04, cls="usd"),
     M(K, "Selasa (8/11/2022)", D, "drawn", "2022-11-08"),
     M(K, "30 kali", N, "payments", 30),
     M(K, "29 tahun", N, "pay_years", 29, cls="dur"),
     M(K, "997,6 juta dollar AS", N, "cash", 997.6, cls="usdm"),
     M(K, "Senin malam", D, "scheduled", "2022-11-07"),
     M(K, "Selasa pagi", D, "drawn", "2022-11-08"),
     M(K, "1 juta dollar AS", N, "bonus", 1, cls="usdm"),
     M(K, "1 berbanding 292,2 juta", N, "odds", 292.2, cls="odds"),
     M(K, "2 dollar AS", N, "price", 2, cls="usd1"),
     M(K, "3 Agustus", D, "last_win", "2022-08-03"),
     M(K, "1,586 miliar dollar AS", N, "record", 1.586, cls="usd"),
     M(K, "tiga pemenang", N, "prev_winners", 3),
     M(K, "Januari 2016", D, "prev_record", "2016-01"),

     M(T, "2,04 miliar dolar AS", N, "jackpot", 2.04, cls="usd"),
     M(T, "Selasa (8/11/2022)", D, "drawn", "2022-11-08"),
     M(T, "sekitar 10 jam", N, "delay", 10, qual="approx", cls="hours"),
     M(T, "997,6 juta dolar AS", N, "cash", 997.6, cls="usdm"),
     M(T, "30 kali", N, "payments", 30),
     M(T, "29 tahun", N, "pay_years", 29, cls="dur"),
     M(T, "1 juta dolar AS", N, "bonus", 1, cls="usdm"),
     M(T, "2 dolar AS", N, "price", 2, cls="usd1"),
     M(T, "1 berbanding 292,2 juta", N, "odds", 292.2, cls="odds"),
     M(T, "1,586 miliar dolar AS", N, "record", 1.586, cls="usd"),
     M(T, "Januari 2016", D, "prev_record", "2016-01"),
     M(T, "3 Agustus", D, "last_win", "2022-08-03"),
     M(T, "tiga bulan", N, "months", 3, cls="dur"),

     M(A, "$2.04 billion", N, "jackpot", 2.04, cls="usd"),
     M(A, "Tuesday", D, "drawn", "2022-11-08"),
     M(A, "$1 million bonus", N, "bonus", 1, cls="usdm"),
     M(A, "30 yearly payments", N, "payments", 30),
     M(A, "29 years", N, "pay_years", 29, cls="dur"),
     M(A, "$997.6 million", N, "cash", 997.6, cls="usdm"),
     M(A, "about 10 hours", N, "delay", 10, qual="approx", cls="hours"),
     M(A, "Tuesday", D, "drawn", "2022-11-08", occ=2),
     M(A, "1 in 292.2 million", N, "odds", 292.2, cls="odds"),
     M(A, "$2", N, "price", 2, cls="usd1"),
     M(A, "Aug. 3", D, "last_win", "2022-08-03"),
     M(A, "three months", N, "months", 3, cls="dur"),
     M(A, "$1.586 billion", N, "record", 1.586, cls="usd"),
     M(A, "January 2016", D, "prev_record", "2016-01"),
     M(A, "three states", N, "prev_states", 3),
     M(A, "Friday", D, "store_day", "2022-11-11"),
    ]
    build("powerball-jackpot-2022", "The record Powerball jackpot (control): a single ticket sold at Joe's Service "
          "Center in Altadena, California, wins $2.04 billion (30 annual payments over 29 years, or $997.6 million in "
          "cash) in the drawing due on Monday night 7 November 2022 and held on Tuesday morning 8 November, about 10 "
          "hours late; a $1 million bonus for the store; odds of 1 in 292.2 million on a $2 ticket; no winner since 3 "
          "August; the previous record of $1.586 billion (January 2016, three tickets). Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    boston()
    shutdown()
    powerball()
