"""The hundred-and-fifth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset105/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def santiago():
    R, K, G, T, A = "reuters-jul25", "kompas-jul26", "guardian-jul29", "tempo-jul31", "antara-aug24"
    # the toll: Thursday 25 July (regional officials), Friday 26 July, Saturday 27 July (lowered by the Galician
    # high court), Sunday 28 July (a further death in hospital), Tuesday 30 July and a month on
    THU, FRI, SAT, SUN, TUE, AUG = "2013-07-25", "2013-07-26", "2013-07-27", "2013-07-28", "2013-07-30", "2013-08-24"
    REC, DRV = "the train's data recorder (the court)", "the driver's radio call (as reported)"
    names = {
     "dead": "people killed", "injured": "people injured", "hosp": "people still in hospital",
     "critical": "people in a critical condition", "passengers": "passengers on board", "crew": "crew on board",
     "dist": "distance from the station", "limit": "the bend's speed limit", "speed": "the train's speed at the derailment",
     "speed_before": "the train's speed minutes before", "mourning": "days of national mourning",
     "age": "the driver's age", "charges": "counts of homicide charged", "call": "length of the phone call",
     # dates
     "crash": "day of the derailment", "count77_day": "day of the count of 77", "rajoy_visit": "day of Rajoy's visit",
     "feast": "the feast of St James", "count80_day": "day of the count of 80", "king_visit": "day of the King's visit",
     "mourning_start": "first day of the mourning", "lowered_day": "day the toll was lowered",
     "hearing": "day the driver appeared before the judge and was released", "funeral": "day of the funeral mass",
     "recorder_day": "day the recorder's data were made public",
    }
    ms = [
     M(R, "At least 77 people", N, "dead", 77, THU, qual="atleast"),
     M(R, "Wednesday", D, "crash", "2013-07-24"),
     M(R, "Thursday", D, "count77_day", "2013-07-25"),
     M(R, "4 km", N, "dist", 4, cls="km"),
     M(R, "218 passengers", N, "passengers", 218),
     M(R, "four crew members", N, "crew", 4),
     M(R, "178 people", N, "injured", 178),
     M(R, "95", N, "hosp", 95, THU, fall=True),
     M(R, "36", N, "critical", 36, THU, fall=True),
     M(R, "80 km per hour", N, "limit", 80, cls="kmh"),
     M(R, "Thursday", D, "rajoy_visit", "2013-07-25", occ=3),
     M(R, "three days", N, "mourning", 3, cls="dur"),
     M(R, "Thursday", D, "feast", "2013-07-25", occ=4),

     M(K, "80 orang", N, "dead", 80, FRI),
     M(K, "Jumat (26/7/2013)", D, "count80_day", "2013-07-26"),
     M(K, "77 orang", N, "dead", 77, THU),
     M(K, "Rabu (24/7/2013)", D, "crash", "2013-07-24"),
     M(K, "52 tahun", N, "age", 52, cls="age"),
     M(K, "80 km per jam", N, "limit", 80, cls="kmh"),
     M(K, "218 penumpang", N, "passengers", 218),
     M(K, "empat awak", N, "crew", 4),
     M(K, "Jumat", D, "king_visit", "2013-07-26", occ=2),
     M(K, "tiga hari", N, "mourning", 3, cls="dur"),
     M(K, "Kamis", D, "mourning_start", "2013-07-25"),

     M(G, "Wednesday", D, "crash", "2013-07-24"),
     M(G, "79 counts", N, "charges", 79),
     M(G, "52", N, "age", 52, cls="age"),
     M(G, "Sunday", D, "hearing", "2013-07-28"),
     M(G, "78", N, "dead", 78, SAT),
     M(G, "Saturday", D, "lowered_day", "2013-07-27"),
     M(G, "80", N, "dead", 80, FRI),
     M(G, "Friday", D, "count80_day", "2013-07-26"),
     M(G, "79", N, "dead", 79, SUN, occ=2),
     M(G, "Seventy people", N, "hosp", 70, SUN, fall=True),
     M(G, "22", N, "critical", 22, SUN, fall=True),
     M(G, "190 km per hour", N, "speed", 190, cls="kmh", src=DRV),
     M(G, "80 km per hour", N, "limit", 80, cls="kmh"),
     M(G, "Monday", D, "funeral", "2013-07-29"),

     M(T, "153 km per jam", N, "speed", 153, cls="kmh", src=REC),
     M(T, "Selasa (30/7/2013)", D, "recorder_day", "2013-07-30"),
     M(T, "192 km per jam", N, "speed_before", 192, cls="kmh"),
     M(T, "80 km per jam", N, "limit", 80, cls="kmh"),
     M(T, "sekitar 100 detik", N, "call", 100, qual="approx", cls="dur"),
     M(T, "Rabu (24/7/2013)", D, "crash", "2013-07-24"),
     M(T, "79 orang", N, "dead", 79, TUE),
     M(T, "52 tahun", N, "age", 52, cls="age"),
     M(T, "79 perkara", N, "charges", 79),
     M(T, "Minggu (28/7/2013)", D, "hearing", "2013-07-28"),
     M(T, "218 penumpang", N, "passengers", 218),
     M(T, "empat awak", N, "crew", 4),

     M(A, "24 Juli 2013", D, "crash", "2013-07-24"),
     M(A, "79 orang", N, "dead", 79, AUG),
     M(A, "178 orang", N, "injured", 178),
     M(A, "218 penumpang", N, "passengers", 218),
     M(A, "empat awak", N, "crew", 4),
     M(A, "135 km per jam", N, "speed", 135, cls="kmh", src=REC, planted=True),
     M(A, "80 km per jam", N, "limit", 80, cls="kmh"),
     M(A, "30 Juli", D, "recorder_day", "2013-07-30"),
     M(A, "192 km per jam", N, "speed_before", 192, cls="kmh"),
     M(A, "79 dakwaan", N, "charges", 79),
    ]
    build("santiago-train-2013", "The derailment of an Alvia train on the bend at Angrois outside Santiago de "
          "Compostela (Wednesday 24 July 2013, 8:41 p.m.): 218 passengers and four crew; the toll at least 77 on "
          "Thursday 25 July, 80 on Friday 26 July, lowered to 78 by the Galician high court on Saturday 27 July "
          "(remains counted twice), 79 after a further death in hospital; 178 injured, 95 in hospital and 36 "
          "critical on Thursday, 70 and 22 on Sunday; the bend's limit of 80 km/h, the data recorder's 192 km/h "
          "minutes before and 153 km/h at the derailment (made public on Tuesday 30 July) against the driver's "
          "reported 190; the driver, 52, charged with 79 counts of homicide through professional negligence and "
          "released on Sunday 28 July; three days of national mourning from Thursday 25 July", False, ms, names)


def sweden():
    R, K, A, AP = "reuters-sep12", "kompas-sep13", "antara-sep15", "ap-oct17"
    # the count on the night (almost all districts, before the postal and overseas votes) and the final count
    NIGHT, FIN = "2022-09-11T23", "2022-09-14"
    EXIT = "SVT's exit poll"
    names = {
     "right_seats": "the right-wing bloc's seats", "left_seats": "the centre-left bloc's seats",
     "sd_share": "the Sweden Democrats' share", "m_share": "the Moderates' share", "s_share": "the Social Democrats' share",
     "left_exit": "the centre-left bloc's share", "right_exit": "the right-wing bloc's share",
     "majority": "seats needed for a majority", "assembly": "seats in the Riksdag", "age_andersson": "Andersson's age",
     "age_akesson": "Akesson's age", "age_kristersson": "Kristersson's age", "s_seats": "the Social Democrats' seats",
     "sd_seats": "the Sweden Democrats' seats", "m_seats": "the Moderates' seats", "v_seats": "the Left Party's seats",
     "c_seats": "the Centre Party's seats", "kd_seats": "the Christian Democrats' seats", "mp_seats": "the Greens' seats",
     "l_seats": "the Liberals' seats", "turnout": "turnout", "turnout2018": "turnout in 2018",
     "pm_ayes": "votes for Kristersson as prime minister", "pm_noes": "votes against Kristersson as prime minister",
     # dates
     "election": "day of the election", "postal_count": "day the postal and overseas votes were counted",
     "concession": "day Andersson conceded", "resignation": "day Andersson resigned", "y2018": "the previous election",
     "pm_vote": "day Kristersson was elected prime minister", "deal": "day of the three parties' deal with the Sweden Democrats",
     "cabinet": "day the ministers were to be presented",
    }
    ms = [
     M(R, "Sunday", D, "election", "2022-09-11"),
     M(R, "175 seats", N, "right_seats", 175, NIGHT, fall=True),
     M(R, "174", N, "left_seats", 174, NIGHT, fall=True),
     M(R, "20.6%", N, "sd_share", 20.6, NIGHT, cls="pct", fall=True),
     M(R, "19.1%", N, "m_share", 19.1, NIGHT, cls="pct", fall=True),
     M(R, "30.5%", N, "s_share", 30.5, NIGHT, cls="pct", fall=True),
     M(R, "49.8%", N, "left_exit", 49.8, cls="pct", src=EXIT),
     M(R, "49.2%", N, "right_exit", 49.2, cls="pct", src=EXIT),
     M(R, "Wednesday", D, "postal_count", "2022-09-14"),
     M(R, "175", N, "majority", 175, occ=2),
     M(R, "349 seats", N, "assembly", 349),
     M(R, "55", N, "age_andersson", 55, cls="age"),
     M(R, "43", N, "age_akesson", 43, cls="age"),

     M(K, "Minggu (11/9/2022)", D, "election", "2022-09-11"),
     M(K, "175 kursi", N, "right_seats", 175, NIGHT, fall=True),
     M(K, "174 kursi", N, "left_seats", 174, NIGHT, fall=True),
     M(K, "20,6 persen", N, "sd_share", 20.6, NIGHT, cls="pct", fall=True),
     M(K, "19,1 persen", N, "m_share", 19.1, NIGHT, cls="pct", fall=True),
     M(K, "30,5 persen", N, "s_share", 30.5, NIGHT, cls="pct", fall=True),
     M(K, "349 orang", N, "assembly", 349),
     M(K, "175 kursi", N, "majority", 175, occ=2),
     M(K, "Rabu (14/9/2022)", D, "postal_count", "2022-09-14"),

     M(A, "Rabu (14/9/2022)", D, "concession", "2022-09-14"),
     M(A, "176 kursi", N, "right_seats", 176, FIN, fall=True),
     M(A, "173 kursi", N, "left_seats", 173, FIN, fall=True),
     M(A, "Kamis (15/9/2022)", D, "resignation", "2022-09-15"),
     M(A, "30,33 persen", N, "s_share", 30.33, FIN, cls="pct", fall=True),
     M(A, "107 kursi", N, "s_seats", 107),
     M(A, "20,54 persen", N, "sd_share", 20.54, FIN, cls="pct", fall=True),
     M(A, "73 kursi", N, "sd_seats", 73),
     M(A, "19,10 persen", N, "m_share", 19.10, FIN, cls="pct", fall=True),
     M(A, "68 kursi", N, "m_seats", 68),
     M(A, "24 kursi", N, "v_seats", 24, also=(("c_seats", 24),)),
     M(A, "19 kursi", N, "kd_seats", 19),
     M(A, "18 kursi", N, "mp_seats", 18),
     M(A, "16 kursi", N, "l_seats", 16),
     M(A, "11 September", D, "election", "2022-09-11"),
     M(A, "82,4 persen", N, "turnout", 82.4, cls="pct", planted=True),

     M(AP, "Monday", D, "pm_vote", "2022-10-17"),
     M(AP, "176 votes", N, "pm_ayes", 176),
     M(AP, "173", N, "pm_noes", 173),
     M(AP, "Sept. 12", D, "election", "2022-09-12", planted=True),
     M(AP, "73", N, "sd_seats", 73),
     M(AP, "349 seats", N, "assembly", 349),
     M(AP, "20.5%", N, "sd_share", 20.54, FIN, qual="approx", cls="pct", fall=True),
     M(AP, "68 seats", N, "m_seats", 68),
     M(AP, "176 seats", N, "right_seats", 176, FIN, fall=True),
     M(AP, "173", N, "left_seats", 173, FIN, fall=True, occ=2),
     M(AP, "107 seats", N, "s_seats", 107),
     M(AP, "30.3%", N, "s_share", 30.33, FIN, qual="approx", cls="pct", fall=True),
     M(AP, "84.2%", N, "turnout", 84.2, cls="pct"),
     M(AP, "87.2%", N, "turnout2018", 87.2, cls="pct"),
     M(AP, "2018", D, "y2018", "2018"),
     M(AP, "58", N, "age_kristersson", 58, cls="age"),
     M(AP, "Friday", D, "deal", "2022-10-14"),
     M(AP, "Tuesday", D, "cabinet", "2022-10-18"),
     M(AP, "Sept. 15", D, "resignation", "2022-09-15"),
    ]
    build("sweden-election-2022", "Sweden's general election of Sunday 11 September 2022: SVT's exit poll (centre-left "
          "49.8%, right 49.2%); the count on the night with almost all districts in (right 175 seats to 174; Sweden "
          "Democrats 20.6%, Moderates 19.1%, Social Democrats 30.5%); the final count after the postal and overseas "
          "votes from Wednesday 14 September (176 to 173; Social Democrats 30.33% and 107 seats, Sweden Democrats "
          "20.54% and 73, Moderates 19.10% and 68, the Left and the Centre 24 each, Christian Democrats 19, Greens "
          "18, Liberals 16; turnout 84.2%, 87.2% in 2018); Andersson's concession on 14 September and resignation on "
          "15 September; Kristersson elected prime minister by the Riksdag 176-173 on Monday 17 October 2022",
          False, ms, names)


def destatis():
    R, B, DW, K = "reuters-jan15", "bisnis-jan16", "dw-jan17", "kontan-jan18"
    names = {
     "gdp": "GDP's fall in 2023", "gdp22": "GDP's growth in 2022", "cal": "the calendar-adjusted fall",
     "q4": "the fourth quarter's fall", "hh": "the fall in household consumption", "gov": "the fall in government consumption",
     "exp": "the fall in exports", "imp": "the fall in imports", "deficit": "the government deficit (billion euros)",
     "deficit_pct": "the deficit's share of GDP", "deficit22": "the deficit's share of GDP in 2022",
     "emp_rise": "the rise in employment", "employed": "people in work", "vs2019": "output above 2019",
     # dates
     "release": "day of the release", "y2023": "the year 2023", "y2022": "the year 2022", "y2019": "the year 2019",
    }
    ms = [
     M(R, "0.3%", N, "gdp", 0.3, cls="pct"),
     M(R, "2023", D, "y2023", "2023"),
     M(R, "1.8%", N, "gdp22", 1.8, cls="pct"),
     M(R, "2022", D, "y2022", "2022"),
     M(R, "Monday", D, "release", "2024-01-15"),
     M(R, "0.1%", N, "cal", 0.1, cls="pct"),
     M(R, "0.3%", N, "q4", 0.3, cls="pct", occ=2),
     M(R, "0.8%", N, "hh", 0.8, cls="pct"),
     M(R, "1.7%", N, "gov", 1.7, cls="pct"),
     M(R, "1.8%", N, "exp", 1.8, cls="pct", occ=2),
     M(R, "3.0%", N, "imp", 3.0, cls="pct"),
     M(R, "82.7 billion euros", N, "deficit", 82.7, cls="eur"),
     M(R, "2.0%", N, "deficit_pct", 2.0, cls="pct"),
     M(R, "2.5%", N, "deficit22", 2.5, cls="pct"),
     M(R, "0.7%", N, "emp_rise", 0.7, cls="pct"),
     M(R, "45.9 million", N, "employed", 45900000),
     M(R, "0.7%", N, "vs2019", 0.7, cls="pct", occ=2),
     M(R, "2019", D, "y2019", "2019"),

     M(B, "0,3%", N, "gdp", 0.3, cls="pct"),
     M(B, "2023", D, "y2023", "2023"),
     M(B, "1,8%", N, "gdp22", 1.8, cls="pct"),
     M(B, "2022", D, "y2022", "2022"),
     M(B, "Senin (15/1/2024)", D, "release", "2024-01-15"),
     M(B, "0,1%", N, "cal", 0.1, cls="pct"),
     M(B, "0,3%", N, "q4", 0.3, cls="pct", occ=2),
     M(B, "0,8%", N, "hh", 0.8, cls="pct"),
     M(B, "1,7%", N, "gov", 1.7, cls="pct"),
     M(B, "1,8%", N, "exp", 1.8, cls="pct", occ=2),
     M(B, "3,0%", N, "imp", 3.0, cls="pct"),
     M(B, "82,7 miliar euro", N, "deficit", 82.7, cls="eur"),
     M(B, "2,0%", N, "deficit_pct", 2.0, cls="pct"),
     M(B, "2,5%", N, "deficit22", 2.5, cls="pct"),
     M(B, "0,7%", N, "emp_rise", 0.7, cls="pct"),
     M(B, "45,9 juta orang", N, "employed", 45900000),
     M(B, "0,7%", N, "vs2019", 0.7, cls="pct", occ=2),
     M(B, "2019", D, "y2019", "2019"),

     M(DW, "0.3%", N, "gdp", 0.3, cls="pct"),
     M(DW, "Monday, January 15", D, "release", "2024-01-15"),
     M(DW, "1.8%", N, "gdp22", 1.8, cls="pct"),
     M(DW, "2022", D, "y2022", "2022"),
     M(DW, "0.1%", N, "cal", 0.1, cls="pct"),
     M(DW, "0.3%", N, "q4", 0.3, cls="pct", occ=2),
     M(DW, "0.8%", N, "hh", 0.8, cls="pct"),
     M(DW, "1.7%", N, "gov", 1.7, cls="pct"),
     M(DW, "1.8%", N, "exp", 1.8, cls="pct", occ=2),
     M(DW, "3.0%", N, "imp", 3.0, cls="pct"),
     M(DW, "82.7 billion euros", N, "deficit", 82.7, cls="eur"),
     M(DW, "2.0%", N, "deficit_pct", 2.0, cls="pct"),
     M(DW, "2.5%", N, "deficit22", 2.5, cls="pct"),
     M(DW, "45.9 million people", N, "employed", 45900000),
     M(DW, "0.7%", N, "emp_rise", 0.7, cls="pct"),

     M(K, "0,3 persen", N, "gdp", 0.3, cls="pct"),
     M(K, "2023", D, "y2023", "2023"),
     M(K, "Senin, 15 Januari 2024", D, "release", "2024-01-15"),
     M(K, "2022", D, "y2022", "2022"),
     M(K, "1,8 persen", N, "gdp22", 1.8, cls="pct"),
     M(K, "0,1 persen", N, "cal", 0.1, cls="pct"),
     M(K, "0,3 persen", N, "q4", 0.3, cls="pct", occ=2),
     M(K, "0,8 persen", N, "hh", 0.8, cls="pct"),
     M(K, "1,7 persen", N, "gov", 1.7, cls="pct"),
     M(K, "1,8 persen", N, "exp", 1.8, cls="pct", occ=2),
     M(K, "3,0 persen", N, "imp", 3.0, cls="pct"),
     M(K, "82,7 miliar euro", N, "deficit", 82.7, cls="eur"),
     M(K, "2,0 persen", N, "deficit_pct", 2.0, cls="pct"),
     M(K, "2,5 persen", N, "deficit22", 2.5, cls="pct"),
     M(K, "0,7 persen", N, "emp_rise", 0.7, cls="pct"),
     M(K, "45,9 juta orang", N, "employed", 45900000),
     M(K, "0,7 persen", N, "vs2019", 0.7, cls="pct", occ=2),
     M(K, "2019", D, "y2019", "2019"),
    ]
    build("destatis-gdp-2024", "The Federal Statistical Office's (Destatis) release of Monday 15 January 2024 "
          "(control): German GDP down 0.3% in 2023 after 1.8% growth in 2022, 0.1% calendar-adjusted; the fourth "
          "quarter down 0.3% on the third; household consumption -0.8%, government consumption -1.7%, exports -1.8%, "
          "imports -3.0%; the government deficit 82.7 billion euros, 2.0% of GDP (2.5% in 2022); 45.9 million people "
          "in work, up 0.7%; output 0.7% above 2019. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    santiago()
    sweden()
    destatis()
