"""Scaling of unlabelled corpora: 200 / 2,000 / 20,000 articles of the topic generator (made-up events
reported by 2-6 outlets, Indonesian and English, no `cluster` labels), grouped into stories and compared
story by story. Each run is its own process (so peak memory is its own), embedding cache off.

Also: the same 200 articles on the Ray engine (local mode) against the local engine, and 20,000 articles with
the tests' hashing embedder, which shows the memory of grouping, alignment and streaming without the model.
``--quick`` (the default in ``python -m tests.benchmarks --quick``) stops the model runs at 2,000 articles.
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
from .topics import make_topic_corpus

SIZES = (200, 2000, 20000)
QUICK_MAX = 2000
RAY_SIZE = 200
HASHING_SIZE = 20000
HASHING_THRESHOLD = 0.45  # the hashing embedder's cosines run lower than the default model's


CLUSTER_SIZE = 5
SENTENCES_PER_ARTICLE = (6, 10)


def letter_code(n: int) -> str:
    """1 → 'a', 26 → 'z', 27 → 'aa': a running code with no digit in it (the corpus writes it after a 'q', so
    it never spells a month such as 'des')."""
    out = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = chr(ord("a") + r) + out
    return out


def make_corpus(n_articles: int, seed: int = 11, distinct: bool = False) -> list[dict]:
    """(Used by the speed benchmark.) Labelled clusters of up to five articles; each cluster draws its articles from one topic's worth of sentences.

    With ``distinct`` every sentence gets a running code in brackets, so no two sentences are equal and
    the cost is not flattered by embedding a repeated sentence once. The code is letters, not digits: a number
    would be read as a figure of every sentence (half the mentions compared, a sixth of the masked contexts),
    a cost real reporting does not have.
    """
    rng = random.Random(seed)
    pool = sentence_pool()
    rows = []
    counter = 0
    for start in range(0, n_articles, CLUSTER_SIZE):
        topic = rng.sample(pool, 24)
        for k in range(min(CLUSTER_SIZE, n_articles - start)):
            sents = rng.sample(topic, rng.randint(*SENTENCES_PER_ARTICLE))
            if distinct:  # the code goes before the final stop, or it would be split off as a sentence
                marked = []
                for sent in sents:
                    counter += 1
                    body, tail = re.match(r"(.*?)([.!?…\"”’']*)$", sent, re.S).groups()
                    marked.append(f"{body} (ref q{letter_code(counter)}){tail}")
                sents = marked
            rows.append({"id": f"a{start + k}", "cluster": f"c{start // CLUSTER_SIZE}", "text": "\n".join(sents),
                         "language": "id"})
    return rows


def write_corpus(path: Path, n_articles: int) -> None:
    rows = [{k: v for k, v in r.items() if k != "story"} for r in make_topic_corpus(n_articles)]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")


def worker(corpus: Path, engine: str, embedder: str, profile: Path | None) -> dict:
    started = time.perf_counter()
    from consistency import Config, check
    from consistency.stories import GroupParams

    imported = time.perf_counter() - started
    config = Config(use_cache=False, engine=engine)
    kwargs = {}
    if embedder == "hashing":
        sys.path.insert(0, str(ROOT))
        from tests.conftest import HashingEmbedder

        kwargs["embedder"] = HashingEmbedder()
        config = Config(use_cache=False, engine=engine, stories=GroupParams(threshold=HASHING_THRESHOLD))
    profiler = None
    if profile is not None:
        from pyinstrument import Profiler

        profiler = Profiler()
        profiler.start()
    started = time.perf_counter()
    report = check([corpus], config, **kwargs)
    total = time.perf_counter() - started
    if profiler is not None:
        profiler.stop()
        profile.write_text(profiler.output_text(unicode=True, color=False, show_all=False), encoding="utf-8")
    articles = sum(len(c.articles) for c in report.clusters) + len(report.unreported)
    return {
        "articles": articles,
        "engine": engine,
        "embedder": embedder,
        "stories": len(report.clusters),
        "unreported": len(report.unreported),
        "sentences": sum(len(s) for c in report.clusters for s in c.sentences.values()),
        "embedded": int(report.timings.get("embedded", 0)),
        "alignments": sum(len(c.alignments) for c in report.clusters),
        "findings": sum(len(c.findings) for c in report.clusters),
        "conflicts": sum(f.verdict == "conflict" for c in report.clusters for f in c.findings),
        "import_seconds": round(imported, 3),
        "total_seconds": round(total, 3),
        "seconds_per_article": round(total / max(articles, 1), 4),
        "stages": {k: round(v, 3) for k, v in report.timings.items() if isinstance(v, float)},
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def _one(tmp: Path, n: int, engine: str = "local", embedder: str = "default", profile: bool = False) -> dict:
    corpus = tmp / f"corpus-{n}.jsonl"
    if not corpus.exists():
        write_corpus(corpus, n)
    args = [sys.executable, "-m", "tests.benchmarks.scaling", str(corpus), engine, embedder]
    if profile:
        OUT.mkdir(parents=True, exist_ok=True)
        args.append(str(OUT / f"profile-{n}.txt"))
    proc = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-3000:])
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    print(f"  scaling: {n} articles, {engine}, {embedder}: {result['total_seconds']} s, "
          f"{result['peak_rss_mb']} MB", file=sys.stderr)
    return result


def run(sizes=SIZES, profile_size: int | None = 200, quick: bool = False) -> dict:
    runs = []
    with tempfile.TemporaryDirectory(prefix="consistency-scale-") as tmp:
        for n in sizes:
            if quick and n > QUICK_MAX:
                continue
            runs.append(_one(Path(tmp), n, profile=n == profile_size))
        ray = _one(Path(tmp), RAY_SIZE, engine="ray")
        hashing = _one(Path(tmp), HASHING_SIZE, embedder="hashing")
    return {"runs": runs, "ray": ray, "hashing": hashing, "skipped": [n for n in sizes if quick and n > QUICK_MAX]}


def to_markdown(r: dict) -> str:
    stages = ["load", "segment", "embed", "group", "align", "extract", "compare"]
    head = ("| articles | engine | embedder | stories (+alone) | sentences | findings | conflicts | total s | s per article | "
            + " | ".join(f"{s} s" for s in stages) + " | peak RSS MB |")
    lines = ["## Scaling", "",
             "Unlabelled corpora from the topic generator (made-up events reported by 2-6 outlets in Indonesian and "
             "English, about 15% reported once, about eight articles a day), grouped into stories and compared story "
             "by story; embedding cache off; each run in its own process (total includes loading the model). "
             "The hashing row uses the tests' hashing embedder, so its memory is grouping, alignment and streaming "
             "without the model (its threshold is set for its own cosines, so its stories are not the model's). "
             "For the Ray row, peak RSS is the driver's only: the embedding actors and story tasks run in Ray's "
             "worker processes. Timings on a shared machine are noisy.", "", head, "|" + "---|" * (10 + len(stages))]
    for x in [*r["runs"], r["ray"], r["hashing"]]:
        lines.append(f"| {x['articles']} | {x['engine']} | {x['embedder']} | {x['stories']} (+{x['unreported']}) | "
                     f"{x['sentences']} | {x['findings']} | {x['conflicts']} | {x['total_seconds']} | "
                     f"{x['seconds_per_article']} | " + " | ".join(str(x["stages"].get(s, 0)) for s in stages)
                     + f" | {x['peak_rss_mb']} |")
    if r.get("skipped"):
        lines += ["", f"Not run here (`--quick`): {', '.join(f'{n:,}' for n in r['skipped'])} articles with the model."]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    profile_path = Path(sys.argv[4]) if len(sys.argv) > 4 else None
    print(json.dumps(worker(Path(sys.argv[1]), sys.argv[2], sys.argv[3], profile_path)))
