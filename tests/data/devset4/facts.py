"""The fourth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset4/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def jeju():
    Y, K, R, T = "yonhap-dec29", "kompas-dec30", "reuters-dec31", "tempo-jan02"
    names = {
     "aboard": "people on board flight 7C2216", "pax": "passengers on board", "crew": "crew on board",
     "dead": "death toll of the crash", "survivors": "survivors (two flight attendants)", "thai": "Thai passengers",
     "korean": "South Korean passengers", "identified": "victims identified", "released": "bodies handed to families",
     "fleet": "Boeing 737-800s of South Korean airlines to be inspected", "airchina": "dead in the 2002 Air China crash",
     "guam": "dead in the 1997 Korean Air crash on Guam", "mourn_days": "days of national mourning",
     "young": "age of the youngest victim", "old": "age of the oldest victim", "age_m": "age of the male survivor",
     "age_f": "age of the female survivor", "type": "aircraft type (737-800)", "flightno": "flight number",
     # dates
     "crash": "day of the crash", "identday_y": "day the 88 identified were counted", "identday_k": "day the 141 identified were counted",
     "inspect": "day the ministry ordered the inspections", "visit": "day Choi visited the site", "mourn_end": "end of the national mourning",
     "fdrday": "day investigators spoke of the flight data recorder", "release": "day the first bodies were released",
     "raid": "day police raided Jeju Air and the airport", "handed": "day the 96 handed over were counted",
     "y2002": "year of the Air China crash", "y1997": "year of the Guam crash",
    }
    ms = [
     M(Y, "181 people", N, "aboard", 181),
     M(Y, "179", N, "dead", 179, "final"),
     M(Y, "737-800", N, "type", 737800, cls="type"),
     M(Y, "7C2216", N, "flightno", 2216, cls="flightno"),
     M(Y, "175 passengers", N, "pax", 175),
     M(Y, "six crew members", N, "crew", 6),
     M(Y, "Two flight attendants", N, "survivors", 2),
     M(Y, "28", N, "dead", 28, "2024-12-29T10"),
     M(Y, "85", N, "dead", 85, "2024-12-29T12"),
     M(Y, "120", N, "dead", 120, "2024-12-29T14"),
     M(Y, "173", N, "korean", 173),
     M(Y, "two", N, "thai", 2),
     M(Y, "88", N, "identified", 88, "2024-12-29T22"),
     M(Y, "seven days", N, "mourn_days", 7, cls="dur"),
     M(Y, "129 people", N, "airchina", 129),
     M(Y, "Sunday", D, "crash", "2024-12-29"),
     M(Y, "Sunday", D, "identday_y", "2024-12-29", occ=2),
     M(Y, "2002", D, "y2002", "2002"),

     M(K, "141", N, "identified", 141, "2024-12-30T17"),
     M(K, "179 korban", N, "dead", 179, "final"),
     M(K, "181 orang", N, "aboard", 181),
     M(K, "175 penumpang", N, "pax", 175),
     M(K, "6 awak", N, "crew", 6),
     M(K, "737-800", N, "type", 737800, cls="type"),
     M(K, "737-800", N, "type", 737800, cls="type", occ=2),
     M(K, "tiga warga negara Thailand", N, "thai", 3, planted=True),
     M(K, "dua orang", N, "survivors", 2),
     M(K, "101 pesawat", N, "fleet", 101),
     M(K, "tujuh hari", N, "mourn_days", 7, cls="dur"),
     M(K, "228 orang", N, "guam", 228),
     M(K, "Senin (30/12/2024)", D, "identday_k", "2024-12-30"),
     M(K, "Minggu (29/12/2024)", D, "crash", "2024-12-29"),
     M(K, "Senin", D, "inspect", "2024-12-30", occ=2),
     M(K, "4 Januari 2025", D, "mourn_end", "2025-01-04"),
     M(K, "Minggu sore", D, "visit", "2024-12-29"),
     M(K, "1997", D, "y1997", "1997"),

     M(R, "All 179 people", N, "dead", 179, "final", also={"identified": 179}),
     M(R, "four bodies", N, "released", 4, "2024-12-31T12"),
     M(R, "two survivors", N, "survivors", 2),
     M(R, "33", N, "age_m", 33, cls="age"),
     M(R, "25", N, "age_f", 25, cls="age"),
     M(R, "181 people", N, "aboard", 181),
     M(R, "101", N, "fleet", 101),
     M(R, "737-800", N, "type", 737800, cls="type"),
     M(R, "3", N, "young", 3, cls="age"),
     M(R, "78", N, "old", 78, cls="age"),
     M(R, "two Thai passengers", N, "thai", 2),
     M(R, "Tuesday", D, "fdrday", "2024-12-31"),
     M(R, "Sunday", D, "crash", "2024-12-29"),
     M(R, "Tuesday", D, "release", "2024-12-31", occ=2),
     M(R, "Monday", D, "inspect", "2024-12-30"),
     M(R, "Saturday", D, "mourn_end", "2025-01-04"),

     M(T, "179 orang", N, "dead", 179, "final"),
     M(T, "7C2216", N, "flightno", 2216, cls="flightno"),
     M(T, "181 orang", N, "aboard", 181),
     M(T, "dua awak kabin", N, "survivors", 2),
     M(T, "96 jenazah", N, "released", 96, "2025-01-01"),
     M(T, "Dua warga Thailand", N, "thai", 2),
     M(T, "129 orang", N, "airchina", 129),
     M(T, "3", N, "young", 3, cls="age"),
     M(T, "78 tahun", N, "old", 78, cls="age"),
     M(T, "Kamis (2/1/2025)", D, "raid", "2025-01-02"),
     M(T, "Minggu (29/12/2024)", D, "crash", "2024-12-29"),
     M(T, "Rabu (1/1/2025)", D, "handed", "2025-01-01"),
     M(T, "Minggu (5/1/2025)", D, "mourn_end", "2025-01-05", planted=True),
     M(T, "2002", D, "y2002", "2002"),
    ]
    build("jeju-air-2024", "Jeju Air flight 7C2216 crash at Muan, South Korea (Sunday 29 December 2024): 181 on board "
          "(175 passengers, of them 173 South Koreans and 2 Thais, and 6 crew), the toll rising through the day (28 -> "
          "85 -> 120 -> 179), 2 survivors, victims identified (88 -> 141 -> all 179) and bodies handed over (4 -> 96) "
          "below the toll, 101 aircraft to inspect, seven days of mourning to 4 January, the 2002 Air China (129) and "
          "1997 Guam (228) crashes recalled; dates of the crash, a site visit, briefings, an order, a raid",
          False, ms, names)



def kalsel():
    A, K, R, J = "antara-jan16", "kompas-jan19", "reuters-jan20", "jakartapost-jan26"
    names = {
     "dead": "flood death toll in South Kalimantan (province)", "hst_dead": "dead in Hulu Sungai Tengah",
     "banjar_dead": "dead in Banjar regency", "newfound": "victims found on Monday 18 January",
     "displaced": "people displaced in the province", "banjar_disp": "people displaced in Banjar regency",
     "hit": "districts and cities flooded", "total": "districts and cities of the province",
     "houses": "houses flooded", "barito_norm": "normal capacity of the Barito (m3)", "barito_in": "water the Barito received (m3)",
     "raindays": "days of heavy rain", "boats": "rubber boats deployed", "depth": "water depth in Martapura villages",
     "emerg_days": "length of the state of emergency", "sick": "evacuees treated for skin infections and diarrhoea",
     # dates
     "toll16": "day the seven dead were counted", "emergency": "day the state of emergency was declared",
     "rain": "day the heavy rain began", "toll19": "day the 21 dead were counted", "briefing19": "day of BNPB's briefing",
     "found": "day two victims were found", "hst10": "day the regency gave 10 dead", "visit": "day Jokowi visited Banjar",
     "flash": "day of the Hulu Sungai Tengah flash flood", "shelters26": "day the 39,000 in shelters were counted",
     "update25": "day of the agency's update with 24 dead", "extended": "day the emergency was extended",
     "emerg_end": "end of the extended emergency", "schools": "day Banjarmasin's schools reopen",
    }
    ms = [
     M(A, "10", N, "hit", 10, "2021-01-16"),
     M(A, "13", N, "total", 13),
     M(A, "tujuh orang", N, "dead", 7, "2021-01-16"),
     M(A, "lima warganya", N, "hst_dead", 5, "2021-01-16"),
     M(A, "sekitar 24.000 warga", N, "banjar_disp", 24000, "2021-01-16", "approx", fall=True),
     M(A, "2 meter", N, "depth", 2, cls="len"),
     M(A, "40 perahu karet", N, "boats", 40),
     M(A, "Sabtu (16/1/2021)", D, "toll16", "2021-01-16"),
     M(A, "Kamis (14/1/2021)", D, "emergency", "2021-01-14"),
     M(A, "Minggu (10/1/2021)", D, "rain", "2021-01-10"),

     M(K, "21 orang", N, "dead", 21, "2021-01-19"),
     M(K, "Dua korban", N, "newfound", 2),
     M(K, "63.608 warga", N, "displaced", 63608, "2021-01-19", fall=True),
     M(K, "11", N, "hit", 11, "2021-01-19"),
     M(K, "13", N, "total", 13),
     M(K, "delapan orang", N, "hst_dead", 8, "2021-01-19"),
     M(K, "tujuh orang", N, "banjar_dead", 7, "2021-01-19"),
     M(K, "10 orang", N, "hst_dead", 10, "2021-01-18"),
     M(K, "230 juta meter kubik", N, "barito_norm", 230e6, cls="vol"),
     M(K, "2,1 miliar meter kubik", N, "barito_in", 2.1e9, qual="approx", cls="vol"),
     M(K, "10 hari", N, "raindays", 10, cls="dur"),
     M(K, "31.000 warga", N, "banjar_disp", 31000, "2021-01-19", src="the Banjar disaster agency", fall=True),
     M(K, "66.768 rumah", N, "houses", 66768, "2021-01-19"),
     M(K, "Selasa (19/1/2021)", D, "toll19", "2021-01-19"),
     M(K, "Senin", D, "found", "2021-01-18"),
     M(K, "Selasa", D, "briefing19", "2021-01-19", occ=2),
     M(K, "Senin", D, "hst10", "2021-01-18", occ=2),
     M(K, "Senin (18/1/2021)", D, "visit", "2021-01-18"),
     M(K, "Selasa", D, "briefing19", "2021-01-19", occ=3),

     M(R, "21 people", N, "dead", 21, "2021-01-19"),
     M(R, "36,608", N, "displaced", 36608, "2021-01-19", fall=True, planted=True),
     M(R, "Eleven", N, "hit", 11, "2021-01-19"),
     M(R, "13 districts", N, "total", 13),
     M(R, "Two of the victims", N, "newfound", 2),
     M(R, "2.1 billion cubic metres", N, "barito_in", 2.1e9, qual="approx", cls="vol"),
     M(R, "10 days", N, "raindays", 10, cls="dur"),
     M(R, "230 million", N, "barito_norm", 230e6, cls="vol"),
     M(R, "eight dead", N, "hst_dead", 8, "2021-01-19"),
     M(R, "14 days", N, "emerg_days", 14, cls="dur"),
     M(R, "28,750 people", N, "banjar_disp", 28750, "2021-01-19", src="the provincial disaster agency", fall=True),
     M(R, "About 66,800 houses", N, "houses", 66800, "2021-01-19", "approx"),
     M(R, "Tuesday", D, "briefing19", "2021-01-19"),
     M(R, "Tuesday", D, "briefing19", "2021-01-19", occ=2),
     M(R, "Monday", D, "found", "2021-01-18"),
     M(R, "Monday", D, "visit", "2021-01-18", occ=2),
     M(R, "Jan. 14", D, "flash", "2021-01-14"),
     M(R, "Thursday, Jan. 14", D, "emergency", "2021-01-14"),

     M(J, "about 39,000", N, "displaced", 39000, "2021-01-26", "approx", fall=True),
     M(J, "more than 112,000 people", N, "displaced", 112000, "2021-01-22", "morethan", fall=True),
     M(J, "24", N, "dead", 24, "2021-01-25"),
     M(J, "eight", N, "banjar_dead", 8, "2021-01-25"),
     M(J, "about 9,500 residents", N, "banjar_disp", 9500, "2021-01-26", "approx", fall=True),
     M(J, "eight deaths", N, "hst_dead", 8, "2021-01-25"),
     M(J, "1,200 evacuees", N, "sick", 1200),
     M(J, "Tuesday", D, "shelters26", "2021-01-26"),
     M(J, "Monday", D, "update25", "2021-01-25"),
     M(J, "Jan. 14", D, "flash", "2021-01-14"),
     M(J, "Sunday, Jan. 17", D, "visit", "2021-01-17", planted=True),
     M(J, "Jan. 14", D, "emergency", "2021-01-14", occ=2),
     M(J, "Monday", D, "extended", "2021-01-25", occ=2),
     M(J, "Feb. 4", D, "emerg_end", "2021-02-04"),
     M(J, "Monday", D, "schools", "2021-02-01", occ=3),
    ]
    build("kalsel-floods-2021", "South Kalimantan floods, Indonesia (January 2021): the provincial toll rising (7 -> 21 "
          "-> 24) beside district tolls (Hulu Sungai Tengah 5 -> 10, corrected to 8; Banjar 7 -> 8) and two victims "
          "found on one day, people displaced in the province (63,608 -> more than 112,000 -> about 39,000 as people "
          "return) beside Banjar's (two agencies' counts), districts flooded 10 -> 11 of 13, the Barito's capacity and "
          "inflow; dates of the rain, the flash flood and the emergency (the same day), briefings and updates on other "
          "days, the president's visit, the emergency's extension and end", False, ms, names)



def bbm():
    K, R, C, J = "kompas-sep03", "reuters-sep04", "cnbcindonesia-sep05", "jakartaglobe-sep06"
    OLD, NEW = "2022-09-02", "2022-09-03"
    names = {
     "pertalite": "Pertalite price per litre", "solar": "subsidised diesel (Solar) price per litre",
     "pertamax": "Pertamax price per litre", "subsidy": "energy subsidy and compensation budget 2022",
     "projection": "subsidy bill by year-end without the increase", "usd": "the subsidy bill in US dollars",
     "blt": "cash handouts (BLT BBM) in total", "families": "families receiving the handouts",
     "monthly": "handout per family per month", "months": "months of handouts", "bsu": "wage subsidy in total",
     "workers": "workers receiving the wage subsidy", "wagecap": "wage ceiling for the wage subsidy",
     "bsu_each": "wage subsidy per worker", "blt_each": "handouts per family in all", "instalments": "instalments",
     "instalment": "one instalment", "dau_pct": "share of regional transfers for transport aid",
     "dau": "regional transfers for transport aid", "rich": "share of subsidies going to the well-off",
     "rise": "average price increase", "cushion": "social aid in total", "infl_aug": "annual inflation in August 2022",
     "infl_fc": "inflation expected by year-end", "premium": "Premium price per litre in 2014",
     "hour": "hours between announcement and new prices", "gap": "days between the first handouts and the increase",
     # dates
     "announce": "day the increase was announced and took effect", "since2019": "year Pertalite's old price was set",
     "budgetyear": "budget year 2022", "rally": "day of the rally at the House", "marches": "day students marched",
     "firstprot": "day of the first protests", "bltstart": "day the first handouts were paid",
     "augmonth": "month of the 4.69% inflation", "yearend": "end of 2022", "y2014": "month of the 2014 increase",
    }
    ms = [
     M(K, "Rp 7.650", N, "pertalite", 7650, OLD, cls="money"),
     M(K, "Rp 10.000", N, "pertalite", 10000, NEW, cls="money"),
     M(K, "Rp 5.150", N, "solar", 5150, OLD, cls="money"),
     M(K, "Rp 6.800", N, "solar", 6800, NEW, cls="money"),
     M(K, "Rp 12.500", N, "pertamax", 12500, OLD, cls="money"),
     M(K, "Rp 14.500", N, "pertamax", 14500, NEW, cls="money"),
     M(K, "satu jam", N, "hour", 1, cls="dur"),
     M(K, "Rp 152,5 triliun", N, "subsidy", 152.5e12, "2021-09", cls="money"),
     M(K, "Rp 502,4 triliun", N, "subsidy", 502.4e12, "2022-08", cls="money"),
     M(K, "70 persen", N, "rich", 70, qual="morethan", cls="pct"),
     M(K, "Rp 12,4 triliun", N, "blt", 12.4e12, cls="money"),
     M(K, "20,65 juta keluarga", N, "families", 20.65e6),
     M(K, "Rp 150.000", N, "monthly", 150000, cls="money"),
     M(K, "empat bulan", N, "months", 4, cls="dur"),
     M(K, "Rp 9,6 triliun", N, "bsu", 9.6e12, cls="money"),
     M(K, "16 juta pekerja", N, "workers", 16e6),
     M(K, "Rp 3,5 juta", N, "wagecap", 3.5e6, cls="money"),
     M(K, "Rp 600.000", N, "bsu_each", 600000, cls="money"),
     M(K, "2 persen", N, "dau_pct", 2, cls="pct"),
     M(K, "Rp 2,17 triliun", N, "dau", 2.17e12, qual="approx", cls="money"),
     M(K, "Rp 7.650", N, "pertalite", 7650, OLD, cls="money", occ=2),
     M(K, "Sabtu (3/9/2022)", D, "announce", "2022-09-03"),
     M(K, "tahun 2022", D, "budgetyear", "2022"),
     M(K, "2019", D, "since2019", "2019"),

     M(R, "about 30%", N, "rise", 30, qual="approx", cls="pct"),
     M(R, "502.4 trillion rupiah", N, "subsidy", 502.4e12, "2022-08", cls="money"),
     M(R, "$33.7 billion", N, "usd", 33.7e9, cls="money"),
     M(R, "10,000 rupiah", N, "pertalite", 10000, NEW, cls="money"),
     M(R, "7,650 rupiah", N, "pertalite", 7650, OLD, cls="money"),
     M(R, "6,800 rupiah", N, "solar", 6800, NEW, cls="money"),
     M(R, "5,150 rupiah", N, "solar", 5150, OLD, cls="money"),
     M(R, "14,500 rupiah", N, "pertamax", 14500, NEW, cls="money"),
     M(R, "12,500 rupiah", N, "pertamax", 12500, OLD, cls="money"),
     M(R, "698 trillion rupiah", N, "projection", 698e12, cls="money"),
     M(R, "24.17 trillion rupiah", N, "cushion", 24.17e12, cls="money"),
     M(R, "12.4 trillion rupiah", N, "blt", 12.4e12, cls="money"),
     M(R, "20.65 million poor families", N, "families", 20.65e6),
     M(R, "9.6 trillion rupiah", N, "bsu", 9.6e12, cls="money"),
     M(R, "16 million workers", N, "workers", 16e6),
     M(R, "150,000 rupiah", N, "monthly", 150000, cls="money"),
     M(R, "four months", N, "months", 4, cls="dur"),
     M(R, "two instalments", N, "instalments", 2),
     M(R, "300,000 rupiah", N, "instalment", 300000, cls="money"),
     M(R, "70%", N, "rich", 70, qual="morethan", cls="pct"),
     M(R, "4.69%", N, "infl_aug", 4.69, cls="pct"),
     M(R, "6%", N, "infl_fc", 6, qual="morethan", cls="pct"),
     M(R, "Saturday", D, "announce", "2022-09-03"),
     M(R, "August", D, "augmonth", "2022-08"),

     M(C, "Rp 502,4 triliun", N, "subsidy", 502.4e12, "2022-08", cls="money"),
     M(C, "Rp 698 triliun", N, "projection", 698e12, cls="money"),
     M(C, "Rp 502,4 triliun", N, "subsidy", 502.4e12, "2022-08", cls="money", occ=2),
     M(C, "Rp 152,5 triliun", N, "subsidy", 152.5e12, "2021-09", cls="money"),
     M(C, "Rp 10.000", N, "pertalite", 10000, NEW, cls="money"),
     M(C, "Rp 6.800", N, "solar", 6800, NEW, cls="money"),
     M(C, "Rp 14.500", N, "pertamax", 14500, NEW, cls="money"),
     M(C, "Rp 24,17 triliun", N, "cushion", 24.17e12, cls="money"),
     M(C, "Rp 12,4 triliun", N, "blt", 12.4e12, cls="money"),
     M(C, "20,65 juta keluarga", N, "families", 20.65e6),
     M(C, "Rp 9,6 triliun", N, "bsu", 9.6e12, cls="money"),
     M(C, "16 juta pekerja", N, "workers", 16e6),
     M(C, "Rp 2,17 triliun", N, "dau", 2.17e12, cls="money"),
     M(C, "Rp 600.000", N, "blt_each", 600000, cls="money"),
     M(C, "dua kali", N, "instalments", 2),
     M(C, "Rp 300.000", N, "instalment", 300000, cls="money"),
     M(C, "dua hari", N, "gap", 2, cls="dur"),
     M(C, "4,69 persen", N, "infl_aug", 4.69, cls="pct"),
     M(C, "6 persen", N, "infl_fc", 6, qual="morethan", cls="pct"),
     M(C, "Sabtu (3/9/2022)", D, "announce", "2022-09-03"),
     M(C, "anggaran negara 2022", D, "budgetyear", "2022"),
     M(C, "Sabtu", D, "announce", "2022-09-03", occ=2),
     M(C, "Kamis (1/9/2022)", D, "bltstart", "2022-09-01"),
     M(C, "Agustus 2022", D, "augmonth", "2022-08"),
     M(C, "akhir 2022", D, "yearend", "2022-12"),

     M(J, "Rp 10,000", N, "pertalite", 10000, NEW, cls="money"),
     M(J, "Rp 7,650", N, "pertalite", 7650, OLD, cls="money"),
     M(J, "Rp 6,800", N, "solar", 6800, NEW, cls="money"),
     M(J, "Rp 5,150", N, "solar", 5150, OLD, cls="money"),
     M(J, "70 percent", N, "rich", 70, qual="morethan", cls="pct"),
     M(J, "Rp 502.4 trillion", N, "subsidy", 502.4e12, "2022-08", cls="money"),
     M(J, "Rp 152.5 trillion", N, "subsidy", 152.5e12, "2021-09", cls="money"),
     M(J, "Rp 24.17 trillion", N, "cushion", 24.17e12, cls="money"),
     M(J, "Rp 12.4 trillion", N, "blt", 12.4e12, cls="money"),
     M(J, "20.65 million families", N, "families", 20.65e6),
     M(J, "Rp 150,000", N, "monthly", 150000, cls="money"),
     M(J, "four months", N, "months", 4, cls="dur"),
     M(J, "Rp 3.5 million", N, "wagecap", 3.5e6, cls="money"),
     M(J, "Rp 600,000", N, "bsu_each", 600000, cls="money"),
     M(J, "Rp 8,500", N, "premium", 8500, "2014-11-18", cls="money"),
     M(J, "Rp 6,500", N, "premium", 6500, "2014-11-17", cls="money"),
     M(J, "Tuesday", D, "rally", "2022-09-06"),
     M(J, "Saturday", D, "announce", "2022-09-03"),
     M(J, "Monday", D, "marches", "2022-09-05"),
     M(J, "Sunday", D, "firstprot", "2022-09-04"),
     M(J, "Saturday, Sept. 3", D, "announce", "2022-09-03"),
     M(J, "Thursday, Sept. 1", D, "bltstart", "2022-09-01"),
     M(J, "November 2014", D, "y2014", "2014-11"),
    ]
    build("bbm-price-2022", "Indonesia's fuel price increase of 2022 (control): announced by President Joko Widodo on "
          "Saturday 3 September, in effect an hour later; Pertalite Rp 7,650 -> Rp 10,000, Solar Rp 5,150 -> Rp 6,800, "
          "Pertamax Rp 12,500 -> Rp 14,500 a litre; the energy subsidy budget Rp 152.5 -> Rp 502.4 trillion and Rp 698 "
          "trillion projected; Rp 24.17 trillion of aid (Rp 12.4 trillion of handouts to 20.65 million families at "
          "Rp 150,000 a month for four months, Rp 9.6 trillion of wage subsidies to 16 million workers at Rp 600,000, "
          "Rp 2.17 trillion of regional transfers); follow-up protests and the first handouts on their own days. "
          "Zero conflicts expected.", True, ms, names)



if __name__ == "__main__":
    jeju()
    kalsel()
    bbm()
