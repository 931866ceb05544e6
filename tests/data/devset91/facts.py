"""The ninety-first development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset91/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def kerala():
    R1, K, DT, R2, T = "reuters-aug10", "kompas-aug13", "detik-aug19", "reuters-aug20", "tempo-aug31"
    # the state's running tallies: Friday 10 August in the morning, Saturday 11 August at night, Friday 17 August
    # (the chief minister's office and the home ministry's emergency centre), Saturday 18 August at the chief
    # minister's review meeting with the prime minister (midday) and at night, Sunday 19, Monday 20 and Thursday 30
    # August (the assembly's special session)
    FRI10, SAT11, MON13, FRI17, SAT18, SAT18N, SUN19, MON20, THU30 = (
        "2018-08-10T09", "2018-08-11T20", "2018-08-13T05", "2018-08-17", "2018-08-18T12", "2018-08-18T20",
        "2018-08-19", "2018-08-20", "2018-08-30")
    STATE, NERC = "the Kerala government", "the home ministry's emergency response centre"
    names = {
     "dead8": "people dead since the second spell began on 8 August",
     "dead_season": "people dead since the monsoon began on 29 May", "missing": "people missing",
     "landslide_dead": "people killed by landslides in two hill districts", "years_closed": "years since the dam's gates were last opened",
     "dams_open": "dams with open shutters", "camp_people": "people in relief camps", "camps": "relief camps open",
     "peak_people": "people in relief camps at the height of the floods",
     "peak_camps": "relief camps open at the height of the floods", "frl": "the Idukki reservoir's full level",
     "level": "the Idukki reservoir's level", "ndrf_teams": "disaster response teams sent",
     "ndrf_districts": "districts the teams were sent to", "army_columns": "army columns deployed",
     "column_size": "soldiers in each column", "centre_aid": "the central government's first aid (crore rupees)",
     "modi_aid": "the prime minister's interim aid (crore rupees)", "comp_dead": "compensation per death (lakh rupees)",
     "comp_home": "compensation per destroyed home (lakh rupees)", "loss": "estimated loss (crore rupees)",
     "houses": "houses fully damaged", "roads": "length of damaged state roads", "rescued_day": "people rescued on Saturday",
     "stranded": "people still stranded on Saturday", "families_roofs": "families stranded on roofs in Chengannur",
     "medical_camps": "medical camps set up", "rain": "rain from 1 June to 19 August",
     "rain_normal": "normal rain from 1 June to 19 August", "crops": "farmland damaged",
     "rain_forecast": "rain forecast for the week to 15 August", "rain_week": "rain recorded in the week to 15 August",
     "cmdrf": "donations to the chief minister's relief fund (crore rupees)", "airport_days": "days the airport was shut",
     "weeks_since": "weeks from the second spell's start to the session",
     # dates
     "spell_start": "day the second spell began", "monsoon_start": "day the monsoon began",
     "count26_day": "day of the count of 26", "count37_day": "day of the count of 37",
     "trial_run": "day the Cheruthoni dam's shutter was opened", "airport_halt": "day flights were briefly halted",
     "centre_aid_day": "day the home minister announced the first aid", "cm_survey": "day of the chief minister's aerial survey",
     "level_day": "day of the reservoir reading", "forecast_end": "last day of the forecast heavy rain",
     "modi_visit": "day of the prime minister's visit", "count324_day": "day of the counts of 324 and 247",
     "count206_day": "day of the count of 206", "airport_closed": "day the airport closed",
     "airport_plan": "day the airport was first due to reopen", "count373_day": "day of the count of 373",
     "count197_day": "day of the count of 197", "camp_day": "day of the count of 724,649 in camps",
     "calamity_day": "day the floods were declared a severe calamity", "rain_from": "start of the rain period",
     "rain_to": "end of the rain period", "navy_flights": "day flights began at the naval air station",
     "session": "day of the assembly's special session", "rain_week_end": "end of the week of forecast rain",
     "airport_reopen": "day the airport reopened",
    }
    ms = [
     M(R1, "26 people", N, "dead8", 26, FRI10, src=STATE),
     M(R1, "Wednesday", D, "spell_start", "2018-08-08"),
     M(R1, "Friday", D, "count26_day", "2018-08-10"),
     M(R1, "Seventeen", N, "landslide_dead", 17, FRI10),
     M(R1, "Thursday", D, "trial_run", "2018-08-09"),
     M(R1, "26 years", N, "years_closed", 26, cls="dur"),
     M(R1, "24 dams", N, "dams_open", 24),
     M(R1, "More than 10,000 people", N, "camp_people", 10000, FRI10, qual="morethan", fall=True),
     M(R1, "157 relief camps", N, "camps", 157, FRI10, fall=True),
     M(R1, "2,403 feet", N, "frl", 2403, cls="ft"),
     M(R1, "six teams", N, "ndrf_teams", 6),
     M(R1, "five districts", N, "ndrf_districts", 5),
     M(R1, "three columns", N, "army_columns", 3),
     M(R1, "about 75 soldiers", N, "column_size", 75, qual="approx"),
     M(R1, "Thursday", D, "airport_halt", "2018-08-09", occ=2),

     M(K, "37 orang", N, "dead8", 37, SAT11, src=STATE),
     M(K, "Sabtu (11/8/2018)", D, "count37_day", "2018-08-11"),
     M(K, "26 orang", N, "dead8", 26, FRI10, src=STATE),
     M(K, "Jumat pagi", D, "count26_day", "2018-08-10"),
     M(K, "60.622 orang", N, "camp_people", 60622, SAT11, fall=True),
     M(K, "513 kamp", N, "camps", 513, SAT11, fall=True),
     M(K, "Minggu (12/8/2018)", D, "centre_aid_day", "2018-08-12"),
     M(K, "100 crore rupee", N, "centre_aid", 100, cls="crore"),
     M(K, "Sabtu", D, "cm_survey", "2018-08-11", occ=2),
     M(K, "4 lakh rupee", N, "comp_dead", 4, cls="lakh"),
     M(K, "10 lakh rupee", N, "comp_home", 10, cls="lakh"),
     M(K, "sekitar 8.316 crore rupee", N, "loss", 8316, "2018-08-12", qual="approx", cls="crore"),
     M(K, "hampir 20.000 rumah", N, "houses", 20000, qual="nearly"),
     M(K, "sekitar 10.000 kilometer", N, "roads", 10000, qual="approx", cls="km"),
     M(K, "2.397,94 kaki", N, "level", 2397.94, MON13, cls="ft"),
     M(K, "Senin (13/8/2018)", D, "level_day", "2018-08-13"),
     M(K, "2.403 kaki", N, "frl", 2403, cls="ft"),
     M(K, "Kamis (9/8/2018)", D, "trial_run", "2018-08-09"),
     M(K, "36 tahun", N, "years_closed", 36, cls="dur", planted=True),
     M(K, "14 Agustus", D, "forecast_end", "2018-08-14"),

     M(DT, "Sabtu (18/8/2018)", D, "modi_visit", "2018-08-18"),
     M(DT, "500 crore rupee", N, "modi_aid", 500, cls="crore"),
     M(DT, "100 crore rupee", N, "centre_aid", 100, cls="crore"),
     M(DT, "12 Agustus", D, "centre_aid_day", "2018-08-12"),
     M(DT, "357 orang", N, "dead_season", 357, SAT18, src=STATE),
     M(DT, "29 Mei", D, "monsoon_start", "2018-05-29"),
     M(DT, "19.512 crore rupee", N, "loss", 19512, SAT18, cls="crore"),
     M(DT, "lebih dari 353.000 orang", N, "camp_people", 353000, SAT18, qual="morethan", fall=True),
     M(DT, "lebih dari 2.000 kamp", N, "camps", 2000, SAT18, qual="morethan", fall=True),
     M(DT, "Jumat (17/8/2018)", D, "count324_day", "2018-08-17"),
     M(DT, "324 korban jiwa", N, "dead_season", 324, FRI17, src=STATE),
     M(DT, "247 korban tewas", N, "dead_season", 247, FRI17, src=NERC),
     M(DT, "28 orang hilang", N, "missing", 28, FRI17, src=NERC, fall=True),
     M(DT, "8 Agustus", D, "spell_start", "2018-08-08"),
     M(DT, "206 orang", N, "dead8", 206, SAT18N, src=STATE),
     M(DT, "Sabtu malam", D, "count206_day", "2018-08-18"),
     M(DT, "58.506 orang", N, "rescued_day", 58506),
     M(DT, "sekitar 100.000 orang", N, "stranded", 100000, qual="approx"),
     M(DT, "lebih dari 1.500 keluarga", N, "families_roofs", 1500, qual="morethan"),
     M(DT, "Rabu (15/8/2018)", D, "airport_closed", "2018-08-15"),
     M(DT, "26 Agustus", D, "airport_plan", "2018-08-26"),

     M(R2, "373", N, "dead_season", 373, MON20, src=STATE),
     M(R2, "Monday", D, "count373_day", "2018-08-20"),
     M(R2, "about 1.2 million", N, "camp_people", 1200000, MON20, qual="approx", fall=True),
     M(R2, "216", N, "dead8", 216, MON20, src=STATE),
     M(R2, "Aug. 8", D, "spell_start", "2018-08-08"),
     M(R2, "197", N, "dead8", 197, SUN19, src=STATE),
     M(R2, "Sunday", D, "count197_day", "2018-08-19"),
     M(R2, "Sunday", D, "camp_day", "2018-08-19", occ=2),
     M(R2, "724,649 people", N, "camp_people", 724649, SUN19, fall=True),
     M(R2, "5,645 relief camps", N, "camps", 5645, SUN19, fall=True),
     M(R2, "Monday", D, "calamity_day", "2018-08-20", occ=2),
     M(R2, "more than 3,500 medical camps", N, "medical_camps", 3500, qual="morethan"),
     M(R2, "2,346.6 mm", N, "rain", 2346.6, cls="mm"),
     M(R2, "June 1", D, "rain_from", "2018-06-01"),
     M(R2, "Aug. 19", D, "rain_to", "2018-08-19"),
     M(R2, "1,649.5 mm", N, "rain_normal", 1649.5, cls="mm"),
     M(R2, "Saturday", D, "modi_visit", "2018-08-18"),
     M(R2, "500 crore rupees", N, "modi_aid", 500, cls="crore"),
     M(R2, "Monday", D, "navy_flights", "2018-08-20", occ=3),
     M(R2, "Aug. 26", D, "airport_plan", "2018-08-26"),

     M(T, "483 orang", N, "dead_season", 483, THU30, src=STATE),
     M(T, "Kamis (30/8/2018)", D, "session", "2018-08-30"),
     M(T, "14 orang", N, "missing", 14, THU30, src=STATE, fall=True),
     M(T, "sekitar 1,45 juta orang", N, "peak_people", 1450000, qual="approx"),
     M(T, "lebih dari 3.000 kamp", N, "peak_camps", 3000, qual="morethan"),
     M(T, "59.296 orang", N, "camp_people", 59296, THU30, fall=True),
     M(T, "305 kamp", N, "camps", 305, THU30, fall=True),
     M(T, "Sekitar 57.000 hektare", N, "crops", 57000, qual="approx", cls="ha"),
     M(T, "15 Agustus", D, "rain_week_end", "2018-08-15"),
     M(T, "98,5 milimeter", N, "rain_forecast", 98.5, cls="mm"),
     M(T, "352,2 milimeter", N, "rain_week", 352.2, cls="mm"),
     M(T, "730 crore rupee", N, "cmdrf", 730, cls="crore"),
     M(T, "Rabu (29/8/2018)", D, "airport_reopen", "2018-08-29"),
     M(T, "14 hari", N, "airport_days", 14, cls="dur"),
     M(T, "15 Agustus", D, "airport_closed", "2018-08-15", occ=2),
     M(T, "lebih dari tiga pekan", N, "weeks_since", 3, qual="morethan", cls="dur"),
     M(T, "8 Agustus", D, "spell_start", "2018-08-08"),
    ]
    build("kerala-floods-2018", "The Kerala floods of August 2018: the second spell of heavy monsoon rain from "
          "Wednesday 8 August (the Cheruthoni dam's shutter opened on Thursday 9 August for the first time in 26 "
          "years); the state's toll since 8 August rising 26 (Friday 10 August) -> 37 (Saturday 11) -> 206 (Saturday "
          "18 at night), given as 197 on Sunday 19 (lower) and 216 on Monday 20; the toll since the monsoon began on "
          "29 May 324 (Friday 17; the home ministry's centre 247 the same day) -> 357 (Saturday 18) -> 373 (Monday 20) "
          "-> 483 with 14 missing at the assembly's special session on Thursday 30 August; people in camps rising to "
          "724,649 in 5,645 camps (Sunday 19) and about 1.2 million (Monday 20), 59,296 in 305 camps on 30 August; "
          "Cochin airport shut from Wednesday 15 August to Wednesday 29 August", False, ms, names)


def slovenia():
    R, K, A, T, AP = "reuters-apr25", "kompas-apr26", "antara-apr28", "tempo-may26", "ap-jun02"
    # the count on election night in stages (13.74 % of the votes counted, then 52 %), then the commission's
    # near-complete and final count; shares and seats of a count in progress may move both ways (fall=True)
    S1, S2, FIN = "2022-04-24T20", "2022-04-24T21", "2022-04-25"
    DVK, EXIT = "the State Election Commission", "the exit poll"
    names = {
     "gs_share": "the Freedom Movement's share", "sds_share": "the SDS's share", "nsi_share": "New Slovenia's share",
     "sd_share": "the Social Democrats' share", "levica_share": "the Left's share", "threshold": "the threshold",
     "counted": "share of the votes counted", "turnout": "turnout", "turnout2018": "turnout in 2018",
     "gs_seats": "the Freedom Movement's seats", "sds_seats": "the SDS's seats", "nsi_seats": "New Slovenia's seats",
     "sd_seats": "the Social Democrats' seats", "levica_seats": "the Left's seats", "minority": "minority seats",
     "assembly": "seats in the National Assembly", "majority": "seats needed for a majority",
     "other_parties": "other parties past the threshold", "voters": "eligible voters", "age": "Golob's age",
     "gs_votes": "votes for the Freedom Movement", "sds_votes": "votes for the SDS", "nsi_votes": "votes for New Slovenia",
     "coalition": "the coalition's seats", "pm_ayes": "votes for Golob as prime minister",
     "pm_noes": "votes against Golob as prime minister", "groups": "parliamentary groups consulted",
     "deadline": "weeks to propose the ministers", "cab_ayes": "votes for the cabinet", "cab_noes": "votes against the cabinet",
     "ministers": "ministers in the cabinet", "gs_ministers": "the Freedom Movement's ministers",
     "sd_ministers": "the Social Democrats' ministers", "levica_ministers": "the Left's ministers",
     "population": "Slovenia's population", "years_since": "years between the two elections",
     # dates
     "election": "day of the election", "y2018": "the previous election", "golob_entry": "month Golob entered politics",
     "jansa_since": "month Janša took office", "pm_vote": "day Golob was elected prime minister",
     "nomination": "day Golob was proposed", "cabinet": "day the cabinet was approved",
    }
    ms = [
     M(R, "Sunday", D, "election", "2022-04-24"),
     M(R, "34.5%", N, "gs_share", 34.45, FIN, qual="approx", cls="pct", src=DVK, fall=True),
     M(R, "41 seats", N, "gs_seats", 41, FIN, src=DVK, fall=True),
     M(R, "90-seat", N, "assembly", 90),
     M(R, "23.5%", N, "sds_share", 23.48, FIN, qual="approx", cls="pct", src=DVK, fall=True),
     M(R, "27 seats", N, "sds_seats", 27, FIN, src=DVK, fall=True),
     M(R, "35.8%", N, "gs_share", 35.8, cls="pct", src=EXIT),
     M(R, "22.5%", N, "sds_share", 22.5, cls="pct", src=EXIT),
     M(R, "Three other parties", N, "other_parties", 3),
     M(R, "4%", N, "threshold", 4, cls="pct"),
     M(R, "about 70%", N, "turnout", 70, qual="approx", cls="pct"),
     M(R, "52.6%", N, "turnout2018", 52.63, qual="approx", cls="pct"),
     M(R, "2018", D, "y2018", "2018"),
     M(R, "January", D, "golob_entry", "2022-01"),
     M(R, "46 seats", N, "majority", 46),
     M(R, "March 2020", D, "jansa_since", "2020-03"),
     M(R, "Nearly 1.7 million", N, "voters", 1700000, qual="nearly"),

     M(K, "Minggu (24/4/2022)", D, "election", "2022-04-24"),
     M(K, "13,74 persen", N, "counted", 13.74, cls="pct"),
     M(K, "30,62 persen", N, "gs_share", 30.62, S1, cls="pct", src=DVK, fall=True),
     M(K, "27,19 persen", N, "sds_share", 27.19, S1, cls="pct", src=DVK, fall=True),
     M(K, "52 persen", N, "counted", 52, S2, cls="pct"),
     M(K, "32,31 persen", N, "gs_share", 32.31, S2, cls="pct", src=DVK, fall=True),
     M(K, "25,37 persen", N, "sds_share", 25.37, S2, cls="pct", src=DVK, fall=True),
     M(K, "40 kursi", N, "gs_seats", 40, S2, src=DVK, fall=True),
     M(K, "31 kursi", N, "sds_seats", 31, S2, src=DVK, fall=True),
     M(K, "34,45 persen", N, "gs_share", 34.45, FIN, cls="pct", src=DVK, fall=True),
     M(K, "41 kursi", N, "gs_seats", 41, FIN, src=DVK, fall=True),
     M(K, "90 kursi", N, "assembly", 90),
     M(K, "23,48 persen", N, "sds_share", 23.48, FIN, cls="pct", src=DVK, fall=True),
     M(K, "27 kursi", N, "sds_seats", 27, FIN, src=DVK, fall=True),
     M(K, "6,86 persen", N, "nsi_share", 6.86, FIN, cls="pct", src=DVK, fall=True),
     M(K, "8 kursi", N, "nsi_seats", 8, FIN, src=DVK, fall=True),
     M(K, "6,69 persen", N, "sd_share", 6.69, FIN, cls="pct", src=DVK, fall=True),
     M(K, "7 kursi", N, "sd_seats", 7, FIN, src=DVK, fall=True),
     M(K, "4,46 persen", N, "levica_share", 4.46, FIN, cls="pct", src=DVK, fall=True),
     M(K, "5 kursi", N, "levica_seats", 5, FIN, src=DVK, fall=True),
     M(K, "Dua kursi", N, "minority", 2),
     M(K, "4 persen", N, "threshold", 4, cls="pct"),
     M(K, "sekitar 70 persen", N, "turnout", 70, qual="approx", cls="pct"),
     M(K, "2018", D, "y2018", "2018"),
     M(K, "55 tahun", N, "age", 55, cls="age"),

     M(A, "24 April 2022", D, "election", "2022-04-24"),
     M(A, "410.769 suara", N, "gs_votes", 410769),
     M(A, "34,45 persen", N, "gs_share", 34.45, FIN, cls="pct", src=DVK, fall=True),
     M(A, "41 kursi", N, "gs_seats", 41, FIN, src=DVK, fall=True),
     M(A, "279.897 suara", N, "sds_votes", 279897),
     M(A, "28 kursi", N, "sds_seats", 28, FIN, src=DVK, fall=True, planted=True),
     M(A, "7 kursi", N, "sd_seats", 7, FIN, src=DVK, fall=True),
     M(A, "5 kursi", N, "levica_seats", 5, FIN, src=DVK, fall=True),
     M(A, "53 kursi", N, "coalition", 53),
     M(A, "46 kursi", N, "majority", 46),
     M(A, "90 orang", N, "assembly", 90),
     M(A, "81.794 suara", N, "nsi_votes", 81794),
     M(A, "8 kursi", N, "nsi_seats", 8, FIN, src=DVK, fall=True),
     M(A, "70,96 persen", N, "turnout", 70.96, cls="pct"),
     M(A, "52,63 persen", N, "turnout2018", 52.63, cls="pct"),
     M(A, "2018", D, "y2018", "2018"),

     M(T, "Rabu (25/5/2022)", D, "pm_vote", "2022-05-25"),
     M(T, "54 suara setuju", N, "pm_ayes", 54),
     M(T, "30 suara menolak", N, "pm_noes", 30),
     M(T, "Senin (23/5/2022)", D, "nomination", "2022-05-23"),
     M(T, "lima kelompok parlemen", N, "groups", 5),
     M(T, "53 kursi", N, "coalition", 53),
     M(T, "90 orang", N, "assembly", 90),
     M(T, "Dua anggota parlemen", N, "minority", 2),
     M(T, "24 April", D, "election", "2022-04-24"),
     M(T, "41 kursi", N, "gs_seats", 41, FIN, src=DVK, fall=True),
     M(T, "34,45 persen", N, "gs_share", 34.45, FIN, cls="pct", src=DVK, fall=True),
     M(T, "55 tahun", N, "age", 55, cls="age"),
     M(T, "dua pekan", N, "deadline", 2, cls="dur"),
     M(T, "Maret 2020", D, "jansa_since", "2020-03"),

     M(AP, "Wednesday", D, "cabinet", "2022-06-01"),
     M(AP, "90-seat", N, "assembly", 90),
     M(AP, "53-28", N, "cab_ayes", 53, also=(("cab_noes", 28),)),
     M(AP, "17 ministers", N, "ministers", 17),
     M(AP, "Ten", N, "gs_ministers", 10),
     M(AP, "four", N, "sd_ministers", 4),
     M(AP, "three", N, "levica_ministers", 3),
     M(AP, "Wednesday, May 24", D, "pm_vote", "2022-05-24", planted=True),
     M(AP, "54-30", N, "pm_ayes", 54, also=(("pm_noes", 30),)),
     M(AP, "41 seats", N, "gs_seats", 41, FIN, src=DVK, fall=True),
     M(AP, "April 24", D, "election", "2022-04-24"),
     M(AP, "34.45%", N, "gs_share", 34.45, FIN, cls="pct", src=DVK, fall=True),
     M(AP, "70.96%", N, "turnout", 70.96, cls="pct"),
     M(AP, "52.63%", N, "turnout2018", 52.63, cls="pct"),
     M(AP, "four years", N, "years_since", 4, cls="dur"),
     M(AP, "27 seats", N, "sds_seats", 27, FIN, src=DVK, fall=True),
     M(AP, "55-year-old", N, "age", 55, cls="age"),
     M(AP, "about 2.1 million", N, "population", 2100000, qual="approx"),
     M(AP, "March 2020", D, "jansa_since", "2020-03"),
    ]
    build("slovenia-election-2022", "Slovenia's parliamentary election of Sunday 24 April 2022: the exit poll's 35.8% "
          "for the Freedom Movement and 22.5% for the SDS; the count in stages on the night (30.62% to 27.19% with "
          "13.74% counted, 32.31% to 25.37% and 40 to 31 seats with 52% counted); the commission's count: Freedom "
          "Movement 410,769 votes (34.45%, 41 seats), SDS 279,897 (23.48%, 27), New Slovenia 81,794 (6.86%, 8), Social "
          "Democrats 6.69% (7), the Left 4.46% (5), two minority seats, turnout 70.96% (52.63% in 2018); Golob elected "
          "prime minister 54-30 on Wednesday 25 May after his nomination on Monday 23 May; the cabinet of 17 approved "
          "53-28 on Wednesday 1 June 2022", False, ms, names)


def armenia():
    R, I, B, K = "reuters-jun11", "intellinews-jun12", "bisnis-jun13", "kontan-jun14"
    names = {
     "rate": "the new refinancing rate", "prev_rate": "the rate before the decision", "cut": "size of the cut",
     "lombard": "the new Lombard repo rate", "lombard_prev": "the Lombard repo rate before",
     "deposit": "the new deposit rate", "deposit_prev": "the deposit rate before",
     "infl_may": "annual inflation in May 2024", "infl_may23": "annual inflation in May 2023",
     "target": "the inflation target", "band": "the target's band", "cum_cut": "cuts so far this year",
     "cut_jan": "size of January's cut", "cut_mar": "size of March's cut", "cut_apr": "size of April's cut",
     "rate_dec23": "the rate in December 2023", "peak": "the record rate before the easing",
     # dates
     "decision": "day of the decision", "presser": "day of the chairman's news conference",
     "jan30": "day of January's cut", "mar12": "day of March's cut", "apr30": "day of April's cut",
     "infl_month": "month of the inflation reading", "may23": "the month a year earlier",
     "ease_start": "month the easing began", "dec23": "December 2023", "y2024": "the year 2024",
    }
    ms = [
     M(R, "25 basis points", N, "cut", 25, cls="bp"),
     M(R, "8.00%", N, "rate", 8, cls="pct"),
     M(R, "Tuesday", D, "decision", "2024-06-11"),
     M(R, "9.50%", N, "lombard", 9.5, cls="pct"),
     M(R, "9.75%", N, "lombard_prev", 9.75, cls="pct"),
     M(R, "6.50%", N, "deposit", 6.5, cls="pct"),
     M(R, "6.75%", N, "deposit_prev", 6.75, cls="pct"),
     M(R, "0.3%", N, "infl_may", 0.3, cls="pct"),
     M(R, "May", D, "infl_month", "2024-05"),
     M(R, "1.3%", N, "infl_may23", 1.3, cls="pct"),
     M(R, "4%", N, "target", 4, cls="pct"),
     M(R, "1.5 percentage points", N, "band", 150, qual="unit", cls="bp"),
     M(R, "8.25%", N, "prev_rate", 8.25, cls="pct"),
     M(R, "April 30", D, "apr30", "2024-04-30"),
     M(R, "9.25%", N, "rate_dec23", 9.25, cls="pct"),
     M(R, "50 basis points", N, "cut_jan", 50, cls="bp"),
     M(R, "Jan. 30", D, "jan30", "2024-01-30"),
     M(R, "25 basis points", N, "cut_mar", 25, cls="bp", occ=2, also=(("cut_apr", 25),)),
     M(R, "March 12", D, "mar12", "2024-03-12"),
     M(R, "April 30", D, "apr30", "2024-04-30", occ=2),
     M(R, "1.25 percentage points", N, "cum_cut", 125, qual="unit", cls="bp"),
     M(R, "June 2023", D, "ease_start", "2023-06"),
     M(R, "10.75%", N, "peak", 10.75, cls="pct"),
     M(R, "Tuesday", D, "presser", "2024-06-11", occ=2),

     M(I, "0.25 percentage point", N, "cut", 25, qual="unit", cls="bp"),
     M(I, "8%", N, "rate", 8, cls="pct"),
     M(I, "Tuesday, June 11", D, "decision", "2024-06-11"),
     M(I, "2024", D, "y2024", "2024"),
     M(I, "January 30", D, "jan30", "2024-01-30"),
     M(I, "March 12", D, "mar12", "2024-03-12"),
     M(I, "April 30", D, "apr30", "2024-04-30"),
     M(I, "December 2023", D, "dec23", "2023-12"),
     M(I, "9.25%", N, "rate_dec23", 9.25, cls="pct"),
     M(I, "125 basis points", N, "cum_cut", 125, cls="bp"),
     M(I, "9.5%", N, "lombard", 9.5, cls="pct"),
     M(I, "6.5%", N, "deposit", 6.5, cls="pct"),
     M(I, "0.3%", N, "infl_may", 0.3, cls="pct"),
     M(I, "May", D, "infl_month", "2024-05"),
     M(I, "4%", N, "target", 4, cls="pct"),
     M(I, "8.25%", N, "prev_rate", 8.25, cls="pct"),
     M(I, "10.75%", N, "peak", 10.75, cls="pct"),
     M(I, "June 2023", D, "ease_start", "2023-06"),

     M(B, "25 basis poin", N, "cut", 25, cls="bp"),
     M(B, "8,25%", N, "prev_rate", 8.25, cls="pct"),
     M(B, "8%", N, "rate", 8, cls="pct"),
     M(B, "Selasa (11/6/2024)", D, "decision", "2024-06-11"),
     M(B, "2024", D, "y2024", "2024", occ=2),
     M(B, "9,5%", N, "lombard", 9.5, cls="pct"),
     M(B, "9,75%", N, "lombard_prev", 9.75, cls="pct"),
     M(B, "6,5%", N, "deposit", 6.5, cls="pct"),
     M(B, "6,75%", N, "deposit_prev", 6.75, cls="pct"),
     M(B, "Mei 2024", D, "infl_month", "2024-05"),
     M(B, "0,3%", N, "infl_may", 0.3, cls="pct"),
     M(B, "4%", N, "target", 4, cls="pct"),
     M(B, "50 basis poin", N, "cut_jan", 50, cls="bp"),
     M(B, "30 Januari", D, "jan30", "2024-01-30"),
     M(B, "25 basis poin", N, "cut_mar", 25, cls="bp", occ=2, also=(("cut_apr", 25),)),
     M(B, "12 Maret", D, "mar12", "2024-03-12"),
     M(B, "30 April", D, "apr30", "2024-04-30"),
     M(B, "1,25 poin persentase", N, "cum_cut", 125, qual="unit", cls="bp"),
     M(B, "9,25%", N, "rate_dec23", 9.25, cls="pct"),
     M(B, "Desember 2023", D, "dec23", "2023-12"),
     M(B, "Juni 2023", D, "ease_start", "2023-06"),
     M(B, "10,75%", N, "peak", 10.75, cls="pct"),
     M(B, "4%", N, "target", 4, cls="pct", occ=2),
     M(B, "1,5 poin persentase", N, "band", 150, qual="unit", cls="bp"),

     M(K, "0,25 poin persentase", N, "cut", 25, qual="unit", cls="bp"),
     M(K, "8 persen", N, "rate", 8, cls="pct"),
     M(K, "Selasa, 11 Juni 2024", D, "decision", "2024-06-11"),
     M(K, "8,25 persen", N, "prev_rate", 8.25, cls="pct"),
     M(K, "30 April 2024", D, "apr30", "2024-04-30"),
     M(K, "9,5 persen", N, "lombard", 9.5, cls="pct"),
     M(K, "6,5 persen", N, "deposit", 6.5, cls="pct"),
     M(K, "Mei 2024", D, "infl_month", "2024-05"),
     M(K, "0,3 persen", N, "infl_may", 0.3, cls="pct"),
     M(K, "1,3 persen", N, "infl_may23", 1.3, cls="pct"),
     M(K, "Mei 2023", D, "may23", "2023-05"),
     M(K, "4 persen", N, "target", 4, cls="pct"),
     M(K, "125 basis poin", N, "cum_cut", 125, cls="bp"),
     M(K, "Januari", D, "jan30", "2024-01"),
     M(K, "50 basis poin", N, "cut_jan", 50, cls="bp"),
     M(K, "9,25 persen", N, "rate_dec23", 9.25, cls="pct"),
     M(K, "10,75 persen", N, "peak", 10.75, cls="pct"),
     M(K, "Juni 2023", D, "ease_start", "2023-06"),
    ]
    build("armenia-rate-2024", "The Central Bank of Armenia's rate decision (control) of Tuesday 11 June 2024: the "
          "refinancing rate cut 25 basis points from 8.25% to 8%, the fourth cut of 2024 (50 basis points on 30 "
          "January, 25 on 12 March and 30 April; 125 basis points in all from 9.25% in December 2023); the Lombard "
          "repo rate from 9.75% to 9.5%, the deposit rate from 6.75% to 6.5%; annual inflation of 0.3% in May 2024 "
          "(1.3% a year earlier) against the 4% target (a band of 1.5 percentage points); the easing begun in June "
          "2023 from a record 10.75%. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    kerala()
    slovenia()
    armenia()
