"""The desk when its database fails or is misconfigured (issue 23): a full disk, a file-size limit,
damaged pages, another writer's lock, an unusable URL. Each is one line naming the file and what to
do (CLI exit non-zero, never a traceback), a 503/507 problem without the URL in the service (never
500), and what was stored before stays. Also: a POST /v1/articles answered 504 stores nothing, and
the open stories of an undated bulk load stay bounded."""

from __future__ import annotations

import logging
import random
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from khulasa.cli import app
from khulasa.deadline import commit_point, time_limit
from khulasa.desk import store as store_module
from khulasa.desk.desk import Desk
from khulasa.desk.ingest import DeskSettings
from khulasa.desk.store import Store, parse_url, redact
from khulasa.errors import DatabaseError, SettingsError, TimeLimitExceeded
from khulasa.types import Document
from tests.conftest import one_line_error
from tests.desk_feed import invented_stories, write_jsonl

REPO = Path(__file__).resolve().parents[1]
SECRET = "s3cr3t-pw"
BAD_URLS = (
    f"mysql://editor:{SECRET}@db.example.org/news",  # an unknown scheme
    f"postgresql://editor:{SECRET}@db.example.org:port/news",  # a port that is not a number
    f"postgresql://editor:{SECRET}@[::1",  # an unclosed IPv6 bracket (urlsplit's ValueError)
)


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


def _run(*args: str) -> Any:
    return CliRunner().invoke(app, list(args))


def _count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def stored(tmp_path: Path) -> tuple[Path, list[Document]]:
    """A desk holding 12 articles (3 stories), and 12 more articles not stored yet."""
    docs, _ = invented_stories(6, 4, seed=5)
    path = tmp_path / "desk.sqlite"
    with Desk(_url(path)) as desk:
        desk.ingest(docs[:12], summaries=False)
    return path, docs[12:]


@pytest.fixture
def locked(stored: tuple[Path, list[Document]]) -> Iterator[sqlite3.Connection]:
    """Another process's connection holding the desk's write lock."""
    conn = sqlite3.connect(stored[0], isolation_level=None, timeout=0.1)
    conn.execute("BEGIN EXCLUSIVE")
    yield conn
    conn.rollback()
    conn.close()


def _damage(path: Path) -> None:
    """Overwrite every page after the first (the header and the schema stay readable)."""
    size = path.stat().st_size
    assert size > 3 * 4096
    rng = random.Random(3)
    with open(path, "r+b") as f:
        f.seek(4096)
        f.write(bytes(rng.randrange(256) for _ in range(size - 4096)))


# --- URLs: the password is never shown ----------------------------------------------------------


def test_redact_hides_the_password_and_keeps_the_host():
    assert redact("postgresql://ed:pw@db.local:5432/news") == "postgresql://ed:***@db.local:5432/news"
    assert redact("postgresql://ed:p/w@x@db.local/news") == "postgresql://ed:***@db.local/news"
    assert redact("postgresql://db.local/news?user=ed&password=pw") == "postgresql://db.local/news?user=ed&password=***"
    assert redact("ed:pw@host") == "ed:***@host"
    assert redact("postgresql://ed:p://w@host/db") == "postgresql://ed:***@host/db"
    assert redact("sqlite:///desk.sqlite") == "sqlite:///desk.sqlite"


@pytest.mark.parametrize("url", BAD_URLS)
def test_unusable_url_is_a_settings_error_without_the_password(url: str):
    with pytest.raises(SettingsError) as caught:
        parse_url(url)
    message = str(caught.value)
    assert SECRET not in message
    assert "db.example.org" in message or "[::1" in message  # the host may be named


@pytest.mark.parametrize("url", BAD_URLS)
def test_cli_unusable_url_is_one_line_without_the_password(url: str):
    line = one_line_error(_run("desk", "stories", "--db", url))
    assert SECRET not in line and "--db" in line


# --- a full disk, a file-size limit -------------------------------------------------------------


def test_full_database_is_one_error_naming_the_file_and_keeps_what_was_stored(stored):
    path, more = stored
    with Desk(_url(path)) as desk:
        pages = desk.store.one("PRAGMA page_count")[0]
        desk.store.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own size limit: "full"
        with pytest.raises(DatabaseError, match="full") as caught:
            desk.ingest(more, summaries=False)
    assert str(path) in str(caught.value) and "free some space" in str(caught.value)
    assert caught.value.status == 507 and str(path) not in caught.value.public
    assert _count(path) == 12
    with Desk(_url(path)) as desk:  # and the desk goes on once there is room
        assert desk.ingest(more, summaries=False).stored == 12


def test_cli_file_size_limit_is_one_line_and_keeps_what_was_stored(stored, tmp_path: Path):
    path, more = stored
    feed = write_jsonl(tmp_path / "more.jsonl", more)
    limit = 40 * 1024  # the write-ahead log may not grow past this (the store's pages are already larger)
    code = (
        "import resource, sys\n"
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))\n"
        "from khulasa.cli import main\n"
        f"sys.argv = ['khulasa', 'desk', 'ingest', {str(feed)!r}, '--db', {_url(path)!r}, '--no-summaries']\n"
        "main()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode not in (0, None), result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and str(path) in lines[0] and "cannot write the database" in lines[0], result.stderr
    assert _count(path) == 12


# --- damaged pages ------------------------------------------------------------------------------


def test_damaged_pages_are_one_error_naming_the_file(stored):
    path, more = stored
    _damage(path)
    with pytest.raises(DatabaseError, match="damaged") as caught, Desk(_url(path)) as desk:
        desk.ingest(more, summaries=False)
        desk.stories()
    assert str(path) in str(caught.value) and ".recover" in str(caught.value)
    line = one_line_error(_run("desk", "stories", "--db", _url(path)))
    assert "damaged" in line and str(path) in line


# --- a file that refuses writes ------------------------------------------------------------------


def test_read_only_database_is_one_error_naming_the_file(stored, monkeypatch):
    path, more = stored

    def read_only(url: Any, busy_timeout: float = 60.0) -> Any:  # root ignores file modes: open it read-only
        return sqlite3.connect(f"file:{url.path}?mode=ro", uri=True, isolation_level=None, timeout=busy_timeout)

    monkeypatch.setattr(store_module, "_connect", read_only)
    with pytest.raises(DatabaseError, match="cannot write the database") as caught, Desk(_url(path)) as desk:
        desk.ingest(more, summaries=False)
    assert str(path) in str(caught.value) and "writable" in str(caught.value)
    assert _count(path) == 12


# --- another writer's lock ----------------------------------------------------------------------


def test_lock_held_past_the_busy_timeout_is_one_error_and_keeps_what_was_stored(
    stored, locked, monkeypatch, tmp_path: Path
):
    path, more = stored
    feed = write_jsonl(tmp_path / "more.jsonl", more)
    with pytest.raises(DatabaseError, match="locked") as caught, Desk(_url(path)) as desk:
        desk.store.busy_timeout = 0.2
        desk.ingest(more, summaries=False)
    assert str(path) in str(caught.value) and "run again" in str(caught.value)
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT", 0.2)
    line = one_line_error(_run("desk", "ingest", str(feed), "--db", _url(path), "--no-summaries"))
    assert "locked" in line and str(path) in line
    locked.rollback()
    assert _count(path) == 12


def test_a_time_limit_cuts_the_wait_for_a_lock_and_nothing_commits_after_it(stored, locked):
    path, more = stored
    with Desk(_url(path)) as desk, pytest.raises(TimeLimitExceeded), time_limit(0.3):
        desk.ingest(more, summaries=False)  # waits at most 0.3 s, not the busy timeout (60 s)
    locked.rollback()
    store = Store(_url(path))
    with pytest.raises(TimeLimitExceeded), time_limit(0.05), store.transaction(exclusive=True):
        store.execute("UPDATE meta SET value = 99 WHERE name = 'clock'")
        time.sleep(0.1)
    assert store.one("SELECT value FROM meta WHERE name = 'clock'") != (99.0,)
    store.close()
    assert _count(path) == 12


# --- the open set stays bounded -----------------------------------------------------------------


def test_open_stories_are_capped_closing_the_least_recently_active(tmp_path: Path):
    docs, _ = invented_stories(12, 3, seed=8)  # undated: desk time is arrival time
    now = [1_000_000.0]
    settings = replace(DeskSettings(), max_open_articles=10, batch_size=6)
    with Desk(_url(tmp_path / "desk.sqlite"), settings, clock=lambda: now[0]) as desk:
        for s in range(0, len(docs), 6):
            desk.ingest(docs[s : s + 6], summaries=False)
            now[0] += 1.0
            open_articles = desk.store.one("SELECT COALESCE(SUM(size), 0) FROM stories WHERE closed = 0")[0]
            assert open_articles <= 10 + 6
        rows = desk.store.all("SELECT last_event_ts, closed FROM stories WHERE merged_into IS NULL")
        newest_closed = max((t for t, closed in rows if closed), default=None)
        oldest_open = min(t for t, closed in rows if not closed)
        assert newest_closed is not None and newest_closed <= oldest_open
    with Desk(_url(tmp_path / "uncapped.sqlite"), replace(settings, max_open_articles=None)) as desk:
        desk.ingest(docs, summaries=False)
        assert desk.store.one("SELECT COUNT(*) FROM stories WHERE closed = 1") == (0,)


def test_default_cap_leaves_a_small_undated_feed_open(tmp_path: Path):
    docs, _ = invented_stories(20, 5, seed=4)
    with Desk(_url(tmp_path / "desk.sqlite")) as desk:
        desk.ingest(docs, summaries=False)
        assert desk.store.one("SELECT COUNT(*) FROM stories WHERE closed = 1") == (0,)
    assert DeskSettings().max_open_articles is not None and DeskSettings().max_open_articles >= 1000


def test_the_desk_keeps_no_article_text_in_memory_between_batches(tmp_path: Path):
    """The analyzer's token cache is keyed by whole texts: kept, it held every article ever ingested
    (memory climbed with the store)."""
    docs, _ = invented_stories(3, 4, seed=2)
    with Desk(_url(tmp_path / "desk.sqlite"), replace(DeskSettings(), batch_size=4)) as desk:
        desk.ingest(docs, summaries=False)
        assert not desk.analyzer._tokens


def test_cli_max_open_articles_option(tmp_path: Path):
    docs, _ = invented_stories(6, 2, seed=6)
    feed = write_jsonl(tmp_path / "feed.jsonl", docs)
    db = _url(tmp_path / "desk.sqlite")
    result = _run("desk", "ingest", str(feed), "--db", db, "--no-summaries", "--batch-size", "4")
    assert result.exit_code == 0, result.output
    capped = _run(
        "desk", "ingest", str(feed), "--db", _url(tmp_path / "capped.sqlite"), "--no-summaries", "--batch-size", "4",
        "--max-open-articles", "2",
    )  # fmt: skip
    assert capped.exit_code == 0, capped.output
    conn = sqlite3.connect(tmp_path / "capped.sqlite")
    assert conn.execute("SELECT COUNT(*) FROM stories WHERE closed = 1").fetchone()[0] > 0
    conn.close()


# --- the service ---------------------------------------------------------------------------------


@pytest.fixture
def service() -> Any:
    pytest.importorskip("fastapi")
    pytest.importorskip("httpx")
    from fastapi.testclient import TestClient

    from khulasa.service import Limits, create_app

    def make(desk_url: str | None, **limits: Any) -> Any:
        return TestClient(create_app(Limits(**limits), desk_url=desk_url))

    return make


def _records(docs: list[Document]) -> list[dict[str, Any]]:
    return [{"id": d.id, "text": d.text, "source": d.source} for d in docs]


def _assert_desk_problem(response: Any, status: int, *hidden: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    for text in hidden:
        assert text not in response.text
    return body


@pytest.mark.parametrize("url", BAD_URLS)
def test_service_with_an_unusable_database_url_answers_503_without_it(service, url, monkeypatch, caplog):
    monkeypatch.setenv("KHULASA_DB", url)
    caplog.set_level(logging.ERROR)
    with service(None) as client:
        posted = client.post("/v1/articles", json={"documents": _records(invented_stories(1, 1)[0])})
        listed = client.get("/v1/stories")
    for response in (posted, listed):
        body = _assert_desk_problem(response, 503, SECRET, "editor", "example.org", "://")
        assert body["type"].endswith("desk-unavailable")
    assert SECRET not in caplog.text and ("db.example.org" in caplog.text or "[::1" in caplog.text)


def test_service_log_names_how_the_server_was_given_its_database(service, tmp_path, monkeypatch, caplog):
    """Before: the server's log said "--db URL" also for a database set by $KHULASA_DB, by default or
    given to create_app, none of which is a --db the operator typed."""
    missing = f"sqlite:///{tmp_path / 'missing' / 'desk.sqlite'}"
    caplog.set_level(logging.ERROR)
    monkeypatch.setenv("KHULASA_DB", missing)
    for desk_url, named in ((missing, f"create_app(desk_url=…) {missing}:"), (None, f"$KHULASA_DB {missing}:")):
        caplog.clear()
        with service(desk_url) as client:
            _assert_desk_problem(client.get("/v1/stories"), 503)
        assert named in caplog.text and "--db" not in caplog.text, caplog.text
    monkeypatch.delenv("KHULASA_DB")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "khulasa-desk.sqlite").mkdir()  # the default path, unusable: a folder
    caplog.clear()
    with service(None) as client:
        _assert_desk_problem(client.get("/v1/stories"), 503)
    assert "the default desk database sqlite:///khulasa-desk.sqlite (no --db given" in caplog.text, caplog.text


def test_service_full_database_is_507_and_keeps_what_was_stored(service, stored, monkeypatch):
    path, more = stored
    connect = store_module._connect

    def full(url: Any, busy_timeout: float = 60.0) -> Any:
        conn = connect(url, busy_timeout)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr(store_module, "_connect", full)
    with service(_url(path), max_documents=20) as client:
        response = client.post("/v1/articles", json={"documents": _records(more)})
    body = _assert_desk_problem(response, 507, str(path), path.name)
    assert body["type"].endswith("desk-storage-full")
    assert _count(path) == 12


def test_service_damaged_database_is_503_not_500(service, stored):
    path, more = stored
    _damage(path)
    with service(_url(path), max_documents=20) as client:
        posted = client.post("/v1/articles", json={"documents": _records(more)})
        listed = client.get("/v1/stories")
    for response in (posted, listed):
        _assert_desk_problem(response, 503, str(path), path.name)


def test_service_lock_past_the_busy_timeout_is_503_and_stores_nothing(service, stored, locked, monkeypatch):
    path, more = stored
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT", 0.2)
    with service(_url(path), max_documents=20, timeout_seconds=30) as client:
        response = client.post("/v1/articles", json={"documents": _records(more)})
    body = _assert_desk_problem(response, 503, str(path), path.name)
    assert "busy" in body["detail"] and response.headers.get("retry-after")
    locked.rollback()
    assert _count(path) == 12


def test_service_articles_past_the_time_limit_are_504_and_not_stored(service, stored, locked):
    """Issue 23, item 4: another writer holds the lock past the request's time limit."""
    path, more = stored
    with service(_url(path), max_documents=20, timeout_seconds=0.5) as client:
        response = client.post("/v1/articles", json={"documents": _records(more)})
        _assert_desk_problem(response, 504, str(path))
        locked.rollback()  # the other writer is done: a job still waiting would now get the lock
        client.app.state.executor.shutdown(wait=True)  # let any such job finish
    assert _count(path) == 12
    with service(_url(path), max_documents=20, timeout_seconds=30) as client:
        again = client.post("/v1/articles", json={"documents": _records(more)})
    assert again.status_code == 200 and again.json()["stored"] == 12  # not taken for stored earlier


def test_run_limited_answers_what_the_job_did_at_the_deadline():
    """A job given up at the deadline rolls back at its commit point (504); one already committing
    when the time runs out is waited for, and its result answered."""
    pytest.importorskip("fastapi")
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    from khulasa.service.app import Problem, run_limited

    committed: list[str] = []

    def late() -> str:
        time.sleep(0.3)
        commit_point()
        committed.append("late")
        return "late"

    def committing() -> str:
        commit_point()
        time.sleep(0.3)
        committed.append("committing")
        return "committing"

    with ThreadPoolExecutor(max_workers=1) as executor, pytest.raises(Problem) as caught:
        asyncio.run(run_limited(executor, late, 0.1, action="storing the articles"))
    assert caught.value.status == 504
    with ThreadPoolExecutor(max_workers=1) as executor:
        assert asyncio.run(run_limited(executor, committing, 0.1, action="storing the articles")) == "committing"
    assert committed == ["committing"]


def test_commit_point_honours_the_cutoff_and_the_limit():
    from khulasa.deadline import Cutoff

    commit_point()  # no limit: nothing to decide
    given_up = Cutoff()
    assert given_up.abandon() and not given_up.claim()
    with pytest.raises(TimeLimitExceeded), time_limit(30, given_up):
        commit_point()
    committing = Cutoff()
    with time_limit(30, committing):
        commit_point()
    assert not committing.abandon()  # the caller must now wait for the job's outcome
    with pytest.raises(TimeLimitExceeded), time_limit(0.0):
        commit_point()


def test_postgres_not_listening_is_one_line_with_the_socket_reason() -> None:
    """A port no server listens on: the reason is the socket's ("Connection refused"), not pg8000's
    wrapper with its timeout and source address; a server's refusal is its message, not a dict."""
    import socket

    pytest.importorskip("pg8000")
    with socket.socket() as probe:  # a port that was free a moment ago
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    line = one_line_error(_run("desk", "stories", "--db", f"postgresql://editor:secret@127.0.0.1:{port}/news"))
    assert "cannot connect to PostgreSQL (Connection refused)" in line, line
    assert "secret" not in line and "source_address" not in line

    refused = Exception({"S": "FATAL", "C": "3D000", "M": 'database "news" does not exist'})
    assert store_module.pg_reason(refused) == 'database "news" does not exist'
    lost = store_module.pg_connection_lost(
        "postgresql://editor@db/news", ConnectionResetError(104, "Connection reset by peer")
    )
    assert lost is not None and "(Connection reset by peer)" in str(lost) and "Errno" not in str(lost)
