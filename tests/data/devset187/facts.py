"""The hundred-and-eighty-seventh development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset187/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def winston():
    K, R, A, T, Z = "kompas-feb21", "reuters-feb23", "antara-feb24", "tempo-feb25", "rnz-mar21"
    # as-of times of the running tallies (the dead, the dead on Koro, the evacuees, the missing, the evacuation centres,
    # the schools damaged): the day each figure was given. The toll rose 5 (Sunday) -> 21 (Monday) -> 29 (Tuesday) ->
    # 42 (Wednesday) and stayed at 42 on Thursday. The evacuees are people in shelters, a count that may fall (more
    # than 8,000 on Tuesday, more than 13,000 in the centres on Wednesday, about 45,000 in all shelters on Thursday).
    # The storm's winds (gusts of 325 km/h, sustained winds of about 285 km/h), the landfall (Saturday 20 February
    # 2016, at night) and the 30-day state of natural disaster do not change with the day of the report.
    # sources: the sustained winds by the Fiji Meteorological Service (a 10-minute average, about 230 km/h) and by the
    # US Joint Typhoon Warning Center (a one-minute average, about 285 km/h).
    FMS, JTWC = "the Fiji Meteorological Service", "the US Joint Typhoon Warning Center"
    SUN, MON, TUE, WED, THU, MAR21 = "2016-02-21", "2016-02-22", "2016-02-23", "2016-02-24", "2016-02-25", "2016-03-21"
    names = {
     "dead": "people killed", "koro": "people killed on Koro Island", "evac": "people in evacuation shelters",
     "centres": "evacuation centres", "schools": "schools badly damaged", "missing": "people missing",
     "gust": "the strongest gusts (km/h)", "sustained": "sustained winds (km/h)", "sod": "state of disaster's length",
     "pop": "Fiji's population",
     "islands": "inhabited islands", "nzaid": "New Zealand's aid (NZ$)",
     # dates
     "landfall": "day the cyclone struck", "declared": "day the state of disaster was declared",
     "blackout": "day power and phones were out", "asof_mon": "day of the toll of 21",
     "curfew": "day the curfew was lifted", "asof_tue": "day of the toll of 29", "asof_wed": "day of the toll of 42",
     "asof_thu": "day of the call to bury the dead",
    }
    ms = [
     M(K, "Sabtu (20/2/2016)", D, "landfall", "2016-02-20"),
     M(K, "sedikitnya lima orang", N, "dead", 5, SUN, qual="atleast"),
     M(K, "325 kilometer per jam", N, "gust", 325, cls="kmh"),
     M(K, "30 hari", N, "sod", 30, cls="dur"),
     M(K, "Minggu (21/2/2016)", D, "blackout", "2016-02-21"),
     M(K, "sekitar 900.000 jiwa", N, "pop", 900000, qual="approx"),
     M(K, "lebih dari 100 pulau", N, "islands", 100, qual="morethan"),

     M(R, "29", N, "dead", 29, TUE),
     M(R, "Tuesday", D, "asof_tue", "2016-02-23"),
     M(R, "21", N, "dead", 21, MON),
     M(R, "Monday", D, "asof_mon", "2016-02-22"),
     M(R, "Saturday", D, "landfall", "2016-02-20"),
     M(R, "around 285 km per hour", N, "sustained", 285, qual="approx", cls="kmh", src=JTWC),
     M(R, "325 km per hour", N, "gust", 325, cls="kmh"),
     M(R, "More than 8,000 people", N, "evac", 8000, TUE, qual="morethan", fall=True),
     M(R, "30-day", N, "sod", 30, cls="dur"),
     M(R, "Saturday", D, "declared", "2016-02-20", occ=2),
     M(R, "Monday", D, "curfew", "2016-02-22", occ=2),
     M(R, "NZ$2 million", N, "nzaid", 2e6, cls="money"),
     M(R, "about 900,000", N, "pop", 900000, qual="approx"),
     M(R, "some 100 inhabited islands", N, "islands", 100, qual="approx"),

     M(A, "42 orang", N, "dead", 42, WED),
     M(A, "Rabu (24/2/2016)", D, "asof_wed", "2016-02-24"),
     M(A, "Selasa (23/2/2016)", D, "asof_tue", "2016-02-23"),
     M(A, "29 korban jiwa", N, "dead", 29, TUE),
     M(A, "Minggu (21/2/2016)", D, "landfall", "2016-02-21", planted=True),
     M(A, "325 kilometer per jam", N, "gust", 325, cls="kmh"),
     M(A, "Sedikitnya 10 orang", N, "koro", 10, WED, qual="atleast"),
     M(A, "lebih dari 13.000 orang", N, "evac", 13000, WED, qual="morethan", fall=True),
     M(A, "274 pusat evakuasi", N, "centres", 274, WED),
     M(A, "Sekitar 64 sekolah", N, "schools", 64, WED, qual="approx"),
     M(A, "2 juta dolar Selandia Baru", N, "nzaid", 2e6, cls="money"),
     M(A, "30 hari", N, "sod", 30, cls="dur"),
     M(A, "sekitar 230 kilometer per jam", N, "sustained", 230, qual="approx", cls="kmh", src=FMS),

     M(T, "Kamis (25/2/2016)", D, "asof_thu", "2016-02-25"),
     M(T, "42 orang", N, "dead", 42, THU),
     M(T, "sedikitnya empat orang", N, "missing", 4, THU, qual="atleast", fall=True),
     M(T, "Sekitar 45.000 orang", N, "evac", 45000, THU, qual="approx", fall=True),
     M(T, "Sabtu (20/2/2016)", D, "landfall", "2016-02-20"),
     M(T, "sekitar 258 kilometer per jam", N, "sustained", 258, qual="approx", cls="kmh", src=JTWC, planted=True),
     M(T, "sedikitnya 10 orang", N, "koro", 10, THU, qual="atleast"),
     M(T, "30 hari", N, "sod", 30, cls="dur"),

     # a month on (RNZ, Monday 21 March 2016): the final toll of 44, the first week's 42 recalled (as of Wednesday)
     M(Z, "February 20", D, "landfall", "2016-02-20"),
     M(Z, "about 325 km per hour", N, "gust", 325, qual="approx", cls="kmh"),
     M(Z, "44", N, "dead", 44, MAR21),
     M(Z, "42", N, "dead", 42, WED),
     M(Z, "at least 10 people", N, "koro", 10, MAR21, qual="atleast"),
     M(Z, "30-day", N, "sod", 30, cls="dur"),
    ]
    build("winston-fiji-2016", "Severe Tropical Cyclone Winston in Fiji (landfall on the night of Saturday 20 February "
          "2016, category 5, gusts of 325 km/h, sustained winds of about 285 km/h): a 30-day state of natural disaster "
          "declared on Saturday; the toll rising 5 (Sunday 21 February) -> 21 (Monday) -> 29 (Tuesday) -> 42 "
          "(Wednesday 24 February) and still 42 on Thursday 25 February with at least four missing, 44 a month on (21 March); at least 10 dead on "
          "Koro; evacuees more than 8,000 -> more than 13,000 in 274 centres -> about 45,000 in shelters; New Zealand's "
          "NZ$2 million", False, ms, names)


def samoa():
    R, K, B, D1 = "reuters-apr10", "kompas-may25", "abc-jul24", "detik-jul27"
    # the seats are tallies of a standoff: 25 each in the preliminary count (Saturday 10 April 2021); 26 each by late
    # April (the independent joined FAST, the electoral commission added a woman's seat for the HRPP); FAST's 26 at
    # the swearing-in (24 May) and after the Court of Appeal's ruling (23 July); the HRPP back to 25 once the extra
    # seat was voided (the commission's tally of 26 revised down by the courts: a revision). The parliament's 51 seats, the election (Friday
    # 9 April), the swearing-in in a tent (Monday 24 May), the voided repeat election (21 May), the ruling (Friday 23
    # July) and the concession (Monday 26 July) are different events.
    APR10, APR21, MAY24, JUL23, JUL26 = "2021-04-10", "2021-04-21", "2021-05-24", "2021-07-23", "2021-07-26"
    names = {
     "fast": "FAST's seats", "hrpp": "the HRPP's seats", "total": "seats in parliament",
     "limit": "days within which parliament must meet", "since_ruling": "days from the ruling to the concession",
     # dates
     "election": "day of the general election", "prelim": "day of the preliminary results",
     "pm_apr": "day of the HRPP leader's remark on the results", "hrpp_since": "year the HRPP took power",
     "pm_since": "year the HRPP leader became prime minister", "quit": "month Fiame quit the government",
     "swearing": "day of the swearing-in in a tent", "repeat": "day of the voided repeat election",
     "ruling": "day of the Court of Appeal's ruling", "pm_jul": "day of the HRPP leader's reply to the ruling",
     "concession": "day the HRPP leader conceded",
    }
    ms = [
     M(R, "Friday", D, "election", "2021-04-09"),
     M(R, "25 seats each", N, "fast", 25, APR10, cls="seats", also={"hrpp": 25}),
     M(R, "Saturday", D, "prelim", "2021-04-10"),
     M(R, "51-member", N, "total", 51, cls="seats"),
     M(R, "1982", D, "hrpp_since", "1982"),
     M(R, "1998", D, "pm_since", "1998"),
     M(R, "September 2020", D, "quit", "2020-09"),
     M(R, "Saturday", D, "pm_apr", "2021-04-10", occ=2),

     M(K, "Senin (24/5/2021)", D, "swearing", "2021-05-24"),
     M(K, "26", N, "fast", 26, MAY24, cls="seats"),
     M(K, "51 kursi", N, "total", 51, cls="seats"),
     M(K, "26 kursi", N, "hrpp", 26, APR21, cls="seats", also={"fast": 26}),
     M(K, "21 Mei 2021", D, "repeat", "2021-05-21"),
     M(K, "45 hari", N, "limit", 45, cls="dur"),
     M(K, "1998", D, "pm_since", "1998"),
     M(K, "Jumat (9/4/2021)", D, "election", "2021-04-09"),
     M(K, "25 kursi lawan 25 kursi", N, "fast", 25, APR10, cls="seats", also={"hrpp": 25}),

     M(B, "Friday", D, "ruling", "2021-07-23"),
     M(B, "May 24", D, "swearing", "2021-05-24"),
     M(B, "April 9", D, "election", "2021-04-09"),
     M(B, "25 seats apiece", N, "fast", 25, APR10, cls="seats", also={"hrpp": 25}),
     M(B, "26 seats", N, "fast", 26, JUL23, cls="seats"),
     M(B, "51-seat", N, "total", 51, cls="seats"),
     M(B, "1998", D, "pm_since", "1998"),
     M(B, "Friday", D, "pm_jul", "2021-07-23", occ=2),

     M(D1, "Senin (26/7/2021)", D, "concession", "2021-07-26"),
     M(D1, "tiga hari", N, "since_ruling", 3, cls="dur"),
     M(D1, "Kamis (22/7/2021)", D, "ruling", "2021-07-22", planted=True),
     M(D1, "24 Mei 2021", D, "swearing", "2021-05-24"),
     M(D1, "1998", D, "pm_since", "1998"),
     M(D1, "26 kursi", N, "fast", 26, JUL26, cls="seats"),
     M(D1, "25 kursi", N, "hrpp", 25, JUL26, cls="seats"),
     M(D1, "51 orang", N, "total", 51, cls="seats"),
     M(D1, "9 April 2021", D, "election", "2021-04-09"),
    ]
    build("samoa-crisis-2021", "Samoa's constitutional crisis of 2021: the general election of Friday 9 April 2021 "
          "(preliminary results of Saturday 10 April: HRPP 25, FAST 25, one independent in a 51-seat parliament), the "
          "independent Tautua Tuatagaloa joining FAST (26) and an extra women's seat for the HRPP (26), the repeat "
          "election of 21 May voided by the Supreme Court, FAST's swearing-in of Fiame Naomi Mata'afa in a tent on "
          "Monday 24 May, the Court of Appeal's ruling of Friday 23 July that it was lawful, and the HRPP leader's "
          "concession on Monday 26 July", False, ms, names)


def qantas():
    R, K, B, C = "reuters-aug24", "kontan-aug25", "bisnis-aug26", "cnbcindonesia-aug27"
    # one results announcement (Thursday 24 August 2023, for the year ended 30 June 2023): no running tallies.
    names = {
     "upbt": "underlying profit before tax FY23", "prev_loss": "underlying loss before tax FY22",
     "spat": "statutory profit after tax FY23", "rev": "revenue FY23", "prev_rev": "revenue FY22",
     "buyback": "the share buyback", "recovery": "the recovery program", "losses": "statutory losses over three years",
     "fy19": "underlying profit FY19", "expected": "analysts' expected profit",
     "jets": "widebody jets ordered", "a350": "Airbus A350s ordered", "b787": "Boeing 787s ordered",
     # dates
     "fyend": "end of the financial year", "results": "day of the results", "fy19y": "the 2019 financial year",
     "fy27": "first delivery year of the new jets", "fy22y": "the 2022 financial year",
     "handover": "month of the CEO's handover",
    }
    AUD = "aud"
    ms = [
     M(R, "A$2.47 billion", N, "upbt", 2.47e9, cls=AUD),
     M(R, "June 30", D, "fyend", "2023-06-30"),
     M(R, "Thursday", D, "results", "2023-08-24"),
     M(R, "A$1.86 billion", N, "prev_loss", 1.86e9, cls=AUD),
     M(R, "about A$2.45 billion", N, "expected", 2.45e9, qual="approx", cls=AUD),
     M(R, "A$1.74 billion", N, "spat", 1.74e9, cls=AUD),
     M(R, "2019", D, "fy19y", "2019"),
     M(R, "A$19.82 billion", N, "rev", 19.82e9, cls=AUD),
     M(R, "A$9.11 billion", N, "prev_rev", 9.11e9, cls=AUD),
     M(R, "A$500 million", N, "buyback", 500e6, cls=AUD),
     M(R, "24 widebody jets", N, "jets", 24),
     M(R, "12 Airbus A350s", N, "a350", 12),
     M(R, "12 Boeing 787s", N, "b787", 12),
     M(R, "2027", D, "fy27", "2027"),
     M(R, "A$1 billion", N, "recovery", 1e9, cls=AUD),
     M(R, "about A$7 billion", N, "losses", 7e9, qual="approx", cls=AUD),
     M(R, "A$1.33 billion", N, "fy19", 1.33e9, cls=AUD),
     M(R, "2019", D, "fy19y", "2019", occ=2),

     M(K, "A$2,47 miliar", N, "upbt", 2.47e9, cls=AUD),
     M(K, "30 Juni 2023", D, "fyend", "2023-06-30"),
     M(K, "Kamis (24/8/2023)", D, "results", "2023-08-24"),
     M(K, "A$1,86 miliar", N, "prev_loss", 1.86e9, cls=AUD),
     M(K, "A$1,74 miliar", N, "spat", 1.74e9, cls=AUD),
     M(K, "2019", D, "fy19y", "2019"),
     M(K, "A$19,82 miliar", N, "rev", 19.82e9, cls=AUD),
     M(K, "A$9,11 miliar", N, "prev_rev", 9.11e9, cls=AUD),
     M(K, "A$500 juta", N, "buyback", 500e6, cls=AUD),
     M(K, "24 pesawat", N, "jets", 24),
     M(K, "12 unit", N, "a350", 12),
     M(K, "12 unit", N, "b787", 12, occ=2),
     M(K, "2027", D, "fy27", "2027"),
     M(K, "A$1 miliar", N, "recovery", 1e9, cls=AUD),
     M(K, "sekitar A$7 miliar", N, "losses", 7e9, qual="approx", cls=AUD),
     M(K, "2019", D, "fy19y", "2019", occ=2),
     M(K, "A$1,33 miliar", N, "fy19", 1.33e9, cls=AUD),

     M(B, "A$1,74 miliar", N, "spat", 1.74e9, cls=AUD),
     M(B, "A$2,47 miliar", N, "upbt", 2.47e9, cls=AUD),
     M(B, "Kamis (24/8/2023)", D, "results", "2023-08-24"),
     M(B, "A$1,86 miliar", N, "prev_loss", 1.86e9, cls=AUD),
     M(B, "A$19,82 miliar", N, "rev", 19.82e9, cls=AUD),
     M(B, "A$9,11 miliar", N, "prev_rev", 9.11e9, cls=AUD),
     M(B, "sekitar A$2,45 miliar", N, "expected", 2.45e9, qual="approx", cls=AUD),
     M(B, "A$500 juta", N, "buyback", 500e6, cls=AUD),
     M(B, "24 pesawat", N, "jets", 24),
     M(B, "12 Airbus A350", N, "a350", 12),
     M(B, "12 Boeing 787", N, "b787", 12),
     M(B, "A$1 miliar", N, "recovery", 1e9, cls=AUD),
     M(B, "sekitar A$7 miliar", N, "losses", 7e9, qual="approx", cls=AUD),

     M(C, "A$2,47 miliar", N, "upbt", 2.47e9, cls=AUD),
     M(C, "30 Juni 2023", D, "fyend", "2023-06-30"),
     M(C, "Kamis (24/8/2023)", D, "results", "2023-08-24"),
     M(C, "A$1,74 miliar", N, "spat", 1.74e9, cls=AUD),
     M(C, "2022", D, "fy22y", "2022"),
     M(C, "A$1,86 miliar", N, "prev_loss", 1.86e9, cls=AUD),
     M(C, "A$19,82 miliar", N, "rev", 19.82e9, cls=AUD),
     M(C, "24 pesawat", N, "jets", 24),
     M(C, "12 Airbus A350", N, "a350", 12),
     M(C, "12 Boeing 787", N, "b787", 12),
     M(C, "2027", D, "fy27", "2027"),
     M(C, "A$500 juta", N, "buyback", 500e6, cls=AUD),
     M(C, "2019", D, "fy19y", "2019"),
     M(C, "A$1,33 miliar", N, "fy19", 1.33e9, cls=AUD),
     M(C, "November 2023", D, "handover", "2023-11"),
    ]
    build("qantas-fy2023", "Qantas Group's results for the year ended 30 June 2023 (control), announced on Thursday 24 "
          "August 2023: underlying profit before tax A$2.47 billion (A$1.86 billion loss in FY22; analysts expected "
          "about A$2.45 billion), statutory profit after tax A$1.74 billion, revenue A$19.82 billion (A$9.11 billion), "
          "a buyback of up to A$500 million, 24 widebody jets ordered (12 A350s, 12 787s) from FY2027, the A$1 billion "
          "recovery program completed, about A$7 billion of statutory losses over three years, A$1.33 billion "
          "underlying profit in FY19. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    winston()
    samoa()
    qantas()
