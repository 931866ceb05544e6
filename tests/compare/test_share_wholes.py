"""What a share or a rate is of (issue 12): "68 persen suara" and "62% of the votes" are shares of one whole, "45
persen wilayah kota" and "a quarter of the city" too, while inflation's rate and unemployment's are of two. The
frame tags a share with its whole ("whole:vote", "whole:area", "whole:inflation"); the scorer reads
``whole_clash`` from the tags (two wholes: two facts). The rows check the tags (one whole on both sides, or not)
and the feature. Rows are invented; every row failed before (no tag, no feature)."""

from __future__ import annotations

import pytest

from consistency.compare.features import PairContext, number_features

from .test_features_figures import _figure

# (id, (text, language), mention of a, (text, language), mention of b, one whole (both tagged alike), whole_clash)
CASES = [
    ("votes-id-en", ("Skotlandia memilih bertahan dengan 68 persen suara.", "id"), "68 persen",
     ("Voters in Scotland backed staying by 62% of the votes.", "en"), "62%", 1.0, 0.0),
    ("city-fraction-id-en", ("Banjir menghancurkan sekitar 45 persen wilayah kota.", "id"), "45 persen",
     ("About a quarter of the city was destroyed, officials said.", "en"), "a quarter", 1.0, 0.0),
    ("named-place-en-id", ("The minister said 25% of Mocoa had been buried.", "en"), "25%",
     ("Longsor mengubur seperempat kota.", "id"), "seperempat", 1.0, 0.0),
    ("unemployment-en-id", ("The jobless rate for women rose to 15.5% in April.", "en"), "15.5%",
     ("Tingkat pengangguran perempuan naik menjadi 15,5 persen pada April.", "id"), "15,5 persen", 1.0, 0.0),
    ("gdp-id-en", ("Produk domestik bruto terkontraksi 3,2 persen secara tahunan.", "id"), "3,2 persen",
     ("Gross domestic product shrank 3.2% year on year.", "en"), "3.2%", 1.0, 0.0),
    # two wholes: another statistic, or a city's area against the votes
    ("inflation-vs-unemployment-en", ("Annual inflation stood at 6.3% in January.", "en"), "6.3%",
     ("The unemployment rate stood at 6.3% in January.", "en"), "6.3%", 0.0, 1.0),
    ("inflation-vs-unemployment-id", ("Inflasi tahunan tercatat 6,3 persen pada Januari.", "id"), "6,3 persen",
     ("Tingkat pengangguran tercatat 6,3 persen pada Januari.", "id"), "6,3 persen", 0.0, 1.0),
    ("deficit-vs-growth-en-id", ("The budget deficit widened to 2.9% of GDP.", "en"), "2.9%",
     ("Ekonomi tumbuh 2,9 persen tahun lalu.", "id"), "2,9 persen", 0.0, 1.0),
    ("area-vs-turnout-en-id", ("Nearly 40% of the town was under water.", "en"), "40%",
     ("Partisipasi pemilih mencapai 40 persen.", "id"), "40 persen", 0.0, 1.0),
    # nothing said on one side: neither
    ("unknown-whole-en", ("About 15% of the passengers were children.", "en"), "15%",
     ("Tingkat pengangguran mencapai 15 persen.", "id"), "15 persen", 0.0, 0.0),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_share_wholes(case):
    _, (ta, la), ma, (tb, lb), mb, same, clash = case
    a, b = _figure(ta, la, ma), _figure(tb, lb, mb)
    wa, wb = ({m for m in q.frame.modifiers if m.startswith("whole:")} for q in (a, b))
    assert float(bool(wa) and wa == wb) == same, (wa, wb)
    for x, y in ((a, b), (b, a)):
        assert number_features(x, y, PairContext())["whole_clash"] == clash


def test_share_table_covers_both_languages():
    assert {c[1][1] for c in CASES} | {c[3][1] for c in CASES} == {"id", "en"}
