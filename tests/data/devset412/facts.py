"""The labels of the four-hundred-and-twelfth development set (issue 12), an untouched transfer set, produced from a
table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset412/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def evros():
    R, K, A, T = "reuters-aug22", "kompas-aug23", "ap-aug25", "tempo-sep15"
    # as-of times of the running tallies: the dead in the Evros region 19 on Tuesday 22 August 2023 in the evening
    # (the man found on Monday and the 18 found near Avantas on Tuesday), 20 on Wednesday 23 August, still 20 on
    # Friday 25 August and on Friday 15 September; the firefighters about 480 on Tuesday, more than 500 on Wednesday;
    # the burned area by the European forest fire system more than 73,000 ha on Thursday 24 August and more than
    # 81,000 ha on Tuesday 29 August, against about 90,000 ha by the National Observatory of Athens (sources); the
    # homes damaged or destroyed about 200 on Thursday 24 August, revised down to 112 by 15 September (a revision).
    MON, TUE, WED, THU, FRI, TUE29, SEP15 = ("2023-08-21", "2023-08-22", "2023-08-23", "2023-08-24", "2023-08-25",
                                            "2023-08-29", "2023-09-15")
    EFFIS, NOA = "the European Forest Fire Information System", "the National Observatory of Athens"
    names = {
     "dead": "people killed by the fire in Evros", "bodies": "bodies found near Avantas",
     "children": "children among the bodies found near Avantas", "patients": "hospital patients moved to a ferry",
     "firefighters": "firefighters at the fire", "aircraft": "aircraft at the fire",
     "area": "area burned (ha)", "homes": "homes damaged or destroyed",
     # dates
     "start": "day the fire broke out", "found18": "day the 18 bodies were found", "found1": "day the first body was found",
     "count19": "day of the count of 19", "count20": "day of the count of 20", "found20": "day the twentieth body was found",
     "evac": "day the hospital was evacuated", "area81": "day of the estimate of 81,000 ha",
     "control": "day the fire was declared under control",
    }
    ms = [
     M(R, "18 people", N, "bodies", 18),
     M(R, "Tuesday", D, "found18", "2023-08-22"),
     M(R, "Saturday", D, "start", "2023-08-19"),
     M(R, "Monday", D, "found1", "2023-08-21"),
     M(R, "19", N, "dead", 19, TUE),
     M(R, "Tuesday", D, "count19", "2023-08-22", occ=2),
     M(R, "65 patients", N, "patients", 65),
     M(R, "Some 480 firefighters", N, "firefighters", 480, TUE, qual="approx"),
     M(R, "7 aircraft", N, "aircraft", 7, TUE),
     M(R, "18 bodies", N, "bodies", 18),

     M(K, "20 orang", N, "dead", 20, WED),
     M(K, "Rabu (23/8/2023)", D, "count20", "2023-08-23"),
     M(K, "18 jenazah", N, "bodies", 18),
     M(K, "Minggu (20/8/2023)", D, "start", "2023-08-20", planted=True),
     M(K, "dua", N, "children", 2),
     M(K, "18 jenazah", N, "bodies", 18, occ=2),
     M(K, "lebih dari 500 petugas pemadam", N, "firefighters", 500, WED, qual="morethan"),
     M(K, "Selasa (22/8/2023)", D, "evac", "2023-08-22"),
     M(K, "65 pasien", N, "patients", 65),

     M(A, "Aug. 19", D, "start", "2023-08-19"),
     M(A, "20 people", N, "dead", 20, FRI),
     M(A, "19", N, "dead", 19, TUE, occ=2),
     M(A, "Tuesday", D, "count19", "2023-08-22"),
     M(A, "Wednesday", D, "found20", "2023-08-23"),
     M(A, "18 bodies", N, "bodies", 18),
     M(A, "three children", N, "children", 3, planted=True),
     M(A, "more than 73,000 hectares", N, "area", 73000, THU, qual="morethan", cls="ha", src=EFFIS),
     M(A, "about 200 homes", N, "homes", 200, THU, qual="approx"),

     M(T, "Sabtu (19/8/2023)", D, "start", "2023-08-19"),
     M(T, "Jumat (1/9/2023)", D, "control", "2023-09-01"),
     M(T, "lebih dari 81.000 hektare", N, "area", 81000, TUE29, qual="morethan", cls="ha", src=EFFIS),
     M(T, "Selasa (29/8/2023)", D, "area81", "2023-08-29"),
     M(T, "sekitar 90.000 hektare", N, "area", 90000, SEP15, qual="approx", cls="ha", src=NOA),
     M(T, "20 orang", N, "dead", 20, SEP15),
     M(T, "18 orang", N, "bodies", 18),
     M(T, "22 Agustus", D, "found18", "2023-08-22"),
     M(T, "112 rumah", N, "homes", 112, SEP15),
     M(T, "sekitar 200 rumah", N, "homes", 200, THU, qual="approx"),
    ]
    build("evros-wildfire-2023", "The wildfire in Greece's Evros region that broke out on Saturday 19 August 2023 "
          "northeast of Alexandroupolis: 18 bodies, believed to be migrants, among them two children, found near "
          "Avantas on Tuesday 22 August; the toll 19 on Tuesday evening (with a man found on Monday 21 August) and 20 "
          "from Wednesday 23 August; 65 hospital patients moved onto a ferry; more than 73,000 ha burned by Thursday "
          "24 August and more than 81,000 ha by Tuesday 29 August by the European forest fire system against about "
          "90,000 ha by the National Observatory of Athens (sources); about 200 homes damaged on 24 August, revised "
          "to 112 by 15 September; the fire under control on Friday 1 September", False, ms, names)


def referendum():
    B, K, A, T = "balkaninsight-sep11", "kompas-oct07", "antara-oct08", "tempo-oct10"
    # steps on different dates: the lower house's vote (May 2017, 232 to 22), the Senate's vote (Tuesday 11 September
    # 2018, 107 to 13 with 7 abstentions), the government's decision on the date (18 September 2018), the two days of
    # voting (Saturday 6 and Sunday 7 October 2018), the final result (Tuesday 9 October). The turnout is a running
    # figure: 5.72% at 21:00 on Saturday, about 11% at 13:00 on Sunday, 20.41% at the close at 21:00 on Sunday, 21.1%
    # in the final count. Tempting pairs of one unit: the turnout, the 30% threshold, the 93.4% yes and 6.6% no; the
    # votes of the two chambers; the 3 million signatures against the 3.86 million voters.
    SAT21, SUN13, SUN21, FINAL = "2018-10-06a", "2018-10-07a", "2018-10-07b", "2018-10-09"
    names = {
     "turnout": "turnout of the referendum (%)", "threshold": "turnout needed for a valid result (%)",
     "yes": "share voting yes (%)", "no": "share voting no (%)", "voters": "people who voted (million)",
     "signatures": "signatures gathered by the Coalition for Family (million)",
     "sen_for": "senators for", "sen_against": "senators against", "sen_abst": "senators abstaining",
     "dep_for": "deputies for", "dep_against": "deputies against",
     # dates
     "chamber": "month of the lower house's vote", "senate": "day of the Senate's vote", "sat": "first day of voting",
     "sun": "second day of voting", "final": "day the final result was announced",
     "decree": "day the government set the date",
    }
    ms = [
     M(B, "Tuesday", D, "senate", "2018-09-11"),
     M(B, "107 votes", N, "sen_for", 107, cls="votes"),
     M(B, "13 against", N, "sen_against", 13, cls="votes"),
     M(B, "7 abstentions", N, "sen_abst", 7, cls="votes"),
     M(B, "May 2017", D, "chamber", "2017-05"),
     M(B, "232 deputies", N, "dep_for", 232, cls="votes"),
     M(B, "22 against", N, "dep_against", 22, cls="votes"),
     M(B, "about 3 million signatures", N, "signatures", 3.0, qual="approx", cls="mln"),
     M(B, "30 percent", N, "threshold", 30, cls="pct"),

     M(K, "Sabtu (6/10/2018)", D, "sat", "2018-10-06"),
     M(K, "Minggu (7/10/2018)", D, "sun", "2018-10-07"),
     M(K, "5,72 persen", N, "turnout", 5.72, SAT21, cls="pct"),
     M(K, "sekitar 11 persen", N, "turnout", 11, SUN13, qual="approx", cls="pct"),
     M(K, "30 persen", N, "threshold", 30, cls="pct"),
     M(K, "sekitar 3 juta tanda tangan", N, "signatures", 3.0, qual="approx", cls="mln"),
     M(K, "Selasa (11/9/2018)", D, "senate", "2018-09-11"),
     M(K, "107 suara", N, "sen_for", 107, cls="votes"),
     M(K, "31 suara", N, "sen_against", 31, cls="votes", planted=True),
     M(K, "Mei 2017", D, "chamber", "2017-05"),

     M(A, "20,41 persen", N, "turnout", 20.41, SUN21, cls="pct"),
     M(A, "Minggu (7/10/2018)", D, "sun", "2018-10-07"),
     M(A, "30 persen", N, "threshold", 30, cls="pct"),
     M(A, "lebih dari 90 persen", N, "yes", 90, qual="morethan", cls="pct"),
     M(A, "Sekitar 3,9 juta orang", N, "voters", 3.9, qual="approx", cls="mln"),
     M(A, "Sabtu (6/10/2018)", D, "sat", "2018-10-06"),

     M(T, "Selasa (9/10/2018)", D, "final", "2018-10-09"),
     M(T, "21,1 persen", N, "turnout", 21.1, FINAL, cls="pct"),
     M(T, "30 persen", N, "threshold", 30, cls="pct"),
     M(T, "93,4 persen", N, "yes", 93.4, cls="pct"),
     M(T, "6,6 persen", N, "no", 6.6, cls="pct"),
     M(T, "3,86 juta warga", N, "voters", 3.86, cls="mln"),
     M(T, "Sabtu (6/10/2018)", D, "sat", "2018-10-06"),
     M(T, "Minggu (7/10/2018)", D, "sun", "2018-10-07"),
     M(T, "Mei 2017", D, "chamber", "2017-05"),
     M(T, "232 suara", N, "dep_for", 232, cls="votes"),
     M(T, "Selasa (12/9/2018)", D, "senate", "2018-09-12", planted=True),
     M(T, "107 suara", N, "sen_for", 107, cls="votes"),
     M(T, "sekitar 3 juta tanda tangan", N, "signatures", 3.0, qual="approx", cls="mln"),
     M(T, "18 September 2018", D, "decree", "2018-09-18"),
    ]
    build("romania-family-referendum-2018", "Romania's referendum on writing marriage as a union of a man and a "
          "woman into the constitution, proposed by the Coalition for Family with about 3 million signatures: passed "
          "by the lower house in May 2017 (232 to 22) and by the Senate on Tuesday 11 September 2018 (107 to 13, 7 "
          "abstentions), the date set on 18 September, the vote held on Saturday 6 and Sunday 7 October 2018; turnout "
          "5.72% at 21:00 on Saturday, about 11% at 13:00 on Sunday, 20.41% at the close and 21.1% in the final count "
          "announced on Tuesday 9 October, below the 30% needed, with 93.4% yes and 6.6% no among valid votes and "
          "about 3.86 million voters", False, ms, names)


def euro():
    R, B, K, E = "reuters-jul08", "bta-jul09", "kontan-jul10", "cnbcindonesia-jul11"
    names = {
     "rate": "conversion rate (leva per euro)", "pop": "Bulgaria's population (million)",
     "member": "Bulgaria's rank among euro area members", "dual_months": "months the lev circulates with the euro",
     "swap_months": "months of free exchange at commercial banks",
     # dates
     "approve": "day of the EU finance ministers' final approval", "euro_day": "day Bulgaria adopts the euro",
     "lev_end": "last day the lev circulates", "display_start": "first day of dual price display",
     "display_end": "last day of dual price display", "reports": "day of the convergence reports",
    }
    ms = [
     M(R, "Tuesday", D, "approve", "2025-07-08"),
     M(R, "Jan. 1, 2026", D, "euro_day", "2026-01-01"),
     M(R, "1.95583 lev", N, "rate", 1.95583, cls="rate"),
     M(R, "about 6.4 million people", N, "pop", 6.4, qual="approx", cls="mln"),
     M(R, "21st member", N, "member", 21),
     M(R, "June 4", D, "reports", "2025-06-04"),
     M(R, "one month", N, "dual_months", 1, cls="dur"),
     M(R, "Jan. 31, 2026", D, "lev_end", "2026-01-31"),
     M(R, "Aug. 8, 2025", D, "display_start", "2025-08-08"),
     M(R, "Aug. 8, 2026", D, "display_end", "2026-08-08"),

     M(B, "1.95583 leva", N, "rate", 1.95583, cls="rate"),
     M(B, "Tuesday, July 8", D, "approve", "2025-07-08"),
     M(B, "January 1, 2026", D, "euro_day", "2026-01-01"),
     M(B, "one month", N, "dual_months", 1, cls="dur"),
     M(B, "January 31", D, "lev_end", "2026-01-31"),
     M(B, "21st country", N, "member", 21),
     M(B, "August 8, 2025", D, "display_start", "2025-08-08"),
     M(B, "August 8, 2026", D, "display_end", "2026-08-08"),
     M(B, "six months", N, "swap_months", 6, cls="dur"),
     M(B, "June 4", D, "reports", "2025-06-04"),

     M(K, "Selasa (8/7/2025)", D, "approve", "2025-07-08"),
     M(K, "anggota ke-21", N, "member", 21),
     M(K, "1 Januari 2026", D, "euro_day", "2026-01-01"),
     M(K, "1,95583 lev", N, "rate", 1.95583, cls="rate"),
     M(K, "sekitar 6,4 juta jiwa", N, "pop", 6.4, qual="approx", cls="mln"),
     M(K, "Rabu (4/6/2025)", D, "reports", "2025-06-04"),
     M(K, "satu bulan", N, "dual_months", 1, cls="dur"),
     M(K, "31 Januari 2026", D, "lev_end", "2026-01-31"),
     M(K, "8 Agustus 2025", D, "display_start", "2025-08-08"),
     M(K, "8 Agustus 2026", D, "display_end", "2026-08-08"),
     M(K, "enam bulan", N, "swap_months", 6, cls="dur"),

     M(E, "Kamis (1/1/2026)", D, "euro_day", "2026-01-01"),
     M(E, "8 Juli", D, "approve", "2025-07-08"),
     M(E, "1,95583 lev", N, "rate", 1.95583, cls="rate"),
     M(E, "sekitar 6,4 juta orang", N, "pop", 6.4, qual="approx", cls="mln"),
     M(E, "anggota ke-21", N, "member", 21),
     M(E, "satu bulan", N, "dual_months", 1, cls="dur"),
     M(E, "31 Januari", D, "lev_end", "2026-01-31"),
     M(E, "8 Agustus 2025", D, "display_start", "2025-08-08"),
     M(E, "8 Agustus 2026", D, "display_end", "2026-08-08"),
     M(E, "enam bulan", N, "swap_months", 6, cls="dur"),
     M(E, "4 Juni", D, "reports", "2025-06-04"),
    ]
    build("bulgaria-euro-2025", "The EU finance ministers' final approval on Tuesday 8 July 2025 of Bulgaria's "
          "adoption of the euro on 1 January 2026 (control): conversion rate 1.95583 leva per euro, Bulgaria (about "
          "6.4 million people) the 21st member of the euro area, the lev circulating alongside the euro for one month "
          "until 31 January 2026, prices shown in both currencies from 8 August 2025 to 8 August 2026, free exchange "
          "at commercial banks for six months, the convergence reports of 4 June 2025. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    evros()
    referendum()
    euro()
