"""Key facts stated at 60, 100 and 150 words: khulasa, lead and the peers on every cluster we hold
facts for (benchmarks/facts): the MultiLing 2011 Arabic dev clusters, the bundled demo, the
shared real example and six public multi-outlet clusters kept outside the repository ("outlets":
folders under $KHULASA_OUTLETS, pages listed in benchmarks/facts/outlets-sources.tsv; skipped when
absent). Prints one Markdown table per set.

    OPENBLAS_NUM_THREADS=1 python benchmarks/keyfacts.py [--systems khulasa,lead,lead-body,peers]
        [--sets multiling2011-ar-dev,demo,shared-example,outlets]

The same as ``khulasa eval --data FILE --facts benchmarks/facts/<set>.json`` for the MultiLing set
(there with ROUGE as well); the demo and the shared example have no references, so they are
scored for key facts only and the oracle (which needs references) is left out there.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from _shared import DATA, EXAMPLE, OUTLETS, REPO

from khulasa.evaluation.datasets import Item, read_items
from khulasa.evaluation.keyfacts import load_facts
from khulasa.evaluation.report import render_markdown
from khulasa.evaluation.runner import evaluate
from khulasa.evaluation.systems import parse_systems

FACTS = REPO / "benchmarks" / "facts"
DEMO = REPO / "src" / "khulasa" / "demo" / "putin-kim-2019"


def folder_item(cluster_id: str, folder: Path) -> Item:
    """A cluster of ``.txt`` articles as an item without references."""
    texts = tuple(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))
    return Item(id=cluster_id, documents=texts, summaries=())


def sets(names: list[str]) -> list[tuple[str, list[Item]]]:
    out = []
    for name in names:
        if name == "multiling2011-ar-dev":
            path = DATA / "multiling2011-ar-dev.jsonl"
            if not path.is_file():
                print(f"skip {name}: {path} not found (set KHULASA_SHARED)", file=sys.stderr)
                continue
            out.append((name, read_items(path)))
        elif name == "demo":
            out.append((name, [folder_item("putin-kim-2019", DEMO)]))
        elif name == "shared-example":
            if not EXAMPLE.is_dir():
                print(f"skip {name}: {EXAMPLE} not found (set KHULASA_SHARED)", file=sys.stderr)
                continue
            out.append((name, [folder_item("putin-kim-summit-2019", EXAMPLE)]))
        elif name == "outlets":
            clusters = sorted(load_facts(FACTS / "outlets.json"))
            if not all((OUTLETS / c).is_dir() for c in clusters):
                print(
                    f"skip {name}: the cluster folders are not under {OUTLETS} (set KHULASA_OUTLETS)", file=sys.stderr
                )
                continue
            out.append((name, [folder_item(c, OUTLETS / c) for c in clusters]))
        else:
            raise SystemExit(f"unknown set {name!r}; choose multiling2011-ar-dev, demo, shared-example, outlets")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default="multiling2011-ar-dev,demo,shared-example,outlets")
    parser.add_argument("--systems", default="khulasa,lead,lead-body,peers")
    parser.add_argument("--words", type=int, default=100, help="budget of the ROUGE columns (MultiLing)")
    args = parser.parse_args(argv)
    for name, items in sets(args.sets.split(",")):
        facts = load_facts(FACTS / f"{name}.json")
        systems = parse_systems(args.systems)
        if not all(item.summaries for item in items):
            systems = [s for s in systems if not s.name.startswith("oracle")]
        started = time.perf_counter()
        result = evaluate(items, systems, args.words, facts=facts, resamples=200, data=name)
        print(f"## {name} ({time.perf_counter() - started:.0f} s wall)\n")
        table = render_markdown(result)
        if not all(item.summaries for item in items):  # no references: only the key-facts table
            table = table[table.index("Key facts") :]
        print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
