"""Development set 424 (issue 12): the table of facts its labels are produced from, never the checker's output.

Each mention of a figure or date in an article is written down once (``M``): the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset424/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def dam():
    R, K, A, P = "reuters-may01", "kompas-may02", "antara-may04", "ap-may28"
    # as-of times of the running tallies: Friday 1 May 2020 (about 70,000 moved out in Uzbekistan, 56 hurt, about
    # 5,000 moved out in Kazakhstan), Saturday 2 May (four dead; the hurt corrected down to 46 after patients moved
    # between hospitals were counted twice: a revision; in Kazakhstan about 22,000 by the emergency ministry against
    # 28,000 by the Turkestan governor's office: sources), Monday 4 May (more than 100,000 in Uzbekistan, still four
    # dead and 46 hurt, 32,000 in Kazakhstan by the ministry against 35,000 by the governor's office: sources), and
    # the count standing on 28 May (six dead). No count here may fall; the hurt went down by a correction.
    FRI, SAT, MON, MAY28 = "2020-05-01", "2020-05-02", "2020-05-04", "2020-05-28"
    KZ, GOV = "Kazakhstan's emergency ministry", "the Turkestan regional governor's office"
    names = {
     "dead": "people killed in Uzbekistan", "hurt": "people hurt in Uzbekistan",
     "evac_uz": "people moved out in Uzbekistan", "evac_kz": "people moved out in Kazakhstan",
     "houses_uz": "houses damaged in Uzbekistan", "houses_kz": "houses flooded in Kazakhstan",
     "capacity": "reservoir capacity (million cubic metres)", "depth": "depth of the water in villages (m)",
     # dates
     "breach": "day the dam gave way", "count_fri": "day of the Friday evening count",
     "count_sat": "day of the Saturday count", "count_mon": "day of the Monday count",
    }
    ms = [
     M(R, "Friday", D, "breach", "2020-05-01"),
     M(R, "Friday", D, "count_fri", "2020-05-01", occ=2),
     M(R, "about 70,000 people", N, "evac_uz", 70000, FRI, qual="approx"),
     M(R, "56 people", N, "hurt", 56, FRI),
     M(R, "922 million cubic metres", N, "capacity", 922, cls="vol"),
     M(R, "about 5,000 residents", N, "evac_kz", 5000, FRI, qual="approx"),

     M(K, "Empat orang", N, "dead", 4, SAT),
     M(K, "Kamis (30/4/2020)", D, "breach", "2020-04-30", planted=True),
     M(K, "Sabtu (2/5/2020)", D, "count_sat", "2020-05-02"),
     M(K, "46 orang", N, "hurt", 46, SAT),
     M(K, "56 orang", N, "hurt", 56, FRI),
     M(K, "Sekitar 70.000 warga", N, "evac_uz", 70000, SAT, qual="approx"),
     M(K, "sekitar 22.000 orang", N, "evac_kz", 22000, SAT, qual="approx", src=KZ),
     M(K, "28.000 orang", N, "evac_kz", 28000, SAT, src=GOV),
     M(K, "922 juta meter kubik", N, "capacity", 922, cls="vol"),

     M(A, "melampaui 100.000 orang", N, "evac_uz", 100000, MON, qual="morethan"),
     M(A, "Senin (4/5/2020)", D, "count_mon", "2020-05-04"),
     M(A, "empat orang", N, "dead", 4, MON),
     M(A, "46 orang", N, "hurt", 46, MON),
     M(A, "Jumat (1/5/2020)", D, "breach", "2020-05-01"),
     M(A, "lebih dari 1.000 rumah", N, "houses_uz", 1000, MON, qual="morethan"),
     M(A, "32.000 warga", N, "evac_kz", 32000, MON, src=KZ),
     M(A, "35.000 pengungsi", N, "evac_kz", 35000, MON, src=GOV),
     M(A, "Lebih dari 2.000 rumah", N, "houses_kz", 2000, MON, qual="morethan"),
     M(A, "dua meter", N, "depth", 2, cls="m"),

     M(P, "May 1", D, "breach", "2020-05-01"),
     M(P, "six people", N, "dead", 6, MAY28),
     M(P, "five deaths", N, "dead", 5, SAT, planted=True),
     M(P, "Saturday, May 2", D, "count_sat", "2020-05-02"),
     M(P, "More than 100,000 people", N, "evac_uz", 100000, MON, qual="morethan"),
     M(P, "about 32,000", N, "evac_kz", 32000, MON, qual="approx", src=KZ),
     M(P, "922 million cubic metres", N, "capacity", 922, cls="vol"),
    ]
    build("sardoba-dam-2020", "The failure of the Sardoba reservoir dam in Uzbekistan's Syrdarya region early on "
          "Friday 1 May 2020 (about 6 a.m.), after heavy rain and strong winds; the reservoir held up to 922 million "
          "cubic metres; about 70,000 people moved out on the first day and more than 100,000 by Monday 4 May; 56 hurt "
          "on the first day, corrected down to 46 on Saturday 2 May; four dead by Saturday and six in the end; in "
          "Kazakhstan's Maktaaral district about 5,000 moved out on the Friday, about 22,000 by the emergency "
          "ministry against 28,000 by the Turkestan governor's office on the Saturday (sources) and 32,000 by the "
          "ministry against 35,000 by the governor's office on Monday 4 May (sources)",
          False, ms, names)


def unrest():
    R, K, A, T = "reuters-jul04", "kompas-jul05", "antara-jul22", "tempo-feb01"
    # steps on different dates: the protests in Nukus (Friday 1 July 2022), the president's visit (Saturday 2 July),
    # the state of emergency (from Sunday 3 July, planned to 2 August, lifted early on Thursday 21 July), the first
    # toll given by the national guard on Monday 4 July (18 dead, 243 hurt, 516 detained), the prosecutors' toll of
    # 21 on Thursday 21 July (an update), the trial in Bukhara (from 29 November 2022) and the verdict (Tuesday 31
    # January 2023). The detained may fall (people freed).
    MON, JUL21 = "2022-07-04", "2022-07-21"
    names = {
     "dead": "people killed in the unrest", "hurt": "people hurt in the unrest",
     "detained": "people detained", "freed": "detained people freed", "pop": "population of Karakalpakstan",
     "defendants": "defendants tried in Bukhara", "sentence": "prison term of Tazhimuratov (years)",
     "others_max": "longest prison term of the other defendants (years)",
     # dates
     "protest": "day of the protests in Nukus", "toll_day": "day the national guard gave the first toll",
     "visit": "day of the president's visit to Nukus", "emergency": "day the state of emergency began",
     "emergency_end": "day the state of emergency was to end", "lifted": "day the state of emergency was lifted",
     "trial": "day the trial opened", "verdict": "day of the verdict",
    }
    ms = [
     M(R, "18 people", N, "dead", 18, MON),
     M(R, "234 injured", N, "hurt", 234, MON, planted=True),
     M(R, "Monday", D, "toll_day", "2022-07-04"),
     M(R, "Friday, July 1", D, "protest", "2022-07-01"),
     M(R, "Saturday", D, "visit", "2022-07-02"),
     M(R, "Sunday, July 3", D, "emergency", "2022-07-03"),
     M(R, "516 people", N, "detained", 516, MON, fall=True),
     M(R, "fewer than 2 million people", N, "pop", 2000000, qual="nearly"),

     M(K, "18 orang", N, "dead", 18, MON),
     M(K, "243 orang", N, "hurt", 243, MON),
     M(K, "Senin (4/7/2022)", D, "toll_day", "2022-07-04"),
     M(K, "Jumat (1/7/2022)", D, "protest", "2022-07-01"),
     M(K, "Sabtu (2/7/2022)", D, "visit", "2022-07-02"),
     M(K, "Minggu (3/7/2022)", D, "emergency", "2022-07-03"),
     M(K, "2 Agustus 2022", D, "emergency_end", "2022-08-02"),
     M(K, "516 orang", N, "detained", 516, MON, fall=True),
     M(K, "sekitar 2 juta orang", N, "pop", 2000000, qual="approx"),

     M(A, "Kamis (21/7/2022)", D, "lifted", "2022-07-21"),
     M(A, "2 Agustus", D, "emergency_end", "2022-08-02"),
     M(A, "21 orang", N, "dead", 21, JUL21),
     M(A, "18 orang", N, "dead", 18, MON),
     M(A, "Minggu (3/7/2022)", D, "emergency", "2022-07-03"),
     M(A, "1 Juli", D, "protest", "2022-07-01"),
     M(A, "Lebih dari 200 orang", N, "freed", 200, JUL21, qual="morethan"),

     M(T, "16 tahun penjara", N, "sentence", 16, cls="yrs"),
     M(T, "Selasa (31/1/2023)", D, "verdict", "2023-01-31"),
     M(T, "Juli 2022", D, "protest", "2022-07"),
     M(T, "22 terdakwa", N, "defendants", 22),
     M(T, "29 November 2022", D, "trial", "2022-11-29"),
     M(T, "10 tahun penjara", N, "others_max", 10, cls="yrs"),
     M(T, "23 orang", N, "dead", 23, JUL21, planted=True),
     M(T, "243 orang", N, "hurt", 243, MON),
    ]
    build("karakalpak-unrest-2022", "The unrest in Nukus, capital of Uzbekistan's autonomous Karakalpakstan region, "
          "against constitutional changes ending the region's sovereign status (Friday 1 July 2022); the president's "
          "visit and the changes dropped (Saturday 2 July); a month's state of emergency from Sunday 3 July, planned "
          "to 2 August and lifted early on Thursday 21 July; 18 dead, 243 hurt and 516 detained by the national "
          "guard's count of Monday 4 July, the toll raised to 21 by the prosecutors on 21 July; 22 defendants tried "
          "in Bukhara from 29 November 2022 and the journalist and lawyer Dauletmurat Tazhimuratov given 16 years "
          "on Tuesday 31 January 2023", False, ms, names)


def election():
    R, A, K, P = "reuters-mar15", "antara-mar16", "kompas-mar17", "ap-mar18"
    names = {
     "share": "winner's share of the vote (%)", "turnout": "turnout (%)", "runner_up": "runner-up's share (%)",
     "candidates": "candidates on the ballot", "age": "winner's age (years)", "pop": "population of Turkmenistan",
     # dates
     "vote": "day of the election", "announce": "day the results were announced",
     "inauguration": "day of the inauguration", "father": "year the father came to power",
    }
    ms = [
     M(R, "40-year-old", N, "age", 40, cls="age"),
     M(R, "Saturday, March 12", D, "vote", "2022-03-12"),
     M(R, "72.97 percent", N, "share", 72.97, cls="pct"),
     M(R, "Tuesday", D, "announce", "2022-03-15"),
     M(R, "97.17 percent", N, "turnout", 97.17, cls="pct"),
     M(R, "Nine candidates", N, "candidates", 9),
     M(R, "11.09 percent", N, "runner_up", 11.09, cls="pct"),
     M(R, "Saturday, March 19", D, "inauguration", "2022-03-19"),
     M(R, "2006", D, "father", "2006"),

     M(A, "72,97 persen", N, "share", 72.97, cls="pct"),
     M(A, "Selasa (15/3/2022)", D, "announce", "2022-03-15"),
     M(A, "Sabtu (12/3/2022)", D, "vote", "2022-03-12"),
     M(A, "97,17 persen", N, "turnout", 97.17, cls="pct"),
     M(A, "sembilan kandidat", N, "candidates", 9),
     M(A, "11,09 persen", N, "runner_up", 11.09, cls="pct"),
     M(A, "40 tahun", N, "age", 40, cls="age"),
     M(A, "2006", D, "father", "2006"),
     M(A, "Sabtu (19/3/2022)", D, "inauguration", "2022-03-19"),

     M(K, "Selasa (15/3/2022)", D, "announce", "2022-03-15"),
     M(K, "(40)", N, "age", 40, cls="age"),
     M(K, "72,97 persen", N, "share", 72.97, cls="pct"),
     M(K, "Sabtu (12/3/2022)", D, "vote", "2022-03-12"),
     M(K, "97,17 persen", N, "turnout", 97.17, cls="pct"),
     M(K, "sembilan kandidat", N, "candidates", 9),
     M(K, "11,09 persen", N, "runner_up", 11.09, cls="pct"),
     M(K, "2006", D, "father", "2006"),
     M(K, "Sabtu (19/3/2022)", D, "inauguration", "2022-03-19"),

     M(P, "Tuesday, March 15", D, "announce", "2022-03-15"),
     M(P, "nearly 73%", N, "share", 73, qual="nearly", cls="pct"),
     M(P, "40-year-old", N, "age", 40, cls="age"),
     M(P, "72.97%", N, "share", 72.97, cls="pct"),
     M(P, "97.17%", N, "turnout", 97.17, cls="pct"),
     M(P, "March 12", D, "vote", "2022-03-12"),
     M(P, "nine candidates", N, "candidates", 9),
     M(P, "11.09%", N, "runner_up", 11.09, cls="pct"),
     M(P, "2006", D, "father", "2006"),
     M(P, "March 19", D, "inauguration", "2022-03-19"),
     M(P, "about 6 million people", N, "pop", 6000000, qual="approx"),
    ]
    build("turkmen-election-2022", "Turkmenistan's presidential election of Saturday 12 March 2022 (control): the "
          "Central Election Commission announced on Tuesday 15 March that Serdar Berdimuhamedov (40), son of the "
          "leader in power since 2006, won 72.97% of the vote on a turnout of 97.17%, with the runner-up Hydyr "
          "Nunnayev on 11.09% among nine candidates; the inauguration set for Saturday 19 March 2022. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    dam()
    unrest()
    election()
