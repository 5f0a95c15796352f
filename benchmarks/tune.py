"""Cross-validated tuning of khulasa's selection settings, printing held-out scores per fold.

One setting grid serves both evaluation sets (no per-dataset switches). The sets are split into
the same number of folds: leave-one-cluster-out on MultiLing 2011 Arabic (5 clusters) and 5
contiguous folds on EASC. Fold ``k`` holds out MultiLing cluster ``k`` and EASC fold ``k``; the
setting chosen on the other folds (best mean of the two sets' ROUGE-2 recall) is scored on the
held-out items. The held-out scores, not the tuned-on ones, are what generalizes.

    OPENBLAS_NUM_THREADS=1 .venv/bin/python benchmarks/tune.py
    .venv/bin/python benchmarks/tune.py --grid '{"position_weight": [0, 2], "stem": [true, false]}'

ROUGE is issue 4's scorer (:mod:`khulasa.evaluation.rouge`: our normalizing tokenizer, no
stemming, recall averaged over references; summaries cut at the word budget). Data are read at
run time from ``../shared/data`` next to the repository (or ``$KHULASA_SHARED/data``).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from khulasa import summarize
from khulasa.evaluation.datasets import Item, read_items
from khulasa.evaluation.inputs import build_input, truncate
from khulasa.evaluation.rouge import Rouge
from khulasa.evaluation.systems import LeadSystem

SETS = (("multiling", "multiling2011-ar-dev.jsonl", 250), ("easc", "easc.jsonl", 100))
DEFAULT_GRID: dict[str, list[Any]] = {
    "position_weight": [0.0, 1.0, 2.0, 3.0],
    "position_decay": [1.0, 2.0, 4.0],
    "min_concept_weight": [1.0, 2.0],
    "stem": [True, False],
}


def shared_dir() -> Path:
    env = os.environ.get("KHULASA_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[1] / ".." / "shared"


def configs(grid: Mapping[str, Sequence[Any]]) -> list[dict[str, Any]]:
    """Every combination of the grid's values, as setting overrides."""
    keys = sorted(grid)
    return [dict(zip(keys, values, strict=True)) for values in itertools.product(*(grid[k] for k in keys))]


def folds(n_items: int, k: int) -> list[np.ndarray]:
    """``k`` contiguous folds of item indices (leave-one-out when ``n_items == k``)."""
    return [np.asarray(part) for part in np.array_split(np.arange(n_items), k)]


def score(rouge: Rouge, references: Sequence[str], sentences: Sequence[str], words: int) -> tuple[float, float]:
    """ROUGE-1 and ROUGE-2 recall of ``sentences`` cut at ``words`` words."""
    result = rouge.score(references, " ".join(truncate(sentences, words)))
    return result["rouge1"].recall, result["rouge2"].recall


def khulasa_scores(items: Sequence[Item], words: int, overrides: Mapping[str, Any], rouge: Rouge) -> np.ndarray:
    """Per-item (R1, R2) recall of khulasa with ``overrides``."""
    out = []
    for item in items:
        summary = summarize(item.to_documents(), words=words, **overrides)
        out.append(score(rouge, item.summaries, [s.text for s in summary.sentences], words))
    return np.asarray(out)


def lead_scores(items: Sequence[Item], words: int, rouge: Rouge) -> np.ndarray:
    lead = LeadSystem()
    return np.asarray([score(rouge, it.summaries, lead.run(build_input(it), words)[0], words) for it in items])


def cross_validate(table: Mapping[str, np.ndarray], grid: Sequence[dict[str, Any]], k: int) -> list[dict[str, Any]]:
    """For each fold: the config best on the training items, and its held-out scores per set.

    ``table[set]`` has shape (configs, items, 2) with R1 and R2 recall.
    """
    splits = {name: folds(scores.shape[1], k) for name, scores in table.items()}
    results = []
    for fold in range(k):
        objective = np.zeros(len(grid))
        for name, scores in table.items():
            train = np.setdiff1d(np.arange(scores.shape[1]), splits[name][fold])
            objective += scores[:, train, 1].mean(axis=1) / len(table)
        best = int(np.argmax(objective))  # first best on ties: the grid's order breaks them
        held = {name: scores[best, splits[name][fold]].mean(axis=0) for name, scores in table.items()}
        results.append(
            {
                "fold": fold,
                "config": grid[best],
                "train_r2": float(objective[best]),
                "held_out": held,
                "held_items": {name: splits[name][fold] for name in table},
            }
        )
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--grid", help="JSON object: setting -> list of values (default: a small grid)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--limit", type=int, help="use only the first N items of each set (smoke runs)")
    args = parser.parse_args(argv)
    data = shared_dir() / "data"
    if not data.is_dir():
        print(f"{data}: not found; set KHULASA_SHARED to the folder holding data/", file=sys.stderr)
        return 2
    grid = configs(json.loads(args.grid) if args.grid else DEFAULT_GRID)
    rouge = Rouge(("rouge1", "rouge2"))
    table: dict[str, np.ndarray] = {}
    lead: dict[str, np.ndarray] = {}
    for name, file, words in SETS:
        items = read_items(data / file, limit=args.limit)
        lead[name] = lead_scores(items, words, rouge)
        started = time.perf_counter()
        table[name] = np.stack([khulasa_scores(items, words, c, rouge) for c in grid])
        print(
            f"# {name}: {len(items)} items x {len(grid)} configs in {time.perf_counter() - started:.0f}s",
            file=sys.stderr,
        )
    results = cross_validate(table, grid, args.folds)
    print(
        "fold | chosen config | train R2 (mean of sets) | " + " | ".join(f"{n} held-out R1 / R2 (lead)" for n in table)
    )
    for r in results:
        cells = []
        for name in table:
            h, lead_h = r["held_out"][name], lead[name][r["held_items"][name]].mean(axis=0)
            cells.append(f"{100 * h[0]:.2f} / {100 * h[1]:.2f} ({100 * lead_h[0]:.2f} / {100 * lead_h[1]:.2f})")
        print(
            f"{r['fold']} | {json.dumps(r['config'], sort_keys=True)} | {100 * r['train_r2']:.2f} | "
            + " | ".join(cells)
        )
    for name in table:
        held = np.concatenate([table[name][grid.index(r["config"]), r["held_items"][name]] for r in results])
        print(
            f"{name}: held-out over all folds R1 {100 * held[:, 0].mean():.2f} R2 {100 * held[:, 1].mean():.2f}; "
            f"lead R1 {100 * lead[name][:, 0].mean():.2f} R2 {100 * lead[name][:, 1].mean():.2f}"
        )
    overall = np.mean([table[n][:, :, 1].mean(axis=1) for n in table], axis=0)
    best = int(np.argmax(overall))
    print(
        f"tuned on all items: {json.dumps(grid[best], sort_keys=True)} -> "
        + ", ".join(
            f"{n} R1 {100 * table[n][best, :, 0].mean():.2f} R2 {100 * table[n][best, :, 1].mean():.2f}" for n in table
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
