"""The ninety-seventh development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset97/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def kermanshah():
    R, K, DT, AP, T = "reuters-nov13", "kompas-nov15", "detik-nov18", "ap-nov26", "tempo-dec10"
    # Iran's official toll (the crisis management headquarters, the state news agency, the forensic authorities:
    # one official count) on Monday 13 November in the evening, Tuesday 14, Friday 17, Sunday 26 November and
    # Saturday 9 December; the province's own count earlier on Monday 13 November
    MON_AM, MON, TUE, FRI, SUN26, SAT9 = (
        "2017-11-13T12", "2017-11-13T20", "2017-11-14", "2017-11-17", "2017-11-26", "2017-12-09")
    IRAN, PROV = "the Iranian authorities' official count", "Kermanshah's provincial authorities"
    IRQ_H, IRQ_I = "Iraq's health ministry", "Iraq's interior ministry"
    names = {
     "dead": "people dead in Iran", "injured": "people injured in Iran", "iraq_dead": "people dead in Iraq",
     "iraq_injured": "people injured in Iraq", "magnitude": "the quake's magnitude",
     "dist_halabja": "distance of the epicentre from Halabja", "dist_baghdad": "distance of the epicentre from Baghdad",
     "dist_tehran": "distance of the epicentre from Tehran", "provinces": "Iranian provinces where the quake was felt",
     "destroyed": "houses destroyed", "damaged": "houses damaged besides those destroyed",
     "homes_hit": "homes damaged or destroyed", "cities": "cities hit", "villages": "villages hit",
     "homeless": "people left homeless", "uncounted": "victims possibly buried without being counted",
     "serious": "people seriously injured", "women": "women among the dead", "men": "men among the dead",
     "sarpol_dead": "dead from Sarpol-e Zahab", "identified": "victims newly identified before 9 December",
     "tents": "tents handed out by the Red Crescent",
     # dates
     "quake": "day of the quake", "count407_day": "day of the count of 407", "count328_day": "day of the province's count of 328",
     "mourning": "day of national mourning (the president's visit)", "count530_day": "day of the count of 530",
     "count436_day": "day of the count of 436", "count483_day": "day of the count of 483",
     "count579_day": "day of the count of 579", "tents_day": "day of the Red Crescent's tent figure",
    }
    ms = [
     M(R, "7.3", N, "magnitude", 7.3, cls="mag"),
     M(R, "407 people", N, "dead", 407, MON, src=IRAN),
     M(R, "6,700", N, "injured", 6700, MON, src=IRAN),
     M(R, "Monday", D, "count407_day", "2017-11-13"),
     M(R, "Sunday", D, "quake", "2017-11-12"),
     M(R, "about 30 km", N, "dist_halabja", 30, qual="approx", cls="km"),
     M(R, "Monday", D, "count328_day", "2017-11-13", occ=2),
     M(R, "328", N, "dead", 328, MON_AM, src=PROV),
     M(R, "14", N, "provinces", 14),
     M(R, "at least eight people", N, "iraq_dead", 8, qual="atleast", src=IRQ_H),
     M(R, "more than 500", N, "iraq_injured", 500, MON, qual="morethan", src=IRQ_H),
     M(R, "Tuesday", D, "mourning", "2017-11-14"),

     M(K, "7,3", N, "magnitude", 7.3, cls="mag"),
     M(K, "530 orang", N, "dead", 530, TUE, src=IRAN),
     M(K, "Selasa (14/11/2017)", D, "count530_day", "2017-11-14"),
     M(K, "7.460 orang", N, "injured", 7460, TUE, src=IRAN),
     M(K, "Minggu (12/11/2017)", D, "quake", "2017-11-12"),
     M(K, "12.000 rumah", N, "destroyed", 12000, TUE),
     M(K, "15.000 rumah", N, "damaged", 15000, TUE),
     M(K, "tujuh kota", N, "cities", 7),
     M(K, "1.950 desa", N, "villages", 1950),
     M(K, "Sekitar 70.000 orang", N, "homeless", 70000, TUE, qual="approx", fall=True),
     M(K, "Selasa", D, "mourning", "2017-11-14", occ=2),
     M(K, "150 korban", N, "uncounted", 150),
     M(K, "535 orang", N, "iraq_injured", 535, TUE, src=IRQ_I),

     M(DT, "7,3", N, "magnitude", 7.3, cls="mag"),
     M(DT, "436 orang", N, "dead", 436, FRI, src=IRAN),
     M(DT, "Jumat (17/11/2017)", D, "count436_day", "2017-11-17"),
     M(DT, "530", N, "dead", 530, TUE, src=IRAN),
     M(DT, "Selasa (14/11)", D, "count530_day", "2017-11-14"),
     M(DT, "lebih dari 10.000 orang", N, "injured", 10000, FRI, qual="morethan", src=IRAN),
     M(DT, "lebih dari 1.000", N, "serious", 1000, FRI, qual="morethan"),
     M(DT, "Sekitar 30.000 rumah", N, "homes_hit", 30000, FRI, qual="approx"),
     M(DT, "lebih dari 15.000", N, "destroyed", 15000, FRI, qual="morethan"),
     M(DT, "Lebih dari 100.000 orang", N, "homeless", 100000, FRI, qual="morethan", fall=True),
     M(DT, "Minggu (12/11)", D, "quake", "2017-11-12"),
     M(DT, "sekitar 200 kilometer", N, "dist_baghdad", 200, qual="approx", cls="km"),
     M(DT, "400 kilometer", N, "dist_tehran", 400, cls="km"),

     M(AP, "483", N, "dead", 483, SUN26, src=IRAN),
     M(AP, "Sunday", D, "count483_day", "2017-11-26"),
     M(AP, "246 women", N, "women", 246),
     M(AP, "237 men", N, "men", 237),
     M(AP, "12,386 people", N, "injured", 12386, SUN26, src=IRAN),
     M(AP, "463", N, "dead", 463, FRI, src=IRAN, planted=True),
     M(AP, "Nov. 17", D, "count436_day", "2017-11-17"),
     M(AP, "425", N, "sarpol_dead", 425, SUN26),
     M(AP, "7.3", N, "magnitude", 7.3, cls="mag"),
     M(AP, "Nov. 12", D, "quake", "2017-11-12"),
     M(AP, "some 30,000 homes", N, "homes_hit", 30000, SUN26, qual="approx"),
     M(AP, "Eight people", N, "iraq_dead", 8),

     M(T, "12 November", D, "quake", "2017-11-12"),
     M(T, "579 orang", N, "dead", 579, SAT9, src=IRAN),
     M(T, "Sabtu (9/12/2017)", D, "count579_day", "2017-12-09"),
     M(T, "sepuluh orang", N, "identified", 10),
     M(T, "518 korban", N, "sarpol_dead", 518, SAT9),
     M(T, "26 November", D, "count483_day", "2017-11-26"),
     M(T, "483 orang", N, "dead", 483, SUN26, src=IRAN),
     M(T, "530", N, "dead", 530, TUE, src=IRAN),
     M(T, "436", N, "dead", 436, FRI, src=IRAN),
     M(T, "17 November", D, "count436_day", "2017-11-17"),
     M(T, "7,3", N, "magnitude", 7.3, cls="mag"),
     M(T, "Selasa (5/12/2017)", D, "tents_day", "2017-12-05"),
     M(T, "lebih dari 83.000 tenda", N, "tents", 83000, qual="morethan"),
    ]
    build("kermanshah-quake-2017", "The Kermanshah earthquake of Sunday 12 November 2017 (magnitude 7.3, on the "
          "Iran-Iraq border): Iran's official toll 407 with 6,700 injured on Monday 13 November (the province's "
          "count 328 earlier that day) -> 530 with 7,460 injured on Tuesday 14 -> lowered to 436 with more than "
          "10,000 injured on Friday 17 -> 483 with 12,386 injured on Sunday 26 November -> 579 on Saturday 9 "
          "December; in Iraq eight dead and more than 500 injured (the health ministry), 535 injured (the interior "
          "ministry); 12,000 houses destroyed and 15,000 damaged on Tuesday, some 30,000 damaged or destroyed, more "
          "than 15,000 of them destroyed, on Friday; about 70,000 and then more than 100,000 homeless", False, ms, names)


def iraq():
    R, K, A, AP, T = "reuters-oct11", "kompas-oct18", "antara-dec01", "ap-dec27", "tempo-jan10"
    # the count in stages: the preliminary results of Monday 11 October, the commission's figures after the manual
    # recount (Saturday 16 October), the final results (Tuesday 30 November); seats may move both ways (fall=True)
    PRE1, PRE2, FIN = "2021-10-11", "2021-10-16", "2021-11-30"
    names = {
     "sadr_seats": "the Sadrist bloc's seats", "assembly": "seats in the Council of Representatives",
     "sadr2018": "the Sadrist bloc's seats in 2018", "turnout": "turnout", "turnout2018": "turnout in 2018",
     "eligible": "eligible voters", "candidates": "candidates", "taq_seats": "Taqaddum's seats",
     "sol_seats": "the State of Law coalition's seats", "fatah_seats": "the Fatah Alliance's seats",
     "kurd_alliance": "the Kurdistan Alliance's seats", "fatah2018": "the Fatah Alliance's seats in 2018",
     "indep_seats": "independents' seats", "kdp_seats": "the KDP's seats", "azm_seats": "the Azm Alliance's seats",
     "voters": "people who voted", "changed": "seats changed by the recount", "provinces": "provinces where seats changed",
     "convene": "days to call the parliament into session", "pres_deadline": "days to elect a president",
     "speaker_ayes": "votes for Halbousi", "rival_votes": "votes for Mashhadani", "invalid": "invalid ballots",
     "present": "lawmakers present at the vote", "sworn": "lawmakers sworn in",
     # dates
     "election": "day of the election", "prelim_day": "day of the preliminary results",
     "recount_day": "day of the results after the manual recount", "final_day": "day of the final results",
     "suit_day": "day the lawsuit was filed", "court_day": "day the court ratified the results",
     "session_day": "day of the first session", "speaker_since": "month Halbousi became speaker",
     "y2018": "the previous election", "y2003": "the year of the invasion", "orig": "year the election was due",
     "protests": "year of the protests",
    }
    ms = [
     M(R, "Monday", D, "prelim_day", "2021-10-11"),
     M(R, "73", N, "sadr_seats", 73, PRE1, fall=True),
     M(R, "329", N, "assembly", 329),
     M(R, "54", N, "sadr2018", 54),
     M(R, "2018", D, "y2018", "2018"),
     M(R, "41%", N, "turnout", 41, PRE1, cls="pct"),
     M(R, "2003", D, "y2003", "2003"),
     M(R, "44.5%", N, "turnout2018", 44.5, cls="pct"),
     M(R, "More than 22 million", N, "eligible", 22000000, qual="morethan"),
     M(R, "Sunday", D, "election", "2021-10-10"),
     M(R, "2022", D, "orig", "2022"),
     M(R, "2019", D, "protests", "2019"),
     M(R, "More than 3,200 candidates", N, "candidates", 3200, qual="morethan"),

     M(K, "Sabtu (16/10/2021)", D, "recount_day", "2021-10-16"),
     M(K, "73 kursi", N, "sadr_seats", 73, PRE2, fall=True),
     M(K, "37 kursi", N, "taq_seats", 37, PRE2, fall=True),
     M(K, "34 kursi", N, "sol_seats", 34, PRE2, fall=True),
     M(K, "17 kursi", N, "fatah_seats", 17, PRE2, fall=True),
     M(K, "48 kursi", N, "fatah2018", 48),
     M(K, "2018", D, "y2018", "2018"),
     M(K, "40 kursi", N, "indep_seats", 40, PRE2, fall=True),
     M(K, "43 persen", N, "turnout", 43, PRE2, cls="pct"),
     M(K, "41 persen", N, "turnout", 41, PRE1, cls="pct"),
     M(K, "10 Oktober", D, "election", "2021-10-10"),
     M(K, "Lebih dari 9,6 juta orang", N, "voters", 9600000, qual="morethan"),

     M(A, "10 Oktober 2021", D, "election", "2021-10-10"),
     M(A, "Selasa (30/11/2021)", D, "final_day", "2021-11-30"),
     M(A, "73 kursi", N, "sadr_seats", 73, FIN, fall=True),
     M(A, "329 kursi", N, "assembly", 329),
     M(A, "54 kursi", N, "sadr2018", 54),
     M(A, "2018", D, "y2018", "2018"),
     M(A, "27 kursi", N, "taq_seats", 27, FIN, fall=True, planted=True),
     M(A, "33 kursi", N, "sol_seats", 33, FIN, fall=True),
     M(A, "31 kursi", N, "kdp_seats", 31, FIN, fall=True),
     M(A, "17 kursi", N, "fatah_seats", 17, FIN, fall=True, also=(("kurd_alliance", 17),)),
     M(A, "14 kursi", N, "azm_seats", 14, FIN, fall=True),
     M(A, "43 kursi", N, "indep_seats", 43, FIN, fall=True),
     M(A, "44 persen", N, "turnout", 44, FIN, cls="pct"),
     M(A, "43 persen", N, "turnout", 43, PRE2, cls="pct"),
     M(A, "Lebih dari 9,6 juta orang", N, "voters", 9600000, qual="morethan"),
     M(A, "lebih dari 22 juta", N, "eligible", 22000000, qual="morethan"),
     M(A, "lima kursi", N, "changed", 5),
     M(A, "lima provinsi", N, "provinces", 5),

     M(AP, "Monday", D, "court_day", "2021-12-27"),
     M(AP, "Oct. 10", D, "election", "2021-10-10"),
     M(AP, "Dec. 4", D, "suit_day", "2021-12-04"),
     M(AP, "17 seats", N, "fatah_seats", 17, FIN, fall=True),
     M(AP, "329-member", N, "assembly", 329),
     M(AP, "48", N, "fatah2018", 48),
     M(AP, "2018", D, "y2018", "2018"),
     M(AP, "73 seats", N, "sadr_seats", 73, FIN, fall=True),
     M(AP, "37", N, "taq_seats", 37, FIN, fall=True),
     M(AP, "Nov. 30", D, "final_day", "2021-11-30"),
     M(AP, "15 days", N, "convene", 15, cls="dur"),

     M(T, "Minggu (9/1/2022)", D, "session_day", "2022-01-09"),
     M(T, "200 suara", N, "speaker_ayes", 200),
     M(T, "14 suara", N, "rival_votes", 14),
     M(T, "14 surat suara", N, "invalid", 14),
     M(T, "228 anggota", N, "present", 228),
     M(T, "325 anggota", N, "sworn", 325),
     M(T, "September 2018", D, "speaker_since", "2018-09"),
     M(T, "11 Oktober 2021", D, "election", "2021-10-11", planted=True),
     M(T, "73 kursi", N, "sadr_seats", 73, FIN, fall=True),
     M(T, "329 kursi", N, "assembly", 329),
     M(T, "37 kursi", N, "taq_seats", 37, FIN, fall=True),
     M(T, "30 hari", N, "pres_deadline", 30, cls="dur"),
    ]
    build("iraq-election-2021", "Iraq's parliamentary election of Sunday 10 October 2021: the preliminary results "
          "of Monday 11 October (the Sadrist bloc 73 of 329 seats, up from 54 in 2018; turnout 41% against 44.5% in "
          "2018); the commission's figures after the manual recount on Saturday 16 October (Sadr 73, Taqaddum 37, "
          "State of Law 34, Fatah 17 against 48 in 2018, independents 40; turnout 43%, more than 9.6 million voters); "
          "the final results of Tuesday 30 November (Sadr 73, Taqaddum 37, State of Law 33, KDP 31, Fatah and the "
          "Kurdistan Alliance 17 each, Azm 14, independents 43; turnout 44%; five seats changed in five provinces); "
          "the Federal Supreme Court's ratification on Monday 27 December after Amiri's suit of 4 December; Halbousi "
          "re-elected speaker by 200 votes to 14 (14 invalid, 228 present) at the first session on Sunday 9 January "
          "2022", False, ms, names)


def morocco():
    R, W, B, K = "reuters-jun25", "mwn-jun26", "bisnis-jun27", "kontan-jun28"
    names = {
     "cut": "size of the cut", "rate": "the new key rate", "prev_rate": "the key rate before the decision",
     "pause": "meetings the rate was held", "infl24": "inflation forecast for 2024", "infl23": "inflation in 2023",
     "infl25": "inflation forecast for 2025", "core": "core inflation in the first five months",
     "core_months": "months of the core inflation average", "growth24": "growth forecast for 2024",
     "growth23": "growth in 2023", "growth25": "growth forecast for 2025", "cad24": "current account deficit forecast for 2024",
     "cad23": "current account deficit in 2023", "reserves": "reserves at the end of 2024 (billion dirhams)",
     "reserves_usd": "reserves at the end of 2024 (billion dollars)", "cover": "months of imports covered",
     "def24": "budget deficit forecast for 2024", "def25": "budget deficit forecast for 2025",
     "hikes": "rate increases before the pause", "hikes_total": "total of the increases",
     # dates
     "decision": "day of the decision", "presser": "day of the governor's news conference",
     "y2023": "the year 2023", "y2024": "the year 2024", "y2025": "the year 2025",
    }
    ms = [
     M(R, "25 basis points", N, "cut", 25, cls="bp"),
     M(R, "2.75%", N, "rate", 2.75, cls="pct"),
     M(R, "Tuesday", D, "decision", "2024-06-25"),
     M(R, "3%", N, "prev_rate", 3, cls="pct"),
     M(R, "four meetings", N, "pause", 4),
     M(R, "1.5%", N, "infl24", 1.5, cls="pct"),
     M(R, "6.1%", N, "infl23", 6.1, cls="pct"),
     M(R, "2023", D, "y2023", "2023"),
     M(R, "2.5%", N, "infl25", 2.5, cls="pct"),
     M(R, "2.8%", N, "growth24", 2.8, cls="pct"),
     M(R, "3.4%", N, "growth23", 3.4, cls="pct"),
     M(R, "4.5%", N, "growth25", 4.5, cls="pct"),
     M(R, "2025", D, "y2025", "2025"),
     M(R, "1.7%", N, "cad24", 1.7, cls="pct"),
     M(R, "0.6%", N, "cad23", 0.6, cls="pct"),
     M(R, "382 billion dirhams", N, "reserves", 382, cls="mad"),
     M(R, "$38.4 billion", N, "reserves_usd", 38.4, cls="usd"),
     M(R, "5.5 months", N, "cover", 5.5, cls="dur"),
     M(R, "4.4%", N, "def24", 4.4, cls="pct"),
     M(R, "4.1%", N, "def25", 4.1, cls="pct"),
     M(R, "three times", N, "hikes", 3),
     M(R, "150 basis points", N, "hikes_total", 150, cls="bp"),
     M(R, "Tuesday", D, "presser", "2024-06-25", occ=2),

     M(W, "Tuesday, June 25", D, "decision", "2024-06-25"),
     M(W, "0.25 percentage point", N, "cut", 25, qual="unit", cls="bp"),
     M(W, "2.75%", N, "rate", 2.75, cls="pct"),
     M(W, "2024", D, "y2024", "2024"),
     M(W, "four consecutive meetings", N, "pause", 4),
     M(W, "3%", N, "prev_rate", 3, cls="pct"),
     M(W, "1.5%", N, "infl24", 1.5, cls="pct"),
     M(W, "6.1%", N, "infl23", 6.1, cls="pct"),
     M(W, "2023", D, "y2023", "2023"),
     M(W, "2.5%", N, "infl25", 2.5, cls="pct"),
     M(W, "2025", D, "y2025", "2025"),
     M(W, "2.1%", N, "core", 2.1, cls="pct"),
     M(W, "five months", N, "core_months", 5, cls="dur"),
     M(W, "2.8%", N, "growth24", 2.8, cls="pct"),
     M(W, "4.5%", N, "growth25", 4.5, cls="pct"),
     M(W, "4.4%", N, "def24", 4.4, cls="pct"),
     M(W, "4.1%", N, "def25", 4.1, cls="pct"),
     M(W, "382 billion dirhams", N, "reserves", 382, cls="mad"),
     M(W, "5.5 months", N, "cover", 5.5, cls="dur"),
     M(W, "1.7%", N, "cad24", 1.7, cls="pct"),

     M(B, "25 basis poin", N, "cut", 25, cls="bp"),
     M(B, "3%", N, "prev_rate", 3, cls="pct"),
     M(B, "2,75%", N, "rate", 2.75, cls="pct"),
     M(B, "Selasa (25/6/2024)", D, "decision", "2024-06-25"),
     M(B, "empat rapat", N, "pause", 4),
     M(B, "1,5%", N, "infl24", 1.5, cls="pct"),
     M(B, "6,1%", N, "infl23", 6.1, cls="pct"),
     M(B, "2,5%", N, "infl25", 2.5, cls="pct"),
     M(B, "2,8%", N, "growth24", 2.8, cls="pct"),
     M(B, "3,4%", N, "growth23", 3.4, cls="pct"),
     M(B, "4,5%", N, "growth25", 4.5, cls="pct"),
     M(B, "1,7%", N, "cad24", 1.7, cls="pct"),
     M(B, "0,6%", N, "cad23", 0.6, cls="pct"),
     M(B, "382 miliar dirham", N, "reserves", 382, cls="mad"),
     M(B, "US$38,4 miliar", N, "reserves_usd", 38.4, qual="approx", cls="usd"),
     M(B, "5,5 bulan", N, "cover", 5.5, cls="dur"),
     M(B, "4,4%", N, "def24", 4.4, cls="pct"),
     M(B, "4,1%", N, "def25", 4.1, cls="pct"),
     M(B, "tiga kali", N, "hikes", 3),
     M(B, "150 basis poin", N, "hikes_total", 150, cls="bp"),

     M(K, "0,25 poin persentase", N, "cut", 25, qual="unit", cls="bp"),
     M(K, "2,75 persen", N, "rate", 2.75, cls="pct"),
     M(K, "Selasa, 25 Juni 2024", D, "decision", "2024-06-25"),
     M(K, "empat rapat", N, "pause", 4),
     M(K, "3 persen", N, "prev_rate", 3, cls="pct"),
     M(K, "1,5 persen", N, "infl24", 1.5, cls="pct"),
     M(K, "6,1 persen", N, "infl23", 6.1, cls="pct"),
     M(K, "2,1 persen", N, "core", 2.1, cls="pct"),
     M(K, "lima bulan", N, "core_months", 5, cls="dur"),
     M(K, "2025", D, "y2025", "2025"),
     M(K, "2,5 persen", N, "infl25", 2.5, cls="pct"),
     M(K, "2,8 persen", N, "growth24", 2.8, cls="pct"),
     M(K, "4,5 persen", N, "growth25", 4.5, cls="pct"),
     M(K, "4,4 persen", N, "def24", 4.4, cls="pct"),
     M(K, "4,1 persen", N, "def25", 4.1, cls="pct"),
     M(K, "382 miliar dirham", N, "reserves", 382, cls="mad"),
     M(K, "5,5 bulan", N, "cover", 5.5, cls="dur"),
     M(K, "1,7 persen", N, "cad24", 1.7, cls="pct"),
     M(K, "0,6 persen", N, "cad23", 0.6, cls="pct"),
    ]
    build("morocco-rate-2024", "Bank Al-Maghrib's rate decision (control) of Tuesday 25 June 2024: the key rate cut "
          "25 basis points from 3% to 2.75% after four meetings on hold (three increases of 150 basis points in all "
          "before the pause); inflation forecast at 1.5% for 2024 (6.1% in 2023) and 2.5% for 2025, core inflation "
          "2.1% over the first five months; growth 2.8% in 2024 (3.4% in 2023) and 4.5% in 2025; the current "
          "account deficit 1.7% of GDP (0.6% in 2023); reserves of 382 billion dirhams ($38.4 billion), 5.5 months "
          "of imports; the budget deficit 4.4% of GDP in 2024 and 4.1% in 2025. Zero conflicts expected.", True, ms,
          names)


if __name__ == "__main__":
    kermanshah()
    iraq()
    morocco()
