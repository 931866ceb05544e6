"""The seventy-eighth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset78/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def fire():
    R, K, AN, A, T = "reuters-mar01", "kompas-mar02", "antara-mar03", "ap-apr08", "tempo-apr10"
    # the toll on the night and the morning after: the health minister's 43 in the early hours of Friday 1 March,
    # the police chief's 44 a little later, the minister's 46 on Friday morning; later articles restate 46 on their
    # own day. The seriously injured in hospital: 22 given overnight, lowered to 12 by the minister on Friday morning.
    T02, T03, T11 = "2024-03-01T02", "2024-03-01T03", "2024-03-01T11"
    RAJUK, FIRE = "RAJUK (the capital's development authority)", "the fire service's investigation committee"
    names = {
     "dead": "people killed", "injured": "seriously injured people in hospital",
     "dmch_bodies": "bodies brought to Dhaka Medical College Hospital", "burn_bodies": "bodies brought to the burn institute",
     "burn_treated": "injured treated at the burn institute", "dmch_treated": "injured treated at Dhaka Medical College Hospital",
     "died_later": "injured who died after the police chief's count", "rescued": "people rescued by firefighters",
     "unconscious": "rescued people who were unconscious", "units": "firefighting units", "hours": "hours to control the fire",
     "notices": "warnings sent to the building's management", "storeys": "storeys of the building",
     "approved_floors": "floors approved by RAJUK", "commercial": "floors approved for commercial use",
     "residential": "floors approved for housing", "restaurants": "restaurants in the building",
     "rajuk_committee": "members of RAJUK's committee", "probe": "members of the fire service's committee",
     "arrests": "people arrested", "owners": "owners of the Cha Chumuk cafe arrested", "remand": "days of remand granted",
     "remand_sought": "days of remand sought by the police", "handed": "bodies handed over to families",
     "buet": "BUET students among the dead", "family": "members of one family among the dead",
     "stairs_floors": "floors above which two staircases are required", "stairs": "staircases required",
     # dates
     "fire": "day of the fire", "toll_day": "day the health minister gave the toll of 46",
     "arrest_day": "day of the first three arrests", "remand_day": "day the court granted remand",
     "handover_day": "day of the count of bodies handed over",
    }
    ms = [
     M(R, "seven-storey", N, "storeys", 7),
     M(R, "Thursday", D, "fire", "2024-02-29"),
     M(R, "46 people", N, "dead", 46, T11),
     M(R, "Friday", D, "toll_day", "2024-03-01"),
     M(R, "43 people", N, "dead", 43, T02),
     M(R, "33", N, "dmch_bodies", 33),
     M(R, "10", N, "burn_bodies", 10),
     M(R, "44", N, "dead", 44, T03),
     M(R, "22 people", N, "injured", 22, T03),
     M(R, "Friday", D, "toll_day", "2024-03-01", occ=2),
     M(R, "12", N, "injured", 12, T11),
     M(R, "ten", N, "burn_treated", 10),
     M(R, "two", N, "dmch_treated", 2),
     M(R, "13 units", N, "units", 13),
     M(R, "about two hours", N, "hours", 2, qual="approx", cls="dur"),
     M(R, "75 people", N, "rescued", 75),
     M(R, "42", N, "unconscious", 42),
     M(R, "three times", N, "notices", 3),

     M(K, "tiga orang", N, "arrests", 3, "2024-03-01"),
     M(K, "tujuh lantai", N, "storeys", 7),
     M(K, "46 orang", N, "dead", 46, "2024-03-02"),
     M(K, "Kamis (29/2/2024)", D, "fire", "2024-02-29"),
     M(K, "Jumat (1/3/2024)", D, "arrest_day", "2024-03-01"),
     M(K, "dua pemilik", N, "owners", 2),
     M(K, "Jumat", D, "toll_day", "2024-03-01", occ=2),
     M(K, "46 orang", N, "dead", 46, T11, occ=2),
     M(K, "43 orang", N, "dead", 43, T02),
     M(K, "44 orang", N, "dead", 44, T03),
     M(K, "dua korban luka", N, "died_later", 2),
     M(K, "12 korban luka", N, "injured", 12, T11),
     M(K, "75 orang", N, "rescued", 75),
     M(K, "42", N, "unconscious", 42),
     M(K, "delapan lantai", N, "approved_floors", 8),
     M(K, "tujuh lantai", N, "commercial", 7, src=RAJUK, occ=2),
     M(K, "satu lantai", N, "residential", 1, src=RAJUK),
     M(K, "delapan restoran", N, "restaurants", 8),
     M(K, "tiga kali", N, "notices", 3),
     M(K, "tujuh orang", N, "rajuk_committee", 7),

     M(AN, "Sabtu (2/3/2024)", D, "remand_day", "2024-03-02"),
     M(AN, "dua hari", N, "remand", 2, cls="dur"),
     M(AN, "empat orang", N, "arrests", 4, "2024-03-02"),
     M(AN, "46 orang", N, "dead", 46, "2024-03-03"),
     M(AN, "dua pemilik", N, "owners", 2),
     M(AN, "Tiga orang", N, "arrests", 3, "2024-03-01"),
     M(AN, "Jumat", D, "arrest_day", "2024-03-01"),
     M(AN, "tujuh hari", N, "remand_sought", 7, cls="dur"),
     M(AN, "Kamis (28/2/2024)", D, "fire", "2024-02-28", planted=True),
     M(AN, "Sabtu", D, "handover_day", "2024-03-02", occ=2),
     M(AN, "43 jenazah", N, "handed", 43, "2024-03-02"),
     M(AN, "dua mahasiswa", N, "buet", 2),
     M(AN, "lima anggota", N, "family", 5),
     M(AN, "lima lantai", N, "stairs_floors", 5),
     M(AN, "dua tangga", N, "stairs", 2),

     M(A, "46 people", N, "dead", 46, "2024-04-08"),
     M(A, "Feb. 29", D, "fire", "2024-02-29"),
     M(A, "five-member", N, "probe", 5),
     M(A, "five floors", N, "commercial", 5, src=FIRE),
     M(A, "three", N, "residential", 3, src=FIRE),
     M(A, "eight restaurants", N, "restaurants", 8),
     M(A, "three times", N, "notices", 3),
     M(A, "four people", N, "arrests", 4, "2024-04-08"),
     M(A, "two owners", N, "owners", 2),
     M(A, "75 people", N, "rescued", 75),

     M(T, "46 orang", N, "dead", 46, "2024-04-10"),
     M(T, "Kamis, 29 Februari 2024", D, "fire", "2024-02-29"),
     M(T, "lima orang", N, "probe", 5),
     M(T, "lima lantai", N, "commercial", 5, src=FIRE),
     M(T, "tiga lantai", N, "residential", 3, src=FIRE),
     M(T, "tujuh lantai", N, "commercial", 7, src=RAJUK),
     M(T, "delapan restoran", N, "restaurants", 8),
     M(T, "75 orang", N, "rescued", 75),
     M(T, "42", N, "unconscious", 42),
     M(T, "13 unit", N, "units", 13),
     M(T, "sekitar dua jam", N, "hours", 2, qual="approx", cls="dur"),
     M(T, "Empat orang", N, "arrests", 4, "2024-04-10"),
    ]
    build("bailey-road-fire-2024", "The fire in the Green Cozy Cottage building on Bailey Road, Dhaka, on the night "
          "of Thursday 29 February 2024: 43 dead by the health minister in the early hours of Friday 1 March, 44 by "
          "the police chief, 46 on Friday morning; 22 seriously injured in hospital given overnight, lowered to 12 on "
          "Friday morning; 75 rescued, 42 unconscious, 13 units, about two hours; three arrested on Friday 1 March, "
          "four remanded for two days on Saturday 2 March; 43 bodies handed over by Saturday; RAJUK's account of the "
          "permit (seven commercial floors and one residential of eight) against the fire service committee's (five "
          "commercial and three residential), eight restaurants; the committee's report in April 2024", False, ms,
          names)


def honduras():
    R, K, AN, A, T = "reuters-dec02", "kompas-dec04", "antara-dec09", "ap-dec25", "tempo-dec27"
    # the council's count at each stage: Monday 1 December (57 % of tally sheets), Wednesday 3 December (74 %),
    # Monday 8 December (90.31 %) and the declaration of Wednesday 24 December (98.18 %); a share of a partial count
    # may fall as the count goes on, and so may a lead
    D1, D3, D8, FIN = "2025-12-01", "2025-12-03", "2025-12-08", "2025-12-24"
    names = {
     "asf": "Asfura's share", "nas": "Nasralla's share", "mon": "Moncada's share",
     "asf_votes": "votes for Asfura", "nas_votes": "votes for Nasralla", "mon_votes": "votes for Moncada",
     "lead": "Asfura's lead in votes", "nas_lead": "Nasralla's lead in votes",
     "counted": "share of tally sheets counted", "deputies": "members of Congress elected",
     "mayors": "mayors elected", "law_days": "days the council has by law to declare",
     "term": "length of the presidential term", "sentence": "Hernández's prison sentence",
     "weeks": "weeks from the vote to the declaration", "handcount": "share of tally sheets counted by hand",
     "margin2017": "Nasralla's margin of defeat in 2017",
     # dates
     "election": "day of the election", "count1": "day of the first day's count (515 votes)",
     "resume": "day the count resumed", "count2": "day of the count with 74 % processed",
     "site_down": "day the council's site went down", "count3": "day of the count with 90.31 % counted",
     "declaration": "day of the declaration", "inauguration": "day of the inauguration", "y2017": "the 2017 election",
    }
    ms = [
     M(R, "Monday", D, "count1", D1),
     M(R, "515 votes", N, "lead", 515, D1, fall=True),
     M(R, "57%", N, "counted", 57, D1, cls="pct"),
     M(R, "39.91%", N, "asf", 39.91, D1, cls="pct", fall=True),
     M(R, "39.89%", N, "nas", 39.89, D1, cls="pct", fall=True),
     M(R, "19.16%", N, "mon", 19.16, D1, cls="pct", fall=True),
     M(R, "45-year", N, "sentence", 45, cls="dur"),
     M(R, "Sunday", D, "election", "2025-11-30"),
     M(R, "128", N, "deputies", 128),
     M(R, "298", N, "mayors", 298),
     M(R, "30 days", N, "law_days", 30, cls="dur"),
     M(R, "Jan. 27", D, "inauguration", "2026-01-27"),
     M(R, "four-year", N, "term", 4, cls="dur"),

     M(K, "Rabu (3/12/2025)", D, "count2", D3),
     M(K, "74 persen", N, "counted", 74, D3, cls="pct"),
     M(K, "959.670 suara", N, "nas_votes", 959670, D3),
     M(K, "40,22 persen", N, "nas", 40.22, D3, cls="pct", fall=True),
     M(K, "946.462 suara", N, "asf_votes", 946462, D3),
     M(K, "39,67 persen", N, "asf", 39.67, D3, cls="pct", fall=True),
     M(K, "sekitar 13.000 suara", N, "nas_lead", 13000, D3, qual="approx"),
     M(K, "19,04 persen", N, "mon", 19.04, D3, cls="pct", fall=True),
     M(K, "Selasa (2/12/2025)", D, "resume", "2025-12-02"),
     M(K, "Senin (1/12/2025)", D, "count1", D1),
     M(K, "515 suara", N, "lead", 515, D1, fall=True),
     M(K, "57 persen", N, "counted", 57, D1, cls="pct"),
     M(K, "Minggu (30/11/2025)", D, "election", "2025-11-30"),
     M(K, "128 anggota", N, "deputies", 128),
     M(K, "298 wali kota", N, "mayors", 298),
     M(K, "27 Januari 2026", D, "inauguration", "2026-01-27"),

     M(AN, "Senin (8/12/2025)", D, "count3", D8),
     M(AN, "90,31 persen", N, "counted", 90.31, D8, cls="pct"),
     M(AN, "1.165.454 suara", N, "asf_votes", 1165454, D8),
     M(AN, "40,23 persen", N, "asf", 40.23, D8, cls="pct", fall=True),
     M(AN, "1.143.708 suara", N, "nas_votes", 1143708, D8),
     M(AN, "39,48 persen", N, "nas", 39.48, D8, cls="pct", fall=True),
     M(AN, "19,27 persen", N, "mon", 19.27, D8, cls="pct", fall=True),
     M(AN, "21.746 suara", N, "lead", 21746, D8, fall=True),
     M(AN, "515 suara", N, "lead", 515, D1, fall=True),
     M(AN, "Jumat (5/12/2025)", D, "site_down", "2025-12-05"),
     M(AN, "30 November", D, "election", "2025-11-30"),
     M(AN, "empat tahun", N, "term", 4, cls="dur"),
     M(AN, "27 Januari 2026", D, "inauguration", "2026-01-27"),

     M(A, "Wednesday", D, "declaration", FIN),
     M(A, "Nov. 30", D, "election", "2025-11-30"),
     M(A, "more than three weeks", N, "weeks", 3, qual="morethan", cls="dur"),
     M(A, "1,479,822 votes", N, "asf_votes", 1479822, FIN),
     M(A, "40.27%", N, "asf", 40.27, FIN, cls="pct", fall=True),
     M(A, "1,452,796 votes", N, "nas_votes", 1452796, FIN),
     M(A, "39.53%", N, "nas", 39.53, FIN, cls="pct", fall=True),
     M(A, "27,206 votes", N, "lead", 27206, FIN, fall=True, planted=True),
     M(A, "706,266 votes", N, "mon_votes", 706266, FIN),
     M(A, "19.19%", N, "mon", 19.19, FIN, cls="pct", fall=True),
     M(A, "98.18%", N, "counted", 98.18, FIN, cls="pct"),
     M(A, "About 15%", N, "handcount", 15, qual="approx", cls="pct"),
     M(A, "Jan. 27", D, "inauguration", "2026-01-27"),
     M(A, "four-year", N, "term", 4, cls="dur"),

     M(T, "Rabu, 24 Desember 2025", D, "declaration", FIN),
     M(T, "1.479.822 suara", N, "asf_votes", 1479822, FIN),
     M(T, "40,27 persen", N, "asf", 40.27, FIN, cls="pct", fall=True),
     M(T, "27.026 suara", N, "lead", 27026, FIN, fall=True),
     M(T, "1.452.796 suara", N, "nas_votes", 1452796, FIN),
     M(T, "39,53 persen", N, "nas", 39.53, FIN, cls="pct", fall=True),
     M(T, "19,91 persen", N, "mon", 19.91, FIN, cls="pct", fall=True, planted=True),
     M(T, "98,18 persen", N, "counted", 98.18, FIN, cls="pct"),
     M(T, "Minggu, 30 November 2025", D, "election", "2025-11-30"),
     M(T, "Senin, 1 Desember 2025", D, "count1", D1),
     M(T, "515 suara", N, "lead", 515, D1, fall=True),
     M(T, "2017", D, "y2017", "2017"),
     M(T, "1,53 persen", N, "margin2017", 1.53, cls="pct"),
     M(T, "27 Januari 2026", D, "inauguration", "2026-01-27"),
     M(T, "empat tahun", N, "term", 4, cls="dur"),
    ]
    build("honduras-election-2025", "Honduras's general election of Sunday 30 November 2025: the council's slow count "
          "(Monday 1 December, 57 % counted: Asfura 39.91 %, Nasralla 39.89 %, Moncada 19.16 %, a lead of 515 votes; "
          "Wednesday 3 December, 74 %: Nasralla ahead with 40.22 % and 959,670 votes to 39.67 % and 946,462; Monday 8 "
          "December, 90.31 %: Asfura 40.23 % and 1,165,454 votes, Nasralla 39.48 % and 1,143,708, Moncada 19.27 %); "
          "the declaration of Wednesday 24 December on 98.18 % of tally sheets: Asfura 1,479,822 votes (40.27 %), "
          "Nasralla 1,452,796 (39.53 %), a margin of 27,026, Moncada 706,266 (19.19 %); the inauguration on 27 January "
          "2026 for a four-year term", False, ms, names)


def fed():
    R, C, F, K = "reuters-sep17", "cnbcindonesia-sep18", "ft-sep19", "kontan-sep20"
    names = {
     "cut": "size of the cut (basis points)", "lower": "lower bound of the new target range",
     "upper": "upper bound of the new target range", "prev_lower": "lower bound of the previous range",
     "prev_upper": "upper bound of the previous range", "ayes": "votes for the cut", "nays": "votes against",
     "voters": "voting members", "miran": "cut Miran preferred (basis points)", "extra": "further cuts projected this year",
     "proj25": "median rate projected for the end of 2025", "proj25_prev": "June's median for the end of 2025",
     "proj26": "median rate projected for the end of 2026", "proj27": "median rate projected for the end of 2027",
     "gdp": "growth projected for 2025", "gdp_prev": "June's growth projection for 2025",
     "unemp": "unemployment projected for the end of 2025", "pce": "PCE inflation projected for 2025",
     "core": "core PCE inflation projected for 2025", "target": "the inflation target",
     "unemp_aug": "unemployment in August",
     # dates
     "decision": "day of the decision", "last_cut": "month of the previous cut", "sworn": "day Miran was sworn in",
     "y2025": "the end of 2025 (projection)", "y2026": "the end of 2026 (projection)", "y2027": "the end of 2027 (projection)",
     "june": "month of the previous projections", "august": "month of the unemployment reading",
     "october": "month of the next meeting",
    }
    ms = [
     M(R, "a quarter of a percentage point", N, "cut", 25, qual="unit", cls="bp"),
     M(R, "Wednesday", D, "decision", "2025-09-17"),
     M(R, "4.00%", N, "lower", 4.0, cls="pct"),
     M(R, "4.25%", N, "upper", 4.25, cls="pct"),
     M(R, "two more cuts", N, "extra", 2),
     M(R, "December 2024", D, "last_cut", "2024-12"),
     M(R, "11-1", N, "ayes", 11, also=(("nays", 1),)),
     M(R, "50-basis-point", N, "miran", 50, cls="bp"),
     M(R, "Tuesday", D, "sworn", "2025-09-16"),
     M(R, "3.6%", N, "proj25", 3.6, cls="pct"),
     M(R, "2025", D, "y2025", "2025"),
     M(R, "3.4%", N, "proj26", 3.4, cls="pct"),
     M(R, "2026", D, "y2026", "2026"),
     M(R, "3.1%", N, "proj27", 3.1, cls="pct"),
     M(R, "2027", D, "y2027", "2027"),
     M(R, "1.6%", N, "gdp", 1.6, cls="pct"),
     M(R, "1.4%", N, "gdp_prev", 1.4, cls="pct"),
     M(R, "June", D, "june", "2025-06"),
     M(R, "4.5%", N, "unemp", 4.5, cls="pct"),
     M(R, "3.0%", N, "pce", 3.0, cls="pct"),
     M(R, "2%", N, "target", 2, cls="pct"),

     M(C, "25 basis poin", N, "cut", 25, cls="bp"),
     M(C, "4,00 persen", N, "lower", 4.0, cls="pct"),
     M(C, "4,25 persen", N, "upper", 4.25, cls="pct"),
     M(C, "Rabu (17/9/2025)", D, "decision", "2025-09-17"),
     M(C, "4,25 persen", N, "prev_lower", 4.25, cls="pct", occ=2),
     M(C, "4,50 persen", N, "prev_upper", 4.5, cls="pct"),
     M(C, "Desember 2024", D, "last_cut", "2024-12"),
     M(C, "11 berbanding 1", N, "ayes", 11, also=(("nays", 1),)),
     M(C, "50 basis poin", N, "miran", 50, cls="bp"),
     M(C, "3,6 persen", N, "proj25", 3.6, cls="pct"),
     M(C, "akhir 2025", D, "y2025", "2025"),
     M(C, "dua kali pemangkasan", N, "extra", 2),
     M(C, "1,6 persen", N, "gdp", 1.6, cls="pct"),
     M(C, "1,4 persen", N, "gdp_prev", 1.4, cls="pct"),
     M(C, "Juni", D, "june", "2025-06"),
     M(C, "4,5 persen", N, "unemp", 4.5, cls="pct"),
     M(C, "3,0 persen", N, "pce", 3.0, cls="pct"),
     M(C, "2 persen", N, "target", 2, cls="pct"),

     M(F, "25 basis points", N, "cut", 25, cls="bp"),
     M(F, "Wednesday", D, "decision", "2025-09-17"),
     M(F, "4 to 4.25 per cent", N, "lower", 4.0, cls="pct", also=(("upper", 4.25),)),
     M(F, "December", D, "last_cut", "2024-12"),
     M(F, "Eleven", N, "ayes", 11),
     M(F, "12", N, "voters", 12),
     M(F, "half a point", N, "miran", 50, qual="unit", cls="bp"),
     M(F, "3.6 per cent", N, "proj25", 3.6, cls="pct"),
     M(F, "3.9 per cent", N, "proj25_prev", 3.9, cls="pct"),
     M(F, "June", D, "june", "2025-06"),
     M(F, "two more quarter-point cuts", N, "extra", 2),
     M(F, "2026", D, "y2026", "2026"),
     M(F, "3.4 per cent", N, "proj26", 3.4, cls="pct"),
     M(F, "2027", D, "y2027", "2027"),
     M(F, "3.1 per cent", N, "proj27", 3.1, cls="pct"),
     M(F, "3.1 per cent", N, "core", 3.1, cls="pct", occ=2),
     M(F, "2 per cent", N, "target", 2, cls="pct"),
     M(F, "4.3 per cent", N, "unemp_aug", 4.3, cls="pct"),
     M(F, "August", D, "august", "2025-08"),
     M(F, "4.5 per cent", N, "unemp", 4.5, cls="pct"),
     M(F, "1.6 per cent", N, "gdp", 1.6, cls="pct"),
     M(F, "October", D, "october", "2025-10"),

     M(K, "0,25 poin persentase", N, "cut", 25, qual="unit", cls="bp"),
     M(K, "Rabu, 17 September 2025", D, "decision", "2025-09-17"),
     M(K, "4 persen", N, "lower", 4.0, cls="pct"),
     M(K, "4,25 persen", N, "upper", 4.25, cls="pct"),
     M(K, "11", N, "ayes", 11),
     M(K, "12", N, "voters", 12),
     M(K, "Selasa (16/9/2025)", D, "sworn", "2025-09-16"),
     M(K, "50 basis poin", N, "miran", 50, cls="bp"),
     M(K, "3,6 persen", N, "proj25", 3.6, cls="pct"),
     M(K, "3,4 persen", N, "proj26", 3.4, cls="pct"),
     M(K, "2026", D, "y2026", "2026"),
     M(K, "3,1 persen", N, "proj27", 3.1, cls="pct"),
     M(K, "2027", D, "y2027", "2027"),
     M(K, "3,1 persen", N, "core", 3.1, cls="pct", occ=2),
     M(K, "2 persen", N, "target", 2, cls="pct"),
     M(K, "4,3 persen", N, "unemp_aug", 4.3, cls="pct"),
     M(K, "Agustus", D, "august", "2025-08"),
     M(K, "Desember 2024", D, "last_cut", "2024-12"),
     M(K, "Oktober", D, "october", "2025-10"),
    ]
    build("fed-september-2025", "The US Federal Reserve's decision (control) of Wednesday 17 September 2025: a 25 "
          "basis point cut to a target range of 4.00 % to 4.25 % (from 4.25 % to 4.50 %), the first since December "
          "2024, by an 11-1 vote with Stephen Miran dissenting for 50 basis points (sworn in on Tuesday 16 September); "
          "median projections of 3.6 % for the end of 2025 (3.9 % in June; two more cuts), 3.4 % for 2026 and 3.1 % "
          "for 2027; growth of 1.6 % (1.4 % in June), unemployment 4.5 % at the end of 2025 (4.3 % in August), PCE "
          "inflation 3.0 % and core 3.1 %, the 2 % target. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    fire()
    honduras()
    fed()
