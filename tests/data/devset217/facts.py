"""The two-hundred-and-seventeenth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset217/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def sobane():
    R, K, A, T = "reuters-jun10", "kompas-jun11", "ap-jun13", "tempo-jul08"
    # as-of times: the government's first count of Monday 10 June 2019 (95 dead, 19 missing) and its recount of
    # Wednesday 12 June (35 dead, 24 children among them). The recount is lower: a revision. The missing may fall.
    # The Ogossagou massacre (Saturday 23 March 2019, about 160 dead) is another event.
    MON, WED = "2019-06-10", "2019-06-12"
    names = {
     "dead": "people killed in Sobane Da", "missing": "people missing in Sobane Da",
     "children": "children among the dead in Sobane Da", "dead_ogo": "people killed in Ogossagou",
     # dates
     "attack": "day of the Sobane Da attack", "count_mon": "day of the government's first count",
     "recount": "day of the government's recount", "ogo": "day of the Ogossagou massacre",
    }
    ms = [
     M(R, "95 people", N, "dead", 95, MON),
     M(R, "Monday", D, "count_mon", "2019-06-10"),
     M(R, "Sunday", D, "attack", "2019-06-09"),
     M(R, "95 bodies", N, "dead", 95, MON),
     M(R, "19 people", N, "missing", 19, MON, fall=True),
     M(R, "about 160 Fulani", N, "dead_ogo", 160, qual="approx"),
     M(R, "March 23", D, "ogo", "2019-03-23"),

     M(K, "Minggu (9/6/2019)", D, "attack", "2019-06-09"),
     M(K, "95 orang", N, "dead", 95, MON),
     M(K, "Senin (10/6/2019)", D, "count_mon", "2019-06-10"),
     M(K, "19 warga", N, "missing", 19, MON, fall=True),
     M(K, "Sabtu (23/3/2019)", D, "ogo", "2019-03-23"),
     M(K, "sekitar 160 warga", N, "dead_ogo", 160, qual="approx"),

     M(A, "35", N, "dead", 35, WED),
     M(A, "Monday", D, "count_mon", "2019-06-10"),
     M(A, "95 people", N, "dead", 95, MON),
     M(A, "Sunday night", D, "attack", "2019-06-09"),
     M(A, "Wednesday", D, "recount", "2019-06-12"),
     M(A, "35 bodies", N, "dead", 35, WED),
     M(A, "24 children", N, "children", 24, WED),
     M(A, "March", D, "ogo", "2019-03"),
     M(A, "about 160 Fulani", N, "dead_ogo", 160, qual="approx"),

     M(T, "34 orang", N, "dead", 34, WED, planted=True),
     M(T, "Senin (10/6/2019)", D, "count_mon", "2019-06-10"),
     M(T, "95 orang", N, "dead", 95, MON),
     M(T, "Minggu malam", D, "attack", "2019-06-09"),
     M(T, "Rabu (12/6/2019)", D, "recount", "2019-06-12"),
     M(T, "24 anak", N, "children", 24, WED),
     M(T, "Maret", D, "ogo", "2019-03"),
     M(T, "sekitar 160 warga", N, "dead_ogo", 160, qual="approx"),
    ]
    build("sobane-da-2019", "The attack on the Dogon village of Sobane Da near Sangha, Mopti region, central Mali "
          "(Sunday night 9 June 2019): the government's count of 95 dead and 19 missing on Monday 10 June, revised "
          "down to 35 dead (24 children among them) on Wednesday 12 June; the Ogossagou massacre of Saturday 23 March "
          "2019 (about 160 dead) as an earlier event", False, ms, names)


def owo():
    R, T, K, A = "reuters-jun06", "detik-jun07", "kompas-jun10", "ap-aug10"
    # as-of times: Sunday 5 June 2022 (the local lawmaker's estimate of more than 50 dead), Monday 6 June (the
    # emergency agency's count of at least 22 dead and 58 injured), Thursday 9 June (the Ondo state government's 40
    # dead and 61 injured in hospital). The dead and the injured do not fall. Sources: the authorities' counts (the
    # emergency agency's and the state government's, one running count) against the lawmaker's estimate.
    # Dates: the attack (Sunday 5 June), the first count (Monday 6 June), the state's count and the federal
    # government's blaming of ISWAP (both Thursday 9 June: different events on the same day), the arrests announced
    # on Tuesday 9 August 2022.
    SUN, MON, THU = "2022-06-05", "2022-06-06", "2022-06-09"
    GOV, LAW = "the authorities", "a local lawmaker"
    names = {
     "dead": "people killed in the church attack", "injured": "people wounded in the church attack",
     "flags": "days of flags at half-mast",
     # dates
     "attack": "day of the church attack", "no_toll": "day with no official toll yet",
     "count_mon": "day of the emergency agency's count", "no_claim": "day by which no group had claimed it",
     "count_thu": "day of the state government's count", "blame": "day the federal government blamed ISWAP",
     "arrests": "day the arrests were announced",
    }
    ms = [
     M(R, "Sunday", D, "attack", "2022-06-05"),
     M(R, "more than 50 people", N, "dead", 50, SUN, qual="morethan", src=LAW),
     M(R, "Sunday evening", D, "no_toll", "2022-06-05"),

     M(T, "Sedikitnya 22 orang", N, "dead", 22, MON, qual="atleast", src=GOV),
     M(T, "58 orang", N, "injured", 58, MON),
     M(T, "Senin (6/6/2022)", D, "count_mon", "2022-06-06"),
     M(T, "Minggu (5/6/2022)", D, "attack", "2022-06-05"),
     M(T, "lebih dari 50 orang", N, "dead", 50, SUN, qual="morethan", src=LAW),
     M(T, "Senin", D, "no_claim", "2022-06-06", occ=2),

     M(K, "40 orang", N, "dead", 40, THU, src=GOV),
     M(K, "Kamis (9/6/2022)", D, "count_thu", "2022-06-09"),
     M(K, "61 korban luka", N, "injured", 61, THU),
     M(K, "Sabtu (4/6/2022)", D, "attack", "2022-06-04", planted=True),
     M(K, "22 orang", N, "dead", 22, MON, src=GOV),

     M(A, "Tuesday", D, "arrests", "2022-08-09"),
     M(A, "40 people", N, "dead", 40, THU, src=GOV),
     M(A, "16 others", N, "injured", 16, THU, planted=True),
     M(A, "June 5", D, "attack", "2022-06-05"),
     M(A, "June 9", D, "blame", "2022-06-09"),
    ]
    build("owo-church-2022", "The attack on St Francis Xavier Catholic Church in Owo, Ondo state, Nigeria, during "
          "Pentecost mass (Sunday 5 June 2022): a local lawmaker's estimate of more than 50 dead on Sunday, the "
          "emergency agency's count of at least 22 dead and 58 injured on Monday 6 June, the Ondo state government's "
          "40 dead and 61 injured in hospital on Thursday 9 June; the federal government blamed ISWAP on Thursday 9 "
          "June; the defence chief announced arrests on Tuesday 9 August 2022", False, ms, names)


def ghana_imf():
    R, K1, K2, A = "reuters-may17", "kontan-may18", "kompas-may19", "ap-may20"
    names = {
     "loan": "the loan's size (US$ million)", "first": "the first disbursement (US$ million)",
     "loan_sdr": "the loan's size (SDR million)", "first_sdr": "the first disbursement (SDR million)",
     "years": "the programme's length (years)", "infl": "inflation in April 2023 (%)",
     "peak": "inflation's peak at the turn of the year (%)", "nth": "Ghana's IMF programmes since independence",
     # dates
     "approved": "day the IMF board approved the loan", "sla": "day of the staff-level agreement",
     "request": "month Ghana asked the IMF for help", "default": "month Ghana stopped paying its external debt",
     "infl_month": "month of the inflation reading",
    }
    ms = [
     M(R, "Wednesday", D, "approved", "2023-05-17"),
     M(R, "three-year", N, "years", 3, cls="dur"),
     M(R, "$3 billion", N, "loan", 3000, cls="usd"),
     M(R, "about $600 million", N, "first", 600, qual="approx", cls="usd"),
     M(R, "SDR 2.242 billion", N, "loan_sdr", 2242, cls="sdr"),
     M(R, "SDR 451.4 million", N, "first_sdr", 451.4, cls="sdr"),
     M(R, "Dec. 12, 2022", D, "sla", "2022-12-12"),
     M(R, "July 2022", D, "request", "2022-07"),
     M(R, "December 2022", D, "default", "2022-12"),
     M(R, "41.2%", N, "infl", 41.2, cls="pct"),
     M(R, "April", D, "infl_month", "2023-04"),
     M(R, "above 50%", N, "peak", 50, qual="morethan", cls="pct"),
     M(R, "17th", N, "nth", 17),

     M(K1, "US$ 3 miliar", N, "loan", 3000, cls="usd"),
     M(K1, "Rabu (17/5/2023)", D, "approved", "2023-05-17"),
     M(K1, "tiga tahun", N, "years", 3, cls="dur"),
     M(K1, "SDR 2,242 miliar", N, "loan_sdr", 2242, cls="sdr"),
     M(K1, "sekitar US$ 600 juta", N, "first", 600, qual="approx", cls="usd"),
     M(K1, "SDR 451,4 juta", N, "first_sdr", 451.4, cls="sdr"),
     M(K1, "12 Desember 2022", D, "sla", "2022-12-12"),
     M(K1, "Juli 2022", D, "request", "2022-07"),
     M(K1, "Desember 2022", D, "default", "2022-12", occ=2),
     M(K1, "41,2%", N, "infl", 41.2, cls="pct"),
     M(K1, "April 2023", D, "infl_month", "2023-04"),
     M(K1, "di atas 50%", N, "peak", 50, qual="morethan", cls="pct"),
     M(K1, "ke-17", N, "nth", 17),

     M(K2, "3 miliar dollar AS", N, "loan", 3000, cls="usd"),
     M(K2, "tiga tahun", N, "years", 3, cls="dur"),
     M(K2, "Rabu (17/5/2023)", D, "approved", "2023-05-17"),
     M(K2, "sekitar 600 juta dollar AS", N, "first", 600, qual="approx", cls="usd"),
     M(K2, "SDR 2,242 miliar", N, "loan_sdr", 2242, cls="sdr"),
     M(K2, "SDR 451,4 juta", N, "first_sdr", 451.4, cls="sdr"),
     M(K2, "Juli 2022", D, "request", "2022-07"),
     M(K2, "12 Desember 2022", D, "sla", "2022-12-12"),
     M(K2, "Desember 2022", D, "default", "2022-12", occ=2),
     M(K2, "April 2023", D, "infl_month", "2023-04"),
     M(K2, "41,2 persen", N, "infl", 41.2, cls="pct"),
     M(K2, "ke-17", N, "nth", 17),

     M(A, "$3 billion", N, "loan", 3000, cls="usd"),
     M(A, "three-year", N, "years", 3, cls="dur"),
     M(A, "May 17", D, "approved", "2023-05-17"),
     M(A, "about $600 million", N, "first", 600, qual="approx", cls="usd"),
     M(A, "SDR 2.242 billion", N, "loan_sdr", 2242, cls="sdr"),
     M(A, "SDR 451.4 million", N, "first_sdr", 451.4, cls="sdr"),
     M(A, "Dec. 12, 2022", D, "sla", "2022-12-12"),
     M(A, "July 2022", D, "request", "2022-07"),
     M(A, "December 2022", D, "default", "2022-12"),
     M(A, "41.2 percent", N, "infl", 41.2, cls="pct"),
     M(A, "April", D, "infl_month", "2023-04"),
     M(A, "17th", N, "nth", 17),
    ]
    build("ghana-imf-2023", "The IMF executive board's approval of a three-year Extended Credit Facility for Ghana "
          "(control), Wednesday 17 May 2023: SDR 2.242 billion (about US$3 billion), an immediate disbursement of SDR "
          "451.4 million (about US$600 million); the staff-level agreement of 12 December 2022, the request of July "
          "2022, the suspension of external debt payments in December 2022, inflation of 41.2% in April 2023 (from a "
          "peak above 50%), Ghana's 17th IMF programme. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    sobane()
    owo()
    ghana_imf()
