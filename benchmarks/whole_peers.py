"""ROUGE of the peers at one budget two ways: cut mid-sentence at the budget, as ``khulasa eval`` cuts
them, and in whole sentences (each ranked sentence that still fits, as khulasa keeps whole
sentences), beside khulasa. Issue 20's floor is "not below the best peer at the same budget": this
shows what the cut is worth to each peer.

    OPENBLAS_NUM_THREADS=1 python benchmarks/whole_peers.py [--words 100]
        [--data ../shared/data/multiling2011-ar-dev.jsonl] [--peers summa,sumy-textrank,sumy-lexrank]
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

import numpy as np
from _shared import data_file

from khulasa import summarize
from khulasa.evaluation.datasets import read_items
from khulasa.evaluation.inputs import build_input, fill, truncate, whole_fill
from khulasa.evaluation.peers import peer_ranking, ranked_texts
from khulasa.evaluation.rouge import Rouge


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument("--data", default=str(data_file("multiling2011-ar-dev")))
    parser.add_argument("--peers", default="summa,sumy-textrank,sumy-lexrank")
    args = parser.parse_args(argv)
    rouge = Rouge(("rouge2",))
    scores: dict[str, list[float]] = {}

    def add(name: str, references: Sequence[str], sentences: Sequence[str]) -> None:
        scores.setdefault(name, []).append(rouge.score(references, " ".join(sentences))["rouge2"].recall)

    for item in read_items(args.data):
        prepared = build_input(item)
        summary = summarize(list(prepared.documents), words=args.words)
        add("khulasa (whole sentences)", item.summaries, [s.text for s in summary.sentences])
        for peer in args.peers.split(","):
            ranked = ranked_texts(prepared, peer_ranking(peer, prepared, args.words))
            add(f"{peer} (cut at the budget)", item.summaries, truncate(fill(ranked, args.words), args.words))
            add(f"{peer} (whole sentences)", item.summaries, whole_fill(ranked, args.words))
    print(f"| system | ROUGE-2 recall @{args.words} | per item |")
    print("|---|---|---|")
    for name, values in scores.items():
        per_item = " ".join(f"{100 * v:.1f}" for v in values)
        print(f"| {name} | {100 * float(np.mean(values)):.1f} | {per_item} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
