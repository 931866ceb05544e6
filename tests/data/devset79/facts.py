"""The seventy-ninth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset79/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def masquerade():
    R, DT, A, AN = "reuters-apr02", "detik-apr03", "ap-apr06", "antara-sep25"
    # the day's tallies: the governor at the scene in the early afternoon of Tuesday 2 April 2024 (8 dead, 15
    # injured, 23 caught up), the next official count in mid-afternoon (15 dead, 8 injured, 7 of them seriously), the
    # governor's office late in the afternoon (29 dead, one injured, six detained), Tuesday night (eight detained),
    # Wednesday 3 April (nine detained), the end of the week (11 detained, eight jailed), the indictment (24 September)
    SCENE, MID, EVE, NIGHT, WED, END, SEP = ("2024-04-02T14", "2024-04-02T15", "2024-04-02T17", "2024-04-02T22",
                                             "2024-04-03", "2024-04-05", "2024-09-24")
    GOV, AA = "the Istanbul governor", "the Anadolu news agency"
    names = {
     "dead": "people killed", "injured": "people injured", "serious": "people seriously injured",
     "affected": "people caught up in the fire", "detained": "people detained", "orders": "detention orders issued",
     "jailed": "suspects jailed pending trial", "prosecutors": "prosecutors assigned", "storeys": "storeys of the building",
     "basement": "basement floors of the club", "capacity": "people the club could host", "vehicles": "fire vehicles",
     "firefighters": "fire personnel", "ambulances": "ambulances sent", "foreigners": "foreign nationals among the dead",
     "inspectors": "civil inspectors assigned", "charged": "public officials charged",
     "defendants": "defendants in the first case", "max_officials": "maximum sentence sought for the officials",
     "max_first": "maximum sentence sought in the first case",
     # dates
     "fire": "day of the fire", "local_election": "day of the local elections", "closed_from": "first day of closure",
     "closed_to": "last day of closure", "night_count": "day of the count of eight detained",
     "wed_count": "day of the count of nine detained", "licence": "year of the first licence",
     "renewal": "year the licence was renewed", "report": "day the indictment was reported",
     "since": "year the disputed inspections began",
    }
    ms = [
     M(R, "Tuesday", D, "fire", "2024-04-02"),
     M(R, "29 people", N, "dead", 29, EVE),
     M(R, "one person", N, "injured", 1, EVE, src=GOV),
     M(R, "two basement floors", N, "basement", 2),
     M(R, "16-storey", N, "storeys", 16),
     M(R, "23 people", N, "affected", 23, SCENE),
     M(R, "eight", N, "dead", 8, SCENE),
     M(R, "15 injured", N, "injured", 15, SCENE, src=GOV),
     M(R, "three prosecutors", N, "prosecutors", 3),
     M(R, "five suspects", N, "orders", 5),
     M(R, "six people", N, "detained", 6, EVE),
     M(R, "Sunday", D, "local_election", "2024-03-31"),
     M(R, "March 10", D, "closed_from", "2024-03-10"),
     M(R, "April 10", D, "closed_to", "2024-04-10"),
     M(R, "4,000 people", N, "capacity", 4000),
     M(R, "31 vehicles", N, "vehicles", 31),
     M(R, "86 personnel", N, "firefighters", 86),

     M(DT, "Selasa (2/4/2024)", D, "fire", "2024-04-02"),
     M(DT, "29 orang", N, "dead", 29, EVE),
     M(DT, "8 orang tewas", N, "dead", 8, SCENE),
     M(DT, "15 orang luka", N, "injured", 15, SCENE, src=GOV),
     M(DT, "15 orang tewas", N, "dead", 15, MID),
     M(DT, "8 orang luka", N, "injured", 8, MID, src=GOV),
     M(DT, "7 di antaranya", N, "serious", 7, MID),
     M(DT, "1 orang", N, "injured", 1, EVE, src=GOV),
     M(DT, "dua lantai bawah tanah", N, "basement", 2),
     M(DT, "16 lantai", N, "storeys", 16),
     M(DT, "delapan orang", N, "detained", 8, NIGHT),
     M(DT, "Selasa malam", D, "night_count", "2024-04-02"),
     M(DT, "sembilan orang", N, "detained", 9, WED),
     M(DT, "Rabu (3/4/2024)", D, "wed_count", "2024-04-03"),
     M(DT, "31 kendaraan", N, "vehicles", 31),
     M(DT, "68 personel", N, "firefighters", 68, planted=True),
     M(DT, "26 ambulans", N, "ambulances", 26),
     M(DT, "1987", D, "licence", "1987"),
     M(DT, "2018", D, "renewal", "2018"),
     M(DT, "tiga jaksa", N, "prosecutors", 3),

     M(A, "eight people", N, "jailed", 8),
     M(A, "29 people", N, "dead", 29, END),
     M(A, "11 suspects", N, "detained", 11, END),
     M(A, "Three others", N, "released", 3),
     M(A, "April 2", D, "fire", "2024-04-02"),
     M(A, "two basement floors", N, "basement", 2),
     M(A, "16-story", N, "storeys", 16),
     M(A, "two of the dead", N, "foreigners", 2),
     M(A, "eight", N, "injured", 8, EVE, src=AA, occ=2),
     M(A, "one person", N, "injured", 1, EVE, src=GOV),
     M(A, "1987", D, "licence", "1987"),
     M(A, "2018", D, "renewal", "2018"),
     M(A, "Two civil inspectors", N, "inspectors", 2),

     M(AN, "13 pejabat", N, "charged", 13),
     M(AN, "29 orang", N, "dead", 29, SEP),
     M(AN, "2 April 2024", D, "fire", "2024-04-02"),
     M(AN, "Selasa (24/9/2024)", D, "report", "2024-09-24"),
     M(AN, "17 tahun", N, "max_officials", 17, cls="dur"),
     M(AN, "2006", D, "since", "2006"),
     M(AN, "1987", D, "licence", "1987"),
     M(AN, "sembilan orang", N, "defendants", 9),
     M(AN, "22 tahun 6 bulan", N, "max_first", 22.5, cls="dur"),
     M(AN, "dua lantai bawah tanah", N, "basement", 2),
     M(AN, "16 lantai", N, "storeys", 16),
     M(AN, "delapan", N, "jailed", 8),
     M(AN, "11 tersangka", N, "detained", 11, END),
    ]
    names["released"] = "suspects released by the court"
    build("masquerade-fire-2024", "The fire at the Masquerade nightclub (two basement floors of a 16-storey building in "
          "Gayrettepe, Besiktas, Istanbul) during renovation on Tuesday 2 April 2024: the governor's early count of 8 "
          "dead and 15 injured (23 caught up), 15 dead and 8 injured in mid-afternoon, 29 dead and one injured by the "
          "governor's office late in the afternoon (Anadolu: eight injured); five detention orders, six, eight, nine "
          "and 11 detained, eight jailed by a court; 31 vehicles and 86 fire personnel; 13 officials charged (reported "
          "Tuesday 24 September 2024, up to 17 years), nine defendants in the first case (up to 22 years 6 months)",
          False, ms, names)


def ldp():
    R, K, J, T, AN = "reuters-oct04", "kompas-oct05", "japantimes-oct11", "tempo-oct22", "antara-oct29"
    names = {
     "r2_t": "Takaichi's votes in the runoff", "r2_k": "Koizumi's votes in the runoff",
     "r2_law_t": "Takaichi's lawmaker votes in the runoff", "r2_law_k": "Koizumi's lawmaker votes in the runoff",
     "r2_pref_t": "Takaichi's prefectural votes in the runoff", "r2_pref_k": "Koizumi's prefectural votes in the runoff",
     "r1_t": "Takaichi's votes in the first round", "r1_k": "Koizumi's votes in the first round",
     "r1_h": "Hayashi's votes in the first round", "r1_kob": "Kobayashi's votes in the first round",
     "r1_mot": "Motegi's votes in the first round", "r1_mem_t": "Takaichi's member votes in the first round",
     "r1_mem_k": "Koizumi's member votes in the first round", "r1_law_t": "Takaichi's lawmaker votes in the first round",
     "r1_law_k": "Koizumi's lawmaker votes in the first round", "candidates": "candidates in the leadership race",
     "chapters": "prefectural chapters", "total_r1": "votes in the first round", "total_r2": "votes in the runoff",
     "lawmakers": "the party's lawmakers", "member_votes": "member votes in the first round",
     "age_t": "Takaichi's age", "age_k": "Koizumi's age", "lower_t": "Takaichi's votes in the lower house",
     "lower_noda": "Noda's votes in the lower house", "majority": "votes needed for a majority in the lower house",
     "seats": "seats in the lower house", "upper_r1_t": "Takaichi's votes in the upper house's first round",
     "upper_r2_t": "Takaichi's votes in the upper house's runoff", "upper_r2_noda": "Noda's votes in the upper house's runoff",
     "pm_no": "Takaichi's number among prime ministers", "coalition_years": "years of the LDP-Komeito coalition",
     "gap_days": "days between the leadership vote and Komeito's exit", "runoff_gap": "years since the last upper-house runoff",
     # dates
     "vote": "day of the leadership vote", "resign": "month the outgoing prime minister announced he would step down",
     "term_end": "month the party leader's term ends", "diet_planned": "day the parliamentary vote was first expected",
     "komeito_exit": "day Komeito left the coalition", "y1999": "year the coalition began",
     "diet_vote": "day parliament elected the prime minister", "ishin_deal": "day of the coalition agreement with Ishin",
     "trump": "day Takaichi received Trump",
    }
    ms = [
     M(R, "Saturday", D, "vote", "2025-10-04"),
     M(R, "64", N, "age_t", 64, cls="age"),
     M(R, "44", N, "age_k", 44, cls="age"),
     M(R, "185 votes", N, "r2_t", 185),
     M(R, "156", N, "r2_k", 156),
     M(R, "five candidates", N, "candidates", 5),
     M(R, "149 votes", N, "r2_law_t", 149),
     M(R, "36", N, "r2_pref_t", 36),
     M(R, "47 prefectural chapters", N, "chapters", 47),
     M(R, "145", N, "r2_law_k", 145),
     M(R, "11", N, "r2_pref_k", 11),
     M(R, "183 votes", N, "r1_t", 183),
     M(R, "119", N, "r1_mem_t", 119),
     M(R, "164", N, "r1_k", 164),
     M(R, "134", N, "r1_h", 134),
     M(R, "59 votes", N, "r1_kob", 59),
     M(R, "49", N, "r1_mot", 49),
     M(R, "80 votes", N, "r1_law_k", 80),
     M(R, "64", N, "r1_law_t", 64, occ=2),
     M(R, "590 votes", N, "total_r1", 590),
     M(R, "295 lawmakers", N, "lawmakers", 295),
     M(R, "342", N, "total_r2", 342),
     M(R, "September", D, "resign", "2025-09"),
     M(R, "September 2027", D, "term_end", "2027-09"),

     M(K, "Sabtu (5/10/2025)", D, "vote", "2025-10-05", planted=True),
     M(K, "185 suara", N, "r2_t", 185),
     M(K, "156 suara", N, "r2_k", 156),
     M(K, "149 suara", N, "r2_law_t", 149),
     M(K, "145", N, "r2_law_k", 145),
     M(K, "36 suara", N, "r2_pref_t", 36),
     M(K, "11", N, "r2_pref_k", 11),
     M(K, "590 suara", N, "total_r1", 590),
     M(K, "183 suara", N, "r1_t", 183),
     M(K, "164 suara", N, "r1_k", 164),
     M(K, "134 suara", N, "r1_h", 134),
     M(K, "119", N, "r1_mem_t", 119),
     M(K, "295 suara anggota", N, "member_votes", 295),
     M(K, "84", N, "r1_mem_k", 84),
     M(K, "64 tahun", N, "age_t", 64, cls="age"),
     M(K, "15 Oktober", D, "diet_planned", "2025-10-15"),
     M(K, "44 tahun", N, "age_k", 44, cls="age"),

     M(J, "Friday", D, "komeito_exit", "2025-10-10"),
     M(J, "1999", D, "y1999", "1999"),
     M(J, "six days", N, "gap_days", 6, cls="dur"),
     M(J, "185-156", N, "r2_t", 185, also=(("r2_k", 156),)),
     M(J, "Oct. 4", D, "vote", "2025-10-04"),
     M(J, "Oct. 15", D, "diet_planned", "2025-10-15"),
     M(J, "233 votes", N, "majority", 233),
     M(J, "465-seat", N, "seats", 465),
     M(J, "183 votes", N, "r1_t", 183),
     M(J, "five", N, "candidates", 5),
     M(J, "149 votes", N, "r2_law_t", 149),
     M(J, "145", N, "r2_law_k", 145),
     M(J, "26 years", N, "coalition_years", 26, cls="dur"),

     M(T, "Selasa, 21 Oktober 2025", D, "diet_vote", "2025-10-21"),
     M(T, "237 suara", N, "lower_t", 237),
     M(T, "465 anggota", N, "seats", 465),
     M(T, "233 suara", N, "majority", 233),
     M(T, "149 suara", N, "lower_noda", 149),
     M(T, "123 suara", N, "upper_r1_t", 123),
     M(T, "13 tahun", N, "runoff_gap", 13, cls="dur"),
     M(T, "125 suara", N, "upper_r2_t", 125),
     M(T, "46 suara", N, "upper_r2_noda", 46),
     M(T, "ke-104", N, "pm_no", 104),
     M(T, "Senin (20/10/2025)", D, "ishin_deal", "2025-10-20"),
     M(T, "10 Oktober", D, "komeito_exit", "2025-10-10"),
     M(T, "26 tahun", N, "coalition_years", 26, cls="dur"),
     M(T, "4 Oktober", D, "vote", "2025-10-04"),
     M(T, "185 berbanding 156", N, "r2_t", 185, also=(("r2_k", 156),)),
     M(T, "183 suara", N, "r1_t", 183),
     M(T, "146 suara", N, "r1_k", 146, planted=True),
     M(T, "15 Oktober", D, "diet_planned", "2025-10-15"),

     M(AN, "Selasa (28/10/2025)", D, "trump", "2025-10-28"),
     M(AN, "ke-104", N, "pm_no", 104),
     M(AN, "21 Oktober 2025", D, "diet_vote", "2025-10-21"),
     M(AN, "237 suara", N, "lower_t", 237),
     M(AN, "233 suara", N, "majority", 233),
     M(AN, "Sabtu (4/10/2025)", D, "vote", "2025-10-04"),
     M(AN, "185 suara", N, "r2_t", 185),
     M(AN, "156 suara", N, "r2_k", 156),
     M(AN, "183 suara", N, "r1_t", 183),
     M(AN, "119", N, "r1_mem_t", 119),
     M(AN, "26 tahun", N, "coalition_years", 26, cls="dur"),
     M(AN, "64 tahun", N, "age_t", 64, cls="age"),
    ]
    build("ldp-leadership-2025", "The Liberal Democratic Party's leadership election of Saturday 4 October 2025: first "
          "round of 590 votes (295 lawmakers, 295 member votes): Takaichi 183 (64 lawmakers, 119 members), Koizumi "
          "164 (80, 84), Hayashi 134, Kobayashi 59, Motegi 49; runoff of 342 votes: Takaichi 185 (149 lawmakers, 36 "
          "of 47 prefectures), Koizumi 156 (145, 11); Komeito's exit from the coalition (since 1999) on Friday 10 "
          "October; the parliamentary vote first expected on 15 October, held on Tuesday 21 October: 237 of 465 in "
          "the lower house (233 needed, Noda 149), 123 then 125 in the upper house (Noda 46); the agreement with "
          "Ishin on Monday 20 October; Trump received on Tuesday 28 October", False, ms, names)


def bsp():
    R, I, B, K = "reuters-oct09", "inquirer-oct10", "bisnis-oct11", "kontan-oct13"
    names = {
     "rate": "the new policy rate", "prev_rate": "the rate before the decision", "cut": "size of the cut",
     "odf": "the overnight deposit rate", "olf": "the overnight lending rate", "streak": "cuts in a row",
     "total_cut": "total cuts since August 2024", "peak": "the rate before the easing cycle",
     "cpi_sep": "inflation in September", "cpi_aug": "inflation in August",
     "target_lo": "lower end of the inflation target", "target_hi": "upper end of the inflation target",
     "fc26": "inflation forecast for 2026", "fc27": "inflation forecast for 2027", "gdp_q2": "growth in the second quarter",
     "gt_lo": "lower end of the growth target", "gt_hi": "upper end of the growth target",
     # dates
     "decision": "day of the decision", "start": "month the easing cycle began", "cpi_month": "month of the inflation reading",
     "aug": "month of the previous inflation reading", "prev_cut": "day of the previous cut",
     "next": "day of the next meeting", "y2026": "the year 2026", "y2027": "the year 2027",
    }
    ms = [
     M(R, "25 basis points", N, "cut", 25, cls="bp"),
     M(R, "4.75%", N, "rate", 4.75, cls="pct"),
     M(R, "Thursday", D, "decision", "2025-10-09"),
     M(R, "5.0%", N, "prev_rate", 5.0, cls="pct"),
     M(R, "4.25%", N, "odf", 4.25, cls="pct"),
     M(R, "5.25%", N, "olf", 5.25, cls="pct"),
     M(R, "fourth", N, "streak", 4),
     M(R, "August 2024", D, "start", "2024-08"),
     M(R, "175 basis points", N, "total_cut", 175, cls="bp"),
     M(R, "1.7%", N, "cpi_sep", 1.7, cls="pct"),
     M(R, "September", D, "cpi_month", "2025-09"),
     M(R, "1.5%", N, "cpi_aug", 1.5, cls="pct"),
     M(R, "August", D, "aug", "2025-08", occ=2),
     M(R, "2% to 4%", N, "target_hi", 4, cls="pct", also=(("target_lo", 2),)),
     M(R, "3.1%", N, "fc26", 3.1, cls="pct"),
     M(R, "2026", D, "y2026", "2026"),
     M(R, "2.8%", N, "fc27", 2.8, cls="pct"),
     M(R, "2027", D, "y2027", "2027"),
     M(R, "5.5%", N, "gdp_q2", 5.5, cls="pct"),
     M(R, "5.5% to 6.5%", N, "gt_hi", 6.5, cls="pct", also=(("gt_lo", 5.5),)),
     M(R, "Dec. 11", D, "next", "2025-12-11"),

     M(I, "Thursday, Oct. 9", D, "decision", "2025-10-09"),
     M(I, "a quarter of a percentage point", N, "cut", 25, qual="unit", cls="bp"),
     M(I, "4.75 percent", N, "rate", 4.75, cls="pct"),
     M(I, "fourth", N, "streak", 4),
     M(I, "4.25 percent", N, "odf", 4.25, cls="pct"),
     M(I, "5.25 percent", N, "olf", 5.25, cls="pct"),
     M(I, "August 2024", D, "start", "2024-08"),
     M(I, "175 basis points", N, "total_cut", 175, cls="bp"),
     M(I, "6.5 percent", N, "peak", 6.5, cls="pct"),
     M(I, "Aug. 28", D, "prev_cut", "2025-08-28"),
     M(I, "5 percent", N, "prev_rate", 5, cls="pct"),
     M(I, "1.7 percent", N, "cpi_sep", 1.7, cls="pct"),
     M(I, "September", D, "cpi_month", "2025-09"),
     M(I, "2 to 4 percent", N, "target_hi", 4, cls="pct", also=(("target_lo", 2),)),
     M(I, "3.1 percent", N, "fc26", 3.1, cls="pct"),
     M(I, "2.8 percent", N, "fc27", 2.8, cls="pct"),
     M(I, "2027", D, "y2027", "2027"),
     M(I, "Dec. 11", D, "next", "2025-12-11"),

     M(B, "25 basis poin", N, "cut", 25, cls="bp"),
     M(B, "4,75%", N, "rate", 4.75, cls="pct"),
     M(B, "Kamis (9/10/2025)", D, "decision", "2025-10-09"),
     M(B, "5%", N, "prev_rate", 5, cls="pct"),
     M(B, "4,25%", N, "odf", 4.25, cls="pct"),
     M(B, "5,25%", N, "olf", 5.25, cls="pct"),
     M(B, "keempat", N, "streak", 4),
     M(B, "Agustus 2024", D, "start", "2024-08"),
     M(B, "175 basis poin", N, "total_cut", 175, cls="bp"),
     M(B, "September 2025", D, "cpi_month", "2025-09"),
     M(B, "1,7%", N, "cpi_sep", 1.7, cls="pct"),
     M(B, "2% hingga 4%", N, "target_hi", 4, cls="pct", also=(("target_lo", 2),)),
     M(B, "3,1%", N, "fc26", 3.1, cls="pct"),
     M(B, "2026", D, "y2026", "2026"),
     M(B, "2,8%", N, "fc27", 2.8, cls="pct"),
     M(B, "2027", D, "y2027", "2027"),
     M(B, "5,5% hingga 6,5%", N, "gt_hi", 6.5, cls="pct", also=(("gt_lo", 5.5),)),
     M(B, "11 Desember 2025", D, "next", "2025-12-11"),

     M(K, "0,25 poin persentase", N, "cut", 25, qual="unit", cls="bp"),
     M(K, "4,75 persen", N, "rate", 4.75, cls="pct"),
     M(K, "Kamis, 9 Oktober 2025", D, "decision", "2025-10-09"),
     M(K, "5 persen", N, "prev_rate", 5, cls="pct"),
     M(K, "28 Agustus 2025", D, "prev_cut", "2025-08-28"),
     M(K, "keempat", N, "streak", 4),
     M(K, "Agustus 2024", D, "start", "2024-08"),
     M(K, "175 basis poin", N, "total_cut", 175, cls="bp"),
     M(K, "6,5 persen", N, "peak", 6.5, cls="pct"),
     M(K, "4,25 persen", N, "odf", 4.25, cls="pct"),
     M(K, "5,25 persen", N, "olf", 5.25, cls="pct"),
     M(K, "September 2025", D, "cpi_month", "2025-09"),
     M(K, "1,7 persen", N, "cpi_sep", 1.7, cls="pct"),
     M(K, "1,5 persen", N, "cpi_aug", 1.5, cls="pct"),
     M(K, "2 hingga 4 persen", N, "target_hi", 4, cls="pct", also=(("target_lo", 2),)),
     M(K, "3,1 persen", N, "fc26", 3.1, cls="pct"),
     M(K, "2026", D, "y2026", "2026"),
     M(K, "2,8 persen", N, "fc27", 2.8, cls="pct"),
     M(K, "2027", D, "y2027", "2027"),
     M(K, "11 Desember", D, "next", "2025-12-11"),
    ]
    build("bsp-cut-2025", "The Philippine central bank's rate decision (control) of Thursday 9 October 2025: the target "
          "reverse repurchase rate cut 25 basis points from 5.0% to 4.75% (overnight deposit 4.25%, lending 5.25%), "
          "the fourth cut in a row, 175 basis points since August 2024 from 6.5%, the previous cut on 28 August; "
          "September inflation 1.7% (1.5% in August) under the 2-4% target; forecasts of 3.1% for 2026 and 2.8% for "
          "2027; second-quarter growth 5.5% against a 5.5-6.5% target; the next meeting on 11 December. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    masquerade()
    ldp()
    bsp()
