"""The local engine: every stage on this machine; one embedding call for the corpus's sentences, facts extracted
beside it (in a second process when that pays), then the masked contexts of the compared stories' figures and
dates in a second call, and stories aligned and compared one at a time."""

from __future__ import annotations

import pickle
import sys
import threading
import time
from typing import Callable

import numpy as np

from ..config import Config
from ..embed import CachedEmbedder, Embedder, EmbeddingCache, default_cache_dir
from ..records import Article, ModelInfo, Report
from ..segment import segment_article
from .. import pipeline as P

# Below this many sentences extraction takes well under a second: not worth a second process.
BESIDE_MIN_SENTENCES = 200


def open_cache(config: Config) -> EmbeddingCache | None:
    return EmbeddingCache((config.cache_dir or default_cache_dir()) / "embeddings.sqlite") if config.use_cache else None


def _cores() -> int:
    from ..embed.runtime import usable_cores

    return usable_cores()


def _extract(items: list[tuple], config: Config) -> dict:
    return {k: P.extract_facts(a, sentences, config) for k, a, sentences in items}


# Runtimes whose native thread pools ``threading`` cannot see: once one is loaded (a library caller that keeps
# a model between runs), a lock held by one of their threads at fork time would stay held in the child.
NATIVE_POOLS = ("onnxruntime", "torch", "openvino")


def can_fork() -> bool:
    """A forked child is safe only from a process with one thread of its own (Linux; macOS's libraries are not
    fork-safe) and no model runtime loaded yet, and pays only with a core to spare beside the model's runs."""
    return (sys.platform.startswith("linux") and threading.active_count() == 1
            and not any(name in sys.modules for name in NATIVE_POOLS) and _cores() >= 2)


class Facts:
    """The facts of the articles to compare. Extraction is pure Python on one core, and the model's runs keep
    both cores busy only when they are all there is; so on a corpus of some size the facts are extracted in a
    forked process while this one embeds (measured: about half the extraction's time off the whole run),
    otherwise here, when they are asked for. Either way the facts are the same records."""

    def __init__(self, items: list[tuple], config: Config) -> None:
        self.items, self.config = items, config
        self.process = self.conn = None
        if sum(len(s) for _, _, s in items) >= BESIDE_MIN_SENTENCES and can_fork():
            self._start()

    @property
    def beside(self) -> bool:
        return self.process is not None

    def _start(self) -> None:
        import multiprocessing

        context = multiprocessing.get_context("fork")
        receive, send = context.Pipe(duplex=False)
        items, config = self.items, self.config

        def child() -> None:  # runs in the forked process: the articles are inherited, only facts travel back
            import signal

            signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it ends this process
            receive.close()
            try:
                payload = ("facts", _extract(items, config))
            except Exception as exc:  # noqa: BLE001 - the parent raises it
                payload = ("error", exc)
            try:
                try:
                    send.send(payload)
                except (pickle.PicklingError, TypeError, AttributeError):  # an exception that cannot be pickled
                    send.send(("error", RuntimeError(f"fact extraction failed: {payload[1]!r}")))
            except OSError:  # the parent stopped listening (it failed or was interrupted)
                pass
            send.close()

        self.process = context.Process(target=child, name="consistency-extract", daemon=True)
        self.process.start()
        send.close()
        self.conn = receive

    def result(self) -> dict:
        """The facts by article key (waiting for the second process, if there is one)."""
        if self.process is None:
            return _extract(self.items, self.config)
        try:
            kind, value = self.conn.recv()
        except (EOFError, OSError):  # the process died (killed, out of memory): extract here instead
            kind, value = "facts", _extract(self.items, self.config)
        finally:
            self.close()
        if kind == "error":
            raise value
        return value

    def close(self) -> None:
        if self.process is None:
            return
        self.conn.close()
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()
        self.process = None


class LocalEngine:
    name = "local"

    def run(self, articles: list[Article], config: Config, *, embedder: Embedder | None = None,
            progress: Callable[[int, int], None] | None = None, warnings: list[str] | None = None) -> Report:
        timings: dict[str, float] = {}
        begun = time.perf_counter()
        warnings = list(warnings or ()) + P.prose_warnings(articles)
        started = time.perf_counter()
        sentences = {P.key(a): segment_article(a) for a in articles}
        timings["segment"] = time.perf_counter() - started

        # Which articles need vectors: all of them when unlabelled ones are grouped; otherwise only clusters of
        # two or more (as before grouping existed, so a labelled corpus embeds nothing it will not compare).
        grouping = P.needs_grouping(config)
        wanted = P.articles_to_embed(articles, config)
        P.check_something_to_compare(articles, config)
        # started before the model loads: a fork needs a process of one thread
        facts = Facts([(P.key(a), a, sentences[P.key(a)]) for a in wanted], config)
        try:
            return self._run(articles, config, embedder, progress, warnings, sentences, wanted, grouping, facts,
                             timings, begun)
        finally:
            facts.close()

    def _run(self, articles, config, embedder, progress, warnings, sentences, wanted, grouping, facts: Facts,
             timings, begun) -> Report:
        started = time.perf_counter()
        if embedder is None:
            embedder = P.make_embedder(config)
        cache = open_cache(config)
        timings["model_setup"] = time.perf_counter() - started

        per_article = {P.key(a): P.texts_to_embed(a, sentences[P.key(a)], with_title=grouping and P.unlabelled(a))
                       for a in wanted}
        # the total grows once the contexts to embed are known
        state = {"total": sum(len(t) for t in per_article.values())}
        cached = CachedEmbedder(embedder, cache,
                                progress=(lambda done: progress(done, state["total"])) if progress else None)
        # One call for the corpus's sentences: the model sorts texts by length, and a text repeated across
        # articles is embedded once.
        loaded_before = getattr(embedder, "load_seconds", None)
        first_before = getattr(embedder, "first_batch_seconds", None)
        started = time.perf_counter()
        unique = list(dict.fromkeys(t for ts in per_article.values() for t in ts))
        matrix = cached.encode(unique) if unique else np.zeros((0, 1), np.float32)
        row = {t: n for n, t in enumerate(unique)}
        del unique
        rows, title_rows = {}, {}
        for a in articles:
            k = P.key(a)
            if k not in per_article:
                rows[k] = np.zeros(0, np.int64)
                continue
            rows[k], title, _ = P.place_rows(a, sentences[k], [], [row[t] for t in per_article[k]])
            if title is not None:
                title_rows[k] = title
        del per_article
        embedding = time.perf_counter() - started
        corpus = P.Corpus(articles, sentences, matrix, rows, title_rows)

        stories, todo = P.stories_to_compare(corpus, config, warnings, timings)

        started = time.perf_counter()
        corpus.facts = facts.result()
        timings["extract"] = time.perf_counter() - started  # beside the embedding: only what is left of it

        # The masked contexts of the compared stories' figures and dates, through the same cache: an int8
        # vector is the same whichever call embeds its text.
        started = time.perf_counter()

        def encode(texts: list[str]) -> np.ndarray:
            state["total"] = cached.done + len(texts)
            return cached.encode(texts)

        P.embed_contexts(corpus, todo, encode, row)
        del row
        embedding += time.perf_counter() - started
        # the model is loaded on its first sentence; its load is a stage of its own, the first batch part of embed
        loaded_now = getattr(embedder, "load_seconds", None)
        model_load = loaded_now if loaded_before is None and loaded_now is not None else 0.0
        timings["model_load"] = model_load
        timings["embed"] = max(embedding - model_load, 0.0)
        first_batch = getattr(embedder, "first_batch_seconds", None)
        if first_before is None and first_batch is not None:
            timings["first_batch"] = first_batch

        # Stories stream through align → compare: only each one's Cluster (alignments and findings) is kept.
        clusters = [P.story_cluster(story, corpus, config, timings) for story in todo]
        timings["cache_hits"] = cached.hits
        timings["embedded"] = cached.misses
        if cache is not None:
            cache.close()
            warnings.extend(getattr(cache, "warnings", ()))
        note = getattr(embedder, "note", None)
        if note and cached.misses:
            warnings.append(note)
        info = ModelInfo(embedder.display_name, cached.dimension or embedder.dimension, embedder.effective_prompt,
                         getattr(embedder, "backend", None))
        timings["total"] = time.perf_counter() - begun
        return P.finish_report(info, clusters, stories, warnings, timings, config, self.name)
