"""Whether a sentence can stand alone: openings that need an antecedent ("وأضاف", "من جهته",
"وهو ما", a pronoun subject). The opening list is a resource file
(``resources/ar/dangling_openers.txt``)."""

from __future__ import annotations

import re
from functools import cache

from khulasa.resources import load_word_list
from khulasa.text.normalize import normalize


@cache
def _opener_pattern() -> re.Pattern[str]:
    phrases = sorted({normalize(p) for p in load_word_list("ar/dangling_openers.txt")}, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    # Optional quote, bracket or list bullet, optional و/ف, the opening as whole words (a letter
    # may not follow).
    return re.compile(rf"[\s\"'«(“•·*\-–—]*(?:[وف])?(?P<opener>{alternatives})(?![^\W\d_])")


def dangling_opener(text: str) -> str | None:
    """The opening of ``text`` that needs an antecedent (normalized), or None when it has none."""
    match = _opener_pattern().match(normalize(text))
    return match.group("opener") if match else None
