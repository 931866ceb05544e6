"""Typed, frozen records handed from stage to stage (load → segment → embed → align → compare → report)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` into an article's text."""

    start: int
    end: int


@dataclass(frozen=True)
class DroppedLine:
    """A line removed as page furniture, with the rule that removed it."""

    line: int  # 1-based line number in the article text
    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True)
class Article:
    """One news article as loaded: the text is kept exactly; boilerplate is described, not deleted."""

    id: str
    text: str
    cluster: str
    path: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str | None = None
    language_detected: bool = False
    title: str | None = None
    line_offset: int = 0  # lines before the text in its file (front matter, JSONL line), for locations
    paragraphs: tuple[Span, ...] = ()
    dropped: tuple[DroppedLine, ...] = ()
    dateline: Span | None = None

    @property
    def dropped_lines(self) -> int:
        return len(self.dropped)


@dataclass(frozen=True)
class Sentence:
    """A sentence with its offsets into the article text; ``text == article.text[start:end]``."""

    article: str
    index: int
    paragraph: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class AlignmentMember:
    article: str
    sentence_index: int
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Alignment:
    """A group of sentences from different articles that state the same claim."""

    id: str
    score: float
    members: tuple[AlignmentMember, ...]
    pairs: tuple[tuple[int, int, float], ...] = ()  # (member i, member j, cosine) links inside the group


@dataclass(frozen=True)
class Cluster:
    """The articles that report one event, with their sentences, alignments and findings."""

    id: str
    articles: tuple[Article, ...]
    sentences: dict[str, tuple[Sentence, ...]] = field(default_factory=dict)
    alignments: tuple[Alignment, ...] = ()
    findings: tuple = ()


@dataclass(frozen=True)
class ModelInfo:
    name: str
    dimension: int
    prompt: str = ""


@dataclass(frozen=True)
class Report:
    """Everything a run found; every output format renders this one object."""

    model: ModelInfo
    clusters: tuple[Cluster, ...]
    warnings: tuple[str, ...] = ()
    timings: dict[str, float] = field(default_factory=dict)
