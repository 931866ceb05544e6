"""The ninety-sixth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset96/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def hokkaido():
    R, K, T, AP, DT = "reuters-sep06", "kompas-sep07", "tempo-sep08", "ap-sep10", "detik-oct06"
    # the running tallies' as-of times: Thursday 6 September in the evening (the prime minister's nine), Friday 7
    # September in the morning (his 16) and the afternoon (the chief cabinet secretary's correction to nine
    # confirmed), Saturday 8 September in the morning (21) and the evening (the prefecture's 35), Sunday 9 (37),
    # Monday 10 at 10 a.m. (40), Wednesday 12 at 8 p.m. (a week on) and Friday 5 October at 10.30 a.m. (a month on)
    THU, FRI_AM, FRI11, FRI_PM, SAT_AM, SAT11, SAT_PM, SUN, MON05, MON10, SEP12, OCT05 = (
        "2018-09-06T20", "2018-09-07T09", "2018-09-07T11", "2018-09-07T15", "2018-09-08T09", "2018-09-08T11",
        "2018-09-08T18", "2018-09-09", "2018-09-10T05", "2018-09-10T10", "2018-09-12T20", "2018-10-05T10")
    GOV, HKD = "the Japanese government", "the Hokkaido prefectural government"
    JMA, USGS = "the Japan Meteorological Agency", "the U.S. Geological Survey"
    names = {
     "dead": "people confirmed dead", "cardiac": "people found in cardiopulmonary arrest",
     "missing": "people missing", "missing_atsuma": "people missing in Atsuma", "injured": "people injured",
     "atsuma_dead": "dead in Atsuma", "other_dead": "dead outside Atsuma", "magnitude": "the quake's magnitude",
     "depth": "the quake's depth", "intensity": "the maximum seismic intensity",
     "households": "households that lost power", "restored": "households with power back by Friday morning",
     "no_power": "households still without power", "troops": "Self-Defense Forces members to join the search",
     "rescuers": "troops, police and firefighters at work", "helicopters": "helicopters deployed",
     "town_pop": "Atsuma's population", "evacuees": "people in evacuation centres",
     "shelters": "evacuation centres open", "atsuma_evac": "evacuees in Atsuma",
     "atsuma_sites": "evacuation sites in Atsuma", "municipalities": "municipalities with evacuation centres",
     "houses_destroyed": "houses destroyed by Friday", "schools": "public schools closed on Friday",
     "schools_share": "share of public schools closed", "cut_gov": "the government's requested power saving",
     "cut_hkd": "the governor's requested power saving at peak times", "water_peak": "homes without water at the peak",
     "no_water": "homes still without water", "no_water_atsuma": "homes in Atsuma without water a month on",
     "kiyota_houses": "houses damaged in Kiyota", "kiyota_collapsed": "houses collapsed in Kiyota",
     "kiyota_severe": "houses badly damaged in Kiyota", "kiyota_partial": "houses partly damaged in Kiyota",
     "typhoon_dead": "people killed by the typhoon", "repair": "weeks to repair the power plant",
     "typhoon_gap": "days between the typhoon and the quake", "typhoon_years": "years since a stronger storm",
     "month_after": "months after the quake", "week_after": "weeks after the quake",
     # dates
     "quake_day": "day of the quake", "count16_day": "day of the counts of 16 and nine",
     "count35_day": "day of the count of 35", "airport_intl": "day international flights resumed",
     "abe_visit": "day of the prime minister's visit", "count37_day": "day of the count of 37",
     "count40_day": "day of the count of 40", "evac_mon_day": "day of the count of 2,716 evacuees",
     "water_day": "day of the count of 8,400 homes without water", "count_oct_day": "day of the month-on count",
     "designation": "day the quake was designated a disaster of extreme severity",
     "hepco_year": "year Hokkaido Electric Power was set up",
    }
    ms = [
     M(R, "Thursday", D, "quake_day", "2018-09-06"),
     M(R, "2.95 million households", N, "households", 2950000),
     M(R, "6.7", N, "magnitude", 6.7, cls="mag", src=JMA),
     M(R, "about 40 km", N, "depth", 40, qual="approx", cls="km"),
     M(R, "magnitude 6.6", N, "magnitude", 6.6, cls="mag", src=USGS),
     M(R, "7", N, "intensity", 7, cls="intensity"),
     M(R, "nine people", N, "dead", 9, THU, src=GOV),
     M(R, "about 300 people", N, "injured", 300, THU, qual="approx"),
     M(R, "31 people", N, "missing", 31, THU, src=GOV, fall=True),
     M(R, "about 4,600 people", N, "town_pop", 4600, qual="approx"),
     M(R, "25,000 members", N, "troops", 25000),
     M(R, "1951", D, "hepco_year", "1951"),
     M(R, "two days", N, "typhoon_gap", 2, cls="dur"),
     M(R, "25 years", N, "typhoon_years", 25, cls="dur"),
     M(R, "11 people", N, "typhoon_dead", 11),

     M(K, "Jumat (7/9/2018)", D, "count16_day", "2018-09-07"),
     M(K, "16 orang", N, "dead", 16, FRI_AM, src=GOV),
     M(K, "6,7", N, "magnitude", 6.7, cls="mag", src=JMA),
     M(K, "Kamis", D, "quake_day", "2018-09-06"),
     M(K, "9 orang", N, "dead", 9, FRI_PM, src=GOV),
     M(K, "sembilan orang", N, "cardiac", 9, FRI_PM, src=GOV, fall=True),
     M(K, "26 orang", N, "missing_atsuma", 26, FRI_PM, fall=True),
     M(K, "sekitar 1,4 juta", N, "restored", 1400000, qual="approx"),
     M(K, "2,95 juta rumah tangga", N, "households", 2950000),
     M(K, "sekitar sepekan", N, "repair", 1, qual="approx", cls="dur"),
     M(K, "7.339 orang", N, "evacuees", 7339, FRI11, fall=True),
     M(K, "28 rumah", N, "houses_destroyed", 28),
     M(K, "1.753 sekolah", N, "schools", 1753),
     M(K, "sekitar 90 persen", N, "schools_share", 90, qual="approx", cls="pct"),

     M(T, "35 orang", N, "dead", 35, SAT_PM, src=HKD),
     M(T, "Sabtu (8/9/2018)", D, "count35_day", "2018-09-08"),
     M(T, "21 korban tewas", N, "dead", 21, SAT_AM, src=GOV),
     M(T, "6 orang", N, "cardiac", 6, SAT_AM, src=GOV, fall=True),
     M(T, "13 orang", N, "missing", 13, SAT_AM, src=GOV, fall=True),
     M(T, "16 korban tewas", N, "dead", 16, FRI_AM, src=GOV),
     M(T, "9 korban tewas", N, "dead", 9, FRI_PM, src=GOV),
     M(T, "tiga warga", N, "missing_atsuma", 3, SAT_PM, fall=True),
     M(T, "lebih dari 600 orang", N, "injured", 600, SAT_PM, qual="morethan"),
     M(T, "sekitar 40.000 personel", N, "rescuers", 40000, SAT_AM, qual="approx"),
     M(T, "75 helikopter", N, "helicopters", 75),
     M(T, "6,7", N, "magnitude", 6.7, cls="mag", src=JMA),
     M(T, "Kamis", D, "quake_day", "2018-09-06"),
     M(T, "2,59 juta rumah tangga", N, "households", 2590000, planted=True),
     M(T, "sekitar 20.000 rumah tangga", N, "no_power", 20000, SAT_AM, qual="approx", fall=True),
     M(T, "sekitar 10 persen", N, "cut_gov", 10, qual="approx", cls="pct"),
     M(T, "sekitar 12.000 orang", N, "evacuees", 12000, SAT11, qual="approx", fall=True),
     M(T, "lebih dari 430 tempat penampungan", N, "shelters", 430, SAT11, qual="morethan", fall=True),
     M(T, "sekitar 4.600 jiwa", N, "town_pop", 4600, qual="approx"),
     M(T, "Sabtu pagi", D, "airport_intl", "2018-09-08"),
     M(T, "Minggu", D, "abe_visit", "2018-09-09"),

     M(AP, "40", N, "dead", 40, MON10, src=HKD),
     M(AP, "Monday", D, "count40_day", "2018-09-10"),
     M(AP, "Thirty-six", N, "atsuma_dead", 36),
     M(AP, "four others", N, "other_dead", 4),
     M(AP, "Sunday", D, "count37_day", "2018-09-09"),
     M(AP, "37", N, "dead", 37, SUN, src=HKD),
     M(AP, "two people", N, "missing", 2, SUN, src=HKD, fall=True),
     M(AP, "Sunday", D, "abe_visit", "2018-09-09", occ=2),
     M(AP, "Monday", D, "evac_mon_day", "2018-09-10", occ=2),
     M(AP, "2,716 people", N, "evacuees", 2716, MON10, fall=True),
     M(AP, "65,881 homes", N, "water_peak", 65881),
     M(AP, "about 8,400", N, "no_water", 8400, MON05, qual="approx", fall=True),
     M(AP, "Monday", D, "water_day", "2018-09-10", occ=3),
     M(AP, "about 40,000", N, "rescuers", 40000, MON10, qual="approx"),
     M(AP, "2.95 million households", N, "households", 2950000),
     M(AP, "20%", N, "cut_hkd", 20, cls="pct"),
     M(AP, "magnitude 6.7", N, "magnitude", 6.7, cls="mag", src=JMA),
     M(AP, "Thursday", D, "quake_day", "2018-09-06"),
     M(AP, "7", N, "intensity", 7, cls="intensity"),

     M(DT, "Sebulan", N, "month_after", 1, cls="dur"),
     M(DT, "6,7", N, "magnitude", 6.7, cls="mag", src=JMA),
     M(DT, "Rabu (5/9/2018)", D, "quake_day", "2018-09-05", planted=True),
     M(DT, "462 warga", N, "evacuees", 462, OCT05, fall=True),
     M(DT, "13 pusat evakuasi", N, "shelters", 13, OCT05, fall=True),
     M(DT, "lima kota", N, "municipalities", 5, OCT05, fall=True),
     M(DT, "Jumat (5/10/2018)", D, "count_oct_day", "2018-10-05"),
     M(DT, "291", N, "atsuma_evac", 291, OCT05, fall=True),
     M(DT, "tujuh lokasi", N, "atsuma_sites", 7),
     M(DT, "48 rumah", N, "no_water_atsuma", 48),
     M(DT, "41 orang", N, "dead", 41, OCT05, src=HKD),
     M(DT, "36", N, "atsuma_dead", 36),
     M(DT, "Sepekan", N, "week_after", 1, cls="dur"),
     M(DT, "681 orang", N, "injured", 681, SEP12),
     M(DT, "1.592 orang", N, "evacuees", 1592, SEP12, fall=True),
     M(DT, "991", N, "atsuma_evac", 991, SEP12, fall=True),
     M(DT, "1.452 rumah", N, "kiyota_houses", 1452),
     M(DT, "45", N, "kiyota_collapsed", 45),
     M(DT, "89", N, "kiyota_severe", 89),
     M(DT, "1.318", N, "kiyota_partial", 1318),
     M(DT, "28 September", D, "designation", "2018-09-28"),
     M(DT, "2,95 juta rumah tangga", N, "households", 2950000),
     M(DT, "1951", D, "hepco_year", "1951"),
    ]
    build("hokkaido-quake-2018", "The Hokkaido Eastern Iburi earthquake of Thursday 6 September 2018 (magnitude 6.7 "
          "by the Japan Meteorological Agency, 6.6 by the USGS; intensity 7 in Atsuma; all 2.95 million households "
          "blacked out): the government's toll 9 (Thursday evening) -> 16 (the prime minister, Friday morning), "
          "lowered to 9 confirmed that afternoon (a revision) -> 21 (Saturday morning); the prefecture's toll 35 "
          "(Saturday) -> 37 (Sunday) -> 40 (Monday 10 September) -> 41, 36 of them in Atsuma; the missing and the "
          "evacuees falling (7,339 -> about 12,000 -> 2,716 -> 1,592 -> 462 on 5 October); the injured about 300 -> "
          "more than 600 -> 681", False, ms, names)


def korea():
    R1, K, R2, DT, AP = "reuters-dec09", "kompas-mar10", "reuters-may09", "detik-may10", "ap-jun01"
    NEC, EXIT = "the National Election Commission", "the broadcasters' exit poll"
    # the commission's count on election night in stages (2.6 % of the ballots counted at 10 p.m., 26.5 % at 11.30
    # p.m.), then the final count confirmed on Wednesday morning; shares of a count in progress may move both ways
    S1, S2, FIN = "2017-05-09T22", "2017-05-09T23", "2017-05-10"
    names = {
     "imp_ayes": "votes for Park's impeachment", "imp_noes": "votes against Park's impeachment",
     "needed": "votes needed to impeach", "seats": "seats in the National Assembly",
     "imp_abst": "abstentions in the impeachment vote", "imp_invalid": "invalid ballots in the impeachment vote",
     "imp_voters": "lawmakers voting on the impeachment", "court_limit": "days the court had to rule",
     "election_within": "days within which an election must follow", "park_age": "Park's age",
     "roh_gap": "months until Roh was restored", "term": "years of the presidential term",
     "court_ayes": "justices upholding the impeachment", "hearings": "court hearings held",
     "support": "share of people backing the impeachment", "moon_share": "Moon's share", "hong_share": "Hong's share",
     "ahn_share": "Ahn's share", "yoo_share": "Yoo's share", "sim_share": "Sim's share",
     "exit_stations": "polling stations in the exit poll", "turnout": "turnout", "votes_cast": "votes cast",
     "electorate": "eligible voters", "turnout2012": "turnout in 2012", "early_voters": "early voters",
     "early_share": "share of the electorate voting early", "early_by": "months the election was brought forward",
     "moon_age": "Moon's age", "moon2012": "Moon's share in 2012", "park2012": "Park's share in 2012",
     "transition": "months of the usual transition", "counted": "share of the ballots counted", "moon_votes": "votes for Moon", "hong_votes": "votes for Hong",
     "ahn_votes": "votes for Ahn", "margin": "Moon's margin over Hong", "invalid_may": "invalid ballots in May",
     "highest_since": "years since a higher turnout", "lee_age": "Lee Nak-yon's age",
     "pm_ayes": "votes for Lee as prime minister", "pm_noes": "votes against Lee", "pm_abst": "abstentions on Lee",
     "pm_invalid": "invalid ballots on Lee", "pm_voters": "lawmakers voting on Lee",
     "members_now": "sitting lawmakers in May", "lkp_seats": "the Liberty Korea Party's lawmakers",
     "oath_gap": "hours from the vote to Lee's oath",
     # dates
     "impeach_day": "day of the impeachment vote", "tabled": "day the motion was tabled", "roh_year": "year of Roh's impeachment",
     "term_end": "month Park's term was due to end", "ruling_day": "day of the court's ruling",
     "orig_election": "month the election was first due", "hearings_end": "day of the last hearing counted",
     "election_day": "day of the election", "y2012": "the 2012 election", "early_start": "first day of early voting",
     "declare_day": "day the result was confirmed", "pm_vote": "day Lee was approved", "address_year": "year of the address",
    }
    ms = [
     M(R1, "Friday", D, "impeach_day", "2016-12-09"),
     M(R1, "234 votes", N, "imp_ayes", 234),
     M(R1, "56", N, "imp_noes", 56),
     M(R1, "200", N, "needed", 200),
     M(R1, "300-seat", N, "seats", 300),
     M(R1, "Two lawmakers", N, "imp_abst", 2),
     M(R1, "seven ballots", N, "imp_invalid", 7),
     M(R1, "299", N, "imp_voters", 299),
     M(R1, "300 members", N, "seats", 300),
     M(R1, "Dec. 3", D, "tabled", "2016-12-03"),
     M(R1, "180 days", N, "court_limit", 180, cls="dur"),
     M(R1, "60 days", N, "election_within", 60, cls="dur"),
     M(R1, "64", N, "park_age", 64, cls="age"),
     M(R1, "2004", D, "roh_year", "2004"),
     M(R1, "about two months", N, "roh_gap", 2, qual="approx", cls="dur"),
     M(R1, "five-year", N, "term", 5, cls="dur"),
     M(R1, "February 2018", D, "term_end", "2018-02"),

     M(K, "Jumat (10/3/2017)", D, "ruling_day", "2017-03-10"),
     M(K, "delapan hakim", N, "court_ayes", 8),
     M(K, "9 Desember 2016", D, "impeach_day", "2016-12-09"),
     M(K, "243 suara", N, "imp_ayes", 243, planted=True),
     M(K, "300 anggota", N, "seats", 300),
     M(K, "60 hari", N, "election_within", 60, cls="dur"),
     M(K, "Desember 2017", D, "orig_election", "2017-12"),
     M(K, "20 kali sidang", N, "hearings", 20),
     M(K, "27 Februari", D, "hearings_end", "2017-02-27"),
     M(K, "hampir 80 persen", N, "support", 80, qual="nearly", cls="pct"),
     M(K, "2004", D, "roh_year", "2004"),

     M(R2, "Tuesday", D, "election_day", "2017-05-09"),
     M(R2, "41.4%", N, "moon_share", 41.4, cls="pct", src=EXIT),
     M(R2, "23.3%", N, "hong_share", 23.3, cls="pct", src=EXIT),
     M(R2, "21.8%", N, "ahn_share", 21.8, cls="pct", src=EXIT),
     M(R2, "7.1%", N, "yoo_share", 7.1, cls="pct", src=EXIT),
     M(R2, "5.9%", N, "sim_share", 5.9, cls="pct", src=EXIT),
     M(R2, "330 polling stations", N, "exit_stations", 330),
     M(R2, "2.6%", N, "counted", 2.6, S1, cls="pct"),
     M(R2, "37%", N, "moon_share", 37, S1, cls="pct", src=NEC, fall=True),
     M(R2, "29.5%", N, "hong_share", 29.5, S1, cls="pct", src=NEC, fall=True),
     M(R2, "21.5%", N, "ahn_share", 21.5, S1, cls="pct", src=NEC, fall=True),
     M(R2, "26.5%", N, "counted", 26.5, S2, cls="pct"),
     M(R2, "39%", N, "moon_share", 39, S2, cls="pct", src=NEC, fall=True),
     M(R2, "77.2%", N, "turnout", 77.2, cls="pct"),
     M(R2, "32.8 million", N, "votes_cast", 32800000, qual="approx"),
     M(R2, "42.48 million", N, "electorate", 42480000, qual="approx"),
     M(R2, "75.8%", N, "turnout2012", 75.8, cls="pct"),
     M(R2, "2012", D, "y2012", "2012"),
     M(R2, "About 11.07 million", N, "early_voters", 11070000, qual="approx"),
     M(R2, "26%", N, "early_share", 26, qual="approx", cls="pct"),
     M(R2, "May 4", D, "early_start", "2017-05-04"),
     M(R2, "Wednesday", D, "declare_day", "2017-05-10"),
     M(R2, "seven months", N, "early_by", 7, cls="dur"),
     M(R2, "March 10", D, "ruling_day", "2017-03-10"),
     M(R2, "64", N, "moon_age", 64, cls="age"),
     M(R2, "2012", D, "y2012", "2012", occ=2),
     M(R2, "48%", N, "moon2012", 48, cls="pct"),
     M(R2, "51.6%", N, "park2012", 51.6, cls="pct"),
     M(R2, "two-month", N, "transition", 2, cls="dur"),

     M(DT, "Rabu (10/5/2017)", D, "declare_day", "2017-05-10"),
     M(DT, "13.423.800 suara", N, "moon_votes", 13423800),
     M(DT, "41,08 persen", N, "moon_share", 41.08, FIN, cls="pct", src=NEC, fall=True),
     M(DT, "7.852.849 suara", N, "hong_votes", 7852849),
     M(DT, "24,03 persen", N, "hong_share", 24.03, FIN, cls="pct", src=NEC, fall=True),
     M(DT, "6.998.342 suara", N, "ahn_votes", 6998342),
     M(DT, "21,41 persen", N, "ahn_share", 21.41, FIN, cls="pct", src=NEC, fall=True),
     M(DT, "6,76 persen", N, "yoo_share", 6.76, FIN, cls="pct", src=NEC, fall=True),
     M(DT, "6,17 persen", N, "sim_share", 6.17, FIN, cls="pct", src=NEC, fall=True),
     M(DT, "lebih dari 5,57 juta", N, "margin", 5570000, qual="morethan"),
     M(DT, "135.733 surat suara", N, "invalid_may", 135733),
     M(DT, "77,2 persen", N, "turnout", 77.2, cls="pct"),
     M(DT, "20 tahun", N, "highest_since", 20, cls="dur"),
     M(DT, "lima tahun", N, "term", 5, cls="dur"),
     M(DT, "64 tahun", N, "moon_age", 64, cls="age"),
     M(DT, "10 Maret", D, "ruling_day", "2017-03-10"),

     M(AP, "Wednesday", D, "pm_vote", "2017-05-31"),
     M(AP, "65", N, "lee_age", 65, cls="age"),
     M(AP, "164 votes", N, "pm_ayes", 164),
     M(AP, "20 against", N, "pm_noes", 20),
     M(AP, "two abstentions", N, "pm_abst", 2),
     M(AP, "two invalid ballots", N, "pm_invalid", 2),
     M(AP, "188", N, "pm_voters", 188),
     M(AP, "299 sitting lawmakers", N, "members_now", 299),
     M(AP, "107 members", N, "lkp_seats", 107),
     M(AP, "May 9", D, "election_day", "2017-05-09"),
     M(AP, "41.08%", N, "moon_share", 41.08, FIN, cls="pct", src=NEC, fall=True),
     M(AP, "1989", D, "address_year", "1989"),
     M(AP, "about two hours", N, "oath_gap", 2, qual="approx", cls="dur"),
     M(AP, "234 votes", N, "imp_ayes", 234),
     M(AP, "56", N, "imp_noes", 56),
     M(AP, "December", D, "impeach_day", "2016-12"),
     M(AP, "March", D, "ruling_day", "2017-03"),
    ]
    build("korea-election-2017", "South Korea's impeachment of President Park Geun-hye and the election of her "
          "successor: the National Assembly's vote of Friday 9 December 2016 (234-56, two abstentions, seven invalid, "
          "299 of 300 voting, 200 needed); the Constitutional Court's unanimous ruling of Friday 10 March 2017 (eight "
          "justices); the election of Tuesday 9 May 2017, the broadcasters' exit poll (Moon 41.4%, Hong 23.3%, Ahn "
          "21.8%) and the commission's count on the night (Moon 37% -> 39%, Hong 29.5%, Ahn 21.5%) against its count confirmed on Wednesday 10 May (Moon 13,423,800 votes, 41.08%; Hong "
          "24.03%; Ahn 21.41%; turnout 77.2%); Lee Nak-yon approved as prime minister on Wednesday 31 May (164 votes, "
          "20 against, 188 of 299 voting)", False, ms, names)


def births():
    Y, K, KH, A = "yonhap-feb28", "kompas-feb29", "koreaherald-mar01", "antara-mar02"
    names = {
     "tfr": "the total fertility rate in 2023", "tfr2022": "the rate in 2022", "tfr_drop": "the fall from 2022",
     "q4": "the rate in the fourth quarter of 2023", "q4_2022": "the rate in the fourth quarter of 2022",
     "q4_drop": "the fourth quarter's fall", "births": "births in 2023", "births_drop": "the fall in births",
     "deaths": "deaths in 2023", "deaths_drop": "the fall in deaths", "natural": "the natural population decrease",
     "cbr": "the crude birth rate", "cbr2022": "the crude birth rate in 2022", "cbr_base": "people per crude rate",
     "q4_births": "births in the fourth quarter", "q4_births_drop": "the fall in fourth-quarter births",
     "mother_age": "mothers' average age", "mother_age_rise": "the rise in mothers' average age",
     "older_threshold": "age of the older mothers", "older_share": "share of births to older mothers",
     "regions": "cities and provinces", "one": "the rate of one child", "sejong": "Sejong's rate",
     "tfr2015": "the rate in 2015", "tfr2024f": "the rate expected in 2024", "replacement": "the replacement rate",
     "decline_years": "years of decline",
     # dates
     "release": "day of the release", "y2023": "the year 2023", "y2022": "the year 2022", "y2015": "the year 2015",
     "decline_start": "first year of natural decline",
    }
    ms = [
     M(Y, "Feb. 28", D, "release", "2024-02-28"),
     M(Y, "0.72", N, "tfr", 0.72, cls="tfr"),
     M(Y, "2023", D, "y2023", "2023"),
     M(Y, "0.78", N, "tfr2022", 0.78, cls="tfr"),
     M(Y, "Wednesday", D, "release", "2024-02-28"),
     M(Y, "0.65", N, "q4", 0.65, cls="tfr"),
     M(Y, "0.05", N, "q4_drop", 0.05, cls="tfr"),
     M(Y, "Some 230,000 babies", N, "births", 230000, qual="approx"),
     M(Y, "7.7%", N, "births_drop", 7.7, cls="pct"),
     M(Y, "2022", D, "y2022", "2022"),
     M(Y, "5.4%", N, "deaths_drop", 5.4, cls="pct"),
     M(Y, "352,700", N, "deaths", 352700),
     M(Y, "122,800", N, "natural", 122800),
     M(Y, "1,000 people", N, "cbr_base", 1000),
     M(Y, "4.5", N, "cbr", 4.5, cls="cbr"),
     M(Y, "4.9", N, "cbr2022", 4.9, cls="cbr"),
     M(Y, "52,618 babies", N, "q4_births", 52618),
     M(Y, "6.9%", N, "q4_births_drop", 6.9, cls="pct"),
     M(Y, "33.6 years", N, "mother_age", 33.6, cls="age"),
     M(Y, "0.1 year", N, "mother_age_rise", 0.1, cls="age"),
     M(Y, "35", N, "older_threshold", 35, cls="age"),
     M(Y, "36.3%", N, "older_share", 36.3, cls="pct"),
     M(Y, "17", N, "regions", 17),
     M(Y, "1", N, "one", 1, cls="tfr"),
     M(Y, "0.97", N, "sejong", 0.97, cls="tfr"),
     M(Y, "2015", D, "y2015", "2015"),
     M(Y, "1.24", N, "tfr2015", 1.24, cls="tfr"),
     M(Y, "about 0.68", N, "tfr2024f", 0.68, qual="approx", cls="tfr"),

     M(K, "0,72", N, "tfr", 0.72, cls="tfr"),
     M(K, "2023", D, "y2023", "2023"),
     M(K, "0,06", N, "tfr_drop", 0.06, cls="tfr"),
     M(K, "0,78", N, "tfr2022", 0.78, cls="tfr"),
     M(K, "2022", D, "y2022", "2022"),
     M(K, "Rabu (28/2/2024)", D, "release", "2024-02-28"),
     M(K, "sekitar 230.000 jiwa", N, "births", 230000, qual="approx"),
     M(K, "7,7 persen", N, "births_drop", 7.7, cls="pct"),
     M(K, "2023", D, "y2023", "2023", occ=2),
     M(K, "0,65", N, "q4", 0.65, cls="tfr"),
     M(K, "52.618 kelahiran", N, "q4_births", 52618),
     M(K, "6,9 persen", N, "q4_births_drop", 6.9, cls="pct"),
     M(K, "352.700 jiwa", N, "deaths", 352700),
     M(K, "122.800 jiwa", N, "natural", 122800),
     M(K, "2020", D, "decline_start", "2020"),
     M(K, "2,1", N, "replacement", 2.1, cls="tfr"),
     M(K, "1", N, "one", 1, cls="tfr"),
     M(K, "0,1 tahun", N, "mother_age_rise", 0.1, cls="age"),
     M(K, "33,6 tahun", N, "mother_age", 33.6, cls="age"),

     M(KH, "0.72", N, "tfr", 0.72, cls="tfr"),
     M(KH, "0.06", N, "tfr_drop", 0.06, cls="tfr"),
     M(KH, "2022", D, "y2022", "2022"),
     M(KH, "Wednesday", D, "release", "2024-02-28"),
     M(KH, "2023", D, "y2023", "2023"),
     M(KH, "0.65", N, "q4", 0.65, cls="tfr"),
     M(KH, "0.70", N, "q4_2022", 0.70, cls="tfr"),
     M(KH, "About 230,000 babies", N, "births", 230000, qual="approx"),
     M(KH, "2023", D, "y2023", "2023", occ=2),
     M(KH, "7.7 percent", N, "births_drop", 7.7, cls="pct"),
     M(KH, "4.5", N, "cbr", 4.5, cls="cbr"),
     M(KH, "1,000 people", N, "cbr_base", 1000),
     M(KH, "4.9", N, "cbr2022", 4.9, cls="cbr"),
     M(KH, "5.4 percent", N, "deaths_drop", 5.4, cls="pct"),
     M(KH, "352,700", N, "deaths", 352700),
     M(KH, "122,800", N, "natural", 122800),
     M(KH, "17", N, "regions", 17),
     M(KH, "1", N, "one", 1, cls="tfr"),
     M(KH, "0.97", N, "sejong", 0.97, cls="tfr"),
     M(KH, "33.6 years", N, "mother_age", 33.6, cls="age"),
     M(KH, "35", N, "older_threshold", 35, cls="age"),
     M(KH, "36.3 percent", N, "older_share", 36.3, cls="pct"),
     M(KH, "eight years", N, "decline_years", 8, cls="dur"),
     M(KH, "1.24", N, "tfr2015", 1.24, cls="tfr"),
     M(KH, "2015", D, "y2015", "2015"),
     M(KH, "2.1", N, "replacement", 2.1, cls="tfr"),
     M(KH, "around 0.68", N, "tfr2024f", 0.68, qual="approx", cls="tfr"),

     M(A, "Rabu (28/2)", D, "release", "2024-02-28"),
     M(A, "0,72", N, "tfr", 0.72, cls="tfr"),
     M(A, "2023", D, "y2023", "2023"),
     M(A, "2022", D, "y2022", "2022"),
     M(A, "0,78", N, "tfr2022", 0.78, cls="tfr"),
     M(A, "2015", D, "y2015", "2015"),
     M(A, "1,24", N, "tfr2015", 1.24, cls="tfr"),
     M(A, "7,7 persen", N, "births_drop", 7.7, cls="pct"),
     M(A, "sekitar 230 ribu", N, "births", 230000, qual="approx"),
     M(A, "4,9", N, "cbr2022", 4.9, cls="cbr"),
     M(A, "4,5", N, "cbr", 4.5, cls="cbr"),
     M(A, "1.000 penduduk", N, "cbr_base", 1000),
     M(A, "0,65", N, "q4", 0.65, cls="tfr"),
     M(A, "0,05 poin", N, "q4_drop", 0.05, cls="tfr"),
     M(A, "5,4 persen", N, "deaths_drop", 5.4, cls="pct"),
     M(A, "352.700 jiwa", N, "deaths", 352700),
     M(A, "122.800 jiwa", N, "natural", 122800),
     M(A, "35 tahun", N, "older_threshold", 35, cls="age"),
     M(A, "36,3 persen", N, "older_share", 36.3, cls="pct"),
     M(A, "33,6 tahun", N, "mother_age", 33.6, cls="age"),
     M(A, "17", N, "regions", 17),
     M(A, "1", N, "one", 1, cls="tfr"),
     M(A, "0,97", N, "sejong", 0.97, cls="tfr"),
     M(A, "sekitar 0,68", N, "tfr2024f", 0.68, qual="approx", cls="tfr"),
    ]
    build("korea-births-2024", "Statistics Korea's release of Wednesday 28 February 2024 on births and deaths in "
          "2023 (control): the total fertility rate a record low of 0.72 (0.78 in 2022, down 0.06), 0.65 in the "
          "fourth quarter (0.70 a year earlier, down 0.05); about 230,000 births (down 7.7%), 52,618 in the fourth "
          "quarter (down 6.9%); 352,700 deaths (down 5.4%), a natural decrease of 122,800; the crude birth rate 4.5 "
          "per 1,000 (4.9); mothers 33.6 years old on average (up 0.1), 36.3% of births to mothers of 35 or older; "
          "all 17 cities and provinces below 1, Sejong highest at 0.97; 1.24 in 2015; about 0.68 expected in 2024. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    hokkaido()
    korea()
    births()
