"""The three-hundred-and-forty-ninth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset349/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def linate():
    R, K, A, T = "reuters-oct08", "kompas-oct09", "ap-oct10", "antara-apr17"
    # as-of times of the running tallies: Monday 8 October 2001 early afternoon (the police's 114, everyone aboard
    # both aircraft), Monday night (the prefecture's 119, five baggage handlers feared dead), Tuesday 9 October (118,
    # four handlers: lower, a revision), the verdict of Friday 16 April 2004 (118, four handlers). The injured ground
    # workers: Niguarda hospital's four against the fire brigade's six (sources). Those aboard each aircraft, the
    # sentences and the 1972 crash do not change with the day of the report.
    MONA, MONN, TUE, VERDICT = "2001-10-08a", "2001-10-08b", "2001-10-09", "2004-04-16"
    HOSP, FIRE = "Niguarda hospital", "the fire brigade"
    names = {
     "dead": "people killed in the collision", "ground_dead": "baggage handlers killed in the hangar",
     "pax": "passengers aboard the SAS jet", "crew": "crew aboard the SAS jet", "sas_total": "people aboard the SAS jet",
     "cessna": "people aboard the Cessna", "injured": "ground workers injured",
     "dead1972": "dead in the Palermo crash of 1972", "defendants": "defendants convicted",
     "sent_zac": "the controller's sentence (years)", "sent_gua": "the ENAV chief's sentence (years)",
     # dates
     "crash": "day of the collision", "count_monn": "night of the prefecture's count of 119",
     "count_tue": "day the toll was lowered to 118", "sept11": "day of the September 11 attacks",
     "y1972": "year of the Palermo crash", "verdict": "day of the verdict", "ansv": "month of the ANSV's final report",
    }
    ms = [
     M(R, "114 people", N, "dead", 114, MONA),
     M(R, "Monday", D, "crash", "2001-10-08"),
     M(R, "104 passengers", N, "pax", 104),
     M(R, "six crew", N, "crew", 6),
     M(R, "four people", N, "cessna", 4),
     M(R, "Sept. 11", D, "sept11", "2001-09-11"),
     M(R, "1972", D, "y1972", "1972"),
     M(R, "115 people", N, "dead1972", 115),

     M(K, "118 orang", N, "dead", 118, TUE),
     M(K, "Selasa (9/10/2001)", D, "count_tue", "2001-10-09"),
     M(K, "Senin malam", D, "count_monn", "2001-10-08"),
     M(K, "119 korban tewas", N, "dead", 119, MONN),
     M(K, "lima pekerja bagasi", N, "ground_dead", 5, MONN),
     M(K, "empat orang", N, "ground_dead", 4, TUE),
     M(K, "Senin (8/10/2001)", D, "crash", "2001-10-08"),
     M(K, "140 penumpang", N, "pax", 140, planted=True),
     M(K, "enam awak", N, "crew", 6),
     M(K, "membawa empat orang", N, "cessna", 4),
     M(K, "empat pekerja darat", N, "injured", 4, TUE, src=HOSP),
     M(K, "enam orang luka-luka", N, "injured", 6, TUE, src=FIRE),
     M(K, "11 September", D, "sept11", "2001-09-11"),

     M(A, "118 people", N, "dead", 118, TUE),
     M(A, "110 people", N, "sas_total", 110),
     M(A, "Oct. 9", D, "crash", "2001-10-09", planted=True),
     M(A, "four workers", N, "ground_dead", 4, TUE),
     M(A, "All four people", N, "cessna", 4),
     M(A, "118 on Tuesday", N, "dead", 118, TUE),
     M(A, "Tuesday", D, "count_tue", "2001-10-09"),
     M(A, "119", N, "dead", 119, MONN),
     M(A, "Four ground workers", N, "injured", 4, TUE, src=HOSP),

     M(T, "Jumat (16/4/2004)", D, "verdict", "2004-04-16"),
     M(T, "empat terdakwa", N, "defendants", 4),
     M(T, "118 orang", N, "dead", 118, VERDICT),
     M(T, "delapan tahun", N, "sent_zac", 8, cls="years"),
     M(T, "enam tahun enam bulan", N, "sent_gua", 6.5, cls="years"),
     M(T, "8 Oktober 2001", D, "crash", "2001-10-08"),
     M(T, "104 penumpang", N, "pax", 104),
     M(T, "enam awak", N, "crew", 6),
     M(T, "Empat orang", N, "cessna", 4),
     M(T, "empat pekerja bagasi", N, "ground_dead", 4, VERDICT),
     M(T, "Januari 2004", D, "ansv", "2004-01"),
    ]
    build("linate-collision-2001", "The runway collision at Milan's Linate airport (Monday 8 October 2001): an SAS "
          "MD-87 bound for Copenhagen (104 passengers, six crew) hit a Cessna business jet (four aboard) in fog and "
          "crashed into a baggage hangar; the police's 114 dead on Monday afternoon, the prefecture's 119 on Monday "
          "night (five handlers feared dead) lowered to 118 on Tuesday 9 October (four handlers killed); the injured "
          "ground workers by Niguarda hospital (four) and the fire brigade (six); the Milan court's verdict of Friday 16 "
          "April 2004 (four convicted, eight years for the controller); the Palermo crash of 1972 (115 dead) and the "
          "September 11 attacks as other events", False, ms, names)


def marriage():
    A, K, T, R = "ap-apr22", "kompas-jun20", "antara-jul01", "reuters-jul12"
    # three votes on different days: the Congress of Deputies' first vote (Thursday 21 April 2005: 183-136, six
    # abstentions), the Senate's veto (Wednesday 22 June: 131-119) and the Congress's override (Thursday 30 June:
    # 187-147, four abstentions); the law in the gazette on Saturday 2 July, in force on Sunday 3 July, the first
    # wedding on Monday 11 July 2005. The march of Saturday 18 June 2005 counted by its organizers (1.5 million)
    # and by the government's delegation in Madrid (166,000): sources.
    ORG, GOV = "the organizers", "the government's delegation in Madrid"
    names = {
     "c1_yes": "votes for in the first Congress vote", "c1_no": "votes against in the first Congress vote",
     "c1_abs": "abstentions in the first Congress vote", "seats": "seats in the Congress",
     "majority": "absolute majority needed", "crowd": "marchers in Madrid",
     "s_yes": "Senate votes for the veto", "s_no": "Senate votes against the veto",
     "c2_yes": "votes for in the override", "c2_no": "votes against in the override",
     "c2_abs": "abstentions in the override",
     # dates
     "cong1": "day of the first Congress vote", "senate": "day of the Senate veto", "cong2": "day of the override",
     "march": "day of the march", "gazette": "day of the gazette", "in_force": "day the law took effect",
     "wedding": "day of the first wedding", "nl": "year the Netherlands opened marriage",
     "be": "year Belgium opened marriage", "govt": "month the government took office",
    }
    ms = [
     M(A, "Thursday", D, "cong1", "2005-04-21"),
     M(A, "183 votes", N, "c1_yes", 183, cls="votes"),
     M(A, "136", N, "c1_no", 136, cls="votes"),
     M(A, "six abstentions", N, "c1_abs", 6, cls="votes"),
     M(A, "350-seat", N, "seats", 350, cls="votes"),
     M(A, "176 deputies", N, "majority", 176, cls="votes"),
     M(A, "April 2004", D, "govt", "2004-04"),
     M(A, "2001", D, "nl", "2001"),
     M(A, "2003", D, "be", "2003"),

     M(K, "Sabtu (18/6/2005)", D, "march", "2005-06-18"),
     M(K, "1,5 juta orang", N, "crowd", 1500000, src=ORG),
     M(K, "166.000 orang", N, "crowd", 166000, qual="approx", src=GOV),
     M(K, "Kamis (21/4/2005)", D, "cong1", "2005-04-21"),
     M(K, "183 suara setuju", N, "c1_yes", 183, cls="votes"),
     M(K, "163 menolak", N, "c1_no", 163, cls="votes", planted=True),
     M(K, "enam abstain", N, "c1_abs", 6, cls="votes"),
     M(K, "Rabu (22/6/2005)", D, "senate", "2005-06-22"),
     M(K, "176", N, "majority", 176, cls="votes"),
     M(K, "350 deputi", N, "seats", 350, cls="votes"),

     M(T, "Kamis (30/6/2005)", D, "cong2", "2005-06-30"),
     M(T, "187 deputi", N, "c2_yes", 187, cls="votes"),
     M(T, "147 menolak", N, "c2_no", 147, cls="votes"),
     M(T, "empat abstain", N, "c2_abs", 4, cls="votes"),
     M(T, "176 suara", N, "majority", 176, cls="votes"),
     M(T, "Kamis (23/6/2005)", D, "senate", "2005-06-23", planted=True),
     M(T, "131 suara", N, "s_yes", 131, cls="votes"),
     M(T, "119", N, "s_no", 119, cls="votes"),
     M(T, "183 suara setuju", N, "c1_yes", 183, cls="votes"),
     M(T, "Sabtu (2/7/2005)", D, "gazette", "2005-07-02"),
     M(T, "2001", D, "nl", "2001"),
     M(T, "2003", D, "be", "2003"),

     M(R, "Monday", D, "wedding", "2005-07-11"),
     M(R, "July 3", D, "in_force", "2005-07-03"),
     M(R, "June 30", D, "cong2", "2005-06-30"),
     M(R, "187 votes", N, "c2_yes", 187, cls="votes"),
     M(R, "147", N, "c2_no", 147, cls="votes"),
     M(R, "June 22", D, "senate", "2005-06-22"),
     M(R, "131 votes", N, "s_yes", 131, cls="votes"),
     M(R, "119", N, "s_no", 119, cls="votes"),
     M(R, "April 21", D, "cong1", "2005-04-21"),
     M(R, "183 votes", N, "c1_yes", 183, cls="votes"),
     M(R, "June 18", D, "march", "2005-06-18"),
     M(R, "1.5 million people", N, "crowd", 1500000, src=ORG),
     M(R, "166,000", N, "crowd", 166000, src=GOV),
    ]
    build("spain-equal-marriage-2005", "Spain's same-sex marriage law of 2005 through two chambers: the Congress of "
          "Deputies' first vote on Thursday 21 April 2005 (183 for, 136 against, six abstentions), the Senate's veto on "
          "Wednesday 22 June (131 to 119), the Congress's override on Thursday 30 June (187 for, 147 against, four "
          "abstentions; an absolute majority of 176 of 350); the gazette on Saturday 2 July, the law in force on "
          "Sunday 3 July, the first wedding in Tres Cantos on Monday 11 July 2005; the Madrid march of Saturday 18 June "
          "counted at 1.5 million by its organizers and 166,000 by the government's delegation; the Netherlands (2001) "
          "and Belgium (2003) before", False, ms, names)


def bailout():
    R, K, T, B = "reuters-may02", "kompas-may03", "antara-may04", "bloomberg-may05"
    names = {
     "total": "the rescue package (billion euros)", "ez": "the euro zone's loans (billion euros)",
     "imf": "the IMF's loans (billion euros)", "cuts": "the austerity measures (billion euros)",
     "bond": "bonds due on 19 May (billion euros)", "deficit": "the 2009 deficit (% of GDP)",
     "target": "the 2014 deficit target (% of GDP)", "vat_new": "the new VAT rate (%)", "vat_old": "the old VAT rate (%)",
     "bonus": "the flat yearly payment (euros)", "cap": "the monthly pay limit for the flat payment (euros)",
     "loan_years": "years of the loans", "cut_years": "years of the measures", "parl": "seats in parliament",
     # dates
     "deal": "day of the agreement", "due": "day the bonds fall due", "strike": "day of the general strike",
     "debate": "day the parliament's debate began", "cut_start": "first year of the measures",
     "cut_end": "last year of the measures", "def_year": "year of the 13.6% deficit", "target_year": "year of the target",
    }
    ms = [
     M(R, "Sunday", D, "deal", "2010-05-02"),
     M(R, "110 billion euro", N, "total", 110, cls="bn"),
     M(R, "three years", N, "loan_years", 3, cls="dur"),
     M(R, "30 billion euros", N, "cuts", 30, cls="bn"),
     M(R, "80 billion euros", N, "ez", 80, cls="bn"),
     M(R, "30 billion euros", N, "imf", 30, cls="bn", occ=2),
     M(R, "2010", D, "cut_start", "2010"),
     M(R, "2012", D, "cut_end", "2012"),
     M(R, "13.6 percent", N, "deficit", 13.6, cls="pct"),
     M(R, "below 3 percent", N, "target", 3, cls="pct"),
     M(R, "2014", D, "target_year", "2014"),
     M(R, "23 percent", N, "vat_new", 23, cls="pct"),
     M(R, "21 percent", N, "vat_old", 21, cls="pct"),
     M(R, "3,000 euros", N, "cap", 3000, cls="eur"),
     M(R, "1,000 euros", N, "bonus", 1000, cls="eur"),
     M(R, "8.5 billion euros", N, "bond", 8.5, cls="bn"),
     M(R, "May 19", D, "due", "2010-05-19"),
     M(R, "Wednesday", D, "strike", "2010-05-05"),

     M(K, "Minggu (2/5/2010)", D, "deal", "2010-05-02"),
     M(K, "110 miliar euro", N, "total", 110, cls="bn"),
     M(K, "tiga tahun", N, "loan_years", 3, cls="dur"),
     M(K, "80 miliar euro", N, "ez", 80, cls="bn"),
     M(K, "30 miliar euro", N, "imf", 30, cls="bn"),
     M(K, "30 miliar euro", N, "cuts", 30, cls="bn", occ=2),
     M(K, "2012", D, "cut_end", "2012"),
     M(K, "2009", D, "def_year", "2009"),
     M(K, "13,6 persen", N, "deficit", 13.6, cls="pct"),
     M(K, "bawah 3 persen", N, "target", 3, cls="pct"),
     M(K, "2014", D, "target_year", "2014"),
     M(K, "21 persen", N, "vat_old", 21, cls="pct"),
     M(K, "23 persen", N, "vat_new", 23, cls="pct"),
     M(K, "3.000 euro", N, "cap", 3000, cls="eur"),
     M(K, "1.000 euro", N, "bonus", 1000, cls="eur"),
     M(K, "8,5 miliar euro", N, "bond", 8.5, cls="bn"),
     M(K, "19 Mei", D, "due", "2010-05-19"),
     M(K, "Rabu", D, "strike", "2010-05-05"),

     M(T, "30 miliar euro", N, "cuts", 30, cls="bn"),
     M(T, "tiga tahun", N, "cut_years", 3, cls="dur"),
     M(T, "110 miliar euro", N, "total", 110, cls="bn"),
     M(T, "Minggu (2/5/2010)", D, "deal", "2010-05-02"),
     M(T, "80 miliar euro", N, "ez", 80, cls="bn"),
     M(T, "30 miliar euro", N, "imf", 30, cls="bn", occ=2),
     M(T, "13,6 persen", N, "deficit", 13.6, cls="pct"),
     M(T, "2009", D, "def_year", "2009"),
     M(T, "bawah 3 persen", N, "target", 3, cls="pct"),
     M(T, "2014", D, "target_year", "2014"),
     M(T, "23 persen", N, "vat_new", 23, cls="pct"),
     M(T, "21 persen", N, "vat_old", 21, cls="pct"),
     M(T, "1.000 euro", N, "bonus", 1000, cls="eur"),
     M(T, "3.000 euro", N, "cap", 3000, cls="eur"),
     M(T, "8,5 miliar euro", N, "bond", 8.5, cls="bn"),
     M(T, "19 Mei 2010", D, "due", "2010-05-19"),
     M(T, "Rabu (5/5/2010)", D, "strike", "2010-05-05"),

     M(B, "Wednesday", D, "debate", "2010-05-05"),
     M(B, "110 billion euros", N, "total", 110, cls="bn"),
     M(B, "Sunday", D, "deal", "2010-05-02"),
     M(B, "three-year", N, "loan_years", 3, cls="dur"),
     M(B, "80 billion euros", N, "ez", 80, cls="bn"),
     M(B, "30 billion euros", N, "imf", 30, cls="bn"),
     M(B, "30 billion euros", N, "cuts", 30, cls="bn", occ=2),
     M(B, "2012", D, "cut_end", "2012"),
     M(B, "May 2", D, "deal", "2010-05-02"),
     M(B, "13.6 percent", N, "deficit", 13.6, cls="pct"),
     M(B, "2009", D, "def_year", "2009"),
     M(B, "under 3 percent", N, "target", 3, cls="pct"),
     M(B, "2014", D, "target_year", "2014"),
     M(B, "23 percent", N, "vat_new", 23, cls="pct"),
     M(B, "21 percent", N, "vat_old", 21, cls="pct"),
     M(B, "3,000 euros", N, "cap", 3000, cls="eur"),
     M(B, "1,000 euros", N, "bonus", 1000, cls="eur"),
     M(B, "8.5 billion euros", N, "bond", 8.5, cls="bn"),
     M(B, "May 19", D, "due", "2010-05-19"),
     M(B, "300-seat", N, "parl", 300, cls="seats"),
    ]
    build("greek-bailout-2010", "Greece's first rescue, agreed with the euro zone and the IMF on Sunday 2 May 2010 "
          "(control): 110 billion euros over three years, 80 billion from the euro zone and 30 billion from the IMF, "
          "against measures worth 30 billion euros through 2012 to cut the deficit from 13.6% of GDP in 2009 to below "
          "3% in 2014; VAT from 21% to 23%; public servants' holiday bonuses replaced by a flat 1,000 euros a year for "
          "those earning under 3,000 euros a month; 8.5 billion euros of bonds due on 19 May; a general strike on "
          "Wednesday 5 May. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    linate()
    marriage()
    bailout()
