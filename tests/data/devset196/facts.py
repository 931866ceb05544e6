"""The hundred-and-ninety-sixth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset196/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def sousse():
    A, R, K, L = "detik-jun27", "reuters-jun28", "kompas-jun30", "reuters-feb28"
    # as-of times of the running tallies: Friday 26 June 2015 evening (the health ministry's 37 dead and 36 injured,
    # the Foreign Secretary's five Britons), Saturday 27 June before dawn (a security official's 39 dead), Saturday
    # afternoon and evening (the prime minister's and the health ministry's 38 dead, 39 injured, 23 discharged, 16
    # still in hospital, 17 identified; the Middle East minister's 15 Britons), Monday 29 June (18 Britons, four
    # wounded flown home), Tuesday 30 June (22 Britons; the 38 and 39 repeated, 25 British wounded, three Irish dead)
    # and the inquest's ruling of Tuesday 28 February 2017 (30 Britons; the 38 and 39 and three Irish recalled). The
    # dead, the Britons confirmed dead and the injured do not fall: Saturday's 38 after the 39 of the night is a
    # downward revision. The wounded still in hospital may fall (one mention only).
    FRI, SAT_AM, SAT, MON, TUE, FINAL = ("2015-06-26", "2015-06-27a", "2015-06-27b", "2015-06-29", "2015-06-30",
                                        "2017-02-28")
    names = {
     "dead": "people killed in the attack", "injured": "people wounded in the attack",
     "britons": "Britons confirmed dead", "irish": "Irish citizens killed", "br_injured": "Britons among the wounded",
     "hospital": "wounded still in hospital", "discharged": "wounded discharged", "identified": "dead identified",
     "evacuated": "wounded Britons flown home by the RAF", "detectives": "British detectives sent to Tunisia",
     "guests": "guests at the hotel", "mosques": "mosques to be closed", "planes": "planes sent by the tour operators",
     "tourists": "holidaymakers flown home", "bardo_dead": "people killed at the Bardo museum",
     # dates
     "attack": "day of the attack", "asof_fri": "day of Friday's count", "asof_sat": "day of Saturday's counts",
     "claim": "day of the flights home", "statement_tue": "day of the Foreign Secretary's count of 22",
     "asof_mon": "day of the count of 18", "evac": "day the wounded were flown home", "silence": "day of the minute's silence",
     "ruling": "day of the coroner's ruling", "inquest": "month the inquest opened", "bardo": "day of the Bardo attack",
     "advice": "month of the travel advice", "london": "day of the London bombings",
    }
    ms = [
     M(A, "Jumat (26/6/2015)", D, "attack", "2015-06-26"),
     M(A, "37 orang", N, "dead", 37, FRI),
     M(A, "36 orang", N, "injured", 36, FRI),
     M(A, "Jumat malam", D, "asof_fri", "2015-06-26"),
     M(A, "Sabtu (27/6/2015)", D, "asof_sat", "2015-06-27"),
     M(A, "39 orang", N, "dead", 39, SAT_AM),
     M(A, "565 tamu", N, "guests", 565),
     M(A, "sedikitnya lima warga Inggris", N, "britons", 5, FRI, qual="atleast"),
     M(A, "80 masjid", N, "mosques", 80),
     M(A, "18 Maret 2015", D, "bardo", "2015-03-18"),
     M(A, "lebih dari 20 orang", N, "bardo_dead", 20, qual="morethan"),

     M(R, "Saturday", D, "asof_sat", "2015-06-27"),
     M(R, "38 people", N, "dead", 38, SAT),
     M(R, "39 others", N, "injured", 39, SAT),
     M(R, "Saturday", D, "asof_sat", "2015-06-27", occ=2),
     M(R, "23 of the wounded", N, "discharged", 23, SAT),
     M(R, "16", N, "hospital", 16, SAT, fall=True),
     M(R, "17 of the dead", N, "identified", 17, SAT),
     M(R, "15 Britons", N, "britons", 15, SAT),
     M(R, "five", N, "britons", 5, FRI),
     M(R, "Friday", D, "asof_fri", "2015-06-26"),
     M(R, "July 7, 2005", D, "london", "2005-07-07"),
     M(R, "Friday", D, "attack", "2015-06-26", occ=2),
     M(R, "10 planes", N, "planes", 10),
     M(R, "Saturday", D, "claim", "2015-06-27", occ=3),
     M(R, "about 2,500 holidaymakers", N, "tourists", 2500, qual="approx"),
     M(R, "80 mosques", N, "mosques", 80),

     M(K, "22 warganya", N, "britons", 22, TUE),
     M(K, "Selasa (30/6/2015)", D, "statement_tue", "2015-06-30"),
     M(K, "18 orang", N, "britons", 18, MON),
     M(K, "Senin (29/6/2015)", D, "asof_mon", "2015-06-29"),
     M(K, "Kamis (25/6/2015)", D, "attack", "2015-06-25", planted=True),
     M(K, "38 orang", N, "dead", 38, TUE),
     M(K, "39 orang", N, "injured", 39, TUE),
     M(K, "25 di antaranya", N, "br_injured", 25, TUE),
     M(K, "empat korban luka", N, "evacuated", 4, MON),
     M(K, "Senin", D, "evac", "2015-06-29", occ=2),
     M(K, "16 detektif", N, "detectives", 16),
     M(K, "tiga warganya", N, "irish", 3, TUE),
     M(K, "Jumat (3/7/2015)", D, "silence", "2015-07-03"),

     M(L, "30 Britons", N, "britons", 30, FINAL),
     M(L, "June 26, 2015", D, "attack", "2015-06-26"),
     M(L, "Tuesday", D, "ruling", "2017-02-28"),
     M(L, "38 tourists", N, "dead", 38, FINAL),
     M(L, "39 people", N, "injured", 39, FINAL),
     M(L, "Three of the dead", N, "irish", 3, FINAL),
     M(L, "January", D, "inquest", "2017-01"),
     M(L, "22 people", N, "bardo_dead", 22),
     M(L, "March 18, 2015", D, "bardo", "2015-03-18"),
     M(L, "July 2015", D, "advice", "2015-07"),
    ]
    build("sousse-attack-2015", "The gunman's attack on the beach of the Riu Imperial Marhaba hotel at Port El Kantaoui "
          "near Sousse, Tunisia (Friday 26 June 2015, around midday): 37 dead and 36 wounded by Friday evening, 39 dead "
          "by a security official's count before dawn on Saturday, 38 dead and 39 wounded from Saturday (a downward "
          "revision); Britons confirmed dead 5 -> 15 -> 18 -> 22 -> 30; the UK coroner's ruling of unlawful killing on "
          "Tuesday 28 February 2017", False, ms, names)


def runoff():
    E, F, G, H = "tempo-jun18", "reuters-jun25", "detik-jul01", "reuters-jul10"
    # Results do not change with the day of the report. Figures of the run-off (16-17 June 2012) come from four
    # sources: Mursi's campaign (its count of 97.66% of the polling stations and its 52.5%), Shafik's campaign (51-52%
    # for Shafik), the daily Al-Masry Al-Youm's count (51.13%) and the presidential election commission's official
    # result of Sunday 24 June (13,230,131 = 51.73% against 12,347,380 = 48.27%, turnout 51.85%): figures credited to
    # different sources are `sources`; the commission's figures are credited to it.
    CAMP, SHAFIK, MASRY, SEC = ("Mursi's campaign", "Shafik's campaign", "Al-Masry Al-Youm",
                                "the election commission")
    names = {
     "morsi_votes": "Mursi's votes in the run-off", "shafik_votes": "Shafik's votes in the run-off",
     "morsi_pct": "Mursi's share in the run-off", "shafik_pct": "Shafik's share in the run-off",
     "counted": "share of polling stations counted", "turnout": "turnout in the run-off",
     "r1_morsi": "Mursi's share in the first round", "r1_shafik": "Shafik's share in the first round",
     "r1_turnout": "turnout in the first round", "registered": "registered voters", "invalid": "invalid ballots",
     "subcomm": "polling sub-committees whose results were cancelled", "candidates": "candidates in the first round",
     "seats": "seats in the lower house", "margin": "Mursi's margin of votes",
     # dates
     "runoff": "days of the run-off", "planned": "day the result was first due", "ruling": "day of the court's ruling",
     "parl": "the parliamentary election", "round1": "days of the first round", "declared": "day the result was declared",
     "sworn": "day Mursi was sworn in", "tahrir": "day of the symbolic oath in Tahrir Square",
     "republic": "year Egypt became a republic", "session": "day parliament met again", "decree": "day of Mursi's decree",
     "court_stmt": "day of the court's statement", "court_due": "day the court was to consider the decree",
    }
    ms = [
     M(E, "Sabtu-Minggu (16-17/6/2012)", D, "runoff", "2012-06-16"),
     M(E, "97,66 persen", N, "counted", 97.66, src=CAMP, cls="pct"),
     M(E, "sekitar 12,7 juta suara", N, "morsi_votes", 12.7e6, qual="approx", src=CAMP),
     M(E, "sekitar 11,8 juta", N, "shafik_votes", 11.8e6, qual="approx", src=CAMP),
     M(E, "52,5 persen", N, "morsi_pct", 52.5, src=CAMP, cls="pct"),
     M(E, "47,5 persen", N, "shafik_pct", 47.5, src=CAMP, cls="pct"),
     M(E, "51-52 persen", N, "shafik_pct", 51, src=SHAFIK, cls="pct"),
     M(E, "51,13 persen", N, "morsi_pct", 51.13, src=MASRY, cls="pct"),
     M(E, "Kamis (21/6/2012)", D, "planned", "2012-06-21"),
     M(E, "Kamis (14/6/2012)", D, "ruling", "2012-06-14"),
     M(E, "akhir 2011", D, "parl", "2011"),
     M(E, "23-24 Mei 2012", D, "round1", "2012-05-23"),
     M(E, "24,78 persen", N, "r1_morsi", 24.78, cls="pct"),
     M(E, "23,66 persen", N, "r1_shafik", 23.66, cls="pct"),
     M(E, "46,42 persen", N, "r1_turnout", 46.42, cls="pct"),

     M(F, "Sunday", D, "declared", "2012-06-24"),
     M(F, "51.73 percent", N, "morsi_pct", 51.73, src=SEC, cls="pct"),
     M(F, "48.27 percent", N, "shafik_pct", 48.27, src=SEC, cls="pct"),
     M(F, "13,230,131", N, "morsi_votes", 13230131, src=SEC),
     M(F, "12,347,380", N, "shafik_votes", 12347380, src=SEC),
     M(F, "June 16-17", D, "runoff", "2012-06-16"),
     M(F, "51.85 percent", N, "turnout", 51.85, src=SEC, cls="pct"),
     M(F, "50,958,794", N, "registered", 50958794, src=SEC),
     M(F, "843,252", N, "invalid", 843252, src=SEC),
     M(F, "Thursday", D, "planned", "2012-06-21"),
     M(F, "13 polling sub-committees", N, "subcomm", 13, src=SEC),
     M(F, "52.5 percent", N, "morsi_pct", 52.5, src=CAMP, cls="pct"),
     M(F, "June 14", D, "ruling", "2012-06-14"),
     M(F, "May 23-24", D, "round1", "2012-05-23"),
     M(F, "13 candidates", N, "candidates", 13),
     M(F, "24.78 percent", N, "r1_morsi", 24.78, cls="pct"),
     M(F, "23.66 percent", N, "r1_shafik", 23.66, cls="pct"),

     M(G, "Sabtu (30/6/2012)", D, "sworn", "2012-06-30"),
     M(G, "Jumat (29/6/2012)", D, "tahrir", "2012-06-29"),
     M(G, "16-17 Juni", D, "runoff", "2012-06-16"),
     M(G, "13.230.131 suara", N, "morsi_votes", 13230131, src=SEC),
     M(G, "51,73 persen", N, "morsi_pct", 51.73, src=SEC, cls="pct"),
     M(G, "12.374.380 suara", N, "shafik_votes", 12374380, src=SEC, planted=True),
     M(G, "48,27 persen", N, "shafik_pct", 48.27, src=SEC, cls="pct"),
     M(G, "Minggu (24/6/2012)", D, "declared", "2012-06-24"),
     M(G, "51,85 persen", N, "turnout", 51.85, src=SEC, cls="pct"),
     M(G, "14 Juni 2012", D, "ruling", "2012-06-14"),
     M(G, "1953", D, "republic", "1953"),

     M(H, "Tuesday", D, "session", "2012-07-10"),
     M(H, "Sunday, July 8", D, "decree", "2012-07-08"),
     M(H, "June 14", D, "ruling", "2012-06-14"),
     M(H, "Monday", D, "court_stmt", "2012-07-09"),
     M(H, "508 seats", N, "seats", 508),
     M(H, "June 16-17", D, "runoff", "2012-06-16"),
     M(H, "51.73 percent", N, "morsi_pct", 51.73, src=SEC, cls="pct"),
     M(H, "July 1", D, "sworn", "2012-07-01", planted=True),
     M(H, "13,230,131", N, "morsi_votes", 13230131, src=SEC),
     M(H, "12,347,380", N, "shafik_votes", 12347380, src=SEC),
     M(H, "about 880,000", N, "margin", 880000, qual="approx"),
     M(H, "June 24", D, "declared", "2012-06-24"),
     M(H, "Tuesday", D, "court_due", "2012-07-10", occ=2),
    ]
    build("egypt-runoff-2012", "Egypt's presidential run-off of 16-17 June 2012 in stages: the Supreme Constitutional "
          "Court's ruling of Thursday 14 June dissolving the lower house, the campaigns' counts on Monday 18 June "
          "(Mursi's 52.5%, Shafik's 51-52%) and a newspaper's (51.13%), the commission's result on Sunday 24 June "
          "(Mursi 13,230,131 = 51.73%, Shafik 12,347,380 = 48.27%, turnout 51.85%), the oath on Saturday 30 June and "
          "parliament's recall on Tuesday 10 July", False, ms, names)


def referendum():
    R, K, A, P = "reuters-jan18", "kompas-jan19", "antara-jan20", "ap-jan21"
    names = {
     "yes_pct": "share voting yes", "turnout": "turnout", "voters": "people who voted", "registered": "registered voters",
     "yes_votes": "votes for", "no_votes": "votes against", "no_pct": "share voting no", "invalid": "invalid ballots",
     "t2012": "turnout in the 2012 referendum", "yes2012": "share voting yes in 2012", "judges": "judges supervising",
     "stations": "polling stations",
     # dates
     "announce": "day the result was announced", "vote": "days of the vote", "ref2012": "month of the 2012 referendum",
     "ouster": "month of the president's removal",
    }
    ms = [
     M(R, "98.1 percent", N, "yes_pct", 98.1, cls="pct"),
     M(R, "Tuesday and Wednesday", D, "vote", "2014-01-14"),
     M(R, "Saturday", D, "announce", "2014-01-18"),
     M(R, "38.6 percent", N, "turnout", 38.6, cls="pct"),
     M(R, "20,613,677", N, "voters", 20613677),
     M(R, "53,423,485", N, "registered", 53423485),
     M(R, "19,985,389", N, "yes_votes", 19985389),
     M(R, "381,341", N, "no_votes", 381341),
     M(R, "246,947", N, "invalid", 246947),
     M(R, "32.9 percent", N, "t2012", 32.9, cls="pct"),
     M(R, "December 2012", D, "ref2012", "2012-12"),
     M(R, "63.8 percent", N, "yes2012", 63.8, cls="pct"),
     M(R, "15,560 judges", N, "judges", 15560),
     M(R, "more than 30,000 polling stations", N, "stations", 30000, qual="morethan"),
     M(R, "July 2013", D, "ouster", "2013-07"),

     M(K, "98,1 persen", N, "yes_pct", 98.1, cls="pct"),
     M(K, "Selasa-Rabu (14-15/1/2014)", D, "vote", "2014-01-14"),
     M(K, "Sabtu (18/1/2014)", D, "announce", "2014-01-18"),
     M(K, "38,6 persen", N, "turnout", 38.6, cls="pct"),
     M(K, "20.613.677", N, "voters", 20613677),
     M(K, "53.423.485", N, "registered", 53423485),
     M(K, "19.985.389", N, "yes_votes", 19985389),
     M(K, "381.341 pemilih", N, "no_votes", 381341),
     M(K, "1,9 persen", N, "no_pct", 1.9, cls="pct"),
     M(K, "246.947 lembar", N, "invalid", 246947),
     M(K, "Desember 2012", D, "ref2012", "2012-12"),
     M(K, "32,9 persen", N, "t2012", 32.9, cls="pct"),
     M(K, "Juli 2013", D, "ouster", "2013-07"),

     M(A, "98,1 persen", N, "yes_pct", 98.1, cls="pct"),
     M(A, "Sabtu (18/1/2014)", D, "announce", "2014-01-18"),
     M(A, "53,4 juta", N, "registered", 53.4e6, qual="approx"),
     M(A, "sekitar 20,6 juta orang", N, "voters", 20.6e6, qual="approx"),
     M(A, "38,6 persen", N, "turnout", 38.6, cls="pct"),
     M(A, "1,9 persen", N, "no_pct", 1.9, cls="pct"),
     M(A, "381.341 orang", N, "no_votes", 381341),
     M(A, "14 dan 15 Januari 2014", D, "vote", "2014-01-14"),
     M(A, "15.560 hakim", N, "judges", 15560),
     M(A, "lebih dari 30.000 lokasi", N, "stations", 30000, qual="morethan"),
     M(A, "Desember 2012", D, "ref2012", "2012-12"),
     M(A, "32,9 persen", N, "t2012", 32.9, cls="pct"),
     M(A, "63,8 persen", N, "yes2012", 63.8, cls="pct"),
     M(A, "Juli 2013", D, "ouster", "2013-07"),

     M(P, "Jan. 18", D, "announce", "2014-01-18"),
     M(P, "98.1 percent", N, "yes_pct", 98.1, cls="pct"),
     M(P, "20.6 million people", N, "voters", 20.6e6, qual="approx"),
     M(P, "38.6 percent", N, "turnout", 38.6, cls="pct"),
     M(P, "about 53.4 million", N, "registered", 53.4e6, qual="approx"),
     M(P, "Jan. 14 and 15", D, "vote", "2014-01-14"),
     M(P, "381,341 voters", N, "no_votes", 381341),
     M(P, "1.9 percent", N, "no_pct", 1.9, cls="pct"),
     M(P, "Nearly 20 million", N, "yes_votes", 20e6, qual="nearly"),
     M(P, "32.9 percent", N, "t2012", 32.9, cls="pct"),
     M(P, "December 2012", D, "ref2012", "2012-12"),
     M(P, "July 2013", D, "ouster", "2013-07"),
     M(P, "15,560 judges", N, "judges", 15560),
    ]
    build("egypt-constitution-2014", "Egypt's constitutional referendum result (control), announced on Saturday 18 "
          "January 2014 by the Supreme Election Committee's head Nabil Salib after the vote of 14-15 January: 98.1% yes "
          "(19,985,389), 1.9% no (381,341), 246,947 invalid, turnout 38.6% (20,613,677 of 53,423,485 registered); 15,560 "
          "judges; the December 2012 referendum's 32.9% turnout and 63.8% yes as different facts. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    sousse()
    runoff()
    referendum()
