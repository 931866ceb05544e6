"""Shared pieces of the benchmarks: the real sentences they are built from, and how results are written."""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "reports" / "benchmarks"
SEEDS = ROOT / "seeds"
# shared/ sits beside the checkout (CI, main) or further up (a worktree under wt/): the nearest one, unless
# CONSISTENCY_SHARED_DIR names it
SHARED = Path(os.environ["CONSISTENCY_SHARED_DIR"]) if os.environ.get("CONSISTENCY_SHARED_DIR") else \
    next((p / "shared" for p in ROOT.parents if (p / "shared" / "data").is_dir()), ROOT.parent / "shared")
INDONLI = SHARED / "data" / "indonli_diagnostic_num_temp.json"
SEED_A, SEED_B = "000_0108c47306e405e2", "003_5bb3cfe2d0748b90"
# The foundation issue's pairs that must align (000 sentence prefix, 003 sentence prefix).
SEED_PAIRS = [(a, b) for _, a, b in json.loads((ROOT / "tests" / "data" / "seed_pairs.json").read_text(encoding="utf-8"))["pairs"]]


@lru_cache(maxsize=1)
def seed_articles():
    from consistency.load import load_articles
    from consistency.segment import segment_article

    return {a.id: (a, segment_article(a)) for a in load_articles([SEEDS])}


@lru_cache(maxsize=1)
def indonli_items() -> list[dict]:
    return json.loads(INDONLI.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def sentence_pool() -> list[str]:
    """Real sentences written by others: the seeds' prose and the IndoNLI premises and hypotheses."""
    from consistency.segment import split_sentences

    pool = [s.text for _, ss in seed_articles().values() for s in ss]
    for item in indonli_items():
        for field in ("premise", "hypothesis"):
            text = item[field].strip()
            pool += [text[a:b] for a, b in split_sentences(text, "id")]
    seen, out = set(), []
    for s in pool:
        s = re.sub(r"\s+", " ", s).strip()
        if len(s.split()) >= 4 and s not in seen:
            seen.add(s)
            out.append(s)
    return out


@lru_cache(maxsize=1)
def repo_sentences() -> list[str]:
    """Real-world sentences kept in this repository (the seeds and the labelled sets' articles, Indonesian and
    English), for tests that must not depend on ../shared being beside the checkout."""
    from consistency.load import load_articles
    from consistency.segment import segment_article

    folders = [SEEDS] + sorted(p for d in ("devset", "validation") for p in (ROOT / "tests" / "data" / d).iterdir()
                               if p.is_dir())
    seen, out = set(), []
    for art in (a for folder in folders for a in load_articles([folder])):  # ids repeat across folders
        for s in segment_article(art):
            text = re.sub(r"\s+", " ", s.text).strip()
            if len(text.split()) >= 4 and text not in seen:
                seen.add(text)
                out.append(text)
    return out


def write(name: str, data: dict, markdown: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
    (OUT / f"{name}.md").write_text(markdown, encoding="utf-8")


def prf(tp: int, predicted: int, expected: int) -> dict:
    p = tp / predicted if predicted else None
    r = tp / expected if expected else None
    f = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
    return {"precision": None if p is None else round(p, 4), "recall": None if r is None else round(r, 4),
            "f1": None if f is None else round(f, 4), "support": expected, "predicted": predicted}


def fmt(v) -> str:
    return "–" if v is None else (f"{v:.3f}" if isinstance(v, float) else str(v))
