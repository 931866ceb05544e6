"""The terminal view: articles, then aligned claim groups side by side. Styles come from a theme by name."""

from __future__ import annotations

import re

from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.table import Table
from rich.text import Text
from rich.theme import Theme

from ..records import Cluster, Report
from .json_report import summary

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
    return " ".join(text.split())


class ClusterView:
    """One cluster: its articles and its aligned claims, each claim's sentences in one column per article."""

    def __init__(self, cluster: Cluster, *, max_alignments: int | None = None) -> None:
        self.cluster = cluster
        self.max_alignments = max_alignments

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        c = self.cluster
        yield Text.assemble(("Cluster ", "title"), (c.id, "title"), (f"  {len(c.articles)} articles, "
                            f"{len(c.alignments)} aligned claims", "muted"))
        articles = Table(box=None, pad_edge=False, show_edge=False)
        for col in ("article", "source", "language", "published", "sentences", "dropped lines"):
            articles.add_column(col, style="article" if col == "article" else None, no_wrap=col == "article",
                                justify="right" if col in ("sentences", "dropped lines") else "left")
        for a in c.articles:
            articles.add_row(a.id, a.source or "-", (a.language or "-") + (" (detected)" if a.language_detected else ""),
                             a.published.isoformat() if a.published else "-", str(len(c.sentences.get(a.id, ()))),
                             str(a.dropped_lines))
        yield articles
        yield Text("")
        shown = c.alignments if self.max_alignments is None else c.alignments[: self.max_alignments]
        order = [a.id for a in c.articles]
        for al in shown:
            present = [aid for aid in order if any(m.article == aid for m in al.members)]
            table = Table(title=Text.assemble((al.id, "title"), ("  score ", "muted"), (f"{al.score:.3f}", "score")),
                          title_justify="left", expand=True, show_lines=False)
            for aid in present:
                table.add_column(aid, header_style="article", ratio=1)
            cells = []
            for aid in present:
                lines = [f"[{m.sentence_index}] {_one_line(m.sentence)}" for m in al.members if m.article == aid]
                cells.append(Text("\n".join(lines)))
            table.add_row(*cells)
            yield table
        if len(shown) < len(c.alignments):
            yield Text(f"… {len(c.alignments) - len(shown)} more aligned claims (see --format json)", style="muted")
        yield Text("")
        yield FindingsView(c)


_VERDICT_TITLES = {"conflict": "Conflicts", "compatible": "Compatible", "agree": "Agree"}


def highlighted(sentence: str, sentence_start: int, start: int, end: int) -> Text:
    """The sentence with the mention marked (style and brackets, so it reads without colour too)."""
    a, b = start - sentence_start, end - sentence_start
    if not (0 <= a <= b <= len(sentence)):
        return Text(_one_line(sentence))
    fold = lambda part: re.sub(r"\s+", " ", part)  # noqa: E731 - keep the spaces around the mention
    return Text.assemble(fold(sentence[:a]), ("[" + fold(sentence[a:b]) + "]", "mention"), fold(sentence[b:]))


class FindingsView:
    """Findings grouped by verdict; each with its claims side by side."""

    def __init__(self, cluster: Cluster) -> None:
        self.cluster = cluster

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        c = self.cluster
        counts = {v: sum(f.verdict == v for f in c.findings) for v in _VERDICT_TITLES}
        yield Text.assemble(("Findings ", "title"), *[
            part for v, n in counts.items() for part in ((f"{n} {v}", f"verdict.{v}"), ("  ", ""))
        ])
        starts = {(a, s.index): s.start for a, ss in c.sentences.items() for s in ss}
        for verdict, title in _VERDICT_TITLES.items():
            group = [f for f in c.findings if f.verdict == verdict]
            if not group:
                continue
            yield Text(f"{title} ({len(group)})", style=f"verdict.{verdict}")
            for f in group:
                table = Table(title=Text.assemble((f.code, "code"), "  ", (f.severity, "muted"),
                                                  (f"  {f.alignment}" if f.alignment else "", "muted")),
                              title_justify="left", caption=f.message, caption_justify="left", expand=True)
                for claim in f.claims:
                    table.add_column(claim.article, header_style="article", ratio=1)
                cells = []
                for claim in f.claims:
                    s0 = starts.get((claim.article, claim.sentence_index), claim.start)
                    cell = Text.assemble(highlighted(claim.sentence, s0, claim.start, claim.end), "\n",
                                         (claim.value.get("description") or claim.value.get("speaker")
                                          or claim.value.get("canonical") or "", "score"))
                    if claim.attribution:
                        cell.append(f"\nsource: {claim.attribution}", style="muted")
                    cells.append(cell)
                table.add_row(*cells)
                yield table


class ReportView:
    def __init__(self, report: Report, *, max_alignments: int | None = None) -> None:
        self.report = report
        self.max_alignments = max_alignments

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        r = self.report
        s = summary(r)
        yield Text.assemble(("consistency", "title"), ("  model ", "muted"), (r.model.name, "count"),
                            (f" ({r.model.dimension} dims)", "muted"))
        yield Text.assemble((str(s["articles"]), "count"), " articles, ", (str(s["sentences"]), "count"), " sentences, ",
                            (str(s["dropped_lines"]), "count"), " boilerplate lines dropped, ",
                            (str(s["alignments"]), "count"), " aligned claims, ",
                            (str(s["findings"]), "count"), " findings")
        yield Text("")
        for c in r.clusters:
            yield Group(ClusterView(c, max_alignments=self.max_alignments))
            yield Text("")
        for w in r.warnings:
            yield Text(f"warning: {w}", style="warning")


def make_console(file=None, *, width: int | None = None, color: bool | None = None) -> Console:
    """A console with our theme; colour follows the terminal unless forced (NO_COLOR is honoured by rich)."""
    kwargs = {"theme": THEME, "file": file, "width": width, "highlight": False, "soft_wrap": False}
    if color is False:
        kwargs["no_color"] = True
        kwargs["color_system"] = None
    return Console(**kwargs)
