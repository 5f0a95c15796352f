"""What is new for a reader of an earlier summary version, the forty-first pass (docs/desk.md): a
number of three digits or more that the figure reader took as a count of a word it does not know
("من أصل 193 لصالح …": «لصالح» as the counted noun) is given when version V wrote the same number as
a figure anywhere, one of the two a plain count ("193 عضوا"), not only in a sentence about the same
thing; a smaller number, or another kind of quantity, stays news."""

from __future__ import annotations

import pytest

from khulasa.desk import updates
from khulasa.desk.updates import new_sentences
from khulasa.extract.claims import claims_of
from tests.conftest import stored_summary as _summary

EARLIER = _summary(
    "صوتت الجمعية العامة أمس على منح الإقليم صفة مراقب بأغلبية 120 دولة.",
    "وألقى الرئيس خطابا مؤثرا أمام المنظمة المؤلفة من 193 عضوا.",
)
LATER = "وصوتت الجمعية العامة بأغلبية 120 دولة من أصل 193 لصالح منح الإقليم صفة مراقب."


def test_the_reader_takes_a_word_for_the_counted_noun() -> None:
    assert (193.0, "لصالح") in {(f.amount, f.unit) for f in claims_of(LATER).figures}


def test_a_large_number_version_v_wrote_elsewhere_is_given() -> None:
    assert new_sentences(_summary(LATER), EARLIER) == []


def test_without_the_rule_it_was_news(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(updates, "RESPELLED_ANYWHERE", float("inf"))
    assert new_sentences(_summary(LATER), EARLIER) == [0]


def test_a_small_number_written_elsewhere_stays_news() -> None:
    earlier = _summary(
        "صوتت الجمعية العامة أمس على منح الإقليم صفة مراقب بأغلبية 12 دولة.",
        "وألقى الرئيس خطابا مؤثرا أمام المنظمة المؤلفة من 19 عضوا.",
    )
    later = "وصوتت الجمعية العامة بأغلبية 12 دولة من أصل 19 لصالح منح الإقليم صفة مراقب."
    assert new_sentences(_summary(later), earlier) == [0]
