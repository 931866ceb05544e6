"""The twenty-fourth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset24/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def madrid():
    R, K, A, T, B = "reuters-mar11", "kompas-mar12", "ap-mar14", "tempo-mar15", "bbc-oct31"
    names = {
     "dead": "death toll of the train bombings", "injured": "people injured in the bombings",
     "hosp": "injured still in hospital", "bombs": "bombs that exploded", "unexploded": "bombs that failed to explode",
     "devices": "bombs planted in all", "trains": "trains hit", "stations": "stations hit",
     "lockerbie": "dead in the 1988 Lockerbie bombing", "mourn_days": "days of national mourning",
     "gap": "days between the bombings and the election", "marchers": "marchers across Spain on 12 March",
     "madrid_marchers": "marchers in Madrid on 12 March", "arrested": "men arrested on 13 March",
     "moroccans": "Moroccans among the arrested", "indians": "Indians among the arrested",
     "voters": "people eligible to vote", "seats": "seats of the Congress of Deputies",
     "psoe_seats": "Socialist seats won", "pp_seats": "Popular Party seats won", "psoe_pct": "Socialist vote share",
     "pp_pct": "Popular Party vote share", "turnout": "turnout of the 2004 election",
     "turnout2000": "turnout of the 2000 election", "majority": "seats needed for a majority",
     "age_z": "Zapatero's age", "troops": "Spanish troops in Iraq", "convicted": "defendants convicted in 2007",
     "acquitted": "defendants acquitted", "defendants": "defendants tried", "zougam": "years for each of two bombers",
     "trash": "years for the explosives supplier", "maxyears": "years a convict can serve",
     "leganes_n": "suspects who blew themselves up in Leganes", "trial_months": "months of evidence at the trial",
     "lead": "the Popular Party's poll lead (points)",
     # dates
     "attack": "day of the bombings", "toll12": "day the 199 dead were given", "marches": "day of the marches",
     "election": "day of the general election", "arrests": "day of the five arrests",
     "statement": "day Acebes announced the arrests", "revised": "day the toll was lowered to 190",
     "hospday": "day 250 were still in hospital", "video": "day the videotape was found",
     "protest": "day of the protest outside the Popular Party's offices", "y1988": "year of the Lockerbie bombing",
     "y2000": "year of the previous election", "deadline": "Zapatero's deadline for the UN in Iraq",
     "verdict": "day of the verdict", "leganes": "day of the Leganes blast", "trialstart": "day the trial opened",
    }
    ms = [
     M(R, "Ten bombs", N, "bombs", 10),
     M(R, "four crowded commuter trains", N, "trains", 4),
     M(R, "Thursday", D, "attack", "2004-03-11"),
     M(R, "at least 182 people", N, "dead", 182, "2004-03-11", "atleast"),
     M(R, "more than 1,400", N, "injured", 1400, "2004-03-11", "morethan"),
     M(R, "three more bombs", N, "unexploded", 3),
     M(R, "13 devices", N, "devices", 13),
     M(R, "1988", D, "y1988", "1988"),
     M(R, "270 people", N, "lockerbie", 270),
     M(R, "three days", N, "mourn_days", 3, cls="dur"),
     M(R, "three days", N, "gap", 3, cls="dur", occ=2),
     M(R, "Sunday", D, "election", "2004-03-14"),
     M(R, "Friday", D, "marches", "2004-03-12"),

     M(K, "empat kereta", N, "trains", 4),
     M(K, "199 orang", N, "dead", 199, "2004-03-12"),
     M(K, "Jumat (12/3/2004)", D, "toll12", "2004-03-12"),
     M(K, "Lebih dari 1.500 orang", N, "injured", 1500, "2004-03-12", "morethan"),
     M(K, "sekitar 300", N, "hosp", 300, "2004-03-12", "approx", fall=True),
     M(K, "Sepuluh bom", N, "bombs", 10),
     M(K, "tiga stasiun", N, "stations", 3),
     M(K, "Kamis (11/3/2004)", D, "attack", "2004-03-11"),
     M(K, "dua bom", N, "unexploded", 2, planted=True),
     M(K, "Jumat malam", D, "marches", "2004-03-12"),
     M(K, "Minggu (14/3/2004)", D, "election", "2004-03-14"),
     M(K, "1988", D, "y1988", "1988"),

     M(A, "Sunday", D, "election", "2004-03-14"),
     M(A, "three days", N, "gap", 3, cls="dur"),
     M(A, "five men", N, "arrested", 5),
     M(A, "Saturday", D, "arrests", "2004-03-13"),
     M(A, "Saturday", D, "statement", "2004-03-13", occ=2),
     M(A, "three Moroccans", N, "moroccans", 3),
     M(A, "two Indians", N, "indians", 2),
     M(A, "190", N, "dead", 190, "2004-03-13"),
     M(A, "Saturday", D, "revised", "2004-03-13", occ=3),
     M(A, "199", N, "dead", 199, "2004-03-12"),
     M(A, "About 1,800 people", N, "injured", 1800, "2004-03-13", "approx"),
     M(A, "250", N, "hosp", 250, "2004-03-13", fall=True),
     M(A, "Saturday", D, "hospday", "2004-03-13", occ=4),
     M(A, "Saturday", D, "video", "2004-03-13", occ=5),
     M(A, "Friday", D, "marches", "2004-03-12"),
     M(A, "more than 11 million people", N, "marchers", 11e6, qual="morethan"),
     M(A, "about 2 million", N, "madrid_marchers", 2e6, qual="approx"),
     M(A, "Saturday", D, "protest", "2004-03-13", occ=6),
     M(A, "About 34.5 million people", N, "voters", 34.5e6, qual="approx"),
     M(A, "350 seats", N, "seats", 350),
     M(A, "five points", N, "lead", 5, cls="pct"),

     M(T, "Minggu (14/3/2004)", D, "election", "2004-03-14"),
     M(T, "tiga hari", N, "gap", 3, cls="dur"),
     M(T, "190 orang", N, "dead", 190, "2004-03-13"),
     M(T, "164", N, "psoe_seats", 164),
     M(T, "350 kursi", N, "seats", 350),
     M(T, "148 kursi", N, "pp_seats", 148),
     M(T, "42,6 persen", N, "psoe_pct", 42.6, cls="pct"),
     M(T, "37,7 persen", N, "pp_pct", 37.7, cls="pct"),
     M(T, "77,5 persen", N, "turnout", 77.5, cls="pct", planted=True),
     M(T, "68,7 persen", N, "turnout2000", 68.7, cls="pct"),
     M(T, "tahun 2000", D, "y2000", "2000"),
     M(T, "176 kursi", N, "majority", 176),
     M(T, "43 tahun", N, "age_z", 43, cls="age"),
     M(T, "1.300 tentara", N, "troops", 1300),
     M(T, "30 Juni", D, "deadline", "2004-06-30"),
     M(T, "lima tersangka", N, "arrested", 5),
     M(T, "Sabtu (13/3/2004)", D, "arrests", "2004-03-13"),
     M(T, "Sabtu malam", D, "video", "2004-03-13"),

     M(B, "Wednesday", D, "verdict", "2007-10-31"),
     M(B, "21 people", N, "convicted", 21),
     M(B, "2004", D, "attack", "2004"),
     M(B, "191 people", N, "dead", 191, "final"),
     M(B, "seven others", N, "acquitted", 7),
     M(B, "28 defendants", N, "defendants", 28),
     M(B, "more than 42,000 years", N, "zougam", 42000, qual="morethan", cls="years"),
     M(B, "more than 34,000 years", N, "trash", 34000, qual="morethan", cls="years"),
     M(B, "40 years", N, "maxyears", 40, cls="years"),
     M(B, "More than 1,800 people", N, "injured", 1800, "final", "morethan"),
     M(B, "ten bombs", N, "bombs", 10),
     M(B, "four trains", N, "trains", 4),
     M(B, "March 11, 2004", D, "attack", "2004-03-11"),
     M(B, "three other bombs", N, "unexploded", 3),
     M(B, "Seven of the suspected bombers", N, "leganes_n", 7),
     M(B, "April 3, 2004", D, "leganes", "2004-04-03"),
     M(B, "Feb. 15", D, "trialstart", "2007-02-15"),
     M(B, "four months", N, "trial_months", 4, cls="dur"),
     M(B, "three days", N, "gap", 3, cls="dur"),
     M(B, "2004", D, "election", "2004", occ=4),
     M(B, "164", N, "psoe_seats", 164),
     M(B, "350 seats", N, "seats", 350),
     M(B, "75.7 percent", N, "turnout", 75.7, cls="pct"),
    ]
    build("madrid-bombings-2004", "Madrid train bombings (Thursday 11 March 2004): ten bombs on four trains (13 "
          "planted, 3 failed to explode), the toll rising (at least 182 -> 199), lowered to 190 after remains were "
          "counted twice and final at 191, the injured rising (more than 1,400 -> more than 1,800), those in hospital "
          "falling, the marches of the Friday, five arrests and a videotape on the Saturday, the general election of "
          "Sunday 14 March (164 and 148 of 350 seats, shares, turnout 75.7 % against 68.7 % in 2000), the Leganes "
          "blast of 3 April 2004 and the verdict of 31 October 2007 (21 convicted, 7 acquitted of 28); the 1988 "
          "Lockerbie bombing (270 dead) recalled", False, ms, names)


def catalonia():
    R, K, A, D_, Z = "reuters-oct02", "kompas-oct03", "afp-oct09", "detik-oct28", "reuters-dec22"
    PRE, FIN = "2017-10-02", "2017-10-06"
    names = {
     "yes_share": "share voting yes in the referendum", "cast": "ballots cast in the referendum",
     "yes_votes": "yes votes in the referendum", "no_votes": "no votes in the referendum",
     "no_share": "share voting no", "turnout": "turnout of the referendum", "electorate": "registered voters",
     "lost": "ballots lost to police seizures", "injured": "people hurt on the day of the vote (Catalan health)",
     "police": "police officers hurt", "population": "Catalonia's population", "gdp": "Catalonia's share of Spain's GDP",
     "cast2014": "people who took part in the 2014 symbolic vote", "yes2014": "yes share in the 2014 symbolic vote",
     "crowd": "unionist marchers in Barcelona on 8 October", "decl_yes": "votes for the declaration",
     "decl_no": "votes against the declaration", "decl_blank": "blank votes on the declaration",
     "walkout": "opposition parties that walked out", "senate_yes": "Senate votes for Article 155",
     "senate_no": "Senate votes against Article 155", "companies": "companies that moved their seat out",
     "seats": "seats of the Catalan parliament", "sep2015": "separatist seats in the outgoing parliament",
     "sep_seats": "separatist seats won in December", "sep_parties": "separatist parties", "majority": "seats needed for a majority",
     "cs": "Ciudadanos seats", "turnout_dec": "turnout of the December election", "pp": "People's Party seats won in December",
     "pp2015": "People's Party seats won in 2015", "jxcat": "seats of Puigdemont's list", "erc": "seats of Junqueras's party",
     # dates
     "vote": "day of the referendum", "announce": "day the preliminary result was announced",
     "injday1": "day the 844 hurt were counted", "rajoy": "day of Rajoy's address", "suspend": "day the court suspended the vote",
     "strike": "day of the general strike", "injday2": "day the 893 hurt were counted", "king": "day of the king's speech",
     "march": "day of the unionist march", "final": "day the final results were published", "address": "day of Puigdemont's address to parliament",
     "sabadell": "day Banco Sabadell decided to move", "caixa": "day CaixaBank decided to move", "millo": "day Millo apologised",
     "declare": "day the parliament declared independence", "dismiss": "day Rajoy sacked the Catalan government",
     "election": "day of the regional election", "y2014": "day of the 2014 symbolic vote", "y2015": "year of the previous election",
     "brussels": "since when Puigdemont is in Brussels",
    }
    ms = [
     M(R, "Monday", D, "announce", "2017-10-02"),
     M(R, "90 percent", N, "yes_share", 90, PRE, "approx", cls="pct"),
     M(R, "2.26 million", N, "cast", 2.26e6, PRE, "approx"),
     M(R, "Sunday", D, "vote", "2017-10-01"),
     M(R, "42.3 percent", N, "turnout", 42.3, PRE, cls="pct"),
     M(R, "5.3 million", N, "electorate", 5.3e6, qual="approx"),
     M(R, "some 770,000 ballots", N, "lost", 770000, qual="approx"),
     M(R, "844 people", N, "injured", 844, "2017-10-01"),
     M(R, "Sunday", D, "injday1", "2017-10-01", occ=2),
     M(R, "33 police officers", N, "police", 33),
     M(R, "Sunday", D, "rajoy", "2017-10-01", occ=3),
     M(R, "September", D, "suspend", "2017-09"),
     M(R, "Tuesday", D, "strike", "2017-10-03"),

     M(K, "Selasa (3/10/2017)", D, "strike", "2017-10-03"),
     M(K, "Minggu (1/10/2017)", D, "vote", "2017-10-01"),
     M(K, "893 orang", N, "injured", 893, "2017-10-02"),
     M(K, "Senin (2/10/2017)", D, "injday2", "2017-10-02"),
     M(K, "2.020.144 orang", N, "yes_votes", 2020144, PRE),
     M(K, "90,09 persen", N, "yes_share", 90.09, PRE, cls="pct"),
     M(K, "2.262.424 pemilih", N, "cast", 2262424, PRE),
     M(K, "176.565 pemilih", N, "no_votes", 176565, PRE),
     M(K, "7,87 persen", N, "no_share", 7.87, PRE, cls="pct"),
     M(K, "Selasa malam", D, "king", "2017-10-03"),
     M(K, "Kamis (7/9/2017)", D, "suspend", "2017-09-07"),
     M(K, "sekitar 7,5 juta jiwa", N, "population", 7.5e6, qual="approx"),
     M(K, "sekitar 19 persen", N, "gdp", 19, qual="approx", cls="pct"),
     M(K, "9 November 2014", D, "y2014", "2014-11-09"),
     M(K, "sekitar 2,3 juta orang", N, "cast2014", 2.3e6, qual="approx"),
     M(K, "80,8 persen", N, "yes2014", 80.8, cls="pct"),

     M(A, "Sunday", D, "march", "2017-10-08"),
     M(A, "350,000", N, "crowd", 350000, src="the city police"),
     M(A, "about 950,000 people", N, "crowd", 950000, qual="approx", src="the organisers"),
     M(A, "Friday", D, "final", "2017-10-06"),
     M(A, "2,044,038 votes", N, "yes_votes", 2044038, FIN),
     M(A, "90.18 percent", N, "yes_share", 90.18, FIN, cls="pct"),
     M(A, "43 percent", N, "turnout", 43, FIN, "approx", cls="pct"),
     M(A, "2.29 million ballots", N, "cast", 2.29e6, FIN, "approx"),
     M(A, "Tuesday", D, "address", "2017-10-10"),
     M(A, "Thursday", D, "sabadell", "2017-10-05"),
     M(A, "Friday", D, "caixa", "2017-10-06", occ=2),
     M(A, "Friday", D, "millo", "2017-10-06", occ=3),
     M(A, "893 people", N, "injured", 893, "2017-10-02"),
     M(A, "Tuesday", D, "king", "2017-10-03", occ=2),

     M(D_, "Jumat (27/10/2017)", D, "declare", "2017-10-27"),
     M(D_, "70 suara", N, "decl_yes", 70),
     M(D_, "10 suara", N, "decl_no", 10),
     M(D_, "2 suara", N, "decl_blank", 2),
     M(D_, "tiga partai", N, "walkout", 3),
     M(D_, "214 suara", N, "senate_yes", 214),
     M(D_, "47 suara", N, "senate_no", 47),
     M(D_, "Jumat malam", D, "dismiss", "2017-10-27"),
     M(D_, "21 Desember", D, "election", "2017-12-21"),
     M(D_, "Selasa (10/10/2017)", D, "address", "2017-10-10"),
     M(D_, "1 Oktober", D, "vote", "2017-10-01"),
     M(D_, "43 persen", N, "turnout", 43, FIN, "approx", cls="pct"),
     M(D_, "sekitar 90 persen", N, "yes_share", 90, FIN, "approx", cls="pct"),
     M(D_, "950.000 orang", N, "crowd", 950000, src="the organisers"),
     M(D_, "Lebih dari 1.600 perusahaan", N, "companies", 1600, "2017-10-27", "morethan"),
     M(D_, "135 kursi", N, "seats", 135),
     M(D_, "72", N, "sep2015", 72),

     M(Z, "Thursday", D, "election", "2017-12-21"),
     M(Z, "three separatist parties", N, "sep_parties", 3),
     M(Z, "70 of the 135 seats", N, "sep_seats", 70, also={"seats": 135}),
     M(Z, "68", N, "majority", 68),
     M(Z, "36 seats", N, "cs", 36),
     M(Z, "79.1 percent", N, "turnout_dec", 79.1, cls="pct"),
     M(Z, "3 seats", N, "pp", 3),
     M(Z, "11", N, "pp2015", 11),
     M(Z, "2015", D, "y2015", "2015"),
     M(Z, "34 seats", N, "jxcat", 34),
     M(Z, "32", N, "erc", 32),
     M(Z, "Oct. 26", D, "dismiss", "2017-10-26", planted=True),
     M(Z, "Oct. 1", D, "vote", "2017-10-01"),
     M(Z, "43 percent", N, "turnout", 43, FIN, "approx", cls="pct"),
     M(Z, "90 percent", N, "yes_share", 90, FIN, "approx", cls="pct"),
     M(Z, "late October", D, "brussels", "2017-10"),
     M(Z, "More than 3,000 companies", N, "companies", 3000, "2017-12-22", "morethan"),
    ]
    build("catalonia-referendum-2017", "Catalonia's independence referendum (Sunday 1 October 2017) and what followed: "
          "the regional government's preliminary result (2,020,144 yes, 90.09 %, of 2,262,424; turnout 42.3 %) and "
          "final result (2,044,038, 90.18 %; turnout 43 %), the hurt counted by the Catalan health service (844 -> "
          "893) and police officers hurt, city police's and organisers' counts of the unionist march of 8 October, "
          "the declaration (70-10-2) and the Senate's Article 155 vote (214-47) on 27 October, the December election "
          "(70 of 135 separatist seats), companies moving out (more than 1,600 -> more than 3,000); the 2014 "
          "symbolic vote recalled; dates of the vote, briefings, a strike, a speech, banks' decisions on their own "
          "days", False, ms, names)


def imf():
    R, K, C, J = "reuters-apr16", "kompas-apr17", "cnbcindonesia-apr18", "jakartapost-apr19"
    JAN, APR = "2024-01", "2024-04"
    names = {
     "world24": "world growth forecast for 2024", "world25": "world growth forecast for 2025",
     "world23": "world growth estimate for 2023", "us24": "US growth forecast for 2024", "us25": "US growth forecast for 2025",
     "ea24": "euro area growth 2024", "ea25": "euro area growth 2025", "cn24": "China growth 2024", "cn25": "China growth 2025",
     "infl23": "global inflation 2023", "infl24": "global inflation 2024", "infl25": "global inflation 2025",
     "medium": "growth five years ahead", "avg": "average growth 2000-2019", "id24": "Indonesia growth 2024",
     "id25": "Indonesia growth 2025", "adv24": "advanced economies growth 2024", "adv25": "advanced economies growth 2025",
     "em24": "emerging economies growth 2024", "em25": "emerging economies growth 2025", "in24": "India growth 2024",
     "in25": "India growth 2025", "jp24": "Japan growth 2024", "jp25": "Japan growth 2025", "uk24": "UK growth 2024",
     "de24": "Germany growth 2024", "target": "Indonesian government's 2024 growth target",
     "horizon": "years ahead of the medium-term forecast",
     # dates
     "release": "day the World Economic Outlook was released", "jan": "month of the previous forecast",
    }
    P = partial(M, cls="pct")
    ms = [
     M(R, "Tuesday", D, "release", "2024-04-16"),
     P(R, "3.2 percent", N, "world24", 3.2, APR),
     P(R, "3.1 percent", N, "world24", 3.1, JAN),
     M(R, "January", D, "jan", "2024-01"),
     P(R, "3.2 percent", N, "world25", 3.2, occ=2),
     P(R, "3.2 percent", N, "world23", 3.2, occ=3),
     P(R, "2.7 percent", N, "us24", 2.7, APR),
     P(R, "2.1 percent", N, "us24", 2.1, JAN),
     M(R, "January", D, "jan", "2024-01", occ=2),
     P(R, "1.9 percent", N, "us25", 1.9),
     P(R, "0.8 percent", N, "ea24", 0.8),
     P(R, "1.5 percent", N, "ea25", 1.5),
     P(R, "4.6 percent", N, "cn24", 4.6),
     P(R, "4.1 percent", N, "cn25", 4.1),
     P(R, "6.8 percent", N, "infl23", 6.8),
     P(R, "5.9 percent", N, "infl24", 5.9),
     P(R, "4.5 percent", N, "infl25", 4.5),
     M(R, "five years", N, "horizon", 5, cls="dur"),
     P(R, "3.1 percent", N, "medium", 3.1, occ=2),
     P(R, "3.8 percent", N, "avg", 3.8),

     P(K, "3,2 persen", N, "world24", 3.2, APR),
     P(K, "3,1 persen", N, "world24", 3.1, JAN),
     M(K, "Januari", D, "jan", "2024-01"),
     M(K, "Selasa (16/4/2024)", D, "release", "2024-04-16"),
     P(K, "3,2 persen", N, "world25", 3.2, occ=2),
     P(K, "5,0 persen", N, "id24", 5.0),
     P(K, "5,1 persen", N, "id25", 5.1),
     P(K, "1,7 persen", N, "adv24", 1.7),
     P(K, "1,8 persen", N, "adv25", 1.8),
     P(K, "4,2 persen", N, "em24", 4.2, also={"em25": 4.2}),
     P(K, "2,7 persen", N, "us24", 2.7, APR),
     P(K, "0,8 persen", N, "ea24", 0.8),
     P(K, "4,6 persen", N, "cn24", 4.6),
     P(K, "6,8 persen", N, "in24", 6.8),
     P(K, "6,8 persen", N, "infl23", 6.8, occ=2),
     P(K, "5,9 persen", N, "infl24", 5.9),
     P(K, "4,5 persen", N, "infl25", 4.5),

     P(C, "5,0 persen", N, "id24", 5.0),
     P(C, "5,1 persen", N, "id25", 5.1),
     M(C, "April 2024", D, "release", "2024-04"),
     M(C, "Selasa (16/4/2024)", D, "release", "2024-04-16"),
     P(C, "3,2 persen", N, "world24", 3.2, APR, also={"world25": 3.2}),
     P(C, "6,8 persen", N, "in24", 6.8),
     P(C, "6,5 persen", N, "in25", 6.5),
     P(C, "0,9 persen", N, "jp24", 0.9),
     P(C, "1,0 persen", N, "jp25", 1.0),
     P(C, "0,5 persen", N, "uk24", 0.5),
     P(C, "0,2 persen", N, "de24", 0.2),
     M(C, "lima tahun", N, "horizon", 5, cls="dur"),
     P(C, "3,1 persen", N, "medium", 3.1),
     P(C, "3,8 persen", N, "avg", 3.8),

     P(J, "5.0 percent", N, "id24", 5.0),
     P(J, "5.1 percent", N, "id25", 5.1),
     M(J, "Tuesday", D, "release", "2024-04-16"),
     P(J, "3.2 percent", N, "world24", 3.2, APR, also={"world25": 3.2}),
     P(J, "4.2 percent", N, "em24", 4.2, also={"em25": 4.2}),
     P(J, "1.7 percent", N, "adv24", 1.7),
     P(J, "1.8 percent", N, "adv25", 1.8),
     P(J, "4.6 percent", N, "cn24", 4.6),
     P(J, "6.8 percent", N, "in24", 6.8),
     P(J, "2.7 percent", N, "us24", 2.7, APR),
     P(J, "5.9 percent", N, "infl24", 5.9),
     P(J, "4.5 percent", N, "infl25", 4.5),
     P(J, "6.8 percent", N, "infl23", 6.8, occ=2),
     P(J, "5.2 percent", N, "target", 5.2),
     P(J, "0.9 percent", N, "jp24", 0.9),
     P(J, "0.2 percent", N, "de24", 0.2),
     P(J, "3.1 percent", N, "medium", 3.1),
    ]
    build("imf-outlook-2024", "The IMF's World Economic Outlook of Tuesday 16 April 2024 (control): world growth 3.2 % "
          "in 2024 (3.1 % in January) and 2025, 3.2 % estimated for 2023; the US 2.7 % (2.1 % in January) and 1.9 %; "
          "the euro area 0.8 % and 1.5 %; China 4.6 % and 4.1 %; India 6.8 % and 6.5 %; Indonesia 5.0 % and 5.1 %; "
          "Japan 0.9 % and 1.0 %; advanced 1.7 % and 1.8 %, emerging 4.2 %; global inflation 6.8 -> 5.9 -> 4.5 %; "
          "3.1 % five years ahead against a 3.8 % average. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    madrid()
    catalonia()
    imf()
