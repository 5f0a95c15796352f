"""What is new for a reader of an earlier summary version, the forty-first pass (docs/desk.md): a
direction from a place told with fewer points than the earlier summary gave ("شرق" after "شمال
شرق") is no news, also where the earlier summary wrote the place in a spelling the claims reader
does not find (a capital without its hamza); a finer one, or another point, stays news."""

from __future__ import annotations

from khulasa.desk.updates import new_sentences
from tests.conftest import stored_summary as _summary

EARLIER = _summary(
    "اندلع حريق كبير صباح اليوم في غابة صنوبر تقع شمال شرق مدينة طرابلس، وأتى على مساحات واسعة منها.",
)


def test_a_coarser_direction_from_the_same_place_is_told() -> None:
    later = "اندلع حريق كبير صباح اليوم في غابة صنوبر تقع شرق مدينة طرابلس."
    assert new_sentences(_summary(later), EARLIER) == []


def test_a_finer_direction_is_news() -> None:
    earlier = _summary("اندلع حريق كبير صباح اليوم في غابة صنوبر تقع شرق مدينة طرابلس، وأتى على مساحات واسعة منها.")
    later = "اندلع حريق كبير صباح اليوم في غابة صنوبر تقع شمال شرق مدينة طرابلس."
    assert new_sentences(_summary(later), earlier) == [0]


def test_another_point_is_news() -> None:
    later = "اندلع حريق كبير صباح اليوم في غابة صنوبر تقع جنوب مدينة طرابلس."
    assert new_sentences(_summary(later), EARLIER) == [0]


def test_the_place_written_without_its_hamza_earlier() -> None:
    """The claims reader finds «أثينا» after «العاصمة» but not «اثينا» alone: the earlier text
    itself is read."""
    earlier = _summary("عثر رجال الإطفاء على جثث متفحمة لعشرة أشخاص في قرية ساحلية شمال شرق اثينا، صباح اليوم.")
    later = "عثر رجال الإطفاء على جثث متفحمة لعشرة أشخاص في قرية ساحلية شرق العاصمة أثينا."
    assert new_sentences(_summary(later), earlier) == []
