"""The sixty-second development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset62/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def enga():
    R, K, T, A, P = "reuters-may25", "kompas-may27", "detik-may28", "ap-may31", "antara-jun24"
    # the estimates of the dead are four bodies' figures (sources), each kept at the time it was made: the local
    # officials' on Friday 24 May, the IOM's and the National Disaster Centre's on Sunday 26 May, the village
    # leaders' head count on Wednesday 29 May
    LOCAL, IOM, NDC, LEADERS = "local officials", "the IOM (UN)", "the National Disaster Centre", "village leaders' head count"
    names = {
     "dead_est": "estimated dead", "recovered": "bodies recovered", "houses": "houses buried",
     "condemned": "further houses evacuated", "displaced": "people displaced", "affected": "people affected",
     "depth": "depth of the debris (lower bound)", "depth_max": "depth of the debris (upper bound)",
     "road": "length of highway buried (lower bound)", "road_max": "length of highway buried (upper bound)",
     "dist_capital": "distance from Port Moresby", "dist_wabag": "distance from Wabag",
     "package": "the government's relief package", "package_usd": "the package in US dollars",
     "india_aid": "India's aid", "ratio": "the government's estimate as a multiple of the UN's",
     "excavators": "machines the military expected", "unrecovered": "bodies left unrecovered, declared missing",
     "search_days": "length of the search window", "households": "households receiving food",
     "centres": "care centres",
     # dates
     "slide": "day of the landslide", "houses60_day": "day the first count of houses was passed on",
     "no_machinery": "day no machinery had reached the site", "iom670_day": "day the IOM gave 670",
     "bodies6_day": "day six bodies were reported", "ndc_letter": "day of the disaster centre's letter",
     "bodies5_day": "day five bodies were reported", "excavator_day": "day the first excavator arrived",
     "india_day": "day India announced its aid", "marape_visit": "day of the prime minister's visit",
     "leaders_day": "day of the village leaders' count", "search_end": "day the search ended",
    }
    ms = [
     M(R, "Friday", D, "slide", "2024-05-24"),
     M(R, "100 or more people", N, "dead_est", 100, "2024-05-24", "atleast", src=LOCAL),
     M(R, "600 km", N, "dist_capital", 600, qual="approx", cls="dist"),
     M(R, "Saturday", D, "houses60_day", "2024-05-25"),
     M(R, "60", N, "houses", 60, "2024-05-25"),
     M(R, "Saturday", D, "no_machinery", "2024-05-25", occ=2),
     M(R, "60 km", N, "dist_wabag", 60, qual="approx", cls="dist"),

     M(K, "lebih dari 670 orang", N, "dead_est", 670, "2024-05-26", "morethan", src=IOM),
     M(K, "Jumat (24/5/2024)", D, "slide", "2024-05-24"),
     M(K, "Minggu", D, "iom670_day", "2024-05-26"),
     M(K, "lebih dari 150 rumah", N, "houses", 150, "2024-05-26", "morethan"),
     M(K, "60 rumah", N, "houses", 60, "2024-05-25"),
     M(K, "Minggu (26/5/2024)", D, "bodies6_day", "2024-05-26"),
     M(K, "enam korban", N, "recovered", 6, "2024-05-26"),
     M(K, "6 hingga 8 meter", N, "depth", 6, cls="len", also=(("depth_max", 8),)),
     M(K, "250 rumah", N, "condemned", 250, "2024-05-26", "approx"),
     M(K, "1.250 warga", N, "displaced", 1250, "2024-05-26", "approx"),
     M(K, "Minggu", D, "ndc_letter", "2024-05-26", occ=3),
     M(K, "lebih dari 2.000 orang", N, "dead_est", 2000, "2024-05-26", "morethan", src=NDC),

     M(T, "lebih dari 2.000 orang", N, "dead_est", 2000, "2024-05-26", "morethan", src=NDC),
     M(T, "tiga kali", N, "ratio", 3, qual="approx", cls="ratio"),
     M(T, "670 korban", N, "dead_est", 670, "2024-05-26", src=IOM),
     M(T, "lima orang", N, "recovered", 5, "2024-05-27"),
     M(T, "Senin (27/5/2024)", D, "bodies5_day", "2024-05-27"),
     M(T, "enam jasad", N, "recovered", 6, "2024-05-26"),
     M(T, "Minggu", D, "excavator_day", "2024-05-26"),
     M(T, "150 hingga 200 meter", N, "road", 150, cls="len", also=(("road_max", 200),)),
     M(T, "1 juta dolar AS", N, "india_aid", 1e6, cls="money"),
     M(T, "Selasa (28/5/2024)", D, "india_day", "2024-05-28"),

     M(A, "Friday", D, "marape_visit", "2024-05-31"),
     M(A, "seven bodies", N, "recovered", 7, "2024-05-31"),
     M(A, "670 people", N, "dead_est", 670, "2024-05-26", src=IOM),
     M(A, "1,650 survivors", N, "displaced", 1650, "2024-05-31"),
     M(A, "more than 2,000 people", N, "dead_est", 2000, "2024-05-26", "morethan", src=NDC),
     M(A, "Wednesday", D, "leaders_day", "2024-05-29"),
     M(A, "more than 160", N, "dead_est", 160, "2024-05-29", "morethan", src=LEADERS),
     M(A, "20 million kina", N, "package", 20e6, cls="money"),
     M(A, "$5.15 million", N, "package_usd", 5.15e6, qual="approx", cls="money"),
     M(A, "Sunday", D, "excavator_day", "2024-05-26"),
     M(A, "10 excavators", N, "excavators", 10),
     M(A, "7,849", N, "affected", 7849),
     M(A, "May 24", D, "slide", "2024-05-24"),

     M(P, "Jumat (24/5/2024)", D, "slide", "2024-05-24"),
     M(P, "Sabtu (8/6/2024)", D, "search_end", "2024-06-08"),
     M(P, "14 hari", N, "search_days", 14, cls="dur"),
     M(P, "80 jenazah", N, "unrecovered", 80, "2024-06-08", "approx"),
     M(P, "lebih dari 760 orang", N, "dead_est", 760, "2024-05-26", "morethan", src=IOM, planted=True),
     M(P, "lebih dari 2.000 orang", N, "dead_est", 2000, "2024-05-26", "morethan", src=NDC),
     M(P, "160 orang", N, "dead_est", 160, "2024-05-29", "approx", src=LEADERS),
     M(P, "lebih dari 1.200 keluarga", N, "households", 1200, "2024-06-08", "morethan"),
     M(P, "dua pusat penampungan", N, "centres", 2),
     M(P, "7.849 orang", N, "affected", 7849),
     M(P, "20 juta kina", N, "package", 20e6, cls="money"),
    ]
    build("enga-landslide-2024", "The landslide at Yambali village, Enga province, Papua New Guinea (Friday 24 May "
          "2024): estimates of the dead from four bodies (local officials' 100 or more on the Friday, the IOM's more "
          "than 670 and the National Disaster Centre's more than 2,000 on Sunday 26 May, village leaders' more than "
          "160 on Wednesday 29 May); bodies recovered 6 (Sunday) -> 5 (Monday, lowered) -> 7 (Friday 31 May); houses "
          "buried 60 -> more than 150; displaced 1,250 -> 1,650; the search ended on Saturday 8 June with about 80 "
          "bodies declared missing", False, ms, names)


def iran():
    R, C, T, J, A = "reuters-jun29", "cnnindonesia-jul01", "tempo-jul06", "aljazeera-jul30", "antara-aug22"
    names = {
     "pez1": "Pezeshkian's votes in the first round", "jal1": "Jalili's votes in the first round",
     "qal1": "Qalibaf's votes in the first round", "pour1": "Pourmohammadi's votes in the first round",
     "cast1": "ballots cast in the first round", "void1": "void ballots in the first round",
     "turnout1": "turnout in the first round", "eligible": "eligible voters", "threshold": "share needed to win outright",
     "crash_others": "others killed with Raisi", "approved": "candidates approved", "registered": "people who registered",
     "withdrew": "candidates who withdrew", "pez_age": "Pezeshkian's age", "jal_age": "Jalili's age",
     "runoff_no": "Iran's runoffs so far", "pez2": "Pezeshkian's votes in the runoff", "jal2": "Jalili's votes in the runoff",
     "cast2": "ballots cast in the runoff", "turnout2": "turnout in the runoff", "stations": "polling stations",
     "extensions": "extensions of voting", "ext_hours": "length of each extension", "pres_no": "his rank among Iran's presidents",
     "endorse_gap": "days between endorsement and oath", "cabinet_days": "days to present the cabinet",
     "ministers": "ministers approved", "most_votes": "votes for the defence minister",
     "least_votes": "votes for the health minister", "list_gap": "time from oath to the cabinet list",
     # dates
     "round1": "day of the first round", "runoff": "day of the runoff", "results1": "day the first-round results were given",
     "results2": "day the runoff result was given", "celebrate": "day of the celebrations", "raisi": "day Raisi died",
     "due": "year the election was due", "revolution": "year of the revolution", "y2005": "the previous runoff",
     "deal": "year of the nuclear deal", "endorse": "day Khamenei endorsed him", "oath": "day he was sworn in",
     "cabinet_vote": "day parliament approved the cabinet", "list_day": "day the cabinet list was submitted",
     "y2001": "last time all ministers were approved",
    }
    ms = [
     M(R, "July 5", D, "runoff", "2024-07-05"),
     M(R, "Friday", D, "round1", "2024-06-28"),
     M(R, "Saturday", D, "results1", "2024-06-29"),
     M(R, "10,415,991", N, "pez1", 10415991),
     M(R, "9,473,298", N, "jal1", 9473298),
     M(R, "3,383,340", N, "qal1", 3383340),
     M(R, "206,397", N, "pour1", 206397),
     M(R, "24,535,185", N, "cast1", 24535185),
     M(R, "1,056,159", N, "void1", 1056159),
     M(R, "39.9%", N, "turnout1", 39.9, cls="pct"),
     M(R, "61 million", N, "eligible", 61e6, qual="approx"),
     M(R, "1979", D, "revolution", "1979"),
     M(R, "more than 50%", N, "threshold", 50, qual="morethan", cls="pct"),
     M(R, "2025", D, "due", "2025"),
     M(R, "May 19", D, "raisi", "2024-05-19"),
     M(R, "seven other people", N, "crash_others", 7),
     M(R, "six", N, "approved", 6),
     M(R, "80 people", N, "registered", 80),
     M(R, "two", N, "withdrew", 2),
     M(R, "69", N, "pez_age", 69, cls="age"),
     M(R, "58", N, "jal_age", 58, cls="age"),

     M(C, "Jumat (5/7/2024)", D, "runoff", "2024-07-05"),
     M(C, "Jumat (28/6/2024)", D, "round1", "2024-06-28"),
     M(C, "sekitar 10,4 juta", N, "pez1", 10.4e6, qual="approx"),
     M(C, "sekitar 9,4 juta", N, "jal1", 9.4e6, qual="approx"),
     M(C, "24,5 juta", N, "cast1", 24.5e6, qual="approx"),
     M(C, "39,9 persen", N, "turnout1", 39.9, cls="pct"),
     M(C, "1979", D, "revolution", "1979"),
     M(C, "lebih dari 50 persen", N, "threshold", 50, qual="morethan", cls="pct"),
     M(C, "sekitar 3,4 juta", N, "qal1", 3.4e6, qual="approx"),
     M(C, "69 tahun", N, "pez_age", 69, cls="age"),
     M(C, "58 tahun", N, "jal_age", 58, cls="age"),
     M(C, "kedua kalinya", N, "runoff_no", 2),
     M(C, "2005", D, "y2005", "2005"),

     M(T, "Jumat, 5 Juli 2024", D, "runoff", "2024-07-05"),
     M(T, "Sabtu (6/7/2024)", D, "results2", "2024-07-06"),
     M(T, "16.384.403", N, "pez2", 16384403),
     M(T, "13.358.179", N, "jal2", 13358179, planted=True),
     M(T, "30.530.157", N, "cast2", 30530157),
     M(T, "49,8 persen", N, "turnout2", 49.8, cls="pct"),
     M(T, "39,9 persen", N, "turnout1", 39.9, cls="pct"),
     M(T, "28 Juni", D, "round1", "2024-06-28"),
     M(T, "hampir 59.000", N, "stations", 59000, qual="nearly"),
     M(T, "tiga kali", N, "extensions", 3),
     M(T, "dua jam", N, "ext_hours", 2, cls="dur"),
     M(T, "69 tahun", N, "pez_age", 69, cls="age"),
     M(T, "2015", D, "deal", "2015"),
     M(T, "Sabtu dini hari", D, "celebrate", "2024-07-06"),
     M(T, "Mei", D, "raisi", "2024-05"),

     M(J, "ninth", N, "pres_no", 9),
     M(J, "two days", N, "endorse_gap", 2, cls="dur"),
     M(J, "Tuesday", D, "oath", "2024-07-30"),
     M(J, "Sunday", D, "endorse", "2024-07-28"),
     M(J, "69-year-old", N, "pez_age", 69, cls="age"),
     M(J, "July 5", D, "runoff", "2024-07-05"),
     M(J, "16,384,403", N, "pez2", 16384403),
     M(J, "13,538,179", N, "jal2", 13538179),
     M(J, "49.8 percent", N, "turnout2", 49.8, cls="pct"),
     M(J, "about 40 percent", N, "turnout1", 40, qual="approx", cls="pct"),
     M(J, "June 28", D, "round1", "2024-06-28"),
     M(J, "15 days", N, "cabinet_days", 15, cls="dur"),
     M(J, "May 19", D, "raisi", "2024-05-19"),
     M(J, "2025", D, "due", "2025"),

     M(A, "Rabu (21/8/2024)", D, "cabinet_vote", "2024-08-21"),
     M(A, "19 calon menteri", N, "ministers", 19),
     M(A, "2001", D, "y2001", "2001"),
     M(A, "281 suara", N, "most_votes", 281),
     M(A, "163 suara", N, "least_votes", 163),
     M(A, "2015", D, "deal", "2015"),
     M(A, "11 Agustus", D, "list_day", "2024-08-11"),
     M(A, "hampir dua pekan", N, "list_gap", 2, qual="nearly", cls="dur"),
     M(A, "Selasa (30/7/2024)", D, "oath", "2024-07-30"),
     M(A, "Jumat (5/7/2024)", D, "runoff", "2024-07-05"),
     M(A, "lebih dari 16 juta", N, "pez2", 16e6, qual="morethan"),
     M(A, "Jumat (29/6/2024)", D, "round1", "2024-06-29", planted=True),
     M(A, "sekitar 40 persen", N, "turnout1", 40, qual="approx", cls="pct"),
     M(A, "19 Mei 2024", D, "raisi", "2024-05-19"),
    ]
    build("iran-election-2024", "Iran's early presidential election after Raisi's death on 19 May 2024: the first "
          "round of Friday 28 June (Pezeshkian 10,415,991, Jalili 9,473,298, Qalibaf 3,383,340, Pourmohammadi 206,397 "
          "of 24,535,185 ballots; turnout 39.9%), results given on Saturday 29 June; the runoff of Friday 5 July "
          "(Pezeshkian 16,384,403 against Jalili's 13,538,179 of 30,530,157 ballots; turnout 49.8%), declared on "
          "Saturday 6 July; Khamenei's endorsement on Sunday 28 July and the oath before parliament on Tuesday 30 "
          "July; all 19 ministers approved by parliament on Wednesday 21 August 2024", False, ms, names)


def boc():
    R, K, B, G = "reuters-jun05", "kontan-jun06", "bisnis-jun07", "globeandmail-jun08"
    names = {
     "cut": "size of the cut", "rate": "the new policy rate", "prev_rate": "the rate before the cut",
     "bank_rate": "the new Bank Rate", "deposit": "the new deposit rate", "cpi": "inflation in April",
     "cpi_prev": "inflation in March", "gdp": "first-quarter growth (annualized)", "target": "the inflation target",
     "consumption": "consumption growth in the first quarter", "global": "global growth in the first quarter",
     "years": "years since the previous cut", "hikes": "increases from March 2022 to July 2023",
     "pandemic_low": "the rate's pandemic low", "g7": "members of the Group of Seven",
     # dates
     "decision": "day of the decision", "last_hike": "month of the last increase", "hike_start": "month the increases began",
     "prev_cut": "month of the previous cut", "cpi_month": "month of the inflation data",
     "cpi_prev_month": "month of the previous inflation reading", "mpr": "month of the Monetary Policy Report",
     "next": "day of the next decision", "expected": "month some economists expect the next cut",
    }
    ms = [
     M(R, "25 basis points", N, "cut", 25, cls="bp"),
     M(R, "4.75%", N, "rate", 4.75, cls="pct"),
     M(R, "Wednesday", D, "decision", "2024-06-05"),
     M(R, "Seven", N, "g7", 7),
     M(R, "more than four years", N, "years", 4, qual="morethan", cls="dur"),
     M(R, "5%", N, "prev_rate", 5, cls="pct"),
     M(R, "July 2023", D, "last_hike", "2023-07"),
     M(R, "2.7%", N, "cpi", 2.7, cls="pct"),
     M(R, "April", D, "cpi_month", "2024-04"),
     M(R, "2.9%", N, "cpi_prev", 2.9, cls="pct"),
     M(R, "March", D, "cpi_prev_month", "2024-03"),
     M(R, "1.7%", N, "gdp", 1.7, cls="pct"),
     M(R, "April", D, "mpr", "2024-04", occ=2),
     M(R, "5%", N, "bank_rate", 5, cls="pct", occ=2),
     M(R, "4.75%", N, "deposit", 4.75, cls="pct", occ=2),
     M(R, "July 24", D, "next", "2024-07-24"),

     M(K, "25 basis poin", N, "cut", 25, cls="bp"),
     M(K, "5%", N, "prev_rate", 5, cls="pct"),
     M(K, "4,75%", N, "rate", 4.75, cls="pct"),
     M(K, "Rabu (5/6/2024)", D, "decision", "2024-06-05"),
     M(K, "Maret 2020", D, "prev_cut", "2020-03"),
     M(K, "G7", N, "g7", 7),
     M(K, "2,7%", N, "cpi", 2.7, cls="pct"),
     M(K, "April", D, "cpi_month", "2024-04"),
     M(K, "2,9%", N, "cpi_prev", 2.9, cls="pct"),
     M(K, "Maret", D, "cpi_prev_month", "2024-03", occ=2),
     M(K, "1,7%", N, "gdp", 1.7, cls="pct"),
     M(K, "5%", N, "bank_rate", 5, cls="pct", occ=2),
     M(K, "4,75%", N, "deposit", 4.75, cls="pct", occ=2),
     M(K, "2%", N, "target", 2, cls="pct"),
     M(K, "24 Juli 2024", D, "next", "2024-07-24"),

     M(B, "0,25 poin persentase", N, "cut", 25, qual="unit", cls="bp"),
     M(B, "4,75 persen", N, "rate", 4.75, cls="pct"),
     M(B, "lebih dari empat tahun", N, "years", 4, qual="morethan", cls="dur"),
     M(B, "5 persen", N, "prev_rate", 5, cls="pct"),
     M(B, "Juli 2023", D, "last_hike", "2023-07"),
     M(B, "10 kali", N, "hikes", 10),
     M(B, "Maret 2022", D, "hike_start", "2022-03"),
     M(B, "Rabu (5/6/2024)", D, "decision", "2024-06-05"),
     M(B, "2,7 persen", N, "cpi", 2.7, cls="pct"),
     M(B, "April", D, "cpi_month", "2024-04"),
     M(B, "1,7 persen", N, "gdp", 1.7, cls="pct"),
     M(B, "April", D, "mpr", "2024-04", occ=2),
     M(B, "sekitar 3 persen", N, "consumption", 3, qual="approx", cls="pct"),
     M(B, "sekitar 3 persen", N, "global", 3, qual="approx", cls="pct", occ=2),
     M(B, "2 persen", N, "target", 2, cls="pct"),
     M(B, "24 Juli 2024", D, "next", "2024-07-24"),

     M(G, "a quarter of a percentage point", N, "cut", 25, qual="unit", cls="bp"),
     M(G, "4.75 per cent", N, "rate", 4.75, cls="pct"),
     M(G, "5 per cent", N, "prev_rate", 5, cls="pct"),
     M(G, "Wednesday, June 5", D, "decision", "2024-06-05"),
     M(G, "March 2020", D, "prev_cut", "2020-03"),
     M(G, "0.25 per cent", N, "pandemic_low", 0.25, cls="pct"),
     M(G, "10 times", N, "hikes", 10),
     M(G, "March 2022", D, "hike_start", "2022-03"),
     M(G, "July 2023", D, "last_hike", "2023-07"),
     M(G, "2 per cent", N, "target", 2, cls="pct"),
     M(G, "2.7 per cent", N, "cpi", 2.7, cls="pct"),
     M(G, "April", D, "cpi_month", "2024-04"),
     M(G, "2.9 per cent", N, "cpi_prev", 2.9, cls="pct"),
     M(G, "March", D, "cpi_prev_month", "2024-03", occ=3),
     M(G, "1.7 per cent", N, "gdp", 1.7, cls="pct"),
     M(G, "July 24", D, "next", "2024-07-24"),
     M(G, "September", D, "expected", "2024-09"),
    ]
    build("boc-rate-2024", "The Bank of Canada's rate decision (control) of Wednesday 5 June 2024: the policy rate cut "
          "25 basis points from 5% to 4.75%, the first cut since March 2020 (more than four years) and the first by a "
          "G7 central bank; the Bank Rate 5% and the deposit rate 4.75%; held at 5% since July 2023 after 10 increases "
          "from March 2022; April inflation 2.7% from 2.9% in March; first-quarter growth 1.7% annualized; the 2% "
          "target; the next decision on 24 July 2024. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    enga()
    iran()
    boc()
