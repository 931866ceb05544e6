"""The pipeline: load → segment → extract → embed → group into stories → per story align → compare, into a Report.

The stage functions live here; an engine (``engine/local.py``, ``engine/ray.py``) decides where and in what
batches they run, never what they compute. Sentences (and titles) are embedded first, for grouping; the masked
context of each figure and date only once the stories are known, for the articles of a compared story and the
mentions a candidate pair can read (``contexts_to_embed``). An embedder that pools contexts from its sentence
passes instead (``supports_spans``: the graph backends with ``pool_contexts``, off by default) gets the facts
first and returns each context with its sentence's vector (``SpanEncoder``). Stories stream through alignment and
comparison one at a time.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import numpy as np

from .align import align_pairs, claim_groups
from .compare import compare_cluster
from .config import Config
from .embed import Embedder, default_cache_dir, load_embedder, supports_spans
from .errors import InputError
from .compare.features import article_contexts, article_spans
from .extract import SentenceFacts, extract_article
from .load import DEFAULT_CLUSTER, load_articles
from .records import Alignment, AlignmentMember, Article, Cluster, FactVectors, ModelInfo, Report, Sentence, Story
from .stories import anchor_terms, article_vectors, group_stories


class _Clock:
    """Adds the time since the last lap to ``timings[stage]``."""

    def __init__(self, timings: dict[str, float] | None) -> None:
        self.timings = timings
        self.last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        if self.timings is not None:
            self.timings[stage] = self.timings.get(stage, 0.0) + now - self.last
        self.last = now


def embed_text(sentence: Sentence) -> str:
    """What the model sees: the sentence with its line breaks folded."""
    return " ".join(sentence.text.split())


def fold(text: str) -> str:
    return " ".join(text.split())


def align_claims(cluster_id: str, articles: list[Article], sentences: dict[str, tuple[Sentence, ...]],
                 vectors: np.ndarray, config: Config) -> list[Alignment]:
    """The claim groups of one cluster; ``vectors`` has one row per sentence, in article order."""
    flat = [s for a in articles for s in sentences[a.id]]
    index = {a.id: n for n, a in enumerate(articles)}
    owners = np.array([index[s.article] for s in flat], dtype=np.int64)
    pairs = align_pairs(vectors, owners, config.align)
    link = {(p.i, p.j): p for p in pairs}
    alignments = []
    for n, members in enumerate(claim_groups(pairs, owners), start=1):
        inner = [(a, b, link[(members[a], members[b])].cosine)
                 for a in range(len(members)) for b in range(a + 1, len(members))
                 if (members[a], members[b]) in link]
        score = float(np.mean([c for _, _, c in inner]))
        alignments.append(
            Alignment(
                id=f"{cluster_id}:a{n}",
                score=round(score, 4),
                members=tuple(
                    AlignmentMember(flat[m].article, flat[m].index, flat[m].text, flat[m].start, flat[m].end)
                    for m in members
                ),
                pairs=tuple((a, b, round(c, 4)) for a, b, c in inner),
            )
        )
    alignments.sort(key=lambda al: (-al.score, al.id))
    return [Alignment(f"{cluster_id}:a{n}", al.score, al.members, al.pairs) for n, al in enumerate(alignments, start=1)]


def fact_vectors(articles: list[Article], sentences: dict[str, tuple[Sentence, ...]], vectors: np.ndarray,
                 contexts: dict[tuple[str, str, int], np.ndarray] | None) -> FactVectors | None:
    """What the comparer reads from the embeddings: sentence rows (in article order) and mention contexts."""
    if contexts is None:
        return None
    keys = [(a.id, s.index) for a in articles for s in sentences[a.id]]
    return FactVectors(dict(zip(keys, vectors)), contexts)


def embed_facts(articles: list[Article], sentences: dict[str, tuple[Sentence, ...]],
                facts: dict[str, list[SentenceFacts]], embedder: Embedder, *,
                contexts: bool | None = None) -> tuple[np.ndarray, FactVectors]:
    """Embed a cluster's sentences and the contexts of its facts in one call (for a library caller of
    ``compare_cluster`` or ``align_cluster``): the sentence rows in article order, and the FactVectors. The
    contexts are pooled from the sentences' passes when the embedder can (``supports_spans``), else their
    masked texts are embedded; with ``contexts=False`` (by default when the default scorer reads none,
    ``reads_contexts``) they are not embedded at all."""
    if contexts is None:
        contexts = reads_contexts(Config())
    if not contexts:
        texts = list(dict.fromkeys(t for a in articles for t in texts_to_embed(a, sentences[a.id], with_title=False)))
        matrix = embedder.encode(texts) if texts else np.zeros((0, 1), np.float32)
        at = {t: n for n, t in enumerate(texts)}
        vectors = matrix[[at[embed_text(s)] for a in articles for s in sentences[a.id]]] if texts else matrix
        return vectors, fact_vectors(articles, sentences, vectors, {})
    if supports_spans(embedder):
        encoder = SpanEncoder(embedder.encode_with_spans)
        for a in articles:
            encoder.add(span_request(texts_to_embed(a, sentences[a.id], with_title=False),
                                     article_mention_spans(sentences[a.id], facts[a.id])))
        matrix = encoder.matrix()
        rows, contexts = [], {}
        for a in articles:
            rows.append(np.asarray([encoder.rows[embed_text(s)] for s in sentences[a.id]], np.int64))
            contexts.update({(a.id, kind, pos): v for (kind, pos), v in
                             encoder.contexts_of(article_mention_spans(sentences[a.id], facts[a.id])).items()})
        vectors = matrix[np.concatenate(rows)] if rows else np.zeros((0, matrix.shape[1]), np.float32)
        return vectors, fact_vectors(articles, sentences, vectors, contexts)
    texts, keys = [], []
    for a in articles:
        t, k = article_texts(a, sentences[a.id], facts[a.id], with_title=False)
        texts += t
        keys.append(k)
    unique = list(dict.fromkeys(texts))
    matrix = embedder.encode(unique) if unique else np.zeros((0, 1), np.float32)
    at = {t: n for n, t in enumerate(unique)}
    rows, contexts, start = [], {}, 0
    for a, k in zip(articles, keys):
        n = len(sentences[a.id]) + len(k)
        own = [at[t] for t in texts[start:start + n]]
        sent_rows, _title, ctx_rows = place_rows(a, sentences[a.id], k, own)
        rows.append(sent_rows)
        contexts.update({(a.id, kind, pos): matrix[r] for (kind, pos), r in ctx_rows.items()})
        start += n
    vectors = matrix[np.concatenate(rows)] if rows else np.zeros((0, matrix.shape[1]), np.float32)
    return vectors, fact_vectors(articles, sentences, vectors, contexts)


# --- contexts pooled from the sentences' own passes -------------------------------------------------------

Span = tuple[int, int, int, int]


def fold_offsets(raw: str) -> np.ndarray:
    """Where each offset of ``raw`` (0 … len) lands in ``fold(raw)``: whitespace runs become one space, the
    ends are trimmed."""
    pos = np.zeros(len(raw) + 1, np.int64)
    size, pending = 0, False
    for i, c in enumerate(raw):
        if c.isspace():
            pending = True
            pos[i] = size
            continue
        if pending and size:
            size += 1
        pending = False
        pos[i] = size
        size += 1
    pos[len(raw)] = size
    return pos


def article_mention_spans(sentences: tuple[Sentence, ...], facts: list[SentenceFacts]) -> list[tuple[tuple[str, int], str, Span]]:
    """((kind, start), sentence text as embedded, span in that text) of every compared mention of an article
    (``features.article_spans``, in the embedded text's characters)."""
    by_index = {s.index: s for s in sentences}
    out, maps = [], {}
    for mention, index, span in article_spans(facts):
        sentence = by_index[index]
        if index not in maps:
            maps[index] = fold_offsets(sentence.text)
        pos = maps[index]
        out.append((mention, embed_text(sentence), tuple(int(pos[x]) for x in span)))
    return out


def span_request(texts: list[str], mentions: list[tuple[tuple[str, int], str, Span]]) -> dict[str, set]:
    """What an article asks of a ``SpanEncoder``: each of its texts, with the spans to pool from it."""
    out: dict[str, set] = {t: set() for t in texts}
    for _mention, text, span in mentions:
        out.setdefault(text, set()).add(span)
    return out


class SpanEncoder:
    """Embeds texts, each once, with the contexts of the spans asked of it from the same pass
    (``encode_with_spans``): requests come article by article (or chunk by chunk, as facts arrive); a text
    asked again with a span it has not pooled yet runs again (its vector is the same: one text, one pass)."""

    def __init__(self, encode_with_spans: Callable) -> None:
        self.encode_with_spans = encode_with_spans
        self.rows: dict[str, int] = {}
        self.pooled: dict[tuple[str, Span], np.ndarray] = {}
        self._spans: dict[str, set] = {}
        self._blocks: list[np.ndarray] = []
        self._size = 0

    def add(self, request: dict[str, set]) -> None:
        todo = [t for t, spans in request.items() if t not in self.rows or not spans <= self._spans[t]]
        if not todo:
            return
        spans = [sorted(request[t] | self._spans.get(t, set())) for t in todo]
        vectors, contexts = self.encode_with_spans(todo, spans)
        fresh = [n for n, t in enumerate(todo) if t not in self.rows]
        for n in fresh:
            self.rows[todo[n]] = self._size
            self._size += 1
        if fresh:
            self._blocks.append(np.asarray(vectors)[fresh])
        for t, sp, ctx in zip(todo, spans, contexts):
            self._spans[t] = set(sp)
            self.pooled.update({(t, s): v for s, v in zip(sp, ctx)})

    def matrix(self) -> np.ndarray:
        if not self._blocks:
            return np.zeros((0, 1), np.float32)
        if len(self._blocks) > 1:
            self._blocks = [np.concatenate(self._blocks)]
        return self._blocks[0]

    def contexts_of(self, mentions: list[tuple[tuple[str, int], str, Span]]) -> dict[tuple[str, int], np.ndarray]:
        """The pooled context of each mention, by (kind, start)."""
        return {mention: self.pooled[(text, span)] for mention, text, span in mentions}


def align_cluster(cluster_id: str, articles: list[Article], sentences: dict[str, tuple[Sentence, ...]],
                  vectors: np.ndarray, config: Config, timings: dict[str, float] | None = None, *,
                  story: Story | None = None, facts: dict[str, list[SentenceFacts]] | None = None,
                  contexts: dict[tuple[str, str, int], np.ndarray] | None = None) -> Cluster:
    """Align and compare one cluster (extracting its facts unless ``facts`` gives them); ``vectors`` has one
    row per sentence, in article order, and ``contexts`` the masked contexts' vectors by (article, kind,
    start). Stage times are added to ``timings``."""
    clock = _Clock(timings)
    alignments = align_claims(cluster_id, articles, sentences, vectors, config)
    clock.lap("align")
    if facts is None:
        facts = {a.id: extract_facts(a, sentences[a.id], config) for a in articles}
        clock.lap("extract")
    findings = compare_cluster(tuple(articles), facts, tuple(alignments), config.compare,
                               vectors=fact_vectors(articles, sentences, vectors, contexts))
    clock.lap("compare")
    extra = {} if story is None else {"label": story.label, "grouping": story.grouping, "cohesion": story.cohesion}
    return Cluster(cluster_id, tuple(articles), sentences, tuple(alignments), findings, **extra)


# --- the stages an engine runs ------------------------------------------------------------------------


def make_embedder(config: Config) -> Embedder:
    """The embedder the configuration names (through ``consistency.embed.load_embedder``, so any backend fits)."""
    return load_embedder(config.model, prompt=config.prompt, cache_dir=config.cache_dir,
                         batch_size=config.batch_size, allow_download=config.allow_download, backend=config.backend)


def label_text(article: Article, sentences: tuple[Sentence, ...]) -> str:
    """What names an article in a story table: its title, else its first sentence."""
    if article.title:
        return fold(article.title)
    return fold(sentences[0].text) if sentences else article.id


def texts_to_embed(article: Article, sentences: tuple[Sentence, ...], *, with_title: bool) -> list[str]:
    """An article's texts for the model: its sentences, then its title when grouping needs it."""
    texts = [embed_text(s) for s in sentences]
    if with_title and article.title:
        texts.append(fold(article.title))
    return texts


def extract_facts(article: Article, sentences: tuple[Sentence, ...], config: Config) -> list[SentenceFacts]:
    return extract_article(article, sentences, config.numbers)


def prose_warnings(articles: list[Article]) -> list[str]:
    return [f"article {a.id!r} has no prose left after removing boilerplate" for a in articles if not a.paragraphs]


def article_texts(article: Article, sentences: tuple[Sentence, ...], facts: list[SentenceFacts] | None, *,
                  with_title: bool) -> tuple[list[str], list[tuple[str, int]]]:
    """All an article's texts for the model, and the keys (kind, start) of its mention contexts: its sentences,
    its title when grouping needs it, then the masked context of each figure and date that is compared."""
    texts = texts_to_embed(article, sentences, with_title=with_title)
    keyed = article_contexts(facts) if facts is not None else []
    return texts + [t for _, t in keyed], [k for k, _ in keyed]


def place_rows(article: Article, sentences: tuple[Sentence, ...], context_keys: list[tuple[str, int]],
               rows: list[int]) -> tuple[np.ndarray, int | None, dict[tuple[str, int], int]]:
    """Split an article's matrix rows (in ``article_texts`` order) into its sentence rows, its title row (or
    None) and its context rows by key."""
    n = len(sentences)
    title = len(rows) - n - len(context_keys) == 1
    contexts = rows[n + title:]
    return (np.asarray(rows[:n], np.int64), rows[n] if title else None, dict(zip(context_keys, contexts)))


def key(article: Article) -> tuple[str, str]:
    """An article's key in a corpus: ids are unique within a cluster, not across labelled clusters."""
    return (article.cluster, article.id)


def members(story: Story, by_key: dict) -> list[Article]:
    """A story's articles: a given cluster's by its label, drawn stories' (and the one cluster's) unlabelled."""
    cluster = story.id if story.grouping == "given" else DEFAULT_CLUSTER
    return [by_key[(cluster, i)] for i in story.articles]


@dataclass
class Corpus:
    """Articles with their sentences and sentence vectors: what grouping and alignment read.

    Articles are keyed by ``key(article)`` (cluster and id: ids need only be unique within a labelled
    cluster). ``rows[key]`` gives an article's sentence vectors in ``matrix``; ``title_rows[key]`` its title's row.
    """

    articles: list[Article]
    sentences: dict[str, tuple[Sentence, ...]]
    matrix: np.ndarray
    rows: dict[str, np.ndarray]
    title_rows: dict[str, int] = field(default_factory=dict)
    facts: dict = field(default_factory=dict)  # key(article) → its SentenceFacts
    context_rows: dict = field(default_factory=dict)  # key(article) → {(kind, start): row in context_matrix}
    context_matrix: np.ndarray | None = None

    def __post_init__(self) -> None:
        self.by_key = {key(a): a for a in self.articles}

    def contexts(self, articles: Iterable[Article]) -> dict[tuple[str, str, int], np.ndarray] | None:
        """The masked contexts' vectors of ``articles`` by (article id, kind, start), or None when the corpus
        has none for one of them (its facts were not extracted, its contexts not embedded)."""
        articles = list(articles)
        if not all(key(a) in self.context_rows for a in articles):
            return None
        return {(a.id, kind, start): self.context_matrix[row] for a in articles
                for (kind, start), row in self.context_rows[key(a)].items()}

    def add_contexts(self, keyed: dict[tuple, list[tuple[tuple[str, int], str | None]]], texts: list[str],
                     vectors: np.ndarray) -> None:
        """Place the vectors of the masked contexts ``contexts_to_embed`` listed: ``vectors[n]`` is ``texts[n]``'s.
        A mention without a text (never paired) gets a zero row: the story's contexts stay complete, and
        nothing reads it."""
        row = {t: n for n, t in enumerate(texts)}
        self.context_matrix = np.concatenate([vectors, np.zeros((1, vectors.shape[1]), np.float32)])
        for k, mentions in keyed.items():
            self.context_rows[k] = {mention: row[text] if text is not None else len(texts) for mention, text in mentions}

    def set_contexts(self, by_article: dict[tuple, dict[tuple[str, int], np.ndarray]]) -> None:
        """Place contexts given as vectors (pooled from the sentences' passes), by article key."""
        vectors, self.context_rows = [], {}
        for k, mentions in by_article.items():
            self.context_rows[k] = {}
            for mention, v in mentions.items():
                self.context_rows[k][mention] = len(vectors)
                vectors.append(v)
        dim = self.matrix.shape[1] if self.matrix.ndim == 2 else 1
        self.context_matrix = np.stack(vectors).astype(np.float32) if vectors else np.zeros((0, dim), np.float32)

    def vectors(self, articles: Iterable[Article]) -> np.ndarray:
        ids = [self.rows[key(a)] for a in articles]
        if not ids or not sum(len(r) for r in ids):
            return np.zeros((0, self.matrix.shape[1] if self.matrix.ndim == 2 else 1), np.float32)
        return self.matrix[np.concatenate(ids)]


def paired_mentions(articles: list[Article], facts: dict[str, list[SentenceFacts]]) -> set[tuple[str, str, int]]:
    """The mentions (article id, kind, start) of one story that can meet a mention of another article: those
    of a group (``compare.candidates``: counts with counts, shares with shares, dates with dates) that more
    than one article of the story holds. The rest are never in a candidate pair, so their contexts are never
    read."""
    from .compare.candidates import collect

    mentions = collect(tuple(articles), facts)
    holders: dict[str, set[str]] = {}
    for m in mentions:
        holders.setdefault(m.group, set()).add(m.article)
    return {m.key for m in mentions if len(holders[m.group]) > 1}


def contexts_to_embed(corpus: Corpus, stories: Iterable[Story], *,
                      read: bool = True) -> dict[tuple, list[tuple[tuple[str, int], str | None]]]:
    """((kind, start), masked context) of every compared figure and date, by article, of the articles of
    ``stories``: the scorer reads them all, as candidate pairs span every two sentences of two articles. An
    article no compared story holds (reported once) has its contexts never embedded, and a mention no other
    article of its story could be paired with (``paired_mentions``: a share where the others give counts only)
    has None for a text: its context is never read, and nothing is embedded for it. With ``read=False`` (a
    scorer that reads no contexts, ``reads_contexts``) every mention has None: nothing is embedded."""
    out: dict[tuple, list[tuple[tuple[str, int], str | None]]] = {}
    for story in stories:
        arts = [a for a in members(story, corpus.by_key) if key(a) in corpus.facts]
        paired = paired_mentions(arts, {a.id: corpus.facts[key(a)] for a in arts}) if read else set()
        for a in arts:
            k = key(a)
            if k not in out:
                out[k] = [((kind, start), text if (a.id, kind, start) in paired else None)
                          for (kind, start), text in article_contexts(corpus.facts[k])]
    return out


def context_texts(keyed: dict[tuple, list[tuple[tuple[str, int], str | None]]]) -> list[str]:
    """The distinct texts of ``contexts_to_embed``, in article and reading order."""
    return list(dict.fromkeys(t for mentions in keyed.values() for _, t in mentions if t is not None))


def reads_contexts(config: Config) -> bool:
    """Does the configured scorer (the one stored with the package by default) read the masked contexts?
    When it does not, no engine embeds them."""
    from .compare.identity import default_scorer

    return (config.compare.scorer or default_scorer()).contexts


def embed_contexts(corpus: Corpus, stories: Iterable[Story], encode: Callable[[list[str]], np.ndarray],
                   known: dict[str, int], *, read: bool = True) -> None:
    """Embed the masked contexts the comparison of ``stories`` reads (``contexts_to_embed``) with ``encode``
    and place them in ``corpus``. A context that is also a sentence text (``known``: text → its row of
    ``corpus.matrix``) takes that vector, so nothing is embedded twice. ``read=False``: the scorer reads none,
    and nothing is embedded."""
    keyed = contexts_to_embed(corpus, stories, read=read)
    texts = context_texts(keyed)
    fresh = [t for t in texts if t not in known]
    vectors = encode(fresh) if fresh else None
    dim = vectors.shape[1] if vectors is not None else corpus.matrix.shape[1]
    matrix = np.empty((len(texts), dim), np.float32)
    at = {t: n for n, t in enumerate(fresh)}
    for n, t in enumerate(texts):
        matrix[n] = vectors[at[t]] if t in at else corpus.matrix[known[t]]
    corpus.add_contexts(keyed, texts, matrix)


def needs_grouping(config: Config) -> bool:
    return config.group == "auto"


def unlabelled(article: Article) -> bool:
    """Articles without a ``cluster`` of their own (files on the command line, JSONL lines without one)."""
    return article.cluster == DEFAULT_CLUSTER


WARN_EACH = 5  # single-article clusters warned about one by one; beyond this, one line for all


def articles_to_embed(articles: list[Article], config: Config) -> list[Article]:
    """Which articles need vectors: every unlabelled one when they are grouped, and the members of clusters of
    two or more (so a labelled corpus embeds nothing it will not compare)."""
    sizes: dict[str, int] = {}
    for a in articles:
        key = a.cluster if not (unlabelled(a) and config.group == "given") else None
        if key is not None:
            sizes[key] = sizes.get(key, 0) + 1
    grouping = needs_grouping(config)
    return [a for a in articles if (grouping and unlabelled(a)) or sizes.get(a.cluster, 0) >= 2
            and not (unlabelled(a) and config.group == "given")]


def check_something_to_compare(articles: list[Article], config: Config) -> None:
    """Stop before loading the model when no two articles could ever form a story."""
    wanted = articles_to_embed(articles, config)
    if len(wanted) < 2:
        raise InputError("nothing to compare: give at least two articles of the same cluster")


def plan_stories(corpus: Corpus, config: Config) -> tuple[list[Story], list[str]]:
    """The stories to compare, and warnings. Given labels are kept; unlabelled articles are grouped
    (``auto``), put in one cluster (``one``, as before grouping existed) or left alone (``given``)."""
    warnings: list[str] = []
    given: dict[str, list[Article]] = {}
    loose: list[Article] = []
    for a in corpus.articles:
        if unlabelled(a) and config.group != "one":
            loose.append(a)
        else:
            given.setdefault(a.cluster, []).append(a)
    stories = [_given_story(cid, arts, corpus, "one" if cid == DEFAULT_CLUSTER else "given", config)
               for cid, arts in given.items()]
    alone = [story for story in stories if len(story.articles) < 2]
    if len(alone) <= WARN_EACH:
        warnings += [f"cluster {s.id!r} has one article ({s.articles[0]}); nothing to compare it with" for s in alone]
    else:  # a large labelled corpus: one line, not one per cluster
        names = ", ".join(repr(s.id) for s in alone[:WARN_EACH])
        warnings.append(f"{len(alone)} clusters have one article ({names}, …); nothing to compare them with")
    if config.group == "auto" and loose:
        stories += group_articles(loose, corpus, config)
    elif loose:
        # "unlabelled": left alone, so never counted as a story no other outlet reported
        stories += [Story(a.id, (a.id,), label_text(a, corpus.sentences[key(a)]), "unlabelled", a.id) for a in loose]
        warnings.append(f"{len(loose)} article(s) have no cluster label and --group given leaves them alone; "
                        "--group auto groups them into stories")
    return stories, warnings


def _article_matrix(articles: list[Article], corpus: Corpus, config: Config) -> np.ndarray:
    owners = np.concatenate([np.full(len(corpus.rows[key(a)]), k, np.int64) for k, a in enumerate(articles)]) \
        if articles else np.zeros(0, np.int64)
    sentence_vectors = corpus.vectors(articles)
    dim = corpus.matrix.shape[1]
    titles = np.zeros((len(articles), dim), np.float32)
    for k, a in enumerate(articles):
        if key(a) in corpus.title_rows:
            titles[k] = corpus.matrix[corpus.title_rows[key(a)]]
    if not len(sentence_vectors):
        sentence_vectors = np.zeros((0, dim), np.float32)
    return article_vectors(sentence_vectors, owners, len(articles), title_vectors=titles, params=config.stories)


def _given_story(cluster_id: str, articles: list[Article], corpus: Corpus, grouping: str, config: Config) -> Story:
    """A labelled cluster as a story, named by its most central member's title or lead."""
    ids = tuple(a.id for a in articles)
    label = label_text(articles[0], corpus.sentences[key(articles[0])])
    central = articles[0].id
    if len(articles) > 1 and corpus.matrix.size:
        vecs = _article_matrix(articles, corpus, config)
        centroid = vecs.sum(axis=0)
        best = max(range(len(articles)), key=lambda k: (float(vecs[k] @ centroid), -k))
        central, label = articles[best].id, label_text(articles[best], corpus.sentences[key(articles[best])])
    return Story(cluster_id, ids, label, grouping, central)


def group_articles(articles: list[Article], corpus: Corpus, config: Config) -> list[Story]:
    """Auto grouping of unlabelled articles (see ``stories.py``)."""
    vecs = _article_matrix(articles, corpus, config)
    anchors = [anchor_terms((s.text for s in corpus.sentences[key(a)]), a.source) for a in articles]
    labels = [label_text(a, corpus.sentences[key(a)]) for a in articles]
    return group_stories(vecs, [a.published for a in articles], [a.id for a in articles], anchors=anchors,
                         labels=labels, params=config.stories)


def comparable(stories: list[Story]) -> list[Story]:
    return [s for s in stories if len(s.articles) >= 2]


def stories_to_compare(corpus: Corpus, config: Config, warnings: list[str],
                       timings: dict[str, float]) -> tuple[list[Story], list[Story]]:
    """What both engines do between embedding and comparing: plan the stories (their warnings added to
    ``warnings``, the time booked as ``group``), and those with two articles or more to compare; an input
    error when there is none."""
    started = time.perf_counter()
    stories, more = plan_stories(corpus, config)
    warnings += more
    timings["group"] = time.perf_counter() - started
    todo = comparable(stories)
    if not todo:
        raise no_story_error(stories)
    return stories, todo


def story_inputs(story: Story, corpus: Corpus) -> tuple:
    """What aligning and comparing one story needs from the corpus: its members, their sentences and facts by
    article id, their sentence vectors and their mention contexts (an engine may ship this to a worker)."""
    arts = members(story, corpus.by_key)
    facts = {a.id: corpus.facts[key(a)] for a in arts} if all(key(a) in corpus.facts for a in arts) else None
    return arts, {a.id: corpus.sentences[key(a)] for a in arts}, corpus.vectors(arts), facts, corpus.contexts(arts)


def compare_story(story: Story, inputs: tuple, config: Config, timings: dict[str, float] | None = None) -> Cluster:
    """Align and compare one story from its ``story_inputs``."""
    arts, sentences, vectors, facts, contexts = inputs
    return align_cluster(story.id, arts, sentences, vectors, config, timings, story=story, facts=facts,
                         contexts=contexts)


def story_cluster(story: Story, corpus: Corpus, config: Config, timings: dict[str, float] | None = None) -> Cluster:
    """Align and compare one story (what an engine runs once per story)."""
    return compare_story(story, story_inputs(story, corpus), config, timings)


def grouping_info(config: Config, engine: str) -> dict:
    p = config.stories
    return {"mode": config.group, "window_days": p.window, "threshold": p.threshold, "engine": engine}


def finish_report(info: ModelInfo, clusters: list[Cluster], stories: list[Story], warnings: list[str],
                  timings: dict, config: Config, engine: str) -> Report:
    unreported = tuple(a for s in stories if len(s.articles) < 2 and s.grouping != "unlabelled" for a in s.articles)
    return Report(info, tuple(clusters), tuple(warnings), timings, unreported, grouping_info(config, engine))


def no_story_error(stories: list[Story]) -> InputError:
    alone = sum(len(s.articles) for s in stories if len(s.articles) < 2)
    if any(s.grouping == "auto" for s in stories):
        return InputError(f"nothing to compare: no two of the {alone} articles report the same story "
                          "(see --story-window and --story-threshold)")
    return InputError("nothing to compare: give at least two articles of the same cluster")


# --- public entry points ------------------------------------------------------------------------------


def check_articles(articles: list[Article], config: Config = Config(), *, embedder: Embedder | None = None,
                   progress: Callable[[int, int], None] | None = None, engine=None,
                   warnings: list[str] | None = None) -> Report:
    """Group already loaded articles into stories and compare the claims within each.

    ``progress(done, total)`` is called as sentences are embedded; ``warnings`` (from loading) open the
    report's warnings. ``engine`` runs the stages (default: the one named by ``config.engine``).
    """
    if engine is None:
        from .engine import make_engine

        engine = make_engine(config)
    return engine.run(articles, config, embedder=embedder, progress=progress, warnings=warnings)


def check(paths: list[str | Path], config: Config = Config(), *, embedder: Embedder | None = None,
          progress: Callable[[int, int], None] | None = None, urls: str | Path | None = None, engine=None) -> Report:
    """Load the articles under ``paths`` (and the pages listed in the file ``urls``), group them into stories,
    align their claims and compare their facts."""
    started = time.perf_counter()
    warnings: list[str] = []
    articles = load_articles(paths, encoding=config.encoding, language=config.language, warnings=warnings,
                             urls=urls, cache_dir=config.cache_dir or default_cache_dir())
    loaded = time.perf_counter() - started
    report = check_articles(articles, config, embedder=embedder, progress=progress, engine=engine, warnings=warnings)
    report.timings["load"] = loaded
    report.timings["total"] += loaded
    return report


__all__ = ["Corpus", "SpanEncoder", "align_claims", "article_mention_spans", "align_cluster", "article_texts", "check", "check_articles", "comparable",
           "context_texts", "contexts_to_embed", "reads_contexts", "paired_mentions", "embed_contexts", "embed_facts", "embed_text", "extract_facts", "fact_vectors", "finish_report", "group_articles", "label_text",
           "place_rows", "plan_stories", "span_request", "stories_to_compare", "story_cluster", "texts_to_embed"]
