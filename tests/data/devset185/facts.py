"""The hundred-and-eighty-fifth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset185/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def jigawa():
    A, P, K, T = "detik-oct16", "premiumtimes-oct17", "kompas-oct18", "antara-nov08"
    # as-of times of the running tallies: Wednesday 16 October 2024 morning (the police's first count, 94 dead and
    # 50 injured), Wednesday midday (the police's 105 buried, about 70 injured), Wednesday evening (the Taura council
    # chairman's 147, counted before the burial), Thursday 17 October (the police's 153 dead, about 100 in hospital).
    # The police, the council chairman and the state emergency agency (SEMA) are three sources: their figures are
    # `sources` against each other, also across days. Antara's "135" for the police's Thursday count is planted (153).
    WED_AM, WED_MID, WED_PM, THU = "2024-10-16a", "2024-10-16b", "2024-10-16c", "2024-10-17"
    POL, CHAIR, SEMA = "the police", "the Taura council chairman", "the state emergency agency (SEMA)"
    names = {
     "dead": "people killed", "injured": "people injured / in hospital",
     # dates
     "crash": "day (night) the tanker overturned and exploded", "asof_wed": "day of the police's first count",
     "burial": "day of the mass burial (and the police's count of 105)", "statement_thu": "day of the police's count of 153",
    }
    ms = [
     M(A, "Sedikitnya 94 orang", N, "dead", 94, WED_AM, qual="atleast", src=POL),
     M(A, "Selasa (15/10/2024)", D, "crash", "2024-10-15"),
     M(A, "Rabu (16/10/2024)", D, "asof_wed", "2024-10-16"),
     M(A, "94 korban tewas", N, "dead", 94, WED_AM, src=POL),
     M(A, "50 orang", N, "injured", 50, WED_AM, src=POL),

     M(P, "At least 105 bodies", N, "dead", 105, WED_MID, qual="atleast", src=POL),
     M(P, "Wednesday", D, "burial", "2024-10-16"),
     M(P, "late Tuesday", D, "crash", "2024-10-15"),
     M(P, "94", N, "dead", 94, WED_AM, src=POL),
     M(P, "about 70", N, "injured", 70, WED_MID, qual="approx", src=POL),
     M(P, "147 people", N, "dead", 147, WED_PM, src=CHAIR),

     M(K, "153 orang", N, "dead", 153, THU, src=POL),
     M(K, "Kamis (17/10/2024)", D, "statement_thu", "2024-10-17"),
     M(K, "Sekitar 100 orang", N, "injured", 100, THU, qual="approx", src=POL),
     M(K, "Rabu (16/10/2024)", D, "burial", "2024-10-16"),
     M(K, "105 jenazah", N, "dead", 105, WED_MID, src=POL),
     M(K, "107 korban tewas", N, "dead", 107, THU, src=SEMA),
     M(K, "57 orang", N, "injured", 57, THU, src=SEMA),
     M(K, "Selasa (15/10/2024)", D, "crash", "2024-10-15"),

     M(T, "135 orang", N, "dead", 135, THU, src=POL, planted=True),
     M(T, "Kamis (17/10/2024)", D, "statement_thu", "2024-10-17"),
     M(T, "94 korban", N, "dead", 94, WED_AM, src=POL),
     M(T, "Rabu (16/10/2024)", D, "asof_wed", "2024-10-16"),
     M(T, "Sekitar 100 korban luka", N, "injured", 100, THU, qual="approx", src=POL),
     M(T, "Selasa (15/10/2024)", D, "crash", "2024-10-15"),
     M(T, "147 orang", N, "dead", 147, WED_PM, src=CHAIR),
    ]
    build("jigawa-tanker-2024", "The petrol tanker explosion at Majiya, Taura, Jigawa State, Nigeria (about 23.30 on "
          "Tuesday 15 October 2024, a tanker from Kano to Nguru overturned and residents scooping fuel were caught in "
          "the fire): the police's toll 94 on Wednesday morning -> 105 buried on Wednesday -> 153 on Thursday 17 "
          "October, injured 50 -> about 70 -> about 100; the Taura council chairman's 147 on Wednesday evening and the "
          "state emergency agency's 107 dead and 57 in hospital as other sources", False, ms, names)


def mali():
    R, T, K, AP = "reuters-jun23", "tempo-jun24", "kompas-jul22", "ap-jul23"
    # two stages of one count: the electoral authority's (AIGE) provisional results of Friday 23 June 2023 (97% yes,
    # 3% no, turnout 39.4%) and the Constitutional Court's final results of Friday 21 July 2023 (96.91% yes, 3.09% no,
    # turnout 38.23%): two as-of times of one result, the later lower (a revision: the yes share and the turnout).
    # Kompas's court day "Kamis (20/7/2023)" and AP's final turnout "38.32%" are planted.
    PROV, FINAL = "2023-06-23", "2023-07-21"
    names = {
     "yes": "share of votes for the constitution", "no": "share of votes against", "turnout": "turnout",
     "yesvotes": "votes for (final)", "novotes": "votes against (final)", "registered": "registered voters",
     # dates
     "vote": "day of the referendum", "prov": "day of the provisional results", "army": "day the armed forces voted",
     "coup": "month the military seized power", "presidential": "month of the planned presidential election",
     "peacedeal": "year of the peace deal", "court": "day of the court's final results",
     "promulgated": "day of the promulgation",
    }
    ms = [
     M(R, "97%", N, "yes", 97, PROV, cls="pct"),
     M(R, "Sunday", D, "vote", "2023-06-18"),
     M(R, "Friday", D, "prov", "2023-06-23"),
     M(R, "39.4%", N, "turnout", 39.4, PROV, cls="pct"),
     M(R, "3%", N, "no", 3, PROV, cls="pct"),
     M(R, "August 2020", D, "coup", "2020-08"),
     M(R, "February 2024", D, "presidential", "2024-02"),
     M(R, "2015", D, "peacedeal", "2015"),

     M(T, "97 persen", N, "yes", 97, PROV, cls="pct"),
     M(T, "Minggu (18/6/2023)", D, "vote", "2023-06-18"),
     M(T, "Jumat (23/6/2023)", D, "prov", "2023-06-23"),
     M(T, "39,4 persen", N, "turnout", 39.4, PROV, cls="pct"),
     M(T, "3 persen", N, "no", 3, PROV, cls="pct"),
     M(T, "Minggu (11/6/2023)", D, "army", "2023-06-11"),
     M(T, "Agustus 2020", D, "coup", "2020-08"),
     M(T, "Februari 2024", D, "presidential", "2024-02"),

     M(K, "Kamis (20/7/2023)", D, "court", "2023-07-20", planted=True),
     M(K, "96,91 persen", N, "yes", 96.91, FINAL, cls="pct"),
     M(K, "3,09 persen", N, "no", 3.09, FINAL, cls="pct"),
     M(K, "38,23 persen", N, "turnout", 38.23, FINAL, cls="pct"),
     M(K, "39,4 persen", N, "turnout", 39.4, PROV, cls="pct"),
     M(K, "3.110.877", N, "yesvotes", 3110877),
     M(K, "99.309", N, "novotes", 99309),
     M(K, "8.463.084", N, "registered", 8463084),
     M(K, "Jumat (23/6/2023)", D, "prov", "2023-06-23"),
     M(K, "97 persen", N, "yes", 97, PROV, cls="pct"),
     M(K, "Minggu (18/6/2023)", D, "vote", "2023-06-18"),

     M(AP, "Saturday", D, "promulgated", "2023-07-22"),
     M(AP, "June", D, "vote", "2023-06"),
     M(AP, "Friday", D, "court", "2023-07-21"),
     M(AP, "96.91%", N, "yes", 96.91, FINAL, cls="pct"),
     M(AP, "38.32%", N, "turnout", 38.32, FINAL, cls="pct", planted=True),
     M(AP, "June", D, "prov", "2023-06", occ=2),
     M(AP, "97%", N, "yes", 97, PROV, cls="pct"),
     M(AP, "39.4%", N, "turnout", 39.4, PROV, cls="pct"),
     M(AP, "3,110,877", N, "yesvotes", 3110877),
     M(AP, "99,309", N, "novotes", 99309),
     M(AP, "8,463,084", N, "registered", 8463084),
     M(AP, "June 18", D, "vote", "2023-06-18"),
     M(AP, "June 11", D, "army", "2023-06-11"),
     M(AP, "August 2020", D, "coup", "2020-08"),
     M(AP, "February 2024", D, "presidential", "2024-02"),
    ]
    build("mali-referendum-2023", "Mali's constitutional referendum of Sunday 18 June 2023 (the armed forces voted on "
          "11 June): the electoral authority's (AIGE) provisional results on Friday 23 June (97% yes, 3% no, turnout "
          "39.4%), the Constitutional Court's final results on Friday 21 July (96.91% yes, 3.09% no, turnout 38.23%; "
          "3,110,877 for, 99,309 against, 8,463,084 registered), the promulgation on Saturday 22 July 2023",
          False, ms, names)


def gdp():
    P, R, B, K = "premiumtimes-aug27", "reuters-aug26", "bisnis-aug28", "kontan-aug29"
    names = {
     "g": "real GDP growth, Q2 2024", "g_prev": "real GDP growth, Q2 2023", "g_q1": "real GDP growth, Q1 2024",
     "serv": "services growth", "serv_share": "services' share of GDP", "agri": "agriculture growth",
     "agri_prev": "agriculture growth a year earlier", "ind": "industry growth", "ind_prev": "industry growth a year earlier",
     "oil": "oil sector growth", "nonoil": "non-oil sector growth", "nom_g": "nominal GDP growth",
     "oil_share": "oil sector's share of real GDP", "oil_share_q1": "oil sector's share in Q1 2024",
     "output": "crude output, Q2 2024 (million bpd)", "output_prev": "crude output, Q2 2023 (million bpd)",
     "output_q1": "crude output, Q1 2024 (million bpd)", "nominal": "nominal GDP (trillion naira)",
     "nominal_prev": "nominal GDP a year earlier (trillion naira)",
     # dates
     "release": "day of the release",
    }
    ms = [
     M(P, "3.19%", N, "g", 3.19, cls="pct"),
     M(P, "Monday", D, "release", "2024-08-26"),
     M(P, "2.51%", N, "g_prev", 2.51, cls="pct"),
     M(P, "2.98%", N, "g_q1", 2.98, cls="pct"),
     M(P, "3.79%", N, "serv", 3.79, cls="pct"),
     M(P, "58.76%", N, "serv_share", 58.76, cls="pct"),
     M(P, "1.41%", N, "agri", 1.41, cls="pct"),
     M(P, "1.50%", N, "agri_prev", 1.5, cls="pct"),
     M(P, "3.53%", N, "ind", 3.53, cls="pct"),
     M(P, "1.94%", N, "ind_prev", 1.94, cls="pct"),
     M(P, "10.15%", N, "oil", 10.15, cls="pct"),
     M(P, "2.80%", N, "nonoil", 2.8, cls="pct"),
     M(P, "1.41 million barrels", N, "output", 1.41, cls="mbpd"),
     M(P, "1.22 million barrels", N, "output_prev", 1.22, cls="mbpd"),
     M(P, "1.57 million barrels", N, "output_q1", 1.57, cls="mbpd"),
     M(P, "about 60.93 trillion naira", N, "nominal", 60.93, qual="approx", cls="naira"),
     M(P, "16.94%", N, "nom_g", 16.94, cls="pct"),
     M(P, "52.10 trillion naira", N, "nominal_prev", 52.1, cls="naira"),
     M(P, "5.70%", N, "oil_share", 5.7, cls="pct"),
     M(P, "6.38%", N, "oil_share_q1", 6.38, cls="pct"),

     M(R, "3.19%", N, "g", 3.19, cls="pct"),
     M(R, "2.98%", N, "g_q1", 2.98, cls="pct"),
     M(R, "Monday", D, "release", "2024-08-26"),
     M(R, "2.51%", N, "g_prev", 2.51, cls="pct"),
     M(R, "10.15%", N, "oil", 10.15, cls="pct"),
     M(R, "1.41 million barrels", N, "output", 1.41, cls="mbpd"),
     M(R, "1.22 million barrels", N, "output_prev", 1.22, cls="mbpd"),
     M(R, "2.80%", N, "nonoil", 2.8, cls="pct"),
     M(R, "3.79%", N, "serv", 3.79, cls="pct"),
     M(R, "3.53%", N, "ind", 3.53, cls="pct"),
     M(R, "1.57 million barrels", N, "output_q1", 1.57, cls="mbpd"),
     M(R, "5.70%", N, "oil_share", 5.7, cls="pct"),
     M(R, "58.76%", N, "serv_share", 58.76, cls="pct"),
     M(R, "1.41%", N, "agri", 1.41, cls="pct"),
     M(R, "16.94%", N, "nom_g", 16.94, cls="pct"),
     M(R, "60.93 trillion naira", N, "nominal", 60.93, cls="naira"),

     M(B, "3,19 persen", N, "g", 3.19, cls="pct"),
     M(B, "Senin (26/8/2024)", D, "release", "2024-08-26"),
     M(B, "2,51 persen", N, "g_prev", 2.51, cls="pct"),
     M(B, "2,98 persen", N, "g_q1", 2.98, cls="pct"),
     M(B, "3,79 persen", N, "serv", 3.79, cls="pct"),
     M(B, "58,76 persen", N, "serv_share", 58.76, cls="pct"),
     M(B, "1,41 persen", N, "agri", 1.41, cls="pct"),
     M(B, "3,53 persen", N, "ind", 3.53, cls="pct"),
     M(B, "1,94 persen", N, "ind_prev", 1.94, cls="pct"),
     M(B, "10,15 persen", N, "oil", 10.15, cls="pct"),
     M(B, "2,80 persen", N, "nonoil", 2.8, cls="pct"),
     M(B, "1,41 juta barel", N, "output", 1.41, cls="mbpd"),
     M(B, "1,22 juta barel", N, "output_prev", 1.22, cls="mbpd"),
     M(B, "1,57 juta barel", N, "output_q1", 1.57, cls="mbpd"),
     M(B, "sekitar 60,93 triliun naira", N, "nominal", 60.93, qual="approx", cls="naira"),
     M(B, "16,94 persen", N, "nom_g", 16.94, cls="pct"),
     M(B, "5,70 persen", N, "oil_share", 5.7, cls="pct"),
     M(B, "6,38 persen", N, "oil_share_q1", 6.38, cls="pct"),

     M(K, "3,19%", N, "g", 3.19, cls="pct"),
     M(K, "2,98%", N, "g_q1", 2.98, cls="pct"),
     M(K, "Senin (26/8/2024)", D, "release", "2024-08-26"),
     M(K, "2,51%", N, "g_prev", 2.51, cls="pct"),
     M(K, "10,15%", N, "oil", 10.15, cls="pct"),
     M(K, "1,41 juta barel", N, "output", 1.41, cls="mbpd"),
     M(K, "2,80%", N, "nonoil", 2.8, cls="pct"),
     M(K, "3,79%", N, "serv", 3.79, cls="pct"),
     M(K, "3,53%", N, "ind", 3.53, cls="pct"),
     M(K, "1,41%", N, "agri", 1.41, cls="pct"),
     M(K, "58,76%", N, "serv_share", 58.76, cls="pct"),
     M(K, "1,57 juta barel", N, "output_q1", 1.57, cls="mbpd"),
     M(K, "60,93 triliun naira", N, "nominal", 60.93, cls="naira"),
     M(K, "52,10 triliun naira", N, "nominal_prev", 52.1, cls="naira"),
     M(K, "16,94%", N, "nom_g", 16.94, cls="pct"),
    ]
    build("nigeria-gdp-q2-2024", "Nigeria's GDP release for the second quarter of 2024 (control), Monday 26 August "
          "2024: real growth 3.19% (Q2 2023 2.51%, Q1 2024 2.98%), services 3.79% (58.76% of GDP), agriculture 1.41% "
          "(1.50% a year earlier), industry 3.53% (-1.94%), oil 10.15%, non-oil 2.80%, crude output 1.41 million bpd "
          "(1.22 a year earlier, 1.57 in Q1), nominal GDP 60.93 trillion naira (52.10 a year earlier, +16.94%), oil's "
          "share 5.70% (6.38% in Q1). Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    jigawa()
    mali()
    gdp()
