"""The four-hundred-and-sixty-ninth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day. Times of day are numbers
of the class "clock", in decimal hours of the event's local time (a time given in WIB is converted).
Run from the repository root after changing an article: ``python tests/data/devset469/facts.py``.
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
    R, K, T, A = "reuters-jun30", "kompas-jul01", "tempo-jul07", "apnews-jul28"
    # one count fixed from the first day (153 on board: 142 passengers and 11 crew; 66 French citizens), one
    # survivor (12), and a running tally of the bodies recovered: at least 5 by 18:00 on Tuesday 30 June 2009, 13
    # by 17:00 on Wednesday 1 July, 19 by the Comoran government against 22 by the French navy on Thursday 2 July
    # (sources), 29 on Monday 6 July, revised down to 28 on Tuesday 7 July after a double count (a revision).
    # Times of day (Comoros local time, UTC+3; WIB is UTC+7): the crash at about 01:50 (05:50 WIB), the girl found
    # at about 10:30, the counts' as-of hours (18:00 and 17:00).
    TUE18, WED17, THU, MON6, TUE7 = "2009-06-30T18", "2009-07-01T17", "2009-07-02", "2009-07-06", "2009-07-07"
    COM, FRN = "the Comoran government", "the French navy"
    names = {
     "aboard": "people on board", "passengers": "passengers", "crew": "crew", "french": "French citizens aboard",
     "age": "the survivor's age (years)", "bodies": "bodies recovered", "wind": "wind speed (km/h)",
     "mourning": "days of national mourning", "weeks_after": "weeks since the crash",
     "crash_time": "time the plane went down (local)", "rescue_time": "time the girl was found (local)",
     "asof_tue": "hour of the first-day count of bodies", "asof_wed": "hour of the Wednesday count of bodies",
     # dates
     "crash": "day of the crash", "left_france": "day the passengers left France", "inspection": "year of the French inspection",
     "service": "month of the plane's last servicing", "count_wed": "day of the count of 13",
     "count_thu": "day of the counts of 19 and 22", "count_mon": "day of the count of 29",
     "revised": "day the count was lowered to 28", "paris": "day the survivor was flown to Paris",
     "statement": "day of the French minister's remarks",
    }
    ms = [
     M(R, "153 people", N, "aboard", 153),
     M(R, "Tuesday", D, "crash", "2009-06-30"),
     M(R, "about 1:50 a.m.", N, "crash_time", 1.8333, qual="approx", cls="clock"),
     M(R, "142 passengers", N, "passengers", 142),
     M(R, "11 crew", N, "crew", 11),
     M(R, "Monday", D, "left_france", "2009-06-29"),
     M(R, "66 French citizens", N, "french", 66),
     M(R, "12", N, "age", 12, cls="age"),
     M(R, "around 10:30 a.m.", N, "rescue_time", 10.5, qual="approx", cls="clock"),
     M(R, "6 p.m.", N, "asof_tue", 18.0, cls="clock"),
     M(R, "at least five bodies", N, "bodies", 5, TUE18, qual="atleast"),
     M(R, "2007", D, "inspection", "2007"),
     M(R, "May", D, "service", "2009-05"),
     M(R, "three days", N, "mourning", 3, cls="dur"),

     M(K, "13 jenazah", N, "bodies", 13, WED17),
     M(K, "Rabu (1/7/2009)", D, "count_wed", "2009-07-01"),
     M(K, "pukul 17.00", N, "asof_wed", 17.0, cls="clock"),
     M(K, "sekitar pukul 05.50 WIB", N, "crash_time", 1.8333, qual="approx", cls="clock"),
     M(K, "Selasa (30/6/2009)", D, "crash", "2009-06-30"),
     M(K, "153 orang", N, "aboard", 153),
     M(K, "142 penumpang", N, "passengers", 142),
     M(K, "11 awak", N, "crew", 11),
     M(K, "12 tahun", N, "age", 12, cls="age"),
     M(K, "sekitar pukul 10.30", N, "rescue_time", 10.5, qual="approx", cls="clock"),
     M(K, "sekitar 60 kilometer per jam", N, "wind", 60, qual="approx", cls="kmh"),
     M(K, "66 warga negara Prancis", N, "french", 66),
     M(K, "tiga hari", N, "mourning", 3, cls="dur"),

     M(T, "29", N, "bodies", 29, MON6),
     M(T, "Senin (6/7/2009)", D, "count_mon", "2009-07-06"),
     M(T, "Kamis (2/7/2009)", D, "count_thu", "2009-07-02"),
     M(T, "19 jenazah", N, "bodies", 19, THU, src=COM),
     M(T, "22 jenazah", N, "bodies", 22, THU, src=FRN),
     M(T, "135 orang", N, "aboard", 135, planted=True),
     M(T, "sekitar pukul 01.50", N, "crash_time", 1.8333, qual="approx", cls="clock"),
     M(T, "Selasa (30/6/2009)", D, "crash", "2009-06-30"),
     M(T, "12 tahun", N, "age", 12, cls="age"),
     M(T, "Kamis (2/7/2009)", D, "paris", "2009-07-02", occ=2),
     M(T, "Selasa (30/6/2009)", D, "statement", "2009-06-30", occ=2),
     M(T, "2007", D, "inspection", "2007"),

     M(A, "Four weeks", N, "weeks_after", 4, cls="dur"),
     M(A, "28", N, "bodies", 28, TUE7),
     M(A, "Tuesday, July 7", D, "revised", "2009-07-07"),
     M(A, "29", N, "bodies", 29, MON6),
     M(A, "Monday, July 6", D, "count_mon", "2009-07-06"),
     M(A, "13 bodies", N, "bodies", 13, WED17),
     M(A, "Wednesday, July 1", D, "count_wed", "2009-07-01"),
     M(A, "Thursday, July 2", D, "count_thu", "2009-07-02"),
     M(A, "22", N, "bodies", 22, THU, src=FRN),
     M(A, "19", N, "bodies", 19, THU, src=COM),
     M(A, "about 2:50 a.m.", N, "crash_time", 2.8333, qual="approx", cls="clock", planted=True),
     M(A, "June 30", D, "crash", "2009-06-30"),
     M(A, "153 people", N, "aboard", 153),
     M(A, "142 passengers", N, "passengers", 142),
     M(A, "11 crew", N, "crew", 11),
     M(A, "12-year-old", N, "age", 12, cls="age"),
    ]
    build("yemenia-crash-2009", "The crash of Yemenia's Airbus A310 into the sea off Grande Comore on its approach to "
          "Moroni at about 01:50 local time on Tuesday 30 June 2009 (05:50 WIB): 153 on board (142 passengers and 11 "
          "crew, 66 French citizens among them), one survivor, Bahia Bakari (12), found clinging to wreckage at about "
          "10:30; the bodies recovered rising from at least 5 by 18:00 on the day to 13 by 17:00 on Wednesday 1 July, "
          "19 by the Comoran government against 22 by the French navy on Thursday 2 July (sources) and 29 on Monday 6 "
          "July, revised down to 28 on Tuesday 7 July after a double count", False, ms, names)


def election():
    K, A, R, T = "kompas-nov10", "antara-nov11", "reuters-nov12", "tempo-dec03"
    # steps on different dates: the social media block (Friday 1 November 2024) lifted the next day (Saturday 2
    # November), the vote (Sunday 10 November), the count and Jugnauth's concession (Monday 11 November), Ramgoolam
    # sworn in (Tuesday 12 November at 11:00). A running tally of the seats the alliance had won as the count went
    # on: 27 from 9 constituencies by 11:00, 48 from 16 by 16:00, all 60 in the evening. Times of day (Mauritius local
    # time, UTC+4; WIB is UTC+7): polls open 06:00 and close 18:00 (21:00 WIB), counting from 08:00 on Monday.
    MON11, MON16, FINAL = "2024-11-11T11", "2024-11-11T16", "2024-11-11T23"
    names = {
     "voters": "registered voters", "seats_total": "directly elected seats", "seats_main": "seats on the main island",
     "alliance": "seats won by the Alliance du Changement", "constituencies": "constituencies on the main island",
     "per_const": "members per constituency", "rodrigues": "seats of Rodrigues", "declared": "constituencies declared",
     "remaining": "constituencies left to declare at 16:00", "assembly": "members of the assembly",
     "j_age": "Jugnauth's age (years)", "r_age": "Ramgoolam's age (years)", "j_years": "Jugnauth's years in power",
     "turnout": "turnout (%)", "block_days": "days social media was blocked",
     "gap": "days between the vote and the swearing-in", "weeks_in": "weeks since the swearing-in",
     "open": "time polls opened", "close": "time polls closed", "count_start": "time counting began",
     "asof27": "hour of the count of 27 seats", "asof48": "hour of the count of 48 seats",
     "swear_time": "time Ramgoolam was sworn in",
     # dates
     "vote": "day of the vote", "j_since": "month Jugnauth took office", "block": "day social media was blocked",
     "unblock": "day the block was lifted", "count_day": "day counting began", "results": "day of the results",
     "concede": "day Jugnauth conceded", "market": "day of the rupee's trading", "swear": "day Ramgoolam was sworn in",
    }
    ms = [
     M(K, "Sekitar 1 juta pemilih", N, "voters", 1000000, qual="approx"),
     M(K, "Minggu (10/11/2024)", D, "vote", "2024-11-10"),
     M(K, "pukul 06.00", N, "open", 6.0, cls="clock"),
     M(K, "pukul 18.00", N, "close", 18.0, cls="clock"),
     M(K, "pukul 21.00 WIB", N, "close", 18.0, cls="clock"),
     M(K, "62 kursi", N, "seats_total", 62),
     M(K, "60 kursi", N, "seats_main", 60),
     M(K, "20 daerah pemilihan", N, "constituencies", 20),
     M(K, "tiga anggota", N, "per_const", 3),
     M(K, "dua kursi", N, "rodrigues", 2),
     M(K, "62 tahun", N, "j_age", 62, cls="age"),
     M(K, "Januari 2017", D, "j_since", "2017-01"),
     M(K, "77 tahun", N, "r_age", 77, cls="age"),
     M(K, "Jumat (1/11/2024)", D, "block", "2024-11-01"),
     M(K, "Sabtu (2/11/2024)", D, "unblock", "2024-11-02"),
     M(K, "Senin", D, "count_day", "2024-11-11"),
     M(K, "pukul 08.00", N, "count_start", 8.0, cls="clock"),

     M(A, "Senin (11/11/2024)", D, "results", "2024-11-11"),
     M(A, "pukul 11.00", N, "asof27", 11.0, cls="clock"),
     M(A, "27 kursi", N, "alliance", 27, MON11),
     M(A, "sembilan daerah pemilihan", N, "declared", 9, MON11),
     M(A, "Minggu (3/11/2024)", D, "vote", "2024-11-03", planted=True),
     M(A, "sekitar 80 persen", N, "turnout", 80, qual="approx", cls="pct"),
     M(A, "sekitar 1 juta pemilih", N, "voters", 1000000, qual="approx"),
     M(A, "pukul 18.00", N, "close", 18.0, cls="clock"),
     M(A, "pukul 08.00", N, "count_start", 8.0, cls="clock"),
     M(A, "Senin", D, "concede", "2024-11-11", occ=2),
     M(A, "77 tahun", N, "r_age", 77, cls="age"),
     M(A, "satu hari", N, "block_days", 1, cls="dur"),

     M(R, "all 60 seats", N, "alliance", 60, FINAL, also={"seats_main": 60}),
     M(R, "Sunday", D, "vote", "2024-11-10"),
     M(R, "Monday", D, "results", "2024-11-11"),
     M(R, "nearly eight years", N, "j_years", 8, qual="nearly", cls="yrs"),
     M(R, "4 p.m.", N, "asof48", 16.0, cls="clock"),
     M(R, "16", N, "declared", 16, MON16),
     M(R, "20 constituencies", N, "constituencies", 20),
     M(R, "48 seats", N, "alliance", 48, MON16),
     M(R, "four", N, "remaining", 4, MON16),
     M(R, "62", N, "j_age", 62, cls="age"),
     M(R, "Monday", D, "concede", "2024-11-11", occ=2),
     M(R, "70-member", N, "assembly", 70),
     M(R, "69.8 percent", N, "turnout", 69.8, cls="pct", planted=True),
     M(R, "about 1 million registered voters", N, "voters", 1000000, qual="approx"),
     M(R, "77", N, "r_age", 77, cls="age"),
     M(R, "Tuesday", D, "swear", "2024-11-12"),
     M(R, "Two seats", N, "rodrigues", 2),
     M(R, "6 p.m.", N, "close", 18.0, cls="clock"),
     M(R, "Sunday", D, "vote", "2024-11-10", occ=2),
     M(R, "Nov. 1", D, "block", "2024-11-01"),
     M(R, "Monday", D, "market", "2024-11-11", occ=3),

     M(T, "Selasa (12/11/2024)", D, "swear", "2024-11-12"),
     M(T, "pukul 11.00", N, "swear_time", 11.0, cls="clock"),
     M(T, "Tiga pekan", N, "weeks_in", 3, cls="dur"),
     M(T, "dua hari", N, "gap", 2, cls="dur"),
     M(T, "60 kursi", N, "alliance", 60, FINAL, also={"seats_main": 60}),
     M(T, "Minggu (10/11/2024)", D, "vote", "2024-11-10"),
     M(T, "79,8 persen", N, "turnout", 79.8, cls="pct"),
     M(T, "Senin (11/11/2024)", D, "results", "2024-11-11"),
     M(T, "27 kursi", N, "alliance", 27, MON11),
     M(T, "sembilan daerah pemilihan", N, "declared", 9, MON11),
     M(T, "77 tahun", N, "r_age", 77, cls="age"),
     M(T, "62 tahun", N, "j_age", 62, cls="age"),
     M(T, "Januari 2017", D, "j_since", "2017-01"),
     M(T, "Jumat (1/11/2024)", D, "block", "2024-11-01"),
    ]
    build("mauritius-election-2024", "The Mauritian parliamentary election of Sunday 10 November 2024 (polls open "
          "06:00 to 18:00 local time, 21:00 WIB; about 1 million registered voters; turnout 79.8%): Navin Ramgoolam's "
          "Alliance du Changement won all 60 seats of the main island's 20 three-member constituencies (27 from 9 "
          "constituencies by 11:00 on Monday 11 November, 48 from 16 by 16:00), Prime Minister Pravind Jugnauth (62, "
          "in office since January 2017) conceded on Monday, and Ramgoolam (77) was sworn in on Tuesday 12 November "
          "at 11:00; social media had been blocked on Friday 1 November and unblocked the next day", False, ms, names)


def banknotes():
    R, K, A, J = "reuters-jun01", "kompas-jun02", "antara-jun03", "nation-jun04"
    # one announcement (Saturday 1 June 2019), the same figures everywhere: the old 1,000-shilling note no longer legal
    # tender from 1 October 2019 (four months), five new denominations (50 to 1,000 shillings), about 217 million
    # pieces of the old note worth about 217 billion shillings, exchanges above 1 million shillings to be explained.
    # The old note and the new note of the top denomination are one value, two facts (none).
    names = {
     "old_note": "the withdrawn note (Ksh)", "d50": "smallest new denomination (Ksh)", "d100": "second denomination (Ksh)",
     "d200": "third denomination (Ksh)", "d500": "fourth denomination (Ksh)", "d1000": "largest new denomination (Ksh)",
     "n_denoms": "new denominations", "pieces": "old notes in circulation (pieces)",
     "value": "value of the old notes in circulation (Ksh)", "threshold": "exchange above which the source must be shown (Ksh)",
     "months": "months to exchange the old note", "days_after": "days between the announcement and the queues",
     # dates
     "announce": "day of the announcement", "deadline": "day the old note stops being legal tender",
     "queues": "day of the queues at banks",
    }
    ms = [
     M(R, "Saturday", D, "announce", "2019-06-01"),
     M(R, "1,000-shilling note", N, "old_note", 1000, cls="ksh"),
     M(R, "Oct. 1, 2019", D, "deadline", "2019-10-01"),
     M(R, "50", N, "d50", 50, cls="ksh"),
     M(R, "100", N, "d100", 100, cls="ksh"),
     M(R, "200", N, "d200", 200, cls="ksh"),
     M(R, "500", N, "d500", 500, cls="ksh"),
     M(R, "1,000 shillings", N, "d1000", 1000, cls="ksh"),
     M(R, "four months", N, "months", 4, cls="dur"),
     M(R, "About 217 million pieces", N, "pieces", 217000000, qual="approx"),
     M(R, "some 217 billion shillings", N, "value", 217e9, qual="approx", cls="ksh"),
     M(R, "1 million shillings", N, "threshold", 1e6, cls="ksh"),

     M(K, "Sabtu (1/6/2019)", D, "announce", "2019-06-01"),
     M(K, "1.000 shilling", N, "old_note", 1000, cls="ksh"),
     M(K, "1 Oktober 2019", D, "deadline", "2019-10-01"),
     M(K, "50", N, "d50", 50, cls="ksh"),
     M(K, "100", N, "d100", 100, cls="ksh"),
     M(K, "200", N, "d200", 200, cls="ksh"),
     M(K, "500", N, "d500", 500, cls="ksh"),
     M(K, "1.000 shilling", N, "d1000", 1000, cls="ksh", occ=2),
     M(K, "empat bulan", N, "months", 4, cls="dur"),
     M(K, "sekitar 217 juta lembar", N, "pieces", 217000000, qual="approx"),
     M(K, "sekitar 217 miliar shilling", N, "value", 217e9, qual="approx", cls="ksh"),
     M(K, "1 juta shilling", N, "threshold", 1e6, cls="ksh"),

     M(A, "1 Oktober 2019", D, "deadline", "2019-10-01"),
     M(A, "1.000 shilling", N, "old_note", 1000, cls="ksh"),
     M(A, "Sabtu (1/6/2019)", D, "announce", "2019-06-01"),
     M(A, "sekitar 217 juta lembar", N, "pieces", 217000000, qual="approx"),
     M(A, "sekitar 217 miliar shilling", N, "value", 217e9, qual="approx", cls="ksh"),
     M(A, "lima pecahan", N, "n_denoms", 5),
     M(A, "50", N, "d50", 50, cls="ksh"),
     M(A, "100", N, "d100", 100, cls="ksh"),
     M(A, "200", N, "d200", 200, cls="ksh"),
     M(A, "500", N, "d500", 500, cls="ksh"),
     M(A, "1.000 shilling", N, "d1000", 1000, cls="ksh", occ=2),
     M(A, "empat bulan", N, "months", 4, cls="dur"),
     M(A, "1 juta shilling", N, "threshold", 1e6, cls="ksh"),

     M(J, "Monday", D, "queues", "2019-06-03"),
     M(J, "two days", N, "days_after", 2, cls="dur"),
     M(J, "Sh1,000", N, "old_note", 1000, cls="ksh"),
     M(J, "October 1, 2019", D, "deadline", "2019-10-01"),
     M(J, "Saturday, June 1", D, "announce", "2019-06-01"),
     M(J, "five denominations", N, "n_denoms", 5),
     M(J, "Sh50", N, "d50", 50, cls="ksh"),
     M(J, "Sh100", N, "d100", 100, cls="ksh"),
     M(J, "Sh200", N, "d200", 200, cls="ksh"),
     M(J, "Sh500", N, "d500", 500, cls="ksh"),
     M(J, "Sh1,000", N, "d1000", 1000, cls="ksh", occ=2),
     M(J, "about 217 million pieces", N, "pieces", 217000000, qual="approx"),
     M(J, "roughly Sh217 billion", N, "value", 217e9, qual="approx", cls="ksh"),
     M(J, "Sh1 million", N, "threshold", 1e6, cls="ksh"),
     M(J, "four-month", N, "months", 4, cls="dur"),
     M(J, "Monday", D, "queues", "2019-06-03", occ=2),
    ]
    build("kenya-banknotes-2019", "Kenya's new series of banknotes, unveiled on Saturday 1 June 2019 at the national "
          "holiday celebrations in Narok (control): five denominations of 50, 100, 200, 500 and 1,000 shillings; the "
          "old 1,000-shilling note no longer legal tender from 1 October 2019, four months on; about 217 million "
          "pieces of it worth about 217 billion shillings in circulation; exchanges above 1 million shillings to be "
          "explained. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    crash()
    election()
    banknotes()
