"""What is new for a reader of an earlier summary version, the thirty-fourth pass (docs/desk.md):
a tail naming the source at a sentence's end («وفقا لما ذكرته …») says who said it, not what,
a preposition after a title («وجود الوزير داخل المبنى») names no one, and a place version V wrote
run together with the next word («قندهاربأفغانستان») is named there."""

from __future__ import annotations

from khulasa.desk.updates import _attribution_tail, new_sentences
from khulasa.extract.claims import claims_of
from khulasa.types import Document
from tests.conftest import stored_summary as _summary

EARLIER = _summary(
    "وصل رئيس الوزراء الهولندي إلى العاصمة الكينية نيروبي صباح الخميس في المحطة الأولى "
    "من جولة أفريقية تشمل كينيا وتنزانيا.",
    "وهبطت طائرة رئيس الوزراء في مطار نيروبي الدولي وسط إجراءات أمنية مشددة.",
)


def test_a_tail_naming_the_source_is_no_statement() -> None:
    """The same arrival told again with «وفقا لما ذكرته وسائل إعلام محلية» at its end tells a
    reader of version V nothing: who reported it is no news."""
    later = (
        "هبطت طائرة رئيس الوزراء الهولندي في نيروبي، حيث وصل إلى العاصمة الكينية صباح الخميس "
        "في المحطة الأولى من جولة أفريقية تشمل كينيا وتنزانيا، وفقا لما ذكرته وسائل إعلام محلية."
    )
    assert new_sentences(_summary(later), EARLIER) == []


def test_a_tail_does_not_hide_a_new_statement() -> None:
    """A statement version V never made stays new, whatever tail follows it."""
    later = "ألغى رئيس الوزراء الهولندي محطة تنزانيا من جولته بسبب الفيضانات، وفقا لما ذكرته وسائل إعلام محلية."
    assert new_sentences(_summary(later), EARLIER) == [0]


def test_tail_openers() -> None:
    assert _attribution_tail("وفقا لما ذكرته وسائل إعلام محلية.")
    assert _attribution_tail("ووفق ما أعلنته الوزارة")
    assert _attribution_tail("حسبما أفادت الوكالة.")
    assert not _attribution_tail("وفقا للخطة المعلنة")
    assert not _attribution_tail("وقتل 12 شخصا")


def test_a_preposition_after_a_title_names_no_one() -> None:
    """«داخل» after «الوزير» is where he was, not his name: the sentence names no person."""
    assert not any(kind == "person" for kind, *_ in claims_of("وأكد مصدر رسمي وجود الوزير داخل المبنى.").names)
    earlier = _summary("وقع الانفجار أثناء وجود الوزير داخل المبنى لحضور الاجتماع، ولم يصب بأذى.")
    later = _summary("وأكد مصدر رسمي وجود الوزير داخل المبنى لحضور الاجتماع، لكنه لم يصب بأذى.")
    assert new_sentences(later, earlier) == []


def test_a_place_glued_to_the_next_word_is_named_there() -> None:
    """Version V's sentence with a space lost («قندهاربأفغانستان» for «قندهار بأفغانستان») names
    the city and the country: the same count told again with the space is no news, though version
    V's other sentence, which names them apart, tells another thing."""
    earlier = _summary(
        "تعرض سوق شعبي في مدينة قندهار، ثاني أكبر مدن أفغانستان، صباح الثلاثاء لتفجير انتحاري تبعه إطلاق نار.",
        "وقتل 14 شخصا وأصيب 30 آخرون في تفجير استهدف إحدى الأسواق الشعبية الكبيرة "
        "في مدينة قندهاربأفغانستان، وفقا لمصدر طبي.",
    )
    later = _summary(
        "وقال مصدر طبي إنه قتل 14 شخصا وأصيب 30 آخرون في تفجير استهدف إحدى الأسواق الشعبية الكبيرة "
        "في مدينة قندهار بأفغانستان."
    )
    docs = [Document(id=str(i), text=s["text"]) for i, s in enumerate(earlier["sentences"] + later["sentences"])]
    assert new_sentences(later, earlier, docs) == []
