"""The three-hundred-and-fifth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset305/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def angola():
    K, R, T, A = "kompas-jul29", "reuters-jul30", "detik-aug1", "ap-aug21"
    # as-of times of the running tallies: the police's count of Tuesday 29 July 2025 (4 dead, more than 500
    # arrested), the interior minister's of Wednesday 30 July (22 dead, 197 injured, 1,214 detained), the police's of
    # late Thursday 31 July (30 dead, 277 injured, more than 1,500 arrested) and the figures recalled three weeks on
    # (dated by the article, 21 August). The dead, the injured and the arrests do not fall. The strike began on Monday
    # 28 July and was due to end on Wednesday 30 July; the price rise took effect on 1 July; the president spoke on
    # Friday 1 August. The 66 shops damaged in Luanda (Wednesday) and the 118 businesses vandalised (Thursday, the
    # whole country) are different facts.
    TUE, WED, THU, AUG21 = "2025-07-29", "2025-07-30", "2025-07-31", "2025-08-21"
    # Background: the oil exporters' cartel set Angola's 2024 output quota at 1.28 million barrels a day in June 2023
    # (pending an outside assessment) and lowered it to 1.11 million on 30 November 2023, which the cartel said better
    # reflected Angola's output: one figure an authority revised down (a revision); Angola left the cartel in
    # December 2023.
    JUN23, NOV23 = "2023-06", "2023-11-30"
    names = {
     "dead": "people killed in the unrest", "injured": "people injured in the unrest",
     "arrested": "people arrested in the unrest", "inj_security": "injured members of the security forces",
     "shops": "shops damaged in Luanda", "vehicles": "vehicles damaged in Luanda",
     "businesses": "businesses vandalised or looted", "buses": "public buses attacked",
     "districts_hit": "districts of Luanda province looted", "districts": "districts of Luanda province",
     "prov_hit": "provinces the violence reached",
     "lawyers": "lawyers offering to defend the detained", "orgs": "civil society organisations asking for inquiries",
     "price_old": "the old price of diesel (kwanzas a litre)", "price_new": "the new price of diesel (kwanzas a litre)",
     "fares": "the taxi fare rise (%)", "commuters": "share of Luanda's commuters carried by minibuses (%)",
     "strike_days": "days of the strike", "weeks_since": "weeks since the riots",
     "indep_years": "years of independence", "quota": "Angola's 2024 oil output quota (million barrels a day)",
     # dates
     "strike_start": "day the strike began", "asof_tue": "day of the police's first count",
     "asof_wed": "day of the interior minister's count", "asof_thu": "day of the police's count of 30",
     "strike_end": "day the strike was due to end", "price_rise": "day the price rise took effect",
     "address": "day of the president's address", "subsidy_cut": "year the subsidy cuts began",
     "indep_day": "day of the independence anniversary", "cartel_exit": "month Angola left the oil exporters' cartel",
     "quota_set": "month the first 2024 quota was set", "quota_year": "year of the quota",
    }
    ms = [
     M(K, "sedikitnya empat orang", N, "dead", 4, TUE, qual="atleast"),
     M(K, "Senin (28/7/2025)", D, "strike_start", "2025-07-28"),
     M(K, "Selasa (29/7/2025)", D, "asof_tue", "2025-07-29"),
     M(K, "lebih dari 500 orang", N, "arrested", 500, TUE, qual="morethan"),
     M(K, "tiga hari", N, "strike_days", 3, cls="dur"),
     M(K, "300 kwanza", N, "price_old", 300, cls="kz"),
     M(K, "400 kwanza", N, "price_new", 400, cls="kz"),
     M(K, "1 Juli", D, "price_rise", "2025-07-01"),
     M(K, "hingga 50 persen", N, "fares", 50, cls="pct"),
     M(K, "hampir 90 persen", N, "commuters", 90, qual="nearly", cls="pct"),
     M(K, "2023", D, "subsidy_cut", "2023"),
     M(K, "Desember 2023", D, "cartel_exit", "2023-12"),
     M(K, "Juni", D, "quota_set", "2023-06"),
     M(K, "2024", D, "quota_year", "2024"),
     M(K, "1,28 juta barel per hari", N, "quota", 1.28, JUN23, cls="bpd"),

     M(R, "At least 22 people", N, "dead", 22, WED, qual="atleast"),
     M(R, "Wednesday", D, "asof_wed", "2025-07-30"),
     M(R, "197 people", N, "injured", 197, WED),
     M(R, "1,214", N, "arrested", 1214, WED),
     M(R, "66 shops", N, "shops", 66, WED),
     M(R, "25 vehicles", N, "vehicles", 25, WED),
     M(R, "eight", N, "districts_hit", 8, WED),
     M(R, "nine districts", N, "districts", 9),
     M(R, "seven", N, "prov_hit", 7, WED),
     M(R, "four deaths", N, "dead", 4, TUE),
     M(R, "Tuesday", D, "asof_tue", "2025-07-29"),
     M(R, "Monday", D, "strike_start", "2025-07-28"),
     M(R, "400 kwanzas", N, "price_new", 400, cls="kz"),
     M(R, "300 kwanzas", N, "price_old", 300, cls="kz"),
     M(R, "July 1", D, "price_rise", "2025-07-01"),
     M(R, "up to 50%", N, "fares", 50, cls="pct"),
     M(R, "three-day", N, "strike_days", 3, cls="dur"),
     M(R, "Wednesday", D, "strike_end", "2025-07-30", occ=2),

     M(T, "30 orang", N, "dead", 30, THU),
     M(T, "Kamis (31/7/2025)", D, "asof_thu", "2025-07-31"),
     M(T, "277 orang", N, "injured", 277, THU),
     M(T, "10 di antaranya", N, "inj_security", 10, THU),
     M(T, "lebih dari 1.500 orang", N, "arrested", 1500, THU, qual="morethan"),
     M(T, "118 tempat usaha", N, "businesses", 118, THU),
     M(T, "24 bus umum", N, "buses", 24, THU),
     M(T, "Rabu (30/7/2025)", D, "asof_wed", "2025-07-30"),
     M(T, "21 orang", N, "dead", 21, WED, planted=True),
     M(T, "197 orang", N, "injured", 197, WED),
     M(T, "Jumat (1/8/2025)", D, "address", "2025-08-01"),
     M(T, "tiga hari", N, "strike_days", 3, cls="dur"),
     M(T, "Senin (28/7/2025)", D, "strike_start", "2025-07-28"),
     M(T, "300 kwanza", N, "price_old", 300, cls="kz"),
     M(T, "400 kwanza", N, "price_new", 400, cls="kz"),
     M(T, "awal Juli", D, "price_rise", "2025-07"),

     M(A, "Three weeks", N, "weeks_since", 3, cls="dur"),
     M(A, "30 people", N, "dead", 30, AUG21),
     M(A, "more than 270 people", N, "injured", 270, AUG21, qual="morethan"),
     M(A, "more than 1,500", N, "arrested", 1500, AUG21, qual="morethan"),
     M(A, "July 29", D, "strike_start", "2025-07-29", planted=True),
     M(A, "Four civil society organizations", N, "orgs", 4),
     M(A, "more than 500 lawyers", N, "lawyers", 500, qual="morethan"),
     M(A, "300", N, "price_old", 300, cls="kz"),
     M(A, "400 kwanzas", N, "price_new", 400, cls="kz"),
     M(A, "July 1", D, "price_rise", "2025-07-01"),
     M(A, "Aug. 1", D, "address", "2025-08-01"),
     M(A, "2023", D, "subsidy_cut", "2023"),
     M(A, "December", D, "cartel_exit", "2023-12"),
     M(A, "2024", D, "quota_year", "2024"),
     M(A, "1.11 million barrels a day", N, "quota", 1.11, NOV23, cls="bpd"),
     M(A, "50 years", N, "indep_years", 50, cls="dur"),
     M(A, "Nov. 11", D, "indep_day", "2025-11-11"),
    ]
    build("angola-fuel-protests-2025", "The riots that followed a three-day minibus taxi strike over fuel prices in "
          "Angola (Monday 28 July 2025, due to end on Wednesday 30 July; diesel raised from 300 to 400 kwanzas a litre "
          "on 1 July): the police's 4 dead and more than 500 arrested on Tuesday 29 July, the interior minister Manuel "
          "Homem's 22 dead, 197 injured and 1,214 detained on Wednesday 30 July, the police's 30 dead, 277 injured and "
          "more than 1,500 arrested late on Thursday 31 July, the president's address on Friday 1 August, recalled "
          "three weeks on", False, ms, names)


def okavango():
    R, K, T, A = "reuters-jul3", "kompas-jul18", "tempo-sep22", "ap-sep24"
    # the elephants found dead: the wildlife department's counts (275 on Thursday 2 July 2020, 281 at the press
    # conference of Friday 17 July, 330 on Monday 21 September) against the charity National Park Rescue's aerial
    # counts (169 in May, 356 by the end of June): sources. A count the text dates to July ("281 in July") carries
    # the 17 July as-of time. The deaths do not fall. Botswana's elephants (about 130,000), those of the affected area
    # (about 18,000) and Africa's (about 415,000) are different facts.
    MAY, JUN, JUL2, JUL17, SEP21 = "2020-05", "2020-06-30", "2020-07-02", "2020-07-17", "2020-09-21"
    GOV, NPR = "the Botswana wildlife department", "National Park Rescue"
    names = {
     "dead": "elephants found dead", "extra": "carcasses counted a month after the first flight",
     "pop": "elephants in Botswana", "area_pop": "elephants in the affected area", "africa_pop": "elephants in Africa",
     "flight_hours": "hours of the first survey flight", "weeks": "weeks between the two government counts",
     # dates
     "first_seen": "month the first carcasses were found", "first_flight": "month of the first survey flight",
     "asof_jul2": "day of the government's count of 275", "asof_jul17": "day of the government's count of 281",
     "announce": "day the cause was announced", "hunting": "year the hunting ban was lifted",
    }
    ms = [
     M(R, "275 elephants", N, "dead", 275, JUL2, src=GOV),
     M(R, "Thursday", D, "asof_jul2", "2020-07-02"),
     M(R, "356 carcasses", N, "dead", 356, JUN, src=NPR),
     M(R, "early May", D, "first_seen", "2020-05"),
     M(R, "169 carcasses", N, "dead", 169, MAY, src=NPR),
     M(R, "three-hour", N, "flight_hours", 3, cls="dur"),
     M(R, "May", D, "first_flight", "2020-05", occ=2),
     M(R, "more than 180", N, "extra", 180, qual="morethan"),
     M(R, "about 130,000 elephants", N, "pop", 130000, qual="approx"),
     M(R, "2019", D, "hunting", "2019"),

     M(K, "281 ekor gajah", N, "dead", 281, JUL17, src=GOV),
     M(K, "awal Mei 2020", D, "first_seen", "2020-05"),
     M(K, "Jumat (17/7/2020)", D, "asof_jul17", "2020-07-17"),
     M(K, "hingga 356 bangkai", N, "dead", 356, JUN, src=NPR),
     M(K, "Kamis (2/7/2020)", D, "asof_jul2", "2020-07-02"),
     M(K, "275 ekor", N, "dead", 275, JUL2, src=GOV),
     M(K, "Dua pekan", N, "weeks", 2, cls="dur"),
     M(K, "sekitar 130.000 gajah", N, "pop", 130000, qual="approx"),
     M(K, "sekitar 18.000", N, "area_pop", 18000, qual="approx"),
     M(K, "sejak Mei", D, "first_seen", "2020-05"),
     M(K, "sekitar 415.000 ekor", N, "africa_pop", 415000, qual="approx"),

     M(T, "Senin (21/9/2020)", D, "announce", "2020-09-21"),
     M(T, "330 ekor", N, "dead", 330, SEP21, src=GOV),
     M(T, "281 ekor", N, "dead", 281, JUL17, src=GOV),
     M(T, "Juli", D, "asof_jul17", "2020-07"),
     M(T, "awal Mei 2020", D, "first_seen", "2020-05"),
     M(T, "sekitar 103.000 gajah", N, "pop", 103000, qual="approx", planted=True),

     M(A, "some 330 elephants", N, "dead", 330, SEP21, qual="approx", src=GOV),
     M(A, "Monday", D, "announce", "2020-09-21"),
     M(A, "281", N, "dead", 281, JUL17, src=GOV),
     M(A, "July", D, "asof_jul17", "2020-07"),
     M(A, "275", N, "dead", 275, JUL2, src=GOV),
     M(A, "July 2", D, "asof_jul2", "2020-07-02"),
     M(A, "as many as 356 carcasses", N, "dead", 356, JUN, src=NPR),
     M(A, "about 130,000 elephants", N, "pop", 130000, qual="approx"),
     M(A, "early May", D, "first_seen", "2020-05"),
     M(A, "169", N, "dead", 169, MAY, src=NPR),
     M(A, "2019", D, "hunting", "2019"),
    ]
    build("okavango-elephants-2020", "The mass death of elephants in Botswana's Okavango Delta (2020): the first "
          "carcasses in early May, National Park Rescue's aerial counts (169 in May, 356 by the end of June), the "
          "Department of Wildlife and National Parks' counts (275 on Thursday 2 July, 281 at the press conference of "
          "Friday 17 July, 330 on Monday 21 September 2020, when cyanobacterial toxins in seasonal pans were named as "
          "the cause); Botswana's about 130,000 elephants", False, ms, names)


def namibia():
    R, K, T, A = "reuters-aug27", "kompas-aug28", "tempo-aug29", "ap-aug30"
    # one press release of Monday 26 August 2024: 723 animals (83 elephants, 30 hippos, 60 buffaloes, 50 impalas, 100
    # blue wildebeest, 300 zebras, 100 elands), 157 already culled for more than 56,800 kg of meat, five parks; the
    # state of emergency of May, 84% of food reserves used by July, 1.4 million people (nearly half the population),
    # more than 200,000 elephants in a five-country conservation area. The 157 and the meat are as of the release in
    # every article. The two 100s (wildebeest, elands) and the two fives (parks, countries) are different facts.
    names = {
     "total": "animals to be culled", "elephants": "elephants to be culled", "hippos": "hippos to be culled",
     "zebras": "zebras to be culled", "buffaloes": "buffaloes to be culled", "impalas": "impalas to be culled",
     "wildebeest": "blue wildebeest to be culled", "elands": "elands to be culled", "culled": "animals already culled",
     "meat": "meat from the animals already culled (kg)", "parks": "national parks of the cull",
     "reserves": "share of food reserves used (%)", "hungry": "people facing acute food insecurity",
     "kaza_elephants": "elephants in the conservation area", "kaza_countries": "countries of the conservation area",
     "century": "years of the worst drought",
     # dates
     "announce": "day of the ministry's announcement", "emergency": "month of the state of emergency",
     "reserves_date": "month the food reserves were used", "man_killed": "day a man was killed by elephants",
    }
    ms = [
     M(R, "723 wild animals", N, "total", 723),
     M(R, "83 elephants", N, "elephants", 83),
     M(R, "30 hippos", N, "hippos", 30),
     M(R, "300 zebras", N, "zebras", 300),
     M(R, "Monday", D, "announce", "2024-08-26"),
     M(R, "60 buffaloes", N, "buffaloes", 60),
     M(R, "50 impalas", N, "impalas", 50),
     M(R, "100 blue wildebeest", N, "wildebeest", 100),
     M(R, "100 elands", N, "elands", 100),
     M(R, "157 animals", N, "culled", 157),
     M(R, "more than 56,800 kilograms", N, "meat", 56800, qual="morethan", cls="kg"),
     M(R, "five national parks", N, "parks", 5),
     M(R, "May", D, "emergency", "2024-05"),
     M(R, "84%", N, "reserves", 84, cls="pct"),
     M(R, "July", D, "reserves_date", "2024-07"),
     M(R, "about 1.4 million people", N, "hungry", 1400000, qual="approx"),
     M(R, "More than 200,000 elephants", N, "kaza_elephants", 200000, qual="morethan"),
     M(R, "five southern African countries", N, "kaza_countries", 5),

     M(K, "723 ekor satwa liar", N, "total", 723),
     M(K, "Senin (26/8/2024)", D, "announce", "2024-08-26"),
     M(K, "83 gajah", N, "elephants", 83),
     M(K, "30 kuda nil", N, "hippos", 30),
     M(K, "60 kerbau", N, "buffaloes", 60),
     M(K, "50 impala", N, "impalas", 50),
     M(K, "100 wildebeest biru", N, "wildebeest", 100),
     M(K, "300 zebra", N, "zebras", 300),
     M(K, "100 eland", N, "elands", 100),
     M(K, "157 ekor satwa", N, "culled", 157),
     M(K, "lebih dari 56.800 kilogram", N, "meat", 56800, qual="morethan", cls="kg"),
     M(K, "lima taman nasional", N, "parks", 5),
     M(K, "Mei 2024", D, "emergency", "2024-05"),
     M(K, "84 persen", N, "reserves", 84, cls="pct"),
     M(K, "Juli", D, "reserves_date", "2024-07"),
     M(K, "Sekitar 1,4 juta orang", N, "hungry", 1400000, qual="approx"),
     M(K, "100 tahun", N, "century", 100, cls="dur"),
     M(K, "Lebih dari 200.000 gajah", N, "kaza_elephants", 200000, qual="morethan"),
     M(K, "lima negara", N, "kaza_countries", 5),

     M(T, "lebih dari 700 satwa liar", N, "total", 700, qual="morethan"),
     M(T, "723 ekor", N, "total", 723),
     M(T, "300 zebra", N, "zebras", 300),
     M(T, "100 eland", N, "elands", 100),
     M(T, "100 wildebeest biru", N, "wildebeest", 100),
     M(T, "83 gajah", N, "elephants", 83),
     M(T, "60 kerbau", N, "buffaloes", 60),
     M(T, "50 impala", N, "impalas", 50),
     M(T, "30 kuda nil", N, "hippos", 30),
     M(T, "Senin (26/8/2024)", D, "announce", "2024-08-26"),
     M(T, "157 satwa", N, "culled", 157),
     M(T, "lebih dari 56 ton", N, "meat", 56000, qual="morethan", cls="kg"),
     M(T, "Mei", D, "emergency", "2024-05"),
     M(T, "84 persen", N, "reserves", 84, cls="pct"),
     M(T, "1,4 juta warganya", N, "hungry", 1400000),

     M(A, "more than 700 wild animals", N, "total", 700, qual="morethan"),
     M(A, "83 elephants", N, "elephants", 83),
     M(A, "30 hippos", N, "hippos", 30),
     M(A, "300 zebras", N, "zebras", 300),
     M(A, "100 elands", N, "elands", 100),
     M(A, "100 blue wildebeest", N, "wildebeest", 100),
     M(A, "60 buffaloes", N, "buffaloes", 60),
     M(A, "50 impalas", N, "impalas", 50),
     M(A, "723 animals", N, "total", 723),
     M(A, "Monday", D, "announce", "2024-08-26"),
     M(A, "157 animals", N, "culled", 157),
     M(A, "more than 56,800 kilograms", N, "meat", 56800, qual="morethan", cls="kg"),
     M(A, "May", D, "emergency", "2024-05"),
     M(A, "84%", N, "reserves", 84, cls="pct"),
     M(A, "July", D, "reserves_date", "2024-07"),
     M(A, "About 1.4 million people", N, "hungry", 1400000, qual="approx"),
     M(A, "Aug. 25", D, "man_killed", "2024-08-25"),
     M(A, "More than 200,000 elephants", N, "kaza_elephants", 200000, qual="morethan"),
     M(A, "five southern African countries", N, "kaza_countries", 5),
    ]
    build("namibia-cull-2024", "Namibia's environment ministry announces a cull of 723 wild animals for drought relief "
          "(control; press release of Monday 26 August 2024): 83 elephants, 30 hippos, 60 buffaloes, 50 impalas, 100 "
          "blue wildebeest, 300 zebras, 100 elands; 157 already culled for more than 56,800 kg of meat; five parks; "
          "state of emergency in May, 84% of food reserves used by July, about 1.4 million people facing acute food "
          "insecurity; more than 200,000 elephants in a five-country conservation area. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    angola()
    okavango()
    namibia()
