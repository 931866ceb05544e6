"""The three-hundred-and-eighty-seventh development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset387/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def kazan():
    R, K, T, A = "reuters-may11", "kompas-may12", "antara-may14", "ap-jun11"
    # as-of times: the emergency officials' first toll of 11 around midday on Tuesday 11 May 2021, the regional
    # authorities' corrected toll of nine that evening (a downward revision: the toll may not fall), the charge of
    # Wednesday 12 May (nine). Patients in hospital may fall as children go home: the Tatarstan health ministry's 21
    # on the day and 20 on Thursday 13 May, against the federal health minister's 23 on Wednesday morning (sources).
    AM, PM, MAY12, MAY13 = "2021-05-11a", "2021-05-11b", "2021-05-12", "2021-05-13"
    TAT, MOH = "the Tatarstan health ministry", "the Russian health ministry"
    names = {
     "dead": "people killed in the school shooting", "pupils": "pupils killed", "adults": "adults killed",
     "hosp": "people in hospital", "hosp_children": "children among those in hospital", "age": "the gunman's age",
     "age_now": "the minimum age for hunting weapons now", "age_new": "the proposed minimum age",
     "kerch_dead": "people killed in the Kerch attack of 2018", "detention": "months of detention ordered",
     # dates
     "attack": "day of the shooting", "licence": "day the gunman got his licence", "mourning": "day of mourning",
     "court": "day the court ordered the detention", "moh_day": "day of the federal health minister's count",
     "tat_day": "day of the Tatarstan health ministry's later count", "kerch": "month of the Kerch attack",
    }
    ms = [
     M(R, "Tuesday", D, "attack", "2021-05-11"),
     M(R, "seven pupils", N, "pupils", 7),
     M(R, "two adults", N, "adults", 2),
     M(R, "11", N, "dead", 11, AM),
     M(R, "nine", N, "dead", 9, PM),
     M(R, "21 people", N, "hosp", 21, PM, src=TAT, fall=True),
     M(R, "18 of them", N, "hosp_children", 18, PM),
     M(R, "19-year-old", N, "age", 19, cls="age"),
     M(R, "April 28", D, "licence", "2021-04-28"),
     M(R, "Wednesday", D, "mourning", "2021-05-12"),

     M(K, "Senin (10/5/2021)", D, "attack", "2021-05-10", planted=True),
     M(K, "sembilan orang", N, "dead", 9, PM),
     M(K, "tujuh di antaranya", N, "pupils", 7),
     M(K, "11 korban jiwa", N, "dead", 11, AM),
     M(K, "Dua korban dewasa", N, "adults", 2),
     M(K, "Rabu (12/5/2021)", D, "moh_day", "2021-05-12"),
     M(K, "23 orang", N, "hosp", 23, MAY12, src=MOH, fall=True),
     M(K, "19 tahun", N, "age", 19, cls="age"),
     M(K, "akhir April", D, "licence", "2021-04"),
     M(K, "Oktober 2018", D, "kerch", "2018-10"),
     M(K, "20 orang", N, "kerch_dead", 20),

     M(T, "Rabu (12/5/2021)", D, "court", "2021-05-12"),
     M(T, "19 tahun", N, "age", 19, cls="age"),
     M(T, "dua bulan", N, "detention", 2, cls="dur"),
     M(T, "sembilan orang", N, "dead", 9, MAY12),
     M(T, "Selasa (11/5/2021)", D, "attack", "2021-05-11"),
     M(T, "tujuh murid", N, "pupils", 7),
     M(T, "dua orang dewasa", N, "adults", 2),
     M(T, "20 korban", N, "hosp", 20, MAY13, src=TAT, fall=True),
     M(T, "Kamis (13/5/2021)", D, "tat_day", "2021-05-13"),
     M(T, "21", N, "hosp", 21, PM, src=TAT, fall=True),
     M(T, "28 Maret", D, "licence", "2021-03-28", planted=True),
     M(T, "18", N, "age_now", 18, cls="age"),
     M(T, "21 tahun", N, "age_new", 21, cls="age"),

     M(A, "nine people", N, "dead", 9, MAY12),
     M(A, "19-year-old", N, "age", 19, cls="age"),
     M(A, "two months", N, "detention", 2, cls="dur"),
     M(A, "May 12", D, "court", "2021-05-12"),
     M(A, "seven students", N, "pupils", 7),
     M(A, "two staff members", N, "adults", 2),
     M(A, "May 11", D, "attack", "2021-05-11"),
     M(A, "11 deaths", N, "dead", 11, AM),
     M(A, "23 people", N, "hosp", 23, MAY12, src=MOH, fall=True),
     M(A, "April 28", D, "licence", "2021-04-28"),
     M(A, "18", N, "age_now", 18, cls="age"),
     M(A, "21", N, "age_new", 21, cls="age"),
     M(A, "20 people", N, "kerch_dead", 20),
     M(A, "October 2018", D, "kerch", "2018-10"),
    ]
    build("kazan-school-2021", "The school shooting in Kazan, Tatarstan (Tuesday 11 May 2021): a first toll of 11 "
          "around midday lowered to nine that evening (seven eighth-grade pupils and two adults); 21 in hospital by the "
          "Tatarstan health ministry's count on the day (18 of them children) and 20 on Thursday 13 May, against 23 by "
          "the federal health minister on Wednesday morning; a 19-year-old former pupil detained, his gun licence of "
          "28 April; the day of mourning and the court's two-month detention order on Wednesday 12 May; the national "
          "guard's proposal to raise the minimum age for hunting weapons from 18 to 21; the Kerch college attack of "
          "October 2018 (20 dead) as another event", False, ms, names)


def meteor():
    R, K, T, A = "reuters-feb15", "kompas-feb16", "antara-feb19", "ap-oct17"
    # as-of times of the running tallies: Friday 15 February 2013 (the Interior Ministry's more than 1,100 injured by
    # the evening, about 3,000 buildings damaged, NASA's first estimate), Saturday 16 February (about 1,200 injured,
    # NASA's revised estimate of 17 metres, 10,000 tonnes and 500 kilotons), Monday 18 February (the regional
    # government's 1,491 who sought medical help, more than 7,200 buildings). Patients in hospital may fall. The
    # Russian Academy of Sciences' 10 tonnes against NASA's tonnes are two sources.
    FRI, SAT, MON = "2013-02-15", "2013-02-16", "2013-02-18"
    RAS, NASA = "the Russian Academy of Sciences", "NASA"
    names = {
     "injured": "people injured", "children": "children among the injured", "hosp": "people in hospital",
     "serious": "people in a serious condition", "buildings": "buildings damaged", "towns": "towns with damage",
     "mass": "the meteor's mass (tonnes)", "diameter": "the meteor's diameter (metres)",
     "energy": "the blast's energy (kilotons)", "damage": "damage estimate (billion roubles)",
     "hole": "width of the hole in the lake ice (metres)", "altitude": "altitude of the blast (km)",
     "fragments": "small fragments collected", "scale": "weight at which the scales broke (kg)",
     # dates
     "meteor": "day of the meteor blast", "nasa1": "day of NASA's first estimate", "tunguska": "year of the Tunguska event",
     "count_sat": "day of the count of about 1,200", "count_mon": "day of the count of 1,491",
     "lift": "day the divers lifted the fragment",
    }
    ms = [
     M(R, "Friday", D, "meteor", "2013-02-15"),
     M(R, "more than 1,100 people", N, "injured", 1100, FRI, qual="morethan"),
     M(R, "112", N, "hosp", 112, FRI, fall=True),
     M(R, "two of them", N, "serious", 2, FRI, fall=True),
     M(R, "about 3,000 buildings", N, "buildings", 3000, FRI, qual="approx"),
     M(R, "six towns", N, "towns", 6),
     M(R, "about 10 tonnes", N, "mass", 10, qual="approx", cls="t", src=RAS),
     M(R, "Friday", D, "nasa1", "2013-02-15", occ=2),
     M(R, "15 metres", N, "diameter", 15, FRI, qual="approx", cls="m", src=NASA),
     M(R, "7,000 tonnes", N, "mass", 7000, FRI, qual="approx", cls="t", src=NASA),
     M(R, "around 300 kilotons", N, "energy", 300, FRI, qual="approx", cls="kt", src=NASA),
     M(R, "1 billion roubles", N, "damage", 1, cls="rub"),
     M(R, "about 6 metres", N, "hole", 6, qual="approx", cls="m"),
     M(R, "1908", D, "tunguska", "1908"),

     M(K, "sekitar 1.200 orang", N, "injured", 1200, SAT, qual="approx"),
     M(K, "Sabtu (16/2/2013)", D, "count_sat", "2013-02-16"),
     M(K, "Kamis (14/2/2013)", D, "meteor", "2013-02-14", planted=True),
     M(K, "lebih dari 1.100 korban luka", N, "injured", 1100, FRI, qual="morethan"),
     M(K, "sekitar 17 meter", N, "diameter", 17, SAT, qual="approx", cls="m", src=NASA),
     M(K, "sekitar 10.000 ton", N, "mass", 10000, SAT, qual="approx", cls="t", src=NASA),
     M(K, "sekitar 500 kiloton", N, "energy", 500, SAT, qual="approx", cls="kt", src=NASA),
     M(K, "lebih dari 3.000 bangunan", N, "buildings", 3000, SAT, qual="morethan"),
     M(K, "1 miliar rubel", N, "damage", 1, cls="rub"),
     M(K, "sekitar enam meter", N, "hole", 6, qual="approx", cls="m"),
     M(K, "1908", D, "tunguska", "1908"),

     M(T, "Senin (18/2/2013)", D, "count_mon", "2013-02-18"),
     M(T, "1.491 orang", N, "injured", 1491, MON),
     M(T, "Jumat lalu", D, "meteor", "2013-02-15"),
     M(T, "311 anak-anak", N, "children", 311, MON),
     M(T, "sekitar 1.200 korban", N, "injured", 1200, SAT, qual="approx"),
     M(T, "40 orang", N, "hosp", 40, MON, fall=True),
     M(T, "dua di antaranya", N, "serious", 2, MON, fall=True),
     M(T, "lebih dari 7.200", N, "buildings", 7200, MON, qual="morethan"),
     M(T, "17 meter", N, "diameter", 17, SAT, cls="m", src=NASA),
     M(T, "sekitar 23 kilometer", N, "altitude", 23, qual="approx", cls="km"),
     M(T, "sekitar 500 kiloton", N, "energy", 500, SAT, qual="approx", cls="kt", src=NASA),
     M(T, "sekitar 10 ton", N, "mass", 10, qual="approx", cls="t", src=RAS),
     M(T, "lebih dari 50 pecahan", N, "fragments", 50, qual="morethan"),

     M(A, "Wednesday", D, "lift", "2013-10-16"),
     M(A, "570 kilograms", N, "scale", 570, cls="kg"),
     M(A, "Feb. 15", D, "meteor", "2013-02-15"),
     M(A, "about 500 kilotons", N, "energy", 500, SAT, qual="approx", cls="kt", src=NASA),
     M(A, "1,419 people", N, "injured", 1419, MON, planted=True),
     M(A, "more than 7,200 buildings", N, "buildings", 7200, MON, qual="morethan"),
     M(A, "about 17 meters", N, "diameter", 17, SAT, qual="approx", cls="m", src=NASA),
     M(A, "about 10,000 tons", N, "mass", 10000, SAT, qual="approx", cls="t", src=NASA),
     M(A, "about 6 meters", N, "hole", 6, qual="approx", cls="m"),
    ]
    build("chelyabinsk-meteor-2013", "The meteor that exploded over Chelyabinsk in the Urals (Friday 15 February "
          "2013): injured rising from more than 1,100 by Friday evening (the Interior Ministry) to about 1,200 on "
          "Saturday 16 February and 1,491 by Monday 18 February (the regional government; 311 children); 112 in "
          "hospital on Friday, 40 on Monday; about 3,000 buildings damaged on Friday, more than 7,200 later; NASA's "
          "first estimate (about 15 metres, 7,000 tonnes, 300 kilotons) raised to about 17 metres, 10,000 tonnes and "
          "500 kilotons, against the Russian Academy of Sciences' 10 tonnes; a 6-metre hole in the ice of Lake "
          "Chebarkul; the damage put at 1 billion roubles; the fragment lifted from the lake on Wednesday 16 October "
          "2013; the Tunguska event of 1908 as another event", False, ms, names)


def rate_hike():
    R, K, T, F = "reuters-feb28", "kompas-mar01", "antara-mar02", "ft-mar03"
    names = {
     "rate": "the new key rate (%)", "prev": "the key rate before the hike (%)", "feb_from": "the rate before 11 "
     "February (%)", "fx": "share of export revenue to be sold (%)", "rate2014": "the rate set in December 2014 (%)",
     "from2014": "the rate before December 2014's hike (%)",
     # dates
     "hike": "day of the emergency hike", "feb_hike": "day of the earlier February hike",
     "closed": "day the stock market stayed shut", "hike2014": "month of the 2014 emergency hike",
     "next": "day of the next rate meeting", "governor": "year Nabiullina became governor",
    }
    ms = [
     M(R, "20%", N, "rate", 20, cls="pct"),
     M(R, "9.5%", N, "prev", 9.5, cls="pct"),
     M(R, "Monday", D, "hike", "2022-02-28"),
     M(R, "8.5%", N, "feb_from", 8.5, cls="pct"),
     M(R, "Feb. 11", D, "feb_hike", "2022-02-11"),
     M(R, "80%", N, "fx", 80, cls="pct"),
     M(R, "Tuesday", D, "closed", "2022-03-01"),
     M(R, "December 2014", D, "hike2014", "2014-12"),
     M(R, "17%", N, "rate2014", 17, cls="pct"),
     M(R, "10.5%", N, "from2014", 10.5, cls="pct"),
     M(R, "March 18", D, "next", "2022-03-18"),
     M(R, "2013", D, "governor", "2013"),

     M(K, "9,5 persen", N, "prev", 9.5, cls="pct"),
     M(K, "20 persen", N, "rate", 20, cls="pct"),
     M(K, "Senin (28/2/2022)", D, "hike", "2022-02-28"),
     M(K, "8,5 persen", N, "feb_from", 8.5, cls="pct"),
     M(K, "11 Februari", D, "feb_hike", "2022-02-11"),
     M(K, "80 persen", N, "fx", 80, cls="pct"),
     M(K, "Selasa (1/3/2022)", D, "closed", "2022-03-01"),
     M(K, "Desember 2014", D, "hike2014", "2014-12"),
     M(K, "10,5 persen", N, "from2014", 10.5, cls="pct"),
     M(K, "17 persen", N, "rate2014", 17, cls="pct"),
     M(K, "18 Maret 2022", D, "next", "2022-03-18"),
     M(K, "2013", D, "governor", "2013"),

     M(T, "Senin (28/2/2022)", D, "hike", "2022-02-28"),
     M(T, "20 persen", N, "rate", 20, cls="pct"),
     M(T, "9,5 persen", N, "prev", 9.5, cls="pct"),
     M(T, "11 Februari 2022", D, "feb_hike", "2022-02-11"),
     M(T, "8,5 persen", N, "feb_from", 8.5, cls="pct"),
     M(T, "80 persen", N, "fx", 80, cls="pct"),
     M(T, "Selasa (1/3/2022)", D, "closed", "2022-03-01"),
     M(T, "Desember 2014", D, "hike2014", "2014-12"),
     M(T, "17 persen", N, "rate2014", 17, cls="pct"),
     M(T, "10,5 persen", N, "from2014", 10.5, cls="pct"),
     M(T, "18 Maret", D, "next", "2022-03-18"),
     M(T, "2013", D, "governor", "2013"),

     M(F, "Feb. 28", D, "hike", "2022-02-28"),
     M(F, "20 per cent", N, "rate", 20, cls="pct"),
     M(F, "9.5 per cent", N, "prev", 9.5, cls="pct"),
     M(F, "February 11", D, "feb_hike", "2022-02-11"),
     M(F, "8.5 per cent", N, "feb_from", 8.5, cls="pct"),
     M(F, "80 per cent", N, "fx", 80, cls="pct"),
     M(F, "Tuesday", D, "closed", "2022-03-01"),
     M(F, "December 2014", D, "hike2014", "2014-12"),
     M(F, "17 per cent", N, "rate2014", 17, cls="pct"),
     M(F, "10.5 per cent", N, "from2014", 10.5, cls="pct"),
     M(F, "2013", D, "governor", "2013"),
     M(F, "March 18", D, "next", "2022-03-18"),
    ]
    build("nabiullina-hike-2022", "The Bank of Russia's emergency rate hike (control) of Monday 28 February 2022: "
          "the key rate raised to 20% from 9.5%, after a rise from 8.5% on 11 February; exporters to sell 80% of their "
          "foreign currency revenue; the Moscow Exchange's stock market shut on Tuesday 1 March; the December 2014 "
          "hike to 17% from 10.5% recalled; the next meeting on 18 March; Elvira Nabiullina governor since 2013. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    kazan()
    meteor()
    rate_hike()
