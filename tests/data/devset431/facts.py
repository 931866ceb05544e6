"""Development set 431 (issue 12): the table of facts from which every labels.json of the set is built.

One ``M(...)`` row per mention of a figure or date: its fact, value, as-of time (running tallies), qualifier, unit
class, source, whether the tally may fall and whether it is a planted error. Labels follow the development set's
rules (tests/data/devset/README.md) through tests/benchmarks/factlabels.py; they are never read off the checker.
Run from the repository root after changing an article: ``python tests/data/devset431/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def landslide():
    Dt, R, K, J = "detik-jan01", "reuters-jan02", "kompas-jan07", "jakpost-feb04"
    # as-of times: Tuesday 1 January 2019 in the morning (3 dead, the district's first count) and at 20:00 (9 dead,
    # 34 missing), Wednesday 2 January at 13:00 (15 dead, 20 missing), Thursday 3 January (21 dead by the national
    # disaster agency against 23 by the search agency's field post: sources; 13 missing), Saturday 5 January (31),
    # Sunday 6 January (33, a body counted twice), Monday 7 January (32 dead, 2 missing: a revision of the 33).
    # The dead do not fall; the missing do (people found safe); the rescuers rise.
    JAN1M, JAN1E, JAN2, JAN3, JAN5, JAN6, JAN7 = ("2019-01-01a", "2019-01-01b", "2019-01-02", "2019-01-03",
                                                 "2019-01-05", "2019-01-06", "2019-01-07")
    BNPB, BASARNAS = "the national disaster agency (BNPB)", "the search and rescue agency's field post (Basarnas)"
    names = {
     "dead": "people killed by the landslide", "missing": "people missing", "residents": "residents of the hamlet",
     "households": "households of the hamlet", "survived": "residents who survived", "houses": "houses buried",
     "injured": "people injured", "rescuers": "rescuers deployed", "children": "children among the dead",
     "found_thu": "bodies found on Thursday 3 January", "houses_heavy": "other houses heavily damaged",
     "families_displaced": "families displaced", "sectors": "search sectors", "excavators": "excavators",
     "emerg_days": "days of the emergency period", "slide_time": "time of the landslide (hours)",
     "pause_time": "time the search was paused on 1 January (hours)", "count_time": "time of the Wednesday count (hours)",
     "depth": "depth of the debris (m)", "jkt": "distance from Jakarta (km)", "resettle": "distance of the resettlement site (km)",
     # dates
     "slide": "day of the landslide", "count_tue": "day of the first counts (Tuesday 1 January)",
     "machinery": "day heavy machinery arrived", "count_wed": "day of the count of 15",
     "count_thu": "day of the count of 21 and 23",
     "count_33": "day of the count of 33", "count_31": "day of the count of 31",
     "search_end": "day the search was called off", "emerg_ext": "end of the extended emergency period",
    }
    ms = [
     M(Dt, "Senin (31/12/2018)", D, "slide", "2018-12-31"),
     M(Dt, "sekitar pukul 17.30 WIB", N, "slide_time", 17.5, qual="approx", cls="clock"),
     M(Dt, "Selasa (1/1/2019)", D, "count_tue", "2019-01-01"),
     M(Dt, "9 orang", N, "dead", 9, JAN1E),
     M(Dt, "34 orang", N, "missing", 34, JAN1E, fall=True),
     M(Dt, "3 korban tewas", N, "dead", 3, JAN1M),
     M(Dt, "101 jiwa", N, "residents", 101),
     M(Dt, "32 kepala keluarga", N, "households", 32),
     M(Dt, "58 warga", N, "survived", 58, JAN1E),
     M(Dt, "29 rumah", N, "houses", 29),
     M(Dt, "Empat warga", N, "injured", 4),
     M(Dt, "Sekitar 350 personel", N, "rescuers", 350, JAN1M, qual="approx"),
     M(Dt, "pukul 17.00 WIB", N, "pause_time", 17, cls="clock"),

     M(R, "Wednesday", D, "count_wed", "2019-01-02"),
     M(R, "at least 15 people", N, "dead", 15, JAN2, qual="atleast"),
     M(R, "15 bodies", N, "dead", 15, JAN2),
     M(R, "20 people", N, "missing", 20, JAN2, fall=True),
     M(R, "1 p.m.", N, "count_time", 13, cls="clock"),
     M(R, "Wednesday", D, "count_wed", "2019-01-02", occ=2),
     M(R, "about 5:30 p.m.", N, "slide_time", 17.5, qual="approx", cls="clock"),
     M(R, "Monday", D, "slide", "2018-12-31"),
     M(R, "130 km", N, "jkt", 130, qual="approx", cls="km"),
     M(R, "34", N, "missing", 34, JAN1E, fall=True),
     M(R, "Around 30 houses", N, "houses", 30, qual="approx"),
     M(R, "Tuesday afternoon", D, "machinery", "2019-01-01"),
     M(R, "More than 700", N, "rescuers", 700, JAN2, qual="morethan"),
     M(R, "Wednesday", D, "count_wed", "2019-01-02", occ=3),
     M(R, "roughly 350", N, "rescuers", 350, JAN1M, qual="approx"),
     M(R, "at least four children", N, "children", 4, qual="atleast"),

     M(K, "33 orang", N, "dead", 33, JAN6),
     M(K, "Minggu (6/1/2019)", D, "count_33", "2019-01-06"),
     M(K, "dua warga", N, "missing", 2, JAN6, fall=True),
     M(K, "enam jenazah", N, "found_thu", 6),
     M(K, "Kamis (3/1/2019)", D, "count_thu", "2019-01-03"),
     M(K, "21 korban tewas", N, "dead", 21, JAN3, src=BNPB),
     M(K, "23 korban", N, "dead", 23, JAN3, src=BASARNAS),
     M(K, "13 orang", N, "missing", 13, JAN3, fall=True),
     M(K, "Senin (31/12/2018)", D, "slide", "2018-12-31"),
     M(K, "sekitar pukul 15.30 WIB", N, "slide_time", 15.5, qual="approx", cls="clock", planted=True),
     M(K, "Selasa (1/1/2019)", D, "count_tue", "2019-01-01"),
     M(K, "9 jenazah", N, "dead", 9, JAN1E),
     M(K, "5 meter", N, "depth", 5, cls="m"),
     M(K, "29 rumah", N, "houses", 29),
     M(K, "sedikitnya 8 rumah", N, "houses_heavy", 8, qual="atleast"),
     M(K, "40 keluarga", N, "families_displaced", 40),
     M(K, "lima sektor", N, "sectors", 5),
     M(K, "dua ekskavator", N, "excavators", 2),
     M(K, "tujuh hari", N, "emerg_days", 7, cls="dur"),

     M(J, "Monday, Jan. 7", D, "search_end", "2019-01-07"),
     M(J, "Sunday, Dec. 30", D, "slide", "2018-12-30", planted=True),
     M(J, "32 people", N, "dead", 32, JAN7),
     M(J, "two were never found", N, "missing", 2, JAN7, fall=True),
     M(J, "33", N, "dead", 33, JAN6),
     M(J, "Jan. 6", D, "count_33", "2019-01-06"),
     M(J, "3 dead", N, "dead", 3, JAN1M),
     M(J, "15", N, "dead", 15, JAN2, occ=1),
     M(J, "Jan. 2", D, "count_wed", "2019-01-02"),
     M(J, "31", N, "dead", 31, JAN5),
     M(J, "Jan. 5", D, "count_31", "2019-01-05"),
     M(J, "Jan. 3", D, "count_thu", "2019-01-03"),
     M(J, "23", N, "dead", 23, JAN3, src=BASARNAS),
     M(J, "21", N, "dead", 21, JAN3, src=BNPB),
     M(J, "101 people", N, "residents", 101),
     M(J, "67 survived", N, "survived", 67, JAN7),
     M(J, "2 km", N, "resettle", 2, qual="approx", cls="km"),
     M(J, "seven days", N, "emerg_days", 7, cls="dur"),
     M(J, "Jan. 13", D, "emerg_ext", "2019-01-13"),
    ]
    build("cisolok-landslide-2018", "The landslide that buried the hamlet of Cimapag in Sirnaresmi village, Cisolok, "
          "Sukabumi (West Java) on Monday 31 December 2018 at about 17:30 WIB: the toll rising from 3 on the first "
          "morning and 9 at 20:00 on 1 January to 15 on 2 January, 21 on 3 January (23 by the search agency's field "
          "post: sources), 31 on 5 January and 33 on 6 January (the district's post), revised down to 32 on 7 January after a body was "
          "counted twice, when the search ended with two never found; the missing falling 34 -> 20 -> 13 -> 2; 101 "
          "residents, 29 houses buried", False, ms, names)


def trials():
    K, T, Dt, R = "kompas-dec13", "tempo-may27", "detik-jun24", "reuters-jul20"
    # steps on different dates: the return (Tuesday 10 November 2020), the gathering at Megamendung (Friday 13
    # November), the wedding gathering at his Jakarta home (Saturday 14 November), the fine paid (Sunday 15
    # November), hospital stay (Tuesday 24 November), suspect named (Thursday 10 December), detention (Saturday 12
    # December 2020), trial opened (Tuesday 16 March 2021), crowd verdicts (Thursday 27 May 2021), demand in the
    # swab case (Thursday 3 June), swab verdict (Thursday 24 June 2021), appeal (Monday 30 August 2021), parole
    # (Wednesday 20 July 2022, lasting until 10 June 2024). Tempting pairs: 2 years sought vs 2 years on appeal,
    # 4 years given vs 6 sought, 1 year for the co-defendants; Rp 50 million administrative fine vs Rp 20 million
    # court fine; 8 months.
    names = {
     "hours_q": "hours of questioning", "days_det": "first detention period (days)", "gap": "days between return and gathering",
     "years_abroad": "years spent in Saudi Arabia", "admin_fine": "administrative fine for the wedding gathering (Rp)",
     "court_fine": "court fine in the Megamendung case (Rp)", "committee": "organisers named suspects",
     "crowd_term": "prison term in the crowd case (months)", "crowd_demand": "term sought in the crowd case (years)",
     "swab_term": "prison term in the swab case (years)", "swab_demand": "term sought in the swab case (years)",
     "appeal_term": "term after appeal (years)", "codef_term": "term of each co-defendant (years)",
     "months_held": "months in detention before parole", "gap2": "days between being named a suspect and detention",
     # dates
     "detained": "day of detention", "suspect": "day he was named a suspect", "gathering": "day of the wedding gathering",
     "return": "day of his return", "fine_paid": "day the administrative fine was paid",
     "megamendung": "day of the Megamendung gathering", "crowd_verdict": "day of the crowd-case verdicts",
     "trial_open": "day the trial opened", "swab_verdict": "day of the swab-case verdict",
     "swab_demand_day": "day of the demand in the swab case", "hospital": "day he entered the Bogor hospital",
     "parole": "day of the release on parole", "appeal": "day of the appeal ruling", "parole_end": "end of parole",
    }
    ms = [
     M(K, "lebih dari 12 jam", N, "hours_q", 12, qual="morethan", cls="dur"),
     M(K, "Sabtu (12/12/2020)", D, "detained", "2020-12-12"),
     M(K, "Kamis (10/12/2020)", D, "suspect", "2020-12-10"),
     M(K, "Sabtu (14/11/2020)", D, "gathering", "2020-11-14"),
     M(K, "Empat hari", N, "gap", 4, cls="dur"),
     M(K, "Selasa (10/11/2020)", D, "return", "2020-11-10"),
     M(K, "sekitar tiga setengah tahun", N, "years_abroad", 3.5, qual="approx", cls="yrs"),
     M(K, "Rp 50 juta", N, "admin_fine", 50_000_000, cls="rp"),
     M(K, "Minggu (15/11/2020)", D, "fine_paid", "2020-11-15"),
     M(K, "lima orang panitia", N, "committee", 5),
     M(K, "Jumat (13/11/2020)", D, "megamendung", "2020-11-13"),
     M(K, "20 hari", N, "days_det", 20, cls="dur"),

     M(T, "8 bulan penjara", N, "crowd_term", 8, cls="months"),
     M(T, "Kamis (27/5/2021)", D, "crowd_verdict", "2021-05-27"),
     M(T, "2 tahun penjara", N, "crowd_demand", 2, cls="yrs"),
     M(T, "denda Rp 200 juta", N, "court_fine", 200_000_000, cls="rp", planted=True),
     M(T, "Sabtu (14/11/2020)", D, "gathering", "2020-11-14"),
     M(T, "Rp 50 juta", N, "admin_fine", 50_000_000, cls="rp"),
     M(T, "Selasa (16/3/2021)", D, "trial_open", "2021-03-16"),
     M(T, "Sabtu (12/12/2020)", D, "detained", "2020-12-12"),

     M(Dt, "4 tahun penjara", N, "swab_term", 4, cls="yrs"),
     M(Dt, "Kamis (24/6/2021)", D, "swab_verdict", "2021-06-24"),
     M(Dt, "Kamis (3/6/2021)", D, "swab_demand_day", "2021-06-03"),
     M(Dt, "6 tahun penjara", N, "swab_demand", 6, cls="yrs"),
     M(Dt, "1 tahun penjara", N, "codef_term", 1, cls="yrs"),
     M(Dt, "Selasa (24/11/2020)", D, "hospital", "2020-11-24"),
     M(Dt, "Kamis (27/5/2021)", D, "crowd_verdict", "2021-05-27"),
     M(Dt, "8 bulan penjara", N, "crowd_term", 8, cls="months"),

     M(R, "Wednesday", D, "parole", "2022-07-20"),
     M(R, "about 19 months", N, "months_held", 19, qual="approx", cls="months"),
     M(R, "Dec. 12, 2020", D, "detained", "2020-12-12"),
     M(R, "Nov. 14, 2020", D, "gathering", "2020-11-14"),
     M(R, "two days", N, "gap2", 2, cls="dur"),
     M(R, "eight months", N, "crowd_term", 8, cls="months"),
     M(R, "May 2021", D, "crowd_verdict", "2021-05"),
     M(R, "20 million rupiah", N, "court_fine", 20_000_000, cls="rp"),
     M(R, "four years", N, "swab_term", 4, cls="yrs"),
     M(R, "June 2021", D, "swab_verdict", "2021-06"),
     M(R, "five years", N, "swab_demand", 5, cls="yrs", planted=True),
     M(R, "two years", N, "appeal_term", 2, cls="yrs"),
     M(R, "Aug. 30, 2021", D, "appeal", "2021-08-30"),
     M(R, "June 10, 2024", D, "parole_end", "2024-06-10"),
     M(R, "Nov. 10, 2020", D, "return", "2020-11-10"),
     M(R, "more than three years", N, "years_abroad", 3, qual="morethan", cls="yrs"),
    ]
    build("rizieq-trials-2021", "The prosecution of the Islamic Defenders Front (FPI) leader Rizieq Shihab: his "
          "return on Tuesday 10 November 2020, the gatherings at Megamendung (Friday 13 November) and at his Jakarta "
          "home (Saturday 14 November 2020, a Rp 50 million administrative fine), named a suspect on Thursday 10 "
          "December and detained on Saturday 12 December 2020; tried at the East Jakarta District Court from Tuesday "
          "16 March 2021: 8 months (2 years sought) and a Rp 20 million fine on Thursday 27 May 2021, 4 years (6 "
          "sought on Thursday 3 June) in the hospital swab case on Thursday 24 June 2021, cut to 2 years on appeal on "
          "30 August 2021; paroled on Wednesday 20 July 2022 until 10 June 2024", False, ms, names)


def gdp():
    A, R, K, J = "antara-feb08", "reuters-feb05", "kompas-feb06", "jakpost-feb07"
    names = {
     "growth": "economic growth in 2023 (%)", "q4": "growth in the fourth quarter of 2023, year on year (%)",
     "gdp": "nominal GDP in 2023 (Rp trillion)", "percap_rp": "GDP per person (Rp million)",
     "percap_usd": "GDP per person (US$)", "java_share": "Java's share of GDP (%)", "java_growth": "Java's growth (%)",
     "sum_share": "Sumatra's share of GDP (%)", "sum_growth": "Sumatra's growth (%)",
     # dates
     "announce": "day of the announcement", "election": "day of the general election",
    }
    ms = [
     M(A, "5,05 persen", N, "growth", 5.05, cls="pct"),
     M(A, "5,04 persen", N, "q4", 5.04, cls="pct"),
     M(A, "Senin (5/2/2024)", D, "announce", "2024-02-05"),
     M(A, "Rp 20.892,4 triliun", N, "gdp", 20892.4, cls="rptn"),
     M(A, "Rp 75,0 juta", N, "percap_rp", 75.0, cls="rpm"),
     M(A, "4.919,7 dolar AS", N, "percap_usd", 4919.7, cls="usd"),
     M(A, "57,05 persen", N, "java_share", 57.05, cls="pct"),
     M(A, "4,96 persen", N, "java_growth", 4.96, cls="pct"),
     M(A, "22,01 persen", N, "sum_share", 22.01, cls="pct"),
     M(A, "4,64 persen", N, "sum_growth", 4.64, cls="pct"),

     M(R, "5.05%", N, "growth", 5.05, cls="pct"),
     M(R, "5.04%", N, "q4", 5.04, cls="pct"),
     M(R, "Monday", D, "announce", "2024-02-05"),
     M(R, "20,892.4 trillion rupiah", N, "gdp", 20892.4, cls="rptn"),
     M(R, "75.0 million rupiah", N, "percap_rp", 75.0, cls="rpm"),
     M(R, "$4,919.7", N, "percap_usd", 4919.7, cls="usd"),
     M(R, "57.05%", N, "java_share", 57.05, cls="pct"),
     M(R, "4.96%", N, "java_growth", 4.96, cls="pct"),
     M(R, "22.01%", N, "sum_share", 22.01, cls="pct"),
     M(R, "4.64%", N, "sum_growth", 4.64, cls="pct"),
     M(R, "Feb. 14", D, "election", "2024-02-14"),

     M(K, "5,05 persen", N, "growth", 5.05, cls="pct"),
     M(K, "Senin (5/2/2024)", D, "announce", "2024-02-05"),
     M(K, "57,05 persen", N, "java_share", 57.05, cls="pct"),
     M(K, "22,01 persen", N, "sum_share", 22.01, cls="pct"),
     M(K, "4,96 persen", N, "java_growth", 4.96, cls="pct"),
     M(K, "4,64 persen", N, "sum_growth", 4.64, cls="pct"),
     M(K, "Rp 20.892,4 triliun", N, "gdp", 20892.4, cls="rptn"),
     M(K, "Rp 75,0 juta", N, "percap_rp", 75.0, cls="rpm"),
     M(K, "4.919,7 dolar AS", N, "percap_usd", 4919.7, cls="usd"),
     M(K, "5,04 persen", N, "q4", 5.04, cls="pct"),

     M(J, "5.05 percent", N, "growth", 5.05, cls="pct"),
     M(J, "5.04 percent", N, "q4", 5.04, cls="pct"),
     M(J, "Monday, Feb. 5", D, "announce", "2024-02-05"),
     M(J, "Rp 20,892.4 trillion", N, "gdp", 20892.4, cls="rptn"),
     M(J, "Rp 75.0 million", N, "percap_rp", 75.0, cls="rpm"),
     M(J, "US$4,919.7", N, "percap_usd", 4919.7, cls="usd"),
     M(J, "57.05 percent", N, "java_share", 57.05, cls="pct"),
     M(J, "4.96 percent", N, "java_growth", 4.96, cls="pct"),
     M(J, "22.01 percent", N, "sum_share", 22.01, cls="pct"),
     M(J, "4.64 percent", N, "sum_growth", 4.64, cls="pct"),
    ]
    build("gdp-2023-control", "Statistics Indonesia's (BPS) announcement on Monday 5 February 2024 of the 2023 "
          "economy (control): growth of 5.05% in 2023 and 5.04% year on year in the fourth quarter; nominal GDP Rp "
          "20,892.4 trillion, Rp 75.0 million (US$4,919.7) a person; Java 57.05% of GDP, growing 4.96%; Sumatra "
          "22.01%, growing 4.64%. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    landslide()
    trials()
    gdp()
