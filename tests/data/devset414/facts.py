"""The four-hundred-and-fourteenth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset414/facts.py``.
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
    R, K, T, B = "reuters-jan12", "kompas-jan15", "tempo-jan17", "bbc-jan11"
    # as-of times of the running tallies: Wednesday 12 January 2011 at 22:00 (at least 257 dead: 130 in Teresopolis,
    # 107 in Nova Friburgo, 20 elsewhere), Friday 14 January at night (506 by the state civil defence against 511 by
    # the state health department: sources; more than 200 missing; about 14,000 homeless), Sunday 16 January (610),
    # Monday 17 January in the morning (665; about 300 missing; more than 16,000 homeless), March 2011 (918) and the
    # final count a year on (916, lowered after two listed victims were found alive; about 215 missing). The state
    # health department's count of bodies (511 on Friday, 671 on Monday) against the civil defence's (506, 665):
    # sources. Sumidouro's count: 19 on Monday, cut to 17 in the final count (two victims also registered in Nova
    # Friburgo): a revision.
    # The dead do not fall; the missing may (bodies identified, people found).
    WED, FRI, SUN, MON, MAR, YEAR = ("2011-01-12", "2011-01-14", "2011-01-16", "2011-01-17", "2011-03-31",
                                     "2012-01-11")
    CIVIL, HEALTH = "the state civil defence", "the state health department"
    names = {
     "dead": "people killed in the region", "dead_ter": "people killed in Teresopolis",
     "dead_nf": "people killed in Nova Friburgo", "dead_oth": "people killed in the other towns (first count)",
     "dead_sum": "people killed in Sumidouro", "missing": "people missing", "homeless": "people left homeless",
     "alive": "listed victims found alive", "dup": "victims registered in two towns", "rain": "rain in less than a day (mm)",
     "funds": "federal emergency funds (reais)", "allowance": "monthly rent allowance (reais)",
     "mourning": "days of national mourning",
     # dates
     "disaster": "day of the mudslides", "rain_start": "night the heavy rain began",
     "visit": "day the president flew over the region", "count_fri": "day of the counts of 506 and 511",
     "count_sun": "day of the count of 610", "count_mon": "day of the count of 665",
    }
    ms = [
     M(R, "Wednesday", D, "disaster", "2011-01-12"),
     M(R, "at least 257 people", N, "dead", 257, WED, qual="atleast"),
     M(R, "130 dead", N, "dead_ter", 130, WED),
     M(R, "107 in Nova Friburgo", N, "dead_nf", 107, WED),
     M(R, "20 in other towns", N, "dead_oth", 20, WED),
     M(R, "about 180 millimeters", N, "rain", 180, qual="approx", cls="mm"),
     M(R, "Thursday", D, "visit", "2011-01-13"),

     M(K, "506 orang", N, "dead", 506, FRI, src=CIVIL),
     M(K, "Jumat (14/1/2011)", D, "count_fri", "2011-01-14"),
     M(K, "511 orang", N, "dead", 511, FRI, src=HEALTH),
     M(K, "225 orang", N, "dead_nf", 225, FRI),
     M(K, "223 orang", N, "dead_ter", 223, FRI),
     M(K, "Lebih dari 200 orang", N, "missing", 200, FRI, qual="morethan", fall=True),
     M(K, "Selasa (11/1/2011)", D, "rain_start", "2011-01-11"),
     M(K, "Rabu (12/1/2011)", D, "disaster", "2011-01-12"),
     M(K, "Kamis (13/1/2011)", D, "visit", "2011-01-13"),
     M(K, "780 juta real", N, "funds", 780_000_000, cls="money"),
     M(K, "Sekitar 14.000 orang", N, "homeless", 14000, FRI, qual="approx"),
     M(K, "tiga hari", N, "mourning", 3, cls="days"),

     M(T, "665 orang", N, "dead", 665, MON, src=CIVIL),
     M(T, "Senin (17/1/2011)", D, "count_mon", "2011-01-17"),
     M(T, "Minggu (16/1/2011)", D, "count_sun", "2011-01-16"),
     M(T, "610 korban tewas", N, "dead", 610, SUN),
     M(T, "671 jenazah", N, "dead", 671, MON, src=HEALTH),
     M(T, "303 korban tewas", N, "dead_nf", 303, MON),
     M(T, "281 orang", N, "dead_ter", 281, MON),
     M(T, "19 orang", N, "dead_sum", 19, MON),
     M(T, "sekitar 300 orang", N, "missing", 300, MON, qual="approx", fall=True),
     M(T, "Rabu (12/1/2011)", D, "visit", "2011-01-12", planted=True),
     M(T, "Lebih dari 16.000 orang", N, "homeless", 16000, MON, qual="morethan"),
     M(T, "780 juta real", N, "funds", 780_000_000, cls="money"),

     M(B, "Jan. 12, 2011", D, "disaster", "2011-01-12"),
     M(B, "916 dead", N, "dead", 916, YEAR),
     M(B, "918", N, "dead", 918, MAR),
     M(B, "two people", N, "alive", 2),
     M(B, "at least 257", N, "dead", 257, WED, qual="atleast"),
     M(B, "more than 500", N, "dead", 500, FRI, qual="morethan"),
     M(B, "Friday, Jan. 14", D, "count_fri", "2011-01-14"),
     M(B, "656", N, "dead", 656, MON, planted=True),
     M(B, "Monday, Jan. 17", D, "count_mon", "2011-01-17"),
     M(B, "428 dead", N, "dead_nf", 428, YEAR),
     M(B, "382", N, "dead_ter", 382, YEAR),
     M(B, "17", N, "dead_sum", 17, YEAR, occ=2),
     M(B, "19", N, "dead_sum", 19, MON),
     M(B, "two victims", N, "dup", 2),
     M(B, "About 215 people", N, "missing", 215, YEAR, qual="approx", fall=True),
     M(B, "500 reais", N, "allowance", 500, cls="money"),
    ]
    build("serrana-floods-2011", "The floods and mudslides in the mountains north of Rio de Janeiro (the Regiao Serrana) "
          "after a night of torrential rain, in the early hours of Wednesday 12 January 2011: the toll rising from at "
          "least 257 on the first night (130 in Teresopolis, 107 in Nova Friburgo) to 506 by the state civil defence "
          "against 511 by the state health department on Friday 14 January (sources), 610 on Sunday 16 January, 665 on "
          "Monday 17 January (671 by the health department: sources) and 918 in March, lowered to a final 916 after two "
          "listed victims were found alive; Sumidouro's 19 cut to 17 (a revision); the "
          "president's flight over the region on Thursday 13 January; the missing more than 200, about 300 and about "
          "215 a year on; federal emergency funds of 780 million reais", False, ms, names)


def submarine():
    K, R, T, D_ = "kompas-nov18", "reuters-nov23", "tempo-dec01", "detik-nov17"
    # steps on different dates: the departure (Monday 13 November 2017), the last contact (Wednesday 15 November at
    # 07:30), the noise like a blast the same morning at 10:51 (announced on Thursday 23 November: a statement's day
    # against the event's day), the public announcement of the lost contact (Friday 17 November), the oxygen running
    # out (by Wednesday 22 November), the end of the rescue phase (Thursday 30 November), the first anniversary
    # (Thursday 15 November 2018) and the wreck found (announced Saturday 17 November 2018). Tempting pairs of one
    # unit: the two days before the announcement against the two days between the anniversary and the find, the
    # seven days of oxygen against the 15 days, 432 km against 500 km, 907 m against six-metre waves.
    NOV23, NOV30 = "2017-11-23", "2017-11-30"
    names = {
     "crew": "crew aboard", "dist_coast": "distance from the coast at the last contact (km)",
     "dist_cr": "distance of the wreck from Comodoro Rivadavia (km)", "gap_announce": "days before the loss was announced",
     "gap_found": "days between the anniversary and the find", "oxygen": "days of oxygen when submerged",
     "days_since": "days between the last contact and the end of the rescue phase", "waves": "height of the waves (m)",
     "depth": "depth of the wreck (m)", "age": "age of the first woman submarine officer",
     "hours": "hours between the last contact and the noise", "blast_dist": "distance of the noise from the last position (nmi)",
     "searchers": "people in the search", "fee": "fee promised to the search company (USD)",
     # dates
     "contact": "day of the last contact", "depart": "day the submarine sailed", "announce": "day the loss was announced",
     "commission": "year the submarine entered service", "statement": "day the noise was announced",
     "blast": "day of the noise like a blast", "oxygen_out": "day the oxygen would have run out",
     "rescue_end": "day the rescue phase ended", "found": "day the wreck's discovery was announced",
     "anniversary": "day of the first anniversary",
    }
    ms = [
     M(K, "44 awak", N, "crew", 44),
     M(K, "Rabu (15/11/2017)", D, "contact", "2017-11-15"),
     M(K, "sekitar 432 kilometer", N, "dist_coast", 432, qual="approx", cls="km"),
     M(K, "Senin (13/11/2017)", D, "depart", "2017-11-13"),
     M(K, "Jumat (17/11/2017)", D, "announce", "2017-11-17"),
     M(K, "dua hari", N, "gap_announce", 2, cls="days"),
     M(K, "tujuh hari", N, "oxygen", 7, cls="days"),
     M(K, "enam meter", N, "waves", 6, cls="m"),
     M(K, "35 tahun", N, "age", 35, cls="age"),
     M(K, "1985", D, "commission", "1985"),

     M(R, "Thursday", D, "statement", "2017-11-23"),
     M(R, "44 crew", N, "crew", 44),
     M(R, "Nov. 15", D, "blast", "2017-11-15"),
     M(R, "about three hours", N, "hours", 3, qual="approx", cls="hrs"),
     M(R, "30 nautical miles", N, "blast_dist", 30, cls="nmi"),
     M(R, "More than 4,000 people", N, "searchers", 4000, NOV23, qual="morethan"),
     M(R, "seven-day", N, "oxygen", 7, cls="days"),
     M(R, "Wednesday", D, "oxygen_out", "2017-11-22"),

     M(T, "Kamis (30/11/2017)", D, "rescue_end", "2017-11-30"),
     M(T, "15 hari", N, "days_since", 15, cls="days"),
     M(T, "45 awak", N, "crew", 45, planted=True),
     M(T, "Kamis (23/11/2017)", D, "statement", "2017-11-23"),
     M(T, "Rabu (15/11/2017)", D, "blast", "2017-11-15"),
     M(T, "Lebih dari 4.000 orang", N, "searchers", 4000, NOV30, qual="morethan"),

     M(D_, "907 meter", N, "depth", 907, cls="m"),
     M(D_, "44 awaknya", N, "crew", 44),
     M(D_, "Sabtu (17/11/2018)", D, "found", "2018-11-17"),
     M(D_, "sekitar 500 kilometer", N, "dist_cr", 500, qual="approx", cls="km"),
     M(D_, "7,5 juta dolar AS", N, "fee", 7_500_000, cls="usd"),
     M(D_, "dua hari", N, "gap_found", 2, cls="days"),
     M(D_, "Kamis (15/11/2018)", D, "anniversary", "2018-11-15"),
     M(D_, "Rabu (16/11/2017)", D, "contact", "2017-11-16", planted=True),
    ]
    build("ara-san-juan-2017", "The loss of the Argentine navy submarine ARA San Juan with 44 crew: sailed on Monday "
          "13 November 2017, last contact on Wednesday 15 November 2017 at 07:30 about 432 km off the Patagonian coast, "
          "the loss made public on Friday 17 November, a noise like a blast at 10:51 on 15 November announced on "
          "Thursday 23 November, the rescue phase ended on Thursday 30 November after 15 days; the wreck found by "
          "Ocean Infinity at 907 m about 500 km east of Comodoro Rivadavia, announced on Saturday 17 November 2018, two "
          "days after the first anniversary", False, ms, names)


def real():
    R, K, F, B = "reuters-jun30", "kompas-jul01", "ft-jul02", "bisnis-jul04"
    names = {
     "conv": "cruzeiros reais to one real", "parity": "ceiling of the dollar (reais)", "infl": "inflation in June (%)",
     "notes": "denominations of banknotes", "coins": "kinds of coins",
     # dates
     "launch": "day the real went into circulation", "announce": "day the conversion rate was announced",
     "urv": "day the index unit was introduced", "election": "day of the presidential election",
    }
    ms = [
     M(R, "Friday", D, "launch", "1994-07-01"),
     M(R, "2,750 cruzeiros reais", N, "conv", 2750, cls="rate"),
     M(R, "Thursday", D, "announce", "1994-06-30"),
     M(R, "March 1", D, "urv", "1994-03-01"),
     M(R, "1 real per dollar", N, "parity", 1, cls="rate"),
     M(R, "about 47 percent", N, "infl", 47, qual="approx", cls="pct"),
     M(R, "five denominations", N, "notes", 5, cls="denom"),
     M(R, "six new coins", N, "coins", 6, cls="denom"),
     M(R, "Friday", D, "launch", "1994-07-01", occ=2),
     M(R, "Oct. 3", D, "election", "1994-10-03"),

     M(K, "Jumat (1/7/1994)", D, "launch", "1994-07-01"),
     M(K, "2.750 cruzeiro real", N, "conv", 2750, cls="rate"),
     M(K, "Kamis (30/6/1994)", D, "announce", "1994-06-30"),
     M(K, "Selasa (1/3/1994)", D, "urv", "1994-03-01"),
     M(K, "1 real per dolar", N, "parity", 1, cls="rate"),
     M(K, "sekitar 47 persen", N, "infl", 47, qual="approx", cls="pct"),
     M(K, "lima pecahan", N, "notes", 5, cls="denom"),
     M(K, "enam jenis", N, "coins", 6, cls="denom"),
     M(K, "3 Oktober 1994", D, "election", "1994-10-03"),

     M(F, "Friday", D, "launch", "1994-07-01"),
     M(F, "2,750 cruzeiros reais", N, "conv", 2750, cls="rate"),
     M(F, "Thursday, June 30", D, "announce", "1994-06-30"),
     M(F, "March 1", D, "urv", "1994-03-01"),
     M(F, "1 real per dollar", N, "parity", 1, cls="rate"),
     M(F, "47 percent", N, "infl", 47, cls="pct"),
     M(F, "five denominations", N, "notes", 5, cls="denom"),
     M(F, "six coins", N, "coins", 6, cls="denom"),
     M(F, "Oct. 3", D, "election", "1994-10-03"),

     M(B, "Jumat (1/7/1994)", D, "launch", "1994-07-01"),
     M(B, "2.750 cruzeiro real", N, "conv", 2750, cls="rate"),
     M(B, "Kamis (30/6/1994)", D, "announce", "1994-06-30"),
     M(B, "1 Maret 1994", D, "urv", "1994-03-01"),
     M(B, "1 real per dolar", N, "parity", 1, cls="rate"),
     M(B, "47 persen", N, "infl", 47, cls="pct"),
     M(B, "lima pecahan", N, "notes", 5, cls="denom"),
     M(B, "enam jenis koin", N, "coins", 6, cls="denom"),
    ]
    build("plano-real-1994", "Brazil's new currency, the real, put into circulation on Friday 1 July 1994 at 2,750 "
          "cruzeiros reais to one real, the rate announced by the finance minister Rubens Ricupero on Thursday 30 June "
          "(the last value of the index unit in use since 1 March 1994), with a ceiling of 1 real per dollar, after "
          "inflation of about 47% in June, in five denominations of banknotes and six coins; the presidential election "
          "of 3 October 1994 (control). Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    floods()
    submarine()
    real()
