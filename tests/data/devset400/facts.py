"""The four-hundredth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset400/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def hiroshima():
    K, O, A, R = "kyodo-aug20", "kompas-aug22", "antara-aug23", "reuters-sep12"
    # as-of times of the running tallies: Wednesday 20 August 2014 at 20:00 (at least 36 dead, 7 missing), Thursday 21
    # August in the evening (39 dead by the prefectural police against 40 by the city's disaster office: sources),
    # Friday 22 August at 17:00 (42 dead, 43 missing), Saturday 23 August at 10:00 (41 dead after remains found at two
    # sites proved to be one person's: a revision; 28 missing), Wednesday 27 August (70 dead), Thursday 11 September
    # (74 dead, the search over). The dead do not fall; the missing and the evacuees may. The rescuers grow.
    WED, THU, FRI, SAT, AUG27, SEP11 = "2014-08-20", "2014-08-21", "2014-08-22", "2014-08-23", "2014-08-27", "2014-09-11"
    POLICE, CITY = "the Hiroshima prefectural police", "the Hiroshima city disaster office"
    names = {
     "dead": "people killed by the landslides", "missing": "people missing", "rescuers": "rescuers deployed",
     "evacuees": "people in shelters", "rain": "rain in three hours (mm)", "hours": "hours of the rain total",
     "age": "age of the rescue worker killed", "sites": "sites where the double-counted remains were found",
     # dates
     "slide": "day the landslides struck", "count_thu": "day of the counts of 39 and 40",
     "count_fri": "day of the count of 42", "count_sat": "day of the revised count of 41",
     "count_aug27": "day of the count of 70", "search_end": "day the search ended",
     "farewell": "day of the rescue worker's farewell ceremony",
    }
    ms = [
     M(K, "At least 36 people", N, "dead", 36, WED, qual="atleast"),
     M(K, "seven others", N, "missing", 7, WED, fall=True),
     M(K, "Wednesday", D, "slide", "2014-08-20"),
     M(K, "more than 200 millimeters", N, "rain", 200, qual="morethan", cls="mm"),
     M(K, "three hours", N, "hours", 3, cls="dur"),
     M(K, "53-year-old", N, "age", 53, cls="age"),
     M(K, "About 1,000 troops", N, "rescuers", 1000, WED, qual="approx"),
     M(K, "Some 1,300 residents", N, "evacuees", 1300, WED, qual="approx", fall=True),

     M(O, "42 orang", N, "dead", 42, FRI),
     M(O, "Jumat (22/8/2014)", D, "count_fri", "2014-08-22"),
     M(O, "43 orang", N, "missing", 43, FRI, fall=True),
     M(O, "Kamis (21/8/2014)", D, "count_thu", "2014-08-21"),
     M(O, "39 korban", N, "dead", 39, THU, src=POLICE),
     M(O, "40 korban", N, "dead", 40, THU, src=CITY),
     M(O, "Rabu (20/8/2014)", D, "slide", "2014-08-20"),
     M(O, "sekitar 217 milimeter", N, "rain", 217, qual="approx", cls="mm"),
     M(O, "tiga jam", N, "hours", 3, cls="dur"),
     M(O, "Sekitar 2.700 personel", N, "rescuers", 2700, FRI, qual="approx"),

     M(A, "41 orang", N, "dead", 41, SAT),
     M(A, "42 orang", N, "dead", 42, FRI),
     M(A, "Sabtu (23/8/2014)", D, "count_sat", "2014-08-23"),
     M(A, "Kamis (21/8/2014)", D, "count_thu", "2014-08-21"),
     M(A, "40 korban", N, "dead", 40, THU, src=CITY),
     M(A, "Jumat (22/8/2014)", D, "count_fri", "2014-08-22"),
     M(A, "34 orang", N, "missing", 34, FRI, fall=True, planted=True),
     M(A, "28 warga", N, "missing", 28, SAT, fall=True),
     M(A, "Rabu (20/8/2014)", D, "slide", "2014-08-20"),
     M(A, "53 tahun", N, "age", 53, cls="age"),
     M(A, "Lebih dari 1.500 warga", N, "evacuees", 1500, SAT, qual="morethan", fall=True),

     M(R, "Thursday", D, "search_end", "2014-09-11"),
     M(R, "74 people", N, "dead", 74, SEP11),
     M(R, "Aug. 21", D, "slide", "2014-08-21", planted=True),
     M(R, "at least 36", N, "dead", 36, WED, qual="atleast"),
     M(R, "42", N, "dead", 42, FRI),
     M(R, "Friday", D, "count_fri", "2014-08-22"),
     M(R, "70", N, "dead", 70, AUG27),
     M(R, "Aug. 27", D, "count_aug27", "2014-08-27"),
     M(R, "two sites", N, "sites", 2),
     M(R, "More than 200 millimeters", N, "rain", 200, qual="morethan", cls="mm"),
     M(R, "three hours", N, "hours", 3, cls="dur"),
     M(R, "Aug. 24", D, "farewell", "2014-08-24"),
     M(R, "about 900 people", N, "evacuees", 900, SEP11, qual="approx", fall=True),
    ]
    build("hiroshima-landslides-2014", "The landslides and debris flows that struck hillside suburbs of Hiroshima "
          "(Asaminami and Asakita wards) before dawn on Wednesday 20 August 2014 after more than 200 mm of rain in "
          "three hours: the toll rising from at least 36 on Wednesday evening to 39 by the police against 40 by the "
          "city on Thursday (sources), 42 on Friday, revised down to 41 on Saturday after a double count, 70 on 27 "
          "August and 74 when the search ended on Thursday 11 September; the missing rising then falling (7, 43, 28); "
          "a 53-year-old rescue worker among the dead", False, ms, names)


def jal123():
    P, K, T, R = "ap-aug13", "kompas-aug14", "tempo-sep14", "reuters-jun19"
    # one crash, no running tally: 524 on board (509 passengers and 15 crew), 520 dead, four survivors; the bulkhead
    # failed about 12 minutes after take-off at 24,000 feet, the crew fought for 32 minutes, the ridge is about
    # 1,565 m high. Steps on different dates: the crash (Monday 12 August 1985), the survivors found (Tuesday 13
    # August), Boeing's admission (Friday 6 September 1985), the final report (Friday 19 June 1987); the repair of 1978.
    names = {
     "aboard": "people on board", "passengers": "passengers on board", "crew": "crew on board",
     "dead": "people killed", "survivors": "survivors", "age": "age of the youngest survivor",
     "min_takeoff": "minutes from take-off to the failure", "min_fight": "minutes from the failure to the crash",
     "alt": "altitude of the bulkhead failure (ft)", "site": "height of the crash site (m)",
     # dates
     "crash": "day of the crash", "found": "day the survivors were found", "admit": "day Boeing admitted the faulty "
     "repair", "report": "day of the final report", "repair": "year of the faulty repair",
    }
    ms = [
     M(P, "Tuesday", D, "found", "1985-08-13"),
     M(P, "four survivors", N, "survivors", 4),
     M(P, "524 people", N, "aboard", 524),
     M(P, "Monday", D, "crash", "1985-08-12"),
     M(P, "32 minutes", N, "min_fight", 32, cls="min"),
     M(P, "509 passengers", N, "passengers", 509),
     M(P, "15 crew members", N, "crew", 15),
     M(P, "12-year-old", N, "age", 12, cls="age"),
     M(P, "520 people", N, "dead", 520),
     M(P, "about 12 minutes", N, "min_takeoff", 12, qual="approx", cls="min"),

     M(K, "520 orang", N, "dead", 520),
     M(K, "Minggu (11/8/1985)", D, "crash", "1985-08-11", planted=True),
     M(K, "empat penumpang", N, "survivors", 4),
     M(K, "Selasa (13/8/1985)", D, "found", "1985-08-13"),
     M(K, "524 orang", N, "aboard", 524),
     M(K, "509 penumpang", N, "passengers", 509),
     M(K, "15 awak", N, "crew", 15),
     M(K, "Sekitar 12 menit", N, "min_takeoff", 12, qual="approx", cls="min"),
     M(K, "24.000 kaki", N, "alt", 24000, cls="ft"),
     M(K, "sekitar 1.565 meter", N, "site", 1565, qual="approx", cls="m"),
     M(K, "12 tahun", N, "age", 12, cls="age"),

     M(T, "Jumat (6/9/1985)", D, "admit", "1985-09-06"),
     M(T, "1978", D, "repair", "1978"),
     M(T, "24.000 kaki", N, "alt", 24000, cls="ft"),
     M(T, "32 menit", N, "min_fight", 32, cls="min"),
     M(T, "Senin (12/8/1985)", D, "crash", "1985-08-12"),
     M(T, "524 orang", N, "aboard", 524),
     M(T, "520", N, "dead", 520),
     M(T, "empat orang", N, "survivors", 4),

     M(R, "Friday", D, "report", "1987-06-19"),
     M(R, "520 people", N, "dead", 520),
     M(R, "about 12 minutes", N, "min_takeoff", 12, qual="approx", cls="min"),
     M(R, "20,000 feet", N, "alt", 20000, cls="ft", planted=True),
     M(R, "32 minutes", N, "min_fight", 32, cls="min"),
     M(R, "about 1,600 meters", N, "site", 1600, qual="approx", cls="m"),
     M(R, "Aug. 12, 1985", D, "crash", "1985-08-12"),
     M(R, "Four", N, "survivors", 4),
     M(R, "524 people", N, "aboard", 524),
     M(R, "1978", D, "repair", "1978"),
     M(R, "September 1985", D, "admit", "1985-09"),
    ]
    build("jal123-osutaka-1985", "The crash of a Japan Air Lines Boeing 747 (Tokyo to Osaka) on a ridge near Mount "
          "Osutaka, Gunma, on Monday 12 August 1985: 524 on board (509 passengers, 15 crew), 520 dead and four "
          "survivors found on Tuesday 13 August; the rear pressure bulkhead failed about 12 minutes after take-off at "
          "24,000 feet and the crew fought for 32 minutes; the ridge about 1,565 m high; Boeing's admission of a faulty "
          "1978 repair on Friday 6 September 1985; the investigation commission's final report on Friday 19 June 1987",
          False, ms, names)


def census():
    K, A, O, J = "kyodo-jun25", "antara-jun26", "kompas-jun27", "japantimes-jun28"
    names = {
     "pop": "population on 1 October 2020", "pop2015": "population at the 2015 census",
     "decline": "fall in population over five years", "pct": "fall in population (%)",
     "interval": "years between censuses", "pref_down": "prefectures that lost population",
     "pref_up": "prefectures that gained population", "neighbours": "prefectures neighbouring Tokyo",
     # dates
     "census_day": "census day", "release": "day of the preliminary results", "prev": "year of the previous census",
     "first": "year of the first census", "final": "month of the final results", "peak": "census of the peak",
    }
    ms = [
     M(K, "868,177", N, "decline", 868177),
     M(K, "0.7 percent", N, "pct", 0.7, cls="pct"),
     M(K, "five years", N, "interval", 5, cls="dur"),
     M(K, "126,226,568", N, "pop", 126226568),
     M(K, "Oct. 1", D, "census_day", "2020-10-01"),
     M(K, "Friday", D, "release", "2021-06-25"),
     M(K, "2015", D, "prev", "2015"),
     M(K, "127,094,745 people", N, "pop2015", 127094745),
     M(K, "1920", D, "first", "1920"),
     M(K, "38 prefectures", N, "pref_down", 38),
     M(K, "nine", N, "pref_up", 9),
     M(K, "2020", D, "census_day", "2020"),
     M(K, "November", D, "final", "2021-11"),
     M(K, "2010", D, "peak", "2010"),

     M(A, "1 Oktober 2020", D, "census_day", "2020-10-01"),
     M(A, "126.226.568 jiwa", N, "pop", 126226568),
     M(A, "868.177 jiwa", N, "decline", 868177),
     M(A, "0,7 persen", N, "pct", 0.7, cls="pct"),
     M(A, "lima tahun", N, "interval", 5, cls="dur"),
     M(A, "Jumat (25/6/2021)", D, "release", "2021-06-25"),
     M(A, "2015", D, "prev", "2015"),
     M(A, "127.094.745 jiwa", N, "pop2015", 127094745),
     M(A, "38 prefektur", N, "pref_down", 38),
     M(A, "sembilan prefektur", N, "pref_up", 9),
     M(A, "tiga prefektur", N, "neighbours", 3),
     M(A, "1920", D, "first", "1920"),
     M(A, "November", D, "final", "2021-11"),
     M(A, "2010", D, "peak", "2010"),

     M(O, "2020", D, "census_day", "2020"),
     M(O, "126.226.568 jiwa", N, "pop", 126226568),
     M(O, "0,7 persen", N, "pct", 0.7, cls="pct"),
     M(O, "868.177 jiwa", N, "decline", 868177),
     M(O, "127.094.745 jiwa", N, "pop2015", 127094745),
     M(O, "2015", D, "prev", "2015"),
     M(O, "Jumat (25/6/2021)", D, "release", "2021-06-25"),
     M(O, "1 Oktober 2020", D, "census_day", "2020-10-01"),
     M(O, "38 prefektur", N, "pref_down", 38),
     M(O, "sembilan prefektur", N, "pref_up", 9),
     M(O, "lima tahun", N, "interval", 5, cls="dur"),
     M(O, "1920", D, "first", "1920"),
     M(O, "2010", D, "peak", "2010"),
     M(O, "November 2021", D, "final", "2021-11"),

     M(J, "126,226,568 residents", N, "pop", 126226568),
     M(J, "Oct. 1, 2020", D, "census_day", "2020-10-01"),
     M(J, "0.7 percent", N, "pct", 0.7, cls="pct"),
     M(J, "868,177 people", N, "decline", 868177),
     M(J, "2015", D, "prev", "2015"),
     M(J, "June 25", D, "release", "2021-06-25"),
     M(J, "Five years", N, "interval", 5, cls="dur"),
     M(J, "127,094,745", N, "pop2015", 127094745),
     M(J, "nine prefectures", N, "pref_up", 9),
     M(J, "38", N, "pref_down", 38),
     M(J, "2015", D, "prev", "2015", occ=2),
     M(J, "1920", D, "first", "1920"),
     M(J, "2010", D, "peak", "2010"),
     M(J, "November", D, "final", "2021-11"),
    ]
    build("japan-census-2020", "The preliminary results of Japan's 2020 census, released by the internal affairs "
          "ministry on Friday 25 June 2021 (control): 126,226,568 people on 1 October 2020, down 868,177 or 0.7% in "
          "five years from 127,094,745 in 2015 (the first census decline since 1920); population down in 38 "
          "prefectures and up in nine (Tokyo and its three neighbours among them); the peak at the 2010 census; final "
          "results due in November 2021. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    hiroshima()
    jal123()
    census()
