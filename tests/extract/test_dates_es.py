"""Spanish dates: the case table in tests/fixtures/es, and that Spanish words stay out of Indonesian and English
reading (the shared table in tests/data passes untouched in test_dates.py)."""

import datetime as dt
import json

import pytest

from consistency.extract.dates import anchor_date, extract_dates, weekday_matches

from ..conftest import ROOT
from .cases import case_params
from .test_dates import check_date_case

CASES = json.loads((ROOT / "tests" / "fixtures" / "es" / "dates.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", case_params(CASES))
def test_spanish_date_case_table(case):
    check_date_case(case)


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
