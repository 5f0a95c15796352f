"""What is new for a reader of an earlier summary version, the forty-third pass (docs/desk.md): three
readings of a figure or a name. A capital Latin letter right after digits makes them a code's ("مجمع
الإطلاق 39A"), no number to give; "بهدف دون مقابل" is the score 1-0, as "بهدف دون رد" is; a scorer
version V named in a close transliteration ("بويلاي" then "بولاي") is named."""

from __future__ import annotations

import pytest

from khulasa.desk import updates
from khulasa.desk.updates import _numerals, new_sentences, what_is_new
from khulasa.extract.claims import claims_of
from tests.conftest import stored_summary as _summary


def test_digits_before_one_capital_letter_are_a_code() -> None:
    assert _numerals("من مجمع الإطلاق 39A في مركز الفضاء") == frozenset()
    # two capitals or lower case letters may be a unit: a number still
    assert _numerals("محطة بقدرة 100MW وطريق طوله 15km") == {100.0, 15.0}


def test_a_launch_pad_is_no_number_version_v_had_to_write() -> None:
    earlier = _summary("انطلقت المركبة يوم الاثنين من مركز كينيدي للفضاء في فلوريدا على متن صاروخ فالكون.")
    later = _summary("انطلقت المركبة يوم الاثنين من مجمع الإطلاق 39A في مركز كينيدي للفضاء في فلوريدا.")
    assert what_is_new(later, earlier).why != [(0, "number", "39")]


def test_without_the_rule_the_pad_was_a_number(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(updates, "_code_letter", lambda text: False)
    assert _numerals("من مجمع الإطلاق 39A في مركز الفضاء") == {39.0}


@pytest.mark.parametrize("goals, score", [("بهدف دون مقابل", 100.0), ("بهدفين دون مقابل", 200.0)])
def test_none_in_return_is_nil(goals: str, score: float) -> None:
    figures = claims_of(f"وفاز الفريق على ضيفه {goals} في الجولة الأخيرة.").figures
    assert [(f.dimension, f.amount) for f in figures] == [("score", score)]


def test_a_win_told_with_none_in_return_is_known_as_a_clean_win() -> None:
    earlier = _summary("وانتهت المباراة بتقدم فريق النجوم على فريق الأمل بهدف دون مقابل بعد الوقت الإضافي.")
    later = _summary("وفاز فريق النجوم على فريق الأمل بهدف نظيف بعد الوقت الإضافي.")
    assert new_sentences(later, earlier) == []


def test_a_scorer_named_in_a_close_transliteration_is_named() -> None:
    earlier = _summary("وأحرز بويلاي ديا هدف فريق النجوم في الدقيقة الثالثة من عمر المباراة أمام فريق الأمل.")
    later = "وفاز فريق النجوم على فريق الأمل بهدف سجله بولاي ديا في الدقيقة الثالثة."
    known = updates._Known(earlier["sentences"], _summary(later)["sentences"], [])
    known.kinds = frozenset({"match"})
    assert known._scorers_not_named(later) == []
    other = "وفاز فريق النجوم على فريق الأمل بهدف سجله كريم داود في الدقيقة الثالثة."
    assert known._scorers_not_named(other) == ["داود"]
