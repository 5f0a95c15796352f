"""Sentences telling an aside beside the news (select.aside_kind, Settings.aside_weight): a count
its outlet calls outdated, a guess, what an outlet was told, a general welcome. Made-up sentences."""

from __future__ import annotations

import pytest

from khulasa.config import Settings, SettingsError
from khulasa.summarizer.select import ASIDE_EVERY_BUDGET, Candidate, _aside_paid, aside_kind, aside_kinds
from khulasa.types import Fact, Sentence


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وبلغت الحصيلة السابقة للقتلى في الفيضانات 40 شخصا.", "superseded"),
        ("وكانت حصيلة سابقة أفادت بمقتل 20 شخصا على الأقل.", "superseded"),
        ("ربما وقع خلل في نظام الإشارات قبل الاصطدام.", "hedge"),
        ("ولم يتضمن البيان مزيدا من المعلومات عن حالة المصابين.", "meta"),
        ("وقالت الهيئة إن الأرقام تستند إلى المعلومات التي جمعتها فرق الإسعاف.", "meta"),
        ("ونشرت الوكالة تنبيها حول تفاصيل العاصفة.", "meta"),
        ("وحظي الإعلان بترحيب إقليمي ودولي واسع.", "reaction"),
        ("وأشار المسؤول إلى صعوبات تواجه فرق الإغاثة في القرى الجبلية.", "difficulty"),
        ("وقال الوزير إن الطقس جعل من العسير على الفرق الوصول إلى الموقع.", "difficulty"),
        ("وتصاعد الدخان من المبنى المحترق طوال ساعات.", "scene"),
    ],
)
def test_asides(text: str, kind: str) -> None:
    assert aside_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        # The count that replaced the outdated one is the news.
        "وارتفعت حصيلة القتلى إلى 60 شخصا بحسب الحصيلة الجديدة.",
        # "السابق" describing a person is no outdated count.
        "وقال الرئيس السابق إن الحكومة فشلت في إدارة الأزمة.",
        # A welcome by a named party may be a fact of the story: only the phrase is read.
        "ورحب الأمين العام للأمم المتحدة بالاتفاق بين البلدين.",
        "وأعلنت الوزارة تفاصيل الخطة الجديدة للنقل.",
        # "عسير" alone is a Saudi province, not "hard".
        "وانقلبت الحافلة في منطقة عسير جنوب المملكة.",
        "",
    ],
)
def test_not_asides(text: str) -> None:
    assert aside_kind(text) is None


def test_aside_weight_checked() -> None:
    assert Settings().aside_weight == 0.5
    with pytest.raises(SettingsError, match="aside_weight"):
        Settings(aside_weight=-1.0)


def test_the_desk_keeps_asides_unpaid() -> None:
    from khulasa.desk.desk import DESK_SUMMARY_SETTINGS

    assert DESK_SUMMARY_SETTINGS.aside_weight == 0


def _cand(i: int, text: str, cost: int) -> Candidate:
    return Candidate(Fact(i, (Sentence("a", i, 0, len(text), text),)), cost, frozenset(), 1.0, cost)


def test_asides_pay_per_word_and_only_outdated_counts_past_longer_from() -> None:
    cands = [
        _cand(0, "أعلنت الوزارة أن الحريق أسفر عن مقتل عشرة أشخاص", 9),
        _cand(1, "وكانت حصيلة سابقة أفادت بمقتل ستة أشخاص", 7),
        _cand(2, "ربما اندلع الحريق بسبب ماس كهربائي", 6),
    ]
    assert _aside_paid(cands, [1.0, 1.0, 1.0], 0.5, None) == [1.0, 1.0 - 3.5, 1.0 - 3.0]
    assert _aside_paid(cands, [1.0, 1.0, 1.0], 0.5, ASIDE_EVERY_BUDGET) == [1.0, 1.0 - 3.5, 1.0]
    assert _aside_paid(cands, [1.0, 1.0, 1.0], 0.0, None) == [1.0, 1.0, 1.0]


def test_an_outdated_count_behind_a_guess_is_read_past_longer_from() -> None:
    text = "ربما يرتفع العدد، وكانت حصيلة سابقة أفادت بمقتل ستة أشخاص"
    assert aside_kinds(text) == {"hedge", "superseded"}
    cands = [_cand(0, text, 9)]
    assert _aside_paid(cands, [1.0], 0.5, ASIDE_EVERY_BUDGET) == [1.0 - 4.5]
