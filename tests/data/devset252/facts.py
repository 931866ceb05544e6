"""The two-hundred-and-fifty-second development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset252/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def kinabalu():
    S, K, T, R = "thestar-jun06", "kompas-jun08", "detik-jun13", "reuters-jul06"
    # as-of times of the running tallies: Friday 5 June 2015 in the evening (the police's first two dead), Saturday 6
    # June at noon (the tourism minister's 11 bodies and 8 missing), Saturday night (the rescue team's 19), Sunday 7
    # June (the toll corrected down to 18, two of them still missing), Wednesday 10 June (the last two found, 18),
    # the month-later report of 6 July. The dead do not fall: 19 -> 18 is a revision (a guide counted among the
    # victims had walked down unhurt). The missing may fall as bodies are found. The Singaporean dead identified rise
    # from seven (Sunday) to ten (all found).
    FRI, SATNOON, SATN, SUN, WED, JUL = ("2015-06-05", "2015-06-06a", "2015-06-06b", "2015-06-07", "2015-06-10",
                                         "2015-07-06")
    # The quake's magnitude, depth and distance from Ranau: the Malaysian Meteorological Department's (5.9, 54 km,
    # 16 km) against the US Geological Survey's (6.0, 10 km): sources. A magnitude no text credits is the USGS's 6.0.
    MET, USGS = "the Malaysian Meteorological Department", "the US Geological Survey"
    names = {
     "mag": "the quake's magnitude", "depth": "depth of the quake (km)", "dist": "distance from Ranau (km)",
     "dead": "people killed", "missing": "climbers missing", "injured": "people injured on the first day",
     "stranded": "climbers stranded near the summit", "hours": "hours climbers were stranded",
     "height": "height of the mountain (m)", "aftermag": "magnitude of Saturday's aftershock",
     "sg_dead": "Singaporeans among the dead", "my_dead": "Malaysians among the dead identified",
     "trip_pupils": "pupils on the school trip", "trip_teachers": "teachers on the school trip",
     "sg_pupils": "Singaporean pupils killed", "sg_adults": "Singaporean adults killed",
     "tourists": "tourists sentenced", "jail": "days in jail", "fine": "fine (ringgit)",
     "on_mountain": "people on the mountain when the quake struck",
     # dates
     "quake": "day of the earthquake", "asof_fri": "day of the first count", "asof_satnoon": "day of the count of 11",
     "asof_satn": "day of the count of 19", "asof_sun": "day the toll was corrected", "evac": "day the evacuation ended",
     "aftershock": "day of the 4.5 aftershock", "mourning": "Singapore's day of mourning",
     "verdict": "day of the tourists' sentence", "photo": "day of the naked photo",
     "search_end": "day the search ended",
    }
    ms = [
     M(S, "Eleven bodies", N, "dead", 11, SATNOON),
     M(S, "Saturday", D, "asof_satnoon", "2015-06-06"),
     M(S, "eight climbers", N, "missing", 8, SATNOON, fall=True),
     M(S, "Friday", D, "quake", "2015-06-05"),
     M(S, "magnitude 5.9", N, "mag", 5.9, src=MET, cls="mag"),
     M(S, "16km", N, "dist", 16, src=MET, cls="km"),
     M(S, "54km", N, "depth", 54, src=MET, cls="km"),
     M(S, "6.0", N, "mag", 6.0, src=USGS, cls="mag"),
     M(S, "10km", N, "depth", 10, src=USGS, cls="km"),
     M(S, "Friday evening", D, "asof_fri", "2015-06-05"),
     M(S, "two deaths", N, "dead", 2, FRI),
     M(S, "11 people", N, "injured", 11, FRI),
     M(S, "137 climbers", N, "stranded", 137),
     M(S, "Saturday", D, "evac", "2015-06-06", occ=2),
     M(S, "18 hours", N, "hours", 18, cls="dur"),
     M(S, "4,095m", N, "height", 4095, cls="m"),
     M(S, "4.5", N, "aftermag", 4.5, cls="mag"),
     M(S, "Saturday afternoon", D, "aftershock", "2015-06-06"),

     M(K, "19 orang", N, "dead", 19, SATN),
     M(K, "18 orang", N, "dead", 18, SUN),
     M(K, "Minggu (7/6/2015)", D, "asof_sun", "2015-06-07"),
     M(K, "Sabtu malam", D, "asof_satn", "2015-06-06"),
     M(K, "Dua korban", N, "missing", 2, SUN, fall=True),
     M(K, "tujuh warga Singapura", N, "sg_dead", 7, SUN),
     M(K, "enam warga Malaysia", N, "my_dead", 6, SUN),
     M(K, "bermagnitudo 6,0", N, "mag", 6.0, src=USGS, cls="mag"),
     M(K, "Jumat (5/6/2015)", D, "quake", "2015-06-05"),
     M(K, "137 pendaki", N, "stranded", 137),
     M(K, "Sabtu dini hari", D, "evac", "2015-06-06"),
     M(K, "Senin (8/6/2015)", D, "mourning", "2015-06-08"),
     M(K, "29 murid", N, "trip_pupils", 29),
     M(K, "delapan guru", N, "trip_teachers", 8),

     M(T, "Jumat (12/6/2015)", D, "verdict", "2015-06-12"),
     M(T, "tiga hari penjara", N, "jail", 3, cls="days"),
     M(T, "5.000 ringgit", N, "fine", 5000, cls="rm"),
     M(T, "empat turis", N, "tourists", 4),
     M(T, "30 Mei 2015", D, "photo", "2015-05-30"),
     M(T, "bermagnitudo 6,0", N, "mag", 6.0, src=USGS, cls="mag"),
     M(T, "Kamis (4/6/2015)", D, "quake", "2015-06-04", planted=True),
     M(T, "Rabu (10/6/2015)", D, "search_end", "2015-06-10"),
     M(T, "18 orang", N, "dead", 18, WED),
     M(T, "tujuh murid", N, "sg_pupils", 7),
     M(T, "tiga orang dewasa", N, "sg_adults", 3),
     M(T, "137 pendaki", N, "stranded", 137),
     M(T, "4.095 meter", N, "height", 4095, cls="m"),

     M(R, "18 people", N, "dead", 18, JUL),
     M(R, "magnitude 6.0", N, "mag", 6.0, src=USGS, cls="mag"),
     M(R, "June 5", D, "quake", "2015-06-05"),
     M(R, "around 200 people", N, "on_mountain", 200, qual="approx"),
     M(R, "4,059-meter", N, "height", 4059, cls="m", planted=True),
     M(R, "5.9", N, "mag", 5.9, src=MET, cls="mag"),
     M(R, "Ten", N, "sg_dead", 10, JUL),
     M(R, "seven pupils", N, "sg_pupils", 7),
     M(R, "three adults", N, "sg_adults", 3),
     M(R, "137 stranded climbers", N, "stranded", 137),
     M(R, "June 10", D, "search_end", "2015-06-10"),
     M(R, "19", N, "dead", 19, SATN),
     M(R, "June 6", D, "asof_satn", "2015-06-06"),
     M(R, "18", N, "dead", 18, SUN, occ=2),
     M(R, "Four foreign tourists", N, "tourists", 4),
     M(R, "three days", N, "jail", 3, cls="days"),
     M(R, "5,000 ringgit", N, "fine", 5000, cls="rm"),
     M(R, "June 12", D, "verdict", "2015-06-12"),
    ]
    build("kinabalu-quake-2015", "The earthquake at Mount Kinabalu, Sabah, Malaysia (Friday 5 June 2015, 7.15 local "
          "time; the Malaysian Meteorological Department's 5.9 at 54 km against the USGS's 6.0 at 10 km): the dead "
          "rising 2 (Friday) -> 11 (Saturday noon) -> 19 (Saturday night), corrected down to 18 on Sunday 7 June (two "
          "still missing), 18 when the search ended on Wednesday 10 June; 137 climbers stranded; ten Singaporeans among "
          "the dead; Singapore's day of mourning on Monday 8 June; four foreign tourists jailed three days and fined "
          "5,000 ringgit on Friday 12 June for a naked photo taken on 30 May", False, ms, names)


def korat():
    B, K, T, R = "bangkokpost-feb09", "kompas-feb10", "tempo-feb12", "reuters-mar09"
    # as-of times of the running tallies: Saturday 8 February 2020 at night (the police's 17 dead), Sunday 9 February
    # at 08.30 (the police's 22), Sunday around midday (the prime minister's 26 dead, 57 wounded: 25 home, 32 in
    # hospital), Sunday night (the governor's 29), Monday 10 February (29 dead, 58 wounded), Tuesday 11 February (the
    # army chief's 29 and 58), the month-later report of 9 March. The dead and the wounded do not fall. The dead with
    # the gunman counted (27) is another fact than the victims.
    SATN, SUN0830, SUNPM, SUNN, MON, TUE, MAR = ("2020-02-08", "2020-02-09a", "2020-02-09b", "2020-02-09c",
                                                 "2020-02-10", "2020-02-11", "2020-03-09")
    names = {
     "dead": "people killed by the gunman", "injured": "people wounded", "discharged": "wounded sent home",
     "inhosp": "wounded still in hospital", "dead_incl": "dead with the gunman counted",
     "ammo": "rounds of ammunition taken", "dur": "hours the rampage lasted",
     # dates
     "killed": "day the gunman was shot dead", "pm": "day of the prime minister's visit and count",
     "start": "day the rampage began", "asof_satn": "day of the police's first count",
     "asof_sunn": "day of the governor's count of 29", "asof_mon": "day of the count of 29 and 58",
     "vigil": "day of the candlelight vigil", "apology": "day of the army chief's apology",
    }
    ms = [
     M(B, "Sunday morning", D, "killed", "2020-02-09"),
     M(B, "26 people", N, "dead", 26, SUNPM),
     M(B, "Sunday", D, "pm", "2020-02-09", occ=2),
     M(B, "57 people", N, "injured", 57, SUNPM),
     M(B, "25", N, "discharged", 25, SUNPM),
     M(B, "32", N, "inhosp", 32, SUNPM),
     M(B, "27 people", N, "dead_incl", 27, SUNPM),
     M(B, "22 dead", N, "dead", 22, SUN0830),
     M(B, "Saturday afternoon", D, "start", "2020-02-08"),
     M(B, "736 rounds", N, "ammo", 736, cls="rounds"),
     M(B, "about 17 hours", N, "dur", 17, qual="approx", cls="dur"),
     M(B, "Saturday night", D, "asof_satn", "2020-02-08"),
     M(B, "17 deaths", N, "dead", 17, SATN),

     M(K, "29 orang", N, "dead", 29, MON),
     M(K, "Senin (10/2/2020)", D, "asof_mon", "2020-02-10"),
     M(K, "58 orang", N, "injured", 58, MON),
     M(K, "29 korban", N, "dead", 29, SUNN),
     M(K, "Minggu malam", D, "asof_sunn", "2020-02-09"),
     M(K, "Minggu (9/2/2020)", D, "pm", "2020-02-09"),
     M(K, "26 korban", N, "dead", 26, SUNPM),
     M(K, "57 orang", N, "injured", 57, SUNPM),
     M(K, "Minggu pagi", D, "killed", "2020-02-09"),
     M(K, "Sabtu (8/2/2020)", D, "start", "2020-02-08"),
     M(K, "763 butir amunisi", N, "ammo", 763, cls="rounds", planted=True),
     M(K, "Minggu malam", D, "vigil", "2020-02-09", occ=2),

     M(T, "Selasa (11/2/2020)", D, "apology", "2020-02-11"),
     M(T, "29 orang", N, "dead", 29, TUE),
     M(T, "58 orang", N, "injured", 58, TUE),
     M(T, "Sabtu (8/2/2020)", D, "start", "2020-02-08"),
     M(T, "Minggu (9/2/2020)", D, "killed", "2020-02-09"),
     M(T, "32 korban luka", N, "inhosp", 32, SUNPM),
     M(T, "25 orang", N, "discharged", 25, SUNPM),

     M(R, "29 people", N, "dead", 29, MAR),
     M(R, "Feb. 8", D, "start", "2020-02-08"),
     M(R, "about 17 hours", N, "dur", 17, qual="approx", cls="dur"),
     M(R, "58 people", N, "injured", 58, MAR),
     M(R, "736 rounds", N, "ammo", 736, cls="rounds"),
     M(R, "Feb. 12", D, "apology", "2020-02-12", planted=True),
     M(R, "Feb. 9", D, "pm", "2020-02-09"),
    ]
    build("korat-shooting-2020", "The mass shooting by a soldier in Nakhon Ratchasima (Korat), Thailand, from the "
          "afternoon of Saturday 8 February 2020 to Sunday morning 9 February, when he was shot dead at the Terminal 21 "
          "mall: the dead rising 17 (Saturday night) -> 22 (Sunday 08.30) -> 26 (the prime minister, Sunday) -> 29 "
          "(the governor, Sunday night; Monday 10 February), the wounded 57 -> 58; an M60 and 736 rounds taken from his "
          "camp; the army chief's apology on Tuesday 11 February", False, ms, names)


def belanjawan():
    R, B, K, S = "reuters-oct13", "bisnis-oct14", "kompas-oct15", "thestar-oct16"
    names = {
     "total": "the 2024 budget (ringgit)", "opex": "operating expenditure (ringgit)",
     "devex": "development expenditure (ringgit)", "aid": "cash aid to low-income households (ringgit)",
     "deficit": "deficit target for 2024 (% of GDP)", "deficit23": "estimated deficit for 2023 (% of GDP)",
     "growth": "growth forecast for 2024 (%)", "sst": "new service tax rate", "sst_old": "old service tax rate",
     "cgt": "tax on gains from unlisted shares", "luxury": "tax on luxury goods",
     # dates
     "tabled": "day the budget was tabled", "cgt_start": "day the capital gains tax starts",
     "election": "month of the general election",
    }
    ms = [
     M(R, "Friday", D, "tabled", "2023-10-13"),
     M(R, "393.8 billion ringgit", N, "total", 393.8, cls="rm"),
     M(R, "303.8 billion ringgit", N, "opex", 303.8, cls="rm"),
     M(R, "90 billion ringgit", N, "devex", 90, cls="rm"),
     M(R, "4.3%", N, "deficit", 4.3, cls="pct"),
     M(R, "5.0%", N, "deficit23", 5.0, cls="pct"),
     M(R, "between 4% and 5%", N, "growth", 4, cls="pct"),
     M(R, "8%", N, "sst", 8, cls="pct"),
     M(R, "6%", N, "sst_old", 6, cls="pct"),
     M(R, "10%", N, "cgt", 10, cls="pct"),
     M(R, "March 1, 2024", D, "cgt_start", "2024-03-01"),
     M(R, "5% to 10%", N, "luxury", 5, cls="pct"),
     M(R, "10 billion ringgit", N, "aid", 10, cls="rm"),
     M(R, "November 2022", D, "election", "2022-11"),

     M(B, "393,8 miliar ringgit", N, "total", 393.8, cls="rm"),
     M(B, "Jumat (13/10/2023)", D, "tabled", "2023-10-13"),
     M(B, "303,8 miliar ringgit", N, "opex", 303.8, cls="rm"),
     M(B, "90 miliar ringgit", N, "devex", 90, cls="rm"),
     M(B, "4,3 persen", N, "deficit", 4.3, cls="pct"),
     M(B, "5 persen", N, "deficit23", 5, cls="pct"),
     M(B, "4 hingga 5 persen", N, "growth", 4, cls="pct"),
     M(B, "6 persen", N, "sst_old", 6, cls="pct"),
     M(B, "8 persen", N, "sst", 8, cls="pct"),
     M(B, "1 Maret 2024", D, "cgt_start", "2024-03-01"),
     M(B, "10 persen", N, "cgt", 10, cls="pct"),
     M(B, "5 hingga 10 persen", N, "luxury", 5, cls="pct"),
     M(B, "10 miliar ringgit", N, "aid", 10, cls="rm"),

     M(K, "8 persen", N, "sst", 8, cls="pct"),
     M(K, "6 persen", N, "sst_old", 6, cls="pct"),
     M(K, "Jumat (13/10/2023)", D, "tabled", "2023-10-13"),
     M(K, "393,8 miliar ringgit", N, "total", 393.8, cls="rm"),
     M(K, "303,8 miliar ringgit", N, "opex", 303.8, cls="rm"),
     M(K, "90 miliar ringgit", N, "devex", 90, cls="rm"),
     M(K, "4,3 persen", N, "deficit", 4.3, cls="pct"),
     M(K, "4-5 persen", N, "growth", 4, cls="pct"),
     M(K, "sekitar 5 persen", N, "deficit23", 5, qual="approx", cls="pct"),
     M(K, "10 persen", N, "cgt", 10, cls="pct"),
     M(K, "1 Maret 2024", D, "cgt_start", "2024-03-01"),
     M(K, "5-10 persen", N, "luxury", 5, cls="pct"),
     M(K, "10 miliar ringgit", N, "aid", 10, cls="rm"),
     M(K, "November 2022", D, "election", "2022-11"),

     M(S, "Oct 13", D, "tabled", "2023-10-13"),
     M(S, "RM393.8bn", N, "total", 393.8, cls="rm"),
     M(S, "RM303.8bn", N, "opex", 303.8, cls="rm"),
     M(S, "RM90bn", N, "devex", 90, cls="rm"),
     M(S, "4.3%", N, "deficit", 4.3, cls="pct"),
     M(S, "5%", N, "deficit23", 5, cls="pct"),
     M(S, "4% to 5%", N, "growth", 4, cls="pct"),
     M(S, "8%", N, "sst", 8, cls="pct"),
     M(S, "10%", N, "cgt", 10, cls="pct"),
     M(S, "March 1", D, "cgt_start", "2024-03-01"),
     M(S, "between 5% and 10%", N, "luxury", 5, cls="pct"),
     M(S, "RM10bn", N, "aid", 10, cls="rm"),
    ]
    build("belanjawan-2024", "Malaysia's 2024 budget (control), tabled in the Dewan Rakyat on Friday 13 October 2023: "
          "393.8 billion ringgit (303.8 billion operating, 90 billion development), a deficit target of 4.3% of GDP "
          "against about 5% in 2023, growth of 4% to 5%, the service tax raised from 6% to 8%, a 10% tax on gains from "
          "unlisted shares from 1 March 2024, a 5% to 10% tax on luxury goods, cash aid raised to 10 billion ringgit. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    kinabalu()
    korat()
    belanjawan()
