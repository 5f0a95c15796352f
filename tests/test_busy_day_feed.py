"""benchmarks/busy_day_feed.py: the sources table, the interleaved order, and the records it writes."""

from __future__ import annotations

import hashlib
import importlib
import json
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture
def feed(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    return importlib.import_module("busy_day_feed")


def _article(feed: ModuleType, event: str, n: int, published: str = "", kind: str = "quake") -> object:
    return feed.Article(event, f"{n:03d}_site{n}.txt", f"https://site{n}.example/{event}", "0" * 64, published, kind)


def test_site_comes_from_the_file_name_else_the_address(feed: ModuleType) -> None:
    assert _article(feed, "a", 3).site == "site3"
    neighbour = feed.Article("c", "01.txt", "https://www.maghress.com/x/1", "", "", "neighbour")
    assert neighbour.site == "maghress.com"
    assert feed.Article("c", "000_d71b.txt", "", "", "", "neighbour").site == "000_d71b"


def test_sources_table_has_distinct_sites_per_event_and_repeating_kinds(feed: ModuleType) -> None:
    rows = feed.read_sources()
    events: dict[str, list[object]] = {}
    for row in rows:
        events.setdefault(row.event, []).append(row)
    assert len(events) >= 15
    for event, articles in events.items():
        sites = [a.site for a in articles]
        assert 4 <= len(sites) <= 8 and len(set(sites)) == len(sites), event
        assert len({a.kind for a in articles}) == 1, event
    kinds = [articles[0].kind for articles in events.values()]
    assert sum(kinds.count(k) >= 2 for k in set(kinds)) >= 3
    for row in rows:
        assert len(row.sha256) == 64 and row.url.startswith("http")
        assert row.published == "" or row.when() is not None


def test_interleave_takes_turns_and_keeps_each_events_time_order(feed: ModuleType) -> None:
    a = [_article(feed, "a", 0, "2024-01-02"), _article(feed, "a", 1, "2024-01-01T08:00"), _article(feed, "a", 2)]
    b = [_article(feed, "b", 0), _article(feed, "b", 1, "2023-05-01")]
    order = [(x.event, x.file[:3]) for x in feed.interleave(a + b)]
    # b's first known time is earlier, so b leads each round; within an event, timed articles first.
    assert order == [("b", "001"), ("a", "001"), ("b", "000"), ("a", "000"), ("a", "002")]
    shuffled = feed.interleave(a + b, seed=3)
    assert sorted(x.file for x in shuffled) == sorted(x.file for x in a + b)
    assert {x.event for x in shuffled[:2]} == {"a", "b"}


def test_records_leave_out_unknown_times_and_flag_changed_texts(
    feed: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "000_site0.txt").write_text("نص أول", encoding="utf-8")
    (tmp_path / "a" / "001_site1.txt").write_text("نص ثان", encoding="utf-8")
    good = hashlib.sha256("نص أول".encode()).hexdigest()
    rows = [
        feed.Article("a", "000_site0.txt", "https://x.example/1", good, "2024-01-01T10:00Z", "quake", tmp_path),
        feed.Article("a", "001_site1.txt", "https://y.example/2", "0" * 64, "", "quake", tmp_path),
        feed.Article("a", "002_site2.txt", "https://z.example/3", "0" * 64, "", "quake", tmp_path),
    ]
    out = feed.records(rows)
    assert [r["source"] for r in out] == ["site0", "site1"]
    assert out[0]["published"] == "2024-01-01T10:00Z" and "published" not in out[1]
    assert out[0]["story"] == "a" and out[0]["text"] == "نص أول"
    err = capsys.readouterr().err
    assert "sha256 differs" in err and "001_site1" in err and "missing" in err and "002_site2" in err


def test_one_day_moves_each_events_times_by_whole_days_and_invents_none(feed: ModuleType) -> None:
    from datetime import date

    rows = [
        _article(feed, "a", 0, "2023-09-09"),
        _article(feed, "a", 1, "2023-09-10T06:25:30Z"),
        _article(feed, "a", 2),
        _article(feed, "b", 0, "2024-05-22T11:27"),
    ]
    moved = feed.one_day(rows, date(2026, 12, 5))
    assert [a.published for a in moved] == ["2026-12-05", "2026-12-06T06:25:30Z", "", "2026-12-05T11:27"]


def test_records_leave_out_a_repeated_text_and_duplicate_clusters_share_a_story(
    feed: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for cluster in ("turkey-syria-earthquake", "turkey-syria-quake-day1-2023"):
        (tmp_path / cluster).mkdir()
    (tmp_path / "turkey-syria-earthquake" / "01.txt").write_text("زلزال", encoding="utf-8")
    (tmp_path / "turkey-syria-quake-day1-2023" / "000_a.txt").write_text("زلزال", encoding="utf-8")
    (tmp_path / "turkey-syria-quake-day1-2023" / "001_b.txt").write_text("زلزال مدمر", encoding="utf-8")
    rows = [
        feed.Article("turkey-syria-earthquake", "01.txt", "https://a.example/1", "", "", "neighbour", tmp_path),
        feed.Article("turkey-syria-quake-day1-2023", "000_a.txt", "https://a.example/1", "", "", "neighbour", tmp_path),
        feed.Article("turkey-syria-quake-day1-2023", "001_b.txt", "https://b.example/2", "", "", "neighbour", tmp_path),
    ]
    out = feed.records(rows)
    assert [r["id"] for r in out] == ["busy-000", "busy-001"]
    assert {r["story"] for r in out} == {"turkey-syria-earthquake"}
    assert "same text" in capsys.readouterr().err


def test_main_skips_cleanly_without_the_folder(
    feed: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert feed.main(["--root", str(tmp_path / "absent")]) == 0
    assert "skip busy-day" in capsys.readouterr().err


def test_main_writes_the_whole_feed_when_the_data_are_here(feed: ModuleType, tmp_path: Path) -> None:
    if not feed.BUSY_DAY.is_dir():
        pytest.skip(f"the busy-day events are not under {feed.BUSY_DAY} (set KHULASA_BUSY_DAY)")
    out = tmp_path / "feed.jsonl"
    assert feed.main(["--out", str(out)]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == len(feed.read_sources())
    assert len({line["id"] for line in lines}) == len(lines)
    stories = [line["story"] for line in lines]
    assert len(set(stories[: len(set(stories))])) == len(set(stories))  # the first round holds every event
    assert all(line["kind"] != "neighbour" for line in lines)
    with_neighbours = tmp_path / "all.jsonl"
    assert feed.main(["--out", str(with_neighbours), "--neighbours"]) == 0
    more = [json.loads(line) for line in with_neighbours.read_text(encoding="utf-8").splitlines()]
    assert len(lines) < len(more) <= len(lines) + len(feed.neighbours())
    assert len({line["text"] for line in more}) == len(more)
    assert {line["story"] for line in more if line["kind"] != "neighbour"} == set(stories)


def test_score_reports_ari_bcubed_and_the_stories_that_mix_events(feed: ModuleType, tmp_path: Path) -> None:
    gold = [("d1", "quake-a"), ("d2", "quake-a"), ("d3", "quake-b"), ("d4", "quake-b")]
    (tmp_path / "feed.jsonl").write_text(
        "".join(json.dumps({"id": i, "text": "x", "story": s}) + "\n" for i, s in gold), encoding="utf-8"
    )
    (tmp_path / "right.jsonl").write_text(
        json.dumps({"doc_ids": ["d1", "d2"]}) + "\n" + json.dumps({"doc_ids": ["d3", "d4"]}) + "\n", encoding="utf-8"
    )
    (tmp_path / "merged.jsonl").write_text(json.dumps({"doc_ids": ["d1", "d2", "d3", "d4"]}) + "\n", encoding="utf-8")
    right = feed.score(tmp_path / "feed.jsonl", tmp_path / "right.jsonl")
    assert "ARI 1.000" in right and "F1 1.000" in right and "mixes" not in right
    merged = feed.score(tmp_path / "feed.jsonl", tmp_path / "merged.jsonl")
    assert "ARI 0.000" in merged and "story 0 mixes quake-a 2, quake-b 2" in merged
