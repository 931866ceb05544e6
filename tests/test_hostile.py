"""Hostile and careless inputs through the CLI, as a case table (tests/data/hostile.json).

Each case runs ``consistency check`` in-process on files made for it, with the fast hashing embedder in
place of the model (the model is never what a hostile input attacks). It passes when the exit code is
the expected one, standard error says what the case expects (one line for an error) and holds no
traceback, and no file changed except those the case lists; a sentinel file outside stays untouched.
"""

from __future__ import annotations

import binascii
import hashlib
import json
import os
import re
import sqlite3
import stat
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from consistency import cli
from consistency.errors import ConsistencyError

from .conftest import ROOT, HashingEmbedder

CASES = json.loads((ROOT / "tests" / "data" / "hostile.json").read_text(encoding="utf-8"))["cases"]
BASE = {
    "in/a.txt": "Banjir merendam Desa Sukamaju pada Senin pagi setelah hujan deras semalaman. Sebanyak 120 rumah "
                "terendam air setinggi satu meter, kata kepala desa. Warga mengungsi ke balai desa.\n",
    "in/b.txt": "Banjir melanda Desa Sukamaju pada Senin pagi usai hujan deras sepanjang malam. Sebanyak 150 rumah "
                "terendam air setinggi satu meter, ujar kepala desa. Para warga mengungsi ke balai desa.\n",
}
SENTINEL = "outside/sentinel.txt"


def _content(spec) -> bytes:
    if isinstance(spec, str):
        return spec.encode("utf-8", "surrogatepass")
    if "hex" in spec:
        return binascii.unhexlify(spec["hex"])
    if "utf16le" in spec:
        return spec["utf16le"].encode("utf-16-le")
    return (spec["repeat"] * spec["times"]).encode("utf-8")


def _snapshot(root: Path, skip: Path) -> dict[str, tuple]:
    """Every file and link below ``root`` (but ``skip``): content hash, mode, link target."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        if Path(dirpath) == skip or skip in Path(dirpath).parents:
            dirnames[:] = []
            continue
        for name in filenames + [d for d in dirnames if Path(dirpath, d).is_symlink()]:
            path = Path(dirpath, name)
            rel = path.relative_to(root).as_posix()
            info = os.lstat(path)
            if stat.S_ISLNK(info.st_mode):
                out[rel] = ("link", os.readlink(path))
            elif stat.S_ISREG(info.st_mode):
                out[rel] = ("file", hashlib.sha256(path.read_bytes()).hexdigest(), stat.S_IMODE(info.st_mode))
            else:
                out[rel] = ("special", stat.S_IFMT(info.st_mode))
    return out


def _make_read_only(path: Path, undo: list) -> None:
    """chmod where that binds; as root (CI) only the immutable attribute does, where the file system has it."""
    if os.geteuid() != 0:
        path.chmod(0o555 if path.is_dir() else 0o444)
        undo.append(lambda: path.chmod(0o755 if path.is_dir() else 0o644))
        return
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot make a path read-only for root here (no chattr +i)")
    undo.append(lambda: subprocess.run(["chattr", "-i", str(path)], capture_output=True))


def _keep_dev_null() -> None:
    """A regression that replaced /dev/null with a file (as root) must not break the machine for what follows."""
    if not stat.S_ISCHR(os.stat("/dev/null").st_mode) and os.geteuid() == 0:
        os.replace("/dev/null", "/tmp/dev-null-was-a-file")
        os.mknod("/dev/null", stat.S_IFCHR | 0o666, os.makedev(1, 3))
        os.chmod("/dev/null", 0o666)
        raise AssertionError("/dev/null was replaced by a regular file (restored; see /tmp/dev-null-was-a-file)")


def _cache_file(cache: Path) -> Path:
    cache.mkdir(parents=True, exist_ok=True)
    return cache / "embeddings.sqlite"


def _filled_cache(cache: Path) -> Path:
    """A real cache with vectors in it, as an earlier run leaves it."""
    from consistency.embed import CachedEmbedder, EmbeddingCache

    db = EmbeddingCache(_cache_file(cache))
    CachedEmbedder(HashingEmbedder(), db).encode([f"kalimat nomor {i} tentang banjir di desa" for i in range(400)])
    db.close()
    return cache / "embeddings.sqlite"


def _setup(step: str, tmp: Path, cache: Path, monkeypatch, undo: list, state: dict) -> None:
    name, _, arg = step.partition(":")
    if name == "no-base":
        return
    if name == "crash":
        def boom(*a, **k):
            raise RuntimeError("boom")

        monkeypatch.setattr("consistency.pipeline.align_cluster", boom)
    elif name == "cache-garbage":
        _cache_file(cache).write_bytes(b"this is not a database, just bytes " * 100)
    elif name == "cache-truncated":
        path = _filled_cache(cache)
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif name == "cache-foreign":
        db = sqlite3.connect(_cache_file(cache))
        db.execute("CREATE TABLE notes (body TEXT)")
        db.commit()
        db.close()
    elif name == "cache-old":
        db = sqlite3.connect(_cache_file(cache))
        db.execute("CREATE TABLE vectors (text TEXT PRIMARY KEY, vec BLOB)")
        db.commit()
        db.close()
    elif name == "cache-dir-in-place":
        _cache_file(cache).mkdir()
    elif name == "cache-readonly":
        path = _filled_cache(cache)
        _make_read_only(path, undo)
        _make_read_only(cache, undo)
    elif name == "plant-tmp-link":
        target = tmp / arg
        (target.parent / f".{target.name}.tmp").symlink_to(tmp / SENTINEL)
    elif name == "link":
        link, _, to = arg.partition("->")
        (tmp / link).symlink_to(tmp / to)
    elif name == "fifo":
        os.mkfifo(tmp / arg)
    elif name == "readonly":
        _make_read_only(tmp / arg, undo)
    elif name == "unreadable":
        folder = (tmp / arg).resolve()
        if os.geteuid() != 0:
            folder.chmod(0)
            undo.append(lambda: folder.chmod(0o755))
        else:  # root reads any folder: make listing it fail as it does for a user without the permission
            real = Path.iterdir

            def iterdir(self):
                if self.resolve() == folder:
                    raise PermissionError(13, "Permission denied", str(self))
                return real(self)

            monkeypatch.setattr(Path, "iterdir", iterdir)
    elif name == "big-corpus":
        para = "Banjir merendam desa pada Senin pagi dan sebanyak 120 rumah rusak berat menurut petugas setempat. "
        # each article its own text: a text given twice in a cluster is compared once
        rows = [{"id": f"a{i}", "text": f"Laporan {i}. " + (para * 9 + "\n") * 150, "language": "id"} for i in range(60)]
        (tmp / "in" / "big.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    elif name == "interrupt-embedding":  # Ctrl-C while the model embeds
        class Interrupted(HashingEmbedder):
            def encode(self, texts):
                raise KeyboardInterrupt

        monkeypatch.setattr("consistency.pipeline.load_embedder", lambda *a, **k: Interrupted())
    elif name == "stop-at-embedding":
        def stop(*a, **k):
            raise ConsistencyError("stopped by the test before embedding")

        monkeypatch.setattr("consistency.pipeline.load_embedder", stop)
        state["stops"] = True
    else:
        raise AssertionError(f"unknown setup step {step!r}")


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_hostile_input(case, tmp_path, monkeypatch, capfd):
    tmp = tmp_path
    for folder in ("in", "out", "outside"):
        (tmp / folder).mkdir()
    (tmp / SENTINEL).write_text("a file that no run may touch\n")
    cache = tmp / "cache"
    setup = case.get("setup", [])
    files = {} if "no-base" in setup else dict(BASE)
    files.update(case.get("files", {}))
    for rel, spec in files.items():
        (tmp / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp / rel).write_bytes(_content(spec))
    monkeypatch.setenv("CONSISTENCY_CACHE_DIR", str(cache))
    monkeypatch.delenv("CONSISTENCY_DEBUG", raising=False)
    monkeypatch.chdir(tmp)
    loaded = []

    def fake_loader(*args, **kwargs):
        loaded.append(True)
        return HashingEmbedder()

    monkeypatch.setattr("consistency.pipeline.load_embedder", fake_loader)
    undo: list = []
    state: dict = {}
    try:
        for step in setup:
            _setup(step, tmp, cache, monkeypatch, undo, state)
        before = _snapshot(tmp, cache)
        values = {"tmp": str(tmp), "in": str(tmp / "in"), "out": str(tmp / "out"), "outside": str(tmp / "outside")}
        # The hashing embedder's cosines are not the default model's, so story grouping (calibrated for the
        # model) would split the base articles; these cases are about input and output, so they run as one cluster.
        argv = [a.format(**values) for a in case["argv"]] + ["--group", "one"]
        if "cwd" in case:
            monkeypatch.chdir(case["cwd"].format(**values))
        code = cli.main(argv)
        out, err = capfd.readouterr()
        after = _snapshot(tmp, cache)
    finally:
        for step in reversed(undo):
            step()
        _keep_dev_null()

    assert code == case["exit"], f"exit {code}, stderr: {err!r}"
    assert "Traceback" not in err and "Traceback" not in out
    if "stderr" in case:
        assert case["stderr"] in err, err
    lines = case.get("stderr_lines", 1 if case["exit"] in (cli.EXIT_USAGE, cli.EXIT_INTERNAL) else None)
    if lines is not None:
        assert err.count("\n") == lines and err.endswith("\n"), err
    for bad in case.get("stderr_lacks", []):
        assert bad not in err
    for text in case.get("stdout_has", []):
        assert text in out
    for bad in case.get("stdout_lacks", []):
        assert bad not in out
    if case.get("model") is False:
        assert not loaded, "the model was loaded before the problem was found"

    allowed = set(case.get("changes", []))
    assert after.get(SENTINEL) == before[SENTINEL]
    changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
    assert changed <= allowed, f"unexpected changes: {sorted(changed - allowed)}"
    assert not (changed & {k for k in before if k.startswith("in/")}), "an input was changed"

    if "output" in case:
        spec = case["output"]
        data = (tmp / spec["path"]).read_bytes()
        text = data.decode("utf-8")  # strict: any lone surrogate or bad byte fails here
        if spec.get("json"):
            json.loads(text)
        if spec.get("xml"):
            ET.fromstring(data)
        for needle in spec.get("has", []):
            assert needle in text, needle
        for bad in spec.get("lacks", []):
            assert bad not in text, bad
        for raw in spec.get("unescaped", []):  # Markdown: present only with a backslash before it
            assert not re.search(r"(?<!\\)" + re.escape(raw), text), raw
    for check in case.get("check", []):
        assert check == "dev-null-is-a-device"
        assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_make_check_does_not_accept_an_internal_error(tmp_path):
    """`make check` accepts exit 1 (findings) and must fail on anything else, 3 included."""
    recipe = next(line for line in (ROOT / "Makefile").read_text().splitlines()
                  if "consistency check seeds/" in line and line.startswith("\t"))
    stub = tmp_path / "consistency"
    for code, accepted in ((0, True), (1, True), (2, False), (cli.EXIT_INTERNAL, False)):
        stub.write_text(f"#!/bin/sh\nexit {code}\n")
        stub.chmod(0o755)
        command = recipe.strip().split("#")[0].replace("$(BIN)/consistency", str(stub)).replace("$$", "$")
        done = subprocess.run(["sh", "-c", command], capture_output=True)
        assert (done.returncode == 0) == accepted, (code, command)


def test_internal_error_in_a_real_process(tmp_path):
    """Through a real interpreter too: exit 3, one line, no traceback (CONSISTENCY_DEBUG=1 shows it)."""
    import sys

    (tmp_path / "a.txt").write_text(BASE["in/a.txt"])
    (tmp_path / "b.txt").write_text(BASE["in/b.txt"])
    code = ("import sys; import consistency.pipeline as p; "
            "p.load_embedder = lambda *a, **k: (_ for _ in ()).throw(ZeroDivisionError('x')); "
            "from consistency.cli import main; sys.exit(main(sys.argv[1:]))")
    env = {**os.environ, "CONSISTENCY_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("CONSISTENCY_DEBUG", None)
    done = subprocess.run([sys.executable, "-c", code, "check", str(tmp_path)], capture_output=True, text=True,
                          cwd=ROOT, env=env)
    assert done.returncode == 3 and done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    debug = subprocess.run([sys.executable, "-c", code, "check", str(tmp_path)], capture_output=True, text=True,
                           cwd=ROOT, env={**env, "CONSISTENCY_DEBUG": "1"})
    assert debug.returncode == 3 and "Traceback" in debug.stderr
