"""End to end: a Spanish and an English report of one invented flood (tests/fixtures/es/riada, written for this
test) whose figures and date agree. Spanish has no frame predicates yet, so a figure's fact is matched on its
unit class and value alone; the checker should find agreement and no conflict."""

import datetime as dt
import math

import pytest

from consistency import Config, check
from consistency.extract.dates import extract_dates
from consistency.extract.numbers import extract_quantities

from .conftest import ROOT

RIADA = ROOT / "tests" / "fixtures" / "es" / "riada"

# (sentence index, figure as written, low, high, kind, unit class) of the Spanish article
SPANISH_FIGURES = [
    (0, "Al menos 42 personas", 42, math.inf, "count", "people"),
    (1, "más de 10.000 vecinos", 10000, math.inf, "count", "people"),
    (2, "unas 3.500 viviendas", 3150, 3850, "count", "house"),
    (2, "30 kilómetros", 30000, 30000, "measure", "measure:length"),
    (3, "12 millones de euros", 12e6, 12e6, "money", "money:EUR"),
    (4, "4 metros", 4, 4, "measure", "measure:length"),
    (4, "menos de seis horas", 0, 6, "duration", "duration:hour"),
    (5, "7 desaparecidos", 7, 7, "count", "unit:desaparecido"),
]


@pytest.fixture(scope="module")
def riada_report(model_cache_dir, default_embedder):
    return check([RIADA], Config(cache_dir=model_cache_dir, group="one"), embedder=default_embedder)


@pytest.mark.slow
def test_spanish_figures_are_read_with_their_values(riada_report):
    (cluster,) = riada_report.clusters
    assert {a.id: a.language for a in cluster.articles} == {"en": "en", "es": "es"}
    sentences = cluster.sentences["es"]
    got = {(i, q.text): (round(q.low, 6), q.high if q.high == math.inf else round(q.high, 6), q.kind, q.unit_class)
           for i, s in enumerate(sentences) for q in extract_quantities(s.text, language="es")}
    want = {(i, text): (low, high, kind, cls) for i, text, low, high, kind, cls in SPANISH_FIGURES}
    assert got == want
    (date,) = extract_dates(sentences[0].text, language="es", anchor=dt.date(2024, 10, 17))
    assert (date.text, date.low, date.weekday) == ("martes 15 de octubre de 2024", dt.date(2024, 10, 15), 1)


@pytest.mark.slow
def test_spanish_and_english_reports_that_agree_raise_no_conflict(riada_report):
    (cluster,) = riada_report.clusters
    verdicts = [(f.kind, f.verdict) for f in cluster.findings]
    assert ("number", "conflict") not in verdicts and ("date", "conflict") not in verdicts
    assert ("date", "agree") in verdicts
    # every aligned pair of figures that states one fact agrees: the dead, the evacuated, the homes, the road,
    # the aid, the river's rise, its hours and the missing
    assert verdicts.count(("number", "agree")) >= 6
