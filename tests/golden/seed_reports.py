"""Write the example reports for seeds/ under reports/seeds/ (HTML, Markdown, text, JSON, SARIF) and a
screenshot of the HTML in headless Chromium: ``python -m tests.golden.seed_reports``.

These use the real default model and are kept in the repository for the record.
"""

from __future__ import annotations

import os

from consistency import Config, check
from consistency.gate import evaluate
from consistency.report import render

from ..browser import screenshot
from . import ROOT

OUT = ROOT / "reports" / "seeds"
FILES = {"html": "report.html", "markdown": "report.md", "text": "report.txt", "json": "report.json", "sarif": "report.sarif"}


def main() -> None:
    os.chdir(ROOT)
    report = check(["seeds"], Config())
    gate = evaluate(report)
    OUT.mkdir(parents=True, exist_ok=True)
    for fmt, name in FILES.items():
        (OUT / name).write_text(render(fmt, report, gate), encoding="utf-8")
        print(f"wrote {OUT / name}")
    size = screenshot(OUT / "report.html", OUT / "report.png")
    print(f"wrote {OUT / 'report.png'} {size[0]}x{size[1]}")


if __name__ == "__main__":
    main()
