"""Group articles into stories, between embedding and alignment: pure functions on article vectors, dates and
name/figure anchors (arrays in, records out, no model, no I/O), so both engines call the same code.

Topic vectors alone cannot tell one event from its neighbours (two rate cuts announced the same day, a
president's inauguration and his cabinet, two plane crashes off one coast: article-vector cosines of the
default model sit at 0.96 for those, above many cross-lingual reports of one event). What reporters of one
event share, whatever their language, are its names and figures. So two articles are compared by a blend of
the cosine of their vectors (title and lead weigh most) and the cosine of their *anchors*: the capitalised
names and the figures in their sentences, weighted by how rare they are in the corpus (``25`` basis points,
``6,00%`` = ``6.00%``, ``Warjiyo``, ``Paiporta``).

Precision comes first, because a false merge fakes corroboration between outlets while a missed merge only
loses a comparison: articles are linked only when published within ``window`` days of each other (undated
articles on content alone), and stories grow by average-linkage agglomeration (Miranda et al. 2018 cluster a
multilingual news stream by centroid similarity with a time window; merging by the mean similarity of every
cross pair is the stricter form of that, and does not let a story drift by chaining). Candidate links come
from exact cosines inside date blocks (blocked matrix products, memory bounded by the block); the merge order
depends only on the articles, sorted by date and id, so the same corpus gives the same stories in any order.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np

from .config import GROUPINGS
from .records import Story

# Names and figures: a capitalised word, or a number with its separators.
_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*|\d[\d.,]*\d|\d")
# Capitalised words that name no event: weekdays and months (dates are the window's job), function words
# that open clauses, and time zones. Indonesian and English; other languages get IDF weighting alone.
_NOT_ANCHORS = frozenset(
    """
    senin selasa rabu kamis jumat jum'at sabtu minggu ahad januari februari maret april mei juni juli agustus
    september oktober november desember monday tuesday wednesday thursday friday saturday sunday january
    february march may june july august october december the a an in on at of and or but for to with by from
    as this that these those it he she they we i his her its their our ini itu ia dia mereka kami kita para di
    ke dari pada dalam dengan untuk dan atau yang sebagai menurut sementara namun wib wita wit gmt utc
    """.split()
)


@dataclass(frozen=True)
class GroupParams:
    """How articles become stories.

    ``window``: days between publication dates within which two articles may report one event.
    ``threshold``: the mean blended similarity every cross pair of two stories must reach for them to merge.
    ``anchor_weight``: the share of the blend that comes from shared names and figures (the rest is the cosine
    of article vectors). ``neighbours``: candidate links kept per article. ``block``: rows per matrix product.
    """

    window: int = 3
    threshold: float = 0.81
    anchor_weight: float = 1 / 6
    # Articles worded alike that share no name or figure are two events of a kind (two floods, two fires):
    # two stories merge only if their names and figures overlap at least this much on average.
    min_anchor: float = 0.1
    # ... and two articles are linked at all only if they share at least this many names or figures: one
    # shared figure (a magnitude, a percentage) happens by chance between two events of a kind.
    min_shared: int = 2
    # Names and figures in more than this share of the articles (and more than five) count for similarity but
    # not as shared evidence: "SAR", "Jakarta", a year.
    common_share: float = 0.02
    neighbours: int = 24
    block: int = 512
    # A block compared with more articles than this (a huge day, or many undated articles) finds its
    # candidates with an approximate nearest-neighbour index (faiss, ``consistency[large]``) when installed.
    exact_limit: int = 20000
    title_weight: float = 2.0
    lead_sentences: int = 2
    lead_weight: float = 2.0

    def __post_init__(self) -> None:
        if self.window < 0:
            raise ValueError("window must be at least 0 days")
        if not -1.0 <= self.threshold <= 1.0:
            raise ValueError("threshold must be between -1 and 1")
        if not 0.0 <= self.anchor_weight < 1.0:
            raise ValueError("anchor_weight must be in [0, 1)")
        if self.neighbours < 1 or self.block < 1:
            raise ValueError("neighbours and block must be at least 1")


def article_vectors(sentence_vectors: np.ndarray, owners: np.ndarray, n_articles: int, *,
                    title_vectors: np.ndarray | None = None, params: GroupParams = GroupParams()) -> np.ndarray:
    """One L2-normalised vector per article from its sentence vectors (rows in reading order per owner).

    The title (a row of ``title_vectors``; a zero row for none) and the first ``lead_sentences`` sentences
    weigh more than the rest: that is where an article says which event it reports. An article with no
    sentence and no title gets a zero vector and groups with nothing.
    """
    x = np.asarray(sentence_vectors, dtype=np.float32)
    owners = np.asarray(owners, dtype=np.int64)
    if x.ndim != 2 or owners.shape != (x.shape[0],):
        raise ValueError("sentence_vectors must be (n, d) and owners (n,)")
    if len(owners) and (owners.min() < 0 or owners.max() >= n_articles or np.any(np.diff(owners) < 0)):
        raise ValueError("owners must be article indexes in [0, n_articles), grouped in order")
    dim = x.shape[1] if x.ndim == 2 and x.shape[1] else (title_vectors.shape[1] if title_vectors is not None else 1)
    out = np.zeros((n_articles, dim), np.float64)
    if len(owners):
        first = np.searchsorted(owners, owners, side="left")
        position = np.arange(len(owners)) - first  # index of each sentence within its article
        weight = np.where(position < params.lead_sentences, params.lead_weight, 1.0)
        np.add.at(out, owners, x * weight[:, None])
    if title_vectors is not None:
        out += params.title_weight * np.asarray(title_vectors, dtype=np.float64)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return (out / np.where(norms > 0, norms, 1.0)).astype(np.float32)


def anchor_terms(sentences: Iterable[str], source: str | None = None) -> Counter:
    """The names and figures of an article, counted: capitalised words that do not open a sentence
    (acronyms may), and numbers with their separators removed, so ``2.000`` (Indonesian) and ``2,000``
    (English) are one figure. The outlet's own name is left out: it is shared by everything it publishes."""
    outlet = set(_TOKEN.findall(source.casefold())) if source else set()
    counts: Counter = Counter()
    for text in sentences:
        for k, m in enumerate(_TOKEN.finditer(text)):
            word = m.group(0)
            if word[0].isdigit():
                digits = word.replace(".", "").replace(",", "")
                if len(digits) >= 2:
                    counts["#" + digits] += 1
                continue
            if not word[0].isupper() or (k == 0 and not (len(word) > 1 and word.isupper())):
                continue
            key = word.casefold().strip("'’-")
            if len(key) < 2 or key in _NOT_ANCHORS or key in outlet:
                continue
            counts[key] += 1
    return counts


def _anchor_rows(anchors: Sequence[Counter]) -> list[dict[int, float]]:
    """TF-IDF rows (log tf, smoothed idf), L2-normalised, as {term index: weight}."""
    df: Counter = Counter()
    for a in anchors:
        df.update(a.keys())
    vocab = {t: k for k, t in enumerate(sorted(df))}
    n = len(anchors)
    rows = []
    for a in anchors:
        row = {vocab[t]: (1.0 + math.log(c)) * (math.log((1 + n) / (1 + df[t])) + 1.0) for t, c in a.items()}
        norm = math.sqrt(sum(v * v for v in row.values()))
        rows.append({t: v / norm for t, v in row.items()} if norm else {})
    return rows


def _sparse(rows: list[dict[int, float]]):
    from scipy.sparse import csr_matrix

    indptr = np.zeros(len(rows) + 1, np.int64)
    indptr[1:] = np.cumsum([len(r) for r in rows])
    indices = np.fromiter((t for r in rows for t in r), np.int64, count=int(indptr[-1]))
    data = np.fromiter((v for r in rows for v in r.values()), np.float64, count=int(indptr[-1]))
    width = int(indices.max()) + 1 if len(indices) else 1
    return csr_matrix((data, indices, indptr), shape=(len(rows), width))


def _dot(a: dict[int, float], b: dict[int, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def _evidence(rows: list[dict[int, float]], params: GroupParams):
    """Which rare names and figures each article has (a 0/1 sparse matrix), for counting shared evidence."""
    df: Counter = Counter(t for r in rows for t in r)
    limit = max(5, params.common_share * len(rows))
    return _sparse([{t: 1.0 for t in r if df[t] <= limit} for r in rows])


def _candidates(x: np.ndarray, days: np.ndarray, anchor_matrix, params: GroupParams,
                evidence=None) -> list[tuple[float, int, int]]:
    """Links worth considering: for each article its ``neighbours`` best partners within the date window
    whose blended similarity reaches the threshold. Rows are in canonical order (dated by day, then undated);
    each block of rows is compared with the columns its window allows, never with the whole corpus at once
    unless undated articles make that necessary."""
    n = len(x)
    dated = int(np.sum(days >= 0))
    edges: dict[tuple[int, int], float] = {}
    blocks = [(r0, min(dated, r0 + params.block)) for r0 in range(0, dated, params.block)]
    blocks += [(r0, min(n, r0 + params.block)) for r0 in range(dated, n, params.block)]
    index = None
    for r0, r1 in blocks:
        if r1 <= dated:  # dated rows: the columns of the window's days, plus every undated column
            lo = int(np.searchsorted(days[:dated], days[r0] - params.window, side="left"))
            hi = int(np.searchsorted(days[:dated], days[r1 - 1] + params.window, side="right"))
            width = hi - lo + n - dated
        else:  # undated rows: content alone, every column
            lo, hi, width = 0, dated, n
        if width > params.exact_limit:
            index = index if index is not None else _ann_index(x)
            if index is not None:
                edges.update(_approximate_edges(index, x, days, anchor_matrix, params, r0, r1, evidence))
                continue
        cols = np.concatenate([np.arange(lo, hi), np.arange(dated, n)])
        edges.update(_block_edges(x, days, anchor_matrix, params, r0, r1, cols, evidence))
    return sorted(((s, i, j) for (i, j), s in edges.items()), key=lambda e: (-e[0], e[1], e[2]))


def _ann_index(x: np.ndarray):
    """An HNSW inner-product index over every article vector, or None without faiss (then blocks stay exact,
    only slower). Built on one thread so the graph, and so the stories, are the same on every run."""
    try:
        import faiss
    except ImportError:
        return None
    threads = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        index = faiss.IndexHNSWFlat(x.shape[1], 32, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = 80
        index.add(np.ascontiguousarray(x, dtype=np.float32))
    finally:
        faiss.omp_set_num_threads(threads)
    index.hnsw.efSearch = 128
    return index


def _approximate_edges(index, x, days, anchor_matrix, params, r0, r1, evidence=None) -> dict[tuple[int, int], float]:
    """Candidates for rows ``r0:r1`` from the index: their nearest articles by vector (four times the
    neighbours asked for, as the blend and the window reorder them), scored exactly."""
    want = min(len(x), 4 * params.neighbours + 1)
    _, found = index.search(np.ascontiguousarray(x[r0:r1], dtype=np.float32), want)
    rows = np.repeat(np.arange(r0, r1), found.shape[1])
    cols = found.reshape(-1)
    keep = (cols >= 0) & (cols != rows)
    rows, cols = rows[keep], cols[keep]
    gap = np.abs(days[rows] - days[cols])
    keep = (days[rows] < 0) | (days[cols] < 0) | (gap <= params.window)
    rows, cols = rows[keep], cols[keep]
    w = params.anchor_weight
    scores = (1.0 - w) * np.einsum("ij,ij->i", x[rows], x[cols]).astype(np.float64)
    if w and len(rows):
        scores += w * np.asarray(anchor_matrix[rows].multiply(anchor_matrix[cols]).sum(axis=1)).ravel()
        if params.min_shared > 0 and evidence is not None:
            shared = np.asarray(evidence[rows].multiply(evidence[cols]).sum(axis=1)).ravel()
            scores = np.where(shared >= params.min_shared, scores, -np.inf)
    out: dict[tuple[int, int], float] = {}
    order = np.lexsort((cols, -scores, rows))
    taken: dict[int, int] = {}
    for k in order:
        r, c, sc = int(rows[k]), int(cols[k]), float(scores[k])
        if sc < params.threshold or taken.get(r, 0) >= params.neighbours:
            continue
        taken[r] = taken.get(r, 0) + 1
        i, j = (r, c) if r < c else (c, r)
        out[(i, j)] = sc
    return out


def _block_edges(x, days, anchor_matrix, params, r0, r1, cols, evidence=None) -> dict[tuple[int, int], float]:
    if r1 <= r0 or len(cols) == 0:
        return {}
    w = params.anchor_weight
    scores = (1.0 - w) * (x[r0:r1] @ x[cols].T).astype(np.float64)
    if w:
        scores += w * (anchor_matrix[r0:r1] @ anchor_matrix[cols].T).toarray()
    rows = np.arange(r0, r1)
    if params.min_shared > 0 and w and evidence is not None:
        scores = np.where((evidence[r0:r1] @ evidence[cols].T).toarray() >= params.min_shared, scores, -np.inf)
    gap = np.abs(days[rows][:, None] - days[cols][None, :])
    allowed = (days[rows][:, None] < 0) | (days[cols][None, :] < 0) | (gap <= params.window)
    allowed &= rows[:, None] != cols[None, :]
    scores = np.where(allowed, scores, -np.inf)
    k = min(params.neighbours, len(cols))
    top = np.argpartition(-scores, k - 1, axis=1)[:, :k] if k < len(cols) else np.broadcast_to(np.arange(len(cols)), scores.shape)
    out: dict[tuple[int, int], float] = {}
    for row, picks in zip(range(r1 - r0), top):
        for c in picks:
            s = float(scores[row, c])
            if s >= params.threshold:
                i, j = sorted((r0 + row, int(cols[c])))
                out[(i, j)] = s
    return out


def story_id(article_ids: Iterable[str]) -> str:
    """A story's id from its members, so it stays the same whatever order the corpus came in."""
    digest = hashlib.sha1("\x1f".join(sorted(article_ids)).encode("utf-8")).hexdigest()
    return f"s-{digest[:10]}"


def _day(value) -> int:
    if value is None:
        return -1
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.toordinal()
    return int(value)


def group_stories(vectors: np.ndarray, dates: Sequence[dt.date | None], ids: Sequence[str], *,
                  anchors: Sequence[Counter] | None = None, labels: Sequence[str] | None = None,
                  params: GroupParams = GroupParams()) -> list[Story]:
    """Stories from article vectors (``(n, d)``, L2-normalised), publication dates (None = unknown), ids
    (unique) and optionally each article's anchors (see :func:`anchor_terms`) and label text (its title or
    lead). Every article is in exactly one story; a story of one article is an article no other source
    reports. Stories come sorted by their first date, then id."""
    x = np.asarray(vectors, dtype=np.float32)
    n = len(ids)
    if x.ndim != 2 or x.shape[0] != n or len(dates) != n:
        raise ValueError("vectors must be (n, d) with one date and one id per row")
    if len(set(ids)) != n:
        raise ValueError("article ids must be unique")
    if anchors is not None and len(anchors) != n:
        raise ValueError("one anchor count per article")
    if n == 0:
        return []
    day_of = np.array([_day(d) for d in dates], np.int64)
    # canonical order: dated articles by day then id, undated ones by id
    order = sorted(range(n), key=lambda i: (day_of[i] < 0, day_of[i], ids[i]))
    x = x[order]
    days = day_of[order]
    cids = [ids[i] for i in order]
    rows = _anchor_rows([anchors[i] for i in order]) if anchors is not None else [{} for _ in order]
    w = params.anchor_weight if anchors is not None else 0.0
    local = GroupParams(**{**params.__dict__, "anchor_weight": w})
    live = np.linalg.norm(x, axis=1) > 0
    edges = _candidates(np.where(live[:, None], x, 0), days, _sparse(rows), local,
                        _evidence(rows, local) if anchors is not None else None) if n > 1 else []

    # average-linkage agglomeration over the candidate graph, best pair first (ties by canonical index)
    dense = {i: x[i].astype(np.float64) for i in range(n)}
    sparse = {i: dict(rows[i]) for i in range(n)}
    size = {i: 1 for i in range(n)}
    members = {i: [i] for i in range(n)}
    version = {i: 0 for i in range(n)}
    neighbours: dict[int, set[int]] = {i: set() for i in range(n)}
    heap: list[tuple[float, int, int, int, int]] = []
    gate = params.min_anchor if anchors is not None else 0.0

    # dated members' first and last day per story: an undated article may not bridge two stories whose
    # dates lie further apart than the window
    span = {i: (int(days[i]), int(days[i])) if days[i] >= 0 else None for i in range(n)}

    def linkage(a: int, b: int) -> float:
        if span[a] is not None and span[b] is not None and \
                max(span[a][0], span[b][0]) - min(span[a][1], span[b][1]) > params.window:
            return -1.0
        shared = _dot(sparse[a], sparse[b]) / (size[a] * size[b])
        if shared < gate:
            return -1.0
        return (1.0 - w) * float(dense[a] @ dense[b]) / (size[a] * size[b]) + w * shared

    for s, i, j in edges:
        neighbours[i].add(j)
        neighbours[j].add(i)
        s = linkage(i, j)
        heap.append((-s, i, j, 0, 0))
    heapq.heapify(heap)

    while heap:
        neg, a, b, va, vb = heapq.heappop(heap)
        if -neg < local.threshold:
            break
        if version.get(a) != va or version.get(b) != vb:
            continue
        keep, gone = min(a, b), max(a, b)
        dense[keep] = dense[keep] + dense.pop(gone)
        merged = dict(sparse[keep])
        for t, v in sparse.pop(gone).items():
            merged[t] = merged.get(t, 0.0) + v
        sparse[keep] = merged
        size[keep] += size.pop(gone)
        members[keep] += members.pop(gone)
        del version[gone]
        version[keep] += 1
        near = (neighbours[keep] | neighbours.pop(gone)) - {keep, gone}
        neighbours[keep] = near
        spans = [x for x in (span[keep], span.pop(gone)) if x is not None]
        span[keep] = (min(x[0] for x in spans), max(x[1] for x in spans)) if spans else None
        for c in near:
            neighbours[c].discard(gone)
            neighbours[c].add(keep)
            s = linkage(keep, c)
            if s >= local.threshold:
                lo, hi = min(keep, c), max(keep, c)
                heapq.heappush(heap, (-s, lo, hi, version[lo], version[hi]))

    stories = []
    for key, group in members.items():
        group = sorted(group)
        centroid = dense[key]
        central = max(group, key=lambda i: (float(x[i] @ centroid), -i))
        m = len(group)
        cohesion = None
        if m > 1:
            self_anchor = sum(_dot(rows[i], rows[i]) for i in group)
            pairs = (1.0 - w) * (float(centroid @ centroid) - sum(float(x[i] @ x[i]) for i in group)) \
                + w * (_dot(sparse[key], sparse[key]) - self_anchor)
            cohesion = round(pairs / (m * (m - 1)), 4)
        article_ids = tuple(cids[i] for i in group)
        label = labels[order[central]] if labels is not None else cids[central]
        stories.append(Story(story_id(article_ids), article_ids, " ".join(str(label).split()), "auto",
                             cids[central], cohesion))
    position = {c: k for k, c in enumerate(cids)}
    stories.sort(key=lambda s: (position[s.articles[0]], s.id))
    return stories


__all__ = ["GROUPINGS", "GroupParams", "anchor_terms", "article_vectors", "group_stories", "story_id"]
