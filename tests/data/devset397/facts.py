"""The three-hundred-and-ninety-seventh development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset397/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def azf():
    R, K, A, T = "reuters-sep21", "kompas-sep23", "ap-nov20", "tempo-sep25"
    # as-of times: Friday 21 September 2001 in the afternoon and evening (the prefecture's first counts: at least 18
    # dead, more than 3,000 hurt; the regional health service's more than 600 in hospital), Saturday 22 September (the
    # prefecture's 29 dead, about 2,500 hurt (lower: a revision), about 780 in hospital: another source than the
    # health service's), the first trial's verdict of Thursday 19 November 2009 and the appeal's of Monday 24
    # September 2012 (31 dead, about 2,500 hurt, no source named). The dead and the hurt do not fall.
    FRI, SAT, V1, V2 = "2001-09-21b", "2001-09-22", "2009-11-19", "2012-09-24"
    PREF, HEALTH = "the Haute-Garonne prefecture", "the regional health service"
    names = {
     "dead": "people killed by the explosion", "hurt": "people injured", "hosp": "people taken to hospital",
     "tonnes": "tonnes of nitrate fertiliser in the hangar", "crater": "width of the crater (m)",
     "staff": "workers at the plant", "fine_asked": "the fine asked by the prosecutors (EUR)",
     "fine": "the fine imposed on Grande Paroisse on appeal (EUR)", "fine_dir": "the director's fine on appeal (EUR)",
     "years_asked": "years of suspended prison asked at the first trial", "years": "years of prison imposed on appeal",
     "years_susp": "years of the appeal sentence suspended", "experts": "expert witnesses heard",
     # dates
     "blast": "day of the explosion", "count_fri": "day of the first count", "count_sat": "day of the count of 29",
     "sep11": "the attacks in the United States", "verdict1": "day of the first trial's verdict",
     "verdict2": "day of the appeal verdict",
    }
    ms = [
     M(R, "Friday", D, "blast", "2001-09-21"),
     M(R, "at least 18 people", N, "dead", 18, FRI, qual="atleast", src=PREF),
     M(R, "300 tonnes", N, "tonnes", 300, qual="approx", cls="t"),
     M(R, "50 metres", N, "crater", 50, qual="approx", cls="m"),
     M(R, "Friday evening", D, "count_fri", "2001-09-21"),
     M(R, "more than 3,000 people", N, "hurt", 3000, FRI, qual="morethan", src=PREF),
     M(R, "more than 600", N, "hosp", 600, FRI, qual="morethan", src=HEALTH),
     M(R, "470 people", N, "staff", 470, qual="approx"),
     M(R, "September 11", D, "sep11", "2001-09-11"),

     M(K, "29 orang", N, "dead", 29, SAT, src=PREF),
     M(K, "Sabtu (22/9/2001)", D, "count_sat", "2001-09-22"),
     M(K, "Jumat sore", D, "count_fri", "2001-09-21"),
     M(K, "sedikitnya 18 orang", N, "dead", 18, FRI, qual="atleast", src=PREF),
     M(K, "Kamis (20/9/2001)", D, "blast", "2001-09-20", planted=True),
     M(K, "300 ton", N, "tonnes", 300, qual="approx", cls="t"),
     M(K, "2.500 orang", N, "hurt", 2500, SAT, qual="approx", src=PREF),
     M(K, "lebih dari 3.000", N, "hurt", 3000, FRI, qual="morethan", src=PREF),
     M(K, "Jumat malam", D, "count_fri", "2001-09-21"),
     M(K, "780 korban", N, "hosp", 780, SAT, qual="approx", src=PREF),
     M(K, "50 meter", N, "crater", 50, qual="approx", cls="m"),
     M(K, "11 September", D, "sep11", "2001-09-11"),
     M(K, "470 orang", N, "staff", 470, qual="approx"),

     M(A, "Thursday", D, "verdict1", "2009-11-19"),
     M(A, "31 people", N, "dead", 31, V1),
     M(A, "three-year", N, "years_asked", 3, cls="dur"),
     M(A, "225,000 euros", N, "fine_asked", 225000, cls="eur"),
     M(A, "Sept. 21, 2001", D, "blast", "2001-09-21"),
     M(A, "300 tonnes", N, "tonnes", 300, qual="approx", cls="t"),
     M(A, "2,500 people", N, "hurt", 2500, V1, qual="approx"),
     M(A, "60 expert witnesses", N, "experts", 60, qual="morethan"),
     M(A, "31", N, "dead", 31, V1, occ=2),

     M(T, "Senin (24/9/2012)", D, "verdict2", "2012-09-24"),
     M(T, "31 orang", N, "dead", 31, V2),
     M(T, "tiga tahun", N, "years", 3, cls="dur"),
     M(T, "dua tahun", N, "years_susp", 2, cls="dur"),
     M(T, "45.000 euro", N, "fine_dir", 45000, cls="eur"),
     M(T, "225.000 euro", N, "fine", 225000, cls="eur"),
     M(T, "19 Oktober 2009", D, "verdict1", "2009-10-19", planted=True),
     M(T, "300 ton", N, "tonnes", 300, qual="approx", cls="t"),
     M(T, "21 September 2001", D, "blast", "2001-09-21"),
     M(T, "2.500 orang", N, "hurt", 2500, V2, qual="approx"),
     M(T, "11 September 2001", D, "sep11", "2001-09-11"),
    ]
    build("azf-toulouse-2001", "The explosion at the AZF fertiliser plant in Toulouse (Friday 21 September 2001, "
          "10:17, about 300 tonnes of nitrate fertiliser): the prefecture's count of at least 18 dead on Friday, 29 on "
          "Saturday 22 September, 31 at the trials; more than 3,000 hurt on Friday evening revised to about 2,500 on "
          "Saturday; more than 600 in hospital by the regional health service against about 780 by the prefecture; "
          "the first trial's acquittal of the director Serge Biechlin and of Grande Paroisse on Thursday 19 November "
          "2009 and the appeal court's conviction on Monday 24 September 2012 (three years, two suspended, and 45,000 "
          "euros; 225,000 euros for the company)", False, ms, names)


def ghislenghien():
    R, K, T, A = "reuters-jul30", "kompas-aug01", "antara-aug03", "ap-jul31"
    # as-of times: Friday 30 July 2004 at 6 p.m. (the Hainaut governor's office: 15 dead, more than 200 hurt),
    # Saturday 31 July in the evening (the governor's office: 17 dead, about 120 hurt (lower: a revision); the
    # Tournai prosecutors: 16 dead, another source), Monday 2 August (the governor's office: 18 dead, about 120 hurt),
    # the anniversary of Saturday 30 July 2005 (24 dead, 132 hurt, no source named). The dead and the hurt do not fall.
    FRI, SAT, MON, ANN = "2004-07-30b", "2004-07-31b", "2004-08-02", "2005-07-30"
    GOV, PROS = "the Hainaut governor's office", "the Tournai prosecutors"
    names = {
     "dead": "people killed by the explosion", "hurt": "people injured", "firemen": "firefighters among the dead",
     "police": "police officers among the dead", "diam": "the pipeline's diameter (m)", "bar": "the gas pressure (bar)",
     "km": "distance the blast was heard or seen (km)", "burns": "burn victims still in hospital",
     # dates
     "blast": "day of the explosion", "count_sat": "day of the count of 17", "count_mon": "day of the count of 18",
     "king": "day the king visited the injured", "anniv": "day of the anniversary ceremony",
    }
    ms = [
     M(R, "Friday", D, "blast", "2004-07-30"),
     M(R, "15 people", N, "dead", 15, FRI, src=GOV),
     M(R, "Five firefighters", N, "firemen", 5),
     M(R, "a police officer", N, "police", 1),
     M(R, "10 km", N, "km", 10, qual="morethan", cls="km"),
     M(R, "More than 200 people", N, "hurt", 200, FRI, qual="morethan", src=GOV),
     M(R, "one metre", N, "diam", 1, cls="m"),
     M(R, "80 bar", N, "bar", 80, qual="approx", cls="bar"),
     M(R, "Friday afternoon", D, "king", "2004-07-30"),

     M(K, "17 orang", N, "dead", 17, SAT, src=GOV),
     M(K, "Sabtu (31/7/2004)", D, "count_sat", "2004-07-31"),
     M(K, "15 orang", N, "dead", 15, FRI, src=GOV),
     M(K, "lima anggota pemadam kebakaran", N, "firemen", 5),
     M(K, "seorang polisi", N, "police", 1),
     M(K, "16 korban tewas", N, "dead", 16, SAT, src=PROS),
     M(K, "sekitar 120 orang", N, "hurt", 120, SAT, qual="approx", src=GOV),
     M(K, "lebih dari 200", N, "hurt", 200, FRI, qual="morethan", src=GOV),
     M(K, "Jumat (30/7/2004)", D, "blast", "2004-07-30"),
     M(K, "satu meter", N, "diam", 1, cls="m"),
     M(K, "80 bar", N, "bar", 80, qual="approx", cls="bar"),
     M(K, "10 km", N, "km", 10, qual="morethan", cls="km"),

     M(T, "18 orang", N, "dead", 18, MON, src=GOV),
     M(T, "Senin (2/8/2004)", D, "count_mon", "2004-08-02"),
     M(T, "enam anggota pemadam kebakaran", N, "firemen", 6, planted=True),
     M(T, "seorang polisi", N, "police", 1),
     M(T, "Sekitar 120 orang", N, "hurt", 120, MON, qual="approx", src=GOV),
     M(T, "lebih dari 40", N, "burns", 40, MON, qual="morethan"),
     M(T, "satu meter", N, "diam", 1, cls="m"),
     M(T, "Jumat", D, "blast", "2004-07-30"),  # "Ledakan terjadi Jumat pekan lalu": added by the lead after measuring
     M(T, "Jumat (30/7/2004)", D, "king", "2004-07-30"),

     M(A, "Saturday", D, "anniv", "2005-07-30"),
     M(A, "24 people", N, "dead", 24, ANN),
     M(A, "July 31, 2004", D, "blast", "2004-07-31", planted=True),
     M(A, "132 people", N, "hurt", 132, ANN),
     M(A, "Five firefighters", N, "firemen", 5),
     M(A, "one police officer", N, "police", 1),
     M(A, "15", N, "dead", 15, FRI),
     M(A, "24", N, "dead", 24, ANN, occ=2),
    ]
    build("ghislenghien-2004", "The gas pipeline explosion at the Ghislenghien industrial park near Ath in Hainaut, "
          "Belgium (Friday 30 July 2004, shortly before 9 a.m.; a Fluxys pipeline one metre wide at about 80 bar): the "
          "governor's office's count of 15 dead on Friday, 17 on Saturday 31 July (16 by the Tournai prosecutors), 18 "
          "on Monday 2 August, 24 in the end; more than 200 hurt on Friday revised to about 120 on Saturday, 132 in "
          "the end; five firefighters and a police officer among the dead; the king's visit on Friday; the "
          "anniversary ceremony of Saturday 30 July 2005", False, ms, names)


def election():
    R, K, A, T = "reuters-may16", "kompas-may17", "ap-may19", "antara-may18"
    names = {
     "cda": "the Christian Democrats' seats", "lpf": "the Fortuyn list's seats", "vvd": "the VVD's seats",
     "pvda": "Labour's seats", "gl": "GreenLeft's seats", "sp": "the Socialist Party's seats", "d66": "D66's seats",
     "parl": "seats in the lower house", "vvd98": "the VVD's seats in 1998", "pvda98": "Labour's seats in 1998",
     "pvda_loss": "seats Labour lost", "coal": "seats of a CDA-LPF-VVD coalition", "major": "seats for a majority",
     "turnout": "turnout (%)", "age": "Balkenende's age", "days": "days between the killing and the vote",
     # dates
     "vote": "election day", "results": "day of the near-complete results", "killed": "day Fortuyn was killed",
     "prev": "year of the previous election",
    }
    ms = [
     M(R, "Wednesday", D, "vote", "2002-05-15"),
     M(R, "43", N, "cda", 43, cls="seats"),
     M(R, "150 seats", N, "parl", 150, cls="seats"),
     M(R, "26 seats", N, "lpf", 26, cls="seats"),
     M(R, "Thursday", D, "results", "2002-05-16"),
     M(R, "24 seats", N, "vvd", 24, cls="seats"),
     M(R, "23", N, "pvda", 23, cls="seats"),
     M(R, "38", N, "vvd98", 38, cls="seats"),
     M(R, "45 seats", N, "pvda98", 45, cls="seats"),
     M(R, "1998", D, "prev", "1998"),
     M(R, "79.1 percent", N, "turnout", 79.1, cls="pct"),
     M(R, "May 6", D, "killed", "2002-05-06"),
     M(R, "nine days", N, "days", 9, cls="dur"),
     M(R, "46", N, "age", 46, cls="age"),
     M(R, "93 seats", N, "coal", 93, cls="seats"),
     M(R, "10 seats", N, "gl", 10, cls="seats"),
     M(R, "9", N, "sp", 9, cls="seats"),
     M(R, "7", N, "d66", 7, cls="seats"),

     M(K, "Rabu (15/5/2002)", D, "vote", "2002-05-15"),
     M(K, "43", N, "cda", 43, cls="seats"),
     M(K, "150 kursi", N, "parl", 150, cls="seats"),
     M(K, "26 kursi", N, "lpf", 26, cls="seats"),
     M(K, "24 kursi", N, "vvd", 24, cls="seats"),
     M(K, "23 kursi", N, "pvda", 23, cls="seats"),
     M(K, "38", N, "vvd98", 38, cls="seats"),
     M(K, "45 kursi", N, "pvda98", 45, cls="seats"),
     M(K, "1998", D, "prev", "1998"),
     M(K, "79,1 persen", N, "turnout", 79.1, cls="pct"),
     M(K, "Senin (6/5/2002)", D, "killed", "2002-05-06"),
     M(K, "sembilan hari", N, "days", 9, cls="dur"),
     M(K, "93 kursi", N, "coal", 93, cls="seats"),
     M(K, "76 kursi", N, "major", 76, cls="seats"),
     M(K, "GroenLinks 10", N, "gl", 10, cls="seats"),
     M(K, "Partai Sosialis 9", N, "sp", 9, cls="seats"),
     M(K, "tujuh kursi", N, "d66", 7, cls="seats"),

     M(A, "43 seats", N, "cda", 43, cls="seats"),
     M(A, "26", N, "lpf", 26, cls="seats"),
     M(A, "150-member", N, "parl", 150, cls="seats"),
     M(A, "Wednesday", D, "vote", "2002-05-15"),
     M(A, "23 seats", N, "pvda", 23, cls="seats"),
     M(A, "45", N, "pvda98", 45, cls="seats"),
     M(A, "24", N, "vvd", 24, cls="seats"),
     M(A, "38", N, "vvd98", 38, cls="seats"),
     M(A, "79.1 per cent", N, "turnout", 79.1, cls="pct"),
     M(A, "May 6", D, "killed", "2002-05-06"),
     M(A, "93 seats", N, "coal", 93, cls="seats"),
     M(A, "76 seats", N, "major", 76, cls="seats"),
     M(A, "10 seats", N, "gl", 10, cls="seats"),
     M(A, "Socialists 9", N, "sp", 9, cls="seats"),
     M(A, "D66 seven", N, "d66", 7, cls="seats"),

     M(T, "43 kursi", N, "cda", 43, cls="seats"),
     M(T, "Rabu (15/5/2002)", D, "vote", "2002-05-15"),
     M(T, "26 kursi", N, "lpf", 26, cls="seats"),
     M(T, "VVD 24 kursi", N, "vvd", 24, cls="seats"),
     M(T, "23 kursi", N, "pvda", 23, cls="seats"),
     M(T, "150 kursi", N, "parl", 150, cls="seats"),
     M(T, "22 kursi", N, "pvda_loss", 22, cls="seats"),
     M(T, "1998", D, "prev", "1998"),
     M(T, "45 kursi", N, "pvda98", 45, cls="seats"),
     M(T, "93 kursi", N, "coal", 93, cls="seats"),
     M(T, "79,1 persen", N, "turnout", 79.1, cls="pct"),
     M(T, "6 Mei 2002", D, "killed", "2002-05-06"),
     M(T, "sembilan hari", N, "days", 9, cls="dur"),
     M(T, "GroenLinks meraih 10 kursi", N, "gl", 10, cls="seats"),
     M(T, "Partai Sosialis sembilan kursi", N, "sp", 9, cls="seats"),
     M(T, "D66 tujuh kursi", N, "d66", 7, cls="seats"),
     M(T, "46 tahun", N, "age", 46, cls="age"),
    ]
    build("fortuyn-vote-2002", "The Dutch general election of Wednesday 15 May 2002 (control), nine days after Pim "
          "Fortuyn was shot dead on Monday 6 May: the Christian Democrats 43 of 150 seats, the Pim Fortuyn List 26, "
          "the VVD 24 (38 in 1998), Labour 23 (45 in 1998), GreenLeft 10, the Socialist Party 9, D66 7; turnout "
          "79.1%; a CDA-LPF-VVD coalition with 93 seats against a majority of 76. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    azf()
    ghislenghien()
    election()
