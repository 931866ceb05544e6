"""Every format against its golden file, plus structural checks of SARIF, JUnit and annotations."""

import json
import xml.etree.ElementTree as ET

import pytest

from ..conftest import ROOT
from ..golden import FILES, GOLDEN, render_all

SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-2.1.0-required.schema.json").read_text())


@pytest.fixture(scope="module")
def rendered():
    import os

    here = os.getcwd()
    os.chdir(ROOT)  # paths in reports are relative to where the user runs the tool
    try:
        return render_all()
    finally:
        os.chdir(here)


@pytest.mark.parametrize("fmt", sorted(FILES))
def test_format_matches_golden(rendered, fmt):
    golden = (GOLDEN / FILES[fmt]).read_text(encoding="utf-8")
    assert rendered[fmt] == golden, f"{FILES[fmt]} changed; if intended, run python -m tests.golden.regenerate"


def test_sarif_has_the_required_structure_and_real_locations(rendered):
    import jsonschema

    sarif = json.loads(rendered["sarif"])
    jsonschema.validate(sarif, SCHEMA)
    run = sarif["runs"][0]
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    texts = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "tests" / "data" / "corpus").iterdir()}
    assert run["results"]
    for result in run["results"]:
        assert rule_ids[result["ruleIndex"]] == result["ruleId"]
        for loc in [*result["locations"], *result.get("relatedLocations", [])]:
            phys = loc["physicalLocation"]
            region = phys["region"]
            lines = texts[phys["artifactLocation"]["uri"].split("/")[-1]].splitlines()
            line = lines[region["startLine"] - 1]
            # the region points at the mention in the file, front matter included
            assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == region["snippet"]["text"]


def test_junit_parses_back(rendered):
    root = ET.fromstring(rendered["junit"])
    data = json.loads(rendered["json"])
    findings = [f for c in data["clusters"] for f in c["findings"]]
    assert int(root.get("tests")) == len(findings)
    assert int(root.get("failures")) == sum(f["failing"] for f in findings) == data["gate"]["failing"]
    failures = root.findall(".//testcase/failure")
    assert {f.get("type") for f in failures} == {f["code"] for f in findings if f["failing"]}


def test_github_annotations_one_per_finding(rendered):
    lines = rendered["github"].splitlines()
    data = json.loads(rendered["json"])
    findings = [f for c in data["clusters"] for f in c["findings"]]
    assert len(lines) == len(findings)
    errors = [ln for ln in lines if ln.startswith("::error ")]
    assert len(errors) == data["gate"]["failing"]
    for ln in lines:
        assert ln.split(" ", 1)[0] in ("::error", "::warning", "::notice")
        assert "file=tests/data/corpus/" in ln and ",line=" in ln and "::" in ln[2:]


def test_html_is_self_contained(rendered):
    html = rendered["html"]
    for forbidden in ("<script", "<link", "src=\"http", "url(http", "@import"):
        assert forbidden not in html
    assert html.count("<svg") >= 1 and "class=\"matrix\"" in html
