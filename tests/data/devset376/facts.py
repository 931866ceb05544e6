"""The three-hundred-and-seventy-sixth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset376/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def bridge():
    F, K, A, T = "focustaiwan-oct01", "kompas-oct03", "antara-oct05", "taipeitimes-oct24"
    # as-of times of the running tallies: 5 p.m. on Tuesday 1 October 2019 (two dead, four missing), Wednesday 2
    # October (four dead, two missing), Friday 4 October (the last two bodies found: six dead, none missing), the
    # review of 24 October (six dead). The missing may fall (people found); the dead and the injured do not. The
    # injured are counted by the Yilan County fire bureau (12) and by the Central Emergency Operation Center (10):
    # two sources. The bridge's length, its opening year and the boats crushed do not change with the day.
    TUE, WED, FRI, OCT24 = "2019-10-01", "2019-10-02", "2019-10-04", "2019-10-24"
    FIRE, CEOC = "the Yilan County fire bureau", "the Central Emergency Operation Center"
    names = {
     "dead": "people killed in the collapse", "missing": "fishermen missing", "injured": "people injured",
     "boats": "fishing boats crushed", "length": "the bridge's length (m)", "last_two": "bodies found on the last day",
     # dates
     "collapse": "day of the collapse", "count_tue": "day of the first count (two dead)",
     "count_wed": "day of the count of four dead", "count_fri": "day the last bodies were found",
     "opened": "year the bridge opened",
    }
    ms = [
     M(F, "Tuesday", D, "collapse", "2019-10-01"),
     M(F, "three fishing boats", N, "boats", 3),
     M(F, "Tuesday", D, "count_tue", "2019-10-01", occ=2),
     M(F, "two bodies", N, "dead", 2, TUE),
     M(F, "four fishermen", N, "missing", 4, TUE, fall=True),
     M(F, "12", N, "injured", 12, TUE, src=FIRE),
     M(F, "10 injured", N, "injured", 10, TUE, src=CEOC),
     M(F, "140-meter", N, "length", 140, cls="m"),
     M(F, "1998", D, "opened", "1998"),

     M(K, "empat orang", N, "dead", 4, WED),
     M(K, "Rabu (2/10/2019)", D, "count_wed", "2019-10-02"),
     M(K, "Dua nelayan", N, "missing", 2, WED, fall=True),
     M(K, "Selasa sore", D, "count_tue", "2019-10-01"),
     M(K, "dua jenazah", N, "dead", 2, TUE),
     M(K, "140 meter", N, "length", 140, cls="m"),
     M(K, "Rabu (2/10/2019)", D, "collapse", "2019-10-02", occ=2, planted=True),
     M(K, "tiga kapal ikan", N, "boats", 3),
     M(K, "12 orang", N, "injured", 12, WED, src=FIRE),
     M(K, "1998", D, "opened", "1998"),

     M(A, "dua jenazah terakhir", N, "last_two", 2),
     M(A, "Jumat (4/10/2019)", D, "count_fri", "2019-10-04"),
     M(A, "enam orang", N, "dead", 6, FRI),
     M(A, "Selasa (1/10/2019)", D, "collapse", "2019-10-01"),
     M(A, "140 meter", N, "length", 140, cls="m"),
     M(A, "12 orang", N, "injured", 12, FRI, src=FIRE),
     M(A, "10 orang", N, "injured", 10, FRI, src=CEOC),
     M(A, "1998", D, "opened", "1998"),

     M(T, "Oct. 1", D, "collapse", "2019-10-01"),
     M(T, "six foreign fishermen", N, "dead", 6, OCT24),
     M(T, "12 people", N, "injured", 12, OCT24, src=FIRE),
     M(T, "two bodies", N, "last_two", 2),
     M(T, "Oct. 4", D, "count_fri", "2019-10-04"),
     M(T, "104 meters", N, "length", 104, cls="m", planted=True),
     M(T, "1998", D, "opened", "1998"),
    ]
    build("nanfangao-bridge-2019", "The collapse of the Nanfang'ao bridge in Yilan County, Taiwan, onto three fishing "
          "boats (Tuesday 1 October 2019): two dead and four missing as of 5 p.m. on Tuesday, four dead and two "
          "missing on Wednesday 2 October, six dead once the last two bodies were found on Friday 4 October; 12 "
          "injured by the county fire bureau's count against 10 by the Central Emergency Operation Center's; the "
          "140-metre steel arch bridge opened in 1998; the investigation three weeks on", False, ms, names)


def trial():
    Y, K, R, A = "yonhap-aug08", "kompas-aug26", "reuters-feb05", "antara-feb07"
    # as-of times: the first-instance verdict of the Seoul Central District Court (Friday 25 August 2017) and the
    # appeal ruling of the Seoul High Court (Monday 5 February 2018). The prison term (5 -> 2.5 years) and the bribes
    # the court accepted (8.9 -> 3.6 billion won) are lower on appeal: revisions. The prosecutors' 43.3 billion won
    # against the courts' figures: two sources. The prosecutors' demand (12 years, 10 for the two executives), the
    # executives' terms (4 years), the suspension (4 years), Lee's age and the days in custody are other facts.
    AUG25, FEB05 = "2017-08-25", "2018-02-05"
    PROS, COURT = "the special prosecutors", "the courts"
    names = {
     "sought": "prison term the prosecutors sought for Lee (years)", "execs_sought": "term sought for each executive",
     "execs_term": "term given to each executive", "sentence": "Lee's prison term (years)",
     "suspension": "years the term is suspended", "bribes": "bribes in the case (billion won)", "age": "Lee's age",
     "custody": "days Lee spent in custody", "shares": "rise of Samsung Electronics shares on the ruling day (%)",
     # dates
     "request": "day the prosecutors made their demand", "arrest": "day of Lee's arrest",
     "verdict": "day of the first-instance verdict", "appeal": "day of the appeal ruling",
     "release": "day Lee left detention", "merger": "year of the affiliates' merger",
    }
    ms = [
     M(Y, "Monday", D, "request", "2017-08-07"),
     M(Y, "12 years", N, "sought", 12, cls="years"),
     M(Y, "43.3 billion won", N, "bribes", 43.3, src=PROS, cls="bnwon"),
     M(Y, "49-year-old", N, "age", 49, cls="age"),
     M(Y, "2015", D, "merger", "2015"),
     M(Y, "10 years", N, "execs_sought", 10, cls="years"),
     M(Y, "Feb. 17", D, "arrest", "2017-02-17"),
     M(Y, "Aug. 25", D, "verdict", "2017-08-25"),

     M(K, "Jumat (25/8/2017)", D, "verdict", "2017-08-25"),
     M(K, "lima tahun penjara", N, "sentence", 5, AUG25, cls="years"),
     M(K, "8 Agustus", D, "request", "2017-08-08", planted=True),
     M(K, "12 tahun", N, "sought", 12, cls="years"),
     M(K, "8,9 miliar won", N, "bribes", 8.9, AUG25, src=COURT, cls="bnwon"),
     M(K, "43,3 miliar won", N, "bribes", 43.3, src=PROS, cls="bnwon"),
     M(K, "49 tahun", N, "age", 49, cls="age"),
     M(K, "17 Februari", D, "arrest", "2017-02-17"),
     M(K, "empat tahun", N, "execs_term", 4, cls="years"),

     M(R, "Monday", D, "appeal", "2018-02-05"),
     M(R, "two and a half years", N, "sentence", 2.5, FEB05, cls="years"),
     M(R, "four years", N, "suspension", 4, cls="years"),
     M(R, "3.6 billion won", N, "bribes", 3.6, FEB05, src=COURT, cls="bnwon"),
     M(R, "8.9 billion won", N, "bribes", 8.9, AUG25, src=COURT, cls="bnwon"),
     M(R, "August", D, "verdict", "2017-08"),
     M(R, "five years", N, "sentence", 5, AUG25, cls="years"),
     M(R, "49", N, "age", 49, cls="age"),
     M(R, "Monday afternoon", D, "release", "2018-02-05"),
     M(R, "353 days", N, "custody", 353, cls="days"),
     M(R, "Feb. 17", D, "arrest", "2017-02-17"),
     M(R, "12 years", N, "sought", 12, cls="years"),
     M(R, "1.2 percent", N, "shares", 1.2, cls="pct"),

     M(A, "Senin (5/2/2018)", D, "appeal", "2018-02-05"),
     M(A, "dua tahun enam bulan", N, "sentence", 2.5, FEB05, cls="years"),
     M(A, "empat tahun", N, "suspension", 4, cls="years"),
     M(A, "Agustus", D, "verdict", "2017-08"),
     M(A, "lima tahun", N, "sentence", 5, AUG25, cls="years"),
     M(A, "3,6 miliar won", N, "bribes", 3.6, FEB05, src=COURT, cls="bnwon"),
     M(A, "8,9 miliar won", N, "bribes", 8.9, AUG25, src=COURT, cls="bnwon"),
     M(A, "Senin sore", D, "release", "2018-02-05"),
     M(A, "335 hari", N, "custody", 335, cls="days", planted=True),
     M(A, "12 tahun", N, "sought", 12, cls="years"),
     M(A, "1,2 persen", N, "shares", 1.2, cls="pct"),
    ]
    build("lee-jaeyong-trial-2017", "The bribery trial of Samsung Electronics' vice chairman Lee Jae-yong in two "
          "courts: the special prosecutors' demand of 12 years (Monday 7 August 2017; 43.3 billion won in bribes "
          "offered or promised by their count), the Seoul Central District Court's five-year sentence on Friday 25 "
          "August 2017 (8.9 billion won accepted as bribes), the Seoul High Court's ruling of Monday 5 February 2018 "
          "cutting the term to two and a half years suspended for four years (3.6 billion won accepted) and Lee's "
          "release that day after 353 days in custody since his arrest on 17 February 2017", False, ms, names)


def rate():
    R, K, A, J = "reuters-jan29", "kompas-jan30", "antara-jan31", "japantimes-feb01"
    names = {
     "rate": "the new rate on reserves (%)", "votes_for": "board members voting for", "votes_against":
     "board members voting against", "board": "members of the policy board", "base": "annual rise of the monetary "
     "base (trillion yen)", "target": "the inflation target (%)", "nikkei_pct": "the Nikkei's rise on the day (%)",
     "nikkei": "the Nikkei's close", "yen": "yen per dollar",
     # dates
     "decision": "day of the decision", "start": "day the rate takes effect", "governor": "month the governor took "
     "office",
    }
    ms = [
     M(R, "Friday", D, "decision", "2016-01-29"),
     M(R, "minus 0.1 percent", N, "rate", -0.1, cls="pct"),
     M(R, "Feb. 16", D, "start", "2016-02-16"),
     M(R, "five-to-four", N, "votes_for", 5, cls="members", also={"votes_against": 4}),
     M(R, "nine-member", N, "board", 9, cls="members"),
     M(R, "four members", N, "votes_against", 4, cls="members"),
     M(R, "80 trillion yen", N, "base", 80, cls="tn"),
     M(R, "2 percent", N, "target", 2, cls="pct"),
     M(R, "March 2013", D, "governor", "2013-03"),
     M(R, "2.8 percent", N, "nikkei_pct", 2.8, cls="pct"),
     M(R, "17,518.30", N, "nikkei", 17518.30, cls="index"),
     M(R, "around 121", N, "yen", 121, qual="approx", cls="yen"),

     M(K, "Jumat (29/1/2016)", D, "decision", "2016-01-29"),
     M(K, "minus 0,1 persen", N, "rate", -0.1, cls="pct"),
     M(K, "16 Februari", D, "start", "2016-02-16"),
     M(K, "lima lawan empat", N, "votes_for", 5, cls="members", also={"votes_against": 4}),
     M(K, "sembilan anggota", N, "board", 9, cls="members"),
     M(K, "80 triliun yen", N, "base", 80, cls="tn"),
     M(K, "2 persen", N, "target", 2, cls="pct"),
     M(K, "Maret 2013", D, "governor", "2013-03"),
     M(K, "2,8 persen", N, "nikkei_pct", 2.8, cls="pct"),
     M(K, "17.518,30", N, "nikkei", 17518.30, cls="index"),
     M(K, "kisaran 121", N, "yen", 121, qual="approx", cls="yen"),

     M(A, "minus 0,1 persen", N, "rate", -0.1, cls="pct"),
     M(A, "Jumat (29/1/2016)", D, "decision", "2016-01-29"),
     M(A, "16 Februari 2016", D, "start", "2016-02-16"),
     M(A, "sembilan anggota", N, "board", 9, cls="members"),
     M(A, "lima orang", N, "votes_for", 5, cls="members"),
     M(A, "empat orang", N, "votes_against", 4, cls="members"),
     M(A, "80 triliun yen", N, "base", 80, cls="tn"),
     M(A, "2 persen", N, "target", 2, cls="pct"),
     M(A, "2,8 persen", N, "nikkei_pct", 2.8, cls="pct"),
     M(A, "17.518,30", N, "nikkei", 17518.30, cls="index"),
     M(A, "sekitar 121", N, "yen", 121, qual="approx", cls="yen"),

     M(J, "Friday", D, "decision", "2016-01-29"),
     M(J, "minus 0.1 percent", N, "rate", -0.1, cls="pct"),
     M(J, "Feb. 16", D, "start", "2016-02-16"),
     M(J, "Five", N, "votes_for", 5, cls="members"),
     M(J, "nine", N, "board", 9, cls="members"),
     M(J, "four", N, "votes_against", 4, cls="members"),
     M(J, "80 trillion yen", N, "base", 80, cls="tn"),
     M(J, "2 percent", N, "target", 2, cls="pct"),
     M(J, "March 2013", D, "governor", "2013-03"),
     M(J, "2.8 percent", N, "nikkei_pct", 2.8, cls="pct"),
     M(J, "17,518.30", N, "nikkei", 17518.30, cls="index"),
     M(J, "about 121", N, "yen", 121, qual="approx", cls="yen"),
    ]
    build("japan-negative-rate-2016", "Japan's central bank adopting a negative interest rate (Friday 29 January "
          "2016; control): minus 0.1% on part of the banks' reserves from 16 February 2016, by five votes to four of "
          "the nine-member policy board; the monetary base still rising by 80 trillion yen a year; the 2% inflation "
          "target; the governor Haruhiko Kuroda in office since March 2013; the Nikkei up 2.8% at 17,518.30 and the "
          "yen at about 121 per dollar on the day. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    bridge()
    trial()
    rate()
