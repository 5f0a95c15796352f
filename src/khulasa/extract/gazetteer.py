"""The gazetteer (``resources/ar/gazetteer.txt``): places, people and organisations by every name
they go by, and the title words before names (``resources/ar/titles.txt``), normalized. Read by
the actor finder and by the figure reader (where a count is, whose share it is)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from khulasa.resources import load_word_list
from khulasa.text.normalize import normalize

__all__ = ["Name", "gazetteer", "title_words"]

Name = tuple[str, ...]


@lru_cache(maxsize=1)
def gazetteer() -> Mapping[Name, tuple[str, str]]:
    """Each alias (normalized words) -> (kind, canonical name)."""
    out: dict[Name, tuple[str, str]] = {}
    for line in load_word_list("ar/gazetteer.txt"):
        kind, canonical, *aliases = (p.strip() for p in line.split("|"))
        for alias in (canonical, *aliases):
            out[tuple(normalize(alias).split())] = (kind, canonical)
    return out


@lru_cache(maxsize=1)
def title_words() -> Mapping[str, frozenset[str]]:
    """``titles.txt`` by kind (person, place, org, stop, syllable, linker, joiner, modifier, verb): its
    normalized words."""
    kinds: dict[str, set[str]] = {
        k: set() for k in ("person", "place", "org", "stop", "syllable", "linker", "joiner", "modifier", "verb")
    }
    for line in load_word_list("ar/titles.txt"):
        kind, forms = (p.strip() for p in line.split("|", 1))
        kinds[kind].update(normalize(f) for f in forms.split())
    return {k: frozenset(v) for k, v in kinds.items()}
