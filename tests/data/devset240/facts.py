"""The two-hundred-and-fortieth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset240/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def pasaman():
    K, R, T, J = "kompas-feb25", "reuters-feb26", "detik-feb28", "jakpost-mar21"
    # as-of times of the running tallies: Friday 25 February 2022 (the day of the quake, the count of Friday night),
    # Saturday 26 February, Monday 28 February (the morning's count; the peak of the displaced), the aftershocks of
    # the first two weeks (to about 11 March), the final tally and the shelters of Sunday 20 March. The dead, the
    # injured and the aftershocks do not fall; the displaced (people going home) and the missing (bodies found) may.
    FRI, SAT, MON, MAR11, MAR = "2022-02-25", "2022-02-26", "2022-02-28", "2022-03-11", "2022-03-20"
    # The magnitude: the BMKG's first reading of 6.2 and its updated 6.1 are two as-of times of one reading (a
    # revision); magnitudes no text credits are the BMKG's updated reading (the Indonesian agency's, as reported);
    # the US Geological Survey's 6.2 is another source's.
    FIRST, UPD = "2022-02-25a", "2022-02-25b"
    BMKG, USGS = "the BMKG", "the US Geological Survey"
    names = {
     "mag": "the quake's magnitude", "foremag": "the foreshock's magnitude", "depth": "depth (km)",
     "fore_min": "minutes between the foreshock and the quake", "dead": "people killed",
     "dead_pb": "dead in West Pasaman", "dead_pas": "dead in Pasaman regency", "injured": "people injured",
     "displaced": "people displaced", "aftershocks": "aftershocks recorded", "missing": "people missing in Malampah",
     "emerg": "days of the emergency period", "after_span": "days of aftershocks counted",
     # dates
     "quake": "day of the earthquake", "asof_fri": "day of the Friday-night count", "asof_sat": "day of the "
     "Saturday statement", "asof_mon": "day of the Monday count", "emerg_end": "last day of the emergency period",
     "asof_mar": "day of the shelter count in March", "recovered": "month the last bodies were recovered",
    }
    ms = [
     M(K, "bermagnitudo 6,1", N, "mag", 6.1, UPD, src=BMKG, cls="mag"),
     M(K, "Jumat (25/2/2022)", D, "quake", "2022-02-25"),
     M(K, "magnitudo 6,2", N, "mag", 6.2, FIRST, src=BMKG, cls="mag"),
     M(K, "menjadi 6,1", N, "mag", 6.1, UPD, src=BMKG, cls="mag"),
     M(K, "10 km", N, "depth", 10, cls="km"),
     M(K, "bermagnitudo 5,2", N, "foremag", 5.2, cls="mag"),
     M(K, "empat menit", N, "fore_min", 4, cls="dur"),
     M(K, "Jumat malam", D, "asof_fri", "2022-02-25"),
     M(K, "tujuh orang", N, "dead", 7, FRI),
     M(K, "lima orang", N, "dead_pb", 5, FRI),
     M(K, "dua orang", N, "dead_pas", 2, FRI),
     M(K, "85 orang", N, "injured", 85, FRI),
     M(K, "sekitar 5.000 warga", N, "displaced", 5000, FRI, qual="approx", fall=True),
     M(K, "sedikitnya 15 gempa susulan", N, "aftershocks", 15, FRI, qual="atleast"),
     M(K, "14 hari", N, "emerg", 14, cls="dur"),

     M(R, "magnitude 6.1", N, "mag", 6.1, UPD, src=BMKG, cls="mag"),
     M(R, "Friday", D, "quake", "2022-02-25"),
     M(R, "10 people", N, "dead", 10, SAT),
     M(R, "Saturday", D, "asof_sat", "2022-02-26"),
     M(R, "10 km", N, "depth", 10, cls="km"),
     M(R, "magnitude 5.2", N, "foremag", 5.2, cls="mag"),
     M(R, "6.2", N, "mag", 6.2, src=USGS, cls="mag"),
     M(R, "eight", N, "dead_pb", 8, SAT),
     M(R, "two", N, "dead_pas", 2, SAT),
     M(R, "More than 13,000 people", N, "displaced", 13000, SAT, qual="morethan", fall=True),
     M(R, "at least eight missing people", N, "missing", 8, SAT, qual="atleast", fall=True),
     M(R, "more than 50 aftershocks", N, "aftershocks", 50, SAT, qual="morethan"),
     M(R, "14-day", N, "emerg", 14, cls="dur"),

     M(T, "bermagnitudo 6,1", N, "mag", 6.1, UPD, src=BMKG, cls="mag"),
     M(T, "11 orang", N, "dead", 11, MON),
     M(T, "Senin (28/2/2022)", D, "asof_mon", "2022-02-28"),
     M(T, "sembilan korban", N, "dead_pb", 9, MON),
     M(T, "dua lainnya", N, "dead_pas", 2, MON),
     M(T, "Jumat (25/2/2022)", D, "quake", "2022-02-25"),
     M(T, "tujuh korban", N, "dead", 7, FRI),
     M(T, "58 orang", N, "injured", 58, FRI, planted=True),
     M(T, "388 orang", N, "injured", 388, MON),
     M(T, "lebih dari 15.000 orang", N, "displaced", 15000, MON, qual="morethan", fall=True),
     M(T, "magnitudo 6,2", N, "mag", 6.2, FIRST, src=BMKG, cls="mag"),
     M(T, "menjadi 6,1", N, "mag", 6.1, UPD, src=BMKG, cls="mag"),
     M(T, "6,2", N, "mag", 6.2, src=USGS, cls="mag", occ=2),
     M(T, "lima warga", N, "missing", 5, MON, fall=True),
     M(T, "14 hari", N, "emerg", 14, cls="dur"),
     M(T, "10 Maret 2022", D, "emerg_end", "2022-03-10"),

     M(J, "magnitude 6.1", N, "mag", 6.1, UPD, src=BMKG, cls="mag"),
     M(J, "Feb. 24", D, "quake", "2022-02-24", planted=True),
     M(J, "25 people", N, "dead", 25, MAR),
     M(J, "457 others", N, "injured", 457, MAR),
     M(J, "early March", D, "recovered", "2022-03"),
     M(J, "About 6,000 people", N, "displaced", 6000, MAR, qual="approx", fall=True),
     M(J, "Sunday", D, "asof_mar", "2022-03-20"),
     M(J, "more than 15,000", N, "displaced", 15000, MON, qual="morethan", fall=True),
     M(J, "6.2", N, "mag", 6.2, FIRST, src=BMKG, cls="mag"),
     M(J, "to 6.1", N, "mag", 6.1, UPD, src=BMKG, cls="mag"),
     M(J, "more than 100 aftershocks", N, "aftershocks", 100, MAR11, qual="morethan"),
     M(J, "two weeks", N, "after_span", 14, cls="dur"),
     M(J, "14 days", N, "emerg", 14, cls="dur"),
    ]
    build("pasaman-quake-2022", "The magnitude 6.1 earthquake in West Pasaman, West Sumatra (Friday 25 February 2022, "
          "08.39 WIB; the BMKG's first 6.2 updated to 6.1, the USGS's 6.2), after a 5.2 foreshock: seven dead on "
          "Friday night (five in West Pasaman, two in Pasaman), 10 on Saturday, 11 on Monday 28 February, 25 in the "
          "final tally; injured 85 -> 388 -> 457; displaced about 5,000 -> more than 13,000 -> more than 15,000 -> "
          "about 6,000 on Sunday 20 March; landslides in Malampah on Mount Talamau; a 14-day emergency period to 10 "
          "March", False, ms, names)


def agung():
    R, K, T, A = "reuters-sep25", "kompas-sep29", "tempo-oct30", "ap-nov28"
    # as-of times of the evacuees: Sunday night 24 September 2017, Thursday night 28 September, the peak in early
    # October (144,389, "more than 140,000"), the end of October after the alert was lowered, Tuesday 28 November.
    # The evacuees may fall (people going home). The alert's stages are different events on different days: raised
    # to the highest level on Friday 22 September, lowered on Sunday 29 October, raised again on Monday 27 November;
    # the eruptions of Tuesday 21 and Saturday 25 November. The danger zones of the three stages are different
    # facts. The 1963 toll: official records (more than 1,100) against some historians (about 1,600): sources.
    SUN24, THU28, PEAK, OCT30, NOV28 = "2017-09-24", "2017-09-28", "2017-10-02", "2017-10-30", "2017-11-28"
    REC, HIST = "official records", "some historians"
    names = {
     "displaced": "people displaced", "shelters": "shelter sites", "regencies": "regencies and cities hosting "
     "evacuees", "zone_pop": "people living in the danger zone", "radius1": "danger radius in September (km)",
     "sector1": "sectoral danger zone in September (km)", "radius2": "danger radius after the alert was lowered (km)",
     "sector2": "sectoral danger zone after the alert was lowered (km)", "radius3": "danger radius in November (km)",
     "height": "the volcano's height (m)", "ash": "height of the ash column (m)", "dead1963": "dead in 1963",
     "tourists": "foreign tourists in Bali the year before", "flights": "flights affected on Monday 27 November",
     "passengers": "passengers affected on Monday 27 November", "ordered": "people told to leave in November",
     # dates
     "asof_sun": "day of the Sunday-night count", "said_mon": "day of the agency's Monday statement",
     "raise1": "day the alert was raised to the highest level", "erupt1963": "the 1963 eruption",
     "asof_thu": "day of the Thursday-night count", "visit": "day of the president's visit",
     "lower": "day the alert was lowered", "said_tue": "day the airport stayed closed",
     "raise2": "day the alert was raised again", "erupt1": "day of the first eruption",
     "erupt2": "day of the magmatic eruption",
    }
    ms = [
     M(R, "More than 34,000 people", N, "displaced", 34000, SUN24, qual="morethan", fall=True),
     M(R, "Sunday night", D, "asof_sun", "2017-09-24"),
     M(R, "Monday", D, "said_mon", "2017-09-25"),
     M(R, "Friday night", D, "raise1", "2017-09-22"),
     M(R, "9 km", N, "radius1", 9, cls="km"),
     M(R, "12 km", N, "sector1", 12, cls="km"),
     M(R, "nine regencies", N, "regencies", 9),
     M(R, "3,142 metres", N, "height", 3142, cls="m"),
     M(R, "1963", D, "erupt1963", "1963"),
     M(R, "more than 1,100 people", N, "dead1963", 1100, qual="morethan", src=REC),
     M(R, "nearly 5 million foreign tourists", N, "tourists", 5000000, qual="nearly"),

     M(K, "sekitar 122.000 jiwa", N, "displaced", 122000, THU28, qual="approx", fall=True),
     M(K, "Kamis (28/9/2017)", D, "asof_thu", "2017-09-28"),
     M(K, "lebih dari 500 titik", N, "shelters", 500, THU28, qual="morethan"),
     M(K, "sembilan kabupaten/kota", N, "regencies", 9),
     M(K, "Jumat (22/9/2017)", D, "raise1", "2017-09-22"),
     M(K, "9 km", N, "radius1", 9, cls="km"),
     M(K, "12 km", N, "sector1", 12, cls="km"),
     M(K, "sekitar 70.000 jiwa", N, "zone_pop", 70000, qual="approx"),
     M(K, "Selasa (26/9/2017)", D, "visit", "2017-09-26"),
     M(K, "1963", D, "erupt1963", "1963"),
     M(K, "lebih dari 1.100 orang", N, "dead1963", 1100, qual="morethan", src=REC),

     M(T, "Minggu (29/10/2017)", D, "lower", "2017-10-29"),
     M(T, "6 km", N, "radius2", 6, cls="km"),
     M(T, "7,5 km", N, "sector2", 7.5, cls="km"),
     M(T, "Jumat (22/9/2017)", D, "raise1", "2017-09-22"),
     M(T, "144.389 jiwa", N, "displaced", 144389, PEAK, fall=True),
     M(T, "sekitar 133.000 jiwa", N, "displaced", 133000, OCT30, qual="approx", fall=True),
     M(T, "3.412 meter", N, "height", 3412, cls="m", planted=True),
     M(T, "1963", D, "erupt1963", "1963"),
     M(T, "sekitar 1.600 orang", N, "dead1963", 1600, qual="approx", src=HIST),

     M(A, "4,000 meters", N, "ash", 4000, cls="m"),
     M(A, "Tuesday", D, "said_tue", "2017-11-28"),
     M(A, "Monday", D, "raise2", "2017-11-27"),
     M(A, "10 kilometers", N, "radius3", 10, cls="km"),
     M(A, "445 flights", N, "flights", 445),
     M(A, "about 59,000 passengers", N, "passengers", 59000, qual="approx"),
     M(A, "Up to 100,000 people", N, "ordered", 100000),
     M(A, "about 40,000", N, "displaced", 40000, NOV28, qual="approx", fall=True),
     M(A, "Nov. 21", D, "erupt1", "2017-11-21"),
     M(A, "Saturday, Nov. 25", D, "erupt2", "2017-11-25"),
     M(A, "Sept. 22", D, "raise1", "2017-09-22"),
     M(A, "Oct. 28", D, "lower", "2017-10-28", planted=True),
     M(A, "more than 140,000 people", N, "displaced", 140000, PEAK, qual="morethan", fall=True),
     M(A, "1963", D, "erupt1963", "1963"),
     M(A, "more than 1,100 people", N, "dead1963", 1100, qual="morethan", src=REC),
    ]
    build("agung-eruption-2017", "Mount Agung, Karangasem, Bali, in stages: the alert raised to the highest level on "
          "Friday 22 September 2017 (9 km, 12 km in some sectors), evacuees more than 34,000 on Sunday night 24 "
          "September -> about 122,000 on Thursday 28 September -> 144,389 at the peak in early October; the alert "
          "lowered on Sunday 29 October 2017 (6 km, 7.5 km); the eruptions of Tuesday 21 and Saturday 25 November; the "
          "alert raised again on Monday 27 November (10 km), the airport closed (445 flights, about 59,000 "
          "passengers); the 1963 eruption's toll by official records (more than 1,100) and some historians (about "
          "1,600)", False, ms, names)


def mandalika():
    AN, R, K, A = "antara-mar20", "reuters-mar21", "kompas-mar22", "ap-mar23"
    names = {
     "laps_plan": "laps planned", "laps": "laps raced", "delay": "minutes the start was delayed",
     "margin": "the winner's margin (s)", "length": "the circuit's length (km)", "turns": "the circuit's turns",
     "years_since": "years since the last Indonesian race",
     # dates
     "race": "day of the race", "last_gp": "year of the last Indonesian race", "test": "month of the pre-season test",
    }
    ms = [
     M(AN, "Minggu (20/3/2022)", D, "race", "2022-03-20"),
     M(AN, "27 putaran", N, "laps_plan", 27, cls="laps"),
     M(AN, "20 putaran", N, "laps", 20, cls="laps"),
     M(AN, "sekitar 1 jam 15 menit", N, "delay", 75, qual="approx", cls="dur"),
     M(AN, "2,205 detik", N, "margin", 2.205, cls="sec"),
     M(AN, "4,31 km", N, "length", 4.31, cls="km"),
     M(AN, "17 tikungan", N, "turns", 17),
     M(AN, "1997", D, "last_gp", "1997"),
     M(AN, "Februari 2022", D, "test", "2022-02"),

     M(R, "Sunday", D, "race", "2022-03-20"),
     M(R, "25 years", N, "years_since", 25, cls="dur"),
     M(R, "2.205 seconds", N, "margin", 2.205, cls="sec"),
     M(R, "4.31-km", N, "length", 4.31, cls="km"),
     M(R, "20 laps", N, "laps", 20, cls="laps"),
     M(R, "27", N, "laps_plan", 27, cls="laps"),
     M(R, "17 corners", N, "turns", 17),
     M(R, "February", D, "test", "2022-02"),
     M(R, "1997", D, "last_gp", "1997"),

     M(K, "Minggu (20/3/2022)", D, "race", "2022-03-20"),
     M(K, "20 putaran", N, "laps", 20, cls="laps"),
     M(K, "27 putaran", N, "laps_plan", 27, cls="laps"),
     M(K, "2,205 detik", N, "margin", 2.205, cls="sec"),
     M(K, "sekitar 75 menit", N, "delay", 75, qual="approx", cls="dur"),
     M(K, "4,31 kilometer", N, "length", 4.31, cls="km"),
     M(K, "17 tikungan", N, "turns", 17),
     M(K, "25 tahun", N, "years_since", 25, cls="dur"),
     M(K, "1997", D, "last_gp", "1997"),
     M(K, "Februari 2022", D, "test", "2022-02"),

     M(A, "March 20", D, "race", "2022-03-20"),
     M(A, "20 laps", N, "laps", 20, cls="laps"),
     M(A, "2.205 seconds", N, "margin", 2.205, cls="sec"),
     M(A, "75 minutes", N, "delay", 75, cls="dur"),
     M(A, "27 laps", N, "laps_plan", 27, cls="laps"),
     M(A, "4.31-kilometer", N, "length", 4.31, cls="km"),
     M(A, "17 turns", N, "turns", 17),
     M(A, "1997", D, "last_gp", "1997"),
     M(A, "February", D, "test", "2022-02"),
    ]
    build("mandalika-motogp-2022", "The Indonesian MotoGP at the Mandalika circuit, West Nusa Tenggara (control): "
          "Miguel Oliveira wins on Sunday 20 March 2022, 2.205 seconds ahead of Fabio Quartararo, Johann Zarco third; "
          "the start delayed about 75 minutes by rain, the race cut to 20 laps from 27; the 4.31 km circuit with 17 "
          "turns; the first Indonesian race since 1997 (25 years); pre-season testing in February 2022. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    pasaman()
    agung()
    mandalika()
