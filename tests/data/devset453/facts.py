"""The four-hundred-and-fifty-third development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset453/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def garissa():
    R, K, A, B = "reuters-apr02", "kompas-apr03", "antara-apr04", "bbc-jun19"
    # as-of times of the running tallies: Thursday 2 April 2015 at midday (at least 15 dead), in the afternoon (70 by
    # the disaster operations centre against 65 by the Red Cross: sources), in the evening (147 dead and 79 wounded
    # by the interior minister, 587 students accounted for), Friday 3 April (about 50 students unaccounted for) and
    # Saturday 4 April (148 dead after a wounded student died; the wounded revised down to 76 after three were listed
    # at two hospitals: a revision). The dead do not fall; the unaccounted-for may.
    TH12, TH16, TH21, FRI, SAT = "2015-04-02a", "2015-04-02b", "2015-04-02c", "2015-04-03", "2015-04-04"
    NDOC, KRC = "the National Disaster Operations Centre", "the Kenya Red Cross"
    names = {
     "dead": "people killed in the attack", "injured": "people wounded", "attackers": "attackers killed",
     "accounted": "students accounted for", "unaccounted": "students unaccounted for",
     "students_dead": "students among the dead", "others_dead": "police and soldiers among the dead",
     "arrested": "people arrested", "convicted": "men convicted", "counties": "areas under curfew",
     "border": "distance of Garissa from the Somali border (km)", "nairobi": "distance of Garissa from Nairobi (km)",
     "siege": "hours the siege lasted", "mourning": "days of national mourning",
     "bounty": "reward offered for the plotter (shillings)", "bounty_usd": "reward offered for the plotter (dollars)",
     # dates
     "attack": "day of the attack", "bounty_day": "day the reward was offered", "mourning_day": "day mourning was declared",
     "verdict": "day of the verdict", "sentence_day": "day set for sentencing", "reopen": "month the college reopened",
    }
    ms = [
     M(R, "Thursday", D, "attack", "2015-04-02"),
     M(R, "147 people", N, "dead", 147, TH21),
     M(R, "79 wounded", N, "injured", 79, TH21),
     M(R, "Four of the attackers", N, "attackers", 4),
     M(R, "at least 15", N, "dead", 15, TH12, qual="atleast"),
     M(R, "70", N, "dead", 70, TH16, src=NDOC),
     M(R, "65 dead", N, "dead", 65, TH16, src=KRC),
     M(R, "587 students", N, "accounted", 587, TH21),
     M(R, "about 150 km", N, "border", 150, qual="approx", cls="km"),
     M(R, "some 370 km", N, "nairobi", 370, qual="approx", cls="km"),

     M(K, "Jumat (3/4/2015)", D, "bounty_day", "2015-04-03"),
     M(K, "20 juta shilling", N, "bounty", 20_000_000, cls="ksh"),
     M(K, "215.000 dollar AS", N, "bounty_usd", 215_000, qual="approx", cls="usd"),
     M(K, "Kamis (2/4/2015)", D, "attack", "2015-04-02"),
     M(K, "174 orang", N, "dead", 174, TH21, planted=True),
     M(K, "79 orang", N, "injured", 79, TH21),
     M(K, "65 korban", N, "dead", 65, TH16, src=KRC),
     M(K, "70 orang", N, "dead", 70, TH16, src=NDOC),
     M(K, "sekitar 15 jam", N, "siege", 15, qual="approx", cls="hrs"),
     M(K, "Empat penyerang", N, "attackers", 4),
     M(K, "sekitar 50 mahasiswa", N, "unaccounted", 50, FRI, qual="approx", fall=True),
     M(K, "tiga daerah", N, "counties", 3),

     M(A, "Sabtu (4/4/2015)", D, "mourning_day", "2015-04-04"),
     M(A, "tiga hari", N, "mourning", 3, cls="days"),
     M(A, "148 orang", N, "dead", 148, SAT),
     M(A, "76 orang", N, "injured", 76, SAT),
     M(A, "79 orang", N, "injured", 79, TH21),
     M(A, "Kamis (2/4/2015)", D, "attack", "2015-04-02"),
     M(A, "142 korban", N, "students_dead", 142),
     M(A, "enam lainnya", N, "others_dead", 6),
     M(A, "lima orang", N, "arrested", 5),
     M(A, "20 juta shilling", N, "bounty", 20_000_000, cls="ksh"),
     M(A, "Jumat (3/4/2015)", D, "bounty_day", "2015-04-03"),

     M(B, "Wednesday", D, "verdict", "2019-06-19"),
     M(B, "three men", N, "convicted", 3),
     M(B, "April 2, 2015", D, "attack", "2015-04-02"),
     M(B, "148 people", N, "dead", 148, SAT),
     M(B, "four gunmen", N, "attackers", 4),
     M(B, "about 15 hours", N, "siege", 15, qual="approx", cls="hrs"),
     M(B, "Sh 2 million", N, "bounty", 2_000_000, cls="ksh", planted=True),
     M(B, "July 3", D, "sentence_day", "2019-07-03"),
     M(B, "January 2016", D, "reopen", "2016-01"),
    ]
    build("garissa-attack-2015", "The al Shabaab attack on Garissa University College in northeastern Kenya on "
          "Thursday 2 April 2015: a siege of about 15 hours from about 5:30 a.m., four attackers killed; the toll "
          "rising from at least 15 at midday to 70 in the afternoon (65 by the Red Cross: sources) and 147 dead and "
          "79 wounded by the interior minister Joseph Nkaissery in the evening, 148 dead by Saturday 4 April (142 "
          "students) and the wounded revised to 76; a reward of 20 million shillings offered on Friday 3 April, three "
          "days of mourning declared on Saturday 4 April; three men convicted in Nairobi on Wednesday 19 June 2019",
          False, ms, names)


def vote():
    K, R, A, T = "kompas-oct30", "reuters-oct31", "antara-nov02", "tempo-nov30"
    # steps on different dates: the vote (Wednesday 28 October 2020), the partial count (65 constituencies by
    # Thursday night, 243 by Friday morning, all 264 by Friday afternoon: an update), the result declared (Friday 30
    # October), the challenger's rejection (Saturday 31 October), the arrests and the called protests (Monday 2
    # November: different events on one day), the swearing-in (Thursday 5 November 2020). Results do not change
    # with the day of the report. Tempting pairs of one unit: the shares of the winner, the challenger, the turnout,
    # 2015's share and Zanzibar's; the votes, the votes cast and the registered voters.
    THU, FRIAM, FRIPM = "2020-10-29", "2020-10-30a", "2020-10-30b"
    names = {
     "magu_votes": "votes for Magufuli", "lissu_votes": "votes for Lissu", "registered": "registered voters",
     "cast": "votes cast", "magu_pct": "Magufuli's share (%)", "lissu_pct": "Lissu's share (%)",
     "turnout": "turnout (%)", "pct2015": "Magufuli's share in 2015 (%)", "mwinyi_pct": "Mwinyi's share in Zanzibar (%)",
     "const": "constituencies declared", "shots": "times Lissu was shot", "term": "length of a presidential term (years)",
     "gap": "years since the last election",
     # dates
     "vote": "day of the vote", "declared": "day the result was declared", "count_thu": "day of the partial count",
     "prev_vote": "year of the previous election", "statement": "day Lissu rejected the result",
     "protest": "day the protests were called for", "arrests": "day of the arrests", "sworn": "day of the swearing-in",
     "shooting": "year Lissu was shot", "return": "month Lissu returned",
    }
    ms = [
     M(K, "Jumat (30/10/2020)", D, "declared", "2020-10-30"),
     M(K, "12.516.252 suara", N, "magu_votes", 12516252, cls="votes"),
     M(K, "84,40 persen", N, "magu_pct", 84.40, cls="pct"),
     M(K, "1.933.271 suara", N, "lissu_votes", 1933271, cls="votes"),
     M(K, "13,04 persen", N, "lissu_pct", 13.04, cls="pct"),
     M(K, "Rabu (28/10/2020)", D, "vote", "2020-10-28"),
     M(K, "29.754.699 orang", N, "registered", 29754699, cls="votes"),
     M(K, "50,72 persen", N, "turnout", 50.72, cls="pct"),
     M(K, "2015", D, "prev_vote", "2015"),
     M(K, "sekitar 58 persen", N, "pct2015", 58, qual="approx", cls="pct"),
     M(K, "Kamis (29/10/2020)", D, "count_thu", "2020-10-29"),
     M(K, "65 daerah pemilihan", N, "const", 65, THU, cls="const"),
     M(K, "243 daerah pemilihan", N, "const", 243, FRIAM, cls="const"),
     M(K, "76,27 persen", N, "mwinyi_pct", 76.27, cls="pct"),

     M(R, "Saturday", D, "statement", "2020-10-31"),
     M(R, "Wednesday", D, "vote", "2020-10-28"),
     M(R, "Monday", D, "protest", "2020-11-02"),
     M(R, "Friday", D, "declared", "2020-10-30"),
     M(R, "84.40 percent", N, "magu_pct", 84.40, cls="pct"),
     M(R, "13.40 percent", N, "lissu_pct", 13.40, cls="pct", planted=True),
     M(R, "50.72 percent", N, "turnout", 50.72, cls="pct"),
     M(R, "12,516,252 votes", N, "magu_votes", 12516252, cls="votes"),
     M(R, "15,091,950", N, "cast", 15091950, cls="votes"),
     M(R, "264 constituencies", N, "const", 264, FRIPM, cls="const"),
     M(R, "Five years", N, "gap", 5, cls="yrs"),
     M(R, "about 58 percent", N, "pct2015", 58, qual="approx", cls="pct"),
     M(R, "16 times", N, "shots", 16),
     M(R, "2017", D, "shooting", "2017"),
     M(R, "July", D, "return", "2020-07"),
     M(R, "five-year", N, "term", 5, cls="yrs"),

     M(A, "Senin (2/11/2020)", D, "arrests", "2020-11-02"),
     M(A, "Rabu (28/10/2020)", D, "vote", "2020-10-28"),
     M(A, "13,04 persen", N, "lissu_pct", 13.04, cls="pct"),
     M(A, "84,40 persen", N, "magu_pct", 84.40, cls="pct"),
     M(A, "Jumat (30/10/2020)", D, "declared", "2020-10-30"),
     M(A, "lebih dari 15 juta", N, "cast", 15_000_000, qual="morethan", cls="votes"),
     M(A, "hampir 30 juta", N, "registered", 30_000_000, qual="nearly", cls="votes"),
     M(A, "Kamis (5/11/2020)", D, "sworn", "2020-11-05"),

     M(T, "lima tahun", N, "term", 5, cls="yrs"),
     M(T, "Jumat (6/11/2020)", D, "sworn", "2020-11-06", planted=True),
     M(T, "Rabu (28/10/2020)", D, "vote", "2020-10-28"),
     M(T, "84,40 persen", N, "magu_pct", 84.40, cls="pct"),
     M(T, "sekitar 58 persen", N, "pct2015", 58, qual="approx", cls="pct"),
     M(T, "2015", D, "prev_vote", "2015"),
     M(T, "1.933.271 suara", N, "lissu_votes", 1933271, cls="votes"),
     M(T, "12.516.252 orang", N, "magu_votes", 12516252, cls="votes"),
     M(T, "15.091.950 suara", N, "cast", 15091950, cls="votes"),
    ]
    build("tanzania-vote-2020", "Tanzania's general election of Wednesday 28 October 2020: President John Magufuli "
          "declared re-elected on Friday 30 October with 12,516,252 votes (84.40%) against 1,933,271 (13.04%) for Tundu "
          "Lissu of Chadema, 15,091,950 votes cast of 29,754,699 registered (turnout 50.72%), all 264 constituencies "
          "declared by Friday afternoon; Lissu's rejection on Saturday 31 October, opposition leaders detained on "
          "Monday 2 November, the day the protests were called for; Magufuli sworn in for a second five-year term in "
          "Dodoma on Thursday 5 November 2020", False, ms, names)


def dam():
    R, K, A, B = "reuters-sep09", "kompas-sep10", "antara-sep11", "bbc-sep12"
    names = {
     "cap": "installed capacity (MW)", "turbines": "turbines", "cost": "cost (billion dollars)",
     "height": "height of the dam (m)", "length": "length of the dam (km)", "reservoir": "reservoir (billion m3)",
     "years": "years of construction",
     # dates
     "open": "day of the inauguration", "start": "year construction began",
    }
    ms = [
     M(R, "Tuesday", D, "open", "2025-09-09"),
     M(R, "5,150-megawatt", N, "cap", 5150, cls="mw"),
     M(R, "2011", D, "start", "2011"),
     M(R, "about $5 billion", N, "cost", 5, qual="approx", cls="usd"),
     M(R, "145 metres", N, "height", 145, cls="m"),
     M(R, "1.8 km", N, "length", 1.8, cls="km"),
     M(R, "74 billion cubic metres", N, "reservoir", 74, cls="m3"),
     M(R, "13 turbines", N, "turbines", 13),
     M(R, "5,150 megawatts", N, "cap", 5150, cls="mw"),

     M(K, "Selasa (9/9/2025)", D, "open", "2025-09-09"),
     M(K, "2011", D, "start", "2011"),
     M(K, "5.150 megawatt", N, "cap", 5150, cls="mw"),
     M(K, "sekitar 5 miliar dollar AS", N, "cost", 5, qual="approx", cls="usd"),
     M(K, "145 meter", N, "height", 145, cls="m"),
     M(K, "1,8 kilometer", N, "length", 1.8, cls="km"),
     M(K, "74 miliar meter kubik", N, "reservoir", 74, cls="m3"),
     M(K, "13 turbinnya", N, "turbines", 13),
     M(K, "5.150 megawatt", N, "cap", 5150, cls="mw", occ=2),

     M(A, "14 tahun", N, "years", 14, cls="yrs"),
     M(A, "Selasa (9/9/2025)", D, "open", "2025-09-09"),
     M(A, "13 turbin", N, "turbines", 13),
     M(A, "5.150 megawatt", N, "cap", 5150, cls="mw"),
     M(A, "sekitar 5 miliar dollar AS", N, "cost", 5, qual="approx", cls="usd"),
     M(A, "145 meter", N, "height", 145, cls="m"),
     M(A, "1,8 kilometer", N, "length", 1.8, cls="km"),
     M(A, "74 miliar meter kubik", N, "reservoir", 74, cls="m3"),
     M(A, "2011", D, "start", "2011"),

     M(B, "Sept. 9", D, "open", "2025-09-09"),
     M(B, "14 years", N, "years", 14, cls="yrs"),
     M(B, "13 turbines", N, "turbines", 13),
     M(B, "5,150 megawatts", N, "cap", 5150, cls="mw"),
     M(B, "about $5 billion", N, "cost", 5, qual="approx", cls="usd"),
     M(B, "145 metres", N, "height", 145, cls="m"),
     M(B, "1.8 km", N, "length", 1.8, cls="km"),
     M(B, "74 billion cubic metres", N, "reservoir", 74, cls="m3"),
     M(B, "2011", D, "start", "2011"),
    ]
    build("ethiopia-dam-opening-2025", "The inauguration of the Grand Ethiopian Renaissance Dam on the Blue Nile by "
          "Prime Minister Abiy Ahmed on Tuesday 9 September 2025 (control): 13 turbines, 5,150 megawatts, about $5 "
          "billion, 145 metres high and 1.8 km long, a reservoir of 74 billion cubic metres, begun in 2011 and built "
          "over 14 years. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    garissa()
    vote()
    dam()
