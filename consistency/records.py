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
    format: str = "text"  # text, jsonl or html (a page or URL: the text is what was extracted from it)

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
    backend: str | None = None  # torch, onnx, openvino (None: an embedder that does not say)


@dataclass(frozen=True)
class Report:
    """Everything a run found; every output format renders this one object."""

    model: ModelInfo
    clusters: tuple[Cluster, ...]
    warnings: tuple[str, ...] = ()
    timings: dict[str, float] = field(default_factory=dict)


# --- facts (extract) -------------------------------------------------------------------------------

INF = float("inf")


@dataclass(frozen=True)
class Attribution:
    """Who a sentence's claim comes from: the speaker as written (title kept) and the cue that says so."""

    speaker: str
    cue: str
    kind: str  # "direct" (quoted), "indirect" (X said that), "according" (menurut X), "pronoun" (resolved -nya/he)
    start: int = -1  # span of the speaker in the article text (-1 when resolved from an earlier sentence)
    end: int = -1
    name: str | None = None  # the person or body, without titles, for comparing speakers

    def label(self) -> str:
        return self.speaker


@dataclass(frozen=True)
class Quantity:
    """A number with its qualifier as an interval over the counted unit.

    ``low``/``high`` may be infinite; ``approximate`` marks a stated tolerance ("sekitar", "about"), and
    ``vague`` a range word ("ribuan", "belasan", "thousands").
    """

    start: int
    end: int
    text: str
    low: float
    high: float
    low_inclusive: bool = True
    high_inclusive: bool = True
    unit: str | None = None  # the counted thing as written ("tentara", "soldiers", "%", "IDR")
    unit_class: str | None = None  # "personnel", "people", "percent", "money:IDR", "magnitude", ...
    unit_detail: str | None = None  # a noun that narrows the unit ("ruang kelas" vs "ruang alat peraga")
    kind: str = "count"  # count, percent, money, magnitude, measure, duration
    qualifier: str | None = None  # the words that made it an interval ("lebih dari", "about", ...)
    approximate: bool = False
    vague: bool = False
    value: float | None = None  # the number as written, before the qualifier made it an interval
    attribution: Attribution | None = None

    @property
    def exact(self) -> bool:
        return self.low == self.high and not self.approximate and not self.vague


@dataclass(frozen=True)
class DateMention:
    """A date, weekday or relative time as an interval of days with a granularity.

    ``low``/``high`` are None when the mention could not be resolved (no anchor, no year).
    """

    start: int
    end: int
    text: str
    granularity: str  # day, week, month, year, weekday, open
    low: dt.date | None = None
    high: dt.date | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None
    weekday: int | None = None  # 0 = Monday
    relative: bool = False
    resolved: bool = False
    attribution: Attribution | None = None


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    text: str
    canonical: str


# --- findings (compare) ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Claim:
    """One side of a finding: where the fact stands and what was read from it."""

    article: str
    sentence_index: int
    sentence: str
    start: int
    end: int
    text: str
    value: dict
    attribution: str | None = None


@dataclass(frozen=True)
class Finding:
    code: str
    kind: str  # number, date, attribution, entity
    verdict: str  # agree, compatible, conflict
    severity: str  # error, warning, note
    message: str
    alignment: str | None
    claims: tuple[Claim, ...]

    def sort_key(self) -> tuple:
        order = {"conflict": 0, "compatible": 1, "agree": 2}
        first = self.claims[0] if self.claims else None
        return (order.get(self.verdict, 3), self.kind, self.code, first.article if first else "",
                first.start if first else -1, self.message)

    def to_dict(self) -> dict:
        return {
            "code": self.code,
            "kind": self.kind,
            "verdict": self.verdict,
            "severity": self.severity,
            "message": self.message,
            "alignment": self.alignment,
            "claims": [
                {"article": c.article, "sentence_index": c.sentence_index, "sentence": c.sentence, "start": c.start,
                 "end": c.end, "text": c.text, "value": c.value, "attribution": c.attribution}
                for c in self.claims
            ],
        }
