"""The Ray engine: the same stages as the local engine, spread over a Ray cluster (or a local Ray instance).

Ray Data reads the articles, segments them and extracts their facts, and embeds their sentences in a pool of
actors, each of which loads the model once (with an embedder that pools contexts from its sentence passes,
``supports_spans``, the contexts of their figures and dates come from the same passes). The driver groups the
vectors into stories (one pure function over the corpus); otherwise a second pass of the pool embeds the masked
contexts of the compared stories' figures and dates; and every story is aligned and compared in a task of its
own. The Report is built from the same records as the local engine's, so every renderer and the gate work
unchanged. Ray is imported only here, and only when ``--engine ray`` is asked for.
"""

from __future__ import annotations

import os
import pickle
import time
from pathlib import Path
from typing import Callable

import numpy as np

from ..config import Config
from ..errors import ConfigError, ConsistencyError
from ..records import Article, ModelInfo, Report
from .. import pipeline as P

INSTALL_HINT = "pip install 'consistency[ray]'"
ARTICLES_PER_BATCH = 64  # articles per embedding call: long enough for length-sorted batches inside the model
CONTEXTS_PER_ROW = 16  # masked contexts per row of the second pass: 1,024 per call, as CachedEmbedder's chunks
STORIES_IN_FLIGHT = 4  # story tasks per CPU submitted ahead, so results stream back without piling up


def import_ray():
    """Ray, or a one-line error with the install hint."""
    try:
        import ray
        import ray.data  # noqa: F401 - Ray Data is the part we need, and its own extra
    except ImportError:
        raise ConfigError(f"the ray engine needs Ray Data, which is not installed: {INSTALL_HINT}") from None
    return ray


def _segment(row: dict, config: Config) -> dict:
    from ..segment import segment_article

    article: Article = row["article"]
    sentences = segment_article(article)
    facts, texts, mentions = b"", [], b""
    if row["wanted"]:
        texts = P.texts_to_embed(article, sentences, with_title=bool(row["title"]))
        extracted = P.extract_facts(article, sentences, config)
        # records travel as one pickled value: Ray Data would turn lists of equal length into array columns
        facts = pickle.dumps(extracted)
        mentions = pickle.dumps(P.article_mention_spans(sentences, extracted))
    return {"k": row["k"], "sentences": sentences, "texts": texts, "facts": facts, "mentions": mentions}


class _Embed:
    """One per actor: the model loads once, then embeds batch after batch (through the embedding cache)."""

    def __init__(self, config: Config, embedder=None) -> None:
        from ..embed import CachedEmbedder
        from .local import open_cache

        self.embedder = embedder if embedder is not None else P.make_embedder(config)
        self.cache = open_cache(config)
        self.cached = CachedEmbedder(self.embedder, self.cache)

    def __call__(self, batch: dict) -> dict:
        per_row = [list(t) for t in batch["texts"]]
        hits, misses = self.cached.hits, self.cached.misses
        pooled = np.empty(len(per_row), dtype=object)
        pooled[:] = [b""] * len(per_row)
        if "mentions" in batch and P.supports_spans(self.cached):
            # the contexts of the rows' figures and dates from their sentences' passes, as the local engine
            mentions = [pickle.loads(m) if m else [] for m in batch["mentions"]]
            encoder = P.SpanEncoder(self.cached.encode_with_spans)
            request: dict = {}
            for ts, ms in zip(per_row, mentions):
                for text, spans in P.span_request(ts, ms).items():
                    request.setdefault(text, set()).update(spans)
            encoder.add(request)
            matrix, at = encoder.matrix(), encoder.rows
            for n, ms in enumerate(mentions):
                pooled[n] = pickle.dumps(encoder.contexts_of(ms)) if batch["mentions"][n] else b""
        else:
            unique = list(dict.fromkeys(t for ts in per_row for t in ts))
            matrix = self.cached.encode(unique) if unique else np.zeros((0, 1), np.float32)
            at = {t: n for n, t in enumerate(unique)}
        dim = matrix.shape[1] if matrix.ndim == 2 and matrix.shape[1] else 1
        vectors = np.empty(len(per_row), dtype=object)
        for n, ts in enumerate(per_row):
            vectors[n] = matrix[[at[t] for t in ts]].tobytes() if ts else b""
        return {
            **{column: values for column, values in batch.items() if column not in ("texts", "mentions")},
            "pooled": pooled,
            "vectors": vectors,
            "dimension": np.full(len(per_row), dim, np.int64),
            "hits": np.full(len(per_row), self.cached.hits - hits, np.int64) * (np.arange(len(per_row)) == 0),
            "misses": np.full(len(per_row), self.cached.misses - misses, np.int64) * (np.arange(len(per_row)) == 0),
            "model": np.array([self.embedder.display_name] * len(per_row), dtype=object),
            "backend": np.array([str(getattr(self.embedder, "backend", "") or "")] * len(per_row), dtype=object),
            "prompt": np.array([self.embedder.effective_prompt] * len(per_row), dtype=object),
        }


def _compare_story(story, inputs, config):
    """One story's alignment and comparison, in a task, from its ``pipeline.story_inputs``."""
    timings: dict[str, float] = {}
    return P.compare_story(story, inputs, config, timings), timings


class RayEngine:
    name = "ray"

    def __init__(self, address: str | None = None, *, workers: int | None = None) -> None:
        self.address = address
        self.workers = workers

    def _start(self, ray) -> bool:
        if ray.is_initialized():
            return False
        import consistency

        package = str(Path(consistency.__file__).resolve().parent)
        # Ship this package to the workers, so a cluster runs the same code as the driver; the nodes need
        # only the dependencies installed.
        runtime_env = {"py_modules": [package], "env_vars": {"HF_HUB_OFFLINE": os.environ.get("HF_HUB_OFFLINE", "1"),
                                                             "TOKENIZERS_PARALLELISM": "false"}}
        import logging

        for name in ("ray", "ray.data"):  # Ray's own progress and info lines would clutter a CLI's output
            logging.getLogger(name).setLevel(logging.ERROR)
        try:
            ray.init(address=self.address, runtime_env=runtime_env, include_dashboard=False, log_to_driver=False,
                     configure_logging=False)
        except Exception as exc:  # noqa: BLE001 - a cluster that cannot be reached is a usage error
            raise ConfigError(f"cannot start or join Ray ({self.address or 'local'}): {exc}".splitlines()[0]) from None
        return True

    def run(self, articles: list[Article], config: Config, *, embedder=None,
            progress: Callable[[int, int], None] | None = None, warnings: list[str] | None = None) -> Report:
        ray = import_ray()
        P.check_something_to_compare(articles, config)
        started_here = self._start(ray)
        try:
            return self._run(ray, articles, config, embedder, progress, list(warnings or ()))
        except ray.exceptions.RayTaskError as exc:
            cause = getattr(exc, "cause", None)
            if isinstance(cause, ConsistencyError):
                raise cause from None
            raise
        finally:
            if started_here:
                ray.shutdown()

    def _run(self, ray, articles, config, embedder, progress, warnings: list[str]) -> Report:
        timings: dict[str, float] = {}
        begun = time.perf_counter()
        warnings += P.prose_warnings(articles)
        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False
        grouping = P.needs_grouping(config)
        wanted = {P.key(a) for a in P.articles_to_embed(articles, config)}
        items = [{"k": k, "article": a, "wanted": P.key(a) in wanted, "title": grouping and P.unlabelled(a)}
                 for k, a in enumerate(articles)]

        # read → segment → embed, streamed: segmentation runs in tasks, embedding in the actor pool
        started = time.perf_counter()
        workers = self.workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        embedded = (ray.data.from_items(items).map(_segment, fn_kwargs={"config": config})
                    .map_batches(_Embed, fn_constructor_kwargs={"config": config, "embedder": embedder},
                                 batch_size=ARTICLES_PER_BATCH, batch_format="numpy",
                                 compute=ray.data.ActorPoolStrategy(min_size=1, max_size=workers)))
        total = sum(len(a.text) for a in articles if P.key(a) in wanted)  # progress in characters: known up front
        sentences: dict[str, tuple] = {}
        facts: dict = {}
        pooled: dict = {}  # article key → its mentions' contexts, when the actors pooled them
        parts: dict[int, np.ndarray] = {}
        hits = misses = dim = 0
        model = prompt = ""
        backend = None
        done = 0
        for row in embedded.iter_rows():
            sentences[P.key(articles[int(row["k"])])] = tuple(row["sentences"])
            if row["facts"]:
                facts[P.key(articles[int(row["k"])])] = pickle.loads(row["facts"])
            if row.get("pooled"):
                pooled[P.key(articles[int(row["k"])])] = pickle.loads(row["pooled"])
            dim = int(row["dimension"])
            parts[int(row["k"])] = np.frombuffer(row["vectors"], np.float32).reshape(-1, dim) if row["vectors"] else np.zeros((0, dim), np.float32)
            hits += int(row["hits"])
            misses += int(row["misses"])
            model, prompt, backend = row["model"], row["prompt"], row["backend"] or None
            done += len(articles[int(row["k"])].text) if P.key(articles[int(row["k"])]) in wanted else 0
            if progress is not None:
                progress(min(done, total), total)
        rows, title_rows, blocks, at = {}, {}, [], 0
        known: dict[str, int] = {}  # each sentence text's row, so a context that is one is not embedded again
        for k, a in enumerate(articles):
            block = parts.get(k, np.zeros((0, dim or 1), np.float32))
            if k in parts and P.key(a) in facts:
                own = list(range(at, at + len(block)))
                rows[P.key(a)], title, _ = P.place_rows(a, sentences[P.key(a)], [], own)
                if title is not None:
                    title_rows[P.key(a)] = title
                texts = P.texts_to_embed(a, sentences[P.key(a)], with_title=items[k]["title"])
                known.update((t, r) for t, r in zip(texts, own) if t not in known)
            else:
                rows[P.key(a)] = np.zeros(0, np.int64)
            blocks.append(block)
            at += len(block)
        matrix = np.concatenate(blocks) if blocks else np.zeros((0, 1), np.float32)
        del parts, blocks
        # segmenting and embedding overlap in the stream; the time is booked as embedding
        timings["segment"] = 0.0
        embedding = time.perf_counter() - started
        corpus = P.Corpus(articles, sentences, matrix, rows, title_rows, facts)

        stories, todo = P.stories_to_compare(corpus, config, warnings, timings)

        started = time.perf_counter()
        counts = {"hits": 0, "misses": 0}

        def encode(texts: list[str]) -> np.ndarray:
            """The second pass of the actor pool, over the contexts of the compared stories, in order."""
            chunks = [{"n": n, "texts": texts[i:i + CONTEXTS_PER_ROW]}
                      for n, i in enumerate(range(0, len(texts), CONTEXTS_PER_ROW))]
            done = (ray.data.from_items(chunks)
                    .map_batches(_Embed, fn_constructor_kwargs={"config": config, "embedder": embedder},
                                 batch_size=ARTICLES_PER_BATCH, batch_format="numpy",
                                 compute=ray.data.ActorPoolStrategy(min_size=1, max_size=workers)))
            out = [None] * len(chunks)
            for row in done.iter_rows():
                width = int(row["dimension"])
                out[int(row["n"])] = np.frombuffer(row["vectors"], np.float32).reshape(-1, width)
                counts["hits"] += int(row["hits"])
                counts["misses"] += int(row["misses"])
            return np.concatenate(out)

        if pooled.keys() >= facts.keys():
            corpus.set_contexts(pooled)
        else:
            P.embed_contexts(corpus, todo, encode, known, read=P.reads_contexts(config))
        del known
        hits, misses = hits + counts["hits"], misses + counts["misses"]
        timings["embed"] = embedding + time.perf_counter() - started

        task = ray.remote(_compare_story)
        config_ref = ray.put(config)
        limit = STORIES_IN_FLIGHT * workers
        clusters = [None] * len(todo)
        pending: dict = {}
        for n, story in enumerate(todo):
            ref = task.remote(story, P.story_inputs(story, corpus), config_ref)
            pending[ref] = n
            if len(pending) >= limit:
                self._collect(ray, pending, clusters, timings, wait_for=1)
        self._collect(ray, pending, clusters, timings, wait_for=len(pending))
        timings["cache_hits"] = hits
        timings["embedded"] = misses
        info = ModelInfo(model, dim, prompt, backend)
        timings["total"] = time.perf_counter() - begun  # the model loads inside the actors: part of embed here
        return P.finish_report(info, clusters, stories, warnings, timings, config, self.name)

    @staticmethod
    def _collect(ray, pending: dict, clusters: list, timings: dict, wait_for: int) -> None:
        if not pending:
            return
        ready, _ = ray.wait(list(pending), num_returns=min(wait_for, len(pending)))
        for ref in ready:
            cluster, spent = ray.get(ref)
            clusters[pending.pop(ref)] = cluster
            for stage, seconds in spent.items():
                timings[stage] = timings.get(stage, 0.0) + seconds


__all__ = ["INSTALL_HINT", "RayEngine", "import_ray"]
