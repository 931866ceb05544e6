"""The thirtieth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset30/facts.py``
(``--show`` prints each mention in its context).
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def idai():
    R, K, A, T, G = "reuters-mar18", "kompas-mar21", "afp-mar25", "tempo-apr03", "guardian-mar2020"
    names = {
     "moz_dead": "death toll in Mozambique", "zim_dead": "death toll in Zimbabwe", "mw_dead": "death toll in Malawi",
     "total_dead": "death toll across the three countries", "feared": "toll Nyusi feared (more than 1,000)",
     "zim_missing": "people missing in Zimbabwe", "displaced": "people in accommodation centres in Mozambique",
     "centres": "accommodation centres in Mozambique", "affected": "people affected in the three countries",
     "beira_pop": "population of Beira", "beira_pct": "share of Beira damaged or destroyed",
     "wind": "wind speed at landfall (km/h)", "cholera": "cholera cases in Mozambique",
     "cholera_dead": "cholera deaths in Mozambique", "doses": "oral cholera vaccine doses",
     "resettled": "people still in resettlement sites a year on", "kenneth": "dead in Cyclone Kenneth (April 2019)",
     "floods2000": "dead in Mozambique's floods of 2000", "moz_mourn": "days of national mourning in Mozambique",
     "zim_mourn": "days of national mourning in Zimbabwe", "appeal_months": "months the UN flash appeal covers",
     "kenneth_gap": "weeks between Idai and Kenneth", "appeal": "UN flash appeal for Mozambique (USD)",
     "recon": "cost of reconstruction (USD)", "pledged": "donors' pledges at the Beira conference (USD)",
     # dates
     "landfall": "day Idai made landfall near Beira", "nyusi": "day Nyusi spoke after flying over the floods",
     "airport": "day Beira's airport reopened to relief flights", "count20": "day the 202 dead in Mozambique were given",
     "moz_mourn_start": "first day of Mozambique's mourning", "zim_mourn_start": "first day of Zimbabwe's mourning",
     "count25": "day the 446 dead in Mozambique were given", "zim259": "day Zimbabwe gave 259 dead",
     "ocha25": "day of the UN office's update", "cholera_count": "day the 1,428 cholera cases were counted",
     "first_cholera": "day the first cholera cases were confirmed", "cholera139": "day the 139 cholera cases were counted",
     "vaccine": "day the vaccination campaign began", "count598": "day the 598 dead in Mozambique were given",
     "conference": "month of the donors' conference in Beira",
    }
    ms = [
     M(R, "more than 1,000 people", N, "feared", 1000, qual="morethan"),
     M(R, "84", N, "moz_dead", 84, "2019-03-18"),
     M(R, "177 km per hour", N, "wind", 177, cls="speed"),
     M(R, "about 90 percent", N, "beira_pct", 90, qual="approx", cls="pct"),
     M(R, "500,000 people", N, "beira_pop", 500000, qual="approx"),
     M(R, "at least 98 people", N, "zim_dead", 98, "2019-03-18", "atleast"),
     M(R, "56 dead", N, "mw_dead", 56, "2019-03-18"),
     M(R, "more than a thousand deaths", N, "feared", 1000, qual="morethan"),
     M(R, "Monday", D, "nyusi", "2019-03-18"),
     M(R, "Thursday", D, "landfall", "2019-03-14"),
     M(R, "Sunday", D, "airport", "2019-03-17"),

     M(K, "202 orang", N, "moz_dead", 202, "2019-03-20"),
     M(K, "139 orang", N, "zim_dead", 139, "2019-03-20"),
     M(K, "sekitar 200 orang", N, "zim_missing", 200, "2019-03-20", "approx", fall=True),
     M(K, "56 korban", N, "mw_dead", 56, "2019-03-20"),
     M(K, "lebih dari 390 orang", N, "total_dead", 390, "2019-03-20", "morethan"),
     M(K, "177 kilometer per jam", N, "wind", 177, cls="speed"),
     M(K, "sekitar 2,6 juta orang", N, "affected", 2.6e6, qual="approx"),
     M(K, "1.000 orang", N, "feared", 1000, qual="morethan"),
     M(K, "tiga hari", N, "moz_mourn", 3, cls="dur"),
     M(K, "dua hari", N, "zim_mourn", 2, cls="dur"),
     M(K, "Rabu (20/3/2019)", D, "count20", "2019-03-20"),
     M(K, "Kamis (14/3/2019)", D, "landfall", "2019-03-14"),
     M(K, "Senin (18/3/2019)", D, "nyusi", "2019-03-18"),
     M(K, "Rabu", D, "moz_mourn_start", "2019-03-20", occ=2),
     M(K, "Sabtu (23/3/2019)", D, "zim_mourn_start", "2019-03-23"),

     M(A, "446", N, "moz_dead", 446, "2019-03-25"),
     M(A, "259 people", N, "zim_dead", 259, "2019-03-24"),
     M(A, "56 deaths", N, "mw_dead", 56, "2019-03-25"),
     M(A, "750", N, "total_dead", 750, "2019-03-25", "morethan"),
     M(A, "128,941 people", N, "displaced", 128941, "2019-03-25", src="INGC", fall=True),
     M(A, "154 accommodation centres", N, "centres", 154, "2019-03-25"),
     M(A, "about 110,000", N, "displaced", 110000, "2019-03-25", "approx", src="the UN humanitarian office",
       fall=True),
     M(A, "$282 million", N, "appeal", 282e6, cls="money"),
     M(A, "three months", N, "appeal_months", 3, cls="dur"),
     M(A, "Monday", D, "count25", "2019-03-25"),
     M(A, "Sunday", D, "zim259", "2019-03-24"),
     M(A, "Monday", D, "ocha25", "2019-03-25", occ=2),
     M(A, "March 14", D, "landfall", "2019-03-14"),

     M(T, "1.428 kasus", N, "cholera", 1428, "2019-04-02"),
     M(T, "dua orang", N, "cholera_dead", 2, "2019-04-02"),
     M(T, "Lima kasus", N, "cholera", 5, "2019-03-27"),
     M(T, "139 kasus", N, "cholera", 139, "2019-03-29"),
     M(T, "900.000 dosis", N, "doses", 900000),
     M(T, "598 orang", N, "moz_dead", 598, "2019-04-02"),
     M(T, "179 korban", N, "zim_dead", 179, "2019-04-02"),
     M(T, "259", N, "zim_dead", 259, "2019-03-24"),
     M(T, "329 orang", N, "zim_missing", 329, "2019-04-02", fall=True),
     M(T, "160.000 orang", N, "displaced", 160000, "2019-04-02", "morethan", fall=True),
     M(T, "Selasa (2/4/2019)", D, "cholera_count", "2019-04-02"),
     M(T, "Kamis (28/3/2019)", D, "first_cholera", "2019-03-28", planted=True),
     M(T, "Jumat (29/3/2019)", D, "cholera139", "2019-03-29"),
     M(T, "Rabu (3/4/2019)", D, "vaccine", "2019-04-03"),
     M(T, "Selasa", D, "count598", "2019-04-02", occ=2),

     M(G, "603 people", N, "moz_dead", 603, "final"),
     M(G, "344", N, "zim_dead", 344, "final"),
     M(G, "60", N, "mw_dead", 60, "final"),
     M(G, "About 100,000 people", N, "resettled", 100000, qual="approx"),
     M(G, "more than 6,700 people", N, "cholera", 6700, "final", "morethan"),
     M(G, "eight", N, "cholera_dead", 8, "final"),
     M(G, "900,000 doses", N, "doses", 900000, qual="approx"),
     M(G, "45 people", N, "kenneth", 45),
     M(G, "about 800 people", N, "floods2000", 800, qual="approx"),
     M(G, "Six weeks", N, "kenneth_gap", 6, cls="dur"),
     M(G, "$3.2 billion", N, "recon", 3.2e9, qual="approx", cls="money"),
     M(G, "$1.2 billion", N, "pledged", 1.2e9, cls="money"),
     M(G, "14 March 2019", D, "landfall", "2019-03-14"),
     M(G, "27 March 2019", D, "first_cholera", "2019-03-27"),
     M(G, "June 2019", D, "conference", "2019-06"),
    ]
    build("cyclone-idai-2019", "Cyclone Idai in Mozambique, Zimbabwe and Malawi (landfall near Beira on Thursday 14 "
          "March 2019): tolls rising by country (Mozambique 84 -> 202 -> 446 -> 598 -> 603 final; Zimbabwe at least 98 "
          "-> 139 -> 259, corrected down to 179 for bodies counted twice, 344 final; Malawi 56 -> 60), the feared "
          "1,000, two bodies' counts of the displaced, cholera cases rising after the first cases of 27 March, "
          "Cyclone Kenneth and the 2000 floods recalled a year on; dates of the landfall, statements, counts, "
          "mourning and the vaccination campaign", False, ms, names)


def mexico():
    R, K, A, N_, J = "reuters-jun03", "kompas-jun04", "apnews-jun07", "antara-aug16", "jakartapost-oct02"
    OFF = "2024-06-06"  # the INE's official count, confirmed by the electoral court
    names = {
     "qc_s_lo": "quick count: Sheinbaum's lower bound", "qc_s_hi": "quick count: Sheinbaum's upper bound",
     "qc_g_lo": "quick count: Galvez's lower bound", "qc_g_hi": "quick count: Galvez's upper bound",
     "qc_m_lo": "quick count: Alvarez Maynez's lower bound", "qc_m_hi": "quick count: Alvarez Maynez's upper bound",
     "qc_t_lo": "quick count: turnout's lower bound", "qc_t_hi": "quick count: turnout's upper bound",
     "share_s": "Sheinbaum's share of the vote", "share_g": "Galvez's share of the vote",
     "share_m": "Alvarez Maynez's share of the vote", "turnout": "turnout (official count)",
     "votes_s": "votes for Sheinbaum", "votes_g": "votes for Galvez", "votes_m": "votes for Alvarez Maynez",
     "amlo_share": "Lopez Obrador's share in 2018", "amlo_votes": "Lopez Obrador's votes in 2018",
     "roll": "voters on the electoral roll", "posts": "posts elected on the day",
     "killed": "candidates killed during the campaign", "peso": "the peso's fall on Monday 3 June",
     "age": "Sheinbaum's age", "term": "length of the presidential term",
     # dates
     "election": "election day", "inaug": "Sheinbaum's inauguration", "pesoday": "day the peso fell",
     "prep": "day of the preliminary count's figures", "concede": "day Galvez conceded",
     "count_done": "day the INE finished the official count", "challenge": "day Galvez announced her challenge",
     "court": "day the electoral court declared the election valid", "amlo_year": "year of the previous election",
     "term_end": "year Sheinbaum's term ends",
    }
    ms = [
     M(R, "58.3%", N, "qc_s_lo", 58.3, cls="pct"),
     M(R, "60.7%", N, "qc_s_hi", 60.7, cls="pct"),
     M(R, "26.6%", N, "qc_g_lo", 26.6, cls="pct"),
     M(R, "28.6%", N, "qc_g_hi", 28.6, cls="pct"),
     M(R, "9.9%", N, "qc_m_lo", 9.9, cls="pct"),
     M(R, "10.8%", N, "qc_m_hi", 10.8, cls="pct"),
     M(R, "60%", N, "qc_t_lo", 60, cls="pct"),
     M(R, "61.5%", N, "qc_t_hi", 61.5, cls="pct"),
     M(R, "98.3 million people", N, "roll", 98.3e6, qual="nearly"),
     M(R, "20,000", N, "posts", 20000, qual="morethan"),
     M(R, "61-year-old", N, "age", 61, "2024-06-02", cls="age"),
     M(R, "six-year", N, "term", 6, cls="dur"),
     M(R, "53%", N, "amlo_share", 53, cls="pct"),
     M(R, "3%", N, "peso", 3, qual="morethan", cls="pct"),
     M(R, "Sunday's", D, "election", "2024-06-02"),
     M(R, "Oct. 1", D, "inaug", "2024-10-01"),
     M(R, "2018", D, "amlo_year", "2018"),
     M(R, "Monday", D, "pesoday", "2024-06-03"),

     M(K, "58,3", N, "qc_s_lo", 58.3, cls="pct"),
     M(K, "60,7 persen", N, "qc_s_hi", 60.7, cls="pct"),
     M(K, "26,6", N, "qc_g_lo", 26.6, cls="pct"),
     M(K, "28,6 persen", N, "qc_g_hi", 28.6, cls="pct"),
     M(K, "59,4 persen", N, "share_s", 59.4, "2024-06-03", cls="pct", fall=True),
     M(K, "27,9 persen", N, "share_g", 27.9, "2024-06-03", cls="pct", fall=True),
     M(K, "sekitar 10,4 persen", N, "share_m", 10.4, "2024-06-03", "approx", cls="pct", fall=True),
     M(K, "61 tahun", N, "age", 61, "2024-06-02", cls="age"),
     M(K, "20.000 jabatan", N, "posts", 20000, qual="morethan"),
     M(K, "sedikitnya 37 kandidat", N, "killed", 37, qual="atleast", src="Data Civica"),
     M(K, "3 persen", N, "peso", 3, qual="morethan", cls="pct"),
     M(K, "Minggu (2/6/2024)", D, "election", "2024-06-02"),
     M(K, "Senin (3/6/2024)", D, "prep", "2024-06-03"),
     M(K, "Minggu", D, "concede", "2024-06-02", occ=2),
     M(K, "1 Oktober 2024", D, "inaug", "2024-10-01"),
     M(K, "Senin", D, "pesoday", "2024-06-03", occ=2),

     M(A, "59.75%", N, "share_s", 59.75, OFF, cls="pct", fall=True),
     M(A, "35,924,519 votes", N, "votes_s", 35924519, OFF),
     M(A, "16,502,697", N, "votes_g", 16502697, OFF),
     M(A, "27.45%", N, "share_g", 27.45, OFF, cls="pct", fall=True),
     M(A, "6,204,710 votes", N, "votes_m", 6204710, OFF),
     M(A, "10.32%", N, "share_m", 10.32, OFF, cls="pct", fall=True),
     M(A, "about 61%", N, "turnout", 61, OFF, "approx", cls="pct"),
     M(A, "30.1 million votes", N, "amlo_votes", 30.1e6),
     M(A, "30 candidates", N, "killed", 30, src="Integralia"),
     M(A, "Thursday", D, "count_done", "2024-06-06"),
     M(A, "June 2", D, "election", "2024-06-02"),
     M(A, "2018", D, "amlo_year", "2018"),
     M(A, "Wednesday", D, "challenge", "2024-06-05"),
     M(A, "Oct. 1", D, "inaug", "2024-10-01"),

     M(N_, "59,75 persen", N, "share_s", 59.75, OFF, cls="pct", fall=True),
     M(N_, "sekitar 35,9 juta suara", N, "votes_s", 35.9e6, OFF, "approx"),
     M(N_, "27,54 persen", N, "share_g", 27.54, OFF, cls="pct", fall=True, planted=True),
     M(N_, "10,32 persen", N, "share_m", 10.32, OFF, cls="pct", fall=True),
     M(N_, "Kamis (15/8/2024)", D, "court", "2024-08-15"),
     M(N_, "2 Juni", D, "election", "2024-06-02"),
     M(N_, "Kamis (6/6/2024)", D, "count_done", "2024-06-06"),
     M(N_, "1 Oktober 2024", D, "inaug", "2024-10-01"),

     M(J, "62-year-old", N, "age", 62, "2024-10-01", cls="age"),
     M(J, "nearly 60%", N, "share_s", 60, OFF, "nearly", cls="pct", fall=True),
     M(J, "some 36 million ballots", N, "votes_s", 36e6, OFF, "approx"),
     M(J, "six-year", N, "term", 6, cls="dur"),
     M(J, "Tuesday", D, "inaug", "2024-10-01"),
     M(J, "June 2", D, "election", "2024-06-02"),
     M(J, "Wednesday, Aug. 14", D, "court", "2024-08-14", planted=True),
     M(J, "2030", D, "term_end", "2030"),
    ]
    build("mexico-election-2024", "Mexico's presidential election of Sunday 2 June 2024: the INE's quick count ranges "
          "(Sheinbaum 58.3-60.7%, Galvez 26.6-28.6%, Alvarez Maynez 9.9-10.8%, turnout 60-61.5%), the preliminary "
          "count on the Monday, the official count finished on Thursday 6 June (59.75%, 27.45%, 10.32%; 35,924,519 "
          "votes for Sheinbaum), two counts of candidates killed, the electoral court's declaration on 15 August, the "
          "inauguration on 1 October; Lopez Obrador's 2018 share and votes recalled", False, ms, names)


def bps():
    A, B, C, D_ = "antara-aug05", "jakartaglobe-aug06", "cnbcindonesia-aug07", "jakartapost-aug08"
    names = {
     "g": "GDP growth in Q2 2024 (yoy)", "qoq": "GDP growth in Q2 2024 (quarter on quarter)",
     "h1": "GDP growth in the first half of 2024", "q1": "GDP growth in Q1 2024",
     "cons": "household consumption growth", "cons_share": "household consumption's share of GDP",
     "inv": "investment (gross fixed capital formation) growth", "gov": "government consumption growth",
     "exp": "export growth", "imp": "import growth", "java_share": "Java's share of GDP", "java_g": "Java's growth",
     "target": "the government's growth target for 2024", "poll": "growth analysts expected",
     "gdp_cur": "GDP at current prices in Q2 2024", "gdp_const": "GDP at constant prices in Q2 2024",
     # dates
     "release": "day BPS released the figures", "q3release": "day BPS publishes the third-quarter figures",
    }
    P = dict(cls="pct")
    ms = [
     M(A, "5,05 persen", N, "g", 5.05, **P),
     M(A, "3,79 persen", N, "qoq", 3.79, **P),
     M(A, "Rp 5.536,5 triliun", N, "gdp_cur", 5536.5e12, cls="money"),
     M(A, "Rp 3.231,0 triliun", N, "gdp_const", 3231.0e12, cls="money"),
     M(A, "5,08 persen", N, "h1", 5.08, **P),
     M(A, "54,53 persen", N, "cons_share", 54.53, **P),
     M(A, "4,93 persen", N, "cons", 4.93, **P),
     M(A, "4,43 persen", N, "inv", 4.43, **P),
     M(A, "1,42 persen", N, "gov", 1.42, **P),
     M(A, "8,28 persen", N, "exp", 8.28, **P),
     M(A, "8,57 persen", N, "imp", 8.57, **P),
     M(A, "5,11 persen", N, "q1", 5.11, **P),
     M(A, "Senin (5/8/2024)", D, "release", "2024-08-05"),

     M(B, "5.05%", N, "g", 5.05, **P),
     M(B, "5.11%", N, "q1", 5.11, **P),
     M(B, "3.79%", N, "qoq", 3.79, **P),
     M(B, "54.53%", N, "cons_share", 54.53, **P),
     M(B, "4.93%", N, "cons", 4.93, **P),
     M(B, "4.43%", N, "inv", 4.43, **P),
     M(B, "1.42%", N, "gov", 1.42, **P),
     M(B, "8.28%", N, "exp", 8.28, **P),
     M(B, "8.57%", N, "imp", 8.57, **P),
     M(B, "5.08%", N, "h1", 5.08, **P),
     M(B, "Rp 5,536.5 trillion", N, "gdp_cur", 5536.5e12, cls="money"),
     M(B, "Rp 3,231.0 trillion", N, "gdp_const", 3231.0e12, cls="money"),
     M(B, "about 5%", N, "poll", 5, qual="approx", **P),
     M(B, "5.2%", N, "target", 5.2, **P),
     M(B, "Monday", D, "release", "2024-08-05"),
     M(B, "Nov. 5", D, "q3release", "2024-11-05"),

     M(C, "5,05 persen", N, "g", 5.05, **P),
     M(C, "4,93 persen", N, "cons", 4.93, **P),
     M(C, "54,53 persen", N, "cons_share", 54.53, **P),
     M(C, "4,43 persen", N, "inv", 4.43, **P),
     M(C, "57,04 persen", N, "java_share", 57.04, **P),
     M(C, "4,97 persen", N, "java_g", 4.97, **P),
     M(C, "5,08 persen", N, "h1", 5.08, **P),
     M(C, "5,2 persen", N, "target", 5.2, **P),
     M(C, "8,28 persen", N, "exp", 8.28, **P),
     M(C, "8,57 persen", N, "imp", 8.57, **P),
     M(C, "1,42 persen", N, "gov", 1.42, **P),
     M(C, "Senin (5/8/2024)", D, "release", "2024-08-05"),
     M(C, "5 November 2024", D, "q3release", "2024-11-05"),

     M(D_, "5.05%", N, "g", 5.05, **P),
     M(D_, "3.79%", N, "qoq", 3.79, **P),
     M(D_, "5.08%", N, "h1", 5.08, **P),
     M(D_, "4.93%", N, "cons", 4.93, **P),
     M(D_, "4.43%", N, "inv", 4.43, **P),
     M(D_, "1.42%", N, "gov", 1.42, **P),
     M(D_, "57.04%", N, "java_share", 57.04, **P),
     M(D_, "4.97%", N, "java_g", 4.97, **P),
     M(D_, "Rp 5,536.5 trillion", N, "gdp_cur", 5536.5e12, cls="money"),
     M(D_, "5.11%", N, "q1", 5.11, **P),
     M(D_, "8.28%", N, "exp", 8.28, **P),
     M(D_, "8.57%", N, "imp", 8.57, **P),
     M(D_, "5.2%", N, "target", 5.2, **P),
     M(D_, "Monday, Aug. 5", D, "release", "2024-08-05"),
    ]
    build("indonesia-q2-gdp-2024", "Indonesia's second-quarter 2024 GDP release by BPS (control), Monday 5 August 2024: growth "
          "5.05% yoy and 3.79% qoq, 5.08% in the first half, 5.11% in Q1; household consumption 4.93% (54.53% of GDP), "
          "investment 4.43%, government consumption 1.42%, exports 8.28%, imports 8.57%; GDP Rp 5,536.5 trillion at "
          "current and Rp 3,231.0 trillion at constant prices; Java 57.04% of GDP, growing 4.97%; the 5.2% target and "
          "the third-quarter release on 5 November. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    idai()
    mexico()
    bps()
