"""Whether a sentence can stand alone: openings that need an antecedent ("وأضاف", "من جهته",
"وهو ما", a pronoun subject, a speech verb with no subject before its particle: "وأشار إلى أن").
The lists are resource files (``resources/ar/dangling_openers.txt``,
``resources/ar/unnamed_speakers.txt``)."""

from __future__ import annotations

import re
from functools import cache

from khulasa.resources import load_word_list
from khulasa.text.normalize import normalize


def _unnamed_speakers() -> set[str]:
    """Each speech verb followed by each particle (``resources/ar/unnamed_speakers.txt``): "أشار
    إلى", "قال إن": a speaker the sentence does not name."""
    rows = {
        label.strip(): words.split()
        for label, words in (line.split("|", 1) for line in load_word_list("ar/unnamed_speakers.txt"))
    }
    return {f"{verb} {particle}" for verb in rows["verbs"] for particle in rows["particles"]}


# What "…" in an opening of ``dangling_openers.txt`` matches: one word.
ANY_WORD = r"[^\W\d_]+"


@cache
def _opener_pattern() -> re.Pattern[str]:
    openers = set(load_word_list("ar/dangling_openers.txt")) | _unnamed_speakers()
    phrases = sorted({normalize(p) for p in openers}, key=len, reverse=True)
    # "…" in a phrase stands for any one word ("… أيضا": a verb, then "also").
    alternatives = "|".join(r"\s+".join(ANY_WORD if w == "…" else re.escape(w) for w in p.split()) for p in phrases)
    # Optional quote, bracket or list bullet, optional و/ف, the opening as whole words (a letter
    # may not follow).
    return re.compile(rf"[\s\"'«(“•·*\-–—]*(?:[وف])?(?P<opener>{alternatives})(?![^\W\d_])")


def dangling_opener(text: str) -> str | None:
    """The opening of ``text`` that needs an antecedent (normalized), or None when it has none."""
    match = _opener_pattern().match(normalize(text))
    return match.group("opener") if match else None
