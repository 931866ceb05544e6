"""The three-hundred-and-forty-fifth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset345/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def trigana():
    R, K, A, P = "reuters-aug17", "kompas-aug19", "antara-aug21", "ap-sep10"
    # as-of times of the running tallies: the bodies recovered from the crash site (21 by Tuesday 18 August 2015,
    # 37 by Wednesday 19 August 17:00 WIT, all 54 by Thursday 20 August) and the victims identified (nine by Friday
    # 21 August 15:00 WIT, 31 by Monday 24 August, all 54 by Thursday 27 August). Neither falls. The people on board
    # (54: 49 passengers, 44 adults, two children and three infants, five crew) do not change with the day.
    TUE, WED, THU, FRI, MON, DONE = "2015-08-18", "2015-08-19", "2015-08-20", "2015-08-21", "2015-08-24", "2015-08-27"
    names = {
     "aboard": "people on board (all killed)", "passengers": "passengers on board", "adults": "adult passengers",
     "children": "children on board", "infants": "infants on board", "crew": "crew on board",
     "recovered": "bodies recovered from the crash site", "identified": "victims identified",
     "bags": "bags of cash found", "postal": "postal workers on board", "lost_aircraft": "aircraft Trigana had lost",
     "dist": "distance of the wreckage from the Oksibil airstrip (km)", "dist_jpr": "distance from Jayapura to Oksibil (km)",
     "cash": "cash on board (billion rupiah)", "altitude": "altitude of the wreckage (m)",
     "flight_min": "scheduled flight time (minutes)", "plane_age": "years the aircraft had been in service",
     # dates
     "lost": "day the plane lost contact", "spotted": "day the wreckage was spotted",
     "reached": "day rescuers reached the wreckage", "count_wed": "day of the count of 37 bodies",
     "count_thu": "day all bodies reached Jayapura", "count_fri": "day of the count of nine identified",
     "count_mon": "day of the count of 31 identified", "handover": "day the last bodies were handed over",
     "euban": "year Trigana was put on the EU list",
     "founded": "year Trigana began flying",
    }
    ms = [
     M(R, "Monday", D, "spotted", "2015-08-17"),
     M(R, "54 people", N, "aboard", 54),
     M(R, "Sunday", D, "lost", "2015-08-16"),
     M(R, "49 passengers", N, "passengers", 49),
     M(R, "44 adults", N, "adults", 44),
     M(R, "two children", N, "children", 2),
     M(R, "three infants", N, "infants", 3),
     M(R, "five crew", N, "crew", 5),
     M(R, "12 kilometres", N, "dist", 12, cls="km"),
     M(R, "280 km", N, "dist_jpr", 280, cls="km"),
     M(R, "6.5 billion rupiah", N, "cash", 6.5, cls="rp"),
     M(R, "2007", D, "euban", "2007"),
     M(R, "more than 25 years", N, "plane_age", 25, qual="morethan", cls="years"),

     M(K, "Selasa (18/8/2015)", D, "reached", "2015-08-18"),
     M(K, "54 orang", N, "aboard", 54),
     M(K, "49 penumpang", N, "passengers", 49),
     M(K, "lima awak", N, "crew", 5),
     M(K, "37 jenazah", N, "recovered", 37, WED),
     M(K, "Rabu (19/8/2015)", D, "count_wed", "2015-08-19"),
     M(K, "21 kantong jenazah", N, "recovered", 21, TUE),
     M(K, "Senin (17/8/2015)", D, "lost", "2015-08-17", planted=True),
     M(K, "2.600 meter", N, "altitude", 2600, qual="approx", cls="m"),
     M(K, "12 kilometer", N, "dist", 12, qual="approx", cls="km"),
     M(K, "empat karung", N, "bags", 4),
     M(K, "Rp 6,5 miliar", N, "cash", 6.5, qual="approx", cls="rp"),

     M(A, "54 jenazah", N, "recovered", 54, THU, also={"aboard": 54}),
     M(A, "Kamis (20/8/2015)", D, "count_thu", "2015-08-20"),
     M(A, "sembilan jenazah", N, "identified", 9, FRI),
     M(A, "Jumat (21/8/2015)", D, "count_fri", "2015-08-21"),
     M(A, "44 penumpang dewasa", N, "adults", 44),
     M(A, "dua anak-anak", N, "children", 2),
     M(A, "tiga bayi", N, "infants", 3),
     M(A, "lima awak", N, "crew", 5),
     M(A, "Minggu (16/8/2015)", D, "lost", "2015-08-16"),
     M(A, "50 menit", N, "flight_min", 50, qual="approx", cls="min"),
     M(A, "Rp 5,6 miliar", N, "cash", 5.6, cls="rp", planted=True),
     M(A, "empat pegawai pos", N, "postal", 4),

     M(P, "54 people", N, "identified", 54, DONE, also={"aboard": 54}),
     M(P, "Aug. 16", D, "lost", "2015-08-16"),
     M(P, "Aug. 27", D, "handover", "2015-08-27"),
     M(P, "Aug. 24", D, "count_mon", "2015-08-24"),
     M(P, "31", N, "identified", 31, MON),
     M(P, "49 passengers", N, "passengers", 49),
     M(P, "five crew", N, "crew", 5),
     M(P, "50-minute", N, "flight_min", 50, cls="min"),
     M(P, "Aug. 18", D, "reached", "2015-08-18"),
     M(P, "12 kilometers", N, "dist", 12, qual="approx", cls="km"),
     M(P, "6.5 billion rupiah", N, "cash", 6.5, qual="approx", cls="rp"),
     M(P, "four postal workers", N, "postal", 4),
     M(P, "at least 10 aircraft", N, "lost_aircraft", 10, qual="atleast"),
     M(P, "1991", D, "founded", "1991"),
    ]
    build("trigana-oksibil-2015", "The crash of Trigana Air flight IL 267, an ATR 42-300 from Jayapura to Oksibil "
          "in Papua's Pegunungan Bintang district (Sunday 16 August 2015): 54 on board (49 passengers: 44 adults, two "
          "children, three infants; five crew), all killed; the wreckage spotted from the air on Monday 17 August and "
          "reached on Tuesday 18 August; bodies recovered 21 by Tuesday -> 37 by Wednesday 19 August -> all 54 by "
          "Thursday 20 August; victims identified nine by Friday 21 August -> 31 by Monday 24 August -> all 54 by "
          "Thursday 27 August; about 6.5 billion rupiah of aid cash on board", False, ms, names)


def sampit():
    R, K, T, P = "reuters-feb23", "kompas-feb27", "antara-mar03", "ap-mar17"
    # as-of times of the running tallies: the police's toll (118 by Thursday 22 February 2001, 270 by Monday 26
    # February, 481 by Friday 2 March, lowered to 469 on Friday 9 March: a revision; the AP article of 17 March recalls the 481), the Madurese community leaders'
    # estimate (more than 1,000: sources against the police), the Madurese who left by ship (more than 30,000 by 26
    # February, at least 50,000 by 2 March, more than 100,000 by 17 March) and those still waiting in shelters (more
    # than 10,000 on 22 February, about 20,000 on 26 February; a count that may fall).
    THU, MON, FRI, MAR9, MAR17 = "2001-02-22", "2001-02-26", "2001-03-02", "2001-03-09", "2001-03-17"
    POLICE, MADURA = "the police", "Madurese community leaders"
    names = {
     "dead": "people killed in the violence", "waiting": "Madurese waiting in shelters for ships",
     "evacuated": "Madurese who left by ship", "ships": "navy ships sent", "officers": "police officers sent",
     "suspects": "civil servants arrested", "detained": "people detained by the police",
     # dates
     "start": "day the violence broke out in Sampit", "statement_r": "day of the police's statement of 118",
     "count_thu": "day of the count of 118", "ships_day": "day the navy ships arrived",
     "wk1997": "year of the West Kalimantan clashes", "count_mon": "day of the count of 270",
     "spread": "day the violence reached Palangka Raya", "count_fri": "day of the count of 481",
     "arrest": "day the two civil servants were arrested", "revised": "day the toll was lowered to 469",
    }
    ms = [
     M(R, "Friday", D, "statement_r", "2001-02-23"),
     M(R, "at least 118 bodies", N, "dead", 118, THU, qual="atleast", src=POLICE),
     M(R, "Thursday evening", D, "count_thu", "2001-02-22"),
     M(R, "Sunday, Feb. 18", D, "start", "2001-02-18"),
     M(R, "More than 10,000 Madurese", N, "waiting", 10000, THU, qual="morethan", fall=True),
     M(R, "two ships", N, "ships", 2),
     M(R, "Thursday", D, "ships_day", "2001-02-22", occ=2),
     M(R, "300 more officers", N, "officers", 300),
     M(R, "1997", D, "wk1997", "1997"),

     M(K, "270 orang", N, "dead", 270, MON, src=POLICE),
     M(K, "Senin (26/2/2001)", D, "count_mon", "2001-02-26"),
     M(K, "Kamis (22/2/2001)", D, "count_thu", "2001-02-22"),
     M(K, "118 korban tewas", N, "dead", 118, THU, src=POLICE),
     M(K, "lebih dari 1.000 orang", N, "dead", 1000, MON, qual="morethan", src=MADURA),
     M(K, "Senin (19/2/2001)", D, "start", "2001-02-19", planted=True),
     M(K, "Minggu (25/2/2001)", D, "spread", "2001-02-25"),
     M(K, "Lebih dari 30.000 warga Madura", N, "evacuated", 30000, MON, qual="morethan"),
     M(K, "Sekitar 20.000 pengungsi", N, "waiting", 20000, MON, qual="approx", fall=True),

     M(T, "Jumat (2/3/2001)", D, "count_fri", "2001-03-02"),
     M(T, "dua pegawai negeri", N, "suspects", 2),
     M(T, "481 orang", N, "dead", 481, FRI, src=POLICE),
     M(T, "Minggu (18/2/2001)", D, "start", "2001-02-18"),
     M(T, "181 korban", N, "dead", 181, THU, src=POLICE, planted=True),
     M(T, "Kamis (22/2/2001)", D, "count_thu", "2001-02-22"),
     M(T, "Kamis (1/3/2001)", D, "arrest", "2001-03-01"),
     M(T, "Sedikitnya 50.000 warga Madura", N, "evacuated", 50000, FRI, qual="atleast"),

     M(P, "469", N, "dead", 469, MAR9, src=POLICE),
     M(P, "March 9", D, "revised", "2001-03-09"),
     M(P, "481", N, "dead", 481, FRI, src=POLICE),
     M(P, "more than 1,000 people", N, "dead", 1000, MAR17, qual="morethan", src=MADURA),
     M(P, "Feb. 18", D, "start", "2001-02-18"),
     M(P, "More than 100,000 Madurese", N, "evacuated", 100000, MAR17, qual="morethan"),
     M(P, "Feb. 25", D, "spread", "2001-02-25"),
     M(P, "March 1", D, "arrest", "2001-03-01"),
     M(P, "Two district civil servants", N, "suspects", 2),
     M(P, "more than 80 people", N, "detained", 80, qual="morethan"),
    ]
    build("sampit-2001", "The ethnic violence in Sampit, East Kotawaringin, Central Kalimantan, from Sunday 18 "
          "February 2001: the police's toll 118 by Thursday 22 February -> 270 by Monday 26 February -> 481 by Friday "
          "2 March, lowered to 469 on Friday 9 March (a revision); Madurese community leaders' estimate of more than "
          "1,000 (sources); the violence reaching Palangka Raya on Sunday 25 February; Madurese leaving by ship "
          "(more than 30,000 -> at least 50,000 -> more than 100,000); two district civil servants arrested on "
          "Thursday 1 March 2001", False, ms, names)


def jetp():
    R, K, T, B = "reuters-nov15", "kompas-nov16", "antara-nov17", "bloomberg-nov18"
    names = {
     "total": "the partnership's funding (US$ billion)", "public": "public funding (US$ billion)",
     "private": "private funding (US$ billion)", "period": "years over which the money comes",
     "cap": "the power-sector emissions cap (million tonnes CO2)", "renew": "renewables' share of power by 2030 (%)",
     "members": "members of the donor group", "plan": "months to draw up the investment plan",
     "sa": "South Africa's package (US$ billion)",
     # dates
     "announce": "day of the announcement", "peak_year": "year power-sector emissions peak",
     "renew_year": "year of the renewables target", "netzero": "year of net zero in the power sector",
     "old_target": "the earlier net-zero year", "cop26": "month of South Africa's deal",
    }
    ms = [
     M(R, "Tuesday", D, "announce", "2022-11-15"),
     M(R, "$20 billion", N, "total", 20, cls="bn"),
     M(R, "$10 billion", N, "public", 10, cls="bn"),
     M(R, "$10 billion", N, "private", 10, cls="bn", occ=2),
     M(R, "three to five years", N, "period", 5, cls="dur"),
     M(R, "290 million tonnes", N, "cap", 290),
     M(R, "2030", D, "peak_year", "2030"),
     M(R, "34%", N, "renew", 34, qual="atleast", cls="pct"),
     M(R, "2030", D, "renew_year", "2030", occ=2),
     M(R, "2050", D, "netzero", "2050"),
     M(R, "2060", D, "old_target", "2060"),
     M(R, "10 members", N, "members", 10),
     M(R, "six months", N, "plan", 6, cls="dur"),
     M(R, "$8.5 billion", N, "sa", 8.5, cls="bn"),
     M(R, "November 2021", D, "cop26", "2021-11"),

     M(K, "20 miliar dollar AS", N, "total", 20, cls="bn"),
     M(K, "Selasa (15/11/2022)", D, "announce", "2022-11-15"),
     M(K, "10 miliar dollar AS", N, "public", 10, cls="bn"),
     M(K, "10 miliar dollar AS", N, "private", 10, cls="bn", occ=2),
     M(K, "tiga hingga lima tahun", N, "period", 5, cls="dur"),
     M(K, "2030", D, "peak_year", "2030"),
     M(K, "290 juta ton", N, "cap", 290),
     M(K, "34 persen", N, "renew", 34, qual="atleast", cls="pct"),
     M(K, "2030", D, "renew_year", "2030", occ=2),
     M(K, "2050", D, "netzero", "2050"),
     M(K, "2060", D, "old_target", "2060"),
     M(K, "enam bulan", N, "plan", 6, cls="dur"),
     M(K, "8,5 miliar dollar AS", N, "sa", 8.5, cls="bn"),
     M(K, "November 2021", D, "cop26", "2021-11"),

     M(T, "Selasa (15/11/2022)", D, "announce", "2022-11-15"),
     M(T, "34 persen", N, "renew", 34, qual="atleast", cls="pct"),
     M(T, "2030", D, "renew_year", "2030"),
     M(T, "20 miliar dolar AS", N, "total", 20, cls="bn"),
     M(T, "tiga sampai lima tahun", N, "period", 5, cls="dur"),
     M(T, "10 miliar dolar AS", N, "public", 10, cls="bn"),
     M(T, "10 miliar dolar AS", N, "private", 10, cls="bn", occ=2),
     M(T, "sepuluh anggota", N, "members", 10),
     M(T, "290 juta ton", N, "cap", 290),
     M(T, "2030", D, "peak_year", "2030", occ=2),
     M(T, "2050", D, "netzero", "2050"),
     M(T, "2060", D, "old_target", "2060"),
     M(T, "enam bulan", N, "plan", 6, cls="dur"),
     M(T, "20 miliar dolar AS", N, "total", 20, cls="bn", occ=2),

     M(B, "$20 billion", N, "total", 20, cls="bn"),
     M(B, "three to five years", N, "period", 5, cls="dur"),
     M(B, "$10 billion", N, "public", 10, cls="bn"),
     M(B, "$10 billion", N, "private", 10, cls="bn", occ=2),
     M(B, "10 members", N, "members", 10),
     M(B, "2030", D, "peak_year", "2030"),
     M(B, "290 million metric tons", N, "cap", 290),
     M(B, "34%", N, "renew", 34, qual="atleast", cls="pct"),
     M(B, "2030", D, "renew_year", "2030", occ=2),
     M(B, "2050", D, "netzero", "2050"),
     M(B, "2060", D, "old_target", "2060"),
     M(B, "six months", N, "plan", 6, cls="dur"),
     M(B, "Tuesday", D, "announce", "2022-11-15"),
     M(B, "$8.5 billion", N, "sa", 8.5, cls="bn"),
     M(B, "November 2021", D, "cop26", "2021-11"),
    ]
    build("jetp-bali-2022", "Indonesia's Just Energy Transition Partnership announced in Bali on Tuesday 15 November "
          "2022 at the G20 summit (control): US$20 billion over three to five years, US$10 billion public from a "
          "10-member group led by the United States and Japan and US$10 billion private; power-sector emissions to "
          "peak in 2030 at no more than 290 million tonnes of CO2; renewables at least 34% of power by 2030; net zero "
          "in the power sector by 2050 instead of 2060; an investment plan within six months; South Africa's US$8.5 "
          "billion deal of November 2021. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    trigana()
    sampit()
    jetp()
