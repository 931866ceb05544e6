"""The seventy-second development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset72/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def kocani():
    R, K, T, A, AN = "reuters-mar16", "kompas-mar17", "tempo-mar22", "ap-apr08", "antara-may01"
    # the dead: 59 on Sunday 16 March (restated on 17 and 22 March), 60 on Friday 4 April, 61 on Monday 7 April, 62 by
    # the prosecutor's statement of Wednesday 30 April; the injured: 155 on the first day, 196 by early April, about
    # 200 at the end of April; the crowd: some 1,500 by first estimates on the night, about 650 by the prosecutors'
    # later count (a revision); the injured treated abroad: 115 on Friday 21 March, 64 on 8 April (a count that falls
    # as patients come home)
    D16, D17, D21, D22, A04, A07, A08, A30 = ("2025-03-16", "2025-03-17", "2025-03-21", "2025-03-22", "2025-04-04",
                                              "2025-04-07", "2025-04-08", "2025-04-30")
    names = {
     "dead": "people killed by the fire", "injured": "people injured in the fire", "crowd": "people in the club",
     "critical": "injured in critical condition on the first day", "identified": "dead identified on the first day",
     "held": "people detained or in custody", "suspects": "people questioned as suspects by prosecutors",
     "to_neighbours": "injured to be moved to neighbouring countries on the first day",
     "to_serbia": "injured to be moved to Serbia on the first day", "abroad": "injured treated abroad",
     "bulgaria": "patients treated in Bulgaria", "greece": "patients treated in Greece",
     "austria": "patients treated in Austria", "hungary": "patients treated in Hungary",
     "skopje": "patients at the Skopje clinical centre", "discharged": "patients discharged on Thursday",
     "to_discharge": "patients expected to be discharged on Friday", "ex_mayors": "former mayors detained",
     "police": "police officers held", "minors_inside": "minors in the club", "minors_injured": "minors injured",
     "home": "injured still in hospitals at home", "prosecutors": "prosecutors on the case",
     "added": "people added to the investigation in mid-April", "ex_ministers": "former economy ministers added",
     "age61": "age of the 61st victim", "burns": "share of the 62nd victim's body burned",
     "mourning": "days of national mourning", "detention": "days of the police officers' detention",
     "sentence": "maximum prison term", "inquiry": "days allowed for the investigation",
     # dates
     "fire": "day of the fire", "detained_day": "day the detentions were announced", "protest": "day of the protest",
     "abroad_day": "day of the count of patients abroad", "discharged_day": "day three patients were discharged",
     "discharge_day": "day ten patients were expected to go home", "mayors_day": "night the mayors were detained",
     "funerals": "day of the funerals", "death60": "day the toll reached 60", "death61": "day the 61st victim died",
     "ministry_day": "day the ministry gave the toll of 61", "prosecutor_day": "day of the prosecutor's statement",
     "deadline": "deadline of the investigation", "death62": "month the 62nd victim died",
     "expansion": "month the investigation was widened", "born": "birth year of the 62nd victim",
     "independence": "year of independence",
    }
    ms = [
     M(R, "Sunday", D, "fire", D16),
     M(R, "59 people", N, "dead", 59, D16),
     M(R, "155", N, "injured", 155, D16),
     M(R, "Some 1,500 people", N, "crowd", 1500, D16, "approx"),
     M(R, "18", N, "critical", 18, D16),
     M(R, "35", N, "identified", 35, D16),
     M(R, "seven days", N, "mourning", 7, cls="dur"),

     M(K, "20 orang", N, "held", 20, D17, fall=True),
     M(K, "59 orang", N, "dead", 59, D17),
     M(K, "Senin (17/3/2025)", D, "detained_day", D17),
     M(K, "Minggu (16/3/2025)", D, "fire", D16),
     M(K, "155 orang", N, "injured", 155, D17),
     M(K, "14 orang", N, "suspects", 14, D17),
     M(K, "27 korban luka", N, "to_neighbours", 27),
     M(K, "lima", N, "to_serbia", 5),
     M(K, "pada Senin", D, "protest", D17, occ=2),
     M(K, "tujuh hari", N, "mourning", 7, cls="dur"),

     M(T, "115 korban", N, "abroad", 115, D21, fall=True),
     M(T, "Jumat pagi, 21 Maret 2025", D, "abroad_day", D21),
     M(T, "15 pasien", N, "bulgaria", 15),
     M(T, "12 pasien", N, "greece", 12),
     M(T, "enam pasien", N, "austria", 6, also=(("hungary", 6),)),
     M(T, "25 pasien", N, "skopje", 25, D21),
     M(T, "tiga pasien", N, "discharged", 3),
     M(T, "pada Kamis", D, "discharged_day", "2025-03-20"),
     M(T, "sekitar sepuluh pasien", N, "to_discharge", 10, qual="approx"),
     M(T, "pada Jumat", D, "discharge_day", D21),
     M(T, "Minggu (17/3/2025)", D, "fire", D17, planted=True),
     M(T, "59 orang", N, "dead", 59, D22),
     M(T, "Kamis malam", D, "mayors_day", "2025-03-20"),
     M(T, "dua mantan wali kota", N, "ex_mayors", 2),
     M(T, "30 hari", N, "detention", 30, cls="dur"),
     M(T, "tujuh pegawai", N, "police", 7),
     M(T, "Kamis (20/3/2025)", D, "funerals", "2025-03-20"),
     M(T, "20 tahun", N, "sentence", 20, cls="dur"),

     M(A, "61", N, "dead", 61, A07),
     M(A, "Tuesday", D, "ministry_day", A08),
     M(A, "29-year-old", N, "age61", 29, cls="age"),
     M(A, "Monday", D, "death61", A07),
     M(A, "60", N, "dead", 60, A04),
     M(A, "Friday", D, "death60", A04),
     M(A, "March 16", D, "fire", D16),
     M(A, "about 650 people", N, "crowd", 650, A08, "approx"),
     M(A, "31 minors", N, "minors_inside", 31),
     M(A, "196 people", N, "injured", 196, A08),
     M(A, "25", N, "minors_injured", 25, A08),
     M(A, "seven", N, "home", 7, A08),
     M(A, "64", N, "abroad", 64, A08, fall=True),
     M(A, "Thirty-four people", N, "held", 34, A08, fall=True),
     M(A, "seven senior police officers", N, "police", 7),
     M(A, "20 years", N, "sentence", 20, cls="dur"),

     M(AN, "62 orang", N, "dead", 62, A30),
     M(AN, "pertengahan Juni 2025", D, "deadline", "2025-06"),
     M(AN, "Rabu (30/4/2025)", D, "prosecutor_day", A30),
     M(AN, "90 hari", N, "inquiry", 90, cls="dur"),
     M(AN, "13 jaksa", N, "prosecutors", 13),
     M(AN, "ke-62", N, "dead", 62, A30),
     M(AN, "2001", D, "born", "2001"),
     M(AN, "April", D, "death62", "2025-04"),
     M(AN, "27 persen", N, "burns", 27, cls="pct"),
     M(AN, "April", D, "expansion", "2025-04", occ=2),
     M(AN, "19 orang", N, "added", 19),
     M(AN, "tiga mantan menteri ekonomi", N, "ex_ministers", 3),
     M(AN, "Minggu (16/3/2025)", D, "fire", D16),
     M(AN, "Sekitar 200 orang", N, "injured", 200, A30, "approx"),
     M(AN, "1991", D, "independence", "1991"),
    ]
    build("kocani-fire-2025", "The fire at the Pulse nightclub in Kocani, North Macedonia, during a DNK concert in the "
          "early hours of Sunday 16 March 2025: 59 dead and 155 injured on the first day, some 1,500 people in the club "
          "by first estimates, lowered to about 650 by the prosecutors' later count; 20 detained on Monday 17 March; 115 "
          "injured treated abroad on Friday 21 March; the toll 60 on Friday 4 April, 61 on Monday 7 April (196 injured, "
          "34 in custody, 64 abroad), 62 by the prosecutor's statement of Wednesday 30 April 2025", False, ms, names)


def czech():
    DT, R, K, AN, AP = "detik-oct04", "reuters-oct05", "kompas-oct07", "antara-nov06", "ap-dec15"
    PART, FIN = "the partial count at 95.14% of the vote", "the Czech Statistical Office's final count"
    names = {
     "ano_share": "ANO's share", "spolu_share": "SPOLU's share", "stan_share": "STAN's share",
     "pirates_share": "the Pirates' share", "spd_share": "the SPD's share", "motorists_share": "the Motorists' share",
     "stacilo_share": "Stacilo!'s share", "counted": "share of the vote counted", "threshold": "threshold to enter parliament",
     "turnout": "turnout", "ano_seats": "ANO's seats", "spolu_seats": "SPOLU's seats", "stan_seats": "STAN's seats",
     "pirates_seats": "the Pirates' seats", "spd_seats": "the SPD's seats", "motorists_seats": "the Motorists' seats",
     "seats_total": "seats in the lower house", "majority": "seats needed for a majority",
     "short": "seats ANO lacked for a majority", "coalition_seats": "seats of ANO, the SPD and the Motorists",
     "speaker_votes": "votes for Okamura as speaker", "present": "deputies present at the speaker's vote",
     "ano_votes": "votes for ANO", "spolu_votes": "votes for SPOLU", "parties_in": "parties and coalitions entering parliament",
     "parties_out": "parties left out of parliament", "cabinet": "members of the cabinet",
     "deputy_pms": "deputy prime ministers", "ano_ministers": "ANO's ministers besides Babis",
     "spd_ministers": "the SPD's ministers", "motorists_ministers": "the Motorists' ministers",
     "age_babis": "Babis's age", "age_okamura": "Okamura's age", "opposition_years": "years Babis spent in opposition",
     # dates
     "vote1": "first day of the vote", "vote2": "second day of the vote", "turnout_year": "year of the last higher turnout",
     "pm_from": "year Babis became prime minister", "pm_to": "year Babis's term as prime minister ended",
     "speaker_day": "day of the speaker's election", "pm_day": "day Babis was named prime minister",
     "cabinet_day": "day the cabinet was appointed", "confidence_day": "planned day of the confidence vote",
     "fiala_since": "month Fiala's government took office",
    }
    ms = [
     M(DT, "Jumat (3/10/2025)", D, "vote1", "2025-10-03"),
     M(DT, "Sabtu (4/10/2025)", D, "vote2", "2025-10-04"),
     M(DT, "95,14 persen", N, "counted", 95.14, cls="pct"),
     M(DT, "35,46 persen", N, "ano_share", 35.46, cls="pct", src=PART),
     M(DT, "22,66 persen", N, "spolu_share", 22.66, cls="pct", src=PART),
     M(DT, "11,01 persen", N, "stan_share", 11.01, cls="pct", src=PART),
     M(DT, "8,58 persen", N, "pirates_share", 8.58, cls="pct", src=PART),
     M(DT, "7,94 persen", N, "spd_share", 7.94, cls="pct", src=PART),
     M(DT, "6,84 persen", N, "motorists_share", 6.84, cls="pct", src=PART),
     M(DT, "4,40 persen", N, "stacilo_share", 4.4, cls="pct", src=PART),
     M(DT, "5 persen", N, "threshold", 5, cls="pct"),
     M(DT, "71 tahun", N, "age_babis", 71, cls="age"),
     M(DT, "200 orang", N, "seats_total", 200, cls="seats"),
     M(DT, "1998", D, "turnout_year", "1998"),
     M(DT, "2017", D, "pm_from", "2017"),
     M(DT, "2021", D, "pm_to", "2021"),
     M(DT, "empat tahun", N, "opposition_years", 4, cls="dur"),

     M(R, "34.51%", N, "ano_share", 34.51, cls="pct", src=FIN),
     M(R, "80", N, "ano_seats", 80, cls="seats"),
     M(R, "200 seats", N, "seats_total", 200, cls="seats"),
     M(R, "101", N, "majority", 101, cls="seats"),
     M(R, "Friday", D, "vote1", "2025-10-03"),
     M(R, "Saturday", D, "vote2", "2025-10-04"),
     M(R, "23.36%", N, "spolu_share", 23.36, cls="pct", src=FIN),
     M(R, "52 seats", N, "spolu_seats", 52, cls="seats"),
     M(R, "11.23%", N, "stan_share", 11.23, cls="pct", src=FIN),
     M(R, "22 seats", N, "stan_seats", 22, cls="seats"),
     M(R, "8.97%", N, "pirates_share", 8.97, cls="pct", src=FIN),
     M(R, "18 seats", N, "pirates_seats", 18, cls="seats"),
     M(R, "7.78%", N, "spd_share", 7.78, cls="pct", src=FIN),
     M(R, "15 seats", N, "spd_seats", 15, cls="seats"),
     M(R, "6.77%", N, "motorists_share", 6.77, cls="pct", src=FIN),
     M(R, "13 seats", N, "motorists_seats", 13, cls="seats"),
     M(R, "68.95%", N, "turnout", 68.95, cls="pct"),
     M(R, "1998", D, "turnout_year", "1998"),
     M(R, "1,940,507 votes", N, "ano_votes", 1940507),
     M(R, "71", N, "age_babis", 71, cls="age"),
     M(R, "2017", D, "pm_from", "2017"),
     M(R, "2021", D, "pm_to", "2021"),

     M(K, "34,15 persen", N, "ano_share", 34.15, cls="pct", src=FIN, planted=True),
     M(K, "1.940.507 suara", N, "ano_votes", 1940507),
     M(K, "80 kursi", N, "ano_seats", 80, cls="seats"),
     M(K, "200 kursi", N, "seats_total", 200, cls="seats"),
     M(K, "21 kursi", N, "short", 21, cls="seats"),
     M(K, "101 kursi", N, "majority", 101, cls="seats"),
     M(K, "1.313.346 suara", N, "spolu_votes", 1313346),
     M(K, "23,36 persen", N, "spolu_share", 23.36, cls="pct", src=FIN),
     M(K, "52 kursi", N, "spolu_seats", 52, cls="seats"),
     M(K, "22 kursi", N, "stan_seats", 22, cls="seats"),
     M(K, "18 kursi", N, "pirates_seats", 18, cls="seats"),
     M(K, "15 kursi", N, "spd_seats", 15, cls="seats"),
     M(K, "13 kursi", N, "motorists_seats", 13, cls="seats"),
     M(K, "enam partai", N, "parties_in", 6),
     M(K, "20 partai", N, "parties_out", 20),
     M(K, "68,95 persen", N, "turnout", 68.95, cls="pct"),
     M(K, "108 kursi", N, "coalition_seats", 108, cls="seats"),
     M(K, "2017", D, "pm_from", "2017"),
     M(K, "2021", D, "pm_to", "2021"),

     M(AN, "Rabu (5/11/2025)", D, "speaker_day", "2025-11-05"),
     M(AN, "107 suara", N, "speaker_votes", 107, cls="seats"),
     M(AN, "197 anggota", N, "present", 197, cls="seats"),
     M(AN, "53 tahun", N, "age_okamura", 53, cls="age"),
     M(AN, "108", N, "coalition_seats", 108, cls="seats"),
     M(AN, "200 kursi", N, "seats_total", 200, cls="seats"),
     M(AN, "Oktober", D, "vote1", "2025-10"),
     M(AN, "34,51 persen", N, "ano_share", 34.51, cls="pct", src=FIN),
     M(AN, "80 kursi", N, "ano_seats", 80, cls="seats"),
     M(AN, "15 kursi", N, "spd_seats", 15, cls="seats"),
     M(AN, "13 kursi", N, "motorists_seats", 13, cls="seats"),
     M(AN, "52 kursi", N, "spolu_seats", 52, cls="seats"),

     M(AP, "Monday", D, "cabinet_day", "2025-12-15"),
     M(AP, "Dec. 9", D, "pm_day", "2025-12-09"),
     M(AP, "16 members", N, "cabinet", 16),
     M(AP, "four deputy prime ministers", N, "deputy_pms", 4),
     M(AP, "eight ministers", N, "ano_ministers", 8),
     M(AP, "three from the SPD", N, "spd_ministers", 3),
     M(AP, "four from the Motorists", N, "motorists_ministers", 4),
     M(AP, "108", N, "coalition_seats", 108, cls="seats"),
     M(AP, "200 seats", N, "seats_total", 200, cls="seats"),
     M(AP, "Jan. 13", D, "confidence_day", "2026-01-13"),
     M(AP, "October", D, "vote1", "2025-10"),
     M(AP, "34.51%", N, "ano_share", 34.51, cls="pct", src=FIN),
     M(AP, "80 seats", N, "ano_seats", 80, cls="seats"),
     M(AP, "117 votes", N, "speaker_votes", 117, cls="seats", planted=True),
     M(AP, "December 2021", D, "fiala_since", "2021-12"),
     M(AP, "2017", D, "pm_from", "2017"),
     M(AP, "2021", D, "pm_to", "2021", occ=2),
    ]
    build("czech-election-2025", "The Czech parliamentary election of Friday 3 and Saturday 4 October 2025: the partial "
          "count at 95.14% (ANO 35.46%) against the Czech Statistical Office's final count (ANO 34.51%, 1,940,507 votes, "
          "80 of 200 seats; SPOLU 23.36%, 52; STAN 11.23%, 22; Pirates 8.97%, 18; SPD 7.78%, 15; Motorists 6.77%, 13; "
          "turnout 68.95%); Tomio Okamura elected speaker with 107 votes of 197 on Wednesday 5 November; Andrej Babis "
          "named prime minister on Tuesday 9 December and his ANO-SPD-Motorists cabinet (108 seats) appointed on Monday "
          "15 December 2025", False, ms, names)


def nbp():
    R, K, B, BI = "reuters-may07", "kontan-may08", "bne-may09", "bisnis-may10"
    names = {
     "cut": "size of the cut (every NBP rate)", "rate": "the new reference rate", "prev_rate": "the reference rate before the decision",
     "lombard": "the new lombard rate", "deposit": "the new deposit rate", "rediscount": "the new rediscount rate",
     "discount": "the new discount rate", "cpi": "inflation in April", "cpi_prev": "inflation in March",
     "target": "the inflation target", "tolerance": "the tolerance band around the target",
     "held": "months the rate was held", "cuts2023": "cuts of 2023 combined",
     # dates
     "decision": "day of the decision", "last_cut": "month of the previous cut", "effective": "day the new rates apply",
     "presser": "day of the governor's news conference", "cpi_month": "month of the inflation reading",
     "prev_month": "month of the previous inflation reading", "june": "month of the next meeting",
     "year2023": "year of the 2023 cuts", "hikes1": "first year of the increases", "hikes2": "second year of the increases",
    }
    ms = [
     M(R, "50 basis points", N, "cut", 50, cls="bp"),
     M(R, "5.25%", N, "rate", 5.25, cls="pct"),
     M(R, "Wednesday", D, "decision", "2025-05-07"),
     M(R, "October 2023", D, "last_cut", "2023-10"),
     M(R, "5.75%", N, "prev_rate", 5.75, cls="pct"),
     M(R, "October 2023", D, "last_cut", "2023-10", occ=2),
     M(R, "5.75%", N, "lombard", 5.75, cls="pct", occ=2),
     M(R, "4.75%", N, "deposit", 4.75, cls="pct"),
     M(R, "5.30%", N, "rediscount", 5.3, cls="pct"),
     M(R, "5.35%", N, "discount", 5.35, cls="pct"),
     M(R, "May 8", D, "effective", "2025-05-08"),
     M(R, "4.2%", N, "cpi", 4.2, cls="pct"),
     M(R, "April", D, "cpi_month", "2025-04"),
     M(R, "4.9%", N, "cpi_prev", 4.9, cls="pct"),
     M(R, "March", D, "prev_month", "2025-03"),
     M(R, "2.5%", N, "target", 2.5, cls="pct"),
     M(R, "one percentage point", N, "tolerance", 1, cls="bp"),
     M(R, "Thursday", D, "presser", "2025-05-08"),

     M(K, "50 basis poin", N, "cut", 50, cls="bp"),
     M(K, "5,75%", N, "prev_rate", 5.75, cls="pct"),
     M(K, "5,25%", N, "rate", 5.25, cls="pct"),
     M(K, "Rabu (7/5/2025)", D, "decision", "2025-05-07"),
     M(K, "Oktober 2023", D, "last_cut", "2023-10"),
     M(K, "5,75%", N, "lombard", 5.75, cls="pct", occ=2),
     M(K, "4,75%", N, "deposit", 4.75, cls="pct"),
     M(K, "Kamis (8/5/2025)", D, "effective", "2025-05-08"),
     M(K, "4,2%", N, "cpi", 4.2, cls="pct"),
     M(K, "April", D, "cpi_month", "2025-04"),
     M(K, "4,9%", N, "cpi_prev", 4.9, cls="pct"),
     M(K, "Maret", D, "prev_month", "2025-03"),
     M(K, "2,5%", N, "target", 2.5, cls="pct"),
     M(K, "1 poin persentase", N, "tolerance", 1, cls="bp"),
     M(K, "Kamis siang", D, "presser", "2025-05-08"),

     M(B, "50bp", N, "cut", 50, cls="bp"),
     M(B, "5.25%", N, "rate", 5.25, cls="pct"),
     M(B, "May 7", D, "decision", "2025-05-07"),
     M(B, "October 2023", D, "last_cut", "2023-10"),
     M(B, "0.50 percentage points", N, "cut", 50, qual="unit", cls="bp"),
     M(B, "5.75%", N, "lombard", 5.75, cls="pct"),
     M(B, "4.75%", N, "deposit", 4.75, cls="pct"),
     M(B, "5.30%", N, "rediscount", 5.3, cls="pct"),
     M(B, "5.35%", N, "discount", 5.35, cls="pct"),
     M(B, "5.75%", N, "prev_rate", 5.75, cls="pct", occ=2),
     M(B, "19 months", N, "held", 19, cls="dur"),
     M(B, "May 8", D, "presser", "2025-05-08"),
     M(B, "June", D, "june", "2025-06"),
     M(B, "4.2%", N, "cpi", 4.2, cls="pct"),
     M(B, "April", D, "cpi_month", "2025-04"),
     M(B, "4.9%", N, "cpi_prev", 4.9, cls="pct"),
     M(B, "March", D, "prev_month", "2025-03"),
     M(B, "2.5%", N, "target", 2.5, cls="pct"),
     M(B, "one percentage point", N, "tolerance", 1, cls="bp"),
     M(B, "2023", D, "year2023", "2023", occ=2),
     M(B, "100bp", N, "cuts2023", 100, cls="bp"),
     M(B, "2021", D, "hikes1", "2021"),
     M(B, "2022", D, "hikes2", "2022"),
     M(B, "May 8", D, "effective", "2025-05-08", occ=2),

     M(BI, "0,5 poin persentase", N, "cut", 50, qual="unit", cls="bp"),
     M(BI, "5,25 persen", N, "rate", 5.25, cls="pct"),
     M(BI, "Rabu, 7 Mei 2025", D, "decision", "2025-05-07"),
     M(BI, "5,75 persen", N, "prev_rate", 5.75, cls="pct"),
     M(BI, "Oktober 2023", D, "last_cut", "2023-10"),
     M(BI, "4,75 persen", N, "deposit", 4.75, cls="pct"),
     M(BI, "5,75 persen", N, "lombard", 5.75, cls="pct", occ=2),
     M(BI, "50 basis poin", N, "cut", 50, cls="bp"),
     M(BI, "5,30 persen", N, "rediscount", 5.3, cls="pct"),
     M(BI, "5,35 persen", N, "discount", 5.35, cls="pct"),
     M(BI, "4,2 persen", N, "cpi", 4.2, cls="pct"),
     M(BI, "April 2025", D, "cpi_month", "2025-04"),
     M(BI, "4,9 persen", N, "cpi_prev", 4.9, cls="pct"),
     M(BI, "Maret 2025", D, "prev_month", "2025-03"),
     M(BI, "2,5 persen", N, "target", 2.5, cls="pct"),
     M(BI, "Kamis (8/5/2025)", D, "presser", "2025-05-08"),
     M(BI, "Juni", D, "june", "2025-06"),
     M(BI, "2023", D, "year2023", "2023", occ=2),
     M(BI, "100 basis poin", N, "cuts2023", 100, cls="bp"),
    ]
    build("nbp-rate-2025", "The National Bank of Poland's rate decision (control) of Wednesday 7 May 2025: the reference "
          "rate cut 50 basis points from 5.75% to 5.25%, the first cut since October 2023; the lombard rate 5.75%, the "
          "deposit rate 4.75%, the rediscount rate 5.30%, the discount rate 5.35%, all from Thursday 8 May; inflation "
          "4.2% in April (flash) from 4.9% in March, against a 2.5% target with a band of one percentage point; the "
          "governor's news conference on Thursday 8 May; 100bp of cuts in 2023. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    kocani()
    czech()
    nbp()
