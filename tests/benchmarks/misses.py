"""Where the labelled discrepancies that are not reported are lost, on sets the scorer was never trained on
(devset3, devset4, or any set of ``devset.SETS`` named with ``--only``) and in the cross-validated runs (``funnel``).

``python -m tests.benchmarks.misses`` prints, for every labelled discrepancy (conflict, revision) of the named
sets the shipped scorer does not report as a conflict, the funnel's stage (``funnel.stage_of``) and what the
stages before the comparer did with its two sentences: whether the alignment put them in one claim group
(``aligned``, with their cosine), the rank of each mention among the other's nearest of its article
(``candidates.PER_ARTICLE``), the vetoes and the probability. The funnel's own misses (the cross-validated
runs) are read from ``reports/benchmarks/funnel.json`` and tabulated beside them. Nothing is written: this is
a developer's tool, its table goes to the report of the change it led to.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter


from consistency.compare.candidates import aligned_sentences
from consistency.compare.identity import default_scorer

from . import identity
from .common import ROOT
from .devset import DISCREPANCIES, SETS
from .funnel import locate, stage_of, traced_run

# devset3 and devset4 by default; any other labelled set (devset.SETS) on request, e.g. the later untouched sets
# after their measure
ROOTS = {name: s.folder for name, s in SETS.items()}
DEFAULT = ("devset3", "devset4")


def _sentence_of(prep, mention):
    for s in prep.sentences[mention.article]:
        if s.start <= mention.start < s.end:
            return s
    return None


def before_comparer(prep, lab, trace) -> dict:
    """What alignment and the candidate ranking did with the pair's two sentences."""
    sa, sb = _sentence_of(prep, lab.a), _sentence_of(prep, lab.b)
    out = {"aligned": None, "cosine": None, "rank": None}
    if sa is None or sb is None:
        return out
    keys = [(a.id, s.index) for a in prep.articles for s in prep.sentences[a.id]]
    row = {k: n for n, k in enumerate(keys)}
    va, vb = prep.vectors[row[(lab.a.article, sa.index)]], prep.vectors[row[(lab.b.article, sb.index)]]
    out["cosine"] = round(float(va @ vb), 3)
    aligned = aligned_sentences(prep.alignments)
    out["aligned"] = ((lab.a.article, sa.index), (lab.b.article, sb.index)) in aligned
    i, j = locate(lab.a, lab.kind, trace.mentions), locate(lab.b, lab.kind, trace.mentions)
    if i is not None and j is not None:
        out["rank"] = [_rank(trace.mentions, prep, i, j), _rank(trace.mentions, prep, j, i)]
    return out


def _rank(mentions, prep, i, j) -> int | None:
    """The rank of mention ``j`` among the mentions of its article and group nearest ``i`` (context cosine
    plus sentence cosine, as ``candidates._pairs`` ranks them); 1 is the nearest."""
    a, b = mentions[i], mentions[j]
    keys = [(x.id, s.index) for x in prep.articles for s in prep.sentences[x.id]]
    row = {k: n for n, k in enumerate(keys)}
    ctx = prep.contexts

    def score(m):
        if a.key not in ctx or m.key not in ctx:
            return None
        return float(ctx[a.key] @ ctx[m.key]) + float(prep.vectors[row[a.sentence]] @ prep.vectors[row[m.sentence]])

    mine = score(b)
    if mine is None:
        return None
    others = [score(m) for m in mentions if m.article == b.article and m.group == a.group and m is not b]
    return 1 + sum(1 for s in others if s is not None and s > mine)


def trace_sets(embedder, names) -> list[dict]:
    scorer = default_scorer()
    rows = []
    preps = [(n, p) for n in names for p in identity.prepare(embedder, roots=[ROOTS[n]])]
    for name, prep in preps:
        trace = traced_run(prep, scorer)
        for lab in prep.cluster.labels:
            if lab.expect not in DISCREPANCIES:
                continue
            st = stage_of(lab, trace, scorer, prep.facts)
            rows.append({"set": name, "cluster": prep.cluster.id, "pair": lab.index,
                         "kind": lab.kind, "expect": lab.expect, "a": lab.a.text, "b": lab.b.text, **st,
                         **before_comparer(prep, lab, trace)})
        print(f"  traced {prep.cluster.id}", file=sys.stderr)
    return rows


def main(argv: list[str] | None = None) -> int:
    import os

    ap = argparse.ArgumentParser(prog="python -m tests.benchmarks.misses")
    ap.add_argument("--only", action="append", choices=sorted(ROOTS))
    ap.add_argument("--all", action="store_true", help="list found pairs too")
    args = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from consistency.embed import load_embedder

    rows = trace_sets(load_embedder(), args.only or DEFAULT)
    lost = [r for r in rows if r["stage"] != "found"]
    funnel_path = ROOT / "reports" / "benchmarks" / "funnel.json"
    cv = []
    if funnel_path.exists():
        cv = [p for p in json.loads(funnel_path.read_text())["pairs"]
              if p["expect"] in DISCREPANCIES and p["stage"] != "found"]
    for r in rows if args.all else lost:
        print(f"{r['cluster']} #{r['pair']} {r['kind']} {r['expect']}: “{r['a']}” vs “{r['b']}”: **{r['stage']}** "
              f"{r['detail']} p={r['p']} aligned={r['aligned']} cos={r['cosine']} rank={r['rank']} "
              f"down={r['pulled_down']}")
    print()
    print(f"| stage | {'/'.join(args.only or DEFAULT)} misses | CV misses |")
    print("|---|---|---|")
    a, b = Counter(r["stage"] for r in lost), Counter(p["stage"] for p in cv)
    for st in sorted(set(a) | set(b), key=lambda s: -(a[s] + b[s])):
        print(f"| {st} | {a[st]} | {b[st]} |")
    print(f"| found | {len(rows) - len(lost)} of {len(rows)} | |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
