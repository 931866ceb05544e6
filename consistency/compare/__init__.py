"""Compare the facts of a story's articles and report findings: agree, compatible or conflict, with evidence.

Every figure (and date) of one article is a candidate against the figures of the same kind in the others
(``candidates``); a learned scorer gives each pair the probability that both state one fact (``identity``,
from the masked contexts' and the sentences' embeddings and the frames). Within each pair of sentences the
figures are matched one-to-one by that probability (``matching.match``); a figure without a counterpart is
compared with nothing. A matched pair that holds at different times is an update or a revision (``scope``);
two different named sources' figures are two estimates. A conflict or a revision needs the scorer's higher
threshold and no veto (negated, a plan or hedge, a change, a part, a maximum). Matched figures are joined
across the cluster into facts, and a fact reported at several times gets a timeline.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..extract import SentenceFacts
from ..extract.dates import weekday_matches
from ..extract.entities import entity_keys, same_entity
from ..records import Alignment, Article, Attribution, Claim, DateMention, FactVectors, Finding, Quantity
from .candidates import aligned_sentences, candidate_pairs, collect
from .checks import CHECKS, Check
from .dates import FRESH_DAYS, compare_dates, date_value, own_occurrences, weekday_slip
from .dates import describe as describe_date
from .identity import Scorer, date_veto, default_scorer, number_veto, revision_veto, score_pairs
from .matching import _in_other_units, date_fit, match, predicate_fit
from .quantities import Tolerances, compare_quantities, compare_values, interval, quantity_value
from .quantities import describe as describe_quantity
from .scope import (day_order, different_sources, fact_label, one_part_of_day, provisional_and_bare, render_timeline,
                    same_time_known, stage_order, timeline_key, timeline_point)

__all__ = ["CHECKS", "Check", "CompareParams", "Tolerances", "compare_cluster", "compare_quantities", "compare_dates",
           "compare_sentences"]

QUOTE_MATCH_MIN = 90.0
# Vetoes that say two figures are two facts, not one fact at two times: no update between them either.
# Not "different incidents": the words for an incident are too loose ("Ledakan yang mengguncang pelabuhan") to
# deny that two tallies of one story are one.
OTHER_FACT = frozenset({"a part and a whole", "different groups", "different times",
                        "two countries", "different things", "another source's tally", "two holders",
                        "a draft and the law", "distances from different points", "another occasion", "a share and a total",
                        "two programmes", "a threshold"})
# Two counterparts whose probabilities are this close: the sentence does not say which one a figure is about.
AMBIGUITY = 0.1


@dataclass(frozen=True)
class CompareParams:
    tolerances: Tolerances = field(default_factory=Tolerances)
    severities: dict[str, str] = field(default_factory=dict)  # code → severity, overriding the default
    disabled: frozenset[str] = frozenset()
    scorer: Scorer | None = None  # None: the scorer stored with the package


def _claim(facts: SentenceFacts, start: int, end: int, text: str, value: dict, attr: Attribution | None) -> Claim:
    s = facts.sentence
    return Claim(s.article, s.index, s.text, start, end, text, value, attr.speaker if attr else None)


def _finding(code: str, message: str, alignment: str | None, claims: tuple[Claim, ...], params: CompareParams,
             **extra) -> Finding | None:
    if code in params.disabled:
        return None
    chk = CHECKS[code]
    return Finding(code, chk.kind, chk.verdict, params.severities.get(code, chk.severity), message, alignment, claims,
                   **extra)


def _same_source(a: Attribution | None, b: Attribution | None) -> bool | None:
    if a is None or b is None:
        return None
    return same_entity(a.name or a.speaker, b.name or b.speaker) or (a.name or a.speaker).casefold() == (b.name or b.speaker).casefold()


def _quote_body(text: str) -> str | None:
    import re

    m = re.search(r"[\"“](?P<b>[^\"“”]{12,})[\"”]", text)
    return m.group("b") if m else None


@dataclass
class _NumberPair:
    """Two matched figures of one fact, before they become a finding."""

    fa: SentenceFacts
    fb: SentenceFacts
    a: Quantity
    b: Quantity
    alignment: str | None
    ambiguous: bool
    identity: float = 1.0


def _key(f: SentenceFacts, q) -> tuple[str, int]:
    return (f.sentence.article, q.start)


def compare_sentences(fa: SentenceFacts, fb: SentenceFacts, params: CompareParams = CompareParams(),
                      alignment: str | None = None, *, vectors: FactVectors | None = None,
                      languages: tuple[str | None, str | None] = (None, None)) -> tuple[Finding, ...]:
    """The findings of one pair of aligned sentences (as ``compare_cluster`` reports them for an aligned pair
    of a two-article story), in the ``languages`` of their articles when known."""
    from ..records import AlignmentMember

    articles = tuple(_bare_article(f, lang) for f, lang in zip((fa, fb), languages))
    members = tuple(AlignmentMember(f.sentence.article, f.sentence.index, f.sentence.text, f.sentence.start,
                                    f.sentence.end) for f in (fa, fb))
    al = Alignment(alignment or "pair", 1.0, members, ((0, 1, 1.0),))
    found = compare_cluster(articles, {fa.sentence.article: [fa], fb.sentence.article: [fb]}, (al,), params,
                            vectors=vectors, fact_pairs=False, checks_within=False)
    if alignment is None:
        from dataclasses import replace

        found = tuple(replace(f, alignment=None) for f in found)
    return found


def _bare_article(f: SentenceFacts, language: str | None) -> Article:
    """An article record standing for the one sentence ``compare_sentences`` is given (its id, its language)."""
    return Article(id=f.sentence.article, text=f.sentence.text, cluster="pair", language=language)


def compare_cluster(articles: tuple[Article, ...], facts: dict[str, list[SentenceFacts]],
                    alignments: tuple[Alignment, ...], params: CompareParams = CompareParams(), *,
                    vectors: FactVectors | None = None, fact_pairs: bool = True,
                    checks_within: bool = True) -> tuple[Finding, ...]:
    """Every finding of a cluster. Figures and dates are compared across every pair of sentences of different
    articles (with ``fact_pairs=False``, of aligned sentences only); ``vectors`` (the story's sentence and
    masked-context embeddings) let the scorer read the contexts, and without them it reads the frames alone."""
    scorer = params.scorer or default_scorer()
    aligned = aligned_sentences(alignments)
    mentions = collect(articles, facts)
    candidates = candidate_pairs(mentions, vectors, aligned, only=None if fact_pairs else set(aligned),
                                 contexts=scorer.contexts)
    probabilities = score_pairs(scorer, mentions, candidates, params.tolerances)
    # a date whose written weekday misses it but names the other report's day (``weekday_slip``) dates the same
    # event as that day: the scorer reads the two as one fact at least as surely as its conflict threshold needs,
    # unless their events' words say otherwise (the vetoes still apply)
    probabilities = [max(float(p), scorer.conflict["date"]) if _slipped(mentions[i].item, mentions[j].item) else p
                     for (i, j, _ctx), p in zip(candidates, probabilities)]
    by_sentences: dict[tuple, dict[tuple[int, int], float]] = {}
    prob = _Probabilities()
    for (i, j, _ctx), p in zip(candidates, probabilities):
        a, b = mentions[i], mentions[j]
        prob.add(a, b, float(p))
        if p < scorer.floor:
            continue
        if a.sentence > b.sentence:
            a, b = b, a
        by_sentences.setdefault((a.sentence, b.sentence), {})[(id(a.item), id(b.item))] = float(p)
    by_index = {art.id: {f.sentence.index: f for f in facts.get(art.id, ())} for art in articles}
    pairs = []
    for ka, kb in sorted(by_sentences):
        pairs.append((by_index[ka[0]][ka[1]], by_index[kb[0]][kb[1]], aligned.get((ka, kb)), by_sentences[(ka, kb)]))
    published = {art.id: art.published for art in articles}
    findings = list(_compare(pairs, params, scorer, facts, prob, published))
    findings += _quotations(aligned, by_index, params)
    if checks_within:
        findings += _weekdays(articles, facts, params)
        findings += _entity_variants(articles, facts, alignments, params)
    return tuple(sorted(findings, key=Finding.sort_key))


def _slipped(a, b) -> bool:
    """Two dates of events named alike, one of whose written weekday names the other's day (``weekday_slip``):
    both sentences name their event with words that fit (one class, or a generic "took place"), or neither
    does. A bare day beside a named event may be any day of the story ("the count climbed from nine on
    Saturday night" against "jatuh pada Sabtu (21/8/2015)"), and a date a count stands at ("hingga Rabu
    malam") dates no event."""
    if not (isinstance(a, DateMention) and isinstance(b, DateMention)) or not weekday_slip(a, b):
        return False
    fa, fb = a.frame, b.frame
    return fa is not None and fb is not None and fa.role == fb.role == "event" \
        and bool(fa.predicate) == bool(fb.predicate) and predicate_fit(fa, fb) is not None


class _Probabilities:
    """The scorer's probability for every candidate pair, and each mention's partners in other articles."""

    def __init__(self) -> None:
        self.pair: dict[tuple[int, int], float] = {}
        self.partners: dict[int, list] = {}

    def add(self, a, b, p: float) -> None:
        self.pair[(id(a.item), id(b.item))] = self.pair[(id(b.item), id(a.item))] = p
        self.partners.setdefault(id(a.item), []).append((b, p))
        self.partners.setdefault(id(b.item), []).append((a, p))

    def get(self, x, y) -> float:
        return self.pair.get((id(x), id(y)), 0.0)

    def rival(self, x, y, article_y: str, p: float, same) -> bool:
        """Does ``y``'s article give ``x``'s value elsewhere, in a mention about as likely to be ``x``'s fact
        as ``y`` is? Then it agrees with ``x`` on that fact, and ``y`` is probably about another: one article
        rarely contradicts itself."""
        for other, q in self.partners.get(id(x), ()):
            if other.item is y or other.article != article_y or q < p - AMBIGUITY:
                continue
            f = other.item.frame
            if (f is None or f.role != "previous") and same(x, other.item) == "agree":
                return True
        return False


def _weekdays(articles, facts, params) -> list[Finding]:
    """A weekday written beside a date it does not fall on ("Kamis (8/11/2024)" was a Friday)."""
    from ..extract.lexicon import WEEKDAY_NAMES_ID

    out, seen = [], set()
    for art in articles:
        for f in facts.get(art.id, []):
            for d in f.dates:
                if weekday_matches(d) is False and (art.id, d.start) not in seen:
                    msg = (f"“{d.text}”: {d.low.day} {d.low.strftime('%B %Y')} was a {_EN_DAYS[d.low.weekday()]}, "
                           f"not a {WEEKDAY_NAMES_ID[d.weekday]} ({_EN_DAYS[d.weekday]}).")
                    found = _finding("date.weekday", msg, None, (_claim(f, d.start, d.end, d.text, date_value(d), d.attribution),), params)
                    if found:
                        seen.add((art.id, d.start))
                        out.append(found)
    return out


_EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _quotations(aligned: dict[tuple, str], by_index, params: CompareParams) -> list[Finding]:
    """One quotation given to two speakers in aligned sentences."""
    out = []
    for (ka, kb), alignment in sorted(aligned.items()):
        if ka > kb:
            continue
        fa, fb = by_index[ka[0]][ka[1]], by_index[kb[0]][kb[1]]
        qa, qb = _quote_body(fa.sentence.text), _quote_body(fb.sentence.text)
        if not (qa and qb and fa.attribution and fb.attribution and _same_source(fa.attribution, fb.attribution) is False):
            continue
        from rapidfuzz.fuzz import token_set_ratio

        if token_set_ratio(qa, qb) >= QUOTE_MATCH_MIN:
            claims = tuple(
                _claim(f, f.sentence.start, f.sentence.end, f.sentence.text,
                       {"type": "attribution", "speaker": f.attribution.speaker, "cue": f.attribution.cue},
                       f.attribution)
                for f in (fa, fb)
            )
            msg = (f"The same quotation is given to {fa.attribution.speaker} in {fa.sentence.article} "
                   f"and to {fb.attribution.speaker} in {fb.sentence.article}.")
            found = _finding("attribution.speaker", msg, alignment, claims, params)
            if found:
                out.append(found)
    return out


def _compare(pairs, params: CompareParams, scorer: Scorer, articles: dict[str, list[SentenceFacts]],
             prob: _Probabilities, published: dict[str, dt.date | None]) -> tuple[Finding, ...]:
    """Findings for sentence pairs ``(facts a, facts b, alignment id or None, probabilities)``, where the
    probabilities are the scorer's for the pairs of their mentions that reach its floor, keyed by the two
    items' ids; ``articles`` holds every sentence's facts, for what one article says elsewhere about a fact, and
    ``published`` each article's date."""
    findings: list[Finding] = []
    seen: set[tuple] = set()
    tol = params.tolerances

    def add(f: Finding | None, key: tuple) -> None:
        if f is not None and key not in seen:
            seen.add(key)
            findings.append(f)

    number_pairs: list[_NumberPair] = []
    value = lambda x, y: compare_values(x, y, tol)  # noqa: E731
    for fa, fb, alignment, probs in pairs:
        fit = lambda x, y: probs.get((id(x), id(y)))  # noqa: E731
        # The figures that hold at the sentence's own time are matched one-to-one. Earlier values a sentence
        # gives ("naik dari 19 menjadi 41", "140 by Saturday 17:00 and more than 200 by Sunday") are matched on
        # their own against everything, so one report's figure can meet each point of another's series.
        main_a, more_a = _by_time(fa.quantities)
        main_b, more_b = _by_time(fb.quantities)
        done = set()
        met: set[int] = set()  # the current figures of either side that agree with the other side's current figure

        def pass_(xs, ys, first=False):
            for m in match(xs, ys, fit, value, minimum=scorer.floor, ambiguity=AMBIGUITY):
                x, y = xs[m.a], ys[m.b]
                key = (id(x), id(y))
                if first and m.score >= scorer.match["number"] and value(x, y) != "conflict":
                    met.update(key)
                if key not in done:
                    done.add(key)
                    number_pairs.append(_NumberPair(fa, fb, x, y, alignment, m.ambiguous, m.score))

        pass_(main_a, main_b, first=True)
        # the earlier value of a measured state ("turun dari ketinggian 10.000 kaki ke 6.000 kaki": the height
        # left) meets no current figure that agrees with that sentence's current value: "sekitar 6.000 kaki"
        # agrees with the 6.000 and is not the 10.000 of before. A count's earlier values (a toll's "naik dari 19
        # menjadi 41") meet every figure, as points of its timeline.
        left_a, more_a = _left_states(more_a)
        left_b, more_b = _left_states(more_b)
        fresh_a, fresh_b = [x for x in main_a if id(x) not in met], [y for y in main_b if id(y) not in met]
        pass_(more_a, main_b + more_b + left_b)
        pass_(left_a, fresh_b + more_b + left_b)
        pass_(main_a, more_b)
        pass_(fresh_a, left_b)
        for m in match(fa.dates, fb.dates, date_fit(fit), compare_dates, minimum=scorer.floor, ambiguity=AMBIGUITY):
            _date_finding(fa, fb, fa.dates[m.a], fb.dates[m.b], alignment, m.ambiguous, m.score, scorer, params, add,
                          prob, published)
    kept = [p for p in number_pairs if p.identity >= scorer.match["number"]]
    timelines = _timelines(kept)
    made: list[tuple[_NumberPair | None, Finding | None, tuple]] = []
    for p in number_pairs:
        _number_finding(p, timelines, params, scorer, lambda f, key, p=p: made.append((p, f, key)), articles, prob)
    for f, key in _one_per_restatement(made, value):
        add(f, key)
    return tuple(findings)


def _one_per_restatement(made: list[tuple[_NumberPair, Finding | None, tuple]], value) -> list[tuple[Finding | None, tuple]]:
    """One number finding per fact when one side restates its figure in other units ("80km (50 miles)"): the
    matching lets the restatement meet the same counterpart, so "sekitar 180 kilometer" against it would give
    one finding per unit for one discrepancy. Of findings of one code that share one side's figure and
    whose other figures restate each other in their sentence, the one in the unit the shared figure is written
    in is kept (else the one written first); the others stay as its evidence (their claims under the kept
    claim's value "restated", their text in its message)."""
    root: dict[int, int] = {}
    for i, (p, f, _) in enumerate(made):
        if f is None or f.kind != "number":
            continue
        root[i] = next((root[j] for j in root if made[j][1].code == f.code and _restatement_of(made[j][0], p, value)), i)
    members_of: dict[int, list[int]] = {}
    for i, r in root.items():
        members_of.setdefault(r, []).append(i)
    dropped: set[int] = set()
    replaced: dict[int, tuple[Finding, tuple]] = {}
    for head, members in members_of.items():
        if len(members) < 2:
            continue
        p = made[head][0]
        side = "a" if all(made[k][0].a is p.a for k in members) else "b"
        other = "b" if side == "a" else "a"
        unit = _unit_of(getattr(p, side))

        def rank(k: int) -> tuple:
            x = getattr(made[k][0], other)
            return (_unit_of(x) != unit, x.start)

        keep = min(members, key=rank)
        dropped |= set(members) - {keep}
        replaced[keep] = (_with_restatements(made[keep][1], 0 if other == "a" else 1,
                                             [getattr(made[k][0], other) for k in sorted(members, key=rank)[1:]]),
                          made[keep][2])
    return [replaced.get(i, (f, key)) for i, (_, f, key) in enumerate(made) if i not in dropped]


def _unit_of(q: Quantity):
    """A figure's unit, one key for its spellings ("km", "kilometer", "kilometre")."""
    from ..extract.lexicon import MEASURES

    return MEASURES.get(q.unit, q.unit)


def _restatement_of(p: _NumberPair, q: _NumberPair, value) -> bool:
    """Do two matched pairs share one side's figure while their other figures, in one sentence, restate each
    other in other units ("sekitar 180 kilometer" against "80km" and against "50 miles" of "80km (50 miles)")?"""
    return (p.a is q.a and p.fb is q.fb and p.b is not q.b and _in_other_units(p.b, q.b, value)) or \
        (p.b is q.b and p.fa is q.fa and p.a is not q.a and _in_other_units(p.a, q.a, value))


def _with_restatements(f: Finding, at: int, restated: list[Quantity]) -> Finding:
    from dataclasses import replace

    claim = f.claims[at]
    more = [{"start": q.start, "end": q.end, "text": q.text, "value": quantity_value(q)} for q in restated]
    claims = list(f.claims)
    claims[at] = replace(claim, value={**claim.value, "restated": more})
    also = ", ".join(f"“{q.text}”" for q in restated)
    return replace(f, claims=tuple(claims), message=f"{f.message} (“{claim.text}” is also given as {also}.)")


def _by_time(quantities) -> tuple[list, list]:
    """A sentence's figures at its latest time, and the others (earlier values, earlier points of a series)."""
    stamps = [q.frame.as_of.stamp() for q in quantities if q.frame is not None and q.frame.as_of is not None
              and q.frame.as_of.day is not None and q.frame.role == "current"]
    latest = max(stamps, key=lambda s: (s[0], s[1])) if stamps else None

    def earlier(q) -> bool:
        f = q.frame
        if f is None:
            return False
        if f.role == "previous":
            return True
        return latest is not None and f.as_of is not None and f.as_of.day is not None \
            and (f.as_of.day, -1 if f.as_of.minute is None else f.as_of.minute) < (latest[0], latest[1])

    more = [q for q in quantities if earlier(q)]
    return [q for q in quantities if not earlier(q)], more


def _left_states(quantities: list[Quantity]) -> tuple[list[Quantity], list[Quantity]]:
    """A sentence's earlier values split into those of a measured state (``role`` "previous", a measure in a frame
    that is not evolving: a height left, a level before it fell) and the others."""
    left = [q for q in quantities if q.kind == "measure" and q.frame is not None and q.frame.role == "previous"
            and not q.frame.evolving]
    return left, [q for q in quantities if all(q is not o for o in left)]


def _date_finding(fa, fb, a, b, alignment, ambiguous, identity, scorer: Scorer, params, add, prob,
                  published) -> None:
    verdict = compare_dates(a, b)
    if verdict is None or identity < scorer.match["date"]:
        return
    if verdict == "conflict" and (ambiguous or identity < scorer.conflict["date"] or date_veto(a, b)
                                  or own_occurrences(a, b, published.get(fa.sentence.article),
                                                     published.get(fb.sentence.article))
                                  or prob.rival(a, b, fb.sentence.article, identity, compare_dates)
                                  or prob.rival(b, a, fa.sentence.article, identity, compare_dates)):
        return
    code = {"agree": "date.agree", "compatible": "date.compatible", "conflict": "date.mismatch"}[verdict]
    claims = (_claim(fa, a.start, a.end, a.text, date_value(a), a.attribution),
              _claim(fb, b.start, b.end, b.text, date_value(b), b.attribution))
    words = {"agree": "agree", "compatible": "can both be true", "conflict": "cannot both be true"}[verdict]
    msg = f"“{a.text}” ({describe_date(a)}) and “{b.text}” ({describe_date(b)}) {words}."
    key = ("date", fa.sentence.article, a.start, fb.sentence.article, b.start)
    add(_finding(code, msg, alignment, claims, params, identity=round(identity, 4)), key)
    _source_finding(fa, fb, a, b, verdict, alignment, params, add, key)


def _source_finding(fa, fb, a, b, verdict, alignment, params, add, key) -> None:
    if verdict != "conflict" and _same_source(a.attribution, b.attribution) is False:
        msg = (f"“{a.text}” is credited to {a.attribution.speaker} in {fa.sentence.article} "
               f"and “{b.text}” to {b.attribution.speaker} in {fb.sentence.article}.")
        value_a = {"type": "attribution", "speaker": a.attribution.speaker, "cue": a.attribution.cue}
        value_b = {"type": "attribution", "speaker": b.attribution.speaker, "cue": b.attribution.cue}
        add(_finding("attribution.source", msg, alignment,
                     (_claim(fa, a.start, a.end, a.text, value_a, a.attribution),
                      _claim(fb, b.start, b.end, b.text, value_b, b.attribution)), params),
            ("attribution.source",) + key[1:])


def _timelines(pairs: list[_NumberPair]) -> dict[tuple[str, int], tuple]:
    """Matched figures joined into facts across the cluster; each fact reported at two or more times gets
    its timeline (earliest first): {figure key: (fact label, points)}."""
    parent: dict[tuple, tuple] = {}
    figure: dict[tuple, tuple] = {}

    def find(k):
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for p in pairs:
        ka, kb = _key(p.fa, p.a), _key(p.fb, p.b)
        for k, q, f in ((ka, p.a, p.fa), (kb, p.b, p.fb)):
            parent.setdefault(k, k)
            figure.setdefault(k, (q, f.sentence.article))
        if not p.ambiguous:
            parent[find(ka)] = find(kb)
    groups: dict[tuple, list[tuple]] = {}
    for k in parent:
        groups.setdefault(find(k), []).append(k)
    out: dict[tuple, tuple] = {}
    for members in groups.values():
        points = {}
        for k in members:
            q, article = figure[k]
            if q.frame is None or q.frame.as_of is None or q.frame.as_of.day is None:
                continue
            pt = timeline_point(q, article, describe_quantity(q, unit=False))
            points.setdefault((pt.value, pt.day, pt.minute, pt.as_of.startswith("before ")), pt)
        # an earlier value repeated by a later report is not a step of its own
        firsts = {}
        for key in sorted(points, key=lambda k: (k[1] or "", -1 if k[2] is None else k[2], not k[3])):
            firsts.setdefault(key[0], key)
        points = {k: p for k, p in points.items() if not k[3] or firsts[k[0]] == k}
        stamps = {(p.day, p.minute) for p in points.values()}
        if len(stamps) < 2:
            continue
        ordered = tuple(sorted(points.values(), key=lambda p: (timeline_key(p), p.article, p.start)))
        q0 = figure[members[0]][0]
        label = fact_label(q0)
        for k in members:
            out[k] = (label, ordered)
    return out


def _number_finding(p: _NumberPair, timelines, params: CompareParams, scorer: Scorer, add, articles,
                    prob: _Probabilities) -> None:
    fa, fb, a, b = p.fa, p.fb, p.a, p.b
    tol = params.tolerances
    if p.identity < scorer.match["number"]:
        return
    # a mismatch or a revision needs the scorer's higher threshold, one counterpart and no veto
    strong = not p.ambiguous and p.identity >= scorer.conflict["number"] and number_veto(a, b) is None
    identity = round(p.identity, 4)
    verdict = compare_values(a, b, tol)
    step = stage_order(a, b)
    order = step if step is not None else day_order(a, b)  # time_order, the stage step kept for below
    if order and not strong and step is not None and provisional_and_bare(a, b):
        order = 0  # another party's seats a day after a provisional count: no series the scorer holds one fact
    if order and verdict != "conflict" and not any(q.frame is not None and q.frame.evolving for q in (a, b)):
        order = 0  # a height or an age that two reports give alike, whatever times they name, just agrees
    if order and verdict != "conflict" and one_part_of_day(a, b):
        order = 0  # "41 by Monday afternoon" and "41 hingga Senin sore pukul 16.00": one count, not an update
    key = ("number", fa.sentence.article, a.start, fb.sentence.article, b.start)
    claims = (_claim(fa, a.start, a.end, a.text, quantity_value(a), a.attribution),
              _claim(fb, b.start, b.end, b.text, quantity_value(b), b.attribution))
    if verdict == "conflict" and _age_grown(a, b):
        # "Ernst, 45" in June 2019 and "Ernst, yang kini berusia 46 tahun" a year on: one person's age, grown with
        # the years between the two reports
        early, late = (a, b) if a.frame.as_of.day <= b.frame.as_of.day else (b, a)
        msg = (f"“{early.text}” (as of {early.frame.as_of.label()}) and “{late.text}” (as of {late.frame.as_of.label()}): "
               f"an age that grew with the time between the reports, an update.")
        add(_finding("number.update", msg, p.alignment, claims, params, identity=identity), key)
        return
    sources = named = different_sources(a.frame.source if a.frame else None, b.frame.source if b.frame else None)
    # a figure its sentence sets against another count ("gave a higher toll of 24", "lebih banyak dari data BNPB") is
    # another source's estimate; not against its own source's other figure ("OCHA mencatat angka yang lebih rendah,
    # yakni 770" and OCHA's earlier 1,000: OCHA lowered its count)
    contrasted = any(q.frame is not None and "contrasted" in q.frame.modifiers for q in (a, b)) \
        and not (a.frame is not None and b.frame is not None and a.frame.source and a.frame.source == b.frame.source)
    sources = sources or contrasted
    if verdict == "conflict" and not sources and articles:
        sources = _other_estimate(a, b, articles.get(fa.sentence.article, ()), tol, scorer, prob) or \
            _other_estimate(b, a, articles.get(fb.sentence.article, ()), tol, scorer, prob) or \
            _story_estimates(a, b, articles, tol, scorer, prob)
    one_day = _recalled_day(a, b)
    if one_day:
        order = 0  # "On the first day of the operation, … 1,200" and "… 1,500 … on the first day of the operation"
    previous = not one_day and "previous" in (a.frame.as_of.basis if a.frame and a.frame.as_of else None,
                                              b.frame.as_of.basis if b.frame and b.frame.as_of else None)
    # "revised down to 3,958, from 11,300" against another report's 3.958: the earlier value came first
    if previous and verdict == "conflict":
        for prev, other, facts_prev, sign in ((a, b, fa, -1), (b, a, fb, 1)):
            if prev.frame and prev.frame.as_of and prev.frame.as_of.basis == "previous" \
                    and not _reported_before(other, prev) and any(
                    q is not prev and q.frame is not None and q.frame.role == "current"
                    and q.frame.predicate == prev.frame.predicate and compare_values(q, other, tol) == "agree"
                    for q in facts_prev.quantities):
                order = sign
    # "menaikkan kekuatan gempa … menjadi 9,0 dari semula 8,9" against another report's 8.9: that report gives
    # the value this sentence says was replaced, so it came first (a magnitude upgraded, a figure corrected)
    if verdict == "conflict" and not order:
        for cur, other, facts_cur, sign in ((a, b, fa, 1), (b, a, fb, -1)):
            if _replaced_value(cur, other, facts_cur, tol) or _story_replaced(cur, other, articles, tol, scorer, prob):
                order = sign
                break
    if verdict == "conflict" and not order and _estimate_raised(p):
        order = -1 if a.frame.as_of.day < b.frame.as_of.day else 1
    if order is None or (previous and verdict != "conflict"):
        # an earlier value the sentence itself gives ("naik dari 19"), with no day of its own: the same value
        # elsewhere is the same report; a different one conflicts only when the times tell the order
        if verdict == "conflict":
            return
        order = 0
    if order != 0 and verdict == "conflict" and (a.vague or b.vague):
        return  # "ribuan pengunjuk rasa" on another day says nothing about how a count moved
    if order != 0 and number_veto(a, b) in OTHER_FACT:
        return  # "22 polisi" of a toll against another report's 22 dead, Iran's citizens against Indonesia's
    late_fig = b if (order or 0) < 0 else a
    early_fig = a if late_fig is b else b
    # two named sources whose times order them, the later one higher ("41, kata BNPB, Selasa" / "the Red Cross
    # put the toll at 58 on Wednesday"): the count rose, an update; a later, lower one stays two estimates
    rose = (named or contrasted) and not _below(late_fig, early_fig, tol)
    if order != 0 and not (verdict == "conflict" and sources and not rose
                           and not _revises(p, late_fig, early_fig, tol)):
        early, late = (a, b) if order < 0 else (b, a)
        went_down = verdict == "conflict" and _below(late, early, tol)
        label, points = timelines.get(_key(fa, a), (fact_label(a), ()))
        when_e = early.frame.as_of.label() if early.frame and early.frame.as_of else "?"
        when_l = late.frame.as_of.label() if late.frame and late.frame.as_of else "?"
        line = f" Timeline: {render_timeline(points)}." if points else ""
        # "revised down to 3,958, from 11,300" against another report's 11,300: one series, revised
        revised = _revises(p, late, early, tol)
        # a provisional count, or one stated before the final count, that the final count puts lower was never
        # the result: an update (``stage_order``); only two final results can be a revision or a mismatch
        # a tally that may fall (the missing, the displaced) said to be "down from 29" fell: an update, unless
        # the later sentence says the count was corrected ("revised", "counted twice", "diralat")
        revised = revised and (_cumulative(a, b) or _corrected(fa if late is a else fb))
        if went_down and (_cumulative(a, b) or revised) and (not sources or revised) and step is None:
            if not strong or _previous_just_after(late, early) or _untimed_same_day(late, early):
                return
            if p.alignment is None and not revised and not _recount(late, early) \
                    and not _said_lower(late, early, (fa, fb), articles):
                # a much lower figure in a sentence that states another claim than the earlier one's, where nothing
                # in the story says a figure was corrected: most often another place's, part's or occasion's count
                return
            if late.frame is not None and revision_veto(a, b, cued=revised or late.frame.change == "fall"):
                return  # a lower figure of another place, group, part or incident: another fact, unless revised
            msg = (f"“{late.text}” ({describe_quantity(late)}, as of {when_l}) is lower than the earlier "
                   f"“{early.text}” ({describe_quantity(early)}, as of {when_e}): a downward revision.{line}")
            code = "number.revision"
        else:
            # a running tally that may fall (the missing, the displaced) falls as an update
            how = "fell" if went_down else "rose" if verdict == "conflict" else "stayed consistent"
            msg = (f"“{early.text}” ({describe_quantity(early)}, as of {when_e}) and “{late.text}” "
                   f"({describe_quantity(late)}, as of {when_l}): the figure {how} over time, an update.{line}")
            code = "number.update"
        add(_finding(code, msg, p.alignment, claims, params, timeline=points, fact=label if points else None,
                     identity=identity), key)
        return
    if verdict == "conflict" and sources:
        msg = (f"Different sources give different figures: “{a.text}” ({describe_quantity(a)}) from "
               f"{_source_name(a)} and “{b.text}” ({describe_quantity(b)}) from {_source_name(b)}.")
        add(_finding("number.sources", msg, p.alignment, claims, params, identity=identity), key)
        return
    value = lambda x, y: compare_values(x, y, tol)  # noqa: E731
    if verdict == "conflict" and (not strong or not (one_day or same_time_known(a, b))
                                  or prob.rival(a, b, fb.sentence.article, p.identity, value)
                                  or prob.rival(b, a, fa.sentence.article, p.identity, value)):
        # the sentence does not say which of its figures the other one is about, or not strongly; or a running
        # tally in two reports of one day that say nothing of the hour (a morning and an evening count)
        return
    code = {"agree": "number.agree", "compatible": "number.compatible", "conflict": "number.mismatch"}[verdict]
    words = {"agree": "agree", "compatible": "can both be true", "conflict": "cannot both be true"}[verdict]
    msg = f"“{a.text}” ({describe_quantity(a)}) and “{b.text}” ({describe_quantity(b)}) {words}."
    add(_finding(code, msg, p.alignment, claims, params, identity=identity), key)
    _source_finding(fa, fb, a, b, verdict, p.alignment, params, add, key)


# a verb or noun of estimating right before its figure, in the figure's own clause: what it gives is a judgement its
# maker may revise ("NASA estimated the object at … 10,000 tons", "NASA memperkirakan … energi sekitar 500 kiloton",
# "put the object at … 7,000 tonnes"); not another clause's ("police put the crowd at 100,000, while organisers said
# 530,000")
_ESTIMATING = re.compile(r"(?<![\w-])(?:estimat\w*|put\s+(?:the|it|its)|(?:mem|di)?perkira\w*|menaksir\w*|ditaksir|taksiran)"
                         r"(?![\w-])(?![^,;]*(?:while|whereas|sedangkan|sementara)\s)[^;]{0,100}$", re.IGNORECASE)


# or after it, naming whose estimate it is: "… about 500 kilotons, according to NASA estimates", "menurut perkiraan NASA"
_ESTIMATE_AFTER = re.compile(r"[^;]{0,60}?(?<![\w-])(?:according\s+to|menurut|by)\s+(?:the\s+)?[^;,]{0,30}?"
                             r"(?:estimat\w*|perkiraan|taksiran)(?![\w-])", re.IGNORECASE)


def _age_grown(a: Quantity, b: Quantity) -> bool:
    """Are two exact ages apart by about the years between the days they hold at (within three quarters of a year:
    a birthday may fall between), the later one the higher? Then they are one person's age told at two times; a
    year apart in one week is a slip."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or fa.counted != "age" or fb.counted != "age" or not (a.exact and b.exact) \
            or fa.as_of is None or fb.as_of is None or fa.as_of.day is None or fb.as_of.day is None:
        return False
    years = (fb.as_of.day - fa.as_of.day).days / 365.25
    grown = b.low - a.low
    return grown * years > 0 and abs(grown - years) < 0.75


def _estimate_raised(p: _NumberPair) -> bool:
    """Are two values one named source's estimate on two days, the later one higher, each figure given by a verb of
    estimating ("NASA put the object at 7,000 tonnes" on the day, "NASA estimated … about 10,000 tons" days later)?
    Then the source raised its estimate: an update. A lower later estimate stays a discrepancy to flag (a magnitude
    revised down, a reading corrected)."""
    fa, fb = p.a.frame, p.b.frame
    if fa is None or fb is None or not fa.source or fa.source != fb.source or fa.as_of is None or fb.as_of is None:
        return False
    if fa.as_of.day is None or fb.as_of.day is None or fa.as_of.day == fb.as_of.day:
        return False
    early, late = (p.a, p.b) if fa.as_of.day < fb.as_of.day else (p.b, p.a)
    if late.high < early.low:
        return False  # lower, even within the rounding of two exact readings (6.5, then 6.4)
    return all(_ESTIMATING.search(f.sentence.text[: q.start - f.sentence.start])
               or _ESTIMATE_AFTER.match(f.sentence.text, q.end - f.sentence.start) for f, q in ((p.fa, p.a), (p.fb, p.b)))


def _recalled_day(a: Quantity, b: Quantity) -> bool:
    """Do two figures both hold at one earlier day their recall cues name ("on the first day", "pada hari
    pertama")? Then they are two reports of that day's count, compared as of one time: they may conflict."""
    ta, tb = (q.frame.as_of if q.frame is not None else None for q in (a, b))
    return ta is not None and tb is not None and ta.basis == tb.basis == "previous" and ta.recalled is not None \
        and ta.recalled == tb.recalled


def _other_estimate(a: Quantity, b: Quantity, article: list[SentenceFacts], tol: Tolerances, scorer: Scorer,
                    prob: _Probabilities) -> bool:
    """Does ``a``'s own article give ``b``'s value for the same fact from ``b``'s named source ("the 7.4
    magnitude quake" … "The US Geological Survey measured the quake at 7.5")? Then ``a`` is another source's
    estimate, not a contradiction of ``b``."""
    src = b.frame.source if b.frame else None
    if not src or (a.frame is not None and a.frame.source == src):
        return False
    for f in article:
        for x in f.quantities:
            if x is a or x.frame is None or x.frame.source != src:
                continue
            # x states b's fact (the scorer matches them) with b's value: a's article knows b's estimate
            if compare_values(x, b, tol) == "agree" and prob.get(x, b) >= scorer.match["number"]:
                return True
    return False


def _story_estimates(a: Quantity, b: Quantity, articles, tol: Tolerances, scorer: Scorer,
                     prob: _Probabilities) -> bool:
    """Does one sentence of the story give both values as two named sources' estimates of one fact ("The U.S.
    Geological Survey measured the quake at magnitude 7.7, while BMKG put it at 7.2")? Then one report's bare
    7,2 and another's 7.7 are those two estimates, not two reports that cannot both be true. The sentence's two
    figures must have different sources and one unit (or the second none: "put it at 7.2"), state one fact (the
    same predicate, and the same counted thing and incidents unless the second leaves them out), agree with
    ``a``'s and ``b``'s values, and one of them be scored as its counterpart's fact (or be that figure itself).
    "Police said 12 people were killed, while the Red Cross said 40 were injured" is two facts, not two estimates."""
    match = scorer.match["number"]

    def linked(x: Quantity, q: Quantity) -> bool:
        return x is q or max(prob.get(x, q), prob.get(q, x)) >= match

    def one_fact(x: Quantity, y: Quantity) -> bool:
        # the second may leave its noun and its incident out ("while BMKG measured it at 6.9"): the first's
        fx, fy = x.frame, y.frame
        elided = y.unit is None and fy.counted is None
        return fx.predicate == fy.predicate and (fx.counted == fy.counted or elided) \
            and (set(fx.events) == set(fy.events) or (elided and not fy.events))

    for facts in articles.values():
        for f in facts:
            named = [q for q in f.quantities if q.frame is not None and q.frame.source and q.frame.role != "previous"]
            for x in named:
                if compare_values(x, a, tol) != "agree":
                    continue
                for y in named:
                    if y is x or (x.unit != y.unit and None not in (x.unit, y.unit)) \
                            or not different_sources(x.frame.source, y.frame.source) \
                            or compare_values(y, b, tol) != "agree" or not (one_fact(x, y) or one_fact(y, x)):
                        continue
                    if linked(x, a) or linked(y, b):
                        return True
    return False


def _revises(p: "_NumberPair", late: Quantity, early: Quantity, tol: Tolerances) -> bool:
    """Does the later figure's sentence say it revises the earlier one ("revised down to 3,958, from
    11,300" against a report of 11,300)? Then the two are one series, whoever reported the first."""
    if late.frame is None or late.frame.change != "fall":
        return False
    facts = p.fa if any(q is late for q in p.fa.quantities) else p.fb
    return any(q.frame is not None and q.frame.role == "previous" and q.exact and early.exact
               and compare_values(q, early, tol) != "conflict" for q in facts.quantities if q is not late)


# A recount's correction (a victim counted twice, a name listed in two places) moves a count by a few in a
# hundred; a later figure lower by more, in a sentence that states another claim, is mostly another scope's.
RECOUNT = 0.05


def _recount(late: Quantity, early: Quantity) -> bool:
    """Is the later figure lower than the earlier by at most RECOUNT of it (150 injured, then 149)?"""
    if late.value is None or early.value is None or early.value <= 0:
        return False
    return early.value - late.value <= RECOUNT * early.value


def _cued_text(text: str, *kinds: str) -> bool:
    """Does ``text`` hold a cue of one of ``kinds`` of ``frame_cues.json`` (either language)?"""
    from ..extract.frames.lexicons import LANGS, _find, lexicon

    cues = lexicon().cues
    return any(_find(cues[kind], text, LANGS) for kind in kinds)


def _corrected(facts: SentenceFacts) -> bool:
    """Does a sentence say a figure was corrected (``frame_cues.json``'s "corrected": "revised", "counted twice",
    "diralat"), not merely that a tally moved ("down from 29", "turun")?"""
    return _cued_text(facts.sentence.text, "corrected")


def _said_lower(late: Quantity, early: Quantity, own: tuple[SentenceFacts, ...], articles) -> bool:
    """Does the story say that a figure was corrected or came out lower ("meralat", "revised", "counted twice",
    "turun", "down from"; ``frame_cues.json``'s "corrected" and "fall")? In one of the two figures' sentences, or in
    another sentence of either article that gives one of the two values. A downward revision across two sentences
    that state different claims needs it: on the sets measured before anyone read them, every such revision the
    story never called a correction was another place's, part's or occasion's count."""
    if any(_cued_text(f.sentence.text, "corrected", "fall") for f in own):
        return True
    return any(g is not f and _cued_text(g.sentence.text, "corrected", "fall")
               and any(q.exact and x.exact and compare_values(q, x) == "agree" for q in g.quantities for x in (late, early))
               for f in own for g in (articles or {}).get(f.sentence.article, ()))


PREVIOUS_SLACK = dt.timedelta(days=3)  # how long before its own report an earlier value ("naik dari 212") may have held


def _previous_just_after(late: Quantity, early: Quantity) -> bool:
    """Is ``late`` an earlier value its sentence gives ("naik dari 212 orang pada penghitungan sebelumnya"), told
    within ``PREVIOUS_SLACK`` days after ``early``'s time (another report's 241 of 21 December)? It held some
    time before its own report, maybe before ``early``: lower, it revises nothing."""
    tl, te = (q.frame.as_of if q.frame else None for q in (late, early))
    return tl is not None and te is not None and tl.basis == "previous" and tl.day is not None \
        and te.day is not None and te.day < tl.day <= te.day + PREVIOUS_SLACK


def _untimed_same_day(late: Quantity, early: Quantity) -> bool:
    """Is ``late`` dated only by its article's day (no day or hour of its own in the text), the day ``early``
    names with a clock time ("20 orang hingga Sabtu pukul 07.35 WIT")? A report of that day may have been
    written before that hour ("BNPB meralat … menjadi 19 orang" in Saturday's paper, a cut made on Friday): which
    came first is not known, so a lower figure revises nothing."""
    tl, te = (q.frame.as_of if q.frame else None for q in (late, early))
    return tl is not None and te is not None and tl.basis == "published" and tl.minute is None \
        and te.minute is not None and tl.day is not None and tl.day == te.day


def _reported_before(other: Quantity, prev: Quantity) -> bool:
    """Is ``other`` reported days before the sentence that gives ``prev`` as the value it replaced (more than
    ``FRESH_DAYS``, the slack of a report's day)? Then ``other`` cannot be the replacing value ("cut the toll to
    173 from 210" on 30 March against a 173 of 11 February: the February figure came before the 210)."""
    to, tp = (q.frame.as_of if q.frame else None for q in (other, prev))
    return to is not None and tp is not None and to.day is not None and tp.day is not None \
        and to.day < tp.day - dt.timedelta(days=FRESH_DAYS)


def _replaced_value(cur: Quantity, other: Quantity, facts: SentenceFacts, tol: Tolerances) -> bool:
    """Does ``cur``'s sentence say which value it replaced ("menjadi 9,0 dari semula 8,9", "upgraded to 9.0
    from 8.9"), and is that ``other``'s value? Only an exact figure of the same predicate, given as the
    earlier value (``previous``) beside ``cur``."""
    if cur.frame is None or cur.frame.as_of is None or cur.frame.as_of.basis == "previous" or not other.exact:
        return False
    return any(q is not cur and q.exact and q.frame is not None and q.frame.as_of is not None
               and q.frame.as_of.basis == "previous" and q.frame.predicate == cur.frame.predicate
               and compare_values(q, other, tol) == "agree" for q in facts.quantities)


def _story_replaced(cur: Quantity, other: Quantity, articles, tol: Tolerances, scorer: Scorer,
                    prob: _Probabilities) -> bool:
    """Does another sentence of the story say that ``other``'s value was replaced by ``cur``'s ("menaikkan
    kekuatan gempa … menjadi 9,0 dari semula 8,9" in a third report, against one report's 8.9 and another's
    9.0)? Its new value must agree with ``cur`` and be scored as ``cur``'s fact; then ``other`` is the value
    the story itself says came first: an update, not two reports that cannot both be true."""
    if not articles or cur.frame is None or cur.frame.as_of is None or cur.frame.as_of.basis == "previous" \
            or not other.exact:
        return False
    for facts in articles.values():
        for f in facts:
            for q in f.quantities:
                if q is cur or q is other or q.frame is None or q.frame.role == "previous":
                    continue
                if compare_values(q, cur, tol) != "agree" or max(prob.get(q, cur), prob.get(cur, q)) < scorer.match["number"]:
                    continue
                if _replaced_value(q, other, f, tol):
                    return True
    return False


def _cumulative(a: Quantity, b: Quantity) -> bool:
    """Does the fact only ever grow (deaths, the injured, damaged houses)? Unknown predicates count as so; a
    counted class that is held and let go (hostages: "holding 41 foreigners", later "masih menahan tujuh sandera
    asing") never does, whatever verb counts it."""
    from ..extract.frames import predicate_class
    from ..extract.frames.lexicons import lexicon

    info = lexicon().counted_info
    if any(q.frame is not None and info.get(q.frame.counted or "", {}).get("cumulative") is False for q in (a, b)):
        return False
    for q in (a, b):
        if q.frame is not None and q.frame.predicate:
            return predicate_class(q.frame.predicate).get("cumulative", True)
    return True


def _below(late: Quantity, early: Quantity, tol: Tolerances) -> bool:
    both_exact = late.exact and early.exact
    lo_e = interval(early, tol, round_exact=both_exact)[0]
    hi_l = interval(late, tol, round_exact=both_exact)[1]
    return hi_l < lo_e


def _source_name(q: Quantity) -> str:
    f = q.frame
    return (f.source_text if f is not None and f.source_text else None) or "an unnamed source"


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

    keys = [entity_keys(s) for s in spellings]  # a pair that shares neither key is never one entity
    for i, a in enumerate(spellings):
        canonical, start = keys[i]
        for j in range(i + 1, len(spellings)):
            if (keys[j][0] == canonical or (start and keys[j][1] == start)) and same_entity(a, spellings[j]):
                parent[find(a)] = find(spellings[j])
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
