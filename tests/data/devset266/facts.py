"""The two-hundred-and-sixty-sixth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset266/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def jolo():
    R, T, K, A = "reuters-jan27", "detik-jan29", "kompas-feb2", "ap-feb20"
    # as-of times of the running tallies: Sunday 27 January 2019 (the officials' first count, at least 27 dead and 77
    # wounded), Monday 28 January (the military's count, revised down to 20 for bodies counted twice; 81 wounded by
    # the afternoon), Friday 1 February (22 dead, two of the wounded having died; at least 100 wounded), 20 February
    # (23 dead, 102 wounded). The dead and the wounded do not fall: the 27 -> 20 is a revision. The first toll recalled
    # later ("had first been put at 27", "lowered it to 20") carries its own as-of time. The referendum results, the
    # votes' days and the attack's day do not change with the day of the report.
    SUN, MON, FRI, FEB20 = "2019-01-27", "2019-01-28", "2019-02-01", "2019-02-20"
    names = {
     "dead": "people killed in the cathedral bombings", "injured": "people wounded in the cathedral bombings",
     "died_later": "wounded who died later", "civ": "civilians among the 20 dead", "troops": "soldiers among the 20 dead",
     "coast": "coast guard members among the 20 dead", "km": "distance from Jolo to Zamboanga (km)",
     "yes": "votes for the autonomy law", "no": "votes against the autonomy law",
     "mosque_dead": "people killed in the mosque grenade attack", "mosque_inj": "people wounded in the mosque attack",
     "surrendered": "suspects who surrendered", "villages": "villages added in the second round",
     "checkpoints": "checkpoints at the cathedral",
     # dates
     "attack": "day of the cathedral bombings", "vote1": "day of the first round of the referendum",
     "declared": "day the election commission declared the result", "vote2": "day of the second round",
     "revised": "day the toll was revised down", "visit": "day of the president's visit",
     "asof_mon": "day of the count of 81 wounded", "ano": "day the interior secretary named the suspects",
     "asof_fri": "day of the count of 22 dead", "mosque": "day of the mosque grenade attack",
     "mass": "day of the Mass outside the cathedral", "surrender": "day five suspects surrendered",
    }
    ms = [
     M(R, "Sunday", D, "attack", "2019-01-27"),
     M(R, "at least 27 people", N, "dead", 27, SUN, qual="atleast"),
     M(R, "77", N, "injured", 77, SUN),
     M(R, "about 150 km", N, "km", 150, qual="approx", cls="km"),
     M(R, "Monday, Jan. 21", D, "vote1", "2019-01-21"),
     M(R, "Friday", D, "declared", "2019-01-25"),
     M(R, "1,540,017 votes", N, "yes", 1540017, cls="votes"),
     M(R, "198,750 opposed", N, "no", 198750, cls="votes"),
     M(R, "Feb. 6", D, "vote2", "2019-02-06"),

     M(T, "20 orang", N, "dead", 20, MON),
     M(T, "Senin (28/1/2019)", D, "revised", "2019-01-28"),
     M(T, "sedikitnya 27 orang", N, "dead", 27, SUN, qual="atleast"),
     M(T, "14 warga sipil", N, "civ", 14),
     M(T, "lima tentara", N, "troops", 5),
     M(T, "satu anggota", N, "coast", 1),
     M(T, "81 orang", N, "injured", 81, MON),
     M(T, "Senin sore", D, "asof_mon", "2019-01-28"),
     M(T, "Minggu (27/1/2019)", D, "attack", "2019-01-27"),
     M(T, "pada Senin", D, "visit", "2019-01-28", occ=2),
     M(T, "Senin (21/1/2019)", D, "vote1", "2019-01-21"),

     M(K, "Jumat (1/2/2019)", D, "ano", "2019-02-01"),
     M(K, "Hingga Jumat", D, "asof_fri", "2019-02-01"),
     M(K, "Minggu (27/1/2019)", D, "attack", "2019-01-27"),
     M(K, "22 orang", N, "dead", 22, FRI),
     M(K, "dua korban", N, "died_later", 2, FRI),
     M(K, "Sedikitnya 100 orang", N, "injured", 100, FRI, qual="atleast"),
     M(K, "Rabu (30/1/2019)", D, "mosque", "2019-01-30"),
     M(K, "dua orang", N, "mosque_dead", 2),
     M(K, "empat lainnya", N, "mosque_inj", 4),
     M(K, "1.450.017 suara", N, "yes", 1450017, cls="votes", planted=True),
     M(K, "198.750 suara", N, "no", 198750, cls="votes"),
     M(K, "Rabu (6/2/2019)", D, "vote2", "2019-02-06"),

     M(A, "Wednesday", D, "mass", "2019-02-20"),
     M(A, "23 people", N, "dead", 23, FEB20),
     M(A, "102 others", N, "injured", 102, FEB20),
     M(A, "Jan. 27", D, "attack", "2019-01-27"),
     M(A, "27", N, "dead", 27, SUN, occ=2),
     M(A, "20", N, "dead", 20, MON),
     M(A, "three more victims", N, "died_later", 3, FEB20),
     M(A, "Feb. 4", D, "surrender", "2019-02-04"),
     M(A, "five suspected militants", N, "surrendered", 5),
     M(A, "Jan. 21", D, "vote1", "2019-01-21"),
     M(A, "Feb. 6", D, "vote2", "2019-02-06"),
     M(A, "63 villages", N, "villages", 63),
     M(A, "more than 1.5 million voters", N, "yes", 1500000, qual="morethan", cls="votes"),
     M(A, "two checkpoints", N, "checkpoints", 2),
    ]
    build("jolo-cathedral-2019", "The twin bombings of the Cathedral of Our Lady of Mount Carmel in Jolo, Sulu (Sunday "
          "27 January 2019): the officials' first toll of at least 27 dead and 77 wounded revised down by the military "
          "on Monday 28 January to 20 (bodies counted twice), 81 wounded; 22 dead and at least 100 wounded on Friday 1 "
          "February, 23 dead and 102 wounded by 20 February; the autonomy referendum's first round (Monday 21 January, "
          "1,540,017 yes, 198,750 no, declared Friday 25 January) and second round (Wednesday 6 February); a grenade at "
          "a Zamboanga mosque (Wednesday 30 January); five suspects surrendering on 4 February", False, ms, names)


def maguindanao():
    A, K, T, R = "ap-nov24", "kompas-nov26", "detik-dec6", "reuters-dec18"
    # as-of times of the running tallies: Tuesday 24 November 2009 (46 bodies, at least 12 journalists), Wednesday 25
    # November night (57), Thursday 26 November (at least 27 journalists), 5-6 December (57 dead; the press groups'
    # counts of journalists: the CPJ's 30 against the NUJP's 32, sources; at least 24 detained and more than 300
    # firearms by Saturday night), 18 December (57 dead, 62 detained, more than 1,000 firearms). The attack (Monday
    # 23 November), the state of emergency (Tuesday 24 November), the surrender (Thursday 26 November), the filing
    # (Friday 27 November), military rule (Friday 4 December) and its end (Saturday 12 December), the joint session
    # (Wednesday 9 December) are different events.
    TUE, WED, THU, DEC5, DEC6, DEC18 = "2009-11-24", "2009-11-25", "2009-11-26", "2009-12-05", "2009-12-06", "2009-12-18"
    CPJ, NUJP = "the Committee to Protect Journalists", "the National Union of Journalists of the Philippines"
    names = {
     "dead": "people killed in the massacre", "journalists": "journalists killed",
     "gunmen": "armed men who stopped the convoy", "extra_wed": "bodies dug up on Wednesday",
     "detained": "people detained in the crackdown", "firearms": "firearms seized",
     "gov_years": "years the patriarch governed", "rule_days": "days of military rule", "hours": "hours for Congress to meet",
     # dates
     "asof_tue": "day the 46 bodies were counted", "attack": "day of the massacre", "since": "year the patriarch took office",
     "emergency": "day the state of emergency was declared", "search_wed": "day the search went on",
     "asof_wed": "day of the count of 57", "surrender": "day Andal Ampatuan Jr surrendered",
     "expelled": "day the ruling party expelled the Ampatuans", "rule": "day military rule was declared",
     "y1972": "the last time military rule was imposed", "arrest_sr": "day the patriarch was arrested",
     "asof_sat": "day of the count of 24 detained", "charges": "day prosecutors pressed the charges",
     "lifted": "day military rule was lifted", "session": "day Congress's joint session began",
     "filing": "day the candidacy papers were filed",
    }
    ms = [
     M(A, "46 people", N, "dead", 46, TUE),
     M(A, "Tuesday", D, "asof_tue", "2009-11-24"),
     M(A, "Monday", D, "attack", "2009-11-23"),
     M(A, "at least 12 journalists", N, "journalists", 12, TUE, qual="atleast"),
     M(A, "about 100 armed men", N, "gunmen", 100, qual="approx"),
     M(A, "2001", D, "since", "2001"),
     M(A, "Tuesday", D, "emergency", "2009-11-24", occ=2),
     M(A, "Wednesday", D, "search_wed", "2009-11-25"),

     M(K, "57 orang", N, "dead", 57, WED),
     M(K, "Rabu (25/11/2009)", D, "asof_wed", "2009-11-25"),
     M(K, "11 jenazah", N, "extra_wed", 11),
     M(K, "46 jenazah", N, "dead", 46, TUE),
     M(K, "pada Selasa", D, "asof_tue", "2009-11-24"),
     M(K, "sekitar 100 pria bersenjata", N, "gunmen", 100, qual="approx"),
     M(K, "Minggu (22/11/2009)", D, "attack", "2009-11-22", planted=True),
     M(K, "Sedikitnya 27 korban", N, "journalists", 27, THU, qual="atleast"),
     M(K, "Kamis (26/11/2009)", D, "surrender", "2009-11-26"),
     M(K, "Selasa (24/11/2009)", D, "emergency", "2009-11-24"),
     M(K, "pada Rabu", D, "expelled", "2009-11-25"),

     M(T, "Jumat (4/12/2009)", D, "rule", "2009-12-04"),
     M(T, "tahun 1972", D, "y1972", "1972"),
     M(T, "Sabtu (5/12/2009)", D, "arrest_sr", "2009-12-05"),
     M(T, "delapan tahun", N, "gov_years", 8, cls="years"),
     M(T, "Sedikitnya 24 orang", N, "detained", 24, DEC5, qual="atleast"),
     M(T, "Sabtu malam", D, "asof_sat", "2009-12-05"),
     M(T, "lebih dari 300 senjata api", N, "firearms", 300, DEC5, qual="morethan"),
     M(T, "Senin (23/11/2009)", D, "attack", "2009-11-23"),
     M(T, "57 orang", N, "dead", 57, DEC6),
     M(T, "57 korban", N, "dead", 57, DEC6),
     M(T, "30 orang", N, "journalists", 30, DEC6, src=CPJ),
     M(T, "32 wartawan", N, "journalists", 32, DEC6, src=NUJP),
     M(T, "48 jam", N, "hours", 48, cls="hours"),

     M(R, "Friday", D, "charges", "2009-12-18"),
     M(R, "57 people", N, "dead", 57, DEC18),
     M(R, "Nov. 23", D, "attack", "2009-11-23"),
     M(R, "Saturday, Dec. 12", D, "lifted", "2009-12-12"),
     M(R, "eight days", N, "rule_days", 8, cls="days"),
     M(R, "Wednesday, Dec. 9", D, "session", "2009-12-09"),
     M(R, "Nov. 25", D, "emergency", "2009-11-25", planted=True),
     M(R, "62 people", N, "detained", 62, DEC18),
     M(R, "more than 1,000 firearms", N, "firearms", 1000, DEC18, qual="morethan"),
     M(R, "30", N, "journalists", 30, DEC18, src=CPJ),
     M(R, "32", N, "journalists", 32, DEC18, src=NUJP),
     M(R, "Nov. 27", D, "filing", "2009-11-27"),
    ]
    build("maguindanao-massacre-2009", "The massacre of a convoy in Ampatuan town, Maguindanao (Monday 23 November 2009): "
          "46 bodies by Tuesday 24 November, 57 by Wednesday night, 57 thereafter with one journalist missing; at least "
          "12 then at least 27 journalists, the CPJ's 30 against the NUJP's 32; the state of emergency (Tuesday 24 "
          "November), Andal Ampatuan Jr's surrender (Thursday 26 November), the filing (Friday 27 November), military "
          "rule declared (Friday 4 December) and lifted (Saturday 12 December) with Congress's joint session from "
          "Wednesday 9 December; the patriarch's arrest (Saturday 5 December); detained at least 24 then 62, firearms "
          "more than 300 then more than 1,000", False, ms, names)


def budget():
    R, N_, P, K = "reuters-dec30", "antara-dec31", "philstar-jan2", "kompas-jan3"
    names = {
     "total": "the 2025 budget", "usd": "the 2025 budget in dollars", "veto": "items vetoed",
     "dpwh": "public works items vetoed", "unprog": "unprogrammed appropriations vetoed", "growth": "budget growth (%)",
     "prev": "the 2024 budget", "nep": "the executive's original proposal",
     # dates
     "signed": "day the budget was signed", "ratified": "day Congress ratified the final version",
     "planned": "day first set for the signing", "effect": "day the budget took effect", "polls": "day of the midterm polls",
     "byear": "the budget's year", "pyear": "the previous budget's year",
    }
    PHP = "php"
    ms = [
     M(R, "Monday", D, "signed", "2024-12-30"),
     M(R, "6.326 trillion peso", N, "total", 6326, cls=PHP),
     M(R, "$109 billion", N, "usd", 109, cls="usd"),
     M(R, "2025", D, "byear", "2025"),
     M(R, "more than 194 billion pesos", N, "veto", 194, qual="morethan", cls=PHP),
     M(R, "26.065 billion pesos", N, "dpwh", 26.065, cls=PHP),
     M(R, "168.24 billion pesos", N, "unprog", 168.24, cls=PHP),
     M(R, "9.7%", N, "growth", 9.7, cls="pct"),
     M(R, "5.768 trillion pesos", N, "prev", 5768, cls=PHP),
     M(R, "Dec. 11", D, "ratified", "2024-12-11"),
     M(R, "Dec. 20", D, "planned", "2024-12-20"),
     M(R, "6.352 trillion pesos", N, "nep", 6352, cls=PHP),
     M(R, "Jan. 1", D, "effect", "2025-01-01"),
     M(R, "May 12", D, "polls", "2025-05-12"),

     M(N_, "tahun 2025", D, "byear", "2025"),
     M(N_, "P6,326 triliun", N, "total", 6326, cls=PHP),
     M(N_, "Senin (30/12/2024)", D, "signed", "2024-12-30"),
     M(N_, "lebih dari P194 miliar", N, "veto", 194, qual="morethan", cls=PHP),
     M(N_, "P26,065 miliar", N, "dpwh", 26.065, cls=PHP),
     M(N_, "P168,24 miliar", N, "unprog", 168.24, cls=PHP),
     M(N_, "9,7 persen", N, "growth", 9.7, cls="pct"),
     M(N_, "P5,768 triliun", N, "prev", 5768, cls=PHP),
     M(N_, "P6,352 triliun", N, "nep", 6352, cls=PHP),
     M(N_, "Rabu (11/12/2024)", D, "ratified", "2024-12-11"),
     M(N_, "20 Desember 2024", D, "planned", "2024-12-20"),
     M(N_, "1 Januari 2025", D, "effect", "2025-01-01"),
     M(N_, "12 Mei 2025", D, "polls", "2025-05-12"),

     M(P, "P6.326-trillion", N, "total", 6326, cls=PHP),
     M(P, "2025", D, "byear", "2025"),
     M(P, "Jan. 1", D, "effect", "2025-01-01"),
     M(P, "Monday, Dec. 30", D, "signed", "2024-12-30"),
     M(P, "over P194 billion", N, "veto", 194, qual="morethan", cls=PHP),
     M(P, "P168.24 billion", N, "unprog", 168.24, cls=PHP),
     M(P, "P26.065 billion", N, "dpwh", 26.065, cls=PHP),
     M(P, "9.7 percent", N, "growth", 9.7, cls="pct"),
     M(P, "P5.768-trillion", N, "prev", 5768, cls=PHP),
     M(P, "2024", D, "pyear", "2024"),
     M(P, "P6.352-trillion", N, "nep", 6352, cls=PHP),
     M(P, "Dec. 11", D, "ratified", "2024-12-11"),
     M(P, "Dec. 20", D, "planned", "2024-12-20"),
     M(P, "May 12", D, "polls", "2025-05-12"),

     M(K, "tahun 2025", D, "byear", "2025"),
     M(K, "P6,326 triliun", N, "total", 6326, cls=PHP),
     M(K, "Rabu (1/1/2025)", D, "effect", "2025-01-01"),
     M(K, "Senin (30/12/2024)", D, "signed", "2024-12-30"),
     M(K, "lebih dari P194 miliar", N, "veto", 194, qual="morethan", cls=PHP),
     M(K, "P168,24 miliar", N, "unprog", 168.24, cls=PHP),
     M(K, "P26,065 miliar", N, "dpwh", 26.065, cls=PHP),
     M(K, "9,7 persen", N, "growth", 9.7, cls="pct"),
     M(K, "2024", D, "pyear", "2024", occ=2),
     M(K, "P5,768 triliun", N, "prev", 5768, cls=PHP),
     M(K, "P6,352 triliun", N, "nep", 6352, cls=PHP),
     M(K, "11 Desember 2024", D, "ratified", "2024-12-11"),
     M(K, "20 Desember 2024", D, "planned", "2024-12-20"),
     M(K, "12 Mei 2025", D, "polls", "2025-05-12"),
    ]
    build("ph-budget-2025", "The Philippines' 2025 budget (control), signed by President Ferdinand Marcos on Monday "
          "30 December 2024: 6.326 trillion pesos, more than 194 billion pesos vetoed (26.065 billion of public works "
          "items, 168.24 billion of unprogrammed appropriations), 9.7% above 2024's 5.768 trillion, below the "
          "executive's 6.352 trillion proposal; ratified by Congress on 11 December, the signing first set for 20 "
          "December, in effect from 1 January 2025, the midterm polls on 12 May 2025. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    jolo()
    maguindanao()
    budget()
