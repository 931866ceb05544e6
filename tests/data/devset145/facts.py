"""The hundred-and-forty-fifth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset145/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def quake():
    R, K, A, AP = "reuters-dec19", "kompas-dec20", "antara-dec22", "ap-jan10"
    # the provinces' running tallies, as of the hour the text gives (Beijing time): Gansu's count of Tuesday morning
    # and afternoon, Qinghai's of Tuesday morning, late Tuesday morning, Wednesday 05.30 and 20.56, Thursday noon, the
    # later counts of Friday 22 December and the final toll recalled on 10 January. Missing people fall as bodies are
    # found (fall=True); Gansu's injured, 782 on Wednesday 09.00 and 781 by Friday, are lowered (a revision). The magnitude is the China Earthquake Networks Center's or the USGS's (sources).
    T0750, T0800, T0930, T1000, T1100 = ("2023-12-19T07:50", "2023-12-19T08:00", "2023-12-19T09:30", "2023-12-19T10:00",
                                         "2023-12-19T11:00")
    W0900 = "2023-12-20T09:00"
    W0530, W2056, TH12, F22, JAN10 = ("2023-12-20T05:30", "2023-12-20T20:56", "2023-12-21T12:00", "2023-12-22",
                                      "2024-01-10")
    CENC, USGS = "the China Earthquake Networks Center", "the USGS"
    names = {
     "total_deaths": "deaths in both provinces", "gansu_deaths": "deaths in Gansu", "qinghai_deaths": "deaths in Qinghai",
     "gansu_injured": "injured in Gansu", "qinghai_injured": "injured in Qinghai", "total_injured": "injured in both provinces",
     "qinghai_missing": "missing in Qinghai", "critical": "injured in Gansu in critical condition",
     "magnitude": "the quake's magnitude", "aftershock_max": "magnitude of the strongest aftershock",
     "depth": "the quake's depth (km)", "dist_seat": "distance from the epicentre to the county seat (km)",
     "dist_border": "distance from the epicentre to the provincial border (km)",
     "houses_jishishan": "houses damaged in Jishishan county (first count)",
     "gansu_houses_damaged": "homes damaged in Gansu", "gansu_houses_collapsed": "homes collapsed in Gansu",
     "affected": "people affected in Gansu", "aftershocks": "aftershocks recorded", "rescuers": "rescuers sent",
     "engines": "fire engines sent", "temp_forecast": "temperature forecast in the county on Tuesday",
     "temp_low": "lowest temperature before dawn", "ludian_deaths": "deaths in the Ludian earthquake",
     "search_hours": "hours from the quake to the end of the search in Gansu", "weeks_since": "weeks since the quake",
     # dates
     "quake": "day of the quake", "report19": "day of Tuesday's counts", "aftershock_day": "as-of day of the aftershock count",
     "temp_day": "day of the temperature forecast", "ludian": "year of the Ludian earthquake",
     "qinghai_report20": "day of Qinghai's Wednesday-morning count", "gansu113_day": "as-of day of Gansu's 113 deaths and 782 injured",
     "search_end": "day the search in Gansu ended", "day22": "as-of day of Gansu's 117 deaths",
     "day21": "as-of day of Qinghai's 31 deaths", "day20b": "as-of day of Qinghai's 22 deaths",
     "houses_report": "month the housing damage was reported", "last_found": "month the last bodies were recovered",
    }
    ms = [
     M(R, "Monday", D, "quake", "2023-12-18"),
     M(R, "at least 116 people", N, "total_deaths", 116, T1000, qual="atleast"),
     M(R, "Tuesday", D, "report19", "2023-12-19"),
     M(R, "6.2", N, "magnitude", 6.2, cls="mag", src=CENC),
     M(R, "10 km", N, "depth", 10, cls="km"),
     M(R, "5.9", N, "magnitude", 5.9, cls="mag", src=USGS),
     M(R, "8 km", N, "dist_seat", 8, cls="km"),
     M(R, "5 km", N, "dist_border", 5, cls="km"),
     M(R, "105 people", N, "gansu_deaths", 105, T0750),
     M(R, "397", N, "gansu_injured", 397, T0930),
     M(R, "16", N, "critical", 16, T0930),
     M(R, "Eleven people", N, "qinghai_deaths", 11, T0800),
     M(R, "6,381 houses", N, "houses_jishishan", 6381),
     M(R, "Tuesday", D, "aftershock_day", "2023-12-19", occ=2),
     M(R, "32 aftershocks", N, "aftershocks", 32, "2023-12-19T08:00"),
     M(R, "4.0", N, "aftershock_max", 4.0, cls="mag"),
     M(R, "580 rescuers", N, "rescuers", 580),
     M(R, "88 fire engines", N, "engines", 88),
     M(R, "minus 10 degrees Celsius", N, "temp_forecast", -10, cls="temp"),
     M(R, "Tuesday", D, "temp_day", "2023-12-19", occ=3),
     M(R, "2014", D, "ludian", "2014"),
     M(R, "more than 600 people", N, "ludian_deaths", 600, qual="morethan"),

     M(K, "6,2", N, "magnitude", 6.2, cls="mag", src=CENC),
     M(K, "Senin (18/12/2023)", D, "quake", "2023-12-18"),
     M(K, "Rabu (20/12/2023)", D, "qinghai_report20", "2023-12-20"),
     M(K, "18 orang", N, "qinghai_deaths", 18, W0530),
     M(K, "198 orang", N, "qinghai_injured", 198, W0530),
     M(K, "16 orang", N, "qinghai_missing", 16, W0530, fall=True),
     M(K, "113 orang", N, "gansu_deaths", 113, W0900),
     M(K, "782 orang", N, "gansu_injured", 782, W0900),
     M(K, "Rabu pukul 09.00", D, "gansu113_day", "2023-12-20"),
     M(K, "131 orang", N, "total_deaths", 131, W0900),
     M(K, "Selasa (19/12/2023)", D, "report19", "2023-12-19"),
     M(K, "105 korban jiwa", N, "gansu_deaths", 105, T0750),
     M(K, "13 orang", N, "qinghai_deaths", 13, T1100),
     M(K, "182 luka-luka", N, "qinghai_injured", 182, T1100),
     M(K, "20 hilang", N, "qinghai_missing", 20, T1100, fall=True),
     M(K, "10 kilometer", N, "depth", 10, cls="km"),
     M(K, "5 km", N, "dist_border", 5, cls="km"),
     M(K, "5,9", N, "magnitude", 5.9, cls="mag", src=USGS),
     M(K, "Selasa pukul 15.00", D, "search_end", "2023-12-19"),
     M(K, "15 jam", N, "search_hours", 15, cls="dur"),
     M(K, "minus 16 derajat Celsius", N, "temp_low", -16, cls="temp"),

     M(A, "6,2", N, "magnitude", 6.2, cls="mag", src=CENC),
     M(A, "117 orang", N, "gansu_deaths", 117, F22),
     M(A, "Jumat (22/12/2023)", D, "day22", "2023-12-22"),
     M(A, "781 orang", N, "gansu_injured", 781, F22),
     M(A, "31 orang", N, "qinghai_deaths", 31, TH12),
     M(A, "Kamis (21/12/2023)", D, "day21", "2023-12-21"),
     M(A, "198 orang", N, "qinghai_injured", 198, TH12),
     M(A, "tiga orang", N, "qinghai_missing", 3, TH12, fall=True),
     M(A, "22 korban jiwa", N, "qinghai_deaths", 22, W2056),
     M(A, "12 orang", N, "qinghai_missing", 12, W2056, fall=True),
     M(A, "Rabu (20/12/2023)", D, "day20b", "2023-12-20"),
     M(A, "Lebih dari 207.000 rumah", N, "gansu_houses_damaged", 207000, qual="morethan"),
     M(A, "hampir 15.000 rumah", N, "gansu_houses_collapsed", 15000, qual="nearly"),
     M(A, "lebih dari 145.000 warga", N, "affected", 145000, qual="morethan"),
     M(A, "Senin (18/12/2023)", D, "quake", "2023-12-18"),
     M(A, "10 km", N, "depth", 10, cls="km"),
     M(A, "8 kilometer", N, "dist_seat", 8, cls="km"),
     M(A, "2014", D, "ludian", "2014"),

     M(AP, "Three weeks", N, "weeks_since", 3, cls="dur"),
     M(AP, "6.2", N, "magnitude", 6.2, cls="mag", src=CENC),
     M(AP, "Dec. 17", D, "quake", "2023-12-17", planted=True),
     M(AP, "151 people", N, "total_deaths", 151, JAN10),
     M(AP, "117", N, "gansu_deaths", 117, JAN10),
     M(AP, "34", N, "qinghai_deaths", 34, JAN10),
     M(AP, "982", N, "total_injured", 982, JAN10),
     M(AP, "5.9", N, "magnitude", 5.9, cls="mag", src=USGS),
     M(AP, "2014", D, "ludian", "2014"),
     M(AP, "More than 207,000 homes", N, "gansu_houses_damaged", 207000, qual="morethan"),
     M(AP, "nearly 15,000", N, "gansu_houses_collapsed", 15000, qual="nearly"),
     M(AP, "December", D, "houses_report", "2023-12"),
     M(AP, "about 15 hours", N, "search_hours", 15, qual="approx", cls="dur"),
     M(AP, "the end of December", D, "last_found", "2023-12"),
    ]
    build("jishishan-quake-2023", "The Jishishan earthquake in Gansu, China (Monday 18 December 2023, 23:59 Beijing "
          "time; magnitude 6.2 by the China Earthquake Networks Center, 5.9 by the USGS): Gansu's deaths 105 on Tuesday "
          "morning -> 113 by Wednesday 09.00 -> 117 by Friday 22 December, its injured 397 -> 782 -> 781 (lowered); Qinghai's 11 -> 13 -> 18 (Wednesday 05.30) "
          "-> 22 (Wednesday 20.56) -> 31 (Thursday noon) -> 34; missing in Qinghai falling 20 -> 16 -> 12 -> 3; the final "
          "toll of 151 dead and 982 injured recalled three weeks on", False, ms, names)


def npc():
    R, K, T, AP = "reuters-feb26", "kompas-mar12", "tempo-mar18", "ap-mar10"
    names = {
     "term_limit": "consecutive terms allowed before the amendment", "xi_age18": "Xi's age in 2018",
     "xi_age23": "Xi's age in March 2023", "xi_age_june": "the age Xi turns in June 2023", "wang_age": "Wang Qishan's age",
     "deputies": "delegates of the congress", "voting": "delegates who voted on the amendment",
     "ayes": "votes for the amendment", "noes": "votes against the amendment", "abstentions": "abstentions on the amendment",
     "invalid": "invalid ballots on the amendment", "xi_votes18": "votes for Xi in 2018", "wang_votes": "votes for Wang Qishan",
     "wang_noes": "votes against Wang Qishan", "xi_votes23": "votes for Xi in 2023",
     "plenum_days": "length of the Central Committee's meeting (days)", "days_between": "days from the amendment to Xi's re-election",
     "years_since": "years since the amendment",
     # dates
     "proposal": "day the proposal was published", "took_office": "Xi first became president", "term_end": "year Xi's second term was to end",
     "session_open": "day the congress's session opened", "limit_written": "year the limit was written in",
     "last_amend": "year of the previous amendment", "party_congress17": "the party congress of 2017",
     "plenum": "day the Central Committee's meeting opened", "amend_vote": "day of the amendment vote",
     "zhang_statement": "day the spokesman announced the vote's date", "session_end": "day the session closed",
     "xi_elected": "day Xi was re-elected in 2018", "premier_vote": "day the premier was confirmed in 2018",
     "xi_third": "day Xi was given a third term", "party_congress22": "the party congress of 2022",
     "li_qiang": "day Li Qiang was to be confirmed as premier", "xi_birthday": "month Xi turns 70",
    }
    ms = [
     M(R, "two consecutive terms", N, "term_limit", 2, cls="terms"),
     M(R, "Sunday", D, "proposal", "2018-02-25"),
     M(R, "64", N, "xi_age18", 64, cls="age"),
     M(R, "2013", D, "took_office", "2013"),
     M(R, "2023", D, "term_end", "2023"),
     M(R, "March 5", D, "session_open", "2018-03-05"),
     M(R, "nearly 3,000 delegates", N, "deputies", 2980, qual="nearly"),
     M(R, "1982", D, "limit_written", "1982"),
     M(R, "2004", D, "last_amend", "2004"),
     M(R, "October", D, "party_congress17", "2017-10"),
     M(R, "three-day", N, "plenum_days", 3, cls="dur"),
     M(R, "Monday", D, "plenum", "2018-02-26"),

     M(K, "Minggu (11/3/2018)", D, "amend_vote", "2018-03-11"),
     M(K, "dua periode", N, "term_limit", 2, cls="terms"),
     M(K, "2.958 delegasi", N, "ayes", 2958),
     M(K, "2 delegasi", N, "noes", 2),
     M(K, "3 abstain", N, "abstentions", 3),
     M(K, "1 suara", N, "invalid", 1),
     M(K, "2.964", N, "voting", 2964),
     M(K, "2.980 delegasi", N, "deputies", 2980),
     M(K, "Minggu (4/3/2018)", D, "zhang_statement", "2018-03-04"),
     M(K, "11 Maret", D, "amend_vote", "2018-03-11"),
     M(K, "25 Februari", D, "proposal", "2018-02-25"),
     M(K, "64 tahun", N, "xi_age18", 64, cls="age"),
     M(K, "2023", D, "term_end", "2023"),
     M(K, "dua periode", N, "term_limit", 2, cls="terms", occ=2),
     M(K, "1982", D, "limit_written", "1982"),
     M(K, "2004", D, "last_amend", "2004"),
     M(K, "20 Maret", D, "session_end", "2018-03-20"),

     M(T, "Sabtu (17/3/2018)", D, "xi_elected", "2018-03-17"),
     M(T, "2.970 suara", N, "xi_votes18", 2970),
     M(T, "69 tahun", N, "wang_age", 69, cls="age"),
     M(T, "2.969 suara", N, "wang_votes", 2969),
     M(T, "1 suara menolak", N, "wang_noes", 1),
     M(T, "enam hari", N, "days_between", 6, cls="dur"),
     M(T, "11 Maret", D, "amend_vote", "2018-03-11"),
     M(T, "dua periode", N, "term_limit", 2, cls="terms"),
     M(T, "2.956 delegasi", N, "ayes", 2956, planted=True),
     M(T, "dua suara menolak", N, "noes", 2),
     M(T, "tiga abstain", N, "abstentions", 3),
     M(T, "64 tahun", N, "xi_age18", 64, cls="age"),
     M(T, "Maret 2013", D, "took_office", "2013-03"),
     M(T, "Minggu (18/3/2018)", D, "premier_vote", "2018-03-18"),
     M(T, "Selasa (20/3/2018)", D, "session_end", "2018-03-20"),

     M(AP, "Friday", D, "xi_third", "2023-03-10"),
     M(AP, "five years", N, "years_since", 5, cls="dur"),
     M(AP, "2,952 delegates", N, "xi_votes23", 2952),
     M(AP, "69", N, "xi_age23", 69, cls="age"),
     M(AP, "March 2013", D, "took_office", "2013-03"),
     M(AP, "March 2018", D, "amend_vote", "2018-03"),
     M(AP, "2,958", N, "ayes", 2958),
     M(AP, "two", N, "noes", 2),
     M(AP, "three abstentions", N, "abstentions", 3),
     M(AP, "two consecutive terms", N, "term_limit", 2, cls="terms"),
     M(AP, "February", D, "proposal", "2018-02"),
     M(AP, "March 16, 2018", D, "xi_elected", "2018-03-16", planted=True),
     M(AP, "2,970 votes", N, "xi_votes18", 2970),
     M(AP, "Friday", D, "xi_third", "2023-03-10", occ=2),
     M(AP, "October 2022", D, "party_congress22", "2022-10"),
     M(AP, "Saturday", D, "li_qiang", "2023-03-11"),
     M(AP, "70", N, "xi_age_june", 70, cls="age"),
     M(AP, "June", D, "xi_birthday", "2023-06"),
    ]
    build("npc-term-limits-2018", "China's National People's Congress scraps the presidential term limit: the party's "
          "proposal published on Sunday 25 February 2018; the amendment passed on Sunday 11 March 2018 by 2,958 votes to "
          "2 with 3 abstentions and 1 invalid ballot (2,964 of 2,980 delegates voting); Xi re-elected with all 2,970 votes "
          "on Saturday 17 March and Wang Qishan vice president with 2,969 to 1; Xi's third term on Friday 10 March 2023 "
          "with all 2,952 votes", False, ms, names)


def population():
    R, K, A, AP = "reuters-jan17", "kompas-jan18", "antara-jan19", "ap-jan20"
    names = {
     "pop": "population at the end of 2022 (million)", "pop21": "population at the end of 2021 (million)",
     "decline": "the fall in population in 2022", "births": "births in 2022 (million)", "births21": "births in 2021 (million)",
     "deaths": "deaths in 2022 (million)", "deaths21": "deaths in 2021 (million)",
     "birth_rate": "birth rate in 2022 (per 1,000)", "birth_rate21": "birth rate in 2021 (per 1,000)",
     "death_rate": "death rate in 2022 (per 1,000)", "death_rate21": "death rate in 2021 (per 1,000)",
     "natural": "natural growth rate in 2022 (per 1,000)", "working": "working-age population (million)",
     "working_share": "working-age share", "over60": "people aged 60 and over (million)", "over60_share": "share aged 60 and over",
     "over65": "people aged 65 and over (million)", "over65_share": "share aged 65 and over", "urban": "urbanisation rate",
     "gdp": "economic growth in 2022", "target": "the growth target for 2022", "age60": "age threshold 60",
     "age65": "age threshold 65", "decades": "decades since the last fall", "provinces": "provinces, regions and municipalities covered",
     # dates
     "release": "day of the release", "y1961": "year of the last fall", "y2022": "the year 2022", "y2021": "the year 2021",
     "un_year": "year India is expected to overtake China",
    }
    ms = [
     M(R, "1961", D, "y1961", "1961"),
     M(R, "Tuesday", D, "release", "2023-01-17"),
     M(R, "1.41175 billion", N, "pop", 1411.75),
     M(R, "2022", D, "y2022", "2022"),
     M(R, "850,000", N, "decline", 850000),
     M(R, "1.41260 billion", N, "pop21", 1412.60),
     M(R, "9.56 million births", N, "births", 9.56),
     M(R, "10.62 million", N, "births21", 10.62),
     M(R, "2021", D, "y2021", "2021"),
     M(R, "10.41 million", N, "deaths", 10.41),
     M(R, "6.77 per 1,000 people", N, "birth_rate", 6.77, cls="permille"),
     M(R, "7.52", N, "birth_rate21", 7.52, cls="permille"),
     M(R, "7.37 per 1,000", N, "death_rate", 7.37, cls="permille"),
     M(R, "minus 0.60 per 1,000", N, "natural", -0.6, cls="permille"),
     M(R, "875.56 million", N, "working", 875.56),
     M(R, "62.0%", N, "working_share", 62.0, cls="pct"),
     M(R, "280.04 million people", N, "over60", 280.04),
     M(R, "19.8%", N, "over60_share", 19.8, cls="pct"),
     M(R, "60", N, "age60", 60, cls="agebound"),
     M(R, "65.22%", N, "urban", 65.22, cls="pct"),
     M(R, "3%", N, "gdp", 3, cls="pct"),
     M(R, "2022", D, "y2022", "2022", occ=2),
     M(R, "2023", D, "un_year", "2023"),

     M(K, "850.000 jiwa", N, "decline", 850000),
     M(K, "2022", D, "y2022", "2022"),
     M(K, "1961", D, "y1961", "1961"),
     M(K, "Selasa (17/1/2023)", D, "release", "2023-01-17"),
     M(K, "1,41175 miliar jiwa", N, "pop", 1411.75),
     M(K, "1,41260 miliar jiwa", N, "pop21", 1412.60),
     M(K, "9,56 juta", N, "births", 9.56),
     M(K, "10,41 juta", N, "deaths", 10.41),
     M(K, "6,77 per 1.000 penduduk", N, "birth_rate", 6.77, cls="permille"),
     M(K, "7,37 per 1.000 penduduk", N, "death_rate", 7.37, cls="permille"),
     M(K, "minus 0,60 per 1.000", N, "natural", -0.6, cls="permille"),
     M(K, "875,56 juta orang", N, "working", 875.56),
     M(K, "62,0 persen", N, "working_share", 62.0, cls="pct"),
     M(K, "60 tahun", N, "age60", 60, cls="agebound"),
     M(K, "280,04 juta orang", N, "over60", 280.04),
     M(K, "19,8 persen", N, "over60_share", 19.8, cls="pct"),
     M(K, "209,78 juta orang", N, "over65", 209.78),
     M(K, "65 tahun", N, "age65", 65, cls="agebound"),
     M(K, "14,9 persen", N, "over65_share", 14.9, cls="pct"),
     M(K, "65,22 persen", N, "urban", 65.22, cls="pct"),
     M(K, "2021", D, "y2021", "2021"),
     M(K, "10,62 juta", N, "births21", 10.62),

     M(A, "Selasa (17/1/2023)", D, "release", "2023-01-17"),
     M(A, "3 persen", N, "gdp", 3, cls="pct"),
     M(A, "2022", D, "y2022", "2022"),
     M(A, "850.000 jiwa", N, "decline", 850000),
     M(A, "1.411,75 juta jiwa", N, "pop", 1411.75),
     M(A, "9,56 juta kelahiran", N, "births", 9.56),
     M(A, "10,41 juta kematian", N, "deaths", 10.41),
     M(A, "6,77 per 1.000 penduduk", N, "birth_rate", 6.77, cls="permille"),
     M(A, "7,37 per 1.000", N, "death_rate", 7.37, cls="permille"),
     M(A, "7,18 per 1.000", N, "death_rate21", 7.18, cls="permille"),
     M(A, "2021", D, "y2021", "2021"),
     M(A, "1961", D, "y1961", "1961"),
     M(A, "60 tahun", N, "age60", 60, cls="agebound"),
     M(A, "280,04 juta orang", N, "over60", 280.04),
     M(A, "19,8 persen", N, "over60_share", 19.8, cls="pct"),
     M(A, "65,22 persen", N, "urban", 65.22, cls="pct"),
     M(A, "2023", D, "un_year", "2023", occ=2),

     M(AP, "six decades", N, "decades", 6, cls="dur"),
     M(AP, "Tuesday", D, "release", "2023-01-17"),
     M(AP, "1.41175 billion", N, "pop", 1411.75),
     M(AP, "2022", D, "y2022", "2022"),
     M(AP, "850,000", N, "decline", 850000),
     M(AP, "9.56 million", N, "births", 9.56),
     M(AP, "10.62 million", N, "births21", 10.62),
     M(AP, "2021", D, "y2021", "2021"),
     M(AP, "10.41 million", N, "deaths", 10.41),
     M(AP, "10.14 million", N, "deaths21", 10.14),
     M(AP, "6.77 per 1,000 people", N, "birth_rate", 6.77, cls="permille"),
     M(AP, "7.37 per 1,000", N, "death_rate", 7.37, cls="permille"),
     M(AP, "7.18", N, "death_rate21", 7.18, cls="permille"),
     M(AP, "65", N, "age65", 65, cls="agebound"),
     M(AP, "14.9%", N, "over65_share", 14.9, cls="pct"),
     M(AP, "209.78 million people", N, "over65", 209.78),
     M(AP, "875.56 million", N, "working", 875.56),
     M(AP, "62.0%", N, "working_share", 62.0, cls="pct"),
     M(AP, "3%", N, "gdp", 3, cls="pct"),
     M(AP, "2022", D, "y2022", "2022", occ=2),
     M(AP, "around 5.5%", N, "target", 5.5, qual="approx", cls="pct"),
     M(AP, "31 provinces", N, "provinces", 31),
    ]
    build("china-population-2023", "China's National Bureau of Statistics reports the first fall in population since "
          "1961 (control), Tuesday 17 January 2023: 1,411.75 million at the end of 2022, 850,000 fewer than the 1,412.60 "
          "million of 2021; 9.56 million births (10.62 million in 2021), 10.41 million deaths (10.14 million); birth rate "
          "6.77 per 1,000 (7.52), death rate 7.37 (7.18), natural growth -0.60; working-age 875.56 million (62.0%), 60 and "
          "over 280.04 million (19.8%), 65 and over 209.78 million (14.9%); urbanisation 65.22%; growth of 3% in 2022. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    quake()
    npc()
    population()
