"""The three-hundred-and-thirty-fourth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset334/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def quake():
    K, R, T, A = "kompas-mar19", "reuters-mar20", "detik-mar22", "ap-apr12"
    # as-of times of the running tallies: Saturday 18 March 2023 in the afternoon (the president's 12 dead, the
    # secretariat's first damage count), Saturday evening (the presidency's 14 dead and 381 injured), the risk
    # management secretariat's report of 23:54 (13 dead and 446 injured: one death fewer, a revision), Sunday 19
    # March (14 dead again, 84 homes destroyed, 180 damaged), Monday 20 March (14 dead, more than 440 injured) and
    # the recall of 12 April. The dead, the injured and the homes do not fall (the 13 is a downward revision).
    SATPM, SATEVE, SAT2354, SUN, MON, APR = ("2023-03-18a", "2023-03-18b", "2023-03-18c", "2023-03-19",
                                             "2023-03-20", "2023-04-12")
    # The magnitude and the depth: Ecuador's Geophysical Institute (6.5, 44 km) against the US Geological Survey
    # (6.8, about 66 km) are sources; an uncredited 6.5 is the institute's reading, as the reports that give it
    # follow the institute.
    IG, USGS = "Ecuador's Geophysical Institute", "the US Geological Survey"
    names = {
     "mag": "the quake's magnitude", "depth": "depth (km)", "dist": "distance of the epicentre from Balao (km)",
     "aftermag": "the largest aftershock's magnitude", "dead": "people killed in Ecuador",
     "dead_eloro": "dead in El Oro province", "dead_azuay": "dead in Azuay province",
     "dead_region": "dead in Ecuador and Peru together", "dead_jambeli": "dead on Jambeli island",
     "injured": "people injured in Ecuador", "destroyed": "homes destroyed", "damaged": "homes damaged",
     "schools": "schools damaged", "health": "health centres damaged", "prov_felt": "provinces where it was felt",
     "prov_all": "provinces of Ecuador", "peru_houses": "houses collapsed in Peru", "peru_unsafe": "houses unsafe in Peru",
     "girl_age": "age of the girl killed in Peru",
     # dates
     "quake": "day of the earthquake", "count12": "day of the president's count of 12",
     "count14": "day of the presidency's evening count of 14", "dmg_sat": "day of the first damage count",
     "report": "day of the secretariat's 23:54 report", "survey": "day of the first damage survey",
     "count_sun": "day of the Sunday count", "team": "day a team went to Puna Island",
     "pope": "day of the pope's condolences", "count_mon": "day of the Monday count",
    }
    ms = [
     M(K, "bermagnitudo 6,5", N, "mag", 6.5, src=IG, cls="mag"),
     M(K, "Sabtu (18/3/2023)", D, "quake", "2023-03-18"),
     M(K, "sekitar 29 km", N, "dist", 29, qual="approx", cls="km"),
     M(K, "44 km", N, "depth", 44, src=IG, cls="km"),
     M(K, "magnitudo 6,8", N, "mag", 6.8, src=USGS, cls="mag"),
     M(K, "sekitar 66 km", N, "depth", 66, qual="approx", src=USGS, cls="km"),
     M(K, "Sabtu sore", D, "count12", "2023-03-18"),
     M(K, "12 orang", N, "dead", 12, SATPM),
     M(K, "11 orang", N, "dead_eloro", 11, SATPM),
     M(K, "satu orang", N, "dead_azuay", 1, SATPM),
     M(K, "Sabtu malam", D, "count14", "2023-03-18"),
     M(K, "14 orang", N, "dead", 14, SATEVE),
     M(K, "381 orang", N, "injured", 381, SATEVE),
     M(K, "tiga orang", N, "dead_jambeli", 3),
     M(K, "Sabtu sore", D, "dmg_sat", "2023-03-18", occ=2),
     M(K, "44 rumah", N, "destroyed", 44, SATPM),
     M(K, "90 rumah", N, "damaged", 90, SATPM),
     M(K, "50 sekolah", N, "schools", 50, SATPM),
     M(K, "31 pusat kesehatan", N, "health", 31, SATPM),
     M(K, "13", N, "prov_felt", 13),
     M(K, "24 provinsi", N, "prov_all", 24),
     M(K, "empat tahun", N, "girl_age", 4, cls="age"),

     M(R, "Sunday", D, "survey", "2023-03-19"),
     M(R, "Saturday", D, "quake", "2023-03-18"),
     M(R, "14 people", N, "dead", 14, SUN),
     M(R, "Saturday", D, "report", "2023-03-18", occ=2),
     M(R, "13 dead", N, "dead", 13, SAT2354),
     M(R, "446 injured", N, "injured", 446, SAT2354),
     M(R, "Sunday", D, "count_sun", "2023-03-19", occ=2),
     M(R, "14", N, "dead", 14, SUN, occ=2),
     M(R, "12 of the dead", N, "dead_eloro", 12, SUN),
     M(R, "two in Azuay", N, "dead_azuay", 2, SUN),
     M(R, "84 homes", N, "destroyed", 84, SUN),
     M(R, "180", N, "damaged", 180, SUN),
     M(R, "6.8", N, "mag", 6.8, src=USGS, cls="mag"),
     M(R, "6.5", N, "mag", 6.5, src=IG, cls="mag"),
     M(R, "Sunday", D, "team", "2023-03-19", occ=3),
     M(R, "four houses", N, "peru_houses", 4, SUN),
     M(R, "five more", N, "peru_unsafe", 5, SUN),
     M(R, "Sunday", D, "pope", "2023-03-19", occ=4),

     M(T, "14 orang", N, "dead", 14, MON),
     M(T, "Senin (20/3/2023)", D, "count_mon", "2023-03-20"),
     M(T, "Sebanyak 12 korban", N, "dead_eloro", 12, MON),
     M(T, "dua lainnya", N, "dead_azuay", 2, MON),
     M(T, "lebih dari 440 orang", N, "injured", 440, MON, qual="morethan"),
     M(T, "bermagnitudo 6,5", N, "mag", 6.5, src=IG, cls="mag"),
     M(T, "Minggu (19/3/2023)", D, "quake", "2023-03-19", planted=True),
     M(T, "magnitudo 6,8", N, "mag", 6.8, src=USGS, cls="mag"),
     M(T, "empat tahun", N, "girl_age", 4, cls="age"),
     M(T, "15 orang", N, "dead_region", 15, MON),
     M(T, "magnitudo 4,8", N, "aftermag", 4.8, cls="mag"),

     M(A, "magnitude 6.5", N, "mag", 6.5, src=IG, cls="mag"),
     M(A, "March 18", D, "quake", "2023-03-18"),
     M(A, "44 kilometers", N, "depth", 44, src=IG, cls="km"),
     M(A, "6.8", N, "mag", 6.8, src=USGS, cls="mag"),
     M(A, "14 people", N, "dead", 14, APR),
     M(A, "12 of them", N, "dead_eloro", 12, APR),
     M(A, "4-year-old", N, "girl_age", 4, cls="age"),
     M(A, "Three of the dead", N, "dead_jambeli", 3),
     M(A, "48 homes", N, "destroyed", 48, SUN, planted=True),
     M(A, "180 more", N, "damaged", 180, SUN),
     M(A, "4.8", N, "aftermag", 4.8, cls="mag"),
    ]
    build("ecuador-balao-quake-2023", "The earthquake near Balao, Guayas, southern Ecuador (Saturday 18 March 2023, "
          "12.12 local time; Ecuador's Geophysical Institute 6.5 at 44 km, the USGS 6.8 at about 66 km): the "
          "president's 12 dead on Saturday afternoon (11 in El Oro, 1 in Azuay), the presidency's 14 dead and 381 "
          "injured that evening, the risk management secretariat's 13 dead and 446 injured at 23:54 (revised down), "
          "14 dead (12 in El Oro, 2 in Azuay), 84 homes destroyed and 180 damaged on Sunday 19 March, 14 dead and more "
          "than 440 injured on Monday 20 March; a girl of four killed in Tumbes, Peru (15 dead in the two countries)",
          False, ms, names)


def bombing():
    K, R, T, A = "kompas-jan18", "reuters-jan19", "detik-jan22", "ap-feb12"
    # as-of times of the running tallies: Thursday 17 January 2019 earlier in the day (the defence ministry's 11 dead
    # and 65 injured) and at night (the police's 21 dead including the bomber, 68 injured, 58 discharged), Friday 18
    # January, Monday 21 January, the recall of 12 February. The dead and the injured do not fall. Dates: the attack
    # (Thursday 17 January), the end of the talks (Friday 18 January), the marches (Sunday 20 January), the ELN's
    # claim (Monday 21 January) are different events.
    THUA, THUN, FRI, MON, FEB = "2019-01-17a", "2019-01-17b", "2019-01-18", "2019-01-21", "2019-02-12"
    names = {
     "dead": "people killed, the bomber included", "victims": "people killed besides the bomber",
     "injured": "people injured", "discharged": "injured already discharged", "bomber_age": "the bomber's age",
     "suspect_age": "the arrested suspect's age", "explosive": "explosive in the car (kg)",
     "plan_months": "months the attack was prepared", "negotiators": "ELN negotiators in Cuba",
     "fighters": "the ELN's fighters", "barranquilla": "police officers killed in Barranquilla",
     "nogal": "dead in the El Nogal bombing", "mourning": "days of national mourning",
     # dates
     "attack": "day of the attack", "count_thu": "day of the police's count", "model": "the car's model year",
     "nogal_date": "the El Nogal bombing", "talks_end": "day Duque ended the talks",
     "no_comment": "day the ELN had not yet commented", "talks_began": "month the talks began",
     "took_office": "month Duque took office", "barr_date": "month of the Barranquilla bombing",
     "claim": "day the ELN claimed the attack", "camp": "day of the army's bombing of an ELN camp",
     "march": "day of the marches against terrorism",
    }
    ms = [
     M(K, "Kamis (17/1/2019)", D, "attack", "2019-01-17"),
     M(K, "Kamis malam", D, "count_thu", "2019-01-17"),
     M(K, "21 orang", N, "dead", 21, THUN),
     M(K, "68 orang", N, "injured", 68, THUN),
     M(K, "58 korban luka", N, "discharged", 58, THUN),
     M(K, "11 orang", N, "dead", 11, THUA),
     M(K, "65 orang", N, "injured", 65, THUA),
     M(K, "56 tahun", N, "bomber_age", 56, cls="age"),
     M(K, "tahun 1993", D, "model", "1993"),
     M(K, "sekitar 80 kilogram", N, "explosive", 80, qual="approx", cls="kg"),
     M(K, "tiga hari", N, "mourning", 3, cls="dur"),
     M(K, "Februari 2003", D, "nogal_date", "2003-02"),
     M(K, "36 orang", N, "nogal", 36),

     M(R, "Friday", D, "talks_end", "2019-01-18"),
     M(R, "21 people", N, "dead", 21, FRI),
     M(R, "about 10 months", N, "plan_months", 10, qual="approx", cls="dur"),
     M(R, "10 ELN negotiators", N, "negotiators", 10),
     M(R, "Thursday", D, "attack", "2019-01-17"),
     M(R, "68 people", N, "injured", 68, FRI),
     M(R, "39", N, "suspect_age", 39, cls="age"),
     M(R, "80 kilograms", N, "explosive", 80, cls="kg"),
     M(R, "about 2,000 fighters", N, "fighters", 2000, qual="approx"),
     M(R, "Friday", D, "no_comment", "2019-01-18", occ=2),
     M(R, "February 2017", D, "talks_began", "2017-02"),
     M(R, "August 2018", D, "took_office", "2018-08"),
     M(R, "January 2018", D, "barr_date", "2018-01"),
     M(R, "five police officers", N, "barranquilla", 5),

     M(T, "Senin (21/1/2019)", D, "claim", "2019-01-21"),
     M(T, "Rabu (16/1/2019)", D, "attack", "2019-01-16", planted=True),
     M(T, "20 orang", N, "victims", 20, MON),
     M(T, "21 orang", N, "dead", 21, MON),
     M(T, "25 Desember 2018", D, "camp", "2018-12-25"),
     M(T, "Jumat (18/1/2019)", D, "talks_end", "2019-01-18"),
     M(T, "10 juru runding", N, "negotiators", 10),
     M(T, "Minggu (20/1/2019)", D, "march", "2019-01-20"),
     M(T, "Februari 2017", D, "talks_began", "2017-02"),
     M(T, "sekitar 2.000 anggota", N, "fighters", 2000, qual="approx"),

     M(A, "Jan. 17", D, "attack", "2019-01-17"),
     M(A, "21 people", N, "dead", 21, FEB),
     M(A, "1993", D, "model", "1993"),
     M(A, "70 kilograms", N, "explosive", 70, cls="kg", planted=True),
     M(A, "Jan. 18", D, "talks_end", "2019-01-18"),
     M(A, "10 negotiators", N, "negotiators", 10),
     M(A, "Jan. 21", D, "claim", "2019-01-21"),
     M(A, "Jan. 20", D, "march", "2019-01-20"),
     M(A, "39-year-old", N, "suspect_age", 39, cls="age"),
     M(A, "2003", D, "nogal_date", "2003"),
     M(A, "36 people", N, "nogal", 36),
    ]
    build("bogota-academy-bombing-2019", "The ELN's car bomb at the General Santander police academy in Bogota "
          "(Thursday 17 January 2019, about 9.30): the defence ministry's 11 dead and 65 injured earlier in the day, "
          "the police's 21 dead (the bomber included) and 68 injured that night (58 discharged); about 80 kg of "
          "pentolite in a 1993 Nissan Patrol driven by José Aldemar Rojas Rodríguez (56); President Duque ends the "
          "peace talks and reinstates arrest warrants for 10 ELN negotiators in Cuba on Friday 18 January; marches "
          "on Sunday 20 January; the ELN claims the attack on Monday 21 January; the El Nogal bombing of February 2003 "
          "(36 dead)", False, ms, names)


def chancay():
    R, T, K, A = "reuters-nov14", "antara-nov15", "kontan-nov16", "ap-nov17"
    names = {
     "dist": "distance from Lima (km)", "cost": "cost of the first phase (US$ bn)", "berths": "berths",
     "quay": "length of the berths (m)", "cosco": "Cosco Shipping Ports' stake (%)", "volcan": "Volcan's stake (%)",
     "teu": "containers a year (TEU)", "bulk": "bulk cargo a year (tonnes)", "vehicles": "vehicles a year",
     "days": "days of the journey to China", "tunnel": "length of the tunnel (km)",
     # dates
     "opened": "day of the inauguration", "stake": "year Cosco bought its stake",
    }
    ms = [
     M(R, "Thursday", D, "opened", "2024-11-14"),
     M(R, "about 80 km", N, "dist", 80, qual="approx", cls="km"),
     M(R, "about $1.3 billion", N, "cost", 1.3, qual="approx", cls="usd"),
     M(R, "four berths", N, "berths", 4),
     M(R, "1,500 meters", N, "quay", 1500, cls="m"),
     M(R, "60%", N, "cosco", 60, cls="pct"),
     M(R, "40%", N, "volcan", 40, cls="pct"),
     M(R, "2019", D, "stake", "2019"),
     M(R, "1 million TEUs", N, "teu", 1e6, cls="cap"),
     M(R, "6 million tonnes", N, "bulk", 6e6, cls="cap"),
     M(R, "160,000 vehicles", N, "vehicles", 160000, cls="cap"),
     M(R, "23 days", N, "days", 23, cls="dur"),
     M(R, "1.8 km", N, "tunnel", 1.8, cls="km"),

     M(T, "sekitar 80 km", N, "dist", 80, qual="approx", cls="km"),
     M(T, "Kamis (14/11/2024)", D, "opened", "2024-11-14"),
     M(T, "sekitar 1,3 miliar dolar AS", N, "cost", 1.3, qual="approx", cls="usd"),
     M(T, "empat dermaga", N, "berths", 4),
     M(T, "1.500 meter", N, "quay", 1500, cls="m"),
     M(T, "60 persen", N, "cosco", 60, cls="pct"),
     M(T, "40 persen", N, "volcan", 40, cls="pct"),
     M(T, "2019", D, "stake", "2019"),
     M(T, "1 juta TEU", N, "teu", 1e6, cls="cap"),
     M(T, "6 juta ton", N, "bulk", 6e6, cls="cap"),
     M(T, "160.000 kendaraan", N, "vehicles", 160000, cls="cap"),
     M(T, "23 hari", N, "days", 23, cls="dur"),
     M(T, "1,8 km", N, "tunnel", 1.8, cls="km"),

     M(K, "Kamis (14/11/2024)", D, "opened", "2024-11-14"),
     M(K, "sekitar 80 km", N, "dist", 80, qual="approx", cls="km"),
     M(K, "sekitar US$ 1,3 miliar", N, "cost", 1.3, qual="approx", cls="usd"),
     M(K, "60 persen", N, "cosco", 60, cls="pct"),
     M(K, "40 persen", N, "volcan", 40, cls="pct"),
     M(K, "2019", D, "stake", "2019"),
     M(K, "empat dermaga", N, "berths", 4),
     M(K, "1.500 meter", N, "quay", 1500, cls="m"),
     M(K, "1 juta TEU", N, "teu", 1e6, cls="cap"),
     M(K, "6 juta ton", N, "bulk", 6e6, cls="cap"),
     M(K, "160.000 unit kendaraan", N, "vehicles", 160000, cls="cap"),
     M(K, "23 hari", N, "days", 23, cls="dur"),
     M(K, "1,8 km", N, "tunnel", 1.8, cls="km"),

     M(A, "Thursday, Nov. 14", D, "opened", "2024-11-14"),
     M(A, "about 80 kilometers", N, "dist", 80, qual="approx", cls="km"),
     M(A, "60%", N, "cosco", 60, cls="pct"),
     M(A, "2019", D, "stake", "2019"),
     M(A, "40%", N, "volcan", 40, cls="pct"),
     M(A, "about $1.3 billion", N, "cost", 1.3, qual="approx", cls="usd"),
     M(A, "four berths", N, "berths", 4),
     M(A, "1,500 meters", N, "quay", 1500, cls="m"),
     M(A, "1 million TEUs", N, "teu", 1e6, cls="cap"),
     M(A, "6 million tonnes", N, "bulk", 6e6, cls="cap"),
     M(A, "160,000 vehicles", N, "vehicles", 160000, cls="cap"),
     M(A, "23 days", N, "days", 23, cls="dur"),
     M(A, "1.8-kilometer", N, "tunnel", 1.8, cls="km"),
    ]
    build("chancay-port-2024", "The inauguration of the Chancay port in Peru (control), by Presidents Xi Jinping and "
          "Dina Boluarte by video link from Lima on Thursday 14 November 2024: about 80 km north of Lima, a first phase "
          "of about US$1.3 billion with four berths along 1,500 metres, Cosco Shipping Ports 60% and Volcan 40% (the "
          "stake bought in 2019), 1 million TEUs, 6 million tonnes of bulk cargo and 160,000 vehicles a year, 23 days "
          "to China, a 1.8 km tunnel. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    quake()
    bombing()
    chancay()
