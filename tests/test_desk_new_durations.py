"""What is new for a reader of an earlier summary version, the fifty-first pass (docs/desk.md): a
duration of a year or more after an offset word ("توصلنا لحل بعد عقدين ونصف", "بعد 30 عاما من
الخلاف") says how long something lasted, a figure the reader may not have, not when a thing
happened as "وبعدها بست دقائق" does.

Made-up sentences."""

from __future__ import annotations

import pytest

from khulasa.desk.updates import _offsets, new_sentences, what_is_new
from tests.conftest import stored_summary

EARLIER = stored_summary(
    "بعد خلافات استمرت عقودا بين البلدين، توصلت الدولتان إلى اتفاق تاريخي بشأن الحدود المشتركة.",
    "وأوضح رئيس الوزراء سامر العلي أن الاتفاق سيعرض على البرلمان للمصادقة عليه.",
)


@pytest.mark.parametrize(
    "later",
    [
        'وقال العلي للصحافيين في العاصمة "توصلنا لحل تاريخي بعد عقدين ونصف بشأن الحدود المشتركة".',
        'وقال العلي للصحافيين في العاصمة "توصلنا لحل تاريخي بعد 30 عاما بشأن الحدود المشتركة".',
    ],
)
def test_a_long_duration_after_an_offset_word_is_a_figure_not_a_time(later: str) -> None:
    """How long the dispute lasted, which the earlier summary told only as "decades": news, its
    reason the figure. Before the fifty-first pass the duration was blanked as an offset in time,
    and the sentence, its other words the earlier summary's, was known."""
    changes = what_is_new(stored_summary(later), EARLIER)
    assert changes.new == [0]
    assert changes.why[0][1] == "figure"


def test_a_short_duration_after_an_offset_word_is_still_a_time() -> None:
    """Minutes, hours and days after «بعد» or «قبل» still say when ("وبعدها بست دقائق", "قبل
    ساعتين"), as the offset words' list says: blanked, no figure to give."""
    assert _offsets("وبعدها بست دقائق أضاف المهاجم الهدف الثاني.")
    assert _offsets("وقع الانفجار قبل ساعتين من وصول الوفد.")
    assert _offsets("وعاد الوفد بعد ثلاثة أيام من المحادثات.")
    assert not _offsets("توصلنا لحل تاريخي بعد عقدين ونصف.")
    assert not _offsets("وعاد الوفد بعد 30 عاما من الغياب.")
    told = 'وقال العلي للصحافيين في العاصمة "توصلنا لحل تاريخي بعد ساعتين بشأن الحدود المشتركة".'
    assert new_sentences(stored_summary(told), EARLIER) == []
