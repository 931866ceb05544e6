"""The hundred-and-eighty-third development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset183/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def matthew():
    R, K, T1, T2 = "reuters-oct07", "kompas-oct08", "detik-oct09", "tempo-nov01"
    # as-of times of the running tallies: Thursday 6 October 2016 (the government officials' 283), Friday 7 October
    # (the civil protection office's confirmed 271, 143 of them in the far-western department; the Reuters tally's 478
    # earlier in the day and 572 later; the shelters' 61,500), Saturday 8 October noon (the official 336 in seven
    # departments), Sunday 9 October (the shelters' 61,537: detik's publication day, Tempo's "9 Oktober") and Monday 10
    # October (the media tallies' "more than 900", recalled by Tempo three weeks on). The official toll (the government and its civil protection
    # office) fell from 283 to 271 the next day: a revision. The Reuters tally, the media tallies and the department's
    # representative are other sources. The people in shelters may fall (fall=True).
    THU, FRI_A, FRI_B, SAT, SUN, MON = ("2016-10-06", "2016-10-07a", "2016-10-07b", "2016-10-08", "2016-10-09",
                                        "2016-10-10")
    GOV, RT, MEDIA, DEPT = "the government", "a Reuters tally", "media tallies", "the department's representative"
    names = {
     "dead": "people killed in Haiti", "dead_dept": "people killed in the far-western department",
     "shelters": "people in shelters", "shelter_sites": "shelters", "departments": "departments counted",
     "affected": "people affected", "need": "people in need of aid", "chantal": "people killed in Chantal",
     "wind": "wind speed (km/h)", "wind_mph": "wind speed (mph)",
     # dates
     "landfall": "day the storm struck Haiti", "asof_thu": "day of the officials' 283",
     "asof_fri": "day of Friday's counts", "asof_sat": "day of the official 336", "election": "day the postponed election was due",
     "asof_mon": "day of the media tallies' more than 900", "asof_shelters": "day of the shelters' 61,537",
     "newelection": "new day of the presidential election",
    }
    ms = [
     M(R, "At least 572 people", N, "dead", 572, FRI_B, qual="atleast", src=RT),
     M(R, "Friday", D, "asof_fri", "2016-10-07"),
     M(R, "478", N, "dead", 478, FRI_A, src=RT),
     M(R, "271", N, "dead", 271, FRI_A, src=GOV),
     M(R, "Friday", D, "asof_fri", "2016-10-07", occ=2),
     M(R, "Some 61,500 people", N, "shelters", 61500, FRI_A, qual="approx", fall=True),
     M(R, "Tuesday", D, "landfall", "2016-10-04"),
     M(R, "145 miles per hour", N, "wind_mph", 145, cls="mph"),
     M(R, "233 km per hour", N, "wind", 233, cls="kmh"),
     M(R, "143 deaths", N, "dead_dept", 143, FRI_A, src=GOV),
     M(R, "232", N, "dead_dept", 232, FRI_A, src=DEPT),
     M(R, "90 people", N, "chantal", 90, FRI_A),
     M(R, "Sunday", D, "election", "2016-10-09"),

     M(K, "Kamis (6/10/2016)", D, "asof_thu", "2016-10-06"),
     M(K, "sedikitnya 283 orang", N, "dead", 283, THU, qual="atleast", src=GOV),
     M(K, "Jumat (7/10/2016)", D, "asof_fri", "2016-10-07"),
     M(K, "271 orang", N, "dead", 271, FRI_A, src=GOV),
     M(K, "143 orang", N, "dead_dept", 143, FRI_A, src=GOV),
     M(K, "232 korban tewas", N, "dead_dept", 232, FRI_A, src=DEPT),
     M(K, "Selasa (4/10/2016)", D, "landfall", "2016-10-04"),
     M(K, "233 km per jam", N, "wind", 233, cls="kmh"),

     M(T1, "336 orang", N, "dead", 336, SAT, src=GOV),
     M(T1, "Sabtu (8/10/2016)", D, "asof_sat", "2016-10-08"),
     M(T1, "tujuh departemen", N, "departments", 7),
     M(T1, "271 korban tewas", N, "dead", 271, FRI_A, src=GOV),
     M(T1, "572 orang", N, "dead", 572, FRI_B, src=RT),
     M(T1, "Jumat (7/10/2016)", D, "asof_fri", "2016-10-07"),
     M(T1, "2,1 juta orang", N, "affected", 2100000, SAT),
     M(T1, "sekitar 1,4 juta orang", N, "need", 1400000, SAT, qual="approx"),
     M(T1, "61.537 orang", N, "shelters", 61537, SUN, fall=True),
     M(T1, "191 tempat penampungan", N, "shelter_sites", 191, SUN, fall=True),
     M(T1, "Selasa (4/10/2016)", D, "landfall", "2016-10-04"),
     M(T1, "sekitar 230 km per jam", N, "wind", 230, qual="approx", cls="kmh"),
     M(T1, "Minggu (9/10/2016)", D, "election", "2016-10-09"),

     M(T2, "Rabu (5/10/2016)", D, "landfall", "2016-10-05", planted=True),
     M(T2, "336 korban", N, "dead", 336, SAT, src=GOV),
     M(T2, "Sabtu (8/10/2016)", D, "asof_sat", "2016-10-08"),
     M(T2, "lebih dari 900 korban", N, "dead", 900, MON, qual="morethan", src=MEDIA),
     M(T2, "Senin (10/10/2016)", D, "asof_mon", "2016-10-10"),
     M(T2, "283 korban", N, "dead", 283, THU, src=GOV),
     M(T2, "Kamis (6/10/2016)", D, "asof_thu", "2016-10-06"),
     M(T2, "271 korban", N, "dead", 271, FRI_A, src=GOV),
     M(T2, "Jumat", D, "asof_fri", "2016-10-07"),
     M(T2, "9 Oktober", D, "asof_shelters", "2016-10-09"),
     M(T2, "61.537 orang", N, "shelters", 61537, SUN, fall=True),
     M(T2, "233 km per jam", N, "wind", 233, cls="kmh"),
     M(T2, "90 warganya", N, "chantal", 90, FRI_A),
     M(T2, "Minggu (9/10/2016)", D, "election", "2016-10-09"),
     M(T2, "20 November 2016", D, "newelection", "2016-11-20"),
     M(T2, "sekitar 1,4 juta orang", N, "need", 1400000, SAT, qual="approx"),
    ]
    build("matthew-haiti-2016", "Hurricane Matthew in Haiti (landfall on the southwestern tip on Tuesday 4 October "
          "2016, Category 4, 145 mph / 233 km/h): the officials' 283 dead on Thursday 6 October revised down to 271 "
          "confirmed by the civil protection office on Friday 7 October (143 in the far-western department, where the "
          "government's representative counted 232), 336 as of Saturday 8 October noon in seven departments; a Reuters "
          "tally of local reports 478 -> 572 on Friday, media tallies of more than 900 by Monday 10 October; about "
          "61,500 -> 61,537 in shelters; 2.1 million affected, about 1.4 million in need; the presidential election due "
          "on Sunday 9 October postponed to 20 November; the figures recalled three weeks on", False, ms, names)


def cannabis():
    C, K, T, R, A = "cbc-jun08", "kompas-jun19", "detik-jun20", "reuters-jun21", "antara-oct17"
    # votes, contents and dates do not change with the day of the report: the Senate's third reading (Thursday 7 June
    # 2018, 56-30, one abstention), the House of Commons' vote on the Senate's amendments (Monday 18 June, 205-82),
    # the Senate's vote not to insist (Tuesday 19 June, 45-35) and its final vote the same day (52-29, two
    # abstentions), the prime minister's announcement (Wednesday 20 June), royal assent (Thursday 21 June) and
    # legalisation (17 October 2018) are different events; the House's first passage was in November 2017.
    names = {
     "s3_yes": "the Senate's third-reading ayes", "s3_no": "the Senate's third-reading noes",
     "s3_abst": "the Senate's third-reading abstentions", "h_yes": "the House's ayes on 18 June",
     "h_no": "the House's noes on 18 June", "sf_yes": "the Senate's final ayes", "sf_no": "the Senate's final noes",
     "sf_abst": "the Senate's final abstentions", "ins_yes": "senators against insisting on the home-grow amendment",
     "ins_no": "senators for insisting on the home-grow amendment", "amend": "the Senate's amendments",
     "rejected": "Senate amendments the House rejected", "grams": "grams an adult may carry in public",
     "plants": "plants a household may grow", "age": "the federal minimum age", "witnesses": "witnesses heard by the Senate",
     # dates
     "senate3": "day of the Senate's third-reading vote", "house1": "month of the House's first passage",
     "house": "day of the House's vote on the amendments", "sched": "day the House's vote was first scheduled",
     "senfinal": "day of the Senate's final vote", "announce": "day the prime minister announced the date",
     "assent": "day of royal assent", "legal": "day cannabis becomes legal",
    }
    ms = [
     M(C, "Thursday", D, "senate3", "2018-06-07"),
     M(C, "56 to 30", N, "s3_yes", 56, also={"s3_no": 30}),
     M(C, "one abstention", N, "s3_abst", 1),
     M(C, "more than 40 amendments", N, "amend", 40, qual="morethan"),
     M(C, "last November", D, "house1", "2017-11"),
     M(C, "30 grams", N, "grams", 30, cls="g"),
     M(C, "four plants", N, "plants", 4),
     M(C, "would be 18", N, "age", 18, cls="age"),
     M(C, "more than 200 witnesses", N, "witnesses", 200, qual="morethan"),

     M(K, "Senin (18/6/2018)", D, "house", "2018-06-18"),
     M(K, "205 suara berbanding 82", N, "h_yes", 205, also={"h_no": 82}),
     M(K, "13", N, "rejected", 13),
     M(K, "Kamis (7/6/2018)", D, "senate3", "2018-06-07"),
     M(K, "56 suara berbanding 30", N, "s3_yes", 56, also={"s3_no": 30}),
     M(K, "satu abstain", N, "s3_abst", 1),
     M(K, "30 gram", N, "grams", 30, cls="g"),
     M(K, "empat tanaman", N, "plants", 4),
     M(K, "Kamis (14/6/2018)", D, "sched", "2018-06-14"),

     M(T, "Selasa (19/6/2018)", D, "senfinal", "2018-06-19"),
     M(T, "52 senator", N, "sf_yes", 52),
     M(T, "29 menolak", N, "sf_no", 29),
     M(T, "dua abstain", N, "sf_abst", 2),
     M(T, "45 suara berbanding 35", N, "ins_yes", 45, also={"ins_no": 35}),
     M(T, "Senin (18/6/2018)", D, "house", "2018-06-18"),
     M(T, "205 suara berbanding 82", N, "h_yes", 205, also={"h_no": 82}),
     M(T, "7 Juni 2018", D, "senate3", "2018-06-07"),
     M(T, "65 suara berbanding 30", N, "s3_yes", 65, also={"s3_no": 30}, planted=True),
     M(T, "30 gram", N, "grams", 30, cls="g"),
     M(T, "empat tanaman", N, "plants", 4),

     M(R, "Oct. 17", D, "legal", "2018-10-17"),
     M(R, "Wednesday", D, "announce", "2018-06-20"),
     M(R, "Tuesday", D, "senfinal", "2018-06-19"),
     M(R, "52 votes to 29", N, "sf_yes", 52, also={"sf_no": 29}),
     M(R, "205-82", N, "h_yes", 205, also={"h_no": 82}),
     M(R, "Monday", D, "house", "2018-06-18"),
     M(R, "Thursday", D, "assent", "2018-06-21"),
     M(R, "30 grams", N, "grams", 30, cls="g"),
     M(R, "Oct. 17", D, "legal", "2018-10-17", occ=2),

     M(A, "Rabu (17/10/2018)", D, "legal", "2018-10-17"),
     M(A, "21 Juni 2018", D, "assent", "2018-06-21"),
     M(A, "20 Juni 2018", D, "announce", "2018-06-20"),
     M(A, "19 Juni 2018", D, "senfinal", "2018-06-19"),
     M(A, "52 suara berbanding 29", N, "sf_yes", 52, also={"sf_no": 29}),
     M(A, "250 suara berbanding 82", N, "h_yes", 250, also={"h_no": 82}, planted=True),
     M(A, "18 tahun", N, "age", 18, cls="age"),
     M(A, "empat tanaman", N, "plants", 4),
     M(A, "30 gram", N, "grams", 30, cls="g"),
    ]
    build("cannabis-act-2018", "Canada's Cannabis Act (Bill C-45) through two chambers: the Senate's third reading on "
          "Thursday 7 June 2018 (56-30, one abstention, more than 40 amendments), the House of Commons' vote on the "
          "amendments on Monday 18 June (205-82, 13 rejected), the Senate's final vote on Tuesday 19 June (52-29, two "
          "abstentions; 45-35 against insisting on the home-grow amendment), the prime minister's announcement on "
          "Wednesday 20 June, royal assent on Thursday 21 June, legal from 17 October 2018; 30 grams, four plants, "
          "18 as the federal minimum age", False, ms, names)


def census():
    C, K, A, R = "cbc-feb09", "kompas-feb10", "antara-feb11", "reuters-feb12"
    names = {
     "pop": "the population on census day", "growth": "growth since 2016 (%)", "added": "people added since 2016",
     "imm": "share of the added who were immigrants", "urban_pop": "people in the large urban centres",
     "urban_share": "share of the population in the large urban centres (%)",
     "prev_share": "that share in 2016 (%)", "centres": "large urban centres", "prev_centres": "large urban centres in 2016",
     "threshold": "population of a large urban centre", "yukon": "Yukon's growth (%)",
     "pei": "Prince Edward Island's growth (%)", "nl": "Newfoundland and Labrador's decline (%)",
     "downtown": "downtown growth (%)", "urban_growth": "the large urban centres' growth (%)",
     # dates
     "release": "day of the release", "censusday": "census day", "prev": "the previous census (2016)",
     "immsince": "year since which the immigrants arrived", "slow": "year growth slowed",
    }
    P = dict(cls="pct")
    ms = [
     M(C, "36,991,981", N, "pop", 36991981),
     M(C, "5.2 per cent", N, "growth", 5.2, **P),
     M(C, "2016", D, "prev", "2016"),
     M(C, "Wednesday", D, "release", "2022-02-09"),
     M(C, "about 1.8 million", N, "added", 1800000, qual="approx"),
     M(C, "four in five", N, "imm", 0.8, cls="frac"),
     M(C, "2016", D, "immsince", "2016", occ=2),
     M(C, "Close to 27.3 million", N, "urban_pop", 27300000, qual="nearly"),
     M(C, "73.7 per cent", N, "urban_share", 73.7, **P),
     M(C, "41 large urban centres", N, "centres", 41),
     M(C, "73.2 per cent", N, "prev_share", 73.2, **P),
     M(C, "2016", D, "prev", "2016", occ=3),
     M(C, "100,000", N, "threshold", 100000),
     M(C, "35", N, "prev_centres", 35),
     M(C, "12.1 per cent", N, "yukon", 12.1, **P),
     M(C, "8 per cent", N, "pei", 8, **P),
     M(C, "1.8 per cent", N, "nl", 1.8, **P),
     M(C, "10.9 per cent", N, "downtown", 10.9, **P),
     M(C, "6.1 per cent", N, "urban_growth", 6.1, **P),
     M(C, "May 11, 2021", D, "censusday", "2021-05-11"),

     M(K, "36.991.981 jiwa", N, "pop", 36991981),
     M(K, "5,2 persen", N, "growth", 5.2, **P),
     M(K, "2016", D, "prev", "2016"),
     M(K, "Rabu (9/2/2022)", D, "release", "2022-02-09"),
     M(K, "sekitar 1,8 juta jiwa", N, "added", 1800000, qual="approx"),
     M(K, "empat dari lima", N, "imm", 0.8, cls="frac"),
     M(K, "27,3 juta orang", N, "urban_pop", 27300000),
     M(K, "73,7 persen", N, "urban_share", 73.7, **P),
     M(K, "41 pusat kota besar", N, "centres", 41),
     M(K, "73,2 persen", N, "prev_share", 73.2, **P),
     M(K, "2016", D, "prev", "2016", occ=2),
     M(K, "12,1 persen", N, "yukon", 12.1, **P),
     M(K, "8 persen", N, "pei", 8, **P),
     M(K, "1,8 persen", N, "nl", 1.8, **P),
     M(K, "10,9 persen", N, "downtown", 10.9, **P),
     M(K, "6,1 persen", N, "urban_growth", 6.1, **P),
     M(K, "11 Mei 2021", D, "censusday", "2021-05-11"),

     M(A, "5,2 persen", N, "growth", 5.2, **P),
     M(A, "Rabu (9/2/2022)", D, "release", "2022-02-09"),
     M(A, "11 Mei 2021", D, "censusday", "2021-05-11"),
     M(A, "36.991.981 jiwa", N, "pop", 36991981),
     M(A, "sekitar 1,8 juta", N, "added", 1800000, qual="approx"),
     M(A, "Empat dari lima", N, "imm", 0.8, cls="frac"),
     M(A, "2016", D, "immsince", "2016"),
     M(A, "2020", D, "slow", "2020"),
     M(A, "73,7 persen", N, "urban_share", 73.7, **P),
     M(A, "41 pusat kota besar", N, "centres", 41),
     M(A, "27,3 juta orang", N, "urban_pop", 27300000),
     M(A, "12,1 persen", N, "yukon", 12.1, **P),
     M(A, "8 persen", N, "pei", 8, **P),
     M(A, "1,8 persen", N, "nl", 1.8, **P),

     M(R, "36,991,981", N, "pop", 36991981),
     M(R, "2021", D, "censusday", "2021"),
     M(R, "Wednesday", D, "release", "2022-02-09"),
     M(R, "5.2%", N, "growth", 5.2, **P),
     M(R, "About 1.8 million", N, "added", 1800000, qual="approx"),
     M(R, "2016", D, "prev", "2016"),
     M(R, "four-fifths", N, "imm", 0.8, cls="frac"),
     M(R, "Some 27.3 million", N, "urban_pop", 27300000, qual="approx"),
     M(R, "73.7%", N, "urban_share", 73.7, **P),
     M(R, "41 large urban centres", N, "centres", 41),
     M(R, "73.2%", N, "prev_share", 73.2, **P),
     M(R, "2016", D, "prev", "2016", occ=2),
     M(R, "35", N, "prev_centres", 35),
     M(R, "12.1%", N, "yukon", 12.1, **P),
     M(R, "8%", N, "pei", 8, **P),
     M(R, "1.8%", N, "nl", 1.8, **P),
     M(R, "10.9%", N, "downtown", 10.9, **P),
     M(R, "6.1%", N, "urban_growth", 6.1, **P),
     M(R, "2020", D, "slow", "2020"),
     M(R, "May 11, 2021", D, "censusday", "2021-05-11"),
    ]
    build("canada-census-2022", "Canada's 2021 census population counts (control), released on Wednesday 9 February "
          "2022: 36,991,981 on census day (11 May 2021), up 5.2% from 2016 (about 1.8 million more, four in five of "
          "them immigrants); 27.3 million (73.7%, against 73.2% in 2016) in 41 large urban centres (35 in 2016); Yukon "
          "+12.1%, Prince Edward Island +8%, Newfoundland and Labrador -1.8%; downtowns +10.9% against +6.1%. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    matthew()
    cannabis()
    census()
