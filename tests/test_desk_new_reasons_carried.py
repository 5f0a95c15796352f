"""Why a sentence is new on the desk (docs/quality.md "The twenty-fourth session: figures read once
more"): passengers a craft carried are no changed value of a count of persons the earlier version
gave. All texts are made up."""

from __future__ import annotations


def test_passengers_carried_are_no_changed_value_of_a_count_of_persons() -> None:
    from khulasa.desk.updates import what_is_new
    from tests.test_desk_new import _summary

    earlier = _summary("ولقي رجل أعمال وستة من أصدقائه حتفهم ضمن 10 أشخاص عندما تحطمت الطائرة الخاصة.")
    later = _summary("وكانت الطائرة تقل سبعة ركاب وطاقما مؤلفا من ثلاثة أشخاص.")
    assert [(kind, what) for _, kind, what in what_is_new(later, earlier).why] == [("figure", "سبعة ركاب")]
    # another count of the passengers carried is still a changed figure
    carried = _summary("وكانت الطائرة الخاصة تقل ستة ركاب عندما تحطمت.")
    assert [kind for _, kind, _ in what_is_new(later, carried).why] == ["changed"]
