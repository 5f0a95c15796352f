"""One reader of article records, shared by every front end (library and CLI, batch, HTTP service).

A record is either a string (the article text) or an object with

- the text in ``text``, ``body`` or ``content``: the first of them, in that order, that holds
  non-blank text is used, so ``{"text": "", "body": "…"}`` reads the body; when none holds text,
  the error names the field that is empty or not a string;
- optional ``id``, ``title``, ``source`` (or ``outlet``), ``url`` and ``published``: strings or
  numbers (a number becomes its decimal text, so a ``published`` Unix time reads as a date);
  ``source`` defaults to the URL's host name;
- any other field, which is ignored.

Text is kept as given except that a leading byte-order mark is dropped and CRLF/CR newlines become
``"\\n"``. A lone surrogate (a ``"\\udfff"`` escape without its pair, which is not a character and
cannot be written as UTF-8) and NUL (``"\\u0000"``, which PostgreSQL cannot store) become U+FFFD in
every field; text length, and so every offset, stays the same.

A JSON file or body holds one record, a list of records, or ``{"documents": [...]}``; a JSONL file
holds one record per line, and a broken line is a problem of that line only.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

from khulasa.errors import (
    InputError,
    bad_jsonl_line,
    document_id_too_long,
    documents_not_a_list,
    empty_article_list,
    empty_record_text,
    field_not_text,
    id_too_long,
    json_not_articles,
    json_number_too_long,
    json_too_deep,
    malformed_json,
    more_problems,
    no_text_field,
    not_a_record,
    text_field_empty,
    text_not_a_string,
)
from khulasa.types import Document

__all__ = [
    "MAX_ID_BYTES",
    "MAX_PROBLEMS",
    "SOURCE_FIELDS",
    "TEXT_FIELDS",
    "JsonProblem",
    "Problems",
    "RecordError",
    "clean_text",
    "find_surrogate",
    "hostname",
    "json_kind",
    "jsonl_records",
    "load_json",
    "outlet_name",
    "read_record",
    "records_in",
    "replace_surrogates",
    "storable",
    "storable_document",
]

TEXT_FIELDS = ("text", "body", "content")
# An article id's size limit: the desk keeps ids unique with an index, and PostgreSQL's cannot hold
# a row past about 2,700 bytes (an incompressible 9,000-character id was a traceback).
MAX_ID_BYTES = 2000
SOURCE_FIELDS = ("source", "outlet")
_SURROGATE = re.compile("[\ud800-\udfff]")
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b\u200d-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_JSON_KINDS = {
    dict: "an object",
    list: "a list",
    str: "a string",
    bool: "true/false",
    int: "a number",
    float: "a number",
    type(None): "null",
}


class RecordError(InputError):
    """A record that is not an article; ``field`` names the offending field (``None``: the record).

    ``reason`` says what is wrong in one word, for a page to say it in its own language: ``empty``
    (blank text), ``no_text`` (no text field), ``not_text`` (a field of another kind than text),
    ``not_a_record`` (neither text nor an object), ``id_too_long``.
    """

    def __init__(self, where: str, field: str | None, problem: str, reason: str = "invalid") -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.field = field
        self.problem = problem
        self.reason = reason


class JsonProblem(InputError):
    """Text that is not JSON a reader can use. :meth:`describe` says why (and where), for the caller's message."""

    def __init__(self, detail: str, line: int | None = None, column: int | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.line = line
        self.column = column

    def describe(self, *, one_line: bool = False) -> str:
        """``malformed JSON at line 2, column 5 (Expecting value)``; ``one_line`` leaves out the line."""
        if self.line is None:
            return self.detail
        where = f"column {self.column}" if one_line else f"line {self.line}, column {self.column}"
        return malformed_json(where, self.detail)


# --- text -----------------------------------------------------------------------------------------


def replace_surrogates(value: str) -> str:
    """``value`` with every lone surrogate replaced by U+FFFD (same length, so offsets hold)."""
    return value if value.isascii() else _SURROGATE.sub("\ufffd", value)


def find_surrogate(value: str) -> int | None:
    """Index of the first lone surrogate in ``value``, or ``None``."""
    if value.isascii():
        return None
    match = _SURROGATE.search(value)
    return match.start() if match else None


def clean_text(value: str) -> str:
    """Article text as khulasa keeps it: no leading BOM, ``"\\n"`` newlines, no lone surrogates or NUL."""
    value = value.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return storable(value)


def storable(value: str) -> str:
    """``value`` with lone surrogates and NUL (a ``"\\u0000"`` escape in JSON) replaced by U+FFFD: text
    every store takes (PostgreSQL refuses NUL, C code cuts a string there); same length."""
    return replace_surrogates(value).replace("\x00", "\ufffd")


def storable_document(doc: Document) -> Document:
    """``doc`` with every text field :func:`storable` (for documents made in code, not read from
    records); InputError for an id past :data:`MAX_ID_BYTES`."""
    size = len(doc.id.encode("utf-8", "replace"))
    if size > MAX_ID_BYTES:
        raise InputError(document_id_too_long(doc.id, size, MAX_ID_BYTES))
    fields = ("id", "text", "title", "source", "url", "published")
    values = {name: getattr(doc, name) for name in fields}
    stored = {k: storable(v) for k, v in values.items() if isinstance(v, str)}
    changed = {k: v for k, v in stored.items() if v != values[k]}
    return replace(doc, **changed) if changed else doc


def outlet_name(value: str | None) -> str | None:
    """An outlet's name as its identity: without invisible characters (zero-width space and joiner,
    bidirectional controls, BOM; a ZWNJ, which Persian spelling needs, stays) and with its spaces
    collapsed, so that one outlet scraped as ``"صحيفة\\u200b الوادي"`` and ``" صحيفة  الوادي "``
    counts once, not as outlets that agree."""
    if value is None:
        return None
    return " ".join(_INVISIBLE.sub("", value).split()) or None


# The outlet of an article whose file names none (plain text; HTML without a site name or
# address): shown with the article's id, so that each such file still counts as one outlet.
UNKNOWN_OUTLET = "مصدر غير معروف"


def unknown_outlet(doc_id: str) -> str:
    """The outlet shown for the article ``doc_id`` when its file names none: "مصدر غير معروف
    (ID)", never the file's name alone as though it were an outlet. The id is isolated (U+2068 …
    U+2069) so that a Latin id that starts with digits ("000_d71b") reads as written on a
    right-to-left page, not as "d71b_000"; text and Markdown output drop the isolates as they
    drop every bidirectional control."""
    return f"{UNKNOWN_OUTLET} (\u2068{doc_id}\u2069)"


def json_kind(value: Any) -> str:
    """``"a list"``, ``"a number"`` …: a JSON value's kind in words (never a Python class name)."""
    return _JSON_KINDS.get(type(value), "an unknown value")


# --- records --------------------------------------------------------------------------------------


def read_record(record: Any, default_id: str, where: str, *, path: str | None = None) -> Document:
    """The :class:`Document` in one record (a string or an article object), by the rules above.

    ``default_id`` is used when the record has no ``id``; ``where`` names the record in error
    messages (``"feed.jsonl record 3"``, ``"documents[2]"``); ``path`` is stored on the document.

    Raises
    ------
    RecordError
        The record holds no article text, or a field has the wrong kind of value.
    """
    if isinstance(record, str):
        if not record.strip():
            raise RecordError(where, None, empty_record_text(), "empty")
        return Document(id=default_id, text=clean_text(record), source=unknown_outlet(default_id), path=path)
    if not isinstance(record, dict):
        raise RecordError(where, None, not_a_record(json_kind(record)), "not_a_record")
    url = _field(record, "url", where)
    given_id = _field(record, "id", where)
    id_bytes = len(given_id.encode("utf-8", "replace")) if given_id is not None else 0
    if id_bytes > MAX_ID_BYTES:
        raise RecordError(where, "id", id_too_long(id_bytes, MAX_ID_BYTES), "id_too_long")
    source = next((s for s in (outlet_name(_field(record, f, where)) for f in SOURCE_FIELDS) if s), None)
    return Document(
        id=given_id or default_id,
        text=clean_text(_text(record, where)),
        title=_field(record, "title", where),
        # No outlet, URL or id of its own: named only by where it sits (a file's line, a list's place).
        source=source or hostname(url) or (None if given_id else unknown_outlet(default_id)),
        url=url,
        published=_field(record, "published", where),
        path=path,
    )


def _text(record: dict[str, Any], where: str) -> str:
    for name in TEXT_FIELDS:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            return value
    given = [name for name in TEXT_FIELDS if record.get(name) is not None]
    wrong = next((name for name in given if not isinstance(record[name], str)), None)
    if wrong is not None:
        raise RecordError(where, wrong, text_not_a_string(wrong, json_kind(record[wrong])), "not_text")
    if given:
        raise RecordError(where, given[0], text_field_empty(given[0]), "empty")
    raise RecordError(where, TEXT_FIELDS[0], no_text_field(TEXT_FIELDS), "no_text")


def _field(record: dict[str, Any], name: str, where: str) -> str | None:
    value = record.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise RecordError(where, name, field_not_text(name, json_kind(value)), "not_text")
    return storable(value) if isinstance(value, str) else str(value)


def hostname(url: str | None) -> str | None:
    """The host of ``url`` without ``www.``, or ``None`` (also for text that is not a URL)."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:  # e.g. "http://[broken" is not a URL
        return None
    return host.removeprefix("www.") if host else None


# --- JSON -----------------------------------------------------------------------------------------


def load_json(text: str) -> Any:
    """``json.loads`` whose failures are :class:`JsonProblem`: malformed, too deep or too large a number."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        # Some messages end in "at" ("Unterminated string starting at"): the position is given apart.
        detail = error.msg[: -len(" at")] + " here" if error.msg.endswith(" at") else error.msg
        raise JsonProblem(detail, error.lineno, error.colno) from None
    except RecursionError:
        raise JsonProblem(json_too_deep()) from None
    except ValueError as error:  # an integer past Python's 4300-digit limit
        raise JsonProblem(json_number_too_long(error)) from None


def load_json_line(line: str) -> Any:
    """:func:`load_json` of one line of a JSONL file; a BOM opening the line is dropped (JSONL files
    written each with a BOM and joined by ``cat`` carry one at the start of every part)."""
    return load_json(line.removeprefix("\ufeff"))


def records_in(value: Any, label: str) -> list[tuple[str, Any]]:
    """The records of a parsed JSON file or body, numbered from 1: an object, a list, or ``{"documents": [...]}``."""
    if isinstance(value, dict) and "documents" in value:
        value = value["documents"]
        if not isinstance(value, list):
            raise InputError(documents_not_a_list(label, json_kind(value)))
    if isinstance(value, dict):
        return [("1", value)]
    if isinstance(value, list) and value:
        return [(str(n), item) for n, item in enumerate(value, 1)]
    if isinstance(value, list):
        raise InputError(empty_article_list(label))
    raise InputError(json_not_articles(label, json_kind(value)))


@dataclass(frozen=True, slots=True)
class JsonlRecords:
    """The records of a JSONL text (numbered by line) and one error per line that is not JSON."""

    records: list[tuple[str, Any]]
    problems: list[InputError]


def jsonl_records(text: str, label: str) -> JsonlRecords:
    """One record per non-blank line; a broken line becomes a problem naming its line number."""
    records: list[tuple[str, Any]] = []
    problems = Problems(label)
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            records.append((str(n), load_json_line(line)))
        except JsonProblem as problem:
            if problems.room():
                problems.add(InputError(bad_jsonl_line(label, n, problem.describe(one_line=True))))
            else:
                problems.count()
    return JsonlRecords(records, problems.listed(InputError))


# One input lists at most this many problems, then how many more: a JSONL of a million bad lines
# must not hold (or print, or answer with) a million errors.
MAX_PROBLEMS = 100


class Problems:
    """The problems of one input: the first :data:`MAX_PROBLEMS`, then only how many more."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.kept: list[Any] = []
        self.more = 0

    def room(self) -> bool:
        """Whether another problem is still listed (else only counted: no message is built)."""
        return len(self.kept) < MAX_PROBLEMS

    def add(self, problem: Any) -> None:
        """List ``problem``, or count it once the list is full."""
        if self.room():
            self.kept.append(problem)
        else:
            self.more += 1

    def count(self) -> None:
        """One more problem, not listed."""
        self.more += 1

    def listed(self, kind: type[Any]) -> list[Any]:
        """The listed problems, and one of ``kind`` saying how many more there were."""
        return self.kept + ([kind(more_problems(self.label, self.more))] if self.more else [])
