"""The fifty-fifth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset55/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def kabul():
    R, K, T, A, P = "reuters-aug26", "kompas-aug27", "detik-aug28", "ap-sep17", "tempo-feb05-2022"
    names = {
     "us_dead": "US service members killed", "us_wounded": "US service members wounded",
     "af_dead": "Afghans killed", "af_wounded": "Afghans wounded", "total_dead": "people killed in all",
     "bombers": "suicide bombers in the attack", "blasts": "explosions in the attack",
     "evacuated": "people flown out of Kabul since 14 August", "waiting": "evacuees waiting at the airport",
     "chinook_dead": "Americans killed in the helicopter downing of August 2011", "uk_dead": "British nationals killed",
     "drone_dead": "civilians killed in the drone strike", "drone_children": "children killed in the drone strike",
     "marines": "Marines among the US dead", "witnesses": "witnesses heard by the investigation",
     "youngest": "age of the youngest victim of the drone strike", "gap_drone": "time from the bombing to the drone strike",
     # dates
     "attack": "day of the bombing", "deadline": "deadline of the evacuation", "chinook": "month of the helicopter downing",
     "airlift_start": "day the airlift began", "warning": "day Western governments warned of an attack",
     "night_update": "day a US official gave 13 dead and 18 wounded", "biden": "day Biden spoke",
     "correction": "day the Pentagon said there was one bomber", "drone": "day of the drone strike",
     "admission": "day the Pentagon admitted the drone strike's mistake", "milley": "day Milley called the strike righteous",
     "last_troops": "day the last US troops left", "investigation": "day the investigation's findings were presented",
    }
    T17, T23 = "2021-08-26T17", "2021-08-26T23"
    HEALTH, PROBE = "Afghan health officials", "the US military investigation"
    ms = [
     M(R, "12 U.S. service members", N, "us_dead", 12, T17),
     M(R, "at least 60 Afghans", N, "af_dead", 60, T23, "atleast", src=HEALTH),
     M(R, "12 U.S. troops", N, "us_dead", 12, T17),
     M(R, "15 wounded", N, "us_wounded", 15, T17),
     M(R, "two suicide bombers", N, "bombers", 2, "2021-08-26"),
     M(R, "at least 60 Afghans", N, "af_dead", 60, T23, "atleast", src=HEALTH, occ=2),
     M(R, "143", N, "af_wounded", 143, T23),
     M(R, "30 Americans", N, "chinook_dead", 30),
     M(R, "more than 104,000 civilians", N, "evacuated", 104000, "2021-08-26", "morethan"),
     M(R, "about 5,000", N, "waiting", 5000, "2021-08-26", "approx", fall=True),
     M(R, "Thursday", D, "attack", "2021-08-26"),
     M(R, "Aug. 31", D, "deadline", "2021-08-31"),
     M(R, "August 2011", D, "chinook", "2011-08"),
     M(R, "Aug. 14", D, "airlift_start", "2021-08-14"),
     M(R, "Wednesday", D, "warning", "2021-08-25"),

     M(K, "13 orang", N, "us_dead", 13, "final"),
     M(K, "18 orang", N, "us_wounded", 18, T23),
     M(K, "12 tentara", N, "us_dead", 12, T17),
     M(K, "15 lainnya", N, "us_wounded", 15, T17),
     M(K, "sedikitnya 60 warga Afghanistan", N, "af_dead", 60, T23, "atleast", src=HEALTH),
     M(K, "lebih dari 140 orang", N, "af_wounded", 140, T23, "morethan"),
     M(K, "dua ledakan", N, "blasts", 2, "2021-08-26"),
     M(K, "lebih dari 140.000 warga sipil", N, "evacuated", 140000, "2021-08-26", "morethan", planted=True),
     M(K, "Kamis (26/8/2021)", D, "attack", "2021-08-26"),
     M(K, "Kamis malam", D, "night_update", "2021-08-26"),
     M(K, "14 Agustus", D, "airlift_start", "2021-08-14"),
     M(K, "Kamis", D, "biden", "2021-08-26", occ=3),
     M(K, "31 Agustus", D, "deadline", "2021-08-31"),
     M(K, "Agustus 2011", D, "chinook", "2011-08"),

     M(T, "satu ledakan", N, "blasts", 1, "2021-08-27"),
     M(T, "satu pelaku bom bunuh diri", N, "bombers", 1, "2021-08-27"),
     M(T, "sedikitnya 169 orang", N, "af_dead", 169, "2021-08-27", "atleast", src=HEALTH),
     M(T, "13 tentara AS", N, "us_dead", 13, "final"),
     M(T, "sedikitnya 182 orang", N, "total_dead", 182, "2021-08-27", "atleast"),
     M(T, "18 tentara AS", N, "us_wounded", 18, "2021-08-27"),
     M(T, "dua warganya", N, "uk_dead", 2),
     M(T, "sekitar 5.400 orang", N, "waiting", 5400, "2021-08-27", "approx", fall=True),
     M(T, "Jumat (27/8/2021)", D, "correction", "2021-08-27"),
     M(T, "Kamis (26/8/2021)", D, "attack", "2021-08-26"),
     M(T, "Selasa (31/8/2021)", D, "deadline", "2021-08-31"),

     M(A, "10 civilians", N, "drone_dead", 10),
     M(A, "seven children", N, "drone_children", 7),
     M(A, "13 U.S. service members", N, "us_dead", 13, "final"),
     M(A, "at least 169 Afghans", N, "af_dead", 169, "2021-09-17", "atleast"),
     M(A, "one suicide bomber", N, "bombers", 1, "2021-08-27"),
     M(A, "more than 120,000 people", N, "evacuated", 120000, "final", "morethan"),
     M(A, "10 members of the family", N, "drone_dead", 10),
     M(A, "2 years old", N, "youngest", 2, cls="age"),
     M(A, "Friday", D, "admission", "2021-09-17"),
     M(A, "Aug. 29", D, "drone", "2021-08-29"),
     M(A, "Sept. 1", D, "milley", "2021-09-01"),
     M(A, "Aug. 26", D, "attack", "2021-08-26"),
     M(A, "Aug. 27", D, "correction", "2021-08-27"),
     M(A, "Aug. 30", D, "last_troops", "2021-08-30"),

     M(P, "satu pelaku bom bunuh diri", N, "bombers", 1, "2022-02-04"),
     M(P, "13 tentara AS", N, "us_dead", 13, "final"),
     M(P, "11 marinir", N, "marines", 11),
     M(P, "sedikitnya 170 warga sipil Afghanistan", N, "af_dead", 170, "2022-02-04", "atleast", src=PROBE),
     M(P, "45 tentara AS", N, "us_wounded", 45, "2022-02-04"),
     M(P, "lebih dari 100 saksi", N, "witnesses", 100, qual="morethan"),
     M(P, "Tiga hari", N, "gap_drone", 3, cls="dur"),
     M(P, "10 warga sipil", N, "drone_dead", 10),
     M(P, "tujuh anak", N, "drone_children", 7),
     M(P, "Kamis (27/8/2021)", D, "attack", "2021-08-27", planted=True),
     M(P, "Jumat (4/2/2022)", D, "investigation", "2022-02-04"),
     M(P, "Minggu (29/8/2021)", D, "drone", "2021-08-29"),
    ]
    build("kabul-airport-2021", "The suicide bombing at Abbey Gate, Kabul airport (Thursday 26 August 2021), during the "
          "evacuation: US dead 12 at the Pentagon's briefing and 13 that night, US wounded 15 -> 18 -> 45 (the "
          "investigation), Afghan dead at least 60 -> at least 169 (Afghan health officials) against the investigation's "
          "at least 170, the Pentagon's two bombers and two explosions lowered to one the next day, evacuees flown out "
          "and waiting; the drone strike of Sunday 29 August (10 civilians, seven children) admitted a mistake on 17 "
          "September; the investigation's findings of 4 February 2022", False, ms, names)


def mongolia():
    R, K, T, X, A = "reuters-jun29", "kompas-jun30", "tempo-jul02", "xinhua-jul10", "antara-jun04-2025"
    NIGHT, FINAL = "2024-06-29", "final"
    names = {
     "mpp": "MPP seats", "dp": "Democratic Party seats", "hun": "HUN Party seats", "nc": "National Coalition seats",
     "cwg": "Civil Will-Green Party seats", "small": "seats of the two small parties together",
     "margin": "MPP seats above the majority", "house": "seats in the State Great Hural",
     "majority": "seats (votes) needed for a majority of the Hural", "house2020": "seats in the Hural before 2024",
     "mpp2020": "MPP seats in 2020", "dp2020": "Democratic Party seats in 2020", "added": "seats added to the Hural",
     "district_seats": "seats elected in districts", "districts": "multi-member districts", "list_seats": "seats from party lists",
     "threshold": "threshold for party lists", "counted": "share of votes counted", "turnout": "turnout in 2024",
     "voters": "eligible voters", "women": "women in the new Hural", "women_pct": "share of women in the new Hural",
     "new_members": "members elected for the first time", "ministers": "ministers in the cabinet",
     "ministries": "ministries in the government", "term": "term of the coalition", "voting": "members voting on confidence",
     "ayes": "votes for the prime minister", "noes": "votes against the prime minister",
     "successor": "time to appoint a successor",
     # dates
     "election": "day of the election", "prelim": "day of the preliminary results", "claim": "day the prime minister claimed victory",
     "recount": "day of the hand recount", "y2020": "the 2020 election", "amend": "year of the constitutional change",
     "official": "day of the official results", "law": "day the government structure law passed", "mou": "day the coalition memorandum was signed",
     "reappoint": "day the prime minister was reappointed", "cabinet": "day the cabinet was appointed",
     "confidence": "day the confidence vote's result was announced", "pm_since": "month the prime minister first took office",
    }
    ms = [
     M(R, "68 to 70 seats", N, "mpp", 68, NIGHT, "atleast"),
     M(R, "126-seat", N, "house", 126),
     M(R, "64", N, "majority", 64),
     M(R, "about 99%", N, "counted", 99, NIGHT, "approx", cls="pct"),
     M(R, "about 40 seats", N, "dp", 40, NIGHT, "approx"),
     M(R, "eight", N, "hun", 8, NIGHT),
     M(R, "62", N, "mpp2020", 62),
     M(R, "76 seats", N, "house2020", 76),
     M(R, "50 seats", N, "added", 50),
     M(R, "126 members", N, "house", 126),
     M(R, "78", N, "district_seats", 78),
     M(R, "13", N, "districts", 13),
     M(R, "48", N, "list_seats", 48),
     M(R, "4%", N, "threshold", 4, cls="pct"),
     M(R, "69.3%", N, "turnout", 69.3, cls="pct"),
     M(R, "just over 2 million", N, "voters", 2e6, qual="morethan"),
     M(R, "Friday", D, "election", "2024-06-28"),
     M(R, "Saturday", D, "prelim", "2024-06-29"),
     M(R, "Saturday", D, "claim", "2024-06-29", occ=2),
     M(R, "2020", D, "y2020", "2020"),
     M(R, "2023", D, "amend", "2023"),
     M(R, "Saturday", D, "recount", "2024-06-29", occ=3),

     M(K, "68 kursi", N, "mpp", 68, NIGHT),
     M(K, "24 kursi", N, "dp", 24, NIGHT, planted=True),
     M(K, "8 kursi", N, "hun", 8, NIGHT),
     M(K, "8 kursi", N, "small", 8, NIGHT, occ=2),
     M(K, "empat kursi", N, "margin", 4, NIGHT),
     M(K, "64 kursi", N, "majority", 64),
     M(K, "126 orang", N, "house", 126),
     M(K, "62", N, "mpp2020", 62),
     M(K, "76 kursi", N, "house2020", 76),
     M(K, "sekitar 69 persen", N, "turnout", 69, qual="approx", cls="pct"),
     M(K, "76", N, "house2020", 76, occ=2),
     M(K, "126 kursi", N, "house", 126),
     M(K, "Jumat (28/6/2024)", D, "election", "2024-06-28"),
     M(K, "Sabtu (29/6/2024)", D, "prelim", "2024-06-29"),
     M(K, "2020", D, "y2020", "2020"),
     M(K, "Sabtu sore", D, "recount", "2024-06-29"),
     M(K, "dini hari Sabtu", D, "claim", "2024-06-29"),

     M(T, "68", N, "mpp", 68, FINAL),
     M(T, "126 kursi", N, "house", 126),
     M(T, "42 kursi", N, "dp", 42, FINAL),
     M(T, "8 kursi", N, "hun", 8, FINAL),
     M(T, "4 kursi", N, "nc", 4, FINAL, also=(("cwg", 4),)),
     M(T, "11 kursi", N, "dp2020", 11),
     M(T, "69,3 persen", N, "turnout", 69.3, cls="pct"),
     M(T, "32 orang", N, "women", 32),
     M(T, "sekitar 25 persen", N, "women_pct", 25, qual="approx", cls="pct"),
     M(T, "81 anggota", N, "new_members", 81),
     M(T, "Senin (1/7/2024)", D, "official", "2024-07-01"),
     M(T, "28 Juni 2024", D, "election", "2024-06-28"),
     M(T, "Sabtu (29/6/2024)", D, "prelim", "2024-06-29"),
     M(T, "2020", D, "y2020", "2020"),

     M(X, "22 ministers", N, "ministers", 22),
     M(X, "16 ministries", N, "ministries", 16),
     M(X, "four-year", N, "term", 4, cls="dur"),
     M(X, "68", N, "mpp", 68, FINAL),
     M(X, "126 seats", N, "house", 126),
     M(X, "42", N, "dp", 42, FINAL),
     M(X, "eight", N, "hun", 8, FINAL),
     M(X, "four each", N, "nc", 4, FINAL, also=(("cwg", 4),)),
     M(X, "76 members", N, "house2020", 76),
     M(X, "32 women", N, "women", 32),
     M(X, "69.3%", N, "turnout", 69.3, cls="pct"),
     M(X, "Wednesday", D, "law", "2024-07-10"),
     M(X, "Monday", D, "mou", "2024-07-08"),
     M(X, "July 5", D, "reappoint", "2024-07-05"),
     M(X, "Wednesday", D, "cabinet", "2024-07-10", occ=2),
     M(X, "June 28", D, "election", "2024-06-28"),

     M(A, "82 anggota", N, "voting", 82),
     M(A, "44", N, "ayes", 44),
     M(A, "38", N, "noes", 38),
     M(A, "64 suara", N, "majority", 64),
     M(A, "68", N, "mpp", 68, FINAL),
     M(A, "126 kursi", N, "house", 126),
     M(A, "42 kursi", N, "dp", 42, FINAL),
     M(A, "30 hari", N, "successor", 30, cls="dur"),
     M(A, "Selasa (3/6/2025)", D, "confidence", "2025-06-03"),
     M(A, "Januari 2021", D, "pm_since", "2021-01"),
     M(A, "Juli 2024", D, "reappoint", "2024-07"),
     M(A, "28 Juni 2024", D, "election", "2024-06-28"),
    ]
    build("mongolia-election-2024", "Mongolia's parliamentary election (Friday 28 June 2024) for the State Great Hural "
          "enlarged to 126 seats: the preliminary count of Saturday 29 June (the prime minister's claim of 68 to 70 "
          "seats, the media's tallies of about 40 for the Democratic Party and eight for HUN, the GEC's 68, 42, 8) "
          "against the official results of Monday 1 July (68, 42, 8, 4, 4), 64 for a majority, the 2020 result "
          "recalled, turnout 69.3%; the prime minister reappointed on 5 July, the coalition's memorandum and cabinet "
          "days later, and his loss of a confidence vote (44 of 82, 64 needed) announced on 3 June 2025", False, ms, names)


def banxico():
    R, B, C, X = "reuters-dec15", "bisnis-dec16", "cnbcindonesia-dec17", "mexiconewsdaily-dec19"
    names = {
     "hike": "size of the Bank of Mexico's increase", "rate": "the Bank of Mexico's new rate",
     "prior_big": "previous hikes of 75 basis points", "big_size": "size of each of the previous hikes",
     "board": "members of the board", "ayes": "board votes for 50 basis points", "noes": "board votes against",
     "esquivel": "increase favoured by Esquivel", "hikes": "consecutive increases", "cumulative": "total increase since June 2021",
     "fed_hike": "size of the Federal Reserve's increase", "fed_range": "the Federal Reserve's new range",
     "gap": "gap between the Mexican rate and the top of the Fed's range", "headline": "headline inflation in November",
     "core": "core inflation in November", "q4f": "forecast of average headline inflation in the fourth quarter",
     "q4f_prev": "previous forecast of average headline inflation in the fourth quarter", "target": "inflation target",
     "band": "tolerance band around the target",
     # dates
     "decision": "day of the decision", "fed_day": "day of the Federal Reserve's decision", "cycle_start": "month the cycle began",
     "cpi_month": "month of the inflation data", "effective": "day the new rate takes effect", "next": "day of the next decision",
    }
    ms = [
     M(R, "50 basis points", N, "hike", 50, cls="bp"),
     M(R, "10.50%", N, "rate", 10.5, cls="pct"),
     M(R, "four", N, "prior_big", 4),
     M(R, "75-basis-point", N, "big_size", 75, cls="bp"),
     M(R, "five-member", N, "board", 5),
     M(R, "4-1", N, "ayes", 4, also=(("noes", 1),)),
     M(R, "25 basis points", N, "esquivel", 25, cls="bp"),
     M(R, "13th", N, "hikes", 13),
     M(R, "650 basis points", N, "cumulative", 650, cls="bp"),
     M(R, "50 basis points", N, "fed_hike", 50, cls="bp", occ=2),
     M(R, "4.25%-4.50%", N, "fed_range", 4.25, cls="pct"),
     M(R, "7.80%", N, "headline", 7.8, cls="pct"),
     M(R, "8.51%", N, "core", 8.51, cls="pct"),
     M(R, "8.1%", N, "q4f", 8.1, cls="pct"),
     M(R, "8.3%", N, "q4f_prev", 8.3, cls="pct"),
     M(R, "3%", N, "target", 3, cls="pct"),
     M(R, "one percentage point", N, "band", 1, cls="pp"),
     M(R, "Thursday", D, "decision", "2022-12-15"),
     M(R, "June 2021", D, "cycle_start", "2021-06"),
     M(R, "Wednesday", D, "fed_day", "2022-12-14"),
     M(R, "November", D, "cpi_month", "2022-11"),
     M(R, "Dec. 16", D, "effective", "2022-12-16"),
     M(R, "Feb. 9, 2023", D, "next", "2023-02-09"),

     M(B, "50 basis poin", N, "hike", 50, cls="bp"),
     M(B, "10,50 persen", N, "rate", 10.5, cls="pct"),
     M(B, "empat kenaikan", N, "prior_big", 4),
     M(B, "75 bps", N, "big_size", 75, cls="bp"),
     M(B, "4 berbanding 1", N, "ayes", 4, also=(("noes", 1),)),
     M(B, "25 bps", N, "esquivel", 25, cls="bp"),
     M(B, "13 kali", N, "hikes", 13),
     M(B, "650 bps", N, "cumulative", 650, cls="bp"),
     M(B, "50 bps", N, "fed_hike", 50, cls="bp"),
     M(B, "4,25-4,50 persen", N, "fed_range", 4.25, cls="pct"),
     M(B, "7,80 persen", N, "headline", 7.8, cls="pct"),
     M(B, "8,51 persen", N, "core", 8.51, cls="pct"),
     M(B, "3 persen", N, "target", 3, cls="pct"),
     M(B, "1 poin persentase", N, "band", 1, cls="pp"),
     M(B, "Kamis (15/12/2022)", D, "decision", "2022-12-15"),
     M(B, "Juni 2021", D, "cycle_start", "2021-06"),
     M(B, "Rabu (14/12/2022)", D, "fed_day", "2022-12-14"),
     M(B, "November", D, "cpi_month", "2022-11"),
     M(B, "9 Februari 2023", D, "next", "2023-02-09"),
     M(B, "Jumat (16/12/2022)", D, "effective", "2022-12-16"),

     M(C, "50 bps", N, "hike", 50, cls="bp"),
     M(C, "10,50%", N, "rate", 10.5, cls="pct"),
     M(C, "50 bps", N, "fed_hike", 50, cls="bp", occ=2),
     M(C, "4,25%-4,50%", N, "fed_range", 4.25, cls="pct"),
     M(C, "600 bps", N, "gap", 600, cls="bp"),
     M(C, "ke-13", N, "hikes", 13),
     M(C, "650 bps", N, "cumulative", 650, cls="bp"),
     M(C, "empat kali", N, "prior_big", 4),
     M(C, "75 bps", N, "big_size", 75, cls="bp"),
     M(C, "8,51%", N, "core", 8.51, cls="pct"),
     M(C, "7,80%", N, "headline", 7.8, cls="pct"),
     M(C, "8,1%", N, "q4f", 8.1, cls="pct"),
     M(C, "8,3%", N, "q4f_prev", 8.3, cls="pct"),
     M(C, "3%", N, "target", 3, cls="pct"),
     M(C, "1 poin persentase", N, "band", 1, cls="pp"),
     M(C, "4-1", N, "ayes", 4, also=(("noes", 1),)),
     M(C, "Kamis (15/12/2022)", D, "decision", "2022-12-15"),
     M(C, "Rabu (14/12/2022)", D, "fed_day", "2022-12-14"),
     M(C, "Juni 2021", D, "cycle_start", "2021-06"),
     M(C, "November", D, "cpi_month", "2022-11"),
     M(C, "9 Februari 2023", D, "next", "2023-02-09"),

     M(X, "half a percentage point", N, "hike", 50, qual="unit", cls="bp"),
     M(X, "10.5%", N, "rate", 10.5, cls="pct"),
     M(X, "Four", N, "ayes", 4),
     M(X, "five", N, "board", 5),
     M(X, "50-basis-point", N, "hike", 50, cls="bp"),
     M(X, "25 basis points", N, "esquivel", 25, cls="bp"),
     M(X, "13th", N, "hikes", 13),
     M(X, "650 basis points", N, "cumulative", 650, cls="bp"),
     M(X, "75 basis points", N, "big_size", 75, cls="bp"),
     M(X, "four", N, "prior_big", 4),
     M(X, "50 basis points", N, "fed_hike", 50, cls="bp"),
     M(X, "4.25%-4.50%", N, "fed_range", 4.25, cls="pct"),
     M(X, "7.8%", N, "headline", 7.8, cls="pct"),
     M(X, "8.51%", N, "core", 8.51, cls="pct"),
     M(X, "8.1%", N, "q4f", 8.1, cls="pct"),
     M(X, "8.3%", N, "q4f_prev", 8.3, cls="pct"),
     M(X, "3%", N, "target", 3, cls="pct"),
     M(X, "one percentage point", N, "band", 1, cls="pp"),
     M(X, "Thursday, Dec. 15", D, "decision", "2022-12-15"),
     M(X, "June 2021", D, "cycle_start", "2021-06"),
     M(X, "Wednesday, Dec. 14", D, "fed_day", "2022-12-14"),
     M(X, "November", D, "cpi_month", "2022-11"),
     M(X, "Feb. 9, 2023", D, "next", "2023-02-09"),
     M(X, "Dec. 16", D, "effective", "2022-12-16"),
    ]
    build("banxico-rate-2022", "The Bank of Mexico's rate decision (control) of Thursday 15 December 2022: the rate "
          "raised 50 basis points to 10.50% by a 4-1 vote (Esquivel for 25), the 13th consecutive increase and 650 "
          "basis points since June 2021 after four hikes of 75; the Fed's 50 basis points to 4.25-4.50% the day before; "
          "November inflation 7.80%, core 8.51%; the fourth-quarter forecast 8.1% from 8.3%, the 3% target with a "
          "one-point band; the new rate effective 16 December, the next decision on 9 February 2023. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    kabul()
    mongolia()
    banxico()
