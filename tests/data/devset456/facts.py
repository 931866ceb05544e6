"""The four-hundred-and-fifty-sixth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset456/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def train():
    R, K, A, T = "reuters-jan02", "kompas-jan03", "ap-jan04", "tempo-feb02"
    # as-of times of the running tallies: Wednesday 2 January 2019 at 10:00 (at least six dead, by the police), at
    # 15:00 (eight dead and 16 injured, by the police), Wednesday night (18 treated, by the regional health
    # authority), Thursday 3 January (the authority's count lowered to 16 after two patients were registered at two
    # hospitals: a revision; five still in hospital), Friday 4 January (three still in hospital; eight dead), and a
    # month on (eight dead and 16 injured). The police's and the health authority's counts of the injured are two
    # sources. The dead do not fall; the patients still in hospital may.
    WED10, WED15, WEDN, THU, FRI, FEB = ("2019-01-02a", "2019-01-02b", "2019-01-02c", "2019-01-03", "2019-01-04",
                                         "2019-02-02")
    POL, REG = "the police on Funen", "the regional health authority (Southern Denmark)"
    names = {
     "dead": "people killed in the crash", "injured": "people injured", "passengers": "passengers on the train",
     "crew": "crew on the train", "in_hosp": "injured still in hospital",
     "dead_1988": "people killed in the 1988 crash near Sorø",
     "link_km": "length of the Great Belt fixed link (km)", "west_km": "length of the western bridge (km)",
     # dates
     "crash": "day of the crash", "reg_first": "night of the health authority's first count",
     "reg_rev": "day the health authority lowered its count", "reopen": "day trains crossed the bridge again",
     "identified": "day the police said every victim was identified",
    }
    ms = [
     M(R, "Eight people", N, "dead", 8, WED15),
     M(R, "Wednesday", D, "crash", "2019-01-02"),
     M(R, "131 passengers", N, "passengers", 131),
     M(R, "three crew", N, "crew", 3),
     M(R, "at least six people", N, "dead", 6, WED10, qual="atleast"),
     M(R, "16 people", N, "injured", 16, WED15, src=POL),
     M(R, "about 18 km", N, "link_km", 18, qual="approx", cls="km"),
     M(R, "6.6 km", N, "west_km", 6.6, cls="km"),

     M(K, "Rabu (2/1/2019)", D, "crash", "2019-01-02"),
     M(K, "delapan orang", N, "dead", 8, WED15),
     M(K, "26 orang", N, "injured", 26, WED15, src=POL, planted=True),
     M(K, "131 penumpang", N, "passengers", 131),
     M(K, "3 awak", N, "crew", 3),
     M(K, "18 orang", N, "injured", 18, WEDN, src=REG),
     M(K, "Kamis (3/1/2019)", D, "reg_rev", "2019-01-03"),
     M(K, "16 orang", N, "injured", 16, THU, src=REG),
     M(K, "lima orang", N, "in_hosp", 5, THU, fall=True),

     M(A, "Friday", D, "identified", "2019-01-04"),
     M(A, "eight people", N, "dead", 8, FRI),
     M(A, "113 passengers", N, "passengers", 113, planted=True),
     M(A, "three crew members", N, "crew", 3),
     M(A, "Wednesday morning", D, "crash", "2019-01-02"),
     M(A, "Thursday", D, "reg_rev", "2019-01-03"),
     M(A, "16 people", N, "injured", 16, THU, src=REG),
     M(A, "18", N, "injured", 18, WEDN, src=REG),
     M(A, "Wednesday night", D, "reg_first", "2019-01-02"),
     M(A, "Three", N, "in_hosp", 3, FRI, fall=True),
     M(A, "Thursday evening", D, "reopen", "2019-01-03"),

     M(T, "Rabu (2/1/2019)", D, "crash", "2019-01-02"),
     M(T, "delapan orang", N, "dead", 8, FEB),
     M(T, "16 orang", N, "injured", 16, FEB),
     M(T, "131 penumpang", N, "passengers", 131),
     M(T, "3 awak", N, "crew", 3),
     M(T, "18 korban luka", N, "injured", 18, WEDN, src=REG),
     M(T, "delapan orang", N, "dead_1988", 8, occ=2),
     M(T, "Kamis (3/1/2019)", D, "reopen", "2019-01-03"),
     M(T, "6,6 kilometer", N, "west_km", 6.6, cls="km"),
     M(T, "sekitar 18 kilometer", N, "link_km", 18, qual="approx", cls="km"),
    ]
    build("storebaelt-train-2019", "The Great Belt bridge train crash in Denmark on Wednesday 2 January 2019 at about "
          "07:35: an intercity train from Odense to Copenhagen with 131 passengers and three crew struck by a trailer "
          "blown loose from a westbound freight train on the western bridge (6.6 km; the fixed link about 18 km) "
          "during Storm Alfrida; at least six dead at 10:00 and eight by the afternoon; 16 injured by the police, 18 "
          "treated by the regional health authority on Wednesday night (sources), lowered by the authority to 16 on "
          "Thursday 3 January after a double registration (a revision); five and then three still in hospital; "
          "trains back on the bridge on Thursday evening; every victim identified by Friday 4 January; the deadliest "
          "Danish rail crash since the eight dead near Sorø in 1988", False, ms, names)


def submarine():
    K, T, R, A = "kompas-aug12", "tempo-aug24", "reuters-apr25", "antara-sep27"
    # steps on different dates: Kim Wall boards the UC3 Nautilus (Thursday 10 August 2017, about 19:00), the
    # submarine sinks in Køge Bay (Friday 11 August), Peter Madsen held for 24 days (Saturday 12 August), the torso
    # found on Amager (Monday 21 August), the DNA match announced (Wednesday 23 August), the head and legs found
    # (6 October 2017), the trial opens (8 March 2018), the verdict of life (Wednesday 25 April 2018), the appeal
    # upheld (Wednesday 26 September 2018). Tempting pairs: his ages 46 (2017) and 47 (2018) against her 30; the
    # boarding at about 19:00 against the claimed drop-off at about 22:30; the submarine's 18 m against its wreck's
    # 7 m depth.
    names = {
     "wall_age": "Kim Wall's age (years)", "madsen_age17": "Peter Madsen's age in August 2017 (years)",
     "madsen_age18": "Peter Madsen's age in 2018 (years)", "board_time": "time Wall boarded (clock)",
     "dropoff_time": "time Madsen first claimed he dropped Wall ashore (clock)",
     "sub_len": "length of the submarine (m)", "wreck_depth": "depth of the wreck (m)",
     "custody_days": "days of the first custody order",
     # dates
     "board": "day Wall boarded the submarine", "sank": "day the submarine sank",
     "custody": "day of the custody hearing", "found": "day the torso was found",
     "dna": "day the police announced the DNA match", "parts": "day the head and legs were found",
     "trial": "day the trial opened", "verdict": "day of the verdict", "appeal": "day of the appeal ruling",
    }
    ms = [
     M(K, "46 tahun", N, "madsen_age17", 46, cls="age"),
     M(K, "Jumat (11/8/2017)", D, "sank", "2017-08-11"),
     M(K, "30", N, "wall_age", 30, cls="age"),
     M(K, "sekitar pukul 19.00", N, "board_time", 19, qual="approx", cls="clock"),
     M(K, "Kamis (10/8/2017)", D, "board", "2017-08-10"),
     M(K, "sekitar 18 meter", N, "sub_len", 18, qual="approx", cls="m"),
     M(K, "sekitar pukul 22.30", N, "dropoff_time", 22.5, qual="approx", cls="clock"),
     M(K, "Sabtu (12/8/2017)", D, "custody", "2017-08-12"),
     M(K, "24 hari", N, "custody_days", 24, cls="days"),
     M(K, "sekitar 7 meter", N, "wreck_depth", 7, qual="approx", cls="m"),

     M(T, "Rabu (23/8/2017)", D, "dna", "2017-08-23"),
     M(T, "Senin (21/8/2017)", D, "found", "2017-08-21"),
     M(T, "46", N, "madsen_age17", 46, cls="age"),
     M(T, "30", N, "wall_age", 30, cls="age"),
     M(T, "Kamis (10/8/2017)", D, "board", "2017-08-10"),
     M(T, "Jumat (11/8/2017)", D, "sank", "2017-08-11"),
     M(T, "24 hari", N, "custody_days", 24, cls="days"),
     M(T, "12 Agustus 2017", D, "custody", "2017-08-12"),

     M(R, "Wednesday", D, "verdict", "2018-04-25"),
     M(R, "47", N, "madsen_age18", 47, cls="age"),
     M(R, "30", N, "wall_age", 30, cls="age"),
     M(R, "Aug. 10", D, "board", "2017-08-10"),
     M(R, "about 11:30 p.m.", N, "dropoff_time", 23.5, qual="approx", cls="clock", planted=True),
     M(R, "Aug. 21", D, "found", "2017-08-21"),
     M(R, "Oct. 6", D, "parts", "2017-10-06"),
     M(R, "March 8", D, "trial", "2018-03-08"),

     M(A, "Rabu (26/9/2018)", D, "appeal", "2018-09-26"),
     M(A, "47", N, "madsen_age18", 47, cls="age"),
     M(A, "Rabu (25/4/2018)", D, "verdict", "2018-04-25"),
     M(A, "30", N, "wall_age", 30, cls="age"),
     M(A, "10 Agustus 2017", D, "board", "2017-08-10"),
     M(A, "Selasa (22/8/2017)", D, "found", "2017-08-22", planted=True),
     M(A, "6 Oktober 2017", D, "parts", "2017-10-06"),
     M(A, "sekitar pukul 22.30", N, "dropoff_time", 22.5, qual="approx", cls="clock"),
     M(A, "8 Maret 2018", D, "trial", "2018-03-08"),
    ]
    build("nautilus-case-2017", "The death of the Swedish journalist Kim Wall (30) aboard Peter Madsen's homemade "
          "submarine UC3 Nautilus and his trial in Copenhagen: she boarded at about 19:00 on Thursday 10 August 2017, "
          "the submarine sank in Køge Bay on Friday 11 August, he first claimed he had dropped her ashore at about "
          "22:30, he was held for 24 days on Saturday 12 August, her torso was found on Amager on Monday 21 August "
          "and identified by DNA on Wednesday 23 August, her head and legs found on 6 October 2017; the trial opened "
          "on 8 March 2018, he (47) was sentenced to life on Wednesday 25 April 2018 and the Eastern High Court upheld "
          "the sentence on Wednesday 26 September 2018", False, ms, names)


def deal():
    R, K, T, B = "reuters-sep03", "kompas-sep04", "tempo-sep05", "bbc-sep06"
    names = {
     "total_eur": "total price (EUR)", "devices_eur": "price of the devices and services business (EUR)",
     "patents_eur": "price of the patent license (EUR)", "financing_eur": "financing lent to Nokia (EUR)",
     "bond_eur": "size of each convertible bond (EUR)", "total_usd": "total price (USD bn)",
     "staff": "Nokia staff moving to Microsoft", "staff_fi": "of them in Finland", "bonds": "convertible bonds",
     "patent_yrs": "years of the patent license", "here_yrs": "years of the HERE maps license",
     # dates
     "announce": "day the deal was announced", "egm": "day of Nokia's extraordinary general meeting",
    }
    ms = [
     M(R, "Tuesday", D, "announce", "2013-09-03"),
     M(R, "5.44 billion euros", N, "total_eur", 5.44e9, cls="eur"),
     M(R, "$7.2 billion", N, "total_usd", 7.2, cls="usd"),
     M(R, "3.79 billion euros", N, "devices_eur", 3.79e9, cls="eur"),
     M(R, "1.65 billion euros", N, "patents_eur", 1.65e9, cls="eur"),
     M(R, "10-year", N, "patent_yrs", 10, cls="yrs"),
     M(R, "About 32,000", N, "staff", 32000, qual="approx"),
     M(R, "some 4,700", N, "staff_fi", 4700, qual="approx"),
     M(R, "Nov. 19", D, "egm", "2013-11-19"),
     M(R, "1.5 billion euros", N, "financing_eur", 1.5e9, cls="eur"),
     M(R, "three", N, "bonds", 3),
     M(R, "500 million euros", N, "bond_eur", 5e8, cls="eur"),
     M(R, "four-year", N, "here_yrs", 4, cls="yrs"),

     M(K, "5,44 miliar euro", N, "total_eur", 5.44e9, cls="eur"),
     M(K, "sekitar 7,2 miliar dollar AS", N, "total_usd", 7.2, qual="approx", cls="usd"),
     M(K, "Selasa (3/9/2013)", D, "announce", "2013-09-03"),
     M(K, "3,79 miliar euro", N, "devices_eur", 3.79e9, cls="eur"),
     M(K, "1,65 miliar euro", N, "patents_eur", 1.65e9, cls="eur"),
     M(K, "10 tahun", N, "patent_yrs", 10, cls="yrs"),
     M(K, "Sekitar 32.000", N, "staff", 32000, qual="approx"),
     M(K, "sekitar 4.700", N, "staff_fi", 4700, qual="approx"),
     M(K, "19 November 2013", D, "egm", "2013-11-19"),
     M(K, "1,5 miliar euro", N, "financing_eur", 1.5e9, cls="eur"),
     M(K, "tiga", N, "bonds", 3),
     M(K, "500 juta euro", N, "bond_eur", 5e8, cls="eur"),
     M(K, "empat tahun", N, "here_yrs", 4, cls="yrs"),

     M(T, "Selasa (3/9/2013)", D, "announce", "2013-09-03"),
     M(T, "5,44 miliar euro", N, "total_eur", 5.44e9, cls="eur"),
     M(T, "3,79 miliar euro", N, "devices_eur", 3.79e9, cls="eur"),
     M(T, "1,65 miliar euro", N, "patents_eur", 1.65e9, cls="eur"),
     M(T, "10 tahun", N, "patent_yrs", 10, cls="yrs"),
     M(T, "sekitar 7,2 miliar dollar AS", N, "total_usd", 7.2, qual="approx", cls="usd"),
     M(T, "32.000 karyawan", N, "staff", 32000),
     M(T, "sekitar 4.700", N, "staff_fi", 4700, qual="approx"),
     M(T, "1,5 miliar euro", N, "financing_eur", 1.5e9, cls="eur"),
     M(T, "tiga", N, "bonds", 3),
     M(T, "500 juta euro", N, "bond_eur", 5e8, cls="eur"),
     M(T, "empat tahun", N, "here_yrs", 4, cls="yrs"),
     M(T, "19 November", D, "egm", "2013-11-19"),

     M(B, "€5.44bn", N, "total_eur", 5.44e9, cls="eur"),
     M(B, "$7.2bn", N, "total_usd", 7.2, cls="usd"),
     M(B, "Tuesday", D, "announce", "2013-09-03"),
     M(B, "€3.79bn", N, "devices_eur", 3.79e9, cls="eur"),
     M(B, "€1.65bn", N, "patents_eur", 1.65e9, cls="eur"),
     M(B, "10 years", N, "patent_yrs", 10, cls="yrs"),
     M(B, "Roughly 32,000", N, "staff", 32000, qual="approx"),
     M(B, "4,700", N, "staff_fi", 4700),
     M(B, "€1.5bn", N, "financing_eur", 1.5e9, cls="eur"),
     M(B, "three", N, "bonds", 3),
     M(B, "€500m", N, "bond_eur", 5e8, cls="eur"),
     M(B, "four years", N, "here_yrs", 4, cls="yrs"),
     M(B, "19 November", D, "egm", "2013-11-19"),
    ]
    build("nokia-microsoft-2013", "Microsoft's purchase of Nokia's devices and services business, announced on "
          "Tuesday 3 September 2013 (control): 5.44 billion euros in all (about $7.2 billion), 3.79 billion for the "
          "business and 1.65 billion for a 10-year license to Nokia's patents; about 32,000 staff to move, some 4,700 "
          "of them in Finland; 1.5 billion euros of financing in three convertible bonds of 500 million each; a "
          "four-year license to the HERE maps; Nokia's extraordinary general meeting on 19 November 2013; the close "
          "expected in the first quarter of 2014. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    train()
    submarine()
    deal()
