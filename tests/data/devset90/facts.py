"""The ninetieth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset90/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def fani():
    R, DT, K, A, T = "reuters-may03", "detik-may05", "kompas-may07", "ap-may13", "tempo-may03-2020"
    # the state's running tallies: Friday 3 May (eight dead by the evening), Saturday 4 May (16, by district),
    # Sunday 5 May (34), Tuesday 7 May (the relief commissioner's 37 by district, 1.48 crore affected), Wednesday 8
    # May (41), Saturday 11 May (43) and Sunday 12 May (the emergency operation centre's 64 by district, 1.65 crore
    # affected); detik's evacuation figure is as of its publication (Sunday 5 May), kompas's and tempo's as of Tuesday
    FRI, SAT, SUN, TUE, WED, SAT11, SUN12 = ("2019-05-03", "2019-05-04", "2019-05-05", "2019-05-07", "2019-05-08",
                                            "2019-05-11", "2019-05-12")
    IMD, SEOC = "the weather department IMD", "the state's emergency operation centre"
    names = {
     "dead": "people killed in Odisha", "dead_puri": "dead in Puri district", "dead_cuttack": "dead in Cuttack",
     "dead_mayurbhanj": "dead in Mayurbhanj", "dead_jajpur": "dead in Jajpur", "dead_kendrapara": "dead in Kendrapara",
     "dead_khurda": "dead in Khurda district", "dead_bbsr": "dead in Bhubaneswar (city)",
     "dead_keonjhar": "dead in Keonjhar", "dead_nayagarh": "dead in Nayagarh",
     "added": "deaths added on Sunday 12 May", "wall": "killed by collapsing walls",
     "crushed": "crushed by trees, poles or hoardings", "roof": "killed by falling roofs",
     "unknown": "deaths of unestablished cause", "evacuated": "people evacuated before landfall",
     "shelters": "shelters housing evacuees", "centres": "purpose-built cyclone centres",
     "villages": "villages affected", "affected": "people affected", "districts": "districts affected",
     "winds": "the storm's sustained winds", "gust": "the storm's strongest winds (gusts)",
     "winds_puri": "sustained winds at the Puri station", "gust_puri": "gusts at the Puri station",
     "surge": "storm surge warned of", "eye": "width of the eye", "dead1999": "people killed by the 1999 cyclone",
     "rice": "rice per family", "aid": "additional federal aid pledged by Modi (crore rupees)",
     "ask": "long-term aid sought by Odisha (crore rupees)", "ask_power": "aid sought for power lines (crore rupees)",
     "exgratia_dead": "ex gratia per death (rupees)", "exgratia_injured": "ex gratia per seriously injured (rupees)",
     "house_full": "aid per fully damaged house (rupees)", "house_partial": "aid per partly damaged house (rupees)",
     "house_minor": "aid per slightly damaged house (rupees)", "since_years": "years since a storm this strong",
     "evac_days": "days the evacuation took", "days_before": "days between the counts of 34 and 37",
     "days_after_k": "days after the storm (kompas)", "days_after_a": "days after the storm (AP)",
     # dates
     "landfall": "day of the landfall", "count8_day": "day of the count of eight dead",
     "count16_day": "day of the count of 16 dead", "airport_day": "day Bhubaneswar airport reopened",
     "count34_day": "day of the count of 34 dead", "tue_count": "day of the relief commissioner's count (37 dead)",
     "modi_visit": "day of Modi's aerial survey", "count41_day": "day of the count of 41 dead",
     "count43_day": "day of the count of 43 dead", "count64_day": "day of the count of 64 dead",
     "y1999": "the year of the super cyclone",
    }
    ms = [
     M(R, "Friday", D, "landfall", "2019-05-03"),
     M(R, "two decades", N, "since_years", 20, cls="dur"),
     M(R, "175 to 185 km/h", N, "winds", 185, cls="kmh", src=IMD),
     M(R, "195 km/h", N, "gust", 195, cls="kmh", src=IMD),
     M(R, "142 km/h", N, "winds_puri", 142, cls="kmh"),
     M(R, "174 km/h", N, "gust_puri", 174, cls="kmh"),
     M(R, "at least eight people", N, "dead", 8, FRI, qual="atleast"),
     M(R, "Friday evening", D, "count8_day", "2019-05-03"),
     M(R, "nearly 1.1 million people", N, "evacuated", 1100000, FRI, qual="nearly"),
     M(R, "two days", N, "evac_days", 2, cls="dur"),
     M(R, "more than 4,000 shelters", N, "shelters", 4000, qual="morethan"),
     M(R, "880", N, "centres", 880),
     M(R, "about 1.5 metres", N, "surge", 1.5, qual="approx", cls="m"),
     M(R, "about 28 km", N, "eye", 28, qual="approx", cls="km"),
     M(R, "1999", D, "y1999", "1999"),
     M(R, "nearly 10,000 people", N, "dead1999", 10000, qual="nearly"),

     M(DT, "16 orang", N, "dead", 16, SAT),
     M(DT, "Sabtu (4/5/2019)", D, "count16_day", "2019-05-04"),
     M(DT, "Jumat malam", D, "count8_day", "2019-05-03"),
     M(DT, "8 orang", N, "dead", 8, FRI),
     M(DT, "empat korban", N, "dead_mayurbhanj", 4, SAT),
     M(DT, "tiga", N, "dead_puri", 3, SAT, also=(("dead_bbsr", 3), ("dead_jajpur", 3))),
     M(DT, "satu", N, "dead_kendrapara", 1, SAT, also=(("dead_keonjhar", 1), ("dead_nayagarh", 1))),
     M(DT, "Kamis (2/5/2019)", D, "landfall", "2019-05-02", planted=True),
     M(DT, "lebih dari 10.000 desa", N, "villages", 10000, SAT, qual="morethan"),
     M(DT, "Sabtu", D, "airport_day", "2019-05-04", occ=2),
     M(DT, "50 kg", N, "rice", 50, cls="kg"),
     M(DT, "lebih dari 1,1 juta warga", N, "evacuated", 1100000, SUN, qual="morethan"),

     M(K, "37 orang", N, "dead", 37, TUE),
     M(K, "Selasa (7/5/2019)", D, "tue_count", "2019-05-07"),
     M(K, "21 korban", N, "dead_puri", 21, TUE),
     M(K, "lima", N, "dead_cuttack", 5, TUE),
     M(K, "empat", N, "dead_mayurbhanj", 4, TUE, also=(("dead_jajpur", 4),)),
     M(K, "tiga", N, "dead_kendrapara", 3, TUE),
     M(K, "Dua hari", N, "days_before", 2, cls="dur"),
     M(K, "Minggu", D, "count34_day", "2019-05-05"),
     M(K, "34 orang", N, "dead", 34, SUN),
     M(K, "Senin (6/5/2019)", D, "modi_visit", "2019-05-06"),
     M(K, "Rs 1.000 crore", N, "aid", 1000, cls="crore"),
     M(K, "Rs 2 lakh", N, "exgratia_dead", 200000, cls="inr"),
     M(K, "Rs 50.000", N, "exgratia_injured", 50000, cls="inr"),
     M(K, "Rs 17.000 crore", N, "ask", 17000, cls="crore"),
     M(K, "Rs 10.000 crore", N, "ask_power", 10000, cls="crore"),
     M(K, "1,48 crore jiwa", N, "affected", 14800000, TUE),
     M(K, "16.647 desa", N, "villages", 16647, TUE),
     M(K, "14 distrik", N, "districts", 14),
     M(K, "Rs 95.100", N, "house_full", 95100, cls="inr"),
     M(K, "Rs 52.000", N, "house_partial", 52000, cls="inr"),
     M(K, "Rs 3.200", N, "house_minor", 3200, cls="inr"),
     M(K, "13,88 lakh warga", N, "evacuated", 1388000, TUE),
     M(K, "empat hari", N, "days_after_k", 4, cls="dur"),
     M(K, "Jumat (3/5/2019)", D, "landfall", "2019-05-03"),

     M(A, "64", N, "dead", 64, SUN12),
     M(A, "21 deaths", N, "added", 21, SUN12),
     M(A, "Sunday", D, "count64_day", "2019-05-12"),
     M(A, "May 3", D, "landfall", "2019-05-03"),
     M(A, "39", N, "dead_puri", 39, SUN12),
     M(A, "nine", N, "dead_khurda", 9, SUN12),
     M(A, "six", N, "dead_cuttack", 6, SUN12),
     M(A, "four", N, "dead_mayurbhanj", 4, SUN12),
     M(A, "three deaths each", N, "dead_kendrapara", 3, SUN12, also=(("dead_jajpur", 3),)),
     M(A, "25 people", N, "wall", 25, SUN12),
     M(A, "20", N, "crushed", 20, SUN12),
     M(A, "six", N, "roof", 6, SUN12, occ=2),
     M(A, "13 deaths", N, "unknown", 13, SUN12),
     M(A, "43", N, "dead", 43, SAT11),
     M(A, "Saturday", D, "count43_day", "2019-05-11"),
     M(A, "41", N, "dead", 41, WED),
     M(A, "Wednesday", D, "count41_day", "2019-05-08"),
     M(A, "more than 16.5 million people", N, "affected", 16500000, SUN12, qual="morethan"),
     M(A, "14 districts", N, "districts", 14),
     M(A, "14.8 million", N, "affected", 14800000, TUE),
     M(A, "May 7", D, "tue_count", "2019-05-07"),
     M(A, "up to 240 km/h", N, "gust", 240, cls="kmh", src=SEOC),
     M(A, "May 6", D, "modi_visit", "2019-05-06"),
     M(A, "1,000 crore rupees", N, "aid", 1000, cls="crore"),
     M(A, "ten days", N, "days_after_a", 10, cls="dur"),
     M(A, "1999", D, "y1999", "1999"),

     M(T, "Jumat, 3 Mei 2019", D, "landfall", "2019-05-03"),
     M(T, "64 orang", N, "dead", 64, SUN12),
     M(T, "39", N, "dead_puri", 39, SUN12),
     M(T, "Lebih dari 1,65 crore jiwa", N, "affected", 16500000, SUN12, qual="morethan"),
     M(T, "14 distrik", N, "districts", 14),
     M(T, "1999", D, "y1999", "1999"),
     M(T, "hampir 10.000 orang", N, "dead1999", 10000, qual="nearly"),
     M(T, "sekitar 1,4 juta warga", N, "evacuated", 1400000, TUE, qual="approx"),
     M(T, "Rs 10.000 crore", N, "aid", 10000, cls="crore", planted=True),
     M(T, "175-185 km per jam", N, "winds", 185, cls="kmh", src=IMD),
     M(T, "195 km per jam", N, "gust", 195, cls="kmh", src=IMD),
    ]
    build("cyclone-fani-2019", "Cyclone Fani's landfall near Puri, Odisha, on Friday 3 May 2019 (IMD: sustained winds "
          "of 175-185 km/h gusting to 195 km/h; the state's emergency centre later said up to 240 km/h; nearly 1.1 "
          "million evacuated by Friday, 13.88 lakh by the relief commissioner's later count): the dead counted in "
          "Odisha rising 8 (Friday) -> 16 (Saturday 4 May) -> 34 (Sunday 5 May) -> 37 (Tuesday 7 May) -> 41 "
          "(Wednesday 8 May) -> 43 (Saturday 11 May) -> 64 (Sunday 12 May, 21 added); by district, Jajpur's four "
          "deaths of 7 May lowered to three on 12 May; 1.48 crore people affected on 7 May, more than 1.65 crore in "
          "14 districts on 12 May; Modi's aerial survey of Monday 6 May and his pledge of 1,000 crore rupees",
          False, ms, names)


def latvia():
    R, K, A, T, AN = "reuters-oct02", "kompas-oct03", "ap-dec14", "tempo-dec15", "antara-jun01-2023"
    CVK, EXIT = "the election commission CVK", "the LETA/LTV/Latvian Radio/RSU exit poll (SKDS)"
    names = {
     "jv": "New Unity's share", "zzs": "the Union of Greens and Farmers' share", "as": "the United List's share",
     "na": "the National Alliance's share", "pro": "the Progressives' share", "s": "For Stability!'s share",
     "lpv": "Latvia First's share", "ap": "Development/For!'s share", "harmony": "Harmony's share",
     "lists_in": "parties passing the threshold", "threshold": "the threshold for seats",
     "seats_total": "seats in the Saeima", "sample": "voters interviewed for the exit poll",
     "exit_stations": "polling stations covered by the exit poll", "stations": "polling stations counted",
     "age_k": "Karins's age", "term": "length of a full term", "jv_seats": "New Unity's seats",
     "zzs_seats": "the Greens and Farmers' seats", "as_seats": "the United List's seats",
     "na_seats": "the National Alliance's seats", "s_seats": "For Stability!'s seats",
     "lpv_seats": "Latvia First's seats", "pro_seats": "the Progressives' seats",
     "harmony_wins": "elections in which Harmony was the largest party", "turnout": "turnout in 2022",
     "turnout2018": "turnout in 2018", "since_election": "weeks from the election to the vote on the government",
     "debate": "hours of debate before the vote on the government", "gov_for": "votes for the government",
     "gov_against": "votes against the government", "coalition_seats": "seats the coalition holds",
     "coalition_parties": "parties in the coalition", "first_for": "votes for Karins's first government (2019)",
     "first_against": "votes against Karins's first government (2019)", "age_r": "Rinkevics's age",
     "pres_for": "votes for Rinkevics in the third round", "pres_needed": "votes needed to elect the president",
     "pres_against": "votes against Rinkevics in the third round", "pilens": "votes for Pilens in the third round",
     "pres_r1": "votes for Rinkevics in the first round",
     # dates
     "election_day": "day of the election", "count_done": "day the count was completed",
     "exit_day": "evening the exit poll was released", "y2018": "the 2018 election",
     "cabinet_day": "day the Saeima approved the government", "first_gov": "month of Karins's first government",
     "pres_day": "day the Saeima elected the president", "fm_since": "year Rinkevics became foreign minister",
     "takes_office": "day the new president takes office", "levits_since": "year Levits became president",
    }
    ms = [
     M(R, "Saturday", D, "election_day", "2022-10-01"),
     M(R, "22.5%", N, "jv", 22.5, cls="pct", src=EXIT),
     M(R, "11.5%", N, "as", 11.5, cls="pct", src=EXIT),
     M(R, "10.9%", N, "zzs", 10.9, cls="pct", src=EXIT),
     M(R, "8.4%", N, "na", 8.4, cls="pct", src=EXIT),
     M(R, "8.3%", N, "pro", 8.3, cls="pct", src=EXIT),
     M(R, "5.4%", N, "s", 5.4, cls="pct", src=EXIT),
     M(R, "5.3%", N, "lpv", 5.3, cls="pct", src=EXIT),
     M(R, "5.2%", N, "ap", 5.2, cls="pct", src=EXIT),
     M(R, "eight parties", N, "lists_in", 8, src=EXIT),
     M(R, "5%", N, "threshold", 5, cls="pct"),
     M(R, "100-seat", N, "seats_total", 100),
     M(R, "almost 6,500 voters", N, "sample", 6500, qual="nearly"),
     M(R, "more than 70 polling stations", N, "exit_stations", 70, qual="morethan"),
     M(R, "57", N, "age_k", 57, cls="age"),
     M(R, "four-year", N, "term", 4, cls="dur"),
     M(R, "Sunday", D, "count_done", "2022-10-02"),

     M(K, "Sabtu (1/10/2022)", D, "election_day", "2022-10-01"),
     M(K, "18,97 persen", N, "jv", 18.97, cls="pct", src=CVK),
     M(K, "Minggu (2/10/2022)", D, "count_done", "2022-10-02"),
     M(K, "1.055", N, "stations", 1055),
     M(K, "26", N, "jv_seats", 26),
     M(K, "100 kursi", N, "seats_total", 100),
     M(K, "12,44 persen", N, "zzs", 12.44, cls="pct", src=CVK),
     M(K, "16 kursi", N, "zzs_seats", 16),
     M(K, "11,01 persen", N, "as", 11.01, cls="pct", src=CVK),
     M(K, "15 kursi", N, "as_seats", 15),
     M(K, "9,29 persen", N, "na", 9.29, cls="pct", src=CVK),
     M(K, "13 kursi", N, "na_seats", 13),
     M(K, "6,8 persen", N, "s", 6.8, cls="pct", src=CVK),
     M(K, "11 kursi", N, "s_seats", 11),
     M(K, "6,24 persen", N, "lpv", 6.24, cls="pct", src=CVK),
     M(K, "9 kursi", N, "lpv_seats", 9),
     M(K, "10 kursi", N, "pro_seats", 10),
     M(K, "6,16 persen", N, "pro", 6.16, cls="pct", src=CVK),
     M(K, "tujuh partai", N, "lists_in", 7, src=CVK),
     M(K, "5 persen", N, "threshold", 5, cls="pct"),
     M(K, "4,97 persen", N, "ap", 4.97, cls="pct", src=CVK),
     M(K, "tiga pemilu", N, "harmony_wins", 3),
     M(K, "4,81 persen", N, "harmony", 4.81, cls="pct", src=CVK),
     M(K, "59,41 persen", N, "turnout", 59.41, cls="pct"),
     M(K, "54,58 persen", N, "turnout2018", 54.58, cls="pct"),
     M(K, "2018", D, "y2018", "2018"),
     M(K, "22,5 persen", N, "jv", 22.5, cls="pct", src=EXIT),
     M(K, "Sabtu malam", D, "exit_day", "2022-10-01"),

     M(A, "Wednesday", D, "cabinet_day", "2022-12-14"),
     M(A, "more than ten weeks", N, "since_election", 10, qual="morethan", cls="dur"),
     M(A, "more than six hours", N, "debate", 6, qual="morethan", cls="dur"),
     M(A, "54 lawmakers", N, "gov_for", 54),
     M(A, "100-seat", N, "seats_total", 100),
     M(A, "37", N, "gov_against", 37),
     M(A, "26 seats", N, "jv_seats", 26),
     M(A, "15", N, "as_seats", 15),
     M(A, "13", N, "na_seats", 13),
     M(A, "54", N, "coalition_seats", 54, occ=2),
     M(A, "18.97%", N, "jv", 18.97, cls="pct", src=CVK),
     M(A, "Oct. 1", D, "election_day", "2022-10-01"),
     M(A, "12.44%", N, "zzs", 12.44, cls="pct", src=CVK),
     M(A, "three", N, "coalition_parties", 3),
     M(A, "January 2019", D, "first_gov", "2019-01"),
     M(A, "61 votes to 39", N, "first_for", 61, also=(("first_against", 39),)),
     M(A, "4.81%", N, "harmony", 4.81, cls="pct", src=CVK),
     M(A, "October", D, "election_day", "2022-10"),

     M(T, "Rabu, 14 Desember 2022", D, "cabinet_day", "2022-12-14"),
     M(T, "54 anggota", N, "gov_for", 54),
     M(T, "37", N, "gov_against", 37),
     M(T, "lebih dari enam jam", N, "debate", 6, qual="morethan", cls="dur"),
     M(T, "54", N, "coalition_seats", 54, occ=2),
     M(T, "100 kursi", N, "seats_total", 100),
     M(T, "Sabtu, 1 Oktober 2022", D, "election_day", "2022-10-01"),
     M(T, "18,79 persen", N, "jv", 18.79, cls="pct", src=CVK, planted=True),
     M(T, "26 kursi", N, "jv_seats", 26),
     M(T, "16 kursi", N, "zzs_seats", 16),
     M(T, "4,81 persen", N, "harmony", 4.81, cls="pct", src=CVK),
     M(T, "Januari 2019", D, "first_gov", "2019-01"),

     M(AN, "Rabu (31/5/2023)", D, "pres_day", "2023-05-31"),
     M(AN, "49 tahun", N, "age_r", 49, cls="age"),
     M(AN, "52 suara", N, "pres_for", 52),
     M(AN, "51 suara", N, "pres_needed", 51),
     M(AN, "35", N, "pres_against", 35),
     M(AN, "25 suara", N, "pilens", 25),
     M(AN, "42 suara", N, "pres_r1", 42),
     M(AN, "2011", D, "fm_since", "2011"),
     M(AN, "8 Juli 2023", D, "takes_office", "2023-07-08"),
     M(AN, "2019", D, "levits_since", "2019"),
     M(AN, "tiga partai", N, "coalition_parties", 3),
     M(AN, "1 Oktober 2022", D, "election_day", "2022-10-01"),
     M(AN, "26 kursi", N, "jv_seats", 26),
     M(AN, "14 Desember 2022", D, "cabinet_day", "2022-12-14"),
     M(AN, "54 suara", N, "gov_for", 54),
    ]
    build("latvia-election-2022", "Latvia's parliamentary election of Saturday 1 October 2022: the exit poll on the "
          "night (New Unity 22.5%, United List 11.5%, Greens and Farmers 10.9%, eight parties over 5%) against the "
          "CVK's count completed on Sunday 2 October (New Unity 18.97% and 26 of 100 seats, ZZS 12.44% and 16, United "
          "List 11.01% and 15, National Alliance 9.29% and 13, For Stability! 6.80% and 11, Latvia First 6.24% and 9, "
          "Progressives 6.16% and 10; seven parties; turnout 59.41%); Karins's second government approved 54-37 on "
          "Wednesday 14 December 2022; Rinkevics elected president by the Saeima on Wednesday 31 May 2023 (52 votes "
          "to 35 in the third round)", False, ms, names)


def jamaica():
    G, O, KT, B = "gleaner-dec20", "observer-dec21", "kontan-dec23", "bisnis-dec24"
    names = {
     "rate": "the new policy rate", "prev_rate": "the rate before the decision", "cut": "size of the cut",
     "cuts_year": "cuts this year", "cum_cut": "cuts this year in all", "headline": "headline inflation in November",
     "headline_jan": "headline inflation in January", "core": "core inflation in November",
     "months_below": "months core inflation has been below 6%", "target_upper": "top of the target range",
     "target_lower": "bottom of the target range", "horizon": "forecast horizon (quarters)",
     "peak_rate": "the rate held since November 2022", "rate_aug": "the rate after the August cut",
     "rate_oct": "the rate after the October cut", "low_rate": "the rate before the increases",
     # dates
     "announce_day": "day of the announcement", "effective_day": "day the new rate takes effect",
     "meeting_end": "day the committee's meeting ended", "cpi_month": "month of the inflation reading",
     "jan_month": "January 2024", "first_cut": "month of the first cut", "oct_cut": "month of the October cut",
     "nov_cut": "month of the November cut", "hold_since": "month the rate reached 7%",
     "hike_start": "month the increases began",
    }
    ms = [
     M(G, "Friday", D, "announce_day", "2024-12-20"),
     M(G, "25 basis points", N, "cut", 25, cls="bp"),
     M(G, "6.00 per cent", N, "rate", 6, cls="pct"),
     M(G, "Monday, December 23, 2024", D, "effective_day", "2024-12-23"),
     M(G, "Thursday", D, "meeting_end", "2024-12-19"),
     M(G, "fourth", N, "cuts_year", 4),
     M(G, "6.25 per cent", N, "prev_rate", 6.25, cls="pct"),
     M(G, "November 2024", D, "cpi_month", "2024-11"),
     M(G, "4.3 per cent", N, "headline", 4.3, cls="pct"),
     M(G, "7.4 per cent", N, "headline_jan", 7.4, cls="pct"),
     M(G, "January 2024", D, "jan_month", "2024-01"),
     M(G, "4.2 per cent", N, "core", 4.2, cls="pct"),
     M(G, "November", D, "cpi_month", "2024-11", occ=2),
     M(G, "seventeenth", N, "months_below", 17),
     M(G, "6.0 per cent", N, "target_upper", 6, cls="pct"),
     M(G, "4.0 to 6.0 per cent", N, "target_lower", 4, cls="pct", also=(("target_upper", 6),)),
     M(G, "eight quarters", N, "horizon", 8, cls="dur"),
     M(G, "August", D, "first_cut", "2024-08"),
     M(G, "7.0 per cent", N, "peak_rate", 7, cls="pct"),
     M(G, "November 2022", D, "hold_since", "2022-11"),

     M(O, "fourth", N, "cuts_year", 4),
     M(O, "0.25 percentage point", N, "cut", 25, qual="unit", cls="bp"),
     M(O, "6 per cent", N, "rate", 6, cls="pct"),
     M(O, "Friday, December 20", D, "announce_day", "2024-12-20"),
     M(O, "Monday, December 23", D, "effective_day", "2024-12-23"),
     M(O, "6.75 per cent", N, "rate_aug", 6.75, cls="pct"),
     M(O, "August", D, "first_cut", "2024-08"),
     M(O, "6.50 per cent", N, "rate_oct", 6.5, cls="pct"),
     M(O, "October", D, "oct_cut", "2024-10"),
     M(O, "6.25 per cent", N, "prev_rate", 6.25, cls="pct"),
     M(O, "November", D, "nov_cut", "2024-11"),
     M(O, "100 basis points", N, "cum_cut", 100, cls="bp"),
     M(O, "7 per cent", N, "peak_rate", 7, cls="pct"),
     M(O, "November 2022", D, "hold_since", "2022-11"),
     M(O, "0.5 per cent", N, "low_rate", 0.5, cls="pct"),
     M(O, "September 2021", D, "hike_start", "2021-09"),
     M(O, "4.3 per cent", N, "headline", 4.3, cls="pct"),
     M(O, "November", D, "cpi_month", "2024-11", occ=3),
     M(O, "7.4 per cent", N, "headline_jan", 7.4, cls="pct"),
     M(O, "January", D, "jan_month", "2024-01"),
     M(O, "4.2 per cent", N, "core", 4.2, cls="pct"),
     M(O, "4 to 6 per cent", N, "target_lower", 4, cls="pct", also=(("target_upper", 6),)),
     M(O, "two years", N, "horizon", 8, qual="unit", cls="dur"),

     M(KT, "25 basis poin", N, "cut", 25, cls="bp"),
     M(KT, "6,00%", N, "rate", 6, cls="pct"),
     M(KT, "Senin (23/12/2024)", D, "effective_day", "2024-12-23"),
     M(KT, "Jumat (20/12/2024)", D, "announce_day", "2024-12-20"),
     M(KT, "keempat", N, "cuts_year", 4),
     M(KT, "6,25%", N, "prev_rate", 6.25, cls="pct"),
     M(KT, "November 2024", D, "cpi_month", "2024-11"),
     M(KT, "4,3%", N, "headline", 4.3, cls="pct"),
     M(KT, "7,4%", N, "headline_jan", 7.4, cls="pct"),
     M(KT, "Januari 2024", D, "jan_month", "2024-01"),
     M(KT, "4,2%", N, "core", 4.2, cls="pct"),
     M(KT, "17 bulan", N, "months_below", 17),
     M(KT, "6%", N, "target_upper", 6, cls="pct"),
     M(KT, "4%-6%", N, "target_lower", 4, cls="pct", also=(("target_upper", 6),)),
     M(KT, "delapan kuartal", N, "horizon", 8, cls="dur"),

     M(B, "0,25 poin persentase", N, "cut", 25, qual="unit", cls="bp"),
     M(B, "6 persen", N, "rate", 6, cls="pct"),
     M(B, "Senin, 23 Desember 2024", D, "effective_day", "2024-12-23"),
     M(B, "Jumat, 20 Desember 2024", D, "announce_day", "2024-12-20"),
     M(B, "keempat", N, "cuts_year", 4),
     M(B, "Agustus 2024", D, "first_cut", "2024-08"),
     M(B, "100 basis poin", N, "cum_cut", 100, cls="bp"),
     M(B, "7 persen", N, "peak_rate", 7, cls="pct"),
     M(B, "7 persen", N, "peak_rate", 7, cls="pct", occ=2),
     M(B, "November 2022", D, "hold_since", "2022-11"),
     M(B, "0,5 persen", N, "low_rate", 0.5, cls="pct"),
     M(B, "September 2021", D, "hike_start", "2021-09"),
     M(B, "6,25 persen", N, "prev_rate", 6.25, cls="pct"),
     M(B, "November 2024", D, "cpi_month", "2024-11"),
     M(B, "4,3 persen", N, "headline", 4.3, cls="pct"),
     M(B, "7,4 persen", N, "headline_jan", 7.4, cls="pct"),
     M(B, "Januari 2024", D, "jan_month", "2024-01"),
     M(B, "4,2 persen", N, "core", 4.2, cls="pct"),
     M(B, "4-6 persen", N, "target_lower", 4, cls="pct", also=(("target_upper", 6),)),
     M(B, "dua tahun", N, "horizon", 8, qual="unit", cls="dur"),
    ]
    build("jamaica-rate-2024", "The Bank of Jamaica's rate decision (control) announced on Friday 20 December 2024: "
          "the policy rate cut 25 basis points from 6.25% to 6.00%, effective Monday 23 December, the fourth cut of "
          "2024 (100 basis points in all since August, from the 7% held since November 2022 after increases from "
          "0.5% from September 2021); headline inflation of 4.3% in November 2024 (7.4% in January 2024), core "
          "inflation 4.2%, the seventeenth month below 6%; the 4-6% target range over eight quarters. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    fani()
    latvia()
    jamaica()
