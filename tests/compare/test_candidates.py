"""Candidate pairs (``consistency/compare/candidates.py``): which figures of different articles the scorer is
given. A copy error ("98 orang" / "89 victims") is rarely near in context, so digits one slip apart are
candidates however far apart their contexts are."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from consistency.compare.candidates import Mention, candidate_pairs, slip_keys
from consistency.records import FactVectors, Quantity


def _q(value: float, start: int = 0) -> Quantity:
    return Quantity(start, start + 2, str(value), value, value, value=value)


SLIPS = [
    (98, 89, True),  # neighbours swapped (Paris: "98 orang" / "89")
    (769, 796, True),  # Mina
    (287, 278, True),  # a vote
    (189, 139, True),  # one digit changed
    (3_767, 3_757, True),
    (338_000, 388_000, True),
    (5_000, 6_000, False),  # a round figure of its own
    (4, 5, False),  # one digit of one: too little to call a slip
    (41, 45, False),
    (98, 98, False),  # the same value has its own key
    (3_767, 3_676, False),  # three digits apart
]


@pytest.mark.parametrize("a, b, slip", SLIPS, ids=[f"{a}-{b}" for a, b, _s in SLIPS])
def test_slip_keys_are_shared_by_one_slip(a, b, slip):
    shared = bool(set(slip_keys(_q(a))) & set(slip_keys(_q(b)))) and a != b
    assert shared is slip


def _mention(article: str, value: float, sentence: int) -> Mention:
    facts = SimpleNamespace(sentence=SimpleNamespace(index=sentence))
    return Mention("number", "count", article, "en", facts, _q(value, start=10 * sentence))


def test_a_slip_is_a_candidate_however_far_apart_its_context():
    # article a: 98 and 500; article b: 89 and 700. Contexts: 98 is near 700, 500 near 89; with one candidate
    # per article, only the nearest would be scored, and the slip 98 / 89 is kept too.
    mentions = [_mention("a", 98, 0), _mention("a", 500, 1), _mention("b", 89, 0), _mention("b", 700, 1)]
    unit = {98: [1, 0, 0], 500: [0, 1, 0], 89: [0, 1, 0], 700: [1, 0, 0]}
    vectors = FactVectors(
        sentences={m.sentence: np.asarray(unit[m.item.value], np.float32) for m in mentions},
        contexts={m.key: np.asarray(unit[m.item.value], np.float32) for m in mentions})
    pairs = {(mentions[i].item.value, mentions[j].item.value) for i, j, _c in
             candidate_pairs(mentions, vectors, {}, per_article=1)}
    assert (98, 89) in pairs
    assert (98, 700) in pairs and (500, 89) in pairs
    assert (500, 700) not in pairs  # neither nearest, nor a slip


def test_without_contexts_the_nearest_sentences_choose_the_pairs():
    # a scorer that reads no masked contexts (``Scorer.contexts``): none is given, the sentences alone rank, and
    # each pair's context cosine is unknown while its sentence cosine is kept (the scorer's embedded model)
    mentions = [_mention("a", 10, 0), _mention("a", 500, 1), _mention("b", 20, 0), _mention("b", 700, 1)]
    sentence = {10: [1, 0, 0], 500: [0, 1, 0], 20: [1, 0, 0], 700: [0, 1, 0]}
    context = {10: [0, 1, 0], 500: [1, 0, 0], 20: [1, 0, 0], 700: [0, 1, 0]}  # would pair 10 with 700
    sentences = {m.sentence: np.asarray(sentence[m.item.value], np.float32) for m in mentions}
    contexts = {m.key: np.asarray(context[m.item.value], np.float32) for m in mentions}

    def pairs(vectors, **kw):
        return {(mentions[i].item.value, mentions[j].item.value): c
                for i, j, c in candidate_pairs(mentions, vectors, {}, per_article=1, **kw)}

    without = pairs(FactVectors(sentences=sentences, contexts={}), contexts=False)
    assert set(without) == {(10, 20), (500, 700)}
    assert all(c.context is None and c.context_best == 0 and c.sentence == 1.0 for c in without.values())
    # the contexts, when read, choose otherwise; when asked for and missing, every pair is scored on frames alone
    assert (10, 700) in pairs(FactVectors(sentences=sentences, contexts=contexts))
    frames = pairs(FactVectors(sentences=sentences, contexts={}))
    assert len(frames) == 4 and all(c.sentence is None for c in frames.values())
