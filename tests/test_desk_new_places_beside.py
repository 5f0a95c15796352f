"""What is new for a reader of an earlier summary version, the fortieth pass (docs/desk.md): a place
is told where an earlier sentence names it and shares two content words with the clause of the
later sentence that names it, though that clause, a shorter telling of a long one, links to none
(the sentence's other clause linking to another earlier sentence, which names other places)."""

from __future__ import annotations

import pytest

from khulasa.desk.updates import _Known, new_sentences
from tests.conftest import stored_summary as _summary

EARLIER = _summary(
    "أكدت وزارة الطيران المدني في بيان صدر منذ قليل سقوط طائرة ركاب روسية من طراز إيرباص تابعة "
    "لشركة طيران خاصة تحمل على متنها 217 راكبا معظمهم من السياح وطاقما من سبعة أفراد وسط صحراء "
    "سيناء في مصر بعد نحو 23 دقيقة من الإقلاع.",
    "وجاء سقوط الطائرة بعد وقت قصير من مغادرتها مطار شرم الشيخ متجهة إلى موسكو.",
)

# The crash told again: its first clause names Egypt, which the earlier sentence on the crash named;
# its second links to the earlier sentence on the airport, which names no Egypt.
RETOLD = "تحطمت الطائرة الروسية المنكوبة وسط صحراء سيناء في مصر، وذلك بعد وقت قصير من مغادرتها مطار شرم الشيخ."


def test_a_place_named_beside_the_same_words_in_another_earlier_sentence_is_told() -> None:
    assert new_sentences(_summary(RETOLD), EARLIER) == []


def test_without_the_rule_the_place_counted_as_named_for_another_thing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The sentence above was new only for the place test: the rule is what makes it known."""
    monkeypatch.setattr(_Known, "_told_beside", lambda self, text, place: False)
    assert new_sentences(_summary(RETOLD), EARLIER) == [0]


def test_a_new_statement_naming_the_same_places_stays_new() -> None:
    """Teams finding the wreckage is a statement the earlier summary did not make, wherever it
    named the places."""
    found = "وعثرت فرق البحث على حطام الطائرة وسط صحراء سيناء في مصر، بعد وقت قصير من مغادرتها مطار شرم الشيخ."
    assert new_sentences(_summary(found), EARLIER) == [0]
