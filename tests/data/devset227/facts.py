"""The two-hundred-and-twenty-seventh development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset227/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def jajarkot():
    R, K, T, A = "reuters-nov4", "kompas-nov5", "detik-nov7", "ap-nov27"
    # as-of times of the running tallies: Saturday 4 November 2023 (128 dead: 92 in Jajarkot, 36 in West Rukum; more
    # than 140 injured), Sunday 5 November (157 dead: 105 and 52; 256 injured), Monday 6 November (the Home Ministry's
    # count revised down to 153, some bodies counted twice; 364 injured). The dead and the injured do not fall: 157 ->
    # 153 is a revision.
    SAT, SUN, MON = "2023-11-04", "2023-11-05", "2023-11-06"
    # The magnitude: the National Earthquake Monitoring and Research Center's first 6.4 and its corrected 5.7 are two
    # as-of times of one reading (a revision); the US Geological Survey's 5.6 is another source's (sources).
    FIRST, UPD = "2023-11-03a0", "2023-11-03a1"
    NEMRC, USGS = "Nepal's National Earthquake Monitoring and Research Center", "the US Geological Survey"
    names = {
     "dead": "people killed", "dead_jaj": "dead in Jajarkot district", "dead_rukum": "dead in West Rukum district",
     "injured": "people injured", "mag": "the quake's magnitude", "dist": "distance of the epicentre from Kathmandu (km)",
     "dead2015": "dead in the 2015 earthquakes",
     # dates
     "quake": "day of the earthquake", "asof_sat": "day of the first count (128)",
     "pm_visit": "day the prime minister visited", "asof_sun": "day of the count of 157",
     "asof_mon": "day of the revised count of 153",
     "y2015": "the 2015 earthquakes",
    }
    ms = [
     M(R, "At least 128 people", N, "dead", 128, SAT, qual="atleast"),
     M(R, "more than 140", N, "injured", 140, SAT, qual="morethan"),
     M(R, "Friday", D, "quake", "2023-11-03"),
     M(R, "Saturday", D, "asof_sat", "2023-11-04"),
     M(R, "about 500 km", N, "dist", 500, qual="approx", cls="km"),
     M(R, "6.4", N, "mag", 6.4, FIRST, src=NEMRC, cls="mag"),
     M(R, "5.7", N, "mag", 5.7, UPD, src=NEMRC, cls="mag"),
     M(R, "5.6", N, "mag", 5.6, src=USGS, cls="mag"),
     M(R, "92", N, "dead_jaj", 92, SAT),
     M(R, "36", N, "dead_rukum", 36, SAT),
     M(R, "Saturday morning", D, "pm_visit", "2023-11-04"),
     M(R, "2015", D, "y2015", "2015"),
     M(R, "nearly 9,000 people", N, "dead2015", 9000, qual="nearly"),

     M(K, "157 orang", N, "dead", 157, SUN),
     M(K, "Minggu (5/11/2023)", D, "asof_sun", "2023-11-05"),
     M(K, "105 orang", N, "dead_jaj", 105, SUN),
     M(K, "52 orang", N, "dead_rukum", 52, SUN),
     M(K, "256 orang", N, "injured", 256, SUN),
     M(K, "bermagnitudo 5,7", N, "mag", 5.7, UPD, src=NEMRC, cls="mag"),
     M(K, "Jumat (3/11/2023)", D, "quake", "2023-11-03"),
     M(K, "magnitudo 6,4", N, "mag", 6.4, FIRST, src=NEMRC, cls="mag"),
     M(K, "sekitar 500 kilometer", N, "dist", 500, qual="approx", cls="km"),
     M(K, "Sabtu (4/11/2023)", D, "pm_visit", "2023-11-04"),
     M(K, "2015", D, "y2015", "2015"),
     M(K, "hampir 9.000 orang", N, "dead2015", 9000, qual="nearly"),

     M(T, "153 orang", N, "dead", 153, MON),
     M(T, "Senin (6/11/2023)", D, "asof_mon", "2023-11-06"),
     M(T, "Minggu", D, "asof_sun", "2023-11-05"),
     M(T, "175 orang", N, "dead", 175, SUN, planted=True),
     M(T, "364 orang", N, "injured", 364, MON),
     M(T, "bermagnitudo 5,7", N, "mag", 5.7, UPD, src=NEMRC, cls="mag"),
     M(T, "Jumat (3/11/2023)", D, "quake", "2023-11-03"),
     M(T, "magnitudo 5,6", N, "mag", 5.6, src=USGS, cls="mag"),

     M(A, "Thursday, Nov. 2", D, "quake", "2023-11-02", planted=True),
     M(A, "153", N, "dead", 153, MON),
     M(A, "Nov. 6", D, "asof_mon", "2023-11-06"),
     M(A, "157", N, "dead", 157, SUN),
     M(A, "Nov. 5", D, "asof_sun", "2023-11-05"),
     M(A, "364 people", N, "injured", 364, MON),
     M(A, "magnitude 5.7", N, "mag", 5.7, UPD, src=NEMRC, cls="mag"),
     M(A, "5.6", N, "mag", 5.6, src=USGS, cls="mag"),
     M(A, "Nov. 4", D, "pm_visit", "2023-11-04"),
     M(A, "2015", D, "y2015", "2015"),
     M(A, "nearly 9,000 people", N, "dead2015", 9000, qual="nearly"),
    ]
    build("jajarkot-earthquake-2023", "The earthquake in Jajarkot district, western Nepal (Friday 3 November 2023, "
          "23.47 local time; the National Earthquake Monitoring and Research Center's first 6.4 corrected to 5.7, the "
          "USGS's 5.6): at least 128 dead on Saturday 4 November (92 in Jajarkot, 36 in West Rukum), 157 on Sunday 5 "
          "November (105 and 52), revised down to 153 on Monday 6 November (some bodies counted twice); injured more "
          "than 140 -> 256 -> 364", False, ms, names)


def kashmir():
    A, R, P, K = "antara-aug6", "reuters-aug7", "ap-aug10", "kompas-dec12"
    # votes and dates do not change with the day of the report: the upper house, Rajya Sabha (Monday 5 August 2019,
    # 125-61 on the reorganisation bill), the lower house, Lok Sabha (Tuesday 6 August, 370-70 on the bill, 351-72 on
    # the resolution), the president's assent (Friday 9 August), the Supreme Court's ruling (Monday 11 December 2023)
    # are different stages. The Srinagar protest of Friday 9 August: a police official's "at least 10,000" against the
    # Home Ministry's "no more than 20" (sources). The article's number (370) is another fact than the 370 votes.
    POLICE, MHA = "a police official", "India's Home Ministry"
    names = {
     "rs_yes": "upper-house votes for the bill", "rs_no": "upper-house votes against the bill",
     "ls_yes": "lower-house votes for the bill", "ls_no": "lower-house votes against the bill",
     "res_yes": "lower-house votes for the resolution", "res_no": "lower-house votes against the resolution",
     "art": "the constitution's article number", "troops": "extra troops deployed", "crowd": "people at the Srinagar protest",
     "detained": "leaders and activists detained", "judges": "judges on the bench",
     # dates
     "rs_vote": "day of the upper-house vote", "ls_vote": "day of the lower-house vote",
     "detain": "night the leaders were put under house arrest", "arrest": "night the two former chief ministers were arrested",
     "ut_day": "day the territories came into being", "protest": "day of the Srinagar protest",
     "assent": "day the president signed the law", "modi": "day of the prime minister's address",
     "eid": "day of the Eid holiday", "sc": "day of the Supreme Court's ruling", "deadline": "deadline for the election",
     "revoked": "month the special status was revoked", "central": "month central rule began",
    }
    ms = [
     M(A, "Senin (5/8/2019)", D, "rs_vote", "2019-08-05"),
     M(A, "125 suara", N, "rs_yes", 125),
     M(A, "61", N, "rs_no", 61),
     M(A, "Pasal 370", N, "art", 370),
     M(A, "Selasa (6/8/2019)", D, "ls_vote", "2019-08-06"),
     M(A, "Minggu (4/8/2019)", D, "detain", "2019-08-04"),
     M(A, "sekitar 35.000 tentara", N, "troops", 35000, qual="approx"),

     M(R, "Tuesday", D, "ls_vote", "2019-08-06"),
     M(R, "370 votes", N, "ls_yes", 370),
     M(R, "70", N, "ls_no", 70),
     M(R, "Monday", D, "rs_vote", "2019-08-05"),
     M(R, "125 votes", N, "rs_yes", 125),
     M(R, "61", N, "rs_no", 61),
     M(R, "Article 370", N, "art", 370),
     M(R, "351 members", N, "res_yes", 351),
     M(R, "72 against", N, "res_no", 72),
     M(R, "Sunday night", D, "detain", "2019-08-04"),
     M(R, "Monday night", D, "arrest", "2019-08-05"),
     M(R, "Oct. 31", D, "ut_day", "2019-10-31"),

     M(P, "Friday", D, "protest", "2019-08-09"),
     M(P, "at least 10,000 people", N, "crowd", 10000, qual="atleast", src=POLICE),
     M(P, "more than 20 people", N, "crowd", 20, src=MHA),
     M(P, "Friday", D, "assent", "2019-08-09", occ=2),
     M(P, "370 votes", N, "ls_yes", 370),
     M(P, "70", N, "ls_no", 70),
     M(P, "Tuesday", D, "ls_vote", "2019-08-06"),
     M(P, "125", N, "rs_yes", 125),
     M(P, "61", N, "rs_no", 61),
     M(P, "Monday", D, "rs_vote", "2019-08-05"),
     M(P, "Thursday", D, "modi", "2019-08-08"),
     M(P, "Monday", D, "eid", "2019-08-12", occ=2),
     M(P, "More than 500", N, "detained", 500, qual="morethan"),
     M(P, "Article 370", N, "art", 370),

     M(K, "Senin (11/12/2023)", D, "sc", "2023-12-11"),
     M(K, "lima hakim", N, "judges", 5),
     M(K, "30 September 2024", D, "deadline", "2024-09-30"),
     M(K, "Pasal 370", N, "art", 370),
     M(K, "Agustus 2019", D, "revoked", "2019-08"),
     M(K, "Senin (5/8/2019)", D, "rs_vote", "2019-08-05"),
     M(K, "125 suara", N, "rs_yes", 125),
     M(K, "61", N, "rs_no", 61),
     M(K, "Rabu (7/8/2019)", D, "ls_vote", "2019-08-07", planted=True),
     M(K, "370 suara", N, "ls_yes", 370),
     M(K, "70", N, "ls_no", 70),
     M(K, "31 Oktober 2019", D, "ut_day", "2019-10-31"),
     M(K, "Juni 2018", D, "central", "2018-06"),
     M(K, "Jumat (9/8/2019)", D, "protest", "2019-08-09"),
     M(K, "sedikitnya 10.000 orang", N, "crowd", 10000, qual="atleast", src=POLICE),
     M(K, "20 orang", N, "crowd", 20, src=MHA),
    ]
    build("kashmir-article370-2019", "The revocation of Jammu and Kashmir's special status in stages: the upper house "
          "(Rajya Sabha) passes the reorganisation bill on Monday 5 August 2019 (125-61), the lower house (Lok Sabha) on "
          "Tuesday 6 August (370-70; the resolution 351-72), the president signs on Friday 9 August, the day of a "
          "Srinagar protest (a police official's at least 10,000 against the Home Ministry's no more than 20), the two "
          "territories from 31 October 2019, the Supreme Court upholds the revocation on Monday 11 December 2023",
          False, ms, names)


def budget():
    R, K, B, M_ = "reuters-feb1", "kontan-feb2", "bisnis-feb3", "mint-feb4"
    names = {
     "capex_pct": "rise in capital spending (%)", "capex": "capital spending (trillion rupees)",
     "deficit": "fiscal deficit target for 2023/24 (% of GDP)", "deficit_prev": "fiscal deficit for 2022/23 (% of GDP)",
     "deficit_goal": "fiscal deficit goal for 2025/26 (% of GDP)", "spend": "total spending (trillion rupees)",
     "borrow": "gross market borrowing (trillion rupees)", "capex_gdp": "capital spending (% of GDP)",
     "rail": "railways' capital outlay (trillion rupees)", "taxfree": "income free of tax in the new regime (rupees)",
     "taxfree_old": "the earlier tax-free limit (rupees)", "growth_cur": "growth expected in 2022/23 (%)",
     "growth_next": "the economic survey's growth forecast for 2023/24 (%)",
     # dates
     "budget_day": "day the budget was presented", "fy_start": "start of the fiscal year",
     "survey": "day the economic survey was released", "election": "year of the general election",
    }
    T = "tr"
    ms = [
     M(R, "33%", N, "capex_pct", 33, cls="pct"),
     M(R, "10 trillion rupees", N, "capex", 10, cls=T),
     M(R, "April 1", D, "fy_start", "2023-04-01"),
     M(R, "Wednesday", D, "budget_day", "2023-02-01"),
     M(R, "5.9%", N, "deficit", 5.9, cls="pct"),
     M(R, "6.4%", N, "deficit_prev", 6.4, cls="pct"),
     M(R, "4.5%", N, "deficit_goal", 4.5, cls="pct"),
     M(R, "45.03 trillion rupees", N, "spend", 45.03, cls=T),
     M(R, "15.43 trillion rupees", N, "borrow", 15.43, cls=T),
     M(R, "3.3%", N, "capex_gdp", 3.3, cls="pct"),
     M(R, "2.40 trillion rupees", N, "rail", 2.40, cls=T),
     M(R, "700,000 rupees", N, "taxfree", 700000, cls="inr"),
     M(R, "500,000 rupees", N, "taxfree_old", 500000, cls="inr"),
     M(R, "7%", N, "growth_cur", 7, cls="pct"),
     M(R, "Tuesday", D, "survey", "2023-01-31"),
     M(R, "6.5%", N, "growth_next", 6.5, cls="pct"),
     M(R, "2024", D, "election", "2024"),

     M(K, "33 persen", N, "capex_pct", 33, cls="pct"),
     M(K, "10 triliun rupee", N, "capex", 10, cls=T),
     M(K, "1 April 2023", D, "fy_start", "2023-04-01"),
     M(K, "Rabu (1/2/2023)", D, "budget_day", "2023-02-01"),
     M(K, "5,9 persen", N, "deficit", 5.9, cls="pct"),
     M(K, "6,4 persen", N, "deficit_prev", 6.4, cls="pct"),
     M(K, "4,5 persen", N, "deficit_goal", 4.5, cls="pct"),
     M(K, "45,03 triliun rupee", N, "spend", 45.03, cls=T),
     M(K, "15,43 triliun rupee", N, "borrow", 15.43, cls=T),
     M(K, "3,3 persen", N, "capex_gdp", 3.3, cls="pct"),
     M(K, "2,40 triliun rupee", N, "rail", 2.40, cls=T),
     M(K, "700.000 rupee", N, "taxfree", 700000, cls="inr"),
     M(K, "500.000 rupee", N, "taxfree_old", 500000, cls="inr"),
     M(K, "7 persen", N, "growth_cur", 7, cls="pct"),
     M(K, "Selasa (31/1/2023)", D, "survey", "2023-01-31"),
     M(K, "6,5 persen", N, "growth_next", 6.5, cls="pct"),

     M(B, "Rabu (1/2/2023)", D, "budget_day", "2023-02-01"),
     M(B, "5,9 persen", N, "deficit", 5.9, cls="pct"),
     M(B, "6,4 persen", N, "deficit_prev", 6.4, cls="pct"),
     M(B, "4,5 persen", N, "deficit_goal", 4.5, cls="pct"),
     M(B, "15,43 triliun rupee", N, "borrow", 15.43, cls=T),
     M(B, "sepertiga", N, "capex_pct", 33, qual="approx", cls="pct"),
     M(B, "10 triliun rupee", N, "capex", 10, cls=T),
     M(B, "sekitar 3,3 persen", N, "capex_gdp", 3.3, qual="approx", cls="pct"),
     M(B, "2,40 triliun rupee", N, "rail", 2.40, cls=T),
     M(B, "sekitar 45 triliun rupee", N, "spend", 45, qual="approx", cls=T),
     M(B, "700.000 rupee", N, "taxfree", 700000, cls="inr"),
     M(B, "500.000 rupee", N, "taxfree_old", 500000, cls="inr"),
     M(B, "2024", D, "election", "2024", occ=2),

     M(M_, "Wednesday, February 1", D, "budget_day", "2023-02-01"),
     M(M_, "Rs 10 lakh crore", N, "capex", 10, qual="unit", cls=T),
     M(M_, "33%", N, "capex_pct", 33, cls="pct"),
     M(M_, "3.3%", N, "capex_gdp", 3.3, cls="pct"),
     M(M_, "Rs 2.40 lakh crore", N, "rail", 2.40, qual="unit", cls=T),
     M(M_, "5.9%", N, "deficit", 5.9, cls="pct"),
     M(M_, "6.4%", N, "deficit_prev", 6.4, cls="pct"),
     M(M_, "4.5%", N, "deficit_goal", 4.5, cls="pct"),
     M(M_, "Rs 45.03 lakh crore", N, "spend", 45.03, qual="unit", cls=T),
     M(M_, "Rs 15.43 lakh crore", N, "borrow", 15.43, qual="unit", cls=T),
     M(M_, "Rs 7 lakh", N, "taxfree", 700000, qual="unit", cls="inr"),
     M(M_, "Rs 5 lakh", N, "taxfree_old", 500000, qual="unit", cls="inr"),
     M(M_, "6.5%", N, "growth_next", 6.5, cls="pct"),
     M(M_, "7%", N, "growth_cur", 7, cls="pct"),
     M(M_, "April 1", D, "fy_start", "2023-04-01"),
    ]
    build("india-budget-2023", "India's federal budget for 2023/24 (control), presented by the finance minister Nirmala "
          "Sitharaman on Wednesday 1 February 2023: capital spending up 33% to 10 trillion rupees (Rs 10 lakh crore, "
          "3.3% of GDP; 2.40 trillion for the railways), a fiscal deficit of 5.9% of GDP (6.4% in 2022/23, below 4.5% by "
          "2025/26), total spending of 45.03 trillion rupees, gross borrowing of 15.43 trillion, no income tax up to "
          "700,000 rupees (from 500,000) in the new regime, 7% growth expected in 2022/23, the economic survey's 6.5% "
          "for 2023/24 (released Tuesday 31 January), the fiscal year from 1 April. Zero conflicts expected.", True, ms,
          names)


if __name__ == "__main__":
    jajarkot()
    kashmir()
    budget()
