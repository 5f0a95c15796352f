"""Run systems over evaluation items and aggregate ROUGE and summary-quality measures.

Per item and system: ROUGE-1/2/L precision, recall and F1 of the truncated summary; the
near-duplicate rate (pairs of summary sentences whose content-stem Jaccard is at least 0.5,
divided by the number of sentences); junk sentences (matching the cleaner's line or inline junk
patterns); words; and seconds — the system's own run, plus the shared preparation time for
systems that rank the shared candidates, so that every system is timed from documents to summary.
Systems with several outputs (random) are averaged per item. Means over items carry a seeded
bootstrap 95% interval.

With key facts (:mod:`khulasa.evaluation.keyfacts`), every system is also run at 60, 100 and 150
words on the items that have facts, and each output, cut at that budget, is scored for facts
stated, restating sentences, unfinished lines, junk sentences, facts repeated and dangling
openers. Items without references (a cluster
with facts only) get no ROUGE.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np

from khulasa.errors import MissingExtraError, SettingsError, budget_not_positive, facts_match_no_item
from khulasa.evaluation.datasets import Item, default_words, read_items
from khulasa.evaluation.inputs import ItemInput, build_input, truncate
from khulasa.evaluation.keyfacts import (
    FACT_BUDGETS,
    SCORE_FIELDS,
    KeyFact,
    is_junk,
    load_facts,
    score_summary,
)
from khulasa.evaluation.rouge import ROUGE_TYPES, Multi, Rouge, bootstrap_ci
from khulasa.evaluation.systems import System, parse_systems
from khulasa.text.normalize import Analyzer, count_words

DUPLICATE_JACCARD = 0.5
MEASURES: tuple[str, ...] = tuple(f"{t}_{m}" for t in ROUGE_TYPES for m in ("precision", "recall", "f1"))
Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class ItemResult:
    """One system on one item (averaged over the system's outputs when it gives several)."""

    item: str
    scores: dict[str, float]
    words: float
    sentences: float
    duplicates: float
    junk: float
    seconds: float
    summary: str
    error: str | None = None
    # Budget -> key-fact counts (means over the system's outputs); empty without facts.
    keyfacts: dict[int, dict[str, float]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SystemResult:
    """A system over all items: per-item results, means and bootstrap intervals."""

    name: str
    items: tuple[ItemResult, ...]
    means: dict[str, float]
    intervals: dict[str, tuple[float, float]]
    duplicate_rate: float
    junk: float
    mean_words: float
    seconds_per_item: float
    failures: int
    # Budget -> key-fact counts summed over the items that have facts.
    keyfacts: dict[int, dict[str, float]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The system's scores as JSON."""
        return {
            "name": self.name,
            "means": self.means,
            "ci95": {k: list(v) for k, v in self.intervals.items()},
            "duplicate_rate": self.duplicate_rate,
            "junk_sentences_per_item": self.junk,
            "mean_words": self.mean_words,
            "seconds_per_item": self.seconds_per_item,
            "failures": self.failures,
            "keyfacts": {str(b): v for b, v in self.keyfacts.items()},
            "items": [
                {
                    "id": r.item,
                    **r.scores,
                    "words": r.words,
                    "sentences": r.sentences,
                    "duplicates": r.duplicates,
                    "junk": r.junk,
                    "seconds": r.seconds,
                    "summary": r.summary,
                    **({"keyfacts": {str(b): v for b, v in r.keyfacts.items()}} if r.keyfacts else {}),
                    **({"error": r.error} if r.error else {}),
                }
                for r in self.items
            ],
        }


@dataclass(frozen=True, slots=True)
class EvalResult:
    """Everything one evaluation run measured, with the settings that produced it."""

    systems: tuple[SystemResult, ...]
    words: int
    items: int
    settings: dict[str, Any] = field(default_factory=dict)
    skipped: tuple[str, ...] = ()  # the bad records of the data file, one problem each

    def system(self, name: str) -> SystemResult:
        """The result of the system called ``name``."""
        for s in self.systems:
            if s.name == name:
                return s
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        """The evaluation result as JSON."""
        return {
            "words": self.words,
            "items": self.items,
            "settings": self.settings,
            "systems": [s.to_dict() for s in self.systems],
            **({"skipped": list(self.skipped)} if self.skipped else {}),
        }


# --- per-summary measures ------------------------------------------------------------------


def duplicate_rate(sentences: Sequence[str], analyzer: Analyzer) -> float:
    """Pairs of sentences with content-stem Jaccard >= 0.5, per sentence (0 for < 2 sentences)."""
    if len(sentences) < 2:
        return 0.0
    terms = [set(analyzer.content_terms(s)) for s in sentences]
    pairs = sum(1 for a, b in combinations(terms, 2) if a and b and len(a & b) / len(a | b) >= DUPLICATE_JACCARD)
    return pairs / len(sentences)


def _measure(
    outputs: Sequence[Sequence[str]], references: Sequence[str], words: int, rouge: Rouge, analyzer: Analyzer
) -> tuple[dict[str, float], float, float, float, float, str]:
    rows = []
    for output in outputs:
        kept = truncate(output, words)
        text = " ".join(kept)
        if references:
            scores = rouge.score(references, text)
            flat = {f"{t}_{m}": getattr(s, m) for t, s in scores.items() for m in ("precision", "recall", "f1")}
        else:  # a cluster with key facts only
            flat = dict.fromkeys(MEASURES, 0.0)
        rows.append((flat, count_words(text), len(kept), duplicate_rate(kept, analyzer), sum(map(is_junk, kept)), text))
    mean = {k: float(np.mean([r[0][k] for r in rows])) for k in rows[0][0]}
    return (
        mean,
        float(np.mean([r[1] for r in rows])),
        float(np.mean([r[2] for r in rows])),
        float(np.mean([r[3] for r in rows])),
        float(np.mean([r[4] for r in rows])),
        rows[0][5],
    )


def _fact_counts(outputs: Sequence[Sequence[str]], facts: Sequence[KeyFact], words: int) -> dict[str, float]:
    """Key-fact counts of each output cut at ``words``, averaged over the outputs."""
    scores = []
    for output in outputs:
        kept = truncate(output, words)
        whole = [s for s in output if count_words(s)][: len(kept)]  # as chosen, before the cut
        scores.append(score_summary(kept, facts, whole))
    return {f: float(np.mean([getattr(s, f) for s in scores])) for f in SCORE_FIELDS}


def _sum_facts(results: Sequence[ItemResult]) -> dict[int, dict[str, float]]:
    budgets = sorted({b for r in results for b in r.keyfacts})
    return {
        b: {k: float(sum(r.keyfacts[b][k] for r in results if b in r.keyfacts)) for k in SCORE_FIELDS} for b in budgets
    }


def _aggregate(name: str, results: list[ItemResult], resamples: int, seed: int) -> SystemResult:
    means = {k: float(np.mean([r.scores[k] for r in results])) for k in MEASURES}
    intervals = {
        k: bootstrap_ci([r.scores[k] for r in results], resamples=resamples, seed=seed)
        for k in MEASURES
        if k.endswith(("recall", "f1"))
    }
    return SystemResult(
        name=name,
        items=tuple(results),
        means=means,
        intervals=intervals,
        duplicate_rate=float(np.mean([r.duplicates for r in results])),
        junk=float(np.mean([r.junk for r in results])),
        mean_words=float(np.mean([r.words for r in results])),
        seconds_per_item=float(np.mean([r.seconds for r in results])),
        failures=sum(1 for r in results if r.error),
        keyfacts=_sum_facts(results),
    )


def _run_system(system: System, shared: ItemInput, words: int) -> tuple[Sequence[Sequence[str]], str | None]:
    """The system's outputs for ``words`` words, or no output and the error it raised.

    A peer's own failure on one item must not sink the whole run; a package that is not installed
    is no failure of an item: it would fail every one, so it stops the run with its pip command.
    """
    try:
        return system.run(shared, words), None
    except MissingExtraError:
        raise
    except Exception as exc:
        return [[]], f"{type(exc).__name__}: {exc}"


def evaluate(
    items: Sequence[Item],
    systems: Sequence[System],
    words: int,
    *,
    stem: bool = False,
    multi: Multi = "mean",
    seed: int = 0,
    resamples: int = 1000,
    data: str | None = None,
    progress: Progress | None = None,
    facts: Mapping[str, Sequence[KeyFact]] | None = None,
    fact_budgets: Sequence[int] = FACT_BUDGETS,
) -> EvalResult:
    """Score every system on every item at a budget of ``words`` words.

    With ``facts`` (cluster id -> key facts), items that have facts are also run and scored at each
    of ``fact_budgets``.

    Each item is prepared once and shared by all systems. A peer that raises on an item (a
    third-party failure, not a user mistake) scores 0 there; the error is kept in its item result
    and counted in ``failures``. A peer whose package is not installed raises MissingExtraError.
    """
    if isinstance(words, bool) or not isinstance(words, int) or words < 1:
        raise SettingsError(budget_not_positive("words", words))
    rouge = Rouge(ROUGE_TYPES, stem=stem, multi=multi)
    analyzer = Analyzer(stem=True)
    per_system: dict[str, list[ItemResult]] = {s.name: [] for s in systems}
    for number, item in enumerate(items, 1):
        shared = build_input(item)
        for system in systems:
            if progress is not None:
                progress(f"item {number}/{len(items)} ({item.id}): {system.name}")
            started = time.perf_counter()
            outputs, error = _run_system(system, shared, words)
            seconds = time.perf_counter() - started
            if system.shares_preparation:
                seconds += shared.prepare_seconds
            scores, n_words, n_sents, dups, junk, text = _measure(outputs, item.summaries, words, rouge, analyzer)
            keyfacts = {}
            if facts and item.id in facts and error is None:
                for budget in fact_budgets:
                    at_budget, failed = (outputs, None) if budget == words else _run_system(system, shared, budget)
                    if failed is not None:
                        error = f"{failed} (at {budget} words)"
                    keyfacts[budget] = _fact_counts(at_budget, facts[item.id], budget)
            per_system[system.name].append(
                ItemResult(item.id, scores, n_words, n_sents, dups, junk, seconds, text, error, keyfacts)
            )
    return EvalResult(
        systems=tuple(_aggregate(s.name, per_system[s.name], resamples, seed) for s in systems),
        words=words,
        items=len(items),
        settings={
            "data": data,
            "stem": stem,
            "multi": multi,
            "seed": seed,
            "resamples": resamples,
            "rouge": list(ROUGE_TYPES),
            "systems": [s.name for s in systems],
            "fact_budgets": list(fact_budgets) if facts else [],
        },
    )


def run(
    data: str | Path,
    *,
    words: int | None = None,
    systems: str | Sequence[str] | None = None,
    stem: bool = False,
    multi: Multi = "mean",
    seed: int = 0,
    resamples: int = 1000,
    limit: int | None = None,
    progress: Progress | None = None,
    facts: str | Path | None = None,
    strict: bool = False,
) -> EvalResult:
    """Read a JSONL file and evaluate: the library side of ``khulasa eval``.

    ``words`` defaults to 250 when every item has two or more documents, else 100. ``facts`` is a
    key-facts JSON file (benchmarks/facts); it must cover at least one item. A bad record is
    skipped and its problem listed in the result's ``skipped``; InputError when none is usable, or
    at the first bad record when ``strict`` (the benchmarks: a shipped data set is never cut short).
    """
    chosen = parse_systems(systems, stem=stem)  # a wrong --systems is one line before the data is read
    for system in chosen:  # and so is a peer whose package is not installed
        check = getattr(system, "check", None)
        if check is not None:
            check()
    skipped: list[str] = []
    items = read_items(data, limit=limit, skipped=None if strict else skipped)
    key_facts = load_facts(facts) if facts is not None else None
    if key_facts is not None and not any(item.id in key_facts for item in items):
        raise SettingsError(facts_match_no_item(facts, data))
    budget = words if words is not None else default_words(items)
    result = evaluate(
        items,
        chosen,
        budget,
        stem=stem,
        multi=multi,
        seed=seed,
        resamples=resamples,
        data=str(data),
        progress=progress,
        facts=key_facts,
    )
    return replace(result, skipped=tuple(skipped))
