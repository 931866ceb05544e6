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


# --- found by the acceptance pass (qa): what a newsroom reader met in a real corpus ---------------------------


def _updates_report():
    """One labelled story whose toll rises three times (three number.update findings) and one lone article."""
    from dataclasses import replace

    from .test_timelines import REPORTS, _report

    toll = _report(REPORTS)
    return replace(toll, unreported=("lone",))


def test_the_updates_column_counts_the_updates():
    # number.update has the verdict "compatible": counting a verdict "update" gave 0 in every story
    report = _updates_report()
    assert sum(f.code == "number.update" for f in report.clusters[0].findings) == 3
    assert story_rows(report)[0].updates == 3
    assert "| 0 | 3 |" in render("markdown", report)
    assert "<td>0</td><td>3</td></tr>" in render("html", report)
    import io

    buf = io.StringIO()
    make_console(buf, width=120, color=False).print(ReportView(report))
    row = next(line for line in buf.getvalue().splitlines() if line.startswith("toll "))
    assert row.split()[-2:] == ["0", "3"]


def test_the_headline_counts_the_articles_with_no_second_report():
    report = _updates_report()
    phrase = "3 articles in 1 story, 1 with no second report"
    assert phrase in render("text", report) and phrase in render("markdown", report) and phrase in render("html", report)


def test_report_txt_carries_every_story_in_full(report):
    # report.txt is one of the files the terminal points to for the stories it leaves out; it stopped at 20
    from dataclasses import replace

    from consistency.report.terminal import TOP_STORIES

    many = replace(report, clusters=tuple(replace(report.clusters[0], id=f"s-{k:03d}") for k in range(TOP_STORIES + 5)))
    text = render("text", many)
    assert text.count("Cluster s-") == TOP_STORIES + 5
    assert "more stor" not in text


def test_terminal_does_not_claim_hidden_stories_are_in_the_table(report):
    import io

    buf = io.StringIO()
    make_console(buf, width=120, color=False).print(ReportView(report, top_stories=1))
    out = buf.getvalue()
    hidden = len(report.clusters) - 1
    assert "in the table above" not in out
    assert f"{hidden} more stor{'ies are' if hidden != 1 else 'y is'} not shown in full here" in out


@pytest.mark.parametrize("width", [80, 100, 160])
def test_story_table_fits_the_terminal_and_keeps_every_header(report, width):
    import io

    buf = io.StringIO()
    make_console(buf, width=width, color=False).print(ReportView(report))
    lines = buf.getvalue().splitlines()
    at = next(k for k, line in enumerate(lines) if line.startswith("Stories ("))
    header = lines[at + 1]
    for col in ("story", "label", "articles", "languages", "conflicts", "updates"):
        assert col in header.split(), (width, header)
    assert ("outlets" in header.split()) == (width >= 100)  # at 80 columns the label gets the outlets' room
    for line in lines[at + 1 : at + 2 + len(report.clusters)]:
        assert len(line) <= width


def test_article_table_never_cuts_a_date_or_an_id():
    # at 80 columns the table used to print "2019-04-…" and "srilanka-2019/re…"
    import datetime as dt
    import io

    from consistency.records import Article, Cluster, ModelInfo, Report

    def table(article_id: str, width: int) -> str:
        art = Article(article_id, "x", "c", source="CNN Indonesia", published=dt.date(2019, 4, 21), language="en")
        buf = io.StringIO()
        make_console(buf, width=width, color=False).print(ReportView(Report(ModelInfo("test", 1), (Cluster("c", (art,), {}),))))
        out = buf.getvalue().split("Findings")[0]
        assert "2019-04-21" in out and "…" not in out and all(len(line) <= width for line in out.splitlines()), out
        return out

    assert "srilanka-2019/reuters-sun " in table("srilanka-2019/reuters-sun", 80)  # fits once the rest wraps
    folded = table("127.0.0.1:8765/berita/2024/04/18/gunung-ruang-meletus-lagi.html", 80)
    rows = folded.splitlines()
    at = next(k for k, line in enumerate(rows) if line.startswith("article "))
    width = rows[at].index("source")
    assert "".join(line[:width].strip() for line in rows[at + 1:]) == "127.0.0.1:8765/berita/2024/04/18/gunung-ruang-meletus-lagi.html"


def test_markdown_and_html_give_the_stories_in_the_table_order(report):
    # the findings followed the engine's order while the table above them put the most conflicts first
    import re
    from dataclasses import replace

    order = [r.cluster.id for r in story_rows(report)]
    shuffled = replace(report, clusters=tuple(r.cluster for r in reversed(story_rows(report))))
    assert [c.id for c in shuffled.clusters] != order
    assert re.findall(r"^## Cluster (\S+)$", render("markdown", shuffled), re.M) == order
    assert re.findall(r'<section id="cluster-([^"]+)">', render("html", shuffled)) == order


def test_junit_totals_add_up_over_stories_without_findings(report):
    # found in acceptance (qa): 39 stories, 8 of them without findings, gave testsuites tests=437 over suites
    # holding 445 cases
    import xml.etree.ElementTree as ET
    from dataclasses import replace

    quiet = replace(report.clusters[0], id="s-quiet", findings=())
    root = ET.fromstring(render("junit", replace(report, clusters=(*report.clusters, quiet))))
    suites = root.findall("testsuite")
    assert int(root.get("tests")) == sum(int(s.get("tests")) for s in suites) == len(list(root.iter("testcase")))
    assert int(root.get("failures")) == sum(int(s.get("failures")) for s in suites)


def test_html_keeps_wide_stories_inside_the_page(report):
    # found in acceptance (qa): a story of 60 aligned claims made the whole page scroll sideways, and story ids
    # broke at their hyphen ("s-" over "1544d20520")
    html = render("html", report)
    assert html.count('<div style="overflow-x:auto"><table class="matrix">') == len(report.clusters)
    assert html.count('<tr><td style="white-space:nowrap"><a href="#cluster-') == len(report.clusters)


def test_group_given_does_not_count_unlabelled_articles_as_unreported(tmp_path):
    # --group given leaves unlabelled articles alone (a warning says so); "had no second report" would claim
    # that no other outlet reported them, which nobody checked
    rows = [{"id": "q1", "cluster": "quake", "text": "Gempa Mamuju menewaskan 84 orang, kata Basarnas."},
            {"id": "q2", "cluster": "quake", "text": "The Mamuju quake killed 84 people, Basarnas said."},
            {"id": "solo", "cluster": "price", "text": "Harga beras di Pasar Cipinang naik menjadi Rp14.000."},
            {"id": "loose1", "text": "Harga cabai naik di Pasar Cipinang."},
            {"id": "loose2", "text": "Chilli prices rose at Cipinang market."}]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows))
    report = check([path], Config(group="given", use_cache=False), embedder=HashingEmbedder())
    assert report.unreported == ("solo",)  # a labelled cluster of one is; the unlabelled are not
    assert any("no cluster label and --group given leaves them alone" in w for w in report.warnings)
    for fmt in ("markdown", "html", "text"):
        out = render(fmt, report)
        assert "1 article had no second report" in out and "loose1" not in out.split("had no second report")[0][-200:]
    assert json.loads(render("json", report))["unreported"] == ["solo"]
