"""The hundred-and-seventy-first development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset171/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def rawda():
    DT, RA, KO, TE, RL = "detik-nov24", "reuters-nov25", "kompas-nov26", "tempo-nov27", "reuters-dec18"
    # as-of times of the running tallies: state television's first count on Friday 24 November 2017 (85 dead), the
    # state news agency's (MENA) afternoon count (184 dead, 120 injured), its evening count (235 dead, 109 injured:
    # the injured revised down) and the public prosecutor's count of Saturday 25 November (305 dead, 27 of them
    # children, 128 injured), recalled unchanged three weeks on. The vehicles: four by the police officers' account,
    # five by the prosecutor's (sources). Durations are in days.
    EARLY, AFT, EVE, SAT = "2017-11-24a0", "2017-11-24a1", "2017-11-24b", "2017-11-25"
    POLICE, PROSEC = "police officers", "the public prosecutor"
    names = {
     "dead": "people killed", "injured": "people injured", "children": "children among the dead",
     "vehicles": "vehicles the attackers came in", "gunmen": "attackers (lower bound)", "windows": "windows surrounded",
     "cars": "cars set on fire", "hospitals": "hospitals in Ismailia", "villagers": "people living in the village",
     "dist": "distance from El-Arish (km)", "mourning": "days of national mourning", "deadline": "time given to secure Sinai",
     # dates
     "attack": "day of the attack", "asof_aft": "day of the afternoon count", "meeting": "day of the emergency meeting",
     "address": "day of the president's address", "noclaim": "day by which no group had claimed the attack",
     "statement": "day of the prosecutor's statement", "asof_eve": "day of the evening count",
     "airstrike": "day of the airstrikes", "burial": "day the village was reported still in mourning", "order": "day the president gave the deadline",
     "reopen": "day the mosque reopened",
    }
    ms = [
     M(DT, "Jumat (24/11/2017)", D, "attack", "2017-11-24"),
     M(DT, "sedikitnya 184 orang", N, "dead", 184, AFT, qual="atleast"),
     M(DT, "120 orang", N, "injured", 120, AFT),
     M(DT, "Jumat sore", D, "asof_aft", "2017-11-24"),
     M(DT, "85 korban jiwa", N, "dead", 85, EARLY),
     M(DT, "empat kendaraan", N, "vehicles", 4, src=POLICE),
     M(DT, "40 kilometer", N, "dist", 40, cls="km"),
     M(DT, "Jumat siang", D, "meeting", "2017-11-24"),
     M(DT, "tiga hari", N, "mourning", 3, cls="dur"),

     M(RA, "Friday", D, "attack", "2017-11-24"),
     M(RA, "at least 235 people", N, "dead", 235, EVE, qual="atleast"),
     M(RA, "109 people", N, "injured", 109, EVE),
     M(RA, "184 dead", N, "dead", 184, AFT),
     M(RA, "120 injured", N, "injured", 120, AFT),
     M(RA, "four off-road vehicles", N, "vehicles", 4, src=POLICE),
     M(RA, "40 km", N, "dist", 40, qual="approx", cls="km"),
     M(RA, "Friday evening", D, "address", "2017-11-24"),
     M(RA, "three days", N, "mourning", 3, cls="dur"),
     M(RA, "Friday night", D, "noclaim", "2017-11-24"),

     M(KO, "305 orang", N, "dead", 305, SAT),
     M(KO, "27 anak-anak", N, "children", 27, SAT),
     M(KO, "Sabtu (25/11/2017)", D, "statement", "2017-11-25"),
     M(KO, "128 orang", N, "injured", 128, SAT),
     M(KO, "dua rumah sakit", N, "hospitals", 2),
     M(KO, "Jumat malam", D, "asof_eve", "2017-11-24"),
     M(KO, "235 korban tewas", N, "dead", 235, EVE),
     M(KO, "25 hingga 30 pria", N, "gunmen", 25),
     M(KO, "lima kendaraan", N, "vehicles", 5, src=PROSEC),
     M(KO, "12 jendela", N, "windows", 12),
     M(KO, "tujuh mobil", N, "cars", 7),
     M(KO, "Sabtu", D, "airstrike", "2017-11-25", occ=2),
     M(KO, "Jumat (24/11/2017)", D, "attack", "2017-11-24"),

     M(TE, "Minggu (26/11/2017)", D, "burial", "2017-11-26"),
     M(TE, "tiga hari", N, "mourning", 3, cls="dur"),
     M(TE, "305 orang", N, "dead", 305, SAT),
     M(TE, "72 anak", N, "children", 72, SAT, planted=True),
     M(TE, "128 orang", N, "injured", 128, SAT),
     M(TE, "Jumat (24/11/2017)", D, "attack", "2017-11-24"),
     M(TE, "sekitar 2.500 orang", N, "villagers", 2500, qual="approx"),
     M(TE, "25 hingga 30 orang", N, "gunmen", 25),
     M(TE, "lima kendaraan", N, "vehicles", 5, src=PROSEC),
     M(TE, "Sabtu (25/11/2017)", D, "airstrike", "2017-11-25"),

     M(RL, "Nov. 24", D, "attack", "2017-11-24"),
     M(RL, "305 people", N, "dead", 305, SAT),
     M(RL, "27 children", N, "children", 27, SAT),
     M(RL, "128", N, "injured", 128, SAT),
     M(RL, "Nov. 25", D, "statement", "2017-11-25"),
     M(RL, "235", N, "dead", 235, EVE),
     M(RL, "25 to 30 gunmen", N, "gunmen", 25),
     M(RL, "five off-road vehicles", N, "vehicles", 5, src=PROSEC),
     M(RL, "Nov. 29", D, "order", "2017-11-29"),
     M(RL, "three months", N, "deadline", 90, cls="dur"),
     M(RL, "Dec. 1", D, "reopen", "2017-12-01"),
     M(RL, "about 2,500 people", N, "villagers", 2500, qual="approx"),
     M(RL, "about 40 km", N, "dist", 40, qual="approx", cls="km"),
    ]
    build("rawda-mosque-2017", "The attack on the al-Rawdah mosque in Bir al-Abed, North Sinai, Egypt (Friday 24 "
          "November 2017): state television's first 85 dead, the state news agency's 184 dead and 120 injured in the "
          "afternoon, 235 dead and 109 injured in the evening (the injured revised down), the public prosecutor's 305 "
          "dead (27 children) and 128 injured on Saturday 25 November; four vehicles by the police's account, five by "
          "the prosecutor's; three days of mourning, the airstrikes on Saturday, the president's three-month deadline "
          "of 29 November, the mosque reopened on 1 December", False, ms, names)


def amendments():
    KF, RA, DA, TA = "kompas-feb14", "reuters-apr17", "detik-apr23", "tempo-apr24"
    # the stages do not change with the day of the report: the debate (Wednesday 13 February 2019), the approval in
    # principle (Thursday 14 February, 485 of 596), the final vote (Tuesday 16 April, 531 for, 22 against, one
    # abstention), the referendum (abroad 19-21 April, at home Saturday 20 to Monday 22 April), the result (Tuesday 23
    # April: 88.83% yes, turnout 44.33%) and the ratification the same evening are different events. Durations are in
    # months (a term of four years = 48).
    names = {
     "principle_yes": "votes for the amendments in principle", "seats": "members of parliament",
     "final_yes": "votes for the amendments in the final vote", "final_no": "votes against in the final vote",
     "abst": "abstentions in the final vote", "oldterm": "presidential term before (months)",
     "newterm": "presidential term after (months)", "committee": "committee review period (months)",
     "voting": "days of voting at home (months)", "women": "share of seats reserved for women",
     "sisi2018": "Sisi's share of the 2018 vote", "yes_pct": "share voting yes", "no_pct": "share voting no",
     "turnout": "turnout", "void_pct": "share of void ballots", "yes_votes": "yes votes", "no_votes": "no votes",
     "voters": "ballots cast", "registered": "registered voters", "valid": "valid ballots", "void": "void ballots",
     # dates
     "principle": "day of the approval in principle", "debate": "day of the debate before the approval in principle",
     "proposal": "month the amendments were proposed", "referendum": "first day of the referendum at home",
     "final": "day of the final vote", "vote_end": "last day of the referendum at home",
     "abroad": "first day of the referendum abroad", "term_end_old": "year Sisi's term was to end",
     "term_end_new": "year Sisi's extended term ends", "until": "year Sisi may stay until",
     "first_elected": "year Sisi was first elected", "constitution": "year of the constitution",
     "results": "day the result was announced",
     "announced_dates": "day the election authority announced the voting days", "ratified": "day the president ratified the amendments",
    }
    ms = [
     M(KF, "Kamis (14/2/2019)", D, "principle", "2019-02-14"),
     M(KF, "485", N, "principle_yes", 485),
     M(KF, "596 anggota", N, "seats", 596),
     M(KF, "empat tahun", N, "oldterm", 48, cls="dur"),
     M(KF, "enam tahun", N, "newterm", 72, cls="dur"),
     M(KF, "seperempat kursi", N, "women", 25, qual="unit", cls="pct"),
     M(KF, "awal Februari", D, "proposal", "2019-02"),
     M(KF, "Rabu (13/2/2019)", D, "debate", "2019-02-13"),
     M(KF, "60 hari", N, "committee", 2, qual="unit", cls="dur"),
     M(KF, "April", D, "referendum", "2019-04"),

     M(RA, "Tuesday", D, "final", "2019-04-16"),
     M(RA, "531", N, "final_yes", 531),
     M(RA, "596 members", N, "seats", 596),
     M(RA, "22", N, "final_no", 22),
     M(RA, "one abstained", N, "abst", 1),
     M(RA, "Feb. 14", D, "principle", "2019-02-14"),
     M(RA, "485 votes", N, "principle_yes", 485),
     M(RA, "two months", N, "committee", 2, cls="dur"),
     M(RA, "four", N, "oldterm", 48, qual="unit", cls="dur"),
     M(RA, "six years", N, "newterm", 72, qual="unit", cls="dur"),
     M(RA, "2022", D, "term_end_old", "2022"),
     M(RA, "2024", D, "term_end_new", "2024"),
     M(RA, "2030", D, "until", "2030"),
     M(RA, "a quarter of the seats", N, "women", 25, qual="unit", cls="pct"),
     M(RA, "Saturday", D, "referendum", "2019-04-20"),
     M(RA, "Monday", D, "vote_end", "2019-04-22"),
     M(RA, "Wednesday", D, "announced_dates", "2019-04-17"),
     M(RA, "Friday", D, "abroad", "2019-04-19"),
     M(RA, "2014", D, "first_elected", "2014"),
     M(RA, "97 percent", N, "sisi2018", 97, cls="pct"),

     M(DA, "88,83 persen", N, "yes_pct", 88.83, cls="pct"),
     M(DA, "20-22 April 2019", D, "referendum", "2019-04-20"),
     M(DA, "Selasa (23/4/2019)", D, "results", "2019-04-23"),
     M(DA, "23.416.741", N, "yes_votes", 23416741),
     M(DA, "2.945.680", N, "no_votes", 2945680),
     M(DA, "11,17 persen", N, "no_pct", 11.17, cls="pct"),
     M(DA, "44,33 persen", N, "turnout", 44.33, cls="pct"),
     M(DA, "27.193.593", N, "voters", 27193593),
     M(DA, "61.344.503", N, "registered", 61344503),
     M(DA, "Sabtu", D, "referendum", "2019-04-20"),
     M(DA, "Senin", D, "vote_end", "2019-04-22"),
     M(DA, "tiga hari", N, "voting", 0.1, cls="dur"),
     M(DA, "Selasa (16/4/2019)", D, "final", "2019-04-16"),
     M(DA, "513 anggota", N, "final_yes", 513, planted=True),
     M(DA, "empat tahun", N, "oldterm", 48, cls="dur"),
     M(DA, "enam tahun", N, "newterm", 72, cls="dur"),
     M(DA, "2022", D, "term_end_old", "2022"),
     M(DA, "2024", D, "term_end_new", "2024"),

     M(TA, "Selasa malam", D, "ratified", "2019-04-23"),
     M(TA, "88,83 persen", N, "yes_pct", 88.83, cls="pct"),
     M(TA, "44,33 persen", N, "turnout", 44.33, cls="pct"),
     M(TA, "27.193.593", N, "voters", 27193593),
     M(TA, "26.362.421", N, "valid", 26362421),
     M(TA, "831.172", N, "void", 831172),
     M(TA, "3,06 persen", N, "void_pct", 3.06, cls="pct"),
     M(TA, "Lebih dari 23,4 juta", N, "yes_votes", 23400000, qual="morethan"),
     M(TA, "hampir 3 juta", N, "no_votes", 3000000, qual="nearly"),
     M(TA, "20-22 April 2019", D, "referendum", "2019-04-20"),
     M(TA, "19-21 April", D, "abroad", "2019-04-19"),
     M(TA, "Rabu (13/2/2019)", D, "principle", "2019-02-13", planted=True),
     M(TA, "16 April 2019", D, "final", "2019-04-16"),
     M(TA, "531 suara", N, "final_yes", 531),
     M(TA, "2030", D, "until", "2030"),
     M(TA, "enam tahun", N, "newterm", 72, cls="dur"),
     M(TA, "empat tahun", N, "oldterm", 48, cls="dur"),
     M(TA, "2014", D, "constitution", "2014"),
     M(TA, "sedikitnya 25 persen", N, "women", 25, qual="atleast", cls="pct"),
    ]
    build("egypt-amendments-2019", "Egypt's constitutional amendments: the approval in principle on Thursday 14 "
          "February 2019 (485 of 596 members), the final vote on Tuesday 16 April 2019 (531 for, 22 against, one "
          "abstention), the referendum of 20-22 April (abroad 19-21 April) and its result announced on Tuesday 23 April "
          "(88.83% yes, 11.17% no, turnout 44.33%: 23,416,741 yes, 2,945,680 no, 27,193,593 ballots of 61,344,503 "
          "registered, 26,362,421 valid, 831,172 void), ratified the same evening; the presidential term from four to "
          "six years, Sisi's term to 2024 and possibly to 2030, a quarter of the seats for women", False, ms, names)


def census():
    RC, AC, KC, JC = "reuters-sep30", "antara-oct01", "kompas-oct02", "jakpost-oct03"
    names = {
     "total": "Egyptians at home and abroad", "abroad": "Egyptians abroad", "inside": "population inside Egypt",
     "growth": "annual growth 2006-2017", "growth_prev": "annual growth 1996-2006", "cairo": "Cairo's share",
     "giza": "Giza's share", "illit": "illiteracy", "youth": "share aged 15 to 24", "married": "share married",
     "buildings": "buildings", "collect": "time to collect the data (months)", "oldcollect": "time taken before (months)",
     "cycle": "interval between censuses (months)",
     # dates
     "announce": "day of the announcement", "ref": "reference month of the census",
     "period": "start of the 2006-2017 period", "prev_period": "start of the 1996-2006 period",
    }
    ms = [
     M(RC, "104.2 million", N, "total", 104.2e6),
     M(RC, "9.4 million", N, "abroad", 9.4e6),
     M(RC, "Saturday", D, "announce", "2017-09-30"),
     M(RC, "94,798,827", N, "inside", 94798827),
     M(RC, "April 2017", D, "ref", "2017-04"),
     M(RC, "2.56%", N, "growth", 2.56, cls="pct"),
     M(RC, "2006", D, "period", "2006"),
     M(RC, "2.04%", N, "growth_prev", 2.04, cls="pct"),
     M(RC, "about two months", N, "collect", 2, qual="approx", cls="dur"),
     M(RC, "two years", N, "oldcollect", 24, cls="dur"),
     M(RC, "10.1%", N, "cairo", 10.1, cls="pct"),
     M(RC, "9.1%", N, "giza", 9.1, cls="pct"),
     M(RC, "18.4%", N, "illit", 18.4, cls="pct"),
     M(RC, "18.2%", N, "youth", 18.2, cls="pct"),
     M(RC, "About 68%", N, "married", 68, qual="approx", cls="pct"),
     M(RC, "16.2 million buildings", N, "buildings", 16.2e6),
     M(RC, "ten years", N, "cycle", 120, qual="approx", cls="dur"),

     M(AC, "104,2 juta jiwa", N, "total", 104.2e6),
     M(AC, "Sabtu (30/9/2017)", D, "announce", "2017-09-30"),
     M(AC, "94.798.827 jiwa", N, "inside", 94798827),
     M(AC, "9,4 juta jiwa", N, "abroad", 9.4e6),
     M(AC, "2,56 persen", N, "growth", 2.56, cls="pct"),
     M(AC, "2006-2017", D, "period", "2006"),
     M(AC, "2,04 persen", N, "growth_prev", 2.04, cls="pct"),
     M(AC, "10,1 persen", N, "cairo", 10.1, cls="pct"),
     M(AC, "9,1 persen", N, "giza", 9.1, cls="pct"),
     M(AC, "18,4 persen", N, "illit", 18.4, cls="pct"),
     M(AC, "18,2 persen", N, "youth", 18.2, cls="pct"),
     M(AC, "16,2 juta bangunan", N, "buildings", 16.2e6),

     M(KC, "sekitar 94,8 juta jiwa", N, "inside", 94.8e6, qual="approx"),
     M(KC, "9,4 juta", N, "abroad", 9.4e6),
     M(KC, "104,2 juta jiwa", N, "total", 104.2e6),
     M(KC, "Sabtu (30/9/2017)", D, "announce", "2017-09-30"),
     M(KC, "April 2017", D, "ref", "2017-04"),
     M(KC, "2,56 persen", N, "growth", 2.56, cls="pct"),
     M(KC, "2006", D, "period", "2006"),
     M(KC, "2,04 persen", N, "growth_prev", 2.04, cls="pct"),
     M(KC, "1996-2006", D, "prev_period", "1996"),
     M(KC, "18,4 persen", N, "illit", 18.4, cls="pct"),
     M(KC, "Sekitar 68 persen", N, "married", 68, qual="approx", cls="pct"),
     M(KC, "10,1 persen", N, "cairo", 10.1, cls="pct"),
     M(KC, "9,1 persen", N, "giza", 9.1, cls="pct"),
     M(KC, "16,2 juta bangunan", N, "buildings", 16.2e6),
     M(KC, "sekitar dua bulan", N, "collect", 2, qual="approx", cls="dur"),

     M(JC, "Saturday, Sept. 30", D, "announce", "2017-09-30"),
     M(JC, "94.8 million", N, "inside", 94.8e6, qual="approx"),
     M(JC, "9.4 million", N, "abroad", 9.4e6),
     M(JC, "104.2 million", N, "total", 104.2e6),
     M(JC, "2.56 percent", N, "growth", 2.56, cls="pct"),
     M(JC, "2006", D, "period", "2006"),
     M(JC, "2.04 percent", N, "growth_prev", 2.04, cls="pct"),
     M(JC, "1996-2006", D, "prev_period", "1996"),
     M(JC, "April 2017", D, "ref", "2017-04"),
     M(JC, "10.1 percent", N, "cairo", 10.1, cls="pct"),
     M(JC, "9.1 percent", N, "giza", 9.1, cls="pct"),
     M(JC, "18.4 percent", N, "illit", 18.4, cls="pct"),
     M(JC, "18.2 percent", N, "youth", 18.2, cls="pct"),
     M(JC, "Some 68 percent", N, "married", 68, qual="approx", cls="pct"),
     M(JC, "16.2 million buildings", N, "buildings", 16.2e6),
    ]
    build("egypt-census-2017", "Egypt's 2017 census results (control), announced by the statistics agency CAPMAS on "
          "Saturday 30 September 2017: 94,798,827 people inside Egypt as of April 2017, 9.4 million abroad, 104.2 "
          "million in all; growth 2.56% a year in 2006-2017 against 2.04% in 1996-2006; Cairo 10.1%, Giza 9.1%; "
          "illiteracy 18.4%, aged 15-24 18.2%, married 68%; 16.2 million buildings. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    rawda()
    amendments()
    census()
