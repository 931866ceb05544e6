"""The sixtieth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset60/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def uvalde():
    R, K, T, A, P = "reuters-may25", "kompas-may26", "detik-may28", "ap-jul18", "tempo-jan19-2024"
    names = {
     "children_dead": "children killed", "adults_dead": "adults (teachers) killed", "injured": "people wounded",
     "officers_hit": "officers hit by gunfire", "hospital_children": "children taken to Uvalde Memorial Hospital",
     "gunman_age": "age of the gunman", "grandma_age": "age of the gunman's grandmother",
     "girl_age": "age of a girl treated in San Antonio", "distance": "miles from San Antonio",
     "sh_children": "children killed at Sandy Hook", "sh_adults": "adults killed at Sandy Hook",
     "fb_lead": "minutes before the attack the gunman wrote of his plans", "rifles": "rifles the gunman bought",
     "hallway": "officers in the hallway", "classrooms": "classrooms the gunman was in",
     "standoff": "time until the gunman was killed", "officers_total": "law enforcement officers who responded",
     "agencies": "agencies whose officers responded", "pages": "pages of the Justice Department report",
     # dates
     "shooting": "day of the shooting", "toll_settled": "day the toll settled at 19 and 2", "biden": "day Biden spoke",
     "sandy_hook": "month of the Sandy Hook shooting", "abbott_briefing": "day of Abbott's briefing",
     "vigil": "day of the vigil", "mccraw": "day of McCraw's briefing", "escalon": "day Escalon corrected the account",
     "abbott_misled": "day Abbott said he had been misled", "house_report": "day the Texas House report came out",
     "families_briefed": "day the committee briefed the families", "leave": "month Arredondo was placed on leave",
     "doj": "day the Justice Department report came out", "fired": "month Arredondo was fired",
    }
    T16, T19, FINAL = "2022-05-24T16", "2022-05-24T19", "final"
    HOUSE, DOJ = "the Texas House committee", "the Justice Department"
    ms = [
     M(R, "18-year-old", N, "gunman_age", 18, cls="age"),
     M(R, "19 children", N, "children_dead", 19, FINAL),
     M(R, "two teachers", N, "adults_dead", 2, FINAL),
     M(R, "Tuesday", D, "shooting", "2022-05-24"),
     M(R, "14 students", N, "children_dead", 14, T16),
     M(R, "one teacher", N, "adults_dead", 1, T16),
     M(R, "18 children", N, "children_dead", 18, T19),
     M(R, "three adults", N, "adults_dead", 3, T19),
     M(R, "Tuesday", D, "toll_settled", "2022-05-24", occ=2),
     M(R, "19 children", N, "children_dead", 19, FINAL, occ=2),
     M(R, "two adults", N, "adults_dead", 2, FINAL),
     M(R, "66-year-old", N, "grandma_age", 66, cls="age"),
     M(R, "two officers", N, "officers_hit", 2),
     M(R, "13 children", N, "hospital_children", 13, "2022-05-24"),
     M(R, "10-year-old", N, "girl_age", 10, cls="age"),
     M(R, "85 miles", N, "distance", 85, cls="dist"),
     M(R, "December 2012", D, "sandy_hook", "2012-12"),
     M(R, "20 children", N, "sh_children", 20),
     M(R, "six adults", N, "sh_adults", 6),
     M(R, "Tuesday", D, "biden", "2022-05-24", occ=3),

     M(K, "sekitar 30 menit", N, "fb_lead", 30, qual="approx", cls="dur"),
     M(K, "Selasa (24/5/2022)", D, "shooting", "2022-05-24"),
     M(K, "Rabu (25/5/2022)", D, "abbott_briefing", "2022-05-25"),
     M(K, "19 anak", N, "children_dead", 19, FINAL),
     M(K, "dua guru", N, "adults_dead", 2, FINAL),
     M(K, "17 orang", N, "injured", 17, FINAL),
     M(K, "66 tahun", N, "grandma_age", 66, cls="age"),
     M(K, "dua senapan", N, "rifles", 2),
     M(K, "Dua guru", N, "adults_dead", 2, FINAL),
     M(K, "Desember 2012", D, "sandy_hook", "2012-12"),
     M(K, "20 anak", N, "sh_children", 20),
     M(K, "enam orang dewasa", N, "sh_adults", 6),
     M(K, "Rabu malam", D, "vigil", "2022-05-25"),

     M(T, "Jumat (27/5/2022)", D, "mccraw", "2022-05-27"),
     M(T, "19 polisi", N, "hallway", 19),
     M(T, "dua ruang kelas", N, "classrooms", 2),
     M(T, "lebih dari satu jam", N, "standoff", 60, qual="morethan", cls="dur"),
     M(T, "Kamis (26/5/2022)", D, "escalon", "2022-05-26"),
     M(T, "Jumat", D, "abbott_misled", "2022-05-27", occ=2),
     M(T, "Rabu", D, "abbott_briefing", "2022-05-25"),
     M(T, "Selasa (23/5/2022)", D, "shooting", "2022-05-23", planted=True),
     M(T, "19 anak", N, "children_dead", 19, FINAL),
     M(T, "dua guru", N, "adults_dead", 2, FINAL),
     M(T, "17 orang", N, "injured", 17, FINAL),

     M(A, "Sunday", D, "house_report", "2022-07-17"),
     M(A, "376 law enforcement officers", N, "officers_total", 376, src=HOUSE),
     M(A, "two classrooms", N, "classrooms", 2),
     M(A, "77 minutes", N, "standoff", 77, cls="dur"),
     M(A, "May 24", D, "shooting", "2022-05-24"),
     M(A, "19 students", N, "children_dead", 19, FINAL),
     M(A, "two teachers", N, "adults_dead", 2, FINAL),
     M(A, "17 others", N, "injured", 17, FINAL),
     M(A, "June", D, "leave", "2022-06"),
     M(A, "Sunday", D, "families_briefed", "2022-07-17", occ=2),

     M(P, "575 halaman", N, "pages", 575),
     M(P, "Kamis (18/1/2024)", D, "doj", "2024-01-18"),
     M(P, "sedikitnya 380 aparat", N, "officers_total", 380, qual="atleast", src=DOJ),
     M(P, "24 lembaga", N, "agencies", 24),
     M(P, "77 menit", N, "standoff", 77, cls="dur"),
     M(P, "Selasa (24/5/2022)", D, "shooting", "2022-05-24"),
     M(P, "19 murid", N, "children_dead", 19, FINAL),
     M(P, "dua guru", N, "adults_dead", 2, FINAL),
     M(P, "Juli 2022", D, "house_report", "2022-07"),
     M(P, "367 aparat", N, "officers_total", 367, src=HOUSE, planted=True),
     M(P, "Agustus 2022", D, "fired", "2022-08"),
    ]
    build("uvalde-shooting-2022", "The shooting at Robb Elementary School, Uvalde, Texas (Tuesday 24 May 2022): the "
          "toll given as 14 students and one teacher in the afternoon, 18 children and three adults in the evening and "
          "19 children and two teachers that night (the adults lowered from three to two), 17 wounded; the officials' "
          "changing accounts (a school officer said to have confronted the gunman, retracted on Thursday 26 May; 19 "
          "officers waiting in the hallway, called the wrong decision on Friday 27 May); the Texas House committee's "
          "report of Sunday 17 July 2022 (376 officers, 77 minutes) and the Justice Department's of Thursday 18 January "
          "2024 (at least 380 officers from 24 agencies)", False, ms, names)


def maldives():
    R, A, K, J = "reuters-apr22", "antara-apr23", "kompas-apr27", "aljazeera-may29"
    NIGHT, FINAL = "2024-04-22T06", "final"
    INTERIM = FINAL  # the interim results of Monday night counted all 93 seats and were published unchanged as the official ones
    names = {
     "pnc": "PNC seats won", "mdp": "MDP seats won", "ind": "seats won by independents", "mda": "MDA seats won",
     "jp": "Jumhooree Party seats won", "mnp": "Maldives National Party seats won",
     "declared": "seats declared in the provisional count", "remaining": "seats still being counted",
     "house": "seats in the People's Majlis", "supermaj": "seats for a two-thirds majority",
     "house2019": "seats in the Majlis in 2019", "mdp2019": "MDP seats in 2019", "added": "seats added since 2019",
     "turnout": "turnout", "cast": "voters who cast ballots", "eligible": "eligible voters",
     "candidates": "candidates", "ind_candidates": "independent candidates", "pnc_cand": "constituencies the PNC contested",
     "mdp_cand": "constituencies the MDP contested", "pnc_share": "PNC share of the vote",
     "mdp_share": "MDP share of the vote", "recounts": "constituencies whose recount was refused",
     "margin": "winning margin in Dhuvaafaru", "joined": "independents who joined the PNC",
     "pnc_members": "PNC members of the new Majlis", "sp_ayes": "votes for the speaker",
     "sp_noes": "votes for the speaker's rival", "invalid": "invalid ballots in the speaker vote",
     "dep_ayes": "votes for the deputy speaker", "dep_noes": "votes for the deputy speaker's rival",
     # dates
     "election": "day of the election", "provisional": "day of the provisional results",
     "interim": "day the interim results were announced", "y2019": "the 2019 election",
     "runoff": "month of the presidential run-off", "india": "deadline for Indian military personnel to leave",
     "planned": "day the election was first set for", "amendment": "month the postponement was passed",
     "swearing": "day the new parliament was sworn in", "took_office": "month Muizzu took office",
    }
    ms = [
     M(R, "Sunday", D, "election", "2024-04-21"),
     M(R, "Monday", D, "provisional", "2024-04-22"),
     M(R, "66", N, "pnc", 66, NIGHT),
     M(R, "86 seats", N, "declared", 86, NIGHT),
     M(R, "Monday", D, "provisional", "2024-04-22", occ=2),
     M(R, "62 seats", N, "supermaj", 62),
     M(R, "93-member", N, "house", 93),
     M(R, "65", N, "mdp2019", 65),
     M(R, "87 seats", N, "house2019", 87),
     M(R, "2019", D, "y2019", "2019"),
     M(R, "about a dozen", N, "mdp", 12, NIGHT, "approx"),
     M(R, "seven seats", N, "remaining", 7, NIGHT, fall=True),
     M(R, "72.96%", N, "turnout", 72.96, cls="pct"),
     M(R, "207,693", N, "cast", 207693),
     M(R, "284,663 eligible voters", N, "eligible", 284663),
     M(R, "368 candidates", N, "candidates", 368),
     M(R, "130", N, "ind_candidates", 130),
     M(R, "six seats", N, "added", 6),
     M(R, "September 2023", D, "runoff", "2023-09"),
     M(R, "May 10", D, "india", "2024-05-10"),
     M(R, "March 17", D, "planned", "2024-03-17"),
     M(R, "Sunday", D, "election", "2024-04-21", occ=2),
     M(R, "February", D, "amendment", "2024-02"),

     M(A, "Senin (22/4/2024)", D, "interim", "2024-04-22"),
     M(A, "66", N, "pnc", 66, INTERIM),
     M(A, "93 kursi", N, "house", 93),
     M(A, "12 kursi", N, "mdp", 12, INTERIM),
     M(A, "11 kursi", N, "ind", 11, INTERIM),
     M(A, "2 kursi", N, "mda", 2, INTERIM),
     M(A, "1 kursi", N, "jp", 1, INTERIM, also=(("mnp", 1),)),
     M(A, "Minggu (21/4/2024)", D, "election", "2024-04-21"),
     M(A, "sekitar 73 persen", N, "turnout", 73, qual="approx", cls="pct"),
     M(A, "2019", D, "y2019", "2019"),
     M(A, "65 kursi", N, "mdp2019", 65),
     M(A, "90 daerah pemilihan", N, "pnc_cand", 90),
     M(A, "89 daerah pemilihan", N, "mdp_cand", 89),
     M(A, "28 Mei 2024", D, "swearing", "2024-05-28"),

     M(K, "21 April 2024", D, "election", "2024-04-21"),
     M(K, "66 kursi", N, "pnc", 66, FINAL),
     M(K, "21 kursi", N, "mdp", 21, FINAL, planted=True),
     M(K, "11 kursi", N, "ind", 11, FINAL),
     M(K, "93 kursi", N, "house", 93),
     M(K, "sekitar 47,5 persen", N, "pnc_share", 47.5, qual="approx", cls="pct"),
     M(K, "sekitar 30,7 persen", N, "mdp_share", 30.7, qual="approx", cls="pct"),
     M(K, "dua daerah pemilihan", N, "recounts", 2),
     M(K, "empat suara", N, "margin", 4),
     M(K, "tujuh", N, "joined", 7),
     M(K, "11 anggota", N, "ind", 11, FINAL),
     M(K, "73 anggota", N, "pnc_members", 73, "2024-04-26"),
     M(K, "hampir 73 persen", N, "turnout", 73, qual="nearly", cls="pct"),
     M(K, "28 Mei 2024", D, "swearing", "2024-05-28"),

     M(J, "Tuesday", D, "swearing", "2024-05-28"),
     M(J, "71 votes", N, "sp_ayes", 71),
     M(J, "14", N, "sp_noes", 14),
     M(J, "seven ballots", N, "invalid", 7),
     M(J, "80 votes", N, "dep_ayes", 80),
     M(J, "12", N, "dep_noes", 12),
     M(J, "93 members", N, "house", 93),
     M(J, "Tuesday", D, "swearing", "2024-05-28", occ=2),
     M(J, "75", N, "pnc_members", 75, "2024-05-28"),
     M(J, "93 seats", N, "house", 93),
     M(J, "April 21", D, "election", "2024-04-21"),
     M(J, "66 seats", N, "pnc", 66, FINAL),
     M(J, "12", N, "mdp", 12, FINAL, occ=2),
     M(J, "November 2023", D, "took_office", "2023-11"),
    ]
    build("maldives-election-2024", "The Maldives' parliamentary election (Sunday 21 April 2024) for a People's Majlis "
          "of 93 seats: the PNC's 66 of 86 seats declared by early Monday (the MDP on about a dozen) against the "
          "interim results of Monday night and the official results (PNC 66, MDP 12, independents 11, MDA 2, JP 1, "
          "MNP 1), 62 seats for two-thirds, turnout 72.96%, 65 MDP seats of 87 in 2019; seven independents joining "
          "the PNC (73, then 75 members); the new parliament sworn in on Tuesday 28 May 2024 and its speaker elected "
          "71-14 and deputy speaker 80-12", False, ms, names)


def cnb():
    R, K, B, X = "reuters-dec21", "kontan-dec22", "bisnis-dec23", "radioprague-dec27"
    names = {
     "cut": "size of the repo rate cut", "rate": "the new two-week repo rate", "side_cut": "size of the discount and Lombard cuts",
     "discount": "the new discount rate", "lombard": "the new Lombard rate", "prev_rate": "the repo rate held since June 2022",
     "cumulative": "total increase from June 2021 to June 2022", "cut2020": "size of the May 2020 cut",
     "rate2020": "the repo rate after the May 2020 cut", "analysts_yes": "analysts who forecast the cut",
     "analysts": "analysts polled", "cpi_nov": "inflation in November", "cpi_oct": "inflation in October",
     "peak": "peak inflation", "jan_f": "inflation expected in January", "target": "inflation target",
     "band": "tolerance band around the target", "gdp23": "forecast contraction in 2023", "gdp24": "forecast growth in 2024",
     "q3": "quarterly contraction in the third quarter", "board": "members of the board",
     "highest_in": "years since the rate was last so high",
     # dates
     "decision": "day of the decision", "last_cut": "month of the previous cut", "hold_start": "month the 7% rate began",
     "cycle_start": "month the tightening began", "cpi_month": "month of the inflation data",
     "oct": "month of the previous inflation reading", "peak_month": "month of the inflation peak",
     "jan": "month of the expected inflation drop", "target_year": "year inflation nears the target",
     "gdp_year": "year of the growth forecast", "effective": "day the new rates take effect",
     "next": "day of the next decision",
    }
    ms = [
     M(R, "25 basis points", N, "cut", 25, cls="bp"),
     M(R, "6.75%", N, "rate", 6.75, cls="pct"),
     M(R, "Thursday", D, "decision", "2023-12-21"),
     M(R, "May 2020", D, "last_cut", "2020-05"),
     M(R, "5.75%", N, "discount", 5.75, cls="pct"),
     M(R, "7.75%", N, "lombard", 7.75, cls="pct"),
     M(R, "quarter point", N, "side_cut", 25, qual="unit", cls="bp"),
     M(R, "7.00%", N, "prev_rate", 7, cls="pct"),
     M(R, "June 2022", D, "hold_start", "2022-06"),
     M(R, "675 basis points", N, "cumulative", 675, cls="bp"),
     M(R, "June 2021", D, "cycle_start", "2021-06"),
     M(R, "12", N, "analysts_yes", 12),
     M(R, "15 analysts", N, "analysts", 15),
     M(R, "7.3%", N, "cpi_nov", 7.3, cls="pct"),
     M(R, "November", D, "cpi_month", "2023-11"),
     M(R, "8.5%", N, "cpi_oct", 8.5, cls="pct"),
     M(R, "October", D, "oct", "2023-10"),
     M(R, "18%", N, "peak", 18, cls="pct"),
     M(R, "September 2022", D, "peak_month", "2022-09"),
     M(R, "around 3%", N, "jan_f", 3, qual="approx", cls="pct"),
     M(R, "January", D, "jan", "2024-01"),
     M(R, "2%", N, "target", 2, cls="pct"),
     M(R, "2024", D, "target_year", "2024"),
     M(R, "0.4%", N, "gdp23", 0.4, cls="pct"),
     M(R, "1.2%", N, "gdp24", 1.2, cls="pct"),
     M(R, "2024", D, "gdp_year", "2024", occ=2),
     M(R, "0.6%", N, "q3", 0.6, cls="pct"),
     M(R, "Dec. 22", D, "effective", "2023-12-22"),
     M(R, "Feb. 8", D, "next", "2024-02-08"),

     M(K, "25 basis poin", N, "cut", 25, cls="bp"),
     M(K, "6,75%", N, "rate", 6.75, cls="pct"),
     M(K, "Kamis (21/12/2023)", D, "decision", "2023-12-21"),
     M(K, "Mei 2020", D, "last_cut", "2020-05"),
     M(K, "75 bps", N, "cut2020", 75, cls="bp"),
     M(K, "0,25%", N, "rate2020", 0.25, cls="pct"),
     M(K, "5,75%", N, "discount", 5.75, cls="pct"),
     M(K, "7,75%", N, "lombard", 7.75, cls="pct"),
     M(K, "Juni 2022", D, "hold_start", "2022-06"),
     M(K, "7%", N, "prev_rate", 7, cls="pct"),
     M(K, "lebih dari dua dekade", N, "highest_in", 20, qual="morethan", cls="dur"),
     M(K, "November", D, "cpi_month", "2023-11"),
     M(K, "7,3%", N, "cpi_nov", 7.3, cls="pct"),
     M(K, "8,5%", N, "cpi_oct", 8.5, cls="pct"),
     M(K, "Oktober", D, "oct", "2023-10"),
     M(K, "18%", N, "peak", 18, cls="pct"),
     M(K, "September 2022", D, "peak_month", "2022-09"),
     M(K, "kisaran 3%", N, "jan_f", 3, qual="approx", cls="pct"),
     M(K, "Januari", D, "jan", "2024-01"),
     M(K, "2%", N, "target", 2, cls="pct"),
     M(K, "2024", D, "target_year", "2024"),
     M(K, "Jumat (22/12/2023)", D, "effective", "2023-12-22"),
     M(K, "8 Februari 2024", D, "next", "2024-02-08"),

     M(B, "0,25 poin persentase", N, "cut", 25, qual="unit", cls="bp"),
     M(B, "6,75 persen", N, "rate", 6.75, cls="pct"),
     M(B, "Mei 2020", D, "last_cut", "2020-05"),
     M(B, "tujuh orang", N, "board", 7),
     M(B, "Kamis (21/12/2023)", D, "decision", "2023-12-21"),
     M(B, "675 bps", N, "cumulative", 675, cls="bp"),
     M(B, "Juni 2021", D, "cycle_start", "2021-06"),
     M(B, "Juni 2022", D, "hold_start", "2022-06"),
     M(B, "7 persen", N, "prev_rate", 7, cls="pct"),
     M(B, "7,75 persen", N, "lombard", 7.75, cls="pct"),
     M(B, "5,75 persen", N, "discount", 5.75, cls="pct"),
     M(B, "12", N, "analysts_yes", 12),
     M(B, "15 analis", N, "analysts", 15),
     M(B, "November", D, "cpi_month", "2023-11"),
     M(B, "7,3 persen", N, "cpi_nov", 7.3, cls="pct"),
     M(B, "2 persen", N, "target", 2, cls="pct"),
     M(B, "sekitar 3 persen", N, "jan_f", 3, qual="approx", cls="pct"),
     M(B, "Januari 2024", D, "jan", "2024-01"),
     M(B, "0,4 persen", N, "gdp23", 0.4, cls="pct"),
     M(B, "1,2 persen", N, "gdp24", 1.2, cls="pct"),
     M(B, "2024", D, "gdp_year", "2024", occ=2),
     M(B, "0,6 persen", N, "q3", 0.6, cls="pct"),
     M(B, "8 Februari 2024", D, "next", "2024-02-08"),
     M(B, "Jumat (22/12/2023)", D, "effective", "2023-12-22"),

     M(X, "Thursday, Dec. 21", D, "decision", "2023-12-21"),
     M(X, "a quarter of a percentage point", N, "cut", 25, qual="unit", cls="bp"),
     M(X, "6.75%", N, "rate", 6.75, cls="pct"),
     M(X, "7%", N, "prev_rate", 7, cls="pct"),
     M(X, "June 2022", D, "hold_start", "2022-06"),
     M(X, "May 2020", D, "last_cut", "2020-05"),
     M(X, "75 basis points", N, "cut2020", 75, cls="bp"),
     M(X, "0.25%", N, "rate2020", 0.25, cls="pct"),
     M(X, "7.75%", N, "lombard", 7.75, cls="pct"),
     M(X, "5.75%", N, "discount", 5.75, cls="pct"),
     M(X, "25 basis points", N, "side_cut", 25, cls="bp"),
     M(X, "7.3%", N, "cpi_nov", 7.3, cls="pct"),
     M(X, "November", D, "cpi_month", "2023-11"),
     M(X, "8.5%", N, "cpi_oct", 8.5, cls="pct"),
     M(X, "October", D, "oct", "2023-10"),
     M(X, "18%", N, "peak", 18, cls="pct"),
     M(X, "September 2022", D, "peak_month", "2022-09"),
     M(X, "about 3%", N, "jan_f", 3, qual="approx", cls="pct"),
     M(X, "January", D, "jan", "2024-01"),
     M(X, "one percentage point", N, "band", 1, cls="pp"),
     M(X, "2%", N, "target", 2, cls="pct"),
     M(X, "0.4%", N, "gdp23", 0.4, cls="pct"),
     M(X, "1.2%", N, "gdp24", 1.2, cls="pct"),
     M(X, "2024", D, "gdp_year", "2024"),
     M(X, "Dec. 22", D, "effective", "2023-12-22"),
     M(X, "Feb. 8, 2024", D, "next", "2024-02-08"),
    ]
    build("cnb-rate-2023", "The Czech National Bank's rate decision (control) of Thursday 21 December 2023: the "
          "two-week repo rate cut 25 basis points to 6.75% from the 7% held since June 2022, the first cut since May "
          "2020 (75 basis points to 0.25%), the discount rate to 5.75% and the Lombard rate to 7.75%; 675 basis points "
          "of increases from June 2021; 12 of 15 analysts expecting the cut; November inflation 7.3% (October 8.5%, "
          "peak 18% in September 2022), about 3% expected in January against the 2% target; the forecast of a 0.4% "
          "contraction in 2023 and 1.2% growth in 2024; the new rates effective 22 December, the next decision on 8 "
          "February 2024. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    uvalde()
    maldives()
    cnb()
