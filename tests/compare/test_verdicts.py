"""Comparer case table: two sentences, the first fact of each, the verdict (null: not comparable)."""

import datetime as dt
import json

import pytest

from consistency.compare import compare_dates, compare_quantities
from consistency.compare.quantities import Tolerances
from consistency.extract import extract_dates, extract_quantities

from ..conftest import ROOT

CASES = json.loads((ROOT / "tests" / "data" / "comparisons.json").read_text(encoding="utf-8"))


def _facts(case, side):
    lang = case.get(f"{side}_lang", "id")
    anchor = case.get(f"{side}_anchor")
    text = case[side]
    if case["kind"] == "number":
        return extract_quantities(text, language=lang)
    return extract_dates(text, language=lang, anchor=dt.date.fromisoformat(anchor) if anchor else None)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_verdict_case_table(case):
    a, b = _facts(case, "a")[0], _facts(case, "b")[0]
    compare = compare_quantities if case["kind"] == "number" else compare_dates
    assert compare(a, b) == case["verdict"]
    assert compare(b, a) == case["verdict"]  # symmetric


def test_every_verdict_is_covered():
    assert {c["verdict"] for c in CASES} == {"agree", "compatible", "conflict", None}


def test_rounding_is_configurable():
    a = extract_quantities("Ada 11.000 tentara.", language="id")[0]
    b = extract_quantities("Ada 11.200 tentara.", language="id")[0]
    assert compare_quantities(a, b, Tolerances(rounding=False)) == "conflict"
    assert compare_quantities(a, b, Tolerances(rounding=False, relative=0.05)) == "compatible"
