"""The hundred-and-seventy-third development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset173/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def spanair():
    K, R, T, A = "kompas-aug20", "reuters-aug21", "detik-aug22", "antara-sep19"
    # as-of times of the running tallies: the first media reports on Wednesday 20 August 2008 (175 on board, 166
    # passengers, nine crew: the airline's list of Thursday gives 172, 162 and 10, a downward revision of the people
    # and passengers on board), the public works minister's briefing on Wednesday night (153 dead, 19 survivors),
    # Thursday 21 August (the same 153 and 19; detik's report of Friday 22 August gives the toll "hingga Kamis" and the
    # rest as of its own day) and the recall of Friday 19 September (154 dead, 18 survivors after
    # one died in hospital days after the crash). The survivors fall as the injured die (fall=True); the dead do not fall.
    # Sources: a rescue official's early count of 26 pulled out alive (to Spanish media) against the minister's 19.
    MIN, RESCUE = "the public works minister", "a rescue official"
    EARLY, WEDN, THU, FRI, SEP = "2008-08-20a", "2008-08-20b", "2008-08-21", "2008-08-22", "2008-09-19"
    names = {
     "dead": "people killed", "survivors": "survivors (all injured)", "onboard": "people on board",
     "passengers": "passengers on board", "crew": "crew on board", "offduty": "crew travelling off duty",
     "babies": "babies on board", "lufthansa": "passengers with Lufthansa tickets",
     "avianca": "people killed in the 1983 Avianca crash",
     "mourning": "days of national mourning", "delay": "the flight's delay before the crash (hours)",
     "history": "Spanair's years without a fatal accident",
     # dates
     "crash": "day of the crash", "asof_wed": "day of the minister's briefing", "recorders": "day the flight recorders were found",
     "asof_thu": "day of Thursday's count", "families": "day of the victims' families' meeting",
     "y1983": "year of the previous worse air disaster",
    }
    ms = [
     M(K, "Rabu (20/8/2008)", D, "crash", "2008-08-20"),
     M(K, "175 orang", N, "onboard", 175, EARLY),
     M(K, "166 penumpang", N, "passengers", 166, EARLY),
     M(K, "sembilan awak", N, "crew", 9, EARLY),
     M(K, "Rabu malam", D, "asof_wed", "2008-08-20"),
     M(K, "153 orang", N, "dead", 153, WEDN),
     M(K, "19 orang", N, "survivors", 19, WEDN, src=MIN, fall=True),
     M(K, "1983", D, "y1983", "1983"),
     M(K, "181 orang", N, "avianca", 181),
     M(K, "tiga hari", N, "mourning", 3, cls="dur"),

     M(R, "Thursday", D, "recorders", "2008-08-21"),
     M(R, "Wednesday", D, "crash", "2008-08-20"),
     M(R, "153 people", N, "dead", 153, THU),
     M(R, "19", N, "survivors", 19, THU, fall=True),
     M(R, "172 people", N, "onboard", 172, THU),
     M(R, "26 people", N, "survivors", 26, EARLY, src=RESCUE, fall=True),
     M(R, "162 passengers", N, "passengers", 162, THU),
     M(R, "10 crew", N, "crew", 10, THU),
     M(R, "four of whom", N, "offduty", 4, THU),
     M(R, "more than an hour", N, "delay", 1, qual="morethan", cls="dur"),
     M(R, "1983", D, "y1983", "1983"),
     M(R, "three days", N, "mourning", 3, cls="dur"),
     M(R, "seven passengers", N, "lufthansa", 7),

     M(T, "Rabu (20/8/2008)", D, "crash", "2008-08-20"),
     M(T, "153 orang", N, "dead", 153, THU),
     M(T, "Kamis (21/8/2008)", D, "asof_thu", "2008-08-21"),
     M(T, "172 orang", N, "onboard", 172, FRI),
     M(T, "19 orang", N, "survivors", 19, FRI, fall=True),
     M(T, "162 penumpang", N, "passengers", 162, FRI),
     M(T, "dua bayi", N, "babies", 2, FRI),
     M(T, "10 awak", N, "crew", 10, FRI),
     M(T, "Kamis (21/8/2008)", D, "recorders", "2008-08-21", occ=2),
     M(T, "lebih dari satu jam", N, "delay", 1, qual="morethan", cls="dur"),
     M(T, "tiga hari", N, "mourning", 3, cls="dur"),
     M(T, "1983", D, "y1983", "1983"),

     M(A, "154 orang", N, "dead", 154, SEP),
     M(A, "18 orang", N, "survivors", 18, SEP, fall=True),
     M(A, "Selasa (19/8/2008)", D, "crash", "2008-08-19", planted=True),
     M(A, "172 orang", N, "onboard", 172, SEP),
     M(A, "162 di antaranya", N, "passengers", 162, SEP),
     M(A, "10 lainnya", N, "crew", 10, SEP),
     M(A, "20 tahun", N, "history", 20, cls="dur"),
     M(A, "Jumat (19/9/2008)", D, "families", "2008-09-19"),
    ]
    build("spanair-crash-2008", "The crash of Spanair flight JK5022 (an MD-82 bound for Gran Canaria) on take-off at "
          "Madrid's Barajas airport on Wednesday 20 August 2008: first reports of 175 on board (166 passengers, nine "
          "crew) revised to the airline's 172 (162 passengers, 10 crew); 153 dead and 19 survivors by the minister's "
          "count on Wednesday night and on Thursday 21 August, 154 dead and 18 survivors by the recall of Friday 19 September; the "
          "flight recorders found on Thursday; three days of mourning; Spain's worst air disaster since 1983",
          False, ms, names)


def euthanasia():
    K, T, R, D1 = "kompas-dec17", "tempo-mar11", "reuters-mar18", "detik-mar26"
    # three votes on three days, none of which changes with the day of the report: the Congress of Deputies' first vote
    # (Thursday 17 December 2020: 198-138-2), the Senate's (Wednesday 10 March 2021: 155-100-3) and the Congress's final
    # vote (Thursday 18 March 2021: 202-141-2); the publication in the official gazette (Thursday 25 March 2021) and
    # the entry into force three months on (25 June 2021). Vote counts of the three votes are one class (tempting).
    names = {
     "ayes1": "Congress's first vote: in favour", "noes1": "Congress's first vote: against",
     "abst1": "Congress's first vote: abstentions", "s_ayes": "the Senate's vote: in favour",
     "s_noes": "the Senate's vote: against", "s_abst": "the Senate's vote: abstentions",
     "ayes2": "Congress's final vote: in favour", "noes2": "Congress's final vote: against",
     "abst2": "Congress's final vote: abstentions",
     "penalty": "maximum prison term for helping someone die (years)", "delay": "time before the law takes effect (months)",
     "gap": "minimum days between the two written requests", "poll": "share of Spaniards in favour (2019 survey)",
     # dates
     "vote1": "day of Congress's first vote", "senate": "day of the Senate's vote", "final": "day of Congress's final vote",
     "gazette": "day the law was published in the gazette", "effective": "day the law takes effect",
     "pt_parl": "month Portugal's parliament passed its law", "pt_court": "day Portugal's Constitutional Court struck it down",
     "survey": "year of the survey", "sampedro": "year Ramon Sampedro ended his life", "film": "year of the film",
    }
    ms = [
     M(K, "Kamis (17/12/2020)", D, "vote1", "2020-12-17"),
     M(K, "198 anggota", N, "ayes1", 198, cls="votes"),
     M(K, "138 anggota", N, "noes1", 138, cls="votes"),
     M(K, "dua anggota", N, "abst1", 2, cls="votes"),
     M(K, "hingga 10 tahun", N, "penalty", 10, cls="dur"),

     M(T, "Rabu (10/3/2021)", D, "senate", "2021-03-10"),
     M(T, "155 senator", N, "s_ayes", 155, cls="votes"),
     M(T, "100 senator", N, "s_noes", 100, cls="votes"),
     M(T, "tiga senator", N, "s_abst", 3, cls="votes"),
     M(T, "17 Desember 2020", D, "vote1", "2020-12-17"),
     M(T, "189 suara", N, "ayes1", 189, cls="votes", planted=True),
     M(T, "tiga bulan", N, "delay", 3, cls="dur"),
     M(T, "sedikitnya 15 hari", N, "gap", 15, cls="dur"),
     M(T, "Januari 2021", D, "pt_parl", "2021-01"),

     M(R, "Thursday", D, "final", "2021-03-18"),
     M(R, "202 votes", N, "ayes2", 202, cls="votes"),
     M(R, "141", N, "noes2", 141, cls="votes"),
     M(R, "2 abstentions", N, "abst2", 2, cls="votes"),
     M(R, "March 10", D, "senate", "2021-03-10"),
     M(R, "155 votes", N, "s_ayes", 155, cls="votes"),
     M(R, "100", N, "s_noes", 100, cls="votes"),
     M(R, "three months", N, "delay", 3, cls="dur"),
     M(R, "up to 10 years", N, "penalty", 10, cls="dur"),
     M(R, "2019", D, "survey", "2019"),
     M(R, "almost 90%", N, "poll", 90, qual="nearly", cls="pct"),
     M(R, "1998", D, "sampedro", "1998"),
     M(R, "2004", D, "film", "2004"),
     M(R, "Monday", D, "pt_court", "2021-03-15"),
     M(R, "January", D, "pt_parl", "2021-01"),

     M(D1, "Kamis (25/3/2021)", D, "gazette", "2021-03-25"),
     M(D1, "25 Juni 2021", D, "effective", "2021-06-25"),
     M(D1, "tiga bulan", N, "delay", 3, cls="dur"),
     M(D1, "Rabu (17/3/2021)", D, "final", "2021-03-17", planted=True),
     M(D1, "202 suara", N, "ayes2", 202, cls="votes"),
     M(D1, "141 menolak", N, "noes2", 141, cls="votes"),
     M(D1, "dua abstain", N, "abst2", 2, cls="votes"),
     M(D1, "10 Maret 2021", D, "senate", "2021-03-10"),
     M(D1, "17 Desember 2020", D, "vote1", "2020-12-17"),
     M(D1, "198 anggota", N, "ayes1", 198, cls="votes"),
     M(D1, "sedikitnya 15 hari", N, "gap", 15, cls="dur"),
    ]
    build("spain-euthanasia-2021", "Spain's euthanasia law in three votes: the Congress of Deputies' first vote on "
          "Thursday 17 December 2020 (198 in favour, 138 against, 2 abstentions), the Senate's on Wednesday 10 March "
          "2021 with technical amendments (155-100, 3 abstentions), the Congress's final vote on Thursday 18 March 2021 "
          "(202-141, 2 abstentions); published in the official gazette on Thursday 25 March 2021, in force three months "
          "on (25 June 2021); up to 10 years in prison before; two written requests at least 15 days apart",
          False, ms, names)


def santander():
    R, K, B, A = "reuters-jan31", "kontan-feb03", "bisnis-feb01", "antara-feb02"
    # one results release (Wednesday 31 January 2024) reported everywhere with the same figures; euro amounts in
    # millions (the profit, the fourth quarter's) and in euros (per share) are one class, percentages another.
    names = {
     "profit": "2023 attributable profit (EUR million)", "growth": "profit growth in 2023",
     "q4": "fourth-quarter profit (EUR million)", "q4growth": "fourth-quarter profit growth",
     "revenue": "revenue growth", "rote": "return on tangible equity", "rote_up": "RoTE's rise (points)",
     "eff": "efficiency ratio", "cet1": "fully loaded CET1 ratio", "cor": "cost of risk",
     "eps": "earnings per share (EUR)", "eps_g": "earnings per share growth", "tnav": "TNAV per share (EUR)",
     "t_rote": "2024 RoTE target", "t_eff": "2024 efficiency ratio target", "t_cet1": "CET1 target",
     "t_cor": "cost of risk target",
     # dates
     "release": "day of the results release", "fy": "the financial year reported", "target_year": "the year of the targets",
    }
    ms = [
     M(R, "11.08 billion euros", N, "profit", 11080, qual="approx", cls="eur"),
     M(R, "2023", D, "fy", "2023"),
     M(R, "Wednesday", D, "release", "2024-01-31"),
     M(R, "15%", N, "growth", 15, cls="pct"),
     M(R, "28%", N, "q4growth", 28, cls="pct"),
     M(R, "2.93 billion euros", N, "q4", 2930, qual="approx", cls="eur"),
     M(R, "13%", N, "revenue", 13, cls="pct"),
     M(R, "15.1%", N, "rote", 15.1, cls="pct"),
     M(R, "1.7 percentage points", N, "rote_up", 1.7, cls="pct"),
     M(R, "44.1%", N, "eff", 44.1, cls="pct"),
     M(R, "12.3%", N, "cet1", 12.3, cls="pct"),
     M(R, "1.18%", N, "cor", 1.18, cls="pct"),
     M(R, "21.5%", N, "eps_g", 21.5, cls="pct"),
     M(R, "0.65 euros", N, "eps", 0.65, cls="eur"),
     M(R, "2024", D, "target_year", "2024"),
     M(R, "16%", N, "t_rote", 16, cls="pct"),
     M(R, "below 43%", N, "t_eff", 43, cls="pct"),

     M(K, "11.076 juta euro", N, "profit", 11076, cls="eur"),
     M(K, "2023", D, "fy", "2023"),
     M(K, "15%", N, "growth", 15, cls="pct"),
     M(K, "Rabu (31/1/2024)", D, "release", "2024-01-31"),
     M(K, "28%", N, "q4growth", 28, cls="pct"),
     M(K, "2.933 juta euro", N, "q4", 2933, cls="eur"),
     M(K, "13%", N, "revenue", 13, cls="pct"),
     M(K, "15,1%", N, "rote", 15.1, cls="pct"),
     M(K, "44,1%", N, "eff", 44.1, cls="pct"),
     M(K, "12,3%", N, "cet1", 12.3, cls="pct"),
     M(K, "1,18%", N, "cor", 1.18, cls="pct"),
     M(K, "21,5%", N, "eps_g", 21.5, cls="pct"),
     M(K, "0,65 euro", N, "eps", 0.65, cls="eur"),
     M(K, "2024", D, "target_year", "2024", occ=2),
     M(K, "16%", N, "t_rote", 16, cls="pct"),
     M(K, "di bawah 43%", N, "t_eff", 43, cls="pct"),
     M(K, "di atas 12%", N, "t_cet1", 12, cls="pct"),
     M(K, "sekitar 1,2%", N, "t_cor", 1.2, qual="approx", cls="pct"),

     M(B, "11,08 miliar euro", N, "profit", 11080, qual="approx", cls="eur"),
     M(B, "2023", D, "fy", "2023"),
     M(B, "15%", N, "growth", 15, cls="pct"),
     M(B, "Rabu (31/1/2024)", D, "release", "2024-01-31"),
     M(B, "28%", N, "q4growth", 28, cls="pct"),
     M(B, "2,93 miliar euro", N, "q4", 2930, qual="approx", cls="eur"),
     M(B, "1,7 poin persentase", N, "rote_up", 1.7, cls="pct"),
     M(B, "15,1%", N, "rote", 15.1, cls="pct"),
     M(B, "44,1%", N, "eff", 44.1, cls="pct"),
     M(B, "12,3%", N, "cet1", 12.3, cls="pct"),
     M(B, "13%", N, "revenue", 13, cls="pct"),
     M(B, "2024", D, "target_year", "2024", occ=2),
     M(B, "16%", N, "t_rote", 16, cls="pct"),
     M(B, "di bawah 43%", N, "t_eff", 43, cls="pct"),
     M(B, "di atas 12%", N, "t_cet1", 12, cls="pct"),
     M(B, "0,65 euro", N, "eps", 0.65, cls="eur"),
     M(B, "21,5%", N, "eps_g", 21.5, cls="pct"),
     M(B, "4,76 euro", N, "tnav", 4.76, cls="eur"),

     M(A, "11.076 juta euro", N, "profit", 11076, cls="eur"),
     M(A, "2023", D, "fy", "2023"),
     M(A, "15%", N, "growth", 15, cls="pct"),
     M(A, "Rabu (31/1/2024)", D, "release", "2024-01-31"),
     M(A, "2.933 juta euro", N, "q4", 2933, cls="eur"),
     M(A, "28%", N, "q4growth", 28, cls="pct"),
     M(A, "13%", N, "revenue", 13, cls="pct"),
     M(A, "44,1%", N, "eff", 44.1, cls="pct"),
     M(A, "15,1%", N, "rote", 15.1, cls="pct"),
     M(A, "1,18%", N, "cor", 1.18, cls="pct"),
     M(A, "12,3%", N, "cet1", 12.3, cls="pct"),
     M(A, "21,5%", N, "eps_g", 21.5, cls="pct"),
     M(A, "0,65 euro", N, "eps", 0.65, cls="eur"),
     M(A, "4,76 euro", N, "tnav", 4.76, cls="eur"),
     M(A, "2024", D, "target_year", "2024", occ=2),
     M(A, "16%", N, "t_rote", 16, cls="pct"),
     M(A, "sekitar 1,2%", N, "t_cor", 1.2, qual="approx", cls="pct"),
    ]
    build("santander-fy2023", "Banco Santander's 2023 results (control), released on Wednesday 31 January 2024: a record "
          "attributable profit of EUR 11,076 million (up 15%), fourth-quarter profit EUR 2,933 million (up 28%), revenue "
          "up 13%, RoTE 15.1% (up 1.7 points), efficiency 44.1%, fully loaded CET1 12.3%, cost of risk 1.18%, EPS EUR "
          "0.65 (up 21.5%), TNAV per share EUR 4.76; 2024 targets of RoTE 16%, efficiency below 43%, CET1 above 12% and "
          "cost of risk about 1.2%. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    spanair()
    euthanasia()
    santander()
