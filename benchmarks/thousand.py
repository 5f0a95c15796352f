"""1,000 distinct documents: khulasa's time against the floor of reading and tokenizing them, in one run.

    OPENBLAS_NUM_THREADS=1 python benchmarks/thousand.py [--size 1000] [--repeats 5]

The cluster is the one ``scaling.py`` builds at that size (seed 0, articles of the dev data, which are
read from ../shared and never copied). Measured in one process, alternating, median of
``--repeats``:

- floor: read the JSONL file, parse each line, normalize and tokenize each text (what any
  summarizer must do at least);
- load: ``khulasa.load_documents`` on the file (decoding, records, checks);
- summarize: ``khulasa.summarize(documents, words=100)``, every cache of khulasa's modules emptied
  before each run (as in a fresh process);
- CLI: ``khulasa summarize FILE.jsonl --words 100`` in a subprocess (interpreter start included),
  and the same command on a two-document file, which is the fixed cost of starting.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _shared import data_file
from scaling import _pool, _sample


def floor(path: Path) -> None:
    from khulasa.text.normalize import tokenize

    with path.open(encoding="utf-8") as lines:
        for line in lines:
            tokenize(json.loads(line)["text"])


def cli(path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "khulasa", "summarize", str(path), "--words", "100"],
        check=True,
        capture_output=True,
        env={**os.environ, "OPENBLAS_NUM_THREADS": "1"},
    )


def cold_summarize(documents: list, summarize: Callable[..., object]) -> None:
    """Summarize with every cache of khulasa's modules emptied first (per-text caches of lines,
    paragraphs, figures, names and tokens, and the language resources read once), as in a fresh
    process but for the imports."""
    for module in [m for name, m in sys.modules.items() if name == "khulasa" or name.startswith("khulasa.")]:
        for value in list(vars(module).values()):
            # Every functools cache defined in the module (not those imported into it: cleared where
            # they are defined). A list of names went stale when modules moved, and cleared nothing.
            if callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", None) == module.__name__:
                value.cache_clear()
    summarize(documents, words=100)


def timed(func: Callable[[], object]) -> float:
    started = time.perf_counter()
    func()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    if not data_file("multiling2011-ar-dev").is_file():
        print("skip: ../shared/data not found (set KHULASA_SHARED)")
        return
    from khulasa import load_documents, summarize

    texts = _sample(_pool(), args.size, 0)
    with tempfile.TemporaryDirectory() as tmp:
        path, small = Path(tmp) / "cluster.jsonl", Path(tmp) / "two.jsonl"
        for target, chosen in ((path, texts), (small, texts[:2])):
            target.write_text(
                "".join(
                    json.dumps({"id": f"d{k}", "text": t}, ensure_ascii=False) + "\n" for k, t in enumerate(chosen)
                ),
                encoding="utf-8",
            )
        documents = load_documents([path]).documents
        summarize(documents[:2], words=100)  # warm-up: lazy imports and caches stay out of the timing
        steps: dict[str, Callable[[], object]] = {
            "floor: read + parse + normalize + tokenize": lambda: floor(path),
            "load_documents": lambda: load_documents([path]),
            "summarize (library, from documents)": lambda: cold_summarize(documents, summarize),
            "CLI, whole run": lambda: cli(path),
            "CLI on two documents (start-up)": lambda: cli(small),
        }
        times: dict[str, list[float]] = {name: [] for name in steps}
        for _ in range(args.repeats):
            for name, step in steps.items():
                times[name].append(timed(step))
    medians = {name: statistics.median(values) for name, values in times.items()}
    base = medians["floor: read + parse + normalize + tokenize"]
    print(f"{args.size} documents, {sum(map(len, texts)) / 1e6:.1f} M characters, median of {args.repeats}")
    print()
    print("| step | seconds | ÷ floor |")
    print("|---|---|---|")
    for name, seconds in medians.items():
        print(f"| {name} | {seconds:.2f} | {seconds / base:.1f} |")


if __name__ == "__main__":
    main()
