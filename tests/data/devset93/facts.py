"""The ninety-third development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset93/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def kzn():
    R, K, AP, DT, AF = "reuters-apr14", "kompas-apr16", "ap-apr19", "detik-apr22", "afp-may12"
    # the government's running tally (the province's cooperative governance department, the premier, the
    # president's address and the police minister's revision are one tally): Tuesday 12 April, Wednesday 13 April at
    # 9 pm, Thursday 14 April at night, Friday 15 April, Sunday 17 April, Monday 18 April (the address), Tuesday 19
    # April, Thursday 21 April (the revision after post-mortems) and Wednesday 11 May
    TUE12, WED13N, THU14N, FRI15, SUN17, MON18, TUE19, THU21, MAY11 = (
        "2022-04-12", "2022-04-13T21", "2022-04-14T20", "2022-04-15", "2022-04-17", "2022-04-18T20", "2022-04-19",
        "2022-04-21", "2022-05-11")
    GOV, GOTG = "the KwaZulu-Natal government", "Gift of the Givers"
    names = {
     "dead": "people dead in the floods", "eth_dead": "people dead in the eThekwini metro",
     "ilembe_dead": "people dead in iLembe", "ugu_dead": "people dead in Ugu", "kc_dead": "people dead in King Cetshwayo",
     "umz_dead": "people dead in uMzinyathi", "missing": "people missing", "affected": "people affected",
     "injured": "people injured", "schools": "schools damaged", "displaced": "people displaced",
     "rain_low": "lowest rain in 24 hours (mm)", "rain_high": "highest rain in 24 hours (mm)",
     "rain_hours": "hours of the heaviest rain", "rescue_ops": "rescue operations carried out by Sunday",
     "households": "households affected", "destroyed": "homes destroyed", "damaged": "homes partly damaged",
     "roads": "damage to roads (billion rand)", "murdered": "bodies found to be murder victims",
     "natural": "people found to have died of natural causes", "divers": "police divers deployed",
     "dogs": "search dogs deployed", "boats": "boats deployed", "troops": "soldiers to be deployed",
     "damage": "damage to infrastructure (billion rand)", "search_ops": "search operations by May",
     "rescues": "rescues completed by May", "relief": "relief money allocated (billion rand)",
     # dates
     "rain_start": "day the heavy rain and floods began", "rain_end": "day the heaviest rain ended",
     "count45_day": "day of the count of 45", "count306_day": "day of the count of 306",
     "visit": "day of the president's visit", "forecast_dry": "day drier weather was forecast",
     "flood1987": "the earlier great flood", "count341_day": "day of the count of 341",
     "count395_day": "day of the count of 395", "cabinet": "day of the cabinet's special meeting",
     "count443_day": "day of the count of 443", "national_disaster": "day the national state of disaster was declared",
     "revision_day": "day the toll was revised down", "count448_day": "day of the count of 448",
     "gotg_day": "day of the charity's count of the missing", "may_briefing": "day of the May briefing",
    }
    ms = [
     M(R, "306 people", N, "dead", 306, WED13N, fall=False),
     M(R, "Wednesday", D, "count306_day", "2022-04-13"),
     M(R, "45", N, "dead", 45, TUE12),
     M(R, "Tuesday", D, "count45_day", "2022-04-12"),
     M(R, "Monday", D, "rain_start", "2022-04-11"),
     M(R, "Tuesday", D, "rain_end", "2022-04-12", occ=2),
     M(R, "Wednesday", D, "visit", "2022-04-13", occ=2),
     M(R, "Thursday", D, "forecast_dry", "2022-04-14"),
     M(R, "September 1987", D, "flood1987", "1987-09"),

     M(K, "395 orang", N, "dead", 395, FRI15),
     M(K, "Jumat (15/4/2022)", D, "count395_day", "2022-04-15"),
     M(K, "341 orang", N, "dead", 341, THU14N),
     M(K, "Kamis (14/4/2022)", D, "count341_day", "2022-04-14"),
     M(K, "Rabu malam", D, "count306_day", "2022-04-13"),
     M(K, "306 korban jiwa", N, "dead", 306, WED13N),
     M(K, "355 korban tewas", N, "eth_dead", 355, FRI15),
     M(K, "301 orang", N, "eth_dead", 301, THU14N),
     M(K, "28 orang", N, "ilembe_dead", 28),
     M(K, "6 orang", N, "ugu_dead", 6),
     M(K, "4 orang", N, "kc_dead", 4),
     M(K, "2 orang", N, "umz_dead", 2),
     M(K, "Kamis malam", D, "count341_day", "2022-04-14"),
     M(K, "40.723 orang", N, "affected", 40723, THU14N),
     M(K, "55 orang", N, "injured", 55, THU14N),
     M(K, "lebih dari 248 sekolah", N, "schools", 248, THU14N, qual="morethan"),
     M(K, "Senin (11/4/2022)", D, "rain_start", "2022-04-11"),
     M(K, "Selasa (12/4/2022)", D, "rain_end", "2022-04-12"),

     M(AP, "Monday", D, "national_disaster", "2022-04-18"),
     M(AP, "443 people", N, "dead", 443, MON18),
     M(AP, "Sunday", D, "cabinet", "2022-04-17"),
     M(AP, "200", N, "rain_low", 200, cls="mm"),
     M(AP, "400 millimetres", N, "rain_high", 400, cls="mm"),
     M(AP, "24 hours", N, "rain_hours", 24, cls="dur"),
     M(AP, "April 11", D, "rain_start", "2022-04-11"),
     M(AP, "April 12", D, "rain_end", "2022-04-12"),
     M(AP, "Sunday", D, "count443_day", "2022-04-17", occ=2),
     M(AP, "443", N, "dead", 443, SUN17, occ=2),
     M(AP, "63", N, "missing", 63, SUN17, src=GOV, fall=True),
     M(AP, "185 rescue operations", N, "rescue_ops", 185, SUN17),
     M(AP, "13,556 households", N, "households", 13556, SUN17),
     M(AP, "3,937 homes", N, "destroyed", 3937, SUN17),
     M(AP, "8,329", N, "damaged", 8329, SUN17),
     M(AP, "5.6 billion rand", N, "roads", 5.6, SUN17, cls="rand"),
     M(AP, "More than 40,000 people", N, "displaced", 40000, MON18, qual="morethan", fall=True),

     M(DT, "435 orang", N, "dead", 435, THU21),
     M(DT, "448 orang", N, "dead", 448, TUE19),
     M(DT, "Kamis (21/4/2022)", D, "revision_day", "2022-04-21"),
     M(DT, "4 jenazah", N, "murdered", 4),
     M(DT, "9 orang", N, "natural", 9),
     M(DT, "Selasa (19/4/2022)", D, "national_disaster", "2022-04-19", planted=True),
     M(DT, "448", N, "dead", 448, TUE19, occ=2),
     M(DT, "Selasa", D, "count448_day", "2022-04-19", occ=2),
     M(DT, "443 orang", N, "dead", 443, SUN17),
     M(DT, "Minggu (17/4/2022)", D, "count443_day", "2022-04-17"),
     M(DT, "237 orang", N, "missing", 237, TUE19, src=GOTG, fall=True),
     M(DT, "Selasa", D, "gotg_day", "2022-04-19", occ=3),
     M(DT, "Lebih dari 50 penyelam", N, "divers", 50, qual="morethan"),
     M(DT, "17 anjing pelacak", N, "dogs", 17),
     M(DT, "lebih dari 21 perahu", N, "boats", 21, qual="morethan"),
     M(DT, "10.000 tentara", N, "troops", 10000),
     M(DT, "sedikitnya 10 miliar rand", N, "damage", 10, THU21, qual="atleast", cls="rand"),

     M(AF, "445", N, "dead", 445, MAY11),
     M(AF, "48 people", N, "missing", 48, MAY11, src=GOV, fall=True),
     M(AF, "Wednesday", D, "may_briefing", "2022-05-11"),
     M(AF, "386", N, "eth_dead", 386, MAY11),
     M(AF, "435", N, "dead", 435, THU21),
     M(AF, "April 21", D, "revision_day", "2022-04-21"),
     M(AF, "448", N, "dead", 448, TUE19),
     M(AF, "748 operations", N, "search_ops", 748, MAY11),
     M(AF, "more than 168 rescues", N, "rescues", 168, MAY11, qual="morethan"),
     M(AF, "April 11", D, "rain_start", "2022-04-11"),
     M(AF, "More than 7,200 homes", N, "destroyed", 7200, MAY11, qual="morethan"),
     M(AF, "about 25 billion rand", N, "damage", 25, MAY11, qual="approx", cls="rand"),
     M(AF, "April 18", D, "national_disaster", "2022-04-18"),
     M(AF, "1 billion rand", N, "relief", 1, cls="rand"),
     M(AF, "April 11", D, "rain_start", "2022-04-11", occ=2),
     M(AF, "September 1987", D, "flood1987", "1987-09"),
    ]
    build("kzn-floods-2022", "The KwaZulu-Natal floods of April 2022: heavy rain from Monday 11 April (200 to 400 mm "
          "in 24 hours on 11-12 April); the government's toll 45 on Tuesday 12 April, 306 on Wednesday night, 341 on "
          "Thursday night (eThekwini 301), 395 on Friday 15 April (eThekwini 355), 443 on Sunday 17 April with 63 "
          "missing, 443 in the president's address of Monday 18 April declaring a national state of disaster, 448 on "
          "Tuesday 19 April, revised down to 435 on Thursday 21 April (4 murdered, 9 natural deaths), 445 with 48 "
          "missing on Wednesday 11 May (eThekwini 386); Gift of the Givers' 237 missing on 19 April; 13,556 "
          "households affected, 3,937 homes destroyed and 8,329 partly damaged on 17 April, more than 7,200 destroyed "
          "by May; damage of at least R10 billion on 21 April and about R25 billion in May, roads R5.6 billion",
          False, ms, names)


def liberia():
    R, K, AP, A, AF = "reuters-nov17", "kompas-nov18", "ap-nov21", "antara-jan16", "afp-jan23"
    # the runoff count in stages: Thursday 16 November (5,107 of 5,890 polling places), Friday 17 November (99.58%),
    # Saturday 18 November (99.98%) and the final declaration of Monday 20 November
    S1, S2, S3, FIN = "2023-11-16", "2023-11-17", "2023-11-18", "2023-11-20"
    NOV, JAN22 = "2023-11", "2024-01-22"
    names = {
     "places_counted": "polling places counted", "places_total": "polling places in all",
     "boakai_votes": "votes for Boakai in the runoff", "weah_votes": "votes for Weah in the runoff",
     "boakai_share": "Boakai's share in the runoff", "weah_share": "Weah's share in the runoff",
     "counted": "share of polling places counted", "margin": "Boakai's lead in votes",
     "weah_r1": "Weah's first-round share", "boakai_r1": "Boakai's first-round share",
     "weah_r1_votes": "Weah's first-round votes", "boakai_r1_votes": "Boakai's first-round votes",
     "candidates": "candidates in the first round", "registered": "registered voters",
     "boakai_age": "Boakai's age", "weah_age": "Weah's age", "koung_age": "Koung's age",
     "weah_2017": "Weah's share in the 2017 runoff", "threshold": "share needed to win the first round",
     "vp_years": "years Boakai served as vice president", "counties": "counties",
     "ballots": "people who voted in the runoff", "turnout": "turnout in the runoff",
     "declared_after": "days from the concession to the declaration", "war_dead": "people killed in the civil wars",
     "koffa_votes": "votes for Koffa as speaker", "koon_votes": "votes for Koon as speaker",
     "house_voted": "members of the House who voted", "house_seats": "members of the House",
     "week_before": "weeks from the speaker's election to the inauguration", "president_no": "Boakai's rank among presidents",
     "since_runoff": "months from the runoff to the inauguration", "term": "years of the presidential term",
     # dates
     "count1_day": "day of the count at 86.71%", "runoff": "day of the runoff", "round1": "day of the first round",
     "vp_from": "year Boakai became vice president", "vp_to": "year Boakai's vice presidency ended",
     "e2017": "the previous election", "concession": "day Weah conceded", "next_election": "the next election",
     "declaration": "day the final result was declared", "count3_day": "day of the count at 99.98%",
     "inauguration": "day Boakai was sworn in", "weah_office": "month Weah took office",
     "war_end": "year the civil wars ended", "speaker_vote": "day the speaker was elected",
    }
    ms = [
     M(R, "Thursday", D, "count1_day", "2023-11-16"),
     M(R, "5,107", N, "places_counted", 5107, S1, fall=True),
     M(R, "5,890 polling places", N, "places_total", 5890),
     M(R, "Tuesday", D, "runoff", "2023-11-14"),
     M(R, "712,741 votes", N, "boakai_votes", 712741, S1),
     M(R, "50.58%", N, "boakai_share", 50.58, S1, cls="pct", fall=True),
     M(R, "696,520 votes", N, "weah_votes", 696520, S1),
     M(R, "49.42%", N, "weah_share", 49.42, S1, cls="pct", fall=True),
     M(R, "86.71%", N, "counted", 86.71, S1, cls="pct"),
     M(R, "16,221 votes", N, "margin", 16221, S1, fall=True),
     M(R, "Oct. 10", D, "round1", "2023-10-10"),
     M(R, "43.83%", N, "weah_r1", 43.83, cls="pct"),
     M(R, "43.44%", N, "boakai_r1", 43.44, cls="pct"),
     M(R, "20 candidates", N, "candidates", 20),
     M(R, "About 2.4 million", N, "registered", 2400000, qual="approx"),
     M(R, "78", N, "boakai_age", 78, NOV, cls="age"),
     M(R, "2006", D, "vp_from", "2006"),
     M(R, "2018", D, "vp_to", "2018"),
     M(R, "57-year-old", N, "weah_age", 57, cls="age"),
     M(R, "2017", D, "e2017", "2017"),
     M(R, "61.5%", N, "weah_2017", 61.5, cls="pct"),
     M(R, "Tuesday", D, "runoff", "2023-11-14", occ=2),

     M(K, "Jumat (17/11/2023)", D, "concession", "2023-11-17"),
     M(K, "99,58 persen", N, "counted", 99.58, S2, cls="pct"),
     M(K, "50,89 persen", N, "boakai_share", 50.89, S2, cls="pct", fall=True),
     M(K, "49,11 persen", N, "weah_share", 49.11, S2, cls="pct", fall=True),
     M(K, "57 tahun", N, "weah_age", 57, cls="age"),
     M(K, "2029", D, "next_election", "2029"),
     M(K, "Selasa (14/11/2023)", D, "runoff", "2023-11-14"),
     M(K, "20 kandidat", N, "candidates", 20),
     M(K, "50 persen", N, "threshold", 50, cls="pct"),
     M(K, "10 Oktober", D, "round1", "2023-10-10"),
     M(K, "43,83 persen", N, "weah_r1", 43.83, cls="pct"),
     M(K, "43,34 persen", N, "boakai_r1", 43.34, cls="pct", planted=True),
     M(K, "78 tahun", N, "boakai_age", 78, NOV, cls="age"),
     M(K, "12 tahun", N, "vp_years", 12, cls="dur"),
     M(K, "2017", D, "e2017", "2017"),

     M(AP, "Monday", D, "declaration", "2023-11-20"),
     M(AP, "Nov. 14", D, "runoff", "2023-11-14"),
     M(AP, "three days", N, "declared_after", 3, cls="dur"),
     M(AP, "814,481 votes", N, "boakai_votes", 814481, FIN),
     M(AP, "50.64%", N, "boakai_share", 50.64, FIN, cls="pct", fall=True),
     M(AP, "793,914 votes", N, "weah_votes", 793914, FIN),
     M(AP, "49.36%", N, "weah_share", 49.36, FIN, cls="pct", fall=True),
     M(AP, "5,890 polling places", N, "places_total", 5890),
     M(AP, "15 counties", N, "counties", 15),
     M(AP, "20,567 votes", N, "margin", 20567, FIN, fall=True),
     M(AP, "1,634,183", N, "ballots", 1634183),
     M(AP, "66.12%", N, "turnout", 66.12, cls="pct"),
     M(AP, "Saturday", D, "count3_day", "2023-11-18"),
     M(AP, "99.98%", N, "counted", 99.98, S3, cls="pct"),
     M(AP, "Oct. 10", D, "round1", "2023-10-10"),
     M(AP, "804,087 votes", N, "weah_r1_votes", 804087),
     M(AP, "43.83%", N, "weah_r1", 43.83, cls="pct"),
     M(AP, "796,961", N, "boakai_r1_votes", 796961),
     M(AP, "43.44%", N, "boakai_r1", 43.44, cls="pct"),
     M(AP, "45", N, "koung_age", 45, cls="age"),
     M(AP, "78-year-old", N, "boakai_age", 78, NOV, cls="age"),
     M(AP, "January", D, "inauguration", "2024-01"),
     M(AP, "January 2018", D, "weah_office", "2018-01"),
     M(AP, "2017", D, "e2017", "2017"),
     M(AP, "250,000 people", N, "war_dead", 250000, qual="approx"),
     M(AP, "2003", D, "war_end", "2003"),

     M(A, "Senin (15/1/2024)", D, "speaker_vote", "2024-01-15"),
     M(A, "36 suara", N, "koffa_votes", 36),
     M(A, "31 suara", N, "koon_votes", 31),
     M(A, "67", N, "house_voted", 67),
     M(A, "73 anggota", N, "house_seats", 73),
     M(A, "sepekan", N, "week_before", 1, cls="dur"),
     M(A, "Senin (22/1/2024)", D, "inauguration", "2024-01-22"),
     M(A, "14 November 2023", D, "runoff", "2023-11-14"),
     M(A, "50,64 persen", N, "boakai_share", 50.64, FIN, cls="pct", fall=True),
     M(A, "49,36 persen", N, "weah_share", 49.36, FIN, cls="pct", fall=True),
     M(A, "20.567 suara", N, "margin", 20567, FIN, fall=True),

     M(AF, "26th", N, "president_no", 26),
     M(AF, "Monday", D, "inauguration", "2024-01-22"),
     M(AF, "two months", N, "since_runoff", 2, cls="dur"),
     M(AF, "79", N, "boakai_age", 79, JAN22, cls="age"),
     M(AF, "six-year", N, "term", 6, cls="dur"),
     M(AF, "Nov. 14", D, "runoff", "2023-11-14"),
     M(AF, "50.64%", N, "boakai_share", 50.64, FIN, cls="pct", fall=True),
     M(AF, "49.36%", N, "weah_share", 49.36, FIN, cls="pct", fall=True),
     M(AF, "about 20,500 votes", N, "margin", 20500, FIN, qual="approx", fall=True),
     M(AF, "57", N, "weah_age", 57, cls="age"),
     M(AF, "Nov. 17", D, "concession", "2023-11-17"),
     M(AF, "38 votes", N, "koffa_votes", 38, planted=True),
     M(AF, "31", N, "koon_votes", 31),
     M(AF, "January 2018", D, "weah_office", "2018-01"),
    ]
    build("liberia-election-2023", "Liberia's presidential runoff of Tuesday 14 November 2023: the count in stages "
          "(Thursday 16 November, 5,107 of 5,890 polling places or 86.71%: Boakai 712,741 votes, 50.58%, Weah 696,520, "
          "49.42%, a lead of 16,221; Friday 17 November, 99.58%: 50.89% to 49.11%, Weah's concession that night; "
          "Saturday 18 November, 99.98%); the commission's final result of Monday 20 November: Boakai 814,481 votes "
          "(50.64%), Weah 793,914 (49.36%), a margin of 20,567, 1,634,183 voters, turnout 66.12%; the first round of "
          "10 October (Weah 804,087, 43.83%; Boakai 796,961, 43.44%); the House's election of its speaker on Monday 15 "
          "January 2024 (Koffa 36, Koon 31) and Boakai's inauguration on Monday 22 January 2024", False, ms, names)


def mozambique():
    R, B, C, K = "reuters-jul31", "bisnis-aug01", "clubofmozambique-aug02", "kontan-aug03"
    names = {
     "rate": "the new MIMO rate", "rate_may": "the rate set in May (the rate before the decision)",
     "cut": "size of the cut", "cut_jan": "size of January's cut", "cut_mar": "size of March's cut",
     "cut_may": "size of May's cut", "start_rate": "the rate at the start of 2024", "rate_jan": "the rate set in January",
     "rate_mar": "the rate set in March", "cum_cut": "cuts so far this year", "infl_jun": "annual inflation in June",
     "infl_may": "annual inflation in May", "gdp_ex": "first-quarter growth excluding LNG",
     "gdp_inc": "first-quarter growth including LNG", "debt": "domestic public debt (billion meticais)",
     "debt_usd": "domestic public debt (billion dollars)",
     # dates
     "decision": "day of the decision", "presser": "day of the governor's news conference",
     "may_meeting": "month of the previous cut", "infl_month": "month of the inflation reading",
     "infl_prev_month": "month of the previous inflation reading", "jan_month": "month of January's cut",
     "mar_month": "month of March's cut", "y2024": "the year 2024", "next_meeting": "day of the next meeting",
    }
    ms = [
     M(R, "75 basis points", N, "cut", 75, cls="bp"),
     M(R, "14.25%", N, "rate", 14.25, cls="pct"),
     M(R, "Wednesday", D, "decision", "2024-07-31"),
     M(R, "15%", N, "rate_may", 15, cls="pct"),
     M(R, "May", D, "may_meeting", "2024-05"),
     M(R, "3.04%", N, "infl_jun", 3.04, cls="pct"),
     M(R, "June", D, "infl_month", "2024-06"),
     M(R, "3.07%", N, "infl_may", 3.07, cls="pct"),
     M(R, "May", D, "infl_prev_month", "2024-05", occ=2),
     M(R, "Wednesday", D, "presser", "2024-07-31", occ=2),
     M(R, "2024", D, "y2024", "2024"),
     M(R, "17.25%", N, "start_rate", 17.25, cls="pct"),
     M(R, "75 basis points", N, "cut_jan", 75, cls="bp", occ=2, also=(("cut_mar", 75), ("cut_may", 75))),
     M(R, "16.5%", N, "rate_jan", 16.5, cls="pct"),
     M(R, "January", D, "jan_month", "2024-01"),
     M(R, "15.75%", N, "rate_mar", 15.75, cls="pct"),
     M(R, "March", D, "mar_month", "2024-03"),
     M(R, "15%", N, "rate_may", 15, cls="pct", occ=2),
     M(R, "May", D, "may_meeting", "2024-05", occ=3),
     M(R, "3 percentage points", N, "cum_cut", 300, qual="unit", cls="bp"),
     M(R, "2.3%", N, "gdp_ex", 2.3, cls="pct"),
     M(R, "3.2%", N, "gdp_inc", 3.2, cls="pct"),
     M(R, "377.9 billion meticais", N, "debt", 377.9, cls="bn"),
     M(R, "about $5.9 billion", N, "debt_usd", 5.9, qual="approx", cls="bn"),
     M(R, "Sept. 30", D, "next_meeting", "2024-09-30"),

     M(B, "75 basis poin", N, "cut", 75, cls="bp"),
     M(B, "15%", N, "rate_may", 15, cls="pct"),
     M(B, "14,25%", N, "rate", 14.25, cls="pct"),
     M(B, "Rabu (31/7/2024)", D, "decision", "2024-07-31"),
     M(B, "2024", D, "y2024", "2024", occ=2),
     M(B, "17,25%", N, "start_rate", 17.25, cls="pct"),
     M(B, "16,5%", N, "rate_jan", 16.5, cls="pct"),
     M(B, "Januari", D, "jan_month", "2024-01"),
     M(B, "15,75%", N, "rate_mar", 15.75, cls="pct"),
     M(B, "Maret", D, "mar_month", "2024-03"),
     M(B, "15%", N, "rate_may", 15, cls="pct", occ=2),
     M(B, "Mei", D, "may_meeting", "2024-05"),
     M(B, "300 basis poin", N, "cum_cut", 300, cls="bp"),
     M(B, "2024", D, "y2024", "2024", occ=3),
     M(B, "3,04%", N, "infl_jun", 3.04, cls="pct"),
     M(B, "Juni", D, "infl_month", "2024-06"),
     M(B, "3,07%", N, "infl_may", 3.07, cls="pct"),
     M(B, "Mei", D, "infl_prev_month", "2024-05", occ=2),
     M(B, "2,3%", N, "gdp_ex", 2.3, cls="pct"),
     M(B, "3,2%", N, "gdp_inc", 3.2, cls="pct"),
     M(B, "377,9 miliar metical", N, "debt", 377.9, cls="bn"),
     M(B, "sekitar US$5,9 miliar", N, "debt_usd", 5.9, qual="approx", cls="bn"),
     M(B, "30 September 2024", D, "next_meeting", "2024-09-30"),

     M(C, "15 per cent", N, "rate_may", 15, cls="pct"),
     M(C, "14.25 per cent", N, "rate", 14.25, cls="pct"),
     M(C, "Wednesday, July 31", D, "decision", "2024-07-31"),
     M(C, "0.75 percentage point", N, "cut", 75, qual="unit", cls="bp"),
     M(C, "2024", D, "y2024", "2024"),
     M(C, "17.25 per cent", N, "start_rate", 17.25, cls="pct"),
     M(C, "16.5 per cent", N, "rate_jan", 16.5, cls="pct"),
     M(C, "January", D, "jan_month", "2024-01"),
     M(C, "15.75 per cent", N, "rate_mar", 15.75, cls="pct"),
     M(C, "March", D, "mar_month", "2024-03"),
     M(C, "15 per cent", N, "rate_may", 15, cls="pct", occ=2),
     M(C, "May", D, "may_meeting", "2024-05"),
     M(C, "300 basis points", N, "cum_cut", 300, cls="bp"),
     M(C, "3.04 per cent", N, "infl_jun", 3.04, cls="pct"),
     M(C, "June", D, "infl_month", "2024-06"),
     M(C, "3.07 per cent", N, "infl_may", 3.07, cls="pct"),
     M(C, "May", D, "infl_prev_month", "2024-05", occ=2),
     M(C, "2.3 per cent", N, "gdp_ex", 2.3, cls="pct"),
     M(C, "2024", D, "y2024", "2024", occ=2),
     M(C, "3.2 per cent", N, "gdp_inc", 3.2, cls="pct"),
     M(C, "377.9 billion meticais", N, "debt", 377.9, cls="bn"),
     M(C, "about 5.9 billion US dollars", N, "debt_usd", 5.9, qual="approx", cls="bn"),
     M(C, "30 September", D, "next_meeting", "2024-09-30"),

     M(K, "0,75 poin persentase", N, "cut", 75, qual="unit", cls="bp"),
     M(K, "14,25 persen", N, "rate", 14.25, cls="pct"),
     M(K, "Rabu, 31 Juli 2024", D, "decision", "2024-07-31"),
     M(K, "15 persen", N, "rate_may", 15, cls="pct"),
     M(K, "Mei 2024", D, "may_meeting", "2024-05"),
     M(K, "75 basis poin", N, "cut_jan", 75, cls="bp", also=(("cut_mar", 75), ("cut_may", 75))),
     M(K, "Januari", D, "jan_month", "2024-01"),
     M(K, "Maret", D, "mar_month", "2024-03"),
     M(K, "Mei", D, "may_meeting", "2024-05", occ=2),
     M(K, "2024", D, "y2024", "2024", occ=3),
     M(K, "17,25 persen", N, "start_rate", 17.25, cls="pct"),
     M(K, "3 poin persentase", N, "cum_cut", 300, qual="unit", cls="bp"),
     M(K, "Juni 2024", D, "infl_month", "2024-06"),
     M(K, "3,04 persen", N, "infl_jun", 3.04, cls="pct"),
     M(K, "3,07 persen", N, "infl_may", 3.07, cls="pct"),
     M(K, "2,3 persen", N, "gdp_ex", 2.3, cls="pct"),
     M(K, "2024", D, "y2024", "2024", occ=5),
     M(K, "3,2 persen", N, "gdp_inc", 3.2, cls="pct"),
     M(K, "377,9 miliar metical", N, "debt", 377.9, cls="bn"),
     M(K, "sekitar 5,9 miliar dolar AS", N, "debt_usd", 5.9, qual="approx", cls="bn"),
    ]
    build("mozambique-rate-2024", "The Bank of Mozambique's rate decision (control) of Wednesday 31 July 2024: the "
          "MIMO rate cut 75 basis points from 15% to 14.25%, the fourth cut of 2024 (from 17.25% at the start of the "
          "year to 16.5% in January, 15.75% in March and 15% in May, 75 basis points each; 300 basis points in all); "
          "annual inflation of 3.04% in June (3.07% in May), single-digit inflation expected over the medium term; "
          "first-quarter growth of 2.3% excluding LNG and 3.2% including it; domestic public debt of 377.9 billion "
          "meticais (about $5.9 billion); the next meeting on 30 September. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    kzn()
    liberia()
    mozambique()
