"""The two-hundred-and-fifty-ninth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset259/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def halmahera():
    K, R, A, P = "kompas-jul15", "reuters-jul16", "antara-jul17", "ap-aug7"
    # as-of times of the running tallies: Monday 15 July 2019 (BNPB's briefing: 2 dead, more than 2,000 displaced,
    # 59 houses; the aftershocks by 07.00 and by 10.00 WIB), Tuesday 16 July (828 houses, the displaced still more than
    # 2,000), Wednesday 17 July (6 dead), the feature of 7 August (at least six). The dead, the houses and the
    # displaced do not fall here.
    MON, MON07, MON10, TUE, WED, AUG = "2019-07-15", "2019-07-15a", "2019-07-15b", "2019-07-16", "2019-07-17", \
        "2019-08-07"
    # The magnitude: BMKG's 7.2 (every uncredited 7.2 is the Indonesian agency's) against the USGS's 7.3 (sources).
    BMKG, USGS = "BMKG", "the US Geological Survey"
    names = {
     "mag": "the quake's magnitude", "dist": "distance of the epicentre from Labuha (km)", "depth": "depth (km)",
     "dead": "people killed", "dead_collapse": "dead under collapsed buildings", "dead_shelter": "dead in a shelter",
     "dead_gts": "dead from Gane Timur Selatan", "displaced": "people displaced", "shelters": "shelter sites",
     "houses": "houses damaged", "houses_saketa": "houses damaged in Saketa", "houses_ranga": "houses damaged in Ranga-Ranga",
     "aftershocks": "aftershocks recorded", "aftermax": "the strongest aftershock's magnitude",
     "aftermin": "the weakest aftershock's magnitude", "emergency": "days of the emergency period",
     "age": "age of the woman who died in a shelter",
     # dates
     "quake": "day of the earthquake", "asof_mon": "day of BNPB's Monday briefing",
     "asof_tue": "day houses stood at 828", "asof_wed": "day the toll stood at six",
     "emerg_end": "last day of the emergency period",
    }
    ms = [
     M(K, "dua orang", N, "dead", 2, MON),
     M(K, "bermagnitudo 7,2", N, "mag", 7.2, src=BMKG, cls="mag"),
     M(K, "Minggu (14/7/2019)", D, "quake", "2019-07-14"),
     M(K, "62 km", N, "dist", 62, cls="km"),
     M(K, "10 km", N, "depth", 10, cls="km"),
     M(K, "Senin (15/7/2019)", D, "asof_mon", "2019-07-15"),
     M(K, "Lebih dari 2.000 warga", N, "displaced", 2000, MON, qual="morethan"),
     M(K, "14 titik", N, "shelters", 14, MON),
     M(K, "59 rumah", N, "houses", 59, MON),
     M(K, "28 unit", N, "houses_saketa", 28, MON),
     M(K, "20 unit", N, "houses_ranga", 20, MON),
     M(K, "65 kali", N, "aftershocks", 65, MON07),
     M(K, "69 kali", N, "aftershocks", 69, MON10),
     M(K, "bermagnitudo 5,8", N, "aftermax", 5.8, cls="mag"),
     M(K, "bermagnitudo 3,1", N, "aftermin", 3.1, cls="mag"),
     M(K, "tujuh hari", N, "emergency", 7, cls="dur"),
     M(K, "21 Juli 2019", D, "emerg_end", "2019-07-21"),

     M(R, "828", N, "houses", 828, TUE),
     M(R, "magnitude 7.2", N, "mag", 7.2, src=BMKG, cls="mag"),
     M(R, "Tuesday", D, "asof_tue", "2019-07-16"),
     M(R, "Sunday", D, "quake", "2019-07-14"),
     M(R, "10 km", N, "depth", 10, cls="km"),
     M(R, "26 km", N, "dist", 26, cls="km", planted=True),
     M(R, "magnitude 7.3", N, "mag", 7.3, src=USGS, cls="mag"),
     M(R, "At least two people", N, "dead", 2, TUE, qual="atleast"),
     M(R, "more than 2,000 people", N, "displaced", 2000, TUE, qual="morethan"),
     M(R, "seven-day", N, "emergency", 7, cls="dur"),
     M(R, "July 21", D, "emerg_end", "2019-07-21"),

     M(A, "enam orang", N, "dead", 6, WED),
     M(A, "Rabu (17/7/2019)", D, "asof_wed", "2019-07-17"),
     M(A, "lima korban", N, "dead_collapse", 5, WED),
     M(A, "satu korban", N, "dead_shelter", 1, WED),
     M(A, "90 tahun", N, "age", 90, cls="age"),
     M(A, "Tiga korban", N, "dead_gts", 3, WED),
     M(A, "bermagnitudo 7,2", N, "mag", 7.2, src=BMKG, cls="mag"),
     M(A, "Sabtu (13/7/2019)", D, "quake", "2019-07-13", planted=True),
     M(A, "62 km", N, "dist", 62, cls="km"),
     M(A, "10 km", N, "depth", 10, cls="km"),
     M(A, "Senin (15/7/2019)", D, "asof_mon", "2019-07-15"),
     M(A, "dua korban", N, "dead", 2, MON),
     M(A, "59 rumah", N, "houses", 59, MON),
     M(A, "Selasa (16/7/2019)", D, "asof_tue", "2019-07-16"),
     M(A, "828 unit", N, "houses", 828, TUE),
     M(A, "Minggu (21/7/2019)", D, "emerg_end", "2019-07-21"),

     M(P, "magnitude 7.2", N, "mag", 7.2, src=BMKG, cls="mag"),
     M(P, "July 14", D, "quake", "2019-07-14"),
     M(P, "10 kilometers", N, "depth", 10, cls="km"),
     M(P, "about 62 kilometers", N, "dist", 62, qual="approx", cls="km"),
     M(P, "7.3", N, "mag", 7.3, src=USGS, cls="mag"),
     M(P, "at least six people", N, "dead", 6, AUG, qual="atleast"),
     M(P, "five of them", N, "dead_collapse", 5, AUG),
     M(P, "90-year-old", N, "age", 90, cls="age"),
     M(P, "July 21", D, "emerg_end", "2019-07-21"),
     M(P, "magnitude 5.8", N, "aftermax", 5.8, cls="mag"),
    ]
    build("halmahera-quake-2019", "The magnitude 7.2 earthquake in South Halmahera, North Maluku (Sunday 14 July 2019, "
          "16.10 WIB; BMKG 7.2, the USGS 7.3; 62 km northeast of Labuha, 10 km deep): BNPB's 2 dead, more than 2,000 "
          "displaced and 59 houses damaged on Monday 15 July, 828 houses on Tuesday 16 July, 6 dead on Wednesday 17 July "
          "(five under rubble, one in a shelter), at least six in a feature of 7 August; aftershocks 65 by 07.00 and 69 by "
          "10.00 WIB on Monday; a seven-day emergency to 21 July", False, ms, names)


def lestari():
    T, R, B, J = "detik-jul4", "reuters-jul5", "tribun-jul6", "jakpost-jul30"
    # as-of times: Tuesday 3 July 2018 in the afternoon (12 dead) and at 23.00 WITA (24 dead, 71 saved, 41 missing),
    # Wednesday 4 July (the transport minister's at least 34 dead and at least 155 rescued), Thursday 5 July (36 dead,
    # 166 survivors, 201 people aboard by the local data), the final count of 35 as reported on 30 July (a count
    # revised down: revision). The people aboard: the manifest's 139 against the Makassar search and rescue office's
    # 164 against the local count of 201 (sources).
    TUEPM, TUE23, WED, THU, FINAL = "2018-07-03a", "2018-07-03b", "2018-07-04", "2018-07-05", "2018-07-30"
    MAN, SAR, LOC = "the manifest", "the Makassar search and rescue office", "the local authorities' later data"
    names = {
     "dead": "people killed", "identified": "dead identified", "rescued": "people rescued alive",
     "missing": "people missing", "aboard": "people aboard", "capacity": "passenger capacity",
     "vehicles": "vehicles aboard", "motorbikes": "motorcycles aboard", "cars": "cars aboard",
     "trucks": "trucks and buses aboard", "officers": "ship's officers questioned", "dist": "distance from shore (m)",
     # dates
     "voyage": "day the ferry sailed and was run aground", "count_tue": "day of the count of 24",
     "bnpb": "day BNPB gave the count of 24", "minister": "day the transport minister came to Selayar",
     "count_thu": "day of the count of 36", "mensos": "day of the social affairs minister's visit",
    }
    ms = [
     M(T, "24 orang", N, "dead", 24, TUE23),
     M(T, "Selasa (3/7/2018)", D, "count_tue", "2018-07-03"),
     M(T, "Rabu (4/7/2018)", D, "bnpb", "2018-07-04"),
     M(T, "12 korban tewas", N, "dead", 12, TUEPM),
     M(T, "71 penumpang", N, "rescued", 71, TUE23),
     M(T, "41 orang", N, "missing", 41, TUE23, fall=True),
     M(T, "139 penumpang", N, "aboard", 139, src=MAN),
     M(T, "48 kendaraan", N, "vehicles", 48),
     M(T, "18 sepeda motor", N, "motorbikes", 18),
     M(T, "14 mobil", N, "cars", 14),
     M(T, "16 truk", N, "trucks", 16),
     M(T, "Selasa siang", D, "voyage", "2018-07-03"),
     M(T, "sekitar 300 meter", N, "dist", 300, qual="approx", cls="m"),
     M(T, "250 penumpang", N, "capacity", 250),

     M(R, "At least 34 people", N, "dead", 34, WED, qual="atleast"),
     M(R, "Wednesday", D, "minister", "2018-07-04"),
     M(R, "At least 155 people", N, "rescued", 155, WED, qual="atleast"),
     M(R, "139 passengers", N, "aboard", 139, src=MAN),
     M(R, "164 people", N, "aboard", 164, src=SAR),
     M(R, "Monday", D, "voyage", "2018-07-02", planted=True),
     M(R, "about 300 metres", N, "dist", 300, qual="approx", cls="m"),
     M(R, "48 vehicles", N, "vehicles", 48),

     M(B, "36 orang", N, "dead", 36, THU),
     M(B, "Kamis (5/7/2018)", D, "count_thu", "2018-07-05"),
     M(B, "35 di antaranya", N, "identified", 35, THU),
     M(B, "166 orang", N, "rescued", 166, THU),
     M(B, "201 orang", N, "aboard", 201, THU, src=LOC),
     M(B, "193 penumpang", N, "aboard", 193, src=MAN, planted=True),
     M(B, "164 orang", N, "aboard", 164, src=SAR),
     M(B, "Selasa (3/7/2018)", D, "voyage", "2018-07-03"),
     M(B, "tiga mualim", N, "officers", 3),
     M(B, "Jumat (6/7/2018)", D, "mensos", "2018-07-06"),
     M(B, "Rabu (4/7/2018)", D, "minister", "2018-07-04"),
     M(B, "48 kendaraan", N, "vehicles", 48),

     M(J, "35", N, "dead", 35, FINAL),
     M(J, "139 passengers", N, "aboard", 139, src=MAN),
     M(J, "July 3", D, "voyage", "2018-07-03"),
     M(J, "250 passengers", N, "capacity", 250),
     M(J, "48 vehicles", N, "vehicles", 48),
     M(J, "three of his officers", N, "officers", 3),
     M(J, "about 300 meters", N, "dist", 300, qual="approx", cls="m"),
    ]
    build("lestari-maju-2018", "The ferry KM Lestari Maju run aground off Selayar, South Sulawesi (Tuesday 3 July 2018, "
          "from Bira to Pamatata): the dead 12 on Tuesday afternoon -> 24 by 23.00 WITA -> at least 34 on Wednesday 4 "
          "July (the transport minister) -> 36 on Thursday 5 July -> the final 35 (revised down); survivors 71 -> at "
          "least 155 -> 166; people aboard by the manifest (139), the Makassar search and rescue office (164) and later "
          "data (201); 48 vehicles, capacity 250", False, ms, names)


def komodo():
    K, R, T, J = "kompas-jul21", "reuters-jul22", "tempo-jul23", "jakpost-jul25"
    names = {
     "fee": "the new visit fee (million rupiah)", "study_lo": "the study's lower conservation cost (million rupiah)",
     "study_hi": "the study's upper conservation cost (million rupiah)", "old_dom_lo": "old domestic ticket, low",
     "old_dom_hi": "old domestic ticket, high", "old_for_lo": "old foreign ticket, low",
     "old_for_hi": "old foreign ticket, high", "quota": "visitors allowed a year", "valid": "years the fee covers",
     # dates
     "start": "day the fee takes effect", "visit": "day of the president's visit",
     "cutoff": "last day to buy old tickets", "grace": "day old tickets expire",
    }
    ms = [
     M(K, "Rp3,75 juta", N, "fee", 3.75, cls="rpm"),
     M(K, "1 Agustus 2022", D, "start", "2022-08-01"),
     M(K, "1 Agustus 2022", D, "start", "2022-08-01", occ=2),
     M(K, "satu tahun", N, "valid", 1, cls="dur"),
     M(K, "sekitar 200.000 wisatawan", N, "quota", 200000, qual="approx"),
     M(K, "Kamis (21/7/2022)", D, "visit", "2022-07-21"),
     M(K, "Rp5.000", N, "old_dom_lo", 5000, cls="rp"),
     M(K, "Rp7.500", N, "old_dom_hi", 7500, cls="rp"),
     M(K, "Rp150.000", N, "old_for_lo", 150000, cls="rp"),
     M(K, "Rp225.000", N, "old_for_hi", 225000, cls="rp"),
     M(K, "Rp2,9 juta", N, "study_lo", 2.9, cls="rpm"),
     M(K, "Rp5,8 juta", N, "study_hi", 5.8, cls="rpm"),
     M(K, "31 Juli 2022", D, "cutoff", "2022-07-31"),
     M(K, "31 Desember 2022", D, "grace", "2022-12-31"),

     M(R, "3.75 million rupiah", N, "fee", 3.75, cls="rpm"),
     M(R, "Aug. 1", D, "start", "2022-08-01"),
     M(R, "Aug. 1", D, "start", "2022-08-01", occ=2),
     M(R, "one year", N, "valid", 1, cls="dur"),
     M(R, "5,000", N, "old_dom_lo", 5000, cls="rp"),
     M(R, "7,500 rupiah", N, "old_dom_hi", 7500, cls="rp"),
     M(R, "150,000", N, "old_for_lo", 150000, cls="rp"),
     M(R, "225,000 rupiah", N, "old_for_hi", 225000, cls="rp"),
     M(R, "about 200,000 people", N, "quota", 200000, qual="approx"),
     M(R, "Thursday", D, "visit", "2022-07-21"),
     M(R, "2.9 million", N, "study_lo", 2.9, cls="rpm"),
     M(R, "5.8 million rupiah", N, "study_hi", 5.8, cls="rpm"),
     M(R, "July 31", D, "cutoff", "2022-07-31"),
     M(R, "Dec. 31", D, "grace", "2022-12-31"),

     M(T, "Rp3,75 juta", N, "fee", 3.75, cls="rpm"),
     M(T, "1 Agustus 2022", D, "start", "2022-08-01"),
     M(T, "1 Agustus 2022", D, "start", "2022-08-01", occ=2),
     M(T, "satu tahun", N, "valid", 1, cls="dur"),
     M(T, "sekitar 200.000 orang", N, "quota", 200000, qual="approx"),
     M(T, "Rp5.000", N, "old_dom_lo", 5000, cls="rp"),
     M(T, "Rp7.500", N, "old_dom_hi", 7500, cls="rp"),
     M(T, "Rp150.000", N, "old_for_lo", 150000, cls="rp"),
     M(T, "Rp225.000", N, "old_for_hi", 225000, cls="rp"),
     M(T, "Rp3,75 juta", N, "fee", 3.75, cls="rpm", occ=2),
     M(T, "Rp2,9 juta", N, "study_lo", 2.9, cls="rpm"),
     M(T, "Rp5,8 juta", N, "study_hi", 5.8, cls="rpm"),
     M(T, "Kamis (21/7/2022)", D, "visit", "2022-07-21"),
     M(T, "31 Juli 2022", D, "cutoff", "2022-07-31"),
     M(T, "31 Desember 2022", D, "grace", "2022-12-31"),

     M(J, "Rp 3.75 million", N, "fee", 3.75, cls="rpm"),
     M(J, "one year", N, "valid", 1, cls="dur"),
     M(J, "Aug. 1, 2022", D, "start", "2022-08-01"),
     M(J, "about 200,000", N, "quota", 200000, qual="approx"),
     M(J, "Rp 5,000", N, "old_dom_lo", 5000, cls="rp"),
     M(J, "Rp 7,500", N, "old_dom_hi", 7500, cls="rp"),
     M(J, "Rp 150,000", N, "old_for_lo", 150000, cls="rp"),
     M(J, "Rp 225,000", N, "old_for_hi", 225000, cls="rp"),
     M(J, "Rp 2.9 million", N, "study_lo", 2.9, cls="rpm"),
     M(J, "Rp 5.8 million", N, "study_hi", 5.8, cls="rpm"),
     M(J, "Thursday", D, "visit", "2022-07-21"),
     M(J, "July 31", D, "cutoff", "2022-07-31"),
     M(J, "Dec. 31, 2022", D, "grace", "2022-12-31"),
    ]
    build("komodo-fee-2022", "The East Nusa Tenggara provincial government's visit fee for Komodo and Padar islands "
          "(control), explained by the president in Labuan Bajo on Thursday 21 July 2022: Rp3.75 million per person for "
          "one year from 1 August 2022, a quota of about 200,000 visitors a year, registration through the INISA app, "
          "the old tickets (Rp5,000-7,500 domestic, Rp150,000-225,000 foreign), a study's conservation cost of Rp2.9 to "
          "5.8 million, tickets bought before 31 July valid to 31 December 2022. Zero conflicts expected.", True, ms,
          names)


if __name__ == "__main__":
    halmahera()
    lestari()
    komodo()
