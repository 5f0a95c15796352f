"""Two classic multi-document peers written for khulasa: MEAD's centroid and Lin & Bilmes' submodular.

Both read the candidates as :mod:`khulasa.evaluation.peers` gives them to every peer, with our
analyzer (normalized tokens, stop words removed, Snowball stems). A candidate is a tf-idf vector of
its stemmed content terms: raw counts times ``log((n + 1) / (df + 0.5))``
(:func:`khulasa.text.normalize.smoothed_idf`), where ``n`` counts the item's candidates and ``df``
the candidates holding the term. The idf is over the cluster's *sentences*, not its documents: in a
cluster of articles on one event the words of the event are in every article, and a document idf
would weigh them zero (the ``lexrank`` peer lost 7.5 ROUGE-2 points on MultiLing to document idf).

- ``centroid`` (Radev et al. 2004, MEAD): the centroid is the cluster's mean document vector (term
  counts per document averaged over the documents, times the idf). A candidate scores
  ``C + P + F`` (MEAD's three features, weight 1 each): ``C`` the sum of the centroid values of its
  terms (each occurrence); ``P = C_max (n - i) / n`` for the ``i``-th of ``n`` units of its document
  (counting from 0; headings are units), ``C_max`` the highest ``C`` in the document, as in MEAD;
  ``F = C_max cos(first, s)``, the overlap with the document's first unit (its title when it has
  one). MEAD's overlap is a raw inner product; as a cosine scaled like ``P`` the three features
  weigh alike. MEAD's reranker then reads the candidates best first and sends a candidate whose
  cosine with one kept before it exceeds 0.7 to the end (in score order).
- ``submodular`` (Lin & Bilmes 2011): ``F(S) = L(S) + λ R(S)`` with the saturated coverage
  ``L(S) = Σ_i min(C_i(S), α C_i(V))``, ``C_i(S) = Σ_{j∈S} w_ij`` (``w`` the tf-idf cosine, a
  sentence with itself included), ``α = a / N`` for ``N`` candidates, and the diversity reward
  ``R(S) = Σ_k sqrt(Σ_{j∈S∩P_k} r_j)``, ``r_j = (1/N) Σ_i w_ij``, over ``K = 0.2 N`` k-means clusters
  of the L2-normalized tf-idf vectors (scikit-learn, seeded). Parameters as the paper's DUC-04
  setting: ``a = 5``, ``λ = 6``, ``K = 0.2 N``, cost-scaling exponent ``r = 0.3``. The greedy adds
  the candidate with the highest ``gain / words^r`` that still fits the budget (one that no longer
  fits never will: it is set aside), then, as the paper's algorithm does, keeps the best single
  candidate instead when that alone scores higher. The ranking is the greedy's picks, then the rest
  by their cost-scaled gain given the picks: the first of them is the one the runner cuts at the
  budget, as it cuts every peer's last sentence. Without a budget the greedy ranks every candidate
  (cubic in the candidates: for small items).

Both keep a dense candidate-by-candidate cosine matrix: memory grows with the square of the
candidates (fine for clusters of tens of articles; not meant for the scaling benchmark's thousand).
"""

from __future__ import annotations

import math
import warnings
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from khulasa.errors import MissingExtraError
from khulasa.evaluation.inputs import ItemInput
from khulasa.text.normalize import Analyzer, count_words, smoothed_idf

REDUNDANCY_COSINE = 0.7  # MEAD's reranker: a candidate more similar than this to a kept one waits
SATURATION = 5.0  # a in α = a / N
DIVERSITY = 6.0  # λ
CLUSTER_SHARE = 0.2  # K = 0.2 N k-means clusters
COST_EXPONENT = 0.3  # r in gain / cost^r
SEED = 0


@dataclass(frozen=True, slots=True)
class Vectors:
    """The candidates' stemmed content terms, their idf and L2-normalized tf-idf rows."""

    terms: tuple[tuple[str, ...], ...]
    idf: dict[str, float]
    rows: sparse.csr_matrix

    def similarity(self) -> np.ndarray:
        """Cosine of every pair of candidates (0 for a candidate without content terms)."""
        dense = (self.rows @ self.rows.T).toarray()
        return np.clip(dense, 0.0, 1.0)


def vectors(item: ItemInput) -> Vectors:
    """tf-idf vectors of the item's candidates, idf over the candidates (see the module docstring)."""
    analyzer = Analyzer(stem=True)
    terms = tuple(tuple(analyzer.content_terms(u.text)) for u in item.candidates)
    df = Counter(t for ts in terms for t in set(ts))
    idf = smoothed_idf(df, len(terms))
    index = {t: k for k, t in enumerate(sorted(df))}
    data: list[float] = []
    cols: list[int] = []
    indptr = [0]
    for ts in terms:
        counts = Counter(ts)
        weights = [c * idf[t] for t, c in counts.items()]
        norm = math.sqrt(sum(w * w for w in weights)) or 1.0
        data.extend(w / norm for w in weights)
        cols.extend(index[t] for t in counts)
        indptr.append(len(data))
    rows = sparse.csr_matrix((data, cols, indptr), shape=(len(terms), max(len(index), 1)))
    return Vectors(terms=terms, idf=idf, rows=rows)


# --- centroid (MEAD) ---------------------------------------------------------------------------


def _documents(item: ItemInput) -> list[range]:
    """Each document's candidate indices (candidates are the documents' units, document after document)."""
    out, start = [], 0
    for units in item.units:
        out.append(range(start, start + len(units)))
        start += len(units)
    return out


def centroid_scores(item: ItemInput, vec: Vectors, similarity: np.ndarray) -> np.ndarray:
    """MEAD's ``C + P + F`` per candidate (see the module docstring)."""
    documents = [d for d in _documents(item) if len(d)]
    totals = Counter(t for ts in vec.terms for t in ts)
    centroid = {t: vec.idf[t] * c / max(len(documents), 1) for t, c in totals.items()}
    central = np.array([sum(centroid[t] for t in ts) for ts in vec.terms])
    scores = central.copy()
    for doc in documents:
        top = float(central[doc.start : doc.stop].max())
        n = len(doc)
        for i, k in enumerate(doc):
            scores[k] += top * (n - i) / n + top * similarity[doc.start, k]
    return scores


def skip_redundant(order: Sequence[int], similarity: np.ndarray, threshold: float) -> list[int]:
    """``order`` with each candidate too similar to one kept before it moved to the end (in order)."""
    kept: list[int] = []
    later: list[int] = []
    for k in order:
        (later if any(similarity[k, j] > threshold for j in kept) else kept).append(k)
    return kept + later


def centroid_ranking(item: ItemInput) -> list[int]:
    """Candidate indices by MEAD's centroid, position and first-sentence scores, redundant ones last."""
    vec = vectors(item)
    similarity = vec.similarity()
    scores = centroid_scores(item, vec, similarity)
    order = sorted(range(len(scores)), key=lambda k: (-scores[k], k))
    return skip_redundant(order, similarity, REDUNDANCY_COSINE)


# --- submodular (Lin & Bilmes 2011) ------------------------------------------------------------


def kmeans_labels(rows: sparse.csr_matrix, share: float = CLUSTER_SHARE) -> np.ndarray:
    """k-means cluster of each row, ``K = round(share * N)`` (at least 1), seeded."""
    n = rows.shape[0]
    k = max(1, min(n, round(share * n)))
    if k == 1:
        return np.zeros(n, dtype=int)
    try:
        from sklearn.cluster import KMeans
    except ImportError:
        raise MissingExtraError("the submodular peer (scikit-learn)", "bench") from None
    with warnings.catch_warnings():
        # Repeated sentences make fewer distinct points than clusters: k-means says so, and copes.
        warnings.simplefilter("ignore")
        labels = KMeans(n_clusters=k, n_init=1, random_state=SEED).fit_predict(rows)
    return np.asarray(labels, dtype=int)


class Objective:
    """``F(S) = L(S) + λ R(S)`` of Lin & Bilmes, kept for a growing ``S``."""

    def __init__(self, similarity: np.ndarray, labels: np.ndarray) -> None:
        n = len(similarity)
        self.similarity = similarity
        self.cap = (SATURATION / n) * similarity.sum(axis=1)
        self.reward = similarity.sum(axis=0) / n
        self.labels = labels
        self.covered = np.zeros(n)
        self.cluster_reward = np.zeros(int(labels.max()) + 1 if n else 0)

    def value(self) -> float:
        """``F(S)`` of the candidates added so far."""
        coverage = float(np.minimum(self.covered, self.cap).sum())
        return coverage + DIVERSITY * float(np.sqrt(self.cluster_reward).sum())

    def gains(self) -> np.ndarray:
        """``F(S ∪ {j}) - F(S)`` for every candidate ``j``."""
        now = np.minimum(self.covered, self.cap)
        after = np.minimum(self.covered[:, None] + self.similarity, self.cap[:, None])
        coverage = (after - now[:, None]).sum(axis=0)
        held = self.cluster_reward[self.labels]
        return coverage + DIVERSITY * (np.sqrt(held + self.reward) - np.sqrt(held))

    def add(self, j: int) -> None:
        """Put candidate ``j`` into ``S``."""
        self.covered += self.similarity[:, j]
        self.cluster_reward[self.labels[j]] += self.reward[j]


def greedy(objective: Objective, costs: np.ndarray, budget: float) -> list[int]:
    """The cost-scaled greedy: the best ``gain / cost^r`` among the candidates that still fit."""
    scale = costs**COST_EXPONENT
    open_ = np.ones(len(costs), dtype=bool)
    picked: list[int] = []
    left = budget
    while True:
        open_ &= costs <= left
        if not open_.any():
            return picked
        ratio = np.where(open_, objective.gains() / scale, -np.inf)
        j = int(np.argmax(ratio))
        picked.append(j)
        objective.add(j)
        open_[j] = False
        left -= costs[j]


def _budgeted(similarity: np.ndarray, labels: np.ndarray, costs: np.ndarray, words: int) -> list[int]:
    objective = Objective(similarity, labels)
    alone = objective.gains()  # F({j}) for every j
    picked = greedy(objective, costs, float(words))
    fits = np.where(costs <= words, alone, -np.inf)
    best = int(np.argmax(fits))
    if np.isfinite(fits[best]) and fits[best] > objective.value():
        picked = [best]
        objective = Objective(similarity, labels)
        objective.add(best)
    chosen = set(picked)
    ratio = objective.gains() / costs**COST_EXPONENT
    rest = sorted((k for k in range(len(costs)) if k not in chosen), key=lambda k: (-ratio[k], k))
    return picked + rest


def submodular_ranking(item: ItemInput, words: int | None = None) -> list[int]:
    """Candidate indices by Lin & Bilmes' cost-scaled greedy within ``words`` (all of them without)."""
    vec = vectors(item)
    if not vec.terms:
        return []
    similarity = vec.similarity()
    labels = kmeans_labels(vec.rows)
    costs = np.array([max(count_words(u.text), 1) for u in item.candidates], dtype=float)
    if words is None:
        return greedy(Objective(similarity, labels), costs, math.inf)
    return _budgeted(similarity, labels, costs, words)
