"""The thirty-sixth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset36/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def amatrice():
    R1, K, A, T, R2 = "reuters-aug24", "kompas-aug25", "ansa-aug26", "tempo-aug28", "reuters-aug24-2017"
    names = {
     "dead": "death toll of the quake (all towns)", "amatrice_dead": "dead in Amatrice",
     "arquata_dead": "dead in Arquata del Tronto", "accumoli": "dead in Accumoli",
     "injured": "people treated in hospital", "homeless": "people in tent camps", "rescued": "people pulled alive",
     "rescuers": "rescuers deployed", "aftershocks": "aftershocks recorded", "mag": "magnitude of the main shock",
     "depth": "depth of the main shock (km)", "after_mag": "magnitude of the strongest aftershock on the first day",
     "after2_mag": "magnitude of Friday's aftershock", "laquila_mag": "magnitude of the 2009 L'Aquila quake",
     "laquila_dead": "dead in the 2009 L'Aquila quake", "norcia_mag": "magnitude of the 30 October quake",
     "jan_mag": "magnitude of the 18 January quakes", "jan_quakes": "quakes above 5 on 18 January",
     "fund": "emergency fund", "damage": "damage of the whole sequence", "homes": "prefabricated homes ordered",
     # dates
     "quake": "day of the quake", "toll247day": "day the 247 dead were counted", "emergency": "day the cabinet declared the emergency",
     "toll267day": "day the 267 dead were counted", "after2day": "day of the 4.7 aftershock",
     "funeral_ap": "day of the state funeral in Ascoli Piceno", "toll290day": "day the 290 dead were counted",
     "funeral_am": "day of the funeral in Amatrice", "y2009": "the L'Aquila quake (2009)", "y2012": "year the school was renovated",
     "norcia": "day of the Norcia quake", "y1980": "year of the 1980 quake", "jan18": "day of the four January quakes",
    }
    ms = [
     M(R1, "at least 120 people", N, "dead", 120, "2016-08-24T20", "atleast"),
     M(R1, "6.2", N, "mag", 6.2, cls="mag", src="USGS"),
     M(R1, "10 km", N, "depth", 10, cls="len", src="USGS"),
     M(R1, "6.0", N, "mag", 6.0, cls="mag", src="INGV"),
     M(R1, "about 4 km", N, "depth", 4, qual="approx", cls="len", src="INGV"),
     M(R1, "more than 150 aftershocks", N, "aftershocks", 150, "2016-08-24T20", "morethan"),
     M(R1, "5.4", N, "after_mag", 5.4, cls="mag"),
     M(R1, "6.3", N, "laquila_mag", 6.3, cls="mag"),
     M(R1, "309 people", N, "laquila_dead", 309),
     M(R1, "Wednesday", D, "quake", "2016-08-24"),
     M(R1, "2009", D, "y2009", "2009"),

     M(K, "247 orang", N, "dead", 247, "2016-08-25"),
     M(K, "Kamis (25/8/2016)", D, "toll247day", "2016-08-25"),
     M(K, "Rabu (24/8/2016)", D, "quake", "2016-08-24"),
     M(K, "magnitudo 6,2", N, "mag", 6.2, cls="mag", src="USGS"),
     M(K, "12 warganya", N, "accumoli", 12, "2016-08-25"),
     M(K, "264 orang", N, "injured", 264, "2016-08-25", "atleast"),
     M(K, "lebih dari 1.000 gempa susulan", N, "aftershocks", 1000, "2016-08-25", "morethan"),
     M(K, "Kamis", D, "emergency", "2016-08-25", occ=2),
     M(K, "50 juta euro", N, "fund", 50e6, cls="money"),
     M(K, "Lebih dari 4.000 petugas", N, "rescuers", 4000, "2016-08-25", "morethan"),
     M(K, "April 2009", D, "y2009", "2009-04"),
     M(K, "309 orang", N, "laquila_dead", 309),

     M(A, "August 26", D, "toll267day", "2016-08-26"),
     M(A, "Wednesday", D, "quake", "2016-08-24"),
     M(A, "267", N, "dead", 267, "2016-08-26"),
     M(A, "Friday", D, "toll267day", "2016-08-26"),
     M(A, "207", N, "amatrice_dead", 207, "2016-08-26"),
     M(A, "49", N, "arquata_dead", 49, "2016-08-26"),
     M(A, "11", N, "accumoli", 11, "2016-08-26"),
     M(A, "12", N, "accumoli", 12, "2016-08-25"),
     M(A, "Some 388 people", N, "injured", 388, "2016-08-26", "approx"),
     M(A, "about 2,500", N, "homeless", 2500, "2016-08-26", "approx", fall=True),
     M(A, "4.7", N, "after2_mag", 4.7, cls="mag"),
     M(A, "Friday", D, "after2day", "2016-08-26", occ=2),
     M(A, "more than 1,300 aftershocks", N, "aftershocks", 1300, "2016-08-26", "morethan"),
     M(A, "215 people", N, "rescued", 215, "2016-08-26"),
     M(A, "Thursday", D, "emergency", "2016-08-25"),
     M(A, "50 million euros", N, "fund", 50e6, cls="money"),
     M(A, "Saturday", D, "funeral_ap", "2016-08-27"),

     M(T, "290 orang", N, "dead", 290, "2016-08-28"),
     M(T, "Minggu (28/8/2016)", D, "toll290day", "2016-08-28"),
     M(T, "229 korban", N, "amatrice_dead", 229, "2016-08-28"),
     M(T, "50", N, "arquata_dead", 50, "2016-08-28"),
     M(T, "11", N, "accumoli", 11, "2016-08-28"),
     M(T, "Jumat (26/8/2016)", D, "funeral_ap", "2016-08-26", planted=True),
     M(T, "Selasa (30/8/2016)", D, "funeral_am", "2016-08-30"),
     M(T, "Rabu (24/8/2016)", D, "quake", "2016-08-24"),
     M(T, "magnitudo 6,0", N, "mag", 6.0, cls="mag", src="INGV"),
     M(T, "lebih dari 2.500 gempa susulan", N, "aftershocks", 2500, "2016-08-28", "morethan"),
     M(T, "Sekitar 2.700 warga", N, "homeless", 2700, "2016-08-28", "approx", fall=True),
     M(T, "2012", D, "y2012", "2012"),
     M(T, "Kamis (25/8/2016)", D, "emergency", "2016-08-25"),

     M(R2, "299 people", N, "dead", 299, "final"),
     M(R2, "237", N, "amatrice_dead", 237, "final"),
     M(R2, "51", N, "arquata_dead", 51, "final"),
     M(R2, "11", N, "accumoli", 11, "final"),
     M(R2, "Aug. 24, 2016", D, "quake", "2016-08-24"),
     M(R2, "magnitude 6.0", N, "mag", 6.0, cls="mag", src="INGV"),
     M(R2, "Oct. 30", D, "norcia", "2016-10-30"),
     M(R2, "magnitude 6.5", N, "norcia_mag", 6.5, cls="mag"),
     M(R2, "1980", D, "y1980", "1980"),
     M(R2, "Jan. 18", D, "jan18", "2017-01-18"),
     M(R2, "four more quakes", N, "jan_quakes", 4),
     M(R2, "magnitude 5", N, "jan_mag", 5, qual="morethan", cls="mag"),
     M(R2, "about 23.5 billion euros", N, "damage", 23.5e9, qual="approx", cls="money"),
     M(R2, "3,600 prefabricated homes", N, "homes", 3600),
     M(R2, "2012", D, "y2012", "2012"),
    ]
    build("amatrice-quake-2016", "The central Italy earthquake of Wednesday 24 August 2016 (Amatrice, Accumoli, Arquata "
          "del Tronto): two institutes' magnitudes and depths (USGS 6.2 / 10 km, INGV 6.0 / about 4 km), the toll "
          "rising over days (at least 120 -> 247 -> 267 -> 290 -> 299 a year on) beside the towns' tolls, Accumoli's "
          "corrected down from 12 to 11, the injured, the homeless, the aftershocks rising, a Friday aftershock, the "
          "L'Aquila (2009), Norcia (30 October) and January 2017 quakes recalled; dates of the quake, the emergency, "
          "the briefings, two funerals", False, ms, names)


def india():
    R, K, H, A, R2 = "reuters-may23", "kompas-may24", "thehindu-may26", "antara-may31", "reuters-jul03"
    names = {
     "bjp": "seats won by the BJP", "nda": "seats won by the NDA", "cong": "seats won by Congress",
     "total": "elected seats of the Lok Sabha", "majority": "seats needed for a majority", "phases": "polling phases",
     "vvpat": "polling stations per assembly segment whose paper slips are checked", "electors": "eligible voters",
     "voters": "people who voted", "turnout": "turnout", "nifty": "Nifty index level", "bjp2014": "BJP seats in 2014",
     "cong2014": "Congress seats in 2014", "years_since": "years since a single-party majority",
     "bjp_share": "BJP vote share", "cong_share": "Congress vote share", "bjp_share2014": "BJP vote share in 2014",
     "varanasi": "Modi's margin in Varanasi", "amethi": "Rahul Gandhi's losing margin in Amethi",
     "elected": "elected members on the list", "ministers": "ministers sworn in with Modi", "cabinet": "cabinet ministers",
     "mos_ind": "ministers of state with independent charge", "mos": "ministers of state", "guests": "guests at the swearing-in",
     "gap": "days between the count and the 25 May meetings", "rahul_age": "Rahul Gandhi's age",
     # dates
     "count": "day of the count", "poll_start": "first polling day", "poll_end": "last polling day",
     "sc_order": "month of the Supreme Court's order", "y2014": "the 2014 election", "final_day": "day the final results were out",
     "count_end": "day the count ended", "y1971": "the 1971 election", "appoint": "day the President appointed Modi",
     "swearing": "day of the swearing-in", "resign": "day Modi resigned his council of ministers", "list": "day the list of MPs was handed over",
     "vellore": "month the Vellore poll was cancelled", "gujarat": "day of Modi's visit to Gujarat",
     "varanasi_visit": "day of Modi's visit to Varanasi", "cwc": "day the working committee rejected the resignation offer",
     "nda_leader": "day the NDA chose Modi as leader", "y2014inaug": "year of Modi's first swearing-in",
     "rahul_quit": "day Rahul Gandhi stepped down", "rahul_pres": "month Rahul Gandhi became party president",
    }
    ms = [
     M(R, "Thursday", D, "count", "2019-05-23"),
     M(R, "about 300", N, "bjp", 300, "2019-05-23T14", "approx"),
     M(R, "543", N, "total", 543),
     M(R, "272", N, "majority", 272),
     M(R, "about 345 seats", N, "nda", 345, "2019-05-23T14", "approx"),
     M(R, "51", N, "cong", 51, "2019-05-23T14"),
     M(R, "seven phases", N, "phases", 7),
     M(R, "April 11", D, "poll_start", "2019-04-11"),
     M(R, "May 19", D, "poll_end", "2019-05-19"),
     M(R, "five polling stations", N, "vvpat", 5),
     M(R, "April", D, "sc_order", "2019-04", occ=2),
     M(R, "About 900 million people", N, "electors", 900e6, qual="approx"),
     M(R, "67.11%", N, "turnout", 67.11, "2019-05-20", cls="pct"),
     M(R, "12,000", N, "nifty", 12000, cls="index"),
     M(R, "282 seats", N, "bjp2014", 282),
     M(R, "30 years", N, "years_since", 30, cls="dur"),
     M(R, "2014", D, "y2014", "2014"),

     M(K, "303", N, "bjp", 303, "final"),
     M(K, "543", N, "total", 543),
     M(K, "Jumat (24/5/2019)", D, "final_day", "2019-05-24"),
     M(K, "353 kursi", N, "nda", 353, "final"),
     M(K, "272 kursi", N, "majority", 272),
     M(K, "52 kursi", N, "cong", 52, "final"),
     M(K, "44 kursi", N, "cong2014", 44),
     M(K, "2014", D, "y2014", "2014"),
     M(K, "37,4 persen", N, "bjp_share", 37.4, qual="approx", cls="pct"),
     M(K, "19,5 persen", N, "cong_share", 19.5, qual="approx", cls="pct"),
     M(K, "479.505 suara", N, "varanasi", 479505, cls="votes"),
     M(K, "55.120 suara", N, "amethi", 55120, cls="votes"),
     M(K, "Jumat", D, "count_end", "2019-05-24", occ=2),
     M(K, "1971", D, "y1971", "1971"),
     M(K, "tujuh tahap", N, "phases", 7),
     M(K, "11 April", D, "poll_start", "2019-04-11"),
     M(K, "19 Mei", D, "poll_end", "2019-05-19"),

     M(H, "Saturday", D, "appoint", "2019-05-25"),
     M(H, "May 31", D, "swearing", "2019-05-31", planted=True),
     M(H, "Friday", D, "resign", "2019-05-24"),
     M(H, "353 members", N, "nda", 353, "final"),
     M(H, "303", N, "bjp", 303, "final"),
     M(H, "37.36 per cent", N, "bjp_share", 37.36, cls="pct"),
     M(H, "31.34 per cent", N, "bjp_share2014", 31.34, cls="pct"),
     M(H, "2014", D, "y2014", "2014"),
     M(H, "542 elected members", N, "elected", 542),
     M(H, "Saturday", D, "list", "2019-05-25", occ=2),
     M(H, "April", D, "vellore", "2019-04"),
     M(H, "Sunday", D, "gujarat", "2019-05-26"),
     M(H, "Monday", D, "varanasi_visit", "2019-05-27"),
     M(H, "Saturday", D, "cwc", "2019-05-25", occ=3),

     M(A, "Kamis (30/5/2019)", D, "swearing", "2019-05-30"),
     M(A, "57 menteri", N, "ministers", 57),
     M(A, "24 menteri kabinet", N, "cabinet", 24),
     M(A, "sembilan menteri negara", N, "mos_ind", 9),
     M(A, "24 menteri negara", N, "mos", 24),
     M(A, "Sekitar 8.000 tamu", N, "guests", 8000, qual="approx"),
     M(A, "Sabtu (25/5/2019)", D, "nda_leader", "2019-05-25"),
     M(A, "dua hari", N, "gap", 2, cls="dur"),
     M(A, "302 kursi", N, "bjp", 302, "final", planted=True),
     M(A, "353 kursi", N, "nda", 353, "final"),
     M(A, "543 kursi", N, "total", 543),
     M(A, "Lebih dari 600 juta orang", N, "voters", 600e6, qual="morethan"),
     M(A, "67,11 persen", N, "turnout", 67.11, "2019-05-20", cls="pct"),
     M(A, "2014", D, "y2014inaug", "2014"),

     M(R2, "Wednesday", D, "rahul_quit", "2019-07-03"),
     M(R2, "52", N, "cong", 52, "final"),
     M(R2, "543", N, "total", 543),
     M(R2, "44", N, "cong2014", 44),
     M(R2, "2014", D, "y2014", "2014"),
     M(R2, "303 seats", N, "bjp", 303, "final"),
     M(R2, "37.4%", N, "bjp_share", 37.4, qual="approx", cls="pct"),
     M(R2, "67.4%", N, "turnout", 67.4, "final", cls="pct"),
     M(R2, "49", N, "rahul_age", 49, cls="age"),
     M(R2, "May 25", D, "cwc", "2019-05-25"),
     M(R2, "two days", N, "gap", 2, cls="dur"),
     M(R2, "55,120 votes", N, "amethi", 55120, cls="votes"),
     M(R2, "December 2017", D, "rahul_pres", "2017-12"),
    ]
    build("india-election-2019", "India's general election of 2019 (seven phases from 11 April to 19 May, the count on "
          "Thursday 23 May): the BJP's leads (about 300) and final seats (303), the NDA's (about 345 -> 353), "
          "Congress's (51 -> 52), shares, turnout (67.11% -> 67.4% final), margins in Varanasi and Amethi, the 2014 "
          "result recalled (282, 44, 31.34%); dates of the count, the results, the appointment, the NDA's choice, the "
          "working committee, the swearing-in on Thursday 30 May with 57 ministers, Rahul Gandhi's resignation on 3 "
          "July", False, ms, names)


def bok():
    Y, B, H, K = "yonhap-jan11", "bisnis-jan12", "koreaherald-jan13", "kontan-jan15"
    names = {
     "rate": "BOK base rate", "board": "members of the monetary policy board", "hike_size": "size of the last hike",
     "hikes": "hikes in the cycle", "cum": "total tightening of the cycle", "cpi_dec": "inflation in December 2023",
     "cpi_nov": "inflation in November 2023", "cpi_2023": "average inflation in 2023", "f_infl": "inflation forecast for 2024",
     "f_gdp": "growth forecast for 2024", "gdp2023": "growth in 2023", "hawks": "members open to a hike",
     "members_ex": "members other than the governor", "hike_to": "rate a hike would reach", "horizon": "months ahead",
     "gap": "gap with the US rate", "target": "inflation target",
     # dates
     "decision": "day of the decision", "lasthike": "month of the last hike", "cyclestart": "month the hikes began",
     "decmonth": "December 2023", "novmonth": "November 2023", "year2023": "the year 2023", "next": "day of the next meeting",
     "workout": "day Taeyoung applied for a workout",
    }
    ms = [
     M(Y, "Jan. 11", D, "decision", "2024-01-11"),
     M(Y, "3.5 percent", N, "rate", 3.5, "2024-01-11", cls="pct"),
     M(Y, "Thursday", D, "decision", "2024-01-11"),
     M(Y, "seven-member", N, "board", 7),
     M(Y, "0.25 percentage point", N, "hike_size", 0.25, cls="pp"),
     M(Y, "3.5 percent", N, "rate", 3.5, "2023-01", cls="pct", occ=2),
     M(Y, "January 2023", D, "lasthike", "2023-01"),
     M(Y, "10 hikes", N, "hikes", 10),
     M(Y, "3 percentage points", N, "cum", 3, cls="pp"),
     M(Y, "August 2021", D, "cyclestart", "2021-08"),
     M(Y, "3.2 percent", N, "cpi_dec", 3.2, cls="pct"),
     M(Y, "December", D, "decmonth", "2023-12"),
     M(Y, "3.3 percent", N, "cpi_nov", 3.3, cls="pct"),
     M(Y, "November", D, "novmonth", "2023-11"),
     M(Y, "3.6 percent", N, "cpi_2023", 3.6, cls="pct"),
     M(Y, "2023", D, "year2023", "2023", occ=2),
     M(Y, "2.6 percent", N, "f_infl", 2.6, cls="pct"),
     M(Y, "2.1 percent", N, "f_gdp", 2.1, cls="pct"),
     M(Y, "1.4 percent", N, "gdp2023", 1.4, cls="pct"),
     M(Y, "2023", D, "year2023", "2023", occ=3),
     M(Y, "five", N, "hawks", 5),
     M(Y, "six", N, "members_ex", 6),
     M(Y, "3.75 percent", N, "hike_to", 3.75, cls="pct"),
     M(Y, "three months", N, "horizon", 3, cls="dur"),
     M(Y, "2 percentage points", N, "gap", 2, cls="pp"),
     M(Y, "Feb. 22", D, "next", "2024-02-22"),

     M(B, "3,5 persen", N, "rate", 3.5, "2024-01-11", cls="pct"),
     M(B, "Kamis (11/1/2024)", D, "decision", "2024-01-11"),
     M(B, "tujuh orang", N, "board", 7),
     M(B, "3,2 persen", N, "cpi_dec", 3.2, cls="pct"),
     M(B, "Desember 2023", D, "decmonth", "2023-12"),
     M(B, "3,3 persen", N, "cpi_nov", 3.3, cls="pct"),
     M(B, "November", D, "novmonth", "2023-11"),
     M(B, "3,6 persen", N, "cpi_2023", 3.6, cls="pct"),
     M(B, "2023", D, "year2023", "2023", occ=2),
     M(B, "2,6 persen", N, "f_infl", 2.6, cls="pct"),
     M(B, "2,1 persen", N, "f_gdp", 2.1, cls="pct"),
     M(B, "1,4 persen", N, "gdp2023", 1.4, cls="pct"),
     M(B, "2023", D, "year2023", "2023", occ=3),
     M(B, "Lima", N, "hawks", 5),
     M(B, "enam", N, "members_ex", 6),
     M(B, "3,75 persen", N, "hike_to", 3.75, cls="pct"),
     M(B, "tiga bulan", N, "horizon", 3, cls="dur"),
     M(B, "3,5 persen", N, "rate", 3.5, "2023-01", cls="pct", occ=2),
     M(B, "Januari 2023", D, "lasthike", "2023-01"),
     M(B, "0,25 poin persentase", N, "hike_size", 0.25, cls="pp"),
     M(B, "2 poin persentase", N, "gap", 2, cls="pp"),
     M(B, "22 Februari 2024", D, "next", "2024-02-22"),

     M(H, "Thursday", D, "decision", "2024-01-11"),
     M(H, "3.50 percent", N, "rate", 3.5, "2024-01-11", cls="pct"),
     M(H, "3.2 percent", N, "cpi_dec", 3.2, cls="pct"),
     M(H, "December", D, "decmonth", "2023-12"),
     M(H, "2 percent", N, "target", 2, cls="pct"),
     M(H, "five", N, "hawks", 5),
     M(H, "six", N, "members_ex", 6),
     M(H, "3.75 percent", N, "hike_to", 3.75, cls="pct"),
     M(H, "three months", N, "horizon", 3, cls="dur"),
     M(H, "3.5 percent", N, "rate", 3.5, "2023-01", cls="pct"),
     M(H, "January 2023", D, "lasthike", "2023-01"),
     M(H, "10 increases", N, "hikes", 10),
     M(H, "3 percentage points", N, "cum", 3, cls="pp"),
     M(H, "August 2021", D, "cyclestart", "2021-08"),
     M(H, "2.6 percent", N, "f_infl", 2.6, cls="pct"),
     M(H, "2.1 percent", N, "f_gdp", 2.1, cls="pct"),
     M(H, "Dec. 28", D, "workout", "2023-12-28"),
     M(H, "Feb. 22", D, "next", "2024-02-22"),

     M(K, "Kamis (11/1/2024)", D, "decision", "2024-01-11"),
     M(K, "3,50%", N, "rate", 3.5, "2024-01-11", cls="pct"),
     M(K, "Desember 2023", D, "decmonth", "2023-12"),
     M(K, "3,2%", N, "cpi_dec", 3.2, cls="pct"),
     M(K, "2%", N, "target", 2, cls="pct"),
     M(K, "Agustus 2021", D, "cyclestart", "2021-08"),
     M(K, "10 kali", N, "hikes", 10),
     M(K, "3 poin persentase", N, "cum", 3, cls="pp"),
     M(K, "2 poin persentase", N, "gap", 2, cls="pp"),
     M(K, "2,1%", N, "f_gdp", 2.1, cls="pct"),
     M(K, "2,6%", N, "f_infl", 2.6, cls="pct"),
     M(K, "22 Februari 2024", D, "next", "2024-02-22"),
    ]
    build("bok-rate-2024", "The Bank of Korea's rate decision of Thursday 11 January 2024 (control): the base rate held "
          "at 3.5% for the eighth straight meeting since the last 0.25-point hike in January 2023 (10 hikes totalling 3 "
          "points since August 2021), a unanimous board of seven with five of the six other members open to 3.75% for "
          "three months, December inflation 3.2% (November 3.3%, 2023 average 3.6%), forecasts of 2.6% inflation and "
          "2.1% growth after 1.4% in 2023, a 2-point gap with the US, the 2% target, the next meeting on 22 February. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    amatrice()
    india()
    bok()
