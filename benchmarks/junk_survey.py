"""Survey of web junk that survives the cleaner: every kept sentence of a tree of article texts.

Reads every ``*.txt`` under the given folders of ``--root`` (default ``../devdata``, outside the
repository; folders named ``_outputs`` skipped), one cluster a folder, through ``khulasa.prepare``.
``--dump FILE`` writes one line per kept sentence (set, cluster, document, outlet, index,
"C" when it is a summary candidate among outlets (finished, the right length, on its own) or
"-", text) and ``FILE.removed`` one line per removal (set, cluster, document, reason, text): both
hold the data's text, so keep them outside the repository. The terminal gets counts only: documents,
kept sentences, candidates, and removals per reason with the outlets they come from.

``--time`` times the cleaner over the same texts instead: its verdict on every line (uncached,
best of 9 passes) and ``prepare`` on every folder (line cache cleared, best of 7).

``--diff OLD NEW`` compares two dumps (before and after a change to the junk rules) and prints
the sentences that are no longer kept, those newly kept and the new removals: read them to check
that a new rule drops no article prose (the lists hold the data's text: terminal only).

    OPENBLAS_NUM_THREADS=1 python benchmarks/junk_survey.py --dump /tmp/me/after.tsv \\
        [--root ../devdata] [--sets clusters,news-set-a,busy-day,fresh,fresh2,...]
    python benchmarks/junk_survey.py --diff /tmp/me/before.tsv /tmp/me/after.tsv
    OPENBLAS_NUM_THREADS=1 python benchmarks/junk_survey.py --time

The outlet of ``000_almowaten.txt`` is "almowaten"; a file without a prefix (news-set-a's ``01.txt``)
is its own outlet. docs/quality.md, nineteenth pass, reports the survey of issue 20.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from _shared import REPO

from khulasa import prepare
from khulasa.config import Settings
from khulasa.summarizer.pipeline import is_candidate, on_its_own
from khulasa.text import clean
from khulasa.types import Document

DEFAULT_SETS = "clusters,news-set-a,busy-day,fresh,fresh2,fresh3,fresh4,fresh5,fresh6,fresh8,fresh9,junkpages"


def clusters(base: Path) -> list[Path]:
    """The folders of ``base`` that hold article texts (``base`` itself when it holds them)."""
    folders = sorted(d for d in base.iterdir() if d.is_dir() and not d.name.startswith("_"))
    return [d for d in folders if any(d.glob("*.txt"))] or ([base] if any(base.glob("*.txt")) else [])


def outlet(set_name: str, cluster: str, doc: str) -> str:
    return doc.split("_", 1)[1] if "_" in doc else f"{set_name}/{cluster}/{doc}"


def survey(root: Path, set_names: list[str], dump: Path) -> None:
    settings = Settings()
    removals: dict[str, Counter[str]] = defaultdict(Counter)
    docs = kept = candidates = 0
    with dump.open("w", encoding="utf-8") as out, Path(f"{dump}.removed").open("w", encoding="utf-8") as gone:
        for name in set_names:
            base = root / name
            if not base.is_dir():
                print(f"(no {base}: skipped)", file=sys.stderr)
                continue
            for folder in clusters(base):
                files = sorted(folder.glob("*.txt"))
                for p in prepare([Document(id=f.stem, text=f.read_text(encoding="utf-8")) for f in files]):
                    docs += 1
                    who = outlet(name, folder.name, p.document.id)
                    layout = {p.document.id: (p.document.text, [(s.start, s.end) for s in p.sentences])}
                    for s in p.sentences:
                        flag = is_candidate(s, settings) and on_its_own(s, layout)
                        kept += 1
                        candidates += flag
                        text = " ".join(s.text.split())
                        row = (name, folder.name, p.document.id, who, str(s.index), "C" if flag else "-", text)
                        out.write("\t".join(row) + "\n")
                    for r in p.removed:
                        removals[r.reason][who] += 1
                        gone.write(
                            "\t".join((name, folder.name, p.document.id, r.reason, " ".join(r.text.split()))) + "\n"
                        )
    print(f"{docs} documents, {kept} kept sentences, {candidates} candidates")
    for reason, by_outlet in sorted(removals.items()):
        print(f"{reason}: {sum(by_outlet.values())} removals, {len(by_outlet)} outlets")


def timing(root: Path, set_names: list[str]) -> None:
    folders = [f for name in set_names if (root / name).is_dir() for f in clusters(root / name)]
    docs = [[Document(id=f.stem, text=f.read_text(encoding="utf-8")) for f in sorted(d.glob("*.txt"))] for d in folders]
    lines = [line for cluster in docs for doc in cluster for line in doc.text.split("\n")]
    clean.junk_patterns()

    def best(runs: int, work: Callable[[], object]) -> float:
        times = []
        for _ in range(runs):
            clean._judge_line_cached.cache_clear()
            start = time.perf_counter()
            work()
            times.append(time.perf_counter() - start)
        return min(times) * 1000

    judged = best(9, lambda: [clean._judge_line(line) for line in lines])
    prepared = best(7, lambda: [prepare(cluster) for cluster in docs])
    print(f"{len(clean.junk_patterns())} junk patterns; {len(lines)} lines, {sum(map(len, lines))} characters")
    print(f"line verdicts (uncached), best of 9: {judged:.0f} ms")
    print(f"prepare on {len(docs)} folders ({sum(map(len, docs))} documents), best of 7: {prepared:.0f} ms")


def _rows(path: Path) -> Counter[tuple[str, ...]]:
    return Counter(tuple(line.rstrip("\n").split("\t")) for line in path.open(encoding="utf-8"))


def diff(old: Path, new: Path) -> None:
    def sentences(path: Path) -> Counter[tuple[str, ...]]:
        return Counter((r[0], r[2], r[5], r[6]) for r in _rows(path))

    before, after = sentences(old), sentences(new)
    for title, rows in (("no longer kept", before - after), ("newly kept", after - before)):
        print(f"## {title}: {sum(rows.values())}")
        for set_name, doc, flag, text in sorted(rows):
            print(f"  {flag} {set_name}/{doc}: {text}")
    added = _rows(Path(f"{new}.removed")) - _rows(Path(f"{old}.removed"))
    print(f"## new removals: {sum(added.values())}")
    for set_name, _cluster, doc, reason, text in sorted(added):
        print(f"  {reason} {set_name}/{doc}: {text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=REPO.parent / "devdata")
    parser.add_argument("--sets", default=DEFAULT_SETS)
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--diff", type=Path, nargs=2, metavar=("OLD", "NEW"))
    parser.add_argument("--time", action="store_true")
    args = parser.parse_args()
    set_names = [s for s in args.sets.split(",") if s]
    if args.diff:
        diff(*args.diff)
    elif args.time:
        timing(args.root, set_names)
    elif args.dump:
        survey(args.root, set_names, args.dump)
    else:
        parser.error("give --dump FILE, --diff OLD NEW or --time")


if __name__ == "__main__":
    main()
