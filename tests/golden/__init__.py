"""Golden reports: the test corpus rendered in every format with a deterministic keyword embedder.

The keyword embedder counts topic words (in Indonesian and English), so its vectors, alignments and
scores are the same on every machine; the real model is tested elsewhere. Regenerate the files with
``python -m tests.golden.regenerate`` after an intended change, and review the diff.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).resolve().parent
CORPUS = "tests/data/corpus"  # relative, as a user would type it from the repository root
FILES = {"json": "corpus.json", "sarif": "corpus.sarif", "junit": "corpus.junit.xml", "github": "corpus.github.txt",
         "markdown": "corpus.md", "html": "corpus.html", "text": "corpus.txt"}
TOPICS = [
    r"tentara|pasukan|soldier|troop", r"kursk", r"korea utara|north korea", r"pakta|pact", r"ratifi",
    r"parlemen|parliament", r"zelensk", r"mengecam|condemn", r"barat|western", r"pertempuran|battle",
    r"umerov", r"ukrain", r"intelijen|intelligence", r"diam|silence",
]


class KeywordEmbedder:
    display_name = "keyword-test"
    effective_prompt = ""
    dimension = len(TOPICS) + 1

    def encode(self, texts):
        out = np.zeros((len(texts), self.dimension), np.float32)
        for i, t in enumerate(texts):
            low = t.lower()
            for d, pattern in enumerate(TOPICS):
                out[i, d] = len(re.findall(pattern, low))
            out[i, -1] = 0.5
            out[i] /= np.linalg.norm(out[i])
        return out


def corpus_report():
    from dataclasses import replace

    from consistency import Config, check

    # one cluster, as the corpus is labelled by being given together (grouping has its own tests); timings
    # differ on every run: golden files hold everything else
    return replace(check([CORPUS], Config(use_cache=False, group="one"), embedder=KeywordEmbedder()), timings={})


def render_all() -> dict[str, str]:
    from consistency.gate import evaluate
    from consistency.report import render

    report = corpus_report()
    gate = evaluate(report, "conflict")
    return {fmt: render(fmt, report, gate) for fmt in FILES}
