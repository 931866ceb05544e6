"""Where the labelled pairs are lost: for every labelled discrepancy (and agreement and update) of the four
training sets, the first stage of the comparer at which the leave-one-cluster-out run at the shipped thresholds
loses it.

``python -m tests.benchmarks.funnel`` writes ``reports/benchmarks/funnel.md`` and ``.json``. The runs are the
identity benchmark's (``identity.held_out``: each cluster with the models fitted on all the others), at the
thresholds stored in ``consistency/compare/data/identity.json``; the comparer runs untouched and is watched
(``recording``): which mentions it collected, which pairs it scored and how, which pairs of two sentences it
matched one-to-one and with which probability, and what it reported. The stages, in order:

- ``not extracted``: no compared mention overlaps a labelled one (none read, or read but never compared: a
  label, a time of day, a negated statement);
- ``another value``: both read, but the values as read do not differ (a discrepancy) or do (an agreement);
- ``kinds not compared``: a count against a measure, a share against a count, two dates that cannot be
  compared; the comparer never pairs them. The identity runs give the comparer one story per cluster and
  every pair of sentences, so alignment and story grouping never keep two sentences apart here;
- ``not a candidate pair``: of one kind, but neither is among the other's nearest in its article
  (``candidates.PER_ARTICLE``) nor of the same value;
- ``veto``: a veto of ``identity`` says they cannot be one fact in conflict (named);
- ``below match``: the scorer's probability is under the kind's match threshold;
- ``matched to another``: the one-to-one matching of their two sentences paired one of them with another
  figure (named);
- ``ambiguous``: matched, but a rival counterpart scored about as well;
- ``between match and conflict``: matched, under the conflict threshold (so an update or nothing);
- ``verdict not conflict``: every gate passed, and the comparer reported something else (named) or nothing;
- ``found``: a conflict is reported on the pair (for agreements and updates: the right verdict).

Each pair lost at a scoring stage lists its probability and the features that pulled it down most
(standardised weight times standardised value of the model that scored it).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np

from consistency.compare import OTHER_FACT
from consistency.compare.dates import compare_dates
from consistency.compare.features import pair_features
from consistency.compare.identity import MODEL_PATH, date_veto, number_veto, values_differ

from . import identity
from .common import fmt, write
from .devset import DISCREPANCIES, DevCluster, Label, is_cross_conflict, matches, score_cluster

STAGES = ("not extracted", "another value", "kinds not compared", "not a candidate pair", "veto", "below match",
          "matched to another", "ambiguous", "between match and conflict", "verdict not conflict", "found")
AGREEING = ("agree", "compatible", "update")


@dataclass
class Trace:
    """What the comparer did on one cluster: the mentions it collected, its candidate pairs with their
    probabilities, the pairs of mentions its one-to-one matching kept (by the items' ids: (probability,
    ambiguous)), and its findings."""

    mentions: list = field(default_factory=list)
    candidates: list = field(default_factory=list)
    probabilities: np.ndarray = field(default_factory=lambda: np.zeros(0))
    matched: dict = field(default_factory=dict)
    findings: tuple = ()


@contextmanager
def recording():
    """Watch ``consistency.compare`` while it runs: its scoring of candidate pairs and each pair its
    one-to-one matching kept, figures and dates. The comparer's code runs unchanged."""
    import consistency.compare as comparer

    trace = Trace()
    score, number, date = comparer.score_pairs, comparer._number_finding, comparer._date_finding

    def scored(scorer, mentions, candidates, tolerances=None):
        p = score(scorer, mentions, candidates, tolerances)
        trace.mentions, trace.candidates, trace.probabilities = list(mentions), list(candidates), p
        return p

    def number_pair(p, *args, **kwargs):
        trace.matched[(id(p.a), id(p.b))] = (p.identity, p.ambiguous)
        return number(p, *args, **kwargs)

    def date_pair(fa, fb, a, b, alignment, ambiguous, identity_, *args, **kwargs):
        trace.matched[(id(a), id(b))] = (identity_, ambiguous)
        return date(fa, fb, a, b, alignment, ambiguous, identity_, *args, **kwargs)

    comparer.score_pairs, comparer._number_finding, comparer._date_finding = scored, number_pair, date_pair
    try:
        yield trace
    finally:
        comparer.score_pairs, comparer._number_finding, comparer._date_finding = score, number, date


def traced_run(prep, scorer) -> Trace:
    """The comparer on one prepared cluster (``identity.run_cluster``), watched."""
    with recording() as trace:
        trace.findings = identity.run_cluster(prep, scorer)
    return trace


# --- the stage of one labelled pair ---------------------------------------------------------------------

def _overlap(m, item_article: str, start: int, end: int) -> bool:
    return m.article == item_article and m.start < end and start < m.end


def locate(mention, kind: str, mentions: list) -> int | None:
    """The index of the compared mention of ``kind`` that overlaps a labelled mention (the largest overlap)."""
    best, size = None, 0
    for n, m in enumerate(mentions):
        if m.kind != kind or not _overlap(mention, m.article, m.item.start, m.item.end):
            continue
        o = min(m.item.end, mention.end) - max(m.item.start, mention.start)
        if o > size:
            best, size = n, o
    return best


def _read_but_not_compared(mention, kind: str, facts: dict) -> str | None:
    for f in facts.get(mention.article, ()):
        for item in (f.quantities if kind == "number" else f.dates):
            if _overlap(mention, mention.article, item.start, item.end):
                fr = item.frame
                why = "negated" if fr is not None and fr.negated else f"role {fr.role}" if fr is not None else "?"
                return f"“{item.text}” read, not compared ({why})"
    return None


def pulled_down(scorer, a, b, ctx, top: int = 3) -> list[tuple[str, float]]:
    """The features that lowered the pair's score most: standardised weight × standardised value of the
    model that scored it, the most negative first."""
    differ = values_differ(a.item, b.item)
    model = scorer.model(a.kind, ctx.context is not None, differ)
    value = "log_ratio" in model.features or "day_gap" in model.features
    row = pair_features(a.item, b.item, ctx, value=value)
    x = np.array([row[n] for n in model.features], np.float64)
    contrib = model.coef * (x - model.mean) / model.scale
    order = np.argsort(contrib)[:top]
    return [(model.features[k], round(float(contrib[k]), 2)) for k in order if contrib[k] < 0]


def _veto(a, b, expect: str) -> str | None:
    """The veto that keeps the pair from its verdict: any, for a discrepancy; for an update, one that says the
    two are two facts (``compare.OTHER_FACT``)."""
    if a.kind == "date":
        return date_veto(a.item, b.item) if expect in DISCREPANCIES else None
    why = number_veto(a.item, b.item)
    if expect in DISCREPANCIES or (expect == "update" and why in OTHER_FACT):
        return why
    return None


def reached(lab: Label, findings) -> tuple[bool, list[str]]:
    """Did the run report the label as it expects (a cross-article conflict for a discrepancy, the right
    verdict for an agreement, ``number.update`` for an update), and the codes it did report on the pair."""
    found = [f for f in findings if f.kind == lab.kind and matches(f, lab)]
    codes = sorted({f.code for f in found})
    if lab.expect in DISCREPANCIES:
        return any(is_cross_conflict(f) for f in found), codes
    if lab.expect == "update":
        return any(f.code == "number.update" for f in found), codes
    return any(f.verdict == lab.expect for f in found), codes


def stage_of(lab: Label, trace: Trace, scorer, facts: dict) -> dict:
    """The first stage at which the run lost a labelled pair, with what tells why."""
    out = {"stage": "found", "detail": "", "p": None, "pulled_down": []}
    ok, codes = reached(lab, trace.findings)
    i, j = locate(lab.a, lab.kind, trace.mentions), locate(lab.b, lab.kind, trace.mentions)
    if i is None or j is None:
        side = lab.a if i is None else lab.b
        why = _read_but_not_compared(side, lab.kind, facts)
        return out | {"stage": "not extracted", "detail": why or f"“{side.text}” not read"}
    a, b = trace.mentions[i], trace.mentions[j]
    differ = values_differ(a.item, b.item)
    if (lab.expect in DISCREPANCIES and not differ) or (lab.expect in ("agree", "compatible") and differ):
        return out | {"stage": "another value", "detail": f"read as “{a.item.text}” and “{b.item.text}”"}
    if a.group != b.group or (a.kind == "date" and compare_dates(a.item, b.item) is None):
        return out | {"stage": "kinds not compared", "detail": f"{a.group} against {b.group}"}
    index = {(x, y): n for n, (x, y, _c) in enumerate(trace.candidates)}
    n = index.get((min(i, j), max(i, j)))
    if n is None:
        return out | {"stage": "not a candidate pair"}
    p = float(trace.probabilities[n])
    ctx = trace.candidates[n][2]
    out |= {"p": round(p, 3), "pulled_down": pulled_down(scorer, a, b, ctx)}
    veto = _veto(a, b, lab.expect)
    if veto:
        return out | {"stage": "veto", "detail": veto}
    if p < scorer.match[a.kind]:
        return out | {"stage": "below match"}
    kept = trace.matched.get((id(a.item), id(b.item))) or trace.matched.get((id(b.item), id(a.item)))
    if kept is None:
        rivals = _partners(trace, a, b)
        return out | {"stage": "matched to another", "detail": "matched with " + (", ".join(rivals) or "nothing")}
    if kept[1] and lab.expect in DISCREPANCIES:
        return out | {"stage": "ambiguous"}
    if lab.expect in DISCREPANCIES and p < scorer.conflict[a.kind]:
        return out | {"stage": "between match and conflict", "detail": ", ".join(codes) or "nothing reported"}
    if not ok:
        detail = ", ".join(codes) or "nothing reported"
        if lab.expect in DISCREPANCIES and a.kind == "number":
            detail += f"; {_why_not(a.item, b.item, trace, p)}"
        elif lab.expect == "update":
            detail += f"; {_update_times(a.item, b.item)}"
        return out | {"stage": "verdict not conflict" if lab.expect in DISCREPANCIES else "wrong verdict",
                      "detail": detail}
    return out


def _why_not(a, b, trace: Trace, p: float) -> str:
    """Which of the comparer's rules after the gates kept a strong, unvetoed pair of figures from a conflict
    (``compare._number_finding``), asked with the same functions: the times order them (an update, or a
    revision its veto stopped), no time tells two counts of one day apart, or the article gives the other's
    value elsewhere."""
    from consistency.compare import _Probabilities
    from consistency.compare.identity import revision_veto
    from consistency.compare.quantities import Tolerances, compare_values
    from consistency.compare.scope import same_time_known, time_order

    order = time_order(a, b)
    if order:
        stamps = " / ".join(q.frame.as_of.label() if q.frame and q.frame.as_of else "?" for q in (a, b))
        veto = revision_veto(a, b)
        return f"the times order them ({stamps}): a series" + (f", revision veto: {veto}" if veto else "")
    if order is None:
        return "an earlier value with no day of its own"
    if not same_time_known(a, b):
        return "one day, no hour: two counts of a running tally"
    prob = _Probabilities()
    for (i, j, _c), q in zip(trace.candidates, trace.probabilities):
        prob.add(trace.mentions[i], trace.mentions[j], float(q))
    tol = Tolerances()
    same = lambda x, y: compare_values(x, y, tol)  # noqa: E731
    by_item = {id(m.item): m for m in trace.mentions}
    if prob.rival(a, b, by_item[id(b)].article, p, same) or prob.rival(b, a, by_item[id(a)].article, p, same):
        return "the other's article gives this value elsewhere (a rival)"
    return "another rule of the comparer"


def _update_times(a, b) -> str:
    """What the comparer knew of a labelled update's two figures when it reported something else: each one's
    as-of time (and how it was read: explicit, published, statement, previous…), whether it is marked a running
    tally, and its named source."""
    def one(q) -> str:
        f = q.frame
        if f is None:
            return "no frame"
        when = f"{f.as_of.label()} [{f.as_of.basis}]" if f.as_of else "no time"
        return when + (", evolving" if f.evolving else ", not evolving") + (f", source {f.source}" if f.source else "")
    return f"as of {one(a)} / {one(b)}"


def _partners(trace: Trace, a, b) -> list[str]:
    """What the matching paired ``a`` and ``b`` with instead, in each other's sentence."""
    by_id = {id(m.item): m for m in trace.mentions}
    out = []
    for x, y in trace.matched:
        mx, my = by_id.get(x), by_id.get(y)
        if mx is None or my is None:
            continue
        for own, other in ((a, b), (b, a)):
            for m, partner in ((mx, my), (my, mx)):
                if m is own and partner.sentence == other.sentence:
                    out.append(f"“{own.item.text}” with “{partner.item.text}”")
    return out


# --- the benchmark ---------------------------------------------------------------------------------------

def funnel(prepared, rows, thresholds: dict) -> dict:
    """Every labelled discrepancy, agreement and update of the prepared clusters, with its stage, from the
    leave-one-cluster-out runs at ``thresholds``."""
    out, scored = [], []
    for prep, models in identity.held_out(prepared, rows, identity.SHIPPED):
        scorer = identity.make_scorer(models, thresholds)
        trace = traced_run(prep, scorer)
        cluster: DevCluster = prep.cluster
        scored.append(score_cluster(trace.findings, cluster))
        for lab in cluster.labels:
            if lab.expect not in DISCREPANCIES + AGREEING:
                continue
            row = stage_of(lab, trace, scorer, prep.facts)
            out.append({"set": identity.set_of(cluster.id), "cluster": cluster.id, "pair": lab.index,
                        "kind": lab.kind, "expect": lab.expect, "a": [lab.a.article, lab.a.text],
                        "b": [lab.b.article, lab.b.text], **row})
        print(f"  funnel: {cluster.id}", file=sys.stderr)
    false = [{"cluster": sc["id"], **row} for sc in scored for row in sc["false_conflicts"]]
    return summarise(out, thresholds) | {"cross_validated": _figures(identity.total(scored)), "false_conflicts": false}


def _figures(t: dict) -> dict:
    return {k: t[k] for k in ("precision", "true_conflicts", "conflicts", "recall", "caught", "discrepancy_labels",
                              "control_conflicts", "updates_reported", "update_labels")}


def summarise(pairs: list[dict], thresholds: dict) -> dict:
    def counts(rows):
        return {"total": len(rows), "stages": dict(Counter(r["stage"] for r in rows)),
                "by_set": {s: dict(Counter(r["stage"] for r in rows if r["set"] == s))
                           for s in sorted({r["set"] for r in rows})},
                "by_kind": {k: dict(Counter(r["stage"] for r in rows if r["kind"] == k)) for k in ("number", "date")}}

    disc = [r for r in pairs if r["expect"] in DISCREPANCIES]
    agree = [r for r in pairs if r["expect"] in AGREEING]
    return {"thresholds": thresholds, "discrepancies": counts(disc), "agreements": counts(agree),
            "agreements_by_expect": {e: dict(Counter(r["stage"] for r in agree if r["expect"] == e)) for e in AGREEING},
            "pairs": pairs}


def run(embedder) -> dict:
    prepared = identity.prepare(embedder)
    rows = [r for p in prepared for r in identity.training_rows(p)]
    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    out = funnel(prepared, rows, shipped["thresholds"])
    trans = identity.transfers(prepared, identity.transfer_runs(prepared, rows), shipped["thresholds"])
    out["transfers"] = {held: _figures(t["total"]) for held, t in trans.items()}
    out["transfer_false_conflicts"] = [{"cluster": c["id"], "held_out": held, **row} for held, t in trans.items()
                                       for c in t["clusters"] for row in c["false_conflicts"]]
    return out


def _stage_table(section: dict, stages: tuple[str, ...]) -> list[str]:
    sets = list(section["by_set"])
    lines = ["| stage | all | " + " | ".join(sets) + " | figures | dates |", "|---|---|" + "---|" * (len(sets) + 2)]
    for st in stages:
        n = section["stages"].get(st, 0)
        if not n:
            continue
        lines.append(f"| {st} | {n} | " + " | ".join(str(section["by_set"][s].get(st, 0)) for s in sets) + " | "
                     f"{section['by_kind']['number'].get(st, 0)} | {section['by_kind']['date'].get(st, 0)} |")
    lines.append(f"| **all** | {section['total']} | " + " | ".join(str(sum(section["by_set"][s].values())) for s in sets)
                 + f" | {sum(section['by_kind']['number'].values())} | {sum(section['by_kind']['date'].values())} |")
    return lines


def _line(name: str, t: dict) -> str:
    return (f"{name} precision {fmt(t['precision'])} ({t['true_conflicts']}/{t['conflicts']}), recall "
            f"{fmt(t['recall'])} ({t['caught']}/{t['discrepancy_labels']}), control conflicts {t['control_conflicts']}")


def _pair_line(r: dict) -> str:
    p = f" p {fmt(r['p'])}" if r["p"] is not None else ""
    down = ("; pulled down by " + ", ".join(f"{n} {w:+.2f}" for n, w in r["pulled_down"])) if r["pulled_down"] else ""
    detail = f" ({r['detail']})" if r["detail"] else ""
    return (f"- {r['cluster']} #{r['pair']} {r['kind']} {r['expect']}: “{r['a'][1]}” ({r['a'][0]}) vs “{r['b'][1]}” "
            f"({r['b'][0]}): **{r['stage']}**{detail}{p}{down}")


def to_markdown(r: dict) -> str:
    th = r["thresholds"]
    d, a = r["discrepancies"], r["agreements"]
    lines = ["## Funnel: where labelled pairs are lost", "",
             "Every labelled discrepancy (conflict, revision) and agreement (agree, compatible, update) of the four "
             "training sets, with the first stage at which the leave-one-cluster-out run loses it, at the shipped "
             f"thresholds (figures {th['number']['match']} / {th['number']['conflict']}, dates {th['date']['match']} / "
             f"{th['date']['conflict']}, match / conflict). The stages are described in `tests/benchmarks/funnel.py`.", "",
             f"Discrepancies: {d['stages'].get('found', 0)} of {d['total']} found.", ""]
    if "cross_validated" in r:
        lines[-1:-1] = ["The same runs' figures: " + _line("cross-validated", r["cross_validated"]) + "; transfers from "
                        "the other sets to one at the same thresholds: "
                        + "; ".join(_line(k, v) for k, v in r.get("transfers", {}).items()) + ".", ""]
    lines += _stage_table(d, STAGES)
    for key, title in (("false_conflicts", "False conflicts of the same runs"),
                       ("transfer_false_conflicts", "False conflicts of the transfers")):
        if r.get(key):
            lines += ["", f"{title}:", ""]
            lines += [f"- {x['cluster']} {x['code']} ({x['label']}{' #' + str(x['pair']) if x['pair'] is not None else ''}): "
                      f"{x['message']}" for x in r[key]]
    found_a = a["stages"].get("found", 0)
    lines += ["", f"Agreements and updates: {found_a} of {a['total']} reach the right verdict "
              + "(" + "; ".join(f"{e}: {r['agreements_by_expect'][e].get('found', 0)} of "
                                f"{sum(r['agreements_by_expect'][e].values())}" for e in AGREEING) + ").", ""]
    lines += _stage_table(a, STAGES[:-2] + ("wrong verdict", "found"))
    lost = [p for p in r["pairs"] if p["expect"] in DISCREPANCIES and p["stage"] != "found"]
    lines += ["", "Discrepancies lost, by stage:", ""]
    for st in STAGES:
        for p in (x for x in lost if x["stage"] == st):
            lines.append(_pair_line(p))
    missed = [p for p in r["pairs"] if p["expect"] == "update" and p["stage"] != "found"]
    lines += ["", f"Updates not reported as updates ({len(missed)}), by stage (for a wrong verdict, what was reported "
              "and each figure's as-of time, how it was read, whether it is a running tally and its source):", ""]
    for st in STAGES[:-2] + ("wrong verdict",):
        for p in (x for x in missed if x["stage"] == st):
            lines.append(_pair_line(p))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    import os

    argparse.ArgumentParser(prog="python -m tests.benchmarks.funnel").parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from consistency.embed import load_embedder

    data = run(load_embedder())
    write("funnel", data, to_markdown(data))
    d = data["discrepancies"]
    print("funnel: discrepancies " + ", ".join(f"{k} {v}" for k, v in d["stages"].items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
