"""The fifty-ninth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset59/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def mu5735():
    R, K, T, C, A = "reuters-mar22", "kompas-mar25", "detik-mar27", "cnnindonesia-apr01", "ap-apr21"
    names = {
     "aboard": "people on board", "killed": "people killed", "passengers": "passengers on board",
     "crew": "crew members on board", "pilots": "pilots among the crew", "attendants": "flight attendants among the crew",
     "security": "security officers among the crew", "identified": "victims identified by DNA",
     "pieces": "pieces of wreckage recovered", "belongings": "victims' belongings recovered",
     "area": "area searched (square metres)", "crater_area": "area of the impact crater (square metres)",
     "workers": "people taking part in the search", "nw_dead": "people killed in the China Northwest crash of 1994",
     "yichun_dead": "people killed in the Yichun crash of 2010",
     "cruise_alt": "cruising altitude (metres)", "dive_alt": "altitude after the first dive (feet)",
     "radar_alt": "altitude at the last radar return (metres)", "speed": "ground speed at the last radar return",
     "radius": "radius of the main wreckage field", "depth": "depth of the wreckage at the main impact point",
     "piece_len": "length of the piece found in a paddy field", "piece_dist": "distance of the wing piece from the impact point (km)",
     "fdr_depth": "depth at which the flight data recorder lay", "fdr_dist": "distance of the flight data recorder from the impact point",
     "dive_time": "duration of the first dive (minutes)", "report_due": "deadline of the preliminary report (days)",
     "final_due": "expected time to the final report (months)", "years_since": "years since a deadlier crash",
     # dates
     "crash": "day of the crash", "status_22": "day no survivors had been found", "briefing_24": "day of the briefing on the impact point",
     "cvr": "day the cockpit voice recorder was found", "confirm": "day all aboard were confirmed dead",
     "fdr": "day the flight data recorder was found", "dna_done": "day the last victims were identified",
     "search_end": "day the search ended", "last_briefing": "day of the last briefing in Wuzhou",
     "report": "day the preliminary report was announced", "nw_year": "year of the China Northwest crash",
     "yichun": "month of the Yichun crash",
    }
    FIRE, CAAC_REPORT = "Guangxi fire and rescue", "the CAAC's preliminary report"
    FR24, CAAC = "Flightradar24", "the CAAC"
    ms = [
     M(R, "132 people", N, "aboard", 132),
     M(R, "123 passengers", N, "passengers", 123),
     M(R, "nine crew", N, "crew", 9),
     M(R, "three pilots", N, "pilots", 3),
     M(R, "five flight attendants", N, "attendants", 5),
     M(R, "one security officer", N, "security", 1),
     M(R, "29,100 feet", N, "cruise_alt", 8870, src=FR24, cls="alt"),
     M(R, "9,075 feet", N, "dive_alt", 9075, cls="alt"),
     M(R, "little more than two minutes", N, "dive_time", 2, qual="morethan", cls="dur"),
     M(R, "160 people", N, "nw_dead", 160),
     M(R, "44 people", N, "yichun_dead", 44),
     M(R, "Tuesday", D, "status_22", "2022-03-22"),
     M(R, "Monday afternoon", D, "crash", "2022-03-21"),
     M(R, "1994", D, "nw_year", "1994"),
     M(R, "August 2010", D, "yichun", "2010-08"),

     M(K, "sekitar 30 meter", N, "radius", 30, qual="approx", cls="len"),
     M(K, "sekitar 20 meter", N, "depth", 20, "2022-03-24", "approx", cls="len"),
     M(K, "183 keping", N, "pieces", 183, "2022-03-24"),
     M(K, "21 barang", N, "belongings", 21, "2022-03-24"),
     M(K, "1,3 meter", N, "piece_len", 1.3, cls="len"),
     M(K, "sekitar 10 km", N, "piece_dist", 10, qual="approx", src=FIRE, cls="len"),
     M(K, "132 orang", N, "aboard", 132),
     M(K, "123 penumpang", N, "passengers", 123),
     M(K, "sembilan awak", N, "crew", 9),
     M(K, "Senin (21/3/2022)", D, "crash", "2022-03-21"),
     M(K, "Kamis (24/3/2022)", D, "briefing_24", "2022-03-24"),
     M(K, "Rabu (23/3/2022)", D, "cvr", "2022-03-23"),

     M(T, "132 orang", N, "killed", 132, "2022-03-26"),
     M(T, "123 penumpang", N, "passengers", 123),
     M(T, "9 awak", N, "crew", 9),
     M(T, "120 korban", N, "identified", 120, "2022-03-26"),
     M(T, "sekitar 1,5 meter", N, "fdr_depth", 1.5, qual="approx", cls="len"),
     M(T, "40 meter", N, "fdr_dist", 40, cls="len"),
     M(T, "160 orang", N, "nw_dead", 160),
     M(T, "Senin (21/3/2022)", D, "crash", "2022-03-21"),
     M(T, "Sabtu (26/3/2022)", D, "confirm", "2022-03-26"),
     M(T, "Minggu (27/3/2022)", D, "fdr", "2022-03-27"),
     M(T, "Rabu (23/3/2022)", D, "cvr", "2022-03-23"),
     M(T, "1994", D, "nw_year", "1994"),

     M(C, "49.117 keping", N, "pieces", 49117, "final"),
     M(C, "lebih dari 400.000 meter persegi", N, "area", 400000, "final", "morethan", cls="area"),
     M(C, "sekitar 34.000 petugas", N, "workers", 34000, qual="approx"),
     M(C, "36.001 keping", N, "pieces", 36001, "2022-03-28"),
     M(C, "370.000 meter persegi", N, "area", 370000, "2022-03-28", cls="area"),
     M(C, "132 korban", N, "identified", 132, "2022-03-28"),
     M(C, "30 hari", N, "report_due", 30, cls="dur"),
     M(C, "12 bulan", N, "final_due", 12, cls="dur"),
     M(C, "123 penumpang", N, "passengers", 123),
     M(C, "sembilan awak", N, "crew", 9),
     M(C, "Rabu (30/3/2022)", D, "search_end", "2022-03-30"),
     M(C, "Kamis (31/3/2022)", D, "last_briefing", "2022-03-31"),
     M(C, "Senin (28/3/2022)", D, "dna_done", "2022-03-28"),
     M(C, "Rabu (23/3/2022)", D, "cvr", "2022-03-23"),
     M(C, "Minggu (28/3/2022)", D, "fdr", "2022-03-28", planted=True),

     M(A, "132 people", N, "killed", 132, "final"),
     M(A, "8,900 meters", N, "cruise_alt", 8900, src=CAAC, cls="alt"),
     M(A, "3,380 meters", N, "radar_alt", 3380, cls="alt"),
     M(A, "1,010 kph", N, "speed", 1010, cls="speed"),
     M(A, "about 2.7 meters", N, "depth", 2.7, "2022-04-20", "approx", cls="len"),
     M(A, "about 45 square meters", N, "crater_area", 45, qual="approx", cls="area"),
     M(A, "about 12 kilometers", N, "piece_dist", 12, qual="approx", src=CAAC_REPORT, cls="len"),
     M(A, "49,171 pieces", N, "pieces", 49171, "final", planted=True),
     M(A, "30 days", N, "report_due", 30, cls="dur"),
     M(A, "28 years", N, "years_since", 28, cls="dur"),
     M(A, "Wednesday", D, "report", "2022-04-20"),
     M(A, "March 21", D, "crash", "2022-03-21"),
     M(A, "March 23", D, "cvr", "2022-03-23"),
     M(A, "March 27", D, "fdr", "2022-03-27"),
    ]
    build("mu5735-crash-2022", "The crash of China Eastern flight MU5735 in Tengxian county, Guangxi (Monday 21 March "
          "2022), with 132 aboard (123 passengers, nine crew): no survivors found by 22 March, the impact point and "
          "183 pieces of wreckage on 24 March with the wreckage 'about 20 metres' deep and a wing piece about 10 km "
          "away (the fire service), the cockpit voice recorder found on 23 March, all 132 confirmed dead and 120 "
          "identified on 26 March, the flight data recorder found on Sunday 27 March, 36,001 pieces and all identified "
          "on 28 March, the search ended on 30 March with 49,117 pieces; the preliminary report of 20 April (a crater "
          "2.7 metres deep, the winglet about 12 km away, the cruising altitude of 8,900 m against Flightradar24's "
          "29,100 feet)", False, ms, names)


def guatemala():
    R, K, T, A, P = "reuters-jun27", "kompas-jul13", "detik-aug21", "ap-aug29", "tempo-jan15-2024"
    NIGHT1, NIGHT2, FINAL = "2023-06-26", "2023-08-20", "final"
    names = {
     "counted1": "share of tally sheets processed in the first round", "torres1": "Torres's first-round share",
     "arevalo1": "Arevalo's first-round share", "torres1_votes": "Torres's first-round votes",
     "arevalo1_votes": "Arevalo's first-round votes", "null1": "null votes' share in the first round",
     "turnout1": "turnout in the first round", "registered": "registered voters", "missing": "share of tally sheets missing",
     "age_arevalo": "Arevalo's age", "age_torres": "Torres's age", "house": "seats in Congress",
     "vamos": "Vamos seats", "une": "UNE seats", "semilla": "Semilla seats", "parties": "parties that challenged the count",
     "errors": "share of votes found miscounted in the review", "suspension_len": "time the certification was held up (weeks)",
     "arevalo2_votes": "Arevalo's run-off votes", "torres2_votes": "Torres's run-off votes",
     "arevalo2_all": "Arevalo's run-off share of all votes", "torres2_all": "Torres's run-off share of all votes",
     "arevalo2_valid": "Arevalo's run-off share of valid votes", "torres2_valid": "Torres's run-off share of valid votes",
     "turnout2": "turnout in the run-off", "depts_won": "departments Arevalo carried", "depts": "departments in the country",
     "wait_official": "expected wait for the official run-off result (weeks)", "delay": "delay of the inauguration (hours)",
     # dates
     "first_round": "day of the first round", "prelim1": "day of the first-round preliminary results",
     "runoff": "day of the run-off", "y2015": "the 2015 election", "y2019": "the 2019 election",
     "inaug": "day the new president was due to take office", "certify1": "day the first-round result was certified",
     "court": "day the Constitutional Court suspended the certification", "official2": "day the run-off result was declared",
     "father_from": "year Arevalo's father took office", "father_to": "year Arevalo's father left office",
     "sworn": "day Arevalo was sworn in",
     "blockade": "month of the road blockades",
    }
    ms = [
     M(R, "Aug. 20", D, "runoff", "2023-08-20"),
     M(R, "Sunday", D, "first_round", "2023-06-25"),
     M(R, "Monday", D, "prelim1", "2023-06-26"),
     M(R, "98.5%", N, "counted1", 98.5, NIGHT1, cls="pct"),
     M(R, "about 15.7%", N, "torres1", 15.7, NIGHT1, "approx", cls="pct"),
     M(R, "about 11.8%", N, "arevalo1", 11.8, NIGHT1, "approx", cls="pct"),
     M(R, "64-year-old", N, "age_arevalo", 64, "2023-06-26", cls="age"),
     M(R, "67", N, "age_torres", 67, "2023-06-26", cls="age"),
     M(R, "2015", D, "y2015", "2015"),
     M(R, "2019", D, "y2019", "2019"),
     M(R, "about 17%", N, "null1", 17, NIGHT1, "approx", cls="pct"),
     M(R, "slightly below 60%", N, "turnout1", 60, NIGHT1, "nearly", cls="pct"),
     M(R, "more than 9.3 million", N, "registered", 9.3e6, qual="morethan"),
     M(R, "160-seat", N, "house", 160),
     M(R, "40 seats", N, "vamos", 40, "2023-06-27"),
     M(R, "27", N, "une", 27, "2023-06-27"),
     M(R, "24", N, "semilla", 24, "2023-06-27"),
     M(R, "less than 3%", N, "missing", 3, NIGHT1, "nearly", cls="pct"),
     M(R, "Jan. 14, 2024", D, "inaug", "2024-01-14"),

     M(K, "Rabu (12/7/2023)", D, "certify1", "2023-07-12"),
     M(K, "hampir dua pekan", N, "suspension_len", 2, qual="nearly", cls="dur"),
     M(K, "881.592 suara", N, "torres1_votes", 881592, FINAL),
     M(K, "15,86 persen", N, "torres1", 15.86, FINAL, cls="pct"),
     M(K, "654.534 suara", N, "arevalo1_votes", 654534, FINAL),
     M(K, "11,77 persen", N, "arevalo1", 11.77, FINAL, cls="pct"),
     M(K, "Sabtu (1/7/2023)", D, "court", "2023-07-01"),
     M(K, "sembilan partai", N, "parties", 9),
     M(K, "kurang dari 1 persen", N, "errors", 1, qual="nearly", cls="pct"),
     M(K, "Minggu (20/8/2023)", D, "runoff", "2023-08-20"),
     M(K, "17,3 persen", N, "null1", 17.3, FINAL, cls="pct"),
     M(K, "14 Januari 2024", D, "inaug", "2024-01-14"),

     M(T, "Minggu (20/8/2023)", D, "runoff", "2023-08-20"),
     M(T, "2.441.661 suara", N, "arevalo2_votes", 2441661, NIGHT2),
     M(T, "58,05 persen", N, "arevalo2_all", 58.05, NIGHT2, cls="pct"),
     M(T, "1.567.472 suara", N, "torres2_votes", 1567472, NIGHT2),
     M(T, "37,24 persen", N, "torres2_all", 37.24, NIGHT2, cls="pct"),
     M(T, "45,1 persen", N, "turnout2", 45.1, NIGHT2, cls="pct"),
     M(T, "25 Juni 2023", D, "first_round", "2023-06-25"),
     M(T, "17", N, "depts_won", 17),
     M(T, "22 departemen", N, "depts", 22),
     M(T, "64 tahun", N, "age_arevalo", 64, "2023-08-20", cls="age"),
     M(T, "14 Januari 2024", D, "inaug", "2024-01-14"),
     M(T, "sekitar satu pekan", N, "wait_official", 1, qual="approx", cls="dur"),

     M(A, "Monday", D, "official2", "2023-08-28"),
     M(A, "Aug. 20", D, "runoff", "2023-08-20"),
     M(A, "2,441,661 votes", N, "arevalo2_votes", 2441661, FINAL),
     M(A, "60.9%", N, "arevalo2_valid", 60.9, FINAL, cls="pct"),
     M(A, "1,567,472 votes", N, "torres2_votes", 1567472, FINAL),
     M(A, "39.1%", N, "torres2_valid", 39.1, FINAL, cls="pct"),
     M(A, "about 45%", N, "turnout2", 45, FINAL, "approx", cls="pct"),
     M(A, "more than 9.3 million", N, "registered", 9.3e6, qual="morethan"),
     M(A, "23", N, "semilla", 23, FINAL),
     M(A, "160 seats", N, "house", 160),
     M(A, "June 25", D, "first_round", "2023-06-25"),
     M(A, "39", N, "vamos", 39, FINAL),
     M(A, "28", N, "une", 28, FINAL),
     M(A, "1945", D, "father_from", "1945"),
     M(A, "1951", D, "father_to", "1951"),
     M(A, "Jan. 14", D, "inaug", "2024-01-14"),

     M(P, "Senin (15/1/2024)", D, "sworn", "2024-01-15"),
     M(P, "Minggu (14/1/2024)", D, "inaug", "2024-01-14"),
     M(P, "hampir sepuluh jam", N, "delay", 10, qual="nearly", cls="dur"),
     M(P, "160 anggota", N, "house", 160),
     M(P, "32 kursi", N, "semilla", 32, FINAL, planted=True),
     M(P, "Juni 2023", D, "first_round", "2023-06"),
     M(P, "65 tahun", N, "age_arevalo", 65, "2024-01-15", cls="age"),
     M(P, "20 Agustus 2023", D, "runoff", "2023-08-20"),
     M(P, "60,9 persen", N, "arevalo2_valid", 60.9, FINAL, cls="pct"),
     M(P, "Oktober 2023", D, "blockade", "2023-10"),
    ]
    build("guatemala-election-2023", "Guatemala's presidential election: the first round of Sunday 25 June 2023 (the "
          "preliminary count of Monday with 98.5% processed, Torres about 15.7% and Arevalo about 11.8%, the null vote "
          "about 17%, Congress seats 40 / 27 / 24 for Vamos, UNE and Semilla) against the result certified on 12 July "
          "after the Constitutional Court's suspension of 1 July (15.86% and 11.77%, null 17.3%) and the final seats "
          "(39 / 28 / 23); the run-off of 20 August (58.05% and 37.24% of all votes, 2,441,661 and 1,567,472 votes, "
          "turnout 45.1%) declared official on 28 August (60.9% and 39.1% of valid votes); Arevalo sworn in just "
          "after midnight on 15 January 2024 after a ceremony due on 14 January", False, ms, names)


def egypt():
    R, B, C, A = "reuters-mar06", "bisnis-mar07", "cnbcindonesia-mar08", "ahramonline-mar10"
    names = {
     "hike": "size of the increase", "deposit": "overnight deposit rate", "lending": "overnight lending rate",
     "main_op": "rate of the main operation", "discount": "discount rate", "cpi_jan": "urban inflation in January",
     "cpi_peak": "record urban inflation in September 2023", "fx": "official rate of the pound before the float",
     "fx_years": "time the official rate was held", "imf_new": "the IMF programme's new size",
     "imf_old": "the IMF programme's old size", "ras": "value of the Ras El-Hekma deal",
     "prev_hike": "size of the February increase", "prev_deposit": "deposit rate after the February increase",
     "cumulative": "total increase since March 2022",
     # dates
     "decision": "day of the decision", "cpi_month": "month of the inflation figure", "peak_month": "month of the record inflation",
     "ras_month": "month the Ras El-Hekma deal was announced", "prev_day": "day of the previous increase",
     "cycle_start": "month the tightening cycle began",
    }
    ms = [
     M(R, "600 basis points", N, "hike", 600, cls="bp"),
     M(R, "Wednesday", D, "decision", "2024-03-06"),
     M(R, "27.25%", N, "deposit", 27.25, cls="pct"),
     M(R, "28.25%", N, "lending", 28.25, cls="pct"),
     M(R, "27.75%", N, "main_op", 27.75, cls="pct", also=(("discount", 27.75),)),
     M(R, "29.8%", N, "cpi_jan", 29.8, cls="pct"),
     M(R, "January", D, "cpi_month", "2024-01"),
     M(R, "38%", N, "cpi_peak", 38, cls="pct"),
     M(R, "September", D, "peak_month", "2023-09"),
     M(R, "about 30.9", N, "fx", 30.9, qual="approx", cls="fx"),
     M(R, "about a year", N, "fx_years", 1, qual="approx", cls="dur"),
     M(R, "$8 billion", N, "imf_new", 8, cls="usd"),
     M(R, "$3 billion", N, "imf_old", 3, cls="usd"),
     M(R, "$35 billion", N, "ras", 35, cls="usd"),
     M(R, "February", D, "ras_month", "2024-02"),
     M(R, "Feb. 1", D, "prev_day", "2024-02-01"),
     M(R, "200 basis points", N, "prev_hike", 200, cls="bp"),
     M(R, "21.25%", N, "prev_deposit", 21.25, cls="pct"),
     M(R, "1,900 basis points", N, "cumulative", 1900, cls="bp"),
     M(R, "March 2022", D, "cycle_start", "2022-03"),

     M(B, "600 basis poin", N, "hike", 600, cls="bp"),
     M(B, "Rabu (6/3/2024)", D, "decision", "2024-03-06"),
     M(B, "27,25 persen", N, "deposit", 27.25, cls="pct"),
     M(B, "28,25 persen", N, "lending", 28.25, cls="pct"),
     M(B, "27,75 persen", N, "main_op", 27.75, cls="pct", also=(("discount", 27.75),)),
     M(B, "sekitar setahun", N, "fx_years", 1, qual="approx", cls="dur"),
     M(B, "kisaran 30,9", N, "fx", 30.9, qual="approx", cls="fx"),
     M(B, "29,8 persen", N, "cpi_jan", 29.8, cls="pct"),
     M(B, "Januari 2024", D, "cpi_month", "2024-01"),
     M(B, "US$3 miliar", N, "imf_old", 3, cls="usd"),
     M(B, "US$8 miliar", N, "imf_new", 8, cls="usd"),
     M(B, "1 Februari 2024", D, "prev_day", "2024-02-01"),
     M(B, "200 bps", N, "prev_hike", 200, cls="bp"),
     M(B, "21,25 persen", N, "prev_deposit", 21.25, cls="pct"),
     M(B, "US$35 miliar", N, "ras", 35, cls="usd"),
     M(B, "Februari", D, "ras_month", "2024-02", occ=2),

     M(C, "6 poin persentase", N, "hike", 600, qual="unit", cls="bp"),
     M(C, "Rabu (6/3/2024)", D, "decision", "2024-03-06"),
     M(C, "27,25%", N, "deposit", 27.25, cls="pct"),
     M(C, "28,25%", N, "lending", 28.25, cls="pct"),
     M(C, "27,75%", N, "main_op", 27.75, cls="pct", also=(("discount", 27.75),)),
     M(C, "600 bps", N, "hike", 600, cls="bp"),
     M(C, "Maret 2022", D, "cycle_start", "2022-03"),
     M(C, "1.900 bps", N, "cumulative", 1900, cls="bp"),
     M(C, "sekitar satu tahun", N, "fx_years", 1, qual="approx", cls="dur"),
     M(C, "sekitar 30,9", N, "fx", 30.9, qual="approx", cls="fx"),
     M(C, "Januari 2024", D, "cpi_month", "2024-01"),
     M(C, "29,8%", N, "cpi_jan", 29.8, cls="pct"),
     M(C, "38%", N, "cpi_peak", 38, cls="pct"),
     M(C, "September 2023", D, "peak_month", "2023-09"),
     M(C, "US$8 miliar", N, "imf_new", 8, cls="usd"),
     M(C, "US$3 miliar", N, "imf_old", 3, cls="usd"),
     M(C, "1 Februari 2024", D, "prev_day", "2024-02-01"),
     M(C, "200 bps", N, "prev_hike", 200, cls="bp"),
     M(C, "21,25%", N, "prev_deposit", 21.25, cls="pct"),

     M(A, "Wednesday, 6 March", D, "decision", "2024-03-06"),
     M(A, "six percentage points", N, "hike", 600, qual="unit", cls="bp"),
     M(A, "27.25 percent", N, "deposit", 27.25, cls="pct"),
     M(A, "28.25 percent", N, "lending", 28.25, cls="pct"),
     M(A, "27.75 percent", N, "main_op", 27.75, cls="pct", also=(("discount", 27.75),)),
     M(A, "600-basis-point", N, "hike", 600, cls="bp"),
     M(A, "March 2022", D, "cycle_start", "2022-03"),
     M(A, "1,900 basis points", N, "cumulative", 1900, cls="bp"),
     M(A, "a year", N, "fx_years", 1, cls="dur"),
     M(A, "EGP 30.9", N, "fx", 30.9, qual="approx", cls="fx"),
     M(A, "29.8 percent", N, "cpi_jan", 29.8, cls="pct"),
     M(A, "January", D, "cpi_month", "2024-01"),
     M(A, "38 percent", N, "cpi_peak", 38, cls="pct"),
     M(A, "September 2023", D, "peak_month", "2023-09"),
     M(A, "$8 billion", N, "imf_new", 8, cls="usd"),
     M(A, "$3 billion", N, "imf_old", 3, cls="usd"),
     M(A, "1 February", D, "prev_day", "2024-02-01"),
     M(A, "200 basis points", N, "prev_hike", 200, cls="bp"),
     M(A, "21.25 percent", N, "prev_deposit", 21.25, cls="pct"),
     M(A, "$35 billion", N, "ras", 35, cls="usd"),
     M(A, "February", D, "ras_month", "2024-02", occ=2),
    ]
    build("egypt-rate-2024", "The Central Bank of Egypt's decision (control) of Wednesday 6 March 2024 at an "
          "unscheduled meeting: rates raised 600 basis points (six percentage points), the overnight deposit rate to "
          "27.25%, the lending rate to 28.25%, the main operation and discount rates to 27.75%, the pound left to market "
          "forces after about a year near 30.9 to the dollar; urban inflation 29.8% in January after a record 38% in "
          "September 2023; the IMF programme raised to $8 billion from $3 billion the same day; the $35 billion Ras "
          "El-Hekma deal of February; the previous increase of 200 basis points to 21.25% on 1 February; 1,900 basis "
          "points since March 2022. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    mu5735()
    guatemala()
    egypt()
