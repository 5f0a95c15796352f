"""Key facts at one budget on the same-day multi-outlet dev clusters, each set and pooled.

The sets: the outlets clusters (folders under $KHULASA_OUTLETS, facts in benchmarks/facts/outlets.json)
news-set-a (folders under $KHULASA_NEWS_SET_A, default ../devdata/news-set-a; facts in
../shared/data/news-set-a/facts.json) and busy-day (folders under $KHULASA_BUSY_DAY, facts in
benchmarks/facts/busy-day.json); on request the fresh check clusters (folders under $KHULASA_FRESH,
default ../devdata/fresh-set; facts in benchmarks/facts/fresh.json; shown as a set of their own, not
pooled), fresh batch 5 (folders and facts.json under $KHULASA_FRESH5, default ../devdata/fresh5, or
the facts at $KHULASA_FRESH5_FACTS: both outside the repository; not pooled), the shared example and
the demo. Texts are kept outside the repository; a cluster whose folder is missing is skipped with a
note, and a set whose facts file is missing is skipped.

    OPENBLAS_NUM_THREADS=1 python benchmarks/sameday.py [--systems khulasa,lead,lead-body,peers]
        [--sets outlets,news-set-a,busy-day,fresh,fresh5] [--batches 38,40] [--words 100] [--halves] [--text]
        [--whole]

Per system: key facts stated; restating sentences, read two ways: in printed order (a sentence
whose key facts earlier sentences all state) and order-free (whose key facts the summary's other
sentences all state); junk lines. Every output is cut at the budget, as the evaluation runner cuts
it. ``--whole`` fills the peers in whole sentences instead (each sentence of their ranking that
still fits the budget, as khulasa prints only whole sentences; rows "<peer> (whole sentences)"): a
sentence cut at the budget is no sentence a reader is given, but its first words may state a key
fact (docs/quality.md, "The fourteenth session: the 60-word summary"). ``--halves`` also
summarizes each cluster's first half of articles and shows the key facts the summary of all
articles no longer states (issue 20: more articles should never make it worse).
``--text`` prints the summaries to the terminal (the dev texts may not be copied into the repository).
``--batches 38,40`` adds fresh batches as sets ``fresh38``, ``fresh40`` (folders under
$KHULASA_BATCHES, default the folder holding $KHULASA_FRESH5; facts.json in each, else
benchmarks/facts/batches/freshNN.json), so that one run covers every development set.

``oracle-facts`` (a system name of this script only) is the key-fact oracle of
:mod:`khulasa.evaluation.factoracle`: whole candidate sentences chosen, reading the cluster's key
facts, to state the most of them within the budget; an upper bound, not a summarizer. After the
pooled table come the interval tables (over the pooled sets, and over every set that ran when
others ran too): facts stated with a 95 % bootstrap interval over clusters, and khulasa minus each
system by a paired bootstrap (its interval and the share of resamples with khulasa ahead);
docs/benchmarks.md, "Every system side by side", says how to read them.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from _shared import BUSY_DAY, DATA, EXAMPLE, FRESH, FRESH5, FRESH5_FACTS, NEWS_SET_A, OUTLETS, POOLED_SETS, REPO

from khulasa.evaluation.datasets import Item
from khulasa.evaluation.factoracle import FactOracleSystem
from khulasa.evaluation.inputs import build_input, truncate, whole_fill
from khulasa.evaluation.keyfacts import KeyFact, is_junk, load_facts
from khulasa.evaluation.peers import PeerSystem, peer_ranking, ranked_texts
from khulasa.evaluation.rouge import PairedBootstrap, paired_bootstrap
from khulasa.evaluation.systems import System, parse_systems

FACTS = REPO / "benchmarks" / "facts"
DEMO = REPO / "src" / "khulasa" / "demo" / "putin-kim-2019"
SAME_DAY = POOLED_SETS
# The fresh batches named by --batches: folders freshNN under $KHULASA_BATCHES (default: the folder
# that holds $KHULASA_FRESH5), each with its facts.json or else benchmarks/facts/batches/freshNN.json.
BATCHES = Path(os.environ.get("KHULASA_BATCHES", FRESH5.parent))
ORACLE = "oracle-facts"
# The bootstrap over clusters of the interval tables: resamples, level and seed.
RESAMPLES, LEVEL, SEED = 2000, 0.95, 0


def _sources(name: str) -> tuple[Path, Path]:
    """The folder of a set's cluster folders and its facts file."""
    if name != "fresh5" and re.fullmatch(r"fresh\d+", name):
        facts = BATCHES / name / "facts.json"
        return BATCHES / name, facts if facts.is_file() else FACTS / "batches" / f"{name}.json"
    return {
        "outlets": (OUTLETS, FACTS / "outlets.json"),
        "news-set-a": (NEWS_SET_A, DATA / "news-set-a" / "facts.json"),
        "busy-day": (BUSY_DAY, FACTS / "busy-day.json"),
        "fresh": (FRESH, FACTS / "fresh.json"),
        "fresh5": (FRESH5, FRESH5_FACTS),
        "shared-example": (EXAMPLE.parent, FACTS / "shared-example.json"),
        "demo": (DEMO.parent, FACTS / "demo.json"),
    }[name]


def clusters(name: str) -> list[tuple[str, list[str], tuple[KeyFact, ...]]]:
    """``(cluster id, article texts, key facts)`` of every cluster of the set whose texts are here."""
    root, facts_file = _sources(name)
    if not facts_file.is_file():
        print(f"skip {name}: no facts file {facts_file}", file=sys.stderr)
        return []
    out = []
    for cluster, facts in sorted(load_facts(facts_file).items()):
        files = sorted((root / cluster).glob("*.txt"))
        if not files:
            print(f"skip {name}/{cluster}: no texts under {root / cluster}", file=sys.stderr)
            continue
        out.append((cluster, [p.read_text(encoding="utf-8") for p in files], facts))
    return out


def run(
    system: System, texts: Sequence[str], words: int, *, whole: bool = False, facts: Sequence[KeyFact] = ()
) -> list[str]:
    """The system's summary of ``texts``, cut at ``words`` as the evaluation runner cuts it; with
    ``whole``, a peer's ranking filled in whole sentences (each that still fits). The key-fact
    oracle reads ``facts``, the cluster's key facts."""
    item = build_input(Item(id="cluster", documents=tuple(texts), summaries=()))
    if isinstance(system, FactOracleSystem):
        system = system.with_facts(facts)
    if whole and isinstance(system, PeerSystem):
        return whole_fill(ranked_texts(item, peer_ranking(system.name, item, words)), words) if item.candidates else []
    return list(truncate(system.run(item, words)[0], words))


def label(system: System, whole: bool) -> str:
    """The system's row name: a peer filled in whole sentences says so."""
    return f"{system.name} (whole sentences)" if whole and isinstance(system, PeerSystem) else system.name


def stated_sets(sentences: Sequence[str], facts: Sequence[KeyFact]) -> list[set[str]]:
    return [{f.id for f in facts if f.stated_by(s)} for s in sentences]


def restating(sets: Sequence[set[str]]) -> tuple[int, int]:
    """Sentences whose key facts earlier ones all state, and those whose key facts the others state."""
    in_order, seen = 0, set()
    for ids in sets:
        in_order += bool(ids) and ids <= seen
        seen |= ids
    order_free = sum(
        1 for i, ids in enumerate(sets) if ids and ids <= set().union(*(s for j, s in enumerate(sets) if j != i))
    )
    return in_order, order_free


def systems_of(spec: str) -> list[System]:
    """The systems of a comma-separated spec (as :func:`parse_systems`), ``oracle-facts`` among them."""
    names = [n.strip() for n in spec.split(",")]
    rest = [n for n in names if n and n != ORACLE]
    systems: list[System] = parse_systems(rest) if rest else []
    if ORACLE in names:
        systems.append(FactOracleSystem())
    return systems


def interval_table(title: str, per: dict[str, list[int]], totals: Sequence[int], names: Sequence[str]) -> str:
    """Facts stated summed over clusters with a 95 % bootstrap interval over clusters, and khulasa's
    paired difference from each other system (interval, share of resamples with khulasa ahead).
    ``totals`` are the clusters' key facts: each resample is read as a share of its facts and scaled
    to the observed total (:func:`paired_bootstrap`); every system is read on the same resamples."""
    total = sum(totals)
    head = (
        f"\n## {title}: {len(totals)} clusters, {total} key facts; {LEVEL:.0%} bootstrap over clusters"
        f" ({RESAMPLES} resamples, seed {SEED})\n\n"
        "| system | facts stated | 95 % CI | khulasa − system | 95 % CI of the difference | khulasa ahead |\n"
        "|---|---|---|---|---|---|"
    )
    lines = [head]
    base = per.get("khulasa")

    def boot(a: Sequence[int], b: Sequence[int]) -> PairedBootstrap:
        return paired_bootstrap(a, b, totals=totals, resamples=RESAMPLES, level=LEVEL, seed=SEED)

    for name in names:
        counts = per[name]
        own = boot(counts, [0] * len(counts))
        row = f"| {name} | {sum(counts)} / {total} | {own.low:.0f}–{own.high:.0f} |"
        if base is None or name == "khulasa":
            lines.append(row + " | | |")
            continue
        pair = boot(base, counts)
        lines.append(row + f" {pair.difference:+.0f} | {pair.low:+.0f} – {pair.high:+.0f} | {pair.ahead:.1%} |")
    if ORACLE in names:
        lines.append(f"\n{ORACLE} reads the key facts (an upper bound for whole sentences, not a summarizer).")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--systems", default="khulasa,lead,lead-body,peers")
    parser.add_argument("--sets", default=",".join(SAME_DAY))
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument("--halves", action="store_true", help="also compare with the first half of the articles")
    parser.add_argument("--text", action="store_true", help="print the summaries (terminal only)")
    parser.add_argument("--whole", action="store_true", help="fill the peers in whole sentences, not cut at the budget")
    parser.add_argument("--batches", default="", help="fresh batches to add as sets freshNN, e.g. 38,40")
    args = parser.parse_args(argv)
    systems = systems_of(args.systems)
    batches = [f"fresh{n.strip()}" for n in args.batches.split(",") if n.strip()]
    data = {name: clusters(name) for name in [*args.sets.split(","), *batches]}
    for name in [n for n, items in data.items() if not items]:
        print(f"skip {name}: none of its clusters' texts are here", file=sys.stderr)
        del data[name]
    pooled: dict[str, list[int]] = {s.name: [0, 0, 0, 0, 0, 0] for s in systems}
    # Facts stated per cluster, per set and system, for the interval tables.
    stated_per: dict[str, dict[str, list[int]]] = {name: {} for name in data}
    header = "| system | facts stated | restating (in order / order-free) | junk | sentences | per cluster |"
    for name, items in data.items():
        total = sum(len(f) for _, _, f in items)
        print(f"\n## {name}: {len(items)} clusters, {total} key facts, {args.words} words\n")
        print(header + "\n|---|---|---|---|---|---|")
        for system in systems:
            row = [0, 0, 0, 0, 0]
            per = []
            for cluster, texts, facts in items:
                sentences = run(system, texts, args.words, whole=args.whole, facts=facts)
                sets = stated_sets(sentences, facts)
                stated = set().union(*sets) if sets else set()
                in_order, order_free = restating(sets)
                row = [
                    a + b
                    for a, b in zip(
                        row,
                        [len(stated), in_order, order_free, sum(map(is_junk, sentences)), len(sentences)],
                        strict=True,
                    )
                ]
                per.append(str(len(stated)))
                if args.text:
                    print(
                        f"\n{label(system, args.whole)} {cluster}: "
                        + "\n  ".join(f"{sorted(k)} {s}" for k, s in zip(sets, sentences, strict=True)),
                        file=sys.stderr,
                    )
                if args.halves and len(texts) >= 2:
                    first = texts[: (len(texts) + 1) // 2]
                    half = set().union(*stated_sets(run(system, first, args.words, whole=args.whole), facts))
                    lost = sorted(half - stated)
                    print(
                        f"  halves {system.name} {cluster}: first half {len(half)}, all {len(stated)},"
                        f" no longer stated {lost}",
                        file=sys.stderr,
                    )
            name_shown = label(system, args.whole)
            stated_per[name][name_shown] = [int(n) for n in per]
            print(
                f"| {name_shown} | {row[0]} / {total} | {row[1]} / {row[2]} | {row[3]} | {row[4]} | {' '.join(per)} |"
            )
            if name in SAME_DAY:
                pooled[system.name] = [
                    a + b
                    for a, b in zip(pooled[system.name], [row[0], total, row[1], row[2], row[3], row[4]], strict=True)
                ]
    if any(name in SAME_DAY for name in data):
        print("\n## pooled same-day sets\n")
        print("| system | facts stated | restating (in order / order-free) | junk | sentences |\n|---|---|---|---|---|")
        for system in systems:
            p = pooled[system.name]
            print(f"| {label(system, args.whole)} | {p[0]} / {p[1]} | {p[2]} / {p[3]} | {p[4]} | {p[5]} |")
    shown = [label(s, args.whole) for s in systems]
    pools = [("pooled same-day sets", [n for n in data if n in SAME_DAY])]
    if any(n not in SAME_DAY for n in data) and len(data) > 1:
        pools.append(("every set that ran", list(data)))
    for title, names in pools:
        if names:
            per = {s: [n for name in names for n in stated_per[name][s]] for s in shown}
            totals = [len(f) for name in names for _, _, f in data[name]]
            print(interval_table(f"{title} ({', '.join(names)})", per, totals, shown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
