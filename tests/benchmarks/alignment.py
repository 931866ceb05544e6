"""Alignment quality and speed: the embedded model against TF-IDF character n-grams (scikit-learn),
on the same clusters with the same aligner.

1. Seeds: recall of the five pairs the foundation issue names, and how many pairs are aligned in all.
2. Translations: each seed article against English renderings of its sentences (one true partner each),
   so recall and precision are both exact.
3. Cross-lingual seeds: seed 000 (Indonesian) against English renderings of seed 003, for the named pairs.
"""

from __future__ import annotations

import json
import time

import numpy as np

from consistency.align import AlignParams, align_pairs, claim_groups
from consistency.pipeline import embed_text

from .common import ROOT, SEED_A, SEED_B, SEED_PAIRS, fmt, seed_articles

TRANSLATIONS = json.loads((ROOT / "tests" / "data" / "seed_translations.json").read_text(encoding="utf-8"))


class TfidfVectors:
    """The obvious alternative: TF-IDF over character 3-5-grams within word boundaries, fitted per cluster."""

    display_name = "tfidf-char"

    def encode_cluster(self, texts: list[str]) -> np.ndarray:
        from sklearn.feature_extraction.text import TfidfVectorizer

        matrix = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True).fit_transform(texts)
        return matrix.toarray().astype(np.float32)  # rows are L2-normalised already


def _aligned(texts_a: list[str], texts_b: list[str], encode) -> tuple[set[tuple[int, int]], float]:
    texts = texts_a + texts_b
    groups = np.array([0] * len(texts_a) + [1] * len(texts_b))
    started = time.perf_counter()
    vectors = encode(texts)
    pairs = align_pairs(vectors, groups, AlignParams())
    grouped = set()
    for g in claim_groups(pairs, groups):
        for i in g:
            for j in g:
                if groups[i] == 0 and groups[j] == 1:
                    grouped.add((i, j - len(texts_a)))
    return grouped, time.perf_counter() - started


def _index(texts: list[str], prefix: str) -> int:
    return next(i for i, t in enumerate(texts) if t.startswith(prefix))


def run(embedder) -> dict:
    arts = seed_articles()
    a_texts = [embed_text(s) for s in arts[SEED_A][1]]
    b_texts = [embed_text(s) for s in arts[SEED_B][1]]
    tfidf = TfidfVectors()
    methods = {"e5 (default model)": embedder.encode, "tfidf-char": tfidf.encode_cluster}
    result = {"methods": {}}
    for name, encode in methods.items():
        encode(["warm up"]) if name.startswith("e5") else None
        r: dict = {}
        got, seconds = _aligned(a_texts, b_texts, encode)
        wanted = {(_index(a_texts, pa), _index(b_texts, pb)) for pa, pb in SEED_PAIRS}
        r["seed_pairs_recall"] = round(len(wanted & got) / len(wanted), 4)
        r["seed_pairs_found"] = sorted(f"{i}-{j}" for i, j in wanted & got)
        r["seed_pairs_aligned_in_all"] = len(got)
        r["seed_seconds"] = round(seconds, 4)
        # each seed article against English renderings of its own sentences
        tp = predicted = expected = 0
        seconds_total = 0.0
        for aid, rendering in TRANSLATIONS.items():
            if aid.startswith("_"):
                continue
            originals = [embed_text(s) for s in arts[aid][1]]
            idx = sorted(int(k) for k in rendering)
            english = [rendering[str(k)] for k in idx]
            got_t, seconds = _aligned(originals, english, encode)
            seconds_total += seconds
            truth = {(k, n) for n, k in enumerate(idx)}
            tp += len(truth & got_t)
            predicted += len(got_t)
            expected += len(truth)
        r["translation_recall"] = round(tp / expected, 4)
        r["translation_precision"] = round(tp / predicted, 4) if predicted else None
        r["translation_pairs"] = expected
        r["translation_seconds"] = round(seconds_total, 4)
        # cross-lingual cluster: Indonesian 000 against English renderings of 003
        b_idx = sorted(int(k) for k in TRANSLATIONS[SEED_B])
        b_en = [TRANSLATIONS[SEED_B][str(k)] for k in b_idx]
        got_x, _ = _aligned(a_texts, b_en, encode)
        b_orig = [b_texts[k] for k in b_idx]
        wanted_x = {(_index(a_texts, pa), b_orig.index(next(t for t in b_orig if t.startswith(pb))))
                    for pa, pb in SEED_PAIRS if any(t.startswith(pb) for t in b_orig)}
        r["crosslingual_seed_pairs_recall"] = round(len(wanted_x & got_x) / len(wanted_x), 4)
        r["crosslingual_seed_pairs"] = len(wanted_x)
        result["methods"][name] = r
    return result


def to_markdown(result: dict) -> str:
    lines = ["## Alignment", "",
             "Same aligner (mutual top-3, z ≥ 1.2 over the article pair's background, mutual best at z ≥ 1.0), "
             "two ways of turning sentences into vectors.", "",
             "| method | seed pairs recall (5) | pairs aligned on seeds | translations recall | translations precision "
             "| cross-lingual seed pairs recall | seconds (seeds) |", "|---|---|---|---|---|---|---|"]
    for name, r in result["methods"].items():
        lines.append(f"| {name} | {fmt(r['seed_pairs_recall'])} | {r['seed_pairs_aligned_in_all']} | "
                     f"{fmt(r['translation_recall'])} ({r['translation_pairs']} pairs) | {fmt(r['translation_precision'])} | "
                     f"{fmt(r['crosslingual_seed_pairs_recall'])} ({r['crosslingual_seed_pairs']}) | {r['seed_seconds']} |")
    return "\n".join(lines) + "\n"
