"""Compare the facts of aligned claims and report findings: agree, compatible or conflict, with evidence.

For every aligned pair of sentences, the figures of one are matched one-to-one with the figures of the
other by their frames (``matching``), and so are the dates; a mention without a counterpart is compared
with nothing. A matched pair of figures that hold at different times is an update or a revision
(``scope``); two different named sources' figures are two estimates. Matched figures are joined across
the cluster into facts, and a fact reported at several times gets a timeline.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..extract import SentenceFacts
from ..extract.dates import weekday_matches
from ..extract.entities import same_entity
from ..records import Alignment, Article, Attribution, Claim, Finding, Quantity
from .checks import CHECKS, Check
from .dates import compare_dates, date_value
from .dates import describe as describe_date
from .identity import date_identity, number_identity
from .matching import (MATCH_MIN, date_fit, fact_key, match, quantity_fit, same_day_fit, strong_date_fit,
                       strong_quantity_fit)
from .quantities import Tolerances, compare_quantities, compare_values, interval, quantity_value
from .quantities import describe as describe_quantity
from .scope import (different_sources, fact_label, render_timeline, same_time_known, time_order, timeline_key,
                    timeline_point)

__all__ = ["CHECKS", "Check", "CompareParams", "Tolerances", "compare_cluster", "compare_quantities", "compare_dates",
           "compare_sentences"]

QUOTE_MATCH_MIN = 90.0


@dataclass(frozen=True)
class CompareParams:
    tolerances: Tolerances = field(default_factory=Tolerances)
    severities: dict[str, str] = field(default_factory=dict)  # code → severity, overriding the default
    disabled: frozenset[str] = frozenset()


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


def _key(f: SentenceFacts, q) -> tuple[str, int]:
    return (f.sentence.article, q.start)


def compare_sentences(fa: SentenceFacts, fb: SentenceFacts, params: CompareParams = CompareParams(),
                      alignment: str | None = None) -> tuple[Finding, ...]:
    """The findings of one pair of sentences (as ``compare_cluster`` reports them for an aligned pair)."""
    return _compare(((fa, fb, alignment),), params, {fa.sentence.article: [fa], fb.sentence.article: [fb]})


def compare_cluster(articles: tuple[Article, ...], facts: dict[str, list[SentenceFacts]],
                    alignments: tuple[Alignment, ...], params: CompareParams = CompareParams(), *,
                    fact_pairs: bool = True) -> tuple[Finding, ...]:
    """Every finding of a cluster: facts of aligned sentences, and with ``fact_pairs`` also the strongly
    framed facts of sentences the aligner did not pair (a toll in a lead and in a background sentence)."""
    pairs = []
    seen_pairs: set[tuple] = set()
    for al in alignments:
        members = al.members
        for i, j, _cos in al.pairs:
            ma, mb = members[i], members[j]
            if ma.article == mb.article:
                continue
            if (ma.article, ma.sentence_index) > (mb.article, mb.sentence_index):
                ma, mb = mb, ma
            key = (ma.article, ma.sentence_index, mb.article, mb.sentence_index)
            if key in seen_pairs:
                continue  # one pair of sentences in several claim groups is compared once
            seen_pairs.add(key)
            pairs.append((facts[ma.article][ma.sentence_index], facts[mb.article][mb.sentence_index], al.id))
    if fact_pairs:
        strong_pairs = _unaligned_fact_pairs(articles, facts, seen_pairs)
        pairs += strong_pairs
        taken = seen_pairs | {_pair_key(p[0], p[1]) for p in strong_pairs}
        pairs += _unaligned_value_pairs(articles, facts, taken)
    findings = list(_compare(pairs, params, facts))
    seen = {(f.code, f.claims[0].article, f.claims[0].start) for f in findings if len(f.claims) == 1}

    for art in articles:
        for f in facts.get(art.id, []):
            for d in f.dates:
                if weekday_matches(d) is False and ("date.weekday", art.id, d.start) not in seen:
                    from ..extract.lexicon import WEEKDAY_NAMES_ID

                    msg = (f"“{d.text}”: {d.low.day} {d.low.strftime('%B %Y')} was a {_EN_DAYS[d.low.weekday()]}, "
                           f"not a {WEEKDAY_NAMES_ID[d.weekday]} ({_EN_DAYS[d.weekday]}).")
                    found = _finding("date.weekday", msg, None, (_claim(f, d.start, d.end, d.text, date_value(d), d.attribution),), params)
                    if found:
                        seen.add(("date.weekday", art.id, d.start))
                        findings.append(found)
    for f in _entity_variants(articles, facts, alignments, params):
        findings.append(f)
    return tuple(sorted(findings, key=Finding.sort_key))


_EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _unaligned_fact_pairs(articles, facts, aligned: set[tuple]) -> list[tuple]:
    """Sentence pairs of different articles that the aligner did not pair but that state a fact with the same
    predicate (found through a bucket per predicate, so the cost grows with the mentions of one fact, not
    with all pairs of sentences); compared with ``strong`` fits only."""
    buckets: dict[str, list[tuple[str, int]]] = {}
    for art in articles:
        for f in facts.get(art.id, []):
            keys = {k for k in (fact_key(x) for x in (*f.quantities, *f.dates)) if k}
            for k in keys:
                buckets.setdefault(k, []).append((art.id, f.sentence.index))
    pairs, seen = [], set()
    for members in buckets.values():
        for (a, si), (b, sj) in _bucket_pairs(members, lambda m: m[0]):
            key = (a, si, b, sj) if (a, si) < (b, sj) else (b, sj, a, si)
            if key in aligned or key in seen:
                continue
            seen.add(key)
            pairs.append((facts[key[0]][key[1]], facts[key[2]][key[3]], None, True))
    return pairs


BUCKET_REACH = 25


def _bucket_pairs(members: list, article_of) -> list[tuple]:
    """Pairs of a bucket's members from different articles, each member with at most ``BUCKET_REACH`` of the
    members after it: a fact told by hundreds of articles of one story costs a number of comparisons that
    grows with its mentions, not with their square, and every mention still meets others (a figure that
    departs from the rest meets at least that many that do not)."""
    out = []
    for i, x in enumerate(members):
        found = 0
        for y in members[i + 1 :]:
            if article_of(y) == article_of(x):
                continue
            out.append((x, y))
            found += 1
            if found >= BUCKET_REACH:
                break
    return out


def _pair_key(fa: SentenceFacts, fb: SentenceFacts) -> tuple:
    a, b = (fa.sentence.article, fa.sentence.index), (fb.sentence.article, fb.sentence.index)
    return (*a, *b) if a < b else (*b, *a)


def _unaligned_value_pairs(articles, facts, taken: set[tuple]) -> list[tuple]:
    """Sentence pairs of different articles, not yet compared, that write the same exact figure or the same
    day (found through a bucket per value): compared for agreement only, so that "11.300 orang" and
    "11,300 people" in sentences the aligner kept apart still confirm each other."""
    buckets: dict[tuple, list[SentenceFacts]] = {}
    for art in articles:
        for f in facts.get(art.id, []):
            keys = set()
            for q in f.quantities:
                if q.exact and q.frame is not None and q.frame.role == "current" and not q.frame.negated:
                    keys.add((q.kind, q.low))
            for d in f.dates:
                if d.frame is not None and d.frame.role == "event" and d.low is not None and d.low == d.high:
                    keys.add(("date", d.low))
            for k in keys:
                buckets.setdefault(k, []).append(f)
    pairs, seen = [], set(taken)
    for members in buckets.values():
        for fa, fb in _bucket_pairs(members, lambda f: f.sentence.article):
            key = _pair_key(fa, fb)
            if key in seen:
                continue
            seen.add(key)
            first = (fa.sentence.article, fa.sentence.index) <= (fb.sentence.article, fb.sentence.index)
            pairs.append((fa, fb, None, "agree") if first else (fb, fa, None, "agree"))
    return pairs


def _compare(pairs, params: CompareParams, articles: dict[str, list[SentenceFacts]] | None = None) -> tuple[Finding, ...]:
    """Findings for aligned sentence pairs ``(facts a, facts b, alignment id)``; ``articles`` holds every
    sentence's facts, for what one article says elsewhere about a fact."""
    articles = articles or {}
    findings: list[Finding] = []
    seen: set[tuple] = set()
    tol = params.tolerances

    def add(f: Finding | None, key: tuple) -> None:
        if f is not None and key not in seen:
            seen.add(key)
            findings.append(f)

    number_pairs: list[_NumberPair] = []
    value = lambda x, y: compare_values(x, y, tol)  # noqa: E731
    for fa, fb, alignment, *rest in pairs:
        mode = rest[0] if rest else None
        if mode == "agree":  # sentences sharing only a written value: confirmations, nothing else
            xs, ys = list(fa.quantities), list(fb.quantities)
            for m in match(xs, ys, quantity_fit, value):
                if not m.ambiguous and value(xs[m.a], ys[m.b]) == "agree":
                    number_pairs.append(_NumberPair(fa, fb, xs[m.a], ys[m.b], alignment, False))
            for m in match(fa.dates, fb.dates, date_fit, compare_dates):
                if not m.ambiguous and compare_dates(fa.dates[m.a], fb.dates[m.b]) == "agree":
                    _date_finding(fa, fb, fa.dates[m.a], fb.dates[m.b], alignment, False, params, add)
            continue
        strong = bool(mode)  # sentences the aligner did not pair: only strongly framed facts
        qfit, dfit = (strong_quantity_fit, strong_date_fit) if strong else (quantity_fit, date_fit)
        # The figures that hold at the sentence's own time are matched one-to-one. Earlier values a sentence
        # gives ("naik dari 19 menjadi 41", "140 by Saturday 17:00 and more than 200 by Sunday") are matched on
        # their own against everything, so one report's figure can meet each point of another's series.
        main_a, more_a = _by_time(fa.quantities)
        main_b, more_b = _by_time(fb.quantities)
        done = set()
        for xs, ys in ((main_a, main_b), (more_a, main_b + more_b), (main_a, more_b)):
            for m in match(xs, ys, qfit, value):
                key = (id(xs[m.a]), id(ys[m.b]))
                if key not in done:
                    done.add(key)
                    number_pairs.append(_NumberPair(fa, fb, xs[m.a], ys[m.b], alignment, m.ambiguous))
        if strong:
            # sentences not paired: a figure the ordinary fit matches and that agrees exactly is a
            # confirmation ("11.300 orang" and "11,300" dead in Derna), never a conflict
            used_a = {k[0] for k in done}
            used_b = {k[1] for k in done}
            xs = [q for q in fa.quantities if id(q) not in used_a]
            ys = [q for q in fb.quantities if id(q) not in used_b]
            for m in match(xs, ys, quantity_fit, value):
                if not m.ambiguous and value(xs[m.a], ys[m.b]) == "agree":
                    number_pairs.append(_NumberPair(fa, fb, xs[m.a], ys[m.b], alignment, False))
        matched = match(fa.dates, fb.dates, dfit, compare_dates)
        for m in matched:
            _date_finding(fa, fb, fa.dates[m.a], fb.dates[m.b], alignment, m.ambiguous, params, add)
        if not strong:
            _same_day_dates(fa, fb, {m.a for m in matched}, {m.b for m in matched}, alignment, params, add)
        # one quotation, two speakers
        qa, qb = _quote_body(fa.sentence.text), _quote_body(fb.sentence.text)
        if strong:
            continue
        if qa and qb and fa.attribution and fb.attribution and _same_source(fa.attribution, fb.attribution) is False:
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
                add(_finding("attribution.speaker", msg, alignment, claims, params),
                    ("attribution.speaker", fa.sentence.article, fa.sentence.index, fb.sentence.article, fb.sentence.index))
    timelines = _timelines(number_pairs)
    for p in number_pairs:
        _number_finding(p, timelines, params, add, articles)
    return tuple(findings)


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


def _same_day_dates(fa, fb, used_a: set[int], used_b: set[int], alignment, params, add) -> None:
    """Aligned sentences' event dates left unmatched that name the same day, one on each side and nothing
    against it: a ``date.agree``, never a conflict (see ``same_day_fit``)."""
    rest_a = [i for i in range(len(fa.dates)) if i not in used_a]
    rest_b = [j for j in range(len(fb.dates)) if j not in used_b]
    pairs = [(i, j) for i in rest_a for j in rest_b if compare_dates(fa.dates[i], fb.dates[j]) == "agree"
             and same_day_fit(fa.dates[i], fb.dates[j])]
    for i, j in pairs:
        if sum(1 for x, _ in pairs if x == i) == 1 and sum(1 for _, y in pairs if y == j) == 1:
            _date_finding(fa, fb, fa.dates[i], fb.dates[j], alignment, False, params, add)


def _date_finding(fa, fb, a, b, alignment, ambiguous, params, add) -> None:
    verdict = compare_dates(a, b)
    if verdict is None or (verdict == "conflict" and (ambiguous or date_identity(a, b))):
        return
    code = {"agree": "date.agree", "compatible": "date.compatible", "conflict": "date.mismatch"}[verdict]
    claims = (_claim(fa, a.start, a.end, a.text, date_value(a), a.attribution),
              _claim(fb, b.start, b.end, b.text, date_value(b), b.attribution))
    words = {"agree": "agree", "compatible": "can both be true", "conflict": "cannot both be true"}[verdict]
    msg = f"“{a.text}” ({describe_date(a)}) and “{b.text}” ({describe_date(b)}) {words}."
    key = ("date", fa.sentence.article, a.start, fb.sentence.article, b.start)
    add(_finding(code, msg, alignment, claims, params), key)
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


def _number_finding(p: _NumberPair, timelines, params: CompareParams, add, articles=None) -> None:
    fa, fb, a, b = p.fa, p.fb, p.a, p.b
    tol = params.tolerances
    verdict = compare_values(a, b, tol)
    order = time_order(a, b)
    if order and verdict != "conflict" and not any(q.frame is not None and q.frame.evolving for q in (a, b)):
        order = 0  # a height or an age that two reports give alike, whatever times they name, just agrees
    key = ("number", fa.sentence.article, a.start, fb.sentence.article, b.start)
    claims = (_claim(fa, a.start, a.end, a.text, quantity_value(a), a.attribution),
              _claim(fb, b.start, b.end, b.text, quantity_value(b), b.attribution))
    sources = different_sources(a.frame.source if a.frame else None, b.frame.source if b.frame else None)
    if verdict == "conflict" and not sources and articles:
        sources = _other_estimate(a, b, articles.get(fa.sentence.article, ()), tol) or \
            _other_estimate(b, a, articles.get(fb.sentence.article, ()), tol)
    previous = "previous" in (a.frame.as_of.basis if a.frame and a.frame.as_of else None,
                              b.frame.as_of.basis if b.frame and b.frame.as_of else None)
    # "revised down to 3,958, from 11,300" against another report's 3.958: the earlier value came first
    if previous and verdict == "conflict":
        for prev, other, facts_prev, sign in ((a, b, fa, -1), (b, a, fb, 1)):
            if prev.frame and prev.frame.as_of and prev.frame.as_of.basis == "previous" and any(
                    q is not prev and q.frame is not None and q.frame.role == "current"
                    and q.frame.predicate == prev.frame.predicate and compare_values(q, other, tol) == "agree"
                    for q in facts_prev.quantities):
                order = sign
    if order is None or (previous and verdict != "conflict"):
        # an earlier value the sentence itself gives ("naik dari 19"), with no day of its own: the same value
        # elsewhere is the same report; a different one conflicts only when the times tell the order
        if verdict == "conflict":
            return
        order = 0
    if order != 0 and verdict == "conflict" and (a.vague or b.vague):
        return  # "ribuan pengunjuk rasa" on another day says nothing about how a count moved
    late_fig = b if (order or 0) < 0 else a
    if order != 0 and not (verdict == "conflict" and sources
                           and not _revises(p, late_fig, a if late_fig is b else b, tol)):
        early, late = (a, b) if order < 0 else (b, a)
        went_down = verdict == "conflict" and _below(late, early, tol)
        label, points = timelines.get(_key(fa, a), (fact_label(a), ()))
        when_e = early.frame.as_of.label() if early.frame and early.frame.as_of else "?"
        when_l = late.frame.as_of.label() if late.frame and late.frame.as_of else "?"
        line = f" Timeline: {render_timeline(points)}." if points else ""
        # "revised down to 3,958, from 11,300" against another report's 11,300: one series, revised
        revised = _revises(p, late, early, tol)
        if went_down and (_cumulative(a, b) or revised) and (not sources or revised):
            if p.ambiguous or number_identity(a, b):
                return
            msg = (f"“{late.text}” ({describe_quantity(late)}, as of {when_l}) is lower than the earlier "
                   f"“{early.text}” ({describe_quantity(early)}, as of {when_e}): a downward revision.{line}")
            code = "number.revision"
        else:
            # a running tally that may fall (the missing, the displaced) falls as an update
            how = "fell" if went_down else "rose" if verdict == "conflict" else "stayed consistent"
            msg = (f"“{early.text}” ({describe_quantity(early)}, as of {when_e}) and “{late.text}” "
                   f"({describe_quantity(late)}, as of {when_l}): the figure {how} over time, an update.{line}")
            code = "number.update"
        add(_finding(code, msg, p.alignment, claims, params, timeline=points, fact=label if points else None), key)
        return
    if verdict == "conflict" and sources:
        msg = (f"Different sources give different figures: “{a.text}” ({describe_quantity(a)}) from "
               f"{_source_name(a)} and “{b.text}” ({describe_quantity(b)}) from {_source_name(b)}.")
        add(_finding("number.sources", msg, p.alignment, claims, params), key)
        return
    if verdict == "conflict" and (p.ambiguous or number_identity(a, b) or not same_time_known(a, b)):
        # the sentence does not say which of its figures the other one is about, or not strongly; or a running
        # tally in two reports of one day that say nothing of the hour (a morning and an evening count)
        return
    code = {"agree": "number.agree", "compatible": "number.compatible", "conflict": "number.mismatch"}[verdict]
    words = {"agree": "agree", "compatible": "can both be true", "conflict": "cannot both be true"}[verdict]
    msg = f"“{a.text}” ({describe_quantity(a)}) and “{b.text}” ({describe_quantity(b)}) {words}."
    add(_finding(code, msg, p.alignment, claims, params), key)
    _source_finding(fa, fb, a, b, verdict, p.alignment, params, add, key)


def _other_estimate(a: Quantity, b: Quantity, article: list[SentenceFacts], tol: Tolerances) -> bool:
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
            fit = quantity_fit(x, b)
            if fit is not None and fit >= MATCH_MIN and compare_values(x, b, tol) == "agree" \
                    and (quantity_fit(x, a) or 0) >= MATCH_MIN:
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


def _cumulative(a: Quantity, b: Quantity) -> bool:
    """Does the fact only ever grow (deaths, the injured, damaged houses)? Unknown predicates count as so."""
    from ..extract.frames import predicate_class

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
