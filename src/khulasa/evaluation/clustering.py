"""Scores of a clustering against true labels (story grouping)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def bcubed(truth: Sequence[Any], predicted: Sequence[Any]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering (labels per item, any hashable values).

    For each item, precision is the share of its predicted cluster that shares its true cluster,
    recall the share of its true cluster that shares its predicted cluster; both are averaged
    over items (Bagga & Baldwin 1998; Amigo et al. 2009).
    """
    if len(truth) != len(predicted):
        raise ValueError("truth and predicted must label the same items")
    if not truth:
        return 1.0, 1.0, 1.0
    pair_counts: dict[tuple[Any, Any], int] = {}
    true_sizes: dict[Any, int] = {}
    pred_sizes: dict[Any, int] = {}
    for t, p in zip(truth, predicted, strict=True):
        pair_counts[(t, p)] = pair_counts.get((t, p), 0) + 1
        true_sizes[t] = true_sizes.get(t, 0) + 1
        pred_sizes[p] = pred_sizes.get(p, 0) + 1
    # Every item in the same (true, predicted) cell has the same per-item scores.
    precision = sum(c * c / pred_sizes[p] for (_, p), c in pair_counts.items()) / len(truth)
    recall = sum(c * c / true_sizes[t] for (t, _), c in pair_counts.items()) / len(truth)
    f1 = 2 * precision * recall / (precision + recall)
    return precision, recall, f1
