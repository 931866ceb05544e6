"""The three-hundred-and-fifteenth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset315/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def dapchi():
    T, R, K, A = "tempo-feb23", "reuters-feb27", "kompas-mar22", "ap-mar26"
    # as-of times of the running tallies: the girls abducted, as counted by the Yobe police on Friday 23 February
    # 2018 (111) and by the federal government on Monday 26 February (110, one lower: a revision); the girls
    # returned, first 101 on the day of the release (Wednesday 21 March) and 104 after the count of Thursday 22 March.
    # The five girls who died, the Chibok girls (276, April 2014) and the insurgency's toll are no running tallies
    # here. Dates: the raid (Monday 19 February), the state government's false rescue claim (Wednesday 21 February),
    # its retraction (Thursday 22 February), the police count (Friday 23 February), the federal count (Monday 26
    # February), the release (Wednesday 21 March), the recount (Thursday 22 March), the meeting with the president
    # (Friday 23 March) are different events.
    FEB23, FEB26, MAR21, MAR22 = "2018-02-23", "2018-02-26", "2018-03-21", "2018-03-22"
    names = {
     "abducted": "schoolgirls abducted from Dapchi", "returned": "Dapchi girls returned",
     "died": "Dapchi girls who died in captivity", "chibok": "girls abducted at Chibok",
     "bh_dead": "people killed in the Boko Haram insurgency",
     "raid_release": "weeks from the raid to the release", "claim_release": "weeks from the false claim to the release", "bh_displaced": "people displaced by the insurgency",
     # dates
     "raid": "day of the raid on the school", "claim": "day of the false rescue claim",
     "retract": "day the rescue claim was withdrawn", "police_day": "day of the police count",
     "fed_day": "day of the federal government's count", "release": "day the girls were released",
     "recount": "day of the count of returned girls", "meeting": "day the girls met the president",
     "chibok_day": "month of the Chibok abduction", "bh_start": "year the insurgency began",
    }
    ms = [
     M(T, "111 siswi", N, "abducted", 111, FEB23),
     M(T, "Senin malam (19/2/2018)", D, "raid", "2018-02-19"),
     M(T, "Jumat (23/2/2018)", D, "police_day", "2018-02-23"),
     M(T, "Rabu (21/2/2018)", D, "claim", "2018-02-21"),
     M(T, "Kamis (22/2/2018)", D, "retract", "2018-02-22"),
     M(T, "276 siswi", N, "chibok", 276),
     M(T, "April 2014", D, "chibok_day", "2014-04"),

     M(R, "on Monday", D, "fed_day", "2018-02-26"),
     M(R, "110 schoolgirls", N, "abducted", 110, FEB26),
     M(R, "Feb. 19", D, "raid", "2018-02-19"),
     M(R, "111", N, "abducted", 111, FEB23),
     M(R, "on Friday", D, "police_day", "2018-02-23"),
     M(R, "on Wednesday", D, "claim", "2018-02-21"),
     M(R, "276 girls", N, "chibok", 276),
     M(R, "April 2014", D, "chibok_day", "2014-04"),
     M(R, "more than 20,000 people", N, "bh_dead", 20000, qual="morethan"),
     M(R, "2009", D, "bh_start", "2009"),
     M(R, "more than 2 million", N, "bh_displaced", 2000000, qual="morethan"),

     M(K, "104 siswi", N, "returned", 104, MAR22),
     M(K, "Rabu (21/3/2018)", D, "release", "2018-03-21"),
     M(K, "101 siswi", N, "returned", 101, MAR21),
     M(K, "Kamis (22/3/2018)", D, "recount", "2018-03-22"),
     M(K, "Selasa (20/2/2018)", D, "raid", "2018-02-20", planted=True),
     M(K, "lebih dari empat pekan", N, "raid_release", 4, qual="morethan", cls="dur"),
     M(K, "lima teman mereka", N, "died", 5),
     M(K, "110 siswi", N, "abducted", 110, MAR22),
     M(K, "104", N, "returned", 104, MAR22, occ=2),
     M(K, "lima meninggal", N, "died", 5),
     M(K, "276 siswi", N, "chibok", 276),
     M(K, "April 2014", D, "chibok_day", "2014-04"),

     M(A, "More than 100 schoolgirls", N, "returned", 100, MAR22, qual="morethan"),
     M(A, "on Friday", D, "meeting", "2018-03-23"),
     M(A, "104 girls", N, "returned", 104, MAR22),
     M(A, "March 21", D, "release", "2018-03-21"),
     M(A, "Feb. 19", D, "raid", "2018-02-19"),
     M(A, "276 girls", N, "chibok", 276),
     M(A, "2014", D, "chibok_day", "2014"),
     M(A, "five of the girls", N, "died", 5),
     M(A, "Feb. 21", D, "claim", "2018-02-21"),
     M(A, "four weeks", N, "claim_release", 4, cls="dur"),
     M(A, "110", N, "abducted", 110, FEB26),
     M(A, "Feb. 26", D, "fed_day", "2018-02-26"),
     M(A, "111", N, "abducted", 111, FEB23),
     M(A, "Feb. 23", D, "police_day", "2018-02-23"),
     M(A, "more than 20,000 people", N, "bh_dead", 20000, qual="morethan"),
     M(A, "2009", D, "bh_start", "2009"),
    ]
    build("dapchi-abduction-2018", "The abduction of schoolgirls from their boarding school in Dapchi, Yobe state, "
          "Nigeria (Monday 19 February 2018): the state government's false rescue claim (Wednesday 21 February) "
          "withdrawn the next day; the police's 111 missing (Friday 23 February) revised down to the federal "
          "government's 110 (Monday 26 February); the release on Wednesday 21 March 2018 (101 first counted, then 104 "
          "returned), five girls dead, one still held; the Chibok abduction of April 2014 (276 girls) as another event",
          False, ms, names)


def mokwa():
    R, T, A, K = "reuters-may30", "detik-may31", "ap-jun01", "kompas-jun23"
    # as-of times of the running tallies: the Niger State emergency agency's (NSEMA) dead 21 on Thursday 29 May 2025,
    # 115 on Friday 30 May, 151 on Saturday 31 May (with 3,018 displaced and 265 houses destroyed); the local
    # council's "more than 200" dead and about 500 missing on Sunday 1 June (another source than the state agency);
    # the recap of 23 June. The missing may fall as people are found. Dates: the rain from Wednesday 28 May, the flood
    # before dawn on Thursday 29 May, the count days.
    NSEMA, LOCAL = "the Niger State emergency agency", "the Mokwa local government"
    THU, FRI, SAT, SUN, JUN23 = "2025-05-29", "2025-05-30", "2025-05-31", "2025-06-01", "2025-06-23"
    names = {
     "dead": "people killed by the Mokwa flood", "displaced": "people displaced by the Mokwa flood",
     "houses": "houses destroyed by the Mokwa flood", "missing": "people missing after the Mokwa flood",
     "bridges": "bridges washed away", "dead2024": "people killed by Nigeria's 2024 floods",
     "displaced2024": "people displaced by Nigeria's 2024 floods",
     # dates
     "flood": "day of the flood", "rain": "day the rain began", "asof_thu": "day of the first count",
     "asof_fri": "day of the Friday count", "asof_sat": "day of the Saturday count",
     "asof_sun": "day of the local council's count", "y2024": "year of the earlier floods",
    }
    ms = [
     M(R, "115", N, "dead", 115, FRI, src=NSEMA),
     M(R, "Friday", D, "asof_fri", "2025-05-30"),
     M(R, "21", N, "dead", 21, THU, src=NSEMA),
     M(R, "Thursday", D, "asof_thu", "2025-05-29"),
     M(R, "Wednesday", D, "rain", "2025-05-28"),
     M(R, "Thursday", D, "flood", "2025-05-29", occ=2),
     M(R, "more than 1,200 people", N, "dead2024", 1200, qual="morethan"),
     M(R, "more than 1.2 million", N, "displaced2024", 1200000, qual="morethan"),

     M(T, "151 orang", N, "dead", 151, SAT, src=NSEMA),
     M(T, "Sabtu (31/5/2025)", D, "asof_sat", "2025-05-31"),
     M(T, "115 korban", N, "dead", 115, FRI, src=NSEMA),
     M(T, "Jumat (30/5/2025)", D, "asof_fri", "2025-05-30"),
     M(T, "3.018 orang", N, "displaced", 3018, SAT),
     M(T, "265 rumah", N, "houses", 265, SAT),
     M(T, "Kamis (29/5/2025)", D, "flood", "2025-05-29"),
     M(T, "Dua jembatan", N, "bridges", 2),
     M(T, "Tahun lalu", D, "y2024", "2024"),
     M(T, "lebih dari 1.200 orang", N, "dead2024", 1200, qual="morethan"),
     M(T, "lebih dari 1,2 juta orang", N, "displaced2024", 1200000, qual="morethan"),

     M(A, "More than 200 people", N, "dead", 200, SUN, qual="morethan", src=LOCAL),
     M(A, "Sunday", D, "asof_sun", "2025-06-01"),
     M(A, "about 500 people", N, "missing", 500, SUN, qual="approx", fall=True),
     M(A, "151 dead", N, "dead", 151, SAT, src=NSEMA),
     M(A, "Saturday", D, "asof_sat", "2025-05-31"),
     M(A, "3,018 people", N, "displaced", 3018, SAT),
     M(A, "117", N, "dead", 117, FRI, src=NSEMA, planted=True),
     M(A, "Friday", D, "asof_fri", "2025-05-30"),
     M(A, "21", N, "dead", 21, THU, src=NSEMA),
     M(A, "Thursday", D, "flood", "2025-05-29"),
     M(A, "two bridges", N, "bridges", 2),
     M(A, "more than 1,200 people", N, "dead2024", 1200, qual="morethan"),
     M(A, "last year", D, "y2024", "2024"),

     M(K, "Kamis (29/5/2025)", D, "flood", "2025-05-29"),
     M(K, "lebih dari 200 orang", N, "dead", 200, JUN23, qual="morethan", src=LOCAL),
     M(K, "3.018 warga", N, "displaced", 3018, SAT),
     M(K, "256 rumah", N, "houses", 256, SAT, planted=True),
     M(K, "Minggu (1/6/2025)", D, "asof_sun", "2025-06-01"),
     M(K, "sekitar 500 warga", N, "missing", 500, SUN, qual="approx", fall=True),
     M(K, "dua jembatan", N, "bridges", 2),
     M(K, "2024", D, "y2024", "2024"),
     M(K, "lebih dari 1.200 orang", N, "dead2024", 1200, qual="morethan"),
    ]
    build("mokwa-flood-2025", "The flood in Mokwa, Niger State, central Nigeria (before dawn on Thursday 29 May 2025, "
          "after rain from Wednesday night): the Niger State emergency agency's toll rising 21 (Thursday) -> 115 "
          "(Friday 30 May) -> 151 (Saturday 31 May), with 3,018 displaced and 265 houses destroyed; the local "
          "government's 'more than 200' dead and about 500 missing on Sunday 1 June (another source); two bridges "
          "washed away; Nigeria's 2024 floods (more than 1,200 dead, more than 1.2 million displaced)",
          False, ms, names)


def chad():
    R, T, K, A = "reuters-may09", "tempo-may10", "kompas-may11", "ap-may12"
    # one announcement: the election agency ANGE's provisional results of Thursday 9 May 2024 for the vote of Monday
    # 6 May. Shares and turnout do not change with the day of the report.
    names = {
     "deby": "Deby's share of the vote", "masra": "Masra's share of the vote",
     "pahimi": "Pahimi Padacke's share of the vote", "turnout": "turnout", "candidates": "candidates",
     "registered": "registered voters", "rule": "years the elder Deby ruled",
     # dates
     "vote": "election day", "announce": "day the provisional results were announced",
     "scheduled": "day the results had been scheduled for", "seized": "month Deby took power",
     "masra_pm": "month Masra became prime minister",
    }
    ms = [
     M(R, "Monday", D, "vote", "2024-05-06"),
     M(R, "61.03%", N, "deby", 61.03, cls="pct"),
     M(R, "Thursday", D, "announce", "2024-05-09"),
     M(R, "18.53%", N, "masra", 18.53, cls="pct"),
     M(R, "16.91%", N, "pahimi", 16.91, cls="pct"),
     M(R, "75.89%", N, "turnout", 75.89, cls="pct"),
     M(R, "May 21", D, "scheduled", "2024-05-21"),
     M(R, "Ten candidates", N, "candidates", 10),
     M(R, "more than 8 million people", N, "registered", 8000000, qual="morethan"),
     M(R, "April 2021", D, "seized", "2021-04"),
     M(R, "three decades", N, "rule", 30, cls="dur"),

     M(T, "61,03 persen", N, "deby", 61.03, cls="pct"),
     M(T, "Kamis (9/5/2024)", D, "announce", "2024-05-09"),
     M(T, "Senin (6/5/2024)", D, "vote", "2024-05-06"),
     M(T, "18,53 persen", N, "masra", 18.53, cls="pct"),
     M(T, "16,91 persen", N, "pahimi", 16.91, cls="pct"),
     M(T, "75,89 persen", N, "turnout", 75.89, cls="pct"),
     M(T, "21 Mei 2024", D, "scheduled", "2024-05-21"),
     M(T, "Sepuluh kandidat", N, "candidates", 10),
     M(T, "lebih dari 8 juta pemilih", N, "registered", 8000000, qual="morethan"),
     M(T, "April 2021", D, "seized", "2021-04"),

     M(K, "61,03 persen", N, "deby", 61.03, cls="pct"),
     M(K, "Kamis (9/5/2024)", D, "announce", "2024-05-09"),
     M(K, "18,53 persen", N, "masra", 18.53, cls="pct"),
     M(K, "16,91 persen", N, "pahimi", 16.91, cls="pct"),
     M(K, "75,89 persen", N, "turnout", 75.89, cls="pct"),
     M(K, "Senin (6/5/2024)", D, "vote", "2024-05-06"),
     M(K, "sepuluh calon presiden", N, "candidates", 10),
     M(K, "21 Mei 2024", D, "scheduled", "2024-05-21"),
     M(K, "Januari 2024", D, "masra_pm", "2024-01"),
     M(K, "April 2021", D, "seized", "2021-04"),
     M(K, "Lebih dari 8 juta warga", N, "registered", 8000000, qual="morethan"),

     M(A, "May 6", D, "vote", "2024-05-06"),
     M(A, "61.03%", N, "deby", 61.03, cls="pct"),
     M(A, "Thursday", D, "announce", "2024-05-09"),
     M(A, "18.53%", N, "masra", 18.53, cls="pct"),
     M(A, "16.91%", N, "pahimi", 16.91, cls="pct"),
     M(A, "75.89%", N, "turnout", 75.89, cls="pct"),
     M(A, "May 21", D, "scheduled", "2024-05-21"),
     M(A, "April 2021", D, "seized", "2021-04"),
     M(A, "three decades", N, "rule", 30, cls="dur"),
     M(A, "January 2024", D, "masra_pm", "2024-01"),
     M(A, "Ten candidates", N, "candidates", 10),
     M(A, "more than 8 million people", N, "registered", 8000000, qual="morethan"),
    ]
    build("chad-election-2024", "The provisional results of Chad's presidential election (control), announced by the "
          "election agency ANGE on Thursday 9 May 2024 for the vote of Monday 6 May: Mahamat Idriss Deby 61.03%, "
          "Succes Masra 18.53%, Albert Pahimi Padacke 16.91%, turnout 75.89%, ten candidates, more than 8 million "
          "registered voters; the results had been scheduled for 21 May. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    dapchi()
    mokwa()
    chad()
