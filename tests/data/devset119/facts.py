"""The hundred-and-nineteenth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset119/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def ischia():
    A, K, R, T, AN = "afp-nov26", "kompas-nov27", "reuters-nov29", "tempo-dec04", "antara-dec28"
    # the running tallies: the interior minister's first figure on Saturday 26 November in the morning, the
    # authorities' corrected count that evening, Sunday 27, Monday 28, Wednesday 30 November and Saturday 3 December
    # (the last victim found); the missing fall as the dead are found (fall=True)
    SAT_AM, SAT_PM, SUN27, MON28, WED30, SAT3 = (
        "2022-11-26T10", "2022-11-26T20", "2022-11-27", "2022-11-28", "2022-11-30", "2022-12-03")
    LOCAL, DPC = "the local authorities", "the civil protection department"
    names = {
     "dead": "people killed by the landslide", "missing": "people missing", "rain": "rain that fell (mm)",
     "rain_hours": "hours in which the rain fell", "evacuated": "people evacuated", "aid": "emergency funds (million euros)",
     "children": "children among the dead found", "search_days": "days of the search",
     # dates
     "slide": "day of the landslide", "sat_counts": "day of Saturday's counts", "sun_counts": "day of Sunday's counts",
     "mon_counts": "day of Monday's counts", "wed_counts": "day of Wednesday's counts",
     "emergency": "day the state of emergency was declared", "final_day": "day the last victim was found",
    }
    ms = [
     M(A, "Saturday", D, "slide", "2022-11-26"),
     M(A, "eight people", N, "dead", 8, SAT_AM),
     M(A, "126 millimetres", N, "rain", 126, cls="mm"),
     M(A, "six hours", N, "rain_hours", 6, cls="dur"),

     M(K, "7 orang", N, "dead", 7, SUN27),
     M(K, "Minggu (27/11/2022)", D, "sun_counts", "2022-11-27"),
     M(K, "5 orang", N, "missing", 5, SUN27, fall=True),
     M(K, "Sabtu (26/11/2022)", D, "sat_counts", "2022-11-26"),
     M(K, "8 orang", N, "dead", 8, SAT_AM),
     M(K, "Sabtu", D, "sat_counts", "2022-11-26", occ=2),
     M(K, "1 korban tewas", N, "dead", 1, SAT_PM),
     M(K, "11 orang", N, "missing", 11, SAT_PM, fall=True),
     M(K, "162 milimeter", N, "rain", 162, cls="mm", planted=True),
     M(K, "enam jam", N, "rain_hours", 6, cls="dur"),
     M(K, "Minggu", D, "emergency", "2022-11-27", occ=3),
     M(K, "2 juta euro", N, "aid", 2, cls="eur"),

     M(R, "eight", N, "dead", 8, MON28),
     M(R, "Monday", D, "mon_counts", "2022-11-28"),
     M(R, "four people", N, "missing", 4, MON28, fall=True),
     M(R, "Saturday", D, "sat_counts", "2022-11-26"),
     M(R, "eight people", N, "dead", 8, SAT_AM),
     M(R, "one confirmed death", N, "dead", 1, SAT_PM),
     M(R, "three children", N, "children", 3),
     M(R, "Saturday, Nov. 26", D, "slide", "2022-11-26"),
     M(R, "126 mm", N, "rain", 126, cls="mm"),
     M(R, "six hours", N, "rain_hours", 6, cls="dur"),
     M(R, "About 230 people", N, "evacuated", 230, qual="approx", src=LOCAL),
     M(R, "Sunday", D, "emergency", "2022-11-27"),
     M(R, "2 million euros", N, "aid", 2, cls="eur"),

     M(T, "Sabtu (3/12/2022)", D, "final_day", "2022-12-03"),
     M(T, "12 orang", N, "dead", 12, SAT3),
     M(T, "Rabu (30/11/2022)", D, "wed_counts", "2022-11-30"),
     M(T, "11 korban tewas", N, "dead", 11, WED30),
     M(T, "1 orang hilang", N, "missing", 1, WED30, fall=True),
     M(T, "Sabtu, 26 November 2022", D, "slide", "2022-11-26"),
     M(T, "126 milimeter", N, "rain", 126, cls="mm"),
     M(T, "enam jam", N, "rain_hours", 6, cls="dur"),
     M(T, "Sekitar 230 warga", N, "evacuated", 230, qual="approx"),
     M(T, "2 juta euro", N, "aid", 2, cls="eur"),
     M(T, "delapan hari", N, "search_days", 8, cls="dur"),

     M(AN, "sekitar 230 orang", N, "evacuated", 230, qual="approx", src=DPC),
     M(AN, "Sabtu, 26 November 2022", D, "slide", "2022-11-26"),
     M(AN, "12 orang", N, "dead", 12, SAT3),
     M(AN, "3 Desember", D, "final_day", "2022-12-03"),
     M(AN, "delapan hari", N, "search_days", 8, cls="dur"),
     M(AN, "126 milimeter", N, "rain", 126, cls="mm"),
     M(AN, "enam jam", N, "rain_hours", 6, cls="dur"),
     M(AN, "2 juta euro", N, "aid", 2, cls="eur"),
    ]
    build("ischia-landslide-2022", "The landslide at Casamicciola Terme on Ischia (Saturday 26 November 2022): the "
          "interior minister's eight dead on Saturday morning lowered to one confirmed death (11 missing) that "
          "evening, then 7 dead and 5 missing on Sunday 27, 8 dead and 4 missing on Monday 28, 11 dead and 1 missing "
          "on Wednesday 30 November, 12 dead when the last victim was found on Saturday 3 December; 126 mm of rain in "
          "six hours; about 230 evacuated (the local authorities and the civil protection department); the state of emergency of Sunday 27 November with 2 million euros",
          False, ms, names)


def italy():
    R, K, A, T, AP = "reuters-mar05", "kompas-mar08", "antara-mar25", "tempo-jun02", "ap-jun07"
    # the count in progress early on Monday 5 March against the interior ministry's final count
    NIGHT, FIN = "2018-03-05T06", "2018-03-07"
    names = {
     "m5s_share": "5-Star's share for the lower house", "cr_share": "the centre-right bloc's share",
     "cl_share": "the centre-left bloc's share", "lega_share": "the League's share", "fi_share": "Forza Italia's share",
     "pd_share": "the Democratic Party's share", "turnout": "turnout", "turnout2013": "turnout in 2013",
     "chamber": "seats in the Chamber of Deputies", "majority": "seats needed for a majority in the Chamber",
     "senate": "elected senators", "age_leader": "5-Star's leader's age", "age_conte": "Conte's age",
     "cr_seats": "the centre-right's seats in the Chamber", "m5s_seats": "5-Star's seats in the Chamber",
     "cl_seats": "the centre-left's seats in the Chamber", "lega_seats": "the League's seats in the Chamber",
     "cr_senate": "the centre-right's seats in the Senate", "m5s_senate": "5-Star's seats in the Senate",
     "lega_senate": "the League's seats in the Senate", "coalition": "the coalition's seats in the Chamber",
     "casellati_votes": "votes for Casellati", "fico_votes": "votes for Fico", "ministers": "ministers",
     "weeks_since": "weeks from the election to the speakers' vote",
     "ch_ayes": "the Chamber's votes for the government", "ch_noes": "the Chamber's votes against",
     "ch_abst": "the Chamber's abstentions", "se_ayes": "the Senate's votes for the government",
     "se_noes": "the Senate's votes against", "se_abst": "the Senate's abstentions",
     # dates
     "election": "day of the election", "results_day": "day of the results on the night", "y2013": "the previous election",
     "speakers": "day the speakers were elected", "sworn": "day Conte was sworn in",
     "senate_vote": "day of the Senate's confidence vote", "chamber_vote": "day of the Chamber's confidence vote",
    }
    ms = [
     M(R, "Sunday", D, "election", "2018-03-04"),
     M(R, "Monday", D, "results_day", "2018-03-05"),
     M(R, "about 32%", N, "m5s_share", 32, NIGHT, qual="approx", cls="pct", fall=True),
     M(R, "about 37%", N, "cr_share", 37, NIGHT, qual="approx", cls="pct", fall=True),
     M(R, "about 17%", N, "lega_share", 17, NIGHT, qual="approx", cls="pct", fall=True),
     M(R, "about 14%", N, "fi_share", 14, NIGHT, qual="approx", cls="pct", fall=True),
     M(R, "about 73%", N, "turnout", 73, qual="approx", cls="pct"),
     M(R, "75.2%", N, "turnout2013", 75.2, cls="pct"),
     M(R, "2013", D, "y2013", "2013"),
     M(R, "630-seat", N, "chamber", 630),
     M(R, "316 seats", N, "majority", 316),
     M(R, "31-year-old", N, "age_leader", 31, cls="age"),

     M(K, "Minggu (4/3/2018)", D, "election", "2018-03-04"),
     M(K, "32,68 persen", N, "m5s_share", 32.68, FIN, cls="pct", fall=True),
     M(K, "37 persen", N, "cr_share", 37, FIN, cls="pct", fall=True),
     M(K, "22,85 persen", N, "cl_share", 22.85, FIN, cls="pct", fall=True),
     M(K, "17,35 persen", N, "lega_share", 17.35, FIN, cls="pct", fall=True),
     M(K, "14,01 persen", N, "fi_share", 14.01, FIN, cls="pct", fall=True),
     M(K, "18,76 persen", N, "pd_share", 18.76, FIN, cls="pct", fall=True),
     M(K, "265 kursi", N, "cr_seats", 265),
     M(K, "227 kursi", N, "m5s_seats", 227),
     M(K, "122 kursi", N, "cl_seats", 122),
     M(K, "630 kursi", N, "chamber", 630),
     M(K, "137 kursi", N, "cr_senate", 137),
     M(K, "112 kursi", N, "m5s_senate", 112),
     M(K, "72,94 persen", N, "turnout", 72.94, cls="pct"),

     M(A, "Sabtu (24/3/2018)", D, "speakers", "2018-03-24"),
     M(A, "240 suara", N, "casellati_votes", 240),
     M(A, "442 suara", N, "fico_votes", 442, planted=True),
     M(A, "tiga pekan", N, "weeks_since", 3, cls="dur"),
     M(A, "4 Maret", D, "election", "2018-03-04"),
     M(A, "32,68 persen", N, "m5s_share", 32.68, FIN, cls="pct", fall=True),
     M(A, "630 orang", N, "chamber", 630),
     M(A, "315 anggota", N, "senate", 315),

     M(T, "Jumat (1/6/2018)", D, "sworn", "2018-06-01"),
     M(T, "53 tahun", N, "age_conte", 53, cls="age"),
     M(T, "18 menteri", N, "ministers", 18),
     M(T, "4 Maret 2018", D, "election", "2018-03-04"),
     M(T, "227 kursi", N, "m5s_seats", 227),
     M(T, "125 kursi", N, "lega_seats", 125),
     M(T, "352", N, "coalition", 352),
     M(T, "630 kursi", N, "chamber", 630),
     M(T, "112 kursi", N, "m5s_senate", 112),
     M(T, "58 kursi", N, "lega_senate", 58),

     M(AP, "Wednesday", D, "chamber_vote", "2018-06-06"),
     M(AP, "350-236", N, "ch_ayes", 350, also=(("ch_noes", 236),)),
     M(AP, "35 abstentions", N, "ch_abst", 35),
     M(AP, "Tuesday", D, "senate_vote", "2018-06-05"),
     M(AP, "171-117", N, "se_ayes", 171, also=(("se_noes", 117),)),
     M(AP, "25 abstentions", N, "se_abst", 25),
     M(AP, "June 2", D, "sworn", "2018-06-02", planted=True),
     M(AP, "227 seats", N, "m5s_seats", 227),
     M(AP, "125", N, "lega_seats", 125),
     M(AP, "32.7%", N, "m5s_share", 32.68, FIN, qual="approx", cls="pct", fall=True),
     M(AP, "March 4", D, "election", "2018-03-04"),
     M(AP, "17.4%", N, "lega_share", 17.35, FIN, qual="approx", cls="pct", fall=True),
     M(AP, "352", N, "coalition", 352),
     M(AP, "630 seats", N, "chamber", 630),
     M(AP, "316", N, "majority", 316),
     M(AP, "112", N, "m5s_senate", 112),
     M(AP, "58 seats", N, "lega_senate", 58),
     M(AP, "March 24", D, "speakers", "2018-03-24"),
     M(AP, "422 votes", N, "fico_votes", 422),
    ]
    build("italy-general-election-2018", "Italy's parliamentary election of Sunday 4 March 2018: the count on the night (5-Star "
          "about 32%, the centre-right about 37%, the League about 17%, Forza Italia about 14%) against the interior "
          "ministry's final count (32.68%, 37%, 17.35%, 14.01%; the centre-left 22.85%, the Democratic Party 18.76%; "
          "turnout 72.94% against 75.2% in 2013); Chamber seats 265, 227 and 122 of 630 (316 for a majority), Senate "
          "seats 137 and 112 of 315; the speakers elected on Saturday 24 March (Casellati 240 votes, Fico 422); "
          "Conte sworn in on Friday 1 June with 18 ministers; confidence votes of 171-117 (25 abstentions) in the "
          "Senate on Tuesday 5 June and 350-236 (35 abstentions) in the Chamber on Wednesday 6 June 2018",
          False, ms, names)


def inditex():
    R, K, B, C = "reuters-mar13", "kontan-mar14", "bloomberg-mar16", "cnbcindonesia-mar15"
    names = {
     "profit": "net profit (billion euros)", "profit_growth": "growth of net profit", "sales": "sales (billion euros)",
     "sales_growth": "growth of sales", "cc_growth": "growth of sales at constant currencies",
     "margin": "gross margin", "dividend": "dividend per share (euros)", "div_growth": "growth of the dividend",
     "instalment": "each instalment of the dividend (euros)", "spring_growth": "sales growth from 1 February to 11 March",
     # dates
     "results_day": "day of the results", "fy_end": "end of the fiscal year", "pay1": "month of the first payment",
     "pay2": "month of the second payment", "spring_from": "start of the early-season period",
     "spring_to": "end of the early-season period", "chair_since": "month Marta Ortega became chair",
    }
    ms = [
     M(R, "Wednesday", D, "results_day", "2024-03-13"),
     M(R, "30%", N, "profit_growth", 30, cls="pct"),
     M(R, "5.38 billion euros", N, "profit", 5.38, cls="eurbn"),
     M(R, "Jan. 31", D, "fy_end", "2024-01-31"),
     M(R, "10.4%", N, "sales_growth", 10.4, cls="pct"),
     M(R, "35.9 billion euros", N, "sales", 35.9, cls="eurbn"),
     M(R, "14.8%", N, "cc_growth", 14.8, cls="pct"),
     M(R, "57.8%", N, "margin", 57.8, cls="pct"),
     M(R, "1.54 euros", N, "dividend", 1.54, cls="eur"),
     M(R, "28%", N, "div_growth", 28, cls="pct"),
     M(R, "0.77 euros", N, "instalment", 0.77, cls="eur"),
     M(R, "May", D, "pay1", "2024-05"),
     M(R, "November", D, "pay2", "2024-11"),
     M(R, "11%", N, "spring_growth", 11, cls="pct"),
     M(R, "Feb. 1", D, "spring_from", "2024-02-01"),
     M(R, "March 11", D, "spring_to", "2024-03-11"),

     M(K, "5,38 miliar euro", N, "profit", 5.38, cls="eurbn"),
     M(K, "31 Januari 2024", D, "fy_end", "2024-01-31"),
     M(K, "30 persen", N, "profit_growth", 30, cls="pct"),
     M(K, "Rabu, 13 Maret 2024", D, "results_day", "2024-03-13"),
     M(K, "10,4 persen", N, "sales_growth", 10.4, cls="pct"),
     M(K, "35,9 miliar euro", N, "sales", 35.9, cls="eurbn"),
     M(K, "14,8 persen", N, "cc_growth", 14.8, cls="pct"),
     M(K, "57,8 persen", N, "margin", 57.8, cls="pct"),
     M(K, "1,54 euro", N, "dividend", 1.54, cls="eur"),
     M(K, "28 persen", N, "div_growth", 28, cls="pct"),
     M(K, "0,77 euro", N, "instalment", 0.77, cls="eur"),
     M(K, "Mei", D, "pay1", "2024-05"),
     M(K, "November", D, "pay2", "2024-11"),
     M(K, "1 Februari", D, "spring_from", "2024-02-01"),
     M(K, "11 Maret", D, "spring_to", "2024-03-11"),
     M(K, "11 persen", N, "spring_growth", 11, cls="pct"),

     M(B, "1.54 euros", N, "dividend", 1.54, cls="eur"),
     M(B, "28%", N, "div_growth", 28, cls="pct"),
     M(B, "30%", N, "profit_growth", 30, cls="pct"),
     M(B, "5.38 billion euros", N, "profit", 5.38, cls="eurbn"),
     M(B, "Wednesday, March 13", D, "results_day", "2024-03-13"),
     M(B, "January 31, 2024", D, "fy_end", "2024-01-31"),
     M(B, "10.4%", N, "sales_growth", 10.4, cls="pct"),
     M(B, "35.9 billion euros", N, "sales", 35.9, cls="eurbn"),
     M(B, "14.8%", N, "cc_growth", 14.8, cls="pct"),
     M(B, "57.8%", N, "margin", 57.8, cls="pct"),
     M(B, "0.77 euros", N, "instalment", 0.77, cls="eur"),
     M(B, "May", D, "pay1", "2024-05"),
     M(B, "November", D, "pay2", "2024-11"),
     M(B, "Feb. 1", D, "spring_from", "2024-02-01"),
     M(B, "March 11", D, "spring_to", "2024-03-11"),
     M(B, "11%", N, "spring_growth", 11, cls="pct"),

     M(C, "35,9 miliar euro", N, "sales", 35.9, cls="eurbn"),
     M(C, "10,4%", N, "sales_growth", 10.4, cls="pct"),
     M(C, "30%", N, "profit_growth", 30, cls="pct"),
     M(C, "5,38 miliar euro", N, "profit", 5.38, cls="eurbn"),
     M(C, "Rabu (13/3/2024)", D, "results_day", "2024-03-13"),
     M(C, "31 Januari 2024", D, "fy_end", "2024-01-31"),
     M(C, "14,8%", N, "cc_growth", 14.8, cls="pct"),
     M(C, "57,8%", N, "margin", 57.8, cls="pct"),
     M(C, "28%", N, "div_growth", 28, cls="pct"),
     M(C, "1,54 euro", N, "dividend", 1.54, cls="eur"),
     M(C, "0,77 euro", N, "instalment", 0.77, cls="eur"),
     M(C, "Mei", D, "pay1", "2024-05"),
     M(C, "November", D, "pay2", "2024-11"),
     M(C, "1 Februari", D, "spring_from", "2024-02-01"),
     M(C, "11 Maret 2024", D, "spring_to", "2024-03-11"),
     M(C, "11%", N, "spring_growth", 11, cls="pct"),
     M(C, "April 2022", D, "chair_since", "2022-04"),
    ]
    build("inditex-results-2024", "Inditex's annual results (control) of Wednesday 13 March 2024 for the fiscal year "
          "to 31 January 2024: net profit up 30% to 5.38 billion euros, sales up 10.4% to 35.9 billion euros (14.8% "
          "at constant currencies), a gross margin of 57.8%, a dividend of 1.54 euros a share (up 28%) in two "
          "payments of 0.77 euros in May and November, sales up 11% at constant currencies from 1 February to "
          "11 March 2024. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    ischia()
    italy()
    inditex()
