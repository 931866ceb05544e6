"""The three-hundred-and-twenty-fifth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset325/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def kristine():
    R, K, T, A = "reuters-oct24", "kompas-oct26", "tempo-nov01", "ap-nov15"
    # as-of times of the running tallies: Thursday 24 October 2024 (the civil defense office's 10 verified deaths, the
    # Bicol police's 20), Friday 25 October (the Bicol police's 26), Saturday 26 October (the office's 81), Thursday
    # 31 October (the council's 150, the storm's count now combined with Typhoon Kong-rey's), Saturday 2 November
    # (lowered to 146 after checks: a revision), Monday 4 November (150 again, 134 injured, 20 missing). The missing
    # and the people in evacuation centres may fall. The dead in Bicol: the regional police's counts against the
    # civil defense office's / the council's (sources).
    O24, O25, O26, O31, N02, N04 = "2024-10-24", "2024-10-25", "2024-10-26", "2024-10-31", "2024-11-02", "2024-11-04"
    POL, GOV = "the Bicol regional police", "the civil defense office / disaster council"
    names = {
     "dead": "people killed (national count)", "dead_bicol": "dead in the Bicol region",
     "dead_naga": "dead in Naga City", "dead_calab": "dead in Calabarzon", "injured": "people injured",
     "missing": "people missing", "missing_bicol": "people missing in Bicol (police)",
     "affected": "people affected", "families": "families affected", "evac": "people in evacuation centres",
     "calamity": "cities and municipalities under a state of calamity", "freeze": "days of the price freeze",
     "naga_land": "share of Naga's land under water", "naga_pop": "share of Naga's residents affected",
     "hours": "hours of rain", "wind": "sustained winds (kph)", "gust": "gusts (kph)",
     "infra": "infrastructure damage (pesos)", "agri": "farm losses (pesos)",
     # dates
     "landfall": "day of landfall in Isabela", "exit": "day the storm left the area of responsibility",
     "asof_oct26": "day of the count of 81", "asof_oct25": "day of the Bicol police's count of 26",
     "asof_oct31": "day of the count of 150", "asof_nov02": "day of the count of 146",
     "asof_nov04": "day of the final count", "proclaimed": "day the mourning proclamation was signed",
     "mourning": "national day of mourning",
    }
    ms = [
     M(R, "Thursday", D, "landfall", "2024-10-24"),
     M(R, "10 deaths", N, "dead", 10, O24, src=GOV),
     M(R, "20 people", N, "dead_bicol", 20, O24, src=POL),
     M(R, "seven of them", N, "dead_naga", 7, O24, src=POL),
     M(R, "about 30%", N, "naga_land", 30, O24, qual="approx", cls="pct"),
     M(R, "some 70%", N, "naga_pop", 70, O24, qual="approx", cls="pct"),
     M(R, "24 hours", N, "hours", 24, cls="dur"),
     M(R, "95 kph", N, "wind", 95, cls="kph"),
     M(R, "115 kph", N, "gust", 115, cls="kph"),
     M(R, "Friday afternoon", D, "exit", "2024-10-25"),

     M(K, "sedikitnya 81 orang", N, "dead", 81, O26, qual="atleast", src=GOV),
     M(K, "Sabtu (26/10/2024)", D, "asof_oct26", "2024-10-26"),
     M(K, "48 orang", N, "dead_calab", 48, O26, src=GOV),
     M(K, "28 orang", N, "dead_bicol", 28, O26, src=GOV),
     M(K, "66 orang", N, "injured", 66, O26),
     M(K, "34 orang", N, "missing", 34, O26, fall=True),
     M(K, "Jumat (25/10/2024)", D, "asof_oct25", "2024-10-25"),
     M(K, "26 orang", N, "dead_bicol", 26, O25, src=POL),
     M(K, "tiga orang hilang", N, "missing_bicol", 3, O25, fall=True),
     M(K, "4,4 juta orang", N, "affected", 4.4e6, O26),
     M(K, "1,06 juta keluarga", N, "families", 1.06e6, O26),
     M(K, "311.468 orang", N, "evac", 311468, O26, fall=True),
     M(K, "83 kota", N, "calamity", 83, O26),
     M(K, "60 hari", N, "freeze", 60, cls="dur"),
     M(K, "203,8 juta peso", N, "infra", 203.8e6, O26, cls="php"),
     M(K, "87,5 juta peso", N, "agri", 87.5e6, O26, cls="php"),
     M(K, "Kamis (24/10/2024)", D, "landfall", "2024-10-24"),
     M(K, "Jumat sore", D, "exit", "2024-10-25"),

     M(T, "sedikitnya 150 orang", N, "dead", 150, O31, qual="atleast", src=GOV),
     M(T, "Kamis (31/10/2024)", D, "asof_oct31", "2024-10-31"),
     M(T, "72 orang", N, "dead_calab", 72, O31, src=GOV),
     M(T, "57 orang", N, "dead_bicol", 57, O31, src=GOV),
     M(T, "115 orang", N, "injured", 115, O31),
     M(T, "29 orang", N, "missing", 29, O31, fall=True),
     M(T, "7.494.023 orang", N, "affected", 7494023, O31),
     M(T, "sekitar 330.000 orang", N, "evac", 330000, O31, qual="approx", fall=True),
     M(T, "Rabu (23/10/2024)", D, "landfall", "2024-10-23", planted=True),
     M(T, "Rabu (30/10/2024)", D, "proclaimed", "2024-10-30"),
     M(T, "Senin (4/11/2024)", D, "mourning", "2024-11-04"),
     M(T, "211 kota", N, "calamity", 211, O31),

     M(A, "150 dead", N, "dead", 150, N04, src=GOV),
     M(A, "Nov. 4", D, "asof_nov04", "2024-11-04"),
     M(A, "150", N, "dead", 150, O31, src=GOV, occ=2),
     M(A, "Oct. 31", D, "asof_oct31", "2024-10-31"),
     M(A, "146", N, "dead", 146, N02, src=GOV),
     M(A, "Nov. 2", D, "asof_nov02", "2024-11-02"),
     M(A, "134 people", N, "injured", 134, N04),
     M(A, "20 still missing", N, "missing", 20, N04, fall=True),
     M(A, "More than 8.6 million people", N, "affected", 8.6e6, N04, qual="morethan"),
     M(A, "27 of the dead", N, "dead_calab", 27, O31, src=GOV, planted=True),
     M(A, "Oct. 24", D, "landfall", "2024-10-24"),
     M(A, "Oct. 30", D, "proclaimed", "2024-10-30"),
     M(A, "Nov. 4", D, "mourning", "2024-11-04", occ=3),
     M(A, "more than 223,000 people", N, "evac", 223000, N04, qual="morethan", fall=True),
    ]
    build("kristine-trami-2024", "Severe Tropical Storm Kristine (Trami) in the Philippines: floods in the Bicol "
          "region, landfall in Isabela early on Thursday 24 October 2024, out of the area of responsibility on Friday "
          "25 October; the dead 10 verified on 24 October -> at least 81 on Saturday 26 October (Calabarzon 48, Bicol "
          "28) -> at least 150 on Thursday 31 October (with Typhoon Kong-rey; Calabarzon 72, Bicol 57) -> lowered to "
          "146 on 2 November -> 150 on 4 November; the Bicol police's own counts (20, 26); injured 66 -> 115 -> 134; "
          "missing 34 -> 29 -> 20; a mourning proclamation signed on 30 October for a day of mourning on 4 November",
          False, ms, names)


def davao():
    R, K, T, A = "reuters-oct10", "kompas-oct11", "detik-oct14", "ap-nov03"
    # as-of times: Friday 10 October 2025 evening (seven dead, three in Davao Oriental), Saturday 11 October (569
    # aftershocks, the governor's two dead), Monday 13 October night (eight), Tuesday 14 October noon (nine; 403 injured,
    # houses, the affected, 1,281 aftershocks at 8 a.m.). The magnitude: the institute's first 7.6, then 7.5, then 7.4
    # on the same morning (two as-of times of one reading: a revision); magnitudes no text qualifies carry 7.4. The
    # dead in Davao Oriental: the governor's count against the civil defense office's (sources).
    F0, F1, F2 = "2025-10-10a0", "2025-10-10a1", "2025-10-10a2"
    FRI, SAT, MON, TUE = "2025-10-10b", "2025-10-11", "2025-10-13", "2025-10-14"
    GOVR, OCD = "the provincial governor", "the civil defense office"
    names = {
     "mag": "the first quake's magnitude", "mag2": "the second quake's magnitude", "mag3": "the midday quake's magnitude",
     "mag_hin": "the Hinatuan quake's magnitude", "dead": "people killed", "dead_dor": "dead in Davao Oriental",
     "dead_pant": "dead in Pantukan", "dead_dvo": "dead in Davao City", "age_dvo": "age of the man killed in Davao City",
     "age_mati": "age of the woman killed in Mati", "patients": "patients moved from a hospital",
     "provinces": "provinces under the tsunami warning", "aftershocks": "aftershocks recorded",
     "injured": "people injured", "families": "families affected", "affected": "people affected",
     "houses": "houses damaged", "houses_part": "houses partly damaged", "houses_tot": "houses destroyed",
     "evac": "people in evacuation centres", "centres": "evacuation centres", "foodpacks": "family food packs",
     # dates
     "quake": "day of the twin quakes", "hinatuan": "the Hinatuan quake", "q1992": "the 1992 doublet",
     "asof_tue": "day of the count of nine", "asof_mon": "day of the count of eight", "visit": "day of the president's visit",
     "asof_fri": "evening of the count of seven",
    }
    ms = [
     M(R, "magnitude 7.4", N, "mag", 7.4, F2, cls="mag"),
     M(R, "Friday", D, "quake", "2025-10-10"),
     M(R, "magnitude 7.6", N, "mag", 7.6, F0, cls="mag"),
     M(R, "7.5", N, "mag", 7.5, F1, cls="mag"),
     M(R, "7.4", N, "mag", 7.4, F2, cls="mag", occ=2),
     M(R, "seven eastern provinces", N, "provinces", 7),
     M(R, "magnitude 6.8", N, "mag2", 6.8, cls="mag"),
     M(R, "seven deaths", N, "dead", 7, FRI, src=OCD),
     M(R, "Friday evening", D, "asof_fri", "2025-10-10"),
     M(R, "three in Davao Oriental", N, "dead_dor", 3, FRI, src=OCD),
     M(R, "three in Pantukan", N, "dead_pant", 3, FRI),
     M(R, "one in Davao City", N, "dead_dvo", 1, FRI),
     M(R, "80-year-old", N, "age_dvo", 80, cls="age"),
     M(R, "About 250 patients", N, "patients", 250, FRI, qual="approx"),
     M(R, "magnitude 7.4", N, "mag_hin", 7.4, cls="mag", occ=2),
     M(R, "December 2023", D, "hinatuan", "2023-12"),

     M(K, "569 gempa susulan", N, "aftershocks", 569, SAT),
     M(K, "Jumat (10/10/2025)", D, "quake", "2025-10-10"),
     M(K, "bermagnitudo 7,4", N, "mag", 7.4, F2, cls="mag"),
     M(K, "magnitudo 5,3", N, "mag3", 5.3, cls="mag"),
     M(K, "magnitudo 6,8", N, "mag2", 6.8, cls="mag"),
     M(K, "magnitudo 7,6", N, "mag", 7.6, F0, cls="mag"),
     M(K, "7,4", N, "mag", 7.4, F2, cls="mag", occ=2),
     M(K, "dua warga", N, "dead_dor", 2, SAT, src=GOVR),
     M(K, "tujuh korban tewas", N, "dead", 7, FRI, src=OCD),
     M(K, "Jumat malam", D, "asof_fri", "2025-10-10"),
     M(K, "tiga di antaranya", N, "dead_dor", 3, FRI, src=OCD),
     M(K, "64 tahun", N, "age_mati", 64, cls="age"),
     M(K, "tujuh provinsi", N, "provinces", 7),
     M(K, "103.614 paket", N, "foodpacks", 103614),
     M(K, "1992", D, "q1992", "1992"),

     M(T, "sembilan orang", N, "dead", 9, TUE, src=OCD),
     M(T, "Selasa (14/10/2025)", D, "asof_tue", "2025-10-14"),
     M(T, "delapan kematian", N, "dead", 8, MON, src=OCD),
     M(T, "Senin (13/10/2025)", D, "asof_mon", "2025-10-13"),
     M(T, "403 orang", N, "injured", 403, TUE),
     M(T, "magnitudo 7,4", N, "mag", 7.4, F2, cls="mag"),
     M(T, "6,8", N, "mag2", 6.8, cls="mag"),
     M(T, "Kamis (9/10/2025)", D, "quake", "2025-10-09", planted=True),
     M(T, "200.914 keluarga", N, "families", 200914, TUE),
     M(T, "845.001 jiwa", N, "affected", 845001, TUE),
     M(T, "2.575 rumah", N, "houses", 2575, TUE),
     M(T, "2.231 rumah", N, "houses_part", 2231, TUE),
     M(T, "344 rumah", N, "houses_tot", 344, TUE),
     M(T, "Sekitar 12.700 warga", N, "evac", 12700, TUE, qual="approx", fall=True),
     M(T, "delapan pusat evakuasi", N, "centres", 8, TUE, fall=True),
     M(T, "1.281 gempa susulan", N, "aftershocks", 1281, TUE),
     M(T, "pada Senin", D, "visit", "2025-10-13", occ=2),

     M(A, "magnitude 7.4", N, "mag", 7.4, F2, cls="mag"),
     M(A, "Oct. 10", D, "quake", "2025-10-10"),
     M(A, "magnitude 6.8", N, "mag2", 6.8, cls="mag"),
     M(A, "magnitude 7.6", N, "mag", 7.6, F0, cls="mag"),
     M(A, "Oct. 14", D, "asof_tue", "2025-10-14"),
     M(A, "nine dead", N, "dead", 9, TUE, src=OCD),
     M(A, "403 injured", N, "injured", 403, TUE),
     M(A, "2,557 houses", N, "houses", 2557, TUE, planted=True),
     M(A, "344 of them", N, "houses_tot", 344, TUE),
     M(A, "845,001 people", N, "affected", 845001, TUE),
     M(A, "1,281 aftershocks", N, "aftershocks", 1281, TUE),
    ]
    build("davao-oriental-quake-2025", "The twin earthquakes off Manay, Davao Oriental (Friday 10 October 2025): "
          "magnitude 7.4 at 9:43 a.m. (the seismology institute's first 7.6, then 7.5, then 7.4), 5.3 at 1:48 p.m., "
          "6.8 at 7:12 p.m.; a tsunami warning for seven provinces lifted at 2 p.m.; the dead seven on Friday evening "
          "(three in Davao Oriental, three in Pantukan, one in Davao City; the governor's two in the province) -> eight "
          "on Monday 13 October -> nine on Tuesday 14 October; 403 injured, 845,001 people affected, 2,575 houses "
          "damaged (344 destroyed), aftershocks 569 -> 1,281", False, ms, names)


def inflation():
    R, K, B, Q = "reuters-feb06", "kontan-feb07", "bisnis-feb08", "inquirer-feb09"
    names = {
     "jan": "inflation in January 2024 (%)", "dec": "inflation in December 2023 (%)",
     "jan23": "inflation in January 2023 (%)", "core": "core inflation in January 2024 (%)",
     "core_dec": "core inflation in December 2023 (%)", "rice": "rice inflation in January 2024 (%)",
     "target": "the central bank's target range (%)",
     # dates
     "release": "day of the release", "month": "the month reported", "prev": "the previous month",
     "low": "month of the last lower reading", "year_ago": "the month a year earlier",
     "rice_since": "year of the last higher rice reading",
    }
    ms = [
     M(R, "2.8%", N, "jan", 2.8, cls="pct"),
     M(R, "3.9%", N, "dec", 3.9, cls="pct"),
     M(R, "Tuesday", D, "release", "2024-02-06"),
     M(R, "October 2020", D, "low", "2020-10"),
     M(R, "2%-4%", N, "target", 2, cls="pct"),
     M(R, "January 2023", D, "year_ago", "2023-01"),
     M(R, "8.7%", N, "jan23", 8.7, cls="pct"),
     M(R, "3.8%", N, "core", 3.8, cls="pct"),
     M(R, "4.4%", N, "core_dec", 4.4, cls="pct"),
     M(R, "22.6%", N, "rice", 22.6, cls="pct"),
     M(R, "2009", D, "rice_since", "2009"),

     M(K, "2,8%", N, "jan", 2.8, cls="pct"),
     M(K, "Januari 2024", D, "month", "2024-01"),
     M(K, "3,9%", N, "dec", 3.9, cls="pct"),
     M(K, "Desember 2023", D, "prev", "2023-12"),
     M(K, "Selasa (6/2/2024)", D, "release", "2024-02-06"),
     M(K, "Oktober 2020", D, "low", "2020-10"),
     M(K, "2% hingga 4%", N, "target", 2, cls="pct"),
     M(K, "Januari 2023", D, "year_ago", "2023-01"),
     M(K, "8,7%", N, "jan23", 8.7, cls="pct"),
     M(K, "3,8%", N, "core", 3.8, cls="pct"),
     M(K, "4,4%", N, "core_dec", 4.4, cls="pct"),
     M(K, "22,6%", N, "rice", 22.6, cls="pct"),
     M(K, "2009", D, "rice_since", "2009"),

     M(B, "2,8 persen", N, "jan", 2.8, cls="pct"),
     M(B, "Januari 2024", D, "month", "2024-01"),
     M(B, "3,9 persen", N, "dec", 3.9, cls="pct"),
     M(B, "Desember 2023", D, "prev", "2023-12"),
     M(B, "Selasa (6/2/2024)", D, "release", "2024-02-06"),
     M(B, "Oktober 2020", D, "low", "2020-10"),
     M(B, "Januari 2023", D, "year_ago", "2023-01"),
     M(B, "8,7 persen", N, "jan23", 8.7, cls="pct"),
     M(B, "3,8 persen", N, "core", 3.8, cls="pct"),
     M(B, "4,4 persen", N, "core_dec", 4.4, cls="pct"),
     M(B, "22,6 persen", N, "rice", 22.6, cls="pct"),
     M(B, "2009", D, "rice_since", "2009"),
     M(B, "2 persen sampai 4 persen", N, "target", 2, cls="pct"),

     M(Q, "2.8 percent", N, "jan", 2.8, cls="pct"),
     M(Q, "3.9 percent", N, "dec", 3.9, cls="pct"),
     M(Q, "Feb. 6", D, "release", "2024-02-06"),
     M(Q, "October 2020", D, "low", "2020-10"),
     M(Q, "2 to 4 percent", N, "target", 2, cls="pct"),
     M(Q, "8.7 percent", N, "jan23", 8.7, cls="pct"),
     M(Q, "January 2023", D, "year_ago", "2023-01"),
     M(Q, "3.8 percent", N, "core", 3.8, cls="pct"),
     M(Q, "4.4 percent", N, "core_dec", 4.4, cls="pct"),
     M(Q, "22.6 percent", N, "rice", 22.6, cls="pct"),
     M(Q, "2009", D, "rice_since", "2009"),
    ]
    build("ph-inflation-jan-2024", "The Philippine statistics authority's January 2024 inflation release (control), "
          "Tuesday 6 February 2024: headline 2.8% (3.9% in December 2023, 8.7% in January 2023), the lowest since "
          "October 2020, within the central bank's 2-4% target; core 3.8% (4.4% in December); rice 22.6%, the highest "
          "since 2009. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    kristine()
    davao()
    inflation()
