"""Fetch the pages of a URL list (``--urls FILE``, one URL a line) into the cache, then read them as HTML.

Fetching is polite and bounded: a user agent that says what we are, a timeout for the whole response, a
size cap, and a few pages at a time. Pages are stored under ``<cache dir>/pages``, so a re-run reads them
offline. A page that cannot be fetched or holds no article is one warning line; the run goes on with
the rest, and stops only when no page is left.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .. import __version__
from ..errors import InputError, OutputError
from ..files import write_atomic
from .html import MAX_PAGE_BYTES, page_article
from .sources import RawArticle, decode, read_bytes, without_credentials

redacted = without_credentials  # what every message, id and stored record shows of a URL

USER_AGENT = f"consistency/{__version__} (news fact-consistency checker; fetches only the pages it is given)"
TIMEOUT = 20.0  # seconds for a whole response, not per read
MAX_WORKERS = 4  # pages fetched at once
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class Fetched:
    """A page as stored in the cache: the URL asked for, where it ended up, and its bytes."""

    url: str
    final_url: str
    data: bytes
    charset: str | None


class FetchError(Exception):
    """One page could not be fetched; the message is the reason, in a few words."""


def read_url_list(path: Path, warnings: list[str] | None = None) -> list[str]:
    """The URLs of a list file: one a line; blank lines and lines starting with ``#`` are skipped."""
    where = str(path)
    text = decode(read_bytes(path, where), where)
    urls: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        url = line.strip()
        if not url or url.startswith("#"):
            continue
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname or re.search(r"\s", url):
            raise InputError(f"{where}:{number}: not an http(s) URL: {redacted(url)[:80]!r}")
        if url in urls:
            if warnings is not None:
                warnings.append(f"{where}:{number}: {redacted(url)} is listed twice; read once")
            continue
        urls.append(url)
    if not urls:
        raise InputError(f"{where}: no URLs in this file (one http(s) URL a line)")
    return urls


def url_id(url: str) -> str:
    """A readable article id from a URL: host and path ("kabar.example/berita/gempa")."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    port = f":{parts.port}" if parts.port else ""
    path = parts.path.rstrip("/")
    return f"{host}{port}{path}" + (f"?{parts.query}" if parts.query else "")


def _key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise FetchError(f"redirected to a non-HTTP address ({redacted(newurl)[:60]})")
        # urllib's own message for both is three lines ("... would lead to an infinite loop. The last 30x ...")
        visited = getattr(req, "redirect_dict", {})
        if visited.get(newurl, 0) >= self.max_repeats or newurl == req.full_url and code in (301, 308):
            raise FetchError(f"redirects in a loop (back to {redacted(newurl)[:60]})")
        if len(visited) >= self.max_redirections:
            raise FetchError(f"too many redirects (more than {self.max_redirections})")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _request(url: str) -> urllib.request.Request:
    """A GET for ``url``; credentials in it (user:pass@) go in an Authorization header that is not sent on
    to the address a redirect names, never in the request line."""
    parts = urlsplit(url)
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"}
    request = urllib.request.Request(redacted(url), headers=headers)
    if parts.username is not None:
        token = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode("utf-8")
        request.add_unredirected_header("Authorization", "Basic " + base64.b64encode(token).decode("ascii"))
    return request


def fetch(url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_PAGE_BYTES) -> Fetched:
    """GET one page; FetchError with a short reason on any failure."""
    opener = urllib.request.build_opener(_HttpOnlyRedirects)
    try:
        request = _request(url)
    except ValueError as exc:  # a port that is no number
        raise FetchError(f"not a usable URL ({exc})"[:120]) from None
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as resp:
            ctype = resp.headers.get_content_type()
            if ctype not in _HTML_TYPES:
                raise FetchError(f"not an HTML page ({ctype})")
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError(f"larger than {max_bytes // 2**20} MB")
            chunks, size = [], 0
            while True:
                if time.monotonic() > deadline:
                    raise FetchError(f"timed out after {timeout:g} s")
                # read1 returns what has arrived: read(n) would wait for n bytes, so a page that trickles
                # in would hold the fetch far past its deadline
                chunk = resp.read1(64 * 1024)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"larger than {max_bytes // 2**20} MB")
                chunks.append(chunk)
            return Fetched(url, redacted(resp.geturl()), b"".join(chunks), resp.headers.get_content_charset())
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        raise FetchError(" ".join(f"HTTP {exc.code} {exc.reason}".split())[:160]) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        raise FetchError(f"cannot connect ({getattr(reason, 'strerror', None) or reason})") from None
    except TimeoutError:
        raise FetchError(f"timed out after {timeout:g} s") from None
    except (OSError, ValueError) as exc:  # resets, bad chunking, malformed URLs past the first check
        raise FetchError(f"{type(exc).__name__}: {exc}"[:120]) from None


class PageStore:
    """Fetched pages on disk, by URL: ``<key>.html`` holds the bytes, ``<key>.json`` where they came from."""

    def __init__(self, folder: Path, warnings: list[str] | None = None) -> None:
        self.folder = Path(folder)
        self.warnings = warnings
        self.writable = True

    def get(self, url: str) -> Fetched | None:
        meta_path, page_path = self.folder / f"{_key(url)}.json", self.folder / f"{_key(url)}.html"
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            data = page_path.read_bytes()
        except (OSError, ValueError):
            return None
        if not isinstance(meta, dict) or meta.get("url") != redacted(url) or not isinstance(meta.get("final_url"), str):
            return None
        charset = meta.get("charset") if isinstance(meta.get("charset"), str) else None
        return Fetched(url, meta["final_url"], data, charset)

    def put(self, page: Fetched) -> None:
        if not self.writable:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            key = _key(page.url)
            write_atomic(self.folder / f"{key}.html", page.data)
            write_atomic(self.folder / f"{key}.json", json.dumps(
                {"url": redacted(page.url), "final_url": redacted(page.final_url), "charset": page.charset,
                 "fetched": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}) + "\n")
        except (OSError, OutputError) as exc:
            self.writable = False
            if self.warnings is not None:
                self.warnings.append(f"cannot store fetched pages in {self.folder} ({exc}); the next run fetches them again")


def fetch_all(urls: list[str], store: PageStore, *, timeout: float = TIMEOUT, max_bytes: int = MAX_PAGE_BYTES,
              workers: int = MAX_WORKERS) -> dict[str, Fetched | FetchError]:
    """Every URL's page, from the store when it has it, else fetched (at most ``workers`` at once)."""
    results: dict[str, Fetched | FetchError] = {}
    missing = []
    for url in urls:
        cached = store.get(url)
        if cached is not None:
            results[url] = cached
        else:
            missing.append(url)

    def one(url: str) -> Fetched | FetchError:
        try:
            return fetch(url, timeout=timeout, max_bytes=max_bytes)
        except FetchError as exc:
            return exc

    if missing:
        with ThreadPoolExecutor(max_workers=max(1, min(workers, len(missing)))) as pool:
            for url, outcome in zip(missing, pool.map(one, missing)):
                results[url] = outcome
                if isinstance(outcome, Fetched):
                    store.put(outcome)
    return results


def url_articles(list_file: Path, cache_dir: Path, *, warnings: list[str] | None = None, timeout: float = TIMEOUT,
                 max_bytes: int = MAX_PAGE_BYTES, workers: int = MAX_WORKERS) -> list[RawArticle]:
    """The articles of the pages listed in ``list_file``; pages that fail are warnings, unless all fail."""
    urls = read_url_list(list_file, warnings)
    pages = fetch_all(urls, PageStore(cache_dir / "pages", warnings), timeout=timeout, max_bytes=max_bytes,
                      workers=workers)
    articles, failures = [], []
    for url in urls:
        outcome = pages[url]
        shown = redacted(url)
        if isinstance(outcome, FetchError):
            failures.append(f"{shown}: {outcome}")
            continue
        html: bytes | str = outcome.data
        if outcome.charset:
            try:
                html = outcome.data.decode(outcome.charset, errors="replace")
            except LookupError:
                pass
        try:
            articles.append(page_article(html, shown, article_id=url_id(url), path=shown, meta={},
                                         url=redacted(outcome.final_url), warnings=warnings))
        except InputError as exc:
            failures.append(str(exc))
    if warnings is not None:
        warnings.extend(failures)
    if not articles:
        raise InputError(f"{list_file}: none of the {len(urls)} page(s) could be read (first: {failures[0]})")
    return articles
