"""Read articles from files, directories, JSONL and HTML pages, with metadata from front matter, a manifest
or the page itself. Every problem with what was given is one InputError line; oddities that still leave a
readable article (an unclosed front matter, a lone surrogate) are warnings."""

from __future__ import annotations

import codecs
import difflib
import datetime as dt
import errno
import json
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from ..errors import InputError
from .language import normalize_language

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
INPUT_SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES
MANIFEST_NAME = "manifest.json"
DEFAULT_CLUSTER = "default"

METADATA_KEYS = ("id", "source", "url", "published", "language", "title")
JSONL_KEYS = ("id", "text", "cluster", *METADATA_KEYS[1:])
# A plain file's front matter and a manifest may name its cluster too, as a JSONL line does.
FILE_KEYS = (*METADATA_KEYS, "cluster")
# Fields that common news exports (scrapers, news APIs, datasets) use for ours. They are not read under those
# names, since a guess can be wrong ("date" may be the crawl date); the warning says what to rename.
EXPORT_FIELDS = {
    **dict.fromkeys(("content", "body", "article", "full_text", "fulltext", "maintext", "article_text"), "text"),
    **dict.fromkeys(("date", "pubdate", "published_at", "publish_date", "date_publish", "datepublished",
                     "publication_date", "published_date"), "published"),
    **dict.fromkeys(("lang", "locale"), "language"),
    **dict.fromkeys(("headline", "heading"), "title"),
    **dict.fromkeys(("link", "canonical_url"), "url"),
    **dict.fromkeys(("publisher", "outlet", "site_name", "sitename", "media"), "source"),
}
# Front matter (Hugo, Jekyll, Pandoc) names the publication date "date".
FRONT_MATTER_ALIASES = {"date": "published"}

# Size guards. A news article is a few thousand characters; a million is a short book, and a single text of
# that size is almost always a dump or a mistake. Larger files are refused before they are read whole.
MAX_ARTICLE_CHARS = 1_000_000
MAX_FILE_BYTES = 256 * 2**20  # a JSONL corpus may hold many articles, but not gigabytes

_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class RawArticle:
    """An article's text and metadata before segmentation."""

    id: str
    text: str
    cluster: str
    path: str | None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str | None = None
    title: str | None = None
    line_offset: int = 0
    format: str = "text"  # text, jsonl or html: how locations in reports point into the file


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _megabytes(n: int) -> str:
    return f"{n / 2**20:.1f} MB"


def is_input_name(name: str) -> bool:
    """Whether a file of this name in an input directory is read as articles (or as their manifest)."""
    return not name.startswith(".") and (name == MANIFEST_NAME or Path(name).suffix.lower() in INPUT_SUFFIXES)


def input_locations(paths: list[str | Path]) -> tuple[set[Path], set[Path]]:
    """The files and directories a run reads (resolved), so outputs can be kept off them. Never raises:
    problems with the inputs are reported when they are loaded."""
    files: set[Path] = set()
    dirs: set[Path] = set()
    for given in paths:
        path = Path(given)
        try:
            resolved = path.resolve()
            if path.is_dir():
                dirs.add(resolved)
                files.update(p.resolve() for p in path.iterdir() if is_input_name(p.name))
            else:
                files.add(resolved)
        except (OSError, RuntimeError):
            continue
    return files, dirs


def _stat(path: Path, given: str) -> os.stat_result:
    try:
        return os.stat(path)
    except FileNotFoundError:
        if path.is_symlink():
            raise InputError(f"{given}: broken symbolic link (it points to {os.readlink(path)})") from None
        raise InputError(f"{given}: no such file or directory") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(f"{given}: symbolic link loop") from None
        raise InputError(f"{given}: cannot read ({exc.strerror})") from None


def read_bytes(path: Path, where: str | None = None) -> bytes:
    """A regular file's bytes, refusing devices and pipes (which never end) and files above the size guard."""
    where = where or str(path)
    info = _stat(path, where)
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{where}: not a regular file")
    if info.st_size > MAX_FILE_BYTES:
        raise InputError(f"{where}: {_megabytes(info.st_size)} is more than the {_megabytes(MAX_FILE_BYTES)} "
                         "an input file may have; split it into smaller files")
    try:
        with open(path, "rb") as fh:
            return fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{where}: cannot read ({exc.strerror})") from None


def _nul_problem(data: bytes, where: str) -> str:
    half = max(len(data) // 2, 1)
    if data[1::2].count(0) > 0.3 * half:
        return f"{where}: looks like UTF-16 without a byte-order mark; pass --encoding utf-16-le"
    if data[0::2].count(0) > 0.3 * half:
        return f"{where}: looks like UTF-16 without a byte-order mark; pass --encoding utf-16-be"
    return f"{where}: contains NUL bytes (at offset {data.find(0)}); not a text file"


def decode(data: bytes, where: str, encoding: str | None = None) -> str:
    """Decode bytes as UTF-8 (BOM allowed; UTF-16 with a BOM) or as the encoding the user named.

    NUL characters are refused: in UTF-8 they mean UTF-16 without a BOM or a binary file, and either way
    the "article" would be garbage.
    """
    if encoding:
        try:
            text = data.decode(encoding)
        except LookupError as exc:
            raise InputError(f"unusable encoding {encoding!r} ({exc})") from None
        except UnicodeDecodeError as exc:
            raise InputError(f"{where}: cannot decode as {encoding} (byte {exc.start})") from None
        except (UnicodeError, ValueError, TypeError) as exc:
            raise InputError(f"{where}: cannot decode as {encoding} ({exc})") from None
        if "\x00" in text:
            raise InputError(f"{where}: contains NUL characters when decoded as {encoding}; is that the right encoding?")
        return text
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{where}: not valid UTF-16 (byte {exc.start})") from None
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{where}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                "convert it to UTF-8 or pass --encoding"
            ) from None
    if "\x00" in text:
        raise InputError(_nul_problem(data, where))
    return text


def valid_unicode(value: str, where: str, field: str, warnings: list[str] | None) -> str:
    """Replace lone surrogates (JSON allows "\\ud800"; no output can encode it) with U+FFFD, with a warning."""
    if not _SURROGATE.search(value):
        return value
    count = len(_SURROGATE.findall(value))
    if warnings is not None:
        warnings.append(f"{where}: {count} lone surrogate(s) in {field} replaced by U+FFFD")
    return _SURROGATE.sub("\ufffd", value)


def without_credentials(url: str) -> str:
    """The URL without a user name or password ("https://user:pass@host/x" → "https://host/x"): ids, reports,
    warnings and the page cache never show them."""
    from urllib.parse import urlsplit, urlunsplit

    try:
        parts = urlsplit(url)
        if "@" not in parts.netloc:
            return url
        host = parts.hostname or ""
        host = f"[{host}]" if ":" in host else host
        port = f":{parts.port}" if parts.port else ""
    except ValueError:  # a port that is no number: keep only what follows the last "@"
        return re.sub(r"//[^/?#]*@", "//", url, count=1)
    return urlunsplit(parts._replace(netloc=host + port))


def check_size(text: str, where: str) -> None:
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(f"{where}: {len(text):,} characters is more than one article may have "
                         f"({MAX_ARTICLE_CHARS:,}); split it into articles")


def parse_date(value: object, where: str, key: str = "published") -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise InputError(f"{where}: {key!r} must be an ISO date string such as 2024-11-08, got {_show(value)}")
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(f"{where}: {key!r} must be an ISO date such as 2024-11-08, got {_show(text)}") from None


def checked_metadata(meta: dict[str, Any], where: str, warnings: list[str] | None = None) -> dict[str, Any]:
    """Validate the types of metadata fields (from JSONL, a manifest or front matter) and normalise them:
    strings stay strings, ``published`` becomes a date, ``language`` a known ISO 639 code."""
    out: dict[str, Any] = {}
    for key, value in meta.items():
        if value is None or value == "":
            continue
        if key in ("id", "cluster"):
            if isinstance(value, bool) or not isinstance(value, (str, int)):
                raise InputError(f"{where}: {key!r} must be a string or an integer, got {_show(value)}")
            value = valid_unicode(str(value), where, key, warnings)
            if not value.strip():
                continue
        elif key == "published":
            value = parse_date(value, where)
        elif key == "language":
            code = normalize_language(value)
            if code is None:
                raise InputError(f"{where}: 'language' must be an ISO 639 language code such as id or en, got {_show(value)}")
            value = code
        elif key in ("source", "url", "title"):
            if not isinstance(value, str):
                raise InputError(f"{where}: {key!r} must be a string, got {_show(value)}")
            value = valid_unicode(value, where, key, warnings).strip() or None
            if value is None:
                continue
            if key == "url":
                value = without_credentials(value)
        out[key] = value
    return out


def split_front_matter(text: str) -> tuple[dict[str, str], str, int]:
    """Split a ``---`` delimited block of ``key: value`` lines off the top of a text.

    Returns the metadata, the body and the number of lines before the body. Keys we do not use
    (author, tags, ...) are ignored, as front matter usually carries more than we need.
    """
    if not opens_front_matter(text):
        return {}, text, 0
    lines = text.splitlines(keepends=True)
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            meta: dict[str, str] = {}
            for line in lines[1:i]:
                key, sep, value = line.partition(":")
                if sep and key.strip():
                    meta[key.strip().lower()] = value.strip().strip("'\"")
            return meta, "".join(lines[i + 1 :]), i + 1
    return {}, text, 0


def opens_front_matter(text: str) -> bool:
    return text.startswith(("---\n", "---\r\n"))


def _read_manifest(directory: Path, encoding: str | None, warnings: list[str] | None) -> dict[str, dict]:
    path = directory / MANIFEST_NAME
    if not path.is_file():
        return {}
    try:
        data = json.loads(decode(read_bytes(path), str(path), encoding))
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{exc.lineno}: invalid JSON in manifest: {exc.msg}") from None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise InputError(f"{path}: a manifest maps file names to objects of metadata")
    checked = {}
    for name, meta in data.items():
        unknown = sorted(set(meta) - set(FILE_KEYS))
        if unknown:
            raise InputError(
                f"{path}: unknown key {unknown[0]!r} for {name!r}; allowed: {', '.join(FILE_KEYS)}"
            )
        checked[name] = checked_metadata(meta, f"{path}: {name}", warnings)
    return checked


def _text_file(path: Path, encoding: str | None, manifest: dict[str, dict], warnings: list[str] | None) -> RawArticle:
    where = str(path)
    text = valid_unicode(decode(read_bytes(path), where, encoding), where, "the text", warnings)
    front, body, offset = split_front_matter(text)
    if opens_front_matter(text) and not offset and warnings is not None:
        warnings.append(f"{where}: front matter opened on line 1 is never closed with '---'; "
                        "the whole file is read as article text")
    if not body.strip():
        raise InputError(f"{where}: file is empty")
    check_size(body, where)
    given = {k: v for k, v in front.items() if k in FILE_KEYS}
    for alias, key in FRONT_MATTER_ALIASES.items():
        if front.get(alias) and not given.get(key):
            given[key] = parse_date(front[alias], where, alias)
    meta = {**checked_metadata(given, where, warnings), **manifest.get(path.name, {})}
    return RawArticle(
        id=str(meta.get("id") or path.stem),
        text=body,
        cluster=str(meta.get("cluster") or DEFAULT_CLUSTER),
        path=where,
        source=meta.get("source"),
        url=meta.get("url"),
        published=meta.get("published"),
        language=meta.get("language"),
        title=meta.get("title"),
        line_offset=offset,
    )


def _jsonl_file(path: Path, encoding: str | None, warnings: list[str] | None) -> Iterator[RawArticle]:
    where = str(path)
    text = decode(read_bytes(path), where, encoding)
    if not text.strip():
        raise InputError(f"{where}: file is empty")
    renamed: dict[str, list[int]] = {}  # export field -> lines that carry it, one warning per field
    # only \n ends a record: str.splitlines would also split at U+2028, U+2029, U+0085 or a form feed, which
    # JSON allows raw inside a string (a "\r" before the "\n" is JSON whitespace)
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        at = f"{where}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{at}: invalid JSON ({exc.msg} at column {exc.colno})") from None
        except RecursionError:
            raise InputError(f"{at}: JSON nested too deeply") from None
        if not isinstance(obj, dict):
            raise InputError(f"{at}: each line must be a JSON object")
        exported = {}
        for name in sorted(set(obj) - set(JSONL_KEYS)):
            ours = EXPORT_FIELDS.get(name.lower().replace("-", "_"))
            if ours is not None:
                exported[ours] = exported.get(ours, name)
                renamed.setdefault(name, []).append(number)
                continue
            close = difflib.get_close_matches(name.lower(), JSONL_KEYS, n=1, cutoff=0.75)
            if close:
                raise InputError(f"{at}: unknown field {name!r}; did you mean {close[0]!r}?")
            raise InputError(f"{at}: unknown field {name!r}; allowed: {', '.join(JSONL_KEYS)}")
        obj = {k: v for k, v in obj.items() if k in JSONL_KEYS}
        for key in ("id", "text"):
            value = obj.get(key)
            if value is None or isinstance(value, str) and not value.strip():
                hint = f"; rename {exported[key]!r} to {key!r}" if key in exported else ""
                raise InputError(f"{at}: field {key!r} is missing or empty{hint}")
        if not isinstance(obj["text"], str):
            raise InputError(f"{at}: field 'text' must be a string, got {_show(obj['text'])}")
        body = valid_unicode(obj["text"], at, "'text'", warnings)
        check_size(body, at)
        meta = checked_metadata({k: v for k, v in obj.items() if k != "text"}, at, warnings)
        if "id" not in meta:
            raise InputError(f"{at}: field 'id' is missing or empty")
        yield RawArticle(
            id=meta["id"],
            text=body,
            cluster=meta.get("cluster", DEFAULT_CLUSTER),
            path=where,
            source=meta.get("source"),
            url=meta.get("url"),
            published=meta.get("published"),
            language=meta.get("language"),
            title=meta.get("title"),
            line_offset=number - 1,
            format="jsonl",
        )
    if warnings is not None:
        for name, lines in renamed.items():
            count = f"{len(lines)} line{'s' if len(lines) != 1 else ''}, first line {lines[0]}"
            warnings.append(f"{where}: field {name!r} is not read; rename it to {EXPORT_FIELDS[name.lower().replace('-', '_')]!r} "
                            f"({count})")


def _list_directory(path: Path, given: str) -> list[Path]:
    try:
        entries = sorted(path.iterdir())
    except OSError as exc:
        raise InputError(f"{given}: cannot list directory ({exc.strerror})") from None
    return [p for p in entries if not p.name.startswith(".") and p.suffix.lower() in INPUT_SUFFIXES and p.is_file()]


def _folders_of_articles(path: Path) -> list[str]:
    """Subfolders of ``path`` that hold articles themselves: not read (a folder is read one level deep), so
    the user is told, e.g. a corpus kept as one folder per day or per story."""
    found = []
    try:
        for entry in sorted(path.iterdir()):
            if entry.name.startswith(".") or not entry.is_dir() or entry.is_symlink():
                continue
            try:
                if any(c.suffix.lower() in INPUT_SUFFIXES and not c.name.startswith(".") for c in entry.iterdir()):
                    found.append(entry.name)
            except OSError:
                continue
    except OSError:
        return []
    return found


def _subfolder_hint(folders: list[str], given: str) -> str:
    names = ", ".join(folders[:3]) + (", …" if len(folders) > 3 else "")
    many = len(folders) != 1
    return (f"{len(folders)} subfolder{'s' if many else ''} ({names}) hold{'' if many else 's'} articles that are not "
            f"read, as only the files directly inside a folder are; name {'them' if many else 'it'} too, e.g. "
            f"{given} {Path(given) / '*'}{os.sep}")


def read_paths(paths: list[str | Path], *, encoding: str | None = None,
               warnings: list[str] | None = None) -> list[RawArticle]:
    """Read every article named by ``paths`` (files, directories, JSONL, HTML) in a stable order.

    Warnings (an unclosed front matter, replaced characters) are appended to ``warnings`` when given.
    """
    if not paths:
        raise InputError("no input: give one or more files, directories or .jsonl files")
    articles: list[RawArticle] = []
    for given in paths:
        path = Path(given)
        info = _stat(path, str(given))
        if stat.S_ISDIR(info.st_mode):
            manifest = _read_manifest(path, encoding, warnings)
            files = _list_directory(path, str(given))
            nested = _folders_of_articles(path)
            if not files:
                hint = f"; {_subfolder_hint(nested, str(given))}" if nested else ""
                raise InputError(f"{given}: no .txt, .md, .html or .jsonl articles in this directory{hint}")
            if nested and warnings is not None:
                warnings.append(f"{given}: {_subfolder_hint(nested, str(given))}")
            for name in manifest:
                if not (path / name).is_file():
                    raise InputError(f"{path / MANIFEST_NAME}: lists {name!r}, which is not in {given}")
        else:
            if path.suffix.lower() not in INPUT_SUFFIXES:
                raise InputError(f"{path}: unsupported file type; use .txt, .md, .html or .jsonl")
            manifest = _read_manifest(path.parent, encoding, warnings)
            files = [path]
        for file in files:
            suffix = file.suffix.lower()
            if suffix in JSONL_SUFFIXES:
                articles.extend(_jsonl_file(file, encoding, warnings))
            elif suffix in HTML_SUFFIXES:
                from .html import html_file

                articles.append(html_file(file, encoding, manifest.get(file.name, {}), warnings))
            else:
                articles.append(_text_file(file, encoding, manifest, warnings))
    check_unique(articles)
    return articles


def check_unique(articles: list[RawArticle]) -> None:
    seen: dict[tuple[str, str], str] = {}
    for art in articles:
        key = (art.cluster, art.id)
        if key in seen:
            raise InputError(f"duplicate article id {art.id!r} in cluster {art.cluster!r} ({seen[key]} and {art.path})")
        seen[key] = art.path or ""
