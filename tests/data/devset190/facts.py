"""The hundred-and-ninetieth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset190/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def crane():
    R, T, K, A, P = "reuters-sep11", "detik-sep12", "kompas-sep13", "antara-sep14", "ap-oct05"
    # as-of times of the running tallies: the Civil Defence's first count on Friday 11 September 2015 (87 dead, 184
    # injured) and its count later that evening (at least 107 dead, 238 injured), repeated unchanged by later reports
    # (the same count: agree); the Indonesian hajj committee's (PPIH, its Mecca office) count of Indonesian dead and
    # injured: Saturday 12 September midday (2 dead, 23 injured), Sunday 13 September morning (7 dead, 42 injured),
    # Monday 14 September before dawn (10 dead). On Saturday officials in Indonesia spoke of six Indonesian dead while
    # the Mecca office had confirmed two: two sources.
    # Three weeks on (AP, 5 October), the latest Saudi figures: 111 dead, 394 injured; Indonesia's 11 dead and 42
    # injured (uncredited: as of the report).
    FRI1, FRI2, SAT, SUN, MON = "2015-09-11a", "2015-09-11b", "2015-09-12", "2015-09-13", "2015-09-14"
    OCT5 = "2015-10-05"
    PPIH, HOME = "the hajj committee's Mecca office", "officials in Indonesia"
    names = {
     "dead": "people killed (all nationalities)", "injured": "people injured (all nationalities)",
     "ind_dead": "Indonesian pilgrims killed", "ind_inj": "Indonesian pilgrims injured",
     "added_sun": "Indonesian dead added on Sunday", "added_mon": "Indonesian dead added on Monday",
     "capacity": "the crane's capacity (tonnes)", "comp": "compensation per person killed (riyals)",
     # dates
     "crane": "day of the crane collapse", "asof_sat": "day of Saturday's Indonesian count",
     "visit": "day of the king's visit to the site", "asof_sun": "day of Sunday's Indonesian count",
     "asof_mon": "day of Monday's Indonesian count", "decree": "day of the king's decree",
    }
    ms = [
     M(R, "Friday", D, "crane", "2015-09-11"),
     M(R, "at least 107 people", N, "dead", 107, FRI2, qual="atleast"),
     M(R, "238", N, "injured", 238, FRI2),
     M(R, "87 dead", N, "dead", 87, FRI1),
     M(R, "184 injured", N, "injured", 184, FRI1),

     M(T, "Jumat (11/9/2015)", D, "crane", "2015-09-11"),
     M(T, "107 orang", N, "dead", 107, FRI2),
     M(T, "238 orang", N, "injured", 238, FRI2),
     M(T, "87 orang", N, "dead", 87, FRI1),
     M(T, "dua orang", N, "ind_dead", 2, SAT, src=PPIH),
     M(T, "Sabtu (12/9/2015)", D, "asof_sat", "2015-09-12"),
     M(T, "23 jemaah", N, "ind_inj", 23, SAT),
     M(T, "1.300 ton", N, "capacity", 1300, cls="ton"),

     M(K, "tujuh orang", N, "ind_dead", 7, SUN, src=PPIH),
     M(K, "Minggu (13/9/2015)", D, "asof_sun", "2015-09-13"),
     M(K, "lima korban tambahan", N, "added_sun", 5),
     M(K, "42 jemaah", N, "ind_inj", 42, SUN),
     M(K, "enam jemaah", N, "ind_dead", 6, SAT, src=HOME),
     M(K, "dua nama", N, "ind_dead", 2, SAT, src=PPIH),
     M(K, "107 orang", N, "dead", 107, FRI2),
     M(K, "283 orang", N, "injured", 283, FRI2, planted=True),
     M(K, "Jumat (11/9/2015)", D, "crane", "2015-09-11"),
     M(K, "Sabtu (12/9/2015)", D, "visit", "2015-09-12"),

     M(A, "tiga", N, "added_mon", 3),
     M(A, "10 orang", N, "ind_dead", 10, MON, src=PPIH),
     M(A, "Senin (14/9/2015)", D, "asof_mon", "2015-09-14"),
     M(A, "Jumat (11/9/2015)", D, "crane", "2015-09-11"),
     M(A, "sedikitnya 107 orang", N, "dead", 107, FRI2, qual="atleast"),
     M(A, "238 orang", N, "injured", 238, FRI2),
     M(A, "Minggu (13/9/2015)", D, "asof_sun", "2015-09-13"),
     M(A, "tujuh jemaah", N, "ind_dead", 7, SUN, src=PPIH),
     M(A, "42 orang", N, "ind_inj", 42, SUN),

     M(P, "Sept. 11", D, "crane", "2015-09-11"),
     M(P, "111 people", N, "dead", 111, OCT5),
     M(P, "394", N, "injured", 394, OCT5),
     M(P, "107 dead", N, "dead", 107, FRI2),
     M(P, "238 injured", N, "injured", 238, FRI2),
     M(P, "11 pilgrims", N, "ind_dead", 11, OCT5),
     M(P, "42 of its citizens", N, "ind_inj", 42, OCT5),
     M(P, "Sept. 15", D, "decree", "2015-09-15"),
     M(P, "1 million riyals", N, "comp", 1000000, cls="sar"),
    ]
    build("mecca-crane-2015", "The crane collapse at the Grand Mosque in Mecca (Friday 11 September 2015, before the "
          "sunset prayer, in strong wind and rain): the Civil Defence's first count of 87 dead and 184 injured rising "
          "to at least 107 dead and 238 injured that evening; the Indonesian hajj committee's count of Indonesian "
          "pilgrims killed rising 2 (Saturday 12 September) -> 7 (Sunday 13 September) -> 10 (Monday 14 September), "
          "injured 23 -> 42, against officials in Indonesia's six on Saturday; the king's visit on Saturday; three weeks "
          "on, 111 dead and 394 injured (Indonesia 11 and 42), the king's decree of 15 September",
          False, ms, names)


def iraq():
    R, K, P, T = "reuters-oct13", "kompas-oct14", "ap-oct27", "tempo-nov07"
    # two stages on different dates: parliament's election of the president (Thursday 13 October 2022: second round
    # 162 to 99, eight invalid, 269 present; the first round's 156 by the parliament's office against 157 by the
    # state news agency INA, 277 present) and the same day's naming of the prime minister-designate; parliament's
    # approval of his cabinet two weeks later (Thursday 27 October 2022: 21 ministers, two ministries put off).
    # Votes and the cabinet's size do not change with the day of the report. The first round's tally: the state news
    # agency INA's early report during the session (157) and the parliament's final statement (156) are two as-of
    # times of one count (a revision: the official figure is lower).
    EARLY, FINAL = "2022-10-13a", "2022-10-13b"
    names = {
     "rashid2": "Rashid's votes in the second round", "salih2": "Salih's votes in the second round",
     "invalid": "invalid ballots in the second round", "seats": "seats in parliament",
     "rashid1": "Rashid's votes in the first round", "present2": "lawmakers present in the second round",
     "present1": "lawmakers present in the first round", "rocket_inj": "people wounded by rockets",
     "ministers": "ministers approved", "postponed": "ministries put off",
     "clash_dead": "people killed in the August clashes",
     "age": "Rashid's age", "age_s": "Sudani's age", "deadline": "days to form a cabinet",
     # dates
     "vote": "day parliament elected the president", "named": "day the prime minister-designate was named",
     "cabinet": "day parliament approved the cabinet", "election": "month of the parliamentary election",
     "resign": "month the Sadrist lawmakers resigned", "clashes": "month of the Green Zone clashes",
    }
    ms = [
     M(R, "Thursday", D, "vote", "2022-10-13"),
     M(R, "162 votes", N, "rashid2", 162),
     M(R, "99", N, "salih2", 99),
     M(R, "Eight ballots", N, "invalid", 8),
     M(R, "329-seat", N, "seats", 329),
     M(R, "156 votes", N, "rashid1", 156, FINAL),
     M(R, "78", N, "age", 78, cls="age"),
     M(R, "52", N, "age_s", 52, cls="age"),
     M(R, "30 days", N, "deadline", 30, cls="dur"),
     M(R, "at least 10 people", N, "rocket_inj", 10, qual="atleast"),
     M(R, "October 2021", D, "election", "2021-10"),
     M(R, "June", D, "resign", "2022-06"),

     M(K, "Kamis (13/10/2022)", D, "vote", "2022-10-13"),
     M(K, "162 suara", N, "rashid2", 162),
     M(K, "99 suara", N, "salih2", 99),
     M(K, "269 anggota parlemen", N, "present2", 269),
     M(K, "delapan surat suara", N, "invalid", 8),
     M(K, "157 suara", N, "rashid1", 157, EARLY),
     M(K, "277 anggota", N, "present1", 277),
     M(K, "329 kursi", N, "seats", 329),
     M(K, "30 hari", N, "deadline", 30, cls="dur"),
     M(K, "78 tahun", N, "age", 78, cls="age"),
     M(K, "Oktober 2021", D, "election", "2021-10"),

     M(P, "Thursday", D, "cabinet", "2022-10-27"),
     M(P, "21 ministers", N, "ministers", 21),
     M(P, "two vacant posts", N, "postponed", 2),
     M(P, "52", N, "age_s", 52, cls="age"),
     M(P, "Oct. 13", D, "named", "2022-10-13"),
     M(P, "162 votes", N, "rashid2", 162),
     M(P, "99", N, "salih2", 99),
     M(P, "October 2021", D, "election", "2021-10"),
     M(P, "June", D, "resign", "2022-06"),
     M(P, "August", D, "clashes", "2022-08"),
     M(P, "about 30 people", N, "clash_dead", 30, qual="approx"),

     M(T, "Kamis (27/10/2022)", D, "cabinet", "2022-10-27"),
     M(T, "21 menteri", N, "ministers", 21),
     M(T, "dua kementerian", N, "postponed", 2),
     M(T, "Rabu (12/10/2022)", D, "vote", "2022-10-12", planted=True),
     M(T, "169 suara", N, "rashid2", 169, planted=True),
     M(T, "99 suara", N, "salih2", 99),
     M(T, "30 hari", N, "deadline", 30, cls="dur"),
     M(T, "52 tahun", N, "age_s", 52, cls="age"),
     M(T, "Oktober 2021", D, "election", "2021-10"),
     M(T, "Juni", D, "resign", "2022-06"),
    ]
    build("iraq-president-2022", "Iraq's parliament elects Abdul Latif Rashid president (Thursday 13 October 2022: 162 "
          "votes to Barham Salih's 99 in the second round, eight invalid, 269 present; 157 in the first round by INA's "
          "early report, 156 by the parliament's final statement, 277 present; 329 seats) and he names Mohammed al-Sudani prime "
          "minister-designate the same day (30 days to form a cabinet); parliament approves the cabinet on Thursday "
          "27 October 2022 (21 ministers, two ministries put off)", False, ms, names)


def budget():
    R, B, K, A = "reuters-dec07", "bisnis-dec08", "kontan-dec10", "antara-dec09"
    names = {
     "spend23": "2023 spending (billion riyals)", "rev23": "2023 revenue (billion riyals)",
     "surplus23": "2023 surplus (billion riyals)", "rev22": "2022 revenue (billion riyals)",
     "spend22": "2022 spending (billion riyals)", "surplus22": "2022 surplus (billion riyals)",
     "usd": "2023 spending in dollars (billion)", "gdp23": "2023 surplus as a share of GDP",
     "gdp22": "2022 surplus as a share of GDP", "g23": "growth forecast for 2023", "g22": "growth estimate for 2022",
     # dates
     "announce": "day the budget was approved", "last": "year of the last surplus",
    }
    ms = [
     M(R, "Wednesday", D, "announce", "2022-12-07"),
     M(R, "1.114 trillion riyals", N, "spend23", 1114, cls="sar"),
     M(R, "$296 billion", N, "usd", 296, cls="usd"),
     M(R, "16 billion riyals", N, "surplus23", 16, cls="sar"),
     M(R, "1.13 trillion riyals", N, "rev23", 1130, cls="sar"),
     M(R, "0.4%", N, "gdp23", 0.4, cls="pct"),
     M(R, "1.234 trillion riyals", N, "rev22", 1234, cls="sar"),
     M(R, "1.132 trillion riyals", N, "spend22", 1132, cls="sar"),
     M(R, "102 billion riyals", N, "surplus22", 102, cls="sar"),
     M(R, "2.6%", N, "gdp22", 2.6, cls="pct"),
     M(R, "2013", D, "last", "2013"),
     M(R, "3.1%", N, "g23", 3.1, cls="pct"),
     M(R, "8.5%", N, "g22", 8.5, cls="pct"),

     M(B, "1,114 triliun riyal", N, "spend23", 1114, cls="sar"),
     M(B, "sekitar US$296 miliar", N, "usd", 296, qual="approx", cls="usd"),
     M(B, "Rabu (7/12/2022)", D, "announce", "2022-12-07"),
     M(B, "1,13 triliun riyal", N, "rev23", 1130, cls="sar"),
     M(B, "16 miliar riyal", N, "surplus23", 16, cls="sar"),
     M(B, "0,4 persen", N, "gdp23", 0.4, cls="pct"),
     M(B, "1,234 triliun riyal", N, "rev22", 1234, cls="sar"),
     M(B, "1,132 triliun riyal", N, "spend22", 1132, cls="sar"),
     M(B, "102 miliar riyal", N, "surplus22", 102, cls="sar"),
     M(B, "2,6 persen", N, "gdp22", 2.6, cls="pct"),
     M(B, "2013", D, "last", "2013"),
     M(B, "3,1 persen", N, "g23", 3.1, cls="pct"),
     M(B, "8,5 persen", N, "g22", 8.5, cls="pct"),

     M(K, "16 miliar riyal", N, "surplus23", 16, cls="sar"),
     M(K, "102 miliar riyal", N, "surplus22", 102, cls="sar"),
     M(K, "Rabu, 7 Desember 2022", D, "announce", "2022-12-07"),
     M(K, "1,114 triliun riyal", N, "spend23", 1114, cls="sar"),
     M(K, "1,13 triliun riyal", N, "rev23", 1130, cls="sar"),
     M(K, "0,4 persen", N, "gdp23", 0.4, cls="pct"),
     M(K, "2,6 persen", N, "gdp22", 2.6, cls="pct"),
     M(K, "1,234 triliun riyal", N, "rev22", 1234, cls="sar"),
     M(K, "1,132 triliun riyal", N, "spend22", 1132, cls="sar"),
     M(K, "2013", D, "last", "2013"),
     M(K, "3,1 persen", N, "g23", 3.1, cls="pct"),
     M(K, "8,5 persen", N, "g22", 8.5, cls="pct"),
     M(K, "sekitar US$296 miliar", N, "usd", 296, qual="approx", cls="usd"),

     M(A, "lebih dari 1,1 triliun riyal", N, "spend23", 1100, qual="morethan", cls="sar"),
     M(A, "16 miliar riyal", N, "surplus23", 16, cls="sar"),
     M(A, "Rabu (7/12/2022)", D, "announce", "2022-12-07"),
     M(A, "1,13 triliun riyal", N, "rev23", 1130, cls="sar"),
     M(A, "1,114 triliun riyal", N, "spend23", 1114, cls="sar"),
     M(A, "0,4 persen", N, "gdp23", 0.4, cls="pct"),
     M(A, "102 miliar riyal", N, "surplus22", 102, cls="sar"),
     M(A, "2,6 persen", N, "gdp22", 2.6, cls="pct"),
     M(A, "2013", D, "last", "2013"),
     M(A, "1,234 triliun riyal", N, "rev22", 1234, cls="sar"),
     M(A, "1,132 triliun riyal", N, "spend22", 1132, cls="sar"),
     M(A, "3,1 persen", N, "g23", 3.1, cls="pct"),
     M(A, "8,5 persen", N, "g22", 8.5, cls="pct"),
    ]
    build("saudi-fiscal-2023", "Saudi Arabia's 2023 budget (control), approved on Wednesday 7 December 2022: spending "
          "1.114 trillion riyals ($296 billion), revenue 1.13 trillion, a surplus of 16 billion riyals (0.4% of GDP); "
          "for 2022 revenue 1.234 trillion, spending 1.132 trillion, a surplus of 102 billion riyals (2.6% of GDP), "
          "the first since 2013; growth 3.1% in 2023 after 8.5% in 2022. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    crane()
    iraq()
    budget()
