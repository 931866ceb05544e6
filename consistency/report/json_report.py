"""The JSON contract (schema_version 1). Later versions add fields; existing ones keep their meaning."""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..gate import Gate, fingerprint
from ..records import Article, Cluster, Report
from .common import timelines

SCHEMA_VERSION = 1


def _article(a: Article, n_sentences: int) -> dict[str, Any]:
    return {
        "id": a.id,
        "path": a.path,
        "source": a.source,
        "url": a.url,
        "language": a.language,
        "published": a.published.isoformat() if a.published else None,
        "sentences": n_sentences,
        "dropped_lines": a.dropped_lines,
    }


def _finding(c: Cluster, f, gate: Gate | None) -> dict[str, Any]:
    d = f.to_dict()
    fp = fingerprint(c.baseline_key, f)
    d["fingerprint"] = fp
    if gate is not None:
        accepted = gate.baseline is not None and fp in gate.baseline.accepted
        d["failing"] = gate.fails(f) and not accepted
        if gate.baseline is not None:
            d["baseline"] = "accepted" if accepted else "new"
    return d


def _cluster(c: Cluster, gate: Gate | None = None) -> dict[str, Any]:
    return {
        "id": c.id,
        "label": c.label,
        "grouping": c.grouping,
        "cohesion": c.cohesion,
        "articles": [_article(a, len(c.sentences.get(a.id, ()))) for a in c.articles],
        "alignments": [
            {
                "id": al.id,
                "score": al.score,
                "members": [
                    {"article": m.article, "sentence_index": m.sentence_index, "sentence": m.sentence,
                     "start": m.start, "end": m.end}
                    for m in al.members
                ],
            }
            for al in c.alignments
        ],
        "findings": [_finding(c, f, gate) for f in c.findings],
        "timelines": [{"fact": t.fact, "revised": t.revised,
                       "points": [{"value": p.value, "as_of": p.as_of, "day": p.day, "minute": p.minute,
                                   "article": p.article, "text": p.text, "start": p.start} for p in t.points]}
                      for t in timelines(c)],
    }


def summary(report: Report) -> dict[str, int]:
    return {
        "clusters": len(report.clusters),
        "articles": sum(len(c.articles) for c in report.clusters),
        "sentences": sum(len(s) for c in report.clusters for s in c.sentences.values()),
        "dropped_lines": sum(a.dropped_lines for c in report.clusters for a in c.articles),
        "alignments": sum(len(c.alignments) for c in report.clusters),
        "findings": sum(len(c.findings) for c in report.clusters),
        "stories": len(report.clusters),
        "unreported": len(report.unreported),
    }


# stage order in `timings`; a stage a run did not have is left out
STAGES = ("startup", "load", "model_setup", "segment", "model_load", "first_batch", "embed", "group", "align",
          "extract", "compare", "total")


def timings(report: Report) -> dict[str, float]:
    """Seconds per stage. They add up to ``total``, except ``first_batch``, which is part of ``embed``."""
    t = report.timings
    return {k: round(float(t[k]), 3) for k in STAGES if isinstance(t.get(k), (int, float))}


def speed(report: Report) -> dict[str, Any]:
    """Sentences per second over the whole run, and embedded sentences per second of embedding."""
    t = report.timings
    sentences = sum(len(s) for c in report.clusters for s in c.sentences.values())
    embedded, total, embed = int(t.get("embedded", 0)), t.get("total"), t.get("embed")
    return {"sentences": sentences, "embedded": embedded, "cache_hits": int(t.get("cache_hits", 0)),
            "sentences_per_second": round(sentences / total, 1) if total else None,
            "embedded_per_second": round(embedded / embed, 1) if embedded and embed else None}


def report_to_dict(report: Report, gate: Gate | None = None) -> dict[str, Any]:
    model: dict[str, Any] = {"name": report.model.name, "dimension": report.model.dimension}
    if report.model.backend:
        model["backend"] = report.model.backend
    data = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "consistency", "version": __version__},
        "model": model,
        "clusters": [_cluster(c, gate) for c in report.clusters],
        "summary": summary(report),
        "warnings": list(report.warnings),
        "grouping": dict(report.grouping),
        "unreported": list(report.unreported),
    }
    verdicts = [f.verdict for c in report.clusters for f in c.findings]
    data["summary"].update({v: verdicts.count(v) for v in ("agree", "compatible", "conflict")})
    if report.timings:  # added in 0.1 of schema 1: how long each stage took, for users and CI to watch
        data["timings"] = timings(report)
        data["speed"] = speed(report)
    if gate is not None:
        data["gate"] = {"fail_on": gate.fail_on, "min_identity": gate.min_identity, "failing": len(gate.failing),
                        "failed": gate.failed}
        if gate.baseline is not None:
            data["gate"]["baseline"] = {"path": gate.baseline.path, "accepted": len(gate.baseline.accepted),
                                        "disappeared": list(gate.baseline.disappeared)}
    return data


def report_to_json(report: Report, gate: Gate | None = None) -> str:
    return json.dumps(report_to_dict(report, gate), ensure_ascii=False, indent=2) + "\n"
