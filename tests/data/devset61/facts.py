"""The sixty-first development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset61/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def kartalkaya():
    R, K, T, A, P = "reuters-jan21", "kompas-jan22", "tempo-jan23", "ap-jan24", "antara-jul07"
    # Tuesday 21 January 2025: the interior minister's first figures in the early morning, his second at midday,
    # the 76 late that night; the prosecutors' 79 on Thursday 23 January, the Justice Ministry's 78 by Friday 24
    T08, T13, T15, T22, T23 = "2025-01-21T08", "2025-01-21T13", "2025-01-21T15", "2025-01-21T22", "2025-01-21T23"
    GOV, INDICT = "the Turkish ministers", "the Bolu prosecutors' indictment"
    names = {
     "dead": "people killed in the fire", "injured": "people injured in the fire", "detained": "people detained in the investigation",
     "guests": "registered guests in the hotel", "floors": "storeys of the hotel", "fire_floor": "floor where the fire began",
     "jumped": "people killed jumping from the building", "winter_break": "length of the school winter break",
     "prosecutors": "prosecutors assigned to the investigation", "identified": "victims identified",
     "handed_over": "bodies handed over to families", "icu": "injured in intensive care",
     "discharged": "injured discharged from hospital", "in_hospital": "injured still in hospital",
     "dna_added": "victims added by DNA tests", "questioned": "detainees questioned by prosecutors on Friday",
     "children": "children among the dead", "defendants": "defendants at the trial", "pages": "pages of the indictment",
     "max_sentence": "prison term sought for the main defendants", "arrested": "suspects formally arrested",
     "released": "arrested suspects released pending trial", "in_custody": "defendants in custody at the trial",
     "plaintiffs": "complainants in the case", "court_seats": "seats in the makeshift courtroom",
     # dates
     "fire": "day of the fire", "mourning": "day of national mourning", "statement76": "day the toll of 76 was given",
     "health22": "day of the Health Ministry's discharge figures", "detained11_day": "day 11 detentions were announced",
     "prosecutor79": "day the prosecutors gave 79 dead", "erdogan14": "day Erdogan gave 14 in custody",
     "trial": "day the trial opened",
    }
    ms = [
     M(R, "66 people", N, "dead", 66, T13),
     M(R, "51", N, "injured", 51, T13, src=GOV),
     M(R, "10 dead", N, "dead", 10, T08),
     M(R, "32 injured", N, "injured", 32, T08, src=GOV),
     M(R, "fourth floor", N, "fire_floor", 4),
     M(R, "12-storey", N, "floors", 12),
     M(R, "238 registered guests", N, "guests", 238),
     M(R, "Two", N, "jumped", 2),
     M(R, "two-week", N, "winter_break", 2, cls="dur"),
     M(R, "six prosecutors", N, "prosecutors", 6, "2025-01-21"),
     M(R, "four people", N, "detained", 4, T15),
     M(R, "Tuesday", D, "fire", "2025-01-21"),
     M(R, "Wednesday", D, "mourning", "2025-01-22"),

     M(K, "76 orang", N, "dead", 76, T23),
     M(K, "Selasa malam", D, "statement76", "2025-01-21"),
     M(K, "Selasa (21/1/2025)", D, "fire", "2025-01-21"),
     M(K, "12 lantai", N, "floors", 12),
     M(K, "238 tamu", N, "guests", 238),
     M(K, "76 korban", N, "dead", 76, T23),
     M(K, "52 orang", N, "identified", 52, T23),
     M(K, "45 jenazah", N, "handed_over", 45, T23),
     M(K, "15 orang", N, "injured", 15, T13, src=GOV, planted=True),
     M(K, "satu", N, "icu", 1, T13),
     M(K, "Rabu siang", D, "health22", "2025-01-22"),
     M(K, "29 korban luka", N, "discharged", 29, "2025-01-22"),
     M(K, "22 orang", N, "in_hospital", 22, "2025-01-22", fall=True),
     M(K, "sembilan orang", N, "detained", 9, T22),
     M(K, "Rabu (22/1/2025)", D, "mourning", "2025-01-22"),

     M(T, "79 orang", N, "dead", 79, "2025-01-23"),
     M(T, "Kamis, 23 Januari 2025", D, "prosecutor79", "2025-01-23"),
     M(T, "tiga korban", N, "dna_added", 3),
     M(T, "76 orang", N, "dead", 76, T23),
     M(T, "Selasa malam", D, "statement76", "2025-01-21"),
     M(T, "12 lantai", N, "floors", 12),
     M(T, "lantai empat", N, "fire_floor", 4),
     M(T, "Selasa dini hari", D, "fire", "2025-01-21"),
     M(T, "39", N, "discharged", 39, "2025-01-23"),
     M(T, "51 korban luka", N, "injured", 51, T13, src=GOV),
     M(T, "12 orang", N, "in_hospital", 12, "2025-01-23", fall=True),
     M(T, "Rabu", D, "detained11_day", "2025-01-22"),
     M(T, "11 orang", N, "detained", 11, "2025-01-22"),
     M(T, "tujuh jaksa", N, "prosecutors", 7, "2025-01-22"),
     M(T, "enam jaksa", N, "prosecutors", 6, "2025-01-21"),

     M(A, "78 people", N, "dead", 78, "2025-01-24"),
     M(A, "79", N, "dead", 79, "2025-01-23"),
     M(A, "Thursday", D, "prosecutor79", "2025-01-23"),
     M(A, "76 dead", N, "dead", 76, T23),
     M(A, "Tuesday", D, "statement76", "2025-01-21"),
     M(A, "Friday", D, "erdogan14", "2025-01-24"),
     M(A, "14 people", N, "detained", 14, "2025-01-24"),
     M(A, "Eight", N, "questioned", 8),
     M(A, "fourth floor", N, "fire_floor", 4),
     M(A, "12-story", N, "floors", 12),
     M(A, "51 people", N, "injured", 51, T13, src=GOV),
     M(A, "238 registered guests", N, "guests", 238),

     M(P, "78 orang", N, "dead", 78, "final"),
     M(P, "Senin (7/7/2025)", D, "trial", "2025-07-07"),
     M(P, "32 terdakwa", N, "defendants", 32),
     M(P, "Selasa (22/1/2025)", D, "fire", "2025-01-22", planted=True),
     M(P, "133 orang", N, "injured", 133, "2025-07-07", src=INDICT),
     M(P, "34 anak", N, "children", 34),
     M(P, "98 halaman", N, "pages", 98),
     M(P, "lantai empat", N, "fire_floor", 4),
     M(P, "1.998 tahun", N, "max_sentence", 1998, cls="dur"),
     M(P, "41 tersangka", N, "detained", 41, "2025-07-07"),
     M(P, "28", N, "arrested", 28, "2025-07-07"),
     M(P, "sembilan", N, "released", 9, "2025-07-07"),
     M(P, "19 terdakwa", N, "in_custody", 19, "2025-07-07"),
     M(P, "210 pengadu", N, "plaintiffs", 210),
     M(P, "700 kursi", N, "court_seats", 700),
     M(P, "238 tamu", N, "guests", 238),
    ]
    build("kartalkaya-fire-2025", "The fire at the Grand Kartal hotel, Kartalkaya ski resort, Bolu, Turkey (Tuesday 21 "
          "January 2025): the dead 10 -> 66 -> 76 on the day, 79 by the Bolu prosecutors on Thursday 23 January, "
          "lowered to 78 by the Justice Ministry's Forensic Medicine Institute; the injured 32 -> 51 by the ministers "
          "against the indictment's 133; those discharged rising and those in hospital falling; detentions 4 -> 9 -> "
          "11 -> 14 -> 41 since the fire; the national mourning on Wednesday 22 January; the trial of 32 defendants "
          "opened on Monday 7 July 2025", False, ms, names)


def namibia():
    R, D_, J, C, A = "reuters-nov28", "detik-dec02", "aljazeera-dec04", "cnnindonesia-dec05", "antara-mar21-2025"
    PART, FINAL = "2024-12-01", "final"
    names = {
     "nnn_share": "Nandi-Ndaitwah's share of the presidential vote", "itula_share": "Itula's share of the presidential vote",
     "swartbooi_share": "Swartbooi's share of the presidential vote", "nnn_votes": "votes for Nandi-Ndaitwah",
     "itula_votes": "votes for Itula", "counted": "constituencies counted", "constituencies": "constituencies in Namibia",
     "threshold": "share needed to win the presidency outright", "swapo": "SWAPO seats", "elected": "elected seats in the National Assembly",
     "majority": "seats needed for a majority", "swapo2019": "SWAPO seats in 2019", "ipc": "IPC seats", "ar": "AR seats",
     "pdm": "PDM seats", "lpm": "LPM seats", "lost": "seats SWAPO lost", "appointed": "members appointed by the president",
     "total": "members of the National Assembly", "age": "Nandi-Ndaitwah's age", "candidates": "presidential candidates",
     "registered": "registered voters", "wait": "longest wait to vote", "geingob2019": "Geingob's share in 2019",
     "itula2019": "Itula's share in 2019", "turnout": "turnout", "pres_no": "her rank among Namibia's presidents",
     "anniversary": "years since independence",
     # dates
     "vote": "day of the vote", "ext_end": "last day of the extended voting", "itula_reject": "day Itula rejected the outcome",
     "partial": "day of the partial results", "declared": "day the results were declared", "y2019": "the 2019 election",
     "independence": "Namibia's independence", "geingob_death": "month Geingob died", "inauguration": "day of the inauguration",
     "court": "day the Supreme Court dismissed the challenge",
    }
    ms = [
     M(R, "Wednesday", D, "vote", "2024-11-27"),
     M(R, "Saturday", D, "ext_end", "2024-11-30"),
     M(R, "12 hours", N, "wait", 12, cls="dur"),
     M(R, "Nearly 1.45 million", N, "registered", 1.45e6, qual="nearly"),
     M(R, "15 presidential candidates", N, "candidates", 15),
     M(R, "72", N, "age", 72, cls="age"),
     M(R, "1990", D, "independence", "1990"),
     M(R, "63", N, "swapo2019", 63),
     M(R, "96 elected seats", N, "elected", 96),
     M(R, "2019", D, "y2019", "2019"),
     M(R, "56.3%", N, "geingob2019", 56.3, cls="pct"),
     M(R, "29.4%", N, "itula2019", 29.4, cls="pct"),
     M(R, "50%", N, "threshold", 50, cls="pct"),
     M(R, "February 2024", D, "geingob_death", "2024-02"),

     M(D_, "Minggu (1/12/2024)", D, "partial", "2024-12-01"),
     M(D_, "23", N, "counted", 23, PART),
     M(D_, "121 daerah pemilihan", N, "constituencies", 121),
     M(D_, "51,51 persen", N, "nnn_share", 51.51, PART, cls="pct"),
     M(D_, "29,93 persen", N, "itula_share", 29.93, PART, cls="pct", fall=True),
     M(D_, "7,49 persen", N, "swartbooi_share", 7.49, PART, cls="pct", fall=True),
     M(D_, "Rabu (27/11/2024)", D, "vote", "2024-11-27"),
     M(D_, "Sabtu (30/11/2024)", D, "ext_end", "2024-11-30"),
     M(D_, "Sabtu", D, "itula_reject", "2024-11-30", occ=2),
     M(D_, "50 persen", N, "threshold", 50, cls="pct"),
     M(D_, "1990", D, "independence", "1990"),

     M(J, "Tuesday", D, "declared", "2024-12-03"),
     M(J, "638,560 votes", N, "nnn_votes", 638560, FINAL),
     M(J, "57.31 percent", N, "nnn_share", 57.31, FINAL, cls="pct"),
     M(J, "November 27", D, "vote", "2024-11-27"),
     M(J, "November 30", D, "ext_end", "2024-11-30"),
     M(J, "284,106 votes", N, "itula_votes", 284106, FINAL),
     M(J, "25.50 percent", N, "itula_share", 25.5, FINAL, cls="pct", fall=True),
     M(J, "51", N, "swapo", 51, FINAL),
     M(J, "96 elected seats", N, "elected", 96),
     M(J, "49", N, "majority", 49),
     M(J, "63", N, "swapo2019", 63),
     M(J, "2019", D, "y2019", "2019"),
     M(J, "20 seats", N, "ipc", 20, FINAL),
     M(J, "about 77 percent", N, "turnout", 77, FINAL, "approx", cls="pct"),
     M(J, "72", N, "age", 72, cls="age"),
     M(J, "March", D, "inauguration", "2025-03"),
     M(J, "1990", D, "independence", "1990"),

     M(C, "12 kursi", N, "lost", 12),
     M(C, "Selasa (3/12/2024)", D, "declared", "2024-12-03"),
     M(C, "51", N, "swapo", 51, FINAL),
     M(C, "96 kursi", N, "elected", 96),
     M(C, "63 kursi", N, "swapo2019", 63),
     M(C, "2019", D, "y2019", "2019"),
     M(C, "20 kursi", N, "ipc", 20, FINAL),
     M(C, "enam kursi", N, "ar", 6, FINAL),
     M(C, "lima kursi", N, "pdm", 5, FINAL, also=(("lpm", 5),)),
     M(C, "57,31 persen", N, "nnn_share", 57.31, FINAL, cls="pct"),
     M(C, "25,05 persen", N, "itula_share", 25.05, FINAL, cls="pct", fall=True, planted=True),
     M(C, "delapan anggota", N, "appointed", 8),
     M(C, "104 orang", N, "total", 104),
     M(C, "Sabtu (30/11/2024)", D, "ext_end", "2024-11-30"),
     M(C, "Rabu (27/11/2024)", D, "vote", "2024-11-27"),
     M(C, "72 tahun", N, "age", 72, cls="age"),

     M(A, "kelima", N, "pres_no", 5),
     M(A, "Jumat (21/3/2025)", D, "inauguration", "2025-03-21"),
     M(A, "35 tahun", N, "anniversary", 35, cls="dur"),
     M(A, "Februari 2024", D, "geingob_death", "2024-02"),
     M(A, "27 November 2024", D, "vote", "2024-11-27"),
     M(A, "lebih dari 57 persen", N, "nnn_share", 57, FINAL, "morethan", cls="pct"),
     M(A, "51", N, "swapo", 51, FINAL),
     M(A, "96 kursi", N, "elected", 96),
     M(A, "Jumat (28/2/2025)", D, "court", "2025-02-28"),
     M(A, "25,5 persen", N, "itula_share", 25.5, FINAL, cls="pct", fall=True),
     M(A, "20 kursi", N, "ipc", 20, FINAL),
     M(A, "21 Maret 1990", D, "independence", "1990-03-21"),
    ]
    build("namibia-election-2024", "Namibia's general election (Wednesday 27 November 2024, extended at some polling "
          "stations until Saturday 30 November): the partial count of Sunday 1 December (Nandi-Ndaitwah 51.51%, Itula "
          "29.93% with 23 of 121 constituencies) against the result declared on Tuesday 3 December (638,560 votes or "
          "57.31% against 284,106 or 25.50%; SWAPO 51 of 96 elected seats, down from 63, 49 for a majority, IPC 20); the "
          "IPC's challenge dismissed by the Supreme Court on Friday 28 February 2025; Nandi-Ndaitwah sworn in as the "
          "first woman president on Friday 21 March 2025", False, ms, names)


def kenya():
    R, B, K, D_ = "reuters-feb06", "bisnis-feb07", "kontan-feb08", "businessdaily-feb09"
    names = {
     "hike": "size of the increase", "rate": "the new Central Bank Rate", "prev_rate": "the rate before the decision",
     "prev_prev": "the rate before December's increase", "dec_hike": "size of December's increase",
     "consecutive": "consecutive increases", "cpi": "inflation in January", "cpi_prev": "inflation in December",
     "food": "food inflation in January", "food_prev": "food inflation in December", "fuel": "fuel inflation in January",
     "fuel_prev": "fuel inflation in December", "nfnf": "non-food non-fuel inflation in January",
     "nfnf_prev": "non-food non-fuel inflation in December", "target_low": "bottom of the target range",
     "target_high": "top of the target range", "midpoint": "mid-point of the target range", "band": "band around the mid-point",
     "years": "years since the rate was this high",
     # dates
     "decision": "day of the decision", "dec_meeting": "month of the previous increase", "cpi_month": "month of the inflation data",
     "cpi_prev_month": "month of the previous inflation reading", "next": "month of the next meeting",
     "last_high": "year the rate was last this high",
    }
    ms = [
     M(R, "50 basis points", N, "hike", 50, cls="bp"),
     M(R, "13.00%", N, "rate", 13, cls="pct"),
     M(R, "Tuesday", D, "decision", "2024-02-06"),
     M(R, "second", N, "consecutive", 2),
     M(R, "12.50%", N, "prev_rate", 12.5, cls="pct"),
     M(R, "200-basis-point", N, "dec_hike", 200, cls="bp"),
     M(R, "December", D, "dec_meeting", "2023-12"),
     M(R, "6.9%", N, "cpi", 6.9, cls="pct"),
     M(R, "January", D, "cpi_month", "2024-01"),
     M(R, "6.6%", N, "cpi_prev", 6.6, cls="pct"),
     M(R, "December", D, "cpi_prev_month", "2023-12", occ=2),
     M(R, "2.5%", N, "target_low", 2.5, cls="pct"),
     M(R, "7.5%", N, "target_high", 7.5, cls="pct"),
     M(R, "January", D, "cpi_month", "2024-01", occ=2),
     M(R, "5%", N, "midpoint", 5, cls="pct"),
     M(R, "nearly 12 years", N, "years", 12, qual="nearly", cls="dur"),
     M(R, "April", D, "next", "2024-04"),

     M(B, "50 basis poin", N, "hike", 50, cls="bp"),
     M(B, "12,50 persen", N, "prev_rate", 12.5, cls="pct"),
     M(B, "13,00 persen", N, "rate", 13, cls="pct"),
     M(B, "Selasa (6/2/2024)", D, "decision", "2024-02-06"),
     M(B, "kedua", N, "consecutive", 2),
     M(B, "200 bps", N, "dec_hike", 200, cls="bp"),
     M(B, "Desember 2023", D, "dec_meeting", "2023-12"),
     M(B, "6,9 persen", N, "cpi", 6.9, cls="pct"),
     M(B, "Januari 2024", D, "cpi_month", "2024-01"),
     M(B, "6,6 persen", N, "cpi_prev", 6.6, cls="pct"),
     M(B, "Desember 2023", D, "cpi_prev_month", "2023-12", occ=2),
     M(B, "7,9 persen", N, "food", 7.9, cls="pct"),
     M(B, "7,7 persen", N, "food_prev", 7.7, cls="pct"),
     M(B, "14,3 persen", N, "fuel", 14.3, cls="pct"),
     M(B, "13,7 persen", N, "fuel_prev", 13.7, cls="pct"),
     M(B, "2,5 persen", N, "target_low", 2.5, cls="pct"),
     M(B, "7,5 persen", N, "target_high", 7.5, cls="pct"),
     M(B, "5 persen", N, "midpoint", 5, cls="pct"),
     M(B, "13 persen", N, "rate", 13, cls="pct"),
     M(B, "hampir 12 tahun", N, "years", 12, qual="nearly", cls="dur"),
     M(B, "April 2024", D, "next", "2024-04"),

     M(K, "0,5 poin persentase", N, "hike", 50, qual="unit", cls="bp"),
     M(K, "13%", N, "rate", 13, cls="pct"),
     M(K, "Selasa (6/2/2024)", D, "decision", "2024-02-06"),
     M(K, "Desember 2023", D, "dec_meeting", "2023-12"),
     M(K, "2 poin persentase", N, "dec_hike", 200, qual="unit", cls="bp"),
     M(K, "10,5%", N, "prev_prev", 10.5, cls="pct"),
     M(K, "12,5%", N, "prev_rate", 12.5, cls="pct"),
     M(K, "Januari", D, "cpi_month", "2024-01"),
     M(K, "6,9%", N, "cpi", 6.9, cls="pct"),
     M(K, "6,6%", N, "cpi_prev", 6.6, cls="pct"),
     M(K, "3,6%", N, "nfnf", 3.6, cls="pct"),
     M(K, "3,4%", N, "nfnf_prev", 3.4, cls="pct"),
     M(K, "Januari", D, "cpi_month", "2024-01", occ=2),
     M(K, "5%", N, "midpoint", 5, cls="pct"),
     M(K, "2,5%-7,5%", N, "target_low", 2.5, cls="pct", also=(("target_high", 7.5),)),
     M(K, "13%", N, "rate", 13, cls="pct", occ=2),
     M(K, "2012", D, "last_high", "2012"),
     M(K, "April", D, "next", "2024-04"),

     M(D_, "half a percentage point", N, "hike", 50, qual="unit", cls="bp"),
     M(D_, "13 percent", N, "rate", 13, cls="pct"),
     M(D_, "Tuesday, February 6", D, "decision", "2024-02-06"),
     M(D_, "12.5 percent", N, "prev_rate", 12.5, cls="pct"),
     M(D_, "two percentage points", N, "dec_hike", 200, qual="unit", cls="bp"),
     M(D_, "December", D, "dec_meeting", "2023-12"),
     M(D_, "6.9 percent", N, "cpi", 6.9, cls="pct"),
     M(D_, "January", D, "cpi_month", "2024-01"),
     M(D_, "6.6 percent", N, "cpi_prev", 6.6, cls="pct"),
     M(D_, "December", D, "cpi_prev_month", "2023-12", occ=2),
     M(D_, "7.9 percent", N, "food", 7.9, cls="pct"),
     M(D_, "14.3 percent", N, "fuel", 14.3, cls="pct"),
     M(D_, "3.6 percent", N, "nfnf", 3.6, cls="pct"),
     M(D_, "3.4 percent", N, "nfnf_prev", 3.4, cls="pct"),
     M(D_, "5 percent", N, "midpoint", 5, cls="pct"),
     M(D_, "2.5 percentage points", N, "band", 2.5, cls="pp"),
     M(D_, "nearly 12 years", N, "years", 12, qual="nearly", cls="dur"),
     M(D_, "April", D, "next", "2024-04"),
    ]
    build("kenya-rate-2024", "The Central Bank of Kenya's rate decision (control) of Tuesday 6 February 2024: the "
          "Central Bank Rate raised 50 basis points from 12.50% to 13.00%, the second increase in a row after 200 basis "
          "points (10.5% to 12.5%) in December 2023; January inflation 6.9% from 6.6% in December, food 7.9% from 7.7%, "
          "fuel 14.3% from 13.7%, non-food non-fuel 3.6% from 3.4%; the 2.5-7.5% target range around a 5% mid-point; "
          "the highest rate in nearly 12 years (since 2012); the next meeting in April 2024. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    kartalkaya()
    namibia()
    kenya()
