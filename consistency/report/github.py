"""GitHub Actions workflow commands: one annotation per finding (notes become notices)."""

from __future__ import annotations

from ..gate import Gate
from ..records import Report
from .common import is_url, location, rows

_COMMAND = {"error": "error", "warning": "warning", "note": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def report_to_github(report: Report, gate: Gate | None = None) -> str:
    lines = []
    for row in rows(report, gate):
        f = row.finding
        loc = location(row.cluster, f.claims[0])
        command = "error" if row.failing else _COMMAND.get(f.severity, "notice")
        if not row.failing and command == "error":
            command = "warning"  # reported but does not fail this run (baseline or --fail-on)
        others = "; ".join(f"{c.article}: “{c.text}”" for c in f.claims[1:])
        message = f.message + (f" (also: {others})" if others else "")
        # a page fetched from the web is no file of the repository: its annotation carries no file position
        where = "" if is_url(loc.path) else (f"file={_prop(loc.path)},line={loc.start_line},col={loc.start_column},"
                                             f"endLine={loc.end_line},endColumn={loc.end_column},")
        lines.append(f"::{command} {where}title={_prop(f.code + ' (' + f.verdict + ')')}::{_data(message)}")
    return "\n".join(lines) + ("\n" if lines else "")
