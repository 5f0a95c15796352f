"""What is new for a reader of an earlier summary version, the forty-fourth pass (docs/desk.md):
a listed place the earlier summary never named, that two or more of the story's outlets name, is
news wherever the sentence names it (where the talks met), not an added detail. Made-up sentences."""

from __future__ import annotations

from khulasa.desk.updates import what_is_new
from khulasa.types import Document
from tests.conftest import stored_summary as _summary

EARLIER = _summary("اتفق وفدا البلدين على وقف دائم لإطلاق النار في ختام جولة المحادثات مساء الجمعة.")
LATER = "اتفق وفدا البلدين على وقف دائم لإطلاق النار مساء الجمعة، في ختام جولة محادثات استضافتها جنيف."


def _outlets(naming: int) -> list[Document]:
    """Four outlets' articles, the first ``naming`` of them naming where the talks met."""
    told = "اتفق وفدا البلدين على وقف دائم لإطلاق النار في ختام جولة المحادثات مساء الجمعة."
    return [
        Document(id=f"d{i}", text=f"{told} وعقدت الجولة في جنيف." if i < naming else told, source=f"outlet{i}")
        for i in range(4)
    ]


def test_where_the_talks_met_is_news_when_the_story_names_it() -> None:
    changes = what_is_new(_summary(LATER), EARLIER, _outlets(2))
    assert changes.new == [0]


def test_a_place_one_outlet_names_stays_a_detail() -> None:
    changes = what_is_new(_summary(LATER), EARLIER, _outlets(1))
    assert changes.new == [] and [i for i, _ in changes.details] == [0]


def test_a_place_the_earlier_summary_named_is_no_news() -> None:
    earlier = _summary("اتفق وفدا البلدين في جنيف على وقف دائم لإطلاق النار في ختام جولة المحادثات مساء الجمعة.")
    assert what_is_new(_summary(LATER), earlier, _outlets(2)).new == []
