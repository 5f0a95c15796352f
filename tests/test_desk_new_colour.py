"""What is new for a reader of an earlier summary version, the thirty-sixth pass (docs/desk.md): a
phrase that colours the telling (``resources/ar/colour_phrases.txt``: "بطعم الفوز", "باكتساح",
"أداء رجولي ومتميز") tells no fact and is blanked before the desk compares; a thousands separator
typed between words ("٬") is read as the comma it stands for, so the clause before it is one; a
part of a count in the dual after "بينهم" ("بينهم شرطيان") is a number two."""

from __future__ import annotations

from khulasa.desk.updates import _uncoloured, new_sentences
from tests.conftest import stored_summary as _summary


def test_a_known_draw_told_with_praise_is_known() -> None:
    """ "The match saw a manly and distinguished performance" adds praise, not a fact, to a draw the
    reader was told of (before the thirty-sixth pass: new for its statement)."""
    earlier = _summary("تعادل منتخب الجزيرة مع منتخب الوادي في المباراة التي أقيمت على الملعب البلدي.")
    later = _summary("تعادل منتخب الجزيرة مع منتخب الوادي في المباراة التي شهدت أداء رجولي ومتميز للاعبي الجزيرة.")
    assert new_sentences(later, earlier) == []


def test_a_statement_beside_the_colour_is_still_new() -> None:
    """The colour blanked does not make another statement known: the coach sacked is news."""
    earlier = _summary("تعادل منتخب الجزيرة مع ضيفه منتخب الوادي بهدف لمثله في المباراة التي أقيمت مساء السبت.")
    later = _summary("وأقال رئيس النادي مدرب منتخب الوادي بعد المباراة التي شهدت أداء رجولي ومتميز للاعبيه.")
    assert new_sentences(later, earlier) == [0]


def test_a_clause_before_a_thousands_separator_is_its_own() -> None:
    """ "He wore a black suit ٬ and shot the ambassador …": the suit, a clause of its own before the
    separator typed as a comma, is news (before: read as one clause with the known shooting)."""
    earlier = _summary("أطلق مسلح النار على السفير خلال افتتاح معرض فني في العاصمة، وقتلته الشرطة بعد الهجوم.")
    later = _summary(
        "وكان المسلح يرتدي بدلة رسمية سوداء ٬ وأطلق النار على السفير خلال افتتاح معرض فني في العاصمة ٬"
        " وقتلته الشرطة بعد الهجوم."
    )
    assert new_sentences(later, earlier) == [0]


def test_colour_is_blanked_with_the_text_length_kept() -> None:
    """The phrases are blanked behind a proclitic too and over "و" and another phrase's last word;
    the verb "اكتسح" (swept: a statement) stays, and so does a separator inside a number."""
    for text, gone in [
        ("حقق المنتخب تعادلا بطعم الفوز أمام ضيفه.", "بطعم الفوز"),
        ("وفاز المرشح باكتساح على منافسيه.", "باكتساح"),
        ("في مباراة شهدت أداء رجولي ومتميز للفريق.", "أداء رجولي ومتميز"),
    ]:
        plain = _uncoloured(text)
        assert len(plain) == len(text)
        assert plain == text.replace(gone, " " * len(gone))
    assert _uncoloured("واكتسح الحزب الانتخابات البلدية.") == "واكتسح الحزب الانتخابات البلدية."
    assert _uncoloured("زار المعرض 1٬500 شخص ٬ وغادروا.") == "زار المعرض 1٬500 شخص ، وغادروا."


def test_a_part_of_the_toll_in_the_dual_is_news() -> None:
    """ "12 were killed, two police among them" after "twelve were killed": the two police, a part of
    the toll told in the dual ("بينهم شرطيان"), are news; told so by both summaries, known."""
    earlier = _summary("قتل اثنا عشر شخصا في هجوم مسلح على مقر مجلة في وسط العاصمة صباح الأربعاء.")
    later = _summary("قتل 12 شخصا بينهم شرطيان في هجوم مسلح على مقر مجلة في وسط العاصمة.")
    assert new_sentences(later, earlier) == [0]
    again = _summary("وقتل اثنا عشر شخصا بينهم شرطيان في هجوم مسلح على مقر مجلة في العاصمة.")
    assert new_sentences(later, again) == []
