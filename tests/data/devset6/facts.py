"""The sixth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md), as the
third and fourth sets' are (tests/benchmarks/factlabels.py): same fact -> agree / compatible / update / revision /
conflict / sources; different facts of one unit class, and every other pair of dates -> none, or not_conflict for
different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset6/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def sulbar():
    K, R, A, J = "kompas-jan15", "reuters-jan17", "antara-jan18", "jakartapost-feb16"
    names = {
     "mag": "magnitude of the main quake", "foremag": "magnitude of Thursday's foreshock",
     "aftermag": "magnitude of the strongest aftershock", "dist": "distance of the epicentre from Majene (km)",
     "depth": "depth of the main quake (km)", "dead": "death toll (both regencies)", "mamuju_dead": "dead in Mamuju",
     "majene_dead": "dead in Majene", "injured": "injured (both regencies)", "majene_inj": "injured in Majene",
     "majene_disp": "people displaced in Majene", "displaced": "people displaced (both regencies)",
     "missing": "people missing", "bodies": "bodies found in a hotel's ruins on Sunday", "houses": "houses damaged",
     "after": "aftershocks recorded", "slides": "landslides on the Majene-Mamuju road", "kitchens": "public kitchens",
     "emerg_days": "length of the emergency response period", "ext_days": "extension of the emergency",
     "aid": "rebuilding aid per heavily damaged house",
     # dates
     "quake": "day of the main quake", "fore": "day of the foreshock", "toll15": "day the 34 dead were counted",
     "after15": "day the 28 aftershocks were counted", "toll17": "day the 73 dead were counted",
     "aid_day": "day the first aid flights landed", "toll18": "day the 84 dead were counted",
     "found": "day two bodies were found in the hotel", "emerg_start": "start of the emergency response period",
     "emerg_end": "end of the first emergency period", "visit": "day of the president's visit",
     "after18": "day the 32 aftershocks were counted", "tents_day": "day the 6,000 in tents were counted",
     "peakday": "time of the displacement peak", "inj15": "day Majene's 637 injured were first given", "ext_end": "end of the extended emergency",
     "basuki_day": "day the minister announced the rebuilding aid", "schools": "day Mamuju's schools resumed",
    }
    ms = [
     M(K, "6,2", N, "mag", 6.2, cls="mag"),
     M(K, "Jumat (15/1/2021)", D, "quake", "2021-01-15"),
     M(K, "6 kilometer", N, "dist", 6, cls="len"),
     M(K, "10 kilometer", N, "depth", 10, cls="len", src="BMKG"),
     M(K, "Kamis (14/1/2021)", D, "fore", "2021-01-14"),
     M(K, "5,9", N, "foremag", 5.9, cls="mag"),
     M(K, "Jumat sore", D, "toll15", "2021-01-15"),
     M(K, "34 orang", N, "dead", 34, "2021-01-15T17"),
     M(K, "26 orang", N, "mamuju_dead", 26, "2021-01-15T17"),
     M(K, "delapan orang", N, "majene_dead", 8, "2021-01-15T17"),
     M(K, "637 orang", N, "majene_inj", 637, "2021-01-15T17"),
     M(K, "Sekitar 15.000 warga", N, "majene_disp", 15000, "2021-01-15", "approx", fall=True),
     M(K, "28 gempa susulan", N, "after", 28, "2021-01-15T16", "atleast"),
     M(K, "Jumat pukul 16.00", D, "after15", "2021-01-15"),
     M(K, "tiga titik", N, "slides", 3),

     M(R, "6.2", N, "mag", 6.2, cls="mag"),
     M(R, "73", N, "dead", 73, "2021-01-17"),
     M(R, "Sunday", D, "toll17", "2021-01-17"),
     M(R, "64", N, "mamuju_dead", 64, "2021-01-17"),
     M(R, "nine", N, "majene_dead", 9, "2021-01-17"),
     M(R, "Saturday", D, "quake", "2021-01-16", planted=True),
     M(R, "10 km", N, "depth", 10, cls="len", src="BMKG"),
     M(R, "18 km", N, "depth", 18, cls="len", src="USGS"),
     M(R, "6 km", N, "dist", 6, qual="approx", cls="len"),
     M(R, "826", N, "injured", 826, "2021-01-17", "atleast"),
     M(R, "about 15,000 people", N, "majene_disp", 15000, "2021-01-17", "approx", fall=True),
     M(R, "Three people", N, "missing", 3, "2021-01-17", fall=True),
     M(R, "1,150 houses", N, "houses", 1150, "2021-01-17", "morethan"),
     M(R, "three places", N, "slides", 3),
     M(R, "5.9", N, "foremag", 5.9, cls="mag"),
     M(R, "Thursday", D, "fore", "2021-01-14"),
     M(R, "Saturday", D, "aid_day", "2021-01-16", occ=2),

     M(A, "6,2", N, "mag", 6.2, cls="mag"),
     M(A, "84 orang", N, "dead", 84, "2021-01-18T12"),
     M(A, "Senin (18/1/2021)", D, "toll18", "2021-01-18"),
     M(A, "73 korban", N, "mamuju_dead", 73, "2021-01-18T12"),
     M(A, "11 orang", N, "majene_dead", 11, "2021-01-18T12"),
     M(A, "932 orang", N, "injured", 932, "2021-01-18T12"),
     M(A, "19.435 warga", N, "displaced", 19435, "2021-01-18T12", fall=True),
     M(A, "tiga orang", N, "missing", 3, "2021-01-17", fall=True),
     M(A, "Jumat", D, "inj15", "2021-01-15"),
     M(A, "637 orang", N, "majene_inj", 637, "2021-01-15T17"),
     M(A, "542 orang", N, "majene_inj", 542, "2021-01-18T12"),
     M(A, "satu orang", N, "missing", 1, "2021-01-18T12", fall=True),
     M(A, "dua jenazah", N, "bodies", 2),
     M(A, "Minggu", D, "found", "2021-01-17"),
     M(A, "14 hari", N, "emerg_days", 14, cls="dur"),
     M(A, "15 Januari", D, "emerg_start", "2021-01-15"),
     M(A, "28 Januari 2021", D, "emerg_end", "2021-01-28"),
     M(A, "Selasa (19/1/2021)", D, "visit", "2021-01-19"),
     M(A, "Senin pagi", D, "after18", "2021-01-18"),
     M(A, "32 kali gempa susulan", N, "after", 32, "2021-01-18T08"),
     M(A, "5,0", N, "aftermag", 5.0, cls="mag"),
     M(A, "1.960 rumah", N, "houses", 1960, "2021-01-18T12"),
     M(A, "10 dapur umum", N, "kitchens", 10),

     M(J, "6.2", N, "mag", 6.2, cls="mag"),
     M(J, "about 6,000 people", N, "displaced", 6000, "2021-02-15", "approx", fall=True),
     M(J, "Monday", D, "tents_day", "2021-02-15"),
     M(J, "more than 40,000", N, "displaced", 40000, "2021-01-25", "morethan", fall=True),
     M(J, "late January", D, "peakday", "2021-01"),
     M(J, "Jan. 15", D, "quake", "2021-01-15"),
     M(J, "10 kilometers", N, "depth", 10, cls="len", src="BMKG"),
     M(J, "105 people", N, "dead", 105, "final"),
     M(J, "94", N, "mamuju_dead", 94, "final"),
     M(J, "11", N, "majene_dead", 11, "final"),
     M(J, "5.6", N, "foremag", 5.6, cls="mag", planted=True),
     M(J, "3,300 people", N, "injured", 3300, "final", "morethan"),
     M(J, "7,457", N, "houses", 7457, "final"),
     M(J, "14 days", N, "emerg_days", 14, cls="dur"),
     M(J, "Jan. 28", D, "emerg_end", "2021-01-28"),
     M(J, "a week", N, "ext_days", 7, cls="dur"),
     M(J, "Feb. 4", D, "ext_end", "2021-02-04"),
     M(J, "Monday", D, "basuki_day", "2021-02-15", occ=2),
     M(J, "Rp 50 million", N, "aid", 50e6, cls="money"),
     M(J, "41 aftershocks", N, "after", 41, "2021-02-15"),
     M(J, "5.0", N, "aftermag", 5.0, cls="mag"),
     M(J, "Feb. 8", D, "schools", "2021-02-08"),
    ]
    build("sulbar-earthquake-2021", "Mamuju-Majene earthquake, West Sulawesi, Indonesia (Friday 15 January 2021, "
          "magnitude 6.2, 10 km deep, 6 km northeast of Majene, after a magnitude 5.9 foreshock the day before): the "
          "toll rising (34 -> 73 -> 84 -> 105 final) beside each regency's (Mamuju 26 -> 64 -> 73 -> 94, Majene 8 -> "
          "9 -> 11), injured (Majene's first count corrected down the third day), two agencies' depths, displaced in Majene and in both regencies (19,435 -> a peak of more than 40,000 -> about "
          "6,000 in tents a month on), missing falling as bodies are found, houses damaged, aftershocks; dates of the "
          "quake, the foreshock, each count, the emergency's start, end and extension, a visit, a minister's "
          "statement", False, ms, names)


def thai():
    R, K, A, B = "reuters-mar27", "kompas-mar28", "antara-jun19", "bangkokpost-jan23"
    OLD, NEW = "2024-03-26", "2024-03-27"
    names = {
     "house_present": "House members present", "house_ayes": "House votes in favour", "house_noes": "House votes against",
     "house_abst": "House abstentions", "house_pct": "share of House members present in favour",
     "senate_size": "members of the Senate", "senate_present": "senators present", "senate_ayes": "Senate votes in favour",
     "senate_noes": "Senate votes against", "senate_abst": "Senate abstentions", "minage": "minimum age to marry",
     "effect_days": "days from publication to entry into force", "couples_first": "couples registered by 5 p.m. on the first day",
     "mass": "couples at the Bangkok mass wedding", "campaign": "years of campaigning",
     # dates
     "house_vote": "day of the House vote", "senate_vote": "day of the Senate vote", "y2019": "year Taiwan legalised same-sex marriage",
     "stmt_k": "day the committee chair spoke after the House vote", "stmt_a": "day the prime minister spoke after the Senate vote",
     "endorse": "month of the king's endorsement", "gazette": "day of publication in the Royal Gazette",
     "inforce": "day the law took effect", "pmoffice": "month Paetongtarn took office", "pride": "month of Bangkok's Pride parade",
    }
    ms = [
     M(R, "Wednesday", D, "house_vote", "2024-03-27"),
     M(R, "415", N, "house_present", 415),
     M(R, "400", N, "house_ayes", 400),
     M(R, "10", N, "house_noes", 10),
     M(R, "two", N, "house_abst", 2),
     M(R, "18", N, "minage", 18, NEW, cls="age"),
     M(R, "17", N, "minage", 17, OLD, cls="age"),
     M(R, "250", N, "senate_size", 250),
     M(R, "120 days", N, "effect_days", 120, cls="dur"),
     M(R, "June", D, "pride", "2024-06"),
     M(R, "2019", D, "y2019", "2019"),

     M(K, "Rabu (27/3/2024)", D, "house_vote", "2024-03-27"),
     M(K, "400 anggota", N, "house_ayes", 400),
     M(K, "10 menolak", N, "house_noes", 10),
     M(K, "dua abstain", N, "house_abst", 2),
     M(K, "415 anggota", N, "house_present", 415),
     M(K, "96 persen", N, "house_pct", 96, qual="approx", cls="pct"),
     M(K, "17 tahun", N, "minage", 17, OLD, cls="age"),
     M(K, "18 tahun", N, "minage", 18, NEW, cls="age"),
     M(K, "120 hari", N, "effect_days", 120, cls="dur"),
     M(K, "2019", D, "y2019", "2019"),
     M(K, "Kamis", D, "stmt_k", "2024-03-28"),

     M(A, "Selasa (18/6/2024)", D, "senate_vote", "2024-06-18"),
     M(A, "130 senator", N, "senate_ayes", 130),
     M(A, "empat menolak", N, "senate_noes", 4),
     M(A, "18 abstain", N, "senate_abst", 18),
     M(A, "152 orang", N, "senate_present", 152),
     M(A, "250 anggota", N, "senate_size", 250),
     M(A, "27 Maret", D, "house_vote", "2024-03-27"),
     M(A, "400 suara", N, "house_ayes", 400),
     M(A, "10 menolak", N, "house_noes", 10),
     M(A, "120 hari", N, "effect_days", 120, cls="dur"),
     M(A, "Rabu", D, "stmt_a", "2024-06-19"),

     M(B, "Thursday", D, "inforce", "2025-01-23"),
     M(B, "1,448 couples", N, "couples_first", 1448),
     M(B, "March", D, "house_vote", "2024-03"),
     M(B, "400 votes", N, "house_ayes", 400),
     M(B, "10", N, "house_noes", 10),
     M(B, "June 18", D, "senate_vote", "2024-06-18"),
     M(B, "130 votes", N, "senate_ayes", 130),
     M(B, "14", N, "senate_noes", 14, planted=True),
     M(B, "September", D, "endorse", "2024-09"),
     M(B, "Sept. 24, 2024", D, "gazette", "2024-09-24"),
     M(B, "120 days", N, "effect_days", 120, cls="dur"),
     M(B, "aged 18", N, "minage", 18, NEW, cls="age"),
     M(B, "about 300 couples", N, "mass", 300, qual="approx"),
     M(B, "August", D, "pmoffice", "2024-08"),
     M(B, "a decade", N, "campaign", 10, qual="morethan", cls="dur"),
    ]
    build("thai-marriage-2024", "Thailand's marriage equality law (2024-2025): the House of Representatives' vote on "
          "Wednesday 27 March 2024 (400 for, 10 against, 2 abstentions of 415 present) and the Senate's on Tuesday 18 "
          "June 2024 (130 for, 4 against, 18 abstentions of 152 present, of 250 members), the minimum age raised from "
          "17 to 18, entry into force 120 days after the Royal Gazette of 24 September 2024, the first weddings on "
          "Thursday 23 January 2025; statement days against vote days, one body's tally against the other's",
          False, ms, names)


def ump():
    K, R, C, J = "kompas-nov29", "reuters-nov30", "cnbcindonesia-dec05", "jakartaglobe-dec12"
    OLD, NEW = "2024", "2025"
    names = {
     "rise": "average minimum wage increase for 2025", "proposal": "the manpower minister's proposed increase",
     "demand": "unions' demanded increase (lower end)", "jkt": "Jakarta's monthly minimum wage",
     "jkt_inc": "Jakarta's increase in rupiah", "jateng": "Central Java's monthly minimum wage",
     "usd": "Jakarta's 2025 minimum wage in US dollars", "bi_target": "central bank's inflation target (lower end)",
     "prison": "prison term for underpaying (lower end, years)", "fine": "fine for underpaying (lower end)",
     "provinces": "provinces of Indonesia", "regno": "number of the ministerial regulation",
     # dates
     "announce": "day the increase was announced", "wageyear": "the wage year 2025", "dl_ump": "deadline for provincial wages",
     "dl_umk": "deadline for district and city wages", "effective": "day the new wages take effect",
     "min_stmt": "day the ministry gave the deadlines", "signed": "day the regulation was signed",
     "regyear": "year of the regulation", "jkt_set": "day Jakarta set its wage", "strike": "month of the called-off strike",
     "oldyear": "the year of the current wages (2024)", "infl_year": "year of the inflation target",
    }
    ms = [
     M(K, "2025", D, "wageyear", "2025"),
     M(K, "6,5 persen", N, "rise", 6.5, cls="pct"),
     M(K, "Jumat (29/11/2024)", D, "announce", "2024-11-29"),
     M(K, "6 persen", N, "proposal", 6, cls="pct"),
     M(K, "6,5 persen", N, "rise", 6.5, cls="pct", occ=2),
     M(K, "tahun ini", D, "oldyear", "2024"),
     M(K, "Rp 5.067.381", N, "jkt", 5067381, OLD, cls="money"),
     M(K, "Rp 329.000", N, "jkt_inc", 329000, qual="approx", cls="money"),
     M(K, "Rp 5.396.761", N, "jkt", 5396761, NEW, cls="money"),
     M(K, "Rp 2.036.947", N, "jateng", 2036947, OLD, cls="money"),
     M(K, "Rp 2.169.349", N, "jateng", 2169349, NEW, cls="money"),
     M(K, "11 Desember 2024", D, "dl_ump", "2024-12-11"),
     M(K, "18 Desember 2024", D, "dl_umk", "2024-12-18"),
     M(K, "1 Januari 2025", D, "effective", "2025-01-01"),
     M(K, "8 hingga 10 persen", N, "demand", 8, cls="pct"),

     M(R, "6.5%", N, "rise", 6.5, cls="pct"),
     M(R, "next year", D, "wageyear", "2025"),
     M(R, "Friday", D, "announce", "2024-11-29"),
     M(R, "6%", N, "proposal", 6, cls="pct"),
     M(R, "8% to 10%", N, "demand", 8, cls="pct"),
     M(R, "Jan. 1, 2025", D, "effective", "2025-01-01"),
     M(R, "Dec. 11", D, "dl_ump", "2024-12-11"),
     M(R, "Dec. 18", D, "dl_umk", "2024-12-18"),
     M(R, "Saturday", D, "min_stmt", "2024-11-30"),
     M(R, "5,396,761 rupiah", N, "jkt", 5396761, NEW, cls="money"),
     M(R, "$340", N, "usd", 340, qual="approx", cls="money"),
     M(R, "5,067,381 rupiah", N, "jkt", 5067381, OLD, cls="money"),
     M(R, "2,169,349 rupiah", N, "jateng", 2169349, NEW, cls="money"),
     M(R, "2,036,947 rupiah", N, "jateng", 2036947, OLD, cls="money"),
     M(R, "6.5%", N, "rise", 6.5, cls="pct", occ=2),
     M(R, "1.5% to 3.5%", N, "bi_target", 1.5, cls="pct"),
     M(R, "next year", D, "infl_year", "2025", occ=2),

     M(C, "Nomor 16", N, "regno", 16, cls="regno"),
     M(C, "Tahun 2024", D, "regyear", "2024"),
     M(C, "Rabu (4/12/2024)", D, "signed", "2024-12-04"),
     M(C, "6,5 persen", N, "rise", 6.5, cls="pct"),
     M(C, "Jumat (29/11/2024)", D, "announce", "2024-11-29"),
     M(C, "Rabu (11/12/2024)", D, "dl_ump", "2024-12-11"),
     M(C, "Rabu (18/12/2024)", D, "dl_umk", "2024-12-18"),
     M(C, "1 Januari 2025", D, "effective", "2025-01-01"),
     M(C, "Rp 5.067.381", N, "jkt", 5067381, OLD, cls="money"),
     M(C, "Rp 5.396.761", N, "jkt", 5396761, NEW, cls="money"),
     M(C, "Rp 329.380", N, "jkt_inc", 329380, cls="money"),
     M(C, "Rp 2.036.947", N, "jateng", 2036947, OLD, cls="money"),
     M(C, "Rp 2.169.349", N, "jateng", 2169349, NEW, cls="money"),
     M(C, "1 hingga 4 tahun", N, "prison", 1, cls="dur"),
     M(C, "Rp 100 juta hingga Rp 400 juta", N, "fine", 100e6, cls="money"),
     M(C, "6,5 persen", N, "rise", 6.5, cls="pct", occ=2),

     M(J, "Wednesday", D, "jkt_set", "2024-12-11"),
     M(J, "2025", D, "wageyear", "2025"),
     M(J, "Rp 5,396,761", N, "jkt", 5396761, NEW, cls="money"),
     M(J, "6.5 percent", N, "rise", 6.5, cls="pct"),
     M(J, "this year", D, "oldyear", "2024"),
     M(J, "Rp 5,067,381", N, "jkt", 5067381, OLD, cls="money"),
     M(J, "Rp 329,380", N, "jkt_inc", 329380, cls="money"),
     M(J, "6.5 percent", N, "rise", 6.5, cls="pct", occ=2),
     M(J, "Friday, Nov. 29", D, "announce", "2024-11-29"),
     M(J, "Dec. 11", D, "dl_ump", "2024-12-11"),
     M(J, "No. 16", N, "regno", 16, cls="regno"),
     M(J, "of 2024", D, "regyear", "2024"),
     M(J, "Dec. 4", D, "signed", "2024-12-04"),
     M(J, "2025", D, "wageyear", "2025", occ=2),
     M(J, "Rp 2,169,349", N, "jateng", 2169349, NEW, cls="money"),
     M(J, "38 provinces", N, "provinces", 38),
     M(J, "Rp 2,036,947", N, "jateng", 2036947, OLD, cls="money"),
     M(J, "Dec. 18", D, "dl_umk", "2024-12-18"),
     M(J, "Jan. 1", D, "effective", "2025-01-01"),
     M(J, "8 to 10 percent", N, "demand", 8, cls="pct"),
     M(J, "December", D, "strike", "2024-12"),
    ]
    build("ump-2025", "Indonesia's 2025 minimum wage (control): the president's announcement on Friday 29 November 2024 "
          "of an average 6.5% increase (the minister had proposed 6%, unions demanded 8-10%); Jakarta Rp 5,067,381 -> "
          "Rp 5,396,761 (Rp 329,380 more), Central Java Rp 2,036,947 -> Rp 2,169,349; the regulation No. 16 of 2024 "
          "signed on Wednesday 4 December, provincial wages due by 11 December and district wages by 18 December, in "
          "effect on 1 January 2025; follow-up events on their own days. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    sulbar()
    thai()
    ump()
