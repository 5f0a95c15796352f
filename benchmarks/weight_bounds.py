"""How far concept weights alone can move ROUGE: khulasa's selection fed better weights.

khulasa's selector maximizes the weight of the concepts (content bigrams) a summary covers. This
script keeps everything else as shipped (candidates, budget, redundancy rules, solver) and only
replaces the weights, to tell a weighting problem from a selection problem:

- ``khulasa``: as shipped;
- ``weights from references``: a concept weighs the number of references that contain it (an
  upper bound: no system knows the references);
- ``khulasa weights, reference concepts only``: khulasa's own weights with every concept that no
  reference contains set to zero (what a perfect filter of khulasa's concepts would give);
- ``oracle-whole``: the greedy extractive oracle over whole sentences (benchmarks' usual bound).

It then prints how often a concept of the documents occurs in a reference, by the number of
documents that hold it and the position of the first sentence that does: the signal any
unsupervised weighting has to work with. Counts only; no text of the data is printed.

    OPENBLAS_NUM_THREADS=1 python benchmarks/weight_bounds.py [--words 100,250]

Reads ../shared/data/multiling2011-ar-dev.jsonl (or $KHULASA_SHARED/data) at run time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections.abc import Callable, Sequence
from typing import Any
from unittest import mock

from _shared import present_sets

import khulasa.summarizer.select as select_module
from khulasa import summarize
from khulasa.evaluation.datasets import Item, read_items
from khulasa.evaluation.inputs import build_input
from khulasa.evaluation.rouge import RougeTokenizer
from khulasa.evaluation.systems import OracleSystem, ngram_counts, ngram_recall
from khulasa.text.normalize import Analyzer
from khulasa.types import Fact

Weights = dict[str, float]
Concepts = Sequence[frozenset[str]]
Refs = dict[str, int]
Reweight = Callable[[Weights, Sequence[Fact], Concepts], Weights]

# Rows of the calibration table: documents holding the concept, first positions (ranges).
DOC_ROWS = ((1, 1), (2, 2), (3, 99))
POSITION_COLUMNS = ((0, 0), (1, 1), (2, 2), (3, 3), (4, 5), (6, 9), (10, 10**6))


def reference_concepts(item: Item, analyzer: Analyzer) -> dict[str, int]:
    """Concept -> number of the item's references that contain it (concepts as the selector forms them)."""
    counts: dict[str, int] = {}
    for reference in item.summaries:
        for concept in select_module.concepts_of(reference, analyzer, unigrams=False):
            counts[concept] = counts.get(concept, 0) + 1
    return counts


def summary_with(
    item: Item, words: int, reweight: Reweight | None, seen: list[tuple[Sequence[Fact], Concepts]] | None = None
) -> list[str]:
    """khulasa's summary sentences, its concept weights replaced by ``reweight`` when given; the
    facts and their concepts are appended to ``seen`` when given."""
    original = select_module._summary_weights

    def patched(facts: Sequence[Fact], all_concepts: Sequence[frozenset[str]], *args: Any, **kwargs: Any) -> Weights:
        weights = original(facts, all_concepts, *args, **kwargs)
        if seen is not None:
            seen.append((facts, all_concepts))
        return weights if reweight is None else reweight(weights, facts, all_concepts)

    with mock.patch.object(select_module, "_summary_weights", patched):
        return [s.text for s in summarize(list(item.to_documents()), words=words).sentences]


def r2_recall(sentences: Sequence[str], item: Item, tokenizer: RougeTokenizer) -> float:
    """ROUGE-2 recall (mean over references) of the joined sentences, in percent."""
    refs = [ngram_counts(tokenizer.tokenize(r), 2) for r in item.summaries]
    tokens = [t for s in sentences for t in tokenizer.tokenize(s)]
    return 100 * ngram_recall(ngram_counts(tokens, 2), refs)


def bounds_table(items: Sequence[Item], words: int) -> str:
    """Per-cluster ROUGE-2 recall of the four rows at ``words`` words, and their means."""
    analyzer = Analyzer(stem=False)
    tokenizer = RougeTokenizer(stem=False)
    names = ("khulasa", "weights from references", "khulasa weights, reference concepts only", "oracle-whole")
    scores: dict[str, list[float]] = {n: [] for n in names}
    for item in items:
        refs = reference_concepts(item, analyzer)

        def from_references(
            weights: Weights, facts: Sequence[Fact], all_concepts: Concepts, refs: Refs = refs
        ) -> Weights:
            held = frozenset().union(*all_concepts)
            return {c: float(n) for c, n in refs.items() if c in held}

        def masked(weights: Weights, facts: Sequence[Fact], all_concepts: Concepts, refs: Refs = refs) -> Weights:
            return {c: w for c, w in weights.items() if c in refs}

        scores[names[0]].append(r2_recall(summary_with(item, words, None), item, tokenizer))
        scores[names[1]].append(r2_recall(summary_with(item, words, from_references), item, tokenizer))
        scores[names[2]].append(r2_recall(summary_with(item, words, masked), item, tokenizer))
        oracle = OracleSystem(whole=True).run(build_input(item), words)[0]
        scores[names[3]].append(r2_recall(oracle, item, tokenizer))
    head = " | ".join(i.id for i in items)
    lines = [f"| {words} words | {head} | mean |", "|---" * (len(items) + 2) + "|"]
    for name in names:
        cells = " | ".join(f"{x:.1f}" for x in scores[name])
        lines.append(f"| {name} | {cells} | **{statistics.fmean(scores[name]):.1f}** |")
    return "\n".join(lines)


def calibration_table(items: Sequence[Item]) -> str:
    """Share of the documents' concepts that some reference contains, by documents and first position."""
    analyzer = Analyzer(stem=False)
    hits: dict[tuple[int, int], list[int]] = {}
    for item in items:
        refs = reference_concepts(item, analyzer)
        seen: list[tuple[Sequence[Fact], Concepts]] = []
        summary_with(item, 100, None, seen)
        facts, all_concepts = seen[0]
        docs: dict[str, set[str]] = {}
        first: dict[str, int] = {}
        for fact, concepts in zip(facts, all_concepts, strict=True):
            position = min(s.index for s in fact.sentences)
            for c in concepts:
                docs.setdefault(c, set()).update(s.doc for s in fact.sentences)
                first[c] = min(first.get(c, position), position)
        for c, held in docs.items():
            row = next(k for k, (lo, hi) in enumerate(DOC_ROWS) if lo <= len(held) <= hi)
            col = next(k for k, (lo, hi) in enumerate(POSITION_COLUMNS) if lo <= first[c] <= hi)
            hits.setdefault((row, col), []).append(c in refs)

    def label(lo: int, hi: int) -> str:
        return str(lo) if lo == hi else (f"{lo}+" if hi > 1000 else f"{lo}-{hi}")

    lines = [
        "| documents \\ first position | " + " | ".join(label(*span) for span in POSITION_COLUMNS) + " |",
        "|---" * (len(POSITION_COLUMNS) + 1) + "|",
    ]
    for r, rows in enumerate(DOC_ROWS):
        cells = []
        for col in range(len(POSITION_COLUMNS)):
            got = hits.get((r, col), [])
            cells.append(f"{sum(got) / len(got):.2f} ({len(got)})" if got else "–")
        lines.append(f"| {label(*rows)} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", default="100,250")
    args = parser.parse_args(argv)
    for name, path, _ in present_sets("multiling2011-ar-dev"):
        items = read_items(path)
        print(f"## {name}: ROUGE-2 recall with other concept weights\n")
        for words in (int(w) for w in args.words.split(",")):
            print(bounds_table(items, words), end="\n\n")
        print("## Share of concepts found in a reference (concepts counted)\n")
        print(calibration_table(items))
    return 0


if __name__ == "__main__":
    sys.exit(main())
