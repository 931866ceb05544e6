"""The ONNX backends: run a model folder's exported graph with onnxruntime (or OpenVINO) and ``tokenizers``.

No torch and no transformers at run time, so a cold process reaches its first batch in about a second. The
folder's own files say what sentence-transformers would do — ``tokenizer.json``, the prompt, the maximum
length, mean (or CLS / max) pooling, normalisation — and this module does the same.

Each sentence runs alone, one per core at a time (longest first): dynamic int8 quantisation scales a whole
input tensor at once, so in a batch a sentence's vector would depend on the sentences beside it. Alone, a
sentence gets the same vector in any corpus, in any order, cached or not, and nothing is padded (measured:
within about 10% of the best batched throughput on 2 cores).
"""

from __future__ import annotations

import itertools
import json
import os
import time
from pathlib import Path

import numpy as np

from ..errors import ModelError
from .backend import folder_prompt
from .export import read_record

# The first-batch timing is taken when this many sentences are done.
DEFAULT_BATCH_SIZE = 16


def usable_cores() -> int:
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not Linux
        return max(os.cpu_count() or 1, 1)


def graph_identity(path: Path) -> tuple[int, int, int] | None:
    """Which file is at ``path`` now: (inode, size, modification time in ns), None when there is none. A graph
    is only ever replaced whole (``os.replace``), never written in place, so this names the weights it holds."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def folder_layout(folder: Path) -> dict:
    """What the folder's sentence-transformers modules do after the transformer: pooling, normalisation, length."""
    folder = Path(folder)
    modules = []
    try:
        modules = json.loads((folder / "modules.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    pooling, normalize = {"pooling_mode": "mean", "include_prompt": True}, True
    for module in modules if isinstance(modules, list) else []:
        kind = str(module.get("type", ""))
        if kind.endswith("Pooling"):
            pooling = _read_json(folder / module.get("path", "") / "config.json") or pooling
        elif kind.endswith("Normalize"):
            normalize = True
        elif not kind.endswith("Transformer"):
            raise ModelError(f"{folder}: module {kind!r} has no ONNX equivalent here; use --backend torch")
    mode = pooling.get("pooling_mode")
    if mode is None:  # the older key layout: pooling_mode_mean_tokens, pooling_mode_cls_token, ...
        mode = next((m for m, key in (("mean", "pooling_mode_mean_tokens"), ("cls", "pooling_mode_cls_token"),
                                      ("max", "pooling_mode_max_tokens")) if pooling.get(key)), "mean")
    if mode not in ("mean", "cls", "max") or pooling.get("include_prompt") is False:
        raise ModelError(f"{folder}: pooling {mode!r} (include_prompt={pooling.get('include_prompt')}) is not "
                         "supported by the ONNX backends; use --backend torch")
    st = _read_json(folder / "sentence_bert_config.json")
    tok = _read_json(folder / "tokenizer_config.json")
    cfg = _read_json(folder / "config.json")
    max_len = st.get("max_seq_length") or tok.get("model_max_length")
    if not isinstance(max_len, int) or max_len > 100_000:
        max_len = cfg.get("max_position_embeddings", 512)
    return {"pooling": mode, "normalize": normalize, "max_length": int(max_len),
            "dimension": int(pooling.get("embedding_dimension") or pooling.get("word_embedding_dimension")
                             or cfg.get("hidden_size") or 0),
            "pad_token": tok.get("pad_token") if isinstance(tok.get("pad_token"), str) else None}


def pool(hidden: np.ndarray, mask: np.ndarray, mode: str) -> np.ndarray:
    """Sentence vectors from token vectors, as sentence-transformers' Pooling module computes them."""
    if mode == "cls":
        return hidden[:, 0]
    m = mask[..., None].astype(hidden.dtype)
    if mode == "max":
        return np.where(m > 0, hidden, -1e9).max(axis=1)
    return (hidden * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None)


def unit(x: np.ndarray) -> np.ndarray:
    return x / np.clip(np.linalg.norm(x, axis=-1, keepdims=True), 1e-12, None)


def token_spans(offsets, shift: int) -> tuple[np.ndarray, np.ndarray]:
    """Each token's character span in the text (the prompt's ``shift`` characters taken off), -1 for the
    prompt's and the special tokens."""
    starts = np.array([a - shift if b > a and a >= shift else -1 for a, b in offsets], np.int64)
    ends = np.array([b - shift if b > a and a >= shift else -1 for a, b in offsets], np.int64)
    return starts, ends


def pool_span(hidden: np.ndarray, starts: np.ndarray, ends: np.ndarray, span) -> np.ndarray:
    """A mention's context from its sentence's token states (T×d): the mean over the tokens of its clause
    window ``span[0:2]``, less those of the mention ``span[2:4]`` (a context that has not seen its value, as
    the masked clause had not). A window with no token of its own (a mention alone in its clause) falls back
    to the sentence's other tokens. Measured against embedding the masked clause as a text of its own
    (reports/benchmarks/ctxprobe.md): as good as same-fact evidence, at no cost beyond the sentence's pass."""
    w0, w1, m0, m1 = span
    text = starts >= 0
    own = text & (starts < m1) & (ends > m0)
    sel = text & (starts < w1) & (ends > w0) & ~own
    if not sel.any():
        sel = text & ~own if (text & ~own).any() else (text if text.any() else np.ones_like(text))
    return hidden[sel].mean(axis=0)


def longest_first(lengths: np.ndarray) -> np.ndarray:
    """Indices longest first: the long ones start while every thread is free, and the last to finish are short."""
    return np.argsort(-lengths, kind="stable")


class GraphEmbedder:
    """Tokenise, run the graph on each sentence (one per core at a time), pool, normalise. Subclasses load
    and run the graph."""

    backend = "graph"

    def __init__(self, folder: Path | str, graph: Path | str, *, prompt: str | None = None,
                 display_name: str | None = None, batch_size: int | None = None, threads: int | None = None,
                 note: str | None = None, pool_contexts: bool = False) -> None:
        self.folder = Path(folder)
        self.graph = Path(graph)
        self.name_or_path = str(folder)
        self.prompt = prompt
        self.display_name = display_name or str(folder)
        self.batch_size = batch_size or DEFAULT_BATCH_SIZE
        self.threads = threads or usable_cores()
        self.note = note  # why this backend was chosen, when it is not the one asked for
        self.pool_contexts = pool_contexts
        self._layout: dict | None = None
        self._tokenizer = None
        self._runner = None
        self._workers = None
        self._warm = False
        self._loaded: tuple[int, int, int] | None = None  # the identity of the graph the runtime holds
        self.load_seconds: float | None = None
        self.first_batch_seconds: float | None = None

    @property
    def variant(self) -> str:
        """Which graph made the vectors; part of the embedding cache key. A graph rebuilt under the same file
        name (a new int8 scheme) makes other vectors, so the key names the file itself, by size and
        modification time: its build record (the scheme, also in the key) is written just before the new graph
        replaces the old one, and a run in between must not file the old graph's vectors under the new
        scheme. Once loaded, the key names the graph the runtime holds, whatever is on disk by then."""
        try:
            name = self.graph.relative_to(self.folder).as_posix()
        except ValueError:
            name = str(self.graph)
        scheme = (read_record(self.graph) or {}).get("scheme")
        identity = self._loaded or graph_identity(self.graph)
        return f"{self.backend}:{name}" + (f"|{scheme}" if scheme else "") + \
            (f"|{identity[1]}:{identity[2]}" if identity else "")

    @property
    def spans_supported(self) -> bool:
        """Do the pipelines pool mention contexts from this embedder's sentence passes (``encode_with_spans``),
        instead of embedding each masked context as a text of its own? Off by default: with the scorer refitted
        on pooled contexts, the gate set before measuring failed on IndoNLI (two of eleven contradictions lost,
        one false conflict; README, "Speed"). ``encode_with_spans`` works either way."""
        return self.pool_contexts

    @property
    def layout(self) -> dict:
        if self._layout is None:
            self._layout = folder_layout(self.folder)
        return self._layout

    @property
    def dimension(self) -> int:
        return self.layout["dimension"] or int(self.encode(["x"]).shape[1])

    @property
    def effective_prompt(self) -> str:
        return self.prompt if self.prompt is not None else (folder_prompt(self.folder) or "")

    def load(self) -> None:
        """Read the tokenizer and compile the graph (timed as ``load_seconds``)."""
        if self._runner is not None:
            return
        started = time.perf_counter()
        if not self.graph.is_file():
            raise ModelError(f"{self.graph}: no such ONNX file")
        layout = self.layout
        try:
            from tokenizers import Tokenizer

            tok = Tokenizer.from_file(str(self.folder / "tokenizer.json"))
        except Exception as exc:  # noqa: BLE001 - a missing or foreign tokenizer is one clear line
            raise ModelError(f"cannot read {self.folder / 'tokenizer.json'}: {exc}".splitlines()[0]) from None
        tok.no_padding()
        tok.enable_truncation(layout["max_length"])
        pad = tok.token_to_id(layout["pad_token"]) if layout["pad_token"] else None
        self._pad_id = 0 if pad is None else pad
        self._tokenizer = tok
        # The graph is read by path: a rebuild that replaces it while the runtime reads it shows as another
        # file afterwards, and the runtime reads it again, so the identity pinned here is that of its weights.
        for _ in range(3):
            before = graph_identity(self.graph)
            runner = self._load_graph()
            if graph_identity(self.graph) == before:
                break
        else:
            raise ModelError(f"{self.graph} kept changing while it was loaded (a build in progress?); run again")
        self._runner, self._loaded = runner, before
        if self.threads > 1:  # the runtimes release the GIL while they run: one sentence per core at a time
            from concurrent.futures import ThreadPoolExecutor

            self._workers = ThreadPoolExecutor(self.threads, thread_name_prefix="consistency-embed")
        self.load_seconds = time.perf_counter() - started

    def _load_graph(self):  # pragma: no cover - abstract
        raise NotImplementedError

    def _run(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:  # pragma: no cover - abstract
        """Token vectors for one input; called from several threads at once."""
        raise NotImplementedError

    def encode(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, None)[0]

    def encode_with_spans(self, texts: list[str], spans: list) -> tuple[np.ndarray, list[np.ndarray]]:
        """Each text's vector, and one context vector per span of it, from the same pass: ``spans[i]`` lists
        ``(window start, window end, mention start, mention end)`` in ``texts[i]``'s characters, and a span's
        vector is the mean of the token states over its window, the mention's own tokens left out
        (``pool_span``). Cost: none beyond the sentence's pass."""
        return self._encode(texts, spans)

    def _encode(self, texts: list[str], spans: list | None) -> tuple[np.ndarray, list[np.ndarray]]:
        self.load()
        if not texts:
            return np.zeros((0, self.layout["dimension"]), np.float32), []
        prompt, mode = self.effective_prompt, self.layout["pooling"]
        encodings = self._tokenizer.encode_batch([prompt + t for t in texts])
        lengths = np.fromiter((len(e.ids) for e in encodings), np.int64, len(encodings))
        shift = len(prompt)

        def one(i: int) -> tuple[np.ndarray, np.ndarray | None]:
            ids = np.asarray([encodings[i].ids], np.int64)
            mask = np.ones_like(ids)
            hidden = self._run(ids, mask)
            vector = pool(hidden, mask, mode)[0]
            if not spans or not spans[i]:
                return vector, None
            starts, ends = token_spans(encodings[i].offsets, shift)
            return vector, np.stack([pool_span(hidden[0], starts, ends, s) for s in spans[i]])

        # Every sentence is handed to the threads at once, longest first: a thread takes the next as soon as it
        # is free, where groups of ``batch_size`` left one idle at the end of each group.
        order = longest_first(lengths)
        started = time.perf_counter()
        if not self._warm:
            # A runtime's first call sets up its Python bindings, and two threads racing into that can deadlock
            # (OpenVINO's pybind11 numpy hooks did, in the speed benchmark): the first sentence runs here, alone.
            first = one(order[0])
            self._warm = True
            results = itertools.chain([first], self._workers.map(one, order[1:]) if self._workers is not None
                                      else map(one, order[1:]))
        else:
            results = self._workers.map(one, order) if self._workers is not None else map(one, order)
        out: np.ndarray | None = None
        contexts: list[np.ndarray] = [np.zeros((0, 0), np.float32)] * len(texts)
        for n, (i, (vector, pooled)) in enumerate(zip(order, results), start=1):
            if out is None:
                out = np.empty((len(texts), len(vector)), np.float32)
            out[i] = vector
            if pooled is not None:
                contexts[i] = unit(pooled.astype(np.float32))
            if self.first_batch_seconds is None and (n == self.batch_size or n == len(texts)):
                self.first_batch_seconds = time.perf_counter() - started
        dim = out.shape[1]
        contexts = [c if c.size else np.zeros((0, dim), np.float32) for c in contexts]
        # the embedder's contract is unit vectors, whatever the folder says
        return unit(out), contexts


class OnnxRuntimeEmbedder(GraphEmbedder):
    """The folder's ONNX graph (int8 by default) on onnxruntime's CPU provider, one sentence per usable core."""

    backend = "onnx"

    def _load_graph(self):
        try:
            import onnxruntime as ort
        except ImportError:
            raise ModelError("the onnx backend needs onnxruntime: pip install onnxruntime") from None
        options = ort.SessionOptions()
        # one thread per run; the cores are kept busy by running one sentence per core (session.run is
        # thread-safe), which needs no spinning thread pool waiting between small operators
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        try:
            session = ort.InferenceSession(str(self.graph), options, providers=["CPUExecutionProvider"])
        except Exception as exc:  # noqa: BLE001 - a corrupt or foreign graph is one clear line
            raise ModelError(f"cannot load {self.graph}: {exc}".splitlines()[0]) from None
        self._inputs = {i.name for i in session.get_inputs()}
        outputs = [o.name for o in session.get_outputs()]
        self._output = next((n for n in ("last_hidden_state", "token_embeddings") if n in outputs), outputs[0])
        return session

    def _run(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        return self._runner.run([self._output], {k: v for k, v in feed.items() if k in self._inputs})[0]


class OpenVinoEmbedder(GraphEmbedder):
    """The folder's plain ONNX graph compiled by OpenVINO for the CPU (the optional ``openvino`` extra)."""

    backend = "openvino"

    def _load_graph(self):
        try:
            import openvino as ov
        except ImportError:
            raise ModelError("the openvino backend needs OpenVINO: pip install 'consistency[openvino]'") from None
        core = ov.Core()
        try:
            model = core.read_model(str(self.graph))
            # one stream per core, one thread each: the same one-sentence-per-core scheme as onnxruntime
            compiled = core.compile_model(model, "CPU", {"INFERENCE_NUM_THREADS": self.threads,
                                                         "NUM_STREAMS": self.threads,
                                                         "INFERENCE_PRECISION_HINT": "f32"})
        except Exception as exc:  # noqa: BLE001 - a graph OpenVINO cannot read is one clear line
            raise ModelError(f"OpenVINO cannot load {self.graph}: {exc}".strip().splitlines()[0]) from None
        import threading

        self._inputs = {p.get_any_name() for p in compiled.inputs}
        self._local = threading.local()  # an infer request serves one thread at a time
        self._out = compiled.output(0)
        return compiled

    def _run(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        request = getattr(self._local, "request", None)
        if request is None:
            request = self._local.request = self._runner.create_infer_request()
        feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        result = request.infer({k: v for k, v in feed.items() if k in self._inputs})
        return np.array(result[self._out])  # a copy: the request's buffer is reused by its next run
