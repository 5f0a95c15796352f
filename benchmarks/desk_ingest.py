"""Desk ingest at scale: N synthetic articles (text generated here) into a fresh SQLite desk.

Reports, every ``--every`` articles: throughput so far, the process's resident memory and the
number of articles in open stories (what each batch regroups); at the end the peak memory, the
database size, and the ARI of the desk's stories against the planted ones. Memory should stay flat
as the store grows: a batch reads only the open stories (bounded by the feed's rate and the desk's
closing time), never the whole store. The peak is read before the run is scored (scoring loads
every article's story at once). Summaries are off (``--no-summaries`` in CLI terms): they are
computed when a story is read, and their cost does not depend on the store's size.

With ``--undated`` the same articles come without a publication date, as from a JSONL file of bare
texts: desk time is then the arrival time, which barely moves during a bulk load, so no story
closes by time and only ``DeskSettings.max_open_articles`` keeps the open set bounded
(``--max-open`` sets it; 0 turns the cap off).

    OPENBLAS_NUM_THREADS=1 .venv/bin/python benchmarks/desk_ingest.py [--n 100000] [--batch 500] [--undated]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _desk_synthetic import live_feed

from khulasa.desk import Desk, DeskSettings


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--every", type=int, default=10_000)
    parser.add_argument("--db", default=None, help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--undated", action="store_true", help="articles without a publication date")
    parser.add_argument("--max-open", type=int, default=None, help="DeskSettings.max_open_articles (0: no cap)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        # The planted stories go to a file, not a dict: the process's memory is the desk's alone.
        truth_path = Path(tmp) / "truth.tsv"
        truth_file = open(truth_path, "w", encoding="utf-8")  # noqa: SIM115 - closed after the ingest

        def articles():
            for doc, story in live_feed(args.n):
                truth_file.write(f"{doc.id}\t{story}\n")
                yield replace(doc, published=None) if args.undated else doc

        url = args.db or f"sqlite:///{tmp}/desk.sqlite"
        settings = replace(DeskSettings(), batch_size=args.batch)
        if args.max_open is not None:
            settings = replace(settings, max_open_articles=args.max_open or None)
        print(
            "| articles | articles/s so far | articles/s since the last line | RSS MB | open-story articles | stories |"
        )
        print("|---|---|---|---|---|---|")
        start = time.perf_counter()
        with Desk(url, settings) as desk:
            next_mark = [args.every]
            last = [0, start]

            def progress(done: int) -> None:
                if done >= next_mark[0] or done == args.n:
                    next_mark[0] += args.every
                    open_rows = desk.store.one(
                        "SELECT COUNT(*) FROM articles a JOIN stories s ON a.story_id = s.id "
                        "WHERE s.closed = 0 AND s.merged_into IS NULL"
                    )[0]
                    stories = desk.store.one("SELECT COUNT(*) FROM stories WHERE merged_into IS NULL")[0]
                    now = time.perf_counter()
                    rate, recent = done / (now - start), (done - last[0]) / (now - last[1])
                    last[:] = [done, now]
                    print(
                        f"| {done} | {rate:.0f} | {recent:.0f} | {rss_mb():.0f} | {open_rows} | {stories} |", flush=True
                    )

            report = desk.ingest(articles(), summaries=False, progress=progress)
            seconds = time.perf_counter() - start
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # before the scoring below
            truth_file.close()
            story_of = dict(desk.store.all("SELECT id, story_id FROM articles"))
        size = Path(f"{tmp}/desk.sqlite").stat().st_size / 2**20 if args.db is None else float("nan")
        truth = dict(line.split("\t") for line in truth_path.read_text(encoding="utf-8").splitlines())
    from sklearn.metrics import adjusted_rand_score

    ids = list(truth)
    ari = adjusted_rand_score([truth[i] for i in ids], [story_of[i] for i in ids])
    print(
        f"\n{report.stored} articles stored in {seconds:.0f} s: {report.stored / seconds:.0f} articles/s; "
        f"peak RSS {peak:.0f} MB; database {size:.0f} MB; {report.merges.__len__()} merges; "
        f"ARI against the planted stories {ari:.3f}"
    )


if __name__ == "__main__":
    main()
