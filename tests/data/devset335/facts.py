"""The three-hundred-and-thirty-fifth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset335/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def port_arthur():
    R, K, P, A = "reuters-apr29", "kompas-apr30", "republika-may11", "ap-nov23"
    # as-of times of the running tallies: late on Sunday 28 April 1996 (the police's first count of 32), Monday 29
    # April (34 dead, 22 wounded by the police), Tuesday 30 April (35 dead), the firearms agreement of Friday 10 May
    # (35 dead; the police's 22 wounded against the Tasmanian health department's 19: sources), the sentence of
    # Friday 22 November (35 dead, 23 wounded, no source named). The dead and the wounded do not fall. The dead in the
    # cafe, the hostages, the suspect's age and the 1987 shooting do not change with the day of the report.
    SUNN, MON, TUE, MAY10, NOV22 = "1996-04-28b", "1996-04-29", "1996-04-30", "1996-05-10", "1996-11-22"
    POLICE, HEALTH = "Tasmania Police", "the Tasmanian health department"
    names = {
     "dead": "people killed in the massacre", "cafe_dead": "people killed in the Broad Arrow Cafe",
     "wounded": "people wounded", "hostages": "hostages held at the guesthouse", "age": "the suspect's age",
     "dead1987": "dead in the Hoddle Street shooting of 1987", "states": "states at the police ministers' meeting",
     "territories": "territories at the police ministers' meeting", "life_terms": "life terms imposed",
     "charges": "charges the gunman pleaded guilty to",
     # dates
     "attack": "day of the massacre", "count_sun": "day of the police's first count",
     "count_mon": "day of the count of 34", "count_tue": "day of the count of 35", "arrest": "day of the arrest",
     "hostage_night": "night the hostages were held", "nfa": "day the police ministers agreed the gun ban",
     "hoddle": "month of the Hoddle Street shooting", "sentence": "day of the sentence", "plea": "day of the guilty plea",
    }
    ms = [
     M(R, "34 people", N, "dead", 34, MON, src=POLICE),
     M(R, "Monday", D, "count_mon", "1996-04-29"),
     M(R, "Sunday", D, "attack", "1996-04-28"),
     M(R, "20 people", N, "cafe_dead", 20),
     M(R, "32 dead", N, "dead", 32, SUNN, src=POLICE),
     M(R, "Sunday night", D, "count_sun", "1996-04-28"),
     M(R, "28-year-old", N, "age", 28, cls="age"),
     M(R, "Monday morning", D, "arrest", "1996-04-29"),
     M(R, "22 people", N, "wounded", 22, MON, src=POLICE),
     M(R, "August 1987", D, "hoddle", "1987-08"),
     M(R, "seven people", N, "dead1987", 7),

     M(K, "35 orang", N, "dead", 35, TUE, src=POLICE),
     M(K, "Selasa (30/4/1996)", D, "count_tue", "1996-04-30"),
     M(K, "Senin (29/4/1996)", D, "count_mon", "1996-04-29"),
     M(K, "34 korban tewas", N, "dead", 34, MON, src=POLICE),
     M(K, "tiga orang", N, "hostages", 3),
     M(K, "Minggu malam", D, "hostage_night", "1996-04-28"),
     M(K, "Sabtu (27/4/1996)", D, "attack", "1996-04-27", planted=True),
     M(K, "20 orang", N, "cafe_dead", 20),
     M(K, "22 orang", N, "wounded", 22, TUE, src=POLICE),
     M(K, "28 tahun", N, "age", 28, cls="age"),
     M(K, "Senin pagi", D, "arrest", "1996-04-29"),
     M(K, "10 Mei", D, "nfa", "1996-05-10"),
     M(K, "Agustus 1987", D, "hoddle", "1987-08"),
     M(K, "tujuh orang", N, "dead1987", 7),

     M(P, "enam negara bagian", N, "states", 6),
     M(P, "dua wilayah", N, "territories", 2),
     M(P, "Jumat (10/5/1996)", D, "nfa", "1996-05-10"),
     M(P, "35 orang", N, "dead", 35, MAY10),
     M(P, "22 orang", N, "wounded", 22, MAY10, src=POLICE),
     M(P, "19 orang", N, "wounded", 19, MAY10, src=HEALTH),

     M(A, "35 people", N, "dead", 35, NOV22),
     M(A, "Friday", D, "sentence", "1996-11-22"),
     M(A, "35 terms", N, "life_terms", 35),
     M(A, "Nov. 7", D, "plea", "1996-11-07"),
     M(A, "72 charges", N, "charges", 72),
     M(A, "April 28", D, "attack", "1996-04-28"),
     M(A, "23 people", N, "wounded", 23, NOV22),
     M(A, "three of the dead", N, "hostages", 3),
     M(A, "May 11", D, "nfa", "1996-05-11", planted=True),
    ]
    build("port-arthur-1996", "The Port Arthur massacre in Tasmania (Sunday 28 April 1996): the police's count of 32 "
          "dead late on Sunday, 34 on Monday 29 April, 35 on Tuesday 30 April after the last body was found at the "
          "Seascape guesthouse (three hostages among the dead), 20 killed in the Broad Arrow Cafe; 22 wounded by the "
          "police's count against 19 by the Tasmanian health department's, 23 at the sentence; the police ministers' "
          "agreement to ban semi-automatic rifles and pump-action shotguns on Friday 10 May 1996; the guilty plea to 72 "
          "charges on 7 November and the sentence of 35 life terms on Friday 22 November 1996; the Hoddle Street "
          "shooting of August 1987 (seven dead) as another event", False, ms, names)


def election():
    R, K, T, H = "reuters-sep21", "kompas-sep22", "antara-oct05", "nzherald-oct21"
    # as-of times: the preliminary count of election night, Saturday 20 September 2014, and the official count
    # declared on Saturday 4 October 2014 (special votes included). A party's share or seats falling from the
    # preliminary to the official count is a revision (National 48.06% -> 47.04%, 61 -> 60 seats; New Zealand First
    # 8.85% -> 8.66%; the Conservatives 4.12% -> 3.97%); rising or unchanged, an update. The threshold, the house's
    # size, turnout and the government's support in the house are not tallies of a night.
    NIGHT, FINAL = "2014-09-20", "2014-10-04"
    names = {
     "nat_pct": "National's share of the party vote", "nat_seats": "National's seats",
     "lab_pct": "Labour's share of the party vote", "lab_seats": "Labour's seats",
     "grn_pct": "the Greens' share of the party vote", "grn_seats": "the Greens' seats",
     "nzf_pct": "New Zealand First's share of the party vote", "nzf_seats": "New Zealand First's seats",
     "con_pct": "the Conservatives' share of the party vote", "im_pct": "Internet Mana's share of the party vote",
     "threshold": "the party-vote threshold", "parl": "seats in parliament", "special": "special votes to count",
     "turnout": "turnout of enrolled voters", "support": "votes the government can count on",
     # dates
     "election": "election day", "final_day": "day the official result was declared", "first_won": "year Key first won",
     "mmp": "year mixed-member proportional voting was first used", "quit": "day the Labour leader quit",
     "sworn": "day the ministers were sworn in",
    }
    ms = [
     M(R, "Saturday", D, "election", "2014-09-20"),
     M(R, "48.06 percent", N, "nat_pct", 48.06, NIGHT, cls="pct"),
     M(R, "61", N, "nat_seats", 61, NIGHT, cls="seats"),
     M(R, "121 seats", N, "parl", 121, cls="seats"),
     M(R, "24.69 percent", N, "lab_pct", 24.69, NIGHT, cls="pct"),
     M(R, "32 seats", N, "lab_seats", 32, NIGHT, cls="seats"),
     M(R, "10.02 percent", N, "grn_pct", 10.02, NIGHT, cls="pct"),
     M(R, "13 seats", N, "grn_seats", 13, NIGHT, cls="seats"),
     M(R, "8.85 percent", N, "nzf_pct", 8.85, NIGHT, cls="pct"),
     M(R, "11 seats", N, "nzf_seats", 11, NIGHT, cls="seats"),
     M(R, "5 percent", N, "threshold", 5, cls="pct"),
     M(R, "4.12 percent", N, "con_pct", 4.12, NIGHT, cls="pct"),
     M(R, "1.26 percent", N, "im_pct", 1.26, NIGHT, cls="pct"),
     M(R, "more than 300,000 special votes", N, "special", 300000, NIGHT, qual="morethan"),
     M(R, "Oct. 4", D, "final_day", "2014-10-04"),
     M(R, "2008", D, "first_won", "2008"),

     M(K, "Sabtu (20/9/2014)", D, "election", "2014-09-20"),
     M(K, "61", N, "nat_seats", 61, NIGHT, cls="seats"),
     M(K, "121 kursi", N, "parl", 121, cls="seats"),
     M(K, "48,06 persen", N, "nat_pct", 48.06, NIGHT, cls="pct"),
     M(K, "24,96 persen", N, "lab_pct", 24.96, NIGHT, cls="pct", planted=True),
     M(K, "32 kursi", N, "lab_seats", 32, NIGHT, cls="seats"),
     M(K, "13 kursi", N, "grn_seats", 13, NIGHT, cls="seats"),
     M(K, "10,02 persen", N, "grn_pct", 10.02, NIGHT, cls="pct"),
     M(K, "11 kursi", N, "nzf_seats", 11, NIGHT, cls="seats"),
     M(K, "61 kursi", N, "nat_seats", 61, NIGHT, cls="seats"),
     M(K, "1996", D, "mmp", "1996"),
     M(K, "4,12 persen", N, "con_pct", 4.12, NIGHT, cls="pct"),
     M(K, "5 persen", N, "threshold", 5, cls="pct"),
     M(K, "Sabtu (4/10/2014)", D, "final_day", "2014-10-04"),
     M(K, "lebih dari 300.000 suara khusus", N, "special", 300000, NIGHT, qual="morethan"),
     M(K, "2008", D, "first_won", "2008"),

     M(T, "Minggu (5/10/2014)", D, "final_day", "2014-10-05", planted=True),
     M(T, "47,04 persen", N, "nat_pct", 47.04, FINAL, cls="pct"),
     M(T, "60 kursi", N, "nat_seats", 60, FINAL, cls="seats"),
     M(T, "48,06 persen", N, "nat_pct", 48.06, NIGHT, cls="pct"),
     M(T, "61 kursi", N, "nat_seats", 61, NIGHT, cls="seats"),
     M(T, "14 kursi", N, "grn_seats", 14, FINAL, cls="seats"),
     M(T, "10,70 persen", N, "grn_pct", 10.70, FINAL, cls="pct"),
     M(T, "25,13 persen", N, "lab_pct", 25.13, FINAL, cls="pct"),
     M(T, "tetap 32", N, "lab_seats", 32, FINAL, cls="seats"),
     M(T, "8,66 persen", N, "nzf_pct", 8.66, FINAL, cls="pct"),
     M(T, "11 kursi", N, "nzf_seats", 11, FINAL, cls="seats"),
     M(T, "3,97 persen", N, "con_pct", 3.97, FINAL, cls="pct"),
     M(T, "1,42 persen", N, "im_pct", 1.42, FINAL, cls="pct"),
     M(T, "77,90 persen", N, "turnout", 77.90, cls="pct"),
     M(T, "Sabtu (27/9/2014)", D, "quit", "2014-09-27"),

     M(H, "September 20", D, "election", "2014-09-20"),
     M(H, "60", N, "nat_seats", 60, FINAL, cls="seats"),
     M(H, "121 seats", N, "parl", 121, cls="seats"),
     M(H, "October 4", D, "final_day", "2014-10-04"),
     M(H, "64 votes", N, "support", 64, cls="seats"),
     M(H, "47.04 per cent", N, "nat_pct", 47.04, FINAL, cls="pct"),
     M(H, "October 8", D, "sworn", "2014-10-08"),
     M(H, "32 MPs", N, "lab_seats", 32, FINAL, cls="seats"),
     M(H, "September 27", D, "quit", "2014-09-27"),
     M(H, "14 MPs", N, "grn_seats", 14, FINAL, cls="seats"),
     M(H, "11", N, "nzf_seats", 11, FINAL, cls="seats"),
     M(H, "77.9 per cent", N, "turnout", 77.9, cls="pct"),
    ]
    build("key-third-term-2014", "New Zealand's general election of Saturday 20 September 2014 in two counts: the "
          "preliminary count of election night (National 48.06% and 61 of 121 seats, Labour 24.69% and 32, the Greens "
          "10.02% and 13, New Zealand First 8.85% and 11, the Conservatives 4.12%, Internet Mana 1.26%) and the official "
          "count declared on Saturday 4 October 2014 with the special votes (National 47.04% and 60 seats, Labour 25.13% "
          "and 32, the Greens 10.70% and 14, New Zealand First 8.66% and 11, the Conservatives 3.97%, Internet Mana "
          "1.42%; turnout 77.90%); the Labour leader's resignation on Saturday 27 September, the ministers sworn in on "
          "8 October, the new parliament's first sitting", False, ms, names)


def budget():
    R, K, T, S = "reuters-may13", "kompas-may14", "antara-may15", "smh-may16"
    names = {
     "deficit": "deficit for 2014/15 (A$ billion)", "def1718": "deficit for 2017/18 (A$ billion)",
     "def1314": "deficit expected for 2013/14 (A$ billion)", "copay": "the GP charge (A$)",
     "fund_share": "part of each GP charge for the research fund (A$)", "fund": "the research fund's goal (A$ billion)",
     "levy": "the budget repair levy (%)", "levy_floor": "income above which the levy applies (A$)",
     "levy_years": "years the levy lasts", "pension_age": "the pension age", "jobs": "public service jobs cut",
     "aid": "foreign aid cut (A$ billion)", "aid_years": "years of the aid cut",
     # dates
     "budget_day": "day of the budget", "copay_start": "day the GP charge starts", "levy_start": "day the levy starts",
     "pension_year": "year the pension age reaches 70", "excise": "day fuel excise indexation returns",
     "election": "month of the last election",
    }
    ms = [
     M(R, "Tuesday", D, "budget_day", "2014-05-13"),
     M(R, "A$29.8 billion", N, "deficit", 29.8, cls="bn"),
     M(R, "A$2.8 billion", N, "def1718", 2.8, cls="bn"),
     M(R, "A$49.9 billion", N, "def1314", 49.9, cls="bn"),
     M(R, "A$7", N, "copay", 7, cls="aud"),
     M(R, "July 1, 2015", D, "copay_start", "2015-07-01"),
     M(R, "A$5", N, "fund_share", 5, cls="aud"),
     M(R, "A$20 billion", N, "fund", 20, cls="bn"),
     M(R, "2 percent", N, "levy", 2, cls="pct"),
     M(R, "A$180,000", N, "levy_floor", 180000, cls="aud"),
     M(R, "three years", N, "levy_years", 3, cls="dur"),
     M(R, "July 1", D, "levy_start", "2014-07-01", occ=2),
     M(R, "70", N, "pension_age", 70, cls="age"),
     M(R, "2035", D, "pension_year", "2035"),
     M(R, "About 16,500 public service jobs", N, "jobs", 16500, qual="approx"),
     M(R, "A$7.6 billion", N, "aid", 7.6, cls="bn"),
     M(R, "five years", N, "aid_years", 5, cls="dur"),
     M(R, "Aug. 1", D, "excise", "2014-08-01"),
     M(R, "September 2013", D, "election", "2013-09"),

     M(K, "Selasa (13/5/2014)", D, "budget_day", "2014-05-13"),
     M(K, "29,8 miliar dolar Australia", N, "deficit", 29.8, cls="bn"),
     M(K, "2,8 miliar dolar Australia", N, "def1718", 2.8, cls="bn"),
     M(K, "49,9 miliar dolar Australia", N, "def1314", 49.9, cls="bn"),
     M(K, "1 Juli 2015", D, "copay_start", "2015-07-01"),
     M(K, "7 dolar Australia", N, "copay", 7, cls="aud"),
     M(K, "5 dolar Australia", N, "fund_share", 5, cls="aud"),
     M(K, "20 miliar dolar Australia", N, "fund", 20, cls="bn"),
     M(K, "180.000 dolar Australia", N, "levy_floor", 180000, cls="aud"),
     M(K, "2 persen", N, "levy", 2, cls="pct"),
     M(K, "tiga tahun", N, "levy_years", 3, cls="dur"),
     M(K, "1 Juli 2014", D, "levy_start", "2014-07-01"),
     M(K, "70 tahun", N, "pension_age", 70, cls="age"),
     M(K, "2035", D, "pension_year", "2035"),
     M(K, "Sekitar 16.500 pegawai negeri", N, "jobs", 16500, qual="approx"),
     M(K, "7,6 miliar dolar Australia", N, "aid", 7.6, cls="bn"),
     M(K, "lima tahun", N, "aid_years", 5, cls="dur"),
     M(K, "September 2013", D, "election", "2013-09"),

     M(T, "Selasa (13/5/2014)", D, "budget_day", "2014-05-13"),
     M(T, "7,6 miliar dolar Australia", N, "aid", 7.6, cls="bn"),
     M(T, "lima tahun", N, "aid_years", 5, cls="dur"),
     M(T, "hampir 30 miliar dolar Australia", N, "deficit", 30, qual="nearly", cls="bn"),
     M(T, "2,8 miliar dolar Australia", N, "def1718", 2.8, cls="bn"),
     M(T, "sekitar 16.500 jabatan", N, "jobs", 16500, qual="approx"),
     M(T, "2 persen", N, "levy", 2, cls="pct"),
     M(T, "180.000 dolar Australia", N, "levy_floor", 180000, cls="aud"),
     M(T, "tiga tahun", N, "levy_years", 3, cls="dur"),
     M(T, "7 dolar Australia", N, "copay", 7, cls="aud"),
     M(T, "1 Juli 2015", D, "copay_start", "2015-07-01"),
     M(T, "70 tahun", N, "pension_age", 70, cls="age"),
     M(T, "2035", D, "pension_year", "2035"),
     M(T, "1 Agustus 2014", D, "excise", "2014-08-01"),

     M(S, "Tuesday", D, "budget_day", "2014-05-13"),
     M(S, "A$29.8 billion", N, "deficit", 29.8, cls="bn"),
     M(S, "A$7", N, "copay", 7, cls="aud"),
     M(S, "July 1, 2015", D, "copay_start", "2015-07-01"),
     M(S, "Five dollars", N, "fund_share", 5, cls="aud"),
     M(S, "A$20 billion", N, "fund", 20, cls="bn"),
     M(S, "2 per cent", N, "levy", 2, cls="pct"),
     M(S, "A$180,000", N, "levy_floor", 180000, cls="aud"),
     M(S, "July 1", D, "levy_start", "2014-07-01", occ=2),
     M(S, "three years", N, "levy_years", 3, cls="dur"),
     M(S, "70", N, "pension_age", 70, cls="age"),
     M(S, "2035", D, "pension_year", "2035"),
     M(S, "August 1", D, "excise", "2014-08-01"),
     M(S, "about 16,500 public service jobs", N, "jobs", 16500, qual="approx"),
     M(S, "A$7.6 billion", N, "aid", 7.6, cls="bn"),
     M(S, "five years", N, "aid_years", 5, cls="dur"),
     M(S, "A$2.8 billion", N, "def1718", 2.8, cls="bn"),
     M(S, "A$49.9 billion", N, "def1314", 49.9, cls="bn"),
    ]
    build("hockey-budget-2014", "Australia's federal budget of Tuesday 13 May 2014, the Treasurer Joe Hockey's first "
          "(control): a deficit of A$29.8 billion for 2014/15 falling to A$2.8 billion in 2017/18 (A$49.9 billion "
          "expected for 2013/14); an A$7 GP charge from 1 July 2015, A$5 of it for a research fund aimed at A$20 "
          "billion; a 2% levy on taxable income above A$180,000 for three years from 1 July 2014; the pension age to 70 "
          "by 2035; about 16,500 public service jobs cut; foreign aid cut by A$7.6 billion over five years; fuel excise "
          "indexation from 1 August 2014. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    port_arthur()
    election()
    budget()
