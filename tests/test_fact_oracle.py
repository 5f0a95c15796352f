"""The key-fact oracle (``oracle-facts``) and the paired bootstrap of the same-day interval tables."""

from __future__ import annotations

import importlib
import itertools
import re

import numpy as np
import pytest

from khulasa.evaluation import factoracle
from khulasa.evaluation.factoracle import FactOracleSystem, exact_cover, fact_oracle, facts_of, greedy_cover
from khulasa.evaluation.keyfacts import KeyFact
from khulasa.evaluation.rouge import paired_bootstrap
from khulasa.text.normalize import count_words

from .conftest import QUAKE_REPORTS, REPO

# Made-up key facts about conftest's made-up reports, for this test only.
TEXTS = QUAKE_REPORTS
FACTS = tuple(
    KeyFact(name, "", tuple(re.compile(p) for p in patterns))
    for name, patterns in (
        ("quake", ("زلزال", "مدين")),
        ("buildings", ("انهيار", "مباني")),
        ("rescue", ("ناجين",)),
        ("mourning", ("الحداد",)),
        ("schools", ("المدارس",)),
    )
)


def best_by_brute_force(stated: list[frozenset[int]], costs: list[int], budget: int) -> int:
    best = 0
    for r in range(len(stated) + 1):
        for pick in itertools.combinations(range(len(stated)), r):
            if sum(costs[i] for i in pick) <= budget:
                best = max(best, len(frozenset().union(*(stated[i] for i in pick))))
    return best


def covered(chosen: list[int], stated: list[frozenset[int]]) -> int:
    return len(frozenset().union(*(stated[i] for i in chosen)))


def test_the_oracle_beats_the_greedy_where_the_greedy_falls_short() -> None:
    # The best rate first (three facts for six words) leaves no room for the pair that states four.
    stated = [frozenset({0, 1, 2}), frozenset({0, 1}), frozenset({2, 3})]
    costs = [6, 5, 5]
    assert covered(greedy_cover(stated, costs, 10), stated) == 3
    assert fact_oracle(stated, costs, 10) == [1, 2]


def test_the_oracle_states_as_many_facts_as_any_selection_that_fits() -> None:
    rng = np.random.default_rng(3)
    for _ in range(40):
        n, facts = int(rng.integers(1, 9)), int(rng.integers(1, 7))
        stated = [frozenset(int(f) for f in np.flatnonzero(rng.random(facts) < 0.35)) for _ in range(n)]
        costs = [int(c) for c in rng.integers(1, 12, size=n)]
        budget = int(rng.integers(5, 25))
        chosen = fact_oracle(stated, costs, budget)
        assert chosen == sorted(set(chosen))
        assert sum(costs[i] for i in chosen) <= budget
        assert covered(chosen, stated) == best_by_brute_force(stated, costs, budget)
        greedy = greedy_cover(stated, costs, budget)
        assert sum(costs[i] for i in greedy) <= budget and covered(greedy, stated) <= covered(chosen, stated)


def test_fewer_words_break_ties_and_nothing_stated_chooses_nothing() -> None:
    stated = [frozenset({0}), frozenset({0}), frozenset()]
    assert exact_cover(stated, [9, 4, 1], 10) == [1]
    assert fact_oracle([frozenset(), frozenset()], [3, 4], 10) == []


def test_past_the_exact_limit_the_greedy_chooses(monkeypatch: pytest.MonkeyPatch) -> None:
    stated = [frozenset({0, 1, 2}), frozenset({0, 1}), frozenset({2, 3})]
    monkeypatch.setattr(factoracle, "EXACT_LIMIT", 2)
    assert fact_oracle(stated, [6, 5, 5], 10) == greedy_cover(stated, [6, 5, 5], 10) == [0]


def test_the_oracle_system_on_a_made_up_cluster(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(REPO / "benchmarks"))
    sameday = importlib.import_module("sameday")
    oracle = sameday.systems_of("lead,oracle-facts")[-1]
    assert isinstance(oracle, FactOracleSystem) and oracle.name == "oracle-facts"
    for words in (15, 30, 60):
        summary = sameday.run(oracle, TEXTS, words, facts=FACTS)
        assert sum(count_words(s) for s in summary) <= words  # whole sentences, none cut
        got = len(set().union(*sameday.stated_sets(summary, FACTS)))
        # No other choice of whole candidate sentences that fits states more.
        item = sameday.build_input(sameday.Item(id="c", documents=TEXTS, summaries=()))
        texts = [u.text for u in item.candidates]
        assert set(summary) <= set(texts)
        stated = facts_of(texts, FACTS)
        assert got == best_by_brute_force(stated, [count_words(t) for t in texts], words)
        lead = sameday.run(sameday.systems_of("lead")[0], TEXTS, words, facts=FACTS)
        assert got >= len(set().union(*sameday.stated_sets(lead, FACTS)))


def test_facts_of_agrees_with_stated_by() -> None:
    sentences = [s for text in TEXTS for s in text.split(". ")]
    assert facts_of(sentences, FACTS) == [
        frozenset(k for k, f in enumerate(FACTS) if f.stated_by(s)) for s in sentences
    ]


def test_paired_bootstrap_on_made_up_counts() -> None:
    a, b = [5, 6, 7, 4, 6, 8], [4, 6, 5, 4, 3, 7]
    result = paired_bootstrap(a, b, resamples=500, seed=1)
    assert result == paired_bootstrap(a, b, resamples=500, seed=1)  # seeded
    assert result.difference == 7  # summed over the clusters
    assert 0 <= result.low <= result.difference <= result.high
    assert result.ahead + result.tied == pytest.approx(1.0)  # a never behind b in any cluster
    same = paired_bootstrap(a, a, resamples=200)
    assert (same.difference, same.low, same.high, same.ahead, same.tied) == (0, 0, 0, 0, 1)
    behind = paired_bootstrap(b, a, resamples=200)
    assert behind.high <= 0 and behind.ahead == 0
    mixed = paired_bootstrap([3, 0, 2, 0], [0, 3, 0, 2], resamples=2000, seed=0)
    assert mixed.difference == 0 and mixed.low < 0 < mixed.high and 0.2 < mixed.ahead < 0.8


def test_the_bootstrap_read_as_shares_stays_within_the_total() -> None:
    # Clusters of different sizes, nearly every fact stated: a sum never passes the facts there are.
    stated, totals = [9, 2, 14, 3, 7], [9, 3, 14, 3, 8]
    own = paired_bootstrap(stated, [0] * 5, totals=totals, resamples=1000)
    assert own.difference == 35 and own.low <= 35 <= own.high <= sum(totals)
    plain = paired_bootstrap(stated, [0] * 5, resamples=1000)
    assert plain.high > sum(totals)  # without the totals the resampled sums wander past them


def test_the_interval_table_shows_sums_and_paired_differences(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(REPO / "benchmarks"))
    sameday = importlib.import_module("sameday")
    per = {"khulasa": [5, 6, 7], "lead": [4, 6, 5], "oracle-facts": [7, 8, 8]}
    table = sameday.interval_table("pooled", per, [10, 10, 10], list(per))
    rows = {line.split(" | ")[0][2:]: line for line in table.splitlines() if line.startswith("| ")}
    assert "| 18 / 30 |" in rows["khulasa"] and "| 15 / 30 |" in rows["lead"]
    assert "| +3 |" in rows["lead"] and "| -5 |" in rows["oracle-facts"]
    assert "reads the key facts" in table
