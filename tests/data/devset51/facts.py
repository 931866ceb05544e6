"""The fifty-first development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset51/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def kerman():
    R, K, T, A, P = "reuters-jan03", "kompas-jan04", "tempo-jan06", "apnews-jan11", "antara-jan26"
    names = {
     "dead": "people killed in the bombings (the bombers not counted)", "injured": "people injured",
     "hosp": "injured still in hospital", "critical": "injured in critical condition",
     "arrests": "people arrested over the attack", "afghans": "Afghan nationals among the dead",
     "blasts": "explosions", "bombers": "suicide bombers named in the claim", "died_sat": "wounded who died by Saturday 6 January",
     "revisions": "downward revisions of the toll", "dist_tehran": "distance from Tehran to Kerman",
     "dist1": "distance of the first blast from the tomb", "dist2": "distance of the second blast from the tomb",
     "anniv": "years since Soleimani's killing", "gap": "time between the two blasts",
     "left": "time between the bomb-maker's departure and the attack",
     "age_boy": "age of the boy who died of his wounds", "age_man": "age of the man who died of his wounds",
     # dates
     "attack": "day of the bombings", "y1979": "year of the revolution", "revise95": "day the health minister gave 95 dead",
     "soleimani": "day Soleimani was killed", "mourning": "national day of mourning", "vahidi": "day the interior minister gave 84 dead",
     "claim": "day the Islamic State claimed the attack", "kbri": "day the Indonesian embassy spoke",
     "toll91": "day the toll reached 91", "funeral": "day of the funerals in Kerman",
     "intel1": "day the intelligence ministry announced 11 arrests", "intel2": "day the intelligence ministry announced 35 arrests",
     "toll94": "day the toll of 94 was given", "entry": "day the bomb-maker entered Iran",
     "wsj": "day the report of the US warning appeared", "strike": "day of the Guards' missile strikes",
    }
    T16, T22 = "2024-01-03T16", "2024-01-03T22"
    ms = [
     M(R, "Two bombs", N, "blasts", 2),
     M(R, "Wednesday", D, "attack", "2024-01-03"),
     M(R, "1979", D, "y1979", "1979"),
     M(R, "103 people", N, "dead", 103, T16),
     M(R, "about 140", N, "injured", 140, T16, "approx"),
     M(R, "Wednesday", D, "revise95", "2024-01-03", occ=2),
     M(R, "95 dead", N, "dead", 95, T22),
     M(R, "211 injured", N, "injured", 211, T22),
     M(R, "Jan. 3, 2020", D, "soleimani", "2020-01-03"),
     M(R, "about 820 km", N, "dist_tehran", 820000, qual="approx", cls="dist"),
     M(R, "Thursday", D, "mourning", "2024-01-04"),

     M(K, "dua ledakan", N, "blasts", 2),
     M(K, "84 orang", N, "dead", 84, "2024-01-04"),
     M(K, "Kamis (4/1/2024)", D, "vahidi", "2024-01-04"),
     M(K, "284 orang", N, "injured", 284, "2024-01-04"),
     M(K, "220 korban luka", N, "hosp", 220, "2024-01-04", fall=True),
     M(K, "103 orang", N, "dead", 103, T16),
     M(K, "95 orang", N, "dead", 95, T22),
     M(K, "Rabu malam", D, "revise95", "2024-01-03"),
     M(K, "Rabu (3/1/2024)", D, "attack", "2024-01-03"),
     M(K, "empat tahun", N, "anniv", 4, cls="dur"),
     M(K, "sekitar 700 meter", N, "dist1", 700, qual="approx", cls="dist", src="IRNA"),
     M(K, "sekitar 1 kilometer", N, "dist2", 1000, qual="approx", cls="dist", src="IRNA"),
     M(K, "Kamis", D, "mourning", "2024-01-04", occ=2),
     M(K, "Kamis", D, "claim", "2024-01-04", occ=3),
     M(K, "dua anggotanya", N, "bombers", 2),
     M(K, "3 Januari 2020", D, "soleimani", "2020-01-03"),
     M(K, "Kamis", D, "kbri", "2024-01-04", occ=4),

     M(T, "91 orang", N, "dead", 91, "2024-01-06"),
     M(T, "Sabtu (6/1/2024)", D, "toll91", "2024-01-06"),
     M(T, "dua korban luka", N, "died_sat", 2),
     M(T, "8 tahun", N, "age_boy", 8, cls="age"),
     M(T, "67 tahun", N, "age_man", 67, cls="age"),
     M(T, "102 orang", N, "hosp", 102, "2024-01-06", fall=True),
     M(T, "11", N, "critical", 11, "2024-01-06", fall=True),
     M(T, "89 orang", N, "dead", 89, "2024-01-05"),
     M(T, "sedikitnya 12 warga Afganistan", N, "afghans", 12, "2024-01-05", "atleast"),
     M(T, "Jumat (5/1/2024)", D, "funeral", "2024-01-05"),
     M(T, "Jumat", D, "intel1", "2024-01-05", occ=2),
     M(T, "11 orang", N, "arrests", 11, "2024-01-05"),
     M(T, "sekitar 1,5 kilometer", N, "dist1", 1500, qual="approx", cls="dist", src="Iran Daily"),
     M(T, "2,7 kilometer", N, "dist2", 2700, cls="dist", src="Iran Daily"),
     M(T, "Kamis (4/1/2024)", D, "claim", "2024-01-04"),
     M(T, "dua anggotanya", N, "bombers", 2),
     M(T, "103 orang", N, "dead", 103, T16),
     M(T, "dua kali", N, "revisions", 2),
     M(T, "84 orang", N, "dead", 84, "2024-01-04"),

     M(A, "Thursday", D, "intel2", "2024-01-11"),
     M(A, "35 people", N, "arrests", 35, "2024-01-11"),
     M(A, "Dec. 19", D, "entry", "2023-12-19"),
     M(A, "two days", N, "left", 2, cls="dur"),
     M(A, "Thursday", D, "toll94", "2024-01-11", occ=2),
     M(A, "94", N, "dead", 94, "2024-01-11"),
     M(A, "14 Afghan nationals", N, "afghans", 14, "2024-01-11"),
     M(A, "more than 280 people", N, "injured", 280, "2024-01-11", "morethan"),
     M(A, "Jan. 3", D, "attack", "2024-01-03"),
     M(A, "about 20 minutes", N, "gap", 20, qual="approx", cls="dur"),
     M(A, "103 dead", N, "dead", 103, T16),
     M(A, "84", N, "dead", 84, "2024-01-04"),
     M(A, "Jan. 5", D, "funeral", "2024-01-05"),

     M(P, "3 Januari 2024", D, "attack", "2024-01-03"),
     M(P, "Kamis (25/1/2024)", D, "wsj", "2024-01-25"),
     M(P, "lebih dari 90 orang", N, "dead", 90, "2024-01-25", "morethan"),
     M(P, "empat tahun", N, "anniv", 4, cls="dur"),
     M(P, "84 orang", N, "dead", 84, "2024-01-04"),
     M(P, "248 orang", N, "injured", 248, "2024-01-04", planted=True),
     M(P, "35 orang", N, "arrests", 35, "2024-01-11"),
     M(P, "Senin (15/1/2024)", D, "strike", "2024-01-15"),
    ]
    build("kerman-bombing-2024", "The twin suicide bombings in Kerman, Iran (Wednesday 3 January 2024), at the "
          "memorial for Qasem Soleimani: the toll first given as 103, lowered to 95 the same night and to 84 the next "
          "day, then rising as the wounded died (89, 91, 94, more than 90 weeks later); the injured (about 140 -> "
          "211 -> 284 -> more than 280), those in hospital and in critical condition, arrests rising (11 -> 35), Afghan "
          "dead; dates of the attack, the revisions, the day of mourning and the claim, the funerals, the ministry's "
          "statements, the bomb-maker's entry, a missile strike and a report weeks later", False, ms, names)


def portugal():
    R, K, T, A = "reuters-mar11", "kompas-mar12", "tempo-mar21", "apnews-apr02"
    NIGHT, FINAL = "2024-03-11", "final"
    names = {
     "ad": "Democratic Alliance seats", "ps": "Socialist seats", "chega": "Chega seats", "il": "Liberal Initiative seats",
     "be": "Left Bloc seats", "cdu": "CDU seats", "livre": "Livre seats", "pan": "PAN seats",
     "house": "seats in parliament", "majority": "seats needed for a majority", "overseas": "seats elected abroad",
     "chega2022": "Chega seats in 2022", "ps2022": "Socialist seats in 2022",
     "chega_abroad": "seats Chega won abroad", "ps_abroad": "seats the Socialists won abroad",
     "ad_abroad": "seats the Democratic Alliance won abroad", "abroad_voters": "voters registered abroad",
     "ad_pct": "Democratic Alliance share of the vote", "ps_pct": "Socialist share of the vote",
     "chega_pct": "Chega share of the vote", "turnout": "turnout in Portugal",
     "age_pns": "age of the Socialist leader", "age_mont": "age of the Democratic Alliance leader",
     "wait": "time until the results from abroad", "count_days": "length of the count of the votes from abroad",
     "ministers": "ministers sworn in", "women": "women among the ministers",
     "deadline": "time the government has to present its programme",
     # dates
     "election": "day of the election", "concede": "day the Socialist leader conceded", "countday": "day of the count at home",
     "y2022": "the 2022 election", "costa": "day the prime minister resigned", "abroad_count": "day the count from abroad ended",
     "nominate": "day the president named the prime minister", "cabinet_list": "day the cabinet list was to be announced",
     "sworn": "day the government was sworn in", "y2015": "year the Socialists took power",
    }
    ms = [
     M(R, "Sunday", D, "election", "2024-03-10"),
     M(R, "79", N, "ad", 79, NIGHT),
     M(R, "230 seats", N, "house", 230),
     M(R, "77", N, "ps", 77, NIGHT),
     M(R, "four seats", N, "overseas", 4),
     M(R, "48 seats", N, "chega", 48, NIGHT),
     M(R, "12", N, "chega2022", 12),
     M(R, "2022", D, "y2022", "2022"),
     M(R, "8", N, "il", 8, NIGHT),
     M(R, "5", N, "be", 5, NIGHT),
     M(R, "4", N, "cdu", 4, NIGHT),
     M(R, "4", N, "livre", 4, NIGHT, occ=2),
     M(R, "1", N, "pan", 1, NIGHT),
     M(R, "29.5%", N, "ad_pct", 29.5, NIGHT, cls="pct"),
     M(R, "28.7%", N, "ps_pct", 28.7, NIGHT, cls="pct"),
     M(R, "18.1%", N, "chega_pct", 18.1, NIGHT, cls="pct"),
     M(R, "about 66%", N, "turnout", 66, qual="approx", cls="pct"),
     M(R, "46", N, "age_pns", 46, cls="age"),
     M(R, "Sunday", D, "concede", "2024-03-10", occ=2),
     M(R, "51", N, "age_mont", 51, cls="age"),
     M(R, "116 seats", N, "majority", 116),
     M(R, "120", N, "ps2022", 120),
     M(R, "2022", D, "y2022", "2022", occ=2),
     M(R, "Nov. 7", D, "costa", "2023-11-07"),
     M(R, "about 10 days", N, "wait", 10, qual="approx", cls="dur"),

     M(K, "Minggu (10/3/2024)", D, "election", "2024-03-10"),
     M(K, "Senin (11/3/2024)", D, "countday", "2024-03-11"),
     M(K, "79 kursi", N, "ad", 79, NIGHT),
     M(K, "77 kursi", N, "ps", 77, NIGHT),
     M(K, "230 kursi", N, "house", 230),
     M(K, "48 kursi", N, "chega", 48, NIGHT),
     M(K, "12 kursi", N, "chega2022", 12),
     M(K, "2022", D, "y2022", "2022"),
     M(K, "29,5 persen", N, "ad_pct", 29.5, NIGHT, cls="pct"),
     M(K, "27,8 persen", N, "ps_pct", 27.8, NIGHT, cls="pct", planted=True),
     M(K, "18,1 persen", N, "chega_pct", 18.1, NIGHT, cls="pct"),
     M(K, "Empat kursi", N, "overseas", 4),
     M(K, "sekitar 1,5 juta", N, "abroad_voters", 1.5e6, qual="approx"),
     M(K, "sedikitnya 116 kursi", N, "majority", 116, qual="atleast"),
     M(K, "Minggu malam", D, "concede", "2024-03-10"),
     M(K, "7 November 2023", D, "costa", "2023-11-07"),
     M(K, "sekitar 66 persen", N, "turnout", 66, qual="approx", cls="pct"),

     M(T, "80 kursi", N, "ad", 80, FINAL),
     M(T, "Rabu (20/3/2024)", D, "abroad_count", "2024-03-20"),
     M(T, "dua kursi", N, "chega_abroad", 2),
     M(T, "empat kursi", N, "overseas", 4),
     M(T, "50", N, "chega", 50, FINAL),
     M(T, "satu kursi", N, "ps_abroad", 1),
     M(T, "78 kursi", N, "ps", 78, FINAL),
     M(T, "satu kursi", N, "ad_abroad", 1, occ=2),
     M(T, "tiga hari", N, "count_days", 3, cls="dur"),
     M(T, "Rabu malam", D, "nominate", "2024-03-20"),
     M(T, "28 Maret", D, "cabinet_list", "2024-03-28"),
     M(T, "2 April", D, "sworn", "2024-04-02"),
     M(T, "80 kursi", N, "ad", 80, FINAL, occ=2),
     M(T, "230 kursi", N, "house", 230),
     M(T, "116 kursi", N, "majority", 116),
     M(T, "10 Maret", D, "election", "2024-03-10"),
     M(T, "29,5 persen", N, "ad_pct", 29.5, NIGHT, cls="pct"),
     M(T, "28,7 persen", N, "ps_pct", 28.7, NIGHT, cls="pct"),
     M(T, "18,1 persen", N, "chega_pct", 18.1, NIGHT, cls="pct"),

     M(A, "Tuesday", D, "sworn", "2024-04-02"),
     M(A, "17 ministers", N, "ministers", 17),
     M(A, "80", N, "ad", 80, FINAL),
     M(A, "230 seats", N, "house", 230),
     M(A, "March 11", D, "election", "2024-03-11", planted=True),
     M(A, "116", N, "majority", 116),
     M(A, "2015", D, "y2015", "2015"),
     M(A, "78 seats", N, "ps", 78, FINAL),
     M(A, "50", N, "chega", 50, FINAL),
     M(A, "two", N, "chega_abroad", 2),
     M(A, "four seats", N, "overseas", 4),
     M(A, "Seven", N, "women", 7),
     M(A, "17 ministers", N, "ministers", 17, occ=2),
     M(A, "51", N, "age_mont", 51, cls="age"),
     M(A, "November", D, "costa", "2023-11"),
     M(A, "10 days", N, "deadline", 10, cls="dur"),
    ]
    build("portugal-election-2024", "Portugal's legislative election (Sunday 10 March 2024): seats from the count at "
          "home (Democratic Alliance 79, Socialists 77, Chega 48, Liberal Initiative 8, Left Bloc 5, CDU 4, Livre 4, "
          "PAN 1) against the final count after the four seats elected abroad (80, 78, 50: Chega two of them), 116 for "
          "a majority of 230, shares and turnout, the 2022 result recalled; dates of the election, the concession, the "
          "prime minister's resignation, the count abroad and the nomination on one day, the cabinet list and the "
          "government sworn in on Tuesday 2 April", False, ms, names)


def norges():
    R, K, B, L = "reuters-sep21", "kontan-sep22", "bisnis-sep23", "bloomberg-sep25"
    names = {
     "hike": "size of the rate increase", "rate": "Norges Bank's policy rate after the decision",
     "prev_rate": "Norges Bank's policy rate after the August increase", "peak": "forecast peak of the policy rate",
     "poll": "economists polled by Reuters", "core": "core inflation in August 2023", "core_jul": "core inflation in July 2023",
     "core_peak": "core inflation at its June 2023 peak", "cpi": "headline inflation in August 2023",
     "target": "inflation target", "nok_after": "crowns per euro after the announcement",
     "nok_before": "crowns per euro before the announcement", "riks": "Riksbank's policy rate after its increase",
     "boe": "Bank of England's rate", "fed": "US federal funds target range", "gap": "time since the previous increase",
     # dates
     "decision": "day of the rate decision", "next_hike": "month of the likely next increase",
     "dec_meeting": "day of the December meeting", "path_end": "year the rate is expected to stay near its peak",
     "cpi_month": "month of the inflation figures", "jul_month": "July 2023", "peak_month": "month core inflation peaked",
     "y2008": "year the rate was last this high", "start": "month the tightening began",
     "prev_day": "day of the previous increase", "riks_day": "day of the Riksbank's decision",
     "ssb": "day Statistics Norway released the August figures", "fed_day": "day of the Federal Reserve's decision",
    }
    ms = [
     M(R, "25 basis points", N, "hike", 0.25, qual="unit", cls="pp"),
     M(R, "4.25%", N, "rate", 4.25, cls="pct"),
     M(R, "Thursday", D, "decision", "2023-09-21"),
     M(R, "December", D, "next_hike", "2023-12"),
     M(R, "30 economists", N, "poll", 30),
     M(R, "December", D, "next_hike", "2023-12", occ=2),
     M(R, "around 4.5%", N, "peak", 4.5, qual="approx", cls="pct"),
     M(R, "2024", D, "path_end", "2024"),
     M(R, "6.3%", N, "core", 6.3, cls="pct"),
     M(R, "August", D, "cpi_month", "2023-08"),
     M(R, "6.4%", N, "core_jul", 6.4, cls="pct"),
     M(R, "July", D, "jul_month", "2023-07"),
     M(R, "2%", N, "target", 2, cls="pct"),
     M(R, "4.8%", N, "cpi", 4.8, cls="pct"),
     M(R, "August", D, "cpi_month", "2023-08", occ=2),
     M(R, "11.47", N, "nok_after", 11.47, cls="fx"),
     M(R, "11.52", N, "nok_before", 11.52, cls="fx"),
     M(R, "2008", D, "y2008", "2008"),
     M(R, "September 2021", D, "start", "2021-09"),
     M(R, "Aug. 17", D, "prev_day", "2023-08-17"),
     M(R, "4.0%", N, "prev_rate", 4.0, cls="pct"),
     M(R, "Thursday", D, "riks_day", "2023-09-21", occ=2),
     M(R, "4.0%", N, "riks", 4.0, cls="pct", occ=2),
     M(R, "5.25%", N, "boe", 5.25, cls="pct"),

     M(K, "25 basis poin", N, "hike", 0.25, qual="unit", cls="pp"),
     M(K, "4,25%", N, "rate", 4.25, cls="pct"),
     M(K, "Kamis (21/9/2023)", D, "decision", "2023-09-21"),
     M(K, "30 ekonom", N, "poll", 30),
     M(K, "Desember", D, "next_hike", "2023-12"),
     M(K, "sekitar 4,5%", N, "peak", 4.5, qual="approx", cls="pct"),
     M(K, "2024", D, "path_end", "2024"),
     M(K, "Agustus", D, "cpi_month", "2023-08"),
     M(K, "6,3%", N, "core", 6.3, cls="pct"),
     M(K, "6,4%", N, "core_jul", 6.4, cls="pct"),
     M(K, "Juli", D, "jul_month", "2023-07"),
     M(K, "2%", N, "target", 2, cls="pct"),
     M(K, "Agustus", D, "cpi_month", "2023-08", occ=2),
     M(K, "4,8%", N, "cpi", 4.8, cls="pct"),
     M(K, "11,47", N, "nok_after", 11.47, cls="fx"),
     M(K, "11,52", N, "nok_before", 11.52, cls="fx"),
     M(K, "2008", D, "y2008", "2008"),
     M(K, "4%", N, "riks", 4.0, cls="pct"),
     M(K, "5,25%", N, "boe", 5.25, cls="pct"),

     M(B, "0,25 poin persentase", N, "hike", 0.25, cls="pp"),
     M(B, "4,25 persen", N, "rate", 4.25, cls="pct"),
     M(B, "Kamis (21/9/2023)", D, "decision", "2023-09-21"),
     M(B, "17 Agustus 2023", D, "prev_day", "2023-08-17"),
     M(B, "4 persen", N, "prev_rate", 4.0, cls="pct"),
     M(B, "September 2021", D, "start", "2021-09"),
     M(B, "Desember", D, "next_hike", "2023-12"),
     M(B, "sekitar 4,5 persen", N, "peak", 4.5, qual="approx", cls="pct"),
     M(B, "Agustus", D, "cpi_month", "2023-08", occ=2),
     M(B, "6,3 persen", N, "core", 6.3, cls="pct"),
     M(B, "4,8 persen", N, "cpi", 4.8, cls="pct"),
     M(B, "2 persen", N, "target", 2, cls="pct"),
     M(B, "Agustus", D, "cpi_month", "2023-08", occ=3),
     M(B, "Senin (11/9/2023)", D, "ssb", "2023-09-11"),
     M(B, "Rabu (20/9/2023)", D, "fed_day", "2023-09-20"),
     M(B, "5,25-5,5 persen", N, "fed", 5.25, cls="pct"),
     M(B, "30 ekonom", N, "poll", 30),

     M(L, "Sept. 21", D, "decision", "2023-09-21"),
     M(L, "0.25 percentage point", N, "hike", 0.25, cls="pp"),
     M(L, "4.25%", N, "rate", 4.25, cls="pct"),
     M(L, "five weeks", N, "gap", 5, cls="dur"),
     M(L, "December", D, "next_hike", "2023-12"),
     M(L, "Dec. 14", D, "dec_meeting", "2023-12-14"),
     M(L, "around 4.5%", N, "peak", 4.5, qual="approx", cls="pct"),
     M(L, "2024", D, "path_end", "2024"),
     M(L, "6.3%", N, "core", 6.3, cls="pct"),
     M(L, "August", D, "cpi_month", "2023-08"),
     M(L, "7.0%", N, "core_peak", 7.0, cls="pct"),
     M(L, "June", D, "peak_month", "2023-06"),
     M(L, "4.8%", N, "cpi", 4.8, cls="pct"),
     M(L, "2%", N, "target", 2, cls="pct"),
     M(L, "2008", D, "y2008", "2008"),
     M(L, "September 2021", D, "start", "2021-09"),
     M(L, "Aug. 17", D, "prev_day", "2023-08-17"),
     M(L, "30 economists", N, "poll", 30),
     M(L, "5.25%", N, "boe", 5.25, cls="pct"),
    ]
    build("norges-bank-2023", "Norges Bank's rate decision (control), announced on Thursday 21 September 2023: the "
          "policy rate raised by 25 basis points to 4.25% (from 4.0% on 17 August), another increase most likely in "
          "December, a forecast peak around 4.5% through 2024, core inflation 6.3% in August (6.4% in July, 7.0% at the "
          "June peak), headline inflation 4.8%, the 2% target, the crown at 11.47 per euro from 11.52, all 30 economists "
          "polled expecting the move, the Riksbank's 4% and the Bank of England's 5.25% the same day. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    kerman()
    portugal()
    norges()
