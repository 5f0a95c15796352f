"""The figure reader's counts of a toll (docs/desk.md, "The figures deskaudit23 left (helper
figures23)"): "آخرين" after going missing are the missing, after wounding the injured, lives lost
after the noun the dead; a named body whose name holds a number gives no figure; a part of the dead
told with "من الضحايا" is a part of the toll. All texts are made up."""

from __future__ import annotations

from khulasa.extract.figures import figures_of, mention
from khulasa.text.normalize import Analyzer


def _marks(text: str) -> list[tuple[str, str, str]]:
    analyzer = Analyzer(stem=True)
    return [(f.text, f.unit, mention(f, text, 0, analyzer).scope) for f in figures_of(text)]


def test_others_after_going_missing_are_the_missing() -> None:
    text = "وأعلنت السلطات مقتل 31 شخصا وفقدان 14 آخرين بعد الفيضانات."
    assert [(t, u) for t, u, _ in _marks(text)] == [("31 شخصا", "killed"), ("14 آخرين", "missing")]
    assert [u for _, u, _ in _marks("لقي 9 أشخاص حتفهم وفقد 5 آخرون في البحر.")] == ["killed", "missing"]


def test_others_after_wounding_stay_the_injured() -> None:
    text = "أسفر الانفجار عن مقتل 12 شخصا وإصابة نحو 57 آخرين."
    assert [u for _, u, _ in _marks(text)] == ["killed", "injured"]


def test_a_cue_of_the_dead_nearer_than_fqd_still_wins() -> None:
    # "فقد" is also "ف" + "قد": the nearest cue names the role.
    assert [u for _, u, _ in _marks("فقد قتل 18 شخصا في الهجوم.")] == ["killed"]


def test_a_number_in_a_named_bodys_name_is_no_figure() -> None:
    assert figures_of("وقالت حركة خمس نجوم إنها لن تصوت على الثقة.") == ()
    assert [t for t, _, _ in _marks("وانسحب نواب حركة خمس نجوم وعددهم 62 نائبا.")] == ["62 نائبا"]
    assert figures_of("ورفض نواب حركة «خمس نجوم» المشاركة، وقال حزب “الخمس نجوم” إنه سيقاطع.") == ()
    # Five stars with no such name before them stay a count.
    assert [t for t, _, _ in _marks("حصل المطعم على خمس نجوم.")] == ["خمس نجوم"]


def test_some_of_the_dead_are_a_part_of_the_toll() -> None:
    text = "وكان 14 من الضحايا من الأجانب."
    assert _marks(text) == [("14 من الضحايا", "killed", "part")]
    assert [s for _, _, s in _marks("ارتفعت حصيلة القتلى إلى 39 قتيلا.")] == [""]


def test_lives_lost_after_the_noun_are_the_dead() -> None:
    assert [u for _, u, _ in _marks("فقد 50 شخصا حياتهم في الفيضانات.")] == ["killed"]
    assert [u for _, u, _ in _marks("أدى الإعصار إلى فقدان 8 أشخاص حياتهم وفقدان 3 آخرين.")] == ["killed", "missing"]
