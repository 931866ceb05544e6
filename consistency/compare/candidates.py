"""Candidate pairs of mentions: which figures (or dates) of different articles of a story the scorer looks at,
and what the embeddings say about each pair.

Two figures are candidates when they are of one kind (counts with counts, shares with shares, dates with dates
that can be compared); the scorer (``identity``) decides whether they state one fact. In a story of many
articles, each mention meets only its ``PER_ARTICLE`` nearest mentions of every other article (by the cosine
of their masked contexts plus that of their sentences), and every mention that writes the same value, so the
cost grows with the number of articles a fact is told in, not with the square of all figures. Measured on the
labelled sets, four per article keep 98% of the pairs that state one fact and all but one labelled
discrepancy (whose contexts and frames give nothing in common either); the same value keeps a figure's own
confirmation among many figures of one kind (a census's percentages), and digits one slip apart ("98" / "89")
keep a copy error, whose contexts are often far apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

import numpy as np

from ..records import Article, DateMention, FactVectors, Quantity
from .features import PairContext, compared, mention_kind

PER_ARTICLE = 4
SAME_VALUE_REACH = 25
BLOCK = 2048  # rows of a similarity block: memory stays O(BLOCK × mentions) for a story of any size


@dataclass(frozen=True)
class Mention:
    """A figure or date of one sentence, with what the comparer needs to place it."""

    kind: str  # "number" or "date"
    group: str  # what it may be compared with: a figure's kind ("count", "share", …) or "date"
    article: str
    language: str | None
    facts: object  # the sentence's SentenceFacts
    item: Quantity | DateMention

    @property
    def sentence(self) -> tuple[str, int]:
        return (self.article, self.facts.sentence.index)

    @property
    def key(self) -> tuple[str, str, int]:
        return (self.article, self.kind, self.item.start)


def aligned_sentences(alignments) -> dict[tuple, str]:
    """Aligned pairs of sentences of different articles, both orders, each with the id of the first claim
    group that holds it: {((article, index), (article, index)): alignment id}."""
    aligned: dict[tuple, str] = {}
    for al in alignments:
        for i, j, _cos in al.pairs:
            ma, mb = al.members[i], al.members[j]
            if ma.article == mb.article:
                continue
            ka, kb = (ma.article, ma.sentence_index), (mb.article, mb.sentence_index)
            aligned.setdefault((ka, kb), al.id)
            aligned.setdefault((kb, ka), al.id)
    return aligned


def _group(item: Quantity | DateMention) -> str:
    from .matching import _kind

    return _kind(item) if isinstance(item, Quantity) else "date"


def collect(articles: tuple[Article, ...], facts: Mapping) -> list[Mention]:
    """Every compared mention of the story, in article and reading order."""
    out = []
    for art in articles:
        for f in facts.get(art.id, ()):
            for item in (*f.quantities, *f.dates):
                if compared(item):
                    out.append(Mention(mention_kind(item), _group(item), art.id, art.language, f, item))
    return out


def _comparable(a: Mention, b: Mention) -> bool:
    if a.kind == "date":
        from .dates import compare_dates

        return compare_dates(a.item, b.item) is not None
    return True


def candidate_pairs(mentions: list[Mention], vectors: FactVectors | None, aligned: Mapping[tuple, object], *,
                    per_article: int = PER_ARTICLE, only: set[tuple] | None = None,
                    contexts: bool = True) -> list[tuple[int, int, PairContext]]:
    """Pairs ``(i, j, context)`` of mentions of different articles (``i < j``), each with its PairContext.
    ``aligned`` holds the aligned sentence pairs (both orders); ``only``, when given, limits the pairs to
    those sentence pairs. Without vectors (or with a mention missing from them), every pair of a group is a
    candidate and the cosines are left unknown. ``contexts=False`` (a scorer that reads no masked contexts,
    ``Scorer.contexts``): the contexts are neither needed nor read, the nearest mentions are those of the
    nearest sentences, and a pair's context cosine is left unknown."""
    groups: dict[str, list[int]] = {}
    for n, m in enumerate(mentions):
        groups.setdefault(m.group, []).append(n)
    out: list[tuple[int, int, PairContext]] = []
    have = vectors is not None and all((m.key in vectors.contexts or not contexts) and m.sentence in vectors.sentences
                                       for m in mentions)
    for members in groups.values():
        pairs = _pairs(members, mentions, vectors if have else None, per_article, contexts)
        for i, j, ctx in pairs:
            a, b = mentions[i], mentions[j]
            if only is not None and (a.sentence, b.sentence) not in only:
                continue
            if not _comparable(a, b):
                continue
            aligned_pair = (a.sentence, b.sentence) in aligned
            same_language = a.language == b.language
            if ctx is None:
                ctx = PairContext(aligned=aligned_pair, same_language=same_language)
            else:
                ctx = PairContext(ctx.context, ctx.context_best, ctx.sentence, aligned_pair, same_language)
            out.append((i, j, ctx))
    out.sort(key=lambda t: (t[0], t[1]))
    return out


def value_key(item: Quantity | DateMention) -> tuple | None:
    """A key two mentions share when they write the same exact value (a share as a percentage, a day)."""
    if isinstance(item, Quantity):
        if not item.exact:
            return None
        v = item.low * 100 if item.kind == "fraction" else item.low
        return ("n", round(v, 6))
    if item.low is not None and item.high is not None:
        return ("d", item.low, item.high)
    return None


def slip_keys(item: Quantity | DateMention) -> tuple[tuple, ...]:
    """Keys two figures share when their digits are one slip apart (``features.digit_slip``: "98" / "89",
    "189" / "139"): the two neighbouring digits swapped put back in order, or one digit (of three or more, not
    followed by zeros only) left out. A copy error is rarely near in context, so such a pair would otherwise
    never be scored."""
    from .features import _digits, _magnitude

    if not isinstance(item, Quantity) or not item.exact:
        return ()
    d = _digits(_magnitude(item))
    if not d or len(d) < 2:
        return ()
    keys = []
    for k in range(len(d) - 1):
        if d[k] != d[k + 1]:
            keys.append(("swap", k, d[:k] + "".join(sorted(d[k:k + 2])) + d[k + 2:]))
    if len(d) >= 3:
        keys += [("one", k, d[:k] + d[k + 1:]) for k in range(len(d)) if d[k + 1:].strip("0")]
    return tuple(keys)


def _pairs(members: list[int], mentions: list[Mention], vectors: FactVectors | None,
           per_article: int, contexts: bool = True) -> list[tuple[int, int, PairContext | None]]:
    arts = [mentions[n].article for n in members]
    if vectors is None:
        return [(members[p], members[q], None) for p in range(len(members)) for q in range(p + 1, len(members))
                if arts[p] != arts[q]]
    sen = np.asarray([vectors.sentences[mentions[n].sentence] for n in members], np.float32)
    # without contexts, a zero vector for each: every context cosine is 0, so the sentences alone rank
    ctx = np.asarray([vectors.contexts[mentions[n].key] for n in members], np.float32) if contexts \
        else np.zeros((len(members), 1), np.float32)
    names = sorted(set(arts))
    owner = np.array([names.index(a) for a in arts], np.int64)
    columns = [np.flatnonzero(owner == k) for k in range(len(names))]
    chosen: set[tuple[int, int]] = set()
    best: dict[tuple[int, int], int] = {}  # (row, other article) → the row's nearest context there
    cos_ctx: dict[tuple[int, int], float] = {}
    cos_sen: dict[tuple[int, int], float] = {}
    n = len(members)
    for lo in range(0, n, BLOCK):
        rows = np.arange(lo, min(n, lo + BLOCK))
        c = ctx[rows] @ ctx.T
        s = sen[rows] @ sen.T
        rank = c + s
        for k, col in enumerate(columns):
            if not len(col):
                continue
            sub = rank[:, col]
            top = np.argsort(-sub, axis=1, kind="stable")[:, :per_article]
            nearest = np.argmax(c[:, col], axis=1)
            for r_local, r in enumerate(rows.tolist()):
                if owner[r] == k:
                    continue
                best[(r, k)] = int(col[nearest[r_local]])
                for q in col[top[r_local]].tolist():
                    pair = (r, q) if r < q else (q, r)
                    chosen.add(pair)
                    cos_ctx[pair] = float(c[r_local, q])
                    cos_sen[pair] = float(s[r_local, q])
    same: dict[tuple, list[int]] = {}
    for r, n in enumerate(members):
        k = value_key(mentions[n].item)
        if k is not None:
            same.setdefault(k, []).append(r)
    for rs in same.values():
        for x, p in enumerate(rs):
            # a value written by hundreds of reports: each meets the next SAME_VALUE_REACH, not all
            for q in rs[x + 1:x + 1 + SAME_VALUE_REACH]:
                if owner[p] != owner[q] and (p, q) not in chosen:
                    chosen.add((p, q))
                    cos_ctx[(p, q)] = float(ctx[p] @ ctx[q])
                    cos_sen[(p, q)] = float(sen[p] @ sen[q])
    slips: dict[tuple, list[int]] = {}
    for r, n in enumerate(members):
        for k in slip_keys(mentions[n].item):
            slips.setdefault(k, []).append(r)
    for rs in slips.values():
        for x, p in enumerate(rs):
            for q in rs[x + 1:x + 1 + SAME_VALUE_REACH]:
                if owner[p] != owner[q] and (p, q) not in chosen and value_key(mentions[members[p]].item) != \
                        value_key(mentions[members[q]].item):
                    chosen.add((p, q))
                    cos_ctx[(p, q)] = float(ctx[p] @ ctx[q])
                    cos_sen[(p, q)] = float(sen[p] @ sen[q])
    out = []
    for p, q in sorted(chosen):
        cc, ss = cos_ctx[(p, q)], cos_sen[(p, q)]
        hits = (best.get((p, owner[q])) == q) + (best.get((q, owner[p])) == p) if contexts else 0
        out.append((members[p], members[q], PairContext(round(cc, 6) if contexts else None, hits / 2, round(ss, 6))))
    return out
