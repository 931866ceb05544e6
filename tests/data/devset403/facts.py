"""The four-hundred-and-third development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset403/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def endarasha():
    R, K, T, S = "reuters-sep06", "kompas-sep07", "tempo-sep09", "standard-oct03"
    # as-of times of the running tallies: Friday 6 September 2024 early morning (18 dead by a local official,
    # corrected to 17 by the police: the downward revision), Friday noon (17 dead by the police), Friday afternoon
    # (70 pupils not yet traced), Saturday 7 September (21 dead by the government), Sunday 8 September (21 by the
    # interior ministry against 19 by the county: sources; 27 not yet traced), Thursday 3 October (21). The dead do
    # not fall; the pupils not yet traced may (children found safe with relatives). The dormitory's 156 boys and
    # the 14 injured do not change.
    FRI_AM, FRI_NOON, FRI_PM, SAT, SUN, OCT3 = ("2024-09-06a", "2024-09-06b", "2024-09-06c", "2024-09-07",
                                                "2024-09-08", "2024-10-03")
    GOV, COUNTY = "Kenya's interior ministry (government)", "the Nyeri county health department"
    names = {
     "dead": "pupils killed by the fire", "missing": "pupils not yet traced", "injured": "pupils hurt in hospital",
     "dorm": "boys asleep in the dormitory", "mourning": "days of national mourning (days)",
     "weeks": "weeks since the fire (weeks)",
     # dates
     "fire": "day of the fire", "count17": "day of the police count of 17", "count18": "day of the early count of 18",
     "visit": "day of the deputy president's visit", "count21": "day of the count of 21",
     "count_sun": "day of the count of 21 against 19", "memorial": "day of the memorial service",
    }
    ms = [
     M(R, "Thursday", D, "fire", "2024-09-05"),
     M(R, "17 pupils", N, "dead", 17, FRI_NOON),
     M(R, "Friday", D, "count17", "2024-09-06"),
     M(R, "14 other children", N, "injured", 14),
     M(R, "more than 150 boys", N, "dorm", 150, qual="morethan"),
     M(R, "70 pupils", N, "missing", 70, FRI_PM, fall=True),

     M(K, "21 orang", N, "dead", 21, SAT, src=GOV),
     M(K, "Sabtu (7/9/2024)", D, "count21", "2024-09-07"),
     M(K, "Jumat (6/9/2024)", D, "count17", "2024-09-06"),
     M(K, "17 murid", N, "dead", 17, FRI_NOON),
     M(K, "Jumat pagi", D, "count18", "2024-09-06"),
     M(K, "18 korban", N, "dead", 18, FRI_AM),
     M(K, "Kamis (5/9/2024)", D, "fire", "2024-09-05"),
     M(K, "156 murid", N, "dorm", 156),
     M(K, "14 murid", N, "injured", 14),
     M(K, "Jumat sore", D, "visit", "2024-09-06"),
     M(K, "70 murid", N, "missing", 70, FRI_PM, fall=True),

     M(T, "Minggu (8/9/2024)", D, "count_sun", "2024-09-08"),
     M(T, "21 murid", N, "dead", 21, SUN, src=GOV),
     M(T, "19 jenazah", N, "dead", 19, SUN, src=COUNTY),
     M(T, "27 orang", N, "missing", 27, SUN, fall=True),
     M(T, "Rabu (4/9/2024)", D, "fire", "2024-09-04", planted=True),
     M(T, "156 murid", N, "dorm", 156),
     M(T, "14 murid", N, "injured", 14),
     M(T, "tiga hari", N, "mourning", 3, cls="dur"),

     M(S, "Four weeks", N, "weeks", 4, cls="dur"),
     M(S, "21 pupils", N, "dead", 21, OCT3),
     M(S, "17", N, "dead", 17, FRI_NOON),
     M(S, "Sept. 5", D, "fire", "2024-09-05"),
     M(S, "165 boys", N, "dorm", 165, planted=True),
     M(S, "14 pupils", N, "injured", 14),
     M(S, "Sept. 26", D, "memorial", "2024-09-26"),
    ]
    build("endarasha-fire-2024", "The night fire in a boys' dormitory of Hillside Endarasha Academy, a primary "
          "boarding school in Nyeri county (Kenya), late on Thursday 5 September 2024, with 156 boys asleep inside: "
          "18 dead by a local official early on Friday 6 September, corrected to 17 by the police by noon (a downward "
          "revision), 14 hurt, 70 pupils not yet traced on Friday afternoon and 27 on Sunday (a count that may fall); "
          "21 dead by the government on Saturday 7 September, 21 by the interior ministry against 19 by the county on "
          "Sunday 8 September (sources); three days of mourning; the memorial service of Thursday 26 September; a "
          "later article four weeks on (21 dead)", False, ms, names)


def somalia_vote():
    R, A, K, P = "reuters-may15", "antara-may16", "kompas-may18", "ap-jun09"
    # one vote of both houses of parliament on Sunday 15 May 2022 (214 to 110 in the third round; 329 members, 328
    # ballots; 36 candidates in the first round); the speaker of the lower house elected on Thursday 28 April 2022;
    # the new government's first steps on Tuesday 17 May; the inauguration on Thursday 9 June 2022. The vote
    # counts, the members and the ballots are different facts of one class.
    names = {
     "winner": "votes for the winner in the final round", "loser": "votes for the incumbent in the final round",
     "members": "members of both houses entitled to vote", "cast": "ballots cast in the final round",
     "candidates": "candidates in the first round", "rounds": "rounds of voting in all",
     "further": "rounds after the first", "term": "length of a presidential term (years)",
     "drought": "the drought's span (decades)", "weeks": "weeks from the vote to the inauguration",
     "hungry": "people needing food aid (million)", "thresh": "share of votes needed in the first rounds",
     # dates
     "vote": "day of the parliamentary vote", "speaker": "day the speaker was elected",
     "term_end": "month the previous term expired", "first_from": "year the first term began",
     "first_to": "year the first term ended", "cabinet": "day the new president began forming a government",
     "inaug": "day of the inauguration",
    }
    ms = [
     M(R, "Sunday", D, "vote", "2022-05-15"),
     M(R, "214 votes", N, "winner", 214, cls="votes"),
     M(R, "110", N, "loser", 110, cls="votes"),
     M(R, "329", N, "members", 329, cls="votes"),
     M(R, "328", N, "cast", 328, cls="votes"),
     M(R, "36 candidates", N, "candidates", 36),
     M(R, "two further rounds", N, "further", 2, cls="rounds"),
     M(R, "four-year term", N, "term", 4, cls="dur"),
     M(R, "February 2021", D, "term_end", "2021-02"),
     M(R, "2012", D, "first_from", "2012"),
     M(R, "2017", D, "first_to", "2017"),

     M(A, "241 suara", N, "winner", 241, cls="votes", planted=True),
     M(A, "Minggu (15/5/2022)", D, "vote", "2022-05-15"),
     M(A, "110 suara", N, "loser", 110, cls="votes"),
     M(A, "329 orang", N, "members", 329, cls="votes"),
     M(A, "36 kandidat", N, "candidates", 36),
     M(A, "Kamis (28/4/2022)", D, "speaker", "2022-04-28"),
     M(A, "empat tahun", N, "term", 4, cls="dur"),
     M(A, "Februari 2021", D, "term_end", "2021-02"),
     M(A, "2012", D, "first_from", "2012"),
     M(A, "2017", D, "first_to", "2017"),

     M(K, "Selasa (17/5/2022)", D, "cabinet", "2022-05-17"),
     M(K, "Minggu (15/5/2022)", D, "vote", "2022-05-15"),
     M(K, "214 suara", N, "winner", 214, cls="votes"),
     M(K, "110 suara", N, "loser", 110, cls="votes"),
     M(K, "329 anggota", N, "members", 329, cls="votes"),
     M(K, "328 orang", N, "cast", 328, cls="votes"),
     M(K, "tiga putaran", N, "rounds", 3, cls="rounds"),
     M(K, "36 kandidat", N, "candidates", 36),
     M(K, "dua pertiga", N, "thresh", 0.667, cls="frac"),
     M(K, "empat dekade", N, "drought", 4, cls="dur"),
     M(K, "Kamis (9/6/2022)", D, "inaug", "2022-06-09"),

     M(P, "Thursday", D, "inaug", "2022-06-09"),
     M(P, "three weeks", N, "weeks", 3, qual="morethan", cls="dur"),
     M(P, "214 votes", N, "winner", 214, cls="votes"),
     M(P, "110", N, "loser", 110, cls="votes"),
     M(P, "May 16", D, "vote", "2022-05-16", planted=True),
     M(P, "7 million people", N, "hungry", 7, cls="mpeople"),
     M(P, "April 28", D, "speaker", "2022-04-28"),
     M(P, "four-year term", N, "term", 4, cls="dur"),
    ]
    build("somalia-vote-2022", "Somalia's indirect presidential election: the lower house's speaker elected on "
          "Thursday 28 April 2022; both houses of parliament (329 members, 328 ballots in the final round) electing "
          "Hassan Sheikh Mohamud on Sunday 15 May 2022 by 214 votes to 110 for the incumbent Mohamed Abdullahi "
          "Mohamed (Farmajo) in the third round, from a field of 36; his previous term from 2012 to 2017, the "
          "incumbent's four-year term expired in February 2021; the inauguration on Thursday 9 June 2022", False,
          ms, names)


def pump_prices():
    R, A, X, N_ = "reuters-sep14", "antara-sep15", "detik-sep16", "nation-sep18"
    names = {
     "petrol": "super petrol price in Nairobi from 15 September (KSh/l)",
     "petrol_old": "super petrol price before (KSh/l)", "petrol_up": "super petrol rise (KSh/l)",
     "diesel": "diesel price from 15 September (KSh/l)", "diesel_up": "diesel rise (KSh/l)",
     "kero": "kerosene price from 15 September (KSh/l)", "kero_up": "kerosene rise (KSh/l)",
     "vat": "value added tax on fuel (%)",
     # dates
     "announce": "day of the announcement", "effective": "day the new prices took effect",
     "until": "last day of the pricing cycle", "vat_from": "month the 16% VAT on fuel took effect",
    }
    ksh = partial(M, cls="ksh")
    ms = [
     M(R, "Thursday", D, "announce", "2023-09-14"),
     M(R, "Friday", D, "effective", "2023-09-15"),
     ksh(R, "211.64 shillings", N, "petrol", 211.64),
     ksh(R, "16.96 shillings", N, "petrol_up", 16.96),
     ksh(R, "194.68 shillings", N, "petrol_old", 194.68),
     ksh(R, "21.32 shillings", N, "diesel_up", 21.32),
     ksh(R, "200.99 shillings", N, "diesel", 200.99),
     ksh(R, "33.13 shillings", N, "kero_up", 33.13),
     ksh(R, "202.61 shillings", N, "kero", 202.61),
     M(R, "Sept. 15", D, "effective", "2023-09-15"),
     M(R, "Oct. 14", D, "until", "2023-10-14"),
     M(R, "16 percent", N, "vat", 16, cls="pct"),
     M(R, "July", D, "vat_from", "2023-07"),

     M(A, "Jumat (15/9/2023)", D, "effective", "2023-09-15"),
     ksh(A, "16,96 shilling", N, "petrol_up", 16.96),
     ksh(A, "211,64 shilling", N, "petrol", 211.64),
     ksh(A, "194,68 shilling", N, "petrol_old", 194.68),
     ksh(A, "21,32 shilling", N, "diesel_up", 21.32),
     ksh(A, "200,99 shilling", N, "diesel", 200.99),
     ksh(A, "33,13 shilling", N, "kero_up", 33.13),
     ksh(A, "202,61 shilling", N, "kero", 202.61),
     M(A, "Kamis (14/9/2023)", D, "announce", "2023-09-14"),
     M(A, "Sabtu (14/10/2023)", D, "until", "2023-10-14"),
     M(A, "16 persen", N, "vat", 16, cls="pct"),
     M(A, "Juli", D, "vat_from", "2023-07"),

     M(X, "Jumat (15/9/2023)", D, "effective", "2023-09-15"),
     ksh(X, "211,64 shilling", N, "petrol", 211.64),
     ksh(X, "200,99 shilling", N, "diesel", 200.99),
     ksh(X, "202,61 shilling", N, "kero", 202.61),
     ksh(X, "16,96 shilling", N, "petrol_up", 16.96),
     ksh(X, "21,32 shilling", N, "diesel_up", 21.32),
     ksh(X, "33,13 shilling", N, "kero_up", 33.13),
     ksh(X, "194,68 shilling", N, "petrol_old", 194.68),
     M(X, "Kamis (14/9/2023)", D, "announce", "2023-09-14"),
     M(X, "14 Oktober 2023", D, "until", "2023-10-14"),
     M(X, "16 persen", N, "vat", 16, cls="pct"),
     M(X, "Juli", D, "vat_from", "2023-07"),

     ksh(N_, "211.64 shillings", N, "petrol", 211.64),
     ksh(N_, "200.99 shillings", N, "diesel", 200.99),
     ksh(N_, "202.61 shillings", N, "kero", 202.61),
     ksh(N_, "16.96 shillings", N, "petrol_up", 16.96),
     ksh(N_, "21.32 shillings", N, "diesel_up", 21.32),
     ksh(N_, "33.13 shillings", N, "kero_up", 33.13),
     M(N_, "Friday, Sept. 15", D, "effective", "2023-09-15"),
     ksh(N_, "194.68 shillings", N, "petrol_old", 194.68),
     M(N_, "Thursday", D, "announce", "2023-09-14"),
     M(N_, "Oct. 14", D, "until", "2023-10-14"),
     M(N_, "16 percent", N, "vat", 16, cls="pct"),
     M(N_, "July", D, "vat_from", "2023-07"),
    ]
    build("kenya-pump-prices-2023", "Kenya's Energy and Petroleum Regulatory Authority's monthly fuel price review "
          "announced on Thursday 14 September 2023, in force from Friday 15 September to Saturday 14 October 2023 "
          "(control): in Nairobi super petrol up 16.96 to 211.64 shillings a litre (from 194.68), diesel up 21.32 to "
          "200.99 and kerosene up 33.13 to 202.61, including the 16% value added tax on fuel in force since July "
          "2023. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    endarasha()
    somalia_vote()
    pump_prices()
