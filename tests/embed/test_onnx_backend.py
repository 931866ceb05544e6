"""The int8 ONNX default against the sentence-transformers torch path on the same folder: the fidelity gate
(vectors, tokens, findings), the backend flowing from Config and --model PATH, and the timings in reports."""

import json

import numpy as np
import pytest

from consistency import Config, check
from consistency.cli import main
from consistency.embed import load_embedder
from consistency.embed.default_model import ensure_default_model
from consistency.embed.export import cpu_arch, int8_scheme
from consistency.embed.fidelity import MIN_MEAN_COSINE, MIN_SENTENCE_COSINE

from ..conftest import SEEDS

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(cpu_arch() is None, reason="no int8 flavour for this CPU: the default is torch")]


@pytest.fixture(scope="module")
def torch_embedder(model_cache_dir):
    return load_embedder(cache_dir=model_cache_dir, backend="torch")


@pytest.fixture(scope="module")
def onnx_embedder(model_cache_dir):
    return load_embedder(cache_dir=model_cache_dir, backend="onnx")


def benchmark_sentences() -> list[str]:
    from tests.benchmarks.speed import fidelity_sentences

    return fidelity_sentences(repo_only=True)


def test_the_default_backend_is_the_int8_graph(default_embedder):
    assert default_embedder.backend == "onnx" and default_embedder.note is None
    graph = default_embedder.graph
    assert default_embedder.variant == (f"onnx:onnx/model_qint8_{cpu_arch()}.onnx|{int8_scheme(cpu_arch())}"
                                        f"|{graph.stat().st_size}:{graph.stat().st_mtime_ns}")


def test_fidelity_gate_on_the_benchmark_sentences(torch_embedder, onnx_embedder):
    texts = benchmark_sentences()
    assert len(texts) > 400  # the seeds, their English translations and the labelled sets' sentences
    cosines = (torch_embedder.encode(texts) * onnx_embedder.encode(texts)).sum(axis=1)
    assert cosines.mean() >= MIN_MEAN_COSINE, cosines.mean()
    assert cosines.min() >= MIN_SENTENCE_COSINE, (cosines.min(), texts[int(cosines.argmin())])


def test_tokens_are_the_ones_sentence_transformers_feeds_its_model(torch_embedder, onnx_embedder):
    texts = benchmark_sentences()[:150]
    texts.append(" ".join(texts))  # far beyond 512 tokens: both truncate at the same place
    onnx_embedder.load()
    ours = [e.ids for e in onnx_embedder._tokenizer.encode_batch([onnx_embedder.effective_prompt + t for t in texts])]
    model = torch_embedder.model
    theirs = [model.tokenizer(torch_embedder.effective_prompt + t, truncation=True, max_length=model.max_seq_length)["input_ids"]
              for t in texts]
    assert ours == theirs
    assert len(ours[-1]) == model.max_seq_length == 512


def _findings(report):
    return [(c.id, f.code, f.verdict, f.message, tuple((cl.article, cl.start, cl.end) for cl in f.claims))
            for c in report.clusters for f in c.findings]


def test_seed_findings_are_identical_on_both_backends(model_cache_dir):
    torch_report = check([SEEDS], Config(cache_dir=model_cache_dir, use_cache=False, backend="torch"))
    onnx_report = check([SEEDS], Config(cache_dir=model_cache_dir, use_cache=False))
    assert (torch_report.model.backend, onnx_report.model.backend) == ("torch", "onnx")
    assert _findings(onnx_report) == _findings(torch_report)
    assert any(f[2] == "conflict" for f in _findings(onnx_report))


def test_model_path_works_with_every_backend(model_cache_dir):
    folder = str(ensure_default_model(model_cache_dir))
    vectors = {}
    for backend in ("auto", "onnx", "torch"):
        e = load_embedder(folder, backend=backend)
        vectors[backend] = e.encode(["Ukraina memperkirakan 11.000 tentara Korea Utara berada di Kursk."])
        assert e.effective_prompt == "query: "
    assert load_embedder(folder).backend == "onnx"  # a folder we built carries its fidelity record
    np.testing.assert_array_equal(vectors["auto"], vectors["onnx"])
    assert float((vectors["onnx"] * vectors["torch"]).sum()) > 0.99


def test_json_report_carries_timings_and_speed(tmp_path, capsys, model_cache_dir):
    out = tmp_path / "r.json"
    code = main(["check", str(SEEDS), "--no-config", "--no-cache", "--cache-dir", str(model_cache_dir),
                 "--format", "json", "-o", str(out), "--verbose"])
    assert code in (0, 1)
    data = json.loads(out.read_text())
    assert data["schema_version"] == 1 and data["model"]["backend"] == "onnx"
    t = data["timings"]
    for stage in ("startup", "load", "segment", "model_load", "first_batch", "embed", "align", "extract", "compare", "total"):
        assert isinstance(t[stage], float) and t[stage] >= 0, stage
    parts = sum(v for k, v in t.items() if k not in ("total", "first_batch"))
    assert parts == pytest.approx(t["total"], abs=0.05)
    s = data["speed"]
    # embedded texts: the sentences and the masked contexts of their figures and dates
    assert s["sentences"] == data["summary"]["sentences"] < s["embedded"] and s["cache_hits"] == 0
    assert s["sentences_per_second"] == pytest.approx(s["sentences"] / t["total"], rel=0.05)
    err = capsys.readouterr().err
    assert "backend onnx;" in err and "sentences/s" in err and "model load" in err


def test_a_sentence_gets_the_same_vector_in_any_corpus(onnx_embedder):
    texts = benchmark_sentences()[:120]
    together = onnx_embedder.encode(texts)
    for n in (0, 37, 119):
        alone = onnx_embedder.encode([texts[n]])
        np.testing.assert_array_equal(alone[0], together[n])
    shuffled = onnx_embedder.encode(texts[::-1])
    np.testing.assert_array_equal(shuffled[::-1], together)
