"""Property tests for Spanish: on random and number-like Spanish text the extractors never raise, every span is
its own text and every interval is ordered (the same invariants as test_properties.py, with Spanish words)."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .test_properties import check_readings


PROFILE = settings(derandomize=True, max_examples=200, deadline=None, database=None,
                   suppress_health_check=[HealthCheck.too_slow])
ANCHORS = (None, dt.date(2024, 11, 8), dt.date(1, 1, 1), dt.date(9999, 12, 31))

_digits = st.from_regex(r"\A\d{1,4}(?:[.,]\d{3}){0,3}(?:[.,]\d{1,4})?\Z")
_words = st.sampled_from([
    "más de", "al menos", "al menos otros", "unas", "unos", "alrededor de", "cerca de", "casi", "hasta",
    "menos de", "o más", "entre", "y", "de", "a", "al", "o", "del", "subió de", "pasó de", "mil", "millones",
    "millón", "mil millones", "medio", "medio millón", "billones", "tres", "veinte", "treinta y cinco",
    "doscientas", "un", "una", "uno", "decenas de miles de", "miles de", "cientos", "la mitad de", "dos tercios",
    "personas", "soldados", "muertos", "heridos", "kilómetros", "km", "metros", "toneladas", "grados",
    "en la escala de Richter", "magnitud", "por ciento", "%", "euros", "dólares", "US$", "$", "€", "días",
    "semanas", "horas", "años", "de octubre", "octubre", "de 2024", "el martes", "martes", "el lunes pasado",
    "el pasado", "el próximo", "los lunes", "Domingo", "ayer", "anteayer", "hoy", "mañana", "por la mañana",
    "la semana pasada", "el mes pasado", "el año pasado", "hace", "el día", "el", "del mes pasado", "desde",
    "en", "los años", "la década de", "a las", "Ley", "artículo", "1º", "3.ª", "(", ")", "/", ",", ".", "-",
])
_fragment = st.one_of(_digits, _words, _words)
_joiner = st.sampled_from([" ", " ", " ", "", "-", "/", ", ", "(", ")", ".", "\n"])
NUMBER_LIKE = st.lists(st.tuples(_fragment, _joiner), min_size=1, max_size=14).map(
    lambda parts: "".join(f + j for f, j in parts))


def _check(text: str) -> None:
    for anchor in ANCHORS:
        check_readings(text, "es", anchor)


@PROFILE
@given(NUMBER_LIKE)
def test_spanish_number_like_text(text):
    _check(text)


@PROFILE
@given(st.text(max_size=300))
def test_spanish_random_text(text):
    _check(text)
