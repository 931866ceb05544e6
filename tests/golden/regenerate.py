"""Regenerate the golden reports from the test corpus: ``python -m tests.golden.regenerate``."""

from __future__ import annotations

import os

from . import FILES, GOLDEN, ROOT, render_all


def main() -> None:
    os.chdir(ROOT)
    for fmt, text in render_all().items():
        path = GOLDEN / FILES[fmt]
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
