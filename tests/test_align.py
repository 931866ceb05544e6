import itertools

import numpy as np
import pytest

from consistency.align import MIN_BACKGROUND, MIN_STD, SHRINK_PAIRS, AlignParams, align_pairs, claim_groups


def _brute_force(emb, groups, params):
    labels = list(dict.fromkeys(groups.tolist()))
    n = len(groups)
    cos = emb @ emb.T
    cross = [(i, j) for i in range(n) for j in range(n) if i < j and groups[i] != groups[j]]
    allv = np.array([cos[i, j] for i, j in cross], np.float64)
    mu_all, sd_all = allv.mean(), max(allv.std(), MIN_STD)
    out = set()
    for a, b in itertools.combinations(labels, 2):
        ra = [i for i in range(n) if groups[i] == a]
        rb = [j for j in range(n) if groups[j] == b]
        vals = np.array([cos[i, j] for i in ra for j in rb], np.float64)
        w = vals.size / (vals.size + SHRINK_PAIRS)
        mu = w * vals.mean() + (1 - w) * mu_all
        sd = max(w * vals.std() + (1 - w) * sd_all, MIN_STD)
        for i in ra:
            for j in rb:
                z = (cos[i, j] - mu) / sd
                row_rank = sum(cos[i, k] > cos[i, j] for k in rb)
                col_rank = sum(cos[k, j] > cos[i, j] for k in ra)
                if len(cross) < MIN_BACKGROUND:
                    if row_rank == 0 and col_rank == 0:
                        out.add((min(i, j), max(i, j)))
                elif (z >= params.min_z and row_rank < params.top_k and col_rank < params.top_k) or (
                        z >= params.mutual_z and row_rank == 0 and col_rank == 0):
                    out.add((min(i, j), max(i, j)))
    return out


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("params", [AlignParams(), AlignParams(top_k=1, min_z=0.5), AlignParams(top_k=5, min_z=2.0, mutual_z=3.0)])
def test_align_pairs_matches_brute_force(seed, params):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(4, 30))
    emb = rng.normal(size=(n, 8)).astype(np.float32)
    emb /= np.linalg.norm(emb, axis=1, keepdims=True)
    groups = rng.integers(0, int(rng.integers(2, 5)), n)
    got = {(p.i, p.j) for p in align_pairs(emb, groups, params)}
    assert got == _brute_force(emb, groups, params)


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
    emb = np.array(rows, np.float32)
    emb /= np.linalg.norm(emb, axis=1, keepdims=True)
    groups = np.array([0, 1, 1] + [1] * 6 + [0] * 6)
    pairs = {(p.i, p.j) for p in align_pairs(emb, groups, AlignParams(top_k=3, min_z=1.2))}
    assert {(0, 1), (0, 2)} <= pairs
    assert any({0, 1, 2} <= set(g) for g in claim_groups(align_pairs(emb, groups), groups))


def test_claim_groups_are_cliques_across_articles():
    class P:  # minimal pair stand-in
        def __init__(self, i, j):
            self.i, self.j = i, j

    groups = np.array([0, 0, 1, 1, 2])
    pairs = [P(0, 2), P(0, 3), P(1, 3), P(0, 4), P(2, 4)]
    got = claim_groups(pairs, groups)
    # 0 and 1 share an article, so both may join 3's claim; 2 and 3 share one, so both may join 0's
    assert sorted(got) == [(0, 1, 3), (0, 2, 3), (0, 2, 4)]
    edges = {(p.i, p.j) for p in pairs}
    for g in got:
        for a, b in itertools.combinations(g, 2):
            assert groups[a] == groups[b] or (a, b) in edges


def test_tiny_clusters_align_mutual_best_matches():
    emb = np.array([[1, 0, 0], [0, 1, 0], [0.9, 0.1, 0], [0.1, 0.9, 0.1]], np.float32)
    emb /= np.linalg.norm(emb, axis=1, keepdims=True)
    groups = np.array([0, 0, 1, 1])
    assert {(p.i, p.j) for p in align_pairs(emb, groups)} == {(0, 2), (1, 3)}


def test_rejects_bad_shapes():
    with pytest.raises(ValueError):
        align_pairs(np.zeros((3, 2)), np.zeros(2))
