"""The fourteenth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset14/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def ruang():
    A, R, K, T, J = "antara-apr18", "reuters-apr19", "kompas-may01", "tribunmanado-may02", "jakartapost-jun14"
    names = {
     "radius": "exclusion radius around the crater (km)", "evac_ruang": "residents of Ruang island evacuated",
     "laing": "evacuees from Laingpatehi", "pump": "evacuees from Pumpente", "col17": "ash column on 17 April (m)",
     "col30": "ash column on 30 April (m)", "col02": "ash column on 2 May (m)", "height": "height of the volcano (m)",
     "erupts": "eruptions on 17 April", "order": "people ordered to leave around the volcano",
     "tagpop": "population of Tagulandang island", "tsunami": "dead in the 1871 tsunami",
     "volcanoes": "active volcanoes in Indonesia", "dist": "distance from Manado to the volcano (km)",
     "tag_evac": "Tagulandang residents evacuated", "kec_utara": "evacuees from Tagulandang Utara",
     "kec_tag": "evacuees from Tagulandang district", "kec_sel": "evacuees from Tagulandang Selatan",
     "houses": "houses damaged in Laingpatehi", "bitung": "evacuees sheltered in Bitung", "kitchens": "public kitchens",
     "shutdays": "days the airport was shut after 30 April", "families": "Ruang families to be relocated",
     "newhouses": "houses to be built for the relocation", "hectares": "relocation site (ha)",
     "peak": "people evacuated at the peak (Ruang and Tagulandang)",
     # dates
     "level4": "day the alert was raised to level IV", "level3": "day the alert was raised to level III",
     "erupt1": "day of the first eruption", "wed": "day of the Wednesday eruptions", "shut1": "day the airport first shut",
     "open1": "day the airport first reopened", "evacday": "day Ruang's residents were evacuated",
     "brief19": "day officials gave the 11,000 figure", "y1871": "year of the tsunami", "erupt2": "day of the 30 April eruption",
     "lowered": "day the alert was lowered to level III", "raised2": "day the alert was raised to level IV again",
     "count01": "day of the Tagulandang evacuee counts", "shut2": "day the airport shut again",
     "open2": "day the airport reopened again", "col02day": "day of the 400 m ash column",
    }
    ms = [
     M(A, "Rabu (17/4/2024)", D, "level4", "2024-04-17"),
     M(A, "Selasa (16/4/2024)", D, "level3", "2024-04-16"),
     M(A, "6 kilometer", N, "radius", 6, "2024-04-17", cls="len"),
     M(A, "838 warga", N, "evac_ruang", 838),
     M(A, "487 pengungsi", N, "laing", 487),
     M(A, "351 orang", N, "pump", 351),
     M(A, "Rabu malam", D, "wed", "2024-04-17"),
     M(A, "2.000 meter", N, "col17", 2000, cls="len"),
     M(A, "725 meter", N, "height", 725, cls="len"),
     M(A, "lima kali", N, "erupts", 5),
     M(A, "Rabu", D, "wed", "2024-04-17", occ=3),
     M(A, "Rabu malam", D, "shut1", "2024-04-17", occ=2),
     M(A, "1871", D, "y1871", "1871"),

     M(R, "more than 11,000 people", N, "order", 11000, "2024-04-19", "morethan"),
     M(R, "Tuesday", D, "erupt1", "2024-04-16"),
     M(R, "Friday", D, "brief19", "2024-04-19"),
     M(R, "Wednesday night", D, "level4", "2024-04-17"),
     M(R, "6 km", N, "radius", 6, "2024-04-17", cls="len"),
     M(R, "3.7 miles", N, "radius", 6, "2024-04-17", "unit", cls="len"),
     M(R, "about 20,000 people", N, "tagpop", 20000, qual="approx"),
     M(R, "roughly 840 residents", N, "evac_ruang", 840, qual="approx"),
     M(R, "Wednesday", D, "evacday", "2024-04-17", occ=2),
     M(R, "about 100 km", N, "dist", 100, qual="approx", cls="len"),
     M(R, "60 miles", N, "dist", 100, qual="unit", cls="len"),
     M(R, "Friday morning", D, "open1", "2024-04-19"),
     M(R, "1871", D, "y1871", "1871"),
     M(R, "about 400 people", N, "tsunami", 400, qual="approx"),
     M(R, "2 km", N, "col17", 2000, cls="len"),
     M(R, "Wednesday", D, "wed", "2024-04-17", occ=3),
     M(R, "725-metre", N, "height", 725, cls="len"),
     M(R, "2,379-ft", N, "height", 725, qual="unit", cls="len"),
     M(R, "about 127 active volcanoes", N, "volcanoes", 127, qual="approx"),

     M(K, "Selasa (30/4/2024)", D, "erupt2", "2024-04-30"),
     M(K, "sekitar 5.000 meter", N, "col30", 5000, qual="approx", cls="len"),
     M(K, "Kamis (25/4/2024)", D, "lowered", "2024-04-25"),
     M(K, "Selasa pagi", D, "raised2", "2024-04-30"),
     M(K, "6 kilometer", N, "radius", 6, "2024-04-17", cls="len"),
     M(K, "7 kilometer", N, "radius", 7, "2024-04-30", cls="len"),
     M(K, "9.856 warga", N, "tag_evac", 9856, "2024-05-01", src="BNPB", fall=True),
     M(K, "Rabu (1/5/2024)", D, "count01", "2024-05-01"),
     M(K, "4.102 orang", N, "kec_utara", 4102, "2024-05-01", fall=True),
     M(K, "3.511 orang", N, "kec_tag", 3511, "2024-05-01", fall=True),
     M(K, "2.243 orang", N, "kec_sel", 2243, "2024-05-01", fall=True),
     M(K, "150 rumah", N, "houses", 150, "2024-05-01"),
     M(K, "Selasa pagi", D, "shut2", "2024-04-30", occ=2),
     M(K, "Kamis (2/5/2024)", D, "open2", "2024-05-02"),

     M(T, "10.411 warga", N, "tag_evac", 10411, "2024-05-01", src="the Sitaro regency", fall=True),
     M(T, "Rabu (1/5/2024)", D, "count01", "2024-05-01"),
     M(T, "lebih dari 4.000 orang", N, "bitung", 4000, qual="morethan"),
     M(T, "Kamis (2/5/2024)", D, "open2", "2024-05-02"),
     M(T, "Selasa (30/4/2024)", D, "erupt2", "2024-04-30"),
     M(T, "dua hari", N, "shutdays", 2, cls="dur"),
     M(T, "7 kilometer", N, "radius", 7, "2024-04-30", cls="len"),
     M(T, "Kamis pagi", D, "col02day", "2024-05-02"),
     M(T, "400 meter", N, "col02", 400, cls="len"),
     M(T, "17 April", D, "evacday", "2024-04-17"),
     M(T, "12 titik", N, "kitchens", 12),

     M(J, "about 300 families", N, "families", 300, qual="approx"),
     M(J, "300 houses", N, "newhouses", 300),
     M(J, "20-hectare", N, "hectares", 20, cls="area"),
     M(J, "April 16", D, "erupt1", "2024-04-16"),
     M(J, "April 30", D, "erupt2", "2024-04-30"),
     M(J, "about 5 km", N, "col30", 5000, qual="approx", cls="len"),
     M(J, "7 km", N, "radius", 7, "2024-04-30", cls="len"),
     M(J, "more than 12,000 people", N, "peak", 12000, qual="morethan"),
     M(J, "838 residents", N, "evac_ruang", 838),
     M(J, "April 17", D, "evacday", "2024-04-17"),
     M(J, "487", N, "laing", 487),
     M(J, "315", N, "pump", 315, planted=True),
     M(J, "122 houses", N, "houses", 122, "2024-06-14"),
     M(J, "April 18", D, "shut1", "2024-04-18", planted=True),
     M(J, "April 30", D, "shut2", "2024-04-30", occ=2),
    ]
    build("ruang-eruption-2024", "Mount Ruang eruptions, Sitaro, North Sulawesi (April-May 2024): the alert raised to "
          "level III (16 April) and IV (17 April), lowered (25 April) and raised again (30 April); the exclusion radius "
          "6 -> 7 km; Ruang's 838 residents (per village) evacuated on 17 April, more than 11,000 ordered to leave, "
          "Tagulandang's evacuees on 1 May by two sources (BNPB 9,856 with per-district counts, the regency 10,411); "
          "houses damaged 150 corrected to 122; Sam Ratulangi airport shut and reopened twice; the 1871 tsunami "
          "recalled; a relocation plan six weeks later", False, ms, names)


def aramco():
    R, K, A, B = "reuters-dec05", "kontan-dec06", "apnews-dec12", "bisnis-jan13"
    PRICED, GREEN = "2019-12-05", "2020-01-12"
    names = {
     "ipo_price": "offer price per share (riyals)", "raised": "amount raised by the offering (US$)",
     "ipo_val": "valuation at the offer price", "target": "the crown prince's target valuation",
     "mcap": "market value after trading", "shares": "shares sold", "stake": "share of the company sold",
     "gain1": "first-day rise", "gain2": "second-day rise (the daily limit)", "oversub": "institutional oversubscription",
     "demand": "total demand (US$)", "retail": "retail subscribers", "alibaba": "raised by Alibaba in 2014",
     "price": "Aramco's share price at a close or open", "greenshoe": "over-allotment (greenshoe) shares",
     "profit": "Aramco's net income in 2018", "apple": "Apple's market value",
     # dates
     "priced": "day the offer was priced", "firsttrade": "first day of trading", "day2": "second day of trading",
     "y2014": "year of Alibaba's listing", "greenday": "day the greenshoe was announced",
     "close0112": "day of the 35.1-riyal close",
    }
    ms = [
     M(R, "32 riyals", N, "ipo_price", 32, cls="money"),
     M(R, "$8.53", N, "ipo_price", 32, qual="unit", cls="money"),
     M(R, "$25.6 billion", N, "raised", 25.6e9, PRICED, cls="money"),
     M(R, "Thursday", D, "priced", "2019-12-05"),
     M(R, "$1.7 trillion", N, "ipo_val", 1.7e12, cls="money"),
     M(R, "3 billion shares", N, "shares", 3e9, PRICED),
     M(R, "1.5%", N, "stake", 1.5, PRICED, cls="pct"),
     M(R, "$25 billion", N, "alibaba", 25e9, cls="money"),
     M(R, "2014", D, "y2014", "2014"),
     M(R, "4.65 times", N, "oversub", 4.65, cls="ratio"),
     M(R, "446 billion riyals", N, "demand", 119e9, qual="unit", cls="money"),
     M(R, "$119 billion", N, "demand", 119e9, cls="money"),
     M(R, "Around 4.9 million individuals", N, "retail", 4.9e6, qual="approx"),
     M(R, "Dec. 11", D, "firsttrade", "2019-12-11"),
     M(R, "$2 trillion", N, "target", 2e12, cls="money"),

     M(K, "32 riyal", N, "ipo_price", 32, cls="money"),
     M(K, "96 miliar riyal", N, "raised", 25.6e9, PRICED, qual="unit", cls="money"),
     M(K, "26,5 miliar dolar AS", N, "raised", 26.5e9, PRICED, cls="money", planted=True),
     M(K, "1,5 persen", N, "stake", 1.5, PRICED, cls="pct"),
     M(K, "1,7 triliun dolar AS", N, "ipo_val", 1.7e12, cls="money"),
     M(K, "2 triliun dolar AS", N, "target", 2e12, cls="money"),
     M(K, "Kamis (5/12/2019)", D, "priced", "2019-12-05"),
     M(K, "3 miliar lembar", N, "shares", 3e9, PRICED),
     M(K, "4,65 kali", N, "oversub", 4.65, cls="ratio"),
     M(K, "4,9 juta investor ritel", N, "retail", 4.9e6),
     M(K, "25 miliar dolar AS", N, "alibaba", 25e9, cls="money"),
     M(K, "2014", D, "y2014", "2014"),
     M(K, "Rabu (11/12/2019)", D, "firsttrade", "2019-12-11"),

     M(A, "10%", N, "gain2", 10, cls="pct"),
     M(A, "Thursday", D, "day2", "2019-12-12"),
     M(A, "$2 trillion", N, "mcap", 2e12, "2019-12-12", cls="money", fall=True, also={"target": 2e12}),
     M(A, "38.70 riyals", N, "price", 38.7, "2019-12-12", cls="money", fall=True),
     M(A, "35.20 riyals", N, "price", 35.2, "2019-12-11", cls="money", fall=True),
     M(A, "Wednesday", D, "firsttrade", "2019-12-11"),
     M(A, "10%", N, "gain1", 10, cls="pct", occ=2),
     M(A, "32 riyals", N, "ipo_price", 32, cls="money"),
     M(A, "about $1.88 trillion", N, "mcap", 1.88e12, "2019-12-11", "approx", cls="money", fall=True),
     M(A, "$1.7 trillion", N, "ipo_val", 1.7e12, cls="money"),
     M(A, "$25.6 billion", N, "raised", 25.6e9, PRICED, cls="money"),
     M(A, "1.5%", N, "stake", 1.5, PRICED, cls="pct"),
     M(A, "450 million more shares", N, "greenshoe", 450e6, qual="nearly"),
     M(A, "$111 billion", N, "profit", 111e9, cls="money"),
     M(A, "$2 trillion", N, "mcap", 2e12, "2019-12-12", cls="money", fall=True, occ=2),
     M(A, "about $1.2 trillion", N, "apple", 1.2e12, qual="approx", cls="money"),

     M(B, "450 juta saham", N, "greenshoe", 450e6),
     M(B, "29,4 miliar dolar AS", N, "raised", 29.4e9, GREEN, cls="money"),
     M(B, "110,4 miliar riyal", N, "raised", 29.4e9, GREEN, qual="unit", cls="money"),
     M(B, "96 miliar riyal", N, "raised", 25.6e9, PRICED, qual="unit", cls="money"),
     M(B, "Desember", D, "priced", "2019-12"),
     M(B, "Minggu (12/1/2020)", D, "greenday", "2020-01-12"),
     M(B, "3,45 miliar lembar", N, "shares", 3.45e9, GREEN),
     M(B, "sekitar 1,73 persen", N, "stake", 1.73, GREEN, "approx", cls="pct"),
     M(B, "32 riyal", N, "ipo_price", 32, cls="money"),
     M(B, "10 persen", N, "gain1", 10, cls="pct"),
     M(B, "Kamis (12/12/2019)", D, "firsttrade", "2019-12-12", planted=True),
     M(B, "35,2 riyal", N, "price", 35.2, "2019-12-11", cls="money", fall=True),
     M(B, "2 triliun dolar AS", N, "mcap", 2e12, "2019-12-12", cls="money", fall=True),
     M(B, "35,1 riyal", N, "price", 35.1, GREEN, cls="money", fall=True),
     M(B, "Minggu", D, "close0112", "2020-01-12", occ=2),
     M(B, "sekitar 1,87 triliun dolar AS", N, "mcap", 1.87e12, GREEN, "approx", cls="money", fall=True),
     M(B, "29,4 miliar dolar AS", N, "raised", 29.4e9, GREEN, cls="money", occ=2),
     M(B, "25 miliar dolar AS", N, "alibaba", 25e9, cls="money"),
     M(B, "2014", D, "y2014", "2014"),
    ]
    build("aramco-ipo-2019", "Saudi Aramco's initial public offering (December 2019): priced on Thursday 5 December at "
          "32 riyals ($8.53) a share, 3 billion shares or 1.5% of the company, $25.6 billion (96 billion riyals) "
          "raised, valued at $1.7 trillion against the crown prince's $2 trillion; trading from Wednesday 11 December "
          "(35.20 riyals, about $1.88 trillion) and the next day (38.70 riyals, $2 trillion); the greenshoe of 450 "
          "million shares announced on 12 January 2020 lifting the total to $29.4 billion (110.4 billion riyals), "
          "3.45 billion shares, about 1.73%; Alibaba's $25 billion of 2014 recalled", False, ms, names)


def satria():
    K, A, D_, J = "kompas-jun19", "antaranews-jun20", "detik-jun21", "jakartaglobe-jun22"
    names = {
     "mass": "satellite mass (tonnes)", "cap": "capacity (Gbps)", "points": "public service points to be served",
     "schools": "schools and pesantren served", "villages": "village offices served", "health": "health facilities served",
     "other": "other public sites served", "cost": "project cost (US$)", "cost_rp": "project cost (rupiah)",
     "days": "days to reach orbit", "slot": "orbital slot (degrees East)", "ppp": "length of the partnership (years)",
     "stations": "ground stations",
     # dates
     "launch": "day of the launch (WIB)", "service": "start of service", "signal": "day of the first signal",
    }
    ms = []
    for art, launch, mass, cap, points, schools, villages, health, other, cost, days, slot, ppp, stations, service in (
        (K, "Senin (19/6/2023)", "4,6 ton", "150 gigabit per detik", "150.000 titik layanan publik", "93.900 sekolah",
         "47.900 kantor desa", "3.700 fasilitas kesehatan", "4.500 titik layanan lain", "540 juta dolar AS",
         "sekitar 145 hari", "146 derajat Bujur Timur", "15 tahun", "11 stasiun bumi", "akhir 2023"),
        (A, "Monday, June 19", "4.6-tonne", "150 Gbps", "150,000 public service points", "93,900 schools",
         "47,900 village offices", "3,700 health facilities", "4,500 other public sites", "US$540 million",
         "around 145 days", "146 degrees East", "15-year", "11 ground stations", "the end of 2023"),
        (D_, "Senin (19/6/2023)", "4,6 ton", "150 Gbps", "150.000 titik layanan publik", "93.900 titik",
         "47.900", "3.700", "4.500", "540 juta dolar AS", "sekitar 145 hari", "146 derajat Bujur Timur", "15 tahun",
         "11 stasiun bumi", "akhir 2023"),
        (J, "Monday, June 19", "4.6-ton", "150 Gbps", "150,000 public service points", "93,900", "47,900", "3,700",
         "4,500", "US$540 million", "about 145 days", "146 degrees East", "15-year", "11 ground stations",
         "the end of 2023")):
        ms += [
         M(art, launch, D, "launch", "2023-06-19"),
         M(art, mass, N, "mass", 4.6, cls="mass"),
         M(art, cap, N, "cap", 150, cls="rate"),
         M(art, points, N, "points", 150000),
         M(art, schools, N, "schools", 93900),
         M(art, villages, N, "villages", 47900),
         M(art, health, N, "health", 3700),
         M(art, other, N, "other", 4500),
         M(art, cost, N, "cost", 540e6, cls="money"),
         M(art, days, N, "days", 145, qual="approx" if art != A else "approx", cls="dur"),
         M(art, slot, N, "slot", 146, cls="deg"),
         M(art, ppp, N, "ppp", 15, cls="dur"),
         M(art, stations, N, "stations", 11),
         M(art, service, D, "service", "2023-12"),
        ]
    ms += [
     M(K, "150 Gbps", N, "cap", 150, cls="rate"),
     M(K, "sekitar Rp 8 triliun", N, "cost_rp", 8e12, qual="approx", cls="money"),
     M(J, "roughly Rp 8 trillion", N, "cost_rp", 8e12, qual="approx", cls="money"),
     M(D_, "Selasa (20/6/2023)", D, "signal", "2023-06-20"),
     M(J, "Tuesday", D, "signal", "2023-06-20"),
    ]
    build("satria1-launch-2023", "Launch of Indonesia's SATRIA-1 satellite (control): on a Falcon 9 from Cape Canaveral "
          "on Monday 19 June 2023 at 05:21 WIB; 4.6 tonnes, 150 Gbps, 150,000 public service points (93,900 schools "
          "and pesantren, 47,900 village offices, 3,700 health facilities, 4,500 other sites), US$540 million (about "
          "Rp 8 trillion), about 145 days to its slot at 146 degrees East, a 15-year partnership, 11 ground stations, "
          "service from the end of 2023; the first signal on the Tuesday. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    ruang()
    aramco()
    satria()
