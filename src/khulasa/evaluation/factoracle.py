"""The key-fact oracle: whole candidate sentences chosen to state the most key facts in a budget.

An upper bound for the same-day sets, which have no reference summaries (so the ROUGE oracle of
:class:`~khulasa.evaluation.systems.OracleSystem` cannot run there). It reads the cluster's key
facts, which no summarizer sees: its row says how many facts whole sentences of the shared
candidates (the units every peer ranks, :attr:`ItemInput.candidates`) could state at the budget,
not what a summarizer should reach.

The choice is budgeted maximum coverage: pick sentences whose words add up to at most the budget so
that the most distinct facts are stated, each fact counted once. It is solved exactly as an integer
program with scipy's HiGHS (:func:`scipy.optimize.milp`; one binary per useful sentence and per
fact, ``fact <= sum of the sentences stating it``, ``sum of words <= budget``; fewer words break
ties) when at most :data:`EXACT_LIMIT` sentences state a fact, else (or when HiGHS does not prove an
optimum within :data:`TIME_LIMIT` seconds) by the greedy: the sentence that adds the most new facts
per word, until none that fits adds one. Chosen sentences are printed in candidate (text) order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from khulasa.evaluation.inputs import ItemInput
from khulasa.evaluation.keyfacts import KeyFact
from khulasa.text.normalize import count_words

# Sentences stating a fact above which the greedy is used instead of the integer program.
EXACT_LIMIT = 400
# Seconds HiGHS may take on one cluster before the greedy is used.
TIME_LIMIT = 10.0


def facts_of(texts: Sequence[str], facts: Sequence[KeyFact]) -> list[frozenset[int]]:
    """Per text, the indices of the facts it states (as :meth:`KeyFact.stated_by` judges)."""
    return [frozenset(k for k, f in enumerate(facts) if f.stated_by(text)) for text in texts]


def greedy_cover(stated: Sequence[frozenset[int]], costs: Sequence[int], budget: int) -> list[int]:
    """Indices chosen greedily: most new facts per word among the sentences that still fit."""
    chosen: list[int] = []
    covered: set[int] = set()
    used = 0
    while True:
        best, best_rate = -1, 0.0
        for i, (found, cost) in enumerate(zip(stated, costs, strict=True)):
            gain = len(found - covered)
            if gain and 0 < cost <= budget - used and gain / cost > best_rate:
                best, best_rate = i, gain / cost
        if best < 0:
            return sorted(chosen)
        chosen.append(best)
        covered |= stated[best]
        used += costs[best]


def exact_cover(stated: Sequence[frozenset[int]], costs: Sequence[int], budget: int) -> list[int] | None:
    """Indices of an optimal budgeted max-coverage choice (HiGHS), or None when none is proved."""
    from scipy.optimize import Bounds, LinearConstraint, milp

    useful = [i for i, (found, cost) in enumerate(zip(stated, costs, strict=True)) if found and 0 < cost <= budget]
    facts = sorted(set().union(*(stated[i] for i in useful)))
    if not facts:
        return []
    n, m = len(useful), len(facts)
    column = {f: n + j for j, f in enumerate(facts)}
    words = np.array([costs[i] for i in useful], dtype=float)
    # Maximize facts, then fewer words: each word weighs less than one fact over the whole budget.
    objective = np.concatenate([words / (budget + 1.0), -np.ones(m)])
    rows = np.zeros((m + 1, n + m))
    rows[m, :n] = words
    for j, f in enumerate(facts):
        rows[j, column[f]] = 1.0
        for k, i in enumerate(useful):
            if f in stated[i]:
                rows[j, k] = -1.0
    upper = np.concatenate([np.zeros(m), [float(budget)]])
    result = milp(
        objective,
        constraints=LinearConstraint(rows, -np.inf, upper),
        integrality=np.ones(n + m),
        bounds=Bounds(0, 1),
        options={"time_limit": TIME_LIMIT},
    )
    if result.status != 0 or result.x is None:
        return None
    return sorted(useful[k] for k in range(n) if result.x[k] > 0.5)


def fact_oracle(stated: Sequence[frozenset[int]], costs: Sequence[int], budget: int) -> list[int]:
    """Indices (in order) of the sentences that state the most facts within ``budget`` words:
    exact when few sentences state a fact and HiGHS proves the optimum, else greedy."""
    if sum(1 for found in stated if found) <= EXACT_LIMIT:
        exact = exact_cover(stated, costs, budget)
        if exact is not None:
            return exact
    return greedy_cover(stated, costs, budget)


@dataclass(frozen=True, slots=True)
class FactOracleSystem:
    """``oracle-facts``: the key-fact oracle over the shared candidates (reads ``facts``, the item's
    key facts, which the caller sets per cluster: :meth:`with_facts`)."""

    name: str = "oracle-facts"
    facts: tuple[KeyFact, ...] = ()
    shares_preparation: bool = True

    def with_facts(self, facts: Sequence[KeyFact]) -> FactOracleSystem:
        """The same oracle reading ``facts``."""
        return FactOracleSystem(name=self.name, facts=tuple(facts), shares_preparation=self.shares_preparation)

    def run(self, item: ItemInput, words: int) -> list[list[str]]:
        """Whole candidates stating the most facts within ``words`` words, in text order."""
        texts = [u.text for u in item.candidates]
        chosen = fact_oracle(facts_of(texts, self.facts), [count_words(t) for t in texts], words)
        return [[texts[i] for i in chosen]]
