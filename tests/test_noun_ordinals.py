"""Ordinals in words of a noun ("اللقب الرابع عشر") are marks of that noun, so outlets that count
one title differently are set against each other in a ⚠ note (panels24)."""

from __future__ import annotations

import pytest

from khulasa.extract.claims import claims_of, contradicting_figures
from khulasa.extract.figures import arabic_figure_label, figures_of


def _marks(text: str) -> list[tuple[str, str, float]]:
    return [(f.text, f.unit, f.amount) for f in figures_of(text) if f.dimension == "mark"]


def test_a_compound_ordinal_after_a_definite_noun_is_a_mark_of_that_noun() -> None:
    assert _marks("وختم اللاعب موسمه بإحرازه اللقب الرابع عشر مع ناديه.") == [("الرابع عشر", "اللقب", 14.0)]
    assert _marks("وتقام النسخة الحادية والعشرين من المهرجان في الربيع.") == [("الحادية والعشرين", "النسخه", 21.0)]
    # Labels keep their own reading ("المرة", "الدقيقة").
    assert _marks("وفاز الفريق بالكأس للمرة الثانية عشرة.") == [("الثانية عشرة", "time", 12.0)]
    # Shown to readers in one Arabic word, never the normalized noun ("النسخه").
    assert arabic_figure_label("mark", "النسخه", 21.0) == "الترتيب 21"


@pytest.mark.parametrize(
    "text",
    [
        "وسجل الفريق هدفه في الشوط الثاني من المباراة.",  # one item of a few: no count
        "واحتل العداء المركز الأول في السباق.",
        "وأضاف المهاجم الهدف الثالث قبل النهاية.",
        "وأعلن ممثلو الدول الأعضاء الـ13 في المنظمة الاتفاق.",  # digits after "الـ": a count, no ordinal
    ],
)
def test_small_ordinals_and_digits_after_the_article_are_no_mark_of_a_noun(text: str) -> None:
    assert _marks(text) == []


def test_outlets_that_count_one_title_differently_disagree_and_alike_do_not() -> None:
    ours = "وأنهى المهاجم مسيرته مع النادي بإحرازه اللقب الخامس عشر في ثمانية أعوام."
    theirs = "وأنهى المهاجم مسيرته مع النادي بتحقيقه اللقب الرابع عشر خلال ثماني سنوات."
    alike = "وحقق المهاجم اللقب الخامس عشر له مع النادي."
    assert [(a.text, b.text) for a, b in contradicting_figures(claims_of(ours), claims_of(theirs))] == [
        ("الخامس عشر", "الرابع عشر")
    ]
    assert contradicting_figures(claims_of(ours), claims_of(alike)) == []
    # Two nouns' ordinals are two facts: the club's 15th cup is no rival of a player's 14th title.
    club = "وفاز النادي بالكأس للمرة الخامسة عشرة في تاريخه."
    assert contradicting_figures(claims_of(theirs), claims_of(club)) == []
