"""The kind of event a word names (quake, storm, fire, crash, match, election, summit, space,
attack), from ``resources/ar/event_kinds.txt``: read by story grouping (an article's opening) and
by the figure reader (a figure told of another kind of event). Grouping also reads the kinds of
announced decision of ``resources/ar/decision_kinds.txt`` through the same two functions."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Collection, Sequence
from functools import lru_cache

from khulasa.resources import load_word_list
from khulasa.text.normalize import normalize, proclitic_forms

__all__ = ["kind_of_word", "kind_words", "most_given"]


EVENT_KINDS = "ar/event_kinds.txt"


def kind_of_word(norm: str, resource: str = EVENT_KINDS) -> str:
    """The kind of event a normalized word names (with its proclitics) in ``resource``'s list, ""
    for none."""
    table = kind_words(resource)
    return next((table[f] for f in proclitic_forms(norm) if f in table), "")


@lru_cache(maxsize=4)
def kind_words(resource: str = EVENT_KINDS) -> dict[str, str]:
    """Normalized word -> the kind of event it names, from ``resource`` (lines ``kind | form | ...``)."""
    table: dict[str, str] = {}
    for line in load_word_list(resource):
        kind, *forms = (p.strip() for p in line.split("|"))
        table.update((normalize(form), sys.intern(kind)) for form in forms)
    return table


def most_given(given: Sequence[Collection[str]]) -> frozenset[str]:
    """The kinds at least half of ``given`` (each article's kinds of event) name: a story's kinds,
    read by the summarizer and the desk alike."""
    counts = Counter(k for kinds in given for k in kinds)
    return frozenset(k for k, n in counts.items() if 2 * n >= len(given))
