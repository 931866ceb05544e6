"""The ONNX backends' own work: tokenise, bucket by length, pad per batch, pool, normalise — checked on a
tiny folder with a lookup-table "graph", so batching can be compared with embedding one sentence at a time."""

import json
import os

import numpy as np
import pytest
from tokenizers import Tokenizer, models, pre_tokenizers, processors

from consistency.embed.runtime import GraphEmbedder, folder_layout, longest_first, pool
from consistency.errors import ModelError

WORDS = ["<pad>", "<unk>", "<s>", "</s>", "query:", "banjir", "merendam", "1.240", "rumah", "di", "tiga",
         "kecamatan", "warga", "mengungsi", "floodwater", "covered", "homes"]


def make_folder(tmp_path, *, pooling=None, prompt="query: ", modules=None):
    folder = tmp_path / "model"
    (folder / "1_Pooling").mkdir(parents=True)
    tok = Tokenizer(models.WordLevel({w: i for i, w in enumerate(WORDS)}, unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    tok.post_processor = processors.TemplateProcessing(single="<s> $A </s>", special_tokens=[("<s>", 2), ("</s>", 3)])
    tok.save(str(folder / "tokenizer.json"))
    (folder / "tokenizer_config.json").write_text(json.dumps({"pad_token": "<pad>", "model_max_length": 8}))
    (folder / "config.json").write_text(json.dumps({"hidden_size": 6, "max_position_embeddings": 512}))
    (folder / "config_sentence_transformers.json").write_text(
        json.dumps({"prompts": {"query": prompt}, "default_prompt_name": "query"}))
    (folder / "1_Pooling" / "config.json").write_text(json.dumps(pooling or {"embedding_dimension": 6,
                                                                             "pooling_mode": "mean", "include_prompt": True}))
    (folder / "modules.json").write_text(json.dumps(modules or [
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.base.modules.transformer.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.sentence_transformer.modules.pooling.Pooling"},
        {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.base.modules.normalize.Normalize"},
    ]))
    (folder / "graph.onnx").write_bytes(b"not read by the table embedder")
    return folder


class TableEmbedder(GraphEmbedder):
    """Token vectors from a fixed table, plus the position: padding would change results if it leaked."""

    backend = "table"

    def _load_graph(self):
        self.table = np.random.default_rng(0).normal(size=(len(WORDS), 6)).astype(np.float32)
        self.batches = []
        return self

    def _run(self, ids, mask):
        self.batches.append(ids.shape)
        hidden = self.table[ids] + np.arange(ids.shape[1], dtype=np.float32)[None, :, None] * 0.01
        return np.where(mask[..., None] > 0, hidden, 1e6)  # garbage where padded: pooling must ignore it


TEXTS = ["banjir merendam 1.240 rumah di tiga kecamatan", "warga mengungsi", "floodwater covered homes",
         "banjir", "rumah di kecamatan warga mengungsi di tiga kecamatan lagi dan lagi"]


def test_batched_equals_one_at_a_time_and_keeps_input_order(tmp_path):
    folder = make_folder(tmp_path)
    batched = TableEmbedder(folder, folder / "graph.onnx", batch_size=2)
    vectors = batched.encode(TEXTS)
    single = TableEmbedder(folder, folder / "graph.onnx", batch_size=1)
    one_by_one = np.stack([single.encode([t])[0] for t in TEXTS])
    np.testing.assert_allclose(vectors, one_by_one, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)
    # each sentence alone, never padded, truncated at the folder's 8 tokens
    assert sorted(batched.batches) == [(1, 4), (1, 5), (1, 6), (1, 8), (1, 8)]
    assert batched.first_batch_seconds is not None and batched.load_seconds is not None


def test_a_sentence_gets_the_same_vector_whatever_runs_beside_it(tmp_path):
    folder = make_folder(tmp_path)
    e = TableEmbedder(folder, folder / "graph.onnx", threads=2)
    together = e.encode(TEXTS)
    for n, text in enumerate(TEXTS):
        np.testing.assert_array_equal(e.encode([text, *reversed(TEXTS)])[0], together[n])


def test_prompt_is_prepended_as_sentence_transformers_does(tmp_path):
    folder = make_folder(tmp_path)
    e = TableEmbedder(folder, folder / "graph.onnx")
    assert e.effective_prompt == "query: "
    e.load()
    assert e._tokenizer.encode(e.effective_prompt + "banjir").ids == [2, 4, 5, 3]
    other = TableEmbedder(folder, folder / "graph.onnx", prompt="")
    assert not np.allclose(other.encode(["banjir"]), e.encode(["banjir"]))


def test_pooling_matches_brute_force():
    rng = np.random.default_rng(1)
    hidden = rng.normal(size=(3, 5, 4)).astype(np.float32)
    mask = np.array([[1, 1, 1, 1, 1], [1, 1, 0, 0, 0], [1, 0, 0, 0, 0]])
    for row in range(3):
        n = mask[row].sum()
        np.testing.assert_allclose(pool(hidden, mask, "mean")[row], hidden[row, :n].mean(axis=0), rtol=1e-5)
        np.testing.assert_allclose(pool(hidden, mask, "max")[row], hidden[row, :n].max(axis=0), rtol=1e-6)
        np.testing.assert_array_equal(pool(hidden, mask, "cls")[row], hidden[row, 0])


def test_every_index_once_longest_first():
    lengths = np.array([5, 9, 1, 9, 3, 7, 2])
    order = longest_first(lengths)
    assert sorted(order.tolist()) == list(range(len(lengths)))
    assert lengths[order].tolist() == [9, 9, 7, 5, 3, 2, 1] and order[:2].tolist() == [1, 3]


def test_layout_reads_both_pooling_formats(tmp_path):
    new = folder_layout(make_folder(tmp_path / "a"))
    assert (new["pooling"], new["max_length"], new["dimension"], new["pad_token"]) == ("mean", 8, 6, "<pad>")
    old = folder_layout(make_folder(tmp_path / "b", pooling={"word_embedding_dimension": 6, "pooling_mode_cls_token": True,
                                                             "pooling_mode_mean_tokens": False}))
    assert old["pooling"] == "cls"


@pytest.mark.parametrize("pooling, modules, match", [
    ({"pooling_mode": "weightedmean", "embedding_dimension": 6}, None, "not supported"),
    ({"pooling_mode": "mean", "include_prompt": False, "embedding_dimension": 6}, None, "not supported"),
    (None, [{"idx": 0, "path": "", "type": "x.Transformer"}, {"idx": 1, "path": "2_Dense", "type": "x.Dense"}], "no ONNX equivalent"),
])
def test_what_the_onnx_path_cannot_do_is_a_model_error(tmp_path, pooling, modules, match):
    with pytest.raises(ModelError, match=match):
        folder_layout(make_folder(tmp_path, pooling=pooling, modules=modules))


def test_missing_graph_is_one_clear_error(tmp_path):
    folder = make_folder(tmp_path)
    with pytest.raises(ModelError, match="no such ONNX file"):
        TableEmbedder(folder, folder / "onnx" / "missing.onnx").encode(["banjir"])


def test_variant_names_the_graph(tmp_path):
    folder = make_folder(tmp_path)
    st = (folder / "graph.onnx").stat()
    assert TableEmbedder(folder, folder / "graph.onnx").variant == f"table:graph.onnx|{st.st_size}:{st.st_mtime_ns}"


def _replace(graph, content: bytes, mtime_ns: int) -> None:
    """What a rebuild does: a new file put in the graph's place whole."""
    staged = graph.with_name(".building-" + graph.name)
    staged.write_bytes(content)
    os.utime(staged, ns=(mtime_ns, mtime_ns))
    os.replace(staged, graph)


@pytest.mark.parametrize("content, mtime_ns", [
    (b"rebuilt, another size", 1_700_000_000_000_000_000),  # a new scheme: other weights, other size
    (b"not read by the table embedder", 1_800_000_000_000_000_000),  # the same size, rebuilt later
])
def test_a_graph_replaced_on_disk_gets_another_cache_key(tmp_path, content, mtime_ns):
    # the build record (the scheme) is written just before its graph replaces the old one: a run in between
    # must not file the old graph's vectors under the new record, so the key names the file itself
    folder = make_folder(tmp_path)
    graph = folder / "graph.onnx"
    before = TableEmbedder(folder, graph).variant
    _replace(graph, content, mtime_ns)
    assert TableEmbedder(folder, graph).variant != before


def test_a_loaded_graph_keeps_its_key_when_the_file_is_replaced(tmp_path):
    folder = make_folder(tmp_path)
    graph = folder / "graph.onnx"
    loaded = TableEmbedder(folder, graph)
    loaded.encode(["banjir"])
    held = loaded.variant
    _replace(graph, b"a newer build", 1_700_000_000_000_000_000)
    assert loaded.variant == held  # its vectors are still the old graph's
    assert TableEmbedder(folder, graph).variant != held


def test_a_graph_replaced_while_it_loads_is_read_again(tmp_path):
    folder = make_folder(tmp_path)
    graph = folder / "graph.onnx"

    class Racing(TableEmbedder):
        loads = 0

        def _load_graph(self):
            Racing.loads += 1
            if Racing.loads == 1:  # a concurrent build lands while the runtime reads the old file
                _replace(graph, b"the rebuilt graph", 1_700_000_000_000_000_000)
            return super()._load_graph()

    embedder = Racing(folder, graph)
    embedder.encode(["banjir"])
    assert Racing.loads == 2
    assert embedder.variant == TableEmbedder(folder, graph).variant  # the key of the file it holds


def test_a_graph_that_never_settles_is_one_clear_error(tmp_path):
    folder = make_folder(tmp_path)
    graph = folder / "graph.onnx"

    class Churning(TableEmbedder):
        def _load_graph(self):
            _replace(graph, b"x" * (graph.stat().st_size + 1), graph.stat().st_mtime_ns + 1)
            return super()._load_graph()

    with pytest.raises(ModelError, match="kept changing while it was loaded"):
        Churning(folder, graph).encode(["banjir"])


def test_the_first_sentence_runs_before_any_thread(tmp_path):
    import threading

    folder = make_folder(tmp_path)
    e = TableEmbedder(folder, folder / "graph.onnx", threads=2)
    e.load()
    seen, run = [], e._run

    def recording(ids, mask):
        seen.append((threading.current_thread() is threading.main_thread(), ids.shape[1]))
        return run(ids, mask)

    e._run = recording
    first = e.encode(TEXTS)
    assert seen[0] == (True, max(s for _, s in seen))  # the longest, on the caller's thread
    seen.clear()
    np.testing.assert_array_equal(e.encode(TEXTS), first)
    assert len(seen) == len(TEXTS)


def _expected(e, positions, ids):
    hidden = e.table[ids] + np.arange(len(ids), dtype=np.float32)[:, None] * 0.01
    v = hidden[positions].mean(axis=0)
    return v / np.linalg.norm(v)


# (text, spans: window start, window end, mention start, mention end, the token positions pooled); the prompt
# is token 1, so the text's words start at 2; "1.240" is token 4 of the first text
SPAN_CASES = [
    ("banjir merendam 1.240 rumah", [(0, 27, 16, 21)], [[2, 3, 5]]),  # the clause, the figure left out
    ("banjir merendam 1.240 rumah", [(7, 21, 16, 21)], [[3]]),  # a narrower window
    ("banjir merendam 1.240 rumah", [(16, 21, 16, 21)], [[2, 3, 5]]),  # a window of the mention alone: the rest
    ("banjir merendam 1.240 rumah", [(0, 27, 16, 21), (0, 15, 0, 6)], [[2, 3, 5], [3]]),  # two mentions, one pass
    ("floodwater covered homes", [(0, 24, 19, 24)], [[2, 3]]),  # English, the mention at the end
]


@pytest.mark.parametrize("text, spans, positions", SPAN_CASES)
def test_span_contexts_pool_the_window_without_the_mention(tmp_path, text, spans, positions):
    folder = make_folder(tmp_path)
    e = TableEmbedder(folder, folder / "graph.onnx")
    vectors, contexts = e.encode_with_spans([text, "warga mengungsi"], [spans, []])
    # the sentence vectors are encode's, from the same single pass per sentence
    np.testing.assert_array_equal(vectors, e.encode([text, "warga mengungsi"]))
    assert len(e.batches) == 4 and contexts[1].shape == (0, 6)
    ids = e._tokenizer.encode(e.effective_prompt + text).ids
    for got, want in zip(contexts[0], positions):
        np.testing.assert_allclose(got, _expected(e, want, ids), rtol=1e-5, atol=1e-6)
