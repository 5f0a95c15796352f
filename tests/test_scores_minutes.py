"""Match scores and goal minutes as the figure reader and the ⚠ notes see them (issue 20).

All sentences are written for these tests."""

from __future__ import annotations

import pytest

from khulasa.extract.claims import claims_of, contradicting_figures, restates
from khulasa.extract.figures import comparable, extract_figures


def _scores(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.label) for f in extract_figures(text) if f.dimension == "score"]


@pytest.mark.parametrize(
    ("text", "scores"),
    [
        ("انتهت المباراة بالتعادل 1-1 واستمر اللقاء إلى الأشواط الإضافية", [("1-1", "1-1")]),
        ("فاز الفريق الضيف 2 – 1 على أرضه", [("2 – 1", "2-1")]),
        ("حسم الفريق اللقاء بنتيجة (3-0) في الشوط الثاني", [("3-0", "3-0")]),
        ("وفاز الفريق بركلات الترجيح4-2 بعد التعادل", [("4-2", "4-2")]),
        ("تأهل الفريق بعد فوزه بهدف دون رد على ضيفه", [("بهدف دون رد", "1-0")]),
        ("فاز الفريق الأزرق بهدفين لهدف على الفريق الأحمر", [("بهدفين لهدف", "2-1")]),
        ("فاز الفريق بثلاثة أهداف مقابل هدف في النهائي", [("بثلاثة أهداف مقابل هدف", "3-1")]),
        ("خسر الفريق بهدف مقابل هدفين", [("بهدف مقابل هدفين", "2-1")]),
    ],
)
def test_a_score_is_read_in_digits_and_in_words(text: str, scores: list[tuple[str, str]]) -> None:
    assert _scores(text) == scores


def test_a_score_is_never_a_count_of_the_word_after_it() -> None:
    """ "1-1 استمر" is the result, not one of "استمر"."""
    figures = extract_figures("وبعد نهاية الوقت الأساسي والإضافي بالتعادل 1-1 استمر اللقاء إلى ركلات الترجيح")
    assert [(f.dimension, f.label) for f in figures] == [("score", "1-1")]


@pytest.mark.parametrize(
    "text",
    [
        "تقل الحافلة 10-15 راكبا كل يوم",  # a range of a unit
        "طائرة من طراز 737-800 هبطت في المطار",  # a model code
        "وصل في الساعة 8:30 صباحا",  # a time of day
        "سجل اللاعب هدفا لفريقه",  # one goal, no result
    ],
)
def test_a_range_a_code_a_time_or_one_goal_is_no_score(text: str) -> None:
    assert _scores(text) == []


def test_one_score_either_side_first_is_one_amount_and_only_one_value_is_comparable() -> None:
    (won,) = extract_figures("فاز الفريق الأزرق على الأحمر 2-1")
    (lost,) = extract_figures("خسر الفريق الأحمر أمام الأزرق 1-2")
    (other,) = extract_figures("فاز الفريق الأزرق على الأحمر 3-1")
    assert won.amount == lost.amount and won.label == lost.label == "2-1"
    assert comparable(won, lost)
    assert not comparable(won, other)  # the game's result and another: no group of disagreeing values


def test_two_sentences_giving_the_same_score_restate_one_fact() -> None:
    told = claims_of(
        "تأهل المنتخب الأزرق إلى النهائي بعد فوزه على المنتخب الأحمر بركلات الترجيح 4-2 إثر التعادل 1-1"
    )
    again = claims_of("وبعد نهاية الوقتين الأصلي والإضافي بالتعادل 1-1 احتكم الفريقان إلى ركلات الترجيح")
    other = claims_of("وكان الفريقان قد تعادلا 2-2 في مباراة الدور الأول")
    assert restates(told, again)
    assert not restates(told, other)
    won = claims_of("فاز الفريق الأزرق على الفريق الأحمر 2-1 في المباراة")
    lost = claims_of("خسر الفريق الأحمر أمام الفريق الأزرق 1-2 في المباراة")
    assert restates(won, lost)


def test_two_scores_are_never_set_against_each_other_in_a_note() -> None:
    """A match has several results (the game's, the shoot-out's, the half's): no ⚠ between them."""
    game = claims_of("وبعد التعادل 1-1 استمر اللقاء إلى ركلات الترجيح")
    shootout = claims_of("وبعد الفوز 4-2 استمر اللقاء إلى ركلات الترجيح")
    assert contradicting_figures(game, shootout) == []
