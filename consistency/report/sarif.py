"""SARIF 2.1.0: each finding a result located by line and column in its article file."""

from __future__ import annotations

import json

from .. import __version__
from ..compare.checks import CHECKS
from ..gate import Gate
from ..records import Report
from .common import location, rows

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "note": "note"}


def _region(loc, snippet: str) -> dict:
    return {"startLine": loc.start_line, "startColumn": loc.start_column, "endLine": loc.end_line,
            "endColumn": loc.end_column, "snippet": {"text": snippet}}


def report_to_sarif(report: Report, gate: Gate | None = None) -> str:
    codes = sorted(CHECKS)
    rules = [
        {"id": code, "name": "".join(p.capitalize() for p in code.replace(".", "_").split("_")),
         "shortDescription": {"text": CHECKS[code].summary},
         "fullDescription": {"text": f"{CHECKS[code].summary} Reported: {CHECKS[code].conflicting} "
                                     f"Not a problem: {CHECKS[code].consistent}"},
         "defaultConfiguration": {"level": _LEVEL[CHECKS[code].severity]},
         "properties": {"kind": CHECKS[code].kind, "verdict": CHECKS[code].verdict}}
        for code in codes
    ]
    results = []
    for row in rows(report, gate):
        f = row.finding
        locs = [location(row.cluster, c) for c in f.claims]
        result = {
            "ruleId": f.code,
            "ruleIndex": codes.index(f.code),
            "level": _LEVEL.get(f.severity, "note"),
            "message": {"text": f.message},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": locs[0].uri},
                                                "region": _region(locs[0], f.claims[0].text)}}],
            "partialFingerprints": {"consistencyFinding/v1": row.fingerprint},
            "properties": {"verdict": f.verdict, "kind": f.kind, "cluster": row.cluster.id,
                           "alignment": f.alignment, "failing": row.failing},
        }
        if len(locs) > 1:
            result["relatedLocations"] = [
                {"id": n, "physicalLocation": {"artifactLocation": {"uri": loc.uri}, "region": _region(loc, c.text)},
                 "message": {"text": f"{c.article}: {c.text}"}}
                for n, (loc, c) in enumerate(zip(locs[1:], f.claims[1:]), start=1)
            ]
        if row.baseline:
            result["baselineState"] = "unchanged" if row.baseline == "accepted" else "new"
        results.append(result)
    # accepted findings the run no longer makes: SARIF's "absent" results, as the JSON lists them under
    # gate.baseline.disappeared, so a code-scanning view can close them
    if gate is not None and gate.baseline is not None:
        for entry in gate.baseline.disappeared:
            code = entry.get("code") if isinstance(entry.get("code"), str) else None
            absent = {"ruleId": code or "consistency.unknown", "kind": "informational", "level": "none",
                      "message": {"text": str(entry.get("message") or "accepted finding no longer found")},
                      "partialFingerprints": {"consistencyFinding/v1": str(entry.get("fingerprint"))},
                      "baselineState": "absent",
                      "properties": {k: entry[k] for k in ("verdict", "cluster", "articles") if k in entry}}
            if code in CHECKS:
                absent["ruleIndex"] = codes.index(code)
            results.append(absent)
    sarif = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "consistency", "version": __version__, "semanticVersion": __version__,
                                "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"
