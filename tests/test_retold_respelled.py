"""A name one outlet writes with two of its letters in another order is the name (khulasa.link.retold
.respelled; docs/quality.md, "Restating in the new batches fresh22 and fresh23"): after the choice, a
sentence naming it so tells again what the one naming it right tells."""

from __future__ import annotations

from khulasa.link.retold import light_verbs, names_stated, respelled, told_again
from khulasa.summarizer.select import Candidate, Meaning, meanings
from khulasa.text.normalize import count_words
from khulasa.types import Fact, Sentence


def _meanings(*texts: str) -> list[Meaning]:
    cands = []
    for i, text in enumerate(texts):
        words = count_words(text)
        cands.append(Candidate(Fact(i, (Sentence(f"d{i}", 3, 0, len(text), text),)), words, frozenset(), 1.0, words))
    return meanings(cands)


def _again(a: str, b: str) -> bool:
    first, second = _meanings(a, b)
    return told_again(first, second, light_verbs())


def test_the_same_letters_in_another_order_are_one_name():
    assert respelled("كوالامبلور", "كوالالمبور")
    assert not respelled("كوالالمبور", "كوالالمبور")  # the same spelling is read as it was
    assert not respelled("باريس", "بايرس")  # too short to tell a typo from another name
    assert not respelled("كوالالمبور", "كوالاترينغانو")  # other letters
    assert not respelled("كوالامبلور", "لوالامبكور")  # another start


def test_a_place_spelled_with_two_letters_swapped_is_one_place_after_the_choice():
    told = "فقدت طائرة ركاب الاتصال مع برج المراقبة خلال رحلة بين مدينة كوالالمبور الماليزية وسنغافورة."
    again = "وأعلنت الشركة أنها فقدت الاتصال بطائرة ركاب متجهة من مدينة كوالامبلور إلى سنغافورة."
    second, before = _meanings(again, told)
    assert ("place", "كوالامبلور") in second.names
    assert not names_stated(second, before)  # read before the choice, the city is another
    assert names_stated(second, before, titled=True)
    assert _again(again, told)
    assert not _again(again.replace("كوالامبلور", "جاكرتا"), told)
