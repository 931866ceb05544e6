"""Load articles: read files, pages and URL lists, detect the language once per document, and mark
boilerplate by structure."""

from __future__ import annotations

from pathlib import Path

from ..records import Article
from .boilerplate import clean
from .language import detect_language
from ..errors import InputError
from .sources import DEFAULT_CLUSTER, RawArticle, check_unique, read_paths

__all__ = ["DEFAULT_CLUSTER", "load_articles", "prepare", "without_duplicates"]
MAX_DUPLICATE_WARNINGS = 5  # a corpus of copies gets a few named and a count, not a line per copy


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
    if source is None and cleaned.outlet is not None:  # "JAKARTA, KOMPAS.com - ": KOMPAS.com, not the place
        source = raw.text[cleaned.outlet.start : cleaned.outlet.end].strip()
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
        format=raw.format,
    )


def load_articles(paths: list[str | Path], *, encoding: str | None = None, language: str | None = None,
                  warnings: list[str] | None = None, urls: str | Path | None = None,
                  cache_dir: Path | None = None, url_timeout: float | None = None) -> list[Article]:
    """Read and prepare every article named by ``paths`` and, with ``urls``, the pages listed in that file
    (fetched into ``cache_dir``/pages once); ``language`` forces one language for all. Warnings about the
    inputs (pages that failed, an unclosed front matter) are appended to ``warnings`` when given."""
    raws = read_paths(paths, encoding=encoding, warnings=warnings) if paths or urls is None else []
    if urls is not None:
        from .urls import TIMEOUT, url_articles

        if cache_dir is None:
            from ..embed import default_cache_dir

            cache_dir = default_cache_dir()
        raws += url_articles(Path(urls), Path(cache_dir), warnings=warnings, timeout=url_timeout or TIMEOUT)
        check_unique(raws)
    if not raws:
        raise InputError("no input: give one or more files, directories, .jsonl files or --urls")
    return without_duplicates([prepare(raw, language=language) for raw in raws], warnings)


def _normalised(article: Article) -> str:
    prose = " ".join(article.text[p.start : p.end] for p in article.paragraphs)
    return " ".join(prose.casefold().split())


def without_duplicates(articles: list[Article], warnings: list[str] | None = None) -> list[Article]:
    """One article per text within a cluster: an outlet's page saved twice, or its AMP copy, would otherwise
    agree with itself on every figure and count as a second source. The first keeps its place; the other is
    named in a warning with it."""
    seen: dict[tuple[str, str], str] = {}
    kept, repeats = [], []
    for art in articles:
        text = _normalised(art)
        key = (art.cluster, text)
        if text and key in seen:
            repeats.append(f"articles {seen[key]!r} and {art.id!r} have the same text (cluster {art.cluster!r}); "
                           f"{art.id!r} is not compared again")
            continue
        seen.setdefault(key, art.id)
        kept.append(art)
    if warnings is not None:
        warnings.extend(repeats[:MAX_DUPLICATE_WARNINGS])
        if len(repeats) > MAX_DUPLICATE_WARNINGS:
            warnings.append(f"{len(repeats) - MAX_DUPLICATE_WARNINGS} more articles repeat the text of another "
                            "article of their cluster and are not compared again")
    return kept

