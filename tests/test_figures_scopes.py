"""Figures' scopes and readings in the ⚠ notes and compare's figure groups (docs/quality.md "The
twenty-fourth session: figures read once more"): a part counted at one spot or at once (the dead at
the scene and in hospital, the badly hurt), the members a body comprises, thousands set apart by an
Arabic comma. All texts are made up."""

from __future__ import annotations

from khulasa.analysis.compare import compare
from khulasa.extract.claims import _span_disputes
from khulasa.extract.figures import figure_scopes, figures_of, mention
from khulasa.text.normalize import Analyzer
from khulasa.types import Document, Span


def _scopes(text: str) -> list[tuple[str, str]]:
    analyzer = Analyzer(stem=True)
    return [(f.text, mention(f, text, 0, analyzer).scope) for f in figures_of(text)]


def _notes(ours: str, theirs: str) -> list[str]:
    """The values of ``theirs`` a note on the summary sentence ``ours`` would set against it."""
    return [d.text for d in _span_disputes(ours, Span("b", 0, len(theirs)), theirs, False)]


# --- 1. a part counted at one spot or at once ------------------------------------------------------


def test_the_dead_at_the_scene_and_in_hospital_are_parts_of_the_toll() -> None:
    text = "وقال المتحدث: قتل 27 شخصا في المكان وتوفي ستة آخرون في مستشفيين في المدينة."
    assert _scopes(text) == [("27 شخصا", "scene"), ("ستة آخرون", "hospital")]
    assert _scopes("ولقي 27 شخصا حتفهم في موقع الحادث، فيما توفي آخرون لاحقا.")[0] == ("27 شخصا", "scene")
    assert _scopes("وقتل 12 شخصا على الفور بعد انقلاب الحافلة.") == [("12 شخصا", "scene")]
    # the spot is that count's own: no place for the clause's other counts ("مستشفيين" is none)
    assert not any(scope.startswith("place:") for _, scope in figure_scopes(text))
    # a count of a place is still that place's
    assert _scopes("وقتل 9 أشخاص وأصيب 20 آخرون في بلدة سيرانو.") == [
        ("9 أشخاص", "place:سيرانو"),
        ("20 آخرون", "place:سيرانو"),
    ]


def test_a_count_at_the_scene_is_set_against_another_count_at_the_scene_only() -> None:
    ours = "وقال المتحدث: قتل 27 شخصا في المكان وتوفي ستة آخرون في مستشفيين في المدينة."
    assert _notes(ours, "وأعلنت الشرطة مقتل 33 شخصا في تحطم الطائرة.") == []
    assert _notes(ours, "وقال المتحدث إنه قتل 30 شخصا في المكان وتوفي ستة آخرون في المستشفى.") == ["30 شخصا"]


def test_compare_keeps_the_dead_at_the_scene_apart_from_the_whole_toll() -> None:
    docs = [
        Document("a", "وقالت الشرطة إن 33 شخصا قتلوا في تحطم الطائرة قرب المطار.", source="منبر 1"),
        Document("b", "وقال متحدث باسم الشرطة إن 33 شخصا قتلوا في تحطم الطائرة قرب المطار.", source="منبر 2"),
        Document(
            "c",
            "وقال متحدث باسم الشرطة إن تحطم الطائرة قرب المطار قتل 27 شخصا في المكان وتوفي ستة آخرون في مستشفيين.",
            source="منبر 3",
        ),
    ]
    groups = [[v.text for v in g.values] for g in compare(docs).figures if g.dimension == "people"]
    assert groups and all("27 شخصا" not in g and "ستة آخرون" not in g for g in groups), groups


def test_the_badly_hurt_are_a_part_of_the_injured() -> None:
    ours = "وارتفع عدد القتلى إلى 30، مع إصابة 70 شخصا آخرين بجروح خطيرة، وفق السلطات."
    assert ("70 شخصا", "serious") in _scopes(ours)
    assert _notes(ours, "وقتل 30 شخصا وأصيب 410 آخرون في الانفجار.") == []
    assert _notes(ours, "وأصيب 85 شخصا بجروح خطيرة في الانفجار.") == ["85 شخصا"]
    # another clause's wounds are not this count's
    assert _scopes("وفي السيارة الأخرى، توفي ثلاثة ركاب وأصيب رجل بجروح خطيرة.")[0][1] != "serious"


def test_the_injured_in_hospitals_stay_the_injured() -> None:
    # "hospital" scopes the dead only: those taken to hospitals are the injured
    assert _scopes("وتم نقل 300 شخص في المستشفيات لتلقي العلاج.")[0][1] == ""


# --- 3. the members a body comprises ----------------------------------------------------------------


def test_the_members_a_body_comprises_are_no_count_a_summit_names() -> None:
    ours = "وسينضم الاتحاد، الذي يضم 41 دولة عضو، إلى المجموعة بصفة دائمة."
    assert _scopes(ours) == [("41 دولة", "total")]
    assert _notes(ours, "وبدأ زعماء أكبر 15 دولة في العالم قمتهم السنوية اليوم.") == []


# --- 3. thousands set apart by an Arabic comma ------------------------------------------------------


def test_thousands_set_apart_by_an_arabic_comma_are_one_number() -> None:
    assert [(f.text, f.amount) for f in figures_of("ويغطي المبنى مساحة تبلغ 48،000 متر مربع في المدينة.")] == [
        ("48،000 متر مربع", 48000.0)
    ]
    ours = "وتبلغ مساحة المبنى 48 ألف متر مربع بحسب السلطات."
    assert _notes(ours, "ويغطي المبنى مساحة تبلغ 48،000 متر مربع في المدينة.") == []
    # a comma that lists numbers, or a decimal before a percent, is read as before
    assert [f.amount for f in figures_of("وسجل اللاعب في الدقائق 12،57،88 من المباراة.")] == [12.0, 57.0, 88.0]
    assert [f.amount for f in figures_of("وبلغت نسبة المشاركة 48،5 بالمائة.")] == [48.5]
