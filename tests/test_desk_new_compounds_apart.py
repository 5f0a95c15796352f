"""What is new for a reader of an earlier summary version, the forty-third pass (docs/desk.md): a
compound name behind «عبد» written joined ("عبدالفتاح") is the name written apart ("عبد الفتاح"),
which the stemmer cuts to two keys and keeps whole when joined: one name, not a rare word version V
never wrote."""

from __future__ import annotations

import pytest

from khulasa.desk.updates import _Known, new_sentences
from tests.conftest import stored_summary as _summary

EARLIER = _summary(
    "استقبل الرئيس عبد الفتاح السيسي نظيره رجب طيب أردوغان لدى وصوله إلى القاهرة في أول زيارة منذ سنوات.",
)
LATER = _summary("وذكرت الرئاسة أن الرئيس عبدالفتاح السيسي استقبل نظيره رجب طيب أردوغان في مطار القاهرة.")


def test_a_name_written_joined_is_the_name_written_apart() -> None:
    known = _Known(EARLIER["sentences"], LATER["sentences"], [])
    assert known._key("عبدالفتاح") == known._key("الفتاح")
    assert new_sentences(LATER, EARLIER) == []


def test_without_the_rule_the_joined_name_is_another_word(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_Known, "_compounds_apart", lambda self, words: {})
    known = _Known(EARLIER["sentences"], LATER["sentences"], [])
    assert known._key("عبدالفتاح") != known._key("الفتاح")


def test_a_compound_whose_part_the_story_never_writes_stays_whole() -> None:
    known = _Known(_summary("وصل عبدالرحمن إلى القاهرة.")["sentences"], LATER["sentences"], [])
    assert known._key("عبدالرحمن") != known._key("الرحمن")
