"""Scaling: corpora of 2, 20, 200 and 2,000 articles made by resampling real sentences into clusters.

Each size runs in its own process (so peak memory is its own) with the embedding cache off, and reports
the time of every stage. One size is profiled with pyinstrument to show where the time goes.
"""

from __future__ import annotations

import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import OUT, ROOT, sentence_pool

SIZES = (2, 20, 200, 2000)
CLUSTER_SIZE = 5
SENTENCES_PER_ARTICLE = (6, 10)


def make_corpus(n_articles: int, seed: int = 11, distinct: bool = False) -> list[dict]:
    """Clusters of up to five articles; each cluster draws its articles from one topic's worth of sentences.

    With ``distinct`` every sentence gets a running number in brackets, so no two sentences are equal and
    the cost is not flattered by embedding a repeated sentence once.
    """
    rng = random.Random(seed)
    pool = sentence_pool()
    rows = []
    counter = 0
    for start in range(0, n_articles, CLUSTER_SIZE):
        topic = rng.sample(pool, 24)
        for k in range(min(CLUSTER_SIZE, n_articles - start)):
            sents = rng.sample(topic, rng.randint(*SENTENCES_PER_ARTICLE))
            if distinct:  # the number goes before the final stop, or it would be split off as a sentence
                marked = []
                for sent in sents:
                    counter += 1
                    body, tail = re.match(r"(.*?)([.!?…\"”’']*)$", sent, re.S).groups()
                    marked.append(f"{body} ({counter}){tail}")
                sents = marked
            rows.append({"id": f"a{start + k}", "cluster": f"c{start // CLUSTER_SIZE}", "text": "\n".join(sents),
                         "language": "id"})
    return rows


def worker(corpus: Path, profile: Path | None) -> dict:
    started = time.perf_counter()
    from consistency import Config, check

    imported = time.perf_counter() - started
    profiler = None
    if profile is not None:
        from pyinstrument import Profiler

        profiler = Profiler()
        profiler.start()
    started = time.perf_counter()
    report = check([corpus], Config(use_cache=False))
    total = time.perf_counter() - started
    if profiler is not None:
        profiler.stop()
        profile.write_text(profiler.output_text(unicode=True, color=False, show_all=False), encoding="utf-8")
    return {
        "articles": sum(len(c.articles) for c in report.clusters),
        "clusters": len(report.clusters),
        "sentences": sum(len(s) for c in report.clusters for s in c.sentences.values()),
        "alignments": sum(len(c.alignments) for c in report.clusters),
        "findings": sum(len(c.findings) for c in report.clusters),
        "import_seconds": round(imported, 3),
        "total_seconds": round(total, 3),
        "stages": {k: round(v, 3) for k, v in report.timings.items() if isinstance(v, float)},
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def run(sizes=SIZES, profile_size: int = 200) -> dict:
    results = []
    with tempfile.TemporaryDirectory(prefix="consistency-scale-") as tmp:
        for n in sizes:
            corpus = Path(tmp) / f"corpus-{n}.jsonl"
            rows = make_corpus(n, distinct=True)
            corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
            args = [sys.executable, "-m", "tests.benchmarks.scaling", str(corpus)]
            if n == profile_size:
                OUT.mkdir(parents=True, exist_ok=True)
                args.append(str(OUT / f"profile-{n}.txt"))
            proc = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, env={**os.environ, "HF_HUB_OFFLINE": "1"})
            if proc.returncode != 0:
                raise RuntimeError(proc.stderr[-3000:])
            results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
            print(f"  scaling: {n} articles in {results[-1]['total_seconds']} s", file=sys.stderr)
    return {"cluster_size": CLUSTER_SIZE, "runs": results}


def to_markdown(r: dict) -> str:
    stages = ["load", "segment", "embed", "align", "extract", "compare"]
    lines = ["## Scaling", "",
             f"Real sentences resampled into clusters of {r['cluster_size']} articles (6–10 sentences each), each "
             "sentence made distinct by a running number so nothing is embedded once for several uses; embedding "
             "cache off; each size in its own process (total includes loading the model, about 7 s).", "",
             "| articles | sentences | alignments | findings | total s | " + " | ".join(f"{s} s" for s in stages)
             + " | s per 1,000 sentences | peak RSS MB |", "|" + "---|" * (7 + len(stages))]
    for x in r["runs"]:
        per = x["total_seconds"] / max(x["sentences"], 1) * 1000
        lines.append(f"| {x['articles']} | {x['sentences']} | {x['alignments']} | {x['findings']} | {x['total_seconds']} | "
                     + " | ".join(str(x["stages"].get(s, 0)) for s in stages) + f" | {per:.1f} | {x['peak_rss_mb']} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    profile_path = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    print(json.dumps(worker(Path(sys.argv[1]), profile_path)))
