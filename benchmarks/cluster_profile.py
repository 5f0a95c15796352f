"""Properties of each dev cluster that could tell a story told over days from same-day outlets.

Issue 20 lets a default depend on properties of the input that the code measures (how many
outlets, how many days the articles span, how much is shared wire copy). This prints, per cluster
of every multi-document dev set whose texts are here:

- ``docs``: documents; ``cands``: candidate sentences (what a summary may print);
- ``wire``: share of candidate sentences whose fact (as ``summarize`` groups them:
  :func:`khulasa.summarizer.facts.group_facts`) holds a sentence of another document;
- ``loose``: share of candidate sentences with a sentence of another document at idf-weighted
  Jaccard >= 0.3 or containment >= 0.5 (looser than the fact groups);
- ``dated``, ``days``: :func:`khulasa.summarizer.profile.publication_days`, documents with a
  publication day (``published``, else the dateline at the top of the text) and distinct days;
- ``over days``: :func:`khulasa.summarizer.profile.told_over_days` with the default ``story_days``.

The sets' texts come as the evaluation reads them (no ``published`` field), so only datelines count;
``busy-day-feed`` is the busy-day events as the desk gets them (``$KHULASA_BUSY_DAY/feed.jsonl``, made
by benchmarks/busy_day_feed.py), with the ``published`` dates their pages give.

    OPENBLAS_NUM_THREADS=1 python benchmarks/cluster_profile.py
        [--sets multiling,outlets,news-set-a,busy-day,shared-example,demo]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence

from _shared import BUSY_DAY, DATA
from sameday import clusters

from khulasa import prepare
from khulasa.config import Settings
from khulasa.evaluation.datasets import read_items
from khulasa.summarizer.facts import similar_pairs
from khulasa.summarizer.pipeline import build_facts, candidate_flags
from khulasa.summarizer.profile import publication_days, told_over_days
from khulasa.text.normalize import Analyzer
from khulasa.types import Document, Fact, Sentence

ALL = "multiling,outlets,news-set-a,busy-day,busy-day-feed,shared-example,demo"


def _feed() -> Iterator[tuple[str, list[Document]]]:
    path = BUSY_DAY / "feed.jsonl"
    if not path.is_file():
        print(f"skip busy-day-feed: {path} not found", file=sys.stderr)
        return
    stories: dict[str, list[Document]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        doc = Document(r["id"], r["text"], source=r.get("source"), published=r.get("published") or None)
        stories.setdefault(r["story"], []).append(doc)
    yield from sorted(stories.items())


def _clusters(name: str) -> Iterator[tuple[str, list[Document]]]:
    if name == "busy-day-feed":
        yield from _feed()
        return
    if name == "multiling":
        path = DATA / "multiling2011-ar-dev.jsonl"
        if not path.is_file():
            print(f"skip multiling: {path} not found", file=sys.stderr)
            return
        for item in read_items(path):
            yield item.id, list(item.to_documents())
        return
    for cluster, texts, _facts in clusters(name):
        yield cluster, [Document(f"d{k}", t) for k, t in enumerate(texts)]


def wire_share(facts: Sequence[Fact], candidate: dict[str, bool]) -> float:
    """Share of candidate sentences whose fact also holds a sentence of another document."""
    total = shared = 0
    for fact in facts:
        several = len({s.doc for s in fact.sentences}) > 1
        for s in fact.sentences:
            if candidate.get(s.text, False):
                total += 1
                shared += several
    return shared / total if total else 0.0


def loose_share(sentences: Sequence[Sentence], ok: Sequence[bool], analyzer: Analyzer) -> float:
    """Share of candidate sentences with a looser overlap in another document."""
    terms = [frozenset(analyzer.content_terms(s.text)) for s in sentences]
    linked = set()
    for i, j in similar_pairs(terms, jaccard=0.3, containment=0.5):
        if sentences[i].doc != sentences[j].doc:
            linked.update((i, j))
    return sum(1 for i, flag in enumerate(ok) if flag and i in linked) / max(sum(ok), 1)


def profile(documents: Sequence[Document]) -> dict[str, object]:
    settings = Settings()
    analyzer = Analyzer(stem=settings.stem)
    prepared = prepare(documents)
    sentences = [s for p in prepared for s in p.sentences]
    memo: dict[str, bool] = {}
    ok = candidate_flags(sentences, settings, memo)
    facts = build_facts(prepared, settings, analyzer, candidate_memo=memo)
    dated, days = publication_days(documents)
    return {
        "docs": len(prepared),
        "cands": sum(ok),
        "wire": wire_share(facts, memo),
        "loose": loose_share(sentences, ok, analyzer),
        "dated": dated,
        "days": days,
        "over": "yes" if told_over_days(documents, settings.story_days) else "no",
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default=ALL)
    args = parser.parse_args(argv)
    print("| set | cluster | docs | cands | wire | loose | dated | days | over days |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name in args.sets.split(","):
        for cluster, documents in _clusters(name):
            p = profile(documents)
            print(
                f"| {name} | {cluster} | {p['docs']} | {p['cands']} | {p['wire']:.2f} | {p['loose']:.2f} "
                f"| {p['dated']} | {p['days']} | {p['over']} |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
