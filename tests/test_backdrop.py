"""Sentences that tell what came before or around the news (select.is_backdrop)."""

from __future__ import annotations

import pytest

from khulasa.config import Settings, SettingsError
from khulasa.summarizer.select import is_backdrop


@pytest.mark.parametrize(
    "text",
    [
        "ويأتي الحريق بعد أسبوع من انهيار جسر في المدينة نفسها.",
        "وجاء الإضراب قبل يومين من موعد الانتخابات البلدية.",
        "وكانت الشركة قد أعلنت خسائر كبيرة في العام الماضي.",
        "وكان الفريق قد فاز في مباراته الأولى على منافسه بهدفين.",
        "تأتي الزيارة عقب توتر طويل بين البلدين.",
    ],
)
def test_backdrop_openings(text: str) -> None:
    assert is_backdrop(text)


@pytest.mark.parametrize(
    "text",
    [
        # The news itself, opened by another verb.
        "ووقع الانفجار بعد ساعات من هجوم آخر في المدينة.",
        "أعلنت الوزارة أن الحريق أسفر عن مقتل عشرة أشخاص.",
        # "كان" without the pluperfect "قد" near it.
        "وكان الملعب ممتلئا بالجماهير طوال المباراة.",
        # The completing word too far from the opening.
        "وجاء إعلان الحكومة الجديدة في مؤتمر صحفي عقده الرئيس بعد الظهر.",
        "",
    ],
)
def test_not_backdrop(text: str) -> None:
    assert not is_backdrop(text)


def test_backdrop_weight_checked() -> None:
    assert Settings().backdrop_weight == 0.5
    with pytest.raises(SettingsError, match="backdrop_weight"):
        Settings(backdrop_weight=-1.0)


def test_backdrop_sentences_pay_per_word() -> None:
    from khulasa.summarizer.select import Candidate, _backdrop_paid
    from khulasa.types import Fact, Sentence

    news = "أعلنت الوزارة أن الحريق أسفر عن مقتل عشرة أشخاص"
    backdrop = "ويأتي الحريق بعد أسبوع من انهيار جسر في المدينة"
    cands = [
        Candidate(Fact(i, (Sentence("a", i, 0, len(text), text),)), 9, frozenset(), 1.0, 9)
        for i, text in enumerate((news, backdrop))
    ]
    assert _backdrop_paid(cands, [1.0, 1.0], 0.5) == [1.0, 1.0 - 4.5]
    # Off (up to longer_from words, or backdrop_weight 0): unchanged.
    assert _backdrop_paid(cands, [1.0, 1.0], 0.0) == [1.0, 1.0]
