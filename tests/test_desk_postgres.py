"""The desk on a real PostgreSQL server: schema, idempotent ingest, stories, summaries, two writers
at once, kill -9.

The server is ``$KHULASA_TEST_PG`` (a URL; .ci/run starts one), else a throwaway one started here
with .ci/postgres.sh (Debian's postgresql package). Skipped, with the reason, when neither works.
Each test gets a database of its own.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

pg8000 = pytest.importorskip("pg8000.dbapi", reason="pg8000 is not installed (pip install 'khulasa[desk]')")

from khulasa.desk import Desk  # noqa: E402
from khulasa.desk.store import MIGRATIONS, Store, parse_url  # noqa: E402
from tests.desk_feed import (  # noqa: E402
    FLOOD,
    JOINED_NAMES,
    NAMES_APART,
    check_store,
    flood_documents,
    ingest_command,
    invented_stories,
    make_old_desk,
    split_story,
    stored_features,
    write_jsonl,
)

REPO = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    given = os.environ.get("KHULASA_TEST_PG", "").strip()
    if given:
        yield given
        return
    folder = Path("/tmp") / f"khulasa-pg-test-{uuid.uuid4().hex[:8]}"  # short: the socket path has a limit
    started = subprocess.run(
        ["bash", str(REPO / ".ci" / "postgres.sh"), "start", str(folder), str(_free_port())],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if started.returncode != 0:
        pytest.skip(
            f"no PostgreSQL server: set KHULASA_TEST_PG, or install Debian's postgresql package "
            f"({started.stderr.strip()[-300:] or 'start failed'})"
        )
    try:
        yield started.stdout.strip()
    finally:
        subprocess.run(
            ["bash", str(REPO / ".ci" / "postgres.sh"), "stop", str(folder)], capture_output=True, timeout=120
        )
        subprocess.run(["rm", "-rf", str(folder)], check=False)


@pytest.fixture
def pg_url(pg_server: str) -> str:
    """A fresh database on the server, for one test."""
    url = parse_url(pg_server)
    try:
        conn = pg8000.connect(
            user=url.user or "postgres",
            password=url.password,
            host=url.host or "localhost",
            port=url.port or 5432,
            database=url.database or "postgres",
        )
    except Exception as exc:  # the server went away, or the URL is wrong
        pytest.skip(f"PostgreSQL at {url.shown} is not reachable: {exc}")
    conn.autocommit = True
    name = f"desk_{uuid.uuid4().hex[:12]}"
    conn.cursor().execute(f"CREATE DATABASE {name}")
    conn.close()
    base = pg_server.rsplit("/", 1)[0]
    return f"{base}/{name}"


def test_schema_and_migrations_on_postgres(pg_url: str):
    store = Store(pg_url)
    assert store.version() == len(MIGRATIONS)
    store.close()
    again = Store(pg_url)
    assert again.all("SELECT COUNT(*) FROM schema_version") == [(len(MIGRATIONS),)]
    again.close()


def test_ingest_stories_and_summary_versions_on_postgres(pg_url: str):
    flood = flood_documents()
    with Desk(pg_url) as desk:
        assert desk.ingest(flood[:2]).stored == 2
        assert desk.ingest(flood[:2]).duplicates == 2
        desk.ingest(flood[2:])
        (story,) = desk.stories()
        assert story.size == 3 and story.version == 2
        new = desk.new_since(story, 1)
        assert any("30" in story.summary["sentences"][i]["text"] for i in new)
        assert [v["value"] for v in story.figures[0]["values"]] == [12, 12, 30]
        halves, both = split_story()
        assert desk.ingest(halves, summaries=False).new_stories == 2
        ((absorbed, into),) = desk.ingest(both, summaries=False).merges
        assert desk.absorbed([into, story.id]) == {into: [absorbed], story.id: []}  # issue 22


def test_migration_2_and_taken_ids_on_postgres(pg_url: str, monkeypatch: pytest.MonkeyPatch):
    from khulasa.desk import store as store_module
    from khulasa.types import Document

    docs, _ = invented_stories(1, 3, seed=17)
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS[:1])  # a desk of the previous release
    Store(pg_url).close()  # its schema only: this release's ingest writes columns later migrations add
    monkeypatch.undo()
    with Desk(pg_url) as desk:
        assert desk.store.version() == len(MIGRATIONS)
        desk.ingest([Document(id="1", text=docs[0].text, url="https://n.example/1")], summaries=False)
        report = desk.ingest(
            [Document(id="1", text=docs[1].text, url="https://n.example/1"), Document(id="1", text=docs[2].text)],
            summaries=False,
        )
        assert report.stored == 2 and [given for given, _ in report.renamed] == ["1", "1"]
        assert desk.store.all("SELECT COUNT(*) FROM articles WHERE url = ?", ["https://n.example/1"]) == [(2,)]


def test_two_writers_at_once_store_nothing_twice(pg_url: str, tmp_path: Path):
    docs, _ = invented_stories(12, 6, seed=8)
    # Both feeds hold every article (in opposite orders): each writer tries to store all of them.
    first = write_jsonl(tmp_path / "a.jsonl", docs)
    second = write_jsonl(tmp_path / "b.jsonl", docs[::-1])
    Store(pg_url).close()  # schema first; concurrent first opens are also safe, but not what this tests
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1"}
    procs = [
        subprocess.Popen(
            ingest_command(f, pg_url, 8), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for f in (first, second)
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert all(p.returncode == 0 for p in procs), outputs
    check_store(pg_url, [d.id for d in docs])


def test_kill_9_then_rerun_on_postgres(pg_url: str, tmp_path: Path):
    docs, _ = invented_stories(25, 8, seed=6)
    feed = write_jsonl(tmp_path / "feed.jsonl", docs)
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1"}
    proc = subprocess.Popen(
        ingest_command(feed, pg_url, 10), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None and stored < 40:
        time.sleep(0.05)
        try:
            store = Store(pg_url)
            stored = store.one("SELECT COUNT(*) FROM articles")[0]
            store.conn.rollback()
            store.close()
        except Exception:
            stored = 0  # not created yet
    assert proc.poll() is None, "the ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    rerun = subprocess.run(ingest_command(feed, pg_url, 10), env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    check_store(pg_url, [d.id for d in docs])


def test_a_time_limit_cuts_the_wait_for_the_lock_on_postgres(pg_url: str):
    """Issue 23, item 4 on PostgreSQL: a writer waiting for another one's lock gives up at its time
    limit (lock_timeout), rolls back, and stores nothing afterwards."""
    from khulasa.deadline import time_limit
    from khulasa.errors import TimeLimitExceeded

    docs, _ = invented_stories(2, 2, seed=3)
    with Desk(pg_url) as desk:
        desk.ingest(docs[:2], summaries=False)
    store = Store(pg_url)
    store.execute("LOCK TABLE stories IN EXCLUSIVE MODE")  # another writer, in its transaction
    with Desk(pg_url) as desk, pytest.raises(TimeLimitExceeded), time_limit(0.5):
        desk.ingest(docs[2:], summaries=False)
    store.conn.rollback()
    store.close()
    with Desk(pg_url) as desk:
        assert desk.article_count() == 2
        assert desk.ingest(docs[2:], summaries=False).stored == 2  # the connection is usable again


def test_a_lost_connection_is_one_error_and_keeps_what_was_stored(pg_url: str):
    """Issue 23, item 3 on PostgreSQL: the server drops the desk's connection between two batches."""
    from khulasa.errors import DatabaseError

    docs, _ = invented_stories(2, 2, seed=4)
    with pytest.raises(DatabaseError, match="lost the connection") as caught, Desk(pg_url) as desk:
        desk.ingest(docs[:2], summaries=False)
        pid = desk.store.one("SELECT pg_backend_pid()")[0]
        other = Store(pg_url)
        other.execute("SELECT pg_terminate_backend(?)", [pid])
        other.conn.commit()
        other.close()
        desk.ingest(docs[2:], summaries=False)
    assert parse_url(pg_url).shown in str(caught.value) and caught.value.status == 503
    with Desk(pg_url) as desk:
        assert desk.article_count() == 2


def test_nul_in_a_record_is_stored_not_a_traceback(pg_url: str, tmp_path: Path):
    """A NUL in a record's id and source (a probe of issue 23). Before: pg8000's "invalid byte
    sequence for encoding UTF8: 0x00" as a traceback (CLI), 500 (service)."""
    records = [{**r, "id": r["id"] + "\x00", "source": "منفذ\x00"} for r in FLOOD]
    feed = tmp_path / "nul.jsonl"
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    result = subprocess.run(ingest_command(feed, pg_url, 500), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "3 stored" in result.stderr


def test_an_older_desk_is_recomputed_once_and_a_newer_one_refuses_on_postgres(pg_url: str, tmp_path: Path):
    """docs/desk.md, "Upgrading khulasa": an older khulasa's desk gets the features and frequencies of
    a desk built anew (also after an interruption), keeps its stories, and the new article with the
    name written apart joins; a newer khulasa's desk refuses ingest. The SQLite cases are in
    test_desk_upgrade.py."""
    from khulasa.desk import upgrade as upgrade_module
    from khulasa.desk.ingest import FEATURES_KEY, features_state, set_meta
    from khulasa.errors import DatabaseError
    from khulasa.stories.group import FEATURES_VERSION

    docs = [*invented_stories(2, 3, seed=5)[0], *JOINED_NAMES]
    scratch = f"sqlite:///{tmp_path / 'scratch.sqlite'}"
    with Desk(scratch) as desk:
        desk.ingest(docs, summaries=False)
    make_old_desk(pg_url, docs)
    with Desk(pg_url) as desk:
        members = desk.store.all("SELECT id, story_id FROM articles ORDER BY id")
        chunks = [0]
        real = upgrade_module.feature_rows

        def interrupted(batch, analyzer):  # the second chunk stops half done
            chunks[0] += 1
            if chunks[0] == 2:
                raise KeyboardInterrupt
            return real(batch, analyzer)

        upgrade_module.feature_rows = interrupted
        try:
            with pytest.raises(KeyboardInterrupt):
                upgrade_module.upgrade_features(desk.store, desk.analyzer, chunk=3)
        finally:
            upgrade_module.feature_rows = real
        assert features_state(desk.store).rebuilt_seq > 0
        assert desk.upgrade_features() == len(docs) - 3
        assert desk.upgrade_features() == 0
        assert features_state(desk.store).version == FEATURES_VERSION
        assert desk.store.all("SELECT id, story_id FROM articles ORDER BY id") == members
    assert stored_features(pg_url) == stored_features(scratch)
    with Desk(pg_url) as desk:
        assert desk.ingest([NAMES_APART], summaries=False).joined == 1
        with desk.store.transaction():
            set_meta(desk.store, FEATURES_KEY, FEATURES_VERSION + 1)
        with pytest.raises(DatabaseError, match="upgrade khulasa"):
            desk.ingest(invented_stories(1, 1, seed=9)[0], summaries=False)
        assert desk.article_count() == len(docs) + 1
