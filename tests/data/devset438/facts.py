"""The four-hundred-and-thirty-eighth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset438/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def floods():
    R, K, T, A = "reuters-sep06", "kompas-sep08", "tempo-sep13", "ap-oct05"
    # as-of times of the running tallies: Wednesday 6 September 2023 at 19:00 (at least 3 dead, about 600 rescued),
    # Friday 8 September at 18:00 (10 dead, 4 missing, more than 2,850 rescued), Sunday 10 September (15 by the fire
    # service against 14 by the Thessaly regional authority in
    # the later article: sources), Tuesday 12 September (16), Wednesday 13
    # September (15, one death struck from the list: a revision; 1 missing), the first week (more than 3,500
    # rescued), the final count of 5 October (17). The missing may fall (people found alive).
    WED6, FRI8, SUN10, TUE12, WED13, WEEK, OCT5 = ("2023-09-06", "2023-09-08", "2023-09-10", "2023-09-12",
                                                "2023-09-13", "2023-09-13b", "2023-10-05")
    FS, REG = "the fire service", "the Thessaly regional authority"
    names = {
     "dead": "people killed by the floods", "missing": "people missing", "rescued": "people rescued or evacuated",
     "rain": "rain at Zagora in 24 hours (mm)", "athens": "Athens' usual yearly rain (mm)",
     "forecast": "further rain forecast on the plain (mm)", "area": "area flooded (km2)",
     "aid": "first aid payment a household (euros)",
     # dates
     "rain2": "second day of the rain (Wednesday)", "rain_record": "day of the record rain at Zagora",
     "rain_start": "day the rain began", "count_wed": "day of the first count (at least three)",
     "count_fri": "day of the count of 10", "count_sun": "day of the counts of 15 and 14",
     "count_16": "day of the count of 16", "count_rev": "day the toll was revised to 15",
     "area_stmt": "day of the spokesman's statement on the flooded area",
    }
    ms = [
     M(R, "Wednesday", D, "rain2", "2023-09-06"),
     M(R, "At least three people", N, "dead", 3, WED6, qual="atleast"),
     M(R, "754 mm", N, "rain", 754, cls="mm"),
     M(R, "Tuesday", D, "rain_record", "2023-09-05"),
     M(R, "roughly 400 mm", N, "athens", 400, qual="approx", cls="mm"),
     M(R, "about 600 people", N, "rescued", 600, WED6, qual="approx"),
     M(R, "300 mm", N, "forecast", 300, cls="mm"),

     M(K, "10 orang", N, "dead", 10, FRI8),
     M(K, "Jumat (8/9/2023)", D, "count_fri", "2023-09-08"),
     M(K, "4 orang", N, "missing", 4, FRI8, fall=True),
     M(K, "lebih dari 2.850 warga", N, "rescued", 2850, FRI8, qual="morethan"),
     M(K, "Senin (4/9/2023)", D, "rain_start", "2023-09-04"),
     M(K, "754 milimeter", N, "rain", 754, cls="mm"),
     M(K, "Selasa (5/9/2023)", D, "rain_record", "2023-09-05"),
     M(K, "Kamis (7/9/2023)", D, "area_stmt", "2023-09-07"),
     M(K, "720 kilometer persegi", N, "area", 720, qual="approx", cls="km2"),

     M(T, "Rabu (13/9/2023)", D, "count_rev", "2023-09-13"),
     M(T, "16", N, "dead", 16, TUE12),
     M(T, "15 orang", N, "dead", 15, WED13),
     M(T, "16 korban", N, "dead", 16, TUE12),
     M(T, "Selasa (12/9/2023)", D, "count_16", "2023-09-12"),
     M(T, "11 orang", N, "dead", 11, FRI8, planted=True),
     M(T, "Jumat (8/9/2023)", D, "count_fri", "2023-09-08"),
     M(T, "15 orang", N, "dead", 15, SUN10, src=FS, occ=2),
     M(T, "Minggu (10/9/2023)", D, "count_sun", "2023-09-10"),
     M(T, "1 orang", N, "missing", 1, WED13, fall=True),
     M(T, "6.000 euro", N, "aid", 6000, cls="eur"),

     M(A, "17 people", N, "dead", 17, OCT5),
     M(A, "at least three", N, "dead", 3, WED6, qual="atleast"),
     M(A, "Sept. 6", D, "count_wed", "2023-09-06"),
     M(A, "10", N, "dead", 10, FRI8),
     M(A, "Friday, Sept. 8", D, "count_fri", "2023-09-08"),
     M(A, "16", N, "dead", 16, TUE12),
     M(A, "Sept. 12", D, "count_16", "2023-09-12"),
     M(A, "Sunday, Sept. 10", D, "count_sun", "2023-09-10"),
     M(A, "14", N, "dead", 14, SUN10, src=REG),
     M(A, "754 mm", N, "rain", 754, cls="mm"),
     M(A, "Wednesday, Sept. 6", D, "rain_record", "2023-09-06", planted=True),
     M(A, "about 720 square kilometers", N, "area", 720, qual="approx", cls="km2"),
     M(A, "more than 3,500 people", N, "rescued", 3500, WEEK, qual="morethan"),
     M(A, "6,000 euros", N, "aid", 6000, cls="eur"),
    ]
    build("thessaly-floods-2023", "The floods in Thessaly, central Greece, after the storm of early September 2023: "
          "rain from Monday 4 September, a record 754 mm in 24 hours at Zagora on Pelion on Tuesday 5 September; the "
          "toll rising from at least 3 on Wednesday 6 September to 10 on Friday 8 September, 15 by the fire service "
          "against 14 by the regional authority on Sunday 10 September (sources) and 16 on Tuesday 12 September, "
          "revised down to 15 on Wednesday 13 September, 17 in the final count; the missing falling from 4 to 1; "
          "about 600, then more than 2,850 and more than 3,500 people rescued; about 720 km2 flooded; up to 6,000 "
          "euros of first aid a household", False, ms, names)


def euro():
    R, K, T, A = "reuters-jul10", "kompas-jan02", "tempo-jan05", "antara-jan31"
    # steps on different dates: the Commission's and the ECB's reports (16 May 2007), the summit's endorsement (21 June
    # 2007), the conversion rate fixed by the finance ministers (Tuesday 10 July 2007), the changeover (Tuesday 1
    # January 2008), the governor's remarks (Wednesday 2 January), the end of dual circulation (Thursday 31 January)
    # and euro-only payments (Friday 1 February); the exchange of notes until 31 December 2017 and of coins until 31
    # December 2009. Tempting pairs: the percentages (inflation, reference value, deficit, debt, the 60% limit, a
    # poll's 40%, the 90% of cash payments), the euro zone's 13 members before and 15 after, 10 and 2 years.
    names = {
     "rate": "conversion rate (pounds per euro)", "infl": "Cyprus's inflation (%)", "ref": "reference value (%)",
     "deficit": "budget deficit (% of GDP)", "debt": "public debt (% of GDP)", "limit": "debt limit (%)",
     "poll": "people worried about prices (%)", "cash_share": "cash payments in euros (%)",
     "window": "months of the inflation window", "before": "euro members before", "after": "euro members after",
     "notes_yrs": "years to exchange notes", "coins_yrs": "years to exchange coins",
     # dates
     "ecofin": "day the conversion rate was fixed", "changeover": "day of the changeover", "erm": "year the pound was pegged in the mechanism",
     "summit": "day of the summit's endorsement", "reports": "day of the Commission's and the ECB's reports",
     "infl_end": "end of the inflation window", "stmt": "day of the governor's remarks",
     "dual_end": "last day of dual circulation", "euro_only": "first day of euro-only payments",
     "fiscal": "year of the deficit figure", "notes_end": "last day to exchange notes",
     "coins_end": "last day to exchange coins",
    }
    ms = [
     M(R, "Tuesday", D, "ecofin", "2007-07-10"),
     M(R, "0.585274 pounds", N, "rate", 0.585274, cls="rate"),
     M(R, "Jan. 1, 2008", D, "changeover", "2008-01-01"),
     M(R, "2005", D, "erm", "2005"),
     M(R, "June 21", D, "summit", "2007-06-21"),
     M(R, "May 16", D, "reports", "2007-05-16"),
     M(R, "2.0 percent", N, "infl", 2.0, cls="pct"),
     M(R, "12 months", N, "window", 12, cls="months"),
     M(R, "March", D, "infl_end", "2007-03"),
     M(R, "3.0 percent", N, "ref", 3.0, cls="pct"),
     M(R, "1.5 percent", N, "deficit", 1.5, cls="pct"),
     M(R, "65.3 percent", N, "debt", 65.3, cls="pct"),
     M(R, "60 percent", N, "limit", 60, cls="pct"),
     M(R, "13", N, "before", 13),
     M(R, "15 members", N, "after", 15),

     M(K, "Selasa (1/1/2008)", D, "changeover", "2008-01-01"),
     M(K, "13", N, "before", 13),
     M(K, "15 negara", N, "after", 15),
     M(K, "0,585274 pound", N, "rate", 0.585274, cls="rate"),
     M(K, "Selasa (10/7/2007)", D, "ecofin", "2007-07-10"),
     M(K, "Rabu (2/1/2008)", D, "stmt", "2008-01-02"),
     M(K, "Kamis (31/1/2008)", D, "dual_end", "2008-01-31"),
     M(K, "10 tahun", N, "notes_yrs", 10, cls="yrs"),
     M(K, "2 tahun", N, "coins_yrs", 2, cls="yrs"),

     M(T, "16 Mei 2007", D, "reports", "2007-05-16"),
     M(T, "21 Juni 2007", D, "summit", "2007-06-21"),
     M(T, "0,585274 pound", N, "rate", 0.585274, cls="rate"),
     M(T, "10 Juli 2007", D, "ecofin", "2007-07-10"),
     M(T, "2,5 persen", N, "infl", 2.5, cls="pct", planted=True),
     M(T, "12 bulan", N, "window", 12, cls="months"),
     M(T, "Maret 2007", D, "infl_end", "2007-03"),
     M(T, "3,0 persen", N, "ref", 3.0, cls="pct"),
     M(T, "1,5 persen", N, "deficit", 1.5, cls="pct"),
     M(T, "2006", D, "fiscal", "2006"),
     M(T, "65,3 persen", N, "debt", 65.3, cls="pct"),
     M(T, "Selasa (1/1/2008)", D, "changeover", "2008-01-01"),
     M(T, "sekitar 40 persen", N, "poll", 40, qual="approx", cls="pct"),

     M(A, "Kamis (31/1/2008)", D, "dual_end", "2008-01-31"),
     M(A, "Jumat (1/2/2008)", D, "euro_only", "2008-02-01"),
     M(A, "0,582574 pound", N, "rate", 0.582574, cls="rate", planted=True),
     M(A, "31 Desember 2017", D, "notes_end", "2017-12-31"),
     M(A, "31 Desember 2009", D, "coins_end", "2009-12-31"),
     M(A, "lebih dari 90 persen", N, "cash_share", 90, qual="morethan", cls="pct"),
     M(A, "1 Januari 2008", D, "changeover", "2008-01-01"),
     M(A, "15 negara", N, "after", 15),
    ]
    build("cyprus-euro-2008", "Cyprus's adoption of the euro: the Commission's and the ECB's convergence reports of "
          "16 May 2007 (inflation 2.0% against a reference value of 3.0%, a deficit of 1.5% of GDP in 2006, debt of "
          "65.3%), the EU summit's endorsement on 21 June 2007, the conversion rate of 0.585274 pounds per euro fixed "
          "by the finance ministers on Tuesday 10 July 2007, the changeover on Tuesday 1 January 2008 (the euro zone "
          "from 13 to 15 members), dual circulation until Thursday 31 January 2008, notes exchangeable for 10 years "
          "(to 31 December 2017) and coins for 2 (to 31 December 2009)", False, ms, names)


def census():
    R, A, K, P = "reuters-jul19", "antara-jul20", "kompas-jul21", "ap-jul22"
    names = {
     "pop": "population in the 2021 census", "pop2011": "population in the 2011 census",
     "drop": "fall in population since 2011", "drop_pct": "fall in population (%)",
     # dates
     "announce": "day the preliminary results were published", "start": "first day of the census",
     "end": "last day of the census", "y2011": "year of the previous census",
    }
    ms = [
     M(R, "383,805 people", N, "drop", 383805),
     M(R, "10,432,481", N, "pop", 10432481),
     M(R, "Tuesday", D, "announce", "2022-07-19"),
     M(R, "3.5 percent", N, "drop_pct", 3.5, cls="pct"),
     M(R, "10,816,286 residents", N, "pop2011", 10816286),
     M(R, "2011", D, "y2011", "2011"),
     M(R, "Oct. 18", D, "start", "2021-10-18"),
     M(R, "Dec. 20, 2021", D, "end", "2021-12-20"),

     M(A, "10.432.481 jiwa", N, "pop", 10432481),
     M(A, "Selasa (19/7/2022)", D, "announce", "2022-07-19"),
     M(A, "383.805 jiwa", N, "drop", 383805),
     M(A, "3,5 persen", N, "drop_pct", 3.5, cls="pct"),
     M(A, "2011", D, "y2011", "2011"),
     M(A, "10.816.286 jiwa", N, "pop2011", 10816286),
     M(A, "18 Oktober", D, "start", "2021-10-18"),
     M(A, "20 Desember 2021", D, "end", "2021-12-20"),

     M(K, "sekitar 10,4 juta jiwa", N, "pop", 10400000, qual="approx"),
     M(K, "3,5 persen", N, "drop_pct", 3.5, cls="pct"),
     M(K, "Selasa (19/7/2022)", D, "announce", "2022-07-19"),
     M(K, "10.432.481 penduduk", N, "pop", 10432481),
     M(K, "10.816.286 jiwa", N, "pop2011", 10816286),
     M(K, "2011", D, "y2011", "2011"),
     M(K, "383.805 penduduk", N, "drop", 383805),
     M(K, "18 Oktober", D, "start", "2021-10-18"),
     M(K, "20 Desember 2021", D, "end", "2021-12-20"),

     M(P, "383,805 residents", N, "drop", 383805),
     M(P, "10,432,481", N, "pop", 10432481),
     M(P, "July 19", D, "announce", "2022-07-19"),
     M(P, "3.5%", N, "drop_pct", 3.5, cls="pct"),
     M(P, "10,816,286", N, "pop2011", 10816286),
     M(P, "2011", D, "y2011", "2011"),
     M(P, "Oct. 18", D, "start", "2021-10-18"),
     M(P, "Dec. 20, 2021", D, "end", "2021-12-20"),
     M(P, "Tuesday", D, "announce", "2022-07-19"),
    ]
    build("greece-census-2022", "The preliminary results of Greece's 2021 census, published by the statistics "
          "agency ELSTAT on Tuesday 19 July 2022 (control): 10,432,481 residents, 383,805 (3.5%) fewer than the "
          "10,816,286 of the 2011 census; the count carried out from 18 October to 20 December 2021. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    floods()
    euro()
    census()
