"""Typed, frozen records handed from stage to stage (load → segment → embed → align → compare → report)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Mapping


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
class Story:
    """Articles grouped as reports of one event (the story stage's output, before alignment).

    ``grouping`` says how: ``given`` (the articles' own ``cluster`` label), ``auto`` (grouped by content and
    date) or ``one`` (every unlabelled article in one cluster). ``label`` is the most central member's title
    or lead; ``central`` that member's id; ``cohesion`` the mean similarity of its pairs (auto only).
    """

    id: str
    articles: tuple[str, ...]
    label: str
    grouping: str = "auto"
    central: str | None = None
    cohesion: float | None = None


@dataclass(frozen=True)
class Cluster:
    """The articles that report one event, with their sentences, alignments and findings.

    ``label`` and ``grouping`` come from the story it was built from (see :class:`Story`).
    """

    id: str
    articles: tuple[Article, ...]
    sentences: dict[str, tuple[Sentence, ...]] = field(default_factory=dict)
    alignments: tuple[Alignment, ...] = ()
    findings: tuple = ()
    label: str | None = None
    grouping: str = "given"
    cohesion: float | None = None

    @property
    def baseline_key(self) -> str:
        """The cluster name that findings are fingerprinted under: a given label, or ``default`` for stories
        the tool drew itself, whose ids change as they gain members (so a baseline outlives that)."""
        return self.id if self.grouping == "given" else "default"


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
    # articles that no other source reports (a story of one), counted in the summary instead of warned about
    unreported: tuple[str, ...] = ()
    grouping: dict = field(default_factory=dict)  # how stories were drawn: mode, window, threshold, engine


# --- facts (extract) -------------------------------------------------------------------------------

INF = float("inf")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


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
class Place:
    """Where a figure or an event is: a normalised key ("central java", "@capital"), as written, and its slot
    ("in" for a location, "to" for a destination, "from" for an origin, "event" for "the Palu quake")."""

    key: str
    text: str
    slot: str = "in"
    attached: bool = True  # next to the figure or its predicate, rather than elsewhere in the sentence
    within: bool = False  # a place that holds another named with it ("Jawa Tengah" in "di Demak, Jawa Tengah")


@dataclass(frozen=True)
class AsOf:
    """The time a figure holds at: a day (and, when written, a time of day) with where it came from.

    ``basis``: "explicit" ("hingga Selasa pukul 17.00 WIB", "as of Wednesday"), "statement" (the day it was
    said: "kata juru bicara, Selasa"), "lead" (the time the article's lead gives), "published" (the article's
    date), "previous" (an earlier value the sentence itself gives: "naik dari 19"), or "unknown".
    """

    day: dt.date | None
    minute: int | None = None  # minutes after midnight, when a time of day is written
    text: str | None = None
    basis: str = "unknown"
    recalled: str | None = None  # basis "previous": the earlier day a recall cue names ("first_day"), if one

    def stamp(self) -> tuple:
        """For ordering: day, time of day (unknown: -1), and an earlier value just before its sentence's time."""
        return (self.day, -1 if self.minute is None else self.minute, 0 if self.basis == "previous" else 1)

    def label(self) -> str:
        """Short, for timelines: "Tue 19 Mar 17:00", "Wed 20 Mar", or the text as written."""
        if self.day is None:
            return ("before " + self.text if self.text else "earlier") if self.basis == "previous" else \
                (self.text or "time unknown")
        out = f"{_DAYS[self.day.weekday()]} {self.day.day} {_MONTHS[self.day.month - 1]}"
        if self.minute is not None:
            out += f" {self.minute // 60:02d}:{self.minute % 60:02d}"
        return ("before " + out) if self.basis == "previous" else out


@dataclass(frozen=True)
class Frame:
    """What a figure or date is about, so that only statements of one fact are compared.

    ``predicate``: a cross-lingual class ("dead" for "meninggal dunia" and "were killed"), with the words as
    written. ``counted``: the class of the counted thing ("people"), inferred from the predicate when the
    noun is left out ("12 died"). ``actor``: whose figure or who acted ("Prabowo-Gibran", "senate").
    ``role`` of a date: "event" (the day it happened), "statement" (the day it was said) or "as_of" (the
    time a figure holds at); of a figure: "current" or "previous" (an earlier value in the same sentence).
    Negated statements ("tidak digelar pada 1995") assert nothing and are never compared.
    """

    predicate: str | None = None
    predicate_text: str | None = None
    # the event a date is the day of: the incident whose noun phrase holds it ("attack" for "the November 13
    # attacks"), an activity governing it ("activity:police" for "raids … on Thursday"), else its predicate;
    # ":later" for a second incident ("an aftershock … on Sunday")
    event: str | None = None
    evolving: bool = False
    counted: str | None = None
    counted_text: str | None = None
    counted_inferred: bool = False
    modifiers: tuple[str, ...] = ()
    places: tuple[Place, ...] = ()
    actor: str | None = None
    actor_text: str | None = None
    as_of: AsOf | None = None
    source: str | None = None  # a key for telling sources apart ("org:bnpb", "name:abdul muhari")
    source_text: str | None = None
    negated: bool = False
    role: str = "current"
    change: str | None = None  # "rise" / "fall": the sentence says the figure went up or down to this value
    when: tuple[dt.date, dt.date] | None = None  # the day (or span) of the event a figure belongs to
    when_text: str | None = None  # ("pada tahun 1983 … 1.300 atlet", "Monday's flood killed 41")
    context: tuple[str, ...] = ()  # the words around a figure ("l:timur", "r:terdiri"), for like phrasing
    events: tuple[str, ...] = ()  # the events a figure's clause names ("gempa dan tsunami": quake, tsunami)
    events_inherited: bool = False  # the events are the article lead's, not named in the figure's clause
    upper_bound: bool = False  # "as high as six meters", "as many as 300": the figure is a maximum
    scope: tuple[str, ...] = ()  # the places its sentence says things are in or happened in ("di Turki dan Suriah")
    named_places: tuple[str, ...] = ()  # those and the places named inside bodies' names ("Pemerintah Sri Lanka")

    @property
    def place(self) -> Place | None:
        return self.places[0] if self.places else None


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
    frame: Frame | None = None  # what the figure is about (predicate, counted thing, place, as-of time, ...)

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
    frame: Frame | None = None  # what the date dates (event, actor, place) and its role


@dataclass(frozen=True)
class FactVectors:
    """The embeddings the comparer reads for one story: each sentence's vector by (article, sentence index),
    and each figure's and date's masked context (``compare.features.context_text``) by (article, kind,
    start). Vectors are unit-length numpy rows."""

    sentences: Mapping[tuple[str, int], Any] = field(default_factory=dict)
    contexts: Mapping[tuple[str, str, int], Any] = field(default_factory=dict)


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
class TimelinePoint:
    """One report of a figure in a fact's timeline: the value in words, when it held, and where it stands."""

    value: str
    as_of: str  # AsOf.label()
    article: str
    text: str
    start: int
    day: str | None = None  # ISO day, when known
    minute: int | None = None


@dataclass(frozen=True)
class Finding:
    code: str
    kind: str  # number, date, attribution, entity
    verdict: str  # agree, compatible, conflict
    severity: str  # error, warning, note
    message: str
    alignment: str | None
    claims: tuple[Claim, ...]
    timeline: tuple[TimelinePoint, ...] = ()  # number.update / number.revision: the fact's reports in time order
    fact: str | None = None  # the fact in words ("meninggal dunia · people · Demak"), for timelines
    identity: float | None = None  # number and date findings: the scorer's probability that both state one fact

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
            **({"fact": self.fact, "timeline": [
                {"value": p.value, "as_of": p.as_of, "day": p.day, "minute": p.minute, "article": p.article,
                 "text": p.text, "start": p.start} for p in self.timeline]} if self.timeline else {}),
            **({"identity": self.identity} if self.identity is not None else {}),
        }
