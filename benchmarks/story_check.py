"""What the service's one-story check costs a request: ``story_split`` beside ``summarize`` on the
bundled demo cluster (five articles), each the median of N calls after one warm-up, in-process.

    OPENBLAS_NUM_THREADS=1 python benchmarks/story_check.py [--calls 15]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import khulasa
from khulasa.demo import demo_path
from khulasa.stories.several import story_split


def median_ms(work: Callable[[], object], calls: int) -> float:
    """Median wall time of ``calls`` calls of ``work``, in milliseconds, after one call not counted."""
    work()
    times = []
    for _ in range(calls):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=15, help="timed calls of each (default 15)")
    args = parser.parse_args()
    docs = khulasa.load_documents([demo_path()]).documents
    print(f"demo cluster, {len(docs)} articles, median of {args.calls} calls")
    print(f"  summarize (100 words): {median_ms(lambda: khulasa.summarize(docs, words=100), args.calls):6.1f} ms")
    print(f"  story_split:           {median_ms(lambda: story_split(docs), args.calls):6.1f} ms")


if __name__ == "__main__":
    main()
