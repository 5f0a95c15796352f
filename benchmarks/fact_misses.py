"""Which key facts khulasa misses at a word budget, and what it spends the words on instead.

For every cluster with key facts (benchmarks/facts: MultiLing 2011 Arabic dev, the demo, the
shared example; on request any other set of ``keyfacts.py``: outlets, news-set-a, busy-day, fresh):
each summary sentence with its length, how many documents carry it (its fact's wordings), its
earliest position in an article and the facts it states; then each missed fact with how many
documents state it anywhere and the shortest candidate sentence that states it. Ends
with one Markdown table of counts per set (no data text), the table docs/quality.md shows.

    OPENBLAS_NUM_THREADS=1 python benchmarks/fact_misses.py [--words 100] [--text]
        [--settings '{"position_weight": 1}'] [--sets multiling2011-ar-dev,demo,shared-example,outlets]

``--text`` prints the start of each sentence too: to the terminal only, as the dev data and the
shared example may not be copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from dataclasses import dataclass, field

from keyfacts import facts_file, sets

from khulasa import summarize
from khulasa.config import Settings
from khulasa.evaluation.keyfacts import KeyFact, load_facts
from khulasa.summarizer.pipeline import build_facts, candidate_flags, prepare, standalone_first
from khulasa.text.normalize import count_words
from khulasa.types import Fact


@dataclass
class Tally:
    """Counts over one set's clusters."""

    facts: int = 0
    stated: int = 0
    chosen_words: list[int] = field(default_factory=list)
    chosen_first: int = 0  # chosen sentences at position 0 of their article
    chosen_single: int = 0  # chosen sentences only one document carries
    chosen_empty: int = 0  # chosen sentences stating no key fact
    missed_no_candidate: int = 0
    missed_words: list[int] = field(default_factory=list)  # shortest candidate stating a missed fact
    missed_positions: list[int] = field(default_factory=list)
    missed_multi_doc: int = 0  # missed facts stated by two or more documents


def _position(fact: Fact) -> int:
    return min(s.index for s in fact.sentences)


def diagnose(
    cluster_id: str,
    documents: list,
    facts_of: tuple[KeyFact, ...],
    words: int,
    overrides: dict,
    tally: Tally,
    show_text: bool,
) -> None:
    settings = Settings().updated(**overrides)
    summary = summarize(documents, words=words, settings=settings)
    prepared = prepare(documents)
    texts = {d.id: d.text for d in documents}
    facts = tuple(standalone_first(f, settings, texts) for f in build_facts(prepared, settings))
    ok = candidate_flags([f.representative for f in facts], settings)
    by_id = {f.id: f for f in facts}
    stated: set[str] = set()
    print(f"\n=== {cluster_id} ({len(documents)} documents)")
    for sentence in summary.sentences:
        fact = by_id[sentence.fact_id]
        keys = [k.id for k in facts_of if k.stated_by(sentence.text)]
        stated.update(keys)
        position = _position(fact)
        tally.chosen_words.append(sentence.words)
        tally.chosen_first += position == 0
        tally.chosen_single += len(fact.docs) == 1
        tally.chosen_empty += not keys
        line = f"  chosen {sentence.words:3d} words, {len(fact.docs)} doc(s), position {position:2d}: {keys}"
        print(line + (f"  {sentence.text[:90]}" if show_text else ""))
    tally.facts += len(facts_of)
    tally.stated += len(stated)
    print(f"  states {len(stated)} of {len(facts_of)} in {sum(s.words for s in summary.sentences)} words")
    for key in facts_of:
        if key.id in stated:
            continue
        documents_stating = {s.doc for p in prepared for s in p.sentences if key.stated_by(s.text)}
        tally.missed_multi_doc += len(documents_stating) >= 2
        holders = sorted(
            ((count_words(f.representative.text), _position(f), f.id), f)
            for f, good in zip(facts, ok, strict=True)
            if good and key.stated_by(f.representative.text)
        )
        if not holders:
            tally.missed_no_candidate += 1
            print(f"  missed {key.id}: stated by {len(documents_stating)} document(s), no candidate sentence")
            continue
        (n_words, position, _), fact = holders[0]
        tally.missed_words.append(n_words)
        tally.missed_positions.append(position)
        line = (
            f"  missed {key.id}: stated by {len(documents_stating)} document(s); shortest candidate "
            f"{n_words} words, {len(fact.docs)} doc(s), position {position}"
        )
        print(line + (f"  {fact.representative.text[:90]}" if show_text else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default="multiling2011-ar-dev,demo,shared-example,outlets")
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument("--settings", default="{}", help="JSON object of setting overrides")
    parser.add_argument("--text", action="store_true", help="print sentence starts (terminal only)")
    args = parser.parse_args(argv)
    overrides = json.loads(args.settings)
    tallies: dict[str, Tally] = {}
    for name, items in sets(args.sets.split(",")):
        facts = load_facts(facts_file(name))
        tally = tallies[name] = Tally()
        for item in items:
            diagnose(item.id, item.to_documents(), facts[item.id], args.words, overrides, tally, args.text)
    print(f"\n{args.words} words, settings {json.dumps(overrides, sort_keys=True)}\n")
    print(
        "| set | facts stated | chosen sentences | median words | at position 0 | carried by 1 document "
        "| stating no key fact | missed facts | stated by 2+ documents | no candidate | "
        "shortest candidate: median words / median position |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for name, t in tallies.items():
        n = len(t.chosen_words)
        missed = t.facts - t.stated
        shortest = (
            f"{statistics.median(t.missed_words):.0f} / {statistics.median(t.missed_positions):.0f}"
            if t.missed_words
            else "-"
        )
        print(
            f"| {name} | {t.stated} / {t.facts} | {n} | {statistics.median(t.chosen_words):.0f} | {t.chosen_first} "
            f"| {t.chosen_single} | {t.chosen_empty} | {missed} | {t.missed_multi_doc} | {t.missed_no_candidate} "
            f"| {shortest} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
