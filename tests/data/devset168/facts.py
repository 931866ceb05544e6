"""The hundred-and-sixty-eighth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset168/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def shiretoko():
    K, R, T, A, L = "kompas-apr24", "reuters-apr25", "detik-apr28", "antara-apr30", "reuters-may25"
    # as-of times of the running tallies: Sunday 24 April 2022 evening (10 dead, 16 missing), Monday 25 April (11
    # dead, 15 missing), Wednesday 27 April (11 and 15, repeated: an update), Friday 29 April (14 dead, 12 missing).
    # The dead do not fall; the missing fall as bodies are found (fall=True). The people aboard, the passengers, the
    # children, the crew, the tonnage, the tilt and the tour's length do not change with the day of the report.
    SUN, MON, WED, FRI, MAY24 = "2022-04-24", "2022-04-25", "2022-04-27", "2022-04-29", "2022-05-24"
    # the wreck's depth: the coast guard's 120 metres of Friday 29 April, given as 115 metres a month later when the
    # salvage began (a revision of one body's figure), and the broadcaster NHK's "about 100 metres" (sources). Tuesday
    # 24 May (reuters-may25): 14 dead and 12 missing, unchanged (updates); the wreck fell to 182 metres.
    JCG, NHK = "the Japan Coast Guard", "NHK"
    names = {
     "aboard": "people aboard", "passengers": "passengers aboard", "children": "children aboard", "crew": "crew aboard",
     "dead": "people confirmed dead", "missing": "people missing", "men": "men among Sunday's dead",
     "women": "women among Sunday's dead", "three": "bodies found on Thursday 28 April", "tons": "the boat's tonnage",
     "depth": "depth of the wreck (m)", "tilt": "the boat's last reported tilt (degrees)", "tour": "length of the tour",
     "age": "the captain's age", "presser": "length of the operator's press conference",
     "incidents": "the operator's earlier incidents", "russia": "bodies found by the Russian side",
     "lift": "depth the wreck was lifted to (m)", "cut": "slings found cut", "slings": "slings holding the hull",
     "depth_after": "depth the wreck fell to (m)", "dist": "distance of the wreck from Utoro (km)",
     "drop": "day the wreck fell back", "lift_day": "day the wreck was lifted",
     # dates
     "accident": "day the boat sailed and was lost", "found_sun": "day the first ten bodies were found",
     "asof_sun": "day of Sunday's count", "asof_mon": "day of Monday's count",
     "found_child": "day the girl was found", "confirm_mon": "day the girl was confirmed dead",
     "apology": "day of the operator's apology", "asof_wed": "day of Wednesday's count", "wreck": "day the wreck was found",
     "sonar": "day the wreck was detected by sonar", "asof_fri": "day of Friday's count",
    }
    ms = [
     M(K, "10 orang", N, "dead", 10, SUN),
     M(K, "Minggu (24/4/2022)", D, "found_sun", "2022-04-24"),
     M(K, "Sabtu (23/4/2022)", D, "accident", "2022-04-23"),
     M(K, "19 ton", N, "tons", 19, cls="ton"),
     M(K, "tiga jam", N, "tour", 3, cls="dur"),
     M(K, "26 orang", N, "aboard", 26),
     M(K, "24 penumpang", N, "passengers", 24),
     M(K, "dua anak", N, "children", 2),
     M(K, "dua awak kapal", N, "crew", 2),
     M(K, "30 derajat", N, "tilt", 30, cls="deg"),
     M(K, "10 korban", N, "dead", 10, SUN),
     M(K, "tujuh orang laki-laki", N, "men", 7, SUN),
     M(K, "tiga orang perempuan", N, "women", 3, SUN),
     M(K, "Minggu malam", D, "asof_sun", "2022-04-24"),
     M(K, "16 orang", N, "missing", 16, SUN, fall=True),

     M(R, "11", N, "dead", 11, MON),
     M(R, "Monday", D, "asof_mon", "2022-04-25"),
     M(R, "15 others", N, "missing", 15, MON, fall=True),
     M(R, "19-ton", N, "tons", 19, cls="ton"),
     M(R, "Saturday", D, "accident", "2022-04-23"),
     M(R, "26 people", N, "aboard", 26),
     M(R, "three-hour", N, "tour", 3, cls="dur"),
     M(R, "24 passengers", N, "passengers", 24),
     M(R, "two of them children", N, "children", 2),
     M(R, "two crew members", N, "crew", 2),
     M(R, "Ten people", N, "dead", 10, SUN),
     M(R, "seven men", N, "men", 7, SUN),
     M(R, "three women", N, "women", 3, SUN),
     M(R, "Sunday", D, "found_sun", "2022-04-24"),
     M(R, "Sunday", D, "found_child", "2022-04-24", occ=2),
     M(R, "Monday", D, "confirm_mon", "2022-04-25", occ=2),
     M(R, "30 degrees", N, "tilt", 30, cls="deg"),
     M(R, "Saturday", D, "accident", "2022-04-23", occ=2),
     M(R, "54", N, "age", 54, cls="age"),

     M(T, "Rabu (27/4/2022)", D, "apology", "2022-04-27"),
     M(T, "Jumat (22/4/2022)", D, "accident", "2022-04-22", planted=True),
     M(T, "Rabu", D, "asof_wed", "2022-04-27", occ=2),
     M(T, "11 orang", N, "dead", 11, WED),
     M(T, "15 orang", N, "missing", 15, WED, fall=True),
     M(T, "26 orang", N, "aboard", 26),
     M(T, "24 penumpang", N, "passengers", 24),
     M(T, "dua awak", N, "crew", 2),
     M(T, "dua setengah jam", N, "presser", 2.5, cls="dur"),
     M(T, "dua insiden kecil", N, "incidents", 2),

     M(A, "Jumat (29/4/2022)", D, "wreck", "2022-04-29"),
     M(A, "120 meter", N, "depth", 120, FRI, src=JCG, cls="m"),
     M(A, "Kamis (28/4/2022)", D, "sonar", "2022-04-28"),
     M(A, "sekitar 100 meter", N, "depth", 100, FRI, qual="approx", src=NHK, cls="m"),
     M(A, "tiga jenazah", N, "three", 3),
     M(A, "Jumat (29/4/2022)", D, "asof_fri", "2022-04-29", occ=2),
     M(A, "14 jenazah", N, "dead", 14, FRI),
     M(A, "12 orang", N, "missing", 12, FRI, fall=True),
     M(A, "26 orang", N, "aboard", 26),
     M(A, "Sabtu (23/4/2022)", D, "accident", "2022-04-23"),
     M(A, "satu jenazah", N, "russia", 1),

     M(L, "Tuesday", D, "drop", "2022-05-24"),
     M(L, "19-ton", N, "tons", 19, cls="ton"),
     M(L, "about 20 metres", N, "lift", 20, qual="approx", cls="m"),
     M(L, "Monday", D, "lift_day", "2022-05-23"),
     M(L, "Two", N, "cut", 2),
     M(L, "five slings", N, "slings", 5),
     M(L, "182 metres", N, "depth_after", 182, cls="m"),
     M(L, "115 metres", N, "depth", 115, MAY24, src=JCG, cls="m"),
     M(L, "about 11 km", N, "dist", 11, qual="approx", cls="km"),
     M(L, "April 23", D, "accident", "2022-04-23"),
     M(L, "26 people", N, "aboard", 26),
     M(L, "Fourteen people", N, "dead", 14, MAY24),
     M(L, "12", N, "missing", 12, MAY24, fall=True),
    ]
    build("shiretoko-boat-2022", "The sinking of the tour boat Kazu I off the Shiretoko peninsula, Hokkaido (Saturday 23 "
          "April 2022; 26 aboard: 24 passengers, two of them children, and two crew): 10 dead and 16 missing on Sunday 24 "
          "April, 11 dead and 15 missing on Monday 25 April (unchanged on Wednesday 27 April, the day of the operator's "
          "apology), 14 dead and 12 missing by Friday 29 April, the day the wreck was found (detected by sonar on "
          "Thursday 28 April; 120 m deep by the coast guard, about 100 m by NHK; 115 m by the coast guard a month later, "
          "when the wreck slipped back to 182 m during the salvage on Tuesday 24 May, with 14 dead and 12 missing)", False, ms, names)


def security():
    K, R, T, D1 = "kompas-jul16", "reuters-aug31", "tempo-sep19", "detik-sep21"
    # the bills' contents, the votes and the stages do not change with the day of the report: the lower house's
    # committee (Wednesday 15 July 2015) and plenary (Thursday 16 July), the upper house's committee (Thursday 17
    # September) and plenary (Saturday 19 September, 148 to 90) are different events. The rally of Sunday 30 August
    # was counted by its organisers (about 120,000) and by the police (about 30,000): sources.
    ORG, POL = "the organisers", "the police"
    names = {
     "bills": "bills in the package", "laws": "existing laws revised", "rally_jul15": "people at the rally of 15 July",
     "rally_aug30": "people at the rally of 30 August", "ayes": "upper house votes in favour",
     "noes": "upper house votes against", "oppose": "share opposed in the Asahi poll",
     "support": "share in favour in the Asahi poll", "window": "the upper house's time to vote",
     "pacifism": "years of pacifism", "effect": "time before the laws take effect",
     # dates
     "lower": "day of the lower house's plenary vote", "lower_cmte": "day of the lower house committee's approval",
     "rally1": "day of the rally outside parliament in July", "reinterp": "day of the cabinet's reinterpretation",
     "rally2": "day of the rally of 30 August", "session_end": "last day of the Diet session",
     "upper": "day of the upper house's enactment", "upper_cmte": "day of the upper house committee's approval",
     "noconf": "day of the no-confidence motion", "constitution": "year of the pacifist constitution",
    }
    ms = [
     M(K, "Kamis (16/7/2015)", D, "lower", "2015-07-16"),
     M(K, "11 RUU", N, "bills", 11),
     M(K, "10 undang-undang", N, "laws", 10),
     M(K, "Rabu (15/7/2015)", D, "lower_cmte", "2015-07-15"),
     M(K, "Rabu malam", D, "rally1", "2015-07-15"),
     M(K, "sekitar 100.000 orang", N, "rally_jul15", 100000, qual="approx", src=ORG),
     M(K, "1 Juli 2014", D, "reinterp", "2014-07-01"),
     M(K, "60 hari", N, "window", 60 / 365, cls="dur"),

     M(R, "Sunday", D, "rally2", "2015-08-30"),
     M(R, "about 120,000", N, "rally_aug30", 120000, qual="approx", src=ORG),
     M(R, "about 30,000", N, "rally_aug30", 30000, qual="approx", src=POL),
     M(R, "July 17", D, "lower", "2015-07-17", planted=True),
     M(R, "11 bills", N, "bills", 11),
     M(R, "Sept. 27", D, "session_end", "2015-09-27"),
     M(R, "60-day", N, "window", 60 / 365, cls="dur"),
     M(R, "70 years", N, "pacifism", 70, cls="dur"),
     M(R, "July 1, 2014", D, "reinterp", "2014-07-01"),

     M(T, "Sabtu (19/9/2015)", D, "upper", "2015-09-19"),
     M(T, "148 suara", N, "ayes", 148),
     M(T, "90 suara", N, "noes", 90),
     M(T, "Kamis (17/9/2015)", D, "upper_cmte", "2015-09-17"),
     M(T, "Jumat (18/9/2015)", D, "noconf", "2015-09-18"),
     M(T, "16 Juli 2015", D, "lower", "2015-07-16"),
     M(T, "70 tahun", N, "pacifism", 70, cls="dur"),
     M(T, "54 persen", N, "oppose", 54, cls="pct"),
     M(T, "29 persen", N, "support", 29, cls="pct"),

     M(D1, "Sabtu (19/9/2015)", D, "upper", "2015-09-19"),
     M(D1, "11 RUU", N, "bills", 11),
     M(D1, "184 suara", N, "ayes", 184, planted=True),
     M(D1, "90 suara", N, "noes", 90),
     M(D1, "Kamis (16/7/2015)", D, "lower", "2015-07-16"),
     M(D1, "1947", D, "constitution", "1947"),
     M(D1, "enam bulan", N, "effect", 0.5, cls="dur"),
     M(D1, "54 persen", N, "oppose", 54, cls="pct"),
     M(D1, "29 persen", N, "support", 29, cls="pct"),
     M(D1, "30 Agustus 2015", D, "rally2", "2015-08-30"),
     M(D1, "120.000 orang", N, "rally_aug30", 120000, src=ORG),
     M(D1, "sekitar 30.000 orang", N, "rally_aug30", 30000, qual="approx", src=POL),
    ]
    build("security-laws-2015", "Japan's security laws (collective self-defence): the lower house committee's approval "
          "on Wednesday 15 July 2015 and the lower house's plenary vote on Thursday 16 July (11 bills: one new bill and "
          "one revising 10 laws), the rally of Sunday 30 August (about 120,000 by the organisers, about 30,000 by the "
          "police), the upper house committee's approval on Thursday 17 September and the upper house's enactment early "
          "on Saturday 19 September 2015 by 148 votes to 90", False, ms, names)


def births():
    K, R, A, T = "kompas-jun05", "reuters-jun06", "antara-jun07", "tempo-jun08"
    names = {
     "tfr": "total fertility rate in 2023", "tfr2022": "total fertility rate in 2022 (the previous low)",
     "tokyo": "Tokyo's fertility rate", "hokkaido": "Hokkaido's fertility rate", "okinawa": "Okinawa's fertility rate",
     "miyazaki": "Miyazaki's and Nagasaki's fertility rate", "replacement": "the replacement rate",
     "tfr2015": "total fertility rate in 2015", "tfr_drop": "the fall in the fertility rate (points)",
     "births": "births in 2023", "births_drop": "fall in births", "births_pct": "fall in births (percent)",
     "deaths": "deaths in 2023", "deaths_rise": "rise in deaths", "natural": "natural population decline",
     "natural_pct": "rise in the natural decline (percent)", "marriages": "marriages in 2023",
     "marriages_drop": "fall in marriages", "divorces": "divorces in 2023", "divorces_rise": "rise in divorces",
     "half_million": "the 500,000 mark for marriages", "births_mark": "the 800,000 mark for births",
     "age_m": "men's average age at first marriage", "age_f": "women's average age at first marriage",
     "age_child": "women's average age at first birth", "years90": "years since marriages were last below 500,000",
     # dates
     "release": "day of the release", "year": "the year the figures cover", "since": "first year of comparable data",
     "records": "first year of birth records", "mark1933": "year marriages were last below 500,000",
     "below800": "year births fell below 800,000", "law": "day the child-support law was enacted",
     "y2005": "year of the earlier low of 1.26", "y2022": "year of the 2022 rate of 1.26", "y2015": "year of the 2015 rate",
    }
    ms = [
     M(K, "2023", D, "year", "2023"),
     M(K, "1,20", N, "tfr", 1.20, cls="tfr"),
     M(K, "Rabu (5/6/2024)", D, "release", "2024-06-05"),
     M(K, "1,26", N, "tfr2022", 1.26, cls="tfr"),
     M(K, "1947", D, "since", "1947"),
     M(K, "2023", D, "year", "2023", occ=2),
     M(K, "727.277", N, "births", 727277),
     M(K, "43.482", N, "births_drop", 43482),
     M(K, "5,6 persen", N, "births_pct", 5.6, cls="pct"),
     M(K, "1.575.936 orang", N, "deaths", 1575936),
     M(K, "848.659 orang", N, "natural", 848659),
     M(K, "0,99", N, "tokyo", 0.99, cls="tfr"),
     M(K, "1,60", N, "okinawa", 1.60, cls="tfr"),
     M(K, "30.213", N, "marriages_drop", 30213),
     M(K, "474.717", N, "marriages", 474717),

     M(R, "1.20", N, "tfr", 1.20, cls="tfr"),
     M(R, "2023", D, "year", "2023"),
     M(R, "Wednesday", D, "release", "2024-06-05"),
     M(R, "1.26", N, "tfr2022", 1.26, cls="tfr"),
     M(R, "5.6%", N, "births_pct", 5.6, cls="pct"),
     M(R, "727,277", N, "births", 727277),
     M(R, "1899", D, "records", "1899"),
     M(R, "6,886", N, "deaths_rise", 6886),
     M(R, "1,575,936", N, "deaths", 1575936),
     M(R, "6.3%", N, "natural_pct", 6.3, cls="pct"),
     M(R, "848,659", N, "natural", 848659),
     M(R, "0.99", N, "tokyo", 0.99, cls="tfr"),
     M(R, "1.06", N, "hokkaido", 1.06, cls="tfr"),
     M(R, "1.60", N, "okinawa", 1.60, cls="tfr"),
     M(R, "30,213", N, "marriages_drop", 30213),
     M(R, "474,717", N, "marriages", 474717),
     M(R, "500,000", N, "half_million", 500000),
     M(R, "1933", D, "mark1933", "1933"),
     M(R, "800,000", N, "births_mark", 800000),
     M(R, "2022", D, "below800", "2022"),
     M(R, "Wednesday", D, "law", "2024-06-05", occ=2),

     M(A, "2023", D, "year", "2023"),
     M(A, "727.277 bayi", N, "births", 727277),
     M(A, "1899", D, "records", "1899"),
     M(A, "Rabu (5/6/2024)", D, "release", "2024-06-05"),
     M(A, "1,20", N, "tfr", 1.20, cls="tfr"),
     M(A, "2,07", N, "replacement", 2.07, cls="tfr"),
     M(A, "1,60", N, "okinawa", 1.60, cls="tfr"),
     M(A, "1,49", N, "miyazaki", 1.49, cls="tfr"),
     M(A, "0,99", N, "tokyo", 0.99, cls="tfr"),
     M(A, "1,06", N, "hokkaido", 1.06, cls="tfr"),
     M(A, "31,1 tahun", N, "age_m", 31.1, cls="age"),
     M(A, "29,7 tahun", N, "age_f", 29.7, cls="age"),
     M(A, "31,0 tahun", N, "age_child", 31.0, cls="age"),
     M(A, "4.709", N, "divorces_rise", 4709),
     M(A, "183.808", N, "divorces", 183808),

     M(T, "5 Juni 2024", D, "release", "2024-06-05"),
     M(T, "hampir 850.000 orang", N, "natural", 850000, qual="nearly"),
     M(T, "2023", D, "year", "2023"),
     M(T, "lebih dari 1,57 juta", N, "deaths", 1570000, qual="morethan"),
     M(T, "727.277", N, "births", 727277),
     M(T, "0,06 poin", N, "tfr_drop", 0.06, cls="tfr"),
     M(T, "1,20", N, "tfr", 1.20, cls="tfr"),
     M(T, "1,26", N, "tfr2022", 1.26, cls="tfr"),
     M(T, "2005", D, "y2005", "2005"),
     M(T, "2022", D, "y2022", "2022"),
     M(T, "1,45", N, "tfr2015", 1.45, cls="tfr"),
     M(T, "2015", D, "y2015", "2015"),
     M(T, "474.717", N, "marriages", 474717),
     M(T, "500.000", N, "half_million", 500000),
     M(T, "90 tahun", N, "years90", 90, cls="dur"),
     M(T, "0,99", N, "tokyo", 0.99, cls="tfr"),
    ]
    build("japan-births-2023", "Japan's vital statistics for 2023 (control), released by the health ministry on "
          "Wednesday 5 June 2024: 727,277 births (down 43,482, or 5.6%), a total fertility rate of 1.20 (from 1.26), "
          "Tokyo 0.99, Hokkaido 1.06, Okinawa 1.60, 1,575,936 deaths (up 6,886), a natural decline of 848,659 (up 6.3%), "
          "474,717 marriages (down 30,213), 183,808 divorces (up 4,709). Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    shiretoko()
    security()
    births()
