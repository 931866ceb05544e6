"""The two-hundred-and-eightieth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset280/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def mari():
    A, K, T, R = "ap-jul11", "kompas-jul12", "detik-jul14", "reuters-oct04"
    # as-of times of the running tallies: Monday 11 July 2011 in the first hours (the defence ministry's "at least
    # 10" feared dead) and in the afternoon (the government spokesman's 12 dead, 62 injured, two seriously), Tuesday
    # 12 July (12 dead, two still in intensive care), and the inquiry's day, Monday 3 October (13 dead: a thirteenth
    # died of his injuries). The power station's share of the island's electricity: officials' "almost 60 percent"
    # against the state electricity authority's "about half" (sources). Dates: the blast and the defence minister's
    # resignation on the same Monday (not_conflict), the foreign minister's resignation and the protest on Tuesday
    # 12 July, the seizure in February 2009, the inquiry's report on Monday 3 October.
    MON_A, MON_B, TUE, OCT = "2011-07-11a", "2011-07-11b", "2011-07-12", "2011-10-03"
    OFF, EAC = "officials", "the state electricity authority"
    names = {
     "dead": "people killed", "injured": "people injured", "serious": "people seriously injured",
     "containers": "containers of seized munitions", "firefighters": "firefighters killed",
     "servicemen": "other servicemen killed", "residents": "residents of Mari evacuated",
"share": "the power station's share of the island's electricity",
     "tons": "the blast's force (tons of TNT)", "mourning": "days of official mourning",
     # dates
     "blast": "day of the explosion", "resign": "day the defence minister resigned", "seized": "month of the seizure",
     "fm_resign": "day the foreign minister resigned", "protest": "day of the protest in Nicosia",
     "report": "day the inquiry presented its findings",
    }
    ms = [
     M(A, "Monday", D, "blast", "2011-07-11"),
     M(A, "at least 10 people", N, "dead", 10, MON_A, qual="atleast"),
     M(A, "12", N, "dead", 12, MON_B),
     M(A, "12", N, "dead", 12, MON_B, occ=2),
     M(A, "62 people", N, "injured", 62, MON_B),
     M(A, "two of them seriously", N, "serious", 2, MON_B),
     M(A, "four other servicemen", N, "servicemen", 4),
     M(A, "six firefighters", N, "firefighters", 6),
     M(A, "98 containers", N, "containers", 98),
     M(A, "February 2009", D, "seized", "2009-02"),
     M(A, "almost 60 percent", N, "share", 60, qual="nearly", src=OFF, cls="pct"),
     M(A, "150 residents", N, "residents", 150),
     M(A, "Monday", D, "resign", "2011-07-11", occ=2),
     M(A, "three days", N, "mourning", 3, cls="dur"),

     M(K, "Senin (11/7/2011)", D, "blast", "2011-07-11"),
     M(K, "12 orang", N, "dead", 12, MON_B),
     M(K, "62 orang", N, "injured", 62, MON_B),
     M(K, "dua di antaranya", N, "serious", 2, MON_B),
     M(K, "enam petugas pemadam kebakaran", N, "firefighters", 6),
     M(K, "89 kontainer", N, "containers", 89, planted=True),
     M(K, "Februari 2009", D, "seized", "2009-02"),
     M(K, "hampir 60 persen", N, "share", 60, qual="nearly", src=OFF, cls="pct"),
     M(K, "Senin (11/7/2011)", D, "resign", "2011-07-11", occ=2),

     M(T, "Selasa (12/7/2011)", D, "fm_resign", "2011-07-12"),
     M(T, "12 orang", N, "dead", 12, TUE),
     M(T, "Minggu (10/7/2011)", D, "blast", "2011-07-10", planted=True),
     M(T, "62 orang", N, "injured", 62, TUE),
     M(T, "dua orang di antaranya", N, "serious", 2, TUE),
     M(T, "Selasa malam", D, "protest", "2011-07-12"),
     M(T, "98 kontainer", N, "containers", 98),
     M(T, "Februari 2009", D, "seized", "2009-02"),
     M(T, "hampir 60 persen", N, "share", 60, qual="nearly", src=OFF, cls="pct"),

     M(R, "13 people", N, "dead", 13, OCT),
     M(R, "Monday", D, "report", "2011-10-03"),
     M(R, "July 11", D, "blast", "2011-07-11"),
     M(R, "Twelve people", N, "dead", 12, MON_B),
     M(R, "62", N, "injured", 62, OCT),
     M(R, "98 containers", N, "containers", 98),
     M(R, "about 481 tons", N, "tons", 481, qual="approx"),
     M(R, "about half", N, "share", 50, qual="approx", src=EAC, cls="pct"),
     M(R, "July 11", D, "resign", "2011-07-11", occ=2),
     M(R, "July 12", D, "fm_resign", "2011-07-12"),
    ]
    build("mari-explosion-2011", "The munitions explosion at the Evangelos Florakis naval base near Mari, Cyprus "
          "(Monday 11 July 2011, before dawn): at least 10 feared dead in the first hours -> 12 dead and 62 injured "
          "(two seriously) by the afternoon -> 13 dead by the inquiry's report (Monday 3 October 2011); 98 containers "
          "seized from the Monchegorsk in February 2009; the Vasilikos power station's share of the island's "
          "electricity (officials' almost 60% against the electricity authority's about half); the defence minister's "
          "resignation on 11 July and the foreign minister's on 12 July", False, ms, names)


def kos():
    R, K, T, A = "reuters-jul21", "kompas-jul22", "detik-jul24", "ap-aug14"
    # The magnitude: the US Geological Survey's first 6.7 and its revised 6.6 are two as-of times of one reading
    # (a revision); the Greek authorities' 6.6 and the Turkish authorities' 6.3 are other sources; magnitudes no
    # text credits are the USGS's revised reading. The injured on Kos (around 115, 12 seriously) and in Turkey (more
    # than 350) are the counts of Friday 21 July, recalled unchanged later; the dead (two) do not change. Dates:
    # the quake (Friday 21 July 2017, 1.31 a.m.) and the count of Friday evening are the same day (not_conflict).
    FIRST, UPD = "2017-07-21a0", "2017-07-21a1"
    USGS, GR, TR = "the US Geological Survey", "the Greek authorities", "the Turkish authorities"
    names = {
     "mag": "the quake's magnitude", "aftermag": "the strongest aftershock's magnitude", "dead": "people killed",
     "inj_kos": "people injured on Kos", "serious": "people seriously injured on Kos",
     "inj_tr": "people injured in Turkey", "airlift": "injured flown to other hospitals",
     "crete": "injured flown to Crete", "athens": "injured flown to Athens", "tourists": "tourists on Kos",
     "tr_tourists": "Turkish tourists taken home", "age_tr": "age of the Turkish victim",
     "age_se": "age of the Swedish victim", "depth": "depth (km)", "dist_kos": "distance from Kos town (km)",
     "dist_bodrum": "distance from Bodrum (km)",
     # dates
     "quake": "day of the earthquake", "count_day": "day of the evening count of the injured",
    }
    ms = [
     M(R, "Friday", D, "quake", "2017-07-21"),
     M(R, "two tourists", N, "dead", 2),
     M(R, "magnitude 6.7", N, "mag", 6.7, FIRST, src=USGS, cls="mag"),
     M(R, "10 km", N, "depth", 10, cls="km"),
     M(R, "39-year-old", N, "age_tr", 39, cls="age"),
     M(R, "22-year-old", N, "age_se", 22, cls="age"),
     M(R, "Friday evening", D, "count_day", "2017-07-21"),
     M(R, "around 115 people", N, "inj_kos", 115, qual="approx"),
     M(R, "12 of them seriously", N, "serious", 12),
     M(R, "more than 350 people", N, "inj_tr", 350, qual="morethan"),
     M(R, "6.6", N, "mag", 6.6, src=GR, cls="mag"),
     M(R, "6.3", N, "mag", 6.3, src=TR, cls="mag"),
     M(R, "about 16 km", N, "dist_kos", 16, qual="approx", cls="km"),
     M(R, "10 km", N, "dist_bodrum", 10, cls="km", occ=2),
     M(R, "about 200,000 tourists", N, "tourists", 200000, qual="approx"),

     M(K, "Jumat (21/7/2017)", D, "quake", "2017-07-21"),
     M(K, "magnitudo 6,7", N, "mag", 6.7, FIRST, src=USGS, cls="mag"),
     M(K, "menjadi 6,6", N, "mag", 6.6, UPD, src=USGS, cls="mag"),
     M(K, "Dua turis", N, "dead", 2),
     M(K, "39 tahun", N, "age_tr", 39, cls="age"),
     M(K, "22 tahun", N, "age_se", 22, cls="age"),
     M(K, "sekitar 115 orang", N, "inj_kos", 115, qual="approx"),
     M(K, "12 orang di antaranya", N, "serious", 12),
     M(K, "13 korban luka", N, "airlift", 13),
     M(K, "empat orang ke Kreta", N, "crete", 4),
     M(K, "tiga orang ke Athena", N, "athens", 3),
     M(K, "lebih dari 350 orang", N, "inj_tr", 350, qual="morethan"),
     M(K, "bermagnitudo 5,1", N, "aftermag", 5.1, cls="mag"),
     M(K, "sekitar 200 turisnya", N, "tr_tourists", 200, qual="approx"),

     M(T, "bermagnitudo 6,6", N, "mag", 6.6, UPD, src=USGS, cls="mag"),
     M(T, "Jumat (21/7/2017)", D, "quake", "2017-07-21"),
     M(T, "dua turis", N, "dead", 2),
     M(T, "151 orang", N, "inj_kos", 151, planted=True),
     M(T, "lebih dari 350 orang", N, "inj_tr", 350, qual="morethan"),
     M(T, "6,3", N, "mag", 6.3, src=TR, cls="mag"),
     M(T, "6,6", N, "mag", 6.6, src=GR, cls="mag", occ=2),

     M(A, "two people", N, "dead", 2),
     M(A, "magnitude 6.6", N, "mag", 6.6, UPD, src=USGS, cls="mag"),
     M(A, "July 21", D, "quake", "2017-07-21"),
     M(A, "About 115 people", N, "inj_kos", 115, qual="approx"),
     M(A, "12 of them", N, "serious", 12),
     M(A, "about 16 kilometers", N, "dist_kos", 16, qual="approx", cls="km"),
     M(A, "10 kilometers", N, "depth", 10, cls="km"),
     M(A, "more than 350 people", N, "inj_tr", 350, qual="morethan"),
     M(A, "July 21", D, "quake", "2017-07-21", occ=2),
    ]
    build("kos-earthquake-2017", "The earthquake between the Greek island of Kos and Bodrum, Turkey (Friday 21 July "
          "2017, 1.31 a.m.): the USGS's first magnitude 6.7 revised to 6.6, the Greek authorities' 6.6 and the "
          "Turkish authorities' 6.3; two tourists killed in a bar in Kos town; around 115 injured on Kos (12 "
          "seriously) and more than 350 treated in Turkey; recalled three weeks on", False, ms, names)


def marriage():
    R, K, T, A = "reuters-feb16", "kompas-feb17", "detik-feb18", "ap-feb19"
    names = {
     "yes": "votes for the bill", "no": "votes against the bill", "present": "lawmakers voting present",
     "voted": "lawmakers taking part", "seats": "seats in parliament", "rank": "Greece's rank among EU countries",
     "eu": "EU member states",
     # dates
     "vote": "day of the vote", "partnerships": "year civil partnerships were opened to same-sex couples",
    }
    ms = [
     M(R, "Thursday", D, "vote", "2024-02-15"),
     M(R, "176 votes", N, "yes", 176),
     M(R, "76 against", N, "no", 76),
     M(R, "300-seat", N, "seats", 300),
     M(R, "two lawmakers", N, "present", 2),
     M(R, "254 lawmakers", N, "voted", 254),
     M(R, "16th", N, "rank", 16, cls="rank"),
     M(R, "27 member states", N, "eu", 27),
     M(R, "2015", D, "partnerships", "2015"),

     M(K, "Kamis (15/2/2024)", D, "vote", "2024-02-15"),
     M(K, "176 anggota", N, "yes", 176),
     M(K, "76 anggota", N, "no", 76),
     M(K, "dua anggota", N, "present", 2),
     M(K, "300 kursi", N, "seats", 300),
     M(K, "254 anggota", N, "voted", 254),
     M(K, "ke-16", N, "rank", 16, cls="rank"),
     M(K, "27 anggota", N, "eu", 27),
     M(K, "2015", D, "partnerships", "2015"),

     M(T, "ke-16", N, "rank", 16, cls="rank"),
     M(T, "Kamis (15/2/2024)", D, "vote", "2024-02-15"),
     M(T, "176 suara", N, "yes", 176),
     M(T, "76 suara", N, "no", 76),
     M(T, "dua anggota", N, "present", 2),
     M(T, "254", N, "voted", 254),
     M(T, "300 anggota parlemen", N, "seats", 300),
     M(T, "2015", D, "partnerships", "2015"),

     M(A, "Thursday, Feb. 15", D, "vote", "2024-02-15"),
     M(A, "176 votes", N, "yes", 176),
     M(A, "76 lawmakers", N, "no", 76),
     M(A, "two voting", N, "present", 2),
     M(A, "254 members", N, "voted", 254),
     M(A, "300-seat", N, "seats", 300),
     M(A, "16th", N, "rank", 16, cls="rank"),
     M(A, "27-nation", N, "eu", 27),
     M(A, "2015", D, "partnerships", "2015"),
    ]
    build("greece-marriage-vote-2024", "The Greek parliament's vote to allow same-sex civil marriage (control), on "
          "Thursday 15 February 2024: 176 for, 76 against, two present, 254 of 300 lawmakers voting; the 16th of the "
          "EU's 27 states and the first Orthodox-majority country; civil partnerships since 2015. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    mari()
    kos()
    marriage()
