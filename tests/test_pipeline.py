"""The pipeline on the fast hashing embedder: clusters, warnings and the cache, without the real model."""

import json

import pytest

from consistency import Config, InputError, check


def test_single_article_clusters_warn_and_are_skipped(tmp_path, hashing_embedder):
    rows = [
        {"id": "a", "cluster": "c1", "text": "Gempa mengguncang kota pada pagi hari. Warga berlarian keluar rumah."},
        {"id": "b", "cluster": "c1", "text": "Gempa mengguncang kota pagi ini. Warga panik berlarian keluar."},
        {"id": "c", "cluster": "lonely", "text": "Harga beras naik minggu ini."},
    ]
    (tmp_path / "n.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    report = check([tmp_path / "n.jsonl"], Config(cache_dir=tmp_path), embedder=hashing_embedder)
    assert [c.id for c in report.clusters] == ["c1"]
    assert any("'lonely' has one article" in w for w in report.warnings)


def test_no_cluster_with_two_articles_is_an_input_error(tmp_path, hashing_embedder):
    (tmp_path / "n.jsonl").write_text('{"id": "a", "cluster": "x", "text": "Satu."}\n{"id": "b", "cluster": "y", "text": "Dua."}\n')
    with pytest.raises(InputError, match="nothing to compare"):
        check([tmp_path / "n.jsonl"], Config(cache_dir=tmp_path), embedder=hashing_embedder)


def test_rerun_hits_the_cache(tmp_path, hashing_embedder):
    (tmp_path / "a.txt").write_text("Gempa mengguncang kota pada pagi hari. Warga berlarian.")
    (tmp_path / "b.txt").write_text("Gempa mengguncang kota pagi ini. Warga panik.")
    first = check([tmp_path / "a.txt", tmp_path / "b.txt"], Config(cache_dir=tmp_path, group="one"), embedder=hashing_embedder)
    second = check([tmp_path / "a.txt", tmp_path / "b.txt"], Config(cache_dir=tmp_path, group="one"), embedder=hashing_embedder)
    assert first.timings["embedded"] == 4 and second.timings["embedded"] == 0 and second.timings["cache_hits"] == 4
