"""The table of facts behind the labels of the four-hundred-and-forty-second development set (issue 12): each mention of
a figure or date in the articles, written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset442/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def paeng():
    R, K, I, A = "reuters-oct28", "kompas-oct30", "inquirer-oct31", "antara-nov25"
    # as-of times of the running tallies: Friday 28 October 2022 (at least 67 dead in the autonomous region by its
    # interior minister against 42 by the national disaster council: sources), Sunday 30 October at 06:00 (72 dead,
    # 33 missing, 14 injured), Sunday evening (101, briefly), Monday 31 October at 08:00 (98 after three victims
    # counted twice were dropped: a revision; 63 missing, 69 injured), Friday 4 November (150 dead, 36 missing, 128
    # injured). The dead and the injured do not fall; the missing and the people in evacuation centres may.
    FRI, SUN6, SUN20, MON8, NOV4 = "2022-10-28", "2022-10-30a", "2022-10-30b", "2022-10-31", "2022-11-04"
    NDRRMC, BARMM = "the national disaster council (NDRRMC)", "the autonomous region's interior minister"
    names = {
     "dead": "people killed by the storm", "missing": "people missing", "injured": "people injured",
     "dead_mag": "people killed in Maguindanao (regional count)", "dead_kusiong": "bodies found in Kusiong",
     "houses_kusiong": "houses buried in Kusiong", "double": "victims counted twice",
     "affected": "people affected", "displaced": "people in evacuation centres", "storms_year": "storms a year",
     "regions": "regions under a state of calamity", "wind": "maximum sustained winds (km/h)",
     "gust": "gusts (km/h)", "agri": "damage to farms (pesos)", "months": "months of the state of calamity",
     # dates
     "count_fri": "day of the counts of 67 and 42", "rain": "night the rain began", "landfall": "day of the first landfall",
     "floods": "day of the floods and the Kusiong landslide", "count_sun6": "day of the count of 72",
     "count_sun20": "day of the count of 101", "count_mon": "day of the count of 98",
     "count_nov4": "day of the count of 150", "holiday": "All Saints' Day", "calamity": "day the state of calamity was declared",
    }
    ms = [
     M(R, "at least 67 people", N, "dead", 67, FRI, qual="atleast", src=BARMM),
     M(R, "Friday", D, "count_fri", "2022-10-28"),
     M(R, "Thursday", D, "rain", "2022-10-27"),
     M(R, "about 60 houses", N, "houses_kusiong", 60, qual="approx"),
     M(R, "42", N, "dead", 42, FRI, src=NDRRMC),
     M(R, "85 km", N, "wind", 85, cls="kmh"),
     M(R, "105 km", N, "gust", 105, cls="kmh"),
     M(R, "Saturday", D, "landfall", "2022-10-29"),
     M(R, "about 20 tropical storms", N, "storms_year", 20, qual="approx"),

     M(K, "72 orang", N, "dead", 72, SUN6, src=NDRRMC),
     M(K, "Minggu (30/10/2022)", D, "count_sun6", "2022-10-30"),
     M(K, "33 orang", N, "missing", 33, SUN6, fall=True),
     M(K, "14 orang", N, "injured", 14, SUN6),
     M(K, "Sabtu (29/10/2022)", D, "landfall", "2022-10-29"),
     M(K, "Jumat (28/10/2022)", D, "floods", "2022-10-28"),
     M(K, "sedikitnya 20 jenazah", N, "dead_kusiong", 20, qual="atleast"),
     M(K, "Lebih dari 1,9 juta orang", N, "affected", 1900000, SUN6, qual="morethan"),
     M(K, "sekitar 168.000 orang", N, "displaced", 168000, SUN6, qual="approx", fall=True),

     M(I, "98", N, "dead", 98, MON8, src=NDRRMC),
     M(I, "Monday", D, "count_mon", "2022-10-31"),
     M(I, "63 people", N, "missing", 63, MON8, fall=True),
     M(I, "69", N, "injured", 69, MON8),
     M(I, "Sunday", D, "count_sun20", "2022-10-30"),
     M(I, "101 deaths", N, "dead", 101, SUN20, src=NDRRMC),
     M(I, "three victims", N, "double", 3),
     M(I, "53 deaths", N, "dead_mag", 53, src=BARMM),
     M(I, "Friday", D, "landfall", "2022-10-28", planted=True),
     M(I, "More than 2 million people", N, "affected", 2000000, MON8, qual="morethan"),
     M(I, "about 200,000", N, "displaced", 200000, MON8, qual="approx", fall=True),
     M(I, "1.3 billion pesos", N, "agri", 1.3e9, MON8, cls="php"),
     M(I, "Friday", D, "floods", "2022-10-28", occ=2),
     M(I, "at least 20", N, "dead_kusiong", 20, qual="atleast"),
     M(I, "Tuesday", D, "holiday", "2022-11-01"),

     M(A, "150 orang", N, "dead", 150, NOV4, src=NDRRMC),
     M(A, "Jumat (4/11/2022)", D, "count_nov4", "2022-11-04"),
     M(A, "36 orang", N, "missing", 36, NOV4, fall=True),
     M(A, "128 orang", N, "injured", 128, NOV4),
     M(A, "Senin (31/10/2022)", D, "count_mon", "2022-10-31"),
     M(A, "89 orang", N, "dead", 89, MON8, src=NDRRMC, planted=True),
     M(A, "Minggu (30/10/2022)", D, "count_sun20", "2022-10-30"),
     M(A, "101 korban jiwa", N, "dead", 101, SUN20, src=NDRRMC),
     M(A, "tiga korban", N, "double", 3),
     M(A, "Sabtu (29/10/2022)", D, "landfall", "2022-10-29"),
     M(A, "Rabu (2/11/2022)", D, "calamity", "2022-11-02"),
     M(A, "enam bulan", N, "months", 6, cls="dur"),
     M(A, "empat wilayah", N, "regions", 4),
     M(A, "lebih dari 3 miliar peso", N, "agri", 3e9, NOV4, qual="morethan", cls="php"),
     M(A, "sedikitnya 20 jenazah", N, "dead_kusiong", 20, qual="atleast"),
     M(A, "Lebih dari 2,8 juta orang", N, "affected", 2800000, NOV4, qual="morethan"),
     M(A, "sekitar 20 badai", N, "storms_year", 20, qual="approx"),
    ]
    build("paeng-nalgae-2022", "Severe Tropical Storm Nalgae (Paeng) in the Philippines, October 2022: flash floods and "
          "a landslide in Kusiong, Datu Odin Sinsuat, Maguindanao on Friday 28 October; the first landfall at Virac, "
          "Catanduanes at 01:10 on Saturday 29 October; the toll rising from at least 67 by the autonomous region "
          "against 42 by the national disaster council on Friday (sources) to 72 at 06:00 on Sunday 30 October, 101 "
          "on Sunday evening, revised to 98 at 08:00 on Monday 31 October after three victims were counted twice, and "
          "150 on Friday 4 November; the missing 33 -> 63 -> 36; a six-month state of calamity in four regions "
          "declared on Wednesday 2 November", False, ms, names)


def veloso():
    T, K, R, A = "tempo-apr29", "kompas-nov20", "reuters-dec18", "antara-dec20"
    # steps on different dates: the arrest at Yogyakarta's airport (Sunday 25 April 2010), the death sentence
    # (October 2010), the recruiter's surrender (Tuesday 28 April 2015), the reprieve hours before eight others were
    # executed (Wednesday 29 April 2015), the recruiters' convictions (2020), the transfer announced (Wednesday 20
    # November 2024), the practical arrangement signed (6 December 2024), the handover in Jakarta (Tuesday 17
    # December), the arrival in Manila (Wednesday 18 December 2024) and the minister's statement (Friday 20
    # December). Tempting pairs of one unit: her ages 25, 30 and 39; eight executed against five Australians sent home.
    names = {
     "executed": "convicts executed with the reprieve", "heroin": "heroin carried (kg)",
     "age_2010": "her age at the arrest", "age_2015": "her age at the reprieve", "age_2024": "her age at the transfer",
     "served": "years in Indonesian prison", "australians": "Australian convicts sent home",
     # dates
     "arrest": "day of the arrest", "sentence": "month of the death sentence", "surrender": "day the recruiter surrendered",
     "reprieve": "day of the reprieve", "recruiters": "year the recruiters were convicted",
     "announce": "day the transfer was announced", "arrangement": "day the arrangement was signed",
     "handover": "day of the handover in Jakarta", "arrival": "day of the arrival in Manila",
     "statement": "day of the minister's statement",
    }
    ms = [
     M(T, "Rabu (29/4/2015)", D, "reprieve", "2015-04-29"),
     M(T, "delapan terpidana", N, "executed", 8),
     M(T, "Selasa (28/4/2015)", D, "surrender", "2015-04-28"),
     M(T, "30 tahun", N, "age_2015", 30, cls="age"),
     M(T, "25 April 2010", D, "arrest", "2010-04-25"),
     M(T, "2,6 kilogram", N, "heroin", 2.6, cls="kg"),
     M(T, "Oktober 2010", D, "sentence", "2010-10"),

     M(K, "Rabu (20/11/2024)", D, "announce", "2024-11-20"),
     M(K, "39 tahun", N, "age_2024", 39, cls="age"),
     M(K, "28 April 2010", D, "arrest", "2010-04-28", planted=True),
     M(K, "2,6 kilogram", N, "heroin", 2.6, cls="kg"),
     M(K, "Oktober 2010", D, "sentence", "2010-10"),
     M(K, "April 2015", D, "reprieve", "2015-04"),
     M(K, "2020", D, "recruiters", "2020"),
     M(K, "hampir 15 tahun", N, "served", 15, qual="nearly", cls="yrs"),

     M(R, "14 years", N, "served", 14, cls="yrs"),
     M(R, "Wednesday", D, "arrival", "2024-12-18"),
     M(R, "39", N, "age_2024", 39, cls="age"),
     M(R, "Tuesday", D, "handover", "2024-12-17"),
     M(R, "Dec. 6", D, "arrangement", "2024-12-06"),
     M(R, "April 25, 2010", D, "arrest", "2010-04-25"),
     M(R, "2.6 kg", N, "heroin", 2.6, cls="kg"),
     M(R, "October 2010", D, "sentence", "2010-10"),
     M(R, "April 2015", D, "reprieve", "2015-04"),
     M(R, "eight", N, "executed", 8),
     M(R, "Nov. 20", D, "announce", "2024-11-20"),

     M(A, "Jumat (20/12/2024)", D, "statement", "2024-12-20"),
     M(A, "Selasa (17/12/2024)", D, "handover", "2024-12-17"),
     M(A, "Rabu (18/12/2024)", D, "arrival", "2024-12-18"),
     M(A, "6 Desember 2024", D, "arrangement", "2024-12-06"),
     M(A, "25 April 2010", D, "arrest", "2010-04-25"),
     M(A, "2,6 kilogram", N, "heroin", 2.6, cls="kg"),
     M(A, "April 2015", D, "reprieve", "2015-04"),
     M(A, "tujuh terpidana", N, "executed", 7, planted=True),
     M(A, "25 tahun", N, "age_2010", 25, cls="age"),
     M(A, "39 tahun", N, "age_2024", 39, cls="age"),
     M(A, "lima narapidana", N, "australians", 5),
    ]
    build("veloso-transfer-2024", "The case of Mary Jane Veloso, a Filipina arrested at Yogyakarta's airport with 2.6 kg "
          "of heroin on Sunday 25 April 2010 and sentenced to death in October 2010: reprieved on Wednesday 29 April "
          "2015, hours before eight other convicts were executed, after her recruiter surrendered on Tuesday 28 April; "
          "the transfer to the Philippines announced on Wednesday 20 November 2024, the arrangement signed on 6 "
          "December, handed over in Jakarta on Tuesday 17 December and back in Manila on Wednesday 18 December 2024, "
          "aged 39, after about 14 years in prison", False, ms, names)


def maharlika():
    R, K, I, A = "reuters-jul18", "kompas-jul19", "inquirer-jul20", "antara-jul21"
    names = {
     "initial": "initial capital (billion pesos)", "auth": "authorized capital (billion pesos)",
     "lbp": "Land Bank's share (billion pesos)", "dbp": "Development Bank's share (billion pesos)",
     "ng": "national government's share (billion pesos)", "ra": "number of the law", "rules": "days for the rules",
     "gap": "weeks between the vote and the signing",
     # dates
     "sign": "day the law was signed", "congress": "day Congress approved the bill",
    }
    ms = [
     M(R, "Tuesday", D, "sign", "2023-07-18"),
     M(R, "125 billion pesos", N, "initial", 125, cls="php"),
     M(R, "50 billion pesos", N, "lbp", 50, cls="php"),
     M(R, "25 billion pesos", N, "dbp", 25, cls="php"),
     M(R, "50 billion pesos", N, "ng", 50, cls="php", occ=2),
     M(R, "500 billion pesos", N, "auth", 500, cls="php"),
     M(R, "May 31", D, "congress", "2023-05-31"),
     M(R, "July 18", D, "sign", "2023-07-18"),
     M(R, "about seven weeks", N, "gap", 7, qual="approx", cls="dur"),
     M(R, "11954", N, "ra", 11954, cls="law"),
     M(R, "90 days", N, "rules", 90, cls="dur"),

     M(K, "Selasa (18/7/2023)", D, "sign", "2023-07-18"),
     M(K, "500 miliar peso", N, "auth", 500, cls="php"),
     M(K, "125 miliar peso", N, "initial", 125, cls="php"),
     M(K, "50 miliar peso", N, "lbp", 50, cls="php"),
     M(K, "25 miliar peso", N, "dbp", 25, cls="php"),
     M(K, "50 miliar peso", N, "ng", 50, cls="php", occ=2),
     M(K, "Rabu (31/5/2023)", D, "congress", "2023-05-31"),
     M(K, "11954", N, "ra", 11954, cls="law"),
     M(K, "90 hari", N, "rules", 90, cls="dur"),

     M(I, "Tuesday, July 18", D, "sign", "2023-07-18"),
     M(I, "125 billion pesos", N, "initial", 125, cls="php"),
     M(I, "500 billion pesos", N, "auth", 500, cls="php"),
     M(I, "P50 billion", N, "lbp", 50, cls="php"),
     M(I, "P25 billion", N, "dbp", 25, cls="php"),
     M(I, "P50 billion", N, "ng", 50, cls="php", occ=2),
     M(I, "May 31", D, "congress", "2023-05-31"),
     M(I, "11954", N, "ra", 11954, cls="law"),
     M(I, "90 days", N, "rules", 90, cls="dur"),
     M(I, "125 billion pesos", N, "initial", 125, cls="php", occ=2),
     M(I, "about seven weeks", N, "gap", 7, qual="approx", cls="dur"),

     M(A, "Selasa (18/7/2023)", D, "sign", "2023-07-18"),
     M(A, "125 miliar peso", N, "initial", 125, cls="php"),
     M(A, "500 miliar peso", N, "auth", 500, cls="php"),
     M(A, "50 miliar peso", N, "lbp", 50, cls="php"),
     M(A, "25 miliar peso", N, "dbp", 25, cls="php"),
     M(A, "50 miliar peso", N, "ng", 50, cls="php", occ=2),
     M(A, "31 Mei 2023", D, "congress", "2023-05-31"),
     M(A, "sekitar tujuh pekan", N, "gap", 7, qual="approx", cls="dur"),
     M(A, "90 hari", N, "rules", 90, cls="dur"),
    ]
    build("maharlika-fund-2023", "The Philippines' first sovereign wealth fund, the Maharlika Investment Fund, signed into "
          "law (Republic Act No. 11954) by President Ferdinand Marcos Jr. on Tuesday 18 July 2023 (control): initial "
          "capital of 125 billion pesos (Land Bank 50 billion, the Development Bank of the Philippines 25 billion, the "
          "national government 50 billion from central bank dividends), authorized capital of 500 billion pesos; the "
          "bill approved by Congress on Wednesday 31 May 2023, about seven weeks earlier; implementing rules within 90 "
          "days. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    paeng()
    veloso()
    maharlika()
