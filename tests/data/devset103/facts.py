"""The hundred-and-third development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset103/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def collapse():
    R1, K, AP, T, R2 = "reuters-may04", "kompas-may05", "ap-may08", "tempo-may11", "reuters-jun16"
    # the city government's running counts: the mayor's figure early on Tuesday 4 May, the civil protection office's
    # count of Tuesday afternoon, the 25 of Wednesday, the 26 of Friday 7 May and the counts of Monday 10 May; people
    # still in hospital and still missing may fall
    TUE, TUE13, WED, FRI, MON, JUN = ("2021-05-04T02", "2021-05-04T13", "2021-05-05", "2021-05-07", "2021-05-10",
                                      "2021-06-16")
    CITY, PROS = "the Mexico City government", "the city prosecutors' office"
    names = {
     "dead": "people killed in the collapse", "injured": "people injured and taken to hospital",
     "dead_scene": "people who died at the scene", "dead_hosp": "people who died after reaching hospital",
     "in_hospital": "injured still in hospital", "discharged": "injured sent home", "missing": "people not yet found",
     "carriages": "carriages that fell", "age": "Araceli Linares Jiquez's age",
     # dates
     "collapse": "night of the collapse", "count23_day": "day of the mayor's count of 23",
     "amlo": "day of the president's remark", "count24_day": "day of the count of 24",
     "count25_day": "day of the prosecutors' count of 25", "count26_day": "day the toll reached 26",
     "count_may10": "day of the counts of 10 May", "mayor_remark": "day of the mayor's remark on the word incident",
     "report": "day of the preliminary report", "opened": "the line's opening", "shut_from": "first year of the "
     "closure", "shut_to": "last year of the closure", "quake": "the earthquake of 2017",
    }
    ms = [
     M(R1, "two carriages", N, "carriages", 2),
     M(R1, "23 people", N, "dead", 23, TUE, src=CITY),
     M(R1, "Monday", D, "collapse", "2021-05-03"),
     M(R1, "Tuesday", D, "count23_day", "2021-05-04"),
     M(R1, "About 70 people", N, "injured", 70, TUE, qual="approx", src=CITY),
     M(R1, "October 2012", D, "opened", "2012-10"),
     M(R1, "2013", D, "shut_from", "2013"),
     M(R1, "2014", D, "shut_to", "2014"),
     M(R1, "September 2017", D, "quake", "2017-09"),
     M(R1, "Tuesday", D, "amlo", "2021-05-04", occ=2),

     M(K, "24 orang", N, "dead", 24, TUE13, src=CITY),
     M(K, "Selasa (4/5/2021)", D, "count24_day", "2021-05-04"),
     M(K, "21 orang", N, "dead_scene", 21),
     M(K, "tiga orang", N, "dead_hosp", 3, TUE13),
     M(K, "79 orang", N, "injured", 79, TUE13, src=CITY),
     M(K, "23 orang", N, "dead", 23, TUE, src=CITY),
     M(K, "Senin (3/5/2021)", D, "collapse", "2021-05-03"),
     M(K, "dua gerbong", N, "carriages", 2),

     M(AP, "26", N, "dead", 26, FRI, src=CITY),
     M(AP, "Friday", D, "count26_day", "2021-05-07"),
     M(AP, "52-year-old", N, "age", 52, cls="age"),
     M(AP, "Monday, May 3", D, "collapse", "2021-05-03"),
     M(AP, "25", N, "dead", 25, WED, src=PROS),
     M(AP, "Wednesday", D, "count25_day", "2021-05-05"),
     M(AP, "33 people", N, "in_hospital", 33, FRI, src=CITY, fall=True),
     M(AP, "52 people", N, "discharged", 52, FRI, src=CITY),
     M(AP, "one person", N, "missing", 1, FRI, src=CITY, fall=True),
     M(AP, "two cars", N, "carriages", 2),
     M(AP, "2012", D, "opened", "2012"),

     M(T, "26 orang", N, "dead", 26, MON, src=CITY),
     M(T, "10 Mei 2021", D, "count_may10", "2021-05-10"),
     M(T, "28 orang", N, "in_hospital", 28, MON, src=CITY, fall=True),
     M(T, "63 orang", N, "discharged", 63, MON, src=CITY),
     M(T, "satu orang", N, "missing", 1, MON, src=CITY, fall=True),
     M(T, "25 tahun", N, "age", 25, cls="age", planted=True),
     M(T, "3 Mei 2021", D, "collapse", "2021-05-03"),
     M(T, "Sabtu (8/5/2021)", D, "mayor_remark", "2021-05-08"),
     M(T, "Oktober 2012", D, "opened", "2012-10"),
     M(T, "2013", D, "shut_from", "2013"),
     M(T, "2014", D, "shut_to", "2014"),

     M(R2, "26 people", N, "dead", 26, JUN, src=CITY),
     M(R2, "Wednesday", D, "report", "2021-06-16"),
     M(R2, "May 3", D, "collapse", "2021-05-03"),
     M(R2, "two carriages", N, "carriages", 2),
     M(R2, "2012", D, "opened", "2012"),
    ]
    build("line12-collapse-2021", "The collapse of an elevated section of Mexico City's metro Line 12 between the "
          "Tezonco and Olivos stations on the night of Monday 3 May 2021: the city government's toll 23 dead and about "
          "70 injured (the mayor, early on Tuesday 4 May) -> 24 dead (21 at the scene, 3 in hospital) and 79 taken to "
          "hospital (Tuesday afternoon) -> 26 (the prosecutors' office's list of 25 on Wednesday 5 May) -> 26 (Friday 7 May, Araceli Linares Jiquez, 52), with "
          "33 still in hospital, 52 sent home and one missing; on Monday 10 May 26 dead, 28 in hospital, 63 sent home, "
          "one missing; DNV's preliminary report on Wednesday 16 June 2021 (construction defects)", False, ms, names)


def election():
    R, K, A, AP, T = "reuters-sep04", "kompas-sep05", "antara-sep09", "ap-sep28", "tempo-nov08"
    # the Electoral Office's preliminary count on election night (complete across the 63 constituencies), then its
    # final count completed on Tuesday 8 September: the JLP's 49 lowered to 48 is the office's own revision
    NIGHT, FIN = "2020-09-03", "2020-09-08"
    EOJ = "the Electoral Office of Jamaica"
    names = {
     "jlp_seats": "the JLP's seats", "pnp_seats": "the PNP's seats", "house": "seats in the House of Representatives",
     "majority": "seats needed for a majority", "jlp_before": "the JLP's seats before the election",
     "pnp_before": "the PNP's seats before the election", "jlp_2016": "the JLP's seats in 2016",
     "pnp_2016": "the PNP's seats in 2016", "turnout": "turnout", "turnout2016": "turnout in 2016",
     "voters": "eligible voters", "jlp_votes": "votes for the JLP", "pnp_votes": "votes for the PNP",
     "other_votes": "votes for independents and small parties", "jlp_share": "the JLP's share of the vote",
     "holness_age": "Holness's age", "phillips_age": "Phillips's age", "recounts": "seats the JLP asked to recount",
     "hanna_margin": "Hanna's margin in her seat", "recount_days": "days to apply for a recount",
     "golding_votes": "votes for Golding", "hanna_votes": "votes for Hanna", "lead_margin": "Golding's margin",
     "delegates_turnout": "share of delegates who voted",
     # dates
     "election": "day of the election", "final_start": "day the final count began",
     "final_done": "day the final count was completed", "sworn": "day Holness was sworn in",
     "dissolved": "day parliament was dissolved", "due": "year the election was due", "y1967": "the year 1967",
     "y2016": "the previous election", "lead_vote": "day of the PNP's leadership vote",
     "lead_announce": "day the leadership vote was announced", "nom_start": "first day of nominations",
     "nom_end": "last day of nominations", "founded": "year the PNP was founded", "prev_lead": "the previous "
     "leadership contest",
    }
    ms = [
     M(R, "49 seats", N, "jlp_seats", 49, NIGHT, src=EOJ),
     M(R, "63-member", N, "house", 63),
     M(R, "Thursday", D, "election", "2020-09-03"),
     M(R, "14 seats", N, "pnp_seats", 14, NIGHT, src=EOJ, fall=True),
     M(R, "34 seats", N, "jlp_before", 34),
     M(R, "29", N, "pnp_before", 29),
     M(R, "2016", D, "y2016", "2016"),
     M(R, "32 seats", N, "jlp_2016", 32),
     M(R, "31", N, "pnp_2016", 31),
     M(R, "about 37%", N, "turnout", 37, NIGHT, qual="approx", cls="pct", src=EOJ),
     M(R, "48.37%", N, "turnout2016", 48.37, cls="pct"),
     M(R, "2016", D, "y2016", "2016", occ=2),
     M(R, "1.9 million", N, "voters", 1913410, qual="approx"),
     M(R, "48", N, "holness_age", 48, cls="age"),
     M(R, "Aug. 13", D, "dissolved", "2020-08-13"),
     M(R, "2021", D, "due", "2021"),
     M(R, "1967", D, "y1967", "1967"),
     M(R, "70", N, "phillips_age", 70, cls="age"),
     M(R, "Friday", D, "final_start", "2020-09-04"),

     M(K, "Kamis (3/9/2020)", D, "election", "2020-09-03"),
     M(K, "49 kursi", N, "jlp_seats", 49, NIGHT, src=EOJ),
     M(K, "63 kursi", N, "house", 63),
     M(K, "14 kursi", N, "pnp_seats", 14, NIGHT, src=EOJ, fall=True),
     M(K, "32 kursi", N, "majority", 32),
     M(K, "406.764 suara", N, "jlp_votes", 406764, NIGHT, src=EOJ),
     M(K, "305.157 suara", N, "pnp_votes", 305157, NIGHT, src=EOJ),
     M(K, "1.161 suara", N, "other_votes", 1161, NIGHT, src=EOJ),
     M(K, "sekitar 37 persen", N, "turnout", 37, NIGHT, qual="approx", cls="pct", src=EOJ),
     M(K, "1.913.410 pemilih", N, "voters", 1913410),
     M(K, "48,37 persen", N, "turnout2016", 48.37, cls="pct"),
     M(K, "2016", D, "y2016", "2016"),
     M(K, "1967", D, "y1967", "1967"),
     M(K, "Senin (7/9/2020)", D, "sworn", "2020-09-07"),
     M(K, "Jumat (4/9/2020)", D, "final_start", "2020-09-04"),

     M(A, "3 September", D, "election", "2020-09-03"),
     M(A, "63 daerah pemilihan", N, "house", 63),
     M(A, "Selasa (8/9/2020)", D, "final_done", "2020-09-08"),
     M(A, "48 kursi", N, "jlp_seats", 48, FIN, src=EOJ),
     M(A, "15 kursi", N, "pnp_seats", 15, FIN, src=EOJ, fall=True),
     M(A, "49 daerah pemilihan", N, "jlp_seats", 49, NIGHT, src=EOJ),
     M(A, "14 daerah pemilihan", N, "pnp_seats", 14, NIGHT, src=EOJ, fall=True),
     M(A, "tiga daerah pemilihan", N, "recounts", 3),
     M(A, "32 suara", N, "hanna_margin", 32, FIN),
     M(A, "empat hari", N, "recount_days", 4, cls="dur"),
     M(A, "406.746 suara", N, "jlp_votes", 406746, NIGHT, src=EOJ, planted=True),
     M(A, "305.157 suara", N, "pnp_votes", 305157, NIGHT, src=EOJ),
     M(A, "sekitar 37 persen", N, "turnout", 37, NIGHT, qual="approx", cls="pct", src=EOJ),
     M(A, "48 tahun", N, "holness_age", 48, cls="age"),
     M(A, "Senin (7/9/2020)", D, "sworn", "2020-09-07"),

     M(AP, "Nov. 7", D, "lead_vote", "2020-11-07"),
     M(AP, "Sunday", D, "lead_announce", "2020-09-27"),
     M(AP, "32 votes", N, "hanna_margin", 32, FIN),
     M(AP, "Sept. 3", D, "election", "2020-09-03"),
     M(AP, "70", N, "phillips_age", 70, cls="age"),
     M(AP, "49 seats", N, "jlp_seats", 49, NIGHT, src=EOJ),
     M(AP, "14", N, "pnp_seats", 14, NIGHT, src=EOJ, fall=True),
     M(AP, "about 57%", N, "jlp_share", 57.04, NIGHT, qual="approx", cls="pct", src=EOJ),
     M(AP, "37.85%", N, "turnout", 37.85, FIN, cls="pct", src=EOJ),
     M(AP, "Oct. 19", D, "nom_start", "2020-10-19"),
     M(AP, "Oct. 23", D, "nom_end", "2020-10-23"),
     M(AP, "1938", D, "founded", "1938"),

     M(T, "Minggu (8/11/2020)", D, "lead_vote", "2020-11-08", planted=True),
     M(T, "1.740 suara", N, "golding_votes", 1740),
     M(T, "1.444 suara", N, "hanna_votes", 1444),
     M(T, "296 suara", N, "lead_margin", 296),
     M(T, "Sekitar 96 persen", N, "delegates_turnout", 96, qual="approx", cls="pct"),
     M(T, "3 September 2020", D, "election", "2020-09-03"),
     M(T, "14 kursi", N, "pnp_seats", 14, NIGHT, src=EOJ, fall=True),
     M(T, "49 kursi", N, "jlp_seats", 49, NIGHT, src=EOJ),
     M(T, "September 2019", D, "prev_lead", "2019-09"),
    ]
    build("jamaica-election-2020", "Jamaica's general election of Thursday 3 September 2020: the Electoral Office's "
          "preliminary count on the night (JLP 49 of 63 seats, PNP 14; 406,764 votes to 305,157, 1,161 others; turnout "
          "about 37% of 1,913,410 voters against 48.37% in 2016); Holness sworn in on Monday 7 September; the final "
          "count completed on Tuesday 8 September (JLP 48, PNP 15, a tied seat in Westmoreland Eastern going to the "
          "PNP; recounts asked in three seats; turnout 37.85%); the PNP's leadership vote of Saturday 7 November 2020 "
          "(Mark Golding 1,740, Lisa Hanna 1,444)", False, ms, names)


def cbtt():
    R, B, N2, K = "reuters-mar17", "bisnis-mar18", "newsday-mar19", "kontan-mar20"
    names = {
     "cut": "size of the repo cut", "rate": "the new repo rate", "prev_rate": "the repo rate before",
     "rr": "the new reserve requirement", "rr_prev": "the reserve requirement before",
     "rr_cut": "size of the reserve requirement cut", "liquidity": "liquidity released (TT dollars)",
     "wti": "WTI price this month", "wti_lo": "low end of the WTI price early in the year",
     "wti_hi": "high end of the WTI price early in the year",
     # dates
     "decision": "day of the special sitting", "scheduled": "day the meeting had been scheduled",
     "fed1": "day of the Fed's first emergency cut", "fed2": "day of the Fed's second emergency cut",
    }
    ms = [
     M(R, "150 basis points", N, "cut", 150, cls="bp"),
     M(R, "3.50%", N, "rate", 3.5, cls="pct"),
     M(R, "Tuesday", D, "decision", "2020-03-17"),
     M(R, "14%", N, "rr", 14, cls="pct"),
     M(R, "17%", N, "rr_prev", 17, cls="pct"),
     M(R, "March 27", D, "scheduled", "2020-03-27"),
     M(R, "5.00%", N, "prev_rate", 5, cls="pct"),
     M(R, "three percentage points", N, "rr_cut", 300, qual="unit", cls="bp"),
     M(R, "about TT$2.6 billion", N, "liquidity", 2.6e9, qual="approx", cls="ttd"),
     M(R, "$30", N, "wti", 30, qual="approx", cls="usd"),
     M(R, "$50", N, "wti_lo", 50, cls="usd"),
     M(R, "$60", N, "wti_hi", 60, cls="usd"),
     M(R, "March 3", D, "fed1", "2020-03-03"),
     M(R, "March 15", D, "fed2", "2020-03-15"),

     M(B, "150 basis poin", N, "cut", 150, cls="bp"),
     M(B, "5,00%", N, "prev_rate", 5, cls="pct"),
     M(B, "3,50%", N, "rate", 3.5, cls="pct"),
     M(B, "Selasa (17/3/2020)", D, "decision", "2020-03-17"),
     M(B, "3 poin persentase", N, "rr_cut", 300, qual="unit", cls="bp"),
     M(B, "17%", N, "rr_prev", 17, cls="pct"),
     M(B, "14%", N, "rr", 14, cls="pct"),
     M(B, "sekitar TT$2,6 miliar", N, "liquidity", 2.6e9, qual="approx", cls="ttd"),
     M(B, "27 Maret 2020", D, "scheduled", "2020-03-27"),
     M(B, "US$30", N, "wti", 30, qual="approx", cls="usd"),
     M(B, "US$50", N, "wti_lo", 50, cls="usd"),
     M(B, "US$60", N, "wti_hi", 60, cls="usd"),

     M(N2, "5 per cent", N, "prev_rate", 5, cls="pct"),
     M(N2, "3.5 per cent", N, "rate", 3.5, cls="pct"),
     M(N2, "1.5 percentage points", N, "cut", 150, qual="unit", cls="bp"),
     M(N2, "March 17", D, "decision", "2020-03-17"),
     M(N2, "17 per cent", N, "rr_prev", 17, cls="pct"),
     M(N2, "14 per cent", N, "rr", 14, cls="pct"),
     M(N2, "about TT$2.6 billion", N, "liquidity", 2.6e9, qual="approx", cls="ttd"),
     M(N2, "March 27", D, "scheduled", "2020-03-27"),
     M(N2, "US$30", N, "wti", 30, qual="approx", cls="usd"),
     M(N2, "US$50", N, "wti_lo", 50, cls="usd"),
     M(N2, "US$60", N, "wti_hi", 60, cls="usd"),
     M(N2, "March 3", D, "fed1", "2020-03-03"),
     M(N2, "March 15", D, "fed2", "2020-03-15"),

     M(K, "1,5 poin persentase", N, "cut", 150, qual="unit", cls="bp"),
     M(K, "3,5 persen", N, "rate", 3.5, cls="pct"),
     M(K, "5 persen", N, "prev_rate", 5, cls="pct"),
     M(K, "Selasa, 17 Maret 2020", D, "decision", "2020-03-17"),
     M(K, "14 persen", N, "rr", 14, cls="pct"),
     M(K, "17 persen", N, "rr_prev", 17, cls="pct"),
     M(K, "3 poin persentase", N, "rr_cut", 300, qual="unit", cls="bp"),
     M(K, "sekitar TT$2,6 miliar", N, "liquidity", 2.6e9, qual="approx", cls="ttd"),
     M(K, "Jumat, 27 Maret 2020", D, "scheduled", "2020-03-27"),
     M(K, "US$30", N, "wti", 30, qual="approx", cls="usd"),
     M(K, "US$50", N, "wti_lo", 50, cls="usd"),
     M(K, "US$60", N, "wti_hi", 60, cls="usd"),
     M(K, "3 Maret", D, "fed1", "2020-03-03"),
     M(K, "15 Maret", D, "fed2", "2020-03-15"),
    ]
    build("cbtt-rate-2020", "The Central Bank of Trinidad and Tobago's special Monetary Policy Committee sitting "
          "(control) of Tuesday 17 March 2020, brought forward from 27 March: the repo rate cut 150 basis points from "
          "5.00% to 3.50%, the primary reserve requirement cut 3 percentage points from 17% to 14% (about TT$2.6 "
          "billion of liquidity); WTI around US$30 a barrel in March against US$50-US$60 earlier in the year; the US "
          "Federal Reserve's emergency cuts of 3 and 15 March. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    collapse()
    election()
    cbtt()
