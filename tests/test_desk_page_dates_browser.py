"""The desk page shows a feed's date without a time of day as its day and a month as its month,
not as midnight ("12:00 ص") it never said, in the article list, the timeline and the story's
latest news (docs/desk.md, pass 53), at 1280 and 390 px. Screenshots go to $KHULASA_SCREENSHOTS."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("playwright.sync_api")
pytest.importorskip("uvicorn")
pytest.importorskip("fastapi")

from khulasa.desk import Desk
from khulasa.service import Limits
from khulasa.types import Document
from tests.test_browser import running, sync_api  # skips without Chromium
from tests.test_desk_browser import _arabic_page, _shot

pytestmark = pytest.mark.browser
expect = sync_api.expect

_LEAD = (
    "فيضانات تغمر بلدة وادي السرو\n\nأعلنت السلطات في بلدة وادي السرو حالة الطوارئ بعد الفيضانات "
    "التي أدت إلى مقتل 30 شخصا. وقالت البلدية إن المياه غمرت مئات المنازل في الحي رقم {i}."
)


@pytest.mark.parametrize("width", [1280, 390])
def test_a_date_without_a_time_is_shown_as_a_date(tmp_path: Path, width: int) -> None:
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    docs = [
        Document("a", _LEAD.format(i=1), source="موقع أ", published="2018-03-12"),
        Document("b", _LEAD.format(i=2), source="موقع ب", published="2018-03"),
        Document("c", _LEAD.format(i=3), source="موقع ج", published="2018-03-12T10:30:00Z"),
    ]
    with Desk(url) as desk:
        desk.ingest(docs)
        (story,) = desk.stories()
    with running(Limits(), desk_url=url) as base, _arabic_page(width, 800) as page:
        page.goto(f"{base}/desk")
        page.locator(f'li.story-card[data-id="{story.id}"] .story-open').click()
        times = page.locator("#story-articles li bdi.time")
        expect(times).to_have_count(3)
        shown = {t.strip() for t in times.all_inner_texts()}
        timed = [t for t in shown if "غرينتش" in t]
        assert len(timed) == 1  # only the article that gave a time of day shows one
        assert not any("12:00" in t or "١٢:٠٠" in t for t in shown)
        assert any("مارس" in t or "آذار" in t for t in shown - set(timed))  # the month, by name
        expect(page.locator("#timeline")).not_to_contain_text("12:00")
        expect(page.locator("#story-meta")).not_to_contain_text("12:00")
        _shot(page, f"desk-deskqa24-dates-{width}.png")
