"""Read articles from files, directories and JSONL, with metadata from front matter or a manifest."""

from __future__ import annotations

import codecs
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..errors import InputError

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
MANIFEST_NAME = "manifest.json"
DEFAULT_CLUSTER = "default"

METADATA_KEYS = ("id", "source", "url", "published", "language", "title")
JSONL_KEYS = ("id", "text", "cluster", *METADATA_KEYS[1:])


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


def decode(data: bytes, where: str, encoding: str | None = None) -> str:
    """Decode bytes as UTF-8 (BOM allowed; UTF-16 with a BOM) or as the encoding the user named."""
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise InputError(f"{where}: cannot decode as {encoding} (byte {exc.start})") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{where}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it to UTF-8 or pass --encoding"
        ) from None


def parse_date(value: object, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(f"{where}: 'published' must be an ISO date such as 2024-11-08, got {text!r}") from None


def split_front_matter(text: str) -> tuple[dict[str, str], str, int]:
    """Split a ``---`` delimited block of ``key: value`` lines off the top of a text.

    Returns the metadata, the body and the number of lines before the body. Keys we do not use
    (author, tags, ...) are ignored, as front matter usually carries more than we need.
    """
    if not text.startswith("---\n") and not text.startswith("---\r\n"):
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


def _read_manifest(directory: Path, encoding: str | None) -> dict[str, dict]:
    path = directory / MANIFEST_NAME
    if not path.is_file():
        return {}
    try:
        data = json.loads(decode(path.read_bytes(), str(path), encoding))
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{exc.lineno}: invalid JSON in manifest: {exc.msg}") from None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise InputError(f"{path}: a manifest maps file names to objects of metadata")
    for name, meta in data.items():
        unknown = sorted(set(meta) - set(METADATA_KEYS))
        if unknown:
            raise InputError(
                f"{path}: unknown key {unknown[0]!r} for {name!r}; allowed: {', '.join(METADATA_KEYS)}"
            )
    return data


def _text_file(path: Path, encoding: str | None, manifest: dict[str, dict]) -> RawArticle:
    where = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{where}: cannot read ({exc.strerror})") from None
    text = decode(data, where, encoding)
    front, body, offset = split_front_matter(text)
    if not body.strip():
        raise InputError(f"{where}: file is empty")
    meta = {**{k: v for k, v in front.items() if k in METADATA_KEYS}, **manifest.get(path.name, {})}
    return RawArticle(
        id=str(meta.get("id") or path.stem),
        text=body,
        cluster=DEFAULT_CLUSTER,
        path=where,
        source=meta.get("source") or None,
        url=meta.get("url") or None,
        published=parse_date(meta.get("published"), where),
        language=meta.get("language") or None,
        title=meta.get("title") or None,
        line_offset=offset,
    )


def _jsonl_file(path: Path, encoding: str | None) -> Iterator[RawArticle]:
    where = str(path)
    try:
        text = decode(path.read_bytes(), where, encoding)
    except OSError as exc:
        raise InputError(f"{where}: cannot read ({exc.strerror})") from None
    if not text.strip():
        raise InputError(f"{where}: file is empty")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        at = f"{where}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{at}: invalid JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(obj, dict):
            raise InputError(f"{at}: each line must be a JSON object")
        unknown = sorted(set(obj) - set(JSONL_KEYS))
        if unknown:
            raise InputError(f"{at}: unknown field {unknown[0]!r}; allowed: {', '.join(JSONL_KEYS)}")
        for key in ("id", "text"):
            if not isinstance(obj.get(key), (str, int)) or not str(obj.get(key)).strip():
                raise InputError(f"{at}: field {key!r} is missing or empty")
        if not isinstance(obj["text"], str):
            raise InputError(f"{at}: field 'text' must be a string")
        yield RawArticle(
            id=str(obj["id"]),
            text=obj["text"],
            cluster=str(obj.get("cluster") or DEFAULT_CLUSTER),
            path=where,
            source=obj.get("source") or None,
            url=obj.get("url") or None,
            published=parse_date(obj.get("published"), at),
            language=obj.get("language") or None,
            title=obj.get("title") or None,
            line_offset=number - 1,
        )


def read_paths(paths: list[str | Path], *, encoding: str | None = None) -> list[RawArticle]:
    """Read every article named by ``paths`` (files, directories, JSONL) in a stable order."""
    if not paths:
        raise InputError("no input: give one or more files, directories or .jsonl files")
    articles: list[RawArticle] = []
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise InputError(f"{given}: no such file or directory")
        if path.is_dir():
            manifest = _read_manifest(path, encoding)
            files = sorted(
                p for p in path.iterdir()
                if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES
            )
            if not files:
                raise InputError(f"{given}: no .txt, .md or .jsonl articles in this directory")
            for name in manifest:
                if not (path / name).is_file():
                    raise InputError(f"{path / MANIFEST_NAME}: lists {name!r}, which is not in {given}")
        else:
            manifest = _read_manifest(path.parent, encoding)
            files = [path]
        for file in files:
            if file.suffix.lower() in JSONL_SUFFIXES:
                articles.extend(_jsonl_file(file, encoding))
            elif file.suffix.lower() in TEXT_SUFFIXES:
                articles.append(_text_file(file, encoding, manifest))
            else:
                raise InputError(f"{file}: unsupported file type; use .txt, .md or .jsonl")
    seen: dict[tuple[str, str], str] = {}
    for art in articles:
        key = (art.cluster, art.id)
        if key in seen:
            raise InputError(f"duplicate article id {art.id!r} in cluster {art.cluster!r} ({seen[key]} and {art.path})")
        seen[key] = art.path or ""
    return articles
