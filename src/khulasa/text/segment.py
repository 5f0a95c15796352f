"""Sentence splitting with character offsets into the original document.

sentencex (MIT) does the splitting: it does not break at "،", keeps quotations together and knows
decimals. We only map its pieces back onto the source text, so ``text[start:end]`` round-trips.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from sentencex import segment as _sentencex_segment

from khulasa.resources import load_word_list
from khulasa.text.clean import Block


@cache
def abbreviations() -> frozenset[str]:
    """Abbreviations after which a full stop does not end an Arabic sentence (``د.``, ``م.``)."""
    return frozenset(load_word_list("ar/abbreviations.txt"))


def _ends_with_abbreviation(sentence: str) -> bool:
    # The last whitespace-separated word, before its full stop (a regex search scanned the whole sentence).
    if not sentence.endswith("."):
        return False
    words = sentence.rsplit(None, 1)
    return len(words[-1]) > 1 and words[-1][:-1] in abbreviations()


@cache
def year_marks() -> frozenset[str]:
    """Calendar marks written after a year (``2017 م.``, ``1440 هـ.``)."""
    return frozenset(load_word_list("ar/year_marks.txt"))


_NUMBER = re.compile(r"[\d٠-٩]+")
# A piece whose first word is joined to "و" or "ف" ("وقال", "فيما"): how Arabic news opens a sentence.
_JOINED_OPENER = re.compile(r"[وف][\u0621-\u064a]{2,}")


@cache
def _year_mark_break() -> re.Pattern[str]:
    marks = "|".join(re.escape(mark) for mark in sorted(year_marks(), key=len, reverse=True))
    return re.compile(rf"[\d٠-٩] (?:{marks})\.(?=\s+{_JOINED_OPENER.pattern})")


def _year_mark_breaks(piece: str) -> list[str]:
    """``piece`` cut after each ``<year> م.`` that a joined opener follows (sentencex keeps "م." as an
    abbreviation and runs the two sentences together)."""
    breaks = [m.end() for m in _year_mark_break().finditer(piece)]
    return [piece[a:b] for a, b in zip([0, *breaks], [*breaks, len(piece)], strict=True)]


def _ends_with_year_mark(sentence: str) -> bool:
    """Whether ``sentence`` ends on a number and a calendar mark with its full stop (``... 2017 م.``)."""
    words = sentence.rsplit(None, 2)
    return len(words) >= 2 and words[-1][:-1] in year_marks() and _NUMBER.fullmatch(words[-2]) is not None


def split_sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each sentence of ``text[start:end]``, offsets into ``text``."""
    end = len(text) if end is None else end
    piece = text[start:end]
    spans = _split_cached(piece) if len(piece) <= _CACHED_PARAGRAPH_CHARS else _split(piece)
    for a, b in spans:
        yield start + a, start + b


# Paragraphs up to this length have their split cached: wire copy repeats them across outlets.
_CACHED_PARAGRAPH_CHARS = 5_000


# A number in round brackets ("(3) أسابيع", as Saudi papers write numbers; "[1]" is a footnote and
# stays as it was): sentencex takes two of them in one paragraph for a list's item numbers and breaks
# the sentence before each ("في أكثر من | (15) موقعاً ... شملت | (11) مدينة."). It splits a copy with
# those brackets blanked out.
_BRACKETED_NUMBER = re.compile(r"\((\d[\d.,٫%]*)\)")


def _unbracketed(text: str) -> str:
    """``text`` with the brackets around each number blanked out (same length, same offsets)."""
    return _BRACKETED_NUMBER.sub(lambda m: f" {m.group(1)} ", text)


def _split(source: str) -> tuple[tuple[int, int], ...]:
    text = _unbracketed(source)  # same offsets as ``source``
    spans = _split_plain(text)
    return spans if text == source else tuple(_rebracketed(source, text, a, b) for a, b in spans)


def _rebracketed(source: str, text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` widened over a bracket :func:`_unbracketed` blanked at either end."""
    if start > 0 and source[start - 1] == "(" and text[start - 1] == " ":
        start -= 1
    if end < len(source) and source[end] == ")" and text[end] == " ":
        end += 1
    return start, end


# Whitespace other than ASCII's (no-break space, U+0085, the Unicode spaces and line separators).
# sentencex 1.0 panics on one of them right before a full stop ("R\xa0."): its Rust code slices
# the text a byte after it, inside the character. Each is one character, as the space put for it.
_WIDE_SPACE = re.compile(r"[^\S\x00-\x7f]")


# What a sentence is when sentencex fails: text up to its final stops, or a line.
_FALLBACK_SENTENCE = re.compile(r"[^.!?؟\n]*(?:[.!?؟]+|\n|$)")


def _segment(text: str) -> list[str]:
    """sentencex's pieces of ``text``, wide whitespace read as spaces (:data:`_WIDE_SPACE`); should
    it still panic (a Rust panic is a ``BaseException``), a split after each final stop instead:
    one odd paragraph must not stop a run."""
    try:
        return list(_sentencex_segment("ar", text))
    except BaseException as exc:
        if type(exc).__name__ != "PanicException":
            raise
        return [m.group() for m in _FALLBACK_SENTENCE.finditer(text)]


def _split_plain(text: str) -> tuple[tuple[int, int], ...]:
    text = _WIDE_SPACE.sub(" ", text)  # same length and offsets: the spans hold for the source
    cursor = 0
    end = len(text)
    out = []
    pending: int | None = None  # start of a sentence cut short after an abbreviation
    after_year = False  # that abbreviation was a calendar mark after a year
    for piece in (part for whole in _segment(text) for part in _year_mark_breaks(whole)):
        stripped = piece.strip()
        if not stripped:
            continue
        found = text.find(stripped, cursor, end)
        if found < 0:  # sentencex never rewrites text; guard anyway and keep offsets honest
            continue
        if pending is not None and after_year and _JOINED_OPENER.match(stripped):
            # "... منذ 2017 م. وقال ...": the year closed the sentence; the mark was no abbreviation.
            out.append((pending, cursor))
            pending = None
        cursor = found + len(stripped)
        first = found if pending is None else pending
        if _ends_with_abbreviation(stripped):
            pending = first
            after_year = _ends_with_year_mark(stripped)
            continue
        pending = None
        out.append((first, cursor))
    if pending is not None:
        out.append((pending, cursor))
    return tuple(out)


_split_cached = lru_cache(maxsize=2048)(_split)


def sentence_spans(text: str, blocks: list[Block]) -> list[tuple[int, int, int]]:
    """Sentences of the paragraph blocks as ``(start, end, paragraph_number)``."""
    spans = []
    paragraph = 0
    for block in blocks:
        if block.kind != "paragraph":
            continue
        for s, e in split_sentences(text, block.start, block.end):
            spans.append((s, e, paragraph))
        paragraph += 1
    return spans
