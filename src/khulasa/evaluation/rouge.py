"""ROUGE-1/2/L with khulasa's Arabic-aware tokenizer, computed by the ``rouge-score`` package.

rouge-score's default tokenizer keeps only ``[a-z0-9]`` and so scores Arabic 0; we hand it
:func:`khulasa.text.normalize.tokenize` instead (diacritics, tatweel, alef/ya/ta-marbuta/hamza variants
and Arabic-Indic digits folded; punctuation dropped; numbers kept). With ``stem=True`` tokens
are also Snowball-stemmed (our :class:`~khulasa.text.normalize.Analyzer`), the analogue of
ROUGE-1.5.5's ``-m``. No stop words are removed (ROUGE-1.5.5 without ``-s``). ROUGE-L is
rouge-score's ``rougeL``: one LCS over the whole text, not the sentence-union ``rougeLsum``.

Several references per item: ``multi="mean"`` (the default) averages precision, recall and F1
over the references; ``multi="max"`` keeps, per ROUGE type, the reference with the best F1
(rouge-score's ``score_multi``). The mean reproduces the lead figures that issue 4's baseline
table was measured with (ROUGE-2 recall 19.1 on MultiLing 2011 ar dev @250 words, 45.1 on EASC
@100); see docs/benchmarks.md.

Confidence intervals: percentile bootstrap over items with a seeded numpy Generator (rouge-score's
own aggregator uses the unseeded global ``np.random``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from khulasa.errors import MissingExtraError, SettingsError, no_references, unknown_multi
from khulasa.text.normalize import Analyzer, tokenize

ROUGE_TYPES: tuple[str, ...] = ("rouge1", "rouge2", "rougeL")
Multi = Literal["mean", "max"]
MULTI_MODES: tuple[str, ...] = ("mean", "max")


@dataclass(frozen=True, slots=True)
class RougeScore:
    """Precision, recall and F1 of one ROUGE type, each between 0 and 1."""

    precision: float
    recall: float
    f1: float


class RougeTokenizer:
    """The tokenizer object rouge-score expects: ``tokenize(text) -> list[str]``."""

    __slots__ = ("_analyzer",)

    def __init__(self, *, stem: bool = False) -> None:
        self._analyzer = Analyzer(stem=True) if stem else None

    def tokenize(self, text: str) -> list[str]:
        """The tokens ROUGE counts (stemmed when the tokenizer stems)."""
        if self._analyzer is None:
            return tokenize(text)
        return self._analyzer.terms(text)


def _rouge_scorer(types: Sequence[str], tokenizer: RougeTokenizer) -> Any:
    try:
        from rouge_score.rouge_scorer import RougeScorer
    except ImportError:
        raise MissingExtraError("ROUGE scoring", "bench") from None
    return RougeScorer(list(types), tokenizer=tokenizer)


class Rouge:
    """Scores a candidate summary against one or more references.

    Parameters
    ----------
    types:
        rouge-score type names, e.g. ``("rouge1", "rouge2", "rougeL")``.
    stem:
        Stem tokens with the Snowball Arabic stemmer before matching.
    multi:
        How several references combine: ``"mean"`` over references or ``"max"`` (best F1).
    """

    __slots__ = ("_scorer", "multi", "stem", "tokenizer", "types")

    def __init__(self, types: Sequence[str] = ROUGE_TYPES, *, stem: bool = False, multi: Multi = "mean") -> None:
        if multi not in MULTI_MODES:
            raise SettingsError(unknown_multi(multi))
        self.types = tuple(types)
        self.stem = stem
        self.multi = multi
        self.tokenizer = RougeTokenizer(stem=stem)
        self._scorer = _rouge_scorer(self.types, self.tokenizer)

    def score(self, references: Sequence[str], candidate: str) -> dict[str, RougeScore]:
        """ROUGE of ``candidate`` against ``references`` (at least one), per type."""
        if not references:
            raise SettingsError(no_references())
        per_ref = [self._scorer.score(ref, candidate) for ref in references]
        out = {}
        for t in self.types:
            if self.multi == "max":
                best = max(per_ref, key=lambda s: s[t].fmeasure)[t]
                out[t] = RougeScore(best.precision, best.recall, best.fmeasure)
            else:
                out[t] = RougeScore(
                    float(np.mean([s[t].precision for s in per_ref])),
                    float(np.mean([s[t].recall for s in per_ref])),
                    float(np.mean([s[t].fmeasure for s in per_ref])),
                )
        return out


def bootstrap_ci(
    values: Sequence[float], *, resamples: int = 1000, level: float = 0.95, seed: int = 0
) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean of ``values`` (resampling items), seeded."""
    data = np.asarray(values, dtype=float)
    if data.size == 0:
        return (float("nan"), float("nan"))
    rng = np.random.default_rng(seed)
    means = data[rng.integers(0, data.size, size=(resamples, data.size))].mean(axis=1)
    tail = (1.0 - level) / 2.0
    low, high = np.quantile(means, [tail, 1.0 - tail])
    return float(low), float(high)


@dataclass(frozen=True, slots=True)
class PairedBootstrap:
    """A paired bootstrap of ``a - b`` summed over items: the observed difference, its percentile
    interval, and the shares of resamples where ``a`` is ahead (sum larger) and where they tie."""

    difference: float
    low: float
    high: float
    ahead: float
    tied: float


def paired_bootstrap(
    a: Sequence[float],
    b: Sequence[float],
    *,
    totals: Sequence[float] | None = None,
    resamples: int = 2000,
    level: float = 0.95,
    seed: int = 0,
) -> PairedBootstrap:
    """Resample items (the same ones for both systems) with replacement, seeded, and read the sum of
    ``a[i] - b[i]`` over each resample: the interval of that difference and how often it is > 0.

    With ``totals`` (what each item could score at most, e.g. its key facts) each resample's sum is
    read as a share of the resample's total and scaled back to the observed total, so that items of
    different sizes do not widen the interval and it never passes the total (a ratio estimator).
    ``b`` all zeros gives the interval of ``sum(a)`` itself."""
    diff = np.asarray(a, dtype=float) - np.asarray(b, dtype=float)
    if diff.size == 0:
        return PairedBootstrap(0.0, float("nan"), float("nan"), float("nan"), float("nan"))
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, diff.size, size=(resamples, diff.size))
    sums = diff[picks].sum(axis=1)
    if totals is not None:
        whole = np.asarray(totals, dtype=float)
        sums = sums * (whole.sum() / np.maximum(whole[picks].sum(axis=1), 1e-12))
    tail = (1.0 - level) / 2.0
    low, high = np.quantile(sums, [tail, 1.0 - tail])
    return PairedBootstrap(
        float(diff.sum()), float(low), float(high), float(np.mean(sums > 0)), float(np.mean(sums == 0))
    )
