"""The desk's figure timeline beside undated articles (docs/desk.md, the fiftieth pass: an editor reads
fresh48-49 on a live desk; pass 53): an undated article's arrival time, or a publication time the
desk reads none in ("2018-03", a month), is no news time beside dated reports. In a story some of
whose articles carry a publication time, the timeline lists an undated article's value with no time
(as the article list says "وقت غير معروف") and sets no trend by it; a story of undated articles only
keeps the times they arrived at. A group another already lists is folded into it."""

from __future__ import annotations

import calendar
import json
import time
from pathlib import Path

from typer.testing import CliRunner

from khulasa.cli import app
from khulasa.desk.desk import Desk
from khulasa.types import Document
from tests.test_desk_timeline import EARLY, _quake

DAY_AFTER = 1_778_500_000.0  # 2026-05-11, a day after EARLY


LATER = DAY_AFTER + 6 * 3600


def _group(desk: Desk) -> dict[str, object]:
    (story,) = desk.stories()
    (group,) = [g for g in story.figures if "7.5" in json.dumps(g["values"], ensure_ascii=False)]
    return group


def test_an_undated_report_taken_in_later_makes_no_rise_beside_a_dated_one(tmp_path: Path):
    now = [DAY_AFTER]
    db = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    dated, undated = _quake((EARLY, None))
    with Desk(db, clock=lambda: now[0]) as desk:
        desk.ingest([dated])
        now[0] = LATER
        desk.ingest([undated])
        group = _group(desk)
        (story,) = desk.stories()
    assert group["trend"] == "differ"
    times = {v["outlet"]: v["time"] for v in group["values"]}
    assert times == {"صحيفة المرفأ": EARLY, "إذاعة الساحل": None}
    shown = CliRunner().invoke(app, ["desk", "story", story.id, "--db", db])
    assert shown.exit_code == 0, shown.output
    assert "ارتفع مع الوقت" not in shown.stdout
    assert "؟ إذاعة الساحل: 7.5" in shown.stdout


def test_a_story_of_undated_reports_keeps_the_times_they_arrived_at(tmp_path: Path):
    now = [DAY_AFTER]
    first, second = _quake((None, None))
    with Desk(f"sqlite:///{tmp_path / 'desk.sqlite'}", clock=lambda: now[0]) as desk:
        desk.ingest([first])
        now[0] = LATER
        desk.ingest([second])
        group = _group(desk)
    assert group["trend"] == "rising"
    assert all(v["time"] for v in group["values"])


def _g(subject: str, dimension: str, *values: tuple[str, str]) -> dict[str, object]:
    return {
        "subject": subject,
        "dimension": dimension,
        "values": [{"doc": doc, "normalized": value} for doc, value in values],
    }


def test_a_group_another_already_lists_is_folded_into_it():
    from khulasa.desk.updates import _without_repeats

    whole = _g("العدد: «حركة النجوم الخمس»", "count", ("a", "5 نجوم"), ("b", "5 نجوم"), ("c", "5 نجوم"))
    again = _g("العدد: «رفض حركة النجوم الخمس»", "count", ("a", "5 نجوم"), ("c", "5 نجوم"))
    # Another outlet's value, or the same outlets' other value, is no repeat; nor a figure of another kind.
    other_value = _g("الدقيقة: «في الدقيقة 40»", "mark", ("a", "40 minute"), ("d", "41 minute"))
    same_outlets = _g("الدقيقة: «بالدقيقة 40»", "mark", ("a", "40 minute"), ("d", "40 minute"))
    kind = _g("المدة: «خمسة أيام»", "duration", ("a", "5 نجوم"), ("b", "5 نجوم"))
    kept = _without_repeats([again, whole, other_value, same_outlets, kind])
    assert kept == [whole, other_value, same_outlets, kind]


def _ts(iso: str) -> float:
    return float(calendar.timegm(time.strptime(iso, "%Y-%m-%dT%H:%M:%SZ")))


def test_an_unreadable_publication_time_is_no_news_time_in_the_timeline():
    from khulasa.desk.updates import _news_times

    docs = [
        Document("a", "نص", published="2018-03-12T10:00:00Z"),
        Document("b", "نص", published="2018-03"),  # a month: the desk reads no time in it
        Document("c", "نص"),
    ]
    times = {"a": _ts("2018-03-12T10:00:00Z"), "b": 1_900_000_000.0, "c": 1_900_000_000.0}
    assert _news_times(docs, times) == {"a": times["a"]}
    # A story none of whose articles has a readable time keeps their arrival times.
    undated = [Document("b", "نص", published="2018-03"), Document("c", "نص")]
    assert _news_times(undated, times) == times
