"""The seventieth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset70/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def pekalongan():
    DT, R, K, A, JG = "detik-jan21", "reuters-jan23", "kompas-jan24", "antara-jan27", "jakartaglobe-feb20"
    # the tallies: four dead on the night of Monday 20 January; the district head's and the police chief's counts of
    # Tuesday midday; the post's count of Tuesday night; the BNPB head's of Wednesday midday; Basarnas's of Thursday
    # morning; the police chief's of Thursday afternoon; the district commander's of Friday morning (23 dead, three
    # missing: 26 listed); the close of the search on Monday 27 January (25 listed, all found dead: one name taken
    # off the list); the follow-up a month on
    MON_N, TUE_MID, TUE_N, WED = "2025-01-20T20", "2025-01-21T12", "2025-01-21T20", "2025-01-22T12"
    THU_AM, THU_PM, FRI, MON27, FEB20 = "2025-01-23T09", "2025-01-23T16", "2025-01-24T09", "2025-01-27", "2025-02-20"
    CAMAT, POLICE = "the Petungkriyono district head", "the Pekalongan police chief"
    names = {
     "dead": "people killed by the landslide", "injured": "people injured", "missing": "people missing",
     "victims": "people listed as the landslide's victims (dead and missing)", "houses": "houses hit by the landslide",
     "sheltering": "people sheltering in the village secretary's house", "personnel": "personnel in the search",
     "excavators": "excavators in the search", "emergency_days": "days of the emergency status",
     "search_days": "days of the standard search", "km_semarang": "distance from Semarang",
     "km_welo": "distance of the Welo River from Kasimpar", "age_aurel": "Aurel's age", "age_sularso": "Sularso's age",
     "age_baby": "the baby's age in months",
     # dates
     "landslide": "day of the landslide", "count_tue": "day of Tuesday's counts", "night_count": "day of the post's night count",
     "bnpb_visit": "day of the BNPB head's visit", "count_thu": "day of Basarnas's Thursday-morning count",
     "count_thu_pm": "day of the police's Thursday-afternoon count", "pause_thu": "day the search was suspended (Thursday)",
     "resume": "day the search was to resume", "count_fri": "day Aurel was found", "pause_fri": "day the search was suspended (Friday)",
     "search_end": "day the search ended",
    }
    ms = [
     M(DT, "Senin (20/1/2025)", D, "landslide", "2025-01-20"),
     M(DT, "dua rumah", N, "houses", 2),
     M(DT, "Selasa (21/1/2025)", D, "count_tue", "2025-01-21"),
     M(DT, "15 orang", N, "dead", 15, TUE_MID, src=CAMAT),
     M(DT, "10 orang luka-luka", N, "injured", 10, TUE_MID, src=CAMAT),
     M(DT, "lima warga", N, "missing", 5, TUE_MID, src=CAMAT, fall=True),
     M(DT, "empat korban meninggal", N, "dead", 4, MON_N),
     M(DT, "Selasa malam", D, "night_count", "2025-01-21"),
     M(DT, "17 korban meninggal", N, "dead", 17, TUE_N),
     M(DT, "13 korban luka", N, "injured", 13, TUE_N),
     M(DT, "sembilan orang", N, "missing", 9, TUE_N, fall=True),
     M(DT, "14 hari", N, "emergency_days", 14, cls="dur"),

     M(R, "21 bodies", N, "dead", 21, THU_AM),
     M(R, "Thursday morning", D, "count_thu", "2025-01-23"),
     M(R, "five people", N, "missing", 5, THU_AM, fall=True),
     M(R, "Monday", D, "landslide", "2025-01-20"),
     M(R, "about 90 km", N, "km_semarang", 90, qual="approx", cls="km"),
     M(R, "At least 13 people", N, "injured", 13, THU_AM, "atleast"),
     M(R, "Tuesday", D, "count_tue", "2025-01-21"),
     M(R, "16", N, "dead", 16, TUE_MID, src=POLICE),
     M(R, "10 injured", N, "injured", 10, TUE_MID, src=POLICE),
     M(R, "Wednesday", D, "bnpb_visit", "2025-01-22"),
     M(R, "20 bodies", N, "dead", 20, WED),
     M(R, "seven people", N, "missing", 7, WED, fall=True),
     M(R, "600 personnel", N, "personnel", 600, WED),
     M(R, "seven days", N, "search_days", 7, cls="dur"),
     M(R, "Three excavators", N, "excavators", 3),
     M(R, "Thursday evening", D, "pause_thu", "2025-01-23"),
     M(R, "Friday", D, "resume", "2025-01-24"),

     M(K, "Aurel (15)", N, "age_aurel", 15, cls="age"),
     M(K, "Jumat (24/1/2025)", D, "count_fri", "2025-01-24"),
     M(K, "23 orang", N, "dead", 23, FRI),
     M(K, "tiga orang", N, "missing", 3, FRI, fall=True),
     M(K, "26 korban", N, "victims", 26, FRI),
     M(K, "23 sudah ditemukan", N, "dead", 23, FRI),
     M(K, "Sularso (44)", N, "age_sularso", 44, cls="age"),
     M(K, "Kamis (23/1/2025)", D, "count_thu", "2025-01-23"),
     M(K, "21 korban meninggal", N, "dead", 21, THU_AM),
     M(K, "enam orang hilang", N, "missing", 6, THU_AM, fall=True, planted=True),
     M(K, "Kamis sore", D, "count_thu_pm", "2025-01-23"),
     M(K, "22 orang", N, "dead", 22, THU_PM),
     M(K, "empat orang", N, "missing", 4, THU_PM, fall=True),
     M(K, "13 orang luka-luka", N, "injured", 13, THU_PM),
     M(K, "lima bulan", N, "age_baby", 5, cls="age"),
     M(K, "sekitar 20 orang", N, "sheltering", 20, qual="approx"),
     M(K, "Senin (20/1/2025)", D, "landslide", "2025-01-20"),
     M(K, "Jumat siang", D, "pause_fri", "2025-01-24"),

     M(A, "Senin (27/1/2025)", D, "search_end", "2025-01-27"),
     M(A, "tujuh hari", N, "search_days", 7, cls="dur"),
     M(A, "25 korban", N, "dead", 25, MON27, also=(("victims", 25),)),
     M(A, "25 orang", N, "victims", 25, MON27),
     M(A, "11 kilometer", N, "km_welo", 11, cls="km"),
     M(A, "Senin (20/1/2025)", D, "landslide", "2025-01-20"),
     M(A, "13 orang", N, "injured", 13, MON27),

     M(JG, "25 people", N, "dead", 25, FEB20),
     M(JG, "Monday, Jan. 21", D, "landslide", "2025-01-21", planted=True),
     M(JG, "25 bodies", N, "dead", 25, FEB20),
     M(JG, "seven-day", N, "search_days", 7, cls="dur"),
     M(JG, "Jan. 27", D, "search_end", "2025-01-27"),
     M(JG, "about 600 personnel", N, "personnel", 600, qual="approx"),
     M(JG, "15-year-old", N, "age_aurel", 15, cls="age"),
     M(JG, "five-month-old", N, "age_baby", 5, cls="age"),
     M(JG, "Thirteen people", N, "injured", 13, FEB20),
     M(JG, "Jan. 22", D, "bnpb_visit", "2025-01-22"),
    ]
    build("pekalongan-landslide-2025", "The landslide in Kasimpar village, Petungkriyono district, Pekalongan regency, "
          "Central Java, on the afternoon of Monday 20 January 2025 (the village secretary's house, a pastor's empty "
          "house and the Allo cafe buried): four dead that night; 15 dead, 10 injured and five missing by the district "
          "head's count and 16 dead by the police chief's on Tuesday 21 January; 17 dead, 13 injured and nine missing that "
          "night; 20 dead and seven missing by the BNPB head on Wednesday 22 January; 21 dead and five missing by "
          "Basarnas on Thursday morning 23 January, 22 and four that afternoon; 23 dead and three missing (26 listed) on "
          "Friday 24 January; the search closed on Monday 27 January with 25 listed and all 25 found dead, Teguh Imanto "
          "taken off the list (thought swept away by the Welo River); a follow-up a month on", False, ms, names)


def moldova():
    RT, KP, AP, TP, AN = "reuters-oct21", "kompas-oct22", "apnews-nov04", "tempo-nov29", "antara-dec24"
    # the count of the first round's night (97.66% of the protocols, early on Monday 21 October), the runoff's night
    # (81% of the protocols, before the votes from abroad) and the commission's complete count
    NIGHT1, NIGHT2, FINAL = "2024-10-21T03", "2024-11-03T23", "final"
    names = {
     "counted1": "share of protocols counted on the referendum night", "counted2": "share of protocols counted on the runoff night",
     "ref_margin": "the referendum's margin of Yes over No", "ref_yes_votes": "Yes votes in the referendum",
     "ref_no_votes": "No votes in the referendum", "ref_yes_share": "Yes share in the referendum",
     "ref_no_share": "No share in the referendum", "ref_votes": "valid votes in the referendum",
     "sandu_r1": "Sandu's first-round share", "stoia_r1": "Stoianoglo's first-round share", "usatii_r1": "Usatii's first-round share",
     "turnout_r1": "first-round turnout", "bought": "votes allegedly targeted for buying", "threshold": "share needed to win outright",
     "candidates": "candidates in the first round", "sandu_r2": "Sandu's runoff share", "stoia_r2": "Stoianoglo's runoff share",
     "stoia_dom": "Stoianoglo's runoff share inside Moldova", "sandu_dom": "Sandu's runoff share inside Moldova",
     "diaspora_voters": "voters abroad in the runoff", "sandu_diaspora": "Sandu's share of the votes abroad",
     "turnout_r2": "runoff turnout", "voters_r2": "voters in the runoff", "sandu_r2_votes": "Sandu's runoff votes",
     "stoia_r2_votes": "Stoianoglo's runoff votes", "term": "length of the presidential term",
     "since_first": "years since the first inauguration",
     # dates
     "vote1": "day of the first round and the referendum", "results_day": "day the Yes side moved ahead",
     "runoff": "day of the runoff", "concession": "day Stoianoglo conceded", "cc_mandate": "day the court validated the mandate",
     "inauguration": "day of the inauguration", "cc_ref": "day the court validated the referendum",
     "first_elected": "month Sandu was first elected", "first_inaug": "day of the first inauguration",
     "candidate_status": "month Moldova became an EU candidate", "talks": "month accession talks opened",
     "eu_goal": "year of the EU membership goal", "parliament": "year of the parliamentary election",
     "gas_transit": "day the gas transit through Ukraine ended",
    }
    ms = [
     M(RT, "Monday", D, "results_day", "2024-10-21"),
     M(RT, "97.66%", N, "counted1", 97.66, NIGHT1, cls="pct"),
     M(RT, "88 votes", N, "ref_margin", 88, NIGHT1),
     M(RT, "721,760", N, "ref_yes_votes", 721760, NIGHT1),
     M(RT, "721,672", N, "ref_no_votes", 721672, NIGHT1),
     M(RT, "50.46%", N, "ref_yes_share", 50.46, FINAL, cls="pct", fall=True),
     M(RT, "49.54%", N, "ref_no_share", 49.54, FINAL, cls="pct", fall=True),
     M(RT, "Sunday", D, "vote1", "2024-10-20"),
     M(RT, "42.45%", N, "sandu_r1", 42.45, cls="pct"),
     M(RT, "25.98%", N, "stoia_r1", 25.98, cls="pct"),
     M(RT, "Nov. 3", D, "runoff", "2024-11-03"),
     M(RT, "almost 14%", N, "usatii_r1", 14, qual="nearly", cls="pct"),
     M(RT, "just over 51%", N, "turnout_r1", 51, qual="morethan", cls="pct"),
     M(RT, "300,000 votes", N, "bought", 300000),
     M(RT, "June 2022", D, "candidate_status", "2022-06"),
     M(RT, "June 2024", D, "talks", "2024-06"),

     M(KP, "Minggu (20/10/2024)", D, "vote1", "2024-10-20"),
     M(KP, "751.235 suara", N, "ref_yes_votes", 751235, FINAL),
     M(KP, "50,46 persen", N, "ref_yes_share", 50.46, FINAL, cls="pct", fall=True),
     M(KP, "737.639 suara", N, "ref_no_votes", 737639, FINAL),
     M(KP, "49,54 persen", N, "ref_no_share", 49.54, FINAL, cls="pct", fall=True),
     M(KP, "13.596 suara", N, "ref_margin", 13596, FINAL),
     M(KP, "hampir 1,5 juta suara", N, "ref_votes", 1.5e6, qual="nearly"),
     M(KP, "Senin (21/10/2024)", D, "results_day", "2024-10-21"),
     M(KP, "42,45 persen", N, "sandu_r1", 42.45, cls="pct"),
     M(KP, "25,98 persen", N, "stoia_r1", 25.98, cls="pct"),
     M(KP, "50 persen", N, "threshold", 50, cls="pct"),
     M(KP, "3 November 2024", D, "runoff", "2024-11-03"),
     M(KP, "11 kandidat", N, "candidates", 11),
     M(KP, "300.000 suara", N, "bought", 300000),
     M(KP, "Juni 2024", D, "talks", "2024-06"),

     M(AP, "Sunday", D, "runoff", "2024-11-03"),
     M(AP, "55.33%", N, "sandu_r2", 55.33, FINAL, cls="pct", fall=True),
     M(AP, "44.67%", N, "stoia_r2", 44.67, FINAL, cls="pct", fall=True),
     M(AP, "about 51.5%", N, "stoia_r2", 51.5, NIGHT2, "approx", cls="pct", fall=True),
     M(AP, "81%", N, "counted2", 81, NIGHT2, cls="pct"),
     M(AP, "51.19%", N, "stoia_dom", 51.19, cls="pct"),
     M(AP, "48.81%", N, "sandu_dom", 48.81, cls="pct"),
     M(AP, "more than 325,000", N, "diaspora_voters", 325000, qual="morethan"),
     M(AP, "about 83%", N, "sandu_diaspora", 83, qual="approx", cls="pct"),
     M(AP, "54.34%", N, "turnout_r2", 54.34, cls="pct"),
     M(AP, "almost 1.7 million", N, "voters_r2", 1.7e6, qual="nearly"),
     M(AP, "Sunday evening", D, "concession", "2024-11-03"),
     M(AP, "Oct. 20", D, "vote1", "2024-10-20"),
     M(AP, "42.45%", N, "sandu_r1", 42.45, cls="pct"),
     M(AP, "25.98%", N, "stoia_r1", 25.98, cls="pct"),
     M(AP, "50.46%", N, "ref_yes_share", 50.46, FINAL, cls="pct", fall=True),

     M(TP, "Kamis, 28 November 2024", D, "cc_mandate", "2024-11-28"),
     M(TP, "903.139 suara", N, "sandu_r2_votes", 903139, FINAL, planted=True),
     M(TP, "55,33 persen", N, "sandu_r2", 55.33, FINAL, cls="pct", fall=True),
     M(TP, "3 November 2024", D, "runoff", "2024-11-03"),
     M(TP, "lebih dari 750.000 suara", N, "stoia_r2_votes", 750000, FINAL, "morethan"),
     M(TP, "44,67 persen", N, "stoia_r2", 44.67, FINAL, cls="pct", fall=True),
     M(TP, "lebih dari 80 persen", N, "sandu_diaspora", 80, qual="morethan", cls="pct"),
     M(TP, "empat tahun", N, "term", 4, cls="dur"),
     M(TP, "Selasa, 24 Desember 2024", D, "inauguration", "2024-12-24"),
     M(TP, "Kamis (31/10/2024)", D, "cc_ref", "2024-10-31"),
     M(TP, "20 Oktober", D, "vote1", "2024-10-20"),
     M(TP, "November 2020", D, "first_elected", "2020-11"),

     M(AN, "Selasa (24/12/2024)", D, "inauguration", "2024-12-24"),
     M(AN, "empat tahun", N, "since_first", 4, cls="dur"),
     M(AN, "24 Desember 2020", D, "first_inaug", "2020-12-24"),
     M(AN, "3 November", D, "runoff", "2024-11-03"),
     M(AN, "930.139 suara", N, "sandu_r2_votes", 930139, FINAL),
     M(AN, "55,33 persen", N, "sandu_r2", 55.33, FINAL, cls="pct", fall=True),
     M(AN, "44,67 persen", N, "stoia_r2", 44.67, FINAL, cls="pct", fall=True),
     M(AN, "lebih dari 325.000 warga", N, "diaspora_voters", 325000, qual="morethan"),
     M(AN, "sekitar 83 persen", N, "sandu_diaspora", 83, qual="approx", cls="pct"),
     M(AN, "51,19 persen", N, "stoia_dom", 51.19, cls="pct"),
     M(AN, "28 November 2024", D, "cc_mandate", "2024-11-28"),
     M(AN, "2030", D, "eu_goal", "2030"),
     M(AN, "20 Oktober 2024", D, "vote1", "2024-10-20"),
     M(AN, "50,46 persen", N, "ref_yes_share", 50.46, FINAL, cls="pct", fall=True),
     M(AN, "1 Januari 2025", D, "gas_transit", "2025-01-01"),
     M(AN, "2025", D, "parliament", "2025", occ=2),
    ]
    build("moldova-election-2024", "Moldova's presidential election and EU referendum of Sunday 20 October 2024: the "
          "referendum's night count (Yes ahead by 88 votes, 721,760 to 721,672, with 97.66% of the protocols) against the "
          "commission's complete count (Yes 50.46% or 751,235 votes, No 49.54% or 737,639, a margin of 13,596); Sandu "
          "42.45% and Stoianoglo 25.98% in the first round; the runoff of Sunday 3 November (Stoianoglo about 51.5% with 81% "
          "counted; Sandu 55.33% to 44.67% in all, 930,139 votes; Stoianoglo 51.19% inside Moldova; more than 325,000 "
          "voters abroad, about 83% for Sandu; turnout 54.34%); the Constitutional Court's validation of the referendum "
          "on Thursday 31 October and of Sandu's mandate on Thursday 28 November; the inauguration on Tuesday 24 December "
          "2024", False, ms, names)


def chile():
    RD, BI, MP, KT = "reuters-dec17", "bisnis-dec18", "mercopress-dec19", "kontan-dec20"
    names = {
     "cut": "size of the cut", "rate": "the new policy rate", "prev_rate": "the rate before the decision",
     "total_cut": "total cuts since July 2023", "peak_rate": "the rate's peak", "cpi": "inflation in November",
     "peso": "the peso's depreciation since the previous meeting", "copper": "copper price per pound",
     "target": "the inflation target", "horizon": "the policy horizon in years", "cpi_h1": "inflation forecast for the first half of 2025",
     "cpi_end2024": "inflation forecast for the end of 2024", "cpi_end2025": "inflation forecast for the end of 2025",
     "gdp2024": "growth forecast for 2024", "gdp_low": "bottom of the growth range for 2025 and 2026",
     "gdp_high": "top of the growth range for 2025 and 2026", "cpi_window": "months of the inflation reading",
     # dates
     "decision": "day of the decision", "cycle_start": "month the easing began", "cpi_month": "month of the inflation reading",
     "ipom": "day of the Monetary Policy Report", "prev_meeting": "month of the previous meeting",
     "fc_half": "half-year of the inflation forecast", "fc_target": "when inflation reaches the target",
     "fc_end2025": "end of 2025", "fc_end2024": "end of 2024", "report_month": "month of the Monetary Policy Report",
     "demand_quarter": "quarter of the domestic demand reading",
    }
    ms = [
     M(RD, "25 basis points", N, "cut", 25, cls="bp"),
     M(RD, "5%", N, "rate", 5, cls="pct"),
     M(RD, "Tuesday", D, "decision", "2024-12-17"),
     M(RD, "5.25%", N, "prev_rate", 5.25, cls="pct"),
     M(RD, "July 2023", D, "cycle_start", "2023-07"),
     M(RD, "625 basis points", N, "total_cut", 625, cls="bp"),
     M(RD, "11.25%", N, "peak_rate", 11.25, cls="pct"),
     M(RD, "4.2%", N, "cpi", 4.2, cls="pct"),
     M(RD, "November", D, "cpi_month", "2024-11"),
     M(RD, "around 6%", N, "peso", 6, qual="approx", cls="pct"),
     M(RD, "$4 a pound", N, "copper", 4, qual="approx", cls="usd"),
     M(RD, "3%", N, "target", 3, cls="pct"),
     M(RD, "two-year", N, "horizon", 2, cls="dur"),
     M(RD, "Wednesday", D, "ipom", "2024-12-18"),

     M(BI, "25 basis poin", N, "cut", 25, cls="bp"),
     M(BI, "5 persen", N, "rate", 5, cls="pct"),
     M(BI, "Selasa (17/12/2024)", D, "decision", "2024-12-17"),
     M(BI, "5,25 persen", N, "prev_rate", 5.25, cls="pct"),
     M(BI, "Oktober 2024", D, "prev_meeting", "2024-10"),
     M(BI, "Juli 2023", D, "cycle_start", "2023-07"),
     M(BI, "625 basis poin", N, "total_cut", 625, cls="bp"),
     M(BI, "11,25 persen", N, "peak_rate", 11.25, cls="pct"),
     M(BI, "4,2 persen", N, "cpi", 4.2, cls="pct"),
     M(BI, "November 2024", D, "cpi_month", "2024-11"),
     M(BI, "sekitar 6 persen", N, "peso", 6, qual="approx", cls="pct"),
     M(BI, "4 dolar AS per pon", N, "copper", 4, qual="approx", cls="usd"),
     M(BI, "3 persen", N, "target", 3, cls="pct"),
     M(BI, "dua tahun", N, "horizon", 2, cls="dur"),
     M(BI, "Rabu (18/12/2024)", D, "ipom", "2024-12-18"),
     M(BI, "sekitar 5 persen", N, "cpi_h1", 5, qual="approx", cls="pct"),
     M(BI, "semester I 2025", D, "fc_half", "2025-H1"),
     M(BI, "2,3 persen", N, "gdp2024", 2.3, cls="pct"),
     M(BI, "1,5 persen hingga 2,5 persen", N, "gdp_low", 1.5, cls="pct", also=(("gdp_high", 2.5),)),

     M(MP, "December", D, "report_month", "2024-12"),
     M(MP, "Wednesday", D, "ipom", "2024-12-18"),
     M(MP, "around 5%", N, "cpi_h1", 5, qual="approx", cls="pct"),
     M(MP, "first half of 2025", D, "fc_half", "2025-H1"),
     M(MP, "a quarter of a percentage point", N, "cut", 25, qual="unit", cls="bp"),
     M(MP, "5.00%", N, "rate", 5, cls="pct"),
     M(MP, "4.8%", N, "cpi_end2024", 4.8, cls="pct"),
     M(MP, "3.6%", N, "cpi_end2025", 3.6, cls="pct"),
     M(MP, "end of 2025", D, "fc_end2025", "2025-12"),
     M(MP, "3%", N, "target", 3, cls="pct"),
     M(MP, "early 2026", D, "fc_target", "2026"),
     M(MP, "1.5% to 2.5%", N, "gdp_low", 1.5, cls="pct", also=(("gdp_high", 2.5),)),
     M(MP, "2.3%", N, "gdp2024", 2.3, cls="pct"),
     M(MP, "Tuesday, Dec. 17", D, "decision", "2024-12-17"),
     M(MP, "5.25%", N, "prev_rate", 5.25, cls="pct"),
     M(MP, "4.2%", N, "cpi", 4.2, cls="pct"),
     M(MP, "12 months", N, "cpi_window", 12, cls="dur"),
     M(MP, "November", D, "cpi_month", "2024-11"),
     M(MP, "about 6%", N, "peso", 6, qual="approx", cls="pct"),
     M(MP, "October", D, "prev_meeting", "2024-10"),
     M(MP, "July 2023", D, "cycle_start", "2023-07"),
     M(MP, "625 basis points", N, "total_cut", 625, cls="bp"),
     M(MP, "11.25%", N, "peak_rate", 11.25, cls="pct"),
     M(MP, "third quarter", D, "demand_quarter", "2024-Q3"),

     M(KT, "0,25 poin persentase", N, "cut", 25, qual="unit", cls="bp"),
     M(KT, "5%", N, "rate", 5, cls="pct"),
     M(KT, "Selasa (17/12/2024)", D, "decision", "2024-12-17"),
     M(KT, "5,25%", N, "prev_rate", 5.25, cls="pct"),
     M(KT, "Juli 2023", D, "cycle_start", "2023-07"),
     M(KT, "625 bps", N, "total_cut", 625, cls="bp"),
     M(KT, "11,25%", N, "peak_rate", 11.25, cls="pct"),
     M(KT, "November 2024", D, "cpi_month", "2024-11"),
     M(KT, "4,2%", N, "cpi", 4.2, cls="pct"),
     M(KT, "Desember", D, "report_month", "2024-12"),
     M(KT, "4,8%", N, "cpi_end2024", 4.8, cls="pct"),
     M(KT, "akhir 2024", D, "fc_end2024", "2024-12"),
     M(KT, "sekitar 5%", N, "cpi_h1", 5, qual="approx", cls="pct"),
     M(KT, "paruh pertama 2025", D, "fc_half", "2025-H1"),
     M(KT, "3,6%", N, "cpi_end2025", 3.6, cls="pct"),
     M(KT, "akhir 2025", D, "fc_end2025", "2025-12"),
     M(KT, "3%", N, "target", 3, cls="pct"),
     M(KT, "awal 2026", D, "fc_target", "2026"),
     M(KT, "2,3%", N, "gdp2024", 2.3, cls="pct"),
     M(KT, "1,5%-2,5%", N, "gdp_low", 1.5, cls="pct", also=(("gdp_high", 2.5),)),
     M(KT, "sekitar 6%", N, "peso", 6, qual="approx", cls="pct"),
     M(KT, "US$4 per pon", N, "copper", 4, qual="approx", cls="usd"),
    ]
    build("chile-rate-2024", "The Central Bank of Chile's rate decision (control) of Tuesday 17 December 2024: the "
          "monetary policy rate cut unanimously by 25 basis points from 5.25% to 5%, 625 basis points of cuts since July "
          "2023 from a peak of 11.25%; inflation 4.2% in November; the peso about 6% weaker since the October meeting; "
          "copper near US$4 a pound; the 3% target over a two-year horizon; the Monetary Policy Report of Wednesday 18 "
          "December (inflation 4.8% at the end of 2024, around 5% in the first half of 2025, 3.6% at the end of 2025, the "
          "target in early 2026; growth 2.3% in 2024 and 1.5-2.5% in 2025 and 2026). Zero conflicts expected.", True, ms,
          names)


if __name__ == "__main__":
    pekalongan()
    moldova()
    chile()
