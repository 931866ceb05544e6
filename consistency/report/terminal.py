"""The terminal view: articles, then aligned claim groups side by side. Styles come from a theme by name.

Article text is untrusted: every string from the data goes through ``printable`` (no escape sequences reach
the terminal) and into a ``Text`` (never parsed as rich markup, so "[link=...]" stays text)."""

from __future__ import annotations

import re

from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.table import Table
from rich.text import Text
from rich.theme import Theme

from .. import __version__
from ..gate import Gate
from ..records import Cluster, Report
from .common import (VERDICT_TITLES, articles_phrase, count, counts, gate_flags, printable, reading_order, rows, sentence_starts,
                     shown_value, shows_stories, story_rows, timelines, unreported_line)
from .json_report import speed, summary, timings

THEME = Theme(
    {
        "verdict.conflict": "bold red",
        "verdict.compatible": "yellow",
        "verdict.agree": "green",
        "mention": "bold underline",
        "code": "cyan",
        "title": "bold",
        "article": "bold cyan",
        "score": "magenta",
        "muted": "dim",
        "warning": "yellow",
        "count": "bold",
    }
)


def _one_line(text: str) -> str:
    return " ".join(printable(text).split())


class ClusterView:
    """One cluster: its articles and its aligned claims, each claim's sentences in one column per article."""

    def __init__(self, cluster: Cluster, *, max_alignments: int | None = None, failing: frozenset = frozenset()) -> None:
        self.cluster = cluster
        self.max_alignments = max_alignments
        self.failing = failing

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        c = self.cluster
        n = counts(c)
        yield Text.assemble(("Cluster ", "title"), (_one_line(c.id), "title"), (f"  {count(len(c.articles), 'article')}, "
                            f"{count(len(c.alignments), 'aligned claim')}, ", "muted"),
                            (count(n['conflict'], 'conflict'), "verdict.conflict"), ", ",
                            (f"{n['compatible']} compatible", "verdict.compatible"), ", ",
                            (f"{n['agree']} agree", "verdict.agree"))
        if c.label and c.grouping != "one":
            yield Text(f"{_short(c.label, 90)} ({c.grouping})", style="muted")
        yield article_table(c, options.max_width)
        yield Text("")
        yield FindingsView(c, self.failing)
        yield Text("")
        lines = timelines(c)
        if lines:
            yield Text("Timelines", style="title")
            for t in lines:
                yield Text.assemble((_one_line(t.fact), "count"), ": ", (_one_line(t.line()), "score"),
                                    ("  (revised down)" if t.revised else "", "verdict.conflict"))
                yield Text("  " + "; ".join(f"{_one_line(p.value)}: {_one_line(p.article)} “{_one_line(p.text)}”"
                                            for p in t.points), style="muted")
            yield Text("")
        yield Text("Aligned claims", style="title")
        shown = c.alignments if self.max_alignments is None else c.alignments[: self.max_alignments]
        order = [a.id for a in c.articles]
        for al in shown:
            present = [aid for aid in order if any(m.article == aid for m in al.members)]
            table = Table(title=Text.assemble((_one_line(al.id), "title"), ("  score ", "muted"), (f"{al.score:.3f}", "score")),
                          title_justify="left", expand=True, show_lines=False)
            for aid in present:
                table.add_column(Text(_one_line(aid)), header_style="article", ratio=1)
            cells = []
            for aid in present:
                lines = [f"[{m.sentence_index}] {_one_line(m.sentence)}" for m in al.members if m.article == aid]
                cells.append(Text("\n".join(lines)))
            table.add_row(*cells)
            yield table
        if len(shown) < len(c.alignments):
            yield Text(f"… {len(c.alignments) - len(shown)} more aligned claims (see --format json)", style="muted")




def article_table(c: Cluster, width: int) -> Table:
    """The cluster's articles, one line each where the width allows.

    An id is what the findings name and a date is never cut short ("2019-04-…"), so when the line is too
    narrow the last header is shortened first, then the sources wrap, and only then do the ids fold.
    """
    cells = [(_one_line(a.id), _one_line(a.source or "-"),
              _one_line(a.language or "-") + (" (detected)" if a.language_detected else ""),
              a.published.isoformat() if a.published else "-", str(len(c.sentences.get(a.id, ()))), str(a.dropped_lines))
             for a in c.articles]
    headers = ["article", "source", "language", "published", "sentences", "dropped lines"]
    natural = [max([len(h), *(len(row[k]) for row in cells)]) for k, h in enumerate(headers)]
    excess = sum(natural) + 2 * (len(headers) - 1) - width
    if excess > 0:
        headers[5] = "dropped"
        excess -= natural[5] - max(7, *(len(row[5]) for row in cells))
        natural[5] = max(7, *(len(row[5]) for row in cells))
    widths: list[int | None] = [None] * len(headers)
    # sources, then languages ("en (detected)") wrap, down to their longest word; then ids fold
    longest_word = [max([len(headers[k]), *(len(w) for row in cells for w in row[k].split())]) for k in range(3)]
    for k, floor in ((1, min(longest_word[1], 16)), (2, longest_word[2]), (0, 12)):
        if excess <= 0:
            break
        cut = min(excess, max(natural[k] - floor, 0))
        if cut:
            widths[k] = natural[k] - cut
            excess -= cut
    table = Table(box=None, pad_edge=False, show_edge=False)
    for k, col in enumerate(headers):
        table.add_column(col, style="article" if k == 0 else None, width=widths[k], no_wrap=k == 3,
                         overflow="fold" if k == 0 else "ellipsis", justify="right" if k >= 4 else "left")
    for row in cells:
        table.add_row(*(Text(x) for x in row))  # Text: ids and sources are untrusted, never console markup
    return table


def highlighted(sentence: str, sentence_start: int, start: int, end: int) -> Text:
    """The sentence with the mention marked (style and brackets, so it reads without colour too)."""
    a, b = start - sentence_start, end - sentence_start
    if not (0 <= a <= b <= len(sentence)):
        return Text(_one_line(sentence))
    fold = lambda part: re.sub(r"\s+", " ", printable(part))  # noqa: E731 - keep the spaces around the mention
    return Text.assemble(fold(sentence[:a]), ("[" + fold(sentence[a:b]) + "]", "mention"), fold(sentence[b:]))


class FindingsView:
    """Findings grouped by verdict; each with its claims side by side."""

    def __init__(self, cluster: Cluster, failing: frozenset = frozenset()) -> None:
        self.cluster = cluster
        self.failing = failing

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        c = self.cluster
        yield Text("Findings", style="title")
        starts = sentence_starts(c)
        for verdict, title in VERDICT_TITLES.items():
            group = [f for f in c.findings if f.verdict == verdict]
            if not group:
                continue
            yield Text(f"{title} ({len(group)})", style=f"verdict.{verdict}")
            for f in group:
                table = Table(title=Text.assemble((f.code, "code"), "  ", (f.severity, "muted"),
                                                  (f"  {_one_line(f.alignment)}" if f.alignment else "", "muted"),
                                                  ("  FAILING" if id(f) in self.failing else "", "verdict.conflict")),
                              title_justify="left", caption=Text(_one_line(f.message)), caption_justify="left", expand=True)
                for claim in f.claims:
                    table.add_column(Text(_one_line(claim.article)), header_style="article", ratio=1)
                cells = []
                for claim in f.claims:
                    s0 = starts.get((claim.article, claim.sentence_index), claim.start)
                    cell = Text.assemble(highlighted(claim.sentence, s0, claim.start, claim.end), "\n",
                                         (_one_line(shown_value(claim)), "score"))
                    if claim.attribution and claim.value.get("type") != "attribution":
                        cell.append(f"\nsource: {_one_line(claim.attribution)}", style="muted")
                    cells.append(cell)
                table.add_row(*cells)
                yield table


TOP_STORIES = 20  # stories shown in full in the terminal; the files carry every one
ROOM_FOR_OUTLETS = 40  # columns the story label and the outlets need between them to show both


def _short(text: str, width: int = 70) -> str:
    text = _one_line(text)
    return text if len(text) <= width else text[: width - 1] + "…"


class StoryTable:
    """The corpus at a glance: one row per story, most conflicts first, at most ``limit`` rows."""

    def __init__(self, report: Report, limit: int | None = TOP_STORIES) -> None:
        self.report = report
        self.limit = limit

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        all_rows = story_rows(self.report)
        shown = all_rows if self.limit is None else all_rows[: self.limit]
        yield Text(f"Stories ({len(all_rows)})", style="title")
        # One line per story however narrow the terminal: the fixed columns take what their cells need, the
        # label and the outlets share the rest and are cut short with an ellipsis. Below ROOM_FOR_OUTLETS the
        # outlets go (the files keep them) so that the label stays readable.
        cells = [(_one_line(r.cluster.id), _one_line(", ".join(r.languages)) or "-") for r in shown]
        fixed = {"story": max([5, *(len(c[0]) for c in cells)]), "articles": 8, "languages": max([9, *(len(c[1]) for c in cells)]),
                 "conflicts": 9, "updates": 7}
        columns = ["story", "label", "articles", "outlets", "languages", "conflicts", "updates"]
        room = options.max_width - sum(fixed.values()) - 2 * (len(columns) - 1)  # two spaces between columns
        if room < ROOM_FOR_OUTLETS:
            columns.remove("outlets")
            room += 2
            label_width, outlets_width = max(12, room), 0
        else:
            label_width, outlets_width = room * 3 // 5, room - room * 3 // 5 - 2
        table = Table(box=None, pad_edge=False, show_edge=False)
        for col in columns:
            table.add_column(col, style="article" if col == "story" else None, no_wrap=True,
                             justify="right" if col in ("articles", "conflicts", "updates") else "left")
        for r, (story, languages) in zip(shown, cells):
            # Text, not str: a title is untrusted and must not be read as console markup
            row = {"story": Text(story), "label": Text(_short(r.label, label_width)), "articles": str(r.articles),
                   "outlets": Text(_short(", ".join(r.outlets), outlets_width)), "languages": Text(languages),
                   "conflicts": Text(str(r.conflicts), style="verdict.conflict" if r.conflicts else "muted"),
                   "updates": str(r.updates)}
            table.add_row(*(row[col] for col in columns))
        yield table
        if len(shown) < len(all_rows):
            more = len(all_rows) - len(shown)
            yield Text(f"… {more} more stor{'ies' if more != 1 else 'y'} (see --report or --format json)", style="muted")
        line = unreported_line(self.report)
        if line:
            yield Text(line, style="muted")


def timing_line(report: Report) -> str:
    """Backend, seconds per stage and sentences per second, on one line (--verbose)."""
    t, s = timings(report), speed(report)
    stages = ", ".join(f"{k.replace('_', ' ')} {v:.2f}" for k, v in t.items() if k != "total")
    rate = f"{s['sentences_per_second']:.0f} sentences/s" if s["sentences_per_second"] else "-"
    embedded = (f"{s['embedded']} embedded ({s['embedded_per_second']:.0f}/s), {s['cache_hits']} from the cache"
                if s["embedded_per_second"] else f"{s['embedded']} embedded, {s['cache_hits']} from the cache")
    return (f"backend {report.model.backend or '-'}; {s['sentences']} sentences in {t.get('total', 0):.2f} s = {rate}; "
            f"{embedded}; seconds: {stages}")


class ReportView:
    """The whole report. ``top_stories``: stories in the table and shown in full (None: every one, as in
    report.txt, which is one of the files the terminal points to for the rest)."""

    def __init__(self, report: Report, gate: Gate | None = None, *, max_alignments: int | None = None,
                 verbose: bool = False, top_stories: int | None = TOP_STORIES) -> None:
        self.report = report
        self.gate = gate
        self.max_alignments = max_alignments
        self.verbose = verbose
        self.top_stories = top_stories

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        r = self.report
        s = summary(r)
        yield Text.assemble(("consistency", "title"), ("  model ", "muted"), (_one_line(r.model.name), "count"),
                            (f" ({r.model.dimension} dims)", "muted"))
        yield Text.assemble((articles_phrase(r), "count"), ", ", *_counted(s["sentences"], "sentence"), ", ",
                            *_counted(s["dropped_lines"], "boilerplate line dropped"), ", ",
                            *_counted(s["alignments"], "aligned claim"), ", ",
                            *_counted(s["findings"], "finding"))
        yield Text("")
        failing = frozenset(id(row.finding) for row in rows(r, self.gate) if row.failing) if self.gate else frozenset()
        clusters = reading_order(r)
        if shows_stories(r):
            yield StoryTable(r, self.top_stories)
            yield Text("")
            # the stories to read first, in full; the rest are in the files
            if self.top_stories is not None:
                clusters = clusters[: self.top_stories]
        for c in clusters:
            yield Group(ClusterView(c, max_alignments=self.max_alignments, failing=failing))
            yield Text("")
        if len(clusters) < len(r.clusters):
            more = len(r.clusters) - len(clusters)
            yield Text(f"{more} more stor{'ies are' if more != 1 else 'y is'} not shown in full here (--top-stories); "
                       "their findings are in --report and --format json", style="muted")
        for w in r.warnings:
            yield Text(f"warning: {_one_line(w)}", style="warning")
        if self.verbose and r.timings:
            yield Text(timing_line(r), style="muted")
        if self.gate is not None:
            g = self.gate
            if g.baseline is not None:
                yield Text(f"baseline {_one_line(g.baseline.path)}: {len(g.baseline.accepted)} accepted, "
                           f"{len(g.baseline.disappeared)} gone since", style="muted")
                for e in g.baseline.disappeared:
                    yield Text("  gone: " + _one_line(f"{e.get('code')} {e.get('message')}"), style="muted")
            if g.failed:
                yield Text(f"FAIL: {count(len(g.failing), 'failing finding')} ({gate_flags(g)})", style="verdict.conflict")
            else:
                yield Text(f"pass: no failing finding ({gate_flags(g)})", style="verdict.agree")


def _counted(n: int, noun: str) -> tuple[tuple[str, str], tuple[str, str]]:
    """A count styled as a count, then its noun in the right number."""
    return (str(n), "count"), (count(n, noun)[len(str(n)):], "")


def make_console(file=None, *, width: int | None = None, color: bool | None = None) -> Console:
    """A console with our theme; colour follows the terminal unless forced (NO_COLOR is honoured by rich)."""
    kwargs = {"theme": THEME, "file": file, "width": width, "highlight": False, "soft_wrap": False}
    if color is False:
        kwargs["no_color"] = True
        kwargs["color_system"] = None
    return Console(**kwargs)


def report_to_text(report: Report, gate: Gate | None = None, *, width: int = 100) -> str:
    """The terminal view as plain text (no colour), for files and tests."""
    import io

    buf = io.StringIO()
    console = make_console(buf, width=width, color=False)
    console.print(Text(f"consistency report (generated by consistency {__version__})", style="muted"))
    console.print(ReportView(report, gate, top_stories=None))  # a file: every story, in full
    return buf.getvalue()
