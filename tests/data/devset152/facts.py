"""The hundred-and-fifty-second development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset152/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def orebro():
    R, K, T, J = "reuters-feb04", "kompas-feb05", "tempo-feb06", "jakpost-apr05"
    # as-of times: the police's "about 10" of Tuesday evening, the full count of Wednesday morning, then the days of
    # the later reports. The injured in hospital: "at least five" on Tuesday, six (five with gunshot wounds) from
    # Wednesday's health-authority statement; a count that may fall as people are discharged (fall=True).
    # The police's "at least five" wounded and the regional health authority's six in hospital are two sources of one
    # count (sources); the later report credits neither.
    FEB04, FEB05, FEB06, APR04 = "2025-02-04", "2025-02-05", "2025-02-06", "2025-04-04"
    POL, HEALTH = "the police", "the regional health authority"
    names = {
     "dead": "people killed (the gunman included)", "injured": "injured people taken to hospital",
     "gunshot": "injured in hospital with gunshot wounds", "age": "the gunman's age (years)",
     "weapons": "firearms the gunman was licensed to own", "km": "distance from Stockholm (km)",
     "ident_hours": "hours hoped for identifying the victims", "victims": "people the gunman killed (himself not counted)",
     "interviews": "interviews conducted by the police", "hours_before": "hours the gunman was seen before the shooting",
     # dates
     "shooting": "day of the shooting", "toll11_day": "day the toll of 11 was given",
     "toll10_day": "day the toll of about 10 was given", "visit": "day of the royal visit",
     "health_day": "day the health authority gave the injured", "leaders": "day the PM invited the party leaders",
     "interviews_day": "day of the police's statement on the investigation",
     "warning": "month the police warned the motive might stay unknown",
    }
    ms = [
     M(R, "About 10 people", N, "dead", 10, FEB04, qual="approx"),
     M(R, "Tuesday", D, "shooting", "2025-02-04"),
     M(R, "At least five people", N, "injured", 5, FEB04, qual="atleast", fall=True, src=POL),
     M(R, "about 200 km", N, "km", 200, qual="approx", cls="km"),

     M(K, "11 orang", N, "dead", 11, FEB05),
     M(K, "Rabu (5/2/2025)", D, "toll11_day", "2025-02-05"),
     M(K, "sekitar 10 orang", N, "dead", 10, FEB04, qual="approx"),
     M(K, "Selasa malam", D, "toll10_day", "2025-02-04"),
     M(K, "Selasa (4/2/2025)", D, "shooting", "2025-02-04"),
     M(K, "Enam orang", N, "injured", 6, FEB05, fall=True, src=HEALTH),
     M(K, "lima di antaranya", N, "gunshot", 5, FEB05, fall=True, src=HEALTH),
     M(K, "35 tahun", N, "age", 35, cls="age"),
     M(K, "4 Februari", D, "shooting", "2025-02-04"),
     M(K, "Rabu sore", D, "visit", "2025-02-05"),
     M(K, "sekitar 200 kilometer", N, "km", 200, qual="approx", cls="km"),

     M(T, "11 orang", N, "dead", 11, FEB06),
     M(T, "Senin (3/2/2025)", D, "shooting", "2025-02-03", planted=True),
     M(T, "Rabu (5/2/2025)", D, "health_day", "2025-02-05"),
     M(T, "enam korban luka", N, "injured", 6, FEB05, fall=True, src=HEALTH),
     M(T, "lima di antaranya", N, "gunshot", 5, FEB05, fall=True, src=HEALTH),
     M(T, "48 jam", N, "ident_hours", 48, cls="dur"),
     M(T, "empat pucuk senjata api", N, "weapons", 4),
     M(T, "35 tahun", N, "age", 35, cls="age"),
     M(T, "Rabu", D, "leaders", "2025-02-05", occ=2),

     M(J, "Friday", D, "interviews_day", "2025-04-04"),
     M(J, "nearly 1,000 interviews", N, "interviews", 1000, qual="nearly"),
     M(J, "53-year-old", N, "age", 53, cls="age", planted=True),
     M(J, "10 people", N, "victims", 10),
     M(J, "February 4", D, "shooting", "2025-02-04"),
     M(J, "11", N, "dead", 11, APR04),
     M(J, "Six people", N, "injured", 6, APR04, fall=True),
     M(J, "five of them", N, "gunshot", 5, APR04, fall=True),
     M(J, "two hours", N, "hours_before", 2, qual="approx", cls="dur"),
     M(J, "four firearms", N, "weapons", 4),
     M(J, "late February", D, "warning", "2025-02"),
    ]
    build("orebro-shooting-2025", "The shooting at the Campus Risbergska adult education centre in Örebro, Sweden "
          "(Tuesday 4 February 2025, just after 12.30 local time): the police's 'about 10' dead on Tuesday evening, "
          "11 dead including the gunman on Wednesday morning; at least five wounded on Tuesday, six in hospital (five "
          "with gunshot wounds) by Wednesday's health-authority statement; the gunman, 35, licensed to own four "
          "firearms; the royal visit on Wednesday 5 February; two months on (Friday 4 April 2025), nearly 1,000 interviews, "
          "10 people killed by the gunman before he shot himself", False, ms, names)


def lofven():
    E, R, K, T, A = "reuters-sep10", "reuters-sep25", "kompas-nov15", "tempo-jan19", "antara-jan21"
    # seats: the preliminary count of election night ("2018-09-09") against the final count ("2018-09-16"): the
    # Social Democrats' 101 seats fell to 100 (a revision); the blocs' seats did not change. Votes are not tallies.
    NIGHT, FINAL = "2018-09-09", "2018-09-16"
    names = {
     "sd_seats": "seats of the Social Democrats", "m_seats": "seats of the Moderates", "nat_prev": "the nationalists' seats in 2014",
     "nat_pct": "the nationalists' share of the vote", "sd_pct": "the Social Democrats' share of the vote",
     "m_pct": "the Moderates' share of the vote", "turnout": "turnout", "turnout_prev": "turnout at the previous election",
     "results_day": "day the preliminary results were given", "prev_election": "year of the previous election",
     "nc_against": "votes against Löfven in the no-confidence vote (25 September)",
     "nc_for": "votes for Löfven in the no-confidence vote (25 September)",
     "k_against": "votes against Kristersson (14 November)", "k_for": "votes for Kristersson (14 November)",
     "l_for": "votes for Löfven (18 January)", "l_against": "votes against Löfven (18 January)",
     "l_abstain": "abstentions on Löfven (18 January)", "seats": "seats in parliament",
     "left": "seats of the centre-left bloc", "right": "seats of the centre-right bloc",
     "nat": "seats of the nationalist party", "majority": "votes against that reject a candidate",
     "max_votes": "candidates parliament may reject before a new election", "points": "points of the January deal",
     "deadlock_days": "days of deadlock since the election", "nominated_days": "days between nomination and vote",
     "cabinet_days": "days between the vote and the cabinet's announcement",
     # dates
     "nc_day": "day of the no-confidence vote", "election": "election day", "speaker": "day the speaker was elected",
     "k_day": "day of the vote on Kristersson", "l_day": "day of the vote approving Löfven",
     "nomination": "day the speaker nominated Löfven", "dec_vote": "day of Löfven's failed vote in December",
     "cabinet": "day the cabinet was announced", "first_term": "year Löfven first became prime minister",
    }
    ms = [
     M(E, "Sunday", D, "election", "2018-09-09"),
     M(E, "Monday", D, "results_day", "2018-09-10"),
     M(E, "144", N, "left", 144, NIGHT),
     M(E, "349", N, "seats", 349),
     M(E, "143", N, "right", 143, NIGHT),
     M(E, "17.6%", N, "nat_pct", 17.6, NIGHT, cls="pct"),
     M(E, "62 seats", N, "nat", 62, NIGHT),
     M(E, "49", N, "nat_prev", 49),
     M(E, "2014", D, "prev_election", "2014"),
     M(E, "28.4%", N, "sd_pct", 28.4, NIGHT, cls="pct"),
     M(E, "101 seats", N, "sd_seats", 101, NIGHT),
     M(E, "19.8%", N, "m_pct", 19.8, NIGHT, cls="pct"),
     M(E, "70 seats", N, "m_seats", 70, NIGHT),
     M(E, "84.4%", N, "turnout", 84.4, NIGHT, cls="pct"),
     M(E, "85.8%", N, "turnout_prev", 85.8, cls="pct"),

     M(R, "Tuesday", D, "nc_day", "2018-09-25"),
     M(R, "204", N, "nc_against", 204),
     M(R, "142", N, "nc_for", 142),
     M(R, "Sept. 9", D, "election", "2018-09-09"),
     M(R, "349-seat", N, "seats", 349),
     M(R, "144 seats", N, "left", 144, FINAL),
     M(R, "143", N, "right", 143, FINAL),
     M(R, "62", N, "nat", 62, FINAL),
     M(R, "100 seats", N, "sd_seats", 100, FINAL),
     M(R, "Monday", D, "speaker", "2018-09-24"),
     M(R, "175 members", N, "majority", 175),
     M(R, "four candidates", N, "max_votes", 4),

     M(K, "Rabu (14/11/2018)", D, "k_day", "2018-11-14"),
     M(K, "195 anggota", N, "k_against", 195),
     M(K, "154 anggota", N, "k_for", 154),
     M(K, "Minggu (9/9/2018)", D, "election", "2018-09-09"),
     M(K, "349 orang", N, "seats", 349),
     M(K, "144 kursi", N, "left", 144, FINAL),
     M(K, "143 kursi", N, "right", 143, FINAL),
     M(K, "25 September 2018", D, "nc_day", "2018-09-25"),
     M(K, "204 suara", N, "nc_against", 204),
     M(K, "142", N, "nc_for", 142),
     M(K, "empat calon", N, "max_votes", 4),

     M(T, "Jumat (18/1/2019)", D, "l_day", "2019-01-18"),
     M(T, "131 hari", N, "deadlock_days", 131, cls="dur"),
     M(T, "115 anggota", N, "l_for", 115),
     M(T, "153", N, "l_against", 153),
     M(T, "77 lainnya", N, "l_abstain", 77),
     M(T, "175", N, "majority", 175),
     M(T, "349 anggota", N, "seats", 349),
     M(T, "dua hari", N, "nominated_days", 2, cls="dur"),
     M(T, "Rabu (16/1/2019)", D, "nomination", "2019-01-16"),
     M(T, "Minggu (9/9/2018)", D, "election", "2018-09-09"),
     M(T, "14 November 2018", D, "k_day", "2018-11-14"),
     M(T, "14 Desember 2018", D, "dec_vote", "2018-12-14"),
     M(T, "Senin (21/1/2019)", D, "cabinet", "2019-01-21"),

     M(A, "Senin (21/1/2019)", D, "cabinet", "2019-01-21"),
     M(A, "tiga hari", N, "cabinet_days", 3, cls="dur"),
     M(A, "Jumat (18/1/2019)", D, "l_day", "2019-01-18"),
     M(A, "115 anggota", N, "l_for", 115),
     M(A, "135 anggota", N, "l_against", 135, planted=True),
     M(A, "77 anggota", N, "l_abstain", 77),
     M(A, "73 butir", N, "points", 73),
     M(A, "9 September 2018", D, "election", "2018-09-09"),
     M(A, "25 September 2018", D, "nc_day", "2018-09-25"),
     M(A, "14 November 2018", D, "k_day", "2018-11-14"),
     M(A, "144", N, "left", 144, FINAL),
     M(A, "349 kursi", N, "seats", 349),
     M(A, "2014", D, "first_term", "2014"),
    ]
    build("lofven-vote-2019", "Sweden's government formation after the election of Sunday 9 September 2018 (the "
          "preliminary count of election night: 144 seats to 143, the nationalists 62, the Social Democrats 101, "
          "lowered to 100 in the final count): Prime "
          "Minister Stefan Löfven ousted in a no-confidence vote on Tuesday 25 September 2018 (204 to 142), the "
          "Moderate leader Ulf Kristersson rejected on Wednesday 14 November (195 against, 154 for), Löfven's failed "
          "vote of 14 December, his nomination on Wednesday 16 January 2019 and his approval on Friday 18 January "
          "2019 (115 for, 153 against, 77 abstaining; fewer than 175 of 349 against), the cabinet announced on "
          "Monday 21 January 2019", False, ms, names)


def riksbank():
    R, B, K, A = "reuters-sep20", "bisnis-sep21", "kontan-sep23", "antara-sep22"
    # rates and inflation are percentages ("pct"); the sizes of increases are percentage points ("pp": 100 basis
    # points = 1 point, stated in the other unit: qual "unit")
    names = {
     "hike": "size of the increase (points)", "rate": "the new policy rate", "prev": "the policy rate before",
     "expected": "the increase analysts expected (points)", "cpif": "CPIF inflation in August",
     "target": "the inflation target", "f23": "the rate forecast for 2023 (average)",
     "f24": "the rate forecast for 2024 (average)", "prevf": "the June forecast for 2023",
     "june_hike": "size of the June increase (points)", "months": "months over which the rate is to rise",
     "fed_days": "days before the US central bank's decision",
     # dates
     "decision": "day of the decision", "effective": "day the new rate took effect", "since": "year of higher inflation",
     "aug": "August 2022", "june": "month of the June forecast", "june_hike_m": "month of the June increase",
     "y23": "the year 2023", "y24": "the year 2024",
    }
    ms = [
     M(R, "full percentage point", N, "hike", 1, cls="pp"),
     M(R, "1.75%", N, "rate", 1.75, cls="pct"),
     M(R, "Tuesday", D, "decision", "2022-09-20"),
     M(R, "1991", D, "since", "1991"),
     M(R, "0.75 percentage point", N, "expected", 0.75, cls="pp"),
     M(R, "0.75%", N, "prev", 0.75, cls="pct"),
     M(R, "Wednesday, Sept. 21", D, "effective", "2022-09-21"),
     M(R, "9.0%", N, "cpif", 9.0, cls="pct"),
     M(R, "August", D, "aug", "2022-08"),
     M(R, "2%", N, "target", 2, cls="pct"),
     M(R, "six months", N, "months", 6, cls="dur"),
     M(R, "2.5%", N, "f23", 2.5, cls="pct"),
     M(R, "2023", D, "y23", "2023"),
     M(R, "1.9%", N, "prevf", 1.9, cls="pct"),
     M(R, "June", D, "june", "2022-06"),
     M(R, "half a percentage point", N, "june_hike", 0.5, cls="pp"),
     M(R, "June", D, "june_hike_m", "2022-06", occ=2),

     M(B, "Selasa (20/9/2022)", D, "decision", "2022-09-20"),
     M(B, "100 basis poin", N, "hike", 1, qual="unit", cls="pp"),
     M(B, "0,75%", N, "prev", 0.75, cls="pct"),
     M(B, "1,75%", N, "rate", 1.75, cls="pct"),
     M(B, "75 basis poin", N, "expected", 0.75, qual="unit", cls="pp"),
     M(B, "Rabu (21/9/2022)", D, "effective", "2022-09-21"),
     M(B, "Agustus 2022", D, "aug", "2022-08"),
     M(B, "9,0%", N, "cpif", 9.0, cls="pct"),
     M(B, "1991", D, "since", "1991"),
     M(B, "2%", N, "target", 2, cls="pct"),
     M(B, "enam bulan", N, "months", 6, cls="dur"),
     M(B, "2,5%", N, "f23", 2.5, cls="pct"),
     M(B, "2023", D, "y23", "2023"),
     M(B, "1,9%", N, "prevf", 1.9, cls="pct"),
     M(B, "Juni", D, "june", "2022-06"),
     M(B, "Juni 2022", D, "june_hike_m", "2022-06"),
     M(B, "50 basis poin", N, "june_hike", 0.5, qual="unit", cls="pp"),

     M(K, "1 poin persentase", N, "hike", 1, cls="pp"),
     M(K, "1,75 persen", N, "rate", 1.75, cls="pct"),
     M(K, "Selasa (20/9/2022)", D, "decision", "2022-09-20"),
     M(K, "0,75 persen", N, "prev", 0.75, cls="pct"),
     M(K, "0,5 poin persentase", N, "june_hike", 0.5, cls="pp"),
     M(K, "Juni", D, "june_hike_m", "2022-06"),
     M(K, "0,75 poin persentase", N, "expected", 0.75, cls="pp"),
     M(K, "9,0 persen", N, "cpif", 9.0, cls="pct"),
     M(K, "Agustus", D, "aug", "2022-08"),
     M(K, "2 persen", N, "target", 2, cls="pct"),
     M(K, "2,5 persen", N, "f23", 2.5, cls="pct"),
     M(K, "2023", D, "y23", "2023"),
     M(K, "2,5 persen", N, "f24", 2.5, cls="pct", occ=2),
     M(K, "2024", D, "y24", "2024"),
     M(K, "Rabu (21/9/2022)", D, "effective", "2022-09-21"),
     M(K, "sehari", N, "fed_days", 1, cls="dur"),

     M(A, "satu poin persentase", N, "hike", 1, cls="pp"),
     M(A, "1,75 persen", N, "rate", 1.75, cls="pct"),
     M(A, "0,75 persen", N, "prev", 0.75, cls="pct"),
     M(A, "Selasa (20/9/2022)", D, "decision", "2022-09-20"),
     M(A, "Rabu (21/9/2022)", D, "effective", "2022-09-21"),
     M(A, "9,0 persen", N, "cpif", 9.0, cls="pct"),
     M(A, "Agustus 2022", D, "aug", "2022-08"),
     M(A, "1991", D, "since", "1991"),
     M(A, "2 persen", N, "target", 2, cls="pct"),
     M(A, "enam bulan", N, "months", 6, cls="dur"),
     M(A, "2,5 persen", N, "f23", 2.5, cls="pct"),
     M(A, "2023", D, "y23", "2023"),
     M(A, "1,9 persen", N, "prevf", 1.9, cls="pct"),
     M(A, "Juni", D, "june", "2022-06"),
     M(A, "satu poin persentase", N, "hike", 1, cls="pp", occ=2),
     M(A, "0,75 poin persentase", N, "expected", 0.75, cls="pp"),
     M(A, "Juni 2022", D, "june_hike_m", "2022-06"),
     M(A, "0,5 poin persentase", N, "june_hike", 0.5, cls="pp"),
    ]
    build("riksbank-hike-2022", "Sweden's Riksbank's rate decision (control) of Tuesday 20 September 2022: the policy "
          "rate raised by one percentage point (100 basis points) from 0.75% to 1.75%, effective Wednesday 21 "
          "September, against the 0.75 point analysts expected; CPIF inflation 9.0% in August, the highest since 1991, "
          "against the 2% target; the rate forecast to rise over the next six months, averaging 2.5% in 2023 (1.9% in "
          "June's forecast) and 2.5% in 2024; the June increase of half a point. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    orebro()
    lofven()
    riksbank()
