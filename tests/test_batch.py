"""Dask batch: exactly-once output across kill -9, malformed lines, a real LocalCluster."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path
from typing import Any

import pytest

from khulasa.batch import errors_path, recover_output, run_batch
from khulasa.errors import InputError, SettingsError
from khulasa.types import Document

REPO = Path(__file__).resolve().parents[1]
MALFORMED = ['{"id": "torn", "documents": [', '{"documents": ["بلا معرف"]}', '{"id": "empty", "documents": []}']


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """An in-process Dask cluster (threads) on TCP, so that a subprocess can use it too."""
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, protocol="tcp://", host="127.0.0.1", dashboard_address=":0"
    ) as cluster:
        yield cluster.scheduler_address


def _write_clusters(path: Path, docs: list[Document], n: int, malformed: bool = True) -> list[str]:
    """n small clusters (two articles each, strings and objects mixed); returns their ids."""
    lines, ids = [], []
    for k in range(n):
        a, b = docs[k % len(docs)], docs[(k + 1) % len(docs)]
        documents = [a.text, {"id": b.id, "text": b.text, "source": f"outlet-{k % 3}"}]
        lines.append(json.dumps({"id": f"c{k}", "documents": documents}, ensure_ascii=False))
        ids.append(f"c{k}")
    if malformed:
        lines[3:3] = MALFORMED
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ids


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_batch_recover_output_cuts_torn_last_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "a"}\n{"id": "b", "x": 1}\n{"id": "c", "summ', encoding="utf-8")
    assert recover_output(out) == {"a", "b"}
    assert out.read_text(encoding="utf-8") == '{"id": "a"}\n{"id": "b", "x": 1}\n'
    assert recover_output(tmp_path / "missing.jsonl") == set()


def test_batch_recover_output_refuses_a_foreign_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("not json\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 1"):
        recover_output(out)


def test_batch_errors_file_sits_next_to_output() -> None:
    assert errors_path(Path("/x/out.jsonl")) == Path("/x/out.errors.jsonl")
    assert errors_path(Path("res")) == Path("res.errors.jsonl")


def test_batch_rejects_missing_input_and_output_over_input(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        run_batch(tmp_path / "nope.jsonl", tmp_path / "out.jsonl")
    with pytest.raises(InputError, match="a folder, not a file"):  # there, but not a file of clusters
        run_batch(tmp_path, tmp_path / "out.jsonl")
    src = tmp_path / "in.jsonl"
    src.write_text("{}\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="overwrite the input"):
        run_batch(src, src)
    with pytest.raises(SettingsError, match="at least 1"):
        run_batch(src, tmp_path / "out.jsonl", workers=0)


def test_batch_end_to_end_on_local_cluster(tmp_path: Path, scheduler: str, demo_docs: list[Document]) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    ids = _write_clusters(src, demo_docs, 6)
    seen: list[tuple[int, int]] = []
    report = run_batch(src, out, words=40, scheduler=scheduler, on_progress=lambda d, t: seen.append((d, t)))

    records = _records(out)
    assert sorted(r["id"] for r in records) == sorted(ids)
    for record in records:
        assert record["sentences"] and "error" not in record
        texts = {d["id"]: d["text"] for d in record["documents"]}
        for sentence in record["sentences"]:
            for src_span in sentence["sources"]:
                passage = texts[src_span["doc"]][src_span["start"] : src_span["end"]]
                assert passage.strip() and passage in texts[src_span["doc"]]
    errors = _records(errors_path(out))
    assert [e["line"] for e in errors] == [4, 5, 6]  # the three malformed lines, by line number
    assert errors[2]["id"] == "empty"
    assert (report.written, report.malformed, report.skipped) == (6, 3, 0)
    assert seen[-1] == (9, 9)

    # A second run finds everything done and writes nothing, not even the errors again.
    again = run_batch(src, out, words=40, scheduler=scheduler)
    assert (again.written, again.skipped, again.malformed) == (0, 6, 3)
    assert len(_records(out)) == 6
    assert len(_records(errors_path(out))) == 3


def test_batch_repeated_id_bad_bytes_and_unsummarizable_cluster(
    tmp_path: Path, scheduler: str, demo_docs: list[Document]
) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    lines = [
        {"id": "ok", "documents": [demo_docs[0].text]},
        {"id": "english", "documents": ["Only English text here, nothing in Arabic at all."]},
        {"id": "ok", "documents": [demo_docs[1].text]},
    ]
    data = b"\xef\xbb\xbf" + b"\n".join(json.dumps(x, ensure_ascii=False).encode() for x in lines)
    data += b'\n{"id": "latin1", "documents": ["caf\xe9"]}\n'  # not UTF-8
    src.write_bytes(data)
    report = run_batch(src, out, scheduler=scheduler)
    records = {r["id"]: r for r in _records(out)}
    assert set(records) == {"ok", "english"}
    assert "error" in records["english"] and "sentences" not in records["english"]
    repeated, latin1 = _records(errors_path(out))
    assert repeated["line"] == 3 and "repeats line 1" in repeated["error"]
    assert latin1["line"] == 4 and "UTF-8" in latin1["error"]
    assert (report.written, report.failed, report.malformed) == (1, 1, 2)


def test_batch_time_limit_writes_a_slow_cluster_as_an_error(
    tmp_path: Path, scheduler: str, demo_docs: list[Document]
) -> None:
    from khulasa.batch import summarize_cluster

    docs = demo_docs[:2]
    assert "sentences" in summarize_cluster("a", docs, 40, time_limit=60)
    assert "time limit" in summarize_cluster("a", docs, 40, time_limit=0)["error"]
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(
        json.dumps({"id": "slow", "documents": [d.text for d in docs]}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    # A billionth of a second: the cluster is past its limit at the pipeline's first check.
    report = run_batch(src, out, words=40, scheduler=scheduler, time_limit=1e-9)
    (record,) = _records(out)
    assert record["id"] == "slow" and "time limit" in record["error"]
    assert (report.written, report.failed) == (0, 1)
    with pytest.raises(SettingsError, match="time limit"):
        run_batch(src, tmp_path / "other.jsonl", time_limit=0)


def test_batch_group_mode_summarizes_each_story(tmp_path: Path, scheduler: str, demo_docs: list[Document]) -> None:
    src, out = tmp_path / "feed.jsonl", tmp_path / "out.jsonl"
    other = [
        "أعلن المنتخب الوطني لكرة القدم قائمة لاعبيه للبطولة القارية المقبلة، وضمت القائمة ثلاثة وجوه جديدة.",
        "ضمت قائمة المنتخب الوطني لكرة القدم للبطولة القارية ثلاثة لاعبين جدد، بحسب بيان الاتحاد.",
    ]
    feed = [{"id": d.id, "text": d.text} for d in demo_docs] + [
        {"id": f"sport-{k}", "text": t} for k, t in enumerate(other)
    ]
    src.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in feed) + "\nnot json\n", encoding="utf-8")
    report = run_batch(src, out, group=True, words=30, scheduler=scheduler)
    records = _records(out)
    assert sorted(sorted(r["doc_ids"]) for r in records) == sorted(
        [sorted(d.id for d in demo_docs), ["sport-0", "sport-1"]]
    )
    assert all(r["label"] and r["sentences"] for r in records)
    assert report.malformed == 1
    assert _records(errors_path(out))[0]["line"] == len(feed) + 1


# `python -m khulasa` with SIGINT's default handler, whatever the test runner's own disposition.
_WITH_CTRL_C = [
    sys.executable,
    "-c",
    "import runpy, signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "sys.argv = ['khulasa', *sys.argv[1:]]; runpy.run_module('khulasa', run_name='__main__')",
]

# Attempts at interrupting a run before it has written every cluster (:func:`_interrupt`).
INTERRUPT_ATTEMPTS = 5


def _interrupt(command: list[str], out: Path, sig: signal.Signals, clusters: int) -> None:
    """Start ``command`` (a `khulasa batch` run writing ``clusters`` records to ``out``) and, once
    OUT holds two records, send ``sig`` to it; with Ctrl-C the run must exit "interrupted" (130).

    The clusters are small: the run writes the rest within a second of its second record, and on
    a loaded machine the poll below (in the process whose threads also run the Dask worker) may
    look only after the run has written them all. A signal then lands on a run that has nothing
    left to do, in its teardown or the interpreter's exit (exit 0, or death by the signal): it
    interrupts nothing, and its exit code says nothing about Ctrl-C. Such an attempt (or one that
    ended before the signal was sent) is started again with a fresh OUT; a run the signal stopped
    short of every cluster must have exited 130."""
    for _ in range(INTERRUPT_ATTEMPTS):
        out.unlink(missing_ok=True)
        errors_path(out).unlink(missing_ok=True)
        proc = subprocess.Popen(
            command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
        )
        try:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and proc.poll() is None:
                if out.exists() and out.read_bytes().count(b"\n") >= 2:
                    break
                time.sleep(0.01)
            if proc.poll() is not None:
                continue  # it ended before it could be killed
            os.killpg(proc.pid, sig)
            code = proc.wait(timeout=60)
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        text = out.read_text(encoding="utf-8")
        if text.endswith("\n") and len(text.splitlines()) == clusters:
            continue  # every cluster was written before the signal landed: nothing was interrupted
        if sig == signal.SIGINT:
            assert code == 130  # "interrupted", not a traceback
        return
    pytest.fail(f"each of {INTERRUPT_ATTEMPTS} runs wrote every cluster before it could be interrupted")


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["kill-9", "ctrl-c"])
def test_batch_resumes_after_interruption(
    tmp_path: Path, scheduler: str, demo_docs: list[Document], sig: signal.Signals
) -> None:
    """A real `khulasa batch` process is killed mid-run; the rerun completes OUT exactly once."""
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    ids = _write_clusters(src, demo_docs, 24)
    arguments = ["batch", str(src), str(out), "--words", "30", "--scheduler", scheduler]
    # Ctrl-C is the default handler's KeyboardInterrupt: a test run started in the background of a
    # shell (`pytest &`) ignores SIGINT, and so would a child started as it is (it inherits that);
    # the run then finished every cluster and exited 0, every attempt.
    _interrupt([*_WITH_CTRL_C, *arguments], out, sig, len(ids))
    command = [sys.executable, "-m", "khulasa", *arguments]
    written = _records(out) if out.read_text(encoding="utf-8").endswith("\n") else None
    assert written is None or len(written) < len(ids)
    # Simulate the worst instant: the process died halfway through writing a record.
    with open(out, "a", encoding="utf-8") as f:
        f.write('{"id": "c23", "summary": "نص مبتو')

    rerun = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    counts = Counter(r["id"] for r in _records(out))
    assert set(counts) == set(ids)
    assert max(counts.values()) == 1
    errors = Counter(e["line"] for e in _records(errors_path(out)))
    assert sorted(errors) == [4, 5, 6] and max(errors.values()) == 1


@pytest.mark.slow
def test_batch_default_local_cluster_with_processes(tmp_path: Path, demo_docs: list[Document]) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    ids = _write_clusters(src, demo_docs, 4, malformed=False)
    report = run_batch(src, out, words=30, workers=2)
    assert sorted(r["id"] for r in _records(out)) == sorted(ids)
    assert report.written == 4


# --- poison lines, missing extra, unwritable output ---------------------------------------------


def test_batch_poison_lines_become_error_records_and_reruns_pass_them(
    tmp_path: Path, scheduler: str, demo_docs: list[Document]
) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    good = [json.dumps({"id": f"g{k}", "documents": [demo_docs[k].text, demo_docs[k + 1].text]}) for k in range(2)]
    deep = "[" * 100_000 + "]" * 100_000
    lines = [
        good[0],
        '{"id": "deep", "documents": ' + deep + "}",  # 2: nested 100,000 deep
        deep,  # 3: the whole line
        '{"id": "\\udfff", "documents": [{"text": '
        + json.dumps(demo_docs[2].text)
        + ', "title": "\\ud800", "source": "\\udc00x", "id": "\\udfff"}]}',  # 4: lone surrogates everywhere
        '{"id": "big", "documents": [' + "1" * 5000 + "]}",  # 5: a number Python will not read
        '{"id": "str", "documents": [{"text": ["not", "text"]}]}',  # 6: a bad record
        good[1],
    ]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = run_batch(src, out, words=30, scheduler=scheduler)
    written = {r["id"]: r for r in _records(out)}
    assert set(written) == {"g0", "g1", "\ufffd"}
    assert written["\ufffd"]["documents"][0]["title"] == "\ufffd" and "sentences" in written["\ufffd"]
    errors = {e["line"]: e["error"] for e in _records(errors_path(out))}
    assert sorted(errors) == [2, 3, 5, 6]
    assert "nested too deeply" in errors[2] and "nested too deeply" in errors[3]
    assert "number too long" in errors[5]
    assert errors[6].startswith("document 1: field 'text' is a list, not text")
    assert (report.written, report.malformed) == (3, 4)
    again = run_batch(src, out, words=30, scheduler=scheduler)  # a rerun passes the same lines again
    assert (again.written, again.skipped, again.malformed) == (0, 3, 4)
    assert len(_records(errors_path(out))) == 4


def test_batch_without_dask_is_a_one_line_install_hint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from khulasa.cli import app as cli

    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "documents": ["نص"]}\n', encoding="utf-8")
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now raises ImportError
    result = CliRunner().invoke(cli, ["batch", str(src), str(tmp_path / "out.jsonl")])
    assert result.exit_code == 2
    assert result.output.strip() == "error: khulasa batch needs optional packages: run  pip install 'khulasa[dask]'"
    assert not (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize("where", ["under-a-file", "folder"])
def test_batch_unwritable_output_is_one_line_error(tmp_path: Path, where: str) -> None:
    from typer.testing import CliRunner

    from khulasa.cli import app as cli

    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "documents": ["نص"]}\n', encoding="utf-8")
    out = src / "out.jsonl" if where == "under-a-file" else tmp_path
    result = CliRunner().invoke(cli, ["batch", str(src), str(out)])
    assert result.exit_code == 2, result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 1 and str(out) in lines[0], result.stderr
    assert ("part of the path is a file" if where == "under-a-file" else "not a regular file") in lines[0]
    assert "Traceback" not in result.output


def test_batch_full_disk_stops_with_one_line_error(
    tmp_path: Path, scheduler: str, demo_docs: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from typer.testing import CliRunner

    from khulasa import batch
    from khulasa.cli import app as cli

    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write_clusters(src, demo_docs, 2)

    def full(fd: int) -> None:  # what fsync reports when the disk is full
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(batch.os, "fsync", full)
    result = CliRunner().invoke(cli, ["batch", str(src), str(out), "--scheduler", scheduler])
    assert result.exit_code == 2, result.output
    (line,) = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert "cannot write the results: the disk is full" in line
    assert "Traceback" not in result.output


def test_batch_line_cut_short_names_its_own_column() -> None:
    """A line whose JSON ends early is reported where it ends, not at "column 1" of the next line."""
    from khulasa.batch import _Bad, _parse_line

    for ending in (b"\n", b"\r\n", b""):
        bad = _parse_line(b'{"id": "torn", "documents": [{"title": 5}]' + ending, 3)
        assert isinstance(bad, _Bad) and bad.line == 3
        assert "column 43" in bad.error, bad.error


def test_batch_group_reads_a_bare_text_line_as_every_reader_does(tmp_path: Path, demo_docs: list[Document]) -> None:
    """A feed line may be the article's text alone (README: a record reads the same in batch);
    before, `batch --group` refused it as "expected a JSON object, got a string"."""
    from khulasa.batch import _story_tasks

    src = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(demo_docs[0].text, ensure_ascii=False),
        json.dumps({"id": "b", "text": demo_docs[1].text}),
        "[1]",
    ]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tasks, bad = _story_tasks(src, {})
    assert sorted(d.id for t in tasks for d in t.documents) == ["b", "line-1"]
    assert [(b.line, "got a list" in b.error) for b in bad] == [(3, True)]


@pytest.mark.parametrize("case", ["missing", "folder-in", "out-is-in", "folder-out", "under-a-file", "empty"])
def test_batch_wrong_path_is_one_line_without_a_progress_bar(tmp_path: Path, case: str) -> None:
    """Before: an empty progress bar ("summarizing ━━━ 0/?") was printed above the error."""
    from typer.testing import CliRunner

    from khulasa.cli import app as cli
    from tests.conftest import one_line_error

    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "documents": ["نص"]}\n', encoding="utf-8")
    paths = {
        "missing": (tmp_path / "nope.jsonl", tmp_path / "out.jsonl"),
        "folder-in": (tmp_path, tmp_path / "out.jsonl"),
        "out-is-in": (src, src),
        "folder-out": (src, tmp_path),
        "under-a-file": (src, src / "out.jsonl"),
        "empty": (tmp_path / "blank.jsonl", tmp_path / "out.jsonl"),
    }[case]
    (tmp_path / "blank.jsonl").write_text("\n  \n", encoding="utf-8")
    line = one_line_error(CliRunner().invoke(cli, ["batch", *map(str, paths)]))
    assert line.startswith("error: ") and "━" not in line
    if case == "empty":  # before: "0 written, ..." and exit 0, as if the wrong file had been done
        assert "blank.jsonl is empty: nothing to summarize" in line


def _server(answer: bytes | None) -> tuple[str, Any]:
    """A TCP server on a free local port that accepts and sends ``answer`` (None: stays silent)."""
    import socket
    import threading

    listener = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []

    def serve() -> None:
        with suppress(OSError):
            while True:
                conn, _ = listener.accept()
                held.append(conn)
                if answer is not None:
                    conn.sendall(answer)

    threading.Thread(target=serve, daemon=True).start()
    return f"tcp://127.0.0.1:{listener.getsockname()[1]}", listener


def _free_port() -> int:
    import socket

    with socket.create_server(("127.0.0.1", 0)) as s:
        return int(s.getsockname()[1])


def test_batch_unreachable_scheduler_is_one_line_before_any_progress(tmp_path: Path) -> None:
    """Before: "summarizing 0/1" was printed, and the error only some 20 s later, after Dask's
    client had retried for its whole timeout."""
    from typer.testing import CliRunner

    from khulasa.cli import app as cli
    from tests.conftest import one_line_error

    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text('{"id": "a", "documents": ["نص"]}\n', encoding="utf-8")
    address = f"tcp://127.0.0.1:{_free_port()}"
    line = one_line_error(CliRunner().invoke(cli, ["batch", str(src), str(out), "--scheduler", address]))
    assert line.startswith(f"error: --scheduler {address}: cannot reach a Dask scheduler there (")
    assert "leave out --scheduler" in line and "summarizing" not in line
    assert not out.exists()


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("tcp://127.0.0.1:port", "is not a Dask scheduler address"),
        ("tcp://127.0.0.1:99999", "port 99999 is not between 1 and 65535"),
    ],
)
def test_batch_scheduler_address_that_is_no_address(address: str, expected: str) -> None:
    from khulasa.batch import check_scheduler

    with pytest.raises(SettingsError, match=expected):
        check_scheduler(address)


@pytest.mark.parametrize("answer", [b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n" * 4, None])
def test_batch_scheduler_address_of_another_service(answer: bytes | None) -> None:
    """Something that accepts connections but is no scheduler (a web server, a proxy, a silent
    port): before, Dask's reader took the web server's bytes for a frame length and the CLI said
    "ran out of memory"; a silent one held the run for Dask's whole timeout."""
    from khulasa.batch import check_scheduler

    address, listener = _server(answer)
    try:
        with pytest.raises(SettingsError) as caught:
            check_scheduler(address, timeout=1.0)
    finally:
        listener.close()
    message = str(caught.value)
    assert "does not answer as a Dask scheduler" in message
    assert ("no answer within 1 s" if answer is None else "not Dask's protocol") in message, message


def test_batch_scheduler_check_lets_a_real_scheduler_through(scheduler: str) -> None:
    from khulasa.batch import check_scheduler

    check_scheduler(scheduler)
    check_scheduler(scheduler.removeprefix("tcp://"))  # host:port, as Dask takes it too


def test_batch_and_api_read_a_record_without_outlet_as_the_cli_does() -> None:
    """README: a record reads the same in the CLI, the library, batch and the HTTP API; one with no
    source, URL or id has an unknown outlet everywhere (was: its place, "1", as the outlet)."""
    from khulasa.records import read_record

    bare = read_record("وصل الوفد إلى المدينة صباح الأربعاء.", "3", "documents[2]")
    untitled = read_record({"text": "وصل الوفد إلى المدينة."}, "line-4", "article")
    own = read_record({"id": "wire-9", "text": "وصل الوفد إلى المدينة."}, "5", "documents[4]")
    assert (bare.outlet, untitled.outlet, own.outlet) == (
        "مصدر غير معروف (\u20683\u2069)",
        "مصدر غير معروف (\u2068line-4\u2069)",
        "wire-9",
    )


@pytest.mark.parametrize(
    ("documents", "said"),
    [
        ("", 'no "documents" list'),
        (', "documents": []', '"documents" is an empty list'),
        (', "documents": "نص"', '"documents" is a string'),
        (', "documents": {"text": "نص"}', '"documents" is an object'),
    ],
)
def test_batch_line_without_articles_says_what_its_documents_hold(documents: str, said: str) -> None:
    """Before, every one of these was 'no "documents" list', though the line had one (empty)."""
    from khulasa.batch import _Bad, _cluster_task

    bad = _cluster_task(json.loads('{"id": "c"' + documents + "}"), 4)
    assert isinstance(bad, _Bad) and bad.error.startswith(said), bad.error


def test_batch_line_opening_with_a_bom_is_read() -> None:
    """A clusters file joined from files each written with a BOM: every part opens with one."""
    from khulasa.batch import _parse_line

    parsed = _parse_line(b'\xef\xbb\xbf{"id": "c2", "documents": ["\xd9\x86\xd8\xb5"]}\r\n', 2)
    assert parsed == {"id": "c2", "documents": ["نص"]}


@pytest.mark.parametrize("group", [False, True])
def test_batch_input_written_as_one_json_list_is_one_line(tmp_path: Path, group: bool) -> None:
    """Before: each line of an indented JSON list went to OUT.errors.jsonl as malformed JSON, and the
    run ended "0 written …, 16 problems" with exit 0."""
    from typer.testing import CliRunner

    from khulasa.cli import app as cli
    from tests.conftest import one_line_error

    src = tmp_path / "clusters.json"
    src.write_text(json.dumps([{"id": "a", "documents": ["نص"]}], ensure_ascii=False, indent=2), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    line = one_line_error(CliRunner().invoke(cli, ["batch", str(src), str(out), *(["--group"] if group else [])]))
    assert line.startswith(f"error: {src}: this is one JSON list, and batch reads JSON lines")
    assert not out.exists() and not (tmp_path / "out.errors.jsonl").exists()
