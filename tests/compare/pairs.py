"""Helpers for pair case tables: two short articles, their facts, and the findings of their last sentences,
compared as the pipeline compares them (with the real model's sentence and masked-context vectors)."""

from __future__ import annotations

import datetime as dt

from consistency.compare import compare_cluster, compare_sentences
from consistency.extract import extract_article
from consistency.load import prepare
from consistency.load.sources import RawArticle
from consistency.pipeline import embed_facts
from consistency.segment import segment_article


def article_of(text: str, language: str, published: str | None, article_id: str):
    raw = RawArticle(id=article_id, text=text, cluster="c", path=None, language=language,
                     published=dt.date.fromisoformat(published) if published else None)
    art = prepare(raw)
    sentences = segment_article(art)
    return art, sentences, extract_article(art, sentences)


def facts_of(text: str, language: str, published: str | None, article_id: str):
    return article_of(text, language, published, article_id)[2]


def mention_in(side: tuple[str, str, str | None], text: str, kind: str):
    """The first date or figure (``kind``) of a side's last sentence whose text contains ``text``; a side is
    (text, language, published)."""
    facts = facts_of(side[0], side[1], side[2], "a")[-1]
    items = facts.dates if kind == "date" else facts.quantities
    found = [m for m in items if text in m.text]
    assert found, (text, [m.text for m in items])
    return found[0]


def side_pair(a: tuple[str, str, str | None], b: tuple[str, str, str | None]) -> dict:
    """A ``pair_findings`` case from two sides, each (text, language, published)."""
    return {"a": a[0], "a_lang": a[1], "a_published": a[2], "b": b[0], "b_lang": b[1], "b_published": b[2]}


def pair_findings(case: dict, embedder=None):
    """Number and date findings for a case's two sentences (the last sentence of each side is compared,
    earlier ones give context such as a previous speaker). With ``embedder``, the scorer reads the embeddings
    as in a run; without, the frames alone."""
    sides = [article_of(case[s], case.get(f"{s}_lang", "id"), case.get(f"{s}_published"), s) for s in ("a", "b")]
    vectors = None
    if embedder is not None:
        _, vectors = embed_facts([a for a, _, _ in sides], {a.id: ss for a, ss, _ in sides},
                                 {a.id: fs for a, _, fs in sides}, embedder)
    (art_a, _, fa), (art_b, _, fb) = sides
    found = compare_sentences(fa[-1], fb[-1], vectors=vectors, languages=(art_a.language, art_b.language))
    return [f for f in found if f.kind in ("number", "date")]


def story_article(article_id: str, text: str, language: str, published: str):
    """One report of a story for ``story_findings``: the article and its facts."""
    art, _, facts = article_of(text, language, published, article_id)
    return art, facts


def story_findings(embedder, *articles):
    """The findings of a whole cluster of ``story_article`` reports, compared as a run compares them (every
    article's sentences, with the real model's vectors), so that one report can bear on two others."""
    arts = tuple(a for a, _ in articles)
    facts = {a.id: f for a, f in articles}
    sentences = {a.id: tuple(x.sentence for x in f) for a, f in articles}
    _, vectors = embed_facts(list(arts), sentences, facts, embedder)
    return compare_cluster(arts, facts, (), vectors=vectors, fact_pairs=True)


def summary(findings) -> list[tuple[str, str, str]]:
    return sorted((f.claims[0].text, f.claims[1].text, f.code) for f in findings)
