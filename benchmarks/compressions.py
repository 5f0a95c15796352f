"""Every sentence khulasa's compression changes, on the dev data, the shared example and the demo:
which rule fired, the offsets of what was removed, and the sentence before and after.

    python benchmarks/compressions.py [--limit 50] [--sets multiling2011-ar-dev,shared-example,demo,easc]

Prints to the terminal only: the dev data and the shared example may not be copied into the
repository, so docs/quality.md lists the first 50 by set, item, document and offsets with a
judgement of each, and this script shows their text next to the data.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator

from _shared import DATA, EXAMPLE, REPO

from khulasa import prepare
from khulasa.config import Settings
from khulasa.evaluation.datasets import Item, read_items
from khulasa.text.compress import drop_lead_tag, drop_parentheticals
from khulasa.types import Document, Sentence

DEMO = REPO / "src" / "khulasa" / "demo" / "putin-kim-2019"


def clusters(names: list[str]) -> Iterator[tuple[str, str, list[Document]]]:
    for name in names:
        if name in ("multiling2011-ar-dev", "easc"):
            path = DATA / f"{name}.jsonl"
            if not path.is_file():
                print(f"skip {name}: {path} not found", file=sys.stderr)
                continue
            items: list[Item] = read_items(path)
            for item in items:
                yield name, item.id, item.to_documents()
        elif name in ("shared-example", "demo"):
            folder = EXAMPLE if name == "shared-example" else DEMO
            if not folder.is_dir():
                print(f"skip {name}: {folder} not found", file=sys.stderr)
                continue
            documents = [Document(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
            yield name, folder.name, documents


def removed(before: Sentence, after: Sentence) -> list[tuple[int, int]]:
    """The passages of ``before`` that ``after`` no longer holds, as document offsets."""
    kept = [(sp.start, sp.end) for sp in after.spans]
    out, cursor = [], before.start
    for a, b in kept:
        if a > cursor:
            out.append((cursor, a))
        cursor = b
    if cursor < before.end:
        out.append((cursor, before.end))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default="multiling2011-ar-dev,shared-example,demo,easc")
    parser.add_argument("--limit", type=int, default=50)
    args = parser.parse_args(argv)
    min_words = Settings().min_words
    shown = 0
    for name, cluster, documents in clusters(args.sets.split(",")):
        for prepared in prepare(documents):
            text = prepared.document.text
            for sentence in prepared.sentences:
                tagless = drop_lead_tag(sentence, text, min_words=min_words)
                after = drop_parentheticals(tagless, text, min_words=min_words)
                if after == sentence:
                    continue
                rules = [
                    r for r, changed in (("lead-tag", tagless != sentence), ("aside", after != tagless)) if changed
                ]
                shown += 1
                cuts = ", ".join(f"{a}-{b}" for a, b in removed(sentence, after))
                print(
                    f"{shown}. {name} {cluster} {prepared.document.id} [{sentence.start}-{sentence.end}] "
                    f"{'+'.join(rules)}; removed {cuts}"
                )
                print(f"   before: {sentence.text}")
                print(f"   after:  {after.text}")
                if shown >= args.limit:
                    return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
