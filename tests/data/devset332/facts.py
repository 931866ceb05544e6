"""The three-hundred-and-thirty-second development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset332/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def floods():
    R, K, T, A = "reuters-sep29", "kompas-sep30", "detik-oct03", "ap-oct22"
    # as-of times of the running tallies: Saturday evening 28 September 2024 (the police's 66), Sunday morning 29
    # September (the police's 112 dead and 68 missing, the districts' dead, more than 2,100 rescued), Sunday night
    # (the home ministry's 170 dead, 42 missing, 111 injured), Monday 30 September (the police's 192 dead and 31
    # missing, the armed police's 148 dead and 73 in the valley), Wednesday 2 October (the police headquarters' 219
    # dead, 27 missing, 156 injured, the districts' dead, 62 in the valley's three districts, 12,584 evacuated),
    # Thursday 3 October (the home ministry's 233 dead, 22 missing, 169 injured, 17,120 rescued).
    SAT, SUNAM, SUNPM, MON, WED, THU = ("2024-09-28", "2024-09-29a", "2024-09-29b", "2024-09-30", "2024-10-02",
                                        "2024-10-03")
    # Sources: the three bodies kept separate counts on the same days (the police, the home ministry, the armed
    # police), so counts credited to different bodies are sources, also across days; each body's own counts rise
    # (updates), the missing fall as bodies are found. The valley's dead (73 on Monday, 62 in Wednesday's breakdown
    # by district) are read as one count corrected down (a revision; see the README's doubts).
    POL, MOHA, APF = "the police", "the home ministry", "the Armed Police Force"
    names = {
     "dead": "people killed", "missing": "people missing", "injured": "people injured",
     "kavre": "dead in Kavrepalanchowk", "lalitpur": "dead in Lalitpur", "ktm": "dead in the capital's district",
     "dhading": "dead in Dhading", "valley": "dead in the capital's valley (three districts)",
     "rain": "rainfall in 24 hours at the airport station (mm)", "hours": "the hours of the record rainfall",
     "rescued": "people rescued or evacuated", "players": "young footballers killed in Makwanpur",
     "departures": "flight departures cancelled", "schooldays": "days schools were closed",
     "troops": "security personnel deployed", "districts": "districts with deaths",
     # dates
     "asof_sat": "day of the police's count of 66", "asof_sunam": "morning of the police's count of 112",
     "asof_sunpm": "night of the home ministry's count of 170", "asof_mon": "day of the counts of 192 and 148",
     "asof_wed": "day of the police's count of 219", "asof_thu": "day of the home ministry's count of 233",
     "rain_began": "day the rain began", "rain_day": "day of the record rainfall", "records": "year records began",
     "flights_halted": "night flights were halted", "flights_resumed": "day flights resumed",
     "dashain": "day of the Dashain festival",
    }
    ms = [
     M(R, "At least 112 people", N, "dead", 112, SUNAM, qual="atleast", src=POL),
     M(R, "68", N, "missing", 68, SUNAM, src=POL, fall=True),
     M(R, "Sunday morning", D, "asof_sunam", "2024-09-29"),
     M(R, "Saturday evening", D, "asof_sat", "2024-09-28"),
     M(R, "66", N, "dead", 66, SAT, src=POL),
     M(R, "34 dead", N, "kavre", 34, SUNAM),
     M(R, "20", N, "lalitpur", 20, SUNAM),
     M(R, "12", N, "ktm", 12, SUNAM),
     M(R, "240 millimetres", N, "rain", 240, cls="mm"),
     M(R, "24 hours", N, "hours", 24, cls="dur"),
     M(R, "Saturday morning", D, "rain_day", "2024-09-28"),
     M(R, "1970", D, "records", "1970"),
     M(R, "Thursday", D, "rain_began", "2024-09-26"),
     M(R, "more than 2,100 people", N, "rescued", 2100, SUNAM, qual="morethan"),
     M(R, "six young players", N, "players", 6),
     M(R, "Sunday morning", D, "flights_resumed", "2024-09-29", occ=2),
     M(R, "Friday night", D, "flights_halted", "2024-09-27"),
     M(R, "more than 150 departures", N, "departures", 150, qual="morethan"),

     M(K, "170 orang", N, "dead", 170, SUNPM, src=MOHA),
     M(K, "Minggu (29/9/2024) malam", D, "asof_sunpm", "2024-09-29"),
     M(K, "42 orang", N, "missing", 42, SUNPM, src=MOHA, fall=True),
     M(K, "111 orang", N, "injured", 111, SUNPM, src=MOHA),
     M(K, "Minggu pagi", D, "asof_sunam", "2024-09-29"),
     M(K, "112 korban tewas", N, "dead", 112, SUNAM, src=POL),
     M(K, "68 orang hilang", N, "missing", 68, SUNAM, src=POL, fall=True),
     M(K, "Kamis (26/9/2024)", D, "rain_began", "2024-09-26"),
     M(K, "240 milimeter", N, "rain", 240, cls="mm"),
     M(K, "24 jam", N, "hours", 24, cls="dur"),
     M(K, "1970", D, "records", "1970"),
     M(K, "tiga hari", N, "schooldays", 3, cls="dur"),
     M(K, "Sedikitnya 3.000 personel", N, "troops", 3000, SUNPM, qual="atleast"),
     M(K, "enam pemain", N, "players", 6),
     M(K, "Senin (30/9/2024)", D, "asof_mon", "2024-09-30"),
     M(K, "148 korban tewas", N, "dead", 148, MON, src=APF),
     M(K, "73 orang", N, "valley", 73, MON),

     M(T, "219 orang", N, "dead", 219, WED, src=POL),
     M(T, "Rabu (2/10/2024)", D, "asof_wed", "2024-10-02"),
     M(T, "27 orang", N, "missing", 27, WED, src=POL, fall=True),
     M(T, "156 orang", N, "injured", 156, WED, src=POL),
     M(T, "22 distrik", N, "districts", 22, WED),
     M(T, "65 korban tewas", N, "kavre", 65, WED),
     M(T, "40 korban", N, "lalitpur", 40, WED),
     M(T, "39 korban", N, "dhading", 39, WED),
     M(T, "Senin (30/9/2024)", D, "asof_mon", "2024-09-30"),
     M(T, "192 orang", N, "dead", 192, MON, src=POL),
     M(T, "31 orang", N, "missing", 31, MON, src=POL, fall=True),
     M(T, "148 korban tewas", N, "dead", 148, MON, src=APF),
     M(T, "73 orang", N, "valley", 73, MON),
     M(T, "62 orang", N, "valley", 62, WED),
     M(T, "Rabu", D, "asof_wed", "2024-10-02", occ=2),
     M(T, "204 milimeter", N, "rain", 204, cls="mm", planted=True),
     M(T, "1970", D, "records", "1970"),
     M(T, "12.584 warga", N, "rescued", 12584, WED, src=POL),

     M(A, "Oct. 3", D, "asof_thu", "2024-10-03"),
     M(A, "233 people dead", N, "dead", 233, THU, src=MOHA),
     M(A, "22 missing", N, "missing", 22, THU, src=MOHA, fall=True),
     M(A, "169 injured", N, "injured", 169, THU, src=MOHA),
     M(A, "17,120 people", N, "rescued", 17120, THU, src=MOHA),
     M(A, "Sept. 26", D, "rain_began", "2024-09-26"),
     M(A, "240 millimeters", N, "rain", 240, cls="mm"),
     M(A, "24 hours", N, "hours", 24, cls="dur"),
     M(A, "1970", D, "records", "1970"),
     M(A, "Oct. 12", D, "dashain", "2024-10-12"),
    ]
    build("bagmati-floods-2024", "Floods and landslides in the Himalayan country's east and centre after the rain of "
          "26-28 September 2024 (240 mm in 24 hours at the capital's airport station, the most since 1970): the "
          "police's 66 dead on Saturday evening 28 September, 112 dead and 68 missing on Sunday morning, 192 dead and "
          "31 missing on Monday 30 September, 219 dead, 27 missing and 156 injured on Wednesday 2 October; the home "
          "ministry's 170 dead, 42 missing and 111 injured on Sunday night and 233 dead, 22 missing and 169 injured on "
          "Thursday 3 October; the armed police's 148 dead on Monday; the valley's dead 73 on Monday corrected to 62 "
          "in Wednesday's breakdown by district", False, ms, names)


def dingri():
    R, K, T, A = "reuters-jan07", "kompas-jan08", "tempo-jan10", "ap-jan28"
    # as-of times of the running tallies, all on Tuesday 7 January 2025, the day of the quake: the first official
    # count (32 dead), noon (53 dead, 62 injured), 3 p.m. (95 dead, 130 injured), Tuesday night (126 dead, 188
    # injured, more than 3,600 houses, about 30,000 moved), the last official count repeated unchanged afterwards
    # (the same count: agree); the aftershocks and the rescued by Thursday 9 January; Voice of America's Tibetan
    # service's 134 dead, citing local sources, as of Monday 13 January (sources against the official counts).
    FIRST, NOON, PM3, NIGHT, THU9, JAN13 = ("2025-01-07a", "2025-01-07b", "2025-01-07c", "2025-01-07d", "2025-01-09",
                                            "2025-01-13")
    # The magnitude: the China Earthquake Networks Center's 6.8 against the US Geological Survey's 7.1 (sources); the
    # aftershocks' magnitudes are other facts.
    OFF, VOA, CENC, USGS = "the Chinese authorities", "Voice of America's Tibetan service citing local sources", \
        "the China Earthquake Networks Center", "the US Geological Survey"
    names = {
     "dead": "people killed", "injured": "people injured", "mag": "the quake's magnitude",
     "depth": "depth (km)", "felt_km": "distance to the neighbouring capital (km)",
     "shigatse_pop": "people living in Shigatse", "houses": "houses collapsed", "altitude": "altitude of the area (m)",
     "moved": "people moved to shelters", "rescuers": "rescuers deployed", "fund": "emergency funds (yuan)",
     "aftershocks": "aftershocks recorded", "after_mag": "the strongest aftershock's magnitude by 9 January",
     "after_km": "distance of the strongest aftershock from the epicentre (km)", "rescued": "people pulled alive",
     "jan13_mag1": "magnitude of the first aftershock of 13 January", "jan13_mag2": "magnitude of the second "
     "aftershock of 13 January", "jan13_km": "distance of the 13 January aftershocks from the epicentre (km)",
     "monastery_km": "distance of the damaged monastery from the epicentre (km)",
     # dates
     "quake": "day of the earthquake", "asof_night": "night of the count of 126", "asof_pm3": "day of the count of 95",
     "asof_thu9": "day of the count of aftershocks", "rescue_end": "day the search and rescue phase ended",
     "voa_asof": "day of the count of 134", "jan13": "day of the two strong aftershocks",
    }
    ms = [
     M(R, "Tuesday", D, "quake", "2025-01-07"),
     M(R, "at least 95 people", N, "dead", 95, PM3, qual="atleast", src=OFF),
     M(R, "130", N, "injured", 130, PM3),
     M(R, "6.8", N, "mag", 6.8, src=CENC, cls="mag"),
     M(R, "10 km", N, "depth", 10, cls="km"),
     M(R, "magnitude 7.1", N, "mag", 7.1, src=USGS, cls="mag"),
     M(R, "32 dead", N, "dead", 32, FIRST, src=OFF),
     M(R, "53 dead", N, "dead", 53, NOON, src=OFF),
     M(R, "62 injured", N, "injured", 62, NOON),
     M(R, "about 800,000 people", N, "shigatse_pop", 800000, qual="approx"),
     M(R, "about 400 km", N, "felt_km", 400, qual="approx", cls="km"),

     M(K, "126 orang", N, "dead", 126, NIGHT, src=OFF),
     M(K, "Selasa (7/1/2025) malam", D, "asof_night", "2025-01-07"),
     M(K, "188 orang", N, "injured", 188, NIGHT),
     M(K, "lebih dari 3.600 rumah", N, "houses", 3600, NIGHT, qual="morethan"),
     M(K, "lebih dari 4.000 meter", N, "altitude", 4000, qual="morethan", cls="m"),
     M(K, "Selasa", D, "asof_pm3", "2025-01-07", occ=2),
     M(K, "95 korban tewas", N, "dead", 95, PM3, src=OFF),
     M(K, "130 orang", N, "injured", 130, PM3),
     M(K, "magnitudo 6,8", N, "mag", 6.8, src=CENC, cls="mag"),
     M(K, "magnitudo 7,1", N, "mag", 7.1, src=USGS, cls="mag"),
     M(K, "10 kilometer", N, "depth", 10, cls="km"),
     M(K, "Sekitar 30.000 warga", N, "moved", 30000, NIGHT, qual="approx"),
     M(K, "Lebih dari 3.000 petugas", N, "rescuers", 3000, NIGHT, qual="morethan"),
     M(K, "100 juta yuan", N, "fund", 100000000, cls="yuan"),

     M(T, "1.211 gempa susulan", N, "aftershocks", 1211, THU9),
     M(T, "Kamis (9/1/2025)", D, "asof_thu9", "2025-01-09"),
     M(T, "4,4", N, "after_mag", 4.4, cls="mag"),
     M(T, "18 kilometer", N, "after_km", 18, cls="km"),
     M(T, "407 orang", N, "rescued", 407),
     M(T, "Rabu (8/1/2025)", D, "rescue_end", "2025-01-08"),
     M(T, "bermagnitudo 6,8", N, "mag", 6.8, src=CENC, cls="mag"),
     M(T, "Senin (6/1/2025)", D, "quake", "2025-01-06", planted=True),
     M(T, "126 orang", N, "dead", 126, NIGHT, src=OFF),
     M(T, "188 orang", N, "injured", 188, NIGHT),
     M(T, "Lebih dari 3.600 rumah", N, "houses", 3600, NIGHT, qual="morethan"),

     M(A, "126 dead", N, "dead", 126, NIGHT, src=OFF),
     M(A, "188 injured", N, "injured", 188, NIGHT),
     M(A, "Jan. 7", D, "quake", "2025-01-07"),
     M(A, "134", N, "dead", 134, JAN13, src=VOA),
     M(A, "Jan. 13", D, "voa_asof", "2025-01-13"),
     M(A, "Monday, Jan. 13", D, "jan13", "2025-01-13"),
     M(A, "magnitude 4.6", N, "jan13_mag1", 4.6, cls="mag"),
     M(A, "5.1", N, "jan13_mag2", 5.1, cls="mag"),
     M(A, "about 9 kilometers", N, "jan13_km", 9, qual="approx", cls="km"),
     M(A, "More than 3,600 houses", N, "houses", 3600, NIGHT, qual="morethan"),
     M(A, "magnitude 7.1", N, "mag", 7.1, src=USGS, cls="mag"),
     M(A, "470 people", N, "rescued", 470, planted=True),
     M(A, "about 15 kilometers", N, "monastery_km", 15, qual="approx", cls="km"),
    ]
    build("dingri-earthquake-2025", "The earthquake in Dingri county of Shigatse, Tibet (Tuesday 7 January 2025, 9.05 "
          "Beijing time; the China Earthquake Networks Center's 6.8 against the USGS's 7.1): the official toll rising "
          "through the day (32 dead -> 53 dead and 62 injured at noon -> 95 dead and 130 injured at 3 p.m. -> 126 dead "
          "and 188 injured by Tuesday night), more than 3,600 houses collapsed, about 30,000 moved; 1,211 aftershocks "
          "and 407 people pulled alive by Thursday 9 January; Voice of America's Tibetan service's 134 dead as of 13 "
          "January, citing local sources; two aftershocks (4.6 and 5.1) on Monday 13 January", False, ms, names)


def budget():
    R, K, T, X = "reuters-may28", "kompas-may29", "antara-may30", "xinhua-may31"
    names = {
     "total": "the budget's total (billion rupees)", "recurrent": "recurrent spending (billion rupees)",
     "capital": "capital spending (billion rupees)", "financing": "financing (billion rupees)",
     "prev": "the current year's budget (billion rupees)", "borrow": "domestic borrowing (billion rupees)",
     "growth": "the growth target (%)", "inflation": "the inflation ceiling (%)",
     "rise": "the rise over the current year's budget (%)",
     # dates
     "presented": "day the budget was presented", "fy_start": "first day of the fiscal year",
    }
    ms = [
     M(R, "Tuesday", D, "presented", "2024-05-28"),
     M(R, "1,860.30 billion rupees", N, "total", 1860.30, cls="npr"),
     M(R, "July 16", D, "fy_start", "2024-07-16"),
     M(R, "6%", N, "growth", 6, cls="pct"),
     M(R, "5.5%", N, "inflation", 5.5, cls="pct"),
     M(R, "1,140.67 billion rupees", N, "recurrent", 1140.67, cls="npr"),
     M(R, "352.35 billion rupees", N, "capital", 352.35, cls="npr"),
     M(R, "367.28 billion rupees", N, "financing", 367.28, cls="npr"),
     M(R, "about 6.2%", N, "rise", 6.2, qual="approx", cls="pct"),
     M(R, "1,751.31 billion rupees", N, "prev", 1751.31, cls="npr"),
     M(R, "330 billion rupees", N, "borrow", 330, cls="npr"),

     M(K, "1.860,30 miliar rupee", N, "total", 1860.30, cls="npr"),
     M(K, "16 Juli 2024", D, "fy_start", "2024-07-16"),
     M(K, "Selasa (28/5/2024)", D, "presented", "2024-05-28"),
     M(K, "1.140,67 miliar rupee", N, "recurrent", 1140.67, cls="npr"),
     M(K, "352,35 miliar rupee", N, "capital", 352.35, cls="npr"),
     M(K, "367,28 miliar rupee", N, "financing", 367.28, cls="npr"),
     M(K, "6 persen", N, "growth", 6, cls="pct"),
     M(K, "5,5 persen", N, "inflation", 5.5, cls="pct"),
     M(K, "sekitar 6,2 persen", N, "rise", 6.2, qual="approx", cls="pct"),
     M(K, "1.751,31 miliar rupee", N, "prev", 1751.31, cls="npr"),
     M(K, "330 miliar rupee", N, "borrow", 330, cls="npr"),

     M(T, "6 persen", N, "growth", 6, cls="pct"),
     M(T, "Selasa (28/5/2024)", D, "presented", "2024-05-28"),
     M(T, "5,5 persen", N, "inflation", 5.5, cls="pct"),
     M(T, "sekitar 1.860 miliar rupee", N, "total", 1860, qual="approx", cls="npr"),
     M(T, "1.140,67 miliar rupee", N, "recurrent", 1140.67, cls="npr"),
     M(T, "352,35 miliar rupee", N, "capital", 352.35, cls="npr"),
     M(T, "367,28 miliar rupee", N, "financing", 367.28, cls="npr"),
     M(T, "16 Juli 2024", D, "fy_start", "2024-07-16"),
     M(T, "1.751,31 miliar rupee", N, "prev", 1751.31, cls="npr"),
     M(T, "330 miliar rupee", N, "borrow", 330, cls="npr"),

     M(X, "May 28", D, "presented", "2024-05-28"),
     M(X, "1.86 trillion rupees", N, "total", 1860, qual="approx", cls="npr"),
     M(X, "1,140.67 billion rupees", N, "recurrent", 1140.67, cls="npr"),
     M(X, "352.35 billion rupees", N, "capital", 352.35, cls="npr"),
     M(X, "367.28 billion rupees", N, "financing", 367.28, cls="npr"),
     M(X, "6 percent", N, "growth", 6, cls="pct"),
     M(X, "5.5 percent", N, "inflation", 5.5, cls="pct"),
     M(X, "July 16", D, "fy_start", "2024-07-16"),
     M(X, "about 6.2 percent", N, "rise", 6.2, qual="approx", cls="pct"),
     M(X, "1,751.31 billion rupees", N, "prev", 1751.31, cls="npr"),
     M(X, "330 billion rupees", N, "borrow", 330, cls="npr"),
    ]
    build("nepal-budget-2024", "The Himalayan country's budget for the fiscal year from 16 July 2024 (control), "
          "presented by the finance minister Barshaman Pun on Tuesday 28 May 2024: 1,860.30 billion rupees in all "
          "(recurrent 1,140.67, capital 352.35, financing 367.28 billion), about 6.2% above the current year's "
          "1,751.31 billion, 330 billion of domestic borrowing, a growth target of 6% and an inflation ceiling of "
          "5.5%. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    floods()
    dingri()
    budget()
