"""Load articles: read files, detect the language once per document, and mark boilerplate by structure."""

from __future__ import annotations

from pathlib import Path

from ..records import Article
from .boilerplate import clean
from .language import detect_language
from .sources import DEFAULT_CLUSTER, RawArticle, read_paths

__all__ = ["DEFAULT_CLUSTER", "load_articles", "prepare", "group_clusters"]


def prepare(raw: RawArticle, *, language: str | None = None) -> Article:
    """Turn raw text and metadata into an Article with its prose paragraphs and dropped lines."""
    cleaned = clean(raw.text)
    prose = " ".join(raw.text[p.start : p.end] for p in cleaned.paragraphs)
    lang = raw.language or language
    detected = False
    if not lang:
        lang = detect_language(prose or raw.text)
        detected = True
    source = raw.source
    if source is None and cleaned.dateline is not None:
        source = raw.text[cleaned.dateline.start : cleaned.dateline.end].strip()
    return Article(
        id=raw.id,
        text=raw.text,
        cluster=raw.cluster,
        path=raw.path,
        source=source,
        url=raw.url,
        published=raw.published,
        language=lang,
        language_detected=detected,
        title=raw.title,
        line_offset=raw.line_offset,
        paragraphs=cleaned.paragraphs,
        dropped=cleaned.dropped,
        dateline=cleaned.dateline,
    )


def load_articles(paths: list[str | Path], *, encoding: str | None = None, language: str | None = None) -> list[Article]:
    """Read and prepare every article named by ``paths``; ``language`` forces one language for all."""
    return [prepare(raw, language=language) for raw in read_paths(paths, encoding=encoding)]


def group_clusters(articles: list[Article]) -> dict[str, list[Article]]:
    """Articles by cluster id, in first-seen order."""
    clusters: dict[str, list[Article]] = {}
    for art in articles:
        clusters.setdefault(art.cluster, []).append(art)
    return clusters
