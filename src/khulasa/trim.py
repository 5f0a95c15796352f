"""Faithful trimming: drop a sentence-initial discourse marker ("ومن جهته،") that points back into
the article the sentence came from. The trimmed text is still an exact span of the source (only the
start offset moves); reporting verbs and their subjects are never touched, so no claim changes.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from khulasa.normalize import count_words
from khulasa.resources import load_word_list
from khulasa.types import Sentence


@cache
def _marker_pattern() -> re.Pattern[str]:
    phrases = sorted(load_word_list("ar/discourse_markers.txt"), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"(?:و|ف)?(?:{alternatives})\s*[،,]?\s+")


def trim_marker(sentence: Sentence, *, min_words: int) -> Sentence:
    """``sentence`` without a leading discourse marker, when at least ``min_words`` words remain."""
    match = _marker_pattern().match(sentence.text)
    if not match:
        return sentence
    rest = sentence.text[match.end() :]
    if count_words(rest) < min_words:
        return sentence
    return replace(sentence, start=sentence.start + match.end(), text=rest)
