"""Compare the facts of aligned claims and report findings: agree, compatible or conflict, with evidence."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..extract import SentenceFacts
from ..extract.dates import weekday_matches
from ..extract.entities import same_entity
from ..records import Alignment, Article, Attribution, Claim, Finding
from .checks import CHECKS, Check
from .dates import compare_dates, date_value
from .dates import describe as describe_date
from .quantities import Tolerances, compare_quantities, quantity_value
from .quantities import describe as describe_quantity

__all__ = ["CHECKS", "Check", "CompareParams", "Tolerances", "compare_cluster", "compare_quantities", "compare_dates"]

_RANK = {"agree": 0, "compatible": 1, "conflict": 2}
QUOTE_MATCH_MIN = 90.0


@dataclass(frozen=True)
class CompareParams:
    tolerances: Tolerances = field(default_factory=Tolerances)
    severities: dict[str, str] = field(default_factory=dict)  # code → severity, overriding the default
    disabled: frozenset[str] = frozenset()


def _claim(facts: SentenceFacts, start: int, end: int, text: str, value: dict, attr: Attribution | None) -> Claim:
    s = facts.sentence
    return Claim(s.article, s.index, s.text, start, end, text, value, attr.speaker if attr else None)


def _finding(code: str, message: str, alignment: str | None, claims: tuple[Claim, ...], params: CompareParams) -> Finding | None:
    if code in params.disabled:
        return None
    chk = CHECKS[code]
    return Finding(code, chk.kind, chk.verdict, params.severities.get(code, chk.severity), message, alignment, claims)


def _best(items, other, compare):
    """For each item, its best verdict against ``other`` (agree beats compatible beats conflict)."""
    for a in items:
        best = None
        for b in other:
            v = compare(a, b)
            if v is None:
                continue
            if best is None or _RANK[v] < _RANK[best[0]]:
                best = (v, b)
        if best is not None:
            yield a, best[1], best[0]


def _same_source(a: Attribution | None, b: Attribution | None) -> bool | None:
    if a is None or b is None:
        return None
    return same_entity(a.name or a.speaker, b.name or b.speaker) or (a.name or a.speaker).casefold() == (b.name or b.speaker).casefold()


def _quote_body(text: str) -> str | None:
    import re

    m = re.search(r"[\"“](?P<b>[^\"“”]{12,})[\"”]", text)
    return m.group("b") if m else None


def compare_cluster(articles: tuple[Article, ...], facts: dict[str, list[SentenceFacts]],
                    alignments: tuple[Alignment, ...], params: CompareParams = CompareParams()) -> tuple[Finding, ...]:
    findings: list[Finding] = []
    seen: set[tuple] = set()
    names = {a.id: a.id for a in articles}

    def add(f: Finding | None, key: tuple) -> None:
        if f is not None and key not in seen:
            seen.add(key)
            findings.append(f)

    for al in alignments:
        members = al.members
        for i, j, _cos in al.pairs:
            ma, mb = members[i], members[j]
            if ma.article == mb.article:
                continue
            if (ma.article, ma.sentence_index) > (mb.article, mb.sentence_index):
                ma, mb = mb, ma
            fa = facts[ma.article][ma.sentence_index]
            fb = facts[mb.article][mb.sentence_index]
            tol = params.tolerances
            _compare_kind(fa, fb, fa.quantities, fb.quantities, lambda x, y: compare_quantities(x, y, tol),
                          "number", quantity_value, describe_quantity, al.id, params, add)
            _compare_kind(fa, fb, fa.dates, fb.dates, compare_dates, "date", date_value, describe_date, al.id, params, add)
            # one quotation, two speakers
            qa, qb = _quote_body(fa.sentence.text), _quote_body(fb.sentence.text)
            if qa and qb and fa.attribution and fb.attribution and _same_source(fa.attribution, fb.attribution) is False:
                from rapidfuzz.fuzz import token_set_ratio

                if token_set_ratio(qa, qb) >= QUOTE_MATCH_MIN:
                    claims = tuple(
                        _claim(f, f.sentence.start, f.sentence.end, f.sentence.text,
                               {"type": "attribution", "speaker": f.attribution.speaker, "cue": f.attribution.cue},
                               f.attribution)
                        for f in (fa, fb)
                    )
                    msg = (f"The same quotation is given to {fa.attribution.speaker} in {names[ma.article]} "
                           f"and to {fb.attribution.speaker} in {names[mb.article]}.")
                    add(_finding("attribution.speaker", msg, al.id, claims, params),
                        ("attribution.speaker", ma.article, ma.sentence_index, mb.article, mb.sentence_index))

    for art in articles:
        for f in facts.get(art.id, []):
            for d in f.dates:
                if weekday_matches(d) is False:
                    from ..extract.lexicon import WEEKDAY_NAMES_ID

                    msg = (f"“{d.text}”: {d.low.day} {d.low.strftime('%B %Y')} was a {_EN_DAYS[d.low.weekday()]}, "
                           f"not a {WEEKDAY_NAMES_ID[d.weekday]} ({_EN_DAYS[d.weekday]}).")
                    add(_finding("date.weekday", msg, None, (_claim(f, d.start, d.end, d.text, date_value(d), d.attribution),), params),
                        ("date.weekday", art.id, d.start))
    for f in _entity_variants(articles, facts, alignments, params):
        findings.append(f)
    return tuple(sorted(findings, key=Finding.sort_key))


_EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _compare_kind(fa, fb, items_a, items_b, compare, kind, to_value, describe, alignment, params, add):
    for a, b, verdict in _best(items_a, items_b, compare):
        code = {"agree": f"{kind}.agree", "compatible": f"{kind}.compatible", "conflict": f"{kind}.mismatch"}[verdict]
        claims = (_claim(fa, a.start, a.end, a.text, to_value(a), a.attribution),
                  _claim(fb, b.start, b.end, b.text, to_value(b), b.attribution))
        words = {"agree": "agree", "compatible": "can both be true", "conflict": "cannot both be true"}[verdict]
        msg = f"“{a.text}” ({describe(a)}) and “{b.text}” ({describe(b)}) {words}."
        key = (kind, fa.sentence.article, a.start, fb.sentence.article, b.start)
        add(_finding(code, msg, alignment, claims, params), key)
        if verdict != "conflict" and _same_source(a.attribution, b.attribution) is False:
            msg = (f"“{a.text}” is credited to {a.attribution.speaker} in {fa.sentence.article} "
                   f"and “{b.text}” to {b.attribution.speaker} in {fb.sentence.article}.")
            value_a = {"type": "attribution", "speaker": a.attribution.speaker, "cue": a.attribution.cue}
            value_b = {"type": "attribution", "speaker": b.attribution.speaker, "cue": b.attribution.cue}
            add(_finding("attribution.source", msg, alignment,
                         (_claim(fa, a.start, a.end, a.text, value_a, a.attribution),
                          _claim(fb, b.start, b.end, b.text, value_b, b.attribution)), params),
                ("attribution.source",) + key[1:])


def _entity_variants(articles, facts, alignments, params) -> list[Finding]:
    """Spellings of one entity that differ between articles (Zelenskyy/Zelensky, Kiev/Kyiv)."""
    first: dict[tuple[str, str], tuple[SentenceFacts, object]] = {}
    for art in articles:
        for f in facts.get(art.id, []):
            for e in f.entities:
                first.setdefault((art.id, e.text), (f, e))
    spellings = sorted({t for _, t in first})
    parent = {s: s for s in spellings}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, a in enumerate(spellings):
        for b in spellings[i + 1 :]:
            if same_entity(a, b):
                parent[find(a)] = find(b)
    groups: dict[str, list[str]] = {}
    for s in spellings:
        groups.setdefault(find(s), []).append(s)
    out = []
    in_alignment = {}
    for al in alignments:
        for m in al.members:
            in_alignment.setdefault((m.article, m.sentence_index), set()).add(al.id)
    for group in groups.values():
        surnames = {g.split()[-1].casefold() for g in group}
        if len(surnames) < 2:
            continue  # "Zelensky" and "Volodymyr Zelensky": one spelling, a shorter reference
        per_article: dict[str, tuple] = {}
        order = {a.id: n for n, a in enumerate(articles)}
        for (aid, text), (f, e) in sorted(first.items(), key=lambda kv: (order[kv[0][0]], kv[1][1].start)):
            if text in group and aid not in per_article:
                per_article[aid] = (f, e)
        spelled = {e.text.split()[-1].casefold() for f, e in per_article.values()}
        if len(per_article) < 2 or len(spelled) < 2:
            continue
        claims = tuple(_claim(f, e.start, e.end, e.text, {"type": "entity", "canonical": e.canonical}, f.attribution)
                       for f, e in per_article.values())
        shared = set.intersection(*[in_alignment.get((c.article, c.sentence_index), set()) for c in claims])
        alignment = sorted(shared)[0] if shared else None
        listing = " and ".join(f"“{c.text}” ({c.article})" for c in claims)
        canonical = next((c.value["canonical"] for c in claims if c.value["canonical"] != c.text), claims[0].text)
        f = _finding("entity.variant", f"{listing} name one entity, {canonical}.", alignment, claims, params)
        if f:
            out.append(f)
    return out
