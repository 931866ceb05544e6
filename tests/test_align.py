import itertools

import numpy as np
import pytest

from consistency import align
from consistency.align import (
    LEGACY,
    MIN_BACKGROUND,
    MIN_STD,
    SHRINK_PAIRS,
    AlignParams,
    Pair,
    align_pairs,
    claim_groups,
)


def _unit(rows):
    rows = np.asarray(rows, np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def _brute_force(emb, groups, params):
    """The rule written out pair by pair over the full similarity matrix."""
    labels = list(dict.fromkeys(groups.tolist()))
    n = len(groups)
    cos = (emb @ emb.T).astype(np.float64)
    members = {g: [i for i in range(n) if groups[i] == g] for g in labels}
    cross = [(i, j) for i in range(n) for j in range(n) if i < j and groups[i] != groups[j]]
    allv = np.array([cos[i, j] for i, j in cross])
    mu_all, sd_all = allv.mean(), max(allv.std(), MIN_STD)
    raw_mean, mu, sd = {}, {}, {}
    for a, b in itertools.permutations(labels, 2):
        vals = np.array([cos[i, j] for i in members[a] for j in members[b]])
        w = vals.size / (vals.size + SHRINK_PAIRS)
        raw_mean[a, b] = vals.mean()
        mu[a, b] = w * vals.mean() + (1 - w) * mu_all
        sd[a, b] = max(w * vals.std() + (1 - w) * sd_all, MIN_STD)

    def rank(i, j):  # how many sentences of j's article are strictly closer to i than j is
        return sum(cos[i, k] > cos[i, j] for k in members[groups[j]])

    def knn(i, b):
        return np.mean(sorted((cos[i, k] for k in members[b]), reverse=True)[: params.knn])

    # Each sentence's candidates: the best of other articles after removing each article pair's mean.
    keep = min(params.candidates, n - 1)
    cands = {}
    for i in range(n):
        others = [j for j in range(n) if groups[j] != groups[i]]
        others.sort(key=lambda j: -(cos[i, j] - raw_mean[groups[i], groups[j]]))
        cands[i] = set(others[:keep])
    out = {}
    for i, j in cross:
        if j not in cands[i] or i not in cands[j]:
            continue
        a, b = groups[i], groups[j]
        ri, rj = rank(i, j), rank(j, i)
        if ri >= params.top_k or rj >= params.top_k:
            continue
        z = (cos[i, j] - mu[a, b]) / sd[a, b]
        margin = (cos[i, j] - (knn(i, b) + knn(j, a)) / 2) / sd[a, b]
        best = ri == 0 and rj == 0
        if len(cross) < MIN_BACKGROUND:
            ok = best
        else:
            ok = margin >= params.min_margin or (
                margin >= params.margin_floor and (z >= params.min_z or (best and z >= params.mutual_z)))
        if ok:
            out[(i, j)] = (cos[i, j], z, margin)
    return out


PARAMS = [AlignParams(), LEGACY, AlignParams(top_k=1, min_margin=0.0, min_z=0.5), AlignParams(knn=1, min_margin=0.3),
          AlignParams(top_k=5, min_z=2.0, mutual_z=3.0, margin_floor=-1.0), AlignParams(candidates=4)]


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("params", PARAMS, ids=["default", "legacy", "top1", "knn1", "top5", "candidates4"])
def test_align_pairs_matches_brute_force(seed, params):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(4, 40))
    emb = _unit(rng.normal(size=(n, 8)))
    groups = rng.integers(0, int(rng.integers(2, 6)), n)
    want = _brute_force(emb, groups, params)
    for block_rows in (None, 3):
        got = {(p.i, p.j): (p.cosine, p.z, p.margin) for p in align_pairs(emb, groups, params, block_rows=block_rows)}
        assert set(got) == set(want)
        for key, values in got.items():
            assert values == pytest.approx(want[key], abs=1e-4)


def test_group_labels_may_be_strings_in_any_order():
    rng = np.random.default_rng(11)
    emb = _unit(rng.normal(size=(24, 8)))
    codes = rng.integers(0, 3, 24)
    names = np.array(["zeta", "alpha", "mid"])[codes]
    assert {(p.i, p.j) for p in align_pairs(emb, names)} == set(_brute_force(emb, codes, AlignParams()))


def test_same_article_is_never_aligned():
    emb = np.tile(np.array([[1.0, 0.0]], np.float32), (4, 1))
    groups = np.array([0, 0, 1, 1])
    pairs = align_pairs(emb, groups, AlignParams(top_k=5, min_z=-10))
    assert pairs and all(groups[p.i] != groups[p.j] for p in pairs)


def test_one_sentence_can_match_several_in_another_article():
    # article 0 holds one claim; article 1 states it twice, plus unrelated sentences
    rng = np.random.default_rng(3)
    base = rng.normal(size=16)
    noise = rng.normal(size=(8, 16))
    rows = [base, base + 0.05 * noise[0], base + 0.05 * noise[1], *noise[2:8], *rng.normal(size=(6, 16))]
    emb = _unit(rows)
    groups = np.array([0, 1, 1] + [1] * 6 + [0] * 6)
    pairs = {(p.i, p.j) for p in align_pairs(emb, groups)}
    assert {(0, 1), (0, 2)} <= pairs
    assert any({0, 1, 2} <= set(g) for g in claim_groups(align_pairs(emb, groups), groups))


def test_margin_lets_in_a_pair_that_stands_out_only_locally():
    # Two articles on one topic: their sentences share a strong common direction, so the background is
    # high. Sentences 0 and 10 retell one claim in other words: close to each other, far from the rest.
    rng = np.random.default_rng(5)
    topic = rng.normal(size=32)
    rows = [topic * 2.2 + rng.normal(size=32) for _ in range(20)]
    shared = rng.normal(size=32)
    rows[0] = topic * 0.6 + shared + 0.6 * rng.normal(size=32)
    rows[10] = topic * 0.6 + shared + 0.6 * rng.normal(size=32)
    emb = _unit(rows)
    groups = np.array([0] * 10 + [1] * 10)
    pair = next(p for p in align_pairs(emb, groups) if (p.i, p.j) == (0, 10))
    assert pair.z < LEGACY.min_z <= pair.margin
    assert (0, 10) not in {(p.i, p.j) for p in align_pairs(emb, groups, LEGACY)}


def test_tiny_clusters_align_mutual_best_matches():
    emb = _unit([[1, 0, 0], [0, 1, 0], [0.9, 0.1, 0], [0.1, 0.9, 0.1]])
    groups = np.array([0, 0, 1, 1])
    assert {(p.i, p.j) for p in align_pairs(emb, groups)} == {(0, 2), (1, 3)}


def test_one_article_or_nothing_gives_no_pairs():
    assert align_pairs(np.zeros((0, 4), np.float32), np.zeros(0)) == []
    assert align_pairs(_unit(np.eye(3)), np.zeros(3)) == []


def test_rejects_bad_shapes_and_params():
    with pytest.raises(ValueError):
        align_pairs(np.zeros((3, 2)), np.zeros(2))
    for bad in ({"top_k": 0}, {"knn": 0}, {"candidates": 0}):
        with pytest.raises(ValueError):
            AlignParams(**bad)


def _maximal_cliques(pairs, groups):
    """Every maximal set in which members of different articles are all aligned (exponential; small inputs)."""
    edges = {(p.i, p.j) for p in pairs}
    nodes = sorted({v for e in edges for v in e})

    def ok(x, y):
        return groups[x] == groups[y] or (min(x, y), max(x, y)) in edges

    out = set()
    for size in range(2, len(nodes) + 1):
        for combo in itertools.combinations(nodes, size):
            if len({groups[v] for v in combo}) >= 2 and all(ok(x, y) for x, y in itertools.combinations(combo, 2)):
                if not any(v not in combo and all(ok(v, m) for m in combo) for v in nodes):
                    out.add(combo)
    return out


def _check_groups(found, pairs, groups):
    edges = {(p.i, p.j) for p in pairs}
    covered = set()
    for g in found:
        assert len({groups[v] for v in g}) >= 2
        for a, b in itertools.combinations(g, 2):
            if groups[a] != groups[b]:
                assert (a, b) in edges
                covered.add((a, b))
    assert covered == edges


def test_claim_groups_are_cliques_across_articles():
    groups = np.array([0, 0, 1, 1, 2])
    pairs = [Pair(0, 2, 0.9, 2.0), Pair(0, 3, 0.9, 2.0), Pair(1, 3, 0.9, 2.0), Pair(0, 4, 0.9, 2.0), Pair(2, 4, 0.9, 2.0)]
    got = claim_groups(pairs, groups)
    # 0 and 1 share an article, so both may join 3's claim; 2 and 3 share one, so both may join 0's
    assert sorted(got) == [(0, 1, 3), (0, 2, 3), (0, 2, 4)]
    _check_groups(got, pairs, groups)


@pytest.mark.parametrize("seed", range(12))
def test_claim_groups_are_the_maximal_cliques_on_small_clusters(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(4, 13))
    groups = rng.integers(0, int(rng.integers(2, 5)), n)
    pairs = [Pair(i, j, 0.9, float(rng.normal())) for i in range(n) for j in range(i + 1, n)
             if groups[i] != groups[j] and rng.random() < 0.5]
    got = claim_groups(pairs, groups)
    _check_groups(got, pairs, groups)
    assert set(got) == _maximal_cliques(pairs, groups)


@pytest.mark.parametrize("seed", range(12))
def test_greedy_claim_groups_are_maximal_cover_every_pair_and_ignore_input_order(seed, monkeypatch):
    monkeypatch.setattr(align, "EXACT_MAX_NODES", 0)  # every component takes the greedy path
    rng = np.random.default_rng(seed)
    n = int(rng.integers(4, 13))
    groups = rng.integers(0, int(rng.integers(2, 5)), n)
    pairs = [Pair(i, j, 0.9, float(rng.normal())) for i in range(n) for j in range(i + 1, n)
             if groups[i] != groups[j] and rng.random() < 0.5]
    work: dict = {}
    got = claim_groups(pairs, groups, stats=work)
    assert not pairs or work["greedy_components"] >= 1
    _check_groups(got, pairs, groups)
    assert set(got) <= _maximal_cliques(pairs, groups)
    assert len(got) <= len(pairs)
    shuffled = [pairs[k] for k in rng.permutation(len(pairs))]
    assert claim_groups(shuffled, groups) == got


@pytest.mark.parametrize("params", [AlignParams(candidates=40), AlignParams(top_k=10, min_margin=-1.0)])
def test_a_story_of_mutually_similar_sentences_stays_within_the_bounds(params):
    # 300 sentences from 30 articles that all say nearly the same thing: the worst case for grouping
    rng = np.random.default_rng(0)
    n, n_art = 300, 30
    emb = _unit(rng.normal(size=64) + 0.3 * rng.normal(size=(n, 64)))
    groups = np.repeat(np.arange(n_art), n // n_art)
    work: dict = {}
    pairs = align_pairs(emb, groups, params, block_rows=64, stats=work)
    assert work["blocks"] == 5 and work["block_elements"] <= 64 * n
    assert work["candidates"] <= n * params.candidates
    degree = np.bincount([v for p in pairs for v in (p.i, p.j)], minlength=n)
    assert degree.max() <= params.candidates
    assert len(pairs) <= n * params.candidates / 2
    counted: dict = {}
    found = claim_groups(pairs, groups, stats=counted)
    _check_groups(found, pairs, groups)
    most = int(degree.max())
    assert counted["greedy_components"] >= 1  # one component of hundreds of sentences: no exact search
    assert counted["clique_calls"] <= align.CLIQUE_CALLS_PER_NODE * n + n
    assert counted["greedy_steps"] <= len(pairs) * (1 + 2 * most)
    assert counted["groups"] <= len(pairs)


def test_evaluation_set_is_well_formed():
    from tests.benchmarks.alignment import align_set

    items = align_set()
    assert len(items) >= 10 and sum(len(x["gold"]) for x in items) >= 120
    assert {x["kind"] for x in items} == {"cross", "same"} and {x["fold"] for x in items} == {1, 2}
    for x in items:
        a, b = x["a"]["sentences"], x["b"]["sentences"]
        assert 8 <= len(a) <= 15 and 8 <= len(b) <= 15, x["id"]
        assert len(set(a)) == len(a) and len(set(b)) == len(b), x["id"]
        assert all(0 <= i < len(a) and 0 <= j < len(b) for i, j in x["gold"] | x["tempting"]), x["id"]
        assert not x["gold"] & x["tempting"], x["id"]
        assert {x["a"]["language"], x["b"]["language"]} <= {"id", "en"}


# Which int8 graph the default backend builds depends on the CPU (export.cpu_arch), so this gap does too: it holds
# on the avx512_vnni graph (feed-forward outputs fp32) and not on avx2's, whose feed-forward outputs are 4-bit
# blocks since issue 10's tenth round (same-language 53 correct / 13 wrong against 51 / 14 there). Non-strict.
INT8_GAP = ("int8 vectors of the avx512_vnni graph cost same-language alignment on this set: recall 0.769 "
            "against 0.815 on torch fp32 (3 of 65 pairs), precision 0.746 against 0.768, so the margin rule's "
            "recall falls one pair under the old rule's; cross-lingual is unchanged; avx2's graph meets the "
            "bar (issue 10, reported)")


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["torch", pytest.param("onnx", marks=pytest.mark.xfail(reason=INT8_GAP, strict=False))])
def test_margin_rule_beats_the_rule_before_it_on_the_evaluation_set(model_cache_dir, backend):
    from consistency.embed import load_embedder
    from tests.benchmarks.alignment import evaluate

    embedder = load_embedder(cache_dir=model_cache_dir, backend=backend)
    now = evaluate(embedder.encode, AlignParams())
    before = evaluate(embedder.encode, LEGACY)
    for kind in ("cross", "same"):
        assert now[kind]["recall"] >= before[kind]["recall"]
        assert now[kind]["precision"] >= before[kind]["precision"] + 0.05
    # floors a little under today's figures (cross-lingual 0.88 / 0.85, same language 0.80 / 0.78)
    assert now["cross"]["recall"] >= 0.85 and now["cross"]["precision"] >= 0.8
    assert now["same"]["recall"] >= 0.75 and now["same"]["precision"] >= 0.72


@pytest.mark.slow
def test_the_default_backend_keeps_the_alignment_floors(default_embedder):
    from tests.benchmarks.alignment import evaluate

    now = evaluate(default_embedder.encode, AlignParams())
    assert now["cross"]["recall"] >= 0.85 and now["cross"]["precision"] >= 0.8
    assert now["same"]["recall"] >= 0.75 and now["same"]["precision"] >= 0.72
