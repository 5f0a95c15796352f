"""What is one article in the desk: the same wording is skipped, and an id (or url) shared with a
different article never makes the desk drop it in silence: two outlets that number their items
1, 2, … both get stored, in the library, the CLI and the service."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

pytest.importorskip("feedparser")

from typer.testing import CliRunner

from khulasa.cli import app
from khulasa.desk import store as store_module
from khulasa.desk.desk import Desk
from khulasa.desk.ingest import text_hash
from khulasa.desk.store import MIGRATIONS, Store
from khulasa.io import load_documents
from khulasa.types import Document
from tests.desk_feed import invented_stories, write_jsonl


def numbered_feed(path: Path, docs: list[Document], *, link: str | None, title: str) -> Path:
    """An RSS feed of ``docs`` whose guids are 1, 2, … (isPermaLink="false"), as many outlets write them."""
    items = "".join(
        f'<item><guid isPermaLink="false">{n}</guid><title>{d.id}</title><description>{d.text}</description></item>'
        for n, d in enumerate(docs, 1)
    )
    channel_link = f"<link>{link}</link>" if link else ""
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
        f"{channel_link}{items}</channel></rss>",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def outlets(tmp_path: Path) -> tuple[Path, Path, list[Document]]:
    docs, _ = invented_stories(2, 2, seed=11)
    a = numbered_feed(tmp_path / "a.rss", docs[:2], link="https://a.example/", title="وكالة أ")
    b = numbered_feed(tmp_path / "b.rss", docs[2:], link="https://b.example/news", title="وكالة ب")
    return a, b, docs


def _url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'desk.sqlite'}"


def test_two_numbered_feeds_ingested_feed_by_feed_keep_every_article(tmp_path: Path, outlets):
    a, b, docs = outlets
    with Desk(_url(tmp_path)) as desk:
        for feed in (a, b):
            report = desk.ingest(load_documents([feed]).documents, summaries=False)
            assert (report.stored, report.duplicates, report.renamed) == (2, 0, [])
        ids = sorted(r[0] for r in desk.store.all("SELECT id FROM articles"))
        assert ids == ["a.example/1", "a.example/2", "b.example/1", "b.example/2"]
        texts = {r[0] for r in desk.store.all("SELECT text FROM articles")}
        assert texts == {d.text for d in docs}
        again = [desk.ingest(load_documents([feed]).documents, summaries=False) for feed in (a, b)]
        assert [(r.stored, r.duplicates) for r in again] == [(0, 2), (0, 2)]


def test_feeds_without_link_are_told_apart_by_title_then_file(tmp_path: Path):
    docs, _ = invented_stories(2, 2, seed=12)
    titled = numbered_feed(tmp_path / "t.rss", docs[:2], link=None, title="  صحيفة   النهر ")
    untitled = numbered_feed(tmp_path / "wadi.rss", docs[2:], link=None, title="")
    assert [d.id for d in load_documents([titled]).documents] == ["صحيفة النهر/1", "صحيفة النهر/2"]
    assert [d.id for d in load_documents([untitled]).documents] == ["wadi/1", "wadi/2"]


def test_uri_ids_are_kept_as_they_are(tmp_path: Path):
    docs, _ = invented_stories(1, 2, seed=13)
    feed = numbered_feed(tmp_path / "u.rss", docs, link="https://u.example/", title="u")
    text = feed.read_text(encoding="utf-8")
    text = text.replace(">1</guid>", ">https://u.example/story/1</guid>").replace(">2</guid>", ">urn:u:2</guid>")
    feed.write_text(text, encoding="utf-8")
    assert [d.id for d in load_documents([feed]).documents] == ["https://u.example/story/1", "urn:u:2"]


def test_the_same_id_with_other_wording_is_stored_under_a_derived_id(tmp_path: Path):
    docs, _ = invented_stories(1, 4, seed=14)
    first = [Document(id="1", text=docs[0].text, source="أ"), Document(id="2", text=docs[1].text, source="أ")]
    second = [Document(id="1", text=docs[2].text, source="ب"), Document(id="2", text=docs[3].text, source="ب")]
    with Desk(_url(tmp_path)) as desk:
        desk.ingest(first, summaries=False)
        report = desk.ingest(second, summaries=False)
        assert (report.stored, report.duplicates) == (2, 0)
        assert [given for given, _ in report.renamed] == ["1", "2"]
        stored = dict(desk.store.all("SELECT id, text FROM articles"))
        for (given, new_id), doc in zip(report.renamed, second, strict=True):
            assert new_id.startswith(given + "~") and stored[new_id] == doc.text
        # Rerun: the same derived ids, so the same wording is found and nothing is stored twice.
        rerun = desk.ingest(second, summaries=False)
        assert (rerun.stored, rerun.duplicates, rerun.renamed) == (0, 2, [])
        # Someone gave another article exactly the id an article would be derived: it gets a free one.
        late = Document(id="1", text=docs[0].text + " " + docs[3].text, source="ج")
        squatter = Document(id=f"1~{text_hash(late.text)[:8]}", text=docs[1].text + " " + docs[2].text)
        desk.ingest([squatter], summaries=False)
        third = desk.ingest([late], summaries=False)
        assert third.stored == 1 and third.renamed == [("1", f"{squatter.id}-2")]
        assert desk.article_count() == 6


def test_cli_second_file_with_the_same_ids_is_stored_and_named(tmp_path: Path):
    docs, _ = invented_stories(1, 4, seed=15)
    for doc_list, name in ((docs[:2], "a.jsonl"), (docs[2:], "b.jsonl")):
        write_jsonl(tmp_path / name, [Document(id=str(n), text=d.text) for n, d in enumerate(doc_list, 1)])
    url = _url(tmp_path)
    runner = CliRunner()
    one = runner.invoke(app, ["desk", "ingest", str(tmp_path / "a.jsonl"), "--db", url, "--no-summaries"])
    assert one.exit_code == 0, one.output
    two = runner.invoke(app, ["desk", "ingest", str(tmp_path / "b.jsonl"), "--db", url, "--no-summaries"])
    assert two.exit_code == 0, two.output
    assert "2 stored (0 copies, 2 under a new id), 0 already in the desk" in two.output
    assert "2 articles have an id the desk holds for a different article" in two.output
    assert "'1' as '1~" in two.output


def test_cli_numbered_feeds_of_two_outlets(tmp_path: Path, outlets):
    a, b, _ = outlets
    url = _url(tmp_path)
    for feed in (a, b):
        result = CliRunner().invoke(app, ["desk", "ingest", str(feed), "--db", url, "--no-summaries"])
        assert result.exit_code == 0, result.output
        assert "2 stored (0 copies), 0 already in the desk" in result.output
    with Desk(url) as desk:
        assert desk.article_count() == 4


def test_service_articles_without_ids_in_two_requests_are_all_stored(tmp_path: Path, outlets):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from khulasa.service import Limits, create_app

    a, b, docs = outlets
    client = TestClient(create_app(Limits(), desk_url=_url(tmp_path)))
    first = client.post("/v1/articles", json={"documents": [docs[0].text, docs[1].text]})  # ids 1 and 2
    assert first.status_code == 200 and first.json()["stored"] == 2, first.text
    second = client.post("/v1/articles", json={"documents": [docs[2].text, docs[3].text]})
    body = second.json()
    assert body["stored"] == 2 and body["duplicates"] == 0, body
    assert [r["id"] for r in body["renamed"]] == ["1", "2"] and body["renamed"][0]["stored_as"].startswith("1~")
    assert any("have an id the desk holds" in w for w in body["warnings"])
    # Feeds uploaded one by one: their ids carry the feed, nothing is renamed.
    client2 = TestClient(create_app(Limits(), desk_url=f"sqlite:///{tmp_path / 'feeds.sqlite'}"))
    for feed in (a, b):
        answer = client2.post("/v1/articles", files=[("files", (feed.name, feed.read_bytes(), "text/xml"))]).json()
        assert answer["stored"] == 2 and answer["renamed"] == [], answer


def test_migration_2_lets_an_edited_article_keep_its_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    docs, _ = invented_stories(1, 2, seed=16)
    url = _url(tmp_path)
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS[:1])  # a desk made by the previous release
    # (Only its schema: this release's ingest writes columns that later migrations add.)
    old = Store(url)
    assert old.version() == 1
    old.close()
    with sqlite3.connect(tmp_path / "desk.sqlite") as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "articles_url" in names
    monkeypatch.undo()
    with Desk(url) as desk:
        assert desk.store.version() == len(MIGRATIONS) >= 2
        desk.ingest([Document(id="x", text=docs[0].text, url="https://n.example/x")], summaries=False)
        edited = Document(id="x", text=docs[0].text + " " + docs[1].text, url="https://n.example/x")
        report = desk.ingest([edited], summaries=False)
        assert report.stored == 1 and report.renamed[0][0] == "x"
        assert desk.store.all("SELECT COUNT(*) FROM articles WHERE url = ?", ["https://n.example/x"]) == [(2,)]
    with sqlite3.connect(tmp_path / "desk.sqlite") as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "articles_url" not in names
    reopened = Store(url)
    assert reopened.version() == len(MIGRATIONS)
    reopened.close()
