"""The four-hundred-and-forty-eighth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset448/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def fires():
    R, K, B, T = "reuters-dec31", "kompas-jan03", "abc-jan05", "tempo-jan29"
    # as-of times of the running tallies: Tuesday 31 December 2019 at 21:00 (at least 12 dead since September, 3 in
    # New South Wales since Monday, 4 missing in Victoria), Thursday 2 January 2020 (18; 8 in NSW; 17 missing),
    # Friday 3 January (about 1,000 to board the navy ship), Sunday 5 January (24; NSW's 8 revised down to 7; 6
    # missing; 1,365 homes; more than 5 million hectares; more than 1,000 evacuated by sea), Tuesday 7 January (25;
    # 1,588 homes). The dead do not fall; the missing may (people reached in cut-off towns).
    DEC31, JAN2, JAN3, JAN5, JAN7 = "2019-12-31", "2020-01-02", "2020-01-03", "2020-01-05", "2020-01-07"
    STATE, SHIRE = "the Victorian state government", "the East Gippsland shire"
    names = {
     "dead": "people killed in the fires since September", "nsw_dead": "people killed in NSW since Monday 30 December",
     "missing": "people missing in Victoria", "beach": "people sheltering at Mallacoota's waterfront",
     "fires": "fires burning in NSW", "homes_coast": "homes burnt on the NSW south coast this week",
     "homes": "homes destroyed in NSW this season", "evac": "people carried out of Mallacoota by sea",
     "reservists": "army reservists called up", "emerg_days": "length of NSW's state of emergency (days)",
     "fund_years": "years of the recovery fund", "area": "hectares burned in NSW", "temp": "Penrith's temperature (C)",
     "coast_km": "length of the south coast told to leave (km)", "fund": "the recovery fund (A$)",
     # dates
     "beach_day": "day people sheltered on Mallacoota's waterfront", "since": "day the NSW deaths are counted from",
     "season": "month the fire season began", "vic_disaster": "day Victoria declared a state of disaster",
     "evac_day": "day of the first boarding of the navy ship", "count_sun": "day of the count of 24 and 1,365 homes",
     "heat_day": "day of the extreme heat", "reservists_day": "day the reservists were called up",
     "count_tue": "day of the count of 25", "fund_day": "day the recovery fund was announced",
    }
    ms = [
     M(R, "About 4,000 residents", N, "beach", 4000, qual="approx", src=STATE),
     M(R, "Tuesday", D, "beach_day", "2019-12-31"),
     M(R, "three deaths", N, "nsw_dead", 3, DEC31),
     M(R, "Monday", D, "since", "2019-12-30"),
     M(R, "at least 12 people", N, "dead", 12, DEC31, qual="atleast"),
     M(R, "September", D, "season", "2019-09"),
     M(R, "four people", N, "missing", 4, DEC31, fall=True),
     M(R, "more than 100 fires", N, "fires", 100, DEC31, qual="morethan"),

     M(K, "Kamis (2/1/2020)", D, "vic_disaster", "2020-01-02"),
     M(K, "tujuh hari", N, "emerg_days", 7, cls="dur"),
     M(K, "18 orang", N, "dead", 18, JAN2),
     M(K, "September", D, "season", "2019-09"),
     M(K, "Delapan", N, "nsw_dead", 8, JAN2),
     M(K, "Senin (30/12/2019)", D, "since", "2019-12-30"),
     M(K, "17 orang", N, "missing", 17, JAN2, fall=True),
     M(K, "sedikitnya 448 rumah", N, "homes_coast", 448, JAN2, qual="atleast"),
     M(K, "sekitar 5.000 orang", N, "beach", 5000, qual="approx", src=SHIRE),
     M(K, "Selasa (31/12/2019)", D, "beach_day", "2019-12-31"),
     M(K, "4.000 orang", N, "beach", 4000, src=STATE),
     M(K, "Sekitar 1.000 orang", N, "evac", 1000, JAN3, qual="approx"),
     M(K, "Jumat (3/1/2020)", D, "evac_day", "2020-01-03"),
     M(K, "250 kilometer", N, "coast_km", 250, cls="km"),

     M(B, "24", N, "dead", 24, JAN5),
     M(B, "September", D, "season", "2019-09"),
     M(B, "Sunday", D, "count_sun", "2020-01-05"),
     M(B, "Saturday", D, "heat_day", "2020-01-04"),
     M(B, "seven people", N, "nsw_dead", 7, JAN5),
     M(B, "Monday, Dec. 30", D, "since", "2019-12-30"),
     M(B, "eight", N, "nsw_dead", 8, JAN2),
     M(B, "48.9 degrees Celsius", N, "temp", 48.9, cls="deg"),
     M(B, "1,365 homes", N, "homes", 1365, JAN5),
     M(B, "more than 5 million hectares", N, "area", 5e6, JAN5, qual="morethan", cls="ha"),
     M(B, "about 3,000 army reservists", N, "reservists", 3000, qual="approx"),
     M(B, "Saturday, Jan. 4", D, "reservists_day", "2020-01-04"),
     M(B, "six", N, "missing", 6, JAN5, fall=True),
     M(B, "Friday, Jan. 3", D, "vic_disaster", "2020-01-03", planted=True),
     M(B, "more than 1,000 people", N, "evac", 1000, JAN5, qual="morethan"),

     M(T, "25 orang", N, "dead", 25, JAN7),
     M(T, "September", D, "season", "2019-09"),
     M(T, "Selasa (7/1/2020)", D, "count_tue", "2020-01-07"),
     M(T, "Senin (6/1/2020)", D, "fund_day", "2020-01-06"),
     M(T, "2 miliar dolar Australia", N, "fund", 2e9, cls="aud"),
     M(T, "dua tahun", N, "fund_years", 2, cls="dur"),
     M(T, "1.588 rumah", N, "homes", 1588, JAN7),
     M(T, "1.356 rumah", N, "homes", 1356, JAN5, planted=True),
     M(T, "Minggu (5/1/2020)", D, "count_sun", "2020-01-05"),
     M(T, "lebih dari 5 juta hektare", N, "area", 5e6, JAN7, qual="morethan", cls="ha"),
     M(T, "Kamis (2/1/2020)", D, "vic_disaster", "2020-01-02"),
     M(T, "Sekitar 3.000 tentara cadangan", N, "reservists", 3000, qual="approx"),
     M(T, "Sabtu (4/1/2020)", D, "reservists_day", "2020-01-04"),
    ]
    build("mallacoota-fires-2020", "The New Year fires of the 2019-20 season in south-eastern Australia: about "
          "4,000 people sheltering on Mallacoota's waterfront on Tuesday 31 December 2019; the toll since September "
          "rising from at least 12 (31 December) to 18 (Thursday 2 January 2020), 24 (Sunday 5 January) and 25 "
          "(Tuesday 7 January); New South Wales's deaths since Monday 30 December given as 8 and revised to 7; "
          "Victoria's missing rising to 17 and falling to 6; Victoria's state of disaster declared on Thursday 2 "
          "January; the navy carrying about 1,000 people out of Mallacoota from Friday 3 January; about 3,000 "
          "reservists called up on Saturday 4 January; 1,365 homes destroyed in NSW by 5 January and 1,588 by 7 "
          "January; a recovery fund of A$2 billion announced on Monday 6 January", False, ms, names)


def trial():
    D_, R, K, A = "detik-nov03", "reuters-jul07", "kompas-jul08", "antara-sep08"
    # steps on different dates: the lunch (Saturday 29 July 2023), two deaths (Friday 4 August) and one (Saturday 5
    # August), the charges (Thursday 2 November 2023), the trial's opening (Tuesday 29 April 2025), the verdict (Monday
    # 7 July 2025, read at 14:15 local time), the sentence (Monday 8 September 2025). Tempting pairs of one unit: the
    # three murder charges against the three murder verdicts, the five attempted-murder charges against the one
    # verdict and the four charges over the husband, the four guests; the ages of four people (two of them 70, two
    # 66 and 68); the accused's age of 49 in 2023 and 50 in 2025 (an update).
    NOV23, JUL25 = "2023-11-02", "2025-07-07"
    names = {
     "erin_age": "the accused's age (years)", "don_age": "Don Patterson's age (years)",
     "gail_age": "Gail Patterson's age (years)", "heather_age": "Heather Wilkinson's age (years)",
     "ian_age": "Ian Wilkinson's age (years)", "murder_charges": "murder charges laid",
     "attempt_charges": "attempted-murder charges laid", "simon_charges": "charges over the estranged husband",
     "guests": "guests at the lunch", "murder_conv": "murder verdicts of guilty",
     "attempt_conv": "attempted-murder verdicts of guilty", "jurors": "jurors", "witnesses": "witnesses heard",
     "hospital": "months Ian Wilkinson spent in hospital", "trial_len": "weeks of the trial",
     "deliberation": "days of deliberation", "testimony": "days the accused gave evidence",
     "appeal_days": "days to lodge an appeal", "verdict_time": "time the verdicts were read (local)",
     "nonparole": "minimum term before parole (years)", "morwell_km": "distance of Morwell from Melbourne (km)",
     # dates
     "lunch": "day of the lunch", "charged": "day she was charged", "death_hg": "day Heather and Gail died",
     "death_don": "day Don died", "trial_open": "day the trial opened", "verdict": "day of the verdict",
     "sentence": "day of the sentence",
    }
    ms = [
     M(D_, "49", N, "erin_age", 49, NOV23, cls="age"),
     M(D_, "tiga dakwaan pembunuhan", N, "murder_charges", 3, cls="charges"),
     M(D_, "lima dakwaan percobaan pembunuhan", N, "attempt_charges", 5, cls="charges"),
     M(D_, "Kamis (2/11/2023)", D, "charged", "2023-11-02"),
     M(D_, "Sabtu (29/7/2023)", D, "lunch", "2023-07-29"),
     M(D_, "Empat", N, "guests", 4, cls="charges"),
     M(D_, "70 tahun", N, "don_age", 70, cls="age", also={"gail_age": 70}),
     M(D_, "66", N, "heather_age", 66, cls="age"),
     M(D_, "68", N, "ian_age", 68, cls="age"),
     M(D_, "Jumat (4/8/2023)", D, "death_hg", "2023-08-04"),
     M(D_, "Sabtu (5/8/2023)", D, "death_don", "2023-08-05"),
     M(D_, "hampir dua bulan", N, "hospital", 2, qual="nearly", cls="dur"),
     M(D_, "Empat", N, "simon_charges", 4, cls="charges", occ=2),

     M(R, "Monday", D, "verdict", "2025-07-07"),
     M(R, "three", N, "murder_conv", 3, cls="charges"),
     M(R, "12", N, "jurors", 12, cls="people"),
     M(R, "2:15 p.m.", N, "verdict_time", 14.25, cls="clock"),
     M(R, "April 29", D, "trial_open", "2025-04-29"),
     M(R, "more than 50 witnesses", N, "witnesses", 50, qual="morethan", cls="people"),
     M(R, "about ten weeks", N, "trial_len", 10, qual="approx", cls="dur"),
     M(R, "70", N, "don_age", 70, cls="age", also={"gail_age": 70}),
     M(R, "66", N, "heather_age", 66, cls="age"),
     M(R, "July 29, 2023", D, "lunch", "2023-07-29"),
     M(R, "68", N, "ian_age", 68, cls="age"),
     M(R, "50", N, "erin_age", 50, JUL25, cls="age", occ=2),
     M(R, "four charges", N, "simon_charges", 4, cls="charges"),

     M(K, "tiga dakwaan pembunuhan", N, "murder_conv", 3, cls="charges"),
     M(K, "satu dakwaan percobaan pembunuhan", N, "attempt_conv", 1, cls="charges"),
     M(K, "Senin (7/7/2025)", D, "verdict", "2025-07-07"),
     M(K, "pukul 12.15 waktu setempat", N, "verdict_time", 12.25, cls="clock", planted=True),
     M(K, "sekitar 150 kilometer", N, "morwell_km", 150, qual="approx", cls="km"),
     M(K, "12 anggota juri", N, "jurors", 12, cls="people"),
     M(K, "enam hari", N, "deliberation", 6, cls="dur"),
     M(K, "29 April 2025", D, "trial_open", "2025-04-29"),
     M(K, "70 tahun", N, "don_age", 70, cls="age", also={"gail_age": 70}),
     M(K, "66 tahun", N, "heather_age", 66, cls="age"),
     M(K, "Sabtu (29/7/2023)", D, "lunch", "2023-07-29"),
     M(K, "68", N, "ian_age", 68, cls="age"),
     M(K, "lebih dari 50 saksi", N, "witnesses", 50, qual="morethan", cls="people"),
     M(K, "delapan hari", N, "testimony", 8, cls="dur"),

     M(A, "Senin (8/9/2025)", D, "sentence", "2025-09-08"),
     M(A, "33 tahun", N, "nonparole", 33, cls="yrs"),
     M(A, "tiga pembunuhan", N, "murder_conv", 3, cls="charges"),
     M(A, "satu percobaan pembunuhan", N, "attempt_conv", 1, cls="charges"),
     M(A, "Senin (7/7/2025)", D, "verdict", "2025-07-07"),
     M(A, "29 April 2025", D, "trial_open", "2025-04-29"),
     M(A, "70", N, "don_age", 70, cls="age", also={"gail_age": 70}),
     M(A, "66", N, "heather_age", 66, cls="age"),
     M(A, "29 Juli 2023", D, "lunch", "2023-07-29"),
     M(A, "66 tahun", N, "ian_age", 66, cls="age", planted=True),
     M(A, "28 hari", N, "appeal_days", 28, cls="dur"),
    ]
    build("mushroom-lunch-trial-2025", "The death cap mushroom lunch at Erin Patterson's home in Leongatha, Victoria, "
          "on Saturday 29 July 2023: Don and Gail Patterson (both 70) and Heather Wilkinson (66) died (4 and 5 "
          "August), Ian Wilkinson (68) survived; Patterson (49) charged on Thursday 2 November 2023 with three murders "
          "and five attempted murders (four over her estranged husband, dropped before the trial); the trial at the "
          "Supreme Court of Victoria in Morwell from 29 April 2025; guilty of three murders and one attempted murder "
          "on Monday 7 July 2025; life with a minimum of 33 years given by Justice Christopher Beale on Monday 8 "
          "September 2025", False, ms, names)


def olympics():
    A, R, K, B = "antara-jul24", "reuters-jul21", "kompas-jul22", "abc-jul23"
    names = {
     "votes_for": "IOC votes for Brisbane", "votes_against": "IOC votes against",
     "gap": "days between the vote and the Tokyo opening", "since_award": "days since the award",
     "cost": "estimated cost of running the Games (A$ billion)", "venues_pct": "share of existing or temporary venues (%)",
     "years_to_go": "years to get ready",
     # dates
     "award": "day of the IOC vote", "games": "year of the Brisbane Games", "melbourne": "year of Melbourne's Games",
     "sydney": "year of Sydney's Games", "preferred": "day Brisbane was named preferred candidate",
     "tokyo_open": "day the Tokyo Games opened", "gold_coast": "year of the Gold Coast Commonwealth Games",
    }
    ms = [
     M(A, "2032", D, "games", "2032"),
     M(A, "Rabu (21/7/2021)", D, "award", "2021-07-21"),
     M(A, "72 anggota IOC", N, "votes_for", 72, cls="votes"),
     M(A, "5 anggota", N, "votes_against", 5, cls="votes"),
     M(A, "1956", D, "melbourne", "1956"),
     M(A, "2000", D, "sydney", "2000"),
     M(A, "dua hari", N, "gap", 2, cls="dur"),
     M(A, "Jumat (23/7/2021)", D, "tokyo_open", "2021-07-23"),
     M(A, "24 Februari 2021", D, "preferred", "2021-02-24"),
     M(A, "sekitar 4,5 miliar dolar Australia", N, "cost", 4.5, qual="approx", cls="aud"),
     M(A, "84 persen", N, "venues_pct", 84, cls="pct"),
     M(A, "11 tahun", N, "years_to_go", 11, cls="dur"),

     M(R, "2032", D, "games", "2032"),
     M(R, "Wednesday", D, "award", "2021-07-21"),
     M(R, "72 votes", N, "votes_for", 72, cls="votes"),
     M(R, "5", N, "votes_against", 5, cls="votes"),
     M(R, "1956", D, "melbourne", "1956"),
     M(R, "2000", D, "sydney", "2000"),
     M(R, "Feb. 24, 2021", D, "preferred", "2021-02-24"),
     M(R, "around A$4.5 billion", N, "cost", 4.5, qual="approx", cls="aud"),
     M(R, "84 percent", N, "venues_pct", 84, cls="pct"),
     M(R, "11 years", N, "years_to_go", 11, cls="dur"),
     M(R, "two days", N, "gap", 2, cls="dur"),
     M(R, "Friday, July 23", D, "tokyo_open", "2021-07-23"),

     M(K, "2032", D, "games", "2032"),
     M(K, "72 suara setuju", N, "votes_for", 72, cls="votes"),
     M(K, "5 suara menolak", N, "votes_against", 5, cls="votes"),
     M(K, "Rabu (21/7/2021)", D, "award", "2021-07-21"),
     M(K, "1956", D, "melbourne", "1956"),
     M(K, "2000", D, "sydney", "2000"),
     M(K, "24 Februari 2021", D, "preferred", "2021-02-24"),
     M(K, "sekitar 4,5 miliar dolar Australia", N, "cost", 4.5, qual="approx", cls="aud"),
     M(K, "84 persen", N, "venues_pct", 84, cls="pct"),
     M(K, "11 tahun", N, "years_to_go", 11, cls="dur"),
     M(K, "dua hari", N, "gap", 2, cls="dur"),
     M(K, "Jumat (23/7/2021)", D, "tokyo_open", "2021-07-23"),
     M(K, "2018", D, "gold_coast", "2018"),

     M(B, "Two days", N, "since_award", 2, cls="dur"),
     M(B, "2032", D, "games", "2032"),
     M(B, "72", N, "votes_for", 72, cls="votes"),
     M(B, "5", N, "votes_against", 5, cls="votes"),
     M(B, "Wednesday, July 21", D, "award", "2021-07-21"),
     M(B, "1956", D, "melbourne", "1956"),
     M(B, "2000", D, "sydney", "2000"),
     M(B, "about A$4.5 billion", N, "cost", 4.5, qual="approx", cls="aud"),
     M(B, "Around 84 percent", N, "venues_pct", 84, qual="approx", cls="pct"),
     M(B, "Feb. 24, 2021", D, "preferred", "2021-02-24"),
     M(B, "11 years", N, "years_to_go", 11, cls="dur"),
     M(B, "Friday, July 23", D, "tokyo_open", "2021-07-23"),
    ]
    build("brisbane-2032-award-2021", "The International Olympic Committee's award of the 2032 Olympic and Paralympic "
          "Games to Brisbane at its session in Tokyo on Wednesday 21 July 2021, by 72 votes to 5, two days before the "
          "Tokyo Games opened on Friday 23 July (control): the third Australian host after Melbourne 1956 and Sydney "
          "2000; named preferred candidate on 24 February 2021; a cost of about A$4.5 billion, 84 percent of venues "
          "existing or temporary, 11 years to get ready. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    fires()
    trial()
    olympics()
