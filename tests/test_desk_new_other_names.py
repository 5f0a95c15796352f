"""What is new for a reader of an earlier summary version, the thirty-fifth pass (docs/desk.md):
a place or group the story names by two of its names (the gazetteer's places and organisations,
``resources/ar/other_names.txt``) is read as one name, so a sentence that tells a known statement
with the other name is no news for the name alone."""

from __future__ import annotations

from khulasa.desk.updates import _named_twice, _one_name, new_sentences
from tests.conftest import stored_summary as _summary


def test_a_group_by_another_of_its_names_is_known() -> None:
    """ "The Islamic State claimed the bombing of the church" after "ISIS claimed the bombing of the
    church" tells the reader nothing new (before the thirty-fifth pass: new for its statement)."""
    earlier = _summary("وتبنى داعش تفجير الكنيسة في وسط المدينة.")
    later = _summary("وتبنت الدولة الإسلامية تفجير الكنيسة في وسط المدينة.")
    assert new_sentences(later, earlier) == []


def test_another_statement_of_the_group_is_still_new() -> None:
    """The name read as one does not make another statement known: the group's threat of more
    attacks is news."""
    earlier = _summary("وأعلن تنظيم داعش مسؤوليته عن الهجوم على السوق المركزي في المدينة الشمالية.")
    later = _summary("وهددت الدولة الإسلامية بشن هجمات جديدة على الكنائس والمدارس خلال الأسابيع المقبلة.")
    assert new_sentences(later, earlier) == [0]


def test_names_are_written_as_the_story_writes_them_most_with_their_length() -> None:
    """Each name of a place the texts write two ways becomes the one they write most, its
    proclitic kept, the text's length kept; a place written one way stays as it is."""
    texts = ["وصل الوفد إلى أبوظبي مساء الأحد.", "وهبطت الطائرة في أبوظبي.", "وبعد زيارته لأبو ظبي توجه إلى بلده."]
    groups = _named_twice(texts)
    folded = _one_name(texts[2], groups)
    assert len(folded) == len(texts[2])
    assert "لابوظبي" in folded and "ظبي توجه" not in folded
    assert _one_name("زار الوفد المملكة العربية السعودية.", groups) == "زار الوفد المملكة العربية السعودية."
