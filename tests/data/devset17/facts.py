"""The seventeenth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset17/facts.py`` (``--show`` prints
each mention in its context).
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)

# the sources of the typhoon's toll: every toll mention carries one, so two bodies' counts are `sources`
LEYTE, NDRRMC, UN, AQUINO = "Leyte officials", "the national disaster agency (NDRRMC)", "the UN (OCHA)", "President Aquino"


def haiyan():
    R, K, A, T, P = "reuters-nov10", "kompas-nov12", "afp-nov13", "detik-nov14", "rappler-nov08-2014"
    names = {
     "dead": "death toll of the typhoon", "injured": "people injured", "missing": "people missing",
     "affected": "people affected", "displaced": "people displaced", "pop": "population of Tacloban",
     "tacloban_dead": "dead in Tacloban", "sustained": "maximum sustained winds (km/h)", "gust": "gusts (km/h)",
     "surge": "storm surge height (m)", "ormoc": "dead in the 1991 Ormoc storm (Thelma/Uring)",
     "hercules": "Indonesian Hercules aircraft sent", "appeal": "UN flash appeal (US$)", "plan788": "UN response plan (US$)",
     "rehab": "rehabilitation plan (pesos)", "sailors": "sailors on the USS George Washington",
     "aircraft": "aircraft on the USS George Washington", "houses": "houses damaged or destroyed",
     "gap_days": "days between landfall and the police chief's estimate",
     "aquino_days": "days between landfall and Aquino's estimate", "appeal_months": "months the appeal covers",
     # dates
     "landfall": "day of landfall", "soria": "day the police chief gave the 10,000 estimate",
     "govmeeting": "day of the governor's meeting", "count10": "day the 255 dead were counted",
     "count12": "day the 1,774 dead were counted", "calamity": "day the state of national calamity was declared",
     "aquino_said": "day Aquino gave his estimate on CNN", "aid_sent": "day Indonesia sent two Hercules",
     "y1991": "year of the Ormoc storm", "un_said": "day the UN gave 4,460 dead", "appeal_day": "day the UN appeal was launched",
     "carrier": "day the USS George Washington arrived", "un_revised": "day the UN lowered its toll",
     "count14": "day the 2,357 dead were counted", "rehab_day": "day Aquino approved the rehabilitation plan",
     "anniversary": "day of the first anniversary",
    }
    ms = [
     M(R, "About 10,000 people", N, "dead", 10000, "2013-11-10", "approx", src=LEYTE),
     M(R, "Sunday", D, "soria", "2013-11-10"),
     M(R, "two days", N, "gap_days", 2, cls="dur"),
     M(R, "Saturday", D, "govmeeting", "2013-11-09"),
     M(R, "220,000", N, "pop", 220000, qual="approx"),
     M(R, "255 dead", N, "dead", 255, "2013-11-10", src=NDRRMC),
     M(R, "Sunday", D, "count10", "2013-11-10", occ=2),
     M(R, "Friday", D, "landfall", "2013-11-08"),
     M(R, "235 km per hour", N, "sustained", 235, src="PAGASA", cls="speed"),
     M(R, "275 km per hour", N, "gust", 275, cls="speed"),
     M(R, "315 km per hour", N, "sustained", 315, src="the Joint Typhoon Warning Center", cls="speed"),
     M(R, "5 metres", N, "surge", 5, cls="len"),
     M(R, "9.5 million people", N, "affected", 9.5e6, "2013-11-10", "approx"),

     M(K, "1.774 orang", N, "dead", 1774, "2013-11-12", src=NDRRMC),
     M(K, "Selasa (12/11/2013)", D, "count12", "2013-11-12"),
     M(K, "2.487 orang", N, "injured", 2487, "2013-11-12"),
     M(K, "82 orang", N, "missing", 82, "2013-11-12", fall=True),
     M(K, "Senin (11/11/2013)", D, "calamity", "2013-11-11"),
     M(K, "Selasa", D, "aquino_said", "2013-11-12", occ=2),
     M(K, "2.500 orang", N, "dead", 2500, "2013-11-12", "nearly", src=AQUINO),
     M(K, "10.000 orang", N, "dead", 10000, "2013-11-10", "approx", src=LEYTE),
     M(K, "Jumat (8/11/2013)", D, "landfall", "2013-11-08"),
     M(K, "235 kilometer per jam", N, "sustained", 235, src="PAGASA", cls="speed"),
     M(K, "lima meter", N, "surge", 5, cls="len"),
     M(K, "sekitar 5.100 orang", N, "ormoc", 5100, qual="approx"),
     M(K, "1991", D, "y1991", "1991"),
     M(K, "dua pesawat Hercules", N, "hercules", 2),
     M(K, "Selasa", D, "aid_sent", "2013-11-12", occ=3),

     M(A, "4,460 people", N, "dead", 4460, "2013-11-13", src=UN),
     M(A, "Wednesday", D, "un_said", "2013-11-13"),
     M(A, "2,275 deaths", N, "dead", 2275, "2013-11-13", src=NDRRMC),
     M(A, "11.3 million people", N, "affected", 11.3e6, "2013-11-13"),
     M(A, "673,000", N, "displaced", 673000, "2013-11-13", "approx"),
     M(A, "Tuesday", D, "appeal_day", "2013-11-12"),
     M(A, "$301 million", N, "appeal", 301e6, cls="money"),
     M(A, "six months", N, "appeal_months", 6, cls="dur"),
     M(A, "5,000 sailors", N, "sailors", 5000),
     M(A, "more than 80 aircraft", N, "aircraft", 80, qual="morethan"),
     M(A, "Thursday", D, "carrier", "2013-11-14"),
     M(A, "Monday", D, "calamity", "2013-11-11"),
     M(A, "Tuesday", D, "aquino_said", "2013-11-12", occ=2),
     M(A, "2,500", N, "dead", 2500, "2013-11-12", "approx", src=AQUINO),
     M(A, "315 kilometres an hour", N, "sustained", 315, src="the Joint Typhoon Warning Center", cls="speed"),

     M(T, "2.357 orang", N, "dead", 2357, "2013-11-14", src=UN),
     M(T, "Kamis (14/11/2013)", D, "un_revised", "2013-11-14"),
     M(T, "4.460 orang", N, "dead", 4460, "2013-11-13", src=UN),
     M(T, "2.357 orang", N, "dead", 2357, "2013-11-14", src=NDRRMC, occ=2),
     M(T, "Kamis", D, "count14", "2013-11-14", occ=2),
     M(T, "3.853 orang", N, "injured", 3853, "2013-11-14"),
     M(T, "77 orang", N, "missing", 77, "2013-11-14", fall=True),
     M(T, "310 juta dollar AS", N, "appeal", 310e6, cls="money", planted=True),
     M(T, "Selasa (12/11/2013)", D, "appeal_day", "2013-11-12"),
     M(T, "enam bulan", N, "appeal_months", 6, cls="dur"),
     M(T, "11,3 juta orang", N, "affected", 11.3e6, "2013-11-14"),
     M(T, "673.000", N, "displaced", 673000, "2013-11-14", "approx"),
     M(T, "Kamis", D, "carrier", "2013-11-14", occ=3),
     M(T, "lebih dari 80 pesawat", N, "aircraft", 80, qual="morethan"),
     M(T, "2.500 orang", N, "dead", 2500, "2013-11-12", "approx", src=AQUINO),

     M(P, "November 8, 2013", D, "landfall", "2013-11-08"),
     M(P, "6,300 dead", N, "dead", 6300, "final", src=NDRRMC),
     M(P, "28,689 injured", N, "injured", 28689, "final"),
     M(P, "1,061 missing", N, "missing", 1061, "final", fall=True),
     M(P, "10,000", N, "dead", 10000, "2013-11-10", "approx", src=LEYTE),
     M(P, "2,500", N, "dead", 2500, "2013-11-12", "approx", src=AQUINO),
     M(P, "four days", N, "aquino_days", 4, cls="dur"),
     M(P, "220,000", N, "pop", 220000, qual="approx"),
     M(P, "more than 2,600", N, "tacloban_dead", 2600, "final", "morethan"),
     M(P, "1.1 million houses", N, "houses", 1.1e6, "final", "morethan"),
     M(P, "4.1 million people", N, "displaced", 4.1e6, "final", "approx"),
     M(P, "170.9-billion-peso", N, "rehab", 170.9e9, cls="money"),
     M(P, "October 29", D, "rehab_day", "2014-10-29"),
     M(P, "Saturday", D, "anniversary", "2014-11-08"),
     M(P, "about 5,100 people", N, "ormoc", 5100, qual="approx"),
     M(P, "1991", D, "y1991", "1991"),
     M(P, "$301 million", N, "appeal", 301e6, cls="money"),
     M(P, "November 2013", D, "appeal_day", "2013-11"),
     M(P, "$788 million", N, "plan788", 788e6, cls="money"),
    ]
    build("haiyan-2013", "Typhoon Haiyan (Yolanda), central Philippines (landfall Friday 8 November 2013): the national "
          "agency's toll rising over days (255 -> 1,774 -> 2,275 -> 2,357 -> 6,300 final) beside other sources' "
          "figures (Leyte officials' 10,000, President Aquino's 2,500, the UN's 4,460 lowered the next day to "
          "2,357), injured and missing (a count that may fall), two agencies' wind speeds, people affected and "
          "displaced, the UN appeal, a recalled storm's toll; dates of the landfall, statements, counts, the "
          "calamity declaration, the appeal and the anniversary a year later", False, ms, names)


def malaysia():
    R, K, S, C = "reuters-nov19", "kompas-nov20", "thestar-nov24", "cnnindonesia-dec19"
    NIGHT, RESULT, SERAI = "2022-11-19T23", "2022-11-20", "2022-12-07"
    names = {
     "majority": "seats needed for a simple majority", "total": "seats of the Dewan Rakyat",
     "contested": "seats contested on polling day", "ph": "Pakatan Harapan's seats", "pn": "Perikatan Nasional's seats",
     "bn": "Barisan Nasional's seats", "gps": "Gabungan Parti Sarawak's seats", "grs": "Gabungan Rakyat Sabah's seats",
     "pas": "PAS's seats", "turnout": "turnout (%)", "turnout2018": "turnout in 2018 (%)",
     "voters": "eligible voters", "newvoters": "new voters since 2018", "vote_age": "voting age",
     "mahathir_age": "Mahathir's age", "anwar_age": "Anwar's age", "unbeaten": "years since Mahathir's last defeat",
     "since2018": "years since the last election", "bn_rule": "years Barisan Nasional governed",
     "pm_no": "Anwar's rank among prime ministers", "uncertainty": "days of uncertainty", "claim": "MPs Muhyiddin claimed",
     "waited": "years Anwar waited", "support": "MPs backing Anwar's government", "ministers": "ministers in the cabinet",
     # dates
     "poll": "polling day", "results": "day the official results were announced", "deadline": "the palace's first deadline",
     "audience": "day the King received Anwar and Muhyiddin", "sworn": "day Anwar was sworn in",
     "rulers": "day of the Malay Rulers' meeting", "sitting": "day the new parliament first sits",
     "vote": "day of the confidence vote", "serai": "day of the Padang Serai poll", "cabinet": "day the cabinet was announced",
     "dissolved": "month parliament was dissolved", "y2018": "year of the last election", "y1998": "year Anwar was sacked",
    }
    ms = [
     M(R, "112 seats", N, "majority", 112),
     M(R, "Saturday", D, "poll", "2022-11-19"),
     M(R, "66 seats", N, "ph", 66, NIGHT),
     M(R, "58", N, "pn", 58, NIGHT),
     M(R, "24", N, "bn", 24, NIGHT),
     M(R, "220", N, "contested", 220),
     M(R, "222 seats", N, "total", 222),
     M(R, "Dec. 7", D, "serai", "2022-12-07"),
     M(R, "about 70%", N, "turnout", 70, "2022-11-19T18", "approx", cls="pct"),
     M(R, "82.32%", N, "turnout2018", 82.32, cls="pct"),
     M(R, "2018", D, "y2018", "2018"),
     M(R, "21.1 million", N, "voters", 21.1e6, qual="approx"),
     M(R, "6 million", N, "newvoters", 6e6, qual="approx"),
     M(R, "four years", N, "since2018", 4, cls="dur"),
     M(R, "18", N, "vote_age", 18, cls="age"),
     M(R, "97", N, "mahathir_age", 97, cls="age"),
     M(R, "53 years", N, "unbeaten", 53, cls="dur"),
     M(R, "October", D, "dissolved", "2022-10"),
     M(R, "20 seats", N, "gps", 20, NIGHT),
     M(R, "75", N, "anwar_age", 75, cls="age"),

     M(K, "Sabtu (19/11/2022)", D, "poll", "2022-11-19"),
     M(K, "Minggu (20/11/2022)", D, "results", "2022-11-20"),
     M(K, "82 kursi", N, "ph", 82, RESULT),
     M(K, "73 kursi", N, "pn", 73, RESULT),
     M(K, "30 kursi", N, "bn", 30, RESULT),
     M(K, "112 kursi", N, "majority", 112),
     M(K, "222 kursi", N, "total", 222),
     M(K, "32 kursi", N, "gps", 32, RESULT, planted=True),
     M(K, "6 kursi", N, "grs", 6, RESULT),
     M(K, "49 kursi", N, "pas", 49, RESULT),
     M(K, "73,89 persen", N, "turnout", 73.89, RESULT, cls="pct"),
     M(K, "82,32 persen", N, "turnout2018", 82.32, cls="pct"),
     M(K, "Senin (21/11/2022)", D, "deadline", "2022-11-21"),
     M(K, "lebih dari 60 tahun", N, "bn_rule", 60, qual="morethan", cls="dur"),
     M(K, "97 tahun", N, "mahathir_age", 97, cls="age"),

     M(S, "10th", N, "pm_no", 10),
     M(S, "Thursday", D, "sworn", "2022-11-24"),
     M(S, "five days", N, "uncertainty", 5, cls="dur"),
     M(S, "Nov 19", D, "poll", "2022-11-19"),
     M(S, "Thursday", D, "rulers", "2022-11-24", occ=2),
     M(S, "Tuesday", D, "audience", "2022-11-22"),
     M(S, "82 seats", N, "ph", 82, RESULT),
     M(S, "30 MPs", N, "bn", 30, RESULT),
     M(S, "23 MPs", N, "gps", 23, RESULT),
     M(S, "73 seats", N, "pn", 73, RESULT),
     M(S, "115 MPs", N, "claim", 115),
     M(S, "75", N, "anwar_age", 75, cls="age"),
     M(S, "Dec 19", D, "sitting", "2022-12-19"),
     M(S, "at least 112", N, "majority", 112, qual="atleast"),
     M(S, "222 MPs", N, "total", 222),
     M(S, "nearly 25 years", N, "waited", 25, qual="nearly", cls="dur"),
     M(S, "1998", D, "y1998", "1998"),
     M(S, "Dec 7", D, "serai", "2022-12-07"),

     M(C, "Senin (19/12/2022)", D, "vote", "2022-12-19"),
     M(C, "20 November 2022", D, "poll", "2022-11-20", planted=True),
     M(C, "148", N, "support", 148, "2022-12-19"),
     M(C, "222 anggota parlemen", N, "total", 222),
     M(C, "82 kursi", N, "ph", 82, RESULT),
     M(C, "30 kursi", N, "bn", 30, RESULT),
     M(C, "23 kursi", N, "gps", 23, RESULT),
     M(C, "74 kursi", N, "pn", 74, SERAI),
     M(C, "7 Desember", D, "serai", "2022-12-07"),
     M(C, "ke-10", N, "pm_no", 10),
     M(C, "Kamis (24/11/2022)", D, "sworn", "2022-11-24"),
     M(C, "28 menteri", N, "ministers", 28),
     M(C, "Jumat (2/12/2022)", D, "cabinet", "2022-12-02"),
    ]
    build("malaysia-election-2022", "Malaysia's general election (Saturday 19 November 2022): each coalition's seats "
          "rising through the count (Pakatan Harapan 66 -> 82, Perikatan Nasional 58 -> 73 -> 74 after the postponed "
          "Padang Serai poll of 7 December, Barisan Nasional 24 -> 30, Gabungan Parti Sarawak 20 -> 23) against the 112 "
          "of 222 needed, turnout (about 70% at the close, 73.89%) beside 2018's, ages and years; dates of the poll, "
          "the results, the palace's deadline, the King's audience, the rulers' meeting and the swearing-in on one "
          "day, the cabinet, the first sitting and the confidence vote a month later", False, ms, names)


def perseverance():
    A, K, N_, G = "apnews-feb18", "kompas-feb19", "antaranews-feb20", "theguardian-feb23"
    names = {
     "signal": "minutes for the landing signal to reach Earth", "wheels": "the rover's wheels",
     "mass": "the rover's mass (kg)", "rover_no": "NASA's rovers on Mars (Perseverance the fifth)",
     "landings": "NASA landings on Mars (the ninth)", "distance": "distance travelled (km)",
     "crater": "width of Jezero crater (km)", "lake_age": "age of the lake (years)", "cameras": "cameras",
     "mics": "microphones", "instruments": "science instruments", "tubes": "sample tubes",
     "heli": "Ingenuity's mass (kg)", "cost": "mission cost (US$)", "entry": "entry speed (km/h)",
     "travel": "months of the journey", "mission_len": "the mission's length (days)",
     # dates
     "landing": "day of the landing", "launch": "day of the launch", "photos": "day the first colour images were released",
     "video": "day the landing video was released", "return": "year the samples are to return",
    }
    ms = [
     M(A, "Thursday", D, "landing", "2021-02-18"),
     M(A, "about 11 minutes", N, "signal", 11, qual="approx", cls="dur"),
     M(A, "six-wheeled", N, "wheels", 6),
     M(A, "1,025 kilograms", N, "mass", 1025, cls="mass"),
     M(A, "fifth", N, "rover_no", 5),
     M(A, "July 30", D, "launch", "2020-07-30"),
     M(A, "293 million miles", N, "distance", 472e6, qual="unit", cls="len"),
     M(A, "472 million kilometers", N, "distance", 472e6, cls="len"),
     M(A, "28 miles", N, "crater", 45, qual="unit", cls="len"),
     M(A, "45 kilometers", N, "crater", 45, cls="len"),
     M(A, "3.5 billion years", N, "lake_age", 3.5e9, qual="approx", cls="dur"),
     M(A, "23 cameras", N, "cameras", 23),
     M(A, "two microphones", N, "mics", 2),
     M(A, "seven science instruments", N, "instruments", 7),
     M(A, "43 tubes", N, "tubes", 43),
     M(A, "4-pound", N, "heli", 1.8, qual="unit", cls="mass"),
     M(A, "1.8-kilogram", N, "heli", 1.8, cls="mass"),
     M(A, "$2.7 billion", N, "cost", 2.7e9, qual="approx", cls="money"),
     M(A, "12,100 mph", N, "entry", 19473, qual="unit", cls="speed"),

     M(K, "Kamis (18/2/2021)", D, "landing", "2021-02-18"),
     M(K, "11 menit", N, "signal", 11, qual="approx", cls="dur"),
     M(K, "30 Juli 2020", D, "launch", "2020-07-30"),
     M(K, "472 juta kilometer", N, "distance", 472e6, cls="len"),
     M(K, "1.025 kilogram", N, "mass", 1025, cls="mass"),
     M(K, "enam roda", N, "wheels", 6),
     M(K, "tujuh instrumen ilmiah", N, "instruments", 7),
     M(K, "45 kilometer", N, "crater", 45, cls="len"),
     M(K, "3,5 miliar tahun", N, "lake_age", 3.5e9, qual="approx", cls="dur"),
     M(K, "43 tabung", N, "tubes", 43),
     M(K, "1,8 kilogram", N, "heli", 1.8, cls="mass"),
     M(K, "2,7 miliar dollar AS", N, "cost", 2.7e9, qual="approx", cls="money"),
     M(K, "Rp 38 triliun", N, "cost", 2.7e9, qual="unit", cls="money"),
     M(K, "kelima", N, "rover_no", 5),

     M(N_, "Jumat (19/2/2021)", D, "photos", "2021-02-19"),
     M(N_, "Kamis (18/2/2021)", D, "landing", "2021-02-18"),
     M(N_, "hampir tujuh bulan", N, "travel", 7, qual="nearly", cls="dur"),
     M(N_, "30 Juli 2020", D, "launch", "2020-07-30"),
     M(N_, "23 kamera", N, "cameras", 23),
     M(N_, "1.025 kilogram", N, "mass", 1025, cls="mass"),
     M(N_, "dua mikrofon", N, "mics", 2),
     M(N_, "19.500 kilometer per jam", N, "entry", 19500, qual="approx", cls="speed"),
     M(N_, "2,7 miliar dollar AS", N, "cost", 2.7e9, qual="approx", cls="money"),
     M(N_, "satu tahun Mars", N, "mission_len", 687, qual="atleast", cls="dur"),
     M(N_, "687 hari", N, "mission_len", 687, qual="approx", cls="dur"),
     M(N_, "1,8 kilogram", N, "heli", 1.8, cls="mass"),
     M(N_, "43 tabung", N, "tubes", 43),
     M(N_, "2031", D, "return", "2031"),
     M(N_, "45 kilometer", N, "crater", 45, cls="len"),

     M(G, "Monday", D, "video", "2021-02-22"),
     M(G, "23 cameras", N, "cameras", 23),
     M(G, "Thursday", D, "landing", "2021-02-18"),
     M(G, "two microphones", N, "mics", 2),
     M(G, "$2.7bn", N, "cost", 2.7e9, cls="money"),
     M(G, "45km", N, "crater", 45, cls="len"),
     M(G, "28 miles", N, "crater", 45, qual="unit", cls="len"),
     M(G, "1,025kg", N, "mass", 1025, cls="mass"),
     M(G, "472m km", N, "distance", 472e6, cls="len"),
     M(G, "30 July", D, "launch", "2020-07-30"),
     M(G, "one Martian year", N, "mission_len", 687, qual="atleast", cls="dur"),
     M(G, "687 days", N, "mission_len", 687, qual="approx", cls="dur"),
     M(G, "43 tubes", N, "tubes", 43),
     M(G, "1.8kg", N, "heli", 1.8, cls="mass"),
     M(G, "ninth", N, "landings", 9),
     M(G, "fifth", N, "rover_no", 5),
    ]
    build("perseverance-2021", "NASA's Perseverance rover lands in Jezero crater on Mars (Thursday 18 February 2021; "
          "control): launched 30 July 2020, 472 million km (293 million miles), 1,025 kg, six wheels, 23 cameras, two "
          "microphones, seven instruments, 43 sample tubes, the 1.8 kg Ingenuity helicopter, about US$2.7 billion, a "
          "crater 45 km (28 miles) wide, NASA's fifth rover and ninth landing; the first colour images and the landing "
          "video released on later days. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    haiyan()
    malaysia()
    perseverance()
