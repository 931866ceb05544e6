"""The fifty-seventh development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset57/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def pylos():
    R, K, T, A, P = "reuters-jun14", "kompas-jun15", "detik-jun19", "ap-may21-2024", "tempo-feb04-2025"
    names = {
     "dead": "bodies recovered", "survivors": "people rescued alive", "aboard": "people on board",
     "missing": "people missing", "children": "children in the hold", "distance": "nautical miles from Pylos",
     "hypothermia": "survivors flown to hospital with hypothermia", "mourning": "days of national mourning in Greece",
     "egyptians": "Egyptians arrested in Greece", "pak_survivors": "Pakistanis among the survivors",
     "pak_dead": "Pakistanis dead or missing (Pakistani media)", "pak_arrests": "people arrested in Pakistan",
     "hospital": "survivors still in hospital in Kalamata", "detention": "time the nine spent in pretrial detention",
     "officers": "senior coast guard officers the ombudsman faulted", "pages": "pages of the ombudsman's report",
     "questioned": "coast guard officers questioned by the ombudsman",
     # dates
     "sinking": "day of the sinking", "alert": "day Alarm Phone was alerted", "spotted": "day Frontex spotted the boat",
     "warned": "day the Greek authorities were warned the boat was overloaded",
     "announce79": "day the toll of 79 was given", "correction": "day the toll was corrected to 78",
     "pak_mourning": "Pakistan's day of mourning", "pak_announce": "day Pakistan announced its day of mourning",
     "magistrate": "day the nine appeared before the investigating magistrate", "count_day": "day of the detik count",
     "dismissal": "day the Kalamata court dropped the case", "ombudsman_start": "month the ombudsman's inquiry began",
     "report": "day the ombudsman's report was released",
    }
    T14, T23 = "2023-06-14T14", "2023-06-14T23"
    SURV, ALARM, UN, RIGHTS = "survivors", "Alarm Phone", "UN agencies", "rights groups and survivors"
    ms = [
     M(R, "at least 79 people", N, "dead", 79, T23, "atleast"),
     M(R, "104 people", N, "survivors", 104),
     M(R, "79 bodies", N, "dead", 79, T23),
     M(R, "59", N, "dead", 59, T14),
     M(R, "47 nautical miles", N, "distance", 47, cls="dist"),
     M(R, "about 400 people", N, "aboard", 400, qual="approx", src=SURV),
     M(R, "some 750 people", N, "aboard", 750, qual="approx", src=ALARM),
     M(R, "Four survivors", N, "hypothermia", 4),
     M(R, "three days", N, "mourning", 3, cls="dur"),
     M(R, "Wednesday", D, "sinking", "2023-06-14"),
     M(R, "Tuesday", D, "alert", "2023-06-13"),

     M(K, "78 orang", N, "dead", 78, "2023-06-15"),
     M(K, "79 orang", N, "dead", 79, T23),
     M(K, "104 orang", N, "survivors", 104),
     M(K, "47 mil laut", N, "distance", 47, cls="dist"),
     M(K, "hingga 750 orang", N, "aboard", 750, qual="approx", src=UN),
     M(K, "sekitar 100 anak", N, "children", 100, qual="approx"),
     M(K, "sembilan pria", N, "egyptians", 9),
     M(K, "tiga hari", N, "mourning", 3, cls="dur"),
     M(K, "Rabu (14/6/2023)", D, "announce79", "2023-06-14"),
     M(K, "Kamis (15/6/2023)", D, "correction", "2023-06-15"),

     M(T, "12 warganya", N, "pak_survivors", 12),
     M(T, "hampir 300 warga Pakistan", N, "pak_dead", 300, qual="nearly"),
     M(T, "sedikitnya 10 orang", N, "pak_arrests", 10, qual="atleast"),
     M(T, "sembilan tersangka", N, "egyptians", 9),
     M(T, "78", N, "dead", 78, "2023-06-19"),
     M(T, "114 orang", N, "survivors", 114, planted=True),
     M(T, "lebih dari 500 orang", N, "missing", 500, "2023-06-19", "morethan", fall=True),
     M(T, "18 korban selamat", N, "hospital", 18),
     M(T, "Senin (19/6/2023)", D, "pak_mourning", "2023-06-19"),
     M(T, "Rabu (14/6/2023)", D, "sinking", "2023-06-14"),
     M(T, "Minggu (18/6/2023)", D, "pak_announce", "2023-06-18"),
     M(T, "Senin", D, "magistrate", "2023-06-19", occ=2),
     M(T, "Senin", D, "count_day", "2023-06-19", occ=3),

     M(A, "nine Egyptian men", N, "egyptians", 9),
     M(A, "11 months", N, "detention", 11, cls="dur"),
     M(A, "47 nautical miles", N, "distance", 47, cls="dist"),
     M(A, "about 750 people", N, "aboard", 750, qual="approx", src=RIGHTS),
     M(A, "104", N, "survivors", 104),
     M(A, "more than 500", N, "missing", 500, "2024-05-21", "morethan", fall=True),
     M(A, "Tuesday", D, "dismissal", "2024-05-21"),
     M(A, "June 14, 2023", D, "sinking", "2023-06-14"),
     M(A, "June 13", D, "spotted", "2023-06-13"),
     M(A, "November 2023", D, "ombudsman_start", "2023-11"),

     M(P, "delapan perwira senior", N, "officers", 8),
     M(P, "148 halaman", N, "pages", 148),
     M(P, "10 perwira", N, "questioned", 10),
     M(P, "sekitar 750 orang", N, "aboard", 750, qual="approx", src=UN),
     M(P, "104 orang", N, "survivors", 104),
     M(P, "82 jenazah", N, "dead", 82, "2025-02-03"),
     M(P, "Sembilan warga Mesir", N, "egyptians", 9),
     M(P, "Kamis (15/6/2023)", D, "sinking", "2023-06-15", planted=True),
     M(P, "Senin (3/2/2025)", D, "report", "2025-02-03"),
     M(P, "November 2023", D, "ombudsman_start", "2023-11"),
     M(P, "13 Juni 2023", D, "warned", "2023-06-13"),
     M(P, "Mei 2024", D, "dismissal", "2024-05"),
    ]
    build("pylos-shipwreck-2023", "The sinking of the migrant trawler Adriana off Pylos, Greece (Wednesday 14 June "
          "2023): 104 survivors; bodies recovered 59 early on the day -> 79 that evening -> corrected down to 78 the "
          "next day -> 82 by the ombudsman's report; estimates of those aboard from survivors (about 400), Alarm Phone "
          "(some 750), UN agencies (up to 750) and rights groups (about 750); more than 500 missing; nine Egyptians "
          "arrested and, on 21 May 2024, freed when a Kalamata court found it had no jurisdiction; Pakistan's day of "
          "mourning on 19 June 2023; the Greek ombudsman's report of 3 February 2025 faulting eight senior coast guard "
          "officers", False, ms, names)


def austria():
    R, K, A, W, T = "reuters-sep30", "kompas-oct04", "antara-oct23", "dw-jan07-2025", "tempo-mar04-2025"
    NIGHT, FINAL = "2024-09-29", "2024-10-03"
    names = {
     "fpo_pct": "FPÖ share of the vote", "ovp_pct": "ÖVP share of the vote", "spo_pct": "SPÖ share of the vote",
     "neos_pct": "NEOS share of the vote", "greens_pct": "Greens' share of the vote",
     "fpo": "FPÖ seats", "ovp": "ÖVP seats", "spo": "SPÖ seats", "neos": "NEOS seats", "greens": "Greens' seats",
     "house": "seats in the National Council", "majority": "seats needed for a majority",
     "ovp_spo": "seats of an ÖVP-SPÖ coalition", "three": "seats of an ÖVP-SPÖ-NEOS coalition",
     "fpo_ovp": "seats of an FPÖ-ÖVP coalition", "turnout": "turnout in 2024", "turnout2019": "turnout in 2019",
     "ovp2019_pct": "ÖVP share in 2019", "ovp2019": "ÖVP seats in 2019", "fpo2019": "FPÖ seats in 2019",
     "eligible": "eligible voters", "fpo_gain": "seats the FPÖ gained", "ovp_loss": "seats the ÖVP lost",
     "greens_loss": "seats the Greens lost", "neos_yes": "NEOS members' vote for the coalition deal",
     "stocker_age": "Stocker's age",
     # dates
     "election": "day of the election", "nehammer_remark": "night Nehammer repeated his refusal",
     "postal_monday": "day the first postal ballots were counted", "final_count": "day of the final count",
     "y2019": "the 2019 election", "official": "day the result was to be certified",
     "mandate_nehammer": "day Nehammer was asked to form a government", "inaugural": "day of the new council's first sitting",
     "neos_quit": "day NEOS left the talks", "nehammer_resign": "day Nehammer said he would resign",
     "stocker_leader": "day Stocker took over the ÖVP", "mandate_kickl": "day Kickl was asked to form a government",
     "sworn_in": "day the government was sworn in", "neos_vote": "day of the NEOS members' vote",
     "deal": "day the coalition deal was announced", "talks_fail": "day the FPÖ-ÖVP talks failed",
    }
    ms = [
     M(R, "29.2%", N, "fpo_pct", 29.2, NIGHT, cls="pct"),
     M(R, "26.5%", N, "ovp_pct", 26.5, NIGHT, cls="pct"),
     M(R, "21.0%", N, "spo_pct", 21.0, NIGHT, cls="pct"),
     M(R, "9.0%", N, "neos_pct", 9.0, NIGHT, cls="pct"),
     M(R, "8.0%", N, "greens_pct", 8.0, NIGHT, cls="pct"),
     M(R, "58", N, "fpo", 58, NIGHT),
     M(R, "183 seats", N, "house", 183),
     M(R, "52", N, "ovp", 52, NIGHT),
     M(R, "41", N, "spo", 41, NIGHT),
     M(R, "17", N, "neos", 17, NIGHT),
     M(R, "15", N, "greens", 15, NIGHT),
     M(R, "74.9%", N, "turnout", 74.9, NIGHT, cls="pct"),
     M(R, "92 seats", N, "majority", 92),
     M(R, "37.5%", N, "ovp2019_pct", 37.5, cls="pct"),
     M(R, "71 seats", N, "ovp2019", 71),
     M(R, "31 seats", N, "fpo2019", 31),
     M(R, "About 6.3 million", N, "eligible", 6.3e6, qual="approx"),
     M(R, "Sunday", D, "election", "2024-09-29"),
     M(R, "Monday", D, "postal_monday", "2024-09-30"),
     M(R, "Thursday", D, "final_count", "2024-10-03"),
     M(R, "Sunday", D, "nehammer_remark", "2024-09-29", occ=2),
     M(R, "2019", D, "y2019", "2019"),

     M(K, "Kamis (3/10/2024)", D, "final_count", "2024-10-03"),
     M(K, "57 kursi", N, "fpo", 57, FINAL),
     M(K, "58 kursi", N, "fpo", 58, NIGHT),
     M(K, "28,8 persen", N, "fpo_pct", 28.8, FINAL, cls="pct"),
     M(K, "26,3 persen", N, "ovp_pct", 26.3, FINAL, cls="pct"),
     M(K, "51 kursi", N, "ovp", 51, FINAL),
     M(K, "21,1 persen", N, "spo_pct", 21.1, FINAL, cls="pct"),
     M(K, "41 kursi", N, "spo", 41, FINAL),
     M(K, "9,1 persen", N, "neos_pct", 9.1, FINAL, cls="pct"),
     M(K, "18 kursi", N, "neos", 18, FINAL),
     M(K, "8,2 persen", N, "greens_pct", 8.2, FINAL, cls="pct"),
     M(K, "16 kursi", N, "greens", 16, FINAL),
     M(K, "Senin", D, "postal_monday", "2024-09-30"),
     M(K, "Kamis", D, "final_count", "2024-10-03", occ=2),
     M(K, "77,7 persen", N, "turnout", 77.7, FINAL, cls="pct"),
     M(K, "75,6 persen", N, "turnout2019", 75.6, cls="pct"),
     M(K, "2019", D, "y2019", "2019"),
     M(K, "26 kursi", N, "fpo_gain", 26),
     M(K, "20 kursi", N, "ovp_loss", 20),
     M(K, "10 kursi", N, "greens_loss", 10),
     M(K, "92", N, "ovp_spo", 92),
     M(K, "183 kursi", N, "house", 183),
     M(K, "110 kursi", N, "three", 110),
     M(K, "108 kursi", N, "fpo_ovp", 108),
     M(K, "16 Oktober", D, "official", "2024-10-16"),

     M(A, "Selasa (22/10/2024)", D, "mandate_nehammer", "2024-10-22"),
     M(A, "29 September 2024", D, "election", "2024-09-29"),
     M(A, "28,8 persen", N, "fpo_pct", 28.8, FINAL, cls="pct"),
     M(A, "57 kursi", N, "fpo", 57, FINAL),
     M(A, "183 orang", N, "house", 183),
     M(A, "52 kursi", N, "ovp", 52, FINAL, planted=True),
     M(A, "41 kursi", N, "spo", 41, FINAL),
     M(A, "92 kursi", N, "majority", 92),
     M(A, "18 kursi", N, "neos", 18, FINAL),
     M(A, "Kamis (24/10/2024)", D, "inaugural", "2024-10-24"),

     M(W, "Monday", D, "mandate_kickl", "2025-01-06"),
     M(W, "Jan. 3", D, "neos_quit", "2025-01-03"),
     M(W, "Jan. 4", D, "nehammer_resign", "2025-01-04"),
     M(W, "Sunday", D, "stocker_leader", "2025-01-05"),
     M(W, "Sept. 29", D, "election", "2024-09-29"),
     M(W, "28.8%", N, "fpo_pct", 28.8, FINAL, cls="pct"),
     M(W, "57", N, "fpo", 57, FINAL),
     M(W, "183 seats", N, "house", 183),
     M(W, "51", N, "ovp", 51, FINAL),
     M(W, "41", N, "spo", 41, FINAL),
     M(W, "108 seats", N, "fpo_ovp", 108),
     M(W, "Oct. 22", D, "mandate_nehammer", "2024-10-22"),

     M(T, "Senin (3/3/2025)", D, "sworn_in", "2025-03-03"),
     M(T, "29 September 2024", D, "election", "2024-09-29"),
     M(T, "Minggu (2/3/2025)", D, "neos_vote", "2025-03-02"),
     M(T, "sekitar 94 persen", N, "neos_yes", 94, qual="approx", cls="pct"),
     M(T, "Kamis (27/2/2025)", D, "deal", "2025-02-27"),
     M(T, "12 Februari", D, "talks_fail", "2025-02-12"),
     M(T, "28,8 persen", N, "fpo_pct", 28.8, FINAL, cls="pct"),
     M(T, "57 kursi", N, "fpo", 57, FINAL),
     M(T, "110", N, "three", 110),
     M(T, "183 kursi", N, "house", 183),
     M(T, "51 kursi", N, "ovp", 51, FINAL),
     M(T, "41 kursi", N, "spo", 41, FINAL),
     M(T, "18 kursi", N, "neos", 18, FINAL),
     M(T, "64 tahun", N, "stocker_age", 64, cls="age"),
     M(T, "Januari", D, "stocker_leader", "2025-01"),
    ]
    build("austria-election-2024", "Austria's legislative election (Sunday 29 September 2024) for the 183-seat "
          "National Council: the interior ministry's preliminary count on the night (FPÖ 29.2% and 58 seats, ÖVP 26.5% "
          "and 52, SPÖ 21.0% and 41, NEOS 9.0% and 17, Greens 8.0% and 15, turnout 74.9%) against the final count of "
          "Thursday 3 October with all postal ballots (28.8% and 57, 26.3% and 51, 21.1% and 41, 9.1% and 18, 8.2% "
          "and 16, turnout 77.7%); 92 seats for a majority; Nehammer asked to form a government on 22 October, the "
          "three-party talks' collapse in early January 2025, Kickl's mandate of 6 January, and Stocker's ÖVP-SPÖ-NEOS "
          "government sworn in on Monday 3 March 2025", False, ms, names)


def mnb():
    R, K, B, C = "reuters-sep27", "kontan-sep28", "bbj-sep29", "cnbcindonesia-sep30"
    names = {
     "hike": "size of the base rate increase", "rate": "the new base rate", "cycle_len": "length of the tightening cycle",
     "dep_hike": "size of the overnight deposit rate increase", "dep_rate": "the new overnight deposit rate",
     "lend_rate": "the new collateralised lending rates", "hikes": "consecutive increases since June 2021",
     "start_rate": "base rate before the cycle", "prev_hike": "size of the August increase",
     "prev_rate": "base rate after the August increase", "cpi": "inflation in August", "target": "inflation target",
     "band": "tolerance band around the target", "reserve": "minimum reserve ratio from October",
     "liq_new": "liquidity tied up in reserves from October (HUF bn)", "liq_old": "liquidity tied up in reserves before (HUF bn)",
     "cumulative": "total increase over the cycle", "dep_spread": "gap of the deposit rate below the base rate",
     "lend_spread": "gap of the lending rates above the base rate",
     # dates
     "decision": "day of the decision", "effective": "day the new rates took effect", "prev_meeting": "day of the August increase",
     "cycle_start": "month the cycle began", "cpi_month": "month of the inflation figure",
     "reserve_start": "month the new reserve ratio applies", "next": "day of the next rate meeting",
     "liq_month": "month of the earlier liquidity figure",
    }
    ms = [
     M(R, "125 basis points", N, "hike", 125, cls="bp"),
     M(R, "13.00%", N, "rate", 13, cls="pct"),
     M(R, "16-month", N, "cycle_len", 16, cls="dur"),
     M(R, "125 basis points", N, "dep_hike", 125, cls="bp", occ=2),
     M(R, "12.50%", N, "dep_rate", 12.5, cls="pct"),
     M(R, "15.50%", N, "lend_rate", 15.5, cls="pct"),
     M(R, "17th", N, "hikes", 17),
     M(R, "0.60%", N, "start_rate", 0.6, cls="pct"),
     M(R, "100 basis points", N, "prev_hike", 100, cls="bp"),
     M(R, "11.75%", N, "prev_rate", 11.75, cls="pct"),
     M(R, "15.6%", N, "cpi", 15.6, cls="pct"),
     M(R, "3%", N, "target", 3, cls="pct"),
     M(R, "one percentage point", N, "band", 1, cls="pp"),
     M(R, "at least 5%", N, "reserve", 5, qual="atleast", cls="pct"),
     M(R, "nearly 2,700 billion forints", N, "liq_new", 2700, qual="nearly", cls="huf"),
     M(R, "about 400 billion", N, "liq_old", 400, qual="approx", cls="huf"),
     M(R, "Tuesday", D, "decision", "2022-09-27"),
     M(R, "June 2021", D, "cycle_start", "2021-06"),
     M(R, "Aug. 30", D, "prev_meeting", "2022-08-30"),
     M(R, "August", D, "cpi_month", "2022-08"),
     M(R, "October", D, "reserve_start", "2022-10"),
     M(R, "Wednesday, Sept. 28", D, "effective", "2022-09-28"),
     M(R, "Oct. 25", D, "next", "2022-10-25"),

     M(K, "125 basis poin", N, "hike", 125, cls="bp"),
     M(K, "13%", N, "rate", 13, cls="pct"),
     M(K, "Selasa (27/9/2022)", D, "decision", "2022-09-27"),
     M(K, "ke-17", N, "hikes", 17),
     M(K, "Juni 2021", D, "cycle_start", "2021-06"),
     M(K, "125 bps", N, "dep_hike", 125, cls="bp"),
     M(K, "12,50%", N, "dep_rate", 12.5, cls="pct"),
     M(K, "15,50%", N, "lend_rate", 15.5, cls="pct"),
     M(K, "16 bulan", N, "cycle_len", 16, cls="dur"),
     M(K, "30 Agustus", D, "prev_meeting", "2022-08-30"),
     M(K, "100 bps", N, "prev_hike", 100, cls="bp"),
     M(K, "11,75%", N, "prev_rate", 11.75, cls="pct"),
     M(K, "15,6%", N, "cpi", 15.6, cls="pct"),
     M(K, "Agustus", D, "cpi_month", "2022-08", occ=2),
     M(K, "3%", N, "target", 3, cls="pct"),
     M(K, "1 poin persentase", N, "band", 1, cls="pp"),
     M(K, "Oktober", D, "reserve_start", "2022-10"),
     M(K, "5%", N, "reserve", 5, cls="pct"),
     M(K, "Rabu (28/9/2022)", D, "effective", "2022-09-28"),
     M(K, "25 Oktober 2022", D, "next", "2022-10-25"),

     M(B, "1.25 percentage points", N, "hike", 125, qual="unit", cls="bp"),
     M(B, "13%", N, "rate", 13, cls="pct"),
     M(B, "Tuesday, Sept. 27", D, "decision", "2022-09-27"),
     M(B, "100 basis points", N, "prev_hike", 100, cls="bp"),
     M(B, "August", D, "prev_meeting", "2022-08"),
     M(B, "Sept. 28", D, "effective", "2022-09-28"),
     M(B, "half a percentage point", N, "dep_spread", 0.5, cls="pp"),
     M(B, "12.50%", N, "dep_rate", 12.5, cls="pct"),
     M(B, "2.5 percentage points", N, "lend_spread", 2.5, cls="pp"),
     M(B, "15.50%", N, "lend_rate", 15.5, cls="pct"),
     M(B, "June 2021", D, "cycle_start", "2021-06"),
     M(B, "17 consecutive increases", N, "hikes", 17),
     M(B, "1,240 basis points", N, "cumulative", 1240, cls="bp"),
     M(B, "0.60%", N, "start_rate", 0.6, cls="pct"),
     M(B, "15.6%", N, "cpi", 15.6, cls="pct"),
     M(B, "August", D, "cpi_month", "2022-08", occ=2),
     M(B, "3%", N, "target", 3, cls="pct"),
     M(B, "1 percentage point", N, "band", 1, cls="pp"),
     M(B, "5%", N, "reserve", 5, cls="pct"),
     M(B, "October", D, "reserve_start", "2022-10"),
     M(B, "close to HUF 2,700 billion", N, "liq_new", 2700, qual="nearly", cls="huf"),
     M(B, "HUF 400 billion", N, "liq_old", 400, cls="huf"),
     M(B, "September", D, "liq_month", "2022-09"),
     M(B, "Oct. 25", D, "next", "2022-10-25"),

     M(C, "125 bps", N, "hike", 125, cls="bp"),
     M(C, "13%", N, "rate", 13, cls="pct"),
     M(C, "Selasa (27/9/2022)", D, "decision", "2022-09-27"),
     M(C, "ke-17", N, "hikes", 17),
     M(C, "Juni 2021", D, "cycle_start", "2021-06"),
     M(C, "1.240 bps", N, "cumulative", 1240, cls="bp"),
     M(C, "0,60%", N, "start_rate", 0.6, cls="pct"),
     M(C, "16 bulan", N, "cycle_len", 16, cls="dur"),
     M(C, "100 bps", N, "prev_hike", 100, cls="bp"),
     M(C, "11,75%", N, "prev_rate", 11.75, cls="pct"),
     M(C, "Agustus", D, "cpi_month", "2022-08"),
     M(C, "15,6%", N, "cpi", 15.6, cls="pct"),
     M(C, "3%", N, "target", 3, cls="pct"),
     M(C, "1 poin persentase", N, "band", 1, cls="pp"),
     M(C, "12,50%", N, "dep_rate", 12.5, cls="pct"),
     M(C, "15,50%", N, "lend_rate", 15.5, cls="pct"),
     M(C, "5%", N, "reserve", 5, cls="pct"),
     M(C, "Oktober", D, "reserve_start", "2022-10"),
     M(C, "Rabu (28/9/2022)", D, "effective", "2022-09-28"),
     M(C, "25 Oktober 2022", D, "next", "2022-10-25"),
    ]
    build("mnb-rate-2022", "The Magyar Nemzeti Bank's rate decision (control) of Tuesday 27 September 2022: the base "
          "rate raised 125 basis points to 13.00% from 11.75% (the August increase of 100), the 17th consecutive "
          "increase since June 2021 and the end of a 16-month cycle (1,240 basis points from 0.60%); the overnight "
          "deposit rate 12.50% and the collateralised lending rates 15.50%; August inflation 15.6% against the 3% "
          "target with a one-point band; a minimum reserve ratio of 5% from October; the new rates effective 28 "
          "September, the next meeting on 25 October 2022. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    pylos()
    austria()
    mnb()
