"""Budgeted, redundancy-aware selection of facts.

Every candidate is a :class:`Fact` (one statement, however many outlets carry it). Its value comes
from the *concepts* it covers - stemmed word bigrams (and optionally unigrams), as in ICSISumm
(Gillick & Favre 2009) - each weighted by how many documents mention it, plus a position prior,
because news puts the most important facts first.

- ``ilp``: exact concept-coverage ILP solved with HiGHS (``scipy.optimize.milp``).
- ``greedy``: the same objective maximized greedily by gain per unit of budget (Lin & Bilmes 2010).
- ``mmr``: maximal marginal relevance (Carbonell & Goldstein 1998) over concept vectors.
- ``lead``: first sentences of each document in turn.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, milp

from khulasa.config import Settings
from khulasa.normalize import Analyzer, count_words, tokenize
from khulasa.types import Fact

# The ILP sees only the best candidates by a cheap score: keeps solve time bounded on huge clusters.
MAX_ILP_CANDIDATES = 250
# Facts this similar may not both appear, even when the deduplicator kept them apart.
REDUNDANCY_JACCARD = 0.4


@dataclass(frozen=True, slots=True)
class Candidate:
    fact: Fact
    cost: int  # in budget units
    concepts: frozenset[str]
    prior: float  # position prior in (0, 1]
    words: int


def concepts_of(text: str, analyzer: Analyzer, *, unigrams: bool) -> frozenset[str]:
    """Stemmed bigrams that are not both stop words; stemmed content unigrams when asked."""
    tokens = tokenize(text)
    stems = analyzer.stem_tokens(tokens)
    stop = analyzer.stop
    out = {
        f"{stems[i]} {stems[i + 1]}"
        for i in range(len(tokens) - 1)
        if not (tokens[i] in stop and tokens[i + 1] in stop)
    }
    if unigrams:
        out.update(s for t, s in zip(tokens, stems, strict=True) if t not in stop and len(t) > 1)
    return frozenset(out)


def cost_of(text: str, unit: str) -> int:
    if unit == "words":
        return count_words(text)
    if unit == "chars":
        return len(text) + 1  # joined with one space
    return 1


def concept_weights(
    facts: Sequence[Fact],
    fact_concepts: Sequence[frozenset[str]],
    n_docs: int,
    *,
    position_decay: float,
    title_concepts: frozenset[str] = frozenset(),
) -> dict[str, float]:
    """Weight of a concept: the documents mentioning it, each counted by how early it does.

    A document contributes ``1 / (1 + k / position_decay)`` where ``k`` is the index of its first
    sentence with the concept, so lead material weighs more without favouring short sentences.
    With one document, every mention counts. Concepts in titles and headings gain one document.
    """
    best: dict[str, dict[str, float]] = {}
    total: dict[str, float] = {}
    for fact, concepts in zip(facts, fact_concepts, strict=True):
        for sentence in fact.sentences:
            prior = 1.0 / (1.0 + sentence.index / position_decay)
            for c in concepts:
                per_doc = best.setdefault(c, {})
                per_doc[sentence.doc] = max(per_doc.get(sentence.doc, 0.0), prior)
                total[c] = total.get(c, 0.0) + prior
    weights = {c: sum(d.values()) for c, d in best.items()} if n_docs > 1 else total
    for c in title_concepts & weights.keys():
        weights[c] += 1.0
    return weights


def value_of(cand: Candidate, weights: dict[str, float], position_scale: float) -> float:
    return sum(weights.get(c, 0.0) for c in cand.concepts) + position_scale * cand.prior


def _redundant_pairs(cands: Sequence[Candidate], analyzer: Analyzer) -> list[tuple[int, int]]:
    sets = [frozenset(analyzer.content_terms(c.fact.representative.text)) for c in cands]
    pairs = []
    for i in range(len(sets)):
        for j in range(i + 1, len(sets)):
            inter = len(sets[i] & sets[j])
            if inter and inter / len(sets[i] | sets[j]) >= REDUNDANCY_JACCARD:
                pairs.append((i, j))
    return pairs


def solve_ilp(
    cands: Sequence[Candidate],
    weights: dict[str, float],
    budget: int,
    position_scale: float,
    forbidden: Sequence[tuple[int, int]],
) -> list[int]:
    """Indices of the candidates maximizing covered concept weight + position prior within budget."""
    concepts = sorted({c for cand in cands for c in cand.concepts if weights.get(c, 0.0) > 0})
    index = {c: k for k, c in enumerate(concepts)}
    n, m = len(cands), len(concepts)
    # Variables: [y_0..y_{n-1} (facts), x_0..x_{m-1} (concepts)]; milp minimizes, so negate.
    objective = np.concatenate(
        [-np.array([position_scale * c.prior for c in cands]), -np.array([weights[c] for c in concepts])]
    )
    rows, cols, vals = [], [], []
    # x_c <= sum of y_j over facts j containing c
    for j, cand in enumerate(cands):
        for c in cand.concepts:
            if c in index:
                rows.append(index[c])
                cols.append(j)
                vals.append(-1.0)
    rows.extend(range(m))
    cols.extend(n + k for k in range(m))
    vals.extend([1.0] * m)
    coverage = sparse.csr_matrix((vals, (rows, cols)), shape=(m, n + m))
    constraints = [LinearConstraint(coverage, -np.inf, 0.0)]
    length = np.concatenate([np.array([c.cost for c in cands], dtype=float), np.zeros(m)])
    constraints.append(LinearConstraint(length[None, :], -np.inf, float(budget)))
    if forbidden:
        pr, pc, pv = [], [], []
        for r, (i, j) in enumerate(forbidden):
            pr += [r, r]
            pc += [i, j]
            pv += [1.0, 1.0]
        pairs = sparse.csr_matrix((pv, (pr, pc)), shape=(len(forbidden), n + m))
        constraints.append(LinearConstraint(pairs, -np.inf, 1.0))
    result = milp(
        objective,
        constraints=constraints,
        integrality=np.ones(n + m),
        bounds=Bounds(0, 1),
        options={"time_limit": 10.0, "mip_rel_gap": 1e-4},
    )
    if result.x is None:
        return []
    return [j for j in range(n) if result.x[j] > 0.5]


def solve_greedy(
    cands: Sequence[Candidate],
    weights: dict[str, float],
    budget: int,
    position_scale: float,
    forbidden: Sequence[tuple[int, int]],
) -> list[int]:
    """Greedy gain-per-cost maximization of the ILP's objective (a submodular function)."""
    blocked: dict[int, set[int]] = {}
    for i, j in forbidden:
        blocked.setdefault(i, set()).add(j)
        blocked.setdefault(j, set()).add(i)
    covered: set[str] = set()
    chosen: list[int] = []
    used = 0
    remaining = set(range(len(cands)))
    while remaining:
        best, best_ratio = -1, 0.0
        for j in sorted(remaining):
            cand = cands[j]
            if used + cand.cost > budget or blocked.get(j, set()) & set(chosen):
                continue
            gain = sum(weights.get(c, 0.0) for c in cand.concepts - covered) + position_scale * cand.prior
            ratio = gain / max(cand.cost, 1)
            if ratio > best_ratio:
                best, best_ratio = j, ratio
        if best < 0:
            break
        chosen.append(best)
        used += cands[best].cost
        covered |= cands[best].concepts
        remaining.discard(best)
    return chosen


def solve_mmr(
    cands: Sequence[Candidate],
    weights: dict[str, float],
    budget: int,
    position_scale: float,
    forbidden: Sequence[tuple[int, int]],
    *,
    trade_off: float = 0.7,
) -> list[int]:
    """Maximal marginal relevance: relevance = concept value, redundancy = concept overlap."""
    relevance = np.array([value_of(c, weights, position_scale) for c in cands])
    if relevance.max(initial=0) > 0:
        relevance = relevance / relevance.max()
    blocked = {frozenset(p) for p in forbidden}
    chosen: list[int] = []
    used = 0
    remaining = set(range(len(cands)))
    while remaining:
        best, best_score = -1, -np.inf
        for j in sorted(remaining):
            if used + cands[j].cost > budget or any(frozenset((j, k)) in blocked for k in chosen):
                continue
            overlap = max(
                (len(cands[j].concepts & cands[k].concepts) / max(len(cands[j].concepts), 1) for k in chosen),
                default=0.0,
            )
            score = trade_off * relevance[j] - (1 - trade_off) * overlap
            if score > best_score:
                best, best_score = j, score
        if best < 0:
            break
        chosen.append(best)
        used += cands[best].cost
        remaining.discard(best)
    return chosen


def solve_lead(cands: Sequence[Candidate], budget: int) -> list[int]:
    """Round-robin over documents by sentence position, while the budget allows."""
    by_position = sorted(range(len(cands)), key=lambda j: (cands[j].fact.representative.index, j))
    chosen, used = [], 0
    for j in by_position:
        if used + cands[j].cost <= budget:
            chosen.append(j)
            used += cands[j].cost
    return chosen


def select(
    facts: Sequence[Fact],
    candidate_ok: Sequence[bool],
    n_docs: int,
    settings: Settings,
    analyzer: Analyzer,
    titles: Sequence[str] = (),
) -> list[Fact]:
    """Choose the facts of the summary, in selection order, within the settings' budget."""
    unit, budget = settings.budget
    title_concepts = frozenset().union(
        *(concepts_of(t, analyzer, unigrams=settings.unigram_weight > 0) for t in titles)
    )
    all_concepts = [
        concepts_of(f.representative.text, analyzer, unigrams=settings.unigram_weight > 0) for f in facts
    ]
    weights = concept_weights(
        facts, all_concepts, n_docs, position_decay=settings.position_decay, title_concepts=title_concepts
    )
    if settings.unigram_weight > 0:
        weights = {c: w * (settings.unigram_weight if " " not in c else 1.0) for c, w in weights.items()}
    # Keep concepts that recur: with several documents, those in at least two of them.
    if n_docs > 1:
        recurring = {c: w for c, w in weights.items() if w >= settings.min_concept_weight}
        if recurring:
            weights = recurring
    cands = []
    for fact, concepts, ok in zip(facts, all_concepts, candidate_ok, strict=True):
        if not ok:
            continue
        # Best (earliest) position among the fact's wordings, as a prior in (0, 1].
        position = min(s.index for s in fact.sentences)
        prior = 1.0 / (1.0 + position / settings.position_decay)
        text = fact.representative.text
        cands.append(Candidate(fact, cost_of(text, unit), concepts, prior, count_words(text)))
    if not cands:
        return []
    mean_value = float(np.mean([sum(weights.get(c, 0.0) for c in cand.concepts) for cand in cands]))
    position_scale = settings.position_weight * max(mean_value, 1.0)
    cands = [c for c in cands if c.cost <= budget]
    if not cands:
        return []
    if settings.method == "lead":
        return [cands[j].fact for j in solve_lead(cands, budget)]
    if len(cands) > MAX_ILP_CANDIDATES:
        order = sorted(
            range(len(cands)),
            key=lambda j: -value_of(cands[j], weights, position_scale) / max(cands[j].cost, 1) ** 0.5,
        )
        cands = [cands[j] for j in sorted(order[:MAX_ILP_CANDIDATES])]
    forbidden = _redundant_pairs(cands, analyzer)
    solver = {"ilp": solve_ilp, "greedy": solve_greedy, "mmr": solve_mmr}[settings.method]
    chosen = solver(cands, weights, budget, position_scale, forbidden)
    return [cands[j].fact for j in chosen]
