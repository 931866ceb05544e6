"""Story grouping: a pure function on arrays, checked against a brute-force average linkage, for determinism
under any input order, the date window, undated articles, and (with the real model) the labelled corpus."""

import datetime as dt
import itertools
import random
from collections import Counter

import numpy as np
import pytest

from consistency.stories import GroupParams, anchor_terms, article_vectors, group_stories, story_id

D0 = dt.date(2024, 5, 1)


def _topics(n_topics=6, per=4, dim=32, noise=0.25, seed=3):
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(n_topics, dim))
    rows, gold = [], []
    for t in range(n_topics):
        for _ in range(per):
            rows.append(centres[t] + noise * rng.normal(size=dim))
            gold.append(t)
    x = np.array(rows, np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True), gold


def _brute(x, threshold):
    """Textbook average linkage (no window, no anchors): merge the best pair of clusters while its mean
    cross-pair cosine reaches the threshold."""
    clusters = [[i] for i in range(len(x))]
    sim = x @ x.T
    while True:
        best = None
        for a, b in itertools.combinations(range(len(clusters)), 2):
            s = float(np.mean(sim[np.ix_(clusters[a], clusters[b])]))
            if s >= threshold and (best is None or s > best[0]):
                best = (s, a, b)
        if best is None:
            return sorted(sorted(c) for c in clusters)
        _, a, b = best
        clusters[a] += clusters.pop(b)


@pytest.mark.parametrize("threshold", [0.3, 0.5, 0.7])
def test_matches_brute_force_average_linkage(threshold):
    x, _ = _topics()
    ids = [f"a{i:02d}" for i in range(len(x))]
    params = GroupParams(threshold=threshold, neighbours=len(x))
    stories = group_stories(x, [None] * len(x), ids, params=params)
    got = sorted(sorted(ids.index(a) for a in s.articles) for s in stories)
    assert got == _brute(x, threshold)


def test_same_stories_whatever_the_input_order():
    x, _ = _topics(seed=5)
    ids = [f"art-{i}" for i in range(len(x))]
    dates = [D0 + dt.timedelta(days=i % 3) for i in range(len(x))]
    anchors = [Counter({f"name{i % 6}": 1, f"#{i}": 1}) for i in range(len(x))]
    first = group_stories(x, dates, ids, anchors=anchors, params=GroupParams(threshold=0.5))
    order = list(range(len(x)))
    random.Random(1).shuffle(order)
    second = group_stories(x[order], [dates[i] for i in order], [ids[i] for i in order],
                           anchors=[anchors[i] for i in order], params=GroupParams(threshold=0.5))
    assert [(s.id, s.articles, s.central, s.cohesion) for s in first] == [(s.id, s.articles, s.central, s.cohesion) for s in second]


def test_the_window_keeps_identical_articles_apart_and_undated_ones_join_on_content():
    x = np.tile(np.array([[1.0, 0.0]], np.float32), (4, 1))
    dates = [D0, D0 + dt.timedelta(days=2), D0 + dt.timedelta(days=30), None]
    stories = group_stories(x, dates, ["a", "b", "c", "u"], params=GroupParams(window=3, threshold=0.9))
    groups = sorted(s.articles for s in stories)
    # a and b are two days apart: one story; c is a month later: its own; u has no date and joins on content
    assert ("c",) in groups or ("c", "u") in groups
    assert any({"a", "b"} <= set(g) for g in groups)
    assert not any({"a", "c"} <= set(g) for g in groups)


def test_names_and_figures_split_what_topic_vectors_join():
    # two same-day rate cuts read alike as topics; their figures and names differ
    x = np.array([[1.0, 0.0], [0.999, 0.04], [0.998, 0.06], [0.997, 0.07]], np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    anchors = [Counter({"warjiyo": 1, "#600": 1, "#25": 1}), Counter({"warjiyo": 1, "#600": 1, "#25": 1}),
               Counter({"powell": 1, "#475": 1, "#50": 1}), Counter({"powell": 1, "#475": 1, "#50": 1})]
    ids = ["bi-1", "bi-2", "fed-1", "fed-2"]
    plain = group_stories(x, [D0] * 4, ids, params=GroupParams(threshold=0.98))
    assert len(plain) == 1
    anchored = group_stories(x, [D0] * 4, ids, anchors=anchors, params=GroupParams(threshold=0.9, anchor_weight=0.2))
    assert sorted(s.articles for s in anchored) == [("bi-1", "bi-2"), ("fed-1", "fed-2")]


def test_story_records_ids_labels_and_cohesion():
    x, _ = _topics(n_topics=2, per=3, noise=0.05)
    ids = ["e", "d", "c", "b", "a", "z"]
    labels = [f"title {i}" for i in ids]
    stories = group_stories(x, [D0] * 6, ids, labels=labels, params=GroupParams(threshold=0.8))
    assert sorted(len(s.articles) for s in stories) == [3, 3]
    for s in stories:
        assert s.id == story_id(s.articles) and s.id == story_id(reversed(s.articles))
        assert s.central in s.articles and s.label == f"title {s.central}"
        assert s.grouping == "auto" and 0.8 <= s.cohesion <= 1.0


def test_bad_input_is_a_value_error():
    x = np.eye(2, dtype=np.float32)
    with pytest.raises(ValueError, match="unique"):
        group_stories(x, [None, None], ["a", "a"])
    with pytest.raises(ValueError, match="one date"):
        group_stories(x, [None], ["a", "b"])
    with pytest.raises(ValueError, match="window"):
        GroupParams(window=-1)


def test_article_vectors_weigh_title_and_lead():
    sentences = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1], [0, 0, 1]], np.float32)
    owners = np.array([0, 0, 0, 1])
    titles = np.array([[0, 0, 0], [1, 0, 0], [0, 0, 0]], np.float32)
    v = article_vectors(sentences, owners, 3, title_vectors=titles, params=GroupParams(lead_sentences=1, lead_weight=3))
    assert np.allclose(np.linalg.norm(v[:2], axis=1), 1.0) and not v[2].any()
    assert v[0, 0] > v[0, 1] and v[0, 1] == pytest.approx(v[0, 2])  # the lead sentence weighs more
    assert v[1, 0] / v[1, 2] == pytest.approx(2 / 3)  # title weight 2 against a lead sentence at 3


def test_anchor_terms_read_names_and_figures_across_languages():
    en = anchor_terms(["Bank Indonesia cut its rate by 25 basis points to 6.00% on Wednesday, Reuters said."], "Reuters")
    idn = anchor_terms(["BI menurunkan BI-Rate sebesar 25 basis poin menjadi 6,00%, kata Perry Warjiyo."], "Kontan")
    assert {"#25", "#600", "indonesia"} <= set(en) and "wednesday" not in en and "reuters" not in en
    assert "bank" not in en  # a sentence's first word is not taken for a name
    assert {"#25", "#600", "bi-rate", "perry", "warjiyo"} <= set(idn) and "bi" in idn


@pytest.mark.slow
def test_labelled_story_corpus_with_the_default_model(default_embedder):
    """The stories written for grouping (38 events, Indonesian and English, confusable neighbours): precision
    first. The benchmark (python -m tests.benchmarks --only grouping) reports the same figures."""
    from tests.benchmarks.grouping import pairwise, run_stories

    report, gold = run_stories(default_embedder)
    p, r = pairwise(report, gold)
    assert p >= 0.98 and r >= 0.9


def test_large_blocks_use_the_approximate_index_and_find_the_same_stories():
    pytest.importorskip("faiss", reason="the large extra is part of the test install (make test)")
    x, gold = _topics(n_topics=20, per=5, dim=48, noise=0.2, seed=9)
    ids = [f"a{i:03d}" for i in range(len(x))]
    exact = group_stories(x, [None] * len(x), ids, params=GroupParams(threshold=0.6))
    approximate = group_stories(x, [None] * len(x), ids, params=GroupParams(threshold=0.6, exact_limit=10))
    assert [s.articles for s in approximate] == [s.articles for s in exact]
    assert sorted(sorted(gold[ids.index(a)] for a in s.articles) for s in exact) == \
        sorted([t] * 5 for t in range(20))
