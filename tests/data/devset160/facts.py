"""The hundred-and-sixtieth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset160/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def apiate():
    R, D1, K, P = "reuters-jan20", "detik-jan21", "kompas-jan23", "ap-feb14"
    # as-of times of the running tallies: the Information Ministry's count of Thursday evening 20 January 2022 (17
    # dead, 59 injured, 76 affected), the national response team's under the vice-president on Friday 21 January (13
    # dead: a downward revision, as some counted dead were alive; about 59 injured, 179 families), the police's of
    # Saturday 22 January (13 "not 17", 190 casualties, 36 in hospital, 96 discharged, four critical; the disaster
    # agency's about 384 displaced), and the municipal chief executive's of 25 January (14 dead, five critical),
    # recalled by AP on 14 February. The 17 and the 13 are one official count corrected (the police's own words: 13,
    # not 17), so they carry no source: the later 13 and 14 against the 17 are revisions. Those in hospital and in
    # critical condition may fall (fall=True).
    THU, FRI, SAT, JAN25 = "2022-01-20", "2022-01-21", "2022-01-22", "2022-01-25"
    names = {
     "dead": "people killed", "injured": "people injured", "affected": "people known to be affected",
     "families": "families directly affected", "referred": "victims referred to the Tarkwa hospital",
     "kath": "victims moved on to the Kumasi teaching hospital", "centre": "displaced at the Catholic relief centre",
     "casualties": "casualties recorded", "admitted": "people still in hospital", "discharged": "people discharged",
     "critical": "people in critical condition", "displaced": "people displaced",
     # dates
     "blast": "day of the explosion", "asof_fri": "day of the revised count", "asof_sat": "day of the police's update",
     "asof_jan25": "day of the count of 14",
    }
    ms = [
     M(R, "Seventeen people", N, "dead", 17, THU),
     M(R, "59 injured", N, "injured", 59, THU),
     M(R, "Thursday", D, "blast", "2022-01-20"),
     M(R, "76 people", N, "affected", 76, THU),

     M(D1, "13 orang", N, "dead", 13, FRI),
     M(D1, "Jumat (21/1/2022)", D, "asof_fri", "2022-01-21"),
     M(D1, "17 orang", N, "dead", 17, THU),
     M(D1, "Kamis (20/1/2022)", D, "blast", "2022-01-20"),
     M(D1, "sekitar 59 orang", N, "injured", 59, FRI, qual="approx"),
     M(D1, "179 keluarga", N, "families", 179, FRI),
     M(D1, "45 korban", N, "referred", 45, FRI),
     M(D1, "tiga di antaranya", N, "kath", 3, FRI),
     M(D1, "Lebih dari 300 warga", N, "centre", 300, FRI, qual="morethan", fall=True),

     M(K, "13 orang", N, "dead", 13, SAT),
     M(K, "17", N, "dead", 17, THU),
     M(K, "Sabtu (22/1/2022)", D, "asof_sat", "2022-01-22"),
     M(K, "190 korban", N, "casualties", 190, SAT),
     M(K, "36 orang", N, "admitted", 36, SAT, fall=True),
     M(K, "96 orang", N, "discharged", 96, SAT),
     M(K, "Empat korban", N, "critical", 4, SAT, fall=True),
     M(K, "sekitar 384 orang", N, "displaced", 384, SAT, qual="approx", fall=True),
     M(K, "Rabu (19/1/2022)", D, "blast", "2022-01-19", planted=True),

     M(P, "14", N, "dead", 14, JAN25),
     M(P, "Jan. 25", D, "asof_jan25", "2022-01-25"),
     M(P, "five people", N, "critical", 5, JAN25, fall=True),
     M(P, "17", N, "dead", 17, THU),
     M(P, "Jan. 20", D, "blast", "2022-01-20"),
     M(P, "13", N, "dead", 13, FRI),
     M(P, "Some 59 people", N, "injured", 59, THU, qual="approx"),
     M(P, "About 384 people", N, "displaced", 384, SAT, qual="approx", fall=True),
    ]
    build("apiate-explosion-2022", "The explosion of a truck carrying mining explosives at Apiate near Bogoso, "
          "Western Region, Ghana (Thursday 20 January 2022): the Information Ministry's 17 dead and 59 injured on "
          "Thursday evening, revised down to 13 on Friday 21 January (people counted dead found alive), the police's "
          "13 'not 17' and 190 casualties on Saturday 22 January, 14 dead by 25 January (recalled on 14 February); about "
          "384 displaced",
          False, ms, names)


def ivorian():
    K, R, A, J = "kompas-nov04", "reuters-nov03", "antara-nov10", "aljazeera-dec14"
    # results do not change with the day of the report: the electoral commission's provisional results (early on
    # Tuesday 3 November 2020) and the Constitutional Council's final results (Monday 9 November 2020) give the same
    # figures. The two stages, the vote (Saturday 31 October 2020) and the opposition's announcement (Monday 2
    # November) are different events. The official turnout and polling-day toll against the opposition's claims
    # (only about 10% of voters; at least a dozen killed on polling day) are different sources.
    OFF, OPP = "the officials", "the opposition"
    names = {
     "share": "Ouattara's share of the vote", "turnout": "turnout", "kkb": "Kouadio Konan Bertin's share",
     "bedie": "Bedie's share", "affi": "Affi N'Guessan's share", "votes": "Ouattara's votes", "cast": "votes cast",
     "opened": "polling stations that opened", "stations": "polling stations in all", "age": "Ouattara's age",
     "predead": "people killed before the vote", "votedead": "people killed on polling day",
     "crisisdead": "people killed in the 2010-11 crisis",
     # dates
     "vote": "polling day", "cei": "day of the commission's provisional results",
     "council": "day of the Constitutional Council's final results", "sworn": "day of the swearing-in", "oppcouncil": "day the opposition announced its council",
     "constitution": "year of the new constitution", "march": "month Ouattara said he would step aside",
     "august": "month Ouattara changed course", "elected1": "year Ouattara was first elected",
     "elected2": "year Ouattara was re-elected", "candidacy": "month the candidacy was cleared",
     "crisis": "years of the post-election crisis",
    }
    ms = [
     M(K, "94,27 persen", N, "share", 94.27, cls="pct"),
     M(K, "Selasa (3/11/2020)", D, "cei", "2020-11-03"),
     M(K, "3.031.483 suara", N, "votes", 3031483),
     M(K, "3.215.909 suara", N, "cast", 3215909),
     M(K, "Sabtu (31/10/2020)", D, "vote", "2020-10-31"),
     M(K, "53,90 persen", N, "turnout", 53.90, cls="pct", src=OFF),
     M(K, "1,99 persen", N, "kkb", 1.99, cls="pct"),
     M(K, "1,66 persen", N, "bedie", 1.66, cls="pct"),
     M(K, "0,99 persen", N, "affi", 0.99, cls="pct"),
     M(K, "2016", D, "constitution", "2016"),
     M(K, "sedikitnya 30 orang", N, "predead", 30, qual="atleast"),
     M(K, "sedikitnya 12 orang", N, "votedead", 12, qual="atleast", src=OPP),
     M(K, "sedikitnya lima orang", N, "votedead", 5, qual="atleast", src=OFF),

     M(R, "94.27%", N, "share", 94.27, cls="pct"),
     M(R, "Tuesday", D, "cei", "2020-11-03"),
     M(R, "Oct. 31", D, "vote", "2020-10-31"),
     M(R, "53.90%", N, "turnout", 53.90, cls="pct", src=OFF),
     M(R, "about 10%", N, "turnout", 10, qual="approx", cls="pct", src=OPP),
     M(R, "1.99%", N, "kkb", 1.99, cls="pct"),
     M(R, "17,601", N, "opened", 17601),
     M(R, "22,381 polling stations", N, "stations", 22381),
     M(R, "78", N, "age", 78, cls="age"),
     M(R, "March", D, "march", "2020-03"),
     M(R, "August", D, "august", "2020-08"),
     M(R, "2016", D, "constitution", "2016"),
     M(R, "At least 30 people", N, "predead", 30, qual="atleast"),
     M(R, "at least five more", N, "votedead", 5, qual="atleast", src=OFF),
     M(R, "Saturday", D, "vote", "2020-10-31"),
     M(R, "Monday", D, "oppcouncil", "2020-11-02"),
     M(R, "2010", D, "elected1", "2010"),
     M(R, "2015", D, "elected2", "2015"),

     M(A, "Senin (9/11/2020)", D, "council", "2020-11-09"),
     M(A, "31 Oktober 2020", D, "vote", "2020-10-31"),
     M(A, "94,72 persen", N, "share", 94.72, cls="pct", planted=True),
     M(A, "53,90 persen", N, "turnout", 53.90, cls="pct", src=OFF),
     M(A, "sekitar 10 persen", N, "turnout", 10, qual="approx", cls="pct", src=OPP),
     M(A, "Selasa (3/11/2020)", D, "cei", "2020-11-03"),
     M(A, "78 tahun", N, "age", 78, cls="age"),
     M(A, "1,99 persen", N, "kkb", 1.99, cls="pct"),
     M(A, "17.601", N, "opened", 17601),
     M(A, "22.381 tempat pemungutan suara", N, "stations", 22381),
     M(A, "2010", D, "elected1", "2010"),
     M(A, "2015", D, "elected2", "2015"),

     M(J, "Monday", D, "sworn", "2020-12-14"),
     M(J, "Nov. 9", D, "council", "2020-11-09"),
     M(J, "Nov. 3", D, "cei", "2020-11-03"),
     M(J, "94.27%", N, "share", 94.27, cls="pct"),
     M(J, "3,013,483 votes", N, "votes", 3013483, planted=True),
     M(J, "3,215,909", N, "cast", 3215909),
     M(J, "53.90%", N, "turnout", 53.90, cls="pct", src=OFF),
     M(J, "1.66%", N, "bedie", 1.66, cls="pct"),
     M(J, "0.99%", N, "affi", 0.99, cls="pct"),
     M(J, "Oct. 31", D, "vote", "2020-10-31"),
     M(J, "Nov. 2", D, "oppcouncil", "2020-11-02"),
     M(J, "At least 30 people", N, "predead", 30, qual="atleast"),
     M(J, "September", D, "candidacy", "2020-09"),
     M(J, "2010-11", D, "crisis", "2010"),
     M(J, "some 3,000 people", N, "crisisdead", 3000, qual="approx"),
    ]
    build("ivorian-election-2020", "Ivory Coast's presidential election of Saturday 31 October 2020: the electoral "
          "commission's provisional results early on Tuesday 3 November (Alassane Ouattara 94.27%, 3,031,483 of "
          "3,215,909 votes, turnout 53.90%; Kouadio Konan Bertin 1.99%, Henri Konan Bedie 1.66%, Pascal Affi N'Guessan "
          "0.99%; 17,601 of 22,381 polling stations opened), confirmed by the Constitutional Council on Monday 9 "
          "November; at least 30 killed before the vote", False, ms, names)


def ghana():
    R, A, T, B = "reuters-sep22", "antara-sep23", "tempo-sep24", "bbc-sep25"
    names = {
     "pop": "population in 2021", "pop2010": "population in 2010", "increase": "increase since 2010",
     "growth": "annual growth rate", "female_share": "share of women", "male_share": "share of men",
     "females": "women", "males": "men", "ratio": "males per 100 females", "accra": "Greater Accra's population",
     "ashanti": "Ashanti's population", "ahafo": "Ahafo's population", "regions": "regions",
     "regions_f": "regions with more women than men", "households": "households", "hhsize": "average household size",
     "density": "people per square kilometre", "structures": "structures listed",
     # dates
     "release": "day of the release", "census2021": "year of the census", "census2010": "year of the previous census",
     "final": "month the final results are due", "night": "census night", "first": "year of the first census after independence",
     "since": "year the household size began to fall",
    }
    P = 30792608
    ms = [
     M(R, "30.8 million", N, "pop", P, qual="approx"),
     M(R, "6.1 million", N, "increase", 6133785, qual="approx"),
     M(R, "24.7 million", N, "pop2010", 24658823, qual="approx"),
     M(R, "2010", D, "census2010", "2010"),
     M(R, "2021", D, "census2021", "2021"),
     M(R, "Wednesday", D, "release", "2021-09-22"),
     M(R, "2.1%", N, "growth", 2.1, cls="pct"),
     M(R, "50.7%", N, "female_share", 50.7, cls="pct"),
     M(R, "49.3%", N, "male_share", 49.3, cls="pct"),
     M(R, "97 males", N, "ratio", 97, cls="ratio"),
     M(R, "5,446,237 people", N, "accra", 5446237),
     M(R, "5,432,485", N, "ashanti", 5432485),
     M(R, "16 regions", N, "regions", 16),
     M(R, "564,536 residents", N, "ahafo", 564536),
     M(R, "8,345,414 households", N, "households", 8345414),
     M(R, "3.6 people", N, "hhsize", 3.6, cls="hh"),
     M(R, "129 people", N, "density", 129, cls="density"),
     M(R, "November", D, "final", "2021-11"),
     M(R, "June 27", D, "night", "2021-06-27"),

     M(A, "30.792.608 jiwa", N, "pop", P),
     M(A, "2021", D, "census2021", "2021"),
     M(A, "Rabu (22/9/2021)", D, "release", "2021-09-22"),
     M(A, "15.610.149 perempuan", N, "females", 15610149),
     M(A, "15.182.459 laki-laki", N, "males", 15182459),
     M(A, "50,7 persen", N, "female_share", 50.7, cls="pct"),
     M(A, "49,3 persen", N, "male_share", 49.3, cls="pct"),
     M(A, "2010", D, "census2010", "2010"),
     M(A, "24,7 juta jiwa", N, "pop2010", 24658823, qual="approx"),
     M(A, "6,1 juta jiwa", N, "increase", 6133785, qual="approx"),
     M(A, "2,1 persen", N, "growth", 2.1, cls="pct"),
     M(A, "5.446.237 jiwa", N, "accra", 5446237),
     M(A, "5.432.485 jiwa", N, "ashanti", 5432485),
     M(A, "564.536 jiwa", N, "ahafo", 564536),
     M(A, "8.345.414 rumah tangga", N, "households", 8345414),
     M(A, "3,6 anggota", N, "hhsize", 3.6, cls="hh"),

     M(T, "30,8 juta jiwa", N, "pop", P, qual="approx"),
     M(T, "Rabu, 22 September 2021", D, "release", "2021-09-22"),
     M(T, "27 Juni 2021", D, "night", "2021-06-27"),
     M(T, "6,1 juta jiwa", N, "increase", 6133785, qual="approx"),
     M(T, "24.658.823 jiwa", N, "pop2010", 24658823),
     M(T, "2010", D, "census2010", "2010"),
     M(T, "2,1 persen", N, "growth", 2.1, cls="pct"),
     M(T, "97 laki-laki", N, "ratio", 97, cls="ratio"),
     M(T, "10 dari 16 wilayah", N, "regions_f", 10),
     M(T, "129 jiwa", N, "density", 129, cls="density"),
     M(T, "5.446.237 jiwa", N, "accra", 5446237),
     M(T, "5.432.485 jiwa", N, "ashanti", 5432485),
     M(T, "10.661.421 bangunan", N, "structures", 10661421),
     M(T, "November 2021", D, "final", "2021-11"),

     M(B, "30.8 million", N, "pop", P, qual="approx"),
     M(B, "Wednesday, 22 September", D, "release", "2021-09-22"),
     M(B, "15,610,149 women", N, "females", 15610149),
     M(B, "15,182,459 men", N, "males", 15182459),
     M(B, "50.7%", N, "female_share", 50.7, cls="pct"),
     M(B, "6.1 million", N, "increase", 6133785, qual="approx"),
     M(B, "2010", D, "census2010", "2010"),
     M(B, "24.7 million", N, "pop2010", 24658823, qual="approx"),
     M(B, "2.1%", N, "growth", 2.1, cls="pct"),
     M(B, "1960", D, "first", "1960"),
     M(B, "5,446,237 people", N, "accra", 5446237),
     M(B, "5,432,485", N, "ashanti", 5432485),
     M(B, "564,536 people", N, "ahafo", 564536),
     M(B, "3.6 members", N, "hhsize", 3.6, cls="hh"),
     M(B, "2000", D, "since", "2000"),
     M(B, "10,661,421 structures", N, "structures", 10661421),
     M(B, "November", D, "final", "2021-11"),
    ]
    build("ghana-census-2021", "The Ghana Statistical Service's provisional results of the 2021 Population and "
          "Housing Census (control), released on Wednesday 22 September 2021: 30,792,608 people (30.8 million; "
          "15,610,149 women and 15,182,459 men, 50.7% and 49.3%), up 6.1 million from 24,658,823 (24.7 million) in "
          "2010, 2.1% a year; Greater Accra 5,446,237, Ashanti 5,432,485, Ahafo 564,536; 8,345,414 households of 3.6 "
          "people; 129 people per square kilometre; 10,661,421 structures; census night 27 June 2021, final results "
          "due in November. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    apiate()
    ivorian()
    ghana()
