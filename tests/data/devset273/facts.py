"""The two-hundred-and-seventy-third development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset273/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def poipet():
    K, R, T, A = "kompas-dec29", "reuters-dec30", "detik-jan1", "ap-jan20"
    # as-of times of the running tallies: Thursday 29 December 2022 in the morning (the Poipet town hall's 10 dead and
    # more than 30 injured, the Thai health ministry's 32 injured taken to Sa Kaeo by 08.20), Thursday evening (19
    # dead), Friday 30 December in the morning (25 dead, more than 60 injured), Friday night when the search ended (26
    # dead, 21 of them Thai by the information department's count), Saturday 31 December (the governor's 17 Thai dead
    # and 57 injured; the Sa Kaeo disaster office's 27 dead and 112 injured). The dead and the injured do not fall:
    # the governor's 17 Thai dead against the 21 of the night before is a downward revision, and so are his 57 injured
    # against the "more than 60" of Friday morning.
    THU_AM, THU_PM, FRI_AM, FRI_PM, SAT = "2022-12-29a", "2022-12-29b", "2022-12-30a", "2022-12-30b", "2022-12-31"
    # Sources: the Cambodian authorities' counts (the town hall, the provincial information department, the governor)
    # against the Thai Sa Kaeo disaster office's; the police's provisional count of the people working at the casino
    # against the National Committee for Disaster Management's 500 employees.
    KH, SK, POL, NCDM = "the Cambodian authorities", "the Sa Kaeo disaster office", "the police", \
        "the National Committee for Disaster Management"
    names = {
     "dead": "people killed", "injured": "people injured", "trapped": "people trapped in the building",
     "inj_sakaeo": "injured taken to hospitals in Sa Kaeo by the first morning", "found_fri": "bodies found on Friday",
     "staff": "people working at the casino", "customers": "customers on the night of the fire",
     "thai_dead": "Thai nationals among the dead", "unid": "bodies not yet identified",
     "died_th": "victims who died in a Thai hospital", "discharged": "injured already sent home",
     "burn_hours": "hours before the fire was put out", "search_hours": "hours of the search",
     # dates
     "fire": "day the fire broke out", "asof_thu": "day of the town hall's first count",
     "count_thu": "day of the count of 19", "asof_fri": "day of the count of 25", "search_end": "day the search ended",
     "gov_count": "day of the governor's count",
    }
    ms = [
     M(K, "Rabu (28/12/2022)", D, "fire", "2022-12-28"),
     M(K, "Kamis (29/12/2022)", D, "asof_thu", "2022-12-29"),
     M(K, "sedikitnya 10 orang", N, "dead", 10, THU_AM, qual="atleast", src=KH),
     M(K, "lebih dari 30 orang", N, "injured", 30, THU_AM, qual="morethan", src=KH),
     M(K, "lebih dari 400 orang", N, "trapped", 400, THU_AM, qual="morethan"),
     M(K, "32 orang terluka", N, "inj_sakaeo", 32, THU_AM),

     M(R, "25", N, "dead", 25, FRI_AM, src=KH),
     M(R, "Friday", D, "asof_fri", "2022-12-30"),
     M(R, "six more bodies", N, "found_fri", 6, FRI_AM),
     M(R, "Friday", D, "asof_fri", "2022-12-30", occ=2),
     M(R, "Thursday evening", D, "count_thu", "2022-12-29"),
     M(R, "19", N, "dead", 19, THU_PM, src=KH),
     M(R, "More than 60 people", N, "injured", 60, FRI_AM, qual="morethan", src=KH),
     M(R, "Wednesday", D, "fire", "2022-12-28"),
     M(R, "more than 12 hours", N, "burn_hours", 12, qual="morethan", cls="dur"),
     M(R, "500 employees", N, "staff", 500, src=NCDM),
     M(R, "1,000 customers", N, "customers", 1000),
     M(R, "Wednesday", D, "fire", "2022-12-28", occ=2),
     M(R, "about 400 people", N, "staff", 400, qual="approx", src=POL),

     M(T, "26 orang", N, "dead", 26, FRI_PM, src=KH),
     M(T, "Jumat (30/12/2022)", D, "search_end", "2022-12-30"),
     M(T, "21 warga Thailand", N, "thai_dead", 21, FRI_PM, src=KH),
     M(T, "Sabtu (31/12/2022)", D, "gov_count", "2022-12-31"),
     M(T, "17 korban tewas", N, "thai_dead", 17, SAT, src=KH),
     M(T, "Enam jenazah", N, "unid", 6, SAT),
     M(T, "57 orang terluka", N, "injured", 57, SAT, src=KH),
     M(T, "Selasa (27/12/2022)", D, "fire", "2022-12-27", planted=True),
     M(T, "27 orang tewas", N, "dead", 27, SAT, src=SK),
     M(T, "satu korban", N, "died_th", 1, SAT),
     M(T, "112 orang terluka", N, "injured", 112, SAT, src=SK),
     M(T, "85 di antaranya", N, "discharged", 85, SAT),
     M(T, "39 jam", N, "search_hours", 39, cls="dur"),
     M(T, "500 karyawan", N, "staff", 500, src=NCDM),
     M(T, "1.000 pengunjung", N, "customers", 1000),

     M(A, "Dec. 28", D, "fire", "2022-12-28"),
     M(A, "26", N, "dead", 26, FRI_PM, src=KH),
     M(A, "Dec. 30", D, "search_end", "2022-12-30"),
     M(A, "16 of the dead", N, "thai_dead", 16, SAT, src=KH, planted=True),
     M(A, "57 people", N, "injured", 57, SAT, src=KH),
     M(A, "27 dead", N, "dead", 27, SAT, src=SK),
     M(A, "500 employees", N, "staff", 500, src=NCDM),
     M(A, "1,000 customers", N, "customers", 1000),
    ]
    build("poipet-casino-fire-2022", "The fire at the Grand Diamond City hotel and casino in Poipet, Banteay Meanchey "
          "province, Cambodia (about 23.30 on Wednesday 28 December 2022): the dead rising from at least 10 on Thursday "
          "morning to 19 that evening, 25 on Friday morning and 26 when the search ended on Friday night (Cambodian "
          "authorities), against the Sa Kaeo disaster office's 27; Thai nationals among the dead 21 on Friday revised "
          "down to 17 by the governor on Saturday 31 December; the injured more than 30 -> more than 60 -> 57 "
          "(Cambodian authorities) against Sa Kaeo's 112; the police's about 400 people working against the disaster "
          "committee's 500 employees and 1,000 customers", False, ms, names)


def lan():
    K, R, T, A = "kompas-apr12", "reuters-oct18", "detik-dec3", "ap-dec5"
    # Verdicts, sums and dates do not change with the day of the report: the first-instance death sentence (Thursday
    # 11 April 2024), the life sentence of the bond trial (Thursday 17 October 2024) and the appeal court's ruling
    # upholding the death sentence (Tuesday 3 December 2024) are three stages on three days. The sum she must repay to
    # have the sentence commuted: the court's three-quarters of the embezzled sum (about $9 billion) against the
    # prosecutors' earlier estimate of about $11 billion (sources).
    COURT, PROS = "the court", "the prosecutors"
    names = {
     "emb_vnd": "sum embezzled (trillion dong)", "emb_usd": "sum embezzled (US$ billion)",
     "dmg_vnd": "total damage (trillion dong)", "dmg_usd": "total damage (US$ billion)",
     "stake": "share of the bank she controlled", "loans_usd": "loans drawn over the decade (US$ billion)",
     "codef": "co-defendants", "husband": "husband's prison term (years)", "niece": "niece's prison term (years)",
     "sbv": "central bank's special loans (US$ billion)", "share_repay": "share of the embezzled sum to repay",
     "repay": "sum to repay to escape execution (US$ billion)",
     # dates
     "verdict1": "day of the first-instance death sentence", "verdict2": "day of the bond trial's life sentence",
     "appeal": "day the appeal court upheld the death sentence", "arrest": "month of her arrest",
     "loans_start": "first year of the loans", "loans_end": "last year of the loans",
    }
    ms = [
     M(K, "Kamis (11/4/2024)", D, "verdict1", "2024-04-11"),
     M(K, "304 triliun dong", N, "emb_vnd", 304, cls="vnd"),
     M(K, "12,5 miliar dollar AS", N, "emb_usd", 12.5, cls="usd"),
     M(K, "677 triliun dong", N, "dmg_vnd", 677, cls="vnd"),
     M(K, "27 miliar dollar AS", N, "dmg_usd", 27, qual="approx", cls="usd"),
     M(K, "lebih dari 90 persen", N, "stake", 90, qual="morethan", cls="pct"),
     M(K, "2012", D, "loans_start", "2012"),
     M(K, "2022", D, "loans_end", "2022"),
     M(K, "44 miliar dollar AS", N, "loans_usd", 44, qual="approx", cls="usd"),
     M(K, "85 terdakwa lain", N, "codef", 85),
     M(K, "sembilan tahun", N, "husband", 9, cls="dur"),
     M(K, "17 tahun", N, "niece", 17, cls="dur"),
     M(K, "Oktober 2022", D, "arrest", "2022-10"),

     M(R, "Thursday", D, "verdict2", "2024-10-17"),
     M(R, "April 11", D, "verdict1", "2024-04-11"),
     M(R, "$12.5 billion", N, "emb_usd", 12.5, cls="usd"),
     M(R, "about $27 billion", N, "dmg_usd", 27, qual="approx", cls="usd"),
     M(R, "677 trillion dong", N, "dmg_vnd", 677, cls="vnd"),
     M(R, "April", D, "verdict1", "2024-04", occ=2),
     M(R, "about $24 billion", N, "sbv", 24, qual="approx", cls="usd"),
     M(R, "October 2022", D, "arrest", "2022-10"),

     M(T, "Selasa (3/12/2024)", D, "appeal", "2024-12-03"),
     M(T, "304 triliun dong", N, "emb_vnd", 304, cls="vnd"),
     M(T, "Kamis (11/4/2024)", D, "verdict1", "2024-04-11"),
     M(T, "667 triliun dong", N, "dmg_vnd", 667, cls="vnd", planted=True),
     M(T, "tiga perempat", N, "share_repay", 0.75, cls="frac"),
     M(T, "sekitar 9 miliar dollar AS", N, "repay", 9, qual="approx", cls="usd", src=COURT),
     M(T, "sekitar 11 miliar dollar AS", N, "repay", 11, qual="approx", cls="usd", src=PROS),
     M(T, "Kamis (17/10/2024)", D, "verdict2", "2024-10-17"),

     M(A, "three-quarters", N, "share_repay", 0.75, cls="frac"),
     M(A, "Tuesday", D, "appeal", "2024-12-03"),
     M(A, "Dec. 3", D, "appeal", "2024-12-03"),
     M(A, "April 11", D, "verdict1", "2024-04-11"),
     M(A, "$12.5 billion", N, "emb_usd", 12.5, cls="usd"),
     M(A, "about $27 billion", N, "dmg_usd", 27, qual="approx", cls="usd"),
     M(A, "677 trillion dong", N, "dmg_vnd", 677, cls="vnd"),
     M(A, "roughly $9 billion", N, "repay", 9, qual="approx", cls="usd", src=COURT),
     M(A, "Oct. 17", D, "verdict2", "2024-10-17"),
     M(A, "October 2022", D, "arrest", "2022-10"),
     M(A, "about $24 billion", N, "sbv", 24, qual="approx", cls="usd"),
    ]
    build("truong-my-lan-trial-2024", "The trials of the Vietnamese property tycoon Truong My Lan (Van Thinh Phat, "
          "Saigon Commercial Bank) in stages: the death sentence of the Ho Chi Minh City People's Court on Thursday 11 "
          "April 2024 (304 trillion dong, about $12.5 billion, embezzled; 677 trillion dong, about $27 billion, of "
          "damage), the life sentence of the bond trial on Thursday 17 October 2024, the appeal court's ruling upholding "
          "the death sentence on Tuesday 3 December 2024; the sum to repay to escape execution by the court's rule "
          "(three-quarters, about $9 billion) against the prosecutors' estimate (about $11 billion)", False, ms, names)


def salary():
    V, AN, B, R = "vnexpress-jul1", "antara-jul2", "bisnis-jul3", "reuters-jul4"
    names = {
     "rise": "the rise of the base salary (%)", "new": "the new base salary (dong a month)",
     "old": "the previous base salary (dong a month)", "older": "the base salary before July 2023 (dong a month)",
     "pens": "the rise of pensions and social benefits (%)", "prev_rise": "the July 2023 rise (%)",
     "usd": "the new base salary in dollars",
     # dates
     "effective": "day the new base salary takes effect", "signed": "day the decree was signed",
     "prev_eff": "day the previous base salary took effect",
    }
    ms = [
     M(V, "30%", N, "rise", 30, cls="pct"),
     M(V, "Monday, July 1, 2024", D, "effective", "2024-07-01"),
     M(V, "2.34 million dong", N, "new", 2.34, cls="vnd_m"),
     M(V, "1.8 million dong", N, "old", 1.8, cls="vnd_m"),
     M(V, "July 1, 2023", D, "prev_eff", "2023-07-01"),
     M(V, "Sunday, June 30", D, "signed", "2024-06-30"),
     M(V, "15%", N, "pens", 15, cls="pct"),
     M(V, "July 2023", D, "prev_eff", "2023-07"),
     M(V, "20.8%", N, "prev_rise", 20.8, cls="pct"),
     M(V, "1.49 million dong", N, "older", 1.49, cls="vnd_m"),
     M(V, "30%", N, "rise", 30, cls="pct", occ=2),

     M(AN, "30 persen", N, "rise", 30, cls="pct"),
     M(AN, "Senin (1/7/2024)", D, "effective", "2024-07-01"),
     M(AN, "1,8 juta dong", N, "old", 1.8, cls="vnd_m"),
     M(AN, "2,34 juta dong", N, "new", 2.34, cls="vnd_m"),
     M(AN, "Minggu (30/6/2024)", D, "signed", "2024-06-30"),
     M(AN, "15 persen", N, "pens", 15, cls="pct"),
     M(AN, "1,8 juta dong", N, "old", 1.8, cls="vnd_m", occ=2),
     M(AN, "1 Juli 2023", D, "prev_eff", "2023-07-01"),
     M(AN, "Juli 2023", D, "prev_eff", "2023-07", occ=2),
     M(AN, "20,8 persen", N, "prev_rise", 20.8, cls="pct"),
     M(AN, "1,49 juta dong", N, "older", 1.49, cls="vnd_m"),

     M(B, "2,34 juta dong", N, "new", 2.34, cls="vnd_m"),
     M(B, "1 Juli 2024", D, "effective", "2024-07-01"),
     M(B, "30 persen", N, "rise", 30, cls="pct"),
     M(B, "1,8 juta dong", N, "old", 1.8, cls="vnd_m"),
     M(B, "30 Juni 2024", D, "signed", "2024-06-30"),
     M(B, "15 persen", N, "pens", 15, cls="pct"),
     M(B, "1,8 juta dong", N, "old", 1.8, cls="vnd_m", occ=2),
     M(B, "1 Juli 2023", D, "prev_eff", "2023-07-01"),
     M(B, "20,8 persen", N, "prev_rise", 20.8, cls="pct"),
     M(B, "1,49 juta dong", N, "older", 1.49, cls="vnd_m"),

     M(R, "30%", N, "rise", 30, cls="pct"),
     M(R, "2.34 million dong", N, "new", 2.34, cls="vnd_m"),
     M(R, "$92", N, "usd", 92, cls="usd"),
     M(R, "July 1", D, "effective", "2024-07-01"),
     M(R, "1.8 million dong", N, "old", 1.8, cls="vnd_m"),
     M(R, "July 1 last year", D, "prev_eff", "2023-07-01"),
     M(R, "June 30", D, "signed", "2024-06-30"),
     M(R, "15%", N, "pens", 15, cls="pct"),
     M(R, "July 1", D, "effective", "2024-07-01", occ=3),
     M(R, "2023", D, "prev_eff", "2023"),
     M(R, "20.8%", N, "prev_rise", 20.8, cls="pct"),
     M(R, "1.49 million dong", N, "older", 1.49, cls="vnd_m"),
    ]
    build("vietnam-base-salary-2024", "Vietnam's base salary for state employees raised by 30% from 1.8 million to "
          "2.34 million dong a month from Monday 1 July 2024 under Decree 73/2024 signed on Sunday 30 June 2024 "
          "(control); pensions and social benefits up 15% the same day; the previous level in force since 1 July 2023, "
          "when it rose 20.8% from 1.49 million dong. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    poipet()
    lan()
    salary()
