"""One name across its spellings: the consonants outlets share when each writes a transliterated
name its own way ("Blue Origin", "بلو أوريغين", "بلو أوريجين"; "تشافيز", "شافيز"), as
``resources/ar/name_letters.txt`` spells them. Read for companies' names by story grouping
(:mod:`khulasa.stories.events`) and the desk, and for scorers' names (:mod:`khulasa.extract.goals`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from khulasa.resources import load_word_list

__all__ = ["firm_key", "name_starts", "one_sound"]


@dataclass(frozen=True, slots=True)
class _Letters:
    drop: frozenset[str]
    same: dict[str, str]
    latin: tuple[tuple[str, str], ...]  # digraphs first
    starts: tuple[tuple[str, str], ...]  # the longer first


@lru_cache(maxsize=1)
def _letters() -> _Letters:
    drop: set[str] = set()
    same: dict[str, str] = {}
    latin: list[tuple[str, str]] = []
    starts: list[tuple[str, str]] = []
    for line in load_word_list("ar/name_letters.txt"):
        kind, *fields = (p.strip() for p in line.split("|"))
        if kind == "drop":
            drop.update(fields[0].split())
        elif kind == "same":
            letters = fields[0].split()
            same.update((c, letters[0]) for c in letters)
        elif kind == "start":
            starts.append((fields[0], fields[1]))
        else:
            latin.append((fields[0], fields[1]))
    latin.sort(key=lambda pair: -len(pair[0]))
    starts.sort(key=lambda pair: -len(pair[0]))
    return _Letters(frozenset(drop), same, tuple(latin), tuple(starts))


def name_starts() -> tuple[tuple[str, str], ...]:
    """The ``start`` rows of ``resources/ar/name_letters.txt``: how a name may begin in one
    transliteration and in another ("تش" and "ش" for "ch"), the longer first."""
    return _letters().starts


def firm_key(words: Sequence[str]) -> str:
    """The consonants of a company's name (normalized words), as ``resources/ar/name_letters.txt``
    spells them: "Blue Origin", "بلو أوريغين" and "بلو أوريجين" have one key, "SpaceX" and
    "سبيس إكس" another."""
    table = _letters()
    out: list[str] = []
    for word in words:
        k = 0
        while k < len(word):
            pair = next((p for p in table.latin if word.startswith(p[0], k)), None)
            if pair is not None:
                out.extend(pair[1])
                k += len(pair[0])
                continue
            if word[k] not in table.drop:
                out.append(table.same.get(word[k], word[k]))
            k += 1
    return "".join(c for k, c in enumerate(out) if k == 0 or out[k - 1] != c)


def one_sound(word: str) -> str:
    """``word`` (normalized) with each letter of a ``same`` row of ``resources/ar/name_letters.txt``
    written as the row's first: one foreign sound however an outlet writes it ("غوتيريس" and
    "جوتيريس", "أنغيلا" and "أنجيلا" alike)."""
    same = _letters().same
    return "".join(same.get(c, c) for c in word)
