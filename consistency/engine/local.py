"""The local engine: every stage on this machine. Facts are extracted beside the embedding (in a second process
when that pays) and handed over a chunk of articles at a time. The corpus's sentences are embedded in one call and
the masked contexts of the compared stories' figures and dates in a second; with an embedder that pools contexts
from its sentence passes (``supports_spans``, off by default), each chunk's sentences are embedded as its facts
arrive, with their contexts. Stories are aligned and compared one at a time."""

from __future__ import annotations

import pickle
import queue
import sys
import threading
import time
from typing import Callable

import numpy as np

from ..config import Config
from ..embed import CachedEmbedder, Embedder, EmbeddingCache, default_cache_dir, supports_spans
from ..records import Article, ModelInfo, Report
from ..segment import segment_article
from .. import pipeline as P

# Below this many sentences extraction takes well under a second: not worth a second process.
BESIDE_MIN_SENTENCES = 200
# Articles per chunk of facts sent back by the second process: the first chunk is what the embedding waits for
# (while the model loads), and each chunk's sentences are one embedding call, long enough for both cores.
FACTS_CHUNK = 24


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
            for start in range(0, len(items), FACTS_CHUNK):
                try:
                    payload = ("facts", _extract(items[start:start + FACTS_CHUNK], config))
                except Exception as exc:  # noqa: BLE001 - the parent raises it
                    payload = ("error", exc)
                try:
                    try:
                        send.send(payload)
                    except (pickle.PicklingError, TypeError, AttributeError):  # an exception that cannot be pickled
                        send.send(("error", RuntimeError(f"fact extraction failed: {payload[1]!r}")))
                except OSError:  # the parent stopped listening (it failed or was interrupted)
                    break
                if payload[0] == "error":
                    break
            send.close()

        self.process = context.Process(target=child, name="consistency-extract", daemon=True)
        self.process.start()
        send.close()
        self.conn = receive
        # Chunks are read as they come, whether or not the embedding asks for them yet: a chunk larger than the
        # pipe's buffer would otherwise hold the extraction up until the sentences are embedded (measured on
        # the speed corpus: 7-10 s of waiting after the embedding, where one message at the end waited 0.07 s).
        self.received: queue.Queue = queue.Queue()
        self.reader = threading.Thread(target=self._drain, name="consistency-facts", daemon=True)
        self.reader.start()

    def _drain(self) -> None:
        try:
            while True:
                self.received.put(self.conn.recv())
        except (EOFError, OSError):  # all sent, or the process died (killed, out of memory)
            self.received.put(None)

    def chunks(self):
        """The facts by article key, a chunk of articles at a time in the order given (as the second process
        sends them, or extracted here chunk by chunk)."""
        got: set = set()
        if self.process is not None:
            try:
                while len(got) < len(self.items):
                    message = self.received.get()
                    if message is None:  # the process died (killed, out of memory): extract here instead
                        break
                    kind, value = message
                    if kind == "error":
                        raise value
                    got.update(value)
                    yield value
            finally:
                self.close()
        rest = [item for item in self.items if item[0] not in got]
        for start in range(0, len(rest), FACTS_CHUNK):
            yield _extract(rest[start:start + FACTS_CHUNK], self.config)

    def result(self) -> dict:
        """The facts by article key (waiting for the second process, if there is one)."""
        out: dict = {}
        for chunk in self.chunks():
            out.update(chunk)
        return out

    def close(self) -> None:
        if self.process is None:
            return
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()
        self.reader.join(timeout=5)  # the pipe's far end is closed now: the reader has its end of file
        self.conn.close()
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
        # the total grows once the masked contexts to embed are known (backends without token states)
        state = {"total": sum(len(t) for t in per_article.values())}
        cached = CachedEmbedder(embedder, cache,
                                progress=(lambda done: progress(done, state["total"])) if progress else None)
        loaded_before = getattr(embedder, "load_seconds", None)
        first_before = getattr(embedder, "first_batch_seconds", None)
        if supports_spans(cached):
            corpus, stories, todo, embedding = self._embed_pooled(articles, sentences, per_article, facts, cached,
                                                                  config, warnings, timings)
        else:
            corpus, stories, todo, embedding = self._embed_masked(articles, sentences, per_article, facts, cached,
                                                                  config, warnings, timings, state)
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

    @staticmethod
    def _embed_pooled(articles, sentences, per_article, facts: Facts, cached, config, warnings, timings):
        """Facts first, a chunk of articles at a time; then each chunk's sentences (and titles) in one call,
        with their mentions' contexts pooled from the same passes: nothing is embedded for the contexts."""
        by_key = {P.key(a): a for a in articles}
        encoder = P.SpanEncoder(cached.encode_with_spans)
        found, mentions = {}, {}
        waited = embedding = 0.0
        started = time.perf_counter()
        for chunk in facts.chunks():
            now = time.perf_counter()
            waited += now - started
            request: dict = {}
            for k, f in chunk.items():
                mentions[k] = P.article_mention_spans(sentences[k], f)
                for text, spans in P.span_request(per_article[k], mentions[k]).items():
                    request.setdefault(text, set()).update(spans)
            found.update(chunk)
            encoder.add(request)
            started = time.perf_counter()
            embedding += started - now
        timings["extract"] = waited  # beside the embedding: only what the model waited for
        matrix = encoder.matrix()
        rows, title_rows = _sentence_rows(articles, sentences, per_article, encoder.rows)
        corpus = P.Corpus(articles, sentences, matrix, rows, title_rows, facts=found)
        corpus.set_contexts({k: encoder.contexts_of(m) for k, m in mentions.items() if k in by_key})
        stories, todo = P.stories_to_compare(corpus, config, warnings, timings)
        return corpus, stories, todo, embedding

    @staticmethod
    def _embed_masked(articles, sentences, per_article, facts: Facts, cached, config, warnings, timings, state):
        """One call for the corpus's sentences (the model sorts texts by length, and a text repeated across
        articles is embedded once); the masked contexts of the compared stories' figures and dates in a second,
        once the stories are known."""
        started = time.perf_counter()
        unique = list(dict.fromkeys(t for ts in per_article.values() for t in ts))
        matrix = cached.encode(unique) if unique else np.zeros((0, 1), np.float32)
        row = {t: n for n, t in enumerate(unique)}
        del unique
        rows, title_rows = _sentence_rows(articles, sentences, per_article, row)
        embedding = time.perf_counter() - started
        corpus = P.Corpus(articles, sentences, matrix, rows, title_rows)

        stories, todo = P.stories_to_compare(corpus, config, warnings, timings)

        started = time.perf_counter()
        corpus.facts = facts.result()
        timings["extract"] = time.perf_counter() - started  # beside the embedding: only what is left of it

        # The masked contexts, through the same cache: a vector is the same whichever call embeds its text.
        started = time.perf_counter()

        def encode(texts: list[str]) -> np.ndarray:
            state["total"] = cached.done + len(texts)
            return cached.encode(texts)

        P.embed_contexts(corpus, todo, encode, row, read=P.reads_contexts(config))
        embedding += time.perf_counter() - started
        return corpus, stories, todo, embedding


def _sentence_rows(articles, sentences, per_article, row_of) -> tuple[dict, dict]:
    """Each article's sentence rows and title row in the embedded matrix, by article key, from the row of each
    text (``row_of``); an article with no texts (nothing to embed) gets no rows."""
    rows, title_rows = {}, {}
    for a in articles:
        k = P.key(a)
        if k not in per_article:
            rows[k] = np.zeros(0, np.int64)
            continue
        rows[k], title, _ = P.place_rows(a, sentences[k], [], [row_of[t] for t in per_article[k]])
        if title is not None:
            title_rows[k] = title
    return rows, title_rows
