"""Records told with the year they stand against ("أول انتخابات بلدية منذ ثورة 2011"), from
``resources/ar/records.txt``: two sentences giving a record against the same year tell one fact
(:func:`khulasa.link.retold.told_again`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from khulasa.extract.figures import Token, tokens
from khulasa.resources import load_word_list
from khulasa.text.normalize import normalize, proclitic_forms

__all__ = ["RECORD_REACH", "is_record_word", "is_since_word", "record_words", "record_years"]

# Words at most between a record word and its "since" word, and between that and the year.
RECORD_REACH = 6
# The years a record may stand against.
_YEARS = (1900, 2100)


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """``resources/ar/records.txt``: kind (record, since) -> normalized forms."""
    out: dict[str, set[str]] = {}
    for line in load_word_list("ar/records.txt"):
        kind, forms = (p.strip() for p in line.split("|", 1))
        out.setdefault(kind, set()).update(normalize(f) for f in forms.split())
    return {k: frozenset(v) for k, v in out.items()}


def record_words() -> frozenset[str]:
    """The normalized record words ("أول", "الأكبر"), without proclitics."""
    return _words().get("record", frozenset())


def _is(norm: str, kind: str) -> bool:
    return any(f in _words().get(kind, frozenset()) for f in proclitic_forms(norm))


def is_record_word(norm: str) -> bool:
    """Is ``norm`` (a normalized word) a record word ("أول", "الأكبر"), a proclitic allowed?"""
    return _is(norm, "record")


def is_since_word(norm: str) -> bool:
    """Is ``norm`` a word that opens what a record stands against ("منذ", "بعد"), a proclitic allowed?"""
    return _is(norm, "since")


@lru_cache(maxsize=4096)
def record_years(text: str) -> frozenset[int]:
    """The years ``text`` tells a record against: a record word, its "since" word within
    :data:`RECORD_REACH` tokens after it, then a year within as many tokens after that, no mark
    between ("أول انتخابات بلدية تشهدها البلاد منذ إطاحة نظام بن علي عام 2011": 2011)."""
    if not any(w in text for w in _words().get("since", ())):  # most sentences: no since word at all
        return frozenset()
    toks = tokens(text)
    out: set[int] = set()
    for i, tok in enumerate(toks):
        if tok.kind != "word" or not is_record_word(tok.norm):
            continue
        since = _next(toks, i, lambda t: t.kind == "word" and is_since_word(t.norm))
        if since is None:
            continue
        year = _next(toks, since, lambda t: t.kind == "digits" and _year(t.norm) is not None)
        if year is not None:
            out.add(_year(toks[year].norm) or 0)
    return frozenset(out)


def _year(norm: str) -> int | None:
    return int(norm) if len(norm) == 4 and norm.isdigit() and _YEARS[0] <= int(norm) <= _YEARS[1] else None


def _next(toks: Sequence[Token], i: int, found: Callable[[Token], bool]) -> int | None:
    """The index of the first token after ``toks[i]`` within :data:`RECORD_REACH` tokens that is
    ``found``; None past a mark (another clause)."""
    for k in range(i + 1, min(i + 2 + RECORD_REACH, len(toks))):
        if found(toks[k]):
            return k
        if toks[k].kind == "punct":
            return None
    return None
