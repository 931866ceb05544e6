"""The fifth development set's labels, produced from a table of facts (never from the checker's output), by the
rules of tests/benchmarks/factlabels.py shared with devset3 and devset4.

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md).
Run from the repository root after changing an article: ``python tests/data/devset5/facts.py``
(``--show`` prints each mention in its context).
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def af447():
    R, K, T, G = "reuters-jun01", "kompas-jun03", "tempo-jun08", "guardian-2023apr17"
    names = {
     "aboard": "people on board flight AF447", "pax": "passengers on board", "crew": "crew on board",
     "french": "French nationals on board", "brazil": "Brazilians on board", "german": "Germans on board",
     "nations": "nationalities on board", "flightno": "flight number", "type": "aircraft type (A330)",
     "alt": "cruising altitude (feet)", "seadepth": "depth of the ocean in the search area",
     "wreckdepth": "depth at which the wreck was found", "noronha": "distance of Fernando de Noronha from the coast",
     "debrisdist": "distance of the debris from Fernando de Noronha", "debrislen": "length of the debris trail",
     "taildist": "distance of the floating tail from the coast", "concorde": "dead in the 2000 Concorde crash",
     "airline_age": "age of Air France (years)", "flighttime": "time between take-off and the last messages",
     "beacon": "how long the recorders' beacons transmit", "gap": "days between the loss and the first bodies",
     "msgwindow": "window of the automatic fault messages", "falltime": "duration of the fall",
     "triallen": "length of the trial", "ships": "Brazilian navy ships searching", "planes": "Brazilian planes searching",
     "bodies09": "bodies recovered from the surface in 2009", "msgs": "automatic fault messages sent",
     "bodies11": "bodies recovered from the seabed in 2011", "lost": "victims never recovered",
     # dates
     "lostday": "day contact was lost", "takeoff": "day of take-off from Rio", "families": "day families gathered in Paris",
     "concordeday": "month of the Concorde crash", "debris": "day the first debris was found",
     "arrival": "day the flight was due in Paris", "maint": "day of the last hangar maintenance",
     "count24": "day the 24 bodies were counted", "firstbodies": "day the first bodies were lifted",
     "count17": "day the 17 bodies were counted", "verdict": "day of the court's verdict",
     "wreckfound": "month the wreck was found", "trialopen": "month the trial opened",
     "prosecutors": "month prosecutors asked for acquittal",
    }
    ms = [
     M(R, "228 people", N, "aboard", 228),
     M(R, "AF447", N, "flightno", 447, cls="flightno"),
     M(R, "A330", N, "type", 330, cls="type"),
     M(R, "216 passengers", N, "pax", 216),
     M(R, "12 crew", N, "crew", 12),
     M(R, "four hours", N, "flighttime", 4, qual="nearly", cls="dur"),
     M(R, "35,000 feet", N, "alt", 35000, cls="len"),
     M(R, "61 French nationals", N, "french", 61, "2009-06"),
     M(R, "58 Brazilians", N, "brazil", 58),
     M(R, "26 Germans", N, "german", 26),
     M(R, "350 km", N, "noronha", 350, qual="approx", cls="len"),
     M(R, "75-year", N, "airline_age", 75, cls="dur"),
     M(R, "113 people", N, "concorde", 113),
     M(R, "Monday", D, "lostday", "2009-06-01"),
     M(R, "Sunday", D, "takeoff", "2009-05-31"),
     M(R, "July 2000", D, "concordeday", "2000-07"),
     M(R, "Monday", D, "families", "2009-06-01", occ=2),

     M(K, "AF447", N, "flightno", 447, cls="flightno"),
     M(K, "5 kilometer", N, "debrislen", 5, cls="len"),
     M(K, "650 kilometer", N, "debrisdist", 650, qual="approx", cls="len"),
     M(K, "A330", N, "type", 330, cls="type"),
     M(K, "228 orang", N, "aboard", 228),
     M(K, "4.000 meter", N, "seadepth", 4000, cls="len"),
     M(K, "32 negara", N, "nations", 32),
     M(K, "61 warga Prancis", N, "french", 61, "2009-06"),
     M(K, "58 warga Brasil", N, "brazil", 58),
     M(K, "26 warga Jerman", N, "german", 26),
     M(K, "lima kapal", N, "ships", 5),
     M(K, "enam pesawat", N, "planes", 6, qual="atleast"),
     M(K, "30 hari", N, "beacon", 30, cls="dur"),
     M(K, "Selasa (2/6/2009)", D, "debris", "2009-06-02"),
     M(K, "Minggu (31/5/2009)", D, "takeoff", "2009-05-31"),
     M(K, "Senin", D, "arrival", "2009-06-01"),
     M(K, "16 April 2009", D, "maint", "2009-04-16"),

     M(T, "AF447", N, "flightno", 447, cls="flightno"),
     M(T, "24 jenazah", N, "bodies09", 24, "2009-06-08"),
     M(T, "Dua jenazah", N, "bodies09", 2, "2009-06-06"),
     M(T, "lima hari", N, "gap", 5, cls="dur"),
     M(T, "17 jenazah", N, "bodies09", 17, "2009-06-07"),
     M(T, "1.000 kilometer", N, "taildist", 1000, qual="approx", cls="len"),
     M(T, "228 orang", N, "aboard", 228),
     M(T, "216 penumpang", N, "pax", 216),
     M(T, "12 awak", N, "crew", 12),
     M(T, "24 pesan", N, "msgs", 24),
     M(T, "empat menit", N, "msgwindow", 4, cls="dur"),
     M(T, "35.000 kaki", N, "alt", 35000, cls="len"),
     M(T, "4.000 meter", N, "seadepth", 4000, cls="len"),
     M(T, "Senin (8/6/2009)", D, "count24", "2009-06-08"),
     M(T, "Sabtu (6/6/2009)", D, "firstbodies", "2009-06-06"),
     M(T, "Selasa (2/6/2009)", D, "lostday", "2009-06-02", planted=True),
     M(T, "Minggu (7/6/2009)", D, "count17", "2009-06-07"),

     M(G, "AF447", N, "flightno", 447, cls="flightno"),
     M(G, "228 people", N, "aboard", 228),
     M(G, "A330", N, "type", 330, cls="type"),
     M(G, "35,000 feet", N, "alt", 35000, cls="len"),
     M(G, "four minutes", N, "falltime", 4, qual="approx", cls="dur"),
     M(G, "72 French", N, "french", 72, "2023"),
     M(G, "58 Brazilian", N, "brazil", 58),
     M(G, "50 bodies", N, "bodies09", 50, "2009-06-30"),
     M(G, "3,900 metres", N, "wreckdepth", 3900, qual="approx", cls="len"),
     M(G, "104 more bodies", N, "bodies11", 104),
     M(G, "74 victims", N, "lost", 74),
     M(G, "nine-week", N, "triallen", 9, cls="dur"),
     M(G, "Monday", D, "verdict", "2023-04-17"),
     M(G, "1 June 2009", D, "lostday", "2009-06-01"),
     M(G, "April 2011", D, "wreckfound", "2011-04"),
     M(G, "October 2022", D, "trialopen", "2022-10"),
     M(G, "December", D, "prosecutors", "2022-12"),
    ]
    build("af447-2009", "Air France flight AF447, Rio de Janeiro to Paris, lost over the Atlantic early on Monday 1 June "
          "2009: 228 on board (216 passengers, 12 crew; 61 then 72 French, 58 Brazilians, 26 Germans, 32 "
          "nationalities), cruising at 35,000 feet; debris found on Tuesday 2 June, the first bodies on Saturday 6 June "
          "(2 -> 17 -> 24 -> 50 from the surface), the wreck found in April 2011 at about 3,900 m (the ocean up to 4,000 "
          "m) and 104 more bodies lifted, 74 never recovered; distances of the archipelago, the debris and the tail; "
          "the 2023 verdict recalling the figures", False, ms, names)


def mumbai():
    K, R, A, T, G = "kompas-nov27", "reuters-nov29", "antara-nov30", "tempo-2009nov26", "guardian-2010may03"
    names = {
     "dead": "death toll of the Mumbai attacks", "injured": "people wounded", "foreign": "foreigners killed",
     "american": "Americans killed", "police": "police officers killed", "gunmen_dead": "attackers killed",
     "gunmen": "attackers in all", "oberoi_hostages": "hostages freed at the Oberoi-Trident",
     "oberoi_dead": "dead at the Oberoi-Trident", "nariman_dead": "hostages dead at Nariman House",
     "taj_dead": "dead at the Taj Mahal Palace", "cst_dead": "dead at the CST railway station",
     "cst_gunmen": "attackers at the CST station", "siege_hours": "length of the siege", "kasab_age": "Kasab's age",
     "witnesses": "witnesses heard at the trial", "pak_charged": "suspects charged in Pakistan",
     "nsg_cities": "cities with NSG commando hubs", "oberoi_staff": "Oberoi-Trident staff killed",
     "acquitted": "Indian co-accused acquitted",
     # dates
     "start": "day the attacks began", "siege27": "day the hotels were still besieged (Thursday)",
     "siege_end": "day the Taj siege ended", "oberoi_cleared": "day the Oberoi-Trident was cleared",
     "revised": "day the toll was revised down", "cst_reopen": "day the CST station reopened",
     "anniversary": "day of the first anniversary", "confession": "month Kasab confessed in court",
     "pak_charge": "day Pakistan charged seven suspects", "verdict": "day of Kasab's verdict",
     "trial_start": "month Kasab's trial began", "sentencing": "day the sentencing hearing opens",
    }
    ms = [
     M(K, "101 orang", N, "dead", 101, "2008-11-27", "atleast"),
     M(K, "287", N, "injured", 287, "2008-11-27"),
     M(K, "14 polisi", N, "police", 14),
     M(K, "enam warga asing", N, "foreign", 6, "2008-11-27", "atleast"),
     M(K, "empat penyerang", N, "gunmen_dead", 4, "2008-11-27"),
     M(K, "Rabu (26/11/2008)", D, "start", "2008-11-26"),
     M(K, "Kamis (27/11/2008)", D, "siege27", "2008-11-27"),

     M(R, "60 hours", N, "siege_hours", 60, qual="approx", cls="dur"),
     M(R, "195 people", N, "dead", 195, "2008-11-29"),
     M(R, "295 people", N, "injured", 295, "2008-11-29", "atleast"),
     M(R, "22 foreigners", N, "foreign", 22, "2008-11-29", "atleast"),
     M(R, "Nine", N, "gunmen_dead", 9, "2008-11-29"),
     M(R, "10 attackers", N, "gunmen", 10),
     M(R, "143 hostages", N, "oberoi_hostages", 143),
     M(R, "24 bodies", N, "oberoi_dead", 24, "2008-11-28"),
     M(R, "six hostages", N, "nariman_dead", 6),
     M(R, "About 30 bodies", N, "taj_dead", 30, "2008-11-29", "approx"),
     M(R, "Saturday", D, "siege_end", "2008-11-29"),
     M(R, "Wednesday", D, "start", "2008-11-26"),
     M(R, "Friday", D, "oberoi_cleared", "2008-11-28"),

     M(A, "172 orang", N, "dead", 172, "2008-11-30"),
     M(A, "195 orang", N, "dead", 195, "2008-11-29"),
     M(A, "26 warga asing", N, "foreign", 26, "2008-11-30"),
     M(A, "enam warga Amerika Serikat", N, "american", 6),
     M(A, "52 orang", N, "cst_dead", 52, planted=True),
     M(A, "dua penyerang", N, "cst_gunmen", 2),
     M(A, "31 tamu", N, "taj_dead", 31, "2008-11-30"),
     M(A, "30 orang", N, "oberoi_dead", 30, "2008-11-30", src="the police"),
     M(A, "21 tahun", N, "kasab_age", 21, "2008-11-30", cls="age"),
     M(A, "10 penyerang", N, "gunmen", 10),
     M(A, "Sekitar 300 orang", N, "injured", 300, "2008-11-30", "approx"),
     M(A, "Minggu (30/11/2008)", D, "revised", "2008-11-30"),
     M(A, "Kamis", D, "cst_reopen", "2008-11-27"),

     M(T, "166 orang", N, "dead", 166, "final"),
     M(T, "58 orang", N, "cst_dead", 58),
     M(T, "31 orang", N, "taj_dead", 31, "final"),
     M(T, "32 orang", N, "oberoi_dead", 32, "final", src="the hotel's management"),
     M(T, "10 karyawannya", N, "oberoi_staff", 10),
     M(T, "26 warga asing", N, "foreign", 26, "final"),
     M(T, "tujuh tersangka", N, "pak_charged", 7),
     M(T, "empat kota", N, "nsg_cities", 4),
     M(T, "Kamis (26/11/2009)", D, "anniversary", "2009-11-26"),
     M(T, "27 November 2008", D, "start", "2008-11-27", planted=True),
     M(T, "Juli 2009", D, "confession", "2009-07"),
     M(T, "Rabu (25/11/2009)", D, "pak_charge", "2009-11-25"),

     M(G, "60 hours", N, "siege_hours", 60, qual="approx", cls="dur"),
     M(G, "166 people", N, "dead", 166, "final"),
     M(G, "nine of the attackers", N, "gunmen_dead", 9, "final"),
     M(G, "58 people", N, "cst_dead", 58),
     M(G, "two Indian men", N, "acquitted", 2),
     M(G, "600 witnesses", N, "witnesses", 600, qual="morethan"),
     M(G, "22", N, "kasab_age", 22, "2010-05-03", cls="age"),
     M(G, "Twenty-six foreigners", N, "foreign", 26, "final"),
     M(G, "about 300 people", N, "injured", 300, "final", "approx"),
     M(G, "Monday", D, "verdict", "2010-05-03"),
     M(G, "26 November 2008", D, "start", "2008-11-26"),
     M(G, "April 2009", D, "trial_start", "2009-04"),
     M(G, "Tuesday", D, "sentencing", "2010-05-04"),
    ]
    build("mumbai-2008", "The Mumbai attacks (from Wednesday 26 November 2008, about 60 hours): the toll rising (at least "
          "101 -> 195), revised down to 172 for double counting and 166 in the final count, beside each site's dead "
          "(CST station 58, Taj 31, Oberoi-Trident 24 -> 30 by the police and 32 by the hotel, Nariman House 6), "
          "foreigners 6 -> 22 -> 26, the wounded, the attackers (10; 4 -> 9 killed); the first anniversary and the "
          "2010 verdict recalling the figures; dates of the attacks, the siege's end, the revision, the anniversary, "
          "the charges in Pakistan, the verdict and the sentencing hearing", False, ms, names)


def bps():
    A, J, C, P = "antara-aug07", "jakartaglobe-aug08", "cnbcindonesia-aug09", "jakartapost-aug10"
    names = {
     "yoy": "GDP growth Q2 2023 year on year", "qoq": "GDP growth Q2 2023 quarter on quarter",
     "q1": "GDP growth Q1 2023 year on year", "h1": "GDP growth in the first half of 2023",
     "nominal": "GDP at current prices Q2 2023", "real": "GDP at constant prices Q2 2023", "usd": "nominal GDP in US dollars",
     "hh": "household consumption growth", "hh_share": "household consumption's share of GDP",
     "gov": "government consumption growth", "inv": "investment (GFCF) growth", "exp": "fall in exports",
     "imp": "fall in imports", "java_share": "Java's share of GDP", "java_g": "Java's growth",
     "target": "the government's 2023 growth target", "q2_2022": "GDP growth Q2 2022", "above": "growth threshold (5%)",
     "streak": "quarters in a row above 5%",
     # dates
     "announce": "day BPS announced the figures", "q3release": "day of the third-quarter release",
     "smi": "day the finance minister spoke", "speech": "day of the president's budget speech",
     "targetyear": "year of the growth target", "budget2024": "budget year 2024",
    }
    pct = partial(M, cls="pct")
    money = partial(M, cls="money")
    ms = [
     pct(A, "5,17 persen", N, "yoy", 5.17), pct(A, "3,86 persen", N, "qoq", 3.86), pct(A, "5,03 persen", N, "q1", 5.03),
     pct(A, "5,11 persen", N, "h1", 5.11), money(A, "Rp 5.226,7 triliun", N, "nominal", 5226.7e12),
     money(A, "Rp 3.075,7 triliun", N, "real", 3075.7e12), pct(A, "53,31 persen", N, "hh_share", 53.31),
     pct(A, "5,23 persen", N, "hh", 5.23), pct(A, "10,62 persen", N, "gov", 10.62), pct(A, "4,63 persen", N, "inv", 4.63),
     pct(A, "2,75 persen", N, "exp", 2.75), pct(A, "3,08 persen", N, "imp", 3.08),
     pct(A, "57,27 persen", N, "java_share", 57.27), pct(A, "5,18 persen", N, "java_g", 5.18),
     M(A, "Senin (7/8/2023)", D, "announce", "2023-08-07"), M(A, "November 2023", D, "q3release", "2023-11"),

     pct(J, "5.17 percent", N, "yoy", 5.17), pct(J, "5.03 percent", N, "q1", 5.03), pct(J, "3.86 percent", N, "qoq", 3.86),
     pct(J, "53.31 percent", N, "hh_share", 53.31), pct(J, "5.23 percent", N, "hh", 5.23),
     pct(J, "10.62 percent", N, "gov", 10.62), pct(J, "2.75 percent", N, "exp", 2.75), pct(J, "3.08 percent", N, "imp", 3.08),
     money(J, "Rp 5,226.7 trillion", N, "nominal", 5226.7e12), money(J, "$344 billion", N, "usd", 344e9, qual="approx"),
     pct(J, "5.11 percent", N, "h1", 5.11), pct(J, "5.3 percent", N, "target", 5.3),
     pct(J, "5.44 percent", N, "q2_2022", 5.44), pct(J, "4.63 percent", N, "inv", 4.63),
     pct(J, "57.27 percent", N, "java_share", 57.27), pct(J, "5.18 percent", N, "java_g", 5.18),
     M(J, "Monday", D, "announce", "2023-08-07"), M(J, "Tuesday", D, "smi", "2023-08-08"),
     M(J, "2023 target", D, "targetyear", "2023"),

     pct(C, "5,17%", N, "yoy", 5.17), pct(C, "5,23%", N, "hh", 5.23), pct(C, "10,62%", N, "gov", 10.62),
     pct(C, "3,86%", N, "qoq", 3.86), pct(C, "5,03%", N, "q1", 5.03), pct(C, "5,11%", N, "h1", 5.11),
     pct(C, "5,3%", N, "target", 5.3), money(C, "Rp 5.226,7 triliun", N, "nominal", 5226.7e12),
     money(C, "Rp 3.075,7 triliun", N, "real", 3075.7e12), pct(C, "2,75%", N, "exp", 2.75), pct(C, "3,08%", N, "imp", 3.08),
     M(C, "tujuh triwulan", N, "streak", 7), pct(C, "5%", N, "above", 5), pct(C, "5,44%", N, "q2_2022", 5.44),
     pct(C, "57,27%", N, "java_share", 57.27), pct(C, "5,18%", N, "java_g", 5.18),
     M(C, "Senin (7/8/2023)", D, "announce", "2023-08-07"), M(C, "Selasa (8/8/2023)", D, "smi", "2023-08-08"),
     M(C, "anggaran negara 2024", D, "budget2024", "2024"), M(C, "Rabu (16/8/2023)", D, "speech", "2023-08-16"),

     pct(P, "5.17 percent", N, "yoy", 5.17), pct(P, "5.23 percent", N, "hh", 5.23), pct(P, "10.62 percent", N, "gov", 10.62),
     pct(P, "4.63 percent", N, "inv", 4.63), pct(P, "3.86 percent", N, "qoq", 3.86), pct(P, "5.11 percent", N, "h1", 5.11),
     money(P, "Rp 5,226.7 trillion", N, "nominal", 5226.7e12), money(P, "Rp 3,075.7 trillion", N, "real", 3075.7e12),
     pct(P, "2.75 percent", N, "exp", 2.75), pct(P, "3.08 percent", N, "imp", 3.08), pct(P, "5 percent", N, "above", 5),
     M(P, "seven quarters", N, "streak", 7), pct(P, "5.3 percent", N, "target", 5.3),
     M(P, "Monday, Aug. 7", D, "announce", "2023-08-07"), M(P, "Tuesday", D, "smi", "2023-08-08"),
     M(P, "2024 state budget", D, "budget2024", "2024"), M(P, "Wednesday, Aug. 16", D, "speech", "2023-08-16"),
     M(P, "Nov. 6", D, "q3release", "2023-11-06"),
    ]
    build("bps-gdp-2023", "Indonesia's second-quarter GDP of 2023 (control), announced by Statistics Indonesia (BPS) on "
          "Monday 7 August 2023: 5.17% year on year and 3.86% quarter on quarter, 5.03% in the first quarter and 5.11% "
          "in the first half, Rp 5,226.7 trillion nominal and Rp 3,075.7 trillion real, household consumption 5.23% "
          "(53.31% of GDP), government consumption 10.62%, investment 4.63%, exports -2.75%, imports -3.08%, Java 57.27% "
          "of GDP growing 5.18%, the 5.3% target, 5.44% a year before; follow-up events on their own days (the finance "
          "minister on Tuesday, the budget speech on 16 August, the third-quarter release on 6 November). Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    af447()
    mumbai()
    bps()
