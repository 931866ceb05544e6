"""Align claims across articles: pure functions on embedding arrays, no model and no I/O.

e5 cosines sit in a narrow band (unrelated sentences of one story average about 0.80–0.87, depending on
the two languages), so no absolute threshold separates matches from background. A pair of sentences from
two articles is aligned when each is among the other's ``top_k`` nearest sentences in the other article
and either

- its **margin** is at least ``min_margin``: the cosine minus the mean of both sentences' ``knn`` nearest
  cosines in the other article (the distance margin of bitext mining, Artetxe & Schwenk 2019; CSLS up to
  a factor), so a sentence that is close to everything (a hub) needs more than one that is close to one
  sentence only; or
- its **z-score** against the background of that pair of articles is at least ``min_z`` (``mutual_z`` for
  two sentences that are each other's best match) and its margin is not below ``margin_floor``: in
  articles that dwell on one topic, several sentences are close to each other and a true match has no
  margin left, but it still stands far above the background.

Both scores are in units of the article pair's standard deviation. The background is the mean and spread
of all cross-article cosines of the pair, shrunk towards the story's when the pair has few sentences.

Cost is bounded for stories of any size: similarities are computed in blocks of rows against the whole
story (memory ``O(block × n)``), each sentence keeps its ``candidates`` best sentences of other articles
(after removing each article pair's mean cosine, so a cross-lingual match is not crowded out by
same-language sentences), the background means come from per-article sums and the spreads from the same
blocks. Time is ``O(n² d)`` in matrix products plus ``O(n²)`` elementwise work, memory ``O(n · candidates)``
plus two (articles × articles) tables; nothing loops over article pairs in Python.
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
# Memory for one block of similarities and its temporaries (about 24 bytes per similarity).
BLOCK_BYTES = 64 * 2**20
PAIR_CHUNK = 65536


@dataclass(frozen=True)
class AlignParams:
    top_k: int = 3
    min_margin: float = 0.15
    min_z: float = 1.5
    # Mutual best matches need less z on the background path: in short articles that retell each other,
    # the true matches make up much of the background and pull their own z-scores down.
    mutual_z: float = 1.0
    # Only a pair far below its neighbours (a sentence close to the whole other article) is kept off the
    # background path.
    margin_floor: float = -0.5
    knn: int = 3
    # How many sentences of other articles each sentence considers (enough for one claim told by 50
    # outlets); a pair is scored only if each is among the other's candidates, so a story has at most
    # 25 pairs per sentence. Stories of up to 50 sentences are aligned exactly.
    candidates: int = 50

    def __post_init__(self) -> None:
        if self.top_k < 1:
            raise ValueError("top_k must be at least 1")
        if self.knn < 1:
            raise ValueError("knn must be at least 1")
        if self.candidates < 1:
            raise ValueError("candidates must be at least 1")


# Today's rule before margins (kept to measure against): mutual top-3 with z ≥ 1.2, mutual best with z ≥ 1.0.
LEGACY = AlignParams(top_k=3, min_margin=float("inf"), min_z=1.2, mutual_z=1.0, margin_floor=float("-inf"))


@dataclass(frozen=True)
class Pair:
    """Two aligned sentences, by row in the embedding matrix (``i < j``), with cosine, z-score and margin."""

    i: int
    j: int
    cosine: float
    z: float
    margin: float = 0.0


@dataclass
class _Candidates:
    """Directed candidates ``row → col`` (sorted positions) that pass the row side's rank test, with the
    row's statistics in the column's article."""

    row: list
    col: list
    cos: list
    knn: list
    best: list  # whether the column is the row's best match in its article


def _layout(groups: np.ndarray):
    labels, first = np.unique(groups, return_index=True)
    order_of_label = np.argsort(np.argsort(first))  # articles numbered by first appearance
    art = order_of_label[np.searchsorted(labels, groups)]
    perm = np.argsort(art, kind="stable")
    sizes = np.bincount(art, minlength=len(labels))
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    return art[perm], perm, sizes, starts


def _row_runs(arts: np.ndarray):
    """(article, first, last+1) runs of equal values in a sorted array."""
    cut = np.flatnonzero(np.diff(arts)) + 1
    bounds = np.concatenate([[0], cut, [len(arts)]])
    return [(int(arts[a]), int(a), int(b)) for a, b in zip(bounds[:-1], bounds[1:])]


def align_pairs(embeddings: np.ndarray, groups: np.ndarray, params: AlignParams = AlignParams(), *,
                block_rows: int | None = None, stats: dict | None = None) -> list[Pair]:
    """Aligned sentence pairs between different groups (articles) of one cluster or story.

    ``embeddings`` is ``(n, d)`` and L2-normalised; ``groups`` is ``(n,)`` with the article of each row.
    Rows of the same group are never paired. ``block_rows`` overrides how many rows are compared with the
    whole story at once; ``stats``, if given, receives counts of the work done (blocks, candidates, the
    largest block) for tests and benchmarks.
    """
    embeddings = np.asarray(embeddings, dtype=np.float32)
    groups = np.asarray(groups)
    if embeddings.ndim != 2 or groups.shape != (embeddings.shape[0],):
        raise ValueError("embeddings must be (n, d) and groups (n,)")
    n = len(groups)
    if n == 0:
        return []
    seg, perm, sizes, starts = _layout(groups)
    n_art = len(sizes)
    sizes_f = sizes.astype(np.float64)
    cross_count = (sizes_f.sum() ** 2 - np.square(sizes_f).sum()) / 2
    if cross_count == 0:
        return []
    emb = embeddings[perm]
    # Background means from per-article sums: the sum of all cosines between a and b is s_a · s_b.
    sums = np.add.reduceat(emb.astype(np.float64), starts, axis=0)
    # Two (articles × articles) tables are the only memory that grows with the number of articles.
    pair_mean = sums @ sums.T
    cross_sum = (pair_mean.sum() - np.trace(pair_mean)) / 2
    pair_mean /= np.outer(sizes_f, sizes_f)
    pair_sq = np.zeros((n_art, n_art))
    k_keep = min(params.candidates, n - 1)
    k_stat = max(params.top_k, params.knn)
    if block_rows is None:
        block_rows = max(1, min(n, BLOCK_BYTES // (n * 24)))
    found = _Candidates([], [], [], [], [])
    work = {"blocks": 0, "block_elements": 0, "candidates": 0, "gathered": 0}
    for r0 in range(0, n, block_rows):
        r1 = min(n, r0 + block_rows)
        sim = emb[r0:r1] @ emb.T
        work["blocks"] += 1
        work["block_elements"] = max(work["block_elements"], sim.size)
        row_seg = seg[r0:r1]
        runs = _row_runs(row_seg)
        sq = np.add.reduceat(np.square(sim), starts, axis=1)
        pair_sq[[a for a, _, _ in runs]] += np.add.reduceat(sq, [lo for _, lo, _ in runs], axis=0)
        # Centre each row by its article pair's mean so languages and topics compete on equal terms, and
        # keep a sentence away from its own article.
        centred = sim
        for a, lo, hi in runs:
            centred[lo:hi] -= pair_mean[a][seg].astype(np.float32)
            centred[lo:hi, starts[a]:starts[a] + sizes[a]] = -np.inf
        rows, cols, vals = _row_tops(centred, k_keep)
        work["candidates"] += len(rows)
        if len(rows) == 0:
            continue
        col_art = seg[cols]
        # Exact statistics of each (row, article) that holds a candidate: its best k cosines there.
        key = rows * n_art + col_art
        ukey, inverse = np.unique(key, return_inverse=True)
        urow, uart = ukey // n_art, ukey % n_art
        tops = _top_values(centred, urow, starts[uart], sizes[uart], k_stat, work)
        shift = pair_mean[row_seg[urow], uart][:, None]
        tops = tops + shift  # back to cosines
        depth = np.minimum(sizes[uart], params.knn)
        finite = np.where(np.isfinite(tops[:, : params.knn]), tops[:, : params.knn], 0.0)
        knn = finite.sum(axis=1) / depth
        kth = tops[:, params.top_k - 1]
        cos = vals + pair_mean[row_seg[rows], col_art]
        passes = cos >= kth[inverse]
        found.row.append(rows[passes] + r0)
        found.col.append(cols[passes])
        found.cos.append(cos[passes])
        found.knn.append(knn[inverse][passes])
        # Compared within the block: one cosine computed in two blocks may differ in its last bit.
        found.best.append((cos >= tops[inverse, 0])[passes])
    if stats is not None:
        stats.update(work)
    if not found.row:
        return []
    return _decide(found, seg, perm, sizes_f, pair_mean, pair_sq, cross_sum, cross_count, n, params)


def _row_tops(block: np.ndarray, keep: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The ``keep`` largest finite entries of each row of ``block`` as (row, column, value), ties to the
    lower column.

    A full partition of every row costs more than the matrix product, so the rows are first cut to the
    entries at or above the ``keep``-th largest of their chunk maxima: each chunk maximum is an entry,
    so at least ``keep`` entries pass and every one of the ``keep`` largest does.
    """
    n_rows, width = block.shape
    chunk = max(1, min(32, width // (4 * keep)))
    if chunk > 1:
        maxima = np.maximum.reduceat(block, np.arange(0, width, chunk), axis=1)
        floor = -np.partition(-maxima, keep - 1, axis=1)[:, keep - 1]
        rows, cols = np.nonzero(block >= floor[:, None])
    else:
        rows, cols = np.divmod(np.arange(block.size), width)
    vals = block[rows, cols]
    live = np.isfinite(vals)
    rows, cols, vals = rows[live], cols[live], vals[live]
    order = np.lexsort((cols, -vals, rows))
    rows, cols, vals = rows[order], cols[order], vals[order]
    first = np.searchsorted(rows, np.arange(n_rows))
    rank = np.arange(len(rows)) - first[rows]
    top = rank < keep
    return rows[top], cols[top], vals[top]


def _top_values(centred: np.ndarray, rows: np.ndarray, first: np.ndarray, length: np.ndarray, k: int,
                work: dict) -> np.ndarray:
    """The ``k`` largest values of ``centred[row, first:first+length]`` for each triple, largest first,
    padded with -inf; gathered in chunks so a very long article does not blow the memory bound."""
    out = np.full((len(rows), k), -np.inf, dtype=np.float64)
    width = int(length.max())
    chunk = max(1, BLOCK_BYTES // (max(width, 1) * 16))
    steps = np.arange(width)
    for c0 in range(0, len(rows), chunk):
        sl = slice(c0, c0 + chunk)
        idx = first[sl, None] + steps[None, :]
        inside = steps[None, :] < length[sl, None]
        vals = np.where(inside, centred[rows[sl, None], np.where(inside, idx, 0)], -np.inf)
        work["gathered"] += vals.size
        kk = min(k, width)
        part = -np.partition(-vals, kk - 1, axis=1)[:, :kk] if kk < width else vals
        part = -np.sort(-part, axis=1)[:, :kk]
        out[sl, :kk] = part
    return out


def _decide(found: _Candidates, seg, perm, sizes, pair_mean, pair_sq, cross_sum, cross_count, n, params) -> list[Pair]:
    row, col, cos, knn, best = (np.concatenate(part) for part in (found.row, found.col, found.cos, found.knn, found.best))
    found.row = found.col = found.cos = found.knn = found.best = []
    # A pair is scored only if both directions survived: look up j → i for every i → j.
    fwd = row.astype(np.int64) * n + col
    back = col.astype(np.int64) * n + row
    order = np.argsort(fwd)
    pos = np.searchsorted(fwd[order], back)
    pos = np.minimum(pos, len(order) - 1)
    mutual = (fwd[order][pos] == back) & (row < col)
    other = order[pos[mutual]]
    i, j = row[mutual], col[mutual]
    c = cos[mutual]
    a, b = seg[i], seg[j]
    mu_all = cross_sum / cross_count
    var_all = (pair_sq.sum() - np.trace(pair_sq)) / 2 / cross_count - mu_all**2
    sd_all = max(np.sqrt(max(var_all, 0.0)), MIN_STD)
    cnt = sizes[a] * sizes[b]
    mean = pair_mean[a, b]
    sd_pair = np.sqrt(np.maximum(pair_sq[a, b] / cnt - mean**2, 0.0))
    w = cnt / (cnt + SHRINK_PAIRS)
    mu = w * mean + (1 - w) * mu_all
    sd = np.maximum(w * sd_pair + (1 - w) * sd_all, MIN_STD)
    z = (c - mu) / sd
    margin = (c - (knn[mutual] + knn[other]) / 2) / sd
    best_both = best[mutual] & best[other]
    if cross_count < MIN_BACKGROUND:
        ok = best_both
    else:
        ok = (margin >= params.min_margin) | (
            (margin >= params.margin_floor) & ((z >= params.min_z) | (best_both & (z >= params.mutual_z))))
    oi, oj = perm[i[ok]], perm[j[ok]]
    lo, hi = np.minimum(oi, oj), np.maximum(oi, oj)
    order = np.lexsort((hi, lo))
    columns = (lo[order], hi[order], c[ok][order], z[ok][order], margin[ok][order])
    pairs: list[Pair] = []
    for start in range(0, len(order), PAIR_CHUNK):  # Python numbers for one chunk at a time
        pairs += [Pair(*f) for f in zip(*(col[start:start + PAIR_CHUNK].tolist() for col in columns))]
    return pairs


# Exact maximal cliques are enumerated for components of at most this many sentences, while the search
# takes at most CLIQUE_CALLS_PER_NODE expansions per sentence; other components are grouped greedily.
EXACT_MAX_NODES = 64
CLIQUE_CALLS_PER_NODE = 64


class _OverBudget(Exception):
    pass


def claim_groups(pairs: list[Pair], groups: np.ndarray, *, stats: dict | None = None) -> list[tuple[int, ...]]:
    """Group aligned sentences into claims in which every two members from different articles are aligned
    (sentences of one article need no link to each other), so a claim can match several sentences of
    another source and one sentence may belong to several claims.

    Per connected component of the alignment graph: when it has at most ``EXACT_MAX_NODES`` sentences, the
    maximal such sets (maximal cliques; Bron–Kerbosch with pivoting, stopped after
    ``CLIQUE_CALLS_PER_NODE`` expansions per sentence). A larger component, or one whose search runs over
    (the number of maximal cliques can grow exponentially), is grouped greedily: from the strongest link
    down, each link that no claim covers yet starts a claim, which takes in its endpoints' common
    compatible neighbours, strongest links first, as long as each stays compatible with every member.
    Greedy claims are maximal too, every link ends up in one, and there are at most as many as links; each
    costs a sort of at most ``2Δ`` neighbours and as many set intersections (``Δ``: the most links of one
    sentence, at most the aligner's ``candidates``), so nothing is exponential. Deterministic either way.
    ``stats``, if given, receives ``groups``, ``clique_calls``, ``greedy_components`` and ``greedy_steps``.
    """
    groups = np.asarray(groups)
    adj: dict[int, dict[int, float]] = {}
    for p in pairs:
        strength = float(getattr(p, "z", 0.0))
        adj.setdefault(p.i, {})[p.j] = strength
        adj.setdefault(p.j, {})[p.i] = strength
    art = {v: groups[v] for v in adj}
    work = {"clique_calls": 0, "greedy_components": 0, "greedy_steps": 0}
    found: list[tuple[int, ...]] = []
    seen: set[int] = set()
    for start in sorted(adj):
        if start in seen:
            continue
        comp, stack = set(), [start]
        while stack:
            v = stack.pop()
            if v not in comp:
                comp.add(v)
                stack.extend(u for u in adj[v] if u not in comp)
        seen |= comp
        by_art: dict = {}
        for v in comp:
            by_art.setdefault(art[v], set()).add(v)
        # Sentences of one article are compatible with each other; across articles only aligned ones are.
        compat = {v: (set(adj[v]) | by_art[art[v]]) - {v} for v in comp}
        try:
            if len(comp) > EXACT_MAX_NODES:
                raise _OverBudget
            found += _cliques(comp, compat, art, CLIQUE_CALLS_PER_NODE * len(comp), work)
        except _OverBudget:
            work["greedy_components"] += 1
            found += _greedy(comp, adj, compat, art, work)
    result = sorted(set(found), key=lambda c: (c[0], c))
    if stats is not None:
        stats.update(work, groups=len(result))
    return result


def _cliques(comp: set[int], compat, art, budget: int, work: dict) -> list[tuple[int, ...]]:
    """Maximal sets of ``comp`` whose members are pairwise compatible and span two articles or more."""
    out: list[tuple[int, ...]] = []
    calls = 0

    def expand(r: set[int], p: set[int], x: set[int]) -> None:
        nonlocal calls
        calls += 1
        work["clique_calls"] += 1
        if calls > budget:
            raise _OverBudget
        if not p and not x:
            if len({art[v] for v in r}) >= 2:
                out.append(tuple(sorted(r)))
            return
        pivot = max(sorted(p | x), key=lambda u: len(compat[u] & p))
        for v in sorted(p - compat[pivot]):
            expand(r | {v}, p & compat[v], x & compat[v])
            p = p - {v}
            x = x | {v}

    expand(set(), set(comp), set())
    return out


def _greedy(comp: set[int], adj, compat, art, work: dict) -> list[tuple[int, ...]]:
    """Maximal claims grown from the strongest uncovered link down (see ``claim_groups``)."""
    edges = sorted(((w, u, v) for u in comp for v, w in adj[u].items() if u < v), key=lambda e: (-e[0], e[1], e[2]))
    covered: set[tuple[int, int]] = set()
    out: list[tuple[int, ...]] = []
    for _, u, v in edges:
        if (u, v) in covered:
            continue
        allowed = compat[u] & compat[v]
        work["greedy_steps"] += 1 + len(allowed)
        if not allowed:  # the common case in a large story: a link that belongs to no larger claim
            out.append((u, v))
            continue
        members = [u, v]
        if len(allowed) == 1:
            members += allowed
        else:
            au, av = adj[u], adj[v]
            order = sorted(allowed, key=lambda w: (-(au.get(w, 0.0) + av.get(w, 0.0)), w))
            for w in order:
                if w in allowed:
                    members.append(w)
                    allowed &= compat[w]
        members.sort()
        for a in range(len(members)):
            for b in range(a + 1, len(members)):
                if art[members[a]] != art[members[b]]:
                    covered.add((members[a], members[b]))
        out.append(tuple(members))
    return out
