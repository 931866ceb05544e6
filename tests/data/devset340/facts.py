"""The three-hundred-and-fortieth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset340/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def breitscheidplatz():
    R, K, T, A = "reuters-dec20", "kompas-dec21", "antara-dec24", "ap-dec20-2017"
    # as-of times of the running tallies: late on Monday 19 December 2016 (the police's first count: nine dead, 50
    # injured), Tuesday 20 December (12 dead, 48 injured by the police: the injured revised down; the fire brigade's
    # 53 injured the same day: sources), Friday 23 December (56 injured by the police, 12 dead), the first
    # anniversary of Tuesday 19 December 2017 (12 dead; about 70 injured by the victims' commissioner: sources). The
    # dead and the injured are not tallies that may fall. The reward and the dead at the market itself do not change.
    MONN, TUE, FRI, ANNIV = "2016-12-19b", "2016-12-20", "2016-12-23", "2017-12-19"
    POLICE, FIRE, BECK = "Berlin police", "the Berlin fire brigade", "the federal victims' commissioner Kurt Beck"
    names = {
     "dead": "people killed in the attack", "injured": "people injured in the attack",
     "market_dead": "victims who died at the market itself", "reward": "reward offered for the suspect (EUR)",
     # dates
     "attack": "day of the attack", "count_mon": "day of the police's first count", "count_tue": "day of the count "
     "of 12 dead and 48 injured", "merkel_visit": "day Merkel visited the scene", "release": "day the Pakistani man "
     "was released", "claim": "day of the Islamic State's claim", "shot": "day the suspect was shot dead near Milan",
     "warrant": "day the arrest warrant was issued", "count_fri": "day of the count of 56 injured",
     "memorial": "day the memorial was unveiled", "meeting": "day Merkel met the relatives",
    }
    ms = [
     M(R, "Monday evening", D, "attack", "2016-12-19"),
     M(R, "12 people", N, "dead", 12, TUE, src=POLICE),
     M(R, "48", N, "injured", 48, TUE, src=POLICE),
     M(R, "Tuesday", D, "count_tue", "2016-12-20"),
     M(R, "Monday night", D, "count_mon", "2016-12-19"),
     M(R, "nine dead", N, "dead", 9, MONN, src=POLICE),
     M(R, "50 injured", N, "injured", 50, MONN, src=POLICE),
     M(R, "12 dead", N, "dead", 12, TUE, src=POLICE),
     M(R, "Eleven of the victims", N, "market_dead", 11),
     M(R, "Tuesday", D, "merkel_visit", "2016-12-20", occ=2),

     M(K, "Selasa (20/12/2016)", D, "release", "2016-12-20"),
     M(K, "Minggu (18/12/2016)", D, "attack", "2016-12-18", planted=True),
     M(K, "Hingga Selasa", D, "count_tue", "2016-12-20"),
     M(K, "12 orang tewas", N, "dead", 12, TUE, src=POLICE),
     M(K, "48 orang", N, "injured", 48, TUE, src=POLICE),
     M(K, "53 orang", N, "injured", 53, TUE, src=FIRE),
     M(K, "sembilan orang tewas", N, "dead", 9, MONN, src=POLICE),
     M(K, "Selasa", D, "claim", "2016-12-20", occ=3),

     M(T, "Jumat (23/12/2016)", D, "shot", "2016-12-23"),
     M(T, "Rabu (21/12/2016)", D, "warrant", "2016-12-21"),
     M(T, "100.000 euro", N, "reward", 100000, cls="eur"),
     M(T, "Senin (19/12/2016)", D, "attack", "2016-12-19"),
     M(T, "12 orang", N, "dead", 12, FRI),
     M(T, "hingga Jumat", D, "count_fri", "2016-12-23"),
     M(T, "56 orang", N, "injured", 56, FRI, src=POLICE),

     M(A, "Tuesday", D, "memorial", "2017-12-19"),
     M(A, "12 people", N, "dead", 12, ANNIV),
     M(A, "Dec. 19, 2016", D, "attack", "2016-12-19"),
     M(A, "About 70 people", N, "injured", 70, ANNIV, qual="approx", src=BECK),
     M(A, "48", N, "injured", 48, TUE, src=POLICE),
     M(A, "Dec. 22", D, "shot", "2016-12-22", planted=True),
     M(A, "Dec. 21, 2016", D, "warrant", "2016-12-21"),
     M(A, "Monday", D, "meeting", "2017-12-18"),
    ]
    build("breitscheidplatz-2016", "The truck attack on the Christmas market at the Breitscheidplatz in Berlin "
          "(Monday 19 December 2016): the police's first count of nine dead and 50 injured late on Monday, 12 dead and "
          "48 injured on Tuesday 20 December (the injured revised down), the fire brigade's 53 injured the same day, "
          "56 injured by the police on Friday 23 December, about 70 injured by the victims' commissioner at the first "
          "anniversary; the Pakistani man released on Tuesday 20 December, the warrant for Anis Amri on Wednesday 21 "
          "December (a reward of up to EUR 100,000), his death in a police shoot-out at Sesto San Giovanni near Milan "
          "early on Friday 23 December; the memorial unveiled on Tuesday 19 December 2017", False, ms, names)


def eschede():
    R, K, T, A = "reuters-jun03", "kompas-jun05", "antara-jun08", "ap-aug29-2002"
    # as-of times of the police's toll: Wednesday evening 3 June 1998 (at least 80), Thursday night 4 June (96),
    # Sunday 7 June (100, once injured passengers had died in hospital), the trial's opening on Wednesday 28 August
    # 2002 (101, no source named). The seriously injured (88), the speed (about 200 km/h), the passengers aboard (the
    # police's estimate of about 300 against Deutsche Bahn's 287: sources) and the fleet are not running tallies.
    WEDN, THUN, SUN, TRIAL = "1998-06-03b", "1998-06-04b", "1998-06-07", "2002-08-28"
    POLICE, DB = "the Lower Saxony police", "Deutsche Bahn"
    names = {
     "dead": "people killed in the derailment", "serious": "people seriously injured",
     "aboard": "people on board the train", "speed": "the train's speed (km/h)",
     "fleet": "first-generation ICE trainsets to be checked",
     # dates
     "crash": "day of the derailment", "night": "night of the rescue", "service": "year the ICE entered service",
     "count_thu": "day of the count of 96", "count_sun": "day of the count of 100",
     "order": "day the railway authority ordered the checks", "trial": "day the trial opened",
    }
    ms = [
     M(R, "Wednesday", D, "crash", "1998-06-03"),
     M(R, "at least 80 people", N, "dead", 80, WEDN, qual="atleast", src=POLICE),
     M(R, "about 200 kph", N, "speed", 200, qual="approx", cls="speed"),
     M(R, "About 300 people", N, "aboard", 300, qual="approx", src=POLICE),
     M(R, "Wednesday night", D, "night", "1998-06-03"),
     M(R, "1991", D, "service", "1991"),

     M(K, "96 orang", N, "dead", 96, THUN, src=POLICE),
     M(K, "Kamis (4/6/1998)", D, "count_thu", "1998-06-04"),
     M(K, "Rabu (3/6/1998)", D, "crash", "1998-06-03"),
     M(K, "88 orang", N, "serious", 88),
     M(K, "287 penumpang", N, "aboard", 287, src=DB),
     M(K, "sekitar 200 kilometer per jam", N, "speed", 200, qual="approx", cls="speed"),

     M(T, "Jumat (5/6/1998)", D, "order", "1998-06-05"),
     M(T, "59 rangkaian", N, "fleet", 59),
     M(T, "Minggu (7/6/1998)", D, "count_sun", "1998-06-07"),
     M(T, "100 orang", N, "dead", 100, SUN, src=POLICE),
     M(T, "78 orang", N, "serious", 78, planted=True),
     M(T, "Rabu (3/6/1998)", D, "crash", "1998-06-03"),

     M(A, "Wednesday", D, "trial", "2002-08-28"),
     M(A, "1998", D, "crash", "1998"),
     M(A, "101 people", N, "dead", 101, TRIAL),
     M(A, "June 3, 1998", D, "crash", "1998-06-03"),
     M(A, "about 250 kph", N, "speed", 250, qual="approx", cls="speed", planted=True),
     M(A, "88 people", N, "serious", 88),
     M(A, "June 5, 1998", D, "order", "1998-06-05"),
    ]
    build("eschede-ice-1998", "The derailment of the ICE 884 high-speed train at Eschede in Lower Saxony (Wednesday "
          "3 June 1998): the police's toll of at least 80 dead on Wednesday evening, 96 on Thursday night 4 June, 100 "
          "on Sunday 7 June, 101 at the trial; 88 seriously injured; about 200 km/h; the police's estimate of about "
          "300 on board against Deutsche Bahn's 287; the federal railway authority's order of Friday 5 June 1998 to "
          "check the 59 first-generation ICE trainsets; the trial of three engineers opened in Lueneburg on Wednesday "
          "28 August 2002", False, ms, names)


def referendum():
    R, K, T, A = "reuters-jun09", "kompas-jun10", "antara-jun11", "ap-jun12"
    names = {
     "yes": "share voting yes (%)", "no": "share voting no (%)", "turnout": "turnout (%)",
     "threshold": "turnout needed for a binding result (%)", "pop": "Poland's population",
     "joining": "countries due to join the EU", "others": "other candidate countries alongside Poland",
     # dates
     "vote": "the two days of voting", "day1": "the first day of voting", "day2": "the second day of voting",
     "announce": "day the official result was announced", "accession": "day of accession",
     "treaty": "day the accession treaty was signed", "czech": "the Czech referendum",
    }
    ms = [
     M(R, "77.45 percent", N, "yes", 77.45, cls="pct"),
     M(R, "22.55 percent", N, "no", 22.55, cls="pct"),
     M(R, "Monday", D, "announce", "2003-06-09"),
     M(R, "Saturday and Sunday", D, "vote", "2003-06-07"),
     M(R, "58.85 percent", N, "turnout", 58.85, cls="pct"),
     M(R, "50 percent", N, "threshold", 50, cls="pct"),
     M(R, "about 38 million people", N, "pop", 38000000, qual="approx"),
     M(R, "10 states", N, "joining", 10),
     M(R, "May 1, 2004", D, "accession", "2004-05-01"),
     M(R, "Saturday", D, "day1", "2003-06-07", occ=2),
     M(R, "April 16", D, "treaty", "2003-04-16"),
     M(R, "other nine candidate countries", N, "others", 9),

     M(K, "77,45 persen", N, "yes", 77.45, cls="pct"),
     M(K, "Sabtu dan Minggu (7-8/6/2003)", D, "vote", "2003-06-07"),
     M(K, "22,55 persen", N, "no", 22.55, cls="pct"),
     M(K, "Senin (9/6/2003)", D, "announce", "2003-06-09"),
     M(K, "58,85 persen", N, "turnout", 58.85, cls="pct"),
     M(K, "50 persen", N, "threshold", 50, cls="pct"),
     M(K, "1 Mei 2004", D, "accession", "2004-05-01"),
     M(K, "sembilan negara lain", N, "others", 9),
     M(K, "sekitar 38 juta jiwa", N, "pop", 38000000, qual="approx"),
     M(K, "10 calon anggota baru", N, "joining", 10),
     M(K, "16 April 2003", D, "treaty", "2003-04-16"),

     M(T, "77,45 persen", N, "yes", 77.45, cls="pct"),
     M(T, "22,55 persen", N, "no", 22.55, cls="pct"),
     M(T, "58,85 persen", N, "turnout", 58.85, cls="pct"),
     M(T, "50 persen", N, "threshold", 50, cls="pct"),
     M(T, "Senin lalu", D, "announce", "2003-06-09"),
     M(T, "Minggu (8/6/2003)", D, "day2", "2003-06-08"),
     M(T, "sekitar 38 juta penduduk", N, "pop", 38000000, qual="approx"),
     M(T, "1 Mei 2004", D, "accession", "2004-05-01"),
     M(T, "sembilan negara lain", N, "others", 9),
     M(T, "13 dan 14 Juni", D, "czech", "2003-06-13"),

     M(A, "77.45 percent", N, "yes", 77.45, cls="pct"),
     M(A, "22.55 percent", N, "no", 22.55, cls="pct"),
     M(A, "Monday", D, "announce", "2003-06-09"),
     M(A, "58.85 percent", N, "turnout", 58.85, cls="pct"),
     M(A, "50 percent", N, "threshold", 50, cls="pct"),
     M(A, "Saturday and Sunday", D, "vote", "2003-06-07"),
     M(A, "roughly 38 million people", N, "pop", 38000000, qual="approx"),
     M(A, "10 countries", N, "joining", 10),
     M(A, "May 1, 2004", D, "accession", "2004-05-01"),
     M(A, "nine other candidates", N, "others", 9),
     M(A, "April 16", D, "treaty", "2003-04-16"),
     M(A, "June 13-14", D, "czech", "2003-06-13"),
    ]
    build("poland-eu-vote-2003", "Poland's referendum on joining the European Union (Saturday and Sunday 7-8 June "
          "2003), its official result announced by the State Electoral Commission on Monday 9 June 2003 (control): "
          "77.45% yes, 22.55% no, turnout 58.85% against the 50% needed for a binding vote; about 38 million people; "
          "accession with nine other countries (10 in all) on 1 May 2004; the accession treaty signed in Athens on 16 "
          "April 2003; the Czech referendum of 13-14 June as another event. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    breitscheidplatz()
    eschede()
    referendum()
