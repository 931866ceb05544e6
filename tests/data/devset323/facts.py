"""The three-hundred-and-twenty-third development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset323/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def shakahola():
    K, R, T, A = "kompas-may17", "reuters-may19", "detik-may26", "ap-jul19"
    # as-of times of the running tallies: Tuesday 16 May 2023 (133 dead, 68 rescued), Thursday 18 May (235 dead, 89
    # rescued, 31 arrested, 613 missing), Monday 22 May (the count on the ground of 242, 93 rescued), Thursday 25 May
    # (the interior ministry's 241: the count corrected down, a revision), Tuesday 18 July (419 dead, 95 rescued, 37
    # arrested, 613 missing). No count is credited to a different body than the others: the regional commissioner,
    # the police and the interior ministry speak for one government operation. The missing may fall.
    TUE16, THU18, MON22, THU25, JUL18 = "2023-05-16", "2023-05-18", "2023-05-22", "2023-05-25", "2023-07-18"
    names = {
     "dead": "bodies recovered from the forest", "exhumed_tue16": "bodies exhumed on Tuesday 16 May",
     "rescued_tue16": "people found alive on Tuesday 16 May", "rescued": "people rescued in all",
     "area": "area of the forest (acres)", "arrested": "people arrested", "missing": "people reported missing",
     "autopsy_batch": "bodies of the second phase to be examined", "skeletons": "skeletons found after the pause",
     "exhumed_jul18": "bodies exhumed on Tuesday 18 July", "dna": "DNA samples collected",
     # dates
     "asof_tue16": "day of the count of 133", "exh_start": "day the exhumations began",
     "asof_thu18": "day of the count of 235", "autopsy_start": "day the post-mortems were to begin",
     "stmt_thu25": "day of the ministry's count of 241", "asof_mon22": "day of the count of 242",
     "survivor_died": "day a rescued follower died in hospital", "asof_jul18": "day of the count of 419",
    }
    ms = [
     M(K, "133 orang", N, "dead", 133, TUE16),
     M(K, "21 jenazah", N, "exhumed_tue16", 21),
     M(K, "Selasa (16/5/2023)", D, "asof_tue16", "2023-05-16"),
     M(K, "lima orang", N, "rescued_tue16", 5),
     M(K, "68 orang", N, "rescued", 68, TUE16),
     M(K, "sekitar 325 hektare", N, "area", 803, qual="approx", cls="area"),
     M(K, "Jumat (21/4/2023)", D, "exh_start", "2023-04-21"),

     M(R, "235", N, "dead", 235, THU18),
     M(R, "Thursday", D, "asof_thu18", "2023-05-18"),
     M(R, "133", N, "dead", 133, TUE16),
     M(R, "Tuesday", D, "asof_tue16", "2023-05-16"),
     M(R, "21 bodies", N, "exhumed_tue16", 21),
     M(R, "89", N, "rescued", 89, THU18),
     M(R, "31 people", N, "arrested", 31, THU18),
     M(R, "613 people", N, "missing", 613, THU18, fall=True),
     M(R, "123 bodies", N, "autopsy_batch", 123),
     M(R, "Wednesday", D, "autopsy_start", "2023-05-24"),
     M(R, "about 800 acres", N, "area", 800, qual="approx", cls="area"),

     M(T, "241 orang", N, "dead", 241, THU25),
     M(T, "Kamis (25/5/2023)", D, "stmt_thu25", "2023-05-25"),
     M(T, "lima kerangka", N, "skeletons", 5),
     M(T, "Senin (22/5/2023)", D, "asof_mon22", "2023-05-22"),
     M(T, "242 orang", N, "dead", 242, MON22),
     M(T, "93 orang", N, "rescued", 93, MON22),
     M(T, "Rabu (24/5/2023)", D, "survivor_died", "2023-05-24"),
     M(T, "Kamis (20/4/2023)", D, "exh_start", "2023-04-20", planted=True),

     M(A, "419", N, "dead", 419, JUL18),
     M(A, "16 more bodies", N, "exhumed_jul18", 16),
     M(A, "Tuesday", D, "asof_jul18", "2023-07-18"),
     M(A, "95", N, "rescued", 95, JUL18),
     M(A, "37", N, "arrested", 37, JUL18),
     M(A, "258 DNA samples", N, "dna", 258),
     M(A, "April 21", D, "exh_start", "2023-04-21"),
     M(A, "241", N, "dead", 241, THU25),
     M(A, "613 people", N, "missing", 613, JUL18, fall=True),
    ]
    build("shakahola-cult-2023", "The Shakahola forest starvation cult deaths, Kilifi county, Kenya (exhumations from "
          "Friday 21 April 2023): bodies recovered 133 on Tuesday 16 May -> 235 on Thursday 18 May -> 242 on Monday 22 "
          "May -> corrected down to 241 by the interior ministry on Thursday 25 May -> 419 on Tuesday 18 July; rescued "
          "68 -> 89 -> 93 -> 95; arrested 31 -> 37; 613 reported missing; the preacher Paul Nthenge Mackenzie in "
          "custody", False, ms, names)


def hachalu():
    K, R, T, A = "kompas-jul2", "reuters-jul4", "detik-jul9", "ap-jan2"
    # as-of times: Wednesday 1 July 2020 (the Oromia police's 81: 3 police, 78 civilians), Saturday 4 July (166: 145
    # civilians and 11 security forces in Oromia, 10 in Addis Ababa; 167 seriously wounded; 1,084 arrested), Wednesday
    # 8 July (239: 215 civilians, 9 police, 5 militia in Oromia; more than 3,500 detained). The Ethiopian Human Rights
    # Commission's count of 123 (its report of Friday 1 January 2021) is another body's count of the dead (sources).
    JUL1, JUL4, JUL8 = "2020-07-01", "2020-07-04", "2020-07-08"
    POL, EHRC = "the Oromia regional police", "the Ethiopian Human Rights Commission"
    names = {
     "dead": "people killed in the unrest", "police_dead": "police officers killed in Oromia",
     "civ_dead": "civilians killed in Oromia", "sec_dead": "security forces killed in Oromia",
     "militia_dead": "militia members killed in Oromia", "addis_dead": "people killed in Addis Ababa",
     "injured": "people seriously wounded", "arrested": "people arrested", "age": "Hachalu's age",
     "ambo_km": "distance of Ambo from Addis Ababa (km)",
     # dates
     "shot": "day Hachalu was shot", "count81": "day of the police's count of 81", "internet": "day the internet was cut",
     "funeral": "day of the burial in Ambo", "pm2018": "year of the change of prime minister",
     "count166": "day of the police's count of 166", "count239": "day of the police's count of 239",
     "ehrc_report": "day the rights commission's report was released",
    }
    ms = [
     M(K, "Sedikitnya 81 orang", N, "dead", 81, JUL1, qual="atleast", src=POL),
     M(K, "Rabu (1/7/2020)", D, "count81", "2020-07-01"),
     M(K, "tiga polisi", N, "police_dead", 3, JUL1),
     M(K, "78 warga sipil", N, "civ_dead", 78, JUL1),
     M(K, "34 tahun", N, "age", 34, cls="age"),
     M(K, "Senin (29/6/2020)", D, "shot", "2020-06-29"),
     M(K, "2018", D, "pm2018", "2018"),
     M(K, "Selasa (30/6/2020)", D, "internet", "2020-06-30"),
     M(K, "Kamis (2/7/2020)", D, "funeral", "2020-07-02"),
     M(K, "sekitar 100 km", N, "ambo_km", 100, qual="approx", cls="km"),

     M(R, "At least 166 people", N, "dead", 166, JUL4, qual="atleast", src=POL),
     M(R, "Saturday", D, "count166", "2020-07-04"),
     M(R, "145 civilians", N, "civ_dead", 145, JUL4),
     M(R, "11 members", N, "sec_dead", 11, JUL4),
     M(R, "10 people", N, "addis_dead", 10, JUL4),
     M(R, "167 people", N, "injured", 167, JUL4),
     M(R, "1,084", N, "arrested", 1084, JUL4),
     M(R, "81", N, "dead", 81, JUL1, src=POL),
     M(R, "Wednesday", D, "count81", "2020-07-01"),
     M(R, "34", N, "age", 34, cls="age"),
     M(R, "Monday", D, "shot", "2020-06-29"),
     M(R, "Thursday", D, "funeral", "2020-07-02"),
     M(R, "about 100 km", N, "ambo_km", 100, qual="approx", cls="km"),
     M(R, "Tuesday", D, "internet", "2020-06-30"),

     M(T, "239 orang", N, "dead", 239, JUL8, src=POL),
     M(T, "Rabu (8/7/2020)", D, "count239", "2020-07-08"),
     M(T, "215 warga sipil", N, "civ_dead", 215, JUL8),
     M(T, "9 polisi", N, "police_dead", 9, JUL8),
     M(T, "5 anggota milisi", N, "militia_dead", 5, JUL8),
     M(T, "166 korban tewas", N, "dead", 166, JUL4, src=POL),
     M(T, "1.048 orang", N, "arrested", 1048, JUL4, planted=True),
     M(T, "lebih dari 3.500 orang", N, "arrested", 3500, JUL8, qual="morethan"),
     M(T, "Minggu (28/6/2020)", D, "shot", "2020-06-28", planted=True),
     M(T, "Kamis (2/7/2020)", D, "funeral", "2020-07-02"),
     M(T, "Selasa (30/6/2020)", D, "internet", "2020-06-30"),

     M(A, "At least 123 people", N, "dead", 123, "2021-01-01", qual="atleast", src=EHRC),
     M(A, "Friday", D, "ehrc_report", "2021-01-01"),
     M(A, "239 deaths", N, "dead", 239, JUL8, src=POL),
     M(A, "July", D, "count239", "2020-07"),
     M(A, "34-year-old", N, "age", 34, cls="age"),
     M(A, "June 29", D, "shot", "2020-06-29"),
     M(A, "more than 3,500 people", N, "arrested", 3500, JUL8, qual="morethan"),
     M(A, "June 30", D, "internet", "2020-06-30"),
    ]
    build("hachalu-unrest-2020", "The unrest in Ethiopia after the killing of the Oromo singer Hachalu Hundessa "
          "(shot in Addis Ababa on Monday 29 June 2020, buried in Ambo on Thursday 2 July; the internet cut on Tuesday "
          "30 June): the Oromia police's toll 81 on Wednesday 1 July -> 166 on Saturday 4 July -> 239 on Wednesday 8 "
          "July; arrests 1,084 -> more than 3,500; the Ethiopian Human Rights Commission's count of 123 (January 2021)",
          False, ms, names)


def somalia():
    R, K, T, A = "reuters-dec13", "kompas-dec14", "detik-dec15", "ap-dec16"
    names = {
     "relief": "debt relief (billion dollars)", "debt2018": "external debt in 2018 (% of GDP)",
     "debt2023": "external debt by end-2023 (% of GDP)",
     # dates
     "decision": "day of the completion-point decision", "base": "base year of the debt ratio",
     "target": "year the debt ratio falls below 6%", "decision_pt": "month Somalia reached the decision point",
     "launch": "year the initiative was set up", "collapse": "year the central government collapsed",
    }
    ms = [
     M(R, "about $4.5 billion", N, "relief", 4.5, qual="approx", cls="usd"),
     M(R, "Wednesday", D, "decision", "2023-12-13"),
     M(R, "64%", N, "debt2018", 64, cls="pct"),
     M(R, "2018", D, "base", "2018"),
     M(R, "less than 6%", N, "debt2023", 6, qual="nearly", cls="pct"),
     M(R, "2023", D, "target", "2023"),
     M(R, "March 2020", D, "decision_pt", "2020-03"),
     M(R, "1996", D, "launch", "1996"),
     M(R, "1991", D, "collapse", "1991"),

     M(K, "Rabu (13/12/2023)", D, "decision", "2023-12-13"),
     M(K, "sekitar 4,5 miliar dollar AS", N, "relief", 4.5, qual="approx", cls="usd"),
     M(K, "64 persen", N, "debt2018", 64, cls="pct"),
     M(K, "2018", D, "base", "2018"),
     M(K, "kurang dari 6 persen", N, "debt2023", 6, qual="nearly", cls="pct"),
     M(K, "akhir 2023", D, "target", "2023"),
     M(K, "Maret 2020", D, "decision_pt", "2020-03"),
     M(K, "1996", D, "launch", "1996"),
     M(K, "1991", D, "collapse", "1991"),

     M(T, "sekitar US$ 4,5 miliar", N, "relief", 4.5, qual="approx", cls="usd"),
     M(T, "Rabu (13/12/2023)", D, "decision", "2023-12-13"),
     M(T, "64 persen", N, "debt2018", 64, cls="pct"),
     M(T, "2018", D, "base", "2018"),
     M(T, "di bawah 6 persen", N, "debt2023", 6, qual="nearly", cls="pct"),
     M(T, "akhir 2023", D, "target", "2023"),
     M(T, "Maret 2020", D, "decision_pt", "2020-03"),
     M(T, "1996", D, "launch", "1996"),
     M(T, "1991", D, "collapse", "1991"),

     M(A, "less than 6%", N, "debt2023", 6, qual="nearly", cls="pct"),
     M(A, "about $4.5 billion", N, "relief", 4.5, qual="approx", cls="usd"),
     M(A, "Dec. 13", D, "decision", "2023-12-13"),
     M(A, "64%", N, "debt2018", 64, cls="pct"),
     M(A, "2018", D, "base", "2018"),
     M(A, "1996", D, "launch", "1996"),
     M(A, "March 2020", D, "decision_pt", "2020-03"),
     M(A, "1991", D, "collapse", "1991"),
    ]
    build("somalia-debt-relief-2023", "Somalia reaches the completion point of the IMF and World Bank's Heavily "
          "Indebted Poor Countries initiative (control), announced on Wednesday 13 December 2023: about $4.5 billion of "
          "debt relief, external debt from 64% of GDP in 2018 to less than 6% by the end of 2023, the decision point of "
          "March 2020, the initiative of 1996, the collapse of the central government in 1991. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    shakahola()
    hachalu()
    somalia()
