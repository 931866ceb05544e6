"""The seventy-third development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset73/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def ferry():
    DT, R, K, A, T = "detik-jul03", "reuters-jul04", "kompas-jul05", "ap-jul11", "tempo-jul25"
    # the joint search's tallies: Thursday 3 July at 08.00 WITA (Surabaya SAR office), Thursday midday (the joint
    # information post: 31 survivors), Thursday night (Basarnas after rechecking names: 29 survivors, six dead),
    # Friday 4 July, Tuesday 8 July, Thursday 10 July, and the close of the search on Monday 21 July
    MORN, NOON, EVE, FRI, TUE, THU10, CLOSE = ("2025-07-03T08", "2025-07-03T12", "2025-07-03T20", "2025-07-04",
                                              "2025-07-08", "2025-07-10", "2025-07-21")
    POLICE, BMKG = "the national police", "the meteorology agency BMKG"
    names = {
     "aboard": "people aboard by the manifest", "passengers": "passengers on the manifest",
     "crew": "crew members on the manifest", "vehicles": "vehicles aboard", "dead": "people confirmed dead",
     "survivors": "survivors", "missing": "people still missing", "found": "people found, alive or dead",
     "unidentified": "dead not yet identified", "waves": "wave height at the sinking", "load": "load carried",
     "capacity": "load capacity", "witnesses": "witnesses examined by the police",
     "search_days": "days the search lasted", "quiet_days": "days without a find before the search closed",
     "stage_days": "planned length of the search's first stage",
     # dates
     "sinking": "day of the sinking", "count_morning": "day of the Thursday-morning count",
     "count_eve": "day of the Thursday-night count", "count36": "day of the Friday count (30 survivors, six dead)",
     "count10": "day of the count of ten dead", "hearing": "day the minister spoke to lawmakers",
     "count15": "day of the count of 15 dead", "docking": "month of the ferry's last dry-docking",
     "rampcheck": "day of the ferry's ramp inspection", "built": "year the ferry was built",
     "modified": "year the ferry was converted", "closed": "day the search was closed",
     "knkt": "day KNKT presented its factual data", "wreck": "day the wreck was found",
     "witness_day": "day the police gave the witness count",
    }
    ms = [
     M(DT, "Rabu (2/7/2025)", D, "sinking", "2025-07-02"),
     M(DT, "53 penumpang", N, "passengers", 53),
     M(DT, "12 kru", N, "crew", 12),
     M(DT, "65 orang", N, "aboard", 65),
     M(DT, "22 kendaraan", N, "vehicles", 22),
     M(DT, "Kamis (3/7/2025)", D, "count_morning", "2025-07-03"),
     M(DT, "4 orang", N, "dead", 4, MORN),
     M(DT, "23 orang", N, "survivors", 23, MORN),
     M(DT, "38 orang", N, "missing", 38, MORN, fall=True),
     M(DT, "2,5 meter", N, "waves", 2.5, cls="m", src=POLICE),
     M(DT, "31 orang", N, "survivors", 31, NOON),
     M(DT, "2010", D, "built", "2010"),

     M(R, "29", N, "survivors", 29, EVE),
     M(R, "Thursday night", D, "count_eve", "2025-07-03"),
     M(R, "31", N, "survivors", 31, NOON),
     M(R, "six people", N, "dead", 6, EVE),
     M(R, "30 people", N, "missing", 30, EVE, fall=True),
     M(R, "53 passengers", N, "passengers", 53),
     M(R, "12 crew", N, "crew", 12),
     M(R, "22 vehicles", N, "vehicles", 22),
     M(R, "Wednesday", D, "sinking", "2025-07-02"),
     M(R, "2.5 metres", N, "waves", 2.5, cls="m", src=POLICE),
     M(R, "0.5 to 1 metre", N, "waves", 1, cls="m", src=BMKG),

     M(K, "36 orang", N, "found", 36, FRI),
     M(K, "Jumat (4/7/2025)", D, "count36", "2025-07-04"),
     M(K, "30 orang", N, "survivors", 30, FRI),
     M(K, "6 orang", N, "dead", 6, FRI),
     M(K, "29 orang", N, "missing", 29, FRI, fall=True),
     M(K, "Kamis malam", D, "count_eve", "2025-07-03"),
     M(K, "29 orang", N, "survivors", 29, EVE, occ=2),
     M(K, "31", N, "survivors", 31, NOON),
     M(K, "53 penumpang", N, "passengers", 53),
     M(K, "12 kru", N, "crew", 12),
     M(K, "tujuh hari", N, "stage_days", 7, cls="dur"),
     M(K, "Rabu (2/7/2025)", D, "sinking", "2025-07-02"),

     M(A, "15 bodies", N, "dead", 15, THU10),
     M(A, "20 people", N, "missing", 20, THU10, fall=True),
     M(A, "Thursday evening", D, "count15", "2025-07-10"),
     M(A, "Thirty people", N, "survivors", 30, THU10),
     M(A, "July 2", D, "sinking", "2025-07-02"),
     M(A, "last Friday", D, "count36", "2025-07-04"),
     M(A, "Tuesday", D, "count10", "2025-07-08"),
     M(A, "10 dead", N, "dead", 10, TUE),
     M(A, "25 missing", N, "missing", 25, TUE, fall=True),
     M(A, "53 passengers", N, "passengers", 53),
     M(A, "13 crew members", N, "crew", 13, planted=True),
     M(A, "Tuesday", D, "hearing", "2025-07-08", occ=2),
     M(A, "October 2024", D, "docking", "2024-10"),
     M(A, "June 3", D, "rampcheck", "2025-06-03"),
     M(A, "seven days", N, "stage_days", 7, cls="dur"),

     M(T, "538 ton", N, "load", 538, cls="ton"),
     M(T, "138 ton", N, "capacity", 138, cls="ton"),
     M(T, "Selasa, 22 Juli 2025", D, "knkt", "2025-07-22"),
     M(T, "2010", D, "built", "2010"),
     M(T, "2016", D, "modified", "2016"),
     M(T, "Senin, 21 Juli 2025", D, "closed", "2025-07-21"),
     M(T, "20 hari", N, "search_days", 20, cls="dur"),
     M(T, "enam hari", N, "quiet_days", 6, cls="dur"),
     M(T, "65 orang", N, "aboard", 65),
     M(T, "30 orang", N, "survivors", 30, CLOSE),
     M(T, "19 orang", N, "dead", 19, CLOSE),
     M(T, "empat", N, "unidentified", 4, CLOSE),
     M(T, "16 orang", N, "missing", 16, CLOSE, fall=True),
     M(T, "Sabtu, 12 Juli 2025", D, "wreck", "2025-07-12"),
     M(T, "25 saksi", N, "witnesses", 25),
     M(T, "Kamis, 24 Juli 2025", D, "witness_day", "2025-07-24"),
     M(T, "2 Juli 2025", D, "sinking", "2025-07-02"),
     M(T, "53 penumpang", N, "passengers", 53),
     M(T, "12 kru", N, "crew", 12),
    ]
    build("tunu-pratama-jaya-2025", "The sinking of the ferry KMP Tunu Pratama Jaya in the Bali Strait on the night of "
          "Wednesday 2 July 2025 (53 passengers and 12 crew on the manifest, 22 vehicles): 4 dead, 23 survivors and 38 "
          "missing at 08.00 WITA on Thursday 3 July; 31 survivors by the joint information post at midday, lowered to "
          "29 on Thursday night after the names were rechecked, with six dead and 30 missing; 30 survivors, six dead and "
          "29 missing on Friday 4 July; 10 dead and 25 missing on Tuesday 8 July; 15 dead and 20 missing on Thursday 10 "
          "July; the wreck found on Saturday 12 July; the search closed on Monday 21 July with 30 survivors, 19 dead "
          "and 16 missing; KNKT's factual data (538 tons carried against a capacity of 138) on Tuesday 22 July",
          False, ms, names)


def poland():
    R, K, A, T, AN = "reuters-may19", "kompas-may20", "ap-jun02", "tempo-jun03", "antara-aug07"
    PKW, EXIT1, EXIT2, LATE = ("the PKW", "the Ipsos exit poll of the first round", "the Ipsos exit poll of the runoff",
                               "the Ipsos late poll of the runoff")
    names = {
     "tr_r1": "Trzaskowski's share in the first round", "nw_r1": "Nawrocki's share in the first round",
     "me_r1": "Mentzen's share in the first round", "br_r1": "Braun's share in the first round",
     "tr_r2": "Trzaskowski's share in the runoff", "nw_r2": "Nawrocki's share in the runoff",
     "turnout_r1": "turnout in the first round", "turnout_r2": "turnout in the runoff",
     "turnout2020": "turnout in the first round of 2020", "threshold": "share needed to win in the first round",
     "nw_votes": "votes for Nawrocki in the runoff", "tr_votes": "votes for Trzaskowski in the runoff",
     "margin": "Nawrocki's margin in votes", "candidates": "candidates in the first round",
     "recount": "district commissions ordered to recount", "protests": "election protests filed",
     "upheld": "protests found justified", "age": "Nawrocki's age", "term": "length of the president's term",
     # dates
     "r1": "day of the first round", "r1_result": "day the first-round result was announced",
     "runoff": "day of the runoff", "r2_result": "day the runoff result was announced",
     "inauguration": "day of the swearing-in", "duda_end": "month Duda's term ends",
     "validation": "day the Supreme Court validated the election", "confidence": "day of Tusk's confidence vote",
     "y2020": "the 2020 election", "y1989": "the year of the first free presidential elections' era",
     "duda_since": "year Duda took office",
    }
    ms = [
     M(R, "31.36%", N, "tr_r1", 31.36, cls="pct", src=PKW),
     M(R, "29.54%", N, "nw_r1", 29.54, cls="pct", src=PKW),
     M(R, "Monday", D, "r1_result", "2025-05-19"),
     M(R, "June 1", D, "runoff", "2025-06-01"),
     M(R, "more than 50%", N, "threshold", 50, qual="morethan", cls="pct"),
     M(R, "Sunday", D, "r1", "2025-05-18"),
     M(R, "30.8%", N, "tr_r1", 30.8, cls="pct", src=EXIT1),
     M(R, "29.1%", N, "nw_r1", 29.1, cls="pct", src=EXIT1),
     M(R, "14.81%", N, "me_r1", 14.81, cls="pct", src=PKW),
     M(R, "15.4%", N, "me_r1", 15.4, cls="pct", src=EXIT1),
     M(R, "6.34%", N, "br_r1", 6.34, cls="pct", src=PKW),
     M(R, "67.31%", N, "turnout_r1", 67.31, cls="pct", src=PKW),
     M(R, "64.51%", N, "turnout2020", 64.51, cls="pct"),
     M(R, "2020", D, "y2020", "2020"),
     M(R, "Thirteen candidates", N, "candidates", 13),
     M(R, "August", D, "duda_end", "2025-08"),

     M(K, "1 Juni 2025", D, "runoff", "2025-06-01"),
     M(K, "Senin (19/5/2025)", D, "r1_result", "2025-05-19"),
     M(K, "31,36 persen", N, "tr_r1", 31.36, cls="pct", src=PKW),
     M(K, "Minggu (17/5/2025)", D, "r1", "2025-05-17", planted=True),
     M(K, "29,54 persen", N, "nw_r1", 29.54, cls="pct", src=PKW),
     M(K, "14,81 persen", N, "me_r1", 14.81, cls="pct", src=PKW),
     M(K, "6,34 persen", N, "br_r1", 6.34, cls="pct", src=PKW),
     M(K, "67,31 persen", N, "turnout_r1", 67.31, cls="pct", src=PKW),
     M(K, "lebih dari 50 persen", N, "threshold", 50, qual="morethan", cls="pct"),
     M(K, "13 kandidat", N, "candidates", 13),

     M(A, "50.89%", N, "nw_r2", 50.89, cls="pct", src=PKW),
     M(A, "Monday", D, "r2_result", "2025-06-02"),
     M(A, "49.11%", N, "tr_r2", 49.11, cls="pct", src=PKW),
     M(A, "10,606,877 votes", N, "nw_votes", 10606877),
     M(A, "10,237,286", N, "tr_votes", 10237286),
     M(A, "369,591", N, "margin", 369591),
     M(A, "Sunday", D, "runoff", "2025-06-01"),
     M(A, "71.63%", N, "turnout_r2", 71.63, cls="pct", src=PKW),
     M(A, "50.3%", N, "tr_r2", 50.3, cls="pct", src=EXIT2),
     M(A, "49.7%", N, "nw_r2", 49.7, cls="pct", src=EXIT2),
     M(A, "50.7%", N, "nw_r2", 50.7, cls="pct", src=LATE),
     M(A, "49.3%", N, "tr_r2", 49.3, cls="pct", src=LATE),
     M(A, "Aug. 6", D, "inauguration", "2025-08-06"),
     M(A, "five-year", N, "term", 5, cls="dur"),
     M(A, "May 18", D, "r1", "2025-05-18"),
     M(A, "31.36%", N, "tr_r1", 31.36, cls="pct", src=PKW),
     M(A, "29.54%", N, "nw_r1", 29.54, cls="pct", src=PKW),

     M(T, "50,89 persen", N, "nw_r2", 50.89, cls="pct", src=PKW),
     M(T, "Senin, 2 Juni 2025", D, "r2_result", "2025-06-02"),
     M(T, "49,11 persen", N, "tr_r2", 49.11, cls="pct", src=PKW),
     M(T, "10.606.877 suara", N, "nw_votes", 10606877),
     M(T, "396.591 suara", N, "margin", 396591, planted=True),
     M(T, "1 Juni 2025", D, "runoff", "2025-06-01"),
     M(T, "50,3 persen", N, "tr_r2", 50.3, cls="pct", src=EXIT2),
     M(T, "72,8 persen", N, "turnout_r2", 72.8, cls="pct", src=EXIT2),
     M(T, "71,63 persen", N, "turnout_r2", 71.63, cls="pct", src=PKW),
     M(T, "1989", D, "y1989", "1989"),
     M(T, "42 tahun", N, "age", 42, cls="age"),
     M(T, "6 Agustus 2025", D, "inauguration", "2025-08-06"),
     M(T, "18 Mei", D, "r1", "2025-05-18"),
     M(T, "31,36 persen", N, "tr_r1", 31.36, cls="pct", src=PKW),

     M(AN, "Rabu (6/8/2025)", D, "inauguration", "2025-08-06"),
     M(AN, "2015", D, "duda_since", "2015"),
     M(AN, "1 Juni 2025", D, "runoff", "2025-06-01"),
     M(AN, "50,89 persen", N, "nw_r2", 50.89, cls="pct", src=PKW),
     M(AN, "49,11 persen", N, "tr_r2", 49.11, cls="pct", src=PKW),
     M(AN, "369.591", N, "margin", 369591),
     M(AN, "71,63 persen", N, "turnout_r2", 71.63, cls="pct", src=PKW),
     M(AN, "Selasa (1/7/2025)", D, "validation", "2025-07-01"),
     M(AN, "lebih dari 50.000 protes", N, "protests", 50000, qual="morethan"),
     M(AN, "21", N, "upheld", 21),
     M(AN, "13 komisi", N, "recount", 13),
     M(AN, "11 Juni 2025", D, "confidence", "2025-06-11"),
     M(AN, "lima tahun", N, "term", 5, cls="dur"),
    ]
    build("poland-presidential-2025", "Poland's presidential election of 2025: the first round of Sunday 18 May "
          "(Trzaskowski 31.36%, Nawrocki 29.54%, Mentzen 14.81%, Braun 6.34%, turnout 67.31%, against the Ipsos exit "
          "poll's 30.8%, 29.1% and 15.4%; result announced on Monday 19 May); the runoff of Sunday 1 June (Ipsos exit "
          "poll 50.3% for Trzaskowski, late poll 50.7% for Nawrocki; the PKW's result of Monday 2 June: Nawrocki "
          "10,606,877 votes or 50.89%, Trzaskowski 10,237,286 or 49.11%, a margin of 369,591, turnout 71.63% against "
          "the exit poll's 72.8%); the Supreme Court's validation on Tuesday 1 July (more than 50,000 protests, 21 "
          "justified, recounts in 13 commissions) and the swearing-in on Wednesday 6 August 2025", False, ms, names)


def boj():
    R, NK, B, K = "reuters-jan24", "nikkei-jan25", "bisnis-jan26", "kontan-jan27"
    names = {
     "rate": "the new policy rate", "prev_rate": "the rate before the decision", "hike": "size of the increase",
     "ayes": "board members voting for", "nays": "board members voting against", "board": "members of the board",
     "fc24": "core inflation forecast for fiscal 2024", "fc24_prev": "October's forecast for fiscal 2024",
     "fc25": "core inflation forecast for fiscal 2025", "fc25_prev": "October's forecast for fiscal 2025",
     "fc26": "core inflation forecast for fiscal 2026", "fc26_prev": "October's forecast for fiscal 2026",
     "cpi_dec": "core inflation in December", "cpi_nov": "core inflation in November", "target": "the inflation target",
     "years_high": "years since the rate was last this high", "neg_years": "years of negative rates",
     "above_years": "years inflation has exceeded the target",
     # dates
     "decision": "day of the decision", "y2008": "the year the rate was last this high",
     "last_hike": "month of the previous increase", "neg_end": "month negative rates ended",
     "prev_report": "month of the previous outlook report", "cpi_month": "month of the inflation reading",
     "nov": "month of the previous inflation reading", "since": "month inflation first exceeded the target",
     "fy2024": "fiscal 2024", "fy2025": "fiscal 2025", "fy2026": "fiscal 2026",
    }
    ms = [
     M(R, "0.5%", N, "rate", 0.5, cls="pct"),
     M(R, "0.25%", N, "prev_rate", 0.25, cls="pct"),
     M(R, "Friday", D, "decision", "2025-01-24"),
     M(R, "2008", D, "y2008", "2008"),
     M(R, "2%", N, "target", 2, cls="pct"),
     M(R, "25-basis-point", N, "hike", 25, cls="bp"),
     M(R, "8-1", N, "ayes", 8, also=(("nays", 1),)),
     M(R, "July 2024", D, "last_hike", "2024-07"),
     M(R, "2.7%", N, "fc24", 2.7, cls="pct"),
     M(R, "fiscal 2024", D, "fy2024", "2024"),
     M(R, "2.4%", N, "fc25", 2.4, cls="pct"),
     M(R, "fiscal 2025", D, "fy2025", "2025"),
     M(R, "2.0%", N, "fc26", 2.0, cls="pct"),
     M(R, "fiscal 2026", D, "fy2026", "2026"),
     M(R, "2.5%", N, "fc24_prev", 2.5, cls="pct"),
     M(R, "1.9%", N, "fc25_prev", 1.9, cls="pct"),
     M(R, "1.9%", N, "fc26_prev", 1.9, cls="pct", occ=2),
     M(R, "October", D, "prev_report", "2024-10"),
     M(R, "3.0%", N, "cpi_dec", 3.0, cls="pct"),
     M(R, "December", D, "cpi_month", "2024-12"),
     M(R, "2.7%", N, "cpi_nov", 2.7, cls="pct", occ=2),
     M(R, "November", D, "nov", "2024-11"),
     M(R, "2%", N, "target", 2, cls="pct", occ=2),
     M(R, "April 2022", D, "since", "2022-04"),
     M(R, "eight years", N, "neg_years", 8, cls="dur"),
     M(R, "March 2024", D, "neg_end", "2024-03"),

     M(NK, "Friday, January 24", D, "decision", "2025-01-24"),
     M(NK, "0.25 percentage point", N, "hike", 25, qual="unit", cls="bp"),
     M(NK, "0.5%", N, "rate", 0.5, cls="pct"),
     M(NK, "17 years", N, "years_high", 17, cls="dur"),
     M(NK, "Eight", N, "ayes", 8),
     M(NK, "nine", N, "board", 9),
     M(NK, "March 2024", D, "neg_end", "2024-03"),
     M(NK, "0.25%", N, "prev_rate", 0.25, cls="pct"),
     M(NK, "July 2024", D, "last_hike", "2024-07"),
     M(NK, "2.4%", N, "fc25", 2.4, cls="pct"),
     M(NK, "fiscal 2025", D, "fy2025", "2025"),
     M(NK, "1.9%", N, "fc25_prev", 1.9, cls="pct"),
     M(NK, "October", D, "prev_report", "2024-10"),
     M(NK, "2.7%", N, "fc24", 2.7, cls="pct"),
     M(NK, "fiscal 2024", D, "fy2024", "2024"),
     M(NK, "fiscal 2026", D, "fy2026", "2026"),
     M(NK, "2.0%", N, "fc26", 2.0, cls="pct"),
     M(NK, "3.0%", N, "cpi_dec", 3.0, cls="pct"),
     M(NK, "December", D, "cpi_month", "2024-12"),
     M(NK, "2%", N, "target", 2, cls="pct"),
     M(NK, "nearly three years", N, "above_years", 3, qual="nearly", cls="dur"),

     M(B, "25 basis poin", N, "hike", 25, cls="bp"),
     M(B, "0,25%", N, "prev_rate", 0.25, cls="pct"),
     M(B, "0,5%", N, "rate", 0.5, cls="pct"),
     M(B, "Jumat (24/1/2025)", D, "decision", "2025-01-24"),
     M(B, "2008", D, "y2008", "2008"),
     M(B, "17 tahun", N, "years_high", 17, cls="dur"),
     M(B, "8 berbanding 1", N, "ayes", 8, also=(("nays", 1),)),
     M(B, "Juli 2024", D, "last_hike", "2024-07"),
     M(B, "fiskal 2024", D, "fy2024", "2024"),
     M(B, "2,7%", N, "fc24", 2.7, cls="pct"),
     M(B, "2,5%", N, "fc24_prev", 2.5, cls="pct"),
     M(B, "fiskal 2025", D, "fy2025", "2025"),
     M(B, "2,4%", N, "fc25", 2.4, cls="pct"),
     M(B, "1,9%", N, "fc25_prev", 1.9, cls="pct"),
     M(B, "fiskal 2026", D, "fy2026", "2026"),
     M(B, "2,0%", N, "fc26", 2.0, cls="pct"),
     M(B, "1,9%", N, "fc26_prev", 1.9, cls="pct", occ=2),
     M(B, "Desember 2024", D, "cpi_month", "2024-12"),
     M(B, "3,0%", N, "cpi_dec", 3.0, cls="pct"),
     M(B, "2,7%", N, "cpi_nov", 2.7, cls="pct", occ=2),
     M(B, "November", D, "nov", "2024-11"),
     M(B, "2%", N, "target", 2, cls="pct"),

     M(K, "0,25 poin persentase", N, "hike", 25, qual="unit", cls="bp"),
     M(K, "0,50 persen", N, "rate", 0.5, cls="pct"),
     M(K, "Jumat, 24 Januari 2025", D, "decision", "2025-01-24"),
     M(K, "0,25 persen", N, "prev_rate", 0.25, cls="pct"),
     M(K, "Juli 2024", D, "last_hike", "2024-07"),
     M(K, "2008", D, "y2008", "2008"),
     M(K, "Delapan", N, "ayes", 8),
     M(K, "sembilan", N, "board", 9),
     M(K, "Maret 2024", D, "neg_end", "2024-03"),
     M(K, "delapan tahun", N, "neg_years", 8, cls="dur"),
     M(K, "fiskal 2025", D, "fy2025", "2025"),
     M(K, "2,4 persen", N, "fc25", 2.4, cls="pct"),
     M(K, "1,9 persen", N, "fc25_prev", 1.9, cls="pct"),
     M(K, "Desember 2024", D, "cpi_month", "2024-12"),
     M(K, "3,0 persen", N, "cpi_dec", 3.0, cls="pct"),
     M(K, "2 persen", N, "target", 2, cls="pct"),
     M(K, "April 2022", D, "since", "2022-04"),
    ]
    build("boj-january-2025", "Japan's central bank's rate decision (control) of Friday 24 January 2025: the "
          "short-term policy rate raised 25 basis points from 0.25% to 0.5%, the highest since 2008 (17 years), by an "
          "8-1 vote with Toyoaki Nakamura dissenting, the first increase since July 2024 after negative rates ended "
          "in March 2024; core inflation forecasts of 2.7%, 2.4% and 2.0% for fiscal 2024-2026 (from 2.5%, 1.9% and "
          "1.9% in October); core inflation of 3.0% in December 2024 (2.7% in November), above the 2% target since "
          "April 2022. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    ferry()
    poland()
    boj()
