"""What is new for a reader of an earlier summary version, the twenty-seventh pass (docs/desk.md): a
clause of its own (a statement set against the first, a subordinate clause of time or cause), a
minute counted from a later period of a match, a new fact told again."""

from __future__ import annotations

from khulasa.desk.updates import Changes, new_sentences, what_is_new
from khulasa.types import Document
from tests.conftest import stored_summary as _summary


def test_a_statement_set_against_the_first_is_its_own_and_news_after_a_known_one():
    """A clause opened by "بينما"/"في حين" (``resources/ar/contrast_joiners.txt``) tells of another
    subject: after a known main statement it is news, not an added detail, and it is known only
    when it links to version V or half its words are there (not by the quarter a sentence from an
    article version V was made from needs)."""
    earlier = _summary("ويواجه منتخب النجوم في نصف النهائي يوم الأحد المقبل منتخب الأمل على ملعب العاصمة.")
    text = (
        "وسيواجه منتخب النجوم في نصف النهائي يوم الأحد المقبل منتخب الأمل، "
        "بينما يلتقي منتخب الساحل في اليوم نفسه منتخب الجبل."
    )
    assert what_is_new(_summary(text), earlier) == Changes(new=[0], why=[(0, "statement", "")])
    # Version V told the other semi-final too: known.
    told = _summary(earlier["sentences"][0]["text"], "ويلتقي منتخب الساحل في اليوم نفسه منتخب الجبل.")
    assert what_is_new(_summary(text), told) == Changes()
    # From an article version V was made from ("carried"): a quarter of its words is not enough for it.
    first = "ويواجه منتخب النجوم في نصف النهائي يوم الأحد المقبل منتخب الأمل."
    carried = (
        "وسيواجه منتخب النجوم منتخب الأمل في نصف النهائي يوم الأحد، "
        "بينما يواجه منتخب الساحل منتخب الجبل يوم الأحد أيضا."
    )
    docs = [Document(id="a", text=f"{first} {carried}", source="أ")]
    start = len(first) + 1
    earlier = {
        "sentences": [{"text": first, "sources": [{"doc": "a", "start": 0, "end": len(first)}]}],
        "documents": [{"id": "a"}],
    }
    later = {"sentences": [{"text": carried, "sources": [{"doc": "a", "start": start, "end": start + len(carried)}]}]}
    assert what_is_new(later, earlier, docs).new == [0]


def test_a_subordinate_clause_version_v_never_printed_is_news_in_a_passage_of_its_fact_group():
    """The passage version V's sentence was grouped with, told again, is known; but a subordinate
    clause of cause in it ("حين انقطعت الحبال …", ``resources/ar/subordinators.txt``) that version V
    printed otherwise ("حين انهار") tells its reader why: new."""
    printed = "وكان نحو 500 شخص على الجسر المعلق في البلدة حين انهار مساء الأحد."
    grouped = "وكان نحو 500 شخص على الجسر المعلق في البلدة حين انقطعت الحبال الفولاذية التي تحمله مساء الأحد."
    docs = [Document(id="a", text=printed, source="أ"), Document(id="b", text=grouped, source="ب")]
    own = {"doc": "a", "start": 0, "end": len(printed)}
    passage = {"doc": "b", "start": 0, "end": len(grouped)}
    earlier = {"sentences": [{"text": printed, "sources": [own, passage]}]}
    later = {"sentences": [{"text": grouped, "sources": [passage]}, {"text": printed, "sources": [own]}]}
    assert new_sentences(later, earlier, docs) == [0]


def test_a_minute_counted_from_a_later_period_is_no_minute_of_the_match():
    """ "In the first minute" of a sentence about the second half counts from that half's start
    (``resources/ar/later_periods.txt``): not the match's minute 1, another value of version V's
    48th. Without the half, or in digits, a minute is a figure as before."""
    earlier = _summary("وحصل مهاجم النجوم على ركلة جزاء في الدقيقة 48 مع بداية الشوط الثاني لكنه أهدرها.")
    half = "وشهد الشوط الثاني بداية قوية للنجوم، إذ حصل مهاجمهم على ركلة جزاء في الدقيقة الأولى لكنه أهدرها."
    assert new_sentences(_summary(half), earlier) == []
    match = half.replace("الشوط الثاني", "المباراة").replace("وشهد", "وشهدت")
    assert new_sentences(_summary(match), earlier) == [0]
    assert new_sentences(_summary(half.replace("الأولى", "52")), earlier) == [0]


def test_a_new_fact_told_again_in_a_sentence_known_only_in_part_is_new():
    """The second sentence's number stands in version V's sentence, so a quarter of its words
    would do; but none of its clauses links to version V, and it links to the first sentence's
    new statement (the lost contact, the capital in the mountains): that fact told again."""
    earlier = _summary("وأقلعت طائرة الركاب من مطار المدينة الساحلية صباح الأحد وعلى متنها 120 راكبا.")
    lost = "وفقدت الطائرة الاتصال ببرج المراقبة فوق البحر في رحلتها نحو العاصمة الجبلية."
    again = "وأعلنت شركة الطيران أنها فقدت الاتصال بطائرتها التي تقل 120 راكبا والمتجهة إلى العاصمة الجبلية."
    assert new_sentences(_summary(lost, again), earlier) == [0, 1]
    # Alone, the second is known in part (its number in version V's sentence, a quarter of its words).
    assert new_sentences(_summary(again), earlier) == []
