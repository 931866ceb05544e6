import sqlite3

import numpy as np
import pytest

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


def _filled(path, embedder, texts=("satu kalimat", "dua kalimat")):
    cache = EmbeddingCache(path)
    CachedEmbedder(embedder, cache).encode(list(texts))
    cache.close()


@pytest.mark.parametrize("damage, warning", [
    (lambda p: p.write_bytes(b"garbage, not a database " * 200), "was damaged (file is not a database); rebuilt"),
    (lambda p: p.write_bytes(p.read_bytes()[:3000]), "; rebuilt"),
    (lambda p: p.write_bytes(b""), None),  # an empty file is an empty database: nothing to say
], ids=["garbage", "truncated", "empty"])
def test_a_damaged_cache_is_rebuilt_once(tmp_path, hashing_embedder, damage, warning):
    path = tmp_path / "e.sqlite"
    _filled(path, hashing_embedder, [f"kalimat {i} tentang banjir" for i in range(300)])
    damage(path)
    first = EmbeddingCache(path)
    CachedEmbedder(hashing_embedder, first).encode(["satu kalimat"])
    first.close()
    assert (warning is None and not first.warnings) or (len(first.warnings) == 1 and warning in first.warnings[0])
    again = EmbeddingCache(path)
    embedder = CachedEmbedder(hashing_embedder, again)
    embedder.encode(["satu kalimat"])
    assert embedder.hits == 1 and not again.warnings  # healed: the next run is fast and quiet


def test_an_old_layout_is_replaced_and_a_foreign_database_left_alone(tmp_path, hashing_embedder):
    old = tmp_path / "old.sqlite"
    with sqlite3.connect(old) as db:
        db.execute("CREATE TABLE vectors (text TEXT PRIMARY KEY, vec BLOB)")
    cache = EmbeddingCache(old)
    CachedEmbedder(hashing_embedder, cache).encode(["a b c"])
    assert "another format; rebuilt" in cache.warnings[0]
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE notes (body TEXT)")
        db.execute("INSERT INTO notes VALUES ('keep me')")
    cache = EmbeddingCache(foreign)
    vectors = CachedEmbedder(hashing_embedder, cache).encode(["a b c"])
    assert vectors.shape == (1, hashing_embedder.dimension) and "another program's database" in cache.warnings[0]
    with sqlite3.connect(foreign) as db:
        assert db.execute("SELECT body FROM notes").fetchall() == [("keep me",)]


def test_rows_from_elsewhere_are_embedded_again(tmp_path, hashing_embedder):
    path = tmp_path / "e.sqlite"
    _filled(path, hashing_embedder, ["a b c"])
    with sqlite3.connect(path) as db:
        db.execute("UPDATE vectors SET vec = X'00', dim = 384")
    again = CachedEmbedder(hashing_embedder, EmbeddingCache(path))
    again.encode(["a b c"])
    assert again.misses == 1


def test_a_folder_in_place_of_the_file_turns_the_cache_off(tmp_path, hashing_embedder):
    (tmp_path / "e.sqlite").mkdir()
    cache = EmbeddingCache(tmp_path / "e.sqlite")
    embedder = CachedEmbedder(hashing_embedder, cache)
    assert embedder.encode(["a b c"]).shape[0] == 1
    assert len(cache.warnings) == 1 and "is a folder" in cache.warnings[0]


def test_a_failed_write_is_one_warning(tmp_path, hashing_embedder, monkeypatch):
    cache = EmbeddingCache(tmp_path / "e.sqlite")
    CachedEmbedder(hashing_embedder, cache).encode(["a b c"])
    real = cache._db

    class Full:  # a connection whose writes fail as on a full disk
        def __getattr__(self, name):
            return getattr(real, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def executemany(self, *a):
            raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(cache, "_db", Full())
    embedder = CachedEmbedder(hashing_embedder, cache)
    embedder.encode(["d e f"])
    embedder.encode(["g h i"])
    assert len(cache.warnings) == 1 and "database or disk is full" in cache.warnings[0]


def test_pooled_contexts_are_cached_by_text_span_and_scheme(tmp_path, monkeypatch):
    from consistency import embed
    from ..conftest import PoolingHashingEmbedder

    inner = PoolingHashingEmbedder()
    texts = ["Banjir merendam 1.240 rumah", "Floodwater covered 1,240 homes"]
    spans = [[(0, 27, 16, 21)], [(0, 30, 19, 24)]]
    first = CachedEmbedder(inner, EmbeddingCache(tmp_path / "e.sqlite"))
    assert first.spans_supported
    a, ca = first.encode_with_spans(texts, spans)
    assert (first.misses, inner.texts) == (2, 2)
    again = CachedEmbedder(inner, EmbeddingCache(tmp_path / "e.sqlite"))
    b, cb = again.encode_with_spans(texts, spans)
    np.testing.assert_array_equal(a, b)
    for x, y in zip(ca, cb):
        np.testing.assert_array_equal(x, y)
    assert (again.hits, again.misses, inner.texts) == (2, 0, 2)
    # the sentence alone is cached too; a span not pooled before runs its sentence again
    np.testing.assert_array_equal(again.encode(texts[:1]), a[:1])
    again.encode_with_spans(texts[:1], [[(0, 15, 0, 6)]])
    assert (again.misses, inner.texts) == (1, 3)
    # another pooling scheme never reads these vectors
    monkeypatch.setattr(embed, "SPAN_SCHEME", "another/1")
    CachedEmbedder(inner, EmbeddingCache(tmp_path / "e.sqlite")).encode_with_spans(texts, spans)
    assert inner.texts == 5


def test_an_embedder_without_token_states_has_no_spans(hashing_embedder):
    from consistency.embed import supports_spans

    assert not supports_spans(hashing_embedder) and not CachedEmbedder(hashing_embedder, None).spans_supported
