"""Speed: cold start, embedding throughput, the pipeline against a bare model.encode, and a cached re-run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from consistency import Config, check_articles
from consistency.load import prepare
from consistency.load.sources import RawArticle
from consistency.pipeline import embed_text

from .common import ROOT, fmt, sentence_pool
from .scaling import make_corpus

_COLD = r"""
import json, os, time, sys
t0 = time.perf_counter()
import consistency.pipeline
t1 = time.perf_counter()
from consistency.embed.backend import quiet_transformers
quiet_transformers()
import sentence_transformers
t2 = time.perf_counter()
from pathlib import Path
from consistency.embed.default_model import ensure_default_model
folder = ensure_default_model(Path(os.environ["CONSISTENCY_CACHE_DIR"]))
t3 = time.perf_counter()
from sentence_transformers import SentenceTransformer
model = SentenceTransformer(str(folder), device="cpu")
t4 = time.perf_counter()
model.encode(["query: Ukraina memperkirakan 11.000 tentara Korea Utara berada di Kursk."])
t5 = time.perf_counter()
print(json.dumps({"import_consistency": t1 - t0, "import_sentence_transformers": t2 - t1, "build_model": t3 - t2,
                  "load_model": t4 - t3, "first_encode": t5 - t4}))
"""


def cold_start(model_cache: Path | None) -> dict:
    """Two fresh processes: one that builds the model into an empty cache, one that finds it built."""
    out = {}
    with tempfile.TemporaryDirectory(prefix="consistency-cold-") as empty:
        for label, cache in (("empty_cache", empty), ("built_model", empty)):
            env = {**os.environ, "CONSISTENCY_CACHE_DIR": cache, "HF_HUB_OFFLINE": "1"}
            started = time.perf_counter()
            proc = subprocess.run([sys.executable, "-c", _COLD], capture_output=True, text=True, env=env, cwd=ROOT)
            wall = time.perf_counter() - started
            if proc.returncode != 0:
                raise RuntimeError(proc.stderr[-2000:])
            stages = json.loads(proc.stdout.strip().splitlines()[-1])
            out[label] = {k: round(v, 3) for k, v in stages.items()} | {"process_wall": round(wall, 3)}
    return out


def throughput(embedder) -> dict:
    texts = sentence_pool()
    embedder.encode(texts[:8])  # load the model first
    started = time.perf_counter()
    embedder.encode(texts)
    seconds = time.perf_counter() - started
    words = sum(len(t.split()) for t in texts) / len(texts)
    return {"sentences": len(texts), "mean_words": round(words, 1), "seconds": round(seconds, 3),
            "sentences_per_second": round(len(texts) / seconds, 1)}


def overhead(embedder, articles_count: int = 100) -> dict:
    """The whole pipeline against a bare model.encode of the same sentences, in the same process."""
    rows = make_corpus(articles_count, seed=7)
    articles = [prepare(RawArticle(r["id"], r["text"], r["cluster"], None, language="id")) for r in rows]
    started = time.perf_counter()
    report = check_articles(articles, Config(use_cache=False), embedder=embedder)
    pipeline = time.perf_counter() - started
    texts = [embed_text(s) for c in report.clusters for ss in c.sentences.values() for s in ss]
    unique = list(dict.fromkeys(texts))

    def bare(batch: list[str]) -> float:
        started = time.perf_counter()
        embedder.model.encode(batch, prompt=embedder.effective_prompt, batch_size=embedder.batch_size,
                              normalize_embeddings=True, show_progress_bar=False)
        return time.perf_counter() - started

    bare_unique, bare_all = bare(unique), bare(texts)
    stages = {k: round(v, 3) for k, v in report.timings.items() if isinstance(v, float)}
    return {"articles": articles_count, "sentences": len(texts), "unique_sentences": len(unique),
            "pipeline_seconds": round(pipeline, 3), "bare_encode_unique_seconds": round(bare_unique, 3),
            "bare_encode_all_seconds": round(bare_all, 3), "ratio": round(pipeline / bare_unique, 3),
            "ratio_all": round(pipeline / bare_all, 3), "stages": stages}


def cached_rerun(model_cache: Path) -> dict:
    """The CLI twice on seeds/ with a fresh embedding cache: first run embeds, second finds every vector."""
    with tempfile.TemporaryDirectory(prefix="consistency-rerun-") as tmp:
        cache = Path(tmp) / "cache"
        (cache / "models").mkdir(parents=True)
        for model in (model_cache / "models").iterdir():
            (cache / "models" / model.name).symlink_to(model)
        env = {**os.environ, "CONSISTENCY_CACHE_DIR": str(cache), "HF_HUB_OFFLINE": "1"}
        times = []
        for _ in range(2):
            started = time.perf_counter()
            proc = subprocess.run([sys.executable, "-m", "consistency", "check", "seeds", "--format", "json",
                                   "--no-config"], capture_output=True, text=True, env=env, cwd=ROOT)
            times.append(time.perf_counter() - started)
            if proc.returncode not in (0, 1):
                raise RuntimeError(proc.stderr[-2000:])
    return {"first_run_seconds": round(times[0], 3), "cached_rerun_seconds": round(times[1], 3)}


def run(embedder, model_cache: Path) -> dict:
    return {"cold_start": cold_start(model_cache), "throughput": throughput(embedder),
            "overhead": overhead(embedder), "cached_rerun": cached_rerun(model_cache)}


def to_markdown(r: dict) -> str:
    c = r["cold_start"]
    t, o, rr = r["throughput"], r["overhead"], r["cached_rerun"]
    lines = ["## Speed", "", "Cold start, in fresh processes (seconds):", "",
             "| | import consistency | import sentence-transformers | build model | load model | first encode | process |",
             "|---|---|---|---|---|---|---|"]
    for label, s in c.items():
        lines.append(f"| {label.replace('_', ' ')} | {s['import_consistency']} | {s['import_sentence_transformers']} | "
                     f"{s['build_model']} | {s['load_model']} | {s['first_encode']} | {s['process_wall']} |")
    lines += ["", f"Embedding throughput: {t['sentences_per_second']} sentences/s ({t['sentences']} real sentences, "
              f"{t['mean_words']} words on average, batch 32, {os.cpu_count()} cores).", "",
              f"Pipeline against bare `model.encode` on {o['articles']} articles ({o['sentences']} sentences, "
              f"{o['unique_sentences']} distinct, as resampling repeats them): the whole pipeline took "
              f"{o['pipeline_seconds']} s; `model.encode` of the distinct sentences {o['bare_encode_unique_seconds']} s "
              f"(ratio {o['ratio']}: the overhead we own), of all sentences {o['bare_encode_all_seconds']} s "
              f"(ratio {o['ratio_all']}; the pipeline embeds a repeated sentence once). "
              f"Stages: {', '.join(f'{k} {v}' for k, v in o['stages'].items())}.", "",
              f"CLI on seeds/: {rr['first_run_seconds']} s with an empty embedding cache, "
              f"{rr['cached_rerun_seconds']} s re-run from the cache (the model is never loaded).", ""]
    return "\n".join(lines)


__all__ = ["run", "to_markdown", "fmt"]
