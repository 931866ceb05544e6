"""The hundred-and-fortieth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset140/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def colectiv():
    R, K, AP, DT, T = "reuters-oct31", "kompas-nov02", "ap-nov05", "detik-nov12", "tempo-mar15"
    # the running tallies: the interior ministry's count on the night (given on Saturday 31 October), Sunday 1,
    # Monday 2, Wednesday 4, Saturday 7, Sunday 8, Wednesday 11 and Monday 16 November 2015; the patients in hospital
    # and Monday 14 March 2016 (the count that stood at 64); the patients moved abroad in all, 37 by the health
    # ministry's count of Thursday 12 November, were given as 34 later (a lower figure: the one revision); the patients in hospital
    # in Romania and those in a serious or critical condition fall as patients die, recover or are flown abroad
    NIGHT, SUN1, MON2, WED4, SAT7, SUN8, WED11, MON16, MAR14 = (
        "2015-10-31T06", "2015-11-01", "2015-11-02", "2015-11-04", "2015-11-07", "2015-11-08", "2015-11-11",
        "2015-11-16", "2016-03-14")
    THU12 = "2015-11-12"
    WIT, LOCAL = "witnesses", "local news agencies"
    names = {
     "dead": "people dead in the fire", "hospital": "patients in hospital in Romania",
     "serious": "patients in a serious or critical condition", "injured": "people injured",
     "inside": "people inside the club", "hospitals": "hospitals in Bucharest taking the injured",
     "age1": "age of the first woman who died on Sunday", "age2": "age of the second woman who died on Sunday",
     "owners": "the club's owners",
     "abroad": "patients in hospital abroad", "countries": "countries treating patients",
     "abroad_total": "patients moved abroad in all", "months_after": "months from the fire to the count of 64",
     "died_sun8": "people who died on Sunday 8 November", "nato": "burns victims flown by the military aircraft",
     "mourning": "days of national mourning",
     # dates
     "fire": "day of the fire", "statement27": "day the interior ministry gave the toll of 27",
     "mourning_start": "first day of national mourning", "count29_day": "day of the count of 29",
     "count31_day": "day of the count of 31", "owners_q": "day prosecutors questioned the owners",
     "owners_held": "day the owners were taken into custody", "resign": "day the prime minister resigned",
     "protest": "day of the big protest", "count50_day": "day of the count of 50",
     "count45_day": "day of the count of 45", "designate": "day Ciolos was designated",
     "count56_day": "day of the count of 56", "count64_day": "day of the count of 64",
     "ciolos_gov": "month the technocrat government took office",
     "moved_day": "day of the health ministry's count of 37 moved abroad",
     "hosp_day": "day of the count of 146 in hospital", "march": "day of the silent march",
    }
    ms = [
     M(R, "Friday", D, "fire", "2015-10-30"),
     M(R, "27 people", N, "dead", 27, NIGHT),
     M(R, "162", N, "hospital", 162, NIGHT, fall=True),
     M(R, "Saturday", D, "statement27", "2015-10-31"),
     M(R, "up to 500 people", N, "inside", 500, qual="approx", src=WIT),
     M(R, "12 hospitals", N, "hospitals", 12),
     M(R, "three days", N, "mourning", 3, cls="dur"),
     M(R, "Saturday", D, "mourning_start", "2015-10-31", occ=2),

     M(K, "31 orang", N, "dead", 31, MON2),
     M(K, "Senin (2/11/2015)", D, "count31_day", "2015-11-02"),
     M(K, "Minggu (1/11/2015)", D, "count29_day", "2015-11-01"),
     M(K, "25", N, "age1", 25, cls="age"),
     M(K, "31 tahun", N, "age2", 31, cls="age"),
     M(K, "29 orang", N, "dead", 29, SUN1),
     M(K, "Minggu", D, "hosp_day", "2015-11-01", occ=2),
     M(K, "146 orang", N, "hospital", 146, SUN1, fall=True),
     M(K, "80 hingga 90", N, "serious", 80, SUN1, qual="atleast", fall=True),
     M(K, "Jumat (30/10/2015)", D, "fire", "2015-10-30"),
     M(K, "sekitar 400 orang", N, "inside", 400, qual="approx", src=LOCAL),
     M(K, "lebih dari 180 orang", N, "injured", 180, NIGHT, qual="morethan"),
     M(K, "tiga pemilik", N, "owners", 3),
     M(K, "Senin", D, "owners_q", "2015-11-02", occ=2),
     M(K, "Minggu", D, "march", "2015-11-01", occ=3),

     M(AP, "Wednesday", D, "resign", "2015-11-04"),
     M(AP, "32 people", N, "dead", 32, WED4),
     M(AP, "Tuesday", D, "protest", "2015-11-03"),
     M(AP, "Friday, Oct. 30", D, "fire", "2015-10-30"),
     M(AP, "about 400 people", N, "inside", 400, qual="approx", src=LOCAL),
     M(AP, "Twenty-seven people", N, "dead", 27, NIGHT),
     M(AP, "three owners", N, "owners", 3),
     M(AP, "Monday", D, "owners_held", "2015-11-02"),

     M(DT, "50 orang", N, "dead", 50, WED11),
     M(DT, "Rabu (11/11/2015)", D, "count50_day", "2015-11-11"),
     M(DT, "74 korban luka", N, "hospital", 74, WED11, fall=True),
     M(DT, "20 orang", N, "serious", 20, WED11, fall=True),
     M(DT, "29 korban", N, "abroad", 29, WED11),
     M(DT, "enam negara", N, "countries", 6, WED11),
     M(DT, "Kamis (12/11/2015)", D, "moved_day", "2015-11-12"),
     M(DT, "37 korban luka", N, "abroad_total", 37, THU12),
     M(DT, "Minggu (8/11/2015)", D, "count45_day", "2015-11-08"),
     M(DT, "empat korban", N, "died_sun8", 4),
     M(DT, "45 orang", N, "dead", 45, SUN8),
     M(DT, "41 orang", N, "dead", 41, SAT7),
     M(DT, "12 korban", N, "nato", 12),
     M(DT, "Selasa (10/11/2015)", D, "designate", "2015-11-10"),
     M(DT, "Rabu (4/11/2015)", D, "resign", "2015-11-04"),
     M(DT, "Jumat (30/10/2015)", D, "fire", "2015-10-30"),
     M(DT, "sekitar 400 orang", N, "inside", 400, qual="approx", src=LOCAL),

     M(T, "64 orang", N, "dead", 64, MAR14),
     M(T, "Senin, 14 Maret 2016", D, "count64_day", "2016-03-14"),
     M(T, "lebih dari empat bulan", N, "months_after", 4, qual="morethan", cls="dur"),
     M(T, "30 Oktober 2015", D, "fire", "2015-10-30"),
     M(T, "27 orang", N, "dead", 27, NIGHT),
     M(T, "16 November 2015", D, "count56_day", "2015-11-16"),
     M(T, "56 orang", N, "dead", 56, MON16),
     M(T, "Rabu, 11 November 2015", D, "count50_day", "2015-11-11"),
     M(T, "50 orang", N, "dead", 50, WED11),
     M(T, "47 pasien", N, "hospital", 47, WED11, fall=True, planted=True),
     M(T, "29 lainnya", N, "abroad", 29, WED11),
     M(T, "34 korban luka", N, "abroad_total", 34, MAR14),
     M(T, "delapan negara", N, "countries", 8, MAR14),
     M(T, "4 November 2015", D, "resign", "2015-11-04"),
     M(T, "November 2015", D, "ciolos_gov", "2015-11", occ=4),
     M(T, "Sekitar 400 orang", N, "inside", 400, qual="approx", src=LOCAL),
    ]
    build("colectiv-fire-2015", "The fire at the Colectiv nightclub in Bucharest on Friday 30 October 2015: 27 dead "
          "and 162 in hospital on the night (the interior ministry), the toll rising to 29 on Sunday 1 November, 31 on "
          "Monday 2, 32 by Wednesday 4, 41 on Saturday 7, 45 on Sunday 8, 50 by Wednesday 11 and 56 on Monday 16 "
          "November and 64 by Monday 14 March 2016; 146 still in hospital on Sunday (80-90 in a serious or critical condition), 74 in Bucharest's "
          "hospitals (20 serious or critical) and 29 abroad on Wednesday 11 November (37 moved abroad by 12 November by the health ministry's count, given as 34 in eight countries later: a revision); up to 500 people inside by witnesses' account against about 400 by local news agencies; the prime minister's resignation "
          "on Wednesday 4 November after the protest of Tuesday 3 November; Ciolos designated on Tuesday 10 November",
          False, ms, names)


def moldova():
    R1, A, AP, T, R2 = "reuters-jul12", "antara-jul13", "ap-jul23", "tempo-jul30", "reuters-aug06"
    # the Central Electoral Commission's count on the night (37.16% of the ballots), early on Monday (99.44% of the
    # precinct reports) and complete on Monday 12 July; shares of a count in progress may move both ways (fall=True)
    S1, S2, FIN = "2021-07-11T23", "2021-07-12T06", "2021-07-12T18"
    names = {
     "counted": "share of the ballots or reports counted", "reports": "precinct reports processed",
     "pas_share": "PAS's share", "becs_share": "the Communist and Socialist bloc's share", "shor_share": "the Shor Party's share",
     "pas_abroad": "PAS's share abroad", "becs_abroad": "the bloc's share abroad",
     "thr_party": "the threshold for parties", "thr_bloc": "the threshold for blocs", "seats": "seats in parliament",
     "majority": "seats needed for a majority", "abroad_voters": "Moldovans who voted abroad",
     "n_parties": "parties on the ballot", "n_blocs": "blocs on the ballot", "pas_seats": "PAS's seats",
     "becs_seats": "the bloc's seats", "shor_seats": "the Shor Party's seats", "turnout": "turnout",
     "voters": "people who voted", "speaker_ayes": "votes for Grosu as speaker", "ballots": "ballot papers printed",
     "present": "lawmakers at the first sitting", "gov_ayes": "votes for the Gavrilita government",
     # dates
     "election": "day of the election", "partial_day": "day of the partial results",
     "dissolution": "month the previous parliament was dissolved", "sandu_elected": "month Sandu was elected president",
     "final_day": "day of the complete count", "cc_confirm": "day the Constitutional Court confirmed the results",
     "cec_final": "day the commission approved the final results", "first_sitting": "day of the first sitting",
     "speaker_vote": "day Grosu was elected speaker", "gov_vote": "day the government was approved",
     "fm_year": "year Gavrilita was finance minister",
    }
    ms = [
     M(R1, "Sunday", D, "election", "2021-07-11"),
     M(R1, "Monday", D, "partial_day", "2021-07-12"),
     M(R1, "2,138", N, "reports", 2138),
     M(R1, "99.44%", N, "counted", 99.44, S2, cls="pct"),
     M(R1, "52.49%", N, "pas_share", 52.49, S2, cls="pct", fall=True),
     M(R1, "27.39%", N, "becs_share", 27.39, S2, cls="pct", fall=True),
     M(R1, "5.78%", N, "shor_share", 5.78, S2, cls="pct", fall=True),
     M(R1, "37.16%", N, "counted", 37.16, S1, cls="pct"),
     M(R1, "42.34%", N, "pas_share", 42.34, S1, cls="pct", fall=True),
     M(R1, "33.86%", N, "becs_share", 33.86, S1, cls="pct", fall=True),
     M(R1, "5%", N, "thr_party", 5, cls="pct"),
     M(R1, "101-seat", N, "seats", 101),
     M(R1, "7%", N, "thr_bloc", 7, cls="pct"),
     M(R1, "51 seats", N, "majority", 51),
     M(R1, "More than 212,000", N, "abroad_voters", 212000, qual="morethan"),
     M(R1, "85.93%", N, "pas_abroad", 85.93, S2, cls="pct", fall=True),
     M(R1, "Twenty parties", N, "n_parties", 20),
     M(R1, "two blocs", N, "n_blocs", 2),
     M(R1, "April", D, "dissolution", "2021-04"),
     M(R1, "November 2020", D, "sandu_elected", "2020-11"),

     M(A, "Senin (12/7/2021)", D, "final_day", "2021-07-12"),
     M(A, "52,80 persen", N, "pas_share", 52.80, FIN, cls="pct", fall=True),
     M(A, "27,17 persen", N, "becs_share", 27.17, FIN, cls="pct", fall=True),
     M(A, "5,74 persen", N, "shor_share", 5.74, FIN, cls="pct", fall=True),
     M(A, "5 persen", N, "thr_party", 5, cls="pct"),
     M(A, "7 persen", N, "thr_bloc", 7, cls="pct"),
     M(A, "63", N, "pas_seats", 63),
     M(A, "101 kursi", N, "seats", 101),
     M(A, "32 kursi", N, "becs_seats", 32),
     M(A, "6 kursi", N, "shor_seats", 6),
     M(A, "48,41 persen", N, "turnout", 48.41, cls="pct"),
     M(A, "sekitar 1,447 juta orang", N, "voters", 1447000, qual="approx"),
     M(A, "Lebih dari 212.000", N, "abroad_voters", 212000, qual="morethan"),
     M(A, "86,23 persen", N, "pas_abroad", 86.23, FIN, cls="pct", fall=True),
     M(A, "2,47 persen", N, "becs_abroad", 2.47, FIN, cls="pct", fall=True),
     M(A, "November 2020", D, "sandu_elected", "2020-11"),

     M(AP, "Friday", D, "cc_confirm", "2021-07-23"),
     M(AP, "July 11", D, "election", "2021-07-11"),
     M(AP, "101 lawmakers", N, "seats", 101),
     M(AP, "Monday, July 19", D, "cec_final", "2021-07-19"),
     M(AP, "52.8%", N, "pas_share", 52.8, FIN, cls="pct", fall=True),
     M(AP, "63 seats", N, "pas_seats", 63),
     M(AP, "27.17%", N, "becs_share", 27.17, FIN, cls="pct", fall=True),
     M(AP, "32 seats", N, "becs_seats", 32),
     M(AP, "6 seats", N, "shor_seats", 6),
     M(AP, "48.41%", N, "turnout", 48.41, cls="pct"),
     M(AP, "Monday, July 26", D, "first_sitting", "2021-07-26"),

     M(T, "Kamis, 29 Juli 2021", D, "speaker_vote", "2021-07-29"),
     M(T, "64 suara", N, "speaker_ayes", 64),
     M(T, "32 kursi", N, "becs_seats", 32),
     M(T, "104 surat suara", N, "ballots", 104),
     M(T, "Senin, 26 Juli 2021", D, "first_sitting", "2021-07-26"),
     M(T, "91", N, "present", 91),
     M(T, "101 anggota", N, "seats", 101),
     M(T, "63 kursi", N, "pas_seats", 63),
     M(T, "52,80 persen", N, "pas_share", 52.80, FIN, cls="pct", fall=True),
     M(T, "Minggu, 12 Juli 2021", D, "election", "2021-07-12", planted=True),
     M(T, "Jumat, 23 Juli 2021", D, "cc_confirm", "2021-07-23"),

     M(R2, "Friday", D, "gov_vote", "2021-08-06"),
     M(R2, "61 lawmakers", N, "gov_ayes", 61),
     M(R2, "101-seat", N, "seats", 101),
     M(R2, "63 seats", N, "pas_seats", 63),
     M(R2, "52.8%", N, "pas_share", 52.8, FIN, cls="pct", fall=True),
     M(R2, "July 11", D, "election", "2021-07-11"),
     M(R2, "32 seats", N, "becs_seats", 32),
     M(R2, "6 seats", N, "shor_seats", 6),
     M(R2, "46 votes", N, "speaker_ayes", 46, planted=True),
     M(R2, "2019", D, "fm_year", "2019"),
    ]
    build("moldova-parliament-2021", "Moldova's snap parliamentary election of Sunday 11 July 2021: the commission's count "
          "in stages (PAS 42.34% to the bloc's 33.86% with 37.16% counted; 52.49%, 27.39% and the Shor Party's 5.78% "
          "with 99.44% of the reports) against the complete count of Monday 12 July (52.80%, 27.17%, 5.74%; 63, 32 and 6 "
          "of 101 seats; turnout 48.41%; PAS 86.23% abroad); the results approved on Monday 19 July and confirmed by the "
          "Constitutional Court on Friday 23 July; the first sitting on Monday 26 July; Grosu elected speaker with 64 "
          "votes on Thursday 29 July; the Gavrilita government approved by 61 votes on Friday 6 August 2021",
          False, ms, names)


def nbm():
    R, I, B, K = "reuters-oct25", "intellinews-oct26", "bisnis-oct27", "kontan-oct28"
    names = {
     "rate": "the new base rate", "prev_rate": "the base rate before the decision", "cut": "size of the cut",
     "loan": "the new overnight lending rate", "loan_prev": "the overnight lending rate before",
     "dep": "the new overnight deposit rate", "dep_prev": "the overnight deposit rate before",
     "loan_cut": "cut in the overnight lending rate", "dep_cut": "cut in the overnight deposit rate",
     "rr_lei": "reserve ratio for lei and non-convertible currencies",
     "rr_fx": "reserve ratio for freely convertible currencies", "target": "the inflation target",
     "band": "the target's band", "june_rate": "the base rate after June's cut", "june_prev": "the base rate before June's cut",
     "june_cut": "size of June's cut", "sc_rate": "the base rate after the second cut",
     "sc_prev": "the base rate before the second cut", "sc_loan": "the lending rate after the second cut",
     "sc_loan_prev": "the lending rate before the second cut", "sc_dep": "the deposit rate after the second cut",
     "sc_dep_prev": "the deposit rate before the second cut", "sc_cut": "size of the second cut",
     "cum_cut": "cuts since June",
     # dates
     "decision": "day of the decision", "june": "day of June's cut", "hold_since": "month the 9% rate was set",
     "y2017": "the year 2017",
    }
    ms = [
     M(R, "0.5 percentage point", N, "cut", 50, qual="unit", cls="bp"),
     M(R, "7.0%", N, "rate", 7, cls="pct"),
     M(R, "Wednesday", D, "decision", "2017-10-25"),
     M(R, "10.0%", N, "loan", 10, cls="pct"),
     M(R, "10.5%", N, "loan_prev", 10.5, cls="pct"),
     M(R, "4.0%", N, "dep", 4, cls="pct"),
     M(R, "4.5%", N, "dep_prev", 4.5, cls="pct"),
     M(R, "40%", N, "rr_lei", 40, cls="pct"),
     M(R, "14%", N, "rr_fx", 14, cls="pct"),
     M(R, "7.5%", N, "prev_rate", 7.5, cls="pct"),
     M(R, "5%", N, "target", 5, cls="pct"),
     M(R, "1.5 percentage points", N, "band", 150, qual="unit", cls="bp"),
     M(R, "June 28", D, "june", "2017-06-28"),
     M(R, "1 percentage point", N, "june_cut", 100, qual="unit", cls="bp"),
     M(R, "8.0%", N, "june_rate", 8, cls="pct"),
     M(R, "9.0%", N, "june_prev", 9, cls="pct"),
     M(R, "October 2016", D, "hold_since", "2016-10"),
     M(R, "7.5%", N, "sc_rate", 7.5, cls="pct", occ=2),
     M(R, "8.0%", N, "sc_prev", 8, cls="pct", occ=2),
     M(R, "10.5%", N, "sc_loan", 10.5, cls="pct", occ=2),
     M(R, "11.0%", N, "sc_loan_prev", 11, cls="pct"),
     M(R, "4.5%", N, "sc_dep", 4.5, cls="pct", occ=2),
     M(R, "5.0%", N, "sc_dep_prev", 5, cls="pct"),
     M(R, "June", D, "june", "2017-06", occ=2),
     M(R, "2 percentage points", N, "cum_cut", 200, qual="unit", cls="bp"),

     M(I, "50 basis points", N, "cut", 50, cls="bp"),
     M(I, "7%", N, "rate", 7, cls="pct"),
     M(I, "October 25", D, "decision", "2017-10-25"),
     M(I, "2017", D, "y2017", "2017"),
     M(I, "50 basis points", N, "loan_cut", 50, cls="bp", occ=2),
     M(I, "10%", N, "loan", 10, cls="pct"),
     M(I, "4%", N, "dep", 4, cls="pct"),
     M(I, "40%", N, "rr_lei", 40, cls="pct"),
     M(I, "14%", N, "rr_fx", 14, cls="pct"),
     M(I, "5%", N, "target", 5, cls="pct"),
     M(I, "1.5 percentage points", N, "band", 150, qual="unit", cls="bp"),
     M(I, "7.5%", N, "prev_rate", 7.5, cls="pct"),
     M(I, "10.5%", N, "loan_prev", 10.5, cls="pct"),
     M(I, "4.5%", N, "dep_prev", 4.5, cls="pct"),
     M(I, "100 basis points", N, "june_cut", 100, cls="bp"),
     M(I, "8%", N, "june_rate", 8, cls="pct"),
     M(I, "June 28", D, "june", "2017-06-28"),
     M(I, "October 2016", D, "hold_since", "2016-10"),
     M(I, "9%", N, "june_prev", 9, cls="pct"),
     M(I, "50 basis points", N, "sc_cut", 50, cls="bp", occ=3),
     M(I, "7.5%", N, "sc_rate", 7.5, cls="pct", occ=2),
     M(I, "200 basis points", N, "cum_cut", 200, cls="bp"),
     M(I, "June", D, "june", "2017-06", occ=2),

     M(B, "50 basis poin", N, "cut", 50, cls="bp"),
     M(B, "7,5%", N, "prev_rate", 7.5, cls="pct"),
     M(B, "7%", N, "rate", 7, cls="pct"),
     M(B, "Rabu (25/10/2017)", D, "decision", "2017-10-25"),
     M(B, "2017", D, "y2017", "2017", occ=2),
     M(B, "10,5%", N, "loan_prev", 10.5, cls="pct"),
     M(B, "10%", N, "loan", 10, cls="pct"),
     M(B, "4,5%", N, "dep_prev", 4.5, cls="pct"),
     M(B, "4%", N, "dep", 4, cls="pct"),
     M(B, "40%", N, "rr_lei", 40, cls="pct"),
     M(B, "14%", N, "rr_fx", 14, cls="pct"),
     M(B, "5%", N, "target", 5, cls="pct"),
     M(B, "1,5 poin persentase", N, "band", 150, qual="unit", cls="bp"),
     M(B, "28 Juni 2017", D, "june", "2017-06-28"),
     M(B, "100 basis poin", N, "june_cut", 100, cls="bp"),
     M(B, "9%", N, "june_prev", 9, cls="pct"),
     M(B, "8%", N, "june_rate", 8, cls="pct"),
     M(B, "Oktober 2016", D, "hold_since", "2016-10"),
     M(B, "8%", N, "sc_prev", 8, cls="pct", occ=2),
     M(B, "7,5%", N, "sc_rate", 7.5, cls="pct", occ=2),
     M(B, "11%", N, "sc_loan_prev", 11, cls="pct"),
     M(B, "10,5%", N, "sc_loan", 10.5, cls="pct", occ=2),
     M(B, "5%", N, "sc_dep_prev", 5, cls="pct", occ=2),
     M(B, "4,5%", N, "sc_dep", 4.5, cls="pct", occ=2),
     M(B, "200 basis poin", N, "cum_cut", 200, cls="bp"),

     M(K, "0,5 poin persentase", N, "cut", 50, qual="unit", cls="bp"),
     M(K, "7,5 persen", N, "prev_rate", 7.5, cls="pct"),
     M(K, "7 persen", N, "rate", 7, cls="pct"),
     M(K, "Rabu, 25 Oktober 2017", D, "decision", "2017-10-25"),
     M(K, "10 persen", N, "loan", 10, cls="pct"),
     M(K, "4 persen", N, "dep", 4, cls="pct"),
     M(K, "0,5 poin persentase", N, "loan_cut", 50, qual="unit", cls="bp", occ=2, also=(("dep_cut", 50),)),
     M(K, "40 persen", N, "rr_lei", 40, cls="pct"),
     M(K, "14 persen", N, "rr_fx", 14, cls="pct"),
     M(K, "5 persen", N, "target", 5, cls="pct"),
     M(K, "1,5 poin persentase", N, "band", 150, qual="unit", cls="bp"),
     M(K, "28 Juni", D, "june", "2017-06-28"),
     M(K, "9 persen", N, "june_prev", 9, cls="pct"),
     M(K, "8 persen", N, "june_rate", 8, cls="pct"),
     M(K, "Oktober 2016", D, "hold_since", "2016-10"),
     M(K, "7,5 persen", N, "sc_rate", 7.5, cls="pct", occ=2),
     M(K, "2 poin persentase", N, "cum_cut", 200, qual="unit", cls="bp"),
     M(K, "Juni 2017", D, "june", "2017-06"),
    ]
    build("nbm-rate-2017", "The National Bank of Moldova's rate decision (control) of Wednesday 25 October 2017: the "
          "base rate cut 0.5 percentage point (50 basis points) from 7.5% to 7.0%, the overnight lending rate from "
          "10.5% to 10.0% and the deposit rate from 4.5% to 4.0%, unanimously; reserve ratios kept at 40% and 14%; the "
          "5% inflation target with a band of 1.5 percentage points; the third cut of 2017, after 28 June (9.0% to "
          "8.0%, held since October 2016) and the cut to 7.5% (overnight rates from 11.0% and 5.0% to 10.5% and "
          "4.5%), 2 percentage points in all since June. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    colectiv()
    moldova()
    nbm()
