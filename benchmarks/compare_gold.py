"""Precision/recall of ``khulasa compare`` against hand-written gold labels.

Two clusters: the bundled demo (``tests/gold/compare_demo.json``) and the shared real example
(``benchmarks/gold/compare_shared_example.json``; read from ../shared at run time, skipped when
absent). Prints a Markdown table, or JSON with ``--json``.

    .venv/bin/python benchmarks/compare_gold.py [--json] [--show] [--embeddings 0.4]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from _shared import EXAMPLE, example_documents  # noqa: E402

from khulasa.analysis.compare import CompareSettings, compare  # noqa: E402
from khulasa.analysis.render_compare import to_markdown  # noqa: E402
from khulasa.evaluation.compare_gold import gold_scores  # noqa: E402
from khulasa.types import Document  # noqa: E402

DEMO = REPO / "src" / "khulasa" / "demo" / "putin-kim-2019"
GOLD = {
    "demo": REPO / "tests" / "gold" / "compare_demo.json",
    "shared-example": REPO / "benchmarks" / "gold" / "compare_shared_example.json",
}


def demo_documents() -> list[Document]:
    return [Document(p.stem, p.read_text(encoding="utf-8"), path=str(p)) for p in sorted(DEMO.glob("*.txt"))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON instead of a Markdown table")
    parser.add_argument("--show", action="store_true", help="also print each cluster's compare Markdown")
    parser.add_argument(
        "--embeddings",
        type=float,
        default=0.0,
        help="sentence-embedding cosine for extra paraphrase links (0 = lexical only)",
    )
    args = parser.parse_args()
    clusters = {"demo": demo_documents}
    if EXAMPLE.is_dir():
        clusters["shared-example"] = example_documents
    else:
        print(f"skipping shared-example: {EXAMPLE} not found (set KHULASA_SHARED)", file=sys.stderr)
    results = {}
    for name, load in clusters.items():
        comparison = compare(load(), CompareSettings(embeddings=args.embeddings))
        gold = json.loads(GOLD[name].read_text(encoding="utf-8"))
        results[name] = gold_scores(comparison, gold)
        if args.show:
            print(f"\n# {name}\n\n{to_markdown(comparison)}\n")
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print("| cluster | part | precision | recall | F1 | correct / predicted | gold |")
    print("|---|---|---|---|---|---|---|")
    for name, parts in results.items():
        for part, s in parts.items():
            print(
                f"| {name} | {part} | {s['precision']:.2f} | {s['recall']:.2f} | {s['f1']:.2f} | "
                f"{s['correct']} / {s['predicted']} | {s['gold']} |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
