"""The tenth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md) with
tests/benchmarks/factlabels.py: same fact -> agree / compatible / update / revision / conflict / sources; different
facts of one unit class, and every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset10/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def ferry():
    A, R, K, J = "antara-jun19", "reuters-jun21", "kompas-jul04", "jakartapost-dec12"
    FINAL = "final"
    names = {
     "missing": "people missing", "dead": "people dead", "rescued": "people rescued alive",
     "capacity": "passengers the ferry was licensed to carry", "aboard": "people on board",
     "personnel": "search personnel", "dist": "distance from Tigaras port when it capsized (km)",
     "lakedepth": "depth of the lake in places (m)", "wreckdepth": "depth of the wreck (m)",
     "searchdays": "days of the search",
     # dates
     "sink": "day the ferry sank", "count19": "day of the count of 94 missing", "resume": "day the search resumed",
     "search21": "day of the count of 192 missing", "order": "day the president ordered a search and an audit",
     "end": "day the search was called off", "corrected": "day the missing count was corrected",
     "wreckfound": "day the wreck was found", "report": "day the KNKT report was presented",
    }
    ms = [
     M(A, "94 penumpang", N, "missing", 94, "2018-06-19"),
     M(A, "Senin (18/6/2018)", D, "sink", "2018-06-18"),
     M(A, "satu kilometer", N, "dist", 1, cls="len"),
     M(A, "Selasa (19/6/2018)", D, "count19", "2018-06-19"),
     M(A, "18 penumpang", N, "rescued", 18, "2018-06-19"),
     M(A, "satu orang", N, "dead", 1, "2018-06-19"),
     M(A, "43 penumpang", N, "capacity", 43),
     M(A, "sekitar 400 personel", N, "personnel", 400, "2018-06-19", "approx"),
     M(A, "Rabu", D, "resume", "2018-06-20"),

     M(R, "Thursday", D, "search21", "2018-06-21"),
     M(R, "192 people", N, "missing", 192, "2018-06-21"),
     M(R, "Monday", D, "sink", "2018-06-18"),
     M(R, "Three people", N, "dead", 3, "2018-06-21"),
     M(R, "18", N, "rescued", 18, "2018-06-21"),
     M(R, "43 passengers", N, "capacity", 43),
     M(R, "Tuesday", D, "count19", "2018-06-19"),
     M(R, "94", N, "missing", 94, "2018-06-19"),
     M(R, "more than 400 metres", N, "lakedepth", 400, qual="morethan", cls="len"),
     M(R, "Wednesday", D, "order", "2018-06-20"),

     M(K, "Selasa (3/7/2018)", D, "end", "2018-07-03"),
     M(K, "15 hari", N, "searchdays", 15, cls="dur"),
     M(K, "164 orang", N, "missing", 164, FINAL),
     M(K, "tiga orang", N, "dead", 3, FINAL),
     M(K, "21 orang", N, "rescued", 21, FINAL),
     M(K, "192 orang", N, "missing", 192, "2018-06-21"),
     M(K, "Jumat (22/6/2018)", D, "corrected", "2018-06-22"),
     M(K, "450 meter", N, "wreckdepth", 450, cls="len"),
     M(K, "Kamis (28/6/2018)", D, "wreckfound", "2018-06-28"),
     M(K, "lebih dari 2.000 personel", N, "personnel", 2000, "2018-07-03", "morethan"),
     M(K, "43 orang", N, "capacity", 43),

     M(J, "Tuesday", D, "report", "2018-12-11"),
     M(J, "43 passengers", N, "capacity", 43),
     M(J, "at least 188 people", N, "aboard", 188, qual="atleast"),
     M(J, "June 18", D, "sink", "2018-06-18"),
     M(J, "Three bodies", N, "dead", 3, FINAL),
     M(J, "21 people", N, "rescued", 21, FINAL),
     M(J, "164", N, "missing", 164, FINAL),
     M(J, "about 450 metres", N, "wreckdepth", 450, qual="approx", cls="len"),
     M(J, "Wednesday, July 4", D, "end", "2018-07-04", planted=True),
     M(J, "192", N, "missing", 192, "2018-06-21"),
     M(J, "June 22", D, "corrected", "2018-06-22"),
    ]
    build("sinar-bangun-2018", "KM Sinar Bangun ferry sinking on Lake Toba, North Sumatra (Monday 18 June 2018): the "
          "missing compiled from relatives' reports rising (94 -> 192) and corrected down to 164 after duplicates, "
          "the dead rising (1 -> 3), the rescued (18 -> 21), a licence for 43 passengers against at least 188 on "
          "board, search personnel (about 400 -> more than 2,000), the lake's depth against the wreck's (450 m); "
          "dates of the sinking, the counts, the president's order, the correction, the wreck found, the search "
          "called off after 15 days and the investigators' report months later", False, ms, names)


def referendum():
    R, K, T, I = "reuters-may26", "kompas-may27", "tempo-dec06", "irishtimes-dec21"
    names = {
     "yes_pct": "share of votes for repeal", "yes_votes": "votes for repeal", "no_votes": "votes against repeal",
     "turnout": "turnout", "constituencies": "constituencies", "donegal_no": "No share in Donegal",
     "dbs_yes": "Yes share in Dublin Bay South", "exitpoll": "exit poll's Yes share", "weeks": "weeks of pregnancy",
     "travel": "women travelling to Britain for abortions a year", "age": "Savita Halappanavar's age",
     "dail_yes": "Dail votes for the bill", "dail_no": "Dail votes against the bill",
     "seanad_yes": "Seanad votes for the bill", "seanad_no": "Seanad votes against the bill",
     "waitdays": "waiting period (days)", "fee": "fee per patient (EUR)", "gps": "GPs signed up",
     # dates
     "vote": "referendum day", "result": "day the result was declared", "exitday": "day the exit poll was published",
     "y1983": "year of the Eighth Amendment", "y2016": "year of the 3,265 travelling", "y2012": "year Savita died",
     "dail": "day the Dail passed the bill", "seanad": "day the Seanad passed the bill",
     "amend": "day the amendment was signed", "services": "day services begin", "signed": "day the law was signed",
    }
    ms = [
     M(R, "66.4 percent", N, "yes_pct", 66.4, cls="pct"),
     M(R, "Friday", D, "vote", "2018-05-25"),
     M(R, "Saturday", D, "result", "2018-05-26"),
     M(R, "1,429,981 people", N, "yes_votes", 1429981),
     M(R, "723,632", N, "no_votes", 723632),
     M(R, "64.1 percent", N, "turnout", 64.1, cls="pct"),
     M(R, "40 constituencies", N, "constituencies", 40),
     M(R, "51.9 percent", N, "donegal_no", 51.9, cls="pct"),
     M(R, "78.5 percent", N, "dbs_yes", 78.5, cls="pct"),
     M(R, "1983", D, "y1983", "1983"),
     M(R, "12 weeks", N, "weeks", 12, cls="dur"),
     M(R, "68 percent", N, "exitpoll", 68, cls="pct", src="the Irish Times/Ipsos MRBI poll"),
     M(R, "Friday", D, "exitday", "2018-05-25", occ=2),
     M(R, "3,265", N, "travel", 3265),
     M(R, "2016", D, "y2016", "2016"),

     M(K, "Jumat (25/5/2018)", D, "vote", "2018-05-25"),
     M(K, "66,4 persen", N, "yes_pct", 66.4, cls="pct"),
     M(K, "Sabtu (26/5/2018)", D, "result", "2018-05-26"),
     M(K, "1.429.981 suara", N, "yes_votes", 1429981),
     M(K, "723.632 suara", N, "no_votes", 723632),
     M(K, "64,1 persen", N, "turnout", 64.1, cls="pct"),
     M(K, "40 daerah pemilihan", N, "constituencies", 40),
     M(K, "51,9 persen", N, "donegal_no", 51.9, cls="pct"),
     M(K, "68 persen", N, "exitpoll", 68, cls="pct", src="the Irish Times/Ipsos MRBI poll"),
     M(K, "69,4 persen", N, "exitpoll", 69.4, cls="pct", src="RTE's poll"),
     M(K, "1983", D, "y1983", "1983"),
     M(K, "31 tahun", N, "age", 31, cls="age"),
     M(K, "2012", D, "y2012", "2012"),
     M(K, "12 minggu", N, "weeks", 12, cls="dur"),

     M(T, "Rabu (5/12/2018)", D, "dail", "2018-12-05"),
     M(T, "90 suara", N, "dail_yes", 90),
     M(T, "15 suara", N, "dail_no", 15),
     M(T, "12 minggu", N, "weeks", 12, cls="dur"),
     M(T, "25 Mei", D, "vote", "2018-05-25"),
     M(T, "66,4 persen", N, "yes_pct", 66.4, cls="pct"),
     M(T, "61,4 persen", N, "turnout", 61.4, cls="pct", planted=True),
     M(T, "18 September", D, "amend", "2018-09-18"),
     M(T, "1 Januari 2019", D, "services", "2019-01-01"),

     M(I, "Thursday", D, "signed", "2018-12-20"),
     M(I, "January 1st", D, "services", "2019-01-01"),
     M(I, "December 13th", D, "seanad", "2018-12-13"),
     M(I, "27 votes", N, "seanad_yes", 27),
     M(I, "5", N, "seanad_no", 5),
     M(I, "December 5th", D, "dail", "2018-12-05"),
     M(I, "90 votes", N, "dail_yes", 90),
     M(I, "15", N, "dail_no", 15),
     M(I, "May 25th", D, "vote", "2018-05-25"),
     M(I, "66.4 per cent", N, "yes_pct", 66.4, cls="pct"),
     M(I, "1,429,981 people", N, "yes_votes", 1429981),
     M(I, "40 constituencies", N, "constituencies", 40),
     M(I, "52.9 per cent", N, "donegal_no", 52.9, cls="pct", planted=True),
     M(I, "12 weeks", N, "weeks", 12, cls="dur"),
     M(I, "three-day", N, "waitdays", 3, cls="dur"),
     M(I, "€450", N, "fee", 450, cls="money"),
     M(I, "about 200 GPs", N, "gps", 200, qual="approx"),
     M(I, "more than 3,000 women", N, "travel", 3000, qual="morethan"),
    ]
    build("ireland-referendum-2018", "Ireland's abortion referendum (Friday 25 May 2018) and the law that followed: "
          "66.4% Yes, 1,429,981 Yes and 723,632 No votes, turnout 64.1%, 40 constituencies with Donegal alone voting "
          "No (51.9%), two exit polls (68% and 69.4%), the Dail's 90-15 vote on 5 December and the Seanad's 27-5 on "
          "13 December, the law signed on 20 December and services from 1 January 2019; dates of the vote, the "
          "declaration, the exit poll, the amendment's signing, the two chambers' votes, the signing and the start",
          False, ms, names)


def boj():
    R, C, J, B = "reuters-mar19", "cnbcindonesia-mar20", "japantimes-mar21", "bisnis-mar23"
    OLD, NEW = "2024-03-18", "2024-03-19"
    names = {
     "rate": "BOJ short-term policy rate (top of the range)", "floor": "bottom of the new rate range",
     "negyears": "years of negative rates", "since": "years since the last hike", "ayes": "board votes for the hike",
     "noes": "board votes against the hike", "tenor": "bond tenor (years)", "cap": "10-year yield's loose cap",
     "jgb": "monthly government bond purchases (yen)", "target": "inflation target", "wage": "spring wage increase",
     "wageyears": "years since a bigger wage increase", "fx": "yen per dollar", "meetdays": "days of the meeting",
     "corecpi": "core inflation, year on year", "gap": "days between the decision and the CPI release",
     "abovetarget": "years core inflation has been above target",
     # dates
     "decision": "day of the decision", "lasthike": "month of the previous hike", "neg2016": "year negative rates began",
     "nextmeet": "next policy meeting", "reopen": "day Tokyo markets reopened", "holiday": "public holiday",
     "rengo": "day Rengo's tally was released", "fx21": "day the yen reached 151.8", "etf2010": "year ETF buying began",
     "febmonth": "month of the 2.8% core inflation", "janmonth": "month of the 2.0% core inflation",
     "cpirelease": "day the CPI was released", "fx22": "day the yen was around 151",
    }
    ms = [
     M(R, "eight years", N, "negyears", 8, cls="dur"),
     M(R, "Tuesday", D, "decision", "2024-03-19"),
     M(R, "-0.1%", N, "rate", -0.1, OLD, cls="pct"),
     M(R, "0%", N, "floor", 0, cls="pct"),
     M(R, "0.1%", N, "rate", 0.1, NEW, cls="pct", occ=2),
     M(R, "17 years", N, "since", 17, cls="dur"),
     M(R, "7-2", N, "ayes", 7, also={"noes": 2}),
     M(R, "10-year", N, "tenor", 10, cls="dur"),
     M(R, "1%", N, "cap", 1, cls="pct"),
     M(R, "6 trillion yen", N, "jgb", 6e12, qual="approx", cls="money"),
     M(R, "February 2007", D, "lasthike", "2007-02"),
     M(R, "2%", N, "target", 2, cls="pct"),
     M(R, "5.28%", N, "wage", 5.28, cls="pct"),
     M(R, "33 years", N, "wageyears", 33, cls="dur"),
     M(R, "about 150", N, "fx", 150, "2024-03-19", "approx", cls="fx", fall=True),
     M(R, "2016", D, "neg2016", "2016"),
     M(R, "Two board members", N, "noes", 2),
     M(R, "April 25-26", D, "nextmeet", "2024-04-25"),

     M(C, "delapan tahun", N, "negyears", 8, cls="dur"),
     M(C, "minus 0,1%", N, "rate", -0.1, OLD, cls="pct"),
     M(C, "0", N, "floor", 0, cls="pct"),
     M(C, "0,1%", N, "rate", 0.1, NEW, cls="pct", occ=2),
     M(C, "Selasa (19/3/2024)", D, "decision", "2024-03-19"),
     M(C, "17 tahun", N, "since", 17, cls="dur"),
     M(C, "Februari 2007", D, "lasthike", "2007-02"),
     M(C, "7", N, "ayes", 7),
     M(C, "2", N, "noes", 2),
     M(C, "dua hari", N, "meetdays", 2, cls="dur"),
     M(C, "10 tahun", N, "tenor", 10, cls="dur"),
     M(C, "1%", N, "cap", 1, cls="pct"),
     M(C, "6 triliun yen", N, "jgb", 6e12, qual="approx", cls="money"),
     M(C, "2%", N, "target", 2, cls="pct"),
     M(C, "5,28%", N, "wage", 5.28, cls="pct"),
     M(C, "33 tahun", N, "wageyears", 33, cls="dur"),
     M(C, "kisaran 150", N, "fx", 150, "2024-03-19", "approx", cls="fx", fall=True),
     M(C, "25-26 April 2024", D, "nextmeet", "2024-04-25"),

     M(J, "Thursday", D, "reopen", "2024-03-21"),
     M(J, "Wednesday", D, "holiday", "2024-03-20"),
     M(J, "0%", N, "floor", 0, cls="pct"),
     M(J, "0.1%", N, "rate", 0.1, NEW, cls="pct"),
     M(J, "-0.1%", N, "rate", -0.1, OLD, cls="pct"),
     M(J, "Tuesday", D, "decision", "2024-03-19"),
     M(J, "7-2", N, "ayes", 7, also={"noes": 2}),
     M(J, "2016", D, "neg2016", "2016"),
     M(J, "February 2007", D, "lasthike", "2007-02"),
     M(J, "6 trillion yen", N, "jgb", 6e12, qual="approx", cls="money"),
     M(J, "1%", N, "cap", 1, cls="pct"),
     M(J, "10-year", N, "tenor", 10, cls="dur"),
     M(J, "2%", N, "target", 2, cls="pct"),
     M(J, "5.28%", N, "wage", 5.28, cls="pct"),
     M(J, "March 15", D, "rengo", "2024-03-15"),
     M(J, "about 150", N, "fx", 150, "2024-03-19", "approx", cls="fx", fall=True),
     M(J, "around 151.8", N, "fx", 151.8, "2024-03-21", "approx", cls="fx", fall=True),
     M(J, "Thursday", D, "fx21", "2024-03-21", occ=2),
     M(J, "2010", D, "etf2010", "2010"),
     M(J, "April 25-26", D, "nextmeet", "2024-04-25"),

     M(B, "Februari 2024", D, "febmonth", "2024-02"),
     M(B, "2,8%", N, "corecpi", 2.8, "2024-02", cls="pct"),
     M(B, "2,0%", N, "corecpi", 2.0, "2024-01", cls="pct"),
     M(B, "Januari", D, "janmonth", "2024-01"),
     M(B, "Jumat (22/3/2024)", D, "cpirelease", "2024-03-22"),
     M(B, "tiga hari", N, "gap", 3, cls="dur"),
     M(B, "Selasa (19/3/2024)", D, "decision", "2024-03-19"),
     M(B, "minus 0,1%", N, "rate", -0.1, OLD, cls="pct"),
     M(B, "0", N, "floor", 0, cls="pct"),
     M(B, "0,1%", N, "rate", 0.1, NEW, cls="pct", occ=2),
     M(B, "Februari 2007", D, "lasthike", "2007-02"),
     M(B, "2%", N, "target", 2, cls="pct"),
     M(B, "hampir dua tahun", N, "abovetarget", 2, qual="nearly", cls="dur"),
     M(B, "6 triliun yen", N, "jgb", 6e12, qual="approx", cls="money"),
     M(B, "5,28%", N, "wage", 5.28, cls="pct"),
     M(B, "33 tahun", N, "wageyears", 33, cls="dur"),
     M(B, "2016", D, "neg2016", "2016"),
     M(B, "7", N, "ayes", 7),
     M(B, "2", N, "noes", 2, occ=2),
     M(B, "dua anggota", N, "noes", 2),
     M(B, "sekitar 151", N, "fx", 151, "2024-03-22", "approx", cls="fx", fall=True),
     M(B, "Jumat", D, "fx22", "2024-03-22", occ=2),
     M(B, "25-26 April", D, "nextmeet", "2024-04-25"),
    ]
    build("boj-march-2024", "The Bank of Japan's first rate hike in 17 years (control): on Tuesday 19 March 2024 the "
          "policy rate went from -0.1% to a range of 0% to 0.1% by a 7-2 vote, ending eight years of negative rates "
          "and yield curve control (the 1% cap on 10-year yields), bond buying kept at about 6 trillion yen a month, "
          "the 2% target, the 5.28% wage increase, the biggest in 33 years; follow-ups on their own days (markets "
          "reopening after a holiday, the yen, the February core inflation of 2.8%, the next meeting on 25-26 April). "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    ferry()
    referendum()
    boj()
