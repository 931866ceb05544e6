"""The funnel (``tests/benchmarks/funnel.py``) tells apart every stage at which a labelled pair can be lost, on a
tiny cluster of two reports of one flood (English and Indonesian), run through the comparer without vectors."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import numpy as np
import pytest

from consistency.compare import CompareParams, compare_cluster
from consistency.compare.identity import Scorer, default_scorer
from consistency.extract import extract_article
from consistency.load import prepare
from consistency.load.sources import RawArticle
from consistency.records import Claim, Finding
from consistency.segment import segment_article
from tests.benchmarks.devset import Label, Mention, find_mention
from tests.benchmarks.funnel import STAGES, Trace, recording, stage_of

TEXTS = {
    "en": ("The flood killed 41 people in Demak on Monday. The dam is 12 metres high. "
           "At most 50 people were injured in Demak."),
    "id": ("Banjir menewaskan 44 orang di Demak pada Senin. Bendungan itu setinggi 12 meter. "
           "Sebanyak 60 rumah rusak di Demak."),
}


def _scorer() -> Scorer:
    return replace(default_scorer(), match={"number": 0.3, "date": 0.3}, conflict={"number": 0.8, "date": 0.8})


@pytest.fixture(scope="module")
def run():
    arts = {}
    for lang, text in TEXTS.items():
        a = prepare(RawArticle(id=lang, text=text, cluster="c", path=None, language=lang,
                               published=dt.date(2024, 3, 5)))
        arts[lang] = (a, extract_article(a, segment_article(a)))
    facts = {k: f for k, (_a, f) in arts.items()}
    scorer = _scorer()
    with recording() as trace:
        trace.findings = compare_cluster(tuple(a for a, _f in arts.values()), facts, (), CompareParams(scorer=scorer))
    return trace, facts, scorer


def _label(a: str, b: str, expect: str = "conflict", kind: str = "number") -> Label:
    def mention(article, text):
        return Mention(article, text, 1, *find_mention(TEXTS[article], text))

    return Label(1, mention("en", a), mention("id", b), kind, expect, "")


def _index(trace: Trace, text: str) -> int:
    return next(n for n, m in enumerate(trace.mentions) if m.item.text == text)


def _with(trace: Trace, **changes) -> Trace:
    return Trace(**{**trace.__dict__, **changes})


def test_recording_watches_the_comparer(run):
    trace, _facts, _scorer = run
    assert {m.item.text for m in trace.mentions} >= {"41 people", "44 orang", "12 metres", "12 meter"}
    assert len(trace.probabilities) == len(trace.candidates) > 0
    i, j = _index(trace, "12 metres"), _index(trace, "12 meter")
    assert (id(trace.mentions[i].item), id(trace.mentions[j].item)) in trace.matched


# the stages decided by what was read and what is compared: the run as it is
READ = [
    (("flood", "Banjir"), "not extracted"),
    (("12 metres", "12 meter"), "another value"),
    (("41 people", "12 meter"), "kinds not compared"),
    (("At most 50 people", "60 rumah"), "veto"),
]


@pytest.mark.parametrize("texts, stage", READ, ids=[s for _t, s in READ])
def test_stages_of_reading_and_comparing(run, texts, stage):
    trace, facts, scorer = run
    assert stage_of(_label(*texts), trace, scorer, facts)["stage"] == stage


def test_a_veto_is_named(run):
    trace, facts, scorer = run
    assert stage_of(_label("At most 50 people", "60 rumah"), trace, scorer, facts)["detail"] == "different things"


def _pair_trace(trace: Trace, p: float, *, candidate=True, matched=True, ambiguous=False, found=False) -> Trace:
    """The run with the pair 41 people / 44 orang given probability ``p`` and the fates the stages test."""
    i, j = _index(trace, "41 people"), _index(trace, "44 orang")
    a, b = trace.mentions[i], trace.mentions[j]
    key = (min(i, j), max(i, j))
    cands = [c for c in trace.candidates if (c[0], c[1]) != key]
    probs = [float(q) for c, q in zip(trace.candidates, trace.probabilities) if (c[0], c[1]) != key]
    if candidate:
        ctx = next(c[2] for c in trace.candidates if (c[0], c[1]) == key)
        cands.append((key[0], key[1], ctx))
        probs.append(p)
    kept = {k: v for k, v in trace.matched.items() if k not in ((id(a.item), id(b.item)), (id(b.item), id(a.item)))}
    if matched:
        kept[(id(a.item), id(b.item))] = (p, ambiguous)
    findings = ()
    if found:
        claims = tuple(Claim(m.article, m.facts.sentence.index, m.facts.sentence.text, m.item.start, m.item.end,
                             m.item.text, {}) for m in (a, b))
        findings = (Finding("number.mismatch", "number", "conflict", "error", "", None, claims),)
    return _with(trace, candidates=cands, probabilities=np.array(probs), matched=kept, findings=findings)


SCORED = [
    ({"p": 0.9, "candidate": False}, "not a candidate pair"),
    ({"p": 0.1}, "below match"),
    ({"p": 0.9, "matched": False}, "matched to another"),
    ({"p": 0.9, "ambiguous": True}, "ambiguous"),
    ({"p": 0.5}, "between match and conflict"),
    ({"p": 0.9}, "verdict not conflict"),
    ({"p": 0.9, "found": True}, "found"),
]


@pytest.mark.parametrize("fate, stage", SCORED, ids=[s for _f, s in SCORED])
def test_stages_of_scoring_and_matching(run, fate, stage):
    trace, facts, scorer = run
    row = stage_of(_label("41 people", "44 orang"), _pair_trace(trace, **fate), scorer, facts)
    assert row["stage"] == stage
    if stage != "not a candidate pair":
        assert row["p"] == fate["p"]
    if stage == "verdict not conflict":
        assert row["detail"].startswith("nothing reported; ")  # and which rule of the comparer kept it back


def test_every_stage_is_told_apart():
    assert {s for _t, s in READ} | {s for _f, s in SCORED} == set(STAGES)


def test_an_agreement_reached_or_not(run):
    trace, facts, scorer = run
    row = stage_of(_label("12 metres", "12 meter", expect="agree"), trace, scorer, facts)
    assert row["stage"] in ("found", "wrong verdict", "below match", "matched to another")
    assert stage_of(_label("41 people", "44 orang", expect="agree"), trace, scorer, facts)["stage"] == "another value"
