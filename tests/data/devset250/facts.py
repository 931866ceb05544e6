"""The two-hundred-and-fiftieth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset250/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def floods():
    R, K, T, A = "reuters-feb20", "kompas-feb22", "detik-feb26", "ap-mar14"
    # as-of times of the running tallies (the state government's counts): late on Sunday 19 February 2023 (36 dead),
    # Monday 20 February during the day (40) and at night (44), Tuesday 21 February at night (48), Thursday 23
    # February (54), Saturday 25 February (64), the final count as reported on 14 March (65). The dead by town and
    # the displaced rise with them; the missing fall as bodies are found (``fall``). The rainfall (682 mm in Bertioga,
    # 626 mm in Sao Sebastiao, in 24 hours), the six towns under a state of calamity and the dates of the storm
    # (Sunday 19 February) and of the president's visit (Monday 20 February) do not change with the day of the report.
    SUNN, MONA, MONB, TUE, THU, SAT, FINAL = ("2023-02-19n", "2023-02-20a", "2023-02-20b", "2023-02-21n",
                                             "2023-02-23", "2023-02-25", "2023-03-14")
    names = {
     "dead": "people killed", "dead_ss": "dead in Sao Sebastiao", "dead_uba": "dead in Ubatuba",
     "missing": "people missing", "displaced": "people displaced or homeless", "towns": "towns under a state of calamity",
     "homes": "new homes to be built", "rain_bert": "rain in Bertioga in 24 hours (mm)",
     "rain_ss": "rain in Sao Sebastiao in 24 hours (mm)", "window": "the rain's measuring window (hours)",
     # dates
     "storm": "day of the storm", "count_sun": "day of the count of 36", "asof_mon": "day of the counts of 40 and 44",
     "asof_tue": "day of the count of 48", "asof_thu": "day of the count of 54", "asof_sat": "day of the count of 64",
     "visit": "day of the president's visit", "calamity": "day the state of calamity was declared",
    }
    ms = [
     M(R, "40", N, "dead", 40, MONA),
     M(R, "Monday", D, "asof_mon", "2023-02-20"),
     M(R, "36", N, "dead", 36, SUNN),
     M(R, "late on Sunday", D, "count_sun", "2023-02-19"),
     M(R, "682 millimeters", N, "rain_bert", 682, cls="mm"),
     M(R, "626 millimeters", N, "rain_ss", 626, cls="mm"),
     M(R, "24 hours", N, "window", 24, cls="dur"),
     M(R, "Sunday", D, "storm", "2023-02-19", occ=2),
     M(R, "Sunday", D, "calamity", "2023-02-19", occ=3),
     M(R, "six coastal towns", N, "towns", 6),
     M(R, "about 40 people", N, "missing", 40, MONA, qual="approx", fall=True),
     M(R, "Monday", D, "visit", "2023-02-20", occ=2),

     M(K, "48 orang", N, "dead", 48, TUE),
     M(K, "Selasa (21/2/2023)", D, "asof_tue", "2023-02-21"),
     M(K, "47 korban", N, "dead_ss", 47, TUE),
     M(K, "satu orang", N, "dead_uba", 1, TUE),
     M(K, "Senin (20/2/2023)", D, "asof_mon", "2023-02-20"),
     M(K, "44 orang", N, "dead", 44, MONB),
     M(K, "Sekitar 40 orang", N, "missing", 40, TUE, qual="approx", fall=True),
     M(K, "Minggu (19/2/2023)", D, "storm", "2023-02-19"),
     M(K, "682 milimeter", N, "rain_bert", 682, cls="mm"),
     M(K, "24 jam", N, "window", 24, cls="dur"),
     M(K, "626 milimeter", N, "rain_ss", 626, cls="mm"),
     M(K, "enam kota", N, "towns", 6),
     M(K, "Senin (20/2/2023)", D, "visit", "2023-02-20", occ=2),
     M(K, "Lebih dari 2.400 warga", N, "displaced", 2400, TUE, qual="morethan"),

     M(T, "64 orang", N, "dead", 64, SAT),
     M(T, "Sabtu (25/2/2023)", D, "asof_sat", "2023-02-25"),
     M(T, "63 korban", N, "dead_ss", 63, SAT),
     M(T, "satu korban", N, "dead_uba", 1, SAT),
     M(T, "Kamis (23/2/2023)", D, "asof_thu", "2023-02-23"),
     M(T, "54 orang", N, "dead", 54, THU),
     M(T, "sedikitnya 10 orang", N, "missing", 10, SAT, qual="atleast", fall=True),
     M(T, "Minggu (19/2/2023)", D, "storm", "2023-02-19"),
     M(T, "628 milimeter", N, "rain_bert", 628, cls="mm", planted=True),
     M(T, "lebih dari 4.000 warga", N, "displaced", 4000, SAT, qual="morethan"),

     M(A, "65 people", N, "dead", 65, FINAL),
     M(A, "64", N, "dead_ss", 64, FINAL),
     M(A, "one", N, "dead_uba", 1, FINAL),
     M(A, "Feb. 19", D, "storm", "2023-02-19"),
     M(A, "more than 680 millimeters", N, "rain_bert", 680, qual="morethan", cls="mm"),
     M(A, "24 hours", N, "window", 24, cls="dur"),
     M(A, "Feb. 21", D, "visit", "2023-02-21", planted=True),
     M(A, "about 700 homes", N, "homes", 700, qual="approx"),
     M(A, "six towns", N, "towns", 6),
    ]
    build("sao-sebastiao-floods-2023", "Floods and landslides on the north coast of Sao Paulo state, Brazil, after a "
          "record storm early on Sunday 19 February 2023 (682 mm of rain in Bertioga and 626 mm in Sao Sebastiao in 24 "
          "hours) during Carnival: the state government's toll 36 late on Sunday -> 40 -> 44 on Monday 20 February -> "
          "48 on Tuesday 21 February -> 54 on Thursday 23 February -> 64 on Saturday 25 February -> 65 in all (64 in "
          "Sao Sebastiao, one in Ubatuba); about 40 missing falling to at least 10; more than 2,400 then more than "
          "4,000 displaced; a state of calamity in six towns on Sunday; the president's visit on Monday 20 February",
          False, ms, names)


def previdencia():
    R, K, T, A = "reuters-jul11", "kompas-aug08", "tempo-oct02", "ap-oct23"
    # votes, thresholds, seats, minimum ages and dates do not change with the day of the report: the lower house's
    # first round (Wednesday 10 July 2019, 379-131) and second round (Wednesday 7 August, 370-124), 308 of 513
    # needed; the Senate's first round (Tuesday 1 October, 56-19) and second round (Tuesday 22 October, 60-19), 49 of
    # 81 needed. The projected ten-year savings are an estimate with as-of times: the Economy Ministry's about 1.2
    # trillion reais when the bill was sent (20 February 2019), 933.5 billion after the lower house (August) and about
    # 800 billion after the Senate (October) -- revised down; the Senate rapporteur Tasso Jereissati's 870 billion
    # (September) is another source's estimate (sources against every ministry figure). Values in billions of reais.
    FEB, AUG, SEP, OCT = "2019-02-20", "2019-08-07", "2019-09", "2019-10-22"
    MIN, JER = "the Economy Ministry", "the Senate rapporteur"
    names = {
     "ch1_yes": "votes for in the lower house's first round", "ch1_no": "votes against in the lower house's first round",
     "ch2_yes": "votes for in the lower house's second round", "ch2_no": "votes against in the lower house's second round",
     "sen1_yes": "votes for in the Senate's first round", "sen1_no": "votes against in the Senate's first round",
     "sen2_yes": "votes for in the Senate's second round", "sen2_no": "votes against in the Senate's second round",
     "needed_ch": "votes needed in the lower house", "seats_ch": "seats in the lower house",
     "needed_sen": "votes needed in the Senate", "seats_sen": "seats in the Senate",
     "savings": "projected savings over ten years (billion reais)", "horizon": "the savings' horizon (years)",
     "age_m": "minimum age for men", "age_w": "minimum age for women",
     # dates
     "sent": "day the bill was sent to Congress", "ch1": "day of the lower house's first-round vote",
     "ch2": "day of the lower house's second-round vote", "sen1": "day of the Senate's first-round vote",
     "sen2": "day of the Senate's second-round vote", "target": "the minister's target for the Senate",
     "enact": "month of the formal enactment",
    }
    ms = [
     M(R, "Wednesday", D, "ch1", "2019-07-10"),
     M(R, "379", N, "ch1_yes", 379),
     M(R, "131", N, "ch1_no", 131),
     M(R, "308 votes", N, "needed_ch", 308),
     M(R, "513-seat", N, "seats_ch", 513),
     M(R, "65", N, "age_m", 65, cls="age"),
     M(R, "62", N, "age_w", 62, cls="age"),
     M(R, "Feb. 20", D, "sent", "2019-02-20"),
     M(R, "about 1.2 trillion reais", N, "savings", 1200, FEB, qual="approx", cls="brl", src=MIN),
     M(R, "10 years", N, "horizon", 10, cls="dur"),

     M(K, "Rabu (7/8/2019)", D, "ch2", "2019-08-07"),
     M(K, "370 anggota", N, "ch2_yes", 370),
     M(K, "124", N, "ch2_no", 124),
     M(K, "308 suara", N, "needed_ch", 308),
     M(K, "513 anggota", N, "seats_ch", 513),
     M(K, "Rabu (10/7/2019)", D, "ch1", "2019-07-10"),
     M(K, "379 suara", N, "ch1_yes", 379),
     M(K, "131", N, "ch1_no", 131),
     M(K, "933,5 miliar real", N, "savings", 933.5, AUG, cls="brl", src=MIN),
     M(K, "10 tahun", N, "horizon", 10, cls="dur"),
     M(K, "sekitar 1,2 triliun real", N, "savings", 1200, FEB, qual="approx", cls="brl", src=MIN),
     M(K, "65 tahun", N, "age_m", 65, cls="age"),
     M(K, "62 tahun", N, "age_w", 62, cls="age"),
     M(K, "49", N, "needed_sen", 49),
     M(K, "81 senator", N, "seats_sen", 81),
     M(K, "akhir September", D, "target", "2019-09"),

     M(T, "Selasa (1/10/2019)", D, "sen1", "2019-10-01"),
     M(T, "56 senator", N, "sen1_yes", 56),
     M(T, "19", N, "sen1_no", 19),
     M(T, "49", N, "needed_sen", 49),
     M(T, "81 kursi", N, "seats_sen", 81),
     M(T, "870 miliar real", N, "savings", 870, SEP, cls="brl", src=JER),
     M(T, "10 tahun", N, "horizon", 10, cls="dur"),
     M(T, "Agustus", D, "ch2", "2019-08"),
     M(T, "370 suara", N, "ch2_yes", 370),
     M(T, "124", N, "ch2_no", 124),
     M(T, "Juli", D, "ch1", "2019-07"),
     M(T, "397 suara", N, "ch1_yes", 397, planted=True),
     M(T, "131", N, "ch1_no", 131),
     M(T, "Oktober", D, "sen2", "2019-10"),
     M(T, "65 tahun", N, "age_m", 65, cls="age"),
     M(T, "62 tahun", N, "age_w", 62, cls="age"),

     M(A, "Tuesday, Oct. 22", D, "sen2", "2019-10-22"),
     M(A, "60", N, "sen2_yes", 60),
     M(A, "19", N, "sen2_no", 19),
     M(A, "56", N, "sen1_yes", 56),
     M(A, "19", N, "sen1_no", 19, occ=2),
     M(A, "Oct. 2", D, "sen1", "2019-10-02", planted=True),
     M(A, "about 800 billion reais", N, "savings", 800, OCT, qual="approx", cls="brl", src=MIN),
     M(A, "10 years", N, "horizon", 10, cls="dur"),
     M(A, "933.5 billion reais", N, "savings", 933.5, AUG, cls="brl", src=MIN),
     M(A, "about 1.2 trillion reais", N, "savings", 1200, FEB, qual="approx", cls="brl", src=MIN),
     M(A, "February", D, "sent", "2019-02"),
     M(A, "65", N, "age_m", 65, cls="age"),
     M(A, "62", N, "age_w", 62, cls="age"),
     M(A, "379", N, "ch1_yes", 379),
     M(A, "131", N, "ch1_no", 131),
     M(A, "July", D, "ch1", "2019-07"),
     M(A, "370", N, "ch2_yes", 370),
     M(A, "124", N, "ch2_no", 124),
     M(A, "August", D, "ch2", "2019-08"),
     M(A, "November", D, "enact", "2019-11"),
    ]
    build("previdencia-vote-2019", "Brazil's social security overhaul (a constitutional amendment) passed in four votes "
          "in two chambers: the lower house's first round on Wednesday 10 July 2019 (379-131) and second round on "
          "Wednesday 7 August (370-124), 308 of 513 needed; the Senate's first round on Tuesday 1 October (56-19) and "
          "second round on Tuesday 22 October (60-19), 49 of 81 needed; minimum ages 65 for men and 62 for women; the "
          "Economy Ministry's ten-year savings estimate revised down from about 1.2 trillion reais (February) to 933.5 "
          "billion (August) and about 800 billion (October), the Senate rapporteur's 870 billion as another source",
          False, ms, names)


def bolsa():
    R, K, A, T = "reuters-mar02", "kompas-mar03", "ap-mar04", "tempo-mar06"
    names = {
     "min": "minimum monthly payment per family (reais)", "child": "extra per child up to six (reais)",
     "extra": "extra per child aged 7 to 18 or pregnant woman (reais)",
     "limit": "monthly income limit per person (reais)", "floor": "minimum per family member (reais)",
     "budget": "the programme's budget this year (billion reais)",
     # dates
     "relaunch": "day of the relaunch", "extra_start": "month the extra 50 reais start", "created": "year the "
     "programme was created", "replaced": "year it was replaced", "budget_year": "year of the budget",
    }
    ms = [
     M(R, "Thursday", D, "relaunch", "2023-03-02"),
     M(R, "600 reais", N, "min", 600, cls="brl"),
     M(R, "150 reais", N, "child", 150, cls="brl"),
     M(R, "June", D, "extra_start", "2023-06"),
     M(R, "50 reais", N, "extra", 50, cls="brl"),
     M(R, "218 reais", N, "limit", 218, cls="brl"),
     M(R, "142 reais", N, "floor", 142, cls="brl"),
     M(R, "175 billion reais", N, "budget", 175, cls="brl_bn"),
     M(R, "2003", D, "created", "2003"),
     M(R, "2021", D, "replaced", "2021"),

     M(K, "Kamis (2/3/2023)", D, "relaunch", "2023-03-02"),
     M(K, "600 real", N, "min", 600, cls="brl"),
     M(K, "150 real", N, "child", 150, cls="brl"),
     M(K, "Juni", D, "extra_start", "2023-06"),
     M(K, "50 real", N, "extra", 50, cls="brl"),
     M(K, "218 real", N, "limit", 218, cls="brl"),
     M(K, "142 real", N, "floor", 142, cls="brl"),
     M(K, "175 miliar real", N, "budget", 175, cls="brl_bn"),
     M(K, "2003", D, "created", "2003"),
     M(K, "2021", D, "replaced", "2021"),

     M(A, "600 reais", N, "min", 600, cls="brl"),
     M(A, "150 reais", N, "child", 150, cls="brl"),
     M(A, "Thursday, March 2", D, "relaunch", "2023-03-02"),
     M(A, "June", D, "extra_start", "2023-06"),
     M(A, "50 reais", N, "extra", 50, cls="brl"),
     M(A, "218 reais", N, "limit", 218, cls="brl"),
     M(A, "142 reais", N, "floor", 142, cls="brl"),
     M(A, "2023", D, "budget_year", "2023"),
     M(A, "175 billion reais", N, "budget", 175, cls="brl_bn"),
     M(A, "2003", D, "created", "2003"),
     M(A, "2021", D, "replaced", "2021"),

     M(T, "175 miliar real", N, "budget", 175, cls="brl_bn"),
     M(T, "Kamis (2/3/2023)", D, "relaunch", "2023-03-02"),
     M(T, "600 real", N, "min", 600, cls="brl"),
     M(T, "150 real", N, "child", 150, cls="brl"),
     M(T, "50 real", N, "extra", 50, cls="brl"),
     M(T, "Juni", D, "extra_start", "2023-06"),
     M(T, "218 real", N, "limit", 218, cls="brl"),
     M(T, "142 real", N, "floor", 142, cls="brl"),
     M(T, "2003", D, "created", "2003"),
     M(T, "2021", D, "replaced", "2021"),
    ]
    build("bolsa-familia-2023", "Brazil relaunches its Bolsa Familia cash transfer programme (control), Thursday 2 "
          "March 2023: at least 600 reais a month per family, 150 reais more per child up to six, 50 reais more per "
          "child aged 7 to 18 or pregnant woman from June, an income limit of 218 reais per person, at least 142 reais "
          "per member, a budget of 175 billion reais this year; created in 2003, replaced in 2021. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    floods()
    previdencia()
    bolsa()
