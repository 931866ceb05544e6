"""CI mode end to end with the real model: --fail-on, severities, formats never change the exit code, baselines."""

import json
import shutil

import pytest

from consistency.cli import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, main

from .conftest import ROOT

CORPUS = ROOT / "tests" / "data" / "corpus"
EXTRA = ROOT / "tests" / "data" / "corpus_extra.txt"


@pytest.fixture
def corpus(tmp_path):
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


def run(capsys, model_cache_dir, *args):
    code = main(["check", *map(str, args), "--cache-dir", str(model_cache_dir), "--no-config"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.slow
@pytest.mark.parametrize("fail_on, expected", [("conflict", EXIT_FINDINGS), ("compatible", EXIT_FINDINGS), ("never", EXIT_OK)])
@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit", "github", "markdown", "html"])
def test_fail_on_and_formats(capsys, model_cache_dir, corpus, fail_on, expected, fmt):
    code, out, _ = run(capsys, model_cache_dir, corpus, "--fail-on", fail_on, "--format", fmt)
    assert code == expected
    assert out


@pytest.mark.slow
def test_compatible_fails_only_with_fail_on_compatible(capsys, model_cache_dir, tmp_path):
    (tmp_path / "a.txt").write_text("Ukraina memperkirakan 11.000 tentara Korea Utara berada di wilayah Kursk, Rusia.\n")
    (tmp_path / "b.txt").write_text("Korea Utara telah mengirim lebih dari 10.000 tentara ke wilayah Kursk, Rusia.\n")
    assert run(capsys, model_cache_dir, tmp_path, "--fail-on", "conflict")[0] == EXIT_OK
    assert run(capsys, model_cache_dir, tmp_path, "--fail-on", "compatible")[0] == EXIT_FINDINGS
    assert run(capsys, model_cache_dir, tmp_path, "--fail-on", "compatible", "--severity", "number.compatible=note")[0] == EXIT_OK


@pytest.mark.slow
def test_severities_regrade_and_disable(capsys, model_cache_dir, corpus):
    code, out, _ = run(capsys, model_cache_dir, corpus, "--format", "json",
                       "--severity", "date.weekday=note", "--severity", "number.mismatch=off")
    assert code == EXIT_OK
    data = json.loads(out)
    codes = {f["code"]: f for c in data["clusters"] for f in c["findings"]}
    assert "number.mismatch" not in codes and codes["date.weekday"]["severity"] == "note"


@pytest.mark.slow
def test_baseline_cycle(capsys, model_cache_dir, corpus, tmp_path):
    baseline = tmp_path / "baseline.json"
    code, _, err = run(capsys, model_cache_dir, corpus, "--write-baseline", baseline, "--format", "json")
    assert code == EXIT_OK and "recorded" in err
    recorded = json.loads(baseline.read_text())["findings"]
    assert recorded and all(len(e["fingerprint"]) == 24 for e in recorded)

    # unchanged corpus: clean
    code, out, _ = run(capsys, model_cache_dir, corpus, "--baseline", baseline, "--format", "json")
    data = json.loads(out)
    assert code == EXIT_OK and data["gate"]["baseline"]["accepted"] == len(recorded)
    assert data["gate"]["baseline"]["disappeared"] == []

    # fingerprints come from content: moving a sentence to another line keeps them
    tempo = corpus / "tempo.txt"
    tempo.write_text("\n\n" + tempo.read_text(encoding="utf-8"), encoding="utf-8")
    assert run(capsys, model_cache_dir, corpus, "--baseline", baseline)[0] == EXIT_OK

    # a new article with a conflicting figure fails, and only its findings are new
    shutil.copy(EXTRA, corpus / "antara.txt")
    code, out, _ = run(capsys, model_cache_dir, corpus, "--baseline", baseline, "--format", "json")
    data = json.loads(out)
    assert code == EXIT_FINDINGS
    failing = [f for c in data["clusters"] for f in c["findings"] if f["failing"]]
    assert failing and all(f["baseline"] == "new" for f in failing)
    assert all(any(cl["article"] == "antara" for cl in f["claims"]) for f in failing)

    # a correction makes the finding disappear, and the run says so (Tempo's 8.000 comes from South Korean
    # intelligence and Kompas's 11.000 from Ukraine: two sources' estimates, number.sources)
    (corpus / "antara.txt").unlink()
    tempo.write_text(tempo.read_text(encoding="utf-8").replace("sekitar 8.000", "sekitar 11.000"), encoding="utf-8")
    code, out, _ = run(capsys, model_cache_dir, corpus, "--baseline", baseline, "--format", "json")
    gone = json.loads(out)["gate"]["baseline"]["disappeared"]
    assert "number.sources" in {e["code"] for e in gone}


@pytest.mark.slow
def test_report_files_are_written_and_never_clobber_a_users_file(capsys, model_cache_dir, corpus, tmp_path):
    reports = tmp_path / "reports"
    code, _, err = run(capsys, model_cache_dir, corpus, "--report", "--report-dir", reports, "--format", "json")
    assert code == EXIT_FINDINGS and "wrote" in err
    assert {p.name for p in reports.iterdir()} == {"report.html", "report.md", "report.txt"}
    # our own files are refreshed on the next run
    assert run(capsys, model_cache_dir, corpus, "--report", "--report-dir", reports, "--format", "json")[0] == EXIT_FINDINGS
    # a user's file is not overwritten without --force
    (reports / "report.md").write_text("my notes\n")
    code, _, err = run(capsys, model_cache_dir, corpus, "--report", "--report-dir", reports)
    assert code == EXIT_USAGE and "pass --force" in err
    assert (reports / "report.md").read_text() == "my notes\n"
    assert run(capsys, model_cache_dir, corpus, "--report", "--report-dir", reports, "--force", "--format", "json")[0] == EXIT_FINDINGS


@pytest.mark.slow
def test_min_identity_reaches_the_gate(capsys, model_cache_dir, corpus):
    def failing(*flags):
        code, out, _ = run(capsys, model_cache_dir, corpus, "--format", "json", "--fail-on", "compatible", *flags)
        data = json.loads(out)
        return code, data["gate"], [f for c in data["clusters"] for f in c["findings"] if f["failing"]]

    code, gate, every = failing()
    assert code == EXIT_FINDINGS and gate["min_identity"] == 0.0
    code, gate, sure = failing("--min-identity", "0.95")
    assert gate["min_identity"] == 0.95 and code == EXIT_FINDINGS  # the weekday mismatch has no score: it still fails
    assert len(sure) < len(every)
    assert all(f.get("identity", 1.0) >= 0.95 for f in sure)
