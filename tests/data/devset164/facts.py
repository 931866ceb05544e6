"""The hundred-and-sixty-fourth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset164/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def petrinja():
    A, R, K, T = "detik-dec29", "reuters-dec30", "kompas-dec31", "tempo-jan20"
    # as-of times of the running tallies: Tuesday 29 December 2020 early afternoon (one dead: the girl in Petrinja, as
    # the prime minister reported), Tuesday afternoon (six dead: the deputy prime minister in Glina), Tuesday evening
    # (seven dead, 26 injured: six serious, 20 light, the police's count), and the toll recalled three weeks on (the
    # report of Wednesday 20 January 2021: still seven dead, five of them around Glina). The dead and the injured do not
    # fall.
    TUE_NOON, TUE_AFT, TUE_EVE, JAN20 = "2020-12-29a", "2020-12-29b", "2020-12-29c", "2021-01-20"
    # The magnitude: 6.4 (moment magnitude) from the European and German agencies, which every uncredited mention
    # carries; the Croatian seismological survey's 6.2 (local magnitude) is another source.
    INTL, HR = "the European agencies (EMSC, GFZ)", "the Croatian seismological survey"
    names = {
     "mag": "the quake's magnitude", "fore_mag": "the foreshock's magnitude",
     "after_mag": "the aftershocks' magnitude (3 or more)", "dist_ep": "epicentre's distance from Petrinja (km)",
     "dist_cap": "distance from the capital (km)", "depth": "depth (km)", "dead": "people killed",
     "dead_glina": "dead around Glina", "injured": "people injured", "serious": "seriously injured",
     "light": "lightly injured", "girl_age": "the dead girl's age", "pop": "Petrinja's population",
     # dates
     "quake": "day of the earthquake", "fore": "day of the foreshock", "asof_tue": "day of Tuesday's count",
     "after_jan": "month aftershocks were still felt",
    }
    ms = [
     M(A, "bermagnitudo 6,4", N, "mag", 6.4, src=INTL, cls="mag"),
     M(A, "Selasa (29/12/2020)", D, "quake", "2020-12-29"),
     M(A, "3 km", N, "dist_ep", 3, cls="km"),
     M(A, "50 km", N, "dist_cap", 50, cls="km"),
     M(A, "Selasa", D, "asof_tue", "2020-12-29", occ=2),
     M(A, "satu orang", N, "dead", 1, TUE_NOON),
     M(A, "12 tahun", N, "girl_age", 12, cls="age"),
     M(A, "bermagnitudo 5,2", N, "fore_mag", 5.2, cls="mag"),
     M(A, "Senin (28/12/2020)", D, "fore", "2020-12-28"),

     M(R, "magnitude 6.4", N, "mag", 6.4, src=INTL, cls="mag"),
     M(R, "Tuesday", D, "quake", "2020-12-29"),
     M(R, "seven people", N, "dead", 7, TUE_EVE),
     M(R, "injuring 26", N, "injured", 26, TUE_EVE),
     M(R, "10 km", N, "depth", 10, cls="km"),
     M(R, "some 50 km", N, "dist_cap", 50, qual="approx", cls="km"),
     M(R, "five people", N, "dead_glina", 5, TUE_AFT),
     M(R, "12-year-old", N, "girl_age", 12, cls="age"),
     M(R, "six dead", N, "dead", 6, TUE_AFT),
     M(R, "six of the injured", N, "serious", 6, TUE_EVE),
     M(R, "20", N, "light", 20, TUE_EVE),
     M(R, "magnitude 5.2", N, "fore_mag", 5.2, cls="mag"),
     M(R, "Monday", D, "fore", "2020-12-28"),
     M(R, "magnitude 3", N, "after_mag", 3, qual="atleast", cls="mag"),

     M(K, "tujuh orang", N, "dead", 7, TUE_EVE),
     M(K, "Selasa (29/12/2020)", D, "asof_tue", "2020-12-29"),
     M(K, "62 orang", N, "injured", 62, TUE_EVE, planted=True),
     M(K, "enam di antaranya", N, "serious", 6, TUE_EVE),
     M(K, "Lima korban tewas", N, "dead_glina", 5, TUE_EVE),
     M(K, "bermagnitudo 6,4", N, "mag", 6.4, src=INTL, cls="mag"),
     M(K, "6,2", N, "mag", 6.2, src=HR, cls="mag"),
     M(K, "Selasa", D, "asof_tue", "2020-12-29", occ=2),
     M(K, "Selasa", D, "quake", "2020-12-29", occ=3),
     M(K, "10 km", N, "depth", 10, cls="km"),
     M(K, "Senin (28/12/2020)", D, "fore", "2020-12-28"),
     M(K, "bermagnitudo 5,2", N, "fore_mag", 5.2, cls="mag"),

     M(T, "bermagnitudo 6,4", N, "mag", 6.4, src=INTL, cls="mag"),
     M(T, "Selasa, 29 Desember 2020", D, "quake", "2020-12-29"),
     M(T, "tujuh orang", N, "dead", 7, JAN20),
     M(T, "lima warga desa", N, "dead_glina", 5, JAN20),
     M(T, "Selasa", D, "asof_tue", "2020-12-29", occ=2),
     M(T, "26 orang", N, "injured", 26, TUE_EVE),
     M(T, "Enam di antara korban luka", N, "serious", 6, TUE_EVE),
     M(T, "20 lainnya", N, "light", 20, TUE_EVE),
     M(T, "bermagnitudo 5,2", N, "fore_mag", 5.2, cls="mag"),
     M(T, "Minggu (27/12/2020)", D, "fore", "2020-12-27", planted=True),
     M(T, "50 km", N, "dist_cap", 50, cls="km"),
     M(T, "sekitar 25.000 orang", N, "pop", 25000, qual="approx"),
     M(T, "pertengahan Januari", D, "after_jan", "2021-01"),
    ]
    build("petrinja-quake-2020", "The magnitude 6.4 earthquake near Petrinja, central Croatia (Tuesday 29 December 2020, "
          "12.19 local time, 10 km deep, about 50 km south of the capital), a day after a magnitude 5.2 foreshock (Monday "
          "28 December): the dead rising from one (the girl in Petrinja, early afternoon) to six (the deputy prime "
          "minister in Glina) and seven by Tuesday evening, still seven three weeks on; 26 injured (six "
          "seriously, 20 lightly); the European agencies' 6.4 against the Croatian survey's 6.2",
          False, ms, names)


def montenegro():
    T, A, R, K, D1 = "ap-mar19", "antara-mar20", "reuters-apr03", "kompas-apr04", "detik-may21"
    # results do not change with the day of the report; shares credited to the monitoring group CeMI (its quick count
    # on the night) and to the state election commission (DIK) are different sources. The first round (Sunday 19
    # March 2023), the runoff (Sunday 2 April), the commission's session on the runoff's provisional result (Monday 3
    # April) and the swearing-in (Saturday 20 May) are different events.
    CEMI, DIK, CDT = "CeMI", "the state election commission", "CDT"
    # CeMI's first-round quick count is a tally of its sample: its early figures (80.5% of the sample processed, on the
    # night) and its final ones are two as-of times of one source (Djukanovic 35.3 -> 35.2 is a revision; Milatovic
    # 29.1 -> 29.2 and Mandic 19.2 -> 19.3 are updates).
    EARLY, FINAL = "2023-03-19a", "2023-03-19b"
    names = {
     "dj_r1": "Djukanovic's first-round share", "mi_r1": "Milatovic's first-round share",
     "ma_r1": "Mandic's first-round share", "be_r1": "Becic's first-round share", "sample": "share of CeMI's sample processed", "majority": "the share needed to win outright",
     "turnout_r1": "first-round turnout", "turnout_r2": "runoff turnout", "voters_r1": "first-round voters",
     "registered": "registered voters", "candidates": "first-round candidates",
     "mi_r2": "Milatovic's runoff share", "dj_r2": "Djukanovic's runoff share", "mi_votes": "Milatovic's runoff votes",
     "dj_votes": "Djukanovic's runoff votes", "voters_r2": "runoff voters", "valid_r2": "valid runoff ballots",
     "dj_age": "Djukanovic's age", "mi_age": "Milatovic's age", "guests": "guests at the swearing-in",
     "term": "the president's term (years)",
     # dates
     "r1": "day of the first round", "r2": "day of the runoff", "last_runoff": "year of the last runoff",
     "dj_since": "year Djukanovic took office", "parl": "day of the parliamentary election",
     "dik": "day of the commission's session on the runoff", "indep": "day of independence",
     "sworn": "day of the swearing-in",
    }
    ms = [
     M(T, "Sunday", D, "r1", "2023-03-19"),
     M(T, "80.5%", N, "sample", 80.5, cls="pct"),
     M(T, "35.3%", N, "dj_r1", 35.3, EARLY, src=CEMI, cls="pct"),
     M(T, "29.1%", N, "mi_r1", 29.1, EARLY, src=CEMI, cls="pct"),
     M(T, "19.2%", N, "ma_r1", 19.2, EARLY, src=CEMI, cls="pct"),
     M(T, "11.1%", N, "be_r1", 11.1, EARLY, src=CEMI, cls="pct"),
     M(T, "Some 542,154 people", N, "registered", 542154, qual="approx"),
     M(T, "seven candidates", N, "candidates", 7),

     M(A, "Minggu (19/3/2023)", D, "r1", "2023-03-19"),
     M(A, "lebih dari 50 persen", N, "majority", 50, qual="morethan", cls="pct"),
     M(A, "35,2 persen", N, "dj_r1", 35.2, FINAL, src=CEMI, cls="pct"),
     M(A, "29,2 persen", N, "mi_r1", 29.2, FINAL, src=CEMI, cls="pct"),
     M(A, "19,3 persen", N, "ma_r1", 19.3, FINAL, src=CEMI, cls="pct"),
     M(A, "63,6 persen", N, "turnout_r1", 63.6, src=DIK, cls="pct"),
     M(A, "sekitar 344.700 orang", N, "voters_r1", 344700, qual="approx"),
     M(A, "542.154 warga", N, "registered", 542154),
     M(A, "tujuh kandidat", N, "candidates", 7),
     M(A, "Minggu (2/4/2023)", D, "r2", "2023-04-02"),
     M(A, "1997", D, "last_runoff", "1997"),
     M(A, "2018", D, "dj_since", "2018"),

     M(R, "Sunday", D, "r2", "2023-04-02"),
     M(R, "about 60%", N, "mi_r2", 60, qual="approx", src=CEMI, cls="pct"),
     M(R, "about 40%", N, "dj_r2", 40, qual="approx", src=CEMI, cls="pct"),
     M(R, "70.7%", N, "turnout_r2", 70.7, src=CDT, cls="pct"),
     M(R, "March 19", D, "r1", "2023-03-19"),
     M(R, "35.37%", N, "dj_r1", 35.37, src=DIK, cls="pct"),
     M(R, "28.92%", N, "mi_r1", 28.92, src=DIK, cls="pct"),
     M(R, "61", N, "dj_age", 61, cls="age"),
     M(R, "2018", D, "dj_since", "2018"),
     M(R, "36", N, "mi_age", 36, cls="age"),
     M(R, "June 11", D, "parl", "2023-06-11"),
     M(R, "five-year term", N, "term", 5, cls="dur"),

     M(K, "58,88 persen", N, "mi_r2", 58.88, src=DIK, cls="pct"),
     M(K, "Senin (3/4/2023)", D, "dik", "2023-04-03"),
     M(K, "221.592 suara", N, "mi_votes", 221592),
     M(K, "41,12 persen", N, "dj_r2", 41.12, src=DIK, cls="pct"),
     M(K, "154.769 suara", N, "dj_votes", 154769),
     M(K, "380.281 pemilih", N, "voters_r2", 380281),
     M(K, "Minggu (2/4/2023)", D, "r2", "2023-04-02"),
     M(K, "376.361 surat suara sah", N, "valid_r2", 376361),
     M(K, "19 Maret 2023", D, "r1", "2023-03-19"),
     M(K, "35,37 persen", N, "dj_r1", 35.37, src=DIK, cls="pct"),
     M(K, "28,92 persen", N, "mi_r1", 28.92, src=DIK, cls="pct"),
     M(K, "2006", D, "indep", "2006"),
     M(K, "11 Juni 2023", D, "parl", "2023-06-11"),

     M(D1, "Sabtu (20/5/2023)", D, "sworn", "2023-05-20"),
     M(D1, "sekitar 200 tamu", N, "guests", 200, qual="approx"),
     M(D1, "Minggu (2/4/2023)", D, "r2", "2023-04-02"),
     M(D1, "58,88 persen", N, "mi_r2", 58.88, src=DIK, cls="pct"),
     M(D1, "41,12 persen", N, "dj_r2", 41.12, src=DIK, cls="pct"),
     M(D1, "212.592 suara", N, "mi_votes", 212592, planted=True),
     M(D1, "lima tahun", N, "term", 5, cls="dur"),
     M(D1, "21 Mei 2006", D, "indep", "2006-05-21"),
     M(D1, "11 Juni 2023", D, "parl", "2023-06-11"),
    ]
    build("montenegro-presidential-2023", "Montenegro's presidential election: the first round on Sunday 19 March 2023 "
          "(Djukanovic 35.37%, Milatovic 28.92% by the state election commission; CeMI's quick count on the night 35.3%, "
          "29.1% and Mandic 19.2% with 80.5% of its sample, then 35.2%, 29.2% and 19.3%; turnout 63.6%), the runoff on Sunday 2 April 2023 (CeMI's projection about 60% to 40%; the "
          "commission's provisional result of Monday 3 April: Milatovic 58.88%, 221,592 votes, Djukanovic 41.12%, 154,769 "
          "votes; 380,281 voters, 376,361 valid ballots) and the swearing-in on Saturday 20 May 2023 in Podgorica",
          False, ms, names)


def census():
    R, A, K, T = "reuters-jan06", "antara-jan07", "kompas-jan08", "tempo-jan09"
    names = {
     "pop": "population at the 2021 census", "drop": "the fall since 2011", "pop2011": "population at the 2011 census",
     "natural": "share of the fall from natural decrease", "estimate": "the institute's estimate before the census",
     "old11": "rise in the share aged 65+ since 2011 (points)", "old92": "rise in the share aged 65+ since 1992 (points)",
     "sofia": "Sofia's population", "districts": "districts", "vidin": "Vidin's population",
     "drop_pct": "the fall since 2011 (percent)",
     # dates
     "announce": "day of the announcement", "c2011": "year of the previous census", "est_day": "date of the estimate",
     "y1992": "year 1992", "start": "day the census began", "cyear": "year of the census",
     "hard": "the year the institute's head called difficult",
    }
    ms = [
     M(R, "6,520,314 people", N, "pop", 6520314),
     M(R, "Thursday", D, "announce", "2022-01-06"),
     M(R, "844,000", N, "drop", 844000),
     M(R, "7,364,570 people", N, "pop2011", 7364570),
     M(R, "2011", D, "c2011", "2011"),
     M(R, "53%", N, "natural", 53, cls="pct"),
     M(R, "6,916,548", N, "estimate", 6916548),
     M(R, "Dec. 31, 2020", D, "est_day", "2020-12-31"),
     M(R, "5.4 percentage points", N, "old11", 5.4, cls="pts"),
     M(R, "2011", D, "c2011", "2011", occ=2),
     M(R, "9.6 percentage points", N, "old92", 9.6, cls="pts"),
     M(R, "1992", D, "y1992", "1992"),
     M(R, "close to 1.5 million", N, "sofia", 1500000, qual="nearly"),
     M(R, "28 districts", N, "districts", 28),
     M(R, "about 74,000", N, "vidin", 74000, qual="approx"),
     M(R, "Sept. 7, 2021", D, "start", "2021-09-07"),

     M(A, "Kamis (6/1/2022)", D, "announce", "2022-01-06"),
     M(A, "2021", D, "cyear", "2021"),
     M(A, "6.520.314 jiwa", N, "pop", 6520314),
     M(A, "844.000 jiwa", N, "drop", 844000),
     M(A, "2011", D, "c2011", "2011"),
     M(A, "7.364.570 penduduk", N, "pop2011", 7364570),
     M(A, "53 persen", N, "natural", 53, cls="pct"),
     M(A, "hampir 1,5 juta jiwa", N, "sofia", 1500000, qual="nearly"),
     M(A, "sekitar 74.000 jiwa", N, "vidin", 74000, qual="approx"),
     M(A, "5,4 poin persentase", N, "old11", 5.4, cls="pts"),
     M(A, "2011", D, "c2011", "2011", occ=2),
     M(A, "6.916.548 jiwa", N, "estimate", 6916548),
     M(A, "31 Desember 2020", D, "est_day", "2020-12-31"),
     M(A, "7 September 2021", D, "start", "2021-09-07"),

     M(K, "sekitar 6,52 juta jiwa", N, "pop", 6520000, qual="approx"),
     M(K, "2021", D, "cyear", "2021"),
     M(K, "Kamis (6/1/2022)", D, "announce", "2022-01-06"),
     M(K, "6.520.314 jiwa", N, "pop", 6520314),
     M(K, "sekitar 844.000 orang", N, "drop", 844000, qual="approx"),
     M(K, "7.364.570 jiwa", N, "pop2011", 7364570),
     M(K, "2011", D, "c2011", "2011"),
     M(K, "lebih dari 11 persen", N, "drop_pct", 11, qual="morethan", cls="pct"),
     M(K, "53 persen", N, "natural", 53, cls="pct"),
     M(K, "5,4 poin persentase", N, "old11", 5.4, cls="pts"),
     M(K, "2011", D, "c2011", "2011", occ=2),
     M(K, "9,6 poin persentase", N, "old92", 9.6, cls="pts"),
     M(K, "1992", D, "y1992", "1992"),
     M(K, "28 distrik", N, "districts", 28),
     M(K, "sekitar 74.000 jiwa", N, "vidin", 74000, qual="approx"),
     M(K, "hampir 1,5 juta orang", N, "sofia", 1500000, qual="nearly"),
     M(K, "7 September 2021", D, "start", "2021-09-07"),

     M(T, "844.000 penduduk", N, "drop", 844000),
     M(T, "Kamis, 6 Januari 2022", D, "announce", "2022-01-06"),
     M(T, "2021", D, "cyear", "2021"),
     M(T, "6.520.314 penduduk", N, "pop", 6520314),
     M(T, "2011", D, "c2011", "2011"),
     M(T, "7.364.570 jiwa", N, "pop2011", 7364570),
     M(T, "6.916.548 jiwa", N, "estimate", 6916548),
     M(T, "31 Desember 2020", D, "est_day", "2020-12-31"),
     M(T, "53 persen", N, "natural", 53, cls="pct"),
     M(T, "9,6 poin persentase", N, "old92", 9.6, cls="pts"),
     M(T, "1992", D, "y1992", "1992"),
     M(T, "hampir 1,5 juta jiwa", N, "sofia", 1500000, qual="nearly"),
     M(T, "28 distrik", N, "districts", 28),
     M(T, "sekitar 74.000 jiwa", N, "vidin", 74000, qual="approx"),
     M(T, "7 September 2021", D, "start", "2021-09-07"),
     M(T, "2021", D, "hard", "2021", occ=3),
    ]
    build("bulgaria-census-2022", "Bulgaria's National Statistical Institute announces the preliminary results of the "
          "2021 census (control) on Thursday 6 January 2022: 6,520,314 people, 844,000 fewer than the 7,364,570 of the "
          "2011 census (53% of the fall from natural decrease), against the institute's estimate of 6,916,548 at 31 "
          "December 2020; the share aged 65+ up 5.4 points from 2011 and 9.6 from 1992; Sofia close to 1.5 million, Vidin "
          "about 74,000 (smallest of 28 districts); the census began on 7 September 2021. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    petrinja()
    montenegro()
    census()
