"""The hundred-and-eighty-sixth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset186/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def yeti():
    K, R, T1, T2 = "kompas-jan15", "reuters-jan16", "detik-jan17", "tempo-feb08"
    # as-of times of the running tallies: Sunday 15 January 2023 evening (68 bodies), Monday 16 January evening (the
    # police's 70 and the health ministry's 69: two sources), Tuesday 17 January (71, one missing). The bodies found
    # do not fall; the missing fall as bodies are found (fall=True). Who was aboard (72: 68 passengers and four crew;
    # 53 Nepalis and 15 foreigners) does not change with the day of the report.
    # Early on Monday the toll was revised down to 66 after a recount (six missing): a revision of Sunday's 68.
    SUN, MON, TUE = "2023-01-15", "2023-01-16", "2023-01-17"
    MON_AM, MON_PM = "2023-01-16a", "2023-01-16b"
    POLICE, HEALTH = "the police", "the health ministry"
    names = {
     "aboard": "people aboard", "passengers": "passengers aboard", "crew": "crew aboard", "dead": "bodies recovered",
     "missing": "people still missing", "nepali": "Nepali citizens aboard", "foreign": "foreigners aboard",
     "indian": "Indians aboard", "russian": "Russians aboard", "korean": "South Koreans aboard",
     "commission": "members of the inquiry commission", "prev_toll": "toll of the 1992 crash",
     "flight_min": "scheduled flight time (minutes)", "since_takeoff": "minutes from take-off to the crash",
     "deadline": "days given to the inquiry",
     # dates
     "crash": "day of the crash", "airport": "day the new airport opened", "prev_crash": "year of the 1992 crash",
     "blackbox": "day the black boxes were found", "asof_sun": "day of Sunday's count",
     "asof_mon": "day of Monday's count", "asof_tue": "day of Tuesday's count", "mourning": "day of national mourning",
     "analysis": "day the inquiry began analysing the recorders",
    }
    ms = [
     M(K, "Minggu (15/1/2023)", D, "crash", SUN),
     M(K, "72 orang", N, "aboard", 72),
     M(K, "68 penumpang", N, "passengers", 68),
     M(K, "empat awak", N, "crew", 4),
     M(K, "68 jenazah", N, "dead", 68, SUN),
     M(K, "53 warga setempat", N, "nepali", 53),
     M(K, "15 warga asing", N, "foreign", 15),
     M(K, "lima warga India", N, "indian", 5),
     M(K, "empat warga Rusia", N, "russian", 4),
     M(K, "dua warga Korea Selatan", N, "korean", 2),
     M(K, "1 Januari 2023", D, "airport", "2023-01-01"),
     M(K, "lima orang", N, "commission", 5),
     M(K, "1992", D, "prev_crash", "1992"),

     M(R, "Monday", D, "blackbox", MON),
     M(R, "68 passengers", N, "passengers", 68),
     M(R, "four crew members", N, "crew", 4),
     M(R, "Sunday", D, "crash", SUN),
     M(R, "70 bodies", N, "dead", 70, MON_PM, src=POLICE),
     M(R, "Monday", D, "asof_mon", MON, occ=2),
     M(R, "two people", N, "missing", 2, MON_PM, fall=True),
     M(R, "69", N, "dead", 69, MON_PM, src=HEALTH),
     M(R, "Fifteen foreigners", N, "foreign", 15),
     M(R, "five Indians", N, "indian", 5),
     M(R, "four Russians", N, "russian", 4),
     M(R, "two South Koreans", N, "korean", 2),
     M(R, "68 bodies", N, "dead", 68, SUN),
     M(R, "Sunday", D, "asof_sun", SUN, occ=2),
     M(R, "66", N, "dead", 66, MON_AM),
     M(R, "six people", N, "missing", 6, MON_AM, fall=True),
     M(R, "Monday", D, "mourning", MON, occ=5),
     M(R, "Jan. 1", D, "airport", "2023-01-01"),
     M(R, "1992", D, "prev_crash", "1992"),
     M(R, "167 people", N, "prev_toll", 167),

     M(T1, "71 orang", N, "dead", 71, TUE),
     M(T1, "Selasa (17/1/2023)", D, "asof_tue", TUE),
     M(T1, "satu orang", N, "missing", 1, TUE, fall=True),
     M(T1, "Senin (16/1/2023)", D, "asof_mon", MON),
     M(T1, "70 jenazah", N, "dead", 70, MON_PM, src=POLICE),
     M(T1, "Sabtu (14/1/2023)", D, "crash", "2023-01-14", planted=True),
     M(T1, "68 penumpang", N, "passengers", 68),
     M(T1, "empat awak", N, "crew", 4),
     M(T1, "25 menit", N, "flight_min", 25, cls="min"),
     M(T1, "Senin (16/1/2023)", D, "blackbox", MON, occ=2),
     M(T1, "15 warga asing", N, "foreign", 15),
     M(T1, "lima warga India", N, "indian", 5),

     M(T2, "Rabu (18/1/2023)", D, "analysis", "2023-01-18"),
     M(T2, "Minggu (15/1/2023)", D, "crash", SUN),
     M(T2, "72 orang", N, "aboard", 72),
     M(T2, "Selasa (17/1/2023)", D, "asof_tue", TUE),
     M(T2, "71 jenazah", N, "dead", 71, TUE),
     M(T2, "satu orang", N, "missing", 1, TUE, fall=True),
     M(T2, "35 warga setempat", N, "nepali", 35, planted=True),
     M(T2, "15 warga asing", N, "foreign", 15),
     M(T2, "lima orang", N, "commission", 5),
     M(T2, "45 hari", N, "deadline", 45, cls="day"),
     M(T2, "Senin (16/1/2023)", D, "blackbox", MON),
     M(T2, "20 menit", N, "since_takeoff", 20, cls="min"),
     M(T2, "1 Januari 2023", D, "airport", "2023-01-01"),
    ]
    build("yeti-crash-2023", "The Yeti Airlines ATR 72 crash near Pokhara, Nepal (Sunday 15 January 2023; 72 aboard: "
          "68 passengers and four crew, 53 Nepalis and 15 foreigners): 68 bodies recovered by Sunday evening, revised "
          "down to 66 after a recount early on Monday, 70 by "
          "Monday 16 January by the police's count (the health ministry's 69), 71 by Tuesday 17 January with one still "
          "missing; the black boxes found on Monday, a national day of mourning on Monday, a five-member inquiry",
          False, ms, names)


def president():
    A, R, K, T = "antara-mar09", "reuters-mar10", "kompas-mar13", "tempo-apr10"
    # stages on different dates: the presidential vote (Thursday 9 March 2023), the oath (Monday 13 March 2023), the
    # prime minister's second confidence vote (Monday 20 March 2023) and his first (10 January 2023). Results and
    # votes do not change with the day of the report.
    names = {
     "paudel": "Paudel's weighted votes", "nembang": "Nembang's weighted votes",
     "fed_voted": "federal lawmakers who voted", "prov_voted": "provincial members who voted",
     "total_voted": "lawmakers who voted", "college": "members of the electoral college",
     "w_fed": "weight of a federal lawmaker's vote", "w_prov": "weight of a provincial member's vote",
     "parties": "parties backing Paudel", "paudel_fed": "federal lawmakers voting for Paudel",
     "paudel_prov": "provincial members voting for Paudel", "conf1_yes": "votes for Dahal in January",
     "conf2_yes": "votes for Dahal in March", "conf2_no": "votes against Dahal in March",
     "present": "members present in March", "abstain": "abstentions in March",
     # dates
     "vote": "day of the presidential vote", "oath": "day of the oath", "conf1": "day of the first confidence vote",
     "conf2": "day of the second confidence vote", "pm_office": "month Dahal took office",
     "republic": "year Nepal became a republic", "bhandari": "year Bhandari took office",
    }
    ms = [
     M(A, "Kamis (9/3/2023)", D, "vote", "2023-03-09"),
     M(A, "33.802 suara", N, "paudel", 33802, cls="votes"),
     M(A, "15.518 suara", N, "nembang", 15518, cls="votes"),
     M(A, "313 anggota parlemen federal", N, "fed_voted", 313),
     M(A, "518 anggota dewan provinsi", N, "prov_voted", 518),
     M(A, "884 orang", N, "college", 884),
     M(A, "79", N, "w_fed", 79, cls="weight"),
     M(A, "48", N, "w_prov", 48, cls="weight"),
     M(A, "delapan partai", N, "parties", 8),
     M(A, "2008", D, "republic", "2008"),

     M(R, "Thursday", D, "vote", "2023-03-09"),
     M(R, "33,802", N, "paudel", 33802, cls="votes"),
     M(R, "15,518", N, "nembang", 15518, cls="votes"),
     M(R, "214 federal lawmakers", N, "paudel_fed", 214),
     M(R, "352 members", N, "paudel_prov", 352),
     M(R, "831 lawmakers", N, "total_voted", 831),
     M(R, "313", N, "fed_voted", 313),
     M(R, "518", N, "prov_voted", 518),
     M(R, "79", N, "w_fed", 79, cls="weight"),
     M(R, "48", N, "w_prov", 48, cls="weight"),
     M(R, "December", D, "pm_office", "2022-12"),
     M(R, "Jan. 10", D, "conf1", "2023-01-10"),
     M(R, "268 votes", N, "conf1_yes", 268, cls="votes"),
     M(R, "Monday", D, "oath", "2023-03-13"),

     M(K, "Senin (13/3/2023)", D, "oath", "2023-03-13"),
     M(K, "Kamis (9/3/2023)", D, "vote", "2023-03-09"),
     M(K, "33.082 suara", N, "paudel", 33082, cls="votes", planted=True),
     M(K, "15.518 suara", N, "nembang", 15518, cls="votes"),
     M(K, "214 anggota parlemen federal", N, "paudel_fed", 214),
     M(K, "352 anggota dewan provinsi", N, "paudel_prov", 352),
     M(K, "2015", D, "bhandari", "2015"),
     M(K, "Senin (20/3/2023)", D, "conf2", "2023-03-20"),

     M(T, "Senin (20/3/2023)", D, "conf2", "2023-03-20"),
     M(T, "262 anggota", N, "present", 262),
     M(T, "172 orang", N, "conf2_yes", 172, cls="votes"),
     M(T, "89", N, "conf2_no", 89, cls="votes"),
     M(T, "satu abstain", N, "abstain", 1, cls="votes"),
     M(T, "268 suara", N, "conf1_yes", 268, cls="votes"),
     M(T, "10 Januari 2023", D, "conf1", "2023-01-10"),
     M(T, "9 Maret 2023", D, "vote", "2023-03-09"),
     M(T, "33.802 suara", N, "paudel", 33802, cls="votes"),
     M(T, "15.518 suara", N, "nembang", 15518, cls="votes"),
     M(T, "13 Maret 2023", D, "oath", "2023-03-13"),
    ]
    build("nepal-president-2023", "Nepal's presidential election of Thursday 9 March 2023 (Ram Chandra Paudel 33,802 "
          "weighted votes, Subas Chandra Nembang 15,518; 313 federal and 518 provincial lawmakers voted), Paudel's oath "
          "on Monday 13 March 2023, and Prime Minister Pushpa Kamal Dahal's second confidence vote on Monday 20 March "
          "2023 (172 of 262 present, 89 against, one abstention) after his first of 10 January 2023 (268 votes)",
          False, ms, names)


def cbsl():
    R, A, B, K = "reuters-jun01", "antara-jun02", "bisnis-jun03", "kontan-jun05"
    names = {
     "cut": "size of the cut", "sdfr": "the new deposit facility rate", "slfr": "the new lending facility rate",
     "prev_sdfr": "the deposit facility rate before", "prev_slfr": "the lending facility rate before",
     "hikes22": "the rise over 2022", "hike_mar": "the rise of 3 March 2023", "imf": "the IMF programme (US$ billion)",
     # dates
     "announce": "day of the announcement", "meeting": "day of the board meeting", "lowest": "month rates were last this low",
     "hike_day": "day of the last rise", "imf_month": "month of the IMF programme",
    }
    ms = [
     M(R, "250 basis points", N, "cut", 250, cls="bp"),
     M(R, "Thursday", D, "announce", "2023-06-01"),
     M(R, "13.00%", N, "sdfr", 13, cls="pct"),
     M(R, "14.00%", N, "slfr", 14, cls="pct"),
     M(R, "15.50%", N, "prev_sdfr", 15.5, cls="pct"),
     M(R, "16.50%", N, "prev_slfr", 16.5, cls="pct"),
     M(R, "Wednesday", D, "meeting", "2023-05-31"),
     M(R, "March 2022", D, "lowest", "2022-03"),
     M(R, "950 basis points", N, "hikes22", 950, cls="bp"),
     M(R, "100 basis points", N, "hike_mar", 100, cls="bp"),
     M(R, "March 3", D, "hike_day", "2023-03-03"),
     M(R, "about $3 billion", N, "imf", 3, qual="approx", cls="usd"),

     M(A, "250 basis poin", N, "cut", 250, cls="bp"),
     M(A, "Kamis (1/6/2023)", D, "announce", "2023-06-01"),
     M(A, "13,00 persen", N, "sdfr", 13, cls="pct"),
     M(A, "14,00 persen", N, "slfr", 14, cls="pct"),
     M(A, "15,50 persen", N, "prev_sdfr", 15.5, cls="pct"),
     M(A, "16,50 persen", N, "prev_slfr", 16.5, cls="pct"),
     M(A, "Rabu (31/5/2023)", D, "meeting", "2023-05-31"),
     M(A, "950 basis poin", N, "hikes22", 950, cls="bp"),
     M(A, "100 basis poin", N, "hike_mar", 100, cls="bp"),
     M(A, "3 Maret 2023", D, "hike_day", "2023-03-03"),
     M(A, "Maret 2022", D, "lowest", "2022-03"),

     M(B, "250 basis poin", N, "cut", 250, cls="bp"),
     M(B, "Kamis (1/6/2023)", D, "announce", "2023-06-01"),
     M(B, "15,50 persen", N, "prev_sdfr", 15.5, cls="pct"),
     M(B, "13,00 persen", N, "sdfr", 13, cls="pct"),
     M(B, "16,50 persen", N, "prev_slfr", 16.5, cls="pct"),
     M(B, "14,00 persen", N, "slfr", 14, cls="pct"),
     M(B, "31 Mei 2023", D, "meeting", "2023-05-31"),
     M(B, "950 basis poin", N, "hikes22", 950, cls="bp"),
     M(B, "100 basis poin", N, "hike_mar", 100, cls="bp"),
     M(B, "3 Maret 2023", D, "hike_day", "2023-03-03"),
     M(B, "Maret 2022", D, "lowest", "2022-03"),
     M(B, "sekitar US$3 miliar", N, "imf", 3, qual="approx", cls="usd"),
     M(B, "Maret 2023", D, "imf_month", "2023-03", occ=2),

     M(K, "250 basis poin", N, "cut", 250, cls="bp"),
     M(K, "Kamis, 1 Juni 2023", D, "announce", "2023-06-01"),
     M(K, "13 persen", N, "sdfr", 13, cls="pct"),
     M(K, "14 persen", N, "slfr", 14, cls="pct"),
     M(K, "15,5 persen", N, "prev_sdfr", 15.5, cls="pct"),
     M(K, "16,5 persen", N, "prev_slfr", 16.5, cls="pct"),
     M(K, "Rabu, 31 Mei 2023", D, "meeting", "2023-05-31"),
     M(K, "950 basis poin", N, "hikes22", 950, cls="bp"),
     M(K, "100 basis poin", N, "hike_mar", 100, cls="bp"),
     M(K, "3 Maret 2023", D, "hike_day", "2023-03-03"),
     M(K, "Maret 2022", D, "lowest", "2022-03"),
    ]
    build("cbsl-june-2023", "The Central Bank of Sri Lanka's rate cut (control) announced on Thursday 1 June 2023 "
          "after the Monetary Board's meeting of Wednesday 31 May: both policy rates cut 250 basis points, the deposit "
          "facility to 13.00% from 15.50% and the lending facility to 14.00% from 16.50%, the lowest since March 2022, "
          "after rises of 950 basis points in 2022 and 100 on 3 March 2023. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    yeti()
    president()
    cbsl()
