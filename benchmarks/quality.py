"""Quality table: khulasa, baselines and all peers on the shared dev sets, in one run per set.

    OPENBLAS_NUM_THREADS=1 python benchmarks/quality.py [--sets multiling2011-ar-dev,easc]
        [--systems all] [--out-dir docs/benchmarks]

Writes, per set, ``quality-<set>.md`` (table) and ``.png`` (R2 chart) to ``--out-dir`` and prints
the tables with the wall time of each run. Same as ``khulasa eval --data FILE``. Per-item JSON
(``--json-dir``) quotes the data's sentences in its summaries: keep it out of the repository
(the data are licensed for evaluation only).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from _shared import DOCS, SETS, present_sets

from khulasa.evaluation import render_json, render_markdown, run, write_chart


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated set names")
    parser.add_argument("--systems", default="all", help="as in khulasa eval --systems")
    parser.add_argument("--out-dir", type=Path, default=DOCS / "benchmarks")
    parser.add_argument("--json-dir", type=Path, default=None, help="also write per-item JSON here")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    for name, path, budget in present_sets(args.sets):
        started = time.perf_counter()
        result = run(
            path,
            words=budget,
            systems=args.systems,
            seed=args.seed,
            strict=True,  # a bad line of a shipped data set stops the run, as before
            progress=lambda msg: print(f"\r{msg[:70]:<70}", end="", file=sys.stderr),
        )
        elapsed = time.perf_counter() - started
        print(file=sys.stderr)
        args.out_dir.mkdir(parents=True, exist_ok=True)
        table = render_markdown(result)
        (args.out_dir / f"quality-{name}.md").write_text(table, encoding="utf-8")
        if args.json_dir is not None:
            args.json_dir.mkdir(parents=True, exist_ok=True)
            (args.json_dir / f"quality-{name}.json").write_text(render_json(result), encoding="utf-8")
        write_chart(result, args.out_dir / f"quality-{name}.png")
        print(f"## {name} @{budget} words ({elapsed:.0f} s wall)\n\n{table}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
