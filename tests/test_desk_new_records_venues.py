"""What is new for a reader of an earlier summary version, the forty-seventh pass (docs/desk.md):

- a name the earlier summary wrote in another spelling beside a short word that is no stop word
  ("سان" of "سان فرانسيسكو") is one word, as beside a longer one;
- the verbs of becoming ("وبات", "وأصبحت", "وصار") frame what the subject became, as "أصبح" (a stop
  word) already did: a reworded repeat that opens with one is the same statement, a changed figure
  after one is still news;
- a record ("أول فريق …") told in any clause when the earlier summary told none is news, though the
  sentence's words are all the earlier summary's ("الفريق الثالث" there); "الهدف الأول", the
  ordinal with the article after its noun, is no record.

Made-up sentences."""

from __future__ import annotations

import pytest

from khulasa.desk import updates
from khulasa.desk.updates import _Known, _neighbours, new_sentences, what_is_new
from khulasa.link.clauses import content_keys
from khulasa.types import Document
from tests.conftest import stored_summary as _summary


def _keys(earlier: str, later: str, *words: str) -> list[frozenset[str]]:
    known = _Known(_summary(earlier)["sentences"], _summary(later)["sentences"], ())
    return [known._keys(content_keys(w, known.analyzer, known.vocab)) for w in words]


RESPELLED = (
    "هبطت طائرة الركاب اضطراريا في مطار سان فرانسيسكو الدولي بعد عطل في محركها.",
    "وكانت الطائرة قادمة من سيول قبل هبوطها الاضطراري في مطار سان فرانسسكو.",
)


def test_a_name_respelled_beside_a_short_word_is_one_word() -> None:
    a, b = _keys(*RESPELLED, "فرانسسكو", "فرانسيسكو")
    assert a == b


def test_without_the_change_the_short_word_was_no_neighbour(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(updates, "NEIGHBOUR", 4)
    a, b = _keys(*RESPELLED, "فرانسسكو", "فرانسيسكو")
    assert a != b


def test_a_stop_word_is_no_neighbour() -> None:
    """ "على" beside two spellings says nothing of who they name."""
    assert _neighbours(["وفاز على فرنانديز بسهولة."]) == {"فرنانديز": {"بسهوله"}, "بسهوله": {"فرنانديز"}}


BECAME = "أصبح فريق المدينة أول فريق من الجنوب يبلغ نهائي البطولة القارية."


@pytest.mark.parametrize(
    ("later", "same"),
    [
        ("وبات فريق المدينة أول فريق من الجنوب يبلغ نهائي البطولة القارية.", True),
        ("وصار فريق المدينة أول فريق من الجنوب يبلغ نهائي البطولة القارية.", True),
        ("وأصبحت بطولة القارة أول بطولة يبلغ فريق المدينة نهائيها.", False),
        # the imperfect behind ل tells what followed from a statement before it: a word of its own
        ("ليصبح فريق المدينة أول فريق من الجنوب يبلغ نهائي البطولة القارية.", False),
    ],
)
def test_a_verb_of_becoming_is_no_word_of_the_statement(later: str, same: bool) -> None:
    known = _Known(_summary(BECAME)["sentences"], _summary(later)["sentences"], ())
    assert (known._content(later) == known._content(BECAME)) is same


def test_a_changed_figure_after_a_verb_of_becoming_is_still_news() -> None:
    earlier = _summary("أصبحت حصيلة القتلى 12 شخصا.")
    assert new_sentences(_summary("وباتت حصيلة القتلى 30 شخصا."), earlier) == [0]
    assert new_sentences(_summary("وباتت حصيلة القتلى 12 شخصا."), earlier) == []


RANKED = _summary(
    "تأهل فريق المدينة إلى نصف النهائي بفوزه على فريق الساحل بهدفين دون رد.",
    "وأصبح فريق المدينة الفريق الثالث الذي يضمن مقعدا في المربع الذهبي بعد فريقي الجبل والوادي.",
)


def test_a_record_in_the_main_clause_is_news_when_the_earlier_summary_told_none() -> None:
    """Its words are all the earlier summary's but "أول": the third to get there is not the first."""
    later = _summary("وبات فريق المدينة أول فريق من الجنوب يضمن مقعدا في المربع الذهبي.")
    assert what_is_new(later, RANKED).new == [0]


def test_without_the_change_the_record_was_known(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_Known, "_record_untold", lambda self, piece, ranked=False: False)
    later = _summary("وبات فريق المدينة أول فريق من الجنوب يضمن مقعدا في المربع الذهبي.")
    assert what_is_new(later, RANKED).new == []


def test_an_ordinal_after_its_noun_is_no_record() -> None:
    earlier = _summary("تقدم فريق المدينة في الدقيقة 38 بهدف سجله مهاجمه سالم.")
    assert new_sentences(_summary("وسجل سالم الهدف الأول لفريق المدينة في الدقيقة 38."), earlier) == []


VENUE_EARLIER = _summary("فاز فريق المدينة على فريق الساحل بهدفين مقابل هدف في نهائي الكأس مساء السبت.")
VENUE_LATER = "وتوج فريق المدينة بالكأس بفوزه على فريق الساحل 2-1 في النهائي الذي أقيم على ملعب النخيل مساء السبت."


def _venue_outlets(naming: int) -> list[Document]:
    """Four outlets' articles, the first ``naming`` of them naming the stadium (by either head)."""
    told = "فاز فريق المدينة على فريق الساحل بهدفين مقابل هدف في نهائي الكأس مساء السبت."
    heads = ("ملعب", "استاد", "ملعب", "استاد")
    return [
        Document(
            id=f"d{i}", text=f"{told} وأقيمت المباراة في {heads[i]} النخيل." if i < naming else told, source=f"o{i}"
        )
        for i in range(4)
    ]


def test_a_venue_the_earlier_summary_never_named_is_news_when_the_story_names_it() -> None:
    assert what_is_new(_summary(VENUE_LATER), VENUE_EARLIER, _venue_outlets(2)).new == [0]


def test_without_the_change_the_venue_was_known(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_Known, "_venues_untold", lambda self, text: False)
    assert what_is_new(_summary(VENUE_LATER), VENUE_EARLIER, _venue_outlets(2)).new == []


def test_a_venue_one_outlet_names_or_the_earlier_summary_named_is_no_news() -> None:
    assert what_is_new(_summary(VENUE_LATER), VENUE_EARLIER, _venue_outlets(1)).new == []
    earlier = _summary("فاز فريق المدينة على فريق الساحل بهدفين مقابل هدف في نهائي الكأس على استاد النخيل.")
    assert what_is_new(_summary(VENUE_LATER), earlier, _venue_outlets(2)).new == []
