"""The three-hundred-and-eighty-second development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset382/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def bridge():
    R, K, A, P = "reuters-aug31", "kompas-sep01", "ap-sep02", "republika-sep30"
    # as-of times of the Health Ministry's running tallies: Wednesday 31 August 2005 in the evening (at least 648
    # dead, 815 injured) and Thursday 1 September (953 dead, 465 injured: the injured revised down). The Interior
    # Ministry's 965 dead of Thursday is another source. The pilgrims, the mortar attack's dead and the days of
    # mourning do not change with the day of the report.
    WED, THU = "2005-08-31", "2005-09-01"
    HEALTH, INTERIOR = "Iraq's Health Ministry", "Iraq's Interior Ministry"
    names = {
     "dead": "people killed in the stampede", "injured": "people injured in the stampede",
     "pilgrims": "pilgrims on the march", "mortar": "people killed by the morning's mortar attack",
     "mourning": "days of national mourning",
     # dates
     "stampede": "day of the stampede", "count_thu": "day of the count of 953", "burial_fri": "day the coffins went "
     "to Najaf (AP)", "burial_start": "day the burials in Najaf began", "mourning_end": "day the mourning ended",
     "invasion": "year of the invasion", "referendum": "day of the constitutional referendum",
    }
    ms = [
     M(R, "At least 648 people", N, "dead", 648, WED, qual="atleast", src=HEALTH),
     M(R, "Wednesday", D, "stampede", "2005-08-31"),
     M(R, "815 people", N, "injured", 815, WED, src=HEALTH),
     M(R, "about one million", N, "pilgrims", 1000000, qual="approx"),
     M(R, "seven people", N, "mortar", 7),
     M(R, "three days", N, "mourning", 3, cls="dur"),

     M(K, "953 orang", N, "dead", 953, THU, src=HEALTH),
     M(K, "Kamis (1/9/2005)", D, "count_thu", "2005-09-01"),
     M(K, "sedikitnya 648 korban tewas", N, "dead", 648, WED, qual="atleast", src=HEALTH),
     M(K, "465 orang", N, "injured", 465, THU, src=HEALTH),
     M(K, "Selasa (30/8/2005)", D, "stampede", "2005-08-30", planted=True),
     M(K, "tujuh orang", N, "mortar", 7),
     M(K, "tiga hari", N, "mourning", 3, cls="dur"),

     M(A, "Friday", D, "burial_fri", "2005-09-02"),
     M(A, "Wednesday", D, "stampede", "2005-08-31"),
     M(A, "953 dead", N, "dead", 953, THU, src=HEALTH),
     M(A, "456 injured", N, "injured", 456, THU, src=HEALTH, planted=True),
     M(A, "Thursday", D, "count_thu", "2005-09-01"),
     M(A, "965", N, "dead", 965, THU, src=INTERIOR),
     M(A, "About one million people", N, "pilgrims", 1000000, qual="approx"),
     M(A, "seven people", N, "mortar", 7),
     M(A, "three days", N, "mourning", 3, cls="dur"),
     M(A, "Saturday", D, "mourning_end", "2005-09-03"),
     M(A, "2003", D, "invasion", "2003"),
     M(A, "Oct. 15", D, "referendum", "2005-10-15"),

     M(P, "tiga hari", N, "mourning", 3, cls="dur"),
     M(P, "Sabtu (3/9/2005)", D, "mourning_end", "2005-09-03"),
     M(P, "Rabu (31/8/2005)", D, "stampede", "2005-08-31"),
     M(P, "953 orang", N, "dead", 953, THU, src=HEALTH),
     M(P, "465 orang", N, "injured", 465, THU, src=HEALTH),
     M(P, "965 korban tewas", N, "dead", 965, THU, src=INTERIOR),
     M(P, "648 korban tewas", N, "dead", 648, WED, src=HEALTH),
     M(P, "815 orang", N, "injured", 815, WED, src=HEALTH),
     M(P, "Sekitar satu juta peziarah", N, "pilgrims", 1000000, qual="approx"),
     M(P, "tujuh orang", N, "mortar", 7),
     M(P, "Kamis (1/9/2005)", D, "burial_start", "2005-09-01"),
     M(P, "15 Oktober 2005", D, "referendum", "2005-10-15"),
    ]
    build("aimmah-bridge-2005", "The stampede on the Al-Aimmah bridge in Baghdad (Wednesday 31 August 2005) during "
          "the pilgrimage to the Kadhimiya shrine: the Health Ministry's count of at least 648 dead and 815 injured on "
          "Wednesday evening, 953 dead and 465 injured (the injured revised down) on Thursday 1 September; the "
          "Interior Ministry's 965 dead as another source; about one million pilgrims, seven killed by a mortar "
          "attack that morning, three days of mourning ending on Saturday 3 September; the constitutional referendum "
          "of 15 October 2005 as another date", False, ms, names)


def gulf_votes():
    N1, K, R, T = "ap-nov30", "kompas-jan14", "reuters-jan19", "antara-apr24"
    # two bodies on different dates: the U.N. Security Council's Resolution 678 (Thursday 29 November 1990, 12 to 2
    # with China abstaining) and the U.S. Congress (Saturday 12 January 1991: the Senate 52 to 47, the House 250 to
    # 183). As-of times: the American troops in the Gulf (about 230,000 at the U.N. vote, more than 400,000 at the
    # Congress vote), the Scuds fired at Israel (eight on Friday 18 January, 12 by Saturday 19 January, about 40 by
    # the ceasefire of 28 February 1991). The Iraqi force: the Pentagon's estimate of about 540,000 before the war
    # against the House Armed Services Committee's about 183,000 at the start of the ground war (two sources).
    NOV, JAN, FRI, SAT, END, GROUND = "1990-11-29", "1991-01-12", "1991-01-18", "1991-01-19", "1991-02-28", "1991-02-24"
    PENTAGON, HASC = "the Pentagon", "the House Armed Services Committee"
    names = {
     "unsc_yes": "Security Council votes for Resolution 678", "s_yes": "Senate votes for the use of force",
     "s_no": "Senate votes against the use of force", "h_yes": "House votes for the use of force",
     "h_no": "House votes against the use of force", "us_troops": "American troops in the Gulf",
     "planned": "American troops planned after the reinforcements", "iraqi": "Iraqi troops in the Kuwait theatre",
     "scuds": "Scud missiles fired at Israel", "sorties": "allied sorties flown",
     # dates
     "unsc_vote": "day of the Security Council's vote on Resolution 678", "deadline": "the U.N. deadline",
     "invasion": "day Iraq invaded Kuwait", "congress_vote": "day of the Congress vote",
     "geneva": "day of the Geneva talks", "scud_fri": "day of the first Scuds on Israel",
     "scud_sat": "day of the count of 12 Scuds", "air_war": "day the air war began",
     "ground_war": "day the ground war began", "ceasefire": "day of the ceasefire", "res687": "day of Resolution 687",
    }
    ms = [
     M(N1, "Thursday", D, "unsc_vote", "1990-11-29"),
     M(N1, "Jan. 15", D, "deadline", "1991-01-15"),
     M(N1, "12 votes", N, "unsc_yes", 12, cls="votes"),
     M(N1, "Aug. 2", D, "invasion", "1990-08-02"),
     M(N1, "About 230,000 American troops", N, "us_troops", 230000, NOV, qual="approx", cls="troops"),
     M(N1, "more than 400,000", N, "planned", 400000, qual="morethan", cls="troops"),

     M(K, "Sabtu (12/1/1991)", D, "congress_vote", "1991-01-12"),
     M(K, "52 suara", N, "s_yes", 52, cls="votes"),
     M(K, "47", N, "s_no", 47, cls="votes"),
     M(K, "205 suara", N, "h_yes", 205, cls="votes", planted=True),
     M(K, "183", N, "h_no", 183, cls="votes"),
     M(K, "15 Januari 1991", D, "deadline", "1991-01-15"),
     M(K, "29 November 1990", D, "unsc_vote", "1990-11-29"),
     M(K, "lebih dari 400.000 tentara AS", N, "us_troops", 400000, JAN, qual="morethan", cls="troops"),
     M(K, "sekitar 540.000 tentara Irak", N, "iraqi", 540000, JAN, qual="approx", cls="troops", src=PENTAGON),
     M(K, "Rabu (9/1/1991)", D, "geneva", "1991-01-09"),
     M(K, "2 Agustus 1990", D, "invasion", "1990-08-02"),

     M(R, "Saturday", D, "scud_sat", "1991-01-19"),
     M(R, "12", N, "scuds", 12, SAT, cls="missiles"),
     M(R, "Friday", D, "scud_fri", "1991-01-18"),
     M(R, "eight", N, "scuds", 8, FRI, cls="missiles"),
     M(R, "more than 4,000 sorties", N, "sorties", 4000, SAT, qual="morethan", cls="sorties"),
     M(R, "Thursday", D, "air_war", "1991-01-17"),
     M(R, "Jan. 15", D, "deadline", "1991-01-15"),
     M(R, "Nov. 28", D, "unsc_vote", "1990-11-28", planted=True),
     M(R, "Jan. 12", D, "congress_vote", "1991-01-12"),
     M(R, "52 votes", N, "s_yes", 52, cls="votes"),
     M(R, "47", N, "s_no", 47, cls="votes"),
     M(R, "250", N, "h_yes", 250, cls="votes"),
     M(R, "183", N, "h_no", 183, cls="votes"),
     M(R, "about 540,000 Iraqi troops", N, "iraqi", 540000, JAN, qual="approx", cls="troops", src=PENTAGON),

     M(T, "sekitar 183.000 orang", N, "iraqi", 183000, GROUND, qual="approx", cls="troops", src=HASC),
     M(T, "sekitar 540.000 tentara Irak", N, "iraqi", 540000, JAN, qual="approx", cls="troops", src=PENTAGON),
     M(T, "17 Januari 1991", D, "air_war", "1991-01-17"),
     M(T, "15 Januari 1991", D, "deadline", "1991-01-15"),
     M(T, "24 Februari", D, "ground_war", "1991-02-24"),
     M(T, "28 Februari 1991", D, "ceasefire", "1991-02-28"),
     M(T, "sekitar 40 rudal Scud", N, "scuds", 40, END, qual="approx", cls="missiles"),
     M(T, "12 Januari 1991", D, "congress_vote", "1991-01-12"),
     M(T, "52 suara", N, "s_yes", 52, cls="votes"),
     M(T, "47", N, "s_no", 47, cls="votes"),
     M(T, "3 April 1991", D, "res687", "1991-04-03"),
    ]
    build("gulf-war-votes-1991", "The votes before the Gulf War: the U.N. Security Council's Resolution 678 of "
          "Thursday 29 November 1990 (12 to 2, China abstaining) setting the deadline of 15 January 1991, and the "
          "U.S. Congress's vote of Saturday 12 January 1991 (the Senate 52 to 47, the House 250 to 183); American "
          "troops about 230,000 in November and more than 400,000 in January; the air war from Thursday 17 January "
          "1991, eight Scuds on Israel on Friday 18 January, 12 by Saturday 19 January, about 40 by the ceasefire of "
          "28 February 1991; the Pentagon's estimate of about 540,000 Iraqi troops against the House Armed Services "
          "Committee's about 183,000 at the start of the ground war (24 February 1991)", False, ms, names)


def tower():
    R, K, H, T = "reuters-jan04", "kompas-jan05", "thenational-jan07", "antara-jan06"
    names = {
     "height": "the tower's height in metres", "height_ft": "the tower's height in feet",
     "floors": "the tower's storeys", "cost": "the tower's cost ($ billion)", "deck": "floor of the observation deck",
     "debt": "Dubai World's debt ($ billion)", "aid": "Abu Dhabi's support ($ billion)",
     "seen": "distance the spire can be seen from (km)",
     # dates
     "opening": "day of the opening", "work_start": "year construction began", "deck_open": "day the deck opens",
     "standstill": "month Dubai World sought a standstill", "aid_day": "day of Abu Dhabi's support",
    }
    ms = [
     M(R, "Monday", D, "opening", "2010-01-04"),
     M(R, "828 metres", N, "height", 828, cls="m"),
     M(R, "2,717 feet", N, "height_ft", 2717, cls="ft"),
     M(R, "more than 160 storeys", N, "floors", 160, qual="morethan", cls="floors"),
     M(R, "$1.5 billion", N, "cost", 1.5, cls="bn"),
     M(R, "2004", D, "work_start", "2004"),
     M(R, "124th floor", N, "deck", 124, cls="floors"),
     M(R, "Tuesday", D, "deck_open", "2010-01-05"),
     M(R, "November", D, "standstill", "2009-11"),
     M(R, "$26 billion", N, "debt", 26, cls="bn"),
     M(R, "$10 billion", N, "aid", 10, cls="bn"),
     M(R, "Dec. 14", D, "aid_day", "2009-12-14"),

     M(K, "Senin (4/1/2010)", D, "opening", "2010-01-04"),
     M(K, "828 meter", N, "height", 828, cls="m"),
     M(K, "lebih dari 160 lantai", N, "floors", 160, qual="morethan", cls="floors"),
     M(K, "1,5 miliar dolar AS", N, "cost", 1.5, cls="bn"),
     M(K, "2004", D, "work_start", "2004"),
     M(K, "lantai 124", N, "deck", 124, cls="floors"),
     M(K, "Selasa (5/1/2010)", D, "deck_open", "2010-01-05"),
     M(K, "26 miliar dolar AS", N, "debt", 26, cls="bn"),
     M(K, "November 2009", D, "standstill", "2009-11"),
     M(K, "10 miliar dolar AS", N, "aid", 10, cls="bn"),
     M(K, "14 Desember 2009", D, "aid_day", "2009-12-14"),

     M(H, "Monday", D, "opening", "2010-01-04"),
     M(H, "828-metre", N, "height", 828, cls="m"),
     M(H, "2,717 feet", N, "height_ft", 2717, cls="ft"),
     M(H, "more than 160 floors", N, "floors", 160, qual="morethan", cls="floors"),
     M(H, "$1.5 billion", N, "cost", 1.5, cls="bn"),
     M(H, "2004", D, "work_start", "2004"),
     M(H, "Tuesday", D, "deck_open", "2010-01-05"),
     M(H, "level 124", N, "deck", 124, cls="floors"),
     M(H, "$26 billion", N, "debt", 26, cls="bn"),
     M(H, "November", D, "standstill", "2009-11"),
     M(H, "$10 billion", N, "aid", 10, cls="bn"),
     M(H, "December 14", D, "aid_day", "2009-12-14"),
     M(H, "95 kilometres", N, "seen", 95, cls="km"),

     M(T, "Senin (4/1/2010)", D, "opening", "2010-01-04"),
     M(T, "828 meter", N, "height", 828, cls="m"),
     M(T, "2.717 kaki", N, "height_ft", 2717, cls="ft"),
     M(T, "lebih dari 160 lantai", N, "floors", 160, qual="morethan", cls="floors"),
     M(T, "1,5 miliar dolar AS", N, "cost", 1.5, cls="bn"),
     M(T, "2004", D, "work_start", "2004"),
     M(T, "Selasa (5/1/2010)", D, "deck_open", "2010-01-05"),
     M(T, "lantai 124", N, "deck", 124, cls="floors"),
     M(T, "26 miliar dolar AS", N, "debt", 26, cls="bn"),
     M(T, "November 2009", D, "standstill", "2009-11"),
     M(T, "14 Desember 2009", D, "aid_day", "2009-12-14"),
     M(T, "10 miliar dolar AS", N, "aid", 10, cls="bn"),
     M(T, "95 kilometer", N, "seen", 95, cls="km"),
    ]
    build("burj-khalifa-2010", "The opening of the world's tallest building in Dubai (Monday 4 January 2010), renamed "
          "Burj Khalifa (control): 828 metres (2,717 feet), more than 160 storeys, a cost of $1.5 billion, work begun "
          "in 2004, an observation deck on the 124th floor open from Tuesday 5 January, the spire seen from 95 km; "
          "Dubai World's standstill on $26 billion of debt in November 2009 and Abu Dhabi's $10 billion on 14 "
          "December 2009. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    bridge()
    gulf_votes()
    tower()
