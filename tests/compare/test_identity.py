"""The stored same-fact scorer (``consistency/compare/data/identity.json``): it fits the code that reads it, it is
what the training script makes from the repository's labelled sets, and its vetoes hold whatever it says."""

from __future__ import annotations

import json

import numpy as np
import pytest

from consistency.compare.features import DATE_FRAME, EMBEDDING, NUMBER_FRAME, SENTENCE, VALUE, PairContext, pair_features
from consistency.compare.identity import MODEL_PATH, Scorer, default_scorer, model_hash
from tests.benchmarks import identity as bench

STORED = json.loads(MODEL_PATH.read_text(encoding="utf-8"))


def test_stored_models_read_only_features_the_code_computes():
    from consistency.records import DateMention, Frame, Quantity

    q = Quantity(0, 2, "41", 41.0, 41.0, value=41.0, frame=Frame(role="current"))
    d = DateMention(0, 5, "Senin", "weekday", frame=Frame(role="event"))
    computed = {"number": set(pair_features(q, q, PairContext(0.9, 1.0, 0.9, True, True), value=True)),
                "date": set(pair_features(d, d, PairContext(0.9, 1.0, 0.9, True, True), value=True))}
    for name, model in STORED["models"].items():
        kind = name.split("/")[0]
        assert set(model["features"]) <= computed[kind], name
        assert len(model["coef"]) == len(model["mean"]) == len(model["scale"]) == len(model["features"]), name


def test_stored_models_are_the_shipped_variant():
    for kind, frame in (("number", NUMBER_FRAME), ("date", DATE_FRAME)):
        assert tuple(STORED["models"][kind]["features"]) == bench.VARIANTS[bench.SHIPPED](kind)
        assert tuple(STORED["models"][f"{kind}/frames"]["features"]) == bench.VARIANTS["frames"](kind)
    assert set(EMBEDDING + SENTENCE) <= set(STORED["models"]["number"]["features"])
    assert set(VALUE) <= set(STORED["models"]["number"]["features"])


def test_stored_model_fingerprint_and_thresholds():
    assert STORED["fingerprint"] == model_hash(STORED)
    assert STORED["trained_on"]["hash"] == bench.training_hash(), \
        "the labelled sets changed since the scorer was trained: python -m tests.benchmarks.identity --train"
    scorer = default_scorer()
    for kind in ("number", "date"):
        assert scorer.floor <= scorer.match[kind] <= scorer.conflict[kind] < 1.0


def test_probability_is_symmetric_in_the_two_mentions():
    from consistency.extract import extract_article
    from consistency.load import prepare
    from consistency.load.sources import RawArticle
    from consistency.segment import segment_article

    def facts(text, lang):
        art = prepare(RawArticle(id=lang, text=text, cluster="c", path=None, language=lang))
        return extract_article(art, segment_article(art))[0]

    a = facts("Banjir pada Senin menewaskan 41 orang di Demak.", "id").quantities[0]
    b = facts("The flood killed 45 people in Demak on Monday.", "en").quantities[0]
    ctx = PairContext(0.8, 0.5, 0.7, True, False)
    scorer: Scorer = default_scorer()
    for model in (scorer.model("number", True), scorer.model("number", False)):
        pab = model.probability([pair_features(a, b, ctx, value=True)])
        pba = model.probability([pair_features(b, a, ctx, value=True)])
        assert np.allclose(pab, pba)


@pytest.mark.slow
def test_retraining_from_the_repository_reproduces_the_stored_models(default_embedder, model_cache_dir):
    """The models fitted on every cluster now equal the stored ones (thresholds are chosen by the training
    script's cross-validation, which the benchmark runs)."""
    from consistency import Config

    prepared = bench.prepare(default_embedder, Config(cache_dir=model_cache_dir))
    rows = [r for p in prepared for r in bench.training_rows(p)]
    pairs, positives = len(rows), sum(r["positive"] for r in rows)
    # The int8 graph is built for the CPU: an avx512_vnni machine's vectors differ from an avx2 machine's in the last
    # digits, enough to move about one candidate pair in a thousand (14,965 pairs against 14,984 on one training
    # set) and the fitted weights by up to 0.1. On the vectors the models were fitted on, the fit is exact to 0.05.
    same = STORED["trained_on"].get("vectors") == bench.vectors_of(default_embedder)
    slack, atol = (0, 0.05) if same else (0.005, 0.15)
    assert abs(pairs - STORED["trained_on"]["pairs"]) <= slack * pairs
    assert abs(positives - STORED["trained_on"]["positives"]) <= slack * positives
    models = bench.fit_models(rows, bench.SHIPPED)
    assert set(models) == set(STORED["models"])
    for name, fitted in models.items():
        stored = STORED["models"][name]
        assert fitted["features"] == stored["features"], name
        assert np.allclose(fitted["coef"], stored["coef"], atol=atol), name
        assert abs(fitted["intercept"] - stored["intercept"]) < atol, name


@pytest.mark.slow
def test_cross_validated_figures_hold_the_bar(default_embedder, model_cache_dir):
    """Leave one cluster out, at the stored thresholds: conflict precision at least 0.95 and no conflict in a
    control cluster (issue 12's bar; recall is reported by the identity benchmark, below the issue's 0.9)."""
    from consistency import Config

    prepared = bench.prepare(default_embedder, Config(cache_dir=model_cache_dir))
    rows = [r for p in prepared for r in bench.training_rows(p)]
    runs = bench.cross_validate(prepared, rows, bench.SHIPPED)
    per = [bench.score_cluster(bench.filtered(runs[p.cluster.id], STORED["thresholds"]), p.cluster) for p in prepared]
    total = bench.total(per)
    assert total["control_conflicts"] == 0
    assert total["precision"] is not None and total["precision"] >= 0.95, total
    assert total["caught"] >= 49, total  # 52 of 66 when the model was stored


@pytest.mark.parametrize("a, b, slip", [(287, 278, True), (1187, 1178, True), (338_000, 388_000, True),
                                        (9057, 9507, True), (5000, 6000, False), (3, 4, False), (41, 45, False),
                                        (426, 430, False), (7.8, 7.9, False), (287, 287, False),
                                        # a decimal digit written or left out; not another magnitude, nor a rounding
                                        (52.4, 52.04, True), (5.5, 5.05, True), (187, 1187, False),
                                        (52.4, 52.45, False), (1250, 12500, False)])
def test_digit_slip_is_one_swapped_or_changed_digit(a, b, slip):
    from consistency.compare.features import digit_slip

    assert digit_slip(a, b) is slip
    assert digit_slip(b, a) is slip


def test_a_wrong_day_is_tied_to_every_report_of_the_right_one():
    """Dates: a third report that gives ``a``'s day and is likely the event of both lifts the pair to the
    weaker link; a third report that gives neither day, or a pair of figures, is left alone."""
    from types import SimpleNamespace

    from consistency.compare.identity import transitive
    from consistency.extract import extract_dates

    def date(text, article):
        return SimpleNamespace(kind="date", article=article, item=extract_dates(text, language="id")[0])

    mentions = [date("Senin (5/10/2020)", "a"), date("Selasa (6/10/2020)", "b"), date("5 Oktober 2020", "c"),
                date("Kamis (8/10/2020)", "d")]
    candidates = [(0, 1, None), (0, 2, None), (1, 2, None), (1, 3, None), (2, 3, None)]
    p = np.array([0.2, 0.9, 0.8, 0.7, 0.1])
    out = transitive(mentions, candidates, p)
    assert out[0] == pytest.approx(0.8)  # a ≡ c (same day, 0.9), c against b 0.8
    assert list(out[1:]) == list(p[1:])  # agreeing pairs, and b against d through nothing that agrees


@pytest.mark.parametrize("text, lang, proceeding", [
    ("A court heard that 68 people died in the fire.", "en", True),
    ("Majelis hakim mendengar bahwa 68 orang tewas dalam kebakaran itu.", "id", True),
    ("Mahkamah Konstitusi menyatakan 68 orang meninggal.", "id", True),
    ("The Constitutional Court said 68 people died.", "en", True),
    ("Polisi menyebut 68 orang tewas dalam kebakaran itu.", "id", False),
    ("The agency said 68 people died in the fire.", "en", False),
])
def test_proceedings_are_the_data_files_actors(text, lang, proceeding):
    """A court's figure is a proceeding's (frame_cues.json "proceedings", actor ids), a police or agency's is not."""
    import datetime as dt

    from consistency.compare.identity import PROCEEDINGS, _proceeding
    from consistency.extract import extract_quantities, frame_sentence

    cues = json.loads((MODEL_PATH.parents[2] / "extract" / "data" / "frame_cues.json").read_text(encoding="utf-8"))
    assert PROCEEDINGS == {"@" + a for a in cues["proceedings"]["ids"]}
    qs, _ = frame_sentence(text, extract_quantities(text, language=lang), [], language=lang, anchor=dt.date(2024, 3, 1))
    assert [_proceeding(q.frame) for q in qs] == [proceeding]
