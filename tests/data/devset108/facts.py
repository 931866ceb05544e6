"""The hundred-and-eighth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset108/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def batang_kali():
    R, K, DT, S, BN = "reuters-dec16", "kompas-dec18", "detik-dec22", "thestar-dec24", "bernama-jan16"
    # the running tallies: Friday 16, Saturday 17, Sunday 18 and Thursday 22 December, and the search's end on
    # Friday 23 December; the number of people at the site was 94 from the first day and was lowered to 92 after
    # the list was checked again (as given by Thursday 22 December)
    FRI, SAT, SUN, THU, END = "2022-12-16", "2022-12-17", "2022-12-18", "2022-12-22", "2022-12-23"
    REV = "2022-12-21"
    names = {
     "dead": "people killed", "missing": "people missing", "campers": "people at the campsite",
     "survivors": "people who survived", "slope": "height of the slope", "area": "area buried",
     "comp": "payment to each dead person's family (ringgit)", "fine": "the operators' maximum fine (ringgit)",
     "jail": "the operators' maximum jail term", "search_days": "days the search lasted",
     "month_after": "time from the landslide to the article",
     # dates
     "landslide": "day of the landslide", "search_resume": "day the search was to resume",
     "pm_visit": "day of the prime minister's visit", "count21_day": "day of the count of 21",
     "count23_day": "day of the count of 23", "count29_day": "day of the count of 29",
     "search_end": "day the search ended",
    }
    ms = [
     M(R, "Friday", D, "landslide", "2022-12-16"),
     M(R, "16 people", N, "dead", 16, FRI),
     M(R, "17 missing", N, "missing", 17, FRI, fall=True),
     M(R, "94 people", N, "campers", 94, FRI),
     M(R, "61", N, "survivors", 61),
     M(R, "about 30 metres", N, "slope", 30, qual="approx", cls="m"),
     M(R, "roughly one acre", N, "area", 1, qual="approx", cls="acre"),
     M(R, "Saturday", D, "search_resume", "2022-12-17"),
     M(R, "Friday", D, "pm_visit", "2022-12-16", occ=2),
     M(R, "10,000 ringgit", N, "comp", 10000, cls="ringgit"),
     M(R, "50,000 ringgit", N, "fine", 50000, cls="ringgit"),
     M(R, "three years", N, "jail", 3, cls="dur"),

     M(K, "23 orang", N, "dead", 23, SUN),
     M(K, "Minggu (18/12/2022)", D, "count23_day", "2022-12-18"),
     M(K, "10 orang", N, "missing", 10, SUN, fall=True),
     M(K, "Sabtu (17/12/2022)", D, "count21_day", "2022-12-17"),
     M(K, "21 orang", N, "dead", 21, SAT),
     M(K, "12 orang", N, "missing", 12, SAT, fall=True),
     M(K, "Jumat (16/12/2022)", D, "landslide", "2022-12-16"),
     M(K, "94 orang", N, "campers", 94, FRI),
     M(K, "61 orang", N, "survivors", 61),
     M(K, "10.000 ringgit", N, "comp", 10000, cls="ringgit"),
     M(K, "50.000 ringgit", N, "fine", 50000, cls="ringgit"),
     M(K, "tiga tahun", N, "jail", 3, cls="dur"),

     M(DT, "29 orang", N, "dead", 29, THU),
     M(DT, "Kamis (22/12/2022)", D, "count29_day", "2022-12-22"),
     M(DT, "2 orang", N, "missing", 2, THU, fall=True),
     M(DT, "92 orang", N, "campers", 92, REV),
     M(DT, "94 orang", N, "campers", 94, FRI),
     M(DT, "Jumat (16/12/2022)", D, "landslide", "2022-12-16"),
     M(DT, "17 orang", N, "dead", 17, FRI, planted=True),
     M(DT, "17 orang", N, "missing", 17, FRI, fall=True, occ=2),
     M(DT, "61 orang", N, "survivors", 61),
     M(DT, "sekitar 30 meter", N, "slope", 30, qual="approx", cls="m"),
     M(DT, "10.000 ringgit", N, "comp", 10000, cls="ringgit"),

     M(S, "Friday (Dec 23)", D, "search_end", "2022-12-23"),
     M(S, "31", N, "dead", 31, END),
     M(S, "92 people", N, "campers", 92, REV),
     M(S, "Dec 16", D, "landslide", "2022-12-16"),
     M(S, "61", N, "survivors", 61),
     M(S, "16", N, "dead", 16, FRI, occ=2),
     M(S, "17 people", N, "missing", 17, FRI, fall=True),
     M(S, "eight days", N, "search_days", 8, cls="dur"),
     M(S, "31", N, "dead", 31, END, occ=2),
     M(S, "RM10,000", N, "comp", 10000, cls="ringgit"),

     M(BN, "A month", N, "month_after", 1, qual="approx", cls="dur"),
     M(BN, "31", N, "dead", 31, END),
     M(BN, "Dec 16", D, "landslide", "2022-12-16"),
     M(BN, "92 people", N, "campers", 92, REV),
     M(BN, "61", N, "survivors", 61),
     M(BN, "Dec 23", D, "search_end", "2022-12-23"),
     M(BN, "eight days", N, "search_days", 8, cls="dur"),
     M(BN, "16", N, "dead", 16, FRI, occ=2),
     M(BN, "31", N, "dead", 31, END, occ=2),
     M(BN, "RM10,000", N, "comp", 10000, cls="ringgit"),
     M(BN, "RM50,000", N, "fine", 50000, cls="ringgit"),
     M(BN, "three years", N, "jail", 3, cls="dur"),
    ]
    build("batang-kali-landslide-2022", "The landslide at a farm campsite in Batang Kali, Selangor (Malaysia), in the "
          "early hours of Friday 16 December 2022: 16 dead and 17 missing on the first day, 61 of the 94 people at "
          "the site safe; 21 dead and 12 missing on Saturday 17, 23 dead and 10 missing on Sunday 18; the number at "
          "the site lowered from 94 to 92; 29 dead and 2 missing on Thursday 22; the search ended on Friday 23 "
          "December with 31 dead and 61 survivors after eight days, recalled a month on; 10,000 ringgit to each dead person's family", False, ms, names)


def singapore():
    R, K, T, AP = "reuters-jul11", "kompas-jul12", "tempo-jul28", "ap-aug25"
    # the Elections Department's sample counts on the night (Friday 10 July) against the official count declared
    # early on Saturday 11 July 2020
    SAMPLE, COUNT = "the sample count", "the official count"
    names = {
     "pap_seats": "the PAP's seats", "seats": "elected seats in parliament", "pap_share": "the PAP's share of the vote",
     "pap_share15": "the PAP's share in 2015", "wp_seats": "the Workers' Party's seats",
     "wp_seats_prev": "the Workers' Party's seats before", "sengkang": "the Workers' Party's share in Sengkang",
     "aljunied": "the Workers' Party's share in Aljunied", "hougang": "the Workers' Party's share in Hougang",
     "turnout": "turnout", "extension": "hours polling was extended", "lee_age": "Lee's age",
     "tcb_age": "Tan Cheng Bock's age", "tcj_age": "Tan Chuan-Jin's age", "wc_psp": "the PSP's share in West Coast",
     "wc_pap": "the PAP's share in West Coast", "ec_pap": "the PAP's share in East Coast",
     "ncmp": "non-constituency seats offered", "margin": "the sample count's margin of error",
     "confidence": "the sample count's confidence level", "weeks_after": "weeks from the election to the swearing-in",
     # dates
     "election": "day of the election", "results_day": "day the results were declared",
     "prev_election": "the previous election", "pap_since": "year the PAP came to power",
     "sample_day": "night of the sample counts", "swearing_in": "day the cabinet was sworn in",
     "parliament_open": "day parliament opened", "speaker_since": "year Tan first became speaker",
    }
    ms = [
     M(R, "83", N, "pap_seats", 83, src=COUNT),
     M(R, "93 seats", N, "seats", 93),
     M(R, "Friday", D, "election", "2020-07-10"),
     M(R, "61.24%", N, "pap_share", 61.24, cls="pct", src=COUNT),
     M(R, "69.86%", N, "pap_share15", 69.86, cls="pct"),
     M(R, "2015", D, "prev_election", "2015"),
     M(R, "Saturday", D, "results_day", "2020-07-11"),
     M(R, "10 seats", N, "wp_seats", 10, src=COUNT),
     M(R, "52.12%", N, "sengkang", 52.12, cls="pct", src=COUNT),
     M(R, "59.93%", N, "aljunied", 59.93, cls="pct", src=COUNT),
     M(R, "61.19%", N, "hougang", 61.19, cls="pct", src=COUNT),
     M(R, "95.81%", N, "turnout", 95.81, cls="pct"),
     M(R, "two hours", N, "extension", 2, cls="dur"),
     M(R, "68", N, "lee_age", 68, cls="age"),
     M(R, "80", N, "tcb_age", 80, cls="age"),
     M(R, "48.31%", N, "wc_psp", 48.31, cls="pct", src=COUNT),
     M(R, "two non-constituency seats", N, "ncmp", 2),
     M(R, "53.41%", N, "ec_pap", 53.41, cls="pct", src=COUNT),
     M(R, "1959", D, "pap_since", "1959"),

     M(K, "Jumat (10/7/2020)", D, "election", "2020-07-10"),
     M(K, "61,24 persen", N, "pap_share", 61.24, cls="pct", src=COUNT),
     M(K, "Jumat malam", D, "sample_day", "2020-07-10"),
     M(K, "53 persen", N, "sengkang", 53, cls="pct", src=SAMPLE),
     M(K, "52 persen", N, "wc_pap", 52, cls="pct", src=SAMPLE),
     M(K, "53 persen", N, "ec_pap", 53, cls="pct", src=SAMPLE, occ=2),
     M(K, "4 poin persentase", N, "margin", 4, cls="pp"),
     M(K, "95 persen", N, "confidence", 95, cls="pct"),
     M(K, "Sabtu (11/7/2020)", D, "results_day", "2020-07-11"),
     M(K, "52,12 persen", N, "sengkang", 52.12, cls="pct", src=COUNT),
     M(K, "10", N, "wp_seats", 10, src=COUNT, occ=2),
     M(K, "93 kursi", N, "seats", 93),
     M(K, "6 kursi", N, "wp_seats_prev", 6),
     M(K, "83 kursi", N, "pap_seats", 83, src=COUNT),
     M(K, "95,18 persen", N, "turnout", 95.18, cls="pct", planted=True),
     M(K, "51,69 persen", N, "wc_pap", 51.69, cls="pct", src=COUNT),

     M(T, "Senin (27/7/2020)", D, "swearing_in", "2020-07-27"),
     M(T, "lebih dari dua pekan", N, "weeks_after", 2, qual="morethan", cls="dur"),
     M(T, "10 Juli", D, "election", "2020-07-10"),
     M(T, "83", N, "pap_seats", 83, src=COUNT),
     M(T, "93 kursi", N, "seats", 93),
     M(T, "61,24 persen", N, "pap_share", 61.24, cls="pct", src=COUNT),
     M(T, "10 kursi", N, "wp_seats", 10, src=COUNT),
     M(T, "dua kursi", N, "ncmp", 2),
     M(T, "48,31 persen", N, "wc_psp", 48.31, cls="pct", src=COUNT),
     M(T, "95,81 persen", N, "turnout", 95.81, cls="pct"),
     M(T, "24 Agustus", D, "parliament_open", "2020-08-24"),

     M(AP, "Monday", D, "parliament_open", "2020-08-24"),
     M(AP, "83", N, "pap_seats", 83, src=COUNT),
     M(AP, "93 elected seats", N, "seats", 93),
     M(AP, "July 11", D, "election", "2020-07-11", planted=True),
     M(AP, "61.24%", N, "pap_share", 61.24, cls="pct", src=COUNT),
     M(AP, "10 elected seats", N, "wp_seats", 10, src=COUNT),
     M(AP, "Two non-constituency seats", N, "ncmp", 2),
     M(AP, "48.31%", N, "wc_psp", 48.31, cls="pct", src=COUNT),
     M(AP, "51", N, "tcj_age", 51, cls="age"),
     M(AP, "2017", D, "speaker_since", "2017"),
     M(AP, "68", N, "lee_age", 68, cls="age"),
     M(AP, "95.81%", N, "turnout", 95.81, cls="pct"),
    ]
    build("singapore-election-2020", "Singapore's general election of Friday 10 July 2020: the Elections "
          "Department's sample counts on the night (the Workers' Party 53% in Sengkang, the PAP 52% in West Coast "
          "and 53% in East Coast) against the official count declared early on Saturday 11 July: the PAP 83 of 93 "
          "seats with 61.24% (69.86% in 2015), the Workers' Party 10 seats (Sengkang 52.12%, Aljunied 59.93%, "
          "Hougang 61.19%), the PSP 48.31% in West Coast (the PAP 51.69%) and two non-constituency seats, East "
          "Coast 53.41%, turnout 95.81%; the cabinet sworn in on Monday 27 July; parliament opened and the speaker "
          "re-elected on Monday 24 August 2020", False, ms, names)


def sia():
    R, BT, B, KT = "reuters-may15", "businesstimes-may16", "bisnis-may17", "kontan-may18"
    names = {
     "profit": "net profit for the year (S$ million)", "prev_profit": "net profit the year before (S$ million)",
     "growth": "rise in net profit", "increase": "increase in net profit (S$ million)",
     "revenue": "revenue for the year (S$ million)", "rev_growth": "rise in revenue",
     "final_div": "the final dividend (cents)", "interim_div": "the interim dividend (cents)",
     "total_div": "the dividend for the year (cents)", "months": "months of the financial year",
     # dates
     "results": "day the results were announced", "fy_end": "end of the financial year",
    }
    ms = [
     M(R, "S$2.68 billion", N, "profit", 2675, qual="approx", cls="sgd"),
     M(R, "Wednesday", D, "results", "2024-05-15"),
     M(R, "24%", N, "growth", 24, cls="pct"),
     M(R, "S$2.16 billion", N, "prev_profit", 2157, qual="approx", cls="sgd"),
     M(R, "12 months", N, "months", 12, cls="dur"),
     M(R, "March 31", D, "fy_end", "2024-03-31"),
     M(R, "7%", N, "rev_growth", 7, cls="pct"),
     M(R, "S$19.0 billion", N, "revenue", 19013, qual="approx", cls="sgd"),
     M(R, "38 cents", N, "final_div", 38, cls="cents"),
     M(R, "10 cents", N, "interim_div", 10, cls="cents"),
     M(R, "48 cents", N, "total_div", 48, cls="cents"),

     M(BT, "Wednesday (May 15)", D, "results", "2024-05-15"),
     M(BT, "S$2,675 million", N, "profit", 2675, cls="sgd"),
     M(BT, "Mar 31, 2024", D, "fy_end", "2024-03-31"),
     M(BT, "24 per cent", N, "growth", 24, cls="pct"),
     M(BT, "S$2,157 million", N, "prev_profit", 2157, cls="sgd"),
     M(BT, "S$518 million", N, "increase", 518, cls="sgd"),
     M(BT, "7 per cent", N, "rev_growth", 7, cls="pct"),
     M(BT, "S$19,013 million", N, "revenue", 19013, cls="sgd"),
     M(BT, "38 cents", N, "final_div", 38, cls="cents"),
     M(BT, "10 cents", N, "interim_div", 10, cls="cents"),
     M(BT, "48 cents", N, "total_div", 48, cls="cents"),

     M(B, "S$2,68 miliar", N, "profit", 2675, qual="approx", cls="sgd"),
     M(B, "31 Maret 2024", D, "fy_end", "2024-03-31"),
     M(B, "24%", N, "growth", 24, cls="pct"),
     M(B, "S$2,16 miliar", N, "prev_profit", 2157, qual="approx", cls="sgd"),
     M(B, "Rabu (15/5/2024)", D, "results", "2024-05-15"),
     M(B, "7%", N, "rev_growth", 7, cls="pct"),
     M(B, "S$19,01 miliar", N, "revenue", 19013, qual="approx", cls="sgd"),
     M(B, "38 sen", N, "final_div", 38, cls="cents"),
     M(B, "10 sen", N, "interim_div", 10, cls="cents"),
     M(B, "48 sen", N, "total_div", 48, cls="cents"),

     M(KT, "S$2.675 juta", N, "profit", 2675, cls="sgd"),
     M(KT, "31 Maret 2024", D, "fy_end", "2024-03-31"),
     M(KT, "24%", N, "growth", 24, cls="pct"),
     M(KT, "S$2.157 juta", N, "prev_profit", 2157, cls="sgd"),
     M(KT, "Rabu, 15 Mei 2024", D, "results", "2024-05-15"),
     M(KT, "S$518 juta", N, "increase", 518, cls="sgd"),
     M(KT, "7%", N, "rev_growth", 7, cls="pct"),
     M(KT, "S$19.013 juta", N, "revenue", 19013, cls="sgd"),
     M(KT, "38 sen", N, "final_div", 38, cls="cents"),
     M(KT, "10 sen", N, "interim_div", 10, cls="cents"),
     M(KT, "48 sen", N, "total_div", 48, cls="cents"),
    ]
    build("sia-results-2024", "Singapore Airlines' results for the financial year ended 31 March 2024 (control), "
          "announced on Wednesday 15 May 2024: a record net profit of S$2,675 million, up 24% (S$518 million) from "
          "S$2,157 million; revenue up 7% to a record S$19,013 million; a final dividend of 38 cents, with the "
          "interim of 10 cents 48 cents for the year. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    batang_kali()
    singapore()
    sia()
