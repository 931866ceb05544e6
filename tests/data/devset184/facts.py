"""The hundred-and-eighty-fourth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset184/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def amasra():
    R, K, T, A = "reuters-oct14", "kompas-oct15", "detik-oct16", "anadolu-nov07"
    # as-of times of the running tallies: Friday 14 October 2022 evening (the first count of 14 dead, 28 injured, 49
    # trapped), Friday late (22 dead), Saturday 15 October morning (40 dead, 58 out alive, 11 in hospital, one
    # unaccounted for), Saturday evening (41 dead, the president's count at the site), Sunday 16 October (11 still in
    # hospital) and Monday 17 October (the publication day of a report giving no time). The dead, the injured and
    # those out alive do not fall; the trapped and the unaccounted-for fall as miners are reached (fall=True).
    FRI_EVE, FRI_LATE, SAT_AM, SAT_EVE, SUN, MON = ("2022-10-14a", "2022-10-14b", "2022-10-15a", "2022-10-15b",
                                                    "2022-10-16", "2022-11-07")
    # the miners underground at the time: the interior minister's 110 against the town mayor's 87 (sources); the
    # reports that do not credit the 110 carry the minister's count (it is his).
    SOY, MAYOR = "the interior minister", "the mayor"
    names = {
     "dead": "miners killed", "injured": "people injured", "trapped": "miners trapped", "inside": "miners underground",
     "out": "miners out unharmed", "hosp": "miners in hospital", "missing": "miners unaccounted for",
     "serious": "miners in serious condition", "flown": "injured flown to Istanbul", "depth": "depth of the blast (m)",
     # dates
     "blast": "day of the explosion", "asof_fri": "day of the first counts", "asof_sat": "day of the count of 40",
     "visit": "day of the president's visit", "asof_sun": "day of Sunday's hospital count",
     "audit": "year of the audit court's report",
    }
    ms = [
     M(R, "at least 14 people", N, "dead", 14, FRI_EVE, qual="atleast"),
     M(R, "Friday", D, "blast", "2022-10-14"),
     M(R, "300 metres", N, "depth", 300, cls="m"),
     M(R, "110 miners", N, "inside", 110, src=SOY),
     M(R, "49", N, "trapped", 49, FRI_EVE, fall=True),
     M(R, "87 people", N, "inside", 87, src=MAYOR),
     M(R, "At least 28 people", N, "injured", 28, FRI_EVE, qual="atleast"),

     M(K, "40 orang", N, "dead", 40, SAT_AM),
     M(K, "Sabtu (15/10/2022)", D, "asof_sat", "2022-10-15"),
     M(K, "Jumat (14/10/2022)", D, "blast", "2022-10-14"),
     M(K, "300 meter", N, "depth", 300, cls="m"),
     M(K, "Jumat malam", D, "asof_fri", "2022-10-14"),
     M(K, "sedikitnya 22 orang", N, "dead", 22, FRI_LATE, qual="atleast"),
     M(K, "110 pekerja", N, "inside", 110, src=SOY),
     M(K, "58 penambang", N, "out", 58, SAT_AM),
     M(K, "11 orang", N, "injured", 11, SAT_AM, also=(("hosp", 11),)),
     M(K, "satu penambang", N, "missing", 1, SAT_AM, fall=True),

     M(T, "41 orang", N, "dead", 41, SAT_EVE),
     M(T, "Sabtu (15/10/2022)", D, "visit", "2022-10-15"),
     M(T, "Kamis (13/10/2022)", D, "blast", "2022-10-13", planted=True),
     M(T, "300 meter", N, "depth", 300, cls="m"),
     M(T, "110 penambang", N, "inside", 110, src=SOY),
     M(T, "58 pekerja", N, "out", 58, SAT_EVE),
     M(T, "11 korban luka", N, "hosp", 11, SAT_EVE),
     M(T, "lima", N, "serious", 5, SAT_EVE),
     M(T, "enam korban luka", N, "flown", 6, SAT_EVE),

     M(A, "41 miners", N, "dead", 41, MON),
     M(A, "Oct. 14", D, "blast", "2022-10-14"),
     M(A, "300 metres", N, "depth", 300, cls="m"),
     M(A, "101 workers", N, "inside", 101, src=SOY, planted=True),
     M(A, "58", N, "out", 58, MON),
     M(A, "Eleven miners", N, "hosp", 11, SUN),
     M(A, "Oct. 16", D, "asof_sun", "2022-10-16"),
     M(A, "22", N, "dead", 22, FRI_LATE),
     M(A, "40", N, "dead", 40, SAT_AM),
     M(A, "41", N, "dead", 41, SAT_EVE, occ=2),
     M(A, "Oct. 15", D, "visit", "2022-10-15"),
     M(A, "2019", D, "audit", "2019"),
    ]
    build("amasra-mine-2022", "The firedamp explosion at the state hard-coal company's (TTK) mine in Amasra, Bartin "
          "province, Turkey (Friday 14 October 2022, about 18.15 local time, some 300 m underground, 110 miners in the "
          "pit by the interior minister's count, 87 by the mayor's): at least 14 dead and at least 28 injured on Friday "
          "evening with 49 trapped, at least 22 late on Friday, 40 on Saturday morning (58 out unharmed, 11 in "
          "hospital, one unaccounted for), 41 by Saturday evening at the president's visit; 11 still in hospital on "
          "Sunday", False, ms, names)


def cyprus():
    R, K, T, F = "reuters-mar16", "kompas-mar20", "detik-mar25", "ft-apr08"
    # the bailout's stages do not change with the day of the report: the first Eurogroup deal (Saturday 16 March
    # 2013), the parliament's rejection (Tuesday 19 March: 36 against, 19 abstentions, none for), the second deal
    # (early Monday 25 March), the banks' reopening (Thursday 28 March); the planned reopenings (Thursday 21 March,
    # Tuesday 26 March) are other events. The haircut of Bank of Cyprus's large depositors: the finance minister's
    # "about 40 percent" against others' "as much as 60 percent" (sources).
    MIN, OTHERS = "the finance minister", "others"
    names = {
     "loan": "the euro zone loan (EUR)", "threshold": "the levy's threshold (EUR)", "levy_small": "levy below the threshold",
     "levy_large": "levy above the threshold", "contribution": "Cyprus's own contribution (EUR)",
     "needs": "the island's total needs (EUR)", "exempt": "the amended bill's exemption (EUR)",
     "guarantee": "deposits protected under the second deal (EUR)", "cash": "daily withdrawal limit (EUR)",
     "travel": "cash limit for travellers (EUR)", "against": "votes against", "abst": "abstentions",
     "seats": "seats in parliament", "closed": "days the banks were shut", "controls": "first term of the controls",
     "haircut": "Bank of Cyprus large depositors' loss",
     # dates
     "deal1": "day of the first Eurogroup deal", "request": "month Cyprus asked for help", "vote": "day of the vote",
     "shut_until": "day the banks were to stay shut until", "deal2": "day of the second deal",
     "planned": "day the smaller banks were to reopen", "reopen": "day the banks reopened",
    }
    ms = [
     M(R, "Saturday", D, "deal1", "2013-03-16"),
     M(R, "10 billion euros", N, "loan", 10e9, cls="eur"),
     M(R, "100,000 euros", N, "threshold", 100000, cls="eur"),
     M(R, "6.75 percent", N, "levy_small", 6.75, cls="pct"),
     M(R, "9.9 percent", N, "levy_large", 9.9, cls="pct"),
     M(R, "5.8 billion euros", N, "contribution", 5.8e9, cls="eur"),
     M(R, "June 2012", D, "request", "2012-06"),
     M(R, "about 17 billion euros", N, "needs", 17e9, qual="approx", cls="eur"),

     M(K, "Selasa (19/3/2013)", D, "vote", "2013-03-19"),
     M(K, "36 anggota parlemen", N, "against", 36),
     M(K, "19 abstain", N, "abst", 19),
     M(K, "56 kursi", N, "seats", 56),
     M(K, "20.000 euro", N, "exempt", 20000, cls="eur"),
     M(K, "Sabtu (16/3/2013)", D, "deal1", "2013-03-16"),
     M(K, "6,75 persen", N, "levy_small", 6.75, cls="pct"),
     M(K, "100.000 euro", N, "threshold", 100000, cls="eur"),
     M(K, "9,9 persen", N, "levy_large", 9.9, cls="pct"),
     M(K, "10 miliar euro", N, "loan", 10e9, cls="eur"),
     M(K, "Kamis (21/3/2013)", D, "shut_until", "2013-03-21"),

     M(T, "10 miliar euro", N, "loan", 10e9, cls="eur"),
     M(T, "Senin (25/3/2013)", D, "deal2", "2013-03-25"),
     M(T, "Rabu (20/3/2013)", D, "vote", "2013-03-20", planted=True),
     M(T, "100.000 euro", N, "guarantee", 100000, cls="eur"),
     M(T, "5,8 miliar euro", N, "contribution", 5.8e9, cls="eur"),
     M(T, "Selasa (26/3/2013)", D, "planned", "2013-03-26"),

     M(F, "Thursday March 28", D, "reopen", "2013-03-28"),
     M(F, "12 days", N, "closed", 12, cls="dur"),
     M(F, "300 euros", N, "cash", 300, cls="eur"),
     M(F, "1,000 euros", N, "travel", 1000, cls="eur"),
     M(F, "March 25", D, "deal2", "2013-03-25"),
     M(F, "March 19", D, "vote", "2013-03-19"),
     M(F, "36 votes", N, "against", 36),
     M(F, "19 abstentions", N, "abst", 19),
     M(F, "about 40 percent", N, "haircut", 40, qual="approx", src=MIN, cls="pct"),
     M(F, "as much as 60 percent", N, "haircut", 60, src=OTHERS, cls="pct"),
     M(F, "10 billion euros", N, "loan", 10e9, cls="eur"),
     M(F, "seven days", N, "controls", 7, cls="dur"),
    ]
    build("cyprus-bailout-2013", "Cyprus's bailout in stages: the Eurogroup's first deal of Saturday 16 March 2013 (a "
          "loan of up to EUR 10 billion, a one-off levy of 6.75% on deposits below EUR 100,000 and 9.9% above, to raise "
          "EUR 5.8 billion), the parliament's rejection on Tuesday 19 March (36 against, 19 abstentions, none for, of 56 "
          "seats), the second deal early on Monday 25 March (Laiki wound down, deposits below EUR 100,000 protected) "
          "and the banks' reopening on Thursday 28 March after 12 days with capital controls (EUR 300 a day, EUR 1,000 "
          "for travellers)", False, ms, names)


def cbrt():
    R, B, K, A = "reuters-nov23", "bisnis-nov24", "kontan-nov25", "aa-nov26"
    names = {
     "hike": "size of the hike", "rate": "the new one-week repo rate", "prev": "the rate before",
     "cpi": "annual inflation in October 2023", "start": "the rate in June 2023", "cum": "the cumulative rise",
     # dates
     "decision": "day of the decision", "prev_meeting": "month of the previous meeting", "cpi_month": "October 2023",
     "since": "month the hikes began", "next": "day of the next meeting",
    }
    ms = [
     M(R, "500 basis points", N, "hike", 500, cls="bp"),
     M(R, "40%", N, "rate", 40, cls="pct"),
     M(R, "Thursday", D, "decision", "2023-11-23"),
     M(R, "35%", N, "prev", 35, cls="pct"),
     M(R, "October", D, "prev_meeting", "2023-10"),
     M(R, "61.36%", N, "cpi", 61.36, cls="pct"),
     M(R, "October", D, "cpi_month", "2023-10", occ=2),
     M(R, "June", D, "since", "2023-06"),
     M(R, "8.5%", N, "start", 8.5, cls="pct"),
     M(R, "31.5 percentage points", N, "cum", 31.5, cls="pp"),
     M(R, "Dec. 21", D, "next", "2023-12-21"),

     M(B, "500 basis poin", N, "hike", 500, cls="bp"),
     M(B, "40 persen", N, "rate", 40, cls="pct"),
     M(B, "Kamis (23/11/2023)", D, "decision", "2023-11-23"),
     M(B, "35 persen", N, "prev", 35, cls="pct"),
     M(B, "61,36 persen", N, "cpi", 61.36, cls="pct"),
     M(B, "Oktober 2023", D, "cpi_month", "2023-10"),
     M(B, "Juni 2023", D, "since", "2023-06"),
     M(B, "8,5 persen", N, "start", 8.5, cls="pct"),
     M(B, "31,5 poin persentase", N, "cum", 31.5, cls="pp"),
     M(B, "21 Desember 2023", D, "next", "2023-12-21"),

     M(K, "35 persen", N, "prev", 35, cls="pct"),
     M(K, "40 persen", N, "rate", 40, cls="pct"),
     M(K, "Kamis, 23 November 2023", D, "decision", "2023-11-23"),
     M(K, "500 basis poin", N, "hike", 500, cls="bp"),
     M(K, "Oktober 2023", D, "prev_meeting", "2023-10"),
     M(K, "31,5 poin persentase", N, "cum", 31.5, cls="pp"),
     M(K, "8,5 persen", N, "start", 8.5, cls="pct"),
     M(K, "Juni 2023", D, "since", "2023-06"),
     M(K, "Oktober 2023", D, "cpi_month", "2023-10", occ=2),
     M(K, "61,36 persen", N, "cpi", 61.36, cls="pct"),
     M(K, "21 Desember 2023", D, "next", "2023-12-21"),

     M(A, "Thursday", D, "decision", "2023-11-23"),
     M(A, "40 percent", N, "rate", 40, cls="pct"),
     M(A, "35 percent", N, "prev", 35, cls="pct"),
     M(A, "500 basis points", N, "hike", 500, cls="bp"),
     M(A, "61.36 percent", N, "cpi", 61.36, cls="pct"),
     M(A, "October", D, "cpi_month", "2023-10"),
     M(A, "31.5 percentage points", N, "cum", 31.5, cls="pp"),
     M(A, "June", D, "since", "2023-06"),
     M(A, "8.5 percent", N, "start", 8.5, cls="pct"),
     M(A, "Dec. 21", D, "next", "2023-12-21"),
    ]
    build("cbrt-november-2023", "The Turkish central bank's rate decision (control) of Thursday 23 November 2023: the "
          "one-week repo rate raised 500 basis points from 35% (since the October meeting) to 40%, 31.5 points above "
          "June's 8.5%; October's annual inflation 61.36%; the tightening to be completed shortly; the next meeting on "
          "21 December 2023. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    amasra()
    cyprus()
    cbrt()
