"""The table of facts of development set 269 (issue 12): every mention of a figure or date in its articles, with what
it states. ``build`` (tests/benchmarks/factlabels.py) labels every cross-article pair from it by the development
sets' rules; the labels never come from the checker's output.

Run from the repository root after changing an article: ``python tests/data/devset269/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def kaikoura():
    S, K, T, H = "stuff-nov14", "kompas-nov15", "detik-nov17", "nzherald-dec06"
    # as-of times of the running tallies: Monday 14 November 2016 (the stranded, the first aftershock count in the
    # afternoon), Tuesday 15 November (the aftershocks in the morning, the helicopter evacuations by midday),
    # Wednesday 16 November (the navy ship's evacuation), Thursday 17 November (the aftershocks), 6 December (the
    # aftershocks three weeks on). The magnitude: GeoNet's first 7.5 and its raised 7.8 are two as-of times of one
    # reading (an update); GeoNet's first 7.5 against the USGS's 7.8 are two sources.
    MON, MONPM, TUE, TUEAM, WED, THU, DEC6 = ("2016-11-14a", "2016-11-14b", "2016-11-15b", "2016-11-15a",
                                               "2016-11-16", "2016-11-17", "2016-12-06")
    FIRST, UPD = "2016-11-14a0", "2016-11-14a1"
    GEONET, USGS = "GeoNet", "the US Geological Survey"
    names = {
     "mag": "the quake's magnitude", "depth": "depth (km)", "dead": "people killed",
     "tsunami": "height of the tsunami at Kaikoura (m)", "stranded": "tourists stranded in Kaikoura",
     "aftershocks": "aftershocks recorded", "heli": "people flown out by military helicopters",
     "ship": "people taken out by HMNZS Canterbury",
     # dates
     "quake": "day of the earthquake", "asof_tue": "day of the count of 1,500 aftershocks",
     "ship_day": "day of the navy ship's evacuation", "arrive": "day the ship reached Lyttelton",
    }
    ms = [
     M(S, "Monday", D, "quake", "2016-11-14"),
     M(S, "magnitude 7.5", N, "mag", 7.5, FIRST, src=GEONET, cls="mag"),
     M(S, "magnitude 7.8", N, "mag", 7.8, UPD, src=GEONET, cls="mag"),
     M(S, "about 15 km", N, "depth", 15, qual="approx", cls="km"),
     M(S, "two people", N, "dead", 2, MON),
     M(S, "about 2.5 metres", N, "tsunami", 2.5, qual="approx", cls="m"),
     M(S, "about 1,200 tourists", N, "stranded", 1200, MON, qual="approx"),
     M(S, "more than 800 aftershocks", N, "aftershocks", 800, MONPM, qual="morethan"),

     M(K, "bermagnitudo 7,8", N, "mag", 7.8, UPD, cls="mag"),
     M(K, "Senin (14/11/2016)", D, "quake", "2016-11-14"),
     M(K, "7,8", N, "mag", 7.8, UPD, src=USGS, cls="mag", occ=2),
     M(K, "magnitudo 7,5", N, "mag", 7.5, FIRST, src=GEONET, cls="mag"),
     M(K, "sekitar 15 km", N, "depth", 15, qual="approx", cls="km"),
     M(K, "dua orang", N, "dead", 2, TUE),
     M(K, "sekitar 2,5 meter", N, "tsunami", 2.5, qual="approx", cls="m"),
     M(K, "Selasa (15/11/2016)", D, "asof_tue", "2016-11-15"),
     M(K, "lebih dari 1.500 gempa susulan", N, "aftershocks", 1500, TUEAM, qual="morethan"),
     M(K, "Sekitar 1.200 wisatawan", N, "stranded", 1200, TUE, qual="approx"),
     M(K, "lebih dari 200 orang", N, "heli", 200, TUE, qual="morethan"),

     M(T, "540 orang", N, "ship", 540, WED, planted=True),
     M(T, "Rabu (16/11/2016)", D, "ship_day", "2016-11-16"),
     M(T, "Kamis (17/11/2016)", D, "arrive", "2016-11-17"),
     M(T, "bermagnitudo 7,8", N, "mag", 7.8, UPD, cls="mag"),
     M(T, "Senin (14/11/2016)", D, "quake", "2016-11-14"),
     M(T, "dua orang", N, "dead", 2, THU),
     M(T, "lebih dari 2.600 gempa susulan", N, "aftershocks", 2600, THU, qual="morethan"),

     M(H, "magnitude 7.8", N, "mag", 7.8, UPD, cls="mag"),
     M(H, "Nov. 14", D, "quake", "2016-11-14"),
     M(H, "two people", N, "dead", 2, DEC6),
     M(H, "more than 10,000 aftershocks", N, "aftershocks", 10000, DEC6, qual="morethan"),
     M(H, "Nov. 16", D, "ship_day", "2016-11-16"),
     M(H, "about 450 people", N, "ship", 450, WED, qual="approx"),
     M(H, "more than 200 people", N, "heli", 200, TUE, qual="morethan"),
    ]
    build("kaikoura-quake-2016", "The magnitude 7.8 Kaikoura earthquake in New Zealand's South Island (just after "
          "midnight on Monday 14 November 2016; GeoNet's first 7.5 raised to 7.8, the USGS's 7.8): two dead, a tsunami "
          "of about 2.5 m at Kaikoura, about 1,200 tourists stranded; aftershocks more than 800 on Monday afternoon -> "
          "more than 1,500 on Tuesday morning -> more than 2,600 on Thursday -> more than 10,000 by 6 December; more than "
          "200 flown out by helicopter by Tuesday, about 450 taken out by HMNZS Canterbury on Wednesday 16 November",
          False, ms, names)


def samoa():
    A, K, T, R = "ap-sep30", "kompas-oct01", "detik-oct04", "rnz-oct22"
    # as-of times of the running tallies: Wednesday 30 September 2009 (113 dead), Thursday 1 October (149), Sunday 4
    # October (184), the final counts as reported on 22 October (186); each country's dead rise with them. The dead do
    # not fall. The magnitude: the USGS's preliminary 8.3 and its revised 8.0 are two as-of times of one reading (a
    # revision); magnitudes no text credits carry the revised reading.
    WED, THU, SUN, FINAL = "2009-09-30", "2009-10-01", "2009-10-04", "2009-10-22"
    FIRST, UPD = "2009-09-29a0", "2009-09-29a1"
    USGS = "the US Geological Survey"
    names = {
     "mag": "the quake's magnitude", "dist": "distance of the epicentre from Apia (km)", "dead": "people killed in all",
     "dead_ws": "dead in Samoa", "dead_as": "dead in American Samoa", "dead_to": "dead in Tonga",
     "rise_ws": "rise of Samoa's toll from Thursday to Sunday", "days": "days of that rise",
     "homeless": "people in Samoa who lost their homes", "minutes": "minutes before the first waves",
     # dates
     "quake": "day of the earthquake", "asof_wed": "day of the count of 113", "asof_thu": "day of the count of 149",
     "asof_sun": "day of the count of 184", "funeral": "day of the national funeral",
     "declared": "day the US president declared a disaster in American Samoa",
    }
    ms = [
     M(A, "Wednesday", D, "asof_wed", "2009-09-30"),
     M(A, "at least 113 people", N, "dead", 113, WED, qual="atleast"),
     M(A, "Tuesday", D, "quake", "2009-09-29"),
     M(A, "about 190 kilometers", N, "dist", 190, qual="approx", cls="km"),
     M(A, "8.3", N, "mag", 8.3, FIRST, src=USGS, cls="mag"),
     M(A, "8.0", N, "mag", 8.0, UPD, src=USGS, cls="mag"),
     M(A, "Wednesday", D, "asof_wed", "2009-09-30", occ=2),
     M(A, "77 dead", N, "dead_ws", 77, WED),
     M(A, "30 in American Samoa", N, "dead_as", 30, WED),
     M(A, "six in Tonga", N, "dead_to", 6, WED),
     M(A, "Tuesday", D, "declared", "2009-09-29", occ=2),

     M(K, "149 orang", N, "dead", 149, THU),
     M(K, "Kamis (1/10/2009)", D, "asof_thu", "2009-10-01"),
     M(K, "110 korban tewas", N, "dead_ws", 110, THU),
     M(K, "31 orang", N, "dead_as", 31, THU),
     M(K, "delapan orang", N, "dead_to", 8, THU),
     M(K, "bermagnitudo 8,0", N, "mag", 8.0, UPD, cls="mag"),
     M(K, "Selasa (29/9/2009)", D, "quake", "2009-09-29"),
     M(K, "magnitudo 8,3", N, "mag", 8.3, FIRST, src=USGS, cls="mag"),
     M(K, "sekitar 190 kilometer", N, "dist", 190, qual="approx", cls="km"),

     M(T, "184 orang", N, "dead", 184, SUN),
     M(T, "Minggu (4/10/2009)", D, "asof_sun", "2009-10-04"),
     M(T, "141 orang", N, "dead_ws", 141, SUN),
     M(T, "34 orang", N, "dead_as", 34, SUN),
     M(T, "sembilan orang", N, "dead_to", 9, SUN),
     M(T, "bermagnitudo 8,0", N, "mag", 8.0, UPD, cls="mag"),
     M(T, "Senin (28/9/2009)", D, "quake", "2009-09-28", planted=True),
     M(T, "sekitar 160 kilometer", N, "dist", 160, qual="approx", cls="km", planted=True),
     M(T, "110 korban tewas", N, "dead_ws", 110, THU),
     M(T, "Kamis", D, "asof_thu", "2009-10-01"),
     M(T, "31 orang", N, "rise_ws", 31),
     M(T, "tiga hari", N, "days", 3, cls="dur"),
     M(T, "Selasa (6/10/2009)", D, "funeral", "2009-10-06"),

     M(R, "Sept. 29", D, "quake", "2009-09-29"),
     M(R, "143 people", N, "dead_ws", 143, FINAL),
     M(R, "34 in American Samoa", N, "dead_as", 34, FINAL),
     M(R, "nine in Tonga", N, "dead_to", 9, FINAL),
     M(R, "magnitude 8.0", N, "mag", 8.0, UPD, src=USGS, cls="mag"),
     M(R, "about 190 kilometers", N, "dist", 190, qual="approx", cls="km"),
     M(R, "about 15 minutes", N, "minutes", 15, qual="approx", cls="dur"),
     M(R, "More than 3,000 people", N, "homeless", 3000, FINAL, qual="morethan"),
     M(R, "Oct. 6", D, "funeral", "2009-10-06"),
    ]
    build("samoa-tsunami-2009", "The South Pacific tsunami of Tuesday 29 September 2009 (6:48 a.m. local time), set "
          "off by an undersea earthquake about 190 km south of Apia (the USGS's preliminary 8.3 revised to 8.0): the "
          "dead in all at least 113 on Wednesday 30 September (77 in Samoa, 30 in American Samoa, six in Tonga) -> 149 "
          "on Thursday 1 October (110, 31, eight) -> 184 on Sunday 4 October (141, 34, nine) -> 143, 34 and nine in the "
          "final counts; more than 3,000 homeless in Samoa; the national funeral of Tuesday 6 October", False, ms, names)


def rba():
    R, K, B, A = "reuters-feb18", "kontan-feb19", "bisnis-feb20", "abc-feb21"
    names = {
     "cut": "size of the cut (basis points)", "rate": "the new cash rate", "prev": "the previous cash rate",
     "hikes": "rate rises from May 2022", "low": "the record low cash rate", "trim": "trimmed mean inflation",
     "headline": "headline inflation", "target": "the inflation target band", "unemp": "unemployment in December",
     "months": "months the rate was held at 4.35%",
     # dates
     "decision": "day of the decision", "lastcut": "month of the previous cut", "hold": "month of the last rise",
     "start": "month the rises began", "next": "day the next meeting ends",
    }
    ms = [
     M(R, "25 basis points", N, "cut", 25, cls="bp"),
     M(R, "4.10%", N, "rate", 4.10, cls="pct"),
     M(R, "Tuesday", D, "decision", "2025-02-18"),
     M(R, "November 2020", D, "lastcut", "2020-11"),
     M(R, "4.35%", N, "prev", 4.35, cls="pct"),
     M(R, "November 2023", D, "hold", "2023-11"),
     M(R, "13 increases", N, "hikes", 13),
     M(R, "May 2022", D, "start", "2022-05"),
     M(R, "0.1%", N, "low", 0.1, cls="pct"),
     M(R, "3.2%", N, "trim", 3.2, cls="pct"),
     M(R, "2.4%", N, "headline", 2.4, cls="pct"),
     M(R, "between 2% and 3%", N, "target", 2, cls="pct"),
     M(R, "4.0%", N, "unemp", 4.0, cls="pct"),
     M(R, "April 1", D, "next", "2025-04-01"),

     M(K, "25 basis poin", N, "cut", 25, cls="bp"),
     M(K, "4,10%", N, "rate", 4.10, cls="pct"),
     M(K, "Selasa (18/2/2025)", D, "decision", "2025-02-18"),
     M(K, "November 2020", D, "lastcut", "2020-11"),
     M(K, "4,35%", N, "prev", 4.35, cls="pct"),
     M(K, "November 2023", D, "hold", "2023-11"),
     M(K, "13 kali", N, "hikes", 13),
     M(K, "Mei 2022", D, "start", "2022-05"),
     M(K, "0,1%", N, "low", 0.1, cls="pct"),
     M(K, "3,2%", N, "trim", 3.2, cls="pct"),
     M(K, "2,4%", N, "headline", 2.4, cls="pct"),
     M(K, "2% hingga 3%", N, "target", 2, cls="pct"),
     M(K, "4,0%", N, "unemp", 4.0, cls="pct"),

     M(B, "Selasa (18/2/2025)", D, "decision", "2025-02-18"),
     M(B, "4,35%", N, "prev", 4.35, cls="pct"),
     M(B, "4,10%", N, "rate", 4.10, cls="pct"),
     M(B, "25 bps", N, "cut", 25, cls="bp"),
     M(B, "November 2020", D, "lastcut", "2020-11"),
     M(B, "4,35%", N, "prev", 4.35, cls="pct", occ=2),
     M(B, "November 2023", D, "hold", "2023-11"),
     M(B, "13 kali kenaikan", N, "hikes", 13),
     M(B, "Mei 2022", D, "start", "2022-05"),
     M(B, "3,2%", N, "trim", 3.2, cls="pct"),
     M(B, "2,4%", N, "headline", 2.4, cls="pct"),
     M(B, "2%–3%", N, "target", 2, cls="pct"),
     M(B, "4,0%", N, "unemp", 4.0, cls="pct"),
     M(B, "1 April 2025", D, "next", "2025-04-01"),

     M(A, "Tuesday, Feb. 18", D, "decision", "2025-02-18"),
     M(A, "a quarter of a percentage point", N, "cut", 25, qual="unit", cls="bp"),
     M(A, "4.10%", N, "rate", 4.10, cls="pct"),
     M(A, "November 2020", D, "lastcut", "2020-11"),
     M(A, "15 months", N, "months", 15, cls="dur"),
     M(A, "4.35%", N, "prev", 4.35, cls="pct"),
     M(A, "13 rate rises", N, "hikes", 13),
     M(A, "May 2022", D, "start", "2022-05"),
     M(A, "0.1%", N, "low", 0.1, cls="pct"),
     M(A, "3.2%", N, "trim", 3.2, cls="pct"),
     M(A, "2.4%", N, "headline", 2.4, cls="pct"),
     M(A, "2-3%", N, "target", 2, cls="pct"),
     M(A, "4.0%", N, "unemp", 4.0, cls="pct"),
     M(A, "April 1", D, "next", "2025-04-01"),
    ]
    build("rba-february-2025", "Australia's central bank cuts its cash rate (control) by 25 basis points to 4.10% on "
          "Tuesday 18 February 2025, its first cut since November 2020, after holding at 4.35% since November 2023 "
          "following 13 rises from May 2022 from 0.1%; trimmed mean inflation 3.2% and headline 2.4% in the year to "
          "the December quarter, the 2-3% target, unemployment 4.0% in December, the next meeting ending on 1 April "
          "2025. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    kaikoura()
    samoa()
    rba()
