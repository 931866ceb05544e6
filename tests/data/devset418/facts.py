"""The four-hundred-and-eighteenth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset418/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def mine():
    R, K, C, A = "reuters-sep22", "kompas-sep23", "cnnindonesia-sep25", "ap-oct21"
    # as-of times of the running tallies: early Sunday 22 September 2024 (30 dead, 17 injured, about 24 trapped),
    # Sunday afternoon and evening (51 dead, 20 injured), Tuesday 24 September (51 dead, the search over), and the
    # count standing on Monday 21 October (50 dead after one victim counted twice: a revision; the 20 injured
    # repeated). The workers underground: 69 by the provincial governor against 70 by the mining company (sources).
    # The trapped may fall (men brought out alive or dead).
    SUN_AM, SUN_PM, TUE, OCT = "2024-09-22a", "2024-09-22b", "2024-09-24", "2024-10-21"
    GOV, CO = "the governor of South Khorasan", "the mining company"
    names = {
     "dead": "workers killed by the blast", "injured": "people injured", "trapped": "workers trapped underground",
     "workers": "workers underground at the time of the blast", "blast_time": "hour of the blast (local time)",
     "coal_pct": "share of Iran's coal from the Tabas area (%)", "dist": "distance of Tabas from Tehran (km)",
     "golestan_dead": "miners killed in the Golestan mine blast of 2017",
     "quake_dead": "people killed by the Tabas earthquake of 1978",
     # dates
     "blast": "day of the blast", "count_sun": "day of the count of 51", "statement": "day of the president's statement",
     "search_end": "day the search ended", "parliament": "day of parliament's closed session",
     "golestan": "year of the Golestan mine blast", "quake1978": "year of the Tabas earthquake",
    }
    ms = [
     M(R, "Saturday", D, "blast", "2024-09-21"),
     M(R, "at least 51 workers", N, "dead", 51, SUN_PM, qual="atleast"),
     M(R, "20 others", N, "injured", 20, SUN_PM),
     M(R, "around 9 p.m.", N, "blast_time", 21, qual="approx", cls="clock"),
     M(R, "30 dead", N, "dead", 30, SUN_AM),
     M(R, "17 hurt", N, "injured", 17, SUN_AM),
     M(R, "two dozen men", N, "trapped", 24, SUN_AM, qual="approx", fall=True),
     M(R, "69 workers", N, "workers", 69, src=GOV),
     M(R, "70", N, "workers", 70, src=CO),
     M(R, "Sunday", D, "statement", "2024-09-22"),
     M(R, "about 76%", N, "coal_pct", 76, qual="approx", cls="pct"),
     M(R, "2017", D, "golestan", "2017"),
     M(R, "43 miners", N, "golestan_dead", 43),
     M(R, "1978", D, "quake1978", "1978"),
     M(R, "about 15,000 people", N, "quake_dead", 15000, qual="approx"),

     M(K, "51 orang", N, "dead", 51, SUN_PM),
     M(K, "Minggu (22/9/2024)", D, "count_sun", "2024-09-22"),
     M(K, "Sabtu (21/9/2024)", D, "blast", "2024-09-21"),
     M(K, "sekitar pukul 21.00", N, "blast_time", 21, qual="approx", cls="clock"),
     M(K, "30 orang tewas", N, "dead", 30, SUN_AM),
     M(K, "17 orang terluka", N, "injured", 17, SUN_AM),
     M(K, "24 pekerja", N, "trapped", 24, SUN_AM, fall=True),
     M(K, "22 orang", N, "injured", 22, SUN_PM, planted=True),
     M(K, "69 pekerja", N, "workers", 69, src=GOV),
     M(K, "70 orang", N, "workers", 70, src=CO),
     M(K, "sekitar 76 persen", N, "coal_pct", 76, qual="approx", cls="pct"),
     M(K, "2017", D, "golestan", "2017"),
     M(K, "43 penambang", N, "golestan_dead", 43),
     M(K, "1978", D, "quake1978", "1978"),
     M(K, "sekitar 15.000 orang", N, "quake_dead", 15000, qual="approx"),

     M(C, "Selasa (24/9/2024)", D, "search_end", "2024-09-24"),
     M(C, "51 orang", N, "dead", 51, TUE),
     M(C, "Sabtu (21/9/2024)", D, "blast", "2024-09-21"),
     M(C, "20 orang terluka", N, "injured", 20, TUE),
     M(C, "30 orang tewas", N, "dead", 30, SUN_AM),
     M(C, "69 pekerja", N, "workers", 69, src=GOV),
     M(C, "Senin (23/9/2024)", D, "parliament", "2024-09-23"),
     M(C, "540 kilometer", N, "dist", 540, qual="approx", cls="km"),
     M(C, "sekitar 76 persen", N, "coal_pct", 76, qual="approx", cls="pct"),

     M(A, "50", N, "dead", 50, OCT),
     M(A, "51", N, "dead", 51, SUN_PM),
     M(A, "Sept. 20", D, "blast", "2024-09-20", planted=True),
     M(A, "about 70 men", N, "workers", 70, qual="approx"),
     M(A, "30 dead", N, "dead", 30, SUN_AM),
     M(A, "Twenty people", N, "injured", 20, OCT),
     M(A, "about 76%", N, "coal_pct", 76, qual="approx", cls="pct"),
     M(A, "2017", D, "golestan", "2017"),
     M(A, "43", N, "golestan_dead", 43),
    ]
    build("tabas-mine-2024", "The methane explosion at the Madanjoo coal mine near Tabas, South Khorasan, eastern Iran, "
          "on Saturday 21 September 2024 at about 21:00 local time, in blocks B and C: 69 workers underground by the "
          "governor, 70 by the mining company (sources); the toll rising from 30 dead, 17 injured and about 24 trapped "
          "early on Sunday 22 September to 51 dead and 20 injured later that Sunday, 51 when the search ended on "
          "Tuesday 24 September, and put at 50 a month on after one victim was counted twice (a revision); the area "
          "supplies about 76% of Iran's coal; the Golestan mine blast of 2017 (43 dead) and the Tabas earthquake of "
          "1978 (about 15,000 dead) as other facts", False, ms, names)


def khashoggi():
    P, K, C, T = "ap-oct20", "kompas-nov16", "cnnindonesia-dec24", "tempo-sep08"
    # steps on different dates: the killing in the consulate (Tuesday 2 October 2018, entered at 13:14), the Saudi
    # admission (Saturday 20 October), the indictment (Thursday 15 November 2018), the trial's opening (3 January
    # 2019), the first verdict (Monday 23 December 2019), the final verdicts (Monday 7 September 2020). The detained
    # rise from 18 (20 October) to 21 (15 November): an update. Tempting pairs of one unit: five for whom death was
    # sought, five sentenced to death, five given 20 years; three jailed and three acquitted; 20 years, 10 and 7
    # against the 24 years in total of the first verdict; 15 agents, 11 defendants, 8 convicted, 20 tried in Turkey.
    names = {
     "age": "Khashoggi's age (years)", "entry_time": "hour he entered the consulate",
     "detained": "Saudis detained over the killing", "aides": "senior aides dismissed", "team": "agents in the Saudi team",
     "death_sought": "defendants for whom death was sought", "indicted": "defendants indicted and tried",
     "death_verdict": "defendants sentenced to death in December 2019", "jailed": "defendants jailed in December 2019",
     "acquitted": "defendants acquitted in December 2019", "jail_total": "prison terms of December 2019 in total (years)",
     "convicted_final": "defendants convicted in the final verdicts", "twenty_count": "defendants given 20 years",
     "term_20": "longest final prison term (years)", "term_10": "second final prison term (years)",
     "term_7": "shortest final prison term (years)", "turkey_tried": "Saudis tried in absentia in Istanbul",
     # dates
     "killing": "day of the killing in the consulate", "admit": "day Saudi Arabia acknowledged the death",
     "indict": "day of the indictment", "trial_open": "day the trial opened", "verdict": "day of the first verdict",
     "final": "day of the final verdicts",
    }
    ms = [
     M(P, "Saturday", D, "admit", "2018-10-20"),
     M(P, "59", N, "age", 59, cls="age"),
     M(P, "Oct. 2", D, "killing", "2018-10-02"),
     M(P, "1:14 p.m.", N, "entry_time", 13.2333, cls="clock"),
     M(P, "18 Saudi nationals", N, "detained", 18, "2018-10-20"),
     M(P, "two senior aides", N, "aides", 2),
     M(P, "15 Saudi agents", N, "team", 15),

     M(K, "lima orang", N, "death_sought", 5),
     M(K, "Kamis (15/11/2018)", D, "indict", "2018-11-15"),
     M(K, "11 tersangka", N, "indicted", 11),
     M(K, "21 orang", N, "detained", 21, "2018-11-15"),
     M(K, "Selasa (2/10/2018)", D, "killing", "2018-10-02"),
     M(K, "pukul 13.14", N, "entry_time", 13.2333, cls="clock"),
     M(K, "59 tahun", N, "age", 59, cls="age"),
     M(K, "15 orang agen", N, "team", 15),

     M(C, "lima orang", N, "death_verdict", 5),
     M(C, "Senin (23/12/2019)", D, "verdict", "2019-12-23"),
     M(C, "Tiga terdakwa", N, "jailed", 3),
     M(C, "total 24 tahun", N, "jail_total", 24, cls="yrs"),
     M(C, "tiga sisanya", N, "acquitted", 3),
     M(C, "11 terdakwa", N, "indicted", 11),
     M(C, "3 Januari 2019", D, "trial_open", "2019-01-03"),
     M(C, "2 Oktober 2018", D, "killing", "2018-10-02"),
     M(C, "sekitar pukul 15.14", N, "entry_time", 15.2333, qual="approx", cls="clock", planted=True),

     M(T, "Senin (7/9/2020)", D, "final", "2020-09-07"),
     M(T, "delapan terdakwa", N, "convicted_final", 8),
     M(T, "Lima terdakwa", N, "twenty_count", 5),
     M(T, "20 tahun penjara", N, "term_20", 20, cls="yrs"),
     M(T, "10 tahun penjara", N, "term_10", 10, cls="yrs"),
     M(T, "7 tahun", N, "term_7", 7, cls="yrs"),
     M(T, "Desember 2019", D, "verdict", "2019-12"),
     M(T, "lima orang", N, "death_verdict", 5),
     M(T, "total 42 tahun", N, "jail_total", 42, cls="yrs", planted=True),
     M(T, "tiga orang lainnya", N, "jailed", 3),
     M(T, "Selasa (2/10/2018)", D, "killing", "2018-10-02"),
     M(T, "pukul 13.14", N, "entry_time", 13.2333, cls="clock"),
     M(T, "20 warga Saudi", N, "turkey_tried", 20),
    ]
    build("khashoggi-killing-2018", "The killing of the Saudi journalist Jamal Khashoggi (59) in the Saudi consulate in "
          "Istanbul on Tuesday 2 October 2018 (he entered at 13:14) and the Saudi case: the death acknowledged on "
          "Saturday 20 October 2018 with 18 detained, 11 indicted and death sought for five on Thursday 15 November "
          "2018 with 21 detained, the trial opened on 3 January 2019, five sentenced to death and three to prison terms "
          "of 24 years in total (three acquitted) on Monday 23 December 2019, and the final verdicts on Monday 7 "
          "September 2020: eight convicted, five to 20 years, one to 10 and two to 7, after the sons' pardon; 20 Saudis "
          "tried in absentia in Istanbul", False, ms, names)


def vat():
    R, K, C, A = "reuters-may11", "kompas-may12", "cnbcindonesia-may13", "arabnews-may14"
    names = {
     "vat_new": "VAT rate from 1 July 2020 (%)", "vat_old": "VAT rate before (%)", "allowance": "monthly cost of living "
     "allowance (riyals)", "savings": "savings of the measures (billion riyals)", "usd": "savings in dollars (billion)",
     "deficit": "first-quarter 2020 deficit (billion riyals)", "oil_drop": "fall in first-quarter oil revenue (%)",
     # dates
     "announce": "day of the announcement", "vat_eff": "day the new VAT rate took effect",
     "allow_end": "day the allowance stopped", "vat_intro": "month VAT was introduced",
    }
    ms = [
     M(R, "15%", N, "vat_new", 15, cls="pct"),
     M(R, "5%", N, "vat_old", 5, cls="pct"),
     M(R, "Monday", D, "announce", "2020-05-11"),
     M(R, "July 1", D, "vat_eff", "2020-07-01"),
     M(R, "1,000 riyals", N, "allowance", 1000, cls="sar"),
     M(R, "June 1", D, "allow_end", "2020-06-01"),
     M(R, "about 100 billion riyals", N, "savings", 100, qual="approx", cls="sar_bn"),
     M(R, "$26.6 billion", N, "usd", 26.6, cls="usd_bn"),
     M(R, "5%", N, "vat_old", 5, cls="pct", occ=2),
     M(R, "January 2018", D, "vat_intro", "2018-01"),
     M(R, "34.1 billion riyals", N, "deficit", 34.1, cls="sar_bn"),
     M(R, "24%", N, "oil_drop", 24, cls="pct"),

     M(K, "5 persen", N, "vat_old", 5, cls="pct"),
     M(K, "15 persen", N, "vat_new", 15, cls="pct"),
     M(K, "1 Juli 2020", D, "vat_eff", "2020-07-01"),
     M(K, "Senin (11/5/2020)", D, "announce", "2020-05-11"),
     M(K, "1.000 riyal", N, "allowance", 1000, cls="sar"),
     M(K, "1 Juni 2020", D, "allow_end", "2020-06-01"),
     M(K, "sekitar 100 miliar riyal", N, "savings", 100, qual="approx", cls="sar_bn"),
     M(K, "sekitar 26,6 miliar dollar AS", N, "usd", 26.6, qual="approx", cls="usd_bn"),
     M(K, "34,1 miliar riyal", N, "deficit", 34.1, cls="sar_bn"),
     M(K, "24 persen", N, "oil_drop", 24, cls="pct"),
     M(K, "Januari 2018", D, "vat_intro", "2018-01"),
     M(K, "5 persen", N, "vat_old", 5, cls="pct", occ=2),

     M(C, "15 persen", N, "vat_new", 15, cls="pct"),
     M(C, "Rabu (1/7/2020)", D, "vat_eff", "2020-07-01"),
     M(C, "5 persen", N, "vat_old", 5, cls="pct"),
     M(C, "Senin (11/5/2020)", D, "announce", "2020-05-11"),
     M(C, "1.000 riyal", N, "allowance", 1000, cls="sar"),
     M(C, "Senin (1/6/2020)", D, "allow_end", "2020-06-01"),
     M(C, "sekitar 100 miliar riyal", N, "savings", 100, qual="approx", cls="sar_bn"),
     M(C, "sekitar US$ 26,6 miliar", N, "usd", 26.6, qual="approx", cls="usd_bn"),
     M(C, "34,1 miliar riyal", N, "deficit", 34.1, cls="sar_bn"),
     M(C, "24 persen", N, "oil_drop", 24, cls="pct"),

     M(A, "5 percent", N, "vat_old", 5, cls="pct"),
     M(A, "15 percent", N, "vat_new", 15, cls="pct"),
     M(A, "July 1", D, "vat_eff", "2020-07-01"),
     M(A, "Monday, May 11", D, "announce", "2020-05-11"),
     M(A, "SR1,000", N, "allowance", 1000, cls="sar"),
     M(A, "June 1", D, "allow_end", "2020-06-01"),
     M(A, "about SR100 billion", N, "savings", 100, qual="approx", cls="sar_bn"),
     M(A, "some $26.6 billion", N, "usd", 26.6, qual="approx", cls="usd_bn"),
     M(A, "5 percent", N, "vat_old", 5, cls="pct", occ=2),
     M(A, "January 2018", D, "vat_intro", "2018-01"),
     M(A, "SR34.1 billion", N, "deficit", 34.1, cls="sar_bn"),
     M(A, "24 percent", N, "oil_drop", 24, cls="pct"),
     M(A, "July", D, "vat_eff", "2020-07", occ=2),
    ]
    build("saudi-vat-hike-2020", "Saudi Arabia's austerity measures announced by the finance ministry on Monday 11 May "
          "2020 (control): value-added tax raised from 5% to 15% from 1 July 2020 (introduced at 5% in January 2018), "
          "the cost of living allowance of 1,000 riyals a month to state employees stopped from 1 June 2020, savings "
          "of about 100 billion riyals ($26.6 billion) with spending cuts; a first-quarter deficit of 34.1 billion "
          "riyals and oil revenue down 24%. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    mine()
    khashoggi()
    vat()
