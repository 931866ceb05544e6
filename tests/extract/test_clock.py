"""Times of day as facts (``extract.clock``): the case table in tests/data/clock_times.json, and what a clock time is
not (a bound, a span, a duration, a ratio)."""
import json

import pytest

from consistency.extract.clock import extract_times
from consistency.extract.numbers import extract_quantities

from ..conftest import ROOT
from .cases import case_params

CASES = json.loads((ROOT / "tests" / "data" / "clock_times.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", case_params(CASES))
def test_clock_case_table(case):
    got = extract_times(case["text"], language=case["lang"])
    assert [q.text for q in got] == [e["text"] for e in case["expect"]]
    for q, exp in zip(got, case["expect"]):
        assert case["text"][q.start : q.end] == q.text
        assert q.kind == "clock" and q.unit_class == "clock"
        for key, want in exp.items():
            assert getattr(q, key) == (pytest.approx(want) if isinstance(want, (int, float)) and not isinstance(want, bool) else want), key


@pytest.mark.parametrize("case", case_params(CASES))
def test_quantities_hold_the_times_and_no_count_inside_them(case):
    """Every time of the table is one of the sentence's quantities, and no count is read from its digits."""
    qs = extract_quantities(case["text"], language=case["lang"])
    clocks = [q.text for q in qs if q.kind == "clock"]
    assert clocks == [e["text"] for e in case["expect"]]
    for q in qs:
        if q.kind != "clock":
            assert not any(t.start < q.end and q.start < t.end for t in qs if t.kind == "clock"), q.text


def test_spans_are_offset_into_the_article():
    q = extract_times("Gempa terjadi pukul 04.40 WIB.", language="id", offset=100)[0]
    assert (q.start, q.end) == (114, 129)
