"""The third development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset3/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def tohoku():
    R, K, B, T, A = "reuters-mar12", "kompas-mar14", "bbc-mar18", "tempo-mar27", "aljazeera-apr12"
    names = {
     "dead": "confirmed dead (National Police Agency)", "missing": "people missing", "evac": "people in shelters",
     "mag": "magnitude of the 11 March quake (JMA, raised)", "dist": "epicentre distance from Sendai",
     "wave": "height of the tsunami waves", "r1": "reactor No. 1", "r2": "reactor No. 2", "r3": "reactor No. 3",
     "zone": "evacuation zone radius around Fukushima Daiichi", "shelterzone": "stay-indoors zone radius",
     "troops": "troops deployed", "shelters": "shelters", "kobe": "Kobe 1995 earthquake toll",
     "power": "households without power", "miyagi": "dead in Miyagi prefecture", "aid": "Indonesian aid",
     "ines": "INES rating of the Fukushima crisis", "reading": "radiation reading in reactor 2 water (times normal)",
     "damage": "government damage estimate", "identified": "bodies identified", "as6": "magnitude of the 11 April aftershock",
     "as6dead": "dead in the 11 April aftershock", "as7": "magnitude of the 7 April aftershock",
     "as7dead": "dead in the 7 April aftershock",
     # dates
     "quake": "day of the quake", "r1day": "day of the reactor 1 explosion", "r3day": "day of the reactor 3 explosion",
     "toll12": "day the 686 toll was given", "toll13": "day the 1,597 toll was given", "toll27": "day the 10,872 toll was given",
     "toll412": "day the 13,219 toll was given", "silence": "day of the minute's silence", "readingday": "day TEPCO gave the reading",
     "inesday": "day the rating was raised to 7", "as6day": "day of the 6.6 aftershock", "as7day": "day of the 7.1 aftershock",
     "kobeyear": "year of the Kobe quake", "tmi": "year of Three Mile Island", "chernobyl": "year of Chernobyl",
    }
    ms = [
     M(R, "At least 686 people", N, "dead", 686, "2011-03-12T20", "atleast"),
     M(R, "642", N, "missing", 642, "2011-03-12T20", fall=True),
     M(R, "magnitude 8.9", N, "mag", 8.9, "2011-03-12", cls="mag"),
     M(R, "130 km", N, "dist", 130, cls="len"),
     M(R, "10 metres", N, "wave", 10, cls="len"),
     M(R, "No. 1", N, "r1", 1),
     M(R, "20 km", N, "zone", 20, "2011-03-12T18", cls="len"),
     M(R, "10 km", N, "zone", 10, "2011-03-12T06", cls="len"),
     M(R, "50,000 troops", N, "troops", 50000, "2011-03-12"),
     M(R, "About 215,000 people", N, "evac", 215000, "2011-03-12", "approx", fall=True),
     M(R, "1,350 shelters", N, "shelters", 1350, "2011-03-12"),
     M(R, "6,434 people", N, "kobe", 6434),
     M(R, "Nearly 5 million households", N, "power", 5e6, qual="nearly"),
     M(R, "Saturday", D, "toll12", "2011-03-12"),
     M(R, "Friday", D, "quake", "2011-03-11"),
     M(R, "Saturday", D, "r1day", "2011-03-12", occ=2),
     M(R, "1995", D, "kobeyear", "1995"),

     M(K, "1.597 orang", N, "dead", 1597, "2011-03-13T20"),
     M(K, "1.481 orang", N, "missing", 1481, "2011-03-13T20", fall=True),
     M(K, "lebih dari 10.000 orang", N, "miyagi", 10000, "2011-03-13", "morethan", src="the Miyagi police chief's estimate", fall=True),
     M(K, "9,0", N, "mag", 9.0, "2011-03-13", cls="mag"),
     M(K, "8,9", N, "mag", 8.9, "2011-03-12", cls="mag"),
     M(K, "100.000 personel", N, "troops", 100000, "2011-03-13"),
     M(K, "reaktor nomor 3", N, "r3", 3),
     M(K, "reaktor nomor 1", N, "r1", 1),
     M(K, "radius 20 kilometer", N, "zone", 20, "2011-03-14", cls="len"),
     M(K, "lebih dari 450.000 orang", N, "evac", 450000, "2011-03-14", "morethan", fall=True),
     M(K, "2 juta dollar AS", N, "aid", 2e6, cls="money"),
     M(K, "Minggu (13/3/2011)", D, "toll13", "2011-03-13"),
     M(K, "Jumat (11/3/2011)", D, "quake", "2011-03-11"),
     M(K, "Senin (14/3/2011)", D, "r3day", "2011-03-14"),
     M(K, "Minggu (13/3/2011)", D, "r1day", "2011-03-13", occ=2, planted=True),

     M(B, "6,911 people", N, "dead", 6911, "2011-03-18"),
     M(B, "6,434", N, "kobe", 6434),
     M(B, "10,316 people", N, "missing", 10316, "2011-03-18", fall=True),
     M(B, "More than 4,000", N, "miyagi", 4000, "2011-03-18", "morethan", src="the police agency's count", fall=True),
     M(B, "About 386,000 people", N, "evac", 386000, "2011-03-18", "approx", fall=True),
     M(B, "4", N, "ines", 4, "2011-03-15"),
     M(B, "5", N, "ines", 5, "2011-03-18"),
     M(B, "No 3", N, "r3", 3),
     M(B, "30 km", N, "shelterzone", 30, cls="len"),
     M(B, "Friday", D, "silence", "2011-03-18"),
     M(B, "1995", D, "kobeyear", "1995"),
     M(B, "1979", D, "tmi", "1979"),

     M(T, "10 juta kali", N, "reading", 1e7, "2011-03-27T12"),
     M(T, "reaktor nomor 2", N, "r2", 2),
     M(T, "10.872 orang", N, "dead", 10872, "2011-03-27T08"),
     M(T, "16.244 orang", N, "missing", 16244, "2011-03-27T08", fall=True),
     M(T, "6.097 korban", N, "miyagi", 6097, "2011-03-27T08", src="the police agency's count", fall=True),
     M(T, "Sekitar 243.000 orang", N, "evac", 243000, "2011-03-27", "approx", fall=True),
     M(T, "9,0", N, "mag", 9.0, "2011-03-13", cls="mag"),
     M(T, "4.634 orang", N, "kobe", 4634, planted=True),
     M(T, "25 triliun yen", N, "damage", 25e12, cls="money"),
     M(T, "Minggu (27/3/2011)", D, "readingday", "2011-03-27"),
     M(T, "Minggu", D, "toll27", "2011-03-27", occ=2),
     M(T, "Jumat (11/3/2011)", D, "quake", "2011-03-11"),
     M(T, "1995", D, "kobeyear", "1995"),

     M(A, "level 7", N, "ines", 7, "2011-04-12"),
     M(A, "level 5", N, "ines", 5, "2011-03-18"),
     M(A, "reactor 2", N, "r2", 2),
     M(A, "10 million times", N, "reading", 1e7, "2011-03-27T12"),
     M(A, "100,000 times", N, "reading", 1e5, "2011-03-27T22"),
     M(A, "13,219 people", N, "dead", 13219, "2011-04-12"),
     M(A, "magnitude 9.0", N, "mag", 9.0, "2011-03-13", cls="mag"),
     M(A, "14,274", N, "missing", 14274, "2011-04-12", fall=True),
     M(A, "10,520", N, "identified", 10520, "2011-04-12"),
     M(A, "8,068", N, "miyagi", 8068, "2011-04-12", src="the police agency's count", fall=True),
     M(A, "about 150,000", N, "evac", 150000, "2011-04-12", "approx", fall=True),
     M(A, "magnitude 6.6", N, "as6", 6.6, cls="mag"),
     M(A, "at least four people", N, "as6dead", 4, qual="atleast"),
     M(A, "magnitude 7.1", N, "as7", 7.1, cls="mag"),
     M(A, "two people", N, "as7dead", 2),
     M(A, "20 km", N, "zone", 20, "2011-04-12", cls="len"),
     M(A, "Tuesday", D, "inesday", "2011-04-12"),
     M(A, "1986", D, "chernobyl", "1986"),
     M(A, "March 27", D, "readingday", "2011-03-27"),
     M(A, "Tuesday", D, "toll412", "2011-04-12", occ=2),
     M(A, "March 11", D, "quake", "2011-03-11"),
     M(A, "Monday", D, "as6day", "2011-04-11"),
     M(A, "Thursday, April 7", D, "as7day", "2011-04-07"),
    ]
    build("tohoku-2011", "Tohoku earthquake and tsunami, Japan (Friday 11 March 2011) and the Fukushima Daiichi crisis: "
          "the confirmed toll rising (686 -> 1,597 -> 6,911 -> 10,872 -> 13,219), missing and evacuees rising then "
          "falling, Miyagi's part of the toll and its police chief's estimate, the magnitude raised 8.9 -> 9.0, the "
          "INES rating raised 4 -> 5 -> 7, TEPCO's reading revised down (10 million -> 100,000 times), two aftershocks "
          "with their own tolls, Kobe 1995 recalled", False, ms, names)



def bali():
    K, A, R, T, G = "kompas-oct14", "abc-oct18", "reuters-nov08", "detik-may12", "guardian-aug07"
    names = {
     "dead": "death toll of the Kuta bombings", "injured": "people injured", "bombs": "bombs in Kuta",
     "identified": "bodies identified", "buildings": "buildings badly damaged", "au_dead": "Australians dead",
     "au_missing": "Australians unaccounted for", "regs": "emergency regulations signed", "age": "Amrozi's age",
     "afp": "Australian Federal Police officers in Bali", "id_dead": "Indonesians dead", "guards": "police guarding the trial",
     "judges": "judges on the panel", "suspects": "suspects arrested",
     "bombing": "day of the bombings", "tollday14": "day the 187 toll and the identified count were given",
     "visit": "day Megawati visited the site", "mourning": "Australia's day of mourning", "tollday18": "day the 190 toll was given",
     "downer": "day Downer flew to Bali", "perpu": "day the emergency regulations were signed",
     "presented": "day police presented Amrozi", "arrest_a": "day Amrozi was arrested",
     "statement": "day of the police chief's statement", "flown": "day Amrozi was flown to Bali",
     "trial_a": "day Amrozi's trial opened", "arrest_s": "day Imam Samudra was arrested",
     "arrest_m": "day Mukhlas was arrested", "trial_s": "day Imam Samudra's trial opened", "verdict": "day of Amrozi's verdict",
    }
    ms = [
     M(K, "187 orang", N, "dead", 187, "2002-10-14T08"),
     M(K, "Sekitar 300 orang", N, "injured", 300, "2002-10-14T08", "approx"),
     M(K, "Dua bom", N, "bombs", 2),
     M(K, "42 jenazah", N, "identified", 42, "2002-10-14T08"),
     M(K, "Sedikitnya 20 bangunan", N, "buildings", 20, qual="atleast"),
     M(K, "Senin (14/10/2002)", D, "tollday14", "2002-10-14"),
     M(K, "Sabtu (12/10/2002)", D, "bombing", "2002-10-12"),
     M(K, "Senin", D, "tollday14", "2002-10-14", occ=2),
     M(K, "Minggu (13/10/2002)", D, "visit", "2002-10-13"),

     M(A, "190", N, "dead", 190, "2002-10-18"),
     M(A, "two blasts", N, "bombs", 2),
     M(A, "30 Australians", N, "au_dead", 30, "2002-10-18"),
     M(A, "more than 100", N, "au_missing", 100, "2002-10-18", "morethan"),
     M(A, "48", N, "identified", 48, "2002-10-18"),
     M(A, "two emergency regulations", N, "regs", 2),
     M(A, "Sunday", D, "mourning", "2002-10-20"),
     M(A, "Saturday", D, "bombing", "2002-10-12"),
     M(A, "Friday", D, "tollday18", "2002-10-18"),
     M(A, "Monday", D, "downer", "2002-10-14"),
     M(A, "Friday", D, "perpu", "2002-10-18", occ=2),

     M(R, "more than 190 people", N, "dead", 190, "2002-11-08", "morethan"),
     M(R, "40", N, "age", 40, "2002-11-08"),
     M(R, "More than 40", N, "afp", 40, qual="morethan"),
     M(R, "Friday", D, "presented", "2002-11-08"),
     M(R, "October 12", D, "bombing", "2002-10-12"),
     M(R, "Tuesday", D, "arrest_a", "2002-11-05"),
     M(R, "Thursday", D, "statement", "2002-11-07"),
     M(R, "Thursday", D, "flown", "2002-11-07", occ=2),
     M(R, "October 18", D, "perpu", "2002-10-18"),

     M(T, "202 orang", N, "dead", 202, "final"),
     M(T, "88 korban", N, "au_dead", 88, "final"),
     M(T, "38 lainnya", N, "id_dead", 38, "final"),
     M(T, "209 orang", N, "injured", 209, "final"),
     M(T, "sekitar 1.000 polisi", N, "guards", 1000, qual="approx"),
     M(T, "Senin (12/5/2003)", D, "trial_a", "2003-05-12"),
     M(T, "12 Oktober 2002", D, "bombing", "2002-10-12"),
     M(T, "5 November 2002", D, "arrest_a", "2002-11-05"),
     M(T, "21 November 2002", D, "arrest_s", "2002-11-21"),
     M(T, "3 Desember 2002", D, "arrest_m", "2002-12-03"),
     M(T, "2 Juni 2003", D, "trial_s", "2003-06-02"),

     M(G, "202 people", N, "dead", 202, "final"),
     M(G, "five judges", N, "judges", 5),
     M(G, "41-year-old", N, "age", 41, "2003-08-07"),
     M(G, "202 dead", N, "dead", 202, "final"),
     M(G, "88", N, "au_dead", 88, "final"),
     M(G, "38", N, "id_dead", 38, "final"),
     M(G, "290 people", N, "injured", 290, "final", planted=True),
     M(G, "more than 30 suspects", N, "suspects", 30, qual="morethan"),
     M(G, "Thursday", D, "verdict", "2003-08-07"),
     M(G, "October", D, "bombing", "2002-10"),
     M(G, "May 21", D, "trial_a", "2003-05-21", planted=True),
     M(G, "June 2", D, "trial_s", "2003-06-02"),
     M(G, "November 5", D, "arrest_a", "2002-11-05"),
    ]
    build("bali-bombing-2002", "Bali bombings, Kuta (Saturday 12 October 2002) and what followed: the toll rising "
          "(187 -> 190 -> more than 190 -> 202, of whom 88 Australians and 38 Indonesians), the injured first put at "
          "about 300 then 209, bodies identified beside the toll, and many dated events of different kinds: a site "
          "visit, a day of mourning, emergency regulations, three arrests, two trial openings and a verdict", False, ms, names)



def debt():
    R, K, C, A = "reuters-may28", "kompas-jun01", "cnbc-jun02", "ap-jun04"
    names = {
     "limit": "the debt ceiling suspended ($31.4 trillion)", "nondef": "non-defense spending increase in 2025",
     "april": "spending cuts in the House Republicans' April bill", "rseats": "House seats held by Republicans",
     "seats": "House seats", "hyes": "House votes for", "hno": "House votes against", "hryes": "House Republicans for",
     "hdyes": "House Democrats for", "hrno": "House Republicans against", "hdno": "House Democrats against",
     "cbo": "CBO estimate of deficit savings", "cboyears": "period of the CBO estimate", "syes": "Senate votes for",
     "sno": "Senate votes against", "sdyes": "Senate Democrats and independents for", "sryes": "Senate Republicans for",
     "defense": "defense spending cap for fiscal 2024", "irscut": "IRS funding taken back", "irs": "IRS funding of 2022",
     "cash": "Treasury cash balance",
     "deal": "day of the Biden-McCarthy deal", "suspend_end": "end of the suspension", "fy2024": "fiscal year 2024",
     "fy2025": "fiscal year 2025", "yellen": "day Yellen gave the deadline", "xdate": "the June 5 deadline",
     "housevote": "day of the House vote", "hit": "day the debt limit was hit", "aprilvote": "month the House passed the April bill",
     "y2011": "year of the 2011 standoff", "asia": "day Asian markets rose", "senatevote": "day of the Senate vote",
     "address": "day of Biden's Oval Office address", "wallst": "day Wall Street closed higher", "signed": "day Biden signed the bill",
    }
    ms = [
     M(R, "$31.4 trillion", N, "limit", 31.4e12, cls="money"),
     M(R, "1%", N, "nondef", 1, cls="pct"),
     M(R, "$4.8 trillion", N, "april", 4.8e12, cls="money"),
     M(R, "222", N, "rseats", 222),
     M(R, "435 seats", N, "seats", 435),
     M(R, "Saturday", D, "deal", "2023-05-27"),
     M(R, "January 1, 2025", D, "suspend_end", "2025-01-01"),
     M(R, "2024", D, "fy2024", "2024"),
     M(R, "2025", D, "fy2025", "2025", occ=2),
     M(R, "Friday", D, "yellen", "2023-05-26"),
     M(R, "June 5", D, "xdate", "2023-06-05"),
     M(R, "Wednesday", D, "housevote", "2023-05-31"),
     M(R, "January 19", D, "hit", "2023-01-19"),
     M(R, "April", D, "aprilvote", "2023-04"),
     M(R, "2011", D, "y2011", "2011"),

     M(K, "31,4 triliun dollar AS", N, "limit", 31.4e12, cls="money"),
     M(K, "314 suara", N, "hyes", 314),
     M(K, "117 suara", N, "hno", 117),
     M(K, "149 anggota", N, "hryes", 149),
     M(K, "165 anggota", N, "hdyes", 165),
     M(K, "71 anggota", N, "hrno", 71),
     M(K, "46 anggota", N, "hdno", 46),
     M(K, "1,5 triliun dollar AS", N, "cbo", 1.5e12, qual="approx", cls="money"),
     M(K, "10 tahun", N, "cboyears", 10, cls="dur"),
     M(K, "Rabu (31/5/2023)", D, "housevote", "2023-05-31"),
     M(K, "5 Juni 2023", D, "xdate", "2023-06-05"),
     M(K, "Sabtu (27/5/2023)", D, "deal", "2023-05-27"),
     M(K, "1 Januari 2025", D, "suspend_end", "2025-01-01"),
     M(K, "Kamis", D, "asia", "2023-06-01"),
     M(K, "2011", D, "y2011", "2011"),

     M(C, "Kamis (1/6/2023)", D, "senatevote", "2023-06-01"),
     M(C, "5 Juni", D, "xdate", "2023-06-05"),
     M(C, "63 suara", N, "syes", 63),
     M(C, "36", N, "sno", 36),
     M(C, "46 senator", N, "sdyes", 46),
     M(C, "17 senator", N, "sryes", 17),
     M(C, "314-117", N, "hyes", 314, also={"hno": 117}),
     M(C, "Jumat (2/6/2023)", D, "address", "2023-06-02"),
     M(C, "US$31,4 triliun", N, "limit", 31.4e12, cls="money"),
     M(C, "awal 2025", D, "suspend_end", "2025"),
     M(C, "tahun anggaran 2024", D, "fy2024", "2024"),
     M(C, "1%", N, "nondef", 1, cls="pct"),
     M(C, "2025", D, "fy2025", "2025", occ=2),
     M(C, "US$886 miliar", N, "defense", 886e9, cls="money"),
     M(C, "tahun anggaran 2024", D, "fy2024", "2024", occ=2),
     M(C, "US$1,5 triliun", N, "cbo", 1.5e12, cls="money"),
     M(C, "satu dekade", N, "cboyears", 10, qual="unit", cls="dur"),
     M(C, "Kamis", D, "wallst", "2023-06-01", occ=2),

     M(A, "Saturday", D, "signed", "2023-06-03"),
     M(A, "$31.4 trillion", N, "limit", 31.4e12, cls="money"),
     M(A, "June 5", D, "xdate", "2023-06-05"),
     M(A, "314-117", N, "hyes", 314, also={"hno": 117}),
     M(A, "Wednesday", D, "housevote", "2023-05-31"),
     M(A, "63-36", N, "syes", 63, also={"sno": 36}),
     M(A, "Thursday", D, "senatevote", "2023-06-01"),
     M(A, "Friday", D, "address", "2023-06-02"),
     M(A, "January 1, 2025", D, "suspend_end", "2025-01-01"),
     M(A, "$886 billion", N, "defense", 886e9, cls="money"),
     M(A, "2024", D, "fy2024", "2024"),
     M(A, "$1.5 trillion", N, "cbo", 1.5e12, cls="money"),
     M(A, "10 years", N, "cboyears", 10, cls="dur"),
     M(A, "$1.4 billion", N, "irscut", 1.4e9, qual="approx", cls="money"),
     M(A, "$80 billion", N, "irs", 80e9, cls="money"),
     M(A, "below $40 billion", N, "cash", 40e9, cls="money"),
    ]
    build("us-debt-ceiling-2023", "US debt ceiling deal of 2023 (control): the Biden-McCarthy deal (Saturday 27 May), "
          "the House vote (Wednesday 31 May, 314-117 = 149 + 165 for, 71 + 46 against), the Senate vote (Thursday 1 June, "
          "63-36 = 46 + 17 for), the signing (Saturday 3 June) before the June 5 deadline; the $31.4 trillion limit "
          "suspended to 1 January 2025, the CBO's $1.5 trillion over 10 years against the April bill's $4.8 trillion, "
          "the $886 billion defense cap, the 2011 standoff recalled. Zero conflicts expected.", True, ms, names)



if __name__ == "__main__":
    tohoku()
    bali()
    debt()
