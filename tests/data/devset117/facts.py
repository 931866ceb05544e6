"""The hundred-and-seventeenth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset117/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def chamoli():
    R, K, DT, AP, T = "reuters-feb09", "kompas-feb10", "detik-feb15", "ap-feb21", "tempo-mar02"
    # the state's running tallies: Monday 8 February in the evening, Tuesday 9, Wednesday 10, Monday 15 (the day the
    # count of 53 was given), Thursday 18 and Saturday 20 February at night, Sunday 21 (the district magistrate's
    # figures) and Monday 22 February (the notification); the missing fall as bodies are found
    MON8, TUE9, WED10, MON15, THU18, SAT20, SUN21, MON22 = (
        "2021-02-08T19", "2021-02-09", "2021-02-10", "2021-02-15", "2021-02-18", "2021-02-20T23", "2021-02-21",
        "2021-02-22")
    STATE, POLICE = "the state government", "the state's police chief"
    names = {
     "dead": "people dead (bodies recovered)", "missing": "people missing",
     "rishiganga_mw": "the Rishiganga plant's capacity", "tapovan_mw": "the Tapovan-Vishnugad project's capacity",
     "rescued12": "workers rescued alive from the smaller tunnel", "trapped": "workers believed trapped in the tunnel",
     "tunnel_len": "length of the tunnel", "tunnel_reach": "distance cleared into the tunnel",
     "altitude": "altitude of the landslide", "avalanche_area": "area of the avalanche",
     "ex_gratia": "the state's payment per victim (lakh rupees)", "itbp": "ITBP personnel deployed",
     "ndrf_teams": "NDRF teams deployed", "army_teams": "army teams deployed", "navy_teams": "navy teams deployed",
     "helicopters": "air force helicopters deployed", "tunnel_bodies": "bodies found in the tunnel",
     "first_two": "first bodies brought out of the tunnel", "airlifted": "stranded people flown home",
     "ration_kits": "ration kits handed out", "patients": "patients treated in medical camps",
     "bodies_sat": "bodies recovered on Saturday 20 February", "tank_bodies": "bodies found in the settling tank",
     "identified": "bodies identified", "body_parts": "body parts recovered",
     "missing_total": "people reported missing in all", "years_rule": "years before the missing are usually declared dead",
     "sdrf_personnel": "SDRF personnel searching the river", "sdrf_teams": "SDRF teams searching the river",
     "bridges": "bridges washed away",
     # dates
     "flood_day": "day of the flood", "count26_day": "day of the count of 26",
     "rescue12_day": "day the 12 workers were rescued", "kumar_day": "day of the police chief's statement",
     "rawat_visit": "day of the chief minister's visit", "count32_day": "day of the count of 32",
     "count31_day": "day of the count of 31", "shah_day": "day of the home minister's statement to parliament",
     "count53_day": "day of the count of 53", "first_bodies_day": "day the first bodies came out of the tunnel",
     "report67_day": "day the count of 67 was given", "bodies_day": "day the five bodies were recovered",
     "search15_day": "the search's fifteenth day", "count60_day": "day of the count of 60",
     "notify_day": "day of the notification", "act_year": "year of the births and deaths act",
     "ident_day": "day of the count of 34 identified",
    }
    ms = [
     M(R, "Monday", D, "count26_day", "2021-02-08"),
     M(R, "26 bodies", N, "dead", 26, MON8),
     M(R, "Sunday", D, "flood_day", "2021-02-07"),
     M(R, "197 people", N, "missing", 197, MON8, src=STATE, fall=True),
     M(R, "171 people", N, "missing", 171, MON8, src=POLICE, fall=True),
     M(R, "13.2 MW", N, "rishiganga_mw", 13.2, cls="mw"),
     M(R, "520 MW", N, "tapovan_mw", 520, cls="mw"),
     M(R, "Sunday", D, "rescue12_day", "2021-02-07", occ=2),
     M(R, "12 workers", N, "rescued12", 12),
     M(R, "At least 35", N, "trapped", 35, qual="atleast"),
     M(R, "1,900-metre", N, "tunnel_len", 1900, cls="m"),
     M(R, "Monday", D, "kumar_day", "2021-02-08", occ=2),
     M(R, "about 130 metres", N, "tunnel_reach", 130, MON8, qual="approx", cls="m"),
     M(R, "about 5,600 metres", N, "altitude", 5600, qual="approx", cls="m"),
     M(R, "14 square kilometres", N, "avalanche_area", 14, cls="km2"),
     M(R, "Sunday", D, "rawat_visit", "2021-02-07", occ=3),
     M(R, "4 lakh rupees", N, "ex_gratia", 4, cls="lakh"),

     M(K, "32 orang", N, "dead", 32, WED10),
     M(K, "Rabu (10/2/2021)", D, "count32_day", "2021-02-10"),
     M(K, "197 orang", N, "missing", 197, WED10, src=STATE, fall=True),
     M(K, "Minggu (8/2/2021)", D, "flood_day", "2021-02-08", planted=True),
     M(K, "Selasa (9/2/2021)", D, "count31_day", "2021-02-09"),
     M(K, "31 orang", N, "dead", 31, TUE9),
     M(K, "Selasa", D, "shah_day", "2021-02-09", occ=2),
     M(K, "450 personel", N, "itbp", 450),
     M(K, "lima tim", N, "ndrf_teams", 5),
     M(K, "delapan tim", N, "army_teams", 8),
     M(K, "satu tim", N, "navy_teams", 1),
     M(K, "lima helikopter", N, "helicopters", 5),
     M(K, "1.900 meter", N, "tunnel_len", 1900, cls="m"),
     M(K, "sekitar 35 pekerja", N, "trapped", 35, qual="approx"),
     M(K, "520 MW", N, "tapovan_mw", 520, cls="mw"),
     M(K, "13,2 MW", N, "rishiganga_mw", 13.2, cls="mw"),

     M(DT, "delapan jenazah", N, "tunnel_bodies", 8, MON15),
     M(DT, "53 orang", N, "dead", 53, MON15),
     M(DT, "Senin (15/2/2021)", D, "count53_day", "2021-02-15"),
     M(DT, "Dua jenazah pertama", N, "first_two", 2),
     M(DT, "Minggu (14/2/2021)", D, "first_bodies_day", "2021-02-14"),
     M(DT, "7 Februari", D, "flood_day", "2021-02-07"),
     M(DT, "lebih dari 150 orang", N, "missing", 150, MON15, qual="morethan", fall=True),
     M(DT, "sekitar 445 warga", N, "airlifted", 445, qual="approx"),
     M(DT, "Lebih dari 500 paket", N, "ration_kits", 500, qual="morethan"),
     M(DT, "998 pasien", N, "patients", 998),

     M(AP, "five more bodies", N, "bodies_sat", 5),
     M(AP, "Feb. 7", D, "flood_day", "2021-02-07"),
     M(AP, "67", N, "dead", 67, SAT20),
     M(AP, "Sunday", D, "report67_day", "2021-02-21"),
     M(AP, "three", N, "tank_bodies", 3),
     M(AP, "Saturday", D, "bodies_day", "2021-02-20"),
     M(AP, "137 people", N, "missing", 137, SAT20, fall=True),
     M(AP, "Sunday", D, "search15_day", "2021-02-21", occ=2),
     M(AP, "Thursday", D, "count60_day", "2021-02-18"),
     M(AP, "60", N, "dead", 60, THU18),
     M(AP, "145 people", N, "missing", 145, THU18, fall=True),
     M(AP, "Thirteen", N, "tunnel_bodies", 13, THU18),
     M(AP, "31", N, "identified", 31, THU18),
     M(AP, "27 body parts", N, "body_parts", 27, THU18),
     M(AP, "13.2-megawatt", N, "rishiganga_mw", 13.2, cls="mw"),
     M(AP, "Feb. 7", D, "flood_day", "2021-02-07", occ=2),

     M(T, "136 orang", N, "missing", 136, MON22, fall=True),
     M(T, "Senin (22/2/2021)", D, "notify_day", "2021-02-22"),
     M(T, "70 jenazah", N, "dead", 70, MON22),
     M(T, "29 bagian tubuh", N, "body_parts", 29, MON22),
     M(T, "206 orang", N, "missing_total", 206),
     M(T, "7 Februari", D, "flood_day", "2021-02-07"),
     M(T, "tujuh tahun", N, "years_rule", 7, cls="dur"),
     M(T, "1969", D, "act_year", "1969"),
     M(T, "34 jenazah", N, "identified", 34, SUN21),
     M(T, "Minggu (21/2/2021)", D, "ident_day", "2021-02-21"),
     M(T, "14", N, "tunnel_bodies", 14, SUN21),
     M(T, "sekitar 162 meter", N, "tunnel_reach", 162, SUN21, qual="approx", cls="m"),
     M(T, "Sekitar 70 personel", N, "sdrf_personnel", 70, qual="approx"),
     M(T, "12 tim", N, "sdrf_teams", 12),
     M(T, "lima jembatan", N, "bridges", 5),
    ]
    build("chamoli-flood-2021", "The Chamoli flood in Uttarakhand of Sunday 7 February 2021: the dead recovered "
          "26 (Monday 8 February; the state's 197 missing against the police chief's 171) -> 31 (Tuesday 9) -> 32 (Wednesday 10) -> 53 (Monday 15) -> 60 (Thursday 18) -> 67 "
          "(Saturday 20) -> 70 (Monday 22); the missing 197 -> more than 150 -> 145 -> 137 -> 136 as bodies were found (206 "
          "reported missing in all), the 136 to be declared dead; 12 workers rescued from "
          "a smaller tunnel, about 35 trapped in the 1,900-metre tunnel of NTPC's 520 MW Tapovan-Vishnugad project, "
          "the 13.2 MW Rishiganga plant destroyed; the forces deployed; bodies in the tunnel 8 -> 13 -> 14", False, ms, names)


def karnataka():
    R, K, A, H, TP = "reuters-may13", "kompas-may14", "antara-may21", "hindu-may28", "tempo-jul08"
    # the count of Saturday 13 May 2023 in stages: early (about 10 am), about 1 pm, mid-afternoon, 7:15 pm, and the
    # final result that night; seats won or leading and shares may move both ways while the count runs (fall=True)
    T10, T13, T15, T19, FIN = "2023-05-13T10", "2023-05-13T13", "2023-05-13T15", "2023-05-13T19", "2023-05-13T23"
    # turnout: the provisional data late on polling night (Wednesday 10 May) and the final figures of Thursday 11 May
    PROV, FINT = "2023-05-10T23", "2023-05-11"
    names = {
     "inc_seats": "Congress's seats (won or leading)", "inc_won": "Congress's seats declared won",
     "inc_leading": "seats Congress was still leading in", "assembly": "seats in the assembly",
     "majority": "seats needed for a majority", "bjp_seats": "the BJP's seats (won or leading)",
     "jds_seats": "the JD(S)'s seats (won or leading)", "others_seats": "seats of small parties and independents",
     "inc_share": "Congress's share of the vote", "bjp_share": "the BJP's share of the vote",
     "inc_share2018": "Congress's share in 2018", "inc_seats1989": "Congress's seats in 1989",
     "sidd_votes": "Siddaramaiah's votes in Varuna", "somanna_votes": "Somanna's votes in Varuna",
     "dks_votes": "Shivakumar's votes in Kanakapura", "ashok_votes": "Ashok's votes in Kanakapura",
     "bommai_margin": "Bommai's margin in Shiggaon", "turnout": "turnout", "chik_turnout": "turnout in Chikkaballapura district",
     "first_ministers": "ministers sworn in with the chief minister", "promises": "campaign promises approved",
     "new_ministers": "ministers sworn in on 27 May", "council_size": "the council of ministers' full strength",
     # dates
     "count_day": "day of the count", "poll_day": "day of the vote", "y2018": "the previous election",
     "y1989": "the year of Congress's previous best", "sworn_day": "day Siddaramaiah was sworn in",
     "term_start": "start of Siddaramaiah's first term", "term_end": "end of Siddaramaiah's first term",
     "pick_day": "day the party named Siddaramaiah", "expansion_day": "day of the cabinet expansion",
     "speaker_day": "day the Speaker was elected", "count_result_day": "day the results were declared",
     "bjp_since": "year the BJP took office", "budget_day": "day of the budget", "session_day": "day the budget session opened",
     "bommai_budget_month": "month of the previous government's budget",
     "budget": "the budget's outlay (crore rupees)", "budgets_count": "budgets Siddaramaiah has presented",
     "hegde_budgets": "budgets Hegde presented", "guarantees_cost": "yearly cost of the five promises (crore rupees)",
     "bommai_budget": "the previous government's budget (crore rupees)", "free_units": "free electricity units a month",
     "monthly_aid": "monthly aid to women heads of household (rupees)", "excise": "rise in the additional excise duty",
    }
    ms = [
     M(R, "Saturday", D, "count_day", "2023-05-13"),
     M(R, "131 seats", N, "inc_won", 131, T19),
     M(R, "224-member", N, "assembly", 224),
     M(R, "five more", N, "inc_leading", 5, T19, fall=True),
     M(R, "113", N, "majority", 113),
     M(R, "117 seats", N, "inc_seats", 117, T10, fall=True),
     M(R, "75", N, "bjp_seats", 75, T10, fall=True),
     M(R, "25", N, "jds_seats", 25, T10, fall=True),
     M(R, "132 seats", N, "inc_seats", 132, T13, fall=True),
     M(R, "66", N, "bjp_seats", 66, T13, fall=True),
     M(R, "about 43%", N, "inc_share", 43, T15, qual="approx", cls="pct", fall=True),
     M(R, "about 35%", N, "bjp_share", 35, T15, qual="approx", cls="pct", fall=True),
     M(R, "119,816 votes", N, "sidd_votes", 119816),
     M(R, "73,653", N, "somanna_votes", 73653),
     M(R, "Wednesday", D, "poll_day", "2023-05-10"),
     M(R, "73.19%", N, "turnout", 73.19, FINT, cls="pct"),
     M(R, "72.68%", N, "turnout", 72.68, PROV, cls="pct"),
     M(R, "85.83%", N, "chik_turnout", 85.83, PROV, cls="pct"),

     M(K, "135", N, "inc_seats", 135, FIN, fall=True, also=(("inc_won", 135),)),
     M(K, "224 kursi", N, "assembly", 224),
     M(K, "Sabtu (13/5/2023)", D, "count_day", "2023-05-13"),
     M(K, "66 kursi", N, "bjp_seats", 66, FIN, fall=True),
     M(K, "19 kursi", N, "jds_seats", 19, FIN, fall=True),
     M(K, "empat kursi", N, "others_seats", 4, FIN, fall=True),
     M(K, "42,9 persen", N, "inc_share", 42.9, FIN, cls="pct", fall=True),
     M(K, "38 persen", N, "inc_share2018", 38, cls="pct"),
     M(K, "2018", D, "y2018", "2018"),
     M(K, "sekitar 36 persen", N, "bjp_share", 36, FIN, qual="approx", cls="pct", fall=True),
     M(K, "113 kursi", N, "majority", 113),
     M(K, "1989", D, "y1989", "1989"),
     M(K, "178 kursi", N, "inc_seats1989", 178),
     M(K, "117 daerah pemilihan", N, "inc_seats", 117, T10, fall=True),
     M(K, "143.023 suara", N, "dks_votes", 143023),
     M(K, "19.753 suara", N, "ashok_votes", 19753),
     M(K, "35.978 suara", N, "bommai_margin", 35978),
     M(K, "Rabu (10/5/2023)", D, "poll_day", "2023-05-10"),
     M(K, "73,19 persen", N, "turnout", 73.19, FINT, cls="pct"),
     M(K, "85,56 persen", N, "chik_turnout", 85.56, FINT, cls="pct"),

     M(A, "Sabtu (20/5/2023)", D, "sworn_day", "2023-05-20"),
     M(A, "delapan menteri", N, "first_ministers", 8),
     M(A, "2013", D, "term_start", "2013"),
     M(A, "2018", D, "term_end", "2018"),
     M(A, "135 kursi", N, "inc_seats", 135, FIN, fall=True, also=(("inc_won", 135),)),
     M(A, "76 kursi", N, "bjp_seats", 76, FIN, fall=True, planted=True),
     M(A, "19 kursi", N, "jds_seats", 19, FIN, fall=True),
     M(A, "Kamis (18/5/2023)", D, "pick_day", "2023-05-18"),
     M(A, "lima janji", N, "promises", 5),
     M(A, "224 orang", N, "assembly", 224),
     M(A, "10 Mei", D, "poll_day", "2023-05-10"),
     M(A, "73,19 persen", N, "turnout", 73.19, FINT, cls="pct"),

     M(H, "Twenty-four", N, "new_ministers", 24),
     M(H, "Saturday", D, "expansion_day", "2023-05-27"),
     M(H, "34", N, "council_size", 34),
     M(H, "eight Ministers", N, "first_ministers", 8),
     M(H, "May 21", D, "sworn_day", "2023-05-21", planted=True),
     M(H, "Wednesday, May 24", D, "speaker_day", "2023-05-24"),
     M(H, "135", N, "inc_seats", 135, FIN, fall=True, also=(("inc_won", 135),)),
     M(H, "224 seats", N, "assembly", 224),
     M(H, "May 10", D, "poll_day", "2023-05-10"),
     M(H, "May 13", D, "count_day", "2023-05-13"),
     M(H, "2019", D, "bjp_since", "2019"),
     M(H, "66 seats", N, "bjp_seats", 66, FIN, fall=True),

     M(TP, "327.747 crore rupee", N, "budget", 327747, cls="crore"),
     M(TP, "Jumat (7/7/2023)", D, "budget_day", "2023-07-07"),
     M(TP, "ke-14", N, "budgets_count", 14),
     M(TP, "13 anggaran", N, "hegde_budgets", 13),
     M(TP, "sekitar 52.000 crore rupee", N, "guarantees_cost", 52000, qual="approx", cls="crore"),
     M(TP, "lima janji", N, "promises", 5),
     M(TP, "309.182 crore rupee", N, "bommai_budget", 309182, cls="crore"),
     M(TP, "Februari 2023", D, "bommai_budget_month", "2023-02"),
     M(TP, "200 unit", N, "free_units", 200),
     M(TP, "2.000 rupee", N, "monthly_aid", 2000, cls="rupee"),
     M(TP, "20 persen", N, "excise", 20, cls="pct"),
     M(TP, "135", N, "inc_seats", 135, FIN, fall=True, also=(("inc_won", 135),)),
     M(TP, "224 kursi", N, "assembly", 224),
     M(TP, "10 Mei", D, "poll_day", "2023-05-10"),
     M(TP, "66 kursi", N, "bjp_seats", 66, FIN, fall=True),
     M(TP, "Senin (3/7/2023)", D, "session_day", "2023-07-03"),
    ]
    build("karnataka-election-2023", "Karnataka's assembly election (vote on Wednesday 10 May 2023, count on Saturday "
          "13 May): the count in stages (Congress ahead in 117, then 132 seats, 131 won and 5 leading at 7:15 pm; the "
          "BJP 75 then 66; about 43% to about 35% of the vote) against the final result (Congress 135 of 224, 42.9%; "
          "BJP 66, about 36%; JD(S) 19; four others); turnout 72.68% provisional -> 73.19% final, Chikkaballapura "
          "district 85.83% provisional lowered to 85.56% (a revision); Siddaramaiah sworn in with eight ministers on "
          "Saturday 20 May, named on Thursday 18 May; U.T. Khader elected Speaker on Wednesday 24 May; 24 ministers "
          "sworn in on Saturday 27 May (full strength 34); the new government's budget of 327,747 crore rupees on Friday 7 "
          "July", False, ms, names)


def rbi():
    R, MT, B, K = "reuters-sep30", "mint-oct02", "bisnis-oct01", "kontan-oct03"
    names = {
     "hike": "size of the rise", "repo": "the new repo rate", "sdf": "the standing deposit facility rate",
     "msf": "the marginal standing facility rate and the bank rate", "cum": "rises since May",
     "hike_may": "size of May's rise", "hike_jun": "size of June's rise", "hike_aug": "size of August's rise",
     "gdp": "growth forecast for 2022-23", "gdp_prev": "the earlier growth forecast", "infl": "inflation projection for 2022-23",
     "gdp_q2": "growth forecast for July-September", "gdp_q3": "growth forecast for October-December",
     "gdp_q4": "growth forecast for January-March", "cpi_q2": "inflation forecast for July-September",
     "cpi_q3": "inflation forecast for October-December", "cpi_q4": "inflation forecast for January-March",
     "tolerance": "the upper end of the tolerance band", "fx": "foreign exchange reserves (billion dollars)",
     "rupee_fall": "the rupee's fall this year", "years_high": "years since the rate was this high",
     "crude": "assumed crude oil price (dollars a barrel)", "credit": "growth of bank credit",
     # dates
     "decision": "day of the decision", "tighten_start": "month of the first rise", "jun_hike": "month of June's rise",
     "aug_hike": "month of August's rise", "fy_end": "end of the fiscal year", "above_until": "month inflation stays above 6% until",
     "fx_day": "day of the reserves reading", "rupee_to": "end of the rupee's period", "next_meeting": "the next meeting",
     "prev_forecast": "month of the earlier forecast", "y2022": "the year 2022",
    }
    ms = [
     M(R, "50 basis points", N, "hike", 50, cls="bp"),
     M(R, "5.90%", N, "repo", 5.9, cls="pct"),
     M(R, "Friday", D, "decision", "2022-09-30"),
     M(R, "5.65%", N, "sdf", 5.65, cls="pct"),
     M(R, "6.15%", N, "msf", 6.15, cls="pct"),
     M(R, "190 basis points", N, "cum", 190, cls="bp"),
     M(R, "May", D, "tighten_start", "2022-05"),
     M(R, "40 basis point", N, "hike_may", 40, cls="bp"),
     M(R, "50 basis points", N, "hike_jun", 50, cls="bp", occ=2, also=(("hike_aug", 50),)),
     M(R, "June", D, "jun_hike", "2022-06"),
     M(R, "August", D, "aug_hike", "2022-08"),
     M(R, "March 2023", D, "fy_end", "2023-03"),
     M(R, "7%", N, "gdp", 7, cls="pct"),
     M(R, "7.2%", N, "gdp_prev", 7.2, cls="pct"),
     M(R, "6.7%", N, "infl", 6.7, cls="pct"),
     M(R, "6.3%", N, "gdp_q2", 6.3, cls="pct"),
     M(R, "4.6%", N, "gdp_q3", 4.6, cls="pct", also=(("gdp_q4", 4.6),)),
     M(R, "7.1%", N, "cpi_q2", 7.1, cls="pct"),
     M(R, "6.5%", N, "cpi_q3", 6.5, cls="pct"),
     M(R, "5.8%", N, "cpi_q4", 5.8, cls="pct"),
     M(R, "6%", N, "tolerance", 6, cls="pct"),
     M(R, "December", D, "above_until", "2022-12", occ=2),
     M(R, "$537.5 billion", N, "fx", 537.5, cls="usd_bn"),
     M(R, "Sept. 23", D, "fx_day", "2022-09-23"),
     M(R, "7.4%", N, "rupee_fall", 7.4, cls="pct"),
     M(R, "Sept. 28", D, "rupee_to", "2022-09-28"),
     M(R, "Dec. 5-7", D, "next_meeting", "2022-12-05"),

     M(MT, "Friday, September 30", D, "decision", "2022-09-30"),
     M(MT, "0.5 percentage point", N, "hike", 50, qual="unit", cls="bp"),
     M(MT, "5.9%", N, "repo", 5.9, cls="pct"),
     M(MT, "three years", N, "years_high", 3, cls="dur"),
     M(MT, "1.9 percentage points", N, "cum", 190, qual="unit", cls="bp"),
     M(MT, "May", D, "tighten_start", "2022-05"),
     M(MT, "40 basis point", N, "hike_may", 40, cls="bp"),
     M(MT, "5.65%", N, "sdf", 5.65, cls="pct"),
     M(MT, "6.15%", N, "msf", 6.15, cls="pct"),
     M(MT, "7.4%", N, "rupee_fall", 7.4, cls="pct"),
     M(MT, "2022", D, "y2022", "2022"),
     M(MT, "September 28", D, "rupee_to", "2022-09-28"),
     M(MT, "7%", N, "gdp", 7, cls="pct"),
     M(MT, "7.2%", N, "gdp_prev", 7.2, cls="pct"),
     M(MT, "August", D, "prev_forecast", "2022-08"),
     M(MT, "6.7%", N, "infl", 6.7, cls="pct"),
     M(MT, "5.8%", N, "cpi_q4", 5.8, cls="pct"),
     M(MT, "$100", N, "crude", 100, cls="usd"),
     M(MT, "16.2%", N, "credit", 16.2, cls="pct"),
     M(MT, "December 5-7", D, "next_meeting", "2022-12-05"),

     M(B, "50 basis poin", N, "hike", 50, cls="bp"),
     M(B, "5,90%", N, "repo", 5.9, cls="pct"),
     M(B, "Jumat (30/9/2022)", D, "decision", "2022-09-30"),
     M(B, "Mei", D, "tighten_start", "2022-05"),
     M(B, "5,65%", N, "sdf", 5.65, cls="pct"),
     M(B, "6,15%", N, "msf", 6.15, cls="pct"),
     M(B, "190 basis poin", N, "cum", 190, cls="bp"),
     M(B, "Mei", D, "tighten_start", "2022-05", occ=2),
     M(B, "40 basis poin", N, "hike_may", 40, cls="bp"),
     M(B, "Mei", D, "tighten_start", "2022-05", occ=3),
     M(B, "50 basis poin", N, "hike_jun", 50, cls="bp", occ=2, also=(("hike_aug", 50),)),
     M(B, "Juni", D, "jun_hike", "2022-06"),
     M(B, "Agustus", D, "aug_hike", "2022-08"),
     M(B, "7%", N, "gdp", 7, cls="pct"),
     M(B, "7,2%", N, "gdp_prev", 7.2, cls="pct"),
     M(B, "6,7%", N, "infl", 6.7, cls="pct"),
     M(B, "6,3%", N, "gdp_q2", 6.3, cls="pct"),
     M(B, "4,6%", N, "gdp_q3", 4.6, cls="pct", also=(("gdp_q4", 4.6),)),
     M(B, "6%", N, "tolerance", 6, cls="pct"),
     M(B, "Desember", D, "above_until", "2022-12"),
     M(B, "US$537,5 miliar", N, "fx", 537.5, cls="usd_bn"),
     M(B, "23 September", D, "fx_day", "2022-09-23"),
     M(B, "US$100", N, "crude", 100, cls="usd"),
     M(B, "5-7 Desember", D, "next_meeting", "2022-12-05"),

     M(K, "0,5 poin persentase", N, "hike", 50, qual="unit", cls="bp"),
     M(K, "5,9 persen", N, "repo", 5.9, cls="pct"),
     M(K, "Jumat, 30 September 2022", D, "decision", "2022-09-30"),
     M(K, "tiga tahun", N, "years_high", 3, cls="dur"),
     M(K, "Mei", D, "tighten_start", "2022-05"),
     M(K, "1,9 poin persentase", N, "cum", 190, qual="unit", cls="bp"),
     M(K, "5,65 persen", N, "sdf", 5.65, cls="pct"),
     M(K, "6,15 persen", N, "msf", 6.15, cls="pct"),
     M(K, "7 persen", N, "gdp", 7, cls="pct"),
     M(K, "7,2 persen", N, "gdp_prev", 7.2, cls="pct"),
     M(K, "6,7 persen", N, "infl", 6.7, cls="pct"),
     M(K, "7,1 persen", N, "cpi_q2", 7.1, cls="pct"),
     M(K, "6,5 persen", N, "cpi_q3", 6.5, cls="pct"),
     M(K, "7,4 persen", N, "rupee_fall", 7.4, cls="pct"),
     M(K, "28 September", D, "rupee_to", "2022-09-28"),
     M(K, "16,2 persen", N, "credit", 16.2, cls="pct"),
    ]
    build("rbi-hike-2022", "The Reserve Bank of India's rate decision (control) of Friday 30 September 2022: the "
          "repo rate raised 50 basis points to 5.90%, the fourth rise since May (40 basis points in May, 50 in June and "
          "August; 190 basis points in all); the standing deposit facility at 5.65%, the marginal standing facility and "
          "the bank rate at 6.15%; growth forecast for 2022-23 cut to 7% from 7.2%, inflation projection kept at 6.7%; "
          "quarterly forecasts; reserves of $537.5 billion on 23 September; the rupee down 7.4% this year to 28 "
          "September; next meeting on 5-7 December. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    chamoli()
    karnataka()
    rbi()
