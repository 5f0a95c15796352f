"""An earlier summary version after some of its articles split off into another story (docs/desk.md,
pass 53): the version keeps its articles and their latest news, its summary is read without what
split off, and a «رقم تغيّر» reason since that version is measured on what the story still holds
(the marks are not). Made-up texts."""

from __future__ import annotations

import calendar
import time

from khulasa.desk.desk import Desk
from khulasa.types import Document


def _ts(iso: str) -> float:
    return float(calendar.timegm(time.strptime(iso, "%Y-%m-%dT%H:%M:%SZ")))


_FLOOD = (
    "فيضانات تغمر بلدة وادي السرو\n\nأعلنت السلطات في بلدة وادي السرو حالة الطوارئ بعد الفيضانات "
    "التي أدت إلى مقتل 30 شخصا. وقالت البلدية إن المياه غمرت مئات المنازل في الحي رقم {i}."
)


def _flood(i: int, published: str) -> Document:
    return Document(f"flood-{i}", _FLOOD.format(i=i), source=f"موقع {i}", published=published)


def test_an_earlier_version_keeps_the_articles_that_split_off(tmp_path):
    now = _ts("2026-12-07T20:00:00Z")
    db = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    with Desk(db, clock=lambda: now) as desk:
        desk.ingest([_flood(1, "2018-03-11T10:00:00Z"), _flood(2, "2024-05-25T10:00:00Z")])
        desk.ingest([_flood(3, "2018-03-12T10:00:00Z")])
        (story,) = desk.stories()
        assert story.version == 2
        # The 2024 article splits off into a story of its own (as a regrouping does).
        desk.store.execute("UPDATE articles SET story_id = ? WHERE id = ?", ["story-other", "flood-2"])
        earlier = desk._view(story.id, version=1)
        assert set(earlier.doc_ids) == {"flood-1", "flood-2"}  # what version 1 was made from
        assert earlier.last_event == _ts("2024-05-25T10:00:00Z")  # its newest dated article


def test_an_earlier_summary_without_what_split_off(tmp_path):
    now = _ts("2026-12-07T20:00:00Z")
    db = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    with Desk(db, clock=lambda: now) as desk:
        desk.ingest([_flood(1, "2018-03-11T10:00:00Z")])
        (story,) = desk.stories()
        summary, _, _ = desk._summary(story.id, 1)
        assert summary is not None and summary["sentences"]
        # Nothing split off: the earlier summary is as stored.
        assert desk._still_here(story.id, summary) is summary
        desk.store.execute("UPDATE articles SET story_id = ? WHERE id = ?", ["story-other", "flood-1"])
        left = desk._still_here(story.id, summary)
        assert left is not None
        assert left["sentences"] == [] and left["documents"] == []
        assert desk._still_here(story.id, None) is None


def test_a_changed_figure_is_measured_on_what_the_story_still_holds(tmp_path, monkeypatch):
    import khulasa.desk.updates as updates

    now = _ts("2026-12-07T20:00:00Z")
    db = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    with Desk(db, clock=lambda: now) as desk:
        desk.ingest([_flood(1, "2018-03-11T10:00:00Z"), _flood(2, "2018-03-11T11:00:00Z")])
        desk.ingest([_flood(3, "2018-03-12T10:00:00Z")])
        (story,) = desk.stories()
        view = desk.story(story.id)
        assert view.version == 2
        seen: list[int] = []

        def what_is_new(summary, earlier, documents=()):  # the reason each earlier summary gives
            seen.append(len(earlier["sentences"]))
            kind = "changed" if len(seen) == 1 else "figure"
            return updates.Changes(new=[0], why=[(0, kind, "45 شخصا")])

        monkeypatch.setattr(updates, "what_is_new", what_is_new)
        # Nothing split off: the reason stands, measured once.
        assert desk.changes_since(view, 1).why == [(0, "changed", "45 شخصا")]
        # An article of version 1 split off: «رقم تغيّر» is measured again on what stays.
        first = desk._summary(story.id, 1)[0]
        gone = first["sentences"][0]["sources"][0]["doc"]
        desk.store.execute("UPDATE articles SET story_id = ? WHERE id = ?", ["story-other", gone])
        seen.clear()
        changes = desk.changes_since(view, 1)
        assert changes.new == [0]  # the marks are as they were
        assert changes.why == [(0, "figure", "45 شخصا")]
