"""The four-hundred-and-sixty-sixth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day. Times of day are numbers
of the class "clock", in decimal hours of the event's local time (5:50 p.m. -> 17.8333; a time given in WIB is
converted to the local time first).
Run from the repository root after changing an article: ``python tests/data/devset466/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def metro():
    R, K, A, MI = "reuters-oct29", "kompas-oct31", "antara-nov02", "mediaindonesia-dec04"
    # the fire: Saturday 28 October 1995, the train out of Ulduz at about 17:50, the fire about 18:00 local time. The
    # running toll: at least 100 by 23:00 on Saturday, 245 by the Health Ministry at 13:00 on Sunday against the
    # rescuers' "about 300" on Sunday (sources), 291 by the government commission at 18:00 on Monday 30 October,
    # revised down to 289 (286 passengers and 3 rescuers) on Wednesday 1 November after two bodies were listed twice
    # (a revision). The injured: 265 by the Health Ministry against 270 by the commission (sources).
    SAT23, SUN, SUN13, MON18, WED = ("1995-10-28T23", "1995-10-29", "1995-10-29T13", "1995-10-30T18", "1995-11-01")
    HEALTH, RESC, COMM = "the Health Ministry", "the rescue workers at the scene", "the government commission"
    names = {
     "dead": "people killed by the fire", "pass_dead": "passengers killed", "resc_dead": "rescue workers killed",
     "children": "children among the dead", "injured": "people injured", "cars": "carriages of the train",
     "dist": "distance the train ran into the tunnel (m)", "vent_min": "minutes before the fans were reversed",
     "double": "bodies listed twice", "mourning": "days of national mourning",
     "dep_time": "time the train left Ulduz", "fire_time": "time the fire broke out",
     "asof_sat": "time of Saturday's count of 100", "asof_sun": "time of Sunday's count of 245",
     "asof_mon": "time of Monday's count of 291", "clear_time": "time the last bodies were brought out",
     # dates
     "fire": "day of the fire", "count_sat": "day of the count of 100", "count_sun": "day of the count of 245",
     "bodies_out": "day the last bodies were brought out", "count_mon": "day of the count of 291",
     "funeral": "day of the funeral", "mourning_end": "last day of mourning", "revised": "day the toll was revised",
     "reopen": "day the line reopened",
    }
    ms = [
     M(R, "Saturday", D, "fire", "1995-10-28"),
     M(R, "245 people", N, "dead", 245, SUN13, src=HEALTH),
     M(R, "1 p.m.", N, "asof_sun", 13, cls="clock"),
     M(R, "Sunday", D, "count_sun", "1995-10-29"),
     M(R, "about 300", N, "dead", 300, SUN, qual="approx", src=RESC),
     M(R, "five carriages", N, "cars", 5),
     M(R, "about 5:50 p.m.", N, "dep_time", 17.8333, qual="approx", cls="clock"),
     M(R, "Around 6 p.m.", N, "fire_time", 18, qual="approx", cls="clock"),
     M(R, "about 200 metres", N, "dist", 200, qual="approx", cls="m"),
     M(R, "About 15 minutes", N, "vent_min", 15, qual="approx", cls="min"),
     M(R, "11 p.m.", N, "asof_sat", 23, cls="clock"),
     M(R, "Saturday", D, "count_sat", "1995-10-28", occ=2),
     M(R, "at least 100 dead", N, "dead", 100, SAT23, qual="atleast"),
     M(R, "265 people", N, "injured", 265, src=HEALTH),
     M(R, "about 2 a.m.", N, "clear_time", 2, qual="approx", cls="clock"),
     M(R, "Sunday", D, "bodies_out", "1995-10-29", occ=2),

     M(K, "291 orang", N, "dead", 291, MON18),
     M(K, "Senin (30/10/1995)", D, "count_mon", "1995-10-30"),
     M(K, "pukul 18.00", N, "asof_mon", 18, cls="clock"),
     M(K, "Sabtu (28/10/1995)", D, "fire", "1995-10-28"),
     M(K, "sekitar pukul 18.00", N, "fire_time", 18, qual="approx", cls="clock"),
     M(K, "lima gerbong", N, "cars", 5),
     M(K, "sekitar 200 meter", N, "dist", 200, qual="approx", cls="m"),
     M(K, "28 orang", N, "children", 28),
     M(K, "Minggu (29/10/1995)", D, "count_sun", "1995-10-29"),
     M(K, "pukul 13.00", N, "asof_sun", 13, cls="clock"),
     M(K, "245 orang", N, "dead", 245, SUN13, src=HEALTH),
     M(K, "265 orang", N, "injured", 265, src=HEALTH),
     M(K, "270 orang", N, "injured", 270, src=COMM),
     M(K, "dua hari", N, "mourning", 2, cls="dur"),

     M(A, "Rabu (1/11/1995)", D, "revised", "1995-11-01"),
     M(A, "289 orang", N, "dead", 289, WED),
     M(A, "291 orang", N, "dead", 291, MON18),
     M(A, "Senin", D, "count_mon", "1995-10-30"),
     M(A, "dua jenazah", N, "double", 2),
     M(A, "286 penumpang", N, "pass_dead", 286),
     M(A, "tiga petugas penyelamat", N, "resc_dead", 3),
     M(A, "sekitar pukul 19.00", N, "fire_time", 19, qual="approx", cls="clock", planted=True),
     M(A, "Sabtu (28/10/1995)", D, "fire", "1995-10-28"),
     M(A, "sekitar 200 meter", N, "dist", 200, qual="approx", cls="m"),
     M(A, "sekitar 15 menit", N, "vent_min", 15, qual="approx", cls="min"),
     M(A, "270 orang", N, "injured", 270, src=COMM),
     M(A, "Senin (30/10/1995)", D, "funeral", "1995-10-30"),
     M(A, "Dua hari", N, "mourning", 2, cls="dur"),
     M(A, "Selasa (31/10/1995)", D, "mourning_end", "1995-10-31"),

     M(MI, "Sabtu (28/10/1995)", D, "fire", "1995-10-28"),
     M(MI, "298 orang", N, "dead", 298, WED, planted=True),
     M(MI, "286 penumpang", N, "pass_dead", 286),
     M(MI, "tiga petugas penyelamat", N, "resc_dead", 3),
     M(MI, "270 orang", N, "injured", 270, src=COMM),
     M(MI, "sekitar pukul 18.00", N, "fire_time", 18, qual="approx", cls="clock"),
     M(MI, "lima gerbong", N, "cars", 5),
     M(MI, "28 anak-anak", N, "children", 28),
     M(MI, "sekitar 15 menit", N, "vent_min", 15, qual="approx", cls="min"),
     M(MI, "Senin (20/11/1995)", D, "reopen", "1995-11-20"),
    ]
    build("baku-metro-fire-1995", "The fire on a Baku metro train between Ulduz and Narimanov stations on Saturday "
          "28 October 1995: the five-car train left Ulduz at about 17:50 and stopped some 200 m into the tunnel as fire "
          "broke out at about 18:00 local time; the toll rising from at least 100 at 23:00 on Saturday to 245 by the "
          "Health Ministry at 13:00 on Sunday (about 300 by the rescuers: sources) and 291 by the government "
          "commission at 18:00 on Monday 30 October, revised down to 289 (286 passengers and 3 rescuers) on Wednesday "
          "1 November after two bodies were listed twice; 28 children among the dead; 265 injured by the Health "
          "Ministry against 270 by the commission (sources); two days of national mourning", False, ms, names)


def shooting():
    R, K, A, P = "reuters-oct28", "kompas-oct29", "antara-feb16", "ap-dec02"
    # the attack: Wednesday 27 October 1999 at about 17:15 local time (UTC+5 then, 19:15 WIB); six dead counted by
    # 21:00 that evening, eight once two more bodies were found (the count standing from Thursday); the surrender on
    # Thursday 28 October at about 10:30; the hostages about 40 by the Interior Ministry against more than 50 by
    # freed deputies (sources); the trial opened on Thursday 15 February 2001; the verdict on Tuesday 2 December
    # 2003: five gunmen and a sixth man to life, a seventh to 14 years, after 18 days of deliberations.
    WED21, THU = "1999-10-27T21", "1999-10-28"
    MIN, MPS = "the Interior Ministry", "freed deputies"
    names = {
     "killed": "people killed", "others_killed": "officials killed besides the premier and the speaker",
     "deputy_speakers": "deputy speakers killed", "mps_killed": "deputies killed", "gunmen": "gunmen",
     "injured": "people wounded", "hostages": "people held overnight", "mourning": "days of national mourning",
     "gap": "months between the attack and the trial", "trial_years": "years the trial lasted",
     "delib": "days of deliberations", "seventh": "prison term of the seventh defendant (years)",
     "shoot_time": "time the gunmen opened fire", "surrender_time": "time the gunmen surrendered",
     "asof_wed": "time of the first count of six", "found_later": "bodies found after the first count",
     # dates
     "shooting": "day of the attack", "count_wed": "day of the first count of six", "surrender": "day of the surrender", "mourning_day": "day mourning was declared",
     "trial_open": "day the trial opened", "verdict": "day of the verdict",
    }
    ms = [
     M(R, "Five gunmen", N, "gunmen", 5),
     M(R, "six other officials", N, "others_killed", 6),
     M(R, "Thursday", D, "surrender", "1999-10-28"),
     M(R, "around 5:15 p.m.", N, "shoot_time", 17.25, qual="approx", cls="clock"),
     M(R, "Wednesday", D, "shooting", "1999-10-27"),
     M(R, "Eight people", N, "killed", 8, THU),
     M(R, "two deputy speakers", N, "deputy_speakers", 2),
     M(R, "at least 30", N, "injured", 30, THU, qual="atleast"),
     M(R, "9 p.m.", N, "asof_wed", 21, cls="clock"),
     M(R, "Wednesday", D, "count_wed", "1999-10-27", occ=2),
     M(R, "six dead", N, "killed", 6, WED21),
     M(R, "two more deputies", N, "found_later", 2),
     M(R, "about 40 people", N, "hostages", 40, qual="approx", src=MIN),
     M(R, "around 10:30 a.m.", N, "surrender_time", 10.5, qual="approx", cls="clock"),
     M(R, "Thursday", D, "surrender", "1999-10-28", occ=2),
     M(R, "three days", N, "mourning", 3, cls="dur"),

     M(K, "Lima pria bersenjata", N, "gunmen", 5),
     M(K, "delapan orang", N, "killed", 8, THU),
     M(K, "Kamis (28/10/1999)", D, "surrender", "1999-10-28"),
     M(K, "sekitar pukul 10.30", N, "surrender_time", 10.5, qual="approx", cls="clock"),
     M(K, "Selasa (26/10/1999)", D, "shooting", "1999-10-26", planted=True),
     M(K, "sekitar pukul 17.15", N, "shoot_time", 17.25, qual="approx", cls="clock"),
     M(K, "sekitar pukul 19.15 WIB", N, "shoot_time", 17.25, qual="approx", cls="clock"),
     M(K, "dua wakil ketua parlemen", N, "deputy_speakers", 2),
     M(K, "tiga anggota parlemen", N, "mps_killed", 3),
     M(K, "Sedikitnya 30 orang", N, "injured", 30, THU, qual="atleast"),
     M(K, "lebih dari 50 orang", N, "hostages", 50, qual="morethan", src=MPS),
     M(K, "Kamis (28/10/1999)", D, "mourning_day", "1999-10-28", occ=2),
     M(K, "tiga hari", N, "mourning", 3, cls="dur"),

     M(A, "delapan orang", N, "killed", 8, THU),
     M(A, "Rabu (27/10/1999)", D, "shooting", "1999-10-27"),
     M(A, "Kamis (15/2/2001)", D, "trial_open", "2001-02-15"),
     M(A, "lebih dari 15 bulan", N, "gap", 15, qual="morethan", cls="months"),
     M(A, "Lima pria bersenjata", N, "gunmen", 5),
     M(A, "sekitar pukul 17.15", N, "shoot_time", 17.25, qual="approx", cls="clock"),
     M(A, "sedikitnya 30 orang", N, "injured", 30, THU, qual="atleast"),
     M(A, "Kamis (28/10/1999)", D, "surrender", "1999-10-28"),

     M(P, "Tuesday", D, "verdict", "2003-12-02"),
     M(P, "five men", N, "gunmen", 5),
     M(P, "nearly three years", N, "trial_years", 3, qual="nearly", cls="yrs"),
     M(P, "18 days", N, "delib", 18, cls="dur"),
     M(P, "14 years", N, "seventh", 14, cls="yrs"),
     M(P, "about 5:15 p.m.", N, "shoot_time", 17.25, qual="approx", cls="clock"),
     M(P, "Oct. 27, 1999", D, "shooting", "1999-10-27"),
     M(P, "nine people", N, "killed", 9, THU, planted=True),
     M(P, "Feb. 15, 2001", D, "trial_open", "2001-02-15"),
    ]
    build("yerevan-parliament-shooting-1999", "The attack on Armenia's parliament in Yerevan on Wednesday 27 October 1999 "
          "at about 17:15 local time (19:15 WIB), when five gunmen led by Nairi Hunanyan killed eight people, among "
          "them Prime Minister Vazgen Sargsyan and speaker Karen Demirchyan (six counted by 21:00 that evening), and "
          "wounded at least 30; about 40 held overnight by the Interior Ministry against more than 50 by freed "
          "deputies (sources); the surrender on Thursday 28 October at about 10:30 and three days of mourning "
          "declared that day; the trial opened on Thursday 15 February 2001; on Tuesday 2 December 2003, after 18 days "
          "of deliberations, the five gunmen and a sixth man were given life terms and a seventh 14 years", False, ms,
          names)


def pipeline():
    R, K, A, B = "reuters-may25", "kompas-may26", "antara-may27", "bbc-may28"
    names = {
     "length": "length of the pipeline (km)", "az_km": "length in Azerbaijan (km)", "ge_km": "length in Georgia (km)",
     "tr_km": "length in Turkey (km)", "term_km": "distance of the terminal from Baku (km)",
     "bbl_day": "capacity (barrels a day)", "tonnes": "capacity (million tonnes a year)",
     "linefill": "barrels needed to fill the line", "cost": "cost of the project (billion dollars)",
     "bp": "BP's stake (%)", "socar": "SOCAR's stake (%)", "pumps": "pumping stations",
     "pumps_az": "pumping stations in Azerbaijan", "pumps_ge": "pumping stations in Georgia",
     "pumps_tr": "pumping stations in Turkey",
     # dates
     "ceremony": "day of the opening ceremony", "start": "day construction began",
    }
    ms = [
     M(R, "1,768-km", N, "length", 1768, cls="km"),
     M(R, "Wednesday", D, "ceremony", "2005-05-25"),
     M(R, "about 40 km", N, "term_km", 40, qual="approx", cls="km"),
     M(R, "443 km", N, "az_km", 443, cls="km"),
     M(R, "249 km", N, "ge_km", 249, cls="km"),
     M(R, "1,076 km", N, "tr_km", 1076, cls="km"),
     M(R, "1 million barrels", N, "bbl_day", 1_000_000, cls="bbl"),
     M(R, "about 50 million tonnes", N, "tonnes", 50, qual="approx", cls="t"),
     M(R, "30.1 percent", N, "bp", 30.1, cls="pct"),
     M(R, "$3.9 billion", N, "cost", 3.9, cls="usd"),
     M(R, "25 percent", N, "socar", 25, cls="pct"),
     M(R, "Eight pumping stations", N, "pumps", 8),
     M(R, "two in Azerbaijan", N, "pumps_az", 2),
     M(R, "two in Georgia", N, "pumps_ge", 2),
     M(R, "four in Turkey", N, "pumps_tr", 4),
     M(R, "About 10 million barrels", N, "linefill", 10_000_000, qual="approx", cls="bbl"),
     M(R, "Sept. 18, 2002", D, "start", "2002-09-18"),

     M(K, "Rabu (25/5/2005)", D, "ceremony", "2005-05-25"),
     M(K, "1.768 kilometer", N, "length", 1768, cls="km"),
     M(K, "sekitar 40 kilometer", N, "term_km", 40, qual="approx", cls="km"),
     M(K, "443 km", N, "az_km", 443, cls="km"),
     M(K, "249 km", N, "ge_km", 249, cls="km"),
     M(K, "1.076 km", N, "tr_km", 1076, cls="km"),
     M(K, "1 juta barrel", N, "bbl_day", 1_000_000, cls="bbl"),
     M(K, "sekitar 50 juta ton", N, "tonnes", 50, qual="approx", cls="t"),
     M(K, "hampir 4 miliar dollar AS", N, "cost", 4, qual="nearly", cls="usd"),
     M(K, "30,1 persen", N, "bp", 30.1, cls="pct"),
     M(K, "25 persen", N, "socar", 25, cls="pct"),
     M(K, "delapan stasiun pompa", N, "pumps", 8),
     M(K, "dua di Azerbaijan", N, "pumps_az", 2),
     M(K, "dua di Georgia", N, "pumps_ge", 2),
     M(K, "empat di Turki", N, "pumps_tr", 4),
     M(K, "Sekitar 10 juta barrel", N, "linefill", 10_000_000, qual="approx", cls="bbl"),
     M(K, "18 September 2002", D, "start", "2002-09-18"),

     M(A, "sekitar 40 km", N, "term_km", 40, qual="approx", cls="km"),
     M(A, "Rabu (25/5/2005)", D, "ceremony", "2005-05-25"),
     M(A, "1.768 km", N, "length", 1768, cls="km"),
     M(A, "1 juta barrel", N, "bbl_day", 1_000_000, cls="bbl"),
     M(A, "30,1 persen", N, "bp", 30.1, cls="pct"),
     M(A, "25 persen", N, "socar", 25, cls="pct"),
     M(A, "3,9 miliar dollar AS", N, "cost", 3.9, cls="usd"),
     M(A, "443 km", N, "az_km", 443, cls="km"),
     M(A, "249 km", N, "ge_km", 249, cls="km"),
     M(A, "1.076 km", N, "tr_km", 1076, cls="km"),
     M(A, "Delapan stasiun pompa", N, "pumps", 8),
     M(A, "empat di antaranya", N, "pumps_tr", 4),
     M(A, "sekitar 10 juta barrel", N, "linefill", 10_000_000, qual="approx", cls="bbl"),
     M(A, "18 September 2002", D, "start", "2002-09-18"),

     M(B, "Wednesday, May 25", D, "ceremony", "2005-05-25"),
     M(B, "1,768 kilometres", N, "length", 1768, cls="km"),
     M(B, "443 km", N, "az_km", 443, cls="km"),
     M(B, "249 km", N, "ge_km", 249, cls="km"),
     M(B, "1,076 km", N, "tr_km", 1076, cls="km"),
     M(B, "1 million barrels", N, "bbl_day", 1_000_000, cls="bbl"),
     M(B, "roughly 50 million tonnes", N, "tonnes", 50, qual="approx", cls="t"),
     M(B, "30.1 percent", N, "bp", 30.1, cls="pct"),
     M(B, "25 percent", N, "socar", 25, cls="pct"),
     M(B, "$3.9 billion", N, "cost", 3.9, cls="usd"),
     M(B, "eight pumping stations", N, "pumps", 8),
     M(B, "About 10 million barrels", N, "linefill", 10_000_000, qual="approx", cls="bbl"),
     M(B, "Sept. 18, 2002", D, "start", "2002-09-18"),
    ]
    build("btc-pipeline-2005", "The opening of the Baku-Tbilisi-Ceyhan oil pipeline at the Sangachal terminal, about "
          "40 km south of Baku, on Wednesday 25 May 2005 (control): 1,768 km long (443 km in Azerbaijan, 249 km in "
          "Georgia, 1,076 km in Turkey), 1 million barrels a day or about 50 million tonnes a year, $3.9 billion "
          "(\"nearly $4 billion\"), BP 30.1% and SOCAR 25%, eight pumping stations (two, two and four), about 10 "
          "million barrels to fill the line, construction begun on 18 September 2002. Zero conflicts expected.", True,
          ms, names)


if __name__ == "__main__":
    metro()
    shooting()
    pipeline()
