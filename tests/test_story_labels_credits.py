"""An outlet's own credit between two dashes after a dateline ("تونس - الشروق العربي - حلت ...")
never opens a story label or an article line (docs/desk.md, pass 57); the summarizer's cleaner
keeps it as it was. Made-up text."""

from __future__ import annotations

import pytest

from khulasa.stories.labels import article_headline, first_sentence, story_label, trim
from khulasa.text.clean import clean_document
from khulasa.types import Document

NEWS = "فاز حزب الوسط الجديد بالمركز الأول في الانتخابات البلدية التي أجريت يوم الأحد الماضي."
MORE = "\n\nوقال المتحدث باسم الحزب إن النتائج النهائية ستعلن خلال يومين على أقصى تقدير."


@pytest.mark.parametrize(
    "lead",
    [
        "تونس - الشروق العربي - ",  # a known outlet of two definite words (the cleaner's byline refuses it)
        "نابلس - النجاح الإخباري - ",
        "بغداد/ شبكة أخبار العراق – ",  # an agency-style dateline, then the outlet's credit
        "الرباط – هسبريس — ",  # one word, other dashes
        "القاهرة - العربي الجديد -",  # the space after the dash added below
    ],
)
def test_a_known_outlets_credit_after_a_dateline_leaves_the_label(lead: str) -> None:
    text = lead + ("" if lead.endswith(" ") else " ") + NEWS + MORE
    doc = Document("a", text)
    assert first_sentence(doc) == NEWS
    assert story_label([doc]) == trim(NEWS)
    assert article_headline(doc) == trim(NEWS)


def test_the_documents_own_source_name_is_a_credit() -> None:
    text = "المنامة - النجم الساطع - " + NEWS + MORE
    assert story_label([Document("a", text, source="النجم الساطع")]) == trim(NEWS)
    assert article_headline(Document("a", text, source="النجم الساطع")) == trim(NEWS)
    # Another outlet's page: the words are no known credit and stay.
    assert story_label([Document("a", text, source="نجمة المساء")]).startswith("النجم الساطع - فاز")


@pytest.mark.parametrize(
    "text",
    [
        "القاهرة - الوزير الأول - " + NEWS,  # after a dateline, words that name no outlet
        "تونس - الشروق العربي والمغاربي الجديد - " + NEWS,  # four words: no credit
    ],
)
def test_other_words_between_dashes_stay(text: str) -> None:
    label = story_label([Document("a", text + MORE)])
    assert label != trim(NEWS)
    assert NEWS.split()[0] in label


def test_the_summarizers_cleaner_keeps_the_credit() -> None:
    text = "تونس - الشروق العربي - " + NEWS + MORE
    blocks, _ = clean_document(Document("a", text))
    first = next(b for b in blocks if b.kind == "paragraph")
    assert text[first.start : first.end].startswith("الشروق العربي - فاز")
