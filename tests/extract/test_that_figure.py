"""A figure in a sentence that opens with "that figure" ("Angka itu", "Angka di Demak itu", "The figure for Demak")
counts what the sentence before counted. Each row: two sentences, the mention of the second, its predicate."""

from __future__ import annotations

import pytest

from ..compare.pairs import facts_of

CASES = [
    ("id-that-figure", "id", "Banjir menewaskan 41 orang di Demak. Angka itu naik dari 30 orang pada Senin.", "30 orang", "dead"),
    ("id-that-figure-with-place", "id", "Banjir menewaskan 41 orang di Demak. Angka di Demak itu naik dari 30 orang pada Senin.",
     "30 orang", "dead"),
    ("en-that-figure-with-place", "en", "Floods killed 41 people in Demak. The figure for Demak was up from 30 on Monday.", "30", "dead"),
    # whose count, then the count: "The agency's count", "Its latest tally"
    ("en-whose-count", "en", "The storm had killed 41 people by Tuesday night, the agency said. The agency's count had stood "
     "at 30 on Monday.", "30", "dead"),
    ("en-its-latest-tally", "en", "Floods killed 41 people in Demak. Its latest tally was 30 on Monday.", "30", "dead"),
    ("en-the-ministrys-official-count", "en", "Floods killed 41 people in Demak. The health ministry's official count "
     "stood at 30 on Monday.", "30", "dead"),
    # "The count" is the story's running tally, past an aside ("Another 73 were hurt") and a figure that moves not
    ("en-the-count-past-another", "en", "The tower's collapse killed 41 people. Another 73 people were hurt when the "
     "block fell. The count had climbed from 30 on Monday.", "30", "dead"),
    # a share after "The count" is no running tally's: it keeps no predicate of the toll
    ("en-the-count-of-a-share-is-no-toll", "en", "The storm killed 41 people. The count showed the mayor ahead with 52 "
     "percent.", "52 percent", None),
    ("en-the-count-past-a-still-figure", "en", "The flood killed 41 people. The dam is 45 metres high. The count had "
     "climbed from 30 on Monday.", "30", "dead"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_that_figure_counts_what_the_sentence_before_counted(case):
    _, lang, text, mention, predicate = case
    facts = facts_of(text, lang, "2021-01-19", "a")[-1]
    found = [q for q in facts.quantities if q.text.startswith(mention)]
    assert found, [q.text for q in facts.quantities]
    assert found[0].frame.predicate == predicate
