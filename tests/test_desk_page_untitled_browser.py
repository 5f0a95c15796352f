"""The desk page names an untitled article by the server's headline (the cleaner's first line:
khulasa.stories.labels.article_headline), never by a label the cleaner drops ("date 2026-03", a
share bar), at 1280 and 390 px (docs/desk.md, pass 52). Screenshots go to $KHULASA_SCREENSHOTS."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

pytest.importorskip("playwright.sync_api")
pytest.importorskip("uvicorn")
pytest.importorskip("fastapi")

from khulasa.desk import Desk
from khulasa.service import Limits
from tests.desk_feed import flood_documents
from tests.test_browser import running, sync_api  # skips without Chromium
from tests.test_desk_browser import _arabic_page, _shot

pytestmark = pytest.mark.browser
expect = sync_api.expect


@pytest.mark.parametrize("width", [1280, 390])
def test_an_untitled_article_shows_its_cleaned_first_line(tmp_path: Path, width: int) -> None:
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    docs = [replace(d, title=None) for d in flood_documents()[:2]]
    # An English date label glued before the headline line, a share bar above it: the cleaner drops both.
    docs[0] = replace(docs[0], text="شارك عبر فيسبوك تويتر واتساب\ndate 2026-03 " + docs[0].text)
    with Desk(url) as desk:
        desk.ingest(docs)
    with running(Limits(), desk_url=url) as base, _arabic_page(width, 800) as page:
        page.goto(f"{base}/desk")
        page.locator(".story-open").first.click()
        titles = page.locator("#story-articles li bdi.title")
        expect(titles).to_have_count(2)
        expect(titles).to_have_text(["فيضانات تضرب بلدة وادي السرو", "حالة الطوارئ في وادي السرو بعد الفيضانات"])
        expect(page.locator("#story-articles")).not_to_contain_text("date")
        expect(page.locator("#story-articles")).not_to_contain_text("فيسبوك")
        _shot(page, f"desk-article-headlines-{width}.png")
