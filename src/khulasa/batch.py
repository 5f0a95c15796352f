"""Batch summarization on Dask, with exactly-once output that survives kill -9.

Input is JSONL: each line a cluster ``{"id", "documents": [...]}`` (documents are strings or
article objects), or, with ``group=True``, one article per line to be grouped into stories first.
Clusters are summarized on Dask workers; only this client process writes the output.

Exactly-once: each finished record is appended to OUT as one line, flushed and fsynced before the
next. On start, OUT is read back: a torn last line (the process died mid-write) is cut off and
every id already present is skipped. So a run interrupted at any instant (Ctrl-C, kill -9, a lost
machine) and run again leaves OUT with every input id exactly once. Lines that cannot be used
(malformed JSON, no id, no documents, a repeated id) go to ``OUT.errors.jsonl`` with their line
number, once each, and the run goes on; so does any line that cannot be processed at all (JSON
nested too deeply, a value the reader cannot use): one line never stops a run, nor its reruns.
Documents are read by :func:`khulasa.records.read_record`, as in the CLI and the HTTP service.

With ``group=True`` the story ids are hashes of their members and grouping is deterministic, so a
rerun over the same feed skips the stories already written. (A feed that changed between runs
groups differently: write to a new OUT.)
"""

from __future__ import annotations

import json
import os
import socket
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import nullcontext, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khulasa.errors import (
    InputError,
    KhulasaError,
    MissingExtraError,
    OutputError,
    SettingsError,
    article_repeats_line,
    bad_batch_line,
    cluster_repeats_line,
    cluster_without_documents,
    cluster_without_id,
    clusters_file_empty,
    clusters_in_one_json_list,
    line_not_an_object,
    line_not_utf8,
    no_clusters_file,
    not_a_results_file,
    not_batch_output,
    os_reason,
    output_error,
    output_is_input,
    scheduler_address_invalid,
    scheduler_not_dask,
    scheduler_not_listening,
    scheduler_port_out_of_range,
    scheduler_unreachable,
    summarizer_crashed,
    time_limit_not_positive,
    unprocessable_line,
    words_option_not_positive,
    workers_not_positive,
)
from khulasa.io import unique_ids
from khulasa.records import JsonProblem, json_kind, load_json_line, read_record, replace_surrogates
from khulasa.types import Document

__all__ = [
    "BatchReport",
    "check_batch",
    "errors_path",
    "recover_output",
    "require_dask",
    "run_batch",
    "summarize_cluster",
]

Progress = Callable[[int, int], None]

# Seconds a scheduler's address may take to accept a TCP connection before the run is refused: a
# scheduler answers at once, and Dask's own client would retry for its whole timeout.
SCHEDULER_CONNECT_TIMEOUT = 3.0
# Dask's port when an address gives none.
SCHEDULER_PORT = 8786


@dataclass(frozen=True, slots=True)
class BatchReport:
    """What one run did. ``skipped`` ids were already in OUT; ``failed`` were written with an error."""

    total: int
    skipped: int
    written: int
    failed: int
    malformed: int
    crashed: int
    out: Path
    errors: Path


@dataclass(frozen=True, slots=True)
class _Task:
    line: int
    id: str
    documents: tuple[Document, ...]
    extra: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True, slots=True)
class _Bad:
    line: int
    error: str
    id: str | None = None


# --- output files ----------------------------------------------------------------------------


def errors_path(out: Path) -> Path:
    """``out.jsonl`` -> ``out.errors.jsonl`` (next to the output)."""
    stem = out.name[: -len(".jsonl")] if out.name.endswith(".jsonl") else out.name
    return out.with_name(f"{stem}.errors.jsonl")


def recover_output(path: Path, key: str = "id") -> set[str]:
    """The ``key`` values of the complete records in ``path``, cutting off a torn last line.

    Records are appended whole and fsynced one at a time, so only the last line can be partial.
    """
    if not path.exists():
        return set()
    if not path.is_file():  # a folder, or a device such as /dev/full that reads forever
        raise OutputError(not_a_results_file(path))
    try:
        data = path.read_bytes()
        end = data.rfind(b"\n") + 1
        if end < len(data):
            with open(path, "r+b") as f:
                f.truncate(end)
                f.flush()
                os.fsync(f.fileno())
    except OSError as error:
        raise output_error(path, error, "results") from None
    done: set[str] = set()
    for n, line in enumerate(data[:end].splitlines(), 1):
        if not line.strip():
            continue
        try:
            done.add(str(json.loads(line)[key]))
        except (ValueError, KeyError, TypeError):
            raise InputError(not_batch_output(path, n)) from None
    return done


class _Appender:
    """Appends JSON lines durably: each record is on disk before ``write`` returns.

    A failed write (disk full, read-only folder) is an :class:`OutputError`: it stops the run with
    one line, since no later record could be written either.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._file = open(path, "a", encoding="utf-8")  # noqa: SIM115 - closed in close()
        except OSError as error:
            raise output_error(path, error, "results") from None

    def write(self, record: dict[str, Any]) -> None:
        # Records are read through read_record (no lone surrogates); this guards the line anyway,
        # since a line that cannot be encoded would stop every rerun at the same place.
        line = replace_surrogates(json.dumps(record, ensure_ascii=False)) + "\n"
        try:
            self._file.write(line)
            self._file.flush()
            os.fsync(self._file.fileno())
        except OSError as error:
            raise output_error(self._path, error, "results") from None

    def close(self) -> None:
        with suppress(OSError):  # a failed write was already reported
            self._file.close()


# --- input -----------------------------------------------------------------------------------


def _parse_line(raw: bytes, line: int, *, article: bool = False) -> Any:
    """The line's JSON: an object (a cluster), or with ``article`` any record ``read_record`` reads
    (a feed's line may be the bare text, as in every other reader); else its :class:`_Bad`."""
    try:
        # Without its line ending: JSON cut short would be reported at "column 1" of the next line.
        obj = load_json_line(raw.rstrip(b"\r\n").decode("utf-8"))
    except UnicodeDecodeError as exc:
        return _Bad(line, line_not_utf8(exc.start + 1))
    except JsonProblem as problem:
        return _Bad(line, bad_batch_line(problem.describe(one_line=True)))
    if not isinstance(obj, dict) and not article:
        return _Bad(line, line_not_an_object(json_kind(obj)))
    return obj


def _cluster_task(obj: dict[str, Any], line: int) -> _Task | _Bad:
    cid = obj.get("id")
    if cid is None or isinstance(cid, dict | list | bool) or str(cid) == "":
        return _Bad(line, cluster_without_id())
    cid = replace_surrogates(str(cid))
    docs = obj.get("documents")
    if not isinstance(docs, list) or not docs:
        found = None if docs is None else "an empty list" if docs == [] else json_kind(docs)
        return _Bad(line, cluster_without_documents(found), cid)
    try:
        documents = tuple(unique_ids([read_record(d, str(k), f"document {k}") for k, d in enumerate(docs, 1)]))
    except InputError as exc:
        return _Bad(line, str(exc), cid)
    return _Task(line, cid, documents)


def _unprocessable(line: int, exc: Exception) -> _Bad:
    return _Bad(line, unprocessable_line(exc))


def _lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """Non-blank lines with their 1-based numbers, as bytes: a bad encoding spoils one line only."""
    with open(path, "rb") as f:
        for n, raw in enumerate(f, 1):
            if n == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")  # a UTF-8 byte-order mark
            if raw.strip():
                yield n, raw


def _cluster_tasks(path: Path) -> Iterator[_Task | _Bad]:
    for n, raw in _lines(path):
        try:
            parsed = _parse_line(raw, n)
            item = parsed if isinstance(parsed, _Bad) else _cluster_task(parsed, n)
        except Exception as exc:  # a poison line becomes its error record; the run goes on
            item = _unprocessable(n, exc)
        yield item


def _story_tasks(path: Path, group_options: dict[str, Any]) -> tuple[list[_Task], list[_Bad]]:
    """Read a feed of articles, group it, and make one task per story (grouping is global)."""
    from khulasa.stories.group import group_documents

    bad: list[_Bad] = []
    documents: list[Document] = []
    line_of: dict[str, int] = {}
    for n, raw in _lines(path):
        try:
            parsed = _parse_line(raw, n, article=True)
            doc = parsed if isinstance(parsed, _Bad) else read_record(parsed, f"line-{n}", "article")
        except InputError as exc:
            doc = _Bad(n, str(exc))
        except Exception as exc:  # a poison line becomes its error record; the run goes on
            doc = _unprocessable(n, exc)
        if isinstance(doc, _Bad):
            bad.append(doc)
            continue
        if doc.id in line_of:
            bad.append(_Bad(n, article_repeats_line(doc.id, line_of[doc.id]), doc.id))
            continue
        line_of[doc.id] = n
        documents.append(doc)
    by_id = {d.id: d for d in documents}
    tasks = [
        _Task(
            line_of[s.doc_ids[0]],
            s.id,
            tuple(by_id[i] for i in s.doc_ids),
            (("label", s.label), ("doc_ids", list(s.doc_ids))),
        )
        for s in group_documents(documents, **group_options)
    ]
    return tasks, bad


# --- the worker side -------------------------------------------------------------------------


def summarize_cluster(
    cluster_id: str,
    documents: Sequence[Document],
    words: int,
    extra: Sequence[tuple[str, Any]] = (),
    time_limit: float | None = None,
) -> dict[str, Any]:
    """Summarize one cluster (runs on a Dask worker). User-level failures, and running past
    ``time_limit`` seconds, become an ``error`` record."""
    from khulasa.deadline import time_limit as limited
    from khulasa.summarizer.pipeline import summarize

    record: dict[str, Any] = {"id": cluster_id, **dict(extra)}
    try:
        with limited(time_limit) if time_limit is not None else nullcontext():
            record.update(summarize(list(documents), words=words).to_dict())
    except KhulasaError as exc:
        record["error"] = str(exc)
    return record


# --- the client side -------------------------------------------------------------------------


def require_dask() -> None:
    """Raise :class:`MissingExtraError` (a one-line ``pip install`` hint) unless Dask is installed."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise MissingExtraError("khulasa batch", "dask") from None


def check_scheduler(address: str | None, timeout: float = SCHEDULER_CONNECT_TIMEOUT) -> None:
    """Raise :class:`SettingsError` at once when ``address`` (``tcp://host:port``) is no scheduler
    address, nothing accepts a connection there within ``timeout`` seconds, or what does is no Dask
    scheduler (its handshake, then its identity, within ``timeout``). Other transports
    (``inproc://``, ``ucx://``) are left to Dask's client."""
    if not address:
        return
    from distributed.comm.addressing import parse_address, parse_host_port

    try:
        scheme, location = parse_address(address)
        if scheme not in ("tcp", "tls", "ws", "wss"):
            return
        host, port = parse_host_port(location, SCHEDULER_PORT)
    except ValueError as exc:  # a port that is no number
        raise SettingsError(scheduler_address_invalid(address, exc)) from None
    if not 0 < int(port) < 65536:
        raise SettingsError(scheduler_port_out_of_range(address, port))
    try:
        with socket.create_connection((host, int(port)), timeout=timeout):
            pass
    except OSError as exc:
        reason = f"no answer within {timeout:g} s" if isinstance(exc, TimeoutError) else os_reason(exc)
        raise SettingsError(scheduler_not_listening(address, reason)) from None
    if scheme in ("tcp", "ws"):  # tls and wss need the cluster's certificates to say more
        _check_identity(address, timeout)


def _check_identity(address: str, timeout: float) -> None:
    """Ask what listens at ``address`` who it is (Dask's ``identity``); a refusal when it is no
    scheduler. Skipped inside a running event loop (a library caller's): Dask's client judges then."""
    import asyncio

    from distributed.comm import connect

    async def identity() -> Any:
        comm = await connect(address, timeout=timeout)
        try:
            await comm.write({"op": "identity"})
            return await comm.read()
        finally:
            comm.abort()

    with suppress(RuntimeError):
        asyncio.get_running_loop()
        return
    try:
        answer = asyncio.run(asyncio.wait_for(identity(), timeout))
    except TimeoutError:
        raise SettingsError(scheduler_not_dask(address, f"no answer within {timeout:g} s")) from None
    except OSError as exc:  # it closed the connection: no scheduler does that to a handshake
        raise SettingsError(scheduler_not_dask(address, os_reason(exc))) from None
    except Exception:  # whatever another service's bytes make of Dask's reader (a MemoryError)
        raise SettingsError(scheduler_not_dask(address, "its answer is not Dask's protocol")) from None
    if not isinstance(answer, dict) or answer.get("type") != "Scheduler":
        kind = answer.get("type") if isinstance(answer, dict) else None
        raise SettingsError(scheduler_not_dask(address, f"it is a {kind}" if kind else "an unknown answer"))


def _connect(workers: int, scheduler: str | None) -> tuple[Any, Any]:
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            return Client(scheduler, timeout="20s"), None
        except Exception as exc:  # an OSError, or another service's bytes misread (a MemoryError)
            reason = exc if isinstance(exc, OSError) else type(exc).__name__
            raise SettingsError(scheduler_unreachable(scheduler, reason)) from None
    cluster = LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=40
    )
    return Client(cluster), cluster


def run_batch(
    in_path: str | Path,
    out_path: str | Path,
    *,
    group: bool = False,
    words: int = 100,
    workers: int | None = None,
    scheduler: str | None = None,
    on_progress: Progress | None = None,
    max_in_flight: int | None = None,
    group_options: dict[str, Any] | None = None,
    time_limit: float | None = None,
) -> BatchReport:
    """Summarize every cluster (or story) of ``in_path`` into ``out_path``, resuming where it stopped.

    Parameters
    ----------
    group
        Treat ``in_path`` as a feed of articles: group it into stories, summarize each story.
    workers
        Local Dask worker processes (default: CPU count). Ignored with ``scheduler``.
    scheduler
        Address of an existing Dask scheduler (``tcp://host:port``), used as it is.
    on_progress
        Called with ``(done, total)`` as clusters finish (skipped and malformed ones count as done).
    max_in_flight
        Clusters submitted but not yet written, at most (default: 4 per worker thread), which
        bounds the client's memory however large the input.
    group_options
        Keyword arguments for :func:`khulasa.stories.group.group_documents` (with ``group``).
    time_limit
        Seconds one cluster may take; one that runs longer stops and is written with an ``error``
        (like any cluster that cannot be summarized), so one pathological cluster cannot hold a
        worker for the rest of the run.
    """
    require_dask()
    in_path, out_path = Path(in_path), Path(out_path)
    workers = _check_options(in_path, out_path, group=group, words=words, workers=workers, time_limit=time_limit)
    check_scheduler(scheduler)
    err_path = errors_path(out_path)
    done = recover_output(out_path)
    recorded = recover_output(err_path, key="line")
    items, total = _work(in_path, group, group_options or {})
    out = _Appender(out_path)
    try:
        errors = _Appender(err_path)
    except OutputError:
        out.close()
        raise
    run = _Run(out, errors, recorded, total, on_progress)
    client = cluster = None
    try:
        if on_progress:
            on_progress(0, total)
        client, cluster = _connect(workers, scheduler)
        # Enough queued work to keep every worker thread busy, no more (client memory stays flat).
        limit = max_in_flight or max(4, 4 * sum(client.nthreads().values()))
        _summarize_all(client, items, run, done, limit=limit, words=words, time_limit=time_limit)
    finally:
        out.close()
        errors.close()
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
    return BatchReport(total=total, out=out_path, errors=err_path, **run.counts)


def check_batch(
    in_path: Path,
    out_path: Path,
    *,
    group: bool = False,
    words: int = 100,
    workers: int | None = None,
    time_limit: float | None = None,
    scheduler: str | None = None,
) -> None:
    """Raise the one-line error :func:`run_batch` would raise for these paths and options (the CLI
    asks before it shows a progress bar), reading back OUT and its errors file as a run does, and
    refusing a scheduler address nothing listens on (:func:`check_scheduler`)."""
    _check_options(in_path, out_path, group=group, words=words, workers=workers, time_limit=time_limit)
    check_scheduler(scheduler)
    recover_output(out_path)
    recover_output(errors_path(out_path), key="line")
    _Appender(out_path).close()  # OUT can be written (its folder made), as the run will need


def _check_options(
    in_path: Path, out_path: Path, *, group: bool, words: int, workers: int | None, time_limit: float | None
) -> int:
    """Refuse options no run can use; the number of local workers to start."""
    if time_limit is not None and not time_limit > 0:
        raise SettingsError(time_limit_not_positive(time_limit))
    if not in_path.is_file():
        raise InputError(no_clusters_file(in_path, exists=in_path.is_dir()))
    first = next(_lines(in_path), None)
    if first is None:  # a wrong file, most likely: "0 written" would hide it
        raise InputError(clusters_file_empty(in_path, group=group))
    if first[1].strip() == b"[":  # json.dump(..., indent=...): one list, each of its lines "malformed"
        raise InputError(clusters_in_one_json_list(in_path, group=group))
    if in_path.resolve() == out_path.resolve():
        raise SettingsError(output_is_input(out_path))
    if not isinstance(words, int) or words < 1:
        raise SettingsError(words_option_not_positive(words))
    if workers is None:
        workers = os.cpu_count() or 1
    if workers < 1:
        raise SettingsError(workers_not_positive(workers))
    return workers


def _work(in_path: Path, group: bool, group_options: dict[str, Any]) -> tuple[Iterator[_Task | _Bad], int]:
    """The clusters (or stories) to summarize and the lines that cannot be, with how many in all.

    Clusters are read lazily, line by line; a feed is read and grouped at once (grouping is global).
    """
    if group:
        tasks, bad = _story_tasks(in_path, group_options)
        return iter([*bad, *tasks]), len(tasks) + len(bad)
    return _cluster_tasks(in_path), sum(1 for _ in _lines(in_path))


class _Run:
    """One run's bookkeeping: results and error records written, counts kept, progress reported."""

    def __init__(
        self, out: _Appender, errors: _Appender, recorded: set[str], total: int, on_progress: Progress | None
    ) -> None:
        self.out = out
        self.errors = errors
        self.recorded = recorded  # lines already in the error file (from an earlier run)
        self.total = total
        self.on_progress = on_progress
        self.counts = {"skipped": 0, "written": 0, "failed": 0, "malformed": 0, "crashed": 0}
        self.finished = 0

    def tick(self) -> None:
        """One more cluster done, whatever became of it."""
        self.finished += 1
        if self.on_progress:
            self.on_progress(self.finished, self.total)

    def skipped(self) -> None:
        """A cluster already in OUT from an earlier run."""
        self.counts["skipped"] += 1
        self.tick()

    def result(self, record: dict[str, Any]) -> None:
        """A summary (or a cluster's ``error`` record) into OUT."""
        self.out.write(record)
        self.counts["failed" if "error" in record else "written"] += 1
        self.tick()

    def error(self, bad: _Bad, kind: str) -> None:
        """A line that gave no result, into the error file once (``kind``: malformed or crashed)."""
        self.counts[kind] += 1
        if str(bad.line) not in self.recorded:
            entry: dict[str, Any] = {"line": bad.line, "error": bad.error}
            if bad.id is not None:
                entry["id"] = bad.id
            self.errors.write(entry)
            self.recorded.add(str(bad.line))
        self.tick()


def _summarize_all(
    client: Any,
    items: Iterator[_Task | _Bad],
    run: _Run,
    done: set[str],
    *,
    limit: int,
    words: int,
    time_limit: float | None,
) -> None:
    """Submit every new cluster to Dask, at most ``limit`` in flight, and write each as it finishes."""
    from distributed import as_completed

    key = f"khulasa-{uuid.uuid4().hex[:8]}"  # task keys unique even on a shared, long-lived scheduler
    pending = as_completed()
    task_of: dict[Any, _Task] = {}
    seen: dict[str, int] = {}
    for item in items:
        task = _admit(item, seen, done, run)
        if task is None:
            continue
        while pending.count() >= limit:
            _collect_one(pending, task_of, run)
        try:
            future = client.submit(
                summarize_cluster,
                task.id,
                task.documents,
                words,
                task.extra,
                time_limit,
                key=f"{key}-{task.line}",
                pure=False,
            )
        except Exception as exc:  # e.g. a cluster that cannot be sent to a worker: that line only
            run.error(_unprocessable(task.line, exc), "crashed")
            continue
        task_of[future.key] = task
        pending.add(future)
    while pending.count():
        _collect_one(pending, task_of, run)


def _admit(item: _Task | _Bad, seen: dict[str, int], done: set[str], run: _Run) -> _Task | None:
    """The task to submit, or None for a bad line, a repeated id or a cluster done before (counted)."""
    if isinstance(item, _Bad):
        run.error(item, "malformed")
        return None
    if item.id in seen:
        run.error(_Bad(item.line, cluster_repeats_line(item.id, seen[item.id]), item.id), "malformed")
        return None
    seen[item.id] = item.line
    if item.id in done:
        run.skipped()
        return None
    return item


def _collect_one(pending: Any, task_of: dict[Any, _Task], run: _Run) -> None:
    """Wait for the next finished cluster and write it."""
    future = next(pending)
    task = task_of.pop(future.key)
    try:
        result = future.result()
    except Exception as exc:  # a bug or a lost worker, not bad input
        # Keep the id out of OUT so that a rerun retries it.
        run.error(_Bad(task.line, summarizer_crashed(exc), task.id), "crashed")
    else:
        run.result(result)
    finally:
        future.release()
