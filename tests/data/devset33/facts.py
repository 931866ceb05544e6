"""The thirty-third development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md) by
tests/benchmarks/factlabels.py: same fact -> agree / compatible / update / revision / conflict / sources; different
facts of one unit class, and every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset33/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def pidie():
    A, R, K, J, S = "antara-dec07", "reuters-dec08", "kompas-dec09", "jakartapost-dec12", "serambi-dec2017"
    names = {
     "dead": "death toll of the earthquake (all districts)", "pj_dead": "dead in Pidie Jaya regency",
     "bireuen_dead": "dead in Bireuen", "pidie_dead": "dead in Pidie", "injured": "people injured",
     "injured_serious": "people seriously injured", "displaced": "people displaced", "sites": "evacuation sites",
     "mosques": "mosques damaged", "shops": "shophouses damaged", "houses_heavy": "houses heavily damaged (first count)",
     "houses": "houses damaged", "rebuilt": "aid houses built and occupied", "died_hosp": "injured who died in hospital",
     "aftershocks": "aftershocks counted", "mag": "magnitude of the earthquake", "aftershock_mag": "largest aftershock's magnitude",
     "tsunami_mag": "magnitude of the 2004 earthquake", "depth": "depth of the earthquake (km)",
     "epidist": "distance of the epicentre from Meureudu (km)", "tsunami_dead": "dead in Aceh in the 2004 tsunami",
     "dead2013": "dead in the 2013 central Aceh earthquake", "emerg_days": "length of the emergency period",
     "since": "days since the earthquake", "funds": "rehabilitation and reconstruction funds",
     # dates
     "quake": "day of the earthquake", "count97": "day the 97 dead were counted", "reg_emerg": "day the regency declared its emergency",
     "emerg_end": "end of the emergency period", "tsunami": "day of the 2004 tsunami", "search": "day of the search in the rubble",
     "visit": "day President Joko Widodo visited", "q2013": "month of the 2013 earthquake", "revision_day": "day BNPB corrected the toll",
     "prov_emerg": "day the province declared its emergency", "aftershock_day": "day the aftershocks were counted to",
     "count104": "day BNPB gave 104 dead", "count_fri": "day the 43,613 displaced were counted", "schools": "day schools reopen in tents",
     "anniv": "day of the first anniversary's commemoration", "rebuilt_day": "month the 5,642 houses were counted",
    }
    ms = [
     M(A, "97 orang", N, "dead", 97, "2016-12-07T21"),
     M(A, "25 orang", N, "dead", 25, "2016-12-07T08"),
     M(A, "54 orang", N, "dead", 54, "2016-12-07T13"),
     M(A, "6,5", N, "mag", 6.5, cls="mag"),
     M(A, "15 kilometer", N, "depth", 15, cls="len", src="BMKG"),
     M(A, "18 kilometer", N, "epidist", 18, cls="len"),
     M(A, "311 orang", N, "injured", 311, "2016-12-07T21"),
     M(A, "14 masjid", N, "mosques", 14, "2016-12-07"),
     M(A, "161 rumah toko", N, "shops", 161, "2016-12-07"),
     M(A, "245 rumah", N, "houses_heavy", 245, "2016-12-07"),
     M(A, "14 hari", N, "emerg_days", 14, cls="dur"),
     M(A, "170.000 orang", N, "tsunami_dead", 170000, qual="morethan"),
     M(A, "Rabu (7/12/2016)", D, "quake", "2016-12-07"),
     M(A, "Rabu", D, "count97", "2016-12-07", occ=2),
     M(A, "Rabu", D, "reg_emerg", "2016-12-07", occ=3),
     M(A, "20 Desember 2016", D, "emerg_end", "2016-12-20"),
     M(A, "26 Desember 2004", D, "tsunami", "2004-12-26"),

     M(R, "102", N, "dead", 102, "2016-12-08"),
     M(R, "6.5", N, "mag", 6.5, cls="mag"),
     M(R, "about 8 km", N, "depth", 8, qual="approx", cls="len", src="USGS"),
     M(R, "15 km", N, "depth", 15, cls="len", src="BMKG"),
     M(R, "more than 700 people", N, "injured", 700, "2016-12-08", "morethan"),
     M(R, "about 11,000", N, "displaced", 11000, "2016-12-08", "approx", fall=True),
     M(R, "At least 61 mosques", N, "mosques", 61, "2016-12-08", "atleast"),
     M(R, "9.1", N, "tsunami_mag", 9.1, cls="mag"),
     M(R, "about 170,000 people", N, "tsunami_dead", 170000, qual="approx"),
     M(R, "42 people", N, "dead2013", 42),
     M(R, "Thursday", D, "search", "2016-12-08"),
     M(R, "Wednesday", D, "quake", "2016-12-07"),
     M(R, "Thursday", D, "visit", "2016-12-08", occ=2),
     M(R, "December 2004", D, "tsunami", "2004-12"),
     M(R, "July 2013", D, "q2013", "2013-07"),

     M(K, "102 orang", N, "dead", 102, "2016-12-08"),
     M(K, "101 orang", N, "dead", 101, "2016-12-09"),
     M(K, "101 korban", N, "dead", 101, "2016-12-09"),
     M(K, "93 orang", N, "pj_dead", 93, "2016-12-09"),
     M(K, "empat orang", N, "bireuen_dead", 4, "2016-12-09"),
     M(K, "empat orang", N, "pidie_dead", 4, "2016-12-09", occ=2),
     M(K, "857 orang", N, "injured", 857, "2016-12-09"),
     M(K, "136", N, "injured_serious", 136, "2016-12-09"),
     M(K, "43.613 jiwa", N, "displaced", 43613, "2016-12-09", fall=True),
     M(K, "94 titik", N, "sites", 94, "2016-12-09"),
     M(K, "2.916 rumah", N, "houses", 2916, "2016-12-09"),
     M(K, "61 masjid", N, "mosques", 61, "2016-12-09"),
     M(K, "161 ruko", N, "shops", 161, "2016-12-09"),
     M(K, "87 kali", N, "aftershocks", 87, "2016-12-09"),
     M(K, "4,8", N, "aftershock_mag", 4.8, cls="mag"),
     M(K, "Jumat (9/12/2016)", D, "revision_day", "2016-12-09"),
     M(K, "Kamis (8/12/2016)", D, "visit", "2016-12-08"),
     M(K, "Kamis", D, "prov_emerg", "2016-12-08", occ=2),
     M(K, "Jumat", D, "aftershock_day", "2016-12-09", occ=2),
     M(K, "20 Desember", D, "emerg_end", "2016-12-20"),

     M(J, "Five days", N, "since", 5, cls="dur"),
     M(J, "6.5", N, "mag", 6.5, cls="mag"),
     M(J, "104", N, "dead", 104, "final"),
     M(J, "three people", N, "died_hosp", 3),
     M(J, "Around 83,800 people", N, "displaced", 83800, "2016-12-12", "approx", fall=True),
     M(J, "more than 10,500 damaged houses", N, "houses", 10500, "2016-12-12", "morethan"),
     M(J, "14-day", N, "emerg_days", 14, cls="dur"),
     M(J, "Dec. 7", D, "quake", "2016-12-07"),
     M(J, "Monday", D, "count104", "2016-12-12"),
     M(J, "Friday", D, "count_fri", "2016-12-09"),
     M(J, "Friday, Dec. 9", D, "visit", "2016-12-09", planted=True),
     M(J, "Dec. 7", D, "reg_emerg", "2016-12-07", occ=2),
     M(J, "Dec. 20", D, "emerg_end", "2016-12-20"),
     M(J, "Monday, Dec. 19", D, "schools", "2016-12-19"),

     M(S, "Rabu (7/12/2016)", D, "quake", "2016-12-07"),
     M(S, "6,5", N, "mag", 6.5, cls="mag"),
     M(S, "104 orang", N, "dead", 104, "final"),
     M(S, "Kamis (7/12/2017)", D, "anniv", "2017-12-07"),
     M(S, "96 orang", N, "pj_dead", 96, "final"),
     M(S, "12.468 rumah", N, "houses", 12468, "final"),
     M(S, "5.642 rumah", N, "rebuilt", 5642, "2017-11-30"),
     M(S, "November 2017", D, "rebuilt_day", "2017-11"),
     M(S, "61 masjid", N, "mosques", 61, "2016-12-09"),
     M(S, "sekitar 1.200 warga", N, "displaced", 1200, "2017-12-07", "approx", fall=True),
     M(S, "Rp 1,2 triliun", N, "funds", 1.2e12, qual="approx", cls="money"),
    ]
    build("pidie-jaya-2016", "Pidie Jaya earthquake, Aceh, Indonesia (Wednesday 7 December 2016, magnitude 6.5): the "
          "toll rising through the day (25 -> 54 -> 97) and to 102 on Thursday, corrected down to 101 on Friday for a "
          "victim counted twice, final at 104; the injured (311 -> more than 700 -> 857), the displaced rising "
          "(about 11,000 -> 43,613 -> about 83,800) and falling a year on (about 1,200), damaged mosques, shophouses "
          "and houses; the depth by two agencies (15 km, about 8 km); the 2004 tsunami and the 2013 earthquake "
          "recalled; dates of the quake, the president's visit, two emergencies declared on different days, the "
          "emergency's end, a correction, the anniversary", False, ms, names)


def ecuador():
    RA, KA, AO, AP, RN = "reuters-aug21", "kompas-aug22", "antara-oct16", "apnews-oct20", "reuters-nov23"
    P1, NIGHT, QC = "2023-08-21", "2023-10-15T23", "2023-10-15T20"
    names = {
     "gonz1": "González's first-round share", "nob1": "Noboa's first-round share", "zur1": "Zurita's first-round share",
     "top1": "Topic's first-round share", "gonz2": "González's run-off share", "nob2": "Noboa's run-off share",
     "counted1": "share of first-round ballots counted", "counted2": "share of run-off ballots counted",
     "rule_maj": "share needed to win outright", "rule_min": "lower share that wins outright with a lead",
     "rule_lead": "lead needed with the lower share", "turnout1": "first-round turnout", "turnout2": "run-off turnout",
     "voters": "registered voters", "age_noboa": "Noboa's age", "age_gonz": "González's age",
     "alvaro_runs": "times Alvaro Noboa ran for president", "gap": "days between the murder and the vote",
     "term_months": "length of the new president's term", "nob_votes": "Noboa's run-off votes",
     "gonz_votes": "González's run-off votes", "seats_adn": "Noboa's alliance's seats", "seats_total": "seats in the assembly",
     "seats_rc": "Citizen Revolution's seats", "homicide": "homicide rate per 100,000 in 2022",
     # dates
     "runoff": "day of the run-off", "r1": "day of the first round (and the assembly election)",
     "cne_monday": "day the council gave the partial first-round count", "murder": "day Villavicencio was killed",
     "dissolve": "day Lasso dissolved the assembly", "term_end": "end of the term", "concede": "day González conceded",
     "inaug": "day of Noboa's inauguration", "cne_confirm": "day the council confirmed the result",
     "assembly_sworn": "day the new assembly was sworn in", "handover": "day Noboa met Lasso",
    }
    ms = [
     M(RA, "33.3%", N, "gonz1", 33.3, P1, cls="pct", fall=True),
     M(RA, "24.0%", N, "nob1", 24.0, P1, cls="pct", fall=True),
     M(RA, "16.4%", N, "zur1", 16.4, P1, cls="pct", fall=True),
     M(RA, "14.6%", N, "top1", 14.6, P1, cls="pct", fall=True),
     M(RA, "90%", N, "counted1", 90, P1, cls="pct"),
     M(RA, "50%", N, "rule_maj", 50, qual="morethan", cls="pct"),
     M(RA, "40%", N, "rule_min", 40, cls="pct"),
     M(RA, "10 percentage points", N, "rule_lead", 10, cls="pct"),
     M(RA, "about 82%", N, "turnout1", 82, qual="approx", cls="pct"),
     M(RA, "13.4 million registered voters", N, "voters", 13.4e6, qual="approx"),
     M(RA, "35", N, "age_noboa", 35, cls="age"),
     M(RA, "five times", N, "alvaro_runs", 5),
     M(RA, "11 days", N, "gap", 11, cls="dur"),
     M(RA, "Oct. 15", D, "runoff", "2023-10-15"),
     M(RA, "Sunday", D, "r1", "2023-08-20"),
     M(RA, "Monday", D, "cne_monday", "2023-08-21"),
     M(RA, "Aug. 9", D, "murder", "2023-08-09"),
     M(RA, "May 17", D, "dissolve", "2023-05-17"),
     M(RA, "May 2025", D, "term_end", "2025-05"),

     M(KA, "15 Oktober 2023", D, "runoff", "2023-10-15"),
     M(KA, "Minggu (20/8/2023)", D, "r1", "2023-08-20"),
     M(KA, "sekitar 33 persen", N, "gonz1", 33, P1, "approx", cls="pct", fall=True),
     M(KA, "sekitar 24 persen", N, "nob1", 24, P1, "approx", cls="pct", fall=True),
     M(KA, "53", N, "age_noboa", 53, cls="age", planted=True),
     M(KA, "45 tahun", N, "age_gonz", 45, cls="age"),
     M(KA, "11 hari", N, "gap", 11, cls="dur"),
     M(KA, "Rabu (9/8/2023)", D, "murder", "2023-08-09"),
     M(KA, "sekitar 16 persen", N, "zur1", 16, P1, "approx", cls="pct", fall=True),
     M(KA, "17 Mei 2023", D, "dissolve", "2023-05-17"),
     M(KA, "18 bulan", N, "term_months", 18, qual="approx", cls="dur"),
     M(KA, "Mei 2025", D, "term_end", "2025-05"),
     M(KA, "sekitar 82 persen", N, "turnout1", 82, qual="approx", cls="pct"),

     M(AO, "Minggu (15/10/2023)", D, "runoff", "2023-10-15"),
     M(AO, "90 persen", N, "counted2", 90, NIGHT, "morethan", cls="pct"),
     M(AO, "52,3 persen", N, "nob2", 52.3, NIGHT, cls="pct", src="CNE", fall=True),
     M(AO, "47,7 persen", N, "gonz2", 47.7, NIGHT, cls="pct", src="CNE", fall=True),
     M(AO, "52,2 persen", N, "nob2", 52.2, QC, cls="pct", src="Participacion Ciudadana's quick count", fall=True),
     M(AO, "Minggu", D, "concede", "2023-10-15", occ=2),
     M(AO, "35 tahun", N, "age_noboa", 35, cls="age"),
     M(AO, "20 Agustus", D, "r1", "2023-08-20"),
     M(AO, "33,61 persen", N, "gonz1", 33.61, "final", cls="pct", fall=True),
     M(AO, "23,47 persen", N, "nob1", 23.47, "final", cls="pct", fall=True),
     M(AO, "November", D, "inaug", "2023-11"),
     M(AO, "Mei 2025", D, "term_end", "2025-05"),
     M(AO, "sekitar 82 persen", N, "turnout2", 82, qual="approx", cls="pct"),

     M(AP, "Thursday", D, "cne_confirm", "2023-10-19"),
     M(AP, "Sunday", D, "runoff", "2023-10-15"),
     M(AP, "51.38%", N, "nob2", 51.38, "final", cls="pct", src="CNE", fall=True, planted=True),
     M(AP, "48.17%", N, "gonz2", 48.17, "final", cls="pct", src="CNE", fall=True),
     M(AP, "35-year-old", N, "age_noboa", 35, cls="age"),
     M(AP, "about 5.25 million votes", N, "nob_votes", 5.25e6, "final", "approx"),
     M(AP, "4.88 million", N, "gonz_votes", 4.88e6, "final", "approx"),
     M(AP, "14", N, "seats_adn", 14),
     M(AP, "137 seats", N, "seats_total", 137),
     M(AP, "52", N, "seats_rc", 52),
     M(AP, "August", D, "r1", "2023-08"),
     M(AP, "Nov. 17", D, "assembly_sworn", "2023-11-17"),
     M(AP, "Nov. 23", D, "inaug", "2023-11-23"),
     M(AP, "Wednesday", D, "handover", "2023-10-18"),
     M(AP, "August", D, "murder", "2023-08", occ=2),

     M(RN, "Thursday", D, "inaug", "2023-11-23"),
     M(RN, "35", N, "age_noboa", 35, cls="age"),
     M(RN, "Oct. 15", D, "runoff", "2023-10-15"),
     M(RN, "51.83%", N, "nob2", 51.83, "final", cls="pct", src="CNE", fall=True),
     M(RN, "48.17%", N, "gonz2", 48.17, "final", cls="pct", src="CNE", fall=True),
     M(RN, "about 18 months", N, "term_months", 18, qual="approx", cls="dur"),
     M(RN, "May 2025", D, "term_end", "2025-05"),
     M(RN, "May 17", D, "dissolve", "2023-05-17"),
     M(RN, "14", N, "seats_adn", 14),
     M(RN, "137 seats", N, "seats_total", 137),
     M(RN, "Nov. 17", D, "assembly_sworn", "2023-11-17"),
     M(RN, "Aug. 20", D, "r1", "2023-08-20"),
     M(RN, "23.47%", N, "nob1", 23.47, "final", cls="pct", fall=True),
     M(RN, "33.61%", N, "gonz1", 33.61, "final", cls="pct", fall=True),
     M(RN, "about 26", N, "homicide", 26, qual="approx", cls="rate"),
    ]
    build("ecuador-election-2023", "Ecuador's snap presidential election of 2023: the first round (Sunday 20 August) "
          "counted in progress and final (González 33.3 -> 33.61%, Noboa 24.0 -> 23.47%), the rules to win outright, "
          "turnout of both rounds, the run-off (Sunday 15 October) counted in progress (Noboa 52.3%) against an "
          "observers' quick count (52.2%) and final (51.83% to 48.17%), votes and seats, ages; dates of the murder of "
          "a candidate, the dissolution, the concession, the council's confirmation, the assembly's and the "
          "president's swearing-in (17 and 23 November), the term's end", False, ms, names)


def samsung():
    RO, KO, KH, BO = "reuters-oct08", "kompas-oct09", "koreaherald-oct10", "bisnis-oct11"
    money = partial(M, kind=N, cls="money")
    pct = partial(M, kind=N, cls="pct")
    names = {
     "op": "operating profit, third quarter of 2024", "op_usd": "operating profit in US dollars",
     "op_yoy": "operating profit's rise on the year", "op_q3_23": "operating profit, third quarter of 2023",
     "op_q2": "operating profit, second quarter of 2024", "consensus": "analysts' forecast of operating profit (LSEG)",
     "rev": "revenue, third quarter of 2024", "rev_yoy": "revenue's rise on the year",
     "rev_q3_23": "revenue, third quarter of 2023", "op_qoq": "operating profit's fall on the quarter",
     "rev_qoq": "revenue's rise on the quarter", "rev_q2": "revenue, second quarter of 2024",
     "chip_est": "analysts' estimate of the chip division's profit",
     # dates
     "announce": "day of the earnings guidance", "full": "day of the full results",
     "analysts_said": "day analysts spoke", "jun_took": "month Jun took over the chip business",
    }
    ms = [
     money(art=RO, text="9.1 trillion won", fact="op", value=9.1e12),
     money(art=RO, text="$6.78 billion", fact="op_usd", value=6.78e9),
     pct(art=RO, text="274%", fact="op_yoy", value=274, qual="approx"),
     money(art=RO, text="2.43 trillion won", fact="op_q3_23", value=2.43e12),
     money(art=RO, text="10.44 trillion won", fact="op_q2", value=10.44e12),
     money(art=RO, text="10.3 trillion won", fact="consensus", value=10.3e12),
     pct(art=RO, text="17%", fact="rev_yoy", value=17, qual="approx"),
     money(art=RO, text="79 trillion won", fact="rev", value=79e12),
     M(RO, "Tuesday", D, "announce", "2024-10-08"),
     M(RO, "Oct. 31", D, "full", "2024-10-31"),

     money(art=KO, text="9,1 triliun won", fact="op", value=9.1e12),
     pct(art=KO, text="274,49 persen", fact="op_yoy", value=274.49),
     money(art=KO, text="2,43 triliun won", fact="op_q3_23", value=2.43e12),
     money(art=KO, text="79 triliun won", fact="rev", value=79e12),
     pct(art=KO, text="17,21 persen", fact="rev_yoy", value=17.21),
     money(art=KO, text="67,4 triliun won", fact="rev_q3_23", value=67.4e12),
     pct(art=KO, text="12,84 persen", fact="op_qoq", value=12.84),
     money(art=KO, text="10,44 triliun won", fact="op_q2", value=10.44e12),
     pct(art=KO, text="6,66 persen", fact="rev_qoq", value=6.66),
     money(art=KO, text="74,07 triliun won", fact="rev_q2", value=74.07e12),
     money(art=KO, text="10,3 triliun won", fact="consensus", value=10.3e12),
     M(KO, "Selasa (8/10/2024)", D, "announce", "2024-10-08"),
     M(KO, "31 Oktober 2024", D, "full", "2024-10-31"),

     M(KH, "Thursday", D, "analysts_said", "2024-10-10"),
     M(KH, "Tuesday", D, "announce", "2024-10-08"),
     money(art=KH, text="9.1 trillion won", fact="op", value=9.1e12),
     pct(art=KH, text="274.49 percent", fact="op_yoy", value=274.49),
     money(art=KH, text="2.43 trillion won", fact="op_q3_23", value=2.43e12),
     money(art=KH, text="79 trillion won", fact="rev", value=79e12),
     pct(art=KH, text="17.21 percent", fact="rev_yoy", value=17.21),
     money(art=KH, text="10.3 trillion won", fact="consensus", value=10.3e12),
     money(art=KH, text="10.44 trillion won", fact="op_q2", value=10.44e12),
     money(art=KH, text="about 3.9 trillion won", fact="chip_est", value=3.9e12, qual="approx"),
     M(KH, "May", D, "jun_took", "2024-05"),
     M(KH, "Oct. 31", D, "full", "2024-10-31"),

     money(art=BO, text="9,1 triliun won", fact="op", value=9.1e12),
     pct(art=BO, text="274,49 persen", fact="op_yoy", value=274.49),
     money(art=BO, text="2,43 triliun won", fact="op_q3_23", value=2.43e12),
     money(art=BO, text="10,44 triliun won", fact="op_q2", value=10.44e12),
     money(art=BO, text="79 triliun won", fact="rev", value=79e12),
     pct(art=BO, text="17,21 persen", fact="rev_yoy", value=17.21),
     money(art=BO, text="10,3 triliun won", fact="consensus", value=10.3e12),
     M(BO, "Selasa (8/10/2024)", D, "announce", "2024-10-08"),
     M(BO, "31 Oktober 2024", D, "full", "2024-10-31"),
    ]
    build("samsung-q3-2024", "Samsung Electronics' third-quarter 2024 earnings guidance (control), released on "
          "Tuesday 8 October 2024: operating profit about 9.1 trillion won (up 274.49% from 2.43 trillion, down "
          "12.84% from 10.44 trillion in the second quarter, below LSEG's 10.3 trillion forecast), revenue about 79 "
          "trillion won (up 17.21% from 67.4 trillion, 6.66% above 74.07 trillion); full results on 31 October. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    pidie()
    ecuador()
    samsung()
