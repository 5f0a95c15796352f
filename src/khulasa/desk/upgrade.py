"""An older khulasa's desk brought up to this one's grouping features.

The desk stores, for each article, the hashed feature counts grouping compares (and the richness
counted from them), and the document frequencies of those features over every article. When
khulasa changes how it makes them (:data:`~khulasa.stories.group.FEATURES_VERSION`), a new article's
features would be compared with stored ones made the old way: the same name hashed two ways, and
a story that splits. So before ingesting, the desk recomputes every stored article's features from
its stored title and text (what they were made from), and their document frequencies, then records
the new version.

The work goes in chunks of articles, in order, each chunk one transaction that holds the same lock
as an ingest batch: it rewrites the chunk's features, moves the document frequencies by what
changed (old features out, new ones in) and records how far it got. Whenever it stops (Ctrl-C, a
time limit, a kill), the committed chunks leave a consistent desk (frequencies equal to the stored
features'), and the next opening goes on from there; two processes opening the same desk share the
chunks and never do one twice. Ingest waits until the last chunk has recorded the new version.

Story memberships are not touched: only later grouping uses the new features.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from khulasa.deadline import check_time
from khulasa.desk.ingest import (
    FEATURES_KEY,
    REBUILD_TO_KEY,
    REBUILT_SEQ_KEY,
    FeaturesState,
    _pack,
    _unpack,
    feature_rows,
    features_state,
    set_meta,
)
from khulasa.desk.store import Store
from khulasa.errors import features_too_new
from khulasa.stories.group import FEATURES_VERSION
from khulasa.text.normalize import Analyzer
from khulasa.types import Document

__all__ = ["REBUILD_CHUNK", "upgrade_features"]

# Articles per transaction: 0.2-0.75 s of work at 100,000 articles (docs/desk.md), while other
# writers wait for the lock.
REBUILD_CHUNK = 500


def _checked_state(store: Store) -> FeaturesState:
    """The desk's features state; raises when a newer khulasa made them (see
    :func:`~khulasa.errors.features_too_new`)."""
    state = features_state(store)
    if state.newest > FEATURES_VERSION:
        raise features_too_new(store.url.named, state.newest, FEATURES_VERSION)
    return state


def _current(state: FeaturesState) -> bool:
    return state.version == FEATURES_VERSION and state.rebuild_to is None


def _resume_after(state: FeaturesState) -> int:
    """The last article done by a recomputation to this version (0: none, or one to another version)."""
    return state.rebuilt_seq if state.rebuild_to == FEATURES_VERSION else 0


def _left(store: Store, state: FeaturesState) -> tuple[int, int]:
    """(articles an interrupted recomputation did already, articles left to do)."""
    after = _resume_after(state)
    row = store.one("SELECT COUNT(*), COALESCE(SUM(CASE WHEN seq > ? THEN 1 ELSE 0 END), 0) FROM articles", [after])
    return (int(row[0]) - int(row[1]), int(row[1])) if row else (0, 0)


def upgrade_features(
    store: Store,
    analyzer: Analyzer,
    progress: Callable[[int, int], None] | None = None,
    *,
    chunk: int = REBUILD_CHUNK,
) -> int:
    """Recompute the stored features of a desk whose recorded version is older than
    FEATURES_VERSION (nothing when it is current); how many articles this call recomputed.

    ``progress`` is called with (articles done, articles of the desk) before the first chunk and
    after each; the articles an interrupted recomputation did count as done, so a resumed one goes
    on from where the last stopped. A desk made by a newer khulasa raises
    :func:`~khulasa.errors.features_too_new`."""
    state = _checked_state(store)
    if _current(state):
        return 0
    before, total = _left(store, state)
    done = 0
    if progress is not None:
        progress(before, before + total)
    while True:
        check_time()
        with store.transaction(exclusive=True):
            count, finished = _rebuild_chunk(store, analyzer, chunk)
        analyzer.forget()  # memory must not grow with the words of 100,000 articles
        done += count
        if progress is not None:
            progress(before + min(done, total), before + max(total, done))
        if finished:
            return done


def _rebuild_chunk(store: Store, analyzer: Analyzer, chunk: int) -> tuple[int, bool]:
    """Within the lock: recompute the next ``chunk`` articles; (how many, whether all are done)."""
    state = _checked_state(store)  # read again: another process may have gone on meanwhile
    if _current(state):
        return 0, True
    rows = store.all(
        "SELECT seq, title, text, features, richness FROM articles WHERE seq > ? ORDER BY seq LIMIT ?",
        [_resume_after(state), chunk],
    )
    if rows:
        _recompute(store, rows, analyzer)
    if len(rows) < chunk:  # the last chunk: every article has this khulasa's features
        set_meta(store, FEATURES_KEY, FEATURES_VERSION)
        store.execute("DELETE FROM meta WHERE name IN (?, ?)", [REBUILD_TO_KEY, REBUILT_SEQ_KEY])
        return len(rows), True
    set_meta(store, REBUILD_TO_KEY, FEATURES_VERSION)
    set_meta(store, REBUILT_SEQ_KEY, int(rows[-1][0]))
    return len(rows), False


def _recompute(store: Store, rows: Sequence[tuple[Any, ...]], analyzer: Analyzer) -> None:
    """New features and richness for ``rows`` (seq, title, text, features, richness), written
    where they changed, and the document frequencies moved by the difference."""
    docs = [Document(str(seq), text, title=title) for seq, title, text, _, _ in rows]
    x, richness = feature_rows(docs, analyzer)
    old_features: list[np.ndarray] = []
    new_features: list[np.ndarray] = []
    for i, (seq, _, _, blob, rich) in enumerate(rows):
        lo, hi = x.indptr[i], x.indptr[i + 1]
        packed = _pack(x.indices[lo:hi].astype(np.int32), x.data[lo:hi].astype(np.float32))
        old = bytes(blob)
        if packed == old and int(rich) == richness[i]:
            continue
        store.execute("UPDATE articles SET features = ?, richness = ? WHERE seq = ?", [packed, richness[i], seq])
        old_features.append(_unpack(old)[0])
        new_features.append(x.indices[lo:hi])
    _move_frequencies(store, old_features, new_features)


def _move_frequencies(store: Store, old: Sequence[np.ndarray], new: Sequence[np.ndarray]) -> None:
    """Document frequencies less the articles' ``old`` features, plus their ``new`` ones (each
    article's features are distinct); a feature no article has any more is deleted, as a desk
    built afresh would not have it."""
    if not old:
        return
    features = np.concatenate([*new, *old]).astype(np.int64)
    signs = np.concatenate([np.ones(sum(len(f) for f in new), np.int64), -np.ones(sum(len(f) for f in old), np.int64)])
    ids, where = np.unique(features, return_inverse=True)
    change = np.zeros(len(ids), dtype=np.int64)
    np.add.at(change, where, signs)
    moved = change != 0
    store.insert_rows(
        "INSERT INTO feature_df (feature, df)",
        list(zip(ids[moved].tolist(), change[moved].tolist(), strict=True)),
        "ON CONFLICT (feature) DO UPDATE SET df = feature_df.df + excluded.df",
        chunk=2000,
    )
    store.execute_in("DELETE FROM feature_df WHERE df <= 0 AND feature IN ({marks})", ids[change < 0].tolist())
