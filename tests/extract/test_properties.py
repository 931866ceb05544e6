"""Property tests (issue 11): the number and date extractors and their comparers on random and number-like text.

Whatever the text, extraction must not raise, every span must point at its own text, every interval must be
ordered, and no input may take more than a second: the bound is for pathological inputs (backtracking,
quadratic scans), not a speed benchmark, so the examples stay small and typical ones take milliseconds.
The examples are derandomised and bounded, so CI runs the same inputs every time.
"""

from __future__ import annotations

import datetime as dt
import itertools
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consistency.compare import compare_dates, compare_quantities
from consistency.compare.dates import date_value
from consistency.compare.quantities import quantity_value
from consistency.extract.dates import extract_dates
from consistency.extract.numbers import extract_quantities

SLOWEST = 1.0  # seconds for one input, all languages and comparisons included
PROFILE = settings(derandomize=True, max_examples=250, deadline=None, database=None,
                   suppress_health_check=[HealthCheck.too_slow])

LANGUAGES = ("id", "en", None)
ANCHORS = (None, dt.date(2024, 11, 8), dt.date(1, 1, 1), dt.date(9999, 12, 31))

_digits = st.from_regex(r"\A\d{1,4}(?:[.,\u202f ]\d{3}){0,4}(?:[.,]\d{1,4})?\Z")
_long_digits = st.one_of(
    st.integers(20, 400).map(lambda n: "9" * n),
    st.text(alphabet="0123456789.,", min_size=20, max_size=200),
    st.integers(10, 60).map(lambda n: "1" + ".000" * n),
)
_dates = st.one_of(
    st.builds("{}/{}/{}".format, st.integers(0, 40), st.integers(0, 14), st.integers(0, 3000)),
    st.builds("({}/{})".format, st.integers(0, 40), st.integers(0, 14)),
    st.builds("{} {} {}".format, st.integers(0, 40), st.sampled_from(["Juni", "Nov.", "March", "mei", "Agustus"]),
              st.integers(1400, 2200)),
    st.builds("{}–{}".format, st.integers(1400, 2200), st.integers(1400, 2200)),
    st.builds("the {}th".format, st.integers(0, 99)),
)
_words = st.sampled_from([
    "lebih dari", "setidaknya", "sedikitnya sudah", "at least another", "sekitar", "about", "hampir", "kurang dari",
    "tidak lebih dari", "hingga", "antara", "dan", "between", "from", "to", "atau", "or", "naik dari", "rose from",
    "ribu", "juta", "miliar", "triliun", "million", "bn", "bln", "rb", "jt", "M", "T", "B", "k", "m", "%", "persen",
    "Rp", "Rp.", "US$", "$", "£", "€", "pounds", "pounds of", "sterling", "orang", "tentara", "troops", "people",
    "jam", "hari", "minggu", "weeks", "km", "kg", "setengah", "dua pertiga", "three quarters of", "half a",
    "dua-tiga", "two to three", "sebelas", "dua puluh", "twenty-one", "ribuan", "thousands of", "-an", "+",
    "Rabu", "Kamis", "Wednesday", "hari Minggu", "pada", "sejak", "since", "in", "tahun", "berdiri", "tanggal",
    "bulan ini", "bulan lalu", "kemarin", "pekan ini", "last month", "3 hari lalu", "pukul", "WIB", "p.m.",
    "(", ")", "/", " / ", ",", ".", "-", "–", "Pasal", "No.", "G20", "Su-27", "COVID-19", "M 7,4",
])
_mixed_scripts = st.sampled_from([
    "١٢٣", "٣٫٥", "١٢٬٠٠٠", "１２", "１２,０００", "४२", "৩", "๓๐", "一千", "三", "12٬000", "Ⅻ", "²", "½", "¾", "⅓",
    "١/٢", "٢٠٢٤-١١-٠٨", "𝟏𝟐", "\u200b12", "1\u00a0000", "12\u202f000",
])
_fragment = st.one_of(_digits, _long_digits, _dates, _words, _words, _mixed_scripts)
_joiner = st.sampled_from([" ", " ", " ", "", "-", "/", " / ", ", ", "(", ")", ".", "\n", "\t"])
NUMBER_LIKE = st.lists(st.tuples(_fragment, _joiner), min_size=1, max_size=14).map(
    lambda parts: "".join(f + j for f, j in parts))
RANDOM_TEXT = st.text(max_size=300)


def check_readings(text: str, language: str, anchor) -> None:
    """Every figure and date read from ``text`` has its own span, an ordered interval and a value, and any two
    compare without raising (the Spanish properties, test_properties_es.py, check the same)."""
    quantities = extract_quantities(text, language=language, offset=0)
    for q in quantities:
        assert 0 <= q.start <= q.end <= len(text), (q, text)
        assert text[q.start : q.end] == q.text, (q, text)
        assert q.low <= q.high, (q, text)
        quantity_value(q)
    dates = extract_dates(text, language=language, anchor=anchor, offset=0)
    for d in dates:
        assert 0 <= d.start <= d.end <= len(text), (d, text)
        assert text[d.start : d.end] == d.text, (d, text)
        if d.low is not None and d.high is not None:
            assert d.low <= d.high, (d, text)
        date_value(d)
    for a, b in itertools.product(quantities[:6], repeat=2):
        assert compare_quantities(a, b) in (None, "agree", "compatible", "conflict")
    for a, b in itertools.product(dates[:6], repeat=2):
        assert compare_dates(a, b) in (None, "agree", "compatible", "conflict")


def _check(text: str) -> None:
    started = time.perf_counter()
    for language, anchor in itertools.product(LANGUAGES, ANCHORS):
        check_readings(text, language, anchor)
    took = time.perf_counter() - started
    assert took < SLOWEST, f"{took:.2f} s for {text!r}"


@PROFILE
@given(NUMBER_LIKE)
def test_number_like_text(text):
    _check(text)


@PROFILE
@given(RANDOM_TEXT)
def test_random_text(text):
    _check(text)


def test_spans_are_offset_into_the_article():
    text = "Sedikitnya sudah 41 orang tewas, Rabu (28/6), dan dua-tiga minggu lagi Rp2 T cair."
    for q in extract_quantities(text, language="id", offset=1000):
        assert q.start >= 1000 and (" " * 1000 + text)[q.start : q.end] == q.text
    for d in extract_dates(text, language="id", anchor=dt.date(2023, 6, 30), offset=1000):
        assert d.start >= 1000 and (" " * 1000 + text)[d.start : d.end] == d.text
