"""The hundred-and-forty-third development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset143/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def ebola():
    R1, K, AP, T, R2 = "reuters-may15", "kompas-may22", "ap-may26", "tempo-jun05", "reuters-jul24"
    # the WHO's running tallies: to 13 May, to 20 May, to 23 May (after the review of the early cases), to 3 June
    # and the final count of 24 July; the health minister's own count of Monday 21 May. Cases (suspected ones
    # included) fall as suspected cases are discarded (fall=True); deaths, confirmed and probable cases do not,
    # so the review's lower deaths and probable cases are revisions.
    MAY13, MAY20, MAY21, MAY23, JUN03, JUL24 = ("2018-05-13", "2018-05-20", "2018-05-21", "2018-05-23",
                                                "2018-06-03", "2018-07-24")
    WHO, MOH = "the WHO", "the health minister"
    names = {
     "cases": "Ebola cases recorded (suspected, probable and confirmed)", "deaths": "Ebola deaths",
     "confirmed": "laboratory-confirmed cases", "probable": "probable cases", "suspected": "suspected cases",
     "contacts": "contacts being followed up", "samples_pos": "samples that tested positive",
     "samples": "samples first tested", "cluster_cases": "cases in the first reported cluster",
     "cluster_deaths": "deaths in the first reported cluster", "distance": "distance from Bikoro to Mbandaka",
     "wa_deaths": "deaths in the West African epidemic", "bikoro_cases": "cases in Bikoro",
     "bikoro_deaths": "deaths in Bikoro", "iboko_cases": "cases in Iboko", "iboko_deaths": "deaths in Iboko",
     "wangata_cases": "cases in Wangata", "wangata_deaths": "deaths in Wangata",
     "hcw": "health workers infected", "hcw_conf": "health workers confirmed", "hcw_dead": "health workers dead",
     "population": "Mbandaka's population", "doses": "vaccine doses available in Congo",
     "discarded_probable": "historical probable cases thrown out", "negative": "samples that tested negative in the week to 23 May",
     "negative3": "samples that tested negative on 3 June",
     "neighbours": "neighbouring countries alerted", "vaccinated": "people vaccinated",
     "days_clear": "days without a new case before the end was declared",
     # dates
     "first_case": "start of the counting period", "day13": "day of the count of 39 cases",
     "day20": "day of the count of 51 cases", "day23": "day of the count of 52 cases",
     "day03": "day of the count of 56 cases",
     "statement": "day of the WHO's statement", "declared": "day the outbreak was declared",
     "first_report": "day the cluster was first reported", "identified": "year the virus was identified",
     "vacc_start": "day vaccination began", "mbandaka": "day the first Mbandaka case was confirmed",
     "prev_report": "day of the WHO's previous report", "alert": "day neighbouring countries were alerted",
     "angola": "day Angola closed its border", "end": "day the end of the outbreak was declared",
    }
    ms = [
     M(R1, "39", N, "cases", 39, MAY13, src=WHO, fall=True),
     M(R1, "19", N, "deaths", 19, MAY13, src=WHO),
     M(R1, "April 4", D, "first_case", "2018-04-04"),
     M(R1, "May 13", D, "day13", "2018-05-13"),
     M(R1, "Monday", D, "statement", "2018-05-14"),
     M(R1, "393 people", N, "contacts", 393, MAY13, fall=True),
     M(R1, "May 8", D, "declared", "2018-05-08"),
     M(R1, "two", N, "samples_pos", 2),
     M(R1, "five", N, "samples", 5),
     M(R1, "May 3", D, "first_report", "2018-05-03"),
     M(R1, "21 cases", N, "cluster_cases", 21),
     M(R1, "17", N, "cluster_deaths", 17),
     M(R1, "about 150 km", N, "distance", 150, qual="approx", cls="km"),
     M(R1, "more than 11,300 people", N, "wa_deaths", 11300, qual="morethan"),
     M(R1, "1976", D, "identified", "1976"),

     M(K, "Senin (21/5/2018)", D, "vacc_start", "2018-05-21"),
     M(K, "20 Mei", D, "day20", "2018-05-20"),
     M(K, "51 kasus", N, "cases", 51, MAY20, src=WHO, fall=True),
     M(K, "27 kematian", N, "deaths", 27, MAY20, src=WHO),
     M(K, "4 April", D, "first_case", "2018-04-04"),
     M(K, "28 kasus", N, "confirmed", 28, MAY20, src=WHO),
     M(K, "21 kasus probable", N, "probable", 21, MAY20, src=WHO),
     M(K, "dua kasus", N, "suspected", 2, MAY20, src=WHO, fall=True),
     M(K, "29 kasus", N, "bikoro_cases", 29, MAY20, src=WHO, fall=True),
     M(K, "22 kematian", N, "bikoro_deaths", 22, MAY20, src=WHO),
     M(K, "16 kasus", N, "iboko_cases", 16, MAY20, src=WHO, fall=True),
     M(K, "3 kematian", N, "iboko_deaths", 3, MAY20, src=WHO),
     M(K, "6 kasus", N, "wangata_cases", 6, MAY20, src=WHO, fall=True),
     M(K, "4 kematian", N, "wangata_deaths", 4, MAY20, src=WHO),
     M(K, "49 kasus", N, "cases", 49, MAY21, src=MOH, fall=True),
     M(K, "22 terkonfirmasi", N, "confirmed", 22, MAY21, src=MOH),
     M(K, "21 probable", N, "probable", 21, MAY21, src=MOH),
     M(K, "6 suspek", N, "suspected", 6, MAY21, src=MOH, fall=True),
     M(K, "Lima petugas", N, "hcw", 5),
     M(K, "empat", N, "hcw_conf", 4),
     M(K, "dua", N, "hcw_dead", 2, occ=2),
     M(K, "sekitar 1,2 juta jiwa", N, "population", 1200000, qual="approx"),
     M(K, "Kamis (17/5/2018)", D, "mbandaka", "2018-05-17"),
     M(K, "628 orang", N, "contacts", 628, MAY20, fall=True),
     M(K, "lebih dari 7.500 dosis", N, "doses", 7500, qual="morethan"),

     M(AP, "22", N, "deaths", 22, MAY23, src=WHO),
     M(AP, "eight", N, "discarded_probable", 8),
     M(AP, "Wednesday", D, "day23", "2018-05-23"),
     M(AP, "52 cases", N, "cases", 52, MAY23, src=WHO, fall=True),
     M(AP, "April 4", D, "first_case", "2018-04-04"),
     M(AP, "51 cases", N, "cases", 51, MAY20, src=WHO, fall=True),
     M(AP, "27 deaths", N, "deaths", 27, MAY20, src=WHO),
     M(AP, "May 20", D, "day20", "2018-05-20"),
     M(AP, "31", N, "confirmed", 31, MAY23, src=WHO),
     M(AP, "13", N, "probable", 13, MAY23, src=WHO),
     M(AP, "eight", N, "suspected", 8, MAY23, src=WHO, fall=True, occ=2),
     M(AP, "24", N, "iboko_cases", 24, MAY23, src=WHO, fall=True),
     M(AP, "three deaths", N, "iboko_deaths", 3, MAY23, src=WHO),
     M(AP, "23 cases", N, "bikoro_cases", 23, MAY23, src=WHO, fall=True),
     M(AP, "16 deaths", N, "bikoro_deaths", 16, MAY23, src=WHO),
     M(AP, "five cases", N, "wangata_cases", 5, MAY23, src=WHO, fall=True),
     M(AP, "three deaths", N, "wangata_deaths", 3, MAY23, src=WHO, occ=2),
     M(AP, "Seven samples", N, "negative", 7),
     M(AP, "Five health workers", N, "hcw", 5),
     M(AP, "four", N, "hcw_conf", 4),
     M(AP, "two", N, "hcw_dead", 2),
     M(AP, "Monday", D, "vacc_start", "2018-05-21"),
     M(AP, "1.2 million", N, "population", 1200000),
     M(AP, "May 8", D, "declared", "2018-05-08"),
     M(AP, "May 17", D, "mbandaka", "2018-05-17"),

     M(T, "56 kasus", N, "cases", 56, JUN03, src=WHO, fall=True),
     M(T, "25 kematian", N, "deaths", 25, JUN03, src=WHO),
     M(T, "Minggu (3/6/2018)", D, "day03", "2018-06-03"),
     M(T, "37 kasus", N, "confirmed", 37, JUN03, src=WHO),
     M(T, "13 kasus", N, "probable", 13, JUN03, src=WHO),
     M(T, "enam kasus", N, "suspected", 6, JUN03, src=WHO, fall=True),
     M(T, "25 kasus", N, "iboko_cases", 25, JUN03, src=WHO, fall=True),
     M(T, "21 kasus", N, "bikoro_cases", 21, JUN03, src=WHO, fall=True),
     M(T, "4 kasus", N, "wangata_cases", 4, JUN03, src=WHO, fall=True),
     M(T, "1 Juni", D, "prev_report", "2018-06-01"),
     M(T, "tiga sampel", N, "negative3", 3),
     M(T, "27 kematian", N, "deaths", 27, MAY20, src=WHO),
     M(T, "20 Mei", D, "day20", "2018-05-20"),
     M(T, "8 Mei", D, "declared", "2018-05-08"),
     M(T, "dua sampel", N, "samples_pos", 2),
     M(T, "sekitar 1,2 juta orang", N, "population", 1200000, qual="approx"),
     M(T, "19 Mei", D, "mbandaka", "2018-05-19", planted=True),
     M(T, "21 Mei", D, "vacc_start", "2018-05-21"),
     M(T, "29 Mei", D, "alert", "2018-05-29"),
     M(T, "sembilan negara", N, "neighbours", 9),
     M(T, "Senin (4/6/2018)", D, "angola", "2018-06-04"),

     M(R2, "Tuesday", D, "end", "2018-07-24"),
     M(R2, "42 days", N, "days_clear", 42, cls="dur"),
     M(R2, "54 people", N, "cases", 54, JUL24, src=WHO, fall=True),
     M(R2, "38", N, "confirmed", 38, JUL24, src=WHO),
     M(R2, "16 probable cases", N, "probable", 16, JUL24, src=WHO),
     M(R2, "33", N, "deaths", 33, JUL24, src=WHO),
     M(R2, "May 8", D, "declared", "2018-05-08"),
     M(R2, "about 1.2 million people", N, "population", 1200000, qual="approx"),
     M(R2, "May 17", D, "mbandaka", "2018-05-17"),
     M(R2, "3,481 people", N, "vaccinated", 3481),
     M(R2, "27", N, "deaths", 27, MAY20, src=WHO),
     M(R2, "22", N, "deaths", 22, MAY23, src=WHO),
     M(R2, "1976", D, "identified", "1976"),
    ]
    build("equateur-ebola-2018", "The Ebola outbreak in Equateur province, DR Congo (declared Tuesday 8 May 2018): the "
          "WHO's counts since 4 April of 39 cases and 19 deaths to 13 May, 51 cases and 27 deaths (28 confirmed, 21 "
          "probable, 2 suspected) to 20 May, lowered after a review of the early cases to 52 cases and 22 deaths (31, "
          "13, 8) to Wednesday 23 May, 56 cases and 25 deaths (37, 13, 6) to Sunday 3 June, and the final 54 cases "
          "(38 confirmed, 16 probable) and 33 deaths when the end was declared on Tuesday 24 July; the health "
          "minister's 49 cases (22, 21, 6) on Monday 21 May; the first Mbandaka case confirmed on Thursday 17 May; "
          "vaccination from Monday 21 May, 3,481 vaccinated", False, ms, names)


def malawi():
    R, K, AP, A, T = "reuters-may08", "kompas-jun26", "ap-jun28", "antara-jun29", "tempo-jul09"
    # the unofficial tallies of Thursday 25 June against the commission's final count of Saturday 27 June
    UNOFF, MEC = "the unofficial tallies", "the electoral commission"
    names = {
     "judges_sc": "judges of the Supreme Court of Appeal", "judges_cc": "judges of the Constitutional Court",
     "m19_share": "Mutharika's share in 2019", "c19_share": "Chakwera's share in 2019",
     "ch19_share": "Chilima's share in 2019", "m19_votes": "Mutharika's votes in 2019",
     "c19_votes": "Chakwera's votes in 2019", "days_rerun": "days allowed for the rerun",
     "majority": "share needed to win", "voters": "registered voters", "m_age": "Mutharika's age",
     "c_age": "Chakwera's age", "centres": "polling centres", "c_share": "Chakwera's share in the rerun",
     "m_share": "Mutharika's share in the rerun", "c_votes": "Chakwera's votes in the rerun",
     "m_votes": "Mutharika's votes in the rerun", "k_votes": "Kuwani's votes in the rerun",
     "turnout": "turnout in the rerun", "days_to_result": "days from the vote to the result",
     "months_since": "months from the annulment to the result", "judges_cc2": "judges of the Constitutional Court",
     # dates
     "sc_ruling": "day of the Supreme Court's ruling", "cc_ruling": "day of the Constitutional Court's ruling",
     "e2019": "day of the 2019 election", "y2019": "the 2019 election (year)", "planned": "date first set for the rerun",
     "rerun": "day of the rerun", "tally_day": "day of the unofficial tallies", "result": "day the result was declared",
     "sworn": "day Chakwera was sworn in", "since2014": "year Mutharika took office", "mcp2013": "year Chakwera took over the MCP",
     "cabinet": "day the full cabinet was named", "chilima_post": "day Chilima was given his ministry",
     "inauguration": "day of the Independence Day inauguration",
    }
    ms = [
     M(R, "Friday", D, "sc_ruling", "2020-05-08"),
     M(R, "seven judges", N, "judges_sc", 7),
     M(R, "Feb. 3", D, "cc_ruling", "2020-02-03"),
     M(R, "five judges", N, "judges_cc", 5),
     M(R, "May 21, 2019", D, "e2019", "2019-05-21"),
     M(R, "38.57%", N, "m19_share", 38.57, cls="pct"),
     M(R, "35.41%", N, "c19_share", 35.41, cls="pct"),
     M(R, "20.24%", N, "ch19_share", 20.24, cls="pct"),
     M(R, "1,940,709 votes", N, "m19_votes", 1940709),
     M(R, "1,781,740", N, "c19_votes", 1781740),
     M(R, "150 days", N, "days_rerun", 150, cls="dur"),
     M(R, "more than 50%", N, "majority", 50, qual="morethan", cls="pct"),
     M(R, "2019", D, "y2019", "2019", occ=2),
     M(R, "6,859,570 voters", N, "voters", 6859570),
     M(R, "2019", D, "y2019", "2019", occ=3),
     M(R, "July 2", D, "planned", "2020-07-02"),
     M(R, "79", N, "m_age", 79, cls="age"),

     M(K, "Selasa (23/6/2020)", D, "rerun", "2020-06-23"),
     M(K, "5.002 pusat", N, "centres", 5002),
     M(K, "Kamis (25/6/2020)", D, "tally_day", "2020-06-25"),
     M(K, "sekitar 59 persen", N, "c_share", 59, "2020-06-25", qual="approx", cls="pct", src=UNOFF),
     M(K, "sekitar 38 persen", N, "m_share", 38, "2020-06-25", qual="approx", cls="pct", src=UNOFF),
     M(K, "3 Februari", D, "cc_ruling", "2020-02-03"),
     M(K, "21 Mei 2019", D, "e2019", "2019-05-21"),
     M(K, "38,57 persen", N, "m19_share", 38.57, cls="pct"),
     M(K, "35,41 persen", N, "c19_share", 35.41, cls="pct"),
     M(K, "lebih dari 50 persen", N, "majority", 50, qual="morethan", cls="pct"),
     M(K, "2019", D, "y2019", "2019", occ=2),
     M(K, "20,24 persen", N, "ch19_share", 20.24, cls="pct"),

     M(AP, "Saturday", D, "result", "2020-06-27"),
     M(AP, "2,604,043 votes", N, "c_votes", 2604043),
     M(AP, "58.57%", N, "c_share", 58.57, "2020-06-27", cls="pct", src=MEC),
     M(AP, "Tuesday", D, "rerun", "2020-06-23"),
     M(AP, "1,751,877 votes", N, "m_votes", 1751877),
     M(AP, "32,456", N, "k_votes", 32456),
     M(AP, "64.81%", N, "turnout", 64.81, cls="pct"),
     M(AP, "6,859,570", N, "voters", 6859570),
     M(AP, "65", N, "c_age", 65, cls="age"),
     M(AP, "more than 50%", N, "majority", 50, qual="morethan", cls="pct"),
     M(AP, "79", N, "m_age", 79, cls="age"),
     M(AP, "Saturday", D, "result", "2020-06-27", occ=2),
     M(AP, "four days", N, "days_to_result", 4, cls="dur"),
     M(AP, "almost five months", N, "months_since", 5, qual="nearly", cls="dur"),
     M(AP, "May 2019", D, "e2019", "2019-05"),
     M(AP, "Sunday", D, "sworn", "2020-06-28"),

     M(A, "Minggu (28/6/2020)", D, "sworn", "2020-06-28"),
     M(A, "Sabtu (27/6/2020)", D, "result", "2020-06-27"),
     M(A, "2.604.043 suara", N, "c_votes", 2604043),
     M(A, "58,57 persen", N, "c_share", 58.57, "2020-06-27", cls="pct", src=MEC),
     M(A, "23 Juni", D, "rerun", "2020-06-23"),
     M(A, "2014", D, "since2014", "2014"),
     M(A, "1.751.877 suara", N, "m_votes", 1751877),
     M(A, "64,18 persen", N, "turnout", 64.18, cls="pct", planted=True),
     M(A, "lima hakim", N, "judges_cc", 5),
     M(A, "3 Februari 2020", D, "cc_ruling", "2020-02-03"),
     M(A, "Mei 2019", D, "e2019", "2019-05"),
     M(A, "8 Mei", D, "sc_ruling", "2020-05-08"),
     M(A, "2019", D, "y2019", "2019", occ=2),
     M(A, "38,57 persen", N, "m19_share", 38.57, cls="pct"),
     M(A, "35,41 persen", N, "c19_share", 35.41, cls="pct"),
     M(A, "65 tahun", N, "c_age", 65, cls="age"),
     M(A, "2013", D, "mcp2013", "2013"),

     M(T, "Rabu malam (8/7/2020)", D, "cabinet", "2020-07-08"),
     M(T, "Senin (29/6/2020)", D, "chilima_post", "2020-06-29"),
     M(T, "23 Juni", D, "rerun", "2020-06-23"),
     M(T, "2.640.043 suara", N, "c_votes", 2640043, planted=True),
     M(T, "58,57 persen", N, "c_share", 58.57, "2020-06-27", cls="pct", src=MEC),
     M(T, "21 Mei 2019", D, "e2019", "2019-05-21"),
     M(T, "3 Februari 2020", D, "cc_ruling", "2020-02-03"),
     M(T, "28 Juni", D, "sworn", "2020-06-28"),
     M(T, "Senin (6/7/2020)", D, "inauguration", "2020-07-06"),
    ]
    build("malawi-rerun-2020", "Malawi's court-ordered presidential rerun: the Constitutional Court's annulment of the "
          "21 May 2019 election (Mutharika 38.57%, Chakwera 35.41%, Chilima 20.24%) on 3 February 2020, upheld by the "
          "Supreme Court of Appeal on Friday 8 May; the rerun of Tuesday 23 June 2020; the unofficial tallies of "
          "Thursday 25 June (about 59% to 38%); the commission's result of Saturday 27 June: Chakwera 2,604,043 votes "
          "(58.57%), Mutharika 1,751,877, Kuwani 32,456, turnout 64.81% of 6,859,570; Chakwera sworn in on Sunday "
          "28 June, his full cabinet named on Wednesday 8 July", False, ms, names)


def namibia():
    R, X, B, K = "reuters-apr19", "xinhua-apr20", "bisnis-apr21", "kontan-apr22"
    names = {
     "hike": "size of the increase", "repo": "the new repo rate", "prev_repo": "the repo rate before the decision",
     "prime": "the new prime lending rate", "prev_prime": "the prime lending rate before",
     "forecast": "inflation forecast for 2023", "prev_forecast": "the previous inflation forecast for 2023",
     "q1": "average inflation in the first quarter of 2023", "q1_prev": "average inflation in the first quarter of 2022",
     "monthly": "annual inflation in February and March", "feb_hike": "size of February's increase",
     "reserves": "international reserves (billion Namibian dollars)", "cover": "months of import cover",
     "gdp22": "growth in 2022", "gdp21": "growth in 2021",
     # dates
     "decision": "day of the decision", "y2023": "the forecast year", "y2022q": "the year of the earlier quarter",
     "q1_year": "the year of the first quarter", "feb": "February 2023", "mar": "March 2023",
     "feb_hike_m": "month of the previous increase", "g22": "the year 2022 (growth)", "g21": "the year 2021 (growth)",
    }
    ms = [
     M(R, "25 basis points", N, "hike", 25, cls="bp"),
     M(R, "7.25%", N, "repo", 7.25, cls="pct"),
     M(R, "Wednesday", D, "decision", "2023-04-19"),
     M(R, "11.00%", N, "prime", 11, cls="pct"),
     M(R, "10.75%", N, "prev_prime", 10.75, cls="pct"),
     M(R, "6.1%", N, "forecast", 6.1, cls="pct"),
     M(R, "2023", D, "y2023", "2023"),
     M(R, "5.3%", N, "prev_forecast", 5.3, cls="pct"),
     M(R, "7.1%", N, "q1", 7.1, cls="pct"),
     M(R, "4.5%", N, "q1_prev", 4.5, cls="pct"),
     M(R, "2022", D, "y2022q", "2022"),
     M(R, "7.2%", N, "monthly", 7.2, cls="pct"),
     M(R, "February", D, "feb", "2023-02"),
     M(R, "March", D, "mar", "2023-03"),
     M(R, "February", D, "feb_hike_m", "2023-02", occ=2),
     M(R, "25 basis points", N, "feb_hike", 25, cls="bp", occ=2),
     M(R, "7.00%", N, "prev_repo", 7, cls="pct"),
     M(R, "N$48.5 billion", N, "reserves", 48.5, cls="nadbn"),
     M(R, "5.1 months", N, "cover", 5.1, cls="dur"),
     M(R, "4.6%", N, "gdp22", 4.6, cls="pct"),
     M(R, "2022", D, "g22", "2022", occ=2),
     M(R, "3.5%", N, "gdp21", 3.5, cls="pct"),
     M(R, "2021", D, "g21", "2021"),

     M(X, "Wednesday", D, "decision", "2023-04-19"),
     M(X, "25 basis points", N, "hike", 25, cls="bp"),
     M(X, "7 percent", N, "prev_repo", 7, cls="pct"),
     M(X, "7.25 percent", N, "repo", 7.25, cls="pct"),
     M(X, "6.1 percent", N, "forecast", 6.1, cls="pct"),
     M(X, "5.3 percent", N, "prev_forecast", 5.3, cls="pct"),
     M(X, "7.1 percent", N, "q1", 7.1, cls="pct"),
     M(X, "4.5 percent", N, "q1_prev", 4.5, cls="pct"),
     M(X, "2022", D, "y2022q", "2022"),
     M(X, "11 percent", N, "prime", 11, cls="pct"),
     M(X, "4.6 percent", N, "gdp22", 4.6, cls="pct"),
     M(X, "2022", D, "g22", "2022", occ=2),
     M(X, "3.5 percent", N, "gdp21", 3.5, cls="pct"),
     M(X, "2021", D, "g21", "2021"),
     M(X, "48.5 billion Namibian dollars", N, "reserves", 48.5, cls="nadbn"),
     M(X, "5.1 months", N, "cover", 5.1, cls="dur"),
     M(X, "7.2 percent", N, "monthly", 7.2, cls="pct"),
     M(X, "March", D, "mar", "2023-03"),
     M(X, "February", D, "feb", "2023-02"),

     M(B, "25 basis poin", N, "hike", 25, cls="bp"),
     M(B, "7%", N, "prev_repo", 7, cls="pct"),
     M(B, "7,25%", N, "repo", 7.25, cls="pct"),
     M(B, "Rabu (19/4/2023)", D, "decision", "2023-04-19"),
     M(B, "10,75%", N, "prev_prime", 10.75, cls="pct"),
     M(B, "11%", N, "prime", 11, cls="pct"),
     M(B, "2023", D, "y2023", "2023", occ=2),
     M(B, "6,1%", N, "forecast", 6.1, cls="pct"),
     M(B, "5,3%", N, "prev_forecast", 5.3, cls="pct"),
     M(B, "2023", D, "q1_year", "2023", occ=3),
     M(B, "7,1%", N, "q1", 7.1, cls="pct"),
     M(B, "4,5%", N, "q1_prev", 4.5, cls="pct"),
     M(B, "2022", D, "y2022q", "2022"),
     M(B, "7,2%", N, "monthly", 7.2, cls="pct"),
     M(B, "Februari", D, "feb", "2023-02"),
     M(B, "Maret", D, "mar", "2023-03"),
     M(B, "4,6%", N, "gdp22", 4.6, cls="pct"),
     M(B, "2022", D, "g22", "2022", occ=2),
     M(B, "3,5%", N, "gdp21", 3.5, cls="pct"),
     M(B, "2021", D, "g21", "2021"),
     M(B, "48,5 miliar dolar Namibia", N, "reserves", 48.5, cls="nadbn"),
     M(B, "5,1 bulan", N, "cover", 5.1, cls="dur"),
     M(B, "25 basis poin", N, "feb_hike", 25, cls="bp", occ=2),
     M(B, "Februari", D, "feb_hike_m", "2023-02", occ=2),
     M(B, "7%", N, "prev_repo", 7, cls="pct", occ=2),

     M(K, "0,25 poin persentase", N, "hike", 25, qual="unit", cls="bp"),
     M(K, "7,25 persen", N, "repo", 7.25, cls="pct"),
     M(K, "Rabu, 19 April 2023", D, "decision", "2023-04-19"),
     M(K, "11 persen", N, "prime", 11, cls="pct"),
     M(K, "10,75 persen", N, "prev_prime", 10.75, cls="pct"),
     M(K, "7,1 persen", N, "q1", 7.1, cls="pct"),
     M(K, "2023", D, "q1_year", "2023", occ=2),
     M(K, "4,5 persen", N, "q1_prev", 4.5, cls="pct"),
     M(K, "2023", D, "y2023", "2023", occ=3),
     M(K, "6,1 persen", N, "forecast", 6.1, cls="pct"),
     M(K, "5,3 persen", N, "prev_forecast", 5.3, cls="pct"),
     M(K, "Maret", D, "mar", "2023-03"),
     M(K, "7,2 persen", N, "monthly", 7.2, cls="pct"),
     M(K, "Februari", D, "feb", "2023-02"),
     M(K, "4,6 persen", N, "gdp22", 4.6, cls="pct"),
     M(K, "2022", D, "g22", "2022"),
     M(K, "3,5 persen", N, "gdp21", 3.5, cls="pct"),
     M(K, "2021", D, "g21", "2021"),
     M(K, "48,5 miliar dolar Namibia", N, "reserves", 48.5, cls="nadbn"),
     M(K, "5,1 bulan", N, "cover", 5.1, cls="dur"),
     M(K, "7 persen", N, "prev_repo", 7, cls="pct"),
     M(K, "Februari", D, "feb_hike_m", "2023-02", occ=2),
    ]
    build("namibia-rate-2023", "The Bank of Namibia's rate decision (control) of Wednesday 19 April 2023: the repo rate "
          "raised 25 basis points from 7% (reached with February's 25-basis-point increase) to 7.25%, the prime "
          "lending rate from 10.75% to 11%; the 2023 inflation forecast raised to 6.1% from 5.3%; average inflation of "
          "7.1% in the first quarter of 2023 against 4.5% a year earlier, 7.2% in February and March; growth of 4.6% "
          "in 2022 after 3.5% in 2021; reserves of N$48.5 billion, 5.1 months of imports. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    ebola()
    malawi()
    namibia()
