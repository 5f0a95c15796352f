"""Grouping on a busy day: ARI and B-cubed of ``khulasa group`` and of the desk fed in batches.

Reads one or more JSONL feeds whose records carry a gold ``story`` (and ``kind``), as
``benchmarks/busy_day_feed.py`` writes them (the busy-day events, and with ``--neighbours``
news-set-a, the outlets set and the shared example, where the two outlets clusters that report a
news-set-a event share its gold story). For each feed, and for the part of it whose kind is
``--kind`` when given:

- ``khulasa group`` (group_documents, defaults) over the whole feed, in feed order;
- the desk (SQLite in a temporary folder, defaults) fed the same order in ``--batches`` batches;
- with ``--before``, both again with the event-kind veto off (``event_kinds=False``: the names
  alone, as before the kinds), and with both vetoes off (``event_names=False, event_kinds=False``):
  grouping by words and time alone, as before issue 21.

Printed per line: articles, gold / found stories, ARI, B-cubed precision / recall / F1, and the
stories that mix gold events. ``--labels`` also prints every story label of ``khulasa group``.

    python benchmarks/busy_day_feed.py --one-day 2026-12-05 --out /tmp/busy.jsonl
    python benchmarks/busy_day_feed.py --one-day 2026-12-05 --neighbours --out /tmp/busy-nb.jsonl
    OPENBLAS_NUM_THREADS=1 python benchmarks/busy_day_grouping.py /tmp/busy.jsonl /tmp/busy-nb.jsonl \
        --kind neighbour --before

A feed file that is absent is skipped with a note (exit 0). Nothing of the texts is stored here.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from sklearn.metrics import adjusted_rand_score

from khulasa.desk import Desk, DeskSettings
from khulasa.evaluation.clustering import bcubed
from khulasa.stories.group import group_documents
from khulasa.types import Document


def load(path: Path, kind: str | None = None) -> tuple[list[Document], list[str]]:
    """The feed's articles (in file order) and their gold stories; only ``kind`` when given."""
    docs, gold = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if kind is not None and r.get("kind") != kind:
                continue
            docs.append(
                Document(
                    id=r["id"],
                    text=r["text"],
                    title=r.get("title"),
                    source=r.get("source"),
                    url=r.get("url"),
                    published=r.get("published"),
                )
            )
            gold.append(r["story"])
    return docs, gold


def _score(gold: list[str], found: list[str]) -> dict[str, Any]:
    p, r, f = bcubed(gold, found)
    mixed = []
    for story in sorted(set(found)):
        events = Counter(g for g, s in zip(gold, found, strict=True) if s == story)
        if len(events) > 1:
            mixed.append(dict(events.most_common()))
    return {
        "ari": adjusted_rand_score(gold, found),
        "p": p,
        "r": r,
        "f1": f,
        "stories": len(set(found)),
        "mixed": mixed,
    }


def whole(docs: list[Document], **overrides: Any) -> tuple[list[str], list[str]]:
    """``khulasa group``: each article's story id, and the story labels."""
    stories = group_documents(docs, **overrides)
    story_of = {d: s.id for s in stories for d in s.doc_ids}
    return [story_of[d.id] for d in docs], [s.label for s in stories]


def desk(docs: list[Document], batches: int, **overrides: Any) -> list[str]:
    """The desk fed ``docs`` in ``batches`` batches: each article's story id at the end."""
    settings = replace(DeskSettings(), batch_size=math.ceil(len(docs) / batches), **overrides)
    with tempfile.TemporaryDirectory() as tmp, Desk(f"sqlite:///{tmp}/desk.sqlite", settings) as d:
        d.ingest(docs, summaries=False)
        story_of = dict(d.store.all("SELECT id, story_id FROM articles"))
    return [story_of[doc.id] for doc in docs]


def _line(name: str, mode: str, n: int, gold: list[str], found: list[str]) -> None:
    s = _score(gold, found)
    print(
        f"| {name} | {mode} | {n} | {len(set(gold))} / {s['stories']} | {s['ari']:.3f} | "
        f"{s['p']:.3f} / {s['r']:.3f} / {s['f1']:.3f} | {'; '.join(map(str, s['mixed'])) or '-'} |",
        flush=True,
    )


# The grouping as it is, without the kinds veto, and without either veto (words and time alone).
VETOES: list[tuple[str, dict[str, bool]]] = [
    ("", {}),
    (" (kinds off)", {"event_kinds": False}),
    (" (names off)", {"event_names": False, "event_kinds": False}),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("feeds", nargs="+", type=Path, help="JSONL feeds with a gold 'story' per record")
    parser.add_argument("--kind", help="also score the part of each feed of this kind (e.g. neighbour)")
    parser.add_argument("--batches", type=int, default=6)
    parser.add_argument("--before", action="store_true", help="also with the kinds veto off, then both vetoes off")
    parser.add_argument("--labels", action="store_true", help="print the story labels of khulasa group")
    args = parser.parse_args()
    print("| feed | grouping | articles | gold / found stories | ARI | B³ P / R / F1 | stories mixing events |")
    print("|---|---|---|---|---|---|---|")
    for path in args.feeds:
        if not path.is_file():
            print(f"skip: {path} not found (write it with benchmarks/busy_day_feed.py)", file=sys.stderr)
            continue
        for kind in (None, args.kind) if args.kind else (None,):
            docs, gold = load(path, kind)
            if not docs:
                continue
            name = path.name + (f" [{kind}]" if kind else "")
            for tag, vetoes in VETOES if args.before else VETOES[:1]:
                found, labels = whole(docs, **vetoes)
                _line(name, "khulasa group" + tag, len(docs), gold, found)
                _line(name, f"desk, {args.batches} batches" + tag, len(docs), gold, desk(docs, args.batches, **vetoes))
                if args.labels and not tag:
                    for label in labels:
                        print(f"    label: {label}")


if __name__ == "__main__":
    main()
