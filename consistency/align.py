"""Align claims across articles: pure functions on embedding arrays, no model and no I/O.

e5 cosines sit in a narrow band (unrelated sentences of one story average about 0.87), so no absolute
threshold separates matches from background. A pair of sentences from two articles is aligned when
each is among the other's ``top_k`` nearest sentences in the other article and its cosine stands
``min_z`` standard deviations above the background of that pair of articles, or when the two are each
other's best match and stand ``mutual_z`` above it. The background is the mean
and spread of all cross-article cosines of the pair, shrunk towards the cluster's when the pair has few
sentences (so a two-line article does not get a noisy yardstick, and an English article is not judged
against an Indonesian pair's higher baseline).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# Cross pairs an article pair needs before its own background counts as much as the cluster's.
SHRINK_PAIRS = 30
MIN_STD = 0.005
# Below this many cross pairs in a cluster there is no background to measure (two one-line articles):
# then only mutual best matches align.
MIN_BACKGROUND = 12


@dataclass(frozen=True)
class AlignParams:
    top_k: int = 3
    min_z: float = 1.2
    # Mutual best matches need less: in short articles that retell each other, the true matches make up
    # much of the background and pull their own z-scores down.
    mutual_z: float = 1.0

    def __post_init__(self) -> None:
        if self.top_k < 1:
            raise ValueError("top_k must be at least 1")


@dataclass(frozen=True)
class Pair:
    """Two aligned sentences, by row in the embedding matrix (``i < j``), with cosine and z-score."""

    i: int
    j: int
    cosine: float
    z: float


def _ranks_desc(block: np.ndarray, axis: int) -> np.ndarray:
    """Rank of each entry within its row (axis=1) or column (axis=0); 0 is the largest, ties share the best rank."""
    sorted_desc = -np.sort(-block, axis=axis)
    if axis == 1:
        return np.stack([np.searchsorted(-sorted_desc[r], -block[r], side="left") for r in range(block.shape[0])])
    return np.stack([np.searchsorted(-sorted_desc[:, c], -block[:, c], side="left") for c in range(block.shape[1])], axis=1)


def align_pairs(embeddings: np.ndarray, groups: np.ndarray, params: AlignParams = AlignParams()) -> list[Pair]:
    """Aligned sentence pairs between different groups (articles) of one cluster.

    ``embeddings`` is ``(n, d)`` and L2-normalised; ``groups`` is ``(n,)`` with the article of each row.
    Rows of the same group are never paired.
    """
    embeddings = np.asarray(embeddings, dtype=np.float32)
    groups = np.asarray(groups)
    if embeddings.ndim != 2 or groups.shape != (embeddings.shape[0],):
        raise ValueError("embeddings must be (n, d) and groups (n,)")
    labels = list(dict.fromkeys(groups.tolist()))
    rows = {g: np.flatnonzero(groups == g) for g in labels}
    blocks: dict[tuple[int, int], np.ndarray] = {}
    total = total_sq = 0.0
    count = 0
    for a in range(len(labels)):
        for b in range(a + 1, len(labels)):
            ra, rb = rows[labels[a]], rows[labels[b]]
            if len(ra) == 0 or len(rb) == 0:
                continue
            block = embeddings[ra] @ embeddings[rb].T
            blocks[(a, b)] = block
            total += float(block.sum(dtype=np.float64))
            total_sq += float(np.square(block, dtype=np.float64).sum())
            count += block.size
    if count == 0:
        return []
    mu_all = total / count
    sd_all = max(np.sqrt(max(total_sq / count - mu_all**2, 0.0)), MIN_STD)
    pairs: list[Pair] = []
    for (a, b), block in blocks.items():
        w = block.size / (block.size + SHRINK_PAIRS)
        mu = w * float(block.mean()) + (1 - w) * mu_all
        sd = max(w * float(block.std()) + (1 - w) * sd_all, MIN_STD)
        z = (block - mu) / sd
        if count < MIN_BACKGROUND:
            ok = (_ranks_desc(block, 1) == 0) & (_ranks_desc(block, 0) == 0)
        else:
            rows_rank, cols_rank = _ranks_desc(block, 1), _ranks_desc(block, 0)
            ok = ((z >= params.min_z) & (rows_rank < params.top_k) & (cols_rank < params.top_k)) | (
                (z >= params.mutual_z) & (rows_rank == 0) & (cols_rank == 0))
        ra, rb = rows[labels[a]], rows[labels[b]]
        for x, y in zip(*np.nonzero(ok)):
            i, j = int(ra[x]), int(rb[y])
            pairs.append(Pair(min(i, j), max(i, j), float(block[x, y]), float(z[x, y])))
    pairs.sort(key=lambda p: (p.i, p.j))
    return pairs


def claim_groups(pairs: list[Pair], groups: np.ndarray) -> list[tuple[int, ...]]:
    """Group aligned sentences into claims: maximal sets in which every two members from different
    articles are aligned (maximal cliques, where sentences of one article need no link to each other).

    A sentence may belong to several groups, which is how one claim matches several sentences elsewhere.
    """
    groups = np.asarray(groups)
    adj: dict[int, set[int]] = {}
    for p in pairs:
        adj.setdefault(p.i, set()).add(p.j)
        adj.setdefault(p.j, set()).add(p.i)
    nodes = sorted(adj)
    by_group: dict = {}
    for v in nodes:
        by_group.setdefault(groups[v], set()).add(v)
    cliques: list[tuple[int, ...]] = []

    def expand(compat: dict[int, set[int]], r: set[int], p: set[int], x: set[int]) -> None:
        if not p and not x:
            if len({groups[v] for v in r}) >= 2:
                cliques.append(tuple(sorted(r)))
            return
        pivot = max(p | x, key=lambda u: len(compat[u] & p))
        for v in sorted(p - compat[pivot]):
            expand(compat, r | {v}, p & compat[v], x & compat[v])
            p = p - {v}
            x = x | {v}

    # Run per connected component of the alignment graph, so unrelated sentences never meet. Sentences of
    # one article are compatible with each other; across articles only aligned pairs are.
    seen: set[int] = set()
    for start in nodes:
        if start in seen:
            continue
        comp, stack = set(), [start]
        while stack:
            v = stack.pop()
            if v in comp:
                continue
            comp.add(v)
            stack.extend(adj[v] - comp)
        seen |= comp
        compat = {v: (adj[v] | (by_group[groups[v]] & comp)) - {v} for v in comp}
        expand(compat, set(), set(comp), set())
    return sorted(set(cliques), key=lambda c: (c[0], c))
