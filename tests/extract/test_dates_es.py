"""Spanish dates: the case table in tests/fixtures/es, and that Spanish words stay out of Indonesian and English
reading (the shared table in tests/data passes untouched in test_dates.py)."""

import datetime as dt
import json

import pytest

from consistency.extract.dates import anchor_date, extract_dates, weekday_matches

from ..conftest import ROOT
from .cases import case_params

CASES = json.loads((ROOT / "tests" / "fixtures" / "es" / "dates.json").read_text(encoding="utf-8"))


def _date(value):
    return dt.date.fromisoformat(value) if value else None


@pytest.mark.parametrize("case", case_params(CASES))
def test_spanish_date_case_table(case):
    got = extract_dates(case["text"], language=case["lang"], anchor=_date(case["anchor"]))
    assert len(got) == len(case["expect"]), [d.text for d in got]
    for d, exp in zip(got, case["expect"]):
        assert case["text"][d.start : d.end] == d.text
        for key, want in exp.items():
            value = getattr(d, key)
            if key in ("low", "high"):
                want = _date(want)
            assert value == want, key


def test_spanish_weekday_checked_against_its_date():
    (d,) = extract_dates("el jueves 8 de noviembre de 2024", language="es")
    assert weekday_matches(d) is False  # 8 November 2024 was a Friday
    (d,) = extract_dates("el viernes 8 de noviembre de 2024", language="es")
    assert weekday_matches(d) is True


def test_spanish_dateline_gives_the_anchor():
    assert anchor_date(None, "MADRID, 8 de noviembre de 2024 - El gobierno anunció.", "es") == dt.date(2024, 11, 8)


@pytest.mark.parametrize("text, lang", [
    ("They met ayer in Lima and again hoy.", "en"),
    ("Mayo Clinic opened 5 mayo offices.", "en"),
    ("Festival digelar pada lunes pagi.", "id"),
])
def test_spanish_words_stay_out_of_indonesian_and_english(text, lang):
    assert extract_dates(text, language=lang, anchor=dt.date(2024, 11, 8)) == []
