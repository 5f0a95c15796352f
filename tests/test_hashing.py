"""Grouping's hashed features and row normalization equal scikit-learn's, bit for bit.

Grouping used scikit-learn's HashingVectorizer and ``normalize``; the live desk stores vectors and
document frequencies made with them. These tests compare our replacements with scikit-learn itself
(skipped when it is not installed: it is a test dependency, not a dependency of khulasa).
"""

from __future__ import annotations

import random

import numpy as np
import pytest
import scipy.sparse as sp

from khulasa.stories.group import _HALF, feature_column, hashed_counts, l2_normalize_rows

sklearn_text = pytest.importorskip("sklearn.feature_extraction.text")
sklearn_preprocessing = pytest.importorskip("sklearn.preprocessing")

_ARABIC = [chr(c) for c in range(0x0621, 0x064B)] + ["\u064e", "\u0651", "\u0640", "ى", "ة", "ؤ", "ئ"]
_OTHER = [*"abcXYZ0123456789 _-.'\"", "é", "ß", "中", "文", "🙂", "\u200f", "\u0000", "ﷺ", "٣", "۴"]


def _features(rng: random.Random, n: int) -> list[str]:
    """Arabic words, word pairs, numbers and arbitrary Unicode (astral characters included)."""
    out = []
    for _ in range(n):
        kind = rng.random()
        if kind < 0.5:
            out.append("".join(rng.choice(_ARABIC) for _ in range(rng.randint(1, 9))))
        elif kind < 0.7:
            out.append(" ".join("".join(rng.choice(_ARABIC) for _ in range(rng.randint(2, 7))) for _ in range(2)))
        elif kind < 0.8:
            out.append(str(rng.randint(0, 10**9)))
        else:
            out.append(
                "".join(
                    chr(rng.randint(1, 0x10FFFF)) if rng.random() < 0.3 else rng.choice(_OTHER)
                    for _ in range(rng.randint(0, 12))
                )
                .encode("utf-8", "replace")
                .decode("utf-8")
            )
    return out


def _sklearn_hasher(n_features: int):
    return sklearn_text.HashingVectorizer(
        analyzer=lambda features: features, n_features=n_features, alternate_sign=False, norm=None, dtype=np.float32
    )


@pytest.mark.parametrize("n_features", [_HALF, 2**20, 1000, 7])
def test_hashing_columns_equal_scikit_learns(n_features):
    rng = random.Random(n_features)
    features = _features(rng, 4000)
    expected = _sklearn_hasher(n_features).transform([[f] for f in features])
    assert [feature_column(f, n_features) for f in features] == expected.indices.tolist()


def test_hashing_the_hash_of_minus_two_to_the_31_lands_where_scikit_learn_puts_it(monkeypatch):
    # No short string is known to hash to -2**31; check the arithmetic on that value directly.
    import khulasa.stories.group as group

    monkeypatch.setattr(group.mmh3, "hash", lambda *args, **kwargs: -(2**31))
    for n in (_HALF, 1000, 7):
        assert feature_column("x", n) == (2147483647 - (n - 1)) % n
        assert hashed_counts([["x"]], n).indices.tolist() == [(2147483647 - (n - 1)) % n]


def test_hashing_count_matrices_equal_scikit_learns():
    rng = random.Random(14)
    vocabulary = _features(rng, 300)
    lists = [[rng.choice(vocabulary) for _ in range(rng.randint(0, 60))] for _ in range(200)]
    ours = hashed_counts(lists, _HALF)
    theirs = sp.csr_matrix(_sklearn_hasher(_HALF).transform(lists))
    assert ours.shape == theirs.shape
    for name in ("data", "indices", "indptr"):
        assert getattr(ours, name).dtype == getattr(theirs, name).dtype, name
        assert np.array_equal(getattr(ours, name), getattr(theirs, name)), name


@pytest.mark.parametrize("seed", range(5))
def test_hashing_row_normalization_equals_scikit_learns_bit_for_bit(seed):
    rng = np.random.default_rng(seed)
    rows = []
    for _ in range(300):
        n = int(rng.integers(0, 400))  # long rows: summation order matters past 8 values
        rows.append(rng.lognormal(1.0, 1.5, n).astype(np.float32))
    indptr = np.concatenate([[0], np.cumsum([len(r) for r in rows])]).astype(np.int32)
    data = np.concatenate(rows).astype(np.float32)
    indices = np.concatenate([np.sort(rng.choice(5000, len(r), replace=False)) for r in rows]).astype(np.int32)
    ours = sp.csr_matrix((data.copy(), indices, indptr), shape=(len(rows), 5000))
    theirs = sp.csr_matrix((data.copy(), indices, indptr), shape=(len(rows), 5000))
    l2_normalize_rows(ours)
    theirs = sklearn_preprocessing.normalize(theirs, copy=False)
    assert ours.data.dtype == np.float32
    assert ours.data.tobytes() == theirs.data.tobytes()


def test_hashing_normalization_leaves_empty_matrices_and_rows_alone():
    empty = sp.csr_matrix((3, 10), dtype=np.float32)
    l2_normalize_rows(empty)
    assert empty.nnz == 0
    x = sp.csr_matrix(np.array([[0, 0], [3, 4]], dtype=np.float32))
    l2_normalize_rows(x)
    assert x.toarray().tolist() == [[0.0, 0.0], [0.6000000238418579, 0.800000011920929]]


def test_hashed_rows_put_term_pairs_and_numbers_in_the_upper_half():
    # hashed_rows splits each article's features in one pass: plain terms in the lower half of the
    # columns, specific ones (a pair of terms, a number) in the upper, counts summed.
    from khulasa.stories.group import hashed_rows

    rows = hashed_rows([["زلزال", "زلزال قوي", "2023", "زلزال"], ["قمه"]])
    assert rows.shape == (2, 2 * _HALF)
    assert rows[0, feature_column("زلزال", _HALF)] == 2
    assert rows[0, _HALF + feature_column("زلزال قوي", _HALF)] == 1
    assert rows[0, _HALF + feature_column("2023", _HALF)] == 1
    assert rows[0].sum() == 4 and rows[1, feature_column("قمه", _HALF)] == 1
