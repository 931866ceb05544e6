"""The three-hundred-and-eighty-ninth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset389/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def school():
    R, K, T, A = "reuters-oct31", "kompas-nov01", "antara-nov03", "ap-oct30"
    # as-of times of the children's toll: Thursday 31 October 2002 at 8 p.m. (at least 11), Friday 1 November at 7
    # a.m. (26), Friday afternoon once the search ended (27, the final toll). The toll does not fall. The quake's
    # total of 30 dead, the two women killed in their homes, the pupils in class and the magnitudes do not change with
    # the day of the report. The homeless: the civil protection department's about 3,000 against the Molise regional
    # government's about 5,000 (sources).
    THU, FRI7, FRIPM = "2002-10-31", "2002-11-01a", "2002-11-01b"
    CP, REGION = "the civil protection department", "the Molise regional government"
    names = {
     "children": "children killed at the school", "teacher": "teachers killed at the school",
     "total": "people killed by the quake in all", "women": "women killed in their homes",
     "pupils": "pupils in class when the quake struck", "inhabitants": "the village's inhabitants",
     "homeless": "people left homeless", "mag": "the quake's magnitude", "after_mag": "the aftershock's magnitude",
     # dates
     "quake": "day of the quake", "count_thu": "day of the count of 11", "count_fri": "day of the count of 26",
     "visit": "day of the prime minister's visit", "search_end": "day the search ended",
     "aftershock": "day of the aftershock", "funeral": "day of the funeral",
     "anniversary": "day of the first anniversary",
    }
    ms = [
     M(R, "Thursday", D, "quake", "2002-10-31"),
     M(R, "at least 11 children", N, "children", 11, THU, qual="atleast"),
     M(R, "magnitude 5.4", N, "mag", 5.4, cls="mag"),
     M(R, "more than 50 pupils", N, "pupils", 50, qual="morethan"),
     M(R, "Two elderly women", N, "women", 2),
     M(R, "about 1,200 inhabitants", N, "inhabitants", 1200, qual="approx"),
     M(R, "Friday", D, "visit", "2002-11-01"),

     M(K, "26 anak", N, "children", 26, FRI7),
     M(K, "Jumat (1/11/2002)", D, "count_fri", "2002-11-01"),
     M(K, "Kamis (31/10/2002) malam", D, "count_thu", "2002-10-31"),
     M(K, "11 jenazah anak", N, "children", 11, THU),
     M(K, "5,4", N, "mag", 5.4, cls="mag"),
     M(K, "Kamis siang", D, "quake", "2002-10-31"),
     M(K, "lebih dari 50 murid", N, "pupils", 50, qual="morethan"),
     M(K, "seorang guru", N, "teacher", 1),
     M(K, "sekitar 3.000 warga", N, "homeless", 3000, qual="approx", src=CP),
     M(K, "sekitar 5.000 orang", N, "homeless", 5000, qual="approx", src=REGION),
     M(K, "Jumat siang", D, "visit", "2002-11-01"),

     M(T, "27 murid", N, "children", 27, FRIPM),
     M(T, "seorang guru", N, "teacher", 1),
     M(T, "Sabtu (2/11/2002)", D, "funeral", "2002-11-02"),
     M(T, "Jumat (1/11/2002) sore", D, "search_end", "2002-11-01"),
     M(T, "27 orang", N, "children", 27, FRIPM),
     M(T, "5,4", N, "mag", 5.4, cls="mag"),
     M(T, "Rabu (30/10/2002)", D, "quake", "2002-10-30", planted=True),
     M(T, "30 orang", N, "total", 30),
     M(T, "Jumat sore", D, "aftershock", "2002-11-01"),
     M(T, "5,3", N, "after_mag", 5.3, cls="mag"),
     M(T, "sekitar 3.000 orang", N, "homeless", 3000, qual="approx", src=CP),
     M(T, "30 korban tewas", N, "total", 30),
     M(T, "dua orang", N, "women", 2),

     M(A, "Friday", D, "anniversary", "2003-10-31"),
     M(A, "27 children", N, "children", 27, FRIPM),
     M(A, "magnitude 5.4", N, "mag", 5.4, cls="mag"),
     M(A, "Oct. 31, 2002", D, "quake", "2002-10-31"),
     M(A, "30 people", N, "total", 30),
     M(A, "two women", N, "women", 2),
     M(A, "Friday afternoon", D, "search_end", "2002-11-01"),
     M(A, "Nov. 1", D, "aftershock", "2002-11-01"),
     M(A, "magnitude 3.5", N, "after_mag", 3.5, cls="mag", planted=True),
     M(A, "about 3,000", N, "homeless", 3000, qual="approx", src=CP),
     M(A, "some 5,000 people", N, "homeless", 5000, qual="approx", src=REGION),
     M(A, "Nov. 2", D, "funeral", "2002-11-02"),
    ]
    build("san-giuliano-school-2002", "The Molise earthquake of Thursday 31 October 2002 and the collapse of the "
          "Francesco Jovine primary school in San Giuliano di Puglia: the children's toll at least 11 by 8 p.m. on "
          "Thursday, 26 by 7 a.m. on Friday 1 November, 27 when the search ended on Friday afternoon; a teacher and two "
          "elderly women also killed, 30 dead in all; magnitude 5.4, an aftershock of 5.3 on Friday afternoon; about "
          "3,000 homeless by the civil protection department's count against about 5,000 by the Molise regional "
          "government's; the funeral on Saturday 2 November; the first anniversary on Friday 31 October 2003", False, ms, names)


def bridge():
    R, K, T, A = "reuters-mar05", "kompas-mar06", "antara-mar09", "ap-apr04"
    # as-of times: Monday 5 March 2001 (as many as 70 feared dead, two bodies recovered; 53 aboard the bus by the bus
    # company's count, 52 by the civil governor's: sources), Tuesday 6 March (the official list: 59 dead or missing,
    # a downward revision of Monday's estimate; 53 on the bus; still two bodies), Thursday 8 March (seven bodies),
    # Tuesday 3 April (17 bodies). The bodies recovered and the list do not fall.
    MON, TUE, THU, APR3 = "2001-03-05", "2001-03-06", "2001-03-08", "2001-04-03"
    COMPANY, GOVERNOR = "the bus company", "the civil governor of Porto"
    names = {
     "victims": "people dead or missing", "bodies": "bodies recovered", "aboard": "people aboard the bus",
     "cars": "cars that fell with the bridge", "car_people": "people in the cars", "age": "the bridge's age",
     "days_after": "days between the collapse and the count of seven bodies", "check_days": "days to inspect old bridges",
     "inquiry_gap": "days between the resignation and the inquiry", "distance": "metres from the bridge to the bus",
     # dates
     "collapse": "day of the collapse", "resign": "night the minister resigned", "built": "year the bridge was built",
     "count_mon": "day of the first estimate", "count_tue": "day of the official list",
     "count_thu": "day of the count of seven bodies", "count_apr": "day of the count of 17 bodies",
     "inquiry": "day the inquiry was set up",
    }
    ms = [
     M(R, "As many as 70 people", N, "victims", 70, MON, qual="approx"),
     M(R, "Monday", D, "count_mon", "2001-03-05"),
     M(R, "Sunday night", D, "collapse", "2001-03-04"),
     M(R, "three cars", N, "cars", 3),
     M(R, "two bodies", N, "bodies", 2, MON),
     M(R, "Monday evening", D, "count_mon", "2001-03-05"),
     M(R, "53 people", N, "aboard", 53, MON, src=COMPANY),
     M(R, "52", N, "aboard", 52, MON, src=GOVERNOR),
     M(R, "Sunday night", D, "resign", "2001-03-04", occ=2),
     M(R, "1887", D, "built", "1887"),

     M(K, "59 orang", N, "victims", 59, TUE),
     M(K, "Selasa (6/3/2001)", D, "count_tue", "2001-03-06"),
     M(K, "Senin (5/3/2001)", D, "count_mon", "2001-03-05"),
     M(K, "sekitar 70 orang", N, "victims", 70, MON, qual="approx"),
     M(K, "114 tahun", N, "age", 114, cls="age"),
     M(K, "Senin (5/3/2001) malam", D, "collapse", "2001-03-05", planted=True),
     M(K, "tiga mobil", N, "cars", 3),
     M(K, "53 korban", N, "aboard", 53, TUE),
     M(K, "enam lainnya", N, "car_people", 6),
     M(K, "Pada Senin", D, "count_mon", "2001-03-05"),
     M(K, "52 penumpang", N, "aboard", 52, MON, src=GOVERNOR),
     M(K, "53 orang", N, "aboard", 53, MON, src=COMPANY),
     M(K, "Selasa sore", D, "count_tue", "2001-03-06"),
     M(K, "dua jenazah", N, "bodies", 2, TUE),
     M(K, "1887", D, "built", "1887"),

     M(T, "tujuh jenazah", N, "bodies", 7, THU),
     M(T, "Kamis (8/3/2001)", D, "count_thu", "2001-03-08"),
     M(T, "empat hari", N, "days_after", 4, cls="dur"),
     M(T, "59 orang", N, "victims", 59, THU),
     M(T, "53 penumpang", N, "aboard", 53, THU),
     M(T, "Minggu (4/3/2001) malam", D, "collapse", "2001-03-04"),
     M(T, "Rabu (7/3/2001)", D, "inquiry", "2001-03-07"),
     M(T, "30 hari", N, "check_days", 30, cls="dur"),
     M(T, "500 meter", N, "distance", 500, cls="m"),
     M(T, "Minggu malam", D, "resign", "2001-03-04"),

     M(A, "17 bodies", N, "bodies", 17, APR3),
     M(A, "Tuesday", D, "count_apr", "2001-04-03"),
     M(A, "141-year-old", N, "age", 141, cls="age", planted=True),
     M(A, "March 4", D, "collapse", "2001-03-04"),
     M(A, "three cars", N, "cars", 3),
     M(A, "59 people", N, "victims", 59, APR3),
     M(A, "53 on the bus", N, "aboard", 53, APR3),
     M(A, "six in the cars", N, "car_people", 6),
     M(A, "March 5", D, "count_mon", "2001-03-05"),
     M(A, "as high as 70", N, "victims", 70, MON, qual="approx"),
     M(A, "March 7", D, "inquiry", "2001-03-07"),
     M(A, "three days", N, "inquiry_gap", 3, cls="dur"),
    ]
    build("entre-os-rios-bridge-2001", "The collapse of the Hintze Ribeiro bridge over the Douro at Entre-os-Rios, "
          "Portugal, on the night of Sunday 4 March 2001, with a bus and three cars: as many as 70 feared dead on Monday "
          "5 March, revised down to 59 dead or missing by the official list of Tuesday 6 March (53 on the bus, six in the "
          "cars; 53 aboard by the bus company's count against 52 by the civil governor's); bodies recovered two by "
          "Monday and Tuesday, seven by Thursday 8 March, 17 by Tuesday 3 April; the public works minister Jorge "
          "Coelho's resignation on Sunday night and the inquiry set up on Wednesday 7 March; the bridge built in 1887",
          False, ms, names)


def austerity():
    R, K, T, A = "reuters-jul11", "kompas-jul12", "antara-jul13", "ap-jul14"
    names = {
     "package": "the package (billion euros)", "span": "years the package covers", "vat": "the new standard VAT rate",
     "vat_old": "the old standard VAT rate", "red": "the new reduced VAT rate", "red_old": "the old reduced VAT rate",
     "vat_points": "points of the VAT rise", "ben_new": "jobless benefit after six months, new (% of base)",
     "ben_old": "jobless benefit after six months, old (% of base)", "months": "months before the benefit cut",
     "councillors": "cut in local councillors (%)", "def12": "deficit target for 2012 (% of GDP)",
     "def13": "deficit target for 2013 (% of GDP)", "def14": "deficit target for 2014 (% of GDP)",
     "extra": "extra years granted by the euro zone",
     # dates
     "announce": "day of the announcement", "vat_start": "day the VAT rise starts", "deadline": "the new deadline year",
     "y2012": "year of the 6.3% target", "y2013": "year of the 4.5% target", "y2014": "year of the 2.8% target",
     "bonus_year": "year of the lost Christmas bonus", "package_end": "year the package runs to",
    }
    ms = [
     M(R, "Wednesday", D, "announce", "2012-07-11"),
     M(R, "65 billion euros", N, "package", 65, cls="bn"),
     M(R, "two and a half years", N, "span", 2.5, cls="dur"),
     M(R, "21 percent", N, "vat", 21, cls="pct"),
     M(R, "18 percent", N, "vat_old", 18, cls="pct"),
     M(R, "10 percent", N, "red", 10, cls="pct"),
     M(R, "8 percent", N, "red_old", 8, cls="pct"),
     M(R, "Sept. 1", D, "vat_start", "2012-09-01"),
     M(R, "50 percent", N, "ben_new", 50, cls="pct"),
     M(R, "60 percent", N, "ben_old", 60, cls="pct"),
     M(R, "six months", N, "months", 6, cls="dur"),
     M(R, "30 percent", N, "councillors", 30, cls="pct"),
     M(R, "an extra year", N, "extra", 1, cls="dur"),
     M(R, "to 2014", D, "deadline", "2014"),
     M(R, "6.3 percent", N, "def12", 6.3, cls="pct"),
     M(R, "4.5 percent", N, "def13", 4.5, cls="pct"),
     M(R, "in 2013", D, "y2013", "2013"),
     M(R, "2.8 percent", N, "def14", 2.8, cls="pct"),
     M(R, "in 2014", D, "y2014", "2014"),

     M(K, "Rabu (11/7/2012)", D, "announce", "2012-07-11"),
     M(K, "65 miliar euro", N, "package", 65, cls="bn"),
     M(K, "dua setengah tahun", N, "span", 2.5, cls="dur"),
     M(K, "18 persen", N, "vat_old", 18, cls="pct"),
     M(K, "21 persen", N, "vat", 21, cls="pct"),
     M(K, "8 persen", N, "red_old", 8, cls="pct"),
     M(K, "10 persen", N, "red", 10, cls="pct"),
     M(K, "1 September 2012", D, "vat_start", "2012-09-01"),
     M(K, "enam bulan", N, "months", 6, cls="dur"),
     M(K, "60 persen", N, "ben_old", 60, cls="pct"),
     M(K, "50 persen", N, "ben_new", 50, cls="pct"),
     M(K, "30 persen", N, "councillors", 30, cls="pct"),
     M(K, "satu tahun", N, "extra", 1, cls="dur"),
     M(K, "hingga 2014", D, "deadline", "2014"),
     M(K, "6,3 persen", N, "def12", 6.3, cls="pct"),
     M(K, "4,5 persen", N, "def13", 4.5, cls="pct"),
     M(K, "pada 2013", D, "y2013", "2013"),
     M(K, "2,8 persen", N, "def14", 2.8, cls="pct"),
     M(K, "pada 2014", D, "y2014", "2014"),

     M(T, "Rabu (11/7/2012)", D, "announce", "2012-07-11"),
     M(T, "65 miliar euro", N, "package", 65, cls="bn"),
     M(T, "dua setengah tahun", N, "span", 2.5, cls="dur"),
     M(T, "21 persen", N, "vat", 21, cls="pct"),
     M(T, "18 persen", N, "vat_old", 18, cls="pct"),
     M(T, "10 persen", N, "red", 10, cls="pct"),
     M(T, "8 persen", N, "red_old", 8, cls="pct"),
     M(T, "1 September 2012", D, "vat_start", "2012-09-01"),
     M(T, "enam bulan", N, "months", 6, cls="dur"),
     M(T, "60 persen", N, "ben_old", 60, cls="pct"),
     M(T, "50 persen", N, "ben_new", 50, cls="pct"),
     M(T, "30 persen", N, "councillors", 30, cls="pct"),
     M(T, "6,3 persen", N, "def12", 6.3, cls="pct"),
     M(T, "pada 2012", D, "y2012", "2012"),
     M(T, "4,5 persen", N, "def13", 4.5, cls="pct"),
     M(T, "pada 2013", D, "y2013", "2013"),
     M(T, "2,8 persen", N, "def14", 2.8, cls="pct"),
     M(T, "pada 2014", D, "y2014", "2014"),

     M(A, "65 billion-euro", N, "package", 65, cls="bn"),
     M(A, "through 2014", D, "package_end", "2014"),
     M(A, "Wednesday", D, "announce", "2012-07-11"),
     M(A, "three points", N, "vat_points", 3, cls="pct"),
     M(A, "21 percent", N, "vat", 21, cls="pct"),
     M(A, "8 percent", N, "red_old", 8, cls="pct"),
     M(A, "10 percent", N, "red", 10, cls="pct"),
     M(A, "Sept. 1", D, "vat_start", "2012-09-01"),
     M(A, "in 2012", D, "bonus_year", "2012"),
     M(A, "six months", N, "months", 6, cls="dur"),
     M(A, "60 percent", N, "ben_old", 60, cls="pct"),
     M(A, "50 percent", N, "ben_new", 50, cls="pct"),
     M(A, "30 percent", N, "councillors", 30, cls="pct"),
     M(A, "two and a half years", N, "span", 2.5, cls="dur"),
     M(A, "until 2014", D, "deadline", "2014"),
     M(A, "6.3 percent", N, "def12", 6.3, cls="pct"),
     M(A, "for 2012", D, "y2012", "2012"),
     M(A, "4.5 percent", N, "def13", 4.5, cls="pct"),
     M(A, "for 2013", D, "y2013", "2013"),
     M(A, "2.8 percent", N, "def14", 2.8, cls="pct"),
     M(A, "for 2014", D, "y2014", "2014"),
    ]
    build("spain-austerity-2012", "Spain's austerity package announced by the prime minister in parliament on "
          "Wednesday 11 July 2012 (control): 65 billion euros over two and a half years; the standard VAT rate from 18% "
          "to 21% and the reduced rate from 8% to 10% from 1 September 2012; civil servants' Christmas bonus dropped for "
          "2012; the jobless benefit after six months from 60% to 50% of the base; local councillors cut by 30%; the "
          "euro zone's extra year, to 2014, with deficit targets of 6.3% of GDP in 2012, 4.5% in 2013 and 2.8% in "
          "2014. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    school()
    bridge()
    austerity()
