"""The story table in every view: most conflicts first, labels, outlets, languages, the count of articles no
other source reports, and a terminal that stays short for a large corpus (top N stories in full)."""

import json

import pytest

from consistency import Config, check
from consistency.report import render
from consistency.report.common import story_rows
from consistency.report.terminal import ReportView, make_console
from consistency.stories import GroupParams

from ..conftest import ROOT, HashingEmbedder

STORIES = ROOT / "tests" / "data" / "stories"
PATHS = [STORIES / "bi-rate-cut-2024", STORIES / "fed-rate-cut-2024", STORIES / "titan-2023",
         STORIES / "valencia-dana-2024", STORIES / "single-starship-catch-2024"]


@pytest.fixture(scope="module")
def report():
    return check(PATHS, Config(use_cache=False, stories=GroupParams(threshold=0.45)), embedder=HashingEmbedder())


def test_rows_are_sorted_by_conflicts_then_size(report):
    rows = story_rows(report)
    assert len(rows) == len(report.clusters) >= 2
    keys = [(-r.conflicts, -r.articles, r.cluster.id) for r in rows]
    assert keys == sorted(keys)
    for r in rows:
        assert r.label == r.cluster.label and r.articles == len(r.cluster.articles)
        assert set(r.languages) <= {"id", "en"} and r.outlets


def test_every_view_has_the_table_and_the_single_report_count(report):
    n = len(report.unreported)
    line = f"{n} article{'s' if n != 1 else ''} had no second report"
    md = render("markdown", report)
    assert "## Stories (" in md and "| story | label | articles | outlets | languages | conflicts | updates |" in md
    assert line + "." in md
    html = render("html", report)
    assert "<h2>Stories (" in html and line in html
    text = render("text", report)
    assert "Stories (" in text and line in text
    data = json.loads(render("json", report))
    assert "starship-ap" in data["unreported"] and data["summary"]["unreported"] == n >= 1
    assert data["grouping"]["mode"] == "auto"
    assert all(c["label"] and c["grouping"] == "auto" for c in data["clusters"])


def test_terminal_shows_the_top_stories_in_full_and_points_to_the_files(report):
    import io

    buf = io.StringIO()
    make_console(buf, width=120, color=False).print(ReportView(report, top_stories=1))
    out = buf.getvalue()
    top = story_rows(report)[0].cluster
    assert out.count("Cluster s-") == 1 and f"Cluster {top.id}" in out
    assert f"{len(report.clusters) - 1} more stories" in out
