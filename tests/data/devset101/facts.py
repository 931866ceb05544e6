"""The hundred-and-first development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset101/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def stampede():
    R1, K, AP, T, R2 = "reuters-nov23", "kompas-nov24", "ap-nov25", "tempo-nov26", "reuters-dec20"
    # the government's running toll: the prime minister's address in the early hours of Tuesday 23 November, the
    # spokesman's figure on Tuesday night, the lowered figure of Wednesday 24 November (bodies counted twice), and
    # the final count of the injured
    TUE, TUEN, WED, FIN = "2010-11-23T03", "2010-11-23T20", "2010-11-24", "2010-11-26"
    GOV = "the Cambodian government"
    names = {
     "dead": "people killed in the stampede", "injured": "people injured in the stampede",
     "festival_days": "days of the Water Festival", "comp_dead": "compensation per death (riel)",
     "comp_usd": "compensation per death (dollars)", "comp_injured": "compensation per injured person (riel)",
     "weeks_since": "weeks since the stampede",
     # dates
     "stampede": "night of the stampede", "address": "day of the prime minister's televised address",
     "mourning": "the national day of mourning", "count456_day": "day of the count of 456",
     "revision_day": "day the toll was lowered to 347",
    }
    ms = [
     M(R1, "339 people", N, "dead", 339, TUE, src=GOV),
     M(R1, "329", N, "injured", 329, TUE, src=GOV),
     M(R1, "Monday", D, "stampede", "2010-11-22"),
     M(R1, "three-day", N, "festival_days", 3, cls="dur"),
     M(R1, "Tuesday", D, "address", "2010-11-23"),
     M(R1, "Thursday", D, "mourning", "2010-11-25"),

     M(K, "456 orang", N, "dead", 456, TUEN, src=GOV),
     M(K, "Selasa (23/11/2010)", D, "count456_day", "2010-11-23"),
     M(K, "339 orang", N, "dead", 339, TUE, src=GOV),
     M(K, "329 orang", N, "injured", 329, TUE, src=GOV),
     M(K, "Senin (22/11/2010)", D, "stampede", "2010-11-22"),
     M(K, "tiga hari", N, "festival_days", 3, cls="dur"),
     M(K, "Kamis (25/11/2010)", D, "mourning", "2010-11-25"),
     M(K, "5 juta riel", N, "comp_dead", 5000000, cls="riel"),
     M(K, "sekitar 1.250 dolar AS", N, "comp_usd", 1250, qual="approx", cls="usd"),

     M(AP, "Thursday", D, "mourning", "2010-11-25"),
     M(AP, "Monday", D, "stampede", "2010-11-22"),
     M(AP, "347", N, "dead", 347, WED, src=GOV),
     M(AP, "456", N, "dead", 456, TUEN, src=GOV),
     M(AP, "Wednesday", D, "revision_day", "2010-11-24"),
     M(AP, "395", N, "injured", 395, WED, src=GOV),
     M(AP, "5 million riel", N, "comp_dead", 5000000, cls="riel"),
     M(AP, "about $1,250", N, "comp_usd", 1250, qual="approx", cls="usd"),
     M(AP, "1 million riel", N, "comp_injured", 1000000, cls="riel"),

     M(T, "Senin", D, "stampede", "2010-11-22"),
     M(T, "347 orang", N, "dead", 347, WED, src=GOV),
     M(T, "575 orang", N, "injured", 575, FIN, src=GOV, planted=True),
     M(T, "456", N, "dead", 456, TUEN, src=GOV),
     M(T, "Selasa", D, "count456_day", "2010-11-23"),
     M(T, "Kamis (25/11/2010)", D, "mourning", "2010-11-25"),
     M(T, "5 juta riel", N, "comp_dead", 5000000, cls="riel"),
     M(T, "1 juta riel", N, "comp_injured", 1000000, cls="riel"),
     M(T, "tiga hari", N, "festival_days", 3, cls="dur"),

     M(R2, "Four weeks", N, "weeks_since", 4, cls="dur"),
     M(R2, "347 people", N, "dead", 347, WED, src=GOV),
     M(R2, "Nov. 22", D, "stampede", "2010-11-22"),
     M(R2, "three-day", N, "festival_days", 3, cls="dur"),
     M(R2, "755 people", N, "injured", 755, FIN, src=GOV),
     M(R2, "339 people", N, "dead", 339, TUE, src=GOV),
     M(R2, "456", N, "dead", 456, TUEN, src=GOV),
     M(R2, "347", N, "dead", 347, WED, src=GOV, occ=2),
     M(R2, "Nov. 24", D, "revision_day", "2010-11-24"),
     M(R2, "5 million riel", N, "comp_dead", 5000000, cls="riel"),
     M(R2, "about $1,250", N, "comp_usd", 1250, qual="approx", cls="usd"),
     M(R2, "Nov. 25", D, "mourning", "2010-11-25"),
    ]
    build("koh-pich-stampede-2010", "The stampede on the bridge to Koh Pich (Diamond Island), Phnom Penh, on the night "
          "of Monday 22 November 2010, the last of the three-day Water Festival: the government's toll 339 dead and "
          "329 injured (the prime minister's address early on Tuesday 23 November) -> 456 dead (Tuesday night) -> "
          "lowered to 347 on Wednesday 24 November (bodies counted twice), 395 injured that day and 755 in the final "
          "count; a national day of mourning on Thursday 25 November; 5 million riel (about $1,250) per death and "
          "1 million riel per injured person", False, ms, names)


def election():
    R, K, A, AP, T = "reuters-jul24", "kompas-jul27", "antara-aug06", "ap-aug22", "tempo-aug23"
    # the ruling party's claim and the election committee's preliminary turnout on the night, then the committee's
    # official results of Saturday 5 August
    NIGHT, FIN = "2023-07-23", "2023-08-05"
    CPP, NEC = "the Cambodian People's Party", "the National Election Committee"
    names = {
     "cpp_seats": "the CPP's seats", "fun_seats": "FUNCINPEC's seats", "assembly": "seats in the National Assembly",
     "parties": "parties contesting", "other_parties": "parties that won no seat", "voters": "registered voters",
     "turnout": "turnout", "cpp_share": "the CPP's share", "fun_share": "FUNCINPEC's share",
     "cpp_votes": "votes for the CPP", "fun_votes": "votes for FUNCINPEC", "hs_age": "Hun Sen's age",
     "hm_age": "Hun Manet's age", "hs_years": "years Hun Sen ruled", "days_after": "days from the election to the "
     "announcement", "pm_ayes": "votes for Hun Manet and his cabinet",
     # dates
     "election": "day of the election", "barred": "month the Candlelight Party was disqualified",
     "hs_since": "year Hun Sen took power", "announce": "day Hun Sen announced his resignation",
     "results_day": "day of the official results", "first_session": "day of the new assembly's first session",
     "pm_vote": "day the assembly approved Hun Manet", "nomination": "day the king nominated Hun Manet",
    }
    ms = [
     M(R, "Sunday", D, "election", "2023-07-23"),
     M(R, "120", N, "cpp_seats", 120, NIGHT, src=CPP),
     M(R, "125 seats", N, "assembly", 125),
     M(R, "May", D, "barred", "2023-05"),
     M(R, "Eighteen parties", N, "parties", 18),
     M(R, "about 9.7 million", N, "voters", 9700000, qual="approx"),
     M(R, "84.2%", N, "turnout", 84.2, NIGHT, cls="pct", src=NEC),
     M(R, "70", N, "hs_age", 70, cls="age"),
     M(R, "1985", D, "hs_since", "1985"),
     M(R, "45", N, "hm_age", 45, cls="age"),

     M(K, "Rabu (26/7/2023)", D, "announce", "2023-07-26"),
     M(K, "tiga hari", N, "days_after", 3, cls="dur"),
     M(K, "Minggu (23/7/2023)", D, "election", "2023-07-23"),
     M(K, "120", N, "cpp_seats", 120, NIGHT, src=CPP),
     M(K, "125 kursi", N, "assembly", 125),
     M(K, "70 tahun", N, "hs_age", 70, cls="age"),
     M(K, "38 tahun", N, "hs_years", 38, cls="dur"),
     M(K, "1985", D, "hs_since", "1985"),
     M(K, "45 tahun", N, "hm_age", 45, cls="age"),
     M(K, "18 partai", N, "parties", 18),
     M(K, "Mei", D, "barred", "2023-05"),
     M(K, "84,2 persen", N, "turnout", 84.2, NIGHT, cls="pct", src=NEC),

     M(A, "Sabtu (5/8/2023)", D, "results_day", "2023-08-05"),
     M(A, "23 Juli", D, "election", "2023-07-23"),
     M(A, "120", N, "cpp_seats", 120, FIN, src=NEC),
     M(A, "125 kursi", N, "assembly", 125),
     M(A, "6.398.311 suara", N, "cpp_votes", 6398311),
     M(A, "82,30 persen", N, "cpp_share", 82.3, FIN, cls="pct", src=NEC),
     M(A, "716.490 suara", N, "fun_votes", 716490),
     M(A, "9,22 persen", N, "fun_share", 9.22, FIN, cls="pct", src=NEC),
     M(A, "5 kursi", N, "fun_seats", 5, FIN, src=NEC),
     M(A, "Enam belas partai", N, "other_parties", 16),
     M(A, "84,95 persen", N, "turnout", 84.95, FIN, cls="pct", src=NEC, planted=True),
     M(A, "84,2 persen", N, "turnout", 84.2, NIGHT, cls="pct", src=NEC),
     M(A, "21 Agustus", D, "first_session", "2023-08-21"),
     M(A, "Mei", D, "barred", "2023-05"),

     M(AP, "Tuesday", D, "pm_vote", "2023-08-22"),
     M(AP, "38 years", N, "hs_years", 38, cls="dur"),
     M(AP, "45", N, "hm_age", 45, cls="age"),
     M(AP, "123 votes", N, "pm_ayes", 123),
     M(AP, "125-seat", N, "assembly", 125),
     M(AP, "120", N, "cpp_seats", 120, FIN, src=NEC),
     M(AP, "five", N, "fun_seats", 5, FIN, src=NEC),
     M(AP, "July 23", D, "election", "2023-07-23"),
     M(AP, "82.3%", N, "cpp_share", 82.3, FIN, cls="pct", src=NEC),
     M(AP, "84.59%", N, "turnout", 84.59, FIN, cls="pct", src=NEC),
     M(AP, "Aug. 7", D, "nomination", "2023-08-07"),

     M(T, "Selasa (23/8/2023)", D, "pm_vote", "2023-08-23", planted=True),
     M(T, "1985", D, "hs_since", "1985"),
     M(T, "45 tahun", N, "hm_age", 45, cls="age"),
     M(T, "123 suara", N, "pm_ayes", 123),
     M(T, "125 orang", N, "assembly", 125),
     M(T, "120 kursi", N, "cpp_seats", 120, FIN, src=NEC),
     M(T, "23 Juli 2023", D, "election", "2023-07-23"),
     M(T, "5 kursi", N, "fun_seats", 5, FIN, src=NEC),
     M(T, "82,30 persen", N, "cpp_share", 82.3, FIN, cls="pct", src=NEC),
     M(T, "84,59 persen", N, "turnout", 84.59, FIN, cls="pct", src=NEC),
     M(T, "Senin (21/8/2023)", D, "first_session", "2023-08-21"),
     M(T, "23 Juli", D, "election", "2023-07-23", occ=2),
     M(T, "7 Agustus", D, "nomination", "2023-08-07"),
    ]
    build("cambodia-election-2023", "Cambodia's general election of Sunday 23 July 2023 (125 seats, 18 parties, the "
          "Candlelight Party disqualified in May): the ruling CPP's claim of 120 seats and the election committee's "
          "preliminary turnout of 84.2% on the night; Hun Sen's announcement on Wednesday 26 July that his son Hun "
          "Manet would succeed him; the committee's official results on Saturday 5 August (CPP 6,398,311 votes, "
          "82.30%, 120 seats; FUNCINPEC 716,490, 9.22%, 5 seats; turnout 84.59%); the king's nomination of Hun "
          "Manet on 7 August, the new assembly's first session on Monday 21 August and its approval of Hun Manet "
          "and his cabinet with 123 votes on Tuesday 22 August 2023", False, ms, names)


def thai_rate():
    R, B, BP, K = "reuters-oct16", "bisnis-oct17", "bangkokpost-oct18", "kontan-oct21"
    names = {
     "cut": "size of the cut", "rate": "the new policy rate", "prev_rate": "the rate before the decision",
     "ayes": "members voting for the cut", "noes": "members voting to hold", "record_low": "the record low of May 2020",
     "gdp24": "growth forecast for 2024", "gdp25": "growth forecast for 2025", "infl24": "inflation forecast for 2024",
     "infl25": "inflation forecast for 2025", "target_lo": "the target range's floor", "target_hi": "the target "
     "range's ceiling",
     # dates
     "decision": "day of the decision", "last_cut": "month of the previous cut", "since": "month the rate was "
     "raised to 2.50%", "y2024": "the year 2024", "y2025": "the year 2025",
    }
    ms = [
     M(R, "25 basis points", N, "cut", 25, cls="bp"),
     M(R, "2.25%", N, "rate", 2.25, cls="pct"),
     M(R, "Wednesday", D, "decision", "2024-10-16"),
     M(R, "May 2020", D, "last_cut", "2020-05"),
     M(R, "5-2", N, "ayes", 5, cls="votes", also=(("noes", 2),)),
     M(R, "2.50%", N, "prev_rate", 2.5, cls="pct"),
     M(R, "2.50%", N, "prev_rate", 2.5, cls="pct", occ=2),
     M(R, "September 2023", D, "since", "2023-09"),
     M(R, "2.7%", N, "gdp24", 2.7, cls="pct"),
     M(R, "2.9%", N, "gdp25", 2.9, cls="pct"),
     M(R, "2025", D, "y2025", "2025"),
     M(R, "0.5%", N, "infl24", 0.5, cls="pct"),
     M(R, "1.2%", N, "infl25", 1.2, cls="pct"),
     M(R, "1%", N, "target_lo", 1, cls="pct"),
     M(R, "3%", N, "target_hi", 3, cls="pct"),

     M(B, "25 basis poin", N, "cut", 25, cls="bp"),
     M(B, "2,50%", N, "prev_rate", 2.5, cls="pct"),
     M(B, "2,25%", N, "rate", 2.25, cls="pct"),
     M(B, "Rabu (16/10/2024)", D, "decision", "2024-10-16"),
     M(B, "5 berbanding 2", N, "ayes", 5, cls="votes", also=(("noes", 2),)),
     M(B, "Mei 2020", D, "last_cut", "2020-05"),
     M(B, "2,50%", N, "prev_rate", 2.5, cls="pct", occ=2),
     M(B, "September 2023", D, "since", "2023-09"),
     M(B, "2,7%", N, "gdp24", 2.7, cls="pct"),
     M(B, "2024", D, "y2024", "2024", occ=2),
     M(B, "2,9%", N, "gdp25", 2.9, cls="pct"),
     M(B, "2025", D, "y2025", "2025"),
     M(B, "0,5%", N, "infl24", 0.5, cls="pct"),
     M(B, "1,2%", N, "infl25", 1.2, cls="pct"),
     M(B, "1%", N, "target_lo", 1, cls="pct"),
     M(B, "3%", N, "target_hi", 3, cls="pct"),

     M(BP, "0.25 percentage point", N, "cut", 25, qual="unit", cls="bp"),
     M(BP, "2.25%", N, "rate", 2.25, cls="pct"),
     M(BP, "Wednesday, Oct 16", D, "decision", "2024-10-16"),
     M(BP, "5-2", N, "ayes", 5, cls="votes", also=(("noes", 2),)),
     M(BP, "2.50%", N, "prev_rate", 2.5, cls="pct"),
     M(BP, "May 2020", D, "last_cut", "2020-05"),
     M(BP, "0.50%", N, "record_low", 0.5, cls="pct"),
     M(BP, "2.50%", N, "prev_rate", 2.5, cls="pct", occ=2),
     M(BP, "September 2023", D, "since", "2023-09"),
     M(BP, "2.7%", N, "gdp24", 2.7, cls="pct"),
     M(BP, "2.9%", N, "gdp25", 2.9, cls="pct"),
     M(BP, "0.5%", N, "infl24", 0.5, cls="pct"),
     M(BP, "1.2%", N, "infl25", 1.2, cls="pct"),
     M(BP, "1%", N, "target_lo", 1, cls="pct"),
     M(BP, "3%", N, "target_hi", 3, cls="pct"),

     M(K, "0,25 poin persentase", N, "cut", 25, qual="unit", cls="bp"),
     M(K, "2,25 persen", N, "rate", 2.25, cls="pct"),
     M(K, "Rabu, 16 Oktober 2024", D, "decision", "2024-10-16"),
     M(K, "5-2", N, "ayes", 5, cls="votes", also=(("noes", 2),)),
     M(K, "2,50 persen", N, "prev_rate", 2.5, cls="pct"),
     M(K, "September 2023", D, "since", "2023-09"),
     M(K, "Mei 2020", D, "last_cut", "2020-05"),
     M(K, "0,50 persen", N, "record_low", 0.5, cls="pct"),
     M(K, "2,7 persen", N, "gdp24", 2.7, cls="pct"),
     M(K, "2024", D, "y2024", "2024", occ=2),
     M(K, "2,9 persen", N, "gdp25", 2.9, cls="pct"),
     M(K, "2025", D, "y2025", "2025"),
     M(K, "0,5 persen", N, "infl24", 0.5, cls="pct"),
     M(K, "1,2 persen", N, "infl25", 1.2, cls="pct"),
     M(K, "2024", D, "y2024", "2024", occ=3),
     M(K, "2025", D, "y2025", "2025", occ=2),
     M(K, "1 persen", N, "target_lo", 1, cls="pct"),
     M(K, "3 persen", N, "target_hi", 3, cls="pct"),
    ]
    build("thai-rate-cut-2024", "The Bank of Thailand's rate decision (control) of Wednesday 16 October 2024: the "
          "one-day repurchase rate cut 25 basis points from 2.50% (held since September 2023) to 2.25% by a 5-2 vote "
          "of the monetary policy committee, the first cut since May 2020 (to a record low of 0.50%); growth forecast "
          "at 2.7% for 2024 and 2.9% for 2025, headline inflation at 0.5% and 1.2%, against a target range of 1% to "
          "3%. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    stampede()
    election()
    thai_rate()
