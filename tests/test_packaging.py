"""The wheel carries what the installed tool reads at run time: the lexicons, the same-fact scorer's
coefficients and every other data file under consistency/, and tomli where tomllib is missing."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _source_files() -> list[str]:
    """The package's files as the repository tracks them; every file under consistency/ when there is no git
    checkout (an unpacked archive), leaving out caches."""
    listed = subprocess.run(["git", "ls-files", "consistency"], cwd=ROOT, capture_output=True, text=True)
    if listed.returncode == 0 and listed.stdout.strip():
        return listed.stdout.split()
    return [str(p.relative_to(ROOT)) for p in (ROOT / "consistency").rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and not p.name.endswith(".pyc")]


def _data_files() -> set[str]:
    return {p for p in _source_files() if not p.endswith(".py")}


def test_the_wheel_ships_every_data_file(tmp_path):
    pytest.importorskip("setuptools")
    expected = _data_files()
    assert {"consistency/compare/data/identity.json", "consistency/extract/data/predicates.json"} <= expected
    # a copy, so the build's own build/ and egg-info folders never land in the worktree
    source = tmp_path / "src"
    for name in [*_source_files(), "pyproject.toml", "README.md"]:
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_bytes((ROOT / name).read_bytes())
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation",
                            "-q", "-w", str(tmp_path / "whl")], capture_output=True, text=True)
    assert built.returncode == 0, built.stderr[-2000:]
    wheel = next((tmp_path / "whl").glob("consistency-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert expected <= names, sorted(expected - names)


def test_tomli_is_required_where_tomllib_is_missing():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert any(dep.replace(" ", "").startswith("tomli") and "python_version<'3.11'" in dep.replace(" ", "").replace('"', "'")
               for dep in project["dependencies"])
