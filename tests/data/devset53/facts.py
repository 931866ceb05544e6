"""The fifty-third development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset53/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def sentani():
    K, R, J, A, T = "kompas-mar17", "reuters-mar19", "jakartapost-mar23", "antara-mar28", "tempo-mar16-2020"
    names = {
     "dead": "people killed by the flood and the landslide", "dead_reg": "dead in Jayapura regency",
     "dead_city": "dead in Jayapura city (the Ampera landslide)", "missing": "people missing",
     "injured": "people injured", "serious": "people seriously injured", "light": "people lightly injured",
     "displaced": "people in shelters", "families": "families in shelters", "shelters": "shelters in use",
     "houses": "houses severely damaged", "bridges": "bridges damaged", "worship": "places of worship damaged",
     "schools": "schools damaged", "shops": "shophouses damaged", "market": "markets damaged",
     "identified": "victims identified", "buried": "unidentified bodies buried in the mass grave",
     "unidentified": "victims never identified", "personnel": "personnel deployed", "agencies": "agencies deployed",
     "kelurahan": "urban villages hit", "rain": "rainfall on the Cyclops Mountains",
     "reg_len": "length of the regent's emergency period", "mayor_len": "length of the mayor's emergency period",
     "gov_len": "length of the governor's emergency period", "transition_len": "length of the transition to recovery",
     "loss": "estimated losses",
     # dates
     "flood": "day of the flash flood", "rain_day": "day of the rain", "landslide": "day of the Ampera landslide",
     "toll17": "day BNPB gave the toll of 58", "toll18": "day of the Monday counts (79, the army's 82)",
     "condolence": "day the president offered condolences", "toll19": "day BNPB gave the toll of 89",
     "toll20": "day BNPB gave the toll of 104", "toll22": "day BNPB gave the toll of 112 and 94 missing",
     "count27": "day of BNPB's count of 77 identified", "sutopo28": "day BNPB's spokesman spoke in Jakarta",
     "reg_end": "day the regent's emergency period ends", "gov_end": "day the governor's emergency period ends",
     "trans_start": "day the transition to recovery begins", "trans_end": "day the transition to recovery ends",
     "memorial": "day of the first-anniversary prayers",
    }
    T17AM, T17PM, T18, T19, T20, T22, T27, FINAL = ("2019-03-17T08", "2019-03-17T16", "2019-03-18T15", "2019-03-19",
                                                     "2019-03-20", "2019-03-22", "2019-03-27", "final")
    B, ARMY = "BNPB", "the army"
    ms = [
     M(K, "58 orang", N, "dead", 58, T17PM, src=B),
     M(K, "51 orang", N, "dead_reg", 51, T17PM),
     M(K, "7 orang", N, "dead_city", 7, T17PM),
     M(K, "42 korban", N, "dead", 42, T17AM, src=B),
     M(K, "74 orang", N, "injured", 74, T17PM),
     M(K, "4.150 warga", N, "displaced", 4150, T17PM, fall=True),
     M(K, "enam titik", N, "shelters", 6, T17PM, fall=True),
     M(K, "Sembilan kelurahan", N, "kelurahan", 9),
     M(K, "Sabtu (16/3/2019)", D, "flood", "2019-03-16"),
     M(K, "Minggu (17/3/2019)", D, "toll17", "2019-03-17"),
     M(K, "Minggu", D, "landslide", "2019-03-17", occ=2),

     M(R, "89", N, "dead", 89, T19, src=B),
     M(R, "74 people", N, "missing", 74, T19, fall=True),
     M(R, "82", N, "dead_reg", 82, T19),
     M(R, "seven", N, "dead_city", 7, T19),
     M(R, "79 dead", N, "dead", 79, T18, src=B),
     M(R, "43 missing", N, "missing", 43, T18, fall=True),
     M(R, "82", N, "dead", 82, T18, src=ARMY, occ=2),
     M(R, "159 people", N, "injured", 159, T19),
     M(R, "84", N, "serious", 84, T19),
     M(R, "6,831 people", N, "displaced", 6831, T19, fall=True),
     M(R, "15 shelters", N, "shelters", 15, T19, fall=True),
     M(R, "1,613", N, "personnel", 1613, T19),
     M(R, "23 agencies", N, "agencies", 23),
     M(R, "more than 200 millimetres", N, "rain", 200, qual="morethan", cls="rain"),
     M(R, "Tuesday", D, "toll19", "2019-03-19"),
     M(R, "Saturday", D, "flood", "2019-03-16"),
     M(R, "Monday", D, "toll18", "2019-03-18"),
     M(R, "Saturday", D, "rain_day", "2019-03-16", occ=2),
     M(R, "Monday", D, "condolence", "2019-03-18", occ=2),

     M(J, "112", N, "dead", 112, T22, src=B),
     M(J, "94 people", N, "missing", 94, T22, fall=True),
     M(J, "105", N, "dead_reg", 105, T22),
     M(J, "seven", N, "dead_city", 7, T22),
     M(J, "98", N, "dead", 98, T19, src=B, planted=True),
     M(J, "104", N, "dead", 104, T20, src=B),
     M(J, "11,556 people", N, "displaced", 11556, T22, fall=True),
     M(J, "3,011 families", N, "families", 3011, T22, fall=True),
     M(J, "28 shelters", N, "shelters", 28, T22, fall=True),
     M(J, "375 houses", N, "houses", 375, T22),
     M(J, "four bridges", N, "bridges", 4, T22),
     M(J, "five places of worship", N, "worship", 5, T22),
     M(J, "eight schools", N, "schools", 8, T22),
     M(J, "104 shophouses", N, "shops", 104, T22),
     M(J, "one market", N, "market", 1, T22),
     M(J, "14-day", N, "reg_len", 14, cls="dur"),
     M(J, "seven-day", N, "mayor_len", 7, cls="dur"),
     M(J, "Friday", D, "toll22", "2019-03-22"),
     M(J, "March 17", D, "landslide", "2019-03-17"),
     M(J, "Tuesday", D, "toll19", "2019-03-19"),
     M(J, "Wednesday", D, "toll20", "2019-03-20"),
     M(J, "Friday", D, "toll22", "2019-03-22", occ=2),
     M(J, "March 29", D, "reg_end", "2019-03-29"),

     M(A, "77", N, "identified", 77, T27),
     M(A, "112", N, "dead", 112, T27, src=B),
     M(A, "20 jenazah", N, "buried", 20),
     M(A, "112", N, "dead", 112, T27, src=B, occ=2),
     M(A, "105 orang", N, "dead_reg", 105, T27),
     M(A, "tujuh orang", N, "dead_city", 7, T27),
     M(A, "153 orang", N, "serious", 153, T27),
     M(A, "808 orang", N, "light", 808, T27),
     M(A, "82 orang", N, "missing", 82, T27, fall=True),
     M(A, "5.597 jiwa", N, "displaced", 5597, T27, fall=True),
     M(A, "979 kepala keluarga", N, "families", 979, T27, fall=True),
     M(A, "24 titik", N, "shelters", 24, T27, fall=True),
     M(A, "375 rumah", N, "houses", 375, T27),
     M(A, "empat jembatan", N, "bridges", 4, T27),
     M(A, "lima rumah ibadah", N, "worship", 5, T27),
     M(A, "delapan sekolah", N, "schools", 8, T27),
     M(A, "empat rumah toko", N, "shops", 4, T27),
     M(A, "satu pasar", N, "market", 1, T27),
     M(A, "14 hari", N, "reg_len", 14, cls="dur"),
     M(A, "tujuh hari", N, "mayor_len", 7, cls="dur"),
     M(A, "14 hari", N, "gov_len", 14, cls="dur", occ=2),
     M(A, "Rabu (27/3/2019)", D, "count27", "2019-03-27"),
     M(A, "Kamis", D, "sutopo28", "2019-03-28"),
     M(A, "Sabtu (16/3)", D, "flood", "2019-03-16"),
     M(A, "Jumat (29/3)", D, "reg_end", "2019-03-29"),
     M(A, "Minggu (31/3)", D, "gov_end", "2019-03-31"),

     M(T, "112 orang", N, "dead", 112, FINAL, src=B),
     M(T, "105 korban", N, "dead_reg", 105, FINAL),
     M(T, "tujuh lainnya", N, "dead_city", 7, FINAL),
     M(T, "112 jenazah", N, "dead", 112, FINAL, src=B),
     M(T, "77", N, "identified", 77, FINAL),
     M(T, "35 lainnya", N, "unidentified", 35, FINAL),
     M(T, "82 orang", N, "missing", 82, FINAL, fall=True),
     M(T, "7.321 personel", N, "personnel", 7321, FINAL),
     M(T, "14 hari", N, "reg_len", 14, cls="dur"),
     M(T, "tiga bulan", N, "transition_len", 3, cls="dur"),
     M(T, "Rp 454 miliar", N, "loss", 454e9, cls="money"),
     M(T, "Sabtu (16/3/2019)", D, "flood", "2019-03-16"),
     M(T, "Jumat (29/3/2019)", D, "reg_end", "2019-03-29"),
     M(T, "30 Maret", D, "trans_start", "2019-03-30"),
     M(T, "27 Juni 2019", D, "trans_end", "2019-06-27"),
     M(T, "Senin (16/3/2020)", D, "memorial", "2020-03-16"),
    ]
    build("sentani-flood-2019", "The Sentani flash flood in Jayapura regency, Papua (Saturday 16 March 2019): BNPB's "
          "toll rising from 42 and 58 on the Sunday to 79 (the army's 82 the same day), 89, 104 and 112 (105 in the "
          "regency, 7 in Jayapura city's Ampera landslide); the missing rising to 94 and falling to 82 as bodies were "
          "found; the injured, the displaced and the shelters rising then falling; damaged buildings (the shophouses' "
          "104 lowered to four in the later count); the regent's, mayor's and governor's emergency periods, the "
          "transition to recovery, and the first anniversary", False, ms, names)


def finland():
    R, K, T, W, A = "reuters-apr02", "kompas-apr03", "tempo-apr06", "reuters-jun20", "antara-jun21"
    NIGHT, PRE, FINAL = "2023-04-02T22", "2023-04-03", "final"
    names = {
     "kok": "National Coalition seats", "ps": "Finns Party seats", "sdp": "Social Democrat seats",
     "centre": "Centre Party seats", "green": "Green seats", "left": "Left Alliance seats",
     "rkp": "Swedish People's Party seats", "kd": "Christian Democrat seats", "liik": "Movement Now seats",
     "aland": "Aland seats", "house": "seats in parliament", "majority": "seats needed for a majority",
     "kok_pct": "National Coalition share of the vote", "ps_pct": "Finns Party share of the vote",
     "sdp_pct": "Social Democrat share of the vote", "counted": "share of the votes counted",
     "turnout": "turnout", "advance": "share of voters who voted in advance",
     "kok_gain": "National Coalition seats gained", "sdp_gain": "Social Democrat seats gained",
     "centre_loss": "Centre Party seats lost", "kok2019": "National Coalition seats in 2019",
     "ps2019": "Finns Party seats in 2019", "sdp2019": "Social Democrat seats in 2019",
     "kok_lead": "National Coalition's lead in seats over the Finns Party",
     "kokps": "National Coalition and Finns Party seats together", "coalition": "seats of the four-party coalition",
     "purra_votes": "Purra's personal votes", "marin_votes": "Marin's personal votes",
     "marin_parties": "parties in Marin's coalition", "orpo_parties": "parties in Orpo's coalition",
     "marin_age": "Marin's age", "marin_age_pm": "Marin's age when she became prime minister", "orpo_age": "Orpo's age",
     "questions": "questions Orpo sent to the parties", "ayes": "votes for Orpo", "noes": "votes against Orpo",
     "gap": "time from the election to Orpo's election", "talks_len": "length of the coalition talks",
     "savings": "fiscal adjustment planned", "term": "length of the government's term",
     # dates
     "election": "day of the election", "y2019": "the 2019 election", "advance_end": "last day of advance voting",
     "confirm": "day the result is confirmed", "marin_announce": "day Marin announced she would step down",
     "congress": "month of the SDP congress", "pm_since": "month Marin became prime minister",
     "pm_vote": "day parliament elected Orpo", "talks_start": "day the coalition talks began",
     "programme": "day the government programme was presented", "talks_pick": "day Orpo picked his partners",
    }
    ms = [
     M(R, "97.7%", N, "counted", 97.7, cls="pct"),
     M(R, "20.7%", N, "kok_pct", 20.7, NIGHT, cls="pct"),
     M(R, "48", N, "kok", 48, NIGHT),
     M(R, "200 seats", N, "house", 200),
     M(R, "20.1%", N, "ps_pct", 20.1, NIGHT, cls="pct"),
     M(R, "46 seats", N, "ps", 46, NIGHT),
     M(R, "19.9%", N, "sdp_pct", 19.9, NIGHT, cls="pct"),
     M(R, "43 seats", N, "sdp", 43, NIGHT),
     M(R, "101 seats", N, "majority", 101),
     M(R, "three seats", N, "sdp_gain", 3),
     M(R, "40", N, "sdp2019", 40),
     M(R, "38", N, "kok2019", 38),
     M(R, "39", N, "ps2019", 39),
     M(R, "five-party", N, "marin_parties", 5),
     M(R, "71.9%", N, "turnout", 71.9, cls="pct"),
     M(R, "More than 40%", N, "advance", 40, qual="morethan", cls="pct"),
     M(R, "Sunday", D, "election", "2023-04-02"),
     M(R, "2019", D, "y2019", "2019"),
     M(R, "March 28", D, "advance_end", "2023-03-28"),
     M(R, "Wednesday", D, "confirm", "2023-04-05"),

     M(K, "20,8 persen", N, "kok_pct", 20.8, PRE, cls="pct"),
     M(K, "48 kursi", N, "kok", 48, PRE),
     M(K, "10 kursi", N, "kok_gain", 10),
     M(K, "20,1 persen", N, "ps_pct", 20.1, PRE, cls="pct"),
     M(K, "46 kursi", N, "ps", 46, PRE),
     M(K, "19,9 persen", N, "sdp_pct", 19.9, PRE, cls="pct"),
     M(K, "43 kursi", N, "sdp", 43, PRE),
     M(K, "23 kursi", N, "centre", 23, PRE),
     M(K, "delapan kursi", N, "centre_loss", 8),
     M(K, "13 kursi", N, "green", 13, PRE),
     M(K, "11 kursi", N, "left", 11, PRE),
     M(K, "9 kursi", N, "rkp", 9, PRE),
     M(K, "5 kursi", N, "kd", 5, PRE),
     M(K, "satu kursi", N, "liik", 1, PRE, also={"aland": 1}),
     M(K, "101 kursi", N, "majority", 101),
     M(K, "200 orang", N, "house", 200),
     M(K, "71,9 persen", N, "turnout", 71.9, cls="pct"),
     M(K, "sekitar 38.000", N, "purra_votes", 38000, qual="approx"),
     M(K, "sekitar 36.000", N, "marin_votes", 36000, qual="approx"),
     M(K, "Minggu (2/4/2023)", D, "election", "2023-04-02"),
     M(K, "2019", D, "y2019", "2019"),
     M(K, "Rabu (5/4/2023)", D, "confirm", "2023-04-05"),

     M(T, "37 tahun", N, "marin_age", 37, cls="age"),
     M(T, "43 kursi", N, "sdp", 43, FINAL),
     M(T, "48 kursi", N, "kok", 48, FINAL),
     M(T, "46 kursi", N, "ps", 46, FINAL),
     M(T, "tiga kursi", N, "sdp_gain", 3),
     M(T, "39 kursi", N, "sdp2019", 39, planted=True),
     M(T, "lima partai", N, "marin_parties", 5),
     M(T, "34 tahun", N, "marin_age_pm", 34, cls="age"),
     M(T, "53 tahun", N, "orpo_age", 53, cls="age"),
     M(T, "94 kursi", N, "kokps", 94),
     M(T, "101 kursi", N, "majority", 101),
     M(T, "24 pertanyaan", N, "questions", 24),
     M(T, "Minggu, 2 April 2023", D, "election", "2023-04-02"),
     M(T, "Rabu (5/4/2023)", D, "marin_announce", "2023-04-05"),
     M(T, "September", D, "congress", "2023-09"),
     M(T, "2019", D, "y2019", "2019"),
     M(T, "Desember 2019", D, "pm_since", "2019-12"),

     M(W, "Tuesday", D, "pm_vote", "2023-06-20"),
     M(W, "11 weeks", N, "gap", 11, cls="dur"),
     M(W, "April 2", D, "election", "2023-04-02"),
     M(W, "107 votes", N, "ayes", 107),
     M(W, "81", N, "noes", 81),
     M(W, "four-party", N, "orpo_parties", 4),
     M(W, "108", N, "coalition", 108),
     M(W, "200 seats", N, "house", 200),
     M(W, "more than six weeks", N, "talks_len", 6, qual="morethan", cls="dur"),
     M(W, "May 2", D, "talks_start", "2023-05-02"),
     M(W, "June 16", D, "programme", "2023-06-16"),
     M(W, "6 billion euros", N, "savings", 6e9, cls="money"),
     M(W, "four-year", N, "term", 4, cls="dur"),
     M(W, "48 seats", N, "kok", 48, FINAL),
     M(W, "two more", N, "kok_lead", 2),
     M(W, "43", N, "sdp", 43, FINAL),
     M(W, "five-party", N, "marin_parties", 5),
     M(W, "December 2019", D, "pm_since", "2019-12"),
     M(W, "April", D, "election", "2023-04", occ=2),
     M(W, "April", D, "marin_announce", "2023-04", occ=3),
     M(W, "April 27", D, "talks_pick", "2023-04-27"),

     M(A, "Rabu (21/6/2023)", D, "pm_vote", "2023-06-21", planted=True),
     M(A, "53 tahun", N, "orpo_age", 53, cls="age"),
     M(A, "107 anggota", N, "ayes", 107),
     M(A, "81 lainnya", N, "noes", 81),
     M(A, "empat partai", N, "orpo_parties", 4),
     M(A, "108", N, "coalition", 108),
     M(A, "200 kursi", N, "house", 200),
     M(A, "2 Mei", D, "talks_start", "2023-05-02"),
     M(A, "Jumat (16/6/2023)", D, "programme", "2023-06-16"),
     M(A, "sekitar 6 miliar euro", N, "savings", 6e9, qual="approx", cls="money"),
     M(A, "empat tahun", N, "term", 4, cls="dur"),
     M(A, "2 April", D, "election", "2023-04-02"),
     M(A, "20,8 persen", N, "kok_pct", 20.8, FINAL, cls="pct"),
     M(A, "48 kursi", N, "kok", 48, FINAL),
     M(A, "46 kursi", N, "ps", 46, FINAL),
     M(A, "43 kursi", N, "sdp", 43, FINAL),
     M(A, "September", D, "congress", "2023-09"),
    ]
    build("finland-election-2023", "Finland's parliamentary election (Sunday 2 April 2023): the National Coalition "
          "first (20.7% with 97.7% counted, 20.8% in the full count, 48 seats), the Finns Party (20.1%, 46), Sanna "
          "Marin's Social Democrats third (19.9%, 43), the smaller parties' seats, 101 for a majority of 200, the 2019 "
          "seats recalled, turnout and advance voting; dates of the election, advance voting, the confirmation and "
          "Marin's announcement on one day, the coalition talks from 2 May, the programme on 16 June and parliament's "
          "107-81 vote for Orpo on Tuesday 20 June", False, ms, names)


def us_gdp():
    P, C, G, K = "apnews-jul28", "cnbcindonesia-jul29", "guardian-jul30", "kontan-aug01"
    names = {
     "gdp": "annualised fall of real GDP in April-June 2022", "q1": "annualised fall of real GDP in January-March 2022",
     "qrate": "quarter-on-quarter fall in April-June 2022", "q1rate": "quarter-on-quarter fall in January-March 2022",
     "poll": "growth forecast by economists surveyed by Bloomberg", "cons": "consumer spending growth",
     "inv": "inventories' subtraction from growth", "resid": "fall in housing investment",
     "fed_low": "bottom of the Fed's target range", "fed_high": "top of the Fed's target range",
     "hike": "size of the Fed's rate rise", "quarters": "consecutive quarters of contraction",
     "rule": "quarters of contraction in the informal definition of a recession",
     "pce": "PCE price index rise", "core": "core PCE price index rise", "level2019": "real GDP above its end-2019 level",
     "nominal": "nominal GDP growth", "nom_lvl": "nominal GDP level", "finsales": "fall in final sales to domestic purchasers",
     "unemp": "unemployment rate in June",
     # dates
     "release": "day the estimate was released", "yellen": "day Yellen spoke", "next": "day of the second estimate",
     "fed_day": "day the Fed raised rates", "ref2019": "end of 2019, the pre-pandemic reference",
     "unemp_month": "month of the unemployment rate", "bps": "day of Indonesia's GDP release",
    }
    ms = [
     M(P, "0.9%", N, "gdp", 0.9, cls="pct"),
     M(P, "1.6%", N, "q1", 1.6, cls="pct"),
     M(P, "0.4%", N, "poll", 0.4, cls="pct"),
     M(P, "1.0%", N, "cons", 1.0, cls="pct"),
     M(P, "2.01 percentage points", N, "inv", 2.01, cls="pp"),
     M(P, "14%", N, "resid", 14, cls="pct"),
     M(P, "2.25%", N, "fed_low", 2.25, cls="pct"),
     M(P, "2.5%", N, "fed_high", 2.5, cls="pct"),
     M(P, "Two consecutive quarters", N, "rule", 2),
     M(P, "Thursday", D, "release", "2022-07-28"),
     M(P, "Thursday", D, "yellen", "2022-07-28", occ=2),
     M(P, "Aug. 25", D, "next", "2022-08-25"),

     M(C, "0,9%", N, "gdp", 0.9, cls="pct"),
     M(C, "1,6%", N, "q1", 1.6, cls="pct"),
     M(C, "dua kuartal", N, "quarters", 2),
     M(C, "0,2%", N, "qrate", 0.2, cls="pct"),
     M(C, "0,4%", N, "q1rate", 0.4, cls="pct"),
     M(C, "0,4%", N, "poll", 0.4, cls="pct", occ=2),
     M(C, "1%", N, "cons", 1.0, cls="pct"),
     M(C, "2,01 poin persentase", N, "inv", 2.01, cls="pp"),
     M(C, "14%", N, "resid", 14, cls="pct"),
     M(C, "75 basis poin", N, "hike", 75, cls="bp"),
     M(C, "2,25%", N, "fed_low", 2.25, cls="pct"),
     M(C, "2,50%", N, "fed_high", 2.5, cls="pct"),
     M(C, "dua kuartal", N, "rule", 2, occ=2),
     M(C, "7,1%", N, "pce", 7.1, cls="pct"),
     M(C, "4,4%", N, "core", 4.4, cls="pct"),
     M(C, "Kamis (28/7/2022)", D, "release", "2022-07-28"),
     M(C, "25 Agustus 2022", D, "next", "2022-08-25"),

     M(G, "0.9%", N, "gdp", 0.9, cls="pct"),
     M(G, "1.6%", N, "q1", 1.6, cls="pct"),
     M(G, "0.2%", N, "qrate", 0.2, cls="pct"),
     M(G, "0.4%", N, "q1rate", 0.4, cls="pct"),
     M(G, "2.5%", N, "level2019", 2.5, cls="pct"),
     M(G, "7.8%", N, "nominal", 7.8, cls="pct"),
     M(G, "$24.85tn", N, "nom_lvl", 24.85e12, cls="money"),
     M(G, "7.1%", N, "pce", 7.1, cls="pct"),
     M(G, "4.4%", N, "core", 4.4, cls="pct"),
     M(G, "0.3%", N, "finsales", 0.3, cls="pct"),
     M(G, "1%", N, "cons", 1.0, cls="pct"),
     M(G, "3.6%", N, "unemp", 3.6, cls="pct"),
     M(G, "2.25%", N, "fed_low", 2.25, cls="pct"),
     M(G, "2.5%", N, "fed_high", 2.5, cls="pct", occ=2),
     M(G, "Thursday", D, "release", "2022-07-28"),
     M(G, "2019", D, "ref2019", "2019"),
     M(G, "June", D, "unemp_month", "2022-06"),
     M(G, "Wednesday", D, "fed_day", "2022-07-27"),
     M(G, "25 August", D, "next", "2022-08-25"),

     M(K, "0,9%", N, "gdp", 0.9, cls="pct"),
     M(K, "1,6%", N, "q1", 1.6, cls="pct"),
     M(K, "1,0%", N, "cons", 1.0, cls="pct"),
     M(K, "14%", N, "resid", 14, cls="pct"),
     M(K, "2,5%", N, "level2019", 2.5, cls="pct"),
     M(K, "7,8%", N, "nominal", 7.8, cls="pct"),
     M(K, "US$ 24,85 triliun", N, "nom_lvl", 24.85e12, cls="money"),
     M(K, "7,1%", N, "pce", 7.1, cls="pct"),
     M(K, "2,25%", N, "fed_low", 2.25, cls="pct"),
     M(K, "2,50%", N, "fed_high", 2.5, cls="pct"),
     M(K, "Kamis (28/7)", D, "release", "2022-07-28"),
     M(K, "2019", D, "ref2019", "2019"),
     M(K, "Jumat (5/8/2022)", D, "bps", "2022-08-05"),
    ]
    build("us-q2-gdp-2022", "The US advance estimate of GDP for April-June 2022 (control), released by the Bureau of "
          "Economic Analysis on Thursday 28 July 2022: real GDP down at a 0.9% annual rate (0.2% on the quarter) after "
          "1.6% (0.4%) in January-March, against a 0.4% growth forecast; consumer spending up 1%, inventories "
          "subtracting 2.01 points, housing investment down 14%, PCE prices 7.1% (core 4.4%), nominal growth 7.8% to "
          "$24.85 trillion, real GDP 2.5% above its end-2019 level; the Fed's range of 2.25%-2.5% set the day before; "
          "the second estimate on 25 August. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    sentani()
    finland()
    us_gdp()
