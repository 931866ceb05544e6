"""CLI behaviour that needs no model: usage errors, bad input, exit codes."""

import pytest

from consistency.cli import EXIT_USAGE, main

from .conftest import SEEDS


@pytest.mark.parametrize(
    "argv, message",
    [
        (["check", "does/not/exist.txt"], "does/not/exist.txt: no such file or directory"),
        (["check", str(SEEDS / "000_0108c47306e405e2.txt")], "nothing to compare"),
        (["check", str(SEEDS), "--format", "yaml"], "invalid choice: 'yaml'"),
        (["check", str(SEEDS), "--top-k", "0"], "top_k' must be at least 1"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
    ],
    ids=["missing-path", "single-article", "unknown-format", "bad-top-k", "unknown-command"],
)
def test_usage_and_input_errors_exit_2_with_one_line(capsys, argv, message):
    assert main(argv) == EXIT_USAGE
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_output_must_not_be_an_input(capsys, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Satu kalimat di sini.")
    assert main(["check", str(f), str(tmp_path / "b.txt"), "--output", str(f), "--force"]) == EXIT_USAGE
    assert "is one of the inputs" in capsys.readouterr().err
    assert f.read_text() == "Satu kalimat di sini."


def test_empty_file_is_reported(capsys, tmp_path):
    (tmp_path / "a.txt").write_text("")
    (tmp_path / "b.txt").write_text("Isi.")
    assert main(["check", str(tmp_path)]) == EXIT_USAGE
    assert "a.txt: file is empty" in capsys.readouterr().err


def test_python_dash_m_entry_point():
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "consistency", "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.startswith("consistency ")


def test_no_progress_bar_in_ci_or_pipes(monkeypatch):
    from consistency import cli

    monkeypatch.setattr("sys.stderr.isatty", lambda: True, raising=False)
    monkeypatch.setenv("CI", "true")
    assert cli._progress() == (None, None)
    monkeypatch.delenv("CI")
    monkeypatch.setattr("sys.stderr.isatty", lambda: False, raising=False)
    assert cli._progress() == (None, None)


def test_progress_bar_on_a_terminal_only_for_long_runs(monkeypatch):
    from consistency import cli

    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setattr("sys.stderr.isatty", lambda: True, raising=False)
    bar, update = cli._progress()
    assert bar is not None
    update(10, cli.PROGRESS_MIN_SENTENCES - 1)  # short run: nothing starts
    assert not bar.tasks
    update(10, cli.PROGRESS_MIN_SENTENCES)
    assert bar.tasks[0].completed == 10
    bar.stop()
