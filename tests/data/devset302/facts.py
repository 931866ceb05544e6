"""The three-hundred-and-second development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset302/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def balinuraga():
    K, R, P, A = "detik-oct29", "reuters-oct31", "kompas-nov5", "ap-nov22"
    # as-of times of the running tallies: Sunday 28 October 2012 (the first day's three dead, the houses burned that
    # day), Monday 29 October (the security force by the provincial police), Tuesday 30 October earlier in the day (the
    # provincial police's nine) and later (the district police chief's 14; the refugees and the national police's
    # force), Friday 2 November (the police's corrected 12, the refugees at their peak, the houses burned in all).
    # The toll corrected down from 14 to 12 is a revision (one institution, the police, corrected its count).
    SUN, MON, TUEA, TUEB, FRI = "2012-10-28", "2012-10-29", "2012-10-30a", "2012-10-30b", "2012-11-02"
    # Sources: the houses burned on Sunday (residents' six against the police's five), the security force (the
    # provincial police's "about 2,000" on Monday against the national police's 2,150 on Tuesday).
    RES, POLDA, POLRI, POL = "residents", "the Lampung police", "the national police", "the police"
    names = {
     "dead": "people killed in the clashes", "dead_sun": "dead of Sunday's clash", "dead_mon": "dead of Monday's clash",
     "houses_sun": "houses burned on Sunday", "houses": "houses burned in the clashes in all",
     "wrecked": "houses badly damaged", "motorbikes": "motorbikes burned", "schools": "school buildings burned",
     "force": "police and soldiers deployed", "soldiers": "soldiers deployed", "refugees": "refugees at the police school",
     "children": "children among the refugees", "cremated": "bodies cremated", "points": "points of the peace pact",
     # dates
     "clash1": "day of the first clash", "clash2": "day of the second clash", "trigger": "day of the motorbike fall",
     "peace": "day the peace pact was signed", "asof_tue": "day of the district police's count of 14",
     "asof_fri": "day of the corrected count", "cremation": "day of the cremation",
     "massing": "day crowds massed again", "briefing": "day the police chief briefed the president",
    }
    ms = [
     M(K, "Minggu (28/10/2012)", D, "clash1", "2012-10-28"),
     M(K, "tiga orang", N, "dead", 3, SUN, also={"dead_sun": 3}),
     M(K, "enam rumah", N, "houses_sun", 6, SUN, src=RES),
     M(K, "Sabtu (27/10/2012)", D, "trigger", "2012-10-27"),
     M(K, "sekitar 2.000 personel", N, "force", 2000, MON, qual="approx", src=POLDA),
     M(K, "Senin pagi", D, "massing", "2012-10-29"),
     M(K, "Senin siang", D, "briefing", "2012-10-29"),

     M(R, "14 people", N, "dead", 14, TUEB),
     M(R, "Tuesday", D, "asof_tue", "2012-10-30"),
     M(R, "Sunday", D, "clash1", "2012-10-28"),
     M(R, "Monday", D, "clash2", "2012-10-29"),
     M(R, "Four", N, "dead_sun", 4, TUEB),
     M(R, "10", N, "dead_mon", 10, TUEB),
     M(R, "six", N, "dead_mon", 6, TUEA),
     M(R, "nine", N, "dead", 9, TUEA),
     M(R, "five houses", N, "houses_sun", 5, SUN, src=POL),
     M(R, "1,108 people", N, "refugees", 1108, TUEB),
     M(R, "247", N, "children", 247, TUEB),
     M(R, "2,150 officers", N, "force", 2150, TUEB, src=POLRI),
     M(R, "700 soldiers", N, "soldiers", 700, TUEB),

     M(P, "Minggu (4/11/2012)", D, "peace", "2012-11-04"),
     M(P, "10 butir", N, "points", 10),
     M(P, "12 orang", N, "dead", 12, FRI),
     M(P, "Jumat (2/11/2012)", D, "asof_fri", "2012-11-02"),
     M(P, "14 orang", N, "dead", 14, TUEB),
     M(P, "Selasa (30/10/2012)", D, "asof_tue", "2012-10-30"),
     M(P, "1.596 orang", N, "refugees", 1596, FRI),
     M(P, "368", N, "children", 368, FRI),
     M(P, "Jumat", D, "asof_fri", "2012-11-02", occ=2),
     M(P, "Selasa", D, "asof_tue", "2012-10-30", occ=2),
     M(P, "1.180 orang", N, "refugees", 1180, TUEB, planted=True),
     M(P, "166 rumah", N, "houses", 166, FRI),
     M(P, "26 rumah", N, "wrecked", 26, FRI),
     M(P, "11 sepeda motor", N, "motorbikes", 11, FRI),
     M(P, "dua gedung sekolah", N, "schools", 2, FRI),
     M(P, "Sembilan jenazah", N, "cremated", 9),
     M(P, "Kamis (1/11/2012)", D, "cremation", "2012-11-01"),

     M(A, "Oct. 28", D, "clash1", "2012-10-28"),
     M(A, "Oct. 29", D, "clash2", "2012-10-29"),
     M(A, "12 dead", N, "dead", 12, FRI),
     M(A, "14", N, "dead", 14, TUEB),
     M(A, "166 houses", N, "houses", 166, FRI),
     M(A, "nearly 1,600 people", N, "refugees", 1600, FRI, qual="nearly"),
     M(A, "Oct. 27", D, "trigger", "2012-10-27"),
     M(A, "10-point", N, "points", 10),
     M(A, "Saturday, Nov. 3", D, "peace", "2012-11-03", planted=True),
    ]
    build("balinuraga-clash-2012", "The clashes between the villagers of Agom (Kalianda) and the Balinese village of "
          "Balinuraga (Way Panji), South Lampung, Lampung (Sunday 28 and Monday 29 October 2012, after two girls fell from "
          "a motorbike on Saturday 27 October): three dead on Sunday, nine then 14 by Tuesday 30 October (4 of Sunday's "
          "clash, 10 of Monday's), the police's count corrected down to 12 on Friday 2 November; refugees at the police "
          "school in Bandar Lampung 1,108 (247 children) on Tuesday -> 1,596 (368 children) on Friday; 166 houses burned; "
          "houses burned on Sunday (residents six, police five) and the security force (about 2,000 by the provincial "
          "police, 2,150 by the national police) as sources; the 10-point peace pact of Sunday 4 November 2012",
          False, ms, names)


def timah():
    K, R, T, A = "kompas-dec10", "reuters-dec23", "detik-jan2", "ap-feb14"
    # Demands, sentences, audits and dates do not change with the day of the report: the prosecutors' demand (Monday 9
    # December 2024: 12 years, a fine of Rp 1 billion, Rp 210 billion to repay), the Jakarta anti-corruption court's
    # verdict (Monday 23 December 2024: six and a half years, Rp 1 billion or six months, Rp 210 billion or two years)
    # and the Jakarta High Court's ruling on appeal (Thursday 13 February 2025: 20 years, Rp 1 billion or eight months,
    # Rp 420 billion or ten years) are three stages of one case, each its own facts. The audit (BPKP, Wednesday 29 May
    # 2024: Rp 300.003 trillion in all = Rp 2.285 + 26.649 + 271.069 trillion) and the environmental damage first given
    # by the expert on 19 February 2024 (Rp 271 trillion, the same component).
    names = {
     "dem_term": "prison term the prosecutors sought (years)", "dem_fine": "fine the prosecutors sought",
     "dem_rp": "sum the prosecutors sought to be repaid", "v1_term": "the first verdict's prison term (years)",
     "v1_fine": "the first verdict's fine", "v1_fine_sub": "the first verdict's term in lieu of the fine",
     "v1_rp": "sum to repay in the first verdict", "v1_rp_sub": "the first verdict's term in lieu of repayment",
     "v2_term": "the appeal ruling's prison term (years)", "v2_fine": "the appeal ruling's fine",
     "v2_fine_sub": "the appeal ruling's term in lieu of the fine", "v2_rp": "sum to repay on appeal",
     "v2_rp_sub": "the appeal ruling's term in lieu of repayment", "hl_v1": "Helena Lim's first sentence (years)",
     "hl_v2": "Helena Lim's sentence on appeal (years)", "pres": "the sentence the president said was fitting",
     "loss": "state losses by the audit", "smelter": "losses from the smelter lease",
     "ore": "losses from payments for illegal ore", "env": "losses from environmental damage",
     "days": "days to decide on a further appeal",
     # dates
     "demand": "day of the prosecutors' demand", "p_start": "first year of the case's period",
     "p_end": "last year of the case's period", "audit": "day the audit was announced",
     "env_day": "day the environmental damage was announced", "detained": "month Harvey Moeis was detained",
     "verdict1": "day of the first verdict", "appeal_filed": "day the appeal was announced",
     "pres_day": "day of the president's remark", "verdict2": "day of the appeal ruling",
    }
    # unit classes: prison terms ("term"), rupiah amounts ("idr", in billions)
    TERM, IDR = "term", "idr"
    ms = [
     M(K, "12 tahun penjara", N, "dem_term", 12, cls=TERM),
     M(K, "Senin (9/12/2024)", D, "demand", "2024-12-09"),
     M(K, "Rp 1 miliar", N, "dem_fine", 1, cls=IDR),
     M(K, "Rp 210 miliar", N, "dem_rp", 210, cls=IDR),
     M(K, "2015", D, "p_start", "2015"),
     M(K, "2022", D, "p_end", "2022"),
     M(K, "29 Mei 2024", D, "audit", "2024-05-29"),
     M(K, "Rp 300,003 triliun", N, "loss", 300003, cls=IDR),
     M(K, "Rp 2,285 triliun", N, "smelter", 2285, cls=IDR),
     M(K, "Rp 26,649 triliun", N, "ore", 26649, cls=IDR),
     M(K, "Rp 271,069 triliun", N, "env", 271069, cls=IDR),
     M(K, "19 Februari 2024", D, "env_day", "2024-02-19"),
     M(K, "Maret 2024", D, "detained", "2024-03"),

     M(R, "Monday", D, "verdict1", "2024-12-23"),
     M(R, "six and a half years", N, "v1_term", 6.5, cls=TERM),
     M(R, "some 300 trillion rupiah", N, "loss", 300000, qual="approx", cls=IDR),
     M(R, "1 billion rupiah", N, "v1_fine", 1, cls=IDR),
     M(R, "six more months", N, "v1_fine_sub", 0.5, cls=TERM),
     M(R, "210 billion rupiah", N, "v1_rp", 210, cls=IDR),
     M(R, "two more years", N, "v1_rp_sub", 2, cls=TERM),
     M(R, "12-year", N, "dem_term", 12, cls=TERM),
     M(R, "2015", D, "p_start", "2015"),
     M(R, "2022", D, "p_end", "2022"),
     M(R, "300.003 trillion rupiah", N, "loss", 300003, cls=IDR),
     M(R, "May", D, "audit", "2024-05"),
     M(R, "about 271.1 trillion rupiah", N, "env", 271100, qual="approx", cls=IDR),

     M(T, "6,5 tahun penjara", N, "v1_term", 6.5, cls=TERM),
     M(T, "Selasa (31/12/2024)", D, "appeal_filed", "2024-12-31"),
     M(T, "Senin (23/12/2024)", D, "verdict1", "2024-12-23"),
     M(T, "12 tahun penjara", N, "dem_term", 12, cls=TERM),
     M(T, "Rp 201 miliar", N, "v1_rp", 201, cls=IDR, planted=True),
     M(T, "2 tahun penjara", N, "v1_rp_sub", 2, cls=TERM),
     M(T, "Rp 1 miliar", N, "v1_fine", 1, cls=IDR),
     M(T, "6 bulan kurungan", N, "v1_fine_sub", 0.5, cls=TERM),
     M(T, "Senin (30/12/2024)", D, "pres_day", "2024-12-30"),
     M(T, "50 tahun", N, "pres", 50, qual="approx", cls=TERM),
     M(T, "5 tahun penjara", N, "hl_v1", 5, cls=TERM),
     M(T, "sekitar Rp 300 triliun", N, "loss", 300000, qual="approx", cls=IDR),

     M(A, "20 years", N, "v2_term", 20, cls=TERM),
     M(A, "Thursday", D, "verdict2", "2025-02-13"),
     M(A, "420 billion rupiah", N, "v2_rp", 420, cls=IDR),
     M(A, "10 more years", N, "v2_rp_sub", 10, cls=TERM),
     M(A, "1 billion rupiah", N, "v2_fine", 1, cls=IDR),
     M(A, "eight months", N, "v2_fine_sub", 8 / 12, cls=TERM),
     M(A, "Dec. 24", D, "verdict1", "2024-12-24", planted=True),
     M(A, "6.5 years", N, "v1_term", 6.5, cls=TERM),
     M(A, "210 billion rupiah", N, "v1_rp", 210, cls=IDR),
     M(A, "12 years", N, "dem_term", 12, cls=TERM),
     M(A, "50 years", N, "pres", 50, qual="approx", cls=TERM),
     M(A, "10 years", N, "hl_v2", 10, cls=TERM),
     M(A, "five", N, "hl_v1", 5, cls=TERM),
     M(A, "about 300 trillion rupiah", N, "loss", 300000, qual="approx", cls=IDR),
     M(A, "2015", D, "p_start", "2015"),
     M(A, "2022", D, "p_end", "2022"),
     M(A, "14 days", N, "days", 14, cls="dur"),
    ]
    build("timah-verdicts-2024", "The tin trading graft case of PT Timah's mining concessions in Bangka Belitung "
          "(2015-2022) against Harvey Moeis in stages: the prosecutors' demand (Monday 9 December 2024: 12 years, Rp 1 "
          "billion, Rp 210 billion), the Jakarta anti-corruption court's verdict (Monday 23 December 2024: six and a half "
          "years, Rp 1 billion or six months, Rp 210 billion or two years), the appeal announced on Tuesday 31 December, "
          "the Jakarta High Court's ruling (Thursday 13 February 2025: 20 years, Rp 1 billion or eight months, Rp 420 "
          "billion or ten years; Helena Lim five -> ten years); the audit's Rp 300.003 trillion (Rp 2.285 + 26.649 + "
          "271.069 trillion) announced on 29 May 2024, the environmental damage first given on 19 February 2024",
          False, ms, names)


def bakauheni():
    K, J, B, A = "kompas-mar8", "jakpost-mar9", "bisnis-mar10", "ap-mar11"
    # One inauguration (Friday 8 March 2019), the same figures everywhere: 140.9 km, about Rp 16.8 trillion (Rp 16.79
    # trillion exactly), 52% equity (Rp 2.21 trillion of state capital and Rp 6.5 trillion of bonds), Rp 8.078 trillion
    # lent by seven banks, four sections, a 40-year concession; the first segments (8.9 km and 5.64 km) opened on
    # Sunday 21 January 2018; Palembang by June 2019, Aceh by 2024; construction from 2015.
    names = {
     "length": "length of the toll road (km)", "cost": "cost of the toll road", "equity": "share of equity (%)",
     "pmn": "state capital injection", "bonds": "bonds issued", "loan": "syndicated loan", "banks": "banks in the loan",
     "sections": "sections of the road", "concession": "years of the concession", "seg1": "first early segment (km)",
     "seg2": "second early segment (km)",
     # dates
     "opened": "day of the inauguration", "seg_open": "day the early segments opened",
     "palembang": "month the road should reach Palembang", "aceh": "year Lampung and Aceh should be linked",
     "start": "year construction began",
    }
    KM, IDR = "km", "idr"
    ms = [
     M(K, "Jumat (8/3/2019)", D, "opened", "2019-03-08"),
     M(K, "140,9 kilometer", N, "length", 140.9, cls=KM),
     M(K, "sekitar Rp 16,8 triliun", N, "cost", 16.8, qual="approx", cls=IDR),
     M(K, "52 persen", N, "equity", 52, cls="pct"),
     M(K, "Rp 2,21 triliun", N, "pmn", 2.21, cls=IDR),
     M(K, "Rp 6,5 triliun", N, "bonds", 6.5, cls=IDR),
     M(K, "tujuh bank", N, "banks", 7),
     M(K, "Rp 8,078 triliun", N, "loan", 8.078, cls=IDR),
     M(K, "empat seksi", N, "sections", 4),
     M(K, "40 tahun", N, "concession", 40, cls="dur"),
     M(K, "8,9 km", N, "seg1", 8.9, cls=KM),
     M(K, "5,64 km", N, "seg2", 5.64, cls=KM),
     M(K, "Minggu (21/1/2018)", D, "seg_open", "2018-01-21"),
     M(K, "Juni 2019", D, "palembang", "2019-06"),
     M(K, "2024", D, "aceh", "2024"),
     M(K, "2015", D, "start", "2015"),

     M(J, "Friday", D, "opened", "2019-03-08"),
     M(J, "140.9-kilometer", N, "length", 140.9, cls=KM),
     M(J, "Rp 16.8 trillion", N, "cost", 16.8, qual="approx", cls=IDR),
     M(J, "52 percent", N, "equity", 52, cls="pct"),
     M(J, "Rp 2.21 trillion", N, "pmn", 2.21, cls=IDR),
     M(J, "Rp 6.5 trillion", N, "bonds", 6.5, cls=IDR),
     M(J, "seven banks", N, "banks", 7),
     M(J, "Rp 8.078 trillion", N, "loan", 8.078, cls=IDR),
     M(J, "June 2019", D, "palembang", "2019-06"),
     M(J, "2024", D, "aceh", "2024"),
     M(J, "four sections", N, "sections", 4),
     M(J, "40-year", N, "concession", 40, cls="dur"),
     M(J, "8.9 km", N, "seg1", 8.9, cls=KM),
     M(J, "5.64 km", N, "seg2", 5.64, cls=KM),
     M(J, "Jan. 21, 2018", D, "seg_open", "2018-01-21"),
     M(J, "2015", D, "start", "2015"),

     M(B, "Jumat (8/3/2019)", D, "opened", "2019-03-08"),
     M(B, "Rp16,79 triliun", N, "cost", 16.79, cls=IDR),
     M(B, "Rp2,21 triliun", N, "pmn", 2.21, cls=IDR),
     M(B, "Rp6,5 triliun", N, "bonds", 6.5, cls=IDR),
     M(B, "Rp8,078 triliun", N, "loan", 8.078, cls=IDR),
     M(B, "tujuh bank", N, "banks", 7),
     M(B, "52 persen", N, "equity", 52, cls="pct"),
     M(B, "140,9 km", N, "length", 140.9, cls=KM),
     M(B, "empat seksi", N, "sections", 4),
     M(B, "40 tahun", N, "concession", 40, cls="dur"),
     M(B, "8,9 km", N, "seg1", 8.9, cls=KM),
     M(B, "5,64 km", N, "seg2", 5.64, cls=KM),
     M(B, "21 Januari 2018", D, "seg_open", "2018-01-21"),
     M(B, "Juni 2019", D, "palembang", "2019-06"),
     M(B, "2024", D, "aceh", "2024"),
     M(B, "2015", D, "start", "2015"),

     M(A, "140.9-kilometer", N, "length", 140.9, cls=KM),
     M(A, "Friday, March 8", D, "opened", "2019-03-08"),
     M(A, "about 16.8 trillion rupiah", N, "cost", 16.8, qual="approx", cls=IDR),
     M(A, "2.21 trillion rupiah", N, "pmn", 2.21, cls=IDR),
     M(A, "6.5 trillion rupiah", N, "bonds", 6.5, cls=IDR),
     M(A, "52 percent", N, "equity", 52, cls="pct"),
     M(A, "seven banks", N, "banks", 7),
     M(A, "8.078 trillion rupiah", N, "loan", 8.078, cls=IDR),
     M(A, "four sections", N, "sections", 4),
     M(A, "40-year", N, "concession", 40, cls="dur"),
     M(A, "June 2019", D, "palembang", "2019-06"),
     M(A, "2024", D, "aceh", "2024"),
     M(A, "8.9 kilometers", N, "seg1", 8.9, cls=KM),
     M(A, "5.64 kilometers", N, "seg2", 5.64, cls=KM),
     M(A, "January 2018", D, "seg_open", "2018-01"),
     M(A, "2015", D, "start", "2015"),
    ]
    build("bakauheni-toll-2019", "The inauguration of the Bakauheni-Terbanggi Besar toll road in Lampung (control), "
          "Friday 8 March 2019 at the Natar toll gate: 140.9 km, about Rp 16.8 trillion (Rp 16.79 trillion), 52% equity "
          "(state capital Rp 2.21 trillion, Hutama Karya bonds Rp 6.5 trillion), Rp 8.078 trillion lent by seven banks, "
          "four sections, a 40-year concession; the early segments of 8.9 km and 5.64 km opened on 21 January 2018; "
          "Palembang by June 2019, Aceh by 2024; construction from 2015. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    balinuraga()
    timah()
    bakauheni()
