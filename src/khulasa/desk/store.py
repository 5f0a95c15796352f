"""The desk's database: SQLite (stdlib, the default) or PostgreSQL (pg8000, the ``desk`` extra).

One thin wrapper over the two DB-API drivers: SQL is written once with ``?`` placeholders and a
few dialect words (``{blob}``, ``{serial}``) filled per dialect. The schema is versioned: the
``schema_version`` table holds the number of the last migration applied, and :data:`MIGRATIONS`
are applied in order, each in its own transaction, when a desk is opened.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from khulasa.deadline import check_time, remaining, time_is_up
from khulasa.errors import (
    DEFAULT_DATABASE,
    DatabaseError,
    InputError,
    MissingExtraError,
    SettingsError,
    bad_database_url,
    cannot_connect,
    cannot_open_database,
    database_connection_lost,
    database_damaged,
    database_folder_missing,
    database_full,
    database_io_error,
    database_locked,
    database_named,
    database_unwritable,
    four_slashes,
    no_desk_database,
    not_a_database_url,
    not_a_desk_database,
    os_reason,
    port_not_a_number,
    schema_too_new,
    sqlite_path_not_a_file,
    sqlite_url_not_a_file,
    sqlite_url_without_path,
)

DEFAULT_DB = "sqlite:///khulasa-desk.sqlite"
DB_ENV = "KHULASA_DB"
# SQLite caps the parameters of one statement (999 before 3.32); stay well below.
CHUNK = 500
# How long a SQLite writer waits for another one's lock before giving up ("database is locked");
# within a time limit (khulasa.deadline), never past it.
BUSY_TIMEOUT = 60.0

# Each migration is a list of statements; never edit one that has shipped, add the next.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE articles (
            seq {serial},
            id TEXT NOT NULL UNIQUE,
            url TEXT,
            text_hash TEXT NOT NULL UNIQUE,
            title TEXT,
            outlet TEXT NOT NULL,
            published TEXT,
            event_ts DOUBLE PRECISION NOT NULL,
            arrived_ts DOUBLE PRECISION NOT NULL,
            text TEXT NOT NULL,
            cleaning TEXT NOT NULL,
            copy_of TEXT,
            story_id TEXT NOT NULL,
            features {blob} NOT NULL,
            signature {blob},
            richness INTEGER NOT NULL
        )""",
        "CREATE UNIQUE INDEX articles_url ON articles (url) WHERE url IS NOT NULL",
        "CREATE INDEX articles_story ON articles (story_id)",
        """CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            created_ts DOUBLE PRECISION NOT NULL,
            updated_ts DOUBLE PRECISION NOT NULL,
            last_event_ts DOUBLE PRECISION NOT NULL,
            size INTEGER NOT NULL,
            outlets INTEGER NOT NULL,
            members_version INTEGER NOT NULL,
            summary_version INTEGER NOT NULL DEFAULT 0,
            summarized_members INTEGER NOT NULL DEFAULT 0,
            closed INTEGER NOT NULL DEFAULT 0,
            merged_into TEXT
        )""",
        "CREATE INDEX stories_open ON stories (closed, merged_into)",
        """CREATE TABLE merges (
            absorbed TEXT NOT NULL,
            into_story TEXT NOT NULL,
            merged_ts DOUBLE PRECISION NOT NULL
        )""",
        """CREATE TABLE summaries (
            story_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            created_ts DOUBLE PRECISION NOT NULL,
            doc_ids TEXT NOT NULL,
            summary TEXT,
            error TEXT,
            figures TEXT NOT NULL,
            PRIMARY KEY (story_id, version)
        )""",
        "CREATE TABLE feature_df (feature INTEGER PRIMARY KEY, df INTEGER NOT NULL)",
        "CREATE TABLE meta (name TEXT PRIMARY KEY, value DOUBLE PRECISION NOT NULL)",
        "INSERT INTO meta (name, value) VALUES ('articles', 0), ('clock', 0)",
    ),
    # 2: a url no longer identifies an article (an edited article keeps its url, with new wording);
    # the wording does (text_hash) and ids stay unique (a taken id is derived anew, see ingest).
    ("DROP INDEX articles_url",),
    # 3: a summary version keeps the story's label, article and outlet counts of its time, so that
    # an earlier version is shown beside its own (NULL for versions made before this migration).
    (
        "ALTER TABLE summaries ADD COLUMN label TEXT",
        "ALTER TABLE summaries ADD COLUMN size INTEGER",
        "ALTER TABLE summaries ADD COLUMN outlets INTEGER",
    ),
    # 4: the article a story began with: its id follows that article's event when stories merge and
    # split again (NULL for stories made before this migration).
    ("ALTER TABLE stories ADD COLUMN founder TEXT", "CREATE INDEX stories_merged ON stories (merged_into)"),
)

_DIALECT = {
    "sqlite": {"blob": "BLOB", "serial": "INTEGER PRIMARY KEY AUTOINCREMENT"},
    "postgresql": {"blob": "BYTEA", "serial": "BIGSERIAL PRIMARY KEY"},
}


@dataclass(frozen=True, slots=True)
class DbUrl:
    """A parsed ``--db`` URL."""

    dialect: str
    path: str | None = None
    host: str | None = None
    port: int | None = None
    user: str | None = None
    password: str | None = None
    database: str | None = None
    unix_sock: str | None = None
    given: str = "--db"  # what set it (see given_as): messages name that

    @property
    def named(self) -> str:
        """The URL as messages name it: with what set it (``--db URL``, ``$KHULASA_DB URL``, or
        the default), password hidden."""
        return database_named(self.given, self.shown)

    @property
    def shown(self) -> str:
        """The URL without its password (for messages)."""
        if self.dialect == "sqlite":
            return f"sqlite:///{self.path}"
        user = f"{self.user}@" if self.user else ""
        return f"postgresql://{user}{self.host or ''}{f':{self.port}' if self.port else ''}/{self.database or ''}"


def resolve_url(url: str | None) -> str:
    """The ``--db`` value, else ``$KHULASA_DB``, else ``./khulasa-desk.sqlite``."""
    return url or os.environ.get(DB_ENV, "").strip() or DEFAULT_DB


def redact(url: str) -> str:
    """``url`` with its password hidden (the user part's, and a ``password=`` parameter's): what
    messages and logs may show."""
    url = re.sub(r"(?i)(password=)[^&]*", r"\1***", url)
    head, at, tail = url.rpartition("@")
    if not at:
        return url
    scheme, sep, userinfo = head.partition("://")
    if not sep:
        scheme, userinfo = "", head
    if ":" not in userinfo:
        return url
    return f"{scheme}{sep}{userinfo.split(':', 1)[0]}:***@{tail}"


def given_as(url: str | None) -> str:
    """Where the desk's URL comes from, as messages name it: ``--db`` (a URL given), else
    ``$KHULASA_DB`` when set, else :data:`~khulasa.errors.DEFAULT_DATABASE`."""
    if url:
        return "--db"
    return f"${DB_ENV}" if os.environ.get(DB_ENV, "").strip() else DEFAULT_DATABASE


def parse_url(url: str, given: str = "--db") -> DbUrl:
    """``sqlite:///relative.db``, ``sqlite:////abs/path.db`` or ``postgresql://user:pw@host:port/db``;
    ``given`` names where it came from in messages (``--db``, ``$KHULASA_DB``)."""
    if url.startswith("sqlite:///"):
        path = url[len("sqlite:///") :]
        if not path:
            raise SettingsError(sqlite_url_without_path(given))
        if path == ":memory:" or path.startswith("file:") or "?" in path:
            # sqlite3 is opened without URI parsing: these would be a throwaway database (everything
            # stored lost at exit) or a file literally named "desk.db?mode=ro".
            raise SettingsError(sqlite_url_not_a_file(redact(url), given))
        return DbUrl("sqlite", path=path, given=given)
    if url.startswith(("postgresql://", "postgres://")):
        try:
            parts = urlsplit(url)
        except ValueError as error:  # an unclosed IPv6 bracket
            raise SettingsError(bad_database_url(redact(url), str(error), given)) from None
        query = dict(p.split("=", 1) for p in parts.query.split("&") if "=" in p)
        try:
            port = parts.port
        except ValueError:
            raise SettingsError(port_not_a_number(redact(url), given)) from None
        return DbUrl(
            "postgresql",
            host=parts.hostname or query.get("host"),
            port=port,
            user=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
            database=parts.path.lstrip("/") or None,
            unix_sock=query.get("unix_sock"),
            given=given,
        )
    raise SettingsError(not_a_database_url(redact(url), given))


class Store:
    """A connection with the desk's schema, in either dialect. Not shared between threads."""

    def __init__(self, url: str | None = None, *, busy_timeout: float | None = None, given: str | None = None) -> None:
        # given: what set ``url``, as messages name it (default: given_as, --db for a URL given).
        self.url = parse_url(resolve_url(url), given or given_as(url))
        self.dialect = self.url.dialect
        self.busy_timeout = BUSY_TIMEOUT if busy_timeout is None else busy_timeout
        self.conn = _connect(self.url, self.busy_timeout)
        try:
            self.migrate()
        except BaseException:
            self.conn.close()  # a damaged or locked file: do not leave the connection open
            raise

    # --- SQL -------------------------------------------------------------------------------

    def sql(self, statement: str) -> str:
        """``statement`` in this database's dialect (placeholders and types)."""
        text = statement.format(**_DIALECT[self.dialect])
        return text if self.dialect == "sqlite" else text.replace("?", "%s")

    def execute(self, statement: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement; returns the cursor."""
        with self.failures():
            cur = self.conn.cursor()
            cur.execute(self.sql(statement), tuple(params))
        return cur

    def insert_rows(self, head: str, rows: Sequence[Sequence[Any]], tail: str = "", *, chunk: int = 400) -> None:
        """``head VALUES (..), (..) tail`` for ``rows``, many rows per statement: one round trip per
        chunk, not per row (pg8000's executemany sends one statement per row)."""
        if not rows:
            return
        marks = "(" + ", ".join("?" * len(rows[0])) + ")"
        for s in range(0, len(rows), chunk):
            part = rows[s : s + chunk]
            values = ", ".join([marks] * len(part))
            self.execute(f"{head} VALUES {values} {tail}", [v for row in part for v in row])

    def all(self, statement: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Every row of a query, as tuples."""
        cur = self.execute(statement, params)
        with self.failures():  # a damaged page may show only while the rows are read
            return [tuple(r) for r in cur.fetchall()]

    def one(self, statement: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        """The first row of a query, or ``None``."""
        cur = self.execute(statement, params)
        with self.failures():
            row = cur.fetchone()
        return tuple(row) if row is not None else None

    def where_in(self, statement: str, values: Sequence[Any], params: Sequence[Any] = ()) -> Iterator[tuple]:
        """Rows of ``statement`` (with one ``IN ({marks})``) for ``values``, in chunks."""
        for statement_of_chunk, chunk_params in _chunks(statement, values, params):
            yield from self.all(statement_of_chunk, chunk_params)

    def execute_in(self, statement: str, values: Sequence[Any], params: Sequence[Any] = ()) -> None:
        """Run ``statement`` (an UPDATE or DELETE with one ``IN ({marks})``) for ``values``, in chunks."""
        for statement_of_chunk, chunk_params in _chunks(statement, values, params):
            self.execute(statement_of_chunk, chunk_params)

    @contextmanager
    def failures(self) -> Iterator[None]:
        """SQLite's failures of the file itself (full, damaged, locked, unwritable) as one-line
        :class:`DatabaseError`; anything else (a bug) as it is."""
        try:
            yield
        except sqlite3.Error as error:
            failure = sqlite_failure(self.url.named, error, self.busy_timeout)
            if failure is None:
                raise
            raise failure from error
        except Exception as error:
            lost = pg_connection_lost(self.url.named, error) if self.dialect == "postgresql" else None
            if lost is None:
                raise
            raise lost from error

    @contextmanager
    def transaction(self, *, exclusive: bool = False) -> Iterator[Store]:
        """One transaction; ``exclusive`` also keeps other writers out of the stories until it ends
        (SQLite: BEGIN IMMEDIATE; PostgreSQL: an exclusive lock on the stories table).

        Within a time limit (:mod:`khulasa.deadline`) the wait for another writer's lock ends at the
        limit (TimeLimitExceeded), and nothing is committed once the limit has passed."""
        left = remaining()
        try:
            self._begin(exclusive, left)
            yield self
            check_time()  # never commit past the time limit: the caller has been told it failed
            with self.failures():
                self.conn.commit()
        except BaseException:
            self._rollback()
            raise

    def _begin(self, exclusive: bool, left: float | None) -> None:
        wait = self.busy_timeout if left is None else min(self.busy_timeout, left)
        try:
            if self.dialect == "sqlite":
                self.conn.execute(f"PRAGMA busy_timeout = {int(wait * 1000)}")
                self.execute("BEGIN IMMEDIATE" if exclusive else "BEGIN")
            elif exclusive:
                if left is not None:
                    self.execute(f"SET LOCAL lock_timeout = {max(int(wait * 1000), 1)}")
                self.execute("LOCK TABLE stories IN EXCLUSIVE MODE")
        except Exception as error:
            if wait < self.busy_timeout and _lock_wait(error):  # the time limit cut the wait short
                raise time_is_up() from None
            raise

    def _rollback(self) -> None:
        # SQLite may have rolled back already (after SQLITE_FULL, say), a lost connection cannot:
        # either way nothing was committed, and the error that got here is the one to report.
        with suppress(Exception):
            self.conn.rollback()

    def blob(self, value: Any) -> bytes:
        """A binary column's value as bytes."""
        return bytes(value)

    def close(self) -> None:
        """Close the connection (a PostgreSQL connection already lost closes quietly)."""
        if self.dialect == "sqlite":
            self.conn.close()
            return
        with suppress(Exception):
            self.conn.close()

    # --- schema ----------------------------------------------------------------------------

    def version(self) -> int:
        """The schema version of the database (0 when new)."""
        if not self._has_table("schema_version"):
            return 0
        row = self.one("SELECT MAX(version) FROM schema_version")
        return int(row[0]) if row and row[0] is not None else 0

    def migrate(self) -> int:
        """Apply the migrations this database lacks, in order; return the schema version."""
        self._refuse_another_programs_file()
        with self.transaction(exclusive=False):
            if self.dialect == "postgresql":
                # Two processes opening a new database at once: one migrates, the other waits.
                self.execute("SELECT pg_advisory_xact_lock(815150)")
            self.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        current = self.version()
        if current == 0 and (self._has_table("articles") or self._has_table("stories")):
            # Another program's database (or a desk whose schema_version table was dropped): the
            # first migration would fail on "table articles already exists".
            raise SettingsError(not_a_desk_database(self.url.named))
        if current > len(MIGRATIONS):
            raise SettingsError(schema_too_new(self.url.named, current, len(MIGRATIONS)))
        for number, steps in enumerate(MIGRATIONS[current:], current + 1):
            # SQLite: BEGIN IMMEDIATE keeps other writers out; PostgreSQL: the advisory lock below
            # (the stories table may not exist yet, so it cannot be locked).
            with self.transaction(exclusive=self.dialect == "sqlite"):
                if self.dialect == "postgresql":
                    self.execute("SELECT pg_advisory_xact_lock(815150)")
                if self.version() >= number:  # another process applied it meanwhile
                    continue
                for step in steps:
                    self.execute(step)
                self.execute("INSERT INTO schema_version (version) VALUES (?)", [number])
        return self.version()

    def _refuse_another_programs_file(self) -> None:
        """A SQLite file with tables but no desk schema is another program's database (a mistyped
        ``--db``): refused before anything is written to it. A new desk's first table is
        ``schema_version``, so a desk being made by another process is never taken for one. A
        PostgreSQL database may hold other applications' tables beside the desk's."""
        if self.dialect != "sqlite" or self._has_table("schema_version"):
            return
        if self.one("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'") is not None:
            raise SettingsError(not_a_desk_database(self.url.named))

    def _has_table(self, name: str) -> bool:
        if self.dialect == "sqlite":
            return self.one("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]) is not None
        return self.one("SELECT to_regclass(?)", [name]) not in (None, (None,))


def sqlite_failure(named: str, error: sqlite3.Error, busy_timeout: float) -> DatabaseError | None:
    """The one-line error for a failure of the SQLite file itself; None for anything else (a bug)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return None
    reason = str(error)
    primary = code & 0xFF
    if primary == sqlite3.SQLITE_FULL:
        return database_full(named)
    if primary == sqlite3.SQLITE_IOERR:
        return database_io_error(named, reason)
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return database_damaged(named, reason)
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return database_locked(named, busy_timeout)
    if primary in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM):
        return database_unwritable(named, reason)
    return None


def pg_connection_lost(named: str, error: Exception) -> DatabaseError | None:
    """The one-line error for a PostgreSQL connection that broke (pg8000's InterfaceError, a
    socket error, SQLSTATE class 08 or 57P: the server shut down or dropped us); None otherwise."""
    name = type(error).__name__
    detail = error.args[0] if error.args and isinstance(error.args[0], dict) else {}
    code = str(detail.get("C", ""))
    if name == "InterfaceError" or isinstance(error, OSError) or code.startswith(("08", "57P")):
        return database_connection_lost(named, re.sub(r"\s+", " ", pg_reason(error))[:200])
    return None


def _lock_wait(error: BaseException) -> bool:
    """Whether ``error`` ended a wait for another writer's lock (SQLite's busy timeout, or
    PostgreSQL's lock_timeout, SQLSTATE 55P03)."""
    cause = error.__cause__ if isinstance(error, DatabaseError) else error
    if isinstance(cause, sqlite3.Error):
        return getattr(cause, "sqlite_errorcode", 0) & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "55P03" in str(error)


def _wal_mode(conn: sqlite3.Connection, busy_timeout: float) -> None:
    """Put the file in WAL mode. Two processes opening a new desk file at once both ask for it,
    and SQLite answers the second "database is locked" at once, without waiting its busy timeout:
    ask again, briefly, until the timeout (then the error stands)."""
    deadline = time.monotonic() + busy_timeout
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() >= deadline:
                raise
            time.sleep(0.05)


def absolute_hint(path: str) -> str:
    """:func:`khulasa.errors.four_slashes` when ``path`` (after ``sqlite:///``) is relative but its
    folder exists from the root (``sqlite:///tmp/desk.sqlite`` meant ``/tmp/desk.sqlite``), else ""."""
    try:
        meant = not Path(path).is_absolute() and Path("/", path).parent.is_dir() and Path(path).parent != Path()
    except OSError:
        return ""
    return four_slashes(path) if meant else ""


def existing_sqlite(url: DbUrl) -> None:
    """For a command that only reads the desk: a SQLite file that does not exist is an
    :class:`InputError` (a mistyped path), where opening it would make a new, empty desk."""
    if url.dialect != "sqlite":
        return
    try:
        missing = not Path(url.path or "").exists()
    except OSError:  # a name too long for the file system: the store names it
        return
    if missing:
        ingest = "khulasa desk ingest FILES" + (f" --db {url.shown}" if url.given == "--db" else "")
        raise InputError(no_desk_database(url.named, absolute_hint(url.path or ""), ingest))


def _connect(url: DbUrl, busy_timeout: float = BUSY_TIMEOUT) -> Any:
    if url.dialect == "sqlite":
        path = Path(url.path or "")
        try:
            folder_missing = bool(path.parent) and not path.parent.exists()
            not_a_file = path.exists() and not path.is_file()  # a folder, a FIFO, a link to /dev/null
        except OSError as error:  # a name too long for the file system, a loop of links
            raise InputError(cannot_open_database(url.named, os_reason(error))) from None
        if folder_missing:
            raise InputError(database_folder_missing(url.named, path.parent, absolute_hint(url.path or "")))
        if not_a_file:
            raise InputError(sqlite_path_not_a_file(url.named))
        try:
            # isolation_level=None: transactions are begun explicitly (see Store.transaction).
            conn = sqlite3.connect(str(path), isolation_level=None, timeout=busy_timeout)
            _wal_mode(conn, busy_timeout)
            conn.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.Error as error:
            folder = path.parent.resolve()
            read_only = None if os.access(folder, os.W_OK) else folder
            raise InputError(cannot_open_database(url.named, error, read_only_folder=read_only)) from None
        return conn
    try:
        import pg8000.dbapi
    except ImportError:
        raise MissingExtraError("the desk on PostgreSQL", "desk") from None
    try:
        return pg8000.dbapi.connect(
            user=url.user or "postgres",
            password=url.password,
            host=url.host or "localhost",
            port=url.port or 5432,
            database=url.database,
            unix_sock=url.unix_sock,
            timeout=60,
        )
    except Exception as error:  # pg8000 raises several kinds (socket, protocol, authentication)
        message = re.sub(r"\s+", " ", pg_reason(error))[:300]
        raise InputError(cannot_connect(url.named, message)) from None


def pg_reason(error: BaseException) -> str:
    """Why pg8000 could not connect, as a reader wants it: the server's own message (``database "x"
    does not exist``) rather than its dict of fields, the socket's reason (``Connection refused``)
    rather than pg8000's wrapper with its timeout and source address."""
    detail = error.args[0] if error.args and isinstance(error.args[0], dict) else None
    if detail is not None:
        return str(detail.get("M", error))
    if isinstance(error, OSError) and error.strerror:  # "Connection reset by peer", without "[Errno 104]"
        return error.strerror
    cause = error.__cause__
    if isinstance(cause, OSError) and cause.strerror:
        return cause.strerror
    return str(error)


def _chunks(statement: str, values: Sequence[Any], params: Sequence[Any]) -> Iterator[tuple[str, list[Any]]]:
    """``statement`` with its ``{marks}`` filled for each chunk of ``values`` (a database takes only
    so many parameters in one statement), and the chunk's parameters after ``params``."""
    for s in range(0, len(values), CHUNK):
        chunk = list(values[s : s + CHUNK])
        yield statement.replace("{marks}", ",".join("?" * len(chunk))), [*params, *chunk]
