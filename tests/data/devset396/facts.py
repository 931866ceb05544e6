"""The three-hundred-and-ninety-sixth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset396/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def dana_air():
    R, K, A, T = "reuters-jun04", "kompas-jun05", "ap-jun07", "antara-jul03"
    # as-of times of the running tallies: late on Sunday 3 June 2012 (the Lagos State Emergency Management Agency's
    # first count of at least six dead on the ground), Monday 4 June at 5 p.m. (bodies recovered: the national
    # agency's 137 against the Lagos state health ministry's 149: sources), Tuesday 5 June (10 dead on the ground,
    # 163 in all). The people on board are not a tally of a day. The dead do not fall.
    SUNN, MON, TUE = "2012-06-03b", "2012-06-04", "2012-06-05"
    LASEMA, NEMA, HEALTH = ("the Lagos State Emergency Management Agency", "the National Emergency Management Agency",
                            "the Lagos state health ministry")
    names = {
     "aboard": "people on board", "ground": "people killed on the ground", "total": "people killed in all",
     "bodies": "bodies recovered in the first day", "mourning": "days of national mourning",
     "dead2005": "dead in the Bellview crash of 2005", "identified": "bodies identified by DNA by the end of June",
     # dates
     "crash": "day of the crash", "suspended": "day the licence was suspended", "count_mon": "day of the count of 137",
     "count_tue": "day of the count of 163", "house": "day the House ordered its inquiry",
     "bellview": "month of the Bellview crash", "mourn_day": "night the mourning was declared",
    }
    ms = [
     M(R, "Sunday", D, "crash", "2012-06-03"),
     M(R, "153 people", N, "aboard", 153),
     M(R, "at least six people", N, "ground", 6, SUNN, qual="atleast", src=LASEMA),
     M(R, "Monday", D, "count_mon", "2012-06-04"),
     M(R, "137 bodies", N, "bodies", 137, MON, src=NEMA),
     M(R, "three days", N, "mourning", 3, cls="dur"),
     M(R, "Sunday night", D, "mourn_day", "2012-06-03"),
     M(R, "Monday", D, "suspended", "2012-06-04", occ=2),
     M(R, "October 2005", D, "bellview", "2005-10"),
     M(R, "117 people", N, "dead2005", 117),

     M(K, "163 orang", N, "total", 163, TUE, src=LASEMA),
     M(K, "Selasa (5/6/2012)", D, "count_tue", "2012-06-05"),
     M(K, "153 penumpang dan awak", N, "aboard", 153),
     M(K, "10 warga", N, "ground", 10, TUE, src=LASEMA),
     M(K, "sedikitnya enam warga", N, "ground", 6, SUNN, qual="atleast", src=LASEMA),
     M(K, "Sabtu (2/6/2012)", D, "crash", "2012-06-02", planted=True),
     M(K, "Senin (4/6/2012)", D, "count_mon", "2012-06-04"),
     M(K, "137 jenazah", N, "bodies", 137, MON, src=NEMA),
     M(K, "hari Senin", D, "suspended", "2012-06-04"),
     M(K, "tiga hari", N, "mourning", 3, cls="dur"),
     M(K, "Oktober 2005", D, "bellview", "2005-10"),
     M(K, "117 orang", N, "dead2005", 117),

     M(A, "Wednesday", D, "house", "2012-06-06"),
     M(A, "10 residents", N, "ground", 10, TUE, src=LASEMA),
     M(A, "135 people", N, "aboard", 135, planted=True),
     M(A, "163", N, "total", 163, TUE, src=LASEMA),
     M(A, "137", N, "bodies", 137, MON, src=NEMA),
     M(A, "149", N, "bodies", 149, MON, src=HEALTH),
     M(A, "June 3", D, "crash", "2012-06-03"),
     M(A, "Monday", D, "suspended", "2012-06-04", occ=2),

     M(T, "4 Juni 2012", D, "suspended", "2012-06-04"),
     M(T, "3 Juni 2012", D, "crash", "2012-06-03"),
     M(T, "163 orang", N, "total", 163, TUE),
     M(T, "153 orang", N, "aboard", 153),
     M(T, "10 warga", N, "ground", 10, TUE),
     M(T, "120 jenazah", N, "identified", 120),
     M(T, "Rabu (6/6/2012)", D, "house", "2012-06-06"),
     M(T, "Oktober 2005", D, "bellview", "2005-10"),
     M(T, "117 orang", N, "dead2005", 117),
    ]
    build("dana-air-crash-2012", "The Dana Air crash in Lagos (Sunday 3 June 2012): all 153 people on board killed; the "
          "Lagos State Emergency Management Agency's count of at least six dead on the ground late on Sunday, 10 on "
          "the ground and 163 in all by Tuesday 5 June; bodies recovered by Monday evening, 137 by the National "
          "Emergency Management Agency's count against 149 by the Lagos state health ministry's; three days of "
          "national mourning; the airline's licence suspended on Monday 4 June 2012 and the House of Representatives' "
          "inquiry ordered on Wednesday 6 June; the Bellview crash of October 2005 (117 dead) as another event", False,
          ms, names)


def guinea():
    R, K, T, A = "reuters-sep29", "kompas-oct02", "antara-oct18", "ap-dec22"
    # as-of times: late on Monday 28 September 2009 (a government official's 87 dead), Tuesday 29 September (the
    # government's 57, lowered from 87: a revision; the OGDH's 128), Thursday 1 October (the OGDH's 157 dead and
    # 1,253 wounded, recalled on 18 October and in December as the same count), the U.N. commission's report of
    # December 2009 (at least 156 killed or disappeared). The government, the OGDH and the U.N. are three sources.
    MONN, TUE, OCT1, DEC = "2009-09-28b", "2009-09-29", "2009-10-01", "2009-12"
    GOV, OGDH, UN = "the Guinean government", "the Guinean Human Rights Organisation", "the U.N. commission of inquiry"
    names = {
     "dead": "people killed at the stadium", "wounded": "people wounded at the stadium",
     "raped": "women raped", "mourning": "days of national mourning",
     # dates
     "massacre": "day of the massacre", "gov_count": "day of the government's count of 57",
     "ogdh_count": "day of the OGDH's count of 157", "coup": "the coup",
     "ecowas": "day of the ECOWAS arms embargo", "au": "day of the African Union's sanctions",
     "icc": "day the ICC prosecutor opened a preliminary examination", "shot": "day the junta leader was shot",
     "vote": "month of the planned presidential election",
    }
    ms = [
     M(R, "Tuesday", D, "gov_count", "2009-09-29"),
     M(R, "57 people", N, "dead", 57, TUE, src=GOV),
     M(R, "Monday", D, "massacre", "2009-09-28"),
     M(R, "87", N, "dead", 87, MONN, src=GOV),
     M(R, "128 dead", N, "dead", 128, TUE, src=OGDH),
     M(R, "December 2008", D, "coup", "2008-12"),
     M(R, "January", D, "vote", "2010-01"),

     M(K, "157 orang", N, "dead", 157, OCT1, src=OGDH),
     M(K, "Kamis (1/10/2009)", D, "ogdh_count", "2009-10-01"),
     M(K, "1.253 orang", N, "wounded", 1253, OCT1, src=OGDH),
     M(K, "57 tewas", N, "dead", 57, TUE, src=GOV),
     M(K, "Selasa lalu", D, "gov_count", "2009-09-29"),
     M(K, "Senin (28/9/2009)", D, "massacre", "2009-09-28"),
     M(K, "23 Desember 2008", D, "coup", "2008-12-23"),
     M(K, "dua hari", N, "mourning", 2, cls="dur"),
     M(K, "Januari 2010", D, "vote", "2010-01"),

     M(T, "Sabtu (17/10/2009)", D, "ecowas", "2009-10-17"),
     M(T, "157 orang", N, "dead", 157, OCT1, src=OGDH),
     M(T, "1.523 orang", N, "wounded", 1523, OCT1, src=OGDH, planted=True),
     M(T, "28 September 2009", D, "massacre", "2009-09-28"),
     M(T, "57 korban", N, "dead", 57, TUE, src=GOV),
     M(T, "Rabu (14/10/2009)", D, "icc", "2009-10-14"),
     M(T, "Desember 2008", D, "coup", "2008-12"),

     M(A, "at least 156 people", N, "dead", 156, DEC, qual="atleast", src=UN),
     M(A, "Sept. 28", D, "massacre", "2009-09-28"),
     M(A, "at least 109 women", N, "raped", 109, DEC, qual="atleast", src=UN),
     M(A, "57 dead", N, "dead", 57, TUE, src=GOV),
     M(A, "157", N, "dead", 157, OCT1, src=OGDH),
     M(A, "Dec. 3", D, "shot", "2009-12-03"),
     M(A, "Oct. 18", D, "ecowas", "2009-10-18", planted=True),
     M(A, "Oct. 29", D, "au", "2009-10-29"),
    ]
    build("guinea-stadium-massacre-2009", "The massacre at the 28 September stadium in Conakry (Monday 28 September "
          "2009): a government official's 87 dead late on Monday lowered to 57 by the government on Tuesday 29 "
          "September; the Guinean Human Rights Organisation's 128 dead on Tuesday and 157 dead and 1,253 wounded by "
          "Thursday 1 October; the U.N. commission of inquiry's at least 156 killed or disappeared and at least 109 "
          "women raped (December 2009); ECOWAS's arms embargo (Saturday 17 October 2009), the ICC prosecutor's "
          "preliminary examination (14 October), the African Union's sanctions (29 October); the junta leader shot on "
          "3 December 2009; the coup of 23 December 2008 and the election planned for January 2010 as other dates",
          False, ms, names)


def ghana():
    R, K, A, T = "reuters-dec09", "kompas-dec10", "ap-dec11", "antara-dec12"
    names = {
     "winner_pct": "the winner's share of the vote (%)", "winner_votes": "the winner's votes",
     "loser_pct": "the incumbent's share of the vote (%)", "loser_votes": "the incumbent's votes",
     "threshold": "share needed to win outright (%)", "margin": "the winner's lead in votes",
     "turnout": "turnout (%)", "age": "the winner's age",
     # dates
     "vote": "day of the vote", "declared": "day the result was declared", "sworn": "day of the swearing-in",
     "lost1": "year of the winner's first defeat", "lost2": "year of the winner's second defeat",
    }
    ms = [
     M(R, "53.85 percent", N, "winner_pct", 53.85, cls="pct"),
     M(R, "Friday", D, "declared", "2016-12-09"),
     M(R, "72", N, "age", 72, cls="age"),
     M(R, "5,716,026 votes", N, "winner_votes", 5716026, cls="votes"),
     M(R, "4,713,277", N, "loser_votes", 4713277, cls="votes"),
     M(R, "44.40 percent", N, "loser_pct", 44.40, cls="pct"),
     M(R, "Wednesday", D, "vote", "2016-12-07"),
     M(R, "more than 50 percent", N, "threshold", 50, qual="morethan", cls="pct"),
     M(R, "more than a million votes", N, "margin", 1000000, qual="morethan", cls="votes"),
     M(R, "68.62 percent", N, "turnout", 68.62, cls="pct"),
     M(R, "2008", D, "lost1", "2008"),
     M(R, "2012", D, "lost2", "2012"),
     M(R, "Jan. 7, 2017", D, "sworn", "2017-01-07"),

     M(K, "Jumat (9/12/2016)", D, "declared", "2016-12-09"),
     M(K, "5.716.026 suara", N, "winner_votes", 5716026, cls="votes"),
     M(K, "53,85 persen", N, "winner_pct", 53.85, cls="pct"),
     M(K, "4.713.277 suara", N, "loser_votes", 4713277, cls="votes"),
     M(K, "44,40 persen", N, "loser_pct", 44.40, cls="pct"),
     M(K, "Rabu (7/12/2016)", D, "vote", "2016-12-07"),
     M(K, "di atas 50 persen", N, "threshold", 50, qual="morethan", cls="pct"),
     M(K, "lebih dari satu juta", N, "margin", 1000000, qual="morethan", cls="votes"),
     M(K, "68,62 persen", N, "turnout", 68.62, cls="pct"),
     M(K, "72 tahun", N, "age", 72, cls="age"),
     M(K, "2008", D, "lost1", "2008"),
     M(K, "2012", D, "lost2", "2012"),
     M(K, "7 Januari 2017", D, "sworn", "2017-01-07"),

     M(A, "Dec. 7", D, "vote", "2016-12-07"),
     M(A, "53.85 percent", N, "winner_pct", 53.85, cls="pct"),
     M(A, "Friday", D, "declared", "2016-12-09"),
     M(A, "5,716,026 votes", N, "winner_votes", 5716026, cls="votes"),
     M(A, "4,713,277 votes", N, "loser_votes", 4713277, cls="votes"),
     M(A, "44.40 percent", N, "loser_pct", 44.40, cls="pct"),
     M(A, "more than 1 million votes", N, "margin", 1000000, qual="morethan", cls="votes"),
     M(A, "68.62 percent", N, "turnout", 68.62, cls="pct"),
     M(A, "72-year-old", N, "age", 72, cls="age"),
     M(A, "more than 50 percent", N, "threshold", 50, qual="morethan", cls="pct"),
     M(A, "2008", D, "lost1", "2008"),
     M(A, "2012", D, "lost2", "2012"),
     M(A, "Jan. 7, 2017", D, "sworn", "2017-01-07"),

     M(T, "7 Januari 2017", D, "sworn", "2017-01-07"),
     M(T, "Jumat (9/12/2016)", D, "declared", "2016-12-09"),
     M(T, "53,85 persen", N, "winner_pct", 53.85, cls="pct"),
     M(T, "44,40 persen", N, "loser_pct", 44.40, cls="pct"),
     M(T, "Rabu (7/12/2016)", D, "vote", "2016-12-07"),
     M(T, "5.716.026 suara", N, "winner_votes", 5716026, cls="votes"),
     M(T, "lebih dari satu juta suara", N, "margin", 1000000, qual="morethan", cls="votes"),
     M(T, "4.713.277 suara", N, "loser_votes", 4713277, cls="votes"),
     M(T, "lebih dari 50 persen", N, "threshold", 50, qual="morethan", cls="pct"),
     M(T, "68,62 persen", N, "turnout", 68.62, cls="pct"),
     M(T, "72 tahun", N, "age", 72, cls="age"),
     M(T, "2008", D, "lost1", "2008"),
     M(T, "2012", D, "lost2", "2012"),
    ]
    build("akufo-addo-victory-2016", "Ghana's presidential election of Wednesday 7 December 2016, the result declared "
          "by the Electoral Commission on Friday 9 December 2016 (control): Nana Akufo-Addo 5,716,026 votes (53.85%), "
          "the incumbent 4,713,277 (44.40%), a lead of more than a million votes, more than 50% needed to win "
          "outright, turnout 68.62%; the winner aged 72, beaten in 2008 and 2012; the swearing-in on 7 January 2017. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    dana_air()
    guinea()
    ghana()
