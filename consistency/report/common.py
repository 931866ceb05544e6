"""Shared pieces for renderers: the sorted finding rows every format renders, file locations, and the
escaping of untrusted article text (control characters, Markdown) that every text format relies on."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from ..gate import Gate, fingerprint
from ..records import Article, Claim, Cluster, Finding, Report

VERDICTS = ("conflict", "compatible", "agree")
VERDICT_TITLES = {"conflict": "Conflicts", "compatible": "Compatible", "agree": "Agree"}


# Article text is untrusted: an escape sequence in it must not clear a screen, set a window title, draw an
# OSC 8 link or break an XML file. Each such character becomes one visible character, so offsets into the
# text still hold: C0 controls become their Control Pictures (ESC → ␛), vertical whitespace a space, and C1
# controls, bidi overrides/isolates, lone surrogates and the XML-invalid U+FFFE/U+FFFF become U+FFFD.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]")


def _picture(m: re.Match) -> str:
    c = ord(m.group())
    if c in (0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F):  # whitespace to Python and terminals alike
        return " "
    if c < 0x20:
        return chr(0x2400 + c)
    if c == 0x7F:
        return "\u2421"
    return "\ufffd"


def printable(text: str) -> str:
    """``text`` with every control character made visible and harmless, same length; tabs and newlines
    are kept."""
    return _UNSAFE.sub(_picture, text)


def one_line(text: str) -> str:
    """Untrusted text for a single output line (an error message, a log line): printable, newlines folded."""
    return " ".join(printable(text).split())


# Characters that start Markdown or HTML constructs anywhere in a line (links, images, emphasis, code,
# raw HTML, entities, tables, strikethrough, GitHub's $math$); a backslash makes each one literal.
# "_" inside a word ("000_0108c4") never starts emphasis, so only a "_" at a word's edge is escaped.
_MARKDOWN = re.compile(r"([\\`*\[\]<>|~&$]|(?<![^\W_])_|_(?![^\W_]))")


def md_text(text: str | None, empty: str = "–") -> str:
    """Untrusted text as literal Markdown on one line: safe in a paragraph, a list item or a table cell."""
    if not text:
        return empty
    return _MARKDOWN.sub(r"\\\1", printable(text).replace("\n", " "))


@dataclass(frozen=True)
class Location:
    uri: str  # a URI reference: a percent-encoded relative path, a file: URI, or the page's URL
    path: str  # the same as a plain path, for GitHub annotations and JUnit
    start_line: int
    start_column: int
    end_line: int
    end_column: int


@dataclass(frozen=True)
class Row:
    """One finding as every format sees it."""

    cluster: Cluster
    finding: Finding
    fingerprint: str
    failing: bool
    baseline: str | None  # "new", "accepted" or None without a baseline


def rows(report: Report, gate: Gate | None = None) -> list[Row]:
    """Every finding of the report, in the report's order (clusters, then conflicts first)."""
    fails = (gate or Gate()).fails
    accepted = gate.baseline.accepted if gate and gate.baseline else None
    out = []
    for c in report.clusters:
        for f in c.findings:
            fp = fingerprint(c.baseline_key, f)
            in_baseline = accepted is not None and fp in accepted
            status = None if accepted is None else ("accepted" if in_baseline else "new")
            out.append(Row(c, f, fp, fails(f) and not in_baseline, status))
    return out


def shown_value(claim: Claim) -> str:
    """What a claim reads as, in words: the interval or date description, the speaker, or the canonical name."""
    v = claim.value
    return str(v.get("description") or v.get("speaker") or v.get("canonical") or "")


def flags(row: Row) -> list[tuple[str, str]]:
    """A finding's labels as (role, text): code, severity, claim, failing, baseline; renderers style the roles."""
    f = row.finding
    out = [("code", f.code), ("severity", f.severity)]
    if f.alignment:
        out.append(("claim", f"claim {f.alignment}"))
    if row.failing:
        out.append(("failing", "failing"))
    if row.baseline:
        out.append(("baseline", f"baseline: {row.baseline}"))
    return out


def gate_flags(gate: Gate) -> str:
    """The gate's settings as the flags that give them ("--fail-on conflict --min-identity 0.9")."""
    return f"--fail-on {gate.fail_on}" + (f" --min-identity {gate.min_identity:g}" if gate.min_identity else "")


def gate_lines(all_rows: list[Row], gate: Gate | None) -> tuple[str, str | None] | None:
    """The run's result and baseline in plain words, shared by the Markdown and HTML reports."""
    if gate is None:
        return None
    failing = sum(r.failing for r in all_rows)
    result = (f"FAIL: {count(failing, 'failing finding')}" if failing else "pass: no failing finding") + f" with {gate_flags(gate)}"
    baseline = None
    if gate.baseline:
        baseline = (f"Baseline {gate.baseline.path}: {len(gate.baseline.accepted)} accepted, "
                    f"{sum(r.baseline == 'new' for r in all_rows)} new, {len(gate.baseline.disappeared)} gone since.")
    return result, baseline


@dataclass(frozen=True)
class StoryRow:
    """One story in the story table: what it is, who reported it, and what was found."""

    cluster: Cluster
    label: str
    articles: int
    outlets: tuple[str, ...]
    languages: tuple[str, ...]
    conflicts: int
    updates: int


UPDATE_CODE = "number.update"  # an update is a check of its own; its verdict is "compatible"


def story_rows(report: Report) -> list[StoryRow]:
    """The story table, most conflicts first (then most articles, then id), so the top N are the ones to read."""
    out = []
    for c in report.clusters:
        updates = sum(f.code == UPDATE_CODE for f in c.findings)
        outlets = tuple(sorted({a.source or a.id for a in c.articles}))
        languages = tuple(sorted({a.language for a in c.articles if a.language}))
        out.append(StoryRow(c, c.label or c.id, len(c.articles), outlets, languages, counts(c)["conflict"], updates))
    out.sort(key=lambda r: (-r.conflicts, -r.articles, r.cluster.id))
    return out


def reading_order(report: Report) -> list[Cluster]:
    """The clusters in the order a reader meets them: the story table's (most conflicts first) when there is
    one, so the findings follow the table; else the report's own order."""
    return [r.cluster for r in story_rows(report)] if shows_stories(report) else list(report.clusters)


def count(n: int, singular: str, plural: str | None = None) -> str:
    """ "1 conflict", "2 conflicts", "1 boilerplate line dropped": a count with its noun in the right number
    (compatible and agree are adjectives and stay as they are)."""
    if singular in ("compatible", "agree"):
        return f"{n} {singular}"
    return f"{n} {singular if n == 1 else plural or _plural(singular)}"


def _plural(phrase: str) -> str:
    # the noun is the last word, or the one before a trailing participle ("boilerplate line dropped")
    words = phrase.split(" ")
    at = len(words) - 2 if len(words) > 1 and words[-1] in ("dropped", "shown", "compared") else len(words) - 1
    word = words[at]
    words[at] = word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else word + "s"
    return " ".join(words)


def articles_phrase(report: Report) -> str:
    """How many articles the findings come from, and how many no other source reported (those are in no
    cluster, so a corpus of 88 files reads "77 articles in 31 stories, 11 with no second report")."""
    articles = sum(len(c.articles) for c in report.clusters)
    if not report.unreported:
        return count(articles, "article")
    return f"{count(articles, 'article')} in {count(len(report.clusters), 'story')}, {len(report.unreported)} with no second report"


def shows_stories(report: Report) -> bool:
    """A story table is worth showing for a corpus: several stories, or stories the tool drew itself."""
    return len(report.clusters) > 1 or any(c.grouping == "auto" for c in report.clusters) or bool(report.unreported)


def unreported_line(report: Report) -> str | None:
    n = len(report.unreported)
    if not n:
        return None
    return f"{n} article{'s' if n != 1 else ''} had no second report"


def sentence_starts(cluster: Cluster) -> dict[tuple[str, int], int]:
    """Where each sentence starts in its article, for marking a mention inside its sentence."""
    return {(a, x.index): x.start for a, ss in cluster.sentences.items() for x in ss}


def counts(cluster: Cluster) -> dict[str, int]:
    return {v: sum(f.verdict == v for f in cluster.findings) for v in VERDICTS}


def article_of(cluster: Cluster, article_id: str) -> Article | None:
    return next((a for a in cluster.articles if a.id == article_id), None)


def is_url(path: str | None) -> bool:
    return bool(path) and path.lower().startswith(("http://", "https://"))


def web_link(url: str | None) -> str | None:
    """An article's URL as a link target: http(s) only (never javascript: or data:), with every character that
    could end a Markdown link or an HTML attribute percent-encoded."""
    if not url or not is_url(url.strip()) or any(ord(ch) < 32 or 0x7f <= ord(ch) < 0xa0 for ch in url.strip()):
        return None
    from urllib.parse import quote

    return quote(url.strip(), safe=":/?#[]@!$&'*+,;=%~-._").replace("'", "%27")


def path_for(article: Article | None, fallback: str) -> str:
    """The article's file relative to the working directory when it lies below it, else as given."""
    if article is None or not article.path:
        return fallback
    if is_url(article.path):
        return article.path
    path = Path(article.path)
    try:
        path = path.resolve().relative_to(Path.cwd().resolve())
    except (ValueError, OSError):
        pass
    return path.as_posix()


def uri_for(article: Article | None, fallback: str) -> str:
    """A URI reference for SARIF's artifactLocation: relative paths percent-encoded ("my%20corpus/a.txt"),
    absolute ones as file: URIs, pages fetched from the web as their URL."""
    path = path_for(article, fallback)
    if is_url(path):
        return quote(path, safe=":/?#[]@!$&'()*+,;=%~")
    if Path(path).is_absolute():
        return Path(path).as_uri()
    return quote(path, safe="/~")


def location(cluster: Cluster, claim: Claim) -> Location:
    """Line and column (1-based) of a claim's mention in its article's file.

    A JSONL article is one JSON string on one line; an HTML page or URL has its text extracted from
    markup, so its findings point at the page's first line (the snippet and message carry the mention).
    """
    article = article_of(cluster, claim.article)
    uri, path = uri_for(article, claim.article), path_for(article, claim.article)
    if article is None or article.format == "html":
        return Location(uri, path, 1, 1, 1, 1)
    if article.format == "jsonl" or article.path and article.path.endswith((".jsonl", ".ndjson")):
        line = article.line_offset + 1
        return Location(uri, path, line, 1, line, 1)

    def at(offset: int) -> tuple[int, int]:
        before = article.text[:offset]
        line = before.count("\n") + 1 + article.line_offset
        return line, offset - (before.rfind("\n") + 1) + 1

    (l1, c1), (l2, c2) = at(claim.start), at(claim.end)
    return Location(uri, path, l1, c1, l2, c2)


def quantity_groups(cluster: Cluster) -> list[list[Claim]]:
    """Quantities compared with each other, joined across findings: "11.000" ~ "lebih dari 10.000" ~
    "11.000 pasukan" form one group, drawn on one axis."""
    claims: dict[tuple[str, int, int], Claim] = {}
    parent: dict[tuple[str, int, int], tuple[str, int, int]] = {}

    def find(k):
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for f in cluster.findings:
        if f.kind != "number":
            continue
        keys = []
        for c in f.claims:
            k = (c.article, c.start, c.end)
            claims.setdefault(k, c)
            parent.setdefault(k, k)
            keys.append(k)
        for k in keys[1:]:
            parent[find(k)] = find(keys[0])
    groups: dict[tuple, list[Claim]] = {}
    for k in claims:
        groups.setdefault(find(k), []).append(claims[k])
    order = {a.id: i for i, a in enumerate(cluster.articles)}
    return [sorted(g, key=lambda c: (order.get(c.article, 0), c.start)) for g in groups.values()]


@dataclass(frozen=True)
class Timeline:
    """One fact reported at several times: its label and its reports, earliest first."""

    fact: str
    points: tuple  # TimelinePoint, earliest first
    revised: bool  # a later report gives a lower figure

    def line(self) -> str:
        return " → ".join(f"{p.value} ({p.as_of})" for p in self.points)


def timelines(cluster: Cluster) -> list[Timeline]:
    """Facts with updates or revisions, each once, from the findings that carry a timeline."""
    seen: dict[tuple, Timeline] = {}
    for f in cluster.findings:
        if not f.timeline:
            continue
        key = tuple((p.article, p.start) for p in f.timeline)
        old = seen.get(key)
        revised = f.code == "number.revision" or (old is not None and old.revised)
        seen[key] = Timeline(f.fact or "figure", f.timeline, revised)
    return list(seen.values())


def worst_verdict(findings: list[Finding]) -> str | None:
    for v in VERDICTS:
        if any(f.verdict == v for f in findings):
            return v
    return None
