"""The two-hundred-and-eighty-eighth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset288/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def gloria():
    R, K, T, A = "reuters-sep4", "kompas-sep5", "detik-sep7", "ap-oct21"
    # as-of times of the running tallies: Wednesday 3 September 2025 late (15 dead, 18 injured), Thursday 4 September
    # morning (17 dead, INEM's 21 injured), Thursday afternoon (the toll corrected down to 16, one victim counted
    # twice: a revision; the civil protection's 23 injured), then 16 and 23 unchanged. The injured: INEM's 21 against
    # the civil protection's 23 (sources); counts no text credits are the civil protection's. The cable's days in
    # service (337) and its design life (600 days) are the investigator's; the crash, the note and the report are
    # different events.
    WED, THUA, THUB, SEP7, OCT21 = "2025-09-03", "2025-09-04a", "2025-09-04b", "2025-09-07", "2025-10-21"
    CP, INEM = "the civil protection", "INEM"
    names = {
     "dead": "people killed", "injured": "people injured", "serious": "people seriously injured",
     "foreign": "foreigners among the dead", "portuguese": "Portuguese among the dead",
     "british": "British dead", "canadian": "Canadian dead", "korean": "South Korean dead",
     "mourn_days": "days of municipal mourning", "days_service": "days the cable had been in service",
     "design_days": "the cable's designed service life (days)", "report_days": "days until the fuller report",
     "other_lifts": "other funiculars halted",
     # dates
     "crash": "day of the crash", "mourning": "day of national mourning", "opened": "year the funicular opened",
     "asof_thu": "day the toll was corrected", "note": "day of the investigator's first note",
     "report": "day of the interim report",
    }
    ms = [
     M(R, "Thursday", D, "mourning", "2025-09-04"),
     M(R, "Wednesday evening", D, "crash", "2025-09-03"),
     M(R, "Wednesday, Sept. 3", D, "crash", "2025-09-03"),
     M(R, "15 people", N, "dead", 15, WED, src=CP),
     M(R, "18 injured", N, "injured", 18, WED, src=CP),
     M(R, "five", N, "serious", 5, WED),
     M(R, "17 people", N, "dead", 17, THUA, src=CP),
     M(R, "21 injured people", N, "injured", 21, THUA, src=INEM),
     M(R, "three days", N, "mourn_days", 3, cls="dur"),
     M(R, "1885", D, "opened", "1885"),

     M(K, "16 orang", N, "dead", 16, THUB, src=CP),
     M(K, "Kamis (4/9/2025)", D, "asof_thu", "2025-09-04"),
     M(K, "23 orang", N, "injured", 23, THUB, src=CP),
     M(K, "Rabu (3/9/2025)", D, "crash", "2025-09-03"),
     M(K, "11", N, "foreign", 11, THUB),
     M(K, "tiga warga Inggris", N, "british", 3),
     M(K, "dua warga Kanada", N, "canadian", 2),
     M(K, "dua warga Korea Selatan", N, "korean", 2),
     M(K, "Lima korban tewas", N, "portuguese", 5, THUB),
     M(K, "tiga hari", N, "mourn_days", 3, cls="dur"),
     M(K, "1885", D, "opened", "1885"),

     M(T, "Sabtu (6/9/2025)", D, "note", "2025-09-06"),
     M(T, "337 hari", N, "days_service", 337, cls="dur"),
     M(T, "600 hari", N, "design_days", 600, cls="dur"),
     M(T, "Kamis (4/9/2025)", D, "crash", "2025-09-04", planted=True),
     M(T, "16 orang", N, "dead", 16, SEP7, src=CP),
     M(T, "23 orang", N, "injured", 23, SEP7, src=CP),
     M(T, "11 warga asing", N, "foreign", 11, SEP7),
     M(T, "45 hari", N, "report_days", 45, cls="dur"),
     M(T, "tiga kereta kabel", N, "other_lifts", 3),

     M(A, "Monday", D, "report", "2025-10-20"),
     M(A, "Oct. 20", D, "report", "2025-10-20"),
     M(A, "16 people", N, "dead", 16, OCT21, src=CP),
     M(A, "Sept. 3", D, "crash", "2025-09-03"),
     M(A, "23 others", N, "injured", 23, OCT21, src=CP),
     M(A, "Eleven", N, "foreign", 11, OCT21),
     M(A, "373 days", N, "days_service", 373, cls="dur", planted=True),
     M(A, "Sept. 6", D, "note", "2025-09-06"),
     M(A, "1885", D, "opened", "1885"),
    ]
    build("gloria-funicular-2025", "The crash of Lisbon's Glória funicular (Wednesday 3 September 2025, shortly after "
          "18:00): the civil protection's 15 dead and 18 injured on Wednesday night, 17 dead on Thursday morning "
          "corrected down to 16 that afternoon (one victim counted twice), 23 injured (INEM: 21), 11 foreigners among "
          "the dead; a day of national mourning on Thursday 4 September and three days in Lisbon; the investigator "
          "GPIAAF's first note of Saturday 6 September (the cable broke at its attachment after 337 of its 600 days) and "
          "its interim report of Monday 20 October 2025 (the cable not certified for passengers)", False, ms, names)


def madeira():
    R, K, T, A = "reuters-feb21", "kompas-feb22", "tempo-feb25", "ap-mar24"
    # as-of times of the running tallies: Saturday 20 February 2010 late (32 dead, 68 injured, about 250 in
    # shelters), Sunday 21 February (38 dead), Monday 22 February (42 dead, 120 injured, at least 17 missing, 370
    # homeless), Wednesday 24 February (42 dead, 250 injured, about 600 displaced, 12 missing), the regional
    # government's damage estimate of 24 March (42 dead, about 250 injured, about 600 displaced). The missing may
    # fall as bodies are found. The rain (about 108 mm in about five hours in Funchal) does not change with the day.
    SAT, SUN, MON, WED, MAR24 = "2010-02-20", "2010-02-21", "2010-02-22", "2010-02-24", "2010-03-24"
    names = {
     "dead": "people killed", "injured": "people injured", "missing": "people missing",
     "displaced": "people forced from their homes", "rain": "rain in Funchal (mm)", "hours": "hours of the rain",
     "distance": "distance from the mainland (km)", "mourn_days": "days of national mourning",
     "damage": "damage (billions of euros)",
     # dates
     "flood": "day of the floods", "asof_sun": "day of the count of 38", "asof_mon": "day of the count of 42", "visit": "day of the prime minister's visit",
     "asof_wed": "day of the count of 250 injured", "earlier": "year of an earlier flood",
    }
    ms = [
     M(R, "at least 38 people", N, "dead", 38, SUN, qual="atleast"),
     M(R, "Sunday", D, "asof_sun", "2010-02-21"),
     M(R, "32 dead", N, "dead", 32, SAT),
     M(R, "68 injured", N, "injured", 68, SAT),
     M(R, "Saturday, Feb. 20", D, "flood", "2010-02-20"),
     M(R, "about 108 millimetres", N, "rain", 108, qual="approx", cls="mm"),
     M(R, "roughly five hours", N, "hours", 5, qual="approx", cls="dur"),
     M(R, "Around 250 people", N, "displaced", 250, SAT, qual="approx"),
     M(R, "some 1,000 kilometres", N, "distance", 1000, qual="approx", cls="km"),

     M(K, "42 orang", N, "dead", 42, MON),
     M(K, "Senin (22/2/2010)", D, "asof_mon", "2010-02-22"),
     M(K, "120 orang", N, "injured", 120, MON),
     M(K, "sedikitnya 17 orang", N, "missing", 17, MON, qual="atleast", fall=True),
     M(K, "Sabtu (20/2/2010)", D, "flood", "2010-02-20"),
     M(K, "370 orang", N, "displaced", 370, MON),
     M(K, "Minggu (21/2/2010)", D, "visit", "2010-02-21"),
     M(K, "tiga hari", N, "mourn_days", 3, cls="dur"),

     M(T, "Sabtu (20/2/2010)", D, "flood", "2010-02-20"),
     M(T, "Rabu (24/2/2010)", D, "asof_wed", "2010-02-24"),
     M(T, "42 orang", N, "dead", 42, WED),
     M(T, "250 orang", N, "injured", 250, WED),
     M(T, "sekitar 600 orang", N, "displaced", 600, WED, qual="approx"),
     M(T, "12 orang", N, "missing", 12, WED, fall=True),
     M(T, "tiga hari", N, "mourn_days", 3, cls="dur"),
     M(T, "sekitar 180 milimeter", N, "rain", 180, qual="approx", cls="mm", planted=True),
     M(T, "lima jam", N, "hours", 5, cls="dur"),
     M(T, "1993", D, "earlier", "1993"),

     M(A, "1.08 billion euros", N, "damage", 1.08, cls="eur"),
     M(A, "Feb. 20", D, "flood", "2010-02-20"),
     M(A, "42 people", N, "dead", 42, MAR24),
     M(A, "about 250", N, "injured", 250, MAR24, qual="approx"),
     M(A, "About 600 people", N, "displaced", 600, MAR24, qual="approx"),
     M(A, "about 108 millimetres", N, "rain", 108, qual="approx", cls="mm"),
     M(A, "five hours", N, "hours", 5, cls="dur"),
     M(A, "about 1,000 kilometers", N, "distance", 1000, qual="approx", cls="km"),
    ]
    build("madeira-floods-2010", "The flash floods and mudslides on Madeira (Saturday 20 February 2010): the "
          "regional government's toll rising 32 (Saturday night) -> at least 38 (Sunday) -> 42 (Monday 22 February) "
          "and 42 since; injured 68 -> 120 -> 250; missing at least 17 -> 12; displaced about 250 -> 370 -> about 600; "
          "about 108 mm of rain in Funchal in about five hours; three days of national mourning; the regional "
          "government's damage estimate of 1.08 billion euros (24 March 2010)", False, ms, names)


def census():
    R, K, T, A = "reuters-jul28", "kompas-jul29", "antara-jul30", "ap-jul31"
    names = {
     "pop": "residents counted in 2021", "pop2011": "residents counted in 2011", "drop": "residents lost",
     "pct": "fall (%)", "munis": "municipalities", "times": "censuses with a fall",
     # dates
     "released": "day of the release", "ref": "reference day", "prev": "year of the previous census",
     "first": "year of the first modern census", "final": "year of the definitive results",
     "census": "year of the census",
    }
    ms = [
     M(R, "2.0%", N, "pct", 2.0, cls="pct"),
     M(R, "10,347,892 people", N, "pop", 10347892),
     M(R, "Wednesday", D, "released", "2021-07-28"),
     M(R, "2021", D, "census", "2021"),
     M(R, "10,562,178 residents", N, "pop2011", 10562178),
     M(R, "2011", D, "prev", "2011"),
     M(R, "214,286 people", N, "drop", 214286),
     M(R, "second time", N, "times", 2),
     M(R, "1864", D, "first", "1864"),
     M(R, "April 19, 2021", D, "ref", "2021-04-19"),
     M(R, "2022", D, "final", "2022"),
     M(R, "308 municipalities", N, "munis", 308),

     M(K, "10.347.892 jiwa", N, "pop", 10347892),
     M(K, "2021", D, "census", "2021"),
     M(K, "Rabu (28/7/2021)", D, "released", "2021-07-28"),
     M(K, "214.286 jiwa", N, "drop", 214286),
     M(K, "2,0 persen", N, "pct", 2.0, cls="pct"),
     M(K, "2011", D, "prev", "2011"),
     M(K, "10.562.178 penduduk", N, "pop2011", 10562178),
     M(K, "kedua kalinya", N, "times", 2),
     M(K, "1864", D, "first", "1864"),
     M(K, "19 April 2021", D, "ref", "2021-04-19"),
     M(K, "308 kota praja", N, "munis", 308),
     M(K, "2022", D, "final", "2022"),

     M(T, "2021", D, "census", "2021"),
     M(T, "Rabu (28/7)", D, "released", "2021-07-28"),
     M(T, "sekitar 10,35 juta jiwa", N, "pop", 10350000, qual="approx"),
     M(T, "10.347.892 penduduk", N, "pop", 10347892),
     M(T, "214.286 jiwa", N, "drop", 214286),
     M(T, "10.562.178 jiwa", N, "pop2011", 10562178),
     M(T, "2011", D, "prev", "2011"),
     M(T, "2,0 persen", N, "pct", 2.0, cls="pct"),
     M(T, "kedua kalinya", N, "times", 2),
     M(T, "1864", D, "first", "1864"),
     M(T, "19 April 2021", D, "ref", "2021-04-19"),
     M(T, "308 kota praja", N, "munis", 308),
     M(T, "2022", D, "final", "2022"),

     M(A, "about 10.35 million residents", N, "pop", 10350000, qual="approx"),
     M(A, "nearly 10.6 million", N, "pop2011", 10600000, qual="nearly"),
     M(A, "Wednesday", D, "released", "2021-07-28"),
     M(A, "10,347,892 people", N, "pop", 10347892),
     M(A, "2%", N, "pct", 2.0, qual="approx", cls="pct"),
     M(A, "10,562,178", N, "pop2011", 10562178),
     M(A, "2011", D, "prev", "2011"),
     M(A, "214,286 residents", N, "drop", 214286),
     M(A, "1864", D, "first", "1864"),
     M(A, "April 19", D, "ref", "2021-04-19"),
     M(A, "308 municipalities", N, "munis", 308),
     M(A, "2022", D, "final", "2022"),
    ]
    build("portugal-census-2021", "The first results of Portugal's 2021 census (control), released by the statistics "
          "institute INE on Wednesday 28 July 2021: 10,347,892 residents on the reference day of 19 April 2021, down "
          "214,286 (2.0%) from 10,562,178 in 2011, the second fall between two censuses since 1864, growth only in the "
          "Lisbon area and the Algarve, most of the 308 municipalities shrinking, definitive results in 2022. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    gloria()
    madeira()
    census()
