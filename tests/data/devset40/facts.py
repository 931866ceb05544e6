"""The fortieth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset40/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def sumedang():
    A, R, K, J, T = "antara-jan10", "reuters-jan12", "kompas-jan14", "jakartapost-jan19", "detik-jan10"
    names = {
     "dead": "death toll of the Cimanggung landslides", "missing": "people missing", "injured": "people injured",
     "disp": "people displaced", "houses": "houses damaged or buried", "reloc": "houses in the red zone to relocate",
     "families": "families relocated", "moved": "families already in new homes", "rent": "monthly rent aid",
     "found13": "bodies found by Wednesday night", "volunteers": "volunteers among the dead",
     "excavators": "excavators at work", "banjarnegara": "dead in the 2014 Banjarnegara landslide",
     "emerg_days": "length of the emergency response period", "search_days": "planned length of the search",
     "ext_days": "length of the search's extension", "gap": "hours between the two slides",
     # dates
     "slide": "day of the two landslides", "toll10": "day the 11 dead were counted", "toll11": "day the 13 (then 12) dead were counted",
     "toll12": "day the 15 dead were counted", "toll13": "day the 24 dead were counted",
     "emerg_start": "start of the emergency response period", "rainhalt": "day fresh rain halted the search",
     "visit": "day BNPB's head visited", "evaluation": "day the search was to be reviewed",
     "extension": "day the search was extended", "search_end": "day the search was called off",
     "emerg_end": "end of the emergency response period", "prayer": "day of the anniversary prayer",
     "y2014": "month of the Banjarnegara landslide",
    }
    ms = [
     M(A, "11 orang", N, "dead", 11, "2021-01-10"),
     M(A, "Minggu (10/1/2021)", D, "toll10", "2021-01-10"),
     M(A, "Sabtu (9/1/2021)", D, "slide", "2021-01-09"),
     M(A, "18 orang", N, "missing", 18, "2021-01-10", fall=True),
     M(A, "14 hari", N, "emerg_days", 14, cls="dur"),
     M(A, "Minggu", D, "emerg_start", "2021-01-10", occ=2),
     M(A, "Sedikitnya 29 rumah", N, "houses", 29, qual="atleast"),

     M(R, "15", N, "dead", 15, "2021-01-12"),
     M(R, "Tuesday", D, "toll12", "2021-01-12"),
     M(R, "25 people", N, "missing", 25, "2021-01-12", fall=True),
     M(R, "Saturday", D, "slide", "2021-01-09"),
     M(R, "about three hours", N, "gap", 3, qual="approx", cls="dur"),
     M(R, "13", N, "dead", 13, "2021-01-11T12"),
     M(R, "Monday", D, "toll11", "2021-01-11"),
     M(R, "Twenty-five people", N, "injured", 25),
     M(R, "1,020 people", N, "disp", 1020, "2021-01-12", src="BNPB", fall=True),
     M(R, "two excavators", N, "excavators", 2),
     M(R, "Monday", D, "rainhalt", "2021-01-11", occ=2),
     M(R, "December 2014", D, "y2014", "2014-12"),
     M(R, "more than 90 people", N, "banjarnegara", 90, qual="morethan"),

     M(K, "lima jenazah", N, "found13", 5),
     M(K, "24 orang", N, "dead", 24, "2021-01-13"),
     M(K, "Rabu (13/1/2021)", D, "toll13", "2021-01-13"),
     M(K, "16 orang", N, "missing", 16, "2021-01-13", fall=True),
     M(K, "Senin (11/1/2021)", D, "toll11", "2021-01-11"),
     M(K, "13 orang", N, "dead", 13, "2021-01-11T12"),
     M(K, "12 orang", N, "dead", 12, "2021-01-11T20"),
     M(K, "1.125 warga", N, "disp", 1125, "2021-01-13", src="BPBD Sumedang", fall=True),
     M(K, "Selasa (12/1/2021)", D, "visit", "2021-01-12"),
     M(K, "sekitar 100 rumah", N, "reloc", 100, qual="approx"),
     M(K, "tujuh hari", N, "search_days", 7, cls="dur"),
     M(K, "Sabtu (16/1/2021)", D, "evaluation", "2021-01-16"),
     M(K, "Sabtu (9/1/2021)", D, "slide", "2021-01-09"),
     M(K, "25 orang", N, "injured", 25),

     M(J, "Sunday, Jan. 17", D, "search_end", "2021-01-17", planted=True),
     M(J, "40 people", N, "dead", 40, "2021-01-18"),
     M(J, "seven days", N, "search_days", 7, cls="dur"),
     M(J, "three days", N, "ext_days", 3, cls="dur"),
     M(J, "Saturday, Jan. 16", D, "extension", "2021-01-16"),
     M(J, "eight people", N, "missing", 8, "2021-01-16", fall=True),
     M(J, "32", N, "dead", 32, "2021-01-16"),
     M(J, "Saturday, Jan. 9", D, "slide", "2021-01-09"),
     M(J, "Twenty-five people", N, "injured", 25),
     M(J, "About 1,000 people", N, "disp", 1000, "2021-01-18", qual="approx", fall=True),
     M(J, "14-day", N, "emerg_days", 14, cls="dur"),
     M(J, "Jan. 23", D, "emerg_end", "2021-01-23"),

     M(T, "Sabtu (9/1/2021)", D, "slide", "2021-01-09"),
     M(T, "40 orang", N, "dead", 40, "2021-01-18"),
     M(T, "Senin (18/1/2021)", D, "search_end", "2021-01-18"),
     M(T, "Minggu (9/1/2022)", D, "prayer", "2022-01-09"),
     M(T, "100 keluarga", N, "families", 100),
     M(T, "60 keluarga", N, "moved", 60, "2022-01-09"),
     M(T, "Rp 500.000", N, "rent", 500000, cls="money"),
     M(T, "40 korban", N, "dead", 40, "2021-01-18"),
     M(T, "dua relawan", N, "volunteers", 2),
    ]
    build("sumedang-landslide-2021", "Landslides at Cihanjuang, Cimanggung, Sumedang, West Java (Saturday 9 January "
          "2021, two slides that evening): the toll rising over nine days (11 -> 13, corrected to 12 for a body counted "
          "twice -> 15 -> 24 -> 32 -> 40) beside the missing (18 -> 25 as families reported -> 16 -> 8 -> none), the "
          "injured, two agencies' counts of the displaced, houses damaged and to relocate, a recalled landslide; dates "
          "of the slides, the counts, a visit, the search's extension and end, the emergency period, a year-later "
          "prayer", False, ms, names)


def ghana():
    R, K, G, T, B = "reuters-dec08", "kompas-dec10", "graphic-dec13", "tempo-jan07", "bbc-jan08"
    names = {
     "m_votes": "Mahama's votes", "b_votes": "Bawumia's votes", "m_share": "Mahama's share",
     "b_share": "Bawumia's share", "other_share": "the other candidates' share", "turnout": "turnout",
     "registered": "registered voters", "ndc_seats": "NDC seats in parliament", "npp_seats": "NPP seats in parliament",
     "ind_seats": "independents' seats", "seats_total": "seats in parliament", "npp2020": "NPP seats after 2020",
     "ndc2020": "NDC seats after 2020", "akufo2020": "Akufo-Addo's share in 2020", "mahama2020": "Mahama's share in 2020",
     "age_m": "Mahama's age", "infl_peak": "inflation's peak in 2022", "infl_nov": "inflation in November 2024",
     "imf": "the IMF loan", "ministers": "ministers Mahama promised", "years_out": "years Mahama was out of office",
     # dates
     "election": "day of the election", "concession": "day Bawumia conceded", "declaration": "day the commission declared the result",
     "seats9": "day the NDC's 150 seats were counted", "seats_day": "day the parliamentary results were completed",
     "inaug": "day of the inauguration", "y2020": "year of the previous election", "peak": "time of inflation's peak",
     "novmonth": "month of the 23% inflation", "imf_year": "year the IMF loan was agreed",
    }
    ms = [
     M(R, "Sunday", D, "concession", "2024-12-08"),
     M(R, "Saturday", D, "election", "2024-12-07"),
     M(R, "nearly 18.8 million people", N, "registered", 18.8e6, qual="nearly"),
     M(R, "66", N, "age_m", 66, cls="age"),
     M(R, "2020", D, "y2020", "2020"),
     M(R, "51.3%", N, "akufo2020", 51.3, cls="pct"),
     M(R, "47.4%", N, "mahama2020", 47.4, cls="pct"),
     M(R, "Jan. 7", D, "inaug", "2025-01-07"),
     M(R, "54%", N, "infl_peak", 54, qual="morethan", cls="pct"),
     M(R, "late 2022", D, "peak", "2022"),
     M(R, "$3 billion", N, "imf", 3e9, cls="money"),

     M(K, "Senin (9/12/2024)", D, "declaration", "2024-12-09"),
     M(K, "56,55 persen", N, "m_share", 56.55, cls="pct"),
     M(K, "6.238.397 suara", N, "m_votes", 6238397, planted=True),
     M(K, "4.657.304 suara", N, "b_votes", 4657304),
     M(K, "41,61 persen", N, "b_share", 41.61, cls="pct"),
     M(K, "60,9 persen", N, "turnout", 60.9, cls="pct"),
     M(K, "Minggu (8/12/2024)", D, "concession", "2024-12-08"),
     M(K, "Sabtu (7/12/2024)", D, "election", "2024-12-07"),
     M(K, "Senin", D, "seats9", "2024-12-09", occ=2),
     M(K, "150", N, "ndc_seats", 150, "2024-12-09"),
     M(K, "276 kursi", N, "seats_total", 276),
     M(K, "66 tahun", N, "age_m", 66, cls="age"),
     M(K, "7 Januari 2025", D, "inaug", "2025-01-07"),
     M(K, "3 miliar dolar AS", N, "imf", 3e9, cls="money"),

     M(G, "183", N, "ndc_seats", 183, "2024-12-12"),
     M(G, "276 seats", N, "seats_total", 276),
     M(G, "Thursday", D, "seats_day", "2024-12-12"),
     M(G, "88 seats", N, "npp_seats", 88, "2024-12-12"),
     M(G, "four", N, "ind_seats", 4, "2024-12-12"),
     M(G, "Monday", D, "declaration", "2024-12-09"),
     M(G, "6,328,397 votes", N, "m_votes", 6328397),
     M(G, "56.55 per cent", N, "m_share", 56.55, cls="pct"),
     M(G, "4,657,304 votes", N, "b_votes", 4657304),
     M(G, "41.61 per cent", N, "b_share", 41.61, cls="pct"),
     M(G, "1.84 per cent", N, "other_share", 1.84, cls="pct"),
     M(G, "60.9 per cent", N, "turnout", 60.9, cls="pct"),
     M(G, "18,774,159", N, "registered", 18774159),
     M(G, "137 seats each", N, "npp2020", 137, also={"ndc2020": 137}),
     M(G, "2020", D, "y2020", "2020"),
     M(G, "January 7, 2025", D, "inaug", "2025-01-07"),

     M(T, "Selasa (7/1/2025)", D, "inaug", "2025-01-07"),
     M(T, "delapan tahun", N, "years_out", 8, cls="dur"),
     M(T, "7 Desember 2024", D, "election", "2024-12-07"),
     M(T, "sekitar 56,6 persen", N, "m_share", 56.6, qual="approx", cls="pct"),
     M(T, "183 kursi", N, "ndc_seats", 183, "2024-12-12"),
     M(T, "276 orang", N, "seats_total", 276),
     M(T, "54 persen", N, "infl_peak", 54, qual="morethan", cls="pct"),
     M(T, "akhir 2022", D, "peak", "2022"),
     M(T, "sekitar 23 persen", N, "infl_nov", 23, qual="approx", cls="pct"),
     M(T, "November 2024", D, "novmonth", "2024-11"),

     M(B, "Tuesday", D, "inaug", "2025-01-07"),
     M(B, "eight years", N, "years_out", 8, cls="dur"),
     M(B, "66-year-old", N, "age_m", 66, cls="age"),
     M(B, "more than 6.3 million votes", N, "m_votes", 6.3e6, qual="morethan"),
     M(B, "56.55%", N, "m_share", 56.55, cls="pct"),
     M(B, "41.16%", N, "b_share", 41.16, cls="pct", planted=True),
     M(B, "60.9%", N, "turnout", 60.9, cls="pct"),
     M(B, "8 December", D, "concession", "2024-12-08"),
     M(B, "9 December", D, "declaration", "2024-12-09"),
     M(B, "183", N, "ndc_seats", 183, "2024-12-12"),
     M(B, "276 seats", N, "seats_total", 276),
     M(B, "$3bn", N, "imf", 3e9, cls="money"),
     M(B, "2023", D, "imf_year", "2023"),
     M(B, "60 ministers", N, "ministers", 60),
    ]
    build("ghana-election-2024", "Ghana's presidential and parliamentary elections (Saturday 7 December 2024): "
          "Bawumia's concession on the Sunday, the Electoral Commission's declaration on the Monday (Mahama 6,328,397 "
          "votes, 56.55%; Bawumia 4,657,304, 41.61%; turnout 60.9% of 18,774,159 registered), the NDC's seats rising "
          "(150 -> 183 of 276), the 2020 election's shares and seats recalled, inflation and the IMF loan; the "
          "inauguration on Tuesday 7 January 2025", False, ms, names)


def china():
    R, C, S, A = "reuters-oct18", "cnbcindonesia-oct19", "scmp-oct20", "antara-oct21"
    names = {
     "q3": "year-on-year growth in the third quarter", "poll": "growth analysts forecast", "q2": "growth in the second quarter",
     "qoq": "quarter-on-quarter growth", "ytd": "growth in the first nine months", "target": "the 2023 growth target",
     "retail": "retail sales growth in September", "indprod": "industrial output growth in September",
     "fai": "fixed-asset investment growth in nine months", "prop": "fall in property investment in nine months",
     "unemp": "urban unemployment rate in September", "unemp_aug": "urban unemployment rate in August",
     "gdp_level": "GDP in the first nine months (yuan)", "gdp_usd": "GDP in the first nine months (US dollars)",
     "nine": "months of the year-to-date figures",
     # dates
     "release": "day of the release", "sept": "month of the monthly figures", "aug": "month of the earlier jobless rate",
     "youth_susp": "month the youth jobless figures were suspended", "target_year": "year of the target",
     "march": "month the target was set",
    }
    ms = [
     M(R, "4.9%", N, "q3", 4.9, cls="pct"),
     M(R, "Wednesday", D, "release", "2023-10-18"),
     M(R, "September", D, "sept", "2023-09"),
     M(R, "4.4%", N, "poll", 4.4, cls="pct"),
     M(R, "6.3%", N, "q2", 6.3, cls="pct"),
     M(R, "1.3%", N, "qoq", 1.3, cls="pct"),
     M(R, "nine months", N, "nine", 9, cls="dur"),
     M(R, "5.2%", N, "ytd", 5.2, cls="pct"),
     M(R, "around 5%", N, "target", 5, qual="approx", cls="pct"),
     M(R, "2023", D, "target_year", "2023"),
     M(R, "5.5%", N, "retail", 5.5, cls="pct"),
     M(R, "4.5%", N, "indprod", 4.5, cls="pct"),
     M(R, "3.1%", N, "fai", 3.1, cls="pct"),
     M(R, "9.1%", N, "prop", 9.1, cls="pct"),
     M(R, "5.0%", N, "unemp", 5.0, cls="pct"),
     M(R, "5.2%", N, "unemp_aug", 5.2, cls="pct", occ=2),
     M(R, "August", D, "aug", "2023-08"),

     M(C, "4,9 persen", N, "q3", 4.9, cls="pct"),
     M(C, "6,3 persen", N, "q2", 6.3, cls="pct"),
     M(C, "4,4 persen", N, "poll", 4.4, cls="pct"),
     M(C, "Rabu (18/10/2023)", D, "release", "2023-10-18"),
     M(C, "1,3 persen", N, "qoq", 1.3, cls="pct"),
     M(C, "5,2 persen", N, "ytd", 5.2, cls="pct"),
     M(C, "91,3 triliun yuan", N, "gdp_level", 91.3e12, cls="money"),
     M(C, "September", D, "sept", "2023-09", occ=2),
     M(C, "5,5 persen", N, "retail", 5.5, cls="pct"),
     M(C, "4,5 persen", N, "indprod", 4.5, cls="pct"),
     M(C, "3,1 persen", N, "fai", 3.1, cls="pct"),
     M(C, "sembilan bulan", N, "nine", 9, cls="dur"),
     M(C, "9,1 persen", N, "prop", 9.1, cls="pct"),
     M(C, "5,0 persen", N, "unemp", 5.0, cls="pct"),
     M(C, "5,2 persen", N, "unemp_aug", 5.2, cls="pct", occ=2),
     M(C, "Agustus", D, "aug", "2023-08"),
     M(C, "sekitar 5 persen", N, "target", 5, qual="approx", cls="pct"),

     M(S, "4.9%", N, "q3", 4.9, cls="pct"),
     M(S, "Wednesday", D, "release", "2023-10-18"),
     M(S, "5.2%", N, "ytd", 5.2, cls="pct"),
     M(S, "91.3 trillion yuan", N, "gdp_level", 91.3e12, cls="money"),
     M(S, "US$12.5 trillion", N, "gdp_usd", 12.5e12, cls="money"),
     M(S, "1.3%", N, "qoq", 1.3, cls="pct"),
     M(S, "5.5%", N, "retail", 5.5, cls="pct"),
     M(S, "4.5%", N, "indprod", 4.5, cls="pct"),
     M(S, "September", D, "sept", "2023-09", occ=2),
     M(S, "9.1%", N, "prop", 9.1, cls="pct"),
     M(S, "nine months", N, "nine", 9, cls="dur"),
     M(S, "3.1%", N, "fai", 3.1, cls="pct"),
     M(S, "August", D, "youth_susp", "2023-08"),
     M(S, "5.0%", N, "unemp", 5.0, cls="pct"),
     M(S, "6.3%", N, "q2", 6.3, cls="pct"),
     M(S, "2023", D, "target_year", "2023"),
     M(S, "March", D, "march", "2023-03"),
     M(S, "around 5%", N, "target", 5, qual="approx", cls="pct"),

     M(A, "4,9 persen", N, "q3", 4.9, cls="pct"),
     M(A, "Rabu (18/10/2023)", D, "release", "2023-10-18"),
     M(A, "4,4 persen", N, "poll", 4.4, cls="pct"),
     M(A, "6,3 persen", N, "q2", 6.3, cls="pct"),
     M(A, "5,2 persen", N, "ytd", 5.2, cls="pct"),
     M(A, "sekitar 5 persen", N, "target", 5, qual="approx", cls="pct"),
     M(A, "5,5 persen", N, "retail", 5.5, cls="pct"),
     M(A, "4,5 persen", N, "indprod", 4.5, cls="pct"),
     M(A, "September 2023", D, "sept", "2023-09"),
     M(A, "9,1 persen", N, "prop", 9.1, cls="pct"),
     M(A, "5,0 persen", N, "unemp", 5.0, cls="pct"),
     M(A, "1,3 persen", N, "qoq", 1.3, cls="pct"),
    ]
    build("china-gdp-2023", "China's third-quarter GDP release (control): published by the National Bureau of "
          "Statistics on Wednesday 18 October 2023; growth of 4.9% year on year (4.4% forecast, 6.3% in the second "
          "quarter), 1.3% on the quarter, 5.2% in the first nine months (91.3 trillion yuan) against a target of "
          "around 5%; September's retail sales 5.5%, industrial output 4.5%, unemployment 5.0% (5.2% in August); "
          "fixed-asset investment 3.1%, property investment down 9.1%. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    sumedang()
    ghana()
    china()
