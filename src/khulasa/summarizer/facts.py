"""Cross-outlet deduplication: sentences that state the same thing become one :class:`Fact`.

Wire copy reaches many outlets with small edits (a word changed, a clause dropped, other spelling).
Two sentences are the same fact when their stemmed content words overlap strongly (idf-weighted
Jaccard), or when one is almost contained in the other. Candidate pairs come from a sparse product restricted to
informative (not ubiquitous) terms, so large clusters stay far from quadratic.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Hashable, Iterable, Sequence

import numpy as np
from scipy import sparse

from khulasa.deadline import check_time, checked
from khulasa.extract.claims import claims_key, claims_of, differ, differing_figures
from khulasa.text.normalize import Analyzer
from khulasa.types import Fact, Sentence

# Terms in more sentences than this share are too common to suggest a duplicate on their own.
_COMMON_TERM_SHARE = 0.05
_COMMON_TERM_FLOOR = 50
# Identical term sets this large are the same statement (fewer could be a stock phrase).
_MIN_SHARED_TERMS = 2
# Sentences equal but for their numbers are copies when this many other terms remain.
_MIN_NEAR_COPY_TERMS = 4
# Sentence-by-term matrices up to this many cells are compared densely.
_DENSE_MAX_CELLS = 200_000
# Containment needs enough words in the shorter sentence to mean anything.
_MIN_CONTAINED_TERMS = 4


def term_matrix(term_lists: Sequence[Collection[str]]) -> tuple[sparse.csr_matrix, dict[str, int]]:
    """Binary sentence-by-term matrix (each row a set of terms)."""
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, terms in enumerate(term_lists):
        for t in sorted(set(terms)):  # sorted: same columns in every run
            rows.append(i)
            cols.append(vocab.setdefault(t, len(vocab)))
    data = np.ones(len(rows), dtype=np.float32)
    matrix = sparse.csr_matrix((data, (rows, cols)), shape=(len(term_lists), max(len(vocab), 1)))
    return matrix, vocab


def _candidate_overlaps(
    matrix: sparse.csr_matrix, informative: np.ndarray, idf: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs ``i < j`` sharing two informative terms at least, with their idf-weighted overlap.

    Small inputs (one article, a few dozen sentences) go through dense arrays: sparse products
    cost more in set-up than in work there. Both paths give the same pairs.
    """
    n, v = matrix.shape
    if n * v <= _DENSE_MAX_CELLS:
        dense = matrix.toarray()
        rare = dense[:, informative]
        rows, cols = np.nonzero(np.triu(rare @ rare.T >= 2, k=1))
        inter = ((dense * idf) @ dense.T)[rows, cols]
        return rows, cols, inter
    rare = matrix[:, np.flatnonzero(informative)]
    candidates = sparse.triu(rare @ rare.T, k=1).tocoo()
    keep = candidates.data >= 2
    rows, cols = candidates.row[keep], candidates.col[keep]
    inter = np.asarray(matrix[rows].multiply(matrix[cols]) @ idf).ravel()
    return rows, cols, inter


def similar_pairs(term_sets: Sequence[frozenset[str]], *, jaccard: float, containment: float) -> list[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, whose term sets are near-duplicates.

    Similarity is Jaccard (or containment in the smaller set) with terms weighted by idf.
    """
    n = len(term_sets)
    if n < 2:
        return []
    matrix, _ = term_matrix(term_sets)
    df = np.asarray(matrix.sum(axis=0)).ravel()
    informative = df <= max(_COMMON_TERM_FLOOR, _COMMON_TERM_SHARE * n)
    # Overlap weighted by inverse sentence frequency: names every outlet repeats ("الرئيس الروسي")
    # say little about whether two sentences report the same thing; rare words do.
    idf = np.log((n + 1) / np.maximum(df, 1)).astype(np.float32)
    rows, cols, inter = _candidate_overlaps(matrix, informative, idf)
    if rows.size == 0:
        return []
    weight = np.asarray(matrix @ idf).ravel()
    count = np.asarray(matrix.sum(axis=1)).ravel()
    a, b = weight[rows], weight[cols]
    jac = inter / np.maximum(a + b - inter, 1e-9)
    smaller = np.minimum(a, b)
    fewer_terms = np.minimum(count[rows], count[cols])
    contained = (inter / np.maximum(smaller, 1e-9) >= containment) & (fewer_terms >= _MIN_CONTAINED_TERMS)
    hit = (jac >= jaccard) | contained
    return list(zip(rows[hit].tolist(), cols[hit].tolist(), strict=True))


def _components_apart(
    texts: Sequence[str], pairs: Sequence[tuple[int, int]]
) -> tuple[list[list[int]], list[tuple[int, int]]]:
    """Components of ``pairs`` in which no two texts state different figures or names.

    Pairs are joined in the order given; a join is refused when some text of one side differs
    from some text of the other (:func:`khulasa.extract.claims.differ`), so that "12 dead" and "15 dead"
    never meet through a third wording that gives no figure. Returns the components and the
    refused pairs whose figures differ (the material of disputes).
    """
    n = len(texts)
    owner = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    # One wording per distinct claim (figures and names): copies that differ in other words, or in
    # a number that is no figure, are checked once, not once per copy.
    # Read lazily: most sentences are in no pair, and reading claims is the costly part.
    wordings: dict[int, dict[Hashable, int]] = {}
    refused: list[tuple[int, int]] = []
    for i, j in checked(pairs):
        a, b = owner[i], owner[j]
        if a == b:
            continue
        for k in (a, b):
            if k not in wordings:
                wordings[k] = {claims_key(texts[k]): k}
        clash = next(
            (
                (x, y)
                for kx, x in wordings[a].items()
                for ky, y in wordings[b].items()
                if kx != ky and differ(claims_of(texts[x]), claims_of(texts[y]))
            ),
            None,
        )
        if clash is not None:
            x, y = clash
            if differing_figures(claims_of(texts[x]), claims_of(texts[y])):
                refused.append((i, j))
            continue
        if len(members[a]) < len(members[b]):
            a, b = b, a
        for k in members[b]:
            owner[k] = a
        members[a].extend(members.pop(b))
        for key, k in wordings.pop(b).items():
            wordings[a].setdefault(key, k)
    return sorted((sorted(m) for m in members.values()), key=lambda g: g[0]), refused


def group_facts(
    sentences: Sequence[Sentence],
    analyzer: Analyzer,
    *,
    jaccard: float,
    containment: float,
    is_candidate: Sequence[bool] | None = None,
) -> tuple[Fact, ...]:
    """Group ``sentences`` (all documents, in reading order) into facts.

    Near-duplicates whose figures (numbers, dates) or names differ stay apart; each such pair is
    kept on both facts as :attr:`Fact.contested`, so that a summary can show the difference.
    The representative of each fact is a candidate sentence (when one exists) sharing the most
    words with the fact's other wordings, earliest on ties: it reads as the common account.
    """
    # Copies of a sentence (wire copy, a feed that repeats an article) share one term set.
    by_text: dict[str, frozenset[str]] = {}
    term_sets = []
    for s in checked(sentences):
        terms = by_text.get(s.text)
        if terms is None:
            terms = by_text[s.text] = frozenset(analyzer.content_terms(s.text))
        term_sets.append(terms)
    pairs, unique = _copy_pairs(term_sets)
    check_time()
    found = similar_pairs([term_sets[i] for i in unique], jaccard=jaccard, containment=containment)
    check_time()
    pairs.extend((unique[a], unique[b]) for a, b in found)
    components, refused = _components_apart([s.text for s in sentences], pairs)
    check_time()
    contested = _contested(components, refused)
    candidate = list(is_candidate) if is_candidate is not None else [True] * len(sentences)
    facts = []
    for fact_id, members in enumerate(components):
        if len(members) > 1:
            best = _most_central(members, term_sets, candidate)
            members = [best] + [m for m in members if m != best]
        others = tuple(sentences[j] for j in sorted(set(contested.get(fact_id, ()))))
        facts.append(Fact(fact_id, tuple(sentences[i] for i in members), others))
    return tuple(facts)


def _copy_pairs(term_sets: Sequence[frozenset[str]]) -> tuple[list[tuple[int, int]], list[int]]:
    """Pairs linking copies to their first occurrence, and the sentences that are no copy.

    Word-for-word wire copies share one term set, and near-exact copies (a running number, an
    updated count) share it but for their numbers: compare each distinct set once (large
    clusters repeat agency copy many times), then link every copy to its first occurrence.
    """
    first: dict[frozenset[str], int] = {}
    first_near: dict[frozenset[str], int] = {}
    unique: list[int] = []
    pairs: list[tuple[int, int]] = []
    near_of: dict[frozenset[str], frozenset[str]] = {}
    for i, terms in enumerate(term_sets):
        near = near_of.get(terms)
        if near is None:
            near = near_of[terms] = frozenset(t for t in terms if not t[:1].isdigit())
        if len(terms) >= _MIN_SHARED_TERMS and terms in first:
            pairs.append((first[terms], i))
        elif len(near) >= _MIN_NEAR_COPY_TERMS and near in first_near:
            # Equal but for a number: joined unless the numbers differ (then contested, see
            # _components_apart); its own exact copies join it, so outlets giving the same other
            # number still make one fact.
            pairs.append((first_near[near], i))
            if len(terms) >= _MIN_SHARED_TERMS:
                first.setdefault(terms, i)
        else:
            first.setdefault(terms, i)
            if len(near) >= _MIN_NEAR_COPY_TERMS:
                first_near.setdefault(near, i)
            unique.append(i)
    return pairs, unique


def _contested(components: Sequence[Sequence[int]], refused: Iterable[tuple[int, int]]) -> dict[int, list[int]]:
    """For each fact (by index), the sentences of other facts it was refused to merge with."""
    fact_of = {i: k for k, members in enumerate(components) for i in members}
    contested: dict[int, list[int]] = {}
    for i, j in refused:
        contested.setdefault(fact_of[i], []).append(j)
        contested.setdefault(fact_of[j], []).append(i)
    return contested


def _most_central(members: Sequence[int], term_sets: Sequence[frozenset[str]], candidate: Sequence[bool]) -> int:
    """The member sharing the most terms with the others (a candidate first, earliest on ties).

    The words member ``i`` shares with all others add up to the sum, over its terms, of how many
    other members hold each term; members with equal term sets (copies) are counted together.
    Linear in the fact's size, where comparing every pair of members was quadratic (4,000 copies
    of one article took minutes).
    """
    copies = Counter(term_sets[i] for i in members)
    holders: Counter[str] = Counter()
    for terms, count in copies.items():
        for t in terms:
            holders[t] += count
    shared = {terms: sum(holders[t] for t in terms) - len(terms) for terms in copies}
    return max(members, key=lambda i: (candidate[i], shared[term_sets[i]], -i))
