"""The seventy-fourth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset74/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def fire():
    R, DT, K, A, AN = "reuters-nov27", "detik-nov28", "kompas-dec01", "ap-dec04", "antara-jan16-2026"
    # the official tallies: Thursday 27 November (44 dead, 279 unreachable), Friday morning 28 November (94 dead),
    # Saturday 29 November (128 dead), Sunday 30 November (146), Tuesday 2 December (156), Wednesday 3 December (159,
    # the search of the towers finished), Tuesday 9 December (160), Saturday 20 December (161), the arrests as given
    # on Wednesday 14 January 2026 and the final count of Thursday 15 January 2026 (168)
    THU, FRI, SAT, SUN, TUE2, WED3, DEC9, DEC20, JAN14, JAN15 = (
        "2025-11-27", "2025-11-28T09", "2025-11-29", "2025-11-30", "2025-12-02", "2025-12-03", "2025-12-09",
        "2025-12-20", "2026-01-14", "2026-01-15")
    names = {
     "dead": "people killed by the fire", "missing": "people still missing or unreachable",
     "injured": "people injured", "injured_ff": "firefighters injured", "identified": "dead formally identified",
     "unconfirmed": "dead whose identity was not yet confirmed", "women": "women among the dead",
     "men": "men among the dead", "youngest": "age of the youngest victim", "oldest": "age of the oldest victim",
     "ff_age": "age of the firefighter who died", "blocks": "residential blocks of the estate",
     "blocks_burned": "blocks the fire spread to", "flats": "flats in the estate", "residents": "residents of the estate",
     "sheltered": "residents in temporary shelters", "arrested": "people arrested by the police on suspicion of manslaughter",
     "directors": "company directors among the first arrested", "arrests_all": "arrests by the police and the ICAC",
     "icac": "people arrested by the ICAC", "fraud": "people arrested on suspicion of fraud",
     "men_arrested": "men among those arrested", "wni_dead": "Indonesians among the dead",
     "wni_injured": "Indonesians injured", "wni_safe": "Indonesians confirmed safe",
     "wni_missing": "Indonesians not yet found", "found_safe": "people reported missing found safe",
     "added": "remains found on Sunday", "suspended": "building projects suspended", "mourning": "days of mourning",
     "mourners": "people who came to the site on Sunday", "discharged": "injured discharged from hospital",
     "in_hospital": "injured still in hospital", "critical": "patients in critical condition",
     "rise_final": "rise of the toll at the final count", "builders": "construction workers among the dead",
     "helpers": "foreign domestic workers among the dead", "hosp_dead": "victims pronounced dead in hospital",
     "scene_dead": "bodies recovered at the scene", "burn_hours": "hours the fire burned",
     # dates
     "fire": "day the fire broke out", "count_thu": "day of the Thursday count", "count_fri": "day of the Friday count",
     "fire_out": "day the fire was put out", "count_sat": "day of the Saturday count",
     "count_sun": "day of the Sunday count", "kjri_day": "day of the consulate's count",
     "vigil": "day people mourned at the site", "mourning_start": "first day of mourning",
     "count_wed": "day of the count of 159", "count_dec9": "day of the count of 160",
     "count_dec20": "day of the count of 161", "final_day": "day of the final count", "built": "year the estate was completed",
     "y1948": "year of the city's last deadlier fire", "y1980": "year of the last deadlier residential building fire",
    }
    ms = [
     M(R, "At least 44", N, "dead", 44, THU, qual="atleast"),
     M(R, "279 people", N, "missing", 279, THU, fall=True),
     M(R, "Thursday", D, "count_thu", "2025-11-27"),
     M(R, "Wednesday", D, "fire", "2025-11-26"),
     M(R, "seven", N, "blocks_burned", 7),
     M(R, "eight", N, "blocks", 8),
     M(R, "nearly 2,000 flats", N, "flats", 2000, qual="nearly"),
     M(R, "about 4,600 residents", N, "residents", 4600, qual="approx"),
     M(R, "37-year-old", N, "ff_age", 37, cls="age"),
     M(R, "three men", N, "arrested", 3, THU),
     M(R, "two directors", N, "directors", 2),
     M(R, "More than 900 residents", N, "sheltered", 900, THU, qual="morethan"),

     M(DT, "94 orang", N, "dead", 94, FRI),
     M(DT, "Jumat (28/11/2025)", D, "count_fri", "2025-11-28"),
     M(DT, "Jumat pagi", D, "fire_out", "2025-11-28"),
     M(DT, "43 jam", N, "burn_hours", 43, qual="approx", cls="dur"),
     M(DT, "Rabu (26/11/2025)", D, "fire", "2025-11-26"),
     M(DT, "76 orang", N, "injured", 76, FRI),
     M(DT, "11 petugas", N, "injured_ff", 11, FRI),
     M(DT, "Kamis (27/11/2025)", D, "count_thu", "2025-11-27"),
     M(DT, "44 orang", N, "dead", 44, THU),
     M(DT, "297 orang", N, "missing", 297, THU, fall=True, planted=True),
     M(DT, "dua warga", N, "wni_dead", 2, THU),
     M(DT, "dua lainnya", N, "wni_injured", 2, THU),
     M(DT, "tiga orang", N, "arrested", 3, THU),
     M(DT, "dua direktur", N, "directors", 2),
     M(DT, "1983", D, "built", "1983"),
     M(DT, "delapan menara", N, "blocks", 8),
     M(DT, "hampir 2.000 unit", N, "flats", 2000, qual="nearly"),
     M(DT, "tujuh", N, "blocks_burned", 7),

     M(K, "18 korban", N, "added", 18),
     M(K, "146 orang", N, "dead", 146, SUN),
     M(K, "Minggu (30/11/2025)", D, "count_sun", "2025-11-30"),
     M(K, "sekitar 100 orang", N, "missing", 100, SUN, qual="approx", fall=True),
     M(K, "79 orang", N, "injured", 79, SUN),
     M(K, "Sabtu (29/11/2025)", D, "count_sat", "2025-11-29"),
     M(K, "128 korban", N, "dead", 128, SAT),
     M(K, "sekitar 150 orang", N, "missing", 150, SAT, qual="approx", fall=True),
     M(K, "144 orang", N, "found_safe", 144),
     M(K, "Minggu sore", D, "kjri_day", "2025-11-30"),
     M(K, "sembilan pekerja", N, "wni_dead", 9, SUN),
     M(K, "88 orang", N, "wni_safe", 88),
     M(K, "42 orang", N, "wni_missing", 42, fall=True),
     M(K, "menjadi 11", N, "arrests_all", 11, SUN),
     M(K, "delapan orang", N, "icac", 8, SUN),
     M(K, "28 proyek", N, "suspended", 28),
     M(K, "tiga hari", N, "mourning", 3, cls="dur"),
     M(K, "Sabtu", D, "mourning_start", "2025-11-29", occ=2),
     M(K, "Minggu", D, "vigil", "2025-11-30", occ=3),
     M(K, "Lebih dari 1.000 orang", N, "mourners", 1000, qual="morethan"),

     M(A, "159", N, "dead", 159, WED3),
     M(A, "Wednesday", D, "count_wed", "2025-12-03"),
     M(A, "seven", N, "blocks_burned", 7),
     M(A, "140", N, "identified", 140, WED3),
     M(A, "91 women", N, "women", 91, WED3),
     M(A, "49 men", N, "men", 49, WED3),
     M(A, "1-year-old", N, "youngest", 1, WED3, cls="age"),
     M(A, "97", N, "oldest", 97, WED3, cls="age"),
     M(A, "Thirty-one", N, "missing", 31, WED3, fall=True),
     M(A, "156", N, "dead", 156, TUE2),
     M(A, "127", N, "identified", 127, TUE2),
     M(A, "79 people", N, "injured", 79, WED3),
     M(A, "42", N, "discharged", 42, WED3),
     M(A, "37", N, "in_hospital", 37, WED3, fall=True),
     M(A, "four", N, "critical", 4, WED3, fall=True),
     M(A, "15 people", N, "arrested", 15, WED3),
     M(A, "14 men", N, "men_arrested", 14),
     M(A, "Nov. 26", D, "fire", "2025-11-26"),
     M(A, "1948", D, "y1948", "1948"),
     M(A, "1980", D, "y1980", "1980"),

     M(AN, "168 orang", N, "dead", 168, JAN15),
     M(AN, "naik tujuh", N, "rise_final", 7),
     M(AN, "161 orang", N, "dead", 161, DEC20),
     M(AN, "Kamis (15/1/2026)", D, "final_day", "2026-01-15"),
     M(AN, "110 perempuan", N, "women", 110, JAN15),
     M(AN, "58 laki-laki", N, "men", 58, JAN15),
     M(AN, "enam bulan", N, "youngest", 0.5, JAN15, cls="age"),
     M(AN, "98 tahun", N, "oldest", 98, JAN15, cls="age"),
     M(AN, "lima pekerja", N, "builders", 5),
     M(AN, "10 pekerja", N, "helpers", 10),
     M(AN, "sembilan", N, "wni_dead", 9, JAN15),
     M(AN, "Empat korban", N, "hosp_dead", 4),
     M(AN, "164 jenazah", N, "scene_dead", 164),
     M(AN, "Selasa (9/12/2025)", D, "count_dec9", "2025-12-09"),
     M(AN, "160 korban", N, "dead", 160, DEC9),
     M(AN, "40 di antaranya", N, "unconfirmed", 40, DEC9, fall=True),
     M(AN, "120 korban", N, "identified", 120, DEC9),
     M(AN, "140 yang", N, "identified", 140, WED3),
     M(AN, "enam orang masih", N, "missing", 6, DEC9, fall=True),
     M(AN, "Sabtu (20/12/2025)", D, "count_dec20", "2025-12-20"),
     M(AN, "161 setelah", N, "dead", 161, DEC20),
     M(AN, "Rabu, 26 November 2025", D, "fire", "2025-11-26"),
     M(AN, "tujuh", N, "blocks_burned", 7, occ=2),
     M(AN, "delapan menara", N, "blocks", 8),
     M(AN, "16 orang", N, "arrested", 16, JAN14),
     M(AN, "enam orang lain", N, "fraud", 6, JAN14),
     M(AN, "14 orang", N, "icac", 14, JAN14),
    ]
    build("wang-fuk-court-2025", "The fire at the Wang Fuk Court housing estate in Tai Po, which broke out on the "
          "afternoon of Wednesday 26 November 2025 and spread to seven of its eight blocks: 44 dead and 279 unreachable "
          "on Thursday 27 November, three men arrested for manslaughter; 94 dead on Friday morning 28 November; 128 "
          "dead and about 150 missing on Saturday 29 November; 146 dead, about 100 missing and 79 injured on Sunday 30 "
          "November; 156 dead and 127 identified on Tuesday 2 December; 159 dead, 140 identified on a preliminary "
          "basis and 31 missing on Wednesday 3 December; 160 dead, 40 of them not yet confirmed (120 identified) and "
          "six missing on Tuesday 9 December; 161 on Saturday 20 December; the final count of 168 on Thursday 15 "
          "January 2026", False, ms, names)


def election():
    R, K, A, T, AN = "reuters-oct30", "kompas-nov01", "ap-nov07", "tempo-jan31-2026", "antara-feb24-2026"
    EXIT, COUNT = "the Ipsos I&O exit poll", "the count (ANP's projections, then the Electoral Council)"
    # the count's stages: Thursday 30 October early (98.6% counted), Thursday later morning (99.6%), Friday 31 October
    # (ANP's call, 99.7%), the Electoral Council's official result of Friday 7 November
    NIGHT, THU, FRI, FINAL, EP = "2025-10-30T07", "2025-10-30T10", "2025-10-31", "2025-11-07", "2025-10-29T21"
    names = {
     "d66": "D66's seats", "pvv": "the PVV's seats", "vvd": "the VVD's seats", "gl": "GroenLinks-PvdA's seats",
     "cda": "the CDA's seats", "ja21": "JA21's seats", "total": "seats in the lower house",
     "majority": "seats needed for a majority", "d66_2023": "D66's seats in 2023", "pvv_2023": "the PVV's seats in 2023",
     "pvv_loss": "seats the PVV lost", "gl_loss": "seats GroenLinks-PvdA lost", "cda_2023": "the CDA's seats in 2023",
     "nsc_2023": "NSC's seats in 2023", "counted": "share of the votes counted", "turnout": "turnout",
     "turnout2023": "turnout in 2023", "age": "Jetten's age", "d66_lead": "D66's lead over the PVV in votes",
     "pvv_lead": "the PVV's lead over D66 in votes on Thursday morning", "parties": "parties winning seats",
     "d66_share": "D66's share of the vote", "mark": "seats below which no largest party had ever finished",
     "errors": "counting errors in 2025", "errors2021": "counting errors in 2021",
     "d66_postal": "D66's share of the postal votes from abroad", "pvv_postal": "the PVV's share of the postal votes",
     "preference": "candidates elected on preference votes", "coalition": "seats of the coalition",
     "short": "seats the coalition lacks for a majority", "months": "months from the election to the agreement",
     "prev_days": "days the previous formation took", "ministers": "ministers in the cabinet",
     "secretaries": "state secretaries in the cabinet", "senate_short": "seats the coalition lacks in the Senate",
     "days_sworn": "days from the election to the swearing-in",
     # dates
     "election": "day of the election", "exit_day": "night of the exit poll", "proj_day": "day of the projection",
     "coalition_fall": "month the last coalition fell", "y2023": "the 2023 election", "postal": "day the postal votes were counted",
     "call_day": "day ANP called the result", "thu_morning": "Thursday morning of the count",
     "certified": "day the Electoral Council certified the result", "amsterdam": "day Amsterdam reported",
     "y2021": "the 2021 election", "installed": "day the new lawmakers were sworn in",
     "principle": "day of the agreement in principle", "agreement": "day the coalition agreement was presented",
     "sworn": "day the cabinet was sworn in", "first_meeting": "day of the cabinet's first meeting",
    }
    ms = [
     M(R, "26 seats", N, "d66", 26, NIGHT, src=COUNT, also=(("pvv", 26),)),
     M(R, "150-seat", N, "total", 150),
     M(R, "Thursday", D, "proj_day", "2025-10-30"),
     M(R, "98.6%", N, "counted", 98.6, NIGHT, cls="pct"),
     M(R, "Wednesday's", D, "election", "2025-10-29"),
     M(R, "27 seats", N, "d66", 27, EP, src=EXIT),
     M(R, "25", N, "pvv", 25, EP, src=EXIT),
     M(R, "Wednesday night", D, "exit_day", "2025-10-29"),
     M(R, "23 seats", N, "vvd", 23, EP, src=EXIT),
     M(R, "20", N, "gl", 20, EP, src=EXIT),
     M(R, "19", N, "cda", 19, EP, src=EXIT),
     M(R, "22", N, "vvd", 22, NIGHT, src=COUNT),
     M(R, "18", N, "cda", 18, NIGHT, src=COUNT),
     M(R, "nine seats", N, "d66_2023", 9),
     M(R, "2023", D, "y2023", "2023"),
     M(R, "37 seats", N, "pvv_2023", 37),
     M(R, "lost 11", N, "pvv_loss", 11),
     M(R, "76 lawmakers", N, "majority", 76),
     M(R, "June", D, "coalition_fall", "2025-06"),
     M(R, "38", N, "age", 38, cls="age"),
     M(R, "five seats", N, "gl_loss", 5),
     M(R, "78.4%", N, "turnout", 78.4, cls="pct"),
     M(R, "77.7%", N, "turnout2023", 77.7, cls="pct"),
     M(R, "2023", D, "y2023", "2023", occ=2),
     M(R, "five seats", N, "cda_2023", 5, occ=2),
     M(R, "20 seats", N, "nsc_2023", 20),
     M(R, "Monday", D, "postal", "2025-11-03"),

     M(K, "Rabu (30/10/2025)", D, "election", "2025-10-30", planted=True),
     M(K, "Jumat (31/10/2025)", D, "call_day", "2025-10-31"),
     M(K, "99,7 persen", N, "counted", 99.7, FRI, cls="pct"),
     M(K, "15.155 suara", N, "d66_lead", 15155, FRI),
     M(K, "26 kursi", N, "d66", 26, FRI, src=COUNT, also=(("pvv", 26),)),
     M(K, "150 kursi", N, "total", 150),
     M(K, "22 kursi", N, "vvd", 22, FRI, src=COUNT),
     M(K, "20 kursi", N, "gl", 20, FRI, src=COUNT),
     M(K, "18 kursi", N, "cda", 18, FRI, src=COUNT),
     M(K, "sembilan kursi", N, "ja21", 9, FRI, src=COUNT),
     M(K, "Kamis pagi", D, "thu_morning", "2025-10-30"),
     M(K, "99,6 persen", N, "counted", 99.6, THU, cls="pct"),
     M(K, "sekitar 1.400 suara", N, "pvv_lead", 1400, THU, qual="approx"),
     M(K, "76 anggota", N, "majority", 76, qual="atleast"),
     M(K, "78,4 persen", N, "turnout", 78.4, cls="pct"),
     M(K, "Senin (3/11/2025)", D, "postal", "2025-11-03"),
     M(K, "Jumat, 7 November 2025", D, "certified", "2025-11-07"),
     M(K, "38 tahun", N, "age", 38, cls="age"),

     M(A, "Friday", D, "certified", "2025-11-07"),
     M(A, "Oct. 29", D, "election", "2025-10-29"),
     M(A, "29,668 votes", N, "d66_lead", 29668, FINAL),
     M(A, "26", N, "d66", 26, FINAL, src=COUNT, also=(("pvv", 26),)),
     M(A, "150 seats", N, "total", 150),
     M(A, "22 seats", N, "vvd", 22, FINAL, src=COUNT),
     M(A, "20", N, "gl", 20, FINAL, src=COUNT),
     M(A, "18", N, "cda", 18, FINAL, src=COUNT),
     M(A, "nine", N, "ja21", 9, FINAL, src=COUNT),
     M(A, "15 parties", N, "parties", 15),
     M(A, "nearly 17%", N, "d66_share", 17, qual="nearly", cls="pct"),
     M(A, "30 seats", N, "mark", 30),
     M(A, "7,766", N, "errors", 7766),
     M(A, "more than 14,000", N, "errors2021", 14000, qual="morethan"),
     M(A, "2021", D, "y2021", "2021"),
     M(A, "Thursday", D, "amsterdam", "2025-11-06"),
     M(A, "Monday", D, "postal", "2025-11-03"),
     M(A, "18.47%", N, "d66_postal", 18.47, cls="pct"),
     M(A, "8.57%", N, "pvv_postal", 8.57, cls="pct"),
     M(A, "Five candidates", N, "preference", 5),
     M(A, "Wednesday", D, "installed", "2025-11-12"),

     M(T, "Jumat, 30 Januari 2026", D, "agreement", "2026-01-30"),
     M(T, "sekitar tiga bulan", N, "months", 3, qual="approx", cls="dur"),
     M(T, "29 Oktober 2025", D, "election", "2025-10-29"),
     M(T, "66", N, "coalition", 66),
     M(T, "150 kursi", N, "total", 150),
     M(T, "10 kursi", N, "short", 10),
     M(T, "Selasa (27/1/2026)", D, "principle", "2026-01-27"),
     M(T, "38 tahun", N, "age", 38, cls="age"),
     M(T, "26 kursi", N, "d66", 26, FINAL, src=COUNT, also=(("pvv", 26),)),
     M(T, "7 November 2025", D, "certified", "2025-11-07"),
     M(T, "29.668 suara", N, "d66_lead", 29668, FINAL),
     M(T, "22 kursi", N, "vvd", 22, FINAL, src=COUNT),
     M(T, "18 kursi", N, "cda", 18, FINAL, src=COUNT),
     M(T, "2023", D, "y2023", "2023"),
     M(T, "223 hari", N, "prev_days", 223, cls="dur"),
     M(T, "23 Februari 2026", D, "sworn", "2026-02-23"),

     M(AN, "Senin (23/2/2026)", D, "sworn", "2026-02-23"),
     M(AN, "38 tahun", N, "age", 38, cls="age"),
     M(AN, "18 menteri", N, "ministers", 18),
     M(AN, "10 menteri muda", N, "secretaries", 10),
     M(AN, "66", N, "coalition", 66),
     M(AN, "150 kursi", N, "total", 150),
     M(AN, "16 kursi", N, "senate_short", 16),
     M(AN, "117 hari", N, "days_sworn", 117, cls="dur"),
     M(AN, "29 Oktober 2025", D, "election", "2025-10-29"),
     M(AN, "26 kursi", N, "d66", 26, FINAL, src=COUNT, also=(("pvv", 26),)),
     M(AN, "29.668 suara", N, "d66_lead", 29668, FINAL),
     M(AN, "31 Januari", D, "agreement", "2026-01-31", planted=True),
     M(AN, "Senin sore", D, "first_meeting", "2026-02-23"),
    ]
    build("dutch-general-2025", "The Dutch general election of Wednesday 29 October 2025: the Ipsos I&O exit poll (D66 "
          "27, PVV 25, VVD 23, GroenLinks-PvdA 20, CDA 19) against the count (D66 and PVV 26 each, VVD 22, "
          "GroenLinks-PvdA 20, CDA 18, JA21 9 from ANP's projection of Thursday 30 October to the Electoral Council's "
          "official result of Friday 7 November); D66's lead of 15,155 votes at ANP's call on Friday 31 October and "
          "29,668 in the official result; turnout 78.4%; the coalition agreement of D66, VVD and CDA (66 of 150 seats) "
          "presented on Friday 30 January 2026 and the Jetten cabinet sworn in on Monday 23 February 2026", False, ms,
          names)


def rba():
    R, C, B, BS = "reuters-aug12", "cnbcindonesia-aug13", "abc-aug14", "bisnis-aug15"
    names = {
     "rate": "the new cash rate", "prev": "the cash rate before the cut", "cut": "size of the cut",
     "ytd": "cuts since the start of the year", "peak": "the cash rate at its peak, before the cuts began",
     "band_low": "bottom of the inflation target band", "band_high": "top of the inflation target band",
     "trimmed": "trimmed mean inflation in the June quarter", "headline": "headline inflation in the June quarter",
     "unemp": "the unemployment rate in June", "prod": "the new productivity growth assumption",
     "prod_prev": "the previous productivity growth assumption", "more_cuts": "further cuts expected",
     # dates
     "decision": "day of the decision", "low_since": "month the rate was last this low", "cut1": "month of the first cut",
     "cut2": "month of the second cut", "hold": "month of the hold", "quarter": "quarter of the inflation reading",
     "unemp_month": "month of the unemployment reading", "year": "the year of the cuts",
     "horizon": "year by which markets expect another cut",
    }
    ms = [
     M(R, "25 basis points", N, "cut", 25, cls="bp"),
     M(R, "3.60%", N, "rate", 3.6, cls="pct"),
     M(R, "Tuesday", D, "decision", "2025-08-12"),
     M(R, "2-3%", N, "band_low", 2, cls="pct", also=(("band_high", 3),)),
     M(R, "April 2023", D, "low_since", "2023-04"),
     M(R, "February", D, "cut1", "2025-02"),
     M(R, "May", D, "cut2", "2025-05"),
     M(R, "3.85%", N, "prev", 3.85, cls="pct"),
     M(R, "July", D, "hold", "2025-07"),
     M(R, "75 basis points", N, "ytd", 75, cls="bp"),
     M(R, "4.35%", N, "peak", 4.35, cls="pct"),
     M(R, "2.7%", N, "trimmed", 2.7, cls="pct"),
     M(R, "June quarter", D, "quarter", "2025-Q2"),
     M(R, "2.1%", N, "headline", 2.1, cls="pct"),
     M(R, "4.3%", N, "unemp", 4.3, cls="pct"),
     M(R, "June", D, "unemp_month", "2025-06", occ=2),
     M(R, "0.7%", N, "prod", 0.7, cls="pct"),
     M(R, "1.0%", N, "prod_prev", 1.0, cls="pct"),
     M(R, "at least one", N, "more_cuts", 1, qual="atleast"),

     M(C, "25 basis poin", N, "cut", 25, cls="bp"),
     M(C, "3,85%", N, "prev", 3.85, cls="pct"),
     M(C, "3,60%", N, "rate", 3.6, cls="pct"),
     M(C, "Selasa (12/8/2025)", D, "decision", "2025-08-12"),
     M(C, "2025", D, "year", "2025", occ=2),
     M(C, "Februari", D, "cut1", "2025-02"),
     M(C, "Mei", D, "cut2", "2025-05"),
     M(C, "75 basis poin", N, "ytd", 75, cls="bp"),
     M(C, "2-3%", N, "band_low", 2, cls="pct", also=(("band_high", 3),)),
     M(C, "2,7%", N, "trimmed", 2.7, cls="pct"),
     M(C, "kuartal II-2025", D, "quarter", "2025-Q2"),
     M(C, "2,1%", N, "headline", 2.1, cls="pct"),
     M(C, "4,3%", N, "unemp", 4.3, cls="pct"),
     M(C, "Juni", D, "unemp_month", "2025-06"),
     M(C, "0,7%", N, "prod", 0.7, cls="pct"),
     M(C, "1%", N, "prod_prev", 1.0, cls="pct"),
     M(C, "Juli", D, "hold", "2025-07"),
     M(C, "3,85%", N, "prev", 3.85, cls="pct", occ=2),

     M(B, "Tuesday, August 12", D, "decision", "2025-08-12"),
     M(B, "a quarter of a percentage point", N, "cut", 25, qual="unit", cls="bp"),
     M(B, "3.85 per cent", N, "prev", 3.85, cls="pct"),
     M(B, "3.6 per cent", N, "rate", 3.6, cls="pct"),
     M(B, "2025", D, "year", "2025"),
     M(B, "February", D, "cut1", "2025-02"),
     M(B, "May", D, "cut2", "2025-05"),
     M(B, "75 basis points", N, "ytd", 75, cls="bp"),
     M(B, "4.35 per cent", N, "peak", 4.35, cls="pct"),
     M(B, "2.7 per cent", N, "trimmed", 2.7, cls="pct"),
     M(B, "June quarter", D, "quarter", "2025-Q2"),
     M(B, "2 to 3 per cent", N, "band_low", 2, cls="pct", also=(("band_high", 3),)),
     M(B, "2.1 per cent", N, "headline", 2.1, cls="pct"),
     M(B, "4.3 per cent", N, "unemp", 4.3, cls="pct"),
     M(B, "0.7 per cent", N, "prod", 0.7, cls="pct"),
     M(B, "1 per cent", N, "prod_prev", 1.0, cls="pct"),
     M(B, "April 2023", D, "low_since", "2023-04"),

     M(BS, "0,25 poin persentase", N, "cut", 25, qual="unit", cls="bp"),
     M(BS, "3,6 persen", N, "rate", 3.6, cls="pct"),
     M(BS, "Selasa, 12 Agustus 2025", D, "decision", "2025-08-12"),
     M(BS, "April 2023", D, "low_since", "2023-04"),
     M(BS, "Februari", D, "cut1", "2025-02"),
     M(BS, "Mei", D, "cut2", "2025-05"),
     M(BS, "4,35 persen", N, "peak", 4.35, cls="pct"),
     M(BS, "Februari 2025", D, "cut1", "2025-02"),
     M(BS, "2,7 persen", N, "trimmed", 2.7, cls="pct"),
     M(BS, "kuartal kedua 2025", D, "quarter", "2025-Q2"),
     M(BS, "2 sampai 3 persen", N, "band_low", 2, cls="pct", also=(("band_high", 3),)),
     M(BS, "2,1 persen", N, "headline", 2.1, cls="pct"),
     M(BS, "4,3 persen", N, "unemp", 4.3, cls="pct"),
     M(BS, "Juni", D, "unemp_month", "2025-06"),
     M(BS, "0,7 persen", N, "prod", 0.7, cls="pct"),
     M(BS, "1 persen", N, "prod_prev", 1.0, cls="pct"),
     M(BS, "setidaknya satu", N, "more_cuts", 1, qual="atleast"),
     M(BS, "2026", D, "horizon", "2026"),
    ]
    build("rba-august-2025", "Australia's central bank's rate decision (control) of Tuesday 12 August 2025: the cash "
          "rate cut 25 basis points from 3.85% to 3.60%, unanimously, the third cut of 2025 after February and May "
          "and a hold in July, 75 basis points since the start of the year from a peak of 4.35%, the lowest since "
          "April 2023; trimmed mean inflation 2.7% and headline 2.1% in the June quarter, within the 2-3% band; "
          "unemployment 4.3% in June; the productivity growth assumption lowered to 0.7% from 1%. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    fire()
    election()
    rba()
