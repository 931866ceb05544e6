"""Extract facts from sentences: quantities, dates, attributions and entities, each with character spans."""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Article, Attribution, DateMention, Entity, Quantity, Sentence
from .attributions import attribute_sentences
from .dates import anchor_date, extract_dates
from .entities import extract_entities, same_entity
from .frames import Discourse, carry_lead_time, frame_sentence
from .numbers import NumberOptions, extract_quantities

__all__ = ["SentenceFacts", "extract_article", "extract_dates", "extract_entities", "extract_quantities",
           "attribute_sentences", "same_entity", "anchor_date", "frame_sentence", "NumberOptions"]


@dataclass(frozen=True)
class SentenceFacts:
    sentence: Sentence
    quantities: tuple[Quantity, ...]
    dates: tuple[DateMention, ...]
    attribution: Attribution | None
    entities: tuple[Entity, ...]


def extract_article(article: Article, sentences: tuple[Sentence, ...],
                    options: NumberOptions = NumberOptions()) -> list[SentenceFacts]:
    """Facts of every sentence of one article; every quantity and date carries its sentence's attribution
    and its frame (what it is about: predicate, counted thing, place, as-of time, source, polarity)."""
    from dataclasses import replace

    anchor = anchor_date(article.published, article.text, article.language)
    attributions = attribute_sentences(article, sentences)
    framed = []
    # what earlier sentences settle: who "Pasangan itu" or "He" is, bodies' names, the article's proper nouns
    discourse = Discourse.of_article([s.text for s in sentences], article.language)
    for s, attr in zip(sentences, attributions):
        qs = tuple(replace(q, attribution=attr) for q in
                   extract_quantities(s.text, language=article.language, offset=s.start, options=options))
        ds = tuple(replace(d, attribution=attr) for d in
                   extract_dates(s.text, language=article.language, anchor=anchor, offset=s.start))
        framed.append(frame_sentence(s.text, qs, ds, language=article.language, anchor=anchor, attribution=attr,
                                     offset=s.start, discourse=discourse))
        discourse = discourse.after(s.text, article.language).with_fact(framed[-1][0]).with_day(framed[-1][1], anchor)
    framed = carry_lead_time(framed)
    return [SentenceFacts(s, qs, ds, attr, tuple(extract_entities(s.text, offset=s.start)))
            for s, attr, (qs, ds) in zip(sentences, attributions, framed)]
