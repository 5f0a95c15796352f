"""The desk page's figure timeline in headless Chromium: values given at one time show as outlets
that differ, with no trend; the same values hours apart show as a rise. Screenshots go to
$KHULASA_SCREENSHOTS when set (for checking by eye)."""

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
from tests.test_desk_timeline import EARLY, LATE, _quake

pytestmark = pytest.mark.browser
expect = sync_api.expect


@pytest.mark.parametrize(
    ("published", "trend", "width"), [((None, None), "", 1280), ((EARLY, LATE), "ارتفع مع الوقت", 390)]
)
def test_the_page_shows_a_rise_only_between_two_times(
    tmp_path: Path, published: tuple[str | None, str | None], trend: str, width: int
) -> None:
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    with Desk(url, clock=lambda: 1_778_500_000.0) as desk:
        desk.ingest(_quake(published))
    with running(Limits(), desk_url=url) as base, _arabic_page(width, 800) as page:
        page.goto(f"{base}/desk")
        page.locator(".story-open").first.click()
        caption = page.locator("#timeline > table").first.locator("caption")
        expect(caption).to_contain_text("تختلف")
        if trend:
            expect(caption.locator(".trend")).to_have_text(trend)
        else:
            expect(caption.locator(".trend")).to_have_count(0)
        _shot(page, f"desk-timeline-{width}.png")
