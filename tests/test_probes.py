"""Probes no issue names (issue 23, "a probe set of ours"): what an attacker or an unlucky operator
does to the CLI, the library and the service. Each answer is a clear result (stored as given, or
one line naming the file or field and what to do, a 4xx problem) and never a traceback, a 500, a
hang, lost or silently altered data, or a server file read or fetched."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from khulasa.cli import app
from khulasa.desk.desk import Desk
from khulasa.desk.store import parse_url
from khulasa.errors import InputError, NoTextError, SettingsError
from khulasa.io import load_bytes
from khulasa.records import read_record
from khulasa.text.safe_text import one_line
from khulasa.types import Document
from tests.conftest import one_line_error
from tests.desk_feed import FLOOD, invented_stories, write_jsonl

REPO = Path(__file__).resolve().parents[1]
ESCAPES = "\x1b]0;owned\x07\x1b[2J\x9b31m"
BIDI = "\u202e\u2066"


def _run(*args: str, env: dict[str, str] | None = None) -> Any:
    return CliRunner().invoke(app, list(args), env=env)


def _flood_file(tmp_path: Path, **changes: Any) -> Path:
    records = [{**r, **changes} for r in FLOOD]
    path = tmp_path / "flood.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _sqlite_file(path: Path, *statements: str) -> Path:
    """A SQLite file at ``path`` made by ``statements`` (another program's database)."""
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


def _ids(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT id FROM articles"))
    finally:
        conn.close()


# --- the --db path and URL ------------------------------------------------------------------------


def test_db_path_that_is_a_folder_a_fifo_or_dev_null_is_one_line(tmp_path: Path):
    feed = _flood_file(tmp_path)
    fifo = tmp_path / "desk.fifo"
    os.mkfifo(fifo)  # sqlite opening a FIFO blocks or fails with "disk I/O error"
    null = tmp_path / "null.sqlite"
    null.symlink_to(os.devnull)  # before: "cannot write the database (disk I/O error: a full disk …)"
    for target in (tmp_path, fifo, null):
        line = one_line_error(_run("desk", "ingest", str(feed), "--db", f"sqlite:///{target}", "--no-summaries"))
        assert str(target) in line and "not a regular file" in line


@pytest.mark.parametrize("path", [":memory:", "{tmp}/desk.sqlite?mode=memory", "file:{tmp}/desk.sqlite?mode=ro"])
def test_sqlite_url_with_memory_uri_or_options_is_refused(tmp_path: Path, path: str):
    """Before: ":memory:" and "?mode=memory" said "3 stored" and kept nothing, or wrote a file
    literally named "desk.sqlite?mode=memory"."""
    url = "sqlite:///" + path.format(tmp=tmp_path)
    feed = _flood_file(tmp_path)
    with pytest.raises(SettingsError, match="path only"):
        parse_url(url)
    for result in (
        _run("desk", "ingest", str(feed), "--db", url, "--no-summaries"),
        _run("desk", "ingest", str(feed), "--no-summaries", env={"KHULASA_DB": url}),
    ):
        assert "give its path only" in one_line_error(result)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["flood.jsonl"]


def test_database_of_another_program_is_refused_and_left_alone(tmp_path: Path):
    """Before: a traceback (sqlite3.OperationalError: table articles already exists)."""
    path = _sqlite_file(
        tmp_path / "other.sqlite", "CREATE TABLE articles (x)", "INSERT INTO articles VALUES ('theirs')"
    )
    line = one_line_error(_run("desk", "stories", "--db", f"sqlite:///{path}"))
    assert str(path) in line and "not a khulasa desk" in line
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT x FROM articles").fetchall() == [("theirs",)]
    assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("articles",)]  # no schema_version either
    conn.close()


@pytest.mark.parametrize("command", [("desk", "stories"), ("desk", "ingest", "{feed}", "--no-summaries")])
def test_sqlite_file_of_another_program_without_articles_is_refused_and_left_alone(tmp_path: Path, command):
    """Before: the desk's tables (and schema_version) were written into another program's file
    (here a notes app's), reading its stories said "no stories yet", ingest stored the feed there."""
    path = _sqlite_file(tmp_path / "notes.db", "CREATE TABLE notes (x)", "INSERT INTO notes VALUES ('theirs')")
    args = [a.format(feed=_flood_file(tmp_path)) for a in command]
    line = one_line_error(_run(*args, "--db", f"sqlite:///{path}"))
    assert str(path) in line and "not a khulasa desk" in line
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("notes",)]
    conn.close()


def test_database_of_a_newer_schema_is_one_line(tmp_path: Path):
    path = _sqlite_file(
        tmp_path / "new.sqlite",
        "CREATE TABLE schema_version (version INTEGER NOT NULL)",
        "INSERT INTO schema_version VALUES (99)",
    )
    assert "upgrade khulasa" in one_line_error(_run("desk", "stories", "--db", f"sqlite:///{path}"))


def test_database_in_a_read_only_folder_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """On a read-only mount SQLite cannot even read a WAL database (it writes the -shm file beside
    it). Before: "cannot open the database (unable to open database file); check the path". The
    mount is simulated (tests run as root, where a chmod does not stop writes)."""
    from khulasa.desk import store as store_module

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise sqlite3.OperationalError("unable to open database file")

    (tmp_path / "desk.sqlite").touch()  # the desk is there: reading a missing one is another error
    monkeypatch.setattr(store_module.sqlite3, "connect", refuse)
    monkeypatch.setattr(store_module.os, "access", lambda path, mode: Path(path) != tmp_path.resolve())
    line = one_line_error(_run("desk", "stories", "--db", f"sqlite:///{tmp_path / 'desk.sqlite'}"))
    assert f"its folder {tmp_path.resolve()} is read-only" in line and "writable folder" in line


def test_names_too_long_for_the_file_system_are_one_line(tmp_path: Path):
    """Before: OSError [Errno 36] File name too long, a traceback (CLI and library)."""
    long_name = str(tmp_path / ("x" * 5000 + ".txt"))
    line = one_line_error(_run("summarize", long_name))
    assert "file name too long" in line
    feed = _flood_file(tmp_path)
    line = one_line_error(_run("desk", "ingest", str(feed), "--db", f"sqlite:///{tmp_path / ('y' * 5000)}.db"))
    assert "file name too long" in line


def test_service_on_a_foreign_or_in_memory_database_is_503_without_the_path(tmp_path: Path):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from khulasa.service import Limits, create_app

    foreign = _sqlite_file(tmp_path / "foreign.sqlite", "CREATE TABLE stories (x)")
    for url in (f"sqlite:///{foreign}", "sqlite:///:memory:"):
        client = TestClient(create_app(Limits(), desk_url=url))
        for response in (client.get("/v1/stories"), client.post("/v1/articles", json={"documents": FLOOD})):
            assert response.status_code == 503, response.text
            assert str(tmp_path) not in response.text and "memory" not in response.text


# --- records: fields that are odd, hostile or huge ------------------------------------------------


def test_nul_in_json_fields_becomes_a_replacement_character():
    """PostgreSQL refuses NUL in text ("invalid byte sequence for encoding UTF8: 0x00": a traceback,
    500 in the service, before); SQLite's own functions cut the string there."""
    doc = read_record(
        {"id": "a\x00b", "text": "نص\x00عربي", "source": "منفذ\x00", "url": "https://x.example/\x00"}, "r", "rec 1"
    )
    assert (doc.id, doc.text, doc.source, doc.url) == (
        "a\ufffdb",
        "نص\ufffdعربي",
        "منفذ\ufffd",
        "https://x.example/\ufffd",
    )


def test_hostile_article_ids_are_stored_as_given_and_touch_no_file(tmp_path: Path):
    ids = ["../../etc/passwd", "..", "a\\b\\..\\c", "x" * 2000, "flооd-1", "a\nb", "\x1b[2Jid" + BIDI]
    docs = [
        Document(id=i, text=FLOOD[k % 3]["text"] + f" وقال شاهد رقم {k} إن الوضع صعب.", source=f"م{k}")
        for k, i in enumerate(ids)
    ]
    before = set(tmp_path.iterdir())
    with Desk(f"sqlite:///{tmp_path / 'desk.sqlite'}") as desk:
        report = desk.ingest(docs, summaries=False)
    assert report.stored == len(ids)
    assert _ids(tmp_path / "desk.sqlite") == sorted(ids)
    assert {p.name for p in set(tmp_path.iterdir()) - before} <= {"desk.sqlite", "desk.sqlite-wal", "desk.sqlite-shm"}


def test_an_id_too_long_for_a_database_index_is_refused_by_name(tmp_path: Path):
    """Before: on PostgreSQL an incompressible 9,000-character id was a traceback ("index row
    requires 9016 bytes, maximum size is 8191"), 500 in the service; SQLite stored it."""
    long_id = "".join(chr(0x41 + (k * 7919) % 26) + chr(0x61 + (k * 104729) % 26) for k in range(1200))
    records = [{**FLOOD[0], "id": long_id}, *FLOOD[1:]]
    feed = tmp_path / "long.jsonl"
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    result = _run("desk", "ingest", str(feed), "--db", f"sqlite:///{tmp_path / 'desk.sqlite'}", "--no-summaries")
    assert result.exit_code == 0 and "line 1: field 'id' is 2400 bytes long, more than 2000" in result.stderr
    assert _ids(tmp_path / "desk.sqlite") == ["flood-2", "flood-3"]
    with Desk(f"sqlite:///{tmp_path / 'other.sqlite'}") as desk, pytest.raises(InputError, match="2400 bytes"):
        desk.ingest([Document(id=long_id, text=FLOOD[0]["text"])], summaries=False)


@pytest.mark.parametrize(
    "published",
    ["9999-12-31T23:59:59Z", "0001-01-01T00:00:00+14:00", "NaN", "Infinity", -1e18, 10**300, "2026-03-02T08:00+99:99"],
)
def test_odd_publication_times_never_move_the_desk_clock_past_now_nor_before_1970(tmp_path: Path, published: Any):
    """A date in the future, before 1970 (a CMS's 0001-01-01: before, the story's last_event was
    written "0-12-31T10:00:00Z", not ISO 8601), or unreadable: the article takes its arrival time."""
    now = 1_800_000_000.0
    docs = [read_record({**r, "published": published}, r["id"], r["id"]) for r in FLOOD]
    with Desk(f"sqlite:///{tmp_path / 'desk.sqlite'}", clock=lambda: now) as desk:
        desk.ingest(docs, summaries=False)
        (view,) = desk.stories()
        clock = desk.store.one("SELECT value FROM meta WHERE name = 'clock'")
    assert clock is not None and 0 <= float(clock[0]) <= now
    assert not view.closed and 0 <= view.last_event <= now
    assert view.to_dict()["last_event"][:4].isdigit()


def test_control_characters_and_numbers_in_url_and_source_are_stored_and_shown_safely(tmp_path: Path):
    feed = _flood_file(tmp_path, url="http://a.example/x\n" + ESCAPES, source=ESCAPES + "منفذ" + BIDI)
    db = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    assert _run("desk", "ingest", str(feed), "--db", db).exit_code == 0
    for fmt in ("text", "markdown"):
        out = _run("desk", "stories", "--db", db, "--format", fmt).stdout
        assert "منفذ" in out
        assert not any(ch in out for ch in "\x1b\x07\x9b" + BIDI), repr(out)
    numbers = _flood_file(tmp_path, url=12345, source=1e308)
    assert _run("desk", "ingest", str(numbers), "--db", f"sqlite:///{tmp_path / 'n.sqlite'}").exit_code == 0
    with Desk(f"sqlite:///{tmp_path / 'n.sqlite'}") as desk:
        (doc, *_) = desk.documents(desk.stories()[0].id)
    assert (doc.url, doc.source) == ("12345", "1e+308")


def test_one_line_drops_bidi_overrides_and_isolates():
    assert one_line("منفذ\u202eأ\u2067ب\u2069\u202c 2026") == "منفذأب 2026"
    assert one_line("a\u200fb") == "a\u200fb"  # a mark (RLM) reverses nothing after it: kept


def test_summarize_text_and_markdown_strip_escapes_and_bidi_from_outlets(tmp_path: Path):
    feed = _flood_file(tmp_path, source="منفذ" + ESCAPES + BIDI, url="javascript:alert(1)")
    for fmt in ("text", "markdown"):
        result = _run("summarize", str(feed), "--format", fmt)
        assert result.exit_code == 0, result.output
        assert not any(ch in result.stdout for ch in "\x1b\x07\x9b" + BIDI)
        assert "](javascript:" not in result.stdout and "<javascript:" not in result.stdout


def test_desk_json_output_escapes_c1_controls(tmp_path: Path):
    """Before: ``desk stories -f json`` and ``desk story -f json`` wrote U+009B (a one-character CSI
    to some terminals) raw; ``summarize -f json`` and ``group`` already escaped it."""
    records = [{**r, "id": r["id"] + "\x9b31m", "title": "عنوان\x9b2J"} for r in FLOOD]
    feed = tmp_path / "c1.jsonl"
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    assert _run("desk", "ingest", str(feed), "--db", db).exit_code == 0
    listed = _run("desk", "stories", "--db", db, "--format", "json").stdout
    story = json.loads(listed.splitlines()[0])
    shown = _run("desk", "story", story["id"], "--db", db, "--format", "json").stdout
    for out in (listed, shown):
        assert "\x9b" not in out and "\\u009b" in out
    assert story["doc_ids"][0].endswith("\x9b31m")  # the same JSON value


def test_cli_error_line_drops_bidi_controls_of_a_file_name(tmp_path: Path):
    line = one_line_error(_run("summarize", str(tmp_path / "x\u202eلا.txt")))
    assert "\u202e" not in line and "x" in line


def test_library_documents_with_nul_are_stored_with_replacement_characters(tmp_path: Path):
    docs = [Document(id=r["id"] + "\x00", text=r["text"] + "\x00", source="م\x00") for r in FLOOD]
    with Desk(f"sqlite:///{tmp_path / 'desk.sqlite'}") as desk:
        assert desk.ingest(docs, summaries=False).stored == 3
        (view,) = desk.stories()
        stored = desk.documents(view.id)
    assert sorted(d.id for d in stored) == sorted(r["id"] + "\ufffd" for r in FLOOD)
    assert all(d.text.endswith("\ufffd") and d.source == "م\ufffd" for d in stored)


def test_many_bad_files_print_bounded_warnings_and_the_good_ones_load(tmp_path: Path):
    """Before: one warning line per bad file or record, however many (a JSONL of 100,000 bad lines
    printed 12.6 MB of warnings)."""
    for n in range(250):
        (tmp_path / f"bad{n:03d}.txt").write_text("English only, no Arabic here.", encoding="utf-8")
    _flood_file(tmp_path)
    result = _run("desk", "ingest", str(tmp_path), "--db", f"sqlite:///{tmp_path / 'desk.sqlite'}", "--no-summaries")
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 201 and "50 more warnings" in warnings[-1]
    assert "bad000.txt" in warnings[0] and "3 stored" in result.stderr


def test_one_file_lists_at_most_100_problems_then_how_many_more():
    """Before: one error object per bad line (about 1.9 KB each), so 1.5 million bad lines in a
    4.5 MB upload took 2.8 GB and answered 500 (JSON) or dropped the connection (text)."""
    good = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in FLOOD)
    for bad, first in (("{}\n", "line 1:"), ("{\n", "line 1:"), ('"English only text"\n', "record 'a-1':")):
        loaded = load_bytes("a.jsonl", (bad * 5000 + good).encode())
        assert len(loaded.documents) == 3
        assert len(loaded.warnings) == 101, loaded.warnings[-1]
        assert loaded.warnings[0].startswith(f"a.jsonl {first}")
        assert "and 4900 more" in loaded.warnings[-1]


def test_service_upload_of_many_bad_lines_answers_with_bounded_warnings(tmp_path: Path):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from khulasa.service import Limits, create_app

    client = TestClient(create_app(Limits(), desk_url=f"sqlite:///{tmp_path / 'desk.sqlite'}"))
    body = ("{}\n" * 50_000 + "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in FLOOD)).encode()
    for fmt in ("json", "text"):
        response = client.post(
            "/v1/summarize", files=[("files", ("a.jsonl", body, "application/json"))], data={"format": fmt}
        )
        assert response.status_code == 200, response.text[:300]
        warnings = response.json()["warnings"] if fmt == "json" else json.loads(response.headers["x-khulasa-warnings"])
        assert len(warnings) == 101 and "and 49900 more" in warnings[-1]
    response = client.post("/v1/articles", files=[("files", ("a.jsonl", body, "application/json"))])
    assert response.status_code == 200 and response.json()["stored"] == 3


@pytest.mark.parametrize("command", ["summarize", "group", "compare"])
def test_output_written_into_the_input_folder_is_not_read_back(tmp_path: Path, command: str):
    """Before: ``summarize folder -o folder/s.json`` run twice read its first output as three more
    articles (flood-1-2 …): a second summary of six "articles", every count doubled, no word said."""
    folder = tmp_path / "articles"
    folder.mkdir()
    _flood_file(folder)
    out = folder / "out.json"
    fmt = "jsonl" if command == "group" else "json"
    for _ in range(2):
        result = _run(command, str(folder), "--format", fmt, "--out", str(out))
        assert result.exit_code == 0, result.output
    assert "it is this command's output" in result.stderr
    if command == "summarize":
        assert len(json.loads(out.read_text(encoding="utf-8"))["documents"]) == 3
    if command == "group":
        assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["size"] == 3
    alone = _run(command, str(out), "--out", str(out))
    assert "it is this command's output" in one_line_error(alone)


def test_one_outlet_spelled_with_invisible_characters_counts_once(tmp_path: Path):
    """Before: "صحيفة الوادي" with a zero-width space, a zero-width joiner or doubled spaces were
    three outlets: the desk said 3 outlets, the summary credited three sources for one."""
    names = ["صحيفة الوادي", "صحيفة\u200b الوادي", " صحيفة  الوادي\u200d\u202c "]
    docs = [read_record({**r, "source": names[k]}, r["id"], r["id"]) for k, r in enumerate(FLOOD)]
    assert {d.source for d in docs} == {"صحيفة الوادي"}
    persian = read_record({"text": "متن", "source": "همشهری\u200cآنلاین"}, "p", "p")
    assert persian.source == "همشهری\u200cآنلاین"  # ZWNJ is spelling, not decoration
    with Desk(f"sqlite:///{tmp_path / 'desk.sqlite'}") as desk:
        desk.ingest(docs, summaries=False)
        assert desk.stories()[0].outlets == 1


# --- files that point elsewhere -------------------------------------------------------------------

HOSTILE_HTML = """<html><head><base href="file:///etc/">
<meta http-equiv="refresh" content="0;url=file:///etc/passwd">
<link rel="canonical" href="file:///etc/passwd"><link rel="stylesheet" href="http://127.0.0.1:9/x.css">
<meta property="og:url" content="http://169.254.169.254/latest/meta-data/">
<title>فيضانات</title></head><body><article><p>{text}</p><img src="file:///etc/passwd">
<iframe src="http://127.0.0.1:9/"></iframe><script src="http://127.0.0.1:9/x.js"></script></article></body></html>"""


def test_html_with_base_refresh_and_links_fetches_and_reads_nothing(monkeypatch: pytest.MonkeyPatch):
    opened: list[Any] = []

    def refuse(self: socket.socket, address: Any) -> None:
        opened.append(address)
        raise OSError("no network in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    loaded = load_bytes("a.html", HOSTILE_HTML.format(text=FLOOD[0]["text"]).encode())
    (doc,) = loaded.documents
    assert opened == []
    assert "root:" not in doc.text and "passwd" not in doc.text
    assert "مقتل 12 شخصا" in doc.text
    assert not (doc.url or "").startswith("file:")


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_input_linked_to_a_device_is_one_line_not_a_memory_blowup(tmp_path: Path, device: str):
    """Before: read until memory ran out, then a MemoryError traceback."""
    for name in ("z.txt", "z.jsonl", "z.rss"):
        link = tmp_path / name
        link.symlink_to(device)
        for command in (("summarize", str(link)), ("desk", "ingest", str(link), "--db", f"sqlite:///{tmp_path}/d.db")):
            line = one_line_error(_run(*command))
            assert str(link) in line and "a device" in line


def test_cli_out_of_memory_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A file larger than the process may hold (a memory limit, a huge dump): before, a traceback."""
    feed = _flood_file(tmp_path)

    def too_big(self: Path) -> bytes:
        raise MemoryError

    monkeypatch.setattr(Path, "read_bytes", too_big)
    assert "ran out of memory" in one_line_error(_run("summarize", str(feed)))


def test_html_naming_a_path_or_url_or_an_external_entity_reads_nothing(monkeypatch: pytest.MonkeyPatch):
    """As feeds (issue 23, item 1), an .html upload is parsed as HTML: never opened as a path,
    fetched as a URL, nor its external entities read."""
    monkeypatch.setattr(socket.socket, "connect", lambda self, address: pytest.fail(f"connected to {address}"))
    for content in ("/etc/passwd", "file:///etc/passwd", "https://example.com/"):
        with pytest.raises(NoTextError):
            load_bytes("a.html", content.encode())
    entity = '<!DOCTYPE html [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    page = f"{entity}<html><body><article><p>{FLOOD[0]['text']} &e;</p></article></body></html>"
    (doc,) = load_bytes("a.html", page.encode()).documents
    assert "root:" not in doc.text and "مقتل 12 شخصا" in doc.text


def test_feed_of_many_tiny_entries_loads_every_one():
    items = "".join(
        f"<item><title>خبر {i}</title><guid isPermaLink='false'>{i}</guid>"
        f"<description>قال المتحدث إن الاجتماع رقم {i} انتهى اليوم.</description></item>"
        for i in range(3000)
    )
    data = f"<rss version='2.0'><channel><title>منفذ</title>{items}</channel></rss>".encode()
    loaded = load_bytes("many.rss", data)
    assert len(loaded.documents) == 3000 and not loaded.warnings
    assert len({d.id for d in loaded.documents}) == 3000


def test_a_wall_clock_that_ran_ahead_once_does_not_split_every_later_story(tmp_path: Path):
    """The machine's clock is 10 years ahead for one batch, then set right. Before: the desk clock
    stayed 10 years ahead, so every story begun after the fix closed at the next batch (a topic of
    6 articles in 3 batches became 3 stories of 2)."""
    docs, _ = invented_stories(3, 6, seed=4)
    topic = [replace(d, id="topic-" + d.id) for d in invented_stories(1, 6, seed=9)[0]]
    now = [1_800_000_000.0]
    with Desk(f"sqlite:///{tmp_path / 'desk.sqlite'}", clock=lambda: now[0]) as desk:
        desk.ingest(docs[0:3] + docs[6:9] + docs[12:15], summaries=False)
        now[0] += 10 * 365 * 86400.0
        desk.ingest(docs[3:4] + docs[9:10] + docs[15:16], summaries=False)
        now[0] = 1_800_000_000.0 + 3600.0
        for k in range(3):
            desk.ingest(topic[2 * k : 2 * k + 2], summaries=False)
            now[0] += 600.0
        sizes = sorted(v.size for v in desk.stories() if set(v.doc_ids) & {d.id for d in topic})
        clock = desk.store.one("SELECT value FROM meta WHERE name = 'clock'")
        assert max(v.last_event for v in desk.stories()) <= now[0]
    assert sizes == [6]
    assert clock is not None and float(clock[0]) <= now[0]


# --- the story and its query values ----------------------------------------------------------------


@pytest.fixture
def desk_db(tmp_path: Path) -> tuple[str, str]:
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    with Desk(url) as desk:
        desk.ingest([read_record(r, r["id"], r["id"]) for r in FLOOD])
        return url, desk.stories()[0].id


@pytest.mark.parametrize("value", [str(2**63), "9" * 40])
def test_cli_new_since_or_version_past_any_integer_is_one_line(desk_db: tuple[str, str], value: str):
    """Before: --new-since 2**63 was a traceback (OverflowError: Python int too large to convert to
    SQLite INTEGER)."""
    url, story = desk_db
    for option in ("--new-since", "--version"):
        line = one_line_error(_run("desk", "story", story, "--db", url, option, value))
        assert story in line and "does not exist" in line


@pytest.mark.parametrize("story", ["' OR 1=1 --", "1; DROP TABLE articles", "%", "../x", "9" * 5000])
def test_cli_story_id_with_sql_metacharacters_is_no_story(desk_db: tuple[str, str], story: str):
    url, _ = desk_db
    assert "no story" in one_line_error(_run("desk", "story", story, "--db", url))
    with Desk(url) as desk:
        assert desk.article_count() == 3


def test_service_story_and_query_values_are_problems(tmp_path: Path):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from khulasa.service import Limits, create_app

    client = TestClient(create_app(Limits(), desk_url=f"sqlite:///{tmp_path / 'desk.sqlite'}"))
    assert client.post("/v1/articles", json={"documents": FLOOD}).status_code == 200
    story = client.get("/v1/stories").json()["stories"][0]["id"]
    cases = [
        (f"/v1/stories/{story}", {"new_since": str(2**63)}, 422),
        (f"/v1/stories/{story}", {"version": str(2**63)}, 404),
        (f"/v1/stories/{story}", {"new_since": "9" * 5000}, 422),
        ("/v1/stories/' OR 1=1 --", {}, 404),
        ("/v1/stories/a%00b", {}, 404),
        ("/v1/stories", {"since": "9" * 5000}, 422),
        ("/v1/stories", {"since": "NaN"}, 422),
        ("/v1/stories", {"limit": "9" * 50}, 422),
    ]
    for path, params, status in cases:
        response = client.get(path, params=params)
        assert response.status_code == status, (path, params, response.text)
        assert response.headers["content-type"].startswith("application/problem+json")
    assert len(client.get("/v1/stories").json()["stories"]) == 1


def test_service_many_files_and_nul_records(tmp_path: Path):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from khulasa.service import Limits, create_app

    client = TestClient(create_app(Limits(), desk_url=f"sqlite:///{tmp_path / 'desk.sqlite'}"))
    files = [("files", (f"f{i}.txt", b"x", "text/plain")) for i in range(2000)]
    for path in ("/v1/articles", "/v1/summarize"):
        response = client.post(path, files=files)
        assert response.status_code == 400 and "files" in response.json()["detail"]
    response = client.post("/v1/articles", json={"documents": [{**FLOOD[0], "id": "ab" * 1500}]})
    assert response.status_code == 422 and response.json()["field"] == "documents[0].id"
    records = [{**r, "id": r["id"] + "\x00", "source": r["source"] + "\x00"} for r in FLOOD]
    response = client.post("/v1/articles", json={"documents": records})
    assert response.status_code == 200 and response.json()["stored"] == 3
    assert _ids(tmp_path / "desk.sqlite") == sorted(r["id"] + "\ufffd" for r in FLOOD)


def test_since_is_read_whole_never_cut_to_its_date(tmp_path: Path):
    """The flood story's latest article is 2026-03-02T16:00Z. Before, "?since=…T20:00:00+03:00" sent
    unencoded (the "+" decoded to a space) and "…T25:00:00Z" were both read as 2026-03-02 00:00Z:
    the story was listed, no word said."""
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from khulasa.service import Limits, create_app

    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    client = TestClient(create_app(Limits(), desk_url=url))
    assert client.post("/v1/articles", json={"documents": FLOOD}).status_code == 200
    cases = {"2026-03-02T20:00:00 03:00": 0, "2026-03-02T18:30:00 03:00": 1, "2026-03-02T15:00:00Z": 1}
    for since, listed in cases.items():
        response = client.get(f"/v1/stories?since={since}")  # the space, as a decoded "+"
        assert response.status_code == 200 and len(response.json()["stories"]) == listed, since
        out = _run("desk", "stories", "--db", url, "--since", since, "--format", "json").stdout
        assert len([line for line in out.splitlines() if line.startswith("{")]) == listed, since
    for since in ("2026-03-02T25:00:00Z", "2026-03-02 whatever"):
        assert client.get("/v1/stories", params={"since": since}).status_code == 422
        assert "--since" in one_line_error(_run("desk", "stories", "--db", url, "--since", since))


# --- processes: Ctrl-C and two writers ------------------------------------------------------------


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO / "src"), "OPENBLAS_NUM_THREADS": "1"}


def _ingest(feed: Path, db: Path, *extra: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "khulasa", "desk", "ingest", str(feed), "--db", f"sqlite:///{db}", *extra]
    return subprocess.Popen(command, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _count(db: Path) -> int:
    try:
        conn = sqlite3.connect(db, timeout=30)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:  # not created yet
        return 0


@pytest.mark.slow
def test_ctrl_c_mid_ingest_is_one_line_and_a_rerun_loses_nothing(tmp_path: Path):
    """Before: "interrupted" and nothing more (how much was kept, what to do)."""
    docs, _ = invented_stories(30, 20, seed=5)
    feed, db = tmp_path / "feed.jsonl", tmp_path / "desk.sqlite"
    write_jsonl(feed, docs)
    process = _ingest(feed, db, "--batch-size", "50", "--no-summaries")
    deadline = time.monotonic() + 120
    while _count(db) == 0 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "interrupted (Ctrl-C) after" in lines[0] and "run the same command again" in lines[0]
    kept = _count(db)
    assert 0 < kept < len(docs)
    rerun = _ingest(feed, db, "--batch-size", "50", "--no-summaries")
    _, stderr = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, stderr
    assert f"{kept} already in the desk" in stderr
    assert _ids(db) == sorted(d.id for d in docs)


@pytest.mark.slow
def test_two_processes_ingesting_one_file_store_each_article_once(tmp_path: Path):
    docs, _ = invented_stories(20, 20, seed=6)
    feed, db = tmp_path / "feed.jsonl", tmp_path / "desk.sqlite"
    write_jsonl(feed, docs)
    processes = [_ingest(feed, db, "--batch-size", "50", "--no-summaries") for _ in range(2)]
    for process in processes:
        _, stderr = process.communicate(timeout=600)
        assert process.returncode == 0 and "Traceback" not in stderr, stderr
    assert _ids(db) == sorted(d.id for d in docs)


@pytest.mark.slow
def test_ctrl_c_mid_batch_says_how_to_resume_and_a_rerun_completes(tmp_path: Path):
    """Before: "interrupted" and nothing more."""
    pytest.importorskip("dask")
    docs, _ = invented_stories(300, 4, seed=3)
    clusters = [
        {
            "id": f"c{s}",
            "documents": [{"id": d.id, "text": d.text, "source": d.source} for d in docs[4 * s : 4 * s + 4]],
        }
        for s in range(300)
    ]
    feed, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    feed.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in clusters), encoding="utf-8")
    command = [sys.executable, "-m", "khulasa", "batch", str(feed), str(out), "--workers", "1"]
    process = subprocess.Popen(command, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while (not out.exists() or out.stat().st_size == 0) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    if process.returncode == 0:
        pytest.skip("the batch finished before the interrupt")
    assert process.returncode == 130 and "Traceback" not in stderr, stderr
    assert "run the same command again to resume" in stderr
    rerun = subprocess.run(command, env=_env(), capture_output=True, text=True, timeout=900)
    assert rerun.returncode == 0, rerun.stderr
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(ids) == sorted(c["id"] for c in clusters)


def test_the_desks_stories_written_into_an_articles_folder_are_not_read_as_articles(tmp_path: Path):
    """Before: `desk stories -f markdown` (or text) written beside the articles was read as one more
    article, "مصدر غير معروف (stories)", its sentences counted again; `desk story -f json` gave a
    warning that its record had no text field."""
    from khulasa.io import load_documents

    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    folder = tmp_path / "articles"
    folder.mkdir()
    for k, record in enumerate(FLOOD):
        (folder / f"{k}.txt").write_text(record["text"], encoding="utf-8")
    assert _run("desk", "ingest", str(folder), "--db", url, "--no-summaries").exit_code == 0
    outputs = {"stories.md": ["-f", "markdown"], "stories.txt": ["-f", "text"], "stories.jsonl": ["-f", "json"]}
    for name, fmt in outputs.items():
        assert _run("desk", "stories", "--db", url, *fmt, "-o", str(folder / name)).exit_code == 0
    story = json.loads((folder / "stories.jsonl").read_text(encoding="utf-8").splitlines()[0])["id"]
    for name, fmt in {"story.md": ["-f", "markdown"], "story.txt": [], "story.json": ["-f", "json"]}.items():
        assert _run("desk", "story", story, "--db", url, *fmt, "-o", str(folder / name)).exit_code == 0
    loaded = load_documents([folder])
    assert sorted(d.id for d in loaded.documents) == [str(k) for k in range(len(FLOOD))]
    skipped = sorted(str(w).split(":")[0] for w in loaded.warnings)
    assert skipped == sorted(str(folder / n) for n in [*outputs, "story.md", "story.txt", "story.json"])
    assert all("written by khulasa" in str(w) for w in loaded.warnings)
