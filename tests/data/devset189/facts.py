"""The hundred-and-eighty-ninth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset189/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def ajka():
    K, R, T, A = "kompas-oct05", "reuters-oct07", "tempo-oct10", "antara-oct26"
    # as-of times of the running tallies: Tuesday 5 October 2010 midday (4 dead, 6 missing, 120 injured, the first
    # estimate of about 1 million cubic metres), Thursday 7 October (7 dead, more than 150 injured, the water
    # authority's 600,000-700,000 cubic metres: a downward revision of the volume), Saturday 9 October (7 dead,
    # repeated), Tuesday 26 October (at least 7 dead, recalled three weeks on). The missing fall as bodies are found (fall=True).
    TUE, THU, SAT, OCT26 = "2010-10-05", "2010-10-07", "2010-10-09", "2010-10-26"
    names = {
     "dead": "people killed", "missing": "people missing", "injured": "people injured",
     "found": "bodies of the missing recovered", "counties": "counties under a state of emergency",
     "evacuees": "residents of Kolontar evacuated", "volume": "sludge released (cubic metres)",
     "area": "area covered (square km)",
     # dates
     "spill": "day the reservoir burst", "asof_tue": "day of Tuesday's count", "emergency": "day the state of emergency was declared",
     "danube": "day the sludge reached the Danube", "asof_sat": "day of Saturday's count",
     "evac": "day Kolontar was evacuated", "law": "day parliament passed the takeover law",
    }
    ms = [
     M(K, "Senin (4/10/2010)", D, "spill", "2010-10-04"),
     M(K, "Selasa (5/10/2010)", D, "asof_tue", "2010-10-05"),
     M(K, "empat orang", N, "dead", 4, TUE),
     M(K, "enam orang", N, "missing", 6, TUE, fall=True),
     M(K, "120 orang", N, "injured", 120, TUE),
     M(K, "sekitar 1 juta meter kubik", N, "volume", 1000000, TUE, qual="approx", cls="m3"),
     M(K, "sekitar 40 kilometer persegi", N, "area", 40, qual="approx", cls="km2"),
     M(K, "tiga provinsi", N, "counties", 3),
     M(K, "Selasa", D, "emergency", "2010-10-05", occ=2),

     M(R, "Thursday", D, "danube", "2010-10-07"),
     M(R, "Monday", D, "spill", "2010-10-04"),
     M(R, "seven", N, "dead", 7, THU),
     M(R, "three people", N, "found", 3, THU),
     M(R, "more than 150 people", N, "injured", 150, THU, qual="morethan"),
     M(R, "between 600,000 and 700,000 cubic metres", N, "volume", 650000, THU, qual="approx", cls="m3"),
     M(R, "about 1 million cubic metres", N, "volume", 1000000, TUE, qual="approx", cls="m3"),
     M(R, "Monday", D, "spill", "2010-10-04", occ=2),
     M(R, "about 40 square km", N, "area", 40, qual="approx", cls="km2"),
     M(R, "three counties", N, "counties", 3),
     M(R, "Tuesday", D, "emergency", "2010-10-05"),

     M(T, "sekitar 800 orang", N, "evacuees", 800, SAT, qual="approx"),
     M(T, "Sabtu (9/10/2010)", D, "evac", "2010-10-09"),
     M(T, "Sabtu", D, "asof_sat", "2010-10-09", occ=2),
     M(T, "tujuh orang", N, "dead", 7, SAT),
     M(T, "lebih dari 150 orang", N, "injured", 150, SAT, qual="morethan"),
     M(T, "Senin (4/10/2010)", D, "spill", "2010-10-04"),
     M(T, "600.000 hingga 700.000 meter kubik", N, "volume", 650000, SAT, qual="approx", cls="m3"),
     M(T, "Kamis (7/10/2010)", D, "danube", "2010-10-07"),
     M(T, "tiga provinsi", N, "counties", 3),
     M(T, "Selasa (5/10/2010)", D, "emergency", "2010-10-05"),

     M(A, "Senin (11/10/2010)", D, "law", "2010-10-11"),
     M(A, "Minggu (3/10/2010)", D, "spill", "2010-10-03", planted=True),
     M(A, "Sedikitnya tujuh orang", N, "dead", 7, OCT26, qual="atleast"),
     M(A, "lebih dari 150 orang", N, "injured", 150, OCT26, qual="morethan"),
     M(A, "Sekitar 800 warga", N, "evacuees", 800, SAT, qual="approx"),
     M(A, "Sabtu (9/10/2010)", D, "evac", "2010-10-09"),
     M(A, "sekitar 40 kilometer persegi", N, "area", 40, qual="approx", cls="km2"),
    ]
    build("ajka-red-mud-2010", "The red sludge spill at the MAL alumina plant near Ajka, Hungary (Monday 4 October "
          "2010): Kolontar, Devecser and Somlovasarhely flooded; 4 dead, 6 missing and 120 injured by Tuesday 5 "
          "October, 7 dead and more than 150 injured by Thursday 7 October; the volume first put at about 1 million "
          "cubic metres, revised down to 600,000-700,000; a state of emergency in three counties on Tuesday; the "
          "Danube reached on Thursday; Kolontar's some 800 residents evacuated on Saturday 9 October; the takeover "
          "law and the director's arrest on Monday 11 October", False, ms, names)


def romania():
    R, K, T, P = "reuters-nov14", "kompas-nov25", "detik-nov26", "tempo-dec22"
    # Two rounds on different days (Sunday 10 and Sunday 24 November 2019), the swearing-in on Saturday 21 December.
    # The first round's results are final (they do not change with the day of the report); the exit polls are other
    # sources of the incumbent's share. The runoff: the electoral bureau's partial count to Monday 25 November 10.30
    # (99.67% of stations) and the final result; a share may fall as the count goes on (fall=True).
    MON, FINAL = "2019-11-25a", "2019-11-25b"
    BEC, IRES, CURS = "the electoral bureau", "IRES", "CURS-Avangarde"
    names = {
     "ioh1": "Iohannis's first-round share", "dan1": "Dancila's first-round share", "barna1": "Barna's first-round share",
     "ioh2": "Iohannis's runoff share", "dan2": "Dancila's runoff share", "stations": "polling stations counted (share)",
     "ioh2_votes": "Iohannis's runoff votes", "dan2_votes": "Dancila's runoff votes", "turnout2": "runoff turnout",
     "margin": "the runoff's margin in votes", "noconf_votes": "lawmakers backing the no-confidence motion",
     "term": "length of the presidential term",
     # dates
     "round1": "day of the first round", "runoff": "day of the runoff", "noconf": "day Dancila's government fell",
     "first_elected": "year Iohannis was first elected", "asof_partial": "day of the partial count",
     "sworn": "day of the swearing-in", "term_end": "year the second term ends",
    }
    ms = [
     M(R, "37.82%", N, "ioh1", 37.82, src=BEC, cls="pct"),
     M(R, "Sunday", D, "round1", "2019-11-10"),
     M(R, "Nov. 24", D, "runoff", "2019-11-24"),
     M(R, "22.26%", N, "dan1", 22.26, cls="pct"),
     M(R, "15.02%", N, "barna1", 15.02, cls="pct"),
     M(R, "38.7%", N, "ioh1", 38.7, src=IRES, cls="pct"),
     M(R, "39%", N, "ioh1", 39, src=CURS, cls="pct"),
     M(R, "Oct. 10", D, "noconf", "2019-10-10"),
     M(R, "238 lawmakers", N, "noconf_votes", 238),
     M(R, "2014", D, "first_elected", "2014"),

     M(K, "Minggu (24/11/2019)", D, "runoff", "2019-11-24"),
     M(K, "lima tahun", N, "term", 5, cls="dur"),
     M(K, "Senin (25/11/2019)", D, "asof_partial", "2019-11-25"),
     M(K, "65,88 persen", N, "ioh2", 65.88, MON, cls="pct", fall=True),
     M(K, "34,12 persen", N, "dan2", 34.12, MON, cls="pct", fall=True),
     M(K, "99,67 persen", N, "stations", 99.67, MON, cls="pct"),
     M(K, "6.437.151 suara", N, "ioh2_votes", 6437151, MON),
     M(K, "3.334.466 suara", N, "dan2_votes", 3334466, MON),
     M(K, "54,46 persen", N, "turnout2", 54.46, MON, cls="pct"),
     M(K, "Minggu (10/11/2019)", D, "round1", "2019-11-10"),
     M(K, "37,82 persen", N, "ioh1", 37.82, src=BEC, cls="pct"),
     M(K, "22,26 persen", N, "dan1", 22.26, cls="pct"),
     M(K, "Oktober", D, "noconf", "2019-10"),
     M(K, "2014", D, "first_elected", "2014"),

     M(T, "Minggu (24/11/2019)", D, "runoff", "2019-11-24"),
     M(T, "66,90 persen", N, "ioh2", 66.90, FINAL, cls="pct", fall=True, planted=True),
     M(T, "33,91 persen", N, "dan2", 33.91, FINAL, cls="pct", fall=True),
     M(T, "lebih dari 3 juta suara", N, "margin", 3000000, FINAL, qual="morethan"),
     M(T, "lima tahun", N, "term", 5, cls="dur"),
     M(T, "10 November 2019", D, "round1", "2019-11-10"),
     M(T, "37,82 persen", N, "ioh1", 37.82, src=BEC, cls="pct"),
     M(T, "22,26 persen", N, "dan1", 22.26, cls="pct"),
     M(T, "15,02 persen", N, "barna1", 15.02, cls="pct"),
     M(T, "Desember", D, "sworn", "2019-12"),

     M(P, "Sabtu (21/12/2019)", D, "sworn", "2019-12-21"),
     M(P, "24 November 2019", D, "runoff", "2019-11-24"),
     M(P, "66,09 persen", N, "ioh2", 66.09, FINAL, cls="pct", fall=True),
     M(P, "33,91 persen", N, "dan2", 33.91, FINAL, cls="pct", fall=True),
     M(P, "Senin (11/11/2019)", D, "round1", "2019-11-11", planted=True),
     M(P, "37,82 persen", N, "ioh1", 37.82, src=BEC, cls="pct"),
     M(P, "lima tahun", N, "term", 5, cls="dur"),
     M(P, "2024", D, "term_end", "2024"),
     M(P, "2014", D, "first_elected", "2014"),
     M(P, "10 Oktober 2019", D, "noconf", "2019-10-10"),
     M(P, "238 anggota parlemen", N, "noconf_votes", 238),
    ]
    build("romania-runoff-2019", "Romania's presidential election of 2019: the first round on Sunday 10 November "
          "(final: Klaus Iohannis 37.82%, Viorica Dancila 22.26%, Dan Barna 15.02%; exit polls 38.7% and 39% for "
          "Iohannis), the runoff on Sunday 24 November (partial count to Monday 25 November 10.30 with 99.67% of "
          "stations: 65.88% to 34.12%, 6,437,151 to 3,334,466 votes, turnout 54.46%; final 66.09% to 33.91%), the "
          "swearing-in on Saturday 21 December 2019; Dancila's government fell on 10 October 2019 (238 votes)",
          False, ms, names)


def nbp():
    R, B, K, A = "reuters-sep06", "bisnis-sep07", "kontan-sep09", "antara-sep08"
    names = {
     "cut": "size of the cut", "rate": "the new reference rate", "prev": "the reference rate before",
     "expected": "the cut economists expected", "lombard": "the new lombard rate", "prev_lombard": "the lombard rate before",
     "deposit": "the new deposit rate", "prev_deposit": "the deposit rate before", "cpi_aug": "inflation in August 2023",
     "cpi_jul": "inflation in July 2023", "since_cut": "time since the previous cut",
     # dates
     "decision": "day of the decision", "since": "month the rate reached 6.75%", "aug": "August 2023",
     "jul": "July 2023", "presser": "day of the governor's news conference", "election": "day of the election",
     "lastcut": "month of the previous cut",
    }
    ms = [
     M(R, "75 basis points", N, "cut", 75, cls="bp"),
     M(R, "6.00%", N, "rate", 6, cls="pct"),
     M(R, "Wednesday", D, "decision", "2023-09-06"),
     M(R, "25 basis points", N, "expected", 25, cls="bp"),
     M(R, "6.75%", N, "prev", 6.75, cls="pct"),
     M(R, "September 2022", D, "since", "2022-09"),
     M(R, "6.50%", N, "lombard", 6.5, cls="pct"),
     M(R, "7.25%", N, "prev_lombard", 7.25, cls="pct"),
     M(R, "5.50%", N, "deposit", 5.5, cls="pct"),
     M(R, "6.25%", N, "prev_deposit", 6.25, cls="pct"),
     M(R, "10.1%", N, "cpi_aug", 10.1, cls="pct"),
     M(R, "August", D, "aug", "2023-08"),
     M(R, "10.8%", N, "cpi_jul", 10.8, cls="pct"),
     M(R, "July", D, "jul", "2023-07"),
     M(R, "Thursday", D, "presser", "2023-09-07"),
     M(R, "Oct. 15", D, "election", "2023-10-15"),
     M(R, "more than three years", N, "since_cut", 3, qual="morethan", cls="dur"),

     M(B, "75 basis poin", N, "cut", 75, cls="bp"),
     M(B, "6,00%", N, "rate", 6, cls="pct"),
     M(B, "Rabu (6/9/2023)", D, "decision", "2023-09-06"),
     M(B, "25 basis poin", N, "expected", 25, cls="bp"),
     M(B, "6,75%", N, "prev", 6.75, cls="pct"),
     M(B, "September 2022", D, "since", "2022-09"),
     M(B, "6,50%", N, "lombard", 6.5, cls="pct"),
     M(B, "7,25%", N, "prev_lombard", 7.25, cls="pct"),
     M(B, "5,50%", N, "deposit", 5.5, cls="pct"),
     M(B, "6,25%", N, "prev_deposit", 6.25, cls="pct"),
     M(B, "10,1%", N, "cpi_aug", 10.1, cls="pct"),
     M(B, "Agustus 2023", D, "aug", "2023-08"),
     M(B, "10,8%", N, "cpi_jul", 10.8, cls="pct"),
     M(B, "Juli", D, "jul", "2023-07"),
     M(B, "lebih dari tiga tahun", N, "since_cut", 3, qual="morethan", cls="dur"),
     M(B, "15 Oktober 2023", D, "election", "2023-10-15"),
     M(B, "Kamis (7/9/2023)", D, "presser", "2023-09-07"),

     M(K, "6,75 persen", N, "prev", 6.75, cls="pct"),
     M(K, "6 persen", N, "rate", 6, cls="pct"),
     M(K, "Rabu, 6 September 2023", D, "decision", "2023-09-06"),
     M(K, "75 basis poin", N, "cut", 75, cls="bp"),
     M(K, "25 basis poin", N, "expected", 25, cls="bp"),
     M(K, "6,50 persen", N, "lombard", 6.5, cls="pct"),
     M(K, "5,50 persen", N, "deposit", 5.5, cls="pct"),
     M(K, "Agustus 2023", D, "aug", "2023-08"),
     M(K, "10,1 persen", N, "cpi_aug", 10.1, cls="pct"),
     M(K, "6,75 persen", N, "prev", 6.75, cls="pct", occ=2),
     M(K, "September 2022", D, "since", "2022-09"),
     M(K, "15 Oktober 2023", D, "election", "2023-10-15"),
     M(K, "Kamis (7/9/2023)", D, "presser", "2023-09-07"),

     M(A, "Rabu (6/9/2023)", D, "decision", "2023-09-06"),
     M(A, "75 basis poin", N, "cut", 75, cls="bp"),
     M(A, "6 persen", N, "rate", 6, cls="pct"),
     M(A, "6,75 persen", N, "prev", 6.75, cls="pct"),
     M(A, "Kamis (7/9/2023)", D, "presser", "2023-09-07"),
     M(A, "6,50 persen", N, "lombard", 6.5, cls="pct"),
     M(A, "5,50 persen", N, "deposit", 5.5, cls="pct"),
     M(A, "Agustus 2023", D, "aug", "2023-08"),
     M(A, "10,1 persen", N, "cpi_aug", 10.1, cls="pct"),
     M(A, "10,8 persen", N, "cpi_jul", 10.8, cls="pct"),
     M(A, "Juli", D, "jul", "2023-07"),
     M(A, "25 basis poin", N, "expected", 25, cls="bp"),
     M(A, "15 Oktober 2023", D, "election", "2023-10-15"),
     M(A, "Mei 2020", D, "lastcut", "2020-05"),
    ]
    build("nbp-september-2023", "Poland's central bank (NBP) rate decision (control) of Wednesday 6 September 2023: "
          "the reference rate cut 75 basis points from 6.75% (since September 2022) to 6.00%, against the 25 basis "
          "points economists expected; the lombard rate to 6.50% from 7.25%, the deposit rate to 5.50% from 6.25%; "
          "August inflation 10.1% (July 10.8%); the governor's news conference on Thursday 7 September; the election "
          "of 15 October 2023; the first cut since May 2020. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    ajka()
    romania()
    nbp()
