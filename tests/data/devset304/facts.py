"""The three-hundred-and-fourth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset304/facts.py``.
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
    K, R, C, A = "kompas-dec19", "reuters-dec21", "cnnindonesia-dec28", "ap-jan29"
    # as-of times of the running tallies: Sunday 19 December 2021 morning (8 dead, more than 30,000 in relief
    # centres), Monday 20 December (14 dead), Tuesday 21 December (27 dead, 10 missing, about 51,000 still in relief
    # centres), Monday 27 December (48 dead, 25 in Selangor, 21 in Pahang, five missing), Tuesday 28 December morning
    # (about 9,000 still in relief centres), the police's final count as reported on 29 January 2022 (54 dead, 25 in
    # Selangor, two missing). The missing and the people still in relief centres may fall; the peak of more than
    # 71,000 evacuees (Monday 20 December) is one fact that does not change with the day of the report.
    # Losses: the statistics department's estimate against private economists' early estimate (sources).
    D19, D20, D21, D27, D28, J29 = "2021-12-19", "2021-12-20", "2021-12-21", "2021-12-27", "2021-12-28", "2022-01-29"
    DOSM, ECON = "the statistics department", "private economists"
    names = {
     "dead": "people killed", "missing": "people missing", "evac": "people in relief centres",
     "evac_pahang": "people in relief centres in Pahang", "evac_sel": "people in relief centres in Selangor",
     "peak": "people in relief centres at the peak", "water": "depth of the water in Taman Sri Muda (m)",
     "dead_sel": "dead in Selangor", "dead_pahang": "dead in Pahang", "states": "states with relief centres",
     "aid": "the aid package (ringgit)", "aid_hh": "cash per affected household (ringgit)",
     "losses": "losses from the floods (ringgit)",
     # dates
     "rain_start": "day the heavy rain began", "flood": "day the floods began", "count19": "day of the count of 8",
     "count20": "day of the count of 14", "count21": "day of the count of 27", "count27": "day of the count of 48",
     "peak_day": "day of the evacuees' peak", "shelter28": "day about 9,000 were still in relief centres",
     "aid_day": "day the aid package was announced", "loss_day": "day of the statistics department's estimate",
     "flood2014": "the east coast floods of 2014",
    }
    ms = [
     M(K, "Jumat (17/12/2021)", D, "rain_start", "2021-12-17"),
     M(K, "Sabtu (18/12/2021)", D, "flood", "2021-12-18"),
     M(K, "Minggu (19/12/2021)", D, "count19", "2021-12-19"),
     M(K, "delapan orang", N, "dead", 8, D19),
     M(K, "lebih dari 30.000 warga", N, "evac", 30000, D19, qual="morethan", fall=True),
     M(K, "sekitar 14.000 orang", N, "evac_pahang", 14000, D19, qual="approx"),
     M(K, "lebih dari 10.000 orang", N, "evac_sel", 10000, D19, qual="morethan"),
     M(K, "hampir 2 meter", N, "water", 2, qual="nearly", cls="m"),
     M(K, "2014", D, "flood2014", "2014"),

     M(R, "27", N, "dead", 27, D21),
     M(R, "Tuesday", D, "count21", "2021-12-21"),
     M(R, "10 others", N, "missing", 10, D21, fall=True),
     M(R, "14", N, "dead", 14, D20),
     M(R, "Monday", D, "count20", "2021-12-20"),
     M(R, "More than 71,000 people", N, "peak", 71000, qual="morethan"),
     M(R, "about 51,000", N, "evac", 51000, D21, qual="approx", fall=True),
     M(R, "nearly 2 metres", N, "water", 2, qual="nearly", cls="m"),
     M(R, "Saturday", D, "flood", "2021-12-18"),
     M(R, "2014", D, "flood2014", "2014"),

     M(C, "48 orang", N, "dead", 48, D27),
     M(C, "Senin (27/12/2021)", D, "count27", "2021-12-27"),
     M(C, "25 korban", N, "dead_sel", 25, D27),
     M(C, "21 korban", N, "dead_pahang", 21, D27),
     M(C, "lima orang", N, "missing", 5, D27, fall=True),
     M(C, "Selasa (21/12/2021)", D, "count21", "2021-12-21"),
     M(C, "27 korban", N, "dead", 27, D21),
     M(C, "Senin (20/12/2021)", D, "peak_day", "2021-12-20"),
     M(C, "lebih dari 17.000 orang", N, "peak", 17000, qual="morethan", planted=True),
     M(C, "delapan negara bagian", N, "states", 8),
     M(C, "Selasa (28/12/2021)", D, "shelter28", "2021-12-28"),
     M(C, "sekitar 9.000 pengungsi", N, "evac", 9000, D28, qual="approx", fall=True),
     M(C, "Kamis (23/12/2021)", D, "aid_day", "2021-12-23"),
     M(C, "RM1,4 miliar", N, "aid", 1.4e9, cls="myr"),
     M(C, "RM1.000", N, "aid_hh", 1000, cls="myr"),
     M(C, "RM20 miliar", N, "losses", 20e9, src=ECON, cls="myr"),
     M(C, "Jumat (17/12/2021)", D, "rain_start", "2021-12-17"),
     M(C, "Sabtu (18/12/2021)", D, "flood", "2021-12-18"),

     M(A, "Friday", D, "loss_day", "2022-01-28"),
     M(A, "about 6.1 billion ringgit", N, "losses", 6.1e9, qual="approx", src=DOSM, cls="myr"),
     M(A, "Dec. 19", D, "flood", "2021-12-19", planted=True),
     M(A, "54 people", N, "dead", 54, J29),
     M(A, "two others", N, "missing", 2, J29, fall=True),
     M(A, "Twenty-five", N, "dead_sel", 25, J29),
     M(A, "as much as 20 billion ringgit", N, "losses", 20e9, src=ECON, cls="myr"),
     M(A, "Dec. 20", D, "peak_day", "2021-12-20"),
     M(A, "more than 71,000 people", N, "peak", 71000, qual="morethan"),
     M(A, "1.4 billion ringgit", N, "aid", 1.4e9, cls="myr"),
     M(A, "Dec. 23", D, "aid_day", "2021-12-23"),
     M(A, "1,000 ringgit", N, "aid_hh", 1000, cls="myr"),
     M(A, "2014", D, "flood2014", "2014"),
    ]
    build("malaysia-floods-2021", "The December 2021 floods in Peninsular Malaysia (heavy rain from Friday 17 "
          "December, flooding from Saturday 18 December 2021, Selangor and Pahang the worst hit, Taman Sri Muda in Shah "
          "Alam under nearly 2 metres of water): the police's toll 8 on Sunday 19 December -> 14 on Monday 20 December "
          "-> 27 on Tuesday 21 December -> 48 on Monday 27 December (25 in Selangor, 21 in Pahang) -> 54 in all (two "
          "missing); more than 71,000 in relief centres at the peak on Monday 20 December; an aid package of 1.4 "
          "billion ringgit (1,000 ringgit a household) announced on Thursday 23 December; losses of about 6.1 billion "
          "ringgit by the statistics department (Friday 28 January 2022) against private economists' early estimate "
          "of up to 20 billion", False, ms, names)


def najib():
    R, K, A, T = "reuters-jul28", "kompas-dec08", "ap-aug23", "tempo-feb02"
    # The sentence and the fine are as imposed by the High Court on Tuesday 28 July 2020 (12 years, 210 million
    # ringgit, five more years if the fine is not paid) and upheld by the Court of Appeal (Wednesday 8 December 2021)
    # and the Federal Court (Tuesday 23 August 2022): one as-of time, "2020". The pardons board (meeting on Monday
    # 29 January 2024, decision announced on Friday 2 February 2024) cut them to six years, 50 million ringgit and one
    # more year if the fine is not paid: a later as-of time, "2024", so the lower figures are revisions.
    Y20, Y24 = "2020", "2024"
    names = {
     "term": "the prison term (years)", "fine": "the fine (ringgit)", "default": "extra prison term if the fine is "
     "not paid (years)", "each_term": "term on each breach of trust and money laundering count (years)",
     "charges": "charges Najib was convicted on", "cbt": "counts of criminal breach of trust",
     "ml": "counts of money laundering", "abuse": "counts of abuse of power",
     "panel_appeal": "judges of the Court of Appeal's panel", "panel_fed": "judges of the Federal Court's panel",
     "funds": "SRC International funds in the case (ringgit)", "stolen": "money taken from 1MDB by US investigators "
     "(dollars)",
     # dates
     "hc": "day of the High Court verdict", "appeal": "day of the Court of Appeal's ruling",
     "fed": "day of the Federal Court's ruling", "announce": "day the pardons board's decision was announced",
     "board": "day of the pardons board's meeting", "release": "the new release date",
     "release_unpaid": "the release date if the fine is not paid", "office": "year Najib took office",
     "election": "the general election Najib's coalition lost",
    }
    ms = [
     M(R, "Tuesday", D, "hc", "2020-07-28"),
     M(R, "12 years", N, "term", 12, Y20, cls="dur"),
     M(R, "210 million ringgit", N, "fine", 210e6, Y20, cls="myr"),
     M(R, "seven charges", N, "charges", 7),
     M(R, "three counts", N, "cbt", 3),
     M(R, "three", N, "ml", 3, occ=2),
     M(R, "42 million ringgit", N, "funds", 42e6, cls="myr"),
     M(R, "10 years", N, "each_term", 10, cls="dur"),
     M(R, "five years", N, "default", 5, Y20, cls="dur"),
     M(R, "2009", D, "office", "2009"),
     M(R, "May 2018", D, "election", "2018-05"),
     M(R, "$4.5 billion", N, "stolen", 4.5e9, cls="usd"),

     M(K, "Rabu (8/12/2021)", D, "appeal", "2021-12-08"),
     M(K, "12 tahun", N, "term", 12, Y20, cls="dur"),
     M(K, "RM210 juta", N, "fine", 210e6, Y20, cls="myr"),
     M(K, "tiga hakim", N, "panel_appeal", 3),
     M(K, "Rabu (29/7/2020)", D, "hc", "2020-07-29", planted=True),
     M(K, "tujuh dakwaan", N, "charges", 7),
     M(K, "satu dakwaan", N, "abuse", 1),
     M(K, "tiga dakwaan", N, "cbt", 3),
     M(K, "tiga dakwaan", N, "ml", 3, occ=2),
     M(K, "RM42 juta", N, "funds", 42e6, cls="myr"),
     M(K, "lima tahun", N, "default", 5, Y20, cls="dur"),
     M(K, "2009", D, "office", "2009"),
     M(K, "Mei 2018", D, "election", "2018-05"),

     M(A, "Tuesday", D, "fed", "2022-08-23"),
     M(A, "12-year", N, "term", 12, Y20, cls="dur"),
     M(A, "five-member", N, "panel_fed", 5),
     M(A, "July 28, 2020", D, "hc", "2020-07-28"),
     M(A, "210 million ringgit", N, "fine", 210e6, Y20, cls="myr"),
     M(A, "42 million ringgit", N, "funds", 42e6, cls="myr"),
     M(A, "Dec. 8", D, "appeal", "2021-12-08"),
     M(A, "2009", D, "office", "2009"),
     M(A, "May 2018", D, "election", "2018-05"),
     M(A, "$4.5 billion", N, "stolen", 4.5e9, cls="usd"),

     M(T, "12 tahun", N, "term", 12, Y20, cls="dur"),
     M(T, "enam tahun", N, "term", 6, Y24, cls="dur"),
     M(T, "Jumat (2/2/2024)", D, "announce", "2024-02-02"),
     M(T, "RM201 juta", N, "fine", 201e6, Y20, cls="myr", planted=True),
     M(T, "RM50 juta", N, "fine", 50e6, Y24, cls="myr"),
     M(T, "Senin (29/1/2024)", D, "board", "2024-01-29"),
     M(T, "23 Agustus 2028", D, "release", "2028-08-23"),
     M(T, "satu tahun", N, "default", 1, Y24, cls="dur"),
     M(T, "23 Agustus 2029", D, "release_unpaid", "2029-08-23"),
     M(T, "23 Agustus 2022", D, "fed", "2022-08-23"),
     M(T, "28 Juli 2020", D, "hc", "2020-07-28"),
     M(T, "tujuh dakwaan", N, "charges", 7),
     M(T, "RM42 juta", N, "funds", 42e6, cls="myr"),
     M(T, "2009", D, "office", "2009"),
     M(T, "Mei 2018", D, "election", "2018-05"),
    ]
    build("najib-src-appeals-2020", "The SRC International case of Malaysia's former prime minister Najib Razak in "
          "stages: the High Court's verdict on Tuesday 28 July 2020 (guilty on seven charges over 42 million ringgit; "
          "12 years and a fine of 210 million ringgit, five more years if unpaid), the Court of Appeal's ruling on "
          "Wednesday 8 December 2021 (a three-judge panel), the Federal Court's on Tuesday 23 August 2022 (a five-member "
          "panel; Najib taken to Kajang prison), and the pardons board's cut (meeting on Monday 29 January 2024, "
          "announced on Friday 2 February 2024) to six years and 50 million ringgit, release on 23 August 2028 or a "
          "year later if the fine is unpaid", False, ms, names)


def president():
    S, K, R, A = "straitstimes-sep02", "kompas-sep03", "reuters-sep04", "antara-sep05"
    names = {
     "pct_t": "Tharman's share of the votes (%)", "pct_n": "Ng Kok Song's share (%)", "pct_k": "Tan Kin Lian's share "
     "(%)", "votes_t": "Tharman's votes", "votes_n": "Ng Kok Song's votes", "votes_k": "Tan Kin Lian's votes",
     "sample_t": "Tharman's share in the sample count (%)", "sample_n": "Ng Kok Song's share in the sample count (%)",
     "sample_k": "Tan Kin Lian's share in the sample count (%)", "turnout": "turnout (%)",
     "voters": "eligible voters", "pct_2011": "the 2011 winner's share (%)", "years": "the president's term (years)",
     # dates
     "poll": "polling day", "sample_day": "day of the sample count", "declared": "day the results were declared",
     "statement": "day of the president-elect's remarks", "inaug": "day of the swearing-in",
     "term_end": "day the incumbent's term ends", "quit": "month Tharman left the cabinet and the party",
     "y2011": "the last contested presidential election",
    }
    ms = [
     M(S, "70.40 per cent", N, "pct_t", 70.40, cls="pct"),
     M(S, "Sept 1", D, "poll", "2023-09-01"),
     M(S, "1,746,427 votes", N, "votes_t", 1746427),
     M(S, "390,041", N, "votes_n", 390041),
     M(S, "344,292", N, "votes_k", 344292),
     M(S, "15.72 per cent", N, "pct_n", 15.72, cls="pct"),
     M(S, "13.88 per cent", N, "pct_k", 13.88, cls="pct"),
     M(S, "Saturday", D, "declared", "2023-09-02"),
     M(S, "Friday", D, "sample_day", "2023-09-01"),
     M(S, "70 per cent", N, "sample_t", 70, cls="pct"),
     M(S, "16 per cent", N, "sample_n", 16, cls="pct"),
     M(S, "14 per cent", N, "sample_k", 14, cls="pct"),
     M(S, "93.4 per cent", N, "turnout", 93.4, cls="pct"),
     M(S, "some 2.7 million", N, "voters", 2.7e6, qual="approx"),
     M(S, "2011", D, "y2011", "2011"),
     M(S, "35.2 per cent", N, "pct_2011", 35.2, cls="pct"),
     M(S, "Sept 14", D, "inaug", "2023-09-14"),
     M(S, "six-year", N, "years", 6, cls="dur"),
     M(S, "July", D, "quit", "2023-07"),

     M(K, "70,4 persen", N, "pct_t", 70.4, cls="pct"),
     M(K, "Jumat (1/9/2023)", D, "poll", "2023-09-01"),
     M(K, "1.746.427 suara", N, "votes_t", 1746427),
     M(K, "390.041 suara", N, "votes_n", 390041),
     M(K, "15,72 persen", N, "pct_n", 15.72, cls="pct"),
     M(K, "344.292 suara", N, "votes_k", 344292),
     M(K, "13,88 persen", N, "pct_k", 13.88, cls="pct"),
     M(K, "Sabtu (2/9/2023)", D, "declared", "2023-09-02"),
     M(K, "sekitar 70 persen", N, "sample_t", 70, qual="approx", cls="pct"),
     M(K, "93,4 persen", N, "turnout", 93.4, cls="pct"),
     M(K, "sekitar 2,7 juta", N, "voters", 2.7e6, qual="approx"),
     M(K, "2011", D, "y2011", "2011"),
     M(K, "Juli 2023", D, "quit", "2023-07"),
     M(K, "14 September 2023", D, "inaug", "2023-09-14"),
     M(K, "enam tahun", N, "years", 6, cls="dur"),

     M(R, "Friday", D, "poll", "2023-09-01"),
     M(R, "Sunday", D, "statement", "2023-09-03"),
     M(R, "70.4%", N, "pct_t", 70.4, cls="pct"),
     M(R, "1,746,427 ballots", N, "votes_t", 1746427),
     M(R, "15.72%", N, "pct_n", 15.72, cls="pct"),
     M(R, "390,041 votes", N, "votes_n", 390041),
     M(R, "13.88%", N, "pct_k", 13.88, cls="pct"),
     M(R, "344,292", N, "votes_k", 344292),
     M(R, "Saturday", D, "declared", "2023-09-02"),
     M(R, "93.4%", N, "turnout", 93.4, cls="pct"),
     M(R, "some 2.7 million", N, "voters", 2.7e6, qual="approx"),
     M(R, "35.2%", N, "pct_2011", 35.2, cls="pct"),
     M(R, "2011", D, "y2011", "2011"),
     M(R, "Sept. 14", D, "inaug", "2023-09-14"),
     M(R, "six-year", N, "years", 6, cls="dur"),
     M(R, "Sept. 13", D, "term_end", "2023-09-13"),
     M(R, "July", D, "quit", "2023-07"),

     M(A, "Kamis (14/9/2023)", D, "inaug", "2023-09-14"),
     M(A, "enam tahun", N, "years", 6, cls="dur"),
     M(A, "Jumat (1/9/2023)", D, "poll", "2023-09-01"),
     M(A, "1.746.427 suara", N, "votes_t", 1746427),
     M(A, "70,40 persen", N, "pct_t", 70.40, cls="pct"),
     M(A, "15,72 persen", N, "pct_n", 15.72, cls="pct"),
     M(A, "390.041 suara", N, "votes_n", 390041),
     M(A, "13,88 persen", N, "pct_k", 13.88, cls="pct"),
     M(A, "344.292 suara", N, "votes_k", 344292),
     M(A, "70 persen", N, "sample_t", 70, cls="pct"),
     M(A, "16 persen", N, "sample_n", 16, cls="pct"),
     M(A, "14 persen", N, "sample_k", 14, cls="pct"),
     M(A, "93,4 persen", N, "turnout", 93.4, cls="pct"),
     M(A, "13 September 2023", D, "term_end", "2023-09-13"),
     M(A, "2011", D, "y2011", "2011"),
     M(A, "Juli 2023", D, "quit", "2023-07"),
    ]
    build("singapore-president-2023", "Singapore's presidential election result (control), polling on Friday 1 "
          "September 2023, declared early on Saturday 2 September: Tharman Shanmugaratnam 1,746,427 votes (70.40%), "
          "Ng Kok Song 390,041 (15.72%), Tan Kin Lian 344,292 (13.88%); the sample count's 70/16/14 per cent; turnout "
          "93.4% of some 2.7 million voters; the first contested presidential election since 2011 (35.2% for its "
          "winner); the swearing-in on 14 September 2023 for a six-year term, the incumbent's term ending on 13 "
          "September; Tharman's departure from the cabinet and the party in July 2023. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    floods()
    najib()
    president()
