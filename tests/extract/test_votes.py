"""What is counted in a vote: the categories of one tally (for, against, abstained, absent) and the body that
votes are parts of a figure's fact. Two short invented reports, compared end to end as the pipeline compares
them: a figure of one category is never another's, two chambers' tallies are two facts, and one tally told two
ways still agrees (or, with a wrong figure, conflicts)."""

from __future__ import annotations

import pytest

from consistency.extract import extract_quantities

from ..compare.pairs import pair_findings

CONFLICTS = {"number.mismatch", "number.revision"}

# (id, text a, language a, text b, language b): no number conflict may come of the two
DIFFERENT_FACTS = [
    # the noes of one report against the abstentions of another
    ("against-vs-abstained-id-en", "Dalam rapat paripurna itu, empat anggota menolak RUU tersebut.", "id",
     "At the plenary session, two members abstained on the bill.", "en"),
    ("against-vs-abstained-id", "Dalam rapat paripurna itu, 18 anggota abstain.", "id",
     "Dalam rapat paripurna itu, 14 anggota menolak.", "id"),
    # the votes for against the votes against, each written as a tally
    ("for-vs-against-en", "The bill passed 63-36 on Tuesday.", "en",
     "The bill passed on Tuesday with 36 votes against.", "en"),
    ("absent-vs-abstained-en", "Twelve lawmakers were absent from the vote.", "en",
     "Nine lawmakers abstained in the vote.", "en"),
    # two chambers' tallies
    ("senate-vs-house-en-id", "The Senate passed the bill 63-36.", "en",
     "DPR mengesahkan RUU itu dengan 300 suara setuju.", "id"),
]


@pytest.mark.slow
@pytest.mark.parametrize("row", DIFFERENT_FACTS, ids=[r[0] for r in DIFFERENT_FACTS])
def test_figures_of_different_categories_or_bodies_never_conflict(row, default_embedder):
    _, a, la, b, lb = row
    found = pair_findings({"a": a, "a_lang": la, "b": b, "b_lang": lb}, default_embedder)
    assert not [f for f in found if f.code in CONFLICTS], [(f.code, [c.text for c in f.claims]) for f in found]


@pytest.mark.slow
def test_one_tally_told_two_ways_agrees(default_embedder):
    found = pair_findings({"a": "The bill passed 130-4, with 18 abstentions.", "a_lang": "en",
                           "b": "RUU itu disetujui 130 suara, 4 menolak, dan 18 abstain.", "b_lang": "id"},
                          default_embedder)
    assert not [f for f in found if f.code in CONFLICTS]
    agreed = {(f.claims[0].text, f.claims[1].text) for f in found if f.verdict == "agree"}
    assert {a.split()[0] for a, _ in agreed} >= {"130", "4"}, found


@pytest.mark.parametrize("text, language", [("Indonesia beat Vietnam 3-0 on Tuesday.", "en"),
                                            ("Timnas menang 2-1 atas Vietnam.", "id")])
def test_a_score_is_no_tally(text, language):
    assert extract_quantities(text, language=language) == []
