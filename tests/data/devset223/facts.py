"""The two-hundred-and-twenty-third development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset223/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def love_parade():
    R, K, T, A = "reuters-jul25", "kompas-jul28", "detik-apr25", "ap-may05"
    # as-of times of the running tallies: Saturday 24 July 2010 (the police's first count on the night: 19 dead, about
    # 340 injured), Tuesday 27 July (20 dead after a death in hospital, at least 511 injured), and the final count (21
    # dead, 652 injured) as the later reports recall it. The dead and the injured do not fall.
    SAT, TUE, FINAL = "2010-07-24", "2010-07-27", "2011"
    # the crowd: the organisers' claim of about 1.4 million is the only crowd figure; the site's capacity is the city's
    # permit (250,000 at one time) against the police's earlier 300,000 (sources).
    ORG, CITY, POLICE = "the organisers", "the city's permit", "the police"
    names = {
     "dead": "people killed in the crush", "injured": "people injured in the crush",
     "crowd": "visitors claimed by the organisers", "capacity": "people the site could hold at one time",
     "defendants": "defendants charged", "def_city": "defendants employed by the city",
     "def_org": "defendants employed by the organiser", "dropped7": "defendants whose case was dropped in 2019",
     "last3": "defendants whose case was dropped in 2020", "years_since": "years since the disaster (2020)",
     "years_wait": "years the families had waited (2017)",
     # dates
     "disaster": "day of the crush", "cancel": "day the organiser ended the parade",
     "asof_tue": "day the toll rose to 20", "first_parade": "year of the first parade",
     "ruhr": "year the parade moved to the Ruhr", "lg_refusal": "the Duisburg court's refusal to try the case",
     "olg_order": "the Duesseldorf appeals court's order to try the case", "limit": "the statute of limitations",
     "trial_open": "day the trial opened", "drop7": "month seven defendants' cases were dropped",
     "trial_end": "day the trial ended",
    }
    ms = [
     M(R, "Nineteen people", N, "dead", 19, SAT),
     M(R, "about 340", N, "injured", 340, SAT, qual="approx"),
     M(R, "Saturday", D, "disaster", "2010-07-24"),
     M(R, "about 1.4 million people", N, "crowd", 1400000, qual="approx", src=ORG, cls="crowd"),
     M(R, "250,000 people", N, "capacity", 250000, src=CITY, cls="crowd"),
     M(R, "300,000", N, "capacity", 300000, src=POLICE, cls="crowd"),
     M(R, "on Sunday", D, "cancel", "2010-07-25"),
     M(R, "1989", D, "first_parade", "1989"),
     M(R, "2007", D, "ruhr", "2007"),

     M(K, "20 orang", N, "dead", 20, TUE),
     M(K, "Selasa (27/7/2010)", D, "asof_tue", "2010-07-27"),
     M(K, "sedikitnya 511 orang", N, "injured", 511, TUE, qual="atleast"),
     M(K, "sekitar 340 orang", N, "injured", 340, SAT, qual="approx"),
     M(K, "Sabtu (24/7/2010)", D, "disaster", "2010-07-24"),
     M(K, "1,4 juta orang", N, "crowd", 1400000, src=ORG, cls="crowd"),
     M(K, "250.000 orang", N, "capacity", 250000, src=CITY, cls="crowd"),
     M(K, "1989", D, "first_parade", "1989"),
     M(K, "2007", D, "ruhr", "2007"),
     M(K, "Minggu (25/7/2010)", D, "cancel", "2010-07-25"),

     M(T, "sepuluh orang terdakwa", N, "defendants", 10),
     M(T, "Senin (24/4/2017)", D, "olg_order", "2017-04-24"),
     M(T, "April 2016", D, "lg_refusal", "2016-04"),
     M(T, "enam pegawai", N, "def_city", 6),
     M(T, "empat karyawan", N, "def_org", 4),
     M(T, "24 Juli 2010", D, "disaster", "2010-07-24"),
     M(T, "21 orang", N, "dead", 21, FINAL),
     M(T, "625 orang", N, "injured", 625, FINAL, planted=True),
     M(T, "1,4 juta orang", N, "crowd", 1400000, src=ORG, cls="crowd"),
     M(T, "250.000 orang", N, "capacity", 250000, src=CITY, cls="crowd"),
     M(T, "hampir tujuh tahun", N, "years_wait", 7, qual="nearly", cls="dur"),
     M(T, "Juli 2020", D, "limit", "2020-07"),

     M(A, "on Monday", D, "trial_end", "2020-05-04"),
     M(A, "last three defendants", N, "last3", 3),
     M(A, "almost 10 years", N, "years_since", 10, qual="nearly", cls="dur"),
     M(A, "Dec. 8, 2017", D, "trial_open", "2017-12-08"),
     M(A, "10 defendants", N, "defendants", 10),
     M(A, "February 2019", D, "drop7", "2019-02"),
     M(A, "seven of the defendants", N, "dropped7", 7),
     M(A, "six of them", N, "def_city", 6),
     M(A, "April 2017", D, "olg_order", "2017-04"),
     M(A, "2016", D, "lg_refusal", "2016"),
     M(A, "July 24, 2010", D, "disaster", "2010-07-24"),
     M(A, "21 people", N, "dead", 21, FINAL),
     M(A, "652", N, "injured", 652, FINAL),
     M(A, "about 1.4 million people", N, "crowd", 1400000, qual="approx", src=ORG, cls="crowd"),
     M(A, "250,000", N, "capacity", 250000, src=CITY, cls="crowd"),
    ]
    build("love-parade-2010", "The crush at the Love Parade in Duisburg, Germany (Saturday 24 July 2010): 19 dead and "
          "about 340 injured on the night, 20 dead and at least 511 injured on Tuesday 27 July, 21 dead and 652 injured "
          "in the final count; the organisers' claim of about 1.4 million visitors; the site approved by the city for "
          "250,000 at one time (the police's earlier 300,000); the parade ended by its organiser on Sunday 25 July; the "
          "Duisburg court's refusal to try the case (April 2016), the Duesseldorf appeals court's order (Monday 24 April "
          "2017), the trial from 8 December 2017, seven defendants' cases dropped in February 2019 and the last three on "
          "Monday 4 May 2020", False, ms, names)


def xynthia():
    R, K, T, A = "reuters-mar01", "kompas-mar05", "antara-dec13", "afp-apr04"
    # as-of times of the running tallies: Sunday 28 February 2010 (45 dead, 29 in the Vendee; about 500,000 homes
    # without power), Monday 1 March (50 dead, at least nine missing, about 170,000 homes without power), Thursday 4
    # March (the interior minister's 53, seven seriously injured), and June 2010 (AFP's recount with the prefectures:
    # 47, 12 in Charente-Maritime), which the later reports keep. The official 53 against the recount's 47 is a tally
    # revised down (one fact, no other source named for the 53: a revision). The missing and the homes without power
    # may fall. The 29 dead of La Faute-sur-Mer are the trial's count and do not change.
    SUN, MON, THU, JUNE = "2010-02-28", "2010-03-01", "2010-03-04", "2010-06"
    INSURERS = "the insurers"
    names = {
     "dead": "people killed in France", "dead_vendee": "dead in the Vendee", "dead_lafaute": "dead in La Faute-sur-Mer",
     "dead_cm": "dead in Charente-Maritime", "missing": "people missing", "serious": "people seriously injured",
     "gust": "wind gusts (km/h)", "rescuers": "firefighters and rescue workers", "power": "homes without electricity",
     "aid": "the president's emergency aid", "oyster": "aid to oyster farmers", "farm": "aid to farmers",
     "damage": "insured damage", "fine_babin": "the deputy's fine at the first trial", "hectares": "farmland flooded",
     "sent_first": "the mayor's sentence at the first trial", "sent_appeal": "the mayor's sentence on appeal",
     "sent_babin": "the deputy's sentence at the first trial", "sent_asked": "the prosecutors' request on appeal",
     "civil": "civil parties at the appeal trial",
     # dates
     "storm": "day of the storm", "asof_sun": "day of the count of 45", "asof_mon": "day of the count of 50",
     "visit": "day of the president's visit", "asof_thu": "day of the count of 53", "storms1999": "the storms of 1999",
     "first_ruling": "day of the first-instance verdict", "trial1_open": "month the first trial opened",
     "mayor_since": "year the mayor took office", "mayor_until": "year the mayor left office",
     "recount": "month of the recount", "appeal_ruling": "day of the appeal ruling",
    }
    ms = [
     M(R, "50", N, "dead", 50, MON),
     M(R, "on Monday", D, "asof_mon", "2010-03-01"),
     M(R, "at least nine people", N, "missing", 9, MON, qual="atleast", fall=True),
     M(R, "45 dead", N, "dead", 45, SUN),
     M(R, "on Sunday", D, "asof_sun", "2010-02-28"),
     M(R, "29 of them", N, "dead_vendee", 29, SUN),
     M(R, "early on Sunday", D, "storm", "2010-02-28"),
     M(R, "150 km per hour", N, "gust", 150, cls="speed"),
     M(R, "3 million euros", N, "aid", 3, cls="eur"),
     M(R, "More than 9,000 firefighters", N, "rescuers", 9000, MON, qual="morethan"),
     M(R, "About 170,000 homes", N, "power", 170000, MON, qual="approx", fall=True),
     M(R, "about 500,000", N, "power", 500000, SUN, qual="approx", fall=True),
     M(R, "December 1999", D, "storms1999", "1999-12"),

     M(K, "53 orang", N, "dead", 53, THU),
     M(K, "Kamis (4/3/2010)", D, "asof_thu", "2010-03-04"),
     M(K, "tujuh orang", N, "serious", 7, THU),
     M(K, "Minggu (28/2/2010)", D, "storm", "2010-02-28"),
     M(K, "29 korban", N, "dead_lafaute", 29),
     M(K, "20 juta euro", N, "oyster", 20, cls="eur"),
     M(K, "5 juta euro", N, "farm", 5, cls="eur"),
     M(K, "lebih dari 52.000 hektare", N, "hectares", 52000, qual="morethan"),
     M(K, "lebih dari 1 miliar euro", N, "damage", 1000, qual="morethan", src=INSURERS, cls="eur"),
     M(K, "Senin (1/3/2010)", D, "visit", "2010-03-01"),
     M(K, "3 juta euro", N, "aid", 3, cls="eur"),

     M(T, "empat tahun penjara", N, "sent_first", 4, cls="dur"),
     M(T, "29 warga", N, "dead_lafaute", 29),
     M(T, "Jumat (12/12/2014)", D, "first_ruling", "2014-12-12"),
     M(T, "1989", D, "mayor_since", "1989"),
     M(T, "dua tahun penjara", N, "sent_babin", 2, cls="dur"),
     M(T, "57.000 euro", N, "fine_babin", 0.057, cls="eur", planted=True),
     M(T, "September 2014", D, "trial1_open", "2014-09"),
     M(T, "28 Februari 2010", D, "storm", "2010-02-28"),
     M(T, "47 orang", N, "dead", 47, JUNE),
     M(T, "Juni 2010", D, "recount", "2010-06"),
     M(T, "53 orang", N, "dead", 53, THU),
     M(T, "12 orang", N, "dead_cm", 12, JUNE),

     M(A, "on Monday", D, "appeal_ruling", "2016-04-04"),
     M(A, "two years suspended", N, "sent_appeal", 2, cls="dur"),
     M(A, "29 people", N, "dead_lafaute", 29),
     M(A, "Dec. 13, 2014", D, "first_ruling", "2014-12-13", planted=True),
     M(A, "four years", N, "sent_first", 4, cls="dur"),
     M(A, "four-year prison term", N, "sent_asked", 4, cls="dur"),
     M(A, "1989", D, "mayor_since", "1989"),
     M(A, "2014", D, "mayor_until", "2014", occ=2),
     M(A, "two years in prison", N, "sent_babin", 2, cls="dur"),
     M(A, "75,000 euros", N, "fine_babin", 0.075, cls="eur"),
     M(A, "Feb. 28, 2010", D, "storm", "2010-02-28"),
     M(A, "146 civil parties", N, "civil", 146),
     M(A, "47 people", N, "dead", 47, JUNE),
     M(A, "12 of them", N, "dead_cm", 12, JUNE),
    ]
    build("xynthia-2010", "Storm Xynthia in western France (early Sunday 28 February 2010) and the trial of the former "
          "mayor of La Faute-sur-Mer: 45 dead on Sunday (29 in the Vendee), 50 and at least nine missing on Monday 1 "
          "March, the interior minister's 53 on Thursday 4 March, revised down to 47 (12 in Charente-Maritime) by AFP's "
          "recount with the prefectures in June 2010; 29 dead in La Faute-sur-Mer; the president's 3 million euros, 20 "
          "million for oyster farmers and 5 million for farmers; the first-instance verdict of Friday 12 December 2014 "
          "(four years for the mayor; two years and 75,000 euros for his deputy) and the appeal ruling of Monday 4 April "
          "2016 (two years suspended)", False, ms, names)


def apple_tax():
    R, K, B, A = "reuters-aug30", "kompas-aug31", "bisnis-sep01", "ap-sep02"
    names = {
     "amount": "back taxes ordered (billion euros)", "rate2003": "effective tax rate in 2003",
     "rate2014": "effective tax rate in 2014", "rate2011": "effective tax rate of the subsidiary in 2011",
     "irish_rate": "Ireland's corporate tax rate", "profit2011": "the subsidiary's profits in 2011 (billion euros)",
     "tax2011": "the subsidiary's tax in 2011 (billion euros)", "subsidiaries": "Apple subsidiaries covered",
     "rulings": "Irish tax rulings",
     # dates
     "announced": "day of the Commission's decision", "y2003": "year of the 1% rate", "y2014": "year of the 0.005% rate",
     "r1991": "year of the first ruling", "r2007": "year of the second ruling", "y2011": "year of the subsidiary's profits",
     "opened": "month the investigation opened",
    }
    ms = [
     M(R, "Tuesday", D, "announced", "2016-08-30"),
     M(R, "up to 13 billion euros", N, "amount", 13, cls="eur"),
     M(R, "1 percent", N, "rate2003", 1, cls="pct"),
     M(R, "2003", D, "y2003", "2003"),
     M(R, "0.005 percent", N, "rate2014", 0.005, cls="pct"),
     M(R, "2014", D, "y2014", "2014"),
     M(R, "1991", D, "r1991", "1991"),
     M(R, "2007", D, "r2007", "2007"),
     M(R, "two Apple subsidiaries", N, "subsidiaries", 2),
     M(R, "2011", D, "y2011", "2011"),
     M(R, "about 16 billion euros", N, "profit2011", 16, qual="approx", cls="eur"),
     M(R, "less than 10 million euros", N, "tax2011", 0.01, qual="nearly", cls="eur"),
     M(R, "about 0.05 percent", N, "rate2011", 0.05, qual="approx", cls="pct"),
     M(R, "12.5 percent", N, "irish_rate", 12.5, cls="pct"),
     M(R, "June 2014", D, "opened", "2014-06"),

     M(K, "hingga 13 miliar euro", N, "amount", 13, cls="eur"),
     M(K, "Selasa (30/8/2016)", D, "announced", "2016-08-30"),
     M(K, "1 persen", N, "rate2003", 1, cls="pct"),
     M(K, "2003", D, "y2003", "2003"),
     M(K, "0,005 persen", N, "rate2014", 0.005, cls="pct"),
     M(K, "2014", D, "y2014", "2014"),
     M(K, "dua keputusan", N, "rulings", 2),
     M(K, "1991", D, "r1991", "1991"),
     M(K, "2007", D, "r2007", "2007"),
     M(K, "2011", D, "y2011", "2011"),
     M(K, "sekitar 16 miliar euro", N, "profit2011", 16, qual="approx", cls="eur"),
     M(K, "kurang dari 10 juta euro", N, "tax2011", 0.01, qual="nearly", cls="eur"),
     M(K, "12,5 persen", N, "irish_rate", 12.5, cls="pct"),
     M(K, "Juni 2014", D, "opened", "2014-06"),

     M(B, "hingga 13 miliar euro", N, "amount", 13, cls="eur"),
     M(B, "Selasa (30/8/2016)", D, "announced", "2016-08-30"),
     M(B, "dua keputusan", N, "rulings", 2),
     M(B, "1991", D, "r1991", "1991"),
     M(B, "2007", D, "r2007", "2007"),
     M(B, "1 persen", N, "rate2003", 1, cls="pct"),
     M(B, "2003", D, "y2003", "2003"),
     M(B, "0,005 persen", N, "rate2014", 0.005, cls="pct"),
     M(B, "2014", D, "y2014", "2014"),
     M(B, "12,5 persen", N, "irish_rate", 12.5, cls="pct"),
     M(B, "sekitar 16 miliar euro", N, "profit2011", 16, qual="approx", cls="eur"),
     M(B, "2011", D, "y2011", "2011"),
     M(B, "kurang dari 10 juta euro", N, "tax2011", 0.01, qual="nearly", cls="eur"),
     M(B, "sekitar 0,05 persen", N, "rate2011", 0.05, qual="approx", cls="pct"),
     M(B, "Juni 2014", D, "opened", "2014-06"),

     M(A, "up to 13 billion euros", N, "amount", 13, cls="eur"),
     M(A, "Aug. 30", D, "announced", "2016-08-30"),
     M(A, "1991", D, "r1991", "1991"),
     M(A, "2007", D, "r2007", "2007"),
     M(A, "1 percent", N, "rate2003", 1, cls="pct"),
     M(A, "2003", D, "y2003", "2003"),
     M(A, "0.005 percent", N, "rate2014", 0.005, cls="pct"),
     M(A, "2014", D, "y2014", "2014"),
     M(A, "12.5 percent", N, "irish_rate", 12.5, cls="pct"),
     M(A, "about 16 billion euros", N, "profit2011", 16, qual="approx", cls="eur"),
     M(A, "2011", D, "y2011", "2011"),
     M(A, "less than 10 million euros", N, "tax2011", 0.01, qual="nearly", cls="eur"),
     M(A, "June 2014", D, "opened", "2014-06"),
    ]
    build("apple-tax-2016", "The European Commission's order that Apple repay up to 13 billion euros of Irish taxes "
          "(control), announced on Tuesday 30 August 2016: an effective tax rate of 1% in 2003 falling to 0.005% in 2014 "
          "under Irish rulings of 1991 and 2007; Apple Sales International's profits of about 16 billion euros in 2011 "
          "taxed at less than 10 million euros (about 0.05%); Ireland's 12.5% rate; the investigation opened in June "
          "2014. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    love_parade()
    xynthia()
    apple_tax()
