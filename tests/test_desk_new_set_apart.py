"""What is new for a reader of an earlier summary version, the thirty-third pass (docs/desk.md):
a clause set against the sentence's first («بينما», «في حين») is a statement of its own subject,
and the places it names are told where version V told that statement, which may be a sentence of
its own, not the one the first clause links to."""

from __future__ import annotations

from khulasa.desk.updates import new_sentences
from tests.conftest import stored_summary as _summary

EARLIER = _summary(
    "ويلتقي منتخب الأردن في نصف النهائي يوم الخميس نظيره العراقي على ملعب المدينة الأولمبي.",
    "ويقام نصف النهائي الآخر بين مصر والمغرب مساء الخميس على ستاد العاصمة الدولي.",
)


def test_two_semi_finals_told_apart_then_together() -> None:
    """After each semi-final told in a sentence of its own, one sentence that sets the second
    against the first with «بينما» tells the reader nothing new."""
    later = (
        "وسيواجه منتخب الأردن في نصف النهائي يوم الخميس المنتخب العراقي، "
        "بينما سيواجه منتخب مصر في اليوم نفسه المنتخب المغربي."
    )
    assert new_sentences(_summary(later), EARLIER) == []


def test_a_clause_set_against_the_first_still_tells_its_own_statement() -> None:
    """What the set-against clause tells must still be version V's: a captain who will miss the
    other semi-final is news, though version V named both of its sides."""
    absent = (
        "وسيواجه منتخب الأردن في نصف النهائي يوم الخميس المنتخب العراقي، "
        "بينما سيغيب قائد منتخب مصر عن مباراة المغرب بسبب الإصابة."
    )
    assert new_sentences(_summary(absent), EARLIER) == [0]
