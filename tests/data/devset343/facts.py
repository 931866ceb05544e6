"""The three-hundred-and-forty-third development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset343/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def goiania():
    R, K, A, T = "reuters-oct02", "kompas-oct24", "ap-oct29", "tempo-sep30"
    # as-of times of the running tallies: Thursday 1 October 1987 (the nuclear commission's first count of the
    # contaminated, 34, against the Goias state health department's 41: sources; ten in hospital), Friday 23 October
    # (two dead), Saturday 24 October (244 contaminated, 20 in hospital, 14 of them in Rio, more than 60,000
    # screened), Tuesday 27 October (three dead), Wednesday 28 October (four dead, more than 70,000 screened) and the
    # first anniversary, 30 September 1988 (about 112,000 screened, 249 contaminated, four dead; no source named).
    # The dead, the contaminated and the screened do not fall; those in hospital may (patients are discharged). The
    # source's activity, the victims' ages and the dates of the removal and of the discovery do not change with the
    # day of the report.
    OCT1, OCT23, OCT24, OCT27, OCT28, YEAR = ("1987-10-01", "1987-10-23", "1987-10-24", "1987-10-27", "1987-10-28",
                                              "1988-09-30")
    CNEN, HEALTH = "the National Nuclear Energy Commission (CNEN)", "the Goias state health department"
    names = {
     "dead": "people killed by the radiation", "contam": "people found contaminated",
     "hosp": "people in hospital", "rio": "patients flown to the naval hospital in Rio",
     "screened": "people screened for radiation", "scavengers": "scrap collectors who took the unit",
     "activity": "the source's activity (curies)", "waste": "radioactive waste from the clean-up (cubic metres)",
     "age_leide": "the girl's age", "age_mg": "her aunt's age", "age_isr": "the second worker's age",
     "age_adm": "the youngest worker's age",
     # dates
     "removal": "day the unit was taken from the clinic", "confirm": "day the contamination was discovered",
     "count_oct1": "day of the commission's first count", "count_oct24": "day of the count of 244",
     "count_oct28": "day of the screening count of more than 70,000", "death12": "day the girl and her aunt died",
     "death3": "day the third victim died", "death4": "day the fourth victim died", "burial": "day of the burial",
     "chernobyl": "month of the Chernobyl disaster",
    }
    ms = [
     M(R, "Thursday", D, "count_oct1", "1987-10-01"),
     M(R, "34 people", N, "contam", 34, OCT1, src=CNEN),
     M(R, "41 people", N, "contam", 41, OCT1, src=HEALTH),
     M(R, "Ten people", N, "hosp", 10, OCT1, src=CNEN, fall=True),
     M(R, "Two scrap collectors", N, "scavengers", 2),
     M(R, "Sept. 13", D, "removal", "1987-09-13"),
     M(R, "1,357 curies", N, "activity", 1357, cls="curie", planted=True),
     M(R, "Tuesday", D, "confirm", "1987-09-29"),

     M(K, "Dua korban", N, "dead", 2, OCT23),
     M(K, "Jumat (23/10/1987)", D, "death12", "1987-10-23"),
     M(K, "enam tahun", N, "age_leide", 6, cls="age"),
     M(K, "38 tahun", N, "age_mg", 38, cls="age"),
     M(K, "Sabtu (24/10/1987)", D, "count_oct24", "1987-10-24"),
     M(K, "244 orang", N, "contam", 244, OCT24, src=CNEN),
     M(K, "20 di antaranya", N, "hosp", 20, OCT24, src=CNEN, fall=True),
     M(K, "Empat belas pasien", N, "rio", 14, OCT24, fall=True),
     M(K, "Lebih dari 60.000 warga", N, "screened", 60000, OCT24, qual="morethan"),
     M(K, "Rabu (30/9/1987)", D, "confirm", "1987-09-30", planted=True),

     M(A, "18-year-old", N, "age_adm", 18, cls="age"),
     M(A, "Wednesday", D, "death4", "1987-10-28"),
     M(A, "four", N, "dead", 4, OCT28),
     M(A, "22", N, "age_isr", 22, cls="age"),
     M(A, "Tuesday", D, "death3", "1987-10-27"),
     M(A, "three", N, "dead", 3, OCT27),
     M(A, "6-year-old", N, "age_leide", 6, cls="age"),
     M(A, "Oct. 23", D, "death12", "1987-10-23"),
     M(A, "Monday", D, "burial", "1987-10-26"),
     M(A, "Sept. 13", D, "removal", "1987-09-13"),
     M(A, "Sept. 29", D, "confirm", "1987-09-29"),
     M(A, "Wednesday evening", D, "count_oct28", "1987-10-28"),
     M(A, "more than 70,000 people", N, "screened", 70000, OCT28, qual="morethan"),
     M(A, "April 1986", D, "chernobyl", "1986-04"),

     M(T, "1.375 curie", N, "activity", 1375, cls="curie"),
     M(T, "dua pemulung", N, "scavengers", 2),
     M(T, "13 September 1987", D, "removal", "1987-09-13"),
     M(T, "sekitar 112.000 orang", N, "screened", 112000, YEAR, qual="approx"),
     M(T, "249 orang", N, "contam", 249, YEAR),
     M(T, "empat orang", N, "dead", 4, YEAR),
     M(T, "23 Oktober 1987", D, "death12", "1987-10-23"),
     M(T, "sekitar 3.500 meter kubik", N, "waste", 3500, qual="approx", cls="m3"),
     M(T, "April 1986", D, "chernobyl", "1986-04"),
    ]
    build("goiania-caesium-1987", "The caesium-137 accident in Goiania, Brazil (1987): a radiotherapy unit taken from "
          "the abandoned Goiano Radiotherapy Institute on Sunday 13 September 1987 and broken open, its source of "
          "1,375 curies sold to a scrapyard; the contamination discovered on Tuesday 29 September; 34 contaminated by "
          "the nuclear commission's count of Thursday 1 October against 41 by the Goias state health department's, 244 "
          "by Saturday 24 October and 249 in all; ten in hospital on 1 October, 20 on 24 October (14 of them flown to "
          "the naval hospital in Rio); the dead rising from two (the girl Leide das Neves Ferreira, 6, and her aunt "
          "Maria Gabriela Ferreira, 38, on Friday 23 October) to three (Tuesday 27 October) and four (Wednesday 28 "
          "October); the screened rising from more than 60,000 to more than 70,000 and about 112,000; the burial on "
          "Monday 26 October; the first anniversary (about 3,500 cubic metres of waste); Chernobyl (April 1986) as "
          "another event", False, ms, names)


def plebiscite():
    R, K, T, A = "reuters-oct06", "kompas-oct07", "tempo-oct15", "ap-dec15"
    # as-of times of the count: the government's first official bulletin on the evening of Wednesday 5 October 1988
    # (79 tables: Yes 57.36%, No 40.54%), the opposition's parallel count shortly before midnight (No 57.8%, Yes
    # 40.5%: another source, so `sources` against every government figure) and the final official count (No
    # 55.99% and 3,967,579 votes, Yes 44.01% and 3,119,110), credited to the government throughout, also where a
    # later report recalls it without naming a source. The Yes falling from the first bulletin to the final count
    # is a revision; the No rising, an update. Registered voters and turnout are not tallies of a night.
    FIRST, OPPC, FINAL = "1988-10-05a", "1988-10-05b", "1988-10-06"
    GOV, OPP = "the Interior Ministry", "the Command for the No"
    names = {
     "yes_pct": "the Yes share of valid votes", "no_pct": "the No share of valid votes",
     "yes_votes": "votes for the Yes", "no_votes": "votes for the No", "registered": "registered voters",
     "turnout": "turnout of registered voters", "tables": "voting tables in the first bulletin",
     "term": "years of the term Pinochet sought", "rule_years": "years of military rule by December 1989",
     "age_pinochet": "Pinochet's age", "age_aylwin": "Aylwin's age", "aylwin_pct": "Aylwin's share in 1989",
     "buchi_pct": "Buchi's share in 1989", "errazuriz_pct": "Errazuriz's share in 1989",
     "parties": "parties in Aylwin's alliance", "designated": "appointed senators",
     "amendments": "constitutional amendments approved in July 1989",
     "reform_pct": "share approving the amendments", "allende_pct": "Allende's share in 1970",
     # dates
     "vote": "day of the plebiscite", "bulletin1": "evening of the first official bulletin",
     "junta_concede": "day junta members conceded", "speech": "day Pinochet accepted the result",
     "term_end": "year the sought term would have ended", "handover": "day Pinochet hands over the presidency",
     "coup": "day of the 1973 coup", "constitution": "year of the constitution",
     "army_end": "year Pinochet's army command may end", "last_free": "year of the last free presidential vote",
     "registration": "year voter registration reopened", "election89": "day of the 1989 presidential election",
     "reform_vote": "day of the constitutional amendments vote",
    }
    ms = [
     M(R, "eight years", N, "term", 8, cls="dur"),
     M(R, "Wednesday", D, "vote", "1988-10-05"),
     M(R, "Thursday", D, "junta_concede", "1988-10-06"),
     M(R, "Wednesday evening", D, "bulletin1", "1988-10-05"),
     M(R, "79 voting tables", N, "tables", 79, FIRST),
     M(R, "57.36 percent", N, "yes_pct", 57.36, FIRST, cls="pct", src=GOV),
     M(R, "40.54 percent", N, "no_pct", 40.54, FIRST, cls="pct", src=GOV),
     M(R, "57.8 percent", N, "no_pct", 57.8, OPPC, cls="pct", src=OPP),
     M(R, "40.5 percent", N, "yes_pct", 40.5, OPPC, cls="pct", src=OPP),
     M(R, "More than 7.4 million", N, "registered", 7400000, qual="morethan", cls="voters"),
     M(R, "above 90 percent", N, "turnout", 90, qual="morethan", cls="pct"),
     M(R, "March 1990", D, "handover", "1990-03"),
     M(R, "72", N, "age_pinochet", 72, cls="age"),
     M(R, "Sept. 11, 1973", D, "coup", "1973-09-11"),

     M(K, "Kamis (6/10/1988)", D, "speech", "1988-10-06"),
     M(K, "delapan tahun", N, "term", 8, cls="dur"),
     M(K, "1997", D, "term_end", "1997"),
     M(K, "55,99 persen", N, "no_pct", 55.99, FINAL, cls="pct", src=GOV),
     M(K, "3.967.579 suara", N, "no_votes", 3967579, FINAL, cls="voters", src=GOV),
     M(K, "44,01 persen", N, "yes_pct", 44.01, FINAL, cls="pct", src=GOV),
     M(K, "3.119.110 suara", N, "yes_votes", 3119110, FINAL, cls="voters", src=GOV),
     M(K, "Selasa (4/10/1988)", D, "vote", "1988-10-04", planted=True),
     M(K, "sekitar 7,4 juta pemilih", N, "registered", 7400000, qual="approx", cls="voters"),
     M(K, "97,53 persen", N, "turnout", 97.53, cls="pct"),
     M(K, "Rabu malam", D, "bulletin1", "1988-10-05"),
     M(K, "57,36 persen", N, "yes_pct", 57.36, FIRST, cls="pct", src=GOV),
     M(K, "1980", D, "constitution", "1980"),
     M(K, "Maret 1990", D, "handover", "1990-03"),
     M(K, "1998", D, "army_end", "1998"),

     M(T, "Rabu, 5 Oktober 1988", D, "vote", "1988-10-05"),
     M(T, "1970", D, "last_free", "1970"),
     M(T, "3.967.579 pemilih", N, "no_votes", 3967579, FINAL, cls="voters", src=GOV),
     M(T, "55,99 persen", N, "no_pct", 55.99, FINAL, cls="pct", src=GOV),
     M(T, "3.119.110 pemilih", N, "yes_votes", 3119110, FINAL, cls="voters", src=GOV),
     M(T, "44,01 persen", N, "yes_pct", 44.01, FINAL, cls="pct", src=GOV),
     M(T, "97,53 persen", N, "turnout", 97.53, cls="pct"),
     M(T, "7.435.913 warga", N, "registered", 7435913, cls="voters"),
     M(T, "1987", D, "registration", "1987"),
     M(T, "57,8 persen", N, "no_pct", 57.8, OPPC, cls="pct", src=OPP),
     M(T, "11 September 1973", D, "coup", "1973-09-11"),
     M(T, "11 Maret 1990", D, "handover", "1990-03-11"),
     M(T, "1980", D, "constitution", "1980"),

     M(A, "Thursday", D, "election89", "1989-12-14"),
     M(A, "55.17 percent", N, "aylwin_pct", 55.17, cls="pct"),
     M(A, "more than 16 years", N, "rule_years", 16, qual="morethan", cls="dur"),
     M(A, "29.40 percent", N, "buchi_pct", 29.40, cls="pct"),
     M(A, "15.43 percent", N, "errazuriz_pct", 15.43, cls="pct"),
     M(A, "71", N, "age_aylwin", 71, cls="age"),
     M(A, "17 parties", N, "parties", 17),
     M(A, "Oct. 5, 1988", D, "vote", "1988-10-05"),
     M(A, "55.99 percent", N, "no_pct", 55.99, FINAL, cls="pct", src=GOV),
     M(A, "3,976,579 votes", N, "no_votes", 3976579, FINAL, cls="voters", src=GOV, planted=True),
     M(A, "44.01 percent", N, "yes_pct", 44.01, FINAL, cls="pct", src=GOV),
     M(A, "March 11", D, "handover", "1990-03-11"),
     M(A, "1998", D, "army_end", "1998"),
     M(A, "nine senators", N, "designated", 9),
     M(A, "July 30", D, "reform_vote", "1989-07-30"),
     M(A, "54 constitutional amendments", N, "amendments", 54),
     M(A, "91.25 percent", N, "reform_pct", 91.25, cls="pct"),
     M(A, "1970", D, "last_free", "1970"),
     M(A, "36.6 percent", N, "allende_pct", 36.6, cls="pct"),
    ]
    build("pinochet-plebiscite-1988", "Chile's plebiscite of Wednesday 5 October 1988 on another eight-year term for "
          "General Augusto Pinochet: the government's first bulletin on the evening of the vote (79 tables: Yes "
          "57.36%, No 40.54%), the opposition's parallel count shortly before midnight (No 57.8%, Yes 40.5%) and the "
          "final official count (No 55.99% and 3,967,579 votes, Yes 44.01% and 3,119,110; turnout 97.53% of 7,435,913 "
          "registered); junta members conceding early on Thursday 6 October and Pinochet accepting the result that "
          "night; the hand-over of 11 March 1990; the amendments approved on 30 July 1989 (54, with 91.25%) and the "
          "presidential election of Thursday 14 December 1989 (Patricio Aylwin 55.17%, Hernan Buchi 29.40%, Francisco "
          "Javier Errazuriz 15.43%) as later steps", False, ms, names)


def juntas():
    R, K, T, A = "reuters-dec10", "kompas-dec11", "antara-dec12", "ap-dec14"
    # one verdict, the same figures everywhere; sentences in months (17 years = 204, eight years = 96, four and a
    # half years = 54: "4 tahun 6 bulan" is the same term in other units).
    names = {
     "viola": "Viola's sentence (months)", "lambr": "Lambruschini's sentence (months)",
     "agosti": "Agosti's sentence (months)", "defendants": "former commanders on trial",
     "convicted": "commanders convicted", "acquitted": "commanders acquitted", "judges": "judges of the court",
     "witnesses": "witnesses heard", "cases": "cases brought by the prosecution",
     "disappeared": "people the commission found disappeared", "age_videla": "Videla's age",
     "age_massera": "Massera's age",
     # dates
     "verdict": "day of the verdict", "trial_start": "day the trial opened", "closing": "day of the closing argument",
     "report": "year of the commission's report", "coup": "day of the 1976 coup", "inaug": "day Alfonsin took office",
     "war": "year of the South Atlantic war",
    }
    ms = [
     M(R, "Monday", D, "verdict", "1985-12-09"),
     M(R, "six judges", N, "judges", 6),
     M(R, "17 years", N, "viola", 204, cls="dur"),
     M(R, "eight years", N, "lambr", 96, cls="dur"),
     M(R, "four and a half years", N, "agosti", 54, cls="dur"),
     M(R, "four other commanders", N, "acquitted", 4),
     M(R, "1982", D, "war", "1982"),
     M(R, "nine men", N, "defendants", 9),
     M(R, "five", N, "convicted", 5),
     M(R, "April 22", D, "trial_start", "1985-04-22"),
     M(R, "833 witnesses", N, "witnesses", 833),
     M(R, "709 cases", N, "cases", 709),
     M(R, "1984", D, "report", "1984"),
     M(R, "at least 8,961 people", N, "disappeared", 8961, qual="atleast"),
     M(R, "March 24, 1976", D, "coup", "1976-03-24"),
     M(R, "Dec. 10, 1983", D, "inaug", "1983-12-10"),

     M(K, "Senin (9/12/1985)", D, "verdict", "1985-12-09"),
     M(K, "1976", D, "coup", "1976"),
     M(K, "17 tahun", N, "viola", 204, cls="dur"),
     M(K, "8 tahun", N, "lambr", 96, cls="dur"),
     M(K, "4 tahun 6 bulan", N, "agosti", 54, qual="unit", cls="dur"),
     M(K, "Empat terdakwa", N, "acquitted", 4),
     M(K, "lima", N, "convicted", 5),
     M(K, "sembilan", N, "defendants", 9),
     M(K, "enam hakim", N, "judges", 6),
     M(K, "22 April 1985", D, "trial_start", "1985-04-22"),
     M(K, "833 saksi", N, "witnesses", 833),
     M(K, "18 September 1985", D, "closing", "1985-09-18"),
     M(K, "1984", D, "report", "1984"),
     M(K, "8.961 orang", N, "disappeared", 8961),
     M(K, "10 Desember 1983", D, "inaug", "1983-12-10"),

     M(T, "Lima", N, "convicted", 5),
     M(T, "Senin (9/12/1985)", D, "verdict", "1985-12-09"),
     M(T, "empat lainnya", N, "acquitted", 4),
     M(T, "60 tahun", N, "age_videla", 60, cls="age"),
     M(T, "60 tahun", N, "age_massera", 60, cls="age", occ=2),
     M(T, "17 tahun", N, "viola", 204, cls="dur"),
     M(T, "delapan tahun", N, "lambr", 96, cls="dur"),
     M(T, "empat setengah tahun", N, "agosti", 54, cls="dur"),
     M(T, "Enam hakim", N, "judges", 6),
     M(T, "24 Maret 1976", D, "coup", "1976-03-24"),
     M(T, "22 April 1985", D, "trial_start", "1985-04-22"),
     M(T, "709 kasus", N, "cases", 709),
     M(T, "833 orang", N, "witnesses", 833),
     M(T, "lebih dari 8.900 orang", N, "disappeared", 8900, qual="morethan"),

     M(A, "Monday", D, "verdict", "1985-12-09"),
     M(A, "nine", N, "defendants", 9),
     M(A, "60", N, "age_videla", 60, cls="age"),
     M(A, "17 years", N, "viola", 204, cls="dur"),
     M(A, "eight years", N, "lambr", 96, cls="dur"),
     M(A, "four and a half years", N, "agosti", 54, cls="dur"),
     M(A, "Dec. 9", D, "verdict", "1985-12-09"),
     M(A, "Dec. 10, 1983", D, "inaug", "1983-12-10"),
     M(A, "Sept. 18", D, "closing", "1985-09-18"),
     M(A, "833 witnesses", N, "witnesses", 833),
     M(A, "8,961 cases", N, "disappeared", 8961),
     M(A, "1984", D, "report", "1984"),
     M(A, "five", N, "convicted", 5),
    ]
    build("juntas-trial-1985", "The verdict in the trial of Argentina's former junta commanders (control), read by "
          "the six judges of the federal appeals court in Buenos Aires on Monday 9 December 1985: life for Jorge "
          "Rafael Videla and Emilio Massera, 17 years for Roberto Viola, eight for Armando Lambruschini, four and a "
          "half for Orlando Agosti; four of the nine acquitted; the trial opened on 22 April 1985 with 833 witnesses "
          "and 709 cases; the prosecutor Julio Cesar Strassera's closing argument of 18 September 1985; the "
          "commission's 1984 count of 8,961 disappeared; the coup of 24 March 1976 and Raul Alfonsin's inauguration on "
          "10 December 1983. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    goiania()
    plebiscite()
    juntas()
