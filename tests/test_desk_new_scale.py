"""What is new for a reader of an earlier summary version, the fortieth pass (docs/desk.md): a count
written to a scale word ("757 ألف صوت") that the earlier summary's finer value of it ("757 ألفا
و511 صوتا") rounds or cuts to is that value told again, as a share with fewer decimals is."""

from __future__ import annotations

from khulasa.desk.updates import new_sentences
from tests.conftest import stored_summary as _summary

EARLIER = _summary(
    "وأعلنت اللجنة أن مرشح الحزب الأخضر حصل على 412 ألفا و736 صوتا بنسبة 4.2 في المائة من الأصوات الصحيحة."
)


def test_a_count_written_to_the_thousand_is_the_finer_count_told_again() -> None:
    for rounded in ("412 ألف صوت", "413 ألف صوت"):
        later = f"وحصل مرشح الحزب الأخضر على {rounded} بنسبة 4.2 في المائة من الأصوات الصحيحة."
        assert new_sentences(_summary(later), EARLIER) == [], rounded


def test_another_count_or_a_finer_one_stays_news() -> None:
    """A count the finer one neither rounds nor cuts to is another count; a finer count after a
    rounder one tells the reader more than he knew."""
    other = "وحصل مرشح الحزب الأخضر على 415 ألف صوت بنسبة 4.2 في المائة من الأصوات الصحيحة."
    assert new_sentences(_summary(other), EARLIER) == [0]
    rounder = _summary("وأعلنت اللجنة أن مرشح الحزب الأخضر حصل على 412 ألف صوت بنسبة 4.2 في المائة.")
    finer = "وحصل مرشح الحزب الأخضر على 412 ألفا و736 صوتا بنسبة 4.2 في المائة من الأصوات الصحيحة."
    assert new_sentences(_summary(finer), rounder) == [0]
