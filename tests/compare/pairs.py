"""Helpers for pair case tables: two short articles, their facts, and the findings of their first sentences."""

from __future__ import annotations

import datetime as dt

from consistency.compare import compare_sentences
from consistency.extract import extract_article
from consistency.load import prepare
from consistency.load.sources import RawArticle
from consistency.segment import segment_article


def facts_of(text: str, language: str, published: str | None, article_id: str):
    raw = RawArticle(id=article_id, text=text, cluster="c", path=None, language=language,
                     published=dt.date.fromisoformat(published) if published else None)
    art = prepare(raw)
    return extract_article(art, segment_article(art))


def pair_findings(case: dict):
    """Number and date findings for a case's two sentences (the last sentence of each side is compared,
    earlier ones give context such as a previous speaker)."""
    fa = facts_of(case["a"], case.get("a_lang", "id"), case.get("a_published"), "a")
    fb = facts_of(case["b"], case.get("b_lang", "id"), case.get("b_published"), "b")
    found = compare_sentences(fa[-1], fb[-1])
    return [f for f in found if f.kind in ("number", "date")]


def summary(findings) -> list[tuple[str, str, str]]:
    return sorted((f.claims[0].text, f.claims[1].text, f.code) for f in findings)
