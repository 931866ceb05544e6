"""Spanish figures: the case table in tests/fixtures/es, number words, and that Spanish words stay out of
Indonesian and English reading (the shared tables in tests/data pass untouched in test_numbers.py)."""

import json

import pytest

from consistency.extract.numbers import extract_quantities, parse_digits, parse_number_words_es

from ..conftest import ROOT
from .cases import case_params
from .test_numbers import check_quantity_case

CASES = json.loads((ROOT / "tests" / "fixtures" / "es" / "quantities.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", case_params(CASES))
def test_spanish_quantity_case_table(case):
    check_quantity_case(case)


@pytest.mark.parametrize("text, value", [
    ("11.000", 11000), ("3,5", 3.5), ("1.234,5", 1234.5), ("2.000", 2000),
])
def test_spanish_digits_take_the_dot_for_thousands(text, value):
    assert parse_digits(text, "es") == value


@pytest.mark.parametrize("text, value", [
    ("tres", 3), ("veinte", 20), ("veintiuno", 21), ("treinta y cinco", 35), ("ciento veinte", 120),
    ("doscientos cincuenta", 250), ("mil", 1000), ("tres mil quinientos", 3500), ("dos millones", 2e6),
    ("mil millones", 1e9), ("tres mil quinientos millones", 3.5e9), ("dos millones trescientos mil", 2.3e6),
    ("un millón", 1e6), ("dos tres", None), ("treinta cinco", None), ("dos y tres", None), ("y cinco", None),
])
def test_spanish_number_words(text, value):
    assert parse_number_words_es(text) == value


# Spanish words read only in Spanish: in Indonesian and English they keep their old reading.
@pytest.mark.parametrize("text, lang, texts", [
    ("The trail runs 5 mil through the forest.", "en", ["5 mil"]),  # a mile in English, a thousand in Spanish
    ("Tres soldados tiba di lokasi.", "id", []),
    ("Unas 200 casas were counted.", "en", ["200 casas"]),
])
def test_spanish_words_stay_out_of_indonesian_and_english(text, lang, texts):
    assert [q.text for q in extract_quantities(text, language=lang)] == texts


def test_same_sentence_in_spanish_and_english_gives_the_same_figure():
    (es,) = extract_quantities("Más de 10.000 soldados llegaron a Kursk.", language="es")
    (en,) = extract_quantities("More than 10,000 troops arrived in Kursk.", language="en")
    assert (es.low, es.high, es.low_inclusive, es.unit_class) == (en.low, en.high, en.low_inclusive, en.unit_class)


@pytest.mark.parametrize("word, lang", [("mil y", "es"), ("treinta y", "es"), ("satu dua", "id"), ("one and", "en")])
def test_a_long_run_of_number_words_costs_linear_work(monkeypatch, word, lang):
    """A run of number words is split by trying its sub-runs (cubic in its length): runs are bounded, so 800
    words cost about eight times what 100 do (400 words of "satu dua" took 16 s before the bound)."""
    import dataclasses

    from consistency.extract import numbers

    calls = []
    for name in ("_ES", "_ID_EN"):
        g = getattr(numbers, name)
        monkeypatch.setattr(numbers, name, dataclasses.replace(
            g, number_words=lambda text, parse=g.number_words: calls.append(text) or parse(text)))

    def work(n):
        calls.clear()
        extract_quantities(" ".join([word] * n), language=lang)
        return len(calls)

    assert work(800) < 12 * work(100)
