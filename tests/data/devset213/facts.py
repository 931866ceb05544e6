"""The two-hundred-and-thirteenth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset213/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def cutro():
    K, R, T, A = "kompas-feb27", "reuters-feb28", "detik-mar02", "ap-mar20"
    # as-of times of the running tallies: Sunday 26 February 2023 (the day of the wreck, the first count in the
    # evening), Monday 27 February, Wednesday 1 March, Thursday 9 March (the day the Cabinet met in Cutro, recalled
    # weeks on), Sunday 19 March; the suspects in custody as reported on 20 March. The dead, the children among them and the arrests do not fall.
    # The survivors: 81 given on Sunday, corrected to 80 on Monday after a recount (a revision), then 80 unchanged.
    # The people aboard: the survivors' accounts to the police (about 180) against the aid groups' estimate (about
    # 200): sources. The wreck (Sunday 26 February, before dawn) and the Frontex sighting (Saturday 25 February, at
    # night) are different events a day apart.
    SUN, MON, WED, THU9, SUN19, MAR20 = ("2023-02-26", "2023-02-27", "2023-03-01", "2023-03-09", "2023-03-19",
                                         "2023-03-20")
    SURV, AID = "the survivors' accounts", "aid groups"
    names = {
     "dead": "people killed in the wreck", "child_dead": "children among the dead", "survivors": "survivors",
     "arrested": "suspected smugglers arrested", "aboard": "people aboard the boat",
     "days_voyage": "days from Izmir to the wreck", "nm": "distance from the coast when spotted (nautical miles)",
     "arrivals2022": "migrants reaching Italy by sea in 2022", "arrivals2023": "migrants reaching Italy by sea so far in 2023",
     "max_sentence": "maximum prison term under the decree (years)",
     # dates
     "wreck": "day of the wreck", "asof_sun": "day of the first count", "spotted": "day the boat was spotted",
     "asof_mon": "day of the count of 63", "arrest": "day the suspects were arrested",
     "year_arr": "year of the 105,000 arrivals", "asof_wed": "day of the count of 67",
     "visit": "day the president visited Crotone", "cabinet": "day the Cabinet met in Cutro",
     "asof_sun19": "day of the count of 86",
    }
    ms = [
     M(K, "Sedikitnya 59 migran", N, "dead", 59, SUN, qual="atleast"),
     M(K, "Minggu (26/2/2023)", D, "wreck", "2023-02-26"),
     M(K, "Minggu malam", D, "asof_sun", "2023-02-26"),
     M(K, "12 anak-anak", N, "child_dead", 12, SUN),
     M(K, "81 orang", N, "survivors", 81, SUN),
     M(K, "empat hari", N, "days_voyage", 4, cls="dur"),
     M(K, "sekitar 180 orang", N, "aboard", 180, qual="approx", src=SURV),
     M(K, "Sabtu (25/2/2023)", D, "spotted", "2023-02-25"),
     M(K, "40 mil laut", N, "nm", 40, cls="dist"),

     M(R, "63", N, "dead", 63, MON),
     M(R, "Monday", D, "asof_mon", "2023-02-27"),
     M(R, "80", N, "survivors", 80, MON),
     M(R, "81", N, "survivors", 81, SUN),
     M(R, "Sunday", D, "asof_sun", "2023-02-26"),
     M(R, "At least 14 children", N, "child_dead", 14, MON, qual="atleast"),
     M(R, "three suspected smugglers", N, "arrested", 3, MON),
     M(R, "Monday", D, "arrest", "2023-02-27", occ=2),
     M(R, "four days", N, "days_voyage", 4, cls="dur"),
     M(R, "Saturday", D, "spotted", "2023-02-25"),
     M(R, "about 40 nautical miles", N, "nm", 40, qual="approx", cls="dist"),
     M(R, "Sunday", D, "wreck", "2023-02-26", occ=2),
     M(R, "More than 105,000 migrants", N, "arrivals2022", 105000, qual="morethan"),
     M(R, "2022", D, "year_arr", "2022"),

     M(T, "67 orang", N, "dead", 67, WED),
     M(T, "Rabu (1/3/2023)", D, "asof_wed", "2023-03-01"),
     M(T, "16 anak-anak", N, "child_dead", 16, WED),
     M(T, "Sabtu (25/2/2023)", D, "wreck", "2023-02-25", planted=True),
     M(T, "80 orang", N, "survivors", 80, WED),
     M(T, "tiga orang", N, "arrested", 3, WED),
     M(T, "sekitar 200 orang", N, "aboard", 200, qual="approx", src=AID),
     M(T, "Selasa (28/2/2023)", D, "visit", "2023-02-28"),

     M(A, "Feb. 26", D, "wreck", "2023-02-26"),
     M(A, "86", N, "dead", 86, SUN19),
     M(A, "Sunday", D, "asof_sun19", "2023-03-19"),
     M(A, "March 9", D, "cabinet", "2023-03-09"),
     M(A, "72", N, "dead", 72, THU9),
     M(A, "80 people", N, "survivors", 80, THU9),
     M(A, "30 years", N, "max_sentence", 30, cls="years"),
     M(A, "about 14 nautical miles", N, "nm", 14, qual="approx", cls="dist", planted=True),
     M(A, "Feb. 25", D, "spotted", "2023-02-25"),
     M(A, "Three suspected smugglers", N, "arrested", 3, MAR20),
     M(A, "four days", N, "days_voyage", 4, cls="dur"),
     M(A, "More than 17,000 migrants", N, "arrivals2023", 17000, qual="morethan"),
    ]
    build("cutro-shipwreck-2023", "The migrant boat wrecked off Steccato di Cutro, Calabria, before dawn on Sunday 26 "
          "February 2023 (spotted by a Frontex aircraft about 40 nautical miles out on the Saturday night, four days "
          "out of Izmir): at least 59 dead on Sunday -> 63 on Monday 27 February -> 67 on Wednesday 1 March -> 72 by "
          "Thursday 9 March -> 86 by Sunday 19 March; children among the dead 12 -> at least 14 -> 16; survivors 81 on Sunday corrected to 80 "
          "on Monday; three suspected smugglers arrested on Monday; the people aboard by the survivors' accounts (about "
          "180) and by aid groups (about 200); the Cabinet meeting in Cutro on Thursday 9 March (up to 30 years for "
          "smugglers)", False, ms, names)


def spain():
    R, K, A, T = "reuters-may25", "kompas-jun01", "ap-jun02", "detik-jun18"
    # votes, seats, sentences and dates do not change with the day of the report: the National Court's verdict in
    # the Gurtel case (Thursday 24 May 2018: 29 of 37 defendants, 351 years in all, 51 for Correa, 33 for Barcenas,
    # the party to pay back 245,000 euros), the Socialists' motion filed (Friday 25 May), the debate (Thursday 31
    # May), the vote (Friday 1 June: 180-169, one abstention), the swearing-in (Saturday 2 June), Rajoy's leaving the
    # party's leadership (Tuesday 5 June) and the Cabinet named (Wednesday 6 June) are different events. The 176
    # votes needed are another fact than the 180 won; 84, 134 and 32 seats are three parties'.
    names = {
     "convicted": "defendants convicted", "defendants": "defendants in the trial",
     "total_years": "prison terms in all (years)", "correa": "Correa's prison term (years)",
     "barcenas": "Barcenas's prison term (years)", "fine": "sum the party must pay back (euros)",
     "psoe": "Socialist seats", "seats": "seats in the lower house", "needed": "votes needed to oust the prime minister",
     "pp": "People's Party seats", "cs": "Ciudadanos seats", "pnv": "Basque Nationalist lawmakers",
     "prior": "earlier no-confidence motions", "yes": "votes for the motion", "no": "votes against the motion",
     "abstain": "abstentions", "age": "Sanchez's age", "women": "women in the Cabinet", "ministers": "ministers",
     # dates
     "filed": "day the motion was filed", "verdict": "day of the verdict", "in_power": "month Rajoy took power",
     "testimony": "month Rajoy testified", "debate": "day the debate began", "vote": "day of the vote",
     "sworn": "day Sanchez was sworn in", "m1980": "the 1980 motion", "m1987": "the 1987 motion",
     "m2017": "the 2017 motion", "cabinet": "day the Cabinet was named", "quit_pp": "day Rajoy quit as party leader",
     "pp_since": "year Rajoy became party leader",
     "huerta": "day the culture minister quit",
    }
    ms = [
     M(R, "Friday", D, "filed", "2018-05-25"),
     M(R, "Thursday", D, "verdict", "2018-05-24"),
     M(R, "29", N, "convicted", 29),
     M(R, "37 defendants", N, "defendants", 37),
     M(R, "351 years", N, "total_years", 351, cls="years"),
     M(R, "51 years", N, "correa", 51, cls="years"),
     M(R, "33 years", N, "barcenas", 33, cls="years"),
     M(R, "245,000 euros", N, "fine", 245000, cls="eur"),
     M(R, "84", N, "psoe", 84),
     M(R, "350 seats", N, "seats", 350),
     M(R, "176 votes", N, "needed", 176),
     M(R, "134 seats", N, "pp", 134),
     M(R, "32", N, "cs", 32),
     M(R, "five lawmakers", N, "pnv", 5),
     M(R, "December 2011", D, "in_power", "2011-12"),
     M(R, "July 2017", D, "testimony", "2017-07"),
     M(R, "Three no-confidence motions", N, "prior", 3),

     M(K, "Kamis (31/5/2018)", D, "debate", "2018-05-31"),
     M(K, "Jumat (1/6/2018)", D, "vote", "2018-06-01"),
     M(K, "lima kursi", N, "pnv", 5),
     M(K, "176 suara", N, "needed", 176),
     M(K, "350 kursi", N, "seats", 350),
     M(K, "29", N, "convicted", 29),
     M(K, "37 terdakwa", N, "defendants", 37),
     M(K, "33 tahun", N, "barcenas", 33, cls="years"),
     M(K, "51 tahun", N, "correa", 51, cls="years"),
     M(K, "254.000 euro", N, "fine", 254000, cls="eur", planted=True),
     M(K, "134 kursi", N, "pp", 134),
     M(K, "84 kursi", N, "psoe", 84),
     M(K, "Desember 2011", D, "in_power", "2011-12"),

     M(A, "Saturday", D, "sworn", "2018-06-02"),
     M(A, "180-169", N, "yes", 180, also={"no": 169}),
     M(A, "Friday", D, "vote", "2018-06-01"),
     M(A, "one abstention", N, "abstain", 1),
     M(A, "46", N, "age", 46, cls="age"),
     M(A, "five votes", N, "pnv", 5),
     M(A, "May 25", D, "filed", "2018-05-25"),
     M(A, "29 people", N, "convicted", 29),
     M(A, "December 2011", D, "in_power", "2011-12"),
     M(A, "84", N, "psoe", 84),
     M(A, "350 seats", N, "seats", 350),
     M(A, "1980", D, "m1980", "1980"),
     M(A, "1987", D, "m1987", "1987"),
     M(A, "2017", D, "m2017", "2017"),

     M(T, "Rabu (13/6/2018)", D, "huerta", "2018-06-13"),
     M(T, "Rabu (6/6/2018)", D, "cabinet", "2018-06-06"),
     M(T, "11 perempuan", N, "women", 11),
     M(T, "17 menteri", N, "ministers", 17),
     M(T, "Kamis (31/5/2018)", D, "vote", "2018-05-31", planted=True),
     M(T, "180 suara", N, "yes", 180),
     M(T, "169 anggota", N, "no", 169),
     M(T, "satu anggota", N, "abstain", 1),
     M(T, "Sabtu (2/6/2018)", D, "sworn", "2018-06-02"),
     M(T, "Selasa (5/6/2018)", D, "quit_pp", "2018-06-05"),
     M(T, "2004", D, "pp_since", "2004"),
     M(T, "84 kursi", N, "psoe", 84),
     M(T, "350 kursi", N, "seats", 350),
     M(T, "46", N, "age", 46, cls="age"),
    ]
    build("spain-censure-2018", "Spain's prime minister Mariano Rajoy ousted in stages: the National Court's verdict "
          "in the Gurtel kickbacks case (Thursday 24 May 2018: 29 of 37 defendants convicted, 351 years in all, 51 "
          "for Francisco Correa, 33 for Luis Barcenas, the People's Party to pay back 245,000 euros); the Socialists' "
          "no-confidence motion filed on Friday 25 May; the debate on Thursday 31 May; the vote on Friday 1 June "
          "(180-169, one abstention; 176 needed of 350); Pedro Sanchez sworn in on Saturday 2 June; Rajoy quits as "
          "party leader on Tuesday 5 June; the Cabinet named on Wednesday 6 June (11 women of 17 ministers); the culture minister quits on Wednesday 13 June",
          False, ms, names)


def istat():
    R, A, T, G = "reuters-mar31", "antara-apr01", "tempo-apr02", "guardian-apr03"
    names = {
     "births": "births in 2022", "threshold": "the 400,000 mark", "deaths": "deaths in 2022",
     "natural": "natural decrease in 2022", "pop": "resident population on 1 January 2023",
     "popdrop": "fall in the population over the year", "fert": "children per woman",
     "replace": "replacement fertility", "births2008": "births in 2008", "lifeexp": "life expectancy at birth (years)",
     "age65": "age threshold of the elderly", "share65": "share of people aged 65 and over (%)",
     "foreign": "foreign residents",
     # dates
     "release": "day of the release", "unif": "year of unification", "year": "year the figures cover",
     "popdate": "reference day of the population", "peak": "year of the last high in births",
    }
    ms = [
     M(R, "393,000", N, "births", 393000),
     M(R, "400,000", N, "threshold", 400000),
     M(R, "1861", D, "unif", "1861"),
     M(R, "Friday", D, "release", "2023-03-31"),
     M(R, "713,000", N, "deaths", 713000),
     M(R, "2022", D, "year", "2022"),
     M(R, "about 320,000", N, "natural", 320000, qual="approx"),
     M(R, "58.85 million", N, "pop", 58850000),
     M(R, "Jan. 1, 2023", D, "popdate", "2023-01-01"),
     M(R, "179,000", N, "popdrop", 179000),
     M(R, "1.24", N, "fert", 1.24, cls="rate"),
     M(R, "2.1", N, "replace", 2.1, cls="rate"),
     M(R, "2008", D, "peak", "2008"),
     M(R, "about 577,000 babies", N, "births2008", 577000, qual="approx"),
     M(R, "82.6 years", N, "lifeexp", 82.6, cls="years"),
     M(R, "65", N, "age65", 65, cls="age"),
     M(R, "24.1%", N, "share65", 24.1, cls="pct"),
     M(R, "about 5.05 million", N, "foreign", 5050000, qual="approx"),

     M(A, "Jumat (31/3/2023)", D, "release", "2023-03-31"),
     M(A, "2022", D, "year", "2022"),
     M(A, "393.000 bayi", N, "births", 393000),
     M(A, "1861", D, "unif", "1861"),
     M(A, "400.000", N, "threshold", 400000),
     M(A, "713.000 kematian", N, "deaths", 713000),
     M(A, "sekitar 320.000 jiwa", N, "natural", 320000, qual="approx"),
     M(A, "1 Januari 2023", D, "popdate", "2023-01-01"),
     M(A, "58,85 juta jiwa", N, "pop", 58850000),
     M(A, "179.000 orang", N, "popdrop", 179000),
     M(A, "1,24 anak", N, "fert", 1.24, cls="rate"),
     M(A, "2,1", N, "replace", 2.1, cls="rate"),
     M(A, "2008", D, "peak", "2008"),
     M(A, "sekitar 577.000 bayi", N, "births2008", 577000, qual="approx"),
     M(A, "82,6 tahun", N, "lifeexp", 82.6, cls="years"),
     M(A, "65 tahun", N, "age65", 65, cls="age"),
     M(A, "24,1 persen", N, "share65", 24.1, cls="pct"),
     M(A, "sekitar 5,05 juta orang", N, "foreign", 5050000, qual="approx"),

     M(T, "393 ribu bayi", N, "births", 393000),
     M(T, "2022", D, "year", "2022"),
     M(T, "Jumat, 31 Maret 2023", D, "release", "2023-03-31"),
     M(T, "713 ribu", N, "deaths", 713000),
     M(T, "1 Januari 2023", D, "popdate", "2023-01-01"),
     M(T, "58,85 juta jiwa", N, "pop", 58850000),
     M(T, "179 ribu orang", N, "popdrop", 179000),
     M(T, "400 ribu", N, "threshold", 400000),
     M(T, "1861", D, "unif", "1861"),
     M(T, "2008", D, "peak", "2008"),
     M(T, "sekitar 577 ribu", N, "births2008", 577000, qual="approx"),
     M(T, "1,24", N, "fert", 1.24, cls="rate"),
     M(T, "82,6 tahun", N, "lifeexp", 82.6, cls="years"),
     M(T, "Hampir seperempat", N, "share65", 25, qual="nearly", cls="pct"),
     M(T, "24,1 persen", N, "share65", 24.1, cls="pct"),
     M(T, "65 tahun", N, "age65", 65, cls="age"),
     M(T, "sekitar 5,05 juta orang", N, "foreign", 5050000, qual="approx"),

     M(G, "400,000", N, "threshold", 400000),
     M(G, "2022", D, "year", "2022"),
     M(G, "1861", D, "unif", "1861"),
     M(G, "393,000 babies", N, "births", 393000),
     M(G, "Friday", D, "release", "2023-03-31"),
     M(G, "713,000", N, "deaths", 713000),
     M(G, "roughly 320,000", N, "natural", 320000, qual="approx"),
     M(G, "58.85 million", N, "pop", 58850000),
     M(G, "1 January", D, "popdate", "2023-01-01"),
     M(G, "179,000", N, "popdrop", 179000),
     M(G, "1.24", N, "fert", 1.24, cls="rate"),
     M(G, "2.1", N, "replace", 2.1, cls="rate"),
     M(G, "2008", D, "peak", "2008"),
     M(G, "about 577,000", N, "births2008", 577000, qual="approx"),
     M(G, "82.6 years", N, "lifeexp", 82.6, cls="years"),
     M(G, "65", N, "age65", 65, cls="age"),
     M(G, "24.1%", N, "share65", 24.1, cls="pct"),
     M(G, "about 5.05 million", N, "foreign", 5050000, qual="approx"),
    ]
    build("istat-demography-2023", "Italy's national statistics bureau's yearly demographic indicators (control), "
          "released on Friday 31 March 2023: 393,000 births in 2022 (below 400,000 for the first time since "
          "unification in 1861; about 577,000 in 2008), 713,000 deaths, a natural decrease of about 320,000, 58.85 "
          "million residents on 1 January 2023 (179,000 fewer), 1.24 children per woman (replacement 2.1), life "
          "expectancy 82.6 years, 24.1% aged 65 and over, about 5.05 million foreign residents. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    cutro()
    spain()
    istat()
