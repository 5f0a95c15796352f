"""The largest request the service accepts by default: does it finish inside the time limit?

Builds a cluster at the default limits of ``khulasa serve`` (``--documents`` articles that fill the
default body size) from EASC articles joined at random (seeded), then times ``summarize`` and
``compare`` on it in one process, against the service's per-request time limit. A request whose
work outlives the limit gets its 504 on time, but its worker thread runs on until the work ends,
so the work itself should fit. Beyond it, the worker thread stops itself at the pipeline's next
time check (``khulasa.deadline``): the last table shows when ``compare`` gives up under shorter
limits (``--stop-after``).

    OPENBLAS_NUM_THREADS=1 python benchmarks/request_limits.py [--documents 100] [--chars 24000]
        [--stop-after 0.5,2,5]

Reads the EASC articles from ../shared/data (or $KHULASA_SHARED/data); writes nothing.
"""

from __future__ import annotations

import argparse
import random
import sys
import time

from _shared import data_file

from khulasa import summarize
from khulasa.analysis.compare import compare
from khulasa.deadline import time_limit
from khulasa.errors import TimeLimitExceeded
from khulasa.evaluation.datasets import read_items
from khulasa.service import Limits
from khulasa.types import Document


def limit_cluster(documents: int, chars: int, seed: int = 0) -> list[Document]:
    """``documents`` articles of about ``chars`` characters, each EASC articles joined at random."""
    texts = [text for item in read_items(data_file("easc")) for text in item.documents]
    rng = random.Random(seed)
    out = []
    for i in range(documents):
        parts: list[str] = []
        while sum(map(len, parts)) < chars:
            parts.append(rng.choice(texts))
        out.append(Document(f"d{i:03d}", "\n\n".join(parts)))
    return out


def main(argv: list[str] | None = None) -> int:
    limits = Limits()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=limits.max_documents)
    # Arabic takes about two bytes a character in UTF-8: this fills the default body limit.
    parser.add_argument("--chars", type=int, default=limits.max_body_bytes // (2 * limits.max_documents))
    parser.add_argument("--stop-after", default="0.5,2,5", help="time limits (s) to stop compare under")
    args = parser.parse_args(argv)
    if not data_file("easc").is_file():
        print(f"skip: {data_file('easc')} not found (set KHULASA_SHARED)", file=sys.stderr)
        return 0
    docs = limit_cluster(args.documents, args.chars)
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    rows = []
    for name, work in (("summarize", lambda: summarize(docs, words=100)), ("compare", lambda: compare(docs))):
        started = time.perf_counter()
        work()
        rows.append((name, time.perf_counter() - started))
    print(
        f"{len(docs)} documents, {size / 1e6:.1f} MB (body limit {limits.max_body_bytes / 1e6:.1f} MB), "
        f"time limit {limits.timeout_seconds:g} s\n"
    )
    print("| work | seconds | share of the time limit |\n|---|---|---|")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.1f} | {seconds / limits.timeout_seconds:.2f} |")
    print("\n| compare under a time limit of | stopped after |\n|---|---|")
    for limit in (float(x) for x in args.stop_after.split(",") if x.strip()):
        started = time.perf_counter()
        try:
            with time_limit(limit):
                compare(docs)
            outcome = "finished"
        except TimeLimitExceeded:
            outcome = "stopped"
        print(f"| {limit:g} s | {outcome} after {time.perf_counter() - started:.1f} s |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
