"""What is new for a reader of an earlier summary version, the thirty-ninth pass (docs/desk.md): who
scored a goal is a person. A scorer the earlier summary never named is news, though no title stands
before his name for the name reader; one it named, in any spelling, is not; outside a match's story
"هدف" is an aim and the rule stays out."""

from __future__ import annotations

from khulasa.desk.updates import _Known, what_is_new
from tests.conftest import stored_summary as _summary

WIN = "فاز المنتخب الأخضر على ضيفه بهدفين مقابل هدف في المباراة الأخيرة من المجموعة."
SCORER = "وسجل اللاعب سامي الحربي هدف الفوز للمنتخب الأخضر على ضيفه في المباراة الأخيرة من المجموعة."


def test_a_scorer_never_named_is_news() -> None:
    """The win told again with who scored it: the reader of the earlier summary knew the result,
    not the scorer. New, and why says the person."""
    changes = what_is_new(_summary(SCORER), _summary(WIN))
    assert changes.new == [0]
    assert changes.why == [(0, "person", "الحربي")]


def test_a_scorer_named_before_is_no_news() -> None:
    """The earlier summary named him (his family name alone, and spelt without the article): the
    same sentence is known."""
    earlier = _summary(WIN, "وسجل حربي هدف الفوز في الدقيقة الأخيرة.")
    assert what_is_new(_summary(SCORER), earlier).new == []


def test_no_scorer_outside_a_match() -> None:
    """In a meeting's story "الهدف" is the plan's aim, and the man after "عبر" no scorer."""
    earlier = _summary("اتفق وزراء المياه على خطة جديدة لتوزيع المياه في اجتماعهم الأخير بالعاصمة.")
    text = "وعبر الوزير سامي الحربي عن الهدف من الخطة الجديدة لتوزيع المياه."
    known = _Known(earlier["sentences"], _summary(text)["sentences"], [])
    assert "match" not in known.kinds
    assert known._scorers_not_named(text) == []
