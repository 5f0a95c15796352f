"""Every summary sentence that ``shorten_titles`` shortened, for judging: set, item, document,
offsets, budget and the words dropped (the sentences themselves stay next to the data).

    OPENBLAS_NUM_THREADS=1 python benchmarks/title_drops.py [--words 60,100,150,250]

Covers MultiLing dev, EASC, the demo, the shared example and the outlets clusters (each set is
skipped when its data is absent). A sentence is shortened when no single passage of its sources
equals its text; its passages are then read from its first outlet.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Iterator

from _shared import DATA, EXAMPLE, OUTLETS, REPO

from khulasa import load_documents, summarize
from khulasa.types import Document

DEMO = REPO / "src" / "khulasa" / "demo" / "putin-kim-2019"


def clusters() -> Iterator[tuple[str, list[Document]]]:
    """(name, documents) of every cluster whose data is present."""
    for name in ("multiling2011-ar-dev", "easc"):
        path = DATA / f"{name}.jsonl"
        if not path.is_file():
            print(f"skip {name}: {path} not found", file=sys.stderr)
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            docs = [Document(f"d{i}", text) for i, text in enumerate(item["documents"])]
            yield f"{name} {item['id']}", docs
    for name, folder in [("demo", DEMO), ("shared example", EXAMPLE)]:
        if folder.is_dir():
            yield name, load_documents([str(folder)]).documents
    if OUTLETS.is_dir():
        for folder in sorted(p for p in OUTLETS.iterdir() if p.is_dir()):
            yield f"outlets {folder.name}", load_documents([str(folder)]).documents


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", default="60,100,150,250")
    args = parser.parse_args(argv)
    print("| set / item | doc [offsets] | budget | dropped |\n|---|---|---|---|")
    seen: set[tuple[str, str, int]] = set()
    for name, docs in clusters():
        texts = {d.id: d.text for d in docs}
        for words in (int(w) for w in args.words.split(",")):
            for sentence in summarize(docs, words=words).sentences:
                if sentence.text in (texts[s.doc][s.start : s.end] for s in sentence.sources):
                    continue
                spans = [s for s in sentence.sources if s.doc == sentence.sources[0].doc]
                key = (name, spans[0].doc, spans[0].start)
                if key in seen:
                    continue
                seen.add(key)
                dropped = " / ".join(texts[a.doc][a.end : b.start].strip() for a, b in itertools.pairwise(spans))
                print(f"| {name} | {spans[0].doc} [{spans[0].start}-{spans[-1].end}] | @{words} | {dropped} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
