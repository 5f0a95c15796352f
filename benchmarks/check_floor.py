"""Quality gate: fail when ROUGE-2 recall drops below the recorded floor (trafilatura-style).

    OPENBLAS_NUM_THREADS=1 python benchmarks/check_floor.py            # full: both dev sets
    OPENBLAS_NUM_THREADS=1 python benchmarks/check_floor.py --fast     # MultiLing ar dev only (quickest)
    python benchmarks/check_floor.py --update        # raise floors to the current scores
    python benchmarks/check_floor.py --lower-floor   # accept a drop deliberately (say why in the PR)

``floor.json`` holds, per data set, the sha256 of the data file, the word budget, and per system
the mean ROUGE-2 recall with its bootstrap 95% interval. khulasa and the baselines are
deterministic, so run-to-run noise is zero on the same data; the bootstrap interval (several
points wide on 5 clusters) measures sampling noise over *clusters*, too wide to catch a real
regression. The gate therefore fails when a score drops by more than ``tolerance`` (absolute,
default 0.005 = 0.5 ROUGE-2 points), which absorbs only platform float differences. A changed
data hash fails too: scores on different data are not comparable (re-baseline with --update).
Exit status: 0 pass (or data absent: skipped), 1 regression or data change.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from _shared import SETS, data_file, sha256

from khulasa.evaluation import run

FLOOR = Path(__file__).with_name("floor.json")
SYSTEMS = "khulasa,lead"
FAST = ("multiling2011-ar-dev",)
DEFAULT_TOLERANCE = 0.005


def measure(name: str, systems: str) -> dict:
    path = data_file(name)
    result = run(path, words=SETS[name][1], systems=systems, seed=0, strict=True)
    return {
        "file": path.name,
        "sha256": sha256(path),
        "words": result.words,
        "items": result.items,
        "systems": {
            s.name: {
                "rouge2_recall": round(s.means["rouge2_recall"], 4),
                "ci95": [round(v, 4) for v in s.intervals["rouge2_recall"]],
            }
            for s in result.systems
        },
    }


def compare(floor: dict, current: dict, tolerance: float) -> list[str]:
    """Problems found (empty when the current scores hold the floor)."""
    if floor["sha256"] != current["sha256"]:
        return [f"{current['file']}: data changed (sha256 differs from floor.json); re-baseline with --update"]
    problems = []
    for system, want in floor["systems"].items():
        got = current["systems"].get(system)
        if got is None:
            problems.append(f"{current['file']}: system {system} was not measured")
        elif got["rouge2_recall"] < want["rouge2_recall"] - tolerance:
            problems.append(
                f"{current['file']}: {system} ROUGE-2 recall {100 * got['rouge2_recall']:.2f} < floor "
                f"{100 * want['rouge2_recall']:.2f} - {100 * tolerance:.2f}"
            )
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fast", action="store_true", help="MultiLing ar dev only (CI)")
    parser.add_argument("--update", action="store_true", help="raise floors to current scores (never lowers)")
    parser.add_argument("--lower-floor", action="store_true", help="write current scores even when lower")
    args = parser.parse_args(argv)
    floor = json.loads(FLOOR.read_text(encoding="utf-8")) if FLOOR.is_file() else {"sets": {}}
    tolerance = float(floor.get("tolerance", DEFAULT_TOLERANCE))
    names = FAST if args.fast else tuple(SETS)
    problems: list[str] = []
    changed = False
    for name in names:
        if not data_file(name).is_file():
            print(f"skip {name}: {data_file(name)} not found (set KHULASA_SHARED)")
            continue
        current = measure(name, SYSTEMS)
        for system, score in current["systems"].items():
            old = floor["sets"].get(name, {}).get("systems", {}).get(system, {}).get("rouge2_recall")
            shown = "new" if old is None else f"floor {100 * old:.2f}"
            print(f"{name} {system}: ROUGE-2 recall {100 * score['rouge2_recall']:.2f} ({shown})")
        if name not in floor["sets"]:
            floor["sets"][name], changed = current, True
            continue
        found = compare(floor["sets"][name], current, tolerance)
        if args.lower_floor or (args.update and not found):
            floor["sets"][name], changed = current, True
        elif args.update:
            # Raise what improved; keep the floor of what dropped.
            for system, score in current["systems"].items():
                kept = floor["sets"][name]["systems"].get(system)
                if kept is None or score["rouge2_recall"] > kept["rouge2_recall"]:
                    floor["sets"][name]["systems"][system], changed = score, True
            problems += found
        else:
            problems += found
    if changed:
        floor.setdefault("tolerance", DEFAULT_TOLERANCE)
        FLOOR.write_text(json.dumps(floor, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {FLOOR}")
    for problem in problems:
        print(f"FAIL {problem}", file=sys.stderr)
    if problems:
        print("a deliberate drop needs --lower-floor (and a reason in the change)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
