"""The three-hundred-and-eightieth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset380/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def hejce():
    R, K, T, A = "reuters-jan20", "kompas-jan21", "antara-jan24", "ap-feb10"
    # as-of times of the running tally of bodies recovered by the Hungarian rescuers: noon on Friday 20 January 2006
    # (29) and Saturday 21 January (all 42). The toll (42), the people aboard (43) and the rescuers do not change
    # with the day of the report; the rescuers are counted by the Hungarian police (about 300) and by the Slovak
    # defence ministry (200): sources.
    FRI, SAT = "2006-01-20", "2006-01-21"
    POLICE, MOD = "the Hungarian police", "the Slovak defence ministry"
    names = {
     "aboard": "people aboard the plane", "dead": "people killed in the crash",
     "recovered": "bodies recovered from the wreckage", "rescuers": "rescuers at the crash site",
     # dates
     "crash": "day of the crash", "count_fri": "day of the count of 29 bodies",
     "count_sat": "day all the bodies were recovered", "mourning": "day national mourning was declared",
     "ceremony": "day of the farewell ceremony in Kosice", "recorder": "day the flight recorder was found",
     "resign": "day the defence minister resigned", "findings": "day the investigators gave preliminary findings",
    }
    ms = [
     M(R, "Thursday", D, "crash", "2006-01-19"),
     M(R, "43 people", N, "aboard", 43),
     M(R, "42 people", N, "dead", 42),
     M(R, "29 bodies", N, "recovered", 29, FRI, src=POLICE),
     M(R, "Friday", D, "count_fri", "2006-01-20"),
     M(R, "about 300 rescuers", N, "rescuers", 300, qual="approx", src=POLICE),
     M(R, "200 rescuers", N, "rescuers", 200, src=MOD),
     M(R, "Friday", D, "mourning", "2006-01-20", occ=3),

     M(K, "42 jenazah", N, "recovered", 42, SAT, src=POLICE),
     M(K, "Sabtu (21/1/2006)", D, "count_sat", "2006-01-21"),
     M(K, "Jumat (20/1/2006)", D, "count_fri", "2006-01-20"),
     M(K, "29 jenazah", N, "recovered", 29, FRI, src=POLICE),
     M(K, "Rabu (18/1/2006)", D, "crash", "2006-01-18", planted=True),
     M(K, "43 orang", N, "aboard", 43),
     M(K, "sekitar 300 petugas", N, "rescuers", 300, qual="approx", src=POLICE),
     M(K, "sejak Jumat", D, "mourning", "2006-01-20"),
     M(K, "Selasa (24/1/2006)", D, "ceremony", "2006-01-24"),

     M(T, "42 korban", N, "dead", 42),
     M(T, "Selasa (24/1/2006)", D, "ceremony", "2006-01-24"),
     M(T, "Kamis (19/1/2006)", D, "crash", "2006-01-19"),
     M(T, "43 orang", N, "aboard", 43),
     M(T, "sekitar 200 petugas", N, "rescuers", 200, qual="approx", src=MOD),
     M(T, "Jumat lalu", D, "recorder", "2006-01-20"),
     M(T, "Jumat (20/1/2006)", D, "mourning", "2006-01-20"),

     M(A, "Feb. 1", D, "resign", "2006-02-01"),
     M(A, "42 people", N, "dead", 42),
     M(A, "34 people", N, "aboard", 34, planted=True),
     M(A, "Jan. 19", D, "crash", "2006-01-19"),
     M(A, "Jan. 20", D, "mourning", "2006-01-20"),
     M(A, "Jan. 24", D, "ceremony", "2006-01-24"),
     M(A, "Thursday", D, "findings", "2006-02-09"),
    ]
    build("hejce-crash-2006", "The crash of a Slovak air force Antonov An-24 bringing peacekeepers home from the "
          "Balkans near Hejce in northeastern Hungary on Thursday 19 January 2006: 43 aboard, 42 killed, one "
          "survivor; 29 bodies recovered by noon on Friday 20 January and all 42 by Saturday 21 January; about 300 "
          "rescuers by the Hungarian police's count against 200 by the Slovak defence ministry's; national mourning "
          "declared on Friday 20 January, the farewell ceremony at Kosice airport on Tuesday 24 January and the "
          "defence minister Juraj Liska's resignation on Wednesday 1 February 2006", False, ms, names)


def studenka():
    R, K, T, A = "reuters-aug08", "kompas-aug09", "detik-aug11", "ap-sep01"
    # as-of times of the toll: the first hours after the crash on Friday 8 August 2008 (at least 10, the rescue
    # service's first figure), Friday evening (seven: a downward revision), Saturday 9 August (eight, after a
    # woman died in hospital). The injured are counted by the rescue service (64) and by the police (almost 100):
    # sources. The passengers and the seriously injured do not change with the day of the report.
    EARLY, EVE, SAT = "2008-08-08a", "2008-08-08b", "2008-08-09"
    RESCUE, POLICE = "the regional rescue service", "the police"
    names = {
     "dead": "people killed in the crash", "injured": "people injured", "serious": "people seriously injured",
     "passengers": "passengers aboard the train",
     # dates
     "crash": "day of the crash", "count_fri": "day of the count of seven", "count_sat": "day of the count of eight",
     "consul": "day the Polish consul came to the town", "cabinet": "day the government agreed the aid",
     "reopen": "day the line reopened", "flowers": "day officials laid flowers at the site",
    }
    ms = [
     M(R, "Friday", D, "crash", "2008-08-08"),
     M(R, "seven people", N, "dead", 7, EVE),
     M(R, "at least 10 people", N, "dead", 10, EARLY, qual="atleast"),
     M(R, "seven", N, "dead", 7, EVE, occ=2),
     M(R, "Friday evening", D, "count_fri", "2008-08-08"),
     M(R, "around 400 passengers", N, "passengers", 400, qual="approx"),
     M(R, "64 people", N, "injured", 64, src=RESCUE),
     M(R, "12 of them", N, "serious", 12),
     M(R, "almost 100 people", N, "injured", 100, qual="nearly", src=POLICE),
     M(R, "Friday afternoon", D, "consul", "2008-08-08"),

     M(K, "delapan orang", N, "dead", 8, SAT),
     M(K, "Sabtu (9/8/2008)", D, "count_sat", "2008-08-09"),
     M(K, "Jumat (8/8/2008)", D, "count_fri", "2008-08-08"),
     M(K, "tujuh orang", N, "dead", 7, EVE),
     M(K, "Jumat pagi", D, "crash", "2008-08-08"),
     M(K, "64 orang", N, "injured", 64, src=RESCUE),
     M(K, "12 di antaranya", N, "serious", 12),
     M(K, "sekitar 400 penumpang", N, "passengers", 400, qual="approx"),

     M(T, "Senin (11/8/2008)", D, "cabinet", "2008-08-11"),
     M(T, "delapan korban", N, "dead", 8, SAT),
     M(T, "Jumat (8/8/2008)", D, "crash", "2008-08-08"),
     M(T, "46 orang", N, "injured", 46, src=RESCUE, planted=True),
     M(T, "mendekati 100 orang", N, "injured", 100, qual="nearly", src=POLICE),
     M(T, "12 korban", N, "serious", 12),
     M(T, "Rabu (13/8/2008)", D, "reopen", "2008-08-13"),

     M(A, "Aug. 13", D, "reopen", "2008-08-13"),
     M(A, "Aug. 7", D, "crash", "2008-08-07", planted=True),
     M(A, "eight people", N, "dead", 8, SAT),
     M(A, "about 400 people", N, "passengers", 400, qual="approx"),
     M(A, "Sixty-four people", N, "injured", 64, src=RESCUE),
     M(A, "Aug. 11", D, "cabinet", "2008-08-11"),
     M(A, "Aug. 12", D, "flowers", "2008-08-12"),
    ]
    build("studenka-train-2008", "The crash of the EuroCity express from Krakow to Prague into a road bridge that "
          "had collapsed onto the track at Studenka in the eastern Czech Republic on Friday 8 August 2008: a toll "
          "first given as at least 10, lowered to seven by Friday evening and raised to eight on Saturday 9 August "
          "after a woman died in hospital; 64 injured (12 seriously) by the rescue service's count against almost "
          "100 by the police's; about 400 passengers; the government's aid on Monday 11 August and the line's "
          "reopening on Wednesday 13 August 2008", False, ms, names)


def eu_vote():
    R, K, T, A = "reuters-jun14", "kompas-jun15", "antara-jun16", "ap-jun17"
    names = {
     "yes": "share voting yes", "no": "share voting no", "turnout": "turnout",
     "sk_yes": "Slovakia's yes share in May", "sk_turnout": "Slovakia's turnout in May",
     "others": "other countries joining with the Czech Republic", "members": "members of the enlarged union",
     # dates
     "start": "first day of the vote", "end": "last day of the vote", "join": "day of accession",
     "treaty": "day the accession treaty was signed", "sk_vote": "month of Slovakia's referendum",
    }
    ms = [
     M(R, "Saturday", D, "end", "2003-06-14"),
     M(R, "77.33 percent", N, "yes", 77.33, cls="pct"),
     M(R, "22.67 percent", N, "no", 22.67, cls="pct"),
     M(R, "55.21 percent", N, "turnout", 55.21, cls="pct"),
     M(R, "Friday", D, "start", "2003-06-13"),
     M(R, "Saturday", D, "end", "2003-06-14", occ=2),
     M(R, "May 1, 2004", D, "join", "2004-05-01"),
     M(R, "nine other countries", N, "others", 9),
     M(R, "in May", D, "sk_vote", "2003-05"),
     M(R, "92.46 percent", N, "sk_yes", 92.46, cls="pct"),
     M(R, "52.15 percent", N, "sk_turnout", 52.15, cls="pct"),
     M(R, "April 16", D, "treaty", "2003-04-16"),

     M(K, "77,33 persen", N, "yes", 77.33, cls="pct"),
     M(K, "Sabtu (14/6/2003)", D, "end", "2003-06-14"),
     M(K, "22,67 persen", N, "no", 22.67, cls="pct"),
     M(K, "55,21 persen", N, "turnout", 55.21, cls="pct"),
     M(K, "Jumat (13/6/2003)", D, "start", "2003-06-13"),
     M(K, "1 Mei 2004", D, "join", "2004-05-01"),
     M(K, "sembilan negara", N, "others", 9),
     M(K, "16 April 2003", D, "treaty", "2003-04-16"),
     M(K, "92,46 persen", N, "sk_yes", 92.46, cls="pct"),
     M(K, "52,15 persen", N, "sk_turnout", 52.15, cls="pct"),

     M(T, "Hampir 78 persen", N, "yes", 78, qual="nearly", cls="pct"),
     M(T, "Sabtu lalu", D, "end", "2003-06-14"),
     M(T, "77,33 persen", N, "yes", 77.33, cls="pct"),
     M(T, "22,67 persen", N, "no", 22.67, cls="pct"),
     M(T, "55,21 persen", N, "turnout", 55.21, cls="pct"),
     M(T, "Jumat (13/6/2003)", D, "start", "2003-06-13"),
     M(T, "Sabtu (14/6/2003)", D, "end", "2003-06-14"),
     M(T, "1 Mei 2004", D, "join", "2004-05-01"),
     M(T, "sembilan negara", N, "others", 9),
     M(T, "pada Mei", D, "sk_vote", "2003-05"),
     M(T, "92,46 persen", N, "sk_yes", 92.46, cls="pct"),
     M(T, "16 April 2003", D, "treaty", "2003-04-16"),
     M(T, "25 negara", N, "members", 25),

     M(A, "Saturday", D, "end", "2003-06-14"),
     M(A, "77.33 per cent", N, "yes", 77.33, cls="pct"),
     M(A, "22.67 per cent", N, "no", 22.67, cls="pct"),
     M(A, "55.21 per cent", N, "turnout", 55.21, cls="pct"),
     M(A, "Friday", D, "start", "2003-06-13"),
     M(A, "Saturday", D, "end", "2003-06-14", occ=2),
     M(A, "May 1, 2004", D, "join", "2004-05-01"),
     M(A, "nine other", N, "others", 9),
     M(A, "in May", D, "sk_vote", "2003-05"),
     M(A, "92.46 per cent", N, "sk_yes", 92.46, cls="pct"),
     M(A, "52.15 per cent", N, "sk_turnout", 52.15, cls="pct"),
     M(A, "April 16", D, "treaty", "2003-04-16"),
     M(A, "25 members", N, "members", 25),
    ]
    build("czech-eu-vote-2003", "The Czech referendum on joining the European Union, held on Friday 13 and Saturday "
          "14 June 2003 (control): 77.33% yes, 22.67% no, turnout 55.21%, as the Czech Statistical Office announced; "
          "accession on 1 May 2004 with nine other countries (25 members), the accession treaty signed in Athens on "
          "16 April 2003; Slovakia's referendum of May 2003 (92.46% yes, turnout 52.15%) as another vote. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    hejce()
    studenka()
    eu_vote()
