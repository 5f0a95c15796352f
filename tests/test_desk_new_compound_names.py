"""What is new for a reader of an earlier summary version, the fortieth pass (docs/desk.md): the name
reader reports the definite part of a compound name ("عبدالرحيم": «الرحيم») for the whole name; the
man is named when the earlier summary named him by his given name, the word before it."""

from __future__ import annotations

import pytest

from khulasa.desk.updates import _Known, new_sentences
from tests.conftest import stored_summary as _summary

EARLIER = _summary(
    "وحصل المرشح الرئاسي، خالد الحسيني، على 120 ألفا و45 صوتا بنسبة 2.1 بالمئة من الأصوات الصحيحة.",
    "وخرجت مسيرات في العاصمة احتفالا بإعلان النتائج.",
)


@pytest.mark.parametrize("name", ["خالد عبدالرحيم الحسيني", "خالد عبد الرحيم الحسيني"])
def test_a_man_named_by_his_given_name_is_named_with_his_fathers(name: str) -> None:
    later = f"وحصل المرشح {name} على 120 ألفا و45 صوتا بنسبة 2.1 بالمئة من الأصوات الصحيحة."
    assert new_sentences(_summary(later), EARLIER) == []


def test_without_the_rule_the_fathers_name_is_a_person_never_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_Known, "_compound_named", lambda self, text, word: False)
    later = "وحصل المرشح خالد عبدالرحيم الحسيني على 120 ألفا و45 صوتا بنسبة 2.1 بالمئة من الأصوات الصحيحة."
    assert new_sentences(_summary(later), EARLIER) == [0]


def test_a_man_the_earlier_summary_never_named_stays_news() -> None:
    """A king who opened the rally, "فهد بن عبد الرحمن", is no one the earlier summary named."""
    later = "وافتتح الملك فهد بن عبد الرحمن المسيرات في العاصمة احتفالا بإعلان النتائج."
    assert new_sentences(_summary(later), EARLIER) == [0]


def test_a_whole_name_the_earlier_summary_wrote_is_named_though_its_reader_read_none() -> None:
    """The forty-second pass: version V wrote "فهد بن عبدالرحمن" in quotation marks, where the name
    reader reads no person; the same whole name written apart ("عبد الرحمن") names the same man. A
    king of another given name stays news."""
    earlier = _summary('وافتتح الملك "فهد بن عبدالرحمن" المعرض الدولي للكتاب في العاصمة صباح الأحد.')
    known = "وافتتح الملك فهد بن عبد الرحمن المعرض الدولي للكتاب في العاصمة."
    assert new_sentences(_summary(known), earlier) == []
    other = "وافتتح الملك خالد بن عبد الرحمن المعرض الدولي للكتاب في العاصمة."
    assert new_sentences(_summary(other), earlier) == [0]
