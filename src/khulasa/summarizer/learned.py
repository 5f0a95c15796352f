"""Concept weights learned from features (issue 20; Li, Qian & Liu 2013, supervised bigram ILP).

Each concept a summary of several documents weighs (:func:`khulasa.summarizer.select.concept_weights`
and the settings' unigram and frame weights) gets a few features that carry over to unseen clusters
(no words of the data): its weight, the share of the documents and the facts holding it, how early
it is first mentioned, whether it is one word, a name, the story's frame, a figure, in a title. A
logistic model of those features (coefficients in ``resources/model/concept_weights.json``, fitted
by ``benchmarks/learn_weights.py``) predicts how likely a sentence holding the concept states a key
fact; the concept's weight is multiplied by that probability to the power
``Settings.learned_weight`` (0: off).
"""

from __future__ import annotations

import json
import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from khulasa.resources import read_resource
from khulasa.types import Fact

MODEL_RESOURCE = "model/concept_weights.json"
# How fast the position prior of a first mention decays (as Settings.position_decay's default).
FIRST_MENTION_DECAY = 1.5

FEATURES = (
    "log(1 + weight)",
    "weight / heaviest",
    "documents holding it (share)",
    "log(1 + facts holding it)",
    "1 / (1 + earliest sentence index)",
    "mean prior of its first mention per document",
    "single word",
    "frame words only",
    "holds a name word",
    "holds a figure",
    "in a title",
    "holds a stop word",
    "log documents in cluster",
)


@dataclass(frozen=True, slots=True)
class ConceptModel:
    """A logistic model over :data:`FEATURES`, on features standardized by ``mean`` and ``scale``."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """P(a sentence holding the concept states a key fact), per row of ``x``."""
        if not len(x):
            return np.zeros(0)
        z = (x - np.asarray(self.mean)) / np.asarray(self.scale)
        return 1.0 / (1.0 + np.exp(-(z @ np.asarray(self.coef) + self.intercept)))

    def to_dict(self) -> dict[str, object]:
        """The model as the packaged JSON holds it, with the names of its features."""
        return {
            "features": list(FEATURES),
            "mean": list(self.mean),
            "scale": list(self.scale),
            "coef": list(self.coef),
            "intercept": self.intercept,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> ConceptModel:
        """The model of :meth:`to_dict`'s dict; its features must be this version's."""
        if list(data["features"]) != list(FEATURES):  # type: ignore[call-overload]
            raise ValueError("concept model: its features are not this version's")
        return cls(
            mean=tuple(data["mean"]),  # type: ignore[arg-type]
            scale=tuple(data["scale"]),  # type: ignore[arg-type]
            coef=tuple(data["coef"]),  # type: ignore[arg-type]
            intercept=float(data["intercept"]),  # type: ignore[arg-type]
        )


@cache
def concept_model() -> ConceptModel:
    """The packaged model (read once)."""
    return ConceptModel.from_dict(json.loads(read_resource(MODEL_RESOURCE)))


@dataclass(slots=True)
class _Seen:
    docs: dict[str, int]  # document -> earliest sentence index holding the concept
    facts: int = 0


def _seen(facts: Sequence[Fact], fact_concepts: Sequence[frozenset[str]], wanted: Collection[str]) -> dict[str, _Seen]:
    """Per wanted concept: the documents holding it (with their earliest index) and the facts."""
    seen: dict[str, _Seen] = {}
    for fact, concepts in zip(facts, fact_concepts, strict=True):
        first: dict[str, int] = {}
        for s in fact.sentences:
            first[s.doc] = min(first.get(s.doc, s.index), s.index)
        for c in concepts:
            if c not in wanted:
                continue
            entry = seen.setdefault(c, _Seen({}))
            entry.facts += 1
            for doc, index in first.items():
                entry.docs[doc] = min(entry.docs.get(doc, index), index)
    return seen


def _words_flags(concept: str, frame: Collection[str], names: Collection[str]) -> list[float]:
    words = concept.split(" ")
    return [
        float(len(words) == 1),
        float(all(w in frame for w in words)),
        float(any(w in names for w in words)),
        float(any(ch.isdigit() for ch in concept)),
    ]


def concept_features(
    weights: Mapping[str, float],
    facts: Sequence[Fact],
    fact_concepts: Sequence[frozenset[str]],
    n_docs: int,
    *,
    frame: Collection[str] = frozenset(),
    names: Collection[str] = frozenset(),
    stop: Collection[str] = frozenset(),
    title_concepts: Collection[str] = frozenset(),
) -> tuple[list[str], np.ndarray]:
    """The concepts of ``weights`` (in a fixed order) and their rows of :data:`FEATURES`."""
    concepts = sorted(weights)
    seen = _seen(facts, fact_concepts, weights.keys())
    heaviest = max(weights.values(), default=1.0) or 1.0
    rows = []
    for c in concepts:
        entry = seen.get(c, _Seen({}))
        firsts = list(entry.docs.values())
        w = weights[c]
        rows.append(
            [
                math.log1p(w),
                w / heaviest,
                len(firsts) / max(n_docs, 1),
                math.log1p(entry.facts),
                1.0 / (1.0 + min(firsts, default=50)),
                float(np.mean([1.0 / (1.0 + k / FIRST_MENTION_DECAY) for k in firsts])) if firsts else 0.0,
                *_words_flags(c, frame, names),
                float(c in title_concepts),
                float(any(t in stop for t in c.split(" "))),
                math.log(max(n_docs, 1)),
            ]
        )
    return concepts, np.asarray(rows, dtype=float).reshape(len(concepts), len(FEATURES))


def reweighted(
    weights: Mapping[str, float], concepts: Sequence[str], probs: np.ndarray, power: float
) -> dict[str, float]:
    """``weights`` with each concept's weight times its probability to the ``power``, rescaled so
    that the concepts weigh as much in all as before (the claims and figures the selection adds
    later weigh per document, on the scale of the unlearned weights)."""
    out = dict(weights)
    for c, p in zip(concepts, probs, strict=True):
        out[c] = weights[c] * float(p) ** power
    before, after = sum(weights.values()), sum(out.values())
    if after <= 0:
        return dict(weights)
    return {c: w * before / after for c, w in out.items()}
