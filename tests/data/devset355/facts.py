"""The three-hundred-and-fifty-fifth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset355/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def copenhagen():
    R, K, T, A = "reuters-feb14", "kompas-feb16", "tempo-feb20", "ap-feb15-2016"
    # as-of times of the running tallies: late on Saturday 14 February 2015 (one dead, three officers wounded at the
    # cultural centre), Sunday 15 February (two dead, five officers wounded after the synagogue attack), the
    # package's Thursday 19 February and the anniversary of Sunday 14 February 2016 (two dead, five wounded). The
    # tallies do not fall. The wounded at each site, the ages, the shots, the guests, the vigil's crowd and the
    # Paris toll do not change with the day of the report; the vigil's crowd is estimated by the police (about
    # 30,000) and by the organisers (40,000): sources.
    SAT, SUN, FEB19, ANNIV = "2015-02-14", "2015-02-15", "2015-02-19", "2016-02-14"
    POLICE, ORGANISERS = "Copenhagen police", "the vigil's organisers"
    names = {
     "dead": "people killed in the two attacks", "wounded": "police officers wounded in the attacks",
     "wounded_cafe": "police officers wounded at the cultural centre",
     "wounded_syn": "police officers wounded at the synagogue", "age_film": "the film director's age",
     "age_guard": "the synagogue guard's age", "age_gunman": "the gunman's age", "shots": "shots fired at the centre",
     "guests": "guests at the synagogue", "vigil": "people at the Monday vigil", "package": "the security package (DKK)",
     "paris_dead": "people killed at Charlie Hebdo",
     # dates
     "attack1": "day of the attack on the cultural centre", "count_sat": "day of the first count",
     "count_sun": "day of the count of two dead", "attack2": "day of the synagogue attack",
     "gunman_shot": "day the gunman was shot dead", "drawing": "year of the artist's drawing",
     "package_day": "day the package was announced", "custody": "day two men were remanded in custody",
     "funeral": "day of the guard's funeral", "paris": "month of the Charlie Hebdo attack",
     "election": "month of the election the prime minister lost", "anniversary": "day of the anniversary gathering",
    }
    ms = [
     M(R, "Saturday", D, "attack1", "2015-02-14"),
     M(R, "one man", N, "dead", 1, SAT),
     M(R, "three police officers", N, "wounded", 3, SAT, also={"wounded_cafe": 3}),
     M(R, "aged 55", N, "age_film", 55, cls="age"),
     M(R, "Saturday evening", D, "count_sat", "2015-02-14"),
     M(R, "2007", D, "drawing", "2007"),
     M(R, "about 30 shots", N, "shots", 30, qual="approx"),
     M(R, "12 people", N, "paris_dead", 12),

     M(K, "Dua orang", N, "dead", 2, SUN),
     M(K, "lima polisi", N, "wounded", 5, SUN),
     M(K, "Minggu (15/2/2015)", D, "count_sun", "2015-02-15"),
     M(K, "Jumat (13/2/2015)", D, "attack1", "2015-02-13", planted=True),
     M(K, "55 tahun", N, "age_film", 55, cls="age"),
     M(K, "tiga polisi", N, "wounded_cafe", 3),
     M(K, "dini hari Minggu", D, "attack2", "2015-02-15"),
     M(K, "37 tahun", N, "age_guard", 37, cls="age"),
     M(K, "dua polisi", N, "wounded_syn", 2),
     M(K, "sekitar 80 tamu", N, "guests", 80, qual="approx"),
     M(K, "22 tahun", N, "age_gunman", 22, cls="age"),
     M(K, "sekitar 30 tembakan", N, "shots", 30, qual="approx"),

     M(T, "Kamis (19/2/2015)", D, "package_day", "2015-02-19"),
     M(T, "970 juta kroner", N, "package", 970, cls="dkk"),
     M(T, "dua orang", N, "dead", 2, FEB19),
     M(T, "lima polisi", N, "wounded", 5, FEB19),
     M(T, "Senin (16/2/2015)", D, "custody", "2015-02-16"),
     M(T, "sekitar 30.000 orang", N, "vigil", 30000, qual="approx", src=POLICE),
     M(T, "40.000 orang", N, "vigil", 40000, src=ORGANISERS),
     M(T, "Rabu (18/2/2015)", D, "funeral", "2015-02-18"),
     M(T, "22 tahun", N, "age_gunman", 22, cls="age"),
     M(T, "Minggu (15/2/2015)", D, "gunman_shot", "2015-02-15"),
     M(T, "Januari", D, "paris", "2015-01"),
     M(T, "12 orang", N, "paris_dead", 12),

     M(A, "Sunday", D, "anniversary", "2016-02-14"),
     M(A, "two men", N, "dead", 2, ANNIV),
     M(A, "55", N, "age_film", 55, cls="age"),
     M(A, "Feb. 14, 2015", D, "attack1", "2015-02-14"),
     M(A, "73", N, "age_guard", 73, cls="age", planted=True),
     M(A, "Five police officers", N, "wounded", 5, ANNIV),
     M(A, "22-year-old", N, "age_gunman", 22, cls="age"),
     M(A, "Feb. 15", D, "gunman_shot", "2015-02-15"),
     M(A, "some 30,000 people", N, "vigil", 30000, qual="approx", src=POLICE),
     M(A, "970 million kroner", N, "package", 970, cls="dkk"),
     M(A, "June", D, "election", "2015-06"),
    ]
    build("copenhagen-shootings-2015", "The Copenhagen shootings of 14-15 February 2015: the attack on a debate at "
          "the Krudttønden cultural centre on Saturday 14 February (the film director Finn Nørgaard, 55, killed, three "
          "police officers wounded, about 30 shots), the attack on the synagogue in Krystalgade after midnight on Sunday "
          "15 February (the volunteer guard Dan Uzan, 37, killed, two officers wounded), the 22-year-old gunman shot dead "
          "by the police early on Sunday; the tally of one dead and three wounded on Saturday rising to two dead and five "
          "wounded on Sunday; two men remanded on Monday 16 February; the vigil that evening (about 30,000 by the police's "
          "estimate, 40,000 by the organisers'); the guard's funeral on Wednesday 18 February; the DKK 970 million "
          "security package of Thursday 19 February; the anniversary of 14 February 2016; the Charlie Hebdo attack "
          "of January 2015 (12 dead) as another event", False, ms, names)


def halonen():
    R, K, T, A = "reuters-jan16", "kompas-jan17", "antara-jan30", "ap-mar01"
    # the first round (Sunday 15 January 2006) is quoted in its official result only (no as-of time). The runoff
    # (Sunday 29 January 2006) is quoted at two times of election night: the advance votes released at 20:00
    # (Halonen 50.6%, Niinisto 49.4%) and the final count (51.8% and 48.2%): Niinisto's share falling between the
    # two is a revision, Halonen's rising an update.
    EARLY, FINAL = "2006-01-29a", "2006-01-29b"
    names = {
     "hal_r1": "Halonen's first-round share", "niin_r1": "Niinisto's first-round share",
     "van_r1": "Vanhanen's first-round share", "haut_r1": "Hautala's first-round share",
     "soini_r1": "Soini's first-round share", "turnout1": "first-round turnout", "majority": "share needed to win",
     "hal_r2": "Halonen's runoff share", "niin_r2": "Niinisto's runoff share", "turnout2": "runoff turnout",
     "candidates": "candidates in the first round", "others": "candidates sharing the rest",
     "age": "Halonen's age", "term": "years of a presidential term", "terms": "consecutive terms allowed",
     # dates
     "round1": "day of the first round", "runoff": "day of the runoff", "first_won": "year Halonen first won",
     "inaug": "day of the swearing-in", "term_end": "year her second term ends",
    }
    ms = [
     M(R, "Sunday", D, "round1", "2006-01-15"),
     M(R, "Jan. 29", D, "runoff", "2006-01-29"),
     M(R, "46.3 percent", N, "hal_r1", 46.3, cls="pct"),
     M(R, "more than 50 percent", N, "majority", 50, qual="morethan", cls="pct"),
     M(R, "24.1 percent", N, "niin_r1", 24.1, cls="pct"),
     M(R, "18.6 percent", N, "van_r1", 18.6, cls="pct"),
     M(R, "3.5 percent", N, "haut_r1", 3.5, cls="pct"),
     M(R, "3.4 percent", N, "soini_r1", 3.4, cls="pct"),
     M(R, "last three", N, "others", 3),
     M(R, "eight candidates", N, "candidates", 8),
     M(R, "73.9 percent", N, "turnout1", 73.9, cls="pct"),
     M(R, "62", N, "age", 62, cls="age"),
     M(R, "2000", D, "first_won", "2000"),
     M(R, "six-year term", N, "term", 6, cls="dur"),

     M(K, "46,3 persen", N, "hal_r1", 46.3, cls="pct"),
     M(K, "Minggu (15/1/2006)", D, "round1", "2006-01-15"),
     M(K, "21,4 persen", N, "niin_r1", 21.4, cls="pct", planted=True),
     M(K, "18,6 persen", N, "van_r1", 18.6, cls="pct"),
     M(K, "lebih dari 50 persen", N, "majority", 50, qual="morethan", cls="pct"),
     M(K, "Minggu (29/1/2006)", D, "runoff", "2006-01-29"),
     M(K, "73,9 persen", N, "turnout1", 73.9, cls="pct"),
     M(K, "Delapan kandidat", N, "candidates", 8),
     M(K, "3,5 persen", N, "haut_r1", 3.5, cls="pct"),
     M(K, "62 tahun", N, "age", 62, cls="age"),
     M(K, "2000", D, "first_won", "2000"),
     M(K, "enam tahun", N, "term", 6, cls="dur"),
     M(K, "dua periode", N, "terms", 2, cls="dur"),

     M(T, "51,8 persen", N, "hal_r2", 51.8, FINAL, cls="pct"),
     M(T, "Minggu (29/1/2006)", D, "runoff", "2006-01-29"),
     M(T, "48,2 persen", N, "niin_r2", 48.2, FINAL, cls="pct"),
     M(T, "46,3 persen", N, "hal_r1", 46.3, cls="pct"),
     M(T, "24,1 persen", N, "niin_r1", 24.1, cls="pct"),
     M(T, "50,6 persen", N, "hal_r2", 50.6, EARLY, cls="pct"),
     M(T, "49,4 persen", N, "niin_r2", 49.4, EARLY, cls="pct"),
     M(T, "77,2 persen", N, "turnout2", 77.2, cls="pct"),
     M(T, "73,9 persen", N, "turnout1", 73.9, cls="pct"),
     M(T, "enam tahun", N, "term", 6, cls="dur"),
     M(T, "1 Maret", D, "inaug", "2006-03-01"),

     M(A, "Wednesday", D, "inaug", "2006-03-01"),
     M(A, "six-year term", N, "term", 6, cls="dur"),
     M(A, "51.8 percent", N, "hal_r2", 51.8, FINAL, cls="pct"),
     M(A, "Jan. 28", D, "runoff", "2006-01-28", planted=True),
     M(A, "48.2 percent", N, "niin_r2", 48.2, FINAL, cls="pct"),
     M(A, "Jan. 15", D, "round1", "2006-01-15"),
     M(A, "46.3 percent", N, "hal_r1", 46.3, cls="pct"),
     M(A, "77.2 percent", N, "turnout2", 77.2, cls="pct"),
     M(A, "62", N, "age", 62, cls="age"),
     M(A, "2000", D, "first_won", "2000"),
     M(A, "two consecutive terms", N, "terms", 2, cls="dur"),
     M(A, "2012", D, "term_end", "2012"),
     M(A, "18.6 percent", N, "van_r1", 18.6, cls="pct"),
    ]
    build("halonen-second-term-2006", "Finland's presidential election of 2006 in two rounds: the first round of "
          "Sunday 15 January (Tarja Halonen 46.3%, Sauli Niinisto 24.1%, Matti Vanhanen 18.6%, Heidi Hautala 3.5%, Timo "
          "Soini 3.4%, eight candidates, turnout 73.9%), the runoff of Sunday 29 January (Halonen 51.8%, Niinisto 48.2%, "
          "turnout 77.2%; the advance votes released at 20:00 gave 50.6% and 49.4%), Halonen's swearing-in for a second "
          "six-year term on Wednesday 1 March 2006", False, ms, names)


def estonia_euro():
    R, K, T, B = "reuters-jul13", "kompas-jul14", "antara-jul15", "bloomberg-jul16"
    names = {
     "pop": "Estonia's population", "member": "Estonia's place among euro members", "rate": "kroons per euro",
     "deficit": "the 2009 budget deficit (% of GDP)", "debt": "the 2009 public debt (% of GDP)",
     "def_limit": "the deficit limit (% of GDP)", "debt_limit": "the debt limit (% of GDP)",
     "dual": "weeks of dual circulation", "exchange": "months of free exchange at banks",
     # dates
     "decision": "day of the finance ministers' approval", "euro_day": "day Estonia adopts the euro",
     "fiscal_year": "year of the deficit and debt figures", "recommend": "day of the Commission's recommendation",
     "summit": "day of the leaders' endorsement",
    }
    ms = [
     M(R, "Tuesday", D, "decision", "2010-07-13"),
     M(R, "Jan. 1, 2011", D, "euro_day", "2011-01-01"),
     M(R, "1.3 million people", N, "pop", 1300000),
     M(R, "17th member", N, "member", 17, cls="ordinal"),
     M(R, "15.6466 kroons", N, "rate", 15.6466, cls="rate"),
     M(R, "1.7 percent", N, "deficit", 1.7, cls="pct"),
     M(R, "2009", D, "fiscal_year", "2009"),
     M(R, "7.2 percent", N, "debt", 7.2, cls="pct"),
     M(R, "3 percent", N, "def_limit", 3, cls="pct"),
     M(R, "60 percent", N, "debt_limit", 60, cls="pct"),
     M(R, "May 12", D, "recommend", "2010-05-12"),
     M(R, "June 17", D, "summit", "2010-06-17"),
     M(R, "two weeks", N, "dual", 2, cls="dur"),

     M(K, "Selasa (13/7/2010)", D, "decision", "2010-07-13"),
     M(K, "1 Januari 2011", D, "euro_day", "2011-01-01"),
     M(K, "sekitar 1,3 juta jiwa", N, "pop", 1300000, qual="approx"),
     M(K, "ke-17", N, "member", 17, cls="ordinal"),
     M(K, "15,6466 kroon", N, "rate", 15.6466, cls="rate"),
     M(K, "2009", D, "fiscal_year", "2009"),
     M(K, "1,7 persen", N, "deficit", 1.7, cls="pct"),
     M(K, "7,2 persen", N, "debt", 7.2, cls="pct"),
     M(K, "3 persen", N, "def_limit", 3, cls="pct"),
     M(K, "60 persen", N, "debt_limit", 60, cls="pct"),
     M(K, "12 Mei", D, "recommend", "2010-05-12"),
     M(K, "17 Juni", D, "summit", "2010-06-17"),
     M(K, "dua pekan", N, "dual", 2, cls="dur"),

     M(T, "1 Januari 2011", D, "euro_day", "2011-01-01"),
     M(T, "Selasa lalu", D, "decision", "2010-07-13"),
     M(T, "1,3 juta penduduk", N, "pop", 1300000),
     M(T, "ke-17", N, "member", 17, cls="ordinal"),
     M(T, "15,6466 kroon", N, "rate", 15.6466, cls="rate"),
     M(T, "2009", D, "fiscal_year", "2009"),
     M(T, "1,7 persen", N, "deficit", 1.7, cls="pct"),
     M(T, "7,2 persen", N, "debt", 7.2, cls="pct"),
     M(T, "3 persen", N, "def_limit", 3, cls="pct"),
     M(T, "60 persen", N, "debt_limit", 60, cls="pct"),
     M(T, "12 Mei", D, "recommend", "2010-05-12"),
     M(T, "17 Juni", D, "summit", "2010-06-17"),
     M(T, "dua pekan", N, "dual", 2, cls="dur"),

     M(B, "Jan. 1", D, "euro_day", "2011-01-01"),
     M(B, "July 13", D, "decision", "2010-07-13"),
     M(B, "1.3 million", N, "pop", 1300000),
     M(B, "17th", N, "member", 17, cls="ordinal"),
     M(B, "15.6466 kroons", N, "rate", 15.6466, cls="rate"),
     M(B, "7.2 percent", N, "debt", 7.2, cls="pct"),
     M(B, "1.7 percent", N, "deficit", 1.7, cls="pct"),
     M(B, "3 percent", N, "def_limit", 3, cls="pct"),
     M(B, "60 percent", N, "debt_limit", 60, cls="pct"),
     M(B, "May 12", D, "recommend", "2010-05-12"),
     M(B, "June 17", D, "summit", "2010-06-17"),
     M(B, "two weeks", N, "dual", 2, cls="dur"),
     M(B, "six months", N, "exchange", 6, cls="dur"),
    ]
    build("estonia-euro-2010", "The EU finance ministers' final approval of Estonia's euro entry on Tuesday 13 July "
          "2010 (control): the euro from 1 January 2011, the 17th member, 1.3 million people, 15.6466 kroons per euro, "
          "a 2009 deficit of 1.7% and public debt of 7.2% of GDP against the 3% and 60% limits, the Commission's "
          "recommendation of 12 May and the leaders' endorsement of 17 June 2010, two weeks of dual circulation. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    copenhagen()
    halonen()
    estonia_euro()
