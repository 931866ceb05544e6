"""The twenty-first development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset21/facts.py`` (``--show`` prints
each mention in its context).
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def copiapo():
    A, R, K, P, T = "antara-aug06", "reuters-aug08", "kompas-aug23", "ap-oct10", "tempo-oct14"
    names = {
     "trapped": "miners trapped in the San José mine", "chileans": "Chileans among the trapped",
     "rescuers_aug": "rescue workers at the site on 6 August", "quake_dead": "dead in the February 2010 earthquake",
     "rescuers_down": "rescuers who went down the shaft", "journalists": "journalists covering the rescue",
     "depth_men": "depth of the trapped miners (m)", "dist_copiapo": "distance from Copiapó (m)",
     "dist_santiago": "distance from Santiago (m)", "dist_entrance": "distance from the mine entrance (m)",
     "probe": "depth at which the probe reached the refuge (m)", "shaft": "depth of the rescue shaft (m)",
     "planc": "depth reached by the Plan C rig (m)", "capsule": "width of the rescue capsule (m)",
     "supply": "hours the refuge's supplies last", "ration": "hours between rations", "eta": "rescue time foreseen in August",
     "days_under": "days the miners had been underground", "drill_days": "days of drilling for Plan B",
     "trip": "minutes a capsule trip takes", "camp": "time relatives had camped at the mine",
     "rescue_len": "hours from the first to the last miner out", "magnitude": "magnitude of the 2010 earthquake",
     "weight": "weight each miner lost (kg)", "youngest": "age of the youngest miner", "oldest": "age of the oldest miner",
     # dates
     "collapse": "day of the collapse", "arrive": "day Golborne was due at the site", "closed": "year the mine was shut",
     "collapse2": "day of the second collapse", "recount": "day the count was lowered to 33",
     "visit": "day Piñera visited the site", "quake": "day of the 2010 earthquake", "found": "day the miners were found",
     "planb_start": "day Plan B began drilling", "breakthrough": "day Plan B broke through",
     "rescue": "day of the lift", "gonzalez": "day the last rescuer came up",
    }
    ms = [
     M(A, "34 penambang", N, "trapped", 34, "2010-08-06"),
     M(A, "sekitar 45 kilometer", N, "dist_copiapo", 45000, qual="approx", cls="len"),
     M(A, "kira-kira 800 kilometer", N, "dist_santiago", 800000, qual="approx", cls="len"),
     M(A, "sekitar 700 meter", N, "depth_men", 700, qual="approx", cls="len"),
     M(A, "kira-kira 5 kilometer", N, "dist_entrance", 5000, qual="approx", cls="len"),
     M(A, "sekitar 48 jam", N, "supply", 48, qual="approx", cls="dur"),
     M(A, "Sekitar 150 petugas", N, "rescuers_aug", 150, qual="approx"),
     M(A, "Kamis (5/8/2010)", D, "collapse", "2010-08-05"),
     M(A, "Jumat (6/8/2010)", D, "arrive", "2010-08-06"),
     M(A, "2007", D, "closed", "2007"),

     M(R, "33 miners", N, "trapped", 33, "2010-08-07"),
     M(R, "33", N, "trapped", 33, "2010-08-07", occ=2),
     M(R, "about 700 meters", N, "depth_men", 700, qual="approx", cls="len"),
     M(R, "some 5 km", N, "dist_entrance", 5000, qual="approx", cls="len"),
     M(R, "Thirty-two", N, "chileans", 32),
     M(R, "8.8", N, "magnitude", 8.8, cls="mag"),
     M(R, "more than 500 people", N, "quake_dead", 500, qual="morethan"),
     M(R, "Saturday", D, "collapse2", "2010-08-07"),
     M(R, "Saturday", D, "recount", "2010-08-07", occ=2),
     M(R, "Saturday", D, "visit", "2010-08-07", occ=3),
     M(R, "Feb. 27", D, "quake", "2010-02-27"),
     M(R, "2007", D, "closed", "2007"),

     M(K, "33 penambang", N, "trapped", 33, "2010-08-07"),
     M(K, "17 hari", N, "days_under", 17, "2010-08-22", cls="dur"),
     M(K, "688 meter", N, "probe", 688, cls="len"),
     M(K, "48 jam", N, "ration", 48, cls="dur"),
     M(K, "tiga hingga empat bulan", N, "eta", 105, qual="approx", cls="dur"),
     M(K, "sekitar 8 kilogram", N, "weight", 8, qual="approx", cls="weight"),
     M(K, "32", N, "chileans", 32),
     M(K, "19 tahun", N, "youngest", 19, cls="age"),
     M(K, "63 tahun", N, "oldest", 63, cls="age"),
     M(K, "Minggu (22/8/2010)", D, "found", "2010-08-22"),

     M(P, "33 miners", N, "trapped", 33, "2010-08-07"),
     M(P, "622 meters", N, "shaft", 622, cls="len"),
     M(P, "33 days", N, "drill_days", 33, cls="dur"),
     M(P, "65 days", N, "days_under", 65, "2010-10-09", cls="dur"),
     M(P, "54 centimeters", N, "capsule", 0.54, cls="len"),
     M(P, "about 15 minutes", N, "trip", 15, qual="approx", cls="dur"),
     M(P, "about 500 meters", N, "planc", 500, qual="approx", cls="len"),
     M(P, "more than 1,300 journalists", N, "journalists", 1300, qual="morethan", src="the government's press office"),
     M(P, "two months", N, "camp", 60, qual="approx", cls="dur"),
     M(P, "Saturday", D, "breakthrough", "2010-10-09"),
     M(P, "Sept. 5", D, "planb_start", "2010-09-05"),
     M(P, "Wednesday", D, "rescue", "2010-10-13"),

     M(T, "33 penambang", N, "trapped", 33, "2010-08-07"),
     M(T, "69 hari", N, "days_under", 69, "2010-10-13", cls="dur"),
     M(T, "sekitar 700 meter", N, "depth_men", 700, qual="approx", cls="len"),
     M(T, "hampir 22 jam", N, "rescue_len", 22, qual="nearly", cls="dur"),
     M(T, "45 sentimeter", N, "capsule", 0.45, cls="len", planted=True),
     M(T, "622 meter", N, "shaft", 622, cls="len"),
     M(T, "sekitar 15 menit", N, "trip", 15, qual="approx", cls="dur"),
     M(T, "Enam petugas penyelamat", N, "rescuers_down", 6),
     M(T, "19 tahun", N, "youngest", 19, cls="age"),
     M(T, "63 tahun", N, "oldest", 63, cls="age"),
     M(T, "sekitar 2.000 wartawan", N, "journalists", 2000, qual="approx", src="the local police"),
     M(T, "17 hari", N, "days_under", 17, "2010-08-22", cls="dur"),
     M(T, "Rabu (13/10/2010)", D, "rescue", "2010-10-13"),
     M(T, "Kamis (14/10/2010)", D, "gonzalez", "2010-10-14"),
     M(T, "22 Agustus", D, "found", "2010-08-22"),
     M(T, "5 Agustus", D, "collapse", "2010-08-05"),
    ]
    build("copiapo-mine-2010", "San José mine collapse and rescue near Copiapó, Chile (5 August - 13 October 2010): "
          "the trapped first counted as 34 and lowered to 33 two days later, about 700 m down, found alive on 22 August "
          "after 17 days by a probe at 688 m, the 622 m Plan B shaft through on 9 October after 33 days of drilling, "
          "days underground 17 -> 65 -> 69, the capsule's width, two sources' counts of journalists, the 2010 "
          "earthquake recalled; dates of the two collapses, the find, the drill's start and breakthrough, the lift",
          False, ms, names)


def brazil():
    Rt, An, Ap, Dt, G = "reuters-oct03", "antara-oct31", "apnews-nov02", "detik-nov04", "guardian-jun30"
    PRF = "the federal highway police"
    names = {
     "lula1": "Lula's first-round share", "bolso1": "Bolsonaro's first-round share",
     "lula1_votes": "Lula's first-round votes", "bolso1_votes": "Bolsonaro's first-round votes",
     "lead1": "Lula's first-round lead in votes", "poll_lula": "Lula's share in Datafolha's last poll",
     "poll_bolso": "Bolsonaro's share in Datafolha's last poll", "tebet": "Tebet's first-round share",
     "ciro": "Gomes's first-round share", "pl_seats": "Liberal Party seats in the lower house",
     "chamber": "seats in the lower house", "turnout1": "first-round turnout", "agemin": "compulsory voting from age",
     "agemax": "compulsory voting to age", "weeks": "weeks to the runoff", "lula_age": "Lula's age",
     "lula2": "Lula's runoff share", "bolso2": "Bolsonaro's runoff share", "lula2_votes": "Lula's runoff votes",
     "bolso2_votes": "Bolsonaro's runoff votes", "margin2": "runoff margin in votes", "jail": "days Lula spent in jail",
     "bolso2018": "Bolsonaro's 2018 runoff share", "turnout2": "runoff turnout", "registered": "registered voters",
     "speech": "length of Bolsonaro's speech", "silence": "hours from the result to the speech",
     "lula2006": "Lula's votes in the 2006 runoff", "cleared": "blockades cleared by the highway police",
     "active": "blockades still in place", "gap": "days between the speech and the transition meeting",
     "ban": "length of Bolsonaro's ban", "judges_for": "judges voting for the ban", "judges": "judges of the court",
     "judges_against": "judges voting against the ban", "bolso_age": "Bolsonaro's age", "flight": "days between "
     "Bolsonaro's flight and the inauguration",
     # dates
     "round1": "day of the first round", "runoff": "day of the runoff", "poll_day": "day of Datafolha's last poll",
     "lula_night": "day Lula spoke after the first round", "from": "year Lula's first term began",
     "to": "year Lula's second term ended", "y1989": "year direct elections resumed", "birthday": "Lula's birthday",
     "inaug": "Lula's inauguration", "y1997": "year re-election was allowed", "nostatement": "day Bolsonaro was still silent",
     "speechday": "day of Bolsonaro's speech", "order": "day Moraes ordered the roads cleared",
     "count_tue": "day of the highway police's Tuesday count", "y2006": "year of Lula's re-election",
     "meeting": "day of the first transition meeting", "count_thu": "day of the highway police's Thursday count",
     "assoc_day": "day of the truckers' association's claim", "certify": "day the court certifies Lula",
     "barracks": "day of protests at army barracks", "ruling": "day the court barred Bolsonaro",
     "ambassadors": "day of the meeting with ambassadors", "y2022": "year of the election", "y2030": "year the ban ends",
     "riots": "day supporters stormed the buildings in Brasília",
    }
    ms = [
     M(Rt, "48.4%", N, "lula1", 48.4, qual="approx", cls="pct"),
     M(Rt, "43.2%", N, "bolso1", 43.2, cls="pct"),
     M(Rt, "57,259,504 votes", N, "lula1_votes", 57259504, cls="votes"),
     M(Rt, "51,072,345", N, "bolso1_votes", 51072345, cls="votes"),
     M(Rt, "just over 6 million", N, "lead1", 6e6, qual="morethan", cls="votes"),
     M(Rt, "50%", N, "poll_lula", 50, cls="pct"),
     M(Rt, "36%", N, "poll_bolso", 36, cls="pct"),
     M(Rt, "4.2%", N, "tebet", 4.2, qual="approx", cls="pct"),
     M(Rt, "3.0%", N, "ciro", 3.0, qual="approx", cls="pct"),
     M(Rt, "99", N, "pl_seats", 99, cls="seats"),
     M(Rt, "513 seats", N, "chamber", 513, cls="seats"),
     M(Rt, "about 79%", N, "turnout1", 79, qual="approx", cls="pct"),
     M(Rt, "18", N, "agemin", 18, cls="age"),
     M(Rt, "70", N, "agemax", 70, cls="age"),
     M(Rt, "four more weeks", N, "weeks", 4, cls="dur"),
     M(Rt, "76", N, "lula_age", 76, "2022-10-02", cls="age"),
     M(Rt, "Sunday", D, "round1", "2022-10-02"),
     M(Rt, "Oct. 30", D, "runoff", "2022-10-30"),
     M(Rt, "Saturday", D, "poll_day", "2022-10-01"),
     M(Rt, "Sunday", D, "lula_night", "2022-10-02", occ=2),
     M(Rt, "2003", D, "from", "2003"),
     M(Rt, "2010", D, "to", "2010"),

     M(An, "50,9 persen", N, "lula2", 50.9, cls="pct"),
     M(An, "49,1 persen", N, "bolso2", 49.1, cls="pct"),
     M(An, "60.345.999 suara", N, "lula2_votes", 60345999, cls="votes"),
     M(An, "58.206.354 suara", N, "bolso2_votes", 58206354, cls="votes"),
     M(An, "sekitar 2,1 juta suara", N, "margin2", 2.1e6, qual="approx", cls="votes"),
     M(An, "77 tahun", N, "lula_age", 77, "2022-10-27", cls="age"),
     M(An, "580 hari", N, "jail", 580, cls="dur"),
     M(An, "55,1 persen", N, "bolso2018", 55.1, cls="pct"),
     M(An, "79,4 persen", N, "turnout2", 79.4, cls="pct"),
     M(An, "sekitar 156 juta pemilih", N, "registered", 156e6, qual="approx", cls="votes"),
     M(An, "Minggu (30/10/2022)", D, "runoff", "2022-10-30"),
     M(An, "1989", D, "y1989", "1989"),
     M(An, "Kamis (27/10/2022)", D, "birthday", "2022-10-27"),
     M(An, "1 Januari 2023", D, "inaug", "2023-01-01"),
     M(An, "2003", D, "from", "2003"),
     M(An, "2010", D, "to", "2010"),
     M(An, "1997", D, "y1997", "1997"),
     M(An, "Senin (31/10/2022)", D, "nostatement", "2022-10-31"),

     M(Ap, "about two minutes", N, "speech", 2, qual="approx", cls="dur"),
     M(Ap, "nearly 45 hours", N, "silence", 45, qual="nearly", cls="dur"),
     M(Ap, "58 million Brazilians", N, "bolso2_votes", 58e6, qual="approx", cls="votes"),
     M(Ap, "50.9%", N, "lula2", 50.9, cls="pct"),
     M(Ap, "49.1%", N, "bolso2", 49.1, cls="pct"),
     M(Ap, "about 2.1 million votes", N, "margin2", 2.1e6, qual="approx", cls="votes"),
     M(Ap, "60.3 million votes", N, "lula2_votes", 60.3e6, qual="approx", cls="votes"),
     M(Ap, "58.3 million", N, "lula2006", 58.3e6, qual="approx", cls="votes"),
     M(Ap, "601 blockades", N, "cleared", 601, "2022-11-01T22", src=PRF),
     M(Ap, "167", N, "active", 167, "2022-11-01T22", src=PRF, fall=True),
     M(Ap, "Tuesday", D, "speechday", "2022-11-01"),
     M(Ap, "Sunday", D, "runoff", "2022-10-30"),
     M(Ap, "2006", D, "y2006", "2006"),
     M(Ap, "Monday", D, "order", "2022-10-31"),
     M(Ap, "Tuesday", D, "count_tue", "2022-11-01", occ=2),
     M(Ap, "Jan. 1", D, "inaug", "2023-01-01"),

     M(Dt, "dua hari", N, "gap", 2, cls="dur"),
     M(Dt, "50,09 persen", N, "lula2", 50.09, cls="pct", planted=True),
     M(Dt, "834 blokade", N, "cleared", 834, "2022-11-03", src=PRF),
     M(Dt, "40 titik", N, "active", 40, "2022-11-03", src=PRF, fall=True),
     M(Dt, "lebih dari 400 titik blokade", N, "active", 400, "2022-11-01T22", qual="morethan",
       src="a truckers' association", fall=True),
     M(Dt, "77 tahun", N, "lula_age", 77, "2022-10-27", cls="age"),
     M(Dt, "Kamis (3/11/2022)", D, "meeting", "2022-11-03"),
     M(Dt, "Selasa (1/11/2022)", D, "speechday", "2022-11-01"),
     M(Dt, "Minggu (30/10/2022)", D, "runoff", "2022-10-30"),
     M(Dt, "Kamis", D, "count_thu", "2022-11-03", occ=2),
     M(Dt, "Selasa", D, "assoc_day", "2022-11-01", occ=2),
     M(Dt, "12 Desember", D, "certify", "2022-12-12"),
     M(Dt, "1 Januari 2023", D, "inaug", "2023-01-01"),
     M(Dt, "Rabu (2/11/2022)", D, "barracks", "2022-11-02"),

     M(G, "eight years", N, "ban", 8, cls="dur"),
     M(G, "Five", N, "judges_for", 5, cls="judges"),
     M(G, "seven judges", N, "judges", 7, cls="judges"),
     M(G, "two", N, "judges_against", 2, cls="judges"),
     M(G, "68", N, "bolso_age", 68, cls="age"),
     M(G, "50.9%", N, "lula2", 50.9, cls="pct"),
     M(G, "49.1%", N, "bolso2", 49.1, cls="pct"),
     M(G, "about 2.1m votes", N, "margin2", 2.1e6, qual="approx", cls="votes"),
     M(G, "two days", N, "flight", 2, cls="dur"),
     M(G, "Friday", D, "ruling", "2023-06-30"),
     M(G, "18 July 2022", D, "ambassadors", "2022-07-18"),
     M(G, "2022", D, "y2022", "2022", occ=2),
     M(G, "2030", D, "y2030", "2030"),
     M(G, "31 October 2022", D, "runoff", "2022-10-31", planted=True),
     M(G, "1 January", D, "inaug", "2023-01-01"),
     M(G, "8 January", D, "riots", "2023-01-08"),
    ]
    build("brazil-election-2022", "Brazil's presidential election of 2022: the first round on Sunday 2 October (Lula "
          "48.4%, Bolsonaro 43.2%, the last poll's 50% and 36%, seats of the lower house) and the runoff on Sunday 30 "
          "October (Lula 50.9% and 60,345,999 votes, Bolsonaro 49.1% and 58,206,354, a margin of about 2.1 million; "
          "Lula's 58.3 million of 2006 and Bolsonaro's 55.1% of 2018 recalled), Lula's age 76 -> 77, Bolsonaro's "
          "speech two days later and the transition, blockades cleared (601 -> 834) and still in place (167 -> 40, "
          "more than 400 by a truckers' association), the electoral court's eight-year ban eight months later; dates "
          "of the two rounds, the speech, the court's order, the meeting, the certification, the inauguration, the "
          "riots and the ruling", False, ms, names)


def sensus():
    A, J, K, P = "antara-dec04", "jakartaglobe-dec05", "kontan-dec06", "jakartapost-dec08"
    O, N23 = "2013", "2023"
    names = {
     "utp": "individual farm businesses", "rtup": "farming households", "gurem": "smallholder households",
     "milenial": "millennial farmers", "utp_pct": "fall in individual farm businesses",
     "rtup_pct": "rise in farming households", "gurem_pct": "rise in smallholder households",
     "milenial_pct": "millennials' share of farmers", "provinces": "provinces covered", "hectare": "smallholding limit (ha)",
     "age_lo": "millennial farmers from age", "age_hi": "millennial farmers to age", "decade": "years since the last census",
     "interval": "years between censuses", "fieldwork": "months of fieldwork",
     # dates
     "announce": "day the results were released", "start": "first day of fieldwork", "end": "last day of fieldwork",
     "y1963": "year of the first census", "st2013": "year of the previous census", "st2023": "year of this census",
     "y2024": "year of the detailed results", "y2033": "year of the next census",
    }
    ms = [
     M(A, "29.360.833 unit", N, "utp", 29360833, N23, fall=True),
     M(A, "7,42 persen", N, "utp_pct", 7.42, cls="pct"),
     M(A, "31,72 juta unit", N, "utp", 31.72e6, O, "approx", fall=True),
     M(A, "8,74 persen", N, "rtup_pct", 8.74, cls="pct"),
     M(A, "28.419.398 rumah tangga", N, "rtup", 28419398, N23),
     M(A, "26,14 juta rumah tangga", N, "rtup", 26.14e6, O, "approx"),
     M(A, "sepuluh tahun", N, "decade", 10, cls="dur"),
     M(A, "0,5 hektare", N, "hectare", 0.5, cls="area"),
     M(A, "18,49 persen", N, "gurem_pct", 18.49, cls="pct"),
     M(A, "16,89 juta rumah tangga", N, "gurem", 16.89e6, N23, "approx"),
     M(A, "14,25 juta rumah tangga", N, "gurem", 14.25e6, O, "approx"),
     M(A, "6,18 juta petani milenial", N, "milenial", 6.18e6, qual="approx"),
     M(A, "19", N, "age_lo", 19, cls="age"),
     M(A, "39 tahun", N, "age_hi", 39, cls="age"),
     M(A, "21,93 persen", N, "milenial_pct", 21.93, cls="pct"),
     M(A, "38 provinsi", N, "provinces", 38),
     M(A, "sepuluh tahun", N, "interval", 10, cls="dur", occ=2),
     M(A, "2023", D, "st2023", "2023"),
     M(A, "2013", D, "st2013", "2013"),
     M(A, "Senin (4/12/2023)", D, "announce", "2023-12-04"),
     M(A, "1 Juni", D, "start", "2023-06-01"),
     M(A, "31 Juli 2023", D, "end", "2023-07-31"),
     M(A, "1963", D, "y1963", "1963"),
     M(A, "2024", D, "y2024", "2024"),

     M(J, "7.42 percent", N, "utp_pct", 7.42, cls="pct"),
     M(J, "29.36 million", N, "utp", 29.36e6, N23, "approx", fall=True),
     M(J, "31.72 million", N, "utp", 31.72e6, O, "approx", fall=True),
     M(J, "8.74 percent", N, "rtup_pct", 8.74, cls="pct"),
     M(J, "28.42 million", N, "rtup", 28.42e6, N23, "approx"),
     M(J, "26.14 million", N, "rtup", 26.14e6, O, "approx"),
     M(J, "0.5 hectares", N, "hectare", 0.5, cls="area"),
     M(J, "18.49 percent", N, "gurem_pct", 18.49, cls="pct"),
     M(J, "16.89 million", N, "gurem", 16.89e6, N23, "approx"),
     M(J, "14.25 million", N, "gurem", 14.25e6, O, "approx"),
     M(J, "19", N, "age_lo", 19, cls="age"),
     M(J, "39", N, "age_hi", 39, cls="age"),
     M(J, "6.18 million", N, "milenial", 6.18e6, qual="approx"),
     M(J, "21.93 percent", N, "milenial_pct", 21.93, cls="pct"),
     M(J, "38 provinces", N, "provinces", 38),
     M(J, "2023", D, "st2023", "2023"),
     M(J, "Monday", D, "announce", "2023-12-04"),
     M(J, "2013", D, "st2013", "2013"),
     M(J, "June 1", D, "start", "2023-06-01"),
     M(J, "July 31", D, "end", "2023-07-31"),
     M(J, "1963", D, "y1963", "1963"),

     M(K, "16,89 juta", N, "gurem", 16.89e6, N23, "approx"),
     M(K, "18,49 persen", N, "gurem_pct", 18.49, cls="pct"),
     M(K, "14,25 juta rumah tangga", N, "gurem", 14.25e6, O, "approx"),
     M(K, "29,36 juta unit", N, "utp", 29.36e6, N23, "approx", fall=True),
     M(K, "31,72 juta unit", N, "utp", 31.72e6, O, "approx", fall=True),
     M(K, "28,42 juta", N, "rtup", 28.42e6, N23, "approx"),
     M(K, "26,14 juta", N, "rtup", 26.14e6, O, "approx"),
     M(K, "0,5 hektare", N, "hectare", 0.5, cls="area"),
     M(K, "6,18 juta orang", N, "milenial", 6.18e6, qual="approx"),
     M(K, "21,93 persen", N, "milenial_pct", 21.93, cls="pct"),
     M(K, "dua bulan", N, "fieldwork", 2, cls="dur"),
     M(K, "2023", D, "st2023", "2023"),
     M(K, "Senin (4/12/2023)", D, "announce", "2023-12-04"),
     M(K, "2013", D, "st2013", "2013"),
     M(K, "Juli 2023", D, "end", "2023-07"),
     M(K, "2033", D, "y2033", "2033"),

     M(P, "0.5 hectares", N, "hectare", 0.5, cls="area"),
     M(P, "16.89 million", N, "gurem", 16.89e6, N23, "approx"),
     M(P, "18.49 percent", N, "gurem_pct", 18.49, cls="pct"),
     M(P, "14.25 million", N, "gurem", 14.25e6, O, "approx"),
     M(P, "7.42 percent", N, "utp_pct", 7.42, cls="pct"),
     M(P, "29,360,833", N, "utp", 29360833, N23, fall=True),
     M(P, "8.74 percent", N, "rtup_pct", 8.74, cls="pct"),
     M(P, "28,419,398", N, "rtup", 28419398, N23),
     M(P, "6.18 million farmers", N, "milenial", 6.18e6, qual="approx"),
     M(P, "21.93 percent", N, "milenial_pct", 21.93, cls="pct"),
     M(P, "19", N, "age_lo", 19, cls="age"),
     M(P, "39", N, "age_hi", 39, cls="age"),
     M(P, "38 provinces", N, "provinces", 38),
     M(P, "Monday, Dec. 4", D, "announce", "2023-12-04"),
     M(P, "2013", D, "st2013", "2013"),
     M(P, "June 1", D, "start", "2023-06-01"),
     M(P, "July 31", D, "end", "2023-07-31"),
     M(P, "1963", D, "y1963", "1963"),
    ]
    build("sensus-pertanian-2023", "Indonesia's agricultural census 2023, first results (control): released by Statistics "
          "Indonesia on Monday 4 December 2023; individual farm businesses 29,360,833 (31.72 million in 2013, down "
          "7.42%), farming households 28,419,398 (26.14 million, up 8.74%), smallholder households under 0.5 ha 16.89 "
          "million (14.25 million, up 18.49%), 6.18 million millennial farmers aged 19 to 39 (21.93%), fieldwork 1 June "
          "- 31 July 2023 in 38 provinces, the seventh census since 1963. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    copiapo()
    brazil()
    sensus()
