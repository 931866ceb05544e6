"""The two-hundred-and-sixty-fifth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset265/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def pahalgam():
    K, R, T, A = "kompas-apr23", "reuters-apr25", "detik-may8", "ap-may14"
    # as-of times: the early count of Tuesday night 22 April 2025 (28, a police official's) and the official list of
    # Wednesday 23 April (26) -- a tally revised down (revision); the Pakistani military's count of civilians killed
    # by the Indian strikes on Wednesday 7 May in the morning (26) and in the evening (31), and after the fighting
    # (40, as of Sunday 11 May). The sites struck: India's nine against the Pakistani military's six (sources).
    TUE, WED = "2025-04-22", "2025-04-23"
    MAY7A, MAY7B, MAY11 = "2025-05-07a", "2025-05-07b", "2025-05-11"
    IN, PK = "the Indian government", "the Pakistani military"
    names = {
     "dead": "people killed in the Pahalgam attack", "tourists": "tourists killed in the attack",
     "injured": "people injured in the attack", "hc_from": "staff of each high commission before the cut",
     "hc_to": "staff of each high commission after the cut", "hours": "hours Pakistani visa holders had to leave",
     "reward": "reward per suspect (rupees)", "suspects": "suspects sketched by the police",
     "sites": "sites struck by India on 7 May", "pk_civ": "civilians killed in Pakistan by the fighting",
     "pk_inj": "people injured in Pakistan by the strikes", "in_civ": "civilians killed in Poonch by Pakistani shelling",
     "jets": "Indian jets Pakistan said it shot down", "militants": "militants India said it killed",
     "pk_soldiers": "Pakistani soldiers killed", "days": "days of fighting",
     # dates
     "attack": "day of the attack", "count_early": "day of the early count of 28", "ccs": "day of India's measures",
     "treaty": "year of the Indus Waters Treaty", "hc_deadline": "deadline of the staff cut",
     "nsc": "day of Pakistan's response", "speech": "day of Modi's speech in Bihar", "simla": "year of the Simla Agreement",
     "dateline": "the report's dateline", "strikes": "day of India's strikes", "count_am": "Wednesday morning's count",
     "count_pm": "Wednesday evening's count", "ceasefire": "day the ceasefire took effect",
     "dgmo": "day of the military operations chief's briefing", "address": "day of Modi's address to the nation",
    }
    ms = [
     M(K, "26 orang", N, "dead", 26, WED),
     M(K, "Selasa (22/4/2025)", D, "attack", "2025-04-22"),
     M(K, "angka 28", N, "dead", 28, TUE),
     M(K, "Selasa malam", D, "count_early", "2025-04-22"),
     M(K, "26 orang", N, "dead", 26, WED, occ=2),
     M(K, "25 orang", N, "tourists", 25),
     M(K, "Sedikitnya 17 orang", N, "injured", 17, qual="atleast"),
     M(K, "Rabu (23/4/2025)", D, "ccs", "2025-04-23"),
     M(K, "tahun 1960", D, "treaty", "1960"),
     M(K, "48 jam", N, "hours", 48, cls="dur"),
     M(K, "55", N, "hc_from", 55),
     M(K, "30 orang", N, "hc_to", 30),
     M(K, "1 Mei", D, "hc_deadline", "2025-05-01"),

     M(R, "April 25", D, "dateline", "2025-04-25"),
     M(R, "Thursday", D, "nsc", "2025-04-24"),
     M(R, "26 people", N, "dead", 26, WED),
     M(R, "Tuesday", D, "attack", "2025-04-22"),
     M(R, "25 tourists", N, "tourists", 25),
     M(R, "at least 17 others", N, "injured", 17, qual="atleast"),
     M(R, "Wednesday", D, "ccs", "2025-04-23"),
     M(R, "1960", D, "treaty", "1960"),
     M(R, "30 staff", N, "hc_to", 30),
     M(R, "55", N, "hc_from", 55),
     M(R, "May 1", D, "hc_deadline", "2025-05-01"),
     M(R, "1972", D, "simla", "1972"),
     M(R, "three suspects", N, "suspects", 3),
     M(R, "2 million rupees", N, "reward", 2000000, cls="inr"),
     M(R, "Thursday", D, "speech", "2025-04-24", occ=2),

     M(T, "sembilan lokasi", N, "sites", 9, src=IN),
     M(T, "Rabu (7/5/2025)", D, "strikes", "2025-05-07"),
     M(T, "enam lokasi", N, "sites", 6, src=PK),
     M(T, "26 warga sipil", N, "pk_civ", 26, MAY7A, src=PK),
     M(T, "46 orang", N, "pk_inj", 46, MAY7A, src=PK),
     M(T, "Rabu pagi", D, "count_am", "2025-05-07"),
     M(T, "Rabu malam", D, "count_pm", "2025-05-07"),
     M(T, "31 orang", N, "pk_civ", 31, MAY7B, src=PK),
     M(T, "57 orang", N, "pk_inj", 57, MAY7B, src=PK),
     M(T, "15 warga sipil", N, "in_civ", 15),
     M(T, "Rabu (23/4/2025)", D, "attack", "2025-04-23", planted=True),
     M(T, "26 orang", N, "dead", 26, WED),
     M(T, "lima pesawat", N, "jets", 5, src=PK),

     M(A, "Saturday, May 10", D, "ceasefire", "2025-05-10"),
     M(A, "four days", N, "days", 4, cls="dur"),
     M(A, "nine locations", N, "sites", 9, src=IN),
     M(A, "May 7", D, "strikes", "2025-05-07"),
     M(A, "Sunday", D, "dgmo", "2025-05-11"),
     M(A, "more than 100 militants", N, "militants", 100, qual="morethan", src=IN),
     M(A, "40 civilians", N, "pk_civ", 40, MAY11, src=PK),
     M(A, "11 soldiers", N, "pk_soldiers", 11, src=PK),
     M(A, "April 22", D, "attack", "2025-04-22"),
     M(A, "26 people", N, "dead", 26, WED),
     M(A, "Monday", D, "address", "2025-05-12"),
    ]
    build("pahalgam-attack-2025", "The attack on tourists at the Baisaran meadow near Pahalgam, Indian Kashmir (Tuesday "
          "22 April 2025): an early count of 28 dead on Tuesday night revised down to the official 26 (25 tourists and a "
          "local man), at least 17 injured; India's measures on Wednesday 23 April (the 1960 Indus Waters Treaty in "
          "abeyance, the Attari crossing shut, high commissions cut from 55 to 30 by 1 May) and Pakistan's response on "
          "Thursday 24 April; India's strikes of Wednesday 7 May (nine sites by India's count, six by Pakistan's; "
          "Pakistan's civilian dead 26 -> 31 on the day -> 40 after the fighting); the ceasefire of Saturday 10 May",
          False, ms, names)


def caa():
    R, K, T, A = "reuters-dec12", "kompas-dec17", "tempo-dec23", "ap-jan3"
    # as-of times of the running tallies: the dead in Assam (two on Thursday 12 December 2019, five by Monday 16
    # December), the dead in Uttar Pradesh (six on Friday 20 December, 11 on Saturday 21, 16 by Sunday 22, 19 as
    # reported on 3 January 2020), the dead nationwide (at least 23 by 22 December, at least 25 by 3 January), the
    # arrests and preventive detentions in Uttar Pradesh (705 and more than 4,500 by 22 December; 1,113 and 5,558 by
    # 27 December). The votes (the lower house 311-80 on Monday 9 December, the upper house 125-105 on Wednesday 11
    # December), the assent (Thursday 12 December) and the cut-off (31 December 2014) do not change with the day.
    D12, D16, D20, D21, D22, D27, J03 = ("2019-12-12", "2019-12-16", "2019-12-20", "2019-12-21", "2019-12-22",
                                         "2019-12-27", "2020-01-03")
    names = {
     "ls_yes": "votes for the bill in the lower house", "ls_no": "votes against the bill in the lower house",
     "rs_yes": "votes for the bill in the upper house", "rs_no": "votes against the bill in the upper house",
     "assam_dead": "people killed in Assam", "up_dead": "people killed in Uttar Pradesh",
     "nat_dead": "people killed nationwide", "mang_dead": "people killed in Mangaluru",
     "pol_inj": "policemen injured in Uttar Pradesh", "pol_shot": "policemen hit by gunfire in Uttar Pradesh",
     "arrested": "people arrested in Uttar Pradesh", "detained": "people held in preventive custody in Uttar Pradesh",
     "students": "students detained at the Delhi university", "districts": "districts of Assam without mobile internet",
     "res_new": "years of residence needed under the law", "res_old": "years of residence needed before",
     "religions": "religions the law covers", "countries": "countries the law covers",
     # dates
     "ls_vote": "day of the lower house vote", "rs_vote": "day of the upper house vote", "assent": "day of the assent",
     "firing": "day of the police firing in Assam", "cutoff": "cut-off date of arrival", "prior": "year of the earlier bill",
     "assam_asof": "day of the count of five in Assam", "campus": "day of the police raid on the campus",
     "sc": "day of the Supreme Court's first hearing", "sc_next": "day of the next hearing",
     "up_asof": "day of the count of 16", "up_first": "day of the count of six", "mangaluru": "day of the Mangaluru firing",
     "rally": "day of Modi's rally", "nrc": "year since which no nationwide register was discussed (negated)",
     "peak": "day the violence peaked", "arrest_asof": "day of the count of 1,113 arrests",
    }
    ms = [
     M(R, "two protesters", N, "assam_dead", 2, D12),
     M(R, "Thursday", D, "firing", "2019-12-12"),
     M(R, "Wednesday", D, "rs_vote", "2019-12-11"),
     M(R, "125 votes", N, "rs_yes", 125),
     M(R, "105", N, "rs_no", 105),
     M(R, "311 votes", N, "ls_yes", 311),
     M(R, "80", N, "ls_no", 80),
     M(R, "Thursday", D, "assent", "2019-12-12", occ=2),
     M(R, "Dec. 31, 2014", D, "cutoff", "2014-12-31"),
     M(R, "five years", N, "res_new", 5, cls="dur"),
     M(R, "11 years", N, "res_old", 11, cls="dur"),
     M(R, "10 districts", N, "districts", 10),
     M(R, "in 2016", D, "prior", "2016"),

     M(K, "lima orang", N, "assam_dead", 5, D16),
     M(K, "Senin (16/12/2019)", D, "assam_asof", "2019-12-16"),
     M(K, "Minggu (15/12/2019)", D, "campus", "2019-12-15"),
     M(K, "Sekitar 50 mahasiswa", N, "students", 50, qual="approx"),
     M(K, "Rabu (11/12/2019)", D, "rs_vote", "2019-12-11"),
     M(K, "125 suara", N, "rs_yes", 125),
     M(K, "105 suara", N, "rs_no", 105),
     M(K, "Senin (9/12/2019)", D, "ls_vote", "2019-12-09"),
     M(K, "331 suara", N, "ls_yes", 331, planted=True),
     M(K, "80", N, "ls_no", 80),
     M(K, "Kamis (12/12/2019)", D, "assent", "2019-12-12"),
     M(K, "enam agama", N, "religions", 6),
     M(K, "31 Desember 2014", D, "cutoff", "2014-12-31"),
     M(K, "Rabu (18/12/2019)", D, "sc", "2019-12-18"),

     M(T, "16 orang", N, "up_dead", 16, D22),
     M(T, "Minggu (22/12/2019)", D, "up_asof", "2019-12-22"),
     M(T, "Jumat (20/12/2019)", D, "up_first", "2019-12-20"),
     M(T, "enam orang", N, "up_dead", 6, D20),
     M(T, "11 orang", N, "up_dead", 11, D21),
     M(T, "263 polisi", N, "pol_inj", 263),
     M(T, "57 di antaranya", N, "pol_shot", 57),
     M(T, "705 orang", N, "arrested", 705, D22),
     M(T, "lebih dari 4.500 orang", N, "detained", 4500, D22, qual="morethan"),
     M(T, "sedikitnya 23 orang", N, "nat_dead", 23, D22, qual="atleast"),
     M(T, "Kamis (12/12/2019)", D, "assent", "2019-12-12"),
     M(T, "dua orang", N, "mang_dead", 2),
     M(T, "Kamis (19/12/2019)", D, "mangaluru", "2019-12-19"),
     M(T, "Minggu (22/12/2019)", D, "rally", "2019-12-22", occ=2),
     M(T, "sejak 2014", D, "nrc", "2014"),

     M(A, "19 people", N, "up_dead", 19, J03),
     M(A, "at least 25 people", N, "nat_dead", 25, J03, qual="atleast"),
     M(A, "Dec. 11", D, "rs_vote", "2019-12-11"),
     M(A, "Dec. 27", D, "arrest_asof", "2019-12-27"),
     M(A, "1,113 people", N, "arrested", 1113, D27),
     M(A, "5,558", N, "detained", 5558, D27),
     M(A, "263 policemen", N, "pol_inj", 263),
     M(A, "57 of them", N, "pol_shot", 57),
     M(A, "Dec. 20", D, "peak", "2019-12-20"),
     M(A, "Dec. 13", D, "assent", "2019-12-13", planted=True),
     M(A, "three neighboring countries", N, "countries", 3),
     M(A, "2014", D, "cutoff", "2014"),
     M(A, "311 votes", N, "ls_yes", 311),
     M(A, "80", N, "ls_no", 80),
     M(A, "125", N, "rs_yes", 125),
     M(A, "105", N, "rs_no", 105),
     M(A, "Dec. 18", D, "sc", "2019-12-18"),
     M(A, "Jan. 22", D, "sc_next", "2020-01-22"),
    ]
    build("caa-protests-2019", "India's Citizenship Amendment Act in stages and the protests against it: the lower "
          "house's vote of Monday 9 December 2019 (311-80), the upper house's of Wednesday 11 December (125-105), the "
          "assent of Thursday 12 December; the dead in Assam (two on 12 December -> five by 16 December), in Uttar "
          "Pradesh (six on Friday 20 December -> 11 -> 16 by Sunday 22 December -> 19 by 3 January 2020) and "
          "nationwide (at least 23 -> at least 25); arrests in Uttar Pradesh 705 -> 1,113 and preventive detentions "
          "more than 4,500 -> 5,558; 263 policemen hurt, 57 by gunfire; the cut-off of 31 December 2014", False, ms, names)


def budget():
    R, B, K, A = "reuters-feb1", "bisnis-feb2", "kontan-feb3", "mint-feb5"
    names = {
     "def_next": "fiscal deficit target for the year from 1 April (% of GDP)",
     "def_rev": "revised deficit of the current year (% of GDP)", "def_bud": "deficit budgeted a year ago (% of GDP)",
     "def_goal": "deficit goal by March 2026 (% of GDP)", "capex_growth": "rise in capital spending (%)",
     "capex_gdp": "capital spending (% of GDP)", "capex": "capital spending (lakh crore rupees)",
     "total": "total expenditure (lakh crore rupees)", "receipts": "receipts other than borrowings (lakh crore rupees)",
     "gross": "gross market borrowing (lakh crore rupees)", "net": "net market borrowing (lakh crore rupees)",
     "fund": "research fund (lakh crore rupees)", "tenor": "tenor of the interest-free loans (years)",
     "poverty": "people out of multidimensional poverty (crore)", "pov_years": "years of the poverty figure",
     "taxpayers": "taxpayers helped by the withdrawal of tax demands (crore)",
     # dates
     "presented": "day the interim budget was presented", "fy_start": "first day of the fiscal year",
     "goal_by": "month of the deficit goal", "dateline": "the report's dateline",
    }
    P = "pct"
    ms = [
     M(R, "Feb 1", D, "dateline", "2024-02-01"),
     M(R, "5.1%", N, "def_next", 5.1, cls=P),
     M(R, "April 1", D, "fy_start", "2024-04-01"),
     M(R, "Thursday", D, "presented", "2024-02-01"),
     M(R, "5.8%", N, "def_rev", 5.8, cls=P),
     M(R, "5.9%", N, "def_bud", 5.9, cls=P),
     M(R, "4.5%", N, "def_goal", 4.5, cls=P),
     M(R, "March 2026", D, "goal_by", "2026-03"),
     M(R, "11.1%", N, "capex_growth", 11.1, cls=P),
     M(R, "11.11 lakh crore rupees", N, "capex", 11.11, cls="inr"),
     M(R, "3.4%", N, "capex_gdp", 3.4, cls=P),
     M(R, "47.66 lakh crore rupees", N, "total", 47.66, cls="inr"),
     M(R, "30.80 lakh crore rupees", N, "receipts", 30.80, cls="inr"),
     M(R, "14.13 lakh crore rupees", N, "gross", 14.13, cls="inr"),
     M(R, "11.75 lakh crore rupees", N, "net", 11.75, cls="inr"),
     M(R, "1 lakh crore rupees", N, "fund", 1, cls="inr"),
     M(R, "50-year", N, "tenor", 50, cls="dur"),
     M(R, "25 crore people", N, "poverty", 25),
     M(R, "10 years", N, "pov_years", 10, cls="dur"),

     M(B, "5,1 persen", N, "def_next", 5.1, cls=P),
     M(B, "1 April", D, "fy_start", "2024-04-01"),
     M(B, "Kamis (1/2/2024)", D, "presented", "2024-02-01"),
     M(B, "5,8 persen", N, "def_rev", 5.8, cls=P),
     M(B, "5,9 persen", N, "def_bud", 5.9, cls=P),
     M(B, "4,5 persen", N, "def_goal", 4.5, cls=P),
     M(B, "Maret 2026", D, "goal_by", "2026-03"),
     M(B, "11,1 persen", N, "capex_growth", 11.1, cls=P),
     M(B, "11,11 lakh crore rupee", N, "capex", 11.11, cls="inr"),
     M(B, "3,4 persen", N, "capex_gdp", 3.4, cls=P),
     M(B, "47,66 lakh crore rupee", N, "total", 47.66, cls="inr"),
     M(B, "30,80 lakh crore rupee", N, "receipts", 30.80, cls="inr"),
     M(B, "14,13 lakh crore rupee", N, "gross", 14.13, cls="inr"),
     M(B, "11,75 lakh crore rupee", N, "net", 11.75, cls="inr"),
     M(B, "1 lakh crore rupee", N, "fund", 1, cls="inr"),
     M(B, "50 tahun", N, "tenor", 50, cls="dur"),

     M(K, "Kamis (1/2/2024)", D, "presented", "2024-02-01"),
     M(K, "11,1 persen", N, "capex_growth", 11.1, cls=P),
     M(K, "11,11 lakh crore rupee", N, "capex", 11.11, cls="inr"),
     M(K, "3,4 persen", N, "capex_gdp", 3.4, cls=P),
     M(K, "5,1 persen", N, "def_next", 5.1, cls=P),
     M(K, "1 April", D, "fy_start", "2024-04-01"),
     M(K, "5,8 persen", N, "def_rev", 5.8, cls=P),
     M(K, "5,9 persen", N, "def_bud", 5.9, cls=P),
     M(K, "4,5 persen", N, "def_goal", 4.5, cls=P),
     M(K, "Maret 2026", D, "goal_by", "2026-03"),
     M(K, "47,66 lakh crore rupee", N, "total", 47.66, cls="inr"),
     M(K, "14,13 lakh crore rupee", N, "gross", 14.13, cls="inr"),
     M(K, "11,75 lakh crore rupee", N, "net", 11.75, cls="inr"),
     M(K, "sekitar 1 crore wajib pajak", N, "taxpayers", 1, qual="approx"),
     M(K, "1 lakh crore rupee", N, "fund", 1, cls="inr"),
     M(K, "50 tahun", N, "tenor", 50, cls="dur"),
     M(K, "25 crore warga", N, "poverty", 25),
     M(K, "10 tahun", N, "pov_years", 10, cls="dur"),

     M(A, "1 February", D, "presented", "2024-02-01"),
     M(A, "5.1%", N, "def_next", 5.1, cls=P),
     M(A, "1 April", D, "fy_start", "2024-04-01"),
     M(A, "5.8%", N, "def_rev", 5.8, cls=P),
     M(A, "5.9%", N, "def_bud", 5.9, cls=P),
     M(A, "4.5%", N, "def_goal", 4.5, cls=P),
     M(A, "March 2026", D, "goal_by", "2026-03"),
     M(A, "11.1%", N, "capex_growth", 11.1, cls=P),
     M(A, "₹11.11 lakh crore", N, "capex", 11.11, cls="inr"),
     M(A, "about 3.4%", N, "capex_gdp", 3.4, qual="approx", cls=P),
     M(A, "₹47.66 lakh crore", N, "total", 47.66, cls="inr"),
     M(A, "₹30.80 lakh crore", N, "receipts", 30.80, cls="inr"),
     M(A, "₹14.13 lakh crore", N, "gross", 14.13, cls="inr"),
     M(A, "₹11.75 lakh crore", N, "net", 11.75, cls="inr"),
     M(A, "about 1 crore taxpayers", N, "taxpayers", 1, qual="approx"),
     M(A, "₹1 lakh crore", N, "fund", 1, cls="inr"),
     M(A, "50-year", N, "tenor", 50, cls="dur"),
     M(A, "25 crore people", N, "poverty", 25),
     M(A, "10 years", N, "pov_years", 10, cls="dur"),
    ]
    build("interim-budget-2024", "India's interim budget (control), presented on Thursday 1 February 2024: a fiscal "
          "deficit target of 5.1% of GDP for the year from 1 April, the current year's deficit revised to 5.8% (5.9% "
          "budgeted), below 4.5% by March 2026; capital spending up 11.1% to 11.11 lakh crore rupees (3.4% of GDP); "
          "total expenditure 47.66 lakh crore, receipts other than borrowings 30.80 lakh crore, gross borrowing 14.13 "
          "and net 11.75 lakh crore rupees; a 1 lakh crore fund for 50-year interest-free loans; 25 crore people out of "
          "poverty in 10 years; about 1 crore taxpayers helped. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    pahalgam()
    caa()
    budget()
