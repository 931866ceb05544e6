"""The two-hundred-and-ninety-ninth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset299/facts.py``.
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
    K, R, T, A = "kompas-feb28", "reuters-mar01", "tempo-mar08", "ap-mar22"
    # as-of times of the running tallies: Tuesday 27 February 2018 (the Mendi police's 14 and the provincial
    # administrator's estimate of more than 30), Thursday 1 March (31), Monday 5 March (55, the ministry official's
    # count); the aftershock of Wednesday 7 March: the Hela administrator's first 18 (that Wednesday) and the later
    # provincial count of 11 (a revision, reported by 22 March). The police's 14 and the administrator's estimate
    # are two sources on one day (sources); the counts no text credits to a body carry no source.
    TUE, THU, MON5, WED7, LATER = "2018-02-27", "2018-03-01", "2018-03-05", "2018-03-07", "2018-03-22"
    POLICE, BANDO = "the police in Mendi", "the provincial administrator"
    names = {
     "mag": "the main quake's magnitude", "mag_as7": "magnitude of the aftershock of 7 March",
     "mag_as5": "magnitude of the aftershock of 5 March", "mag_as27": "magnitude of the aftershock of 27 February",
     "depth": "depth (km)", "dist_pm": "distance from Port Moresby (km)", "dist_tari": "distance of Tari from the "
     "epicentre (km)", "dist_as": "distance of the 7 March aftershock from the first epicentre (km)",
     "radius": "radius around the epicentre (km)",
     "dead": "people killed by the main quake", "dead_mendi": "bodies at the Mendi hospital morgue",
     "dead_poroma": "dead in Poroma", "injured": "people injured", "dead_hamlets": "dead in the hamlets near the "
     "epicentre", "dead_as7": "people killed by the aftershock of 7 March", "pop_near": "people living near the "
     "epicentre", "needy": "people needing immediate help (UN)", "helis": "Australian helicopters",
     "lng": "value of the gas plant (US$ bn)",
     # dates
     "quake": "day of the main quake", "asof_tue": "day of the Mendi police's count", "as27_day": "day of the "
     "magnitude 5.7 aftershock", "asof_thu": "day the toll stood at 31", "as7_day": "day of the magnitude 6.7 "
     "aftershock", "asof_mon5": "day the toll stood at 55", "as5_day": "day of the magnitude 6.0 aftershock",
    }
    ms = [
     M(K, "bermagnitudo 7,5", N, "mag", 7.5, cls="mag"),
     M(K, "Senin (26/2/2018)", D, "quake", "2018-02-26"),
     M(K, "sekitar 35 km", N, "depth", 35, qual="approx", cls="km"),
     M(K, "kira-kira 560 km", N, "dist_pm", 560, qual="approx", cls="km"),
     M(K, "Selasa (27/2/2018)", D, "asof_tue", "2018-02-27"),
     M(K, "sedikitnya 14 orang", N, "dead", 14, TUE, qual="atleast", src=POLICE),
     M(K, "tiga orang", N, "dead_poroma", 3, TUE),
     M(K, "12 jenazah", N, "dead_mendi", 12, TUE),
     M(K, "lebih dari 30 orang", N, "dead", 30, TUE, qual="morethan", src=BANDO),
     M(K, "Sekitar 300 orang", N, "injured", 300, TUE, qual="approx"),
     M(K, "bermagnitudo 5,7", N, "mag_as27", 5.7, cls="mag"),
     M(K, "Selasa sore", D, "as27_day", "2018-02-27"),
     M(K, "19 miliar dolar AS", N, "lng", 19, cls="usd"),

     M(R, "magnitude 7.5", N, "mag", 7.5, cls="mag"),
     M(R, "31", N, "dead", 31, THU),
     M(R, "Thursday", D, "asof_thu", "2018-03-01"),
     M(R, "Monday", D, "quake", "2018-02-26"),
     M(R, "13 people", N, "dead_hamlets", 13, THU),
     M(R, "about 40 km", N, "dist_tari", 40, qual="approx", cls="km"),
     M(R, "Tuesday", D, "asof_tue", "2018-02-27"),
     M(R, "14 dead", N, "dead", 14, TUE, src=POLICE),
     M(R, "more than 30", N, "dead", 30, TUE, qual="morethan", src=BANDO),

     M(T, "bermagnitudo 6,9", N, "mag_as7", 6.9, cls="mag", planted=True),
     M(T, "Rabu (7/3/2018)", D, "as7_day", "2018-03-07"),
     M(T, "sekitar 31 km", N, "dist_as", 31, qual="approx", cls="km"),
     M(T, "bermagnitudo 7,5", N, "mag", 7.5, cls="mag"),
     M(T, "Senin (26/2/2018)", D, "quake", "2018-02-26"),
     M(T, "18 orang", N, "dead_as7", 18, WED7),
     M(T, "55 orang", N, "dead", 55, MON5),
     M(T, "Senin (5/3/2018)", D, "asof_mon5", "2018-03-05"),
     M(T, "Senin pagi", D, "as5_day", "2018-03-05"),
     M(T, "bermagnitudo 6,0", N, "mag_as5", 6.0, cls="mag"),
     M(T, "tiga helikopter", N, "helis", 3),
     M(T, "Sekitar 670.000 orang", N, "pop_near", 670000, qual="approx"),
     M(T, "100 km", N, "radius", 100, cls="km"),

     M(A, "magnitude 7.5", N, "mag", 7.5, cls="mag"),
     M(A, "Feb. 26", D, "quake", "2018-02-26"),
     M(A, "53", N, "dead", 53, MON5, planted=True),
     M(A, "March 5", D, "asof_mon5", "2018-03-05"),
     M(A, "magnitude 6.7", N, "mag_as7", 6.7, cls="mag"),
     M(A, "March 7", D, "as7_day", "2018-03-07"),
     M(A, "about 31 kilometers", N, "dist_as", 31, qual="approx", cls="km"),
     M(A, "18", N, "dead_as7", 18, WED7),
     M(A, "11", N, "dead_as7", 11, LATER),
     M(A, "about 270,000 people", N, "needy", 270000, LATER, qual="approx"),
    ]
    build("highlands-quake-2018", "The magnitude 7.5 earthquake in Papua New Guinea's Southern Highlands (before dawn "
          "on Monday 26 February 2018, about 35 km deep, about 560 km northwest of Port Moresby): the Mendi police's "
          "14 dead on Tuesday 27 February against the provincial administrator's estimate of more than 30, 31 on "
          "Thursday 1 March, 55 on Monday 5 March; about 300 injured; aftershocks of 5.7 (27 February), 6.0 (5 "
          "March) and 6.7 (just after midnight on Wednesday 7 March, about 31 km from the first epicentre), the last "
          "one's toll first put at 18 and later lowered to 11; about 670,000 people within 100 km; the UN's "
          "estimate of about 270,000 needing help", False, ms, names)


def honiara():
    K, R, T, A = "kompas-nov26", "reuters-nov27", "detik-dec07", "ap-dec20"
    # The riots began on Wednesday 24 November 2021; the first Australian police arrived on Thursday 25 November;
    # the third day of unrest, the Papua New Guinea officers' arrival and the finding of three bodies were on
    # Friday 26 November; the police's count of more than 100 arrests was given on Saturday 27 November (the later
    # articles recall that count); the no-confidence vote was on Monday 6 December (32 against, 15 for, two
    # abstentions). Votes, deployments and dates do not change with the day of the report.
    SAT = "2021-11-27"
    names = {
     "lockdown": "hours of the lockdown", "afp_first": "Australian federal police first sent",
     "afp_more": "further Australian police to follow", "png": "Papua New Guinea officers",
     "contingent": "the Australian contingent at its largest", "dead": "bodies found", "arrests": "people arrested",
     "riot_days": "days of rioting", "weeks_since": "weeks since the riots", "no": "lawmakers opposing the motion",
     "yes": "lawmakers backing the motion", "abstain": "lawmakers abstaining",
     # dates
     "start": "day the riots began", "day3": "the third day of the riots", "afp_arrive": "day the first Australian "
     "police arrived", "bodies_found": "day the bodies were found", "png_arrive": "day the Papua New Guinea "
     "officers arrived", "asof_sat": "day of the police's arrest count", "vote": "day of the no-confidence vote",
     "switch": "year of the switch from Taiwan to China",
    }
    ms = [
     M(K, "Jumat (26/11/2021)", D, "day3", "2021-11-26"),
     M(K, "Rabu (24/11/2021)", D, "start", "2021-11-24"),
     M(K, "2019", D, "switch", "2019"),
     M(K, "36 jam", N, "lockdown", 36, cls="dur"),
     M(K, "23 personel", N, "afp_first", 23),
     M(K, "Kamis (25/11/2021)", D, "afp_arrive", "2021-11-25"),
     M(K, "hingga 50 polisi", N, "afp_more", 50, qual="nearly"),

     M(R, "three charred bodies", N, "dead", 3),
     M(R, "three days", N, "riot_days", 3, cls="dur"),
     M(R, "Friday", D, "bodies_found", "2021-11-26"),
     M(R, "More than 100 people", N, "arrests", 100, SAT, qual="morethan"),
     M(R, "Saturday", D, "asof_sat", SAT),
     M(R, "Wednesday", D, "start", "2021-11-24"),
     M(R, "About 50 officers", N, "png", 50, qual="approx"),
     M(R, "Friday", D, "png_arrive", "2021-11-26", occ=2),
     M(R, "23 federal police", N, "afp_first", 23),
     M(R, "as many as 116", N, "contingent", 116, qual="nearly"),

     M(T, "Senin (6/12/2021)", D, "vote", "2021-12-06"),
     M(T, "32 anggota", N, "no", 32),
     M(T, "15 anggota", N, "yes", 15),
     M(T, "dua anggota", N, "abstain", 2),
     M(T, "tiga hari", N, "riot_days", 3, cls="dur"),
     M(T, "Kamis (25/11/2021)", D, "start", "2021-11-25", planted=True),
     M(T, "tiga jenazah", N, "dead", 3),
     M(T, "Lebih dari 100 orang", N, "arrests", 100, SAT, qual="morethan"),

     M(A, "Nearly four weeks", N, "weeks_since", 4, qual="nearly", cls="dur"),
     M(A, "Nov. 24", D, "start", "2021-11-24"),
     M(A, "Three people", N, "dead", 3),
     M(A, "more than 100 people", N, "arrests", 100, SAT, qual="morethan"),
     M(A, "Dec. 6", D, "vote", "2021-12-06"),
     M(A, "32 lawmakers", N, "no", 32),
     M(A, "15", N, "yes", 15),
     M(A, "two", N, "abstain", 2),
     M(A, "2019", D, "switch", "2019"),
    ]
    build("honiara-riots-2021", "The riots in Honiara, Solomon Islands (from Wednesday 24 November 2021): a 36-hour "
          "lockdown, 23 Australian federal police arriving on Thursday 25 November (the contingent to grow to as many "
          "as 116), about 50 Papua New Guinea officers and three bodies found on Friday 26 November, more than 100 "
          "arrests by Saturday 27 November; Prime Minister Manasseh Sogavare survives a no-confidence vote on Monday "
          "6 December 2021 (32 against, 15 for, two abstentions)", False, ms, names)


def pmvote():
    R, K, T, A = "reuters-may02", "kompas-may03", "antara-may04", "ap-may06"
    names = {
     "manele": "votes for Jeremiah Manele", "wale": "votes for Matthew Wale", "seats": "members of parliament",
     "our": "seats won by Sogavare's party",
     # dates
     "vote": "day of the vote for prime minister", "election": "day of the national election",
     "fm": "year Manele became foreign minister", "pact": "year of the security pact with China",
     "ap_day": "day of the AP report",
    }
    ms = [
     M(R, "Thursday", D, "vote", "2024-05-02"),
     M(R, "31 votes", N, "manele", 31),
     M(R, "18", N, "wale", 18),
     M(R, "50-member", N, "seats", 50),
     M(R, "April 17", D, "election", "2024-04-17"),
     M(R, "15", N, "our", 15),
     M(R, "50 seats", N, "seats", 50),
     M(R, "2019", D, "fm", "2019"),
     M(R, "2022", D, "pact", "2022"),

     M(K, "Kamis (2/5/2024)", D, "vote", "2024-05-02"),
     M(K, "31 suara", N, "manele", 31),
     M(K, "18 suara", N, "wale", 18),
     M(K, "50 orang", N, "seats", 50),
     M(K, "17 April 2024", D, "election", "2024-04-17"),
     M(K, "15", N, "our", 15),
     M(K, "50 kursi", N, "seats", 50),
     M(K, "2019", D, "fm", "2019"),
     M(K, "2022", D, "pact", "2022"),

     M(T, "31 suara", N, "manele", 31),
     M(T, "Kamis (2/5)", D, "vote", "2024-05-02"),
     M(T, "18 suara", N, "wale", 18),
     M(T, "50 orang", N, "seats", 50),
     M(T, "17 April", D, "election", "2024-04-17"),
     M(T, "15 kursi", N, "our", 15),
     M(T, "2019", D, "fm", "2019"),
     M(T, "2022", D, "pact", "2022"),

     M(A, "Monday", D, "ap_day", "2024-05-06"),
     M(A, "May 2", D, "vote", "2024-05-02"),
     M(A, "31 votes", N, "manele", 31),
     M(A, "18", N, "wale", 18),
     M(A, "The 50 members", N, "seats", 50),
     M(A, "April 17", D, "election", "2024-04-17"),
     M(A, "15 seats", N, "our", 15),
     M(A, "2019", D, "fm", "2019"),
     M(A, "2022", D, "pact", "2022"),
    ]
    build("solomons-pm-vote-2024", "The Solomon Islands parliament elects Jeremiah Manele prime minister (control) on "
          "Thursday 2 May 2024, by 31 votes to 18 for Matthew Wale in the 50-member parliament, after the national "
          "election of 17 April 2024 in which Manasseh Sogavare's party won 15 of the 50 seats; Manele foreign "
          "minister since 2019, the security pact with China of 2022. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    quake()
    honiara()
    pmvote()
