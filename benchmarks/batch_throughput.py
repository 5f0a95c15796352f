"""Batch throughput (clusters/s): plain in-process loop vs `run_batch` on 1 and 2 Dask workers.

Input: the MultiLing 2011 Arabic dev clusters (10 articles each), repeated under new ids to
``--clusters`` clusters (the shared data is read at run time; without it, the bundled demo cluster).
Each Dask run starts its own LocalCluster of worker processes; we report the whole run (start-up
included) and the steady rate from the first finished cluster to the last.

    OPENBLAS_NUM_THREADS=1 .venv/bin/python benchmarks/batch_throughput.py [--clusters 40] [--words 100]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from khulasa.batch import run_batch, summarize_cluster
from khulasa.types import Document

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KHULASA_SHARED", REPO / ".." / "shared"))


def source_clusters() -> list[list[str]]:
    path = SHARED / "data" / "multiling2011-ar-dev.jsonl"
    if path.is_file():
        return [json.loads(line)["documents"] for line in path.read_text(encoding="utf-8").splitlines()]
    demo = sorted((REPO / "src" / "khulasa" / "demo").rglob("*.txt"))
    return [[p.read_text(encoding="utf-8") for p in demo]]


def write_input(path: Path, n: int) -> list[list[str]]:
    sources = source_clusters()
    clusters = [sources[k % len(sources)] for k in range(n)]
    with open(path, "w", encoding="utf-8") as f:
        for k, docs in enumerate(clusters):
            f.write(json.dumps({"id": f"c{k}", "documents": docs}, ensure_ascii=False) + "\n")
    return clusters


def serial(clusters: list[list[str]], words: int) -> float:
    start = time.perf_counter()
    for k, docs in enumerate(clusters):
        summarize_cluster(f"c{k}", [Document(str(i), t) for i, t in enumerate(docs)], words)
    return time.perf_counter() - start


def dask_run(src: Path, workdir: Path, workers: int, words: int) -> tuple[float, float, int]:
    out = workdir / f"out-{workers}.jsonl"
    first: list[float] = []

    def progress(done: int, total: int) -> None:
        if done == 1 and not first:
            first.append(time.perf_counter())

    start = time.perf_counter()
    report = run_batch(src, out, words=words, workers=workers, on_progress=progress)
    end = time.perf_counter()
    steady = (report.written - 1) / (end - first[0]) if first and report.written > 1 else float("nan")
    return end - start, steady, report.written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clusters", type=int, default=40)
    parser.add_argument("--words", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        src = workdir / "in.jsonl"
        clusters = write_input(src, args.clusters)
        base = serial(clusters, args.words)
        print(
            f"{args.clusters} clusters of {len(clusters[0])} articles, {args.words} words, "
            f"OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS', 'unset')}"
        )
        print(f"{'run':<22} {'wall s':>7} {'clusters/s':>11} {'steady/s':>9} {'vs serial':>10}")
        print(f"{'serial (no Dask)':<22} {base:>7.1f} {args.clusters / base:>11.2f} {'':>9} {1.0:>10.2f}")
        for workers in (1, 2):
            wall, steady, written = dask_run(src, workdir, workers, args.words)
            assert written == args.clusters
            print(
                f"{f'dask, {workers} worker(s)':<22} {wall:>7.1f} {written / wall:>11.2f} {steady:>9.2f} "
                f"{(written / wall) / (args.clusters / base):>10.2f}"
            )


if __name__ == "__main__":
    main()
