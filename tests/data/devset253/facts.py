"""The two-hundred-and-fifty-third development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset253/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def thamrin():
    K, R, T, J = "kompas-jan14", "reuters-jan15", "tempo-jan19", "jakpost-jun23"
    # as-of times of the running tallies: Thursday 14 January 2016 (the police's first count: seven dead, five of
    # them attackers, three of the five shot), Friday 15 January (the attackers corrected to four, seven dead, three
    # arrested), Monday 18 January (a wounded man dies: eight dead, four attackers, four civilians), Tuesday 19
    # January (12 arrested, two attackers shot), the count recalled at the verdict of Friday 22 June 2018. The
    # police's attackers (5 -> 4) and attackers shot (3 -> 2) are corrected down: revisions. The two suicide
    # bombers, the injured total (24) and the 2009 hotel bombings' toll do not change with the day of the report.
    THU, FRI, MON18, TUE19, JUN = "2016-01-14", "2016-01-15", "2016-01-18", "2016-01-19", "2018-06-22"
    names = {
     "dead": "people killed in the Thamrin attack", "attackers": "attackers (all killed)",
     "civ_dead": "civilians killed", "inj_civ": "civilians injured", "inj_police": "police officers injured",
     "inj_foreign": "foreigners among the injured", "injured": "people injured in all",
     "bombers": "attackers who blew themselves up", "shot": "attackers shot dead by police",
     "arrested": "people arrested in connection with the attack", "dead2009": "people killed in the 2009 hotel bombings",
     "kmelayu_dead": "police officers killed at Kampung Melayu",
     # dates
     "attack": "day of the Thamrin attack", "revise_day": "day the police corrected the attackers' count",
     "claim": "day the Islamic State group claimed the attack", "reopen": "day the shops reopened",
     "hotels2009": "year of the hotel bombings", "died_day": "day a wounded victim died",
     "asof_tue": "day of the arrests count (Tuesday)", "asof_fri": "day of the first arrests count (Friday)",
     "law2003": "year of the anti-terrorism law", "verdict": "day of the cleric's death sentence",
     "demand": "day prosecutors asked for the death penalty", "trial_open": "month the cleric's trial opened",
     "kmelayu": "month of the Kampung Melayu bombing", "law_passed": "day parliament passed the revised law",
    }
    ms = [
     M(K, "Kamis (14/1/2016)", D, "attack", "2016-01-14"),
     M(K, "tujuh orang", N, "dead", 7, THU),
     M(K, "lima di antaranya pelaku", N, "attackers", 5, THU),
     M(K, "dua warga sipil", N, "civ_dead", 2, THU),
     M(K, "19 warga sipil", N, "inj_civ", 19, THU),
     M(K, "lima polisi", N, "inj_police", 5, THU),
     M(K, "empat di antaranya warga negara asing", N, "inj_foreign", 4, THU),
     M(K, "dua pelaku", N, "bombers", 2),
     M(K, "tiga lainnya", N, "shot", 3, THU),

     M(R, "Friday", D, "revise_day", "2016-01-15"),
     M(R, "four", N, "attackers", 4, FRI),
     M(R, "five", N, "attackers", 5, THU),
     M(R, "Thursday", D, "attack", "2016-01-14"),
     M(R, "seven", N, "dead", 7, FRI),
     M(R, "three civilians", N, "civ_dead", 3, FRI),
     M(R, "Twenty-four people", N, "injured", 24, FRI),
     M(R, "five of them police officers", N, "inj_police", 5, FRI),
     M(R, "four of the wounded", N, "inj_foreign", 4, FRI),
     M(R, "three people", N, "arrested", 3, FRI),
     M(R, "Thursday", D, "claim", "2016-01-14", occ=2),
     M(R, "2009", D, "hotels2009", "2009"),
     M(R, "seven people", N, "dead2009", 7),
     M(R, "Friday", D, "reopen", "2016-01-15", occ=2),

     M(T, "delapan orang", N, "dead", 8, MON18),
     M(T, "Senin (18/1/2016)", D, "died_day", "2016-01-18"),
     M(T, "empat pelaku", N, "attackers", 4, MON18),
     M(T, "empat warga sipil", N, "civ_dead", 4, MON18),
     M(T, "dua pelaku", N, "bombers", 2),
     M(T, "dua pelaku lainnya", N, "shot", 2, TUE19),
     M(T, "Selasa (19/1/2016)", D, "asof_tue", "2016-01-19"),
     M(T, "12 orang", N, "arrested", 12, TUE19),
     M(T, "Jumat (15/1/2016)", D, "asof_fri", "2016-01-15"),
     M(T, "tiga orang", N, "arrested", 3, FRI),
     M(T, "Rabu (13/1/2016)", D, "attack", "2016-01-13", planted=True),
     M(T, "24 orang", N, "injured", 24, TUE19),
     M(T, "lima di antaranya polisi", N, "inj_police", 5, TUE19),
     M(T, "Tahun 2003", D, "law2003", "2003"),

     M(J, "Friday", D, "verdict", "2018-06-22"),
     M(J, "May 18", D, "demand", "2018-05-18"),
     M(J, "February", D, "trial_open", "2018-02"),
     M(J, "Jan. 14, 2016", D, "attack", "2016-01-14"),
     M(J, "eight people", N, "dead", 8, JUN),
     M(J, "four of them attackers", N, "attackers", 4, JUN),
     M(J, "42", N, "injured", 42, planted=True),
     M(J, "May 2017", D, "kmelayu", "2017-05"),
     M(J, "three police officers", N, "kmelayu_dead", 3),
     M(J, "May 25", D, "law_passed", "2018-05-25"),
    ]
    build("thamrin-attack-2016", "The gun and bomb attack on Jalan MH Thamrin near the Sarinah shopping centre, "
          "Central Jakarta (Thursday 14 January 2016, about 10.50 WIB): the police's first count of seven dead, five "
          "of them attackers (two suicide bombers, three shot) and two civilians, 19 civilians and five police officers "
          "injured; the attackers corrected to four on Friday 15 January (seven dead: four attackers, three civilians; "
          "24 injured; three arrested); eight dead after a wounded man died on Monday 18 January (four attackers, four "
          "civilians), 12 arrested by Tuesday 19 January; the cleric Aman Abdurrahman, for whom prosecutors sought "
          "death on 18 May 2018, sentenced to death by the South Jakarta District Court on Friday 22 June 2018",
          False, ms, names)


def garut():
    D1, R2, K3, J4 = "detik-sep21", "reuters-sep22", "kompas-sep25", "jakpost-oct17"
    # as-of times of the running tallies: Wednesday 21 September 2016 in the afternoon (BNPB's 16 dead and 18
    # missing, BPBD Garut's 17 dead) and at night (Basarnas's 21 dead and 14 missing), Thursday 22 September (26
    # dead, 23 missing), Saturday 24 September (27), Sunday 25 September (31 dead, 20 missing), the count when the
    # search ended as reported on 17 October (34 dead, 19 missing). The missing may fall as bodies are found.
    # Sources: the national disaster agency (BNPB), the regency's disaster agency (BPBD Garut) and the search and
    # rescue agency (Basarnas) kept their own counts.
    WEDPM, WEDN, THU, SAT, SUN, OCT = ("2016-09-21a", "2016-09-21b", "2016-09-22", "2016-09-24", "2016-09-25",
                                       "2016-10-17")
    BNPB, BPBD, SAR = "BNPB", "BPBD Garut", "Basarnas"
    names = {
     "dead": "people killed by the Garut flood", "missing": "people missing", "districts": "districts hit",
     "depth": "depth of the water", "inj_heavy": "people seriously injured", "inj_light": "people lightly injured",
     "injured": "people injured in all", "emerg": "length of the emergency response period",
     "years": "years without a flood this large", "displaced": "people in shelters",
     "personnel": "search personnel",
     # dates
     "flood": "day of the flash flood", "rain": "day the heavy rain began", "overflow": "day the river burst its banks",
     "asof_thu": "day of the count (Thursday)", "asof_wedn": "day of Basarnas's count (Wednesday night)",
     "asof_wed": "day of BNPB's first count (Wednesday)", "asof_sun": "day of the count (Sunday)",
     "asof_sat": "day of the count (Saturday)",
    }
    ms = [
     M(D1, "Rabu (21/9/2016)", D, "flood", "2016-09-21"),
     M(D1, "tujuh kecamatan", N, "districts", 7),
     M(D1, "Selasa (20/9/2016)", D, "rain", "2016-09-20"),
     M(D1, "1,5 hingga 2 meter", N, "depth", 1.5, cls="m"),
     M(D1, "16 orang", N, "dead", 16, WEDPM, src=BNPB),
     M(D1, "18 orang", N, "missing", 18, WEDPM, src=BNPB, fall=True),
     M(D1, "empat orang luka berat", N, "inj_heavy", 4, WEDPM),
     M(D1, "26 orang luka ringan", N, "inj_light", 26, WEDPM),
     M(D1, "17 korban tewas", N, "dead", 17, WEDPM, src=BPBD),
     M(D1, "tujuh hari", N, "emerg", 7, cls="dur"),
     M(D1, "50 tahun", N, "years", 50, cls="yrs"),

     M(R2, "26", N, "dead", 26, THU, src=BNPB),
     M(R2, "Thursday", D, "asof_thu", "2016-09-22"),
     M(R2, "23 people", N, "missing", 23, THU, src=BNPB, fall=True),
     M(R2, "Tuesday", D, "overflow", "2016-09-20"),
     M(R2, "Wednesday", D, "flood", "2016-09-21"),
     M(R2, "seven districts", N, "districts", 7),
     M(R2, "21", N, "dead", 21, WEDN, src=SAR),
     M(R2, "Wednesday", D, "asof_wedn", "2016-09-21", occ=2),
     M(R2, "14 people", N, "missing", 14, WEDN, src=SAR, fall=True),
     M(R2, "Thirty people", N, "injured", 30, THU),
     M(R2, "four of them seriously", N, "inj_heavy", 4, THU),
     M(R2, "More than 1,000 people", N, "displaced", 1000, THU, qual="morethan"),
     M(R2, "seven days", N, "emerg", 7, cls="dur"),

     M(K3, "31 orang", N, "dead", 31, SUN, src=BNPB),
     M(K3, "Minggu (25/9/2016)", D, "asof_sun", "2016-09-25"),
     M(K3, "20 orang", N, "missing", 20, SUN, src=BNPB, fall=True),
     M(K3, "Sabtu (24/9/2016)", D, "asof_sat", "2016-09-24"),
     M(K3, "27 orang", N, "dead", 27, SAT, src=BNPB),
     M(K3, "Rabu (21/9/2016)", D, "asof_wed", "2016-09-21"),
     M(K3, "16 korban tewas", N, "dead", 16, WEDPM, src=BNPB),
     M(K3, "12 orang", N, "dead", 12, WEDN, src=SAR, planted=True),
     M(K3, "lebih dari 1.000 personel", N, "personnel", 1000, qual="morethan"),
     M(K3, "lebih dari 2.000 warga", N, "displaced", 2000, SUN, qual="morethan"),
     M(K3, "tujuh hari", N, "emerg", 7, cls="dur"),

     M(J4, "Sept. 22", D, "flood", "2016-09-22", planted=True),
     M(J4, "34 people", N, "dead", 34, OCT, src=BNPB),
     M(J4, "19", N, "missing", 19, OCT, src=BNPB, fall=True),
     M(J4, "Sept. 21", D, "asof_wed", "2016-09-21"),
     M(J4, "16 dead", N, "dead", 16, WEDPM, src=BNPB),
     M(J4, "18 missing", N, "missing", 18, WEDPM, src=BNPB, fall=True),
     M(J4, "Sept. 20", D, "rain", "2016-09-20"),
     M(J4, "1.5 to 2 meters", N, "depth", 1.5, cls="m"),
     M(J4, "seven districts", N, "districts", 7),
     M(J4, "About 30 people", N, "injured", 30, OCT, qual="approx"),
    ]
    build("garut-flood-2016", "The flash flood of the Cimanuk and Cikamuri rivers in Garut regency, West Java (heavy "
          "rain from Tuesday 20 September 2016, 19.00 WIB; the rivers over their banks about 22.00; the peak about "
          "01.00 WIB on Wednesday 21 September, 1.5 to 2 metres of water in seven districts): BNPB's 16 dead and 18 "
          "missing on Wednesday afternoon against BPBD Garut's 17 and Basarnas's 21 dead and 14 missing that night; 26 "
          "dead and 23 missing on Thursday 22 September, 27 on Saturday 24, 31 dead and 20 missing on Sunday 25, 34 "
          "dead and 19 missing when the search ended; four seriously and 26 lightly injured; a seven-day emergency "
          "response period", False, ms, names)


def borobudur():
    A, R, K, J = "antara-jun05", "reuters-jun06", "kompas-jun07", "jakpost-jun08"
    # one announcement (Saturday 4 June 2022): fees and a quota for climbing the temple, the entry ticket unchanged,
    # and the temple's fixed figures; nothing changes with the day of the report.
    names = {
     "climb_dom": "fee to climb for domestic visitors", "climb_foreign": "fee to climb for foreign visitors",
     "climb_student": "fee to climb for students", "entry": "entry ticket for domestic adults",
     "quota": "climbers allowed a day", "panels": "relief panels", "statues": "Buddha statues",
     # dates
     "announce": "day of the announcement", "unesco": "year of the UNESCO listing",
     "closed": "year climbing was barred",
    }
    ms = [
     M(A, "Rp750.000", N, "climb_dom", 750000, cls="idr"),
     M(A, "100 dolar AS", N, "climb_foreign", 100, cls="usd"),
     M(A, "Sabtu (4/6/2022)", D, "announce", "2022-06-04"),
     M(A, "Rp5.000", N, "climb_student", 5000, cls="idr"),
     M(A, "1.200 orang", N, "quota", 1200),
     M(A, "Rp50.000", N, "entry", 50000, cls="idr"),
     M(A, "2.672 panel relief", N, "panels", 2672),
     M(A, "504 arca Buddha", N, "statues", 504),
     M(A, "1991", D, "unesco", "1991"),
     M(A, "2020", D, "closed", "2020"),

     M(R, "$100", N, "climb_foreign", 100, cls="usd"),
     M(R, "750,000 rupiah", N, "climb_dom", 750000, cls="idr"),
     M(R, "Saturday", D, "announce", "2022-06-04"),
     M(R, "1,200 a day", N, "quota", 1200),
     M(R, "5,000 rupiah", N, "climb_student", 5000, cls="idr"),
     M(R, "50,000 rupiah", N, "entry", 50000, cls="idr"),
     M(R, "1991", D, "unesco", "1991"),
     M(R, "more than 2,600 relief panels", N, "panels", 2600, qual="morethan"),
     M(R, "504 Buddha statues", N, "statues", 504),
     M(R, "2020", D, "closed", "2020"),

     M(K, "Sabtu (4/6/2022)", D, "announce", "2022-06-04"),
     M(K, "Rp 750.000", N, "climb_dom", 750000, cls="idr"),
     M(K, "100 dolar AS", N, "climb_foreign", 100, cls="usd"),
     M(K, "Rp 5.000", N, "climb_student", 5000, cls="idr"),
     M(K, "1.200 orang", N, "quota", 1200),
     M(K, "Rp 50.000", N, "entry", 50000, cls="idr"),
     M(K, "504 arca Buddha", N, "statues", 504),
     M(K, "2.672 panel relief", N, "panels", 2672),
     M(K, "1991", D, "unesco", "1991"),
     M(K, "2020", D, "closed", "2020"),

     M(J, "Rp 750,000", N, "climb_dom", 750000, cls="idr"),
     M(J, "June 4", D, "announce", "2022-06-04"),
     M(J, "US$100", N, "climb_foreign", 100, cls="usd"),
     M(J, "Rp 5,000", N, "climb_student", 5000, cls="idr"),
     M(J, "1,200 climbers", N, "quota", 1200),
     M(J, "Rp 50,000", N, "entry", 50000, cls="idr"),
     M(J, "2,672 relief panels", N, "panels", 2672),
     M(J, "504 Buddha statues", N, "statues", 504),
     M(J, "1991", D, "unesco", "1991"),
     M(J, "2020", D, "closed", "2020"),
    ]
    build("borobudur-ticket-2022", "The government's plan for climbing Borobudur temple, Central Java (control), "
          "announced on Saturday 4 June 2022 by the Coordinating Minister for Maritime Affairs and Investment: "
          "Rp750,000 for domestic visitors, US$100 for foreign visitors and Rp5,000 for students to climb the "
          "monument, a quota of 1,200 climbers a day, the entry ticket unchanged at Rp50,000 for domestic adults, "
          "local guides required; the temple's 2,672 relief panels and 504 Buddha statues, its UNESCO listing in "
          "1991, climbing barred since 2020. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    thamrin()
    garut()
    borobudur()
