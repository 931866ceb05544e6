"""The same-fact scorer's threshold rule (tests/benchmarks/identity.py ``margin``): raise the cross-validated
conflict thresholds to the lowest at which every transfer keeps precision >= 0.95; when no point of the grid
does, choose precision first (the point whose worst transfer is most precise), never fall back to the
cross-validated thresholds."""

from __future__ import annotations

import pytest

from tests.benchmarks import identity as I


@pytest.fixture
def fake_scoring(monkeypatch):
    """Runs are lists of (probability, kind, true conflict?); a cluster has 10 discrepancy labels."""
    monkeypatch.setattr(I, "filtered", lambda run, t: tuple(f for f in run if f[0] >= t[f[1]]["conflict"]))

    def score(findings, cluster):
        true = sum(f[2] for f in findings)
        return {"conflicts": len(findings), "true_conflicts": true, "caught": true, "discrepancy_labels": 10,
                "control_conflicts": 0, "updates_reported": 0, "update_labels": 0}

    monkeypatch.setattr(I, "score_cluster", score)


def _th(number, date):
    return {"number": {"match": 0.3, "conflict": number}, "date": {"match": 0.25, "conflict": date}}


def test_the_lowest_thresholds_that_keep_every_transfer_precise(fake_scoring):
    transfers = {"a": {"c1": [(0.6, "number", False), (0.7, "number", True), (0.9, "date", True)]},
                 "b": {"c2": [(0.8, "number", True), (0.55, "date", False)]}}
    got = I.margin(_th(0.5, 0.5), transfers, {"c1": None, "c2": None})
    assert (got["number"]["conflict"], got["date"]["conflict"]) == (0.62, 0.56)


def test_when_no_point_keeps_every_transfer_precise_the_worst_transfer_is_made_best(fake_scoring):
    # a false conflict at 0.99 in "b" survives every threshold: no point reaches 0.95 there
    transfers = {"a": {"c1": [(0.6, "number", False), (0.7, "number", True), (0.9, "date", True)]},
                 "b": {"c2": [(0.99, "number", False), (0.8, "number", True), (0.75, "number", True),
                              (0.52, "date", False)]}}
    got = I.margin(_th(0.5, 0.5), transfers, {"c1": None, "c2": None})
    # b is 2/3 at best (number >= 0.62 keeps a's false one out and b's two true ones in; date >= 0.53)
    assert (got["number"]["conflict"], got["date"]["conflict"]) == (0.62, 0.53)
