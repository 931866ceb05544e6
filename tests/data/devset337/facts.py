"""The three-hundred-and-thirty-seventh development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset337/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def garuda():
    R, K, T, A = "reuters-mar07", "kompas-mar08", "antara-mar10", "ap-apr06-2009"
    # as-of times of the running tallies: the first hours after the crash on Wednesday 7 March 2007 (49 dead, an
    # airport official's early figure), Wednesday evening (22 dead by the police), Thursday 8 March (21 dead, nine
    # bodies identified, 78 injured by the police), Friday 9 March (16 identified), Saturday 10 March (21 dead, 19
    # identified, two left, the DIY health office's 59 injured), the verdict of Monday 6 April 2009 (21 dead). The
    # dead fall from 49 to 22 to 21: revisions. The people on board, the survivors, the Australians among the dead
    # and the Adam Air flight do not change with the day of the report.
    W1, W2, THU, FRI, SAT, VERDICT = "2007-03-07a", "2007-03-07b", "2007-03-08", "2007-03-09", "2007-03-10", "2009-04-06"
    POLICE, HEALTH = "the Yogyakarta police", "the DIY health office"
    names = {
     "aboard": "people on board", "pax": "passengers on board", "crew": "crew on board", "dead": "people killed",
     "survivors": "people who survived", "dead_pax": "passengers among the dead", "identified": "bodies identified",
     "unidentified": "bodies still to identify", "injured": "people injured", "aus_dead": "Australians among the dead",
     "adam_aboard": "people on board the Adam Air jet", "sentence": "years of the pilot's sentence",
     "sought": "years the prosecutors sought", "speed": "touchdown speed (knots)",
     # dates
     "crash": "day of the crash", "count_w2": "day of the police's count of 22", "count_thu": "day of the count of 21",
     "count_fri": "day of the count of 16 identified", "count_sat": "day of the count of 19 identified",
     "verdict": "day of the verdict", "report": "month of the investigators' report", "arrest": "month of the pilot's arrest",
     "adam": "day the Adam Air jet vanished",
    }
    ms = [
     M(R, "140 people", N, "aboard", 140),
     M(R, "Wednesday", D, "crash", "2007-03-07"),
     M(R, "49 dead", N, "dead", 49, W1),
     M(R, "133 passengers", N, "pax", 133),
     M(R, "seven crew", N, "crew", 7),
     M(R, "22 dead", N, "dead", 22, W2, src=POLICE),
     M(R, "Jan. 1", D, "adam", "2007-01-01"),
     M(R, "102 people", N, "adam_aboard", 102),

     M(K, "21 orang", N, "dead", 21, THU, src=POLICE),
     M(K, "Kamis (8/3/2007)", D, "count_thu", "2007-03-08"),
     M(K, "22 korban", N, "dead", 22, W2, src=POLICE),
     M(K, "Rabu malam", D, "count_w2", "2007-03-07"),
     M(K, "49", N, "dead", 49, W1),
     M(K, "104 orang", N, "aboard", 104, planted=True),
     M(K, "119 orang", N, "survivors", 119),
     M(K, "Rabu (7/3/2007)", D, "crash", "2007-03-07"),
     M(K, "sembilan jenazah", N, "identified", 9, THU),
     M(K, "Kamis sore", D, "count_thu", "2007-03-08"),
     M(K, "78 orang", N, "injured", 78, THU, src=POLICE),
     M(K, "Lima korban", N, "aus_dead", 5),

     M(T, "19", N, "identified", 19, SAT),
     M(T, "21 korban", N, "dead", 21, SAT),
     M(T, "Sabtu (10/3/2007)", D, "count_sat", "2007-03-10"),
     M(T, "Jumat (9/3/2007)", D, "count_fri", "2007-03-09"),
     M(T, "16", N, "identified", 16, FRI),
     M(T, "Dua jenazah", N, "unidentified", 2, SAT),
     M(T, "Kamis (8/3/2007)", D, "crash", "2007-03-08", planted=True),
     M(T, "140 orang", N, "aboard", 140),
     M(T, "133 penumpang", N, "pax", 133),
     M(T, "tujuh awak", N, "crew", 7),
     M(T, "119 orang", N, "survivors", 119),
     M(T, "20 penumpang", N, "dead_pax", 20),
     M(T, "Lima warga negara Australia", N, "aus_dead", 5),
     M(T, "59 korban luka", N, "injured", 59, SAT, src=HEALTH),

     M(A, "Monday", D, "verdict", "2009-04-06"),
     M(A, "two years", N, "sentence", 2, cls="dur"),
     M(A, "21 people", N, "dead", 21, VERDICT),
     M(A, "four years", N, "sought", 4, cls="dur"),
     M(A, "133 passengers", N, "pax", 133),
     M(A, "seven crew", N, "crew", 7),
     M(A, "March 7, 2007", D, "crash", "2007-03-07"),
     M(A, "October 2007", D, "report", "2007-10"),
     M(A, "221 knots", N, "speed", 221, cls="speed"),
     M(A, "five Australians", N, "aus_dead", 5),
     M(A, "February 2008", D, "arrest", "2008-02"),
    ]
    build("garuda-yogya-2007", "The crash of Garuda Indonesia flight GA200, a Boeing 737-400 from Jakarta, on landing at "
          "Yogyakarta's Adisutjipto airport on Wednesday 7 March 2007 (140 on board: 133 passengers and seven crew; "
          "21 dead, 20 passengers and a flight attendant, five of them Australians; 119 survivors): the toll revised "
          "down from an airport official's early 49 to the police's 22 on Wednesday evening and 21 from Thursday 8 "
          "March; bodies identified 9 -> 16 -> 19 by Saturday 10 March; the injured by the police (78) and by the DIY "
          "health office (59); the investigators' report of October 2007 (221 knots at touchdown), the pilot's arrest "
          "in February 2008 and his sentence of two years by the Sleman District Court on Monday 6 April 2009; the Adam "
          "Air disappearance of 1 January 2007 as another event", False, ms, names)


def kuningan():
    R, K, T, A = "reuters-jul17", "kompas-jul18", "antara-aug09", "ap-sep18"
    # as-of times: Friday 17 July 2009, the day of the bombings (eight dead, more than 50 wounded by the police),
    # Saturday 18 July (nine dead with the two bombers; 53 wounded by the police against 55 by the health ministry:
    # sources), the Temanggung and Jatiasih raids' report of 9 August (nine dead) and the Solo raid of Thursday 17
    # September (nine dead). The dead and the wounded do not fall. The 2003 bombing, the bombers, the Australians
    # among the dead, the raids' counts and the bomber's age do not change with the day of the report.
    FRI, SAT, AUG, SEP = "2009-07-17", "2009-07-18", "2009-08-09", "2009-09-17"
    POLICE, HEALTH = "the police", "the health ministry"
    names = {
     "dead": "people killed in the hotel bombings", "injured": "people wounded in the hotel bombings",
     "bombers": "bombers among the dead", "dead2003": "dead in the Marriott bombing of 2003",
     "aus_dead": "Australians among the dead", "siege_hours": "hours of the Temanggung siege",
     "jatiasih_dead": "suspects killed at Jatiasih", "explosives": "explosives seized at Jatiasih (kg)",
     "bomber_age": "the Marriott bomber's age", "solo_dead": "militants killed in the Solo raid",
     # dates
     "attack": "day of the hotel bombings", "count_fri": "day of the count of eight",
     "count_sat": "day of the count of nine", "mu_match": "day of the cancelled Manchester United match",
     "date2003": "month of the 2003 Marriott bombing", "siege_start": "day the Temanggung siege began",
     "siege_end": "day the Temanggung siege ended", "solo_start": "day the Solo raid began",
     "solo_end": "day the Solo raid ended",
    }
    ms = [
     M(R, "Friday", D, "attack", "2009-07-17"),
     M(R, "eight people", N, "dead", 8, FRI),
     M(R, "more than 50", N, "injured", 50, FRI, qual="morethan", src=POLICE),
     M(R, "12 people", N, "dead2003", 12),
     M(R, "August 2003", D, "date2003", "2003-08"),
     M(R, "Monday", D, "mu_match", "2009-07-20"),

     M(K, "sembilan orang", N, "dead", 9, SAT),
     M(K, "Sabtu (18/7/2009)", D, "count_sat", "2009-07-18"),
     M(K, "dua orang", N, "bombers", 2),
     M(K, "Jumat (17/7/2009)", D, "count_fri", "2009-07-17"),
     M(K, "delapan korban tewas", N, "dead", 8, FRI),
     M(K, "53 orang", N, "injured", 53, SAT, src=POLICE),
     M(K, "55 korban luka", N, "injured", 55, SAT, src=HEALTH),
     M(K, "Tiga warga Australia", N, "aus_dead", 3),
     M(K, "Agustus 2003", D, "date2003", "2003-08"),
     M(K, "21 orang", N, "dead2003", 21, planted=True),
     M(K, "Senin (20/7/2009)", D, "mu_match", "2009-07-20"),

     M(T, "sekitar 17 jam", N, "siege_hours", 17, qual="approx", cls="dur"),
     M(T, "Sabtu (8/8/2009)", D, "siege_end", "2009-08-08"),
     M(T, "dua tersangka", N, "jatiasih_dead", 2),
     M(T, "sekitar 500 kilogram", N, "explosives", 500, qual="approx", cls="kg"),
     M(T, "18 tahun", N, "bomber_age", 18, cls="age"),
     M(T, "18 Juli", D, "attack", "2009-07-18", planted=True),
     M(T, "sembilan orang", N, "dead", 9, AUG),
     M(T, "Jumat sore", D, "siege_start", "2009-08-07"),

     M(A, "four suspected militants", N, "solo_dead", 4),
     M(A, "Thursday", D, "solo_end", "2009-09-17"),
     M(A, "Wednesday", D, "solo_start", "2009-09-16"),
     M(A, "July 17", D, "attack", "2009-07-17"),
     M(A, "nine people", N, "dead", 9, SEP),
     M(A, "the two bombers", N, "bombers", 2),
     M(A, "three Australians", N, "aus_dead", 3),
     M(A, "18-year-old", N, "bomber_age", 18, cls="age"),
     M(A, "In August", D, "siege_end", "2009-08"),
     M(A, "about 17 hours", N, "siege_hours", 17, qual="approx", cls="dur"),
     M(A, "two men", N, "jatiasih_dead", 2),
     M(A, "about 500 kilograms", N, "explosives", 500, qual="approx", cls="kg"),
    ]
    build("kuningan-bombings-2009", "The suicide bombings of the JW Marriott and Ritz-Carlton hotels in Mega Kuningan, "
          "Jakarta, on Friday 17 July 2009: eight dead by the police on Friday, nine on Saturday 18 July with the two "
          "bombers (three Australians among them); more than 50 wounded on Friday and 53 on Saturday by the police "
          "against 55 by the health ministry; the Temanggung siege of about 17 hours from Friday 7 to Saturday 8 "
          "August and the Jatiasih raid the same day (two suspects killed, about 500 kg of explosives), the Marriott "
          "bomber named as an 18-year-old; the Solo raid of Wednesday 16 to Thursday 17 September 2009 (four killed); "
          "the Marriott bombing of August 2003 (12 dead) and the cancelled Manchester United match of Monday 20 July "
          "as other events", False, ms, names)


def runoff():
    R, K, T, J = "reuters-sep28", "kompas-sep29", "tempo-sep30", "jakpost-oct01"
    names = {
     "jw_votes": "Widodo-Purnama's votes in the runoff", "jw_pct": "Widodo-Purnama's share in the runoff",
     "fb_votes": "Bowo-Ramli's votes in the runoff", "fb_pct": "Bowo-Ramli's share in the runoff",
     "margin": "the winners' margin (votes)", "valid": "valid votes in the runoff",
     "jw_r1": "Widodo-Purnama's share in the first round", "fb_r1": "Bowo-Ramli's share in the first round",
     "threshold": "share needed to win outright", "cities": "cities of the capital", "pairs": "pairs in the first round",
     # dates
     "declared": "day the result was declared", "runoff": "day of the runoff", "first_round": "day of the first round",
     "sworn": "day of the swearing-in", "solo_since": "year Widodo took office in Solo",
    }
    ms = [
     M(R, "Friday", D, "declared", "2012-09-28"),
     M(R, "2,472,130 votes", N, "jw_votes", 2472130, cls="votes"),
     M(R, "53.82 percent", N, "jw_pct", 53.82, cls="pct"),
     M(R, "2,120,815 votes", N, "fb_votes", 2120815, cls="votes"),
     M(R, "46.18 percent", N, "fb_pct", 46.18, cls="pct"),
     M(R, "Thursday", D, "runoff", "2012-09-20"),
     M(R, "351,315 votes", N, "margin", 351315, cls="votes"),
     M(R, "4,592,945 valid ballots", N, "valid", 4592945, cls="votes"),
     M(R, "July 11", D, "first_round", "2012-07-11"),
     M(R, "42.60 percent", N, "jw_r1", 42.60, cls="pct"),
     M(R, "34.05 percent", N, "fb_r1", 34.05, cls="pct"),
     M(R, "more than 50 percent", N, "threshold", 50, cls="pct"),
     M(R, "five cities", N, "cities", 5),
     M(R, "2005", D, "solo_since", "2005"),
     M(R, "Oct. 15", D, "sworn", "2012-10-15"),

     M(K, "Jumat (28/9/2012)", D, "declared", "2012-09-28"),
     M(K, "2.472.130 suara", N, "jw_votes", 2472130, cls="votes"),
     M(K, "53,82 persen", N, "jw_pct", 53.82, cls="pct"),
     M(K, "2.120.815 suara", N, "fb_votes", 2120815, cls="votes"),
     M(K, "46,18 persen", N, "fb_pct", 46.18, cls="pct"),
     M(K, "351.315 suara", N, "margin", 351315, cls="votes"),
     M(K, "4.592.945 suara sah", N, "valid", 4592945, cls="votes"),
     M(K, "lima kota", N, "cities", 5),
     M(K, "Kamis (20/9/2012)", D, "runoff", "2012-09-20"),
     M(K, "lebih dari 50 persen", N, "threshold", 50, cls="pct"),
     M(K, "11 Juli 2012", D, "first_round", "2012-07-11"),
     M(K, "42,60 persen", N, "jw_r1", 42.60, cls="pct"),
     M(K, "34,05 persen", N, "fb_r1", 34.05, cls="pct"),
     M(K, "2005", D, "solo_since", "2005"),
     M(K, "15 Oktober 2012", D, "sworn", "2012-10-15"),

     M(T, "53,82 persen", N, "jw_pct", 53.82, cls="pct"),
     M(T, "Jumat lalu", D, "declared", "2012-09-28"),
     M(T, "sekitar 2,47 juta suara", N, "jw_votes", 2470000, qual="approx", cls="votes"),
     M(T, "351.315 suara", N, "margin", 351315, cls="votes"),
     M(T, "46,18 persen", N, "fb_pct", 46.18, cls="pct"),
     M(T, "20 September 2012", D, "runoff", "2012-09-20"),
     M(T, "4.592.945 suara", N, "valid", 4592945, cls="votes"),
     M(T, "Rabu (11/7/2012)", D, "first_round", "2012-07-11"),
     M(T, "42,60 persen", N, "jw_r1", 42.60, cls="pct"),
     M(T, "34,05 persen", N, "fb_r1", 34.05, cls="pct"),
     M(T, "enam pasangan", N, "pairs", 6),
     M(T, "lebih dari 50 persen", N, "threshold", 50, cls="pct"),
     M(T, "Senin (15/10/2012)", D, "sworn", "2012-10-15"),
     M(T, "2005", D, "solo_since", "2005"),

     M(J, "Oct. 15", D, "sworn", "2012-10-15"),
     M(J, "Friday", D, "declared", "2012-09-28"),
     M(J, "Sept. 20", D, "runoff", "2012-09-20"),
     M(J, "nearly 54 percent", N, "jw_pct", 54, qual="nearly", cls="pct"),
     M(J, "2,472,130 votes", N, "jw_votes", 2472130, cls="votes"),
     M(J, "53.82 percent", N, "jw_pct", 53.82, cls="pct"),
     M(J, "2,120,815 votes", N, "fb_votes", 2120815, cls="votes"),
     M(J, "46.18 percent", N, "fb_pct", 46.18, cls="pct"),
     M(J, "more than 350,000 votes", N, "margin", 350000, qual="morethan", cls="votes"),
     M(J, "4,592,945 valid ballots", N, "valid", 4592945, cls="votes"),
     M(J, "five municipalities", N, "cities", 5),
     M(J, "July 11", D, "first_round", "2012-07-11"),
     M(J, "42.60 percent", N, "jw_r1", 42.60, cls="pct"),
     M(J, "34.05 percent", N, "fb_r1", 34.05, cls="pct"),
     M(J, "more than 50 percent", N, "threshold", 50, cls="pct"),
     M(J, "2005", D, "solo_since", "2005"),
    ]
    build("jakarta-runoff-2012", "The Jakarta election commission's declaration on Friday 28 September 2012 of the "
          "governor runoff of Thursday 20 September 2012 (control): Joko Widodo and Basuki Tjahaja Purnama 2,472,130 "
          "votes (53.82%), Fauzi Bowo and Nachrowi Ramli 2,120,815 (46.18%), a margin of 351,315 of 4,592,945 valid "
          "votes; the first round of 11 July 2012 (42.60% and 34.05%, six pairs, none above 50%); the swearing-in on "
          "15 October 2012; Widodo mayor of Solo since 2005. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    garuda()
    kuningan()
    runoff()
