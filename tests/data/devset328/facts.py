"""The three-hundred-and-twenty-eighth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset328/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def kedarnath():
    K, R, T, A = "kompas-jun19", "reuters-jun22", "detik-jun26", "ap-jul16"
    # as-of times of the running tallies: Wednesday 19 June 2013 (150 dead, about 70,000 stranded), Saturday 22 June
    # (556 dead, about 40,000 stranded, more than 60,000 evacuated), Wednesday 26 June (822 dead, more than 100,000
    # evacuated, about 3,000 stranded), the end of June (the speaker's estimate, the evacuations "in the two weeks
    # after"), Monday 15 July (580 confirmed dead, 5,748 missing). The state's count of the dead goes from 822 down to
    # 580 (a revision); the stranded fall as people are brought out (a count that may fall).
    JUN19, JUN22, JUN26, JUN30, JUL15 = "2013-06-19", "2013-06-22", "2013-06-26", "2013-06-30", "2013-07-15"
    # The dead: the state government's counts against the chief minister's and the speaker's estimates (sources).
    GOV, CM, SPK = "the Uttarakhand government", "the chief minister's estimate", "the assembly speaker's estimate"
    names = {
     "dead": "people killed by the floods", "stranded": "people still stranded", "evacuated": "people evacuated",
     "missing": "people missing", "alt": "altitude of Kedarnath (m)", "crash_dead": "people killed in the helicopter crash",
     "iaf": "air force crew killed in the crash", "ndrf": "disaster force members killed in the crash",
     "itbp": "border police killed in the crash", "aid": "federal aid (rupees)",
     # dates
     "asof_wed": "day of the count of 150", "rain": "day the heavy rain began", "burst": "day the glacial lake burst",
     "asof_sat": "day of the count of 556", "survey": "day of the prime minister's aerial survey",
     "crash": "day of the helicopter crash", "asof_jun26": "day of the count of 822",
     "asof_jul15": "day of the count of 580 and the missing list",
    }
    ms = [
     M(K, "Sedikitnya 150 orang", N, "dead", 150, JUN19, qual="atleast", src=GOV),
     M(K, "Rabu (19/6/2013)", D, "asof_wed", "2013-06-19"),
     M(K, "Minggu (16/6/2013)", D, "rain", "2013-06-16"),
     M(K, "3.583 meter", N, "alt", 3583, cls="alt"),
     M(K, "Senin (17/6/2013)", D, "burst", "2013-06-17"),
     M(K, "sekitar 70.000", N, "stranded", 70000, JUN19, qual="approx", fall=True),

     M(R, "556", N, "dead", 556, JUN22, src=GOV),
     M(R, "Saturday", D, "asof_sat", "2013-06-22"),
     M(R, "150", N, "dead", 150, JUN19, src=GOV),
     M(R, "Wednesday", D, "asof_wed", "2013-06-19"),
     M(R, "1,000", N, "dead", 1000, JUN22, qual="morethan", src=CM),
     M(R, "June 16", D, "rain", "2013-06-16"),
     M(R, "About 40,000", N, "stranded", 40000, JUN22, qual="approx", fall=True),
     M(R, "Saturday", D, "asof_sat", "2013-06-22", occ=2),
     M(R, "more than 60,000", N, "evacuated", 60000, JUN22, qual="morethan"),
     M(R, "3,583 meters", N, "alt", 3583, cls="alt"),
     M(R, "June 17", D, "burst", "2013-06-17"),
     M(R, "Wednesday", D, "survey", "2013-06-19", occ=2),
     M(R, "10 billion rupees", N, "aid", 10e9, cls="inr"),

     M(T, "Selasa (25/6/2013)", D, "crash", "2013-06-25"),
     M(T, "20 orang", N, "crash_dead", 20),
     M(T, "lima", N, "iaf", 5),
     M(T, "sembilan", N, "ndrf", 9),
     M(T, "enam", N, "itbp", 6),
     M(T, "822 orang", N, "dead", 822, JUN26, src=GOV),
     M(T, "Rabu (26/6/2013)", D, "asof_jun26", "2013-06-26"),
     M(T, "556 orang", N, "dead", 556, JUN22, src=GOV),
     M(T, "Sabtu (22/6/2013)", D, "asof_sat", "2013-06-22"),
     M(T, "Lebih dari 100.000 orang", N, "evacuated", 100000, JUN26, qual="morethan"),
     M(T, "Minggu (16/6/2013)", D, "rain", "2013-06-16"),
     M(T, "sekitar 3.000 orang", N, "stranded", 3000, JUN26, qual="approx", fall=True),
     M(T, "3.538 meter", N, "alt", 3538, cls="alt", planted=True),

     M(A, "580", N, "dead", 580, JUL15, src=GOV),
     M(A, "822", N, "dead", 822, JUN26, src=GOV),
     M(A, "June 26", D, "asof_jun26", "2013-06-26"),
     M(A, "Monday", D, "asof_jul15", "2013-07-15"),
     M(A, "5,748", N, "missing", 5748, JUL15),
     M(A, "as many as 10,000", N, "dead", 10000, JUN30, qual="approx", src=SPK),
     M(A, "June 17", D, "burst", "2013-06-17"),
     M(A, "More than 100,000 people", N, "evacuated", 100000, JUN30, qual="morethan"),
     M(A, "20 lives", N, "crash_dead", 20),
     M(A, "June 25", D, "crash", "2013-06-25"),
     M(A, "3,583 meters", N, "alt", 3583, cls="alt"),
    ]
    build("kedarnath-floods-2013", "The floods and landslides in Uttarakhand, northern India (heavy rain from Sunday 16 "
          "June 2013; the glacial lake above Kedarnath, at 3,583 m, burst on Monday 17 June): the state's count of the "
          "dead at least 150 on Wednesday 19 June, 556 on Saturday 22 June, 822 on Wednesday 26 June, revised down to "
          "580 confirmed dead with 5,748 missing on Monday 15 July; the chief minister's fear of more than 1,000 dead "
          "and the assembly speaker's estimate of as many as 10,000; the stranded falling (about 70,000 -> about 40,000 "
          "-> about 3,000) and the evacuated rising (more than 60,000 -> more than 100,000); the air force helicopter "
          "crash near Gaurikund on Tuesday 25 June 2013 that killed 20", False, ms, names)


def himachal():
    A, R, K, P = "antara-feb28", "reuters-mar1", "kompas-mar23", "ap-jun5"
    # Congress's and the BJP's seats in the 68-member assembly are holdings with as-of days: Congress 40 (the December
    # 2022 result, held until the disqualifications) -> 34 after Thursday 29 February 2024 -> 38 after the by-election
    # results of Tuesday 4 June; the BJP 25 -> 27. A party's holding may fall (six of its members disqualified).
    FEB27, FEB28, FEB29, MAR1, MAR23, JUN4 = ("2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01", "2024-03-23",
                                              "2024-06-04")
    names = {
     "votes_m": "votes for Harsh Mahajan", "votes_s": "votes for Abhishek Manu Singhvi",
     "cong_hold": "Congress's seats in the assembly", "cong22": "seats Congress won in December 2022",
     "house": "seats in the assembly", "bjp_hold": "the BJP's seats in the assembly",
     "rebels": "Congress lawmakers who voted for the BJP candidate and were disqualified",
     "indep": "independents who backed the BJP candidate", "suspended": "BJP lawmakers suspended",
     "effective": "the assembly's effective strength", "majority": "seats needed for a majority after the ruling",
     "bywins_c": "by-election seats won by Congress", "bywins_b": "by-election seats won by the BJP",
     "lost": "rebels who lost their seats",
     # dates
     "rs_vote": "day of the upper house vote", "feb28": "day of the suspensions and the budget vote",
     "election22": "month of the state election", "disq": "day of the disqualification",
     "resign": "day the independents resigned", "sc": "day the Supreme Court refused a stay",
     "bypoll": "day of the by-elections", "results": "day of the by-election results",
    }
    ms = [
     M(A, "34 suara", N, "votes_m", 34, also={"votes_s": 34}),
     M(A, "Selasa (27/2/2024)", D, "rs_vote", "2024-02-27"),
     M(A, "40", N, "cong_hold", 40, FEB27, fall=True, also={"cong22": 40}),
     M(A, "68 kursi", N, "house", 68),
     M(A, "25 kursi", N, "bjp_hold", 25, FEB28, fall=True),
     M(A, "enam", N, "rebels", 6),
     M(A, "tiga", N, "indep", 3),
     M(A, "Rabu (28/2/2024)", D, "feb28", "2024-02-28"),
     M(A, "15 anggota BJP", N, "suspended", 15),
     M(A, "Desember 2022", D, "election22", "2022-12"),

     M(R, "Thursday", D, "disq", "2024-02-29"),
     M(R, "six", N, "rebels", 6),
     M(R, "Wednesday", D, "feb28", "2024-02-28"),
     M(R, "68", N, "house", 68),
     M(R, "62", N, "effective", 62),
     M(R, "34 seats", N, "cong_hold", 34, FEB29, fall=True),
     M(R, "32", N, "majority", 32),
     M(R, "16 BJP legislators", N, "suspended", 16, planted=True),
     M(R, "Tuesday", D, "rs_vote", "2024-02-27"),
     M(R, "34 votes each", N, "votes_m", 34, also={"votes_s": 34}),
     M(R, "25 seats", N, "bjp_hold", 25, MAR1, fall=True),
     M(R, "Three", N, "indep", 3),

     M(K, "Tiga", N, "indep", 3),
     M(K, "Jumat (22/3/2024)", D, "resign", "2024-03-22"),
     M(K, "Enam", N, "rebels", 6),
     M(K, "Kamis (29/2/2024)", D, "disq", "2024-02-29"),
     M(K, "Senin (18/3/2024)", D, "sc", "2024-03-18"),
     M(K, "Senin (26/2/2024)", D, "rs_vote", "2024-02-26", planted=True),
     M(K, "34 suara", N, "votes_m", 34, also={"votes_s": 34}),
     M(K, "enam daerah pemilihan", N, "rebels", 6),
     M(K, "1 Juni 2024", D, "bypoll", "2024-06-01"),
     M(K, "34 kursi", N, "cong_hold", 34, MAR23, fall=True),
     M(K, "Desember 2022", D, "election22", "2022-12"),
     M(K, "40 kursi", N, "cong22", 40),

     M(P, "four", N, "bywins_c", 4),
     M(P, "six", N, "rebels", 6),
     M(P, "Tuesday", D, "results", "2024-06-04"),
     M(P, "two seats", N, "bywins_b", 2),
     M(P, "Saturday, June 1", D, "bypoll", "2024-06-01"),
     M(P, "six Congress lawmakers", N, "rebels", 6),
     M(P, "Feb. 29", D, "disq", "2024-02-29"),
     M(P, "Feb. 27", D, "rs_vote", "2024-02-27"),
     M(P, "34-34", N, "votes_m", 34, also={"votes_s": 34}),
     M(P, "38 seats", N, "cong_hold", 38, JUN4, fall=True),
     M(P, "27", N, "bjp_hold", 27, JUN4, fall=True, occ=2),
     M(P, "68", N, "house", 68),
     M(P, "three seats", N, "indep", 3),
     M(P, "Four", N, "lost", 4),
     M(P, "six rebels", N, "rebels", 6),
     M(P, "December 2022", D, "election22", "2022-12"),
     M(P, "40 seats", N, "cong22", 40),
    ]
    build("himachal-rajya-sabha-2024", "The Himachal Pradesh political crisis of 2024 in stages: the upper house (Rajya "
          "Sabha) vote of Tuesday 27 February 2024 (Harsh Mahajan and Abhishek Manu Singhvi tied 34-34, Mahajan won on a "
          "draw of lots, six Congress lawmakers and three independents having voted for him); the suspension of 15 BJP "
          "lawmakers and the budget vote on Wednesday 28 February; the speaker's disqualification of the six on "
          "Thursday 29 February (effective strength 68 -> 62, Congress 40 -> 34, majority 32); the Supreme Court's "
          "refusal of a stay on Monday 18 March; the independents' resignations on Friday 22 March; the by-elections of "
          "Saturday 1 June and their results on Tuesday 4 June (Congress four of six, the BJP two; Congress 38, the "
          "BJP 27)", False, ms, names)


def assam():
    R, K, T, H = "reuters-may2", "kompas-may3", "detik-may4", "hindu-may5"
    names = {
     "nda": "seats won by the BJP-led alliance", "total": "seats in the assembly", "bjp": "seats won by the BJP",
     "agp": "seats won by the AGP", "uppl": "seats won by the UPPL", "opp": "seats won by the Congress-led alliance",
     "cong": "seats won by Congress", "aiudf": "seats won by the AIUDF", "bpf": "seats won by the BPF",
     "cpim": "seats won by the CPI(M)", "gogoi": "seats won by the Raijor Dal", "majority": "seats needed for a majority",
     "phases": "phases of voting", "other": "other states and territories counted the same day",
     "nda16": "seats the alliance won in 2016", "rule": "years of Congress rule before 2016",
     "margin": "seats above the majority mark",
     # dates
     "count": "day of the count and results", "y2016": "the 2016 election", "p1": "the first phase of voting",
     "p2": "the second phase of voting", "p3": "the third phase of voting",
    }
    ms = [
     M(R, "75", N, "nda", 75),
     M(R, "126", N, "total", 126),
     M(R, "Sunday", D, "count", "2021-05-02"),
     M(R, "60 seats", N, "bjp", 60),
     M(R, "2016", D, "y2016", "2016"),
     M(R, "nine", N, "agp", 9),
     M(R, "six", N, "uppl", 6),
     M(R, "50 seats", N, "opp", 50),
     M(R, "29", N, "cong", 29),
     M(R, "16", N, "aiudf", 16),
     M(R, "four", N, "bpf", 4),
     M(R, "64 seats", N, "majority", 64),
     M(R, "three phases", N, "phases", 3),
     M(R, "March 27", D, "p1", "2021-03-27"),
     M(R, "April 1", D, "p2", "2021-04-01"),
     M(R, "April 6", D, "p3", "2021-04-06"),
     M(R, "four", N, "other", 4, occ=2),
     M(R, "2016", D, "y2016", "2016", occ=2),
     M(R, "86 seats", N, "nda16", 86),
     M(R, "15 years", N, "rule", 15, cls="dur"),

     M(K, "75", N, "nda", 75),
     M(K, "126 kursi", N, "total", 126),
     M(K, "Minggu (2/5/2021)", D, "count", "2021-05-02"),
     M(K, "60 kursi", N, "bjp", 60),
     M(K, "sembilan", N, "agp", 9),
     M(K, "enam", N, "uppl", 6),
     M(K, "50 kursi", N, "opp", 50),
     M(K, "29 kursi", N, "cong", 29),
     M(K, "16 kursi", N, "aiudf", 16),
     M(K, "empat kursi", N, "bpf", 4),
     M(K, "Satu kursi", N, "gogoi", 1),
     M(K, "sedikitnya 64 kursi", N, "majority", 64, qual="atleast"),
     M(K, "tiga tahap", N, "phases", 3),
     M(K, "27 Maret", D, "p1", "2021-03-27"),
     M(K, "1 April", D, "p2", "2021-04-01"),
     M(K, "6 April 2021", D, "p3", "2021-04-06"),
     M(K, "2016", D, "y2016", "2016"),

     M(T, "Minggu (2/5/2021)", D, "count", "2021-05-02"),
     M(T, "75 kursi", N, "nda", 75),
     M(T, "126 kursi", N, "total", 126),
     M(T, "60 kursi", N, "bjp", 60),
     M(T, "sembilan kursi", N, "agp", 9),
     M(T, "enam kursi", N, "uppl", 6),
     M(T, "29 kursi", N, "cong", 29),
     M(T, "16 kursi", N, "aiudf", 16),
     M(T, "empat kursi", N, "bpf", 4),
     M(T, "satu kursi", N, "cpim", 1),
     M(T, "50 kursi", N, "opp", 50),
     M(T, "64 kursi", N, "majority", 64),
     M(T, "86 kursi", N, "nda16", 86),
     M(T, "2016", D, "y2016", "2016"),
     M(T, "tiga tahap", N, "phases", 3),
     M(T, "27 Maret", D, "p1", "2021-03-27"),
     M(T, "1 April", D, "p2", "2021-04-01"),
     M(T, "6 April", D, "p3", "2021-04-06"),
     M(T, "empat negara bagian", N, "other", 4),

     M(H, "75", N, "nda", 75),
     M(H, "126", N, "total", 126),
     M(H, "May 2", D, "count", "2021-05-02"),
     M(H, "60 seats", N, "bjp", 60),
     M(H, "nine", N, "agp", 9),
     M(H, "six", N, "uppl", 6),
     M(H, "29 seats", N, "cong", 29),
     M(H, "16", N, "aiudf", 16),
     M(H, "four", N, "bpf", 4),
     M(H, "one", N, "cpim", 1),
     M(H, "50 seats", N, "opp", 50),
     M(H, "11", N, "margin", 11),
     M(H, "64", N, "majority", 64),
     M(H, "86 seats", N, "nda16", 86),
     M(H, "2016", D, "y2016", "2016"),
     M(H, "three phases", N, "phases", 3),
     M(H, "March 27", D, "p1", "2021-03-27"),
     M(H, "April 1", D, "p2", "2021-04-01"),
     M(H, "April 6", D, "p3", "2021-04-06"),
     M(H, "four", N, "other", 4, occ=2),
    ]
    build("assam-election-2021", "The Assam assembly election result (control), counted on Sunday 2 May 2021: the "
          "BJP-led alliance 75 of 126 seats (the BJP 60, the AGP nine, the UPPL six), the Congress-led alliance 50 "
          "(Congress 29, the AIUDF 16, the BPF four, the CPI(M) one), the Raijor Dal's Akhil Gogoi one; 64 needed for "
          "a majority; three phases of voting on 27 March, 1 April and 6 April 2021; the alliance's 86 seats in 2016. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    kedarnath()
    himachal()
    assam()
