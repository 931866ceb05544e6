"""Render a Report: every format reads the same sorted records; none is built in the CLI."""

from __future__ import annotations

from typing import Callable

from ..gate import Gate
from ..records import Report
from .common import printable
from .github import report_to_github
from .html import report_to_html
from .json_report import SCHEMA_VERSION, report_to_dict, report_to_json
from .junit import report_to_junit
from .markdown import MARKER, report_to_markdown
from .sarif import report_to_sarif
from .terminal import report_to_text

RENDERERS: dict[str, Callable[[Report, Gate | None], str]] = {
    "text": report_to_text,
    "json": report_to_json,
    "sarif": report_to_sarif,
    "junit": report_to_junit,
    "github": report_to_github,
    "markdown": report_to_markdown,
    "html": report_to_html,
}
FORMATS = tuple(RENDERERS)
# --report writes these, under reports/ unless told otherwise
REPORT_FILES = {"html": "report.html", "markdown": "report.md", "text": "report.txt"}


# JSON escapes control characters itself (and JSON is SARIF's syntax); every other format is text that a
# terminal, a browser, an XML parser or GitHub's log reads, so its control characters are made harmless here,
# once, on top of each renderer's own escaping (HTML, Markdown, XML, workflow commands).
_ESCAPED_BY_SYNTAX = ("json", "sarif")


def render(fmt: str, report: Report, gate: Gate | None = None) -> str:
    out = RENDERERS[fmt](report, gate)
    return out if fmt in _ESCAPED_BY_SYNTAX else printable(out)


__all__ = ["FORMATS", "MARKER", "RENDERERS", "REPORT_FILES", "SCHEMA_VERSION", "render", "report_to_dict", "report_to_json"]
