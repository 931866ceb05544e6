"""The sixty-ninth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset69/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def aktau():
    DT, R, K, A, P = "detik-dec25", "reuters-dec26", "kompas-dec30", "ap-feb04", "antara-oct10-2025"
    # the survivors: Kazakhstan's emergencies ministry 25, then 28 (around midday on Wednesday 25 December); Azerbaijan's
    # prosecutor general's office 32 (a briefing in Baku that afternoon); the government commission's 29 (Deputy Prime
    # Minister Bozumbayev, that evening), the count every later report keeps
    MIN25, MIN28, PROS, COMM = "2024-12-25T12", "2024-12-25T13", "2024-12-25T15", "2024-12-25T20"
    MINISTRY, PROSECUTOR = "Kazakhstan's emergencies ministry", "Azerbaijan's prosecutor general's office"
    names = {
     "survivors": "survivors of the crash", "killed": "people killed in the crash", "aboard": "people aboard",
     "passengers": "passengers aboard", "crew": "crew members aboard", "crew_killed": "crew members killed",
     "pax_killed": "passengers killed", "serious": "survivors in a serious condition",
     "children": "children among the survivors in the ministry's count", "responders": "emergency personnel sent",
     "units": "units of equipment sent", "azeris": "Azerbaijani citizens among the passengers",
     "russians": "Russian citizens among the passengers", "kazakhs": "Kazakh citizens aboard",
     "kyrgyz": "Kyrgyz citizens among the passengers", "distance": "distance of the crash site from Aktau",
     "pages": "pages of the preliminary report", "attempts": "attempts to land in Grozny",
     "missiles": "missiles that exploded near the plane", "burst": "distance of the blasts from the plane",
     "drones": "Ukrainian drones tracked",
     # dates
     "crash": "day of the crash", "mourning": "Azerbaijan's day of mourning", "apology": "day of Putin's apology",
     "aliyev_claim": "day Aliyev said the plane was shot at", "prelim": "day of the preliminary report",
     "admission": "day Putin acknowledged the missiles",
    }
    ms = [
     M(DT, "Rabu (25/12/2024)", D, "crash", "2024-12-25"),
     M(DT, "62 penumpang", N, "passengers", 62),
     M(DT, "lima awak", N, "crew", 5),
     M(DT, "67 orang", N, "aboard", 67),
     M(DT, "3 kilometer", N, "distance", 3, qual="approx", cls="dist"),
     M(DT, "25 orang", N, "survivors", 25, MIN25, src=MINISTRY),
     M(DT, "28 orang", N, "survivors", 28, MIN28, src=MINISTRY),
     M(DT, "dua anak", N, "children", 2),
     M(DT, "32 orang", N, "survivors", 32, PROS, src=PROSECUTOR),
     M(DT, "150 personel", N, "responders", 150),
     M(DT, "45 unit", N, "units", 45),
     M(DT, "37 warga Azerbaijan", N, "azeris", 37),
     M(DT, "16 warga Rusia", N, "russians", 16),
     M(DT, "enam warga Kazakhstan", N, "kazakhs", 6),
     M(DT, "tiga warga Kirgistan", N, "kyrgyz", 3),
     M(DT, "Kamis (26/12/2024)", D, "mourning", "2024-12-26"),

     M(R, "38 people", N, "killed", 38),
     M(R, "29", N, "survivors", 29, COMM),
     M(R, "Wednesday", D, "crash", "2024-12-25"),
     M(R, "Eleven", N, "serious", 11, COMM),
     M(R, "32 survivors", N, "survivors", 32, PROS, src=PROSECUTOR),
     M(R, "62 passengers", N, "passengers", 62),
     M(R, "five crew", N, "crew", 5),
     M(R, "about 3 km", N, "distance", 3, qual="approx", cls="dist"),
     M(R, "six Kazakh citizens", N, "kazakhs", 6),
     M(R, "Thursday", D, "mourning", "2024-12-26"),

     M(K, "Minggu (29/12/2024)", D, "aliyev_claim", "2024-12-29"),
     M(K, "Sabtu (28/12/2024)", D, "apology", "2024-12-28"),
     M(K, "Rabu (25/12/2024)", D, "crash", "2024-12-25"),
     M(K, "38 orang", N, "killed", 38),
     M(K, "29 orang", N, "survivors", 29, "2024-12-30"),
     M(K, "67 orang", N, "aboard", 67),
     M(K, "Tiga awak", N, "crew_killed", 3),

     M(A, "Tuesday", D, "prelim", "2025-02-04"),
     M(A, "53-page", N, "pages", 53),
     M(A, "two failed attempts", N, "attempts", 2),
     M(A, "Dec. 25", D, "crash", "2024-12-25"),
     M(A, "62 passengers", N, "passengers", 62),
     M(A, "six crew members", N, "crew", 6, planted=True),
     M(A, "35 passengers", N, "pax_killed", 35),
     M(A, "38 dead", N, "killed", 38),
     M(A, "29 people", N, "survivors", 29, "2025-02-04"),
     M(A, "December", D, "apology", "2024-12"),

     M(P, "Kamis (9/10/2025)", D, "admission", "2025-10-09"),
     M(P, "dua rudal", N, "missiles", 2),
     M(P, "10 meter", N, "burst", 10, qual="approx", cls="dist"),
     M(P, "tiga pesawat nirawak", N, "drones", 3),
     M(P, "24 Desember 2024", D, "crash", "2024-12-24", planted=True),
     M(P, "38", N, "killed", 38),
     M(P, "67 orang", N, "aboard", 67),
     M(P, "29 orang", N, "survivors", 29, "2025-10-10"),
     M(P, "Desember", D, "apology", "2024-12", occ=2),
     M(P, "Februari", D, "prelim", "2025-02"),
    ]
    build("aktau-crash-2024", "The crash of Azerbaijan Airlines flight J2-8243 (an Embraer 190 from Baku to Grozny with 62 "
          "passengers and five crew) near Aktau, Kazakhstan, on Wednesday 25 December 2024: survivors counted 25 then 28 "
          "by Kazakhstan's emergencies ministry and 32 by Azerbaijan's prosecutor general's office, lowered to 29 that "
          "evening by the government commission, with 38 dead; Putin's apology on Saturday 28 December, Aliyev's "
          "statement on Sunday 29 December; Kazakhstan's preliminary report of Tuesday 4 February 2025; Putin's "
          "acknowledgement on Thursday 9 October 2025 that two Russian air-defence missiles exploded near the plane",
          False, ms, names)


def romania():
    KM, R, T, A, AN = "kompas-may05", "reuters-may06", "tempo-may19", "ap-may26", "antara-jun24"
    # the count of each round: the electoral authority's partial count on the night against the final results
    NIGHT1, NIGHT2, FINAL = "2025-05-04T23", "2025-05-18T23", "final"
    names = {
     "simion_r1": "Simion's first-round share", "dan_r1": "Dan's first-round share",
     "antonescu_r1": "Antonescu's first-round share", "ponta_r1": "Ponta's first-round share",
     "lasconi_r1": "Lasconi's first-round share", "counted_r1": "share of domestic votes counted on the first night",
     "dan_votes_r1": "Dan's first-round votes", "dan_abroad_r1": "Dan's first-round votes from abroad",
     "turnout_r1": "first-round turnout", "voters_r1": "first-round voters",
     "dan_r2": "Dan's runoff share", "simion_r2": "Simion's runoff share", "counted_r2": "share of runoff votes counted on the night",
     "dan_votes_r2": "Dan's runoff votes", "simion_votes_r2": "Simion's runoff votes", "margin_r2": "Dan's runoff margin",
     "turnout_r2": "runoff turnout", "voters_r2": "runoff voters", "abroad_r2": "runoff voters abroad",
     "age_simion": "Simion's age", "age_dan": "Dan's age", "term": "length of the presidential term",
     "deficit": "budget deficit in 2024", "ayes": "votes for the Bolojan cabinet", "noes": "votes against the Bolojan cabinet",
     "needed": "votes needed to approve the cabinet", "ministries": "ministries in the Bolojan cabinet",
     # dates
     "r1": "day of the first round", "r2": "day of the runoff", "annulled_round": "the annulled first round of 2024",
     "annulment": "day the court annulled the 2024 election", "ciolacu": "day Ciolacu resigned",
     "court": "day the court rejected Simion's challenge", "inauguration": "day Dan was sworn in",
     "iohannis": "month Iohannis resigned", "cabinet_vote": "day parliament approved the Bolojan cabinet",
     "cabinet_oath": "day the Bolojan cabinet was sworn in", "y2014": "the 2014 presidential election",
    }
    ms = [
     M(KM, "Minggu (4/5/2025)", D, "r1", "2025-05-04"),
     M(KM, "98,66 persen", N, "counted_r1", 98.66, NIGHT1, cls="pct"),
     M(KM, "40,34 persen", N, "simion_r1", 40.34, NIGHT1, cls="pct", fall=True),
     M(KM, "20,82 persen", N, "dan_r1", 20.82, NIGHT1, cls="pct", fall=True),
     M(KM, "20,47 persen", N, "antonescu_r1", 20.47, NIGHT1, cls="pct", fall=True),
     M(KM, "13,41 persen", N, "ponta_r1", 13.41, NIGHT1, cls="pct", fall=True),
     M(KM, "18 Mei 2025", D, "r2", "2025-05-18"),
     M(KM, "sekitar 53 persen", N, "turnout_r1", 53, qual="approx", cls="pct"),
     M(KM, "24 November 2024", D, "annulled_round", "2024-11-24"),

     M(R, "Monday", D, "ciolacu", "2025-05-05"),
     M(R, "40.96%", N, "simion_r1", 40.96, FINAL, cls="pct", fall=True),
     M(R, "Sunday", D, "r1", "2025-05-04"),
     M(R, "20.99%", N, "dan_r1", 20.99, FINAL, cls="pct", fall=True),
     M(R, "20.07%", N, "antonescu_r1", 20.07, FINAL, cls="pct", fall=True),
     M(R, "1,979,767 votes", N, "dan_votes_r1", 1979767),
     M(R, "247,388", N, "dan_abroad_r1", 247388),
     M(R, "53.21%", N, "turnout_r1", 53.21, cls="pct"),
     M(R, "about 9.57 million voters", N, "voters_r1", 9.57e6, qual="approx"),
     M(R, "2.68%", N, "lasconi_r1", 2.68, FINAL, cls="pct", fall=True),
     M(R, "Dec. 6", D, "annulment", "2024-12-06"),
     M(R, "May 18", D, "r2", "2025-05-18"),
     M(R, "38", N, "age_simion", 38, cls="age"),
     M(R, "55-year-old", N, "age_dan", 55, cls="age"),

     M(T, "Minggu, 18 Mei 2025", D, "r2", "2025-05-18"),
     M(T, "98,56 persen", N, "counted_r2", 98.56, NIGHT2, cls="pct"),
     M(T, "54,17 persen", N, "dan_r2", 54.17, NIGHT2, cls="pct", fall=True),
     M(T, "45,83 persen", N, "simion_r2", 45.83, NIGHT2, cls="pct", fall=True),
     M(T, "hampir 900 ribu suara", N, "margin_r2", 900000, NIGHT2, "nearly", fall=True),
     M(T, "64,72 persen", N, "turnout_r2", 64.72, cls="pct"),
     M(T, "sekitar 11,6 juta orang", N, "voters_r2", 11.6e6, qual="approx"),
     M(T, "Lebih dari 1,6 juta", N, "abroad_r2", 1.6e6, qual="morethan"),
     M(T, "4 Mei", D, "r1", "2025-05-04"),
     M(T, "40,96 persen", N, "simion_r1", 40.96, FINAL, cls="pct", fall=True),
     M(T, "20,99 persen", N, "dan_r1", 20.99, FINAL, cls="pct", fall=True),
     M(T, "lima tahun", N, "term", 5, cls="dur"),

     M(A, "Monday", D, "inauguration", "2025-05-26"),
     M(A, "55", N, "age_dan", 55, cls="age"),
     M(A, "May 18", D, "r2", "2025-05-18"),
     M(A, "6,168,642 votes", N, "dan_votes_r2", 6168642),
     M(A, "53.60%", N, "dan_r2", 53.6, FINAL, cls="pct", fall=True),
     M(A, "5,339,053 votes", N, "simion_votes_r2", 5339053),
     M(A, "46.40%", N, "simion_r2", 46.4, FINAL, cls="pct", fall=True),
     M(A, "829,589 votes", N, "margin_r2", 829589, FINAL, fall=True),
     M(A, "64.72%", N, "turnout_r2", 64.72, cls="pct"),
     M(A, "2014", D, "y2014", "2014"),
     M(A, "May 4", D, "r1", "2025-05-04"),
     M(A, "Thursday", D, "court", "2025-05-22"),
     M(A, "February", D, "iohannis", "2025-02"),
     M(A, "May 5", D, "ciolacu", "2025-05-05"),
     M(A, "more than 9%", N, "deficit", 9, qual="morethan", cls="pct"),

     M(AN, "Senin (23/6/2025)", D, "cabinet_vote", "2025-06-23"),
     M(AN, "301 suara", N, "ayes", 301),
     M(AN, "9 suara", N, "noes", 9),
     M(AN, "233 suara", N, "needed", 233),
     M(AN, "16 kementerian", N, "ministries", 16),
     M(AN, "Senin malam", D, "cabinet_oath", "2025-06-23"),
     M(AN, "26 Mei", D, "inauguration", "2025-05-26"),
     M(AN, "18 Mei", D, "r2", "2025-05-18"),
     M(AN, "53,6 persen", N, "dan_r2", 53.6, FINAL, cls="pct", fall=True),
     M(AN, "4 Mei", D, "r1", "2025-05-04"),
     M(AN, "40,69 persen", N, "simion_r1", 40.69, FINAL, cls="pct", fall=True, planted=True),
     M(AN, "5 Mei", D, "ciolacu", "2025-05-05"),
    ]
    build("romania-presidential-2025", "Romania's presidential election rerun: the first round of Sunday 4 May 2025 (the "
          "electoral authority's partial count of the night, Simion 40.34%, Dan 20.82%, Antonescu 20.47%, against the "
          "final 40.96%, 20.99% and 20.07%; turnout 53.21%); Ciolacu's resignation on Monday 5 May; the runoff of Sunday "
          "18 May (54.17% against 45.83% on the night; final 6,168,642 votes or 53.60% for Nicusor Dan against 5,339,053 "
          "or 46.40% for George Simion; turnout 64.72%); the court's rejection of Simion's challenge on Thursday 22 May; "
          "Dan sworn in on Monday 26 May 2025; the Bolojan cabinet approved 301-9 on Monday 23 June 2025",
          False, ms, names)


def cbrt():
    AA, K, H, B = "anadolu-dec26", "kontan-dec27", "hurriyet-dec28", "bisnis-dec30"
    names = {
     "cut": "size of the cut", "rate": "the new policy rate", "prev_rate": "the rate before the decision",
     "expected": "the cut economists expected", "years": "years since the previous cut", "cpi": "inflation in November",
     "cpi_oct": "inflation in October", "peak": "inflation at its peak", "start_rate": "the rate before the tightening",
     "fc2024": "inflation forecast for the end of 2024", "fc2025": "inflation forecast for the end of 2025",
     # dates
     "decision": "day of the decision", "last_hike": "month the rate reached 50%", "first_hike": "month the tightening began",
     "last_cut": "month of the previous cut", "cpi_month": "month of the inflation reading",
     "oct_month": "month of the earlier inflation reading", "peak_month": "month inflation peaked",
     "next": "day of the next decision", "fc2024_year": "year of the 2024 forecast", "fc2025_year": "year of the 2025 forecast",
    }
    ms = [
     M(AA, "Thursday", D, "decision", "2024-12-26"),
     M(AA, "250 basis points", N, "cut", 250, cls="bp"),
     M(AA, "47.5%", N, "rate", 47.5, cls="pct"),
     M(AA, "nearly two years", N, "years", 2, qual="nearly", cls="dur"),
     M(AA, "50%", N, "prev_rate", 50, cls="pct"),
     M(AA, "March", D, "last_hike", "2024-03"),
     M(AA, "150 basis points", N, "expected", 150, cls="bp"),
     M(AA, "47.09%", N, "cpi", 47.09, cls="pct"),
     M(AA, "November", D, "cpi_month", "2024-11"),
     M(AA, "48.58%", N, "cpi_oct", 48.58, cls="pct"),
     M(AA, "October", D, "oct_month", "2024-10"),
     M(AA, "more than 75%", N, "peak", 75, qual="morethan", cls="pct"),
     M(AA, "May", D, "peak_month", "2024-05"),
     M(AA, "June 2023", D, "first_hike", "2023-06"),
     M(AA, "8.5%", N, "start_rate", 8.5, cls="pct"),
     M(AA, "February 2023", D, "last_cut", "2023-02"),
     M(AA, "Jan. 23", D, "next", "2025-01-23"),

     M(K, "250 basis poin", N, "cut", 250, cls="bp"),
     M(K, "50%", N, "prev_rate", 50, cls="pct"),
     M(K, "47,5%", N, "rate", 47.5, cls="pct"),
     M(K, "Kamis (26/12/2024)", D, "decision", "2024-12-26"),
     M(K, "hampir dua tahun", N, "years", 2, qual="nearly", cls="dur"),
     M(K, "150 bps", N, "expected", 150, cls="bp"),
     M(K, "47,09%", N, "cpi", 47.09, cls="pct"),
     M(K, "November 2024", D, "cpi_month", "2024-11"),
     M(K, "48,58%", N, "cpi_oct", 48.58, cls="pct"),
     M(K, "Oktober", D, "oct_month", "2024-10"),
     M(K, "44%", N, "fc2024", 44, cls="pct"),
     M(K, "akhir 2024", D, "fc2024_year", "2024"),
     M(K, "21%", N, "fc2025", 21, cls="pct"),
     M(K, "akhir 2025", D, "fc2025_year", "2025"),
     M(K, "Maret 2024", D, "last_hike", "2024-03"),
     M(K, "Juni 2023", D, "first_hike", "2023-06"),
     M(K, "8,5%", N, "start_rate", 8.5, cls="pct"),
     M(K, "Februari 2023", D, "last_cut", "2023-02"),

     M(H, "47.5 percent", N, "rate", 47.5, cls="pct"),
     M(H, "50 percent", N, "prev_rate", 50, cls="pct"),
     M(H, "Dec. 26", D, "decision", "2024-12-26"),
     M(H, "February 2023", D, "last_cut", "2023-02"),
     M(H, "2.5 percentage points", N, "cut", 250, qual="unit", cls="bp"),
     M(H, "1.5-point", N, "expected", 150, qual="unit", cls="bp"),
     M(H, "47.09 percent", N, "cpi", 47.09, cls="pct"),
     M(H, "November", D, "cpi_month", "2024-11"),
     M(H, "48.58 percent", N, "cpi_oct", 48.58, cls="pct"),
     M(H, "above 75 percent", N, "peak", 75, qual="morethan", cls="pct"),
     M(H, "May", D, "peak_month", "2024-05"),
     M(H, "44 percent", N, "fc2024", 44, cls="pct"),
     M(H, "21 percent", N, "fc2025", 21, cls="pct"),
     M(H, "end of 2025", D, "fc2025_year", "2025"),
     M(H, "March", D, "last_hike", "2024-03"),
     M(H, "8.5 percent", N, "start_rate", 8.5, cls="pct"),
     M(H, "June 2023", D, "first_hike", "2023-06"),
     M(H, "Jan. 23", D, "next", "2025-01-23"),

     M(B, "2,5 poin persentase", N, "cut", 250, qual="unit", cls="bp"),
     M(B, "47,5 persen", N, "rate", 47.5, cls="pct"),
     M(B, "Kamis, 26 Desember 2024", D, "decision", "2024-12-26"),
     M(B, "50 persen", N, "prev_rate", 50, cls="pct"),
     M(B, "Maret 2024", D, "last_hike", "2024-03"),
     M(B, "Februari 2023", D, "last_cut", "2023-02"),
     M(B, "47,09 persen", N, "cpi", 47.09, cls="pct"),
     M(B, "November 2024", D, "cpi_month", "2024-11"),
     M(B, "48,58 persen", N, "cpi_oct", 48.58, cls="pct"),
     M(B, "Oktober 2024", D, "oct_month", "2024-10"),
     M(B, "lebih dari 75 persen", N, "peak", 75, qual="morethan", cls="pct"),
     M(B, "Mei 2024", D, "peak_month", "2024-05"),
     M(B, "44 persen", N, "fc2024", 44, cls="pct"),
     M(B, "akhir 2024", D, "fc2024_year", "2024"),
     M(B, "21 persen", N, "fc2025", 21, cls="pct"),
     M(B, "akhir 2025", D, "fc2025_year", "2025"),
     M(B, "Juni 2023", D, "first_hike", "2023-06"),
     M(B, "8,5 persen", N, "start_rate", 8.5, cls="pct"),
     M(B, "23 Januari 2025", D, "next", "2025-01-23"),
    ]
    build("cbrt-rate-2024", "The Turkish central bank's rate decision (control) of Thursday 26 December 2024: the one-week "
          "repo rate cut 250 basis points from 50% to 47.5%, the first cut in nearly two years (since February 2023), "
          "larger than the 150 basis points economists expected; the rate held at 50% since March 2024 after increases "
          "from 8.5% from June 2023; inflation 47.09% in November 2024 after 48.58% in October and a peak above 75% in May "
          "2024; the bank's forecasts of 44% at the end of 2024 and 21% at the end of 2025; the next decision on 23 "
          "January 2025. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    aktau()
    romania()
    cbrt()
