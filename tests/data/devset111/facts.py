"""The hundred-and-eleventh development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset111/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def ecuador():
    R1, K, AP, T, R2 = "reuters-apr17", "kompas-apr19", "ap-apr21", "tempo-apr24", "reuters-may12"
    # the government's running tallies: Sunday 17 April in the morning (the vice president), the afternoon (the
    # president) and at night (the vice president), Monday 18 April (the president's address, then the security
    # minister late at night), Tuesday 19 (the deputy interior minister), Wednesday 20 in the morning, Thursday 21,
    # Saturday 23 and Friday 29 April (the risk management secretariat); the attorney general's office's list of
    # Wednesday 20 April at 16h00 is another body's count
    SUN_AM, SUN_PM, SUN_N, MON, MON_N, TUE, WED_AM, WED_PM, THU, SAT, FRI29 = (
        "2016-04-17T09", "2016-04-17T15", "2016-04-17T21", "2016-04-18T18", "2016-04-18T23", "2016-04-19T12",
        "2016-04-20T09", "2016-04-20T16", "2016-04-21T15", "2016-04-23T12", "2016-04-29")
    GOV, AG = "the government", "the attorney general's office"
    INT, DEF = "the deputy interior minister", "the defence minister"
    names = {
     "magnitude": "the quake's magnitude", "dead": "people killed in the quake", "injured": "people injured",
     "missing": "people missing", "unidentified": "dead not yet identified", "provinces": "provinces under a state of emergency",
     "soldiers": "soldiers sent", "credit": "credit lines drawn on (dollars)", "ped_pop": "Pedernales's population",
     "ped_fear": "the toll feared in Pedernales", "years_tragedy": "years since a tragedy as great",
     "city_dead": "dead in each of Manta and Pedernales", "portoviejo_dead": "dead in Portoviejo",
     "rebuild": "the president's estimate of the rebuilding cost (dollars)", "vat_old": "value-added tax before",
     "vat_new": "value-added tax after the rise", "surcharge": "the single surcharge on company profits",
     "wealth_thr": "fortunes subject to the levy (dollars)", "levy": "the levy on fortunes",
     "income_thr": "monthly income above which a day's salary is given (dollars)", "rescued": "people rescued alive",
     "shelters": "people in shelters", "foreigners": "foreigners among the dead", "buildings": "buildings destroyed",
     "treated": "people treated for injuries needing urgent care", "manabi_dead": "dead in Manabi province",
     "schools": "schools damaged", "schools_bad": "schools damaged moderately to severely",
     "wb_loan": "the World Bank's loan (dollars)",
     # dates
     "quake_day": "day of the quake", "last_stronger": "year of the last stronger quake",
     "count77_day": "day of the count of 77", "glas_night": "day of the count of 246 dead and 2,527 injured",
     "emergency_day": "day the state of emergency was declared", "count413_day": "day of the count of 413",
     "correa_visit": "day of the president's visit to the coast", "ag_day": "day of the prosecutors' list of 570",
     "count525_day": "day of the count of 525", "count480_day": "day of the count of 480",
     "patino_day": "day of the defence minister's count of the missing", "tax_day": "day the taxes were announced",
     "count654_day": "day of the count of 654", "count577_day": "day of the count of 577",
     "y1999": "year of Colombia's deadlier quake", "report_day": "day of the secretariat's report of 660",
     "vat_start": "day the tax rise takes effect",
    }
    ms = [
     M(R1, "7.8", N, "magnitude", 7.8, cls="mag"),
     M(R1, "Saturday", D, "quake_day", "2016-04-16"),
     M(R1, "246", N, "dead", 246, SUN_N, src=GOV),
     M(R1, "Sunday", D, "glas_night", "2016-04-17"),
     M(R1, "2,527", N, "injured", 2527, SUN_N, src=GOV),
     M(R1, "1979", D, "last_stronger", "1979"),
     M(R1, "77", N, "dead", 77, SUN_AM, src=GOV),
     M(R1, "Sunday", D, "count77_day", "2016-04-17", occ=2),
     M(R1, "233", N, "dead", 233, SUN_PM, src=GOV),
     M(R1, "six provinces", N, "provinces", 6),
     M(R1, "Saturday", D, "emergency_day", "2016-04-16", occ=2),
     M(R1, "About 10,000 soldiers", N, "soldiers", 10000, qual="approx"),
     M(R1, "$600 million", N, "credit", 600e6, cls="usd"),
     M(R1, "about 40,000 people", N, "ped_pop", 40000, qual="approx"),
     M(R1, "300", N, "ped_fear", 300, qual="morethan"),

     M(K, "7,8", N, "magnitude", 7.8, cls="mag"),
     M(K, "Sabtu (16/4/2016)", D, "quake_day", "2016-04-16"),
     M(K, "413 orang", N, "dead", 413, MON_N, src=GOV),
     M(K, "Senin (18/4/2016)", D, "count413_day", "2016-04-18"),
     M(K, "350 orang", N, "dead", 350, MON, src=GOV),
     M(K, "2.068 orang", N, "injured", 2068, MON, src=GOV),
     M(K, "2.527 orang", N, "injured", 2527, SUN_N, src=GOV),
     M(K, "Minggu (17/4/2016)", D, "glas_night", "2016-04-17"),
     M(K, "Senin", D, "correa_visit", "2016-04-18", occ=2),
     M(K, "67 tahun", N, "years_tragedy", 67, cls="dur"),
     M(K, "sekitar 40.000 jiwa", N, "ped_pop", 40000, qual="approx"),
     M(K, "enam provinsi", N, "provinces", 6),
     M(K, "Sabtu", D, "emergency_day", "2016-04-16", occ=2),
     M(K, "sekitar 10.000 tentara", N, "soldiers", 10000, qual="approx"),

     M(AP, "Wednesday", D, "ag_day", "2016-04-20"),
     M(AP, "570 people", N, "dead", 570, WED_PM, src=AG),
     M(AP, "Saturday", D, "quake_day", "2016-04-16"),
     M(AP, "44", N, "unidentified", 44, WED_PM),
     M(AP, "500", N, "dead", 500, WED_AM, qual="morethan", src=GOV),
     M(AP, "525", N, "dead", 525, WED_AM, src=GOV),
     M(AP, "Wednesday", D, "count525_day", "2016-04-20", occ=2),
     M(AP, "480 dead", N, "dead", 480, TUE, src=GOV),
     M(AP, "2,560 injured", N, "injured", 2560, TUE, src=GOV),
     M(AP, "Tuesday", D, "count480_day", "2016-04-19"),
     M(AP, "1,700 people", N, "missing", 1700, TUE, src=INT, fall=True),
     M(AP, "231", N, "missing", 231, WED_PM, src=DEF, fall=True),
     M(AP, "Wednesday", D, "patino_day", "2016-04-20", occ=3),
     M(AP, "More than 170 people", N, "city_dead", 170, WED_PM, qual="morethan"),
     M(AP, "118", N, "portoviejo_dead", 118, WED_PM),
     M(AP, "Wednesday", D, "tax_day", "2016-04-20", occ=4),
     M(AP, "$3 billion", N, "rebuild", 3e9, cls="usd"),
     M(AP, "12%", N, "vat_old", 12, cls="pct"),
     M(AP, "14%", N, "vat_new", 14, cls="pct"),
     M(AP, "3%", N, "surcharge", 3, cls="pct"),
     M(AP, "$1 million", N, "wealth_thr", 1e6, cls="usd"),
     M(AP, "0.9%", N, "levy", 0.9, cls="pct"),
     M(AP, "$1,000", N, "income_thr", 1000, cls="usd"),

     M(T, "654 orang", N, "dead", 654, SAT, src=GOV),
     M(T, "58 orang", N, "missing", 58, SAT, src=GOV, fall=True),
     M(T, "Sabtu, 23 April 2016", D, "count654_day", "2016-04-23"),
     M(T, "113 orang", N, "rescued", 113),
     M(T, "7,8", N, "magnitude", 7.8, cls="mag"),
     M(T, "16 April", D, "quake_day", "2016-04-16"),
     M(T, "Lebih dari 25.000 orang", N, "shelters", 25000, SAT, qual="morethan", fall=True),
     M(T, "Kamis, 21 April 2016", D, "count577_day", "2016-04-21"),
     M(T, "577 korban", N, "dead", 577, THU, src=GOV),
     M(T, "20 warga", N, "foreigners", 20, THU),
     M(T, "507 korban", N, "dead", 507, WED_PM, src=AG, planted=True),
     M(T, "1.125 bangunan", N, "buildings", 1125),
     M(T, "3 miliar dolar AS", N, "rebuild", 3e9, cls="usd"),
     M(T, "1999", D, "y1999", "1999"),

     M(R2, "660", N, "dead", 660, FRI29, src=GOV),
     M(R2, "Friday, April 29", D, "report_day", "2016-04-29"),
     M(R2, "4,605 people", N, "treated", 4605, FRI29),
     M(R2, "646", N, "manabi_dead", 646, FRI29),
     M(R2, "7.8", N, "magnitude", 7.8, cls="mag"),
     M(R2, "April 16", D, "quake_day", "2016-04-16"),
     M(R2, "1979", D, "last_stronger", "1979"),
     M(R2, "77", N, "dead", 77, SUN_AM, src=GOV),
     M(R2, "April 17", D, "count77_day", "2016-04-17"),
     M(R2, "480", N, "dead", 480, TUE, src=GOV),
     M(R2, "April 19", D, "count480_day", "2016-04-19"),
     M(R2, "654", N, "dead", 654, SAT, src=GOV),
     M(R2, "April 23", D, "count654_day", "2016-04-23"),
     M(R2, "560 schools", N, "schools", 560),
     M(R2, "166", N, "schools_bad", 166),
     M(R2, "14%", N, "vat_new", 14, cls="pct"),
     M(R2, "12%", N, "vat_old", 12, cls="pct"),
     M(R2, "June 1", D, "vat_start", "2016-06-01"),
     M(R2, "$3 billion", N, "rebuild", 3e9, cls="usd"),
     M(R2, "$150 million", N, "wb_loan", 150e6, cls="usd"),
    ]
    build("ecuador-quake-2016", "The Ecuador earthquake of Saturday 16 April 2016 (magnitude 7.8, near Muisne; the "
          "strongest since 1979): the government's toll rising 77 (Sunday 17 April, morning) -> 233 -> 246 (Sunday "
          "night) -> 350 -> 413 (Monday 18) -> 480 (Tuesday 19) -> 525 (Wednesday 20, morning) -> 577 (Thursday 21) "
          "-> 654 (Saturday 23) -> 660 (the risk management secretariat's report of Friday 29 April); the attorney "
          "general's office's list of 570 confirmed dead on Wednesday 20 April; the injured 2,527 (Sunday night) given "
          "as 2,068 on Monday (lower), then 2,560 on Tuesday; the missing 1,700 (the deputy interior minister, "
          "Tuesday), 231 (the defence minister, Wednesday), 58 (Saturday); the president's temporary taxes of "
          "Wednesday 20 April (value-added tax 12% -> 14% for a year from 1 June) and his $3 billion estimate",
          False, ms, names)


def argentina():
    R, K, T, AP = "reuters-oct28", "kompas-oct30", "tempo-nov18", "ap-dec10"
    # the provisional count on election night in stages (65 % of the polling stations counted, about 75 %, nearly
    # all early on Monday), then the definitive count weeks later; shares of a count in progress may move both ways
    S65, S75, NEAR, FIN = "2019-10-27T21", "2019-10-27T22", "2019-10-28T06", "2019-11-10"
    names = {
     "af_share": "Fernández's share", "mm_share": "Macri's share", "counted": "share of the polling stations counted",
     "threshold": "share that wins in the first round", "threshold40": "share that wins with a 10-point lead",
     "lead_needed": "lead needed with 40%", "turnout": "turnout", "years_since": "years since the Peronists lost power",
     "deputies_at_stake": "Chamber of Deputies seats at stake", "deputies_total": "members of the Chamber of Deputies",
     "senate_at_stake": "Senate seats at stake", "senate_total": "members of the Senate", "inflation": "annual inflation",
     # dates
     "election": "day of the election", "near_count_day": "day of the near-complete provisional count",
     "concession": "day Macri conceded", "breakfast": "day of the breakfast at the Casa Rosada",
     "macri_won": "year Macri won the presidency", "inauguration": "day Fernández was sworn in",
     "first_results_day": "day of the first official results", "runoff_sched": "day the runoff had been scheduled for",
     "since1928": "year of the last non-Peronist president to complete a term", "cfk_start": "year Fernández de Kirchner took office",
     "cfk_end": "year Fernández de Kirchner left office",
    }
    ms = [
     M(R, "Sunday", D, "election", "2019-10-27"),
     M(R, "Monday", D, "near_count_day", "2019-10-28"),
     M(R, "48.1%", N, "af_share", 48.1, NEAR, cls="pct", fall=True),
     M(R, "40.4%", N, "mm_share", 40.4, NEAR, cls="pct", fall=True),
     M(R, "45%", N, "threshold", 45, cls="pct"),
     M(R, "40%", N, "threshold40", 40, cls="pct"),
     M(R, "10 percentage points", N, "lead_needed", 10, cls="pp"),
     M(R, "Sunday", D, "concession", "2019-10-27", occ=2),
     M(R, "Monday", D, "breakfast", "2019-10-28", occ=2),
     M(R, "four years", N, "years_since", 4, cls="dur"),
     M(R, "2015", D, "macri_won", "2015"),
     M(R, "130", N, "deputies_at_stake", 130),
     M(R, "257", N, "deputies_total", 257),
     M(R, "24", N, "senate_at_stake", 24),
     M(R, "72", N, "senate_total", 72),
     M(R, "about 81%", N, "turnout", 81, qual="approx", cls="pct"),
     M(R, "Dec. 10", D, "inauguration", "2019-12-10"),

     M(K, "Minggu (27/10/2019)", D, "election", "2019-10-27"),
     M(K, "Minggu", D, "first_results_day", "2019-10-27", occ=2),
     M(K, "65 persen", N, "counted", 65, S65, cls="pct"),
     M(K, "47,21 persen", N, "af_share", 47.21, S65, cls="pct", fall=True),
     M(K, "41,42 persen", N, "mm_share", 41.42, S65, cls="pct", fall=True),
     M(K, "sekitar 75 persen", N, "counted", 75, S75, qual="approx", cls="pct"),
     M(K, "47,36 persen", N, "af_share", 47.36, S75, cls="pct", fall=True),
     M(K, "41,22 persen", N, "mm_share", 41.22, S75, cls="pct", fall=True),
     M(K, "Senin (28/10/2019)", D, "near_count_day", "2019-10-28"),
     M(K, "48,1 persen", N, "af_share", 48.1, NEAR, cls="pct", fall=True),
     M(K, "40,4 persen", N, "mm_share", 40.4, NEAR, cls="pct", fall=True),
     M(K, "45 persen", N, "threshold", 45, cls="pct"),
     M(K, "40 persen", N, "threshold40", 40, cls="pct"),
     M(K, "10 poin persentase", N, "lead_needed", 10, cls="pp"),
     M(K, "Senin", D, "breakfast", "2019-10-28", occ=2),
     M(K, "sekitar 81 persen", N, "turnout", 81, qual="approx", cls="pct"),
     M(K, "10 Desember 2019", D, "inauguration", "2019-12-10"),

     M(T, "27 Oktober 2019", D, "election", "2019-10-27"),
     M(T, "48,42 persen", N, "af_share", 48.42, FIN, cls="pct", fall=True, planted=True),
     M(T, "40,28 persen", N, "mm_share", 40.28, FIN, cls="pct", fall=True),
     M(T, "45 persen", N, "threshold", 45, cls="pct"),
     M(T, "24 November", D, "runoff_sched", "2019-11-24"),
     M(T, "130", N, "deputies_at_stake", 130),
     M(T, "257", N, "deputies_total", 257),
     M(T, "24", N, "senate_at_stake", 24, occ=2),
     M(T, "72", N, "senate_total", 72),
     M(T, "sekitar 81 persen", N, "turnout", 81, qual="approx", cls="pct"),
     M(T, "Selasa, 10 Desember 2019", D, "inauguration", "2019-12-10"),
     M(T, "1928", D, "since1928", "1928"),

     M(AP, "Tuesday, Dec. 10", D, "inauguration", "2019-12-10"),
     M(AP, "Oct. 29", D, "election", "2019-10-29", planted=True),
     M(AP, "48.24%", N, "af_share", 48.24, FIN, cls="pct", fall=True),
     M(AP, "40.28%", N, "mm_share", 40.28, FIN, cls="pct", fall=True),
     M(AP, "45%", N, "threshold", 45, cls="pct"),
     M(AP, "2007", D, "cfk_start", "2007"),
     M(AP, "2015", D, "cfk_end", "2015"),
     M(AP, "1928", D, "since1928", "1928"),
     M(AP, "50%", N, "inflation", 50, qual="morethan", cls="pct"),
     M(AP, "four years", N, "years_since", 4, cls="dur"),
     M(AP, "2015", D, "macri_won", "2015", occ=2),
     M(AP, "about 81%", N, "turnout", 81, qual="approx", cls="pct"),
    ]
    build("argentina-general-2019", "Argentina's general election of Sunday 27 October 2019: the provisional count "
          "in stages (Fernández 47.21% to Macri's 41.42% with 65% of the polling stations counted, 47.36% to 41.22% "
          "with about 75%, 48.1% to 40.4% with nearly all early on Monday 28 October) against the definitive count "
          "(48.24% to 40.28%); 45%, or 40% with a 10-point lead, to win in the first round, so no runoff on 24 "
          "November; 130 of 257 deputies and 24 of 72 senators elected; turnout about 81%; Fernández sworn in on "
          "Tuesday 10 December 2019", False, ms, names)


def brazil():
    R, B, MP, K = "reuters-dec11", "bisnis-dec12", "mercopress-dec13", "kontan-dec14"
    names = {
     "hike": "size of the rise", "rate": "the new benchmark rate", "prev": "the rate before the decision",
     "expected": "the rise economists expected", "next_hike": "size of each signalled rise", "path": "the rate after the signalled rises",
     "focus24": "inflation expected for 2024", "focus25": "inflation expected for 2025", "infl": "inflation in the 12 months to November",
     "ceiling": "the ceiling of the tolerance band", "target": "the inflation target", "band": "the tolerance band",
     "window": "months of the inflation reading", "members": "members of the committee",
     # dates
     "decision": "day of the decision", "jan_meeting": "month of the next meeting", "mar_meeting": "month of the meeting after",
     "largest_since": "month of the last rise as large", "level_since": "month the rate last stood at this level",
     "y2024": "the year 2024 (expectations)", "y2025": "the year 2025 (expectations)", "infl_month": "month of the inflation reading",
     "term_end": "day the outgoing governor's term ends", "galipolo_start": "day Galípolo takes over",
    }
    ms = [
     M(R, "100 basis points", N, "hike", 100, cls="bp"),
     M(R, "12.25%", N, "rate", 12.25, cls="pct"),
     M(R, "Wednesday", D, "decision", "2024-12-11"),
     M(R, "11.25%", N, "prev", 11.25, cls="pct"),
     M(R, "75 basis points", N, "expected", 75, cls="bp"),
     M(R, "January", D, "jan_meeting", "2025-01"),
     M(R, "March", D, "mar_meeting", "2025-03"),
     M(R, "14.25%", N, "path", 14.25, cls="pct"),
     M(R, "May 2022", D, "largest_since", "2022-05"),
     M(R, "around 4.8%", N, "focus24", 4.8, qual="approx", cls="pct"),
     M(R, "2024", D, "y2024", "2024"),
     M(R, "4.6%", N, "focus25", 4.6, cls="pct"),
     M(R, "2025", D, "y2025", "2025"),
     M(R, "4.87%", N, "infl", 4.87, cls="pct"),
     M(R, "12 months", N, "window", 12, cls="dur"),
     M(R, "November", D, "infl_month", "2024-11"),
     M(R, "4.5%", N, "ceiling", 4.5, cls="pct"),
     M(R, "3%", N, "target", 3, cls="pct"),
     M(R, "Dec. 31", D, "term_end", "2024-12-31"),
     M(R, "Jan. 1", D, "galipolo_start", "2025-01-01"),

     M(B, "100 basis poin", N, "hike", 100, cls="bp"),
     M(B, "11,25%", N, "prev", 11.25, cls="pct"),
     M(B, "12,25%", N, "rate", 12.25, cls="pct"),
     M(B, "Rabu (11/12/2024)", D, "decision", "2024-12-11"),
     M(B, "sembilan anggota", N, "members", 9),
     M(B, "75 basis poin", N, "expected", 75, cls="bp"),
     M(B, "1 poin persentase", N, "next_hike", 100, qual="unit", cls="bp"),
     M(B, "Januari", D, "jan_meeting", "2025-01"),
     M(B, "Maret 2025", D, "mar_meeting", "2025-03"),
     M(B, "14,25%", N, "path", 14.25, cls="pct"),
     M(B, "Mei 2022", D, "largest_since", "2022-05"),
     M(B, "sekitar 4,8%", N, "focus24", 4.8, qual="approx", cls="pct"),
     M(B, "2024", D, "y2024", "2024", occ=2),
     M(B, "4,6%", N, "focus25", 4.6, cls="pct"),
     M(B, "2025", D, "y2025", "2025", occ=2),
     M(B, "November 2024", D, "infl_month", "2024-11"),
     M(B, "4,87%", N, "infl", 4.87, cls="pct"),
     M(B, "4,5%", N, "ceiling", 4.5, cls="pct"),
     M(B, "3%", N, "target", 3, cls="pct"),
     M(B, "1 Januari 2025", D, "galipolo_start", "2025-01-01"),
     M(B, "31 Desember", D, "term_end", "2024-12-31"),

     M(MP, "Wednesday, December 11", D, "decision", "2024-12-11"),
     M(MP, "11.25%", N, "prev", 11.25, cls="pct"),
     M(MP, "12.25%", N, "rate", 12.25, cls="pct"),
     M(MP, "nine members", N, "members", 9),
     M(MP, "0.75 percentage point", N, "expected", 75, qual="unit", cls="bp"),
     M(MP, "January", D, "jan_meeting", "2025-01"),
     M(MP, "March 2025", D, "mar_meeting", "2025-03"),
     M(MP, "14.25%", N, "path", 14.25, cls="pct"),
     M(MP, "May 2022", D, "largest_since", "2022-05"),
     M(MP, "November 2023", D, "level_since", "2023-11"),
     M(MP, "4.87%", N, "infl", 4.87, cls="pct"),
     M(MP, "November", D, "infl_month", "2024-11", occ=2),
     M(MP, "4.5%", N, "ceiling", 4.5, cls="pct"),
     M(MP, "3%", N, "target", 3, cls="pct"),
     M(MP, "1.5 percentage points", N, "band", 150, qual="unit", cls="bp"),
     M(MP, "about 4.8%", N, "focus24", 4.8, qual="approx", cls="pct"),
     M(MP, "2024", D, "y2024", "2024"),
     M(MP, "4.6%", N, "focus25", 4.6, cls="pct"),
     M(MP, "2025", D, "y2025", "2025", occ=2),
     M(MP, "January 1, 2025", D, "galipolo_start", "2025-01-01"),
     M(MP, "December 31", D, "term_end", "2024-12-31"),

     M(K, "1 poin persentase", N, "hike", 100, qual="unit", cls="bp"),
     M(K, "12,25%", N, "rate", 12.25, cls="pct"),
     M(K, "Rabu, 11 Desember 2024", D, "decision", "2024-12-11"),
     M(K, "11,25%", N, "prev", 11.25, cls="pct"),
     M(K, "sembilan anggota", N, "members", 9),
     M(K, "0,75 poin persentase", N, "expected", 75, qual="unit", cls="bp"),
     M(K, "Januari", D, "jan_meeting", "2025-01"),
     M(K, "Maret 2025", D, "mar_meeting", "2025-03"),
     M(K, "14,25%", N, "path", 14.25, cls="pct"),
     M(K, "November 2023", D, "level_since", "2023-11"),
     M(K, "12 bulan", N, "window", 12, cls="dur"),
     M(K, "November 2024", D, "infl_month", "2024-11"),
     M(K, "4,87%", N, "infl", 4.87, cls="pct"),
     M(K, "4,5%", N, "ceiling", 4.5, cls="pct"),
     M(K, "3%", N, "target", 3, cls="pct"),
     M(K, "1,5 poin persentase", N, "band", 150, qual="unit", cls="bp"),
     M(K, "1 Januari 2025", D, "galipolo_start", "2025-01-01"),
    ]
    build("brazil-rate-hike-2024", "Brazil's central bank's rate decision (control) of Wednesday 11 December 2024: "
          "the benchmark rate raised 100 basis points from 11.25% to 12.25% by the committee's nine members "
          "unanimously (75 basis points expected), two more rises of one point each signalled for January and March "
          "2025 (to 14.25%), the third rise in a row and the largest since May 2022, the level of November 2023; "
          "Focus expectations of about 4.8% for 2024 and 4.6% for 2025; inflation of 4.87% in the 12 months to "
          "November 2024 against the 3% target and its 4.5% ceiling (a band of 1.5 points); Gabriel Galípolo "
          "governor from 1 January 2025, the outgoing governor's term ending on 31 December. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    ecuador()
    argentina()
    brazil()
