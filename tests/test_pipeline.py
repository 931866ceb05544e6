"""The pipeline on the fast hashing embedder: clusters, warnings and the cache, without the real model."""

import json

import pytest

from consistency import Config, InputError, check
from consistency.stories import GroupParams


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


def _rows(tmp_path, rows):
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    return path


QUAKE_A = "Gempa Mamuju menewaskan 84 orang, kata Basarnas. Warga Mamuju mengungsi ke bukit."
QUAKE_B = "Gempa di Mamuju menewaskan 84 orang menurut Basarnas. Ribuan warga Mamuju mengungsi ke perbukitan."
PRICE = "Harga beras di Pasar Cipinang naik menjadi Rp14.000 per kilogram. Pedagang Cipinang mengeluh."
GROUPED = Config(group="auto", use_cache=False, stories=GroupParams(threshold=0.3, min_anchor=0.05))


def test_auto_keeps_labels_groups_the_rest_and_counts_single_reports(tmp_path, hashing_embedder):
    path = _rows(tmp_path, [
        {"id": "l1", "cluster": "labelled", "text": PRICE}, {"id": "l2", "cluster": "labelled", "text": PRICE + " Lagi."},
        {"id": "q1", "text": QUAKE_A, "published": "2021-01-15"}, {"id": "q2", "text": QUAKE_B, "published": "2021-01-16"},
        {"id": "p1", "text": PRICE, "published": "2021-01-15"},
    ])
    report = check([path], GROUPED, embedder=hashing_embedder)
    kinds = {c.grouping: c for c in report.clusters}
    assert set(kinds) == {"given", "auto"}
    assert [a.id for a in kinds["given"].articles] == ["l1", "l2"]
    assert [a.id for a in kinds["auto"].articles] == ["q1", "q2"] and kinds["auto"].id.startswith("s-")
    assert report.unreported == ("p1",)
    assert not any("p1" in w for w in report.warnings)  # counted, not warned about
    assert report.grouping["mode"] == "auto"


def test_group_one_and_given(tmp_path, hashing_embedder):
    path = _rows(tmp_path, [{"id": "q1", "text": QUAKE_A}, {"id": "q2", "text": QUAKE_B}, {"id": "p1", "text": PRICE}])
    one = check([path], Config(group="one", use_cache=False), embedder=hashing_embedder)
    assert [(c.id, c.grouping, len(c.articles)) for c in one.clusters] == [("default", "one", 3)]
    with pytest.raises(InputError, match="nothing to compare"):
        check([path], Config(group="given", use_cache=False), embedder=hashing_embedder)


def test_a_drawn_story_is_fingerprinted_like_the_default_cluster(tmp_path, hashing_embedder):
    from consistency.gate import fingerprint

    path = _rows(tmp_path, [{"id": "q1", "text": QUAKE_A}, {"id": "q2", "text": QUAKE_B.replace("84", "48")}])
    auto = check([path], GROUPED, embedder=hashing_embedder)
    one = check([path], Config(group="one", use_cache=False), embedder=hashing_embedder)
    assert auto.clusters[0].id != "default" and auto.clusters[0].findings
    assert {fingerprint(c.baseline_key, f) for c in auto.clusters for f in c.findings} == \
        {fingerprint(c.baseline_key, f) for c in one.clusters for f in c.findings}


def test_many_single_article_clusters_make_one_warning(tmp_path, hashing_embedder):
    rows = [{"id": "q1", "cluster": "quake", "text": QUAKE_A}, {"id": "q2", "cluster": "quake", "text": QUAKE_B}]
    rows += [{"id": f"x{k}", "cluster": f"c{k}", "text": PRICE} for k in range(8)]
    report = check([_rows(tmp_path, rows)], Config(group="given", use_cache=False), embedder=hashing_embedder)
    lines = [w for w in report.warnings if "one article" in w]
    assert lines == ["8 clusters have one article ('c0', 'c1', 'c2', 'c3', 'c4', …); nothing to compare them with"]
    assert len(report.unreported) == 8


def test_the_same_id_in_two_labelled_clusters_keeps_its_own_text(tmp_path, hashing_embedder):
    rows = [{"id": "a", "cluster": "quake", "text": QUAKE_A}, {"id": "b", "cluster": "quake", "text": QUAKE_B},
            {"id": "a", "cluster": "price", "text": PRICE}, {"id": "b", "cluster": "price", "text": PRICE + " Lagi."}]
    report = check([_rows(tmp_path, rows)], Config(use_cache=False), embedder=hashing_embedder)
    texts = {c.id: c.sentences["a"][0].text for c in report.clusters}
    assert texts["quake"].startswith("Gempa") and texts["price"].startswith("Harga")


def test_story_grouping_has_its_own_timing(tmp_path, hashing_embedder):
    # found in acceptance (qa): grouping was timed but left out of `timings`, so the stages did not add up to
    # `total` (20,000 articles: 3.6 s missing) and --verbose never showed it
    from consistency.report.json_report import report_to_dict
    from consistency.report.terminal import timing_line

    (tmp_path / "a.txt").write_text("Gempa mengguncang kota pada pagi hari. Warga berlarian.")
    (tmp_path / "b.txt").write_text("Gempa mengguncang kota pagi ini. Warga panik.")
    report = check([tmp_path], Config(cache_dir=tmp_path, group="one"), embedder=hashing_embedder)
    assert "group" in report.timings
    assert "group" in report_to_dict(report)["timings"]
    assert "group " in timing_line(report)


class RecordingEmbedder:
    """The hashing embedder, keeping every text it is asked to embed."""

    def __init__(self, inner) -> None:
        self.inner, self.seen = inner, []
        self.display_name, self.effective_prompt, self.dimension = inner.display_name, "", inner.dimension

    def encode(self, texts):
        self.seen += texts
        return self.inner.encode(texts)


def _contexts(path, article_id: str) -> list[str]:
    """The masked contexts of an article's compared figures and dates."""
    from consistency.compare.features import article_contexts
    from consistency.load import load_articles
    from consistency.pipeline import extract_facts
    from consistency.segment import segment_article

    article = next(a for a in load_articles([path]) if a.id == article_id)
    return [t for _, t in article_contexts(extract_facts(article, segment_article(article), Config()))]


def test_contexts_are_embedded_only_for_compared_stories(tmp_path, hashing_embedder):
    # the masked contexts are embedded after grouping: an article no story compares (p1, reported once)
    # has its sentences embedded (grouping reads them) but never its figures' contexts
    alone = "Harga cabai di Pasar Kramat Jati turun menjadi Rp41.000 per kilogram. Pembeli senang."
    path = _rows(tmp_path, [
        {"id": "q1", "text": QUAKE_A, "published": "2021-01-15"}, {"id": "q2", "text": QUAKE_B, "published": "2021-01-16"},
        {"id": "p1", "text": alone, "published": "2021-01-15"},
    ])
    recording = RecordingEmbedder(hashing_embedder)
    report = check([path], GROUPED, embedder=recording)
    assert report.unreported == ("p1",)
    compared, never = set(_contexts(path, "q1")), set(_contexts(path, "p1"))
    assert compared and compared <= set(recording.seen)
    assert never and not never & set(recording.seen)
    assert "Harga cabai di Pasar Kramat Jati turun menjadi Rp41.000 per kilogram." in recording.seen
    assert report.timings["embedded"] == len(set(recording.seen)) == len(recording.seen)


# (article texts of one story, the masked contexts never embedded): a figure no other article of its story
# gives a figure of its kind never meets one, so its context is never read
UNPAIRED = [
    ([QUAKE_A.replace("Warga Mamuju", "Sekitar 60 persen warga Mamuju"), QUAKE_B], ["Sekitar … persen warga Mamuju mengungsi ke bukit."]),
    (["The Mamuju quake killed 84 people, Basarnas said. Some 60 percent of residents fled to the hills.",
      "The quake in Mamuju killed 84 people according to Basarnas. Thousands of residents fled to the hills."],
     ["Some … percent of residents fled to the hills."]),
    ([QUAKE_A, QUAKE_B], []),  # every figure has a counterpart
]


@pytest.mark.parametrize("texts, never", UNPAIRED)
def test_a_context_no_pair_can_read_is_never_embedded(tmp_path, hashing_embedder, monkeypatch, texts, never):
    from consistency import pipeline

    path = _rows(tmp_path, [{"id": f"a{n}", "cluster": "quake", "text": t} for n, t in enumerate(texts)])
    recording = RecordingEmbedder(hashing_embedder)
    report = check([path], Config(use_cache=False), embedder=recording)
    contexts = {t for n in range(len(texts)) for t in _contexts(path, f"a{n}")}
    assert set(never) <= contexts and not set(never) & set(recording.seen)
    assert contexts - set(never) <= set(recording.seen)
    # the same findings as when every context is embedded
    monkeypatch.setattr(pipeline, "paired_mentions", lambda arts, facts: {
        (a.id, kind, start) for a in arts for (kind, start), _ in pipeline.article_contexts(facts[a.id])})
    everything = RecordingEmbedder(hashing_embedder)
    assert check([path], Config(use_cache=False), embedder=everything).clusters[0].findings == report.clusters[0].findings
    assert set(never) <= set(everything.seen)


# raw sentence, and where each offset lands once whitespace is folded as the model sees the text
FOLDS = [
    ("Banjir  merendam\n1.240 rumah", "Banjir merendam 1.240 rumah"),
    ("  Floodwater covered \n\n 1,240 homes ", "Floodwater covered 1,240 homes"),
    ("Gempa (6,2 SR) mengguncang", "Gempa (6,2 SR) mengguncang"),
]


@pytest.mark.parametrize("raw, folded", FOLDS)
def test_fold_offsets_follow_the_folded_text(raw, folded):
    from consistency.pipeline import fold, fold_offsets

    pos = fold_offsets(raw)
    assert fold(raw) == folded and pos[len(raw)] == len(folded)
    for i, c in enumerate(raw):
        if not c.isspace():
            assert folded[pos[i]] == c


@pytest.mark.parametrize("text", [QUAKE_A, QUAKE_B, "The quake in Mamuju killed 84\npeople on 15 January, Basarnas said."])
def test_a_pooled_span_is_the_masked_context_s_window(tmp_path, text):
    # the window a backend with token states pools over is the masked context's words, the mention between
    from consistency.compare.features import article_contexts
    from consistency.load import load_articles
    from consistency.pipeline import article_mention_spans, extract_facts
    from consistency.segment import segment_article

    article = load_articles([_rows(tmp_path, [{"id": "a", "text": text, "published": "2021-01-15"}])])[0]
    sentences = segment_article(article)
    facts = extract_facts(article, sentences, Config())
    masked = dict(article_contexts(facts))
    spans = article_mention_spans(sentences, facts)
    assert spans and [m for m, _, _ in spans] == list(masked)
    for mention, sentence, (w0, w1, m0, m1) in spans:
        assert " ".join((sentence[w0:m0] + " … " + sentence[m1:w1]).split()) == masked[mention]


def test_pooled_contexts_embed_nothing_but_the_sentences(tmp_path):
    # a backend with token states: the facts come first, and each context is pooled from its sentence's pass
    from .conftest import PoolingHashingEmbedder

    rows = [{"id": "q1", "text": QUAKE_A, "published": "2021-01-15"},
            {"id": "q2", "text": QUAKE_B.replace("84", "48"), "published": "2021-01-16"}]
    pooling = PoolingHashingEmbedder()
    report = check([_rows(tmp_path, rows)], Config(group="one", use_cache=False), embedder=pooling)
    sentences = sum(len(report.clusters[0].sentences[a.id]) for a in report.clusters[0].articles)
    assert report.timings["embedded"] == pooling.texts == sentences and pooling.spans >= 2
    assert any(f.verdict == "conflict" for f in report.clusters[0].findings)
