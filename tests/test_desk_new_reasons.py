"""Why a sentence is new (issue 22, docs/desk.md pass 52): a figure of another place than any
figure the earlier version gave is a figure never given («رقم لم يرد»), not one that changed."""

from __future__ import annotations


def test_a_figure_of_another_place_is_a_figure_never_given_not_one_that_changed():
    from khulasa.desk.updates import what_is_new
    from tests.test_desk_new import _summary

    earlier = _summary("وأجبر الإعصار 430 ألف شخص على النزوح من منازلهم في الفلبين.")
    later = _summary(
        "وأجلت السلطات 350 ألف شخص في مقاطعة جيلاي بعد وصول الإعصار.",
        "وأجبر الإعصار 450 ألف شخص على النزوح من منازلهم في الفلبين.",
    )
    changes = what_is_new(later, earlier)
    assert changes.new == [0, 1]
    kinds = {i: (kind, what) for i, kind, what in changes.why}
    assert kinds[0] == ("figure", "350 ألف شخص")  # another province's count: «رقم لم يرد»
    assert kinds[1] == ("changed", "450 ألف شخص")  # the same count, higher: «رقم تغيّر»


def test_a_figure_with_no_scope_of_its_own_may_be_another_value_of_a_scoped_one():
    from khulasa.desk.updates import what_is_new
    from tests.test_desk_new import _summary

    earlier = _summary("في تطورات جديدة بخصوص غرق العبارة، أعلن رئيس الوزراء الحداد بعد مصرع 71 شخصا.")
    later = _summary("وأعلن رئيس الوزراء الحداد بعد مصرع 100 شخص بينهم 56 امرأة وطفلا.")
    assert [(kind, what) for _, kind, what in what_is_new(later, earlier).why] == [("changed", "100 شخص")]


def test_another_goal_s_minute_is_a_figure_never_given():
    from khulasa.desk.updates import what_is_new
    from tests.test_desk_new import _summary

    earlier = _summary("وسجل فابيان رويز الهدف الثاني لباريس في الدقيقة 34 من المباراة.")
    later = _summary("وافتتح عثمان ديمبلي التسجيل لباريس في الدقيقة 22 من المباراة.")
    assert [(kind, what) for _, kind, what in what_is_new(later, earlier).why] == [("figure", "22")]
    same = _summary("وسجل فابيان رويز الهدف الثاني لباريس في الدقيقة 35 من المباراة.")
    assert [kind for _, kind, _ in what_is_new(same, earlier).why] in (["changed"], [])


def test_a_missed_penalty_a_minute_later_is_still_a_changed_figure():
    from khulasa.desk.updates import what_is_new
    from tests.test_desk_new import _summary

    earlier = _summary("وأهدر فرجاني ساسي ركلة جزاء في الدقيقة 74 بعد تصدي الحارس لها.")
    later = _summary("وعند الدقيقة 75 أهدر فرجاني ساسي ركلة جزاء للمنتخب التونسي.")
    assert [kind for _, kind, _ in what_is_new(later, earlier).why] == ["changed"]


def test_a_minute_is_no_other_value_of_the_fifteenth_time():
    from khulasa.desk.updates import what_is_new
    from tests.test_desk_new import _summary

    earlier = _summary("وتوج باريس سان جرمان بلقب كأس فرنسا للمرة الخامسة عشرة في تاريخه.")
    later = _summary("وسجل عثمان ديمبلي هدف باريس الأول في الدقيقة 22 من المباراة.")
    assert [(kind, what) for _, kind, what in what_is_new(later, earlier).why] == [("figure", "22")]
