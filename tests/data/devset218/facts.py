"""The two-hundred-and-eighteenth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset218/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def quake():
    K, R, T, A = "kompas-jun22", "reuters-jun24", "detik-jun27", "ap-jul22"
    # as-of times of the running tallies: Wednesday 22 June 2022 in the morning (Bakhtar's first 255) and by the
    # afternoon (the disaster ministry's 1,000 dead and about 1,500 injured), Thursday 23 June (OCHA's 1,000), Friday
    # 24 June (Bakhtar's 1,150, OCHA's lowered 770 and its 1,440 injured, the aftershock's five dead, 10,000 houses),
    # the detik report of Monday 27 June (the houses), the AP report of 22 July (the counts recalled). The dead, the
    # injured and the houses do not fall.
    WEDM, WEDE, THU, FRI, JUN27, JUL = ("2022-06-22a", "2022-06-22b", "2022-06-23", "2022-06-24", "2022-06-27",
                                        "2022-07-22")
    # The dead and the injured come from two sources: the Taliban government (the Bakhtar state news agency and the
    # disaster ministry) and the UN humanitarian office OCHA, which lowered its own count from 1,000 on Thursday to
    # the 770 deaths it had verified on Friday (a revision); the government's and OCHA's counts are sources. The
    # magnitude: the USGS's 5.9 against the Pakistan Meteorological Department's 6.1 (sources); magnitudes no text
    # credits are the USGS's.
    GOV, OCHA, USGS, PMD = ("the Taliban government", "the UN humanitarian office", "the US Geological Survey",
                            "the Pakistan Meteorological Department")
    names = {
     "mag": "the quake's magnitude", "dist": "distance of the epicentre from Khost (km)", "depth": "depth (km)",
     "dead": "people killed", "injured": "people injured", "dead_after": "people killed by the Friday aftershock",
     "injured_after": "people injured by the Friday aftershock", "houses": "houses destroyed or damaged",
     "days_since": "days since the quake", "appeal": "the UN's appeal for the quake (US$ million)",
     "months": "months the UN appeal covers", "dead2002": "dead in the 2002 earthquake",
     # dates
     "quake": "day of the earthquake", "q2002": "year of the 2002 earthquake", "takeover": "the Taliban takeover",
     "count_fri": "day of Bakhtar's count of 1,150", "aftershock": "day of the deadly aftershock",
     "ocha_thu": "day of OCHA's first count", "aid": "day the first aid flights landed",
    }
    ms = [
     M(K, "bermagnitudo 5,9", N, "mag", 5.9, src=USGS, cls="mag"),
     M(K, "Rabu (22/6/2022)", D, "quake", "2022-06-22"),
     M(K, "44 km", N, "dist", 44, cls="km"),
     M(K, "10 km", N, "depth", 10, cls="km"),
     M(K, "magnitudo 6,1", N, "mag", 6.1, src=PMD, cls="mag"),
     M(K, "255 orang", N, "dead", 255, WEDM, src=GOV),
     M(K, "sedikitnya 1.000 orang", N, "dead", 1000, WEDE, qual="atleast", src=GOV),
     M(K, "sekitar 1.500 orang", N, "injured", 1500, WEDE, qual="approx", src=GOV),
     M(K, "2002", D, "q2002", "2002"),
     M(K, "Agustus 2021", D, "takeover", "2021-08"),

     M(R, "Wednesday", D, "quake", "2022-06-22"),
     M(R, "1,150", N, "dead", 1150, FRI, src=GOV),
     M(R, "Friday", D, "count_fri", "2022-06-24"),
     M(R, "Friday", D, "aftershock", "2022-06-24", occ=2),
     M(R, "five more people", N, "dead_after", 5, FRI),
     M(R, "11", N, "injured_after", 11, FRI),
     M(R, "1,000", N, "dead", 1000, THU, src=OCHA),
     M(R, "Thursday", D, "ocha_thu", "2022-06-23"),
     M(R, "770 dead", N, "dead", 770, FRI, src=OCHA),
     M(R, "about 1,440", N, "injured", 1440, FRI, qual="approx", src=OCHA),
     M(R, "about 10,000 houses", N, "houses", 10000, FRI, qual="approx"),
     M(R, "magnitude 5.9", N, "mag", 5.9, src=USGS, cls="mag"),
     M(R, "10 km", N, "depth", 10, cls="km"),
     M(R, "about 44 km", N, "dist", 44, qual="approx", cls="km"),
     M(R, "August 2021", D, "takeover", "2021-08"),

     M(T, "lima hari", N, "days_since", 5, cls="dur"),
     M(T, "bermagnitudo 5,9", N, "mag", 5.9, src=USGS, cls="mag"),
     M(T, "Rabu (22/6/2022)", D, "quake", "2022-06-22"),
     M(T, "Jumat (24/6/2022)", D, "count_fri", "2022-06-24"),
     M(T, "1.050 orang", N, "dead", 1050, FRI, src=GOV, planted=True),
     M(T, "770 orang", N, "dead", 770, FRI, src=OCHA),
     M(T, "sekitar 1.440 orang", N, "injured", 1440, FRI, qual="approx", src=OCHA),
     M(T, "sekitar 10.000 rumah", N, "houses", 10000, JUN27, qual="approx"),
     M(T, "Jumat pagi", D, "aftershock", "2022-06-24"),
     M(T, "lima orang", N, "dead_after", 5, FRI),
     M(T, "Kamis (23/6/2022)", D, "aid", "2022-06-23"),

     M(A, "magnitude 5.9", N, "mag", 5.9, src=USGS, cls="mag"),
     M(A, "June 22", D, "quake", "2022-06-22"),
     M(A, "at least 1,150 people", N, "dead", 1150, JUL, qual="atleast", src=GOV),
     M(A, "about 1,500", N, "injured", 1500, JUL, qual="approx", src=GOV),
     M(A, "770", N, "dead", 770, JUL, src=OCHA),
     M(A, "about 10,000 homes", N, "houses", 10000, JUL, qual="approx"),
     M(A, "$110 million", N, "appeal", 110, cls="usd_m"),
     M(A, "three months", N, "months", 3, cls="dur"),
     M(A, "June 24", D, "aftershock", "2022-06-24"),
     M(A, "five more people", N, "dead_after", 5, FRI),
     M(A, "August 2021", D, "takeover", "2021-08"),
     M(A, "2002", D, "q2002", "2002"),
     M(A, "about 1,000 people", N, "dead2002", 1000, qual="approx"),
    ]
    build("paktika-quake-2022", "The magnitude 5.9 earthquake in Paktika and Khost provinces, eastern Afghanistan "
          "(Wednesday 22 June 2022, about 01.30 local time; USGS 5.9, the Pakistan Meteorological Department 6.1): "
          "Bakhtar's first 255 dead, the disaster ministry's at least 1,000 dead and about 1,500 injured the same day, "
          "Bakhtar's 1,150 on Friday 24 June; the UN humanitarian office's 1,000 on Thursday lowered to the 770 it had "
          "verified on Friday (about 1,440 injured); a Friday aftershock killing five; about 10,000 houses destroyed or "
          "damaged", False, ms, names)


def floods():
    N_, R, T, A = "antara-aug27", "reuters-aug30", "tempo-sep10", "ap-oct05"
    # as-of times of the running tallies (the NDMA's counts since the rains began on 14 June 2022): Friday 26 August
    # (937 dead, 343 children, Sindh 306, Balochistan 234, more than 30 million affected, about 220,000 houses
    # destroyed), Tuesday 30 August (1,136 dead, 1,634 injured, more than a million houses damaged or destroyed, 33
    # million affected, the planning minister's damage estimate of more than $10 billion, the UN's first appeal of
    # $160 million), Friday 9 September (1,391 dead, more than 12,700 injured, the damage put at at least $30
    # billion), Tuesday 4 October (1,695 dead, the appeal raised to $816 million). None of them falls.
    AUG26, AUG30, SEP09, OCT04 = "2022-08-26", "2022-08-30", "2022-09-09", "2022-10-04"
    names = {
     "dead": "people killed by the floods", "children": "children among the dead", "dead_sindh": "dead in Sindh",
     "dead_baloch": "dead in Balochistan", "affected": "people affected", "destroyed": "houses destroyed",
     "houses": "houses damaged or destroyed", "dead2010": "dead in the 2010 floods", "injured": "people injured",
     "appeal": "the UN's flood appeal (US$ million)", "damage": "the damage estimate (US$ billion)",
     "rain_mm": "rain in July and August (mm)", "rain_pct": "rain above the 30-year average (%)",
     "emissions": "Pakistan's share of global emissions (%)",
     # dates
     "emergency": "day the national emergency was declared", "asof_aug26": "day of the count of 937",
     "rain_start": "day the monsoon rains began", "flood2010": "year of the 2010 floods",
     "appeal1": "day of the UN's first appeal", "arrive": "day the UN secretary-general arrived",
     "tour": "day the UN secretary-general toured Sindh and Balochistan", "appeal2": "day the appeal was raised",
    }
    ms = [
     M(N_, "Kamis (25/8/2022)", D, "emergency", "2022-08-25"),
     M(N_, "Jumat (26/8/2022)", D, "asof_aug26", "2022-08-26"),
     M(N_, "937 orang", N, "dead", 937, AUG26),
     M(N_, "14 Juni 2022", D, "rain_start", "2022-06-14"),
     M(N_, "343 anak-anak", N, "children", 343, AUG26),
     M(N_, "306 orang", N, "dead_sindh", 306, AUG26),
     M(N_, "234 orang", N, "dead_baloch", 234, AUG26),
     M(N_, "lebih dari 30 juta orang", N, "affected", 30_000_000, AUG26, qual="morethan"),
     M(N_, "sekitar 220.000 rumah", N, "destroyed", 220_000, AUG26, qual="approx"),
     M(N_, "2010", D, "flood2010", "2010"),
     M(N_, "lebih dari 1.700 orang", N, "dead2010", 1700, qual="morethan"),

     M(R, "1,136", N, "dead", 1136, AUG30),
     M(R, "Tuesday", D, "appeal1", "2022-08-30"),
     M(R, "$160 million", N, "appeal", 160, AUG30, cls="usd_m"),
     M(R, "1,634 people", N, "injured", 1634, AUG30),
     M(R, "more than 1 million houses", N, "houses", 1_000_000, AUG30, qual="morethan"),
     M(R, "June 14", D, "rain_start", "2022-06-14"),
     M(R, "33 million people", N, "affected", 33_000_000, AUG30),
     M(R, "more than $10 billion", N, "damage", 10, AUG30, qual="morethan", cls="usd_b"),
     M(R, "391 mm", N, "rain_mm", 391, cls="mm"),
     M(R, "nearly 190%", N, "rain_pct", 190, qual="nearly", cls="pct"),
     M(R, "last Thursday", D, "emergency", "2022-08-25"),

     M(T, "Jumat (9/9/2022)", D, "arrive", "2022-09-09"),
     M(T, "1.391 orang", N, "dead", 1391, SEP09),
     M(T, "lebih dari 12.700 orang", N, "injured", 12700, SEP09, qual="morethan"),
     M(T, "33 juta orang", N, "affected", 33_000_000, SEP09),
     M(T, "Sabtu (10/9/2022)", D, "tour", "2022-09-10"),
     M(T, "kurang dari 1 persen", N, "emissions", 1, cls="pct"),
     M(T, "160 juta dolar AS", N, "appeal", 160, AUG30, cls="usd_m"),
     M(T, "Rabu (31/8/2022)", D, "appeal1", "2022-08-31", planted=True),
     M(T, "sedikitnya 30 miliar dolar AS", N, "damage", 30, SEP09, qual="atleast", cls="usd_b"),
     M(T, "sekitar 10 miliar dolar AS", N, "damage", 10, AUG30, qual="approx", cls="usd_b"),
     M(T, "25 Agustus", D, "emergency", "2022-08-25"),

     M(A, "Tuesday", D, "appeal2", "2022-10-04"),
     M(A, "$816 million", N, "appeal", 816, OCT04, cls="usd_m"),
     M(A, "$160 million", N, "appeal", 160, AUG30, cls="usd_m"),
     M(A, "1,695 people", N, "dead", 1695, OCT04),
     M(A, "June 14", D, "rain_start", "2022-06-14"),
     M(A, "Aug. 30", D, "appeal1", "2022-08-30"),
     M(A, "Aug. 26", D, "emergency", "2022-08-26", planted=True),
     M(A, "Some 33 million people", N, "affected", 33_000_000, OCT04, qual="approx"),
     M(A, "more than $30 billion", N, "damage", 30, OCT04, qual="morethan", cls="usd_b"),
     M(A, "Sept. 10", D, "tour", "2022-09-10"),
     M(A, "less than 1%", N, "emissions", 1, cls="pct"),
    ]
    build("pakistan-floods-2022", "Pakistan's monsoon floods of 2022 (rains from 14 June; a national emergency "
          "declared on Thursday 25 August): the NDMA's toll rising 937 (Friday 26 August) -> 1,136 (Tuesday 30 August) "
          "-> 1,391 (Friday 9 September) -> 1,695 (Tuesday 4 October), the injured 1,634 -> more than 12,700, the "
          "affected more than 30 million -> 33 million; the damage estimate more than $10 billion -> at least $30 "
          "billion; the UN's appeal of $160 million (Tuesday 30 August) raised to $816 million (Tuesday 4 October); "
          "the UN secretary-general's visit (9-10 September)", False, ms, names)


def imf():
    R, B, A, C = "reuters-jul12", "bisnis-jul13", "ap-jul14", "cnbcindonesia-jul15"
    names = {
     "months": "the arrangement's length (months)", "total": "the arrangement's size (US$ billion)",
     "first": "the first disbursement (US$ billion)", "sdr": "the arrangement in SDR (billion)",
     "quota": "share of Pakistan's IMF quota (%)", "rest": "the rest of the arrangement (US$ billion)",
     "reviews": "reviews before the rest is paid", "eff": "the 2019 programme's size (US$ billion)",
     "undisbursed": "the 2019 programme's undisbursed part (US$ billion)",
     # dates
     "approved": "day of the board's approval", "sla": "day of the staff-level agreement",
     "expired": "day the previous programme ended", "eff_year": "year of the previous programme",
     "fy_start": "first day of the fiscal year",
    }
    ms = [
     M(R, "Wednesday", D, "approved", "2023-07-12"),
     M(R, "nine-month", N, "months", 9, cls="dur"),
     M(R, "$3 billion", N, "total", 3, cls="usd_b"),
     M(R, "$1.2 billion", N, "first", 1.2, cls="usd_b"),
     M(R, "SDR 2.25 billion", N, "sdr", 2.25, cls="sdr"),
     M(R, "111%", N, "quota", 111, cls="pct"),
     M(R, "$1.8 billion", N, "rest", 1.8, cls="usd_b"),
     M(R, "two quarterly reviews", N, "reviews", 2),
     M(R, "June 29", D, "sla", "2023-06-29"),
     M(R, "$6.5 billion", N, "eff", 6.5, cls="usd_b"),
     M(R, "2019", D, "eff_year", "2019"),
     M(R, "June 30", D, "expired", "2023-06-30"),
     M(R, "about $2.5 billion", N, "undisbursed", 2.5, qual="approx", cls="usd_b"),
     M(R, "July 1", D, "fy_start", "2023-07-01"),

     M(B, "3 miliar dolar AS", N, "total", 3, cls="usd_b"),
     M(B, "Rabu (12/7/2023)", D, "approved", "2023-07-12"),
     M(B, "sembilan bulan", N, "months", 9, cls="dur"),
     M(B, "SDR 2,25 miliar", N, "sdr", 2.25, cls="sdr"),
     M(B, "111 persen", N, "quota", 111, cls="pct"),
     M(B, "sekitar 1,2 miliar dolar AS", N, "first", 1.2, qual="approx", cls="usd_b"),
     M(B, "sekitar 1,8 miliar dolar AS", N, "rest", 1.8, qual="approx", cls="usd_b"),
     M(B, "dua kali tinjauan", N, "reviews", 2),
     M(B, "29 Juni 2023", D, "sla", "2023-06-29"),
     M(B, "6,5 miliar dolar AS", N, "eff", 6.5, cls="usd_b"),
     M(B, "2019", D, "eff_year", "2019"),
     M(B, "Sekitar 2,5 miliar dolar AS", N, "undisbursed", 2.5, qual="approx", cls="usd_b"),
     M(B, "30 Juni", D, "expired", "2023-06-30"),
     M(B, "1 Juli", D, "fy_start", "2023-07-01"),

     M(A, "$3 billion", N, "total", 3, cls="usd_b"),
     M(A, "nine-month", N, "months", 9, cls="dur"),
     M(A, "July 12", D, "approved", "2023-07-12"),
     M(A, "about $1.2 billion", N, "first", 1.2, qual="approx", cls="usd_b"),
     M(A, "SDR 2.25 billion", N, "sdr", 2.25, cls="sdr"),
     M(A, "111%", N, "quota", 111, cls="pct"),
     M(A, "$1.8 billion", N, "rest", 1.8, cls="usd_b"),
     M(A, "two reviews", N, "reviews", 2),
     M(A, "June 29", D, "sla", "2023-06-29"),
     M(A, "$6.5 billion", N, "eff", 6.5, cls="usd_b"),
     M(A, "2019", D, "eff_year", "2019"),
     M(A, "June 30", D, "expired", "2023-06-30"),
     M(A, "about $2.5 billion", N, "undisbursed", 2.5, qual="approx", cls="usd_b"),
     M(A, "July 1", D, "fy_start", "2023-07-01"),

     M(C, "3 miliar dolar AS", N, "total", 3, cls="usd_b"),
     M(C, "Rabu (12/7/2023)", D, "approved", "2023-07-12"),
     M(C, "sembilan bulan", N, "months", 9, cls="dur"),
     M(C, "SDR 2,25 miliar", N, "sdr", 2.25, cls="sdr"),
     M(C, "111 persen", N, "quota", 111, cls="pct"),
     M(C, "1,2 miliar dolar AS", N, "first", 1.2, cls="usd_b"),
     M(C, "1,8 miliar dolar AS", N, "rest", 1.8, cls="usd_b"),
     M(C, "dua tinjauan", N, "reviews", 2),
     M(C, "Kamis (29/6/2023)", D, "sla", "2023-06-29"),
     M(C, "6,5 miliar dolar AS", N, "eff", 6.5, cls="usd_b"),
     M(C, "2019", D, "eff_year", "2019"),
     M(C, "Jumat (30/6/2023)", D, "expired", "2023-06-30"),
     M(C, "sekitar 2,5 miliar dolar AS", N, "undisbursed", 2.5, qual="approx", cls="usd_b"),
    ]
    build("imf-pakistan-sba-2023", "The IMF executive board's approval of a nine-month stand-by arrangement for "
          "Pakistan (control), on Wednesday 12 July 2023: $3 billion (SDR 2.25 billion, 111% of quota), $1.2 billion "
          "at once and the other $1.8 billion after two reviews; the staff-level agreement of Thursday 29 June; the "
          "2019 programme of $6.5 billion, ended on Friday 30 June with about $2.5 billion undisbursed; the fiscal year "
          "from 1 July. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    quake()
    floods()
    imf()
