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


def _alternatives(phrases: list[str]) -> str:
    """``phrases`` as alternatives of a pattern, longest first, any run of spaces between words."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


@cache
def _marker_pattern() -> re.Pattern[str]:
    alternatives = _alternatives(load_word_list("ar/discourse_markers.txt"))
    return re.compile(rf"(?:و|ف)?(?:{alternatives})\s*[،,]?\s+")


@cache
def _opener_pattern() -> re.Pattern[str]:
    """The discourse markers and the contrast openers (``resources/ar/contrast_openers.txt``), behind
    a comma or else not before "من" ("على الجانب الآخر من الحدود" names a place)."""
    phrases = load_word_list("ar/discourse_markers.txt") + load_word_list("ar/contrast_openers.txt")
    return re.compile(rf"(?:و|ف)?(?:{_alternatives(phrases)})(?:\s*[،,]\s+|\s+(?!\s|من\s))")


def leading_marker(text: str) -> int:
    """Where ``text`` goes on after a sentence-initial discourse marker or contrast opener
    (``resources/ar/discourse_markers.txt``, ``resources/ar/contrast_openers.txt``: "على الجانب
    الآخر، "), its comma and the spaces after it; 0 when it opens with none. The summarizer trims the
    markers only (:func:`trim_marker`); the desk leaves both out of what a sentence states."""
    match = _opener_pattern().match(text)
    return match.end() if match else 0


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
