"""Shared fixtures: a fast deterministic embedder for unit tests and the real default model for slow ones."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
os.environ.setdefault("HF_HUB_OFFLINE", "1")


class HashingEmbedder:
    """Character-trigram hashing vectors: deterministic, instant, and similar for similar strings."""

    display_name = "hashing-test"
    effective_prompt = ""
    dimension = 256

    def __init__(self) -> None:
        self.calls = 0
        self.texts = 0

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        self.texts += len(texts)
        out = np.zeros((len(texts), self.dimension), np.float32)
        for row, text in enumerate(texts):
            t = f"  {text.lower()}  "
            for k in range(len(t) - 2):
                h = int.from_bytes(hashlib.md5(t[k : k + 3].encode()).digest()[:4], "little")
                out[row, h % self.dimension] += 1.0
            out[row] /= max(np.linalg.norm(out[row]), 1e-9)
        return out


class PoolingHashingEmbedder(HashingEmbedder):
    """A HashingEmbedder that pools mention contexts from a sentence's "pass" as the int8 backend does
    (``encode_with_spans``): a span's vector hashes its window's characters with the mention's left out."""

    spans_supported = True

    def __init__(self) -> None:
        super().__init__()
        self.spans = 0

    def encode_with_spans(self, texts: list[str], spans: list) -> tuple[np.ndarray, list[np.ndarray]]:
        vectors = self.encode(texts)
        self.spans += sum(len(s) for s in spans)
        pooled = [HashingEmbedder.encode(self, [t[w0:m0] + " " + t[m1:w1] for w0, w1, m0, m1 in sp])
                  for t, sp in zip(texts, spans)]
        self.texts -= sum(len(s) for s in spans)  # the pooled vectors cost no pass of their own
        self.calls -= sum(1 for s in spans if s)
        return vectors, pooled


@pytest.fixture
def hashing_embedder() -> HashingEmbedder:
    return HashingEmbedder()


def _model_cache_path() -> Path:
    env = os.environ.get("CONSISTENCY_CACHE_DIR")
    return Path(env) if env else ROOT / ".pytest_cache" / "consistency-cache"


@pytest.fixture(scope="session")
def model_cache_dir() -> Path:
    """Where the real default model is built: $CONSISTENCY_CACHE_DIR, or a folder kept between local runs."""
    path = _model_cache_path()
    path.mkdir(parents=True, exist_ok=True)
    return path


def pytest_unconfigure(config):
    """The int8 graphs' build records, after the final count: the last lines a CI log shows. The findings the
    slow tests pin were recorded on the int8 graph, so when its build failed (a full disk, a failed fidelity
    probe) this line says why, instead of a page of differing findings saying nothing of the cause."""
    import json
    import shutil

    reporter = config.pluginmanager.get_plugin("terminalreporter")
    records = sorted(_model_cache_path().glob("models/*/onnx/model_qint8_*.json"))
    if reporter is None or not records:
        return
    free = shutil.disk_usage(records[0].parent).free / 2**30
    for path in records:
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            reporter.write_line(f"int8 graph {path.name}: unreadable record ({exc})")
            continue
        state = "passed" if record.get("passed") else f"NOT USED: {record.get('reason', 'no reason recorded')}"
        reporter.write_line(f"int8 graph {path.stem} ({record.get('onnxruntime')}, mean cosine "
                            f"{record.get('mean_cosine')}): {state}; {free:.1f} GiB free on its disk")


@pytest.fixture(scope="session")
def default_embedder(model_cache_dir):
    from consistency.embed import load_embedder

    return load_embedder(cache_dir=model_cache_dir)
