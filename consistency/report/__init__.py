"""Render a Report: every format reads the same sorted records; none is built in the CLI."""

from __future__ import annotations

import re
from pathlib import Path
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


# How each format says it is ours, in its first lines: the marker (terminal text, Markdown, HTML), the tool's
# name where the format names its producer (JSON, SARIF, JUnit), or only our annotations (GitHub).
_OURS = (
    re.compile(r"^\{\s*\"schema_version\":\s*\d+,\s*\"tool\":\s*\{\s*\"name\":\s*\"consistency\""),
    re.compile(r"^\{\s*\"\$schema\":\s*\"[^\"]*sarif[^\"]*\",\s*\"version\":\s*\"2\.1\.0\",\s*\"runs\":\s*\[\s*\{\s*"
               r"\"tool\":\s*\{\s*\"driver\":\s*\{\s*\"name\":\s*\"consistency\""),
    re.compile(r"^<\?xml[^>]*\?>\s*<testsuites name=\"consistency\""),
)
_ANNOTATION = re.compile(r"::(?:error|warning|notice) (?:file=[^\n]*?,)?title=[a-z_]+\.[a-z_.]+ \([a-z]+\)::.*")


def written_by_us(path: Path) -> bool:
    """Whether ``path`` holds a report or output this tool wrote (any format), so a run may refresh it; any
    other file, an empty one included, is the user's."""
    try:
        with Path(path).open("r", encoding="utf-8", errors="replace") as fh:
            head = fh.read(2000)
            if MARKER in head[:600] or any(p.match(head) for p in _OURS):
                return True
            if not head.startswith("::"):
                return False
            fh.seek(0)
            lines = fh.read(64 * 2**20).splitlines()
    except OSError:
        return False
    return bool(lines) and all(_ANNOTATION.fullmatch(line) for line in lines)


def render(fmt: str, report: Report, gate: Gate | None = None) -> str:
    out = RENDERERS[fmt](report, gate)
    return out if fmt in _ESCAPED_BY_SYNTAX else printable(out)


__all__ = ["FORMATS", "MARKER", "RENDERERS", "REPORT_FILES", "SCHEMA_VERSION", "render", "report_to_dict", "report_to_json",
           "written_by_us"]
