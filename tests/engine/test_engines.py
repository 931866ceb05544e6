"""Both engines run the same stages: the Ray engine (in local mode) must give the local engine's stories and findings."""

import sys

import pytest

from consistency import Config, check
from consistency.engine import make_engine
from consistency.engine.local import LocalEngine
from consistency.errors import ConfigError
from consistency.stories import GroupParams

from ..conftest import ROOT, HashingEmbedder

STORIES = ROOT / "tests" / "data" / "stories"
# two same-day rate cuts, a submarine story and a singleton: grouping, comparing and counting all take part
SMALL = [STORIES / "bi-rate-cut-2024", STORIES / "fed-rate-cut-2024", STORIES / "titan-2023",
         STORIES / "single-starship-catch-2024"]
# the hashing embedder's cosines are not the default model's: a threshold on its own scale
HASHING = Config(use_cache=False, stories=GroupParams(threshold=0.45))


def _summary(report):
    return ([(c.id, c.label, c.grouping, tuple(a.id for a in c.articles),
              tuple((al.id, al.score, tuple((m.article, m.sentence_index) for m in al.members)) for al in c.alignments),
              c.findings) for c in report.clusters], report.unreported)


def test_make_engine_picks_by_config():
    assert isinstance(make_engine(Config()), LocalEngine)


def test_ray_engine_without_ray_gives_the_install_hint(monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)
    from consistency.engine.ray import RayEngine

    with pytest.raises(ConfigError, match=r"pip install 'consistency\[ray\]'"):
        RayEngine().run([], Config())


def test_ray_engine_in_local_mode_matches_the_local_engine():
    pytest.importorskip("ray.data", reason="the ray extra is part of the test install (make test)")
    import cloudpickle

    from consistency.engine.ray import RayEngine
    from .. import conftest

    # the test embedder travels to the Ray workers by value; the package itself is shipped as a py_module
    cloudpickle.register_pickle_by_value(conftest)
    local = check(SMALL, HASHING, embedder=HashingEmbedder(), engine=LocalEngine())
    distributed = check(SMALL, HASHING, embedder=HashingEmbedder(), engine=RayEngine())
    assert _summary(distributed) == _summary(local)
    assert len(local.clusters) >= 2 and local.unreported == ("starship-ap",)
    assert sum(len(c.findings) for c in local.clusters) > 0
    assert distributed.grouping["engine"] == "ray" and local.grouping["engine"] == "local"
    assert distributed.timings["embedded"] == local.timings["embedded"]


def _local(config=HASHING):
    return check(SMALL, config, embedder=HashingEmbedder(), engine=LocalEngine())


def test_facts_extracted_in_a_second_process_are_the_same(monkeypatch):
    from consistency.engine import local

    inline = _local()
    started = []
    monkeypatch.setattr(local, "BESIDE_MIN_SENTENCES", 0)
    monkeypatch.setattr(local, "can_fork", lambda: True)  # whatever threads earlier tests left running
    real_start = local.Facts._start
    monkeypatch.setattr(local.Facts, "_start", lambda self: (started.append(1), real_start(self)))
    beside = _local()
    assert started == [1]
    assert _summary(beside) == _summary(inline)
    assert beside.timings["embedded"] == inline.timings["embedded"]


def test_an_error_in_the_extracting_process_reaches_the_caller(monkeypatch):
    from consistency.engine import local
    from consistency.errors import InputError

    def broken(items, config):
        raise InputError("no facts today")

    monkeypatch.setattr(local, "BESIDE_MIN_SENTENCES", 0)
    monkeypatch.setattr(local, "can_fork", lambda: True)
    monkeypatch.setattr(local, "_extract", broken)
    with pytest.raises(InputError, match="no facts today"):
        _local()


def test_a_dead_extracting_process_is_replaced_by_extraction_here(monkeypatch):
    import os

    from consistency.engine import local

    parent, real = os.getpid(), local._extract

    def dies_in_the_child(items, config):
        if os.getpid() != parent:
            os._exit(3)
        return real(items, config)

    inline = _local()
    monkeypatch.setattr(local, "BESIDE_MIN_SENTENCES", 0)
    monkeypatch.setattr(local, "can_fork", lambda: True)
    monkeypatch.setattr(local, "_extract", dies_in_the_child)
    assert _summary(_local()) == _summary(inline)


def test_no_fork_from_a_process_with_threads():
    import threading

    from consistency.engine.local import can_fork

    stop = threading.Event()
    worker = threading.Thread(target=stop.wait)
    worker.start()
    try:
        assert not can_fork()
    finally:
        stop.set()
        worker.join()


def test_no_fork_once_a_model_runtime_is_loaded(monkeypatch):
    import sys
    import types

    from consistency.engine import local

    monkeypatch.setattr(local.threading, "active_count", lambda: 1)
    monkeypatch.setattr(local, "_cores", lambda: 2)
    monkeypatch.setattr(local.sys, "platform", "linux")
    for name in local.NATIVE_POOLS:
        monkeypatch.delitem(sys.modules, name, raising=False)
    assert local.can_fork()
    monkeypatch.setitem(sys.modules, "onnxruntime", types.ModuleType("onnxruntime"))
    assert not local.can_fork()


def test_ray_engine_pools_contexts_as_the_local_engine_does():
    # a backend with token states: both engines pool each figure's context from its sentence's pass, embed no
    # context text of its own, and report the same findings
    pytest.importorskip("ray.data", reason="the ray extra is part of the test install (make test)")
    import cloudpickle

    from consistency.engine.ray import RayEngine
    from .. import conftest

    cloudpickle.register_pickle_by_value(conftest)
    local = check(SMALL, HASHING, embedder=conftest.PoolingHashingEmbedder(), engine=LocalEngine())
    distributed = check(SMALL, HASHING, embedder=conftest.PoolingHashingEmbedder(), engine=RayEngine())
    masked = check(SMALL, HASHING, embedder=HashingEmbedder(), engine=LocalEngine())
    assert _summary(distributed) == _summary(local)
    assert sum(len(c.findings) for c in local.clusters) > 0
    assert distributed.timings["embedded"] == local.timings["embedded"] < masked.timings["embedded"]


def test_the_extracting_process_never_waits_for_the_embedding_to_read(monkeypatch):
    # found measuring the speed corpus: facts sent a chunk at a time filled the pipe while the sentences were
    # embedded, and the extraction stood still until they were done (7-10 s of waiting after the embedding)
    from consistency.engine import local
    from consistency.load import load_articles
    from consistency.segment import segment_article

    monkeypatch.setattr(local, "BESIDE_MIN_SENTENCES", 0)
    monkeypatch.setattr(local, "can_fork", lambda: True)
    monkeypatch.setattr(local, "_extract", lambda items, config: {k: "x" * 300_000 for k, _, _ in items})
    items = [(n, a, segment_article(a)) for n, a in enumerate(load_articles(SMALL))]
    facts = local.Facts(items, Config())
    try:
        facts.process.join(timeout=60)  # nobody has asked for a chunk yet
        assert not facts.process.is_alive()
        assert facts.result() == {n: "x" * 300_000 for n, _, _ in items}
    finally:
        facts.close()


def test_pooled_contexts_with_facts_from_a_second_process_are_the_same(monkeypatch):
    from consistency.engine import local
    from ..conftest import PoolingHashingEmbedder

    inline = check(SMALL, HASHING, embedder=PoolingHashingEmbedder(), engine=LocalEngine())
    monkeypatch.setattr(local, "BESIDE_MIN_SENTENCES", 0)
    monkeypatch.setattr(local, "can_fork", lambda: True)
    monkeypatch.setattr(local, "FACTS_CHUNK", 1)  # many chunks, each embedded as it arrives
    beside = check(SMALL, HASHING, embedder=PoolingHashingEmbedder(), engine=LocalEngine())
    assert _summary(beside) == _summary(inline)
    assert beside.timings["embedded"] == inline.timings["embedded"]
