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


@pytest.fixture(scope="session")
def model_cache_dir() -> Path:
    """Where the real default model is built: $CONSISTENCY_CACHE_DIR, or a folder kept between local runs."""
    env = os.environ.get("CONSISTENCY_CACHE_DIR")
    path = Path(env) if env else ROOT / ".pytest_cache" / "consistency-cache"
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="session")
def default_embedder(model_cache_dir):
    from consistency.embed import load_embedder

    return load_embedder(cache_dir=model_cache_dir)
