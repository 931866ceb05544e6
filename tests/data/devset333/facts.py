"""The three-hundred-and-thirty-third development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset333/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def bridge():
    K, R, T, A = "kompas-nov28", "reuters-nov29", "detik-dec02", "ap-dec20"
    # as-of times of the running tallies: Saturday 26 November 2011 at night (the first three bodies), Monday 28
    # November at noon (12 dead, 33 injured, the missing by two sources), Tuesday 29 November (the dead corrected
    # down to 11, one victim counted twice; 27 missing by the crisis centre), Friday 2 December at noon (20 dead, 19
    # missing, 39 injured), the end of the search on Saturday 10 December (24 dead, 12 missing, nearly 40 injured).
    # The dead and the injured do not fall (Monday's 12 against Tuesday's 11 is a revision); the missing may fall
    # as bodies are found.
    SATN, MON, TUE, FRI, DEC10 = "2011-11-26n", "2011-11-28", "2011-11-29", "2011-12-02", "2011-12-10"
    # The missing: the regency's crisis post (39 on Monday, 27 on Tuesday) against the search and rescue agency
    # Basarnas (31 on Monday, 19 on Friday) are sources; the final 12 is credited to "local officials" (no source).
    POSKO, BAS = "the regency's crisis post", "Basarnas"
    names = {
     "dead": "people killed", "injured": "people injured", "missing": "people missing",
     "found3": "bodies found in three days", "length": "the bridge's length (m)", "span": "the main span (m)",
     # dates
     "collapse": "day of the collapse", "asof_mon": "day of the count of 12", "count_sat": "night of the first count",
     "built": "year construction began", "opened": "year the bridge opened", "asof_tue": "day of the count of 11",
     "asof_fri": "day of the count of 20", "search_end": "day the search ended",
    }
    ms = [
     M(K, "12 orang", N, "dead", 12, MON),
     M(K, "Senin (28/11/2011)", D, "asof_mon", "2011-11-28"),
     M(K, "710 meter", N, "length", 710, cls="m"),
     M(K, "Sabtu (26/11/2011)", D, "collapse", "2011-11-26"),
     M(K, "Sabtu malam", D, "count_sat", "2011-11-26"),
     M(K, "tiga jenazah", N, "dead", 3, SATN),
     M(K, "33 orang", N, "injured", 33, MON),
     M(K, "39 orang", N, "missing", 39, MON, src=POSKO, fall=True),
     M(K, "31 orang", N, "missing", 31, MON, src=BAS, fall=True),
     M(K, "1995", D, "built", "1995"),
     M(K, "2001", D, "opened", "2001"),
     M(K, "270 meter", N, "span", 270, cls="m"),

     M(R, "11", N, "dead", 11, TUE),
     M(R, "Tuesday", D, "asof_tue", "2011-11-29"),
     M(R, "12", N, "dead", 12, MON),
     M(R, "710-meter", N, "length", 710, cls="m"),
     M(R, "Saturday", D, "collapse", "2011-11-26"),
     M(R, "27 people", N, "missing", 27, TUE, src=POSKO, fall=True),
     M(R, "33", N, "injured", 33, TUE),
     M(R, "1995", D, "built", "1995"),
     M(R, "2001", D, "opened", "2001"),
     M(R, "270 meters", N, "span", 270, cls="m"),

     M(T, "20 orang", N, "dead", 20, FRI),
     M(T, "Jumat (2/12/2011)", D, "asof_fri", "2011-12-02"),
     M(T, "19 orang", N, "missing", 19, FRI, src=BAS, fall=True),
     M(T, "39 orang", N, "injured", 39, FRI),
     M(T, "Jumat (25/11/2011)", D, "collapse", "2011-11-25", planted=True),
     M(T, "11 orang", N, "dead", 11, TUE),
     M(T, "Selasa (29/11/2011)", D, "asof_tue", "2011-11-29"),
     M(T, "sembilan jenazah", N, "found3", 9, FRI),
     M(T, "710 meter", N, "length", 710, cls="m"),
     M(T, "2001", D, "opened", "2001"),

     M(A, "Dec. 10", D, "search_end", "2011-12-10"),
     M(A, "24 people", N, "dead", 24, DEC10),
     M(A, "12 people", N, "missing", 12, DEC10, fall=True),
     M(A, "Nov. 26", D, "collapse", "2011-11-26"),
     M(A, "nearly 40 people", N, "injured", 40, DEC10, qual="nearly"),
     M(A, "207-meter", N, "span", 207, cls="m", planted=True),
     M(A, "three", N, "dead", 3, SATN),
     M(A, "20", N, "dead", 20, FRI),
     M(A, "Dec. 2", D, "asof_fri", "2011-12-02"),
     M(A, "710-meter", N, "length", 710, cls="m"),
     M(A, "2001", D, "opened", "2001"),
    ]
    build("kukar-bridge-2011", "The collapse of the Kutai Kartanegara suspension bridge over the Mahakam at Tenggarong, "
          "East Kalimantan (Saturday 26 November 2011, about 16.20 WITA; 710 m long, main span 270 m, built from 1995, "
          "opened 2001, under maintenance): the dead 3 on Saturday night -> 12 on Monday 28 November -> corrected "
          "down to 11 on Tuesday 29 November (one victim counted twice) -> 20 on Friday 2 December -> 24 when the "
          "search ended on Saturday 10 December; the injured 33 -> 39 -> nearly 40; the missing by the regency's "
          "crisis post (39, 27) and by Basarnas (31, 19), 12 at the end", False, ms, names)


def cathedral():
    T, R, K, A = "detik-mar29", "reuters-mar30", "kompas-apr02", "ap-apr28"
    # as-of times of the running tallies: Sunday 28 March 2021 at midday (the police's first 14 injured), Monday 29
    # March (20 injured; four suspects arrested), Thursday 1 April (13 suspects arrested). The injured and the
    # arrests do not fall. Sunday's mass, the statement on Monday, the first arrests on Monday, the attack on the
    # police headquarters in Jakarta (Wednesday 31 March), the count of Thursday and Easter (Sunday 4 April) are
    # different events.
    SUN, MON, THU = "2021-03-28", "2021-03-29", "2021-04-01"
    names = {
     "injured": "people injured in the bombing", "attackers": "bombers (killed)",
     "married": "months the bombers had been married", "arrested": "suspects arrested",
     "age": "age of the woman who attacked the police headquarters",
     # dates
     "bomb": "day of the bombing", "asof_mon": "day of the count of 20 injured", "count_sun": "day of the first count",
     "easter": "Easter Sunday", "stmt": "day the police identified the bombers", "prev": "year of earlier church bombings",
     "asof_thu": "day of the count of 13 arrests", "arrest_mon": "day of the first four arrests",
     "hq": "day of the attack on the police headquarters",
    }
    ms = [
     M(T, "20 orang", N, "injured", 20, MON),
     M(T, "Senin (29/3/2021)", D, "asof_mon", "2021-03-29"),
     M(T, "Minggu (28/3/2021)", D, "bomb", "2021-03-28"),
     M(T, "Minggu siang", D, "count_sun", "2021-03-28"),
     M(T, "14 orang", N, "injured", 14, SUN),
     M(T, "Dua pelaku", N, "attackers", 2),
     M(T, "sekitar enam bulan", N, "married", 6, qual="approx", cls="dur"),
     M(T, "empat terduga teroris", N, "arrested", 4, MON),
     M(T, "Minggu (4/4/2021)", D, "easter", "2021-04-04"),

     M(R, "two suicide bombers", N, "attackers", 2),
     M(R, "Sunday", D, "bomb", "2021-03-28"),
     M(R, "Monday", D, "stmt", "2021-03-29"),
     M(R, "20 people", N, "injured", 20, MON),
     M(R, "about six months", N, "married", 6, qual="approx", cls="dur"),
     M(R, "four suspects", N, "arrested", 4, MON),
     M(R, "2018", D, "prev", "2018"),
     M(R, "April 4", D, "easter", "2021-04-04"),

     M(K, "13 terduga teroris", N, "arrested", 13, THU),
     M(K, "Kamis (1/4/2021)", D, "asof_thu", "2021-04-01"),
     M(K, "empat orang", N, "arrested", 4, MON),
     M(K, "Senin (29/3/2021)", D, "arrest_mon", "2021-03-29"),
     M(K, "Minggu (28/3/2021)", D, "bomb", "2021-03-28"),
     M(K, "21 orang", N, "injured", 21, MON, planted=True),
     M(K, "dua pelaku", N, "attackers", 2),
     M(K, "sekitar enam bulan", N, "married", 6, qual="approx", cls="dur"),
     M(K, "Rabu (31/3/2021)", D, "hq", "2021-03-31"),
     M(K, "25 tahun", N, "age", 25, cls="age"),
     M(K, "Minggu (4/4/2021)", D, "easter", "2021-04-04"),

     M(A, "March 28", D, "bomb", "2021-03-28"),
     M(A, "20 people", N, "injured", 20, MON),
     M(A, "two bombers", N, "attackers", 2),
     M(A, "13 suspects", N, "arrested", 13, THU),
     M(A, "April 1", D, "asof_thu", "2021-04-01"),
     M(A, "March 30", D, "hq", "2021-03-30", planted=True),
     M(A, "25-year-old", N, "age", 25, cls="age"),
     M(A, "about six months", N, "married", 6, qual="approx", cls="dur"),
     M(A, "April 4", D, "easter", "2021-04-04"),
    ]
    build("makassar-cathedral-2021", "The suicide bombing at the gate of the Sacred Heart of Jesus Cathedral on "
          "Jalan Kajaolalido, Makassar (Palm Sunday, 28 March 2021, about 10.28 WITA) by a couple married about six "
          "months, both killed: the injured 14 by the police's first count on Sunday -> 20 on Monday 29 March; "
          "suspects arrested 4 on Monday -> 13 by Thursday 1 April; the separate attack on the national police "
          "headquarters in Jakarta by a 25-year-old woman (Wednesday 31 March 2021); Easter on 4 April", False, ms, names)


def adaro():
    R, K, B, J = "reuters-mar01", "kontan-mar02", "bisnis-mar03", "jakpost-mar06"
    names = {
     "profit": "net profit 2022 (US$ bn)", "profit21": "net profit 2021 (US$ bn)", "revenue": "revenue 2022 (US$ bn)",
     "rev_growth": "revenue growth (%)", "ebitda": "operational EBITDA 2022 (US$ bn)", "core": "core earnings 2022 (US$ bn)",
     "prod": "coal produced in 2022 (Mt)", "prod21": "coal produced in 2021 (Mt)", "sales": "coal sold in 2022 (Mt)",
     "guide_prod": "production target for 2023 (Mt)", "guide_ebitda": "operational EBITDA target for 2023 (US$ bn)",
     # dates
     "announced": "day the results were released", "fy": "the financial year", "prev_fy": "the year before",
     "next_fy": "the year of the targets",
    }
    ms = [
     M(R, "Wednesday", D, "announced", "2023-03-01"),
     M(R, "$2.49 billion", N, "profit", 2.49, cls="usd"),
     M(R, "2022", D, "fy", "2022"),
     M(R, "$933 million", N, "profit21", 0.933, cls="usd"),
     M(R, "$8.10 billion", N, "revenue", 8.10, cls="usd"),
     M(R, "105%", N, "rev_growth", 105, cls="pct"),
     M(R, "$5.03 billion", N, "ebitda", 5.03, cls="usd"),
     M(R, "$2.93 billion", N, "core", 2.93, cls="usd"),
     M(R, "62.88 million tonnes", N, "prod", 62.88, cls="mt"),
     M(R, "52.70 million tonnes", N, "prod21", 52.70, cls="mt"),
     M(R, "2021", D, "prev_fy", "2021"),
     M(R, "62.71 million tonnes", N, "sales", 62.71, cls="mt"),
     M(R, "2023", D, "next_fy", "2023"),
     M(R, "62 million to 64 million tonnes", N, "guide_prod", 62, cls="mt"),
     M(R, "$3.5 billion to $4.5 billion", N, "guide_ebitda", 3.5, cls="usd"),

     M(K, "US$2,49 miliar", N, "profit", 2.49, cls="usd"),
     M(K, "2022", D, "fy", "2022"),
     M(K, "US$933 juta", N, "profit21", 0.933, cls="usd"),
     M(K, "2021", D, "prev_fy", "2021"),
     M(K, "US$8,10 miliar", N, "revenue", 8.10, cls="usd"),
     M(K, "105 persen", N, "rev_growth", 105, cls="pct"),
     M(K, "Rabu (1/3/2023)", D, "announced", "2023-03-01"),
     M(K, "US$5,03 miliar", N, "ebitda", 5.03, cls="usd"),
     M(K, "US$2,93 miliar", N, "core", 2.93, cls="usd"),
     M(K, "62,88 juta ton", N, "prod", 62.88, cls="mt"),
     M(K, "52,70 juta ton", N, "prod21", 52.70, cls="mt"),
     M(K, "62,71 juta ton", N, "sales", 62.71, cls="mt"),
     M(K, "2023", D, "next_fy", "2023", occ=2),
     M(K, "62 juta hingga 64 juta ton", N, "guide_prod", 62, cls="mt"),
     M(K, "US$3,5 miliar hingga US$4,5 miliar", N, "guide_ebitda", 3.5, cls="usd"),

     M(B, "62 juta hingga 64 juta ton", N, "guide_prod", 62, cls="mt"),
     M(B, "2023", D, "next_fy", "2023"),
     M(B, "62,88 juta ton", N, "prod", 62.88, cls="mt"),
     M(B, "2022", D, "fy", "2022"),
     M(B, "US$3,5 miliar hingga US$4,5 miliar", N, "guide_ebitda", 3.5, cls="usd"),
     M(B, "US$5,03 miliar", N, "ebitda", 5.03, cls="usd"),
     M(B, "105 persen", N, "rev_growth", 105, cls="pct"),
     M(B, "US$8,1 miliar", N, "revenue", 8.1, cls="usd"),
     M(B, "US$2,49 miliar", N, "profit", 2.49, cls="usd"),
     M(B, "US$2,93 miliar", N, "core", 2.93, cls="usd"),
     M(B, "Rabu (1/3/2023)", D, "announced", "2023-03-01"),
     M(B, "62,71 juta ton", N, "sales", 62.71, cls="mt"),

     M(J, "US$2.49 billion", N, "profit", 2.49, cls="usd"),
     M(J, "2022", D, "fy", "2022"),
     M(J, "$933 million", N, "profit21", 0.933, cls="usd"),
     M(J, "2021", D, "prev_fy", "2021"),
     M(J, "March 1", D, "announced", "2023-03-01"),
     M(J, "105 percent", N, "rev_growth", 105, cls="pct"),
     M(J, "$8.1 billion", N, "revenue", 8.1, cls="usd"),
     M(J, "$5.03 billion", N, "ebitda", 5.03, cls="usd"),
     M(J, "$2.93 billion", N, "core", 2.93, cls="usd"),
     M(J, "62.88 million tonnes", N, "prod", 62.88, cls="mt"),
     M(J, "62.71 million tonnes", N, "sales", 62.71, cls="mt"),
     M(J, "52.70 million tonnes", N, "prod21", 52.70, cls="mt"),
     M(J, "2023", D, "next_fy", "2023"),
     M(J, "62 million to 64 million tonnes", N, "guide_prod", 62, cls="mt"),
     M(J, "$3.5 billion to $4.5 billion", N, "guide_ebitda", 3.5, cls="usd"),
    ]
    build("adaro-results-2022", "Adaro Energy Indonesia's 2022 results (control), released on Wednesday 1 March 2023: "
          "net profit US$2.49 billion (US$933 million in 2021), revenue US$8.10 billion (up 105%), operational EBITDA "
          "US$5.03 billion, core earnings US$2.93 billion, production 62.88 Mt (52.70 Mt in 2021), sales 62.71 Mt; "
          "targets for 2023 of 62-64 Mt and operational EBITDA of US$3.5-4.5 billion. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    bridge()
    cathedral()
    adaro()
