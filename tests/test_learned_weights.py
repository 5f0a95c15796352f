"""Concept weights learned from features (khulasa.summarizer.learned; off by default)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from khulasa.config import Settings
from khulasa.demo import demo_records_path
from khulasa.errors import SettingsError
from khulasa.io import load_documents
from khulasa.summarizer import learned
from khulasa.summarizer.pipeline import summarize
from khulasa.types import Fact, Sentence


def fact(fact_id: int, *wordings: tuple[str, int, str]) -> Fact:
    return Fact(fact_id, tuple(Sentence(doc, index, 0, len(text), text) for doc, index, text in wordings))


def test_learned_features_read_documents_facts_first_mentions_and_word_kinds():
    facts = [
        fact(0, ("a", 0, "x"), ("b", 2, "x")),
        fact(1, ("a", 3, "y"), ("c", 1, "y")),
        fact(2, ("b", 0, "z")),
    ]
    concepts = [frozenset({"قتل 12", "بوتين"}), frozenset({"قتل 12", "في القمه"}), frozenset({"في القمه"})]
    weights = {"قتل 12": 2.0, "بوتين": 1.0, "في القمه": 0.5}
    names, x = learned.concept_features(
        weights,
        facts,
        concepts,
        4,
        frame=frozenset({"بوتين"}),
        names=frozenset({"بوتين"}),
        stop=frozenset({"في"}),
        title_concepts=frozenset({"بوتين"}),
    )
    assert names == sorted(weights)
    assert x.shape == (3, len(learned.FEATURES))
    row = dict(zip(learned.FEATURES, x[names.index("قتل 12")], strict=True))
    assert row["log(1 + weight)"] == pytest.approx(math.log(3.0))
    assert row["weight / heaviest"] == 1.0
    assert row["documents holding it (share)"] == 0.75  # a, b and c of 4
    assert row["log(1 + facts holding it)"] == pytest.approx(math.log(3.0))
    assert row["1 / (1 + earliest sentence index)"] == 1.0
    assert row["holds a figure"] == 1.0 and row["single word"] == 0.0
    assert row["log documents in cluster"] == pytest.approx(math.log(4))
    putin = dict(zip(learned.FEATURES, x[names.index("بوتين")], strict=True))
    assert putin["single word"] == putin["frame words only"] == putin["holds a name word"] == 1.0
    assert putin["in a title"] == 1.0 and putin["holds a figure"] == 0.0
    summit = dict(zip(learned.FEATURES, x[names.index("في القمه")], strict=True))
    assert summit["holds a stop word"] == 1.0 and summit["holds a name word"] == 0.0
    # First mentions: a at 3, c at 1, b at 0 -> priors 1/(1+k/1.5), averaged.
    expected = np.mean([1 / (1 + 3 / 1.5), 1 / (1 + 1 / 1.5), 1.0])
    assert summit["mean prior of its first mention per document"] == pytest.approx(expected)


def test_learned_reweighting_keeps_the_total_weight():
    weights = {"a": 2.0, "b": 1.0, "c": 1.0}
    out = learned.reweighted(weights, ["a", "b"], np.array([0.5, 1.0]), 1.0)
    assert sum(out.values()) == pytest.approx(4.0)
    assert out["a"] / out["b"] == pytest.approx(1.0)
    assert out["c"] == out["b"]


def test_learned_packaged_model_fits_the_features():
    model = learned.concept_model()
    assert len(model.coef) == len(model.mean) == len(model.scale) == len(learned.FEATURES)
    p = model.probabilities(np.tile(np.asarray(model.mean), (2, 1)))
    assert ((p > 0) & (p < 1)).all()


def test_learned_weights_are_off_by_default_and_run_when_asked():
    assert Settings().learned_weight == 0.0
    with pytest.raises(SettingsError):
        Settings(learned_weight=-1.0)
    docs = load_documents([demo_records_path()]).documents
    summary = summarize(docs, settings=Settings(learned_weight=1.0))
    assert summary.sentences
    assert sum(len(s.text.split()) for s in summary.sentences) <= 100
