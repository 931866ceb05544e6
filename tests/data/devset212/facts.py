"""The two-hundred-and-twelfth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset212/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def chiapas():
    K, R, T, A = "kompas-dec10", "reuters-dec11", "detik-dec16", "ap-jan04"
    # as-of times of the running tallies: Thursday night 9 December 2021 (the governor's 54 dead and 105 injured, the
    # federal attorney general's 53 dead), Friday 10 December (the governor's 55), Tuesday 14 December (21 bodies
    # identified), Wednesday 15 December (the Chiapas government's 57 dead, more than 60 still in care), the recap of
    # 4 January 2022 (57 dead, more than 100 injured). The dead and the injured do not fall; the count of those still
    # in care may. The dead: the Chiapas government's counts (the governor's) against the federal attorney general's
    # (sources). The people aboard: the National Guard's 166, the Guatemalan ombudsman's about 200 and the Chiapas
    # government's about 160 (sources).
    THUN, FRI, DEC14, DEC15, JAN04 = "2021-12-09n", "2021-12-10", "2021-12-14", "2021-12-15", "2022-01-04"
    GOV, FGR, NG, OMB = ("the Chiapas government", "the federal attorney general's office", "the National Guard",
                         "Guatemala's human rights ombudsman")
    names = {
     "dead": "migrants killed", "dead_scene": "killed at the scene", "dead_hosp": "died in hospital by Thursday night",
     "injured": "people injured", "men": "injured men", "women": "injured women",
     "serious": "seriously injured", "dist": "distance from Tuxtla Gutierrez (km)", "aboard": "migrants aboard",
     "fee": "fee paid to smugglers (dollars)", "dead2010": "migrants killed in Tamaulipas in 2010",
     "in_care": "migrants still in medical care", "identified": "bodies identified", "visas": "temporary visas given",
     "checkpoints": "immigration checkpoints passed",
     # dates
     "crash": "day of the crash", "count_thu": "day of the governor's first count",
     "asof_fri": "day of the count of 55", "y2010": "year of the Tamaulipas massacre",
     "asof_dec15": "day of the count of 57", "asof_dec14": "day 21 bodies were identified",
    }
    ms = [
     M(K, "Kamis (9/12/2021)", D, "crash", "2021-12-09"),
     M(K, "10 km", N, "dist", 10, cls="km"),
     M(K, "Kamis malam", D, "count_thu", "2021-12-09"),
     M(K, "54 orang", N, "dead", 54, THUN, src=GOV),
     M(K, "49 orang", N, "dead_scene", 49, THUN),
     M(K, "lima orang", N, "dead_hosp", 5, THUN),
     M(K, "105 orang", N, "injured", 105, THUN),
     M(K, "83 laki-laki", N, "men", 83, THUN),
     M(K, "22 perempuan", N, "women", 22, THUN),
     M(K, "53 korban jiwa", N, "dead", 53, THUN, src=FGR),
     M(K, "tiga korban luka", N, "serious", 3, THUN),

     M(R, "55", N, "dead", 55, FRI, src=GOV),
     M(R, "Friday", D, "asof_fri", "2021-12-10"),
     M(R, "Thursday afternoon", D, "crash", "2021-12-09"),
     M(R, "54", N, "dead", 54, THUN, src=GOV),
     M(R, "late on Thursday", D, "count_thu", "2021-12-09"),
     M(R, "105 people", N, "injured", 105, THUN),
     M(R, "53 dead", N, "dead", 53, THUN, src=FGR),
     M(R, "166 migrants", N, "aboard", 166, src=NG),
     M(R, "about 200 people", N, "aboard", 200, qual="approx", src=OMB),
     M(R, "$2,500 to $3,000", N, "fee", 2500, cls="usd"),
     M(R, "72 migrants", N, "dead2010", 72),
     M(R, "2010", D, "y2010", "2010"),

     M(T, "57 orang", N, "dead", 57, DEC15, src=GOV),
     M(T, "Rabu (15/12/2021)", D, "asof_dec15", "2021-12-15"),
     M(T, "Lebih dari 60 migran", N, "in_care", 60, DEC15, qual="morethan", fall=True),
     M(T, "Selasa (14/12/2021)", D, "asof_dec14", "2021-12-14"),
     M(T, "21 jenazah", N, "identified", 21, DEC14),
     M(T, "17 warga Guatemala", N, "visas", 17, DEC15),
     M(T, "sekitar 160 migran", N, "aboard", 160, qual="approx", src=GOV),
     M(T, "Rabu (8/12/2021)", D, "crash", "2021-12-08", planted=True),
     M(T, "tiga pos pemeriksaan", N, "checkpoints", 3),
     M(T, "105 korban luka", N, "injured", 105, THUN),
     M(T, "83", N, "men", 83, THUN),
     M(T, "2.500 dan 3.000 dolar AS", N, "fee", 2500, cls="usd"),

     M(A, "57", N, "dead", 57, JAN04),
     M(A, "More than 100 others", N, "injured", 100, JAN04, qual="morethan"),
     M(A, "Dec. 9", D, "crash", "2021-12-09"),
     M(A, "166 people", N, "aboard", 166, src=NG),
     M(A, "close to 200", N, "aboard", 200, qual="nearly", src=OMB),
     M(A, "$2,500 and $3,000", N, "fee", 2500, cls="usd"),
     M(A, "45 deaths", N, "dead", 45, THUN, src=GOV, planted=True),
     M(A, "Dec. 14", D, "asof_dec14", "2021-12-14"),
     M(A, "21 of the dead", N, "identified", 21, DEC14),
     M(A, "three immigration checkpoints", N, "checkpoints", 3),
     M(A, "2010", D, "y2010", "2010"),
     M(A, "72 migrants", N, "dead2010", 72),
    ]
    build("chiapas-truck-crash-2021", "The crash of a tractor-trailer packed with migrants outside Tuxtla Gutierrez, "
          "Chiapas, Mexico (Thursday 9 December 2021, about 15.30): the governor's 54 dead (49 at the scene, five in "
          "hospital) and 105 injured (83 men, 22 women) on Thursday night against the federal attorney general's 53; "
          "55 on Friday 10 December; 57 by Wednesday 15 December, more than 60 still in care, 21 bodies identified by "
          "Tuesday 14 December; 166 aboard by the National Guard against about 200 by Guatemala's ombudsman and about "
          "160 by the Chiapas government; fees of $2,500 to $3,000; the Tamaulipas massacre of 72 migrants in 2010",
          False, ms, names)


def perez_molina():
    R, K, T, A = "reuters-aug22", "kompas-sep02", "detik-sep04", "ap-sep28"
    # votes, seats and dates do not change with the day of the report: the prosecutors' accusation and the former
    # vice president's arrest (Friday 21 August 2015), the Supreme Court's clearing of the request (Tuesday 25
    # August), Congress lifting the immunity (Tuesday 1 September, 132-0, 26 absent), the travel ban that night, the
    # resignation letter (Wednesday 2 September, 23.58), Congress accepting it and the vice president sworn in
    # (Thursday 3 September), the first round (Sunday 6 September) and the runoff (Sunday 25 October) are different
    # events. The acceptance vote: the first count reported from the chamber (118 present, 40 absent) against the
    # Congress's own record (116 votes, 42 absent) -- two as-of times of one count, the lower later (a revision).
    # The 105 votes needed to lift the immunity and the 105 needed to accept the resignation are two facts.
    ACC0, ACC1 = "2015-09-03a", "2015-09-03b"
    names = {
     "share": "share of the bribes kept by the leaders (%)", "imm_needed": "votes needed to lift the immunity",
     "seats": "seats in Congress", "imm_yes": "votes to lift the immunity", "imm_absent": "lawmakers absent (immunity)",
     "acc_yes": "votes to accept the resignation", "acc_absent": "lawmakers absent (resignation)",
     "acc_needed": "votes needed to accept the resignation", "accomplices": "others accused with the president",
     # dates
     "accuse": "day the prosecutors named the president", "arrest_b": "day the former vice president was arrested",
     "baldetti_resign": "day the vice president resigned", "uncovered": "day the ring was exposed",
     "term_end": "day the president's term ends", "election": "day of the first round",
     "immunity": "day Congress lifted the immunity", "court": "day the Supreme Court cleared the request",
     "travel_ban": "day a judge barred the president from travel", "accept": "day Congress accepted the resignation",
     "resign_letter": "day the resignation letter was delivered", "vp_named": "day the new vice president was named",
     "sworn": "day the new president was sworn in", "runoff": "day of the runoff",
    }
    ms = [
     M(R, "Friday", D, "accuse", "2015-08-21"),
     M(R, "May 8", D, "baldetti_resign", "2015-05-08"),
     M(R, "Friday", D, "arrest_b", "2015-08-21", occ=2),
     M(R, "April 16", D, "uncovered", "2015-04-16"),
     M(R, "50 percent", N, "share", 50, cls="pct"),
     M(R, "Jan. 14, 2016", D, "term_end", "2016-01-14"),
     M(R, "105", N, "imm_needed", 105),
     M(R, "158 lawmakers", N, "seats", 158),
     M(R, "Sept. 6", D, "election", "2015-09-06"),

     M(K, "Selasa (1/9/2015)", D, "immunity", "2015-09-01"),
     M(K, "132 anggota", N, "imm_yes", 132),
     M(K, "26 anggota", N, "imm_absent", 26),
     M(K, "sedikitnya 105", N, "imm_needed", 105, qual="atleast"),
     M(K, "158 anggota", N, "seats", 158),
     M(K, "Selasa (25/8/2015)", D, "court", "2015-08-25"),
     M(K, "9 Mei 2015", D, "baldetti_resign", "2015-05-09", planted=True),
     M(K, "Selasa malam", D, "travel_ban", "2015-09-01"),
     M(K, "Minggu (6/9/2015)", D, "election", "2015-09-06"),

     M(T, "Kamis (3/9/2015)", D, "accept", "2015-09-03"),
     M(T, "Rabu (2/9/2015)", D, "resign_letter", "2015-09-02"),
     M(T, "118 anggota", N, "acc_yes", 118, ACC0),
     M(T, "40 anggota", N, "acc_absent", 40, ACC0),
     M(T, "14 Januari 2016", D, "term_end", "2016-01-14"),
     M(T, "14 Mei 2015", D, "vp_named", "2015-05-14"),
     M(T, "8 Mei 2015", D, "baldetti_resign", "2015-05-08"),
     M(T, "50 persen", N, "share", 50, cls="pct"),
     M(T, "sedikitnya 28 orang", N, "accomplices", 28, qual="atleast"),
     M(T, "132 suara", N, "imm_yes", 132),
     M(T, "Selasa (1/9/2015)", D, "immunity", "2015-09-01"),
     M(T, "Minggu (6/9/2015)", D, "election", "2015-09-06"),

     M(A, "Sept. 1", D, "immunity", "2015-09-01"),
     M(A, "123-0", N, "imm_yes", 123, planted=True),
     M(A, "Sept. 2", D, "resign_letter", "2015-09-02"),
     M(A, "116 votes", N, "acc_yes", 116, ACC1),
     M(A, "42", N, "acc_absent", 42, ACC1),
     M(A, "158 members", N, "seats", 158),
     M(A, "105 votes", N, "acc_needed", 105),
     M(A, "Sept. 3", D, "sworn", "2015-09-03"),
     M(A, "Jan. 14, 2016", D, "term_end", "2016-01-14"),
     M(A, "50 percent", N, "share", 50, cls="pct"),
     M(A, "May 8", D, "baldetti_resign", "2015-05-08"),
     M(A, "April 16", D, "uncovered", "2015-04-16"),
     M(A, "Oct. 25", D, "runoff", "2015-10-25"),
     M(A, "Sept. 6", D, "election", "2015-09-06"),
    ]
    build("perez-molina-resignation-2015", "The fall of Guatemala's president Otto Perez Molina in stages: prosecutors "
          "and the UN-backed commission name him in the La Linea customs fraud and the former vice president Roxana "
          "Baldetti (who quit on 8 May 2015) is arrested (Friday 21 August 2015); the Supreme Court clears the request "
          "(Tuesday 25 August); Congress lifts his immunity (Tuesday 1 September, 132-0, 26 absent, 105 of 158 "
          "needed); the resignation letter (Wednesday 2 September, 23.58); Congress accepts it (Thursday 3 September: "
          "118 present and 40 absent as first reported, 116 votes and 42 absent as recorded) and Alejandro Maldonado "
          "Aguirre is sworn in; the first round (Sunday 6 September) and the runoff (Sunday 25 October 2015)",
          False, ms, names)


def bitcoin():
    R, B, K, A = "reuters-jun09", "bisnis-jun10", "kompas-jun11", "ap-jun12"
    names = {
     "yes": "votes for the Bitcoin Law", "seats": "seats in the Legislative Assembly",
     "days": "days before the law takes effect", "unbanked": "Salvadorans without a bank account (%)",
     "remit": "remittances in 2020 (billion dollars)", "remit_gdp": "remittances as a share of GDP (%)",
     # dates
     "vote": "day of the vote", "announce": "day the plan was announced", "dollar": "year the dollar was adopted",
     "remit_year": "year of the remittances figure",
    }
    ms = [
     M(R, "Wednesday", D, "vote", "2021-06-09"),
     M(R, "62", N, "yes", 62),
     M(R, "84 votes", N, "seats", 84),
     M(R, "90 days", N, "days", 90, cls="dur"),
     M(R, "2001", D, "dollar", "2001"),
     M(R, "Saturday", D, "announce", "2021-06-05"),
     M(R, "70%", N, "unbanked", 70, cls="pct"),
     M(R, "$5.9 billion", N, "remit", 5.9, cls="usd"),
     M(R, "2020", D, "remit_year", "2020"),
     M(R, "about 22%", N, "remit_gdp", 22, qual="approx", cls="pct"),

     M(B, "Rabu (9/6/2021)", D, "vote", "2021-06-09"),
     M(B, "62", N, "yes", 62),
     M(B, "84 anggota parlemen", N, "seats", 84),
     M(B, "90 hari", N, "days", 90, cls="dur"),
     M(B, "2001", D, "dollar", "2001"),
     M(B, "Sabtu (5/6/2021)", D, "announce", "2021-06-05"),
     M(B, "sekitar 70 persen", N, "unbanked", 70, qual="approx", cls="pct"),
     M(B, "US$5,9 miliar", N, "remit", 5.9, cls="usd"),
     M(B, "2020", D, "remit_year", "2020"),
     M(B, "sekitar 22 persen", N, "remit_gdp", 22, qual="approx", cls="pct"),

     M(K, "Rabu (9/6/2021)", D, "vote", "2021-06-09"),
     M(K, "62 anggota", N, "yes", 62),
     M(K, "84 kursi", N, "seats", 84),
     M(K, "90 hari", N, "days", 90, cls="dur"),
     M(K, "2001", D, "dollar", "2001"),
     M(K, "Sabtu (5/6/2021)", D, "announce", "2021-06-05"),
     M(K, "2020", D, "remit_year", "2020"),
     M(K, "5,9 miliar dolar AS", N, "remit", 5.9, cls="usd"),
     M(K, "sekitar 22 persen", N, "remit_gdp", 22, qual="approx", cls="pct"),
     M(K, "70 persen", N, "unbanked", 70, cls="pct"),

     M(A, "June 9", D, "vote", "2021-06-09"),
     M(A, "62 votes", N, "yes", 62),
     M(A, "84-seat", N, "seats", 84),
     M(A, "June 5", D, "announce", "2021-06-05"),
     M(A, "90 days", N, "days", 90, cls="dur"),
     M(A, "2001", D, "dollar", "2001"),
     M(A, "$5.9 billion", N, "remit", 5.9, cls="usd"),
     M(A, "2020", D, "remit_year", "2020"),
     M(A, "roughly 22%", N, "remit_gdp", 22, qual="approx", cls="pct"),
     M(A, "about 70%", N, "unbanked", 70, qual="approx", cls="pct"),
    ]
    build("bitcoin-law-2021", "El Salvador's Bitcoin Law (control), approved by the Legislative Assembly early on "
          "Wednesday 9 June 2021 with 62 of 84 votes after the president announced it on Saturday 5 June: bitcoin legal "
          "tender in 90 days beside the dollar (used since 2001); about 70% of Salvadorans without a bank account; "
          "remittances of $5.9 billion in 2020, about 22% of GDP. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    chiapas()
    perez_molina()
    bitcoin()
