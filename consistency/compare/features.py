"""Features of a candidate pair of mentions (two figures, or two dates, of different articles): what the
learned "same fact" scorer (``compare/identity.py``) reads.

Three groups, so an ablation can drop one: the masked context around each mention and its sentence, as the
embedding model sees them (``context``, ``sentence``); and what the frames say (``frame``): predicate,
counted thing, place, holder, incident, time, source and the flags that make a figure something other than a
count of what happened. Every feature is symmetric in the two mentions. Each is a plain float, so the stored
model is a list of coefficients over a list of names.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..extract.frames import lexicon, number_core, predicate_class
from ..extract.numbers import restatement_end
from ..records import DateMention, Frame, Quantity
from .matching import (_actor_is_place, _far_apart, _kind, actor_fit, context_overlap, counted_fit, groups,
                       event_fit, events_differ, not_a_count, once_by_one, place_fit, predicate_fit, when_fit)
from .scope import different_sources


# --- masked contexts ----------------------------------------------------------------------------------------

# The words around a mention, within its clause, the mention itself replaced by MASK: "[…] orang meninggal
# dunia" and "[…] people were killed" embed alike whatever the lexicons know. Measured on the labelled sets
# (cosine alone, the pairs that state one fact against the rest): the clause capped at 16 words beat fixed
# windows of 4 or 8 words and the whole sentence for dates and matched them for figures; "…" beat "#", "X",
# "[N]" and "<mask>"; masking the other figures of the clause too made it worse; and masking only the number,
# not its unit ("menjebol … bendungan", not "menjebol …"), matters most.
CONTEXT_WORDS = 16
MASK = "…"
_WORD = re.compile(r"\S+")
_CLAUSE_BREAK = re.compile(r";|(?<!\d):|:(?!\d)|(?<!\d),|,(?!\d)|\s[-–—]\s|\s--\s")
COMPARED_NUMBER_ROLES = ("current", "previous")
COMPARED_DATE_ROLES = ("event", "statement", "as_of")


def _window(sentence: str, start: int, end: int, words: int) -> tuple[list, list]:
    """The words kept before and after ``[start, end)``: its clause, at most ``words`` words, taken evenly
    from both sides (regex matches, so both the text and the character span can be read off)."""
    lo = 0
    for m in _CLAUSE_BREAK.finditer(sentence, 0, start):
        lo = m.end()
    m = _CLAUSE_BREAK.search(sentence, end)
    hi = m.start() if m else len(sentence)
    before, after = list(_WORD.finditer(sentence, lo, start)), list(_WORD.finditer(sentence, end, hi))
    left, right = len(before), len(after)
    while left + right > words:
        if left > right:
            left -= 1
        else:
            right -= 1
    return before[len(before) - left:], after[:right]


def context_text(sentence: str, start: int, end: int, *, words: int = CONTEXT_WORDS, mask: str = MASK) -> str:
    """The clause of ``sentence`` around ``[start, end)`` (sentence offsets) with that span masked, at most
    ``words`` words, taken evenly from both sides."""
    before, after = _window(sentence, start, end, words)
    return " ".join([w.group() for w in before] + [mask] + [w.group() for w in after])


def context_span(sentence: str, start: int, end: int, *, words: int = CONTEXT_WORDS) -> tuple[int, int, int, int]:
    """(window start, window end, mention start, mention end) in ``sentence``: the characters ``context_text``
    keeps around the masked span, and the span. A backend that sees token states pools the context from the
    sentence's own pass over the window, the mention's tokens left out (``embed.runtime.pool_span``)."""
    before, after = _window(sentence, start, end, words)
    return (before[0].start() if before else start), (after[-1].end() if after else end), start, end


def compared(item: Quantity | DateMention) -> bool:
    """Is this mention ever compared (so it needs a context)? Not labels or times of day, not a quoted day."""
    f = item.frame
    if f is None:
        return True
    if isinstance(item, Quantity):
        return f.role in COMPARED_NUMBER_ROLES and not f.negated
    return f.role in COMPARED_DATE_ROLES and not f.negated


def mention_kind(item: Quantity | DateMention) -> str:
    return "number" if isinstance(item, Quantity) else "date"


def _masked(sentence_text: str, sentence_start: int, item: Quantity | DateMention) -> tuple[str, int, int]:
    """The sentence (line breaks as spaces, offsets kept) and the span a mention's context masks: a figure's
    number only, so its unit stays ("menjebol … bendungan"); a date's whole date."""
    if isinstance(item, Quantity):
        start, end = number_core(item, sentence_start)
        end = restatement_end(sentence_text, end)  # "13 (tiga belas)": the words are the number too
    else:
        start, end = item.start - sentence_start, item.end - sentence_start
    return " ".join(sentence_text.split("\n")), start, end


def mention_context(sentence_text: str, sentence_start: int, item: Quantity | DateMention) -> str:
    """A mention's masked context as a text of its own (for backends without token states)."""
    return context_text(*_masked(sentence_text, sentence_start, item))


def mention_span(sentence_text: str, sentence_start: int, item: Quantity | DateMention) -> tuple[int, int, int, int]:
    """A mention's context window and masked span in its sentence's characters (``context_span``)."""
    return context_span(*_masked(sentence_text, sentence_start, item))


def article_contexts(facts) -> list[tuple[tuple[str, int], str]]:
    """((kind, start), context text) for every compared mention of an article's ``SentenceFacts``."""
    out = []
    for f in facts:
        for item in (*f.quantities, *f.dates):
            if compared(item):
                out.append(((mention_kind(item), item.start), mention_context(f.sentence.text, f.sentence.start, item)))
    return out


def article_spans(facts) -> list[tuple[tuple[str, int], int, tuple[int, int, int, int]]]:
    """((kind, start), sentence index, span in the sentence's characters) for every compared mention of an
    article's ``SentenceFacts``: what a backend with token states pools its contexts from."""
    out = []
    for f in facts:
        for item in (*f.quantities, *f.dates):
            if compared(item):
                out.append(((mention_kind(item), item.start), f.sentence.index,
                            mention_span(f.sentence.text, f.sentence.start, item)))
    return out


# --- pair features ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PairContext:
    """What the embeddings say about a pair: the cosine of the two masked contexts and of the two sentences,
    whether each context is the other's nearest in its article (0, ½ or 1), whether the aligner paired the
    sentences, and whether the two articles are in one language (cross-lingual cosines run lower). ``None``
    for a cosine when no vectors are given (a library caller's own facts). Cosines relative to the mean of
    the two articles' pairs were measured too and did no better than these, which also mean something for two
    one-sentence articles."""

    context: float | None = None
    context_best: float = 0.0
    sentence: float | None = None
    aligned: bool = False
    same_language: bool = True


EMBEDDING = ("context", "context_best")
SENTENCE = ("sentence", "aligned", "same_language")

NUMBER_FRAME = (
    "pred_same", "pred_clash", "pred_one_side", "pred_generic",
    "counted_same", "counted_related", "counted_clash", "counted_unknown", "counted_inferred",
    "unit_same", "unit_detail_clash",
    "place_shared", "place_clash", "place_one_side", "place_named_differently",
    "holder_shared", "holder_clash",
    "incident_shared", "incident_clash",
    "event_time_clash", "event_days_apart", "days_apart", "evolving",
    "source_same", "source_different",
    "modifiers_clash", "modifiers_one_side", "modifiers_same", "part", "group_clash", "group_one_side", "group_same", "not_a_count", "upper_bound", "vague", "earlier_value",
    "negated", "like_phrasing", "kind_count", "kind_share", "kind_measure", "dimension_clash",
    "whole_clash",
)
DATE_FRAME = (
    "pred_same", "pred_clash", "pred_one_side", "pred_none", "pred_generic", "pred_incident",
    "both_events", "statement_day", "as_of_day",
    "holder_shared", "holder_clash", "place_shared", "place_clash",
    "far_apart", "bare_weekday", "granularity_same", "negated", "planned", "like_phrasing", "one_event", "event_clash",
)
VALUE = ("log_ratio", "digit_slip")
DATE_VALUE = ("day_gap", "day_gap_unknown")



def _embedding(ctx: PairContext) -> dict[str, float]:
    return {
        "context": ctx.context if ctx.context is not None else 0.0,
        "context_best": ctx.context_best,
        "sentence": ctx.sentence if ctx.sentence is not None else 0.0,
        "aligned": float(ctx.aligned),
        "same_language": float(ctx.same_language),
    }


def _fit(value: float | None) -> tuple[float, float]:
    """(shared, clash) from one of the frame fits: None is a clash, a positive score something in common."""
    if value is None:
        return 0.0, 1.0
    return (1.0 if value > 0 else 0.0), 0.0


def _predicates(fa: Frame, fb: Frame) -> dict[str, float]:
    pa, pb = fa.predicate, fb.predicate
    generic = bool((pa and predicate_class(pa).get("generic")) or (pb and predicate_class(pb).get("generic")))
    return {
        "pred_same": float(bool(pa) and pa == pb),
        "pred_clash": float(bool(pa and pb) and predicate_fit(fa, fb) is None),
        "pred_one_side": float(bool(pa) != bool(pb)),
        "pred_generic": float(generic),
    }


def _places(fa: Frame, fb: Frame) -> dict[str, float]:
    from .identity import place_identity

    if _actor_is_place(fa, fb):
        return {"place_shared": 1.0, "place_clash": 0.0, "place_one_side": 0.0, "place_named_differently": 0.0}
    fit = place_fit(fa.places, fb.places)
    reason = place_identity(fa, fb) if fit is not None else "places differ"
    return {
        "place_shared": float(fit is not None and fit > 0),
        "place_clash": float(fit is None),
        "place_one_side": float(reason == "a place on one side only"),
        "place_named_differently": float(fit is not None and fit <= -0.3),
    }


def _days(fa: Frame, fb: Frame) -> float:
    if fa.as_of is None or fb.as_of is None or fa.as_of.day is None or fb.as_of.day is None:
        return 0.0
    return math.log1p(abs((fa.as_of.day - fb.as_of.day).days))


def _event_days(fa: Frame, fb: Frame) -> float:
    """How far apart the events two figures belong to are (log days): their own dates ("Pada putaran pertama,
    15 Februari 2017"), or one's own date against the other's report date; 0 when neither is dated."""
    if fa.when is None and fb.when is None:
        return 0.0
    if fa.when is not None and fb.when is not None:
        gap = max(0, (fa.when[0] - fb.when[1]).days, (fb.when[0] - fa.when[1]).days)
    else:
        dated, undated = (fa, fb) if fa.when is not None else (fb, fa)
        day = undated.as_of.day if undated.as_of is not None else None
        if day is None:
            return 0.0
        gap = max(0, (day - dated.when[1]).days, (dated.when[0] - day).days)
    return math.log1p(gap)



def number_features(a: Quantity, b: Quantity, ctx: PairContext, *, value: bool = False) -> dict[str, float]:
    """Every feature of a pair of figures (``value``: also the log ratio of their values, for the ablation)."""
    out = _embedding(ctx)
    fa, fb = a.frame or Frame(), b.frame or Frame()
    out.update(_predicates(fa, fb))
    counted = counted_fit(fa, fb)
    known = fa.counted is not None and fb.counted is not None
    out.update({
        "counted_same": float(known and fa.counted == fb.counted),
        "counted_related": float(known and counted is not None and fa.counted != fb.counted),
        "counted_clash": float(known and counted is None),
        "counted_unknown": float(not known),
        "counted_inferred": float(fa.counted_inferred or fb.counted_inferred),
        "unit_same": float(a.unit_class is not None and a.unit_class == b.unit_class),
        "unit_detail_clash": float(bool(a.unit_detail and b.unit_detail and a.unit_detail != b.unit_detail)),
    })
    out.update(_places(fa, fb))
    shared, clash = _fit(actor_fit(fa, fb))
    if clash and _same_thing(fa, fb):
        shared, clash = 1.0, 0.0  # "the epicentre" and "pusat gempa": one thing in two languages
    out.update({"holder_shared": shared, "holder_clash": clash})
    ev = event_fit(fa, fb)
    out.update({"incident_shared": float(ev is not None and ev > 0), "incident_clash": float(ev is None)})
    from .identity import own_modifiers

    # a part both count at one place is no difference; a named part's "part" cue stays one (as the scorer learnt)
    mods_a, mods_b = own_modifiers(fa, fb, named_parts=False)
    subset = lexicon().subset_modifiers
    ga, gb = groups(fa), groups(fb)
    out.update({
        "event_time_clash": float(when_fit(fa, fb) is None),
        "event_days_apart": _event_days(fa, fb),
        "days_apart": _days(fa, fb),
        "evolving": float(fa.evolving or fb.evolving),
        "source_same": float(bool(fa.source) and fa.source == fb.source),
        "source_different": float(different_sources(fa.source, fb.source)),
        "modifiers_clash": float(bool(mods_a and mods_b) and mods_a != mods_b),
        "modifiers_one_side": float(bool(mods_a) != bool(mods_b)),
        # the same words tell both which one it is ("the first quake", "from:kathmandu"): one fact's tags
        "modifiers_same": float(bool(mods_a) and mods_a == mods_b),
        "part": float(bool((mods_a ^ mods_b) & subset) or ("base" in fa.modifiers) != ("base" in fb.modifiers)),
        "group_clash": float(bool(ga and gb) and ga != gb),
        "group_one_side": float(bool(ga) != bool(gb)),
        # one nationality's count on both sides ("tiga warga negara Thailand", "two Thai passengers"): few
        # figures of a story are of one group, so the group says more than the noun it is written with
        "group_same": float(bool(ga) and ga == gb),
        "not_a_count": float(not_a_count(fa, fb)),
        "upper_bound": float(fa.upper_bound or fb.upper_bound),
        "vague": float(a.vague or b.vague),
        "earlier_value": float(fa.role != fb.role),
        "negated": float(fa.negated or fb.negated),
        "like_phrasing": context_overlap(fa, fb) if not clash else 0.0,
        "kind_count": float(_kind(a) == "count"),
        "kind_share": float(_kind(a) == "share"),
        "kind_measure": float(_kind(a) in ("measure", "magnitude")),
        # a depth against a distance, a height against a length: two lengths of different dimensions
        "dimension_clash": float(_dimensions_differ(fa, fb)),
    })
    # what two shares or rates are of, when both say and they differ ("45 persen wilayah kota" against "62% of the
    # votes", inflation against unemployment): two facts, so the many share pairs of different wholes no longer
    # teach the scorer to distrust every share. A shared whole is no feature: most shares of one whole in the
    # training sets are different facts (each candidate's share of the votes, each year's deficit), and with it
    # the match threshold rose from 0.20 to 0.25 and 22 agreements were lost (tried, dropped)
    wa, wb = _tagged(fa, "whole:"), _tagged(fb, "whole:")
    out["whole_clash"] = float(bool(wa and wb) and wa != wb)
    if value:
        out["log_ratio"] = _log_ratio(a, b)
        out["digit_slip"] = float(digit_slip(_magnitude(a), _magnitude(b)))
    return out


def _tagged(f: Frame, prefix: str) -> str | None:
    return next((m[len(prefix):] for m in f.modifiers if m.startswith(prefix)), None)


def _same_thing(fa: Frame, fb: Frame) -> bool:
    """Are two measures' things, written with different words, of one class ("the epicentre" / "pusat gempa",
    "the ship" / "kapal itu")?"""
    from .identity import _thing_class

    ta, tb = (f.actor[6:] if f.actor and f.actor.startswith("thing:") else None for f in (fa, fb))
    if not ta or not tb:
        return False
    ca = _thing_class(ta)
    return ca is not None and ca == _thing_class(tb)


def _dimensions_differ(fa: Frame, fb: Frame) -> bool:
    """Do two measures say they measure different dimensions (a depth, a height, a distance, a length, a width,
    a speed, a weight: their measure predicates, or a distance from a point)?"""
    from .identity import dimension

    da, db = dimension(fa), dimension(fb)
    return bool(da and db and da != db)


def _digits(v: float | None) -> str | None:
    if v is None or not math.isfinite(v) or v <= 0:
        return None
    return format(v, ".6f").rstrip("0").rstrip(".").replace(".", "").lstrip("0")


def digit_slip(va: float | None, vb: float | None) -> bool:
    """Are two figures the same digits with one slip, as a mistyped or misread figure is (287 / 278, 1,187 /
    1,178, 338,000 / 388,000): two neighbouring digits swapped, or, in a figure of three digits or more, one
    digit changed that is not followed by zeros only (5,000 / 6,000 is a round figure of its own), or one digit
    after the decimal point written or left out (52.4 / 52.04: the candidates' "one" slip key, kept to figures of
    one magnitude, as 187 / 1,187 is not)?"""
    da, db = _digits(va), _digits(vb)
    if not da or not db or da == db:
        return False
    if abs(len(da) - len(db)) == 1 and va is not None and vb is not None and int(va) == int(vb):
        short, long_ = sorted((da, db), key=len)
        return len(long_) >= 3 and any(long_[:k] + long_[k + 1:] == short and long_[k + 1:].strip("0")
                                       for k in range(len(long_)))
    if len(da) != len(db):
        return False
    diff = [k for k in range(len(da)) if da[k] != db[k]]
    if len(diff) == 2 and diff[1] == diff[0] + 1:
        k = diff[0]
        return da[k] == db[k + 1] and da[k + 1] == db[k]
    if len(diff) == 1 and len(da) >= 3:
        return da[diff[0] + 1:].strip("0") != ""
    return False


def _log_ratio(a: Quantity, b: Quantity) -> float:
    """How far apart two figures are (absolute log ratio, capped at 5): a quarter is 25 percent."""
    va, vb = _magnitude(a), _magnitude(b)
    if not (va and vb and math.isfinite(va) and math.isfinite(vb)) or va <= 0 or vb <= 0:
        return 0.0
    return min(abs(math.log(va / vb)), 5.0)


def _magnitude(q: Quantity) -> float:
    v = q.value if q.value is not None else (q.low if math.isfinite(q.low) else q.high)
    return v * 100 if q.kind == "fraction" and v is not None else v


def date_features(a: DateMention, b: DateMention, ctx: PairContext, *, value: bool = False) -> dict[str, float]:
    """Every feature of a pair of dates (``value``: also how many days apart they are, for the ablation)."""
    out = _embedding(ctx)
    if value:
        gap = _day_gap(a, b)
        out["day_gap"] = math.log1p(gap) if gap is not None else 0.0
        out["day_gap_unknown"] = float(gap is None)
    fa, fb = a.frame or Frame(role="event"), b.frame or Frame(role="event")
    pa, pb = fa.predicate or "", fb.predicate or ""
    info_a, info_b = predicate_class(pa) if pa else {}, predicate_class(pb) if pb else {}
    out.update({
        "pred_same": float(bool(pa) and pa == pb),
        "pred_clash": float(bool(pa and pb) and pa != pb),
        "pred_one_side": float(bool(pa) != bool(pb)),
        "pred_none": float(not pa and not pb),
        "pred_generic": float(bool(info_a.get("generic") or info_b.get("generic"))),
        "pred_incident": float(bool(info_a.get("incident") and info_b.get("incident"))),
        "both_events": float(fa.role == "event" and fb.role == "event"),
        "statement_day": float("statement" in (fa.role, fb.role)),
        "as_of_day": float("as_of" in (fa.role, fb.role)),
    })
    shared, clash = _fit(actor_fit(fa, fb))
    out.update({"holder_shared": shared, "holder_clash": clash})
    fit = place_fit(fa.places, fb.places)
    out.update({
        "place_shared": float(_actor_is_place(fa, fb) or (fit is not None and fit > 0)),
        "place_clash": float(fit is None and not _actor_is_place(fa, fb)),
        "far_apart": float(_far_apart(a, b)),
        "bare_weekday": float("weekday" in (a.granularity, b.granularity)),
        "granularity_same": float(a.granularity == b.granularity),
        "negated": float(fa.negated or fb.negated),
        "planned": float(pa.endswith(".planned") or pb.endswith(".planned")
                         or not_a_count(fa, fb)),
        "like_phrasing": context_overlap(fa, fb),
    })
    # The conjunction a linear model cannot form from its parts: both dates are of an event named by one
    # predicate, by no two different actors, a week apart at most (a wrong day is a day or two off; "August"
    # against 27 September is another event). Two such dates are one event told with two days (the quake
    # "Kamis (27/9)" and "Friday"), whichever the predicate; on the labelled sets 29 of the 36 differing date
    # pairs with the conjunction (weeks apart) were one event, against 33 of 1,930 differing pairs in all.
    gap = _day_gap(a, b)
    clash = events_differ(fa, fb)
    out["one_event"] = float(out["pred_same"] and out["both_events"] and not out["holder_clash"] and not clash
                             and not out["far_apart"] and (gap is None or gap <= 7) or once_by_one(a, b))
    out["event_clash"] = float(clash)
    return out


def _day_gap(a: DateMention, b: DateMention) -> int | None:
    if not (a.low and a.high and b.low and b.high):
        return None
    return max(0, (a.low - b.high).days, (b.low - a.high).days)


def pair_features(a: Quantity | DateMention, b: Quantity | DateMention, ctx: PairContext, *,
                  value: bool = False) -> dict[str, float]:
    """The features of two figures or two dates (of one kind)."""
    if isinstance(a, Quantity):
        return number_features(a, b, ctx, value=value)
    return date_features(a, b, ctx, value=value)
