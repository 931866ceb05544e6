"""The terminal view: articles, then aligned claim groups side by side. Styles come from a theme by name."""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.table import Table
from rich.text import Text
from rich.theme import Theme

from ..records import Cluster, Report
from .json_report import summary

THEME = Theme(
    {
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
                            (str(s["alignments"]), "count"), " aligned claims")
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
