"""What every evaluated system gets (an item prepared once) and how outputs are fitted to the budget."""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from dataclasses import dataclass

from khulasa.evaluation.datasets import Item
from khulasa.text.normalize import count_words
from khulasa.types import Document, Heading, Sentence

_WORD = re.compile(r"\S+")


Unit = Sentence | Heading


@dataclass(frozen=True, slots=True)
class ItemInput:
    """One item as systems see it: documents, references and the shared candidate units.

    ``sentences`` and ``headings`` are :func:`khulasa.prepare`'s, per document. The candidates of
    the ranking systems are both, in text order (the article as published, junk removed): titles
    are part of what a lead or a peer can pick, as they were in issue 4's baseline table (EASC's
    extractive references often include the title).
    """

    id: str
    documents: tuple[Document, ...]
    references: tuple[str, ...]
    sentences: tuple[tuple[Sentence, ...], ...]
    headings: tuple[tuple[Heading, ...], ...] = ()
    prepare_seconds: float = 0.0

    @property
    def units(self) -> tuple[tuple[Unit, ...], ...]:
        """Per document, headings and sentences in text order."""
        out = []
        for i, sentences in enumerate(self.sentences):
            heads: tuple[Unit, ...] = self.headings[i] if i < len(self.headings) else ()
            out.append(tuple(sorted((*heads, *sentences), key=lambda u: u.start)))
        return tuple(out)

    @property
    def candidates(self) -> tuple[Unit, ...]:
        """Every document's units, document after document."""
        return tuple(u for doc in self.units for u in doc)


def build_input(item: Item) -> ItemInput:
    """Prepare an item once (clean + segment with :func:`khulasa.prepare`) for every system."""
    from khulasa import prepare

    documents = tuple(item.to_documents())
    started = time.perf_counter()
    prepared = prepare(documents)
    seconds = time.perf_counter() - started
    return ItemInput(
        id=item.id,
        documents=documents,
        references=item.summaries,
        sentences=tuple(p.sentences for p in prepared),
        headings=tuple(p.headings for p in prepared),
        prepare_seconds=seconds,
    )


# --- budget --------------------------------------------------------------------------------


def cut_words(text: str, words: int) -> str:
    """``text`` up to and including its ``words``-th word (words as :func:`count_words` counts)."""
    counted = 0
    for match in _WORD.finditer(text):
        if any(c.isalnum() for c in match.group()):
            counted += 1
            if counted == words:
                return text[: match.end()]
    return text


def truncate(sentences: Iterable[str], words: int) -> list[str]:
    """The sentences joined in order and cut at ``words`` words (the last one possibly partial)."""
    kept: list[str] = []
    total = 0
    for sentence in sentences:
        if total >= words:
            break
        n = count_words(sentence)
        if n == 0:
            continue
        kept.append(sentence if total + n <= words else cut_words(sentence, words - total))
        total += n
    return kept


def fill(sentences: Iterable[str], words: int) -> list[str]:
    """Sentences in the given order until they cover ``words`` words (then truncated by the runner)."""
    out: list[str] = []
    total = 0
    for sentence in sentences:
        if total >= words:
            break
        out.append(sentence)
        total += count_words(sentence)
    return out


def whole_fill(sentences: Iterable[str], words: int) -> list[str]:
    """Sentences in the given order, skipping each one that would take the total past ``words``."""
    out: list[str] = []
    total = 0
    for sentence in sentences:
        n = count_words(sentence)
        if n and total + n <= words:
            out.append(sentence)
            total += n
    return out
