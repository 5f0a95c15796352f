"""The desk page in Debian's headless Chromium: stories ranked, the "جديد" mark on what changed since
the reader last looked, the story view with its figure timeline. Screenshots go to $KHULASA_SCREENSHOTS
when set (for checking by eye)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("playwright.sync_api")
pytest.importorskip("uvicorn")
pytest.importorskip("fastapi")

from khulasa.desk import Desk
from khulasa.io import load_documents
from khulasa.service import Limits
from khulasa.types import Document
from tests.conftest import DEMO
from tests.desk_feed import DETAIL_ADDED, FLOOD_AID, add_detail, flood_documents, force_flood_grouping, set_summary
from tests.test_browser import ARGS, CHROMIUM, running, sync_api  # skips without Chromium

pytestmark = pytest.mark.browser
expect = sync_api.expect
SHOTS = os.environ.get("KHULASA_SCREENSHOTS")


def _shot(page: Any, name: str) -> None:
    if SHOTS:
        page.screenshot(path=str(Path(SHOTS) / name), full_page=True)


@contextmanager
def _arabic_page(width: int = 1280, height: int = 900) -> Iterator[Any]:
    """A page of headless Chromium in Arabic at this viewport; the browser closes after."""
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            yield browser.new_context(viewport={"width": width, "height": height}, locale="ar").new_page()
        finally:
            browser.close()


@pytest.fixture
def desk_site(tmp_path: Path) -> Iterator[tuple[str, str]]:
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    with Desk(url) as desk:
        desk.ingest(load_documents([DEMO.parent / "putin-kim-2019.jsonl"]).documents)
        desk.ingest(flood_documents()[:2])
    with running(Limits(), desk_url=url) as base:
        yield base, url


def test_desk_page_lists_stories_marks_new_and_shows_the_figure_timeline(desk_site: tuple[str, str]) -> None:
    base, url = desk_site
    with _arabic_page() as page:
        outside: list[str] = []
        errors: list[str] = []
        page.on("request", lambda r: None if r.url.startswith(base) else outside.append(r.url))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"{base}/desk")
        cards = page.locator(".story-card")
        expect(cards).to_have_count(2)
        expect(page.locator("#order")).to_have_value("top")  # the page opens on the growth ranking
        # A first visit has no baseline: nothing is marked (not every card «جديد»).
        expect(page.locator(".story-card .new-mark")).to_have_count(0)
        flood_card = cards.filter(has_text="وادي السرو")
        expect(flood_card.locator(".help")).to_contain_text("المقالات: 2 · المصادر: 2")
        _shot(page, "desk-list.png")

        flood_card.locator(".story-open").click()
        expect(page.locator("#story-view")).to_be_visible()
        expect(page.locator("#story-heading")).to_contain_text("وادي السرو")
        expect(page.locator("#story-summary .new-mark")).to_have_count(0)  # nothing seen before: no baseline
        page.locator("#back").click()
        expect(cards.filter(has_text="وادي السرو").locator(".new-mark")).to_have_count(0)  # seen now

        with Desk(url) as desk:  # the toll rises while the reader is away, and a new story starts
            desk.ingest(flood_documents()[2:])
            desk.ingest([_quake()])
        page.locator("#reload").click()
        expect(page.locator("#stories")).to_have_attribute("data-marked", "true")
        flood_card = page.locator(".story-card").filter(has_text="وادي السرو")
        expect(flood_card.locator(".new-mark")).to_have_text("جديد")
        expect(page.locator(".story-card").filter(has_text="زلزال").locator(".new-mark")).to_have_text("قصة جديدة")
        # The summit story was listed before and has not changed: no mark.
        expect(page.locator(".story-card .new-mark")).to_have_count(2)
        expect(flood_card.locator(".help")).to_contain_text("المقالات: 3 · المصادر: 3")
        flood_card.locator(".story-open").click()
        new_items = page.locator("#story-summary li").filter(has=page.locator(".new-mark"))
        expect(new_items.first).to_be_visible()
        expect(new_items.filter(has_text="30 شخصا")).to_have_count(1)
        expect(new_items.filter(has_text="مقتل 12 شخصا")).to_have_count(0)  # version 1 said it
        page.locator("#back").click()  # opened: the card's mark is gone, as the story page's would be
        expect(page.locator("#stories")).to_have_attribute("data-marked", "true")
        expect(page.locator(".story-card").filter(has_text="وادي السرو").locator(".new-mark")).to_have_count(0)
        page.locator(".story-card").filter(has_text="وادي السرو").locator(".story-open").click()
        expect(page.locator("#story-summary .new-mark")).to_have_count(0)
        timeline = page.locator("#timeline table").first
        expect(timeline.locator("caption")).to_contain_text("تختلف")
        expect(timeline.locator("tbody tr")).to_have_count(3)
        expect(timeline.locator("tbody tr").last).to_contain_text("وكالة الشمال")
        expect(timeline.locator("tbody tr").last).to_contain_text("30 شخصا")
        # The summary states the latest toll and names the earlier one as a dispute on the same sentence.
        thirty = page.locator("#story-summary li").filter(has_text="مقتل 30 شخصا")
        expect(thirty.locator(".chip.dispute").first).to_contain_text("12 شخصا")
        _shot(page, "desk-story.png")

        page.locator("#back").click()
        page.locator("#order").select_option("newest")
        expect(page.locator("#desk-status")).to_contain_text("الأحدث أولًا")
        expect(page.locator(".story-card").first).to_contain_text("وادي السرو")  # its last article is the latest
        assert not outside, outside
        assert not errors, errors


def _quake() -> Document:
    return Document(
        id="quake-1",
        source="مرصد الزلازل",
        published="2026-03-02T12:00:00Z",
        title="زلزال بقوة 5 درجات يضرب جبال الريف",
        text="زلزال بقوة 5 درجات يضرب جبال الريف\n\nضرب زلزال بقوة 5 درجات منطقة جبال الريف مساء الاثنين "
        "دون أن يسفر عن ضحايا، بحسب المرصد الوطني للزلازل. وشعر السكان بالهزة في عدة قرى.",
    )


@pytest.mark.parametrize("width", [1280, 390])
def test_a_story_never_opened_says_how_many_articles_came_since_the_last_list(
    desk_site: tuple[str, str], width: int
) -> None:
    """A story the reader saw in the list but never opened, that grows while they are away: its card
    says «مقالات جديدة: 1» (before: nothing, as for a story that did not move), never «جديد», and
    its page marks nothing (the reader read none of it); the unchanged story has no mark."""
    base, url = desk_site
    with _arabic_page(width, 900) as page:
        page.goto(f"{base}/desk")
        expect(page.locator(".story-card")).to_have_count(2)
        expect(page.locator("#stories")).to_have_attribute("data-marked", "true")
        with Desk(url) as desk:  # the toll rises while the reader is away
            desk.ingest(flood_documents()[2:])
        page.locator("#reload").click()
        expect(page.locator("#stories")).to_have_attribute("data-marked", "true")
        flood = page.locator(".story-card").filter(has_text="وادي السرو")
        expect(flood.locator(".new-mark")).to_have_text("مقالات جديدة: 1")
        expect(page.locator(".story-card .new-mark")).to_have_count(1)
        _shot(page, f"desk-list-grown-{width}.png")
        flood.locator(".story-open").click()
        expect(page.locator("#story-view")).to_be_visible()
        expect(page.locator("#story-summary .new-mark")).to_have_count(0)
        page.locator("#back").click()  # opened now: its baseline is the version read
        expect(page.locator("#stories")).to_have_attribute("data-marked", "true")
        expect(page.locator(".story-card .new-mark")).to_have_count(0)


def test_an_added_detail_is_marked_apart_from_what_is_new_on_the_card_and_inside(tmp_path: Path) -> None:
    """A story whose summary only adds a detail to what this reader read: the card says the quieter
    «تفاصيل جديدة» (not «جديد»), the story page marks the sentence «تفصيل جديد» with only the added
    clause highlighted; with a new fact too, the card says «جديد» and the page marks both."""
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    flood = flood_documents()
    with Desk(url) as desk:
        desk.ingest(flood[:2])
        (story,) = desk.stories()
    with running(Limits(), desk_url=url) as base, _arabic_page() as page:
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"{base}/desk")
        page.locator(".story-open").first.click()  # this reader has read version 1
        page.locator("#back").click()
        with Desk(url) as desk:  # version 2: version 1's sentences and one that adds a clause
            desk.ingest(flood[2:])
            own = add_detail(desk, story.id, only=True)
        page.locator("#reload").click()
        expect(page.locator("#stories")).to_have_attribute("data-marked", "true")
        card = page.locator(".story-card").first
        expect(card.locator(".new-mark")).to_have_count(1)
        expect(card.locator(".new-mark")).to_have_text("تفاصيل جديدة")
        expect(card.locator(".new-mark")).to_have_class("new-mark detail-mark")
        _shot(page, "desk-card-details-1280.png")
        card.locator(".story-open").click()
        expect(page.locator("#story-summary .new-mark")).to_have_count(1)
        item = page.locator("#story-summary li").filter(has=page.locator(".detail-mark"))
        expect(item.locator(".detail-mark")).to_have_text("تفصيل جديد")
        added = item.locator("mark.added")
        expect(added).to_have_count(1)
        expect(added).to_have_text(DETAIL_ADDED)
        expect(item.locator(".sentence-text")).to_contain_text("وفتحت مدارس البلدة أبوابها")
        assert added.evaluate("e => getComputedStyle(e).unicodeBidi") == "isolate"
        _shot(page, "desk-detail-1280.png")
        page.set_viewport_size({"width": 390, "height": 800})
        _shot(page, "desk-detail-390.png")

        # The same story with version 2's own sentences too (the toll rose): «جديد» on the card.
        with Desk(url) as desk:
            set_summary(desk, story.id, own)
            add_detail(desk, story.id)
        page.evaluate(f"localStorage.setItem('khulasa-desk-seen', JSON.stringify({{{story.id!r}: 1}}))")
        page.locator("#back").click()
        expect(page.locator("#stories")).to_have_attribute("data-marked", "true")
        expect(page.locator(".story-card .new-mark")).to_have_text(["جديد"])
        page.locator(".story-open").first.click()
        expect(page.locator("#story-summary .new-mark:not(.detail-mark)").first).to_have_text("جديد")
        expect(page.locator("#story-summary li").filter(has_text="30 شخصا").first.locator(".new-mark")).to_have_text(
            "جديد"
        )
        # Why it is new: the mark's tooltip (the server's "why", in Arabic).
        expect(
            page.locator("#story-summary li").filter(has_text="30 شخصا").first.locator(".new-mark")
        ).to_have_attribute("title", re.compile(r"^(رقم تغيّر|رقم لم يرد): "))
        expect(page.locator("#story-summary mark.added")).to_have_text([DETAIL_ADDED])
        _shot(page, "desk-new-and-detail-390.png")
        page.set_viewport_size({"width": 1280, "height": 900})
        _shot(page, "desk-new-and-detail-1280.png")
        assert not errors, errors


def test_desk_article_list_isolates_every_field(tmp_path: Path) -> None:
    """An outlet name holding an unclosed U+202E (right-to-left override) must not reorder the rest
    of its line; an article without a title shows its headline line, not its internal id."""
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    hostile = "\u202eالمصدر"
    docs = [replace(d, title=None) for d in flood_documents()[:2]]
    docs[0] = replace(docs[0], source=hostile)
    docs[1] = replace(docs[1], text="العالم\n\n" + docs[1].text)  # a section name above the headline
    with Desk(url) as desk:
        desk.ingest(docs)
    with running(Limits(), desk_url=url) as base, _arabic_page() as page:
        page.goto(f"{base}/desk")
        page.locator(".story-open").first.click()
        items = page.locator("#story-articles li")
        expect(items).to_have_count(2)
        first = items.filter(has_text="المصدر")
        expect(first.locator("bdi.title")).to_have_text("فيضانات تضرب بلدة وادي السرو")
        expect(items.locator("bdi.title").last).to_have_text("حالة الطوارئ في وادي السرو بعد الفيضانات")
        expect(items).not_to_contain_text(["flood-1", "flood-2"])
        for field in ("outlet", "title", "time"):
            cell = first.locator(f"bdi.{field}")
            assert cell.evaluate("e => getComputedStyle(e).unicodeBidi") == "isolate"
        # Drawn right to left: outlet, then title, then time; the override does not carry past the outlet.
        boxes = {f: first.locator(f"bdi.{f}").bounding_box() for f in ("outlet", "title", "time")}
        assert boxes["outlet"]["x"] > boxes["title"]["x"] > boxes["time"]["x"], boxes
        chip = page.locator("#story-summary .chip bdi").filter(has_text="المصدر").first
        assert chip.evaluate("e => getComputedStyle(e).unicodeBidi") == "isolate"


def _storm(k: int) -> Document:
    """An outlet's account of a storm with eight figures, each a little higher than the last outlet's."""
    return Document(
        id=f"storm-{k}",
        source=f"منبر {k}",
        published=f"2026-03-02T{8 + k:02d}:00:00Z",
        text=f"عاصفة تضرب مدينة الساحل\n\nضربت عاصفة قوية مدينة الساحل صباح الأحد وأدت إلى مقتل {12 + k} شخصا. "
        f"وأصيب {40 + k} شخصا بجروح في أحياء المدينة. وانهار {30 + k} مبنى في الحي القديم. "
        f"وتضرر {15 + k} جسرا على النهر الكبير. ونزحت {200 + k} عائلة من بيوتها. "
        f"واستمرت الأمطار الغزيرة {3 + k} ساعات متواصلة. وبلغت الخسائر {5 + k} ملايين دولار.",
    )


def test_desk_story_shows_the_main_figures_and_folds_the_rest(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    with Desk(url) as desk:
        desk.ingest([_storm(k) for k in range(3)])
        (story,) = desk.stories()
    assert len(story.figures) > 3
    with running(Limits(), desk_url=url) as base, _arabic_page(390, 800) as page:
        page.goto(f"{base}/desk")
        page.locator(".story-open").first.click()
        shown = page.locator("#timeline > table")
        expect(shown).to_have_count(3)
        expect(shown.first.locator("caption")).to_contain_text("ارتفع مع الوقت")  # the toll, first
        expect(shown.first.locator("tbody tr")).to_have_count(3)
        folded = page.locator("#timeline details.more-figures")
        expect(folded.locator("summary")).to_have_text(f"أرقام أخرى ({len(story.figures) - 3})")
        expect(folded.locator("table").first).to_be_hidden()
        folded.locator("summary").click()
        expect(folded.locator("table")).to_have_count(len(story.figures) - 3)
        expect(folded.locator("table").first).to_be_visible()
        _shot(page, "desk-story-folded-390.png")


def test_desk_page_says_when_the_desk_is_empty(tmp_path: Path) -> None:
    with running(Limits(), desk_url=f"sqlite:///{tmp_path / 'empty.sqlite'}") as base, _arabic_page() as page:
        page.goto(f"{base}/desk")
        expect(page.locator("#desk-status")).to_contain_text("لا توجد قصص في المكتب بعد")
        page.goto(f"{base}/")
        expect(page.locator("header nav a")).to_have_attribute("href", "/desk")


def test_articles_from_text_files_show_an_unknown_outlet_read_as_written(tmp_path: Path) -> None:
    """Before: an article read from a .txt file showed its file name as its outlet chip. Now the chip
    says «مصدر غير معروف» with the article's id, which reads as written even when it starts with
    digits ("000_d71b", not "d71b_000", on the right-to-left page)."""
    import json

    records = [json.loads(line) for line in (DEMO.parent / "putin-kim-2019.jsonl").read_text("utf-8").splitlines()]
    folder = tmp_path / "articles"
    folder.mkdir()
    for k, record in enumerate(records):
        (folder / f"{k:03d}_wire.txt").write_text(record["text"], encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    with Desk(url) as desk:
        desk.ingest(load_documents([folder]).documents)
    with running(Limits(), desk_url=url) as base, _arabic_page() as page:
        page.goto(f"{base}/desk")
        page.locator(".story-card .story-open").first.click()
        chips = page.locator("#story-summary .chips > .chip:not(.dispute)")
        expect(chips.first).to_be_visible()
        texts = chips.all_inner_texts()
        assert texts and all(re.fullmatch(r"مصدر غير معروف \(\u2068?\d{3}_wire\u2069?\)", t) for t in texts), texts
        # Drawn as written: the id's digits come before (left of) its letters.
        first = chips.first.locator("bdi")
        box = page.evaluate(
            """(el) => {
                const text = el.firstChild;
                const at = (i) => { const r = document.createRange(); r.setStart(text, i); r.setEnd(text, i + 1);
                                    return r.getBoundingClientRect().left; };
                const s = text.textContent;
                return [at(s.indexOf("_") - 1), at(s.indexOf("_") + 1)];
            }""",
            first.element_handle(),
        )
        assert box[0] < box[1], box  # the digit before "_" is left of the "w" after it
        _shot(page, "desk-unknown-outlets.png")


def test_a_story_merged_into_another_passes_its_reader_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 22: a reader opens story A; articles then make the desk merge A into B. Before: B's card
    said «مقالات جديدة: 2» and its page marked nothing (no baseline for B), though the reader had read
    A. Now B's card says «جديد» and its page marks what is new to a reader of A's summary (the toll
    rose from A's 12 to 30: "a figure changed"); once B is opened, its own version is the baseline.
    (A sentence A stated, retold in B, is not marked: tests/test_story_ids.py.)"""
    mode = force_flood_grouping(monkeypatch)
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    flood = flood_documents()
    with Desk(url) as desk:
        desk.ingest([flood[0], flood[1], FLOOD_AID])
    with running(Limits(), desk_url=url) as base, _arabic_page() as page:
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"{base}/desk")
        cards = page.locator(".story-card")
        expect(cards).to_have_count(2)
        expect(page.locator("#stories")).to_have_attribute("data-marked", "true")
        story_a = cards.filter(has_text="مقتل 12 شخصا")
        expect(story_a).to_have_count(1)
        story_a.locator(".story-open").click()  # this reader reads A (version 1); B only in the list
        expect(page.locator("#story-summary li").first).to_contain_text("مقتل 12 شخصا")
        page.locator("#back").click()
        expect(page.locator("#stories")).to_have_attribute("data-marked", "true")
        with Desk(url) as desk:  # the toll rises: the article joins both stories into one
            mode["together"] = True
            assert len(desk.ingest([flood[2]]).merges) == 1
        page.locator("#reload").click()
        expect(page.locator("#stories")).to_have_attribute("data-marked", "true")
        expect(cards).to_have_count(1)
        expect(cards.locator(".new-mark")).to_have_text("جديد")
        _shot(page, "desk-merged-card-1280.png")
        page.set_viewport_size({"width": 390, "height": 800})  # a phone: the mark still shows
        expect(cards.locator(".new-mark")).to_be_visible()
        _shot(page, "desk-merged-card-390.png")
        cards.locator(".story-open").click()
        new_items = page.locator("#story-summary li").filter(has=page.locator(".new-mark"))
        thirty = new_items.filter(has_text="مقتل 30 شخصا")
        expect(thirty).to_have_count(1)
        expect(thirty.locator(".new-mark")).to_have_attribute("title", "رقم تغيّر: 30 شخصا")
        _shot(page, "desk-merged-story-390.png")
        page.set_viewport_size({"width": 1280, "height": 900})
        expect(thirty.locator(".new-mark")).to_be_visible()
        _shot(page, "desk-merged-story-1280.png")
        page.locator("#back").click()  # B opened: its own version is the baseline now
        expect(page.locator("#stories")).to_have_attribute("data-marked", "true")
        expect(cards.locator(".new-mark")).to_have_count(0)
        assert not errors, errors
