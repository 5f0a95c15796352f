"""Key facts stated at 60, 100 and 150 words: khulasa, lead and the peers on every cluster we hold
facts for: the MultiLing 2011 Arabic dev clusters, the bundled demo, the shared real example
(benchmarks/facts), and two sets of real same-day multi-outlet clusters kept outside the
repository: "outlets" (folders under $KHULASA_OUTLETS, pages listed in
benchmarks/facts/outlets-sources.tsv), "news-set-a" (folders under $KHULASA_NEWS_SET_A, facts and
pages in ../shared/data/news-set-a) and "busy-day" (folders under $KHULASA_BUSY_DAY, pages listed in
benchmarks/facts/busy-day-sources.tsv); on request "fresh", the ten fresh check clusters (folders
under $KHULASA_FRESH, pages listed in benchmarks/facts/fresh-sources.tsv), shown on its own and not
pooled; "fresh5", a further batch whose folders and facts.json are kept under $KHULASA_FRESH5
(default ../devdata/fresh5; facts at $KHULASA_FRESH5_FACTS if set), also not pooled. A set whose
texts are absent is skipped with a note.

Prints one Markdown table per set (facts stated, restating sentences, unfinished lines, junk
sentences, facts repeated, dangling openers), then the pooled table over the same-day multi-outlet
sets that ran (issue 20 judges key facts pooled over them), each set beside the pool.

    OPENBLAS_NUM_THREADS=1 python benchmarks/keyfacts.py [--systems khulasa,lead,lead-body,peers]
        [--sets multiling2011-ar-dev,demo,shared-example,outlets,news-set-a,busy-day,fresh]

The same as ``khulasa eval --data FILE --facts benchmarks/facts/<set>.json`` for the MultiLing set
(there with ROUGE as well); the other sets have no references, so they are scored for key facts
only and the oracle (which needs references) is left out there.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from _shared import (
    BUSY_DAY,
    DATA,
    EXAMPLE,
    FRESH,
    FRESH5,
    FRESH5_FACTS,
    NEWS_SET_A,
    NEWS_SET_A_FACTS,
    OUTLETS,
    POOLED_SETS,
    REPO,
)

from khulasa.evaluation.datasets import Item, read_items
from khulasa.evaluation.keyfacts import FACT_BUDGETS, load_facts
from khulasa.evaluation.report import render_markdown
from khulasa.evaluation.runner import EvalResult, evaluate
from khulasa.evaluation.systems import parse_systems

FACTS = REPO / "benchmarks" / "facts"
DEMO = REPO / "src" / "khulasa" / "demo" / "putin-kim-2019"
ALL_SETS = "multiling2011-ar-dev,demo,shared-example,outlets,news-set-a,busy-day"
POOL_BUDGET = 100
# Per-set table of the pool: the counts a reader of issue 20 asks for, at POOL_BUDGET words.
POOL_COUNTS = ("restating", "unfinished", "junk")


def folder_item(cluster_id: str, folder: Path) -> Item:
    """A cluster of ``.txt`` articles as an item without references."""
    texts = tuple(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))
    return Item(id=cluster_id, documents=texts, summaries=())


def facts_file(name: str) -> Path:
    special = {"news-set-a": NEWS_SET_A_FACTS, "fresh5": FRESH5_FACTS}
    return special.get(name, FACTS / f"{name}.json")


def _skip(name: str, why: str) -> None:
    print(f"skip {name}: {why}", file=sys.stderr)


def _kept_folders(name: str, root: Path, variable: str) -> list[Item] | None:
    """A set whose cluster folders are kept outside the repository under ``root``, one per cluster."""
    clusters = sorted(load_facts(facts_file(name)))
    if not all((root / c).is_dir() for c in clusters):
        _skip(name, f"the cluster folders are not under {root} (set {variable})")
        return None
    return [folder_item(c, root / c) for c in clusters]


def _news_set_a() -> list[Item] | None:
    if not NEWS_SET_A_FACTS.is_file():
        _skip("news-set-a", f"{NEWS_SET_A_FACTS} not found (set KHULASA_SHARED)")
        return None
    clusters = sorted(load_facts(NEWS_SET_A_FACTS))
    present = [c for c in clusters if any((NEWS_SET_A / c).glob("*.txt"))]
    if not present:
        _skip("news-set-a", f"no cluster folder under {NEWS_SET_A} (set KHULASA_NEWS_SET_A)")
        return None
    if len(present) < len(clusters):
        missing = ", ".join(c for c in clusters if c not in present)
        print(f"news-set-a: only {len(present)} of {len(clusters)} clusters here (missing: {missing})", file=sys.stderr)
    return [folder_item(c, NEWS_SET_A / c) for c in present]


def _fresh5() -> list[Item] | None:
    if not FRESH5_FACTS.is_file():
        _skip("fresh5", f"{FRESH5_FACTS} not found (set KHULASA_FRESH5 or KHULASA_FRESH5_FACTS)")
        return None
    return _kept_folders("fresh5", FRESH5, "KHULASA_FRESH5")


def _multiling() -> list[Item] | None:
    path = DATA / "multiling2011-ar-dev.jsonl"
    if not path.is_file():
        _skip("multiling2011-ar-dev", f"{path} not found (set KHULASA_SHARED)")
        return None
    return read_items(path)


def _shared_example() -> list[Item] | None:
    if not EXAMPLE.is_dir():
        _skip("shared-example", f"{EXAMPLE} not found (set KHULASA_SHARED)")
        return None
    return [folder_item("putin-kim-summit-2019", EXAMPLE)]


READERS = {
    "multiling2011-ar-dev": _multiling,
    "demo": lambda: [folder_item("putin-kim-2019", DEMO)],
    "shared-example": _shared_example,
    "outlets": lambda: _kept_folders("outlets", OUTLETS, "KHULASA_OUTLETS"),
    "news-set-a": _news_set_a,
    "busy-day": lambda: _kept_folders("busy-day", BUSY_DAY, "KHULASA_BUSY_DAY"),
    "fresh": lambda: _kept_folders("fresh", FRESH, "KHULASA_FRESH"),
    # A further batch kept outside the repository, facts and texts alike (as in sameday.py).
    "fresh5": _fresh5,
}


def sets(names: list[str]) -> list[tuple[str, list[Item]]]:
    """The sets asked for whose texts are here, as ``(name, items)``."""
    out = []
    for name in names:
        if name not in READERS:
            raise SystemExit(f"unknown set {name!r}; choose {', '.join(READERS)}")
        items = READERS[name]()
        if items is not None:
            out.append((name, items))
    return out


def pooled_table(results: dict[str, EvalResult]) -> str:
    """Key facts summed over the pooled sets that ran, with each set's own counts beside the pool."""
    names = [n for n in POOLED_SETS if n in results]
    first = results[names[0]]
    systems = [s.name for s in first.systems if all(s.name in {t.name for t in results[n].systems} for n in names)]
    budgets = [b for b in FACT_BUDGETS if all(b in results[n].systems[0].keyfacts for n in names)]
    at = POOL_BUDGET

    def counts(system: str, name: str, budget: int) -> dict[str, float]:
        return results[name].system(system).keyfacts[budget]

    def pooled(system: str, budget: int, key: str) -> float:
        return sum(counts(system, n, budget)[key] for n in names)

    total = int(pooled(systems[0], at, "total"))
    items = sum(results[n].items for n in names)
    head = ["system"]
    for n in names:
        head += [f"{n}: facts @{at}", f"{n}: restating · unfinished · junk @{at}"]
    head += [f"pooled: facts {' / '.join(f'@{b}' for b in budgets)}"]
    head += [f"pooled: {key} @{at}" for key in POOL_COUNTS]
    lines = [
        f"Pooled over {' + '.join(names)}: {items} clusters, {total} facts "
        f"(summaries cut at each budget; counts summed over clusters)",
        "",
        "| " + " | ".join(head) + " |",
        "|" + "---|" * len(head),
    ]
    for system in systems:
        row = [system]
        for n in names:
            c = counts(system, n, at)
            row += [f"{c['stated']:.0f} / {c['total']:.0f}", " · ".join(f"{c[k]:.0f}" for k in POOL_COUNTS)]
        row += ["**" + " / ".join(f"{pooled(system, b, 'stated'):.0f}" for b in budgets) + "**"]
        row += [f"{pooled(system, at, k):.0f}" for k in POOL_COUNTS]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default=ALL_SETS)
    parser.add_argument("--systems", default="khulasa,lead,lead-body,peers")
    parser.add_argument("--words", type=int, default=100, help="budget of the ROUGE columns (MultiLing)")
    args = parser.parse_args(argv)
    results: dict[str, EvalResult] = {}
    for name, items in sets(args.sets.split(",")):
        facts = load_facts(facts_file(name))
        systems = parse_systems(args.systems)
        if not all(item.summaries for item in items):
            systems = [s for s in systems if not s.name.startswith("oracle")]
        started = time.perf_counter()
        result = evaluate(items, systems, args.words, facts=facts, resamples=200, data=name)
        results[name] = result
        print(f"## {name} ({time.perf_counter() - started:.0f} s wall)\n")
        table = render_markdown(result)
        if not all(item.summaries for item in items):  # no references: only the key-facts table
            table = table[table.index("Key facts") :]
        print(table, flush=True)
    if any(n in results for n in POOLED_SETS):
        print("## pooled same-day multi-outlet sets\n")
        print(pooled_table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
