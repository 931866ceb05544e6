"""The four-hundred-and-fifty-second development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset452/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def boat():
    R, K, T, B = "reuters-jul06", "kompas-jul07", "detik-jul09", "bangkokpost-aug05"
    # as-of times of the running tallies: Friday 6 July 2018 in the evening (33 dead, 23 missing), Saturday 7 July at
    # 14:00 (41 dead, 15 missing), Sunday 8 July at night (44 dead by the rescue command, 12 missing), Monday 9 July
    # (the provincial authorities' 42 after two bodies were found listed twice: a revision; the Chinese consulate's
    # 44 on the same day: sources), and the count standing on Sunday 5 August (47). The dead do not fall; the missing
    # may (bodies found). The people aboard, the tourists and the crew are not tallies.
    FRI, SAT, SUN, MON, AUG5 = "2018-07-06", "2018-07-07", "2018-07-08", "2018-07-09", "2018-08-05"
    GOV, CN = "the Phuket provincial authorities", "the Chinese consulate in Phuket"
    names = {
     "dead": "people killed in the sinking", "missing": "people missing", "aboard": "people aboard the Phoenix",
     "tourists": "tourists aboard the Phoenix", "crew": "crew of the Phoenix", "s_aboard": "people aboard the second boat",
     "double": "bodies registered twice", "time": "time the boat capsized (hour)",
     "asof_fri": "hour of the Friday count (hour)", "asof_sat": "hour of the Saturday count (hour)",
     "waves": "height of the waves (m)", "depth": "depth of the wreck (m)",
     # dates
     "capsize": "day the Phoenix capsized", "s_capsize": "day the second boat capsized", "warning": "day of the weather warning",
     "count_fri": "day of the count of 33", "count_sat": "day of the count of 41", "count_sun": "day of the count of 44",
     "count_mon": "day of the revision to 42", "last_body": "day the last body was recovered",
    }
    ms = [
     M(R, "Friday", D, "count_fri", "2018-07-06"),
     M(R, "33", N, "dead", 33, FRI),
     M(R, "about 5:45 p.m.", N, "time", 17.75, qual="approx", cls="clock"),
     M(R, "Thursday", D, "capsize", "2018-07-05"),
     M(R, "up to 5 meters", N, "waves", 5, cls="m"),
     M(R, "105 people", N, "aboard", 105),
     M(R, "93", N, "tourists", 93),
     M(R, "12", N, "crew", 12),
     M(R, "7 p.m.", N, "asof_fri", 19, cls="clock"),
     M(R, "Friday", D, "count_fri", "2018-07-06", occ=2),
     M(R, "33 people", N, "dead", 33, FRI),
     M(R, "23", N, "missing", 23, FRI, fall=True),
     M(R, "Thursday", D, "s_capsize", "2018-07-05", occ=2),
     M(R, "all 42 people", N, "s_aboard", 42),
     M(R, "Wednesday", D, "warning", "2018-07-04"),

     M(K, "Sabtu (7/7/2018)", D, "count_sat", "2018-07-07"),
     M(K, "pukul 14.00", N, "asof_sat", 14, cls="clock"),
     M(K, "41 jenazah", N, "dead", 41, SAT),
     M(K, "15 orang", N, "missing", 15, SAT, fall=True),
     M(K, "Jumat (6/7/2018)", D, "count_fri", "2018-07-06"),
     M(K, "33 orang tewas", N, "dead", 33, FRI),
     M(K, "23 orang hilang", N, "missing", 23, FRI, fall=True),
     M(K, "Kamis (5/7/2018)", D, "capsize", "2018-07-05"),
     M(K, "sekitar pukul 17.45", N, "time", 17.75, qual="approx", cls="clock"),
     M(K, "150 orang", N, "aboard", 150, planted=True),
     M(K, "sekitar 45 meter", N, "depth", 45, qual="approx", cls="m"),

     M(T, "42 orang", N, "dead", 42, MON, src=GOV),
     M(T, "Senin (9/7/2018)", D, "count_mon", "2018-07-09"),
     M(T, "44 korban tewas", N, "dead", 44, SUN),
     M(T, "Minggu (8/7/2018)", D, "count_sun", "2018-07-08"),
     M(T, "12 orang", N, "missing", 12, SUN, fall=True),
     M(T, "dua jenazah", N, "double", 2),
     M(T, "44 orang", N, "dead", 44, MON, src=CN),
     M(T, "Kamis (5/7/2018)", D, "capsize", "2018-07-05"),
     M(T, "105 orang", N, "aboard", 105),
     M(T, "93 wisatawan", N, "tourists", 93),
     M(T, "12 awak kapal", N, "crew", 12),

     M(B, "47", N, "dead", 47, AUG5),
     M(B, "July 13", D, "last_body", "2018-07-13"),
     M(B, "around 3:45 p.m.", N, "time", 15.75, qual="approx", cls="clock", planted=True),
     M(B, "Thursday, July 5", D, "capsize", "2018-07-05"),
     M(B, "105 people", N, "aboard", 105),
     M(B, "33", N, "dead", 33, FRI),
     M(B, "July 6", D, "count_fri", "2018-07-06"),
     M(B, "41", N, "dead", 41, SAT),
     M(B, "44", N, "dead", 44, SUN),
     M(B, "42", N, "dead", 42, MON, src=GOV),
     M(B, "two bodies", N, "double", 2),
    ]
    build("phuket-boat-2018", "The sinking of the tour boat Phoenix off Phuket on Thursday 5 July 2018 at about 17:45 "
          "near Koh Hei, with 105 people aboard (93 tourists, most of them from China, and 12 crew); a second boat "
          "with 42 aboard capsized in the same storm and all were rescued; the toll rising from 33 dead and 23 "
          "missing on Friday 6 July to 41 and 15 at 14:00 on Saturday 7 July and 44 on Sunday 8 July, revised down "
          "to 42 by the provincial authorities on Monday 9 July after two bodies were found listed twice (the "
          "Chinese consulate still gave 44: sources), and 47 a month on, the last body recovered on 13 July",
          False, ms, names)


def rice():
    T, K, R, A = "tempo-jan24", "kompas-aug26", "reuters-sep27", "antara-sep28"
    # steps on different dates: the ouster by the Constitutional Court (May 2014), the impeachment by the appointed
    # legislature (Friday 23 January 2015, 190 to 18, a five-year ban), the no-show at the verdict (Friday 25 August
    # 2017: a warrant, the 30 million baht bail kept, the verdict moved), the verdict (Wednesday 27 September 2017:
    # five years in her absence). Tempting pairs of one unit: the five-year ban against the five-year sentence, the
    # ten-year maximum, the commerce minister's 42 years; the price a tonne, the bail, the compensation and the losses.
    names = {
     "ayes": "votes for the impeachment", "noes": "votes against the impeachment", "police": "police at the court",
     "judges": "judges on the bench", "ban": "years of the political ban", "sentence": "prison term given (years)",
     "max": "maximum prison term (years)", "boonsong": "prison term of the former commerce minister (years)",
     "price": "price paid for paddy (baht a tonne)", "bail": "bail kept by the court (baht)",
     "comp": "compensation ordered by the government (baht)", "loss": "losses of the scheme (baht)",
     # dates
     "impeach": "day of the impeachment", "noshow": "day she failed to appear for the verdict",
     "verdict": "day of the verdict", "ouster": "month of her ouster by the Constitutional Court",
     "coup": "year of her brother's ouster", "exile": "year her brother left", "office": "year she took office",
    }
    ms = [
     M(T, "Jumat (23/1/2015)", D, "impeach", "2015-01-23"),
     M(T, "190 anggota", N, "ayes", 190),
     M(T, "18 anggota", N, "noes", 18),
     M(T, "lima tahun", N, "ban", 5, cls="yrs"),
     M(T, "15.000 baht per ton", N, "price", 15000, cls="baht"),
     M(T, "10 tahun", N, "max", 10, cls="yrs"),
     M(T, "Mei 2014", D, "ouster", "2014-05"),

     M(K, "Jumat (25/8/2017)", D, "noshow", "2017-08-25"),
     M(K, "30 juta baht", N, "bail", 30e6, cls="baht"),
     M(K, "Rabu (27/9/2017)", D, "verdict", "2017-09-27"),
     M(K, "Sekitar 4.000 polisi", N, "police", 4000, qual="approx"),
     M(K, "42 tahun penjara", N, "boonsong", 42, cls="yrs"),
     M(K, "15.000 baht per ton", N, "price", 15000, cls="baht"),
     M(K, "10 tahun", N, "max", 10, cls="yrs"),
     M(K, "37,5 miliar baht", N, "comp", 37.5e9, cls="baht", planted=True),

     M(R, "Wednesday", D, "verdict", "2017-09-27"),
     M(R, "five years", N, "sentence", 5, cls="yrs"),
     M(R, "nine judges", N, "judges", 9),
     M(R, "15,000 baht a tonne", N, "price", 15000, cls="baht"),
     M(R, "Aug. 25", D, "noshow", "2017-08-25"),
     M(R, "30 million baht", N, "bail", 30e6, cls="baht"),
     M(R, "35.7 billion baht", N, "comp", 35.7e9, cls="baht"),
     M(R, "more than 500 billion baht", N, "loss", 500e9, qual="morethan", cls="baht"),
     M(R, "five years", N, "ban", 5, cls="yrs", occ=2),
     M(R, "January 2015", D, "impeach", "2015-01"),
     M(R, "2006", D, "coup", "2006"),
     M(R, "2008", D, "exile", "2008"),
     M(R, "42 years", N, "boonsong", 42, cls="yrs"),

     M(A, "lima tahun penjara", N, "sentence", 5, cls="yrs"),
     M(A, "Rabu (27/9/2017)", D, "verdict", "2017-09-27"),
     M(A, "sembilan hakim", N, "judges", 9),
     M(A, "Kamis (24/8/2017)", D, "noshow", "2017-08-24", planted=True),
     M(A, "30 juta baht", N, "bail", 30e6, cls="baht"),
     M(A, "15.000 baht per ton", N, "price", 15000, cls="baht"),
     M(A, "lebih dari 500 miliar baht", N, "loss", 500e9, qual="morethan", cls="baht"),
     M(A, "35,7 miliar baht", N, "comp", 35.7e9, cls="baht"),
     M(A, "lima tahun", N, "ban", 5, cls="yrs", occ=2),
     M(A, "Januari 2015", D, "impeach", "2015-01"),
     M(A, "2011", D, "office", "2011"),
     M(A, "Mei 2014", D, "ouster", "2014-05"),
    ]
    build("yingluck-rice-verdict-2017", "The rice-pledging case of Thailand's former prime minister Yingluck "
          "Shinawatra: ousted by the Constitutional Court in May 2014; impeached by the military-appointed "
          "legislature on Friday 23 January 2015 by 190 votes to 18 and banned from politics for five years; absent "
          "from the Supreme Court's reading of the verdict on Friday 25 August 2017 (a warrant issued, the 30 million "
          "baht bail kept, the verdict moved; the former commerce minister Boonsong Teriyapirom given 42 years the "
          "same day); sentenced in her absence to five years on Wednesday 27 September 2017 by nine judges; the "
          "scheme paid 15,000 baht a tonne, its losses put at more than 500 billion baht, and the government "
          "ordered her to pay 35.7 billion baht in compensation", False, ms, names)


def travel():
    R, K, T, N_ = "reuters-jun16", "kompas-jun17", "detik-jul15", "nation-jul16"
    names = {
     "budget": "budget of the scheme (baht)", "room_pct": "share of the room rate paid by the state (%)",
     "rest_pct": "share of the room rate paid by the guest (%)", "air_pct": "share of the air fare paid by the state (%)",
     "room_cap": "ceiling a night (baht)", "voucher": "e-voucher a day (baht)", "air_cap": "ceiling a ticket (baht)",
     "nights": "nights per person", "room_nights": "room nights covered", "visitors": "foreign visitors the year before",
     # dates
     "approve": "day the cabinet approved the scheme", "register": "day registration opened",
     "stays": "first day of subsidised stays", "end": "last day of the scheme", "border": "month foreign arrivals stopped",
    }
    ms = [
     M(R, "Tuesday", D, "approve", "2020-06-16"),
     M(R, "22.4 billion baht", N, "budget", 22.4e9, cls="baht"),
     M(R, "40%", N, "room_pct", 40, cls="pct"),
     M(R, "3,000 baht a night", N, "room_cap", 3000, cls="baht"),
     M(R, "five nights", N, "nights", 5, cls="nights"),
     M(R, "600 baht a day", N, "voucher", 600, cls="baht"),
     M(R, "40%", N, "air_pct", 40, cls="pct", occ=2),
     M(R, "1,000 baht per ticket", N, "air_cap", 1000, cls="baht"),
     M(R, "5 million hotel room nights", N, "room_nights", 5e6, cls="nights"),
     M(R, "60%", N, "rest_pct", 60, cls="pct"),
     M(R, "July", D, "register", "2020-07"),
     M(R, "almost 40 million visitors", N, "visitors", 40e6, qual="nearly"),
     M(R, "April", D, "border", "2020-04"),

     M(K, "22,4 miliar baht", N, "budget", 22.4e9, cls="baht"),
     M(K, "Selasa (16/6/2020)", D, "approve", "2020-06-16"),
     M(K, "40 persen", N, "room_pct", 40, cls="pct"),
     M(K, "3.000 baht per malam", N, "room_cap", 3000, cls="baht"),
     M(K, "lima malam", N, "nights", 5, cls="nights"),
     M(K, "60 persen", N, "rest_pct", 60, cls="pct"),
     M(K, "600 baht per hari", N, "voucher", 600, cls="baht"),
     M(K, "40 persen", N, "air_pct", 40, cls="pct", occ=2),
     M(K, "1.000 baht per tiket", N, "air_cap", 1000, cls="baht"),
     M(K, "5 juta malam", N, "room_nights", 5e6, cls="nights"),
     M(K, "Juli", D, "register", "2020-07"),
     M(K, "April", D, "border", "2020-04"),

     M(T, "Rabu (15/7/2020)", D, "register", "2020-07-15"),
     M(T, "22,4 miliar baht", N, "budget", 22.4e9, cls="baht"),
     M(T, "Selasa (16/6/2020)", D, "approve", "2020-06-16"),
     M(T, "Sabtu (18/7/2020)", D, "stays", "2020-07-18"),
     M(T, "40 persen", N, "room_pct", 40, cls="pct"),
     M(T, "3.000 baht per malam", N, "room_cap", 3000, cls="baht"),
     M(T, "lima malam", N, "nights", 5, cls="nights"),
     M(T, "600 baht per hari", N, "voucher", 600, cls="baht"),
     M(T, "40 persen", N, "air_pct", 40, cls="pct", occ=2),
     M(T, "1.000 baht per tiket", N, "air_cap", 1000, cls="baht"),
     M(T, "5 juta malam", N, "room_nights", 5e6, cls="nights"),
     M(T, "31 Oktober 2020", D, "end", "2020-10-31"),

     M(N_, "Wednesday, July 15", D, "register", "2020-07-15"),
     M(N_, "Saturday, July 18", D, "stays", "2020-07-18"),
     M(N_, "22.4-billion-baht", N, "budget", 22.4e9, cls="baht"),
     M(N_, "June 16", D, "approve", "2020-06-16"),
     M(N_, "October 31", D, "end", "2020-10-31"),
     M(N_, "40 percent", N, "room_pct", 40, cls="pct"),
     M(N_, "3,000 baht per night", N, "room_cap", 3000, cls="baht"),
     M(N_, "five nights", N, "nights", 5, cls="nights"),
     M(N_, "60 percent", N, "rest_pct", 60, cls="pct"),
     M(N_, "600 baht", N, "voucher", 600, cls="baht"),
     M(N_, "40 percent", N, "air_pct", 40, cls="pct", occ=2),
     M(N_, "1,000 baht per ticket", N, "air_cap", 1000, cls="baht"),
     M(N_, "5 million room nights", N, "room_nights", 5e6, cls="nights"),
    ]
    build("we-travel-together-2020", "Thailand's domestic travel subsidy approved by the cabinet on Tuesday 16 June "
          "2020 (control): 22.4 billion baht; the state pays 40% of a room rate up to 3,000 baht a night for up to "
          "five nights (the guest the other 60%), an e-voucher of 600 baht a day, and 40% of a domestic air fare up "
          "to 1,000 baht a ticket; 5 million room nights; registration from Wednesday 15 July, stays from Saturday "
          "18 July, until 31 October 2020. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    boat()
    rice()
    travel()
