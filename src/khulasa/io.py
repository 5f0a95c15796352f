"""Load articles from folders, files or standard input into :class:`~khulasa.types.Document` objects.

Formats: ``.txt``/``.md`` (plain text), ``.html``/``.htm`` (main text extracted with trafilatura),
``.json`` (one article object, a list of them, or ``{"documents": [...]}``), ``.jsonl`` (one article
per line) and RSS/Atom feeds (``.rss``, ``.atom``, ``.xml``; each entry an article, read with feedparser
from the ``desk`` extra; see :func:`feed_records`: the bytes are the feed, never a path or a URL).
Encodings are detected: UTF-8 with or without BOM, UTF-16/32 with BOM, and legacy Arabic
code pages (Windows-1256 preferred) through charset-normalizer when UTF-8 fails; a feed's XML
declaration is followed unless its bytes contradict it (:func:`feed_text`).

Records (JSON, JSONL, standard input) are read by :func:`khulasa.records.read_record`, the reader
the batch job and the HTTP service use too. Text is kept exactly as given except that a BOM is
dropped, newlines become ``"\\n"`` and lone surrogates become U+FFFD: every later offset points into
this text. When several files are given, a bad one becomes a warning and the rest load; a broken
JSONL line or a bad record is a warning too; when nothing loads the user gets one error that names
every file and its problem.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit
from xml.sax import SAXParseException

from khulasa.errors import (
    InputError,
    KhulasaError,
    NoTextError,
    PartlyRead,
    bad_json_file,
    bad_json_stdin,
    binary_file,
    binary_stdin,
    cannot_list_folder,
    cannot_read,
    cannot_read_file,
    empty_input,
    feed_encoding_differs,
    feed_entry_without_text,
    folder_without_articles,
    input_is_a_device,
    invalid_encoding,
    invalid_utf8_replaced,
    mixed_encodings,
    no_arabic,
    no_articles_found,
    no_feed_entries,
    no_html_text,
    no_input,
    no_jsonl_records,
    no_such_path,
    not_an_encoding,
    not_valid_text,
    nothing_loaded,
    os_reason,
    own_output_not_an_article,
    read_once,
    skipped_own_output,
    undecodable,
    unsupported_file,
    xml_problem,
)
from khulasa.records import (
    JsonProblem,
    Problems,
    clean_text,
    hostname,
    jsonl_records,
    load_json,
    read_record,
    records_in,
    unknown_outlet,
)
from khulasa.text.normalize import arabic_ratio, letter_counts, normalize, stopwords
from khulasa.types import Document

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
SUPPORTED_SUFFIXES = (*TEXT_SUFFIXES, *HTML_SUFFIXES, ".json", ".jsonl", *FEED_SUFFIXES)
STDIN = "-"
# Below this share of Arabic letters a document is not an Arabic article (a page of English, a
# config file); mixed articles with Latin names and acronyms stay far above it.
MIN_ARABIC_RATIO = 0.2
# UTF-8 with a few invalid bytes (a file cut inside its last letter, a stray byte of another code
# page) is read as UTF-8, each bad place as U+FFFD, with a warning, when the bad bytes are at most
# this share of the file: a Windows-1256 file read as UTF-8 is invalid at nearly every letter.
MAX_INVALID_UTF8_SHARE = 0.01
# Legacy single-byte Arabic code pages; Windows-1256 covers what the others encode and is what
# Arabic news sites and Windows editors actually produce, so it wins among them.
_ARABIC_CODEPAGES = frozenset({"cp1256", "iso8859_6", "cp864", "cp720", "mac_arabic"})
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_MAX_LISTED_PROBLEMS = 5

Loaded = tuple[list[Document], list[KhulasaError]]


@dataclass(frozen=True, slots=True)
class LoadResult:
    """Documents that loaded, in input order, and one warning per skipped file or record."""

    documents: list[Document]
    warnings: list[str]
    problems: tuple[KhulasaError, ...] = ()  # the warnings' errors (``for_api``: in the API's terms)


def load_documents(
    paths: Sequence[str | Path], *, stdin: TextIO | None = None, exclude: Path | None = None
) -> LoadResult:
    """Read every article in ``paths`` (folders, files, or ``"-"`` for standard input).

    Folders are read non-recursively, files sorted by name, dotfiles skipped. Ids are file stems
    (or record ids), made unique with a ``-2``, ``-3`` suffix. ``stdin`` replaces ``sys.stdin``.
    ``exclude`` (the command's own output file) is skipped with a warning: a summary written into
    the folder it summarizes is not an article of the next run.

    Raises
    ------
    InputError
        A path does not exist, or no article could be loaded (the message lists each problem).
    NoTextError
        Every input was readable but none held Arabic text.
    """
    given = [paths] if isinstance(paths, str | Path) else list(paths)
    if not given:
        raise InputError(no_input())
    documents: list[Document] = []
    problems: list[KhulasaError] = []
    read: set[tuple[int, int]] = set()  # (device, inode) of each file read
    for item in given:
        label = str(item)
        if label == STDIN:
            _collect(lambda: _load_stdin(stdin), documents, problems)
            continue
        files, folder_problems = _expand(Path(item))
        problems.extend(folder_problems)
        for file in files:
            if exclude is not None and _same_file(file, exclude):
                problems.append(InputError(skipped_own_output(file)))
                continue
            if not _first_reading(file, read):  # read twice, its outlet would count twice
                problems.append(InputError(read_once(file)))
                continue
            _collect(partial(_load_file, file), documents, problems)
    if not documents:
        raise _nothing_loaded(problems)
    return LoadResult(unique_ids(documents), [str(p) for p in problems], tuple(problems))


def load_bytes(name: str, data: bytes) -> LoadResult:
    """Load one uploaded file given as ``name`` (its extension picks the format) and raw bytes.

    For callers that receive files without a file system path (the HTTP service). A bad record
    becomes a warning; a bad file raises :class:`InputError` or :class:`NoTextError`.
    """
    documents, problems = _parse_bytes(data, name, Path(name).stem, Path(name).suffix.lower(), path=None)
    if not documents:
        raise _nothing_loaded(problems)
    return LoadResult(unique_ids(documents), [str(p) for p in problems], tuple(problems))


def folder_read_by(paths: Sequence[str | Path], out: Path | None, stdout: TextIO | None = None) -> Path | None:
    """The folder among ``paths`` that the output would land in: ``out``, or when it is None
    ``stdout`` redirected to a file (``> folder/summary.txt``); None when neither lies in one.

    Folders are read non-recursively and dotfiles skipped, so a subfolder or a dotfile is not in one.
    """
    folders = [Path(p) for p in paths if str(p) != STDIN and _is_folder(Path(p))]
    if out is not None:
        if out.name.startswith("."):
            return None
        parent = _resolved(out.parent)
        return next((f for f in folders if _resolved(f) == parent), None)
    info = _file_stat(stdout)
    return next((f for f in folders if _holds(f, info)), None) if info is not None else None


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def _resolved(path: Path) -> Path | None:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a loop of links
        return None


def _file_stat(stream: TextIO | None) -> os.stat_result | None:
    """The stat of the regular file ``stream`` writes to; None for a terminal, a pipe or no file."""
    try:
        info = os.fstat(stream.fileno()) if stream is not None else None
    except (OSError, ValueError, AttributeError):  # io.UnsupportedOperation is an OSError
        return None
    return info if info is not None and stat.S_ISREG(info.st_mode) else None


def _holds(folder: Path, info: os.stat_result) -> bool:
    """Whether the file of ``info`` is one of the files ``folder`` holds (dotfiles aside)."""
    try:
        children = [c for c in folder.iterdir() if not c.name.startswith(".")]
    except OSError:
        return False
    return any(_same_stat(info, c) for c in children)


def _same_stat(info: os.stat_result, path: Path) -> bool:
    try:
        return os.path.samestat(info, path.stat())
    except OSError:  # a broken link
        return False


def decode_bytes(data: bytes, label: str) -> str:
    """Decode ``data`` with the detected encoding; drop a BOM and normalize newlines to ``"\\n"``.

    ``label`` names the input in error messages.
    """
    return decode_noting(data, label)[0]


def decode_noting(data: bytes, label: str) -> tuple[str, list[KhulasaError]]:
    """:func:`decode_bytes`, and a warning when a few invalid UTF-8 bytes were read as U+FFFD."""
    if not data.strip():
        raise InputError(empty_input(label))
    raw, notes = _decode_noting(data, label)
    text = clean_text(raw)
    if not text.strip():
        raise InputError(empty_input(label))
    return text, notes


def _decode_noting(data: bytes, label: str) -> tuple[str, list[KhulasaError]]:
    try:
        return _decode_strict(data, label), []
    except _NotUtf8 as error:
        bom_refusal = error.bom_refusal
    partly = _partly_utf8(data, label)  # a UTF-8 BOM, if any, reads as U+FEFF: clean_text drops it
    if partly is not None:
        return partly
    if bom_refusal is not None:  # never read a file that says it is UTF-8 as a code page
        raise bom_refusal
    return _decode_legacy(data, label)[0], []


def _partly_utf8(data: bytes, label: str) -> tuple[str, list[KhulasaError]] | None:
    """Bytes that are not valid UTF-8 read as UTF-8 all the same, with a warning, when they are
    UTF-8 with lines of another encoding (:func:`_mixed_encodings`) or with a few bad bytes
    (:func:`_mostly_utf8`); else None."""
    mixed = _mixed_encodings(data, label)
    if mixed is not None:
        return mixed
    mostly = _mostly_utf8(data)
    if mostly is None:
        return None
    text, places, first = mostly
    return _undo_double_encoding(text), [PartlyRead(invalid_utf8_replaced(label, places, first), replaced=places)]


class _NotUtf8(Exception):
    """Bytes without NULs that are not valid UTF-8; ``bom_refusal``: the error for bytes that open
    with a UTF-8 BOM, unless they are UTF-8 with a few bad bytes or lines of another code page."""

    def __init__(self, bom_refusal: InputError | None = None) -> None:
        super().__init__()
        self.bom_refusal = bom_refusal


def _mostly_utf8(data: bytes) -> tuple[str, int, int] | None:
    """``data`` read as UTF-8 with each invalid place as U+FFFD, how many places, and the first
    one's byte offset, when the invalid bytes are few (:data:`MAX_INVALID_UTF8_SHARE`) and the text
    is Arabic; else None."""
    escaped = data.decode("utf-8", errors="surrogateescape")  # each invalid byte: one lone surrogate
    runs = list(_ESCAPED_BYTES.finditer(escaped))
    bad_bytes = sum(run.end() - run.start() for run in runs)
    if not runs or bad_bytes > MAX_INVALID_UTF8_SHARE * len(data):
        return None
    text = _ESCAPED_BYTES.sub("\ufffd", escaped)
    if arabic_ratio(text) < MIN_ARABIC_RATIO:
        return None
    first = len(escaped[: runs[0].start()].encode("utf-8", errors="surrogateescape"))
    return text, len(runs), first


_ESCAPED_BYTES = re.compile("[\udc80-\udcff]+")
# A line of another encoding in a UTF-8 file: at least this many bytes UTF-8 cannot read, and at
# least this share of its non-ASCII bytes (a Windows-1256 letter is one byte UTF-8 never accepts
# alone; a UTF-8 line cut inside a letter or stained by a stray byte has one or two bad bytes).
_OTHER_LINE_BAD_BYTES = 4
_OTHER_LINE_BAD_SHARE = 0.5
# A line counts as UTF-8 Arabic with at least this many Arabic letters read as UTF-8: two bytes of
# Windows-1256 letters now and then make a valid UTF-8 letter, ten of them in one line never do.
_UTF8_LINE_ARABIC = 10


def _mixed_encodings(data: bytes, label: str) -> tuple[str, list[KhulasaError]] | None:
    """``data`` read line by line when UTF-8 Arabic lines sit beside lines of another encoding
    (paragraphs pasted from a Windows-1256 file): those lines read in the Arabic code page that
    reads them best, lines no encoding reads as Arabic with each bad place as U+FFFD, and one
    warning that names the lines. None when the file is not such a mix."""
    lines = data.splitlines(keepends=True)  # \r and \n are the same bytes in every code page here
    kinds = [_line_kind(line) for line in lines]
    if "other" not in kinds or "utf8" not in kinds:
        return None
    other = b"".join(line for line, kind in zip(lines, kinds, strict=True) if kind == "other")
    as_cp1256 = other.decode("cp1256", errors="replace")
    codec = _best_arabic_codepage(other, as_cp1256)[1] if arabic_ratio(as_cp1256) >= 0.5 else None
    parts: list[str] = []
    recoded: list[int] = []
    unreadable: list[int] = []
    for number, (line, kind) in enumerate(zip(lines, kinds, strict=True), start=1):
        if kind == "other" and codec is not None:
            parts.append(_recoded_line(line, codec))
            recoded.append(number)
            continue
        text, places = _ESCAPED_BYTES.subn("\ufffd", line.decode("utf-8", errors="surrogateescape"))
        parts.append(text)
        if places:
            unreadable.append(number)
    message = mixed_encodings(label, recoded, codec or "", unreadable)
    return "".join(parts), [PartlyRead(message, replaced=len(unreadable), recoded=len(recoded))]


# The words of a line and what separates them (white space, markup's < and >): bytes that never
# occur inside a UTF-8 letter, so a line cut at them cuts no letter in either encoding.
_WORDS_AND_GAPS = re.compile(rb"[^\s<>]+|[\s<>]+")
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


def _recoded_line(line: bytes, codec: str) -> str:
    """A line of another encoding read in ``codec``, except its words that are UTF-8 Arabic (a
    feed's UTF-8 title beside a Windows-1256 entry, a UTF-8 name pasted into a Windows-1256
    paragraph): each word that decodes as UTF-8 into Arabic letters or plain ASCII stays UTF-8."""
    parts = []
    for word in _WORDS_AND_GAPS.findall(line):
        try:
            text = word.decode("utf-8")
        except UnicodeDecodeError:
            text = None
        if text is None or not (text.isascii() or _ARABIC_LETTER.search(text)):
            text = word.decode(codec, errors="replace")
        parts.append(text)
    return "".join(parts)


def _line_kind(line: bytes) -> str:
    """``"utf8"`` (valid UTF-8 with Arabic), ``"other"`` (mostly bytes UTF-8 cannot read: another
    encoding), else ``"plain"`` (ASCII, or UTF-8 with a few bad bytes)."""
    escaped = line.decode("utf-8", errors="surrogateescape")
    bad = sum(run.end() - run.start() for run in _ESCAPED_BYTES.finditer(escaped))
    if not bad:
        return "utf8" if letter_counts(escaped)[0] >= _UTF8_LINE_ARABIC else "plain"
    high = sum(1 for byte in line if byte >= 0x80)
    return "other" if bad >= _OTHER_LINE_BAD_BYTES and bad >= _OTHER_LINE_BAD_SHARE * high else "plain"


def _decode_strict(data: bytes, label: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                refusal = InputError(undecodable(label, invalid_encoding(encoding, error.start)))
                if encoding == "utf-8":  # Notepad's UTF-8: a stray byte or a pasted paragraph is read
                    raise _NotUtf8(refusal) from None
                raise refusal from None
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise InputError(binary_file(label))
        return utf16
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise _NotUtf8 from None
    return _undo_double_encoding(text)


def _utf16_without_bom(data: bytes) -> str | None:
    """``data`` read as UTF-16 saved without a BOM, when it is that: NUL bytes only on one side of
    each pair (the high byte of spaces, digits and punctuation; an Arabic letter's is 0x06) and
    Arabic text once read. Else None: a binary file."""
    if len(data) % 2:
        return None
    for encoding, low in (("utf-16-le", data[0::2]), ("utf-16-be", data[1::2])):
        if b"\x00" in low:
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if arabic_ratio(text) >= MIN_ARABIC_RATIO:
            return text
    return None


def _undo_double_encoding(text: str) -> str:
    """UTF-8 Arabic that was once read as Windows-1252 or Latin-1 and saved again as UTF-8
    ("Ø§Ù„Ù‚Ù…Ø©" for "القمة", a common accident of editors and exports) read as the Arabic it
    was; any other text as it is."""
    if arabic_ratio(text) >= MIN_ARABIC_RATIO or not any(ch in text for ch in "ØÙ"):
        return text
    raw = bytearray()
    for ch in text:
        try:
            raw += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:  # a character neither code page has: not such text
                return text
            raw.append(ord(ch))  # Latin-1 (and the five bytes Windows-1252 leaves undefined)
    try:
        repaired = raw.decode("utf-8")
    except UnicodeDecodeError:
        return text
    return repaired if arabic_ratio(repaired) >= MIN_ARABIC_RATIO else text


# -- expanding paths -------------------------------------------------------------------------------


# A web address given as a path ("https://site/feed.rss", "file:///etc/passwd"; Path() has made
# "//" one "/"): nothing is fetched, and the message says so.
_WEB_ADDRESS = re.compile(r"(?i)(https?|ftp|file):/")


def _expand(path: Path) -> tuple[list[Path], list[KhulasaError]]:
    """Files to read for one given path, plus problems found while listing a folder."""
    try:
        exists, folder = path.exists(), path.is_dir()
    except OSError as error:  # a name too long for the file system, a loop of links
        raise InputError(cannot_read_file(path, os_reason(error))) from None
    if not exists:
        raise InputError(no_such_path(path, address=_WEB_ADDRESS.match(str(path)) is not None))
    if not folder:
        return [path], []
    try:
        children = sorted(p for p in path.iterdir() if not p.name.startswith("."))
    except OSError as error:
        return [], [InputError(cannot_list_folder(path, os_reason(error)))]
    files = [p for p in children if p.is_file()]
    supported = [p for p in files if p.suffix.lower() in SUPPORTED_SUFFIXES]
    skipped: list[KhulasaError] = [_unsupported(p) for p in files if p not in supported]
    if not supported:
        found = [p.name for p in files[:3]]
        subfolders = [p.name for p in children if p.is_dir()]
        message = folder_without_articles(path, found, len(files) > 3, SUPPORTED_SUFFIXES, subfolders)
        return [], [InputError(message)]
    return supported, skipped


def _first_reading(path: Path, read: set[tuple[int, int]]) -> bool:
    """Whether ``path`` is not among the files ``read`` (a file given twice, or given and inside a
    folder given, or linked), and now is."""
    try:
        info = path.stat()
    except OSError:
        return True  # reading it will name the problem
    key = (info.st_dev, info.st_ino)
    if key in read:
        return False
    read.add(key)
    return True


def _same_file(path: Path, other: Path) -> bool:
    try:
        return other.exists() and path.samefile(other)
    except OSError:
        return False


def _unsupported(path: Path) -> InputError:
    error = InputError(unsupported_file(path, path.suffix, SUPPORTED_SUFFIXES))
    error.api = unsupported_file(path, path.suffix, SUPPORTED_SUFFIXES, api=True)
    return error


def _collect(load: Callable[[], Loaded], documents: list[Document], problems: list[KhulasaError]) -> None:
    """Run one loader; a file-level error becomes a problem so that the other files still load."""
    try:
        docs, found = load()
    except KhulasaError as error:
        problems.append(error)
        return
    documents.extend(docs)
    problems.extend(found)


# -- reading one input -----------------------------------------------------------------------------


def _load_file(path: Path) -> Loaded:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise _unsupported(path)
    try:
        mode = path.stat().st_mode
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
            raise InputError(input_is_a_device(path))
        data = path.read_bytes()
    except OSError as error:
        raise InputError(cannot_read_file(path, os_reason(error))) from None
    return _parse_bytes(data, str(path), path.stem, suffix, path=str(path))


def _load_stdin(stdin: TextIO | None) -> Loaded:
    label = "standard input"
    text, notes = _read_stdin(stdin, label)
    loaded = _sniff_records(text, label, "stdin")
    if loaded is None:
        loaded = _checked([Document(id="stdin", text=text, source=unknown_outlet("stdin"), path=STDIN)], label)
    return loaded[0], [*notes, *loaded[1]]


def _read_stdin(stdin: TextIO | None, label: str) -> tuple[str, list[KhulasaError]]:
    """Standard input's text, and the warning of bytes read as U+FFFD or lines in another encoding
    (:func:`decode_noting`; before, piped bytes had them read without a word)."""
    try:
        if stdin is not None:
            text = stdin.read()
            if "\x00" in text:
                raise InputError(binary_stdin(label))
            text = clean_text(text)
            if not text.strip():
                raise InputError(empty_input(label))
            return text, []
        buffer = getattr(sys.stdin, "buffer", None)
        return decode_noting(buffer.read(), label) if buffer is not None else (clean_text(sys.stdin.read()), [])
    except UnicodeDecodeError:
        raise InputError(undecodable(label, not_valid_text())) from None
    except OSError as error:
        raise InputError(cannot_read(label, os_reason(error))) from None


def _parse_bytes(data: bytes, label: str, stem: str, suffix: str, *, path: str | None) -> Loaded:
    if suffix not in SUPPORTED_SUFFIXES:
        raise _unsupported(Path(label))
    if suffix in FEED_SUFFIXES:
        records, warnings = feed_records(data, label)
        documents, problems = _records_to_documents(records, label, stem, path=path, unit="entry")
        return documents, [*warnings, *problems]
    text, notes = decode_noting(data, label)
    documents, problems = _parse_text(text, label, stem, suffix, path)
    return documents, [*notes, *problems]


def _parse_text(text: str, label: str, stem: str, suffix: str, path: str | None) -> Loaded:
    if suffix in TEXT_SUFFIXES:
        if _own_markdown(text):
            raise InputError(own_output_not_an_article(label))
        return _checked([Document(id=stem, text=text, source=unknown_outlet(stem), path=path)], label)
    if suffix in HTML_SUFFIXES:
        if _own_html(text):
            raise InputError(own_output_not_an_article(label))
        return _checked([_html_document(text, label, stem, path)], label)
    if suffix == ".jsonl":
        return _parse_jsonl(text, label, stem, path)
    return _records_to_documents(_parse_json(text, label), label, stem, path=path)


def _checked(documents: list[Document], label: str) -> Loaded:
    """Keep documents with enough Arabic; the others become "no Arabic text" problems."""
    kept: list[Document] = []
    problems = Problems(label)
    for doc in documents:
        ratio = arabic_ratio(doc.text)
        if ratio >= MIN_ARABIC_RATIO:
            kept.append(doc)
        elif problems.room():
            problems.add(NoTextError(no_arabic(label + _record_suffix(doc, label), ratio)))
        else:
            problems.count()
    return kept, problems.listed(NoTextError)


def _record_suffix(doc: Document, label: str) -> str:
    return "" if doc.id in (Path(label).stem, "stdin") else f" record {doc.id!r}"


# -- formats ---------------------------------------------------------------------------------------


def _html_document(text: str, label: str, stem: str, path: str | None) -> Document:
    import trafilatura  # a core dependency, imported here because it is slow to import

    result: Any = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    main = getattr(result, "text", None) if result is not None else None
    if not main or not main.strip():
        raise NoTextError(no_html_text(label))
    url = result.url or None
    return Document(
        id=stem,
        text=clean_text(main),
        title=result.title or None,
        source=result.sitename or result.hostname or hostname(url) or unknown_outlet(stem),
        url=url,
        published=result.date or None,
        path=path,
    )


# The first heading of the Markdown that ``summarize`` and ``compare`` write, both of which end
# with a list of the sources under OWN_SOURCES_HEADING.
OWN_MARKDOWN_HEADINGS = ("## الخلاصة\n", "## ما تتفق عليه المصادر\n")
OWN_SOURCES_HEADING = "\n## المصادر\n"


# The line under each story's label in ``khulasa desk stories`` and ``desk story`` as text or
# Markdown (``desk.render._meta``; in italics in Markdown): its counts and summary version.
_OWN_DESK_META = re.compile(r"^_?المقالات: \d+ — المصادر: \d+ — الإصدار \d+ — ", re.MULTILINE)


def _own_markdown(text: str) -> bool:
    """A summary or comparison khulasa wrote as Markdown (``-f markdown -o summary.md``), or the
    desk's stories as Markdown or text (``desk stories -f markdown -o stories.md``)."""
    if text.lstrip().startswith(OWN_MARKDOWN_HEADINGS) and OWN_SOURCES_HEADING in text:
        return True
    return _OWN_DESK_META.search(text, 0, 4096) is not None


# The head of every HTML page khulasa writes (``compare -f html``) carries this marker; a page of
# an older khulasa is known by its sections of citation links.
OWN_HTML_MARKER = '<meta name="generator" content="khulasa">'
_OLD_OWN_HTML = ('<section id="consensus">', 'class="ref" href="#doc-')


def _own_html(text: str) -> bool:
    """A comparison khulasa wrote as HTML (``compare -f html -o compare.html``)."""
    end = text.find("</head>")
    head = text[:end] if end >= 0 else text[:4096]
    return OWN_HTML_MARKER in head or all(part in text for part in _OLD_OWN_HTML)


def _own_json(value: Any) -> bool:
    """A summary or comparison khulasa wrote as JSON: it carries the articles it was made from in
    ``documents``, which read as articles would count every outlet twice."""
    if not isinstance(value, dict) or "documents" not in value:
        return False
    return {"sentences", "coverage"} <= value.keys() or {"consensus", "outlets"} <= value.keys()


def _own_jsonl_record(value: Any) -> bool:
    """A line of a JSONL khulasa wrote: a story of ``group`` (``-o stories.jsonl``, with or without
    ``--summarize``) or of the desk (``desk stories -f json``, ``desk story -f json``, a JSON file of
    one story) or a result of ``batch``; read back, each of its lines would be a bad article."""
    if not isinstance(value, dict):
        return False
    return {"label", "size", "doc_ids"} <= value.keys() or _own_json(value)


def _parse_json(text: str, label: str) -> list[tuple[str, Any]]:
    try:
        value = load_json(text)
    except JsonProblem as problem:
        raise InputError(bad_json_file(label, problem.describe())) from None
    if _own_jsonl_record(value) or (isinstance(value, list) and value and _own_jsonl_record(value[0])):
        raise InputError(own_output_not_an_article(label))
    return records_in(value, label)


def _parse_jsonl(text: str, label: str, stem: str, path: str | None) -> Loaded:
    """JSONL records; a broken line is a problem of its own and the other lines still load."""
    found = jsonl_records(text, label)
    if not found.records and not found.problems:
        raise InputError(no_jsonl_records(label))
    if found.records and _own_jsonl_record(found.records[0][1]):
        raise InputError(own_output_not_an_article(label))
    documents, problems = _records_to_documents(found.records, label, stem, path=path, unit="line")
    return documents, [*found.problems, *problems]


def _sniff_records(text: str, label: str, stem: str) -> Loaded | None:
    """Documents of ``text`` read as JSON or JSONL if it is either, else ``None`` (plain text).

    JSONL when every non-blank line starts with ``{`` and at least one is a JSON object: then a
    broken line is a warning, as in a ``.jsonl`` file.
    """
    stripped = text.lstrip()
    if not stripped.startswith(("{", "[")):
        return None
    try:
        value = load_json(text)
    except JsonProblem as problem:
        if problem.line is None:  # valid JSON syntax so far, but unreadable (too deep): say so
            raise InputError(bad_json_stdin(label, problem.describe())) from None
    else:
        return _records_to_documents(records_in(value, label), label, stem, path=STDIN)
    lines = [line for line in text.split("\n") if line.strip()]
    if not all(line.lstrip().startswith("{") for line in lines):
        return None
    found = jsonl_records(text, label)
    if not any(isinstance(record, dict) for _, record in found.records):
        return None
    documents, problems = _records_to_documents(found.records, label, stem, path=STDIN, unit="line")
    return documents, [*found.problems, *problems]


def _records_to_documents(
    records: Iterable[tuple[str, Any]], label: str, stem: str, *, path: str | None, unit: str = "record"
) -> Loaded:
    """``unit``: what a record's number counts, ``"line"`` in JSONL (as its broken lines say),
    ``"entry"`` in a feed (whose entries without text are told in a feed's terms)."""
    documents: list[Document] = []
    problems = Problems(label)
    for number, record in records:
        try:
            if unit == "entry" and not record.get("text"):
                raise InputError(feed_entry_without_text(f"{label} entry {number}"))
            doc = read_record(record, f"{stem}-{number}", f"{label} {unit} {number}", path=path)
        except KhulasaError as error:
            problems.add(error)  # the error is dropped, only counted, once the list is full
            continue
        documents.append(doc)
    kept, no_arabic = _checked(documents, label)
    return kept, problems.listed(InputError) + no_arabic


def feed_records(data: bytes, label: str) -> tuple[list[tuple[str, Any]], list[KhulasaError]]:
    """The entries of an RSS or Atom feed as article records (numbered from 1), and warnings (an
    encoding declaration the bytes contradict).

    Each record: text from the entry's content or summary (HTML reduced to its text), title, link as
    url (http and https only), id (see :func:`_entry_id`), published date and the feed's title as
    the outlet (else the link's host).

    ``data`` is always parsed as the feed itself: it is decoded here (:func:`feed_text`) and handed
    to feedparser as a stream, never as a string, which feedparser would open as a path or fetch as
    a URL; no URL in the feed is fetched and no external entity read.
    """
    try:
        import feedparser
    except ImportError:
        from khulasa.errors import MissingExtraError

        raise MissingExtraError("reading RSS/Atom feeds", "desk") from None
    text, problems = feed_text(data, label)
    feed = feedparser.parse(
        io.BytesIO(_CHAR_REFERENCE.sub(_xml_character, text).encode("utf-8")),
        response_headers={"content-type": "application/xml; charset=utf-8"},
        resolve_relative_uris=False,
        sanitize_html=True,
    )
    entries = feed.get("entries") or []
    if not entries:
        added_line = _XML_DECLARATION.match(text) is None  # feedparser put a declaration line on top
        raise InputError(no_feed_entries(label, _feed_problem(feed, added_line)))
    outlet = (feed.get("feed") or {}).get("title") or None
    scope = _feed_scope(feed, label)
    records = []
    for n, entry in enumerate(entries, 1):
        content = entry.get("content") or []
        html = content[0].get("value", "") if content else entry.get("summary", "")
        record = {
            "text": html_text(html or ""),
            "title": entry.get("title"),
            "url": _web_url(entry.get("link")),
            "id": _entry_id(entry, scope),
            "published": entry.get("published") or entry.get("updated"),
            "source": outlet,
        }
        records.append((str(n), {k: v for k, v in record.items() if v}))
    return records, problems


def feed_text(data: bytes, label: str) -> tuple[str, list[KhulasaError]]:
    """A feed's bytes as text, and a warning when its XML declaration names another encoding.

    A byte-order mark, or UTF-16/32 recognized from the first ``<``, wins over any declaration.
    Bytes that are valid UTF-8 with non-ASCII letters are read as UTF-8 even when the declaration
    names a single-byte code page (read that way, UTF-8 Arabic turns into other Arabic letters:
    mojibake no letter check catches). Otherwise the declared encoding is used; when it is unknown,
    does not fit the bytes, or reads no Arabic where UTF-8 or Windows-1256 reads mostly Arabic, the
    bytes are read as :func:`decode_bytes` reads any text, with a warning.
    """
    if not data.strip():
        raise InputError(empty_input(label))
    wide = _wide_encoding(data)
    if wide is not None:
        encoding, skip = wide
        try:
            return data[skip:].decode(encoding), []
        except UnicodeDecodeError as error:
            raise InputError(undecodable(label, invalid_encoding(encoding, skip + error.start))) from None
    if b"\x00" in data:
        raise InputError(binary_file(label))
    match = _DECLARED_ENCODING.match(data)
    if match is None:
        return _decode_noting(data, label)
    return _declared_text(data, label, match.group(2).decode("ascii"))


def _declared_text(data: bytes, label: str, declared: str) -> tuple[str, list[KhulasaError]]:
    """Bytes whose XML declaration names ``declared``, read by the rules of :func:`feed_text`."""
    codec = _codec_name(declared)
    utf8 = _utf8(data)
    if utf8 is not None and (codec in ("utf-8", "utf-8-sig") or utf8.isascii()):
        return utf8, []
    if utf8 is not None and (codec is None or _single_byte(codec) or codec.startswith("utf-")):
        return utf8, [_not_as_declared(label, declared, "UTF-8", known=codec is not None)]
    partly = _partly_utf8(data, label) if utf8 is None and codec in ("utf-8", "utf-8-sig") else None
    if partly is not None:  # declared UTF-8, with a stray byte or lines of another code page
        return partly
    text: str | None = None
    if codec is not None and not codec.startswith("utf-"):
        with contextlib.suppress(UnicodeError):
            text = data.decode(codec)
    if text is not None and _other_arabic_codepage(codec) and _reads_better_as_cp1256(data, text):
        return data.decode("cp1256"), [_not_as_declared(label, declared, "CP1256")]
    if text is not None and not _arabic_elsewhere(data, text, utf8):
        return text, []
    # Not in the declared encoding, or Arabic only when read in another (UTF-8, Windows-1256).
    text, used = _decode_legacy(data, label) if utf8 is None else (utf8, "utf-8")
    return text, [_not_as_declared(label, declared, used.upper(), known=codec is not None)]


def _not_as_declared(label: str, declared: str, used: str, *, known: bool = True) -> PartlyRead:
    """The warning of a feed read as ``used``, not in the encoding its declaration names."""
    return PartlyRead(feed_encoding_differs(label, declared, used, known=known), declared=declared, read_as=used)


def _arabic_elsewhere(data: bytes, text: str, utf8: str | None) -> bool:
    """Whether ``text`` (the bytes read in their declared encoding) holds no Arabic where the bytes
    read as UTF-8 (when valid), else as Windows-1256, are mostly Arabic letters."""
    if arabic_ratio(text) >= MIN_ARABIC_RATIO:
        return False
    other = utf8 if utf8 is not None else data.decode("cp1256", errors="replace")
    return arabic_ratio(other) >= 0.5


def _other_arabic_codepage(codec: str | None) -> bool:
    """An Arabic single-byte code page other than Windows-1256 (Python names some with "-", the
    set with charset-normalizer's "_")."""
    return codec is not None and codec.replace("-", "_") in _ARABIC_CODEPAGES - {"cp1256"}


def _reads_better_as_cp1256(data: bytes, text: str) -> bool:
    """Whether bytes read as another Arabic code page (``text``) are Windows-1256 mislabelled.

    Every Arabic code page maps most high bytes to Arabic letters, so a wrong one still reads as
    "Arabic": a letter count cannot tell (Windows-1256 read as cp720 is 87 % Arabic letters). Real
    Arabic is about a fifth function words (في، من، على، أن), and mojibake has almost none."""
    try:
        as_cp1256 = data.decode("cp1256")
    except UnicodeDecodeError:
        return False
    theirs, ours = _function_word_share(text), _function_word_share(as_cp1256)
    return ours >= 0.05 and ours >= 2 * theirs


def _function_word_share(text: str) -> float:
    words = text.split()
    if not words:
        return 0.0
    common = stopwords()
    return sum(normalize(w) in common for w in words) / len(words)


_DECLARED_ENCODING = re.compile(rb"\s*<\?xml[^>]*?\sencoding\s*=\s*([\"'])([A-Za-z][A-Za-z0-9._-]{0,39})\1")
_XML_DECLARATION = re.compile(r"<\?xml[^>]*?>")
_CHAR_REFERENCE = re.compile(r"&#([xX][0-9a-fA-F]+|[0-9]+);")
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s:]")
# UTF-16/32 without a byte-order mark, told by how the first "<" is written (XML 1.0, appendix F).
_WIDE_STARTS = (
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00", "utf-16-le"),
    (b"\x00<", "utf-16-be"),
)


def _wide_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding of a feed written with a byte-order mark or in UTF-16/32, and the BOM's length."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    for start, encoding in _WIDE_STARTS:
        if data.startswith(start):
            return encoding, 0
    return None


def _utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _codec_name(name: str) -> str | None:
    """Python's name of a text encoding (``"windows-1256"`` → ``"cp1256"``), or ``None`` if unknown
    or not one that reads bytes as text (``zlib``, ``uu``, ``undefined``)."""
    try:
        codec = codecs.lookup(name).name
        b"<".decode(codec)
    except (LookupError, UnicodeError):
        return None
    return codec


@lru_cache(maxsize=64)
def _single_byte(codec: str) -> bool:
    """Whether ``codec`` reads each byte as a character of its own: no two bytes (the first above
    127) read as one character, as they do in UTF-8, GB18030 or Shift JIS."""
    return not any(_one_character(bytes([first, second]), codec) for first in range(128, 256) for second in range(256))


def _one_character(pair: bytes, codec: str) -> bool:
    try:
        return len(pair.decode(codec)) == 1
    except UnicodeError:
        return False


def _xml_character(reference: re.Match[str]) -> str:
    """A numeric character reference, or U+FFFD's when it names no character XML allows (NUL, a
    surrogate, past U+10FFFF: feedparser's lenient parser fails on some of them)."""
    digits = reference.group(1).lstrip("xX0") or "0"
    if len(digits) > 8:
        return "&#xFFFD;"
    code = int(digits, 16) if reference.group(1)[0] in "xX" else int(digits)
    allowed = code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD
    return reference.group(0) if allowed or 0x10000 <= code <= 0x10FFFF else "&#xFFFD;"


def _feed_scope(feed: Any, label: str) -> str:
    """The feed an entry id belongs to: the host of the feed's link, else its title, else the file's name."""
    info = feed.get("feed") or {}
    return hostname(info.get("link")) or " ".join(str(info.get("title") or "").split()) or Path(label).stem


def _entry_id(entry: Any, scope: str) -> str | None:
    """An entry's id: its guid (else its link) when that is a URI (``https://…``, ``urn:…``,
    ``tag:…``), unique everywhere; else (``1``, ``item-7``) unique only in its feed, so
    ``<scope>/<guid>``: two outlets that number their items 1, 2, … keep apart."""
    own = " ".join(str(entry.get("id") or entry.get("link") or "").split())
    if not own:
        return None
    return own if _URI.match(own) else f"{scope}/{own}"


def _web_url(link: str | None) -> str | None:
    """A feed entry's link when it is a web address (feedparser also makes one of a bare guid)."""
    if not link:
        return None
    try:
        scheme = urlsplit(link).scheme
    except ValueError:
        return None
    return link if scheme in ("http", "https") else None


def _feed_problem(feed: Any, added_line: bool) -> str | None:
    """What the XML parser said about a feed without entries, with the line counted in the file."""
    if not feed.get("bozo"):
        return None
    error = feed.get("bozo_exception")
    if isinstance(error, SAXParseException):
        line, column = error.getLineNumber() or 1, error.getColumnNumber() or 0
        return xml_problem(max(1, line - added_line), column, str(error.getMessage()))
    return str(error)


def html_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed entry's body): tags dropped, blocks on their own lines."""
    from html.parser import HTMLParser

    blocks = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"}
    parts: list[str] = []

    class _Text(HTMLParser):
        def handle_starttag(self, tag: str, attrs: Any) -> None:
            if tag in blocks:
                parts.append("\n")

        def handle_endtag(self, tag: str) -> None:
            if tag in blocks:
                parts.append("\n")

        def handle_data(self, data: str) -> None:
            parts.append(data)

    parser = _Text(convert_charrefs=True)
    parser.feed(fragment)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n\n".join(line for line in lines if line)


# -- small helpers ---------------------------------------------------------------------------------


def _decode_legacy(data: bytes, label: str) -> tuple[str, str]:
    """Decode non-UTF-8 bytes with charset-normalizer, preferring Windows-1256 for Arabic; the
    text and the encoding used."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise InputError(undecodable(label, not_an_encoding()))
    arabic = any(set(m.could_be_from_charset) & _ARABIC_CODEPAGES for m in matches)
    # Short texts sometimes come back as a Cyrillic or Greek code page; if Windows-1256 reads as
    # mostly Arabic letters it is the right reading for an Arabic summarizer.
    as_cp1256 = data.decode("cp1256", errors="replace")
    if arabic or arabic_ratio(as_cp1256) >= 0.5:
        return _best_arabic_codepage(data, as_cp1256)
    return str(matches[0]), matches[0].encoding


# The Arabic code pages other than Windows-1256, for bytes that read as Arabic in each of them.
_OTHER_ARABIC_CODEPAGES = ("iso8859_6", "cp720", "cp864", "mac_arabic")


def _best_arabic_codepage(data: bytes, as_cp1256: str) -> tuple[str, str]:
    """Windows-1256 (what Arabic sites and editors write), unless another Arabic code page reads
    ``data`` with at least twice its share of function words: every Arabic code page reads the
    others' bytes as Arabic letters, but as words only its own (ISO-8859-6 read as Windows-1256
    is "انرئêس" for "الرئيس")."""
    best, encoding, share = as_cp1256, "cp1256", _function_word_share(as_cp1256)
    for codec in _OTHER_ARABIC_CODEPAGES:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        theirs = _function_word_share(text)
        if theirs >= 0.05 and theirs >= 2 * share:
            best, encoding, share = text, codec, theirs
    return best, encoding


def unique_ids(documents: Sequence[Document]) -> list[Document]:
    """Give repeated ids a ``-2``, ``-3`` … suffix, in input order, so that ids stay unique (an
    unknown outlet shown with its id, :func:`~khulasa.records.unknown_outlet`, takes the new id too:
    two files named alike in two folders stay two outlets)."""
    seen: set[str] = set()
    unique: list[Document] = []
    for doc in documents:
        new_id, n = doc.id, 1
        while new_id in seen:
            n += 1
            new_id = f"{doc.id}-{n}"
        seen.add(new_id)
        if new_id == doc.id:
            unique.append(doc)
        else:
            source = unknown_outlet(new_id) if doc.source == unknown_outlet(doc.id) else doc.source
            unique.append(replace(doc, id=new_id, source=source))
    return unique


def _nothing_loaded(problems: list[KhulasaError]) -> KhulasaError:
    """One error for "nothing loaded": the single problem itself, or a one-line list of them all."""
    if len(problems) == 1:
        return problems[0]
    if not problems:
        return InputError(no_articles_found())
    kind = NoTextError if all(isinstance(p, NoTextError) for p in problems) else InputError
    error = kind(nothing_loaded(problems, _MAX_LISTED_PROBLEMS))
    error.parts = tuple(problems)
    if any(p.api is not None for p in problems):
        error.api = nothing_loaded([p.for_api() for p in problems], _MAX_LISTED_PROBLEMS)
    return error
