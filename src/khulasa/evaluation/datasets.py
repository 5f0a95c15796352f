"""Evaluation items from JSON Lines: ``{"id", "documents": [str, ...], "summaries": [str, ...]}``.

Optional titles: ``"title": str`` (the title of every document of the item, e.g. of a single
article) or ``"titles": [str | null, ...]`` (one per document). Other extra fields are ignored.
Documents keep their given order (the lead baseline depends on it) and become
:class:`~khulasa.types.Document` objects with ids ``d0``, ``d1``, ... and their titles.
"""

from __future__ import annotations

import codecs
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from khulasa.errors import (
    InputError,
    bad_item_line,
    bad_titles,
    cannot_read_file,
    item_line_not_utf8,
    item_not_an_object,
    items_field_not_strings,
    items_in_one_json_list,
    no_items,
    no_items_file,
    no_usable_items,
    os_reason,
    repeated_item,
    title_not_a_string,
)
from khulasa.records import JsonProblem, load_json, load_json_line
from khulasa.types import Document

# Budgets of the shared tasks: MultiLing 2011 (multi-document) 250 words; EASC (single) 100.
MULTI_DOCUMENT_WORDS = 250
SINGLE_DOCUMENT_WORDS = 100


@dataclass(frozen=True, slots=True)
class Item:
    """One evaluation cluster: its articles and the human reference summaries."""

    id: str
    documents: tuple[str, ...]
    summaries: tuple[str, ...]
    titles: tuple[str | None, ...] = ()  # per document; empty when the data give none

    def to_documents(self) -> list[Document]:
        """The item's articles as documents with ids ``d0``, ``d1``, ... and their titles."""
        titles = self.titles or (None,) * len(self.documents)
        return [
            Document(id=f"d{i}", text=text, title=title)
            for i, (text, title) in enumerate(zip(self.documents, titles, strict=True))
        ]


def _strings(value: object, field: str, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise InputError(items_field_not_strings(where, field))
    return tuple(value)


def parse_item(line: str, where: str) -> Item:
    """One JSONL line as an :class:`Item`; ``where`` (``file:line``) prefixes error messages."""
    try:
        record = load_json_line(line)
    except JsonProblem as problem:
        raise InputError(bad_item_line(where, problem.describe(one_line=True))) from None
    if not isinstance(record, dict):
        raise InputError(item_not_an_object(where))
    item_id = record.get("id", where)
    documents = _strings(record.get("documents"), "documents", where)
    return Item(
        id=str(item_id),
        documents=documents,
        summaries=_strings(record.get("summaries"), "summaries", where),
        titles=_titles(record, len(documents), where),
    )


def _titles(record: dict[str, object], n_documents: int, where: str) -> tuple[str | None, ...]:
    """Per-document titles from ``titles`` (a list) or ``title`` (one for all); () when absent."""
    titles = record.get("titles")
    if titles is not None:
        if (
            not isinstance(titles, list)
            or len(titles) != n_documents
            or not all(t is None or isinstance(t, str) for t in titles)
        ):
            raise InputError(bad_titles(where, n_documents))
        return tuple(titles)
    title = record.get("title")
    if title is None:
        return ()
    if not isinstance(title, str):
        raise InputError(title_not_a_string(where))
    return (title,) * n_documents


def read_items(path: str | Path, *, limit: int | None = None, skipped: list[str] | None = None) -> list[Item]:
    """Items of a JSONL file (blank lines skipped); at most ``limit`` when given.

    A bad record (not JSON, a missing field, a repeated id) stops the read with an
    :class:`InputError`; when ``skipped`` is given it is appended there instead and the read goes
    on (``khulasa eval``), failing only when no record is usable.
    """
    path = Path(path)
    read = _item_lines(path)
    lines = [line for line, _ in read]
    items: list[Item] = []
    seen: set[str] = set()
    for number, (line, bad_byte) in enumerate(read, 1):
        if not line.strip():
            continue
        try:
            if bad_byte is not None:  # one line of another encoding: that item, not the file
                raise InputError(item_line_not_utf8(f"{path}:{number}", bad_byte))
            item = _usable_item(line, f"{path}:{number}", seen)
        except InputError as problem:
            if skipped is None:
                raise
            skipped.append(str(problem))
            continue
        items.append(item)
        if limit is not None and len(items) >= limit:
            break
    if not items:
        _refuse_one_json_list(path, lines)
        raise InputError(no_usable_items(path, skipped) if skipped else no_items(path))
    return items


def _item_lines(path: Path) -> list[tuple[str, int | None]]:
    """The file's lines (a UTF-8 BOM dropped), each with None, or, when it is not UTF-8, with its
    first bad byte (from 1) and read with U+FFFD for the bad bytes."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(no_items_file(path)) from None
    except OSError as exc:  # a folder, no permission
        raise InputError(cannot_read_file(path, os_reason(exc))) from None
    lines: list[tuple[str, int | None]] = []
    for raw in data.removeprefix(codecs.BOM_UTF8).splitlines():
        try:
            lines.append((raw.decode("utf-8"), None))
        except UnicodeDecodeError as exc:
            lines.append((raw.decode("utf-8", errors="replace"), exc.start + 1))
    return lines


def _refuse_one_json_list(path: Path, lines: Sequence[str]) -> None:
    """A file of no usable line that is one JSON list (items written with ``json.dump``): say so,
    rather than list each of its lines as a broken record."""
    text = "\n".join(lines)
    if not text.lstrip().startswith("["):
        return
    try:
        value = load_json(text)
    except JsonProblem:
        return
    if isinstance(value, list):
        raise InputError(items_in_one_json_list(path))


def _usable_item(line: str, where: str, seen: set[str]) -> Item:
    """The line's item, its id added to ``seen``; InputError when bad or its id already seen."""
    item = parse_item(line, where)
    if item.id in seen:
        raise InputError(repeated_item(where, item.id))
    seen.add(item.id)
    return item


def default_words(items: Sequence[Item]) -> int:
    """250 words when every item is a multi-document cluster (MultiLing), else 100 (EASC)."""
    if items and all(len(item.documents) >= 2 for item in items):
        return MULTI_DOCUMENT_WORDS
    return SINGLE_DOCUMENT_WORDS
