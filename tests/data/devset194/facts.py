"""The hundred-and-ninety-fourth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset194/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def pisco():
    R, K, A, T, P = "reuters-aug16", "kompas-aug17", "antara-aug21", "tempo-aug23", "ap-sep14"
    # as-of times of the running tallies: Thursday 16 August 2007 morning (the civil defense institute's first count of
    # the injured, "more than 1,000", and the aftershocks), Thursday evening (the institute's 437 dead and 829 injured:
    # the injured checked against hospital lists and lowered, a revision; the fire department's 510 and 1,600 and the
    # UN's 450 are other sources), Friday 17 August (houses destroyed), Monday 20 August (503 dead; the police's count
    # in Pisco and in the church), Tuesday 21 August (513 dead, 1,042 injured, 35,568 houses), Wednesday 22 August
    # night (514 dead, 1,090 injured, 37,521 houses), recalled a month on (Friday 14 September). The church's dead:
    # the mayor's first estimate of some 200 buried against the police's 160 are two sources of one figure.
    THU_AM, THU, FRI, MON, TUE, WED = "2007-08-16a", "2007-08-16b", "2007-08-17", "2007-08-20", "2007-08-21", "2007-08-22"
    SEP14 = "2007-09-14"
    INDECI, FIRE, UN = "the civil defense institute (Indeci)", "the fire department", "the United Nations"
    IGP, USGS, MAYOR, POLICE = "Peru's Geophysical Institute", "the US Geological Survey", "Pisco's mayor", "the police"
    names = {
     "dead": "people killed", "injured": "people injured", "houses": "houses destroyed",
     "ica_dead": "dead in the Ica region", "lima_dead": "dead in the Lima region", "huanca_dead": "dead in Huancavelica",
     "pisco_dead": "dead in Pisco", "church_dead": "dead in the San Clemente church", "chincha_found": "bodies found in Chincha",
     "escaped": "inmates escaped from Tambo de Mora", "troops": "troops and police patrolling Pisco",
     "aftershocks": "aftershocks by Thursday morning", "schools": "schools destroyed", "schools_dmg": "schools damaged",
     "mag": "the quake's magnitude", "depth": "depth (km)", "pisco_pct": "share of Pisco destroyed",
     "mourning": "days of national mourning",
     # dates
     "quake": "day of the earthquake", "asof_thu": "day of Thursday's count", "visit": "day of the president's first visit",
     "asof_mon": "day of Monday's count", "asof_tue": "day of Tuesday's count", "asof_wed": "day of Wednesday's count",
    }
    ms = [
     M(R, "Wednesday", D, "quake", "2007-08-15"),
     M(R, "Thursday", D, "asof_thu", "2007-08-16"),
     M(R, "at least 437 people", N, "dead", 437, THU, qual="atleast", src=INDECI),
     M(R, "829", N, "injured", 829, THU, src=INDECI),
     M(R, "more than 1,000", N, "injured", 1000, THU_AM, qual="morethan", src=INDECI),
     M(R, "510 dead", N, "dead", 510, THU, src=FIRE),
     M(R, "1,600 injured", N, "injured", 1600, THU, src=FIRE),
     M(R, "450 people", N, "dead", 450, THU, src=UN),
     M(R, "magnitude 8.0", N, "mag", 8.0, src=USGS, cls="mag"),
     M(R, "7.9", N, "mag", 7.9, src=IGP, cls="mag"),
     M(R, "about 40 km", N, "depth", 40, qual="approx", cls="km"),
     M(R, "about 100 aftershocks", N, "aftershocks", 100, THU_AM, qual="approx"),
     M(R, "about 70 percent", N, "pisco_pct", 70, qual="approx", cls="pct"),
     M(R, "some 200 people", N, "church_dead", 200, THU, qual="approx", src=MAYOR),
     M(R, "about 680 inmates", N, "escaped", 680, THU, qual="approx"),
     M(R, "three days", N, "mourning", 3, cls="dur"),

     M(K, "Rabu (15/8/2007)", D, "quake", "2007-08-15"),
     M(K, "sedikitnya 437 orang", N, "dead", 437, THU, qual="atleast", src=INDECI),
     M(K, "Kamis (16/8/2007)", D, "asof_thu", "2007-08-16"),
     M(K, "829 orang", N, "injured", 829, THU, src=INDECI),
     M(K, "lebih dari 1.000 orang", N, "injured", 1000, THU_AM, qual="morethan", src=INDECI),
     M(K, "510 orang", N, "dead", 510, THU, src=FIRE),
     M(K, "1.600 orang", N, "injured", 1600, THU, src=FIRE),
     M(K, "magnitudo 7,9", N, "mag", 7.9, src=IGP, cls="mag"),
     M(K, "magnitudo 8,0", N, "mag", 8.0, src=USGS, cls="mag"),
     M(K, "lebih dari 16.600 rumah", N, "houses", 16600, FRI, qual="morethan", src=INDECI),
     M(K, "sekitar 70 persen", N, "pisco_pct", 70, qual="approx", cls="pct"),
     M(K, "Kamis (16/8/2007)", D, "visit", "2007-08-16", occ=2),
     M(K, "tiga hari", N, "mourning", 3, cls="dur"),

     M(A, "Rabu (15/8/2007)", D, "quake", "2007-08-15"),
     M(A, "513 orang", N, "dead", 513, TUE, src=INDECI),
     M(A, "Selasa (21/8/2007)", D, "asof_tue", "2007-08-21"),
     M(A, "1.042 orang", N, "injured", 1042, TUE, src=INDECI),
     M(A, "35.568 rumah", N, "houses", 35568, TUE, src=INDECI),
     M(A, "Senin (20/8/2007)", D, "asof_mon", "2007-08-20"),
     M(A, "sedikitnya 503 korban", N, "dead", 503, MON, qual="atleast", src=INDECI),
     M(A, "Sepuluh jenazah", N, "chincha_found", 10, TUE),
     M(A, "491 korban tewas", N, "ica_dead", 491, TUE),
     M(A, "19 orang", N, "lima_dead", 19, TUE),
     M(A, "tiga orang", N, "huanca_dead", 3, TUE),
     M(A, "308 orang", N, "pisco_dead", 308, MON, src=POLICE),
     M(A, "160 di antaranya", N, "church_dead", 160, MON, src=POLICE),
     M(A, "Lebih dari 1.000 tentara", N, "troops", 1000, TUE, qual="morethan"),

     M(T, "Kamis (16/8/2007)", D, "quake", "2007-08-16", planted=True),
     M(T, "514 orang", N, "dead", 514, WED, src=INDECI),
     M(T, "Rabu (22/8/2007)", D, "asof_wed", "2007-08-22"),
     M(T, "1.090 orang", N, "injured", 1090, WED, src=INDECI),
     M(T, "37.521 unit", N, "houses", 37521, WED, src=INDECI),
     M(T, "492 orang tewas", N, "ica_dead", 492, WED),
     M(T, "19 orang", N, "lima_dead", 19, WED),
     M(T, "42 sekolah", N, "schools", 42, WED),
     M(T, "166 sekolah", N, "schools_dmg", 166, WED),
     M(T, "bermagnitudo 7,9", N, "mag", 7.9, src=IGP, cls="mag"),
     M(T, "sekitar 40 kilometer", N, "depth", 40, qual="approx", cls="km"),

     M(P, "magnitude 8.0", N, "mag", 8.0, src=USGS, cls="mag"),
     M(P, "Aug. 15", D, "quake", "2007-08-15"),
     M(P, "Aug. 22", D, "asof_wed", "2007-08-22"),
     M(P, "514 dead", N, "dead", 514, WED, src=INDECI),
     M(P, "1,090 injured", N, "injured", 1090, WED, src=INDECI),
     M(P, "510", N, "dead", 510, THU, src=FIRE),
     M(P, "37,521", N, "houses", 37521, WED, src=INDECI),
     M(P, "160 people", N, "church_dead", 160, MON, src=POLICE),
     M(P, "About 860 inmates", N, "escaped", 860, THU, qual="approx", planted=True),
    ]
    build("pisco-quake-2007", "The magnitude 8.0 (USGS; 7.9 by Peru's Geophysical Institute) earthquake off Pisco, Peru "
          "(Wednesday 15 August 2007, 18.40 local time, about 40 km deep): the civil defense institute's toll 437 on "
          "Thursday evening -> at least 503 on Monday 20 August -> 513 on Tuesday 21 August -> 514 on Wednesday 22 "
          "August, against the fire department's 510 and the UN's 450; the injured first put at more than 1,000, revised "
          "down to 829 on Thursday, then 1,042 and 1,090 (the fire department's 1,600); houses destroyed more than 16,600 "
          "-> 35,568 -> 37,521; the church's dead (the mayor's some 200 against the police's 160); about 680 inmates "
          "escaped at Tambo de Mora; recalled a month on", False, ms, names)


def fujimori():
    R, K, T, A = "reuters-apr07", "kompas-apr08", "tempo-apr09", "antara-jan04"
    # the verdict of the Supreme Court's special criminal chamber (Tuesday 7 April 2009) and the appeal chamber's ruling
    # made public on Sunday 3 January 2010 are two stages on different dates; the sentence, the counts of victims, the
    # prosecutors' demand and the release date do not change with the day of the report. The sentence demanded (30
    # years), imposed (25), the earlier one of December 2007 (6) and the corruption one of July 2009 (7.5) are different
    # facts of one class, and so are the ages at the verdict (70) and at the appeal (71).
    names = {
     "sentence": "years of the sentence for the killings", "sought": "years the prosecutors sought",
     "earlier": "years of the December 2007 sentence", "corruption": "years of the July 2009 sentence",
     "victims": "people killed by the death squad", "barrios": "people killed at Barrios Altos",
     "cantuta_students": "La Cantuta students killed", "cantuta": "people killed from La Cantuta",
     "age09": "Fujimori's age at the verdict", "age10": "Fujimori's age at the appeal ruling",
     "judges1": "judges of the trial panel", "judges2": "judges of the appeal panel",
     "gap": "time from the extradition to the trial", "tenure": "years Fujimori governed", "paid": "sum paid (US$ million)",
     # dates
     "verdict": "day of the verdict", "barrios_d": "month of the Barrios Altos killings",
     "cantuta_d": "month of the La Cantuta killings", "kidnap": "year of the kidnappings",
     "trial": "day the trial began", "extradited": "month of the extradition", "arrest": "month of the arrest in Chile",
     "release": "month of the expected release", "earlier_d": "month of the earlier sentence",
     "appeal": "day the appeal ruling was made public", "hearing": "month of the appeal hearing",
     "corruption_d": "month of the corruption sentence",
    }
    ms = [
     M(R, "25 years", N, "sentence", 25, cls="dur"),
     M(R, "Tuesday", D, "verdict", "2009-04-07"),
     M(R, "25 people", N, "victims", 25),
     M(R, "15 people", N, "barrios", 15),
     M(R, "November 1991", D, "barrios_d", "1991-11"),
     M(R, "nine students", N, "cantuta_students", 9),
     M(R, "July 1992", D, "cantuta_d", "1992-07"),
     M(R, "1992", D, "kidnap", "1992", occ=2),
     M(R, "30-year", N, "sought", 30, cls="dur"),
     M(R, "70", N, "age09", 70, cls="dur"),
     M(R, "Dec. 10, 2007", D, "trial", "2007-12-10"),
     M(R, "September 2007", D, "extradited", "2007-09"),
     M(R, "November 2005", D, "arrest", "2005-11"),
     M(R, "February 2032", D, "release", "2032-02"),
     M(R, "December 2007", D, "earlier_d", "2007-12"),
     M(R, "six years", N, "earlier", 6, cls="dur"),

     M(K, "25 tahun", N, "sentence", 25, cls="dur"),
     M(K, "Selasa (7/4/2009)", D, "verdict", "2009-04-07"),
     M(K, "tiga hakim", N, "judges1", 3),
     M(K, "25 orang", N, "victims", 25),
     M(K, "15 orang", N, "barrios", 15),
     M(K, "November 1991", D, "barrios_d", "1991-11"),
     M(K, "Juli 1992", D, "cantuta_d", "1992-07"),
     M(K, "sembilan mahasiswa", N, "cantuta_students", 9),
     M(K, "30 tahun", N, "sought", 30, cls="dur"),
     M(K, "November 2005", D, "arrest", "2005-11"),
     M(K, "Februari 2032", D, "release", "2032-02"),
     M(K, "10 Desember 2007", D, "trial", "2007-12-10"),
     M(K, "tiga bulan", N, "gap", 0.25, cls="dur"),
     M(K, "sepuluh tahun", N, "tenure", 10, cls="dur"),

     M(T, "25 tahun", N, "sentence", 25, cls="dur"),
     M(T, "Rabu (8/4/2009)", D, "verdict", "2009-04-08", planted=True),
     M(T, "15 orang", N, "barrios", 15),
     M(T, "1991", D, "barrios_d", "1991"),
     M(T, "10 orang", N, "cantuta", 10),
     M(T, "1992", D, "cantuta_d", "1992"),
     M(T, "30 tahun", N, "sought", 30, cls="dur"),
     M(T, "Desember 2007", D, "trial", "2007-12"),
     M(T, "enam tahun", N, "earlier", 6, cls="dur"),
     M(T, "Desember 2007", D, "earlier_d", "2007-12", occ=2),
     M(T, "70 tahun", N, "age09", 70, cls="dur"),
     M(T, "September 2007", D, "extradited", "2007-09"),
     M(T, "2032", D, "release", "2032"),

     M(A, "25 tahun", N, "sentence", 25, cls="dur"),
     M(A, "Minggu (3/1/2010)", D, "appeal", "2010-01-03"),
     M(A, "lima hakim", N, "judges2", 5),
     M(A, "7 April 2009", D, "verdict", "2009-04-07"),
     M(A, "25 orang", N, "victims", 25),
     M(A, "November 2009", D, "hearing", "2009-11"),
     M(A, "71 tahun", N, "age10", 71, cls="dur"),
     M(A, "Februari 2032", D, "release", "2032-02"),
     M(A, "tujuh setengah tahun", N, "corruption", 7.5, cls="dur"),
     M(A, "Juli 2009", D, "corruption_d", "2009-07"),
     M(A, "15 juta dolar AS", N, "paid", 15, cls="usd"),
     M(A, "25 tahun", N, "sentence", 25, cls="dur", occ=2),
    ]
    build("fujimori-verdict-2009", "Alberto Fujimori's conviction by the Peruvian Supreme Court's special criminal "
          "chamber (three judges, Tuesday 7 April 2009): 25 years in prison (the prosecutors sought 30) for the Barrios "
          "Altos killings of November 1991 (15 dead) and the La Cantuta killings of July 1992 (nine students and a "
          "professor), 25 dead in all, and the 1992 kidnappings of Gustavo Gorriti and Samuel Dyer; on trial since 10 "
          "December 2007, extradited from Chile in September 2007, free in February 2032; upheld by a five-judge appeal "
          "chamber, made public on Sunday 3 January 2010", False, ms, names)


def census():
    R, A, K, M4 = "reuters-dec22", "antara-dec23", "kompas-dec24", "mercopress-dec26"
    names = {
     "pop": "population counted", "men": "men counted", "women": "women counted", "men_pct": "men's share",
     "women_pct": "women's share", "diff": "rise from the preliminary count", "prelim": "preliminary population count",
     "dwell": "dwellings counted", "dwell_pre": "dwellings in the preliminary count", "private": "private dwellings",
     "collective": "collective dwellings", "old": "share aged 65 and over", "old92": "share aged 65 and over in 1992",
     "metro_pct": "the Metropolitan region's share", "metro": "the Metropolitan region's population",
     "valpo_pct": "the Valparaiso region's share",
     # dates
     "release": "day of the final results", "prelim_d": "day of the preliminary results", "census": "census day",
     "y1992": "the 1992 census", "y2012": "the failed 2012 census", "next": "month of the next results",
    }
    ms = [
     M(R, "17,574,003", N, "pop", 17574003),
     M(R, "Friday", D, "release", "2017-12-22"),
     M(R, "April", D, "census", "2017-04"),
     M(R, "8,601,989", N, "men", 8601989),
     M(R, "8,972,014", N, "women", 8972014),
     M(R, "48.9%", N, "men_pct", 48.9, cls="pct"),
     M(R, "51.1%", N, "women_pct", 51.1, cls="pct"),
     M(R, "200,172", N, "diff", 200172),
     M(R, "17,373,831", N, "prelim", 17373831),
     M(R, "Aug. 31", D, "prelim_d", "2017-08-31"),
     M(R, "6,499,355", N, "dwell", 6499355),
     M(R, "6,486,533", N, "private", 6486533),
     M(R, "12,822", N, "collective", 12822),
     M(R, "11.4%", N, "old", 11.4, cls="pct"),
     M(R, "6.6%", N, "old92", 6.6, cls="pct"),
     M(R, "1992", D, "y1992", "1992"),
     M(R, "40.5%", N, "metro_pct", 40.5, cls="pct"),
     M(R, "7,112,808", N, "metro", 7112808),
     M(R, "10.3%", N, "valpo_pct", 10.3, cls="pct"),
     M(R, "April 19", D, "census", "2017-04-19"),
     M(R, "2012", D, "y2012", "2012"),
     M(R, "April 2018", D, "next", "2018-04"),

     M(A, "Jumat (22/12/2017)", D, "release", "2017-12-22"),
     M(A, "17.574.003", N, "pop", 17574003),
     M(A, "8.601.989", N, "men", 8601989),
     M(A, "8.972.014", N, "women", 8972014),
     M(A, "48,9 persen", N, "men_pct", 48.9, cls="pct"),
     M(A, "51,1 persen", N, "women_pct", 51.1, cls="pct"),
     M(A, "200.172", N, "diff", 200172),
     M(A, "17.373.831", N, "prelim", 17373831),
     M(A, "Kamis (31/8/2017)", D, "prelim_d", "2017-08-31"),
     M(A, "6.499.355", N, "dwell", 6499355),
     M(A, "6.356.073", N, "dwell_pre", 6356073),
     M(A, "11,4 persen", N, "old", 11.4, cls="pct"),
     M(A, "6,6 persen", N, "old92", 6.6, cls="pct"),
     M(A, "1992", D, "y1992", "1992"),
     M(A, "40,5 persen", N, "metro_pct", 40.5, cls="pct"),
     M(A, "10,3 persen", N, "valpo_pct", 10.3, cls="pct"),
     M(A, "Rabu (19/4/2017)", D, "census", "2017-04-19"),
     M(A, "2012", D, "y2012", "2012"),
     M(A, "April 2018", D, "next", "2018-04"),

     M(K, "hampir 17,6 juta jiwa", N, "pop", 17600000, qual="nearly"),
     M(K, "Jumat (22/12/2017)", D, "release", "2017-12-22"),
     M(K, "19 April 2017", D, "census", "2017-04-19"),
     M(K, "17.574.003", N, "pop", 17574003),
     M(K, "8.972.014", N, "women", 8972014),
     M(K, "51,1 persen", N, "women_pct", 51.1, cls="pct"),
     M(K, "8.601.989", N, "men", 8601989),
     M(K, "48,9 persen", N, "men_pct", 48.9, cls="pct"),
     M(K, "31 Agustus 2017", D, "prelim_d", "2017-08-31"),
     M(K, "17.373.831", N, "prelim", 17373831),
     M(K, "sekitar 200.000 jiwa", N, "diff", 200000, qual="approx"),
     M(K, "6.499.355", N, "dwell", 6499355),
     M(K, "7.112.808", N, "metro", 7112808),
     M(K, "40,5 persen", N, "metro_pct", 40.5, cls="pct"),
     M(K, "11,4 persen", N, "old", 11.4, cls="pct"),
     M(K, "1992", D, "y1992", "1992"),
     M(K, "2012", D, "y2012", "2012"),

     M(M4, "December 22", D, "release", "2017-12-22"),
     M(M4, "17,574,003", N, "pop", 17574003),
     M(M4, "8,972,014", N, "women", 8972014),
     M(M4, "8,601,989", N, "men", 8601989),
     M(M4, "51.1%", N, "women_pct", 51.1, cls="pct"),
     M(M4, "48.9%", N, "men_pct", 48.9, cls="pct"),
     M(M4, "August 31", D, "prelim_d", "2017-08-31"),
     M(M4, "200,172", N, "diff", 200172),
     M(M4, "6,499,355", N, "dwell", 6499355),
     M(M4, "6,356,073", N, "dwell_pre", 6356073),
     M(M4, "40.5%", N, "metro_pct", 40.5, cls="pct"),
     M(M4, "10.3%", N, "valpo_pct", 10.3, cls="pct"),
     M(M4, "11.4%", N, "old", 11.4, cls="pct"),
     M(M4, "6.6%", N, "old92", 6.6, cls="pct"),
     M(M4, "1992", D, "y1992", "1992"),
     M(M4, "Wednesday, April 19, 2017", D, "census", "2017-04-19"),
     M(M4, "2012", D, "y2012", "2012"),
     M(M4, "April 2018", D, "next", "2018-04"),
    ]
    build("chile-census-2017", "Chile's National Statistics Institute (INE) releases the final results of the census of "
          "Wednesday 19 April 2017 (control) on Friday 22 December 2017: 17,574,003 people (8,601,989 men, 48.9%; "
          "8,972,014 women, 51.1%), 200,172 more than the preliminary 17,373,831 of 31 August 2017; 6,499,355 dwellings "
          "(6,356,073 in the preliminary count; 6,486,533 private, 12,822 collective); 65 and over 11.4% (6.6% in 1992); "
          "the Metropolitan region 40.5% (7,112,808), the Valparaiso region 10.3%; more results in April 2018. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    pisco()
    fujimori()
    census()
