"""The rates training set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value (a growth rate's
sign included: "kontraksi 5,32 persen" is -5.32), the as-of time of a figure that is revised, its qualifier, and
whether it is a planted error. Every cross-article pair of mentions is then labelled by the development set's
rules (tests/data/devset/README.md, via tests/benchmarks/factlabels.py): same fact -> agree / compatible / update /
revision / conflict; different facts of one unit class (every pair of percentages: a quarter's growth against
another quarter's, year on year against quarter on quarter, a forecast against the outcome, one nation's share
against another's) and every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/rates/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)
P = "pct"


def gdp():
    K, R, C, J = "kompas-aug05", "reuters-aug06", "cnbcindonesia-nov05", "jakartapost-feb06"
    names = {
     "q2_yoy": "GDP growth Q2 2020, year on year", "q2_qoq": "GDP growth Q2 2020, quarter on quarter",
     "q1_yoy": "GDP growth Q1 2020, year on year", "q2_2019": "GDP growth Q2 2019, year on year",
     "h1": "GDP growth in the first half of 2020", "hh_share": "household consumption's share of GDP in Q2",
     "hh_q2": "household consumption growth Q2", "inv_q2": "investment growth Q2", "exp_q2": "export growth Q2",
     "imp_q2": "import growth Q2", "gov_q2": "government consumption growth Q2",
     "fc_q2_mof": "finance ministry's forecast for Q2", "fc_q2_poll": "Reuters poll's forecast for Q2",
     "fc_fy_aug_lo": "August full-year forecast, low end", "fc_fy_aug_hi": "August full-year forecast, high end",
     "bi_rate": "Bank Indonesia's benchmark rate", "bi_cuts": "Bank Indonesia's rate cuts in 2020",
     "q3_yoy": "GDP growth Q3 2020, year on year", "q3_qoq": "GDP growth Q3 2020, quarter on quarter",
     "ytd_q3": "GDP growth January-September 2020", "hh_q3": "household consumption growth Q3",
     "gov_q3": "government consumption growth Q3", "fc_q3_lo": "Q3 forecast, low end", "fc_q3_hi": "Q3 forecast, high end",
     "fc_fy_sep_lo": "September full-year forecast, low end", "fc_fy_sep_hi": "September full-year forecast, high end",
     "fy": "GDP growth in 2020", "q4_yoy": "GDP growth Q4 2020, year on year",
     "q4_qoq": "GDP growth Q4 2020, quarter on quarter", "fc_fy_dec_hi": "latest full-year forecast, milder end",
     "fc_fy_dec_lo": "latest full-year forecast, deeper end", "hh_fy": "household consumption growth in 2020",
     "g1998": "GDP growth in 1998", "pci": "income per capita 2020 (Rp million)", "pci19": "income per capita 2019",
     "phil": "Philippine GDP growth in 2020", "t21_lo": "2021 growth target, low end", "t21_hi": "2021 growth target, high end",
     # dates
     "rel_q2": "day of the Q2 release", "rel_q3": "day of the Q3 release", "rel_fy": "day of the full-year release",
     "y1998": "year of the crisis (1998)",
     "p2020": "the year 2020 (the period of the figures)", "p2019": "the year 2019 (the base period)",
     "p2021": "the year 2021 (the target's period)",
    }
    ms = [
     M(K, "kontraksi 5,32 persen", N, "q2_yoy", -5.32, cls=P),
     M(K, "4,19 persen", N, "q2_qoq", -4.19, cls=P),
     M(K, "2,97 persen", N, "q1_yoy", 2.97, cls=P),
     M(K, "5,05 persen", N, "q2_2019", 5.05, cls=P),
     M(K, "1,26 persen", N, "h1", -1.26, cls=P),
     M(K, "57,85 persen", N, "hh_share", 57.85, cls=P),
     M(K, "5,51 persen", N, "hh_q2", -5.51, cls=P),
     M(K, "8,61 persen", N, "inv_q2", -8.61, cls=P),
     M(K, "11,66 persen", N, "exp_q2", -11.66, cls=P),
     M(K, "16,96 persen", N, "imp_q2", -16.96, cls=P),
     M(K, "minus 6,90 persen", N, "gov_q2", -6.9, cls=P),
     M(K, "kontraksi 4,3 persen", N, "fc_q2_mof", -4.3, cls=P),
     M(K, "Rabu (5/8/2020)", D, "rel_q2", "2020-08-05"),
     M(K, "tahun ini", D, "p2020", "2020"),
     M(K, "tahun lalu", D, "p2019", "2019"),
     M(K, "tahun lalu", D, "p2019", "2019", occ=2),

     M(R, "5.32%", N, "q2_yoy", -5.32, cls=P),
     M(R, "4.8%", N, "fc_q2_poll", -4.8, cls=P),
     M(R, "2.97%", N, "q1_yoy", 2.97, cls=P),
     M(R, "4.19%", N, "q2_qoq", -4.19, cls=P),
     M(R, "5.51%", N, "hh_q2", -5.51, cls=P),
     M(R, "8.61%", N, "inv_q2", -8.61, cls=P),
     M(R, "6.9%", N, "gov_q2", -6.9, cls=P),
     M(R, "5.05%", N, "q2_2019", 5.05, cls=P),
     M(R, "1.26%", N, "h1", -1.26, cls=P),
     M(R, "minus 0.4%", N, "fc_fy_aug_lo", -0.4, cls=P),
     M(R, "1%", N, "fc_fy_aug_hi", 1.0, cls=P),
     M(R, "four times", N, "bi_cuts", 4, cls="times"),
     M(R, "4.00%", N, "bi_rate", 4.0, cls=P),
     M(R, "Wednesday", D, "rel_q2", "2020-08-05"),
     M(R, "last year", D, "p2019", "2019"),
     M(R, "this year", D, "p2020", "2020"),

     M(C, "minus 3,49%", N, "q3_yoy", -3.49, cls=P),
     M(C, "5,32%", N, "q2_yoy", -5.32, cls=P),
     M(C, "5,05%", N, "q3_qoq", 5.05, cls=P),
     M(C, "2,03%", N, "ytd_q3", -2.03, cls=P),
     M(C, "minus 4,04%", N, "hh_q3", -4.04, cls=P),
     M(C, "9,76%", N, "gov_q3", 9.76, cls=P),
     M(C, "minus 2,9%", N, "fc_q3_lo", -2.9, cls=P),
     M(C, "minus 1%", N, "fc_q3_hi", -1.0, cls=P),
     M(C, "4,91%", N, "q2_qoq", -4.91, cls=P, planted=True),
     M(C, "minus 1,7%", N, "fc_fy_sep_lo", -1.7, cls=P),
     M(C, "minus 0,6%", N, "fc_fy_sep_hi", -0.6, cls=P),
     M(C, "Kamis (5/11/2020)", D, "rel_q3", "2020-11-05"),
     M(C, "1998", D, "y1998", "1998"),

     M(J, "2.07 percent", N, "fy", -2.07, cls=P),
     M(J, "2.19 percent", N, "q4_yoy", -2.19, cls=P),
     M(J, "0.42 percent", N, "q4_qoq", -0.42, cls=P),
     M(J, "1.7", N, "fc_fy_dec_hi", -1.7, cls=P),
     M(J, "2.2 percent", N, "fc_fy_dec_lo", -2.2, cls=P),
     M(J, "5.32 percent", N, "q2_yoy", -5.32, cls=P),
     M(J, "3.94 percent", N, "q3_yoy", -3.94, cls=P, planted=True),
     M(J, "2.63 percent", N, "hh_fy", -2.63, cls=P),
     M(J, "13.13 percent", N, "g1998", -13.13, cls=P),
     M(J, "Rp 56.9 million", N, "pci", 56.9, cls="money"),
     M(J, "Rp 59.1 million", N, "pci19", 59.1, cls="money"),
     M(J, "9.5 percent", N, "phil", -9.5, cls=P),
     M(J, "4.5", N, "t21_lo", 4.5, cls=P),
     M(J, "5.5 percent", N, "t21_hi", 5.5, cls=P),
     M(J, "Friday", D, "rel_fy", "2021-02-05"),
     M(J, "last year", D, "p2020", "2020"),
     M(J, "last year", D, "p2020", "2020", occ=2),
     M(J, "this year", D, "p2021", "2021"),
     M(J, "1998", D, "y1998", "1998"),
    ]
    build("indonesia-gdp-2020", "Indonesia's GDP in 2020: Q2 -5.32 % year on year and -4.19 % quarter on quarter "
          "(released Wednesday 5 August 2020), the first half -1.26 %, Q1 2.97 %, Q2 2019 5.05 %, components (household "
          "consumption -5.51 %, 57.85 % of GDP; investment, exports, imports, government); forecasts beside the "
          "outcome (the ministry's -4.3 %, a poll's -4.8 %); Q3 -3.49 % yoy and +5.05 % qoq (Thursday 5 November), "
          "January-September -2.03 %; the full year -2.07 % with Q4 -2.19 % / -0.42 % (Friday 5 February 2021); "
          "full-year forecasts of August, September and December; 1998's -13.13 %", False, ms, names)


def brexit():
    B, K, R, T = "bbc-jun24", "kompas-jun26", "reuters-jun25", "tempo-mar30"
    names = {
     "leave": "Leave's share of the vote", "remain": "Remain's share of the vote", "leave_v": "votes for Leave",
     "remain_v": "votes for Remain", "margin": "Leave's margin in votes", "turnout": "turnout of the referendum",
     "turnout92": "turnout of the 1992 general election", "eng": "England's Leave share", "wales": "Wales' Leave share",
     "scot": "Scotland's Remain share", "scot_l": "Scotland's Leave share", "ni": "Northern Ireland's Remain share",
     "london": "London's Remain share", "gbp": "the pound's low in dollars", "poll_r": "YouGov poll: Remain",
     "poll_l": "YouGov poll: Leave", "years": "years of membership", "electorate": "registered voters",
     "sund": "Sunderland's Leave share", "y75": "stay share in the 1975 referendum", "gbp_fall": "sterling's fall",
     "ftse": "the FTSE 100's early fall", "months9": "months from the referendum to Article 50",
     "yrs2": "years to negotiate", "holy_y": "Holyrood votes for a second referendum",
     "holy_n": "Holyrood votes against",
     # dates
     "vote": "referendum day", "result": "day the result was announced", "resign": "Cameron's departure by October",
     "y1992": "year of the 1992 general election", "y1985": "1985 (the pound's previous low)",
     "y1975": "year of the 1975 referendum", "a50": "day Article 50 was triggered", "deadline": "Brexit deadline",
     "holyrood": "day of the Holyrood vote", "y1973": "year Britain joined",
    }
    ms = [
     M(B, "51.9%", N, "leave", 51.9, cls=P),
     M(B, "48.1%", N, "remain", 48.1, cls=P),
     M(B, "43 years", N, "years", 43, cls="dur"),
     M(B, "17,410,742", N, "leave_v", 17410742),
     M(B, "16,141,241", N, "remain_v", 16141241),
     M(B, "more than 1.2 million", N, "margin", 1.2e6, qual="morethan"),
     M(B, "72.2%", N, "turnout", 72.2, cls=P),
     M(B, "77.7%", N, "turnout92", 77.7, cls=P),
     M(B, "53.4%", N, "eng", 53.4, cls=P),
     M(B, "52.5%", N, "wales", 52.5, cls=P),
     M(B, "62%", N, "scot", 62, cls=P),
     M(B, "55.8%", N, "ni", 55.8, cls=P),
     M(B, "59.9%", N, "london", 59.9, cls=P),
     M(B, "$1.3229", N, "gbp", 1.3229, cls="money"),
     M(B, "52%", N, "poll_r", 52, cls=P),
     M(B, "48%", N, "poll_l", 48, cls=P),
     M(B, "Thursday", D, "vote", "2016-06-23"),
     M(B, "1992", D, "y1992", "1992"),
     M(B, "Friday", D, "result", "2016-06-24"),
     M(B, "October", D, "resign", "2016-10"),
     M(B, "1985", D, "y1985", "1985"),

     M(K, "Kamis (23/6/2016)", D, "vote", "2016-06-23"),
     M(K, "Jumat (24/6/2016)", D, "result", "2016-06-24"),
     M(K, "51,9 persen", N, "leave", 51.9, cls=P),
     M(K, "48,1 persen", N, "remain", 48.1, cls=P),
     M(K, "17,4 juta orang", N, "leave_v", 17.4e6, qual="approx"),
     M(K, "16,1 juta", N, "remain_v", 16.1e6, qual="approx"),
     M(K, "72,2 persen", N, "turnout", 72.2, cls=P),
     M(K, "46,5 juta pemilih terdaftar", N, "electorate", 46.5e6, qual="approx"),
     M(K, "68 persen", N, "scot", 68, cls=P, planted=True),
     M(K, "55,8 persen", N, "ni", 55.8, cls=P),
     M(K, "61,3 persen", N, "sund", 61.3, cls=P),
     M(K, "Oktober", D, "resign", "2016-10"),
     M(K, "67,2 persen", N, "y75", 67.2, cls=P),
     M(K, "1975", D, "y1975", "1975"),

     M(R, "Friday", D, "result", "2016-06-24"),
     M(R, "52 percent", N, "leave", 51.9, cls=P, qual="approx"),
     M(R, "48 percent", N, "remain", 48.1, cls=P, qual="approx"),
     M(R, "about 1.3 million votes", N, "margin", 1.3e6, qual="approx"),
     M(R, "72 percent", N, "turnout", 72.2, cls=P, qual="approx"),
     M(R, "as much as 10 percent", N, "gbp_fall", 10, cls=P),
     M(R, "1985", D, "y1985", "1985"),
     M(R, "more than 8 percent", N, "ftse", 8, cls=P, qual="morethan"),
     M(R, "62 percent", N, "scot", 62, cls=P),
     M(R, "38 percent", N, "scot_l", 38, cls=P),
     M(R, "55.8 percent", N, "ni", 55.8, cls=P),
     M(R, "52.5 percent", N, "wales", 52.5, cls=P),
     M(R, "53.4 percent", N, "eng", 53.4, cls=P),
     M(R, "October", D, "resign", "2016-10"),

     M(T, "Rabu (29/3/2017)", D, "a50", "2017-03-29"),
     M(T, "sembilan bulan", N, "months9", 9, cls="dur"),
     M(T, "23 Juni 2016", D, "vote", "2016-06-23"),
     M(T, "51,9 persen", N, "leave", 51.9, cls=P),
     M(T, "48,1 persen", N, "remain", 48.1, cls=P),
     M(T, "77,2 persen", N, "turnout", 77.2, cls=P, planted=True),
     M(T, "dua tahun", N, "yrs2", 2, cls="dur"),
     M(T, "29 Maret 2019", D, "deadline", "2019-03-29"),
     M(T, "62 persen", N, "scot", 62, cls=P),
     M(T, "Selasa (28/3/2017)", D, "holyrood", "2017-03-28"),
     M(T, "69 suara", N, "holy_y", 69),
     M(T, "59", N, "holy_n", 59),
     M(T, "1973", D, "y1973", "1973"),
    ]
    build("brexit-referendum-2016", "The UK's EU referendum (Thursday 23 June 2016): Leave 51.9 % (17,410,742) against "
          "Remain 48.1 % (16,141,241), shares that add up, a margin of about 1.27 million, turnout 72.2 % (1992's 77.7 "
          "% recalled); per nation (England 53.4 % and Wales 52.5 % Leave, Scotland 62 % and Northern Ireland 55.8 % "
          "Remain, London 59.9 %), Sunderland 61.3 %; an on-the-day poll of 52/48 the other way; the 1975 referendum's "
          "67.2 %; Cameron's resignation, the pound and the FTSE; Article 50 triggered on Wednesday 29 March 2017 "
          "recalling the result", False, ms, names)


def jobs():
    R, K, C, A = "reuters-may08", "kontan-may09", "cnbcindonesia-jun06", "apnews-feb05"
    first, may, annual = "2020-05-08", "2020-06-05", "2021-02-05"
    names = {
     "apr_rate": "unemployment rate, April 2020", "apr_jobs": "jobs lost in April 2020",
     "fc_apr_jobs": "forecast jobs lost in April", "fc_apr_rate": "forecast unemployment rate, April",
     "mar_rate": "unemployment rate, March 2020", "feb_rate": "unemployment rate, February 2020",
     "high82": "post-war high of the unemployment rate (1982)", "mar_jobs": "jobs lost in March 2020",
     "leis_apr": "leisure and hospitality jobs lost in April", "black_apr": "Black unemployment rate, April",
     "hisp_apr": "Hispanic unemployment rate, April", "lfpr": "participation rate, April",
     "miscl_apr": "misclassification's effect on April's rate", "women": "women's unemployment rate, April",
     "men": "men's unemployment rate, April", "ahe": "average hourly earnings growth, April",
     "may_rate": "unemployment rate, May 2020", "may_jobs": "jobs added in May", "fc_may_jobs": "forecast jobs lost in May",
     "fc_may_rate": "forecast unemployment rate, May", "leis_may": "leisure and hospitality jobs added in May",
     "black_may": "Black unemployment rate, May", "hisp_may": "Hispanic unemployment rate, May",
     "white_may": "white unemployment rate, May", "miscl_may": "misclassification's effect on May's rate",
     "dow": "the Dow's rise on the day", "jan_jobs": "jobs added in January 2021", "jan_rate": "unemployment rate, January 2021",
     "lost_ma": "jobs lost in March and April", "recov": "jobs recovered by January 2021",
     "dec_jobs": "jobs lost in December 2020", "black_jan": "Black unemployment rate, January 2021",
     "leis_since": "restaurant, bar and hotel jobs lost since the pandemic",
     # dates
     "rel_apr": "day of the April report", "rel_may": "day of the May report", "rel_jan": "day of the January report",
     "nov82": "November 1982", "y1973": "1973",
     "m_apr": "April 2020 (the month of the figures)", "m_mar": "March 2020", "m_feb": "February 2020",
     "m_may": "May 2020", "m_jan": "January 2021", "p2020": "the year 2020",
    }
    ms = [
     M(R, "20.5 million jobs", N, "apr_jobs", 20.5e6, first),
     M(R, "14.7%", N, "apr_rate", 14.7, first, cls=P),
     M(R, "Friday", D, "rel_apr", "2020-05-08"),
     M(R, "April", D, "m_apr", "2020-04"),
     M(R, "March", D, "m_mar", "2020-03"),
     M(R, "February", D, "m_feb", "2020-02"),
     M(R, "22 million", N, "fc_apr_jobs", 22e6),
     M(R, "16%", N, "fc_apr_rate", 16, cls=P),
     M(R, "4.4%", N, "mar_rate", 4.4, cls=P),
     M(R, "3.5%", N, "feb_rate", 3.5, cls=P),
     M(R, "10.8%", N, "high82", 10.8, cls=P),
     M(R, "November 1982", D, "nov82", "1982-11"),
     M(R, "870,000 jobs", N, "mar_jobs", 870000, first),
     M(R, "701,000", N, "mar_jobs", 701000, "2020-04-03"),
     M(R, "7.7 million", N, "leis_apr", 7.7e6),
     M(R, "16.7%", N, "black_apr", 16.7, cls=P),
     M(R, "18.9%", N, "hisp_apr", 18.9, cls=P),
     M(R, "60.2%", N, "lfpr", 60.2, cls=P),
     M(R, "1973", D, "y1973", "1973"),
     M(R, "almost 5 percentage points", N, "miscl_apr", 5, cls="pp", qual="nearly"),

     M(K, "14,7%", N, "apr_rate", 14.7, first, cls=P),
     M(K, "Jumat (8/5/2020)", D, "rel_apr", "2020-05-08"),
     M(K, "April", D, "m_apr", "2020-04"),
     M(K, "Maret", D, "m_mar", "2020-03"),
     M(K, "20,5 juta", N, "apr_jobs", 20.5e6, first),
     M(K, "16%", N, "fc_apr_rate", 16, cls=P),
     M(K, "22 juta pekerjaan", N, "fc_apr_jobs", 22e6),
     M(K, "4,4%", N, "mar_rate", 4.4, cls=P),
     M(K, "7,7 juta pekerjaan", N, "leis_apr", 7.7e6),
     M(K, "17,6%", N, "black_apr", 17.6, cls=P, planted=True),
     M(K, "18,9%", N, "hisp_apr", 18.9, cls=P),
     M(K, "15,5%", N, "women", 15.5, cls=P),
     M(K, "13%", N, "men", 13, cls=P),
     M(K, "7,9%", N, "ahe", 7.9, cls=P),
     M(K, "60,2%", N, "lfpr", 60.2, cls=P),

     M(C, "13,3%", N, "may_rate", 13.3, cls=P),
     M(C, "14,7%", N, "apr_rate", 14.7, first, cls=P),
     M(C, "Jumat (5/6/2020)", D, "rel_may", "2020-06-05"),
     M(C, "Mei", D, "m_may", "2020-05"),
     M(C, "April", D, "m_apr", "2020-04"),
     M(C, "2,5 juta lapangan kerja", N, "may_jobs", 2.5e6),
     M(C, "8 juta pekerjaan", N, "fc_may_jobs", 8e6),
     M(C, "19,5%", N, "fc_may_rate", 19.5, cls=P),
     M(C, "20,7 juta pekerjaan", N, "apr_jobs", 20.7e6, may),
     M(C, "20,5 juta", N, "apr_jobs", 20.5e6, first),
     M(C, "1,2 juta pekerjaan", N, "leis_may", 1.2e6),
     M(C, "16,8%", N, "black_may", 16.8, cls=P),
     M(C, "17,6%", N, "hisp_may", 17.6, cls=P),
     M(C, "12,4%", N, "white_may", 12.4, cls=P),
     M(C, "sekitar 3 poin persentase", N, "miscl_may", 3, cls="pp", qual="approx"),
     M(C, "3,2%", N, "dow", 3.2, cls=P),

     M(A, "49,000 jobs", N, "jan_jobs", 49000),
     M(A, "6.3%", N, "jan_rate", 6.3, cls=P),
     M(A, "Friday", D, "rel_jan", "2021-02-05"),
     M(A, "January", D, "m_jan", "2021-01"),
     M(A, "March", D, "m_mar", "2020-03"),
     M(A, "last year", D, "p2020", "2020"),
     M(A, "January", D, "m_jan", "2021-01", occ=2),
     M(A, "February", D, "m_feb", "2020-02"),
     M(A, "last year", D, "p2020", "2020", occ=2),
     M(A, "22.4 million jobs", N, "lost_ma", 22.4e6),
     M(A, "14.7%", N, "apr_rate", 14.7, first, cls=P),
     M(A, "14.8%", N, "apr_rate", 14.8, annual, cls=P),
     M(A, "about 12 million", N, "recov", 12e6, qual="approx"),
     M(A, "227,000 jobs", N, "dec_jobs", 227000, annual),
     M(A, "140,000", N, "dec_jobs", 140000, "2021-01-08"),
     M(A, "9.2%", N, "black_jan", 9.2, cls=P),
     M(A, "nearly 4 million jobs", N, "leis_since", 4e6, qual="nearly"),
     M(A, "3.5%", N, "feb_rate", 3.5, cls=P),
    ]
    build("us-jobs-report-2020", "The US jobs reports of spring 2020: April's unemployment rate 14.7 % (Friday 8 May "
          "2020; revised to 14.8 % in the annual revision of February 2021) and 20.5 million jobs lost (revised to "
          "20.7 million a month later), forecasts of 16 % and 22 million beside them, March 4.4 % and February 3.5 %, "
          "rates per group (Black 16.7 %, Hispanic 18.9 %, women 15.5 %, men 13 %), participation 60.2 %; May's 13.3 % "
          "and 2.5 million jobs added (Friday 5 June) against forecasts of 19.5 % and 8 million lost, May's group rates; "
          "January 2021's 6.3 % with the year's revisions", False, ms, names)


def cbrt():
    R, K, C, F = "reuters-jun22", "kompas-jun23", "cnbcindonesia-jul06", "ft-aug25"
    BP = "bp"
    names = {
     "jun_rate": "policy rate after the June decision", "prev": "policy rate before June (since February)",
     "hike_jun": "June's hike in basis points", "poll_jun": "rate expected in June", "may_inf": "annual inflation, May 2023",
     "peak": "inflation peak, October 2022", "r2021": "policy rate in 2021", "target": "inflation target",
     "lira_jun": "the lira's fall after the June decision", "core": "core inflation, May", "jun_inf": "annual inflation, June 2023",
     "mom_jun": "monthly inflation, June", "fc_jun_inf": "inflation expected for June", "months8": "months of falling inflation",
     "jul_rate": "policy rate after the July decision", "aug_rate": "policy rate after the August decision",
     "fc_aug": "rate expected in August", "fc_jul": "rate expected in July", "hike_aug": "August's hike in basis points",
     "jul_inf": "annual inflation, July 2023", "cum": "rise since June in percentage points",
     "lira_aug": "the lira's rally after the August decision",
     # dates
     "dec_jun": "day of the June decision", "feb_cut": "month of the cut to 8.5 %", "y2021": "2021",
     "oct22": "month of the inflation peak", "rel_jun_cpi": "day of the June inflation release",
     "jul_meet": "day of the July meeting", "dec_aug": "day of the August decision", "jul_month": "month of the July hike",
     "gov_in": "month the governor took office", "end2021": "end of 2021",
     "m_may": "May 2023 (the month of the inflation figure)", "m_jun": "June 2023 (the month of the inflation figure)",
     "p2023": "the year 2023", "m_jul": "July 2023 (the month of the inflation figure)",
    }
    ms = [
     M(R, "650 basis points", N, "hike_jun", 650, cls=BP),
     M(R, "15%", N, "jun_rate", 15, cls=P),
     M(R, "Thursday", D, "dec_jun", "2023-06-22"),
     M(R, "this month", D, "gov_in", "2023-06"),
     M(R, "May", D, "m_may", "2023-05"),
     M(R, "21%", N, "poll_jun", 21, cls=P),
     M(R, "8.5%", N, "prev", 8.5, cls=P),
     M(R, "39.59%", N, "may_inf", 39.59, cls=P),
     M(R, "85.51%", N, "peak", 85.51, cls=P),
     M(R, "October", D, "oct22", "2022-10"),
     M(R, "about 2.5%", N, "lira_jun", 2.5, cls=P, qual="approx"),
     M(R, "8.5%", N, "prev", 8.5, cls=P, occ=2),
     M(R, "February", D, "feb_cut", "2023-02"),
     M(R, "19%", N, "r2021", 19, cls=P),
     M(R, "2021", D, "y2021", "2021"),
     M(R, "5%", N, "target", 5, cls=P),

     M(K, "8,5 persen", N, "prev", 8.5, cls=P),
     M(K, "15 persen", N, "jun_rate", 15, cls=P),
     M(K, "Kamis (22/6/2023)", D, "dec_jun", "2023-06-22"),
     M(K, "Mei", D, "m_may", "2023-05"),
     M(K, "650 basis poin", N, "hike_jun", 650, cls=BP),
     M(K, "21 persen", N, "poll_jun", 21, cls=P),
     M(K, "39,95 persen", N, "may_inf", 39.95, cls=P, planted=True),
     M(K, "85,51 persen", N, "peak", 85.51, cls=P),
     M(K, "Oktober tahun lalu", D, "oct22", "2022-10"),
     M(K, "kisaran 45 persen", N, "core", 45, cls=P, qual="approx"),
     M(K, "sekitar 2,5 persen", N, "lira_jun", 2.5, cls=P, qual="approx"),
     M(K, "akhir 2021", D, "end2021", "2021-12"),

     M(C, "38,21%", N, "jun_inf", 38.21, cls=P),
     M(C, "39,59%", N, "may_inf", 39.59, cls=P),
     M(C, "Rabu (5/7/2023)", D, "rel_jun_cpi", "2023-07-05"),
     M(C, "Juni", D, "m_jun", "2023-06"),
     M(C, "Mei", D, "m_may", "2023-05"),
     M(C, "tahun ini", D, "p2023", "2023"),
     M(C, "3,92%", N, "mom_jun", 3.92, cls=P),
     M(C, "38,7%", N, "fc_jun_inf", 38.7, cls=P),
     M(C, "delapan bulan", N, "months8", 8, cls="dur"),
     M(C, "85,51%", N, "peak", 85.51, cls=P),
     M(C, "Oktober 2022", D, "oct22", "2022-10"),
     M(C, "8,5%", N, "prev", 8.5, cls=P),
     M(C, "15%", N, "jun_rate", 15, cls=P),
     M(C, "20 Juli", D, "jul_meet", "2023-07-20"),

     M(F, "17.5 per cent", N, "jul_rate", 17.5, cls=P),
     M(F, "25 per cent", N, "aug_rate", 25, cls=P),
     M(F, "Thursday", D, "dec_aug", "2023-08-24"),
     M(F, "20 per cent", N, "fc_aug", 20, cls=P),
     M(F, "750 basis point", N, "hike_aug", 750, cls=BP),
     M(F, "15 per cent", N, "jun_rate", 15, cls=P),
     M(F, "June", D, "dec_jun", "2023-06"),
     M(F, "17.5 per cent", N, "jul_rate", 17.5, cls=P, occ=2),
     M(F, "July", D, "jul_month", "2023-07"),
     M(F, "20 per cent", N, "fc_jul", 20, cls=P, occ=2),
     M(F, "47.83 per cent", N, "jul_inf", 47.83, cls=P),
     M(F, "July", D, "m_jul", "2023-07", occ=2),
     M(F, "June", D, "m_jun", "2023-06", occ=2),
     M(F, "38.21 per cent", N, "jun_inf", 38.21, cls=P),
     M(F, "June", D, "gov_in", "2023-06", occ=3),
     M(F, "16.5 percentage points", N, "cum", 16.5, cls="pp"),
     M(F, "about 6 per cent", N, "lira_aug", 6, cls=P, qual="approx"),
     M(F, "8.5 per cent", N, "prev", 8.5, cls=P),
     M(F, "June 21", D, "dec_jun", "2023-06-21", planted=True),
    ]
    build("cbrt-hike-2023", "Turkey's central bank under a new governor (2023): the one-week repo rate raised from "
          "8.5 % to 15 % (650 basis points) on Thursday 22 June against 21 % expected; May's inflation 39.59 % beside "
          "the 85.51 % peak of October 2022 and core inflation; June's 38.21 % (3.92 % a month, 38.7 % expected) "
          "released Wednesday 5 July; the July hike to 17.5 % (20 % expected) and the August hike to 25 % (750 basis "
          "points, 20 % expected), July's inflation 47.83 %, 16.5 points since June", False, ms, names)


if __name__ == "__main__":
    gdp()
    brexit()
    jobs()
    cbrt()
