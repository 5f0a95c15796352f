"""The desk page lists an article by its headline, not its site's line (a masthead credit under
the headline, a tagline its outlet repeats), and shows a story's latest news as its newest dated
article's time, not an undated article's arrival (docs/desk.md, pass 52, "what desklist24 fixed"),
at 1280 and 390 px. Screenshots go to $KHULASA_SCREENSHOTS."""

from __future__ import annotations

import re
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
    "أعلنت السلطات في بلدة وادي السرو حالة الطوارئ بعد الفيضانات التي أدت إلى مقتل 30 شخصا. "
    "وقالت البلدية إن المياه غمرت مئات المنازل في الحي الشرقي."
)
_TAGLINE = "أخبار ورؤى من الوادي بخمس لغات"


@pytest.mark.parametrize("width", [1280, 390])
def test_the_list_names_headlines_and_the_dated_latest_news(tmp_path: Path, width: int) -> None:
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    docs = [
        # A masthead's credit right under the headline, dated 2018.
        Document(
            "a",
            f"تعرف على ضحايا فيضانات بلدة وادي السرو\nالوادي 24 :\n{_LEAD}",
            source="الوادي 24",
            published="2018-03-12T10:00:00Z",
        ),
        # An undated page under its outlet's tagline (found on its other page too).
        Document("b", f"{_TAGLINE}\n\nفيضانات تغمر بلدة وادي السرو\n\n{_LEAD} وأغلقت المدارس.", source="موقع الوادي"),
        Document(
            "c",
            f"{_TAGLINE}\n\nافتتاح جسر جديد فوق نهر الساحل\n\nافتتح المحافظ الجسر صباح الاثنين بحضور الأهالي "
            "والمسؤولين في احتفال كبير على ضفة النهر الغربية.",
            source="موقع الوادي",
        ),
    ]
    with Desk(url) as desk:
        desk.ingest(docs)
        story = next(s for s in desk.stories() if "a" in s.doc_ids)
    with running(Limits(), desk_url=url) as base, _arabic_page(width, 800) as page:
        page.goto(f"{base}/desk")
        page.locator(f'li.story-card[data-id="{story.id}"] .story-open').click()
        titles = page.locator("#story-articles li bdi.title")
        expect(titles.first).to_be_visible()
        expect(page.locator("#story-articles")).to_contain_text("تعرف على ضحايا فيضانات بلدة وادي السرو")
        expect(page.locator("#story-articles")).not_to_contain_text("الوادي 24 :")
        expect(page.locator("#story-articles")).not_to_contain_text(_TAGLINE)
        expect(page.locator("#story-meta")).to_contain_text(re.compile("2018|٢٠١٨"))
        _shot(page, f"desk-desklist24-{width}.png")
