"""What is new for a reader of an earlier summary version, the forty-second pass (docs/desk.md): a
word the earlier summary wrote in another spelling ("غرينبرغ" for "جرينبرج": one foreign sound
written with another letter, a long vowel written or left out), beside the same word (the given
name before it), is one word in the tests of the statement, as the name reader reads one person.
Words whose consonants alone agree ("الجامعة", "القمة") stay two. Made-up sentences."""

from __future__ import annotations

import pytest

from khulasa.desk.updates import _Known, _letters_alike, new_sentences
from khulasa.link.clauses import content_keys
from tests.conftest import stored_summary as _summary

EARLIER = _summary(
    "وقع رئيسا البلدين اتفاقية السلام في القصر الرئاسي مساء الأحد.",
    "وحضر مراسم التوقيع الأمين العام للمنظمة الدولية بيتر جرينبرج.",
)


def test_a_name_in_another_spelling_beside_the_same_given_name_is_known() -> None:
    assert new_sentences(_summary("وشهد المراسم بيتر غرينبرغ."), EARLIER) == []


def test_without_the_rule_the_other_spelling_is_a_word_never_written(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_Known, "_respelled_names", lambda self, old, current: {})
    assert new_sentences(_summary("وشهد المراسم بيتر غرينبرغ."), EARLIER) == [0]


def _same_key(earlier: str, later: str, a: str, b: str) -> bool:
    known = _Known(_summary(earlier)["sentences"], _summary(later)["sentences"], ())
    keys = [known._keys(content_keys(w, known.analyzer, known.vocab)) for w in (a, b)]
    return keys[0] == keys[1]


@pytest.mark.parametrize(
    ("later", "same"),
    [
        ("وشهد المراسم بيتر غرينبرغ.", True),
        ("وشهد المراسم السفير غرينبرغ.", False),  # beside another word: two words
    ],
)
def test_the_spellings_are_one_word_beside_the_same_word(later: str, same: bool) -> None:
    assert _same_key(EARLIER["sentences"][1]["text"], later, "غرينبرغ", "جرينبرج") is same


def test_words_whose_consonants_alone_agree_stay_two() -> None:
    """ "الجامعة" and "القمة" have one consonant key once "ع" and the long vowels are dropped, and
    stand beside the same word ("العربية"): not one word."""
    assert not _letters_alike("الجامعه", "القمه")
    assert _letters_alike("غوتيريس", "جوتيريس") and _letters_alike("ويليامز", "وليامز")
    assert not _same_key("وانطلقت القمة العربية في المدينة.", "وأدانت الجامعة العربية الهجوم.", "الجامعة", "القمة")
