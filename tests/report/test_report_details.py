"""Details of the rendered reports that QA found on real runs: counts in the right number, charts whose axis
says what it measures, article URLs as links, JUnit that parses whatever a value holds, SARIF that closes the
accepted findings a run no longer makes."""

import json
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest

from consistency.gate import compare_baseline, evaluate, write_baseline
from consistency.report import render

from ..conftest import ROOT
from ..golden import corpus_report

SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-2.1.0-required.schema.json").read_text())


@pytest.fixture(scope="module")
def report():
    import os

    here = os.getcwd()
    os.chdir(ROOT)
    try:
        return corpus_report()
    finally:
        os.chdir(here)


def _with_findings(report, findings):
    c = report.clusters[0]
    return replace(report, clusters=(replace(c, findings=tuple(findings)),))


@pytest.mark.parametrize("fmt, one, many", [
    ("text", ["1 boilerplate line dropped", "1 conflict,", "FAIL: 1 failing finding "],
     ["2 conflicts,", "FAIL: 2 failing findings "]),
    ("markdown", ["1 boilerplate line dropped", "· 1 conflict ·", "FAIL: 1 failing finding "],
     ["· 2 conflicts ·", "FAIL: 2 failing findings "]),
    ("html", ["1 boilerplate line dropped", ">1 conflict<", "FAIL</span>: 1 failing finding "],
     [">2 conflicts<", "FAIL</span>: 2 failing findings "]),
])
def test_counts_are_singular_or_plural(report, fmt, one, many):
    out = render(fmt, report, evaluate(report, "conflict"))
    for phrase in one:
        assert phrase in out, phrase
    assert "(s)" not in out and "1 boilerplate lines" not in out and "1 conflicts" not in out
    conflict = next(f for f in report.clusters[0].findings if f.verdict == "conflict")
    other = replace(conflict, claims=tuple(replace(c, text=c.text + " ") for c in conflict.claims))
    two = _with_findings(report, [conflict, other])
    out = render(fmt, two, evaluate(two, "conflict"))
    for phrase in many:
        assert phrase in out, phrase


def test_the_interval_chart_axis_says_what_it_measures(report):
    html = render("html", report)
    figures = html.split("<h3>Compared quantities</h3>")[1].split("</h3>")[0]
    assert 'class="axis-label"' in figures and "tentara / soldier (count)" in figures


@pytest.mark.parametrize("url, linked", [
    ("https://kabar.example/berita/gempa-palu", "https://kabar.example/berita/gempa-palu"),
    ("https://news.example/a (b)<c>", "https://news.example/a%20%28b%29%3Cc%3E"),
    ("javascript:alert(1)", None),
    ("data:text/html,<b>x</b>", None),
], ids=["id-plain", "en-brackets-and-spaces", "javascript", "data"])
def test_article_urls_are_linked_in_html_and_markdown(report, url, linked):
    c = report.clusters[0]
    arts = tuple(replace(a, url=url) if a.id == "kompas" else a for a in c.articles)
    r = replace(report, clusters=(replace(c, articles=arts),))
    html, md = render("html", r), render("markdown", r)
    if linked is None:
        assert "href=\"javascript" not in html and "](javascript" not in md and "href=\"data" not in html
        assert "| kompas |" in md
    else:
        assert f'<a href="{linked}" rel="noopener noreferrer">kompas</a>' in html
        assert f"| [kompas]({linked}) |" in md


@pytest.mark.parametrize("change", [
    lambda f: replace(f, message=""),
    lambda f: replace(f, claims=tuple(replace(c, value={}) for c in f.claims)),
    lambda f: replace(f, claims=tuple(replace(c, value={"description": ""}, attribution="") for c in f.claims)),
    lambda f: replace(f, claims=tuple(replace(c, text="", sentence="") for c in f.claims)),
], ids=["empty-message", "empty-value", "empty-description", "empty-text"])
def test_junit_with_an_empty_value_is_well_formed(report, change):
    findings = [change(f) for f in report.clusters[0].findings]
    r = _with_findings(report, findings)
    suites = ET.fromstring(render("junit", r, evaluate(r, "conflict")).encode("utf-8"))
    assert len(suites.findall(".//testcase")) == len(findings) == int(suites.get("tests"))
    empty = _with_findings(report, [])
    assert len(ET.fromstring(render("junit", empty, evaluate(empty, "conflict")).encode()).findall(".//testcase")) == 1


def test_sarif_carries_the_absent_results_the_json_lists(report, tmp_path):
    import jsonschema

    baseline = tmp_path / "baseline.json"
    write_baseline(report, baseline)
    data = json.loads(baseline.read_text())
    gone = {"fingerprint": "0" * 24, "code": "number.mismatch", "verdict": "conflict", "cluster": "default",
            "articles": ["kompas", "tempo"], "message": "a figure fixed since"}
    data["findings"].append(gone)
    data["findings"].append({"fingerprint": "1" * 24})  # a hand-edited entry with nothing else
    baseline.write_text(json.dumps(data))
    gate = evaluate(report, "conflict", compare_baseline(report, baseline))
    listed = json.loads(render("json", report, gate))["gate"]["baseline"]["disappeared"]
    sarif = json.loads(render("sarif", report, gate))
    jsonschema.validate(sarif, SCHEMA)
    absent = [r for r in sarif["runs"][0]["results"] if r.get("baselineState") == "absent"]
    assert [r["partialFingerprints"]["consistencyFinding/v1"] for r in absent] == [e["fingerprint"] for e in listed]
    assert absent[0]["ruleId"] == "number.mismatch" and absent[0]["message"]["text"] == "a figure fixed since"
    rules = sarif["runs"][0]["tool"]["driver"]["rules"]
    assert rules[absent[0]["ruleIndex"]]["id"] == "number.mismatch" and "ruleIndex" not in absent[1]
    assert all(r["baselineState"] == "unchanged" for r in sarif["runs"][0]["results"] if r not in absent)


@pytest.mark.parametrize("min_identity, failing", [(0.0, 2), (0.6, 2), (0.61, 1), (0.9, 1)])
def test_min_identity_spares_figures_below_it_but_not_findings_without_a_score(report, min_identity, failing):
    weekday = next(f for c in report.clusters for f in c.findings if f.code == "date.weekday")
    figure = next(f for c in report.clusters for f in c.findings if f.code == "number.compatible")
    conflict = replace(figure, code="number.mismatch", verdict="conflict", severity="error", identity=0.6)
    two = _with_findings(report, [weekday, conflict])
    gate = evaluate(two, "conflict", min_identity=min_identity)
    assert len(gate.failing) == failing
    assert weekday.identity is None and any(f is weekday for _, f in gate.failing)  # no score: judged by verdict
    data = json.loads(render("json", two, gate))
    assert data["gate"]["min_identity"] == min_identity
    assert sum(f["failing"] for c in data["clusters"] for f in c["findings"]) == failing
    shown = render("text", two, gate)
    assert ("--min-identity" in shown) == bool(min_identity)
