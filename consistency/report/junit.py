"""JUnit XML: a test suite per cluster, a test case per finding; failing findings are failures."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ..gate import Gate
from ..records import Report
from .common import location, rows


def report_to_junit(report: Report, gate: Gate | None = None) -> str:
    all_rows = rows(report, gate)
    # a story without findings is one passing "no findings" case, so the total counts the cases written
    # (CI dashboards check that the suites add up), not the findings
    tests = sum(max(sum(r.cluster is c for r in all_rows), 1) for c in report.clusters)
    suites = ET.Element("testsuites", name="consistency", tests=str(tests), failures=str(sum(r.failing for r in all_rows)))
    for cluster in report.clusters:
        mine = [r for r in all_rows if r.cluster is cluster]
        suite = ET.SubElement(suites, "testsuite", name=f"cluster {cluster.id}", tests=str(max(len(mine), 1)),
                              failures=str(sum(r.failing for r in mine)), errors="0", skipped="0")
        if not mine:
            ET.SubElement(suite, "testcase", classname=f"consistency.{cluster.id}", name="no findings")
        for r in mine:
            f = r.finding
            loc = location(cluster, f.claims[0])
            case = ET.SubElement(suite, "testcase", classname=f"consistency.{cluster.id}.{f.code}",
                                 name=f"{f.code} {r.fingerprint}", file=loc.path, line=str(loc.start_line))
            body = "\n".join(f"{c.article}: {c.sentence}\n  mention: {c.text}  value: {c.value.get('description', '')}"
                             f"  source: {c.attribution or '-'}" for c in f.claims)
            if r.failing:
                failure = ET.SubElement(case, "failure", message=f.message, type=f.code)
                failure.text = body
            else:
                out = ET.SubElement(case, "system-out")
                out.text = f"{f.verdict}: {f.message}\n{body}"
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
