"""The two-hundred-and-seventy-fourth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset274/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def oso():
    K, R, T, A = "kompas-mar25", "reuters-mar28", "tempo-apr1", "ap-apr23"
    # as-of times of the running tallies: Sunday 23 March 2014 (8 dead), Monday 24 March (14 dead; 176 reports of
    # missing people), Thursday 27 March (25 dead: 16 recovered, 9 located; the missing list cut to 90), Monday 31
    # March (27 dead, 22 missing), Tuesday 22 April, the president's visit (at least 41 dead, two missing). The dead do
    # not fall. The list of missing: the 176 reports of Monday were a raw list the county corrected down after removing
    # duplicates (a revision against every later figure); from 90 on, the list falls as victims are found and named
    # (a count that may fall: 90 -> 22 -> 2 is not a conflict).
    SUN, MON, THU, MON31, APR22 = "2014-03-23", "2014-03-24", "2014-03-27", "2014-03-31", "2014-04-22"
    names = {
     "dead": "people killed by the landslide", "missing": "people listed as missing",
     "recovered": "bodies recovered", "located": "bodies located but not yet recovered",
     "injured": "injured people rescued on the first day", "homes": "homes in the slide's path",
     "area": "area covered by the debris (km2)", "depth": "depth of the debris (m)",
     # dates
     "slide": "day of the landslide", "asof_sun": "day of the count of 8", "asof_mon": "day of the count of 14",
     "fed_decl": "day of the federal emergency declaration", "asof_thu": "day of the count of 25 and the list of 90",
     "search_thu": "a day of searching in the rain", "asof_mon31": "day of the count of 27",
     "slide2006": "the earlier slide on the same slope", "visit": "day of the president's visit",
     "major_decl": "day of the major disaster declaration",
    }
    ms = [
     M(K, "Sabtu (22/3/2014)", D, "slide", "2014-03-22"),
     M(K, "Senin (24/3/2014)", D, "asof_mon", "2014-03-24"),
     M(K, "14 orang", N, "dead", 14, MON),
     M(K, "8 orang", N, "dead", 8, SUN),
     M(K, "176 laporan", N, "missing", 176, MON),
     M(K, "sekitar 2,6 kilometer persegi", N, "area", 2.6, qual="approx", cls="km2"),
     M(K, "sekitar 49 rumah", N, "homes", 49, qual="approx"),
     M(K, "9 hingga 12 meter", N, "depth", 9, cls="m"),
     M(K, "sedikitnya delapan orang", N, "injured", 8, qual="atleast"),
     M(K, "Senin (24/3/2014)", D, "fed_decl", "2014-03-24", occ=2),
     M(K, "2006", D, "slide2006", "2006"),

     M(R, "25", N, "dead", 25, THU),
     M(R, "Thursday", D, "asof_thu", "2014-03-27"),
     M(R, "16 bodies", N, "recovered", 16, THU),
     M(R, "nine more", N, "located", 9, THU),
     M(R, "90", N, "missing", 90, THU, fall=True),
     M(R, "176", N, "missing", 176, MON),
     M(R, "Saturday", D, "slide", "2014-03-22"),
     M(R, "about one square mile", N, "area", 2.6, qual="approx", cls="km2"),
     M(R, "49 homes", N, "homes", 49),
     M(R, "Eight people", N, "dead", 8, SUN),
     M(R, "Sunday", D, "asof_sun", "2014-03-23"),
     M(R, "14", N, "dead", 14, MON),
     M(R, "Monday", D, "asof_mon", "2014-03-24"),
     M(R, "Thursday", D, "search_thu", "2014-03-27", occ=2),
     M(R, "2006", D, "slide2006", "2006"),

     M(T, "27 orang", N, "dead", 27, MON31),
     M(T, "Senin (31/3/2014)", D, "asof_mon31", "2014-03-31"),
     M(T, "22 orang", N, "missing", 22, MON31, fall=True),
     M(T, "Kamis (27/3/2014)", D, "asof_thu", "2014-03-27"),
     M(T, "90 orang", N, "missing", 90, THU, fall=True),
     M(T, "Jumat (21/3/2014)", D, "slide", "2014-03-21", planted=True),
     M(T, "sekitar 49 rumah", N, "homes", 49, qual="approx"),
     M(T, "14 orang", N, "dead", 14, MON),

     M(A, "Tuesday", D, "visit", "2014-04-22"),
     M(A, "March 22", D, "slide", "2014-03-22"),
     M(A, "at least 41 people", N, "dead", 41, APR22, qual="atleast"),
     M(A, "Two people", N, "missing", 2, APR22, fall=True),
     M(A, "April 2", D, "major_decl", "2014-04-02"),
     M(A, "14", N, "dead", 14, MON),
     M(A, "25", N, "dead", 25, THU),
     M(A, "Thursday", D, "asof_thu", "2014-03-27"),
     M(A, "90", N, "missing", 90, THU, fall=True),
     M(A, "167", N, "missing", 167, MON, planted=True),
     M(A, "about one square mile", N, "area", 2.6, qual="approx", cls="km2"),
     M(A, "49 homes", N, "homes", 49),
     M(A, "2006", D, "slide2006", "2006"),
    ]
    build("oso-landslide-2014", "The landslide near Oso, Snohomish County, Washington (Saturday 22 March 2014, about "
          "10.37 local time): the dead rising 8 on Sunday 23 March -> 14 on Monday 24 March -> 25 on Thursday 27 March "
          "(16 recovered, 9 located) -> 27 on Monday 31 March -> at least 41 on Tuesday 22 April, the president's visit; "
          "the county's 176 reports of missing people corrected down to 90 after duplicates were removed, then 22 and "
          "two as victims were found; 49 homes, about one square mile; the federal emergency declaration of 24 March "
          "and the major disaster declaration of 2 April; an earlier slide on the same slope in 2006", False, ms, names)


def deepwater():
    K, R, T, A = "kompas-apr23", "reuters-apr29", "tempo-jun16", "ap-aug3"
    # The flow of oil from the well is a series of estimates: BP's and the Coast Guard's 1,000 barrels a day (Saturday
    # 24 April 2010), NOAA's 5,000 (Wednesday 28 April), the government flow rate team's 12,000-19,000 (27 May),
    # 20,000-40,000 (10 June), 35,000-60,000 (15 June) and about 62,000 at first (the final estimate of Monday 2
    # August), and an independent scientist's (Purdue's Steve Wereley) up to 70,000. Estimates of different bodies are
    # sources; the flow team's own estimates rise with the as-of day (updates). The flow at the end (about 53,000) is
    # another fact. The 11 workers missing after the blast are the 11 killed (never found): one fact.
    BPCG, NOAA, FRTG, WER = ("BP and the Coast Guard", "NOAA", "the government's flow rate team",
                             "Purdue's Steve Wereley")
    APR24, APR28, MAY, MAY27, JUN10, JUN15, AUG2 = ("2010-04-24", "2010-04-28", "2010-05", "2010-05-27", "2010-06-10",
                                                    "2010-06-15", "2010-08-02")
    names = {
     "lost": "workers killed (never found)", "aboard": "people aboard the rig", "evacuated": "people evacuated",
     "injured": "people injured", "critical": "injured in critical condition", "hours_burn": "hours the rig burned",
     "depth": "depth of the water at the well (m)", "flow": "oil flowing from the well (barrels a day)",
     "flow_end": "oil flowing when the well was capped (barrels a day)", "total": "oil spilled in all (million barrels)",
     "captured": "oil captured by containment ships (barrels)", "fund": "the claims fund (billion dollars)",
     # dates
     "blast": "day of the explosion", "sank": "day the rig sank", "est_first": "day of the first estimate (1,000)",
     "est_noaa": "day of NOAA's estimate (5,000)", "declared": "day of the spill of national significance",
     "search_end": "day the search was called off", "est_jun15": "day of the estimate of 35,000-60,000",
     "est_jun10": "day of the estimate of 20,000-40,000", "est_may27": "day of the estimate of 12,000-19,000",
     "est_wer": "month of the independent estimate", "topkill": "day the top kill was declared a failure",
     "speech": "day of the Oval Office address", "wh_meeting": "day of the White House meeting on the fund",
     "est_aug2": "day of the final flow estimate", "capped": "day the well was capped",
     "static_kill": "day the static kill began",
    }
    ms = [
     M(K, "11 pekerja", N, "lost", 11),
     M(K, "Selasa (20/4/2010)", D, "blast", "2010-04-20"),
     M(K, "Kamis (22/4/2010)", D, "sank", "2010-04-22"),
     M(K, "sekitar 36 jam", N, "hours_burn", 36, qual="approx", cls="dur"),
     M(K, "126 orang", N, "aboard", 126),
     M(K, "115 orang", N, "evacuated", 115),
     M(K, "17 pekerja", N, "injured", 17),
     M(K, "tiga di antaranya", N, "critical", 3),
     M(K, "sekitar 1.500 meter", N, "depth", 1500, qual="approx", cls="m"),

     M(R, "about 5,000 barrels a day", N, "flow", 5000, APR28, qual="approx", src=NOAA, cls="bpd"),
     M(R, "Wednesday", D, "est_noaa", "2010-04-28"),
     M(R, "1,000 barrels a day", N, "flow", 1000, APR24, src=BPCG, cls="bpd"),
     M(R, "Saturday", D, "est_first", "2010-04-24"),
     M(R, "Thursday", D, "declared", "2010-04-29"),
     M(R, "April 20", D, "blast", "2010-04-20"),
     M(R, "roughly 1,500 meters", N, "depth", 1500, qual="approx", cls="m"),
     M(R, "Eleven", N, "lost", 11),
     M(R, "126 people", N, "aboard", 126),
     M(R, "Friday, April 23", D, "search_end", "2010-04-23"),
     M(R, "Seventeen people", N, "injured", 17),

     M(T, "35.000 hingga 60.000 barel per hari", N, "flow", 35000, JUN15, src=FRTG, cls="bpd"),
     M(T, "Selasa (15/6/2010)", D, "est_jun15", "2010-06-15"),
     M(T, "20.000 hingga 40.000 barel per hari", N, "flow", 20000, JUN10, src=FRTG, cls="bpd"),
     M(T, "Kamis (10/6/2010)", D, "est_jun10", "2010-06-10"),
     M(T, "12.000 hingga 19.000 barel per hari", N, "flow", 12000, MAY27, src=FRTG, cls="bpd"),
     M(T, "27 Mei 2010", D, "est_may27", "2010-05-27"),
     M(T, "akhir April", D, "est_noaa", "2010-04"),
     M(T, "sekitar 5.000 barel per hari", N, "flow", 5000, APR28, qual="approx", src=NOAA, cls="bpd"),
     M(T, "sejak Mei", D, "est_wer", "2010-05"),
     M(T, "70.000 barel per hari", N, "flow", 70000, MAY, src=WER, cls="bpd"),
     M(T, "20 April 2010", D, "blast", "2010-04-20"),
     M(T, "11 pekerja", N, "lost", 11),
     M(T, "162 orang", N, "aboard", 162, planted=True),
     M(T, "29 Mei 2010", D, "topkill", "2010-05-29"),
     M(T, "Selasa malam", D, "speech", "2010-06-15"),
     M(T, "Rabu (16/6/2010)", D, "wh_meeting", "2010-06-16"),
     M(T, "sekitar 1.500 meter", N, "depth", 1500, qual="approx", cls="m"),

     M(A, "about 4.9 million barrels", N, "total", 4.9, qual="approx", cls="mbbl"),
     M(A, "Monday", D, "est_aug2", "2010-08-02"),
     M(A, "about 62,000 barrels a day", N, "flow", 62000, AUG2, qual="approx", src=FRTG, cls="bpd"),
     M(A, "about 53,000 barrels a day", N, "flow_end", 53000, qual="approx", cls="bpd"),
     M(A, "About 800,000 barrels", N, "captured", 800000, qual="approx", cls="bbl"),
     M(A, "July 15", D, "capped", "2010-07-15"),
     M(A, "Tuesday", D, "static_kill", "2010-08-03"),
     M(A, "1,000 barrels a day", N, "flow", 1000, APR24, src=BPCG, cls="bpd"),
     M(A, "5,000", N, "flow", 5000, APR28, src=NOAA, cls="bpd"),
     M(A, "April 21", D, "blast", "2010-04-21", planted=True),
     M(A, "11 workers", N, "lost", 11),
     M(A, "June 16", D, "wh_meeting", "2010-06-16"),
     M(A, "$20 billion", N, "fund", 20, cls="usd"),
    ]
    build("deepwater-horizon-2010", "The Deepwater Horizon blowout in the Gulf of Mexico (explosion on Tuesday 20 April "
          "2010, the rig sank on Thursday 22 April; 11 of the 126 people aboard killed, 17 injured) and the estimates of "
          "the flow: BP and the Coast Guard 1,000 barrels a day (24 April), NOAA 5,000 (28 April), the government's "
          "flow rate team 12,000-19,000 (27 May), 20,000-40,000 (10 June), 35,000-60,000 (15 June), about 62,000 at "
          "first and 53,000 at the end (2 August), an independent scientist's up to 70,000; about 4.9 million barrels "
          "in all, 800,000 captured; the well capped on 15 July; the $20 billion fund agreed on 16 June", False, ms,
          names)


def mega():
    R, K, T, A = "reuters-oct24", "kompas-oct25", "detik-oct26", "ap-oct27"
    names = {
     "jackpot": "the jackpot (annuity value)", "cash": "the lump-sum cash value", "bonus": "the store's bonus",
     "payments": "annuity payments", "years": "years of the annuity", "claim": "days to claim the prize",
     "odds": "odds of winning (1 in ... million)", "nums": "numbers to match", "pop": "people living in Simpsonville",
     "fed": "federal tax withheld (%)", "state": "state tax withheld (%)",
     # dates
     "draw": "day of the drawing", "announced": "day the officials announced the win",
    }
    ms = [
     M(R, "six numbers", N, "nums", 6),
     M(R, "Tuesday", D, "draw", "2018-10-23"),
     M(R, "$1.537 billion", N, "jackpot", 1537, cls="usd"),
     M(R, "Wednesday", D, "announced", "2018-10-24"),
     M(R, "30 payments", N, "payments", 30),
     M(R, "29 years", N, "years", 29, cls="dur"),
     M(R, "$877.8 million", N, "cash", 877.8, cls="usd"),
     M(R, "six numbers", N, "nums", 6, occ=2),
     M(R, "1 in 302.6 million", N, "odds", 302.6, cls="odds"),
     M(R, "about 22,000 people", N, "pop", 22000, qual="approx"),
     M(R, "$50,000 bonus", N, "bonus", 0.05, cls="usd"),
     M(R, "180 days", N, "claim", 180, cls="dur"),
     M(R, "24%", N, "fed", 24, cls="pct"),
     M(R, "7%", N, "state", 7, cls="pct"),

     M(K, "1,537 miliar dolar AS", N, "jackpot", 1537, cls="usd"),
     M(K, "Selasa (23/10/2018)", D, "draw", "2018-10-23"),
     M(K, "30 kali pembayaran", N, "payments", 30),
     M(K, "29 tahun", N, "years", 29, cls="dur"),
     M(K, "877,8 juta dolar AS", N, "cash", 877.8, cls="usd"),
     M(K, "keenam angka", N, "nums", 6),
     M(K, "1 banding 302,6 juta", N, "odds", 302.6, cls="odds"),
     M(K, "sekitar 22.000 jiwa", N, "pop", 22000, qual="approx"),
     M(K, "50.000 dolar AS", N, "bonus", 0.05, cls="usd"),
     M(K, "180 hari", N, "claim", 180, cls="dur"),
     M(K, "24 persen", N, "fed", 24, cls="pct"),
     M(K, "7 persen", N, "state", 7, cls="pct"),

     M(T, "US$ 1,537 miliar", N, "jackpot", 1537, cls="usd"),
     M(T, "Selasa (23/10/2018)", D, "draw", "2018-10-23"),
     M(T, "US$ 877,8 juta", N, "cash", 877.8, cls="usd"),
     M(T, "30 kali cicilan", N, "payments", 30),
     M(T, "29 tahun", N, "years", 29, cls="dur"),
     M(T, "US$ 50.000", N, "bonus", 0.05, cls="usd"),
     M(T, "1 banding 302,6 juta", N, "odds", 302.6, cls="odds"),
     M(T, "180 hari", N, "claim", 180, cls="dur"),
     M(T, "24 persen", N, "fed", 24, cls="pct"),
     M(T, "7 persen", N, "state", 7, cls="pct"),
     M(T, "sekitar 22.000 penduduk", N, "pop", 22000, qual="approx"),

     M(A, "Tuesday", D, "draw", "2018-10-23"),
     M(A, "$1.537 billion", N, "jackpot", 1537, cls="usd"),
     M(A, "about 22,000 people", N, "pop", 22000, qual="approx"),
     M(A, "$877.8 million", N, "cash", 877.8, cls="usd"),
     M(A, "30 installments", N, "payments", 30),
     M(A, "29 years", N, "years", 29, cls="dur"),
     M(A, "180 days", N, "claim", 180, cls="dur"),
     M(A, "24 percent", N, "fed", 24, cls="pct"),
     M(A, "7 percent", N, "state", 7, cls="pct"),
     M(A, "$50,000 bonus", N, "bonus", 0.05, cls="usd"),
     M(A, "six numbers", N, "nums", 6),
     M(A, "1 in 302.6 million", N, "odds", 302.6, cls="odds"),
    ]
    build("mega-millions-2018", "The Mega Millions jackpot won by a single ticket sold in Simpsonville, South Carolina "
          "(control), drawn on Tuesday 23 October 2018: $1.537 billion paid in 30 payments over 29 years or $877.8 "
          "million in cash, odds of 1 in 302.6 million, a $50,000 bonus for the KC Mart store, 180 days to claim, 24% "
          "federal and 7% state tax withheld, a town of about 22,000. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    oso()
    deepwater()
    mega()
