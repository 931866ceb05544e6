"""The three-hundred-and-twentieth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset320/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.devset import find_mention  # noqa: E402
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def recife():
    K, R, T, A = "kompas-may30", "reuters-may31", "detik-jun3", "ap-jun21"
    # as-of times of the running tallies: Sunday 29 May 2022 at night (44 dead), Monday 30 May in the morning (84
    # dead, 56 missing, about 3,900 displaced, 39 dead in Jaboatao), Tuesday 31 May (91 dead, 26 missing, more than
    # 5,000 displaced, 19 dead in one slope collapse), Wednesday 1 June (107), Thursday 2 June (106 after a double
    # count was struck off: a revision; 10 missing, more than 6,200 displaced, 64 in Jaboatao), the final count of
    # Wednesday 8 June (128, more than 60 in Jaboatao), mid-June (more than 9,000 displaced). The missing may fall.
    SUN, MON, TUE, WED, THU, JUN8, JUN15 = ("2022-05-29", "2022-05-30", "2022-05-31", "2022-06-01", "2022-06-02",
                                            "2022-06-08", "2022-06-15")
    APAC, INMET = "the state climate agency Apac", "the national weather institute Inmet"
    names = {
     "dead": "people killed in Pernambuco", "missing": "people missing", "displaced": "people displaced",
     "dead_jab": "dead in Jaboatao dos Guararapes", "dead_slope": "dead in the Jardim Monte Verde slope collapse",
     "rain": "rain in 24 hours in parts of Recife (mm)", "fund": "federal emergency funds (billion reais)",
     # dates
     "rain_start": "day the rain began", "slides": "day of the worst landslides", "count_sun": "day of the count of 44",
     "count_mon": "day of the count of 84", "count_tue": "day of the count of 91", "count_wed": "day of the count of 107",
     "count_thu": "day of the count of 106", "count_final": "day of the final count", "flyover": "day of the president's flight over the area",
    }
    ms = [
     M(K, "Jumat (27/5/2022)", D, "rain_start", "2022-05-27"),
     M(K, "Senin (30/5/2022)", D, "count_mon", "2022-05-30"),
     M(K, "sedikitnya 84 orang", N, "dead", 84, MON, qual="atleast"),
     M(K, "56 orang", N, "missing", 56, MON, fall=True),
     M(K, "Minggu (29/5/2022)", D, "count_sun", "2022-05-29"),
     M(K, "44 orang", N, "dead", 44, SUN),
     M(K, "Sabtu (28/5/2022)", D, "slides", "2022-05-28"),
     M(K, "39 orang", N, "dead_jab", 39, MON),
     M(K, "236 milimeter", N, "rain", 236, src=APAC, cls="mm"),
     M(K, "lebih dari 3.900 orang", N, "displaced", 3900, MON, qual="morethan"),
     M(K, "Senin siang", D, "flyover", "2022-05-30"),

     M(R, "91", N, "dead", 91, TUE),
     M(R, "Tuesday", D, "count_tue", "2022-05-31"),
     M(R, "26 people", N, "missing", 26, TUE, fall=True),
     M(R, "84", N, "dead", 84, MON),
     M(R, "Monday morning", D, "count_mon", "2022-05-30"),
     M(R, "More than 5,000 people", N, "displaced", 5000, TUE, qual="morethan"),
     M(R, "about 3,900", N, "displaced", 3900, MON, qual="approx"),
     M(R, "Saturday", D, "slides", "2022-05-28"),
     M(R, "Monday", D, "flyover", "2022-05-30", occ=2),
     M(R, "236 millimeters", N, "rain", 236, src=APAC, cls="mm"),
     M(R, "about 170 millimeters", N, "rain", 170, qual="approx", src=INMET, cls="mm"),
     M(R, "at least 19 people", N, "dead_slope", 19, TUE, qual="atleast"),

     M(T, "106 orang", N, "dead", 106, THU),
     M(T, "Kamis (2/6/2022)", D, "count_thu", "2022-06-02"),
     M(T, "107 korban", N, "dead", 107, WED),
     M(T, "Rabu (1/6/2022)", D, "count_wed", "2022-06-01"),
     M(T, "10 orang", N, "missing", 10, THU, fall=True),
     M(T, "lebih dari 6.200 orang", N, "displaced", 6200, THU, qual="morethan"),
     M(T, "64 orang", N, "dead_jab", 64, THU),
     M(T, "Selasa (31/5/2022)", D, "count_tue", "2022-05-31"),
     M(T, "97 orang", N, "dead", 97, TUE, planted=True),
     M(T, "26 orang", N, "missing", 26, TUE, fall=True),
     M(T, "Minggu (29/5/2022)", D, "slides", "2022-05-29", planted=True),
     M(T, "Senin (30/5/2022)", D, "flyover", "2022-05-30"),
     M(T, "1 miliar real", N, "fund", 1, cls="brl"),

     M(A, "128 dead", N, "dead", 128, JUN8),
     M(A, "June 8", D, "count_final", "2022-06-08"),
     M(A, "107 dead", N, "dead", 107, WED),
     M(A, "June 1", D, "count_wed", "2022-06-01"),
     M(A, "More than 60", N, "dead_jab", 60, JUN8, qual="morethan"),
     M(A, "More than 9,000 people", N, "displaced", 9000, JUN15, qual="morethan"),
     M(A, "May 27", D, "rain_start", "2022-05-27"),
     M(A, "Saturday", D, "slides", "2022-05-28"),
     M(A, "May 30", D, "flyover", "2022-05-30"),
     M(A, "1 billion reais", N, "fund", 1, cls="brl"),
     M(A, "236 millimeters", N, "rain", 236, src=APAC, cls="mm"),
    ]
    build("recife-floods-2022", "Floods and landslides around Recife, Pernambuco, north-eastern Brazil (rain from Friday "
          "27 May 2022, the worst slides on Saturday 28 May): the state's toll rising 44 on Sunday night -> 84 on Monday "
          "morning -> 91 on Tuesday -> 107 on Wednesday 1 June, corrected down to 106 on Thursday 2 June (a double count), "
          "128 in the final count of 8 June; the missing falling 56 -> 26 -> 10; the displaced rising about 3,900 -> "
          "more than 5,000 -> more than 6,200 -> more than 9,000; Jaboatao dos Guararapes' dead 39 -> 64 -> more than "
          "60; the rain measured by Apac (236 mm) and Inmet (about 170 mm); the president's flight over the area on "
          "Monday 30 May; 1 billion reais in federal funds", False, ms, names)


def chile():
    R, K, T, A = "reuters-feb4", "kompas-feb6", "antara-feb9", "ap-feb27"
    # as-of times: Saturday 4 February 2023 in the morning (13 dead, 30 homes, Conaf's 39,000 hectares) and at night
    # (22 dead), Sunday 5 February (24 dead, 979 injured, more than 800 homes, Conaf's 270,000 hectares against
    # Senapred's near 300,000, seven arrested), Wednesday 8 February (25 dead, 1,180 injured, 1,150 homes, Conaf's more
    # than 300,000 hectares, 11 arrested), the final count by 27 February (26 dead, more than 430,000 hectares, more
    # than 1,600 homes, more than 40 detained). The state of catastrophe (Friday 3 February for Nuble and Biobio,
    # Saturday 4 February for Araucania) and the helicopter crash (Friday 3 February) do not change with the report.
    SATM, SATN, SUN, WED, FIN = "2023-02-04a", "2023-02-04b", "2023-02-05", "2023-02-08", "2023-02-27"
    CONAF, SENAPRED = "the forestry agency Conaf", "the disaster agency Senapred"
    names = {
     "dead": "people killed by the fires", "injured": "people injured", "houses": "homes destroyed",
     "burned": "hectares burned", "arrested": "people arrested over the fires", "fires": "fires active",
     "fought": "fires being fought", "temp": "temperature (degrees Celsius)", "heli_dead": "helicopter crew killed",
     "crews": "firefighters, soldiers and volunteers deployed", "regions": "regions under the state of catastrophe",
     # dates
     "catastrophe": "day the state of catastrophe was declared in Nuble and Biobio",
     "extension": "day it was extended to Araucania", "crash": "day of the helicopter crash",
     "count_sat": "day of the Saturday counts", "count_sun": "day of the Sunday count", "count_wed": "day of the count of 25",
    }
    ms = [
     M(R, "Friday", D, "catastrophe", "2023-02-03"),
     M(R, "At least 13 people", N, "dead", 13, SATM, qual="atleast"),
     M(R, "Saturday morning", D, "count_sat", "2023-02-04"),
     M(R, "Saturday", D, "extension", "2023-02-04", occ=2),
     M(R, "Friday", D, "crash", "2023-02-03", occ=2),
     M(R, "151 fires", N, "fires", 151, SATM),
     M(R, "65 of them", N, "fought", 65, SATM),
     M(R, "30 homes", N, "houses", 30, SATM),
     M(R, "40 degrees Celsius", N, "temp", 40, cls="temp"),
     M(R, "more than 39,000 hectares", N, "burned", 39000, SATM, qual="morethan", src=CONAF, cls="ha"),

     M(K, "24 orang", N, "dead", 24, SUN),
     M(K, "Minggu (5/2/2023)", D, "count_sun", "2023-02-05"),
     M(K, "22 orang", N, "dead", 22, SATN),
     M(K, "Sabtu (4/2/2023)", D, "count_sat", "2023-02-04"),
     M(K, "979 orang", N, "injured", 979, SUN),
     M(K, "lebih dari 800 rumah", N, "houses", 800, SUN, qual="morethan"),
     M(K, "sekitar 270.000 hektar", N, "burned", 270000, SUN, qual="approx", src=CONAF, cls="ha"),
     M(K, "mendekati 300.000 hektar", N, "burned", 300000, SUN, qual="nearly", src=SENAPRED, cls="ha"),
     M(K, "Jumat (3/2/2023)", D, "catastrophe", "2023-02-03"),
     M(K, "Sabtu (4/2/2023)", D, "extension", "2023-02-04", occ=2),
     M(K, "Dua korban", N, "heli_dead", 2),
     M(K, "pada Jumat", D, "crash", "2023-02-03"),
     M(K, "tujuh orang", N, "arrested", 7, SUN),
     M(K, "40 derajat Celsius", N, "temp", 40, cls="temp"),

     M(T, "25 orang", N, "dead", 25, WED),
     M(T, "Rabu (8/2/2023)", D, "count_wed", "2023-02-08"),
     M(T, "1.180 orang", N, "injured", 1180, WED),
     M(T, "1.150 rumah", N, "houses", 1150, WED),
     M(T, "lebih dari 300.000 hektar", N, "burned", 300000, WED, qual="morethan", src=CONAF, cls="ha"),
     M(T, "Minggu (5/2/2023)", D, "count_sun", "2023-02-05"),
     M(T, "24 orang", N, "dead", 24, SUN),
     M(T, "997 orang", N, "injured", 997, SUN, planted=True),
     M(T, "Kamis (2/2/2023)", D, "catastrophe", "2023-02-02", planted=True),
     M(T, "11 orang", N, "arrested", 11, WED),
     M(T, "tujuh orang", N, "arrested", 7, SUN),
     M(T, "Lebih dari 5.000 petugas", N, "crews", 5000, WED, qual="morethan"),

     M(A, "26 people", N, "dead", 26, FIN),
     M(A, "Feb. 3", D, "crash", "2023-02-03"),
     M(A, "Feb. 3", D, "catastrophe", "2023-02-03", occ=2),
     M(A, "Feb. 4", D, "extension", "2023-02-04"),
     M(A, "more than 430,000 hectares", N, "burned", 430000, FIN, qual="morethan", src=CONAF, cls="ha"),
     M(A, "1,600", N, "houses", 1600, FIN, qual="morethan"),
     M(A, "more than 40 people", N, "arrested", 40, FIN, qual="morethan"),
     M(A, "three regions", N, "regions", 3),
    ]
    build("chile-wildfires-2023", "Forest fires in south-central Chile (Nuble, Biobio and Araucania, February 2023): "
          "a state of catastrophe for Nuble and Biobio on Friday 3 February 2023, extended to Araucania on Saturday 4 "
          "February; a firefighting helicopter's crash near Galvarino on Friday 3 February; the toll rising 13 on "
          "Saturday morning -> 22 on Saturday night -> 24 on Sunday 5 February -> 25 on Wednesday 8 February -> 26 in "
          "the final count; the injured 979 -> 1,180, homes destroyed 30 -> more than 800 -> 1,150 -> more than 1,600, "
          "arrests 7 -> 11 -> more than 40; the burned area by Conaf (39,000 -> about 270,000 -> more than 300,000 -> "
          "more than 430,000 hectares) against Senapred's near 300,000 on Sunday", False, ms, names)


def years(art, text, skip=()):
    """Every whole-token occurrence of a bare year ``text`` in ``art``'s body, but those inside the spans of
    ``skip`` (longer date mentions)."""
    from consistency.load import load_articles
    body = {a.id: a.text for a in load_articles([ROOT / "brazil-gdp-2023"])}[art]
    spans = [find_mention(body, s) for s in skip]
    out, i = [], 1
    while (span := find_mention(body, text, i)) is not None:
        if not any(s and s[0] <= span[0] < s[1] for s in spans):
            out.append(M(art, text, D, "yr" + text, text, occ=i))
        i += 1
    return out


def brazil_gdp():
    R, K, B, A = "reuters-mar1", "kompas-mar2", "bisnis-mar4", "ap-mar5"
    names = {
     "growth": "GDP growth in 2023 (%)", "growth22": "GDP growth in 2022 (%)", "q4": "fourth-quarter growth (%)",
     "pc_growth": "GDP per capita growth (%)", "agri": "agriculture growth (%)", "ind": "industry growth (%)",
     "serv": "services growth (%)", "hh": "household consumption growth (%)", "gov": "government consumption growth (%)",
     "inv": "fixed investment's fall (%)", "exp": "exports' growth (%)", "imp": "imports' fall (%)",
     "invrate": "investment rate in 2023 (% of GDP)", "invrate22": "investment rate in 2022 (% of GDP)",
     "gdp": "GDP (trillion reais)", "pc": "GDP per capita (reais)",
     # dates
     "release": "day of the release", "yr2023": "the year 2023", "yr2022": "the year 2022", "yr2024": "the year 2024",
     "cuts": "month the rate cuts began",
    }
    P = partial(M, kind=N, cls="pct")

    def p(art, text, fact, value, occ=1, qual="exact"):
        return M(art, text, N, fact, value, cls="pct", occ=occ, qual=qual)

    ms = [
     p(R, "2.9%", "growth", 2.9), p(R, "3.0%", "growth22", 3.0), p(R, "15.1%", "agri", 15.1), p(R, "1.6%", "ind", 1.6),
     p(R, "2.4%", "serv", 2.4), p(R, "3.1%", "hh", 3.1), p(R, "1.7%", "gov", 1.7), p(R, "3.0%", "inv", 3.0, occ=2),
     p(R, "9.1%", "exp", 9.1), p(R, "1.2%", "imp", 1.2), p(R, "16.5%", "invrate", 16.5), p(R, "17.8%", "invrate22", 17.8),
     p(R, "2.2%", "pc_growth", 2.2),
     M(R, "10.9 trillion reais", N, "gdp", 10.9, cls="trn"), M(R, "50,194 reais", N, "pc", 50194, cls="brl"),
     M(R, "Friday", D, "release", "2024-03-01"), M(R, "2024", D, "yr2024", "2024"),

     p(K, "2,9 persen", "growth", 2.9), p(K, "0,0 persen", "q4", 0.0), p(K, "2,2 persen", "pc_growth", 2.2),
     p(K, "15,1 persen", "agri", 15.1), p(K, "1,6 persen", "ind", 1.6), p(K, "2,4 persen", "serv", 2.4),
     p(K, "3,1 persen", "hh", 3.1), p(K, "3,0 persen", "inv", 3.0), p(K, "1,7 persen", "gov", 1.7),
     p(K, "9,1 persen", "exp", 9.1), p(K, "1,2 persen", "imp", 1.2), p(K, "3,0 persen", "growth22", 3.0, occ=2),
     p(K, "16,5 persen", "invrate", 16.5), p(K, "17,8 persen", "invrate22", 17.8),
     M(K, "10,9 triliun real", N, "gdp", 10.9, cls="trn"), M(K, "50.194 real", N, "pc", 50194, cls="brl"),
     M(K, "Jumat (1/3/2024)", D, "release", "2024-03-01"),

     p(B, "2,9%", "growth", 2.9), p(B, "3,0%", "growth22", 3.0), p(B, "15,1%", "agri", 15.1), p(B, "2,4%", "serv", 2.4),
     p(B, "1,6%", "ind", 1.6), p(B, "2,2%", "pc_growth", 2.2), p(B, "3,1%", "hh", 3.1), p(B, "1,7%", "gov", 1.7),
     p(B, "3,0%", "inv", 3.0, occ=2), p(B, "9,1%", "exp", 9.1), p(B, "1,2%", "imp", 1.2), p(B, "16,5%", "invrate", 16.5),
     p(B, "17,8%", "invrate22", 17.8),
     M(B, "sekitar 10,9 triliun real", N, "gdp", 10.9, qual="approx", cls="trn"),
     M(B, "50.194 real", N, "pc", 50194, cls="brl"),
     M(B, "Jumat (1/3/2024)", D, "release", "2024-03-01"),

     p(A, "2.9%", "growth", 2.9), p(A, "3%", "growth22", 3.0), p(A, "15.1%", "agri", 15.1), p(A, "2.4%", "serv", 2.4),
     p(A, "1.6%", "ind", 1.6), p(A, "0.0%", "q4", 0.0), p(A, "3.1%", "hh", 3.1), p(A, "1.7%", "gov", 1.7),
     p(A, "9.1%", "exp", 9.1), p(A, "3.0%", "inv", 3.0), p(A, "1.2%", "imp", 1.2), p(A, "2.2%", "pc_growth", 2.2),
     p(A, "16.5%", "invrate", 16.5), p(A, "17.8%", "invrate22", 17.8),
     M(A, "about 10.9 trillion reais", N, "gdp", 10.9, qual="approx", cls="trn"),
     M(A, "50,194 reais", N, "pc", 50194, cls="brl"),
     M(A, "Friday", D, "release", "2024-03-01"), M(A, "March 1", D, "release", "2024-03-01"),
     M(A, "August 2023", D, "cuts", "2023-08"), M(A, "2024", D, "yr2024", "2024"),
    ]
    for art, skip in ((R, ()), (K, ()), (B, ()), (A, ("August 2023",))):
        ms += years(art, "2023", skip) + years(art, "2022", skip)
    build("brazil-gdp-2023", "IBGE's release of Brazil's 2023 GDP (control), Friday 1 March 2024: growth of 2.9% "
          "after 3.0% in 2022, a flat (0.0%) fourth quarter, GDP of 10.9 trillion reais, 50,194 reais per head (up "
          "2.2%), agriculture 15.1%, industry 1.6%, services 2.4%, household consumption 3.1%, government 1.7%, "
          "investment -3.0%, exports 9.1%, imports -1.2%, an investment rate of 16.5% of GDP against 17.8% in 2022. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    recife()
    chile()
    brazil_gdp()
