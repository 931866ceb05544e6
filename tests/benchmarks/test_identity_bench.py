"""The identity benchmark's shortcuts (``tests/benchmarks/identity.py``) give the numbers of the work they
replace: a fit made from the rows' matrices once is the fit made from the rows each time, a fold asked for twice
is fitted once, and a run's findings scored once per set a threshold keeps are scored as each threshold's
filtered findings. The shipped variant's cross-validated figures are the funnel's (slow: the real model)."""

from __future__ import annotations

import random
from types import SimpleNamespace

import numpy as np
import pytest

from tests.benchmarks import identity as I


def _rows(seed: int = 7) -> list[dict]:
    """Training rows of four clusters, both kinds, with every feature any variant reads."""
    rng = random.Random(seed)
    names = {kind: sorted({n for v in I.VARIANTS for n in I.VARIANTS[v](kind)}) for kind in I.KINDS}
    rows = []
    for n in range(240):
        kind = I.KINDS[n % 2]
        positive = rng.random() < 0.3
        features = {name: (rng.gauss(1.0 if positive else 0.0, 1.0) if k % 3 else float(rng.random() < 0.5))
                    for k, name in enumerate(names[kind])}
        rows.append({"cluster": "abcd"[n // 2 % 4], "kind": kind, "expect": None, "positive": positive,
                     "differ": rng.random() < 0.5, "features": features})
    return rows


def _by_filtering(rows: list[dict], variant: str, without: set[str]) -> dict:
    """``fit_models`` as it was: the rows of the clusters kept, filtered per kind and per model, then ``fit``."""
    rows = [r for r in rows if r["cluster"] not in without]
    models = {}
    for kind in I.KINDS:
        own = [r for r in rows if r["kind"] == kind]
        differ = [r for r in own if r["differ"]]
        models[kind] = I.fit(own, I.VARIANTS[variant](kind))
        models[f"{kind}/frames"] = I.fit(own, I.VARIANTS["frames"](kind))
        models[f"{kind}/differ"] = I.fit(differ, I.VARIANTS[variant](kind))
        models[f"{kind}/frames/differ"] = I.fit(differ, I.VARIANTS["frames"](kind))
    return models


@pytest.mark.parametrize("variant, without", [("scorer", set()), ("scorer", {"b"}), ("no_frames", {"a", "c"}),
                                              ("no_value", {"d"})])
def test_a_fit_from_the_table_is_the_fit_from_the_rows(variant, without):
    rows = _rows()
    assert I.fit_models(rows, variant, frozenset(without)) == _by_filtering(rows, variant, without)


def test_one_blas_thread_moves_coefficients_at_most_in_the_sixth_decimal():
    rows = _rows(11)
    a = I.fit_models(rows, "scorer", frozenset({"a"}))
    b = I.fit_models(rows, "scorer", frozenset({"a"}), one_thread=True)
    assert a.keys() == b.keys()
    for k in a:
        assert np.allclose(a[k]["coef"], b[k]["coef"], atol=2e-6) and a[k]["features"] == b[k]["features"]


def test_a_fold_asked_for_twice_is_fitted_once(monkeypatch):
    rows = _rows(3)
    first = I.fit_models(rows, "scorer", frozenset({"a", "b"}))
    monkeypatch.setattr(I, "_fit_xy", lambda *a, **k: pytest.fail("fitted again"))
    assert I.fit_models(rows, "scorer", frozenset({"b", "a"})) is first
    held = list(I.held_out([SimpleNamespace(cluster=SimpleNamespace(id="a"))], rows, "scorer", frozenset({"b"})))
    assert held[0][1] is first


def test_a_changed_list_of_rows_is_read_again():
    rows = _rows(5)
    before = I.fit_models(rows, "scorer", frozenset({"a"}))
    rows.append(dict(rows[0], cluster="b"))
    after = I.fit_models(rows, "scorer", frozenset({"a"}))
    assert after["number"]["pairs"] == before["number"]["pairs"] + 1
    assert after == _by_filtering(rows, "scorer", {"a"})


def test_scoring_once_per_kept_set_is_scoring_each_thresholds_findings(monkeypatch):
    rng = random.Random(1)
    codes = I.CONFLICT_CODES + ("number.agree", "date.agree", "number.update")
    findings = tuple(SimpleNamespace(kind=code.split(".")[0], code=code,
                                     identity=None if rng.random() < 0.1 else round(rng.random(), 4))
                     for code in (rng.choice(codes) for _ in range(60)))
    findings += (SimpleNamespace(kind="text", code="text.mismatch", identity=0.99),)
    cluster = SimpleNamespace(id="c")
    calls = []

    def score(kept, c):
        calls.append(kept)
        return {"kept": tuple(id(f) for f in kept), "cluster": c.id}

    monkeypatch.setattr(I, "score_cluster", score)
    sets = set()
    for cn in I.CONFLICT_GRID:
        for cd in I.CONFLICT_GRID[::3]:
            for m in (I.FLOOR, 0.35):
                th = {"number": {"match": m, "conflict": cn}, "date": {"match": I.FLOOR, "conflict": cd}}
                expected = tuple(id(f) for f in I.filtered(findings, th))
                assert I.scored_at(findings, th, cluster) == {"kept": expected, "cluster": "c"}
                sets.add(expected)
    assert len(calls) == len(sets) < len(I.CONFLICT_GRID) * len(I.CONFLICT_GRID[::3]) * 2


@pytest.mark.slow
def test_the_shipped_cross_validation_is_the_funnels(monkeypatch, default_embedder):
    """On three of the validation set's clusters alone: the benchmark's end-to-end leave-one-cluster-out figures
    for the shipped variant at the shipped thresholds are the funnel's (its watched runs of the same models)."""
    import json

    from tests.benchmarks import funnel
    from tests.benchmarks.devset import VALIDATION, load_devset

    monkeypatch.setattr(I, "SETS", (VALIDATION,))
    monkeypatch.setattr(I, "load_devset", lambda root: load_devset(root)[:3])
    prepared = I.prepare(default_embedder)
    rows = [r for p in prepared for r in I.training_rows(p)]
    thresholds = json.loads(I.MODEL_PATH.read_text(encoding="utf-8"))["thresholds"]
    bench = I.end_to_end(prepared, rows, I.SHIPPED, thresholds, default_embedder)
    watched = funnel.funnel(prepared, rows, thresholds)
    assert funnel._figures(bench["total"]) == watched["cross_validated"]
    assert watched["cross_validated"]["discrepancy_labels"] > 0
