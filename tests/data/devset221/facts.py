"""The two-hundred-and-twenty-first development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset221/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def port_vila():
    R, K, T, A = "reuters-dec18", "kompas-dec19", "detik-dec21", "ap-jan10"
    # as-of times of the running tallies: Tuesday 17 December 2024, first hours (local radio's seven deaths) and
    # evening (the disaster office's report: 14 dead, about 200 injured); Wednesday 18 December 16.00 (the hospital's
    # 9 confirmed dead, more than 200 injured: the dead revised down); Thursday 19 December (the president's "about
    # 16", another source); Friday 20 December 16.00 (12 dead, more than 210 injured, 8 rescued); Tuesday 24 December
    # (2,435 displaced in six centres); Thursday 26 December (the health ministry's 14 dead and 265 injured, 11
    # surgical cases). The government's counts (the disaster office, the hospital, the health ministry) are one source,
    # the president's estimate and local radio's early count are others. The injured do not fall.
    TUE_A, TUE_E, WED, THU, FRI, DEC24, DEC26 = ("2024-12-17a", "2024-12-17b", "2024-12-18", "2024-12-19",
                                                 "2024-12-20", "2024-12-24", "2024-12-26")
    # the magnitude: the USGS's first 7.4 and its 7.3 are two as-of times of one reading (a revision); magnitudes no
    # text credits carry the corrected reading. The people affected: the disaster office's 80,000 against the UN
    # humanitarian office's 116,000 (sources).
    FIRST, UPD = "2024-12-17a0", "2024-12-17a1"
    GOV, LOCAL, PRES = "the Vanuatu government", "local radio", "the president"
    USGS, NDMO, OCHA = "the US Geological Survey", "the disaster office", "the UN humanitarian office"
    names = {
     "dead": "people killed", "injured": "people injured", "mag": "the quake's magnitude",
     "aftermag": "the aftershock's magnitude", "dist": "distance of the epicentre from Port Vila (km)",
     "depth": "depth (km)", "dead_slide": "dead in a landslide", "dead_hosp": "dead at the hospital",
     "dead_bldg": "dead in the Billabong building", "affected": "people affected", "soe_days": "days of the state of emergency",
     "buildings": "buildings with major damage", "bridges": "bridges damaged", "reservoirs": "water reservoirs destroyed",
     "rescued": "people pulled alive from the rubble", "collapsed": "commercial buildings collapsed",
     "surgical": "injured admitted for surgery", "displaced": "people displaced", "centres": "evacuation centres",
     # dates
     "quake": "day of the earthquake", "soe": "day the state of emergency was declared",
     "election": "day of the snap election", "dissolved": "month parliament was dissolved",
     "asof_wed": "day of the hospital's count of 9", "count_tue": "day of the disaster office's count of 14",
     "aid_arrive": "day rescue teams arrived", "asof_fri": "day of the count of 12",
     "pres_day": "day of the president's estimate", "soe_end": "day the state of emergency ended",
     "asof_dec26": "day of the UN office's report", "asof_dec24": "day of the count of the displaced",
    }
    ms = [
     M(R, "At least 14 people", N, "dead", 14, TUE_E, qual="atleast", src=GOV),
     M(R, "Tuesday", D, "quake", "2024-12-17"),
     M(R, "magnitude 7.4", N, "mag", 7.4, FIRST, src=USGS, cls="mag"),
     M(R, "7.3", N, "mag", 7.3, UPD, src=USGS, cls="mag"),
     M(R, "about 30 km", N, "dist", 30, qual="approx", cls="km"),
     M(R, "57 km", N, "depth", 57, cls="km"),
     M(R, "Six of the dead", N, "dead_slide", 6, TUE_E),
     M(R, "four died", N, "dead_hosp", 4, TUE_E),
     M(R, "four were found", N, "dead_bldg", 4, TUE_E),
     M(R, "about 200 people", N, "injured", 200, TUE_E, qual="approx"),
     M(R, "seven deaths", N, "dead", 7, TUE_A, src=LOCAL),
     M(R, "magnitude 5.5", N, "aftermag", 5.5, cls="mag"),
     M(R, "116,000 people", N, "affected", 116000, src=OCHA),
     M(R, "seven-day", N, "soe_days", 7, cls="dur"),
     M(R, "Tuesday evening", D, "soe", "2024-12-17"),
     M(R, "At least 10 buildings", N, "buildings", 10, qual="atleast"),
     M(R, "Jan. 16", D, "election", "2025-01-16"),
     M(R, "November", D, "dissolved", "2024-11"),

     M(K, "Rabu (18/12/2024)", D, "asof_wed", "2024-12-18"),
     M(K, "9 orang tewas", N, "dead", 9, WED, src=GOV),
     M(K, "14 korban jiwa", N, "dead", 14, TUE_E, src=GOV),
     M(K, "Selasa malam", D, "count_tue", "2024-12-17"),
     M(K, "Lebih dari 200 orang", N, "injured", 200, WED, qual="morethan"),
     M(K, "bermagnitudo 7,3", N, "mag", 7.3, UPD, cls="mag"),
     M(K, "Selasa (17/12/2024)", D, "quake", "2024-12-17"),
     M(K, "sekitar 30 kilometer", N, "dist", 30, qual="approx", cls="km"),
     M(K, "57 km", N, "depth", 57, cls="km"),
     M(K, "80.000 orang", N, "affected", 80000, src=NDMO),
     M(K, "116.000 orang", N, "affected", 116000, src=OCHA),
     M(K, "Sedikitnya 10 gedung", N, "buildings", 10, qual="atleast"),
     M(K, "tiga jembatan", N, "bridges", 3),
     M(K, "dua waduk", N, "reservoirs", 2),
     M(K, "Rabu", D, "aid_arrive", "2024-12-18", occ=2),
     M(K, "tujuh hari", N, "soe_days", 7, cls="dur"),
     M(K, "16 Januari 2025", D, "election", "2025-01-16"),

     M(T, "12 orang", N, "dead", 12, FRI, src=GOV),
     M(T, "Jumat (20/12/2024)", D, "asof_fri", "2024-12-20"),
     M(T, "lebih dari 210 orang", N, "injured", 210, FRI, qual="morethan"),
     M(T, "delapan orang", N, "rescued", 8, FRI),
     M(T, "Kamis (19/12/2024)", D, "pres_day", "2024-12-19"),
     M(T, "sekitar 16 orang", N, "dead", 16, THU, qual="approx", src=PRES),
     M(T, "bermagnitudo 7,3", N, "mag", 7.3, UPD, cls="mag"),
     M(T, "Senin (16/12/2024)", D, "quake", "2024-12-16", planted=True),
     M(T, "Dua gedung komersial", N, "collapsed", 2),
     M(T, "tujuh hari", N, "soe_days", 7, cls="dur"),
     M(T, "Selasa (24/12/2024)", D, "soe_end", "2024-12-24"),
     M(T, "116.000 orang", N, "affected", 116000, src=OCHA),
     M(T, "dua waduk", N, "reservoirs", 2),

     M(A, "14 deaths", N, "dead", 14, DEC26, src=GOV),
     M(A, "265 injuries", N, "injured", 265, DEC26),
     M(A, "magnitude 7.3", N, "mag", 7.3, UPD, cls="mag"),
     M(A, "Dec. 17", D, "quake", "2024-12-17"),
     M(A, "Dec. 26", D, "asof_dec26", "2024-12-26"),
     M(A, "Eleven of the injured", N, "surgical", 11, DEC26),
     M(A, "Tuesday, Dec. 24", D, "asof_dec24", "2024-12-24"),
     M(A, "2,435 people", N, "displaced", 2435, DEC24),
     M(A, "six evacuation centers", N, "centres", 6, DEC24),
     M(A, "14 dead", N, "dead", 14, TUE_E, src=GOV),
     M(A, "nine confirmed", N, "dead", 9, WED, src=GOV),
     M(A, "12", N, "dead", 12, FRI, src=GOV),
     M(A, "Dec. 20", D, "asof_fri", "2024-12-20"),
     M(A, "about 30 kilometers", N, "dist", 30, qual="approx", cls="km"),
     M(A, "75 kilometers", N, "depth", 75, cls="km", planted=True),
     M(A, "116,000 people", N, "affected", 116000, src=OCHA),
     M(A, "Jan. 16", D, "election", "2025-01-16"),
    ]
    build("port-vila-quake-2024", "The magnitude 7.3 earthquake near Port Vila, Vanuatu (Tuesday 17 December 2024, "
          "12.47 local time; the USGS's first 7.4 lowered to 7.3), 57 km deep about 30 km west of the capital: the "
          "disaster office's 14 dead on Tuesday evening (6 in a landslide, 4 at the hospital, 4 in the Billabong "
          "building), the hospital's 9 confirmed on Wednesday 18 December, 12 on Friday 20 December, the health "
          "ministry's 14 by 26 December; local radio's early seven and the president's 'about 16' as other sources; "
          "injured about 200 -> more than 200 -> more than 210 -> 265; the disaster office's 80,000 affected against "
          "the UN office's 116,000; 2,435 displaced in six centres on 24 December; a seven-day state of emergency; the "
          "snap election of 16 January 2025", False, ms, names)


def pike_river():
    R, K, T, A = "reuters-nov20", "kompas-nov25", "detik-jul06", "ap-dec13"
    # stages on different days: the first explosion (Friday 19 November 2010), the 29 missing on Saturday 20
    # November, the second explosion (Wednesday 24 November 2010) after which the 29 were declared dead, the
    # receivership (December 2010), the royal commission's report (Monday 5 November 2012), the company's conviction
    # (April 2013) and sentence (Friday 5 July 2013: a fine of NZ$760,000, NZ$3.41 million in reparations, NZ$110,000
    # a family), the charges against the former chief executive dropped (Thursday 12 December 2013). The 29 missing
    # and the 29 dead are two facts; the 31 underground, the two who escaped, the nationalities and the older
    # disasters' tolls (1967, 1896) are counts side by side.
    SAT = "2010-11-20"
    names = {
     "missing": "miners missing", "underground": "men underground at the first blast",
     "escaped": "men who escaped", "age_min": "youngest victim's age", "age_max": "oldest victim's age",
     "nz": "New Zealanders among the victims", "aus": "Australians among the victims",
     "uk": "Britons among the victims", "sa": "South Africans among the victims",
     "dead1967": "dead at the Strongman mine in 1967", "dead": "men killed", "gap": "days between the blasts",
     "dead1896": "dead at the Brunner mine in 1896", "fine": "the company's fine (NZ$)",
     "reparation": "reparations ordered (NZ$)", "per_family": "reparation per family (NZ$)",
     "charges_co": "charges the company was convicted on", "charges_ww": "charges against the former chief executive",
     "methane_reports": "reports of explosive methane levels", "days_before": "days before the disaster counted",
     # dates
     "missing_day": "day the 29 were reported missing", "blast1": "day of the first explosion",
     "blast2": "day of the second explosion", "strongman": "the Strongman mine disaster",
     "brunner": "the Brunner mine disaster", "sentenced": "day the company was sentenced",
     "convicted": "month the company was convicted", "receivership": "month the company went into receivership",
     "report": "day of the royal commission's report", "dropped": "day the charges were dropped",
    }
    ms = [
     M(R, "Twenty-nine coal miners", N, "missing", 29, SAT),
     M(R, "Saturday", D, "missing_day", "2010-11-20"),
     M(R, "Friday", D, "blast1", "2010-11-19"),
     M(R, "31 men", N, "underground", 31),
     M(R, "Two of them", N, "escaped", 2),
     M(R, "from 17 to 62", N, "age_min", 17, cls="age", also={"age_max": 62}),
     M(R, "24 New Zealanders", N, "nz", 24),
     M(R, "two Australians", N, "aus", 2),
     M(R, "two Britons", N, "uk", 2),
     M(R, "1967", D, "strongman", "1967"),
     M(R, "19 men", N, "dead1967", 19),

     M(K, "29 penambang", N, "dead", 29),
     M(K, "Rabu (24/11/2010)", D, "blast2", "2010-11-24"),
     M(K, "Jumat (19/11/2010)", D, "blast1", "2010-11-19"),
     M(K, "31 orang", N, "underground", 31),
     M(K, "dua orang", N, "escaped", 2),
     M(K, "17 hingga 62 tahun", N, "age_min", 17, cls="age", also={"age_max": 62}),
     M(K, "24 di antaranya", N, "nz", 24),
     M(K, "dua warga Australia", N, "aus", 2),
     M(K, "dua warga Inggris", N, "uk", 2),
     M(K, "satu warga Afrika Selatan", N, "sa", 1),
     M(K, "lima hari", N, "gap", 5, cls="dur"),
     M(K, "1896", D, "brunner", "1896"),
     M(K, "65 penambang", N, "dead1896", 65),

     M(T, "Jumat (5/7/2013)", D, "sentenced", "2013-07-05"),
     M(T, "670.000 dolar NZ", N, "fine", 670000, cls="nzd", planted=True),
     M(T, "29 pekerja", N, "dead", 29),
     M(T, "2010", D, "blast1", "2010"),
     M(T, "3,41 juta dolar NZ", N, "reparation", 3410000, cls="nzd"),
     M(T, "110.000 dolar NZ", N, "per_family", 110000, cls="nzd"),
     M(T, "dua penambang", N, "escaped", 2),
     M(T, "sembilan dakwaan", N, "charges_co", 9),
     M(T, "April 2013", D, "convicted", "2013-04"),
     M(T, "Desember 2010", D, "receivership", "2010-12"),
     M(T, "19 November 2010", D, "blast1", "2010-11-19"),
     M(T, "November 2012", D, "report", "2012-11"),
     M(T, "12 dakwaan", N, "charges_ww", 12),

     M(A, "Thursday", D, "dropped", "2013-12-12"),
     M(A, "12 health and safety charges", N, "charges_ww", 12),
     M(A, "29 men", N, "dead", 29),
     M(A, "2010", D, "blast1", "2010"),
     M(A, "3.41 million New Zealand dollars", N, "reparation", 3410000, cls="nzd"),
     M(A, "two survivors", N, "escaped", 2),
     M(A, "760,000 New Zealand dollars", N, "fine", 760000, cls="nzd"),
     M(A, "July", D, "sentenced", "2013-07"),
     M(A, "110,000 dollars", N, "per_family", 110000, cls="nzd"),
     M(A, "Nov. 19, 2010", D, "blast1", "2010-11-19"),
     M(A, "Nov. 25", D, "blast2", "2010-11-25", planted=True),
     M(A, "Nov. 5, 2012", D, "report", "2012-11-05"),
     M(A, "21 reports", N, "methane_reports", 21),
     M(A, "48 days", N, "days_before", 48, cls="dur"),
    ]
    build("pike-river-2010", "The Pike River coal mine disaster, New Zealand, in stages: the first explosion (Friday 19 "
          "November 2010, 31 men underground, two escaped, 29 missing), the second explosion (Wednesday 24 November "
          "2010) after which the 29 were declared dead, the receivership (December 2010), the royal commission's report "
          "(5 November 2012), the company's conviction on nine charges (April 2013) and sentence (Friday 5 July 2013: "
          "NZ$760,000 fine, NZ$3.41 million reparations, NZ$110,000 a family), the 12 charges against the former chief "
          "executive dropped (Thursday 12 December 2013)", False, ms, names)


def bom_climate():
    R, K, J, T = "reuters-jan09", "kompas-jan10", "jakpost-jan11", "tempo-jan12"
    # one annual climate statement (Thursday 9 January 2020): the figures do not change with the day of the report
    names = {
     "anomaly": "2019's mean temperature anomaly (degrees C)", "prev": "the previous record anomaly (degrees C)",
     "maxanom": "2019's mean maximum temperature anomaly (degrees C)", "hotday_temp": "the hottest day's national mean maximum (degrees C)",
     "rain": "2019's national rainfall (mm)", "prev_rain": "rainfall in the previous driest year (mm)",
     "deficit": "rainfall below average (%)",
     # dates
     "year": "the year reported on", "release": "day of the statement", "prev_year": "year of the previous record",
     "records": "year national records began", "prev_dry": "the previous driest year", "hotday": "the hottest day",
    }
    ms = [
     M(R, "2019", D, "year", "2019"),
     M(R, "Thursday", D, "release", "2020-01-09"),
     M(R, "1.52 degrees Celsius", N, "anomaly", 1.52, cls="degc"),
     M(R, "1.33 degrees", N, "prev", 1.33, cls="degc"),
     M(R, "2013", D, "prev_year", "2013"),
     M(R, "277.6 millimetres", N, "rain", 277.6, cls="mm"),
     M(R, "40%", N, "deficit", 40, cls="pct"),
     M(R, "1900", D, "records", "1900"),
     M(R, "1902", D, "prev_dry", "1902"),
     M(R, "314.5 mm", N, "prev_rain", 314.5, cls="mm"),
     M(R, "2.09 degrees", N, "maxanom", 2.09, cls="degc"),
     M(R, "Dec. 18", D, "hotday", "2019-12-18"),
     M(R, "41.9 degrees", N, "hotday_temp", 41.9, cls="degc"),

     M(K, "Kamis (9/1/2020)", D, "release", "2020-01-09"),
     M(K, "2019", D, "year", "2019"),
     M(K, "1,52 derajat Celsius", N, "anomaly", 1.52, cls="degc"),
     M(K, "2013", D, "prev_year", "2013"),
     M(K, "1,33 derajat Celsius", N, "prev", 1.33, cls="degc"),
     M(K, "277,6 milimeter", N, "rain", 277.6, cls="mm"),
     M(K, "40 persen", N, "deficit", 40, cls="pct"),
     M(K, "1900", D, "records", "1900"),
     M(K, "1902", D, "prev_dry", "1902"),
     M(K, "314,5 mm", N, "prev_rain", 314.5, cls="mm"),
     M(K, "2,09 derajat Celsius", N, "maxanom", 2.09, cls="degc"),
     M(K, "18 Desember 2019", D, "hotday", "2019-12-18"),
     M(K, "41,9 derajat Celsius", N, "hotday_temp", 41.9, cls="degc"),

     M(J, "2019", D, "year", "2019"),
     M(J, "1.52°C", N, "anomaly", 1.52, cls="degc"),
     M(J, "1.33°C", N, "prev", 1.33, cls="degc"),
     M(J, "2013", D, "prev_year", "2013"),
     M(J, "Jan. 9", D, "release", "2020-01-09"),
     M(J, "277.6 mm", N, "rain", 277.6, cls="mm"),
     M(J, "some 40 percent", N, "deficit", 40, qual="approx", cls="pct"),
     M(J, "314.5 mm", N, "prev_rain", 314.5, cls="mm"),
     M(J, "1902", D, "prev_dry", "1902"),
     M(J, "1900", D, "records", "1900"),
     M(J, "2.09°C", N, "maxanom", 2.09, cls="degc"),
     M(J, "Dec. 18", D, "hotday", "2019-12-18"),
     M(J, "41.9°C", N, "hotday_temp", 41.9, cls="degc"),

     M(T, "2019", D, "year", "2019"),
     M(T, "9 Januari 2020", D, "release", "2020-01-09"),
     M(T, "1,52 derajat", N, "anomaly", 1.52, cls="degc"),
     M(T, "2,09 derajat", N, "maxanom", 2.09, cls="degc"),
     M(T, "2013", D, "prev_year", "2013"),
     M(T, "1,33 derajat", N, "prev", 1.33, cls="degc"),
     M(T, "277,6 mm", N, "rain", 277.6, cls="mm"),
     M(T, "sekitar 40 persen", N, "deficit", 40, qual="approx", cls="pct"),
     M(T, "314,5 milimeter", N, "prev_rain", 314.5, cls="mm"),
     M(T, "1902", D, "prev_dry", "1902"),
     M(T, "1900", D, "records", "1900"),
     M(T, "18 Desember 2019", D, "hotday", "2019-12-18"),
     M(T, "41,9 derajat", N, "hotday_temp", 41.9, cls="degc"),
    ]
    build("bom-climate-2019", "Australia's Bureau of Meteorology's annual climate statement for 2019 (control), "
          "released on Thursday 9 January 2020: the warmest year on record, the national mean temperature 1.52 C "
          "above average (the previous record 1.33 C in 2013), mean maximum 2.09 C above; the driest year, 277.6 mm of "
          "rain, 40% below average, under the previous low of 314.5 mm in 1902, national records since 1900; the "
          "hottest day on 18 December 2019 at a national mean maximum of 41.9 C. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    port_vila()
    pike_river()
    bom_climate()
