"""The desk's figure timeline groups (docs/desk.md, pass 52 and its "what desklist24 fixed", pass 53):
one agreed count told in two wordings is one group, and a length written with «/الساعة» is a speed.
Made-up texts."""

from __future__ import annotations

from typing import Any

from khulasa.types import Document


def _group(subject: str, outlets: list[str], amount: float, normalized: str, dim: str = "people") -> dict[str, Any]:
    values = [
        {
            "outlet": o,
            "text": str(amount),
            "value": amount,
            "amount": amount,
            "normalized": normalized,
            "doc": o,
            "time": None,
        }
        for o in outlets
    ]
    return {
        "subject": subject,
        "dimension": dim,
        "agree": True,
        "trend": "steady",
        "outlets": len(outlets),
        "values": values,
    }


def test_one_agreed_count_in_two_wordings_is_one_timeline_group():
    from khulasa.desk.updates import _one_figure_once

    a = _group("مقتل 11 شخصا", ["أ", "ب", "ج"], 11, "11 killed")
    b = _group("حتفهم ضمن 11 شخصا", ["د", "أ"], 11, "11 killed")
    (one,) = _one_figure_once([a, b])
    assert one["subject"] == "مقتل 11 شخصا"
    assert sorted(v["outlet"] for v in one["values"]) == ["أ", "ب", "ج", "د"]  # أ's value once
    assert one["outlets"] == 4
    # Another reading of the same number (11 injured), a score or a weekday, or a group whose
    # outlets disagree, is left apart.
    hurt = _group("إصابة 11 آخرين", ["هـ", "و"], 11, "11 injured")
    assert len(_one_figure_once([_group("مقتل 11 شخصا", ["أ", "ب"], 11, "11 killed"), hurt])) == 2
    scores = [_group("1-0", ["أ", "ب"], 1, "1-0", "score"), _group("1-0", ["ج", "د"], 1, "1-0", "score")]
    assert len(_one_figure_once(scores)) == 2
    differ = _group("مقتل 11 شخصا", ["أ", "ب"], 11, "11 killed")
    differ["agree"] = False
    assert len(_one_figure_once([differ, _group("11 قتيلا", ["ج", "د"], 11, "11 killed")])) == 2


def test_a_speed_written_with_a_slash_is_a_speed_in_the_timeline():
    from khulasa.desk.updates import figure_timeline

    docs = [
        Document(
            "a",
            "ضربت العاصفة سلمى جزيرة النخيل مساء الجمعة. "
            "وتصاحب العاصفة رياح بسرعة 180 كلم/في الساعة بحسب مركز الأرصاد.",
            source="أ",
        ),
        Document(
            "b",
            "وصلت العاصفة سلمى إلى جزيرة النخيل. وقال مركز الأرصاد إن العاصفة تصاحبها رياح بسرعة 180 كلم/الساعة.",
            source="ب",
        ),
    ]
    (group,) = figure_timeline(docs, {"a": 1.0, "b": 2.0})
    assert group["dimension"] == "speed"
    assert group["subject"].startswith("السرعة: «")
    # A length with no "/الساعة" after it stays a distance.
    far = [
        Document("a", "وقع الزلزال على بعد 180 كلم من العاصمة بحسب مركز الرصد.", source="أ"),
        Document("b", "ضرب الزلزال منطقة تبعد 180 كلم عن العاصمة بحسب مركز الرصد.", source="ب"),
    ]
    assert [g["dimension"] for g in figure_timeline(far, {"a": 1.0, "b": 2.0})] == ["distance"]
