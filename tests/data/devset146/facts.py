"""The hundred-and-forty-sixth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset146/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def bohol():
    RO, K, T, AP = "reuters-oct15", "kompas-oct17", "tempo-oct21", "ap-nov05"
    # the military's count on the evening of Tuesday 15 October, the disaster council's (NDRRMC) counts of
    # Wednesday 16 October, Monday 21 October and its latest count by 5 November; the Bohol police's own count of
    # 16 October and the police chief's estimate of the injured on the first day; Phivolcs' magnitude against the
    # USGS's; Phivolcs' first depth of 33 km, put at 12 km later (a revision). Missing people fall as bodies are found
    # (fall=True).
    O15, O16, O20, O21, N05 = "2013-10-15", "2013-10-16", "2013-10-20", "2013-10-21", "2013-11-05"
    MIL, NDR, POL, PHV, USGS = "the military", "the NDRRMC", "the Bohol police", "Phivolcs", "the USGS"
    names = {
     "deaths": "deaths in all provinces", "bohol_deaths": "deaths in Bohol", "cebu_deaths": "deaths in Cebu",
     "siquijor_deaths": "deaths in Siquijor", "loon_landslide": "deaths in Loon's landslides (first day)",
     "loon_deaths": "deaths in Loon", "injured": "people injured", "missing": "people missing",
     "magnitude": "magnitude of the quake", "depth": "depth of the quake (Phivolcs)", "affected": "people affected",
     "families": "families affected",
     "provinces": "provinces affected", "evacuees": "people in shelters and evacuation centres",
     "bridges_impassable": "bridges impassable in Bohol", "hospital_bodies": "bodies recovered from the hospital",
     "houses_damaged": "houses damaged", "houses_destroyed": "houses destroyed", "bridges_damaged": "bridges damaged",
     "roads_damaged": "roads damaged", "damage_php": "damage to infrastructure (million pesos)",
     "damage_provinces": "provinces with damage to infrastructure", "aftershocks": "aftershocks recorded",
     "weeks_since": "weeks since the quake", "luzon_deaths": "deaths in the 1990 Luzon quake",
     # dates
     "quake": "day of the quake", "holiday": "day of the Eid al-Adha holiday", "count16": "day of the count of 144",
     "recovery": "day the hospital's dead were recovered", "count21": "day of the count of 186",
     "aftershock_day": "day of the aftershock count", "luzon1990": "year of the Luzon quake",
     "bohol1990": "day of Bohol's 1990 quake",
    }
    ms = [
     M(RO, "Tuesday", D, "quake", "2013-10-15"),
     M(RO, "at least 97 people", N, "deaths", 97, O15, qual="atleast", src=MIL),
     M(RO, "33 km", N, "depth", 33, O15, cls="km", src=PHV),
     M(RO, "7.2", N, "magnitude", 7.2, cls="mag", src=PHV),
     M(RO, "7.1", N, "magnitude", 7.1, cls="mag", src=USGS),
     M(RO, "87", N, "bohol_deaths", 87, O15, src=MIL),
     M(RO, "nine", N, "cebu_deaths", 9, O15, src=MIL),
     M(RO, "one", N, "siquijor_deaths", 1, O15, src=MIL),
     M(RO, "at least 18 people", N, "loon_landslide", 18, O15, qual="atleast"),
     M(RO, "at least 200 people", N, "injured", 200, O15, qual="atleast", src=POL),
     M(RO, "Tuesday", D, "holiday", "2013-10-15", occ=2),

     M(K, "144 orang", N, "deaths", 144, O16, src=NDR),
     M(K, "Rabu (16/10/2013)", D, "count16", "2013-10-16"),
     M(K, "134", N, "bohol_deaths", 134, O16, src=NDR),
     M(K, "9 orang", N, "cebu_deaths", 9, O16, src=NDR),
     M(K, "1 orang", N, "siquijor_deaths", 1, O16, src=NDR),
     M(K, "144 orang", N, "bohol_deaths", 144, O16, src=POL, occ=2),
     M(K, "42 orang", N, "loon_deaths", 42, O16, src=POL),
     M(K, "291 orang", N, "injured", 291, O16, src=NDR),
     M(K, "23 orang", N, "missing", 23, O16, src=NDR, fall=True),
     M(K, "7,2", N, "magnitude", 7.2, cls="mag", src=PHV),
     M(K, "Selasa (15/10/2013)", D, "quake", "2013-10-15"),
     M(K, "Lebih dari 3 juta orang", N, "affected", 3000000, O16, qual="morethan"),
     M(K, "tiga provinsi", N, "provinces", 3),
     M(K, "3.017.814 jiwa", N, "affected", 3017814, O16),
     M(K, "593.561 keluarga", N, "families", 593561, O16),
     M(K, "30.359 warga", N, "evacuees", 30359, O16),
     M(K, "23 jembatan", N, "bridges_impassable", 23, O16),
     M(K, "Rabu", D, "recovery", "2013-10-16", occ=2),
     M(K, "dua jenazah", N, "hospital_bodies", 2),

     M(T, "7,2", N, "magnitude", 7.2, cls="mag", src=PHV),
     M(T, "Senin (14/10/2013)", D, "quake", "2013-10-14", planted=True),
     M(T, "186 orang", N, "deaths", 186, O21, src=NDR),
     M(T, "Senin (21/10/2013)", D, "count21", "2013-10-21"),
     M(T, "173", N, "bohol_deaths", 173, O21, src=NDR),
     M(T, "12", N, "cebu_deaths", 12, O21, src=NDR),
     M(T, "1", N, "siquijor_deaths", 1, O21, src=NDR),
     M(T, "11 orang", N, "missing", 11, O21, src=NDR, fall=True),
     M(T, "583 orang", N, "injured", 583, O21, src=NDR),
     M(T, "45.641 rumah", N, "houses_damaged", 45641, O21),
     M(T, "39 jembatan", N, "bridges_damaged", 39, O21),
     M(T, "18 ruas jalan", N, "roads_damaged", 18, O21),
     M(T, "empat provinsi", N, "damage_provinces", 4),
     M(T, "867,24 juta peso", N, "damage_php", 867.24, O21, cls="phpm"),
     M(T, "2.104 gempa susulan", N, "aftershocks", 2104, O20),
     M(T, "Minggu (20/10/2013)", D, "aftershock_day", "2013-10-20"),
     M(T, "Lebih dari 100.000 orang", N, "evacuees", 100000, O21, qual="morethan"),

     M(AP, "Three weeks", N, "weeks_since", 3, cls="dur"),
     M(AP, "7.2", N, "magnitude", 7.2, cls="mag", src=PHV),
     M(AP, "Oct. 15", D, "quake", "2013-10-15"),
     M(AP, "222 people", N, "deaths", 222, N05, src=NDR),
     M(AP, "144", N, "deaths", 144, O16, src=NDR),
     M(AP, "Eight people", N, "missing", 8, N05, src=NDR, fall=True),
     M(AP, "976", N, "injured", 976, N05, src=NDR),
     M(AP, "More than 73,000 houses", N, "houses_damaged", 73000, N05, qual="morethan"),
     M(AP, "more than 14,500", N, "houses_destroyed", 14500, N05, qual="morethan"),
     M(AP, "1990", D, "luzon1990", "1990"),
     M(AP, "more than 1,600 people", N, "luzon_deaths", 1600, qual="morethan"),
     M(AP, "Feb. 8, 1990", D, "bohol1990", "1990-02-08"),
     M(AP, "12 km", N, "depth", 12, N05, cls="km", src=PHV),
    ]
    build("bohol-quake-2013", "The Bohol earthquake, central Philippines (Tuesday 15 October 2013; Phivolcs 7.2, USGS "
          "7.1): the military's toll of at least 97 on the first evening (87 in Bohol, 9 in Cebu, 1 in Siquijor); the "
          "disaster council's 144 on Wednesday 16 October (134, 9, 1; 291 injured, 23 missing) against the Bohol "
          "police's 144 in Bohol alone; 186 on Monday 21 October (173, 12, 1; 583 injured, 11 missing, 45,641 houses "
          "damaged); 222 dead, 8 missing and 976 injured in the council's count three weeks on", False, ms, names)


def corona():
    R, K, T, AP = "reuters-dec12", "kompas-may23", "tempo-may30", "ap-aug25"
    names = {
     "signatories": "House members who signed the impeachment complaint", "house_size": "members of the House",
     "needed_house": "votes needed to impeach in the House", "articles": "articles of impeachment",
     "age": "Corona's age", "days_after": "days from the 2010 election to Corona's appointment",
     "month_before": "time from Corona's appointment to the end of Arroyo's term",
     "needed_senate": "votes needed to convict in the Senate", "senate_seats": "seats in the Senate",
     "dollars": "undeclared dollar deposits (million US dollars)", "pesos": "peso deposits (million pesos)",
     "hours": "hours Corona testified", "trial_months": "months the trial had lasted",
     "convict": "senators voting to convict", "acquit": "senators voting to acquit",
     "senators_voting": "senators voting", "days_to_appoint": "days to name a new chief justice",
     "sereno_age": "Sereno's age", "retire_age": "mandatory retirement age",
     # dates
     "impeached": "day the House impeached Corona", "appointed": "day Corona was appointed",
     "trial_start": "day the Senate trial opened", "testimony": "day Corona testified",
     "verdict": "day of the Senate's verdict", "sereno_named": "day Sereno was named chief justice",
     "sereno_aj": "month Sereno joined the court", "retire_year": "year Sereno would retire",
    }
    ms = [
     M(R, "Monday", D, "impeached", "2011-12-12"),
     M(R, "188", N, "signatories", 188),
     M(R, "285 members", N, "house_size", 285),
     M(R, "95 votes", N, "needed_house", 95),
     M(R, "eight articles", N, "articles", 8),
     M(R, "63", N, "age", 63, cls="age"),
     M(R, "May 12, 2010", D, "appointed", "2010-05-12"),
     M(R, "two days", N, "days_after", 2, cls="dur"),
     M(R, "about a month", N, "month_before", 1, qual="approx", cls="dur"),
     M(R, "16 senators", N, "needed_senate", 16),
     M(R, "January", D, "trial_start", "2012-01"),

     M(K, "2,4 juta dolar AS", N, "dollars", 2.4, cls="usdm"),
     M(K, "Selasa (22/5/2012)", D, "testimony", "2012-05-22"),
     M(K, "80,7 juta peso", N, "pesos", 80.7, cls="phpm"),
     M(K, "sekitar tiga jam", N, "hours", 3, qual="approx", cls="dur"),
     M(K, "12 Desember 2011", D, "impeached", "2011-12-12"),
     M(K, "188 anggota", N, "signatories", 188),
     M(K, "Senin (16/1/2012)", D, "trial_start", "2012-01-16"),
     M(K, "lebih dari empat bulan", N, "trial_months", 4, qual="morethan", cls="dur"),
     M(K, "16 suara", N, "needed_senate", 16),
     M(K, "24 kursi", N, "senate_seats", 24),
     M(K, "Mei 2010", D, "appointed", "2010-05"),

     M(T, "Selasa (29/5/2012)", D, "verdict", "2012-05-29"),
     M(T, "20 senator", N, "convict", 20),
     M(T, "3 senator", N, "acquit", 3),
     M(T, "23 senator", N, "senators_voting", 23),
     M(T, "sedikitnya 16 suara", N, "needed_senate", 16, qual="atleast"),
     M(T, "2,4 juta dolar AS", N, "dollars", 2.4, cls="usdm"),
     M(T, "80,7 juta peso", N, "pesos", 80.7, cls="phpm"),
     M(T, "118 anggota", N, "signatories", 118, planted=True),
     M(T, "12 Desember 2011", D, "impeached", "2011-12-12"),
     M(T, "16 Januari 2012", D, "trial_start", "2012-01-16"),
     M(T, "90 hari", N, "days_to_appoint", 90, cls="dur"),

     M(AP, "Friday", D, "sereno_named", "2012-08-24"),
     M(AP, "52", N, "sereno_age", 52, cls="age"),
     M(AP, "May", D, "verdict", "2012-05"),
     M(AP, "20-3", N, "convict", 20, also=(("acquit", 3),)),
     M(AP, "May 30", D, "verdict", "2012-05-30", planted=True),
     M(AP, "$2.4 million", N, "dollars", 2.4, cls="usdm"),
     M(AP, "80.7 million pesos", N, "pesos", 80.7, cls="phpm"),
     M(AP, "Dec. 12, 2011", D, "impeached", "2011-12-12"),
     M(AP, "Jan. 16", D, "trial_start", "2012-01-16"),
     M(AP, "August 2010", D, "sereno_aj", "2010-08"),
     M(AP, "70", N, "retire_age", 70, cls="age"),
     M(AP, "2030", D, "retire_year", "2030"),
    ]
    build("corona-impeachment-2012", "The impeachment of the Philippine chief justice Renato Corona: impeached by the "
          "House on Monday 12 December 2011 (188 of 285 members signed, 95 needed), tried by the Senate from Monday "
          "16 January 2012, his testimony of Tuesday 22 May ($2.4 million and 80.7 million pesos undeclared), convicted "
          "20-3 on Tuesday 29 May 2012 (16 votes needed); Maria Lourdes Sereno named chief justice on Friday 24 August "
          "2012", False, ms, names)


def bougainville():
    R, N_, K, A = "reuters-dec11", "rnz-dec12", "kompas-dec13", "antara-dec14"
    names = {
     "counted": "votes counted", "indep": "votes for independence", "indep_pct": "share for independence",
     "autonomy": "votes for greater autonomy", "informal": "informal ballot papers", "enrolled": "people enrolled",
     "poll_weeks": "length of the polling", "war_dead": "people killed in the civil war",
     "turnout": "turnout", "first_time": "share of first-time voters", "count_days": "days of counting",
     # dates
     "announced": "day the result was announced", "poll_start": "day polling began", "peace": "year of the peace agreement",
    }
    ms = [
     M(R, "Wednesday", D, "announced", "2019-12-11"),
     M(R, "181,067 votes", N, "counted", 181067),
     M(R, "176,928", N, "indep", 176928),
     M(R, "97.7%", N, "indep_pct", 97.7, cls="pct"),
     M(R, "3,043", N, "autonomy", 3043),
     M(R, "1,096 ballot papers", N, "informal", 1096),
     M(R, "206,731 people", N, "enrolled", 206731),
     M(R, "Nov. 23", D, "poll_start", "2019-11-23"),
     M(R, "two weeks", N, "poll_weeks", 2, cls="dur"),
     M(R, "2001", D, "peace", "2001"),
     M(R, "Up to 20,000 people", N, "war_dead", 20000),

     M(N_, "Almost 98 percent", N, "indep_pct", 98, qual="nearly", cls="pct"),
     M(N_, "Wednesday", D, "announced", "2019-12-11"),
     M(N_, "176,928 people", N, "indep", 176928),
     M(N_, "3,043", N, "autonomy", 3043),
     M(N_, "no less than 85 percent", N, "turnout", 85, qual="atleast", cls="pct"),
     M(N_, "25 percent", N, "first_time", 25, cls="pct"),
     M(N_, "1,096 ballot papers", N, "informal", 1096),
     M(N_, "five days", N, "count_days", 5, cls="dur"),
     M(N_, "November 23", D, "poll_start", "2019-11-23"),
     M(N_, "two weeks", N, "poll_weeks", 2, cls="dur"),

     M(K, "Rabu (11/12/2019)", D, "announced", "2019-12-11"),
     M(K, "176.928 suara", N, "indep", 176928),
     M(K, "97,7 persen", N, "indep_pct", 97.7, cls="pct"),
     M(K, "3.043 suara", N, "autonomy", 3043),
     M(K, "181.067", N, "counted", 181067),
     M(K, "1.096 surat suara", N, "informal", 1096),
     M(K, "206.731 orang", N, "enrolled", 206731),
     M(K, "Sabtu (23/11/2019)", D, "poll_start", "2019-11-23"),
     M(K, "dua pekan", N, "poll_weeks", 2, cls="dur"),
     M(K, "2001", D, "peace", "2001"),
     M(K, "Hingga 20.000 orang", N, "war_dead", 20000),

     M(A, "Hampir 98 persen", N, "indep_pct", 98, qual="nearly", cls="pct"),
     M(A, "11 Desember 2019", D, "announced", "2019-12-11"),
     M(A, "176.928 suara", N, "indep", 176928),
     M(A, "sekitar 181.000 surat suara", N, "counted", 181000, qual="approx"),
     M(A, "3.043 suara", N, "autonomy", 3043),
     M(A, "1.096 surat suara", N, "informal", 1096),
     M(A, "sedikitnya 85 persen", N, "turnout", 85, qual="atleast", cls="pct"),
     M(A, "206.731 warga", N, "enrolled", 206731),
     M(A, "25 persen", N, "first_time", 25, cls="pct"),
     M(A, "lima hari", N, "count_days", 5, cls="dur"),
     M(A, "23 November 2019", D, "poll_start", "2019-11-23"),
     M(A, "dua minggu", N, "poll_weeks", 2, cls="dur"),
     M(A, "2001", D, "peace", "2001"),
     M(A, "hingga 20.000 orang", N, "war_dead", 20000),
    ]
    build("bougainville-referendum-2019", "The result of Bougainville's independence referendum (control), announced "
          "in Buka on Wednesday 11 December 2019 by the referendum commission: 176,928 votes (97.7%) for independence, "
          "3,043 for greater autonomy, 181,067 votes counted, 1,096 informal, 206,731 enrolled, turnout of at least "
          "85%, 25% first-time voters; polling from Saturday 23 November over two weeks, five days of counting; the "
          "peace agreement of 2001 after a war that killed up to 20,000. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    bohol()
    corona()
    bougainville()
