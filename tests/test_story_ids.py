"""Story ids on the desk: when two stories merge and later split, each id stays with its event."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import khulasa.desk.ingest as ingest
from khulasa.desk import Desk, DeskSettings
from khulasa.errors import InputError
from khulasa.types import Document
from tests.desk_feed import FLOOD_AID, flood_documents, force_flood_grouping, set_summary


def _doc(name: str) -> Document:
    # The wording only has to differ: the grouping itself is decided by the test (see below).
    return Document(id=name, text=f"خبر رقم {name} عن إطلاق صاروخ إلى محطة الفضاء مع طاقم جديد.")


def test_ids_follow_the_event_they_began_with_after_a_merge_and_a_split(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two launches: "a" (3 articles first) and "b" (2 first, then many more). The grouping is
    # forced batch by batch: apart, then all in one story (a merge), then apart again.
    mode = {"together": False}

    def forced(x: Any, df: Any, active: Any, dups: Any, settings: Any) -> np.ndarray:
        if mode["together"]:
            return np.zeros(len(active.ids), dtype=np.int64)
        return np.array([0 if i.startswith("a") else 1 for i in active.ids], dtype=np.int64)

    monkeypatch.setattr(ingest, "_labels", forced)
    settings = replace(DeskSettings(), batch_size=100)
    with Desk(f"sqlite:///{tmp_path / 'desk.sqlite'}", settings) as desk:

        def story_of(article: str) -> str:
            return str(desk.store.one("SELECT story_id FROM articles WHERE id = ?", [article])[0])

        desk.ingest([_doc(n) for n in ("a1", "a2", "a3", "b1", "b2")], summaries=False)
        launch_a, launch_b = story_of("a1"), story_of("b1")
        assert launch_a != launch_b

        mode["together"] = True
        report = desk.ingest([_doc(n) for n in ("b3", "b4", "b5", "b6")], summaries=False)
        assert report.merges == [(launch_b, launch_a)]  # the larger story keeps its id
        assert {story_of(n) for n in ("a1", "b1", "b6")} == {launch_a}

        # Apart again: the merged story now holds more of launch b than of launch a, yet its id
        # stays with launch a, and launch b gets its old id back (not a new one).
        mode["together"] = False
        report = desk.ingest([_doc("a4"), _doc("b7")], summaries=False)
        assert {story_of(n) for n in ("a1", "a2", "a3", "a4")} == {launch_a}
        assert {story_of(n) for n in ("b1", "b2", "b3", "b4", "b5", "b6", "b7")} == {launch_b}
        assert report.new_stories == 0
        row = desk.store.one("SELECT merged_into, closed FROM stories WHERE id = ?", [launch_b])
        assert row is not None and row[0] is None and not row[1]
        assert desk.resolve(launch_b) == launch_b
        assert desk.story(launch_b).to_dict()["size"] == 7


def test_stories_keep_their_founder(tmp_path: Path) -> None:
    with Desk(f"sqlite:///{tmp_path / 'desk.sqlite'}") as desk:
        desk.ingest([_doc("x1"), _doc("x2")], summaries=False)
        rows = desk.store.all("SELECT founder FROM stories")
        assert rows and all(r[0] in ("x1", "x2") for r in rows)


def _merged_flood(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str, str]:
    """A desk where story A (flood-1: 12 dead) was summarized, then absorbed by story B (flood-2,
    the aid, then flood-3: 30 dead); returns the desk's URL, A and B."""
    mode = force_flood_grouping(monkeypatch)
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    flood = flood_documents()
    with Desk(url) as desk:
        desk.ingest([flood[0], flood[1], FLOOD_AID])
        story_a = str(desk.store.one("SELECT story_id FROM articles WHERE id = 'flood-1'")[0])
        story_b = str(desk.store.one("SELECT story_id FROM articles WHERE id = 'flood-2'")[0])
        assert story_a != story_b
        mode["together"] = True
        assert desk.ingest([flood[2]]).merges == [(story_a, story_b)]
    return url, story_a, story_b


def test_a_story_lists_the_stories_it_absorbed_and_marks_what_is_new_to_their_readers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 22: a reader of story A's summary, once A is merged into B, is told what B adds to what
    they read: B's sentences compared with A's version (not B's own earlier version, which they
    never read). Before there was no way to ask: only B's own versions."""
    url, story_a, story_b = _merged_flood(tmp_path, monkeypatch)
    with Desk(url) as desk:
        assert desk.absorbed([story_b, story_a]) == {story_b: [story_a], story_a: []}
        view = desk.story(story_b)
        sentences = [s["text"] for s in view.summary["sentences"]]
        thirty = next(i for i, t in enumerate(sentences) if "مقتل 30 شخصا" in t)
        # B's own version 1 already said 30: not news to B's readers, news to A's (who read 12).
        assert thirty not in desk.changes_since(view, 1).new
        changes = desk.changes_since(view, 1, story=story_a)
        assert thirty in changes.new
        assert {"sentence": thirty, "kind": "changed", "text": "30 شخصا"} in changes.to_dict()["why"]
        # A sentence A's summary stated, retold in B's: not new to A's reader.
        row = desk.store.one("SELECT summary FROM summaries WHERE story_id = ? AND version = 1", [story_a])
        stated = json.loads(str(row[0]))
        assert "مقتل 12 شخصا" in stated["sentences"][0]["text"]
        summary = dict(view.summary)
        summary["sentences"] = [*view.summary["sentences"], stated["sentences"][0]]
        set_summary(desk, story_b, json.dumps(summary, ensure_ascii=False))
        view = desk.story(story_b)
        assert len(sentences) not in desk.changes_since(view, 1, story=story_a).new
        # Not absorbed, or no such version of it: said so.
        with pytest.raises(InputError, match="did not absorb"):
            desk.changes_since(desk.story(story_b), 1, story="story-unknown")
        with pytest.raises(InputError, match="no summary version 2"):
            desk.changes_since(desk.story(story_b), 2, story=story_a)


def test_the_old_id_with_new_since_marks_against_that_storys_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``khulasa desk story A --new-since 1`` with A merged into B: B's summary, marked against A's
    version 1 (the reader read A); before, against B's own version 1."""
    from typer.testing import CliRunner

    from khulasa.cli import app

    url, story_a, story_b = _merged_flood(tmp_path, monkeypatch)

    def new_texts(story: str) -> list[str]:
        out = CliRunner().invoke(app, ["desk", "story", story, "--db", url, "-f", "json", "--new-since", "1"])
        assert out.exit_code == 0, out.output
        shown = json.loads(out.stdout)
        assert shown["id"] == story_b
        return [shown["summary"]["sentences"][i]["text"] for i in shown["new"]]

    assert any("مقتل 30 شخصا" in t for t in new_texts(story_a))
    assert not any("مقتل 30 شخصا" in t for t in new_texts(story_b))


def test_absorbed_follows_a_chain_of_merges_most_recent_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A merged into B, then B into C: C lists both, B (merged last) first; what is new to A's
    readers is still answered on C."""
    mode = {"groups": "apart"}

    def forced(x: Any, df: Any, active: Any, dups: Any, settings: Any) -> np.ndarray:
        first = {"apart": {"a": 0, "b": 1, "c": 2}, "ab": {"a": 0, "b": 0, "c": 2}}.get(mode["groups"])
        return np.array([first[i[0]] if first else 0 for i in active.ids], dtype=np.int64)

    monkeypatch.setattr(ingest, "_labels", forced)
    now = [1_000_000.0]
    with Desk(f"sqlite:///{tmp_path / 'desk.sqlite'}", clock=lambda: now[0]) as desk:
        desk.ingest([_doc(n) for n in ("a1", "b1", "b2", "c1", "c2", "c3", "c4", "c5")])
        story_a, story_b, story_c = (
            str(desk.store.one("SELECT story_id FROM articles WHERE id = ?", [n])[0]) for n in ("a1", "b1", "c1")
        )
        mode["groups"], now[0] = "ab", now[0] + 60
        assert desk.ingest([_doc("b3")]).merges == [(story_a, story_b)]
        mode["groups"], now[0] = "all", now[0] + 60
        assert desk.ingest([_doc("c6")]).merges == [(story_b, story_c)]
        assert desk.absorbed([story_c]) == {story_c: [story_b, story_a]}
        view = desk.story(story_a)
        assert view.id == story_c
        # answered (not "did not absorb"): the wording is the same in every article, so nothing is new
        assert desk.changes_since(view, 1, story=story_a).new == []


def test_the_cli_story_json_names_what_was_absorbed_and_whose_version_new_since_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 22: ``desk story --format json`` names ``absorbed`` and, asked by an old id,
    ``new_since_story``, as ``GET /v1/stories/{id}`` does; the text says whose version it is."""
    from typer.testing import CliRunner

    from khulasa.cli import app

    url, story_a, story_b = _merged_flood(tmp_path, monkeypatch)

    def shown(story: str, fmt: str, *since: str) -> str:
        out = CliRunner().invoke(app, ["desk", "story", story, "--db", url, "-f", fmt, *since])
        assert out.exit_code == 0, out.output
        return out.stdout

    by_old_id = json.loads(shown(story_a, "json", "--new-since", "1"))
    assert by_old_id["absorbed"] == [story_a] and by_old_id["new_since_story"] == story_a
    by_own_id = json.loads(shown(story_b, "json", "--new-since", "1"))
    assert by_own_id["absorbed"] == [story_a] and "new_since_story" not in by_own_id
    assert "new_since_story" not in json.loads(shown(story_b, "json"))
    assert f"دُمجت القصة {story_a}" in shown(story_a, "text", "--new-since", "1")
    assert "دُمجت القصة" not in shown(story_b, "text", "--new-since", "1")
    assert f"دُمجت القصة {story_a}" in shown(story_a, "markdown", "--new-since", "1")
