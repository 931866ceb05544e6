"""The hundred-and-fifteenth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset115/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def fuego():
    R1, DT, K, R2, T = "reuters-jun04", "detik-jun06", "kompas-jun08", "reuters-jul05", "tempo-jul17"
    # the official toll: overnight into Monday 4 June, Monday 4 (INACIF), Tuesday 5 (INACIF), early Thursday 7
    # (INACIF), Sunday 17 June when the search was called off, Wednesday 4 July and Monday 16 July (CONRED); the
    # missing are CONRED's list (raised to 332 after a check of the records, then given as 302: a revision); evacuees
    # and people in shelters may fall
    SUN3N, MON4, TUE5, THU7, JUN17, JUL4, JUL16 = (
        "2018-06-03T22", "2018-06-04", "2018-06-05", "2018-06-07", "2018-06-17", "2018-07-04", "2018-07-16")
    names = {
     "dead": "people killed by the eruption", "injured": "people injured", "evacuated": "people evacuated",
     "affected": "people affected", "departments": "departments affected", "height": "the volcano's height",
     "mourning": "days of national mourning", "decades": "decades since a stronger eruption",
     "identified": "bodies identified", "missing": "people missing", "records": "records cross-checked", "volunteers_count": "dead and missing by the volunteers' count",
     "houses_lotes": "houses in San Miguel Los Lotes by the volunteers' count", "homes_destroyed": "homes destroyed",
     "shelters": "shelters still open",
     "villages": "further villages evacuated", "new_bodies": "bodies newly brought to the morgues",
     "missing_rise": "rise in the number of missing", "shelter": "people in temporary shelters",
     "weeks_since": "weeks from the eruption to the end of the search", "identified_new": "victims newly identified",
     "cases": "cases still to examine", "buried": "victims buried in Alotenango", "distance": "distance from the capital",
     # dates
     "eruption": "day of the eruption", "count332_day": "day the missing were raised to 332", "count62_day": "day of the count of 62",
     "count75_day": "day of the count of 75", "search_halt": "day the search was halted by a new explosion",
     "count99_day": "day of the count of 99", "search_end": "day the search was called off",
     "count116_day": "day of the count of 116",
     "burial": "day of the burial in Alotenango",
    }
    ms = [
     M(R1, "At least 62 people", N, "dead", 62, MON4, qual="atleast"),
     M(R1, "Sunday", D, "eruption", "2018-06-03"),
     M(R1, "Monday", D, "count62_day", "2018-06-04"),
     M(R1, "25 dead", N, "dead", 25, SUN3N),
     M(R1, "At least 46 people", N, "injured", 46, qual="atleast"),
     M(R1, "3,263", N, "evacuated", 3263, MON4, fall=True),
     M(R1, "3,763-metre", N, "height", 3763, cls="m"),
     M(R1, "about 1.7 million", N, "affected", 1700000, qual="approx"),
     M(R1, "three departments", N, "departments", 3),
     M(R1, "three days", N, "mourning", 3, cls="dur"),
     M(R1, "four decades", N, "decades", 4, cls="dur"),

     M(DT, "75 orang", N, "dead", 75, TUE5),
     M(DT, "Selasa (5/6/2018)", D, "count75_day", "2018-06-05"),
     M(DT, "23 jenazah", N, "identified", 23, TUE5),
     M(DT, "192 orang", N, "missing", 192, TUE5),
     M(DT, "Minggu (3/6)", D, "eruption", "2018-06-03"),
     M(DT, "64 orang", N, "injured", 64, planted=True),
     M(DT, "3.271 warga", N, "evacuated", 3271, TUE5, fall=True),
     M(DT, "2.625 orang", N, "shelter", 2625, TUE5, fall=True),
     M(DT, "Selasa", D, "search_halt", "2018-06-05", occ=2),
     M(DT, "3.763 meter", N, "height", 3763, cls="m"),
     M(DT, "tujuh desa", N, "villages", 7),
     M(DT, "sekitar 1,7 juta", N, "affected", 1700000, qual="approx"),
     M(DT, "tiga hari", N, "mourning", 3, cls="dur"),

     M(K, "99 orang", N, "dead", 99, THU7),
     M(K, "Kamis (7/6/2018)", D, "count99_day", "2018-06-07"),
     M(K, "24 jenazah", N, "new_bodies", 24),
     M(K, "75 korban", N, "dead", 75, TUE5),
     M(K, "lima orang", N, "missing_rise", 5),
     M(K, "197 orang", N, "missing", 197, THU7),
     M(K, "46 orang", N, "injured", 46),
     M(K, "Minggu (3/6/2018)", D, "eruption", "2018-06-03"),
     M(K, "empat dekade", N, "decades", 4, cls="dur"),
     M(K, "Sekitar 1,7 juta", N, "affected", 1700000, qual="approx"),
     M(K, "tiga departemen", N, "departments", 3),
     M(K, "Lebih dari 3.000 pengungsi", N, "shelter", 3000, THU7, qual="morethan", fall=True),

     M(R2, "Wednesday", D, "count332_day", "2018-07-04"),
     M(R2, "June 3", D, "eruption", "2018-06-03"),
     M(R2, "332", N, "missing", 332, JUL4),
     M(R2, "197", N, "missing", 197, JUN17),
     M(R2, "176,144 records", N, "records", 176144),
     M(R2, "113 dead", N, "dead", 113, JUL4),
     M(R2, "85", N, "identified", 85, JUL4),
     M(R2, "June 17", D, "search_end", "2018-06-17"),
     M(R2, "two weeks", N, "weeks_since", 2, cls="dur"),
     M(R2, "110", N, "dead", 110, JUN17),
     M(R2, "about 2,900", N, "volunteers_count", 2900, qual="approx"),
     M(R2, "332", N, "missing", 332, JUL4, occ=2),
     M(R2, "about 360 houses", N, "houses_lotes", 360, qual="approx"),
     M(R2, "186 homes", N, "homes_destroyed", 186),
     M(R2, "About 1.7 million", N, "affected", 1700000, qual="approx"),

     M(T, "3 Juni 2018", D, "eruption", "2018-06-03"),
     M(T, "116 orang", N, "dead", 116, JUL16),
     M(T, "Senin (16/7/2018)", D, "count116_day", "2018-07-16"),
     M(T, "tiga korban", N, "identified_new", 3),
     M(T, "lebih dari 200 kasus", N, "cases", 200, qual="morethan"),
     M(T, "Rabu (11/7)", D, "burial", "2018-07-11"),
     M(T, "10 korban", N, "buried", 10),
     M(T, "17 Juni", D, "search_end", "2018-06-17"),
     M(T, "110 orang", N, "dead", 110, JUN17),
     M(T, "sekitar 1,7 juta", N, "affected", 1700000, qual="approx"),
     M(T, "tiga departemen", N, "departments", 3),
     M(T, "3.763 meter", N, "height", 3763, cls="m"),
     M(T, "sekitar 35 kilometer", N, "distance", 35, qual="approx", cls="km"),
     M(T, "302 orang", N, "missing", 302, JUL16),
     M(T, "2.903 warga", N, "shelter", 2903, JUL16, fall=True),
     M(T, "15 penampungan", N, "shelters", 15, JUL16),
    ]
    build("fuego-eruption-2018", "The eruption of Guatemala's Fuego volcano on Sunday 3 June 2018: the toll rising "
          "25 (CONRED, Sunday night) -> at least 62 (Monday) -> 75 (INACIF, Tuesday 5 June) -> 99 (early Thursday "
          "7 June) -> 110 (when the search was called off on Sunday 17 June) -> 116 (CONRED, Monday 16 July); 46 "
          "injured; 192 then 197 missing; 3,263 then 3,271 evacuated; about 1.7 million affected in three "
          "departments; more than 3,000 then more than 3,600 in shelters; the 3,763-metre volcano", False, ms, names)


def salvador():
    R, K, A, AP, T = "reuters-feb05", "kompas-feb06", "antara-feb10", "ap-feb20", "tempo-jun02"
    # the TSE's preliminary count stalled on election night, its final count of the presidential ballot (with
    # 96.4% of the tally sheets, then complete), and its formal declaration (shares of the valid votes)
    NIGHT, S96, FIN, DECL = "2024-02-04T22", "2024-02-08", "2024-02-09", "2024-02-16"
    LEG = "2024-02-19"
    TSE, NI = "the Supreme Electoral Tribunal", "Bukele's own party count"
    names = {
"sheets_share": "share of the tally sheets processed",
     "sheets_done": "tally sheets processed", "sheets_total": "tally sheets in all",
     "fmln_valid": "the FMLN's share of the valid votes", "arena_valid": "ARENA's share of the valid votes",
     "nt_valid": "Nuestro Tiempo's share of the valid votes", "bukele_valid": "Bukele's share of the valid votes",
     "fmln_all": "the FMLN's share of all votes cast", "arena_all": "ARENA's share of all votes cast",
     "nt_all": "Nuestro Tiempo's share of all votes cast", "bukele_all": "Bukele's share of all votes cast",
     "fmln_votes": "votes for the FMLN", "arena_votes": "votes for ARENA", "nt_votes": "votes for Nuestro Tiempo",
     "bukele_votes": "votes for Bukele", "fs_votes": "votes for Fuerza Solidaria", "fps_votes": "votes for the FPS",
     "valid_votes": "valid votes counted", "registered": "registered voters", "voted": "people who voted",
     "turnout": "turnout", "ni_seats": "Nuevas Ideas' seats",
     "arena_seats": "ARENA's seats", "pcn_seats": "the National Conciliation Party's seats",
     "pdc_seats": "the Christian Democrats' seats", "vamos_seats": "Vamos' seats",
     "assembly": "seats in the new Legislative Assembly", "old_assembly": "seats in the outgoing assembly",
     "recheck_share": "share of presidential ballot boxes rechecked", "age": "Bukele's age",
     "share2019": "Bukele's share in 2019", "votes2019": "Bukele's votes in 2019", "term": "years of the term",
     "leave": "months of Bukele's leave",
     # dates
     "election": "day of the election", "y2019": "the previous election", "inauguration": "day of the inauguration",
     "leg_result": "day the legislative result was announced", "leave_start": "month Bukele's leave began",
     "assembly_start": "day the new assembly took office", "term_end": "year the term ends",
     "emergency": "month the state of emergency began",
    }
    ms = [
     M(R, "Sunday", D, "election", "2024-02-04"),
     M(R, "more than 85%", N, "bukele_valid", 85, NIGHT, qual="morethan", cls="pct", src=NI, fall=True),
     M(R, "31%", N, "sheets_share", 31, NIGHT, cls="pct"),
     M(R, "7.06%", N, "fmln_valid", 7.06, NIGHT, cls="pct", src=TSE, fall=True),
     M(R, "6.19%", N, "arena_valid", 6.19, NIGHT, cls="pct", src=TSE, fall=True),
     M(R, "at least 58", N, "ni_seats", 58, NIGHT, qual="atleast", src=NI, fall=True),
     M(R, "60 seats", N, "assembly", 60),
     M(R, "84 seats", N, "old_assembly", 84),
     M(R, "About 6.2 million", N, "registered", 6200000, qual="approx"),
     M(R, "42", N, "age", 42, cls="age"),
     M(R, "2019", D, "y2019", "2019"),
     M(R, "53.10%", N, "share2019", 53.10, cls="pct"),
     M(R, "five-year", N, "term", 5, cls="dur"),
     M(R, "June 1", D, "inauguration", "2024-06-01"),

     M(K, "Minggu (4/2/2024)", D, "election", "2024-02-04"),
     M(K, "2.697", N, "sheets_done", 2697, NIGHT),
     M(K, "8.562", N, "sheets_total", 8562),
     M(K, "110.244 suara", N, "fmln_votes", 110244, NIGHT, src=TSE, fall=True),
     M(K, "7,06 persen", N, "fmln_valid", 7.06, NIGHT, cls="pct", src=TSE, fall=True),
     M(K, "96.700 suara", N, "arena_votes", 96700, NIGHT, src=TSE, fall=True),
     M(K, "6,19 persen", N, "arena_valid", 6.19, NIGHT, cls="pct", src=TSE, fall=True),
     M(K, "35.129 suara", N, "nt_votes", 35129, NIGHT, src=TSE, fall=True),
     M(K, "2,25 persen", N, "nt_valid", 2.25, NIGHT, cls="pct", src=TSE, fall=True),
     M(K, "1.561.654", N, "valid_votes", 1561654, NIGHT),
     M(K, "enam bulan", N, "leave", 6, cls="dur"),
     M(K, "1 Juli 2024", D, "inauguration", "2024-07-01", planted=True),

     M(A, "4 Februari", D, "election", "2024-02-04"),
     M(A, "2.701.725 suara", N, "bukele_votes", 2701725, FIN, src=TSE, fall=True),
     M(A, "82,66 persen", N, "bukele_all", 82.66, cls="pct"),
     M(A, "240.167 suara", N, "fmln_votes", 240167, FIN, src=TSE, fall=True, planted=True),
     M(A, "6,25 persen", N, "fmln_all", 6.25, cls="pct"),
     M(A, "177.881 suara", N, "arena_votes", 177881, FIN, src=TSE, fall=True),
     M(A, "5,44 persen", N, "arena_all", 5.44, cls="pct"),
     M(A, "65.076 suara", N, "nt_votes", 65076, FIN, src=TSE, fall=True),
     M(A, "1,99 persen", N, "nt_all", 1.99, cls="pct"),
     M(A, "23.473 suara", N, "fs_votes", 23473),
     M(A, "19.293 suara", N, "fps_votes", 19293),
     M(A, "6.214.399", N, "registered", 6214399),
     M(A, "3.268.466", N, "voted", 3268466),
     M(A, "52,60 persen", N, "turnout", 52.60, cls="pct"),
     M(A, "96,4 persen", N, "sheets_share", 96.4, S96, cls="pct"),
     M(A, "2.618.862 suara", N, "bukele_votes", 2618862, S96, src=TSE, fall=True),
     M(A, "1.434.856 suara", N, "votes2019", 1434856),
     M(A, "53,10 persen", N, "share2019", 53.10, cls="pct"),
     M(A, "2019", D, "y2019", "2019"),

     M(AP, "54", N, "ni_seats", 54, LEG, src=TSE, fall=True),
     M(AP, "60 seats", N, "assembly", 60),
     M(AP, "Monday", D, "leg_result", "2024-02-19"),
     M(AP, "Feb. 4", D, "election", "2024-02-04"),
     M(AP, "two seats each", N, "arena_seats", 2, also=(("pcn_seats", 2),)),
     M(AP, "one each", N, "pdc_seats", 1, also=(("vamos_seats", 1),)),
     M(AP, "nearly 30%", N, "recheck_share", 30, qual="nearly", cls="pct"),
     M(AP, "84.65%", N, "bukele_valid", 84.65, DECL, cls="pct", src=TSE, fall=True),
     M(AP, "6.40%", N, "fmln_valid", 6.40, DECL, cls="pct", src=TSE, fall=True),
     M(AP, "5.57%", N, "arena_valid", 5.57, DECL, cls="pct", src=TSE, fall=True),
     M(AP, "2,701,725 votes", N, "bukele_votes", 2701725, FIN, src=TSE, fall=True),
     M(AP, "204,167", N, "fmln_votes", 204167, FIN, src=TSE, fall=True),
     M(AP, "52.6%", N, "turnout", 52.6, cls="pct"),
     M(AP, "84 seats", N, "old_assembly", 84),
     M(AP, "60", N, "assembly", 60, occ=2),
     M(AP, "December", D, "leave_start", "2023-12"),
     M(AP, "five-year", N, "term", 5, cls="dur"),
     M(AP, "June 1", D, "inauguration", "2024-06-01"),

     M(T, "Sabtu (1/6/2024)", D, "inauguration", "2024-06-01"),
     M(T, "42 tahun", N, "age", 42, cls="age"),
     M(T, "4 Februari", D, "election", "2024-02-04"),
     M(T, "84,65 persen", N, "bukele_valid", 84.65, DECL, cls="pct", src=TSE, fall=True),
     M(T, "54", N, "ni_seats", 54, LEG, src=TSE, fall=True),
     M(T, "60 kursi", N, "assembly", 60),
     M(T, "1 Mei", D, "assembly_start", "2024-05-01"),
     M(T, "6,40 persen", N, "fmln_valid", 6.40, DECL, cls="pct", src=TSE, fall=True),
     M(T, "52,6 persen", N, "turnout", 52.6, cls="pct"),
     M(T, "lima tahun", N, "term", 5, cls="dur"),
     M(T, "2029", D, "term_end", "2029"),
     M(T, "Maret 2022", D, "emergency", "2022-03"),
     M(T, "enam bulan", N, "leave", 6, cls="dur"),
    ]
    build("el-salvador-election-2024", "El Salvador's general election of Sunday 4 February 2024: Bukele's claim of "
          "more than 85%; the TSE's preliminary count stalled with 31% of the tally sheets (2,697 of 8,562), the FMLN "
          "on 110,244 votes (7.06%), ARENA 96,700 (6.19%), Nuestro Tiempo 35,129 (2.25%); the final count (2,618,862 "
          "votes for Bukele with 96.4% of the sheets, then 2,701,725, 82.66% of all votes; FMLN 204,167, 6.25%; "
          "ARENA 177,881, 5.44%; turnout 52.60% of 6,214,399); the formal declaration (84.65% of the valid votes, "
          "6.40%, 5.57%); Nuevas Ideas 54 of 60 seats announced on Monday 19 February; the new assembly from 1 May; "
          "Bukele sworn in for a second five-year term on Saturday 1 June 2024",
          False, ms, names)


def dominican():
    R, B, BI, K = "reuters-aug29", "bnamericas-sep02", "bisnis-aug30", "kontan-aug31"
    names = {
     "rate": "the new policy rate", "prev_rate": "the policy rate before the decision", "cut": "size of the cut",
     "repo": "the new one-day repo rate", "repo_prev": "the one-day repo rate before",
     "overnight": "the new overnight deposit rate", "overnight_prev": "the overnight deposit rate before",
     "infl": "annual inflation in July 2024", "core": "core inflation in July 2024", "target": "the inflation target",
     "band": "the target's band", "cum_cut": "cuts since May 2023", "loans": "loans under the liquidity programme",
     "loan_cap": "the programme's maximum lending rate", "growth": "the Dominican economy's projected growth",
     "us_growth": "the US economy's projected growth", "months_since": "months since the previous cut",
     # dates
     "decision": "day of the decision", "infl_month": "month of the inflation reading",
     "ease_start": "month the easing began", "y2024": "the year 2024", "fed_month": "month of the Fed's expected first cut",
    }
    ms = [
     M(R, "25 basis points", N, "cut", 25, cls="bp"),
     M(R, "6.75%", N, "rate", 6.75, cls="pct"),
     M(R, "7.00%", N, "prev_rate", 7.0, cls="pct"),
     M(R, "Thursday", D, "decision", "2024-08-29"),
     M(R, "nine months", N, "months_since", 9, cls="dur"),
     M(R, "7.25%", N, "repo", 7.25, cls="pct"),
     M(R, "7.50%", N, "repo_prev", 7.5, cls="pct"),
     M(R, "5.25%", N, "overnight", 5.25, cls="pct"),
     M(R, "5.50%", N, "overnight_prev", 5.5, cls="pct"),
     M(R, "3.54%", N, "infl", 3.54, cls="pct"),
     M(R, "July", D, "infl_month", "2024-07"),
     M(R, "3.90%", N, "core", 3.9, cls="pct"),
     M(R, "4.0%", N, "target", 4, cls="pct"),
     M(R, "1.0 percentage point", N, "band", 100, qual="unit", cls="bp"),
     M(R, "May 2023", D, "ease_start", "2023-05"),
     M(R, "175 basis points", N, "cum_cut", 175, cls="bp"),
     M(R, "more than 199 billion pesos", N, "loans", 199e9, qual="morethan", cls="money"),
     M(R, "9.0%", N, "loan_cap", 9, cls="pct"),
     M(R, "around 5%", N, "growth", 5, qual="approx", cls="pct"),
     M(R, "2024", D, "y2024", "2024"),

     M(B, "0.25 percentage point", N, "cut", 25, qual="unit", cls="bp"),
     M(B, "7.00%", N, "prev_rate", 7.0, cls="pct"),
     M(B, "6.75%", N, "rate", 6.75, cls="pct"),
     M(B, "Thursday, August 29", D, "decision", "2024-08-29"),
     M(B, "7.50%", N, "repo_prev", 7.5, cls="pct"),
     M(B, "7.25%", N, "repo", 7.25, cls="pct"),
     M(B, "5.50%", N, "overnight_prev", 5.5, cls="pct"),
     M(B, "5.25%", N, "overnight", 5.25, cls="pct"),
     M(B, "3.54%", N, "infl", 3.54, cls="pct"),
     M(B, "July 2024", D, "infl_month", "2024-07"),
     M(B, "4.0%", N, "target", 4, cls="pct"),
     M(B, "1.0 percentage point", N, "band", 100, qual="unit", cls="bp"),
     M(B, "3.90%", N, "core", 3.9, cls="pct"),
     M(B, "May 2023", D, "ease_start", "2023-05"),
     M(B, "175 basis points", N, "cum_cut", 175, cls="bp"),
     M(B, "more than RD$199 billion", N, "loans", 199e9, qual="morethan", cls="money"),
     M(B, "9.0%", N, "loan_cap", 9, cls="pct"),
     M(B, "2.5%", N, "us_growth", 2.5, cls="pct"),
     M(B, "2024", D, "y2024", "2024", occ=2),
     M(B, "September", D, "fed_month", "2024-09"),
     M(B, "around 5%", N, "growth", 5, qual="approx", cls="pct"),

     M(BI, "25 basis poin", N, "cut", 25, cls="bp"),
     M(BI, "7,00%", N, "prev_rate", 7.0, cls="pct"),
     M(BI, "6,75%", N, "rate", 6.75, cls="pct"),
     M(BI, "Kamis (29/8/2024)", D, "decision", "2024-08-29"),
     M(BI, "sembilan bulan", N, "months_since", 9, cls="dur"),
     M(BI, "7,50%", N, "repo_prev", 7.5, cls="pct"),
     M(BI, "7,25%", N, "repo", 7.25, cls="pct"),
     M(BI, "5,50%", N, "overnight_prev", 5.5, cls="pct"),
     M(BI, "5,25%", N, "overnight", 5.25, cls="pct"),
     M(BI, "Juli 2024", D, "infl_month", "2024-07"),
     M(BI, "3,54%", N, "infl", 3.54, cls="pct"),
     M(BI, "3,90%", N, "core", 3.9, cls="pct"),
     M(BI, "4,0%", N, "target", 4, cls="pct"),
     M(BI, "1,0 poin persentase", N, "band", 100, qual="unit", cls="bp"),
     M(BI, "175 basis poin", N, "cum_cut", 175, cls="bp"),
     M(BI, "Mei 2023", D, "ease_start", "2023-05"),
     M(BI, "lebih dari RD$199 miliar", N, "loans", 199e9, qual="morethan", cls="money"),
     M(BI, "9,0%", N, "loan_cap", 9, cls="pct"),
     M(BI, "sekitar 5%", N, "growth", 5, qual="approx", cls="pct"),
     M(BI, "2024", D, "y2024", "2024", occ=3),

     M(K, "0,25 poin persentase", N, "cut", 25, qual="unit", cls="bp"),
     M(K, "6,75 persen", N, "rate", 6.75, cls="pct"),
     M(K, "Kamis, 29 Agustus", D, "decision", "2024-08-29"),
     M(K, "7,00 persen", N, "prev_rate", 7.0, cls="pct"),
     M(K, "7,25 persen", N, "repo", 7.25, cls="pct"),
     M(K, "5,25 persen", N, "overnight", 5.25, cls="pct"),
     M(K, "Juli 2024", D, "infl_month", "2024-07"),
     M(K, "3,54 persen", N, "infl", 3.54, cls="pct"),
     M(K, "3,90 persen", N, "core", 3.9, cls="pct"),
     M(K, "4,0 persen", N, "target", 4, cls="pct"),
     M(K, "1,0 poin persentase", N, "band", 100, qual="unit", cls="bp"),
     M(K, "Mei 2023", D, "ease_start", "2023-05"),
     M(K, "175 basis poin", N, "cum_cut", 175, cls="bp"),
     M(K, "2,5 persen", N, "us_growth", 2.5, cls="pct"),
     M(K, "sekitar 5 persen", N, "growth", 5, qual="approx", cls="pct"),
     M(K, "2024", D, "y2024", "2024", occ=2),
     M(K, "RD$199 miliar", N, "loans", 199e9, qual="morethan", cls="money"),
     M(K, "9,0 persen", N, "loan_cap", 9, cls="pct"),
    ]
    build("dominican-rate-2024", "The Central Bank of the Dominican Republic's rate decision (control) of Thursday "
          "29 August 2024: the monetary policy rate cut 25 basis points from 7.00% to 6.75%, the first cut in nine "
          "months; the one-day repo rate from 7.50% to 7.25%, the overnight deposit rate from 5.50% to 5.25%; "
          "inflation of 3.54% and core inflation of 3.90% in July 2024 against the 4.0% target (a band of 1.0 "
          "percentage point); 175 basis points of cuts since May 2023; more than RD$199 billion lent at up to 9.0%; "
          "growth of about 5% expected in 2024 (the US 2.5%). Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    fuego()
    salvador()
    dominican()
