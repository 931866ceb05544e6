"""The hundred-and-forty-ninth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset149/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def nasiriyah():
    DT, R, A, AP = "detik-jul13", "reuters-jul14", "antara-jul15", "ap-aug12"
    # the running tallies: the first reports on Monday night, the provincial count late on Tuesday morning, the
    # count of Tuesday evening, and the health ministry's count of Wednesday 14 July (the deaths lowered from 92 to
    # 60: every lower later figure of the deaths is a revision). The wounded are counted by the provincial health
    # directorate and, differently, by the state news agency (sources).
    MON, TUE_AM, TUE_PM, WED = "2021-07-12 23:00", "2021-07-13 11:00", "2021-07-13 18:00", "2021-07-14 12:00"
    HD, INA = "the provincial health directorate", "the state news agency"
    names = {
     "deaths": "people killed in the fire", "injured": "people injured in the fire",
     "unidentified": "bodies not yet identified", "identified": "bodies identified and handed over",
     "warrants": "officials named in arrest warrants", "suspended": "officials suspended and detained",
     "beds": "beds in the isolation ward", "ward_age": "months since the ward opened",
     "gap": "months between the Baghdad fire and this one", "bg_deaths": "deaths in the Baghdad hospital fire",
     "bg_injured": "people injured in the Baghdad hospital fire",
     # dates
     "fire": "day the fire broke out", "noon_count": "day of the late-morning count",
     "tue_count": "day of the Tuesday evening count", "ministry": "day of the health ministry's count",
     "parliament": "day parliament questioned the governor", "bg_fire": "date of the Baghdad hospital fire",
    }
    ms = [
     M(DT, "64 orang", N, "deaths", 64, TUE_AM),
     M(DT, "Selasa (13/7/2021)", D, "noon_count", "2021-07-13"),
     M(DT, "50 orang", N, "injured", 50, TUE_AM, src=HD),
     M(DT, "Senin (12/7/2021)", D, "fire", "2021-07-12"),
     M(DT, "sekitar 20 orang", N, "deaths", 20, MON, qual="approx"),
     M(DT, "tiga pejabat", N, "suspended", 3),
     M(DT, "tiga bulan", N, "ward_age", 3, qual="approx", cls="dur"),
     M(DT, "70 tempat tidur", N, "beds", 70),
     M(DT, "tiga bulan", N, "gap", 3, qual="nearly", cls="dur", occ=2),
     M(DT, "April", D, "bg_fire", "2021-04"),
     M(DT, "sedikitnya 82 orang", N, "bg_deaths", 82, qual="atleast"),
     M(DT, "110 orang", N, "bg_injured", 110),

     M(R, "92", N, "deaths", 92, TUE_PM),
     M(R, "Tuesday", D, "tue_count", "2021-07-13"),
     M(R, "110 people", N, "injured", 110, TUE_PM, src=HD),
     M(R, "nearly 70", N, "injured", 70, TUE_PM, qual="nearly", src=INA),
     M(R, "Monday", D, "fire", "2021-07-12"),
     M(R, "70 beds", N, "beds", 70),
     M(R, "three months", N, "ward_age", 3, cls="dur"),
     M(R, "more than 20", N, "unidentified", 20, TUE_PM, qual="morethan"),
     M(R, "13 officials", N, "warrants", 13),
     M(R, "three months", N, "gap", 3, qual="nearly", cls="dur", occ=2),
     M(R, "April", D, "bg_fire", "2021-04"),
     M(R, "at least 82 people", N, "bg_deaths", 82, qual="atleast"),
     M(R, "110", N, "bg_injured", 110, occ=2),
     M(R, "Wednesday", D, "parliament", "2021-07-14"),

     M(A, "Rabu (14/7/2021)", D, "ministry", "2021-07-14"),
     M(A, "60 orang", N, "deaths", 60, WED),
     M(A, "92", N, "deaths", 92, TUE_PM),
     M(A, "39 jenazah", N, "identified", 39, WED),
     M(A, "21 jenazah", N, "unidentified", 21, WED),
     M(A, "60", N, "deaths", 60, WED, occ=2),
     M(A, "Senin (12/7/2021)", D, "fire", "2021-07-12"),
     M(A, "13 pejabat", N, "warrants", 13),
     M(A, "110 orang", N, "injured", 110, TUE_PM, src=HD),
     M(A, "Selasa (13/7/2021)", D, "tue_count", "2021-07-13"),

     M(AP, "July 11", D, "fire", "2021-07-11", planted=True),
     M(AP, "three months", N, "ward_age", 3, cls="dur"),
     M(AP, "70 beds", N, "beds", 70),
     M(AP, "92 people", N, "deaths", 92, TUE_PM),
     M(AP, "60", N, "deaths", 60, WED),
     M(AP, "39 bodies", N, "identified", 39, WED),
     M(AP, "21", N, "unidentified", 21, WED),
     M(AP, "more than 100 people", N, "injured", 100, TUE_PM, qual="morethan", src=HD),
     M(AP, "13 officials", N, "warrants", 13),
     M(AP, "three months", N, "gap", 3, qual="nearly", cls="dur", occ=2),
     M(AP, "at least 82 people", N, "bg_deaths", 82, qual="atleast"),
     M(AP, "April 24", D, "bg_fire", "2021-04-24"),
    ]
    build("nasiriyah-fire-2021", "The fire in the COVID-19 isolation ward of al-Hussein Teaching Hospital, Nasiriyah, "
          "Iraq (Monday night, 12 July 2021): the deaths rising from about 20 on the night to 64 late on Tuesday "
          "morning and 92 on Tuesday evening, lowered by the health ministry to 60 (39 identified, 21 not) on "
          "Wednesday 14 July; the wounded 50 -> 110 by the provincial health directorate, nearly 70 by the state news "
          "agency; arrest warrants for 13 officials; the Baghdad Ibn al-Khatib fire of 24 April (at least 82 dead, "
          "110 injured) recalled; a retrospective a month on", False, ms, names)


def turkey():
    R, K, T, AP = "reuters-apr17", "kompas-apr20", "tempo-apr28", "ap-may22"
    # the unofficial count of the night of Sunday 16 April against the electoral board's official result of
    # Thursday 27 April (sources, whatever the values)
    UNOFF, YSK = "the unofficial count", "the electoral board's official result"
    names = {
     "yes_share": "share voting Yes", "no_share": "share voting No", "turnout": "turnout",
     "yes_votes": "Yes votes", "no_votes": "No votes", "margin": "margin between Yes and No",
     "manip": "votes an observer said may have been manipulated", "new_seats": "seats in parliament after the change",
     "old_seats": "seats in parliament before the change", "articles": "amendments in the package",
     "parl_votes": "votes for the package in parliament", "threshold": "votes needed to put the package to a referendum",
     "ysk_against": "board members voting against the appeals", "ysk_members": "members of the electoral board",
     "ysk_for": "board members voting for the appeals", "parties": "parties that appealed",
     "delegates": "congress delegates", "erdogan_votes": "delegates' votes for Erdogan",
     "months_out": "months Erdogan was out of the party",
     # dates
     "referendum": "day of the referendum", "unstamped": "day the board decided to count unstamped ballots",
     "observers": "day of the observers' statement", "parl_vote": "day of parliament's vote",
     "ysk_ruling": "day the board rejected the appeals", "final": "day the official result was announced",
     "elections": "month of the next elections", "since": "year Erdogan came to lead Turkey",
     "until": "year Erdogan could stay in power until", "coup": "month of the failed coup",
     "congress": "day Erdogan was elected party chairman", "rejoin": "day Erdogan rejoined the party",
     "left": "month Erdogan left the party",
    }
    ms = [
     M(R, "Sunday", D, "referendum", "2017-04-16"),
     M(R, "51.4 percent", N, "yes_share", 51.4, qual="approx", cls="pct", src=UNOFF),
     M(R, "48.6 percent", N, "no_share", 48.6, qual="approx", cls="pct", src=UNOFF),
     M(R, "about 87 percent", N, "turnout", 87, qual="approx", cls="pct", src=UNOFF),
     M(R, "Sunday", D, "unstamped", "2017-04-16", occ=2),
     M(R, "Monday", D, "observers", "2017-04-17"),
     M(R, "18 amendments", N, "articles", 18),
     M(R, "600", N, "new_seats", 600),
     M(R, "550", N, "old_seats", 550),
     M(R, "Jan. 21", D, "parl_vote", "2017-01-21"),
     M(R, "339 votes", N, "parl_votes", 339),
     M(R, "330", N, "threshold", 330),
     M(R, "November 2019", D, "elections", "2019-11"),
     M(R, "2003", D, "since", "2003"),
     M(R, "2029", D, "until", "2029"),

     M(K, "Rabu (19/4/2017)", D, "ysk_ruling", "2017-04-19"),
     M(K, "10", N, "ysk_against", 10),
     M(K, "11 anggota", N, "ysk_members", 11),
     M(K, "satu anggota", N, "ysk_for", 1),
     M(K, "tiga partai", N, "parties", 3),
     M(K, "Minggu (16/4/2017)", D, "unstamped", "2017-04-16"),
     M(K, "51,41 persen", N, "yes_share", 51.41, cls="pct", src=UNOFF),
     M(K, "48,59 persen", N, "no_share", 48.59, cls="pct", src=UNOFF),
     M(K, "hingga 2,5 juta suara", N, "manip", 2500000),
     M(K, "18 pasal", N, "articles", 18),
     M(K, "339 suara", N, "parl_votes", 339),
     M(K, "21 Januari 2017", D, "parl_vote", "2017-01-21"),

     M(T, "Kamis (27/4/2017)", D, "final", "2017-04-27"),
     M(T, "25.175.463", N, "yes_votes", 25175463, planted=True),
     M(T, "51,41 persen", N, "yes_share", 51.41, cls="pct", src=YSK),
     M(T, "23.779.141", N, "no_votes", 23779141),
     M(T, "48,59 persen", N, "no_share", 48.59, cls="pct", src=YSK),
     M(T, "sekitar 1,4 juta suara", N, "margin", 1400000, qual="approx"),
     M(T, "87,45 persen", N, "turnout", 87.45, cls="pct", src=YSK),
     M(T, "Minggu (16/4/2017)", D, "referendum", "2017-04-16"),
     M(T, "Juli 2016", D, "coup", "2016-07"),
     M(T, "Selasa (18/4/2017)", D, "ysk_ruling", "2017-04-18", planted=True),
     M(T, "10 suara", N, "ysk_against", 10),
     M(T, "satu", N, "ysk_for", 1),
     M(T, "November 2019", D, "elections", "2019-11"),
     M(T, "550", N, "old_seats", 550),
     M(T, "600", N, "new_seats", 600),

     M(AP, "Sunday", D, "congress", "2017-05-21"),
     M(AP, "1,414 votes", N, "erdogan_votes", 1414),
     M(AP, "1,470 delegates", N, "delegates", 1470),
     M(AP, "May 2", D, "rejoin", "2017-05-02"),
     M(AP, "33 months", N, "months_out", 33, cls="dur"),
     M(AP, "August 2014", D, "left", "2014-08"),
     M(AP, "April 16", D, "referendum", "2017-04-16"),
     M(AP, "51.41 percent", N, "yes_share", 51.41, cls="pct", src=YSK),
     M(AP, "April 27", D, "final", "2017-04-27"),
     M(AP, "25,157,463", N, "yes_votes", 25157463),
     M(AP, "23,779,141", N, "no_votes", 23779141),
     M(AP, "nearly 1.4 million", N, "margin", 1400000, qual="nearly"),
     M(AP, "April 19", D, "ysk_ruling", "2017-04-19"),
     M(AP, "10 votes", N, "ysk_against", 10),
     M(AP, "one", N, "ysk_for", 1),
     M(AP, "18 amendments", N, "articles", 18),
     M(AP, "Jan. 21", D, "parl_vote", "2017-01-21"),
     M(AP, "339 votes", N, "parl_votes", 339),
     M(AP, "330", N, "threshold", 330),
     M(AP, "November 2019", D, "elections", "2019-11"),
     M(AP, "July 2016", D, "coup", "2016-07"),
     M(AP, "2029", D, "until", "2029"),
    ]
    build("turkey-referendum-2017", "Turkey's constitutional referendum on an executive presidency: parliament's "
          "approval of the 18 amendments with 339 votes on 21 January 2017; the vote of Sunday 16 April 2017 and the "
          "unofficial count that night (Yes 51.41%); the electoral board's rejection of three parties' appeals by 10 "
          "votes to 1 on Wednesday 19 April; the official result of Thursday 27 April (Yes 25,157,463 votes, 51.41%; "
          "No 23,779,141, 48.59%; turnout 87.45%); Erdogan's return to the party on 2 May and his election as its "
          "chairman on Sunday 21 May", False, ms, names)


def emirates():
    R, NAT, K, B = "reuters-may13", "thenational-may14", "kontan-may15", "bisnis-may16"
    names = {
     "profit": "group profit (billion dirhams)", "profit_usd": "group profit (billion dollars)",
     "profit_growth": "growth of group profit", "rev": "group revenue (billion dirhams)",
     "rev_usd": "group revenue (billion dollars)", "rev_growth": "growth of group revenue",
     "prev_profit": "previous year's group profit (billion dirhams)",
     "prev_profit_usd": "previous year's group profit (billion dollars)",
     "air_profit": "airline profit (billion dirhams)", "air_profit_usd": "airline profit (billion dollars)",
     "air_growth": "growth of airline profit", "air_rev": "airline revenue (billion dirhams)",
     "air_rev_usd": "airline revenue (billion dollars)", "air_rev_growth": "growth of airline revenue",
     "passengers": "passengers carried", "cargo": "cargo carried (million tonnes)", "load": "seat load factor",
     "dnata_profit": "dnata profit (billion dirhams)", "dnata_growth": "growth of dnata revenue",
     "dnata_rev": "dnata revenue (billion dirhams)", "cash": "cash balance (billion dirhams)",
     "cash_usd": "cash balance (billion dollars)", "cash_growth": "growth of the cash balance",
     "dividend": "dividends (billion dirhams)", "staff_growth": "growth of the workforce", "staff": "employees",
     "a350": "A350s to be delivered this year", "two_year": "two years' combined profit (billion dirhams)",
     "losses": "pandemic losses (billion dirhams)", "capacity": "growth of airline capacity",
     "invest": "investment (billion dirhams)", "invest_usd": "investment (billion dollars)",
     "bonus": "staff bonus (weeks of salary)", "freighters": "new 777 freighters",
     # dates
     "results": "day the results were released", "fy_end": "end of the financial year",
     "a350_first": "month of the first A350 delivery", "freighter_start": "year the freighters start arriving",
    }
    ms = [
     M(R, "18.7 billion dirhams", N, "profit", 18.7, cls="aedbn"),
     M(R, "$5.1 billion", N, "profit_usd", 5.1, cls="usdbn"),
     M(R, "Monday", D, "results", "2024-05-13"),
     M(R, "71%", N, "profit_growth", 71, cls="pct"),
     M(R, "15%", N, "rev_growth", 15, cls="pct"),
     M(R, "137.3 billion dirhams", N, "rev", 137.3, cls="aedbn"),
     M(R, "$37.4 billion", N, "rev_usd", 37.4, cls="usdbn"),
     M(R, "March 31, 2024", D, "fy_end", "2024-03-31"),
     M(R, "10.9 billion dirhams", N, "prev_profit", 10.9, cls="aedbn"),
     M(R, "$3.0 billion", N, "prev_profit_usd", 3.0, cls="usdbn"),
     M(R, "63%", N, "air_growth", 63, cls="pct"),
     M(R, "17.2 billion dirhams", N, "air_profit", 17.2, cls="aedbn"),
     M(R, "$4.7 billion", N, "air_profit_usd", 4.7, cls="usdbn"),
     M(R, "13%", N, "air_rev_growth", 13, cls="pct"),
     M(R, "121.2 billion dirhams", N, "air_rev", 121.2, cls="aedbn"),
     M(R, "$33.0 billion", N, "air_rev_usd", 33.0, cls="usdbn"),
     M(R, "51.9 million passengers", N, "passengers", 51900000),
     M(R, "2.2 million tonnes", N, "cargo", 2.2, cls="tonnes"),
     M(R, "79.9%", N, "load", 79.9, cls="pct"),
     M(R, "1.4 billion dirhams", N, "dnata_profit", 1.4, cls="aedbn"),
     M(R, "29%", N, "dnata_growth", 29, cls="pct"),
     M(R, "19.2 billion dirhams", N, "dnata_rev", 19.2, cls="aedbn"),
     M(R, "11%", N, "cash_growth", 11, cls="pct"),
     M(R, "47.1 billion dirhams", N, "cash", 47.1, cls="aedbn"),
     M(R, "$12.8 billion", N, "cash_usd", 12.8, cls="usdbn"),
     M(R, "4 billion dirhams", N, "dividend", 4, cls="aedbn"),
     M(R, "10%", N, "staff_growth", 10, cls="pct"),
     M(R, "112,406 employees", N, "staff", 112406),
     M(R, "10 Airbus A350 aircraft", N, "a350", 10),
     M(R, "August", D, "a350_first", "2024-08"),

     M(NAT, "Monday", D, "results", "2024-05-13"),
     M(NAT, "AED 18.7 billion", N, "profit", 18.7, cls="aedbn"),
     M(NAT, "March", D, "fy_end", "2024-03"),
     M(NAT, "71 per cent", N, "profit_growth", 71, cls="pct"),
     M(NAT, "15 per cent", N, "rev_growth", 15, cls="pct"),
     M(NAT, "AED 137.3 billion", N, "rev", 137.3, cls="aedbn"),
     M(NAT, "AED 47.1 billion", N, "cash", 47.1, cls="aedbn"),
     M(NAT, "AED 29.6 billion", N, "two_year", 29.6, cls="aedbn"),
     M(NAT, "AED 25.9 billion", N, "losses", 25.9, cls="aedbn"),
     M(NAT, "AED 17.2 billion", N, "air_profit", 17.2, cls="aedbn"),
     M(NAT, "AED 121.2 billion", N, "air_rev", 121.2, cls="aedbn"),
     M(NAT, "AED 1.4 billion", N, "dnata_profit", 1.4, cls="aedbn"),
     M(NAT, "29 per cent", N, "dnata_growth", 29, cls="pct"),
     M(NAT, "AED 19.2 billion", N, "dnata_rev", 19.2, cls="aedbn"),
     M(NAT, "51.9 million passengers", N, "passengers", 51900000),
     M(NAT, "20 per cent", N, "capacity", 20, cls="pct"),
     M(NAT, "AED 8.8 billion", N, "invest", 8.8, cls="aedbn"),
     M(NAT, "20 weeks", N, "bonus", 20, cls="dur"),
     M(NAT, "10 A350s", N, "a350", 10),
     M(NAT, "August", D, "a350_first", "2024-08"),
     M(NAT, "five new Boeing 777 freighters", N, "freighters", 5),
     M(NAT, "2024", D, "freighter_start", "2024"),

     M(K, "18,7 miliar dirham", N, "profit", 18.7, cls="aedbn"),
     M(K, "sekitar 5,1 miliar dolar AS", N, "profit_usd", 5.1, qual="approx", cls="usdbn"),
     M(K, "31 Maret 2024", D, "fy_end", "2024-03-31"),
     M(K, "71 persen", N, "profit_growth", 71, cls="pct"),
     M(K, "10,9 miliar dirham", N, "prev_profit", 10.9, cls="aedbn"),
     M(K, "Senin (13/5/2024)", D, "results", "2024-05-13"),
     M(K, "15 persen", N, "rev_growth", 15, cls="pct"),
     M(K, "137,3 miliar dirham", N, "rev", 137.3, cls="aedbn"),
     M(K, "37,4 miliar dolar AS", N, "rev_usd", 37.4, cls="usdbn"),
     M(K, "47,1 miliar dirham", N, "cash", 47.1, cls="aedbn"),
     M(K, "11 persen", N, "cash_growth", 11, cls="pct"),
     M(K, "17,2 miliar dirham", N, "air_profit", 17.2, cls="aedbn"),
     M(K, "63 persen", N, "air_growth", 63, cls="pct"),
     M(K, "121,2 miliar dirham", N, "air_rev", 121.2, cls="aedbn"),
     M(K, "51,9 juta penumpang", N, "passengers", 51900000),
     M(K, "79,9 persen", N, "load", 79.9, cls="pct"),
     M(K, "1,4 miliar dirham", N, "dnata_profit", 1.4, cls="aedbn"),
     M(K, "19,2 miliar dirham", N, "dnata_rev", 19.2, cls="aedbn"),
     M(K, "29 persen", N, "dnata_growth", 29, cls="pct"),
     M(K, "4 miliar dirham", N, "dividend", 4, cls="aedbn"),
     M(K, "10 persen", N, "staff_growth", 10, cls="pct"),
     M(K, "112.406 orang", N, "staff", 112406),

     M(B, "17,2 miliar dirham", N, "air_profit", 17.2, cls="aedbn"),
     M(B, "4,7 miliar dolar AS", N, "air_profit_usd", 4.7, cls="usdbn"),
     M(B, "Maret 2024", D, "fy_end", "2024-03"),
     M(B, "63%", N, "air_growth", 63, cls="pct"),
     M(B, "13%", N, "air_rev_growth", 13, cls="pct"),
     M(B, "121,2 miliar dirham", N, "air_rev", 121.2, cls="aedbn"),
     M(B, "33 miliar dolar AS", N, "air_rev_usd", 33, cls="usdbn"),
     M(B, "20%", N, "capacity", 20, cls="pct"),
     M(B, "2,2 juta ton", N, "cargo", 2.2, cls="tonnes"),
     M(B, "18,7 miliar dirham", N, "profit", 18.7, cls="aedbn"),
     M(B, "5,1 miliar dolar AS", N, "profit_usd", 5.1, cls="usdbn"),
     M(B, "71%", N, "profit_growth", 71, cls="pct"),
     M(B, "Senin (13/5/2024)", D, "results", "2024-05-13"),
     M(B, "137,3 miliar dirham", N, "rev", 137.3, cls="aedbn"),
     M(B, "15%", N, "rev_growth", 15, cls="pct"),
     M(B, "29,6 miliar dirham", N, "two_year", 29.6, cls="aedbn"),
     M(B, "25,9 miliar dirham", N, "losses", 25.9, cls="aedbn"),
     M(B, "8,8 miliar dirham", N, "invest", 8.8, cls="aedbn"),
     M(B, "2,4 miliar dolar AS", N, "invest_usd", 2.4, cls="usdbn"),
     M(B, "20 pekan", N, "bonus", 20, cls="dur"),
     M(B, "10 pesawat", N, "a350", 10),
     M(B, "Agustus", D, "a350_first", "2024-08"),
     M(B, "lima pesawat kargo", N, "freighters", 5),
     M(B, "2024", D, "freighter_start", "2024", occ=3),
     M(B, "47,1 miliar dirham", N, "cash", 47.1, cls="aedbn"),
     M(B, "12,8 miliar dolar AS", N, "cash_usd", 12.8, cls="usdbn"),
    ]
    build("emirates-results-2024", "The Emirates Group's annual results (control) of Monday 13 May 2024 for the year to "
          "31 March 2024: group profit AED 18.7 billion ($5.1 billion, up 71% from AED 10.9 billion), revenue AED "
          "137.3 billion ($37.4 billion, up 15%), cash AED 47.1 billion ($12.8 billion, up 11%); the airline's profit "
          "AED 17.2 billion ($4.7 billion, up 63%) on revenue of AED 121.2 billion ($33.0 billion, up 13%), 51.9 "
          "million passengers, 2.2 million tonnes of cargo, a 79.9% load factor; dnata's profit AED 1.4 billion on "
          "revenue of AED 19.2 billion (up 29%); AED 4 billion in dividends, 112,406 staff (up 10%), AED 8.8 billion "
          "invested, a 20-week bonus, 10 A350s from August. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    nasiriyah()
    turkey()
    emirates()
