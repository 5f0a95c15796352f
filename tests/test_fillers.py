"""Sentences that state no key fact: courtesy sentences (select.is_courtesy) and the budget a
sentence told again frees, spent by solving rather than greedily (select.refill)."""

from __future__ import annotations

import pytest

from khulasa.config import Settings, SettingsError
from khulasa.summarizer.select import Candidate, _courtesy_paid, fill_remaining, is_courtesy, refill, solve_ilp
from khulasa.types import Fact, Sentence


@pytest.mark.parametrize(
    "text",
    [
        "وقدم الوزير تعازيه لأسر الضحايا وتمنى الشفاء العاجل للمصابين.",
        "وهنأ المرشح الفائز أنصاره في كل المحافظات.",
        "وهنّأ رئيس البرلمان الشعب على نجاح الاقتراع.",
        "وأصدرت السفارة بيانا قدمت فيه التعازي لعائلات الضحايا.",
        "وبعث الملك برقية تهنئة إلى نظيره بمناسبة فوزه.",
        "وتمنى المحافظ الشفاء العاجل للجرحى.",
    ],
)
def test_courtesy_sentences(text: str) -> None:
    assert is_courtesy(text)


@pytest.mark.parametrize(
    "text",
    [
        # "هنا" (here) is not "هنأ" (congratulated).
        "هنا وقع الانفجار الذي هز المدينة.",
        # A number: the sentence states a fact beside its condolences.
        "وقتل 12 شخصا في الحادث وقدم الوزير تعازيه لأسرهم.",
        # "تعزيز" (strengthening) is no condolence.
        "واتفق البلدان على تعزيز التعاون في مجال الطاقة.",
        "نقل الجرحى إلى مستشفى الشفاء في المدينة.",
        "",
    ],
)
def test_not_courtesy(text: str) -> None:
    assert not is_courtesy(text)


def test_courtesy_weight_checked() -> None:
    assert Settings().courtesy_weight == 0.5
    with pytest.raises(SettingsError, match="courtesy_weight"):
        Settings(courtesy_weight=-1.0)


def _cand(i: int, text: str, concepts: set[str], cost: int) -> Candidate:
    return Candidate(Fact(i, (Sentence("a", i, 0, len(text), text),)), cost, frozenset(concepts), 1.0, cost)


def test_courtesy_sentences_pay_per_word() -> None:
    cands = [
        _cand(0, "أعلنت الوزارة أن الحريق أسفر عن مقتل عشرة أشخاص", set(), 9),
        _cand(1, "وقدم الوزير تعازيه لأسر الضحايا في المدينة", set(), 8),
    ]
    assert _courtesy_paid(cands, [1.0, 1.0], 0.5) == [1.0, 1.0 - 4.0]
    assert _courtesy_paid(cands, [1.0, 1.0], 0.0) == [1.0, 1.0]


def test_refill_solves_the_freed_budget() -> None:
    # Kept: candidate 0 (10 of 30 words); 20 words left. The greedy fill takes the one candidate of
    # highest gain (2, 20 words, worth 5); two shorter ones (3 and 4, 10 words each, 4 each) are
    # worth 8 together.
    cands = [
        _cand(0, "كلمة", {"a"}, 10),
        _cand(1, "كلمة", {"a", "b"}, 10),
        _cand(2, "كلمة", {"c"}, 20),
        _cand(3, "كلمة", {"d"}, 10),
        _cand(4, "كلمة", {"e"}, 10),
    ]
    weights = {"a": 10.0, "b": 1.0, "c": 5.0, "d": 4.0, "e": 4.0}
    bonus = [0.0] * 5
    assert fill_remaining(cands, [0], weights, 30, bonus, []) == [0, 2]
    assert sorted(refill(cands, [0], weights, 30, bonus, [], solver=solve_ilp)) == [0, 3, 4]
    # Without a solver, the greedy fill as before.
    assert refill(cands, [0], weights, 30, bonus, []) == [0, 2]
    # A candidate barred with a kept one, or requiring one not taken, is not among those solved for.
    assert sorted(refill(cands, [0], weights, 30, bonus, [(0, 3)], solver=solve_ilp)) == [0, 2]
    assert sorted(refill(cands, [0], weights, 30, bonus, [], {4: 1}, solver=solve_ilp)) == [0, 2]
