"""A story's articles on the desk (docs/desk.md, pass 52 and its "what desklist24 fixed"): the story
lists each by its headline (an untitled one by the cleaner's first line) in the library, the CLI and
the story's JSON, and its latest news is its dated articles' newest time, or the time its articles
came in when none is dated. Made-up texts."""

from __future__ import annotations

from khulasa.types import Document


def test_the_story_lists_its_articles_by_that_line_in_json_and_the_cli(tmp_path):
    import json

    from typer.testing import CliRunner

    from khulasa.cli import app
    from khulasa.desk.desk import Desk
    from tests.desk_feed import flood_documents

    db = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    docs = flood_documents()[:2]
    docs[1] = Document(docs[1].id, "date 2026-03 " + docs[1].text, source=docs[1].source, published=None)
    with Desk(db) as desk:
        desk.ingest(docs)
        (story,) = desk.stories()
    heads = {d["id"]: d["headline"] for d in story.summary["documents"]}
    assert heads[docs[0].id] == docs[0].title
    assert not heads[docs[1].id].startswith("date") and heads[docs[1].id]
    shown = CliRunner().invoke(app, ["desk", "story", story.id, "--db", db])
    assert shown.exit_code == 0, shown.output
    assert "المقالات (2):" in shown.stdout
    assert f"- {docs[1].source}: {heads[docs[1].id]} — ؟" in shown.stdout
    assert "date 2026" not in shown.stdout
    as_json = CliRunner().invoke(app, ["desk", "story", story.id, "--db", db, "-f", "json"])
    assert {d["headline"] for d in json.loads(as_json.stdout)["summary"]["documents"]} == set(heads.values())
    markdown = CliRunner().invoke(app, ["desk", "story", story.id, "--db", db, "-f", "markdown"])
    assert "### المقالات (2)" in markdown.stdout


def _article(i: int, published: str | None) -> Document:
    text = (
        f"فيضانات تغمر بلدة وادي السرو\n\nأعلنت السلطات في بلدة وادي السرو حالة الطوارئ بعد الفيضانات "
        f"التي أدت إلى مقتل 30 شخصا. وقالت البلدية إن المياه غمرت مئات المنازل في الحي رقم {i}."
    )
    return Document(f"flood-{i}", text, source=f"موقع {i}", published=published)


def test_a_story_s_latest_news_is_its_newest_dated_article(tmp_path):
    import calendar
    import time

    from khulasa.desk.desk import Desk

    now = calendar.timegm(time.strptime("2026-12-07T20:00:00Z", "%Y-%m-%dT%H:%M:%SZ"))
    dated = calendar.timegm(time.strptime("2018-03-12T10:00:00Z", "%Y-%m-%dT%H:%M:%SZ"))
    db = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    with Desk(db, clock=lambda: now) as desk:
        desk.ingest([_article(1, "2018-03-11T10:00:00Z"), _article(2, "2018-03-12T10:00:00Z"), _article(3, None)])
        (story,) = desk.stories()
        # The undated article came in now: not the story's news time beside its dated reports.
        assert story.last_event == dated
        assert story.to_dict()["last_event"] == "2018-03-12T10:00:00Z"
        assert desk.stories(since=now - 7200) == []
        assert [s.id for s in desk.stories(since=dated - 60)] == [story.id]
        assert desk.story(story.id).last_event == dated


def test_a_story_of_undated_articles_keeps_their_arrival(tmp_path):
    from khulasa.desk.desk import Desk

    now = 1_900_000_000.0
    db = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    with Desk(db, clock=lambda: now) as desk:
        desk.ingest([_article(1, None), _article(2, None)])
        (story,) = desk.stories()
        assert story.last_event == now
        assert [s.id for s in desk.stories(since=now - 7200)] == [story.id]
