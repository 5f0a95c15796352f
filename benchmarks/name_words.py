"""Which words the cue reader takes for names: for each cluster, the actors found by title and cue
words (not the gazetteer's) with the passages naming them, and the frame terms of clause linking
(:func:`khulasa.link.clauses.frame_terms`) that only their passages bring.

    python name_words.py DIR [DIR ...] [--judged FILE]

Each DIR holds one folder per cluster (NNN_site.txt per outlet). ``--judged``: a file of lines
"cluster<TAB>actor" read as no name (written by a reader of the output); the count of those still
found is printed at the end. Reads the development sets only (docs/desk.md, forty-sixth pass).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from khulasa.extract.actors import cues
from khulasa.link.clauses import _cue_terms, _folder, linking_context
from khulasa.summarizer.pipeline import prepare
from khulasa.text.normalize import Analyzer
from khulasa.types import Document


def clusters(roots: list[Path]) -> list[Path]:
    """The cluster folders (two articles or more) under each root, in order."""
    out = []
    for root in roots:
        for folder in sorted(root.iterdir()):
            if folder.is_dir() and not folder.name.startswith("_") and len(list(folder.glob("*.txt"))) >= 2:
                out.append(folder)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("roots", nargs="+", type=Path)
    parser.add_argument("--judged", type=Path)
    args = parser.parse_args()
    judged = set()
    if args.judged:
        judged = {tuple(line.split("\t")[:2]) for line in args.judged.read_text(encoding="utf-8").splitlines() if line}
    analyzer = Analyzer(stem=True)
    listed = {canonical for _, canonical in cues().gazetteer.values()}
    still = 0
    for folder in clusters(args.roots):
        docs = [
            Document(id=p.stem, text=p.read_text(encoding="utf-8"), source=p.stem.split("_", 1)[-1])
            for p in sorted(folder.glob("*.txt"))
        ]
        prepared = prepare(docs)
        ctx = linking_context(prepared, analyzer)
        text = {p.document.id: p.document.text for p in prepared}
        folded = _folder(ctx.vocab)
        cue = {folded(t) for t in _cue_terms(True)}
        print(f"## {folder.name}")
        for actor in ctx.actors:
            if actor.name in listed:
                continue
            passages = sorted({text[m.doc][m.start : m.end] for m in actor.mentions})
            terms = sorted({folded(t) for p in passages for t in analyzer.content_terms(p)} - cue)
            mark = "NO NAME " if (folder.name, actor.name) in judged else ""
            still += bool(mark)
            print(f"  {mark}{actor.kind} {actor.name!r} x{len(actor.mentions)} {passages[:6]} frame: {terms}")
    if judged:
        print(f"judged no name and still found: {still} of {len(judged)}")


if __name__ == "__main__":
    main()
