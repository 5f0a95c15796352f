"""Story grouping: split a mixed feed of articles into stories, without knowing how many.

Three stages, each sub-quadratic in the number of articles:

1. **Near-duplicates** (wire copy republished with small edits): MinHash signatures of normalized
   word shingles, candidates from datasketch's LSH index, kept when the estimated Jaccard reaches
   ``duplicate_threshold``.
2. **Content neighbours**: tf-idf vectors (sublinear tf, idf squared) of our analyzer's stemmed
   content terms from each article's lead, plus adjacent term pairs. Candidates come
   from a pruned inverted index (each article keeps only its ``index_terms`` heaviest terms, and
   terms carried by more than ``max_postings`` articles are not indexed), evaluated block by block as
   a sparse product; each article keeps its ``neighbors`` best candidates and their exact cosines.
   Cost grows with the postings of the indexed terms, not with n².
3. **Clustering**: average linkage over the candidate edges, duplicates joined first. Two groups
   merge only if the *average* cosine over all their member pairs reaches ``threshold`` plus a
   margin that shrinks with the number of pairs — computed exactly from the groups' summed
   vectors — so one stray edge cannot chain two stories together, and the number of stories
   follows from the threshold. A merge also needs ``min_shared`` *specific* features common to
   both groups: term pairs and numbers carried by at most ``specific_max_df`` articles. A story
   is one event, not one topic: articles on one event repeat its names, places, figures and
   phrases, while articles on one broad topic (two environment pieces) share single words.
   docs/grouping.md gives the evaluation protocol behind the defaults.

When articles carry ``published`` dates, no edge joins two articles further apart than
``time_window_days``. Each story is labelled with the title or first finished sentence of its
most central article (stories.labels).
"""

from __future__ import annotations

import hashlib
import heapq
import itertools
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import mmh3
import numpy as np
import scipy.sparse as sp

from khulasa.config import GroupSettings
from khulasa.errors import InputError, MissingExtraError, not_a_document, repeated_article_id
from khulasa.extract.actors import split_joined_words
from khulasa.resources import load_word_list
from khulasa.stories.events import STRANGERS_LINK_FACTOR, NameProfile, event_kinds, event_names, sided_kinds
from khulasa.stories.labels import LABEL_TRIES, story_label
from khulasa.text.clean import drop_headline_run
from khulasa.text.normalize import Analyzer, arabic_ratio, tokenize
from khulasa.text.published import parse_published
from khulasa.types import Document

__all__ = [
    "FEATURES_VERSION",
    "Join",
    "Story",
    "candidate_pairs",
    "content_vectors",
    "group_documents",
    "near_duplicate_pairs",
    "shared_specific",
    "story_features",
    "story_records",
]

# Near-duplicates are judged on the opening (wire copy shares it); ~800 Arabic words.
_DUP_CHARS = 6000
# Embedded: an article's opening (title and lead), where its story is told.
_EMBED_CHARS = 1000
# Mean USE cosine between articles of different stories in the dev feeds (0.14-0.21).
EMBEDDING_BASELINE = GroupSettings().embedding_baseline


@dataclass(frozen=True, slots=True)
class Join:
    """Why two articles' groups became one: a near-duplicate, or a content link of this
    similarity whose groups share these central event names (see stories.events)."""

    a: str
    b: str
    kind: str  # "copy" or "content"
    similarity: float
    names: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The join as JSON."""
        return {
            "articles": [self.a, self.b],
            "kind": self.kind,
            "similarity": round(self.similarity, 3),
            "shared_names": list(self.names),
        }


@dataclass(frozen=True, slots=True)
class Story:
    """Articles about one story: their ids in input order, a short extractive headline and the
    joins that made it (one fewer than its articles)."""

    id: str
    doc_ids: tuple[str, ...]
    label: str
    joins: tuple[Join, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The story as JSON."""
        record: dict[str, Any] = {
            "id": self.id,
            "label": self.label,
            "size": len(self.doc_ids),
            "doc_ids": list(self.doc_ids),
        }
        if self.joins:
            record["joins"] = [j.to_dict() for j in self.joins]
        return record


def group_documents(
    documents: Sequence[Document],
    settings: GroupSettings | None = None,
    *,
    analyzer: Analyzer | None = None,
    **overrides: Any,
) -> list[Story]:
    """Group articles into stories.

    Parameters
    ----------
    documents
        Articles with unique ids; ``title`` and ``published`` are used when present.
    settings, overrides
        :class:`~khulasa.config.GroupSettings` (defaults when None); ``overrides`` change single
        fields (``threshold=0.05``). How each knob works is told there; the gate in short: articles
        on one broad topic share vocabulary, rarely the specific features (adjacent term pairs and
        numbers carried by few articles: a story's names, places, figures and stock phrases) a
        merge needs; short articles need less (required_shared); near-duplicates are never gated.
    analyzer
        Our Arabic analyzer (stemming on); pass one to share its stem cache across calls.

    Returns
    -------
    list[Story]
        Largest stories first (ties by first appearance); every article in exactly one story.
    """
    params = (settings or GroupSettings()).updated(**overrides) if overrides else (settings or GroupSettings())
    docs = list(documents)
    _check_ids(docs)
    if not docs:
        return []
    analyzer = analyzer or Analyzer(stem=True)
    texts = [analysis_text(d) for d in docs]
    names = [event_names(d.title, d.text) for d in docs] if params.event_names else None
    kinds = [event_kinds(d.title, d.text) for d in docs] if params.event_kinds else None
    # Generators: a feed's term and token lists together would outweigh everything else in memory.
    richness: list[int] = []  # specific features per article, before rare ones are dropped
    dup_pairs = near_duplicate_pairs(
        (tokenize(t[:_DUP_CHARS]) for t in texts),
        threshold=params.duplicate_threshold,
        shingle_size=params.shingle_size,
        num_perm=params.num_perm,
    )
    copy_of = copy_groups(len(docs), dup_pairs)
    # As content_vectors(..., copy_of=copy_of) gives it, over the columns the articles use.
    raw, first_specific = compact_columns(hashed_rows(counting((text_features(t, analyzer) for t in texts), richness)))
    x = weigh_rows(raw, feature_df(raw, copy_of), len(np.unique(copy_of)), idf_power=params.idf_power)
    times = _times(docs) if params.time_window_days is not None else None
    # Neighbours are searched among one article per group of copies (copies join anyway): else an
    # article's best candidates are all copies of itself, and the story's other outlets none.
    reps = np.unique(copy_of, return_index=True)[1]
    rows, cols = candidate_pairs(
        x[reps], neighbors=params.neighbors, index_terms=params.index_terms, max_postings=params.max_postings
    )
    rows, cols = reps[rows], reps[cols]
    sims = _pair_cosines(x, rows, cols)
    blend = None
    if params.embeddings > 0:
        blend = _Blend(
            article_embeddings([t[:_EMBED_CHARS] for t in texts]), params.embeddings, params.embedding_baseline
        )
        sims = blend.mix(sims, blend.pair_cosines(rows, cols))
    keep = sims >= params.threshold  # a weaker edge cannot start a merge
    if times is not None:
        keep &= _within_window(times, rows, cols, params.time_window_days or 0.0)
    rich = np.array(richness, dtype=np.int64)
    if params.min_shared > 0 and params.gate == "pair":
        shared = shared_specific(
            x, rows, cols, max_df=params.specific_max_df, copy_of=copy_of, first_specific=first_specific
        )
        keep &= shared >= required_shared(params.min_shared, np.minimum(rich[rows], rich[cols]))
    if params.mutual_k is not None:
        keep &= _mutual(rows, cols, sims, keep, params.mutual_k, len(docs))
    specific = specific_columns(x, params.specific_max_df, copy_of, first_specific) if params.gate == "group" else None

    def search(centroids: sp.csr_matrix) -> tuple[np.ndarray, np.ndarray]:
        return candidate_pairs(
            centroids, neighbors=params.neighbors, index_terms=params.index_terms, max_postings=params.max_postings
        )

    joins: list[tuple[int, int, str, float, tuple[str, ...]]] = []
    labels = cluster(
        x,
        dup_pairs,
        rows[keep],
        cols[keep],
        sims[keep],
        params.threshold,
        params.size_margin,
        specific,
        params.min_shared if specific is not None else 0,
        rich,
        blend,
        search=search if times is None else None,
        names=names,
        names_link=params.names_link,
        joins=joins,
        kinds=kinds,
    )
    return _stories(docs, texts, x, labels, joins)


# --- parameters and input --------------------------------------------------------------------


def _check_ids(docs: Sequence[Document]) -> None:
    seen: set[str] = set()
    for d in docs:
        if not isinstance(d, Document):  # a string of text, a record dict: not an AttributeError
            raise InputError(not_a_document(type(d).__name__))
        if d.id in seen:
            raise InputError(repeated_article_id(d.id))
        seen.add(d.id)


# The version of what text_features, story_features, hashed_rows and counting make of an article:
# the live desk stores each article's hashed feature counts and richness and the document
# frequencies over them, and recomputes them all when it finds another version recorded
# (khulasa.desk.upgrade). Bump it whenever a change to those functions (tokens, stop words,
# stemming, splitting, pairs, hashing, columns, the specific/general split, richness) changes what
# the desk stores for an article; not for a change to weighting or clustering, which read the
# stored counts afresh. 1: before versions were recorded; 2: joined compound names split
# (split_joined_words).
FEATURES_VERSION = 2


def text_features(text: str, analyzer: Analyzer) -> list[str]:
    """The features an article is grouped by (see story_features), from its analysis text; a
    compound name written as one word reads as written apart ("عبدالمجيد" as "عبد المجيد", as the
    actor finder reads it: :func:`~khulasa.extract.actors.split_joined_words`)."""
    english = english_stopwords()
    terms = analyzer.content_of(split_joined_words(analyzer.tokens(text)))
    return story_features([w for w in terms if w not in english])


def analysis_text(doc: Document) -> str:
    """Title (when given separately) plus body: the title carries the story's key terms. A first
    line that is a run of other articles' headlines is no part of it (text.clean.drop_headline_run)."""
    text = drop_headline_run(doc.text)
    if doc.title and not text.lstrip().startswith(doc.title.strip()):
        return f"{doc.title}\n{text}"
    return text


def parse_time(value: str | None) -> float | None:
    """Days since the epoch for an ISO-8601 or RSS (RFC 2822) date; None when absent or unreadable."""
    moment = parse_published(value)
    return None if moment is None else moment.timestamp() / 86400.0


def _times(docs: Sequence[Document]) -> np.ndarray:
    """Publication times in days (NaN where unknown: such articles are not time-constrained)."""
    parsed = (parse_time(d.published) for d in docs)
    return np.array([np.nan if t is None else t for t in parsed], dtype=np.float64)


def _within_window(times: np.ndarray, rows: np.ndarray, cols: np.ndarray, window: float) -> np.ndarray:
    gap = np.abs(times[rows] - times[cols])
    return ~(gap > window)  # NaN (unknown date) compares False: kept


@lru_cache(maxsize=1)
def english_stopwords() -> frozenset[str]:
    """English function words: English articles in an Arabic feed would otherwise share "of the"."""
    return frozenset(load_word_list("en/stopwords.txt"))


# --- near-duplicates -------------------------------------------------------------------------


def _identity_hash(value: int) -> int:
    return value


def _shingle_hashes(tokens: Sequence[str], size: int, vocab: dict[str, int]) -> np.ndarray:
    """32-bit hashes of the word ``size``-grams, computed from token ids (no string building)."""
    ids = np.fromiter((vocab.setdefault(t, len(vocab) + 1) for t in tokens), np.uint64, count=len(tokens))
    return _rolling_hashes(ids, size)


def stable_shingle_hashes(tokens: Sequence[str], size: int = 3) -> np.ndarray:
    """As _shingle_hashes, with token ids that do not depend on the call (CRC-32 of each token), so
    that signatures made in different runs compare (the live desk keeps them in its database)."""
    ids = np.fromiter((zlib.crc32(t.encode("utf-8")) + 1 for t in tokens), np.uint64, count=len(tokens))
    return _rolling_hashes(ids, size)


def _rolling_hashes(ids: np.ndarray, size: int) -> np.ndarray:
    size = min(size, len(ids))  # a text shorter than one shingle is its own single shingle
    if size == 0:
        return np.zeros(0, dtype=np.uint64)
    h = np.zeros(len(ids) - size + 1, dtype=np.uint64)
    for k in range(size):
        # A polynomial rolling combination; wrap-around in uint64 is intended.
        h = h * np.uint64(1_000_003) + ids[k : len(ids) - size + 1 + k]
    return np.unique((h ^ (h >> np.uint64(29))) & np.uint64(0xFFFFFFFF))


def minhash_template(num_perm: int = 64) -> Any:
    """An empty MinHash to copy: copies of one template share its permutations (building them per
    article dominates otherwise). Fixed seed, so signatures of different runs compare."""
    try:
        from datasketch import MinHash
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MissingExtraError("story grouping", "group") from exc
    return MinHash(num_perm=num_perm, seed=7, hashfunc=_identity_hash)


def copy_groups(n: int, pairs: Iterable[tuple[int, int, float]]) -> np.ndarray:
    """A group number per article: articles joined by near-duplicate pairs share one."""
    graph = sp.coo_matrix((np.ones(0), (np.zeros(0, np.int64), np.zeros(0, np.int64))), shape=(n, n))
    listed = list(pairs)
    if listed:
        rows, cols = np.array([p[0] for p in listed]), np.array([p[1] for p in listed])
        graph = sp.coo_matrix((np.ones(len(listed)), (rows, cols)), shape=(n, n))
    return sp.csgraph.connected_components(graph, directed=False)[1]


@lru_cache(maxsize=8)
def lsh_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """The (bands, rows) of a MinHash LSH for ``threshold`` and ``num_perm``, as datasketch chooses
    them. It finds them by numeric integration each time an index is built without them, which
    took most of a small cluster's grouping (8 of 38 ms for five articles): found once here."""
    try:
        from datasketch import MinHashLSH
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MissingExtraError("story grouping", "group") from exc
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return int(lsh.b), int(lsh.r)


def minhash_lsh(threshold: float, num_perm: int) -> Any:
    """An empty MinHash LSH index for ``threshold`` and ``num_perm`` (bands and rows found once)."""
    from datasketch import MinHashLSH

    return MinHashLSH(threshold=threshold, num_perm=num_perm, params=lsh_bands(threshold, num_perm))


def near_duplicate_pairs(
    token_lists: Iterable[Sequence[str]],
    *,
    threshold: float = 0.5,
    shingle_size: int = 3,
    num_perm: int = 64,
    max_tokens: int = 800,
) -> list[tuple[int, int, float]]:
    """Index pairs ``(i, j, jaccard)``, i < j, whose word-shingle sets are near-identical.

    Only the first ``max_tokens`` tokens of each text are shingled: republished wire copy shares
    its opening, and this bounds the cost for very long articles.
    """
    vocab: dict[str, int] = {}
    signatures = {}
    template = minhash_template(num_perm)
    for i, tokens in enumerate(token_lists):
        hashes = _shingle_hashes(tokens[:max_tokens], shingle_size, vocab)
        if len(hashes):  # an empty text would "match" every other empty text
            m = template.copy()
            m.update_batch(hashes.tolist())
            signatures[i] = m
    lsh = minhash_lsh(threshold, num_perm)
    for i, m in signatures.items():
        lsh.insert(i, m, check_duplication=False)
    pairs = []
    for i, m in signatures.items():
        for j in lsh.query(m):
            if j > i:
                score = m.jaccard(signatures[j])
                if score >= threshold:
                    pairs.append((i, j, float(score)))
    return pairs


# --- content vectors and candidates ----------------------------------------------------------


def story_features(terms: Sequence[str], lead_terms: int = 200) -> list[str]:
    """Stemmed content terms of the article's lead, plus their adjacent pairs.

    A story's identity sits in its headline and opening paragraphs; long tails drift into
    background. Pairs ("تفجيرات لندن", "بوتين كيم") separate stories that share a topic's words.
    """
    lead = list(terms[:lead_terms])
    pairs = [f"{a} {b}" for a, b in itertools.pairwise(lead)]
    return lead + pairs


def _is_specific(feature: str) -> bool:
    """Term pairs and numbers: what pins an article to one event rather than to a topic."""
    return " " in feature or feature.isdigit()


# Hashed feature space: general terms in the lower half of the columns, specific ones in the upper.
_HALF = 2**21


def hashed_rows(feature_lists: Iterable[list[str]], chunk: int = 4096) -> sp.csr_matrix:
    """Raw counts of hashed features, specific features (see _is_specific) in columns >= _HALF."""
    blocks: list[sp.csr_matrix] = []
    lists = iter(feature_lists)
    while batch := list(itertools.islice(lists, chunk)):
        general: list[list[str]] = []
        specific: list[list[str]] = []
        for fs in batch:  # one pass over each article's features (a few hundred), not two
            plain: list[str] = []
            pinned: list[str] = []
            for f in fs:
                (pinned if _is_specific(f) else plain).append(f)
            general.append(plain)
            specific.append(pinned)
        blocks.append(sp.hstack([hashed_counts(general, _HALF), hashed_counts(specific, _HALF)], format="csr"))
    if not blocks:
        return sp.csr_matrix((0, 2 * _HALF), dtype=np.float32)
    return sp.csr_matrix(sp.vstack(blocks, format="csr"))


def feature_column(feature: str, n_features: int) -> int:
    """The column of ``feature`` among ``n_features``: the absolute value of the signed 32-bit
    MurmurHash3 (seed 0) of its UTF-8 bytes, modulo ``n_features``.

    This is scikit-learn's ``HashingVectorizer`` column (``alternate_sign=False``), which grouping
    used before, and the live desk keeps vectors and document frequencies made with it: the columns
    must not change. (scikit-learn special-cases a hash of -2**31, whose absolute value overflows
    32 bits; its formula gives 2**31 % n_features, which is what Python's ``abs`` gives here.)
    """
    return abs(mmh3.hash(feature.encode("utf-8"), 0, signed=True)) % n_features


def hashed_counts(feature_lists: Sequence[Sequence[str]], n_features: int) -> sp.csr_matrix:
    """One row of feature counts (float32, columns as :func:`feature_column` gives them, computed
    here for all features at once) per list, with sorted indices and repeated features summed."""
    flat = list(itertools.chain.from_iterable(feature_lists))
    hashes = np.fromiter((mmh3.hash(f.encode("utf-8"), 0, signed=True) for f in flat), dtype=np.int64, count=len(flat))
    indptr = np.zeros(len(feature_lists) + 1, dtype=np.int32)
    np.cumsum([len(fs) for fs in feature_lists], out=indptr[1:])
    x = sp.csr_matrix(
        (np.ones(len(flat), dtype=np.float32), (np.abs(hashes) % n_features).astype(np.int32), indptr),
        shape=(len(feature_lists), n_features),
    )
    x.sum_duplicates()
    return x


def l2_normalize_rows(x: sp.csr_matrix) -> None:
    """Scale every non-empty row of ``x`` to unit length, in place.

    The arithmetic is scikit-learn's ``normalize`` (which grouping used before), step by step, so
    that vectors stay bit for bit the same: each value squared in float32, the squares of a row
    summed in order in float64, the square root taken, and each value divided in float64 and
    rounded to float32. (Squares taken in float64 instead change about one value in four.)
    """
    lengths = np.diff(x.indptr)
    if not lengths.size or not x.nnz:
        return
    squares = x.data * x.data
    sums = np.zeros(x.shape[0], dtype=np.float64)
    # Position k of every row that has one, for k = 0, 1, ...: longest rows first, so that the
    # rows still going are a prefix.
    order = np.argsort(-lengths, kind="stable")
    by_length = -lengths[order]
    starts = x.indptr[:-1][order]
    for k in range(int(-by_length[0])):
        going = int(np.searchsorted(by_length, -k, side="left"))
        sums[order[:going]] += squares[starts[:going] + k]
    norms = np.repeat(np.sqrt(sums), lengths)
    nonzero = norms != 0.0
    x.data[nonzero] = (x.data[nonzero].astype(np.float64) / norms[nonzero]).astype(x.data.dtype)


def content_vectors(
    feature_lists: Iterable[list[str]], *, idf_power: float = 2.0, copy_of: np.ndarray | None = None
) -> sp.csr_matrix:
    """L2-normalized rows of sublinear tf times idf**idf_power, over hashed features.

    Squaring idf favours the rare terms a story's articles share (names, places, numbers) over
    topical vocabulary every political article uses, and over function words of a language the
    stop list does not cover (English in a mixed feed). Features in a single article are dropped:
    they cannot link two articles, they only dilute the vector. Hashing (2**22 buckets) keeps
    memory flat where a vocabulary of millions of pairs would not.

    ``copy_of`` maps each article to its group of near-duplicates (copies of one article): document
    frequencies count each group once. Counted per copy, 40 reposts of one outlet's article make
    its own wording look common and the words it shares with other outlets look rare, and one
    story falls apart into one story per outlet.
    """
    x = hashed_rows(feature_lists)
    n = x.shape[0] if copy_of is None else len(np.unique(copy_of))
    return weigh_rows(x, feature_df(x, copy_of), n, idf_power=idf_power)


def weigh_rows(x: sp.csr_matrix, df: np.ndarray, n: int, *, idf_power: float = 2.0) -> sp.csr_matrix:
    """Raw feature counts ``x`` as content_vectors weighs them, given document frequencies ``df``
    (per column) over ``n`` articles: the feed itself, or everything a live desk has seen. Works
    in place on ``x``."""
    # Everything below works in place: at 100,000 articles each copy of x costs ~200 MB.
    if n > 2:
        x.data[df[x.indices] < 2] = 0.0
        x.eliminate_zeros()
    # idf of the stored entries' columns only: over all 2**22 columns it would cost ~100 MB of temporaries.
    idf = np.log((1.0 + n) / (1.0 + df[x.indices])) + 1.0
    np.log(x.data, out=x.data)
    x.data += 1.0  # sublinear tf: 1 + log(count)
    x.data *= (idf**idf_power).astype(np.float32)
    l2_normalize_rows(x)
    return sp.csr_matrix(x)


def shared_specific(
    x: sp.csr_matrix,
    rows: np.ndarray,
    cols: np.ndarray,
    *,
    max_df: int = 50,
    chunk: int = 20_000,
    copy_of: np.ndarray | None = None,
    first_specific: int = _HALF,
) -> np.ndarray:
    """For each pair, how many specific features (see _is_specific) both articles carry, counting
    only features in at most ``max_df`` articles: more than a story's outlets is a topic's phrase.
    ``first_specific``: the first column of the specific ones (see compact_columns)."""
    keep = specific_columns(x, max_df, copy_of, first_specific)[x.indices]
    # Built from copies: eliminate_zeros() on a matrix sharing x's arrays would rewrite x.
    counts = np.concatenate([[0], np.cumsum(keep)])[x.indptr]
    marks = sp.csr_matrix((np.ones(int(keep.sum()), np.float32), x.indices[keep], counts), shape=x.shape)
    out = np.zeros(len(rows), dtype=np.int64)
    for s in range(0, len(rows), chunk):
        a, b = marks[rows[s : s + chunk]], marks[cols[s : s + chunk]]
        out[s : s + chunk] = np.asarray(a.multiply(b).sum(axis=1)).ravel().round().astype(np.int64)
    return out


def feature_df(x: sp.csr_matrix, copy_of: np.ndarray | None = None) -> np.ndarray:
    """Articles carrying each column; with ``copy_of`` (see content_vectors), groups of copies."""
    if not x.has_canonical_format:  # a column twice in one row counts once
        x = x.copy()
        x.sum_duplicates()
    if copy_of is None:
        return np.bincount(x.indices, minlength=x.shape[1])
    # Only copies need their (group, column) pairs made distinct: the other rows count as they are
    # (one np.unique over all a feed's features took seconds at 20,000 articles).
    rows = np.repeat(np.arange(x.shape[0]), np.diff(x.indptr))
    copied = (np.bincount(copy_of) > 1)[copy_of][rows]
    df = np.bincount(x.indices[~copied], minlength=x.shape[1])
    if copied.any():
        distinct = np.unique(copy_of[rows[copied]].astype(np.int64) * x.shape[1] + x.indices[copied].astype(np.int64))
        df += np.bincount(distinct % x.shape[1], minlength=x.shape[1])
    return df


def specific_columns(
    x: sp.csr_matrix, max_df: int, copy_of: np.ndarray | None = None, first_specific: int = _HALF
) -> np.ndarray:
    """Column mask of the specific features carried by at most ``max_df`` articles (groups of
    copies); the columns before ``first_specific`` hold the general terms (see compact_columns)."""
    mask = feature_df(x, copy_of) <= max_df
    mask[:first_specific] = False  # the lower half of the columns holds the shared terms, not specific ones
    return mask


# Hashed rows with at most this many stored entries (a request's or a small feed's articles, some
# hundreds) are grouped over the columns they use: every pass over all 2**22 columns (document
# frequencies, masks, the inverted index's transpose) cost a five-article request more than its own
# work. Above it, finding the used columns (a sort of every entry) costs more than those passes.
_COMPACT_MAX_ENTRIES = 2**20


def compact_columns(x: sp.csr_matrix) -> tuple[sp.csr_matrix, int]:
    """``x`` (hashed_rows) over the columns it uses, kept in their order, and the first of them in
    the specific half (``_HALF`` when ``x`` is left as it is: more than _COMPACT_MAX_ENTRIES entries).

    Every later step reads columns only as positions kept in order (sums, products, masks, document
    frequencies), so grouping is the same either way, bit for bit; only the hashed columns' numbers
    (which the desk stores) are lost, so the desk never calls this."""
    if x.nnz > _COMPACT_MAX_ENTRIES:
        return x, _HALF
    used, inverse = np.unique(x.indices, return_inverse=True)
    compact = sp.csr_matrix(
        (x.data, inverse.reshape(-1).astype(x.indices.dtype), x.indptr), shape=(x.shape[0], len(used))
    )
    compact.has_sorted_indices = x.has_sorted_indices
    return compact, int(np.searchsorted(used, _HALF))


def counting(feature_lists: Iterable[list[str]], counts: list[int]) -> Iterable[list[str]]:
    """Pass the lists through, appending each one's number of distinct specific features to counts."""
    for features in feature_lists:
        counts.append(sum(1 for f in set(features) if _is_specific(f)))
        yield features


def required_shared(min_shared: int, fewer: int | np.ndarray) -> Any:
    """Specific features two sides must share: ``min_shared``, but at most a quarter (rounded up,
    at least 1) of what the side with fewer carries. A two-line brief has few phrases to give; a
    full article on the same event has plenty. (The quarter was fixed, not tuned: it binds only
    for articles with fewer than 4 × min_shared term pairs and numbers, about 25 content words.)"""
    if min_shared <= 0:
        return 0
    return np.minimum(min_shared, np.maximum(1, -(-np.asarray(fewer) // 4)))


def _mutual(rows: np.ndarray, cols: np.ndarray, sims: np.ndarray, keep: np.ndarray, k: int, n: int) -> np.ndarray:
    """Edges (among ``keep``) where each end ranks the other among its ``k`` most similar."""
    edges = np.flatnonzero(keep)
    ends = np.concatenate([rows[edges], cols[edges]])
    edge_of = np.concatenate([edges, edges])
    score = np.concatenate([sims[edges], sims[edges]])
    order = np.lexsort((-score, ends))  # by article, most similar first
    ends, edge_of = ends[order], edge_of[order]
    starts = np.searchsorted(ends, np.arange(n))
    rank = np.arange(len(ends)) - starts[ends]
    top = np.bincount(edge_of[rank < k], minlength=len(rows))
    return top == 2  # in the top k of both ends


def _prune_rows(x: sp.csr_matrix, keep: int, allowed: np.ndarray) -> sp.csr_matrix:
    """Each row's ``keep`` heaviest entries among the ``allowed`` columns."""
    indptr, indices, data = x.indptr, x.indices, x.data
    mask = allowed[indices]
    for r in range(x.shape[0]):
        lo, hi = indptr[r], indptr[r + 1]
        row_mask = mask[lo:hi]
        if row_mask.sum() > keep:
            vals = np.where(row_mask, data[lo:hi], -1.0)
            cut = np.argpartition(-vals, keep)[keep:]
            row_mask[cut] = False
    # Copies: eliminate_zeros() works in place and must not touch x's arrays.
    pruned = sp.csr_matrix((data * mask, indices.copy(), indptr.copy()), shape=x.shape)
    pruned.eliminate_zeros()
    return pruned


def candidate_pairs(
    x: sp.csr_matrix,
    *,
    neighbors: int = 10,
    index_terms: int = 24,
    max_postings: int = 2000,
    block: int = 1024,
) -> tuple[np.ndarray, np.ndarray]:
    """Candidate neighbour pairs (rows, cols), i < j, from a pruned inverted index.

    Returns each article's ``neighbors`` best candidates by partial dot product (scores over the
    indexed terms only); exact similarities are computed afterwards for these pairs alone.
    """
    n = x.shape[0]
    df = np.bincount(x.indices, minlength=x.shape[1])
    # A term in one article proposes nothing; a term in very many is a topic, not a story.
    allowed = (df >= 2) & (df <= max_postings)
    index = _prune_rows(x, index_terms, allowed)
    index_t = sp.csr_matrix(index.T)
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    for start in range(0, n, block):
        scores = sp.csr_matrix(index[start : start + block] @ index_t)
        for r in range(scores.shape[0]):
            lo, hi = scores.indptr[r], scores.indptr[r + 1]
            idx, val = scores.indices[lo:hi], scores.data[lo:hi]
            me = start + r
            if len(idx) > neighbors + 1:
                best = np.argpartition(-val, neighbors)[: neighbors + 1]
                idx = idx[best]
            idx = idx[idx != me]
            rows.append(np.full(len(idx), me, dtype=np.int64))
            cols.append(idx.astype(np.int64))
    if not rows:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    r_all, c_all = np.concatenate(rows), np.concatenate(cols)
    lo_, hi_ = np.minimum(r_all, c_all), np.maximum(r_all, c_all)
    pairs = np.unique(lo_ * n + hi_)
    return pairs // n, pairs % n


def _pair_cosines(x: sp.csr_matrix, rows: np.ndarray, cols: np.ndarray, chunk: int = 20_000) -> np.ndarray:
    """Exact cosine for each pair (rows are L2-normalized)."""
    out = np.zeros(len(rows), dtype=np.float64)
    for s in range(0, len(rows), chunk):
        a, b = x[rows[s : s + chunk]], x[cols[s : s + chunk]]
        out[s : s + chunk] = np.asarray(a.multiply(b).sum(axis=1)).ravel()
    return out


# --- embeddings (optional) ------------------------------------------------------------------


def article_embeddings(texts: Sequence[str], batch: int = 64) -> np.ndarray:
    """Unit-length Universal Sentence Encoder vectors of ``texts`` (needs the ``embeddings`` extra).

    The encoder is multilingual: an article and its translation embed close, yet a feed's Arabic
    and English reports are separate stories for a summarizer. So Arabic and other-language
    articles get their vectors in separate halves of a doubled space, orthogonal across languages.
    """
    from khulasa.text.embeddings import sentence_encoder

    encoder = sentence_encoder("story grouping with embeddings")
    parts = [
        np.asarray(encoder.encode(list(texts[s : s + batch])), dtype=np.float32) for s in range(0, len(texts), batch)
    ]
    vectors = np.concatenate(parts) if parts else np.zeros((0, 1), np.float32)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    arabic = np.array([arabic_ratio(t) >= 0.5 for t in texts], dtype=bool)
    out = np.zeros((len(texts), 2 * vectors.shape[1]), np.float32)
    out[arabic, : vectors.shape[1]] = vectors[arabic]
    out[~arabic, vectors.shape[1] :] = vectors[~arabic]
    return out


@dataclass(frozen=True, slots=True)
class _Blend:
    """Mixes tf-idf cosines with embedding cosines, rescaled so that unrelated articles score ~0."""

    vectors: np.ndarray
    share: float
    baseline: float

    def pair_cosines(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        return np.einsum("ij,ij->i", self.vectors[rows], self.vectors[cols]).astype(np.float64)

    def mix(self, lexical: np.ndarray | float, semantic: np.ndarray | float) -> Any:
        return (1.0 - self.share) * lexical + self.share * (semantic - self.baseline) / (1.0 - self.baseline)


# --- clustering ------------------------------------------------------------------------------


class _Votes:
    """What each article's opening gives (its event names, or its event kinds) and, per merged
    root, how many of its members give each (see stories.events.NameProfile)."""

    def __init__(self, given: Sequence[frozenset[str]]) -> None:
        self.given = given
        self.profiles: dict[int, NameProfile] = {}

    def profile(self, root: int) -> NameProfile:
        """A root's profile; kept only for merged groups (a lone article's is made when asked:
        100,000 counters would outweigh the names themselves)."""
        if root in self.profiles:
            return self.profiles[root]
        return NameProfile.of(self.given[root])

    def conflicts(self, a: int, b: int) -> bool:
        """Do the two roots' members give different events (NameProfile.conflicts)?"""
        return self.profile(a).conflicts(self.profile(b))

    def other_sides(self, a: int, b: int) -> bool:
        """Rule (e) between the groups of ``a`` and ``b`` (NameProfile.other_sides)."""
        return self.profile(a).other_sides(self.profile(b))

    def disjoint(self, a: int, b: int) -> bool:
        """Do the two roots' members agree on central names, none in common (rule (a) only)?"""
        return self.profile(a).disjoint(self.profile(b))

    def venues_differ(self, a: int, b: int) -> bool:
        """Do the two roots' members agree on different venues (NameProfile.venues_differ)?"""
        return self.profile(a).venues_differ(self.profile(b))

    def strangers(self, a: int, b: int) -> bool:
        """Do the two roots' members never name each other's central places (rule (h),
        NameProfile.strangers)?"""
        return self.profile(a).strangers(self.profile(b))

    def marks_apart(self, a: int, b: int) -> bool:
        """Do the marked names central to each root tell them apart (rule (d) alone: companies among
        names, sports among kinds; NameProfile.other_firms)?"""
        return self.profile(a).other_firms(self.profile(b))

    def absorb(self, a: int, b: int) -> None:
        """Root ``a`` takes in root ``b``'s members."""
        merged = self.profiles[a] = self.profile(a)
        merged.absorb(self.profile(b))
        self.profiles.pop(b, None)


class _Groups:
    """Union-find whose roots carry the sum of their members' vectors (as sorted sparse arrays).

    With unit-length member vectors, ``dot(sum_A, sum_B) / (|A| |B|)`` is exactly the average
    cosine over all member pairs: average linkage without ever forming the pairs.
    """

    def __init__(
        self,
        x: sp.csr_matrix,
        richness: np.ndarray | None = None,
        blend: _Blend | None = None,
        names: Sequence[frozenset[str]] | None = None,
        names_link: float = 0.2,
        kinds: Sequence[frozenset[str]] | None = None,
        times: np.ndarray | None = None,
        window: float | None = None,
    ) -> None:
        self.x = x
        # The earliest and latest publication time (days; NaN: none dated) of each root's members,
        # when merges keep to a window (see too_far).
        self.window = None if times is None else window
        self.earliest = None if self.window is None or times is None else np.array(times, dtype=np.float64)
        self.latest = None if self.earliest is None else self.earliest.copy()
        # Event names and event kinds of each root's members (see stories.events): merge vetoes.
        self.names = None if names is None else _Votes(names)
        self.kinds = None if kinds is None else _Votes(kinds)
        self.names_link = names_link
        self.joins: list[tuple[int, int, str, float, tuple[str, ...]]] | None = None
        self.blend = blend
        # Summed embedding vectors per root: the average embedding cosine is linear in them too.
        self.dense: dict[int, np.ndarray] = {}
        self.parent = np.arange(x.shape[0])
        self.size = np.ones(x.shape[0], dtype=np.int64)
        # A group can give at least the specific features of its richest member.
        self.richness = np.zeros(x.shape[0], np.int64) if richness is None else richness.copy()
        self.sums: dict[int, tuple[np.ndarray, np.ndarray]] = {}

    def note(self, i: int, j: int, kind: str, score: float, a: int, b: int) -> None:
        """Record why roots ``a`` and ``b`` (of articles ``i`` and ``j``) merge, when asked to."""
        if self.joins is not None:
            shared = sorted(self.names.profile(a).shared(self.names.profile(b))) if self.names is not None else []
            self.joins.append((i, j, kind, float(score), tuple(shared)))

    def find(self, i: int) -> int:
        parent = self.parent
        root = i
        while parent[root] != root:
            root = parent[root]
        while parent[i] != root:  # path compression
            parent[i], i = root, parent[i]
        return int(root)

    def vector(self, root: int) -> tuple[np.ndarray, np.ndarray]:
        if root not in self.sums:
            lo, hi = self.x.indptr[root], self.x.indptr[root + 1]
            self.sums[root] = (self.x.indices[lo:hi].astype(np.int64), self.x.data[lo:hi].astype(np.float64))
        return self.sums[root]

    def average_link(self, a: int, b: int, marked: np.ndarray | None = None) -> tuple[float, int, int]:
        """Average cosine between the groups' members; how many ``marked`` columns both carry, and
        the smaller of the two groups' richness (specific features of their richest member)."""
        (ia, va), (ib, vb) = self.vector(a), self.vector(b)
        common, pa, pb = np.intersect1d(ia, ib, assume_unique=True, return_indices=True)
        shared = int(marked[common].sum()) if marked is not None else 0
        fewer = int(min(self.richness[a], self.richness[b]))
        pairs = float(self.size[a] * self.size[b])
        link = float(va[pa] @ vb[pb]) / pairs
        if self.blend is not None:
            link = self.blend.mix(link, float(self.dense_sum(a) @ self.dense_sum(b)) / pairs)
        return link, shared, fewer

    def conflicts(self, a: int, b: int, link: float) -> bool:
        """True when the groups' average ``link`` is below ``names_link`` and they name different
        events: different places, people or teams, or different kinds of event (NameProfile; a kind
        votes only where more than half of each group name one: kinds_told); or below twice
        ``names_link`` when each group's reports never name the other's places (two central banks
        of one day: NameProfile.strangers, rule (h)); or, whatever the link,
        when each group's members agree on a different venue (one leader's two stops of one day:
        NameProfile.venues_differ), or when both are reports of a sided kind (a match) whose central names have
        none in common (two matches of one evening whose outlets share stock phrases), or whose
        central sides differ (one team's two matches: its opponents' countries, cities or names read
        as a match's other side, NameProfile.other_sides), or whose central sports differ (a
        football final and a tennis final: stories.events.event_kinds)."""
        if link < self.names_link and (
            (self.names is not None and self.names.conflicts(a, b))
            or (self.kinds is not None and self.kinds_told(a) and self.kinds_told(b) and self.kinds.conflicts(a, b))
        ):
            return True
        if self.names is not None and self.names.venues_differ(a, b):
            return True
        if link < STRANGERS_LINK_FACTOR * self.names_link and self.names is not None and self.names.strangers(a, b):
            return True
        if not self.sided(a, b):
            return False
        assert self.kinds is not None  # sided() reads the kinds
        names = self.names
        return (names is not None and (names.disjoint(a, b) or names.other_sides(a, b))) or self.kinds.marks_apart(a, b)

    def too_far(self, a: int, b: int) -> bool:
        """Are the two groups' dated members further apart in publication time than the window:
        the days between one group's latest and the other's earliest dated article? A group with
        no dated member is near any (an undated article is no evidence of when it happened)."""
        if self.earliest is None or self.latest is None or self.window is None:
            return False
        gap = max(self.earliest[a] - self.latest[b], self.earliest[b] - self.latest[a])
        return bool(gap > self.window)  # NaN (a side undated) compares False

    def kinds_told(self, root: int) -> bool:
        """Do more than half of the group's members name a kind of event in their openings? A kind
        that fewer name is background ("the Russian attack" in two of four reports of a state
        visit), not what the group's event is, and does not vote against another group's."""
        assert self.kinds is not None
        return 2 * self.kinds.profile(root).named > self.size[root]

    def sided(self, a: int, b: int) -> bool:
        """Are both groups reports of an event whose sides are its names (a match: its two teams),
        their most given kind one of ``sided_kinds``, agreed on by their members?"""
        if self.kinds is None:
            return False
        sided = sided_kinds()
        for root in (a, b):
            profile = self.kinds.profile(root)
            if not (profile.agrees() and profile.top() & sided):
                return False
        return True

    def dense_sum(self, root: int) -> np.ndarray:
        assert self.blend is not None
        if root not in self.dense:
            self.dense[root] = self.blend.vectors[root].astype(np.float64)
        return self.dense[root]

    def union(self, a: int, b: int) -> None:
        if self.size[a] < self.size[b]:
            a, b = b, a
        (ia, va), (ib, vb) = self.vector(a), self.vector(b)
        idx, inverse = np.unique(np.concatenate([ia, ib]), return_inverse=True)
        self.sums[a] = (idx, np.bincount(inverse, weights=np.concatenate([va, vb]), minlength=len(idx)))
        del self.sums[b]
        if self.blend is not None:
            self.dense[a] = self.dense_sum(a) + self.dense_sum(b)
            del self.dense[b]
        for votes in (self.names, self.kinds):
            if votes is not None:
                votes.absorb(a, b)
        if self.earliest is not None and self.latest is not None:
            self.earliest[a] = np.fmin(self.earliest[a], self.earliest[b])
            self.latest[a] = np.fmax(self.latest[a], self.latest[b])
        self.parent[b] = a
        self.size[a] += self.size[b]
        self.richness[a] = max(self.richness[a], self.richness[b])


def cluster(
    x: sp.csr_matrix,
    dup_pairs: Sequence[tuple[int, int, float]],
    rows: np.ndarray,
    cols: np.ndarray,
    sims: np.ndarray,
    threshold: float,
    size_margin: float = 0.0,
    specific: np.ndarray | None = None,
    min_shared: int = 0,
    richness: np.ndarray | None = None,
    blend: _Blend | None = None,
    search: Any = None,
    names: Sequence[frozenset[str]] | None = None,
    joins: list[tuple[int, int, str, float, tuple[str, ...]]] | None = None,
    names_link: float = 0.2,
    kinds: Sequence[frozenset[str]] | None = None,
    times: np.ndarray | None = None,
    window: float | None = None,
) -> np.ndarray:
    """A group root per article: average-linkage agglomeration restricted to candidate edges.

    Near-duplicates join first, unconditionally. Then the pair of groups joined by a candidate
    edge with the highest *current* score merges, until none reaches ``threshold``; the score is
    the average link minus ``size_margin / sqrt(|A| |B|)``. Heap entries go stale as groups grow;
    a popped entry is re-scored and merged only if it still beats everything left in the heap
    (lazy evaluation: each re-push follows a merge elsewhere). ``search`` (a candidate search over
    rows) then proposes pairs of group centroids, until no proposed pair merges.

    With ``names`` (each article's event names, see stories.events), two groups whose central
    names differ merge by content only at an average link of ``names_link``; copies always join.
    ``kinds`` (each article's event kinds) vetoes the same way: a collision and a quake.
    With ``times`` (each article's publication time in days, NaN when undated) and ``window``, two
    groups merge by content only when their dated members lie within ``window`` days of each other
    (_Groups.too_far: one group's latest dated article to the other's earliest); copies always join.
    ``joins`` receives each merge as (article, article, "copy" or "content", average link, central
    names both groups share).
    """
    groups = _Groups(x, richness, blend, names, names_link, kinds, times, window)
    groups.joins = joins
    for i, j, score in sorted(dup_pairs, key=lambda p: -p[2]):
        a, b = groups.find(i), groups.find(j)
        if a != b:
            groups.note(i, j, "copy", score, a, b)
            groups.union(a, b)
    merge = (threshold, size_margin, specific, min_shared)
    _merge_along(groups, rows, cols, sims - size_margin, *merge)
    # Groups whose members share no candidate edge are compared by their centroids: one story told
    # by many copies of a few articles has each article's neighbours inside its own group.
    while search is not None:
        roots = np.unique([groups.find(i) for i in range(x.shape[0])])
        if len(roots) < 2:
            break
        centroids = sp.csr_matrix(
            (
                np.concatenate([groups.vector(r)[1] for r in roots]),
                np.concatenate([groups.vector(r)[0] for r in roots]),
                np.concatenate([[0], np.cumsum([len(groups.vector(r)[0]) for r in roots])]),
            ),
            shape=(len(roots), x.shape[1]),
        )
        r2, c2 = search(centroids)
        if not _merge_along(groups, roots[r2], roots[c2], np.full(len(r2), np.inf), *merge):
            break
    return np.array([groups.find(i) for i in range(x.shape[0])])


def _merge_along(
    groups: _Groups,
    rows: np.ndarray,
    cols: np.ndarray,
    priority: np.ndarray,
    threshold: float,
    size_margin: float,
    specific: np.ndarray | None,
    min_shared: int,
) -> bool:
    """Merge the groups of the candidate pairs, best current score first (see cluster); True if any merged."""
    heap = [(-float(s), int(r), int(c)) for s, r, c in zip(priority, rows, cols, strict=True)]
    heapq.heapify(heap)
    merged = False
    while heap:
        _neg, i, j = heapq.heappop(heap)
        a, b = groups.find(i), groups.find(j)
        if a == b:
            continue
        link, shared, fewer = groups.average_link(a, b, specific)
        score = link - size_margin / np.sqrt(float(groups.size[a] * groups.size[b]))
        if (
            score < threshold
            or shared < required_shared(min_shared, fewer)
            or groups.too_far(a, b)
            or groups.conflicts(a, b, link)
        ):
            continue
        if heap and score < -heap[0][0]:
            heapq.heappush(heap, (-score, a, b))
            continue
        groups.note(i, j, "content", link, a, b)
        groups.union(a, b)
        merged = True
    return merged


# --- stories and labels ----------------------------------------------------------------------


def central(x: sp.csr_matrix, members: np.ndarray) -> int:
    """The member closest to the group's centroid (first one on ties)."""
    if len(members) == 1:
        return int(members[0])
    block = x[members]
    # Work on the block's own columns: sparse products would allocate per call over all 2**22.
    _, column = np.unique(block.indices, return_inverse=True)
    centroid = np.bincount(column, weights=block.data)
    row = np.repeat(np.arange(len(members)), np.diff(block.indptr))
    scores = np.bincount(row, weights=block.data * centroid[column], minlength=len(members))
    return int(members[int(np.argmax(scores))])


def _story_id(doc_ids: Sequence[str]) -> str:
    """Stable across runs and input order: a hash of the member ids."""
    digest = hashlib.sha1("\n".join(sorted(doc_ids)).encode("utf-8")).hexdigest()
    return f"story-{digest[:12]}"


def _stories(
    docs: Sequence[Document],
    texts: Sequence[str],
    x: sp.csr_matrix,
    labels: np.ndarray,
    joins: Sequence[tuple[int, int, str, float, tuple[str, ...]]] = (),
) -> list[Story]:
    why: dict[int, list[Join]] = {}
    for i, j, kind, score, names in joins:
        why.setdefault(int(labels[i]), []).append(Join(docs[i].id, docs[j].id, kind, score, names))
    order = np.argsort(labels, kind="stable")
    bounds = np.flatnonzero(np.diff(labels[order])) + 1
    groups = [g for g in np.split(order, bounds) if len(g)]
    groups.sort(key=lambda g: (-len(g), int(g.min())))
    stories = []
    for members in groups:
        members = np.sort(members)
        centre = central(x, members)
        # The central article's title, else the first finished sentence of it (or of the next member).
        label = story_label(docs[k] for k in (centre, *(int(m) for m in members[:LABEL_TRIES] if m != centre)))
        ids = tuple(docs[i].id for i in members)
        stories.append(
            Story(id=_story_id(ids), doc_ids=ids, label=label, joins=tuple(why.get(int(labels[members[0]]), ())))
        )
    return stories


def assignments(stories: Sequence[Story]) -> dict[str, str]:
    """Article id -> story id."""
    return {doc_id: s.id for s in stories for doc_id in s.doc_ids}


def story_records(
    stories: Sequence[Story], documents: Sequence[Document], *, words: int | None = None
) -> list[dict[str, Any]]:
    """Stories as JSON-ready dicts; with ``words``, each also carries its summary (``Summary.to_dict()``).

    A story that cannot be summarized (e.g. no Arabic text) gets an ``error`` instead of failing
    the whole feed.
    """
    from khulasa.errors import KhulasaError
    from khulasa.summarizer.pipeline import summarize

    by_id = {d.id: d for d in documents}
    records = []
    for story in stories:
        record = story.to_dict()
        if words is not None:
            try:
                record["summary"] = summarize([by_id[i] for i in story.doc_ids], words=words).to_dict()
            except KhulasaError as exc:
                record["error"] = str(exc)
        records.append(record)
    return records
