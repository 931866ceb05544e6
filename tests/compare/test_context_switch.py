"""The contexts switch (reports/history.md, "Cheaper contexts"): a scorer whose models read no masked context makes the
pipeline embed none, chooses candidate pairs by the sentences' cosines, and still scores them with its
embedded model (the sentence cosine), not the frames-only fall-back."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np

from consistency import Config, check
from consistency.compare import CompareParams
from consistency.compare.features import EMBEDDING
from consistency.compare.identity import MODEL_PATH, Model, Scorer, default_scorer

from ..test_pipeline import QUAKE_A, QUAKE_B, RecordingEmbedder, _contexts, _rows


def _without_contexts() -> Scorer:
    """The shipped scorer with the context features dropped from every model (what ``--no-contexts`` fits)."""
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    models = {}
    for name, m in data["models"].items():
        keep = [n for n, f in enumerate(m["features"]) if f not in EMBEDDING]
        models[name] = Model(tuple(m["features"][n] for n in keep), np.asarray(m["mean"])[keep],
                             np.asarray(m["scale"])[keep], np.asarray(m["coef"])[keep], float(m["intercept"]))
    shipped = default_scorer()
    return replace(shipped, models=models)


def test_the_scorer_says_whether_it_reads_contexts():
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    reads = any(f in EMBEDDING for m in data["models"].values() for f in m["features"])
    assert default_scorer().contexts is reads
    assert data["context"].get("read", True) is reads
    assert _without_contexts().contexts is False


def test_a_scorer_without_contexts_embeds_none(tmp_path, hashing_embedder, monkeypatch):
    path = _rows(tmp_path, [{"id": "a0", "cluster": "quake", "text": QUAKE_A},
                            {"id": "a1", "cluster": "quake", "text": QUAKE_B}])
    contexts = set(_contexts(path, "a0")) | set(_contexts(path, "a1"))
    assert contexts
    scorer = _without_contexts()
    asked = []
    model = Scorer.model
    monkeypatch.setattr(Scorer, "model", lambda self, kind, embedded, differ=False:
                        asked.append(embedded) or model(self, kind, embedded, differ))
    recording = RecordingEmbedder(hashing_embedder)
    report = check([path], Config(use_cache=False, compare=CompareParams(scorer=scorer)), embedder=recording)
    assert not contexts & set(recording.seen)
    assert report.timings["embedded"] == len(recording.seen) == 4  # the four sentences
    # its pairs are scored by the embedded model (the sentences' cosines), not the frames-only fall-back
    assert asked and all(asked)
    # the same story with the shipped scorer embeds them (when it reads them)
    shipped = RecordingEmbedder(hashing_embedder)
    check([path], Config(use_cache=False), embedder=shipped)
    assert bool(contexts & set(shipped.seen)) is default_scorer().contexts
    assert any(f.code == "number.agree" for f in report.clusters[0].findings)  # 84 / 84
