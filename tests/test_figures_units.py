"""Figures read with their unit and shown in it (docs/quality.md, "The twenty-second session: reading
fresh45-47 as a user"): a compound ordinal after a label, a distance stored in metres but shown in
its own unit, an area that is no distance, those aboard counted only before the number, the injured
shown as casualties, a count's noun as written. All texts are made up."""

from __future__ import annotations

from khulasa.extract.figures import figures_of


def only(text: str):
    found = figures_of(text)
    assert len(found) == 1, found
    return found[0]


def test_compound_ordinals_after_a_label() -> None:
    """ "للمرة الثانية عشرة" is the twelfth time, not the second; a minute in words likewise."""
    assert only("توج النادي باللقب للمرة الثانية عشرة في تاريخه").amount == 12
    assert only("توج النادي باللقب للمرة الحادية عشرة").amount == 11
    assert only("وسجل المهاجم في الدقيقة الخامسة والأربعين من المباراة").amount == 45
    assert only("وسجل المهاجم في الدقيقة الثالثة عشرة").amount == 13
    assert only("للمرة الثانية على التوالي").amount == 2  # no tens after it


def test_distances_are_shown_in_their_own_unit() -> None:
    """250 km is stored as 250000 metres but read "250 كيلومترًا", never "250000 كيلومتر"."""
    far = only("وتقع البلدة على بعد 250 كلم شرق العاصمة")
    assert far.amount == 250000
    assert far.arabic_label == "250 كيلومترًا"
    assert far.label == "250 kilometre"
    assert only("تبعد القرية نحو ألف كلم عن مركز الهزة").arabic_label == "1000 كيلومتر"


def test_an_area_is_no_distance() -> None:
    """ "كيلومترين مربعين" is an area: never set against "على بعد 250 كلم"."""
    area = only("ودمر الحريق كل شيء على مساحة كيلومترين مربعين")
    assert area.dimension == "area"
    assert only("على مساحة 300 متر مربع").dimension == "area"


def test_verbs_of_carrying_count_those_aboard_only_before_the_number() -> None:
    """ "كانت الحافلة تقل 40 شخصا" counts everyone aboard; in "أربع حالات تحمل الفيروس" the cases
    carry something and are no one aboard."""
    assert only("كانت الحافلة تقل 40 شخصا").unit == "aboard"
    cases = only("وسجلت الوزارة أربع حالات تحمل الفيروس الجديد")
    assert cases.unit == "person"
    assert "متن" not in cases.arabic_label


def test_the_injured_are_shown_as_casualties_that_fit_an_infection_too() -> None:
    """ "إصابة" is an injury and an infection: "5 مصابين" reads right for both."""
    assert only("وأسفر الحادث عن إصابة 40 شخصا").arabic_label == "40 مصابًا"


def test_a_count_shows_its_noun_as_written() -> None:
    """No normalized key ("عربه") in what a reader sees."""
    assert only("وكان القطار مؤلفا من 72 عربة محملة بالوقود").arabic_label == "72 عربة"
