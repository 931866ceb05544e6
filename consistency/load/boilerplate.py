"""Find page furniture by its structure (link-list headers, bullet headlines, datelines) and keep the prose.

Similarity cannot do this job: a related-headline such as "Ukraina Tangkap Lebih dari 700 Tentara Rusia ..."
is as close to the real claims as true matches are, so lines are judged by their shape and position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import DroppedLine, Span

# A line that is only one of these opens a block of related links or navigation.
SECTION_MARKERS = frozenset(
    m.casefold()
    for m in (
        "Baca Juga", "Baca juga", "Berita Terkait", "Artikel Terkait", "Terpopuler", "Populer", "Pilihan",
        "Pilihan Editor", "Terkini", "Berita Terkini", "Berita Lainnya", "Rekomendasi", "Topik Terkait",
        "Tag", "Tags", "Related", "Related Articles", "Related Stories", "Related News", "Read More",
        "Read Also", "See Also", "More Stories", "Most Read", "Most Popular", "Trending", "Latest News",
        "Recommended", "You May Also Like", "Advertisement", "Iklan", "Share", "Bagikan",
    )
)
# A line starting with one of these carries one link inline ("Baca Juga: <headline>").
INLINE_MARKERS = re.compile(
    r"^\s*(?:baca\s+juga|baca\s+pula|lihat\s+juga|simak\s+juga|berita\s+terkait|artikel\s+terkait|"
    r"read\s+(?:more|also)|see\s+also|related)\s*[:：]",
    re.IGNORECASE,
)
BYLINE = re.compile(
    r"^\s*(?:editor|penulis|reporter|pewarta|kontributor|sumber|source|foto|photo)\s*:\s*\S.{0,60}$", re.IGNORECASE
)
FURNITURE = re.compile(
    r"^\s*(?:advertisement|scroll to continue.*|iklan|copyright\b.*|©.*|hak cipta\b.*|all rights reserved.*)\s*$",
    re.IGNORECASE,
)
LONE_BULLET = re.compile(r"^\s*[-–—•*·|]+\s*$")
BULLET_ITEM = re.compile(r"^\s*(?:[-–—•*·]|\d{1,2}[.)])\s+\S")
BREADCRUMB = re.compile(r"^[^.!?]{0,80}(?:\s[>»/]\s[^.!?]{1,40}){2,}$")
# Promotion of the outlet itself, at the start of a line: never part of the report ("Simak berita lainnya di
# Google News", "Follow us on X"). Each needs its object ("kami", "aplikasi", "berita lainnya"), so prose that
# opens with the same verb ("Simak pula pernyataan Kapolri", "Follow-up inspections", "Ikuti aturan lalu
# lintas") is kept.
PROMO = re.compile(
    r"^\W*(?:simak\s+(?:berita|artikel|breaking\s+news|informasi|update|video)\b"
    r"|(?:ikuti|follow)\s+(?:kami|juga\s+kami|us)\b|(?:download|unduh)\s+(?:aplikasi|app)\b"
    r"|(?:download|get)\s+(?:the|our)\s+app\b|dapatkan\s+(?:update|informasi|berita)\b"
    r"|gabung(?:lah)?\s+(?:di\s+)?(?:grup|channel|saluran)\b|(?:sign\s+up|subscribe)\s+(?:for|to)\s+our\b"
    r"|(?:klik|click)\s+(?:di\s+sini|here)\b)",
    re.IGNORECASE,
)
MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+\S")
_EMPHASIS = re.compile(r"[*_]{1,3}")  # "**Baca Juga:**", "_Baca juga_": Markdown emphasis around a marker
# A dateline opens the first paragraph: where the report was filed and by which outlet, then a dash. Only the
# outlet is kept (as the source, when none is given): "JAKARTA, KOMPAS.com - " is KOMPAS.com's, not Jakarta's.
_WORD = r"[A-Z][\w.'’]*"
_PLACE = rf"{_WORD}(?:\s+{_WORD}){{0,3}}"
_DOMAIN = r"[\w-]+\.(?:com|co\.id|co\.uk|co|id|net|org|tv|COM|CO\.ID|CO)"  # "KOMPAS.com", "TEMPO.CO"
# Every form is cut off the first sentence: "Jakarta, CNN Indonesia -- 41 orang …" states 41 deaths, not a place
# and an outlet.
DATELINES = tuple(re.compile(rf"\s*(?P<dateline>{form})\s*(?:--|[-–—])\s+(?=\S)") for form in (
    # "Suara.com - ", "JAKARTA, KOMPAS.com - ", "Bisnis.com, JAKARTA - "
    rf"(?:{_PLACE}\s*,\s*)?(?P<outlet>{_DOMAIN})(?:\s*,\s*{_PLACE})?",
    # "KYIV (Reuters) - ", "DERNA, Libya (Reuters) - ", "Jakarta (ANTARA) - ", "(ANTARA) - "
    rf"(?:{_PLACE}\s*,\s*)?(?:{_PLACE}\s*)?\((?P<outlet>[A-Z][A-Za-z .]{{1,29}})\)",
    # "Jakarta, CNN Indonesia -- ", "NEW YORK, AP — ": a place, then one to three capitalised words, before a
    # double hyphen or after a place in capitals ("Di Jakarta, Gubernur Anies — yang …" is prose)
    rf"{_PLACE}\s*,\s*(?P<outlet>{_WORD}(?:\s+{_WORD}){{0,2}})(?=\s*--)",
    rf"[A-Z]{{2,}}(?:[\s-][A-Z]{{2,}}){{0,3}}\s*,\s*(?P<outlet>{_WORD}(?:\s+{_WORD}){{0,2}})",
    # "JAKARTA - ": a place alone, no outlet
    r"[A-Z]{3,}(?:\s+[A-Z]{3,}){0,2}",
))
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


@dataclass(frozen=True)
class Cleaned:
    paragraphs: tuple[Span, ...]
    dropped: tuple[DroppedLine, ...]
    dateline: Span | None
    outlet: Span | None = None  # the outlet the dateline names ("KOMPAS.com", "CNN Indonesia", "Reuters")


def _words(line: str) -> list[str]:
    return re.findall(r"[^\W\d_][\w'’-]*", line)


def _title_case_ratio(line: str) -> float:
    words = [w for w in _words(line) if len(w) > 3]
    if not words:
        return 0.0
    return sum(w[0].isupper() for w in words) / len(words)


def is_prose(line: str) -> bool:
    """A line that reads like body text: ends a sentence and is not a Title Case headline."""
    words = _words(line)
    return len(words) >= 8 and bool(SENTENCE_END.search(line)) and _title_case_ratio(line) < 0.5


def _is_marker(line: str) -> bool:
    core = line.strip().rstrip(":：").strip()
    return core.casefold() in SECTION_MARKERS


def _plain(line: str) -> str:
    """The line without Markdown emphasis, so "**Baca Juga:**" is read as the marker it is."""
    return _EMPHASIS.sub("", line)


def _dateline(text: str):
    """The dateline opening ``text``, or None."""
    for form in DATELINES:
        m = form.match(text)
        if m:
            return m
    return None


def clean(text: str) -> Cleaned:
    """Return the prose paragraphs of ``text`` and the lines dropped as boilerplate.

    Paragraphs are blank-line separated blocks when the text has blank lines, otherwise single lines.
    """
    lines = text.splitlines(keepends=True)
    has_blank_separators = any(not ln.strip() for ln in lines[1:-1])
    pos = 0
    in_links = False
    kept: list[tuple[int, int]] = []  # spans of kept lines, None-separated by paragraph breaks
    dropped: list[DroppedLine] = []
    breaks: list[int] = []  # indexes into kept where a new paragraph starts
    last_kept_line = -2
    for number, raw in enumerate(lines, start=1):
        start, pos = pos, pos + len(raw)
        line = raw.rstrip("\r\n")
        end = start + len(line)
        if not line.strip():
            if in_links:
                continue
            last_kept_line = -2
            continue
        reason = None
        plain = _plain(line)
        if _is_marker(plain):
            reason, in_links = "section-marker", True
        elif INLINE_MARKERS.match(plain):
            reason = "inline-link"
        elif MARKDOWN_HEADING.match(line):
            reason = "heading"
        elif PROMO.match(plain):
            reason = "promo"
        elif LONE_BULLET.match(line):
            reason = "lone-bullet"
        elif FURNITURE.match(line):
            reason = "furniture"
        elif BYLINE.match(line):
            reason = "byline"
        elif BREADCRUMB.match(line) and not SENTENCE_END.search(line):
            reason = "navigation"
        elif in_links:
            if is_prose(line) and not BULLET_ITEM.match(line):
                in_links = False
            else:
                reason = "link-list"
        if reason:
            dropped.append(DroppedLine(number, start, end, line, reason))
            continue
        s = start + (len(line) - len(line.lstrip()))
        e = start + len(line.rstrip())
        if not has_blank_separators or last_kept_line != number - 1:
            breaks.append(len(kept))
        kept.append((s, e))
        last_kept_line = number
    paragraphs = []
    for i, b in enumerate(breaks):
        nxt = breaks[i + 1] if i + 1 < len(breaks) else len(kept)
        paragraphs.append(Span(kept[b][0], kept[nxt - 1][1]))
    dateline = outlet = None
    if paragraphs:
        first = paragraphs[0]
        m = _dateline(text[first.start : first.end])
        if m and m.end() <= 60 and first.start + m.end() < first.end:
            if "outlet" in m.groupdict() and m.group("outlet"):
                outlet = Span(first.start + m.start("outlet"), first.start + m.end("outlet"))
            dateline = Span(first.start + m.start("dateline"), first.start + m.end("dateline"))
            paragraphs[0] = Span(first.start + m.end(), first.end)
    return Cleaned(tuple(paragraphs), tuple(dropped), dateline, outlet)
