"""``khulasa compare`` scored against hand-written gold labels (``benchmarks/gold/``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from khulasa.analysis.compare import Comparison, FigureComparison, SharedFact, UniqueFact
from khulasa.text.normalize import normalize


def _has_key(texts: Sequence[str], keys: Sequence[str]) -> bool:
    hay = [normalize(t) for t in texts]
    return any(normalize(k) in h for k in keys for h in hay)


def _pr(true_pos: int, predicted: int, matched_gold: int, gold: int) -> dict[str, float | int]:
    p = true_pos / predicted if predicted else 0.0
    r = matched_gold / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(f, 3),
        "predicted": predicted,
        "gold": gold,
        "correct": true_pos,
    }


def gold_scores(comparison: Comparison, gold: Mapping[str, Any]) -> dict[str, dict[str, float | int]]:
    """Precision and recall of consensus, unique facts and figures against hand-written gold.

    Gold format (see ``benchmarks/gold/``): consensus items ``{"docs", "keys"}``, unique items
    ``{"doc", "keys"}``, ``ignore`` items ``{"keys"}``, figure groups ``{"dimension", "docs",
    "disagree"}``. A predicted consensus item matches a gold one when a key phrase occurs in one of
    its wordings and they share two documents; a unique item when it comes from the gold item's
    document and contains a key phrase; a figure group when the dimension is equal, they share two
    documents and the disagreement flag is right. Each gold item is matched once; consensus and
    unique predictions that match only an ``ignore`` item are left out of precision.
    """
    ignore = [i["keys"] for i in gold.get("ignore", [])]

    def match(
        items: Sequence[Any], golds: Sequence[Mapping[str, Any]], hit: Any, skip: Sequence[Sequence[str]] = ()
    ) -> tuple[int, int, int]:
        used: set[int] = set()
        correct, counted = 0, 0
        for item in items:
            k = next((k for k, g in enumerate(golds) if k not in used and hit(item, g)), None)
            if k is None:
                k = next((k for k, g in enumerate(golds) if hit(item, g)), None)  # a repeat: wrong
                if k is None and any(_has_key(_texts(item), keys) for keys in skip):
                    continue
                counted += 1
                continue
            used.add(k)
            correct += 1
            counted += 1
        return correct, counted, len(used)

    def docs_of(item: SharedFact) -> set[str]:
        return {s.doc for s in item.sources}

    c_correct, c_counted, c_used = match(
        comparison.consensus,
        gold.get("consensus", []),
        lambda it, g: len(docs_of(it) & set(g["docs"])) >= 2 and _has_key(it.wordings or (it.text,), g["keys"]),
        ignore,
    )
    u_correct, u_counted, u_used = match(
        comparison.unique,
        gold.get("unique", []),
        lambda it, g: it.sources[0].doc == g["doc"] and _has_key((it.text,), g["keys"]),
        ignore,
    )
    f_correct, f_counted, f_used = match(
        comparison.figures,
        gold.get("figures", []),
        lambda it, g: (
            it.dimension == g["dimension"]
            and it.agree == (not g["disagree"])
            and len({v.source.doc for v in it.values} & set(g["docs"])) >= 2
        ),
    )
    return {
        "consensus": _pr(c_correct, c_counted, c_used, len(gold.get("consensus", []))),
        "unique": _pr(u_correct, u_counted, u_used, len(gold.get("unique", []))),
        "figures": _pr(f_correct, f_counted, f_used, len(gold.get("figures", []))),
    }


def _texts(item: Any) -> Sequence[str]:
    if isinstance(item, SharedFact):
        return item.wordings or (item.text,)
    if isinstance(item, UniqueFact):
        return (item.text,)
    if isinstance(item, FigureComparison):
        return tuple(v.sentence for v in item.values)
    return ()
