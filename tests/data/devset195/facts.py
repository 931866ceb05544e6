"""The hundred-and-ninety-fifth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset195/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def tornado():
    K, R, T, A = "kompas-jun25", "reuters-jun26", "detik-jun28", "antara-jul19"
    # as-of times of the running tallies: the night of Thursday 24 June 2021 (households without power), Friday 25
    # June morning (the rescue service's three dead, more than 60 taken to hospital, more than 40,000 households
    # without power), Friday afternoon (the police's five dead and about 200 injured, the prime minister's about
    # 2,000 houses damaged), Sunday 27 June (the sixth death, 45 still in hospital), Monday 28 June (about 1,200
    # houses damaged: lower than Friday's estimate, a revision), Monday 19 July (six dead, 1,200 houses).
    # The people in hospital and the households without power may fall (fall=True); the dead and the houses damaged
    # do not. The injured are counted by the police (about 200) and by the hospitals (more than 150 treated):
    # two sources.
    THU_N, FRI_AM, FRI_PM, SUN, MON, JUL = ("2021-06-24n", "2021-06-25a", "2021-06-25b", "2021-06-27", "2021-06-28",
                                            "2021-07-19")
    POLICE, HOSP = "the police", "the hospitals"
    names = {
     "dead": "people killed", "hosp": "people in hospital", "severe": "people severely injured",
     "power": "households without power", "ambulances": "ambulances sent by Slovakia", "villages": "villages hit",
     "injured": "people injured", "houses": "houses damaged", "firefighters": "firefighters deployed",
     "police": "police officers deployed", "wind": "wind speed (km/h)", "demolish": "houses to be demolished",
     "age": "age of the sixth victim", "damage": "damage estimate (crowns)",
     # dates
     "tornado": "day of the tornado", "fri": "day of Friday's statements and counts", "visit": "day of the prime "
     "minister's visit", "emergency": "day the state of emergency was declared", "sixth": "day the sixth death was "
     "confirmed", "jul19": "day of the regional officials' visit three weeks on", "restored": "month power was restored",
    }
    ms = [
     M(K, "Sedikitnya tiga orang", N, "dead", 3, FRI_AM, qual="atleast"),
     M(K, "Kamis (24/6/2021)", D, "tornado", "2021-06-24"),
     M(K, "Jumat", D, "fri", "2021-06-25"),
     M(K, "Lebih dari 60 orang", N, "hosp", 60, FRI_AM, qual="morethan", fall=True),
     M(K, "10 orang", N, "severe", 10, FRI_AM),
     M(K, "lebih dari 40.000 rumah tangga", N, "power", 40000, FRI_AM, qual="morethan", fall=True),
     M(K, "tujuh ambulans", N, "ambulances", 7),

     M(R, "Five people", N, "dead", 5, FRI_PM),
     M(R, "seven villages", N, "villages", 7),
     M(R, "Thursday", D, "tornado", "2021-06-24"),
     M(R, "Friday", D, "fri", "2021-06-25"),
     M(R, "three deaths", N, "dead", 3, FRI_AM),
     M(R, "about 200", N, "injured", 200, FRI_PM, qual="approx", src=POLICE),
     M(R, "Friday", D, "visit", "2021-06-25", occ=2),
     M(R, "about 2,000 houses", N, "houses", 2000, FRI_PM, qual="approx"),
     M(R, "Some 550 firefighters", N, "firefighters", 550, FRI_PM, qual="approx"),
     M(R, "250 police officers", N, "police", 250, FRI_PM),
     M(R, "Thursday", D, "emergency", "2021-06-24", occ=2),
     M(R, "about 120,000 households", N, "power", 120000, THU_N, qual="approx", fall=True),
     M(R, "more than 220 km per hour", N, "wind", 220, qual="morethan", cls="kmh"),

     M(T, "6 orang", N, "dead", 6, SUN),
     M(T, "Minggu (27/6/2021)", D, "sixth", "2021-06-27"),
     M(T, "dua tahun", N, "age", 2, cls="age"),
     M(T, "lima korban tewas", N, "dead", 5, FRI_PM),
     M(T, "Jumat (25/6/2021)", D, "fri", "2021-06-25"),
     M(T, "tujuh desa", N, "villages", 7),
     M(T, "Rabu (23/6/2021)", D, "tornado", "2021-06-23", planted=True),
     M(T, "lebih dari 150 orang", N, "injured", 150, MON, qual="morethan", src=HOSP),
     M(T, "45 orang", N, "hosp", 45, SUN, fall=True),
     M(T, "Sekitar 1.200 rumah", N, "houses", 1200, MON, qual="approx"),
     M(T, "lebih dari 60", N, "demolish", 60, MON, qual="morethan"),

     M(A, "24 Juni 2021", D, "tornado", "2021-06-24"),
     M(A, "sekitar 15 miliar koruna", N, "damage", 15e9, qual="approx", cls="czk"),
     M(A, "Kamis", D, "tornado", "2021-06-24"),
     M(A, "enam orang", N, "dead", 6, JUL),
     M(A, "dua tahun", N, "age", 2, cls="age"),
     M(A, "27 Juni", D, "sixth", "2021-06-27"),
     M(A, "lebih dari 150 orang", N, "injured", 150, MON, qual="morethan", src=HOSP),
     M(A, "Sekitar 1.200 rumah", N, "houses", 1200, JUL, qual="approx"),
     M(A, "Senin (19/7/2021)", D, "jul19", "2021-07-19"),
     M(A, "lebih dari 120.000 rumah tangga", N, "power", 120000, THU_N, qual="morethan", fall=True),
     M(A, "akhir Juni", D, "restored", "2021-06"),
    ]
    build("moravia-tornado-2021", "The tornado in South Moravia, Czech Republic (Thursday 24 June 2021, evening, the "
          "districts of Breclav and Hodonin, seven villages): three dead on Friday morning (the rescue service), five "
          "by Friday afternoon (the police), six on Sunday 27 June (a two-year-old child, confirmed by the Brno "
          "teaching hospital); about 200 injured by the police's count, more than 150 treated by the hospitals' count; "
          "more than 60 taken to hospital on Friday, 45 still there on Sunday; about 2,000 houses damaged by the prime "
          "minister's first estimate, about 1,200 on Monday 28 June (more than 60 to be demolished); about 120,000 "
          "households without power on the night, more than 40,000 on Friday morning; damage put at about 15 billion "
          "crowns", False, ms, names)


def lisbon():
    K, R, T, D1 = "kompas-feb19", "reuters-may07", "tempo-may08", "detik-nov04"
    # votes, thresholds and the stages do not change with the day of the report: the lower house's vote (Wednesday 18
    # February 2009, 125-61 of 197 present, 120 needed), the Senate's (Wednesday 6 May 2009, 54-20 of 79 present, 48
    # needed), the Constitutional Court's second ruling and the president's signature (both Tuesday 3 November 2009),
    # the entry into force (1 December 2009) are different events.
    names = {
     "ayes_c": "lower house votes for", "noes_c": "lower house votes against", "present_c": "deputies present",
     "seats": "seats in the lower house", "needed_c": "votes the lower house needed", "members": "EU member states",
     "ayes_s": "Senate votes for", "present_s": "senators present", "noes_s": "Senate votes against",
     "needed_s": "votes the Senate needed", "threshold": "the three-fifths majority a treaty needs", "complainants": "senators who filed the complaint",
     "germans": "ethnic Germans expelled after the war", "irish_pct": "yes share in Ireland's second referendum",
     # dates
     "chamber": "day of the lower house's vote", "ruling1": "day of the Constitutional Court's first ruling",
     "presidency": "start of the Czech EU presidency", "signed07": "month the treaty was signed in Lisbon",
     "irish_no": "month of Ireland's first referendum", "senate": "day of the Senate's vote",
     "noconf": "day the government lost a confidence vote", "stepdown": "day the prime minister steps down",
     "sign": "day the president signed the treaty", "ruling2": "day of the Constitutional Court's second ruling",
     "inforce": "day the treaty takes effect", "summit": "first day of the EU summit granting the opt-out",
     "irish_yes": "day of Ireland's second referendum",
    }
    ms = [
     M(K, "Rabu (18/2/2009)", D, "chamber", "2009-02-18"),
     M(K, "125 anggota", N, "ayes_c", 125),
     M(K, "61 anggota", N, "noes_c", 61),
     M(K, "197 anggota", N, "present_c", 197),
     M(K, "200 kursi", N, "seats", 200),
     M(K, "120 suara", N, "needed_c", 120),
     M(K, "tiga perlima", N, "threshold", 0.6, cls="frac"),
     M(K, "26 November 2008", D, "ruling1", "2008-11-26"),
     M(K, "1 Januari 2009", D, "presidency", "2009-01-01"),
     M(K, "Desember 2007", D, "signed07", "2007-12"),
     M(K, "Juni 2008", D, "irish_no", "2008-06"),
     M(K, "ke-27 negara", N, "members", 27),

     M(R, "Wednesday", D, "senate", "2009-05-06"),
     M(R, "Fifty-four", N, "ayes_s", 54),
     M(R, "79 senators", N, "present_s", 79),
     M(R, "20 against", N, "noes_s", 20),
     M(R, "48 votes", N, "needed_s", 48),
     M(R, "Feb. 18", D, "chamber", "2009-02-18"),
     M(R, "125 votes", N, "ayes_c", 125),
     M(R, "61", N, "noes_c", 61),
     M(R, "March", D, "noconf", "2009-03"),
     M(R, "Friday", D, "stepdown", "2009-05-08"),
     M(R, "June 2008", D, "irish_no", "2008-06"),
     M(R, "all 27 EU members", N, "members", 27),

     M(T, "Rabu (6/5/2009)", D, "senate", "2009-05-06"),
     M(T, "54 senator", N, "ayes_s", 54),
     M(T, "79 yang hadir", N, "present_s", 79),
     M(T, "20 senator", N, "noes_s", 20),
     M(T, "48 suara", N, "needed_s", 48),
     M(T, "tiga perlima", N, "threshold", 0.6, cls="frac"),
     M(T, "18 Februari 2009", D, "chamber", "2009-02-18"),
     M(T, "152 suara setuju", N, "ayes_c", 152, planted=True),
     M(T, "24 Maret 2009", D, "noconf", "2009-03-24"),
     M(T, "Jumat (8/5/2009)", D, "stepdown", "2009-05-08"),

     M(D1, "Selasa (3/11/2009)", D, "sign", "2009-11-03"),
     M(D1, "Selasa", D, "ruling2", "2009-11-03", occ=2),
     M(D1, "17 senator", N, "complainants", 17),
     M(D1, "27 anggota", N, "members", 27),
     M(D1, "1 Desember 2009", D, "inforce", "2009-12-01"),
     M(D1, "29-30 Oktober 2009", D, "summit", "2009-10-29"),
     M(D1, "sekitar 2,5 juta", N, "germans", 2.5e6, qual="approx"),
     M(D1, "2 Oktober 2009", D, "irish_yes", "2009-10-02"),
     M(D1, "67,1 persen", N, "irish_pct", 67.1, cls="pct"),
     M(D1, "18 Februari 2009", D, "chamber", "2009-02-18"),
     M(D1, "7 Mei 2009", D, "senate", "2009-05-07", planted=True),
    ]
    build("lisbon-ratification-2009", "The Czech ratification of the EU's Lisbon treaty: the lower house's approval on "
          "Wednesday 18 February 2009 (125 for, 61 against, 197 present, 120 needed of 200), the Senate's on Wednesday "
          "6 May 2009 (54 of 79 present for, 20 against, 48 needed), the Constitutional Court's rejection of 17 "
          "senators' complaint in Brno and President Vaclav Klaus's signature on Tuesday 3 November 2009, the treaty in "
          "force on 1 December 2009; the court's first ruling of 26 November 2008, the government's fall on 24 March "
          "2009, Ireland's referendums of June 2008 and 2 October 2009 (67.1% yes)", False, ms, names)


def euro():
    R, K, B, J = "reuters-jul08", "kompas-jul09", "bisnis-jul10", "jakpost-jul11"
    names = {
     "rate": "the conversion rate (korunas per euro)", "nth": "Slovakia's place among euro members",
     "current": "EU members using the euro", "eu": "EU member states", "firmed": "the koruna's rise since 2006 (%)",
     "prep": "time left to prepare", "v4": "Visegrad countries", "pop": "Slovakia's population (millions)",
     # dates
     "decision": "day of the decision", "adopt": "day Slovakia adopts the euro", "parity": "month the central parity "
     "was raised", "slovenia": "year Slovenia adopted the euro", "cy_mt": "day Cyprus and Malta adopted the euro",
     "dual": "end of the dual display of prices", "eu_join": "year Slovakia joined the EU",
    }
    ms = [
     M(R, "Tuesday", D, "decision", "2008-07-08"),
     M(R, "30.1260", N, "rate", 30.126, cls="rate"),
     M(R, "Jan. 1, 2009", D, "adopt", "2009-01-01"),
     M(R, "16th member", N, "nth", 16),
     M(R, "four Visegrad countries", N, "v4", 4),
     M(R, "May", D, "parity", "2008-05"),
     M(R, "Fifteen", N, "current", 15),
     M(R, "27 members", N, "eu", 27),
     M(R, "2007", D, "slovenia", "2007"),
     M(R, "the start of 2008", D, "cy_mt", "2008-01"),
     M(R, "some 24%", N, "firmed", 24, qual="approx", cls="pct"),
     M(R, "nearly six months", N, "prep", 6, qual="nearly", cls="dur"),
     M(R, "about 5.4 million", N, "pop", 5.4, qual="approx", cls="pop"),
     M(R, "2004", D, "eu_join", "2004"),

     M(K, "Selasa (8/7/2008)", D, "decision", "2008-07-08"),
     M(K, "30,1260 koruna", N, "rate", 30.126, cls="rate"),
     M(K, "1 Januari 2009", D, "adopt", "2009-01-01"),
     M(K, "anggota ke-16", N, "nth", 16),
     M(K, "15 negara", N, "current", 15),
     M(K, "27 anggota", N, "eu", 27),
     M(K, "sekitar 24 persen", N, "firmed", 24, qual="approx", cls="pct"),
     M(K, "akhir 2008", D, "dual", "2008-12"),
     M(K, "2007", D, "slovenia", "2007"),
     M(K, "1 Januari 2008", D, "cy_mt", "2008-01-01"),

     M(B, "30,1260 koruna", N, "rate", 30.126, cls="rate"),
     M(B, "Selasa (8/7/2008)", D, "decision", "2008-07-08"),
     M(B, "1 Januari 2009", D, "adopt", "2009-01-01"),
     M(B, "anggota ke-16", N, "nth", 16),
     M(B, "Mei 2008", D, "parity", "2008-05"),
     M(B, "sekitar 24%", N, "firmed", 24, qual="approx", cls="pct"),
     M(B, "akhir 2008", D, "dual", "2008-12"),
     M(B, "sekitar 5,4 juta jiwa", N, "pop", 5.4, qual="approx", cls="pop"),
     M(B, "hampir enam bulan", N, "prep", 6, qual="nearly", cls="dur"),

     M(J, "Jan. 1, 2009", D, "adopt", "2009-01-01"),
     M(J, "Tuesday", D, "decision", "2008-07-08"),
     M(J, "30.1260 korunas", N, "rate", 30.126, cls="rate"),
     M(J, "16th country", N, "nth", 16),
     M(J, "15 members", N, "current", 15),
     M(J, "27 states", N, "eu", 27),
     M(J, "May", D, "parity", "2008-05"),
     M(J, "about 24%", N, "firmed", 24, qual="approx", cls="pct"),
     M(J, "the end of 2008", D, "dual", "2008-12"),
     M(J, "2007", D, "slovenia", "2007"),
     M(J, "Jan. 1, 2008", D, "cy_mt", "2008-01-01"),
     M(J, "about 5.4 million", N, "pop", 5.4, qual="approx", cls="pop"),
     M(J, "nearly six months", N, "prep", 6, qual="nearly", cls="dur"),
    ]
    build("slovakia-euro-2008", "The EU finance ministers' decision (control) of Tuesday 8 July 2008 in Brussels: the "
          "Slovak koruna's conversion rate fixed at 30.1260 per euro (the central parity in ERM II, raised in May 2008), "
          "Slovakia to adopt the euro on 1 January 2009 as the euro zone's 16th member (15 of the EU's 27 then used it); "
          "the koruna up some 24% since the government took office (the finance minister), prices shown in both "
          "currencies until the end of 2008, nearly six months to prepare; Slovenia's adoption in 2007, Cyprus's and "
          "Malta's on 1 January 2008. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    tornado()
    lisbon()
    euro()
