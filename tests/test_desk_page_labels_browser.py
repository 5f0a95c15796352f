"""A long story label on the desk's list is clamped to two lines at a phone's width (issue 22,
docs/desk.md pass 57): the whole label stays in the button's title and name and on the story page;
at 1280 px nothing is clamped. Made-up stories (tests/test_desk_page_cards_browser.py's). Screenshots
go to $KHULASA_SCREENSHOTS."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("playwright.sync_api")
pytest.importorskip("uvicorn")
pytest.importorskip("fastapi")

from khulasa.desk import Desk
from khulasa.service import Limits
from tests.test_browser import running, sync_api  # skips without Chromium
from tests.test_desk_browser import _arabic_page, _shot
from tests.test_desk_page_cards_browser import _stories

pytestmark = pytest.mark.browser
expect = sync_api.expect

# The label's box and text height, and its lines (the box over the line height).
_BOX = """(e) => { const s = getComputedStyle(e); const line = parseFloat(s.lineHeight) || 1.2 * parseFloat(s.fontSize);
  return {client: e.clientHeight, scroll: e.scrollHeight, line: line}; }"""


@pytest.mark.parametrize("width", [390, 1280])
def test_a_long_label_is_clamped_on_a_narrow_list_only(tmp_path: Path, width: int) -> None:
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    with Desk(url) as desk:
        desk.ingest(_stories(4, 2))
        labels = {s.id: s.label for s in desk.stories()}
    assert all(len(label.split()) >= 12 for label in labels.values())  # long labels: 14 words and "…"
    with running(Limits(), desk_url=url) as base, _arabic_page(width, 800) as page:
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"{base}/desk")
        expect(page.locator(".story-card")).to_have_count(len(labels))
        clamped = 0
        for story_id, label in labels.items():
            button = page.locator(f'li.story-card[data-id="{story_id}"] .story-open')
            expect(button).to_have_text(label)  # the whole label in the page's text (and the button's name)
            expect(button).to_have_attribute("title", label)
            box = button.evaluate(_BOX)
            if width == 390:
                assert box["client"] <= 2 * box["line"] + 2  # two lines at most
                clamped += box["scroll"] > box["client"] + 2
            else:
                assert box["scroll"] <= box["client"] + 1  # nothing hidden
        if width == 390:
            assert clamped >= 1  # a label longer than two lines was cut
        _shot(page, f"desk-labels25-list-{width}.png")
        # the story page's heading shows the whole label, unclamped
        first_id, first_label = next(iter(labels.items()))
        page.locator(f'li.story-card[data-id="{first_id}"] .story-open').click()
        heading = page.locator("#story-heading")
        expect(heading).to_have_text(first_label)
        box = heading.evaluate(_BOX)
        assert box["scroll"] <= box["client"] + 1
        _shot(page, f"desk-labels25-story-{width}.png")
        assert not errors
