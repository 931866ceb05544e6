"""The sixty-seventh development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset67/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def potomac():
    DT, R, K, A, P = "detik-jan30", "reuters-jan31", "kompas-feb01", "ap-feb05", "antara-mar12"
    # the bodies recovered: more than 30 by sources overnight (early Thursday 30 January), 28 by the fire chief on
    # Thursday morning, 41 as of 6 a.m. on Friday 31 January, 55 on Sunday 2 February, all 67 on Tuesday 4 February
    NIGHT, THU, FRI, SUN, TUE = "2025-01-30T01", "2025-01-30T07", "2025-01-31T06", "2025-02-02", "2025-02-04"
    names = {
     "recovered": "bodies recovered from the river", "identified": "victims identified", "killed": "people killed in the collision",
     "passengers": "passengers on the jet", "crew": "crew members on the jet", "soldiers": "soldiers on the helicopter",
     "aboard_jet": "people aboard the jet", "from_plane": "bodies recovered from the plane by Thursday morning",
     "from_heli": "bodies recovered from the helicopter by Thursday morning", "families": "families notified",
     "responders": "responders in the search", "runways_closed": "runways closed", "runways": "runways at the airport",
     "skaters": "members of the skating community aboard", "runway": "the runway the jet was landing on",
     "nbc_sources": "sources who gave the overnight count", "age_eaves": "Eaves's age", "age_ohara": "O'Hara's age",
     "jet_alt": "the jet's altitude at the collision", "ceiling": "altitude limit of the helicopter route",
     "separation": "vertical separation on the route", "pages": "pages of the preliminary report",
     "close_calls": "close-proximity events near the airport", "weeks": "weeks since the collision",
     # dates
     "collision": "day of the collision", "night_count": "day of the overnight count", "count28": "day of the count of 28",
     "count41": "day of the count of 41", "blackbox": "day the black boxes were recovered", "count55": "day of the count of 55",
     "lift": "day the engine was lifted", "all_recovered": "day all the remains were recovered",
     "ntsb325": "day the NTSB gave the jet's altitude", "prelim": "day of the NTSB's preliminary report",
     "restriction_end": "end of the helicopter restrictions", "prev_crash": "the previous deadlier US air crash",
     "period_start": "start of the close-call period", "period_end": "end of the close-call period",
    }
    ms = [
     M(DT, "Rabu (29/1/2025)", D, "collision", "2025-01-29"),
     M(DT, "60 penumpang", N, "passengers", 60),
     M(DT, "empat awak", N, "crew", 4),
     M(DT, "tiga tentara", N, "soldiers", 3),
     M(DT, "Dua sumber", N, "nbc_sources", 2),
     M(DT, "lebih dari 30 jenazah", N, "recovered", 30, NIGHT, "morethan"),
     M(DT, "Kamis dini hari", D, "night_count", "2025-01-30"),
     M(DT, "landasan 33", N, "runway", 33),

     M(R, "28 bodies", N, "recovered", 28, THU),
     M(R, "Thursday", D, "count28", "2025-01-30"),
     M(R, "27", N, "from_plane", 27, THU),
     M(R, "one", N, "from_heli", 1, THU),
     M(R, "60 passengers", N, "passengers", 60),
     M(R, "four crew", N, "crew", 4),
     M(R, "Wednesday", D, "collision", "2025-01-29"),
     M(R, "Three soldiers", N, "soldiers", 3),
     M(R, "all 67 people", N, "killed", 67),
     M(R, "November 2001", D, "prev_crash", "2001-11"),

     M(K, "41 jenazah", N, "recovered", 41, FRI),
     M(K, "Jumat (31/1/2025)", D, "count41", "2025-01-31"),
     M(K, "28", N, "identified", 28, FRI),
     M(K, "18 keluarga", N, "families", 18, FRI),
     M(K, "Sekitar 300 petugas", N, "responders", 300, FRI, "approx"),
     M(K, "64 penumpang", N, "passengers", 64, planted=True),
     M(K, "empat awak", N, "crew", 4),
     M(K, "tiga tentara", N, "soldiers", 3),
     M(K, "67 orang", N, "killed", 67),
     M(K, "Kamis (30/1/2025)", D, "blackbox", "2025-01-30"),
     M(K, "Dua", N, "runways_closed", 2, FRI),
     M(K, "tiga landasan pacu", N, "runways", 3),
     M(K, "Rabu (29/1/2025)", D, "collision", "2025-01-29"),
     M(K, "landasan 33", N, "runway", 33),

     M(A, "all 67 people", N, "killed", 67, TUE, also=(("recovered", 67),)),
     M(A, "Tuesday", D, "all_recovered", "2025-02-04"),
     M(A, "Sixty-six", N, "identified", 66, TUE),
     M(A, "Sunday", D, "count55", "2025-02-02"),
     M(A, "55 victims", N, "recovered", 55, SUN, also=(("identified", 55),)),
     M(A, "Monday", D, "lift", "2025-02-03"),
     M(A, "64 people", N, "aboard_jet", 64),
     M(A, "28 members", N, "skaters", 28),
     M(A, "three soldiers", N, "soldiers", 3),
     M(A, "39", N, "age_eaves", 39, cls="age"),
     M(A, "28", N, "age_ohara", 28, cls="age", occ=2),
     M(A, "Saturday", D, "ntsb325", "2025-02-01"),
     M(A, "about 325 feet", N, "jet_alt", 325, qual="approx", cls="alt"),
     M(A, "200 feet", N, "ceiling", 200, cls="alt"),
     M(A, "November 2001", D, "prev_crash", "2001-11"),

     M(P, "Selasa (11/3/2025)", D, "prelim", "2025-03-11"),
     M(P, "enam pekan", N, "weeks", 6, cls="dur"),
     M(P, "67 orang", N, "killed", 67),
     M(P, "20 halaman", N, "pages", 20),
     M(P, "Rabu (28/1/2025)", D, "collision", "2025-01-28", planted=True),
     M(P, "75 kaki", N, "separation", 75, cls="alt"),
     M(P, "landasan 33", N, "runway", 33),
     M(P, "200 kaki", N, "ceiling", 200, cls="alt"),
     M(P, "15.214 kejadian", N, "close_calls", 15214),
     M(P, "Oktober 2021", D, "period_start", "2021-10"),
     M(P, "Desember 2024", D, "period_end", "2024-12"),
     M(P, "31 Maret", D, "restriction_end", "2025-03-31"),
     M(P, "60 penumpang", N, "passengers", 60),
     M(P, "empat awak", N, "crew", 4),
     M(P, "tiga tentara", N, "soldiers", 3),
     M(P, "28 anggota", N, "skaters", 28),
     M(P, "Selasa (4/2/2025)", D, "all_recovered", "2025-02-04"),
    ]
    build("potomac-collision-2025", "The midair collision of American Eagle Flight 5342 (a CRJ700 from Wichita with 60 "
          "passengers and four crew) and an Army Black Hawk with three soldiers near Reagan National Airport on "
          "Wednesday 29 January 2025, 67 dead: more than 30 bodies recovered by sources' count overnight, lowered to 28 by "
          "the fire chief on Thursday morning 30 January; 41 recovered and 28 identified on Friday 31 January; 55 on "
          "Sunday 2 February; all 67 recovered and 66 identified on Tuesday 4 February; the NTSB's preliminary report and "
          "urgent recommendations of Tuesday 11 March 2025", False, ms, names)


def jakarta():
    JP, T, K, G, A = "jakartapost-nov28", "tempo-dec06", "kompas-dec09", "jakartaglobe-jan10-2025", "antara-feb20-2025"
    QK, QC, QS, KPU = "the Litbang Kompas quick count", "the Charta Politika quick count", "the SMRC quick count", "the KPU"
    NIGHT, TALLY, FINAL = "2024-11-27", "2024-11-28", "final"
    names = {
     "pr_share": "Pramono-Rano's share", "rk_share": "Ridwan Kamil-Suswono's share", "dk_share": "Dharma-Kun's share",
     "pr_votes": "votes for Pramono-Rano", "rk_votes": "votes for Ridwan Kamil-Suswono", "dk_votes": "votes for Dharma-Kun",
     "valid": "valid votes", "uploaded": "share of polling stations' forms in the online tally",
     "stations": "polling stations in Jakarta", "sample": "polling stations in the Litbang Kompas sample",
     "threshold": "share needed to win in one round", "turnout": "turnout", "turnout2017": "turnout in 2017",
     "registered": "registered voters", "regions": "regencies and cities recapitulated",
     "heads": "regional heads and deputies sworn in", "mk_days": "working days to challenge the result",
     "term": "length of the governor's term",
     # dates
     "vote": "day of the vote", "tally_day": "day of the online tally", "city_recap": "day the city-level recapitulation ended",
     "plenary_start": "first day of the provincial plenary", "plenary_result": "day the provincial recapitulation was set",
     "determination": "day the winners were formally named", "inauguration": "day of the inauguration",
     "retreat": "first day of the regional heads' retreat", "acting_since": "month the acting governor took office",
     "y2007": "the last single-round governor's election", "y2017": "the 2017 governor's election",
    }
    ms = [
     M(JP, "Wednesday", D, "vote", "2024-11-27"),
     M(JP, "400 polling stations", N, "sample", 400),
     M(JP, "49.49 percent", N, "pr_share", 49.49, NIGHT, cls="pct", src=QK),
     M(JP, "40.02 percent", N, "rk_share", 40.02, NIGHT, cls="pct", src=QK),
     M(JP, "10.49 percent", N, "dk_share", 10.49, NIGHT, cls="pct", src=QK),
     M(JP, "50.15 percent", N, "pr_share", 50.15, NIGHT, cls="pct", src=QC),
     M(JP, "51.03 percent", N, "pr_share", 51.03, NIGHT, cls="pct", src=QS),
     M(JP, "39.25 percent", N, "rk_share", 39.25, NIGHT, cls="pct", src=QC),
     M(JP, "38.80 percent", N, "rk_share", 38.8, NIGHT, cls="pct", src=QS),
     M(JP, "Thursday", D, "tally_day", "2024-11-28"),
     M(JP, "99.92 percent", N, "uploaded", 99.92, TALLY, cls="pct"),
     M(JP, "14,835 polling stations", N, "stations", 14835),
     M(JP, "2,181,636 votes", N, "pr_votes", 2181636, TALLY, src=KPU),
     M(JP, "50.07 percent", N, "pr_share", 50.07, TALLY, cls="pct", src=KPU),
     M(JP, "1,717,037 votes", N, "rk_votes", 1717037, TALLY, src=KPU),
     M(JP, "50 percent", N, "threshold", 50, cls="pct"),
     M(JP, "Some 8.2 million", N, "registered", 8.2e6, qual="approx"),

     M(T, "enam kabupaten/kota", N, "regions", 6),
     M(T, "Kamis, 5 Desember 2024", D, "city_recap", "2024-12-05"),
     M(T, "2.183.239 suara", N, "pr_votes", 2183239, FINAL, src=KPU),
     M(T, "50,07 persen", N, "pr_share", 50.07, FINAL, cls="pct", src=KPU),
     M(T, "4.360.629 suara sah", N, "valid", 4360629),
     M(T, "1.718.160 suara", N, "rk_votes", 1718160, FINAL, src=KPU),
     M(T, "39,40 persen", N, "rk_share", 39.4, FINAL, cls="pct", src=KPU),
     M(T, "459.230 suara", N, "dk_votes", 459230, FINAL, src=KPU),
     M(T, "10,53 persen", N, "dk_share", 10.53, FINAL, cls="pct", src=KPU),
     M(T, "sekitar 58 persen", N, "turnout", 58, qual="approx", cls="pct"),
     M(T, "2017", D, "y2017", "2017"),
     M(T, "lebih dari 70 persen", N, "turnout2017", 70, qual="morethan", cls="pct"),
     M(T, "50 persen", N, "threshold", 50, cls="pct"),
     M(T, "Sabtu (7/12/2024)", D, "plenary_start", "2024-12-07"),
     M(T, "Rabu, 27 November 2024", D, "vote", "2024-11-27"),
     M(T, "14.835 TPS", N, "stations", 14835),

     M(K, "Minggu (8/12/2024)", D, "plenary_result", "2024-12-08"),
     M(K, "2.183.239 suara", N, "pr_votes", 2183239, FINAL, src=KPU),
     M(K, "50,07 persen", N, "pr_share", 50.07, FINAL, cls="pct", src=KPU),
     M(K, "1.781.160 suara", N, "rk_votes", 1781160, FINAL, src=KPU, planted=True),
     M(K, "39,40 persen", N, "rk_share", 39.4, FINAL, cls="pct", src=KPU),
     M(K, "459.230 suara", N, "dk_votes", 459230, FINAL, src=KPU),
     M(K, "10,53 persen", N, "dk_share", 10.53, FINAL, cls="pct", src=KPU),
     M(K, "Sabtu (7/12/2024)", D, "plenary_start", "2024-12-07"),
     M(K, "tiga hari kerja", N, "mk_days", 3, cls="dur"),
     M(K, "sekitar 58 persen", N, "turnout", 58, qual="approx", cls="pct"),
     M(K, "8.214.007 pemilih", N, "registered", 8214007),
     M(K, "Rabu (27/11/2024)", D, "vote", "2024-11-27"),

     M(G, "Thursday", D, "determination", "2025-01-09"),
     M(G, "2,183,239 votes", N, "pr_votes", 2183239, FINAL, src=KPU),
     M(G, "50.07 percent", N, "pr_share", 50.07, FINAL, cls="pct", src=KPU),
     M(G, "4,360,629 valid ballots", N, "valid", 4360629),
     M(G, "November 27", D, "vote", "2024-11-27"),
     M(G, "39.40 percent", N, "rk_share", 39.4, FINAL, cls="pct", src=KPU),
     M(G, "10.53 percent", N, "dk_share", 10.53, FINAL, cls="pct", src=KPU),
     M(G, "2007", D, "y2007", "2007"),
     M(G, "about 58 percent", N, "turnout", 58, qual="approx", cls="pct"),
     M(G, "five-year", N, "term", 5, cls="dur"),
     M(G, "November", D, "vote", "2024-11", occ=2),
     M(G, "February", D, "inauguration", "2025-02"),

     M(A, "Kamis (20/2/2025)", D, "inauguration", "2025-02-20"),
     M(A, "961", N, "heads", 961),
     M(A, "27 November 2024", D, "vote", "2024-11-27"),
     M(A, "2.183.239 suara", N, "pr_votes", 2183239, FINAL, src=KPU),
     M(A, "50,07 persen", N, "pr_share", 50.07, FINAL, cls="pct", src=KPU),
     M(A, "1.718.160 suara", N, "rk_votes", 1718160, FINAL, src=KPU),
     M(A, "459.230 suara", N, "dk_votes", 459230, FINAL, src=KPU),
     M(A, "Kamis (9/1/2025)", D, "determination", "2025-01-09"),
     M(A, "Oktober 2024", D, "acting_since", "2024-10"),
     M(A, "21 Februari 2025", D, "retreat", "2025-02-21"),
     M(A, "2007", D, "y2007", "2007"),
    ]
    build("pilkada-jakarta-2024", "Jakarta's governor election (Wednesday 27 November 2024): the quick counts of the night "
          "(Litbang Kompas 49.49%, Charta Politika 50.15%, SMRC 51.03% for Pramono Anung-Rano Karno) and the KPU's online "
          "tally of Thursday 28 November (2,181,636 votes, 50.07%) against the recapitulation finished in the cities on "
          "Thursday 5 December and set by the Jakarta KPU on Sunday 8 December (2,183,239 votes or 50.07% of 4,360,629 "
          "valid votes; Ridwan Kamil-Suswono 1,718,160 or 39.40%; Dharma Pongrekun-Kun Wardana 459,230 or 10.53%; "
          "turnout about 58%); the winners named on Thursday 9 January 2025 and sworn in on Thursday 20 February 2025",
          False, ms, names)


def israel():
    R, G, K, B = "reuters-jan01", "globes-jan02", "kontan-jan03", "bisnis-jan04"
    names = {
     "cut": "size of the cut", "rate": "the new policy rate", "prev_rate": "the rate before the decision",
     "years": "years since the previous cut", "hikes": "consecutive increases before the cut", "record_low": "the record-low rate",
     "cpi": "inflation in November", "cpi_peak": "inflation at its peak", "target_low": "bottom of the target range",
     "target_high": "top of the target range", "gdp2023": "growth forecast for 2023", "gdp2024": "growth forecast for 2024",
     "gdp2025": "growth forecast for 2025", "rate_fc_low": "bottom of the forecast rate range",
     "rate_fc_high": "top of the forecast rate range", "cpi_fc": "inflation forecast for the fourth quarter of 2024",
     "deficit2023": "budget deficit forecast for 2023", "deficit2024": "budget deficit forecast for 2024",
     # dates
     "decision": "day of the decision", "last_hike": "month of the last increase", "first_hike": "month of the first increase",
     "cpi_month": "month of the inflation reading", "peak_month": "month inflation peaked", "next": "day of the next decision",
     "fc_quarter": "quarter of the forecasts", "last_cut_year": "year of the previous cut",
    }
    ms = [
     M(R, "25 basis points", N, "cut", 25, cls="bp"),
     M(R, "4.5%", N, "rate", 4.5, cls="pct"),
     M(R, "Monday", D, "decision", "2024-01-01"),
     M(R, "nearly four years", N, "years", 4, qual="nearly", cls="dur"),
     M(R, "4.75%", N, "prev_rate", 4.75, cls="pct"),
     M(R, "May 2023", D, "last_hike", "2023-05"),
     M(R, "10", N, "hikes", 10),
     M(R, "April 2022", D, "first_hike", "2022-04"),
     M(R, "0.1%", N, "record_low", 0.1, cls="pct"),
     M(R, "3.3%", N, "cpi", 3.3, cls="pct"),
     M(R, "November", D, "cpi_month", "2023-11"),
     M(R, "5.3%", N, "cpi_peak", 5.3, cls="pct"),
     M(R, "January 2023", D, "peak_month", "2023-01"),
     M(R, "1%", N, "target_low", 1, cls="pct"),
     M(R, "3%", N, "target_high", 3, cls="pct"),
     M(R, "2%", N, "gdp2023", 2, cls="pct", also=(("gdp2024", 2),)),
     M(R, "5%", N, "gdp2025", 5, cls="pct"),
     M(R, "3.75%", N, "rate_fc_low", 3.75, cls="pct"),
     M(R, "4%", N, "rate_fc_high", 4, cls="pct"),
     M(R, "fourth quarter of 2024", D, "fc_quarter", "2024-Q4"),
     M(R, "Feb. 26", D, "next", "2024-02-26"),

     M(G, "0.25 percentage points", N, "cut", 25, qual="unit", cls="bp"),
     M(G, "4.50%", N, "rate", 4.5, cls="pct"),
     M(G, "Monday, January 1", D, "decision", "2024-01-01"),
     M(G, "2020", D, "last_cut_year", "2020"),
     M(G, "10 rate hikes", N, "hikes", 10),
     M(G, "April 2022", D, "first_hike", "2022-04"),
     M(G, "May 2023", D, "last_hike", "2023-05"),
     M(G, "0.1%", N, "record_low", 0.1, cls="pct"),
     M(G, "4.75%", N, "prev_rate", 4.75, cls="pct"),
     M(G, "5.3%", N, "cpi_peak", 5.3, cls="pct"),
     M(G, "January 2023", D, "peak_month", "2023-01"),
     M(G, "3.3%", N, "cpi", 3.3, cls="pct"),
     M(G, "November", D, "cpi_month", "2023-11"),
     M(G, "1%-3%", N, "target_low", 1, cls="pct", also=(("target_high", 3),)),
     M(G, "2.4%", N, "cpi_fc", 2.4, cls="pct"),
     M(G, "fourth quarter of 2024", D, "fc_quarter", "2024-Q4"),
     M(G, "2%", N, "gdp2023", 2, cls="pct", also=(("gdp2024", 2),)),
     M(G, "5%", N, "gdp2025", 5, cls="pct"),
     M(G, "3.75%-4%", N, "rate_fc_low", 3.75, cls="pct", also=(("rate_fc_high", 4),)),
     M(G, "fourth quarter of 2024", D, "fc_quarter", "2024-Q4", occ=2),
     M(G, "4%", N, "deficit2023", 4, cls="pct", occ=2),
     M(G, "5.7%", N, "deficit2024", 5.7, cls="pct"),

     M(K, "25 basis poin", N, "cut", 25, cls="bp"),
     M(K, "4,75%", N, "prev_rate", 4.75, cls="pct"),
     M(K, "4,5%", N, "rate", 4.5, cls="pct"),
     M(K, "Senin (1/1/2024)", D, "decision", "2024-01-01"),
     M(K, "hampir empat tahun", N, "years", 4, qual="nearly", cls="dur"),
     M(K, "10 kali", N, "hikes", 10),
     M(K, "April 2022", D, "first_hike", "2022-04"),
     M(K, "Mei 2023", D, "last_hike", "2023-05"),
     M(K, "3,3%", N, "cpi", 3.3, cls="pct"),
     M(K, "November 2023", D, "cpi_month", "2023-11"),
     M(K, "1%-3%", N, "target_low", 1, cls="pct", also=(("target_high", 3),)),
     M(K, "2%", N, "gdp2024", 2, cls="pct"),
     M(K, "5%", N, "gdp2025", 5, cls="pct"),
     M(K, "3,75%-4%", N, "rate_fc_low", 3.75, cls="pct", also=(("rate_fc_high", 4),)),
     M(K, "kuartal IV 2024", D, "fc_quarter", "2024-Q4"),
     M(K, "26 Februari 2024", D, "next", "2024-02-26"),

     M(B, "0,25 poin persentase", N, "cut", 25, qual="unit", cls="bp"),
     M(B, "4,50 persen", N, "rate", 4.5, cls="pct"),
     M(B, "Senin, 1 Januari 2024", D, "decision", "2024-01-01"),
     M(B, "4,75 persen", N, "prev_rate", 4.75, cls="pct"),
     M(B, "Mei 2023", D, "last_hike", "2023-05"),
     M(B, "10 kali", N, "hikes", 10),
     M(B, "2020", D, "last_cut_year", "2020"),
     M(B, "3,3 persen", N, "cpi", 3.3, cls="pct"),
     M(B, "November 2023", D, "cpi_month", "2023-11"),
     M(B, "5,3 persen", N, "cpi_peak", 5.3, cls="pct"),
     M(B, "Januari 2023", D, "peak_month", "2023-01"),
     M(B, "1 persen", N, "target_low", 1, cls="pct"),
     M(B, "3 persen", N, "target_high", 3, cls="pct"),
     M(B, "2,4 persen", N, "cpi_fc", 2.4, cls="pct"),
     M(B, "kuartal IV 2024", D, "fc_quarter", "2024-Q4"),
     M(B, "2 persen", N, "gdp2023", 2, cls="pct", also=(("gdp2024", 2),)),
     M(B, "5,7 persen", N, "deficit2024", 5.7, cls="pct"),
    ]
    build("israel-rate-2024", "The Bank of Israel's rate decision (control) of Monday 1 January 2024: the policy rate cut "
          "25 basis points from 4.75% to 4.5%, the first cut in nearly four years (since 2020), after 10 increases from "
          "April 2022 to May 2023 from a record low of 0.1%; inflation 3.3% in November 2023 after a 5.3% peak in "
          "January 2023, against a 1-3% target; the research department's forecasts (growth 2% in 2023 and 2024, 5% in "
          "2025; inflation 2.4% and a rate of 3.75-4% in the fourth quarter of 2024; deficits of 4% and 5.7% of GDP); the "
          "next decision on 26 February 2024. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    potomac()
    jakarta()
    israel()
