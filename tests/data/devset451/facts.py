"""The table of facts of the four-hundred-and-fifty-first development set (issue 12), an untouched transfer set.

Each mention of a figure or date in the articles is written down once (``M``): the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset451/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def expressway():
    R, K, A, S = "reuters-may01", "kompas-may02", "antara-may03", "scmp-may29"
    # as-of times of the running tallies: Wednesday 1 May 2024 at noon (at least 19 dead, 31 injured), Wednesday
    # night (24 dead), Thursday 2 May at 06:00 (36 dead, 30 injured after one patient listed twice: a revision of the
    # injured), Thursday afternoon (48 dead, 30 injured: the final count). The vehicles: 23 by the city's rescue
    # headquarters against 20 by the provincial emergency department (sources). The dead do not fall.
    WED12, WEDPM, THU06, THUPM = "2024-05-01a", "2024-05-01b", "2024-05-02a", "2024-05-02b"
    HQ, PROV = "the Meizhou rescue headquarters", "the Guangdong emergency management department"
    names = {
     "dead": "people killed in the collapse", "injured": "people injured", "vehicles": "vehicles that fell",
     "rescuers": "rescuers at the site", "length": "length of the collapsed section (m)",
     "area": "area of the collapsed section (m2)", "time": "time of the collapse (hour)",
     # dates
     "collapse": "day of the collapse", "count19": "day of the first count of 19", "count24": "day of the count of 24",
     "count36": "day of the count of 36", "count48": "day of the final count of 48",
     "presser": "day of the city's press conference",
    }
    ms = [
     M(R, "Wednesday", D, "collapse", "2024-05-01"),
     M(R, "at least 19 people", N, "dead", 19, WED12, qual="atleast"),
     M(R, "around 1:57 a.m.", N, "time", 1.95, qual="approx", cls="clock"),
     M(R, "17.9 metres", N, "length", 17.9, cls="m"),
     M(R, "184.3 square metres", N, "area", 184.3, cls="m2"),
     M(R, "19 people", N, "dead", 19, WED12, occ=2),
     M(R, "31 injured", N, "injured", 31, WED12),
     M(R, "23 vehicles", N, "vehicles", 23, src=HQ),
     M(R, "Some 500 rescuers", N, "rescuers", 500, qual="approx"),

     M(K, "36 orang", N, "dead", 36, THU06),
     M(K, "Kamis (2/5/2024)", D, "count36", "2024-05-02"),
     M(K, "Rabu (1/5/2024)", D, "count24", "2024-05-01"),
     M(K, "24 orang", N, "dead", 24, WEDPM),
     M(K, "30 orang", N, "injured", 30, THU06),
     M(K, "19,7 meter", N, "length", 19.7, cls="m", planted=True),
     M(K, "sekitar 184,3 meter persegi", N, "area", 184.3, qual="approx", cls="m2"),
     M(K, "20 kendaraan", N, "vehicles", 20, src=PROV),

     M(A, "48 orang", N, "dead", 48, THUPM),
     M(A, "Kamis (2/5/2024)", D, "count48", "2024-05-02"),
     M(A, "Kamis (2/5/2024)", D, "presser", "2024-05-02", occ=2),
     M(A, "30 orang", N, "injured", 30, THUPM),
     M(A, "Rabu (1/5/2024)", D, "collapse", "2024-05-01"),
     M(A, "sekitar pukul 01.57", N, "time", 1.95, qual="approx", cls="clock"),
     M(A, "23 kendaraan", N, "vehicles", 23, src=HQ),
     M(A, "17,9 meter", N, "length", 17.9, cls="m"),
     M(A, "184,3 meter persegi", N, "area", 184.3, cls="m2"),
     M(A, "Sekitar 500 petugas", N, "rescuers", 500, qual="approx"),

     M(S, "about 2:57 a.m.", N, "time", 2.95, qual="approx", cls="clock", planted=True),
     M(S, "May 1", D, "collapse", "2024-05-01"),
     M(S, "48 people", N, "dead", 48, THUPM),
     M(S, "30", N, "injured", 30, THUPM),
     M(S, "May 2", D, "count48", "2024-05-02"),
     M(S, "May 1", D, "count19", "2024-05-01", occ=2),
     M(S, "19", N, "dead", 19, WED12),
     M(S, "23 vehicles", N, "vehicles", 23, src=HQ),
    ]
    build("meizhou-expressway-2024", "The collapse of a section of the Meizhou-Dabu expressway in Dabu county, "
          "Meizhou, Guangdong, at about 01:57 on Wednesday 1 May 2024 after weeks of heavy rain: a section 17.9 m long "
          "and 184.3 square metres gave way and 23 vehicles fell (20 by the provincial emergency department: "
          "sources); the toll rising from 19 at noon and 24 at night on the day to 36 on Thursday 2 May at 06:00 and "
          "48 on Thursday afternoon, the final count; the injured 31 on the first day, corrected to 30 after one "
          "patient was listed twice (a revision)", False, ms, names)


def attack():
    T, R, K, B = "tempo-nov12", "reuters-nov13", "kompas-dec27", "bbc-jan20"
    # steps on different dates: the attack (Monday 11 November 2024, 19:48), the police statement and the air show's
    # opening (Tuesday 12 November: not_conflict with each other), the sports centre closed (Tuesday), the death
    # sentence (Friday 27 December 2024), the execution (Monday 20 January 2025). The toll was given once (35 dead,
    # 43 injured) and repeated by every later report.
    names = {
     "dead": "people killed in the attack", "injured": "people injured in the attack", "age": "the driver's age",
     "time": "time of the attack (hour)", "weeks_verdict": "weeks from the attack to the verdict",
     "weeks_exec": "weeks from the attack to the execution",
     # dates
     "attack": "day of the attack", "statement": "day of the police statement", "airshow": "day the air show opened",
     "closed": "day the sports centre was closed", "verdict": "day of the death sentence",
     "execution": "day of the execution",
    }
    ms = [
     M(T, "35 orang tewas", N, "dead", 35),
     M(T, "43 orang luka", N, "injured", 43),
     M(T, "Senin (11/11/2024)", D, "attack", "2024-11-11"),
     M(T, "sekitar pukul 19.48", N, "time", 19.8, qual="approx", cls="clock"),
     M(T, "Selasa (12/11/2024)", D, "statement", "2024-11-12"),
     M(T, "62 tahun", N, "age", 62, cls="age"),
     M(T, "Selasa (12/11/2024)", D, "airshow", "2024-11-12", occ=2),

     M(R, "Monday", D, "attack", "2024-11-11"),
     M(R, "35", N, "dead", 35),
     M(R, "43", N, "injured", 43),
     M(R, "7:48 p.m.", N, "time", 19.8, cls="clock"),
     M(R, "Tuesday", D, "statement", "2024-11-12"),
     M(R, "62-year-old", N, "age", 62, cls="age"),
     M(R, "Tuesday", D, "closed", "2024-11-12", occ=2),

     M(K, "Jumat (27/12/2024)", D, "verdict", "2024-12-27"),
     M(K, "62 tahun", N, "age", 62, cls="age"),
     M(K, "11 November 2024", D, "attack", "2024-11-11"),
     M(K, "35 orang", N, "dead", 35),
     M(K, "45 orang", N, "injured", 45, planted=True),
     M(K, "kurang dari tujuh minggu", N, "weeks_verdict", 7, qual="nearly", cls="weeks"),

     M(B, "Monday", D, "execution", "2025-01-20"),
     M(B, "62-year-old", N, "age", 62, cls="age"),
     M(B, "35 people", N, "dead", 35),
     M(B, "43", N, "injured", 43),
     M(B, "Nov. 11", D, "attack", "2024-11-11"),
     M(B, "Dec. 26", D, "verdict", "2024-12-26", planted=True),
     M(B, "about ten weeks", N, "weeks_exec", 10, qual="approx", cls="weeks"),
    ]
    build("zhuhai-car-attack-2024", "The car attack at the Zhuhai sports centre on Monday 11 November 2024 at about "
          "19:48: Fan Weiqiu (62) drove a small SUV into people exercising, killing 35 and injuring 43 by the police "
          "statement of Tuesday 12 November (the day the air show opened in the city); sentenced to death by the "
          "Zhuhai Intermediate People's Court on Friday 27 December 2024 and executed on Monday 20 January 2025",
          False, ms, names)


def stimulus():
    R, K, A, B = "reuters-sep24", "kompas-sep25", "antara-sep27", "bloomberg-sep28"
    # one announcement (Tuesday 24 September 2024), the reserve requirement cut in force from Friday 27 September:
    # the same figures everywhere. Tempting pairs: the two cuts of 0.5 percentage point (two facts), the old and new
    # policy rates and down payments, the four sums in billions of yuan.
    names = {
     "rrr": "cut in the reserve requirement ratio (pp)", "mortgage": "average cut in existing mortgage rates (pp)",
     "liquidity": "long-term funds released (bn yuan)", "repo_new": "new seven-day reverse repo rate (%)",
     "repo_old": "old seven-day reverse repo rate (%)", "households": "households helped by the mortgage cut (million)",
     "saving": "interest saved a year (bn yuan)", "down_new": "new minimum down payment on second homes (%)",
     "down_old": "old minimum down payment on second homes (%)", "swap": "swap facility for the stock market (bn yuan)",
     "relend": "relending line for buybacks (bn yuan)",
     # dates
     "announce": "day of the announcement", "effective": "day the reserve requirement cut took effect",
    }
    ms = [
     M(R, "Tuesday", D, "announce", "2024-09-24"),
     M(R, "0.5 percentage point", N, "rrr", 0.5, cls="pp"),
     M(R, "about 1 trillion yuan", N, "liquidity", 1000, qual="approx", cls="yuan"),
     M(R, "1.5%", N, "repo_new", 1.5, cls="pct"),
     M(R, "1.7%", N, "repo_old", 1.7, cls="pct"),
     M(R, "about 0.5 percentage point", N, "mortgage", 0.5, qual="approx", cls="pp"),
     M(R, "some 50 million households", N, "households", 50, qual="approx", cls="hh"),
     M(R, "about 150 billion yuan", N, "saving", 150, qual="approx", cls="yuan"),
     M(R, "15%", N, "down_new", 15, cls="pct"),
     M(R, "25%", N, "down_old", 25, cls="pct"),
     M(R, "500 billion yuan", N, "swap", 500, cls="yuan"),
     M(R, "300 billion yuan", N, "relend", 300, cls="yuan"),

     M(K, "Selasa (24/9/2024)", D, "announce", "2024-09-24"),
     M(K, "0,5 poin persentase", N, "rrr", 0.5, cls="pp"),
     M(K, "sekitar 1 triliun yuan", N, "liquidity", 1000, qual="approx", cls="yuan"),
     M(K, "1,7 persen", N, "repo_old", 1.7, cls="pct"),
     M(K, "1,5 persen", N, "repo_new", 1.5, cls="pct"),
     M(K, "sekitar 0,5 poin persentase", N, "mortgage", 0.5, qual="approx", cls="pp"),
     M(K, "sekitar 50 juta rumah tangga", N, "households", 50, qual="approx", cls="hh"),
     M(K, "sekitar 150 miliar yuan", N, "saving", 150, qual="approx", cls="yuan"),
     M(K, "25 persen", N, "down_old", 25, cls="pct"),
     M(K, "15 persen", N, "down_new", 15, cls="pct"),
     M(K, "500 miliar yuan", N, "swap", 500, cls="yuan"),
     M(K, "300 miliar yuan", N, "relend", 300, cls="yuan"),

     M(A, "0,5 poin persentase", N, "rrr", 0.5, cls="pp"),
     M(A, "Jumat (27/9/2024)", D, "effective", "2024-09-27"),
     M(A, "sekitar 1 triliun yuan", N, "liquidity", 1000, qual="approx", cls="yuan"),
     M(A, "Selasa (24/9/2024)", D, "announce", "2024-09-24"),
     M(A, "1,5 persen", N, "repo_new", 1.5, cls="pct"),
     M(A, "1,7 persen", N, "repo_old", 1.7, cls="pct"),
     M(A, "sekitar 0,5 poin persentase", N, "mortgage", 0.5, qual="approx", cls="pp"),
     M(A, "25 persen", N, "down_old", 25, cls="pct"),
     M(A, "15 persen", N, "down_new", 15, cls="pct"),
     M(A, "sekitar 50 juta rumah tangga", N, "households", 50, qual="approx", cls="hh"),
     M(A, "sekitar 150 miliar yuan", N, "saving", 150, qual="approx", cls="yuan"),
     M(A, "500 miliar yuan", N, "swap", 500, cls="yuan"),
     M(A, "300 miliar yuan", N, "relend", 300, cls="yuan"),

     M(B, "Friday, Sept. 27", D, "effective", "2024-09-27"),
     M(B, "Tuesday, Sept. 24", D, "announce", "2024-09-24"),
     M(B, "0.5 percentage point", N, "rrr", 0.5, cls="pp"),
     M(B, "about 1 trillion yuan", N, "liquidity", 1000, qual="approx", cls="yuan"),
     M(B, "1.5%", N, "repo_new", 1.5, cls="pct"),
     M(B, "1.7%", N, "repo_old", 1.7, cls="pct"),
     M(B, "about 0.5 percentage point", N, "mortgage", 0.5, qual="approx", cls="pp"),
     M(B, "some 50 million households", N, "households", 50, qual="approx", cls="hh"),
     M(B, "about 150 billion yuan", N, "saving", 150, qual="approx", cls="yuan"),
     M(B, "15%", N, "down_new", 15, cls="pct"),
     M(B, "25%", N, "down_old", 25, cls="pct"),
     M(B, "500 billion yuan", N, "swap", 500, cls="yuan"),
     M(B, "300 billion yuan", N, "relend", 300, cls="yuan"),
    ]
    build("pboc-stimulus-2024", "The People's Bank of China's easing package announced by its governor Pan Gongsheng on "
          "Tuesday 24 September 2024 (control): the reserve requirement ratio cut by 0.5 percentage point, releasing "
          "about 1 trillion yuan, in force from Friday 27 September; the seven-day reverse repo rate from 1.7% to "
          "1.5%; existing mortgage rates cut by about 0.5 percentage point on average for some 50 million households, "
          "saving about 150 billion yuan a year; the minimum down payment on second homes from 25% to 15%; a 500 "
          "billion yuan swap facility and a 300 billion yuan relending line for the stock market. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    expressway()
    attack()
    stimulus()
