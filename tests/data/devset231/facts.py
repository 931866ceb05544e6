"""The two-hundred-and-thirty-first development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset231/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def luding():
    R, K, T, A = "reuters-sep05", "kompas-sep06", "detik-sep10", "ap-oct05"
    # as-of times of the running tallies: Monday 5 September 2022 in the evening (21 dead) and at night (46 dead, 16
    # missing), Tuesday 6 September at 14.00 (66 dead, 38 in Garze and 28 in Ya'an, 15 missing, 253 injured), Friday
    # 9 September (88 dead, 50 in Luding county and 38 in Shimian, 30 missing, more than 400 injured), Monday 12
    # September (93 dead, 55 in Garze and 38 in Ya'an, 25 missing, more than 420 injured). Every death in Garze was
    # in Luding county and every death in Ya'an in Shimian county, so the county and the prefecture or city counts
    # are one fact each. The missing may fall as people are found (fall=True).
    MONE, MONN, TUE, FRI, MON12 = "2022-09-05a", "2022-09-05b", "2022-09-06", "2022-09-09", "2022-09-12"
    # The magnitude: the China Earthquake Networks Center's 6.8 against the US Geological Survey's 6.6 (sources);
    # magnitudes no text credits are the Chinese agency's, as Chinese state media gave them.
    CENC, USGS = "the China Earthquake Networks Center", "the US Geological Survey"
    names = {
     "mag": "the quake's magnitude", "depth": "depth (km)", "dist": "distance from Chengdu (km)",
     "dead": "people killed", "dead_garze": "dead in Garze prefecture (Luding county)",
     "dead_yaan": "dead in Ya'an (Shimian county)", "missing": "people missing", "injured": "people injured",
     "critical": "injured in critical condition", "relocated": "people relocated", "responders": "firefighters and "
     "soldiers sent", "chengdu": "residents of Chengdu", "luding_pop": "population of Luding county",
     "missing_luding": "missing from Luding county", "missing_shimian": "missing from Shimian county",
     # dates
     "quake": "day of the earthquake", "count_mone": "day of the count of 21 (Monday evening)",
     "count_monn": "day of the count of 46 (Monday night)", "asof_tue": "day of the count of 66",
     "asof_fri": "day of the count of 88", "asof_mon12": "day the toll of 93 was given",
     "q2017": "year of the Jiuzhaigou earthquake",
    }
    ms = [
     M(R, "Monday", D, "quake", "2022-09-05"),
     M(R, "at least 21 people", N, "dead", 21, MONE, qual="atleast"),
     M(R, "magnitude 6.8", N, "mag", 6.8, src=CENC, cls="mag"),
     M(R, "6.6", N, "mag", 6.6, src=USGS, cls="mag"),
     M(R, "16 km", N, "depth", 16, cls="km"),
     M(R, "Monday evening", D, "count_mone", "2022-09-05"),
     M(R, "about 220 km", N, "dist", 220, qual="approx", cls="km"),
     M(R, "21 million residents", N, "chengdu", 21000000),
     M(R, "more than 1,000 firefighters", N, "responders", 1000, MONE, qual="morethan"),

     M(K, "66 orang", N, "dead", 66, TUE),
     M(K, "Selasa (6/9/2022)", D, "asof_tue", "2022-09-06"),
     M(K, "Senin (5/9/2022)", D, "count_monn", "2022-09-05"),
     M(K, "46 korban tewas", N, "dead", 46, MONN),
     M(K, "16 orang hilang", N, "missing", 16, MONN, fall=True),
     M(K, "38 orang", N, "dead_garze", 38, TUE),
     M(K, "28 orang", N, "dead_yaan", 28, TUE),
     M(K, "15 orang", N, "missing", 15, TUE, fall=True),
     M(K, "253 orang", N, "injured", 253, TUE),
     M(K, "bermagnitudo 6,8", N, "mag", 6.8, src=CENC, cls="mag"),
     M(K, "Senin siang", D, "quake", "2022-09-05"),
     M(K, "16 kilometer", N, "depth", 16, cls="km"),
     M(K, "magnitudo 6,6", N, "mag", 6.6, src=USGS, cls="mag"),
     M(K, "lebih dari 50.000 warga", N, "relocated", 50000, TUE, qual="morethan"),

     M(T, "88 orang", N, "dead", 88, FRI),
     M(T, "Jumat (9/9/2022)", D, "asof_fri", "2022-09-09"),
     M(T, "50 korban tewas", N, "dead_garze", 50, FRI),
     M(T, "38 lainnya", N, "dead_yaan", 38, FRI),
     M(T, "30 orang", N, "missing", 30, FRI, fall=True),
     M(T, "lebih dari 400 orang", N, "injured", 400, FRI, qual="morethan"),
     M(T, "11", N, "critical", 11, FRI),
     M(T, "bermagnitudo 6,8", N, "mag", 6.8, src=CENC, cls="mag"),
     M(T, "Minggu (4/9/2022)", D, "quake", "2022-09-04", planted=True),
     M(T, "sekitar 86.000 jiwa", N, "luding_pop", 86000, qual="approx"),
     M(T, "2017", D, "q2017", "2017"),

     M(A, "Monday, Sept. 5", D, "quake", "2022-09-05"),
     M(A, "magnitude 6.8", N, "mag", 6.8, src=CENC, cls="mag"),
     M(A, "26 kilometers", N, "depth", 26, cls="km", planted=True),
     M(A, "Sept. 12", D, "asof_mon12", "2022-09-12"),
     M(A, "93", N, "dead", 93, MON12),
     M(A, "25 people", N, "missing", 25, MON12, fall=True),
     M(A, "55", N, "dead_garze", 55, MON12),
     M(A, "38", N, "dead_yaan", 38, MON12),
     M(A, "nine", N, "missing_luding", 9, MON12),
     M(A, "16 from Shimian", N, "missing_shimian", 16, MON12),
     M(A, "More than 420 people", N, "injured", 420, MON12, qual="morethan"),
    ]
    build("luding-quake-2022", "The magnitude 6.8 earthquake in Luding county, Sichuan (Monday 5 September 2022, 12.52 "
          "local time, 16 km deep, by the China Earthquake Networks Center; 6.6 by the USGS): 21 dead on Monday evening, "
          "46 that night, 66 on Tuesday 6 September at 14.00 (38 in Garze, 28 in Ya'an), 88 on Friday 9 September (50 "
          "in Luding county, 38 in Shimian), 93 on Monday 12 September (55 and 38); the missing 16 -> 15 -> 30 -> 25; "
          "the injured 253 -> more than 400 -> more than 420", False, ms, names)


def ragasa():
    R, K, T, A = "reuters-sep24", "kompas-sep25", "detik-sep26", "ap-oct20"
    # as-of times: Wednesday 24 September 2025 in the morning (14 dead, 124 missing by the Hualien county government,
    # 18 injured in Hualien, more than 7,600 evacuated), Wednesday at 16.00 (the central disaster response centre: 17
    # dead, 17 missing and 32 injured nationwide, 8,395 evacuated; its missing had been more than 100 before it
    # struck duplicate reports), Thursday 25 September (the fire department's toll lowered to 14: a downward
    # revision of the same official toll; its missing 33, down from a peak of 152 on Wednesday). The dead are one
    # official toll every body repeated (no source); the missing are counted by three bodies and may fall.
    WEDA, WED16, WEDF, THU = "2025-09-24a", "2025-09-24b", "2025-09-24c", "2025-09-25"
    COUNTY, CENTRE, FIRE = "the Hualien county government", "the central disaster response centre", \
        "the fire department"
    names = {
     "dead": "people killed", "missing": "people missing", "injured_hualien": "people injured in Hualien",
     "injured_nation": "people injured across Taiwan", "evacuated": "people evacuated across Taiwan",
     "lake": "water in the lake before the overflow (million tonnes)", "outflow": "water released (million tonnes)",
     "vertical": "share of residents sheltering upstairs", "guangfu_pop": "residents of Guangfu",
     "rain_hualien": "rain in parts of Hualien (mm)", "rain_wanrong": "rain in Wanrong in four days (mm)",
     "morakot_dead": "dead in Typhoon Morakot", "drop": "fall of the lake's level (m)", "shelters": "shelters open",
     "sheltered": "people in shelters",
     # dates
     "overflow": "day the lake overflowed", "asof_wed": "day of the Wednesday counts", "rain_start": "day the rain began",
     "morakot": "year of Typhoon Morakot", "revised": "day the toll was lowered",
     "formed": "month the landslide formed the lake",
    }
    ms = [
     M(R, "At least 14 people", N, "dead", 14, WEDA, qual="atleast"),
     M(R, "124", N, "missing", 124, WEDA, src=COUNTY, fall=True),
     M(R, "Tuesday afternoon", D, "overflow", "2025-09-23"),
     M(R, "Wednesday", D, "asof_wed", "2025-09-24"),
     M(R, "Eighteen people", N, "injured_hualien", 18, WEDA),
     M(R, "about 91 million tonnes", N, "lake", 91, qual="approx", cls="mt"),
     M(R, "some 60 million tonnes", N, "outflow", 60, qual="approx", cls="mt"),
     M(R, "Roughly 60%", N, "vertical", 60, qual="approx", cls="pct"),
     M(R, "8,500 residents", N, "guangfu_pop", 8500),
     M(R, "More than 7,600 people", N, "evacuated", 7600, WEDA, qual="morethan"),
     M(R, "Monday", D, "rain_start", "2025-09-22"),
     M(R, "more than 700 mm", N, "rain_hualien", 700, qual="morethan", cls="mm"),
     M(R, "2009", D, "morakot", "2009"),
     M(R, "nearly 700 people", N, "morakot_dead", 700, qual="nearly"),

     M(K, "17 orang", N, "dead", 17, WED16),
     M(K, "Rabu (24/9/2025)", D, "asof_wed", "2025-09-24"),
     M(K, "17 orang", N, "missing", 17, WED16, src=CENTRE, fall=True, occ=2),
     M(K, "32 orang", N, "injured_nation", 32, WED16),
     M(K, "lebih dari 100 orang", N, "missing", 100, WEDA, qual="morethan", src=CENTRE, fall=True),
     M(K, "Selasa (23/9/2025)", D, "overflow", "2025-09-23"),
     M(K, "33 meter", N, "drop", 33, cls="m"),
     M(K, "8.395 warga", N, "evacuated", 8395, WED16),
     M(K, "17 tempat penampungan", N, "shelters", 17, WED16),
     M(K, "1.027 pengungsi", N, "sheltered", 1027, WED16),
     M(K, "700 hingga 800 milimeter", N, "rain_wanrong", 700, cls="mm"),
     M(K, "Senin (22/9/2025)", D, "rain_start", "2025-09-22"),

     M(T, "14 orang", N, "dead", 14, THU),
     M(T, "Kamis (25/9/2025)", D, "revised", "2025-09-25"),
     M(T, "17 orang tewas", N, "dead", 17, WED16),
     M(T, "33 orang", N, "missing", 33, THU, src=FIRE, fall=True),
     M(T, "152 orang", N, "missing", 152, WEDF, src=FIRE, fall=True),
     M(T, "Rabu (24/9/2025)", D, "asof_wed", "2025-09-24"),
     M(T, "Selasa (23/9/2025)", D, "overflow", "2025-09-23"),
     M(T, "sekitar 91 juta ton", N, "lake", 91, qual="approx", cls="mt"),

     M(A, "Sept. 24", D, "overflow", "2025-09-24", planted=True),
     M(A, "14 people", N, "dead", 14, THU),
     M(A, "Sept. 25", D, "revised", "2025-09-25"),
     M(A, "17", N, "dead", 17, WED16),
     M(A, "July", D, "formed", "2025-07"),
     M(A, "About 60 million tonnes", N, "outflow", 60, qual="approx", cls="mt"),
     M(A, "some 91 million tonnes", N, "lake", 91, qual="approx", cls="mt"),
    ]
    build("ragasa-guangfu-2025", "The overflow of the Matai'an Creek barrier lake in Hualien, eastern Taiwan, in the "
          "rain of Super Typhoon Ragasa (Tuesday 23 September 2025) that flooded Guangfu township: at least 14 dead on "
          "Wednesday morning, 17 by 16.00, lowered to 14 on Thursday 25 September as some victims had been counted "
          "twice (a downward revision); the missing counted by the county (124), the central disaster response centre "
          "(more than 100 -> 17) and the fire department (152 -> 33); the injured in Hualien (18) and nationwide (32); "
          "evacuated more than 7,600 -> 8,395; the lake's 91 million tonnes, 60 million released", False, ms, names)


def china():
    R, B, K, A = "reuters-jan17", "bisnis-jan18", "kontan-jan19", "ap-jan20"
    names = {
     "growth": "growth in 2024 (%)", "target": "the growth target (%)", "q4": "fourth-quarter growth (%)",
     "q3": "third-quarter growth (%)", "gdp": "GDP (trillion yuan)", "g2023": "growth in 2023 (%)",
     "industry": "industrial output growth (%)", "retail": "retail sales growth (%)",
     "fai": "fixed-asset investment growth (%)", "jobless": "average urban unemployment (%)",
     "pop": "population (billion)", "pop_drop": "fall in population (million)", "births": "births (million)",
     "deaths": "deaths (million)",
     # dates
     "release": "day of the release", "y2024": "the year of the data", "y2023": "the year before",
     "y2025": "the year ahead",
    }
    P, MN = "pct", "mn"
    ms = [
     M(R, "5.0%", N, "growth", 5.0, cls=P),
     M(R, "2024", D, "y2024", "2024"),
     M(R, "around 5%", N, "target", 5, qual="approx", cls=P),
     M(R, "Friday", D, "release", "2025-01-17"),
     M(R, "5.4%", N, "q4", 5.4, cls=P),
     M(R, "4.6%", N, "q3", 4.6, cls=P),
     M(R, "134.9 trillion yuan", N, "gdp", 134.9, cls="yuan"),
     M(R, "5.2%", N, "g2023", 5.2, cls=P),
     M(R, "2023", D, "y2023", "2023"),
     M(R, "5.8%", N, "industry", 5.8, cls=P),
     M(R, "3.5%", N, "retail", 3.5, cls=P),
     M(R, "3.2%", N, "fai", 3.2, cls=P),
     M(R, "5.1%", N, "jobless", 5.1, cls=P),
     M(R, "1.39 million", N, "pop_drop", 1.39, cls=MN),
     M(R, "1.408 billion", N, "pop", 1.408, cls="bn"),
     M(R, "9.54 million", N, "births", 9.54, cls=MN),
     M(R, "10.93 million", N, "deaths", 10.93, cls=MN),
     M(R, "2025", D, "y2025", "2025"),

     M(B, "5,0 persen", N, "growth", 5.0, cls=P),
     M(B, "2024", D, "y2024", "2024"),
     M(B, "sekitar 5 persen", N, "target", 5, qual="approx", cls=P),
     M(B, "Jumat (17/1/2025)", D, "release", "2025-01-17"),
     M(B, "5,4 persen", N, "q4", 5.4, cls=P),
     M(B, "4,6 persen", N, "q3", 4.6, cls=P),
     M(B, "134,9 triliun yuan", N, "gdp", 134.9, cls="yuan"),
     M(B, "5,2 persen", N, "g2023", 5.2, cls=P),
     M(B, "2023", D, "y2023", "2023"),
     M(B, "5,8 persen", N, "industry", 5.8, cls=P),
     M(B, "3,5 persen", N, "retail", 3.5, cls=P),
     M(B, "3,2 persen", N, "fai", 3.2, cls=P),
     M(B, "5,1 persen", N, "jobless", 5.1, cls=P),
     M(B, "1,39 juta jiwa", N, "pop_drop", 1.39, cls=MN),
     M(B, "1,408 miliar jiwa", N, "pop", 1.408, cls="bn"),
     M(B, "9,54 juta", N, "births", 9.54, cls=MN),
     M(B, "10,93 juta jiwa", N, "deaths", 10.93, cls=MN),

     M(K, "sekitar 5 persen", N, "target", 5, qual="approx", cls=P),
     M(K, "2024", D, "y2024", "2024"),
     M(K, "Jumat (17/1/2025)", D, "release", "2025-01-17"),
     M(K, "5 persen", N, "growth", 5, cls=P, occ=2),
     M(K, "sekitar 134,9 triliun yuan", N, "gdp", 134.9, qual="approx", cls="yuan"),
     M(K, "5,4 persen", N, "q4", 5.4, cls=P),
     M(K, "4,6 persen", N, "q3", 4.6, cls=P),
     M(K, "5,2 persen", N, "g2023", 5.2, cls=P),
     M(K, "2023", D, "y2023", "2023"),
     M(K, "3,5 persen", N, "retail", 3.5, cls=P),
     M(K, "5,8 persen", N, "industry", 5.8, cls=P),
     M(K, "3,2 persen", N, "fai", 3.2, cls=P),
     M(K, "5,1 persen", N, "jobless", 5.1, cls=P),
     M(K, "1,408 miliar jiwa", N, "pop", 1.408, cls="bn"),
     M(K, "1,39 juta jiwa", N, "pop_drop", 1.39, cls=MN),
     M(K, "9,54 juta", N, "births", 9.54, cls=MN),
     M(K, "10,93 juta", N, "deaths", 10.93, cls=MN),

     M(A, "5%", N, "growth", 5, cls=P),
     M(A, "Friday", D, "release", "2025-01-17"),
     M(A, "5.4 percent", N, "q4", 5.4, cls=P),
     M(A, "4.6 percent", N, "q3", 4.6, cls=P),
     M(A, "about 134.9 trillion yuan", N, "gdp", 134.9, qual="approx", cls="yuan"),
     M(A, "5.2 percent", N, "g2023", 5.2, cls=P),
     M(A, "2023", D, "y2023", "2023"),
     M(A, "3.5 percent", N, "retail", 3.5, cls=P),
     M(A, "2024", D, "y2024", "2024"),
     M(A, "5.8 percent", N, "industry", 5.8, cls=P),
     M(A, "3.2 percent", N, "fai", 3.2, cls=P),
     M(A, "5.1 percent", N, "jobless", 5.1, cls=P),
     M(A, "1.39 million people", N, "pop_drop", 1.39, cls=MN),
     M(A, "1.408 billion", N, "pop", 1.408, cls="bn"),
     M(A, "9.54 million", N, "births", 9.54, cls=MN),
     M(A, "10.93 million", N, "deaths", 10.93, cls=MN),
    ]
    build("china-annual-data-2024", "China's National Bureau of Statistics' data for 2024 (control), released on Friday "
          "17 January 2025: growth of 5.0% against a target of around 5%, 5.4% in the fourth quarter after 4.6% in the "
          "third, GDP of 134.9 trillion yuan, 5.2% in 2023, industrial output 5.8%, retail sales 3.5%, fixed-asset "
          "investment 3.2%, urban unemployment averaging 5.1%; the population down 1.39 million to 1.408 billion, 9.54 "
          "million births and 10.93 million deaths. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    luding()
    ragasa()
    china()
