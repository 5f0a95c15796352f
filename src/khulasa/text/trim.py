"""Trimming the start of a summary sentence; the result is still an exact span of the source (only
the start offset moves).

- :func:`trim_marker` (on by default) drops a sentence-initial discourse marker ("ومن جهته،") that
  points back into the article the sentence came from. No claim changes.
- :func:`trim_attribution` (off by default; an ablation of issue 4) drops a leading attribution
  clause ("وقال الوزير إن") up to its complementizer, only where a complete clause remains: the
  complementizer stands alone (not "إنه", whose pronoun is the rest's subject), a few words at most
  name the speaker, and the clause opens with a definite noun whose case the particle did not mark
  (not a dual or plural in -ين, which would read wrongly without it, nor a verb: "أن يزور" is "to
  visit", not "visits"). Even then the claim is no longer credited to its speaker: hence off.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from khulasa.resources import load_word_list
from khulasa.text.normalize import count_words
from khulasa.types import Sentence


@cache
def _marker_pattern() -> re.Pattern[str]:
    phrases = sorted(load_word_list("ar/discourse_markers.txt"), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"(?:و|ف)?(?:{alternatives})\s*[،,]?\s+")


# Words between the reporting verb and its complementizer (the speaker, maybe a place or time).
_MAX_SPEAKER_WORDS = 8


@cache
def _attribution_pattern() -> re.Pattern[str]:
    verbs = sorted((v for v in load_word_list("ar/attribution.txt") if " " not in v), key=len, reverse=True)
    alternatives = "|".join(map(re.escape, verbs))
    return re.compile(
        rf"(?:و|ف)?(?:{alternatives})"  # the reporting verb, opening the sentence
        # The speaker: a few words, no sentence-level punctuation, no complementizer of its own.
        rf"((?:\s+(?!ب?[إأا]ن)[^\s.!?؟:«»\"]+){{0,{_MAX_SPEAKER_WORDS}}}?)"
        r"\s+(?:إن|أن|بأن|ان|بان)\s+"  # a bare complementizer
        r"(?=ال\S*(?<!ين)(?:\s|$))"  # the clause opens with a definite noun not in -ين
    )


def _trim_prefix(sentence: Sentence, pattern: re.Pattern[str], min_words: int) -> Sentence:
    """``sentence`` without what ``pattern`` matches at its start, if ``min_words`` words remain."""
    match = pattern.match(sentence.text)
    if not match:
        return sentence
    rest = sentence.text[match.end() :]
    if count_words(rest) < min_words:
        return sentence
    start = sentence.start + match.end()
    if not sentence.parts:
        return replace(sentence, start=start, text=rest)
    (_, first_end), *others = sentence.parts  # a compressed sentence: text joins its parts
    if start >= first_end:  # the prefix would reach past the first kept passage: leave it whole
        return sentence
    return replace(sentence, start=start, text=rest, parts=((start, first_end), *others))


def trim_attribution(sentence: Sentence, *, min_words: int) -> Sentence:
    """``sentence`` without a leading "قال … إن" clause, when a clause of ``min_words`` words remains."""
    return _trim_prefix(sentence, _attribution_pattern(), min_words)


def trim_marker(sentence: Sentence, *, min_words: int) -> Sentence:
    """``sentence`` without a leading discourse marker, when at least ``min_words`` words remain."""
    return _trim_prefix(sentence, _marker_pattern(), min_words)
