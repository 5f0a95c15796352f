"""The gazetteer (``resources/ar/gazetteer.txt``): places, people and organisations by every name
they go by, and the title words before names (``resources/ar/titles.txt``), normalized. Read by
the actor finder and by the figure reader (where a count is, whose share it is)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache

from khulasa.resources import load_word_list
from khulasa.text.normalize import normalize, proclitic_forms

__all__ = ["Name", "gazetteer", "places_named", "title_words"]

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


def places_named(words: Sequence[str], most_words: int | None = None) -> Iterator[tuple[int, int, str]]:
    """Each place of the gazetteer ``words`` (normalized) name, as (index of its first word, its
    number of words, its canonical name): the first word read behind its proclitics ("بمصر"), the
    longest names first at each index, up to ``most_words`` words (the gazetteer's longest)."""
    places = gazetteer()
    longest = most_words or max(len(name) for name in places)
    for i, first in enumerate(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            rest = tuple(words[i + 1 : i + n])
            for form in proclitic_forms(first):
                hit = places.get((form, *rest))
                if hit is not None and hit[0] == "place":
                    yield i, n, hit[1]


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
