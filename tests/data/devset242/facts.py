"""The two-hundred-and-forty-second development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset242/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def khan_shaykhun():
    T, R, K, A = "detik-apr05", "reuters-apr07", "kompas-apr13", "ap-oct27"
    # as-of times of the Syrian Observatory's running tally: Tuesday 4 April 2017 (58 dead, 11 children, more than
    # 160 injured), Wednesday 5 April earlier (72 dead, 20 children, 17 women) and later (86 dead, 30 children, 20
    # women); the tally stands at 86 in the later reports. The opposition-run Idlib health directorate's 100 dead and
    # more than 400 injured are another source's figures (sources against the Observatory's, on any day).
    TUE, WEDA, WEDB = "2017-04-04", "2017-04-05a", "2017-04-05b"
    SOHR, IDLIB = "the Syrian Observatory for Human Rights", "the Idlib health directorate"
    # The missiles: the 59 the United States fired against the 23 Russia said reached the base (different facts).
    # Two Security Council votes on different dates: 12 April (10 for) and 24 October (11 for).
    names = {
     "dead": "people killed in the gas attack", "children": "children among the dead",
     "women": "women among the dead", "injured": "people injured in the gas attack",
     "fired": "Tomahawk missiles the United States fired", "reached": "missiles that reached the base (Russia)",
     "yes_apr": "council members for the April draft", "abst_apr": "council members abstaining in April",
     "yes_oct": "council members for the October draft",
     # dates
     "attack": "day of the gas attack", "asof_wed": "day of the Observatory's count of 72/86",
     "meeting": "day of the emergency council meeting", "ghouta": "the Ghouta attack",
     "strike": "day of the missile strike", "veto_apr": "day of the April veto", "war": "year the war began",
     "moscow": "day of the US secretary of state's Moscow visit", "report": "day the inquiry's report was delivered",
     "veto_oct": "day of the October veto", "ffm": "month of the fact-finding mission's finding",
    }
    ms = [
     M(T, "72 orang", N, "dead", 72, WEDA, src=SOHR),
     M(T, "Rabu (5/4/2017)", D, "asof_wed", "2017-04-05"),
     M(T, "20 anak-anak", N, "children", 20, WEDA),
     M(T, "17 perempuan", N, "women", 17, WEDA),
     M(T, "Selasa (4/4/2017)", D, "attack", "2017-04-04"),
     M(T, "sedikitnya 58 korban", N, "dead", 58, TUE, qual="atleast", src=SOHR),
     M(T, "11", N, "children", 11, TUE),
     M(T, "lebih dari 160 orang", N, "injured", 160, TUE, qual="morethan", src=SOHR),
     M(T, "100 orang", N, "dead", 100, src=IDLIB),
     M(T, "lebih dari 400 orang", N, "injured", 400, qual="morethan", src=IDLIB),
     M(T, "Rabu", D, "meeting", "2017-04-05", occ=2),
     M(T, "Agustus 2013", D, "ghouta", "2013-08"),

     M(R, "59 Tomahawk cruise missiles", N, "fired", 59),
     M(R, "Friday", D, "strike", "2017-04-07"),
     M(R, "23", N, "reached", 23),
     M(R, "Wednesday", D, "asof_wed", "2017-04-05"),
     M(R, "Tuesday", D, "attack", "2017-04-04"),
     M(R, "86", N, "dead", 86, WEDB, src=SOHR),
     M(R, "30 children", N, "children", 30, WEDB),
     M(R, "20 women", N, "women", 20, WEDB),
     M(R, "100 dead", N, "dead", 100, src=IDLIB),
     M(R, "more than 400 injured", N, "injured", 400, qual="morethan", src=IDLIB),

     M(K, "Rabu (12/4/2017)", D, "veto_apr", "2017-04-12"),
     M(K, "10 negara anggota", N, "yes_apr", 10),
     M(K, "Tiga negara", N, "abst_apr", 3),
     M(K, "2011", D, "war", "2011"),
     M(K, "Rabu (5/4/2017)", D, "attack", "2017-04-05", planted=True),
     M(K, "86 orang", N, "dead", 86, WEDB, src=SOHR),
     M(K, "30 anak-anak", N, "children", 30, WEDB),
     M(K, "59 rudal", N, "fired", 59),
     M(K, "Jumat (7/4/2017)", D, "strike", "2017-04-07"),
     M(K, "23 rudal", N, "reached", 23),
     M(K, "Rabu", D, "moscow", "2017-04-12", occ=3),

     M(A, "April 4", D, "attack", "2017-04-04"),
     M(A, "Thursday", D, "report", "2017-10-26"),
     M(A, "86 people", N, "dead", 86, WEDB, src=SOHR),
     M(A, "30 children", N, "children", 30, WEDB),
     M(A, "about 100", N, "dead", 100, qual="approx", src=IDLIB),
     M(A, "Tuesday, Oct. 24", D, "veto_oct", "2017-10-24"),
     M(A, "11 votes", N, "yes_oct", 11),
     M(A, "April", D, "veto_apr", "2017-04", occ=2),
     M(A, "10 council members", N, "yes_apr", 10),
     M(A, "69 Tomahawk missiles", N, "fired", 69, planted=True),
     M(A, "June", D, "ffm", "2017-06"),
    ]
    build("khan-shaykhun-2017", "The sarin attack on Khan Shaykhun, Idlib province, Syria (Tuesday 4 April 2017): the "
          "Syrian Observatory for Human Rights' toll rising 58 (Tuesday, 11 children) -> 72 (Wednesday, 20 children, 17 "
          "women) -> 86 (Wednesday, 30 children, 20 women), the Idlib health directorate's 100 dead and more than 400 "
          "injured; the US strike of 59 Tomahawk missiles on the Shayrat air base (Friday 7 April; Russia: 23 reached "
          "it); Russia's vetoes in the Security Council on Wednesday 12 April (10 for, Russia and Bolivia against, three "
          "abstentions) and Tuesday 24 October (11 for); the UN-OPCW inquiry's report of Thursday 26 October 2017",
          False, ms, names)


def shah_cheragh():
    R, T, K, A = "reuters-aug13", "detik-aug15", "kompas-aug21", "aljazeera-oct26"
    # as-of times of the second attack's toll: Sunday 13 August 2023 first (IRNA's four dead), Sunday night (revised
    # to one dead, eight wounded), Monday 14 August (two dead after a victim died in hospital). The wounded: IRNA's
    # eight against Tasnim's seven (sources). The 2022 attack's figures (13 dead, 30 wounded, 26 arrested), the two
    # hanged and the three jailed, the eight suspects of 2023 are different facts.
    SUNA, SUNB, MON = "2023-08-13a", "2023-08-13b", "2023-08-14"
    IRNA, TASNIM = "IRNA", "Tasnim"
    names = {
     "dead": "people killed in the 2023 attack", "injured": "people wounded in the 2023 attack",
     "dead22": "people killed in the 2022 attack", "injured22": "people wounded in the 2022 attack",
     "hanged": "men hanged over the 2022 attack", "jailed": "other defendants jailed",
     "arrested22": "people arrested over the 2022 attack", "suspects23": "suspects arrested over the 2023 attack",
     "terms": "the prison terms (years)",
     # dates
     "attack": "day of the 2023 attack", "attack22": "day of the 2022 attack", "hanging": "day of the hangings",
     "arrests22": "day the 2022 arrests were announced", "asof_mon": "day the toll rose to two",
     "sun_night": "night the toll was revised", "year22": "year of the first attack",
     "anniv": "day of the first attack's anniversary",
    }
    ms = [
     M(R, "Sunday", D, "attack", "2023-08-13"),
     M(R, "one person", N, "dead", 1, SUNB),
     M(R, "eight", N, "injured", 8, SUNB, src=IRNA),
     M(R, "four dead", N, "dead", 4, SUNA),
     M(R, "seven", N, "injured", 7, SUNB, src=TASNIM),
     M(R, "Oct. 26", D, "attack22", "2022-10-26"),
     M(R, "13 people", N, "dead22", 13),
     M(R, "30", N, "injured22", 30),
     M(R, "July 8", D, "hanging", "2023-07-08"),
     M(R, "two men", N, "hanged", 2),
     M(R, "three other defendants", N, "jailed", 3),
     M(R, "November", D, "arrests22", "2022-11"),
     M(R, "26 foreign nationals", N, "arrested22", 26),
     M(R, "2022", D, "year22", "2022"),

     M(T, "2 orang", N, "dead", 2, MON),
     M(T, "Senin (14/8/2023)", D, "asof_mon", "2023-08-14"),
     M(T, "Minggu (13/8/2023)", D, "attack", "2023-08-13"),
     M(T, "empat orang", N, "dead", 4, SUNA),
     M(T, "satu korban jiwa", N, "dead", 1, SUNB),
     M(T, "delapan orang", N, "injured", 8, SUNB, src=IRNA),
     M(T, "Minggu malam", D, "sun_night", "2023-08-13"),
     M(T, "delapan tersangka", N, "suspects23", 8, MON),
     M(T, "26 Oktober 2022", D, "attack22", "2022-10-26"),
     M(T, "13 orang", N, "dead22", 13),
     M(T, "30 orang", N, "injured22", 30),
     M(T, "dua pria", N, "hanged", 2),
     M(T, "Sabtu (8/7/2023)", D, "hanging", "2023-07-08"),
     M(T, "Tiga terdakwa", N, "jailed", 3),

     M(K, "Minggu (13/8/2023)", D, "attack", "2023-08-13"),
     M(K, "dua orang", N, "dead", 2, MON),
     M(K, "delapan orang", N, "injured", 8, SUNB, src=IRNA),
     M(K, "delapan tersangka", N, "suspects23", 8, MON),
     M(K, "26 Oktober 2022", D, "attack22", "2022-10-26"),
     M(K, "13 peziarah", N, "dead22", 13),
     M(K, "30 orang", N, "injured22", 30),
     M(K, "Senin (7/11/2022)", D, "arrests22", "2022-11-07"),
     M(K, "26 orang", N, "arrested22", 26),
     M(K, "Dua pria", N, "hanged", 2),
     M(K, "Jumat (7/7/2023)", D, "hanging", "2023-07-07", planted=True),
     M(K, "Tiga terdakwa", N, "jailed", 3),

     M(A, "Thursday", D, "anniv", "2023-10-26"),
     M(A, "October 26, 2022", D, "attack22", "2022-10-26"),
     M(A, "13 people", N, "dead22", 13),
     M(A, "30 others", N, "injured22", 30),
     M(A, "November", D, "arrests22", "2022-11"),
     M(A, "26 foreign nationals", N, "arrested22", 26),
     M(A, "Two men", N, "hanged", 2),
     M(A, "July 8", D, "hanging", "2023-07-08"),
     M(A, "three other defendants", N, "jailed", 3),
     M(A, "August 13", D, "attack", "2023-08-13"),
     M(A, "two people", N, "dead", 2, MON),
     M(A, "eight", N, "injured", 8, SUNB, src=IRNA),
     M(A, "four dead", N, "dead", 4, SUNA),
     M(A, "to one", N, "dead", 1, SUNB),
     M(A, "eight foreign suspects", N, "suspects23", 8, MON),
    ]
    build("shah-cheragh-2023", "The second gun attack on the Shah Cheragh shrine in Shiraz, Iran (Sunday 13 August "
          "2023): IRNA's first four dead revised to one dead and eight wounded the same night (Tasnim: seven wounded), "
          "two dead on Monday 14 August, eight foreign suspects arrested; the first attack of Wednesday 26 October 2022 "
          "(13 dead, 30 wounded, 26 arrested as announced on Monday 7 November 2022), two men hanged on Saturday 8 July "
          "2023 and three others jailed for five to 25 years", False, ms, names)


def syria_election():
    R, K, T, A = "reuters-may27", "kompas-may28", "antara-may29", "aljazeera-may30"
    names = {
     "share": "the president's share of the vote (%)", "votes": "the president's votes",
     "turnout": "turnout (%)", "cast": "voters who cast ballots", "eligible": "eligible voters",
     "marei_pct": "Marei's share (%)", "abd_pct": "Abdullah's share (%)", "marei": "Marei's votes",
     "abd": "Abdullah's votes", "term": "length of the term (years)", "share14": "the president's share in 2014 (%)",
     # dates
     "announced": "day the result was announced", "vote": "day of the vote", "since": "year he took power",
     "prev": "year of the previous election", "abroad": "day of the vote abroad", "war": "year the war began",
    }
    ms = [
     M(R, "95.1%", N, "share", 95.1, cls="pct"),
     M(R, "Thursday", D, "announced", "2021-05-27"),
     M(R, "13,540,860 votes", N, "votes", 13540860),
     M(R, "Wednesday", D, "vote", "2021-05-26"),
     M(R, "78.64%", N, "turnout", 78.64, cls="pct"),
     M(R, "14,239,140", N, "cast", 14239140),
     M(R, "18,107,109", N, "eligible", 18107109),
     M(R, "3.3%", N, "marei_pct", 3.3, cls="pct"),
     M(R, "1.5%", N, "abd_pct", 1.5, cls="pct"),
     M(R, "470,276 votes", N, "marei", 470276),
     M(R, "213,968", N, "abd", 213968),
     M(R, "seven-year", N, "term", 7, cls="dur"),
     M(R, "2000", D, "since", "2000"),

     M(K, "95,1 persen", N, "share", 95.1, cls="pct"),
     M(K, "Rabu (26/5/2021)", D, "vote", "2021-05-26"),
     M(K, "Kamis (27/5/2021)", D, "announced", "2021-05-27"),
     M(K, "13.540.860 suara", N, "votes", 13540860),
     M(K, "14.239.140 pemilih", N, "cast", 14239140),
     M(K, "18.107.109 orang", N, "eligible", 18107109),
     M(K, "78,64 persen", N, "turnout", 78.64, cls="pct"),
     M(K, "470.276 suara", N, "marei", 470276),
     M(K, "3,3 persen", N, "marei_pct", 3.3, cls="pct"),
     M(K, "213.968 suara", N, "abd", 213968),
     M(K, "1,5 persen", N, "abd_pct", 1.5, cls="pct"),
     M(K, "tujuh tahun", N, "term", 7, cls="dur"),
     M(K, "2014", D, "prev", "2014"),
     M(K, "sekitar 88 persen", N, "share14", 88, qual="approx", cls="pct"),

     M(T, "lebih dari 13,5 juta suara", N, "votes", 13500000, qual="morethan"),
     M(T, "Kamis (27/5)", D, "announced", "2021-05-27"),
     M(T, "95,1 persen", N, "share", 95.1, cls="pct"),
     M(T, "3,3 persen", N, "marei_pct", 3.3, cls="pct"),
     M(T, "1,5 persen", N, "abd_pct", 1.5, cls="pct"),
     M(T, "14.239.140 warga", N, "cast", 14239140),
     M(T, "78,64 persen", N, "turnout", 78.64, cls="pct"),
     M(T, "18.107.109 pemilih", N, "eligible", 18107109),
     M(T, "Rabu (26/5)", D, "vote", "2021-05-26"),
     M(T, "20 Mei", D, "abroad", "2021-05-20"),
     M(T, "2000", D, "since", "2000"),
     M(T, "tujuh tahun", N, "term", 7, cls="dur"),
     M(T, "2011", D, "war", "2011"),

     M(A, "seven-year", N, "term", 7, cls="dur"),
     M(A, "more than 95 percent", N, "share", 95, qual="morethan", cls="pct"),
     M(A, "Wednesday", D, "vote", "2021-05-26"),
     M(A, "Thursday", D, "announced", "2021-05-27"),
     M(A, "13.54 million votes", N, "votes", 13540000, qual="approx"),
     M(A, "95.1 percent", N, "share", 95.1, cls="pct"),
     M(A, "78.64 percent", N, "turnout", 78.64, cls="pct"),
     M(A, "more than 14.2 million people", N, "cast", 14200000, qual="morethan"),
     M(A, "470,276 votes", N, "marei", 470276),
     M(A, "3.3 percent", N, "marei_pct", 3.3, cls="pct"),
     M(A, "213,968 votes", N, "abd", 213968),
     M(A, "1.5 percent", N, "abd_pct", 1.5, cls="pct"),
     M(A, "18,107,109", N, "eligible", 18107109),
     M(A, "2000", D, "since", "2000"),
     M(A, "about 88 percent", N, "share14", 88, qual="approx", cls="pct"),
     M(A, "2014", D, "prev", "2014"),
     M(A, "2011", D, "war", "2011"),
    ]
    build("syria-election-2021", "The result of Syria's presidential election (control), announced by the parliament "
          "speaker Hammouda Sabbagh on Thursday 27 May 2021 for the vote of Wednesday 26 May: the president 13,540,860 "
          "votes (95.1%), Mahmoud Ahmad Marei 470,276 (3.3%), Abdullah Salloum Abdullah 213,968 (1.5%), 14,239,140 "
          "voters of 18,107,109 eligible (78.64%), a seven-year term; about 88% in 2014, in power since 2000. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    khan_shaykhun()
    shah_cheragh()
    syria_election()
