import datetime as dt
import json

import pytest

from consistency.extract.dates import anchor_date, extract_dates, weekday_matches

from ..conftest import ROOT
from .cases import case_params

CASES = json.loads((ROOT / "tests" / "data" / "dates.json").read_text(encoding="utf-8"))


def _date(value):
    return dt.date.fromisoformat(value) if value else None


@pytest.mark.parametrize("case", case_params(CASES))
def test_date_case_table(case):
    check_date_case(case)


def check_date_case(case):
    """A case-table row: the dates read from its text, in order, with the expected fields (the Spanish table,
    tests/fixtures/es/dates.json, is checked the same way)."""
    got = extract_dates(case["text"], language=case["lang"], anchor=_date(case["anchor"]))
    assert len(got) == len(case["expect"]), [d.text for d in got]
    for d, exp in zip(got, case["expect"]):
        assert case["text"][d.start : d.end] == d.text
        for key, want in exp.items():
            value = getattr(d, key)
            if key in ("low", "high"):
                want = _date(want)
            assert value == want, key


def test_seed_weekday_does_not_match_its_date():
    (d,) = extract_dates("Kamis (8/11/2024)", language="id")
    assert weekday_matches(d) is False  # 8 November 2024 was a Friday
    (d,) = extract_dates("Jumat (8/11/2024)", language="id")
    assert weekday_matches(d) is True


def test_anchor_from_metadata_or_dated_dateline():
    assert anchor_date(dt.date(2024, 11, 8), "x", "id") == dt.date(2024, 11, 8)
    assert anchor_date(None, "JAKARTA, 8/11/2024 - Presiden berkata.", "id") == dt.date(2024, 11, 8)
    assert anchor_date(None, "Suara.com - Rusia menolak.", "id") is None
