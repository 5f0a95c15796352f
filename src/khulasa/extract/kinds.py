"""The kind of event a word names (quake, storm, fire, crash, match, election, summit, space,
attack), from ``resources/ar/event_kinds.txt``: read by story grouping (an article's opening) and
by the figure reader (a figure told of another kind of event)."""

from __future__ import annotations

import sys
from functools import lru_cache

from khulasa.resources import load_word_list
from khulasa.text.normalize import normalize, proclitic_forms

__all__ = ["kind_of_word", "kind_words"]


def kind_of_word(norm: str) -> str:
    """The kind of event a normalized word names (with its proclitics), "" for none."""
    table = kind_words()
    return next((table[f] for f in proclitic_forms(norm) if f in table), "")


@lru_cache(maxsize=1)
def kind_words() -> dict[str, str]:
    """Normalized word -> the kind of event it names."""
    table: dict[str, str] = {}
    for line in load_word_list("ar/event_kinds.txt"):
        kind, *forms = (p.strip() for p in line.split("|"))
        table.update((normalize(form), sys.intern(kind)) for form in forms)
    return table
