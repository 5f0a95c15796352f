"""HTTP API and web page: ``POST /v1/summarize``, ``POST /v1/compare``, the live desk (``POST /v1/articles``,
``GET /v1/stories``, ``GET /v1/stories/{id}``) and offline Arabic pages at ``/`` and ``/desk``.

The service has no summarization logic of its own: it validates requests against :class:`Limits`,
loads uploads with :func:`khulasa.io.load_documents`, and runs :func:`khulasa.summarize` or
:func:`khulasa.analysis.compare.compare` in a bounded thread pool with a time limit so the event loop keeps
answering other requests. Both endpoints accept the same bodies (JSON or multipart) and limits.
Every error is an RFC 9457 ``application/problem+json`` body; user input never causes a 500. One bad
record of ``documents`` never stops a request: it is left out and listed in ``skipped`` (a 422 only
when no record can be used, or the request itself is malformed).
"""

from __future__ import annotations

import asyncio
import json
import logging
import tempfile
import time
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from http import HTTPStatus
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, Generic, Literal, NamedTuple, TypeVar

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi_offline import FastAPIOffline
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import PydanticCustomError
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from khulasa import __version__
from khulasa.analysis.compare import compare
from khulasa.analysis.render_compare import render_comparison
from khulasa.deadline import Cutoff, time_limit
from khulasa.errors import (
    GIVEN_TO_CREATE_APP,
    BudgetTooSmall,
    DatabaseError,
    InputError,
    KhulasaError,
    MissingExtraError,
    PartlyRead,
    TimeLimitExceeded,
    bad_documents_field,
    bad_json_body,
    bad_request_record,
    bad_since_query,
    body_not_an_object,
    body_not_utf8,
    body_too_large,
    budget_not_a_boolean,
    compare_one_outlet,
    desk_recomputation_progress,
    desk_recomputation_timed_out,
    desk_unavailable,
    document_too_long,
    documents_field_not_text,
    documents_missing,
    files_not_uploads,
    internal_error,
    new_since_story_alone,
    no_arabic_text,
    no_demo,
    no_usable_record,
    not_an_article_list,
    nothing_uploaded,
    one_budget,
    order_time_undated,
    request_timed_out,
    server_busy,
    server_lacks_package,
    several_stories,
    too_many_documents,
    unknown_form_field,
    unsupported_media_type,
)
from khulasa.io import MIN_ARABIC_RATIO, SUPPORTED_SUFFIXES, load_documents, unique_ids
from khulasa.records import (
    MAX_ID_BYTES,
    TEXT_FIELDS,
    JsonProblem,
    RecordError,
    json_kind,
    load_json,
    read_record,
    replace_surrogates,
)
from khulasa.render import render
from khulasa.service.limits import Limits
from khulasa.stories.several import story_split
from khulasa.summarizer.pipeline import summarize
from khulasa.text.normalize import arabic_ratio
from khulasa.text.published import count_undated
from khulasa.types import Document

if TYPE_CHECKING:
    from khulasa.desk import Desk

LOG = logging.getLogger(__name__)
STATIC = Path(__file__).resolve().parent / "static"
PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_BASE = "urn:khulasa:problem:"
Format = Literal["json", "markdown", "text"]
CompareFormat = Literal["json", "markdown", "html"]
BUDGETS = ("words", "sentences", "chars")
# The page and its assets may only load from this server: no CDN, nothing inline.
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
T = TypeVar("T")

# What the OpenAPI schema says of records left out (a 200) and of a request none of whose records can be used (422).
SKIPPED_RECORDS = (
    "`skipped` (records of `documents` left out, the others used: each with `index`, its place from 0, `id` when "
    "it gives one, `field` at fault or null, `reason` (`empty`, `no_text`, `not_text`, `not_a_record`, "
    "`id_too_long`, `no_arabic`), `error`, `problem` (what is wrong and what to do) and `where`, the field's path; "
    "each also has a warning)"
)
NO_USABLE_RECORD = {
    "description": "The request is malformed (not JSON, no `documents` list, a bad option), or no record of "
    "`documents` can be used: the problem's `skipped` lists every record with its reason (and, when no upload "
    "could be read either, `files` and `skipped_files` the uploads)"
}


# --- problems (RFC 9457) --------------------------------------------------------------------


class Problem(Exception):
    """An error answered with a problem+json body; ``extra`` holds extension members."""

    def __init__(self, status: int, kind: str, detail: str, **extra: Any) -> None:
        super().__init__(detail)
        self.status = status
        self.kind = kind
        self.detail = detail
        self.extra = extra

    def to_dict(self) -> dict[str, Any]:
        """The problem as an RFC 9457 problem-details object."""
        return {
            "type": PROBLEM_BASE + self.kind,
            "title": HTTPStatus(self.status).phrase,
            "status": self.status,
            "detail": self.detail,
            **self.extra,
        }


def problem_response(problem: Problem, headers: Mapping[str, str] | None = None) -> JSONResponse:
    """The problem as a JSON response with its status."""
    return JSONResponse(
        encodable(problem.to_dict()),
        status_code=problem.status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=dict(headers or {}),
    )


def encodable(value: Any) -> Any:
    """``value`` with lone surrogates (echoed field names, file names) replaced, so UTF-8 can encode it."""
    if isinstance(value, str):
        return replace_surrogates(value)
    if isinstance(value, dict):
        return {encodable(k): encodable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [encodable(v) for v in value]
    return value


def limit_exceeded(limit: str, value: int | float, detail: str) -> Problem:
    """A 413 problem naming the limit and the value that exceeds it."""
    return Problem(413, "limit-exceeded", detail, limit=limit, value=value)


def invalid(field: str, detail: str, status: int = 422) -> Problem:
    """An invalid-request problem about ``field``."""
    return Problem(status, "invalid-request", f"{field}: {detail}" if field else detail, field=field)


def field_path(loc: Sequence[int | str]) -> str:
    """Pydantic location ``("documents", 0, "text")`` as ``documents[0].text``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def validation_problem(errors: Sequence[Mapping[str, Any]], prefix: Sequence[int | str] = ()) -> Problem:
    """One 422 problem naming the first bad field and listing all of them."""
    listed = [{"field": field_path([*prefix, *e["loc"]]), "message": e["msg"]} for e in errors]
    first = listed[0] if listed else {"field": "", "message": "invalid request"}
    problem = invalid(first["field"], first["message"])
    problem.extra["errors"] = listed
    return problem


# --- request models -------------------------------------------------------------------------


class DocumentIn(BaseModel):
    """One article sent in JSON (or just its text as a string), read as the CLI and batch read records.

    Describes the schema only: records are read by :func:`khulasa.records.read_record`.
    """

    model_config = ConfigDict(extra="allow", title="Article")

    text: str | None = Field(
        None, description="The article's text, as published. The first of text, body, content that holds text is used."
    )
    body: str | None = Field(None, description="Alternative to text.")
    content: str | None = Field(None, description="Alternative to text and body.")
    title: str | None = None
    source: str | None = Field(
        None, description="Outlet name; defaults to the URL's host, then the id given, else «مصدر غير معروف (ID)»."
    )
    outlet: str | None = Field(None, description="Alternative to source.")
    url: str | None = None
    published: str | None = Field(None, description="Publication time (ISO 8601), used for ordering.")
    id: str | None = Field(None, description="Unique within the request; defaults to 1, 2, ...")


class Options(BaseModel):
    """Budget and output format; at most one budget (default: 100 words)."""

    model_config = ConfigDict(extra="forbid")

    words: int | None = Field(None, ge=1, description="Word budget (default 100).")
    sentences: int | None = Field(None, ge=1, description="Sentence budget.")
    chars: int | None = Field(None, ge=1, description="Character budget.")
    format: Format = Field("json", description="json (as `khulasa summarize --format json`), markdown, text.")
    paraphrases: bool = Field(
        False,
        description="Also list, per sentence, passages of other outlets that "
        "state it in other words (`khulasa summarize --paraphrases`).",
    )
    order: Literal["position", "time", "selection"] = Field(
        "position",
        description="Order of the summary's sentences (`khulasa summarize --order`): position in the articles, "
        "time (by each article's `published`; `warnings` and `undated` say how many have no readable time), "
        "or selection.",
    )

    @field_validator(*BUDGETS, mode="before")
    @classmethod
    def _not_true_or_false(cls, value: Any) -> Any:
        """JSON ``true`` is not a budget (pydantic would read it as 1, and ``false`` as 0)."""
        if isinstance(value, bool):
            raise PydanticCustomError("int_type", budget_not_a_boolean())
        return value

    def budget(self) -> dict[str, int]:
        """The one budget given, as summarize keywords (empty for the default)."""
        given = {name: getattr(self, name) for name in BUDGETS if getattr(self, name) is not None}
        if len(given) > 1:
            names = sorted(given)
            raise invalid(names[1], one_budget(names))
        return given


class SummarizeRequest(Options):
    """The JSON body of ``POST /v1/summarize``."""

    documents: list[DocumentIn | str] = Field(
        min_length=1, description="The articles of one story; a record that cannot be used is left out (`skipped`)."
    )


class CompareOptions(BaseModel):
    """Output format of a comparison (it has no budget: every consensus item and figure is listed)."""

    model_config = ConfigDict(extra="forbid")

    format: CompareFormat = Field(
        "json", description="json (as `khulasa compare --format json`), markdown, html (a standalone page)."
    )


class ArticlesOptions(BaseModel):
    """``POST /v1/articles`` has no options: the articles alone."""

    model_config = ConfigDict(extra="forbid")


class ArticlesRequest(ArticlesOptions):
    """The JSON body of ``POST /v1/articles``."""

    documents: list[DocumentIn | str] = Field(
        min_length=1,
        description="Articles for the desk, of any stories; "
        "give each an id (or url) so that sending it again stores nothing. "
        "A record that cannot be used is left out (`skipped`); the others are stored.",
    )


class CompareRequest(CompareOptions):
    """The JSON body of ``POST /v1/compare``."""

    documents: list[DocumentIn | str] = Field(
        min_length=1,
        description="The articles of one story, one or more per outlet; "
        "a record that cannot be used is left out (`skipped`).",
    )


OptionsT = TypeVar("OptionsT", Options, CompareOptions, ArticlesOptions)


@dataclass(frozen=True, slots=True)
class Upload:
    """An uploaded file: its client-side name (directory parts dropped) and bytes."""

    name: str
    data: bytes


@dataclass(frozen=True, slots=True)
class Parsed(Generic[OptionsT]):
    """A checked request: articles sent as JSON, uploaded files (not read yet), the options, and
    the records of ``documents`` left out (see :func:`documents_from_json`)."""

    documents: list[Document]
    uploads: list[Upload]
    options: OptionsT
    skipped: tuple[dict[str, Any], ...] = ()


# --- pure helpers ---------------------------------------------------------------------------


class Records(NamedTuple):
    """The articles of a ``documents`` list and the records left out, each as :func:`skipped_record` gives it."""

    documents: list[Document]
    skipped: tuple[dict[str, Any], ...] = ()


def documents_from_json(items: Any, field: str = "documents") -> Records:
    """The articles of a JSON ``documents`` list, read by :func:`read_record` (ids default to 1, 2, …,
    by place in the list). As the CLI skips a bad record with a warning, a record that is not an
    article, or whose text is not Arabic, is left out and listed: one bad record never stops a request.
    A ``documents`` that is not a non-empty list is the request's problem (422)."""
    if not isinstance(items, list) or not items:
        got = "an empty list" if isinstance(items, list) else json_kind(items)
        raise invalid(field, not_an_article_list(got))
    documents: list[Document] = []
    skipped: list[dict[str, Any]] = []
    for i, item in enumerate(items):
        try:
            doc = read_record(item, str(i + 1), f"{field}[{i}]")
        except RecordError as exc:
            skipped.append(skipped_record(field, i, item, exc.field, exc.problem, exc.reason))
            continue
        ratio = arabic_ratio(doc.text)
        if ratio < MIN_ARABIC_RATIO:  # as the CLI's loader: khulasa reads Arabic articles
            skipped.append(skipped_record(field, i, item, _text_field(item), no_arabic_text(ratio), "no_arabic"))
            continue
        documents.append(doc)
    return Records(documents, tuple(skipped))


def skipped_record(field: str, index: int, item: Any, name: str | None, problem: str, reason: str) -> dict[str, Any]:
    """A record left out, as the response's ``skipped`` lists it: ``index`` (its place in
    ``documents``, from 0), ``id`` (when it gives a usable one), ``field`` (the field at fault, or
    ``None``: the record itself), ``reason`` (one word for the page: ``empty``, ``no_text``,
    ``not_text``, ``not_a_record``, ``id_too_long``, ``no_arabic``), ``error`` (the class the CLI's
    warning has: ``NoTextError`` for no Arabic, else ``InputError``) and ``problem`` (what is wrong
    and what to do, as the CLI words it); ``where`` is the place the warnings name."""
    given = item.get("id") if isinstance(item, dict) else None
    usable = isinstance(given, str | int | float) and not isinstance(given, bool)
    record_id = str(given) if usable and len(str(given).encode("utf-8", "replace")) <= MAX_ID_BYTES else None
    return {
        "index": index,
        **({"id": replace_surrogates(record_id)} if record_id else {}),
        "field": name,
        "reason": reason,
        "error": "NoTextError" if reason == "no_arabic" else "InputError",
        "problem": problem,
        "where": f"{field}[{index}].{name}" if name else f"{field}[{index}]",
    }


def _text_field(item: Any) -> str | None:
    """The field a record's text was read from (``None`` for a record that is the text itself)."""
    if not isinstance(item, dict):
        return None
    return next((n for n in TEXT_FIELDS if isinstance(item.get(n), str) and item[n].strip()), None)


def skipped_warnings(skipped: Sequence[Mapping[str, Any]]) -> list[str]:
    """One warning per record left out, naming it by its place (``documents[2].text: …``)."""
    return [bad_request_record(s["where"], s["problem"]) for s in skipped]


def no_usable_records(skipped: Sequence[Mapping[str, Any]]) -> Problem:
    """The 422 of a request none of whose records can be used: ``field`` names the first bad one,
    ``skipped`` lists every one with its reason, ``error`` is ``NoTextError`` when none is Arabic."""
    error = "NoTextError" if all(s["error"] == "NoTextError" for s in skipped) else "InputError"
    detail = no_usable_record(skipped_warnings(skipped))
    return Problem(422, "unprocessable", detail, field=skipped[0]["where"], error=error, skipped=list(skipped))


def check_documents(documents: Sequence[Document], limits: Limits) -> None:
    """Raise a problem when the documents exceed the request limits."""
    if len(documents) > limits.max_documents:
        raise limit_exceeded(
            "max_documents", limits.max_documents, too_many_documents(len(documents), limits.max_documents)
        )
    for doc in documents:
        if len(doc.text) > limits.max_doc_chars:
            raise limit_exceeded(
                "max_doc_chars",
                limits.max_doc_chars,
                document_too_long(doc.path or doc.id, len(doc.text), limits.max_doc_chars),
            )


def safe_name(filename: str | None, index: int) -> str:
    """The file's base name, without directories (``../x``, ``C:\\x``), control characters or excess length."""
    name = PurePath((filename or "").replace("\\", "/")).name
    name = "".join(ch for ch in replace_surrogates(name) if ch.isprintable()).strip()
    if len(name.encode()) > 200:  # file systems cap names at 255 bytes; keep the extension
        suffix = PurePath(name).suffix[:16]
        name = name.encode()[: 200 - len(suffix.encode())].decode(errors="ignore") + suffix
    return name if name.strip(".") else f"upload-{index + 1}.txt"


class Loaded(NamedTuple):
    """Articles read from a request, the warnings of what was left out, and each uploaded file that
    gave no article with the class of its error (``{"file", "error"}``: the page says why in Arabic)."""

    documents: list[Document]
    warnings: list[str]
    skipped: list[dict[str, str]]
    partly: tuple[dict[str, Any], ...] = ()  # files read though not all as written (``partly_read``)
    records: tuple[dict[str, Any], ...] = ()  # records of ``documents`` left out (``skipped``)


def load_uploads(uploads: Sequence[Upload]) -> Loaded:
    """Write uploads to a private temporary folder and read them with the CLI's loaders.

    Returns the documents, a warning per skipped file or record (a broken JSONL line, an empty
    file), as the CLI prints them, and the files that gave no article with their error's class.
    ``path`` becomes the client's file name, and temporary paths are removed from messages. When
    no upload can be read: a 422 problem whose ``files`` lists their names (and ``error`` the class
    of the loader's error).
    """
    with tempfile.TemporaryDirectory(prefix="khulasa-upload-") as tmp:
        names: dict[str, str] = {}
        paths: list[Path] = []
        for i, upload in enumerate(uploads):
            folder = Path(tmp) / f"{i:04d}"  # one folder per upload: equal names cannot collide
            folder.mkdir()
            path = folder / upload.name
            path.write_bytes(upload.data)
            paths.append(path)
            names[str(path)] = upload.name

        def client_side(message: str) -> str:
            for temp, name in names.items():
                message = message.replace(temp, name)
            return message.replace(tmp + "/", "")

        try:
            result = load_documents(paths)
        except KhulasaError as exc:  # no upload could be read: ``files`` names them for the page
            _refuse_for_lack_of_packages(exc.parts or (exc,))
            detail = client_side(exc.for_api())  # the temporary folder hidden
            files = [upload.name for upload in uploads]
            skipped = [{"file": names[str(p)], "error": _error_of(str(p), exc.parts or (exc,))} for p in paths]
            raise Problem(
                422, "unprocessable", detail, error=type(exc).__name__, files=files, skipped_files=skipped
            ) from None
        read = {doc.path for doc in result.documents}
        skipped = [
            {"file": names[str(path)], "error": _error_of(str(path), result.problems)}
            for path in paths
            if str(path) not in read
        ]
    docs = [replace(doc, path=names.get(doc.path or "", doc.path)) for doc in result.documents]
    warnings = [server_lacks_package() if _lacking(p) else client_side(p.for_api()) for p in result.problems]
    return Loaded(docs, warnings, skipped, _partly_read(result.problems, names))


def _partly_read(problems: Sequence[KhulasaError], names: Mapping[str, str]) -> tuple[dict[str, Any], ...]:
    """Each uploaded file read though not all as written (:class:`~khulasa.errors.PartlyRead`):
    ``{"file", "replaced", "recoded"}``, and ``declared`` and ``read_as`` for a feed not in the
    encoding it declares, so the page says what happened rather than "left out"."""
    return tuple(
        {"file": name, "replaced": p.replaced, "recoded": p.recoded}
        | ({"declared": p.declared, "read_as": p.read_as} if p.declared is not None else {})
        for p in problems
        if isinstance(p, PartlyRead)
        for path, name in names.items()
        if path in str(p)
    )


def _lacking(problem: KhulasaError) -> bool:
    """Whether ``problem`` is a package the server lacks (an RSS upload without feedparser): the
    operator's to install, logged with its pip command; the client is told only that."""
    if isinstance(problem, MissingExtraError):
        LOG.error("%s", problem)
        return True
    return False


def _refuse_for_lack_of_packages(problems: Sequence[KhulasaError]) -> None:
    """No upload could be read, each for a package the server lacks: a 503 for its operator."""
    if all([_lacking(p) for p in problems]):  # a list: every one is logged
        raise Problem(503, "feature-unavailable", server_lacks_package())


def _error_of(path: str, problems: Sequence[KhulasaError]) -> str:
    """The class of the first problem that names ``path`` (one file per temporary folder), a note
    that it was read in part (:class:`~khulasa.errors.PartlyRead`) aside."""
    return next((type(p).__name__ for p in problems if path in str(p) and not isinstance(p, PartlyRead)), "InputError")


def cluster_documents(parsed: Parsed[Any], limits: Limits) -> Loaded:
    """The request's articles with uploads loaded, ids made unique and limits checked, the
    warnings of the records and uploads left out (all uploads, with a warning, when articles came
    in ``documents``), the uploads that gave no article and the records left out."""
    try:
        uploaded = load_uploads(parsed.uploads) if parsed.uploads else Loaded([], [], [])
    except Problem as problem:  # no upload could be read: the typed articles still make a cluster
        if not parsed.documents:
            if parsed.skipped:  # nor any record: the problem lists them too
                problem.extra["skipped"] = list(parsed.skipped)
            raise
        uploaded = Loaded([], [problem.detail], problem.extra["skipped_files"])
    docs = unique_ids([*parsed.documents, *uploaded.documents])
    check_documents(docs, limits)
    warnings = [*skipped_warnings(parsed.skipped), *uploaded.warnings]
    return Loaded(docs, warnings, uploaded.skipped, uploaded.partly, parsed.skipped)


class JobResult(NamedTuple):
    """A job's output (JSON object or rendered text), its warnings (skipped uploads, undated
    articles under ``order=time``, several stories) and what JSON output adds for the page
    (``skipped_files``, ``undated``, ``several_stories``)."""

    body: dict[str, Any] | str
    warnings: list[str]
    extra: Mapping[str, Any] = {}


def _skipped_files(loaded: Loaded) -> dict[str, Any]:
    """What JSON output adds for what was left out: ``skipped`` (records of ``documents``),
    ``skipped_files`` (uploads that gave no article) and ``partly_read`` (uploads read with
    characters replaced or lines in another encoding), each when there is any."""
    extra: dict[str, Any] = {"skipped": list(loaded.records)} if loaded.records else {}
    if loaded.skipped:
        extra["skipped_files"] = loaded.skipped
    if loaded.partly:
        extra["partly_read"] = list(loaded.partly)
    return extra


def summarize_job(parsed: Parsed[Options], limits: Limits) -> JobResult:
    """Load, check and summarize: the CPU-bound part of a request, run off the event loop."""
    loaded = cluster_documents(parsed, limits)
    docs, warnings, extra = loaded.documents, list(loaded.warnings), _skipped_files(loaded)
    options = parsed.options
    budget: dict[str, Any] = options.budget()
    summary = summarize(docs, paraphrases=options.paraphrases, order=options.order, **budget)
    undated = count_undated(docs) if options.order == "time" else 0
    if undated:  # as the CLI warns: their sentences come last (or, none dated, the articles' order)
        warnings.append(order_time_undated(undated, len(docs), api=True))
        extra["undated"] = {"undated": undated, "of": len(docs)}
    _note_several_stories(docs, warnings, extra)
    fmt = options.format
    return JobResult(summary.to_dict() if fmt == "json" else render(summary, fmt), warnings, extra)


def _note_several_stories(docs: Sequence[Document], warnings: list[str], extra: dict[str, Any]) -> None:
    """As the CLI warns: articles that read as several stories get a warning and ``several_stories``
    (``articles``, and ``stories``: each one's size, largest first), which the page shows."""
    split = story_split(docs)
    if split is not None:
        warnings.append(several_stories(split.articles, split.stories, api=True))
        extra["several_stories"] = split.to_dict()


def compare_job(parsed: Parsed[CompareOptions], limits: Limits) -> JobResult:
    """Load, check and compare the outlets: the CPU-bound part of a compare request."""
    loaded = cluster_documents(parsed, limits)
    warnings, extra = list(loaded.warnings), _skipped_files(loaded)
    comparison = compare(loaded.documents)
    if len(comparison.outlets) < 2:  # as the CLI warns (the page says it from ``outlets``)
        warnings.append(compare_one_outlet(comparison.outlets))
    _note_several_stories(loaded.documents, warnings, extra)
    fmt = parsed.options.format
    body = comparison.to_dict() if fmt == "json" else render_comparison(comparison, fmt)
    return JobResult(body, warnings, extra)


def open_desk(desk_url: str | None, **settings: Any) -> Desk:
    """The server's desk. A database that cannot be opened is the server's misconfiguration, not
    the client's mistake: a 503 that names no URL (the log says which, with the password hidden)."""
    from khulasa.desk import Desk, DeskSettings

    try:
        return Desk(desk_url, replace(DeskSettings(), **settings), given=GIVEN_TO_CREATE_APP if desk_url else None)
    except (DatabaseError, TimeLimitExceeded):
        raise  # a failure of the file itself (see on_user_error), or the time limit (504)
    except KhulasaError as exc:
        LOG.error("the desk's database cannot be opened: %s", exc)
        raise Problem(503, "desk-unavailable", desk_unavailable()) from None


@dataclass
class Recomputing:
    """How far the recomputation of an older khulasa's desk features got during a request (see
    :meth:`khulasa.desk.Desk.upgrade_features`): a request past its time limit then says so."""

    done: int = 0
    total: int = 0
    active: bool = False

    def __call__(self, done: int, total: int) -> None:
        self.done, self.total, self.active = done, total, done < total


def ingest_job(
    parsed: Parsed[ArticlesOptions], limits: Limits, desk_url: str | None, recomputing: Recomputing | None = None
) -> dict[str, Any]:
    """Store the request's usable articles in the desk, in one transaction: all of them or (past
    the time limit, or on a database failure) none; the records left out (not an article, no
    Arabic) are listed in ``skipped``, and sent again once fixed they are stored. Summaries are
    left to the next read (GET), so a slow summary never turns a stored batch into a timeout. An
    older khulasa's desk has its grouping features recomputed first, in chunks that are kept
    (``recomputing`` follows them)."""
    from khulasa.errors import ids_taken

    loaded = cluster_documents(parsed, limits)
    docs, warnings = loaded.documents, loaded.warnings
    with open_desk(desk_url, batch_size=len(docs)) as desk:
        desk.upgrade_features(progress=recomputing)  # as ingest would, followed
        report = desk.ingest(docs, summaries=False)
    result = {
        **_skipped_files(loaded),
        "skipped": list(loaded.records),
        "stored": report.stored,
        "duplicates": report.duplicates,
        "copies": report.copies,
        "new_stories": report.new_stories,
        "merges": [{"absorbed": a, "into": b} for a, b in report.merges],
        "stories": sorted(report.changed),
        "renamed": [{"id": given, "stored_as": stored} for given, stored in report.renamed],
    }
    if report.renamed:
        warnings = [*warnings, ids_taken(report.renamed)]
    return {**result, "warnings": warnings} if warnings else result


def stories_job(desk_url: str | None, top: bool, since: float | None, limit: int) -> dict[str, Any]:
    """The desk's stories as JSON (run off the event loop)."""
    with open_desk(desk_url) as desk:
        views = desk.stories(top=top, since=since, limit=limit)
        absorbed = desk.absorbed([v.id for v in views])
        stories = [{**v.to_dict(), "absorbed": absorbed[v.id]} for v in views]
        return {"order": "top" if top else "newest", "stories": stories}


def story_job(
    desk_url: str | None, story_id: str, new_since: int | None, version: int | None, since_story: str | None = None
) -> dict[str, Any]:
    """One desk story with its summary as JSON (run off the event loop); ``since_story``: the
    story (one it absorbed) whose version ``new_since`` is."""
    if since_story is not None and new_since is None:
        raise invalid("new_since_story", new_since_story_alone())
    with open_desk(desk_url) as desk:
        try:
            view = desk.story(story_id, version=version)
        except InputError as exc:  # no such story or version (a database failure is not a 404)
            raise Problem(404, "not-found", exc.for_api()) from None
        out = view.to_dict()
        out["figures"] = view.figures
        out["merged_from"] = [a for a, b, _ in desk.merges() if b == view.id]
        out["absorbed"] = desk.absorbed([view.id])[view.id]
        if new_since is not None:
            try:
                # an old id (a story merged into this one) with new_since: a version of that story
                of = since_story or story_id
                changes = desk.changes_since(view, new_since, story=of)
            except InputError as exc:  # past the latest version, later than the one shown, not absorbed
                raise invalid("new_since", exc.for_api()) from None
            out["new_since"] = new_since
            if of != view.id:
                out["new_since_story"] = of
            out.update(changes.to_dict())
        return out


# --- request parsing ------------------------------------------------------------------------


def media_type(request: Request) -> str:
    """The request's content type without parameters, lower case."""
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


async def parse_request(request: Request, limits: Limits, options_model: type[OptionsT]) -> Parsed[OptionsT]:
    """Parse a JSON or multipart body into articles, uploads and options, checking the limits.

    A JSON body is the options plus a ``documents`` list; articles in it are read as the CLI reads
    records (:func:`khulasa.records.read_record`).
    """
    kind = media_type(request)
    if kind == "application/json" or kind.endswith("+json"):
        records, options = await parse_json_request(request, limits, options_model)
        parsed = Parsed(records.documents, [], options, records.skipped)
    elif kind == "multipart/form-data":
        parsed = await parse_multipart_request(request, limits, options_model)
    else:
        raise Problem(415, "unsupported-media-type", unsupported_media_type(kind))
    check_documents(parsed.documents, limits)
    return parsed


async def parse_json_request(
    request: Request, limits: Limits, options_model: type[OptionsT]
) -> tuple[Records, OptionsT]:
    """Read the body here, then parse and validate it in a thread: a few megabytes of JSON take
    seconds to parse, and on the event loop they would stall every other request meanwhile."""
    body = await request.body()
    return await asyncio.to_thread(json_body, body, limits, options_model)


def json_body(body: bytes, limits: Limits, options_model: type[OptionsT]) -> tuple[Records, OptionsT]:
    """The articles and options of a JSON request body (CPU-bound: run off the event loop); a 422
    when no record of ``documents`` can be used."""
    try:
        payload = load_json(body.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise invalid("body", body_not_utf8(exc.start + 1), status=400) from None
    except JsonProblem as problem:
        raise invalid("body", bad_json_body(problem.describe()), status=400) from None
    if not isinstance(payload, dict):
        raise invalid("body", body_not_an_object(json_kind(payload)))
    raw_docs = payload.get("documents")
    # Count first, so an oversized request gets the limit, not a complaint about its 101st item.
    if isinstance(raw_docs, list) and len(raw_docs) > limits.max_documents:
        raise limit_exceeded(
            "max_documents", limits.max_documents, too_many_documents(len(raw_docs), limits.max_documents)
        )
    try:
        # encodable(): pydantic cannot name a key holding a lone surrogate, nor report its value
        options = options_model.model_validate(encodable({k: v for k, v in payload.items() if k != "documents"}))
    except ValidationError as exc:
        raise validation_problem(exc.errors()) from None
    if "documents" not in payload:
        raise invalid("documents", documents_missing())
    records = documents_from_json(raw_docs)
    if not records.documents:
        raise no_usable_records(records.skipped)
    return records, options


async def parse_multipart_request(request: Request, limits: Limits, options_model: type[OptionsT]) -> Parsed[OptionsT]:
    """The uploads and options of a multipart form request, checked."""
    form = await request.form(max_files=limits.max_documents * 10, max_fields=1000, max_part_size=limits.max_body_bytes)
    try:
        files = [v for key in ("files", "files[]", "file") for v in form.getlist(key)]
        uploads_in = [f for f in files if isinstance(f, UploadFile)]
        if len(uploads_in) != len(files):
            raise invalid("files", files_not_uploads())
        option_names: tuple[str, ...] = tuple(options_model.model_fields)
        known = {"files", "files[]", "file", "documents", *option_names}
        unknown = sorted(set(form.keys()) - known)
        if unknown:
            raise invalid(unknown[0], unknown_form_field(known))
        raw = {k: form.get(k) for k in option_names if form.get(k) not in (None, "")}
        try:
            options = options_model.model_validate(raw)
        except ValidationError as exc:
            raise validation_problem(exc.errors()) from None
        records = await asyncio.to_thread(parse_documents_field, form.get("documents"))
        sent = len(records.documents) + len(records.skipped) + len(uploads_in)
        if sent > limits.max_documents:
            raise limit_exceeded("max_documents", limits.max_documents, too_many_documents(sent, limits.max_documents))
        if not records.documents and not uploads_in:
            raise no_usable_records(records.skipped) if records.skipped else invalid("files", nothing_uploaded())
        uploads = [Upload(safe_name(f.filename, i), await f.read()) for i, f in enumerate(uploads_in)]
    finally:
        await form.close()
    return Parsed(records.documents, uploads, options, records.skipped)


def parse_documents_field(value: Any) -> Records:
    """The optional ``documents`` form field: a JSON list of articles, as in the JSON body."""
    if value in (None, ""):
        return Records([])
    if not isinstance(value, str):
        raise invalid("documents", documents_field_not_text())
    try:
        items = load_json(value)
    except JsonProblem as problem:
        raise invalid("documents", bad_documents_field(problem.describe())) from None
    return documents_from_json(items)


# --- running off the event loop -------------------------------------------------------------


async def run_limited(
    executor: ThreadPoolExecutor, func: Callable[[], T], timeout: float, action: str = "summarizing"
) -> T:
    """Run ``func`` in ``executor`` within ``timeout`` seconds (queueing included).

    A job still queued at the deadline is cancelled (503). One already running gets a 504 at the
    deadline, and, since a thread cannot be stopped from outside, stops itself at the pipeline's
    next time check (:mod:`khulasa.deadline`), which frees its worker slot. A job that stores
    something (the desk's ingest) has a :class:`~khulasa.deadline.Cutoff`: given up at the deadline,
    it rolls back instead of committing; found committing, it is waited for and its result answered,
    so a 504 always means nothing was stored.
    """
    deadline = time.monotonic() + timeout
    cutoff = Cutoff()

    def limited() -> T:
        with time_limit(deadline - time.monotonic(), cutoff):
            return func()

    future: Future[T] = executor.submit(limited)
    try:
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), timeout)
        except TimeoutError:
            if future.cancelled():
                raise Problem(503, "busy", server_busy(timeout), limit="timeout_seconds", value=timeout) from None
            if cutoff.abandon():
                raise timed_out(action, timeout) from None
            return await asyncio.wrap_future(future)  # committing when the time ran out: its outcome
    except TimeLimitExceeded:  # the job noticed the deadline first
        raise timed_out(action, timeout) from None


def recomputation_timed_out(recomputing: Recomputing, timeout: float) -> Problem:
    """A 504 while an older khulasa's desk had its grouping features recomputed: the chunks done
    are kept, the request's articles are not stored, and the log tells the operator how far it got."""
    LOG.warning(desk_recomputation_progress(recomputing.done, recomputing.total))
    detail = desk_recomputation_timed_out(recomputing.done, recomputing.total, timeout)
    return Problem(504, "timeout", detail, limit="timeout_seconds", value=timeout)


def timed_out(action: str, timeout: float) -> Problem:
    """A 504 problem: ``action`` passed the time limit."""
    return Problem(504, "timeout", request_timed_out(action, timeout), limit="timeout_seconds", value=timeout)


# --- middleware -----------------------------------------------------------------------------


class BodyLimit:
    """Refuse request bodies over ``max_bytes``: by Content-Length at once, else while streaming.

    The body is read and discarded (up to ``drain_bytes`` in all) before the 413 goes out: most
    clients (urllib, requests, a browser's fetch) send the whole body before they read an answer,
    and a server that closes a connection with unread data makes the client see a reset, not the 413.
    """

    def __init__(self, app: ASGIApp, max_bytes: int, drain_bytes: int | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.drain_bytes = drain_bytes if drain_bytes is not None else max(4 * max_bytes, 16_000_000)

    def problem(self) -> Problem:
        """The 413 problem of a body over the limit."""
        return limit_exceeded("max_body_bytes", self.max_bytes, body_too_large(self.max_bytes))

    async def drain(self, receive: Receive, received: int) -> None:
        """Read and drop the rest of the body, up to ``drain_bytes`` in all, or until the client leaves."""
        while received <= self.drain_bytes:
            message = await receive()
            if message["type"] != "http.request":
                return
            received += len(message.get("body", b""))
            if not message.get("more_body", False):
                return

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None:
            try:
                too_big = int(length) > self.max_bytes
            except ValueError:
                too_big = False  # the server rejects a malformed header before we see it
            if too_big:
                await self.drain(receive, 0)
                await problem_response(self.problem(), {"Connection": "close"})(scope, receive, send)
                return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    if message.get("more_body", False):
                        await self.drain(receive, received)
                    raise self.problem()
            return message

        await self.app(scope, limited, send)


# --- the app --------------------------------------------------------------------------------


def create_app(limits: Limits | None = None, desk_url: str | None = None) -> FastAPI:
    """The FastAPI application; ``limits`` default to :meth:`Limits.from_env`, the desk's database
    to ``$KHULASA_DB`` (else ``./khulasa-desk.sqlite``)."""
    limits = limits if limits is not None else Limits.from_env()
    executor = ThreadPoolExecutor(max_workers=limits.max_concurrency, thread_name_prefix="khulasa")

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        executor.shutdown(wait=False, cancel_futures=True)

    # FastAPIOffline serves Swagger UI from files inside its wheel: /docs works with no network.
    app = FastAPIOffline(
        title="khulasa",
        version=__version__,
        summary="Attributed, non-redundant summaries of Arabic news clusters.",
        lifespan=lifespan,
        redoc_url=None,
    )
    app.state.limits = limits
    app.state.executor = executor
    app.add_middleware(BodyLimit, max_bytes=limits.max_body_bytes)
    add_error_handlers(app)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _add_summary_routes(app, limits, executor)
    _add_desk_routes(app, limits, executor, desk_url)
    app.openapi = lambda: openapi_schema(app)  # type: ignore[method-assign]
    return app


def _add_summary_routes(app: FastAPI, limits: Limits, executor: ThreadPoolExecutor) -> None:
    """The page, health and version, and the summarize and compare endpoints."""

    @app.get("/", include_in_schema=False)
    async def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8", headers=PAGE_HEADERS)

    @app.get("/healthz", tags=["service"])
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/v1/version", tags=["service"])
    async def version() -> dict[str, Any]:
        return {"name": "khulasa", "version": __version__, "api": "v1", "limits": limits.to_dict()}

    @app.get("/v1/demo", tags=["summarize"])
    async def demo() -> dict[str, Any]:
        """The bundled demo cluster, as a ready ``documents`` list for ``POST /v1/summarize`` or ``/v1/compare``."""
        docs = await run_limited(executor, demo_documents, limits.timeout_seconds)
        return {"documents": [{k: v for k, v in d.to_dict().items() if k != "path"} for d in docs]}

    @app.post(
        "/v1/summarize",
        tags=["summarize"],
        openapi_extra=request_body_openapi("SummarizeRequest", Options),
        responses={
            200: {
                "description": "`khulasa summarize --format json` output, or text/markdown; JSON adds `warnings`, "
                + SKIPPED_RECORDS
                + ", `skipped_files` (uploads that gave no article: `file`, `error`), `partly_read` (uploads read "
                "though not all as written: `file`, `replaced` places shown as U+FFFD, `recoded` lines read in another "
                "encoding; for a feed not in the encoding it declares, `declared` and `read_as`) and, under "
                "`order=time`, "
                "`undated` (`undated` of `of` articles without a readable time) and `several_stories` (the articles "
                "read as several stories, which one summary mixes: `articles`, and `stories`, each one's size, "
                "largest first) when there are any"
            },
            422: NO_USABLE_RECORD,
        },
    )
    async def summarize_endpoint(request: Request) -> Response:
        """Summarize a cluster sent as JSON or as a multipart upload of article files."""
        parsed = await parse_request(request, limits, Options)
        parsed.options.budget()  # two budgets: a 422 before any work
        result = await run_limited(executor, lambda: summarize_job(parsed, limits), limits.timeout_seconds)
        return result_response(result, parsed.options.format)

    @app.post(
        "/v1/compare",
        tags=["compare"],
        openapi_extra=request_body_openapi("CompareRequest", CompareOptions),
        responses={
            200: {
                "description": "`khulasa compare --format json` output, or markdown/html; JSON adds `warnings` "
                "(among them, when the articles come from one outlet, that comparing needs two or more), "
                + SKIPPED_RECORDS
                + ", `skipped_files` (uploads that gave no article: `file`, `error`), `partly_read` (uploads read "
                "though not all as written: `file`, `replaced` places shown as U+FFFD, `recoded` lines read in "
                "another encoding; for a feed not in the encoding it declares, `declared` and `read_as`) and "
                "`several_stories` (the "
                "articles read as several stories, which one comparison mixes: `articles`, and `stories`, each "
                "one's size, largest first) when there are any"
            },
            422: NO_USABLE_RECORD,
        },
    )
    async def compare_endpoint(request: Request) -> Response:
        """Compare the outlets of a cluster (same bodies and limits as ``/v1/summarize``): consensus
        facts, facts unique to one outlet, figures side by side, actors; every item with its sources."""
        parsed = await parse_request(request, limits, CompareOptions)
        result = await run_limited(
            executor, lambda: compare_job(parsed, limits), limits.timeout_seconds, action="comparing"
        )
        return result_response(result, parsed.options.format)


def _add_desk_routes(app: FastAPI, limits: Limits, executor: ThreadPoolExecutor, desk_url: str | None) -> None:
    """The desk's page and its endpoints: articles in, stories out."""

    @app.get("/desk", include_in_schema=False)
    async def desk_page() -> FileResponse:
        return FileResponse(STATIC / "desk.html", media_type="text/html; charset=utf-8", headers=PAGE_HEADERS)

    @app.post(
        "/v1/articles",
        tags=["desk"],
        openapi_extra=request_body_openapi("ArticlesRequest", ArticlesOptions),
        responses={
            200: {
                "description": "What was stored and which stories changed; "
                + SKIPPED_RECORDS
                + ", always present; `skipped_files` and `partly_read` for uploads as `POST /v1/summarize` gives them"
            },
            422: NO_USABLE_RECORD,
            503: {"description": "The desk's database is unavailable or busy: nothing was stored"},
            504: {"description": "Past the time limit: nothing was stored"},
            507: {"description": "The desk's database is full: nothing was stored"},
        },
    )
    async def articles_endpoint(request: Request) -> Response:
        """Add articles to the live desk (same bodies and limits as ``/v1/summarize``): every usable
        one or, on a failure, none; a record that is not an article, or not Arabic, is left out and
        listed in ``skipped`` (sent again once fixed, it is stored). Sending an article again (the
        same wording) stores nothing; an article whose id the desk holds for another wording is
        stored under a new id (``renamed``); a syndicated copy is stored and marked."""
        parsed = await parse_request(request, limits, ArticlesOptions)
        recomputing = Recomputing()
        try:
            result = await run_limited(
                executor,
                lambda: ingest_job(parsed, limits, desk_url, recomputing),
                limits.timeout_seconds,
                action="storing the articles",
            )
        except Problem as problem:
            if problem.status == 504 and recomputing.active:
                raise recomputation_timed_out(recomputing, limits.timeout_seconds) from None
            raise
        return JSONResponse(result)

    @app.get("/v1/stories", tags=["desk"])
    async def stories_endpoint(
        top: bool = False, since: str | None = None, limit: int = Query(50, ge=1, le=500)
    ) -> Response:
        """The desk's stories, newest first, or with ``top=true`` by recent growth; each as one line
        of `khulasa desk stories --format json` (``summary`` is the summarize JSON) plus ``absorbed``,
        the stories merged into it (see ``GET /v1/stories/{id}``'s ``new_since_story``). ``since``: a
        time, or an age (30m, 2h, 1d) as `khulasa desk stories --since` takes."""
        from khulasa.text.published import since_timestamp

        since_ts = None
        if since is not None:
            since_ts = since_timestamp(since, time.time())
            if since_ts is None:
                raise invalid("since", bad_since_query())
        result = await run_limited(
            executor,
            lambda: stories_job(desk_url, top, since_ts, limit),
            limits.timeout_seconds,
            action="reading the stories",
        )
        return JSONResponse(result)

    @app.get("/v1/stories/{story_id}", tags=["desk"])
    async def story_endpoint(
        story_id: str,
        new_since: int | None = Query(None, ge=1),
        version: int | None = Query(None, ge=1),
        new_since_story: str | None = Query(
            None,
            description="A story this one absorbed (its `absorbed` list): `new_since` is a version of that "
            "story, and `new` marks what a reader of that story's summary does not know yet.",
        ),
    ) -> Response:
        """One story with its latest (or ``version``) summary and figures over time; ``new_since``
        lists the summary sentences whose main statement was not in that earlier version, ``details``
        the sentences that add a detail to a statement it made, with the spans of what they add.
        ``absorbed``: the stories merged into this one (their old ids lead here); with
        ``new_since_story`` one of them, ``new_since`` is a version of that story (a reader who read
        it before the merge)."""
        result = await run_limited(
            executor,
            lambda: story_job(desk_url, story_id, new_since, version, new_since_story),
            limits.timeout_seconds,
            action="reading the story",
        )
        return JSONResponse(result)


MEDIA_TYPES = {"markdown": "text/markdown", "text": "text/plain", "html": "text/html"}


def result_response(result: JobResult, fmt: str) -> Response:
    """The job's output; skipped uploads are never silent: JSON gains a ``warnings`` list (and the
    job's ``extra``), text formats an ``X-Khulasa-Warnings`` header (a JSON list, non-ASCII escaped)."""
    if isinstance(result.body, dict):
        body = {**result.body, "warnings": result.warnings} if result.warnings else result.body
        return JSONResponse({**body, **result.extra})
    headers = {"X-Khulasa-Warnings": json.dumps(result.warnings)} if result.warnings else None
    return Response(result.body, media_type=f"{MEDIA_TYPES[fmt]}; charset=utf-8", headers=headers)


def demo_documents() -> list[Document]:
    """The demo cluster's articles, from its records file (outlet names, titles, dates) if shipped."""
    try:
        from khulasa import demo
    except ImportError:
        raise Problem(404, "not-found", no_demo()) from None
    records = getattr(demo, "demo_records_path", None)
    path = Path(records()) if records is not None else Path(demo.demo_path())
    return list(load_documents([path]).documents)


def add_error_handlers(app: FastAPI) -> None:
    """Register handlers that answer every error with a problem-details response."""

    @app.exception_handler(Problem)
    async def on_problem(_: Request, exc: Problem) -> JSONResponse:
        headers = {"Retry-After": "5"} if exc.status == 503 else None
        return problem_response(exc, headers)

    @app.exception_handler(KhulasaError)
    async def on_user_error(_: Request, exc: KhulasaError) -> JSONResponse:
        if isinstance(exc, DatabaseError):  # the server's database failed: not the client's doing
            LOG.error("%s", exc)
            kind = "desk-storage-full" if exc.status == 507 else "desk-unavailable"
            return problem_response(
                Problem(exc.status, kind, exc.public), {"Retry-After": "5"} if exc.status == 503 else None
            )
        if isinstance(exc, MissingExtraError):  # the server lacks a package: its operator's to install
            LOG.error("%s", exc)
            return problem_response(Problem(503, "feature-unavailable", server_lacks_package()))
        if isinstance(exc, BudgetTooSmall):  # a SettingsError the page can name: the shortest sentence
            detail = Problem(
                422, "unprocessable", exc.for_api(), error="SettingsError", unit=exc.unit, shortest=exc.shortest
            )
            return problem_response(detail)
        return problem_response(Problem(422, "unprocessable", exc.for_api(), error=type(exc).__name__))

    @app.exception_handler(RequestValidationError)
    async def on_validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        return problem_response(validation_problem(exc.errors()))

    @app.exception_handler(StarletteHTTPException)
    async def on_http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).description
        kind = "invalid-request" if exc.status_code == 400 else HTTPStatus(exc.status_code).phrase.lower()
        problem = Problem(exc.status_code, kind.replace(" ", "-"), detail)
        return problem_response(problem, exc.headers)

    @app.exception_handler(Exception)
    async def on_bug(_: Request, exc: Exception) -> JSONResponse:
        # A bug, not a user error: the body hides internals; the server re-raises and logs the traceback.
        return problem_response(Problem(500, "internal", internal_error()))


# --- OpenAPI: the body is parsed by hand (JSON or multipart), so describe it here -----------


def request_body_openapi(body: str, options_model: type[BaseModel]) -> dict[str, Any]:
    """The two accepted bodies: JSON (schema ``body``) or a multipart form of files plus the options."""
    options = options_model.model_json_schema()["properties"]
    for schema in options.values():  # the form sends plain values; drop pydantic's null alternatives
        schema.pop("default", None)
        alternatives = [a for a in schema.pop("anyOf", []) if a.get("type") != "null"]
        if alternatives:
            schema.update(alternatives[0])
    return {
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"$ref": f"#/components/schemas/{body}"}},
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "files": {
                                "type": "array",
                                "items": {"type": "string", "format": "binary"},
                                "description": "Article files: "
                                + " ".join(SUPPORTED_SUFFIXES)
                                + " (feeds need the desk extra)",
                            },
                            "documents": {"type": "string", "description": "Optional JSON list of articles"},
                            **options,
                        },
                    }
                },
            },
        }
    }


def openapi_schema(app: FastAPI) -> dict[str, Any]:
    """The app's OpenAPI schema with the request bodies' models, built once."""
    if app.openapi_schema is None:
        schema = get_openapi(title=app.title, version=app.version, summary=app.summary, routes=app.routes)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for model in (SummarizeRequest, CompareRequest, ArticlesRequest):
            body = model.model_json_schema(ref_template="#/components/schemas/{model}")
            components.update(body.pop("$defs", {}))
            components[model.__name__] = body
        app.openapi_schema = schema
    return app.openapi_schema
