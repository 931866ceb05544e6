"""The three-hundred-and-eighth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset308/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def penghu():
    K, R, T, A = "kompas-jul24", "reuters-jul25", "detik-jul28", "ap-jan30"
    # as-of times of the running tallies: the first count on Wednesday night 23 July 2014 (51 dead, 7 injured), the
    # transport minister's corrected count on Thursday 24 July (47 dead, 11 injured), the count repeated on Friday 25
    # July and Monday 28 July (47), and the final report of Friday 29 January 2016 (48 dead, 10 survivors). The first
    # 51 corrected down to 47 is a revision, and so is the 11 injured against the final report's 10 survivors (the
    # people on board who came out alive, all injured). The people aboard, the passengers, the crew, the people hurt
    # on the ground and the tolls of other crashes (China Airlines 2002, TransAsia's second crash of 2015) do not
    # change with the day of the report.
    # The visibility: the Civil Aeronautics Administration's 1,600 metres against the weather bureau's 800 (sources).
    CAA, CWB = "the Civil Aeronautics Administration", "the weather bureau"
    WED, THU, FRI, MON, FINAL = "2014-07-23b", "2014-07-24", "2014-07-25", "2014-07-28", "2016-01-29"
    names = {
     "dead": "people killed in the crash", "injured": "people on board who survived injured",
     "aboard": "people on board", "passengers": "passengers on board", "crew": "crew on board",
     "ground": "people injured on the ground", "vis": "visibility at the time of the crash (m)", "dead2002": "dead in the China Airlines crash of 2002",
     "dead2015": "dead in TransAsia's crash of February 2015",
     # dates
     "crash": "day of the crash", "typhoon": "day Typhoon Matmo crossed Taiwan",
     "corrected": "day the toll was corrected", "ident": "day the victims were being identified",
     "count_mon": "day of the count of 28 July", "y2002": "year of the China Airlines crash",
     "report": "day of the final report", "crash2015": "day of TransAsia's second crash",
    }
    ms = [
     M(K, "Rabu (23/7/2014)", D, "crash", "2014-07-23"),
     M(K, "58 orang", N, "aboard", 58),
     M(K, "54 penumpang", N, "passengers", 54),
     M(K, "empat awak", N, "crew", 4),
     M(K, "51 orang", N, "dead", 51, WED),
     M(K, "tujuh orang", N, "injured", 7, WED),
     M(K, "Kamis (24/7/2014)", D, "corrected", "2014-07-24"),
     M(K, "47 orang", N, "dead", 47, THU),
     M(K, "11 orang", N, "injured", 11, THU),
     M(K, "lima warga", N, "ground", 5),
     M(K, "Rabu dini hari", D, "typhoon", "2014-07-23"),
     M(K, "2002", D, "y2002", "2002"),
     M(K, "225 orang", N, "dead2002", 225),

     M(R, "Friday", D, "ident", "2014-07-25"),
     M(R, "47 people", N, "dead", 47, FRI),
     M(R, "Wednesday", D, "crash", "2014-07-23"),
     M(R, "54 passengers", N, "passengers", 54),
     M(R, "four crew", N, "crew", 4),
     M(R, "July 23", D, "crash", "2014-07-23"),
     M(R, "51", N, "dead", 51, WED),
     M(R, "47", N, "dead", 47, THU, occ=2),
     M(R, "Thursday", D, "corrected", "2014-07-24"),
     M(R, "11 people", N, "injured", 11, THU),
     M(R, "Five people", N, "ground", 5),
     M(R, "Wednesday", D, "typhoon", "2014-07-23", occ=2),
     M(R, "1,600 metres", N, "vis", 1600, src=CAA, cls="m"),
     M(R, "800 metres", N, "vis", 800, src=CWB, cls="m"),
     M(R, "2002", D, "y2002", "2002"),
     M(R, "225 people", N, "dead2002", 225),

     M(T, "Kamis (24/7/2014)", D, "crash", "2014-07-24", planted=True),
     M(T, "47 orang", N, "dead", 47, MON),
     M(T, "58 orang", N, "aboard", 58),
     M(T, "Senin (28/7/2014)", D, "count_mon", "2014-07-28"),
     M(T, "54 penumpang", N, "passengers", 54),
     M(T, "empat awak", N, "crew", 4),
     M(T, "Lima warga", N, "ground", 5),
     M(T, "1.600 meter", N, "vis", 1600, src=CAA, cls="m"),
     M(T, "800 meter", N, "vis", 800, src=CWB, cls="m"),

     M(A, "Friday", D, "report", "2016-01-29"),
     M(A, "Jan. 29", D, "report", "2016-01-29"),
     M(A, "July 23, 2014", D, "crash", "2014-07-23"),
     M(A, "48", N, "dead", 48, FINAL),
     M(A, "58 people", N, "aboard", 58),
     M(A, "10 survived", N, "injured", 10, FINAL),
     M(A, "Five people", N, "ground", 5),
     M(A, "Feb. 4, 2015", D, "crash2015", "2015-02-04"),
     M(A, "43 people", N, "dead2015", 43),
    ]
    build("ge222-penghu-2014", "The crash of TransAsia Airways flight GE222 on the Penghu islands, Taiwan (Wednesday 23 "
          "July 2014, shortly after 19.00, on approach to Magong in the rain of Typhoon Matmo; an ATR 72 with 58 aboard, "
          "54 passengers and 4 crew): the first count of 51 dead and 7 injured corrected down on Thursday 24 July to 47 "
          "dead and 11 injured; 5 hurt on the ground; the Aviation Safety Council's final report of Friday 29 January "
          "2016 (48 of 58 killed, 10 survivors); China Airlines' 225 dead of 2002 and TransAsia's 43 dead of 4 February "
          "2015 as other crashes", False, ms, names)


def keelung():
    K, R, T, A = "kompas-feb5", "reuters-feb6", "detik-feb9", "ap-jul3"
    # as-of times of the running tallies: Wednesday night 4 February 2015 (31 dead, 12 missing), Thursday 5 February
    # (35, 8), Friday 6 February (40, 3), Monday 9 February (42, 1) and the final count of the safety council's
    # factual data of Thursday 2 July 2015 (43). The dead rise; the missing fall as bodies are found (a count that may
    # fall). The people aboard, the passengers, the crew, the 15 survivors and the 31 passengers from mainland China do
    # not change with the day of the report. Penghu's 48 dead are another crash's.
    WED, THU, FRI, MON, FINAL = "2015-02-04b", "2015-02-05", "2015-02-06", "2015-02-09", "2015-07-02"
    names = {
     "dead": "people killed", "missing": "people missing", "survivors": "people who survived",
     "aboard": "people on board", "passengers": "passengers on board", "crew": "crew on board",
     "mainland": "passengers from mainland China", "dead_penghu": "dead in the Penghu crash of July 2014",
     "months": "months between TransAsia's two crashes",
     # dates
     "crash": "day of the crash", "count_wed": "day of the count of 31", "count_fri": "day of the count of 40",
     "finding": "day investigators described the engines", "count_mon": "day of the count of 42",
     "data": "day the safety council released its factual data", "sim": "year of the captain's failed simulator check",
    }
    ms = [
     M(K, "Rabu (4/2/2015)", D, "crash", "2015-02-04"),
     M(K, "58 orang", N, "aboard", 58),
     M(K, "53 penumpang", N, "passengers", 53),
     M(K, "lima awak", N, "crew", 5),
     M(K, "Rabu malam", D, "count_wed", "2015-02-04"),
     M(K, "31 orang", N, "dead", 31, WED),
     M(K, "15 orang", N, "survivors", 15),
     M(K, "12 orang", N, "missing", 12, WED, fall=True),
     M(K, "31 penumpang", N, "mainland", 31),
     M(K, "48 orang", N, "dead_penghu", 48),
     M(K, "tujuh bulan", N, "months", 7, cls="dur"),

     M(R, "40", N, "dead", 40, FRI),
     M(R, "Friday", D, "count_fri", "2015-02-06"),
     M(R, "three people", N, "missing", 3, FRI, fall=True),
     M(R, "35 dead", N, "dead", 35, THU),
     M(R, "eight missing", N, "missing", 8, THU, fall=True),
     M(R, "Fifteen people", N, "survivors", 15),
     M(R, "Wednesday", D, "crash", "2015-02-04"),
     M(R, "53 passengers", N, "passengers", 53),
     M(R, "five crew", N, "crew", 5),
     M(R, "31", N, "mainland", 31),
     M(R, "Friday", D, "finding", "2015-02-06", occ=2),
     M(R, "48 people", N, "dead_penghu", 48),

     M(T, "42 orang", N, "dead", 42, MON),
     M(T, "Senin (9/2/2015)", D, "count_mon", "2015-02-09"),
     M(T, "satu orang", N, "missing", 1, MON, fall=True),
     M(T, "Jumat (6/2/2015)", D, "count_fri", "2015-02-06"),
     M(T, "40 orang", N, "dead", 40, FRI),
     M(T, "tiga orang", N, "missing", 3, FRI, fall=True),
     M(T, "Rabu (4/2/2015)", D, "crash", "2015-02-04"),
     M(T, "53 penumpang", N, "passengers", 53),
     M(T, "lima awak", N, "crew", 5),
     M(T, "15 orang", N, "survivors", 15),
     M(T, "13 orang", N, "mainland", 13, planted=True),
     M(T, "tujuh bulan", N, "months", 7, cls="dur"),

     M(A, "Thursday", D, "data", "2015-07-02"),
     M(A, "July 2", D, "data", "2015-07-02"),
     M(A, "Feb. 5", D, "crash", "2015-02-05", planted=True),
     M(A, "58 people", N, "aboard", 58),
     M(A, "43", N, "dead", 43, FINAL),
     M(A, "15 survived", N, "survivors", 15),
     M(A, "2014", D, "sim", "2014"),
     M(A, "48 people", N, "dead_penghu", 48),
    ]
    build("ge235-keelung-2015", "The crash of TransAsia Airways flight GE235 into the Keelung River in Taipei (Wednesday "
          "4 February 2015, minutes after takeoff from Songshan for Kinmen; an ATR 72-600 with 58 aboard, 53 passengers "
          "and 5 crew, 31 of them from mainland China): the dead rising 31 (Wednesday night) -> 35 (Thursday) -> 40 "
          "(Friday 6 February) -> 42 (Monday 9 February) -> 43, the missing falling 12 -> 8 -> 3 -> 1, 15 survivors; the "
          "Aviation Safety Council's factual data of Thursday 2 July 2015; the Penghu crash's 48 dead as another crash",
          False, ms, names)


def cbc():
    R, K, A, B = "reuters-mar17", "kompas-mar18", "ap-mar19", "bisnis-mar20"
    # one decision (Thursday 17 March 2022): the discount rate raised 25 basis points to 1.375% from 1.125%, the first
    # hike since 2011. Other facts: the cut of March 2020 (also 25 basis points, to the same 1.125%), the same 25 basis
    # points on the bank's other rates, the US Federal Reserve's quarter-point hike of Wednesday 16 March (its first
    # since 2018), the next quarterly meeting in June.
    names = {
     "hike": "the increase (basis points)", "rate_new": "the new discount rate (%)",
     "rate_old": "the discount rate before the increase (%)", "cut2020": "the cut of March 2020 (basis points)",
     "other_hike": "the increase of the other policy rates (basis points)", "fed_hike": "the Fed's increase (basis points)",
     # dates
     "decision": "day of the decision", "y2011": "year of the previous increase", "fed": "day of the Fed's increase",
     "y2018": "year of the Fed's previous increase", "cut": "month of the previous change", "next": "month of the next meeting",
    }
    ms = [
     M(R, "25 basis points", N, "hike", 25, cls="bp"),
     M(R, "1.375%", N, "rate_new", 1.375, cls="pct"),
     M(R, "1.125%", N, "rate_old", 1.125, cls="pct"),
     M(R, "Thursday", D, "decision", "2022-03-17"),
     M(R, "2011", D, "y2011", "2011"),
     M(R, "a quarter of a percentage point", N, "fed_hike", 25, qual="unit", cls="bp"),
     M(R, "Wednesday", D, "fed", "2022-03-16"),
     M(R, "2018", D, "y2018", "2018"),
     M(R, "March 2020", D, "cut", "2020-03"),
     M(R, "25 basis points", N, "cut2020", 25, cls="bp", occ=2),
     M(R, "1.125%", N, "rate_old", 1.125, cls="pct", occ=2),
     M(R, "25 basis points", N, "other_hike", 25, cls="bp", occ=3),

     M(K, "25 basis poin", N, "hike", 25, cls="bp"),
     M(K, "1,375 persen", N, "rate_new", 1.375, cls="pct"),
     M(K, "1,125 persen", N, "rate_old", 1.125, cls="pct"),
     M(K, "Kamis (17/3/2022)", D, "decision", "2022-03-17"),
     M(K, "2011", D, "y2011", "2011"),
     M(K, "Rabu (16/3/2022)", D, "fed", "2022-03-16"),
     M(K, "0,25 poin persentase", N, "fed_hike", 25, qual="unit", cls="bp"),
     M(K, "Maret 2020", D, "cut", "2020-03"),
     M(K, "25 basis poin", N, "cut2020", 25, cls="bp", occ=2),
     M(K, "1,125 persen", N, "rate_old", 1.125, cls="pct", occ=2),

     M(A, "2011", D, "y2011", "2011"),
     M(A, "25 basis points", N, "hike", 25, cls="bp"),
     M(A, "1.375%", N, "rate_new", 1.375, cls="pct"),
     M(A, "Thursday, March 17", D, "decision", "2022-03-17"),
     M(A, "1.125%", N, "rate_old", 1.125, cls="pct"),
     M(A, "March 2020", D, "cut", "2020-03"),
     M(A, "Wednesday, March 16", D, "fed", "2022-03-16"),
     M(A, "June", D, "next", "2022-06"),

     M(B, "1,375 persen", N, "rate_new", 1.375, cls="pct"),
     M(B, "25 basis poin", N, "hike", 25, cls="bp"),
     M(B, "1,125 persen", N, "rate_old", 1.125, cls="pct"),
     M(B, "Kamis (17/3/2022)", D, "decision", "2022-03-17"),
     M(B, "2011", D, "y2011", "2011"),
     M(B, "Rabu (16/3/2022)", D, "fed", "2022-03-16"),
     M(B, "1,125 persen", N, "rate_old", 1.125, cls="pct", occ=2),
     M(B, "Maret 2020", D, "cut", "2020-03"),
     M(B, "Juni", D, "next", "2022-06"),
    ]
    build("taiwan-cbc-2022", "Taiwan's central bank raises its discount rate (control), Thursday 17 March 2022: 25 basis "
          "points to 1.375% from 1.125%, the first increase since 2011 and the first change since the cut of March 2020; "
          "a day after the US Federal Reserve's quarter-point increase of Wednesday 16 March. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    penghu()
    keelung()
    cbc()
