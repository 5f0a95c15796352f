"""Scaling: time and peak memory per cluster size, for khulasa and the peers that finish.

    OPENBLAS_NUM_THREADS=1 python benchmarks/scaling.py [--sizes 5,20,100,300,1000]
        [--systems khulasa,sumy-lexrank,...] [--timeout 120] [--chart docs/benchmarks/scaling.png]

Clusters are sampled (seeded) from the real Arabic documents of the dev data (MultiLing 2011 ar dev
and EASC: 203 articles); sizes beyond that pool repeat articles (under new ids), which also
exercises cross-document deduplication. Each (system, size) runs in a fresh subprocess so that its
peak resident memory (``ru_maxrss``, interpreter and imports included) is its own; the time
covers documents to summary (peers include khulasa's cleaning and splitting). A system that
exceeds ``--timeout`` at one size is not run at larger sizes. The growth exponent is the slope of
log(time) on log(size) over the sizes that finished.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from _shared import DOCS, data_file

DEFAULT_SYSTEMS = "khulasa,sumy-lexrank,sumy-textrank,sumy-lsa,sumy-luhn,sumy-kl,sumy-sumbasic,lexrank,summa"


def _pool() -> list[str]:
    from khulasa.evaluation.datasets import read_items

    texts: list[str] = []
    for name in ("multiling2011-ar-dev", "easc"):
        path = data_file(name)
        if path.is_file():
            texts.extend(t for item in read_items(path) for t in item.documents)
    return texts


def _sample(pool: list[str], size: int, seed: int) -> list[str]:
    rng = np.random.default_rng([seed, size])
    picks = rng.choice(len(pool), size=size, replace=size > len(pool))
    return [pool[i] for i in picks]


def worker(system: str, path: str, words: int) -> None:
    """Run one system on one sampled cluster; print seconds and peak RSS as JSON."""
    from khulasa import summarize
    from khulasa.evaluation.datasets import Item
    from khulasa.evaluation.inputs import build_input
    from khulasa.evaluation.peers import PeerSystem

    def run(texts: list[str]) -> None:
        if system == "khulasa":
            summarize(Item("scale", tuple(texts), ("-",)).to_documents(), words=words)
        else:
            PeerSystem(system).run(build_input(Item("scale", tuple(texts), ("-",))), words)

    texts = json.loads(Path(path).read_text(encoding="utf-8"))
    run(texts[:2])  # warm-up: lazy imports and caches stay out of the timing
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    run(texts)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "peak_mb": peak / 1024, "before_mb": before / 1024}))


def _run_one(system: str, texts: list[str], words: int, timeout: float) -> dict | None:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(texts, f, ensure_ascii=False)
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--worker", system, f.name, str(words)],
            capture_output=True,
            text=True,
            timeout=timeout,
            env={**os.environ, "OPENBLAS_NUM_THREADS": "1"},
        )
    except subprocess.TimeoutExpired:
        return None
    finally:
        os.unlink(f.name)
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def exponent(sizes: list[int], seconds: list[float]) -> float:
    """Slope of log(seconds) against log(size): time grows like size ** exponent."""
    if len(sizes) < 2:
        return math.nan
    return float(np.polyfit(np.log(sizes), np.log(seconds), 1)[0])


def _chart(results: dict[str, dict[int, dict]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    # khulasa in red; peers in tab10 colours other than its red.
    palette = [c for i, c in enumerate(plt.get_cmap("tab10").colors) if i != 3]
    fig, ax = plt.subplots(figsize=(7, 4.5))
    peers = [s for s in results if s != "khulasa"]
    for system, rows in results.items():
        sizes = [n for n, r in rows.items() if r and "seconds" in r]
        if sizes:
            style = (
                {"color": "#c0392b", "linewidth": 2.5}
                if system == "khulasa"
                else {"color": palette[peers.index(system) % len(palette)], "alpha": 0.85}
            )
            ax.plot(sizes, [rows[n]["seconds"] for n in sizes], marker="o", label=system, **style)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("documents in the cluster")
    ax.set_ylabel("seconds (documents to summary)")
    ax.set_title("Scaling on sampled real Arabic articles")
    ax.legend(fontsize=8)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="5,20,100,300,1000")
    parser.add_argument("--systems", default=DEFAULT_SYSTEMS)
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per run")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--chart", type=Path, default=DOCS / "benchmarks" / "scaling.png")
    parser.add_argument("--json", type=Path, default=None, help="also write the measurements here")
    args = parser.parse_args(argv)
    pool = _pool()
    if not pool:
        print("no dev data found (set KHULASA_SHARED)", file=sys.stderr)
        return 1
    sizes = [int(s) for s in args.sizes.split(",")]
    systems = args.systems.split(",")
    results: dict[str, dict[int, dict]] = {s: {} for s in systems}
    for size in sizes:
        texts = _sample(pool, size, args.seed)
        for system in systems:
            if any(r is None or "error" in r for r in results[system].values()):
                continue  # timed out or failed at a smaller size
            result = _run_one(system, texts, args.words, args.timeout)
            results[system][size] = result
            shown = (
                "timeout"
                if result is None
                else result.get("error") or (f"{result['seconds']:.2f} s, peak {result['peak_mb']:.0f} MB")
            )
            print(f"{size:>5} docs  {system:<14} {shown}", file=sys.stderr, flush=True)
    print(f"Pool: {len(pool)} real articles; sizes {sizes}; {args.words} words; timeout {args.timeout:.0f} s.\n")
    header = " | ".join(f"{n} docs" for n in sizes)
    print(f"| system | {header} | exponent |\n|---|{'---|' * len(sizes)}---|")
    for system, rows in results.items():
        cells = []
        for n in sizes:
            r = rows.get(n, "not run")
            if r is None:
                cells.append(f"> {args.timeout:.0f} s")
            elif r == "not run":
                cells.append("–")
            elif "error" in r:
                cells.append("error")
            else:
                cells.append(f"{r['seconds']:.2f} s / {r['peak_mb']:.0f} MB")
        ok = [n for n in sizes if isinstance(rows.get(n), dict) and "seconds" in rows[n]]
        slope = exponent(ok, [rows[n]["seconds"] for n in ok])
        print(f"| {system} | {' | '.join(cells)} | {'–' if math.isnan(slope) else f'{slope:.2f}'} |")
    if args.chart:
        _chart(results, args.chart)
        print(f"\nchart: {args.chart}")
    if args.json:
        args.json.write_text(json.dumps({"sizes": sizes, "results": results}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--worker":
        worker(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        sys.exit(main())
