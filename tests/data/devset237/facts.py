"""The two-hundred-and-thirty-seventh development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset237/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def westminster():
    R, K, A, T = "reuters-mar22", "kompas-mar23", "ap-mar25", "tempo-apr12"
    # as-of times of the running tallies: Wednesday 22 March 2017 in the evening (the first count: five dead with the
    # attacker, around 40 injured), Thursday 23 March in the morning (the count corrected down to four dead with the
    # attacker, 29 in hospital, seven critical, eight arrests), Thursday night (a third pedestrian dies: four victims),
    # Friday 24 March (50 injured, 31 treated in hospital, two critical), Saturday 25 March (11 arrests, 14 still in
    # hospital), Saturday 1 April (the twelfth and last person arrested released: 12 in all), Thursday 6 April (a fifth
    # victim dies), the later report of more than 50 injured. The dead "including the attacker" and the victims (the
    # attacker not counted) are two facts. The critical and the still-in-hospital counts may fall as people recover.
    MAR22N, MAR23, MAR23N, MAR24, MAR25 = "2017-03-22b", "2017-03-23a", "2017-03-23b", "2017-03-24", "2017-03-25"
    APR01, APR06, APR12 = "2017-04-01", "2017-04-06", "2017-04-12"
    # the South Koreans among the injured: Seoul's foreign ministry said five, the British prime minister's list four
    SEOUL, MAY = "South Korea's foreign ministry", "the British prime minister"
    names = {
     "dead_all": "people killed, the attacker included", "victims": "people killed, the attacker not counted",
     "dead_bridge": "pedestrians killed on the bridge", "injured": "people injured",
     "hospital": "injured treated in hospital", "critical": "injured in critical condition",
     "in_hospital": "injured still in hospital", "arrested": "people arrested",
     "arrested_men": "men among those arrested", "arrested_women": "women among those arrested",
     "addresses": "addresses searched", "officers_hit": "police officers hit on the bridge",
     "korean": "South Koreans injured", "british_inj": "Britons injured", "french": "French pupils injured",
     "romanian": "Romanians injured", "greek": "Greeks injured", "bombers2005": "bombers of July 2005",
     "dead2005": "people killed in July 2005", "family": "relatives at the officer's funeral",
     "age_palmer": "the officer's age", "age_frade": "the teacher's age", "age_rhodes": "the fourth victim's age",
     "age_masood": "the attacker's age", "age_held": "age of the man still held", "age_cristea": "the fifth victim's age",
     "age_last": "age of the last man arrested", "service": "the officer's years of service",
     "duration": "seconds the attack lasted", "drive_secs": "seconds from the pavement to the fence",
     "cortege": "length of the funeral route (miles)",
     # dates
     "attack": "day of the attack", "sitting": "day parliament sat again", "b2005": "the July 2005 bombings",
     "revised_day": "day the police corrected the toll", "timeline_day": "day the police gave the timeline",
     "rhodes_died": "day the fourth victim died", "update_day": "day of the police count of 50 injured",
     "born": "the attacker's birth", "conviction": "the attacker's last conviction",
     "may_statement": "day of the prime minister's statement", "cristea_died": "day the fifth victim died",
     "funeral": "day of the officer's funeral", "last_arrest": "day of the last arrest",
     "last_release": "day the last person arrested was released",
    }
    ms = [
     M(R, "Five people", N, "dead_all", 5, MAR22N),
     M(R, "Wednesday", D, "attack", "2017-03-22"),
     M(R, "around 40 people", N, "injured", 40, MAR22N, qual="approx"),
     M(R, "Three", N, "officers_hit", 3),
     M(R, "five South Korean tourists", N, "korean", 5, src=SEOUL),
     M(R, "Thursday", D, "sitting", "2017-03-23"),
     M(R, "July 2005", D, "b2005", "2005-07"),
     M(R, "four suicide bombers", N, "bombers2005", 4),
     M(R, "52 people", N, "dead2005", 52),

     M(K, "Kamis (23/3/2017)", D, "revised_day", "2017-03-23"),
     M(K, "empat orang", N, "dead_all", 4, MAR23),
     M(K, "lima orang", N, "dead_all", 5, MAR22N),
     M(K, "dua pejalan kaki", N, "dead_bridge", 2, MAR23),
     M(K, "29 orang", N, "hospital", 29, MAR23),
     M(K, "tujuh di antaranya", N, "critical", 7, MAR23, fall=True),
     M(K, "Rabu (22/3/2017)", D, "attack", "2017-03-22"),
     M(K, "48", N, "age_palmer", 48, cls="age"),
     M(K, "delapan orang", N, "arrested", 8, MAR23),
     M(K, "lima pria", N, "arrested_men", 5, MAR23),
     M(K, "tiga perempuan", N, "arrested_women", 3, MAR23),
     M(K, "enam alamat", N, "addresses", 6, MAR23),
     M(K, "12 warga Inggris", N, "british_inj", 12),
     M(K, "tiga pelajar Prancis", N, "french", 3),
     M(K, "dua warga Rumania", N, "romanian", 2),
     M(K, "empat warga Korea Selatan", N, "korean", 4, src=MAY),
     M(K, "dua warga Yunani", N, "greek", 2),
     M(K, "lima wisatawannya", N, "korean", 5, src=SEOUL),

     M(A, "82 seconds", N, "duration", 82, cls="sec"),
     M(A, "Saturday", D, "timeline_day", "2017-03-25"),
     M(A, "March 23", D, "attack", "2017-03-23", planted=True),
     M(A, "30 seconds later", N, "drive_secs", 30, cls="sec"),
     M(A, "Four people", N, "victims", 4, MAR23N),
     M(A, "48-year-old", N, "age_palmer", 48, cls="age"),
     M(A, "43-year-old", N, "age_frade", 43, cls="age"),
     M(A, "75", N, "age_rhodes", 75, cls="age"),
     M(A, "Thursday night", D, "rhodes_died", "2017-03-23"),
     M(A, "Friday", D, "update_day", "2017-03-24"),
     M(A, "50 people", N, "injured", 50, MAR24),
     M(A, "40", N, "injured", 40, MAR22N, qual="approx", occ=2),
     M(A, "31 of them", N, "hospital", 31, MAR24),
     M(A, "two of whom", N, "critical", 2, MAR24, fall=True),
     M(A, "52", N, "age_masood", 52, cls="age"),
     M(A, "1964", D, "born", "1964"),
     M(A, "2003", D, "conviction", "2003"),
     M(A, "11 people", N, "arrested", 11, MAR25),
     M(A, "58-year-old", N, "age_held", 58, cls="age"),
     M(A, "Thursday", D, "may_statement", "2017-03-23", occ=2),
     M(A, "four South Koreans", N, "korean", 4, src=MAY),
     M(A, "three French schoolchildren", N, "french", 3),
     M(A, "two Romanians", N, "romanian", 2),
     M(A, "Fourteen", N, "in_hospital", 14, MAR25, fall=True),

     M(T, "lima orang", N, "victims", 5, APR06),
     M(T, "31 tahun", N, "age_cristea", 31, cls="age"),
     M(T, "Kamis (6/4/2017)", D, "cristea_died", "2017-04-06"),
     M(T, "Rabu (22/3/2017)", D, "attack", "2017-03-22"),
     M(T, "28 detik", N, "duration", 28, cls="sec", planted=True),
     M(T, "75", N, "age_rhodes", 75, cls="age"),
     M(T, "Lebih dari 50 orang", N, "injured", 50, APR12, qual="morethan"),
     M(T, "Senin (10/4/2017)", D, "funeral", "2017-04-10"),
     M(T, "2,6 mil", N, "cortege", 2.6, cls="mile"),
     M(T, "48 tahun", N, "age_palmer", 48, cls="age"),
     M(T, "15 tahun", N, "service", 15, cls="age"),
     M(T, "sekitar 50 anggota keluarganya", N, "family", 50, qual="approx"),
     M(T, "12 orang", N, "arrested", 12, APR01),
     M(T, "30 tahun", N, "age_last", 30, cls="age"),
     M(T, "Minggu (26/3/2017)", D, "last_arrest", "2017-03-26"),
     M(T, "Sabtu (1/4/2017)", D, "last_release", "2017-04-01"),
     M(T, "52 tahun", N, "age_masood", 52, cls="age"),
    ]
    build("westminster-attack-2017", "The car and knife attack at Westminster, London (Wednesday 22 March 2017, about "
          "14.40): five dead with the attacker on Wednesday evening, corrected down to four on Thursday morning 23 March "
          "(29 in hospital, seven critical, eight arrested); a fourth victim dies on Thursday night; 50 injured, 31 "
          "treated in hospital and two critical on Friday 24 March; 82 seconds by the police timeline and 11 arrested on "
          "Saturday 25 March; all 12 arrested released by Saturday 1 April; a fifth victim dies on Thursday 6 April; the "
          "officer's funeral on Monday 10 April 2017. South Korea's foreign ministry counted five South Koreans among the "
          "injured, the prime minister's list four", False, ms, names)


def assisted_dying():
    R, K, N_, A = "reuters-nov29", "kompas-nov30", "antara-may14", "ap-jun21"
    # votes and dates do not change with the day of the report: the Commons second reading (Friday 29 November 2024,
    # 330-275, a majority of 55), the Scottish parliament's stage-one vote (Tuesday 13 May 2025, 70-56, one
    # abstention), the Commons third reading (Friday 20 June 2025, 314-291, a majority of 23), the Commons vote of 2015
    # (330-118 against). The 330 ayes of 2024 and the 330 noes of 2015 are two facts.
    names = {
     "ayes2": "MPs for at the second reading", "noes2": "MPs against at the second reading",
     "maj2": "majority at the second reading", "ayes3": "MPs for at the third reading",
     "noes3": "MPs against at the third reading", "maj3": "majority at the third reading",
     "lab_yes3": "Labour MPs for at the third reading", "lab_no3": "Labour MPs against at the third reading",
     "noes2015": "MPs against in 2015", "ayes2015": "MPs for in 2015", "doctors": "doctors who must approve",
     "scot_yes": "MSPs for", "scot_no": "MSPs against", "scot_abst": "MSPs abstaining",
     "scot_prev": "earlier Scottish bills rejected", "prognosis": "months left to live at most",
     "penalty": "years in prison for coercion", "debate2": "hours of the Commons debate",
     "scot_debate": "hours of the Scottish debate",
     # dates
     "reading2": "day of the Commons second reading", "introduced": "day the bill was introduced",
     "vote2015": "the Commons vote of 2015", "scot_vote": "day of the Scottish stage-one vote",
     "scot2010": "the Scottish vote of 2010", "scot2015": "the Scottish vote of 2015",
     "report_day": "day the Commons bill returned", "reading3": "day of the Commons third reading",
    }
    ms = [
     M(R, "Friday", D, "reading2", "2024-11-29"),
     M(R, "330 votes", N, "ayes2", 330),
     M(R, "275", N, "noes2", 275),
     M(R, "55", N, "maj2", 55),
     M(R, "six months", N, "prognosis", 6, cls="months"),
     M(R, "two independent doctors", N, "doctors", 2),
     M(R, "14 years", N, "penalty", 14, cls="years"),
     M(R, "more than four hours", N, "debate2", 4, qual="morethan", cls="hours"),
     M(R, "Oct. 16", D, "introduced", "2024-10-16"),
     M(R, "2015", D, "vote2015", "2015"),
     M(R, "330 votes", N, "noes2015", 330, occ=2),
     M(R, "118", N, "ayes2015", 118),

     M(K, "Jumat (29/11/2024)", D, "reading2", "2024-11-29"),
     M(K, "330 anggota", N, "ayes2", 330),
     M(K, "257 anggota", N, "noes2", 257, planted=True),
     M(K, "selisih 55 suara", N, "maj2", 55),
     M(K, "enam bulan", N, "prognosis", 6, cls="months"),
     M(K, "dua dokter", N, "doctors", 2),
     M(K, "lebih dari empat jam", N, "debate2", 4, qual="morethan", cls="hours"),
     M(K, "2015", D, "vote2015", "2015"),
     M(K, "330 suara", N, "noes2015", 330),
     M(K, "118", N, "ayes2015", 118),
     M(K, "14 tahun", N, "penalty", 14, cls="years"),

     M(N_, "Selasa (13/5/2025)", D, "scot_vote", "2025-05-13"),
     M(N_, "70 anggota", N, "scot_yes", 70),
     M(N_, "56 anggota", N, "scot_no", 56),
     M(N_, "satu abstain", N, "scot_abst", 1),
     M(N_, "hampir lima jam", N, "scot_debate", 5, qual="nearly", cls="hours"),
     M(N_, "dua RUU", N, "scot_prev", 2),
     M(N_, "2010", D, "scot2010", "2010"),
     M(N_, "2015", D, "scot2015", "2015"),
     M(N_, "29 November 2024", D, "reading2", "2024-11-29"),
     M(N_, "330 suara", N, "ayes2", 330),
     M(N_, "275", N, "noes2", 275),
     M(N_, "Jumat (16/5/2025)", D, "report_day", "2025-05-16"),
     M(N_, "enam bulan", N, "prognosis", 6, cls="months"),

     M(A, "Friday", D, "reading3", "2025-06-20"),
     M(A, "314", N, "ayes3", 314),
     M(A, "291", N, "noes3", 291),
     M(A, "23", N, "maj3", 23),
     M(A, "55", N, "maj2", 55),
     M(A, "Nov. 29", D, "reading2", "2024-11-29"),
     M(A, "330-275", N, "ayes2", 330, also={"noes2": 275}),
     M(A, "224", N, "lab_yes3", 224),
     M(A, "160", N, "lab_no3", 160),
     M(A, "six months", N, "prognosis", 6, cls="months"),
     M(A, "two doctors", N, "doctors", 2),
     M(A, "May 14", D, "scot_vote", "2025-05-14", planted=True),
     M(A, "70 votes", N, "scot_yes", 70),
     M(A, "56", N, "scot_no", 56),
     M(A, "one abstention", N, "scot_abst", 1),
     M(A, "2015", D, "vote2015", "2015"),
     M(A, "330 votes", N, "noes2015", 330),
     M(A, "118", N, "ayes2015", 118),
    ]
    build("assisted-dying-votes-2024", "Assisted dying for terminally ill adults voted on in stages by two parliaments: "
          "the House of Commons backs Kim Leadbeater's bill for England and Wales at its second reading on Friday 29 "
          "November 2024 (330-275, a majority of 55); the Scottish parliament backs Liam McArthur's bill at stage one on "
          "Tuesday 13 May 2025 (70-56, one abstention); the Commons passes the bill at its third reading on Friday 20 "
          "June 2025 (314-291, a majority of 23); the Commons vote of 2015 (330-118 against) recalled", False, ms, names)


def census():
    R, K, G, A = "reuters-jun28", "kompas-jun29", "guardian-jun30", "antara-jul01"
    # one release (the Office for National Statistics, Tuesday 28 June 2022) of a count taken on Sunday 21 March 2021:
    # every figure is one fact at one time. Rounded figures ("56.5 million", "almost 59.6 million") are compatible
    # with the exact counts. The growth since 2011 (3.5 million, 6.3%), England's (6.6%), Wales's (1.4%, about
    # 44,000), the East of England's (8.3%, about 488,000) and the decade before's (7.8%) are different facts, as are
    # the 1.4% of Wales's growth and the 1.4 million more households.
    names = {
     "total": "population of England and Wales", "growth": "population growth since 2011",
     "growth_pct": "population growth since 2011 (%)", "england": "population of England",
     "wales": "population of Wales", "eng_growth": "England's growth (%)", "wales_growth": "Wales's growth (%)",
     "wales_gain": "Wales's gain in people", "prev_growth": "growth in the decade before (%)",
     "over65_pct": "share aged 65 and over (%)", "over65_2011": "share aged 65 and over in 2011 (%)",
     "over65_n": "people aged 65 and over", "under15": "children under 15", "age65": "the age of 65",
     "age15": "the age of 15", "age90": "the age of 90", "over90": "people aged 90 and over",
     "women": "women", "men": "men", "women_pct": "women (%)", "men_pct": "men (%)",
     "east_growth": "the East of England's growth (%)", "east_gain": "the East of England's gain in people",
     "households": "households", "hh_gain": "more households than in 2011", "density": "residents per km2 in England",
     "density2011": "residents per km2 in England in 2011",
     # dates
     "release": "day of the release", "census_day": "census day", "prev_census": "the previous census",
     "scot_census": "year of Scotland's census",
    }
    ms = [
     M(R, "59,597,300", N, "total", 59597300),
     M(R, "more than 3.5 million", N, "growth", 3500000, qual="morethan"),
     M(R, "6.3%", N, "growth_pct", 6.3, cls="pct"),
     M(R, "Tuesday", D, "release", "2022-06-28"),
     M(R, "March 21, 2021", D, "census_day", "2021-03-21"),
     M(R, "56,489,800", N, "england", 56489800),
     M(R, "3,107,500", N, "wales", 3107500),
     M(R, "6.6%", N, "eng_growth", 6.6, cls="pct"),
     M(R, "2011", D, "prev_census", "2011"),
     M(R, "1.4%", N, "wales_growth", 1.4, cls="pct"),
     M(R, "about 44,000 people", N, "wales_gain", 44000, qual="approx"),
     M(R, "7.8%", N, "prev_growth", 7.8, cls="pct"),
     M(R, "18.6%", N, "over65_pct", 18.6, cls="pct"),
     M(R, "65", N, "age65", 65, cls="age"),
     M(R, "16.4%", N, "over65_2011", 16.4, cls="pct"),
     M(R, "11.1 million", N, "over65_n", 11100000),
     M(R, "10.4 million", N, "under15", 10400000),
     M(R, "15", N, "age15", 15, cls="age"),
     M(R, "51.0%", N, "women_pct", 51, cls="pct"),
     M(R, "49.0%", N, "men_pct", 49, cls="pct"),
     M(R, "8.3%", N, "east_growth", 8.3, cls="pct"),
     M(R, "about 488,000 people", N, "east_gain", 488000, qual="approx"),
     M(R, "2022", D, "scot_census", "2022"),

     M(K, "59.597.300 jiwa", N, "total", 59597300),
     M(K, "21 Maret 2021", D, "census_day", "2021-03-21"),
     M(K, "Selasa (28/6/2022)", D, "release", "2022-06-28"),
     M(K, "2011", D, "prev_census", "2011"),
     M(K, "lebih dari 3,5 juta orang", N, "growth", 3500000, qual="morethan"),
     M(K, "6,3 persen", N, "growth_pct", 6.3, cls="pct"),
     M(K, "56.489.800 jiwa", N, "england", 56489800),
     M(K, "6,6 persen", N, "eng_growth", 6.6, cls="pct"),
     M(K, "3.107.500 jiwa", N, "wales", 3107500),
     M(K, "1,4 persen", N, "wales_growth", 1.4, cls="pct"),
     M(K, "7,8 persen", N, "prev_growth", 7.8, cls="pct"),
     M(K, "18,6 persen", N, "over65_pct", 18.6, cls="pct"),
     M(K, "65 tahun", N, "age65", 65, cls="age"),
     M(K, "16,4 persen", N, "over65_2011", 16.4, cls="pct"),
     M(K, "11,1 juta orang", N, "over65_n", 11100000),
     M(K, "10,4 juta anak", N, "under15", 10400000),
     M(K, "15 tahun", N, "age15", 15, cls="age"),
     M(K, "30.420.100 jiwa", N, "women", 30420100),
     M(K, "51 persen", N, "women_pct", 51, cls="pct"),
     M(K, "29.177.200 jiwa", N, "men", 29177200),
     M(K, "49 persen", N, "men_pct", 49, cls="pct"),
     M(K, "8,3 persen", N, "east_growth", 8.3, cls="pct"),
     M(K, "sekitar 488.000 orang", N, "east_gain", 488000, qual="approx"),
     M(K, "24.782.800", N, "households", 24782800),
     M(K, "1,4 juta", N, "hh_gain", 1400000),

     M(G, "almost 59.6 million", N, "total", 59600000, qual="nearly"),
     M(G, "2021", D, "census_day", "2021"),
     M(G, "Sunday 21 March 2021", D, "census_day", "2021-03-21"),
     M(G, "59,597,300", N, "total", 59597300),
     M(G, "6.3%", N, "growth_pct", 6.3, cls="pct"),
     M(G, "56.5 million", N, "england", 56500000, qual="approx"),
     M(G, "3.1 million", N, "wales", 3100000, qual="approx"),
     M(G, "65", N, "age65", 65, cls="age"),
     M(G, "11.1 million", N, "over65_n", 11100000),
     M(G, "18.6%", N, "over65_pct", 18.6, cls="pct"),
     M(G, "10.4 million", N, "under15", 10400000),
     M(G, "15", N, "age15", 15, cls="age"),
     M(G, "90", N, "age90", 90, cls="age"),
     M(G, "half a million", N, "over90", 500000, qual="morethan"),
     M(G, "527,900", N, "over90", 527900),
     M(G, "1.4 million", N, "hh_gain", 1400000),
     M(G, "24,782,800", N, "households", 24782800),
     M(G, "434 residents", N, "density", 434, cls="density"),
     M(G, "407", N, "density2011", 407, cls="density"),
     M(G, "2011", D, "prev_census", "2011"),
     M(G, "8.3%", N, "east_growth", 8.3, cls="pct"),
     M(G, "1.4%", N, "wales_growth", 1.4, cls="pct"),

     M(A, "2021", D, "census_day", "2021"),
     M(A, "hampir 59,6 juta jiwa", N, "total", 59600000, qual="nearly"),
     M(A, "6,3 persen", N, "growth_pct", 6.3, cls="pct"),
     M(A, "Selasa (28/6/2022)", D, "release", "2022-06-28"),
     M(A, "lebih dari 3,5 juta orang", N, "growth", 3500000, qual="morethan"),
     M(A, "56,5 juta jiwa", N, "england", 56500000, qual="approx"),
     M(A, "3,1 juta jiwa", N, "wales", 3100000, qual="approx"),
     M(A, "6,6 persen", N, "eng_growth", 6.6, cls="pct"),
     M(A, "1,4 persen", N, "wales_growth", 1.4, cls="pct"),
     M(A, "sekitar 44.000 orang", N, "wales_gain", 44000, qual="approx"),
     M(A, "65 tahun", N, "age65", 65, cls="age"),
     M(A, "18,6 persen", N, "over65_pct", 18.6, cls="pct"),
     M(A, "11,1 juta orang", N, "over65_n", 11100000),
     M(A, "15 tahun", N, "age15", 15, cls="age"),
     M(A, "10,4 juta orang", N, "under15", 10400000),
     M(A, "51 persen", N, "women_pct", 51, cls="pct"),
     M(A, "49 persen", N, "men_pct", 49, cls="pct"),
     M(A, "Minggu, 21 Maret 2021", D, "census_day", "2021-03-21"),
     M(A, "2022", D, "scot_census", "2022", occ=2),
    ]
    build("england-wales-census-2022", "The first results of the 2021 census of England and Wales (control), released "
          "by the Office for National Statistics on Tuesday 28 June 2022 for census day, Sunday 21 March 2021: "
          "59,597,300 people (England 56,489,800, Wales 3,107,500), more than 3.5 million (6.3%) more than in 2011 "
          "(England 6.6%, Wales 1.4% or about 44,000, the East of England 8.3% or about 488,000; 7.8% the decade "
          "before), 18.6% aged 65 and over (11.1 million; 16.4% in 2011) against 10.4 million under 15, 527,900 aged 90 "
          "and over, women 30,420,100 (51.0%) and men 29,177,200 (49.0%), 24,782,800 households (1.4 million more), "
          "434 residents per km2 in England (407 in 2011), Scotland's census postponed to 2022. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    westminster()
    assisted_dying()
    census()
