"""The HTML report in a real headless browser: it renders, and the findings and figures are there."""

import os

import pytest

from consistency import Config, check
from consistency.gate import evaluate
from consistency.report import render

from ..browser import dump_dom, find_chromium, screenshot
from ..conftest import SEEDS

needs_browser = pytest.mark.skipif(
    find_chromium() is None and not os.environ.get("CI"),
    reason="chromium not installed (make test installs Debian's chromium); required in CI",
)


@pytest.mark.slow
@needs_browser
def test_html_report_renders_in_chromium(tmp_path, model_cache_dir, default_embedder):
    report = check([SEEDS], Config(cache_dir=model_cache_dir), embedder=default_embedder)
    html = tmp_path / "report.html"
    html.write_text(render("html", report, evaluate(report)), encoding="utf-8")
    dom = dump_dom(html)
    assert "<h1>Consistency report</h1>" in dom
    for code in ("date.weekday", "number.compatible", "number.agree", "entity.variant"):
        assert code in dom
    assert 'class="matrix"' in dom and dom.count("<svg") >= 1
    assert "lebih dari 10.000 tentaranya" in dom and "Kamis (8/11/2024)" in dom
    width, height = screenshot(html, tmp_path / "report.png")
    assert (width, height) == (1280, 2200)
    assert (tmp_path / "report.png").stat().st_size > 50_000  # a rendered page, not a blank one
