"""HTML pages as articles: the main text and the page's metadata, extracted with trafilatura.

trafilatura is the maintained, benchmarked extractor for news pages: it drops navigation, related links,
comments and footers by the page's structure (with readability and jusText as fallbacks), and reads the
title, site name, canonical URL and publication date (htmldate) from the markup. The extracted text becomes
the article's text; the plain-text boilerplate rules still run on it afterwards (inline "Baca juga:" links
inside the body survive extraction). Offsets in reports refer to that extracted text.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .language import normalize_language
from .sources import RawArticle, check_size, decode, read_bytes, valid_unicode, without_credentials

MAX_PAGE_BYTES = 16 * 2**20  # real article pages are well under 2 MB even with inline scripts
for _name in ("trafilatura", "htmldate", "courlan", "readability", "justext"):
    # their diagnostics ("discarding data", "not enough text") would reach stderr through logging's
    # last-resort handler; a page without an article is reported by us, once
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False


@dataclass(frozen=True)
class Page:
    """What trafilatura found in a page: the article's text and the metadata the page states."""

    text: str
    title: str | None = None
    published: dt.date | None = None
    site: str | None = None
    language: str | None = None
    url: str | None = None


def _page_language(tree) -> str | None:
    """The language the page declares: <html lang>, xml:lang, Content-Language or og:locale."""
    candidates = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")]
    for meta in tree.iter("meta"):
        key = (meta.get("http-equiv") or meta.get("property") or meta.get("name") or "").lower()
        if key in ("content-language", "og:locale", "language", "dc.language"):
            candidates.append(meta.get("content"))
    for value in candidates:
        code = normalize_language((value or "").split(",")[0])
        if code:
            return code
    return None


# "Baca juga:" right before a link inside a paragraph: the link is another article's headline. The plain-text
# rules can only drop a whole line, which here is the paragraph, so the marker and the link are cut in the
# markup, where the headline's end is known, and the rest of the paragraph stays.
_RELATED_BEFORE_LINK = re.compile(
    # a colon is needed after words prose uses before a link too ("a related <a>study</a>")
    r"(?:(?:baca|lihat|simak)\s+(?:juga|pula)\s*[:：]?|(?:berita|artikel)\s+terkait\s*[:：]"
    r"|(?:read\s+(?:more|also)|see\s+also|related)\s*[:：])\s*$",
    re.IGNORECASE,
)
_INLINE_TAGS = {"strong", "b", "em", "i", "span", "u"}


def _remove_keeping_tail(el) -> None:
    parent, prev, tail = el.getparent(), el.getprevious(), el.tail or ""
    if prev is not None:
        prev.tail = (prev.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(el)


def _cut_related_links(tree) -> None:
    """Cut "Baca juga: <a>headline</a>" out of the paragraph it sits in, keeping the text around it."""
    for link in list(tree.iter("a")):
        parent = link.getparent()
        if parent is None:
            continue
        prev = link.getprevious()
        before = (prev.tail if prev is not None else parent.text) or ""
        marker = _RELATED_BEFORE_LINK.search(before)
        if marker and (marker.start() == 0 or not before[marker.start() - 1].isalnum()):
            cut = before[: marker.start()]
            if prev is not None:
                prev.tail = cut
            else:
                parent.text = cut
            _remove_keeping_tail(link)
            continue
        # "<strong>Baca juga:</strong> <a>…</a>": the marker is the element just before the link
        if prev is not None and not (prev.tail or "").strip() and prev.tag in _INLINE_TAGS \
                and not len(prev) and _RELATED_BEFORE_LINK.fullmatch((prev.text or "").strip()):
            _remove_keeping_tail(prev)
            _remove_keeping_tail(link)


def extract_page(html: bytes | str, *, url: str | None = None) -> Page | None:
    """The main text and metadata of an HTML page, or None when the page holds no article text."""
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return None
    language = _page_language(tree)
    _cut_related_links(tree)
    doc = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, include_tables=False, include_images=False,
        include_links=False, deduplicate=False,
        # only dates the page states in its markup (meta tags, <time>, JSON-LD, date elements): a full-text
        # search takes a copyright year or a related article's date for the publication date
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None or not (doc.text or "").strip():
        return None
    text = doc.text.strip("\n")
    lines = text.split("\n")
    title = (doc.title or "").strip() or None
    if title and len(lines) > 1 and lines[0].strip() == title:
        text = "\n".join(lines[1:]).lstrip("\n")  # the headline is the title, kept as metadata as in front matter
    published = None
    if doc.date:
        try:
            published = dt.date.fromisoformat(doc.date[:10])
        except ValueError:
            published = None
    site = (doc.sitename or "").strip() or (doc.hostname or "").strip() or None
    return Page(text=text + "\n", title=title, published=published, site=site, language=language,
                url=(doc.url or url or None))


def page_article(html: bytes | str, where: str, *, article_id: str, path: str, meta: dict,
                 url: str | None = None, warnings: list[str] | None = None) -> RawArticle:
    """An article from a page: its extracted text, with metadata from ``meta`` (manifest) over the page's."""
    try:
        page = extract_page(html, url=url)
    except (ValueError, TypeError, RecursionError) as exc:  # lxml on pathological markup
        raise InputError(f"{where}: cannot parse the page ({type(exc).__name__})") from None
    from .boilerplate import is_prose

    # trafilatura's fallbacks return whatever text a page has (a menu, a cookie notice); an article has
    # at least one line of prose
    if page is None or not any(is_prose(line) for line in page.text.splitlines()):
        raise InputError(f"{where}: no article text found in this page")
    text = valid_unicode(page.text, where, "the text", warnings)
    check_size(text, where)
    return RawArticle(
        id=str(meta.get("id") or article_id),
        text=text,
        cluster=str(meta.get("cluster") or "default"),
        path=path,
        source=meta.get("source") or page.site,
        url=without_credentials(meta.get("url") or page.url) if (meta.get("url") or page.url) else None,
        published=meta.get("published") or page.published,
        language=meta.get("language") or page.language,
        title=meta.get("title") or page.title,
        format="html",
    )


def html_file(path: Path, encoding: str | None, meta: dict, warnings: list[str] | None) -> RawArticle:
    """An .html/.htm file as an article (the file name without extension is its id, as for text files)."""
    where = str(path)
    data = read_bytes(path)
    if len(data) > MAX_PAGE_BYTES:
        raise InputError(f"{where}: {len(data) / 2**20:.1f} MB is more than a page may have "
                         f"({MAX_PAGE_BYTES // 2**20} MB)")
    if not data.strip():
        raise InputError(f"{where}: file is empty")
    # with --encoding the bytes are decoded as told; otherwise the page's own <meta charset> decides
    html: bytes | str = decode(data, where, encoding) if encoding else data
    return page_article(html, where, article_id=path.stem, path=where, meta=meta, warnings=warnings)

