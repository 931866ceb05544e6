"""The misses tracer (``tests/benchmarks/misses.py``) tells what alignment and the candidate ranking did with a
labelled pair's two sentences: whether they were aligned, their cosine, and each mention's rank among the other
article's mentions, on two tiny reports with vectors set by hand."""

from __future__ import annotations

import datetime as dt

import numpy as np

from consistency.compare.candidates import collect
from consistency.extract import extract_article
from consistency.load import prepare
from consistency.load.sources import RawArticle
from consistency.records import Alignment, AlignmentMember
from consistency.segment import segment_article
from tests.benchmarks.devset import DevCluster, Label, Mention, find_mention
from tests.benchmarks.funnel import Trace
from tests.benchmarks.identity import Prepared
from tests.benchmarks.misses import before_comparer

TEXTS = {
    "en": "The flood killed 41 people in Demak on Monday. Another 30 people were injured.",
    "id": "Banjir menewaskan 44 orang di Demak pada Senin. Sebanyak 25 orang luka-luka.",
}


def _prepared(aligned: bool) -> tuple[Prepared, Trace]:
    arts, sentences, facts = [], {}, {}
    for lang, text in TEXTS.items():
        a = prepare(RawArticle(id=lang, text=text, cluster="c", path=None, language=lang,
                               published=dt.date(2024, 3, 5)))
        arts.append(a)
        sentences[a.id] = segment_article(a)
        facts[a.id] = extract_article(a, sentences[a.id])
    # sentence rows: en 0, en 1, id 0, id 1; the tolls' sentences are 0.6 alike, the injured's 1.0
    vectors = np.array([[1, 0, 0], [0, 1, 0], [0.6, 0.8, 0], [0, 1, 0]], np.float32)
    mentions = collect(tuple(arts), facts)
    # contexts: every figure's the same vector, so the sentences alone rank the mentions
    contexts = {m.key: np.array([1.0, 0.0], np.float32) for m in mentions}
    alignments = []
    if aligned:
        s_en, s_id = sentences["en"][0], sentences["id"][0]
        alignments = [Alignment("c:a1", 0.6, (AlignmentMember("en", 0, s_en.text, s_en.start, s_en.end),
                                              AlignmentMember("id", 0, s_id.text, s_id.start, s_id.end)),
                                ((0, 1, 0.6),))]
    a, b = (Mention(x.id, t, 1, *find_mention(x.text, t)) for x, t in ((arts[0], "41 people"), (arts[1], "44 orang")))
    lab = Label(0, a, b, "number", "conflict", "")
    cluster = DevCluster("c", "flood", False, tuple(arts), (lab,))
    return Prepared(cluster, sentences, facts, vectors, contexts, alignments), Trace(mentions=mentions)


def test_cosine_and_alignment_of_the_two_sentences():
    for aligned in (False, True):
        prep, trace = _prepared(aligned)
        out = before_comparer(prep, prep.cluster.labels[0], trace)
        assert out["aligned"] is aligned
        assert out["cosine"] == 0.6


def test_rank_among_the_other_articles_mentions():
    prep, trace = _prepared(False)
    out = before_comparer(prep, prep.cluster.labels[0], trace)
    # from "41 people", "44 orang" (sentence cosine 0.6) is nearer than "25 orang" (0.0): first; from "44 orang",
    # "30 people" (sentence cosine 0.8) is nearer than "41 people" (0.6): second
    assert out["rank"] == [1, 2]
