"""Which backend a run uses, decided from files alone (nothing heavy imported), and why when it falls back."""

import json

import pytest

from consistency.embed import CachedEmbedder, choose_backend
from consistency.embed import export
from consistency.errors import ConfigError, ModelError


@pytest.fixture
def arch(monkeypatch):
    monkeypatch.setattr(export, "cpu_arch", lambda: "avx2")
    return "avx2"


def graph_with_record(folder, arch, **record):
    graph = export.int8_file(folder, arch)
    graph.parent.mkdir(parents=True, exist_ok=True)
    graph.write_bytes(b"onnx")
    export.record_file(graph).write_text(json.dumps({"file": f"onnx/{graph.name}", **record}))
    return graph


def test_auto_takes_the_int8_graph_that_passed(tmp_path, arch):
    graph = graph_with_record(tmp_path, arch, passed=True, mean_cosine=0.997)
    assert choose_backend("auto", tmp_path, ours=True) == ("onnx", graph, None)


def test_auto_falls_back_to_torch_and_says_why_when_int8_failed(tmp_path, arch):
    graph_with_record(tmp_path, arch, passed=False, reason="the int8 graph failed the fidelity check (mean cosine 0.97)")
    backend, graph, note = choose_backend("auto", tmp_path, ours=True)
    assert (backend, graph) == ("torch", None)
    assert "slower" in note and "fidelity check (mean cosine 0.97)" in note


def test_auto_without_onnxruntime_falls_back_and_says_so(tmp_path, arch, monkeypatch):
    graph_with_record(tmp_path, arch, passed=True)
    monkeypatch.setattr("consistency.embed._installed", lambda module: False)
    backend, _, note = choose_backend("auto", tmp_path, ours=True)
    assert backend == "torch" and "onnxruntime is not installed" in note


def test_auto_on_our_folder_without_this_cpus_graph(tmp_path, arch):
    graph_with_record(tmp_path, "avx512_vnni", passed=True)  # built on another machine
    backend, _, note = choose_backend("auto", tmp_path, ours=True)
    assert backend == "torch" and "no int8 graph for this CPU (avx2)" in note


def test_auto_on_a_foreign_folder_or_hub_name_is_torch_without_a_note(tmp_path, arch):
    assert choose_backend("auto", tmp_path, ours=False) == ("torch", None, None)
    assert choose_backend("auto", None) == ("torch", None, None)


def test_explicit_onnx_takes_any_graph_there_is(tmp_path, arch):
    plain = export.fp32_file(tmp_path)
    plain.parent.mkdir()
    plain.write_bytes(b"onnx")
    assert choose_backend("onnx", tmp_path) == ("onnx", plain, None)
    mine = graph_with_record(tmp_path, arch, passed=True)
    assert choose_backend("onnx", tmp_path)[1] == mine


@pytest.mark.parametrize("backend, folder, match", [
    ("onnx", None, "needs a model folder"),
    ("openvino", None, "needs a model folder"),
    ("onnx", "empty", "has no ONNX graph"),
])
def test_explicit_backend_that_cannot_run_is_one_clear_error(tmp_path, arch, backend, folder, match):
    with pytest.raises(ModelError, match=match):
        choose_backend(backend, tmp_path if folder else None)


def test_openvino_missing_is_an_install_hint(tmp_path, arch, monkeypatch):
    monkeypatch.setattr("consistency.embed._installed", lambda module: module != "openvino")
    with pytest.raises(ModelError, match=r"pip install 'consistency\[openvino\]'"):
        choose_backend("openvino", tmp_path)


def test_openvino_on_a_foreign_folder_needs_its_plain_graph(tmp_path, arch, monkeypatch):
    monkeypatch.setattr("consistency.embed._installed", lambda module: True)
    with pytest.raises(ModelError, match="no plain ONNX graph"):
        choose_backend("openvino", tmp_path, ours=False)


def test_unknown_backend(tmp_path):
    with pytest.raises(ConfigError, match="auto, torch, onnx, openvino"):
        choose_backend("cuda", tmp_path)


@pytest.mark.parametrize("machine, flags, expected", [
    ("x86_64", "fpu avx2 avx512f avx512bw avx512_vnni", "avx512_vnni"),
    ("x86_64", "fpu avx2 avx512f avx512bw", "avx512"),
    ("x86_64", "fpu sse4_2 avx2", "avx2"),
    ("aarch64", "", "arm64"),
    ("riscv64", "", None),
])
def test_cpu_flavour(monkeypatch, tmp_path, machine, flags, expected):
    monkeypatch.delenv(export.INT8_ENV, raising=False)
    cpuinfo = tmp_path / "cpuinfo"
    cpuinfo.write_text(f"processor\t: 0\nflags\t\t: {flags}\n")
    real_open = open
    monkeypatch.setattr(export.platform, "machine", lambda: machine)
    monkeypatch.setattr("builtins.open", lambda p, *a, **k: real_open(cpuinfo if p == "/proc/cpuinfo" else p, *a, **k))
    assert export.cpu_arch() == expected


@pytest.mark.parametrize("flags, wanted, expected", [
    ("fpu avx2 avx512f avx512bw avx512_vnni", "avx2", "avx2"),  # a VNNI runner pinned to the avx2 graph
    ("fpu avx2 avx512f avx512bw avx512_vnni", "AVX512", "avx512"),
    ("fpu avx2 avx512f avx512bw avx512_vnni", "auto", "avx512_vnni"),
    ("fpu sse4_2 avx2", "avx2", "avx2"),
    ("fpu sse4_2 avx2", "avx512_vnni", ConfigError),  # an avx2 CPU cannot run VNNI instructions
    ("fpu sse4_2 avx2", "sse", ConfigError),
])
def test_pinned_int8_flavour(monkeypatch, tmp_path, flags, wanted, expected):
    cpuinfo = tmp_path / "cpuinfo"
    cpuinfo.write_text(f"processor\t: 0\nflags\t\t: {flags}\n")
    real_open = open
    monkeypatch.setattr(export.platform, "machine", lambda: "x86_64")
    monkeypatch.setattr("builtins.open", lambda p, *a, **k: real_open(cpuinfo if p == "/proc/cpuinfo" else p, *a, **k))
    monkeypatch.setenv(export.INT8_ENV, wanted)
    if expected is ConfigError:
        with pytest.raises(ConfigError, match=export.INT8_ENV):
            export.cpu_arch()
    else:
        assert export.cpu_arch() == expected


def test_cache_key_keeps_backends_apart(hashing_embedder):
    class Int8(type(hashing_embedder)):
        variant = "onnx:onnx/model_qint8_avx2.onnx"

    class Fp32(type(hashing_embedder)):
        variant = "torch:fp32"

    assert CachedEmbedder(Int8(), None).key != CachedEmbedder(Fp32(), None).key
    assert CachedEmbedder(hashing_embedder, None).key == "hashing-test||"  # embedders without a variant keep their key


def test_cache_key_changes_when_the_graph_is_rebuilt_another_way(tmp_path, arch):
    """A ``--model`` folder's int8 graph rebuilt under a new scheme keeps its file name; its vectors differ,
    so the embedding cache must not serve the old graph's vectors for it."""
    from consistency.embed.runtime import OnnxRuntimeEmbedder

    graph = graph_with_record(tmp_path, arch, passed=True, scheme="fused, dynamic int8 per channel, old (1)")
    before = OnnxRuntimeEmbedder(tmp_path, graph, display_name="m").variant
    graph_with_record(tmp_path, arch, passed=True, scheme=export.int8_scheme(arch))
    after = OnnxRuntimeEmbedder(tmp_path, graph, display_name="m").variant
    assert before != after and export.int8_scheme(arch) in after
    export.record_file(graph).unlink()  # no record (a graph someone put there): the file alone
    st = graph.stat()
    assert OnnxRuntimeEmbedder(tmp_path, graph, display_name="m").variant == \
        f"onnx:onnx/{graph.name}|{st.st_size}:{st.st_mtime_ns}"
