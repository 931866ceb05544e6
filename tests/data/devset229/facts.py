"""The two-hundred-and-twenty-ninth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset229/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def erawan():
    K, R, T, A = "kompas-aug18", "reuters-aug19", "detik-aug30", "ap-sep10"
    # as-of times of the running tallies: Monday 17 August 2015 at night (the police's first count of at least 19
    # dead), Tuesday 18 August in the morning (22 dead, 123 injured, the reward of 1 million baht), Wednesday 19
    # August (the toll revised down to 20 for double counting, 125 injured), then the publication days of the later
    # reports (20 dead, 125 / more than 120 injured, the reward raised to 3 million baht, two in custody by 10 September). The
    # dead, the injured and the reward do not fall: 22 -> 20 is a revision.
    MONN, TUE, WED, AUG30, SEP10 = "2015-08-17b", "2015-08-18", "2015-08-19", "2015-08-30", "2015-09-10"
    # The bomb's charge: the police's about 3 kg against the army bomb disposal experts' at least 5 kg (sources).
    POLICE, ARMY = "the police", "army bomb disposal experts"
    names = {
     "dead": "people killed in the shrine bombing", "injured": "people injured in the shrine bombing",
     "charge": "the bomb's charge (kg)", "reward": "the reward for information (baht)",
     "custody": "suspects in custody", "sought": "further suspects sought",
     # dates
     "blast": "day of the shrine bombing", "asof_mon": "day of the police's first count",
     "asof_tue": "day of the count of 22", "asof_wed": "day the toll was revised to 20",
     "pier": "day of the blast near the Sathorn pier", "reopen": "day the shrine reopened",
     "arrest1": "day of the first arrest", "arrest2": "day of the second arrest",
    }
    ms = [
     M(K, "22 orang", N, "dead", 22, TUE),
     M(K, "Selasa (18/8/2015)", D, "asof_tue", "2015-08-18"),
     M(K, "Senin (17/8/2015)", D, "blast", "2015-08-17"),
     M(K, "Senin malam", D, "asof_mon", "2015-08-17"),
     M(K, "sedikitnya 19 orang", N, "dead", 19, MONN, qual="atleast"),
     M(K, "123 orang", N, "injured", 123, TUE),
     M(K, "Selasa pagi", D, "asof_tue", "2015-08-18"),
     M(K, "sekitar 3 kilogram", N, "charge", 3, qual="approx", src=POLICE, cls="kg"),
     M(K, "1 juta baht", N, "reward", 1_000_000, TUE, cls="baht"),

     M(R, "Wednesday", D, "asof_wed", "2015-08-19"),
     M(R, "20", N, "dead", 20, WED),
     M(R, "22", N, "dead", 22, TUE),
     M(R, "125", N, "injured", 125, WED),
     M(R, "Monday", D, "blast", "2015-08-17"),
     M(R, "about 3 kg", N, "charge", 3, qual="approx", src=POLICE, cls="kg"),
     M(R, "at least 5 kg", N, "charge", 5, qual="atleast", src=ARMY, cls="kg"),
     M(R, "Tuesday", D, "pier", "2015-08-18"),
     M(R, "1 million baht", N, "reward", 1_000_000, WED, cls="baht"),
     M(R, "Wednesday morning", D, "reopen", "2015-08-19"),

     M(T, "Sabtu (29/8/2015)", D, "arrest1", "2015-08-29"),
     M(T, "Senin (17/8/2015)", D, "blast", "2015-08-17"),
     M(T, "20 orang", N, "dead", 20, AUG30),
     M(T, "125 orang", N, "injured", 125, AUG30),
     M(T, "Rabu (19/8/2015)", D, "pier", "2015-08-19", planted=True),
     M(T, "3 juta baht", N, "reward", 3_000_000, AUG30, cls="baht"),
     M(T, "1 juta baht", N, "reward", 1_000_000, TUE, cls="baht"),
     M(T, "sedikitnya dua orang lain", N, "sought", 2, AUG30, qual="atleast"),
     M(T, "sekitar 3 kilogram", N, "charge", 3, qual="approx", src=POLICE, cls="kg"),

     M(A, "Aug. 17", D, "blast", "2015-08-17"),
     M(A, "two", N, "custody", 2, SEP10),
     M(A, "Sept. 1", D, "arrest2", "2015-09-01"),
     M(A, "Friday, Aug. 28", D, "arrest1", "2015-08-28", planted=True),
     M(A, "20 people", N, "dead", 20, SEP10),
     M(A, "more than 120", N, "injured", 120, SEP10, qual="morethan"),
     M(A, "3 million baht", N, "reward", 3_000_000, SEP10, cls="baht"),
    ]
    build("erawan-bombing-2015", "The bombing at the Erawan shrine in Bangkok's Ratchaprasong district (Monday 17 "
          "August 2015, about 18.55 local time): at least 19 dead on Monday night, 22 dead and 123 injured on Tuesday "
          "18 August, the toll revised down to 20 on Wednesday 19 August (125 injured); the police's about 3 kg charge "
          "against the army experts' at least 5 kg; a second device near the Sathorn pier on Tuesday 18 August; the "
          "reward raised from 1 to 3 million baht; the first arrest on Saturday 29 August and the second on Tuesday 1 "
          "September 2015", False, ms, names)


def damrey():
    K, R, T, A = "kompas-nov5", "reuters-nov7", "antara-nov9", "ap-dec1"
    # as-of times of the running tallies (the national disaster committee's): Saturday 4 November 2017 (27 dead),
    # Sunday 5 November (49 dead, 22 missing, more than 40,000 houses), Monday 6 November (61 dead), Tuesday 7
    # November (69 dead, 28 missing, more than 116,000 houses, 22 trillion dong), Thursday 9 November (89 dead, 18
    # missing), the final count recalled on 1 December (106 dead, 25 missing). The missing may fall as bodies are found.
    SAT, SUN, MON, TUE, THU, DEC1 = ("2017-11-04", "2017-11-05", "2017-11-06", "2017-11-07", "2017-11-09",
                                     "2017-12-01")
    # Khanh Hoa's dead: the provincial authorities' 44 against the national committee's 41 (sources).
    PROV, NAT = "Khanh Hoa's provincial authorities", "the national disaster committee"
    names = {
     "dead": "people killed by the typhoon in Vietnam", "missing": "people missing",
     "dead_kh": "people killed in Khanh Hoa province", "houses": "houses damaged or destroyed",
     "loss_dong": "losses (dong)", "loss_usd": "losses (US dollars)", "storms": "storms a year in Vietnam",
     "dist": "distance of Da Nang from the hardest-hit coast (km)",
     # dates
     "landfall": "day of the landfall", "asof_sat": "day of the count of 27", "asof_sun": "day of the count of 49",
     "asof_mon": "day of the count of 61", "asof_tue": "day of the count of 69", "asof_thu": "day of the count of 89",
"apec1": "first day of the APEC leaders' meeting",
     "apec2": "second day of the APEC leaders' meeting",
    }
    ms = [
     M(K, "49 orang", N, "dead", 49, SUN),
     M(K, "Minggu (5/11/2017)", D, "asof_sun", "2017-11-05"),
     M(K, "Sabtu (4/11/2017)", D, "asof_sat", "2017-11-04"),
     M(K, "27 orang", N, "dead", 27, SAT),
     M(K, "Sabtu dini hari", D, "landfall", "2017-11-04"),
     M(K, "Minggu sore", D, "asof_sun", "2017-11-05", occ=1),
     M(K, "22 orang", N, "missing", 22, SUN, fall=True),
     M(K, "Lebih dari 40.000 rumah", N, "houses", 40000, SUN, qual="morethan"),

     M(R, "69", N, "dead", 69, TUE),
     M(R, "Tuesday", D, "asof_tue", "2017-11-07"),
     M(R, "28 people", N, "missing", 28, TUE, fall=True),
     M(R, "Saturday, Nov. 4", D, "landfall", "2017-11-04"),
     M(R, "44 of the dead", N, "dead_kh", 44, TUE, src=PROV),
     M(R, "More than 116,000 houses", N, "houses", 116000, TUE, qual="morethan"),
     M(R, "22 trillion dong", N, "loss_dong", 22, TUE, cls="dong"),
     M(R, "just under $1 billion", N, "loss_usd", 1, TUE, qual="nearly", cls="usd"),
     M(R, "61 dead", N, "dead", 61, MON),
     M(R, "On Monday", D, "asof_mon", "2017-11-06"),
     M(R, "about 10 storms", N, "storms", 10, qual="approx"),

     M(T, "89 orang", N, "dead", 89, THU),
     M(T, "Kamis (9/11/2017)", D, "asof_thu", "2017-11-09"),
     M(T, "18 orang", N, "missing", 18, THU, fall=True),
     M(T, "96 orang", N, "dead", 96, TUE, planted=True),
     M(T, "Selasa (7/11/2017)", D, "asof_tue", "2017-11-07"),
     M(T, "41 korban tewas", N, "dead_kh", 41, THU, src=NAT),
     M(T, "Sabtu (4/11/2017)", D, "landfall", "2017-11-04"),
     M(T, "Lebih dari 116.000 rumah", N, "houses", 116000, THU, qual="morethan"),
     M(T, "22 triliun dong", N, "loss_dong", 22, THU, cls="dong"),
     M(T, "sekitar 1 miliar dolar AS", N, "loss_usd", 1, THU, qual="approx", cls="usd"),
     M(T, "Jumat (10/11/2017)", D, "apec1", "2017-11-10"),
     M(T, "Sabtu (11/11/2017)", D, "apec2", "2017-11-11"),

     M(A, "Nov. 4", D, "landfall", "2017-11-04"),
     M(A, "106 people", N, "dead", 106, DEC1),
     M(A, "25 others", N, "missing", 25, DEC1, fall=True),
     M(A, "44", N, "dead_kh", 44, DEC1, src=PROV),
     M(A, "More than 116,000 homes", N, "houses", 116000, DEC1, qual="morethan"),
     M(A, "22 trillion dong", N, "loss_dong", 22, DEC1, cls="dong"),
     M(A, "$1 billion", N, "loss_usd", 1, DEC1, cls="usd"),
     M(A, "Nov. 10", D, "apec1", "2017-11-10"),
     M(A, "about 500 kilometers", N, "dist", 500, qual="approx", cls="km"),
    ]
    build("damrey-2017", "Typhoon Damrey in Vietnam (landfall in Khanh Hoa province early on Saturday 4 November "
          "2017): the national disaster committee's toll rising 27 (Saturday) -> 49 (Sunday 5 November) -> 61 (Monday) "
          "-> 69 (Tuesday 7 November) -> 89 (Thursday 9 November) -> 106 (the final count, recalled on 1 December), the missing 22 -> 28 -> "
          "18 -> 25, more than 40,000 then more than 116,000 houses damaged, losses of 22 trillion dong (about $1 "
          "billion); Khanh Hoa's dead by the provincial authorities (44) against the national committee (41); the APEC "
          "leaders' meeting in Da Nang on Friday 10 and Saturday 11 November 2017", False, ms, names)


def funan():
    R, K, T, A = "reuters-aug5", "kompas-aug6", "tempo-aug7", "ap-aug8"
    names = {
     "length": "length of the canal (km)", "cost": "cost of the canal (US dollars)", "width": "width (m)",
     "depth": "depth (m)", "years": "years to build", "locks": "locks", "provinces": "provinces crossed",
     # dates
     "ground": "day of the groundbreaking", "done": "year of completion", "notice": "month the Mekong River "
     "Commission was notified", "fireworks": "night of the fireworks",
    }
    ms = [
     M(R, "Monday", D, "ground", "2024-08-05"),
     M(R, "$1.7 billion", N, "cost", 1.7, cls="usd"),
     M(R, "180 km", N, "length", 180, cls="km"),
     M(R, "four years", N, "years", 4, cls="dur"),
     M(R, "100 meters", N, "width", 100, cls="m"),
     M(R, "5.4 meters", N, "depth", 5.4, cls="m"),
     M(R, "three locks", N, "locks", 3),
     M(R, "four provinces", N, "provinces", 4),
     M(R, "2028", D, "done", "2028"),
     M(R, "August 2023", D, "notice", "2023-08"),

     M(K, "Senin (5/8/2024)", D, "ground", "2024-08-05"),
     M(K, "1,7 miliar dolar AS", N, "cost", 1.7, cls="usd"),
     M(K, "180 kilometer", N, "length", 180, cls="km"),
     M(K, "empat tahun", N, "years", 4, cls="dur"),
     M(K, "100 meter", N, "width", 100, cls="m"),
     M(K, "5,4 meter", N, "depth", 5.4, cls="m"),
     M(K, "tiga pintu air", N, "locks", 3),
     M(K, "empat provinsi", N, "provinces", 4),
     M(K, "2028", D, "done", "2028"),
     M(K, "Agustus 2023", D, "notice", "2023-08"),

     M(T, "Senin, 5 Agustus 2024", D, "ground", "2024-08-05"),
     M(T, "US$ 1,7 miliar", N, "cost", 1.7, cls="usd"),
     M(T, "180 km", N, "length", 180, cls="km"),
     M(T, "empat provinsi", N, "provinces", 4),
     M(T, "100 meter", N, "width", 100, cls="m"),
     M(T, "5,4 meter", N, "depth", 5.4, cls="m"),
     M(T, "tiga pintu air", N, "locks", 3),
     M(T, "empat tahun", N, "years", 4, cls="dur"),
     M(T, "2028", D, "done", "2028"),
     M(T, "Agustus 2023", D, "notice", "2023-08"),

     M(A, "Aug. 5", D, "ground", "2024-08-05"),
     M(A, "180-kilometer", N, "length", 180, cls="km"),
     M(A, "$1.7 billion", N, "cost", 1.7, cls="usd"),
     M(A, "four years", N, "years", 4, cls="dur"),
     M(A, "100 meters", N, "width", 100, cls="m"),
     M(A, "5.4 meters", N, "depth", 5.4, cls="m"),
     M(A, "three locks", N, "locks", 3),
     M(A, "2028", D, "done", "2028"),
     M(A, "August 2023", D, "notice", "2023-08"),
     M(A, "Monday night", D, "fireworks", "2024-08-05"),
    ]
    build("funan-techo-2024", "Cambodia breaks ground on the Funan Techo canal (control) on Monday 5 August 2024: a "
          "$1.7 billion waterway of 180 km from Phnom Penh to Kep through four provinces, 100 m wide and 5.4 m deep "
          "with three locks, four years to build, due in 2028; the Mekong River Commission notified in August 2023. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    erawan()
    damrey()
    funan()
