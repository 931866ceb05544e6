"""Render a Report: every format reads the same sorted records; none is built in the CLI."""

from __future__ import annotations

from typing import Callable

from ..gate import Gate
from ..records import Report
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


def render(fmt: str, report: Report, gate: Gate | None = None) -> str:
    return RENDERERS[fmt](report, gate)


__all__ = ["FORMATS", "MARKER", "RENDERERS", "REPORT_FILES", "SCHEMA_VERSION", "render", "report_to_dict", "report_to_json"]
