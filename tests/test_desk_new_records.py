"""What is new for a reader of an earlier summary version, the forty-fourth pass (docs/desk.md):
a later clause that tells a record ("أول فريق ..."), when the earlier summary told none, makes
the sentence news, not an added detail."""

from __future__ import annotations

from khulasa.desk.updates import what_is_new
from tests.conftest import stored_summary as _summary

EARLIER = _summary(
    "فاز فريق المدينة على فريق الساحل بهدفين دون رد في ربع نهائي البطولة القارية مساء السبت.",
    "ويلتقي فريق المدينة في نصف النهائي الفائز من مباراة الجبل والوادي.",
)
LATER = (
    "تأهل فريق المدينة إلى نصف نهائي البطولة القارية بعد فوزه على فريق الساحل بهدفين دون رد، "
    "ليصبح بذلك أول فريق من الجنوب يبلغ هذا الدور."
)


def test_a_record_the_earlier_summary_did_not_tell_is_news() -> None:
    """The result is known; that the winner is the first of its region to get so far is news."""
    changes = what_is_new(_summary(LATER), EARLIER)
    assert changes.new == [0]
    assert changes.details == []


def test_a_record_told_in_other_words_is_a_detail_at_most() -> None:
    """When the earlier summary told a record ("للمرة الأولى في تاريخه"), the clause is no news."""
    earlier = _summary(
        "فاز فريق المدينة على فريق الساحل بهدفين دون رد في ربع نهائي البطولة القارية مساء السبت.",
        "ويبلغ فريق المدينة نصف النهائي للمرة الأولى في تاريخ الجنوب.",
    )
    assert what_is_new(_summary(LATER), earlier).new == []


def test_more_than_and_a_first_since_are_no_record() -> None:
    """ "أكثر من" compares, and a first told against a time before ("منذ") is colour."""
    for tail in ("وسط حضور أكثر من ثلاثين ألف متفرج.", "في أول فوز كبير له منذ بطولة العام الماضي."):
        later = "فاز فريق المدينة على فريق الساحل بهدفين دون رد في ربع نهائي البطولة القارية مساء السبت، " + tail
        assert what_is_new(_summary(later), EARLIER).new == []
