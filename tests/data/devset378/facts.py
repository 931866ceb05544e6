"""The three-hundred-and-seventy-eighth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset378/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def tivoli():
    R, K, T, A = "reuters-may26", "kompas-may28", "antara-jun25", "ap-jun16"
    # as-of times of the civilian toll: Tuesday 25 May 2010 (30, the police), Wednesday 26 May (at least 44, the
    # police), Thursday 27 May (73, the police; more than 100 by residents and rights groups: sources), the
    # extradition of 24 June (73, the police) and the commission's report of Wednesday 15 June 2016 (69, no source
    # named: lower than every earlier count, a revision). The soldier killed, the age and the months of delay do not
    # change with the day of the report.
    TUE, WED, THU, JUN24, REPORT = "2010-05-25", "2010-05-26", "2010-05-27", "2010-06-24", "2016-06-15"
    POLICE, RESIDENTS = "the Jamaica Constabulary Force", "residents and rights groups"
    names = {
     "dead": "civilians killed in the operation", "soldier": "soldiers killed in the operation",
     "detained": "people detained", "age": "Coke's age", "delay": "months the extradition request was resisted",
     "prison": "years of Coke's prison sentence",
     # dates
     "count_tue": "day of the count of 30", "count_wed": "day of the count of 44", "count_thu": "day of the count of 73",
     "incursion": "day the security forces entered Tivoli Gardens", "emergency": "day the state of emergency was declared",
     "request": "month of the US extradition request", "assent": "day Golding agreed to the extradition",
     "arrest": "day of Coke's arrest", "extradition": "day of Coke's extradition", "plea": "day of the guilty plea",
     "sentence": "day of the sentence", "report": "day the commission's report was tabled",
     "resign": "month Golding stepped down",
    }
    ms = [
     M(R, "At least 44 people", N, "dead", 44, WED, qual="atleast", src=POLICE),
     M(R, "Wednesday", D, "count_wed", "2010-05-26"),
     M(R, "30 dead", N, "dead", 30, TUE, src=POLICE),
     M(R, "Tuesday", D, "count_tue", "2010-05-25"),
     M(R, "Monday", D, "incursion", "2010-05-24"),
     M(R, "Sunday", D, "emergency", "2010-05-23"),
     M(R, "a soldier", N, "soldier", 1),
     M(R, "more than 500 people", N, "detained", 500, WED, qual="morethan"),
     M(R, "41", N, "age", 41, cls="age"),
     M(R, "August 2009", D, "request", "2009-08"),
     M(R, "nine months", N, "delay", 9, cls="dur"),
     M(R, "May 17", D, "assent", "2010-05-17"),

     M(K, "73 warga sipil", N, "dead", 73, THU, src=POLICE),
     M(K, "Kamis (27/5/2010)", D, "count_thu", "2010-05-27"),
     M(K, "Selasa (25/5/2010)", D, "count_tue", "2010-05-25"),
     M(K, "30 korban tewas", N, "dead", 30, TUE, src=POLICE),
     M(K, "seorang tentara", N, "soldier", 1),
     M(K, "lebih dari 100 orang", N, "dead", 100, THU, qual="morethan", src=RESIDENTS),
     M(K, "Senin (24/5/2010)", D, "incursion", "2010-05-24"),
     M(K, "Minggu (23/5/2010)", D, "emergency", "2010-05-23"),
     M(K, "42 tahun", N, "age", 42, cls="age", planted=True),
     M(K, "Agustus 2009", D, "request", "2009-08"),
     M(K, "17 Mei", D, "assent", "2010-05-17"),
     M(K, "sembilan bulan", N, "delay", 9, cls="dur"),

     M(T, "Rabu (23/6/2010)", D, "extradition", "2010-06-23", planted=True),
     M(T, "Selasa (22/6/2010)", D, "arrest", "2010-06-22"),
     M(T, "24 Mei", D, "incursion", "2010-05-24"),
     M(T, "73 warga sipil", N, "dead", 73, JUN24, src=POLICE),
     M(T, "seorang tentara", N, "soldier", 1),
     M(T, "Agustus 2009", D, "request", "2009-08"),
     M(T, "23 Mei", D, "emergency", "2010-05-23"),

     M(A, "69 civilians", N, "dead", 69, REPORT),
     M(A, "the 73", N, "dead", 73, THU, src=POLICE),
     M(A, "Wednesday", D, "report", "2016-06-15"),
     M(A, "May 24, 2010", D, "incursion", "2010-05-24"),
     M(A, "one soldier", N, "soldier", 1),
     M(A, "June 22, 2010", D, "arrest", "2010-06-22"),
     M(A, "June 24, 2010", D, "extradition", "2010-06-24"),
     M(A, "Aug. 31, 2011", D, "plea", "2011-08-31"),
     M(A, "June 8, 2012", D, "sentence", "2012-06-08"),
     M(A, "23 years", N, "prison", 23, cls="dur"),
     M(A, "nine months", N, "delay", 9, cls="dur"),
     M(A, "October 2011", D, "resign", "2011-10"),
    ]
    build("tivoli-incursion-2010", "The Jamaican security forces' operation in Tivoli Gardens, west Kingston, to arrest "
          "Christopher 'Dudus' Coke (41), wanted by the United States: the state of emergency of Sunday 23 May 2010, the "
          "incursion of Monday 24 May, the police's civilian toll of 30 on Tuesday 25 May, at least 44 on Wednesday 26 "
          "May and 73 on Thursday 27 May (one soldier also killed; residents and rights groups said more than 100), "
          "Coke's arrest on Tuesday 22 June and extradition on Thursday 24 June 2010, his guilty plea on 31 August 2011 "
          "and his sentence of 23 years on 8 June 2012; the commission of inquiry's report of June 2016 finding 69 "
          "civilians killed (a revision down)", False, ms, names)


def las_colinas():
    P, K, R, B = "ap-jan15", "kompas-jan17", "reuters-feb14", "republika-feb16"
    # two earthquakes, two tallies. The quake of Saturday 13 January 2001: the National Emergency Committee's (COEN)
    # count of 234 dead on Sunday night 14 January, at least 400 on Monday 15 January, 675 on Wednesday 17 January and
    # 944 as recalled a month on (as of the second quake, 13 February). The missing at Las Colinas: the Red Cross's
    # about 1,200 (15 January) against COEN's about 500 (17 January): sources. The quake of Tuesday 13 February 2001:
    # at least 255 dead on Wednesday 14 February and 283 on Thursday 15 February (COEN), more than 300 by the Red
    # Cross (sources). The 1986 quake is another event.
    SUN, MON, WED, FEB13 = "2001-01-14", "2001-01-15", "2001-01-17", "2001-02-13"
    FEB14, FEB15 = "2001-02-14", "2001-02-15"
    COEN, RED = "the National Emergency Committee (COEN)", "the Salvadoran Red Cross"
    names = {
     "dead1": "people killed by the January quake", "dead2": "people killed by the February quake",
     "mag1": "magnitude of the January quake", "mag2": "magnitude of the February quake",
     "km1": "distance of the January epicentre from the capital (km)",
     "km2": "distance of the February epicentre from the capital (km)",
     "missing": "people missing at Las Colinas", "injured1": "people injured by the January quake",
     "injured2": "people injured by the February quake", "homes": "homes destroyed by the January quake",
     "dead1986": "people killed by the 1986 quake",
     # dates
     "quake1": "day of the January quake", "quake2": "day of the February quake", "count_sun": "day of the count of 234",
     "count_mon": "day of the count of 400", "count_wed": "day of the count of 675",
     "count2_wed": "day of the count of 255", "emergency1": "day the national emergency was declared", "count2_thu": "day of the count of 283", "q1986": "day of the 1986 quake",
    }
    ms = [
     M(P, "Monday", D, "count_mon", "2001-01-15"),
     M(P, "Saturday", D, "quake1", "2001-01-13"),
     M(P, "at least 400", N, "dead1", 400, MON, qual="atleast", src=COEN),
     M(P, "Sunday night", D, "count_sun", "2001-01-14"),
     M(P, "234 dead", N, "dead1", 234, SUN, src=COEN),
     M(P, "7.6", N, "mag1", 7.6, cls="mag"),
     M(P, "100 kilometers", N, "km1", 100, cls="km"),
     M(P, "about 1,200 people", N, "missing", 1200, MON, qual="approx", src=RED),
     M(P, "more than 20,000 homes", N, "homes", 20000, MON, qual="morethan"),
     M(P, "Oct. 10, 1986", D, "q1986", "1986-10-10"),
     M(P, "about 1,500 people", N, "dead1986", 1500, qual="approx"),

     M(K, "7,6", N, "mag1", 7.6, cls="mag"),
     M(K, "Sabtu (13/1/2001)", D, "quake1", "2001-01-13"),
     M(K, "675 orang", N, "dead1", 675, WED, src=COEN),
     M(K, "Rabu (17/1/2001)", D, "count_wed", "2001-01-17"),
     M(K, "Senin lalu", D, "count_mon", "2001-01-15"),
     M(K, "sedikitnya 400 korban tewas", N, "dead1", 400, MON, qual="atleast", src=COEN),
     M(K, "sekitar 500 orang", N, "missing", 500, WED, qual="approx", src=COEN),
     M(K, "lebih dari 2.500 orang", N, "injured1", 2500, WED, qual="morethan"),
     M(K, "sedikitnya 45.000 rumah", N, "homes", 45000, WED, qual="atleast"),
     M(K, "Sabtu malam", D, "emergency1", "2001-01-13"),
     M(K, "100 kilometer", N, "km1", 100, cls="km"),
     M(K, "10 Oktober 1986", D, "q1986", "1986-10-10"),
     M(K, "sekitar 1.500 orang", N, "dead1986", 1500, qual="approx"),

     M(R, "magnitude-6.6", N, "mag2", 6.6, cls="mag"),
     M(R, "Tuesday", D, "quake2", "2001-02-13"),
     M(R, "at least 255 people", N, "dead2", 255, FEB14, qual="atleast", src=COEN),
     M(R, "Wednesday", D, "count2_wed", "2001-02-14"),
     M(R, "magnitude-7.6", N, "mag1", 7.6, cls="mag"),
     M(R, "Jan. 12", D, "quake1", "2001-01-12", planted=True),
     M(R, "944 people", N, "dead1", 944, FEB13),
     M(R, "5,565", N, "injured1", 5565, FEB13),
     M(R, "30 kilometers", N, "km2", 30, cls="km"),
     M(R, "more than 2,000 people", N, "injured2", 2000, FEB14, qual="morethan"),

     M(B, "6,6", N, "mag2", 6.6, cls="mag"),
     M(B, "Selasa (13/2/2001)", D, "quake2", "2001-02-13"),
     M(B, "283 orang", N, "dead2", 283, FEB15, src=COEN),
     M(B, "Kamis (15/2/2001)", D, "count2_thu", "2001-02-15"),
     M(B, "Rabu (14/2/2001)", D, "count2_wed", "2001-02-14"),
     M(B, "sedikitnya 255 korban tewas", N, "dead2", 255, FEB14, qual="atleast", src=COEN),
     M(B, "lebih dari 300 orang", N, "dead2", 300, FEB15, qual="morethan", src=RED),
     M(B, "13 Januari", D, "quake1", "2001-01-13"),
     M(B, "949 orang", N, "dead1", 949, FEB13, planted=True),
     M(B, "30 kilometer", N, "km2", 30, cls="km"),
    ]
    build("las-colinas-2001", "El Salvador's two earthquakes of 2001: the magnitude-7.6 quake of Saturday 13 January "
          "2001 off the Pacific coast and the landslide that buried Las Colinas in Santa Tecla (the National Emergency "
          "Committee's toll of 234 on Sunday night, at least 400 on Monday 15 January, 675 on Wednesday 17 January, 944 "
          "dead and 5,565 injured in the end; about 1,200 feared buried by the Red Cross against about 500 missing by "
          "the committee) and the magnitude-6.6 quake of Tuesday 13 February 2001 (at least 255 dead on Wednesday 14 "
          "February, 283 on Thursday 15 February, more than 300 by the Red Cross); the San Salvador quake of 10 October "
          "1986 (about 1,500 dead) as another event", False, ms, names)


def canal():
    R, K, T, A = "reuters-jun26", "kompas-jun27", "antara-jun28", "ap-jun29"
    names = {
     "cost": "cost of the expansion (US$ billion)", "claims": "the builders' claims (US$ billion)",
     "years": "years of works", "lock_len": "length of a new lock chamber (m)", "lock_w": "width of a new lock chamber (m)",
     "lock_d": "depth of a new lock chamber (m)", "ship_len": "length of the largest ship (m)",
     "ship_w": "beam of the largest ship (m)", "teu_new": "containers the largest new ships carry",
     "teu_old": "containers the largest old ships carry", "reuse": "share of water reused (%)",
     "basins": "basins beside each chamber",
     # dates
     "opening": "day of the opening", "works": "year the works began", "referendum": "year of the referendum",
     "first_open": "year the canal first opened", "handover": "year of the handover",
    }
    ms = [
     M(R, "Sunday", D, "opening", "2016-06-26"),
     M(R, "$5.25 billion", N, "cost", 5.25, cls="bn"),
     M(R, "nine years", N, "years", 9, cls="dur"),
     M(R, "2007", D, "works", "2007"),
     M(R, "427 meters", N, "lock_len", 427, cls="m"),
     M(R, "55 meters", N, "lock_w", 55, cls="m"),
     M(R, "18.3 meters", N, "lock_d", 18.3, cls="m"),
     M(R, "366 meters", N, "ship_len", 366, cls="m"),
     M(R, "49 meters", N, "ship_w", 49, cls="m"),
     M(R, "14,000 containers", N, "teu_new", 14000, cls="teu"),
     M(R, "about 5,000", N, "teu_old", 5000, qual="approx", cls="teu"),
     M(R, "60 percent", N, "reuse", 60, cls="pct"),
     M(R, "three basins", N, "basins", 3),
     M(R, "2006", D, "referendum", "2006"),
     M(R, "1914", D, "first_open", "1914"),
     M(R, "1999", D, "handover", "1999"),
     M(R, "about $3.4 billion", N, "claims", 3.4, qual="approx", cls="bn"),

     M(K, "Minggu (26/6/2016)", D, "opening", "2016-06-26"),
     M(K, "5,25 miliar dollar AS", N, "cost", 5.25, cls="bn"),
     M(K, "sembilan tahun", N, "years", 9, cls="dur"),
     M(K, "2007", D, "works", "2007"),
     M(K, "427 meter", N, "lock_len", 427, cls="m"),
     M(K, "55 meter", N, "lock_w", 55, cls="m"),
     M(K, "18,3 meter", N, "lock_d", 18.3, cls="m"),
     M(K, "366 meter", N, "ship_len", 366, cls="m"),
     M(K, "49 meter", N, "ship_w", 49, cls="m"),
     M(K, "14.000 kontainer", N, "teu_new", 14000, cls="teu"),
     M(K, "sekitar 5.000 kontainer", N, "teu_old", 5000, qual="approx", cls="teu"),
     M(K, "60 persen", N, "reuse", 60, cls="pct"),
     M(K, "tiga kolam", N, "basins", 3),
     M(K, "2006", D, "referendum", "2006"),
     M(K, "1914", D, "first_open", "1914"),
     M(K, "1999", D, "handover", "1999"),
     M(K, "sekitar 3,4 miliar dollar AS", N, "claims", 3.4, qual="approx", cls="bn"),

     M(T, "5,25 miliar dollar AS", N, "cost", 5.25, cls="bn"),
     M(T, "Minggu lalu", D, "opening", "2016-06-26"),
     M(T, "427 meter", N, "lock_len", 427, cls="m"),
     M(T, "55 meter", N, "lock_w", 55, cls="m"),
     M(T, "18,3 meter", N, "lock_d", 18.3, cls="m"),
     M(T, "14.000 kontainer", N, "teu_new", 14000, cls="teu"),
     M(T, "sekitar 5.000 kontainer", N, "teu_old", 5000, qual="approx", cls="teu"),
     M(T, "2007", D, "works", "2007"),
     M(T, "sembilan tahun", N, "years", 9, cls="dur"),
     M(T, "Tiga kolam", N, "basins", 3),
     M(T, "60 persen", N, "reuse", 60, cls="pct"),
     M(T, "2006", D, "referendum", "2006"),

     M(A, "Sunday, June 26", D, "opening", "2016-06-26"),
     M(A, "$5.25 billion", N, "cost", 5.25, cls="bn"),
     M(A, "about $3.4 billion", N, "claims", 3.4, qual="approx", cls="bn"),
     M(A, "427 meters", N, "lock_len", 427, cls="m"),
     M(A, "55 meters", N, "lock_w", 55, cls="m"),
     M(A, "18.3 meters", N, "lock_d", 18.3, cls="m"),
     M(A, "366 meters", N, "ship_len", 366, cls="m"),
     M(A, "49 meters", N, "ship_w", 49, cls="m"),
     M(A, "14,000 containers", N, "teu_new", 14000, cls="teu"),
     M(A, "about 5,000", N, "teu_old", 5000, qual="approx", cls="teu"),
     M(A, "2007", D, "works", "2007"),
     M(A, "nine years", N, "years", 9, cls="dur"),
     M(A, "2006", D, "referendum", "2006"),
     M(A, "three beside each chamber", N, "basins", 3),
     M(A, "60 percent", N, "reuse", 60, cls="pct"),
     M(A, "1914", D, "first_open", "1914"),
    ]
    build("canal-expansion-2016", "The opening of Panama's expanded canal (Sunday 26 June 2016), as the canal authority "
          "gave it (control): US$5.25 billion over nine years of works from 2007; new lock chambers 427 m long, 55 m "
          "wide and 18.3 m deep for ships up to 366 m by 49 m carrying up to 14,000 containers (about 5,000 before); "
          "three basins beside each chamber reusing 60% of the water; the referendum of 2006, the first opening in "
          "1914, the handover in 1999; the builders' claims of about US$3.4 billion. Zero conflicts expected.", True,
          ms, names)


if __name__ == "__main__":
    tivoli()
    las_colinas()
    canal()
