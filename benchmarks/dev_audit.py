"""What the cleaner removes and which ⚠ notes the summaries carry, over folders of dev clusters,
one line each, so that a change's effect is read with ``diff`` (before and after, two trees).

    PYTHONPATH=$PWD/src python benchmarks/dev_audit.py removals ../devdata/clusters ../devdata/busy-day > /tmp/a
    PYTHONPATH=$PWD/src python benchmarks/dev_audit.py notes ../devdata/clusters ../devdata/busy-day > /tmp/b

Each argument is a folder of clusters (one subfolder of ``NNN_site.txt`` pages each; subfolders
with fewer than two pages, and ``_outputs`` or any name opening with ``_``, are skipped) or, for
``removals``, a JSONL data set (every text of 200 characters or more in its records is cleaned).
``notes`` summarizes each cluster at 100 words and prints every dispute: cluster, the sentence's
opening, outlet, value. ``judged`` prints the same notes with the verdict of
``benchmarks/facts/dev_notes_judged.tsv`` (true: another outlet's value of the same figure; false:
a figure of something else, with its cause; "?" for a note never judged) and the counts:

    PYTHONPATH=$PWD/src python benchmarks/dev_audit.py judged ../devdata/clusters ../devdata/news-set-a \
        ../devdata/busy-day ../devdata/fresh ../devdata/fresh2 ../devdata/fresh3
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from khulasa import summarize
from khulasa.io import load_documents
from khulasa.text.clean import clean_document
from khulasa.types import Document


def clusters(folders: list[Path]) -> Iterator[tuple[str, list[Path]]]:
    for folder in folders:
        for cluster in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))):
            pages = sorted(cluster.glob("*.txt"))
            if len(pages) >= 2:
                yield f"{folder.name}/{cluster.name}", pages


def texts_of(record: object, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(record, str) and len(record) >= 200:
        yield path, record
    elif isinstance(record, dict):
        for key, value in record.items():
            yield from texts_of(value, f"{path}.{key}")
    elif isinstance(record, list):
        for k, value in enumerate(record):
            yield from texts_of(value, f"{path}[{k}]")


def documents(args: list[Path]) -> Iterator[Document]:
    for name, pages in clusters([a for a in args if a.is_dir()]):
        for page in pages:
            yield Document(f"{name}/{page.name}", page.read_text(encoding="utf-8"))
    for data in (a for a in args if a.is_file()):
        for n, line in enumerate(data.read_text(encoding="utf-8").splitlines()):
            for path, text in texts_of(json.loads(line)):
                yield Document(f"{data.name}:{n}{path}", text)


def removals(args: list[Path]) -> None:
    for doc in documents(args):
        for r in clean_document(doc)[1]:
            print(doc.id, r.reason, repr(r.text[:100]), sep=" | ")


def notes(args: list[Path]) -> None:
    for name, pages in clusters(args):
        docs = load_documents(pages).documents
        for sentence in summarize(docs, words=100).sentences:
            for d in sentence.disputes:
                print(name, sentence.text[:60], d.doc, f"{d.text} against {d.against}", sep=" | ")


JUDGED = Path(__file__).parent / "facts" / "dev_notes_judged.tsv"


def judged(args: list[Path]) -> None:
    verdicts = {}
    for line in JUDGED.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(("#", "label\t")):
            label, cause, *key = line.split("\t")
            verdicts[tuple(key)] = (label, cause)
    counts: Counter[str] = Counter()
    for name, pages in clusters(args):
        docs = load_documents(pages).documents
        for sentence in summarize(docs, words=100).sentences:
            for d in sentence.disputes:
                label, cause = verdicts.get((name, d.doc, str(d.start), d.text, d.against), ("?", ""))
                counts[label] += 1
                counts[f"{label} {cause}"] += label == "false"
                print(label, cause, name, d.doc, f"{d.text} against {d.against}", sep=" | ")
    total = counts["true"] + counts["false"] + counts["?"]
    print(f"{total} notes: {counts['true']} true, {counts['false']} false, {counts['?']} not judged")
    for key, n in sorted(counts.items()):
        if key.startswith("false ") and n:
            print(f"  {key}: {n}")


if __name__ == "__main__":
    mode, *paths = sys.argv[1:]
    {"removals": removals, "notes": notes, "judged": judged}[mode]([Path(p) for p in paths])
