"""The two-hundred-and-thirty-ninth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally or of a statistical release, its qualifier, its source, whether the tally may fall, and whether it
is a planted error. Every cross-article pair of mentions is then labelled by the development set's rules
(tests/data/devset/README.md): same fact -> agree / compatible / update / revision / conflict / sources; different
facts of one unit class, and every other pair of dates -> none, or not_conflict for different events on the same
day.
Run from the repository root after changing an article: ``python tests/data/devset239/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def illapel():
    R, K, T, A = "reuters-sep17", "kompas-sep18", "detik-sep20", "ap-oct09"
    # as-of times of the running tallies: Thursday 17 September 2015 in the morning (the interior minister's eight
    # dead), later on Thursday (at least 10), Thursday night (the emergency office's 11), Friday 18 September at night
    # (12 dead, five missing, 642 affected), Saturday 19 September (13 dead, six missing), Thursday 24 September (15
    # dead, 13,393 affected). The dead and the affected do not fall; the missing may (bodies are found).
    THU_A, THU_B, THU_C, FRI, SAT, THU24 = ("2015-09-17a", "2015-09-17b", "2015-09-17c", "2015-09-18",
                                            "2015-09-19", "2015-09-24")
    # The magnitude: the US Geological Survey's 8.3 against Chile's National Seismological Center's 8.4 (sources);
    # an 8.3 no text credits is the USGS reading (every outlet that credits 8.3 gives the USGS).
    USGS, CSN = "the US Geological Survey", "Chile's National Seismological Center"
    names = {
     "mag": "the quake's magnitude", "dist": "distance of the epicentre from Illapel (km)",
     "town_pop": "people living in Illapel", "dead": "people killed in Chile", "missing": "people missing",
     "evacuated": "people who fled the coast", "wave": "height of the waves at Coquimbo (m)",
     "damaged": "houses damaged", "sheltered": "people in shelters in Coquimbo",
     "no_power": "families without electricity", "dead_arg": "people killed in Argentina",
     "affected": "people affected", "affected_coq": "people affected in the Coquimbo region",
     "heavy": "homes heavily damaged", "destroyed": "homes destroyed",
     "unfit": "homes destroyed or unfit to live in", "mag_iq": "the Iquique quake's magnitude",
     "dead_iq": "dead in the Iquique quake",
     # dates
     "quake": "day of the earthquake", "asof_thu": "day of the interior minister's count of 10",
     "asof_thu_night": "day of the emergency office's count of 11", "natday": "Chile's independence day",
     "asof_fri": "day of the count of 12", "asof_sat": "day of the count of 13",
     "asof_thu24": "day of the count of 15", "iquique": "day of the Iquique quake", "q1943": "the 1943 quake",
    }
    ms = [
     M(R, "at least 10 people", N, "dead", 10, THU_B, qual="atleast"),
     M(R, "Thursday", D, "asof_thu", "2015-09-17"),
     M(R, "eight", N, "dead", 8, THU_A),
     M(R, "magnitude 8.3", N, "mag", 8.3, src=USGS, cls="mag"),
     M(R, "Wednesday", D, "quake", "2015-09-16"),
     M(R, "about 46 km", N, "dist", 46, qual="approx", cls="km"),
     M(R, "30,000 people", N, "town_pop", 30000, qual="approx"),
     M(R, "8.4", N, "mag", 8.4, src=CSN, cls="mag"),
     M(R, "More than 1 million people", N, "evacuated", 1000000, qual="morethan"),
     M(R, "4.5 meters", N, "wave", 4.5, cls="m"),
     M(R, "about 3,000 houses", N, "damaged", 3000, THU_B, qual="approx"),
     M(R, "magnitude 8.2", N, "mag_iq", 8.2, cls="mag"),
     M(R, "April 1, 2014", D, "iquique", "2014-04-01"),
     M(R, "six people", N, "dead_iq", 6),

     M(K, "bermagnitudo 8,3", N, "mag", 8.3, src=USGS, cls="mag"),
     M(K, "11 orang", N, "dead", 11, THU_C),
     M(K, "Kamis (17/9/2015)", D, "asof_thu_night", "2015-09-17"),
     M(K, "Rabu (16/9/2015)", D, "quake", "2015-09-16"),
     M(K, "sekitar 46 km", N, "dist", 46, qual="approx", cls="km"),
     M(K, "delapan orang", N, "dead", 8, THU_A),
     M(K, "magnitudo 8,4", N, "mag", 8.4, src=CSN, cls="mag"),
     M(K, "8,3", N, "mag", 8.3, src=USGS, cls="mag", occ=2),
     M(K, "409 orang", N, "sheltered", 409, THU_C),
     M(K, "sekitar 100.000 keluarga", N, "no_power", 100000, THU_C, qual="approx", fall=True),
     M(K, "Lebih dari 1 juta warga", N, "evacuated", 1000000, qual="morethan"),
     M(K, "4,5 meter", N, "wave", 4.5, cls="m"),
     M(K, "satu orang", N, "dead_arg", 1),
     M(K, "Jumat (18/9/2015)", D, "natday", "2015-09-18"),

     M(T, "13 orang", N, "dead", 13, SAT),
     M(T, "6 orang", N, "missing", 6, SAT, fall=True),
     M(T, "Sabtu (19/9/2015)", D, "asof_sat", "2015-09-19"),
     M(T, "Jumat (18/9/2015)", D, "asof_fri", "2015-09-18"),
     M(T, "12 korban tewas", N, "dead", 12, FRI),
     M(T, "lima orang", N, "missing", 5, FRI, fall=True),
     M(T, "642 orang", N, "affected", 642, FRI),
     M(T, "608", N, "affected_coq", 608, FRI),
     M(T, "194 rumah", N, "heavy", 194, FRI),
     M(T, "62 rumah", N, "destroyed", 62, FRI),
     M(T, "bermagnitudo 8,3", N, "mag", 8.3, src=USGS, cls="mag"),
     M(T, "Selasa (15/9/2015)", D, "quake", "2015-09-15", planted=True),
     M(T, "magnitudo 8,4", N, "mag", 8.4, src=CSN, cls="mag"),
     M(T, "Lebih dari satu juta orang", N, "evacuated", 1000000, qual="morethan"),
     M(T, "1943", D, "q1943", "1943"),

     M(A, "15 people", N, "dead", 15, THU24),
     M(A, "Sept. 24", D, "asof_thu24", "2015-09-24"),
     M(A, "magnitude-8.3", N, "mag", 8.3, src=USGS, cls="mag"),
     M(A, "Sept. 16", D, "quake", "2015-09-16"),
     M(A, "64 kilometers", N, "dist", 64, cls="km", planted=True),
     M(A, "13,393 people", N, "affected", 13393, THU24),
     M(A, "about 4,000 homes", N, "unfit", 4000, THU24, qual="approx"),
     M(A, "More than 1 million people", N, "evacuated", 1000000, qual="morethan"),
     M(A, "4.5 meters", N, "wave", 4.5, cls="m"),
     M(A, "one man", N, "dead_arg", 1),
     M(A, "magnitude 8.2", N, "mag_iq", 8.2, cls="mag"),
     M(A, "April 1, 2014", D, "iquique", "2014-04-01"),
     M(A, "six people", N, "dead_iq", 6),
    ]
    build("illapel-earthquake-2015", "The magnitude 8.3 earthquake off Illapel, Coquimbo region, Chile (Wednesday 16 "
          "September 2015, 19.54 local time; the USGS's 8.3 against Chile's National Seismological Center's 8.4) and its "
          "tsunami: the dead rising 8 -> at least 10 -> 11 on Thursday 17 September, 12 on Friday night, 13 on Saturday "
          "19 September, 15 on Thursday 24 September (recalled on 9 October); the missing five then six; more than 1 million evacuated, waves up "
          "to 4.5 m at Coquimbo, 642 then 13,393 people affected; one death in Argentina; the Iquique quake of 1 April "
          "2014 as background", False, ms, names)


def census():
    R, K, A, T = "reuters-may19", "kompas-may21", "ap-jan31", "tempo-feb02"
    # as-of times of the census figures: the first provisional figures of Thursday 19 May 2022 (the day after the
    # count) and the provisional results of Tuesday 31 January 2023, which revised the population, its growth since
    # 2010, the women's share and the share recorded as neither sex down (revision) and the men's share up (update).
    # The 2010 and 2001 counts and the provinces' and dwellings' counts do not change with the report.
    MAY, JAN = "2022-05-19", "2023-01-31"
    names = {
     "pop": "Argentina's population in the 2022 census", "growth": "population growth since 2010 (%)",
     "pop2010": "population counted in 2010", "pop2001": "population counted in 2001",
     "men": "men's share of the population (%)", "women": "women's share of the population (%)",
     "neither": "share recorded as neither sex (%)", "digital": "people who answered the digital questionnaire",
     "digital_share": "digital answers as a share of the population to be counted (%)",
     "late_homes": "dwellings counted online after the count closed", "days": "days until the data by province",
     "gap": "difference between the first and the provisional population", "dwellings": "dwellings in Argentina",
     "private": "private dwellings", "collective": "collective dwellings", "ba": "population of Buenos Aires province",
     "cba": "population of Córdoba", "sf": "population of Santa Fe", "mza": "population of Mendoza",
     "tdf": "population of Tierra del Fuego", "street": "people living on the street",
     # dates
     "first": "day of the first provisional figures", "census_day": "day of the door-to-door count",
     "c2010": "the 2010 census", "c2001": "the 2001 census", "digital_open": "day the digital questionnaire opened",
     "recovery_end": "last day to count missed households", "prov": "day of the provisional results",
    }
    ms = [
     M(R, "47,327,407 inhabitants", N, "pop", 47327407, MAY),
     M(R, "Thursday", D, "first", "2022-05-19"),
     M(R, "17.97%", N, "growth", 17.97, MAY, cls="pct"),
     M(R, "40,117,096 people", N, "pop2010", 40117096),
     M(R, "2010", D, "c2010", "2010"),
     M(R, "47.05%", N, "men", 47.05, MAY, cls="pct"),
     M(R, "52.83%", N, "women", 52.83, MAY, cls="pct"),
     M(R, "0.12%", N, "neither", 0.12, MAY, cls="pct"),
     M(R, "23,813,723 people", N, "digital", 23813723, MAY),
     M(R, "March", D, "digital_open", "2022-03"),
     M(R, "50.32%", N, "digital_share", 50.32, MAY, cls="pct"),
     M(R, "Wednesday", D, "census_day", "2022-05-18"),
     M(R, "May 24", D, "recovery_end", "2022-05-24"),
     M(R, "29,320 dwellings", N, "late_homes", 29320, MAY),
     M(R, "90 days", N, "days", 90, cls="dur"),
     M(R, "2001", D, "c2001", "2001"),
     M(R, "36,260,130 people", N, "pop2001", 36260130),

     M(K, "47.327.407 jiwa", N, "pop", 47327407, MAY),
     M(K, "Kamis (19/5/2022)", D, "first", "2022-05-19"),
     M(K, "Rabu (18/5/2022)", D, "census_day", "2022-05-18"),
     M(K, "2010", D, "c2010", "2010"),
     M(K, "40.171.096 jiwa", N, "pop2010", 40171096, planted=True),
     M(K, "hampir 18 persen", N, "growth", 18, MAY, qual="nearly", cls="pct"),
     M(K, "52,83 persen", N, "women", 52.83, MAY, cls="pct"),
     M(K, "47,05 persen", N, "men", 47.05, MAY, cls="pct"),
     M(K, "Sekitar 23,8 juta orang", N, "digital", 23800000, MAY, qual="approx"),
     M(K, "Rabu (16/3/2022)", D, "digital_open", "2022-03-16"),
     M(K, "24 Mei 2022", D, "recovery_end", "2022-05-24"),
     M(K, "90 hari", N, "days", 90, cls="dur"),
     M(K, "lebih dari 47 juta jiwa", N, "pop", 47000000, MAY, qual="morethan"),

     M(A, "46,044,703", N, "pop", 46044703, JAN),
     M(A, "Tuesday", D, "prov", "2023-01-31"),
     M(A, "about 1.3 million", N, "gap", 1300000, qual="approx"),
     M(A, "last May", D, "first", "2022-05"),
     M(A, "14.77%", N, "growth", 14.77, JAN, cls="pct"),
     M(A, "40,117,096 people", N, "pop2010", 40117096),
     M(A, "2010", D, "c2010", "2010"),
     M(A, "51.76%", N, "women", 51.76, JAN, cls="pct"),
     M(A, "48.22%", N, "men", 48.22, JAN, cls="pct"),
     M(A, "0.02%", N, "neither", 0.02, JAN, cls="pct"),
     M(A, "17,805,711 dwellings", N, "dwellings", 17805711),
     M(A, "17,780,210", N, "private", 17780210),
     M(A, "25,501", N, "collective", 25501),
     M(A, "17,569,053 people", N, "ba", 17569053),
     M(A, "3,978,984", N, "cba", 3978984),
     M(A, "3,556,522", N, "sf", 3556522),
     M(A, "190,641 inhabitants", N, "tdf", 190641),
     M(A, "2,962 people", N, "street", 2962),
     M(A, "March 16", D, "digital_open", "2022-03-16"),
     M(A, "May 18, 2022", D, "census_day", "2022-05-18"),

     M(T, "46.044.703 jiwa", N, "pop", 46044703, JAN),
     M(T, "Selasa (31/1/2023)", D, "prov", "2023-01-31"),
     M(T, "47.327.407 jiwa", N, "pop", 47327407, MAY),
     M(T, "Mei 2022", D, "first", "2022-05"),
     M(T, "2010", D, "c2010", "2010"),
     M(T, "14,77 persen", N, "growth", 14.77, JAN, cls="pct"),
     M(T, "17,97 persen", N, "growth", 17.97, MAY, cls="pct"),
     M(T, "51,76 persen", N, "women", 51.76, JAN, cls="pct"),
     M(T, "48,22 persen", N, "men", 48.22, JAN, cls="pct"),
     M(T, "17.569.053 jiwa", N, "ba", 17569053),
     M(T, "3.978.984 jiwa", N, "cba", 3978984),
     M(T, "2.014.533 jiwa", N, "mza", 2014533),
     M(T, "190.641 jiwa", N, "tdf", 190641),
     M(T, "17.805.711 unit", N, "dwellings", 17805711),
     M(T, "Kamis (19/5/2022)", D, "census_day", "2022-05-19", planted=True),
    ]
    build("argentina-census-2022", "Argentina's 2022 census (the door-to-door count on Wednesday 18 May 2022, the "
          "digital questionnaire open from 16 March): the first provisional figures of Thursday 19 May 2022 (47,327,407 "
          "people, 17.97% more than the 40,117,096 of 2010; men 47.05%, women 52.83%) revised down by the provisional "
          "results of Tuesday 31 January 2023 (46,044,703, 14.77% more than 2010; women 51.76%, men 48.22%; 17,805,711 "
          "dwellings; Buenos Aires province 17,569,053)", False, ms, names)


def alma():
    R, K, T, A = "reuters-mar13", "kompas-mar14", "tempo-mar15", "ap-mar16"
    names = {
     "alt": "altitude of the antennas' plateau (m)", "ops_alt": "altitude of the operations centre (m)",
     "antennas": "antennas in the array", "installed": "antennas installed at the inauguration",
     "cost": "cost of the observatory (billion dollars)", "ant12": "antennas 12 metres across",
     "ant7": "antennas 7 metres across", "diam12": "diameter of the large dishes (m)",
     "diam7": "diameter of the small dishes (m)", "spread": "greatest spread of the antennas (km)",
     "ant_eu": "antennas supplied by Europe", "ant_na": "antennas supplied by North America",
     "ant_ea": "antennas supplied by East Asia", "planning": "years of planning",
     "building": "years of construction", "weight": "weight of an antenna (tonnes)",
     # dates
     "inaug": "day of the inauguration", "built": "year construction began",
     "early": "year early science observations began",
    }
    ms = [
     M(R, "Wednesday", D, "inaug", "2013-03-13"),
     M(R, "5,000 meters", N, "alt", 5000, cls="m"),
     M(R, "66 antennas", N, "antennas", 66),
     M(R, "about $1.4 billion", N, "cost", 1.4, qual="approx", cls="usd"),
     M(R, "57 antennas", N, "installed", 57),
     M(R, "54", N, "ant12", 54),
     M(R, "12 meters", N, "diam12", 12, cls="m"),
     M(R, "12 are", N, "ant7", 12),
     M(R, "7 meters", N, "diam7", 7, cls="m"),
     M(R, "16 km", N, "spread", 16, cls="km"),
     M(R, "25 antennas", N, "ant_eu", 25, also={"ant_na": 25}),
     M(R, "16 more", N, "ant_ea", 16),
     M(R, "about 30 years", N, "planning", 30, qual="approx", cls="dur"),
     M(R, "2003", D, "built", "2003"),
     M(R, "2011", D, "early", "2011"),

     M(K, "Rabu (13/3/2013)", D, "inaug", "2013-03-13"),
     M(K, "5.000 meter", N, "alt", 5000, cls="m"),
     M(K, "66 antena", N, "antennas", 66),
     M(K, "sekitar 1,4 miliar dolar AS", N, "cost", 1.4, qual="approx", cls="usd"),
     M(K, "57 antena", N, "installed", 57),
     M(K, "54 antena", N, "ant12", 54),
     M(K, "12 meter", N, "diam12", 12, cls="m"),
     M(K, "12 antena", N, "ant7", 12),
     M(K, "7 meter", N, "diam7", 7, cls="m"),
     M(K, "25 antena", N, "ant_eu", 25, also={"ant_na": 25}),
     M(K, "16 antena", N, "ant_ea", 16),
     M(K, "16 kilometer", N, "spread", 16, cls="km"),
     M(K, "2003", D, "built", "2003"),
     M(K, "sekitar 30 tahun", N, "planning", 30, qual="approx", cls="dur"),
     M(K, "2011", D, "early", "2011"),

     M(T, "13 Maret 2013", D, "inaug", "2013-03-13"),
     M(T, "66 antena", N, "antennas", 66),
     M(T, "5.000 meter", N, "alt", 5000, cls="m"),
     M(T, "2.900 meter", N, "ops_alt", 2900, cls="m"),
     M(T, "1,4 miliar dolar AS", N, "cost", 1.4, cls="usd"),
     M(T, "25 antena", N, "ant_eu", 25),
     M(T, "25 antena", N, "ant_na", 25, occ=2),
     M(T, "16 antena", N, "ant_ea", 16),
     M(T, "sekitar 100 ton", N, "weight", 100, qual="approx", cls="tonnes"),
     M(T, "57 antena", N, "installed", 57),
     M(T, "16 kilometer", N, "spread", 16, cls="km"),
     M(T, "sekitar 10 tahun", N, "building", 10, qual="approx", cls="dur"),
     M(T, "2003", D, "built", "2003"),

     M(A, "$1.4 billion", N, "cost", 1.4, cls="usd"),
     M(A, "March 13", D, "inaug", "2013-03-13"),
     M(A, "66 antennas", N, "antennas", 66),
     M(A, "5,000 meters", N, "alt", 5000, cls="m"),
     M(A, "2,900 meters", N, "ops_alt", 2900, cls="m"),
     M(A, "25 antennas", N, "ant_eu", 25, also={"ant_na": 25}),
     M(A, "16 antennas", N, "ant_ea", 16),
     M(A, "57", N, "installed", 57),
     M(A, "about 100 tons", N, "weight", 100, qual="approx", cls="tonnes"),
     M(A, "16 kilometers", N, "spread", 16, cls="km"),
     M(A, "12 meters", N, "diam12", 12, cls="m"),
     M(A, "12 smaller ones", N, "ant7", 12),
     M(A, "7 meters", N, "diam7", 7, cls="m"),
     M(A, "about 30 years", N, "planning", 30, qual="approx", cls="dur"),
     M(A, "2003", D, "built", "2003"),
     M(A, "2011", D, "early", "2011"),
    ]
    build("alma-inauguration-2013", "The inauguration of the ALMA radio observatory on the Chajnantor plateau, Chile "
          "(control), on Wednesday 13 March 2013: 66 antennas at 5,000 m (54 of 12 m and 12 of 7 m; 25 from Europe, 25 "
          "from North America, 16 from East Asia; 57 installed by the inauguration), about $1.4 billion, up to 16 km "
          "apart, an operations centre at 2,900 m, antennas of about 100 tonnes, about 30 years of planning, "
          "construction from 2003, early science from 2011. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    illapel()
    census()
    alma()
