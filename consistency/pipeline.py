"""The pipeline: load → segment → embed → align → extract → compare, one cluster at a time, into a Report."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

import numpy as np

from .align import align_pairs, claim_groups
from .compare import compare_cluster
from .config import Config
from .embed import CachedEmbedder, Embedder, EmbeddingCache, default_cache_dir, load_embedder
from .errors import InputError
from .extract import extract_article
from .load import group_clusters, load_articles
from .records import Alignment, AlignmentMember, Article, Cluster, ModelInfo, Report, Sentence
from .segment import segment_article


class _Clock:
    """Adds the time since the last lap to ``timings[stage]``."""

    def __init__(self, timings: dict[str, float] | None) -> None:
        self.timings = timings
        self.last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        if self.timings is not None:
            self.timings[stage] = self.timings.get(stage, 0.0) + now - self.last
        self.last = now


def embed_text(sentence: Sentence) -> str:
    """What the model sees: the sentence with its line breaks folded."""
    return " ".join(sentence.text.split())


def align_cluster(cluster_id: str, articles: list[Article], sentences: dict[str, tuple[Sentence, ...]],
                  vectors: np.ndarray, config: Config, timings: dict[str, float] | None = None) -> Cluster:
    """Align, extract and compare one cluster; ``vectors`` has one row per sentence, in article order.
    Stage times are added to ``timings``."""
    clock = _Clock(timings)
    flat = [s for a in articles for s in sentences[a.id]]
    index = {a.id: n for n, a in enumerate(articles)}
    owners = np.array([index[s.article] for s in flat], dtype=np.int64)
    pairs = align_pairs(vectors, owners, config.align)
    link = {(p.i, p.j): p for p in pairs}
    alignments = []
    for n, members in enumerate(claim_groups(pairs, owners), start=1):
        inner = [(a, b, link[(members[a], members[b])].cosine)
                 for a in range(len(members)) for b in range(a + 1, len(members))
                 if (members[a], members[b]) in link]
        score = float(np.mean([c for _, _, c in inner]))
        alignments.append(
            Alignment(
                id=f"{cluster_id}:a{n}",
                score=round(score, 4),
                members=tuple(
                    AlignmentMember(flat[m].article, flat[m].index, flat[m].text, flat[m].start, flat[m].end)
                    for m in members
                ),
                pairs=tuple((a, b, round(c, 4)) for a, b, c in inner),
            )
        )
    alignments.sort(key=lambda al: (-al.score, al.id))
    alignments = [
        Alignment(f"{cluster_id}:a{n}", al.score, al.members, al.pairs) for n, al in enumerate(alignments, start=1)
    ]
    clock.lap("align")
    facts = {a.id: extract_article(a, sentences[a.id], config.numbers) for a in articles}
    clock.lap("extract")
    findings = compare_cluster(tuple(articles), facts, tuple(alignments), config.compare)
    clock.lap("compare")
    return Cluster(cluster_id, tuple(articles), sentences, tuple(alignments), findings)


def check_articles(articles: list[Article], config: Config = Config(), *, embedder: Embedder | None = None,
                   progress: Callable[[int, int], None] | None = None, warnings: list[str] | None = None) -> Report:
    """Align and compare the claims of already loaded articles, cluster by cluster.

    ``progress(done, total)`` is called as sentences are embedded; ``warnings`` (from loading) open the
    report's warnings.
    """
    timings: dict[str, float] = {}
    warnings = list(warnings or ())
    clusters = group_clusters(articles)
    comparable = {cid: arts for cid, arts in clusters.items() if len(arts) >= 2}
    for cid, arts in clusters.items():
        if len(arts) < 2:
            warnings.append(f"cluster {cid!r} has one article ({arts[0].id}); nothing to compare it with")
    if not comparable:
        raise InputError("nothing to compare: give at least two articles of the same cluster")
    for art in articles:
        if not art.paragraphs:
            warnings.append(f"article {art.id!r} has no prose left after removing boilerplate")
    begun = started = time.perf_counter()
    if embedder is None:
        embedder = load_embedder(config.model, prompt=config.prompt, cache_dir=config.cache_dir,
                                 batch_size=config.batch_size, allow_download=config.allow_download,
                                 backend=config.backend)
    cache = EmbeddingCache((config.cache_dir or default_cache_dir()) / "embeddings.sqlite") if config.use_cache else None
    timings["model_setup"] = time.perf_counter() - started
    started = time.perf_counter()
    segmented = {cid: {a.id: segment_article(a) for a in arts} for cid, arts in comparable.items()}
    timings["segment"] = time.perf_counter() - started
    total = sum(len(ss) for d in segmented.values() for ss in d.values())
    cached = CachedEmbedder(embedder, cache, progress=(lambda done: progress(done, total)) if progress else None)
    # One call for the whole corpus: the model batches sentences of similar length together, and a
    # sentence repeated across clusters is embedded once.
    loaded_before = getattr(embedder, "load_seconds", None)
    first_before = getattr(embedder, "first_batch_seconds", None)
    started = time.perf_counter()
    texts = {cid: [embed_text(x) for a in arts for x in segmented[cid][a.id]] for cid, arts in comparable.items()}
    unique = list(dict.fromkeys(t for ts in texts.values() for t in ts))
    matrix = cached.encode(unique) if unique else np.zeros((0, 1), np.float32)
    row = {t: n for n, t in enumerate(unique)}
    embedding = time.perf_counter() - started
    # the model is loaded on its first sentence; its load is a stage of its own, the first batch part of embed
    loaded_now = getattr(embedder, "load_seconds", None)
    model_load = loaded_now if loaded_before is None and loaded_now is not None else 0.0
    timings["model_load"] = model_load
    timings["embed"] = max(embedding - model_load, 0.0)
    first_batch = getattr(embedder, "first_batch_seconds", None)
    if first_before is None and first_batch is not None:
        timings["first_batch"] = first_batch
    results = [
        align_cluster(cid, arts, segmented[cid],
                      matrix[[row[t] for t in texts[cid]]] if texts[cid] else np.zeros((0, 1), np.float32), config, timings)
        for cid, arts in comparable.items()
    ]
    timings["cache_hits"] = cached.hits
    timings["embedded"] = cached.misses
    if cache is not None:
        cache.close()
        warnings.extend(cache.warnings)
    note = getattr(embedder, "note", None)
    if note and cached.misses:
        warnings.append(note)
    info = ModelInfo(embedder.display_name, cached.dimension or embedder.dimension, embedder.effective_prompt,
                     getattr(embedder, "backend", None))
    timings["total"] = time.perf_counter() - begun
    return Report(info, tuple(results), tuple(warnings), timings)


def check(paths: list[str | Path], config: Config = Config(), *, embedder: Embedder | None = None,
          progress: Callable[[int, int], None] | None = None, urls: str | Path | None = None) -> Report:
    """Load the articles under ``paths`` (and the pages listed in the file ``urls``), align their claims and
    compare their facts."""
    started = time.perf_counter()
    warnings: list[str] = []
    articles = load_articles(paths, encoding=config.encoding, language=config.language, warnings=warnings,
                             urls=urls, cache_dir=config.cache_dir or default_cache_dir())
    loaded = time.perf_counter() - started
    report = check_articles(articles, config, embedder=embedder, progress=progress, warnings=warnings)
    report.timings["load"] = loaded
    report.timings["total"] += loaded
    return report
