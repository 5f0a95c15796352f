"""How often the stemmer gives a word with the article another stem than the same word without it.

Over the same-day dev texts (the outlets clusters, news-set-a and busy-day, kept outside the
repository): every normalized content token "الX" (five letters or more) whose bare form "X" also
occurs is a pair; the pair is split when ``Analyzer(stem=True)`` stems the two differently. After
normalizing (ة -> ه) the Snowball stemmer keeps the final ه of a definite noun and drops it from the
indefinite one ("المصالحة" -> مصالحه, "مصالحة" -> مصالح), so words that outlets write with and
without the article ("اتفاق المصالحة", a headline's "مصالحة شاملة") are two terms to every stemmed
comparison (docs/quality.md, twelfth pass).

    OPENBLAS_NUM_THREADS=1 python benchmarks/stem_split.py [--examples 10]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from _shared import BUSY_DAY, NEWS_SET_A, OUTLETS

from khulasa.text.normalize import Analyzer, tokenize


def texts(roots: Iterable[Path]) -> Iterable[str]:
    """Every article text under the set folders (one folder per cluster, one file per outlet)."""
    for root in roots:
        for path in sorted(root.glob("*/*.txt")):
            yield path.read_text(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=10, help="split pairs to print")
    args = parser.parse_args(argv)
    analyzer = Analyzer(stem=True)
    tokens: Counter[str] = Counter()
    for text in texts([OUTLETS, NEWS_SET_A, BUSY_DAY]):
        tokens.update(t for t in tokenize(text) if t not in analyzer.stop)
    if not tokens:
        print("no dev texts found (set KHULASA_OUTLETS, KHULASA_NEWS_SET_A, KHULASA_BUSY_DAY)", file=sys.stderr)
        return 1
    pairs = [(t, t[2:]) for t in sorted(tokens) if t.startswith("ال") and len(t) >= 5 and t[2:] in tokens]
    split = [(d, b) for d, b in pairs if analyzer.stem_tokens([d]) != analyzer.stem_tokens([b])]
    final_ha = [(d, b) for d, b in split if d.endswith("ه")]
    print(f"pairs 'الX' / 'X' in the dev texts: {len(pairs)}")
    print(f"stemmed apart: {len(split)} (ending in ه: {len(final_ha)}, other: {len(split) - len(final_ha)})")
    for d, b in split[: args.examples]:
        print(f"  {d} -> {analyzer.stem_tokens([d])[0]}   {b} -> {analyzer.stem_tokens([b])[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
