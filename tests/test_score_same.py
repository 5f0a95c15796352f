"""A draw told in words with the other side's goals as "as many" ("بهدفين لمثلهما", "بهدف لكل
منهما"): the score a-a, the same result as "2-2" in digits (the fourteenth session, the two new
batches). Our own made-up sentences."""

from __future__ import annotations

import pytest

from khulasa.extract.figures import extract_figures


def scores(text: str) -> list[tuple[str, float]]:
    return [(f.text, f.amount) for f in extract_figures(text) if f.dimension == "score"]


@pytest.mark.parametrize(
    ("text", "written", "amount"),
    [
        ("تعادل فريق النجوم مع ضيفه بهدفين لمثلهما في ملعب المدينة", "بهدفين لمثلهما", 202),
        ("انتهت مباراة الفريقين بالتعادل بهدف لمثله مساء السبت", "بهدف لمثله", 101),
        ("حسم التعادل بهدفين لكل منهما نتيجة لقاء فريق الوادي وفريق الأمل", "بهدفين لكل منهما", 202),
        ("تعادل الفريقان بثلاثة أهداف مقابل مثلها في المباراة الأخيرة", "بثلاثة أهداف مقابل مثلها", 303),
    ],
)
def test_the_other_side_scoring_as_many_is_a_drawn_score(text: str, written: str, amount: float) -> None:
    assert scores(text) == [(written, amount)]


def test_a_draw_in_words_and_in_digits_is_one_result() -> None:
    in_words = scores("تعادل فريق النجوم مع فريق الأمل بهدفين لمثلهما")
    in_digits = scores("تعادل فريق النجوم مع فريق الأمل 2-2 في الملعب")
    assert [a for _, a in in_words] == [a for _, a in in_digits] == [202]


def test_as_many_with_no_goals_before_it_is_no_score() -> None:
    assert scores("حصل كل منهما على جائزة لمثلهما في المسابقة") == []
    assert scores("وزع المنظمون قميصا لكل منهما قبل المباراة") == []
