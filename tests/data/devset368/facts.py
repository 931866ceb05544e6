"""The three-hundred-and-sixty-eighth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset368/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def once_crash():
    R, K, T, A = "reuters-feb22", "kompas-feb24", "tempo-mar05", "ap-dec30"
    # as-of times of the running tallies: Wednesday 22 February 2012 (49 dead; the city emergency service's "more than
    # 600" injured and the Health Ministry's 703), Thursday 23 February (50 dead), Friday 24 February (51 dead once the
    # last body was found), Monday 5 March (the government's 51 against the relatives' 52; the Health Ministry's
    # injured revised down to 676) and the verdict of Tuesday 29 December 2015 (51 dead, the government's count).
    # The dead and the injured do not fall.
    WED, THU, FRI, MAR5, DEC15 = "2012-02-22", "2012-02-23", "2012-02-24", "2012-03-05", "2015-12-29"
    SAME, HEALTH = "the city emergency medical service", "the Health Ministry"
    GOV, KIN = "the government", "the victims' relatives"
    names = {
     "dead": "people killed in the crash", "injured": "people injured in the crash", "mourning": "days of mourning",
     "found_hours": "hours before the last body was found", "found_after": "days before the last body was found",
     "cirigliano": "the rail boss's prison term (years)", "schiavi": "the transport secretary's prison term (years)",
     "jaime": "the former transport secretary's prison term (years)", "driver": "the driver's prison term (years)",
     # dates
     "crash": "day of the crash", "count_thu": "day of the count of 50", "count_fri": "day of the count of 51",
     "found": "day the last body was found", "rally": "day of the relatives' gathering", "verdict": "day of the verdict",
    }
    ms = [
     M(R, "Wednesday", D, "crash", "2012-02-22"),
     M(R, "49 people", N, "dead", 49, WED),
     M(R, "more than 600 people", N, "injured", 600, WED, qual="morethan", src=SAME),
     M(R, "703 people", N, "injured", 703, WED, src=HEALTH),
     M(R, "two days", N, "mourning", 2, cls="dur"),

     M(K, "51 orang", N, "dead", 51, FRI),
     M(K, "Jumat (24/2/2012)", D, "count_fri", "2012-02-24"),
     M(K, "Jumat pagi", D, "found", "2012-02-24"),
     M(K, "57 jam", N, "found_hours", 57, cls="dur"),
     M(K, "Kamis (23/2/2012)", D, "count_thu", "2012-02-23"),
     M(K, "50 orang", N, "dead", 50, THU),
     M(K, "Rabu (22/2/2012)", D, "crash", "2012-02-22"),
     M(K, "730 orang", N, "injured", 730, WED, src=HEALTH, planted=True),
     M(K, "dua hari", N, "mourning", 2, cls="dur"),

     M(T, "Senin (5/3/2012)", D, "rally", "2012-03-05"),
     M(T, "51 orang", N, "dead", 51, MAR5, src=GOV),
     M(T, "52 orang", N, "dead", 52, MAR5, src=KIN),
     M(T, "676 orang", N, "injured", 676, MAR5, src=HEALTH),
     M(T, "lebih dari 600 orang", N, "injured", 600, WED, qual="morethan", src=SAME),
     M(T, "Rabu (22/2/2012)", D, "crash", "2012-02-22"),
     M(T, "Jumat (24/2/2012)", D, "found", "2012-02-24"),
     M(T, "dua hari", N, "found_after", 2, cls="dur"),

     M(A, "Tuesday", D, "verdict", "2015-12-29"),
     M(A, "51 people", N, "dead", 51, DEC15, src=GOV),
     M(A, "nine years", N, "cirigliano", 9, cls="years"),
     M(A, "eight years", N, "schiavi", 8, cls="years"),
     M(A, "six years", N, "jaime", 6, cls="years"),
     M(A, "three years and three months", N, "driver", 3.25, cls="years"),
     M(A, "Feb. 21, 2012", D, "crash", "2012-02-21", planted=True),
     M(A, "two days", N, "found_after", 2, cls="dur"),
    ]
    build("once-rail-crash-2012", "The Once rail crash in Buenos Aires (Wednesday 22 February 2012): a Sarmiento line "
          "commuter train ran into the buffers at Once station; 49 dead on Wednesday, 50 on Thursday 23 February, 51 on "
          "Friday 24 February once the last body was found (the relatives count 52, with an unborn child); the city "
          "emergency service's more than 600 injured against the Health Ministry's 703, revised to 676 (plausible fill); "
          "two days of national mourning; the verdict of Tuesday 29 December 2015 (the rail boss nine years, two former "
          "transport secretaries eight and six, the driver three years and three months)", False, ms, names)


def farm_tax():
    K, R, A, T = "kompas-jul06", "reuters-jul16", "ap-jul17", "tempo-aug08"
    POLICE, FARM = "the police", "the farm groups"
    names = {
     "ayes": "votes for the duties in the lower house", "noes": "votes against the duties in the lower house",
     "abst": "abstentions in the lower house", "senators": "members of the Senate", "margin": "the lower house's margin",
     "senate_yes": "Senate votes for the duties", "senate_no": "Senate votes against the duties",
     "old_rate": "the soy export duty before the measure (%)", "new_rate": "the soy export duty under the measure (%)",
     "crowd_farm": "crowd at the farmers' rally", "crowd_gov": "crowd at the government's rally",
     "groups": "farm groups in the alliance", "senate_wait": "weeks until the Senate vote",
     "weeks_since": "weeks since the Senate vote", "protest_months": "months of farm protests",
     "debate_hours": "hours of the Senate debate",
     # dates
     "chamber_vote": "day of the lower house's vote", "announce": "day the duties were announced",
     "inaug": "day the president took office", "quit": "month the economy minister quit", "rally": "day of the rallies",
     "senate_debate": "day the Senate debate began", "senate_vote": "day of the Senate vote",
     "revoke": "day the duties were revoked",
    }
    ms = [
     M(K, "Sabtu (5/7/2008)", D, "chamber_vote", "2008-07-05"),
     M(K, "129 suara setuju", N, "ayes", 129, cls="votes"),
     M(K, "122 menolak", N, "noes", 122, cls="votes"),
     M(K, "dua abstain", N, "abst", 2, cls="votes"),
     M(K, "11 Maret 2008", D, "announce", "2008-03-11"),
     M(K, "35 persen", N, "old_rate", 35, cls="pct"),
     M(K, "sekitar 44 persen", N, "new_rate", 44, qual="approx", cls="pct"),
     M(K, "10 Desember 2007", D, "inaug", "2007-12-10"),
     M(K, "Empat organisasi", N, "groups", 4),
     M(K, "72 orang", N, "senators", 72, cls="votes"),
     M(K, "dua pekan", N, "senate_wait", 2, cls="dur"),
     M(K, "tujuh suara", N, "margin", 7, cls="votes"),
     M(K, "April", D, "quit", "2008-04"),

     M(R, "Tuesday", D, "rally", "2008-07-15"),
     M(R, "about 230,000", N, "crowd_farm", 230000, qual="approx", src=POLICE),
     M(R, "more than 300,000 people", N, "crowd_farm", 300000, qual="morethan", src=FARM),
     M(R, "about 95,000 people", N, "crowd_gov", 95000, qual="approx", src=POLICE),
     M(R, "July 5", D, "chamber_vote", "2008-07-05"),
     M(R, "129 votes", N, "ayes", 129, cls="votes"),
     M(R, "122", N, "noes", 122, cls="votes"),
     M(R, "Wednesday", D, "senate_debate", "2008-07-16"),
     M(R, "72-member", N, "senators", 72, cls="votes"),
     M(R, "March 11", D, "announce", "2008-03-11"),
     M(R, "35 percent", N, "old_rate", 35, cls="pct"),
     M(R, "about 44 percent", N, "new_rate", 44, qual="approx", cls="pct"),
     M(R, "four months", N, "protest_months", 4, cls="dur"),

     M(A, "Thursday", D, "senate_vote", "2008-07-17"),
     M(A, "36-36", N, "senate_yes", 36, cls="votes", also={"senate_no": 36}),
     M(A, "July 17", D, "senate_vote", "2008-07-17"),
     M(A, "more than 17 hours", N, "debate_hours", 17, qual="morethan", cls="dur"),
     M(A, "129-112", N, "ayes", 129, cls="votes", also={"noes": 112}, planted=True),
     M(A, "July 5", D, "chamber_vote", "2008-07-05"),
     M(A, "March 11", D, "announce", "2008-03-11"),
     M(A, "35 percent", N, "old_rate", 35, cls="pct"),
     M(A, "around 44 percent", N, "new_rate", 44, qual="approx", cls="pct"),
     M(A, "December", D, "inaug", "2007-12"),

     M(T, "Tiga pekan", N, "weeks_since", 3, cls="dur"),
     M(T, "Kamis (17/7/2008)", D, "senate_vote", "2008-07-17"),
     M(T, "36 lawan 36", N, "senate_yes", 36, cls="votes", also={"senate_no": 36}),
     M(T, "Jumat (18/7/2008)", D, "revoke", "2008-07-18"),
     M(T, "35 persen", N, "old_rate", 35, cls="pct"),
     M(T, "12 Maret 2008", D, "announce", "2008-03-12", planted=True),
     M(T, "sekitar 44 persen", N, "new_rate", 44, qual="approx", cls="pct"),
     M(T, "129 suara", N, "ayes", 129, cls="votes"),
     M(T, "122", N, "noes", 122, cls="votes"),
     M(T, "Sabtu (5/7/2008)", D, "chamber_vote", "2008-07-05"),
     M(T, "sekitar 230.000 orang", N, "crowd_farm", 230000, qual="approx", src=POLICE),
     M(T, "lebih dari 300.000", N, "crowd_farm", 300000, qual="morethan", src=FARM),
    ]
    build("farm-tax-vote-2008", "Argentina's sliding grain export duties (Resolution 125, announced on 11 March 2008, "
          "the soy duty from 35% to about 44%) in two chambers: the lower house's approval on Saturday 5 July 2008 by 129 "
          "votes to 122 with two abstentions, the rival rallies of Tuesday 15 July (the farmers' rally about 230,000 by "
          "the police, more than 300,000 by the farm groups; the government's about 95,000), the Senate's 36-36 tie "
          "broken against the duties by Vice President Julio Cobos early on Thursday 17 July 2008, the duties revoked "
          "on Friday 18 July", False, ms, names)


def lula():
    R, K, T, A = "reuters-oct28", "kompas-oct29", "antara-oct30", "ap-oct31"
    names = {
     "lula_pct": "Lula's share of the runoff's valid votes", "serra_pct": "Serra's share of the runoff's valid votes",
     "lula_votes": "Lula's runoff votes", "serra_votes": "Serra's runoff votes",
     "first_pct": "Lula's first-round share", "age": "Lula's age", "defeats": "Lula's earlier defeats",
     "term": "years of the presidential term", "meeting": "hours of the transition meeting",
     # dates
     "runoff": "day of the runoff", "first_round": "day of the first round", "inaug": "day of the inauguration",
     "loss89": "year of the first defeat", "loss94": "year of the second defeat", "loss98": "year of the third defeat",
     "cardoso": "year Cardoso took office", "pledge": "day of the president-elect's pledge",
     "meeting_day": "day of the transition meeting",
    }
    ms = [
     M(R, "Sunday", D, "runoff", "2002-10-27"),
     M(R, "61.27 percent", N, "lula_pct", 61.27, cls="pct"),
     M(R, "52,793,364 votes", N, "lula_votes", 52793364, cls="votes"),
     M(R, "33,370,739", N, "serra_votes", 33370739, cls="votes"),
     M(R, "38.73 percent", N, "serra_pct", 38.73, cls="pct"),
     M(R, "57", N, "age", 57, cls="age"),
     M(R, "1989", D, "loss89", "1989"),
     M(R, "1994", D, "loss94", "1994"),
     M(R, "1998", D, "loss98", "1998"),
     M(R, "Oct. 6", D, "first_round", "2002-10-06"),
     M(R, "46.44 percent", N, "first_pct", 46.44, cls="pct"),
     M(R, "Jan. 1", D, "inaug", "2003-01-01"),
     M(R, "1995", D, "cardoso", "1995"),

     M(K, "Minggu (27/10/2002)", D, "runoff", "2002-10-27"),
     M(K, "61,27 persen", N, "lula_pct", 61.27, cls="pct"),
     M(K, "52.793.364 suara", N, "lula_votes", 52793364, cls="votes"),
     M(K, "33.370.739 suara", N, "serra_votes", 33370739, cls="votes"),
     M(K, "38,73 persen", N, "serra_pct", 38.73, cls="pct"),
     M(K, "tiga kali", N, "defeats", 3),
     M(K, "1989", D, "loss89", "1989"),
     M(K, "1994", D, "loss94", "1994"),
     M(K, "1998", D, "loss98", "1998"),
     M(K, "6 Oktober 2002", D, "first_round", "2002-10-06"),
     M(K, "46,44 persen", N, "first_pct", 46.44, cls="pct"),
     M(K, "57 tahun", N, "age", 57, cls="age"),
     M(K, "1 Januari 2003", D, "inaug", "2003-01-01"),
     M(K, "1995", D, "cardoso", "1995"),

     M(T, "Selasa (29/10/2002)", D, "pledge", "2002-10-29"),
     M(T, "hari Minggu", D, "runoff", "2002-10-27"),
     M(T, "hampir 53 juta suara", N, "lula_votes", 53000000, qual="nearly", cls="votes"),
     M(T, "61,27 persen", N, "lula_pct", 61.27, cls="pct"),
     M(T, "38,73 persen", N, "serra_pct", 38.73, cls="pct"),
     M(T, "lebih dari 33 juta suara", N, "serra_votes", 33000000, qual="morethan", cls="votes"),
     M(T, "6 Oktober", D, "first_round", "2002-10-06"),
     M(T, "46,44 persen", N, "first_pct", 46.44, cls="pct"),
     M(T, "1989", D, "loss89", "1989"),
     M(T, "1994", D, "loss94", "1994"),
     M(T, "1998", D, "loss98", "1998"),
     M(T, "1 Januari 2003", D, "inaug", "2003-01-01"),
     M(T, "empat tahun", N, "term", 4, cls="dur"),
     M(T, "1995", D, "cardoso", "1995"),

     M(A, "Wednesday", D, "meeting_day", "2002-10-30"),
     M(A, "Sunday's", D, "runoff", "2002-10-27"),
     M(A, "61.27 percent", N, "lula_pct", 61.27, cls="pct"),
     M(A, "almost 52.8 million", N, "lula_votes", 52800000, qual="nearly", cls="votes"),
     M(A, "38.73 percent", N, "serra_pct", 38.73, cls="pct"),
     M(A, "about 33.4 million votes", N, "serra_votes", 33400000, qual="approx", cls="votes"),
     M(A, "1989", D, "loss89", "1989"),
     M(A, "1994", D, "loss94", "1994"),
     M(A, "1998", D, "loss98", "1998"),
     M(A, "Oct. 6", D, "first_round", "2002-10-06"),
     M(A, "46.44 percent", N, "first_pct", 46.44, cls="pct"),
     M(A, "57-year-old", N, "age", 57, cls="age"),
     M(A, "Jan. 1, 2003", D, "inaug", "2003-01-01"),
     M(A, "four-year", N, "term", 4, cls="dur"),
     M(A, "1995", D, "cardoso", "1995"),
     M(A, "about an hour", N, "meeting", 1, qual="approx", cls="dur"),
    ]
    build("lula-runoff-2002", "Brazil's presidential runoff of Sunday 27 October 2002 as the Superior Electoral Court "
          "declared it (control): Luiz Inacio Lula da Silva 61.27% of the valid votes (52,793,364) against Jose Serra's "
          "38.73% (33,370,739); Lula's 46.44% in the first round of 6 October 2002; his defeats of 1989, 1994 and 1998; "
          "the inauguration on 1 January 2003 for a four-year term; Fernando Henrique Cardoso in office since 1995. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    once_crash()
    farm_tax()
    lula()
