"""The hundred-and-thirty-second development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset132/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def tlahuelilpan():
    R, K, DT, AP, T = "reuters-jan19", "kompas-jan20", "detik-jan21", "ap-jan26", "tempo-feb09"
    # the running tallies: the state's first count on Friday night and the governor's on Saturday at midday and at night
    # (the injured lowered from 76 to 74: the record's downward revision); the federal health ministry's on Sunday
    # morning and evening, Monday 05:00, Tuesday, Saturday 26 and Monday 28 January; the state's again on 6 February
    FRI, SAT, SATN, SUN, SUNN, MON, TUE, SAT26, MON28, FEB6 = (
        "2019-01-18T21", "2019-01-19T12", "2019-01-19T20", "2019-01-20T09", "2019-01-20T20", "2019-01-21T05",
        "2019-01-22", "2019-01-26", "2019-01-28", "2019-02-06")
    STATE, FED = "the Hidalgo state government", "the federal health ministry"
    names = {
     "dead": "people killed by the blast", "injured": "people injured", "missing": "people missing",
     "hospitalized": "injured still in hospital", "died_on_site": "people killed at the site",
     "remains": "remains still to be identified", "died_hosp": "injured who died in hospital",
     "discharged": "patients discharged", "galveston": "patients treated in Galveston",
     "new_deaths_sun": "deaths between Saturday night and Sunday morning",
     "new_deaths_mon": "deaths between Sunday evening and Monday", "new_deaths_tue": "deaths between Monday and Tuesday",
     "deaths_since_sat": "deaths between Saturday 26 and Monday 28 January", "crowd": "people at the leak",
     "theft_loss": "the cost of fuel theft in 2018 (dollars)", "taps": "illegal taps in the first ten months of 2018",
     "months": "months of the count of taps", "burns": "share of the body burned", "days_since": "days since the blast",
     # dates
     "blast": "day of the explosion", "first_count_day": "day of the state's first count",
     "count66_day": "day of the governor's count of 66", "count73_day": "day of the governor's count of 73",
     "count79_day": "day of the count of 79", "count85_day": "day of the count of 85",
     "count89_day": "day of the count of 89", "count93_day": "day of the count of 93",
     "count114_day": "day of the count of 114", "count115_day": "day of the count of 115",
     "count127_day": "day of the state's count of 127", "y2018": "the year 2018",
    }
    ms = [
     M(R, "At least 66 people", N, "dead", 66, SAT, qual="atleast", src=STATE),
     M(R, "76 injured", N, "injured", 76, SAT, src=STATE),
     M(R, "Saturday", D, "count66_day", "2019-01-19"),
     M(R, "Friday evening", D, "blast", "2019-01-18"),
     M(R, "Friday night", D, "first_count_day", "2019-01-18"),
     M(R, "20 dead", N, "dead", 20, FRI, src=STATE),
     M(R, "54 injured", N, "injured", 54, FRI, src=STATE),
     M(R, "85 people", N, "missing", 85, SAT, src=STATE, fall=True),
     M(R, "between 600 and 800 people", N, "crowd", 700, qual="approx"),
     M(R, "more than $3 billion", N, "theft_loss", 3e9, qual="morethan", cls="usd"),
     M(R, "2018", D, "y2018", "2018"),
     M(R, "12,581 illegal taps", N, "taps", 12581),
     M(R, "ten months", N, "months", 10, cls="dur"),
     M(R, "2018", D, "y2018", "2018", occ=2),

     M(K, "79 orang", N, "dead", 79, SUN, src=FED),
     M(K, "Minggu (20/1/2019)", D, "count79_day", "2019-01-20"),
     M(K, "enam korban", N, "new_deaths_sun", 6),
     M(K, "Sabtu malam", D, "count73_day", "2019-01-19"),
     M(K, "81 korban luka", N, "injured", 81, SUN, src=FED),
     M(K, "66 orang", N, "hospitalized", 66, SUN, src=FED, fall=True),
     M(K, "12 orang", N, "died_hosp", 12, SUN, src=FED),
     M(K, "dua orang", N, "discharged", 2, SUN, src=FED),
     M(K, "Jumat (18/1/2019)", D, "blast", "2019-01-18"),
     M(K, "Sabtu (19/1/2019)", D, "count73_day", "2019-01-19"),
     M(K, "73 orang tewas", N, "dead", 73, SATN, src=STATE),
     M(K, "74 orang terluka", N, "injured", 74, SATN, src=STATE),
     M(K, "lebih dari 80 persen", N, "burns", 80, qual="morethan", cls="pct"),

     M(DT, "89 orang", N, "dead", 89, MON, src=FED),
     M(DT, "Senin (21/1/2019)", D, "count89_day", "2019-01-21"),
     M(DT, "empat korban", N, "new_deaths_mon", 4),
     M(DT, "Minggu malam", D, "count85_day", "2019-01-20"),
     M(DT, "85 kematian", N, "dead", 85, SUNN, src=FED),
     M(DT, "Minggu (20/1/2019)", D, "count79_day", "2019-01-20"),
     M(DT, "79 orang", N, "dead", 79, SUN, src=FED),
     M(DT, "51 orang", N, "hospitalized", 51, MON, src=FED, fall=True),
     M(DT, "58 orang", N, "hospitalized", 58, SUNN, src=FED, fall=True),
     M(DT, "Minggu malam", D, "count85_day", "2019-01-20", occ=2),
     M(DT, "66 orang", N, "hospitalized", 66, SUN, src=FED, fall=True),
     M(DT, "Minggu pagi", D, "count79_day", "2019-01-20"),
     M(DT, "Dua pasien", N, "galveston", 2, MON, src=FED, fall=True),
     M(DT, "Jumat (18/1/2019)", D, "blast", "2019-01-18"),
     M(DT, "lebih dari 3 miliar dolar AS", N, "theft_loss", 3e9, qual="morethan", cls="usd"),
     M(DT, "2018", D, "y2018", "2018"),

     M(AP, "114", N, "dead", 114, SAT26, src=FED),
     M(AP, "Saturday", D, "count114_day", "2019-01-26"),
     M(AP, "33 people", N, "hospitalized", 33, SAT26, src=FED, fall=True),
     M(AP, "46 of those", N, "died_hosp", 46, SAT26, src=FED),
     M(AP, "Jan. 18", D, "blast", "2019-01-18"),
     M(AP, "Three patients", N, "galveston", 3, SAT26, src=FED, fall=True),
     M(AP, "88", N, "dead", 88, MON, src=FED, planted=True),
     M(AP, "Monday", D, "count89_day", "2019-01-21"),
     M(AP, "93", N, "dead", 93, TUE, src=FED),
     M(AP, "Tuesday", D, "count93_day", "2019-01-22"),
     M(AP, "four more", N, "new_deaths_tue", 4),
     M(AP, "85 people", N, "missing", 85, SAT, src=STATE, fall=True),

     M(T, "127 orang", N, "dead", 127, FEB6, src=STATE),
     M(T, "Rabu (6/2/2019)", D, "count127_day", "2019-02-06"),
     M(T, "68 orang", N, "died_on_site", 68, FEB6, src=STATE),
     M(T, "59 orang", N, "died_hosp", 59, FEB6, src=STATE),
     M(T, "20 korban luka", N, "hospitalized", 20, FEB6, src=STATE, fall=True),
     M(T, "Senin (28/1/2019)", D, "count115_day", "2019-01-28"),
     M(T, "115 orang", N, "dead", 115, MON28, src=FED),
     M(T, "satu korban", N, "deaths_since_sat", 1),
     M(T, "Sabtu (26/1/2019)", D, "count114_day", "2019-01-26"),
     M(T, "114 orang", N, "dead", 114, SAT26, src=FED),
     M(T, "Jumat, 18 Januari 2019", D, "blast", "2019-01-18"),
     M(T, "66 orang tewas", N, "dead", 66, SAT, src=STATE),
     M(T, "76 orang terluka", N, "injured", 76, SAT, src=STATE),
     M(T, "53 sisa jenazah", N, "remains", 53, FEB6, fall=True),
     M(T, "lebih dari 3 miliar dolar AS", N, "theft_loss", 3e9, qual="morethan", cls="usd"),
     M(T, "2018", D, "y2018", "2018"),
     M(T, "12.581 sambungan ilegal", N, "taps", 12581),
     M(T, "sepuluh bulan", N, "months", 10, cls="dur"),
     M(T, "2018", D, "y2018", "2018", occ=2),
    ]
    build("tlahuelilpan-blast-2019", "The Tlahuelilpan pipeline explosion (Hidalgo, Mexico) of Friday 18 January 2019: "
          "the state's first count of 20 dead and 54 injured on Friday night, the governor's 66 dead, 76 injured and 85 "
          "missing on Saturday at midday, 73 dead and 74 injured (a revision) that night; the federal health ministry's toll 79 (Sunday morning, 81 "
          "treated, 66 in hospital, 12 died in hospital) -> 85 (Sunday evening, 58 in hospital) -> 89 (Monday 05:00, "
          "51 in hospital, two in Galveston) -> 93 (Tuesday) -> 114 (Saturday 26 January, 33 in hospital, 46 died in "
          "hospital, three in Galveston) -> 115 (Monday 28 January); the state's 127 on Wednesday 6 February (68 at the "
          "site, 59 in hospital, 20 still in hospital); fuel theft's cost of more than $3 billion and "
          "12,581 illegal taps in the first ten months of 2018", False, ms, names)


def panama():
    R, K, A, AP, T = "reuters-may03", "kompas-may06", "antara-may16", "ap-jul01", "tempo-jul02"
    # the Electoral Tribunal's unofficial count on the night (67.14% counted, 88%, 99.74% by the small hours) and its
    # final count; shares and votes of a count in progress may move both ways (fall=True)
    S1, S2, S3, FIN = "2024-05-05T20", "2024-05-05T21", "2024-05-06T03", "2024-05-16"
    TE, POLL = "the Electoral Tribunal", "Mercadeo Planificado's poll for La Prensa"
    names = {
     "mulino_share": "Mulino's share", "torrijos_share": "Torrijos's share", "roux_share": "Roux's share",
     "lombana_share": "Lombana's share", "rodriguez_share": "Zulay Rodríguez's share",
     "carrizo_share": "Carrizo's share", "mulino_votes": "votes for Mulino", "lombana_votes": "votes for Lombana",
     "counted": "share of the tally sheets counted", "margin": "Mulino's lead (percentage points)",
     "turnout": "turnout", "ballots": "votes cast", "voters": "registered voters", "assembly": "seats in the National Assembly",
     "ind_seats": "independents' seats", "rm_seats": "Realizing Goals' seats", "prd_seats": "the PRD's seats",
     "majority": "seats needed for a majority", "justices": "justices of the Supreme Court",
     "sentence": "Martinelli's prison sentence (years)", "age": "Mulino's age",
     "castaneda_votes": "votes for Castañeda as the assembly's president", "chandler_votes": "votes for Chandler",
     "vp1_votes": "votes for the first vice-president", "vp1_loser": "votes for the first vice-presidency's runner-up",
     "vp2_votes": "votes for the second vice-president", "vp2_loser": "votes for the second vice-presidency's runner-up",
     "sec_votes": "votes for the secretary-general", "reelected": "deputies re-elected",
     "sought": "deputies who sought re-election", "days_before": "days from the ruling to the vote",
     # dates
     "election": "day of the election", "court_ruling": "day of the Supreme Court's ruling",
     "session_start": "day the court's session began", "te_decision": "day of the Electoral Tribunal's decision",
     "asylum": "day Martinelli entered the embassy", "inauguration": "day Mulino was sworn in",
     "assembly_vote": "day the assembly chose its president", "term_end": "end of Mulino's term",
    }
    ms = [
     M(R, "Friday", D, "court_ruling", "2024-05-03"),
     M(R, "Sunday", D, "election", "2024-05-05"),
     M(R, "nine justices", N, "justices", 9),
     M(R, "Tuesday", D, "session_start", "2024-04-30"),
     M(R, "March 4", D, "te_decision", "2024-03-04"),
     M(R, "more than 10 years", N, "sentence", 10, qual="morethan", cls="dur"),
     M(R, "Feb. 7", D, "asylum", "2024-02-07"),
     M(R, "64-year-old", N, "age", 64, cls="age"),
     M(R, "37.6%", N, "mulino_share", 37.6, "2024-05-02", cls="pct", src=POLL),
     M(R, "16.4%", N, "torrijos_share", 16.4, "2024-05-02", cls="pct", src=POLL),
     M(R, "14.9%", N, "roux_share", 14.9, "2024-05-02", cls="pct", src=POLL),
     M(R, "About 3 million", N, "voters", 3004083, qual="approx"),
     M(R, "71 deputies", N, "assembly", 71),

     M(K, "Minggu (5/5/2024)", D, "election", "2024-05-05"),
     M(K, "67,14 persen", N, "counted", 67.14, S1, cls="pct"),
     M(K, "34,25 persen", N, "mulino_share", 34.25, S1, cls="pct", src=TE, fall=True),
     M(K, "88 persen", N, "counted", 88, S2, cls="pct"),
     M(K, "hampir 10 poin persentase", N, "margin", 10, S2, qual="nearly", cls="pp", src=TE, fall=True),
     M(K, "99,74 persen", N, "counted", 99.74, S3, cls="pct"),
     M(K, "776.816 suara", N, "mulino_votes", 776816, S3, src=TE, fall=True),
     M(K, "34,24 persen", N, "mulino_share", 34.24, S3, cls="pct", src=TE, fall=True),
     M(K, "558.136 suara", N, "lombana_votes", 558136, S3, src=TE, fall=True),
     M(K, "24,60 persen", N, "lombana_share", 24.60, S3, cls="pct", src=TE, fall=True),
     M(K, "16,01 persen", N, "torrijos_share", 16.01, S3, cls="pct", src=TE, fall=True),
     M(K, "11,37 persen", N, "roux_share", 11.37, S3, cls="pct", src=TE, fall=True),
     M(K, "64 tahun", N, "age", 64, cls="age"),
     M(K, "1 Juli 2024", D, "inauguration", "2024-07-01"),

     M(A, "5 Mei 2024", D, "election", "2024-05-05"),
     M(A, "778.772 suara", N, "mulino_votes", 778772, FIN, src=TE, fall=True),
     M(A, "34,32 persen", N, "mulino_share", 34.32, FIN, cls="pct", src=TE, fall=True, planted=True),
     M(A, "559.432 suara", N, "lombana_votes", 559432, FIN, src=TE, fall=True),
     M(A, "24,59 persen", N, "lombana_share", 24.59, FIN, cls="pct", src=TE, fall=True),
     M(A, "16,03 persen", N, "torrijos_share", 16.03, FIN, cls="pct", src=TE, fall=True),
     M(A, "11,38 persen", N, "roux_share", 11.38, FIN, cls="pct", src=TE, fall=True),
     M(A, "6,61 persen", N, "rodriguez_share", 6.61, FIN, cls="pct", src=TE, fall=True),
     M(A, "5,88 persen", N, "carrizo_share", 5.88, FIN, cls="pct", src=TE, fall=True),
     M(A, "2.332.563 orang", N, "ballots", 2332563),
     M(A, "3.004.083 pemilih", N, "voters", 3004083),
     M(A, "77,64 persen", N, "turnout", 77.64, cls="pct"),
     M(A, "71 orang", N, "assembly", 71),
     M(A, "20 kursi", N, "ind_seats", 20),
     M(A, "14 kursi", N, "rm_seats", 14),
     M(A, "13 kursi", N, "prd_seats", 13),
     M(A, "36 kursi", N, "majority", 36),
     M(A, "30 Juni 2029", D, "term_end", "2029-06-30"),

     M(AP, "Monday", D, "inauguration", "2024-07-01"),
     M(AP, "44 votes to 26", N, "castaneda_votes", 44, also=(("chandler_votes", 26),)),
     M(AP, "13", N, "reelected", 13),
     M(AP, "60 deputies", N, "sought", 60),
     M(AP, "20", N, "ind_seats", 20),
     M(AP, "71 seats", N, "assembly", 71),
     M(AP, "64", N, "age", 64, cls="age"),
     M(AP, "May 5", D, "election", "2024-05-05"),
     M(AP, "34.23%", N, "mulino_share", 34.23, FIN, cls="pct", src=TE, fall=True),
     M(AP, "77.64%", N, "turnout", 77.64, cls="pct"),
     M(AP, "May 3", D, "court_ruling", "2024-05-03"),
     M(AP, "two days", N, "days_before", 2, cls="dur"),
     M(AP, "June 30, 2029", D, "term_end", "2029-06-30"),

     M(T, "Senin (1/7/2024)", D, "assembly_vote", "2024-07-01"),
     M(T, "44 suara", N, "castaneda_votes", 44),
     M(T, "26 suara", N, "chandler_votes", 26),
     M(T, "45 suara", N, "vp1_votes", 45),
     M(T, "25 suara", N, "vp1_loser", 25),
     M(T, "38 suara", N, "vp2_votes", 38),
     M(T, "32 suara", N, "vp2_loser", 32),
     M(T, "47 suara", N, "sec_votes", 47),
     M(T, "5 Mei", D, "election", "2024-05-05"),
     M(T, "34,23 persen", N, "mulino_share", 34.23, FIN, cls="pct", src=TE, fall=True),
     M(T, "Kamis (2/5/2024)", D, "court_ruling", "2024-05-02", planted=True),
     M(T, "lebih dari 10 tahun", N, "sentence", 10, qual="morethan", cls="dur"),
     M(T, "30 Juni 2029", D, "term_end", "2029-06-30"),
    ]
    build("panama-election-2024", "Panama's general election of Sunday 5 May 2024: the Supreme Court's ruling of Friday "
          "3 May that Mulino's candidacy (in place of Martinelli, by the Electoral Tribunal's decision of 4 March) is "
          "not unconstitutional; the last poll's 37.6% for Mulino; the unofficial count on the night (34.25% with "
          "67.14% counted, nearly 10 points ahead with 88%, 776,816 votes and 34.24% with 99.74%); the final count "
          "(778,772 votes, 34.23%; Lombana 24.59%, Torrijos 16.03%, Roux 11.38%; turnout 77.64% of 3,004,083); "
          "the new National Assembly's choice of Dana Castañeda by 44 votes to 26 and Mulino's inauguration on "
          "Monday 1 July 2024", False, ms, names)


def guatemala():
    R, B, BN, K = "reuters-sep25", "bisnis-sep26", "bnamericas-sep28", "kontan-sep27"
    names = {
     "cut": "size of the cut", "rate": "the new policy rate", "prev_rate": "the rate before the decision",
     "infl_aug": "annual inflation in August 2024", "infl_jul": "annual inflation in July 2024",
     "target": "the inflation target", "band": "the target's tolerance margin", "growth24": "growth forecast for 2024",
     "growth25": "growth forecast for 2025", "credit": "growth of bank credit to the private sector",
     "remit": "growth of remittances",
     # dates
     "decision": "day of the decision", "last_cut": "month of the previous cut", "rate_since": "year the rate reached 5%",
     "infl_month": "month of the inflation reading", "jul": "the month before", "y2024": "the year 2024",
     "y2025": "the year 2025", "next_meeting": "day of the next meeting",
    }
    ms = [
     M(R, "25 basis points", N, "cut", 25, cls="bp"),
     M(R, "4.75%", N, "rate", 4.75, cls="pct"),
     M(R, "Wednesday", D, "decision", "2024-09-25"),
     M(R, "June 2020", D, "last_cut", "2020-06"),
     M(R, "5.00%", N, "prev_rate", 5, cls="pct"),
     M(R, "2023", D, "rate_since", "2023"),
     M(R, "3.07%", N, "infl_aug", 3.07, cls="pct"),
     M(R, "August", D, "infl_month", "2024-08"),
     M(R, "3.78%", N, "infl_jul", 3.78, cls="pct"),
     M(R, "July", D, "jul", "2024-07"),
     M(R, "4%", N, "target", 4, cls="pct"),
     M(R, "1 percentage point", N, "band", 100, qual="unit", cls="bp"),
     M(R, "3.5%", N, "growth24", 3.5, cls="pct"),
     M(R, "3.7%", N, "growth25", 3.7, cls="pct"),
     M(R, "in 2025", D, "y2025", "2025"),
     M(R, "14.2%", N, "credit", 14.2, cls="pct"),
     M(R, "Nov. 27", D, "next_meeting", "2024-11-27"),

     M(B, "25 basis poin", N, "cut", 25, cls="bp"),
     M(B, "5%", N, "prev_rate", 5, cls="pct"),
     M(B, "4,75%", N, "rate", 4.75, cls="pct"),
     M(B, "Rabu (25/9/2024)", D, "decision", "2024-09-25"),
     M(B, "Juni 2020", D, "last_cut", "2020-06"),
     M(B, "5%", N, "prev_rate", 5, cls="pct", occ=2),
     M(B, "2023", D, "rate_since", "2023"),
     M(B, "3,07%", N, "infl_aug", 3.07, cls="pct"),
     M(B, "Agustus 2024", D, "infl_month", "2024-08"),
     M(B, "3,78%", N, "infl_jul", 3.78, cls="pct"),
     M(B, "Juli", D, "jul", "2024-07"),
     M(B, "4%", N, "target", 4, cls="pct"),
     M(B, "1 poin persentase", N, "band", 100, qual="unit", cls="bp"),
     M(B, "3,5%", N, "growth24", 3.5, cls="pct"),
     M(B, "pada 2024", D, "y2024", "2024"),
     M(B, "3,7%", N, "growth25", 3.7, cls="pct"),
     M(B, "pada 2025", D, "y2025", "2025"),
     M(B, "14,2%", N, "credit", 14.2, cls="pct"),
     M(B, "lebih dari 6%", N, "remit", 6, qual="morethan", cls="pct"),
     M(B, "27 November 2024", D, "next_meeting", "2024-11-27"),

     M(BN, "4.75%", N, "rate", 4.75, cls="pct"),
     M(BN, "5%", N, "prev_rate", 5, cls="pct"),
     M(BN, "Wednesday, September 25", D, "decision", "2024-09-25"),
     M(BN, "0.25 percentage point", N, "cut", 25, qual="unit", cls="bp"),
     M(BN, "June 2020", D, "last_cut", "2020-06"),
     M(BN, "3.07%", N, "infl_aug", 3.07, cls="pct"),
     M(BN, "August", D, "infl_month", "2024-08"),
     M(BN, "3.78%", N, "infl_jul", 3.78, cls="pct"),
     M(BN, "July", D, "jul", "2024-07"),
     M(BN, "4%", N, "target", 4, cls="pct"),
     M(BN, "1 percentage point", N, "band", 100, qual="unit", cls="bp"),
     M(BN, "3.5%", N, "growth24", 3.5, cls="pct"),
     M(BN, "for 2024", D, "y2024", "2024"),
     M(BN, "3.7%", N, "growth25", 3.7, cls="pct"),
     M(BN, "for 2025", D, "y2025", "2025"),
     M(BN, "14.2%", N, "credit", 14.2, cls="pct"),
     M(BN, "5%", N, "prev_rate", 5, cls="pct", occ=2),
     M(BN, "2023", D, "rate_since", "2023"),
     M(BN, "November 27", D, "next_meeting", "2024-11-27"),

     M(K, "0,25 poin persentase", N, "cut", 25, qual="unit", cls="bp"),
     M(K, "4,75 persen", N, "rate", 4.75, cls="pct"),
     M(K, "Rabu, 25 September 2024", D, "decision", "2024-09-25"),
     M(K, "5 persen", N, "prev_rate", 5, cls="pct"),
     M(K, "2023", D, "rate_since", "2023"),
     M(K, "Juni 2020", D, "last_cut", "2020-06"),
     M(K, "Agustus 2024", D, "infl_month", "2024-08"),
     M(K, "3,07 persen", N, "infl_aug", 3.07, cls="pct"),
     M(K, "3,78 persen", N, "infl_jul", 3.78, cls="pct"),
     M(K, "Juli 2024", D, "jul", "2024-07"),
     M(K, "4 persen", N, "target", 4, cls="pct"),
     M(K, "1 poin persentase", N, "band", 100, qual="unit", cls="bp"),
     M(K, "3,5 persen", N, "growth24", 3.5, cls="pct"),
     M(K, "3,7 persen", N, "growth25", 3.7, cls="pct"),
     M(K, "pada 2025", D, "y2025", "2025"),
     M(K, "14,2 persen", N, "credit", 14.2, cls="pct"),
    ]
    build("guatemala-rate-2024", "The Bank of Guatemala's rate decision (control) of Wednesday 25 September 2024: the "
          "Monetary Board's unanimous cut of 25 basis points from 5% (the level since 2023) to 4.75%, the first cut "
          "since June 2020; annual inflation of 3.07% in August (3.78% in July) against the 4% target (a margin of 1 "
          "percentage point); growth forecasts of 3.5% for 2024 and 3.7% for 2025; bank credit to the private sector "
          "growing 14.2%; the next meeting on 27 November. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    tlahuelilpan()
    panama()
    guatemala()
