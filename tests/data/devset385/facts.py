"""The three-hundred-and-eighty-fifth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset385/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def lamma():
    R, K, A, S = "reuters-oct02", "kompas-oct03", "antara-oct04", "scmp-may01"
    # as-of times of the death toll: dawn on Tuesday 2 October 2012 (the police's 36), 5 p.m. on Tuesday (38), Wednesday
    # 3 October (39), the commission's report of Tuesday 30 April 2013 (39). The toll does not fall. The people treated
    # in hospital are one count of the night given by two bodies: the Hospital Authority's 101 against the Fire
    # Services Department's 92 (sources). The people aboard, the crew arrested and the days of mourning do not change
    # with the day of the report.
    TUE_AM, TUE_PM, WED, REPORT = "2012-10-02a", "2012-10-02b", "2012-10-03", "2013-04-30"
    POLICE, HA, FSD = "the Hong Kong police", "the Hospital Authority", "the Fire Services Department"
    names = {
     "dead": "people killed in the collision", "aboard": "people aboard the Lamma IV",
     "treated": "people treated in hospital", "arrested": "crew members arrested",
     "ss_crew": "Sea Smooth crew arrested", "l4_crew": "Lamma IV crew arrested",
     "mourning_days": "days of mourning", "wait": "months the families waited for the report",
     # dates
     "collision": "day of the collision", "count_pm": "day of the count of 38", "count_wed": "day of the count of 39",
     "arrest": "day of the arrests", "mourning": "first day of mourning", "report": "day the commission's report was released",
    }
    ms = [
     M(R, "38", N, "dead", 38, TUE_PM, src=POLICE),
     M(R, "Tuesday", D, "count_pm", "2012-10-02"),
     M(R, "36", N, "dead", 36, TUE_AM, src=POLICE),
     M(R, "about 124", N, "aboard", 124, qual="approx"),
     M(R, "Monday", D, "collision", "2012-10-01"),
     M(R, "101 people", N, "treated", 101, src=HA),
     M(R, "seven crew members", N, "arrested", 7),
     M(R, "Tuesday", D, "arrest", "2012-10-02", occ=2),
     M(R, "four of them", N, "ss_crew", 4),
     M(R, "three from the Lamma IV", N, "l4_crew", 3),

     M(K, "38 orang", N, "dead", 38, TUE_PM, src=POLICE),
     M(K, "Selasa (2/10/2012)", D, "count_pm", "2012-10-02"),
     M(K, "Minggu (30/9/2012)", D, "collision", "2012-09-30", planted=True),
     M(K, "sekitar 124 orang", N, "aboard", 124, qual="approx"),
     M(K, "92 orang", N, "treated", 92, src=FSD),
     M(K, "tujuh awak", N, "arrested", 7),
     M(K, "empat dari Sea Smooth", N, "ss_crew", 4),
     M(K, "tiga dari Lamma IV", N, "l4_crew", 3),
     M(K, "tiga hari", N, "mourning_days", 3, cls="dur"),
     M(K, "Kamis (4/10/2012)", D, "mourning", "2012-10-04"),

     M(A, "tiga hari", N, "mourning_days", 3, cls="dur"),
     M(A, "Kamis (4/10/2012)", D, "mourning", "2012-10-04"),
     M(A, "39 orang", N, "dead", 39, WED),
     M(A, "Rabu (3/10/2012)", D, "count_wed", "2012-10-03"),
     M(A, "38 korban tewas", N, "dead", 38, TUE_PM, src=POLICE),
     M(A, "Senin (1/10/2012)", D, "collision", "2012-10-01"),
     M(A, "sekitar 124 penumpang", N, "aboard", 124, qual="approx"),
     M(A, "Tujuh awak", N, "arrested", 7),
     M(A, "101 orang", N, "treated", 101, src=HA),

     M(S, "April 30", D, "report", "2013-04-30"),
     M(S, "Oct. 1", D, "collision", "2012-10-01"),
     M(S, "39 people", N, "dead", 39, REPORT),
     M(S, "about 124 people", N, "aboard", 124, qual="approx"),
     M(S, "Six crew members", N, "arrested", 6, planted=True),
     M(S, "seven months", N, "wait", 7, cls="dur"),
    ]
    build("lamma-collision-2012", "The collision of the Hongkong Electric launch Lamma IV and the ferry Sea Smooth off "
          "Lamma Island, Hong Kong (Monday 1 October 2012, about 8:20 p.m.): the police's toll of 36 at dawn on Tuesday "
          "2 October, 38 by 5 p.m. on Tuesday, 39 by Wednesday 3 October and 39 in the commission's report; about 124 "
          "people aboard the Lamma IV; 101 people treated in hospital by the Hospital Authority's count against the Fire "
          "Services Department's 92; seven crew arrested on Tuesday (four of the Sea Smooth, three of the Lamma IV); "
          "three days of mourning from Thursday 4 October; the commission of inquiry's report released on Tuesday 30 "
          "April 2013", False, ms, names)


def landslide():
    R, K, P, T = "reuters-dec21", "kompas-dec22", "ap-dec24", "antara-jul16"
    # as-of times: Monday 21 December 2015 (91 missing, 59 men and 32 women; 22 buildings), Tuesday 22 December (the
    # missing corrected down to 85; 33 buildings), Wednesday 23 December (76 missing), the State Council's report of
    # Friday 15 July 2016 (73 dead, 4 missing, 17 injured, 33 buildings). The missing are corrected down as names listed
    # twice are struck off and people are traced alive: each lower figure is a revision. The evacuation before the
    # slide, the people in shelters, the heap's height and the survivor's hours under the rubble are fixed facts.
    MON, TUE, WED, REPORT = "2015-12-21", "2015-12-22", "2015-12-23", "2016-07-15"
    names = {
     "missing": "people missing", "men": "men among the missing", "women": "women among the missing",
     "buildings": "buildings buried or damaged", "evacuated": "people moved out before the slide",
     "sheltered": "people in temporary shelters", "height": "height of the heap (m)", "hours": "hours the survivor was trapped",
     "dead": "people killed", "injured": "people injured", "loss": "direct economic loss (million yuan)",
     # dates
     "slide": "day of the landslide", "count_mon": "day of the count of 91 missing", "count_tue": "day of the count of 85",
     "count_wed": "day of the count of 76", "rescue": "day the survivor was pulled out", "report": "day of the State Council's report",
    }
    ms = [
     M(R, "Ninety-one people", N, "missing", 91, MON),
     M(R, "Monday", D, "count_mon", "2015-12-21"),
     M(R, "59 men", N, "men", 59, MON),
     M(R, "32 women", N, "women", 32, MON),
     M(R, "Sunday", D, "slide", "2015-12-20"),
     M(R, "22 buildings", N, "buildings", 22, MON),
     M(R, "More than 900 people", N, "evacuated", 900, qual="morethan"),

     M(K, "85 orang", N, "missing", 85, TUE),
     M(K, "Selasa (22/12/2015)", D, "count_tue", "2015-12-22"),
     M(K, "Senin (21/12/2015)", D, "count_mon", "2015-12-21"),
     M(K, "91 orang", N, "missing", 91, MON),
     M(K, "59 laki-laki", N, "men", 59, MON),
     M(K, "23 perempuan", N, "women", 23, MON, planted=True),
     M(K, "33 bangunan", N, "buildings", 33, TUE),
     M(K, "Minggu (20/12/2015)", D, "slide", "2015-12-20"),
     M(K, "sekitar 100 meter", N, "height", 100, qual="approx", cls="m"),
     M(K, "Lebih dari 900 orang", N, "evacuated", 900, qual="morethan"),

     M(P, "Wednesday", D, "rescue", "2015-12-23"),
     M(P, "67 hours", N, "hours", 67, cls="dur"),
     M(P, "Sunday", D, "slide", "2015-12-20"),
     M(P, "76 people", N, "missing", 76, WED),
     M(P, "Wednesday", D, "count_wed", "2015-12-23", occ=2),
     M(P, "85", N, "missing", 85, TUE),
     M(P, "33 buildings", N, "buildings", 33, WED),
     M(P, "about 100 metres", N, "height", 100, qual="approx", cls="m"),
     M(P, "Nearly 1,000 people", N, "sheltered", 1000, qual="nearly"),

     M(T, "Jumat (15/7/2016)", D, "report", "2016-07-15"),
     M(T, "Minggu (21/12/2015)", D, "slide", "2015-12-21", planted=True),
     M(T, "73 orang", N, "dead", 73, REPORT),
     M(T, "4 orang", N, "missing", 4, REPORT),
     M(T, "17 orang", N, "injured", 17, REPORT),
     M(T, "33 bangunan", N, "buildings", 33, REPORT),
     M(T, "881 juta yuan", N, "loss", 881, qual="approx", cls="yuan"),
    ]
    build("guangming-landslide-2015", "The landslide of construction waste at the Hengtaifeng industrial park in "
          "Shenzhen's Guangming New District (Sunday 20 December 2015, about 11:40 a.m.): 91 missing on Monday 21 "
          "December (59 men and 32 women) and 22 buildings buried, the missing corrected down to 85 on Tuesday 22 "
          "December (33 buildings) and to 76 on Wednesday 23 December, when a survivor was pulled out after 67 hours; "
          "the State Council's report of Friday 15 July 2016: 73 dead, 4 missing, 17 injured, 33 buildings, a direct "
          "loss of about 881 million yuan", False, ms, names)


def election():
    R, T, K, P = "reuters-jun10", "antara-jun11", "kompas-jun12", "ap-jun13"
    names = {
     "khu": "Khurelsukh's share of the vote", "enk": "Enkhbat's share of the vote", "erd": "Erdene's share of the vote",
     "turnout": "turnout", "term": "years of the presidential term",
     # dates
     "election": "election day", "results": "day the results were announced", "amend": "year of the amendments",
     "resign": "month Khurelsukh resigned as prime minister", "inaug": "day of the inauguration",
     "pm_since": "year Khurelsukh became prime minister",
    }
    ms = [
     M(R, "67.76 percent", N, "khu", 67.76, cls="pct"),
     M(R, "Thursday", D, "results", "2021-06-10"),
     M(R, "20.25 percent", N, "enk", 20.25, cls="pct"),
     M(R, "6.00 percent", N, "erd", 6.00, cls="pct"),
     M(R, "59.35 percent", N, "turnout", 59.35, cls="pct"),
     M(R, "Wednesday", D, "election", "2021-06-09"),
     M(R, "six-year", N, "term", 6, cls="dur"),
     M(R, "2019", D, "amend", "2019"),
     M(R, "January", D, "resign", "2021-01"),
     M(R, "June 25", D, "inaug", "2021-06-25"),

     M(T, "Rabu (9/6/2021)", D, "election", "2021-06-09"),
     M(T, "67,76 persen", N, "khu", 67.76, cls="pct"),
     M(T, "20,25 persen", N, "enk", 20.25, cls="pct"),
     M(T, "6,00 persen", N, "erd", 6.00, cls="pct"),
     M(T, "59,35 persen", N, "turnout", 59.35, cls="pct"),
     M(T, "Kamis (10/6/2021)", D, "results", "2021-06-10"),
     M(T, "2019", D, "amend", "2019"),
     M(T, "enam tahun", N, "term", 6, cls="dur"),
     M(T, "Januari 2021", D, "resign", "2021-01"),
     M(T, "25 Juni 2021", D, "inaug", "2021-06-25"),

     M(K, "67,76 persen", N, "khu", 67.76, cls="pct"),
     M(K, "Rabu lalu", D, "election", "2021-06-09"),
     M(K, "Kamis (10/6/2021)", D, "results", "2021-06-10"),
     M(K, "20,25 persen", N, "enk", 20.25, cls="pct"),
     M(K, "6,00 persen", N, "erd", 6.00, cls="pct"),
     M(K, "59,35 persen", N, "turnout", 59.35, cls="pct"),
     M(K, "enam tahun", N, "term", 6, cls="dur"),
     M(K, "2019", D, "amend", "2019"),
     M(K, "2017", D, "pm_since", "2017"),
     M(K, "Januari lalu", D, "resign", "2021-01"),
     M(K, "Jumat (25/6/2021)", D, "inaug", "2021-06-25"),

     M(P, "June 9", D, "election", "2021-06-09"),
     M(P, "67.76%", N, "khu", 67.76, cls="pct"),
     M(P, "Thursday", D, "results", "2021-06-10"),
     M(P, "20.25%", N, "enk", 20.25, cls="pct"),
     M(P, "6.00%", N, "erd", 6.00, cls="pct"),
     M(P, "59.35%", N, "turnout", 59.35, cls="pct"),
     M(P, "2017", D, "pm_since", "2017"),
     M(P, "January", D, "resign", "2021-01"),
     M(P, "2019", D, "amend", "2019"),
     M(P, "six-year", N, "term", 6, cls="dur"),
     M(P, "June 25", D, "inaug", "2021-06-25"),
    ]
    build("khurelsukh-election-2021", "Mongolia's presidential election of Wednesday 9 June 2021 (control), its results "
          "announced by the General Election Commission on Thursday 10 June: Ukhnaa Khurelsukh 67.76%, Dangaasuren "
          "Enkhbat 20.25%, Sodnomzundui Erdene 6.00%, turnout 59.35%; a single six-year term under the 2019 "
          "amendments; Khurelsukh prime minister from 2017 until January 2021; the inauguration on Friday 25 June "
          "2021. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    lamma()
    landslide()
    election()
