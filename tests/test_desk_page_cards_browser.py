"""The desk's story list folds each card's summary (issue 22, docs/desk.md pass 53, "the story list
folded"): a card shows the story's label, counts, marks and its summary's first sentence; the rest is
inside a native <details> whose summary line reads «بقية الخلاصة». Measured at 1280 and 390 px on a
desk of made-up stories: the list's height folded against the same list with every fold open (what
the page showed before). Screenshots go to $KHULASA_SCREENSHOTS."""

from __future__ import annotations

import random
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

_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def _stories(n_stories: int, per_story: int, seed: int = 24) -> list[Document]:
    """Made-up stories of made-up words: each owns twelve phrases, each article retells seven of
    them, one sentence each, between common words (so each story's summary has several sentences)."""
    rng = random.Random(seed)

    def word() -> str:
        return "".join(rng.choice(_LETTERS) for _ in range(rng.randint(3, 8)))

    common = [word() for _ in range(300)]
    docs = []
    for s in range(n_stories):
        phrases = [[word() for _ in range(5)] for _ in range(12)]
        for k in range(per_story):
            sentences = [
                " ".join(phrase + [rng.choice(common) for _ in range(rng.randint(6, 12))]) + "."
                for phrase in rng.sample(phrases, 7)
            ]
            docs.append(Document(f"s{s}-a{k}", " ".join(sentences), source=f"منبر {k + 1}"))
    return docs


def _list_height(page: object) -> int:
    return int(page.evaluate("document.documentElement.scrollHeight"))  # type: ignore[attr-defined]


@pytest.mark.parametrize("width", [1280, 390])
def test_the_story_list_shows_one_sentence_a_story_and_folds_the_rest(tmp_path: Path, width: int) -> None:
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    with Desk(url) as desk:
        desk.ingest(_stories(6, 3))
        stories = desk.stories()
        summaries = {s.id: [x["text"] for x in desk.story(s.id).summary["sentences"]] for s in stories}
    assert len(stories) >= 4 and all(len(texts) >= 2 for texts in summaries.values())
    with running(Limits(), desk_url=url) as base, _arabic_page(width, 800) as page:
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"{base}/desk")
        cards = page.locator(".story-card")
        expect(cards).to_have_count(len(stories))
        for story in stories:
            card = page.locator(f'li.story-card[data-id="{story.id}"]')
            first, *rest = summaries[story.id]
            expect(card.locator(".story-lead")).to_have_text(first)  # the first sentence, shown
            fold = card.locator("details.story-more")
            expect(fold).not_to_have_attribute("open", "")
            expect(fold.locator("summary")).to_contain_text("بقية الخلاصة")
            expect(fold.locator(".story-rest")).to_have_text(" ".join(rest))  # the rest, inside the fold
            expect(fold.locator(".story-rest")).to_be_hidden()
            for sentence in rest:
                expect(card.locator(".story-lead")).not_to_contain_text(sentence)
        folded = _list_height(page)
        _shot(page, f"desk-deskcards24-folded-{width}.png")
        # keyboard: the fold's summary line takes focus and Enter opens it
        fold = cards.first.locator("details.story-more")
        fold.locator("summary").focus()
        page.keyboard.press("Enter")
        expect(fold).to_have_attribute("open", "")
        expect(fold.locator(".story-rest")).to_be_visible()
        # every fold open: the list as it was before (the whole summary on each card)
        page.evaluate("document.querySelectorAll('details.story-more').forEach((d) => { d.open = true; })")
        unfolded = _list_height(page)
        _shot(page, f"desk-deskcards24-unfolded-{width}.png")
        print(f"list at {width} px: {unfolded} px unfolded, {folded} px folded ({len(stories)} stories)")
        assert folded < unfolded
        # the card still opens the story with its whole summary
        first_id = cards.first.get_attribute("data-id")
        cards.first.locator(".story-open").click()
        expect(page.locator("#story-summary li")).to_have_count(len(summaries[str(first_id)]))
        assert not errors
