"""What is new for a reader of an earlier summary version (docs/quality.md, "The twenty-second
session: where names end"): a person the story names in full after a title somewhere is a person a
sentence names wherever it writes the whole name, also before a title ("وانتقل سامي كرمان رئيس
جزر الواحة"), where the name reader, reading after titles, reads no one."""

from __future__ import annotations

from khulasa.desk.updates import _Known
from khulasa.extract.claims import claims_of
from khulasa.types import Document
from tests.conftest import stored_summary as _summary

STORY = [
    Document("a", "وصل الرئيس سامي كرمان إلى المدينة صباح اليوم. وقال الرئيس سامي كرمان إن القمة مهمة."),
    Document("b", "وشارك الرئيس سامي كرمان في القمة التي عقدت في المدينة. واختتمت القمة أعمالها مساء."),
    Document("c", "اختتمت القمة أعمالها في المدينة بحضور القادة. وانتقل سامي كرمان رئيس جزر الواحة إلى القاعة."),
]
EARLIER = _summary("اختتمت القمة أعمالها في المدينة بحضور القادة.")
LATER = "وانتقل سامي كرمان رئيس جزر الواحة إلى القاعة."


def test_a_person_the_story_names_in_full_is_a_person_before_his_title() -> None:
    known = _Known(EARLIER["sentences"], [], STORY)
    assert ("سامي", "كرمان") in known.people
    assert "كرمان" in known._people_not_named(claims_of(LATER), LATER)


def test_a_person_the_earlier_summary_named_is_not_news() -> None:
    earlier = _summary("اختتمت القمة أعمالها في المدينة بحضور الرئيس كرمان.")
    known = _Known(earlier["sentences"], [], STORY)
    assert "كرمان" not in known._people_not_named(claims_of(LATER), LATER)
