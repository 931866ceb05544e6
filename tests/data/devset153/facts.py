"""The hundred-and-fifty-third development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset153/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def aricell():
    Y, K, T, H, P = "yonhap-jun24", "kompas-jun25", "detik-jun26", "koreaherald-jun27", "tempo-jul24"
    # as-of times: the afternoon briefing of Monday 24 June ("a"), the count late that day ("b"), then the days. The
    # fire authorities' count of Monday (its dead, and their breakdown) and the police's of Tuesday are two sources
    # (`sources` whatever their days); figures no text credits to either are set against both by their as-of times.
    # The dead and the dead by nationality do not fall: against uncredited later figures, Monday's 18 Chinese and 20
    # foreign dead are revisions. The missing and the injured may fall.
    FIRE, POL = "the fire authorities", "the police"
    AM, PM, J25, J26, J27, L24 = "2024-06-24a", "2024-06-24b", "2024-06-25", "2024-06-26", "2024-06-27", "2024-07-24"
    names = {
     "dead": "workers killed", "missing": "workers missing", "injured": "workers injured",
     "serious": "workers seriously injured", "foreign": "foreign workers killed", "chinese": "Chinese workers killed",
     "laos": "Laotian workers killed", "korean": "South Korean workers killed", "onduty": "workers on duty",
     "staff": "Aricell's employees on file", "searchers": "firefighters in Tuesday's search",
     "dogs": "rescue dogs", "booked": "Aricell officials booked", "identified": "victims identified",
     "cells": "battery cells stored", "km": "distance from Seoul (km)", "shares": "S-Connect's share fall",
     "plants": "battery plants to be inspected", "secs": "seconds for smoke to fill the floor",
     "loss": "Aricell's operating loss (won)", "revenue": "Aricell's revenue (won)", "days_after": "days since the fire",
     # dates
     "fire": "day of the fire", "day22": "day the toll stood at 22", "day23": "day the last missing worker was found",
     "founded": "year Aricell was founded", "raid": "day of the raids", "booking": "day the officials were booked",
     "status": "day of the identification report",
    }
    ms = [
     M(Y, "45 km", N, "km", 45, cls="km"),
     M(Y, "22 workers", N, "dead", 22, PM, src=FIRE),
     M(Y, "Monday", D, "fire", "2024-06-24"),
     M(Y, "one worker", N, "missing", 1, PM, fall=True),
     M(Y, "Eight people", N, "injured", 8, PM, fall=True),
     M(Y, "two of them", N, "serious", 2, PM, fall=True),
     M(Y, "22 dead", N, "dead", 22, PM, src=FIRE),
     M(Y, "20", N, "foreign", 20, PM, src=FIRE),
     M(Y, "18 Chinese", N, "chinese", 18, PM, src=FIRE),
     M(Y, "one Laotian", N, "laos", 1, PM, src=FIRE),
     M(Y, "two", N, "korean", 2, PM, src=FIRE, occ=2),
     M(Y, "23 workers", N, "missing", 23, AM, fall=True),
     M(Y, "35,000 battery cells", N, "cells", 35000, cls="cells"),
     M(Y, "Around 70 workers", N, "onduty", 70, qual="approx"),
     M(Y, "2020", D, "founded", "2020"),
     M(Y, "48 employees", N, "staff", 48),
     M(Y, "22.5%", N, "shares", 22.5, cls="pct"),

     M(K, "23 orang", N, "dead", 23, J25),
     M(K, "Selasa (25/6/2024)", D, "day23", "2024-06-25"),
     M(K, "100 petugas", N, "searchers", 100, qual="approx"),
     M(K, "dua anjing pelacak", N, "dogs", 2, cls="dogs"),
     M(K, "23 korban tewas", N, "dead", 23, J25, src=POL),
     M(K, "17 orang", N, "chinese", 17, J25, src=POL),
     M(K, "lima warga Korea Selatan", N, "korean", 5, J25, src=POL),
     M(K, "satu warga Laos", N, "laos", 1, J25, src=POL),
     M(K, "18 korban asal China", N, "chinese", 18, PM, src=FIRE),
     M(K, "dua warga Korea", N, "korean", 2, PM, src=FIRE),
     M(K, "Delapan pekerja", N, "injured", 8, J25, fall=True),
     M(K, "dua di antaranya", N, "serious", 2, J25, fall=True),
     M(K, "Senin (24/6/2024)", D, "fire", "2024-06-24"),
     M(K, "35.000 sel baterai", N, "cells", 35000, qual="approx", cls="cells"),
     M(K, "lima pejabat", N, "booked", 5),
     M(K, "45 kilometer", N, "km", 45, qual="approx", cls="km"),

     M(T, "Rabu (26/6/2024)", D, "raid", "2024-06-26"),
     M(T, "dua hari", N, "days_after", 2, cls="dur"),
     M(T, "23 pekerja", N, "dead", 23, J26),
     M(T, "Minggu (23/6/2024)", D, "fire", "2024-06-23", planted=True),
     M(T, "23 jenazah", N, "dead", 23, J26),
     M(T, "18 orang", N, "foreign", 18, J26),
     M(T, "17 warga China", N, "chinese", 17, J26),
     M(T, "satu warga Laos", N, "laos", 1, J26),
     M(T, "tiga korban", N, "identified", 3, J26),
     M(T, "Delapan orang", N, "injured", 8, J26, fall=True),
     M(T, "200 pabrik", N, "plants", 200, qual="approx", cls="plants"),

     M(H, "23 workers", N, "dead", 23, J27),
     M(H, "Monday", D, "fire", "2024-06-24"),
     M(H, "Thursday", D, "status", "2024-06-27"),
     M(H, "22", N, "dead", 22, PM),
     M(H, "Monday", D, "day22", "2024-06-24", occ=2),
     M(H, "Tuesday", D, "day23", "2024-06-25"),
     M(H, "17", N, "chinese", 17, J27, src=POL),
     M(H, "five", N, "korean", 5, J27, src=POL),
     M(H, "one", N, "laos", 1, J27, src=POL),
     M(H, "Eight workers", N, "injured", 8, J27, fall=True),
     M(H, "two of them", N, "serious", 2, J27, fall=True),
     M(H, "35,000 cells", N, "cells", 35000, qual="approx", cls="cells"),
     M(H, "15 seconds", N, "secs", 15, qual="approx", cls="dur"),
     M(H, "Tuesday", D, "booking", "2024-06-25", occ=2),
     M(H, "five Aricell officials", N, "booked", 5),
     M(H, "18 foreign workers", N, "foreign", 18, J27),
     M(H, "2.6 billion won", N, "loss", 2.6e9, cls="won"),
     M(H, "4.8 billion won", N, "revenue", 4.8e9, cls="won"),
     M(H, "200 battery plants", N, "plants", 200, qual="approx", cls="plants"),

     M(P, "Senin, 24 Juni 2024", D, "fire", "2024-06-24"),
     M(P, "23 pekerja", N, "dead", 23, L24),
     M(P, "delapan orang", N, "injured", 8, L24, fall=True),
     M(P, "23 korban tewas", N, "dead", 23, L24),
     M(P, "17 orang", N, "chinese", 17, L24),
     M(P, "lima warga Korea Selatan", N, "korean", 5, L24),
     M(P, "satu warga Laos", N, "laos", 1, L24),
     M(P, "35.000 sel baterai", N, "cells", 35000, qual="approx", cls="cells"),
     M(P, "lima pejabat", N, "booked", 5),
     M(P, "26 Juni 2024", D, "raid", "2024-06-26"),
     M(P, "ke-18 pekerja asing", N, "foreign", 18, L24),
    ]
    build("aricell-fire-2024", "The fire at Aricell's lithium battery plant in Hwaseong, South Korea (Monday 24 June "
          "2024, about 10.31 a.m.): 23 unaccounted for at the afternoon briefing, 22 dead (20 foreign: 18 Chinese and "
          "one Laotian; two South Korean), one missing, 8 injured (2 seriously) late on Monday; the last missing worker "
          "found on Tuesday 25 June: 23 dead (17 Chinese, 5 South Korean, 1 Laotian: the Chinese and the foreign dead "
          "lowered from Monday's count); five officials booked on Tuesday, raids on Wednesday 26 June; the figures "
          "recalled a month on", False, ms, names)


def taiwan():
    R, K, T, A, P = "reuters-may17", "kompas-may18", "tempo-may23", "antara-may25", "taipeitimes-jun24"
    # a vote's figures do not change with the day of the report; the court's ruling (24 May 2017), the legislature's
    # vote (Friday 17 May 2019), the president's signature (Wednesday 22 May) and the law's first day (Friday 24 May
    # 2019) are different events.
    names = {
     "ayes": "votes for the government's bill", "noes": "votes against the government's bill",
     "bills": "rival bills rejected", "deadline": "years the court gave the legislature",
     "ref_pct": "share of referendum voters for the Civil Code's definition", "seats": "seats in the legislature",
     "sign_gap": "days between the signature and the deadline", "interp": "the ruling's number",
     "couples": "couples registered on the first day",
     # dates
     "vote": "day of the legislature's vote", "ruling": "day of the court's ruling", "referendum": "month of the referendums",
     "campaign": "year of Tsai's campaign", "statement": "day of Tsai's statement", "effect": "day the law took effect",
     "sign": "day the president signed the law", "election": "month of the next presidential election",
     "since": "year Chi Chia-wei's campaign began",
    }
    ms = [
     M(R, "Friday", D, "vote", "2019-05-17"),
     M(R, "66 votes to 27", N, "ayes", 66, also={"noes": 27}),
     M(R, "May 24, 2017", D, "ruling", "2017-05-24"),
     M(R, "two years", N, "deadline", 2, cls="dur"),
     M(R, "two rival bills", N, "bills", 2),
     M(R, "November 2018", D, "referendum", "2018-11"),
     M(R, "more than 70%", N, "ref_pct", 70, qual="morethan", cls="pct"),
     M(R, "2016", D, "campaign", "2016"),
     M(R, "Friday", D, "statement", "2019-05-17", occ=2),
     M(R, "May 24", D, "effect", "2019-05-24", occ=2),
     M(R, "113-seat", N, "seats", 113),

     M(K, "Jumat (17/5/2019)", D, "vote", "2019-05-17"),
     M(K, "66 suara", N, "ayes", 66),
     M(K, "27 suara", N, "noes", 27),
     M(K, "Dua rancangan", N, "bills", 2),
     M(K, "24 Mei 2017", D, "ruling", "2017-05-24"),
     M(K, "dua tahun", N, "deadline", 2, cls="dur"),
     M(K, "Jumat (24/5/2019)", D, "effect", "2019-05-24"),
     M(K, "November 2018", D, "referendum", "2018-11"),
     M(K, "lebih dari 70 persen", N, "ref_pct", 70, qual="morethan", cls="pct"),
     M(K, "113 kursi", N, "seats", 113),

     M(T, "Rabu (22/5/2019)", D, "sign", "2019-05-22"),
     M(T, "dua hari", N, "sign_gap", 2, cls="dur"),
     M(T, "Kamis (16/5/2019)", D, "vote", "2019-05-16", planted=True),
     M(T, "66 suara berbanding 27", N, "ayes", 66, also={"noes": 27}),
     M(T, "Nomor 748", N, "interp", 748, cls="interp"),
     M(T, "24 Mei 2017", D, "ruling", "2017-05-24"),
     M(T, "dua tahun", N, "deadline", 2, cls="dur"),
     M(T, "Jumat (24/5/2019)", D, "effect", "2019-05-24"),
     M(T, "Januari 2020", D, "election", "2020-01"),

     M(A, "526 pasangan", N, "couples", 526),
     M(A, "Jumat (24/5/2019)", D, "effect", "2019-05-24"),
     M(A, "Jumat (17/5/2019)", D, "vote", "2019-05-17"),
     M(A, "66 suara", N, "ayes", 66),
     M(A, "72 menolak", N, "noes", 72, planted=True),
     M(A, "dua tahun", N, "deadline", 2, cls="dur"),
     M(A, "24 Mei 2017", D, "ruling", "2017-05-24"),
     M(A, "Rabu (22/5/2019)", D, "sign", "2019-05-22"),
     M(A, "1986", D, "since", "1986"),
     M(A, "November 2018", D, "referendum", "2018-11"),

     M(P, "May 24", D, "effect", "2019-05-24"),
     M(P, "526 same-sex couples", N, "couples", 526),
     M(P, "May 17", D, "vote", "2019-05-17"),
     M(P, "66 votes to 27", N, "ayes", 66, also={"noes": 27}),
     M(P, "two rival bills", N, "bills", 2),
     M(P, "May 24, 2017", D, "ruling", "2017-05-24"),
     M(P, "two years", N, "deadline", 2, cls="dur"),
     M(P, "May 22", D, "sign", "2019-05-22"),
     M(P, "two days", N, "sign_gap", 2, cls="dur"),
     M(P, "November 2018", D, "referendum", "2018-11"),
    ]
    build("taiwan-marriage-2019", "Taiwan's same-sex marriage law: the Constitutional Court's ruling of 24 May 2017 "
          "(Interpretation No. 748, two years for the legislature), the Legislative Yuan's vote of Friday 17 May 2019 "
          "for the government's bill, 66 to 27, President Tsai Ing-wen's signature on Wednesday 22 May and the law's "
          "first day, Friday 24 May 2019, when 526 couples registered; the figures recalled a month on", False, ms, names)


def bok():
    R, B, K, A = "reuters-jul13", "bisnis-jul14", "kontan-jul16", "antara-jul15"
    names = {
     "hike": "size of the increase", "rate": "the new base rate", "prev": "the base rate before",
     "cpi": "annual inflation in June", "total": "increases since August 2021", "low": "the record low rate",
     "analysts": "analysts expecting a half-point move", "polled": "analysts polled", "won": "the won's fall this year",
     "fed": "the Fed's June increase", "growth": "the earlier growth forecast", "years": "years since inflation was this fast",
     "exp_inf": "expected inflation", "horizon": "horizon of expected inflation (months)",
     "exp_years": "years since expected inflation was this high", "meetings": "meetings left this year",
     "may_hike": "size of the May increase", "yearend": "the rate expected at the year's end",
     # dates
     "decision": "day of the decision", "framework": "year the policy framework was adopted", "cpi_month": "month of the inflation figure",
     "cpi_high": "the last time inflation was this fast", "start": "month the tightening began",
     "highest": "the last time the rate was this high", "may": "month of the previous increase",
    }
    ms = [
     M(R, "50 basis points", N, "hike", 50, cls="bp"),
     M(R, "2.25%", N, "rate", 2.25, cls="pct"),
     M(R, "Wednesday", D, "decision", "2022-07-13"),
     M(R, "nearly 24 years", N, "years", 24, qual="nearly", cls="dur"),
     M(R, "1.75%", N, "prev", 1.75, cls="pct"),
     M(R, "1999", D, "framework", "1999"),
     M(R, "6.0%", N, "cpi", 6, cls="pct"),
     M(R, "June", D, "cpi_month", "2022-06"),
     M(R, "November 1998", D, "cpi_high", "1998-11"),
     M(R, "175 basis points", N, "total", 175, cls="bp"),
     M(R, "August 2021", D, "start", "2021-08"),
     M(R, "0.50%", N, "low", 0.5, cls="pct"),
     M(R, "27", N, "analysts", 27),
     M(R, "32 analysts", N, "polled", 32),
     M(R, "9.4%", N, "won", 9.4, qual="approx", cls="pct"),
     M(R, "75 basis points", N, "fed", 75, cls="bp"),
     M(R, "August 2014", D, "highest", "2014-08"),
     M(R, "2.7%", N, "growth", 2.7, cls="pct"),

     M(B, "50 basis poin", N, "hike", 50, cls="bp"),
     M(B, "1,75%", N, "prev", 1.75, cls="pct"),
     M(B, "2,25%", N, "rate", 2.25, cls="pct"),
     M(B, "Rabu (13/7/2022)", D, "decision", "2022-07-13"),
     M(B, "1999", D, "framework", "1999"),
     M(B, "Juni 2022", D, "cpi_month", "2022-06"),
     M(B, "6,0%", N, "cpi", 6, cls="pct"),
     M(B, "November 1998", D, "cpi_high", "1998-11"),
     M(B, "Agustus 2021", D, "start", "2021-08"),
     M(B, "175 basis poin", N, "total", 175, cls="bp"),
     M(B, "0,50%", N, "low", 0.5, cls="pct"),
     M(B, "12 bulan", N, "horizon", 12, cls="dur"),
     M(B, "3,9%", N, "exp_inf", 3.9, cls="pct"),
     M(B, "sepuluh tahun", N, "exp_years", 10, cls="dur"),
     M(B, "9,4%", N, "won", 9.4, qual="approx", cls="pct"),
     M(B, "Agustus 2014", D, "highest", "2014-08"),
     M(B, "tiga rapat", N, "meetings", 3),

     M(K, "0,5 poin persentase", N, "hike", 50, qual="unit", cls="bp"),
     M(K, "2,25 persen", N, "rate", 2.25, cls="pct"),
     M(K, "Rabu, 13 Juli 2022", D, "decision", "2022-07-13"),
     M(K, "1,75 persen", N, "prev", 1.75, cls="pct"),
     M(K, "25 basis poin", N, "may_hike", 25, cls="bp"),
     M(K, "Mei", D, "may", "2022-05"),
     M(K, "Juni 2022", D, "cpi_month", "2022-06"),
     M(K, "6 persen", N, "cpi", 6, cls="pct"),
     M(K, "hampir 24 tahun", N, "years", 24, qual="nearly", cls="dur"),
     M(K, "27", N, "analysts", 27),
     M(K, "32 analis", N, "polled", 32),
     M(K, "75 basis poin", N, "fed", 75, cls="bp"),
     M(K, "Agustus 2014", D, "highest", "2014-08"),
     M(K, "9,4 persen", N, "won", 9.4, cls="pct"),
     M(K, "2,7 persen", N, "growth", 2.7, cls="pct"),

     M(A, "50 basis poin", N, "hike", 50, cls="bp"),
     M(A, "2,25 persen", N, "rate", 2.25, cls="pct"),
     M(A, "Rabu (13/7/2022)", D, "decision", "2022-07-13"),
     M(A, "1,75 persen", N, "prev", 1.75, cls="pct"),
     M(A, "setengah poin persentase", N, "hike", 50, qual="unit", cls="bp"),
     M(A, "1999", D, "framework", "1999"),
     M(A, "Juni 2022", D, "cpi_month", "2022-06"),
     M(A, "6,0 persen", N, "cpi", 6, cls="pct"),
     M(A, "November 1998", D, "cpi_high", "1998-11"),
     M(A, "Agustus 2021", D, "start", "2021-08"),
     M(A, "175 basis poin", N, "total", 175, cls="bp"),
     M(A, "0,50 persen", N, "low", 0.5, cls="pct"),
     M(A, "Agustus 2014", D, "highest", "2014-08"),
     M(A, "9,4 persen", N, "won", 9.4, cls="pct"),
     M(A, "2,75 persen", N, "yearend", 2.75, cls="pct"),
    ]
    build("bok-july-2022", "The Bank of Korea's rate decision (control) of Wednesday 13 July 2022: the base rate "
          "raised 50 basis points, its first half-point increase, from 1.75% to 2.25%, the highest since August 2014; "
          "175 basis points since August 2021 from a record low of 0.50%; June inflation 6.0%, the fastest since "
          "November 1998; 27 of 32 analysts expecting the move; the won down about 9.4% this year; the Fed's 75 basis "
          "points; the earlier growth forecast of 2.7%. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    aricell()
    taiwan()
    bok()
