"""IndoNLI numeric and temporal pairs: premise and hypothesis as two sources of one cluster.

For each item the checker's strongest number/date verdict (conflict > compatible > agree > none) is
tabulated against the gold label (c contradiction, e entailment, n neutral).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path


from consistency import Config, check_articles
from consistency.load import prepare
from consistency.load.sources import RawArticle

from .common import INDONLI as DATA
VERDICTS = ("conflict", "compatible", "agree", "none")
FACT_KINDS = ("number", "date")


def load_items(path: Path = DATA) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def strongest(findings, kinds=FACT_KINDS) -> str:
    verdicts = {f.verdict for f in findings if f.kind in kinds}
    return next((v for v in VERDICTS if v in verdicts), "none")


def run(embedder, cache_dir: Path | None = None, path: Path = DATA) -> dict:
    items = load_items(path)
    articles = []
    for item in items:
        cid = str(item["pair_id"])
        for role in ("premise", "hypothesis"):
            raw = RawArticle(id=role, text=item[role], cluster=cid, path=None, language="id")
            articles.append(prepare(raw))
    report = check_articles(articles, Config(cache_dir=cache_dir), embedder=embedder)
    by_cluster = {c.id: c for c in report.clusters}
    table: dict[str, Counter] = {label: Counter() for label in "cen"}
    rows = []
    for item in items:
        cluster = by_cluster.get(str(item["pair_id"]))
        findings = cluster.findings if cluster else ()
        verdict = strongest(findings)
        table[item["label"]][verdict] += 1
        rows.append({"pair_id": item["pair_id"], "label": item["label"], "verdict": verdict,
                     "phenomena": item["inference_phenomena"],
                     "findings": [f"{f.code}: {f.message}" for f in findings if f.kind in FACT_KINDS]})
    predicted_conflict = sum(table[label]["conflict"] for label in "cen")
    true_conflict = table["c"]["conflict"]
    # contradictions where a number or date comparison was possible at all (a finding of either kind)
    comparable_c = [r for r in rows if r["label"] == "c" and r["verdict"] != "none"]
    result = {
        "items": len(items),
        "labels": {label: sum(table[label].values()) for label in "cen"},
        "confusion": {label: {v: table[label][v] for v in VERDICTS} for label in "cen"},
        "conflict_rate": {label: round(table[label]["conflict"] / max(sum(table[label].values()), 1), 4) for label in "cen"},
        "conflict_precision": round(true_conflict / predicted_conflict, 4) if predicted_conflict else None,
        "conflict_recall_all_c": round(true_conflict / max(sum(table["c"].values()), 1), 4),
        "comparable_contradictions": len(comparable_c),
        "conflict_recall_comparable_c": round(true_conflict / len(comparable_c), 4) if comparable_c else None,
        "rows": rows,
    }
    return result


def to_markdown(result: dict) -> str:
    lines = ["## IndoNLI numeric/temporal pairs", "",
             f"{result['items']} pairs (premise and hypothesis as two sources). Rows: gold label; columns: the "
             "checker's strongest number/date verdict.", "",
             "| label | " + " | ".join(VERDICTS) + " | conflict rate |", "|---|" + "---|" * (len(VERDICTS) + 1)]
    for label, name in (("c", "contradiction"), ("e", "entailment"), ("n", "neutral")):
        row = result["confusion"][label]
        lines.append(f"| {name} ({result['labels'][label]}) | " + " | ".join(str(row[v]) for v in VERDICTS)
                     + f" | {result['conflict_rate'][label]:.1%} |")
    lines += ["", f"Conflict precision (share of conflicts that are gold contradictions): {result['conflict_precision']}",
              f"Conflict recall over all contradictions (many rest on negation or roles, not numbers): "
              f"{result['conflict_recall_all_c']}",
              f"Conflict recall over the {result['comparable_contradictions']} contradictions where a number or date "
              f"was compared at all: {result['conflict_recall_comparable_c']}", ""]
    wrong = [r for r in result["rows"] if r["verdict"] == "conflict" and r["label"] != "c"]
    if wrong:
        lines += ["Conflicts on non-contradictions:", ""]
        lines += [f"- {r['pair_id']} ({r['label']}): " + "; ".join(r["findings"]) for r in wrong]
    return "\n".join(lines) + "\n"
