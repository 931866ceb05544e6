"""The three-hundred-and-ninety-ninth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset399/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def situ_gintung():
    R, K, A, J = "reuters-mar27", "kompas-mar28", "antara-mar30", "jakpost-apr27"
    # as-of times of the running tallies: Friday 27 March 2009 at 18:00 (at least 58 dead, more than 100 missing),
    # Saturday 28 March at 17:00 (77 dead by the disaster agency against 81 by the Banten health office: sources;
    # 102 missing), Sunday 29 March (93 dead), Monday 30 March at 12:00 (98 dead, 16 missing), Monday night (100),
    # Tuesday 31 March (99 after one victim counted twice: a revision; 13 missing). The dead do not fall; the missing
    # may (people found alive in shelters). The water, the lake's area, the houses and the dam's year do not change.
    FRI, SAT, SUN, MON, MONN, TUE = "2009-03-27", "2009-03-28", "2009-03-29", "2009-03-30", "2009-03-30b", "2009-03-31"
    BNPB, BANTEN = "the disaster agency (BNPB)", "the Banten provincial health office"
    names = {
     "dead": "people killed by the dam burst", "missing": "people missing", "water": "water released (million m3)",
     "area": "the lake's area (ha)", "houses": "houses damaged",
     # dates
     "burst": "day the dam burst", "built": "year the dam was built", "count_fri": "day of the count of 58",
     "count_sat": "day of the count of 77", "count_sun": "day of the count of 93",
     "count_mon": "day of the count of 98", "count_tue": "day of the revised count of 99",
    }
    ms = [
     M(R, "At least 58 people", N, "dead", 58, FRI, qual="atleast"),
     M(R, "2 million cubic metres", N, "water", 2, cls="m3"),
     M(R, "More than 100 residents", N, "missing", 100, FRI, qual="morethan", fall=True),
     M(R, "Friday", D, "burst", "2009-03-27"),
     M(R, "1933", D, "built", "1933"),

     M(K, "77 orang", N, "dead", 77, SAT, src=BNPB),
     M(K, "Sabtu (28/3/2009)", D, "count_sat", "2009-03-28"),
     M(K, "Jumat (27/3/2009)", D, "count_fri", "2009-03-27"),
     M(K, "58 jenazah", N, "dead", 58, FRI),
     M(K, "102 warga", N, "missing", 102, SAT, fall=True),
     M(K, "21 hektare", N, "area", 21, cls="ha"),
     M(K, "sedikitnya 250 rumah", N, "houses", 250, qual="atleast"),

     M(A, "98 orang", N, "dead", 98, MON),
     M(A, "Senin (30/3/2009)", D, "count_mon", "2009-03-30"),
     M(A, "16 orang", N, "missing", 16, MON, fall=True),
     M(A, "Minggu (29/3/2009)", D, "count_sun", "2009-03-29"),
     M(A, "93 korban", N, "dead", 93, SUN),
     M(A, "Kamis (26/3/2009)", D, "burst", "2009-03-26", planted=True),
     M(A, "dua juta meter kubik", N, "water", 2, cls="m3"),
     M(A, "Sabtu (28/3/2009)", D, "count_sat", "2009-03-28"),
     M(A, "81 korban", N, "dead", 81, SAT, src=BANTEN),
     M(A, "77 korban", N, "dead", 77, SAT, src=BNPB),

     M(J, "99", N, "dead", 99, TUE),
     M(J, "March 31", D, "count_tue", "2009-03-31"),
     M(J, "100", N, "dead", 100, MONN),
     M(J, "Thirteen people", N, "missing", 13, TUE, fall=True),
     M(J, "39 dead", N, "dead", 39, SUN, planted=True),
     M(J, "Sunday, March 29", D, "count_sun", "2009-03-29"),
     M(J, "March 27", D, "burst", "2009-03-27"),
     M(J, "2 million cubic metres", N, "water", 2, cls="m3"),
     M(J, "1933", D, "built", "1933"),
    ]
    build("situ-gintung-2009", "The Situ Gintung dam burst in Cirendeu, Ciputat, Tangerang (Banten), before dawn on "
          "Friday 27 March 2009: about 2 million cubic metres of water from a 21-hectare lake whose embankment dated "
          "from 1933; the toll rising from at least 58 on Friday evening to 77 on Saturday (81 by the Banten health "
          "office: sources), 93 on Sunday, 98 on Monday noon and 100 on Monday night, revised down to 99 on Tuesday 31 "
          "March after one victim was counted twice; the missing falling from more than 100 to 102, 16 and 13", False,
          ms, names)


def sukhoi():
    R, K, T, B = "reuters-may09", "kompas-may10", "tempo-may11", "bbc-dec18"
    # people on board: 46 by the airport on Wednesday 9 May 2012, then on Thursday 10 May 45 by the flight's organiser
    # against 50 by the search agency's list (sources), and 45 in the final report of Tuesday 18 December 2012 (46 ->
    # 45 is the downward revision). The minutes to the loss of contact, the cleared altitudes and the crash site's
    # height do not change.
    MAY9, MAY10, DEC18 = "2012-05-09", "2012-05-10", "2012-12-18"
    ORG, SAR = "the organiser PT Trimarga Rekatama", "the national search and rescue agency"
    names = {
     "aboard": "people on board", "minutes": "minutes from take-off to loss of contact",
     "alt_from": "altitude before the descent (ft)", "alt_to": "altitude cleared to (ft)",
     "site": "height of the crash site (ft)",
     # dates
     "crash": "day of the crash", "found": "day the wreckage was found", "evac": "day the evacuation began",
     "report": "day of the final report",
    }
    ms = [
     M(R, "46 people", N, "aboard", 46, MAY9),
     M(R, "Wednesday", D, "crash", "2012-05-09"),
     M(R, "21 minutes", N, "minutes", 21, cls="min"),
     M(R, "10,000 feet", N, "alt_from", 10000, cls="ft"),
     M(R, "6,000 feet", N, "alt_to", 6000, cls="ft"),

     M(K, "Kamis (10/5/2012)", D, "found", "2012-05-10"),
     M(K, "sekitar 6.000 kaki", N, "site", 6000, qual="approx", cls="ft"),
     M(K, "Rabu (9/5/2012)", D, "crash", "2012-05-09"),
     M(K, "45 orang", N, "aboard", 45, MAY10, src=ORG),

     M(T, "Jumat (11/5/2012)", D, "evac", "2012-05-11"),
     M(T, "50 orang", N, "aboard", 50, MAY10, src=SAR),
     M(T, "45 orang", N, "aboard", 45, MAY10, src=ORG),
     M(T, "12 menit", N, "minutes", 12, cls="min", planted=True),
     M(T, "Rabu (9/5/2012)", D, "crash", "2012-05-09"),
     M(T, "10.000 kaki", N, "alt_from", 10000, cls="ft"),
     M(T, "6.000 kaki", N, "alt_to", 6000, cls="ft"),

     M(B, "Tuesday", D, "report", "2012-12-18"),
     M(B, "45 people", N, "aboard", 45, DEC18),
     M(B, "May 8", D, "crash", "2012-05-08", planted=True),
     M(B, "6,000 feet", N, "alt_to", 6000, cls="ft"),
    ]
    build("sukhoi-salak-2012", "The Sukhoi Superjet 100 demonstration flight that flew into Mount Salak (Bogor, West "
          "Java) on Wednesday 9 May 2012, 21 minutes after taking off from Jakarta, after being cleared from 10,000 to "
          "6,000 feet: 46 people on board by the airport's first count, 45 by the organiser against 50 by the search "
          "agency's list on Thursday 10 May, when the wreckage was found at about 6,000 feet; the evacuation from "
          "Friday 11 May; the transport safety committee's final report on Tuesday 18 December 2012 (45 dead)", False,
          ms, names)


def fuel():
    R, K, A, J = "reuters-sep30", "kompas-oct01", "antara-oct02", "jakpost-oct03"
    names = {
     "premium": "gasoline price from 1 October (Rp/l)", "premium_old": "gasoline price before (Rp/l)",
     "solar": "diesel price from 1 October (Rp/l)", "solar_old": "diesel price before (Rp/l)",
     "kero": "kerosene price from 1 October (Rp/l)", "kero_old": "kerosene price before (Rp/l)",
     "prem_pct": "gasoline rise (%)", "solar_pct": "diesel rise (%)", "kero_pct": "kerosene rise (%)",
     "prev_pct": "average rise of 1 March 2005 (%)", "cash_month": "cash aid a month (Rp)",
     "cash_q": "cash aid a quarter (Rp)", "months": "months between payments",
     "households": "poor households receiving cash (million)",
     # dates
     "announce": "day of the announcement", "effective": "day the new prices took effect",
     "prev": "day of the previous rise",
    }
    ms = [
     M(R, "186 percent", N, "kero_pct", 186, qual="approx", cls="pct"),
     M(R, "Saturday", D, "effective", "2005-10-01"),
     M(R, "Friday", D, "announce", "2005-09-30"),
     M(R, "4,500 rupiah", N, "premium", 4500, cls="rp"),
     M(R, "2,400 rupiah", N, "premium_old", 2400, cls="rp"),
     M(R, "4,300 rupiah", N, "solar", 4300, cls="rp"),
     M(R, "2,100 rupiah", N, "solar_old", 2100, cls="rp"),
     M(R, "2,000 rupiah", N, "kero", 2000, cls="rp"),
     M(R, "700 rupiah", N, "kero_old", 700, cls="rp"),
     M(R, "Oct. 1", D, "effective", "2005-10-01"),
     M(R, "100,000 rupiah", N, "cash_month", 100000, cls="rp"),
     M(R, "15.5 million poor households", N, "households", 15.5, cls="hh"),
     M(R, "300,000 rupiah", N, "cash_q", 300000, cls="rp"),
     M(R, "three months", N, "months", 3, cls="dur"),
     M(R, "March 1", D, "prev", "2005-03-01"),
     M(R, "about 29 percent", N, "prev_pct", 29, qual="approx", cls="pct"),

     M(K, "Sabtu (1/10/2005)", D, "effective", "2005-10-01"),
     M(K, "Jumat (30/9/2005)", D, "announce", "2005-09-30"),
     M(K, "Rp 2.400", N, "premium_old", 2400, cls="rp"),
     M(K, "Rp 4.500", N, "premium", 4500, cls="rp"),
     M(K, "Rp 2.100", N, "solar_old", 2100, cls="rp"),
     M(K, "Rp 4.300", N, "solar", 4300, cls="rp"),
     M(K, "Rp 700", N, "kero_old", 700, cls="rp"),
     M(K, "Rp 2.000", N, "kero", 2000, cls="rp"),
     M(K, "87,5 persen", N, "prem_pct", 87.5, cls="pct"),
     M(K, "104,8 persen", N, "solar_pct", 104.8, cls="pct"),
     M(K, "185,7 persen", N, "kero_pct", 185.7, cls="pct"),
     M(K, "Rp 100.000", N, "cash_month", 100000, cls="rp"),
     M(K, "15,5 juta rumah tangga", N, "households", 15.5, cls="hh"),
     M(K, "tiga bulan", N, "months", 3, cls="dur"),
     M(K, "Rp 300.000", N, "cash_q", 300000, cls="rp"),
     M(K, "29 persen", N, "prev_pct", 29, cls="pct"),
     M(K, "1 Maret 2005", D, "prev", "2005-03-01"),

     M(A, "Sabtu (1/10)", D, "effective", "2005-10-01"),
     M(A, "Rp 4.500", N, "premium", 4500, cls="rp"),
     M(A, "Rp 4.300", N, "solar", 4300, cls="rp"),
     M(A, "Rp 2.000", N, "kero", 2000, cls="rp"),
     M(A, "Rp 2.400", N, "premium_old", 2400, cls="rp"),
     M(A, "Rp 2.100", N, "solar_old", 2100, cls="rp"),
     M(A, "Rp 700", N, "kero_old", 700, cls="rp"),
     M(A, "Jumat (30/9)", D, "announce", "2005-09-30"),
     M(A, "104,8 persen", N, "solar_pct", 104.8, cls="pct"),
     M(A, "Rp 300.000", N, "cash_q", 300000, cls="rp"),
     M(A, "tiga bulan", N, "months", 3, cls="dur"),
     M(A, "Rp 100.000", N, "cash_month", 100000, cls="rp"),
     M(A, "15,5 juta rumah tangga", N, "households", 15.5, cls="hh"),
     M(A, "1 Maret 2005", D, "prev", "2005-03-01"),
     M(A, "29 persen", N, "prev_pct", 29, cls="pct"),

     M(J, "Rp 4,500", N, "premium", 4500, cls="rp"),
     M(J, "Rp 4,300", N, "solar", 4300, cls="rp"),
     M(J, "Saturday", D, "effective", "2005-10-01"),
     M(J, "Rp 2,000", N, "kero", 2000, cls="rp"),
     M(J, "Rp 700", N, "kero_old", 700, cls="rp"),
     M(J, "185.7 percent", N, "kero_pct", 185.7, cls="pct"),
     M(J, "87.5 percent", N, "prem_pct", 87.5, cls="pct"),
     M(J, "Rp 2,400", N, "premium_old", 2400, cls="rp"),
     M(J, "104.8 percent", N, "solar_pct", 104.8, cls="pct"),
     M(J, "Rp 2,100", N, "solar_old", 2100, cls="rp"),
     M(J, "Sept. 30", D, "announce", "2005-09-30"),
     M(J, "15.5 million poor households", N, "households", 15.5, cls="hh"),
     M(J, "Rp 100,000", N, "cash_month", 100000, cls="rp"),
     M(J, "Rp 300,000", N, "cash_q", 300000, cls="rp"),
     M(J, "March 1", D, "prev", "2005-03-01"),
     M(J, "29 percent", N, "prev_pct", 29, cls="pct"),
    ]
    build("fuel-hike-2005", "Indonesia's fuel price rise announced by the energy minister Purnomo Yusgiantoro on "
          "Friday 30 September 2005 and in force from Saturday 1 October 2005 (control): gasoline Rp 2,400 -> 4,500, "
          "diesel Rp 2,100 -> 4,300 and household kerosene Rp 700 -> 2,000 a litre (87.5%, 104.8% and 185.7%); cash "
          "aid of Rp 100,000 a month, paid as Rp 300,000 every three months, to 15.5 million poor households; the "
          "previous rise of 1 March 2005 (about 29% on average). Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    situ_gintung()
    sukhoi()
    fuel()
