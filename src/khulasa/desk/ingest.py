"""Ingest: articles into the store, each batch in one transaction, joined to stories incrementally.

A new article is compared only with the *open* stories (a story closes when nothing new about it
has happened for ``close_after_hours`` of desk time, or, once the open stories hold more than
``max_open_articles`` articles, when it is among the least recently active). For those, the store keeps what grouping
needs: each article's hashed feature counts and MinHash signature, and document frequencies of
every feature over the whole store. A batch then runs the grouping of :mod:`khulasa.stories.group` over
the open stories' articles plus the new ones, with the open stories already joined: new articles
join a story, start one, or bring two stories together (a merge, recorded). Earlier articles never
move, and closed stories are never read again.

Desk time: an article's ``event_ts`` is its publication time when given (and not in the future
of its arrival, nor before 1970: a CMS's "0001-01-01" is no date), else its arrival time; the desk
clock is the latest event time seen, the publication clock the latest publication time. A story
stays open while one of its dated articles is within ``close_after_hours`` of the publication
clock, whatever arrival times move the desk clock to (a day's feed taken in days later), and
while one of its late pages (published more than ``close_after_hours`` before it arrived: an
archive taken in) arrived within ``close_after_hours`` of the wall clock.

Two groups of the active rows merge only when their dated articles lie within
``time_window_days`` (3) of each other; undated articles are near any date (group._Groups.too_far).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import scipy.sparse as sp

from khulasa.config import GroupSettings
from khulasa.deadline import commit_point
from khulasa.desk.store import Store
from khulasa.errors import features_not_recomputed, features_too_new
from khulasa.stories.events import event_kinds, event_names
from khulasa.stories.group import (
    _DUP_CHARS,
    _HALF,
    FEATURES_VERSION,
    _pair_cosines,
    analysis_text,
    candidate_pairs,
    central,
    cluster,
    counting,
    hashed_rows,
    minhash_lsh,
    minhash_template,
    parse_time,
    stable_shingle_hashes,
    text_features,
    weigh_rows,
)
from khulasa.stories.labels import LABEL_TRIES, story_label
from khulasa.text.clean import clean_document
from khulasa.text.normalize import Analyzer, tokenize
from khulasa.types import Document

__all__ = ["DeskSettings", "IngestReport", "Prepared", "ingest_batch", "prepare_articles"]

_N_FEATURES = 2 * _HALF
# Event names and kinds are read from the title and this much of the text, which the open rows read back.
_NAMES_CHARS = 600


# The desk groups as ``khulasa group`` does: its grouping knobs start from the same defaults.
_GROUPING = GroupSettings()


@dataclass(frozen=True, slots=True)
class DeskSettings:
    """How the desk groups, closes and summarizes. Grouping values are ``group_documents``'s defaults."""

    threshold: float = _GROUPING.threshold
    duplicate_threshold: float = _GROUPING.duplicate_threshold
    copy_threshold: float = 0.8
    size_margin: float = _GROUPING.size_margin
    min_shared: int = _GROUPING.min_shared
    specific_max_df: int = _GROUPING.specific_max_df
    neighbors: int = _GROUPING.neighbors
    index_terms: int = _GROUPING.index_terms
    max_postings: int = _GROUPING.max_postings
    num_perm: int = _GROUPING.num_perm
    shingle_size: int = _GROUPING.shingle_size
    idf_power: float = _GROUPING.idf_power
    event_names: bool = _GROUPING.event_names
    names_link: float = _GROUPING.names_link
    event_kinds: bool = _GROUPING.event_kinds
    # Unlike ``khulasa group`` (no window unless asked), the desk keeps a story to the days of its
    # dated articles: an article joins a story (two stories merge) only when its publication time is
    # within this many days of the story's dated articles (group._Groups.too_far); undated articles
    # are near any. A desk fed a mixed archive must not join two finals of one cup nine years apart.
    # None: no window.
    time_window_days: float | None = 3.0
    close_after_hours: float = 48.0
    # The open stories' articles are what each batch regroups: past this many, the least recently
    # active stories close (None: no cap). Dated feeds stay far below it (stories close by time);
    # an undated bulk load, whose desk time barely moves, would otherwise never close anything.
    max_open_articles: int | None = 3000
    words: int = 100
    summary_documents: int = 50
    batch_size: int = 500
    regroup_open: bool = True


@dataclass(frozen=True, slots=True)
class Prepared:
    """An article ready to store: what grouping needs is computed before the transaction."""

    doc: Document
    text_hash: str
    features: np.ndarray  # int32 column ids, then float32 counts (one blob each)
    counts: np.ndarray
    richness: int
    signature: np.ndarray | None
    published_ts: float | None
    cleaning: str
    names: frozenset[str] = frozenset()  # event names of its opening (stories.events)
    kinds: frozenset[str] = frozenset()  # event kinds of its opening (stories.events)


@dataclass(slots=True)
class IngestReport:
    """What one ingest did."""

    stored: int = 0
    duplicates: int = 0
    copies: int = 0
    new_stories: int = 0
    joined: int = 0
    moved: int = 0
    merges: list[tuple[str, str]] = field(default_factory=list)
    changed: set[str] = field(default_factory=set)
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (given id, stored id)

    def add(self, other: IngestReport) -> None:
        """Add another batch's counts to these."""
        self.stored += other.stored
        self.duplicates += other.duplicates
        self.copies += other.copies
        self.new_stories += other.new_stories
        self.joined += other.joined
        self.moved += other.moved
        self.merges += other.merges
        self.changed |= other.changed
        self.renamed += other.renamed


def text_hash(text: str) -> str:
    """The identity of an article's wording: the hash of its normalized tokens."""
    return hashlib.sha1(" ".join(tokenize(text)).encode("utf-8")).hexdigest()


def feature_rows(docs: Sequence[Document], analyzer: Analyzer) -> tuple[sp.csr_matrix, list[int]]:
    """The hashed feature counts (one row per article) and richness of ``docs``: what the desk
    stores for grouping, of :data:`~khulasa.stories.group.FEATURES_VERSION` (an ingest and the
    recomputation of an older desk's features, khulasa.desk.upgrade, both make them here)."""
    richness: list[int] = []
    x = hashed_rows(counting((text_features(analysis_text(d), analyzer) for d in docs), richness))
    return x, richness


def prepare_articles(docs: Sequence[Document], settings: DeskSettings, analyzer: Analyzer) -> list[Prepared]:
    """Features, signature, wording hash and cleaning result of each article (no database)."""
    x, richness = feature_rows(docs, analyzer)
    template = minhash_template(settings.num_perm)
    out = []
    for i, doc in enumerate(docs):
        lo, hi = x.indptr[i], x.indptr[i + 1]
        hashes = stable_shingle_hashes(tokenize(doc.text[:_DUP_CHARS])[:800], settings.shingle_size)
        signature = None
        if len(hashes):
            m = template.copy()
            m.update_batch(hashes.tolist())
            signature = np.asarray(m.hashvalues, dtype=np.uint64)
        _, removed = clean_document(doc)
        published = parse_time(doc.published)
        out.append(
            Prepared(
                doc=doc,
                text_hash=text_hash(doc.text),
                features=x.indices[lo:hi].astype(np.int32),
                counts=x.data[lo:hi].astype(np.float32),
                richness=richness[i],
                signature=signature,
                published_ts=None if published is None or published < 0 else published * 86400.0,
                cleaning=json.dumps({"removed": [r.to_dict() for r in removed]}, ensure_ascii=False),
                names=event_names(doc.title, doc.text[:_NAMES_CHARS]) if settings.event_names else frozenset(),
                kinds=event_kinds(doc.title, doc.text[:_NAMES_CHARS]) if settings.event_kinds else frozenset(),
            )
        )
    return out


# --- one batch -----------------------------------------------------------------------------------


# A desk clock this far past the wall clock means the wall clock was wrong once (see _clock_was_ahead);
# less is two machines' clocks that differ a little.
CLOCK_SLACK = 3600.0


@dataclass(slots=True)
class _Active:
    """The rows grouping looks at: the open stories' articles, then the batch's new ones."""

    ids: list[str]
    story: list[str | None]
    features: list[np.ndarray]
    counts: list[np.ndarray]
    signatures: list[np.ndarray | None]
    richness: list[int]
    titles: list[str | None]
    first_text: list[str]
    names: list[frozenset[str]] = field(default_factory=list)
    kinds: list[frozenset[str]] = field(default_factory=list)
    times: list[float] = field(default_factory=list)  # publication time in days; NaN when undated


def ingest_batch(
    store: Store,
    articles: Sequence[Prepared],
    settings: DeskSettings,
    clock: Callable[[], float] = time.time,
    cache: DfCache | None = None,
) -> IngestReport:
    """Store one batch and assign its new articles to stories, in one transaction. ``cache`` keeps
    document frequencies from one batch to the next (see DfCache)."""
    report = IngestReport()
    cache = cache if cache is not None else DfCache()
    now = clock()
    with store.transaction(exclusive=True):
        require_current_features(store)  # a newer khulasa may have recomputed them meanwhile
        fresh = _new_articles(store, articles, report)
        if not fresh:
            return report
        desk_clock, n_before = _advance_clock(store, fresh, now, settings)
        active = _open_rows(store, cache, settings)
        n_old = len(active.ids)
        for p in fresh:
            active.ids.append(p.doc.id)
            active.story.append(None)
            active.features.append(p.features)
            active.counts.append(p.counts)
            active.signatures.append(p.signature)
            active.richness.append(p.richness)
            active.titles.append(p.doc.title)
            active.first_text.append(analysis_text(p.doc)[:600])
            active.names.append(p.names)
            cache.names[p.doc.id] = p.names  # the next batch reads it back as an open row
            active.kinds.append(p.kinds)
            cache.kinds[p.doc.id] = p.kinds
            active.times.append(p.published_ts / 86400.0 if p.published_ts is not None and _dated(p, now) else np.nan)
        added = _count_features(store, fresh)
        x, df = _weighted(store, active, settings, n_before, added, cache)
        dups, copies = _duplicates(active, n_old, settings)
        labels = _labels(x, df, active, dups, settings)
        assigned = _reconcile(store, active, labels, n_old, now, report)
        copy_of = {i - n_old: active.ids[j] for i, j in copies.items()}
        _insert(store, fresh, assigned, copy_of, now, report)
        _refresh_stories(store, x, active, assigned, desk_clock, now, report)
        commit_point()  # a caller that gave up at its time limit gets no articles stored behind its back
    return report


def _new_articles(store: Store, articles: Sequence[Prepared], report: IngestReport) -> list[Prepared]:
    """The batch less what the store (or the batch, earlier) already has: the same wording.

    An id is unique only where it was given (a feed numbers its items 1, 2, …; a request's
    articles without ids are 1, 2, …): an article whose id the desk holds for another wording is a
    different article, stored under a new id (see :func:`derived_id`) and listed in
    ``report.renamed``. A url shared with another wording (an edited article) is stored too.
    """
    hashes = [p.text_hash for p in articles]
    seen_hashes = {r[0] for r in store.where_in("SELECT text_hash FROM articles WHERE text_hash IN ({marks})", hashes)}
    fresh = []
    for p in articles:
        if p.text_hash in seen_hashes:
            report.duplicates += 1
            continue
        seen_hashes.add(p.text_hash)
        fresh.append(p)
    ids = [p.doc.id for p in fresh]
    taken = {r[0] for r in store.where_in("SELECT id FROM articles WHERE id IN ({marks})", ids)}
    out = []
    for p in fresh:
        if p.doc.id in taken:
            new_id = derived_id(store, p, taken)
            report.renamed.append((p.doc.id, new_id))
            p = replace(p, doc=replace(p.doc, id=new_id))
        taken.add(p.doc.id)
        out.append(p)
    return out


def derived_id(store: Store, p: Prepared, taken: set[str]) -> str:
    """A free id for an article whose id is taken by another: ``<id>~<8 hex of its wording hash>``,
    the same on every rerun (and then the wording is found stored), with ``-2``, ``-3`` … only if
    someone chose that id for yet another article."""
    base = f"{p.doc.id}~{p.text_hash[:8]}"
    candidate, n = base, 1
    while candidate in taken or store.one("SELECT 1 FROM articles WHERE id = ?", [candidate]) is not None:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def event_time(p: Prepared, now: float) -> float:
    """Publication time when known and not after arrival, else arrival."""
    return p.published_ts if p.published_ts is not None and p.published_ts <= now else now


def _advance_clock(store: Store, fresh: Sequence[Prepared], now: float, settings: DeskSettings) -> tuple[float, int]:
    """Move the desk clock (and the publication clock) and the article count on, close quiet
    stories (see _close_quiet); the clock and the article count before this batch."""
    row = store.one("SELECT value FROM meta WHERE name = 'clock'")
    before = store.one("SELECT value FROM meta WHERE name = 'articles'")
    stored = float(row[0]) if row else 0.0
    if stored > now + CLOCK_SLACK:
        stored = _clock_was_ahead(store, now)
    clock = max(stored, max(event_time(p, now) for p in fresh))
    # A desk made before the publication clock was kept starts it at its desk clock: as before.
    row = store.one("SELECT value FROM meta WHERE name = ?", [PUBLISHED_CLOCK_KEY])
    published = min(float(row[0]) if row else stored, stored)
    published = max([published, *(event_time(p, now) for p in fresh if _dated(p, now))])
    store.execute("UPDATE meta SET value = ? WHERE name = 'clock'", [clock])
    set_meta(store, PUBLISHED_CLOCK_KEY, published)
    store.execute("UPDATE meta SET value = value + ? WHERE name = 'articles'", [len(fresh)])
    _close_quiet(store, clock, published, settings.close_after_hours * 3600.0, now)
    if settings.max_open_articles is not None:
        _close_over_cap(store, settings.max_open_articles)
    return clock, int(before[0]) if before else 0


# The latest publication time the desk has seen (of articles whose event time is their publication
# time: see _dated), a row of the meta table beside the desk clock.
PUBLISHED_CLOCK_KEY = "published_clock"


def _dated(p: Prepared, now: float) -> bool:
    """Is the article's event time its publication time (given, not after its arrival)? Stored,
    such an article's event time is before its arrival time (``event_ts < arrived_ts``)."""
    return p.published_ts is not None and p.published_ts < now


def _close_quiet(store: Store, clock: float, published: float, quiet: float, now: float) -> None:
    """Close the open stories whose latest event is more than ``quiet`` seconds before the desk
    ``clock``, unless one of their dated articles (see _dated) is within ``quiet`` of the latest
    publication time seen (``published``), or one of their late pages arrived within ``quiet`` of
    ``now``. Publication times are set against publication times:
    undated articles take their arrival time, so a day's feed taken in two days later, some of
    its articles dated and some not, moves the desk clock two days past the dated ones, and every
    story of dated articles closed before its undated reports came in (the busy day's 18 events
    became 31 stories on a desk fed in six batches). On a feed all dated, or all undated, the two
    clocks are one, and this closes what the desk clock alone closes.

    A late page (published more than ``quiet`` before it arrived: an archive taken in, a backlog)
    is quiet by its arrival, as an undated article is: an archive that interleaves events of
    several years has a publication clock years past some of its events, and each of their dated
    reports closed at once, as a story of its own, before the event's next report, dated or not,
    came in (a 2018 agreement's three dated reports and three undated ones, fed among reports of
    2020, became four stories). Live, a page arrives within hours of its publication and this
    keeps nothing open."""
    store.execute(
        "UPDATE stories SET closed = 1 WHERE closed = 0 AND last_event_ts < ? AND NOT EXISTS "
        "(SELECT 1 FROM articles a WHERE a.story_id = stories.id AND a.event_ts < a.arrived_ts AND "
        "(a.event_ts >= ? OR (a.arrived_ts >= ? AND a.event_ts < a.arrived_ts - ?)))",
        [clock - quiet, published - quiet, now - quiet, quiet],
    )


def _clock_was_ahead(store: Store, now: float) -> float:
    """The desk clock is past the wall clock: a machine's clock ran ahead once and has been set right.
    Arrival times it stamped become the present, so that the stories it dated in the future close
    in time again and new stories are not closed by a clock years ahead; ``now`` is the clock."""
    store.execute("UPDATE articles SET event_ts = ? WHERE event_ts > ?", [now, now])
    store.execute("UPDATE stories SET last_event_ts = ? WHERE last_event_ts > ?", [now, now])
    return now


def _close_over_cap(store: Store, cap: int) -> None:
    """Close the least recently active open stories (latest event, then latest update) until the
    open stories hold at most ``cap`` articles; a story larger than ``cap`` on its own closes too."""
    rows = store.all(
        "SELECT id, size FROM stories WHERE closed = 0 AND merged_into IS NULL "
        "ORDER BY last_event_ts DESC, updated_ts DESC, id DESC"
    )
    total = 0
    close = []
    for story, size in rows:
        total += int(size)
        if total > cap:
            close.append(story)
    store.execute_in("UPDATE stories SET closed = 1 WHERE id IN ({marks})", close)


def _open_rows(store: Store, cache: DfCache, settings: DeskSettings) -> _Active:
    rows = store.all(
        "SELECT a.id, a.story_id, a.features, a.signature, a.richness, a.title, substr(a.text, 1, 600), "
        "a.event_ts, a.arrived_ts FROM articles a "
        "JOIN stories s ON a.story_id = s.id WHERE s.closed = 0 AND s.merged_into IS NULL ORDER BY a.seq"
    )
    active = _Active([], [], [], [], [], [], [], [])
    for doc_id, story_id, blob, sig, rich, title, text, event_ts, arrived_ts in rows:
        features, counts = _unpack(bytes(blob))
        active.ids.append(doc_id)
        active.story.append(story_id)
        active.features.append(features)
        active.counts.append(counts)
        active.signatures.append(None if sig is None else np.frombuffer(bytes(sig), dtype=np.uint64))
        active.richness.append(int(rich))
        active.titles.append(title)
        active.first_text.append((f"{title}\n" if title else "") + text[:600])
        if doc_id not in cache.names:
            cache.names[doc_id] = event_names(title, text[:_NAMES_CHARS]) if settings.event_names else frozenset()
            cache.kinds[doc_id] = event_kinds(title, text[:_NAMES_CHARS]) if settings.event_kinds else frozenset()
        active.names.append(cache.names[doc_id])
        active.kinds.append(cache.kinds[doc_id])
        # Dated: its event time is its publication time, before its arrival (see _dated).
        active.times.append(float(event_ts) / 86400.0 if float(event_ts) < float(arrived_ts) else np.nan)
    cache.names = dict(zip(active.ids, active.names, strict=True))  # only the open rows: memory stays bounded
    cache.kinds = dict(zip(active.ids, active.kinds, strict=True))
    return active


# The desk's features version (FEATURES_VERSION of the khulasa that made its stored features) and,
# while a recomputation is under way (khulasa.desk.upgrade), the version it makes and the last
# article (seq) it has done: rows of the meta table. A desk without a recorded version was made
# before versions were recorded: its features are of version 1.
FEATURES_KEY = "features_version"
REBUILD_TO_KEY = "features_rebuild_to"
REBUILT_SEQ_KEY = "features_rebuilt_seq"
UNRECORDED_FEATURES = 1


@dataclass(frozen=True, slots=True)
class FeaturesState:
    """What the desk's meta table says of its stored features."""

    version: int  # of every article's features (UNRECORDED_FEATURES when none is recorded)
    rebuild_to: int | None = None  # a recomputation under way: the version it makes
    rebuilt_seq: int = 0  # and the articles (seq) it has done, those up to this one

    @property
    def newest(self) -> int:
        """The newest version the desk holds features of (a recomputation under way counts)."""
        return max(self.version, self.rebuild_to or 0)


def features_state(store: Store) -> FeaturesState:
    """The desk's :class:`FeaturesState`."""
    rows = dict(
        store.all(
            "SELECT name, value FROM meta WHERE name IN (?, ?, ?)", [FEATURES_KEY, REBUILD_TO_KEY, REBUILT_SEQ_KEY]
        )
    )
    rebuild_to = rows.get(REBUILD_TO_KEY)
    return FeaturesState(
        int(rows.get(FEATURES_KEY, UNRECORDED_FEATURES)),
        None if rebuild_to is None else int(rebuild_to),
        int(rows.get(REBUILT_SEQ_KEY, 0)),
    )


def require_current_features(store: Store, state: FeaturesState | None = None) -> None:
    """Raise unless the desk's stored features are this khulasa's (FEATURES_VERSION): a newer
    khulasa's refuse ingest (upgrade khulasa), an older one's must be recomputed first."""
    state = features_state(store) if state is None else state
    if state.newest > FEATURES_VERSION:
        raise features_too_new(store.url.named, state.newest, FEATURES_VERSION)
    if state.version != FEATURES_VERSION or state.rebuild_to is not None:
        raise features_not_recomputed(store.url.named, state.version, FEATURES_VERSION)


def set_meta(store: Store, name: str, value: float) -> None:
    """Set one row of the meta table (made when missing)."""
    store.execute(
        "INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        [name, value],
    )


def _pack(features: np.ndarray, counts: np.ndarray) -> bytes:
    return features.astype("<i4").tobytes() + counts.astype("<f4").tobytes()


def _unpack(blob: bytes) -> tuple[np.ndarray, np.ndarray]:
    half = len(blob) // 2
    return np.frombuffer(blob[:half], dtype="<i4"), np.frombuffer(blob[half:], dtype="<f4")


def _count_features(store: Store, fresh: Sequence[Prepared]) -> tuple[np.ndarray, np.ndarray]:
    """Document frequencies over the whole store, one upsert per distinct feature of the batch;
    returns the batch's distinct features and their counts."""
    ids, counts = np.unique(np.concatenate([p.features for p in fresh]), return_counts=True)
    store.insert_rows(
        "INSERT INTO feature_df (feature, df)",
        list(zip(ids.tolist(), counts.tolist(), strict=True)),
        "ON CONFLICT (feature) DO UPDATE SET df = feature_df.df + excluded.df",
        chunk=2000,
    )
    return ids, counts


@dataclass(slots=True)
class DfCache:
    """Document frequencies this process has read, valid while the store's article count is the
    one it last saw: then no other writer has added articles (and features) in between, and the
    next batch reads only the features it has not seen, not the open stories' ~100,000 again."""

    articles: int = -1
    df: dict[int, int] = field(default_factory=dict)
    # Event names of the open rows (read from their stored text once; they never change).
    names: dict[str, frozenset[str]] = field(default_factory=dict)
    kinds: dict[str, frozenset[str]] = field(default_factory=dict)  # and their event kinds


def _weighted(
    store: Store,
    active: _Active,
    settings: DeskSettings,
    n_before: int,
    added: tuple[np.ndarray, np.ndarray],
    cache: DfCache,
) -> tuple[sp.csr_matrix, np.ndarray]:
    """The active rows weighed with the store-wide document frequencies (returned too, per column)."""
    indptr = np.concatenate([[0], np.cumsum([len(f) for f in active.features])])
    indices = np.concatenate(active.features) if active.features else np.zeros(0, np.int32)
    data = np.concatenate(active.counts).astype(np.float32) if active.counts else np.zeros(0, np.float32)
    x = sp.csr_matrix((data.copy(), indices.astype(np.int32), indptr), shape=(len(active.ids), _N_FEATURES))
    columns = np.unique(indices).tolist()
    if cache.articles != n_before:  # another writer came in between (or first batch): read afresh
        cache.df.clear()
    known = cache.df
    for feature, count in zip(added[0].tolist(), added[1].tolist(), strict=True):
        if feature in known:
            known[feature] += count  # this batch's own upserts
    missing = [c for c in columns if c not in known]
    for feature, count in store.where_in("SELECT feature, df FROM feature_df WHERE feature IN ({marks})", missing):
        known[int(feature)] = int(count)
    cache.df = {c: known.get(c, 0) for c in columns}  # only what the open stories use: memory stays bounded
    df = np.zeros(_N_FEATURES, dtype=np.int32)
    if columns:
        df[np.array(columns, dtype=np.int64)] = np.fromiter((cache.df[c] for c in columns), np.int32, len(columns))
    row = store.one("SELECT value FROM meta WHERE name = 'articles'")
    n = int(row[0]) if row else x.shape[0]
    cache.articles = n
    return weigh_rows(x, df, n, idf_power=settings.idf_power), df


def _duplicates(
    active: _Active, n_old: int, settings: DeskSettings
) -> tuple[list[tuple[int, int, float]], dict[int, int]]:
    """Near-duplicate pairs touching a new row, and for each new row that is a copy, its original."""
    template = minhash_template(settings.num_perm)
    lsh = minhash_lsh(settings.duplicate_threshold, settings.num_perm)
    hashes: dict[int, Any] = {}
    for i, sig in enumerate(active.signatures):
        if sig is not None:
            hashes[i] = template.copy()
            hashes[i].hashvalues = np.array(sig, dtype=hashes[i].hashvalues.dtype)
            lsh.insert(i, hashes[i], check_duplication=False)
    pairs: list[tuple[int, int, float]] = []
    copies: dict[int, int] = {}
    for i in range(n_old, len(active.ids)):
        if i not in hashes:
            continue
        best = (0.0, -1)
        for j in lsh.query(hashes[i]):
            if j == i or (j >= n_old and j > i):
                continue  # each new pair once, seen from its later row
            score = float(hashes[i].jaccard(hashes[j]))
            if score >= settings.duplicate_threshold:
                pairs.append((min(i, j), max(i, j), score))
                best = max(best, (score, j))
        if best[0] >= settings.copy_threshold:
            copies[i] = best[1]
    return pairs, copies


def _labels(
    x: sp.csr_matrix, df: np.ndarray, active: _Active, dups: list[tuple[int, int, float]], settings: DeskSettings
) -> np.ndarray:
    """A group label per active row, from group.cluster over the active rows.

    With ``settings.regroup_open`` the open stories are grouped afresh with the new articles (a
    decision taken on a few articles, when document frequencies were still rough, can be undone);
    without it they enter already joined, and new articles can only join them, start stories or
    bring two together.
    """
    joined: list[tuple[int, int, float]] = []
    if not settings.regroup_open:
        first: dict[str, int] = {}
        for i, story in enumerate(active.story):
            if story is None:
                continue
            if story in first:
                joined.append((first[story], i, 2.0))  # before any near-duplicate (scores <= 1)
            else:
                first[story] = i
    rows, cols = candidate_pairs(
        x, neighbors=settings.neighbors, index_terms=settings.index_terms, max_postings=settings.max_postings
    )
    sims = _pair_cosines(x, rows, cols)
    keep = sims >= settings.threshold
    specific = df <= settings.specific_max_df
    specific[:_HALF] = False  # single terms are never specific (see group._is_specific)
    return cluster(
        x,
        joined + dups,
        rows[keep],
        cols[keep],
        sims[keep],
        settings.threshold,
        settings.size_margin,
        specific,
        settings.min_shared,
        np.array(active.richness, dtype=np.int64),
        names=active.names if settings.event_names else None,
        names_link=settings.names_link,
        kinds=active.kinds if settings.event_kinds else None,
        times=np.array(active.times, dtype=np.float64),
        window=settings.time_window_days,
    )


def new_story_id(first_article: str, salt: str) -> str:
    """A new story's id, from the article that opened it and the moment (a story that splits off
    later may start from an article that once opened another)."""
    return f"story-{hashlib.sha1(f'{first_article}#{salt}'.encode()).hexdigest()[:12]}"


def _reconcile(
    store: Store, active: _Active, labels: np.ndarray, n_old: int, now: float, report: IngestReport
) -> dict[int, str]:
    """Story ids for the new grouping of the active rows; returns the story of each new row.

    An id stays with the event its story began with: an open story keeps its id on the group
    holding its first article (its founder; of several such stories, the one with most articles
    there), a story absorbed earlier comes back on a group holding its founder but no open story's
    (a merge undone), and only then does an open story left without one keep its id on the group
    holding most of its articles (largest overlaps first). Other groups get new ids. An open story
    left without a group went into the group that took most of its articles: a merge, recorded.
    Articles of earlier batches that land in another story are moved (``report.moved``).
    """
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels.tolist()):
        groups.setdefault(label, []).append(i)
    overlap: dict[tuple[int, str], int] = {}
    for label, members in groups.items():
        for i in members:
            story = active.story[i]
            if story is not None:
                overlap[(label, story)] = overlap.get((label, story), 0) + 1
    founders = _founders(store, active, labels)
    name, taken = _story_names(groups, overlap, active, founders, now, report)
    for story in taken - set(active.story[:n_old]):  # absorbed once, now apart again
        store.execute("UPDATE stories SET merged_into = NULL, closed = 0 WHERE id = ?", [story])
        report.changed.add(story)
    for story in dict.fromkeys(s for s in active.story[:n_old] if s is not None):
        if story not in taken:
            best = max((c, -label, label) for (label, s), c in overlap.items() if s == story)[2]
            _record_merge(store, story, name[best], now, report)
    assigned: dict[int, str] = {}
    for label, members in groups.items():
        _move_members(store, active, members, name[label], n_old, taken, assigned, report)
    return assigned


def _founders(store: Store, active: _Active, labels: np.ndarray) -> dict[str, int]:
    """The group label of each story's founder among the active rows: open stories, and stories
    absorbed into them (directly or along a chain of merges) whose founder is active."""
    row = {doc_id: i for i, doc_id in enumerate(active.ids)}
    out: dict[str, int] = {}
    stories = list(dict.fromkeys(s for s in active.story if s is not None))
    query = "SELECT id, founder FROM stories WHERE id IN ({marks})"
    seen = set(stories)
    while stories:
        for story, founder in store.where_in(query, stories):
            if founder is not None and founder in row:
                out[story] = int(labels[row[founder]])
        absorbed = [r[0] for r in store.where_in("SELECT id FROM stories WHERE merged_into IN ({marks})", stories)]
        stories = [s for s in absorbed if s not in seen]
        seen.update(stories)
    return out


def _story_names(
    groups: Mapping[int, list[int]],
    overlap: Mapping[tuple[int, str], int],
    active: _Active,
    founders: Mapping[str, int],
    now: float,
    report: IngestReport,
) -> tuple[dict[int, str], set[str]]:
    """The story id of each group (see _reconcile), and the stories that name one."""
    name: dict[int, str] = {}
    taken: set[str] = set()
    ranked = sorted(overlap.items(), key=lambda kv: (-kv[1], kv[0][1]))
    for (label, story), _count in ranked:  # open stories, on their founder's group
        if label not in name and story not in taken and founders.get(story) == label:
            name[label] = story
            taken.add(story)
    open_now = set(active.story)
    for story, label in sorted(founders.items()):  # absorbed ones, back on their founder's group
        if label not in name and story not in taken and story not in open_now:
            name[label] = story
            taken.add(story)
    for (label, story), _count in ranked:
        if label not in name and story not in taken:
            name[label] = story
            taken.add(story)
    for label, members in groups.items():
        if label not in name:
            name[label] = new_story_id(active.ids[members[0]], f"{now!r}:{label}")
            report.new_stories += 1
    return name, taken


def _record_merge(store: Store, story: str, into: str, now: float, report: IngestReport) -> None:
    """An open story absorbed by another: closed, pointed at it, and the merge recorded."""
    store.execute("UPDATE stories SET merged_into = ?, closed = 1, updated_ts = ? WHERE id = ?", [into, now, story])
    store.execute("INSERT INTO merges (absorbed, into_story, merged_ts) VALUES (?, ?, ?)", [story, into, now])
    report.merges.append((story, into))
    report.changed.discard(story)


def _move_members(
    store: Store,
    active: _Active,
    members: Sequence[int],
    target: str,
    n_old: int,
    taken: set[str],
    assigned: dict[int, str],
    report: IngestReport,
) -> None:
    """Put one group's articles in story ``target``: new rows are assigned, earlier ones moved."""
    for i in members:
        if i >= n_old:
            assigned[i - n_old] = target
            report.changed.add(target)
            if any(active.story[j] == target for j in members if j < n_old):
                report.joined += 1
        elif active.story[i] != target:
            store.execute("UPDATE articles SET story_id = ? WHERE id = ?", [target, active.ids[i]])
            old = active.story[i]
            report.changed.update({target, *([old] if old is not None and old in taken else [])})
            report.moved += 1
    for i in members:
        active.story[i] = target


def _insert(
    store: Store,
    fresh: Sequence[Prepared],
    assigned: dict[int, str],
    copy_of: dict[int, str],
    now: float,
    report: IngestReport,
) -> None:
    rows = [
        (
            p.doc.id,
            p.doc.url,
            p.text_hash,
            p.doc.title,
            p.doc.outlet,
            p.doc.published,
            event_time(p, now),
            now,
            p.doc.text,
            p.cleaning,
            copy_of.get(k),
            assigned[k],
            _pack(p.features, p.counts),
            None if p.signature is None else p.signature.astype(np.uint64).tobytes(),
            p.richness,
        )
        for k, p in enumerate(fresh)
    ]
    store.insert_rows(
        "INSERT INTO articles (id, url, text_hash, title, outlet, published, event_ts, arrived_ts, text, cleaning, "
        "copy_of, story_id, features, signature, richness)",
        rows,
        chunk=100,
    )
    report.stored += len(fresh)
    report.copies += len(copy_of)


def _refresh_stories(
    store: Store,
    x: sp.csr_matrix,
    active: _Active,
    assigned: dict[int, str],
    desk_clock: float,
    now: float,
    report: IngestReport,
) -> None:
    """Size, outlets, times and label of every changed story (new ones are created here)."""
    for story in sorted(report.changed):
        members = np.array([i for i, s in enumerate(active.story) if s == story], dtype=np.int64)
        centre = central(x, members)
        readers = [centre, *(int(m) for m in members[:LABEL_TRIES] if m != centre)]  # centre first (see story_label)
        label = story_label(Document(active.ids[k], active.first_text[k], title=active.titles[k]) for k in readers)
        counted = store.one(
            "SELECT COUNT(*), COUNT(DISTINCT outlet), MAX(event_ts) FROM articles WHERE story_id = ?", [story]
        )
        assert counted is not None  # an aggregate query always returns one row
        size, outlets, last_event = counted
        exists = store.one("SELECT 1 FROM stories WHERE id = ?", [story]) is not None
        if exists:
            store.execute(
                "UPDATE stories SET label = ?, updated_ts = ?, last_event_ts = ?, size = ?, outlets = ?, "
                "members_version = members_version + 1, closed = 0 WHERE id = ?",
                [label, now, float(last_event), int(size), int(outlets), story],
            )
        else:
            store.execute(
                "INSERT INTO stories (id, label, created_ts, updated_ts, last_event_ts, size, outlets, "
                "members_version, founder) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)",
                [story, label, now, now, float(last_event), int(size), int(outlets), active.ids[int(members.min())]],
            )


def batches(items: Iterable[Document], size: int) -> Iterable[list[Document]]:
    """``items`` in lists of at most ``size``."""
    batch: list[Document] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
