"""The table of facts of the four-hundred-and-twenty-sixth development set (issue 12): an untouched transfer set.

Each mention of a figure or date in the articles is written down once (``M``): the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset426/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def eruption():
    R, K, A, G = "reuters-sep20", "kompas-sep24", "antara-sep29", "guardian-dec26"
    # as-of times of the running tallies: Monday 20 September 2021 (at least 5,000 evacuated, about 100 buildings by
    # the island council), Tuesday 21 September at night (166 buildings and 103 ha by Copernicus), Thursday 23
    # September (390 buildings, about 180 ha), Friday 24 September (350 buildings: the count revised down, a
    # revision), Monday 27 September (589 buildings, 258 ha), Tuesday 28 September (nearly 600 when the lava reached
    # the sea), the days of publication for the evacuated (about 6,000 on 24 September, more than 6,000 on 29
    # September) and the end (Saturday 25 December: 2,988 buildings by Copernicus against 1,676 by the land registry,
    # sources; 1,219 ha; about 7,000 evacuated at the peak). The evacuated may fall (people allowed home).
    MON20, TUE21, THU23, FRI24, MON27, TUE28 = ("2021-09-20", "2021-09-21", "2021-09-23", "2021-09-24",
                                                "2021-09-27", "2021-09-28")
    P24, P29, END = "2021-09-24", "2021-09-29", "2021-12-25"
    COUNCIL, COP, REG = "the island council", "the Copernicus satellite service", "the land registry"
    names = {
     "evac": "people evacuated", "bld": "buildings destroyed by the lava", "ha": "hectares covered by lava",
     "tremors": "tremors recorded in the week before", "pop": "people living on the island",
     "sea_days": "days from the eruption to the lava reaching the sea", "days": "days the eruption lasted",
     "calm": "days of calm before the end was declared", "fund": "first housing fund (euros)",
     "damage": "damage estimated by the island's government (euros)",
     # dates
     "eruption": "day the eruption began", "flows": "day of the first report on the flows",
     "count100": "day of the count of about 100 buildings", "count166": "day of the count of 166 buildings",
     "count390": "day of the count of 390 buildings", "count350": "day of the revised count of 350",
     "count589": "day of the count of 589 buildings", "sea": "day the lava reached the sea",
     "zone": "day the disaster zone was declared", "airport": "day the airport was closed",
     "lava_end": "day the lava stopped", "over": "day the eruption was declared over",
    }
    ms = [
     M(R, "Monday", D, "flows", "2021-09-20"),
     M(R, "Sunday", D, "eruption", "2021-09-19"),
     M(R, "more than 22,000 small tremors", N, "tremors", 22000, qual="morethan"),
     M(R, "at least 5,000 people", N, "evac", 5000, MON20, qual="atleast", fall=True),
     M(R, "Monday", D, "count100", "2021-09-20", occ=2),
     M(R, "about 100 buildings", N, "bld", 100, MON20, qual="approx", src=COUNCIL),
     M(R, "roughly 85,000 people", N, "pop", 85000, qual="approx"),

     M(K, "390 bangunan", N, "bld", 390, THU23, src=COP),
     M(K, "Kamis (23/9/2021)", D, "count390", "2021-09-23"),
     M(K, "166 bangunan", N, "bld", 166, TUE21, src=COP),
     M(K, "103 hektare", N, "ha", 103, TUE21, cls="ha"),
     M(K, "Selasa (21/9/2021)", D, "count166", "2021-09-21"),
     M(K, "sekitar 180 hektare", N, "ha", 180, THU23, qual="approx", cls="ha"),
     M(K, "Minggu (19/9/2021)", D, "eruption", "2021-09-19"),
     M(K, "Sekitar 6.000 warga", N, "evac", 6000, P24, qual="approx", fall=True),

     M(A, "Selasa (28/9/2021)", D, "sea", "2021-09-28"),
     M(A, "sembilan hari", N, "sea_days", 9, cls="days"),
     M(A, "Selasa (28/9/2021)", D, "zone", "2021-09-28", occ=2),
     M(A, "10,5 juta euro", N, "fund", 10.5e6, cls="eur"),
     M(A, "589 bangunan", N, "bld", 589, MON27, src=COP),
     M(A, "258 hektare", N, "ha", 258, MON27, cls="ha"),
     M(A, "Senin (27/9/2021)", D, "count589", "2021-09-27"),
     M(A, "350", N, "bld", 350, FRI24, src=COP),
     M(A, "Jumat (24/9/2021)", D, "count350", "2021-09-24"),
     M(A, "390", N, "bld", 390, THU23, src=COP),
     M(A, "Selasa (21/9/2021)", D, "count166", "2021-09-21"),
     M(A, "130 hektare", N, "ha", 130, TUE21, cls="ha", planted=True),
     M(A, "166 bangunan", N, "bld", 166, TUE21, src=COP),
     M(A, "lebih dari 6.000 orang", N, "evac", 6000, P29, qual="morethan", fall=True),
     M(A, "Sabtu (25/9/2021)", D, "airport", "2021-09-25"),

     M(G, "Saturday, Dec. 25", D, "over", "2021-12-25"),
     M(G, "85 days", N, "days", 85, cls="days"),
     M(G, "Dec. 13", D, "lava_end", "2021-12-13"),
     M(G, "10 days", N, "calm", 10, cls="days"),
     M(G, "1,219 hectares", N, "ha", 1219, END, cls="ha"),
     M(G, "2,988 buildings", N, "bld", 2988, END, src=COP),
     M(G, "1,676", N, "bld", 1676, END, src=REG),
     M(G, "about 7,000 people", N, "evac", 7000, END, qual="approx", fall=True),
     M(G, "Sept. 20", D, "count100", "2021-09-20"),
     M(G, "about 100 buildings", N, "bld", 100, MON20, qual="approx"),
     M(G, "Sept. 27", D, "sea", "2021-09-27", planted=True),
     M(G, "nearly 600", N, "bld", 600, TUE28, qual="nearly"),
     M(G, "more than 800 million euros", N, "damage", 800e6, qual="morethan", cls="eur"),
    ]
    build("la-palma-eruption-2021", "The eruption on the Cumbre Vieja ridge of La Palma (Canary Islands, Spain) from "
          "Sunday 19 September 2021 at about 15:10 local time: at least 5,000 evacuated the first night, about 6,000 "
          "within days and about 7,000 at the peak; buildings destroyed rising from about 100 on Monday 20 September "
          "(the island council) to 166 on Tuesday 21 September and 390 on Thursday 23 September (Copernicus), revised "
          "down to 350 on Friday 24 September, then 589 on Monday 27 September and nearly 600 when the lava reached "
          "the sea on Tuesday 28 September (the day the government declared a disaster zone and approved 10.5 million "
          "euros for housing); declared over on Saturday 25 December after 85 days, the lava having stopped on 13 "
          "December: 1,219 ha, 2,988 buildings by Copernicus against 1,676 by the land registry (sources)",
          False, ms, names)


def trial():
    T, K, R, A = "tempo-jan12", "kompas-feb18", "reuters-jun12", "antara-jun19"
    # steps on different dates: the trial opened (Monday 11 January 2016), the verdict of the Palma court (Friday 17
    # February 2017), the Supreme Court's ruling (Tuesday 12 June 2018), the entry into Brieva prison (Monday 18 June
    # 2018). Prison terms in months: 19 years 6 months sought (234), 6 years 3 months given (75), cut to 5 years 10
    # months (70); the partner's 8 years 6 months (102) cut to 5 years 8 months (68); 8 years sought against the
    # princess by a private accuser (96). Terms, sums and years are not running tallies.
    names = {
     "u_demand": "term sought for Urdangarin (months)", "u_verdict": "term given to Urdangarin in 2017 (months)",
     "u_supreme": "Urdangarin's term after the Supreme Court (months)",
     "t_verdict": "term given to Torres in 2017 (months)", "t_supreme": "Torres's term after the Supreme Court (months)",
     "c_demand": "term sought against the princess (months)", "defendants": "defendants in the case",
     "funds": "public money taken in by the institute (euros)", "c_pay": "sum the princess had to pay (euros)",
     "u_fine": "Urdangarin's fine (euros)", "report_days": "days given to report to prison",
     # dates
     "trial_open": "day the trial opened", "monarchy": "year the monarchy was restored",
     "verdict_day": "day of the Palma verdict", "supreme_day": "day of the Supreme Court's ruling",
     "prison_day": "day he entered prison", "title": "year the princess lost her title",
    }
    ms = [
     M(T, "Senin (11/1/2016)", D, "trial_open", "2016-01-11"),
     M(T, "1975", D, "monarchy", "1975"),
     M(T, "sekitar 6 juta euro", N, "funds", 6e6, qual="approx", cls="eur"),
     M(T, "19 tahun 6 bulan", N, "u_demand", 234, cls="term"),
     M(T, "8 tahun penjara", N, "c_demand", 96, cls="term"),
     M(T, "17 terdakwa", N, "defendants", 17),

     M(K, "6 tahun 3 bulan", N, "u_verdict", 75, cls="term"),
     M(K, "Jumat (17/2/2017)", D, "verdict_day", "2017-02-17"),
     M(K, "265.088 euro", N, "c_pay", 265088, cls="eur"),
     M(K, "8 tahun 5 bulan", N, "t_verdict", 101, cls="term", planted=True),
     M(K, "512.553 euro", N, "u_fine", 512553, cls="eur"),
     M(K, "19 tahun 6 bulan", N, "u_demand", 234, cls="term"),
     M(K, "17 terdakwa", N, "defendants", 17),
     M(K, "11 Januari 2016", D, "trial_open", "2016-01-11"),

     M(R, "Tuesday", D, "supreme_day", "2018-06-12"),
     M(R, "5 years and 10 months", N, "u_supreme", 70, cls="term"),
     M(R, "6 years and 3 months", N, "u_verdict", 75, cls="term"),
     M(R, "Feb. 17, 2017", D, "verdict_day", "2017-02-17"),
     M(R, "5 years and 8 months", N, "t_supreme", 68, cls="term"),
     M(R, "8 years and 6 months", N, "t_verdict", 102, cls="term"),
     M(R, "five days", N, "report_days", 5, cls="days"),
     M(R, "2017", D, "verdict_day", "2017", occ=2),
     M(R, "365,088 euros", N, "c_pay", 365088, cls="eur", planted=True),
     M(R, "about 6 million euros", N, "funds", 6e6, qual="approx", cls="eur"),
     M(R, "2015", D, "title", "2015"),

     M(A, "5 tahun 10 bulan", N, "u_supreme", 70, cls="term"),
     M(A, "Senin (18/6/2018)", D, "prison_day", "2018-06-18"),
     M(A, "Selasa (12/6/2018)", D, "supreme_day", "2018-06-12"),
     M(A, "6 tahun 3 bulan", N, "u_verdict", 75, cls="term"),
     M(A, "Februari 2017", D, "verdict_day", "2017-02"),
     M(A, "lima hari", N, "report_days", 5, cls="days"),
     M(A, "5 tahun 8 bulan", N, "t_supreme", 68, cls="term"),
     M(A, "2017", D, "verdict_day", "2017", occ=2),
     M(A, "sekitar 6 juta euro", N, "funds", 6e6, qual="approx", cls="eur"),
    ]
    build("noos-trial-2017", "The Nóos case: the trial of Iñaki Urdangarin, Princess Cristina and 15 others opened "
          "in Palma on Monday 11 January 2016 (19 years 6 months sought for Urdangarin, 8 years against the princess "
          "by a private accuser; about 6 million euros of public money); the verdict of Friday 17 February 2017: 6 "
          "years 3 months for Urdangarin and a fine of 512,553 euros, 8 years 6 months for Diego Torres, the princess "
          "acquitted but liable for 265,088 euros; cut by the Supreme Court on Tuesday 12 June 2018 to 5 years 10 "
          "months and 5 years 8 months; Urdangarin entered Brieva prison on Monday 18 June 2018", False, ms, names)


def bailout():
    F, R, T, B = "afp-may04", "reuters-may05", "tempo-may06", "bisnis-may07"
    names = {
     "loan": "size of the rescue (billion euros)", "banks": "sum for the banks (billion euros)",
     "years": "years of the programme", "d2011": "deficit target this year (% of GDP)",
     "d2012": "deficit target next year (% of GDP)", "d2013": "deficit target the year after (% of GDP)",
     "gdp": "expected contraction of the economy (%)", "weeks": "weeks from the approval to the election",
     # dates
     "announce": "day the prime minister announced the deal", "details": "day the lenders set out the terms",
     "request": "day Portugal asked for help", "approval": "day of the euro zone ministers' approval",
     "election": "day of the early election", "target_year": "year of the 3% target",
    }
    ms = [
     M(F, "three-year", N, "years", 3, cls="dur"),
     M(F, "Tuesday", D, "announce", "2011-05-03"),
     M(F, "78 billion euros", N, "loan", 78, cls="eur"),
     M(F, "2013", D, "target_year", "2013"),
     M(F, "3 percent", N, "d2013", 3, cls="pct"),
     M(F, "5.9 percent", N, "d2011", 5.9, cls="pct"),
     M(F, "4.5 percent", N, "d2012", 4.5, cls="pct"),
     M(F, "about 2 percent", N, "gdp", 2, qual="approx", cls="pct"),
     M(F, "12 billion euros", N, "banks", 12, cls="eur"),
     M(F, "April 6", D, "request", "2011-04-06"),
     M(F, "May 16", D, "approval", "2011-05-16"),
     M(F, "June 5", D, "election", "2011-06-05"),

     M(R, "Thursday", D, "details", "2011-05-05"),
     M(R, "78 billion euro", N, "loan", 78, cls="eur"),
     M(R, "three years", N, "years", 3, cls="dur"),
     M(R, "12 billion euros", N, "banks", 12, cls="eur"),
     M(R, "5.9 percent", N, "d2011", 5.9, cls="pct"),
     M(R, "4.5 percent", N, "d2012", 4.5, cls="pct"),
     M(R, "3 percent", N, "d2013", 3, cls="pct"),
     M(R, "about 2 percent", N, "gdp", 2, qual="approx", cls="pct"),
     M(R, "Tuesday", D, "announce", "2011-05-03"),
     M(R, "May 16", D, "approval", "2011-05-16"),
     M(R, "June 5", D, "election", "2011-06-05"),
     M(R, "April 6", D, "request", "2011-04-06"),

     M(T, "78 miliar euro", N, "loan", 78, cls="eur"),
     M(T, "tiga tahun", N, "years", 3, cls="dur"),
     M(T, "Kamis (5/5/2011)", D, "details", "2011-05-05"),
     M(T, "12 miliar euro", N, "banks", 12, cls="eur"),
     M(T, "5,9 persen", N, "d2011", 5.9, cls="pct"),
     M(T, "4,5 persen", N, "d2012", 4.5, cls="pct"),
     M(T, "3 persen", N, "d2013", 3, cls="pct"),
     M(T, "sekitar 2 persen", N, "gdp", 2, qual="approx", cls="pct"),
     M(T, "Selasa (3/5/2011)", D, "announce", "2011-05-03"),
     M(T, "Rabu (6/4/2011)", D, "request", "2011-04-06"),
     M(T, "Senin (16/5/2011)", D, "approval", "2011-05-16"),
     M(T, "Minggu (5/6/2011)", D, "election", "2011-06-05"),

     M(B, "78 miliar euro", N, "loan", 78, cls="eur"),
     M(B, "tiga tahun", N, "years", 3, cls="dur"),
     M(B, "12 miliar euro", N, "banks", 12, cls="eur"),
     M(B, "5,9 persen", N, "d2011", 5.9, cls="pct"),
     M(B, "4,5 persen", N, "d2012", 4.5, cls="pct"),
     M(B, "3 persen", N, "d2013", 3, cls="pct"),
     M(B, "sekitar 2 persen", N, "gdp", 2, qual="approx", cls="pct"),
     M(B, "Selasa (3/5/2011)", D, "announce", "2011-05-03"),
     M(B, "16 Mei 2011", D, "approval", "2011-05-16"),
     M(B, "tiga pekan", N, "weeks", 3, qual="nearly", cls="dur"),
     M(B, "5 Juni", D, "election", "2011-06-05"),
    ]
    build("portugal-bailout-2011", "Portugal's EU-IMF rescue (control): announced by the caretaker prime minister on "
          "Tuesday 3 May 2011, its terms set out by the lenders on Thursday 5 May: 78 billion euros over three years, "
          "12 billion of them for the banks; deficit targets of 5.9% of GDP in 2011, 4.5% in 2012 and 3% in 2013; a "
          "contraction of about 2% in 2011 and 2012; help requested on Wednesday 6 April, the euro zone ministers' "
          "approval due on Monday 16 May, an early election on Sunday 5 June 2011. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    eruption()
    trial()
    bailout()
