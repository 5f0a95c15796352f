"""Where the benchmark scripts find the shared evaluation data (never copied into the repo)."""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KHULASA_SHARED", REPO.parent / "shared"))
DATA = SHARED / "data"
EXAMPLE = SHARED / "examples" / "putin-kim-summit-2019"
# Public multi-outlet clusters kept outside the repository (benchmarks/facts/outlets-sources.tsv
# lists the pages): one folder per cluster, one NNN_site.txt file per outlet.
OUTLETS = Path(os.environ.get("KHULASA_OUTLETS", REPO.parent / "devdata" / "clusters"))
# The busy-day feed (issues 20, 21): one folder per event, NNN_site.txt per outlet, pages listed in
# benchmarks/facts/busy-day-sources.tsv; benchmarks/busy_day_feed.py makes it one JSONL feed.
BUSY_DAY = Path(os.environ.get("KHULASA_BUSY_DAY", REPO.parent / "devdata" / "busy-day"))
# news-set-a (issue 20): six real same-day multi-outlet clusters whose texts are rebuilt outside the
# repository (../shared/data/news-set-a/README.md says how): one folder per cluster, files named as
# in its sources.tsv; the facts are the shared set's own.
NEWS_SET_A = Path(os.environ.get("KHULASA_NEWS_SET_A", REPO.parent / "devdata" / "news-set-a"))
NEWS_SET_A_FACTS = DATA / "news-set-a" / "facts.json"
# The fresh check clusters (issue 20): ten events built after the dev sets, judged by reading and never
# tuned on; one folder per cluster (a symlink to the batch folder it was built in), NNN_site.txt per
# outlet, pages listed in benchmarks/facts/fresh-sources.tsv, facts in benchmarks/facts/fresh.json.
# A set of its own, not pooled with POOLED_SETS.
FRESH = Path(os.environ.get("KHULASA_FRESH", REPO.parent / "devdata" / "fresh-set"))
# Fresh batch 5 (issue 20): a held-out check whose texts AND key facts stay outside the repository
# (facts written before any summarizer ran on it, never tuned on): one folder per cluster and a
# facts.json beside them, as /work/devdata/fresh5/README.md describes. A set of its own, not pooled.
FRESH5 = Path(os.environ.get("KHULASA_FRESH5", REPO.parent / "devdata" / "fresh5"))
FRESH5_FACTS = Path(os.environ.get("KHULASA_FRESH5_FACTS", FRESH5 / "facts.json"))
# The same-day multi-outlet sets whose key facts are judged pooled (issue 20), each shown beside the pool.
POOLED_SETS: tuple[str, ...] = ("outlets", "news-set-a", "busy-day")
DOCS = REPO / "docs"

# name -> (file under DATA, word budget of its shared task)
SETS: dict[str, tuple[str, int]] = {
    "multiling2011-ar-dev": ("multiling2011-ar-dev.jsonl", 250),
    "easc": ("easc.jsonl", 100),
}


def data_file(name: str) -> Path:
    return DATA / SETS[name][0]


def present_sets(names: str) -> Iterator[tuple[str, Path, int]]:
    """``(name, file, word budget)`` of each comma-separated set whose data are here; the others
    are skipped with a note on stderr."""
    for name in names.split(","):
        path = data_file(name)
        if not path.is_file():
            print(f"skip {name}: {path} not found (set KHULASA_SHARED)", file=sys.stderr)
            continue
        yield name, path, SETS[name][1]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def example_documents() -> list:
    """The five real example articles as Documents (ids = file stems)."""
    from khulasa.types import Document

    return [Document(p.stem, p.read_text(encoding="utf-8"), path=str(p)) for p in sorted(EXAMPLE.glob("*.txt"))]
