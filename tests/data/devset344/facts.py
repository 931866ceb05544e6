"""The three-hundred-and-forty-fourth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset344/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def prison_riot():
    R, K, T, J = "reuters-jul12", "kompas-jul13", "tempo-jul15", "jakpost-aug06"
    # as-of times of the running tallies: Friday 12 July 2013 (the ministry's 212 escaped, the police's about 150,
    # 54 recaptured by 17:00), Saturday 13 July (93 recaptured; the ministry's recount against the register: 199
    # escaped, a revision of the 212), Monday 15 July (110 recaptured, 89 at large, four of the terror convicts
    # caught) and Monday 5 August (160 recaptured, 39 at large, seven terror convicts caught). The escapees counted by
    # the ministry and by the police are two sources. Those still at large fall as escapees are caught. The dead,
    # the inmates, the capacity and the terror convicts who escaped do not change with the day of the report.
    FRI, SAT, MON, AUG5 = "2013-07-12", "2013-07-13", "2013-07-15", "2013-08-05"
    MIN, POL = "the Justice and Human Rights Ministry", "North Sumatra police"
    names = {
     "escaped": "inmates who escaped", "caught": "escapees recaptured", "at_large": "escapees still at large",
     "dead": "people killed in the riot", "officers_dead": "prison officers killed", "inmates_dead": "inmates killed",
     "terror": "terror convicts who escaped", "terror_caught": "terror convicts recaptured",
     "terror_left": "terror convicts still at large", "inmates": "inmates in the prison",
     "capacity": "the prison's capacity", "moved": "inmates moved to other prisons",
     # dates
     "riot": "night of the riot", "said_fri": "day the minister gave the first figures",
     "count_sat": "day of the count of 93", "recount": "day of the ministry's recount",
     "count_mon": "day of the count of 110", "removed": "day the prison's head was removed",
     "moved_from": "day the transfers began", "count_aug": "day of the count of 160",
    }
    ms = [
     M(R, "About 200 inmates", N, "escaped", 200, FRI, qual="approx", src=MIN),
     M(R, "five people", N, "dead", 5),
     M(R, "Friday", D, "said_fri", "2013-07-12"),
     M(R, "Thursday evening", D, "riot", "2013-07-11"),
     M(R, "212 prisoners", N, "escaped", 212, FRI, src=MIN),
     M(R, "14 men", N, "terror", 14),
     M(R, "three prison officers", N, "officers_dead", 3),
     M(R, "two inmates", N, "inmates_dead", 2),
     M(R, "54", N, "caught", 54, FRI),
     M(R, "about 150", N, "escaped", 150, FRI, qual="approx", src=POL),
     M(R, "more than 2,600 inmates", N, "inmates", 2600, qual="morethan"),
     M(R, "1,054", N, "capacity", 1054),

     M(K, "93 orang", N, "caught", 93, SAT),
     M(K, "Sabtu (13/7/2013)", D, "count_sat", "2013-07-13"),
     M(K, "Kamis (11/7/2013)", D, "riot", "2013-07-11"),
     M(K, "Jumat", D, "said_fri", "2013-07-12"),
     M(K, "221 napi", N, "escaped", 221, FRI, src=MIN, planted=True),
     M(K, "14 napi kasus terorisme", N, "terror", 14),
     M(K, "Sabtu", D, "recount", "2013-07-13", occ=2),
     M(K, "199 orang", N, "escaped", 199, SAT, src=MIN),
     M(K, "Lima orang", N, "dead", 5),
     M(K, "tiga petugas lapas", N, "officers_dead", 3),
     M(K, "dua narapidana", N, "inmates_dead", 2),
     M(K, "54 buronan", N, "caught", 54, FRI),
     M(K, "sekitar 2.600 napi", N, "inmates", 2600, qual="approx"),
     M(K, "1.054 orang", N, "capacity", 1054),

     M(T, "Senin (15/7/2013)", D, "count_mon", "2013-07-15"),
     M(T, "110", N, "caught", 110, MON),
     M(T, "199 napi", N, "escaped", 199, MON, src=MIN),
     M(T, "89 orang", N, "at_large", 89, MON, fall=True),
     M(T, "Kamis (11/7/2013)", D, "riot", "2013-07-11"),
     M(T, "Senin", D, "removed", "2013-07-15", occ=2),
     M(T, "14 napi terorisme", N, "terror", 14),
     M(T, "empat orang", N, "terror_caught", 4, MON),
     M(T, "sepuluh lainnya", N, "terror_left", 10, MON, fall=True),
     M(T, "lima orang", N, "dead", 5),
     M(T, "tiga", N, "officers_dead", 3),
     M(T, "1.054 orang", N, "capacity", 1054),
     M(T, "lebih dari 2.600 napi", N, "inmates", 2600, qual="morethan"),
     M(T, "150 napi", N, "moved", 150),
     M(T, "Sabtu", D, "moved_from", "2013-07-13"),

     M(J, "160", N, "caught", 160, AUG5),
     M(J, "199 escaped inmates", N, "escaped", 199, AUG5, src=MIN),
     M(J, "39", N, "at_large", 39, AUG5, fall=True),
     M(J, "Monday", D, "count_aug", "2013-08-05"),
     M(J, "July 11", D, "riot", "2013-07-11"),
     M(J, "six people", N, "dead", 6, planted=True),
     M(J, "Three prison officers", N, "officers_dead", 3),
     M(J, "212 inmates", N, "escaped", 212, FRI, src=MIN),
     M(J, "July 13", D, "recount", "2013-07-13"),
     M(J, "199", N, "escaped", 199, SAT, src=MIN, occ=2),
     M(J, "14 convicted terrorists", N, "terror", 14),
     M(J, "seven", N, "terror_caught", 7, AUG5),
     M(J, "1,054 inmates", N, "capacity", 1054),
     M(J, "more than 2,600", N, "inmates", 2600, qual="morethan"),
     M(J, "July 15", D, "removed", "2013-07-15"),
    ]
    build("tanjung-gusta-riot-2013", "The riot and jailbreak at Tanjung Gusta prison in Medan, North Sumatra (Thursday "
          "11 July 2013): five dead (three prison officers, two inmates); the Justice and Human Rights Ministry's 212 "
          "escapees on Friday 12 July (the police's about 150) revised down to 199 after a recount against the "
          "register on Saturday 13 July; 14 terror convicts among them; escapees recaptured rising (54 by Friday 17:00, "
          "93 by Saturday night, 110 on Monday 15 July, 160 on Monday 5 August) and those at large falling (89, 39); "
          "more than 2,600 inmates in a prison built for 1,054; the prison's head removed on Monday 15 July", False, ms,
          names)


def bus_plunge():
    Dt, R, K, J = "detik-dec24", "reuters-dec25", "kompas-dec26", "jakpost-jan17"
    # as-of times: Tuesday 24 December 2019 in the morning (24 bodies recovered), Tuesday at 17:00 (27 dead; 15
    # survivors injured), Wednesday 25 December when the search ended (35 dead; 13 survivors after two counted twice
    # were struck off: a revision). The final toll of 35 stood from Wednesday on. The people on board are counted by
    # the police (48) and estimated by the search and rescue agency (about 50): two sources. The ravine's depth does
    # not change with the day of the report.
    TUEAM, TUE, WED = "2019-12-24a", "2019-12-24b", "2019-12-25"
    POL, SAR = "South Sumatra police", "the search and rescue agency (Basarnas)"
    names = {
     "dead": "people killed in the crash", "injured": "survivors injured", "aboard": "people on board",
     "depth": "depth of the ravine (m)",
     # dates
     "crash": "day of the crash", "count_tue": "day of the count of 27", "count_wed": "day of the count of 35",
     "search_end": "day the search ended", "suspension": "day the operator's permit was suspended",
     "said_jan": "day the ministry announced the suspension",
    }
    ms = [
     M(Dt, "27 orang", N, "dead", 27, TUE),
     M(Dt, "Selasa (24/12/2019)", D, "count_tue", "2019-12-24"),
     M(Dt, "24 jenazah", N, "dead", 24, TUEAM),
     M(Dt, "sekitar 75 meter", N, "depth", 75, qual="approx", cls="m"),
     M(Dt, "Senin (23/12/2019)", D, "crash", "2019-12-23"),
     M(Dt, "15 penumpang", N, "injured", 15, TUE),
     M(Dt, "48 orang", N, "aboard", 48, src=POL),

     M(R, "Wednesday", D, "count_wed", "2019-12-25"),
     M(R, "Sunday", D, "crash", "2019-12-22", planted=True),
     M(R, "35", N, "dead", 35, WED),
     M(R, "about 75 meters", N, "depth", 75, qual="approx", cls="m"),
     M(R, "Thirteen passengers", N, "injured", 13, WED),
     M(R, "15", N, "injured", 15, TUE),
     M(R, "Tuesday", D, "count_tue", "2019-12-24"),
     M(R, "48 people", N, "aboard", 48, src=POL),
     M(R, "about 50", N, "aboard", 50, qual="approx", src=SAR),
     M(R, "27", N, "dead", 27, TUE),
     M(R, "Tuesday", D, "count_tue", "2019-12-24", occ=2),
     M(R, "Wednesday afternoon", D, "search_end", "2019-12-25"),

     M(K, "Rabu (25/12/2019)", D, "search_end", "2019-12-25"),
     M(K, "53 orang", N, "dead", 53, WED, planted=True),
     M(K, "13 penumpang", N, "injured", 13, WED),
     M(K, "Rabu", D, "count_wed", "2019-12-25", occ=2),
     M(K, "Selasa (24/12/2019)", D, "count_tue", "2019-12-24"),
     M(K, "27 korban tewas", N, "dead", 27, TUE),
     M(K, "15 korban luka", N, "injured", 15, TUE),
     M(K, "Senin (23/12/2019)", D, "crash", "2019-12-23"),
     M(K, "75 meter", N, "depth", 75, cls="m"),
     M(K, "48 orang", N, "aboard", 48, src=POL),
     M(K, "sekitar 50 orang", N, "aboard", 50, qual="approx", src=SAR),

     M(J, "35 people", N, "dead", 35, WED),
     M(J, "Thursday", D, "said_jan", "2020-01-16"),
     M(J, "about 75 meters", N, "depth", 75, qual="approx", cls="m"),
     M(J, "Dec. 23, 2019", D, "crash", "2019-12-23"),
     M(J, "13", N, "injured", 13, WED),
     M(J, "Jan. 8", D, "suspension", "2020-01-08"),
     M(J, "35", N, "dead", 35, WED, occ=2),
     M(J, "27", N, "dead", 27, TUE),
     M(J, "48 people", N, "aboard", 48, src=POL),
     M(J, "about 50", N, "aboard", 50, qual="approx", src=SAR),
    ]
    build("pagar-alam-bus-2019", "A bus on the Bengkulu-Palembang route plunging about 75 metres into a ravine above the "
          "Lematang river at Liku Lematang, Pagar Alam, South Sumatra, late on Monday 23 December 2019: the toll rising "
          "(24 bodies on Tuesday morning, 27 by Tuesday 17:00, 35 when the search ended on Wednesday 25 December); the "
          "injured survivors counted as 15 on Tuesday and corrected to 13 on Wednesday; 48 on board by the police's "
          "count against about 50 by the search and rescue agency's; the operator's permit suspended from 8 January "
          "2020", False, ms, names)


def quakes():
    R, K, T, J = "reuters-apr11", "kompas-apr12", "tempo-apr13", "jakpost-apr14"
    names = {
     "mag1": "magnitude of the first quake", "mag2": "magnitude of the second quake",
     "depth": "depth of the first quake (km)", "distance": "distance from Banda Aceh (km)",
     "provinces": "provinces under the tsunami warning",
     # dates
     "quake_day": "day of the quakes",
    }
    ms = [
     M(R, "magnitude 8.5", N, "mag1", 8.5, cls="mag"),
     M(R, "Wednesday", D, "quake_day", "2012-04-11"),
     M(R, "8.1", N, "mag2", 8.1, cls="mag"),
     M(R, "10 km", N, "depth", 10, cls="km"),
     M(R, "about 430 km", N, "distance", 430, qual="approx", cls="km"),
     M(R, "8.1", N, "mag2", 8.1, cls="mag", occ=2),
     M(R, "five provinces", N, "provinces", 5),

     M(K, "8,5", N, "mag1", 8.5, cls="mag"),
     M(K, "Rabu (11/4/2012)", D, "quake_day", "2012-04-11"),
     M(K, "10 kilometer", N, "depth", 10, cls="km"),
     M(K, "sekitar 430 kilometer", N, "distance", 430, qual="approx", cls="km"),
     M(K, "8,1", N, "mag2", 8.1, cls="mag"),
     M(K, "lima provinsi", N, "provinces", 5),

     M(T, "Rabu (11/4/2012)", D, "quake_day", "2012-04-11"),
     M(T, "8,5", N, "mag1", 8.5, cls="mag"),
     M(T, "10 kilometer", N, "depth", 10, cls="km"),
     M(T, "8,1", N, "mag2", 8.1, cls="mag"),
     M(T, "sekitar 430 kilometer", N, "distance", 430, qual="approx", cls="km"),
     M(T, "lima provinsi", N, "provinces", 5),

     M(J, "Wednesday", D, "quake_day", "2012-04-11"),
     M(J, "8.5", N, "mag1", 8.5, cls="mag"),
     M(J, "10 kilometers", N, "depth", 10, cls="km"),
     M(J, "some 430 kilometers", N, "distance", 430, qual="approx", cls="km"),
     M(J, "8.1", N, "mag2", 8.1, cls="mag"),
     M(J, "five provinces", N, "provinces", 5),
    ]
    build("aceh-quake-2012", "Two great strike-slip earthquakes off the west coast of Aceh on Wednesday 11 April 2012 "
          "as BMKG reported them (control): magnitude 8.5 at 15:38 WIB at a depth of 10 km, about 430 km southwest of "
          "Banda Aceh, and 8.1 at 17:43 WIB; a tsunami warning for five provinces, lifted at 19:45 WIB; no large "
          "tsunami. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    prison_riot()
    bus_plunge()
    quakes()
