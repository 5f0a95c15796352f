"""The recomputation of an older khulasa's desk (khulasa.desk.upgrade) at scale.

Writes N synthetic articles (text generated here, see _desk_synthetic) straight into a fresh desk
with the features of FEATURES_VERSION 1 (joined compound names read as one word) and their document
frequencies, as an older khulasa left them, with no features version recorded; a share of the
articles (``--joined``) quotes a spokesman whose name is written joined, so their features change.
``--all-change`` stores features of another analysis (no stemming) instead: every article's
features and most frequencies change, the worst case. Then opens the desk as an ingest does and
times the recomputation, printing the rate and resident memory every ``--every`` articles; with
``--check``, verifies afterwards that the stored frequencies are those of the stored features.

    OPENBLAS_NUM_THREADS=1 .venv/bin/python benchmarks/desk_upgrade.py [--n 100000] [--all-change] [--check]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _desk_synthetic import live_feed

from khulasa.desk import Desk
from khulasa.desk import ingest as ingest_module
from khulasa.desk.ingest import _pack, _unpack, feature_rows
from khulasa.desk.store import Store
from khulasa.stories.group import _HALF, english_stopwords, story_features
from khulasa.text.normalize import Analyzer
from khulasa.types import Document

SPOKESMEN = ["عبدالرحمن", "عبدالمجيد", "عبدالله", "عبدالعزيز", "عبدالكريم"]


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def old_text_features(text: str, analyzer: Analyzer) -> list[str]:
    """text_features of FEATURES_VERSION 1."""
    english = english_stopwords()
    return story_features([w for w in analyzer.content_terms(text) if w not in english])


def articles(n: int, joined: float) -> Iterator[tuple[Document, int]]:
    rng = random.Random(11)
    for doc, story in live_feed(n):
        if rng.random() < joined:
            doc = replace(doc, text=f"{doc.text} وقال المتحدث {rng.choice(SPOKESMEN)} الحربي إن التحقيق مستمر.")
        yield doc, story


def write_old_desk(url: str, n: int, joined: float, all_change: bool) -> None:
    """The desk an older khulasa would have left (stories are not needed by the recomputation)."""
    store = Store(url)
    df = np.zeros(2 * _HALF, dtype=np.int64)
    analyzer = Analyzer(stem=not all_change)
    if not all_change:
        ingest_module.text_features = old_text_features
    feed = articles(n, joined)
    stored = 0
    while chunk := [next(feed, None) for _ in range(2000)]:
        pairs = [c for c in chunk if c is not None]
        if not pairs:
            break
        docs = [d for d, _ in pairs]
        x, richness = feature_rows(docs, analyzer)
        analyzer.forget()
        rows = []
        for i, (doc, story) in enumerate(pairs):
            lo, hi = x.indptr[i], x.indptr[i + 1]
            df[x.indices[lo:hi]] += 1
            rows.append(
                (
                    doc.id,
                    hashlib.sha1(doc.id.encode()).hexdigest(),
                    doc.title,
                    doc.outlet,
                    doc.published,
                    0.0,
                    0.0,
                    doc.text,
                    "{}",
                    f"story-{story}",
                    _pack(x.indices[lo:hi], x.data[lo:hi]),
                    richness[i],
                )
            )
        with store.transaction():
            store.insert_rows(
                "INSERT INTO articles (id, text_hash, title, outlet, published, event_ts, arrived_ts, text, "
                "cleaning, story_id, features, richness)",
                rows,
                chunk=100,
            )
        stored += len(rows)
        if len(pairs) < len(chunk):
            break
    features = np.flatnonzero(df)
    with store.transaction():
        store.insert_rows(
            "INSERT INTO feature_df (feature, df)",
            list(zip(features.tolist(), df[features].tolist(), strict=True)),
            chunk=2000,
        )
        store.execute("UPDATE meta SET value = ? WHERE name = 'articles'", [stored])
        store.execute("DELETE FROM meta WHERE name LIKE 'features%'")
    store.close()


def check(url: str) -> bool:
    with Desk(url) as desk:
        counts = np.zeros(2 * _HALF, dtype=np.int64)
        last = 0
        while rows := desk.store.all(
            "SELECT seq, features FROM articles WHERE seq > ? ORDER BY seq LIMIT 5000", [last]
        ):
            for _, blob in rows:
                counts[_unpack(bytes(blob))[0]] += 1
            last = rows[-1][0]
        table = np.zeros(2 * _HALF, dtype=np.int64)
        for feature, count in desk.store.all("SELECT feature, df FROM feature_df"):
            table[int(feature)] = int(count)
        return bool(np.array_equal(counts, table)) and not np.any(table < 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--every", type=int, default=10_000)
    parser.add_argument("--joined", type=float, default=0.3, help="share of articles with a joined name")
    parser.add_argument("--all-change", action="store_true", help="old features of another analysis")
    parser.add_argument("--check", action="store_true", help="verify the frequencies afterwards")
    parser.add_argument("--db", default=None, help="database URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{tmp}/desk.sqlite"
        start = time.perf_counter()
        original = ingest_module.text_features
        write_old_desk(url, args.n, args.joined, args.all_change)
        ingest_module.text_features = original
        print(f"old desk of {args.n} articles written in {time.perf_counter() - start:.0f} s")
        print("| articles | articles/s so far | RSS MB |\n|---|---|---|")
        next_mark = [args.every]
        start = time.perf_counter()

        def progress(done: int, total: int) -> None:
            if done >= next_mark[0] or (done == total and next_mark[0] - args.every < done):
                next_mark[0] = done + args.every
                print(f"| {done} | {done / (time.perf_counter() - start):.0f} | {rss_mb():.0f} |", flush=True)

        with Desk(url) as desk:
            before = dict(desk.store.all("SELECT 'n', COUNT(*) FROM feature_df"))["n"]
            done = desk.upgrade_features(progress)
            after = desk.store.one("SELECT COUNT(*) FROM feature_df")[0]
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"\n{done} articles recomputed in {seconds:.0f} s: {done / seconds:.0f} articles/s; "
            f"peak RSS {peak:.0f} MB (writing the old desk included); distinct features {before} before, {after} after"
        )
        if args.check:
            print("frequencies equal to the stored features':", check(url))


if __name__ == "__main__":
    main()
