import numpy as np

from consistency.embed import CachedEmbedder, EmbeddingCache


def test_second_run_embeds_nothing(tmp_path, hashing_embedder):
    texts = ["satu kalimat", "dua kalimat", "satu kalimat"]
    first = CachedEmbedder(hashing_embedder, EmbeddingCache(tmp_path / "e.sqlite"))
    a = first.encode(texts)
    assert hashing_embedder.texts == 3 and first.misses == 3
    again = CachedEmbedder(hashing_embedder, EmbeddingCache(tmp_path / "e.sqlite"))
    b = again.encode(texts)
    np.testing.assert_array_equal(a, b)
    assert hashing_embedder.texts == 3 and again.hits == 3 and again.misses == 0


def test_only_new_texts_are_embedded(tmp_path, hashing_embedder):
    cache = EmbeddingCache(tmp_path / "e.sqlite")
    CachedEmbedder(hashing_embedder, cache).encode(["a b c", "d e f"])
    second = CachedEmbedder(hashing_embedder, cache)
    second.encode(["a b c", "g h i"])
    assert (second.hits, second.misses) == (1, 1)


def test_cache_is_keyed_by_model(tmp_path, hashing_embedder):
    cache = EmbeddingCache(tmp_path / "e.sqlite")
    CachedEmbedder(hashing_embedder, cache).encode(["a b c"])

    class Other(type(hashing_embedder)):
        display_name = "other-model"

    other = CachedEmbedder(Other(), cache)
    other.encode(["a b c"])
    assert other.misses == 1
