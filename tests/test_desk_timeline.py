"""The desk's figure timeline: a trend ("rising", "revised") only between values given at two
different times; values that differ but came in at one time are outlets disagreeing."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from khulasa.cli import app
from khulasa.desk.desk import Desk
from khulasa.desk.updates import trend
from khulasa.types import Document

EARLY, LATE = "2026-05-10T06:00:00Z", "2026-05-10T09:00:00Z"


def _values(*pairs: tuple[float, str | None]) -> list[dict[str, object]]:
    return [{"value": v, "amount": v, "time": t} for v, t in pairs]


def test_a_rise_needs_two_times():
    # At one time, a higher value from another outlet is no rise, whatever order the outlets come in.
    assert trend(_values((7, EARLY), (7.5, EARLY)), agree=False, dimension="count") == "differ"
    assert trend(_values((7.5, EARLY), (7, EARLY)), agree=False, dimension="count") == "differ"
    # Nor are values with no time, nor one with a time beside those without.
    assert trend(_values((12, None), (30, None)), agree=False) == "differ"
    assert trend(_values((12, None), (30, LATE)), agree=False) == "differ"
    # Two times: the later value higher is a rise, lower a revision.
    assert trend(_values((12, EARLY), (30, LATE)), agree=False) == "rising"
    assert trend(_values((30, EARLY), (12, LATE)), agree=False) == "revised"
    # Outlets that differ at one time and a later value above them all: the toll still rose.
    assert trend(_values((12, EARLY), (14, EARLY), (30, LATE)), agree=False) == "rising"
    # ... and one below any earlier value: revised.
    assert trend(_values((12, EARLY), (14, EARLY), (13, LATE)), agree=False) == "revised"
    # Outlets that differ at one time, a later one repeating the highest of them: nothing rose.
    assert trend(_values((12, EARLY), (14, EARLY), (14, LATE), (14, LATE)), agree=False) == "differ"
    # A value above all those before, given later beside a repeat: a rise.
    assert trend(_values((12, EARLY), (12, LATE), (14, LATE)), agree=False) == "rising"
    # Figures that do not move over a day differ at any times; agreeing values are steady.
    assert trend(_values((210, EARLY), (240, LATE)), agree=False, dimension="duration") == "differ"
    assert trend(_values((12, EARLY), (12, LATE)), agree=True) == "steady"


# Two outlets on one quake, one giving its magnitude as 7, the other as 7.5.
_QUAKE = (
    (
        "زلزال يضرب جزيرة الصخور",
        "ضرب زلزال بقوة 7 درجات على مقياس ريختر جزيرة الصخور فجر اليوم، وقالت هيئة الأرصاد إن مركزه يقع في"
        " البحر قرب الساحل الشمالي. وأعلن الدفاع المدني إجلاء السكان من القرى الساحلية.",
        "صحيفة المرفأ",
    ),
    (
        "زلزال قوي في جزيرة الصخور",
        "ضرب زلزال بقوة 7.5 درجات على مقياس ريختر جزيرة الصخور فجر اليوم، وقالت هيئة الأرصاد إن مركزه يقع"
        " في البحر قرب الساحل الشمالي. وطلب الدفاع المدني من السكان الابتعاد عن الشواطئ.",
        "إذاعة الساحل",
    ),
)


def _quake(published: tuple[str | None, str | None]) -> list[Document]:
    return [
        Document(id=f"quake-{k}", text=f"{title}\n\n{text}", title=title, source=source, published=when)
        for k, ((title, text, source), when) in enumerate(zip(_QUAKE, published, strict=True))
    ]


def _magnitude(tmp_path: Path, published: tuple[str | None, str | None]) -> tuple[dict[str, object], str]:
    db = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    with Desk(db, clock=lambda: 1_778_500_000.0) as desk:  # 2026-05-11, after both times
        desk.ingest(_quake(published))
        (story,) = desk.stories()
    (group,) = [g for g in story.figures if "7.5" in json.dumps(g["values"])]
    shown = CliRunner().invoke(app, ["desk", "story", story.id, "--db", db])
    assert shown.exit_code == 0, shown.output
    return group, shown.stdout


def test_an_undated_feed_taken_in_at_once_shows_outlets_that_differ_not_a_rise(tmp_path: Path):
    group, shown = _magnitude(tmp_path, (None, None))
    assert len({v["time"] for v in group["values"]}) == 1  # both at their arrival, the same second
    assert (group["agree"], group["trend"]) == (False, "differ")
    line = next(line for line in shown.splitlines() if line.startswith("- ") and "7.5 درجات" in line)
    assert "⚠ تختلف المصادر" in line and "ارتفع مع الوقت" not in line and "عُدّل" not in line


def test_the_same_values_hours_apart_rose(tmp_path: Path):
    group, shown = _magnitude(tmp_path, (EARLY, LATE))
    assert (group["agree"], group["trend"]) == (False, "rising")
    line = next(line for line in shown.splitlines() if line.startswith("- ") and "7.5 درجات" in line)
    assert "⚠ تختلف المصادر (ارتفع مع الوقت)" in line


# A crash told by three outlets: two count the passengers, two everyone the plane carried ("تقل 72
# شخصا": passengers and crew), as the busy-day nepal-yeti pages do.
_CRASH = (
    (
        "تحطم طائرة ركاب قرب مطار الوادي",
        "تحطمت طائرة ركاب قرب مطار الوادي صباح اليوم، وقالت شركة الطيران إن الطائرة كانت تقل 68 راكبا"
        " وأربعة من أفراد الطاقم. وهرعت فرق الإنقاذ إلى موقع التحطم.",
        "صحيفة الوادي",
        "2026-03-02T08:00:00Z",
    ),
    (
        "فرق الإنقاذ في موقع تحطم طائرة الوادي",
        "قال متحدث باسم شركة الطيران إن الطائرة المنكوبة كانت تقل 72 شخصا من بينهم 4 من أفراد الطاقم،"
        " وإن فرق الإنقاذ وصلت إلى موقع التحطم قرب مطار الوادي.",
        "إذاعة السهل",
        "2026-03-02T10:00:00Z",
    ),
    (
        "طائرة الوادي: الشركة تنشر قائمة الركاب",
        "نشرت شركة الطيران قائمة الركاب الـ68 الذين كانت تقلهم الطائرة التي تحطمت قرب مطار الوادي،"
        " وقالت إن الطائرة كانت تقل 68 راكبا، فيما أعلنت أن طائرة تقل 72 شخصا تحطمت صباح اليوم.",
        "وكالة الشمال",
        "2026-03-02T12:00:00Z",
    ),
)


def test_everyone_the_plane_carried_is_not_grouped_with_its_passengers(tmp_path: Path):
    """Before: "كانت تقل 72 شخصا" (the passengers and the crew) was a plain count of people, listed
    with "68 راكبا" as one figure that outlets gave differently and that was «عُدّل»."""
    docs = [
        Document(id=f"crash-{k}", text=f"{title}\n\n{text}", title=title, source=source, published=when)
        for k, (title, text, source, when) in enumerate(_CRASH)
    ]
    with Desk(f"sqlite:///{tmp_path / 'desk.sqlite'}", clock=lambda: 1_778_500_000.0) as desk:
        desk.ingest(docs)
        (story,) = desk.stories()
    groups = [{v["text"] for v in g["values"]} for g in story.figures]
    passengers = next(g for g in story.figures if any("راكبا" in v["text"] for v in g["values"]))
    assert {v["normalized"].split()[-1] for v in passengers["values"]} == {"passenger"}, groups
    assert passengers["agree"] and passengers["trend"] == "steady"
    for group in story.figures:  # 72 with 68 in no group, whatever it counts
        assert not ({"72 شخصا", "68 راكبا"} <= {v["text"] for v in group["values"]}), groups


# A toll that rose during the day: the later outlet leads with the new toll in a sentence of its own
# and gives the earlier one further down, as busy-day nepal-yeti's almashhad page does.
_TOLL = (
    (
        "أعلن مسؤول بسلطة الطيران المدني أن 40 شخصا على الأقل لقوا حتفهم يوم الأحد عندما تحطمت طائرة"
        " ركاب في مدينة الوادي. وقال إن عناصر الإنقاذ يتوقعون العثور على مزيد من الجثث.",
        "صحيفة الوادي",
        "2026-03-02T08:00:00Z",
    ),
    (
        "ارتفعت حصيلة قتلى تحطم الطائرة في مدينة الوادي إلى 67 قتيلا على الأقل بحسب الشرطة. وفي وقت سابق،"
        " أعلن مسؤول بسلطة الطيران المدني أن 44 شخصا على الأقل لقوا حتفهم يوم الأحد عندما تحطمت الطائرة.",
        "إذاعة السهل",
        "2026-03-02T12:00:00Z",
    ),
)


def test_the_timeline_holds_the_values_the_summary_notes_set_against_each_other():
    """Before: the toll group held 40 and 44 only; the 67 that the summary's ⚠ notes set against
    them, given by one outlet's sentence alone, formed no group, so the timeline showed the earlier
    tolls and not the latest."""
    from khulasa.desk.updates import figure_timeline

    docs = [
        Document(id=f"toll-{k}", text=text, source=source, published=when)
        for k, (text, source, when) in enumerate(_TOLL)
    ]
    times = {"toll-0": 1_772_438_400.0, "toll-1": 1_772_452_800.0}  # 08:00 and 12:00
    lead = docs[1].text.index("ارتفعت")
    sentence = {
        "text": docs[1].text[lead : docs[1].text.index(".") + 1],
        "sources": [{"doc": "toll-1", "source": "إذاعة السهل", "start": lead, "end": docs[1].text.index(".") + 1}],
        "disputes": [{"doc": "toll-0", "source": "صحيفة الوادي", "figure": "40 شخصا", "against": "67 قتيلا"}],
    }
    without = figure_timeline(docs, times)
    toll = next(g for g in without if any(v["text"] == "40 شخصا" for v in g["values"]))
    assert "67 قتيلا" not in [v["text"] for v in toll["values"]]  # compare alone leaves it out
    groups = figure_timeline(docs, times, {"sentences": [sentence]})
    toll = next(g for g in groups if any(v["text"] == "40 شخصا" for v in g["values"]))
    assert [v["text"] for v in toll["values"]] == ["40 شخصا", "44 شخصا", "67 قتيلا"]
    assert toll["values"][-1]["outlet"] == "إذاعة السهل" and toll["values"][-1]["time"] == "2026-03-02T12:00:00Z"
    assert (toll["agree"], toll["trend"]) == (False, "rising")
