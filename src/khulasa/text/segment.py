"""Sentence splitting with character offsets into the original document.

sentencex (MIT) does the splitting: it does not break at "،", keeps quotations together and knows
decimals. We only map its pieces back onto the source text, so ``text[start:end]`` round-trips.
"""

from __future__ import annotations

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


def split_sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each sentence of ``text[start:end]``, offsets into ``text``."""
    end = len(text) if end is None else end
    piece = text[start:end]
    spans = _split_cached(piece) if len(piece) <= _CACHED_PARAGRAPH_CHARS else _split(piece)
    for a, b in spans:
        yield start + a, start + b


# Paragraphs up to this length have their split cached: wire copy repeats them across outlets.
_CACHED_PARAGRAPH_CHARS = 5_000


def _split(text: str) -> tuple[tuple[int, int], ...]:
    cursor = 0
    end = len(text)
    out = []
    pending: int | None = None  # start of a sentence cut short after an abbreviation
    for piece in _sentencex_segment("ar", text):
        stripped = piece.strip()
        if not stripped:
            continue
        found = text.find(stripped, cursor, end)
        if found < 0:  # sentencex never rewrites text; guard anyway and keep offsets honest
            continue
        cursor = found + len(stripped)
        first = found if pending is None else pending
        if _ends_with_abbreviation(stripped):
            pending = first
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
