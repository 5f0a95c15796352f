"""Same-kind days (helper group24): every dev event of one kind played on one day, then grouped.

Each dev batch holds one pair of events of a kind, usually far apart in wording; a real day can bring
two storms in two neighbouring countries or two central banks' decisions. This pools the events of
one kind (``benchmarks/same_kind_events.tsv``: set, event, kind) across the dev batches and the busy
day, gives every article of a pool one day (``--day``; the time of day kept where the page shows
one, the date alone where it shows a date or a month, the date too where it shows nothing: on one
day publication times tell nothing apart), and writes one JSONL feed per kind outside the
repository (``--out``, default /tmp/same-kind), with the gold ``story`` of each record, events taking
turns as in ``busy_day_feed.py``. Then ``busy_day_grouping.py``'s table per pool: ``khulasa group``
and the desk in batches.

    DEVDATA=/work/devdata OPENBLAS_NUM_THREADS=1 python benchmarks/same_kind_feeds.py [--kinds disaster,match]
        [--out /tmp/same-kind] [--batches 6] [--write-only] [--labels]

Texts are read from ``$DEVDATA/<set>/<event>/NNN_site.txt`` (publication times from the set's
SOURCES.tsv, or for the busy day from ``benchmarks/facts/busy-day-sources.tsv``); only the sets the
table names are read. Nothing of the texts is stored in the repository. A set that is absent is
skipped with a note.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _shared import REPO
from busy_day_feed import Article, interleave, read_sources, records
from busy_day_grouping import _line, desk, load, whole

TABLE = REPO / "benchmarks" / "same_kind_events.tsv"
DEVDATA = Path(os.environ.get("DEVDATA", REPO.parent / "devdata"))


def read_table(path: Path = TABLE) -> list[dict[str, str]]:
    """The table's rows (set, event, kind), comment lines left out."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def set_articles(name: str, events: set[str], devdata: Path = DEVDATA) -> list[Article]:
    """The articles of ``events`` of one dev set, with the publication time their page shows."""
    root = devdata / name
    if not root.is_dir():
        print(f"skip {name}: {root} not found", file=sys.stderr)
        return []
    if name == "busy-day":
        return [a for a in read_sources(root=root) if a.event in events]
    with (root / "SOURCES.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [
        Article(r["cluster"], r["file"], r["url"], r.get("sha256") or "", r.get("published") or "", "", root)
        for r in rows
        if r["cluster"] in events
    ]


def on_day(published: str, day: date) -> str:
    """``published`` moved onto ``day``: its time of day kept, else the date alone."""
    if len(published) > 10 and published[10] in "T ":
        return day.isoformat() + published[10:]
    return day.isoformat()


def pool(kind: str, rows: list[dict[str, str]], day: date, devdata: Path = DEVDATA) -> list[dict[str, str]]:
    """The feed records of one kind's events, all on ``day``, events taking turns."""
    by_set: dict[str, set[str]] = {}
    for r in rows:
        if r["kind"] == kind:
            by_set.setdefault(r["set"], set()).add(r["event"])
    articles = [a for name, events in by_set.items() for a in set_articles(name, events, devdata)]
    articles = [replace(a, published=on_day(a.published, day), kind=kind) for a in articles]
    out = records(interleave(articles))
    for n, r in enumerate(out):
        r["id"] = f"{kind}-{n:03d}"
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kinds", default="", help="comma-separated kinds (default: every kind of the table)")
    parser.add_argument("--out", type=Path, default=Path("/tmp/same-kind"), help="folder of the feeds")
    parser.add_argument("--day", type=date.fromisoformat, default=date(2026, 12, 5))
    parser.add_argument("--batches", type=int, default=6)
    parser.add_argument("--write-only", action="store_true", help="write the feeds, do not group")
    parser.add_argument("--labels", action="store_true", help="print the story labels of khulasa group")
    args = parser.parse_args(argv)
    rows = read_table()
    kinds = [k for k in args.kinds.split(",") if k] or list(dict.fromkeys(r["kind"] for r in rows))
    args.out.mkdir(parents=True, exist_ok=True)
    if not args.write_only:
        print("| feed | grouping | articles | gold / found stories | ARI | B³ P / R / F1 | stories mixing events |")
        print("|---|---|---|---|---|---|---|")
    for kind in kinds:
        lines = pool(kind, rows, args.day)
        if not lines:
            continue
        path = args.out / f"{kind}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")
        if args.write_only:
            print(f"{len(lines)} articles of {len({r['story'] for r in lines})} events -> {path}", file=sys.stderr)
            continue
        docs, gold = load(path)
        found, labels = whole(docs)
        _line(path.name, "khulasa group", len(docs), gold, found)
        _line(path.name, f"desk, {args.batches} batches", len(docs), gold, desk(docs, args.batches))
        if args.labels:
            for label in labels:
                print(f"    label: {label}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
