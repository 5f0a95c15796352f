"""Per-cluster latency of khulasa against sumy's LexRank, in the same process and run.

    OPENBLAS_NUM_THREADS=1 python benchmarks/speed.py [--repeats 5] [--words 100]

Clusters: the five-article example (../shared/examples) and the MultiLing 2011 ar dev clusters.
Both systems start from Document objects: sumy LexRank is timed with khulasa's cleaning and
sentence splitting (it cannot split Arabic offline on its own), then its ranking and the budget
fill. Runs alternate between the two systems; the median of ``--repeats`` runs is reported, and
the ratio khulasa/LexRank is the figure to compare (absolute times swing on shared cores).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable

from _shared import EXAMPLE, data_file, example_documents

from khulasa import summarize
from khulasa.evaluation.datasets import Item, read_items
from khulasa.evaluation.inputs import build_input
from khulasa.evaluation.peers import PeerSystem
from khulasa.types import Document


def _clusters() -> list[tuple[str, list[Document]]]:
    clusters = []
    if EXAMPLE.is_dir():
        clusters.append(("example putin-kim (5 docs)", example_documents()))
    path = data_file("multiling2011-ar-dev")
    if path.is_file():
        for item in read_items(path):
            clusters.append((f"multiling {item.id} ({len(item.documents)} docs)", item.to_documents()))
    return clusters


def _lexrank(documents: list[Document], words: int) -> None:
    item = build_input(Item("speed", tuple(d.text for d in documents), ("-",)))
    PeerSystem("sumy-lexrank").run(item, words)


def _median_seconds(funcs: dict[str, Callable[[], object]], repeats: int) -> dict[str, float]:
    times: dict[str, list[float]] = {name: [] for name in funcs}
    for _ in range(repeats):
        for name, func in funcs.items():  # interleaved, so load swings hit both alike
            started = time.perf_counter()
            func()
            times[name].append(time.perf_counter() - started)
    return {name: statistics.median(ts) for name, ts in times.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--words", type=int, default=100)
    args = parser.parse_args(argv)
    clusters = _clusters()
    if not clusters:
        print("no clusters found (set KHULASA_SHARED)", file=sys.stderr)
        return 1
    print("| cluster | khulasa ms | sumy LexRank ms | ratio khulasa/LexRank |\n|---|---|---|---|")
    ratios = []
    for name, docs in clusters:
        summarize(docs, words=args.words)  # warm caches (stemmer, patterns) outside the timing
        t = _median_seconds(
            {
                "khulasa": lambda d=docs: summarize(d, words=args.words),
                "lexrank": lambda d=docs: _lexrank(d, args.words),
            },
            args.repeats,
        )
        ratio = t["khulasa"] / t["lexrank"]
        ratios.append(ratio)
        print(f"| {name} | {1000 * t['khulasa']:.1f} | {1000 * t['lexrank']:.1f} | {ratio:.2f} |")
    print(
        f"\nmedian ratio {statistics.median(ratios):.2f} over {len(ratios)} clusters "
        f"(median of {args.repeats} interleaved runs each, {args.words} words)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
