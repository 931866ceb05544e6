"""The local engine: every stage in this process; facts per article, one embedding call for the corpus (sentences
and the masked contexts of figures and dates), then stories one at a time."""

from __future__ import annotations

import time
from typing import Callable

import numpy as np

from ..config import Config
from ..embed import CachedEmbedder, Embedder, EmbeddingCache, default_cache_dir
from ..records import Article, ModelInfo, Report
from ..segment import segment_article
from .. import pipeline as P


def open_cache(config: Config) -> EmbeddingCache | None:
    return EmbeddingCache((config.cache_dir or default_cache_dir()) / "embeddings.sqlite") if config.use_cache else None


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

        started = time.perf_counter()
        if embedder is None:
            embedder = P.make_embedder(config)
        cache = open_cache(config)
        timings["model_setup"] = time.perf_counter() - started

        # facts first: the masked context of each figure and date is embedded with the sentences
        started = time.perf_counter()
        facts, per_article, context_keys = {}, {}, {}
        for a in wanted:
            k = P.key(a)
            facts[k], per_article[k], context_keys[k] = P.prepare_texts(a, sentences[k], config,
                                                                        with_title=grouping and P.unlabelled(a))
        timings["extract"] = time.perf_counter() - started
        total = sum(len(t) for t in per_article.values())
        cached = CachedEmbedder(embedder, cache, progress=(lambda done: progress(done, total)) if progress else None)
        # One call for the whole corpus: the model batches texts of similar length together, and a text
        # repeated across articles is embedded once.
        loaded_before = getattr(embedder, "load_seconds", None)
        first_before = getattr(embedder, "first_batch_seconds", None)
        started = time.perf_counter()
        unique = list(dict.fromkeys(t for ts in per_article.values() for t in ts))
        matrix = cached.encode(unique) if unique else np.zeros((0, 1), np.float32)
        row = {t: n for n, t in enumerate(unique)}
        del unique
        rows, title_rows, context_rows = {}, {}, {}
        for a in articles:
            k = P.key(a)
            if k not in per_article:
                rows[k] = np.zeros(0, np.int64)
                continue
            rows[k], title, context_rows[k] = P.place_rows(a, sentences[k], context_keys[k],
                                                           [row[t] for t in per_article[k]])
            if title is not None:
                title_rows[k] = title
        del row, per_article
        embedding = time.perf_counter() - started
        # the model is loaded on its first sentence; its load is a stage of its own, the first batch part of embed
        loaded_now = getattr(embedder, "load_seconds", None)
        model_load = loaded_now if loaded_before is None and loaded_now is not None else 0.0
        timings["model_load"] = model_load
        timings["embed"] = max(embedding - model_load, 0.0)
        first_batch = getattr(embedder, "first_batch_seconds", None)
        if first_before is None and first_batch is not None:
            timings["first_batch"] = first_batch
        corpus = P.Corpus(articles, sentences, matrix, rows, title_rows, facts, context_rows)

        stories, todo = P.stories_to_compare(corpus, config, warnings, timings)
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
