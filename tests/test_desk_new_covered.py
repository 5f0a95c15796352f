"""What is new for a reader of an earlier summary version, the forty-eighth pass (docs/desk.md):
a sentence most of whose content one sentence of the earlier summary holds (the coverage the
summarizer's support groups link wordings by), all but a few of its words, is that sentence told
again; a changed figure, a figure, a person or a place the earlier summary lacked keeps it news
however much of it is covered, and so do more than a few words of its own.

Made-up sentences."""

from __future__ import annotations

import pytest

from khulasa.desk import updates
from khulasa.desk.updates import _Known, new_sentences
from khulasa.types import Document
from tests.conftest import stored_summary as _summary

EARLIER = "استقبل رئيس البلاد نظيره الزائر لدى وصوله إلى العاصمة بعد غياب 12 عاما لبحث العلاقات."
# The reception told again: who received whom, and three words more (their wives, the welcome, the airport).
REWORDED = "وجرى استقبال الرئيس الزائر وزوجته بحفاوة من قبل رئيس البلاد وزوجته في المطار."


def _documents(later: str) -> list[Document]:
    """The story's articles (two of them of other stories)."""
    return [
        Document(id="a", text=EARLIER),
        Document(id="b", text=later),
        Document(
            id="c", text="وصل الرئيس الزائر إلى العاصمة اليوم وكان رئيس البلاد وزوجته في استقباله بحفاوة في المطار."
        ),
        Document(id="d", text="أقيم حفل الاستقبال في مطار الملك فهد بحضور رئيس الوزراء خالد المنصوري."),
        Document(id="e", text="وفي دمشق حضر رئيس الوزراء خالد المنصوري حفل الاستقبال."),
        Document(id="f", text="ارتفعت أسعار النفط في الأسواق العالمية اليوم بعد قرار خفض الإنتاج."),
        Document(id="g", text="فاز الفريق المحلي بالمباراة النهائية للبطولة أمام جمهوره."),
    ]


def _known(later: str) -> _Known:
    return _Known(_summary(EARLIER)["sentences"], _summary(later)["sentences"], _documents(later))


def _new(later: str) -> list[int]:
    return new_sentences(_summary(later), _summary(EARLIER), _documents(later))


def test_a_reworded_repeat_is_covered_and_known() -> None:
    assert _known(REWORDED)._covered(REWORDED)
    assert _new(REWORDED) == []


def test_without_the_coverage_the_reworded_repeat_was_new(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(updates, "COVERED", 2.0)
    assert _new(REWORDED) == [0]


def test_more_than_a_few_words_of_its_own_are_news() -> None:
    later = (
        "وجرى استقبال الرئيس الزائر وزوجته بحفاوة من قبل رئيس البلاد وزوجته في المطار وسط هتافات الحشود ورفع الأعلام."
    )
    assert not _known(later)._covered(later)
    assert _new(later) == [0]


@pytest.mark.parametrize(
    "later",
    [
        # a changed figure
        "وجرى استقبال الرئيس الزائر بحفاوة من قبل رئيس البلاد لدى وصوله إلى العاصمة بعد غياب 11 عاما.",
        # a figure the earlier summary never gave
        "وجرى استقبال الرئيس الزائر وزوجته بحفاوة من قبل رئيس البلاد وزوجته في المطار بعد رحلة استغرقت 5 ساعات.",
        # a person the earlier summary never named
        "وجرى استقبال الرئيس الزائر وزوجته بحفاوة من قبل رئيس البلاد وزوجته ورئيس الوزراء خالد المنصوري في المطار.",
        # a place the earlier summary never named, two of the story's outlets do
        "وجرى استقبال الرئيس الزائر وزوجته بحفاوة من قبل رئيس البلاد وزوجته في المطار في دمشق.",
    ],
)
def test_covered_but_giving_what_the_earlier_summary_lacked_stays_new(
    monkeypatch: pytest.MonkeyPatch, later: str
) -> None:
    """However much of it version V's sentence holds (the levels lowered so that it is covered)."""
    monkeypatch.setattr(updates, "COVERED", 0.1)
    monkeypatch.setattr(updates, "COVER_LEFT", 10)
    assert _known(later)._covered(later)
    assert _new(later) == [0]
