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
