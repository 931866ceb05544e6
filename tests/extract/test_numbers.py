import json
import math

import pytest

from consistency.extract.numbers import extract_quantities, parse_digits, parse_number_words

from ..conftest import ROOT
from .cases import case_params

CASES = json.loads((ROOT / "tests" / "data" / "quantities.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", case_params(CASES))
def test_quantity_case_table(case):
    check_quantity_case(case)


def check_quantity_case(case):
    """A case-table row: the quantities read from its text, in order, with the expected fields (the Spanish table,
    tests/fixtures/es/quantities.json, is checked the same way)."""
    got = extract_quantities(case["text"], language=case["lang"])
    assert len(got) == len(case["expect"]), [q.text for q in got]
    for q, exp in zip(got, case["expect"]):
        assert case["text"][q.start : q.end] == q.text
        for key, want in exp.items():
            value = getattr(q, key)
            if key == "high" and want is None:
                assert value == math.inf
            elif isinstance(want, float) or key in ("low", "high"):
                assert value == pytest.approx(want), key
            else:
                assert value == want, key


@pytest.mark.parametrize("text, lang, value", [
    ("11.000", "id", 11000), ("11,000", "en", 11000), ("3,5", "id", 3.5), ("3.5", "en", 3.5),
    ("1.234,5", "id", 1234.5), ("1.7", "id", 1.7), ("1.2.3", "id", None),
])
def test_digits_follow_the_language(text, lang, value):
    assert parse_digits(text, lang) == value


@pytest.mark.parametrize("text, value", [
    ("sebelas ribu", 11000), ("tiga puluh lima", 35), ("dua belas", 12), ("seratus dua puluh", 120),
    ("two hundred and five", 205), ("twenty one", 21), ("lima ratus ribu", 500000),
])
def test_number_words(text, value):
    assert parse_number_words(text) == value


def test_spans_are_offset_into_the_article():
    q = extract_quantities("Ada 11.000 tentara.", language="id", offset=100)[0]
    assert (q.start, q.end) == (104, 118)


def _best_of_three(fn) -> float:
    import time

    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def test_work_grows_linearly_with_the_figures_in_a_sentence():
    """Issue 11: 4,000 figures in one sentence took 20 s (every figure rescanned the text before and after it).

    A complexity check, not a speed limit: eight times the figures may cost at most 30 times the time
    (linear is 8, quadratic 64), the best of three runs each, so a slow or busy machine does not matter.
    """
    def sentence(n):
        return " ".join(f"sekitar {i} orang, Rabu (2{i % 9}/6) dan 1/2 jam," for i in range(1, n + 1))

    small, large = sentence(250), sentence(2000)
    assert len(extract_quantities(large, language="id")) == 2 * 2000  # the day/month "(2x/6)" is no figure
    ratio = _best_of_three(lambda: extract_quantities(large, language="id")) / \
        _best_of_three(lambda: extract_quantities(small, language="id"))
    assert ratio < 30, ratio


@pytest.mark.parametrize("text, figure, end", [
    ("Terdiri atas 9 (sembilan) kabupaten.", "9", "9 (sembilan)"),
    ("It covers 12 (twelve) districts.", "12", "12 (twelve)"),
    ("Ada 9 kabupaten (data 2020).", "9", "9"),
])
def test_a_number_restated_in_brackets_ends_after_the_restatement(text, figure, end):
    from consistency.extract.numbers import restatement_end

    pos = text.index(figure) + len(figure)
    assert text[text.index(figure):restatement_end(text, pos)] == end
