"""The hundred-and-sixteenth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset116/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def taroko():
    R, K, DT, T = "reuters-apr02", "kompas-apr03", "detik-apr04", "taipeitimes-apr26"
    # the official toll: Friday 2 April in the evening (51), lowered to 50 on Saturday 3 April and to 49 after DNA
    # tests (stated on 26 April)
    FRI2, SAT3, APR26 = "2021-04-02T20", "2021-04-03", "2021-04-26"
    names = {
     "dead": "people killed", "injured": "people injured", "passengers": "passengers on board",
     "cars": "the train's carriages", "holiday": "length of the Tomb Sweeping holiday", "bail": "the site manager's bail",
     "puyuma_dead": "people killed by the 2018 Puyuma derailment", "weeks_since": "weeks since the crash",
     # dates
     "crash": "day of the crash", "revised_day": "day the toll was lowered to 50", "y2018": "year of the Puyuma derailment",
    }
    ms = [
     M(R, "Friday", D, "crash", "2021-04-02"),
     M(R, "51 people", N, "dead", 51, FRI2),
     M(R, "more than 140", N, "injured", 140, FRI2, qual="morethan"),
     M(R, "about 490 passengers", N, "passengers", 490, qual="approx"),
     M(R, "four-day", N, "holiday", 4, cls="dur"),
     M(R, "eight carriages", N, "cars", 8),
     M(R, "2018", D, "y2018", "2018"),
     M(R, "18 people", N, "puyuma_dead", 18),

     M(K, "50 orang", N, "dead", 50, SAT3),
     M(K, "51 orang", N, "dead", 51, FRI2),
     M(K, "Sabtu (3/4/2021)", D, "revised_day", "2021-04-03"),
     M(K, "sekitar 490 penumpang", N, "passengers", 490, qual="approx"),
     M(K, "Jumat (2/4/2021)", D, "crash", "2021-04-02"),
     M(K, "Lebih dari 140 orang", N, "injured", 140, SAT3, qual="morethan"),
     M(K, "NT$500.000", N, "bail", 500000, cls="ntd"),
     M(K, "empat hari", N, "holiday", 4, cls="dur"),
     M(K, "delapan gerbong", N, "cars", 8),

     M(DT, "50 orang", N, "dead", 50, SAT3),
     M(DT, "Kamis (1/4/2021)", D, "crash", "2021-04-01", planted=True),
     M(DT, "Sekitar 490 penumpang", N, "passengers", 490, qual="approx"),
     M(DT, "delapan gerbong", N, "cars", 8),
     M(DT, "lebih dari 140 orang", N, "injured", 140, SAT3, qual="morethan"),
     M(DT, "empat hari", N, "holiday", 4, cls="dur"),
     M(DT, "2018", D, "y2018", "2018"),
     M(DT, "18 orang", N, "puyuma_dead", 18),

     M(T, "More than three weeks", N, "weeks_since", 3, qual="morethan", cls="dur"),
     M(T, "49", N, "dead", 49, APR26),
     M(T, "51", N, "dead", 51, FRI2),
     M(T, "April 2", D, "crash", "2021-04-02"),
     M(T, "50", N, "dead", 50, SAT3),
     M(T, "about 490 passengers", N, "passengers", 490, qual="approx"),
     M(T, "eight carriages", N, "cars", 8),
     M(T, "four-day", N, "holiday", 4, cls="dur"),
    ]
    build("taroko-derailment-2021", "The Taroko Express derailment of Friday 2 April 2021 at the Qingshui tunnel "
          "north of Hualien (a train of eight carriages with about 490 passengers hit a construction truck that had "
          "slid onto the line, on the first day of the four-day Tomb Sweeping holiday): the official toll of 51 on "
          "the day, lowered to 50 on Saturday 3 April (a revision) and to 49 after DNA tests (stated on 26 April); "
          "more than 140 injured; the site manager's bail of NT$500,000", False, ms, names)


def korea():
    Y, K, A, R = "yonhap-apr11", "kompas-apr12", "antara-apr13", "reuters-jun05"
    NEC, KBS = "the National Election Commission", "KBS's exit poll"
    names = {
     "dp_total": "seats of the Democratic Party and its satellite", "ppp_total": "seats of the PPP and its satellite",
     "assembly": "seats in the National Assembly", "dp_const": "constituency seats won by the Democratic Party",
     "const_seats": "constituency seats", "dup_pr": "proportional seats of the Democratic United Party",
     "pr_seats": "proportional seats", "ppp_const": "constituency seats won by the PPP",
     "pfp_pr": "proportional seats of the People Future Party", "rkp_seats": "seats of the Rebuilding Korea Party",
     "nrp_seats": "seats of the New Reform Party", "minor_seats": "seats of each of two minor parties",
     "minor_parties": "minor parties with one seat", "majority": "seats needed for a majority",
     "veto": "seats needed to override a veto", "terms": "Woo's terms in parliament",
     "turnout": "turnout", "turnout1992": "turnout in 1992", "turnout2020": "turnout in 2020",
     "early_turnout": "early-voting turnout", "rkp_share": "the Rebuilding Korea Party's proportional vote",
     "pfp_share": "the People Future Party's proportional vote", "dup_share": "the Democratic United Party's proportional vote",
     "nrp_share": "the New Reform Party's proportional vote", "threshold": "the threshold for proportional seats",
     "years_since": "years since the previous election", "term_left": "years left in the government's term",
     "term_len": "the parliament's term", "years1992": "years since the 1992 turnout",
     # dates
     "election": "day of the election", "result_day": "day the final results were out",
     "resign_day": "day the PPP's interim leader resigned", "speaker_vote": "day of the speaker's election",
     "term_start": "day the parliament's term began", "nomination": "day the Democratic Party picked Woo",
     "y1992": "the year 1992",
    }
    ms = [
     M(Y, "175 seats", N, "dp_total", 175, src=NEC),
     M(Y, "300-member", N, "assembly", 300),
     M(Y, "Wednesday", D, "election", "2024-04-10"),
     M(Y, "Thursday", D, "result_day", "2024-04-11"),
     M(Y, "161", N, "dp_const", 161),
     M(Y, "254 constituency seats", N, "const_seats", 254),
     M(Y, "14", N, "dup_pr", 14),
     M(Y, "46 proportional seats", N, "pr_seats", 46),
     M(Y, "108 seats", N, "ppp_total", 108, src=NEC),
     M(Y, "90", N, "ppp_const", 90),
     M(Y, "18", N, "pfp_pr", 18),
     M(Y, "12 proportional seats", N, "rkp_seats", 12),
     M(Y, "three seats", N, "nrp_seats", 3),
     M(Y, "two minor parties", N, "minor_parties", 2),
     M(Y, "one seat each", N, "minor_seats", 1),
     M(Y, "67.0 percent", N, "turnout", 67, cls="pct"),
     M(Y, "71.9 percent", N, "turnout1992", 71.9, cls="pct"),
     M(Y, "1992", D, "y1992", "1992"),
     M(Y, "66.2 percent", N, "turnout2020", 66.2, cls="pct"),
     M(Y, "four years", N, "years_since", 4, cls="dur"),
     M(Y, "151 seats", N, "majority", 151),
     M(Y, "200 seats", N, "veto", 200),
     M(Y, "Thursday", D, "resign_day", "2024-04-11", occ=2),

     M(K, "175 kursi", N, "dp_total", 175, src=NEC),
     M(K, "300 kursi", N, "assembly", 300),
     M(K, "Kamis (11/4/2024)", D, "election", "2024-04-11", planted=True),
     M(K, "178 hingga 196 kursi", N, "dp_total", 187, qual="approx", src=KBS),
     M(K, "87 hingga 105 kursi", N, "ppp_total", 96, qual="approx", src=KBS),
     M(K, "108 kursi", N, "ppp_total", 108, src=NEC),
     M(K, "12 kursi", N, "rkp_seats", 12),
     M(K, "151 kursi", N, "majority", 151),
     M(K, "67 persen", N, "turnout", 67, cls="pct"),
     M(K, "1992", D, "y1992", "1992"),
     M(K, "31,28 persen", N, "early_turnout", 31.28, cls="pct"),
     M(K, "sekitar tiga tahun", N, "term_left", 3, qual="approx", cls="dur"),

     M(A, "24,25 persen", N, "rkp_share", 24.25, cls="pct"),
     M(A, "10 April 2024", D, "election", "2024-04-10"),
     M(A, "14 kursi", N, "rkp_seats", 14, planted=True),
     M(A, "36,67 persen", N, "pfp_share", 36.67, cls="pct"),
     M(A, "18 kursi", N, "pfp_pr", 18),
     M(A, "26,69 persen", N, "dup_share", 26.69, cls="pct"),
     M(A, "14 kursi", N, "dup_pr", 14, occ=2),
     M(A, "3,61 persen", N, "nrp_share", 3.61, cls="pct"),
     M(A, "3 persen", N, "threshold", 3, cls="pct"),
     M(A, "161", N, "dp_const", 161),
     M(A, "254 kursi", N, "const_seats", 254),
     M(A, "90 kursi", N, "ppp_const", 90),
     M(A, "175 kursi", N, "dp_total", 175, src=NEC),
     M(A, "108 kursi", N, "ppp_total", 108, src=NEC),
     M(A, "300 kursi", N, "assembly", 300),
     M(A, "Kamis (11/4/2024)", D, "resign_day", "2024-04-11"),
     M(A, "67 persen", N, "turnout", 67, cls="pct"),

     M(R, "Wednesday", D, "speaker_vote", "2024-06-05"),
     M(R, "five-term", N, "terms", 5),
     M(R, "four-year", N, "term_len", 4, cls="dur"),
     M(R, "May 30", D, "term_start", "2024-05-30"),
     M(R, "May 16", D, "nomination", "2024-05-16"),
     M(R, "175", N, "dp_total", 175, src=NEC),
     M(R, "300 seats", N, "assembly", 300),
     M(R, "April 10", D, "election", "2024-04-10"),
     M(R, "108", N, "ppp_total", 108, src=NEC),
     M(R, "12 seats", N, "rkp_seats", 12),
     M(R, "67 percent", N, "turnout", 67, cls="pct"),
     M(R, "32 years", N, "years1992", 32, cls="dur"),
    ]
    build("korea-legislative-2024", "South Korea's general election of Wednesday 10 April 2024 for the 300-seat "
          "National Assembly (254 constituencies, 46 proportional seats): KBS's exit poll of 178-196 seats for the "
          "Democratic Party and its satellite and 87-105 for the People Power Party and its satellite against the "
          "National Election Commission's final count of 175 (161 + 14) and 108 (90 + 18); the Rebuilding Korea "
          "Party's 12 seats and 24.25% of the proportional vote; turnout 67.0% (66.2% in 2020, 71.9% in 1992), early "
          "voting 31.28%; the new parliament's term from 30 May and Woo Won-shik, picked by his party on 16 May, "
          "elected speaker on Wednesday 5 June 2024", False, ms, names)


def tsmc():
    R, F, K, B = "reuters-jul19", "focustaiwan-jul18", "kontan-jul20", "bisnis-jul22"
    names = {
     "np": "second-quarter net profit (NT$ billion)", "np_yoy": "net profit growth on a year earlier",
     "np_qoq": "net profit growth on the first quarter", "rev": "second-quarter revenue (NT$ billion)",
     "rev_yoy": "revenue growth on a year earlier", "rev_qoq": "revenue growth on the first quarter",
     "rev_usd": "second-quarter revenue (US$ billion)", "rev_usd_yoy": "dollar revenue growth on a year earlier",
     "gm": "gross margin", "om": "operating margin", "npm": "net profit margin", "eps": "earnings per share (NT$)",
     "adr_eps": "earnings per ADR (US$)", "q3_low": "low end of the third-quarter revenue forecast (US$ billion)",
     "q3_high": "high end of the third-quarter revenue forecast (US$ billion)",
     "q3_gm_low": "low end of the third-quarter gross margin forecast",
     "q3_gm_high": "high end of the third-quarter gross margin forecast",
     "q3_om_low": "low end of the third-quarter operating margin forecast",
     "q3_om_high": "high end of the third-quarter operating margin forecast", "fx": "the forecast's exchange rate",
     "capex_low": "low end of 2024 capital spending (US$ billion)",
     "capex_high": "high end of 2024 capital spending (US$ billion)",
     "node3": "the 3-nanometre node", "node5": "the 5-nanometre node", "node7": "the 7-nanometre node",
     "share3": "3-nanometre share of wafer revenue", "share5": "5-nanometre share of wafer revenue",
     "share7": "7-nanometre share of wafer revenue", "adv_share": "share of 7 nanometres and below",
     # dates
     "release": "day of the results", "y2024": "the year 2024",
    }
    ms = [
     M(R, "36.3%", N, "np_yoy", 36.3, cls="pct"),
     M(R, "Thursday", D, "release", "2024-07-18"),
     M(R, "T$247.85 billion", N, "np", 247.85, cls="ntd"),
     M(R, "40.1%", N, "rev_yoy", 40.1, cls="pct"),
     M(R, "T$673.51 billion", N, "rev", 673.51, cls="ntd"),
     M(R, "13.6%", N, "rev_qoq", 13.6, cls="pct"),
     M(R, "$20.82 billion", N, "rev_usd", 20.82, cls="usd"),
     M(R, "32.8%", N, "rev_usd_yoy", 32.8, cls="pct"),
     M(R, "53.2%", N, "gm", 53.2, cls="pct"),
     M(R, "42.5%", N, "om", 42.5, cls="pct"),
     M(R, "T$9.56", N, "eps", 9.56, cls="pershare"),
     M(R, "$22.4 billion", N, "q3_low", 22.4, cls="usd"),
     M(R, "$23.2 billion", N, "q3_high", 23.2, cls="usd"),
     M(R, "53.5%", N, "q3_gm_low", 53.5, cls="pct"),
     M(R, "55.5%", N, "q3_gm_high", 55.5, cls="pct"),
     M(R, "2024", D, "y2024", "2024"),
     M(R, "$30 billion", N, "capex_low", 30, cls="usd"),
     M(R, "$32 billion", N, "capex_high", 32, cls="usd"),
     M(R, "3-nanometre", N, "node3", 3, cls="nm"),
     M(R, "15%", N, "share3", 15, cls="pct"),
     M(R, "5-nanometre", N, "node5", 5, cls="nm"),
     M(R, "35%", N, "share5", 35, cls="pct"),
     M(R, "7-nanometre", N, "node7", 7, cls="nm"),
     M(R, "17%", N, "share7", 17, cls="pct"),

     M(F, "July 18", D, "release", "2024-07-18"),
     M(F, "Thursday", D, "release", "2024-07-18"),
     M(F, "36.3 percent", N, "np_yoy", 36.3, cls="pct"),
     M(F, "9.9 percent", N, "np_qoq", 9.9, cls="pct"),
     M(F, "NT$247.85 billion", N, "np", 247.85, cls="ntd"),
     M(F, "NT$9.56", N, "eps", 9.56, cls="pershare"),
     M(F, "NT$673.51 billion", N, "rev", 673.51, cls="ntd"),
     M(F, "40.1 percent", N, "rev_yoy", 40.1, cls="pct"),
     M(F, "13.6 percent", N, "rev_qoq", 13.6, cls="pct"),
     M(F, "53.2 percent", N, "gm", 53.2, cls="pct"),
     M(F, "42.5 percent", N, "om", 42.5, cls="pct"),
     M(F, "36.8 percent", N, "npm", 36.8, cls="pct"),
     M(F, "3-nanometer", N, "node3", 3, cls="nm"),
     M(F, "15 percent", N, "share3", 15, cls="pct"),
     M(F, "5-nanometer", N, "node5", 5, cls="nm"),
     M(F, "35 percent", N, "share5", 35, cls="pct"),
     M(F, "7-nanometer", N, "node7", 7, cls="nm"),
     M(F, "17 percent", N, "share7", 17, cls="pct"),
     M(F, "7 nanometers", N, "node7", 7, cls="nm"),
     M(F, "67 percent", N, "adv_share", 67, cls="pct"),
     M(F, "US$22.4 billion", N, "q3_low", 22.4, cls="usd"),
     M(F, "US$23.2 billion", N, "q3_high", 23.2, cls="usd"),
     M(F, "NT$32.5", N, "fx", 32.5, cls="fx"),
     M(F, "53.5 percent", N, "q3_gm_low", 53.5, cls="pct"),
     M(F, "55.5 percent", N, "q3_gm_high", 55.5, cls="pct"),
     M(F, "42.5 percent", N, "q3_om_low", 42.5, cls="pct", occ=2),
     M(F, "44.5 percent", N, "q3_om_high", 44.5, cls="pct"),
     M(F, "US$30 billion", N, "capex_low", 30, cls="usd"),
     M(F, "US$32 billion", N, "capex_high", 32, cls="usd"),
     M(F, "US$1.48", N, "adr_eps", 1.48, cls="pershare"),

     M(K, "NT$247,85 miliar", N, "np", 247.85, cls="ntd"),
     M(K, "36,3%", N, "np_yoy", 36.3, cls="pct"),
     M(K, "Kamis (18/7/2024)", D, "release", "2024-07-18"),
     M(K, "NT$673,51 miliar", N, "rev", 673.51, cls="ntd"),
     M(K, "40,1%", N, "rev_yoy", 40.1, cls="pct"),
     M(K, "US$20,82 miliar", N, "rev_usd", 20.82, cls="usd"),
     M(K, "32,8%", N, "rev_usd_yoy", 32.8, cls="pct"),
     M(K, "53,2%", N, "gm", 53.2, cls="pct"),
     M(K, "42,5%", N, "om", 42.5, cls="pct"),
     M(K, "36,8%", N, "npm", 36.8, cls="pct"),
     M(K, "NT$9,56", N, "eps", 9.56, cls="pershare"),
     M(K, "US$22,4 miliar", N, "q3_low", 22.4, cls="usd"),
     M(K, "US$23,2 miliar", N, "q3_high", 23.2, cls="usd"),
     M(K, "2024", D, "y2024", "2024", occ=2),
     M(K, "US$30 miliar", N, "capex_low", 30, cls="usd"),
     M(K, "US$32 miliar", N, "capex_high", 32, cls="usd"),
     M(K, "3 nanometer", N, "node3", 3, cls="nm"),
     M(K, "15%", N, "share3", 15, cls="pct"),
     M(K, "5 nanometer", N, "node5", 5, cls="nm"),
     M(K, "35%", N, "share5", 35, cls="pct"),

     M(B, "36,3%", N, "np_yoy", 36.3, cls="pct"),
     M(B, "9,9%", N, "np_qoq", 9.9, cls="pct"),
     M(B, "NT$247,85 miliar", N, "np", 247.85, cls="ntd"),
     M(B, "Kamis (18/7/2024)", D, "release", "2024-07-18"),
     M(B, "13,6%", N, "rev_qoq", 13.6, cls="pct"),
     M(B, "NT$673,51 miliar", N, "rev", 673.51, cls="ntd"),
     M(B, "7 nanometer", N, "node7", 7, cls="nm"),
     M(B, "67%", N, "adv_share", 67, cls="pct"),
     M(B, "3 nanometer", N, "node3", 3, cls="nm"),
     M(B, "15%", N, "share3", 15, cls="pct"),
     M(B, "53,5%", N, "q3_gm_low", 53.5, cls="pct"),
     M(B, "55,5%", N, "q3_gm_high", 55.5, cls="pct"),
     M(B, "42,5%", N, "q3_om_low", 42.5, cls="pct"),
     M(B, "44,5%", N, "q3_om_high", 44.5, cls="pct"),
     M(B, "NT$32,5", N, "fx", 32.5, cls="fx"),
     M(B, "US$30 miliar", N, "capex_low", 30, cls="usd"),
     M(B, "US$32 miliar", N, "capex_high", 32, cls="usd"),
     M(B, "US$1,48", N, "adr_eps", 1.48, cls="pershare"),
    ]
    build("tsmc-q2-2024", "TSMC's second-quarter 2024 results (control) of Thursday 18 July 2024: net profit "
          "NT$247.85 billion (up 36.3% on a year earlier, 9.9% on the quarter), NT$9.56 a share (US$1.48 an ADR); "
          "revenue NT$673.51 billion (up 40.1% and 13.6%), US$20.82 billion (up 32.8%); gross margin 53.2%, operating "
          "margin 42.5%, net margin 36.8%; 3 nm 15%, 5 nm 35%, 7 nm 17% of wafer revenue (67% at 7 nm and below); "
          "third-quarter forecast of US$22.4-23.2 billion at NT$32.5 to the dollar, gross margin 53.5-55.5%, operating "
          "margin 42.5-44.5%; 2024 capital spending of US$30-32 billion. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    taroko()
    korea()
    tsmc()
