"""Issue 10 research: can a figure's context vector be pooled from the token states of its sentence's own forward
pass, instead of embedding its masked clause as a text of its own (a third of the run's embedding work)?

``python -m tests.benchmarks.ctxprobe`` writes ``reports/benchmarks/ctxprobe.{md,json}``. On the labelled pairs of
the development and validation sets it measures, for figures and dates apart, how well the cosine of two mentions'
context vectors separates the pairs that state one fact from the rest, for the context vector computed as:

- ``A`` today: the masked clause (``features.mention_context``) embedded as a text by the shipped backend;
- ``B`` the unmasked sentence's last hidden state (the pass the run already makes) mean-pooled over the same
  clause window's tokens, the mention's own tokens left out;
- ``C`` like B, over one extra pass of the sentence with every compared mention of it replaced by "…";
- ``D`` B over ±4 tokens around the mention; and cheap others (``E_*``, see ``VARIANTS``).

Two measures: the cosine alone on the labelled pairs (positives: agree, compatible, update, revision, conflict,
sources; negatives: none), and the same-fact scorer's features with the context features computed from each
variant, refitted leave-one-cluster-out on every candidate pair (unlabelled pairs negative, as the scorer is
trained), so the candidate selection, which ranks by the context cosine too, changes with the variant. Then the
extra model work of each variant on the speed benchmark's corpus, in texts and tokens.

Token states come from the shipped int8 ONNX graph's last hidden state, one sentence per run as the backend runs
them, on one thread.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from .common import ROOT, fmt, write

CACHE = ROOT / ".pytest_cache" / "consistency-cache"
WINDOW_TOKENS = 4
POSITIVE = ("agree", "compatible", "update", "revision", "conflict", "sources")
KINDS = ("number", "date")
# name → (which pass, which tokens): "B" the sentence as embedded, "C" the sentence with its compared mentions
# masked; tokens "window" (clause window without the mention), "window+mention", "near" (±WINDOW_TOKENS around the
# mention), "mention" (the mention's own tokens), "resid" (window minus the sentence mean), "sentence" (the pass's
# whole mean, as the backend pools a sentence)
VARIANTS = {
    "A": ("text", None),
    "B": ("B", "window"),
    "C": ("C", "window"),
    "D": ("B", "near"),
    "E_B_with_mention": ("B", "window+mention"),
    "E_B_mention_only": ("B", "mention"),
    "E_B_minus_sentence": ("B", "resid"),
    "E_C_with_mask": ("C", "window+mention"),
    "E_C_near": ("C", "near"),
    "E_C_sentence": ("C", "sentence"),
}
DESCRIBE = {
    "A": "masked clause embedded as its own text (today)",
    "B": "sentence pass, clause window pooled, mention tokens left out",
    "C": "extra pass with compared mentions masked, clause window pooled, own mask left out",
    "D": f"sentence pass, ±{WINDOW_TOKENS} tokens around the mention",
    "E_B_with_mention": "sentence pass, clause window with the mention's tokens",
    "E_B_mention_only": "sentence pass, the mention's own tokens",
    "E_B_minus_sentence": "B minus the sentence's mean token state",
    "E_C_with_mask": "masked pass, clause window with its own mask token",
    "E_C_near": f"masked pass, ±{WINDOW_TOKENS} tokens around the mask",
    "E_C_sentence": "masked pass, whole-sentence mean (one vector per sentence)",
    "sentence": "reference: the sentence vectors' cosine",
}


# --- spans -------------------------------------------------------------------------------------------------

def masked_span(facts, item) -> tuple[int, int]:
    """The sentence-relative span today's context masks (``features.mention_context``)."""
    from consistency.extract.frames import number_core
    from consistency.extract.numbers import restatement_end
    from consistency.records import Quantity

    text = " ".join(facts.sentence.text.split("\n"))
    if isinstance(item, Quantity):
        start, end = number_core(item, facts.sentence.start)
        return start, restatement_end(text, end)
    return item.start - facts.sentence.start, item.end - facts.sentence.start


def window_span(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The character span of ``features.context_text``'s window (its clause, at most CONTEXT_WORDS words)."""
    from consistency.compare.features import _CLAUSE_BREAK, _WORD, CONTEXT_WORDS, MASK, context_text

    lo = 0
    for m in _CLAUSE_BREAK.finditer(sentence, 0, start):
        lo = m.end()
    m = _CLAUSE_BREAK.search(sentence, end)
    hi = m.start() if m else len(sentence)
    before, after = list(_WORD.finditer(sentence, lo, start)), list(_WORD.finditer(sentence, end, hi))
    left, right = len(before), len(after)
    while left + right > CONTEXT_WORDS:
        if left > right:
            left -= 1
        else:
            right -= 1
    kept_before, kept_after = before[len(before) - left:], after[:right]
    same = " ".join([w.group() for w in kept_before] + [MASK] + [w.group() for w in kept_after])
    assert same == context_text(sentence, start, end), (sentence, start, end)
    return (kept_before[0].start() if kept_before else start), (kept_after[-1].end() if kept_after else end)


def rewrite(raw: str, spans: list[tuple[int, int]], mask: str) -> tuple[str, np.ndarray]:
    """``raw`` with ``spans`` replaced by ``mask`` and whitespace folded as ``pipeline.embed_text`` folds it, and
    where each raw offset (0..len) lands in the result."""
    spans = sorted(spans)
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out: list[str] = []
    size = 0
    pos = np.zeros(len(raw) + 1, np.int64)
    pending = False
    i, k = 0, 0
    while i < len(raw):
        if k < len(merged) and i == merged[k][0]:
            s, e = merged[k]
            if pending and size:
                out.append(" ")
                size += 1
            pending = False
            pos[s] = size
            out.append(mask)
            size += len(mask)
            pos[s + 1:e] = size
            i, k = e, k + 1
            continue
        c = raw[i]
        if c.isspace():
            pending = True
            pos[i] = size
            i += 1
            continue
        if pending and size:
            out.append(" ")
            size += 1
        pending = False
        pos[i] = size
        out.append(c)
        size += 1
        i += 1
    pos[len(raw)] = size
    return "".join(out), pos


# --- token states ------------------------------------------------------------------------------------------

class TokenStates:
    """The shipped graph's last hidden state for one text, with each token's character span in the text."""

    def __init__(self, embedder) -> None:
        embedder.load()
        self.embedder = embedder
        self.prompt = embedder.effective_prompt
        self.mode = embedder.layout["pooling"]
        self.runs = 0
        self.tokens = 0

    def __call__(self, text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(hidden T×d, text char start per token, end per token; -1 for the prompt and special tokens)."""
        enc = self.embedder._tokenizer.encode(self.prompt + text)
        ids = np.asarray([enc.ids], np.int64)
        hidden = self.embedder._run(ids, np.ones_like(ids))[0]
        shift = len(self.prompt)
        starts = np.array([a - shift if b > a and a >= shift else -1 for a, b in enc.offsets], np.int64)
        ends = np.array([b - shift if b > a and a >= shift else -1 for a, b in enc.offsets], np.int64)
        self.runs += 1
        self.tokens += len(enc.ids)
        return hidden, starts, ends


def pool_tokens(hidden, starts, ends, window: tuple[int, int], mention: tuple[int, int], how: str) -> tuple[np.ndarray, bool]:
    """One mention's vector from its pass's token states (text coordinates); True when the window had no token of
    its own and the sentence's tokens outside the mention stood in."""
    text = starts >= 0
    overlaps = lambda lo, hi: text & (starts < hi) & (ends > lo)  # noqa: E731
    own = overlaps(*mention)
    if how == "sentence":
        return hidden.mean(axis=0), False
    if how == "mention":
        sel = own
    elif how == "near":
        idx = np.flatnonzero(own)
        sel = np.zeros_like(own)
        if len(idx):
            body = np.flatnonzero(text)
            before, after = body[body < idx[0]], body[body > idx[-1]]
            sel[before[-WINDOW_TOKENS:]] = True
            sel[after[:WINDOW_TOKENS]] = True
    else:
        sel = overlaps(*window) | own if how == "window+mention" else overlaps(*window) & ~own
    fallback = not sel.any()
    if fallback:
        sel = text & ~own if (text & ~own).any() else text
    v = hidden[sel].mean(axis=0)
    if how == "resid":
        v = v - hidden.mean(axis=0)
    return v, fallback


def mention_vectors(prep, states: TokenStates) -> tuple[dict, dict]:
    """{variant: {(article, kind, start): unit vector}} for every compared mention of a prepared cluster (A is the
    pipeline's own), and the count of fallbacks per variant."""
    from consistency.compare.candidates import collect
    from consistency.compare.features import MASK
    from consistency.pipeline import embed_text

    mentions = collect(tuple(prep.articles), prep.facts)
    by_sentence: dict[tuple, list] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    out = {name: {} for name in VARIANTS}
    fallbacks = {name: 0 for name in VARIANTS}
    for m in mentions:
        out["A"][m.key] = prep.contexts[m.key]
    for group in by_sentence.values():
        facts = group[0].facts
        raw = " ".join(facts.sentence.text.split("\n"))
        spans = {m.key: masked_span(m.facts, m.item) for m in group}
        windows = {m.key: window_span(raw, *spans[m.key]) for m in group}
        passes = {}
        for name, spans_masked in (("B", []), ("C", list(spans.values()))):
            text, pos = rewrite(raw, spans_masked, MASK)
            if name == "B":
                assert text == embed_text(facts.sentence), (text, embed_text(facts.sentence))
            passes[name] = (states(text), pos)
        for m in group:
            s, e = spans[m.key]
            w0, w1 = windows[m.key]
            for name, (which, how) in VARIANTS.items():
                if which == "text":
                    continue
                (hidden, starts, ends), pos = passes[which]
                v, fell = pool_tokens(hidden, starts, ends, (int(pos[w0]), int(pos[w1])), (int(pos[s]), int(pos[e])), how)
                out[name][m.key] = v / max(float(np.linalg.norm(v)), 1e-12)
                fallbacks[name] += fell
    return out, fallbacks


# --- measures ----------------------------------------------------------------------------------------------

def ranking(scores, labels) -> dict:
    """ROC AUC, and precision at fixed recalls, of ``scores`` against boolean ``labels``."""
    from sklearn.metrics import precision_recall_curve, roc_auc_score

    y, s = np.asarray(labels, bool), np.asarray(scores, np.float64)
    if y.all() or not y.any():
        return {"auc": None, "positives": int(y.sum()), "negatives": int((~y).sum())}
    precision, recall, _ = precision_recall_curve(y, s)
    at = {f"p@r{r}": round(float(precision[recall >= r].max()), 4) for r in (0.5, 0.8, 0.9)}
    return {"auc": round(float(roc_auc_score(y, s)), 4), **at, "positives": int(y.sum()), "negatives": int((~y).sum())}


def precision_at(scores, labels, recall: float) -> float | None:
    """The best precision at a recall of at least ``recall``."""
    from sklearn.metrics import precision_recall_curve

    y = np.asarray(labels, bool)
    if not y.any():
        return None
    precision, rec, _ = precision_recall_curve(y, np.asarray(scores, np.float64))
    ok = rec >= recall - 1e-9
    return round(float(precision[ok].max()), 4) if ok.any() else None


def labelled_pairs(prep, mentions) -> tuple[list, int]:
    """(mention a, mention b, positive) for each label of the cluster whose two mentions are compared mentions,
    and how many labels could not be placed."""
    from .identity import _overlaps

    out, missing = [], 0
    for lab in prep.cluster.labels:
        if lab.expect not in POSITIVE and lab.expect != "none":
            continue
        a = next((m for m in mentions if m.kind == lab.kind and _overlaps(lab.a, m)), None)
        b = next((m for m in mentions if m.kind == lab.kind and _overlaps(lab.b, m)), None)
        if a is None or b is None:
            missing += 1
            continue
        out.append((a, b, lab.expect))
    return out, missing


def scorer_rows(prep, contexts: dict) -> list[dict]:
    """``identity.training_rows`` with the context vectors of one variant: candidate selection and features."""
    from consistency.compare.candidates import aligned_sentences, candidate_pairs, collect
    from consistency.compare.features import pair_features
    from consistency.pipeline import fact_vectors

    from consistency.compare.identity import values_differ

    from .identity import LEFT_OUT, label_of

    mentions = collect(tuple(prep.articles), prep.facts)
    vectors = fact_vectors(prep.articles, prep.sentences, prep.vectors, contexts)
    rows = []
    for i, j, ctx in candidate_pairs(mentions, vectors, aligned_sentences(prep.alignments)):
        a, b = mentions[i], mentions[j]
        expect = label_of(prep.cluster, a, b)
        if expect in LEFT_OUT:
            continue
        rows.append({"cluster": prep.cluster.id, "kind": a.kind, "positive": expect in POSITIVE,
                     "differ": values_differ(a.item, b.item), "features": pair_features(a.item, b.item, ctx, value=True)})
    return rows


def cross_validated(rows: list[dict], kind: str, names: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Out-of-fold probabilities of a standardised logistic regression (the scorer's C), one cluster held out."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    from .identity import C

    own = [r for r in rows if r["kind"] == kind]
    x = np.array([[r["features"][n] for n in names] for r in own], np.float64)
    y = np.array([r["positive"] for r in own])
    groups = np.array([r["cluster"] for r in own])
    p = np.zeros(len(own))
    for g in sorted(set(groups)):
        test = groups == g
        if y[~test].all() or not y[~test].any():
            continue
        scaler = StandardScaler().fit(x[~test])
        model = LogisticRegression(C=C, max_iter=5000).fit(scaler.transform(x[~test]), y[~test])
        p[test] = model.predict_proba(scaler.transform(x[test]))[:, 1]
    return p, y, groups


BOOTSTRAP = 500


def operating_points(by_variant: dict, threshold: float) -> dict:
    """Per variant: ROC AUC, precision and recall at ``threshold``, the precision where as many positives are
    found as A finds at it (candidate sets differ a little between variants, so counted in positives), and 95%
    intervals of the AUC's and the precision's difference to A from resampling whole clusters."""
    from sklearn.metrics import roc_auc_score

    def at(p, y):
        hit = p >= threshold
        tp = int((hit & y).sum())
        return tp / max(int(hit.sum()), 1), tp

    pa, ya, _ = by_variant["A"]
    found_a = at(pa, ya)[1]
    out = {}
    for n, (p, y, groups) in by_variant.items():
        precision, tp = at(p, y)
        entry = ranking(p, y)
        entry.update({"pairs": len(y), "threshold": threshold, "precision": round(precision, 4),
                      "recall": round(tp / max(int(y.sum()), 1), 4), "found": tp,
                      "p@A_found": precision_at(p, y, min(1.0, found_a / max(int(y.sum()), 1)))})
        out[n] = entry
    rng = np.random.default_rng(0)
    clusters = sorted(set(by_variant["A"][2]))
    diffs: dict[str, list] = {n: [] for n in by_variant}
    index = {n: {g: np.flatnonzero(groups == g) for g in clusters} for n, (_, _, groups) in by_variant.items()}
    for _ in range(BOOTSTRAP):
        pick = rng.choice(clusters, len(clusters))
        base = None
        for n, (p, y, _) in by_variant.items():
            rows = np.concatenate([index[n][g] for g in pick])
            if y[rows].all() or not y[rows].any():
                break
            value = (roc_auc_score(y[rows], p[rows]), at(p[rows], y[rows])[0])
            if base is None:
                base = value
            diffs[n].append((value[0] - base[0], value[1] - base[1]))
    for n, d in diffs.items():
        if n == "A" or not d:
            continue
        d = np.asarray(d)
        out[n]["auc_diff_95"] = [round(float(v), 4) for v in np.percentile(d[:, 0], [2.5, 97.5])]
        out[n]["precision_diff_95"] = [round(float(v), 4) for v in np.percentile(d[:, 1], [2.5, 97.5])]
    return out


# --- cost on the speed corpus ------------------------------------------------------------------------------

def speed_corpus_cost(embedder) -> dict:
    """Texts and tokens each variant adds on the speed benchmark's corpus, over every article (the run embeds
    contexts for the articles of compared stories only, so A's counts here are an upper bound of its 1,728)."""
    from consistency import Config
    from consistency.compare.features import MASK, article_contexts, compared
    from consistency.load import load_articles
    from consistency.pipeline import embed_text, extract_facts
    from consistency.segment import segment_article

    from .speed import write_corpus

    tokenizer, prompt = embedder._tokenizer, embedder.effective_prompt

    def tokens(texts):
        return sum(len(e.ids) for e in tokenizer.encode_batch([prompt + t for t in texts])) if texts else 0

    config = Config()
    with tempfile.TemporaryDirectory() as tmp:
        path, sentence_texts = write_corpus(Path(tmp))
        articles = load_articles([path])
        contexts, with_mention, masked = [], [], []
        for a in articles:
            facts = extract_facts(a, segment_article(a), config)
            contexts += [t for _, t in article_contexts(facts)]
            for f in facts:
                items = [it for it in (*f.quantities, *f.dates) if compared(it)]
                if not items:
                    continue
                with_mention.append(embed_text(f.sentence))
                raw = " ".join(f.sentence.text.split("\n"))
                masked.append(rewrite(raw, [masked_span(f, it) for it in items], MASK)[0])
    sentence_texts = list(dict.fromkeys(sentence_texts))
    contexts = list(dict.fromkeys(contexts))
    with_mention = list(dict.fromkeys(with_mention))
    masked = list(dict.fromkeys(masked))
    sent_tokens = tokens(sentence_texts)
    mention_tokens = tokens(with_mention)
    dim = 384
    # CPU seconds of the shipped backend on one thread (the machine is shared: wall clock would say less)
    cpu = {}
    for name, texts in (("sentences", sentence_texts), ("A_contexts", contexts)):
        t0 = time.process_time()
        embedder.encode(texts)
        cpu[name] = round(time.process_time() - t0, 2)
    return {
        "cpu_seconds_one_thread": cpu,
        "articles": len(articles),
        "sentences": {"texts": len(sentence_texts), "tokens": sent_tokens},
        "A_contexts": {"texts": len(contexts), "tokens": tokens(contexts)},
        "C_masked_sentences": {"texts": len(masked), "tokens": tokens(masked)},
        "sentences_with_compared_mentions": {"texts": len(with_mention), "tokens": mention_tokens},
        # keeping the token states of those sentences until the facts are known (fp32, 384 wide)
        "token_state_bytes": mention_tokens * dim * 4,
        "all_token_state_bytes": sent_tokens * dim * 4,
    }


# --- the run -----------------------------------------------------------------------------------------------

def run() -> dict:
    from consistency import Config
    from consistency.compare.candidates import collect
    from consistency.embed import load_embedder
    from consistency.pipeline import fact_vectors

    from . import identity

    started = time.perf_counter()
    CACHE.mkdir(parents=True, exist_ok=True)
    embedder = load_embedder(cache_dir=CACHE)
    embedder.threads = 1  # one process, one thread: the machine is shared
    preps = identity.prepare(embedder, Config(cache_dir=CACHE))
    states = TokenStates(embedder)
    print(f"ctxprobe: {len(preps)} clusters prepared ({time.perf_counter() - started:.0f} s)", file=sys.stderr)

    # The graph's whole-pass mean must be the backend's sentence vector (same tokens, same pooling).
    check = preps[0].sentences[preps[0].articles[0].id][:5]
    from consistency.pipeline import embed_text

    drift = []
    for s in check:
        hidden, _, _ = states(embed_text(s))
        v = hidden.mean(axis=0)
        drift.append(float(v @ embedder.encode([embed_text(s)])[0] / np.linalg.norm(v)))

    names = [*VARIANTS, "sentence"]
    labelled = {k: {n: [] for n in names} | {"y": [], "expect": []} for k in KINDS}
    missing, fallbacks = 0, {n: 0 for n in VARIANTS}
    per_variant_contexts = []
    for prep in preps:
        vecs, fell = mention_vectors(prep, states)
        for n in VARIANTS:
            fallbacks[n] += fell[n]
        per_variant_contexts.append(vecs)
        mentions = collect(tuple(prep.articles), prep.facts)
        sent = fact_vectors(prep.articles, prep.sentences, prep.vectors, prep.contexts).sentences
        pairs, miss = labelled_pairs(prep, mentions)
        missing += miss
        for a, b, expect in pairs:
            pos = expect in POSITIVE
            table = labelled[a.kind]
            table["y"].append(pos)
            table["expect"].append(expect)
            for n in VARIANTS:
                table[n].append(float(vecs[n][a.key] @ vecs[n][b.key]))
            table["sentence"].append(float(sent[a.sentence] @ sent[b.sentence]))
    print(f"ctxprobe: token states of {states.runs} passes ({time.perf_counter() - started:.0f} s)", file=sys.stderr)

    cosine = {kind: {n: ranking(labelled[kind][n], labelled[kind]["y"]) for n in names} for kind in KINDS}
    # The risk of an unmasked pass: a context that has seen its value moves away from the same fact told with
    # another value. Mean cosine by label, and how well the cosine alone tells discrepancies from `none`.
    by_label = {}
    for kind in KINDS:
        expect = np.array(labelled[kind]["expect"])
        groups = {"agree/compatible": np.isin(expect, ("agree", "compatible")),
                  "conflict/revision": np.isin(expect, ("conflict", "revision")),
                  "update/sources": np.isin(expect, ("update", "sources")), "none": expect == "none"}
        discrepancy = groups["conflict/revision"] | groups["none"]
        by_label[kind] = {n: {**{g: round(float(np.mean(np.array(labelled[kind][n])[m])), 4) for g, m in groups.items()
                                 if m.any()},
                              "counts": {g: int(m.sum()) for g, m in groups.items()},
                              "discrepancy_vs_none_auc": ranking(np.array(labelled[kind][n])[discrepancy],
                                                                 groups["conflict/revision"][discrepancy])["auc"]}
                          for n in names}

    # The scorer refitted with each variant's context vectors, cross-validated by cluster: over every candidate
    # pair at the match threshold, and over the pairs whose values differ (the shipped scorer's own models for
    # them decide conflicts) at the conflict threshold.
    thresholds = json.loads(identity.MODEL_PATH.read_text(encoding="utf-8"))["thresholds"]
    scores: dict[tuple, dict] = {}
    for n in ["A", *[v for v in VARIANTS if v != "A"], "no_context"]:
        rows = []
        for prep, vecs in zip(preps, per_variant_contexts):
            rows += scorer_rows(prep, vecs["A" if n == "no_context" else n])
        for kind in KINDS:
            feats = identity.VARIANTS["no_context" if n == "no_context" else "scorer"](kind)
            for subset, own in (("all", rows), ("differ", [r for r in rows if r["differ"]])):
                scores[(kind, subset)] = scores.get((kind, subset), {})
                scores[(kind, subset)][n] = cross_validated(own, kind, feats)
        print(f"ctxprobe: scorer with {n} ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    scorer = {}
    for (kind, subset), by_variant in scores.items():
        threshold = thresholds[kind]["match" if subset == "all" else "conflict"]
        scorer[f"{kind}/{subset}"] = operating_points(by_variant, threshold)

    cost = speed_corpus_cost(embedder)
    return {"clusters": len(preps), "labels_not_placed": missing, "fallbacks": fallbacks,
            "graph": embedder.variant, "whole_pass_vs_backend_cosine": [round(d, 6) for d in drift],
            "passes": states.runs, "pass_tokens": states.tokens, "describe": DESCRIBE,
            "cosine": cosine, "by_label": by_label, "scorer": scorer, "thresholds": thresholds, "speed_corpus": cost,
            "seconds": round(time.perf_counter() - started, 1)}


def to_markdown(r: dict) -> str:
    lines = ["## Context vectors from the sentence's own pass (issue 10 probe)", "",
             f"Labelled pairs of the development and validation sets ({r['clusters']} clusters; "
             f"{r['labels_not_placed']} labels whose mentions are not compared mentions left out); token states from "
             f"the shipped graph (`{r['graph']}`), whose whole-pass mean matches the backend's sentence vector "
             f"(cosine {min(r['whole_pass_vs_backend_cosine'])} at worst on a check of 5).", ""]
    lines += ["Variants:", ""] + [f"- `{k}`: {v}" for k, v in r["describe"].items()] + [""]
    for kind in KINDS:
        c = r["cosine"][kind]
        first = c["A"]
        lines += [f"**{kind} pairs, cosine alone** ({first['positives']} pairs labelled one fact, {first['negatives']} "
                  "labelled `none`): ROC AUC, and the best precision at a recall of at least r:", "",
                  "| variant | ROC AUC | p@r0.5 | p@r0.8 | p@r0.9 |", "|---|---|---|---|---|"]
        for n, row in c.items():
            lines.append(f"| {n} | {fmt(row['auc'])} | {fmt(row.get('p@r0.5'))} | {fmt(row.get('p@r0.8'))} | "
                         f"{fmt(row.get('p@r0.9'))} |")
        lines.append("")
    lines += ["**Does a context that has seen its value drift from the same fact told with another value?** Mean "
              "cosine of the labelled pairs by label, and the ROC AUC of the cosine alone for conflict/revision pairs "
              "against `none` pairs:", ""]
    for kind in KINDS:
        b = r["by_label"][kind]
        groups = [g for g in ("agree/compatible", "update/sources", "conflict/revision", "none") if g in b["A"]]
        lines += [f"*{kind}* (" + ", ".join(f"{g} {b['A']['counts'][g]}" for g in groups) + "):", "",
                  "| variant | " + " | ".join(groups) + " | discrepancy vs none AUC |",
                  "|---|" + "---|" * (len(groups) + 1)]
        for n, row in b.items():
            lines.append(f"| {n} | " + " | ".join(fmt(row.get(g)) for g in groups)
                         + f" | {fmt(row['discrepancy_vs_none_auc'])} |")
        lines.append("")
    lines += ["**The scorer refitted with each variant's contexts**: the shipped feature set (context cosine and "
              "nearest-context flags from the variant), one logistic model per kind (and, as shipped, one for the "
              "pairs whose values differ, which decides conflicts), trained leave one cluster out on every candidate "
              "pair (unlabelled pairs negative); the candidates themselves are chosen with the variant's cosine. "
              "Precision and recall at the shipped threshold (match for all pairs, conflict for the differing ones), "
              "the precision where as many positives are found as A finds there, and 95% intervals of the "
              f"difference to A (AUC, precision at the threshold) from {BOOTSTRAP} resamplings of whole clusters.", ""]
    for key, s in r["scorer"].items():
        first = s["A"]
        lines += [f"*{key}* ({first['positives']} positive of {first['pairs']} pairs under A; threshold "
                  f"{first['threshold']}):", "",
                  "| variant | ROC AUC | Δ AUC 95% | precision | recall | Δ precision 95% | p @ A's found |",
                  "|---|---|---|---|---|---|---|"]
        for n, e in s.items():
            ci = lambda v: "–" if v is None else f"[{v[0]:+.3f}, {v[1]:+.3f}]"  # noqa: E731
            lines.append(f"| {n} | {fmt(e['auc'])} | {ci(e.get('auc_diff_95'))} | {fmt(e['precision'])} | "
                         f"{fmt(e['recall'])} | {ci(e.get('precision_diff_95'))} | {fmt(e['p@A_found'])} |")
        lines.append("")
    c = r["speed_corpus"]
    lines += [f"**Extra model work on the speed corpus** ({c['articles']} articles, every article; the run embeds "
              "contexts for compared stories only, 1,728 texts / 39,809 tokens in speed.md):", "",
              "| what | texts | tokens |", "|---|---|---|",
              f"| sentences (the pass every variant reuses) | {c['sentences']['texts']} | {c['sentences']['tokens']} |",
              f"| A: masked clauses | {c['A_contexts']['texts']} | {c['A_contexts']['tokens']} |",
              f"| C, E_C_*: masked sentences | {c['C_masked_sentences']['texts']} | {c['C_masked_sentences']['tokens']} |",
              "| B, D, E_B_*: nothing extra | 0 | 0 |", "",
              f"CPU seconds of the shipped backend on one thread (noisy: the machine is shared): sentences "
              f"{c['cpu_seconds_one_thread']['sentences']}, masked clauses {c['cpu_seconds_one_thread']['A_contexts']} "
              f"({c['cpu_seconds_one_thread']['A_contexts'] / (c['cpu_seconds_one_thread']['A_contexts'] + c['cpu_seconds_one_thread']['sentences']):.0%} "
              "of the embedding work, what B removes).", "",
              f"Keeping token states for B/D until the facts are known: {c['token_state_bytes'] / 2**20:.0f} MiB for the "
              f"{c['sentences_with_compared_mentions']['texts']} sentences with a compared mention "
              f"({c['sentences_with_compared_mentions']['tokens']} tokens, fp32 × 384), "
              f"{c['all_token_state_bytes'] / 2**20:.0f} MiB for every sentence; pooled at once, 1.5 KiB per mention.",
              "", f"Fallbacks (a window with no token of its own): {r['fallbacks']}.", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(prog="python -m tests.benchmarks.ctxprobe", description=__doc__.splitlines()[0]).parse_args(argv)
    os.chdir(ROOT)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    data = run()
    write("ctxprobe", data, to_markdown(data))
    print(to_markdown(data))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
