"""A short sentence that only says who reported "this" needs the sentence before it."""

from __future__ import annotations

from khulasa.summarizer.pipeline import antecedents, leans
from khulasa.text.cohesion import leans_back
from khulasa.types import Fact, Sentence


def test_who_reported_this_leans_back():
    assert leans_back("ذكرت وكالة الأنباء الرسمية هذا.")
    assert leans_back("وأعلنت الشرطة بذلك.")
    assert leans("أكدت الوزارة ذلك.")


def test_a_sentence_stating_what_was_said_or_long_or_not_reported_stands():
    assert not leans_back("ذكرت الوكالة أن 12 شخصا قتلوا في الحادث هذا.")
    assert not leans_back("قال الوزير إن الحكومة ستدرس ذلك.")
    assert not leans_back("وأكدت الشرطة ذلك في بيان صدر مساء اليوم عن مديرية الأمن في المدينة.")
    assert not leans_back("هذا ما ذكرته الوكالة.")
    assert not leans_back("غرقت العبارة قبالة الجزيرة.")


def test_selection_takes_it_only_after_the_sentence_before_it():
    said = "أصيب حارس القنصلية بجروح طفيفة في الهجوم."
    reported = "ذكرت وكالة الأنباء الرسمية هذا."
    facts = [
        Fact(0, (Sentence("d1", 0, 0, len(said), said),)),
        Fact(1, (Sentence("d1", 1, len(said) + 1, len(said) + 1 + len(reported), reported),)),
    ]
    assert antecedents(facts) == {1: 0}
