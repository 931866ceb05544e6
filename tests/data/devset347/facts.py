"""The three-hundred-and-forty-seventh development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset347/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def thredbo():
    R, K, A, S = "reuters-jul31", "kompas-aug03", "antara-aug08", "smh-jun30"
    # as-of times of the running tallies: Thursday 31 July 1997 (the police's first count of 20 people in the
    # lodges), Sunday 3 August (the police's corrected count of 19, 18 presumed dead, three bodies recovered),
    # Friday 8 August (15 bodies recovered, three still buried: a count that falls as bodies are found), the
    # coroner's findings of Thursday 29 June 2000 (18 dead). The people in the lodges falling from 20 to 19 is a
    # revision. The debris is estimated by the engineers at the scene and by the police (sources). Diver's age, his
    # hours trapped and the two lodges do not change with the day of the report.
    JUL31, AUG3, AUG8, JUN2000 = "1997-07-31", "1997-08-03", "1997-08-08", "2000-06-29"
    POLICE, ENGINEERS = "New South Wales Police", "the engineers at the scene"
    names = {
     "in_lodges": "people in the two lodges when they collapsed", "dead": "people killed by the landslide",
     "recovered": "bodies recovered", "buried": "bodies still buried", "lodges": "lodges destroyed",
     "age": "Stuart Diver's age", "hours": "hours Diver was trapped", "debris": "tonnes of earth that slid",
     # dates
     "slide": "day of the landslide", "count_thu": "day of the police's first count",
     "count_sun": "day of the corrected count", "count_fri": "day of the count of 15 bodies",
     "rescue": "day Stuart Diver was rescued", "coroner": "day of the coroner's findings",
    }
    ms = [
     M(R, "Wednesday", D, "slide", "1997-07-30"),
     M(R, "Thursday", D, "count_thu", "1997-07-31"),
     M(R, "20 people", N, "in_lodges", 20, JUL31, src=POLICE),
     M(R, "about 3,500 tonnes", N, "debris", 3500, qual="approx", cls="tonnes", src=ENGINEERS),

     M(K, "27", N, "age", 27, cls="age"),
     M(K, "Sabtu (2/8/1997)", D, "rescue", "1997-08-02"),
     M(K, "56 jam", N, "hours", 56, cls="hours", planted=True),
     M(K, "dua pondok penginapan", N, "lodges", 2, cls="lodges"),
     M(K, "Rabu malam", D, "slide", "1997-07-30"),
     M(K, "Minggu (3/8/1997)", D, "count_sun", "1997-08-03"),
     M(K, "19 orang", N, "in_lodges", 19, AUG3, src=POLICE),
     M(K, "20 orang", N, "in_lodges", 20, JUL31, src=POLICE),
     M(K, "18 orang", N, "dead", 18, AUG3),
     M(K, "tiga jenazah", N, "recovered", 3, AUG3),

     M(A, "15 jenazah", N, "recovered", 15, AUG8),
     M(A, "Jumat (8/8/1997)", D, "count_fri", "1997-08-08"),
     M(A, "Tiga jenazah", N, "buried", 3, AUG8, fall=True),
     M(A, "sekitar 2.000 ton", N, "debris", 2000, qual="approx", cls="tonnes", src=POLICE),
     M(A, "Jumat (1/8/1997)", D, "rescue", "1997-08-01", planted=True),
     M(A, "27 tahun", N, "age", 27, cls="age"),
     M(A, "dua pondok", N, "lodges", 2, cls="lodges"),

     M(S, "18 people", N, "dead", 18, JUN2000),
     M(S, "Thursday", D, "coroner", "2000-06-29"),
     M(S, "July 30, 1997", D, "slide", "1997-07-30"),
     M(S, "18 victims", N, "dead", 18, JUN2000),
     M(S, "Aug. 2, 1997", D, "rescue", "1997-08-02"),
     M(S, "65 hours", N, "hours", 65, cls="hours"),
    ]
    build("thredbo-landslide-1997", "The Thredbo landslide in the Snowy Mountains of New South Wales (late on "
          "Wednesday 30 July 1997): the Carinya and Bimbadeen lodges destroyed; the police's first count of 20 people "
          "in the lodges (Thursday 31 July) corrected to 19 on Sunday 3 August; Stuart Diver, 27, the only survivor, "
          "rescued on Saturday 2 August 1997 after 65 hours; 18 dead; bodies recovered rising from three (Sunday 3 "
          "August) to 15 (Friday 8 August); the debris estimated by the engineers at the scene (about 3,500 tonnes) and "
          "by the police (about 2,000 tonnes); the coroner Derrick Hand's findings of Thursday 29 June 2000 (a leaking "
          "water main in the Alpine Way's fill)", False, ms, names)


def rainbow_warrior():
    R, K, A, P = "reuters-jul11", "kompas-sep24", "antara-nov05", "ap-nov23"
    # no running tally: the bombing, the arrest, the charge, the minister's resignation, the prime minister's
    # admission, the plea and the sentence are events on different days; the photographer's age and the two bombs do
    # not change with the day of the report.
    names = {
     "bombs": "bombs that sank the ship", "holes": "holes in the hull", "age": "Fernando Pereira's age",
     "mansl": "years for manslaughter", "damage": "years for wilful damage",
     # dates
     "bombing": "day of the bombing", "arrest": "day of the agents' arrest", "charged": "day the agents were charged",
     "resign": "day Charles Hernu resigned", "admit": "day the French prime minister admitted France's role",
     "plea": "day of the guilty pleas", "sentence": "day of the sentence",
    }
    ms = [
     M(R, "Two explosions", N, "bombs", 2, cls="bombs"),
     M(R, "Wednesday", D, "bombing", "1985-07-10"),
     M(R, "35", N, "age", 35, cls="age"),
     M(R, "two holes", N, "holes", 2, cls="bombs"),

     M(K, "Minggu (22/9/1985)", D, "admit", "1985-09-22"),
     M(K, "Jumat (20/9/1985)", D, "resign", "1985-09-20"),
     M(K, "dua bom", N, "bombs", 2, cls="bombs"),
     M(K, "Kamis (11/7/1985)", D, "bombing", "1985-07-11", planted=True),
     M(K, "35 tahun", N, "age", 35, cls="age"),
     M(K, "12 Juli", D, "arrest", "1985-07-12"),
     M(K, "24 Juli", D, "charged", "1985-07-24"),

     M(A, "Senin (4/11/1985)", D, "plea", "1985-11-04"),
     M(A, "22 November", D, "sentence", "1985-11-22"),
     M(A, "12 Juli", D, "arrest", "1985-07-12"),
     M(A, "10 Juli", D, "bombing", "1985-07-10"),
     M(A, "53 tahun", N, "age", 53, cls="age", planted=True),
     M(A, "20 September", D, "resign", "1985-09-20"),

     M(P, "Friday", D, "sentence", "1985-11-22"),
     M(P, "10 years", N, "mansl", 10, cls="years"),
     M(P, "seven years", N, "damage", 7, cls="years"),
     M(P, "Nov. 4", D, "plea", "1985-11-04"),
     M(P, "July 10", D, "bombing", "1985-07-10"),
     M(P, "35", N, "age", 35, cls="age"),
     M(P, "two bombs", N, "bombs", 2, cls="bombs"),
     M(P, "July 12", D, "arrest", "1985-07-12"),
     M(P, "Sept. 22", D, "admit", "1985-09-22"),
    ]
    build("rainbow-warrior-1985", "The sinking of the Greenpeace ship Rainbow Warrior at Marsden Wharf in Auckland by "
          "two bombs shortly before midnight on Wednesday 10 July 1985, killing the photographer Fernando Pereira, 35; "
          "the arrest of two French agents on 12 July and their murder charge on 24 July; the defence minister Charles "
          "Hernu's resignation on Friday 20 September and the prime minister's admission on Sunday 22 "
          "September 1985; the agents' guilty pleas to manslaughter and wilful damage on Monday 4 November and their "
          "sentence to 10 and seven years, concurrent, on Friday 22 November 1985", False, ms, names)


def new_caledonia():
    R, K, A, B = "reuters-nov04", "kompas-nov05", "antara-nov06", "abc-nov07"
    names = {
     "no_pct": "the No share (%)", "yes_pct": "the Yes share (%)", "turnout": "turnout (%)",
     "no_votes": "votes for No", "yes_votes": "votes for Yes", "roll": "voters on the special roll",
     "pop": "the territory's population", "margin": "No's margin in votes", "more_votes": "further referendums allowed",
     # dates
     "vote_day": "day of the referendum", "speech": "day of Macron's address", "accord": "year of the Noumea Accord",
     "matignon": "year of the Matignon Accords", "last_vote": "year by which the last referendum may be held",
     "french": "year France took the islands",
    }
    ms = [
     M(R, "Sunday", D, "vote_day", "2018-11-04"),
     M(R, "56.67 percent", N, "no_pct", 56.67, cls="pct"),
     M(R, "43.33 percent", N, "yes_pct", 43.33, cls="pct"),
     M(R, "78,734", N, "no_votes", 78734),
     M(R, "60,199", N, "yes_votes", 60199),
     M(R, "81.01 percent", N, "turnout", 81.01, cls="pct"),
     M(R, "roughly 174,000", N, "roll", 174000, qual="approx"),
     M(R, "1998", D, "accord", "1998"),
     M(R, "two more referendums", N, "more_votes", 2),
     M(R, "2022", D, "last_vote", "2022"),
     M(R, "1988", D, "matignon", "1988"),
     M(R, "1853", D, "french", "1853"),
     M(R, "some 270,000", N, "pop", 270000, qual="approx"),
     M(R, "Sunday evening", D, "speech", "2018-11-04"),

     M(K, "Minggu (4/11/2018)", D, "vote_day", "2018-11-04"),
     M(K, "56,67 persen", N, "no_pct", 56.67, cls="pct"),
     M(K, "43,33 persen", N, "yes_pct", 43.33, cls="pct"),
     M(K, "78.734 suara", N, "no_votes", 78734),
     M(K, "60.199 suara", N, "yes_votes", 60199),
     M(K, "81,01 persen", N, "turnout", 81.01, cls="pct"),
     M(K, "sekitar 174.000 pemilih", N, "roll", 174000, qual="approx"),
     M(K, "1998", D, "accord", "1998"),
     M(K, "dua referendum lagi", N, "more_votes", 2),
     M(K, "2022", D, "last_vote", "2022"),
     M(K, "1988", D, "matignon", "1988"),
     M(K, "sekitar 270.000 jiwa", N, "pop", 270000, qual="approx"),
     M(K, "1853", D, "french", "1853"),
     M(K, "Minggu malam", D, "speech", "2018-11-04"),
     M(K, "43,33 persen", N, "yes_pct", 43.33, cls="pct", occ=2),

     M(A, "Minggu (4/11/2018)", D, "vote_day", "2018-11-04"),
     M(A, "78.734 pemilih", N, "no_votes", 78734),
     M(A, "56,67 persen", N, "no_pct", 56.67, cls="pct"),
     M(A, "60.199 pemilih", N, "yes_votes", 60199),
     M(A, "43,33 persen", N, "yes_pct", 43.33, cls="pct"),
     M(A, "sekitar 174.000 warga", N, "roll", 174000, qual="approx"),
     M(A, "81,01 persen", N, "turnout", 81.01, cls="pct"),
     M(A, "1998", D, "accord", "1998"),
     M(A, "2022", D, "last_vote", "2022"),
     M(A, "1988", D, "matignon", "1988"),
     M(A, "1853", D, "french", "1853"),
     M(A, "sekitar 270.000 orang", N, "pop", 270000, qual="approx"),

     M(B, "Sunday, Nov. 4", D, "vote_day", "2018-11-04"),
     M(B, "56.67 per cent", N, "no_pct", 56.67, cls="pct"),
     M(B, "43.33 per cent", N, "yes_pct", 43.33, cls="pct"),
     M(B, "78,734", N, "no_votes", 78734),
     M(B, "60,199", N, "yes_votes", 60199),
     M(B, "fewer than 19,000 votes", N, "margin", 19000, qual="approx"),
     M(B, "81.01 per cent", N, "turnout", 81.01, cls="pct"),
     M(B, "174,000 or so", N, "roll", 174000, qual="approx"),
     M(B, "1998", D, "accord", "1998"),
     M(B, "two more votes", N, "more_votes", 2),
     M(B, "2022", D, "last_vote", "2022"),
     M(B, "1988", D, "matignon", "1988"),
     M(B, "1853", D, "french", "1853"),
     M(B, "about 270,000 people", N, "pop", 270000, qual="approx"),
     M(B, "Sunday", D, "speech", "2018-11-04", occ=2),
     M(B, "43.33 per cent", N, "yes_pct", 43.33, cls="pct", occ=2),
    ]
    build("new-caledonia-vote-2018", "New Caledonia's first independence referendum under the Noumea Accord (Sunday 4 "
          "November 2018), one official result (control): No 56.67% (78,734 votes), Yes 43.33% (60,199), turnout "
          "81.01% of about 174,000 voters on the special roll; the Noumea Accord of 1998 allowing two more "
          "referendums by 2022, the Matignon Accords of 1988, French since 1853, about 270,000 people; President "
          "Macron's address on the Sunday evening. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    thredbo()
    rainbow_warrior()
    new_caledonia()
