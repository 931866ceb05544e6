"""The sixteenth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset16/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)
COUNTY, TOWN = "Miami-Dade County", "the Surfside mayor"


def surfside():
    R, K, T, A = "reuters-jun25", "kompas-jun28", "detik-jul08", "apnews-jun24"
    names = {
     "dead": "death toll of the collapse", "missing": "people unaccounted for",
     "storeys": "storeys of the building", "units": "units in the building", "fell": "units destroyed in the collapse",
     "standing": "people brought out of the standing section", "rubble": "people pulled from the rubble",
     "recert": "years between safety recertifications", "repair": "repairs estimated in the 2018 report",
     "levy": "special assessment approved in April 2021", "settlement": "settlement for families and survivors",
     "sale": "sale price of the site",
     # dates
     "collapse": "day of the collapse", "count99": "day the 99 unaccounted were counted",
     "briefing25": "day of the county's briefing with four dead", "rescue": "day people were brought out alive",
     "emergency": "day of the federal emergency declaration", "built": "year the building was completed",
     "count11": "day the 11 dead were counted", "count9": "day the nine dead were counted",
     "report": "year of the engineering report", "levyday": "month the assessment was approved",
     "recovery": "day the search became a recovery", "count64": "day the 64 dead were counted",
     "demolition": "day the standing part was demolished", "biden": "day Biden visited the site",
     "anniversary": "day of the first anniversary", "approval": "day the judge approved the settlement",
     "searchend": "day the search ended", "lastid": "day the last victim was identified",
    }
    ms = [
     M(R, "four", N, "dead", 4, "2021-06-25"),
     M(R, "159 people", N, "missing", 159, "2021-06-25", src=COUNTY, fall=True),
     M(R, "Friday", D, "briefing25", "2021-06-25"),
     M(R, "99", N, "missing", 99, "2021-06-24", src=COUNTY, fall=True),
     M(R, "Thursday", D, "count99", "2021-06-24"),
     M(R, "12-storey", N, "storeys", 12),
     M(R, "Thursday", D, "collapse", "2021-06-24", occ=2),
     M(R, "About 55", N, "fell", 55, qual="approx"),
     M(R, "136 units", N, "units", 136),
     M(R, "35 people", N, "standing", 35),
     M(R, "Thursday", D, "rescue", "2021-06-24", occ=3),
     M(R, "two more", N, "rubble", 2),
     M(R, "1981", D, "built", "1981"),
     M(R, "40-year", N, "recert", 40, cls="dur"),
     M(R, "Friday", D, "emergency", "2021-06-25", occ=2),

     M(K, "11 orang", N, "dead", 11, "2021-06-28"),
     M(K, "Senin (28/6/2021)", D, "count11", "2021-06-28"),
     M(K, "150 orang", N, "missing", 150, "2021-06-28", src=COUNTY, fall=True),
     M(K, "152 orang", N, "missing", 152, "2021-06-27", src=COUNTY, fall=True),
     M(K, "Minggu", D, "count9", "2021-06-27"),
     M(K, "sembilan korban", N, "dead", 9, "2021-06-27"),
     M(K, "12 lantai", N, "storeys", 12),
     M(K, "163 unit", N, "units", 163, planted=True),
     M(K, "Kamis (24/6/2021)", D, "collapse", "2021-06-24"),
     M(K, "51 orang", N, "missing", 51, "2021-06-24", src=TOWN, fall=True),
     M(K, "99 orang", N, "missing", 99, "2021-06-24", src=COUNTY, fall=True),
     M(K, "Kamis malam", D, "count99", "2021-06-24"),
     M(K, "2018", D, "report", "2018"),
     M(K, "sekitar 9,1 juta dolar AS", N, "repair", 9.1e6, qual="approx", cls="money"),
     M(K, "April 2021", D, "levyday", "2021-04"),
     M(K, "15 juta dolar AS", N, "levy", 15e6, cls="money"),

     M(T, "Rabu (7/7/2021)", D, "recovery", "2021-07-07"),
     M(T, "Kamis (8/7/2021)", D, "count64", "2021-07-08"),
     M(T, "64 orang", N, "dead", 64, "2021-07-08"),
     M(T, "76 orang", N, "missing", 76, "2021-07-08", src=COUNTY, fall=True),
     M(T, "54 orang", N, "dead", 54, "2021-07-07"),
     M(T, "86 orang", N, "missing", 86, "2021-07-07", src=COUNTY, fall=True),
     M(T, "Minggu (4/7/2021)", D, "demolition", "2021-07-04"),
     M(T, "Jumat (2/7/2021)", D, "biden", "2021-07-02", planted=True),
     M(T, "12 lantai", N, "storeys", 12),
     M(T, "24 Juni", D, "collapse", "2021-06-24"),
     M(T, "sekitar 55", N, "fell", 55, qual="approx"),
     M(T, "136", N, "units", 136),

     M(A, "98 people", N, "dead", 98, "final"),
     M(A, "Friday", D, "anniversary", "2022-06-24"),
     M(A, "12-story", N, "storeys", 12),
     M(A, "June 24, 2021", D, "collapse", "2021-06-24"),
     M(A, "Thursday", D, "approval", "2022-06-23"),
     M(A, "$997 million", N, "settlement", 997e6, qual="approx", cls="money"),
     M(A, "$120 million", N, "sale", 120e6, cls="money"),
     M(A, "July 23, 2021", D, "searchend", "2021-07-23"),
     M(A, "July 26", D, "lastid", "2021-07-26"),
     M(A, "July 1", D, "biden", "2021-07-01"),
     M(A, "136 units", N, "units", 136),
     M(A, "about 55", N, "fell", 55, qual="approx"),
     M(A, "July 4, 2021", D, "demolition", "2021-07-04"),
     M(A, "2018", D, "report", "2018"),
    ]
    build("surfside-2021", "Partial collapse of Champlain Towers South, Surfside, Florida (Thursday 24 June 2021): the "
          "toll rising over two weeks (4 -> 9 -> 11 -> 54 -> 64) to 98, recalled a year later; the county's count of "
          "people unaccounted for rising then falling (99 -> 159 -> 152 -> 150 -> 86 -> 76) beside the town mayor's "
          "first figure (51); 12 storeys, 136 units (one outlet's digits swapped), about 55 destroyed, 35 and 2 "
          "rescued; money of the 2018 repair estimate, the 2021 assessment, the settlement and the site's sale; "
          "dates of the collapse, briefings, the demolition, the shift to recovery, Biden's visit, the settlement's "
          "approval, the anniversary", False, ms, names)


def uk():
    A, R, T, G = "antaranews-jul05", "reuters-jul06", "tempo-jul10", "guardian-nov03"
    EARLY = "2024-07-05T07"
    names = {
     "lab": "Labour's seats", "con": "Conservative seats", "ld": "Liberal Democrat seats", "reform": "Reform UK seats",
     "greens": "Green seats", "snp": "SNP seats", "snp2019": "SNP seats in 2019", "lab1997": "Labour seats in 1997",
     "exit_lab": "Labour seats projected by the exit poll", "exit_con": "Conservative seats projected by the exit poll",
     "needed": "seats needed for a majority", "total": "seats in the Commons", "majority": "Labour's majority",
     "lab_share": "Labour's vote share", "con_share": "Conservative vote share", "reform_share": "Reform UK's vote share",
     "turnout": "turnout of the election", "turnout2001": "turnout in 2001", "members": "turnout of Conservative members",
     "rule": "years of Conservative government", "gap": "days between the election and the first sitting",
     "badenoch": "votes for Badenoch", "jenrick": "votes for Jenrick", "age": "Badenoch's age",
     # dates
     "polling": "polling day", "count405": "day of the morning count", "exitpoll": "day the exit poll was published",
     "king": "day Starmer met the King", "cabinet": "day Starmer named his cabinet", "lastseat": "day the last seat was declared",
     "firstcab": "day of the first cabinet meeting", "y2019": "year of the previous election", "y2001": "year of the 2001 election",
     "y1997": "year of the 1997 landslide", "sitting": "day of the Commons' first sitting", "y1923": "year 1923",
     "speech": "day of the King's Speech", "called": "day the election was called", "leader": "day Badenoch was elected",
     "pmqs": "day of Badenoch's first prime minister's questions",
    }
    ms = [
     M(A, "Kamis (4/7/2024)", D, "polling", "2024-07-04"),
     M(A, "14 tahun", N, "rule", 14, cls="dur"),
     M(A, "Jumat (5/7/2024)", D, "count405", "2024-07-05"),
     M(A, "405 kursi", N, "lab", 405, EARLY),
     M(A, "326 kursi", N, "needed", 326),
     M(A, "410 kursi", N, "exit_lab", 410),
     M(A, "131 kursi", N, "exit_con", 131),
     M(A, "Kamis malam", D, "exitpoll", "2024-07-04"),
     M(A, "119 kursi", N, "con", 119, EARLY),
     M(A, "71 kursi", N, "ld", 71, EARLY),
     M(A, "empat kursi", N, "reform", 4, EARLY),
     M(A, "60 persen", N, "turnout", 60, "2024-07-05", cls="pct"),
     M(A, "Jumat siang", D, "king", "2024-07-05"),

     M(R, "Friday", D, "cabinet", "2024-07-05"),
     M(R, "411", N, "lab", 411, "final"),
     M(R, "650 seats", N, "total", 650),
     M(R, "Thursday", D, "polling", "2024-07-04"),
     M(R, "174", N, "majority", 174),
     M(R, "Saturday", D, "lastseat", "2024-07-06"),
     M(R, "121 seats", N, "con", 121, "final"),
     M(R, "72", N, "ld", 72, "final"),
     M(R, "five seats", N, "reform", 5, "final"),
     M(R, "four", N, "greens", 4),
     M(R, "nine", N, "snp", 9),
     M(R, "48", N, "snp2019", 48),
     M(R, "2019", D, "y2019", "2019"),
     M(R, "33.7%", N, "lab_share", 33.7, cls="pct"),
     M(R, "23.7%", N, "con_share", 23.7, cls="pct"),
     M(R, "14.3%", N, "reform_share", 14.3, cls="pct"),
     M(R, "59.7%", N, "turnout", 59.7, "final", cls="pct"),
     M(R, "2001", D, "y2001", "2001"),
     M(R, "59.4%", N, "turnout2001", 59.4, cls="pct"),
     M(R, "1997", D, "y1997", "1997"),
     M(R, "418 seats", N, "lab1997", 418),
     M(R, "410 seats", N, "exit_lab", 410),
     M(R, "131", N, "exit_con", 131),
     M(R, "Thursday", D, "exitpoll", "2024-07-04", occ=2),
     M(R, "Saturday", D, "firstcab", "2024-07-06", occ=2),

     M(T, "Selasa (9/7/2024)", D, "sitting", "2024-07-09"),
     M(T, "lima hari", N, "gap", 5, cls="dur"),
     M(T, "Kamis (4/7/2024)", D, "polling", "2024-07-04"),
     M(T, "411 kursi", N, "lab", 411, "final"),
     M(T, "121 anggota parlemen", N, "con", 121, "final"),
     M(T, "72 anggota", N, "ld", 72, "final"),
     M(T, "1923", D, "y1923", "1923"),
     M(T, "Rabu (17/7/2024)", D, "speech", "2024-07-17"),
     M(T, "33,7 persen", N, "lab_share", 33.7, cls="pct"),
     M(T, "14,3 persen", N, "reform_share", 14.3, cls="pct"),
     M(T, "lima kursi", N, "reform", 5, "final"),
     M(T, "59,7 persen", N, "turnout", 59.7, "final", cls="pct"),
     M(T, "2001", D, "y2001", "2001"),
     M(T, "22 Mei 2024", D, "called", "2024-05-22"),

     M(G, "Saturday", D, "leader", "2024-11-02"),
     M(G, "53,806 votes", N, "badenoch", 53806),
     M(G, "41,388", N, "jenrick", 41388),
     M(G, "121 MPs", N, "con", 121, "final"),
     M(G, "July 5", D, "polling", "2024-07-05", planted=True),
     M(G, "72.8%", N, "members", 72.8, cls="pct"),
     M(G, "44", N, "age", 44, cls="age"),
     M(G, "23.7%", N, "con_share", 23.7, cls="pct"),
     M(G, "411 seats", N, "lab", 411, "final"),
     M(G, "174", N, "majority", 174),
     M(G, "14.3%", N, "reform_share", 14.3, cls="pct"),
     M(G, "72 MPs", N, "ld", 72, "final"),
     M(G, "14 years", N, "rule", 14, cls="dur"),
     M(G, "Wednesday", D, "pmqs", "2024-11-06"),
    ]
    build("uk-election-2024", "United Kingdom general election of Thursday 4 July 2024: seats rising through the count "
          "(Labour 405 -> 411, Conservatives 119 -> 121, Liberal Democrats 71 -> 72, Reform 4 -> 5) beside the exit "
          "poll's projection (410, 131), the 326 needed and the majority of 174, vote shares of several parties, "
          "turnout first put at 60% and then 59.7%, figures of 1997, 2001 and 2019 recalled, a leadership ballot "
          "four months later (votes, members' turnout); dates of polling, the exit poll, the count, the cabinet, the "
          "first sitting, the King's Speech, the election's calling and the new leader's election", False, ms, names)


def jwst():
    R, K, C, S = "reuters-dec25", "kompas-dec26", "cnnindonesia-dec27", "spacecom-dec29"
    names = {
     "rocket": "the Ariane 5 rocket", "cost": "cost of the telescope", "mass": "mass of the telescope (tonnes)",
     "sep": "minutes from launch to separation", "mirror": "primary mirror's diameter (m)", "segs": "mirror segments",
     "travel": "days to reach its orbit", "dist": "distance of its orbit from Earth (km)", "layers": "sunshield layers",
     "temp": "operating temperature (degrees C)", "hubble_mirror": "Hubble's mirror (m)", "commission": "months before science",
     "countries": "countries that built it", "gold": "gold coating's thickness (nm)", "gap3": "days from launch to the sunshield",
     "length": "sunshield length (m)", "width": "sunshield width (m)", "releases": "release mechanisms of the sunshield",
     "spf": "single-point failures", "life": "planned mission life (years)",
     # dates
     "launch": "day of the launch", "planned": "day the launch was set for before the delay",
     "hubble": "year Hubble was launched", "sunshield": "day the sunshield began to unfold",
     "fuel": "day NASA spoke of the propellant",
    }
    ms = [
     M(R, "Saturday", D, "launch", "2021-12-25"),
     M(R, "Ariane 5", N, "rocket", 5, cls="type"),
     M(R, "$10 billion", N, "cost", 10e9, qual="approx", cls="money"),
     M(R, "6.2-tonne", N, "mass", 6.2, cls="mass"),
     M(R, "27 minutes", N, "sep", 27, qual="approx", cls="dur"),
     M(R, "6.5 metres", N, "mirror", 6.5, cls="len"),
     M(R, "18 hexagonal segments", N, "segs", 18),
     M(R, "about a month", N, "travel", 30, qual="approx", cls="dur"),
     M(R, "1.5 million km", N, "dist", 1.5e6, cls="len"),
     M(R, "five-layer", N, "layers", 5),
     M(R, "minus 223 degrees Celsius", N, "temp", -223, cls="temp"),
     M(R, "Dec. 24", D, "planned", "2021-12-24"),
     M(R, "Christmas Day", D, "launch", "2021-12-25"),
     M(R, "1990", D, "hubble", "1990"),
     M(R, "2.4 metres", N, "hubble_mirror", 2.4, cls="len"),

     M(K, "Ariane 5", N, "rocket", 5, cls="type"),
     M(K, "Sabtu (25/12/2021)", D, "launch", "2021-12-25"),
     M(K, "sekitar 10 miliar dolar AS", N, "cost", 10e9, qual="approx", cls="money"),
     M(K, "27 menit", N, "sep", 27, qual="approx", cls="dur"),
     M(K, "6,2 ton", N, "mass", 6.2, cls="mass"),
     M(K, "6,5 meter", N, "mirror", 6.5, cls="len"),
     M(K, "18 segmen", N, "segs", 18),
     M(K, "sekitar 29 hari", N, "travel", 29, qual="approx", cls="dur"),
     M(K, "sekitar 1,5 juta kilometer", N, "dist", 1.5e6, qual="approx", cls="len"),
     M(K, "lima lapis", N, "layers", 5),
     M(K, "minus 223 derajat Celsius", N, "temp", -223, cls="temp"),
     M(K, "2,4 meter", N, "hubble_mirror", 2.4, cls="len"),
     M(K, "1990", D, "hubble", "1990"),
     M(K, "Jumat (24/12/2021)", D, "planned", "2021-12-24"),
     M(K, "sekitar enam bulan", N, "commission", 6, qual="approx", cls="dur"),

     M(C, "Sabtu (25/12/2021)", D, "launch", "2021-12-25"),
     M(C, "sekitar 1,5 juta kilometer", N, "dist", 1.5e6, qual="approx", cls="len"),
     M(C, "sekitar 10 miliar dolar AS", N, "cost", 10e9, qual="approx", cls="money"),
     M(C, "Rp 142 triliun", N, "cost", 10e9, qual="unit", cls="money"),
     M(C, "14 negara", N, "countries", 14),
     M(C, "6,5 meter", N, "mirror", 6.5, cls="len"),
     M(C, "18 segmen", N, "segs", 18),
     M(C, "100 nanometer", N, "gold", 100, cls="len"),
     M(C, "lima lapis", N, "layers", 5),
     M(C, "sekitar 29 hari", N, "travel", 29, qual="approx", cls="dur"),
     M(C, "Ariane 5", N, "rocket", 5, cls="type"),
     M(C, "1990", D, "hubble", "1990"),
     M(C, "2,4 meter", N, "hubble_mirror", 2.4, cls="len"),

     M(S, "Tuesday", D, "sunshield", "2021-12-28"),
     M(S, "three days", N, "gap3", 3, cls="dur"),
     M(S, "Christmas Day", D, "launch", "2021-12-25"),
     M(S, "$10 billion", N, "cost", 10e9, qual="approx", cls="money"),
     M(S, "Ariane 5", N, "rocket", 5, cls="type"),
     M(S, "Dec. 25", D, "launch", "2021-12-25"),
     M(S, "five layers", N, "layers", 5),
     M(S, "about 21 metres", N, "length", 21, qual="approx", cls="len"),
     M(S, "14 metres", N, "width", 14, qual="approx", cls="len"),
     M(S, "107 release mechanisms", N, "releases", 107),
     M(S, "344 single-point failures", N, "spf", 344),
     M(S, "6.5-metre", N, "mirror", 6.5, cls="len"),
     M(S, "18 segments", N, "segs", 18),
     M(S, "1.5 million kilometres", N, "dist", 1.5e6, cls="len"),
     M(S, "about 29 days", N, "travel", 29, qual="approx", cls="dur"),
     M(S, "Wednesday", D, "fuel", "2021-12-29"),
     M(S, "Ariane 5", N, "rocket", 5, cls="type", occ=2),
     M(S, "10-year", N, "life", 10, cls="dur"),
     M(S, "about 6.2 tonnes", N, "mass", 6.2, qual="approx", cls="mass"),
     M(S, "minus 223 C", N, "temp", -223, cls="temp"),
     M(S, "about six months", N, "commission", 6, qual="approx", cls="dur"),
    ]
    build("jwst-launch-2021", "Launch of the James Webb Space Telescope (control): lifted off on an Ariane 5 from "
          "Kourou on Saturday 25 December 2021 (set for the 24th before the weather delay); about $10 billion (Rp 142 "
          "trillion); 6.2 tonnes; separation 27 minutes after launch; a 6.5 m mirror of 18 segments; about 29 days "
          "to an orbit 1.5 million km from Earth; a five-layer sunshield of about 21 m by 14 m; below minus 223 C; "
          "about six months before science; Hubble (1990, 2.4 m) recalled; the sunshield's unfolding and NASA's "
          "propellant remark on their own days. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    surfside()
    uk()
    jwst()
